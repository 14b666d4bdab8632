"""Resolution: one entity per real thing, with ids that do not change between runs."""
from __future__ import annotations

from kg.model import Evidence, Fact, Mention
from kg.kb import KBEntry
from kg.resolve import Resolver, is_caption, name_key, names_written_within


def _mention(text: str, type_: str = "Company", **extra) -> Mention:
    return Mention(text, type_, 0, len(text), **extra)


def test_chinese_and_english_names_of_a_known_company_are_one_entity(pipeline):
    resolver = Resolver(pipeline.kb)
    resolver.add(_mention("微软", kb_id="microsoft"))
    resolver.add(_mention("Microsoft", kb_id="microsoft"))
    entities = resolver.entities()
    assert len(entities) == 1
    assert entities[0].id == "microsoft" and {"微软", "Microsoft"} <= entities[0].labels


def test_unknown_name_and_its_bracketed_alias_are_one_entity(pipeline):
    resolver = Resolver(pipeline.kb)
    resolver.add(_mention("澳门个人资料保护局", "Regulator", aliases=("MPDO",)))
    resolver.add(_mention("MPDO", "Regulator"))
    (entity,) = resolver.entities()
    assert entity.labels == {"澳门个人资料保护局", "MPDO"} and entity.type == "Regulator"


def test_traditional_and_simplified_forms_fold_together(pipeline):
    assert name_key("國家資訊中心") == name_key("国家资讯中心")
    resolver = Resolver(pipeline.kb)
    resolver.add(_mention("國家資訊中心", "Regulator"))
    resolver.add(_mention("国家资讯中心", "Regulator"))
    assert len(resolver.entities()) == 1


def test_short_form_joins_its_full_name(pipeline):
    resolver = Resolver(pipeline.kb)
    resolver.add(_mention("数据出境安全评估办法", "Law"))
    resolver.add(_mention("办法", "Law", canonical="数据出境安全评估办法"))
    (entity,) = resolver.entities()
    assert entity.label == "数据出境安全评估办法" and "办法" in entity.labels


def test_two_known_entities_never_merge_through_an_alias(pipeline):
    resolver = Resolver(pipeline.kb)
    resolver.add(_mention("微软", kb_id="microsoft", aliases=("Google",)))
    resolver.add(_mention("Google", kb_id="google"))
    assert {e.id for e in resolver.entities()} >= {"microsoft", "google"}


def test_entity_ids_are_stable_between_runs(pipeline):
    def ids() -> set[str]:
        resolver = Resolver(pipeline.kb)
        for text in ("澳门个人资料保护局", "星河律师事务所", "Zorbi"):
            resolver.add(_mention(text))
        return {e.id for e in resolver.entities()}
    assert ids() == ids()


def test_a_name_counted_once_weighs_as_much_as_its_mentions_one_by_one(pipeline):
    mentions = [_mention("星河智能", "Company", mechanism="latin"), _mention("星河智能", "AIModel", mechanism="latin/model"),
                _mention("星河智能", "AIModel", mechanism="latin/model"), _mention("星河智能", "AIModel", mechanism="latin/model")]
    one_by_one, counted = Resolver(pipeline.kb), Resolver(pipeline.kb)
    for mention in mentions:
        one_by_one.add(mention)
    counted.add(mentions[0])
    counted.add(mentions[1], 3)
    assert one_by_one.types == counted.types and one_by_one.labels == counted.labels
    assert [e.type for e in counted.entities()] == ["AIModel"]


# -- entity hygiene ------------------------------------------------------------------
def test_a_name_with_a_leading_article_is_its_known_entity(pipeline):
    resolver = Resolver(pipeline.kb)
    resolver.add(_mention("The European Commission", "Regulator"))
    resolver.add(_mention("欧盟委员会", "Regulator"))
    (entity,) = resolver.entities()
    assert entity.id == "eu-commission" and {"The European Commission", "欧盟委员会"} <= entity.labels


def test_a_known_company_name_with_a_legal_form_is_that_company(pipeline):
    resolver = Resolver(pipeline.kb)
    for name in ("盖蒂公司", "Getty Images", "Getty"):
        resolver.add(_mention(name))
    (entity,) = resolver.entities()
    assert entity.id == "getty-images" and entity.label_en == "Getty Images"


