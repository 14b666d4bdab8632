"""A small litigation graph shared by the query, SPARQL and server tests.

纽约时报 / The New York Times sues 微软 and OpenAI (reported on two dates), 美国作家协会
sues OpenAI nine days later (each filing sentence dates itself: a report's day dates no filing), a court
rules on OpenAI; 殷某 sues MiniMax over her voice
and 北京互联网法院 decides it; 欧盟委员会 issues the AI Act; the Garante fines OpenAI.
"""
from __future__ import annotations

import pytest

from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence
from kg.rdf import write_graph

ENTITIES = [
    Entity("nyt", "Company", "纽约时报", {"The New York Times", "NYT"}),
    Entity("microsoft", "Company", "微软", {"Microsoft"}),
    Entity("openai", "Company", "OpenAI"),
    Entity("authors-guild", "Organization", "美国作家协会", {"Authors Guild"}),
    Entity("sdny", "Court", "纽约南区联邦地区法院", {"SDNY"}),
    Entity("bjinternetcourt", "Court", "北京互联网法院", {"Beijing Internet Court"}),
    Entity("yin", "Person", "殷某"),
    Entity("minimax", "Company", "MiniMax"),
    Entity("us", "Jurisdiction", "美国", {"United States"}),
    Entity("eu", "Jurisdiction", "欧盟", {"European Union", "EU"}),
    Entity("commission", "Regulator", "欧盟委员会", {"European Commission"}),
    Entity("ai-act", "Law", "《人工智能法案》", {"AI Act"}),
    Entity("gpt-4o", "AIModel", "GPT-4o"),
    Entity("garante", "Regulator", "意大利数据保护局", {"Garante"}),
]

NYT_SUIT = "2023年12月27日，《纽约时报》在纽约南区联邦地区法院起诉微软和 OpenAI，指控其侵犯版权。"
NYT_AGAIN = "The New York Times pressed its copyright lawsuit against OpenAI and Microsoft."
GUILD_SUIT = "2024年1月5日，美国作家协会起诉 OpenAI，称其未经许可使用作品训练模型，侵犯著作权。"
RULING = "纽约南区联邦地区法院驳回 OpenAI 的部分动议。"
VOICE_SUIT = "殷某起诉 MiniMax，称其 AI 配音侵犯了她的声音权和个人信息。"
VOICE_RULING = "北京互联网法院判决 MiniMax 赔礼道歉。"

FACTS = [
    ("nyt", "sued", "microsoft", NYT_SUIT, "a.txt", "纽约时报起诉微软和 OpenAI", "2023-12-27", "Reuters"),
    ("nyt", "sued", "openai", NYT_SUIT, "a.txt", "纽约时报起诉微软和 OpenAI", "2023-12-27", "Reuters"),
    ("nyt", "sued", "microsoft", NYT_AGAIN, "b.txt", "NYT v. OpenAI", "2024-04-30", "The Verge"),
    ("nyt", "sued", "openai", NYT_AGAIN, "b.txt", "NYT v. OpenAI", "2024-04-30", "The Verge"),
    ("authors-guild", "sued", "openai", GUILD_SUIT, "a.txt", "作家协会起诉 OpenAI", "2024-01-05", ""),
    ("sdny", "adjudicated", "openai", RULING, "b.txt", "法院驳回动议", "2024-04-04", ""),
    ("yin", "sued", "minimax", VOICE_SUIT, "c.txt", "AI 声音侵权第一案", "2024-04-23", "北京互联网法院"),
    ("bjinternetcourt", "adjudicated", "minimax", VOICE_RULING, "c.txt", "AI 声音侵权第一案", "2024-04-23", ""),
    ("microsoft", "partnered", "openai", "微软与 OpenAI 扩大合作。", "a.txt", "微软投资", "2023-01-23", ""),
    ("openai", "released", "gpt-4o", "OpenAI 发布 GPT-4o。", "b.txt", "GPT-4o 发布", "2024-05-13", ""),
    ("commission", "issued", "ai-act", "欧盟委员会发布《人工智能法案》。", "c.txt", "AI 法案生效", "2024-08-01", ""),
    ("ai-act", "jurisdiction", "eu", "欧盟《人工智能法案》生效。", "c.txt", "AI 法案生效", "2024-08-01", ""),
    ("commission", "jurisdiction", "eu", "欧盟委员会发布《人工智能法案》。", "c.txt", "AI 法案生效", "2024-08-01", ""),
    ("garante", "fined", "openai", "意大利数据保护局对 OpenAI 处以 1500 万欧元罚款。", "c.txt", "OpenAI 被罚", "2024-12-20", ""),
    ("sdny", "jurisdiction", "us", RULING, "b.txt", "法院驳回动议", "2024-04-04", ""),
]


def build_litigation_graph() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for entity in ENTITIES:
        graph.add_entity(entity)
    for head, relation, tail, sentence, document, item, date, source in FACTS:
        graph.add_fact(head, relation, tail, Evidence(document, item, sentence, 0, len(sentence), date, source))
    return graph


@pytest.fixture
def litigation_graph() -> KnowledgeGraph:
    return build_litigation_graph()


@pytest.fixture(scope="session")
def graph_dir(tmp_path_factory) -> str:
    """A folder holding graph.ttl of the litigation graph, as `kg build` writes it."""
    folder = tmp_path_factory.mktemp("litigation")
    write_graph(build_litigation_graph(), folder)
    return str(folder)
