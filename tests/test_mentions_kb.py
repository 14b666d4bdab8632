"""The kb family: the knowledge base's names, whole words only (sentences written for the tests)."""
from __future__ import annotations

import pytest

from documents import read_mentions


def test_known_name_is_found_with_its_id(names):
    found = names("小米与三星在发布会上展示了新手机。")
    assert found["小米"].kb_id == "xiaomi" and found["三星"].kb_id == "samsung"
    assert found["小米"].mechanism == "kb"


def test_known_name_inside_a_longer_word_is_no_mention(names):
    assert "三星" not in names("代表团住进了一家三星级酒店。")
    assert "小米" not in names("早餐是一碗小米粥。")
    assert "苹果" not in names("郊外的苹果园开放采摘。")


@pytest.mark.parametrize("text, name", [
    ("川普及其顾问周二抵达会场。", "川普"),  # 川普 / 及其, though the plain reading is 川 / 普及 / 其
    ("她在小红书上分享了旅行照片。", "小红书"),  # a place word after the name (书上)
    ("蓝湾公司委托太平洋律师事务所为其代理。", "太平洋律师事务所"),  # a function character (所为)
    ("谷歌本月推出了新的翻译功能。", "谷歌"),  # a common word after the name (歌本 / 本月)
])
def test_known_name_the_plain_reading_cuts_across_its_end_is_kept(names, text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    ("该市的网络安全法治建设不断完善。", "网络安全法"),  # 法治: the next character opens no word (治建)
    ("本案于3月5日立案后进入审理程序。", "日立"),  # 立案: a date's 日, no company
])
def test_known_name_whose_last_character_the_next_one_binds_is_no_mention(names, text, name):
    assert name not in names(text)


def test_known_name_cut_across_its_end_is_kept_in_traditional(pipeline, write_doc):
    result = pipeline.process(write_doc("plain.txt", "標題\n\n川普及其幕僚週二抵達會場，他們在小紅書上發布了照片。\n"))
    assert {mention.kb_id for mention, _ in result.names} >= {"donald-trump", "xiaohongshu"}


def test_known_name_before_an_ordinary_word_is_kept(names):
    assert "华为" in names("美国对华为实施了新的出口限制。")
    assert "德国" in names("多家德国企业表示反对。")


def test_latin_known_name_inside_a_longer_word_is_no_mention(names):
    assert "Meta" not in names("Metaverse 这一概念再度升温。")
    assert "Meta" in names("Meta 发布了新模型。")


def test_large_non_tech_companies_named_as_parties_are_known(names):
    found = names("一名乘客起诉加拿大航空，另有会员对哈门那和信诺集团提起集体诉讼。")
    assert all(found[name].type == "Company" for name in ("加拿大航空", "哈门那", "信诺集团"))


def test_a_company_whose_own_name_opens_with_its_country_is_one_name(names):
    found = names("学术数据库中国知网向多家平台发出告知函，知网称其文献被擅自展示。")
    assert found["中国知网"].type == "Company" and found["知网"].kb_id == found["中国知网"].kb_id


def test_a_place_right_before_a_known_company_is_named_too(names):
    for text in ("有报道称韩国三星本周将发布新芯片。", "分析人士认为，荷兰阿斯麦今年营收将增长。"):
        found = names(text)
        assert any(m.type == "Jurisdiction" for m in found.values()) and any(m.type == "Company" for m in found.values()), text


def test_a_known_products_words_written_as_common_words_are_no_name(names):
    found = names("The company's chief AI scientist left, while The AI Scientist, a research agent, was updated.")
    assert "AI scientist" not in found
    assert found["The AI Scientist"].type == "AIModel"


def test_a_state_bodys_known_name_in_lower_case_is_still_the_body(names):
    found = names("The Australian government said it would consult.")
    assert any(m.type == "Regulator" for m in found.values())


def test_a_known_law_after_a_plural_quantifier_is_a_kind_of_law_not_that_law(names):
    assert "人工智能法案" not in names("州长同时签署了多部人工智能法案。")
    assert "人工智能法案" not in names("议会去年通过了多项关于深度伪造的人工智能法案。")
    assert names("欧盟理事会通过了人工智能法案。")["人工智能法案"].type == "Law"