def test_a_legal_form_does_not_make_a_place_a_company(pipeline):
    resolver = Resolver(pipeline.kb)
    resolver.add(_mention("美国公司"))
    (entity,) = resolver.entities()
    assert entity.kb_id is None


def test_the_forms_of_one_case_caption_are_one_case(pipeline):
    assert is_caption("Thaler v. Perlmutter案") and is_caption("Getty Images 诉 Stability AI 案")
    assert not is_caption("起诉书") and not is_caption("诉讼案") and not is_caption("Microsoft")
    resolver = Resolver(pipeline.kb)
    for name in ("Thaler v. Perlmutter案", "Thaler诉Perlmutter案", "Thaler v. Perlmutter"):
        resolver.add(_mention(name, "Case"))
    resolver.add(_mention("Thaler诉Vidal案", "Case"))
    assert sorted(len(entity.labels) for entity in resolver.entities()) == [1, 3]


def test_a_case_caption_in_brackets_is_not_another_name_of_a_place(pipeline):
    resolver = Resolver(pipeline.kb)
    resolver.add(_mention("California", "Jurisdiction", kb_id="us-ca", aliases=("Bartz v. Anthropic",)))
    (entity,) = resolver.entities()
    assert "Bartz v. Anthropic" not in entity.labels


def test_a_known_name_read_with_a_leading_article_is_labelled_without_it_too(pipeline):
    resolver = Resolver(pipeline.kb)
    resolver.add(_mention("The European Commission", "Regulator"))
    (entity,) = resolver.entities()
    assert "European Commission" in entity.labels


def test_an_unknown_company_with_and_without_its_legal_form_is_one_company(pipeline):
    resolver = Resolver(pipeline.kb)
    for name in ("Tenantly Inc", "Tenantly", "Rentwise Corp."):
        resolver.add(_mention(name))
    resolver.add(_mention("美国公司"))
    resolver.add(_mention("美国", "Jurisdiction"))
    found = sorted(sorted(entity.labels) for entity in resolver.entities())
    assert ["Tenantly", "Tenantly Inc"] in found and ["Rentwise Corp."] in found
    assert len(found) == 4  # 美国公司 is no company of 美国


def test_a_family_name_alone_is_the_person_its_document_names_in_full(pipeline):
    from kg.model import Evidence, Fact
    from kg.resolve import persons_by_family_name
    evidence = Evidence("a.txt", "t", "The regulator later sued Vantrell as well.", 0, 40)
    rossi = _mention("Odile Vantrell", "Person")
    alone = _mention("Vantrell", "Company", mechanism="latin")  # typed wrongly where it stood alone
    agency = _mention("Harbor Trade Board", "Regulator")
    names, facts = persons_by_family_name([(rossi, 1), (alone, 2), (agency, 1)],
                                          [Fact(agency, "sued", alone, evidence)], pipeline.kb)
    graph = _resolved(pipeline, names, facts)
    (person,) = [node for node, data in graph.entities("Person")]
    assert graph.entity(person)["labels"] >= {"Odile Vantrell", "Vantrell"}
    assert [tail for _, _, tail, _ in graph.facts("sued")] == [person]
    # a Chinese family name after the dot too; two persons of one family name leave it alone
    names, _ = persons_by_family_name([(_mention("玛蒂娜·韦斯特", "Person"), 1), (_mention("韦斯特", "Company"), 1)], [], pipeline.kb)
    assert names[1][0].type == "Person" and names[1][0].canonical == "玛蒂娜·韦斯特"
    two = [(_mention("Odile Vantrell", "Person"), 1), (_mention("Marc Vantrell", "Person"), 1), (alone, 1)]
    assert persons_by_family_name(two, [], pipeline.kb)[0] == two


def test_a_known_city_written_with_its_shi_is_labelled_by_its_short_name_too(pipeline):
    resolver = Resolver(pipeline.kb)
    resolver.add(_mention("苏州市", "Jurisdiction", kb_id="cn-suzhou"))
    (entity,) = resolver.entities()
    assert {"苏州市", "苏州"} <= entity.labels


def _known(*names: str, type_: str = "Regulator") -> KBEntry:
    return KBEntry("invented", type_, names[0], names[1], names[2:], None, None)


