"""kg.facts.frame: one suit an item tells over several sentences, a side in each (invented
sentences, Simplified, Traditional as OpenCC s2t writes it, English), and an item telling two
suits whose sides are never crossed."""
from __future__ import annotations

import pytest

from kg.facts.frame import FrameWords
from kg.script import is_traditional, traditional


def _sued(pipeline, read_facts, text: str) -> set[tuple[str, str]]:
    """The sued pairs the extractor reads in one item (a Traditional text in Simplified), and the
    rules that read them."""
    read = read_facts(pipeline.conversion(text) if is_traditional(text) else text, objects=True)
    return {(f.head.text, f.tail.text) for f in read if f.relation == "sued"}


def _framed(pipeline, read_facts, text: str) -> set[tuple[str, str]]:
    read = read_facts(pipeline.conversion(text) if is_traditional(text) else text, objects=True)
    return {(f.head.text, f.tail.text) for f in read if f.relation == "sued" and f.rule == "frame"}


def _both(cases: list[tuple]) -> list[tuple]:
    """Each Chinese case in Simplified and in Traditional."""
    return [case for text, *rest in cases for case in ((text, *rest), (traditional(text), *rest))]


def _scripts(*texts: str) -> list[str]:
    """Each Chinese text in Simplified and in Traditional."""
    return [one for text in texts for one in (text, traditional(text))]


# -- the defendants told first, the plaintiffs in a later sentence --
@pytest.mark.parametrize("text, pairs", [
    ("Anthropic faces a lawsuit over its crawler. Reddit filed the complaint on Tuesday.", {("Reddit", "Anthropic")}),
    ("Anthropic is being sued over its crawler. Reddit, which filed the suit in June, says the bot ignored its rules.",
     {("Reddit", "Anthropic")}),
    *_both([("MiniMax日前遭到起诉。原告为爱奇艺。", {("爱奇艺", "MiniMax")}),
            ("MiniMax日前遭到起诉。该诉讼由爱奇艺提起。", {("爱奇艺", "MiniMax")})]),
])
def test_plaintiffs_named_after_the_defendants_face_a_suit(pipeline, read_facts, text, pairs):
    assert pairs <= _sued(pipeline, read_facts, text)


# -- the plaintiffs told first, the defendants in a later sentence --
@pytest.mark.parametrize("text, pairs", [
    ("Reddit and Getty Images filed suit on Monday. The suit targets Stability AI and Midjourney.",
     {("Reddit", "Stability AI"), ("Reddit", "Midjourney"), ("Getty Images", "Stability AI"),
      ("Getty Images", "Midjourney")}),
    *_both([("爱奇艺日前提起诉讼。被告为MiniMax。", {("爱奇艺", "MiniMax")}),
            ("爱奇艺、腾讯日前联合提起诉讼。该诉讼针对MiniMax。", {("爱奇艺", "MiniMax"), ("腾讯", "MiniMax")})]),
])
def test_defendants_named_after_the_plaintiffs_filed(pipeline, read_facts, text, pairs):
    assert pairs <= _sued(pipeline, read_facts, text)


# -- a like suit a new plaintiff files is against the defendants of the suit told before it --
@pytest.mark.parametrize("text, pair", [
    ("Penske Media sued Google on Friday. Chegg, the online tutoring company, filed a similar complaint back in February.",
     ("Chegg", "Google")),
    ("Reddit sued Anthropic in June. Getty Images filed a similar suit last week.", ("Getty Images", "Anthropic")),
    *_both([("爱奇艺日前起诉MiniMax。腾讯随后也提起了类似诉讼。", ("腾讯", "MiniMax"))]),
])
def test_a_like_suit_is_against_the_same_defendants(pipeline, read_facts, text, pair):
    assert pair in _framed(pipeline, read_facts, text)


def test_a_new_suit_not_told_alike_has_defendants_of_its_own(pipeline, read_facts):
    found = _framed(pipeline, read_facts, "Penske Media sued Google on Friday. Chegg filed a lawsuit in February.")
    assert ("Chegg", "Google") not in found