@pytest.mark.parametrize("text", ["一家风投的高管警告，此类州级AI法案可能违宪。", "有人称加州等多地AI法案逾越了宪法。"])
def test_a_known_laws_short_name_after_a_states_word_is_the_states_laws_of_a_kind(names, text):
    assert "AI法案" not in names(text)  # 州级, 多地: the states' laws, not the EU's AI Act


def test_a_place_numbered_after_a_hyphen_names_no_place(names):
    assert "Taipei" not in names("The model was trained on the Taipei-1 supercomputer.")
    assert names("The Taipei-based firm raised money.")["Taipei"].type == "Jurisdiction"


def test_a_countrys_data_protection_body_described_so_is_its_known_authority(names):
    for text, country in (("意大利数据保护机构对一家市政府罚款5万欧元。", "it-garante"), ("巴西数据保护机构叫停了该计划。", "br-anpd")):
        found = [m for m in names(text).values() if m.type == "Regulator"]
        assert [m.kb_id for m in found] == [country], text


def test_a_national_organisations_chapter_named_after_a_state_is_a_body_of_its_own(names):
    found = names("The American Civil Liberties Union of Louisiana asked the city council to ban the cameras.")
    assert "American Civil Liberties Union of Louisiana" in found
    assert found["American Civil Liberties Union of Louisiana"].kb_id is None
    assert "American Civil Liberties Union" not in found


def test_a_known_organisation_before_of_and_no_state_keeps_its_name(names):
    found = names("The American Civil Liberties Union of course objected to the plan.")
    assert found["American Civil Liberties Union"].kb_id is not None


def test_a_known_products_one_word_written_in_lower_case_is_the_common_word(names):
    assert "operator" not in names("The bill requires a trained human operator on board.")
    assert names("OpenAI launched Operator last week.")["Operator"].type == "AIModel"


def test_a_known_model_with_a_variant_after_it_is_the_variant(names):
    found = names("月底，深度求索上线了DeepSeek-V3.2-Speciale，字节则开放了豆包Pro MoE的接口。")
    assert found["DeepSeek-V3.2-Speciale"].type == "AIModel" and found["DeepSeek-V3.2-Speciale"].kb_id is None
    assert found["豆包Pro MoE"].type == "AIModel"
    found = names("Developers can now call GPT-4 Turbo and o3-mini through the same endpoint.")
    assert "GPT-4 Turbo" in found and "o3-mini" in found


def test_a_describing_word_after_a_known_model_is_no_variant(names):
    found = names("A Llama-based assistant and a GPT-4-powered tutor were tested against GPT-4.")
    assert "Llama" in found and "Llama-based" not in found and "GPT-4-powered" not in found
    assert "Gemini" in names("Tags: GEMINI-SUIT, Gemini-LAWSUIT")
    assert not any("SUIT" in name for name in names("Tags: GEMINI-SUIT, Gemini-LAWSUIT"))


def test_the_common_short_name_of_academia_sinica_is_known(names):
    found = names("中研院今日發布新版語言模型。")
    assert found["中研院"].type == "Organization" and found["中研院"].kb_id is not None


def test_a_known_bodys_name_ends_before_the_title_of_its_own_head(names):
    found = names("国家数据局成立一周年，国家数据局局长周立新出席了开幕式。")
    assert found["国家数据局局长"].parent.kb_id == "cn-nda" and found["周立新"].type == "Person"



def test_a_known_bodys_name_inside_one_word_with_its_heads_title_is_found(names):
    # jieba reads 行政院长 as one word: the known 行政院 is its start, 院长 sharing its last character
    found = names("行政院召开会议后，行政院长林书豪昨日视察了新竹。")
    assert found["行政院长"].parent.kb_id == "tw-executive-yuan" and found["林书豪"].type == "Person"


def test_a_known_name_with_its_article_written_in_lower_case_starts_after_the_article(names):
    found = names("She works at the Alan Turing Institute in London.")
    assert found["Alan Turing Institute"].kb_id == "alan-turing-institute" and "the Alan Turing Institute" not in found
    assert "The Alan Turing Institute" in names("The Alan Turing Institute published a report.")


