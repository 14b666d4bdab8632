"""kg.mentions.alias kind stems: a Chinese company's name written later without the word of its
kind (context.tsv name_kind_word) or without the Latin name before it is that company."""


def _canonical(pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.canonical) for m in pipeline.nlp(text).user_data["mentions"]]


def test_a_company_named_later_without_its_kind_word_is_that_company(pipeline):
    text = "星澜传媒集团发布了新片。据悉，云图科技已被黑石资本和星澜提起版权诉讼。"
    assert ("星澜", "星澜传媒集团") in _canonical(pipeline, text)
    text = "星澜传媒集团发布新歌。星澜传媒表示将继续维权。"
    assert ("星澜传媒", "星澜传媒集团") in _canonical(pipeline, text)


def test_a_company_named_later_without_the_latin_name_before_it_is_that_company(pipeline):
    text = "Qortex星澜公司发布了新片。据悉，黑石资本和星澜起诉了云图科技。"
    assert ("星澜", "Qortex星澜公司") in _canonical(pipeline, text)


def test_a_short_form_two_companies_share_or_a_common_noun_stands_for_neither(pipeline):
    text = "星澜传媒集团与星澜科技公司均发布声明。星澜表示将继续维权。"
    assert not [m for m in _canonical(pipeline, text) if m[0] == "星澜"]
    text = "全球传媒集团发布了新片。全球范围内的观众都在观看。"  # 全球 is a word, no short form
    assert not [m for m in _canonical(pipeline, text) if m[0] == "全球"]


def test_a_short_form_before_the_full_name_is_no_reference(pipeline):
    assert not [m for m in _canonical(pipeline, "星澜宣布，星澜传媒集团将发布新片。") if m[0] == "星澜" and m[1]]


def test_a_suit_names_the_company_by_its_short_form(read_facts):
    found = read_facts("星澜传媒集团发布了新片。据悉，云图科技已被黑石资本和星澜提起版权诉讼。")
    assert ("星澜传媒集团", "sued", "云图科技") in found