# -- further parties of a suit the other families read --
@pytest.mark.parametrize("text, pair", [
    ("Reddit sued Anthropic in June. Other defendants include Amazon.", ("Reddit", "Amazon")),
    ("Reddit sued Anthropic in June. The suit also names Amazon.", ("Reddit", "Amazon")),
])
def test_a_later_role_statement_adds_to_the_suit_told(pipeline, read_facts, text, pair):
    assert pair in _sued(pipeline, read_facts, text)


# -- a suit told without its sides, each named by its role after --
@pytest.mark.parametrize("text", [
    "A new lawsuit was filed on Monday. The plaintiffs are Reddit and Getty Images. The defendants are Stability AI and Midjourney.",
    "Reddit and Getty Images are the plaintiffs. The defendants are Stability AI and Midjourney.",
])
def test_both_sides_named_by_their_roles(pipeline, read_facts, text):
    assert {("Reddit", "Stability AI"), ("Getty Images", "Midjourney")} <= _framed(pipeline, read_facts, text)


@pytest.mark.parametrize("text", _scripts("一起新的诉讼日前立案。原告为爱奇艺和腾讯，被告为MiniMax。"))
def test_both_sides_named_by_their_roles_in_chinese(pipeline, read_facts, text):
    assert {("爱奇艺", "MiniMax"), ("腾讯", "MiniMax")} <= _sued(pipeline, read_facts, text)


# -- an item telling two suits: a side of one never joins the other --
@pytest.mark.parametrize("text, wrong", [
    ("Reddit sued Anthropic in June. Separately, Getty Images filed a lawsuit. The suit targets Stability AI.",
     {("Reddit", "Stability AI"), ("Getty Images", "Anthropic")}),
    ("Anthropic faces a lawsuit over its crawler. Meta is facing a new lawsuit too. Reddit filed the complaint on Tuesday.",
     {("Reddit", "Anthropic")}),
    ("Reddit filed suit against Anthropic in June. Another lawsuit was filed on Monday. The defendants are Stability AI and Midjourney.",
     {("Reddit", "Stability AI"), ("Reddit", "Midjourney")}),
    *_both([("爱奇艺日前起诉MiniMax。另一起诉讼日前立案，被告为百度。", {("爱奇艺", "百度")}),
            ("MiniMax日前遭到起诉。百度也面临诉讼。原告为爱奇艺。", {("爱奇艺", "MiniMax")})]),
])
def test_two_suits_of_one_item_are_never_crossed(pipeline, read_facts, text, wrong):
    assert not wrong & _framed(pipeline, read_facts, text)


# -- what makes no statement --
@pytest.mark.parametrize("text", [
    "Anthropic faces a lawsuit over its crawler. Reddit plans to file the complaint on Tuesday.",
    *_scripts("MiniMax日前遭到起诉。爱奇艺拟提起该诉讼。"),
])
def test_a_hedge_or_a_whole_suit_fills_no_frame(pipeline, read_facts, text):
    assert not _framed(pipeline, read_facts, text)


@pytest.mark.parametrize("text", _scripts("爱奇艺周三表示，他们已对MiniMax提起诉讼。被告还包括百度。"))
def test_a_name_after_a_target_marker_is_no_plaintiff(pipeline, read_facts, text):
    assert ("MiniMax", "百度") not in _framed(pipeline, read_facts, text)


def test_the_words_file_names_its_problem(tmp_path):
    bad = tmp_path / "frames.tsv"
    bad.write_text("kind\tside\topens\tcues\nafter\tplaintiff\tmaybe\tthe plaintiffs are\n", encoding="utf-8")
    with pytest.raises(ValueError, match="row 2"):
        FrameWords(bad)


# -- kg.facts.grammar: a list member a clause ending in 的 describes, after a list word --
@pytest.mark.parametrize("text", _scripts("爱奇艺、腾讯以及捍卫作者利益的百度周三表示，他们已对MiniMax提起诉讼。",
                                          "爱奇艺、腾讯和成立于2000年的百度日前起诉MiniMax。"))
def test_a_described_member_stays_on_the_list(pipeline, read_facts, text):
    assert {("爱奇艺", "MiniMax"), ("腾讯", "MiniMax"), ("百度", "MiniMax")} <= _sued(pipeline, read_facts, text)