def test_a_known_body_before_the_joint_word_of_the_official_formula_is_whole(names):
    # jieba's plain reading joins 委 and 会 (委会): the name still ends before 会同
    assert names("国家发展改革委会同工业和信息化部印发实施方案。")["国家发展改革委"].type == "Regulator"


# A known Chinese name written another way than the knowledge base's row: its conjunction either way (与 for 和
# and back), a US district court with its state's name without 州 (Simplified and Traditional)
CONJOINED = [
    ("原告向美国加利福尼亚中区联邦地区法院提起诉讼。", "美国加利福尼亚中区联邦地区法院", "us-cdcal"),
    ("原告向美國加利福尼亞中區聯邦地區法院提起訴訟。", "美国加利福尼亚中区联邦地区法院", "us-cdcal"),
    ("此案由得克萨斯北区联邦地区法院审理。", "得克萨斯北区联邦地区法院", "us-ndtex"),
    ("澳大利亚联邦巡回和家事法院作出判决。", "澳大利亚联邦巡回和家事法院", "au-federal-circuit"),
    ("澳大利亞聯邦巡迴和家事法院作出判決。", "澳大利亚联邦巡回和家事法院", "au-federal-circuit"),
    ("美国卫生和公众服务部发布指南。", "美国卫生和公众服务部", "us-hhs"),
    ("美国国家标准和技术研究院发布框架。", "美国国家标准和技术研究院", "us-nist"),
]


@pytest.mark.parametrize("sentence, name, kb_id", CONJOINED)
def test_a_known_name_written_otherwise_is_still_known(names, as_read, sentence, name, kb_id):
    found = names(as_read(sentence))
    assert name in found and found[name].kb_id == kb_id


def test_a_name_of_two_conjunctions_is_matched_only_as_written(names):
    from kg.mentions.kb import conjoined
    assert conjoined("科学、创新与技术部") == ["科学、创新与技术部", "科学、创新和技术部"]
    assert conjoined("数据与隐私和安全局") == ["数据与隐私和安全局"]
    assert conjoined("Health and Human Services") == ["Health and Human Services"]


# A model's word and its version however joined (GPT-4 written GPT 4 or GPT4; Claude 3 written Claude-3):
# the known model, as the text writes it
VERSIONED = [
    ("OpenAI此前发布的GPT 4仍在使用。", "GPT 4", "gpt-4"),
    ("包括GPT 3.5在内的模型均受影响。", "GPT 3.5", "gpt-3-5"),
    ("Anthropic推出Claude-3后，市场反应积极。", "Claude-3", "claude-3"),
    ("該公司採用GPT 4提供服務。", "GPT 4", "gpt-4"),
    ("The firm said GPT 4 drafted the filing.", "GPT 4", "gpt-4"),
]


@pytest.mark.parametrize("sentence, name, kb_id", VERSIONED)
def test_a_model_s_version_joined_otherwise_is_still_the_known_model(names, as_read, sentence, name, kb_id):
    found = names(as_read(sentence))
    assert name in found and found[name].kb_id == kb_id


def test_only_a_latin_word_before_a_version_is_spelled_otherwise():
    from kg.mentions.kb import versioned
    assert versioned("GPT-4") == ["GPT 4", "GPT4"]
    assert versioned("Claude 3 Opus") == ["Claude-3 Opus", "Claude3 Opus"]
    assert versioned("o1") == []  # one letter before the version: too short to be read apart
    assert versioned("Gen-3 Alpha") == []  # a short word, no acronym: Snapdragon 8 Gen 3 is a chip
    assert versioned("Gemini") == []
    assert versioned("文心一言4.0") == []


@pytest.mark.parametrize("sentence", [
    "The Information Commissioner’s Office fined the company.",
    "The Information Commissioner's Office fined the company.",
])
def test_a_known_name_with_an_apostrophe_is_matched_whichever_apostrophe_is_written(names, sentence):
    found = names(sentence)
    name = next(text for text in found if text.startswith("Information Commissioner"))
    assert found[name].kb_id == "uk-ico" and name.endswith("Office")


