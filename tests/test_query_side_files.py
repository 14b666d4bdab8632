"""What `kg build` keeps beside graph.ttl (the store, the snapshot, the suit table) is named
after a checksum of graph.ttl's bytes: a copied folder, whose modification times change,
keeps using them; a graph.ttl of other content, even of the same size and modification
time, never opens them (it is parsed instead)."""
import os
import shutil

from click.testing import CliRunner
from litigation import build_litigation_graph

from kg.cli import main
from kg.rdf import GraphWriter, _open_snapshot, load_suit_table, stored


def written(folder):
    GraphWriter(folder).write(build_litigation_graph())
    return folder


def cases_csv(folder) -> str:
    result = CliRunner().invoke(main, ["query", "cases", "--format", "csv", "--graph", str(folder)])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_copied_folder_keeps_its_store_snapshot_and_suit_table(tmp_path, monkeypatch):
    original = written(tmp_path / "built")
    copy = tmp_path / "copy"
    shutil.copytree(original, copy, symlinks=True)
    os.utime(copy / "graph.ttl", ns=(1, 1))  # a copy made without keeping times
    assert stored(copy) is not None and stored(copy).parent == copy.resolve()
    assert _open_snapshot(copy) is not None
    import kg.rdf as rdf_module
    monkeypatch.setattr(rdf_module, "_load_for_suits", lambda graph_dir: (_ for _ in ()).throw(AssertionError))
    assert load_suit_table(copy).known_suits  # from the table, graph.ttl not read for its suits
    monkeypatch.undo()
    assert cases_csv(copy) == cases_csv(original)


def test_a_graph_ttl_of_other_content_same_size_and_time_falls_back_to_parsing(tmp_path):
    folder = written(tmp_path / "built")
    ttl = folder / "graph.ttl"
    before = cases_csv(folder)
    status = ttl.stat()
    text = ttl.read_bytes()
    assert "纽约时报".encode() in text and before.count("纽约时报") > 0
    ttl.write_bytes(text.replace("纽约时报".encode(), "纽约日报".encode()))  # the same length in bytes
    os.utime(ttl, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert ttl.stat().st_size == status.st_size and ttl.stat().st_mtime_ns == status.st_mtime_ns
    assert stored(folder) is None and _open_snapshot(folder) is None
    after = cases_csv(folder)  # graph.ttl parsed: the new name, not the old table's
    assert "纽约日报" in after and "纽约时报" not in after
    captions = [line.split(",")[0] for line in after.splitlines()]  # (same-date sentences may come in another order)
    assert captions == [line.split(",")[0] for line in before.replace("纽约时报", "纽约日报").splitlines()]
    sparql = CliRunner().invoke(main, ["sparql", "SELECT ?l WHERE { kgid:nyt rdfs:label ?l }", "--format", "csv",
                                       "--graph", str(folder)])
    assert sparql.exit_code == 0 and "纽约日报" in sparql.stdout and "纽约时报" not in sparql.stdout


def test_kg_query_keeps_the_snapshot_of_a_graph_ttl_that_comes_alone(tmp_path, monkeypatch):
    import kg.rdf as rdf_module
    from kg.rdf import write_graph
    folder = tmp_path / "alone"
    write_graph(build_litigation_graph(), folder)
    command = ["query", "timeline", "--relation", "sued", "--format", "csv", "--graph", str(folder)]
    first = CliRunner().invoke(main, command)
    assert first.exit_code == 0 and "OpenAI" in first.stdout, first.output
    assert _open_snapshot(folder) is not None and len(list(folder.glob(".graph-*"))) == 1
    with monkeypatch.context() as patch:  # the next query opens the snapshot: graph.ttl is not parsed
        patch.setattr(rdf_module, "_parse_graph", lambda *args: (_ for _ in ()).throw(AssertionError))
        second = CliRunner().invoke(main, command)
    assert second.exit_code == 0 and second.stdout == first.stdout
    readonly = tmp_path / "readonly"
    write_graph(build_litigation_graph(), readonly)
    readonly.chmod(0o555)
    try:
        result = CliRunner().invoke(main, command[:-1] + [str(readonly)])
        assert result.exit_code == 0 and result.stdout == first.stdout, result.output
        assert os.geteuid() == 0 or not list(readonly.glob(".graph-*"))
    finally:
        readonly.chmod(0o755)