@pytest.mark.parametrize("text", _scripts("爱奇艺起诉了MiniMax和为其提供算力的百度。", "爱奇艺起诉MiniMax，总部设在深圳的腾讯表示关注。"))
def test_a_description_owning_or_after_a_comma_joins_no_list(pipeline, read_facts, text):
    assert not {("爱奇艺", "百度"), ("腾讯", "MiniMax")} & _sued(pipeline, read_facts, text)


@pytest.mark.parametrize("text", _scripts("爱奇艺起诉MiniMax，腾讯则起诉了百度。被告还包括阿里巴巴。"))
def test_a_sentence_telling_two_suits_opens_no_frame(pipeline, read_facts, text):
    assert not _framed(pipeline, read_facts, text)


# -- a suit told with its defendants and unnamed plaintiffs, the plaintiffs named in an appositive after --
@pytest.mark.parametrize("text, pairs", [
    ("A group of publishers have sued several leading AI companies, including OpenAI and Anthropic. "
     "The plaintiffs, including Getty Images, filed the lawsuit on Monday in a federal court. "
     "Other defendants include Google, Meta Platforms, and Perplexity.",
     {("Getty Images", p) for p in ("OpenAI", "Anthropic", "Google", "Meta Platforms", "Perplexity")}),
    ("A group of publishers, including Getty Images and Ziff Davis, has filed a federal lawsuit against several AI "
     "companies. The lawsuit targets OpenAI, Google, and Anthropic.",
     {(a, b) for a in ("Getty Images", "Ziff Davis") for b in ("OpenAI", "Google", "Anthropic")}),
    *_both([("四位画师日前起诉MiniMax。原告为爱奇艺和腾讯。", {("爱奇艺", "MiniMax"), ("腾讯", "MiniMax")})]),
])
def test_unnamed_plaintiffs_named_later_sue_the_defendants_told(pipeline, read_facts, text, pairs):
    assert pairs <= _sued(pipeline, read_facts, text)


@pytest.mark.parametrize("text", _scripts("四位画师日前起诉MiniMax的母公司。原告为爱奇艺。"))
def test_the_owner_of_an_unnamed_defendant_is_none(pipeline, read_facts, text):
    assert ("爱奇艺", "MiniMax") not in _framed(pipeline, read_facts, text)


# -- a passive suit: the plaintiffs after the words, the defendants before them --
@pytest.mark.parametrize("text, pairs", [
    ("Perplexity has been hit with lawsuits from Britannica and Merriam-Webster.",
     {("Britannica", "Perplexity"), ("Merriam-Webster", "Perplexity")}),
    ("Suno and Udio are being sued by some of the world's largest record labels, including Sony Music and Warner Records.",
     {(a, b) for a in ("Sony Music", "Warner Records") for b in ("Suno", "Udio")}),
    ("Major record labels are suing AI music startups Suno and Udio. The plaintiffs, including Sony Music and "
     "Warner Records, seek damages.", {(a, b) for a in ("Sony Music", "Warner Records") for b in ("Suno", "Udio")}),
])
def test_passive_and_appositive_sides(pipeline, read_facts, text, pairs):
    assert pairs <= _sued(pipeline, read_facts, text)


def test_a_preposition_before_the_list_names_no_defendant(pipeline, read_facts):
    found = _framed(pipeline, read_facts, "Record labels are suing in Boston Suno. The plaintiffs include Sony Music.")
    assert ("Sony Music", "Suno") not in found


# -- a verb whose subject, opening the sentence, is the suit --
@pytest.mark.parametrize("text, pairs", [
    ("Record labels sued two AI startups on Monday. The cases, filed in federal court in Boston, target Suno and Udio. "
     "The plaintiffs include Sony Music and Warner Records.",
     {(a, b) for a in ("Sony Music", "Warner Records") for b in ("Suno", "Udio")}),
    *_both([("多家唱片公司日前提起诉讼。该诉讼针对Suno和Udio。原告包括索尼音乐和华纳唱片。",
             {(a, b) for a in ("索尼音乐", "华纳唱片") for b in ("Suno", "Udio")})]),
])
def test_the_suit_as_subject_names_its_defendants(pipeline, read_facts, text, pairs):
    assert pairs <= _sued(pipeline, read_facts, text)


