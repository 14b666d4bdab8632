"""Suits whose parties the text does not name: 李某诉刘某, 上海某文化发展有限公司诉杭州某智能
科技有限公司, 原告殷某某…被告北京某智能科技公司, 林芳（化名）将该公司诉至法院; or describes
only (三名作家起诉Meta, the parents of a boy filed a lawsuit against OpenAI: _Described); or
names by a case's name whose defendant no entity holds (腾讯诉盈讯案: captioned).  A person
may be anonymised by surname and role (甯姓攝影師, 莊姓助理), by a masked name of three characters
a role opens (被告人王某合); a criminal case whose prosecutor the text leaves out is a row against
no one named (张某某、陈某某均被判处…; 被告張某、王某…: _by_roles).

An anonymised party is no entity of the graph (gold leaves it out, and entity precision
wants it out), so no sued fact carries these suits; the litigation table still owes the
analyst a row for them, with the parties as the text words them.  A build reads them
here, from each news item's sentences, and keeps them on the graph
(``graph.graph["unnamed_suits"]``: plain data the snapshot keeps); kg.cases makes the rows.

A side named by an entity the graph knows (魔珐公司诉杭州某网络公司) is that entity's id;
at least one side is anonymised, so a suit of named parties only stays the sued facts'.

>>> import re
>>> [m.group() for m in ANONYMISED.finditer("原告李某诉被告刘某，上海某文化发展有限公司与北京某科技公司")]
['李某', '刘某', '上海某文化发展有限公司', '北京某科技公司']
>>> [m.group() for m in ANONYMISED.finditer("被告二某文化公司；原告殷某某；被告（某人工智能公司）")]
['某文化公司', '殷某某', '某人工智能公司']
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import asdict

from .alternation import alternatives
from .cases.words import SIDES_LINK  # 诉 linking a case's two sides (kg.cases reads a case name's sides by it too)
from .graph import KnowledgeGraph
from .kb import DATA_DIR
from .later import later
from .lookahead import scanning
from .model import Evidence
from .segment import EN_DATELINE_DASH

_CJK = "\u4e00-\u9fff"
_STOP = "原告被诉訴将將、与與和及对對向在于於是系为為称稱由的某"  # never inside an anonymised company's name
_PREFIX_STOP = _STOP + "人一二三四五六七八九十"  # nor in the place before its 某
_CJK_JOINER = r"[、和及与與]|以及"  # between the names of a Chinese list
_LATIN_JOINER = r",\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?"  # between the names of an English list
# common surnames, both scripts: 李某, 殷某某 (a character before 某 that is no surname is no person: 涉案某平台)
_SURNAMES = ("王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾"
             "肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白"
             "邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔汤湯殷虞常温溫康施"
             "文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟申耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀"
             "梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時"
             "穆农農司卓古吉缪繆简簡车車项項连連麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧甯"
             "闵閔苟邬鄔边邊卞姬师師仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲敖巩鞏明佘池查麻苑迟遲邝鄺")
# a company: an optional place of two characters, 某, its kind and its form (某(北京)文化传媒公司 too)
_COMPANY = (rf"(?:(?:(?![{_PREFIX_STOP}])[{_CJK}]){{2}})?某(?:[（(][{_CJK}]{{2,3}}[)）])?"
            rf"(?:(?![{_STOP}])[{_CJK}（）()]){{0,10}}?(?:有限责任公司|股份有限公司|有限公司|公司|集团|集團)")
# a person: a surname, 某, a second 某 (殷某某); or a name the text marks as changed (林芳（化名）)
_PERSON = rf"[{_SURNAMES}]某(?:某|(?![{_PREFIX_STOP}])[{_CJK}](?=[诉訴系，,、。（(]))?|(?:(?![{_PREFIX_STOP}])[{_CJK}]){{2,3}}(?=[（(]化名[)）])"
# a company a judgment or a commentary names by a placeholder (甲公司诉乙公司、丙公司; 上诉人某甲公司): a
# heavenly stem before its form, opening a word (甲骨文公司 and 华乙公司 are names); one document's parties only
_PLACEHOLDER = rf"(?:(?<![{_CJK}])|(?<=[{_STOP}人]))某?[甲乙丙丁戊己庚辛](?:公司|集团|集團)"
# a person as Taiwanese and Hong Kong outlets anonymise one: 楊姓男子, 林姓女子, 陳姓嫌犯, or 楊男 / 林女 before
# a verb, a particle or a mark (楊男涉嫌…, 判處楊男有期徒刑; not 何女性, 王男子)
# a person an outlet names by surname and role: 甯姓攝影師, 莊姓助理, 林姓共犯, 蘇姓成員, 的姓田實習生 (not 姓名, 姓氏)
_ROLE = r"(?![名氏])[\u4e00-\u9fff]{0,2}(?:師|师|員|员|生|理|夥|伙|主|犯|工|長|长|士|商|警|官|媽|妈|爸|翁|嬤|嬷)"
_SURNAMED = (rf"[{_SURNAMES}](?:姓(?:男子|女子|男童|女童|少年|少女|婦人|妇人|婦女|妇女|嫌犯|被告|男|女|{_ROLE})"
             rf"|[男女](?=[涉遭被于於在因将將与與和及、，,。；;：:等向对對坦承表称稱并並也仍已则則供有犯为為所的求無无提起）)\d]|$))")
_SURNAME_ROLE = rf"姓[{_SURNAMES}]{_ROLE}"  # 姓田實習生: a party so worded, whole
_SURNAME_AFTER = rf"(?<=[的一名位]){_SURNAME_ROLE}"  # 一名姓田實習生, 一位姓林的 (the surname after 姓)
ANONYMISED = later(rf"{_COMPANY}|{_PLACEHOLDER}|{_PERSON}|{_SURNAMED}|{_SURNAME_AFTER}")
ANONYMISED_COMPANY = later(rf"{_COMPANY}|{_PLACEHOLDER}")  # 上海某公司, 被告某科技公司, 乙公司: no name a reference may pass
_LINK = later(SIDES_LINK)


@functools.cache
def _bring() -> re.Pattern:
    """将A诉至法院, 将A告上法庭: the party between 将 and the filing (context.tsv brought_to_court: 诉至, 告上, 提起公诉…)."""
    return re.compile(rf"[将將](?P<between>[^。；;！？!?，,]{{0,40}}?)(?:{alternatives(_cues('brought_to_court'))})")


# an anonymised party that is a company (北京某科技公司), not a person: context.tsv firm_word anywhere in it,
# firm_word_ending only where it ends it (集團, as this pattern has read it)
@functools.cache
def _firm() -> re.Pattern:
    return re.compile(rf"{alternatives(_cues('firm_word'))}|(?:{alternatives(_cues('firm_word_ending'))})$")


KEPT = 12  # sentences of an item kept with a suit: enough for its court and events
_CONTEXT = DATA_DIR / "lexicon" / "context.tsv"


def _cues(kind: str) -> tuple[str, ...]:
    """One kind's cues of context.tsv (kg.cases reads the file once; imported here, where
    kg.cases, which imports this module, is loaded)."""
    from .cases.words import context_cues
    return context_cues(kind, _CONTEXT)


# a side's role labelling its party (原告李某, 被告人王某, 被告二某文化公司: context.tsv plaintiff_role_label,
# defendant_role_label); a passive's agent (被原告) and a first instance's role in an appeal (原审原告) label none here
@functools.cache
def _plaintiff() -> re.Pattern:
    return re.compile(rf"(?<!被)(?<!原审)(?:{alternatives(_cues('plaintiff_role_label'))})[：:]?")


@functools.cache
def _defendant() -> re.Pattern:
    return re.compile(rf"(?<!原审)(?:{alternatives(_cues('defendant_role_label'))})(?P<ordinal>[一二三四五六七八九十]?)[：:（(]?")


@functools.cache
def _court_word() -> re.Pattern:
    """A sentence naming a court or a procuratorate (context.tsv suit_context_court: 法院, 检察院, Court): kept as a
    suit's context, where its court may be read."""
    return re.compile(alternatives(_cues("suit_context_court")))


def _anonymised(text: str) -> bool:
    """Whether a party is worded anonymised, whole (李某, 某公司, 楊姓男子, 姓田實習生: the last found after 一名 or
    的, whose look-behind a party's own words cannot meet)."""
    return bool(ANONYMISED.fullmatch(text) or re.fullmatch(_SURNAME_ROLE, text))


def placeholder(party: str) -> bool:
    """Whether a party is a placeholder (甲公司, 某乙公司): the same words name other companies in
    other documents, so it is one party of its own document only."""
    return bool(re.fullmatch(_PLACEHOLDER, party))


def masks(text: str) -> bool:
    """Whether a text may anonymise a party (某, 化名, a placeholder 甲公司)."""
    return "某" in text or "化名" in text or re.search(f"{_PLACEHOLDER}|{_SURNAMED}|{_SURNAME_AFTER}", text) is not None


# Kistler et al., Simply Life India & Ors: the parties a caption leaves unnamed
_OTHERS = later(r"(?:,?\s+et\s+al\.?|\s+(?:&|and)\s+(?:Ors|Others|others)\.?)$")


class _Names:
    """The labels of the graph's parties (companies, people, organisations, regulators,
    governments), to read a named side beside an anonymised one."""

    TYPES = ("Company", "Person", "Organization", "Regulator")

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.of: dict[str, str] = {}
        self.label: dict[str, str] = {}
        self.kind: dict[str, str] = {}
        self.labels: dict[str, list[str]] = {}  # each party's labels, a label two parties share too
        for node, data in graph.graph.nodes(data=True):
            if data.get("type") in self.TYPES:
                self.label[node], self.kind[node] = data["label"], data["type"]
                for label in data.get("labels", ()):
                    if len(label) >= 2:
                        self.of.setdefault(label, node)
                        self.labels.setdefault(node, []).append(label)
        self.longest = max((len(label) for label in self.of), default=0)
        # the longest label opening (ending) with each character: a place no label opens (ends) at
        # is passed at one look, not after a slice per length up to the longest label of all
        self._opening: dict[str, int] = {}
        self._ending: dict[str, int] = {}
        for label in self.of:
            self._opening[label[0]] = max(self._opening.get(label[0], 0), len(label))
            self._ending[label[-1]] = max(self._ending.get(label[-1], 0), len(label))

    def labels_of(self, node: str) -> list[str]:
        """The labels (two characters at least) naming ``node``, those it shares with another party too."""
        return self.labels.get(node, [])

    def ending_at(self, text: str, end: int) -> str | None:
        longest = self._ending.get(text[end - 1], 0) if 0 < end <= len(text) else self.longest
        for length in range(min(longest, end), 1, -1):
            node = self.of.get(text[end - length:end])
            if node is not None:
                return node
        return None

    def hold(self, words: str) -> bool:
        """Whether a caption's side may name a party of the graph: one of its labels, one its
        words open (Eightfold AI Inc., Kistler et al.), or, for one word, a Latin label's first
        or last word (Stability for Stability AI, Kistler for Erin Kistler)."""
        run = _OTHERS.sub("", words).split()
        if words in self.of or any(" ".join(run[:length]) in self.of for length in range(len(run), 0, -1)):
            return True
        if not words.isascii():  # 谷歌搜索, 美国司法部: a label of the graph opens or ends it
            return bool(self.starting_at(words, 0) or self.ending_at(words, len(words)))
        return len(run) == 1 and run[0] in self.edge_words

    @functools.cached_property
    def edge_words(self) -> frozenset[str]:
        return frozenset(word for label in self.of if label.isascii() and " " in label
                         for word in (label.split()[0], label.split()[-1]) if len(word) >= 3)

    def starting_at(self, text: str, start: int) -> str | None:
        found = self.matched_at(text, start)
        return found[0] if found else None

    def matched_at(self, text: str, start: int) -> tuple[str, int] | None:
        """The party whose label opens at ``start``, the longest, and that label's length."""
        longest = self._opening.get(text[start], 0) if 0 <= start < len(text) else self.longest
        for length in range(min(longest, len(text) - start), 1, -1):
            node = self.of.get(text[start:start + length])
            if node is not None:
                return node, length
        return None


