"""The knowledge base (data/kb/*.tsv) as data: its rows are well formed and consistent, its
generated places cover ISO 3166, and a few lookups by Chinese, English and alias."""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from kg.graph import fold
from kg.kb import DATA_DIR, KB_FILES, LOOKUP_FILES, KnowledgeBase

KB_DIR = DATA_DIR / "kb"
CJK = re.compile("[\u3400-\u9fff]")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _raw_rows(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    assert rows[0][:6] == ["id", "zh", "en", "aliases", "jurisdiction", "parent"], path.name
    return rows[1:]


def test_the_knowledge_base_holds_at_least_8000_entries(kb):
    assert len(kb.entries) >= 8000


def test_the_readme_states_the_current_number_of_entries(kb):
    stated = re.search(r"([\d,]+) entries", (KB_DIR / "README.md").read_text(encoding="utf-8"))
    assert stated and int(stated.group(1).replace(",", "")) == len(kb.entries)


def test_every_kb_file_is_loaded_under_a_type():
    assert {path.stem for path in KB_DIR.glob("*.tsv")} <= set(KB_FILES) | set(LOOKUP_FILES)


def test_every_id_is_unique_across_all_files():
    seen: dict[str, str] = {}
    for path in sorted(KB_DIR.glob("*.tsv")):
        for row in _raw_rows(path):
            assert row[0] not in seen, f"{row[0]} in {seen.get(row[0])} and {path.name}"
            seen[row[0]] = path.name


def test_every_row_has_six_fields_and_a_name():
    for path in sorted(KB_DIR.glob("*.tsv")):
        for row in _raw_rows(path):
            assert len(row) == 6, (path.name, row)
            assert any(row[1:4]), (path.name, row[0])


def test_every_parent_and_jurisdiction_names_an_existing_entry(kb):
    for entry in kb.entries.values():
        for ref in (entry.jurisdiction, entry.parent):
            assert ref is None or ref in kb.entries, (entry.id, ref)
        if entry.jurisdiction:
            assert kb.entries[entry.jurisdiction].type == "Jurisdiction", entry.id


def test_no_name_belongs_to_two_entries_unless_listed_as_ambiguous(kb):
    """Two entries under one name (of one type or two) make lookup answer nothing and the
    matcher pick one blindly: only the names data/kb/ambiguous.txt lists may do so."""
    lines = (KB_DIR / "ambiguous.txt").read_text(encoding="utf-8").splitlines()
    allowed = {fold(line) for line in lines if line.strip() and not line.startswith("#")}
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in kb.entries.values():
        for name in entry.names:
            owners[fold(name)].add(entry.id)
    shared = {name: ids for name, ids in owners.items() if len(ids) > 1}
    assert set(shared) == allowed, shared


def test_every_iso_country_is_present_with_chinese_and_english_names(kb):
    pycountry = pytest.importorskip("pycountry")
    codes = {entry.id: entry for entry in kb.entries.values() if entry.type == "Jurisdiction"}
    for country in pycountry.countries:
        entry = codes.get("uk" if country.alpha_2 == "GB" else country.alpha_2.lower())
        assert entry is not None, country.name
        assert CJK.search(entry.zh) and entry.en, (entry.id, entry.zh, entry.en)


def test_first_level_subdivisions_hang_under_their_country(kb):
    places = _raw_rows(KB_DIR / "places.tsv")
    subdivisions = [row for row in places if row[5]]
    assert len(subdivisions) > 2500
    for row in subdivisions:
        assert kb.entries[row[5]].type == "Jurisdiction" and "-" not in row[5], row[0]   # a country
        assert row[0].startswith(row[5] + "-"), row[0]


def test_generated_places_carry_no_name_that_fires_inside_ordinary_text():
    """Short Latin names (Bar, Uri) only where a reviewer added them by hand (Goa, Zug)."""
    review = [line.split("\t") for line in (KB_DIR / "sources" / "places_review.tsv").read_text(encoding="utf-8")
              .splitlines() if line.strip() and not line.startswith("#")]
    by_hand = {value for _, action, value in review if action in ("zh", "en", "alias")}
    for row in _raw_rows(KB_DIR / "places.tsv"):
        for name in filter(None, [row[1], row[2], *row[3].split("|")]):
            if CJK.search(name):
                assert len(name) >= 2, (row[0], name)
            else:
                assert (len(name) >= 4 or name in by_hand) and not name.islower(), (row[0], name)
        assert "Central" not in row[3].split("|") and row[2] not in {"Central", "North", "Capital"}


def test_generated_cities_hang_under_a_known_place_and_carry_no_ordinary_word_or_given_name(kb):
    given = set((DATA_DIR / "lexicon" / "given_names.txt").read_text(encoding="utf-8").splitlines())
    rows = _raw_rows(KB_DIR / "cities.tsv")
    assert len(rows) > 5000
    for row in rows:
        assert kb.entries[row[5]].type == "Jurisdiction", row[0]
        for name in filter(None, [row[2], *row[3].split("|")]):
            assert len(name) >= 4 and name[0].isupper() and not CJK.search(name) and name not in given, (row[0], name)
    names = {name for row in rows for name in [row[2], *row[3].split("|")]}
    assert not names & {"March", "Most", "Police", "Officer", "Reading", "Mobile", "Hollywood", "Garcia", "Walker"}
    assert kb.lookup("Peshawar", towns=True).parent == "pk" and kb.lookup("Malden", towns=True).parent == "us-ma"
    assert kb.lookup("Belknap County", towns=True).parent == "us-nh" and kb.lookup("Washington County", towns=True) is None
    assert kb.lookup("Malden") is None  # to the rules asking whether a name is known, a generated town's is not


def test_generated_cities_are_looked_up_by_name_and_id_but_never_iterated_with_the_entries(kb):
    """cities.tsv is a LookupTable: matched by its names' tokens as jieba cuts them, found by id
    (kb.entries[id], get, in), never among kb.entries' values (no startup index holds it), and
    sharing no name with an entry (lookup would otherwise answer the entry, not nobody)."""
    from kg.mentions.kb import folded, name_words
    from kg.mentions.words import cut_lines
    rows = _raw_rows(KB_DIR / "cities.tsv")
    names = [name for row in rows for name in filter(None, [row[2], *row[3].split("|")])]
    table = kb.lookup_table
    for name, cut in zip(names, cut_lines(names)):
        run = [folded(word) for word in name_words(cut, name)]
        assert table.tokens(run) is not None and len(run) in table.lengths[run[0]], name
        assert table.named(fold(name)) is not None and fold(name) not in kb.by_name, name
    first = rows[0][0]
    assert first in kb.entries and kb.entries[first].id == first and kb.entries.get(first).type == "Jurisdiction"
    assert first not in {entry.id for entry in kb.entries.values()} and kb.entries.get("no-such-id") is None
    assert kb.place_prefix("Merrimack County Superior Court")[0] == "Merrimack County"
    assert kb.country_of(kb.lookup("Malden", towns=True).id) == "us"


@pytest.mark.parametrize("name, expected", [
    ("危地马拉", "gt"), ("Guatemala", "gt"), ("刚果（金）", "cd"), ("DR Congo", "cd"),
    ("埼玉县", "jp-11"), ("锡金邦", "in-sk"), ("Sikkim", "in-sk"), ("汤加", "to"),
    ("北京市", "cn-beijing"), ("California", "us-ca"), ("加州", "us-ca"),
    ("河内", "vn-hn"), ("Hanoi", "vn-hn"), ("Metro Manila", "ph-00"), ("加泰罗尼亚", "es-ct"), ("Catalonia", "es-ct"),
])
def test_lookup_by_chinese_english_and_alias(kb, name, expected):
    assert kb.lookup(name).id == expected


def test_a_name_two_places_share_is_no_lookup(kb):
    """Punjab is a state of India and a province of Pakistan: the name decides nothing."""
    assert kb.lookup("Punjab") is None


def test_a_wrong_translation_is_not_a_name(kb):
    assert kb.lookup("泰米尔纳德邦").id == "in-tn"     # ISO's zh_CN gave it to Sikkim
    assert kb.lookup("琦玉县") is None                  # a misspelling of 埼玉县


@pytest.mark.parametrize("name, expected", [
    ("N.D. Cal.", "us-ndcal"), ("Northern District of California", "us-ndcal"), ("加州北区联邦地区法院", "us-ndcal"),
    ("Middle District of Alabama", "us-mdala"), ("D.N.J.", "us-dnj"), ("9th Circuit", "us-ca9"),
    ("美国联邦第九巡回上诉法院", "us-ca9"), ("广东省通信管理局", "cn-guangdong-ca"), ("四川网信办", "cn-sichuan-cac"),
    ("石家庄市中级人民法院", "cn-shijiazhuang-imc"), ("CNIL", "fr-cnil"), ("BayLfD", "de-baylfd"),
    ("金杜律师事务所", "kwm"), ("宁德时代", "catl"), ("Securities and Exchange Commission", "us-sec"),
    # short forms the press writes for known bodies: 立院 (Taiwan's Legislative Yuan), 中共; a region's head by its place
    ("立院", "tw-legislative-yuan"), ("中共", "cn-cpc"), ("澳门行政长官", "mo-ce"), ("香港行政长官", "hk-ce"),
])
def test_lookup_of_courts_bodies_firms_and_companies(kb, name, expected):
    assert kb.lookup(name).id == expected


@pytest.mark.parametrize("name, expected", [
    ("Court of Appeals for the Ninth Circuit", "us-ca9"), ("Court of Appeals for the Second Circuit", "us-ca2"),
    ("Court of Appeals for the Federal Circuit", "us-cafc"), ("Court of Appeals for the District of Columbia Circuit", "us-cadc"),
    ("England and Wales High Court", "uk-high-court"),
    ("England and Wales High Court of Justice", "uk-high-court"), ("High Court of England & Wales", "uk-high-court"),
    ("Court of Appeal of England & Wales", "uk-court-of-appeal"),
    ("U.S. District Court for Northern California", "us-ndcal"), ("US District Court for Southern New York", "us-sdny"),
    ("United States District Court of Massachusetts", "us-dmass"), ("District Court of Massachusetts", "us-dmass"),
    ("U.S. District Court for Delaware", "us-ddel"),
])
def test_a_court_named_without_its_country_is_known(kb, name, expected):
    # the Court of Appeals for the Ninth Circuit (no "U.S."); the England and Wales High Court (its citations' EWHC);
    # a district told by its direction and state (for Northern California), a one-district state's "of" it
    assert kb.lookup(name).id == expected


def test_us_federal_courts_are_all_there():
    rows = _raw_rows(KB_DIR / "us_courts.tsv")
    districts = [row for row in rows if "District Court for the" in row[2]]
    assert len(districts) == 94 and len(rows) == 107
    assert {row[4] for row in districts} >= {f"us-{state}" for state in ("ca", "ny", "tx", "dc", "wy")}


def test_a_law_name_several_countries_share_has_no_jurisdiction(kb):
    """个人信息保护法 is China's, Korea's and Japan's: the text says which; the qualified name says China."""
    assert kb.lookup("个人信息保护法").jurisdiction is None
    assert kb.lookup("中华人民共和国个人信息保护法").jurisdiction == "cn"
    assert kb.lookup("人工智能基本法").jurisdiction is None
    assert kb.lookup("韩国人工智能基本法").jurisdiction == "kr"


def test_every_us_state_has_its_attorney_general_governor_and_legislature(kb):
    states = [e.id for e in kb.entries.values() if e.parent == "us" and e.type == "Jurisdiction"
              and len(e.id) == 5 and e.id != "us-dc"]
    assert len(states) == 50
    for state in states:
        for body in ("ag", "governor", "legislature"):
            assert kb.entries[f"{state}-{body}"].jurisdiction == state
    assert kb.lookup("得州总检察长").id == "us-tx-ag" and kb.lookup("Governor of Ohio").id == "us-oh-governor"


def test_known_starts_gives_the_known_names_a_name_begins_with_longest_first(kb):
    starts = [(length, entry.id) for length, entry in kb.known_starts("微软研究院实验室")]
    assert starts == [(5, kb.lookup("微软研究院").id), (2, kb.lookup("微软").id)]
    assert list(kb.known_starts("微软")) == []  # two characters stay after a known start


def test_known_starts_never_cuts_a_latin_word_and_takes_lengths_known_otherwise(kb):
    assert all(length != 3 for length, _ in kb.known_starts("Metaverse Lab"))
    assert (5, None) in list(kb.known_starts("卓汇智能研究院", also={5}))


def test_a_latin_place_prefix_is_whole_words(kb):
    assert kb.place_prefix("Samsung Notes") is None or kb.place_prefix("Samsung Notes")[0] != "Samsun"
    assert kb.place_prefix("Utah Division of Consumer Protection")[0] == "Utah"


def test_every_us_state_has_its_highest_court(kb):
    """New York's highest court is its Court of Appeals (its Supreme Court tries cases); every
    other state's is a `<state>-supreme` row, whatever the state calls it."""
    states = [e.id for e in kb.entries.values() if e.parent == "us" and e.type == "Jurisdiction"
              and len(e.id) == 5 and e.id != "us-dc"]
    for state in states:
        court = kb.entries["us-ny-court-of-appeals" if state == "us-ny" else f"{state}-supreme"]
        assert court.type == "Court" and court.jurisdiction == state, state


@pytest.mark.parametrize("name, expected", [
    ("Supreme Court of Ohio", "us-oh-supreme"), ("高雄市", "tw-khh"), ("Ohio Supreme Court", "us-oh-supreme"), ("俄亥俄州最高法院", "us-oh-supreme"),
    ("Massachusetts Supreme Judicial Court", "us-ma-supreme"), ("麻州最高法院", "us-ma-supreme"),
    ("Bankr. D. Del.", "us-bk-ded"),
    ("Kammergericht", "de-kammergericht"), ("OLG Köln", "de-olg-cologne"), ("Patna High Court", "in-patna-hc"),
    ("札幌高等法院", "jp-sapporo-high"), ("Sacramento", "us-sacramento"), ("波特兰", "us-portland"),
    ("汉诺威", "de-hanover"), ("Karlsruhe", "de-karlsruhe"), ("Lisbon", "pt-11"), ("约翰内斯堡", "za-johannesburg"),
])
def test_lookup_of_state_and_foreign_courts_and_cities(kb, name, expected):
    assert kb.lookup(name).id == expected


def test_a_court_name_many_countries_use_is_no_bare_name(kb):
    """County Court, Commercial Court, Administrative Court: the text says whose."""
    for name in ("County Court", "Commercial Court", "Administrative Court", "Family Division", "State Courts", "Crown Court", "Orange County"):
        assert kb.lookup(name) is None, name


@pytest.mark.parametrize("name, expected", [
    ("HMRC", "uk-hmrc"), ("英国税务海关总署", "uk-hmrc"), ("Solicitors Regulation Authority", "uk-sra"),
    ("State Bar of California", "us-ca-state-bar"), ("纳斯达克", "nasdaq"), ("深交所", "szse"),
    ("Scott Bessent", "scott-bessent"), ("魏哲家", "cc-wei"), ("普京", "vladimir-putin"),
])
def test_lookup_of_uk_bodies_bars_exchanges_and_people(kb, name, expected):
    assert kb.lookup(name).id == expected


def test_a_surname_two_people_share_is_no_bare_name(kb):
    """Rupert and Lachlan Murdoch; Pat Gelsinger's Chinese surname is Kissinger's (基辛格)."""
    for name in ("Murdoch", "默多克", "基辛格", "Truss"):
        assert kb.lookup(name) is None, name


@pytest.mark.parametrize("name, expected", [
    ("VCDPA", "us-va-cdpa"), ("弗吉尼亚州消费者数据保护法", "us-va-cdpa"), ("Capture or Use of Biometric Identifier Act", "us-tx-cubi"),
    ("My Health My Data Act", "us-wa-mhmda"), ("Sherman Act", "us-sherman-act"), ("谢尔曼法", "us-sherman-act"),
    ("POPIA", "za-popia"), ("伯尔尼公约", "berne-convention"), ("信息网络传播权保护条例", "cn-info-network-transmission-regs"),
    ("Bright Data", "bright-data"), ("Capitol Records", "capitol-records"), ("猎豹移动", "cheetah-mobile"),
    ("GEDI Gruppo Editoriale", "gedi"), ("Palantir Gotham", "palantir-gotham"), ("芝麻信用", "zhima-credit"),
])
def test_lookup_of_round_12_laws_companies_and_models(kb, name, expected):
    assert kb.lookup(name).id == expected


def test_ordinary_words_and_shared_bill_numbers_are_no_names(kb):
    """Imbue, Liner, Supercell are English words; SB 7 is a bill number of every state."""
    for name in ("Imbue", "Liner", "Supercell", "SB 7", "Toss", "Just Walk Out", "第七章", "Freedom of Information Act"):
        assert kb.lookup(name) is None, name


@pytest.mark.parametrize("name, expected", [
    ("BaFin", "de-bafin"), ("日本金融厅", "jp-fsa"), ("广东省司法厅", "cn-guangdong-justice"), ("上海市商务委员会", "cn-shanghai-commerce"),
    ("国家反垄断局", "cn-namb"), ("资安署", "tw-acs"), ("资通安全管理法", "tw-cybersecurity-act"), ("Copyright Board of Canada", "ca-copyright-board"),
    ("北京市石景山区人民法院", "cn-beijing-shijingshan-court"), ("Kim & Chang", "kim-chang"), ("MBZUAI", "mbzuai"), ("广东省消委会", "gd-consumer-council"),
    ("Sharon Johnson Coleman", "sharon-johnson-coleman"), ("李乐成", "li-lecheng"), ("祖克柏", "mark-zuckerberg"),
])
def test_lookup_of_round_12_bodies_courts_organizations_and_people(kb, name, expected):
    assert kb.lookup(name).id == expected


def test_a_district_name_two_cities_share_is_no_bare_court_name(kb):
    """鼓楼区 is a district of Nanjing, Fuzhou and Xuzhou: only the city's name decides."""
    assert kb.lookup("鼓楼区人民法院") is None and kb.lookup("南京市鼓楼区人民法院").id == "cn-nanjing-gulou-court"
    assert kb.lookup("个人资料保护法").jurisdiction is None


@pytest.mark.parametrize("name, expected", [
    ("盐城市网信办", "cn-yancheng-cac"), ("宁德市市场监管局", "cn-ningde-amr"), ("佛山网信办", "cn-foshan-cac"),
    ("遵义中院", "cn-zunyi-imc"), ("最高人民法院第一巡回法庭", "cn-spc-1circuit"), ("重庆五中院", "cn-chongqing-5imc"),
    ("URCDP", "uy-urcdp"), ("KISA", "kr-kisa"), ("DFPI", "us-ca-dfpi"), ("Copyright Royalty Board", "us-crb"),
    ("群核科技", "manycore"), ("OpenEvidence", "openevidence"), ("Seed-OSS", "seed-oss"),
    ("Hart-Scott-Rodino Act", "us-hsr-act"), ("越南人工智能法", "vn-ai-law"), ("保护关键基础设施（计算机系统）条例", "hk-pci-ordinance"),
])
def test_lookup_of_round_14_city_bodies_authorities_start_ups_and_laws(kb, name, expected):
    assert kb.lookup(name).id == expected


def test_a_city_name_that_is_also_a_word_is_no_bare_name(kb):
    """大庆 is Daqing and also 'a grand celebration': only 大庆市 names the city."""
    assert kb.lookup("大庆") is None
    assert kb.lookup("大庆市").id == "cn-daqing"


def _small_kb(tmp_path: Path, **files: str) -> KnowledgeBase:
    (tmp_path / "kb").mkdir()
    for stem, rows in files.items():
        (tmp_path / "kb" / f"{stem}.tsv").write_text("id\tzh\ten\taliases\tjurisdiction\tparent\n" + rows, encoding="utf-8")
    return KnowledgeBase.load(tmp_path)


def test_a_name_opening_with_a_place_is_also_known_with_the_places_other_names(tmp_path):
    """Alberta is 阿尔伯塔省 and 艾伯塔省 alike; a country's other names (the long official
    one) make no variants, nor does a short form of another length (阿省)."""
    kb = _small_kb(
        tmp_path,
        jurisdictions="ca\t加拿大\tCanada\t加拿大联邦\t\t\nca-ab\t阿尔伯塔省\tAlberta\t艾伯塔省|阿省\t\tca\n",
        regulators="ab-dpo\t阿尔伯塔省数据保护办公室\tAlberta Data Protection Office\t\tca-ab\t\n"
                   "ca-dpo\t加拿大数据保护办公室\tCanada Data Protection Office\t\tca\t\n",
    )
    assert kb.lookup("艾伯塔省数据保护办公室").id == "ab-dpo"
    assert kb.lookup("阿省数据保护办公室") is None
    assert kb.lookup("加拿大联邦数据保护办公室") is None


def test_a_place_variant_another_entry_has_or_two_entries_would_share_is_none(tmp_path):
    """Georgia the state is 佐治亚州, 乔治亚州 and (in this invented table) 格鲁吉亚州: two
    bodies whose names differ in the place's name only would both be 乔治亚州数据局."""
    kb = _small_kb(
        tmp_path,
        jurisdictions="us\t美国\tUnited States\t\t\t\nus-ga\t佐治亚州\tGeorgia\t乔治亚州|格鲁吉亚州\t\tus\n",
        regulators="ga-ag\t佐治亚州总检察长\tGeorgia Attorney General\t\tus-ga\t\n"
                   "ga-office\t乔治亚州总检察长办公室\tOffice of the Georgia Attorney General\t\tus-ga\t\n"
                   "ga-data\t佐治亚州数据局\tGeorgia Data Office\t\tus-ga\t\n"
                   "ga-data2\t格鲁吉亚州数据局\tGeorgia Data Bureau\t\tus-ga\t\n",
    )
    assert kb.lookup("乔治亚州总检察长").id == "ga-ag"
    assert kb.lookup("佐治亚州总检察长办公室").id == "ga-office"
    assert kb.lookup("乔治亚州数据局") is None


@pytest.mark.parametrize("name, expected", [
    ("Greater Manchester Police", "uk-gmp"), ("南威尔士警察局", "uk-south-wales-police"), ("NYPD", "us-nypd"),
    ("Royal Canadian Mounted Police", "ca-rcmp"), ("Bundeskriminalamt", "de-bka"), ("警视厅", "jp-tokyo-mpd"),
    ("Rigspolitiet", "dk-police"), ("内政部警政署", "tw-npa"), ("Greater Manchester", "uk-greater-manchester"),
    ("欧洲人权公约", "echr-convention"), ("Amazon Music", "amazon-music"), ("YouTube Music", "youtube-music"),
])
def test_lookup_of_round_15_police_forces_counties_and_services(kb, name, expected):
    assert kb.lookup(name).id == expected


def test_a_bare_word_for_the_police_or_an_acronym_of_another_name_is_no_police_force(kb):
    """内政部 is the interior ministry of many countries; AFP is a news agency, GMP a
    manufacturing standard; 警方 and Police name no force."""
    assert kb.lookup("内政部") is None
    assert kb.lookup("AFP").id == "afp"
    assert kb.lookup("GMP") is None and kb.lookup("警方") is None and kb.lookup("Police") is None


def test_the_mainland_is_a_name_of_china(kb):
    assert kb.lookup("中国内地").id == "cn"


def test_a_tsv_file_is_read_as_it_is_now_and_each_caller_gets_rows_of_its_own(tmp_path):
    """tsv_rows splits the same bytes into rows once a process (context.tsv is read once per
    kind of cue), but a file edited since is read again, and a caller that changes its rows
    changes no other caller's."""
    from kg.kb import tsv_rows
    path = tmp_path / "words.tsv"
    path.write_text("# a comment\nkind\tcues\ncourt\t该院|该法院\r\n\nevent\t该裁定\textra\n", encoding="utf-8")
    first = tsv_rows(path)
    assert first == [{"kind": "court", "cues": "该院|该法院"}, {"kind": "event", "cues": "该裁定", None: ["extra"]}]
    first[0]["cues"] = "changed"
    first[1][None].append("more")
    assert tsv_rows(path) == [{"kind": "court", "cues": "该院|该法院"}, {"kind": "event", "cues": "该裁定", None: ["extra"]}]
    path.write_text("kind\tcues\ncourt\t本院\n", encoding="utf-8")
    assert tsv_rows(path) == [{"kind": "court", "cues": "本院"}]


def test_latin_places_are_the_known_places_of_capitalised_words(kb):
    # a court's seat and a placed federal court's place are read from them (kg.facts.base, kg.mentions.english.courts)
    assert [(start, end, entry.id) for start, end, entry in kb.latin_places("New York federal court")] == [(0, 8, "us-ny")]
    assert [entry.id for *_, entry in kb.latin_places("a federal court in Northern California")] == ["us-ca"]
    text = "United States federal court in San Francisco"
    assert [entry.id for *_, entry in kb.latin_places(text)] == ["us", "us-sf"]
    assert [entry.id for *_, entry in kb.latin_places(text, 28)] == ["us-sf"]  # from a place on
    assert list(kb.latin_places("the federal court")) == []


def test_lineage_is_an_entry_and_those_above_it_nearest_first(kb):
    # a place's chain (kg.facts.base place_chain), a maker's family (kg.facts.kb OtherMakers), Taiwan or China (kg.mentions.own)
    assert kb.lineage("us-sf") == ["us-sf", "us-ca", "us"]
    assert kb.lineage("no-such-entry") == ["no-such-entry"]
    assert kb.lineage(None) == [] and kb.lineage("") == []


def test_a_short_acronym_written_as_a_given_name_is_not_its_entry(kb):
    assert kb.lookup("ADA").id == "us-ada"
    assert kb.lookup("Ada") is None
    assert kb.lookup("Pofma").id == "sg-pofma"  # an acronym the press writes as a word, no given name
    assert kb.lookup("Meta").id == "meta"


def test_every_name_of_several_senses_names_existing_entries_and_one_row_at_most(kb):
    """data/kb/senses.txt: each name has two senses at least, each an entry of the knowledge base,
    and is the name of one entry's row at most (the matcher finds it there, the senses choose)."""
    assert kb.senses
    for name, senses in kb.senses.items():
        assert len(senses) >= 2, name
        owners = {entry.id for entry in kb.entries.values() if fold(name) in map(fold, entry.names)}
        assert len(owners) <= 1 and owners <= {entry.id for entry, _ in senses}, (name, owners)


def _kb_of_senses(tmp_path: Path) -> KnowledgeBase:
    """Invented: ZNA, the Zembla News Agency (credited anywhere) and Zembla's Norland Authority
    (Norland's, taken at home); 低院, Zembla's and Norland's lower chambers (each at home only)."""
    kb = _small_kb(
        tmp_path,
        jurisdictions="zb\t赞布拉\tZembla\t\t\t\nnd\t诺兰\tNorland\t\t\t\nqt\t奎特\tQuintia\t\t\t\n",
        companies="zna-agency\t赞布拉新闻社\tZembla News Agency\tZNA\tzb\t\n",
        regulators="nd-zna\t诺兰数据局\tNorland Zoning Authority\t\tnd\t\n",
        legislatures="zb-low\t赞布拉低院\tZembla Lower Chamber\t低院\tzb\t\nnd-low\t诺兰低院\tNorland Lower Chamber\t\tnd\t\n",
    )
    (tmp_path / "kb" / "senses.txt").write_text(
        "# invented\nname\tentry\ttaken\nZNA\tzna-agency\tanywhere\nZNA\tnd-zna\thome\n"
        "低院\tzb-low\thome\n低院\tnd-low\thome\n", encoding="utf-8")
    return KnowledgeBase.load(tmp_path)


def test_a_name_of_several_senses_is_the_one_its_text_places(tmp_path):
    """A name taken at home names the entry of the country the text is about; the one taken
    anywhere names the entry in a text about any other country, or about none."""
    kb = _kb_of_senses(tmp_path)
    assert kb.sense("ZNA", "ZNA fined a firm.", {"nd"}).id == "nd-zna"
    assert kb.sense("ZNA", "the minister told ZNA", {"qt"}).id == "zna-agency"
    assert kb.sense("ZNA", "the minister told ZNA", set()).id == "zna-agency"
    assert kb.sense("低院", "议员在低院提问。", {"nd"}).id == "nd-low"
    assert kb.sense("低院", "议员在低院提问。", {"zb", "nd"}).id == "zb-low"  # (of two, the first listed)


def test_a_name_of_several_senses_is_the_entry_whose_longer_name_the_text_writes(tmp_path):
    """The longer name written beside the short one decides, whatever country the text is about;
    a name no sense fits names no entry."""
    kb = _kb_of_senses(tmp_path)
    assert kb.sense("ZNA", "The Norland Zoning Authority said ZNA would act.", {"qt"}).id == "nd-zna"
    assert kb.sense("ZNA", "The Zembla News Agency reported that ZNA...", {"nd"}).id == "zna-agency"
    assert kb.sense("低院", "议员在低院提问。", {"qt"}) is None
    assert KnowledgeBase.load(tmp_path).sense("ZNA", "ZNA", {"nd"}).id == "nd-zna"


def test_a_knowledge_base_without_senses_has_none(tmp_path):
    kb = _small_kb(tmp_path, companies="zna-agency\t赞布拉新闻社\tZembla News Agency\tZNA\t\t\n")
    assert kb.senses == {} and not kb.has_senses("ZNA") and kb.sense("ZNA", "ZNA", set()) is None


def test_a_curated_entry_is_told_from_a_generated_town_without_reading_the_towns_table():
    """kb.generated answers a curated file's id from the entries (a Chinese text's names never read
    cities.tsv), and a generated town's from the table."""
    from kg.kb import KnowledgeBase
    kb = KnowledgeBase._read(KB_DIR.parent)
    assert not kb.generated(kb.entries["us-ca"]) and "_index" not in vars(kb.lookup_table)
    town = kb.lookup("Malden", towns=True)
    assert town is not None and kb.generated(town)
