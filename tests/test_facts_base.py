"""kg.facts.base: what every family shares; here, the date of each sentence's facts."""
from __future__ import annotations

from collections import Counter

import pytest

from kg.model import Document, Item

STORY = ("2023年3月5日，纽约时报起诉OpenAI。同年9月，加州北区联邦地区法院驳回了OpenAI的动议。"
         "次年，纽约时报与OpenAI达成和解。")


def _dated(read_facts, text: str, date: str = "2024-06-01") -> dict[tuple[str, str, str], str]:
    return {(f.head.text, f.relation, f.tail.text): f.evidence.date
            for f in read_facts(text, date=date, objects=True) if f.rule == "cue"}


def test_a_fact_is_dated_by_its_own_sentence_and_relative_dates_follow_the_story(read_facts):
    dated = _dated(read_facts, STORY)
    assert dated[("纽约时报", "sued", "OpenAI")] == "2023-03-05"
    assert dated[("加州北区联邦地区法院", "adjudicated", "OpenAI")] == "2023-09"
    assert dated[("纽约时报", "settled", "OpenAI")] == "2024"


def test_same_month_and_same_day_keep_the_day_the_story_gave(read_facts):
    dated = _dated(read_facts, "2024年5月10日，欧盟委员会对Meta展开调查。当月，欧盟委员会对谷歌处以罚款。同日，Meta起诉欧盟委员会。")
    assert dated[("欧盟委员会", "fined", "谷歌")] == "2024-05"
    assert dated[("Meta", "sued", "欧盟委员会")] == "2024-05-10"


def test_last_month_this_month_and_yesterday_count_from_the_items_date(read_facts):
    dated = _dated(read_facts, "上月，欧盟委员会对Meta展开调查。本月，欧盟委员会对谷歌处以罚款。昨日，微软宣布与OpenAI合作。")
    assert dated[("欧盟委员会", "investigated", "Meta")] == "2024-05"
    assert dated[("欧盟委员会", "fined", "谷歌")] == "2024-06"
    assert dated[("微软", "partnered", "OpenAI")] == "2024-05-31"


def test_a_sentence_without_a_date_has_the_items_date(read_facts):
    assert _dated(read_facts, "欧盟委员会对Meta展开调查。") == {("欧盟委员会", "investigated", "Meta"): "2024-06-01"}


def test_each_items_sentence_dates_are_worked_out_once_in_a_batch_of_many_items(pipeline, monkeypatch):
    """The items' facts are read for a whole batch of documents before the document rules
    ask for their sentence dates again: all of them are remembered till then."""
    shared = pipeline.extractor.shared
    shared.sentence_dates.cache_clear()
    split, counted = shared.sentences.spans, Counter()

    def spans(text):
        counted[text] += 1
        return split(text)
    monkeypatch.setattr(shared.sentences, "spans", spans)
    documents = []
    for number in range(3):
        items = "".join(f"{index}.微软与OpenAI宣布第{number * 40 + index}项合作\n\n"
                        f"2024年3月{index % 28 + 1}日，微软与OpenAI宣布合作。\n\n" for index in range(1, 41))
        documents.append(Document(f"batch-{number}.txt", f"batch-{number}.txt", "人工智能月报\n\n" + items, "0"))
    results = pipeline.process_documents(documents)
    assert sum(len(result.items) for result in results) > 100
    assert counted and max(counted.values()) == 1


def test_a_sentences_cue_words_are_found_once_for_every_family_that_reads_them(pipeline, monkeypatch):
    from kg.facts.triggers import CueFinder
    find, looked = CueFinder.__call__, Counter()

    def counted(self, text, start, end, mentions, vetoes=()):
        looked[(text, start, end)] += 1
        return find(self, text, start, end, mentions, vetoes)
    monkeypatch.setattr(CueFinder, "__call__", counted)
    text = "2024年5月，纽约时报向法院提起诉讼，被告为微软和OpenAI。微软与OpenAI宣布合作。"
    facts = pipeline.extractor.facts(Item("cues.txt", 1, "", text), text, pipeline.nlp(text).user_data["mentions"])
    assert {fact.relation for fact in facts} >= {"sued", "partnered"}
    assert looked and max(looked.values()) == 1