def test_a_known_name_written_inside_a_longer_form_is_a_label_of_its_own():
    # the state of Velmora, 瓦兰泽隆數據局, Quillbrook公司: the knowledge base's shorter
    # name is written in the text too, in the text's own characters
    assert names_written_within(_known("韦尔莫拉州", "Velmora", type_="Jurisdiction"), {"state of Velmora"}) == {"Velmora"}
    assert names_written_within(_known("泽隆数据局", "Zelon Data Office"), {"瓦兰泽隆數據局"}) == {"泽隆數據局"}
    assert names_written_within(_known("奎尔布鲁克", "Quillbrook", type_="Company"), {"Quillbrook公司"}) == {"Quillbrook"}
    assert "VLM" in names_written_within(_known("韦尔莫拉州", "Velmora State", "VLM"), {"VLM-based"})


def test_a_known_name_inside_a_latin_word_or_an_unknown_name_gives_no_label():
    assert names_written_within(_known("韦尔莫拉州", "Velmora", "VLM"), {"Velmorans", "VLMX"}) == set()
    assert names_written_within(None, {"state of Velmora"}) == set()
    assert names_written_within(_known("泽隆数据局", "Zelon Data Office"), {"泽隆数据局"}) == set()


def test_a_known_district_written_after_its_city_is_labelled_by_its_own_name_too(pipeline):
    resolver = Resolver(pipeline.kb)
    resolver.add(_mention("上海市徐汇区", "Jurisdiction", kb_id="cn-shanghai-xuhui"))
    (entity,) = resolver.entities()
    assert "徐汇区" in entity.labels


def _resolved(pipeline, names: list, facts: list):
    """The graph one resolver makes of these names (each with its count) and facts."""
    resolver = Resolver(pipeline.kb)
    for mention, times in names:
        resolver.add(mention, times)
    return resolver.graph(facts)


def _two_documents(pipeline, first: list, second: list):
    """The graph of two documents' names and facts, each read as the pipeline reads it
    (persons_by_family_name per document, then one resolver over both)."""
    from kg.resolve import persons_by_family_name
    names, facts = [], []
    for document in (first, second):
        mentions = [m for fact in document for m in (fact.head, fact.tail)]
        read, found = persons_by_family_name([(m, 1) for m in mentions], document, pipeline.kb)
        names += read
        facts += found
    return _resolved(pipeline, names, facts)


def _suit(plaintiff: Mention, defendant: Mention, relation: str = "sued"):
    from kg.model import Evidence, Fact
    return Fact(plaintiff, relation, defendant, Evidence("a.txt", "t", "…", 0, 1))


def _persons(graph) -> list[set[str]]:
    return sorted((graph.entity(node)["labels"] for node, _ in graph.entities("Person")), key=sorted)


def test_a_caption_surname_is_the_one_person_named_in_full_elsewhere_who_sued_the_same_party(pipeline):
    # one document: "Quillfeather v. Lumora Labs"; another: 伊莎贝尔·奎尔费瑟（Isobel Quillfeather）起诉了Lumora Labs
    lumora = _mention("Lumora Labs")
    caption = [_suit(_mention("Quillfeather", "Person"), lumora)]
    full = [_suit(_mention("伊莎贝尔·奎尔费瑟", "Person", aliases=("Isobel Quillfeather",)), lumora)]
    graph = _two_documents(pipeline, caption, full)
    assert _persons(graph) == [{"伊莎贝尔·奎尔费瑟", "Isobel Quillfeather", "Quillfeather"}]
    assert len(list(graph.facts("sued"))) == 1
    # a company short form: Brindle sued by the same publisher that sued Brindle Robotics
    publisher = _mention("Harrowgate Press")
    graph = _two_documents(pipeline, [_suit(publisher, _mention("Brindle"))],
                           [_suit(publisher, _mention("Brindle Robotics"))])
    assert sorted(sorted(graph.entity(node)["labels"]) for node, _ in graph.entities("Company")) \
        == [["Brindle", "Brindle Robotics"], ["Harrowgate Press"]]


