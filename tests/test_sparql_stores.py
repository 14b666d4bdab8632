"""kg.stores: what opens a graph folder's store without the builder's imports, and the
store a query process opens (kg.sparql.open_for_query), its files checked once."""
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from litigation import build_litigation_graph

from kg import rdf, stores
from kg.rdf import write_graph, write_store
from kg.sparql import PREFIXES, open_for_query, run, table

ROOT = Path(__file__).resolve().parent.parent


def test_the_plain_prefixes_are_the_ontology_namespaces_kg_rdf_writes():
    assert stores.PREFIX_IRIS == {prefix: str(namespace) for prefix, namespace in rdf.PREFIXES.items()}
    assert list(PREFIXES)[-1] == "rdf" and str(rdf.GRAPH_IRI) == stores.GRAPH_NODE.value


@pytest.mark.parametrize("module", ["kg.sparql", "kg.server", "kg.cli.sparql"])
def test_what_opens_a_store_imports_no_suit_lexicons_rdflib_or_networkx(module):
    loaded = subprocess.run([sys.executable, "-c", f"import sys, {module}; print(' '.join(sorted(sys.modules)))"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, check=True).stdout.split()
    assert module in loaded
    assert not {"kg.cases", "kg.rdf", "kg.unnamed", "rdflib", "networkx", "spacy", "jieba"} & set(loaded)


@pytest.fixture()
def built(tmp_path):
    folder = tmp_path / "graph"
    write_graph(build_litigation_graph(), folder)
    write_store(folder)
    return folder


def test_a_store_whose_data_file_is_damaged_is_one_line_when_opened_not_at_a_query(built, tmp_path):
    caught = 0
    for number, table_file in enumerate(sorted(stores.stored(built).glob("*.sst"))):
        damaged = tmp_path / f"damaged-{number}"
        shutil.copytree(stores.stored(built), damaged)
        data = bytearray((damaged / table_file.name).read_bytes())
        data[len(data) // 10:len(data) // 10 + 16] = bytes(16)  # a data block's checksum no longer matches
        (damaged / table_file.name).write_bytes(bytes(data))
        try:
            len(pyoxigraph.Store.read_only(str(damaged)))
            continue  # a block no count reads, or damage that opening finds itself
        except RuntimeError:
            pass  # opened, or not, as it may be: the count reads it
        with pytest.raises(OSError, match="the store is damaged") as raised:
            open_for_query(damaged)
        assert "\n" not in str(raised.value) and str(damaged) in str(raised.value)
        caught += 1
    assert caught, "no damaged table file that a count reads"


def test_graph_ttl_alone_is_loaded_into_memory_as_its_store_answers(built):
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    from_store = table(run(open_for_query(stores.stored(built)), query))
    from_file = table(run(open_for_query(stores.graph_path(built)), query))
    assert from_file[0] == from_store[0] and sorted(map(str, from_file[1])) == sorted(map(str, from_store[1]))
    assert len(from_file[1]) > 100


def test_the_store_name_follows_the_bytes_of_graph_ttl_not_its_place(built, tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(built / "graph.ttl", copy / "graph.ttl")
    assert stores.store_name(copy / "graph.ttl") == stores.store_name(built / "graph.ttl")
    (copy / "graph.ttl").write_bytes((built / "graph.ttl").read_bytes() + b"\n")
    assert stores.store_name(copy / "graph.ttl") != stores.store_name(built / "graph.ttl")