def test_items_with_a_relation_gives_each_item_that_states_it_with_its_facts():
    from kg.facts.base import Document as FactsDocument
    from kg.model import Evidence, Fact, Mention

    def suit(item: str, plaintiff: str, defendant: str) -> Fact:
        return Fact(Mention(plaintiff, "Company", 0, len(plaintiff)), "sued", Mention(defendant, "Company", 5, 9),
                    Evidence("news.txt", item, f"{plaintiff}起诉{defendant}", 0, 9))

    items = [(Item("news.txt", index, title, title), title, []) for index, title in enumerate(("甲案", "监管", "乙案"), 1)]
    first, second = suit("甲案", "星河公司", "云帆公司"), suit("乙案", "北辰公司", "云帆公司")
    fined = Fact(Mention("某局", "Regulator", 0, 2), "fined", Mention("云帆公司", "Company", 4, 8),
                 Evidence("news.txt", "监管", "某局罚款云帆公司", 0, 8))
    document = FactsDocument(items, [second, fined, first])
    assert [(item.title, facts) for item, _, _, facts in document.items_with("sued")] == [("甲案", [first]), ("乙案", [second])]
    assert [item.title for item, *_ in document.items_with("fined")] == ["监管"]
    assert list(document.items_with("acquired")) == []


def test_banned_each_bans_every_name_but_the_actor_itself_and_none_without_an_actor():
    from types import SimpleNamespace

    from kg.facts.base import banned_each
    from kg.model import Evidence, Mention
    text = "商务部将甲公司、乙公司和商务部列入清单。"
    sentence = SimpleNamespace(evidence=Evidence("doc.txt", "清单", text, 0, len(text)))
    def named(name: str, kind: str, at: int = 0) -> Mention:
        start = text.index(name, at)
        return Mention(name, kind, start, start + len(name))
    ministry, first, second, again = named("商务部", "Regulator"), named("甲公司", "Company"), \
        named("乙公司", "Company"), named("商务部", "Regulator", 3)
    facts = banned_each(sentence, ministry, [first, second, again], 0.8)
    assert [(f.head.text, f.relation, f.tail.text) for f in facts] == [("商务部", "banned", "甲公司"), ("商务部", "banned", "乙公司")]
    assert banned_each(sentence, None, [first, second], 0.8) == []


def test_a_county_opening_a_bodys_name_is_its_place_not_the_city_of_the_same_name(read_facts):
    found = read_facts("The Baltimore County Police Department opened an inquiry into the deepfake.")
    assert ("Baltimore County Police Department", "jurisdiction", "Baltimore County") in found
    assert ("Baltimore County Police Department", "jurisdiction", "Baltimore") not in found


def test_a_county_the_knowledge_base_does_not_list_opening_a_courts_name_is_its_place(read_facts):
    found = read_facts("The complaint was filed on Monday. The St. Ambrose County Circuit Court dismissed it. "
                       "A second suit is pending in Millbrook County Superior Court.")
    assert ("St. Ambrose County Circuit Court", "jurisdiction", "St. Ambrose County") in found
    assert ("Millbrook County Superior Court", "jurisdiction", "Millbrook County") in found


def test_a_county_prosecutor_named_before_the_person_holding_the_office_is_the_countys(read_facts):
    found = read_facts("Millbrook County District Attorney Jane Roe charged the teenager on Monday.")
    assert ("Millbrook County District Attorney", "jurisdiction", "Millbrook County") in found


def test_a_place_and_a_firm_or_a_person_and_a_state_body_are_no_partners(read_facts):
    found = read_facts("杭州市与智谱AI签署合作协议。美国商务部长吉娜·雷蒙多与英国科学、创新和技术大臣签署谅解备忘录。")
    partners = {frozenset((h, t)) for h, r, t in found if r == "partnered"}
    assert frozenset(("杭州市", "智谱AI")) not in partners
    assert not {pair for pair in partners if "吉娜·雷蒙多" in pair and pair & {"英国科学、创新和技术大臣", "美国商务部长"}}


def test_two_places_still_partner(read_facts):
    found = read_facts("美国与欧盟签署合作协议。")
    assert frozenset(("美国", "欧盟")) in {frozenset((h, t)) for h, r, t in found if r == "partnered"}


def test_a_state_body_buys_no_company(read_facts):
    found = read_facts("国家市场监督管理总局附加限制性条件批准腾讯收购京东。")
    assert not {f for f in found if f[1] == "acquired" and f[0] == "国家市场监督管理总局"}


