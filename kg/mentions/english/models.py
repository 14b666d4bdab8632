"""English names of AI models and products: a name before or after a model word, an owner's
product, products listed after their kind."""
from __future__ import annotations

import re

from ...alternation import alternatives
from ...kb import KnowledgeBase
from ...lookahead import cued
from ...model import Mention, inside_any, overlaps_any
from .shared import Rule, _VERSION_WORD


class Models(Rule):
    name = "model"
    sees = "candidates"

    def setup(self, kb: KnowledgeBase, words: dict[str, tuple[str, ...]]) -> None:
        models = alternatives(words["model_word"])
        # a full stop inside a name (Pony.ai, v2.5), not the one ending its sentence (a tool called Flow.)
        model_name = r"[A-Z](?:[\w-]|\.(?=\w))*(?:[ \t]+(?:[A-Z](?:[\w-]|\.(?=\w))*|\d(?:\w|\.(?=\w))*)){0,2}"
        self.apposed_model = cued(
            rf"(?<![\w.&'’-])(?P<name>{model_name})(?:,?[ \t]+and[ \t]+(?P<second>{model_name}))?,[ \t]+(?:(?:an?|its|their)[ \t]+)?"
            # the MyCity Chatbot, an AI assistant; Nimbus, its new humanoid robot: "AI" may describe the kind too
            rf"(?P<filler>(?:(?:[a-z][\w-]*|AI|[A-Z][a-z]+(?=[ \t]+[a-z]))[ \t]+){{0,4}}?)(?:{alternatives(words['apposed_model_word'])})\b(?![ \t]+(?:maker|makers|developer|company|firm|start-?up))")
        self.model_fillers = frozenset(words["kind_noun"]) | self.shared.description_stops
        # its R1 reasoning model, its xGen family of AI models (a camel-cased name opens in lower case)
        # (the startup's Comet browser, its Buy for Me feature: any owner, a small word inside)
        # (his Creativity Machine, ElevenLabs' Flash v2.5 voice model: any owner, a version's word inside)
        self.model_name = cued(rf"(?:\b(?P<article>its|their|his|her|our|the|a|an|new|latest)|[A-Za-z][\w.-]*(?:['’]s|s['’]))\s+"
                                     rf"(?P<name>(?:[A-Z]|[a-z]{{1,5}}(?=[A-Z]))[\w.-]*(?:\s+(?:(?:for|to|of|with)\s+)?(?:[A-Z0-9][\w.-]*|v\d[\w.]*)){{0,2}})"
                                     rf"\s+(?P<filler>family\s+of\s+(?:[\w-]+\s+)?|(?:[a-z][\w-]*\s+){{0,2}}?)(?:{models})\b")
        # shopping tools, Rufus and Buy for Me; agents such as Operator and Mariner: products listed after their kind
        product = r"[A-Z][\w.-]*(?:[ \t]+(?:(?:for|to|of|with)[ \t]+)?[A-Z0-9][\w.-]*){0,2}"
        self.model_list = re.compile(
            rf"\b(?:{alternatives(words['model_plural'])})(?:,|[ \t]+such[ \t]+as|[ \t]+including|[ \t]+called|[ \t]+named)[ \t]+"
            rf"(?P<list>{product}(?:,[ \t]+{product})*,?[ \t]+(?:and|or)[ \t]+{product})(?=[.,;:)]|[ \t]+[a-z]|[ \t]*$)", re.M)
        # a product called AI Revenue Management: the name a model word is given
        self.model_called = cued(rf"\b(?:{models})[ \t]+(?:called|named|dubbed|known[ \t]+as|branded)[ \t]+"
                                       rf"(?P<name>{model_name})(?![\w-])")
        # its first product, Tinker, arrived; its own AI translation tool, SUVAS,; its self-driving system, the
        # Aurora Driver,: the name in commas after a model word, up to two words describing the model before it;
        # an owner's too, and the name may end its sentence (Vexor's voice platform, Quilla.) and close with a
        # product's mark (its AI service, Harbor Desk Routing AI,)
        marks = alternatives(words["product_mark"])
        self.model_before = cued(rf"(?:\b(?i:its|their|the|a|an)|[A-Za-z][\w.-]*(?:['’]s|s['’]))\s+"
                                       rf"(?:(?:first|new|latest|own|flagship|next|proprietary)\s+)?"
                                       rf"(?:[\w-]+[ \t]+){{0,2}}?(?:{models}),[ \t]+(?:the[ \t]+)?"
                                       rf"(?P<name>{model_name}(?:[ \t]+(?:{marks}))?)(?:,|\.(?=\s|$))")
        # Zoom's AI Companion, Google's Cloud Contact Center AI, its AI DJ: after an owner, a capitalised name
        # holding a word only a product's name holds (english.tsv product_mark: AI, GPT, Chatbot)
        self.owned_model = cued(rf"(?:\b(?i:its|their)|[A-Za-z][\w.-]*(?:['’]s|s['’]))[ \t]+(?:(?:new|own|pilot|flagship|latest)[ \t]+)?"
                                      rf"(?P<name>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){{0,3}})(?=[ \t]*[,.;:)]|[ \t]*$|[ \t]+(?:and|or|in|on|for|to|with|is|was|has|had|will|can|as|from|by)\b)")
        # a chatbot called “Sky.”, a service called “Clearview for law-enforcement”, the ‘Reface’ app: a name in
        # quotes a model word gives or stands before; the quotes bound it, so small words may stand inside it
        quoted = r"[“\"‘'](?P<name>[A-Z][^“”\"‘’'\n]{0,58}?)[,.]?[”\"’']"
        # (and after a release cue, triggers.tsv released: YouTube launched “Dream Track,”)
        released = alternatives(cue for cue in kb.triggers["released"] if cue.isascii())
        self.quoted_called = cued(rf"\b(?:(?:{models})[ \t]+(?:called|named|dubbed|known[ \t]+as|branded)|(?:{released}))"
                                  rf"[ \t]+(?:the[ \t]+)?{quoted}")
        self.quoted_before = cued(rf"(?:\b(?i:its|their|the|a|an|new)|[A-Za-z][\w.-]*(?:['’]s|s['’]))[ \t]+{quoted}"
                                  rf"[ \t]+(?:{models})\b")
        self.not_product = frozenset(words["not_product"])  # Meta's AI Research Lab, OpenAI's AI Safety team
        self.product_mark = re.compile(rf"(?<![\w-])(?:{marks})(?![\w-])")

    def find(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """its R1 reasoning model, the Le Chat assistant, its xGen family of models: an unknown
        name before a model word; its first product, Tinker,: after one, between commas."""
        found = []
        for match in self.model_name.finditer(text):
            name = match.group("name")
            if match.group("article") in ("a", "an") and match.group("filler").strip() and " " not in name:
                continue  # an Arabic large language model, a French voice assistant: a word describing the model, no name
            if name.split()[0] in self.shared.nationalities and all(w in self.name_stops or w in self.shared.nationalities
                                                                     for w in name.split()[1:]):
                continue  # the Chinese AI assistant: its country's adjective and "AI" describe the model, no name
            if name.split()[0] in self.name_stops or self.kb.lookup(name) is not None or self.body_named(name) or \
                    self.known_and_ai(name) or \
                    inside_any(match.start("name"), (m for m in candidates if m.type != "AIModel")) or \
                    " " in name and name.split()[-1] in self.shared.outlet_words:
                continue  # the Harbor Radio app, the Lakeside Times app: an outlet's own app, no model named
            found.append(self.mention(name, "AIModel", match.start("name"), match.end("name"), 0.7, "model"))
        for match in self.model_before.finditer(text):
            name = match.group("name")
            if name.split()[0] not in self.name_stops and self.kb.lookup(name) is None and not self.body_named(name) and \
                    not self.known_and_ai(name) and not overlaps_any(match.start("name"), match.end("name"), (
                        m for m in candidates if not self.typed_inside(m, *match.span("name")))):
                found.append(self.mention(name, "AIModel", match.start("name"), match.end("name"), 0.7, "model"))
        for match in self.owned_model.finditer(text):  # Zoom's AI Companion, its AI DJ
            name, (start, end) = match.group("name"), match.span("name")
            words = name.split()
            if len(words) < 2 or not self.product_mark.search(name) or any(w in self.not_product for w in words) or \
                    words[0] in self.name_stops and not self.product_mark.fullmatch(words[0]) or \
                    self.kb.lookup(name) is not None or self.shared.suffix_of(words[-1]) or \
                    overlaps_any(start, end, (m for m in (*candidates, *found) if m.type != "AIModel")):
                continue  # Meta's AI Research Lab, the EU's AI Act: a unit's or a law's name, no product
            found.append(self.mention(name, "AIModel", start, end, 0.65, "model"))
        for match in self.model_list.finditer(text):  # its shopping tools, Rufus and Buy for Me
            position, items = match.start("list"), []
            for part in re.split(r"(,?[ \t]+(?:and|or)[ \t]+|,[ \t]+)", match.group("list")):
                if part.strip() and not re.fullmatch(r",?[ \t]+(?:and|or)[ \t]+|,[ \t]+", part):
                    items.append((position, position + len(part) - self.shared.sentence_stop(part.split()[-1])))  # …Buy for Me.
                position += len(part)
            if items and text[items[-1][1] - 1] == "." and re.match(r"[ \t]*(?:\n|$)", text[items[-1][1]:]):
                items[-1] = (items[-1][0], items[-1][1] - 1)  # …HyperCLOVA and HyperCLOVA X.: the line's full stop, no initial's
            known = [self.kb.lookup(text[start:end]) for start, end in items]
            if any(entry is not None and entry.type != "AIModel" for entry in known) or self.title_cased(text, match.start()):
                continue  # platforms such as YouTube, Instagram and X: companies
            for (start, end), entry in zip(items, known):
                if entry is None and text[start:end].split()[0] not in self.name_stops and \
                        not overlaps_any(start, end, (m for m in candidates if m.type != "AIModel")):
                    found.append(self.mention(text[start:end], "AIModel", start, end, 0.65, "model"))
        for match in self.model_called.finditer(text):  # a product called Quillet
            start, end = match.span("name")
            if match.group("name").split()[0] not in self.shared.body_stops and self.kb.lookup(match.group("name")) is None and \
                    not overlaps_any(start, end, (m for m in candidates if m.type != "AIModel")):
                found.append(self.mention(match.group("name"), "AIModel", start, end, 0.7, "model"))
        found += self.quoted(text, candidates)
        for match in self.apposed_model.finditer(text):  # DBRX, an open large language model
            if any(word in self.model_fillers for word in match.group("filler").split()):
                continue  # Acme, a startup that builds models: no model
            for group in ("name", "second"):
                name = match.group(group)
                if not name or name.split()[0] in self.name_stops or self.kb.lookup(name) is not None or \
                        overlaps_any(match.start(group), match.end(group), (m for m in candidates if m.type != "AIModel"
                                                                            and not self.maker_of(m, name, match.start(group)))):
                    continue
                found.append(self.mention(name, "AIModel", match.start(group), match.end(group), 0.7, "model"))
        return found

    def quoted(self, text: str, candidates: list[Mention]) -> list[Mention]:
        """A chatbot called “Sky.”, the ‘Reface’ app: a name in quotes after a model word and a
        naming verb or after a release cue (launched “Dream Track”), or between an article or an
        owner and a model word.  A known name (the
        knowledge base finds it), a name opening with a word no name opens with, or one holding
        a word no product's name holds (a system called “Operation AI Comply”) is none."""
        found = []
        for match in (*self.quoted_called.finditer(text), *self.quoted_before.finditer(text)):
            name, start = match.group("name").strip(), match.start("name")
            end = start + len(name)
            words = name.split()
            if words[0] in self.name_stops or any(w in self.not_product for w in words) or \
                    self.kb.lookup(name) is not None or \
                    overlaps_any(start, end, (m for m in candidates if m.type != "AIModel"
                                              and not start <= m.start < m.end <= end)):
                continue  # (a maker's name inside the quotes is part of its product's: “Clearview for schools”)
            found.append(self.mention(name, "AIModel", start, end, 0.7, "model"))
        return found

    @staticmethod
    def typed_inside(mention: Mention, start: int, end: int) -> bool:
        """Whether a name another family typed by its last word only (the suffix family: Harbor
        Desk Center) lies inside a longer name a model word gives (its AI service, Harbor Desk
        Center AI,): part of the model's name, no name of its own."""
        return mention.mechanism == "suffix" and start <= mention.start and mention.end <= end \
            and mention.end - mention.start < end - start

    def body_named(self, name: str) -> bool:
        """Whether a name opens with a body's kind before of or for (the Ministry of Justice reviewed
        the tool): a body's name, no model's."""
        words = name.split()
        return len(words) > 2 and words[0] in self.shared.body_of_offices and words[1] in ("of", "for")

    def known_and_ai(self, name: str) -> bool:
        """Meta's Llama AI models, its Gemini AI assistant: a known model's or company's name and
        "AI" describing it, no longer name (the knowledge base's name is the model)."""
        words = name.split()
        return len(words) > 1 and words[-1] == "AI" and self.kb.lookup(" ".join(words[:-1])) is not None

    @staticmethod
    def maker_of(known: Mention, name: str, start: int) -> bool:
        """Whether ``known`` is the maker's name a model's ``name`` at ``start`` opens with and
        goes on with a version only (HKGAI V1, a large language model: the model, not the
        research centre HKGAI)."""
        rest = name[known.end - start:]
        return known.mechanism == "kb" and known.start == start and rest[:1] == " " \
            and _VERSION_WORD.fullmatch(rest.strip()) is not None