def test_a_caption_surname_two_persons_named_in_full_share_stays_alone(pipeline):
    lumora = _mention("Lumora Labs")
    caption = [_suit(_mention("Quillfeather", "Person"), lumora)]
    full = [_suit(_mention("Isobel Quillfeather", "Person"), lumora),
            _suit(_mention("Tomas Quillfeather", "Person"), lumora)]
    graph = _two_documents(pipeline, caption, full)
    assert {"Quillfeather"} in _persons(graph) and len(_persons(graph)) == 3
    # the namesake counts though it sued nobody (a partner of the defendant)
    full = [_suit(_mention("Isobel Quillfeather", "Person"), lumora),
            _suit(_mention("Tomas Quillfeather", "Person"), lumora, "partnered")]
    graph = _two_documents(pipeline, caption, full)
    assert {"Quillfeather"} in _persons(graph) and len(_persons(graph)) == 3


def test_a_caption_surname_without_a_shared_counterpart_stays_alone(pipeline):
    caption = [_suit(_mention("Quillfeather", "Person"), _mention("Lumora Labs"))]
    full = [_suit(_mention("Isobel Quillfeather", "Person"), _mention("Vexly Systems"))]
    graph = _two_documents(pipeline, caption, full)
    assert _persons(graph) == [{"Isobel Quillfeather"}, {"Quillfeather"}]
    # the shared party must be a litigation counterpart: partners are none
    partners = [_suit(_mention("Isobel Quillfeather", "Person"), _mention("Lumora Labs"), "partnered")]
    assert len(_persons(_two_documents(pipeline, caption, partners))) == 2
    # nor a name the knowledge base knows as something else (a known company's one word)
    known = [_suit(_mention("Microsoft", "Person"), _mention("Lumora Labs"))]
    full = [_suit(_mention("Isobel Microsoft", "Person"), _mention("Lumora Labs"))]
    assert _persons(_two_documents(pipeline, known, full)) == [{"Isobel Microsoft"}]


def _fact(head: Mention, relation: str, tail: Mention) -> Fact:
    return Fact(head, relation, tail, Evidence("d.txt", "t", f"{head.text} {relation} {tail.text}", 0, 1))


def test_a_defendant_its_mentions_also_typed_company_is_retyped_company(pipeline):
    resolver = Resolver(pipeline.kb)
    plaintiff, other = Mention("保罗·莱尔曼", "Person", 0, 6, mechanism="person"), \
        Mention("琳妮娅·塞奇", "Person", 7, 13, mechanism="person")
    lovo_company, lovo_model = Mention("Lovo", "Company", 20, 24, mechanism="latin"), \
        Mention("Lovo", "AIModel", 40, 44, mechanism="latin/model")
    fiverr = Mention("Fiverr", "Company", 60, 66, mechanism="latin")
    for mention, times in ((plaintiff, 1), (other, 1), (lovo_company, 4), (lovo_model, 2), (fiverr, 1)):
        resolver.add(mention, times)
    graph = resolver.graph([_fact(plaintiff, "sued", lovo_company), _fact(other, "sued", lovo_company),
                            _fact(fiverr, "released", lovo_model)])
    (lovo,) = graph.find("Lovo")
    assert graph.entity(lovo)["type"] == "Company"  # AIModel by the weight of its mentions alone
    assert sorted(r for h, r, t, _ in graph.facts() if t == lovo) == ["sued", "sued"]
    assert graph.graph.graph["typing"] == ["Lovo: typed Company, not AIModel (a sued tail is no AIModel)",
                                           "dropped Fiverr released Lovo: a released tail is no Company"]


def test_a_product_named_only_as_a_defendant_is_its_company(pipeline):
    resolver = Resolver(pipeline.kb)
    plaintiff, ross = Mention("Acme Legal", "Company", 0, 10, mechanism="suffix"), \
        Mention("ROSS", "AIModel", 14, 18, mechanism="english/case")
    resolver.add(plaintiff)
    resolver.add(ross)
    graph = resolver.graph([_fact(plaintiff, "sued", ross)])
    assert graph.entity(graph.find("ROSS")[0])["type"] == "Company"
    assert len(list(graph.facts("sued"))) == 1


def test_a_fact_no_type_of_its_entity_allows_is_dropped_with_its_reason(pipeline):
    resolver = Resolver(pipeline.kb)
    law, company = Mention("《数据法》", "Law", 0, 6, mechanism="title"), Mention("蓝湾科技公司", "Company", 8, 14, mechanism="suffix")
    resolver.add(law)
    resolver.add(company)
    graph = resolver.graph([_fact(law, "sued", company)])
    assert list(graph.facts()) == []
    assert graph.entity(graph.find("《数据法》")[0])["type"] == "Law"
    assert graph.graph.graph["typing"] == ["dropped 《数据法》 sued 蓝湾科技公司: a sued head is no Law"]