# a place's name starting inside a common noun (台中 in 平台中的: real pages of two outlets), round 33
@pytest.mark.parametrize("text, place", [
    ("用户的声音在该平台中被出售。", "台中"),
    ("讲台南侧挂着一幅画。", "台南"),
])
def test_a_place_starting_inside_a_common_noun_is_no_place(names, text, place):
    assert not [m for m in names(text).values() if m.type == "Jurisdiction" and m.text.startswith(place)]


@pytest.mark.parametrize("text, place", [
    ("此后台湾地区发布了新规。", "台湾"),   # 此后 / 台湾: jieba cuts at the name
    ("台中市政府发布了新规。", "台中市"),
    ("网络平台日本也在监管。", "日本"),      # a common noun ending right before the name
])
def test_a_place_after_a_word_that_ends_before_it_stays_a_place(names, text, place):
    assert any(m.text.startswith(place) for m in names(text).values())


def test_a_place_inside_a_common_noun_in_a_traditional_document(pipeline, write_doc):
    result = pipeline.process(write_doc("trad.txt", "用戶的聲音在該平臺中被出售，台中市政府表示關注。\n"))
    places = {m.text for item in result.mentions for m in item if m.type == "Jurisdiction"}
    assert not {p for p in places if p == "台中"} and "平臺中" not in places


def test_outlets_that_credit_reprinted_ai_law_news_are_known(pipeline, tmp_path):
    # invented credit and body lines, in either script: a wire's dateline, a site's translator's byline
    for text in ("中评社北京1月6日电／星海科技宣布起诉蓝湾智能。\n钜亨网编译王晓明 2026-01-08\n被告在百家号上发布文章。",
                 "中評社北京1月6日電／星海科技宣布起訴藍灣智能。\n鉅亨網編譯王曉明 2026-01-08\n被告在百家號上發布文章。"):
        ids = {m.kb_id for m in read_mentions(pipeline, tmp_path, text, "星海科技起诉蓝湾智能")}
        assert {"crntt", "cnyes", "baijiahao"} <= ids


def test_shadow_libraries_named_in_training_data_suits_are_organisations(names):
    found = names("原告称被告从LibGen、Z-Library等影子图书馆下载了书籍。")
    assert found["LibGen"].type == found["Z-Library"].type == "Organization"


@pytest.mark.parametrize("text, place, name", [
    ("美国斯坦福大学的研究人员发布报告。", "美国", "斯坦福大学"),
    ("英国牛津大学与该公司签署协议。", "英国", "牛津大学"),
    ("德国西门子今年完成了收购。", "德国", "西门子"),
])
def test_a_place_and_a_known_name_that_jiebas_dictionary_holds_as_one_word_are_two_names(names, text, place, name):
    # jieba's own dictionary holds 美国斯坦福大学 as one word: whether it wins over the two known
    # names would turn on how many names the knowledge base holds
    found = names(text)
    assert found[place].type == "Jurisdiction" and found[name].kb_id, found


def test_two_places_jiebas_dictionary_holds_as_one_word_stay_one(names):
    assert "捷克" not in names("捷克斯洛伐克于1993年解体。")



@pytest.mark.parametrize("text, name, forms", [
    ("The EEOC reached a settlement with iTutorGroup, Inc. after it sued the tutoring firm.", "iTutorGroup",
     {"iTutorGroup, Inc.", "iTutorGroup, Inc"}),
    ("Apple sued xAI, Inc. in a Texas court.", "xAI", {"xAI, Inc.", "xAI, Inc"}),
    ("Investors backed eBay, Inc. again in March.", "eBay", {"eBay, Inc.", "eBay, Inc"}),
])
def test_a_known_companys_legal_form_written_after_it_is_kept_as_its_form_too(names, text, name, forms):
    """iTutorGroup, Inc.: annotators keep or leave the legal form; every form the text writes is a name."""
    assert forms <= set(names(text)[name].aliases)


def test_an_abbreviated_legal_forms_period_is_kept_but_no_sentences_full_stop(names):
    # the hyphen apart from the period (kg.nlp): the knowledge base's News Corp. matched whole
    assert names("News Corp.-owned Dow Jones sued the start-up.")["News Corp."].kb_id == "news-corp"
    assert not names("The start-up was sued by Microsoft.")["Microsoft"].aliases
    assert not names("Its owner is OpenAI. The suit followed.")["OpenAI"].aliases


