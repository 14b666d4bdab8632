"""No junk at a name's edges: a candidate never starts or ends with a verb, an adverb, a
time word, a role or a web page's word (这是卓汇科技公司, 被上诉人卓汇科技公司, 已由…,
…曾, …后, …官网); it is cut to the name between them, or dropped when nothing of two
characters is left.  A kind of body opening a candidate (机构远帆研究院) and a name with a
copula before another (青石科技有限公司系蓝湾集团) are cut to the name after them, where
that is a name of a suffix (data/lexicon/suffixes.tsv) and no description.  One filter over every family's candidates except the knowledge
base's and 《titles》, which are exact; a Chinese description of a kind of company before a
Latin name is cut off it (香港公司Joy Timeline HK Limited -> Joy Timeline HK Limited), and so are a
place and a kind of company around one (荷兰Prosus集团 -> Prosus); a model's kind before a
name or its line after it (模型星澜·通明, 星澜·通明系列 -> 星澜·通明) is cut and leaves a model.
A file's name (zhs-acme-sues-beacon.txt: the title of a document without a headline) names
nothing, whichever family took it; nor does a count of a kind (各大互联网公司, 多家实体公司).
A Latin candidate running over its sentence's full stop into a word that opens the next sentence
(the SEC's Division of Examinations. In the order…, Mobley v. Workday.1 In this case…) is cut
at the stop, unless the word before it is an abbreviation (Acme Inc. The suit…; data/lexicon/sentences.tsv).
Its lexicon is data/lexicon/name_edges.tsv."""
from __future__ import annotations

import re
from dataclasses import replace

from ..alternation import alternatives
from ..model import Mention
from .words import Words

EXACT = frozenset({"kb", "title"})  # families whose spans are the name itself
# families whose names stand alone in a page's furniture (a masthead, a rights notice): a first character
# there is the name's own (都會晨訊, ©都會晨訊傳媒有限公司), no adverb of a sentence before it
FURNITURE = frozenset({"source", "copyright", "publisher"})
# families whose persons a credit line's marks bound (编译：叶亭均／综合外电): a last character that
# ends no other name (均, 曾) is the person's own
BOUNDED_PERSONS = frozenset({"credit"})