# -- a month and day told without a year, in a paragraph of its own (filed30) ---------------------------
BACKGROUND = {
    "zh": ("美国证券交易委员会在2020年8月对微软展开调查。", "纽约时报于8月30日起诉OpenAI。", ("纽约时报", "sued", "OpenAI")),
    "zh-Hant": ("美國證券交易委員會在2020年8月對微軟展開調查。", "紐約時報於8月30日控告OpenAI。", ("紐約時報", "sued", "OpenAI")),
    "en": ("In August 2020 the Securities and Exchange Commission investigated Microsoft.",
           "The New York Times sued OpenAI on August 30.", ("The New York Times", "sued", "OpenAI")),
}


def _sued(read_facts, text: str, date: str) -> dict[tuple[str, str, str], str]:
    return {(f.head.text, f.relation, f.tail.text): f.evidence.date
            for f in read_facts(text, date=date, objects=True) if f.relation == "sued"}


@pytest.mark.parametrize("language", sorted(BACKGROUND))
def test_a_month_and_day_in_a_new_paragraph_take_the_year_of_the_items_date_not_of_the_background(read_facts, language):
    background, filing, fact = BACKGROUND[language]
    dated = _sued(read_facts, background + "\n" + filing, "2024-11-01")
    assert dated == {fact: "2024-08-30"}


@pytest.mark.parametrize("language", sorted(BACKGROUND))
def test_inside_one_paragraph_the_story_year_goes_on(read_facts, language):
    background, filing, fact = BACKGROUND[language]
    dated = _sued(read_facts, background + " " + filing, "2024-11-01")
    assert dated == {fact: "2020-08-30"}


def test_a_relative_date_in_a_new_paragraph_still_counts_from_the_story(read_facts):
    dated = _dated(read_facts, "2023年3月5日，纽约时报起诉OpenAI。\n同年9月，加州北区联邦地区法院驳回了OpenAI的动议。", "2024-11-01")
    assert dated[("加州北区联邦地区法院", "adjudicated", "OpenAI")] == "2023-09"


def test_an_item_without_a_full_date_keeps_the_story_year_across_paragraphs(read_facts):
    dated = _dated(read_facts, "美国证券交易委员会在2020年8月对微软展开调查。\n纽约时报于8月30日起诉OpenAI。", "2024-11")
    assert dated[("纽约时报", "sued", "OpenAI")] == "2020-08-30"


# -- windows: each rule's reach, named in data/lexicon/windows.tsv -------------------------------
def test_every_window_a_family_names_is_in_the_data_and_read_as_a_number():
    from kg.facts import cue, litigation
    from kg.facts.grammar import window, windows
    assert cue.WINDOW == window("cue.WINDOW") == windows()["cue.WINDOW"]
    assert litigation.CaseRulings.REACH == window("litigation.CaseRulings.REACH")
    assert all(isinstance(value, int) and value > 0 for value in windows().values())


def test_a_window_file_with_a_bad_number_or_a_missing_name_is_named_in_one_line(tmp_path):
    import pytest
    from kg.facts.grammar import window, windows
    path = tmp_path / "windows.tsv"
    path.write_text("name\tcharacters\twhat\ncue.WINDOW\tsixty\twhat\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"windows.tsv: line 2: the window 'cue.WINDOW' has no whole number"):
        windows(path)
    with pytest.raises(KeyError, match=r"no window named 'cue.NOWHERE'"):
        window("cue.NOWHERE")


def test_a_ruling_placed_in_another_state_is_not_that_of_a_court_named_by_its_state(read_facts):
    """kg.facts.base court_elsewhere: a court the knowledge base lacks (New York federal court) lies
    in the place its name holds, so a federal judge in California ruling is not its ruling."""
    text = ("Ana Roe and Ben Lee sued Vexor Labs in New York federal court on Monday, saying it copied their books. "
            "A day earlier, a federal judge in California ruled that Quillmark had used books fairly.")
    found = read_facts(text)
    assert not {f for f in found if f[0] == "New York federal court" and f[1] == "adjudicated"}, found


def test_every_fact_of_a_sentence_family_names_its_rule(read_facts, pipeline):
    """kg.facts.Extractor names a family's facts with its rule (made once an item, not at each
    sentence), and every fact read carries one."""
    rules = {family.rule for family in pipeline.extractor.sentence_families}
    facts = read_facts(STORY + "欧盟委员会对谷歌处以罚款。", objects=True)
    assert facts and all(f.rule for f in facts)
    assert {f.rule for f in facts if (f.head.text, f.relation) == ("纽约时报", "sued")} == {"cue"} and "cue" in rules