@pytest.mark.parametrize("text, termed", [
    ("第十四届全国人民代表大会常务委员会第十八次会议通过了修改决定。", "第十四届全国人民代表大会常务委员会"),
    ("十四届全国人大常委会第十次会议审议了草案。", "十四届全国人大常委会"),
    ("第十三屆全國人民代表大會常務委員會表決通過該法。", "第十三屆全國人民代表大會常務委員會"),
])
def test_a_known_legislatures_term_written_before_it_is_kept_as_its_form_too(names, as_read, text, termed):
    """第十四届全国人民代表大会常务委员会: the body with its term, as annotators name it too."""
    found = [m for m in names(as_read(text)).values() if m.type == "Legislature" and m.kb_id]
    assert any(as_read(termed) in m.aliases for m in found)


@pytest.mark.parametrize("text, law", [
    ("平均每本赔偿约3000美元，约为美国著作权法最低损害赔偿金额的4倍。", "美国著作权法"),
    ("英國版權法對合理使用另有規定。", "英國版權法"),
    ("该条款与美国人工智能法案草案的措辞相近。", "美国人工智能法案"),
])
def test_a_known_laws_words_after_a_place_it_is_not_of_name_that_places_law(names, as_read, text, law):
    """约为美国著作权法: the United States' copyright law, not the one the bare words name."""
    found = names(as_read(text))
    assert found[as_read(law)].type == "Law" and not found[as_read(law)].kb_id


def test_a_known_law_after_its_own_place_stays_that_law(names):
    assert names("欧盟人工智能法案已经生效。")["欧盟人工智能法案"].kb_id == "eu-ai-act"
    assert names("法院依据中国著作权法作出判决。")["中国著作权法"].kb_id == "cn-copyright-law"


# round 44: a known name of any kind whose start falls inside a word of jieba's own dictionary
# (西部数据 in 东西部数据: 东西 / 部 / 数据), written for the tests
@pytest.mark.parametrize("text, name", [
    ("该市推进东西部数据要素流通。", "西部数据"),
    ("促进东西部数据流通和价值传递。", "西部数据"),
])
def test_a_known_name_starting_inside_a_word_is_no_name(names, text, name):
    assert name not in names(text)


@pytest.mark.parametrize("text, name", [
    ("美国对华为实施了新的出口限制。", "华为"),        # 对: a preposition glued to the name
    ("論壇在雲南昆明舉行。", "昆明"),                  # 云南: a known place written before it
    ("原告向美国纽约南区法院起诉。", "美国"),
    ("核數師安永會計師事務所辭任。", "安永"),          # 师安永: a rare piece of the dictionary
    ("The auditor Ernst & Young resigned from Super Micro.", "Ernst & Young"),
    ("西部数据发布了新的硬盘。", "西部数据"),            # at the start of a line
    ("原告知乎诉称，被告百度抓取其内容。", "知乎"),      # 原告 ends right before it (the plain reading 原 / 告知 / 乎)
])
def test_a_known_name_after_a_glued_word_or_another_name_stays(names, text, name):
    assert any(m.text.startswith(name) for m in names(text).values())


@pytest.mark.parametrize("text, name, kb_id", [
    ("TALLAHASSEE, Fla. (AP) — A federal judge ruled on Monday.", "Fla.", "us-fl"),
    ("The hearing was held in Oakland, Calif. on February 4.", "Calif.", "us-ca"),
    ("BROOKLYN, N.Y. — Acme Corp. sued Zorbi Inc. on Monday.", "N.Y.", "us-ny"),
    ("N.J. just criminalized deepfakes.", "N.J.", "us-nj"),
])
def test_a_us_states_abbreviation_after_a_city_or_opening_a_line_is_the_state(names, text, name, kb_id):
    assert names(text)[name].kb_id == kb_id


def test_a_legislators_party_and_state_name_no_place(names):
    found = names("Sens. Marsha Blackburn, R-Tenn., and Ed Markey, D-Conn., said in a statement.")
    assert "Tenn." not in found and "Conn." not in found