def test_a_known_entity_keeps_the_knowledge_bases_type_and_its_forbidden_fact_is_dropped(pipeline):
    resolver = Resolver(pipeline.kb)
    openai, model = Mention("OpenAI", "Company", 0, 6, kb_id="openai"), Mention("微软", "AIModel", 10, 12)
    resolver.add(openai)
    resolver.add(model)
    graph = resolver.graph([_fact(openai, "released", model)])
    assert graph.entity("microsoft")["type"] == "Company"
    assert list(graph.facts("released")) == []


def test_a_law_written_after_its_place_is_labelled_by_its_own_words_too(pipeline, write_doc):
    """美国版权法, 日本著作權法: annotators name such a law with or without its place; but where two
    laws of two places share the words (美国版权法, 英国版权法), or another node is so named, neither takes them."""
    def laws(text):
        graph = pipeline.graph([pipeline.process(write_doc("laws.txt", text + "\n"))])
        return {data["label"]: data["labels"] for _, data in graph.entities("Law")}
    assert "版权法" in laws("科技公司辩称这种行为符合美国版权法的合理使用原则。")["美国版权法"]
    assert "著作權法" in next(iter(laws("此舉違反日本著作權法對於重製的規定。").values()))
    both = laws("法院比较了美国版权法与《英国版权法》的规定。")
    assert len(both) == 2 and not any("版权法" in labels for labels in both.values())


def test_a_local_court_written_in_full_and_short_in_one_document_is_one_court(pipeline):
    from kg.model import Evidence, Fact
    from kg.resolve import courts_by_short_form, local_body_name
    assert local_body_name("湖北省黄石市黄石港区人民法院", pipeline.kb) == ("湖北省黄石市", "黄石港", "法院", True)
    assert local_body_name("金山法院", pipeline.kb) == ("", "金山", "法院", False)
    assert local_body_name("杭州市中级人民法院", pipeline.kb) is None  # a level, no place
    assert local_body_name("最高人民法院", pipeline.kb)[3] is False  # no place's full name: no short name is read as it
    evidence = Evidence("a.txt", "t", "金山法院判决被告赔偿。", 0, 11)
    full, short = _mention("上海市金山区人民法院", "Court"), _mention("金山法院", "Court")
    party = _mention("某科技公司")
    names, facts = courts_by_short_form([(full, 1), (short, 2), (party, 1)],
                                        [Fact(short, "adjudicated", party, evidence)], pipeline.kb)
    graph = _resolved(pipeline, names, facts)
    (court,) = [node for node, data in graph.entities("Court")]
    assert graph.entity(court)["labels"] >= {"上海市金山区人民法院", "金山法院"}
    assert [head for head, _, _, _ in graph.facts("adjudicated")] == [court]
    # the places before a full name may be left out; a procuratorate too
    prefixed = [(_mention("湖北省黄石市黄石港区人民法院", "Court"), 1), (_mention("黄石市黄石港区人民法院", "Court"), 1),
                (_mention("北京市通州区人民检察院", "Regulator"), 1), (_mention("通州检察院", "Regulator"), 1)]
    read = [mention.canonical for mention, _ in courts_by_short_form(prefixed, [], pipeline.kb)[0]]
    assert read == [None, "湖北省黄石市黄石港区人民法院", None, "北京市通州区人民检察院"]
    # two cities' district courts of one name stay two, and so does a short name beside them
    two = [(_mention("北京市朝阳区人民法院", "Court"), 1), (_mention("长春市朝阳区人民法院", "Court"), 1),
           (_mention("朝阳法院", "Court"), 1)]
    assert courts_by_short_form(two, [], pipeline.kb)[0] == two
    # no full name with its place: 最高法院 is not read as 最高人民法院
    supreme = [(_mention("最高人民法院", "Court"), 1), (_mention("最高法院", "Court"), 1)]
    assert courts_by_short_form(supreme, [], pipeline.kb)[0] == supreme


