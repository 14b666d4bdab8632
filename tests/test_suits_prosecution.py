"""Prosecutions in the suit table (kg/unnamed.py): persons anonymised as Taiwanese and Hong
Kong outlets word them (楊姓男子, 林姓女子, 陳男), a procuratorate the text names that no
entity holds (新北地檢署, 某市某区人民检察院) as the prosecuting side, a filing that refers
back to it (该院, 檢方), and a sentencing that names the convicted before it (吴某犯…罪，判处…;
杨男被判处…).  Invented sentences, in Simplified and in Traditional (OpenCC s2t)."""
from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from kg.cases import suits
from kg.ingest import read_document
from kg.unnamed import ANONYMISED, key, masks

S2T = opencc.OpenCC("s2t")


def _rows(pipeline, tmp_path: Path, text: str) -> list[tuple[list[str], list[str]]]:
    path = tmp_path / "p.txt"
    path.write_text(f"测试新闻\n2025年6月24日\n\n{text}\n", encoding="utf-8")
    graph = pipeline.graph(pipeline.process_documents([read_document(path)]))
    label = lambda node: graph.entity(node)["label"] if node in graph.graph else node  # noqa: E731
    return sorted(([label(p) for p in row.plaintiffs], [label(d) for d in row.defendants]) for row in suits(graph))


@pytest.mark.parametrize("text, found", [
    ("检方依诈欺罪嫌起诉杨姓男子与林姓女子。", ["杨姓男子", "林姓女子"]),
    ("陈男涉嫌利用AI换脸诈骗，周女则否认。", ["陈男", "周女"]),
    ("何姓女律师与莫姓嫌犯均遭起诉。", ["何姓女", "莫姓嫌犯"]),
    ("判处王男有期徒刑8年，李男3人另案审理。", ["王男", "李男"]),
    # a surname before 男/女 that is no anonymised person: 任何女性, 王男子, 男女
    ("任何女性都可能受害，王男子汉之说不实，男女皆然。", []),
])
def test_persons_anonymised_by_surname_and_sex(text, found):
    for written, words in ((text, found), (S2T.convert(text), [S2T.convert(word) for word in found])):
        assert [m.group() for m in ANONYMISED.finditer(written)] == words
        assert masks(written) == bool(found)


@pytest.mark.parametrize("text, rows", [
    # a procuratorate no entity holds, across a comma from its filing
    ("青川地检署侦结，依诈欺罪嫌起诉杨男，并建请法院从重量刑。", [(["青川地检署"], ["杨男"])]),
    ("青川地检署依违反个资法等罪嫌，将林姓女子提起公诉。", [(["青川地检署"], ["林姓女子"])]),
    ("青川市白沙区人民检察院以涉嫌诈骗罪对虞某某提起公诉。", [(["青川市白沙区人民检察院"], ["虞某某"])]),
    # the filing refers back to the procuratorate its item named before (该院, 检方)
    ("青川地检署受理此案。该署侦结后，起诉陈姓男子。", [(["青川地检署"], ["陈姓男子"])]),
    # no one after the filing: the person the story is about (named first), not one named later
    ("杨姓男子涉嫌利用AI换脸散布不实影像。青川地检署侦结，依违反个资法等罪起诉他，林姓共犯不起诉。",
     [(["青川地检署"], ["杨姓男子"])]),
    ("杨姓男子涉嫌利用AI换脸散布不实影像，青川地检署侦结后依法提起公诉。", [(["青川地检署"], ["杨姓男子"])]),
    ("被害人林女报案。青川地检署对杨男提起公诉。", [(["青川地检署"], ["杨男"])]),
    # 指控 from a procuratorate is its charge; from anyone else an accusation, no suit
    ("青川市白沙区人民检察院指控罗某某、姚某某利用AI软件篡改他人作品。", [(["青川市白沙区人民检察院"], ["罗某某", "姚某某"])]),
    ("网友李某指控王某利用AI换脸造谣。", []),
    # no procuratorate named: a filing with no filer is no row
    ("陈男遭检方起诉，检方指其利用深度伪造技术诈骗。", []),
])
def test_a_prosecution_by_a_procuratorate_the_text_names(pipeline, tmp_path, text, rows):
    for written, expected in ((text, rows), (S2T.convert(text), [([S2T.convert(p) for p in ps], [S2T.convert(d) for d in ds])
                                                                  for ps, ds in rows])):
        assert _rows(pipeline, tmp_path, written) == expected


@pytest.mark.parametrize("text, convicted", [
    ("被告人吴某犯侵犯著作权罪，判处有期徒刑二年，并处罚金。", "吴某"),
    ("法院审理后，杨姓男子被判处有期徒刑一年。", "杨姓男子"),
    ("陈男因诈骗罪遭法院判处有期徒刑七个月。", "陈男"),
    ("法院以诈骗罪判处林姓女子有期徒刑一年。", "林姓女子"),
])
def test_a_sentencing_names_the_convicted_before_or_after_it(pipeline, tmp_path, text, convicted):
    for written, person in ((text, convicted), (S2T.convert(text), S2T.convert(convicted))):
        assert _rows(pipeline, tmp_path, written) == [([], [person])]


def test_a_sentencing_of_a_company_is_no_person_convicted(pipeline, tmp_path):
    assert _rows(pipeline, tmp_path, "青川某科技有限公司犯侵犯著作权罪，判处罚金十万元。") == []


def test_one_person_under_both_anonymised_forms_is_one_party(pipeline, tmp_path):
    assert key("楊姓男子") == key("楊男") and key("何姓女") == key("何女") and key("楊男") != key("楊女")
    text = "青川地检署起诉何姓女子。青川地检署另指控何女协助收款。"
    for written in (text, S2T.convert(text)):
        rows = _rows(pipeline, tmp_path, written)
        assert len(rows) == 1 and rows[0][0] == [S2T.convert("青川地检署") if written != text else "青川地检署"]


# one prosecution told by two outlets, neither naming the procuratorate, the court once with its
# province and once without (kg.cases.merging._told_twice): one row, told by both documents
TOLD_TWICE = ("近日，浙江省绍兴市越城区人民法院公开宣判首例“AI代练”案，对被告人赵某林以提供侵入、非法控制计算机信息系统程序、工具罪判处有期徒刑二年。",
              "绍兴市越城区人民法院公开宣判首例“AI代练”案，对被告人赵某林以提供侵入、非法控制计算机信息系统程序、工具罪判处有期徒刑二年，并处罚金。")


@pytest.mark.parametrize("convert", [str, S2T.convert])
def test_one_prosecution_told_by_two_outlets_naming_its_court_apart_is_one_row(pipeline, tmp_path, convert):
    documents = []
    for number, text in enumerate(TOLD_TWICE):
        path = tmp_path / f"p{number}.txt"
        path.write_text(f"测试新闻\n2025年6月24日\n\n{convert(text)}\n", encoding="utf-8")
        documents.append(read_document(path))
    graph = pipeline.graph(pipeline.process_documents(documents))
    rows = suits(graph)
    assert len(rows) == 1 and rows[0].plaintiffs == [] and len({e.document for e in rows[0].evidence}) == 2