def test_a_court_abbreviation_holding_a_states_stays_the_court(names):
    found = names("The case moved from the S.D.N.Y. to the N.D. Cal. and then the D.N.J.")
    assert {found[name].type for name in ("S.D.N.Y.", "N.D. Cal.", "D.N.J.")} == {"Court"} and "N.J." not in found


def test_an_outlet_in_brackets_after_a_datelines_state_is_no_other_name_of_the_state(names):
    found = names("PALO ALTO, Calif. (KBVN) — Tesla has filed a lawsuit against a former engineer.")
    assert found["KBVN"].type == "Company" and "KBVN" not in found["Calif."].aliases


def test_a_known_companys_name_in_lower_case_among_chinese_words_is_the_company(names):
    for text, name in (("多位作家指控shutterstock未经授权使用图片。", "shutterstock"),
                       ("该公司在 bilibili 等网站发布视频。", "bilibili"),
                       ("在Character.AI子reddit上，用户留言。", "reddit")):
        assert names(text)[name].type == "Company", text
    assert "meta" not in names("The tags sit in the meta block of the page.")


def test_a_platforms_account_or_mini_program_names_no_company(names):
    assert "微信" not in names("据该办公室微信公众号消息，平台已整改。")
    assert "微信" not in names("视频被存储在一款微信小程序中。")
    assert names("作品在微信群聊中公开发表。")["微信"].type == "Company"


def test_name_words_read_as_spacy_aligns_them():
    """The kb family's words of a name (kg.mentions.kb.name_words, made at once for most names)
    are spaCy's get_words_and_spaces's, for every spelling of the knowledge base and for the
    tokens its short way does not take (spaces doubled, first, inside a token, not plain)."""
    from spacy.util import get_words_and_spaces

    from kg.mentions.kb import conjoined, name_words, versioned
    from kg.mentions.words import cut_lines, load_kb
    kb = load_kb()
    spellings = sorted({spelling for entry in kb.entries.values() for name in entry.names
                        for spelling in [*conjoined(name), *versioned(name)]})
    for tokens, name in zip(cut_lines(spellings), spellings):
        assert name_words(tokens, name) == get_words_and_spaces(tokens, name)[0], name
    for tokens, name in [(["New", " ", "York"], "New York"), (["New", " ", " ", "York"], "New  York"),
                         ([" ", "Acme"], " Acme"), (["Acme", " "], "Acme "), (["New York"], "New York"),
                         (["New ", "York"], "New York"), (["New", "\u00a0", "York"], "New\u00a0York"),
                         (["a", "", "b"], "ab"), (["Open", "AI"], "OpenAI"), (["中国", "移动"], "中国移动")]:
        assert name_words(tokens, name) == get_words_and_spaces(tokens, name)[0], (tokens, name)


@pytest.mark.parametrize("text, name, kb_id", [
    ("行政院長林宏志19日赴立院報告前表示，將盡快修法。", "立院", "tw-legislative-yuan"),  # Traditional, Taiwan's 立法院
    ("该模型的回答呈现的是中共的观点。", "中共", "cn-cpc"),
    ("Some outlets say 中共中央 issued the notice.", "中共中央", "cn-cpc-central"),  # the longer known name stays whole
])
def test_a_known_bodys_short_form_is_that_body(names, text, name, kb_id):
    assert names(text)[name].kb_id == kb_id


