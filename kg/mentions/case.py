"""Cases the text names as such: a case number (（2024）京 73 行初 6353 号, 3:23-cv-03223)
or a caption ending in 案 (Getty Images 诉 Stability AI 案, 奥特曼 V. 触手 AI 案); an English
caption before 一案 is named without it (在Kohls v. Ellison一案中: Kohls v. Ellison), and so is a
Chinese one (在甲公司诉乙公司一案中: 甲公司诉乙公司; 一 counts the case, it names none).

``case/caption``: inside Chinese text a Latin caption stands whole between Chinese characters
or marks, commas and all (案件名称：Baron App, Inc. v. OpenAI, Inc.; 审理此案（Roe, Inc. v.
Doe Labs）的法官; 案件：Acme v Zorbi; In the Matter of Zorbi, LLC; In re Zorbi Litigation): the
whole run of Latin words is the case's name when it holds one link (v., v, vs.) or opens with
In the Matter of / In re, and its words are capitalised but for a caption's small ones."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..cases import CASE_LINK, LATIN_CASE_LINK, case_sides
from ..model import Mention
from .base import Family, Tokens, register
from .carrier import carrier_name
from .words import CJK, Words

_CASE_NUMBER = re.compile(rf"[（(]\s*\d{{4}}\s*[）)]\s*[{CJK}]{{1,3}}\s*\d{{0,4}}\s*[{CJK}]{{1,5}}\s*\d{{1,6}}\s*号"
                          r"|\b\d{1,2}:\d{2}-[a-z]{2}-\d{3,6}(?:-[A-Z]{2,4})?\b"
                          # the EU courts' numbers: Case C-252/21, Case T-553/23, Case C-413/23 P (an appeal)
                          r"|\bCase\s*[CT][-‑]\d{1,4}/\d{2}(?:\s+P\b)?(?![/\d])")
# A 诉 B 案, Getty Images 诉 Stability AI 案, A v. B: names of characters that no verb or
# preposition interrupts (Latin words may be separated by single spaces), nor a field's mark (案名｜A诉B案)
_CASE_PART = r"(?:[^\s，。、；;：:｜|（）()“”\"「」『』的在于对向被将为是如就由据]|(?<=[A-Za-z.]) (?=[A-Za-z]))"
_CASE_NAME = re.compile(rf"(?P<case>(?![和与及]){_CASE_PART}{_CASE_PART}{{1,25}}?\s*{CASE_LINK}\s*{_CASE_PART}{{1,25}}?\s*案)")
# Kohls v. Ellison一案: a caption in Latin letters linked by v./vs., before 案
_LATIN_CAPTION = re.compile(rf"(?P<caption>[A-Za-z][A-Za-z0-9.,&'’ -]*?\s{LATIN_CASE_LINK}\s+[A-Za-z][A-Za-z0-9.,&'’ -]*?)\s*一?案$")
_HAS_CASE_LINK = re.compile(CASE_LINK)  # a cheap test first: most texts have no case name
# a run of Latin words on a line, bounded by whatever is not Latin (Chinese, full-width marks)
_LATIN_RUN = re.compile(r"(?:In re:\s*)?[A-Za-z][A-Za-z0-9.,&'’ -]*[A-Za-z0-9.]")  # In re: OpenAI, Inc. … Litigation
_CAPTION_LINK = re.compile(r"\s(?:v\.?|vs\.?|V\.|VS\.?)\s")
_CAPTION_OPENING = re.compile(r"(?:In the Matter of|In re:?)\s+(?=[A-Za-z])")
# the small words of a caption (Comptroller-General of Patents, In the Matter of accessiBe)
_CAPTION_SMALL_WORDS = frozenset("of the and for de du la le in re re: ex rel. v v. vs vs. & on to at".split())
_LEGAL_FORM_DOT = re.compile(r"(?:Inc|Ltd|Corp|Co|Cos|Bros|Jr|L\.L\.C|N\.A|S\.A|P\.C|Dept)\.$")
_CHINESE = re.compile(f"[{CJK}]")
_SIDE_TYPES = frozenset({"Company", "Organization"})  # a side a case name types by its last word (…科技, …公司)


def _number_alone(number: str) -> tuple[str, ...]:
    """An EU court's case named by its word and number is also named by the number alone
    (Case C-634/21: C-634/21)."""
    return (re.sub(r"^Case\s*", "", number),) if number.startswith("Case") else ()


@register
class Cases(Family):
    def __init__(self, words: Words) -> None:
        # a court's act told before a caption (北京知识产权法院受理了腾讯诉抖音案): the caption opens after it
        self.case_opener = re.compile(rf".*(?:{alternatives(words.context['caption_preceding'])})")
        no_case = alternatives(words.context["case_noun_after"])  # 案例, 案由, 案情, 案卷: a noun, no case
        self.class_before = tuple(words.context["case_class_before"])
        # “春风图”案, 「奧特曼」案件, “春风送来了温柔”一案: a case named by its nickname in quotation marks
        # right before 案 (case/nickname); no caption inside (A诉B案 is case/name's: CASE_LINK; “诉讼狂人”案
        # holds none), no mark of a sentence, no noun 案 opens (案例, 案由: context.tsv case_noun_after)
        self.nickname = re.compile(rf"(?P<case>[“「『](?P<nickname>(?:(?!{CASE_LINK})[^“”「」『』\"\n，。、；：,;:]){{1,16}})[”」』]"
                                   rf"(?:一案|案件|案)(?!件|{no_case}))")
        # “AI声音侵权案”, “AI种草案”“AI换脸案”: a quoted nickname that ends in 案 itself, no bill or plan (case_word_not)
        self.named_nickname = re.compile(rf"[“「『](?P<nickname>(?:(?!{CASE_LINK})[^“”「」『』\"\n，。、；：,;:]){{1,15}}案)[”」』]")
        self.not_case = tuple(words.context["case_word_not"])

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = [self.mention(m.group(0), "Case", m.start(), m.end(), 0.85, aliases=_number_alone(m.group(0)))
                 for m in _CASE_NUMBER.finditer(text)]
        if "案" in text and _HAS_CASE_LINK.search(text):
            for match in _CASE_NAME.finditer(text):
                start, end = match.span("case")
                opener = self.case_opener.match(text, start, end - 4)
                if opener:  # 法院受理了A诉B案: the caption is A诉B案, the court and its act are not
                    start = opener.end()
                    if not _CASE_NAME.fullmatch(text, start, end):
                        continue
                    match = _CASE_NAME.fullmatch(text, start, end)
                latin = _LATIN_CAPTION.match(match.group("case"))
                if latin:  # 在Kohls v. Ellison一案中: an English caption is named without 案 (its alias)
                    found.append(self.mention(latin.group("caption"), "Case", start, start + latin.end("caption"), 0.7,
                                              aliases=(match.group("case"),)))
                elif match.group("case").endswith("一案") and len(match.group("case")) > 6:
                    found.append(self.mention(match.group("case")[:-2].rstrip(), "Case", start,
                                              start + len(match.group("case")[:-2].rstrip()), 0.7,
                                              aliases=(match.group("case"),)))
                else:
                    found.append(self.mention(match.group("case"), "Case", start, end, 0.7))
        if " v" in text or " V" in text or "In " in text:
            found += self.captions(text)
        return found + self.nicknames(text)

    def nicknames(self, text: str) -> list[Mention]:
        """``case/nickname``: a case the text calls by a nickname in quotation marks right before
        案 (在“春风图”案中, 「奧特曼」案件, “春风送来了温柔”一案: the quoted nickname and 案 name
        it).  A class of cases is none: a classifier or a quantity before the quotation (此类“AI换脸”
        案件, 多起, 等, 类似的; context.tsv case_class_before)."""
        if "案" not in text:
            return []
        found = []
        for match in self.nickname.finditer(text):
            if text.endswith(self.class_before, 0, match.start()):
                continue
            # “AI文生图案”案: a nickname that is a case's name already is the name, the quotation marks and all
            end = match.end("nickname") + 1 if match.group("nickname").endswith("案") else match.end()
            found.append(self.mention(text[match.start():end], "Case", match.start(), end, 0.7, "nickname"))
        return found + self.named_nicknames(text, found)

    def named_nicknames(self, text: str, found: list[Mention]) -> list[Mention]:
        """A quoted name that ends in 案 itself (全国首例“AI声音侵权案”, “AI种草案”“AI换脸案”等新类型案件,
        “S案”): the case, without its quotation marks, where no word of a bill, a plan or a
        police record ends it (“AI法案”, “行动方案”, “涉案”: context.tsv case_word_not) and no
        classifier or quantity counts it as a class (此类“X案”)."""
        out = []
        for match in self.named_nickname.finditer(text):
            start, end = match.span("nickname")
            if match.group("nickname").endswith(self.not_case) or text.endswith(self.class_before, 0, match.start()) \
                    or any(m.start <= match.start() and end < m.end for m in found):
                continue
            out.append(self.mention(match.group("nickname"), "Case", start, end, 0.7, "nickname"))
        return out

    def captions(self, text: str) -> list[Mention]:
        """Latin captions standing whole inside Chinese text (``case/caption``)."""
        found = []
        for run in _LATIN_RUN.finditer(text):
            caption = run.group().rstrip(",;")
            if not caption.endswith("..") and caption.endswith(".") and not _LEGAL_FORM_DOT.search(caption):
                caption = caption[:-1]
            line_start = text.rfind("\n", 0, run.start()) + 1
            line_end = text.find("\n", run.end())
            if not _CHINESE.search(text, line_start, len(text) if line_end < 0 else line_end):
                continue  # an English line: kg.mentions.english reads its captions
            links = _CAPTION_LINK.findall(caption)
            opening = _CAPTION_OPENING.match(caption)
            if len(links) + bool(opening) != 1 or not _captioned_words(caption):
                continue
            sides = _CAPTION_LINK.split(caption) if links else [caption[opening.end():]]
            if not all(re.search("[A-Z]", side) for side in sides):
                continue
            found.append(self.mention(caption, "Case", run.start(), run.start() + len(caption), 0.85, "caption"))
        return found


def _captioned_words(caption: str) -> bool:
    """Whether every word of a Latin run is a caption's: capitalised, a number, a small word of
    a caption, or a name with a capital inside (iyO, eSafety); a sentence's words are not."""
    words = caption.replace(",", " ").split()
    return 2 <= len(words) <= 14 and all(
        word[0].isupper() or word[0].isdigit() or word in _CAPTION_SMALL_WORDS or any(c.isupper() for c in word[1:])
        for word in words)