class Edges:
    def __init__(self, words: Words) -> None:
        rows = words.kb.name_edges
        starts = [w for row in rows if row[0] == "start" for w in row[2]]
        ends = [w for row in rows if row[0] == "end" for w in row[2]]
        self.inner_start = re.compile(alternatives(w for w in starts if len(w) > 1))
        self.first_characters = frozenset(w for w in starts if len(w) == 1)
        self.end = re.compile("(?:" + alternatives(ends) + ")$")
        self.words = words
        # 母公司蓝湾集团 is cut by the start words; 研究院远帆研究院: a kind of body before a name
        self.kind_before = re.compile("(?:" + alternatives(w for row in rows if row[0] == "kind_before" for w in row[2]) + ")")
        # 青石科技有限公司现为蓝湾集团: a copula right after a name's suffix word
        self.copula = re.compile(alternatives(w for row in rows if row[0] == "copula_after" for w in row[2]))
        # 香港公司Joy Timeline HK Limited: a Chinese description of its kind before a Latin name
        kinds = [w for row in rows if row[0] == "latin_after" for w in row[2]]
        self.described_latin = re.compile(rf"^[\u4e00-\u9fff]{{0,10}}?(?:{alternatives(kinds)})(?=\s?[A-Z])") if kinds else None
        # 模型星澜·通明, 星澜·通明千亿: a model's kind or line glued to its name
        self.model_before = re.compile(alternatives(w for row in rows if row[0] == "model_before" for w in row[2]))
        self.model_after = re.compile("(?:" + alternatives(w for row in rows if row[0] == "model_after" for w in row[2]) + ")$")
        # 荷兰Prosus集团: a place before a Latin name and a kind of company after it describe it
        companies = alternatives(w for row in rows if row[0] == "latin_between" for w in row[2])
        self.latin_between = re.compile(rf"(?P<latin>[A-Z][A-Za-z0-9.&' -]*?[A-Za-z0-9])\s?(?:{companies})")
        # 2025-openai-ruling.txt: a file's name, no one's
        extensions = [w for row in rows if row[0] == "file_suffix" for w in row[2]]
        # 各大互联网公司, 多家实体公司: a count of a kind, a group the text does not name
        self.counted = re.compile(alternatives(w for row in rows if row[0] == "quantifier" for w in row[2]))
        self.file_name = re.compile(rf"[^\s/\\]+(?:{alternatives(extensions)})", re.IGNORECASE) if extensions else None
        # Gemini. These chatbots…, Workday.1 In this case…: a full stop (and a footnote's number) after a
        # lower-case letter, then a word that opens a sentence
        sentence_words = words.kb.sentence_words
        self.abbreviations = frozenset(sentence_words.get("abbreviation", ())) | frozenset(sentence_words.get("name_end", ()))
        openers = sentence_words.get("sentence_start", ())
        self.sentence_run = re.compile(rf"(?<=[a-z])\.\d{{0,3}}\s+(?:{alternatives(openers)})(?![\w-])") if openers else None

    def trim(self, mention: Mention) -> Mention | None:
        """The mention without junk at its edges; None when no name is left."""
        if self.file_name is not None and self.file_name.fullmatch(mention.text):
            return None  # zhs-acme-sues-beacon.txt, a headline-less document's title: a file, no name
        if mention.mechanism.partition("/")[0] in EXACT \
                or mention.type == "Person" and mention.mechanism.partition("/")[0] in BOUNDED_PERSONS:
            return mention
        text = self.sentence_end(mention.text)
        # the name begins after the last start word: 草案原由国家… -> 国家…
        cut = max((found.end() for found in self.inner_start.finditer(text) if found.end() < len(text)), default=0)
        text, start = text[cut:], mention.start + cut
        cut = self.named_after(text)
        text, start = text[cut:], start + cut
        if self.described_latin is not None and (described := self.described_latin.match(text)):
            text, start = text[described.end():], start + described.end()
        text, start = self.latin_within(text, start)
        text, start, type_ = self.model_within(text, start, mention.type)
        while len(text) > 2 and text[0] in self.first_characters and mention.type != "Person" \
                and mention.mechanism.partition("/")[0] not in FURNITURE:
            text, start = text[1:], start + 1
        if self.counted.match(text):
            return None  # 这三大协会, 各大互联网公司: a count of a kind names no one
        while (end := self.end.search(text)) is not None and end.start() >= 2:
            text = text[:end.start()]
            # 云岭智能研究院地处: the suffix that typed it (处, an office) was the verb's
            if mention.mechanism.startswith("suffix") and (suffix := self.words.suffix_of(text.strip())) is not None:
                type_ = suffix[1]
        stripped = text.strip()
        start += len(text) - len(text.lstrip())
        if len(stripped) < 2 and not (stripped.isascii() and stripped.isupper() and (
                mention.mechanism.startswith("english/") or mention.mechanism == "latin/letter")):
            return None  # one character names nothing, but the English rules' X (the platform, sued X) is a name, and 平台X
        if stripped == mention.text:
            return mention
        return replace(mention, text=stripped, type=type_, start=start, end=start + len(stripped))

    def sentence_end(self, text: str) -> str:
        """The candidate up to the full stop ending its sentence, where it runs on into the next
        sentence's opening word (Division of Examinations. In -> Division of Examinations); the
        stop of an abbreviation (Acme Inc. The, Jan. In) ends no sentence."""
        if self.sentence_run is None:
            return text
        for found in self.sentence_run.finditer(text):
            word = text[:found.start()].rsplit(None, 1)[-1].lstrip("(“\"‘'")
            if word not in self.abbreviations and len(word) > 1:
                return text[:found.start()]
        return text

    def latin_within(self, text: str, start: int) -> tuple[str, int]:
        """The Latin name of a candidate a place opens and a kind of company closes
        (荷兰Prosus集团 -> Prosus: the place is its seat, the kind describes it), with its start."""
        place = self.words.kb.place_prefix(text)
        latin = place and self.latin_between.fullmatch(text, len(place[0]))
        if not latin:
            return text, start
        return latin.group("latin"), start + latin.start("latin")

    def model_within(self, text: str, start: int, type_: str) -> tuple[str, int, str]:
        """A model's name without the kind word before it or the line word after it
        (大模型星澜·通明, 星澜·通明系列 -> 星澜·通明), typed a model, with its start; a person's
        or a model's candidate only (产品安全联盟 is an organisation's name)."""
        if type_ not in ("Person", "AIModel"):
            return text, start, type_
        cut = type_
        if (kind := self.model_before.match(text)) is not None and len(text) - kind.end() >= 2:
            text, start, cut = text[kind.end():], start + kind.end(), "AIModel"
        if (line := self.model_after.search(text)) is not None and line.start() >= 2:
            text, cut = text[:line.start()], "AIModel"
        return text, start, cut

    def named_after(self, text: str) -> int:
        """Where the name starts in a candidate that a kind of body opens (研究院远帆研究院)
        or that holds a name and a copula before another name (青石科技有限公司系蓝湾集团,
        …现为蓝湾集团): right after the kind word or the copula, when what is left is a
        name of a suffix and no description (机构数据保护委员会 stays: 数据保护委员会 describes);
        else 0 (计算机系人工智能实验室: 计算机 ends in no suffix, so 系 is no copula)."""
        cuts = [found.end() for found in self.copula.finditer(text, 1)
                if self.words.suffix_of(text[:found.start()]) is not None]
        if (kind := self.kind_before.match(text)) is not None:
            cuts.append(kind.end())
        return next((cut for cut in sorted(cuts, reverse=True) if self.named(text[cut:])), 0)

    def named(self, text: str) -> bool:
        """Whether ``text`` is a name by its suffix: its suffix with a proper prefix of its own."""
        match = self.words.suffix_of(text)
        return match is not None and len(text) - len(match[0]) >= max(2, match[2]) \
            and not self.words.generic(text, match[0])
