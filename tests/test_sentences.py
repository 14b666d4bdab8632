import pytest

from kg.kb import DATA_DIR, KnowledgeBase
from kg.sentences import Sentences, card_line


@pytest.fixture(scope="module")
def sentences() -> Sentences:
    return Sentences(KnowledgeBase(DATA_DIR).sentence_words)


def _split(sentences: Sentences, text: str) -> list[str]:
    return [text[start:end] for start, end in sentences.spans(text)]


def test_english_sentences_end_at_a_period_before_a_capital(sentences):
    text = "The Garante fined OpenAI 15 million euros. OpenAI said it would appeal."
    assert _split(sentences, text) == ["The Garante fined OpenAI 15 million euros.", "OpenAI said it would appeal."]


@pytest.mark.parametrize("text", [
    "The New York Times Co. sued OpenAI Inc. and Microsoft Corp. in Manhattan.",
    "The case is The New York Times Co. v. Microsoft Corp., No. 1:23-cv-11195.",
    "The U.S. Copyright Office issued guidance on Jan. 30 about works made with AI.",
    "Judge Sidney H. Stein and J. Smith heard Sen. Young on the 2.5 billion dollar bill.",
    "The Hamburg Regional Court (Ref. 310 O 227/23) has handed down its ruling in Kneschke v. LAION.",
])
def test_abbreviations_initials_and_decimals_do_not_end_a_sentence(sentences, text):
    assert _split(sentences, text) == [text]


@pytest.mark.parametrize("text", [
    "Acme agreed to pay $1. 5 billion to settle the claims of authors who did not opt out.",
    "The court heard the motion on February 9. 2024 was the year the suit was filed.",
])
def test_a_decimal_or_date_spaced_out_by_extraction_ends_no_sentence(sentences, text):
    """$1. 5 billion, February 9. 2024: a page's extracted text spaces a decimal point or a date's comma."""
    assert _split(sentences, text) == [text]


def test_a_year_before_a_number_still_ends_its_sentence(sentences):
    assert _split(sentences, "Acme sued Zed in 2023. 5 firms joined it later.") == [
        "Acme sued Zed in 2023.", "5 firms joined it later."]


def test_a_footnote_mark_after_the_period_still_ends_the_sentence(sentences):
    text = "The studios say the service copies their films.[1] The complaint asks for damages.[12] It was filed in June."
    assert _split(sentences, text) == ["The studios say the service copies their films.[1]",
                                       "The complaint asks for damages.[12]", "It was filed in June."]
    assert _split(sentences, "See the ruling in Doe v. [1] Roe.") == ["See the ruling in Doe v. [1] Roe."]


def test_a_name_ending_ends_the_sentence_before_a_word_that_starts_one(sentences):
    text = "The authors sued Anthropic PBC. The suit is pending in the U.S. It seeks damages."
    assert _split(sentences, text) == ["The authors sued Anthropic PBC.", "The suit is pending in the U.S.",
                                       "It seeks damages."]


def test_chinese_sentences_keep_their_rules_and_a_latin_name_inside_them(sentences):
    text = "纽约时报起诉OpenAI Inc. 和微软。法院受理了此案；双方均未置评\n第二行"
    assert _split(sentences, text) == ["纽约时报起诉OpenAI Inc. 和微软。", "法院受理了此案；", "双方均未置评", "第二行"]


def test_spans_are_exact_offsets_without_surrounding_space(sentences):
    text = "  OpenAI released o1. \n  Meta released Llama 3.1.  "
    for start, end in sentences.spans(text):
        assert text[start:end] == text[start:end].strip() and text[start:end]
    assert _split(sentences, text) == ["OpenAI released o1.", "Meta released Llama 3.1."]


@pytest.mark.parametrize("text", [
    "Gov. Gavin Newsom signed the bill at 10 a.m. Pacific time on Sunday.",
    "Robert Downey Jr. and Sen. Ed Markey spoke about Getty Images v. Stability AI Ltd. in London.",
    "Tencent Holdings Ltd. and Samsung Electronics Co. Ltd. signed the pledge, Rep. Ted Lieu said.",
    "The filing, No. 3:23-cv-00201, names Stability AI Ltd. and Midjourney Inc. as defendants.",
])
def test_wire_story_abbreviations_keep_one_sentence(sentences, text):
    assert _split(sentences, text) == [text]


def test_a_time_or_a_suffix_ends_the_sentence_before_a_sentence_start(sentences):
    text = "The hearing began at 9 a.m. The judge ruled at noon. The suit names Acme Co. It was filed in May."
    assert _split(sentences, text) == ["The hearing began at 9 a.m.", "The judge ruled at noon.",
                                       "The suit names Acme Co.", "It was filed in May."]


def test_a_case_card_line_opens_with_its_number_or_bullet_label_and_colon_on_its_own_line():
    court = card_line(["法院", "Court"])
    card = "案件：星河出版社诉云帆科技\n（2）法院：  杭州互联网法院\n- Court: District of Oregon\n备注：本案法院：不详"
    values = [card[m.end():card.find("\n", m.end())] for m in court.finditer(card)]
    assert values == ["杭州互联网法院", "District of Oregon"]  # not the label inside a note
    assert court.match("3. court : Ninth Circuit").end() == len("3. court : ")


def test_a_sentence_longer_than_the_limit_is_read_in_pieces_cut_at_its_commas(sentences):
    from kg.sentences import LONGEST_SENTENCE
    text = "微软起诉OpenAI，" * 400  # 4,800 characters and no full stop
    spans = sentences.spans(text)
    assert len(spans) > 4 and all(end - start <= LONGEST_SENTENCE for start, end in spans)
    assert all(text[end - 1] == "，" for _, end in spans[:-1]) and spans[-1][1] == len(text)
    assert "".join(text[start:end] for start, end in spans) == text
    unbroken = "a" * 2_500  # no comma, no space: cut at the limit
    assert sentences.spans(unbroken) == ((0, 1_000), (1_000, 2_000), (2_000, 2_500))