def typed_sides(case: Mention, words: Words) -> list[Mention]:
    """法院就星岚科技诉云图公司侵害著作权纠纷一案作出判决: a Chinese case name swallows its parties;
    each side a body's last word types (data/lexicon/suffixes.tsv: …科技, …公司, at least its
    min_prefix characters, and two, before it) is a name of its own at its place in the case, so
    that who sued whom and whom the court adjudicated are read (``case/side``; kg.mentions.parties
    adds them to the chosen mentions, the Case keeping its name); so is an airline its country
    names (埃及航空).  A side no such word ends
    (李某, 甲公司) or left unnamed (杭州某网络公司) is left alone."""
    if not _CHINESE.search(case.text):
        named = None
    else:
        named = case_sides(case.text)
    out: list[Mention] = []
    searched = 0
    for name in (name for side in named or () for name in _unsplit(case.text, side, words)):
        offset = case.text.find(name, searched)
        type_ = _side_type(name, words)
        if offset < 0 or type_ is None or any(mark in name for mark in words.context["anonymous"]):
            continue  # (杭州某网络公司: a party the text leaves unnamed, context.tsv anonymous)
        searched = offset + len(name)
        out.append(Mention(name, type_, case.start + offset, case.start + searched, mechanism="case/side",
                           confidence=0.6))
    return out


def _unsplit(caption: str, side: tuple[str, ...], words: Words) -> tuple[str, ...]:
    """A side's names, or the one name the split cut at a character that also joins names
    (沙波诉埃及航空案: 埃及航空, not 埃 and 航空), where that whole name is an airline's; two
    typed names joined stay two (云帆公司及白鹭公司)."""
    first = caption.find(side[0]) if side else -1
    last = caption.find(side[-1], first) if first >= 0 else -1
    if len(side) < 2 or last < 0:
        return side
    whole = caption[first:last + len(side[-1])]
    return (whole,) if carrier_name(whole, words) else side


def _side_type(name: str, words: Words) -> str | None:
    """A side's type: an airline its country names (埃及航空), or one its last word types (…科技,
    …公司: at least its min_prefix characters, and two, before it); None for any other side (李某,
    甲公司; a known name, 腾讯, is left to the suit rules: a side named twice splits a suit)."""
    if carrier_name(name, words):
        return "Company"  # 沙波诉埃及航空案: an airline its country names (kg.mentions.carrier)
    typed = words.suffix_of(name)
    if typed is None or typed[1] not in _SIDE_TYPES or len(name) - len(typed[0]) < max(typed[2], 2):
        return None
    return typed[1]
