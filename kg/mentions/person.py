"""Persons: a transliterated name with a middle dot or hyphen (美国众议员玛丽亚·萨拉查:
玛丽亚·萨拉查, without the title before it or the words after it), and a Chinese
name right after a person's title (首席执行官梁振华表示: 梁振华), and a run of transliteration
characters after an office (部长马约卡斯担任主席: 马约卡斯), and a name a Malaysian honorific opens
(议员拿督阿兹米哈山提问: the honorific stays in the name).  Words from data/lexicon/context.tsv:
person_role_end, office_holder, name_then_verb, holder_then_word, name_then_time,
person_then_noun, person_honorific."""
from __future__ import annotations

import re

from ..alternation import alternatives, shared_prefixes
from ..kb import KBEntry
from ..model import Mention, inside_any
from ..punctuation import NAME_DOTS
from .base import Family, Tokens, register
from .english import english_lexicon, given_names
from .words import CJK, FUNCTION_CHARS, LATIN_LOWER, LATIN_UPPER, Words

# 约翰·F·肯尼迪, 乔治·W.布什, 杰森.M.艾伦: a middle name's Latin initial between the given and the family
# name, in middle dots or full stops (a stop only around a capital between Chinese characters)
_SEPARATOR = rf"(?:[{NAME_DOTS}][A-Za-z](?:[{NAME_DOTS}]|\.[{NAME_DOTS}]?)(?=[{CJK}])|\.[A-Z]\.(?=[{CJK}])|[{NAME_DOTS}]| ?-)"
# 玛丽亚·萨拉查, 安迪-沃霍尔, JB·普利兹克 (Latin initials before the dot)
_DOT_PERSON = re.compile(rf"(?:[{CJK}]{{1,8}}|(?<![A-Za-z0-9])[A-Z][A-Za-z.]{{0,4}}(?=[{NAME_DOTS}])){_SEPARATOR}[{CJK}]{{1,8}}"
                         rf"(?:(?:[{NAME_DOTS}]| ?-)[{CJK}]{{1,8}})?")
_NAME_DOT = re.compile(rf"[{NAME_DOTS}-]|\.[A-Z]\.(?=[{CJK}])")  # what a dotted name needs: most texts have none
_NAME_DOT_ONLY = re.compile(rf"[{NAME_DOTS}]|\.[A-Z]\.(?=[{CJK}])")  # a middle dot, not a hyphen (安迪-沃霍尔 has a hyphen only)
# a possessive, a verb's aspect mark, a preposition (该案由约翰·门德斯): never inside a transliterated
# given name (于 is a transliteration character: 于尔根)
_BEFORE_NAME = frozenset("了过") | FUNCTION_CHARS - frozenset("于")
_NO_NAME_END = frozenset("的了着过")  # 总统李明的批准: a possessive or an aspect mark ends no given name
_NOT_LAST = FUNCTION_CHARS | frozenset("上下里了过着")  # 用户常用的, 律师江湖上: no given name ends so
_ASPECT = frozenset("了着")  # 用户较了真: a verb's aspect mark, inside no name
# Venkat Venkataramani, Dhruba Borthakur: a founder's Latin name among Chinese words
_LATIN_PERSON = r"[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+){1,2}"
# Dane Stuckey, Hoan Ton-That, Aparna Sridhar: a person's Latin name glossing a transliterated one
# a social-media handle's characters, and what ends one: a mark, a space, another handle
_HANDLE = r"[^\s、，,。；;：:!！?？“”\"「」『』（）()@＠#]"
_HANDLE_END = r"[\s、，,。；;：:!！?？“「『（(@＠#]"
# a mark a listed or quoted name opens after
# 等119名, 等三位, 等多名, 等人: the count and the classifier of a list of persons
_COUNT = r"(?:\d+|[一二两三四五六七八九十百千多数几余]+)?[名位个]?"
_LIST_MARKS = frozenset("、，,：:「“『（( \n")
# 发言人林剑7日宣布, 市长林宜敬(25)日接受: the day of the month after a titled name ends it as 今日 does
_DAY_AFTER = r"[（(]?\d{1,2}[)）]?日"
# (José Castañeda, Zoë Müller: a name's accented letters too)
# (Darian DeCruise, Stein-Erik Soelberg, Stephen L. Thaler: a family name's inner capital, a hyphened
# given name, a middle initial)
_GLOSS_WORD = rf"[{LATIN_UPPER}][{LATIN_LOWER}]+(?:[{LATIN_UPPER}][{LATIN_LOWER}]+)?"
_LATIN_GLOSS = rf"{_GLOSS_WORD}(?:-{_GLOSS_WORD})?(?:[ \u00a0][{LATIN_UPPER}]\.)?(?:[ \u00a0]{_GLOSS_WORD}(?:-{_GLOSS_WORD})?){{1,2}}"