# 被告人王某合…王某合利用…: a masked name of three characters (surname, 某, the given name's last), which a
# role opens and the document repeats; its last character no word of grammar (王某为牟利, 张某在: 王某, 张某)
_GRAMMAR = ("在为為以将將与與和及是被等了也又均已则則对對向于於从從把让讓给給因并並且称稱说說曾就都还還亦再未不没沒"
            "所其之这這那此即而或犯到遭系係作认認通经經利非获獲先后後分")  # never a given name's last character here


@functools.cache
def _masked_name() -> re.Pattern:
    """A role (context.tsv masked_name_role: 被告人, 犯罪嫌疑人, 上诉人…) and the masked name it opens."""
    roles = alternatives(_cues("masked_name_role"))
    return re.compile(rf"(?:{roles})(?P<name>[{_SURNAMES}]某(?![{_PREFIX_STOP}{_GRAMMAR}])[{_CJK}])")


def _masked_names(text: str) -> set[str]:
    """The masked names of three characters a document gives (王某合, 陈某勇): each a role opens
    once at least and the document names twice at least."""
    return {name for name in {m.group("name") for m in _masked_name().finditer(text)} if text.count(name) >= 2}


class _Anonymised:
    """Anonymised names: ANONYMISED, and the names a document marks as changed (林芳（化名）…
    林芳认为: 林芳 is one wherever the document names her)."""

    def __init__(self, text: str) -> None:
        changed = sorted({m.group() for m in re.finditer(_PERSON, text) if "某" not in m.group()} | _masked_names(text),
                         key=len, reverse=True)
        self.changed = set(changed)
        names = alternatives(changed) if changed else None
        self.pattern = re.compile(f"{names}|{ANONYMISED.pattern}" if names else ANONYMISED.pattern)

    def match(self, sentence: str, start: int) -> re.Match | None:
        return self.pattern.match(sentence, start)

    def all(self, sentence: str, start: int = 0, end: int | None = None) -> list[re.Match]:
        return list(self.pattern.finditer(sentence, start, len(sentence) if end is None else end))

    def holds(self, party: str) -> bool:
        return _anonymised(party) or party in self.changed


def _side_after(sentence: str, start: int, names: _Names, anonymised: _Anonymised) -> list[str]:
    """The parties named from ``start`` on: anonymised ones or the graph's, joined by 、和及与; none
    from a reference (将该公司诉至法院: the company told before, which ``read`` finds)."""
    found = []
    while not _reference().match(sentence, start):  # 该公司, 对方: told before (read), whatever entity a graph holds by it
        one = anonymised.match(sentence, start)
        if one is not None:
            found.append(one.group())
            start = one.end()
        else:
            matched = names.matched_at(sentence, start)
            if matched is None:
                break
            found.append(matched[0])
            start += matched[1]
        joiner = re.compile(_CJK_JOINER).match(sentence, start)
        if joiner is None:
            break
        start = joiner.end()
    return found


def _side_before(sentence: str, end: int, names: _Names, anonymised: _Anonymised) -> list[str]:
    """The party named right before ``end`` (原告 before it dropped), past the short name the text
    gives it there (A公司（以下简称“A”）诉B: A)."""
    aside = _short_name_before().search(sentence, max(0, end - 40), end)
    end = aside.start() if aside else end
    for found in anonymised.all(sentence, max(0, end - 24), end):
        if found.end() == end:
            return [found.group()]
    node = names.ending_at(sentence, end)
    return [node] if node else []


# （以下简称“A”） right before a case's link (诉): the short name of the party before it
# (context.tsv short_name_label: 以下简称, 下称…)
@functools.cache
def _short_name_before() -> re.Pattern:
    return re.compile(rf"\s*[（(]\s*(?:{alternatives(_cues('short_name_label'))})"
                      r"\s*[：:]?\s*[“「\"]?[^”」\"）)]{1,12}[”」\"]?\s*[）)]\s*$")


# A与B侵害著作权纠纷一案: the sides of a case's name joined by 与
# (上诉人A因与被上诉人B…纠纷一案: an appeal's judgment, 因 before 与)
# (context.tsv case_dispute: 纠纷, 争议)
@functools.cache
def _with() -> re.Pattern:
    return re.compile(rf"因?[与與](?=[^，,。；;：:]{{0,40}}?(?:{alternatives(_cues('case_dispute'))})(?:一)?案)")


@functools.cache
def _reference() -> re.Pattern:
    """A party told before (该公司, 对方: context.tsv party_reference), whatever entity a graph holds by its words."""
    return re.compile(alternatives(_cues("party_reference")))


def read(sentence: str, names: _Names, anonymised: _Anonymised | None = None,
         before: str = "", item: str = "") -> list[tuple[list[str], list[str]]]:
    """The (plaintiffs, defendants) a sentence tells suing with an anonymised side;
    ``before``: its item's text before it, which 将该公司诉至法院 refers back to; ``item``: its
    item's whole text, whose labelled defendants 将A等五被告诉至法院 counts."""
    anonymised = anonymised or _Anonymised(sentence)
    found = []
    for link in [*_LINK.finditer(sentence), *_with().finditer(sentence)]:
        plaintiffs = _side_before(sentence, link.start(), names, anonymised)
        defendants = _side_after(sentence, _skip_role(sentence, link.end()), names, anonymised)
        if plaintiffs and defendants:
            found.append((plaintiffs, defendants))
    for bring in _bring().finditer(sentence):
        between = bring.start("between"), bring.end("between")
        defendants = _side_after(sentence, _skip_role(sentence, between[0]), names, anonymised)
        if not defendants:  # 将“魔音工坊”的运营主体北京某科技公司等五个被告诉至法院
            inside = anonymised.all(sentence, *between)
            told = {i for m in _reference().finditer(sentence, *between) for i in range(*m.span())}  # 该公司: no name
            node = next((n for i in range(*between) if i not in told and (n := names.starting_at(sentence, i))), None)
            defendants = [inside[0].group()] if inside else [node] if node else []
        defendants = _counted(sentence[between[0]:between[1]], defendants, item or sentence, names, anonymised)
        if not defendants and _reference().search(sentence, *between):  # 将该公司诉至法院: the company told before
            companies = [m.group() for m in anonymised.all(before) if _firm().search(m.group())]
            defendants = companies[-1:]
        # the party right before 将 (腾讯将田某某诉至法院), else an anonymised one before, in the sentence or the item
        named = names.ending_at(sentence, bring.start())
        told = [named] if named else [m.group() for m in anonymised.all(sentence, 0, bring.start())] or \
            [m.group() for m in anonymised.all(before) if not _firm().search(m.group())][-1:]
        plaintiffs = told[-1:] or [office for office in [_office(sentence, bring.start(), names, before)] if office]
        if plaintiffs and defendants and plaintiffs != defendants:
            found.append((plaintiffs, defendants))
    found += _charged(sentence, names, anonymised, before) + _sentenced(sentence, anonymised, names, item or sentence) + \
        _sued(sentence, names, anonymised, before) + _indicted(sentence, names, anonymised, before) + \
        _sought(sentence, names, anonymised)
    return [(p, d) for p, d in found if any(anonymised.holds(party) for party in p + d)]


# 诉至法院，请求判令B…; 故诉至某区法院，要求B…: a filing told without its defendant, who is the one the plea names
# (context.tsv sought_filing: 诉至, 告上…; sought_court: 法院, 法庭; sought_plea: 请求, 要求; sought_order: 判令, 判决)
@functools.cache
def _sought_plea() -> re.Pattern:
    filing, court, plea, order = (alternatives(_cues(kind)) for kind in
                                  ("sought_filing", "sought_court", "sought_plea", "sought_order"))
    return re.compile(rf"(?:{filing})[^，,。；;]{{0,15}}?(?:{court})[，,]\s*(?:{plea})(?:法院)?(?:依法)?(?:{order})?(?:被告)?")


def _sought(sentence: str, names: _Names, anonymised: _Anonymised) -> list[tuple[list[str], list[str]]]:
    """(plaintiffs, defendants) of a filing whose defendant the plea names (彭某某诉至法院，请求判令
    某软件公司赔礼道歉; 吴某认为某公司侵权，故诉至某区法院，要求某公司删除…): the party the sentence opens
    with files, the one right after the plea is sued."""
    found = []
    for plea in _sought_plea().finditer(sentence):
        plaintiffs = _first_party(sentence, 0, plea.start(), names, anonymised)
        defendants = _side_after(sentence, plea.end(), names, anonymised)
        if plaintiffs and defendants and not set(plaintiffs) & set(defendants):
            found.append((plaintiffs, defendants))
    return found


# 腾讯（向甲法院）起诉（实习生）田某某, 田某某被腾讯起诉: a filing verb between two parties (not 起诉书, 起诉称)
# (context.tsv sue_verb; 指控 the charge a procuratorate files, grammar here)
@functools.cache
def _sue() -> re.Pattern:
    return re.compile(rf"(?<![被])(?:{alternatives(_cues('sue_verb'))}|(?P<charge>指控))(?:了)?(?![书書状狀称稱至到])")
_CLAUSE = later(r"[，,。；;：:！？!?]")
# what may stand between a filing verb and its defendant: a descriptor of a few characters (实习生, 前员工)
_DESCRIPTOR = rf"(?:(?![{_STOP}])[{_CJK}]){{0,10}}"