def test_a_verb_of_another_subject_names_no_defendant(pipeline, read_facts):
    found = _framed(pipeline, read_facts, "Suno faces a lawsuit. Sony Music said the ruling will target Udio.")
    assert ("Sony Music", "Udio") not in found and ("Suno", "Udio") not in found


# -- a role word another word governs names no side of the suit; the suit's own does --
@pytest.mark.parametrize("text, wrong", [
    ("Mara Quist sued Velmora Retail Inc. Lawyers for the defendants are Dorian Rusk and Petra Lund.",
     ("Mara Quist", "Petra Lund")),
    *_both([("2024年11月，X Corp.起诉加州。据悉，另一案中的被告包括玛丽·罗伊。", ("X Corp.", "玛丽·罗伊"))]),
])
def test_a_governed_role_word_names_no_side(pipeline, read_facts, text, wrong):
    assert wrong not in _framed(pipeline, read_facts, text)


@pytest.mark.parametrize("text", _scripts("爱奇艺日前提起诉讼。该案的被告为MiniMax。"))
def test_the_suits_own_role_word_names_its_side(pipeline, read_facts, text):
    assert ("爱奇艺", "MiniMax") in _framed(pipeline, read_facts, text)


# -- a plural subject standing for the plaintiffs told before opens their new suit (sued46) --
@pytest.mark.parametrize("text, pairs", [
    ("Sony Music, Warner Records and Universal Music sued Suno last year. The labels also sued Udio on similar grounds.",
     {("Sony Music", "Udio"), ("Warner Records", "Udio"), ("Universal Music", "Udio")}),
    ("Reddit and Getty Images sued Anthropic in May. They later sued Midjourney.",
     {("Reddit", "Midjourney"), ("Getty Images", "Midjourney")}),
])
def test_a_reference_to_the_plaintiffs_sues_again(pipeline, read_facts, text, pairs):
    assert pairs <= _sued(pipeline, read_facts, text)


def test_a_named_subject_brings_its_own_suit(pipeline, read_facts):
    found = _sued(pipeline, read_facts, "Reddit sued Anthropic. Getty Images also sued Midjourney.")
    assert ("Reddit", "Midjourney") not in found


# -- a suit told by its defendant alone (the writers' case against X) gets the plaintiffs a later
#    sentence lists, also in a relative clause whatever governs the role word --
def test_plaintiffs_in_a_relative_clause_join_the_case_against_its_defendant(pipeline, read_facts):
    found = _framed(pipeline, read_facts, "Judge dismisses writers' case against OpenAI. "
                                          "Lawyers for the plaintiffs, which included Ana Soto, did not comment.")
    assert ("Ana Soto", "OpenAI") in found


@pytest.mark.parametrize("text", _scripts("爱奇艺日前提起诉讼。涉案的两家被告公司为MiniMax和Suno。"))
def test_defendant_companies_named_after_the_suit(pipeline, read_facts, text):
    assert {("爱奇艺", "MiniMax"), ("爱奇艺", "Suno")} <= _framed(pipeline, read_facts, text)


# -- English lists read whole through each member's title or appositive and article (sued46) --
def test_plaintiffs_with_titles_in_the_list(pipeline, read_facts):
    found = _sued(pipeline, read_facts, "Judge dismisses writers' case against OpenAI. Lawyers for the plaintiffs, which "
                                        "included comedian Ana Soto and authors Tom Reyes and Ben Carr, did not comment.")
    assert {("Ana Soto", "OpenAI"), ("Tom Reyes", "OpenAI"), ("Ben Carr", "OpenAI")} <= found


def test_each_member_with_its_article(pipeline, read_facts):
    found = _sued(pipeline, read_facts, "Eight newspapers sue OpenAI and Microsoft. The other newspapers that are part of "
                                        "the lawsuit are the Denver Post, the Orange County Register and the Orlando Sentinel.")
    assert {(a, b) for a in ("Denver Post", "Orange County Register", "Orlando Sentinel")
            for b in ("OpenAI", "Microsoft")} <= found


def test_a_name_described_after_the_article_is_no_member(pipeline, read_facts):
    found = _sued(pipeline, read_facts, "Ana Soto sued Character Technologies, the Character.AI developer, on Monday.")
    assert ("Ana Soto", "Character.AI") not in found


