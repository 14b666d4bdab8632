"""An edge cites each sentence once, however its evidence list was changed in between."""
from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence


def _graph():
    graph = KnowledgeGraph()
    graph.add_entity(Entity("a", "Company", "甲公司", {"甲公司"}))
    graph.add_entity(Entity("b", "Company", "乙公司", {"乙公司"}))
    return graph


def test_a_sentence_is_cited_once_even_after_its_list_was_changed_elsewhere():
    graph = _graph()
    first, second = (Evidence("d.txt", "t", f"甲公司起诉乙公司{n}。", 0, 9) for n in (1, 2))
    for evidence in (first, second, first, second):
        graph.add_fact("a", "sued", "b", evidence)
    cited = graph.graph.edges["a", "b", "sued"]["evidence"]
    assert cited == [first, second]
    cited.remove(first)  # changed by another hand (a correction): read again from the list
    graph.add_fact("a", "sued", "b", first)
    graph.add_fact("a", "sued", "b", second)
    assert cited == [second, first]
    graph.graph.edges["a", "b", "sued"]["evidence"] = replaced = [second]  # another list altogether
    graph.add_fact("a", "sued", "b", first)
    graph.add_fact("a", "sued", "b", second)
    assert replaced == [second, first]