def _sued(sentence: str, names: _Names, anonymised: _Anonymised, before: str = "") -> list[tuple[list[str], list[str]]]:
    """(plaintiffs, defendants) of a filing verb between two parties of one clause, one of them
    anonymised: the party opening the clause before the verb (腾讯向海淀区法院起诉田某某; 田某某起诉
    腾讯), or after 被 (田某某被腾讯起诉: the one before 被 is the defendant); the defendants right after
    the verb, past a descriptor (起诉实习生田某某); where no party files, a procuratorate does
    (新北地檢署偵結，起訴楊男; 楊男遭檢方起訴: _office), whose 指控 is a charge (X检察院指控罗某某)."""
    found = []
    for verb in _sue().finditer(sentence):
        opening = max((m.end() for m in _CLAUSE.finditer(sentence, 0, verb.start())), default=0)
        passive = max(sentence.rfind("被", opening, verb.start()), sentence.rfind("遭", opening, verb.start()))
        if passive >= 0 and not sentence.startswith("被告", passive):  # 田某某（已）被腾讯起诉 (被告 is a role)
            plaintiffs = _side_after(sentence, passive + 1, names, anonymised)
            defendants = _first_party(sentence, opening, passive, names, anonymised)
        else:
            plaintiffs = _first_party(sentence, opening, verb.start(), names, anonymised)
            reach = verb.end() + re.match(_DESCRIPTOR, sentence[verb.end():]).end()
            first = next((m for m in anonymised.all(sentence, verb.end(), reach + 1)), None)  # 起诉实习生田某某
            defendants = _side_after(sentence, verb.end(), names, anonymised) or \
                (_side_after(sentence, first.start(), names, anonymised) if first else [])
        if not plaintiffs and defendants and (office := _office(sentence, verb.start(), names, before)):
            plaintiffs = [office]
        if verb.group("charge") and not all(_procuratorate().search(_label(names, p) or p) for p in plaintiffs):
            continue  # 指控 files nothing but from a procuratorate (X人民检察院指控罗某某…): else an accusation
        if plaintiffs and defendants and not set(plaintiffs) & set(defendants):
            found.append((plaintiffs, defendants))
    return found


def _first_party(sentence: str, start: int, end: int, names: _Names, anonymised: _Anonymised) -> list[str]:
    """The first party (anonymised, or the graph's) named between ``start`` and ``end``."""
    for position in range(start, end):
        one = anonymised.match(sentence, position)
        if one is not None and one.end() <= end:
            return [one.group()]
        node = names.starting_at(sentence, position)
        if node is not None:
            return [node]
    return []


# 将A等五被告诉至法院, A等5个相关被告: the number of defendants a filing counts
# (context.tsv defendant_classifier: 个, 名, 家; related_word: 相关)
@functools.cache
def _counted_defendants() -> re.Pattern:
    classifier, related = alternatives(_cues("defendant_classifier")), alternatives(_cues("related_word"))
    return re.compile(rf"等\s*(?P<count>[一二两兩三四五六七八九十\d]{{1,2}})\s*(?:{classifier})?(?:{related})?被告")


def _counted(between: str, defendants: list[str], item: str, names: _Names, anonymised: _Anonymised) -> list[str]:
    """The defendants of 将A等五被告诉至法院: A and those its item labels 被告 (被告B将…交给被告C),
    where they are as many as the filing counts; else those read."""
    counted = _counted_defendants().search(between)
    if counted is None or len(defendants) != 1:
        return defendants
    word = counted.group("count")
    count = _count(word)
    found = list(defendants)
    for role in _defendant().finditer(item):
        found += [party for party in _side_after(item, role.end(), names, anonymised)[:1] if party not in found]
    return found if len(found) == count else defendants


# X检察院…对（涉嫌…罪的被告人）虞某某提起（了）公诉 / 提起民事公益诉讼: a procuratorate's case against the party after 对
# (context.tsv charge_filing: 提起, 提出; public_suit_kind: 民事公益, 刑事附带民事公益…; public_charge_noun: 公诉, 诉讼)
@functools.cache
def _charge() -> re.Pattern:
    filing, kind, noun = (alternatives(_cues(kind)) for kind in ("charge_filing", "public_suit_kind", "public_charge_noun"))
    return re.compile(rf"[对對](?P<span>[^，,。；;]{{1,30}}?)(?:{filing})了?(?:{kind})?(?:{noun})")


@functools.cache
def _procuratorate() -> re.Pattern:
    """A procuratorate's label, by its end (context.tsv procuratorate_end: 检察院, 地檢署…)."""
    return re.compile(rf"(?:{alternatives(_cues('procuratorate_end'))})$")


# 该院, 檢方, and a bare 检察院 opening its clause (…移送起诉。同年，检察院以…罪提起公诉): the one named before
# (context.tsv office_reference: 该院, 檢方…; clause_procuratorate: 检察院, 检察机关, opening its clause)
@functools.cache
def _that_office() -> re.Pattern:
    that, bare = alternatives(_cues("office_reference")), alternatives(_cues("clause_procuratorate"))
    return re.compile(rf"{that}|(?:^|(?<=[，,。；;：:]))(?:{bare})")
# a procuratorate as the text words it where no entity holds it (臺灣臺北地方檢察署, 新北地檢署): a place
# of a few characters before the office's name
# (context.tsv office_name_end: 人民检察院, 地方檢察署, 地检署…)
@functools.cache
def _office_words() -> re.Pattern:
    return re.compile(rf"(?:(?![的了在由经經据據今昨日月年称稱后後并並将將向对對被於于与與和及是为為])[{_CJK}]){{1,10}}"
                      rf"(?:{alternatives(_cues('office_name_end'))})")


def _charged(sentence: str, names: _Names, anonymised: _Anonymised, before: str) -> list[tuple[list[str], list[str]]]:
    """(procuratorate, party) of 萧山区检察院以…罪对虞某某提起公诉 (该院…: the procuratorate its item
    named last before): a prosecution or a public-interest suit is a row of the table too."""
    found = []
    for charge in _charge().finditer(sentence):
        start, end = charge.span("span")
        # the party right after 对 (a role word skipped: 对被告人虞某某), else the one the charge's words end with
        # (对涉嫌…罪的被告人虞某某提起公诉)
        party = anonymised.match(sentence, _skip_role(sentence, start)) or \
            next((m for m in anonymised.all(sentence, start, end) if m.end() == end), None)
        if party is None:
            continue
        office = _office(sentence, charge.start(), names, before)
        if office is not None:
            found.append(([office], [party.group()]))
    return found


# 起訴他, 依…罪嫌提起公訴。 (no one after it): a prosecution of the person its story is about
# (context.tsv bare_charge_verb: 起诉, 起訴; bare_charge_person: 他, 她)
@functools.cache
def _bare_charge() -> re.Pattern:
    verb, person = alternatives(_cues("bare_charge_verb")), alternatives(_cues("bare_charge_person"))
    return re.compile(rf"(?:{verb})(?:{person})|提起了?公[诉訴](?=[，,。；;]|$)")


def _indicted(sentence: str, names: _Names, anonymised: _Anonymised, before: str) -> list[tuple[list[str], list[str]]]:
    """(procuratorate, person) of 士林地檢署偵結，依…罪嫌提起公訴 / 起訴他, which names no one after
    the filing: the person its item names first (the one the story is about: 甯姓男子涉嫌…), an
    anonymised person, where the sentence names the procuratorate (or refers back to it)."""
    found = []
    for charge in _bare_charge().finditer(sentence):
        opening = max((m.end() for m in _CLAUSE.finditer(sentence, 0, charge.start())), default=0)
        if re.search("[对對将將]", sentence[opening:charge.start()]):
            continue  # 对虞某某提起公诉, 将楊男提起公訴: _charged and read name whom
        office = _office(sentence, charge.start(), names, before)
        told = [m.group() for m in anonymised.all(before + sentence[:charge.start()]) if not _firm().search(m.group())]
        if office is not None and told:
            found.append(([office], told[:1]))
    return found


def _office(sentence: str, end: int, names: _Names, before: str) -> str | None:
    """The procuratorate prosecuting in a sentence, before ``end``: the graph's, else as the text
    words it (新北地檢署); where the sentence refers back (该院, 檢方), the last one its item named."""
    office = next((node for i in range(end) if (node := names.starting_at(sentence, i))
                   and _procuratorate().search(_label(names, node))), None)
    worded = [m.group() for m in _office_words().finditer(sentence, 0, end)]
    if office is None and worded:
        return worded[0]
    if office is None and _that_office().search(sentence, 0, end):
        office = next((node for i in range(len(before) - 1, -1, -1) if (node := names.ending_at(before, i + 1))
                       and _procuratorate().search(_label(names, node))), None)
        worded = [m.group() for m in _office_words().finditer(before)]
        return office or (worded[-1] if worded else None)
    return office


# 判处（被告人）吴某有期徒刑二年, 分别判处被告人刘某有期徒刑四年、被告人陈某…: a criminal sentence
# (context.tsv sentencing_word)
@functools.cache
def _sentencing() -> re.Pattern:
    return re.compile(alternatives(_cues("sentencing_word")))


# the person a passive sentencing tells before it: 吴某犯侵犯著作权罪，判处…; 楊男被判處…; 楊男遭法院判處…
# (context.tsv convicted_adverb: 均, 已, 分别…)
@functools.cache
def _convicted_after() -> re.Pattern:
    return re.compile(rf"(?:等\s*[\d一二三四五六七八九十]+\s*[人名])?(?:{alternatives(_cues('convicted_adverb'))})?"
                      r"(?:[犯被遭]|[因以][^，,。；;]{1,30}?罪)")  # 罗某某、姚某某等4人因犯…罪: the list, its count after


@functools.cache
def _penalty() -> re.Pattern:
    """A criminal penalty a sentencing names after its person (context.tsv criminal_penalty: 有期徒刑, 罚金…)."""
    return re.compile(rf"\s*(?:{alternatives(_cues('criminal_penalty'))})")


def _sentenced(sentence: str, anonymised: _Anonymised, names: _Names, item: str) -> list[tuple[list[str], list[str]]]:
    """(prosecutor, the people sentenced) of 法院…判处吴某有期徒刑: a criminal case is a row of the
    table; its prosecutor the one procuratorate its item names (由X检察院提起公诉的案件…判处; 公诉机关X),
    else none (kg.cases joins it to a prosecution its document tells); each person a penalty follows,
    in the sentencing clause, else each the sentence convicts before it (吴某犯…罪，判处有期徒刑; 楊男被判處…)."""
    found: list[tuple[list[str], list[str]]] = []
    prosecutor: list[str] | None = None  # the item's offices, read only when a sentencing names people
    for sentencing in _sentencing().finditer(sentence):
        clause = re.search(r"[。；;]|$", sentence[sentencing.end():]).start() + sentencing.end()
        people = [party.group() for party in anonymised.all(sentence, sentencing.end(), clause)
                  if _penalty().match(sentence, party.end()) and not _firm().search(party.group())] or \
            _convicted(sentence, anonymised.all(sentence, 0, sentencing.start()))
        if people:
            if prosecutor is None:
                offices = _offices_in(item, names)
                offices = offices if len(offices) == 1 else _prosecuting(item, names)
                prosecutor = offices if len(offices) == 1 else []
            found.append((prosecutor, list(dict.fromkeys(people))))
    return found