@register
class Persons(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        # (the titles and roles with their shared beginnings written once, kg.alternation shared_prefixes: the
        # same matches, where re reads each character of the text against the few that may follow, not every title)
        titles = shared_prefixes(words.person_titles)
        self.title_pattern = re.compile(titles)
        # 租客玛丽·路易斯, 母亲卡门·阿罗约: a role or kinship word that is no title (context.tsv
        # person_role_before) ends before the given name as a title does
        self.before_name = re.compile(alternatives([*words.person_titles, *words.context["person_role_before"]]))
        # 江城科技周刊·观察: an outlet's name (bylines.tsv outlet_end of two characters or more)
        # before the dot of a masthead's column, no given name
        self.outlet_end = tuple(end for end in words.kb.bylines.get("outlet_end", ()) if len(end) >= 2)
        # 极客网·极客观察, 中国证券报·中证金牛座: an outlet's one-character end (网, 报, 社) after characters
        # that are no transliteration's (a given name is all transliteration: 阿尔布雷希特·…)
        self.outlet_char = tuple(end for end in words.kb.bylines.get("outlet_end", ()) if len(end) == 1)
        # 前首席设计官乔尼·艾夫: what ends a role (官, 长, 员…) ends it before the given name
        self.role_ends = frozenset(words.context["person_role_end"])
        # 乔治·卡林遗产方, 艾伦·图灵团队: what belongs to the person ends the name
        self.then_noun = tuple(words.context["person_then_noun"])
        # 玛丽·罗伊以侵权为由起诉: a preposition that is no function character of its own ends the family name
        self.then_preposition = frozenset(words.context["person_then_preposition"])
        # 纳德拉上周表示, 祖克柏因为…, 奥尔特曼之间的诉讼: a word of these kinds of jieba's (time, verb, adverb,
        # preposition, conjunction, locality) after the family name ends it (context.tsv person_then_tag)
        self.then_tags = frozenset(words.context["person_then_tag"])
        # 首席执行官梁振华表示, 州长普里茨克签署: a name after a title, before a verb of saying or acting
        verbs = words.context["name_then_verb"]
        # 首席执行官黄仁勋今（19）日, 董事长刘扬伟则说, 创始人王鹤是: a time word, an adverb or 是 after the name ends it too
        # 律师程立透露, 议员贺远：「…」: a verb of saying, or the colon opening what the person said, ends it too
        then = [*verbs, *words.context["speech_verb"], *words.context["holder_then_word"], *words.context["name_then_time"]]
        surnames = "".join(words.context["surname"])
        self.surnames = frozenset(surnames)
        self.japanese = tuple(words.context["japanese_surname"])  # 后藤, 佐藤: a Japanese name's family name
        self.titled_patterns(words, titles, surnames, then)
        # 国土安全部部长马约卡斯担任主席: a transliterated name with no dot after an office
        holders = alternatives([*words.context["office_holder"], *(t for t in words.person_titles if not t.isascii())])
        letters = "".join(sorted(words.kb.transliteration))
        after = alternatives(then)  # 担任, 曾, 已: after an office's holder too
        # 用户以苹果在…为由, 用户以宝可梦…生成: a preposition after the title, no surname
        self.not_surnames = frozenset(words.context["not_surname"])
        # 任嘉言律师指出, 孔若溪（资深顾问）: a surname and a given name before a title and a verb of
        # saying, or before a role in brackets
        speech = alternatives([*words.context["speech_verb"], *verbs])
        self.name_before_title = re.compile(rf"(?P<name>[{surnames}][{CJK}]{{1,2}}?)(?:(?:{titles})(?={speech})"
                                            rf"|[（(][{CJK}]{{0,3}}?(?:{titles})[）)])")
        # 由周亚辉创办, 由彭军与楼天城共同创办: the founders a company is founded by (context.tsv founding_verb)
        named = rf"[{surnames}][{CJK}]{{1,2}}?"
        founding = rf"(?:共同|联合)?(?:{alternatives(words.context['founding_verb'])})"
        # 由刘培超于2015年创办: the year it was founded may stand between the founder and the verb
        founded_in = r"(?:[于於在]\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?"
        # 由黄晓煌、陈航、朱皓于2011年在杭州创立, 由Jane Roe和John Doe創辦: up to five founders, Chinese
        # or Latin (two or three capitalised words), listed with 、和与及, the year and the city founded in between
        founder = rf"(?:{named}|{_LATIN_PERSON})"
        self.founders = re.compile(rf"由(?P<names>{founder}(?:[与與和及、]{founder}){{0,4}}){founded_in}"
                                   rf"(?:[在于於][{CJK}]{{2,6}}?)?{founding}")
        self.founder = re.compile(rf"(?<=[由与與和及、])(?P<name>{founder})(?=[与與和及、]|$)")
        # ，方汉任首席执行官: a name opening a clause, then taking an office (context.tsv taking_office)
        self.took_office = re.compile(rf"(?:^|(?<=[，,。；;：:\s]))(?P<name>{named})"
                                      rf"(?:{alternatives(words.context['taking_office'])})(?={titles})")
        self.listing_patterns(words)
        # 英国国王查尔斯三世通过, 第一夫人梅拉尼娅的: a reign's number closes the name (三世), 的 ends it
        # 记者卡雷鲁等人提起诉讼, 作家卡雷鲁等5人: 等 and its persons after the name end it too
        self.transliterated = re.compile(rf"(?:{holders})(?P<name>[{letters}]{{2,5}}?[一二三四五六七八九十]世"
                                         rf"|[{letters}]{{2,5}}?(?={after}|[，,。（(、]|的|等(?:人|\d|[一二两三四五六七八九十多数几])))")
        # 资安长史塔基（Dane Stuckey）, 16岁的雷恩（Adam Raine）: a run of transliteration characters
        # glossed by a person's Latin name in brackets right after it
        # 執行長艾格 (Bob Iger): a space may stand before the bracket, as Taiwanese outlets write it
        # (Sewell Setzer III, John Roe Jr.: a generation's mark may close it, english.tsv name_suffix)
        generation = alternatives(english_lexicon(words.kb)["name_suffix"])
        self.glossed = re.compile(rf"(?P<run>[{CJK}]{{2,12}})[ \u00a0]?[（(](?P<latin>{_LATIN_GLOSS}(?:,?[ \u00a0](?:{generation}))?)[）)]")
        self.letters = frozenset(letters)
        self.letter_run = "".join(sorted(self.letters))  # what str.rstrip strips of a transliteration
        # 芯片设计业者锐芯（Ruixin Micro）: a company's kind before the glossed name (kg.mentions.glossed reads it)
        self.company_kinds = tuple(w for w in (*words.context["company_word"], *words.context["gloss_description"]) if not w.isascii())
        # 钢铁侠(Iron Man)、黑武士(Darth Vader)等角色: glossed names a word for fictional characters closes
        self.characters_after = re.compile(rf"(?:\s*[、，,和与及]\s*[{CJK}]{{1,8}}[（(][^（）()]{{1,40}}[）)])*\s*等?\s*"
                                           rf"(?:{alternatives(words.context['fictional_character'])})")
        # what ends a company's or a body's Latin name (Group, Labs, University): no person's gloss
        english = english_lexicon(words.kb)
        self.given_names = given_names(words.kb)  # Kirk, Matthew: a person's first word
        self.latin_body_words = frozenset(words.kb.legal_forms).union(
            *(english[kind] for kind in ("company_word", "business_word", "nonprofit_word", "body_final", "town_end")))
        self.handle_patterns(words, titles, speech, surnames)
        # 前总裁丹斯里莫妮卡发布, 议员拿督阿兹米哈山提问: a Malaysian honorific (context.tsv person_honorific)
        # opens a person's name and stays in it
        self.honorific = re.compile(rf"(?:{alternatives(words.context['person_honorific'])})(?=[{CJK}])")

    def handle_patterns(self, words: Words, titles: str, speech: str, surnames: str) -> None:
        """The patterns of the names a person goes by (Persons.handles, quoted_handles, pseudonyms)."""
        # 画师@云端漫步、@RedMatcha与…: a social-media handle after a person's title, or listed after one
        self.handle = re.compile(rf"(?:(?:{titles})|(?<=[、和与及])|(?<=[、和与及][“\"「]))[“\"「]?[@＠](?P<name>{_HANDLE}{{2,20}}?)"
                                 rf"(?=[”\"」]|{_HANDLE_END}|[与和及于在]|{speech}|$)")
        # 用户“小禾侃剧”, 画师之一的“雪鱼”: a poster's name in quotation marks after the role (quoted_handles)
        self.quoted_handle = re.compile(rf"(?:{alternatives(words.context['handle_role'])})(?:之一的)?[“\"「『]"
                                        rf"(?P<name>[^”\"」』\s，,。、；;：:！!？?（）()《》]{{2,12}})[”\"」』]")
        # 王利（化名）: a name the report says it made up for a real person (context.tsv pseudonym_note)
        self.pseudonymous = re.compile(rf"(?P<name>[{surnames}][{CJK}]{{1,2}})[（(](?:{alternatives(words.context['pseudonym_note'])})[）)]")

    def titled_patterns(self, words: Words, titles: str, surnames: str, then: list[str]) -> None:
        """The patterns of a name after a title or a role: before a verb or a mark, a surname and
        two characters ending a word, a name between two titles."""
        # 原实际控制人为蔡朝阳。: 为 ("is") between the role and the name that holds it
        # 负责人 向淑青：…, 合伙人龚钰律师、: a space may stand between the title and the name, and a
        # colon open what the person said; a surname-led name may end in a second title before a mark
        # 法定代理人 王龙文 诉讼代理人: in a list of parties a space after the title and one after the name
        # set the name off (not 记者洪若芸摄 2023: no space before the name)
        spaced = (rf"(?<=[ \u3000][{CJK}]{{2}})\s|(?<=[ \u3000][{CJK}]{{3}})\s"
                  rf"|(?<=[ \u3000][{CJK}]{{4}})\s")  # a name of two to four characters, a space before it
        # 法定代表人:高海国,经理: a party list's title, a colon and the name
        self.titled_name = re.compile(rf"(?:{titles})为?[:：]?[ \u3000]?(?!{titles})(?P<name>[{CJK}]{{2,4}}?)"
                                      rf"(?={alternatives(then)}|{_DAY_AFTER}|[，,。（(、：:]|{spaced})")
        # 委托诉讼代理人逯宁、沙钰琨于…到庭: the names listed after the first a title opens, each a surname
        # and one or two characters (``listed_after``)
        self.list_next = re.compile(rf"[、和与及](?P<name>[{surnames}][{CJK}]{{1,2}}?)(?={alternatives(then)}|[，,。（(、：:；;和与及])")
        # 所长栗永徽领导, 创始人周子衡此前: a common surname and two characters, a word of their own
        # 原告李昀锴现场演示, 租客陈晓岚诉称: a role that is no title (person_role_before) before a surname and
        # two characters that end a word
        roles = shared_prefixes([*words.person_titles, *words.context["person_role_before"]])
        self.titled_surname = re.compile(rf"(?:{roles})为?(?!{titles})(?P<name>[{surnames}][{CJK}]{{2}})")
        # 律师李源长期代理: a surname and one character (titled_words keeps those jieba cuts as an unknown word)
        self.titled_word = re.compile(rf"(?:{roles})为?(?!{titles})(?P<name>[{surnames}][{CJK}])")
        # 律师李怡贞因…, 网红陈沂截图, 立委赖瑞隆询问: a verb, a time word or a preposition right after the
        # surname and two characters ends the name where jieba glues its last character to the next word
        # (context.tsv name_then_preposition)
        # 网红小玉以AI…, 網紅小玉（朱玉宸）: a nickname (context.tsv nickname_prefix: 小, 阿 and one character)
        # after a role, before a mark, a digit or a preposition; a word of jieba's (专家小组, 网友小编 is
        # none of its words but 小组 is) names no one (``nicknames``)
        closers = alternatives([*then, *words.context["name_then_preposition"], *words.context["person_then_preposition"]])
        self.nickname = re.compile(rf"(?:{roles})(?P<name>(?:{alternatives(words.context['nickname_prefix'])})[{CJK}])"
                                   rf"(?=[^{CJK}]|$|{closers})")
        self.name_closed = re.compile(rf"(?:{alternatives(then)})|(?:{alternatives(words.context['name_then_preposition'])})")
        self.doubly_titled = re.compile(rf"(?:{titles})[ \u3000]?(?!{titles})(?P<name>[{surnames}][{CJK}]{{1,2}}?)"
                                        rf"(?=(?:{titles})(?:[、，,。；;和与及 \u3000]|$))")

    def listing_patterns(self, words: Words) -> None:
        """The patterns of persons listed before 等 and a count of persons."""
        # 张明、李芳等人, 王强和刘洋等三名原告, 黄捷、高嘉瑜等119名被害人: names listed before 等, a count
        # and a word for persons (人, a title or a role: context.tsv person_title, person_role_before)
        # (not 等人工智能产品, 等人格权纠纷: 人 opening another word)
        persons = alternatives([*words.person_titles, *words.context["person_role_before"]])
        self.counted_close = re.compile(rf"等{_COUNT}(?:{persons}|人(?![工格民才类口]))")
        self.list_member = re.compile(rf"(?P<name>[{CJK}]{{2,4}})")

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = self.dotted(text)
        # 台北市长蒋万安: jieba glues the office's last character to the surname (长蒋); an office
        # another family named (kg.mentions.official) ends a word all the same
        starts = set(tokens.offsets) | {m.end for m in candidates if m.type == "Regulator"}
        # 部长林|宜敬: jieba glues a title's last character (长, 官, 员) to the surname after it
        starts |= {offset + 1 for offset, word in zip(tokens.offsets, tokens.words)
                   if len(word) >= 2 and word[0] in self.role_ends and word[1] in self.surnames}
        found += self.titled_transliterations(text, starts, found)
        found += self.honorific_names(text, found)
        found += self.glossed_names(text, found)
        found += self.pseudonyms(text, found)
        found += self.handles(text) if "@" in text or "＠" in text else []
        found += self.quoted_handles(text, dict(zip(tokens.offsets, tokens.words)))
        titled = self.titled_names(text, starts)
        spans = {(offset, offset + len(word)) for offset, word in zip(tokens.offsets, tokens.words)}
        for match in [*titled, *self.listed_after(text, titled), *self.names_before_titles(text, starts),
                      *self.founders_and_office_holders(text), *self.counted_members(text, starts),
                      *self.titled_words(text, spans), *self.nicknames(text)]:
            name = match.group("name")
            if len(name) >= 3 and name[-1] in _NO_NAME_END:
                name = name[:-1]  # 总统李明的批准: the possessive before the verb ends the name (李明, not 李明的)
            if self.no_name(name, (match.start("name"), match.start("name") + len(name)) in spans):
                continue  # 协调, 模型, 的建议: words, not names
            end = match.start("name") + len(name)
            if len(name) == 4 and name[0] in self.surnames and name[3] in self.not_surnames:
                name, end = name[:3], end - 1  # 立委高嘉瑜都是: an adverb after a surname and two characters
            found.append(self.mention(name, "Person", match.start("name"), end, 0.6))
        return found

    def no_name(self, name: str, whole_word: bool) -> bool:
        """Whether a run after (or before) a title is a word, not a name: 协调, 模型, 的建议 (普里茨克 is a
        transliteration, no word of jieba's but names in it; 签署法案, 主席吴华 are not).  A surname that is a
        function character too (向) opens a name jieba cuts as one word of its own (负责人 向淑青：); a Japanese
        family name (japanese_surname) opens a name of four characters whose halves are no names of jieba's
        (首席财务官后藤芳光在)."""
        words = self.words
        return (name in words.boundaries or name[0] in FUNCTION_CHARS and not (whole_word and name[0] in self.surnames)
                or name[0] in self.not_surnames or "某" in name
                or self.title_pattern.search(name)
                or words.suffix_of(name) or words.kb.lookup(name)
                or words.tags.get(name) not in (None, "nr", "nrfg", "nrt") or words.boundary_word.search(name)
                or len(name) == 4 and not name.startswith(self.japanese)
                and any(words.tags.get(half, "nr")[:2] != "nr" for half in (name[:2], name[2:]))
                or len(name) == 3 and self.opens_with_word(name)
                or self.adverb_or_aspect(name))

    def titled_words(self, text: str, spans: set[tuple[int, int]]) -> list[re.Match]:
        """律师李源长期, 议员黄捷等, 网红陈沂截图: a surname and one character after a title or a role that
        jieba cuts as one word of its own and its dictionary does not hold (陈述, 黄金, 王平 are its
        words: a verb, a noun, a name titled_name reads before its verb): a person's given name."""
        return [match for match in self.titled_word.finditer(text)
                if (match.start("name"), match.end("name")) in spans and self.words.tags.get(match.group("name")) is None
                and match.group("name")[1] not in _NOT_LAST]

    def nicknames(self, text: str) -> list[re.Match]:
        """网红小玉以…, 被害人阿珍向…: a nickname after a role, which no surname opens; two characters
        that are a word of jieba's (小组, 小时) are none."""
        return [match for match in self.nickname.finditer(text) if self.words.tags.get(match.group("name")) is None]

    def dotted(self, text: str) -> list[Mention]:
        """美国参议员托德·杨, 约翰·门德斯法官: a transliterated name with its middle dot, from after
        the last title or boundary word before it to the word that ends its family name."""
        words = self.words
        titles = self.title_pattern
        found = []
        position = 0
        while _NAME_DOT.search(text) and (match := _DOT_PERSON.search(text, position)):
            # 美国参议员托德·杨: the name starts after the last title or boundary word
            whole, position = match.group(0), match.end()
            dot = _NAME_DOT.search(whole).start()  # 约翰·门德斯法官: a title after the name opens none
            begin = max((m.end() for m in self.before_name.finditer(whole) if m.end() <= dot), default=0)
            titled = begin > 0  # 母亲卡门·阿罗约: after a role, two place-like words (卡门, 阿罗约) still name a person
            parts = re.split(_SEPARATOR, whole[begin:], maxsplit=1)
            if len(parts) < 2 or not parts[0] or not parts[1]:
                continue  # the title took the given name: 主席-
            given, family = parts
            if given.endswith(self.outlet_end) or given.endswith(self.outlet_char) and not set(given) <= self.letters:
                continue
            # a given name has at most four characters, five where a title or the start of a
            # phrase shows where it begins (用户克里斯托弗·科尔斯, ，亚历山德拉·…; not 此案涉及安迪-)
            longest = 5 if begin or len(given) == 5 else 4
            begin += max(0, len(given) - longest)
            given = given[max(0, len(given) - longest):]
            marks = [i for i, char in enumerate(given[:-1]) if char in _BEFORE_NAME]
            if marks:  # 英国的艾伦·克里西亚克, 起诉了阿里安·亚德加尼亚: a possessive or an aspect mark ends what comes before
                begin, given = begin + marks[-1] + 1, given[marks[-1] + 1:]
            ended = max((i + 1 for i, char in enumerate(given[:-1]) if char in self.role_ends), default=0)
            begin, given = begin + ended, given[ended:]
            if len(given) >= 4 and words.common_noun(given[:2]) and not set(given[:2]) <= self.letters \
                    and sum(char not in self.letters for char in given[2:]) <= 1:
                begin, given = begin + 2, given[2:]  # 领袖埃隆·马斯克, 网红玛丽·史密斯: a role's noun glued to the given name
            while len(given) > 1 and given[0] in FUNCTION_CHARS:
                begin, given = begin + 1, given[1:]  # 就梅根·加西亚, 和琳妮娅·塞奇
            # 西尔弗曼和理查德·卡德雷: after a conjunction or a verb cut off, the given name starts
            # there (理查 is a verb of jieba's too, but no verb follows 和)
            opened = begin > 0 and whole[begin - 1] in FUNCTION_CHARS
            if len(given) > 2 and begin and not opened and words.tags.get(whole[begin - 1:begin + 1], "")[:1] == "v":
                begin, given, opened = begin + 1, given[1:], True  # 于2023年起诉安东尼·罗通多: 诉 ends the verb 起诉, not a given name
            glued = match.start() + begin > 0 and re.match(f"[{CJK}]", text[match.start() + begin - 1])
            if len(given) > 2 and not opened and words.tags.get(given[:2], "")[:1] in ("v", "p", "d", "c") and (glued or len(given) > 3):
                begin += 2  # 涉及安迪-沃霍尔: the name starts after the verb (not 、布赖恩·基恩: after a comma)
            finish = len(whole)
            for cut_at in range(1, len(family)):
                window = family[cut_at:cut_at + 2]
                common = len(window) == 2 and words.common_noun(window) and not words.kb.lookup(family)
                if common and cut_at > 1 and family[cut_at - 1] in FUNCTION_CHARS:
                    cut_at -= 1  # 艾西瓦娅·雷的人格权: the possessive before the noun ends the name
                if words.boundary_word.match(family, cut_at) or family.startswith(self.then_noun, cut_at) or (
                        titles.match(family, cut_at)) or common or (
                        len(window) == 2 and words.tags.get(window) in self.then_tags) or (
                        (cut_at >= 2 or family[0] in self.surnames) and (
                            family[cut_at] in FUNCTION_CHARS or family[cut_at] in self.then_preposition)):
                    # (亚历山大・王在致信中说: a one-character family name, a Chinese surname's, ends before 在, 的, 与)
                    # 纳德拉上周表示: the name ends before 上周; 莉娜·汗领导的: before a common noun
                    finish = len(whole) - len(family) + cut_at
                    position = match.start() + finish  # 玛丽·罗伊和乔治·史密斯: another name may start after the cut
                    break
            if finish == len(whole) and family.endswith("于") and len(family) > 1 and text[match.end():match.end() + 1].isdigit():
                finish -= 1  # 法官丽塔·林于2025年5月准许: 于 opens the date, it ends no family name
            # 一汽-大众青岛分公司: a company's suffix right after the cut (no mark or 的 between) ends a
            # company's name, no family name; 约翰·史密斯团队 (a person's team) stays a person
            tail = re.match(f"[{CJK}]{{0,4}}", text[match.start() + finish:]).group()
            tail = "" if tail[:1] in FUNCTION_CHARS or tail.startswith(self.then_noun) else tail
            if any((words.suffix_of(whole[begin:end]) or ("", ""))[1] in ("Organization", "Company")
                   for end in range(finish, begin + 2, -1)) or words.suffix_of(whole[begin:finish]) \
                    or any((found_suffix := words.suffix_of(whole[begin:finish] + tail[:k])) and found_suffix[1] == "Company"
                           and len(found_suffix[0]) >= k - 1 for k in range(1, len(tail) + 1)) \
                    or self.known_body(whole[begin:finish]):
                continue  # 安迪-沃霍尔基金会 (起诉…) is an organization
            if not titled and all((tag := words.tags.get(part)) is not None and not tag.startswith("nr")
                   for part in re.split(_SEPARATOR, whole[begin:finish])) or self.dashed_words(whole[begin:finish]):
                continue  # 公司·产业 (a page's section), 数据·智能: words, no name on either side of the dot; 使用-收益-处分
            known = words.kb.lookup(whole[begin:finish])  # 法官凯文·卡斯特尔: a known person, glued to the title
            found.append(self.mention(whole[begin:finish], "Person", match.start() + begin, match.start() + finish, 0.85,
                                      kb_id=known.id if known is not None else None))
        return found

    def known_body(self, name: str) -> bool:
        """Whether the knowledge base knows ``name`` as anything but a person (法官凯文·卡斯特尔:
        jieba glues the title to the given name, so the knowledge base's own family, which reads
        whole words, misses the known judge; the dotted name is that person all the same)."""
        entry = self.words.kb.lookup(name)
        return entry is not None and entry.type != "Person"

    def dashed_words(self, name: str) -> bool:
        """Whether a name joined by a hyphen, with no middle dot, has no part made of
        transliteration characters only (使用-收益-处分, 走出去智库-走出去智库官方账号: a dash
        between words; 安迪-沃霍尔, 让-保罗: a transliterated part)."""
        return not _NAME_DOT_ONLY.search(name) and not any(
            part and set(part) <= self.letters for part in re.split(r"\s?-", name))

    def glossed_names(self, text: str, found: list[Mention]) -> list[Mention]:
        """首席法务长古提瑞兹（Horacio Gutierrez）, 执行长宦孙至(Hoan Ton-That), 16岁的雷恩（Adam
        Raine）: the Chinese name a person-shaped Latin name in brackets glosses, from where a
        title, a role's last character (长, 官: context.tsv person_role_end) or a function word
        ends before it (two to four characters; five of transliteration), or from a mark.  Not a
        place or a body (圣克拉拉（Santa Clara）: a name the knowledge base knows, a Latin name
        ending in a company's or a body's word), nor a word of jieba's, nor a fictional character
        (黑武士(Darth Vader)等角色: context.tsv fictional_character)."""
        words = self.words
        out = []
        for match in self.glossed.finditer(text):
            run, run_start = match.group("run"), match.start("run")
            ends = [m.end() for m in self.before_name.finditer(run) if m.end() < len(run)]
            ends += [i + 1 for i, char in enumerate(run[:-1]) if char in self.role_ends or char in FUNCTION_CHARS]
            cut = max(ends, default=0)
            marked = not run_start or text[run_start - 1] in _LIST_MARKS  # 、詹姆斯布朗（James Brown）
            if len(run) - cut > 4 and 3 <= (letters := len(run) - len(run.rstrip(self.letter_run))) < len(run) - cut:
                if letters > 5:
                    continue  # 模仿克里斯托弗诺兰（Christopher Nolan）: too long to tell where the name begins
                cut = len(run) - letters  # 生成模仿查克贝瑞（Chuck Berry）: the transliteration after the verb
            if not cut and (len(run) > 4 and not (marked and len(run) == 5 and set(run) <= self.letters)
                            or run_start and text[run_start - 1].isalnum()):
                continue  # no title or mark shows where the name begins (6月19日获御准（Royal Assent）: a date's)
            name, start = run[cut:], run_start + cut
            if not 2 <= len(name) <= 5 or len(name) == 5 and not set(name) <= self.letters:
                continue
            latin = match.group("latin")
            if run[:cut].endswith(self.company_kinds):
                continue  # 芯片设计业者锐芯（Ruixin Micro）: a company its kind describes
            if self.characters_after.match(text, match.end()):
                continue  # 黑武士(Darth Vader)等角色: a film's character, no person
            known = words.kb.lookup(name)  # 强生（Kirk Wallace Johnson）: jieba's word, the person all the same
            # 作家巴兹（Andrea Bartz）, 司法部长邦迪（Pam Bondi）: a gloss the knowledge base knows as a person's
            # names a person, though jieba reads the run as a place's or a brand's word
            entry = words.kb.lookup(latin)
            person = entry is not None and entry.type == "Person"
            if inside_any(start, found) or self.known_unless_person(name, latin) or words.suffix_of(name) \
                    or words.tags.get(name) not in (None, "nr", "nrt", "nrfg") and known is None and not person \
                    or words.boundary_word.search(name) \
                    or entry is not None and not person \
                    or any(word in self.latin_body_words for word in re.split(r"[ \u00a0-]", latin)):
                continue
            # 强生（Kirk Wallace Johnson）: the person, over the known company
            out.append(self.mention(name, "Person", start, start + len(name), 0.96 if known is not None else 0.7))
        return out

    def handles(self, text: str) -> list[Mention]:
        """画师@云端漫步于3月发文, 博主@RedMatcha与…, 、@画画的小林: the handle a creator, a blogger or a
        user posts under, after the person's title or listed after another handle (the @ left
        out): a person, as the text names the person; not a known body's account (@人民日报)."""
        out = []
        for match in self.handle.finditer(text):
            name = match.group("name")
            if match.start() and text[match.start() - 1] == "@" \
                    or any(self.words.kb.lookup(name[:end]) for end in range(2, len(name) + 1)):
                continue  # @人民日报评论称: a known outlet's account
            out.append(self.mention(name, "Person", match.start("name"), match.end("name"), 0.7, "handle"))
        return out

    def quoted_handles(self, text: str, word_at: dict[int, str]) -> list[Mention]:
        """用户“小禾侃剧”发布, 画师之一的“雪鱼”介绍, 网友“治愈”指控: the name a user, a creator or a
        blogger goes by, in quotation marks right after the role (context.tsv handle_role: roles
        of people who post, no party's role: 原告“广撒网”式 quotes a phrase); a person, as the text
        names the person; not a known body, nor a name a suffix types, nor a quotation a noun follows."""
        out = []
        for match in self.quoted_handle.finditer(text):
            name = match.group("name")
            known = self.words.kb.lookup(name)
            after = word_at.get(match.end(), "")
            if known is not None and known.type != "Person" or self.words.suffix_of(name) \
                    or self.title_pattern.search(name) or self.words.boundary_word.search(name) \
                    or self.words.tags.get(after, "")[:1] == "n" and not self.words.tags.get(after, "").startswith("nr"):
                continue  # 用户“一键换脸”功能: the quotation names what the noun after it is
            out.append(self.mention(name, "Person", match.start("name"), match.end("name"), 0.65, "handle"))
        return out

    def known_unless_person(self, name: str, latin: str) -> bool:
        """Whether the knowledge base knows ``name``, unless as the name of a body its Latin gloss
        says is a person's (强生（Kirk Wallace Johnson）: a given name opens the gloss, which names
        no known body: the author Johnson, not Johnson & Johnson)."""
        entry = self.words.kb.lookup(name)
        return entry is not None and not self.person_gloss(entry, latin)

    def person_gloss(self, entry: KBEntry, latin: str) -> bool:
        """Whether a known body's name is glossed as a person's: a given name opening a Latin
        name that is no known body's."""
        glossed = self.words.kb.lookup(latin)
        return entry.type != "Person" and latin.split()[0] in self.given_names \
            and (glossed is None or glossed.type == "Person")

    def pseudonyms(self, text: str, found: list[Mention]) -> list[Mention]:
        """被告人王利（化名）, 林芳（化名）经常…: a surname and one or two characters the report
        marks as a made-up name for a real person: a person, wherever the text names it."""
        out = []
        for match in self.pseudonymous.finditer(text):
            name, start = match.group("name"), match.start("name")
            if inside_any(start, found) or "某" in name or self.words.kb.lookup(name) or self.words.suffix_of(name):
                continue
            out.append(self.mention(name, "Person", start, match.end("name"), 0.7))
        return out

    def titled_names(self, text: str, starts: set[int]) -> list[re.Match]:
        """Names after a title, starting a word (该委员会称: the title 委员 ends inside 委员会,
        no title): before a verb of saying or acting, or a surname and two characters that
        end a word (副部长吴朝晖率团出席: jieba cuts 吴|朝晖|率团)."""
        # 合伙人龚钰律师、: a surname-led name between two titles, before a mark
        named = [match for match in self.doubly_titled.finditer(text)
                 if match.start("name") in starts and match.end("name") in starts]
        taken = {match.start("name") for match in named}
        named += [match for match in self.titled_name.finditer(text) if match.start("name") in starts - taken]
        taken = {match.start("name") for match in named}
        return named + [match for match in self.titled_surname.finditer(text)
                        if match.start("name") in starts - taken
                        and (match.end() in starts or match.end() == len(text) or self.closed_after(text, match))
                        and match.group("name")[-1] not in _NOT_LAST and not self.goes_on(text, match)]

    def closed_after(self, text: str, match: re.Match) -> bool:
        """律师李怡贞因, 网红陈沂截图: a word of acting or saying, a time word or a preposition
        (or a verb of jieba's) right after a titled surname and two characters; the two are
        no word of jieba's but a person's (认为, 方向 are words)."""
        end, given = match.end("name"), match.group("name")[1:]
        if self.words.tags.get(given, "nr")[:2] not in ("nr", "nz"):
            return False
        return bool(self.name_closed.match(text, end)) or self.words.tags.get(text[end:end + 2], "")[:1] == "v"

    def listed_after(self, text: str, titled: list[re.Match]) -> list[re.Match]:
        """审判长周立新、林海燕, 委托诉讼代理人逯宁、沙钰琨和张广正: the names a title's name lists after
        it with 、和与及, each a surname and one or two characters before a mark or a verb; the shared
        checks in find keep words out."""
        listed = []
        for match in titled:
            at = match.end("name")
            while (following := self.list_next.match(text, at)) is not None:
                listed.append(following)
                at = following.end("name")
        return listed

    def goes_on(self, text: str, match: re.Match) -> bool:
        """第一夫人梅拉尼娅的: a run of transliteration characters that a surname opens goes on past
        the surname and two characters; no Chinese name ends there."""
        name, end = match.group("name"), match.end("name")
        return set(name) <= self.letters and end < len(text) and text[end] in self.letters

    def founders_and_office_holders(self, text: str) -> list[re.Match]:
        """由周亚辉创办, 由彭军与楼天城共同创办, ，彭军任首席执行官: a surname and one or two
        characters that found a company or take an office; the shared checks in find keep
        words (由政府创办) out."""
        listed = [founder for match in self.founders.finditer(text)
                  for founder in self.founder.finditer(text, match.start("names"), match.end("names"))]
        return listed + list(self.took_office.finditer(text))

    def counted_members(self, text: str, starts: set[int]) -> list[re.Match]:
        """张明、李芳等人, 黄捷、高嘉瑜等119名被害人: the surname-led names of a list (two or more
        items, 、和与及 between) that 等, a count and a word for persons close; the first item from
        where a word starts (变造合成黄捷: 黄捷).  The shared checks in find keep words out."""
        found = []
        for close in self.counted_close.finditer(text) if "等" in text else ():
            opened = max(text.rfind(mark, max(0, close.start() - 60), close.start()) for mark in "，,。；;：:\n（(“\"「 ") + 1
            items = list(re.finditer(r"[^、和与及]+", text[opened:close.start()]))
            if len(items) < 2:
                continue
            for index, item in enumerate(items):
                start, end = opened + item.start(), opened + item.end()
                if index == 0:  # the list's first item: its last two or three characters from a word's start
                    start = next((at for at in (end - 3, end - 2) if at >= start and text[at] in self.surnames
                                  and (at in starts or at == start or text[at - 1] in FUNCTION_CHARS)), end)  # 由张明远 (由张|明远)
                if 2 <= end - start <= 4 and text[start] in self.surnames:
                    found.append(self.list_member.match(text, start, end))
        return found

    def names_before_titles(self, text: str, starts: set[int]) -> list[re.Match]:
        """任嘉言律师指出, 主讲：孔若溪（资深顾问）: a name starting a word of jieba's where no
        CJK character (or a function word's: 由任嘉言律师) stands glued before it."""
        return [match for match in self.name_before_title.finditer(text)
                if match.start() in starts and (match.start() == 0 or not re.match(f"[{CJK}]", text[match.start() - 1])
                                                or text[match.start() - 1] in FUNCTION_CHARS)]

    def adverb_or_aspect(self, name: str) -> bool:
        """用户真去起诉, 用户较了真: after a title an adverb (真, 还, 也: jieba's d) that is no
        surname opens a clause, and an aspect mark (了, 着) sits inside a verb phrase: no name."""
        return bool(_ASPECT & set(name)) or (
            name[0] not in self.surnames and self.words.tags.get(name[0], "")[:1] == "d")

    def opens_with_word(self, name: str) -> bool:
        """用户数据用于, 插画师维权案, 用户查询时: a three-character run whose first two are a
        common word of jieba's (a noun, verb, adverb: 数据, 查询, 不应) is no surname and given
        name; a person's name (高明), a place word (城内实) may be."""
        tag = self.words.tags.get(name[:2], "")
        return tag[:1] in ("n", "v", "d", "c", "p", "a") and tag[:2] not in ("nr", "ns", "nz", "nt")

    def honorific_names(self, text: str, found: list[Mention]) -> list[Mention]:
        """前总裁丹斯里莫妮卡发布, 议员拿督阿兹米哈山提问, 拿汀李美玲的: a Malaysian honorific and the
        two to six characters after it, up to a function character, a mark, a title, a verb of
        saying or acting (or any verb of jieba's of two characters): the person, the honorific in
        the name as the press writes it.  Not where the name runs on past six characters (no end
        seen), nor a known body's or a suffix's name."""
        out = []
        for match in self.honorific.finditer(text) if "拿" in text or "丹" in text else ():
            end = match.end()
            while end < len(text) and end - match.end() < 7 and re.match(f"[{CJK}]", text[end]) \
                    and text[end] not in FUNCTION_CHARS and not self.title_pattern.match(text, end) \
                    and not self.name_closed.match(text, end) and self.words.tags.get(text[end:end + 2], "")[:1] != "v":
                end += 1
            name = text[match.start():end]
            if not 2 <= end - match.end() <= 6 or inside_any(match.start(), found) \
                    or self.words.kb.lookup(name) or self.words.suffix_of(name):
                continue
            out.append(self.mention(name, "Person", match.start(), end, 0.8, "honorific"))
        return out

    def titled_transliterations(self, text: str, starts: set[int], found: list[Mention]) -> list[Mention]:
        """部长马约卡斯担任主席: a run of transliteration characters between an office and a
        verb, starting a word, that is no word or name jieba or the knowledge base knows."""
        words = self.words
        out = []
        for match in self.transliterated.finditer(text):
            name, start = match.group("name"), match.start("name")
            if start not in starts or inside_any(start, found) or words.kb.lookup(name) \
                    or words.tags.get(name) not in (None, "nr", "nrt", "nrfg") or words.boundary_word.search(name):
                continue
            out.append(self.mention(name, "Person", start, match.end("name"), 0.6))
        return out