# -- a counted or plural reference to the plaintiffs right before their list (sued47) --
@pytest.mark.parametrize("text", [
    "Three artists have filed a lawsuit against Stability AI and Midjourney. The three artists, Olivia Brandt, "
    "Marcus Feld and Dana Whitlock, claim that the companies copied their art.",
    "Writers celebrated their copyright lawsuit against Canadian AI start-up Stability AI. Some 12 publishers are "
    "involved in the case. They are: Olivia Brandt, Marcus Feld and Dana Whitlock.",
    "Three artists have filed a lawsuit against Stability AI and Midjourney. The plaintiffs are led by New York-based "
    "Olivia Brandt, Marcus Feld and Dana Whitlock.",
])
def test_a_counted_reference_names_the_plaintiffs(pipeline, read_facts, text):
    found = _framed(pipeline, read_facts, text)
    assert {("Olivia Brandt", "Stability AI"), ("Marcus Feld", "Stability AI"), ("Dana Whitlock", "Stability AI")} <= found
    assert not any(name in ("Canada", "加拿大", "New York", "纽约州") for pair in found for name in pair)  # no place's adjective


@pytest.mark.parametrize("text", [
    "Orvex Labs has become the target of a class action lawsuit. The suit has been brought forward by three "
    "plaintiffs, all writers: Nora Kiel, Paul Aster and Lina Moor.",
    "The lawsuit against Orvex Labs was filed in March. The lawsuit was joined by writers including Pulitzer Prize "
    "winners Nora Kiel, Paul Aster and Lina Moor.",
])
def test_a_plaintiff_list_after_its_kind_and_title(pipeline, read_facts, text):
    assert {("Nora Kiel", "Orvex Labs"), ("Paul Aster", "Orvex Labs"), ("Lina Moor", "Orvex Labs")} <= _framed(
        pipeline, read_facts, text)


def test_a_passive_challenge_names_the_plaintiffs(pipeline, read_facts):
    found = _framed(pipeline, read_facts, "Recently, Orvex Labs faced legal challenges from both Nora Kiel and Paul Aster.")
    assert {("Nora Kiel", "Orvex Labs"), ("Paul Aster", "Orvex Labs")} <= found


def test_the_suits_lawyers_are_no_plaintiffs(pipeline, read_facts):
    found = _sued(pipeline, read_facts, "Three artists have filed a lawsuit against Stability AI and Midjourney. The three "
                                        "artists, Olivia Brandt and Marcus Feld, claim the companies copied their art. "
                                        "Lawyer and designer Peter Quill and the Hart Saveri Law Firm filed the claim.")
    assert ("Olivia Brandt", "Stability AI") in found
    assert not {head for head, _ in found} & {"Peter Quill", "Hart Saveri Law Firm"}


@pytest.mark.parametrize("name, firm", [
    ("Joseph Saveri Law Firm", True), ("Susman Godfrey LLP", True), ("Smith & Roe L.L.P.", True),
    ("北京星河律师事务所", True), ("北京星河律師事務所", True),
    ("Attorneys General", False), ("LLPX Corp", False), ("律所观察研究院", False),
])
def test_a_law_firm_is_told_by_its_names_kind_word(name, firm):
    from types import SimpleNamespace

    from kg.facts.frame import Counsel
    from kg.kb import KnowledgeBase
    from kg.model import Mention
    counsel = Counsel(SimpleNamespace(words=KnowledgeBase.load().context))
    assert counsel(Mention(name, "Organization", 0, len(name)), name) is firm


@pytest.mark.parametrize("text", _scripts("MiniMax日前遭到起诉。原告为爱奇艺和律师王小明。"))
def test_a_lawyer_in_a_chinese_plaintiff_list_is_no_plaintiff(pipeline, read_facts, text):
    found = _framed(pipeline, read_facts, text)
    assert ("爱奇艺", "MiniMax") in found
    assert not any("王小明" in head for head, _ in found)


# -- a list kept whole over a dashed appositive and a member's kind (sued47, kg.facts.grammar) --
def test_a_list_through_a_dashed_appositive_and_a_kind(pipeline, read_facts):
    found = _framed(pipeline, read_facts, "Stability AI and Midjourney—two of the biggest names in AI imagery—and "
                                          "DeviantArt have become the target of a class action lawsuit. "
                                          "The suit has been brought forward by Getty Images.")
    assert {tail for _, tail in found} == {"Stability AI", "Midjourney", "DeviantArt"}