def _convicted(sentence: str, before: list[re.Match]) -> list[str]:
    """The people a sentencing's clause convicts before it (吴某犯…罪; 张某某、陈某某均被判处…: the
    whole list whose last the conviction follows)."""
    people: list[str] = []
    for index, party in enumerate(before):
        if not _convicted_after().match(sentence, party.end()) or _firm().search(party.group()):
            continue
        listed = [party.group()]
        while index > 0 and re.fullmatch(_CJK_JOINER, sentence[before[index - 1].end():before[index].start()]):
            index -= 1
            listed.insert(0, before[index].group())
        people += [one for one in listed if one not in people and not _firm().search(one)]
    return people


@functools.cache
def _prosecutor_role() -> re.Pattern:
    """公诉机关X检察院: the role, then the office (context.tsv prosecutor_role)."""
    return re.compile(rf"^(?:{alternatives(_cues('prosecutor_role'))})")


# (context.tsv charge_adverb: 依法, 已, 于; charge_filing: 提起, 提出)
@functools.cache
def _files_charge() -> re.Pattern:
    adverb, filing = alternatives(_cues("charge_adverb")), alternatives(_cues("charge_filing"))
    return re.compile(rf"\s*(?:{adverb})?(?:{filing})了?公[诉訴]")


def _prosecuting(text: str, names: _Names) -> list[str]:
    """The procuratorates of a text naming several that a public charge follows (X检察院提起公诉的
    案件…; 通州检察院借助北京市人民检察院…: the first), each once, as the text words them (the graph's
    where one of its labels is those words)."""
    found = [_prosecutor_role().sub("", m.group()) for m in _office_words().finditer(text) if _files_charge().match(text, m.end())]
    return list(dict.fromkeys(names.of.get(words, words) for words in found))


def _offices_in(text: str, names: _Names) -> list[str]:
    """The procuratorates a text names, each once: the graph's, else as the text words them (a
    role word before the name dropped; 湖北大冶市人民检察院 and 大冶市人民检察院 one office)."""
    found = [node for i in range(len(text)) if (node := names.starting_at(text, i))
             and _procuratorate().search(_label(names, node))]
    if found:
        return list(dict.fromkeys(found))
    worded: list[str] = []
    for match in _office_words().finditer(text):
        words = _prosecutor_role().sub("", match.group())
        if not any(words.endswith(other) or other.endswith(words) for other in worded):
            worded.append(words)
    return worded


# A诉B案 (随后腾讯诉盈讯案的判决): a caption whose defendant is a short name no entity holds
_CAPTION = later(rf"{SIDES_LINK}(?P<defendant>(?:(?![{_STOP}])[{_CJK}A-Za-z]){{2,6}}?)(?:一)?案")


def captioned(sentence: str, names: _Names) -> list[tuple[list[str], list[str]]]:
    """(plaintiff, defendant) of a case's name A诉B案 whose plaintiff is the graph's (or the
    knowledge base's, as the text words it) and whose defendant the graph does not know
    (腾讯诉盈讯案: 盈讯 as the text words it), so that no sued fact tells the suit; a
    dispute's words (著作权, 不正当竞争) are never the defendant."""
    found = []
    for caption in _CAPTION.finditer(sentence):
        words = caption.group("defendant")
        plaintiff = names.ending_at(sentence, caption.start()) or _known_before(sentence, caption.start())
        if plaintiff is None or words in names.of or _disputes().search(words) or \
                any(names.starting_at(sentence, i) for i in range(caption.start("defendant"), caption.end("defendant"))):
            continue
        found.append(([plaintiff], [words]))
    return found


# A and Ors v. B, A v. B & Ors, A et al. v. B: the others a caption leaves unnamed, at a side's end
_UNNAMED_OTHERS = later(r",?\s+(?:et\s+al\.?|(?:&|and)\s+(?:Ors|Others|others)\.?)(?=\s+(?:v|vs|V|VS)\.?\s|\s*一?案?$)")
# a caption's side: a name opening with a capital or a Chinese character, no case word in it (not "er BV", "Aslam案中")
_CAPTION_SIDE = later(rf"[A-Z0-9{_CJK}][^案]*")


class _Captions:
    """Suits told by their caption alone, no side of which names a party of the graph (Mata v.
    Avianca cited as a precedent, 甲公司诉乙公司案): each Case name of the graph with two sides of
    words only (kg.cases.case_sides), the sides as the caption words them; a side the text
    anonymises is read() and captioned()'s (梁某诉某科技公司案), one the graph may hold the sued
    facts' (Kistler et al. v. Eightfold AI Inc.: Erin Kistler, Eightfold AI).  Such a row holds
    what the text says of the caption only: its sentences, and those naming a side (kg.cases)."""

    def __init__(self, graph: KnowledgeGraph, names: _Names) -> None:
        from .cases.case_names import case_sides
        self.sides: dict[str, tuple[list[str], list[str]]] = {}
        for _, data in graph.entities("Case"):
            for label in data.get("labels", ()):
                # 寧遠訴嶽川案: its sides as written (one character read); Goodyear Tire & Rubber Co.: one party
                sides = case_sides(_UNNAMED_OTHERS.sub("", label).replace("訴", "诉").replace(" & ", " \0 "))
                sides = sides and [[part.replace(" \0 ", " & ") for part in side] for side in sides]
                if sides and all(sides) and all(_CAPTION_SIDE.fullmatch(part) and not names.hold(part)
                                                and not _anonymised(part) for side in sides for part in side):
                    self.sides[label] = (sides[0], sides[1])
        self.pattern = re.compile(alternatives(self.sides)) if self.sides else None

    def read(self, sentence: str) -> list[tuple[list[str], list[str]]]:
        from .facts.grammar import cites_precedent  # (imported here: kg.facts imports kg.cases, which imports this module)
        # (a precedent or an invented case the sentence cites, relied on Roe v. Acme: no suit it tells)
        return [self.sides[m.group()] for m in self.pattern.finditer(sentence)
                if not cites_precedent(sentence, m.start(), m.end())] if self.pattern else []

    def flag(self, plaintiffs: list[str], defendants: list[str]) -> dict:
        """{"caption": True} for a suit a caption alone tells (kg.cases reads no other suit's
        court or events into it), else nothing."""
        return {"caption": True} if (plaintiffs, defendants) in self.sides.values() else {}


def _known_before(sentence: str, end: int) -> str | None:
    """The name of a party the knowledge base knows (a company, a person, an organisation, a
    regulator) ending right at ``end``, as the text writes it, a whole word (not the ey of
    Kadrey): a caption's plaintiff that the case's name alone mentions is no entity of the
    graph (腾讯诉盈讯案: 腾讯 inside the Case)."""
    from .graph import fold
    known = _known_names()
    return next((name for length in range(min(12, end), 1, -1) if (name := sentence[end - length:end]) == name.strip()
                 and fold(name) in known and not (name[0].isascii() and _LATIN_BEFORE.search(sentence, 0, end - length))),
                None)


_LATIN_BEFORE = later(r"[A-Za-z0-9][ .&'-]*$")  # Kadrey, Thomson Reuters: the name runs on before


@functools.cache
def _known_names() -> frozenset[str]:
    from .kb import KnowledgeBase
    return frozenset(name for name, entries in KnowledgeBase.load().by_name.items()
                     if len(name) >= 2 and any(entry.type in _Names.TYPES for entry in entries))


@functools.cache
def _disputes() -> re.Pattern:
    return re.compile(alternatives(_cues("dispute_word")))


def _label(names: _Names, node: str) -> str:
    return names.label.get(node, "")