def test_a_known_title_s_last_word_is_the_known_title_its_document_names_in_full(pipeline):
    from kg.resolve import titles_by_full_name
    full = _mention("The New York Times Co.", kb_id="new-york-times")
    short = _mention("the Times", kb_id="the-times")  # the knowledge base's London paper
    names, _ = titles_by_full_name([(full, 1), (short, 3)], [], pipeline.kb)
    assert [mention.kb_id for mention, _ in names] == ["new-york-times", "new-york-times"]
    # the London paper named by another form of its own, or two papers ending so: left alone
    london = [(full, 1), (short, 1), (_mention("The Times of London", kb_id="the-times"), 1)]
    assert titles_by_full_name(london, [], pipeline.kb)[0] == london
    two = [(full, 1), (short, 1), (_mention("Los Angeles Times", kb_id="la-times"), 1)]
    assert titles_by_full_name(two, [], pipeline.kb)[0] == two
    # a legal form is no word of the short name, and a place is no short name of another
    news = [(_mention("News Corp", kb_id="news-corp"), 1), (_mention("Bloomberg News", kb_id="bloomberg"), 1)]
    assert titles_by_full_name(news, [], pipeline.kb)[0] == news
    states = [(_mention("Virginia", "Jurisdiction", kb_id="us-va"), 1), (_mention("West Virginia", "Jurisdiction", kb_id="us-wv"), 1)]
    assert titles_by_full_name(states, [], pipeline.kb)[0] == states


def test_a_company_s_first_words_are_the_one_company_its_document_names_in_full(pipeline):
    from kg.resolve import companies_by_short_form
    full = _mention("Quorvane Robotics LLC", mechanism="suffix")
    short = _mention("Quorvane", mechanism="english/repeated")
    names, _ = companies_by_short_form([(full, 1), (short, 2)], [], pipeline.kb)
    assert names[1][0].canonical == "Quorvane Robotics LLC"
    # its legal form and a leading article left out on both sides: Quorvane 公司, the Quorvane Co.
    for other in ("Quorvane 公司", "The Quorvane Co."):
        names, _ = companies_by_short_form([(full, 1), (_mention(other), 1)], [], pipeline.kb)
        assert names[1][0].canonical == "Quorvane Robotics LLC"
    # two companies named in full that begin with it: neither
    two = [(full, 1), (_mention("Quorvane Pictures Inc."), 1), (short, 1)]
    assert companies_by_short_form(two, [], pipeline.kb)[0] == two
    # a short name the knowledge base knows as another company stays that company
    google = [(_mention("Google Fiberlane Holdings LLC"), 1), (_mention("Google", kb_id="google"), 1)]
    assert companies_by_short_form(google, [], pipeline.kb)[0] == google
    # a unit and its parent the document relates are two
    unit = [(_mention("Quorvane Consulting"), 1), (short, 1)]
    assert companies_by_short_form(unit, [_fact(unit[0][0], "partOf", short)], pipeline.kb)[0] == unit
    # a person's or a place's name is no company's short name
    person = [(full, 1), (_mention("Quorvane", "Person"), 1)]
    assert companies_by_short_form(person, [], pipeline.kb)[0] == person


def test_a_known_company_s_name_without_its_legal_form_is_that_company(pipeline):
    from kg.resolve import companies_by_short_form
    names, _ = companies_by_short_form([(_mention("X Corporation", kb_id="x-corp"), 1), (_mention("X"), 2)], [],
                                       pipeline.kb)
    assert names[1][0].kb_id == "x-corp"
    graph = _resolved(pipeline, names, [])
    (node,) = [node for node, _ in graph.entities("Company")]
    assert node == "x-corp" and {"X", "X Corporation"} <= graph.entity(node)["labels"]
    # the known company's other names count too: X平台 … X
    names, _ = companies_by_short_form([(_mention("X平台", kb_id="x-corp"), 1), (_mention("X"), 2)], [], pipeline.kb)
    assert names[1][0].kb_id == "x-corp"


def test_a_company_s_short_form_joins_its_full_name_in_sentences(pipeline, write_doc):
    texts = {"en.txt": "Quorvane Robotics LLC sued Brindlemoor Analytics in federal court on Monday. "
                       "A spokesperson for Quorvane declined to comment. Regulators in Ohio also fined Quorvane last year.",
             "zh.txt": "Quorvane Robotics LLC周一起诉了Brindlemoor Analytics。俄亥俄州监管机构去年曾对Quorvane处以罚款。",
             "tw.txt": "Quorvane Robotics LLC週一起訴了Brindlemoor Analytics。俄亥俄州監管機構去年曾對Quorvane處以罰款。"}
    for name, text in texts.items():
        graph = pipeline.graph([pipeline.process(write_doc(name, text))])
        quorvane = [data["labels"] for _, data in graph.entities() if any("Quorvane" in l for l in data["labels"])]
        assert len(quorvane) == 1, (name, quorvane)


