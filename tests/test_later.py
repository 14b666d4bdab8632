"""kg.later: a regular expression compiled on its first use (kg.cases, kg.unnamed and
kg.segment hold theirs so), and a graph's reader that imports no reader of text."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from kg.graph import KnowledgeGraph
from kg.later import Later, later
from kg.model import Entity, Evidence
from kg.rdf import write_graph

ROOT = Path(__file__).resolve().parent.parent


def test_a_pattern_compiled_later_matches_as_compiled_at_once():
    text = "甲公司诉乙公司案 Getty Images v. Stability AI; getty v. STABILITY"
    for source, flags in ((r"(?P<a>\w+)\s+v\.\s+(?P<b>\w+)", 0), (r"getty|stability", re.IGNORECASE), (r"诉", 0)):
        now, held = re.compile(source, flags), later(source, flags)
        assert held.pattern == now.pattern and "_compiled" not in vars(held)  # its source, nothing compiled yet
        assert [m.span() for m in held.finditer(text)] == [m.span() for m in now.finditer(text)]
        assert "_compiled" in vars(held) and held.compiled is vars(held)["_compiled"]  # compiled once, then kept
        assert held.sub("-", text) == now.sub("-", text) and held.split(text) == now.split(text)
        assert held.search(text).group() == now.search(text).group()
        assert (held.flags, held.groupindex, held.groups) == (now.flags, now.groupindex, now.groups)


def test_the_patterns_of_the_readers_of_text_are_held_until_used():
    import importlib
    import pkgutil
    from kg import cases, segment, unnamed
    table = [importlib.import_module(f"kg.cases.{found.name}") for found in pkgutil.iter_modules(cases.__path__)]
    for reader, modules in (("kg.cases", table), ("kg.unnamed", [unnamed]), ("kg.segment", [segment])):
        # a Later, or a pattern built from the lexicon on first use (a cached function returning re.Pattern)
        held = [name for module in modules for name, value in vars(module).items() if isinstance(value, Later)
                or (hasattr(value, "cache_info") and getattr(value, "__annotations__", {}).get("return") == "re.Pattern")]
        assert len(held) > 40, reader
    assert cases.CASE_PARTIES.match("纽约时报诉微软案").group("defendants") == "微软"
    assert unnamed.SIDES_LINK == cases.SIDES_LINK  # one link of a case's sides, for both readers


def test_a_graph_reader_imports_no_reader_of_text(tmp_path):
    # kg query cases on graph.ttl alone imports neither kg.unnamed nor kg.segment, and compiles few
    # patterns; nor networkx: the suit table's graph holds nodes alone (kg.graph.NodeGraph); nor
    # kg.cases: the suits are read back as kg.suit_records, none is computed
    code = ("import sys\nfrom kg.cli import main\n"
            "try:\n    main(['query', 'cases', '--graph', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
            "print('kg.cases' in sys.modules, 'kg.unnamed' in sys.modules, 'kg.segment' in sys.modules,"
            " 'networkx' in sys.modules)")
    graph = KnowledgeGraph()
    for entity in (Entity("nyt", "Company", "纽约时报"), Entity("openai", "Company", "OpenAI"),
                   Entity("sdny", "Court", "纽约南区联邦地区法院")):
        graph.add_entity(entity)
    sentence = "2023年12月27日，纽约时报向纽约南区联邦地区法院起诉OpenAI，指控其侵犯版权。"
    graph.add_fact("nyt", "sued", "openai", Evidence("a.txt", "t", sentence, 0, 40, "2023-12-27"))
    write_graph(graph, tmp_path)
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    lines = done.stdout.strip().splitlines()
    assert "纽约时报" in done.stdout and lines[-1] == "False False False False", done.stderr[-2000:]


def test_a_pattern_held_with_its_compiler_is_compiled_by_it_once():
    made = []

    def compiler(source: str) -> re.Pattern:
        made.append(source)
        return re.compile(source)
    held = later(r"(?P<who>[A-Z]\w+) sued", compiler=compiler)
    assert made == [] and held.pattern == r"(?P<who>[A-Z]\w+) sued"
    assert held.search("Getty sued Stability").group("who") == "Getty"
    assert held.groupindex == {"who": 1} and made == [r"(?P<who>[A-Z]\w+) sued"]


def test_the_english_grammars_are_compiled_at_their_first_use():
    # kg.facts.english: a process reading no English sentence compiles none of its clause or list grammar
    from kg.facts.english import EnglishFacts, SIGNATURES
    from kg.kb import KnowledgeBase
    english = EnglishFacts(KnowledgeBase.load(), SIGNATURES)
    held = {name: value for name, value in vars(english).items() if isinstance(value, Later)}
    assert len(held) > 60 and not any("_compiled" in vars(value) for value in held.values())
    assert {"subject", "element", "reference", "behalf"} <= set(held)
    assert english.reference.search("The company said on Monday") is not None
    assert "_compiled" in vars(english.reference) and "_compiled" not in vars(english.subject)