class _Described:
    """Who sued where the text names no one but describes them (三名作家起诉Meta, 一名17岁
    青少年的家属起诉谷歌, The parents of a 16-year-old boy, Adam Raine, have filed a lawsuit
    against OpenAI): the party as the text words it, from the clause's start to the filing
    word, where it ends in a described_plaintiff noun (context.tsv) and the defendants after
    it are the graph's."""

    def __init__(self) -> None:
        nouns, filings = alternatives(_cues("described_plaintiff")), alternatives(_cues("described_filing"))
        # filed a class-action copyright lawsuit against: a suit's noun after a word or three (described_suit)
        # (filed a class action lawsuit over AI images against: a short phrase of what it is over before against)
        filings = rf"{filings}|(?:{alternatives(_cues('described_filed'))})\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?" \
                  rf"(?:{alternatives(_cues('described_suit'))})(?:\s+(?:over|on)(?:\s+[\w-]+){{1,4}}?)?\s+against"
        # a party opens its clause (after 近日， or On Tuesday, or Reuters –, -); a number's comma opens none (100,000)
        clause = r"(?:^|(?<=[，。；;：:–—])|(?<=,)(?!\d{3}\b)|(?<=\s-))\s*"
        # a count (三名: described_count_zh, described_classifier), what they are (一名17岁青少年的), a word or two
        # more (美国, 知名) and the noun; no pronoun (其父母: whose, the text said before: described_not_pronoun), no
        # verb or adverb (此前有作家, 法院审理了四名作家: described_not_verb); no 的 but the one ending what they are
        not_pronoun, not_verb = alternatives(_cues("described_not_pronoun")), alternatives(_cues("described_not_verb"))
        word = rf"(?!{not_pronoun})(?:(?!{not_verb}|的)[^，,。；;：:\sA-Za-z])"
        numeral, classifier = alternatives(_cues("described_count_zh")), alternatives(_cues("described_classifier"))
        count = rf"(?:(?:{numeral}|\d)+(?:{classifier}))"
        # 分别, 联合, 共同 before the filing, after a word of when (正式, 今天: described_when_zh)
        jointly = rf"(?:{alternatives(_cues('described_when_zh'))})?(?:{alternatives(_cues('described_jointly'))})?"
        self.chinese = re.compile(rf"{clause}(?P<party>{count}?(?:{word}{{1,10}}的)?{word}{{0,4}}?(?:{nouns})[们們]?)"
                                  rf"{jointly}(?P<filing>{filings})\s*")  # 起訴 xAI: a space before a Latin name
        # no word of a clause of its own inside the party (said, which, because, its: described_party_stop)
        en = rf"(?:(?!\b(?:{alternatives(_cues('described_party_stop'))})\b)[^;:.])"
        # (has filed lawsuits against: an auxiliary before any filing word)
        # the party: a determiner or a count and its words, or a bare plural opening its clause (Families in the
        # U.S. are suing X, Parents sued X: one word before the noun at most); an adverb before the filing or
        # its auxiliary (recently brought, have also sued)
        counts = rf"{alternatives(_cues('described_count'))}|\d{{1,3}}(?:,\d{{3}})+|\d+"  # 12,000 authors: one count
        described = rf"(?:(?:the|a|an|{counts})\s{en}{{0,60}}?|(?:[\w-]+\s)?)\b(?:{nouns})\b"
        adverb = rf"(?:(?:{alternatives(_cues('described_adverb'))})\s+)?"  # not any -ly word: Italy, family
        self.english = re.compile(rf"{clause}(?P<party>{described}(?:\s+(?:of|in|from)\s+{en}{{1,60}}?)?),?\s+{adverb}"
                                  rf"(?:(?:has|have|had)\s+{adverb})?(?P<filing>{filings})\s+(?:the\s+)?", re.IGNORECASE)
        self.told = _ToldSuits(nouns, filings, word, count, en, jointly)
        # what every pattern here and in _ToldSuits holds: a sentence without one of its nouns is read
        # no further (most sentences of a corpus, read again at every build; behind the look-ahead
        # of the nouns' first characters: the alternation, case-insensitive, is not tried at every character)
        self.noun = scanning(nouns, re.IGNORECASE)

    def party(self, words: str) -> bool:
        """Whether ``words`` are a party described so (三名作家, the parents of a boy)."""
        return bool(self.chinese.fullmatch(words + "起诉") or self.english.fullmatch(f"{words} sued ")
                    or self.told.party.fullmatch(words))

    def read(self, sentence: str, names: _Names) -> list[tuple[list[str], list[str]]]:
        if not self.noun.search(sentence):
            return []
        found = []
        for pattern, joiner in ((self.chinese, _CJK_JOINER), (self.english, _LATIN_JOINER)):
            for match in pattern.finditer(sentence):
                party = match.group("party").strip()
                defendants = _listed(sentence, _past_descriptor(sentence, match.end(), names), names, joiner)
                party = party[0].lower() + party[1:] if party.isascii() else party
                # lawsuits against A and B, 分别起诉A和B: a suit against each
                each = _each().search(match.group("filing")) or _each().search(sentence, match.start(), match.start("filing"))
                found += [([party], [one]) for one in defendants] if each and len(defendants) > 1 else \
                    [([party], defendants)] if defendants else []
        return found + self.told.read(sentence, names)


class _ToldSuits:
    """A described party's suit told the other way round: by its noun (a copyright lawsuit filed by a
    group of authors against X; a class action brought by artists against AI firms, including X and
    Y), by a relative clause (the 13 authors who sued X), or with the defendant before the filing
    (三名作家对X提起诉讼, 一名用户将X告上法庭): context.tsv described_suit, described_by,
    described_against, described_suit_end; the counts and words of a party so told: told_count,
    told_who_count, told_party_stop, facing_count.  People the party is said to include (a group of
    authors including A and B: told_people_intro) are the party where the graph knows them."""

    def __init__(self, nouns: str, filings: str, word: str, count: str, en: str, jointly: str) -> None:
        suit, by = alternatives(_cues("described_suit")), alternatives(_cues("described_by"))
        determiner = rf"(?:the|a|an|{alternatives(_cues('told_count'))}|\d+)"
        party = rf"(?:{determiner}\s+)?{en}{{0,60}}?\b(?:{nouns})\b(?:\s+of\s+{en}{{1,60}}?)?"
        self.party = re.compile(party, re.IGNORECASE)  # a party so described (Canadian news publishers)
        self.by = re.compile(rf"\b(?:{suit})\s*,?\s+(?:{by})\s+(?P<party>{party})"
                             rf"(?:,?\s+(?:{alternatives(_cues('told_people_intro'))})\s+(?P<people>[^;:.]{{1,80}}?))?,?"
                             rf"\s+(?:in\s+[^;:.,]{{1,40}}?\s+)?against\s+(?:the\s+)?", re.IGNORECASE)
        # the 13 authors who sued X (a counted or known party: a mother who sued X may be anyone's story)
        few = rf"(?:(?!\b(?:{alternatives(_cues('told_party_stop'))})\b)[^;:.,])"
        self.who = re.compile(rf"\b(?P<party>(?:the|{alternatives(_cues('told_who_count'))}|\d+)\s+"
                              rf"(?:\d+\s+)?{few}{{0,40}}?\b(?:{nouns})\b)\s+(?:who|that)\s+"
                              rf"(?:(?:has|have|had)\s+)?(?:{filings})\s+(?:the\s+)?", re.IGNORECASE)
        # X and Y have settled lawsuits filed by families; X faces two suits from parents: the subject is sued
        self.faced = re.compile(rf"\b(?:(?:has|have|had)\s+)?(?:(?:agreed|moved)\s+to\s+)?(?:{alternatives(_cues('sued_facing'))})"
                                rf"\s+(?:(?:{alternatives(_cues('facing_count'))}|\d+|a|the)\s+)?(?:[\w-]+\s+){{0,2}}?"
                                rf"(?:{suit})\s+(?:(?:filed|brought)\s+)?(?:by|from)\s+(?P<party>{party})\b", re.IGNORECASE)
        against = alternatives(_cues("described_against"))
        self.chinese = re.compile(rf"(?:^|(?<=[，,。；;：:]))\s*(?P<party>{count}?(?:{word}{{1,10}}的)?{word}{{0,4}}?"
                                  rf"(?:{nouns})[们們]?){jointly}(?:{against})")
        self.end = re.compile(rf"\s*(?:{alternatives(_cues('described_suit_end'))})")

    def read(self, sentence: str, names: _Names) -> list[tuple[list[str], list[str]]]:
        found = []
        for pattern in (self.by, self.who):
            for match in pattern.finditer(sentence):
                if _one_of().search(sentence, 0, match.start()):
                    continue  # X was one of the labels that sued Y: X's suit, told as its plaintiffs' group
                defendants = _listed(sentence, _past_examples(sentence, match.end(), names), names, _LATIN_JOINER)
                people = match.groupdict().get("people")
                named = [node for node in _listed_to(sentence, match.start("people"), names, _LATIN_JOINER)[0]
                         if names.kind.get(node) == "Person"] if people else []
                party = match.group("party").strip()
                if defendants and not _each_other().search(party):
                    found.append((named or [party[0].lower() + party[1:]], defendants))
        for match in self.faced.finditer(sentence):
            defendants = _subject(sentence, match.start(), names)
            party = match.group("party").strip()
            if defendants and not _each_other().search(party):
                found.append(([party[0].lower() + party[1:]], defendants))
        for match in self.chinese.finditer(sentence):
            defendants, end = _listed_to(sentence, match.end(), names, _CJK_JOINER)
            if defendants and self.end.match(sentence, end):
                found.append(([match.group("party").strip()], defendants))
        return found


def told_by_noun(sentence: str) -> bool:
    """Whether a sentence tells a described party's suit by its noun (a settlement of a class action
    brought by a group of authors against X, on Thursday): its date is what happened to the suit
    then, not its filing."""
    told = _described().told
    return bool(told.by.search(sentence) or told.who.search(sentence) or told.faced.search(sentence))




# one of, some of, among: one party of several the text names before (context.tsv one_of_quantifier)
@functools.cache
def _one_of() -> re.Pattern:
    return re.compile(rf"\b(?:{alternatives(_cues('one_of_quantifier'))})\s+of\s*$|\bamong\s*$", re.IGNORECASE)


# news outlets, authors and others: no one party (context.tsv each_other_word: and, or, others)
@functools.cache
def _each_other() -> re.Pattern:
    return re.compile(rf"\b(?:{alternatives(_cues('each_other_word'))})\b", re.IGNORECASE)
_EXAMPLES = later(r"(?:[\w-]+\s+){0,4}?[\w-]+,?\s+(?:including|such as)\s+", re.IGNORECASE)


_APPOSITIVE = later(r",\s*[^,;:.]{1,80}?,\s*")  # X, maker of a chatbot called Y, and Z: X and Z
_AND = later(r"and\s+(?:the\s+)?")
_JOINED = later(r"(?:,?\s+and\s+|,\s*)(?:the\s+)?")  # X and Y, X, Y
_FEW_WORDS = later(r"(?:[\w-]+\s+){0,2}[\w-]+")  # up to three words between the subject and its act


def _subject(sentence: str, end: int, names: _Names) -> list[str]:
    """The companies, bodies and people that open a sentence and act before ``end`` (Google and
    startup Character.AI have settled…; Character Technologies, maker of an app, and Google agreed…):
    each past a descriptor, joined by and or commas, an apposition between them skipped; none
    where the sentence opens otherwise (A judge approved…)."""
    found, at = [], 0
    while at < end:
        at = _past_descriptor(sentence, at, names)
        matched = names.matched_at(sentence, at)
        if matched is None or names.kind.get(matched[0]) not in ("Company", "Organization", "Person"):
            return []
        found.append(matched[0])
        at += matched[1]
        apposed = _APPOSITIVE.match(sentence, at, end)
        joined = _AND.match(sentence, apposed.end(), end) if apposed else None
        joined = joined or _JOINED.match(sentence, at, end)
        if not joined:
            break
        at = joined.end()
    rest = sentence[at:end].strip()
    return found if not rest or _FEW_WORDS.fullmatch(rest) else []


def _past_examples(sentence: str, start: int, names: _Names) -> int:
    """Where the defendants after ``against`` start: past a descriptor (AI company X), or past a
    kind and its examples (generative AI firms, including X, Y and Z: X)."""
    at = _past_descriptor(sentence, start, names)
    if names.starting_at(sentence, at) is None and (examples := _EXAMPLES.match(sentence, start)):
        return examples.end()
    return at


# what may stand before a defendant's name: a descriptor of a few words (AI startup Anthropic, Menlo
# Park's Character.AI, 美国人工智能公司OpenAI), no clause's end, no verb of its own
_DESCRIPTOR_WORDS = later(r"(?:(?!(?:over|for|in|on|at|by|with|after|before|because|that|which|who|to|from|in|"
                          r"its|their|his|her)\b)[A-Za-z][\w.-]*(?:['’]s)?\s+){1,4}|[\u4e00-\u9fff]{1,10}", re.IGNORECASE)