def test_a_dash_closing_a_clause_joins_nothing(pipeline, read_facts):
    found = _sued(pipeline, read_facts, "Getty Images sued Stability AI in February. Midjourney—a rival—said nothing.")
    assert not any(tail == "Midjourney" for _, tail in found)


@pytest.mark.parametrize("text", _scripts("调查记者卡雷鲁等人今天提起诉讼，指控xAI、谷歌与OpenAI等公司未经许可使用书籍。"))
def test_a_transliterated_plaintiff_with_companions_sues_each_defendant(pipeline, read_facts, text):
    found = _sued(pipeline, read_facts, text)  # 等人 ends the name (kg.mentions.person)
    assert {("卡雷鲁", "xAI"), ("卡雷鲁", "谷歌"), ("卡雷鲁", "OpenAI")} <= found


# -- a side labelled by its bare role word in a later sentence (原告X诉称, 被告Y辩称, The plaintiff, X,) --
@pytest.mark.parametrize("text, pair", [
    *_both([("MiniMax日前被起诉。原告爱奇艺诉称，MiniMax未经许可使用其视频。", ("爱奇艺", "MiniMax")),
            ("爱奇艺日前提起诉讼。被告MiniMax辩称其使用属于合理使用。", ("爱奇艺", "MiniMax")),
            ("MiniMax日前遭到起诉。该案原告爱奇艺称，其视频被用于训练模型。", ("爱奇艺", "MiniMax"))]),
])
def test_a_side_labelled_by_its_role_completes_the_suit(pipeline, read_facts, text, pair):
    assert pair in _framed(pipeline, read_facts, text)


def test_an_english_side_labelled_by_its_role_completes_the_suit(pipeline, read_facts):
    text = "Perplexity faces a lawsuit over its crawler. The plaintiff, Reddit, says the bot ignored its rules."
    assert ("Reddit", "Perplexity") in _sued(pipeline, read_facts, text)


@pytest.mark.parametrize("text", _scripts("MiniMax日前遭到起诉。另一案中的原告爱奇艺也表示不满。",
                                          "爱奇艺日前提起诉讼。被告知此事后，百度表示关注。"))
def test_a_role_word_of_another_suit_or_of_no_name_labels_no_side(pipeline, read_facts, text):
    assert not _framed(pipeline, read_facts, text)


# a place the name finder cut out of a longer name it missed (纽约环球传媒控股公司: 纽约) is no labelled party
@pytest.mark.parametrize("text", _scripts("起诉状称，MiniMax 是一家人工智能公司。原告爱奇艺公司、纽约环球传媒控股公司及其母公司腾讯"
                                          "是知名的视频平台。但是，被告 MiniMax 筹集了大量资金。"))
def test_a_place_inside_a_labelled_list_is_no_party(pipeline, read_facts, text):
    framed = _framed(pipeline, read_facts, text)
    assert any(head in ("爱奇艺公司", "愛奇藝公司") for head, _ in framed)
    assert not any(head in ("纽约", "紐約") for head, _ in framed)


@pytest.mark.parametrize("text", [
    "Zorvex Labs was named as a defendant in the suit. Quillon Media filed the complaint on Monday.",
    "星澜数据日前遭到起诉。原告为蓝鲸影业。", "本案被告为星澜数据。", "星澜数据发布了新模型，未提及诉讼。",
    "The plaintiffs include Quillon Media.", "Quillon Media said the weather was fine.", "",
])
def test_a_sentences_side_words_are_looked_for_once_along_it(text):
    # (the roles as one pattern: found exactly where one role's own search finds words, within any bounds)
    from kg.kb import DATA_DIR
    words = FrameWords(DATA_DIR / "lexicon" / "frames.tsv")
    assert words.any_role is not None
    for start, end in [(0, len(text)), (0, len(text) // 2), (len(text) // 3, len(text)), (2, 2)]:
        assert (words.any_role.search(text, start, end) is not None) == \
            any(pattern.search(text, start, end) for pattern in words.roles.values())
