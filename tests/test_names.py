from kg.names import all_names, english_label, label_language, labels_by_language


def test_a_name_with_chinese_characters_is_zh_else_en():
    assert [label_language(name) for name in ("微软", "Getty Images 诉 Stability AI 案", "OpenAI", "GPT-4o")] == \
        ["zh", "zh", "en", "en"]


def test_english_label_prefers_the_knowledge_base_then_the_main_label_then_the_longest_english_form():
    assert english_label("微软", {"MS"}, "Microsoft") == "Microsoft"
    assert english_label("OpenAI", {"OpenAI公司"}) == "OpenAI"
    assert english_label("国家信息与自由委员会", {"CNIL", "Commission nationale"}) == "Commission nationale"
    assert english_label("国家网信办", {"网信办"}) is None


def test_one_label_per_language_and_every_name():
    node = {"label": "纽约时报", "label_en": "The New York Times", "labels": {"纽约时报", "NYT"},
            "kb_names": {"New York Times Company"}}
    assert labels_by_language(node) == {"zh": "纽约时报", "en": "The New York Times"}
    assert labels_by_language({"label": "OpenAI", "label_en": "OpenAI"}) == {"en": "OpenAI"}
    assert all_names(node) == {"纽约时报", "NYT", "The New York Times", "New York Times Company"}