def _past_descriptor(sentence: str, start: int, names: _Names) -> int:
    """Where the defendants after a filing start: at ``start``, else past a descriptor to the
    first party named (sued AI startup Anthropic: Anthropic)."""
    if names.starting_at(sentence, start) is not None:
        return start
    words = _DESCRIPTOR_WORDS.match(sentence, start)
    if words is None:
        return start
    for end in range(start + 1, words.end() + 1):
        if (end == words.end() or not sentence[end - 1].isalnum()) and names.starting_at(sentence, end) is not None:
            return end
    return start




@functools.cache
def _each() -> re.Pattern:
    """Suits told in the plural or 分别 (lawsuits against A and B): one against each (context.tsv each_suit)."""
    return re.compile(alternatives(_cues("each_suit"), latin_whole=True))


class _ByPlace:
    """The families of several places a sentence tells together (本周达成和解的还包括来自科罗拉多州、
    德州与纽约州的多个家庭; families in Colorado, Texas and New York also sued): a suit for each
    place's family (科罗拉多州的家庭, a family in Colorado), against the defendants the sentence
    names after its suit word, else ``defendants`` (those its news item's suits name); two
    places at least, each a place of the graph or, in Chinese, a name ending in 州 or 省
    (context.tsv place_family, place_suit)."""

    def __init__(self) -> None:
        nouns = [noun for noun in _cues("place_family") if not noun.isascii()]
        self.suit = scanning(alternatives(_cues("place_suit")), re.IGNORECASE)  # (as _Described.noun)
        place = r"[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}"
        origin, several = alternatives(_cues("place_family_origin")), alternatives(_cues("place_family_count"))
        self.chinese = re.compile(rf"(?:{origin})(?P<places>[^，,。；;的]{{2,40}}?)的(?:{several})?"
                                  rf"(?P<noun>{alternatives(nouns)})")
        english = alternatives(noun for noun in _cues("place_family") if noun.isascii())
        self.english = re.compile(rf"\b(?P<noun>{english})\s+(?:in|from)\s+"
                                  rf"(?P<places>{place}(?:,\s+{place})*,?\s+and\s+{place})")

    def read(self, sentence: str, names: _Names, places: set[str],
             defendants: list[str]) -> list[tuple[list[str], list[str]]]:
        suit = self.suit.search(sentence)
        if suit is None:
            return []
        found = []
        for match in (*self.chinese.finditer(sentence), *self.english.finditer(sentence)):
            latin = match.group().isascii()
            told = [one.strip() for one in re.split(r",\s*(?:and\s+)?|\s+and\s+" if latin else r"[、和与與及]|以及",
                                                     match.group("places")) if one.strip()]
            if len(told) < 2 or not all(one in places or not latin and one.endswith(("州", "省")) for one in told):
                continue
            after = _OBJECT.match(sentence, suit.end()).end()
            named = [node for node in _listed(sentence, after, names, r"[、和与與及]|以及|,\s*(?:and\s+)?|\s+and\s+")
                     if node not in places]
            against = named or defendants
            if against:
                found += [([f"a family in {one}" if latin else f"{one}的{match.group('noun')}"], list(against))
                          for one in told]
        return found


_OBJECT = later(r"\s*(?:(?:with|against)\s+)?(?:the\s+)?")  # settled with X, sued X, lawsuits against the X


@functools.cache
def _by_place() -> _ByPlace:
    return _ByPlace()


def _places(graph: KnowledgeGraph) -> set[str]:
    """The names of the graph's places (Jurisdiction entities)."""
    return {label for _, data in graph.entities("Jurisdiction") for label in data.get("labels", ())}


def _count(word: str) -> int | None:
    """The number a count word says (三, 兩, 12, three, one, a): kg.facts.grammar count_value."""
    from .facts.grammar import count_value  # imported here: kg.facts imports kg.cases, which imports this module
    return 1 if word in ("one", "a", "an") else count_value(word)