def test_legal_forms_joined_once_per_mentions_added_and_again_after_a_new_one(pipeline, monkeypatch):
    resolver = Resolver(pipeline.kb)
    resolver.add(_mention("Kalo Robotics Inc"))
    resolver.add(_mention("Kalo Robotics"))
    runs = []
    join = Resolver._join_legal_forms
    monkeypatch.setattr(Resolver, "_join_legal_forms", lambda self: (runs.append(self._forms_joined), join(self)))
    first = resolver.entities()
    assert len(first) == 1 and resolver.entities() == first  # (read twice, joined once: the same entities)
    resolver.add(_mention("Mire Labs LLC"))
    resolver.add(_mention("Mire Labs"))
    assert len(resolver.entities()) == 2 and runs == [False, True, False]  # a mention added: joined again


def test_a_short_name_repeated_across_facts_is_read_as_its_full_name_every_time(pipeline):
    # (the answer for a name is kept for the document's other mentions and facts: the same answer each time)
    from kg.resolve import companies_by_short_form
    full = _mention("Tessaline Freight Systems LLC", mechanism="suffix")
    shorts = [Mention("Tessaline", "Company", start, start + 9, mechanism="english/repeated") for start in (40, 90, 140)]
    other = _mention("Brovik Dunmere Inc", mechanism="suffix")
    facts = [_fact(short, "sued", other) for short in shorts]
    names, found = companies_by_short_form([(full, 1), *((short, 1) for short in shorts)], facts, pipeline.kb)
    assert [mention.canonical for mention, _ in names[1:]] == ["Tessaline Freight Systems LLC"] * 3
    assert [fact.head.canonical for fact in found] == ["Tessaline Freight Systems LLC"] * 3
    assert all(fact.tail is other for fact in found)


def test_an_entity_read_again_after_more_mentions_counts_them(pipeline):
    # (an entity's labels and types are counted once per graph, and again once a mention is added)
    resolver = Resolver(pipeline.kb)
    resolver.add(_mention("Orvanta Quillsby", "Person"))
    (entity,) = resolver.entities()
    assert entity.labels == {"Orvanta Quillsby"} and entity.type == "Person"
    resolver.add(_mention("Orvanta Quillsby", "Company"), 3)
    (entity,) = resolver.entities()
    assert entity.type == "Company"
    resolver.add(_mention("奥凡塔", "Company", aliases=("Orvanta Quillsby",)))
    (entity,) = resolver.entities()
    assert entity.labels == {"Orvanta Quillsby", "奥凡塔"} and entity.type == "Company"


def test_a_person_named_as_a_generated_town_stays_a_person(pipeline):
    """Judge Harlow (a person the name families typed) is no town, though cities.tsv names one
    Harlow: a generated town is the name the kb family read with its id, not any mention so written."""
    resolver = Resolver(pipeline.kb)
    resolver.add(_mention("Harlow", "Person"))
    (entity,) = resolver.entities()
    assert entity.type == "Person" and entity.id != pipeline.kb.lookup("Harlow", towns=True).id


def test_a_person_is_labelled_by_the_fullest_form_of_the_name_not_the_family_name_alone():
    from collections import Counter
    from kg.resolve import _preferred_label
    # a story names her once in full, then by her family name: the label is the full name
    assert _preferred_label(Counter({"Orla Venn": 1, "Venn": 3}), "Person") == "Orla Venn"
    # another type, or no fuller form: the most frequent form, as before
    assert _preferred_label(Counter({"Venn Labs": 1, "Venn": 3}), "Company") == "Venn"
    assert _preferred_label(Counter({"Venn": 3, "O. Venn": 1}), "Person") == "O. Venn"
    assert _preferred_label(Counter({"Venn": 2}), "Person") == "Venn"
    # a Chinese form is preferred as before
    assert _preferred_label(Counter({"Orla Venn": 1, "Venn": 3, "奥拉·文": 1}), "Person") == "奥拉·文"