def test_a_name_of_several_senses_is_the_entry_of_the_country_its_item_names_most(tmp_path):
    """The kb family's entities: ZNA (invented), a news agency anywhere and Norland's authority at
    home, is the authority in an item naming Norland most, its tokens of the authority's type; 低院,
    two chambers at home only, is left out in an item on a third country."""
    from kg.kb import KnowledgeBase
    from kg.mentions.base import Tokens
    from kg.mentions.kb import KnowledgeBaseNames
    (tmp_path / "kb").mkdir()
    header = "id\tzh\ten\taliases\tjurisdiction\tparent\n"
    for stem, rows in {"jurisdictions": "nd\t诺兰\tNorland\t\t\t\nqt\t奎特\tQuintia\t\t\t\n",
                       "companies": "zna-agency\t赞布拉新闻社\tZembla News Agency\tZNA\t\t\n",
                       "regulators": "nd-zna\t诺兰数据局\tNorland Zoning Authority\t\tnd\t\n",
                       "legislatures": "nd-low\t诺兰低院\tNorland Lower Chamber\t低院\tnd\t\nqt-low\t奎特低院\tQuintia Lower Chamber\t\tqt\t\n"}.items():
        (tmp_path / "kb" / f"{stem}.tsv").write_text(header + rows, encoding="utf-8")
    (tmp_path / "kb" / "senses.txt").write_text(
        "name\tentry\ttaken\nZNA\tzna-agency\tanywhere\nZNA\tnd-zna\thome\n低院\tnd-low\thome\n低院\tqt-low\thome\n",
        encoding="utf-8")
    family = KnowledgeBaseNames.__new__(KnowledgeBaseNames)
    family.kb = KnowledgeBase.load(tmp_path)

    def chosen(words: list[str], entities: list[tuple[int, int, str, str]]) -> Tokens:
        offsets = [sum(map(len, words[:i])) for i in range(len(words))]
        tokens = Tokens(words, offsets, [""] * len(words), [False] * len(words), entities)
        family.choose_senses("".join(words), tokens)
        return tokens

    tokens = chosen(["Norland", " ", "said", " ", "ZNA", " ", "fined", " ", "it"],
                    [(0, 7, "Jurisdiction", "nd"), (13, 16, "Company", "zna-agency")])
    assert tokens.entities[1] == (13, 16, "Regulator", "nd-zna") and tokens.kinds[4] == "Regulator"
    tokens = chosen(["Quintia", " ", "told", " ", "ZNA"], [(0, 7, "Jurisdiction", "qt"), (13, 16, "Company", "zna-agency")])
    assert tokens.entities[1] == (13, 16, "Company", "zna-agency")
    tokens = chosen(["Quintia", "的", "低院", "议员"], [(0, 7, "Jurisdiction", "qt"), (8, 10, "Legislature", "nd-low")])
    assert tokens.entities[1] == (8, 10, "Legislature", "qt-low")
    tokens = chosen(["赞布拉", "的", "低院", "议员"], [(4, 6, "Legislature", "nd-low")])
    assert tokens.entities == [] and tokens.kinds[2] == ""


@pytest.mark.parametrize("name, text, body", [
    # a Taiwan paper's story: the other known names are Taiwan's, the bare ministry is Taiwan's
    ("教育部", "教育部今日宣布，公立學校禁止使用某款外國軟體。行政院與數位發展部也要求各機關停用。", "tw-moe"),
    ("法務部", "行政院會通過草案，法務部表示將與數位發展部共同研議深偽影像的罰則。", "tw-moj"),
    # the Simplified twin of a mainland story keeps the mainland's ministry
    ("教育部", "教育部今日宣布，中小学将开设人工智能课程。国家网信办与工业和信息化部也发布了新的办法。", "cn-moe"),
    # a mainland story in Traditional, as a Hong Kong paper writes it, keeps it too
    ("教育部", "教育部今日宣布，中小學將開設人工智能課程。國家網信辦與工業和信息化部也發布了新的辦法。", "cn-moe"),
])
def test_a_bare_ministry_is_the_writers_places_in_a_taiwanese_document(pipeline, write_doc, name, text, body):
    """data/kb/senses.txt "writer": 教育部, 法務部 are Taiwan's ministries in a document whose other
    known names are Taiwan's (kg.mentions.kb KnowledgeBaseNames.carry), else the mainland's (or none)."""
    result = pipeline.process(write_doc("ministry.txt", "標題\n\n" + text + "\n"))
    assert {mention.kb_id for mention, _ in result.names if mention.text == name} == {body}


def test_abbreviated_province_is_found_but_not_an_era_after_a_year(names):
    found = names("A class action was launched in B.C. against Quillory, the notice filed in B.C. Supreme Court says.")
    assert found["B.C."].type == "Jurisdiction" and found["B.C."].kb_id == "ca-bc"
    assert found["B.C. Supreme Court"].kb_id == "ca-bc-supreme"
    assert "B.C." not in names("The old port of Varnesse was founded in 300 B.C. by traders.")