_COUNT_WORD = later(r"\d+|[一二两兩三四五六七八九十]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)


def count_of(words: str) -> int | None:
    """The number the first count word of some words says (三家公司 -> 3, two other companies -> 2)."""
    found = _COUNT_WORD.search(words)
    if found is None:
        return None
    word = found.group().lower()
    return _count(word)


_COUNTED = later(r"^(?:the\s+)?(?P<count>\d+|[a-z]+)\s")  # three authors, the 2 plaintiffs


@functools.cache
def _chinese_counted() -> re.Pattern:
    """三位作家, 两家出版社: a party told by a Chinese count (kg.facts.grammar counted)."""
    from .facts.grammar import counted
    return re.compile(counted({row: _cues(row) for row in ("person_classifier", "body_classifier", "party_classifier")}))


@functools.cache
def _group() -> re.Pattern:
    """A group of news outlets: some, uncounted (context.tsv group_noun: group, coalition…)."""
    return re.compile(rf"(?:a|an)\s+(?:\w+\s+)?(?:{alternatives(_cues('group_noun'))})\s+of\b", re.IGNORECASE)


@functools.cache
def _kin() -> re.Pattern:
    """A family described as the party (the parents of a boy, 家属: context.tsv kin_word, a stem in English)."""
    return re.compile(alternatives(_cues("kin_word")))


@functools.cache
def _described() -> _Described:
    return _Described()


def how_many(party: str) -> tuple[int, int] | None:
    """How many people a described party is, as (fewest, most), where the text counts them
    (three authors, 四位画师, a mother: 1), else at least two for a plural (authors, 作家们)
    and any number for a family (the parents of a boy, 家属): None for a party that is no
    description (李某, a graph entity)."""
    if not _described().party(party):
        return None
    if _kin().search(party):
        return (1, 99)
    if _group().match(party):  # a group of news outlets: some, uncounted
        return (2, 99)
    told = _COUNTED.match(party.lower()) or _chinese_counted().match(party)
    word = told.group("count") if told else ""
    count = _count(word)
    if count:
        return (count, count)
    return (2, 99) if party.endswith(("s", "们", "們")) else (1, 99)


def _listed(sentence: str, start: int, names: _Names, joiner: str) -> list[str]:
    """The graph's parties named from ``start`` on, joined by ``joiner``."""
    return _listed_to(sentence, start, names, joiner)[0]


def _listed_to(sentence: str, start: int, names: _Names, joiner: str) -> tuple[list[str], int]:
    """The graph's parties named from ``start`` on, joined by ``joiner``, and where the last ends."""
    found, end = [], start
    while (matched := names.matched_at(sentence, start)) is not None:
        node, length = matched
        if length <= 2 and sentence[start:start + length].isascii():
            break  # AI, EU: a word of the story, no defendant's name (起诉AI绘画侵权)
        found.append(node)
        start = end = start + length
        officer = _officer().match(sentence, start)  # OpenAI and CEO Sam Altman; OpenAI及其执行长奥特曼: the officer too
        if officer is not None and (named := names.matched_at(sentence, officer.end())) and names.kind.get(named[0]) == "Person":
            start = officer.end()
            continue
        joined = re.compile(joiner).match(sentence, start)
        if joined is None:
            break
        start = joined.end()
    return found, end


@functools.cache
def _officer() -> re.Pattern:
    """An officer's title between a company and its holder, both on one side (context.tsv officer_beside,
    officer_owner: kg.facts.grammar.officer_beside)."""
    from .facts.grammar import officer_beside
    return officer_beside(_cues("officer_beside"), _cues("officer_owner"))


# the other side's role in an appeal or an application (被上诉人（原审被告）B)
# (context.tsv respondent_role; first_instance_role: 原审 in its brackets)
@functools.cache
def _respondent() -> re.Pattern:
    roles, first = alternatives(_cues("respondent_role")), alternatives(_cues("first_instance_role"))
    return re.compile(rf"(?:{roles})(?:[（(](?:{first})[^）)]{{1,4}}[)）])?[：:]?")


def _skip_role(sentence: str, start: int) -> int:
    role = _defendant().match(sentence, start) or _respondent().match(sentence, start)
    return role.end() if role else start


def _evidence(item, text: str, start: int, end: int, date: str | None) -> Evidence:
    return Evidence(item.document, item.title, text[start:end], start, end, date, item.source,
                    item.links[0] if item.links else "")


# What a sentence holds that a reader of a graph's parties needs before it reads further (cues()):
# a described party's noun (_Described.read), a case's name A诉B案 (captioned), a suit word beside
# families of places (_ByPlace.read); each a test of the sentence's text alone, whatever the graph.
DESCRIBED, CAPTIONED, BY_PLACE = 1, 2, 4


def cues(items: Iterable, dated_sentences) -> list[str]:
    """For each item, one digit per sentence of it (``dated_sentences``, as scan reads them):
    the sum of the readers' cues the sentence holds (DESCRIBED, CAPTIONED, BY_PLACE), 0 for
    none; made once with the document's result (kg.pipeline), so that a build reading that
    result from the cache does not test every sentence of the corpus again.  A sentence with
    no cue is one those readers find nothing in, whatever graph scan is given."""
    noun, place = _described().noun, _by_place().suit
    out = []
    for item in items:
        text, digits = item.text, []
        for start, end, _ in dated_sentences(item, text):
            sentence = text[start:end]
            digits.append(str((DESCRIBED if noun.search(sentence) else 0)
                              | (CAPTIONED if _CAPTION.search(sentence) else 0)
                              | (BY_PLACE if place.search(sentence) else 0)))
        out.append("".join(digits))
    return out


def scan(items: Iterable, graph: KnowledgeGraph, dated_sentences, told_cues: dict[int, str] | None = None
         ) -> list[dict]:
    """Each mention of a suit with an anonymised side in the items: {plaintiffs,
    defendants, evidence, context: the item's other sentences naming a party or a court}.
    ``dated_sentences(item, text)``: (start, end, date) of each sentence.  Where no sentence
    of a document tells who sued whom, its labels do (原告李某… 被告刘某…), where it labels one
    plaintiff and one defendant so.  ``told_cues``: id() of an item -> its cues() where the
    caller has them (from a cached result); the others' are made here."""
    names, described, places = _Names(graph), _described(), _places(graph)
    captions = _Captions(graph, names)
    pairs = _sued_pairs(graph)
    sued_in = _item_defendants(pairs)
    by_document: dict[str, list] = {}
    for item in items:
        by_document.setdefault(item.document, []).append(item)
    found = []
    for document, its_items in by_document.items():
        whole = "\n".join(item.text for item in its_items)
        anonymised = _Anonymised(whole) if masks(whole) else None
        told = []
        spans_of = {}
        for item in its_items:
            text = item.text
            spans_of[id(item)] = spans = list(dated_sentences(item, text))
            marks = told_cues.get(id(item)) if told_cues else None
            if marks is None or len(marks) != len(spans) or not marks.isdigit():
                marks = cues([item], lambda _, __, spans=spans: spans)[0]
            for index, (start, end, date) in enumerate(spans):
                read_here = read(text[start:end], names, anonymised, text[:start], text) if anonymised else []
                # (a sentence with no cue and no caption of the graph: every reader below finds nothing)
                cue, alone = int(marks[index]), captions.read(text[start:end])
                if (cue or alone) and _unnamed_here(pairs, (document, item.title, start), text[start:end], names) \
                        and not _headline(item, text[start:end]):
                    if cue & DESCRIBED and (described_here := described.read(text[start:end], names)):
                        later = [text[a:b] for a, b, _ in spans[index + 1:index + 1 + NAMED_REACH]]
                        more = _named_defendants([text[start:end], *later], names) if len(described_here) == 1 else []
                        read_here += [(_named_later(later, names, party) or party,
                                       defendants + [node for node in more if node not in defendants])
                                      for party, defendants in described_here]
                    read_here += (captioned(text[start:end], names) if cue & CAPTIONED else []) + \
                        (_by_place().read(text[start:end], names, places, sued_in.get((document, item.title), []))
                         if cue & BY_PLACE else [])
                    read_here += [side for side in alone if side not in read_here]
                for plaintiffs, defendants in read_here:
                    told.append((item, plaintiffs, defendants, _evidence(item, text, start, end, date)))
        if not told and anonymised:
            told = _by_roles(its_items, spans_of, names, anonymised, whole)
        for item, plaintiffs, defendants, evidence in told:
            text, spans = item.text, spans_of[id(item)]
            words = [party for party in plaintiffs + defendants if party not in graph.graph]
            context = [_evidence(item, text, start, end, date) for start, end, date in spans
                       if start != evidence.start and (any(word in text[start:end] for word in words)
                                                       or _court_word().search(text[start:end]))][:KEPT]
            found.append({"plaintiffs": plaintiffs, "defendants": defendants, "evidence": asdict(evidence),
                          "context": [asdict(one) for one in context]} | captions.flag(plaintiffs, defendants))
    return found


NAMED_REACH = 2  # sentences after a described party's filing that may name its people


def _named_later(sentences: list[str], names: _Names, party: list[str]) -> list[str] | None:
    """The people a described party is, where a sentence right after its filing opens with as many
    people as it counts, then what they claim (Two voice actors sued Lovo. Ada Reyes and Bo Lin
    say Lovo copied their voices; 两名配音演员起诉了X。李文和赵青称…): their nodes, else None."""
    count = how_many(party[0]) if len(party) == 1 else None
    if count is None or count[0] != count[1]:
        return None
    claim = _claimant_verb()
    for sentence in sentences:
        people, at = [], _claimant_noun().match(sentence).end()  # 配音演员李文华和赵青称: their noun before
        while (matched := names.matched_at(sentence, at)) is not None and names.kind.get(matched[0]) == "Person":
            people.append(matched[0])
            at += matched[1]
            at += len(joined.group()) if (joined := _PEOPLE_JOINER.match(sentence, at)) else 0
        if people and claim.match(sentence, at) and len(set(people)) == count[0]:
            return list(dict.fromkeys(people))
    return None


@functools.cache
def _naming_defendants() -> tuple[re.Pattern, re.Pattern]:
    """(It names / the lawsuit also names, opening a sentence; 将 … 列为被告 within one clause):
    context.tsv suit_reference, suit_names, listed_defendant."""
    reference = alternatives(("it", *(cue for cue in _cues("suit_reference") if cue.isascii())))
    english = re.compile(rf"\s*(?:{reference})\s+(?:{alternatives(_cues('suit_names'))})\s+(?P<span>[^,;:.]{{1,120}})",
                         re.IGNORECASE)
    chinese = re.compile(rf"[将將](?P<span>[^，,。；;！？!?]{{1,60}}?)(?:{alternatives(_cues('listed_defendant'))})")
    return english, chinese


def _named_defendants(sentences: list[str], names: _Names) -> list[str]:
    """The parties the sentences of a described party's suit add as defendants (A mother has sued
    X. … It names X and chief executive Y: Y; 一名记者起诉了X，同时将Y、Z列为被告: Y and Z): every
    company, body or person the graph knows in the words a sentence lists after ``It names`` or
    ``the lawsuit also names`` (to the clause's end) or between 将 and 列为被告."""
    english, chinese = _naming_defendants()
    found: list[str] = []
    for index, sentence in enumerate(sentences):
        spans = [match.group("span") for match in chinese.finditer(sentence)]
        if index and (opening := english.match(sentence)):  # (the filing's own sentence opens with its party)
            spans.append(opening.group("span"))
        for span in spans:
            found += [node for node in _parties_in(span, names) if node not in found]
    return found


def _parties_in(words: str, names: _Names) -> list[str]:
    """The parties the graph knows that some words name, in order: at each place where a word
    starts, the longest label opening there (a Latin one starting and ending at a word's edge: after
    and before no ASCII letter or digit, so 谷歌和OpenAI names both)."""
    found, at = [], 0
    while at < len(words):
        inside = at and words[at - 1].isascii() and words[at - 1].isalnum() and words[at].isascii()
        matched = names.matched_at(words, at) if not inside else None
        end = at + matched[1] if matched else at
        if matched and not (words[end - 1].isascii() and end < len(words) and words[end].isalnum() and words[end].isascii()):
            if matched[0] not in found:
                found.append(matched[0])
            at = end
        else:
            at += 1
    return found


@functools.cache
def _claimant_noun() -> re.Pattern:
    """What a described party's people may be called before their names (配音演员, voice actors)."""
    return re.compile(rf"\s*(?:(?:{alternatives(_cues('described_plaintiff'))})[们們]?\s*)?", re.IGNORECASE)


@functools.cache
def _claimant_verb() -> re.Pattern:
    """What the people a suit was described by say next (claim, allege, 称, 指控): context.tsv claimant_verb."""
    return re.compile(rf"\s*(?:both\s+|also\s+|都|均|也)?(?:{alternatives(_cues('claimant_verb'))})(?![A-Za-z])", re.IGNORECASE)


_PEOPLE_JOINER = later(r"\s*(?:,\s*(?:and\s+)?|and\s+|[、和与與及])\s*")


def _sued_pairs(graph: KnowledgeGraph) -> dict[tuple[str, str, int], set[tuple[str, str]]]:
    """The (plaintiff, defendant) of the sued facts each sentence states: (document, item, start) -> pairs."""
    told: dict[tuple[str, str, int], set[tuple[str, str]]] = {}
    for plaintiff, _, defendant, edge in graph.facts("sued"):
        for e in edge["evidence"]:
            told.setdefault((e.document, e.item, e.start), set()).add((plaintiff, defendant))
    return told


def _unnamed_here(sued: dict, key: tuple[str, str, int], sentence: str, names: _Names) -> bool:
    """Whether a sentence may tell a described party's suit: it states no sued fact (else its parties
    are named), or only sued facts whose plaintiff is no party (a place: the parents of two Texas
    children sued X, Texas read as the plaintiff) or one its dateline alone names (Nov 30 (Reuters) –
    A group of artists has sued X: the outlet); ``sued``: _sued_pairs."""
    dateline = _DATELINE.match(sentence)
    for plaintiff, _ in sued.get(key, ()):
        if plaintiff not in names.kind:
            continue  # a place, a product: no party that files
        told = [m.start() for label in names.labels_of(plaintiff) for m in re.finditer(re.escape(label), sentence)]
        if not dateline or not told or max(told) >= dateline.end():
            return False
    return True


# Nov 30 (Reuters) – , LONDON — , SAN FRANCISCO, May 2 (Reuters) - : a newswire's dateline up to its
# dash (kg.segment.EN_DATELINE_DASH); any opening, as Reuters' names no place (kg.segment.EN_DATELINE needs one)
_DATELINE = later(rf"^(?:(?!{EN_DATELINE_DASH})[^–—]){{1,60}}?{EN_DATELINE_DASH}")


def _item_defendants(told: dict[tuple[str, str, int], set[tuple[str, str]]]) -> dict[tuple[str, str], list[str]]:
    """Each news item's defendants, where every sentence of it telling who sued whom names the
    same ones (the one suit it tells; ``told``: _sued_pairs): (document, item) -> their ids."""
    sides: dict[tuple[str, str], set[frozenset]] = {}
    for (document, item, _), pairs in told.items():
        sides.setdefault((document, item), set()).add(frozenset(defendant for _, defendant in pairs))
    return {key: sorted(next(iter(found))) for key, found in sides.items() if len(found) == 1}


class Readers:
    """What reads a graph's suit sentences, made from the graph when first asked for and kept for
    every suit read back from it (retold): its names, places and captions."""

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph

    @functools.cached_property
    def names(self) -> _Names:
        return _Names(self.graph)

    @functools.cached_property
    def places(self) -> set[str]:
        return _places(self.graph)

    @functools.cached_property
    def captions(self) -> _Captions:
        return _Captions(self.graph, self.names)


def retold(graph: KnowledgeGraph, plaintiffs: list[str], defendants: list[str], evidence: list[Evidence],
           court: str | None = None, readers: Readers | None = None) -> list[dict]:
    """What scan found for one suit of the litigation table, told again from the suit as RDF
    keeps it (kg.rdf: its parties, the text's words where anonymised, and its sentences), so
    that a graph read back from graph.ttl gives the same row: each sentence reading who sued
    whom is a mention (with the parties it reads), the suit's other sentences its context;
    ``court``: the court the suit states, where no sentence kept names it; ``readers``: the graph's,
    shared by the suits read back from it (made here where none is given)."""
    def words(parties: list[str]) -> set[str]:
        return set(parties) | {graph.entity(party)["label"] for party in parties if party in graph.graph}
    anonymised = _Anonymised("\n".join(one.sentence for one in evidence))
    if all(party in graph.graph for party in plaintiffs + defendants) and \
            not any(anonymised.holds(word) for word in words(plaintiffs + defendants)):
        return []  # a suit of named parties: the sued facts tell it
    readers = readers or Readers(graph)
    names, described, places, captions = readers.names, _described(), readers.places, readers.captions
    found = []
    for one in evidence:
        for side in read(one.sentence, names, anonymised) + described.read(one.sentence, names) + \
                captioned(one.sentence, names) + _by_place().read(one.sentence, names, places, defendants) + \
                captions.read(one.sentence):
            if set(side[0]) <= words(plaintiffs) and set(side[1]) <= words(defendants):
                found.append((one, side))
    if not found and evidence and not all(party in graph.graph for party in plaintiffs + defendants):
        found = [(evidence[0], (plaintiffs, defendants))]  # read from the labels 原告…被告… (_by_roles)
    return [{"plaintiffs": list(side[0]), "defendants": list(side[1]), "evidence": asdict(one), "court": court,
             "context": [asdict(other) for other in evidence if other != one][:KEPT]} | captions.flag(*side)
            for one, side in found]


def _headline(item, sentence: str) -> bool:
    """Whether a sentence is its item's title or a line without a sentence's closing mark
    (作家们起诉OpenAI as a section's head): it sums a story up, no suit's evidence."""
    sentence = sentence.strip()
    return sentence == item.title.strip() or not re.search(r"[。！？!?.…」』”\"）)]$", sentence)


def _by_roles(items, spans_of, names: _Names, anonymised: _Anonymised, whole: str) -> list[tuple]:
    """原告李某… 被告刘某…: the one plaintiff (anonymised, or the graph's: 原告李昀锴… 被告刘某) and
    the one defendant a document labels so, one side anonymised, told by the first sentence
    naming the plaintiff (a role also labels the forms _LABELLED reads: 被告秦皇岛某科技发展有限公司,
    被告A公司, 原告楼某某; a short name in brackets is its party's: 被告上海某公司（以下简称“A公司”）); none where it labels several, unless it numbers them (被告一北京某科技
    公司…被告二某(北京)文化公司(以下简称某文化公司)…: each numbered defendant as the document
    last words it, its short name); where it labels none by name but counts them (两被告), the
    anonymised companies it names, where as many.  ``whole``: its items' texts joined by lines, whose
    short names (以下简称…) are read once for every sentence."""
    short_names = list(_short_name().finditer(whole))
    plaintiffs: dict[str, tuple] = {}
    defendants: dict[str, None] = {}
    numbered: dict[str, str] = {}
    first_side: tuple | None = None  # the first side labelled 被告 (被告張某、王某) and where
    at = 0  # where the item's text starts in ``whole``
    for item in items:
        text = item.text
        for start, end, date in spans_of[id(item)]:
            sentence = text[start:end]
            for role in _plaintiff().finditer(sentence):
                party = anonymised.match(sentence, role.end()) or _LABELLED.match(sentence, role.end())
                party = party.group() if party else names.starting_at(sentence, role.end())  # 原告李昀锴: the graph's
                if party:
                    plaintiffs.setdefault(party, (item, start, end, date))
            for role in _defendant().finditer(sentence):
                side = _side_after(sentence, role.end(), names, anonymised) or \
                    [found.group() for found in [_LABELLED.match(sentence, role.end())] if found]
                if side:
                    first_side = first_side or (side, (item, start, end, date))
                    defendants.setdefault(side[0])
                    if role.group("ordinal"):
                        numbered[role.group("ordinal")] = side[0]
            for plaintiff, party in _role_short_names(sentence, at + start, short_names, names, anonymised):
                if plaintiff:
                    plaintiffs.setdefault(party, (item, start, end, date))
                else:
                    defendants.setdefault(party)
        at += len(text) + 1
    short = _short_names(short_names)
    labelled = {d: None for d in defendants if d not in plaintiffs and short.get(d) not in defendants}
    if len(numbered) > 1 and set(numbered.values()) <= set(labelled):
        defendants = {numbered[ordinal]: None for ordinal in sorted(numbered, key="一二三四五六七八九十".index)}
    else:
        defendants = labelled if len(labelled) == 1 else {} if labelled else _counted_companies(whole, anonymised, plaintiffs)
    if not plaintiffs and first_side:
        return _unopposed(first_side, anonymised)
    if len(plaintiffs) != 1 or not defendants or not any(anonymised.holds(party) for party in [*plaintiffs, *defendants]):
        return []
    ((party, (item, start, end, date)),) = plaintiffs.items()
    return [(item, [party], list(defendants), _evidence(item, item.text, start, end, date))]


# a party a document labels by its role (原告/被告) in a form ANONYMISED leaves to the role: a company
# anonymised after a place of up to four characters (被告秦皇岛某科技发展有限公司, 被告中國北京某科技公司), or a
# Latin letter standing for one (被告A公司, 原告B公司; not ABC公司); a person by any surname and 某 (原告楼某某)
_LABELLED = later(rf"(?:(?![{_PREFIX_STOP}])[{_CJK}]){{3,4}}某(?:(?![{_STOP}])[{_CJK}（）()]){{0,10}}?"
                  rf"(?:有限责任公司|股份有限公司|有限公司|公司|集团|集團)|(?<![A-Za-z])[A-Z](?:公司|集团|集團)"
                  rf"|(?![{_PREFIX_STOP}])[{_CJK}]某(?:某|(?=[{_STOP}，,、。（(]))")
# X（以下简称“Y”）: Y is the short name of X, one party (被告上海某公司（以下簡稱「A公司」）)
# (context.tsv short_name_label)
@functools.cache
def _short_name() -> re.Pattern:
    return re.compile(rf"(?P<full>[^\s，,。；;：:（(“”「」]{{2,30}})\s*[（(]\s*(?:{alternatives(_cues('short_name_label'))})"
                      r"\s*[：:]?\s*[“「\"]?(?P<short>[^”」\"）)]{1,12})[”」\"]?\s*[）)]")


@functools.cache
def _role_short() -> dict[str, bool]:
    """Each short name that is a side's role (杭州某智能科技公司（以下简称“被告公司”）, 上海某文化发展公司
    （以下簡稱「原告」）: context.tsv plaintiff_short_name, defendant_short_name) -> whether the plaintiff's."""
    return {**dict.fromkeys(_cues("defendant_short_name"), False), **dict.fromkeys(_cues("plaintiff_short_name"), True)}


def _role_short_names(sentence: str, at: int, short_names: list[re.Match], names: _Names,
                      anonymised: _Anonymised) -> list[tuple[bool, str]]:
    """(whether the plaintiff, party) of each party a sentence introduces with its role as its short
    name (上海某文化发展公司（以下简称“原告公司”）): the anonymised party (or the graph's) that ends
    where the short name's brackets open.  ``short_names``: the document's (_short_name over its
    text, read once: _by_roles), ``at``: where the sentence starts in that text; a short name is the
    sentence's where its brackets and two characters of the name before them lie in it."""
    found = []
    for named in short_names:
        if named.end("full") < at + 2 or named.end() > at + len(sentence):
            continue
        plaintiff = _role_short().get(named.group("short").strip())
        if plaintiff is None:
            continue
        end = named.end("full") - at
        party = next((m.group() for m in anonymised.all(sentence, max(0, end - 30), end) if m.end() == end), None) \
            or names.ending_at(sentence, end)
        if party is not None:
            found.append((plaintiff, party))
    return found


def _short_names(short_names: Iterable[re.Match]) -> dict[str, str]:
    """Each short name a document gives a party, and the words the party was named by before it
    after its role (被告上海某公司（以下简称“A公司”）: A公司 -> 上海某公司): a short name and its full
    name, each labelled by a role, are one party; ``short_names``: _short_name's matches over its text."""
    named = {}
    for found in short_names:
        full = found.group("full")
        role = _defendant().search(full) or _plaintiff().search(full)
        named[found.group("short")] = full[role.end():] if role else full
    return named


def _unopposed(first_side: tuple, anonymised: _Anonymised) -> list[tuple]:
    """A document labelling defendants and no plaintiff (被告張某、王某為牟利…; 被告人王某合…: a
    public-interest or criminal case whose prosecutor it leaves out): its first labelled side,
    all anonymised people, against no one named."""
    side, (item, start, end, date) = first_side
    if not all(anonymised.holds(party) and not _firm().search(party) for party in side):
        return []
    return [(item, [], list(side), _evidence(item, item.text, start, end, date))]


@functools.cache
def _two_defendants() -> re.Pattern:
    """两被告, 三名被告: the defendants a text counts (context.tsv defendant_classifier), not after 等."""
    return re.compile(rf"(?<![等])(?P<count>[两兩二三四五六七八九十])(?:{alternatives(_cues('defendant_classifier'))})?被告")


def _counted_companies(whole: str, anonymised: _Anonymised, plaintiffs: dict) -> dict[str, None]:
    """The defendants of a document (``whole``: its items' texts joined by lines) that labels none by
    name but counts them (两被告未经许可…): the anonymised companies it names, where it names as many
    (2023年11月，杭州某技术公司发布…。常熟某房地产公司使用该图片…); none else."""
    counted = _two_defendants().search(whole)
    if counted is None:
        return {}
    companies = dict.fromkeys(m.group() for m in anonymised.all(whole)
                              if re.search(r"(?:公司|集团|集團)$", m.group()) and m.group() not in plaintiffs)
    return companies if len(companies) == _count(counted.group("count")) else {}


_FORM = later(r"(?:有限责任|有限責任|股份有限|有限)(?=公司$)")


def key(party: str) -> str:
    """One anonymised party however outlets word it: 李某 and 李某某, 杭州某智能科技有限公司 and
    杭州某智能科技公司 are one (a second 某, a legal form dropped); 楊姓男子 and 楊男, 何姓女 and 何女 too."""
    party = _FORM.sub("", party)
    party = re.sub(r"^([\u4e00-\u9fff])姓([男女])子?$", r"\1\2", party)
    return re.sub(r"^([\u4e00-\u9fff])某某$", r"\1某", party)


def could_be(anonymised: str, name: str) -> bool:
    """Whether a company the text anonymises (北京某科技公司) may be one another outlet names
    (北京小问智能科技有限公司): the same place before 某 and the same kind of company after it,
    legal forms dropped, and more in the name between them; a kind of four characters at
    least where no place opens it (某公司, 某集团 tell no company apart)."""
    anonymised, name = key(anonymised), key(name)
    if "某" in name or anonymised.count("某") != 1 or not re.fullmatch(_COMPANY, anonymised):
        return False
    place, kind = anonymised.split("某")
    if not place and len(kind) < 4:
        return False
    return len(name) > len(place) + len(kind) and name.startswith(place) and name.endswith(kind)


_MASKED = later(r"([\u4e00-\u9fff])某([\u4e00-\u9fff]?)")  # 殷某桢, 殷某某, 殷某: a surname, 某, maybe one more


def same_person(one: str, other: str) -> bool:
    """Whether two persons the texts anonymise may be one worded by two outlets (殷某桢 in a
    court's reference case, 殷某某 or 殷某 in the news): the same surname before 某, and the
    same character after it where both keep one."""
    first, second = _MASKED.fullmatch(one), _MASKED.fullmatch(other)
    if first is None or second is None or first.group(1) != second.group(1):
        return False
    kept = {found.group(2) for found in (first, second)} - {"", "某"}
    return len(kept) <= 1


def too_vague(parties: list[str]) -> bool:
    """Whether a side is only 某 and a legal form (某公司, 某集团): it tells no suit apart."""
    return any(re.fullmatch(r"某(?:有限责任公司|股份有限公司|有限公司|公司|集团|集團)", party) for party in parties)


def evidence_of(data: dict) -> Evidence:
    return Evidence(**data)
