"""kg.mentions.words: the vocabulary the name families share; here, whether a known name
runs on into a longer word of jieba's own dictionary."""
import re

import pytest

from kg.mentions.words import Tags, plain_boundaries, runs_on

TEXTS = ["他们入住了三星级酒店，早餐有小米粥。", "三星发布新手机，小米随后跟进。", "美团队伍壮大，美团宣布裁员。",
         "微软与OpenAI宣布合作，谷歌公司表示反对。", "欧盟委员会对苹果公司处以罚款，苹果园里的苹果熟了。"]


@pytest.fixture(scope="module")
def taught(pipeline):
    pipeline.nlp  # noqa: B018  the knowledge base's names taught to jieba, as in a build


@pytest.mark.parametrize("text, name, runs", [
    ("他们入住了三星级酒店", "三星", True), ("早餐有小米粥", "小米", True),
    ("三星发布新手机", "三星", False), ("小米随后跟进", "小米", False),
])
def test_a_name_inside_a_longer_word_runs_on(taught, text, name, runs):
    start = text.index(name)
    assert runs_on(text, start, start + len(name)) is runs


@pytest.mark.parametrize("text", TEXTS)
def test_runs_on_agrees_with_the_whole_windows_reading_at_every_position(taught, text):
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 6) + 1):
            left = max(0, start - 6)
            assert runs_on(text, start, end) is (end - left not in plain_boundaries(text[left:end + 6])), (start, end)


def test_the_dictionary_holds_every_start_of_its_words(taught):
    """_word_across looks only at the pieces that reach past a name's end: it counts on
    jieba keeping every start of a word (with frequency 0), the boosted names' too."""
    import jieba
    dictionary = jieba.dt.FREQ
    assert all(word[:-1] in dictionary for word in dictionary if len(word) > 1)


def test_only_a_text_with_a_diacritic_needs_its_latin_words_joined():
    from kg.mentions.words import has_diacritic
    assert has_diacritic("越南的Phát公司") and has_diacritic("Nestlé said")
    assert not has_diacritic("OpenAI与微软宣布合作。") and not has_diacritic("")


def test_the_latin_letter_classes_hold_every_latin_script_letter_and_no_mark_or_digit():
    from kg.mentions.words import LATIN_LETTERS, LATIN_LOWER, LATIN_UPPER
    word = re.compile(f"[{LATIN_UPPER}][{LATIN_LOWER}]+")
    for name in ("Dvořák", "Łódź", "Škoda", "Kraków", "Nguyễn", "Gonçalves", "Peña", "Müller", "Ćosić"):
        assert word.fullmatch(name), name
    assert not re.search(f"[{LATIN_UPPER}]", "čćłñéß") and not re.search(f"[{LATIN_LOWER}]", "ČĆŁÑÉ")
    assert not re.search(f"[{LATIN_LETTERS}]", "_[]^`×÷0 数据")  # the gaps between the blocks stay out


def test_body_heads_pair_a_body_s_last_character_with_its_head_s_title_longest_first():
    from kg.mentions.words import body_heads, shared_titles
    heads = body_heads(["局局长", "会主任委员", "会主委"])
    assert heads == (("会", "主任委员"), ("局", "局长"), ("会", "主委"))
    assert shared_titles(heads) == ("局长",)  # 国家数据局长: 局 shared; 主委 shares nothing


def test_tags_answer_words_without_chinese_before_reading_jieba_s_table():
    """Words.tags: a word holding no Chinese character (Court, Condé, C++) is answered from the
    dictionary's few such words without jieba's table, the same as the table answers it; the
    first word holding one reads the table."""
    import jieba.posseg
    table = jieba.posseg.dt.word_tag_tab
    tags = Tags()
    words = ["Court", "C++", "c#", "AT&T", "Condé", "—", "", "Group", "at&t"]
    assert [tags.get(word, "n") for word in words] == [table.get(word, "n") for word in words]
    assert [word in tags for word in words] == [word in table for word in words]
    assert tags._table is None and tags._others == {word: tag for word, tag in table.items()
                                                    if not re.search("[\u4000-\u9fff]", word)}
    assert tags.get("公司") == table["公司"] and tags._table is not None
    assert tags.get("Court", "n") == table.get("Court", "n") and ("C++" in tags) == ("C++" in table)


def test_tags_read_the_dictionary_as_jieba_posseg_reads_it(tmp_path, monkeypatch):
    """Tags reads jieba's dictionary by one split of the whole file's bytes: the table jieba.posseg
    makes (its lines' first and last words, a word given twice keeping its last tag); a file with a
    line of other than three words parted by single spaces is read by jieba.posseg itself."""
    import jieba
    import jieba.posseg
    table = jieba.posseg.dt.word_tag_tab
    assert Tags._all_words() == {word.encode(): tag.encode() for word, tag in table.items()}
    tags = Tags()
    words = ["公司", "人工智能", "起诉", "甲乙丙丁戊", "Court", "C++", "\ud800"]
    assert [tags.get(word, "-") for word in words] == [table.get(word, "-") for word in words]
    assert [word in tags for word in words] == [word in table for word in words]

    def reading(text: str) -> dict[str, str]:
        path = tmp_path / "dict.txt"
        path.write_bytes(text.encode("utf-8"))
        monkeypatch.setattr(jieba.dt, "get_dict_file", lambda: path.open("rb"))
        monkeypatch.setattr(jieba.posseg.dt, "word_tag_tab", {"posseg": "x"})
        return {word.decode(): tag.decode() for word, tag in Tags._all_words().items()}
    assert reading("甲乙 3 n\n丙丁 12 v\n甲乙 5 nr\n") == {"甲乙": "nr", "丙丁": "v"}
    assert reading("甲乙 3 n\r\n丙丁 12 v") == {"甲乙": "n", "丙丁": "v"}
    assert reading("甲乙 3\n丙丁 12 v x\n") == {"posseg": "x"}  # two words and four: not three a line
    assert reading("甲乙 3 n\n丙 丁 v\n") == {"posseg": "x"}  # a word where the count stands
    assert reading("甲乙  3 n\n") == {"posseg": "x"}


@pytest.mark.parametrize("text", TEXTS)
def test_a_remembered_reading_is_the_windows_own(taught, text):
    """plain_boundaries keeps each window's reading: asked again, the same cuts as reading it anew."""
    from kg.mentions import words
    for start in range(len(text)):
        window = text[max(0, start - 6):start + 6]
        first = plain_boundaries(window)
        assert first == words._plain_boundaries(window) and plain_boundaries(window) is first


def test_a_change_of_the_dictionary_drops_the_remembered_readings(taught):
    """Boosting or cutting apart words (a knowledge base loaded again) changes how jieba reads:
    no reading made before it is given after it."""
    from kg.mentions import words
    before = plain_boundaries("普通化学")
    words.cut_apart([])  # (no word changed: the readings are made again all the same)
    again = plain_boundaries("普通化学")
    assert again == before and again is not before
