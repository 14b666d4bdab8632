import re
import unicodedata
from pathlib import Path

import pytest

from kg.ingest import (InputError, PdfLine, PdfPage, discover, fold_characters, html_text, markdown_text,
                       pdf_layout, pdf_text, read_document, repair, shown)

EU_AI_ACT = "2024年5月21日，欧盟理事会正式批准《人工智能法案》（AI Act）。"


def _one_line_naming(error: InputError, path: Path) -> str:
    message = str(error)
    assert "\n" not in message
    assert str(path) in message and error.path == str(path)
    return message


# -- decoding -------------------------------------------------------------------
@pytest.mark.parametrize("encoding, reported", [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("utf-16", "utf-16"),          # Python writes a BOM for "utf-16"
    ("gb18030", "gb18030"),
])
def test_every_supported_encoding_decodes_to_the_same_text(write_doc, encoding, reported):
    document = read_document(write_doc("ai-act.txt", EU_AI_ACT, encoding))
    assert document.text == EU_AI_ACT
    assert document.encoding == reported
    assert document.name == "ai-act.txt"


def test_gb18030_is_not_mistaken_for_utf8(write_doc):
    raw = EU_AI_ACT.encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")      # the fixture really needs the GB18030 fallback
    assert read_document(write_doc("gbk.txt", raw)).text == EU_AI_ACT


def test_same_bytes_give_the_same_hash_whatever_the_name(write_doc):
    first = read_document(write_doc("a.txt", EU_AI_ACT))
    second = read_document(write_doc("b.txt", EU_AI_ACT))
    other = read_document(write_doc("c.txt", EU_AI_ACT, "gb18030"))
    assert first.sha256 == second.sha256 != other.sha256


# -- what cannot be read ----------------------------------------------------------
@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t\n", "empty file"),
    ("binary.txt", b"OpenAI\x00\x01\x02\x00GPT-4o", "binary file"),
    ("garbled.txt", bytes(range(0x80, 0x100)) * 4, "undecodable text"),
    ("script-only.html", b"<html><script>var act = 1;</script></html>", "no text"),
])
def test_unreadable_file_raises_one_line_naming_it(write_doc, name, content, problem):
    path = write_doc(name, content)
    with pytest.raises(InputError) as raised:
        read_document(path)
    assert problem in _one_line_naming(raised.value, path)


@pytest.mark.parametrize("name, content", [
    ("bom-then-latin1.txt", "\ufeff欧盟理事会批准《人工智能法案》 café".encode("utf-8")[:-2] + b"\xe9"),
    ("utf16-odd-length.txt", "\ufeffOpenAI".encode("utf-16-le") + b"\x41"),
], ids=["bom-then-latin1", "utf16-odd-length"])
def test_bom_file_with_undecodable_bytes_is_an_input_error(write_doc, name, content):
    path = write_doc(name, content)
    with pytest.raises(InputError) as raised:
        read_document(path)
    assert "undecodable" in _one_line_naming(raised.value, path)


def test_file_over_the_size_limit_is_refused(write_doc):
    path = write_doc("big.txt", EU_AI_ACT * 10)
    with pytest.raises(InputError) as raised:
        read_document(path, max_bytes=100)
    assert "too large" in _one_line_naming(raised.value, path)
    assert read_document(path, max_bytes=10_000).text.startswith("2024年5月21日")


def test_missing_file_raises_input_error(tmp_path):
    path = tmp_path / "missing.txt"
    with pytest.raises(InputError) as raised:
        read_document(path)
    assert "cannot read" in _one_line_naming(raised.value, path)


def test_corrupt_pdf_is_an_unreadable_pdf(write_doc):
    path = write_doc("broken.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog\nthis is not a PDF\n%%EOF")
    with pytest.raises(InputError) as raised:
        read_document(path)
    assert "unreadable PDF" in _one_line_naming(raised.value, path)


# -- PDF --------------------------------------------------------------------------
def minimal_pdf(text: str) -> bytes:
    """A one-page PDF that shows ``text`` in Helvetica, made as bench/fuzz_build.py makes them."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("kg_bench_fuzz_build",
                                                  Path(__file__).resolve().parent.parent / "bench" / "fuzz_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.pdf_with_text([text])


def test_pdf_text_is_extracted(write_doc):
    document = read_document(write_doc("gpt-4o.pdf", minimal_pdf("OpenAI released GPT-4o")))
    assert document.text.strip() == "OpenAI released GPT-4o"
    assert document.encoding == "pdf"


# -- folding --------------------------------------------------------------------
def test_kangxi_radicals_fold_to_the_ideographs_they_show():
    assert fold_characters("⼈⼯智能") == "人工智能"
    assert fold_characters("发布⽇期：2024年5⽉21⽇") == "发布日期：2024年5月21日"


def test_radicals_supplement_folds_by_the_table_nfkc_lacks():
    assert unicodedata.normalize("NFKC", "意⻅") == "意⻅"     # NFKC leaves this block alone
    assert fold_characters("意⻅，⻋辆，⻛险") == "意见，车辆，风险"


def test_compatibility_ideographs_fold():
    assert fold_characters("\uf900\ufa0c") == "\u8c48\u5140"


def test_folding_keeps_full_width_punctuation_digits_and_letters():
    text = "（以下简称“法案”）：第１条；ＡＩ是否适用？！"
    assert fold_characters(text) == text


def test_ligatures_and_dash_glyphs_fold_to_their_letters():
    assert fold_characters("ﬁne-tuning ﬂows, ﬀ ﬃ ﬄ") == "fine-tuning flows, ff ffi ffl"
    assert fold_characters("谷歌发布模型⸺MusicLM") == "谷歌发布模型——MusicLM"


@pytest.mark.parametrize("text, folded", [
    ("the Corvale–based startup", "the Corvale-based startup"),  # an en dash
    ("a Vexmoor\u2011backed lab, a Calif.\u2010headquartered firm", "a Vexmoor-backed lab, a Calif.-headquartered firm"),
    ("the Port Selwyn–based maker", "the Port Selwyn-based maker"),
])
def test_a_compounds_dash_before_a_seat_or_a_backer_is_its_hyphen(text, folded):
    assert fold_characters(text) == folded


@pytest.mark.parametrize("text", [
    "The review–led by a panel of judges–found no fault.",  # an aside's dashes
    "Quillbrook Labs–based in Corvale–declined to comment.",
    "the idea–expression split, pages 10–12, the Corvale—based maker",  # no seat's tail; an em dash
])
def test_an_asides_dash_or_a_range_stays_a_dash(text):
    assert fold_characters(text) == text


def test_a_compounds_dash_read_from_a_file_is_its_hyphen_at_the_same_offsets(write_doc):
    text = "Quillbrook Labs raised money.\nThe Corvale–based startup sells robots.\n"
    document = read_document(write_doc("seat.txt", text))
    assert "The Corvale-based startup" in document.text and len(document.text.strip()) == len(text.strip())


def test_punctuation_a_cjk_font_shares_a_glyph_with_folds_to_the_full_width_form():
    # what Chromium's PDFs in Noto CJK give for ／, ～ and 〈〉
    assert fold_characters("【记者王小明\u2215北京报导】") == "【记者王小明／北京报导】"
    assert fold_characters("3\u301c5年，\u2329白皮书\u232a") == "3～5年，〈白皮书〉"
    assert fold_characters("1/2, A/B") == "1/2, A/B"  # the ASCII slash stays


def test_radicals_table_maps_the_supplement_block_to_unified_ideographs():
    from kg.ingest import _radicals
    table = _radicals()
    assert len(table) > 100
    for radical, ideograph in table.items():
        assert 0x2E80 <= radical <= 0x2EFF
        code = ord(ideograph)                       # the URO, extension A, or extensions B onwards
        assert 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x323AF


def test_every_input_is_folded_before_it_is_read(write_doc):
    text = read_document(write_doc("radicals.txt", "发布⽇期：2024年5⽉21⽇\n欧盟公开征求意⻅。")).text
    assert text == "发布日期：2024年5月21日\n欧盟公开征求意见。"


# -- PDF layout (positioned lines, no PDF needed) ---------------------------------
SIZE = 10.0


def _ems(text: str) -> float:
    """Width as a PDF shows it: CJK characters one em wide, Latin ones about half."""
    return sum(1.0 if ord(ch) >= 0x2E80 else 0.5 for ch in text)


def _line(text: str, x0: float, y: float, trailing_space: bool = False) -> PdfLine:
    return PdfLine(text + (" " if trailing_space else ""), x0, x0 + _ems(text) * SIZE, y, SIZE)


def _rows(text: str, ems: float) -> list[str]:
    """``text`` wrapped as a layout would, at ``ems`` wide."""
    rows = [""]
    for ch in text:
        if _ems(rows[-1] + ch) > ems:
            rows.append("")
        rows[-1] += ch
    return rows


def _page(lines: list[PdfLine]) -> PdfPage:
    return PdfPage(0.0, 600.0, lines)


EU_PARAGRAPH = ("2024年5月21日，欧盟理事会正式批准《人工智能法案》，该法案按照风险高低对人工智能系统分级管理，"
                "对高风险系统的提供者规定了数据治理、技术文件、人工监督和网络安全等方面的义务，将在欧盟官方公报刊登二十天后生效。")


def test_lines_wrapped_at_the_right_margin_are_joined_and_short_lines_kept():
    rows = _rows(EU_PARAGRAPH, 50)                       # 50 characters: margin to margin
    assert len(rows) == 3 and _ems(rows[0]) > 49
    lines = [_line("1. 欧盟理事会批准《人工智能法案》", 50, 760), _line("来源：欧盟理事会官网", 50, 745)]
    lines += [_line(row, 50, 730 - 15 * n) for n, row in enumerate(rows)]
    lines.append(_line("该法案大部分条款两年后适用。", 50, 685))
    text = pdf_layout([_page(lines)])
    assert text.splitlines() == ["1. 欧盟理事会批准《人工智能法案》", "来源：欧盟理事会官网", EU_PARAGRAPH,
                                 "该法案大部分条款两年后适用。"]


def test_a_full_line_is_not_joined_with_a_heading_or_a_field_that_follows():
    full = EU_PARAGRAPH[:50]
    lines = [_line(full, 50, 760), _line("2. 纽约时报起诉微软", 50, 745), _line(full, 50, 730),
             _line("来源：路透社", 50, 715), _line(full, 50, 700), _line("（三）司法动态", 50, 685),
             _line(full, 50, 670), _line(full, 50, 655)]
    assert pdf_layout([_page(lines)]).splitlines() == [full, "2. 纽约时报起诉微软", full, "来源：路透社", full,
                                                     "（三）司法动态", full + full]


def test_a_line_wrapped_across_pages_is_joined():
    rows = _rows(EU_PARAGRAPH, 50)
    pages = [_page([_line("1. 欧盟理事会批准法案", 50, 55), _line(rows[0], 50, 40)]),
             _page([_line(rows[1], 50, 760), _line(rows[2], 50, 745)])]
    assert pdf_layout(pages).splitlines() == ["1. 欧盟理事会批准法案", EU_PARAGRAPH]


def test_a_wide_gap_between_lines_is_a_blank_line():
    lines = [_line("一、监管动态", 50, 760), _line("1. 欧盟理事会批准法案", 50, 730), _line("来源：路透社", 50, 715),
             _line("日期：2024年5月21日", 50, 700)]
    assert pdf_layout([_page(lines)]).split("\n") == ["一、监管动态", "", "1. 欧盟理事会批准法案", "来源：路透社",
                                                     "日期：2024年5月21日"]


def test_a_full_line_is_not_joined_across_a_blank_lines_gap():
    full = EU_PARAGRAPH[:49] + "。"
    lines = [_line(full, 50, 760), _line(EU_PARAGRAPH[:20], 50, 745), _line(full, 50, 730),
             _line("纽约时报起诉微软和OpenAI。", 50, 700)]
    assert pdf_layout([_page(lines)]).split("\n") == [full + EU_PARAGRAPH[:20], full, "", "纽约时报起诉微软和OpenAI。"]


def test_a_justified_line_loses_the_spaces_its_letter_spacing_became():
    from kg.ingest import _without_letter_spacing
    assert _without_letter_spacing("美 国 财 政 部 就 《 关 于 金 融 服 务 》 发 布 （ Request for Information ） 征 求 意 见") == \
        "美国财政部就《关于金融服务》发布（Request for Information）征求意见"
    assert _without_letter_spacing("还 有 一 个 来 自 Adobe 的 应 用 ：") == "还有一个来自 Adobe 的应用："
    assert _without_letter_spacing("一、 监管动态：2024 年 6 月 OpenAI 发布新模型") == "一、 监管动态：2024 年 6 月 OpenAI 发布新模型"


ENGLISH = ("On 27 September 2024 the Hamburg Regional Court dismissed a copyright claim against LAION, the "
           "non-profit that compiled a state-of-the-art image-text dataset used to train models.")


def test_english_lines_wrapped_at_a_space_or_a_hyphen_are_joined_as_they_were():
    first, rest = ENGLISH.split("against ")
    second, third = rest.split("state-of-the-")
    lines = [_line(first + "against", 50, 760, trailing_space=True),
             _line(second + "state-of-the-", 50, 745), _line(third, 50, 730)]
    for line in lines[:2]:                            # both reach the right margin
        line.x1 = 548.0
    assert pdf_layout([_page(lines)]) == ENGLISH


def test_columns_interleaved_in_the_content_stream_are_read_one_after_the_other():
    left_text = EU_PARAGRAPH
    right_text = ("2023年12月27日，纽约时报在美国纽约南区联邦地区法院起诉微软和OpenAI，指控两家公司未经许可使用"
                  "其数以百万计的文章训练大型语言模型，并请求法院判令被告销毁相关模型和训练数据。")
    left, right = _rows(left_text, 24), _rows(right_text, 24)
    lines = []
    for row in range(max(len(left), len(right))):     # a producer that writes row by row
        if row < len(left):
            lines.append(_line(left[row], 50, 700 - 15 * row))
        if row < len(right):
            lines.append(_line(right[row], 310, 700 - 15 * row))
    heading = _line("人工智能法律动态：欧盟与美国的监管和诉讼最新进展汇总", 50, 740)
    text = pdf_layout([_page([heading, *lines])])
    assert text.split("\n") == [heading.text, "", left_text, right_text]


def test_running_header_footer_and_page_numbers_are_dropped_by_position():
    titles = ["1. 欧盟理事会批准法案", "2. 纽约时报起诉微软", "3. 意大利对OpenAI处以罚款"]
    pages = [_page([_line("星河律师事务所 人工智能法律简报 2024年第6期", 50, 780), _line(title, 50, 740),
                    _line("来源：路透社", 50, 725), _line(f"- {number} -", 290, 30)])
             for number, title in enumerate(titles, 1)]
    lines = pdf_layout(pages).split("\n")
    assert [line for line in lines if line] == [line for title in titles for line in (title, "来源：路透社")]


# -- PDF printed by a browser (needs Chromium and Noto Serif CJK) ------------------
OWN_NEWSLETTER = """人工智能法律动态

一、监管动态

1. 欧盟理事会正式批准《人工智能法案》
发布日期：2024年5月21日
来源：欧盟理事会官网
2024年5月21日，欧盟理事会正式批准《人工智能法案》。该法案按照风险高低对人工智能系统分级管理，对高风险系统的提供者规定了数据治理、技术文件、人工监督和网络安全等方面的义务，将在欧盟官方公报刊登二十天后生效，其中大部分条款自生效之日起两年后适用，委员会还将就实施细则公开征求意见。

2. 意大利数据保护机构对OpenAI处以罚款
发布日期：2024年12月20日
来源：路透社
2024年12月20日，意大利数据保护机构宣布对OpenAI处以1500万欧元罚款，认为该公司在训练ChatGPT时缺乏处理用户个人数据的合法依据，并且没有履行透明度义务和年龄验证义务，OpenAI表示将对该决定提起上诉。

二、司法动态

3. 纽约时报起诉微软和OpenAI侵犯著作权
发布日期：2023年12月27日
来源：纽约时报
2023年12月27日，纽约时报在美国纽约南区联邦地区法院起诉微软和OpenAI，指控两家公司未经许可使用其数以百万计的文章训练大型语言模型，请求法院判令被告承担数十亿美元的法定赔偿和实际损失，并销毁包含其作品的模型和训练数据。
"""
_RADICALS = re.compile("[\u2e80-\u2fdf\uf900-\ufaff]")


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def printed_newsletter(print_pdf, tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("printed")
    source = folder / "newsletter.txt"
    source.write_text(OWN_NEWSLETTER, encoding="utf-8")
    return source, print_pdf(OWN_NEWSLETTER, folder / "newsletter.pdf")


def test_browser_pdf_has_radicals_in_its_text_layer_and_the_document_has_none(printed_newsletter):
    from pypdf import PdfReader
    _, pdf = printed_newsletter
    layer = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert _RADICALS.search(layer), "the fixture must have radicals in its text layer"
    text = read_document(pdf).text
    assert not _RADICALS.search(text)
    assert _squeezed(text) == _squeezed(OWN_NEWSLETTER)
    assert max(map(len, OWN_NEWSLETTER.splitlines())) in map(len, text.splitlines())   # wrapped lines joined


def test_glyphs_a_font_shares_are_read_as_a_simplified_text_means_them():
    from kg.ingest import _meant_glyphs
    assert _meant_glyphs("缺乏处理用戶个人数据的合法依据") == "缺乏处理用户个人数据的合法依据"
    assert _meant_glyphs("缺乏處理用戶個人資料的合法依據") == "缺乏處理用戶個人資料的合法依據"   # Traditional: 戶 meant


def test_browser_pdf_gives_the_items_entities_and_facts_of_the_text(printed_newsletter, pipeline):
    def reading(path):
        result = pipeline.process(path)
        graph = pipeline.graph([result])
        facts = {(graph.entity(h)["label"], r, graph.entity(t)["label"]) for h, r, t, _ in graph.facts()}
        return [(i.title, i.date, i.source) for i in result.items], {d["label"] for _, d in graph.entities()}, facts
    source, pdf = printed_newsletter
    items, entities, facts = reading(pdf)
    assert (items, entities, facts) == reading(source)
    assert items[1] == ("意大利数据保护机构对OpenAI处以罚款", "2024-12-20", "路透社")
    assert {("意大利数据保护局", "fined", "OpenAI"), ("纽约时报", "sued", "微软")} <= facts  # the Garante, by its known name


# Our own words in the shapes of a news page: a title with a full-width space, a date line,
# bylines parted by full-width and by plain spaces, picture credits, an editor's line.
OWN_NEWS = """百度与华为签署战略合作协议　共建大模型生态
2025年1月8日 09:41　来源：北方科技报　作者：记者 林晓峰 通讯员 周敏

新华社北京1月8日电（记者　赵　磊）百度公司与华为技术有限公司8日在北京签署战略合作协议，双方将围绕文心大模型、昇腾计算平台以及鸿蒙操作系统开展深度合作，共同推动人工智能技术在金融、制造、医疗等行业的落地应用，百度首席执行官李彦宏和华为轮值董事长徐直军出席签约仪式并致辞。

（图片来源：百度官网，资料图）
（图：签约仪式现场。本报记者 沈韬 摄）
责任编辑：孙　悦
"""


def test_browser_pdf_of_a_news_page_reads_as_its_text(print_pdf, tmp_path):
    """A full-width space comes back from Noto CJK as an em space (U+2003), and a byline's
    plain spaces part a name from the next in a PDF as in its .txt."""
    source = tmp_path / "news.txt"
    source.write_text(OWN_NEWS, encoding="utf-8")
    pdf = print_pdf(OWN_NEWS, tmp_path / "news.pdf")
    text = read_document(pdf).text
    assert text.splitlines() == read_document(source).text.splitlines()
    assert "作者：记者 林晓峰 通讯员 周敏" in text and "（记者 赵 磊）" in text


def test_em_space_is_read_as_the_full_width_space_it_shows():
    assert fold_characters("记者\u2003赵\u2003磊") == "记者\u3000赵\u3000磊"
    assert repair(fold_characters("图：港口的新吊车\u2003晨报记者 王思远 摄")) == "图：港口的新吊车 晨报记者 王思远 摄"


def test_browser_pdf_in_two_columns_is_read_column_by_column(print_pdf, tmp_path):
    paragraphs = [line for line in OWN_NEWSLETTER.splitlines() if len(line) > 60]
    text = read_document(print_pdf("\n\n".join(paragraphs), tmp_path / "columns.pdf", columns=2)).text
    assert [line for line in text.splitlines() if line] == paragraphs


def test_browser_header_and_footer_are_dropped_from_every_page(print_pdf, tmp_path):
    from pypdf import PdfReader
    text = "\n\n".join([OWN_NEWSLETTER] * 4)
    path = print_pdf(text, tmp_path / "with-header.pdf", header_footer=True)
    layer = PdfReader(path).pages[1].extract_text()
    assert "le:///" in layer, "the fixture must have Chromium's footer"      # ﬁle:/// in its text layer
    read = pdf_text(path, path.read_bytes())
    assert "le:///" not in read and not re.search(r"^\s*\d+/\d+\s*$", read, re.M)
    assert _squeezed(fold_characters(read)) == _squeezed(text)


# -- HTML and Markdown ------------------------------------------------------------
HTML = """<html><head><title>页面标题</title><style>h2 { color: red; }</style></head>
<body>
<h2>欧盟理事会批准《人工智能法案》</h2>
<script>var tracking = "ignore me";</script>
<p>欧盟理事会&amp;欧洲议会就 &lt;AI Act&gt; 达成一致&#65292;法案随后生效。</p>
<h3>OpenAI &quot;GPT-4o&quot;</h3>
</body></html>
"""


def test_html_headings_become_markdown_headings_and_scripts_are_dropped():
    lines = [line for line in html_text(HTML).splitlines() if line]
    assert lines == [
        "## 欧盟理事会批准《人工智能法案》",
        "欧盟理事会&欧洲议会就 <AI Act> 达成一致，法案随后生效。",
        '## OpenAI "GPT-4o"',
    ]


def test_html_file_is_read_as_its_visible_text(write_doc):
    text = read_document(write_doc("page.html", HTML)).text
    assert "## 欧盟理事会批准《人工智能法案》" in text
    assert "<AI Act>" in text
    assert "tracking" not in text and "color" not in text and "页面标题" not in text


SAVED_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>纽约时报起诉微软和OpenAI - 科技法律观察</title>
<script>window.dataLayer = [];</script></head>
<body>
<div id="top-bar"><a href="/">首页</a> | <a href="/login">登录</a> | <a href="/register">注册</a></div>
<nav class="main-nav"><ul><li><a href="/policy">政策法规</a></li><li><a href="/cases">司法案例</a></li></ul></nav>
<div class="container">
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/cases">司法案例</a> &gt; 正文</div>
<article class="post">
<h1>纽约时报起诉微软和OpenAI侵犯著作权</h1>
<div class="meta">2023-12-27 18:30 来源：科技法律观察</div>
<p>2023年12月27日，纽约时报在美国纽约南区联邦地区法院起诉微软和OpenAI，指控两家公司未经许可使用其数以百万计的文章训练大型语言模型。</p>
<!-- 广告位 -->
<p>纽约时报请求法院判令被告承担数十亿美元的法定赔偿和实际损失，并销毁包含其作品的模型和训练数据。</p>
<p>链接：<a href="https://example.org/nyt-complaint">https://example.org/nyt-complaint</a></p>
</article>
<aside><h3>热门文章</h3><ul>
<li><a href="/a/1">欧盟理事会正式批准人工智能法案</a></li>
<li><a href="/a/2">Getty Images起诉Stability AI案最新进展</a></li></ul></aside>
<div class="related-list"><p>相关阅读：意大利数据保护机构对OpenAI处以罚款的后续报道</p></div>
</div>
<footer><p>Copyright © 2024 科技法律观察 版权所有</p><p><a href="/privacy">隐私政策</a></p></footer>
</body></html>
"""


def test_saved_web_page_gives_the_article_without_menus_sidebar_and_footer():
    assert html_text(SAVED_PAGE).splitlines() == [
        "# 纽约时报起诉微软和OpenAI侵犯著作权",
        "2023-12-27 18:30 来源：科技法律观察",
        "2023年12月27日，纽约时报在美国纽约南区联邦地区法院起诉微软和OpenAI，指控两家公司未经许可使用其数以百万计的文章训练大型语言模型。",
        "纽约时报请求法院判令被告承担数十亿美元的法定赔偿和实际损失，并销毁包含其作品的模型和训练数据。",
        "链接：https://example.org/nyt-complaint",
    ]


def test_saved_web_page_yields_facts_of_the_article_only(write_doc, pipeline):
    graph = pipeline.graph([pipeline.process(write_doc("nyt.html", SAVED_PAGE))])
    labels = {data["label"] for _, data in graph.entities()}
    facts = {(graph.entity(h)["label"], r, graph.entity(t)["label"]) for h, r, t, _ in graph.facts()}
    assert ("纽约时报", "sued", "微软") in facts
    assert not labels & {"欧盟理事会", "Getty Images", "Stability AI", "意大利数据保护机构"}   # sidebar, related


def test_html_link_text_makes_a_block_navigation_unless_it_is_an_address():
    page = ("<p>欧盟理事会于2024年5月21日正式批准《人工智能法案》，法案将在公报刊登二十天后生效。</p>"
            "<p><a href='/a'>上一篇</a> <a href='/b'>下一篇：OpenAI发布新模型</a></p>"
            "<p>原文链接：<a href='https://example.org/eu-ai-act'>https://example.org/eu-ai-act</a></p>")
    assert html_text(page).splitlines() == [
        "欧盟理事会于2024年5月21日正式批准《人工智能法案》，法案将在公报刊登二十天后生效。",
        "原文链接：https://example.org/eu-ai-act"]


def test_a_content_container_named_with_its_sidebar_is_not_boilerplate():
    page = ("<div class='content with-sidebar'><p>2024年5月21日，欧盟理事会正式批准《人工智能法案》，法案将在公报刊登二十天后生效。</p>"
            "</div><div class='sidebar'><p>订阅本站周报，每周一早上发送到您的邮箱，随时可以退订，欢迎转发给同事和朋友。</p></div>")
    assert html_text(page).splitlines() == ["2024年5月21日，欧盟理事会正式批准《人工智能法案》，法案将在公报刊登二十天后生效。"]


def test_html_page_of_short_lines_keeps_all_but_navigation():
    page = "<nav><a href='/'>首页</a></nav><h2>OpenAI发布GPT-4o</h2><p>发布日期：2024年5月13日</p>"
    assert html_text(page).splitlines() == ["## OpenAI发布GPT-4o", "发布日期：2024年5月13日"]


def test_markdown_subheadings_become_double_hash_lines_and_top_headings_stay_sections():
    text = markdown_text("# 一、司法动态\n### 纽约时报起诉微软\n**纽约时报**起诉 [OpenAI](https://openai.com)\n- 来源：Reuters")
    assert text.splitlines() == ["# 一、司法动态", "## 纽约时报起诉微软", "纽约时报起诉 OpenAI https://openai.com",
                                 "● 来源：Reuters"]


def test_markdown_file_is_read_with_double_hash_headings(write_doc):
    text = read_document(write_doc("issue.md", "#监管动态\n\n#### 欧盟理事会批准《人工智能法案》\n\n法案正式通过。\n")).text
    assert "## 欧盟理事会批准《人工智能法案》" in text.splitlines()
    assert "#### " not in text


def test_html_top_heading_is_a_section_and_lower_headings_are_items():
    lines = [line for line in html_text("<h1>一、监管动态</h1><h4>欧盟批准法案</h4>").splitlines() if line]
    assert lines == ["# 一、监管动态", "## 欧盟批准法案"]


# -- repair ---------------------------------------------------------------------
def test_repair_removes_spaces_between_chinese_characters_only():
    assert repair("欧 盟 理 事 会 批准  AI Act") == "欧盟理事会批准  AI Act"
    assert repair("微软 和 OpenAI 合作") == "微软和 OpenAI 合作"


NYT_PARAGRAPH = (
    "二〇二三年十二月，纽约时报在美国纽约南区联邦地区法院起诉微软和开放人工智能公司，指控两家公司未经许可使用其数以百万计的"
    "新闻报道训练大型语言模型，侵犯了其享有的著作权。纽约时报请求法院判令被告销毁包含其作品的模型和训练数据，并赔偿数十亿美元的"
    "法定损害和实际损失。两家被告均表示将积极应诉，并主张使用公开发表的文本训练模型属于合理使用，不构成侵权。此案被普遍视为新闻"
    "出版业与人工智能企业之间著作权争议的标志性案件，其结果将影响整个行业的数据使用规则。"
)
NYT_HEADING = "1. 纽约时报起诉微软和开放人工智能公司侵犯其著作权"


def test_lines_hard_wrapped_inside_a_sentence_are_rejoined():
    wrapped = [NYT_PARAGRAPH[i:i + 20] for i in range(0, len(NYT_PARAGRAPH), 20)]
    assert len(wrapped) >= 12 and not wrapped[0].endswith("。")
    text = "\n".join([NYT_HEADING, *wrapped, "来源：路透社"])
    assert repair(text).splitlines() == [NYT_HEADING, NYT_PARAGRAPH, "来源：路透社"]


def test_numbered_heading_of_full_width_is_not_joined_with_the_next_line():
    wrapped = [NYT_PARAGRAPH[i:i + 20] for i in range(0, len(NYT_PARAGRAPH), 20)]
    heading = "2. 纽约时报请求法院判令被告销毁相关模型"     # as wide as the wrapped lines, no final stop
    text = "\n".join([*wrapped, heading, "法院尚未作出裁决。"])
    assert repair(text).splitlines()[-2:] == [heading, "法院尚未作出裁决。"]


@pytest.mark.parametrize("heading, field", [
    ("▶ 纽约时报起诉微软和开放人工智能公司侵犯著作权", "时间：2023-12-27 ｜ 来源：路透社"),
    ("（一）纽约时报起诉微软和开放人工智能公司侵犯著作", "【时间】2023年12月27日"),
    ("① 纽约时报起诉微软和开放人工智能公司侵犯著作权", "内容：纽约时报指控两家公司侵犯著作权。"),
])
def test_a_heading_of_any_mark_and_the_field_under_it_stay_lines_of_their_own(heading, field):
    wrapped = [NYT_PARAGRAPH[i:i + 20] for i in range(0, len(NYT_PARAGRAPH), 20)]
    text = "\n".join([*wrapped, heading, field, "法院尚未作出裁决。"])
    assert repair(text).splitlines()[-3:] == [heading, field, "法院尚未作出裁决。"]


def test_a_link_field_as_wide_as_the_wrapped_lines_is_not_joined_with_the_text_under_it():
    wrapped = [NYT_PARAGRAPH[i:i + 20] for i in range(0, len(NYT_PARAGRAPH), 20)]
    link = "原文链接: https://www.nytimes.com/2023/12/27/business/media/new-york-times-open-ai-microsoft-lawsuit.html"
    text = "\n".join([*wrapped, link, "法院尚未作出裁决。"])
    assert repair(text).splitlines()[-2:] == [link, "法院尚未作出裁决。"]


def test_headings_between_long_paragraphs_are_not_taken_for_wrapped_lines():
    headings = ["欧盟：通用目的人工智能规则开始适用", "韩国：人工智能基本法将于明年起施行", "巴西：联邦参议院通过人工智能法案"]
    notes = ["资料来源：欧盟委员会官网 2025-07-10 新闻", "资料来源：韩国国会的官网 2024-12-26 新闻",
             "资料来源：巴西参议院官网 2024-12-10 新闻"]  # as wide as one another, a little wider than the headings
    paragraphs = [NYT_PARAGRAPH[:90], NYT_PARAGRAPH[30:160], NYT_PARAGRAPH[10:130]]
    lines = [line for heading, paragraph, note in zip(headings, paragraphs, notes) for line in (heading, paragraph, note)]
    assert repair("\n".join(lines)).splitlines() == lines


def test_short_lines_of_an_unwrapped_document_are_kept():
    text = "纽约时报起诉微软\n微软和OpenAI回应\n法院尚未裁决"
    assert repair(text) == text


def test_page_numbers_and_running_header_are_dropped():
    header = "星河律师事务所 · 人工智能法律简报"
    pages = [
        [header, "1. 欧盟理事会批准《人工智能法案》", "欧盟理事会于五月正式批准该法案。", "- 1 -"],
        [header, "2. 纽约时报起诉微软和OpenAI", "纽约时报指控两家公司侵犯著作权。", "第 2 页"],
        [header, "3. OpenAI发布GPT-4o", "OpenAI发布新一代多模态模型。", "3 / 3"],
    ]
    text = repair("\n\n".join("\n".join(page) for page in pages))
    lines = [line for line in text.splitlines() if line]
    assert lines == [line for page in pages for line in page[1:3]]


def test_repair_normalises_line_ends_and_full_width_spaces():
    assert repair("欧盟\r\n理事会\r批准\u3000法案") == "欧盟\n理事会\n批准 法案"


def test_repair_keeps_a_space_between_chinese_words_in_a_text_file():
    # a caption and its credit, a credit's name and its mark stay apart
    assert repair("图：港口的新吊车　晨报记者 王思远 摄") == "图：港口的新吊车 晨报记者 王思远 摄"
    assert repair("（图/记者 赵一鸣 摄）\n下一段") == "（图/记者 赵一鸣 摄）\n下一段"
    # a space next to a lone character is noise still (谷 歌)
    assert repair("来自 IBM、谷 歌、微软") == "来自 IBM、谷歌、微软"


# -- discover -------------------------------------------------------------------
def test_discover_walks_folders_sorted_and_skips_readme_and_dot_files(write_doc, tmp_path):
    for name in ["b.txt", "a.md", "sub/c.html", "sub/deeper/d.pdf", "README.md", "sub/readme.txt",
                 ".draft.txt", "notes.docx"]:
        write_doc(name, "OpenAI")
    found = [path.relative_to(tmp_path).as_posix() for path in discover([tmp_path])]
    assert found == ["a.md", "b.txt", "sub/c.html", "sub/deeper/d.pdf"]


def test_a_folder_named_like_a_file_is_read_as_a_folder_and_one_line_says_so(write_doc, tmp_path, caplog):
    write_doc("news.txt/inner.txt", "OpenAI")
    write_doc("b.txt", "OpenAI")
    for given, expected in ((tmp_path, ["b.txt", "news.txt/inner.txt"]), (tmp_path / "news.txt", ["news.txt/inner.txt"])):
        caplog.clear()
        found = [path.relative_to(tmp_path).as_posix() for path in discover([given])]
        assert found == expected
        assert [record.getMessage() for record in caplog.records] == \
            [f"{shown(tmp_path / 'news.txt')}: a folder named like a file, read as a folder (the files in it)"]


def test_discover_yields_a_named_file_as_given(write_doc):
    readme = write_doc("README.md", "OpenAI")
    assert list(discover([readme])) == [readme]


def test_discover_raises_for_a_missing_path(tmp_path):
    missing = tmp_path / "nowhere"
    with pytest.raises(InputError) as raised:
        list(discover([missing]))
    assert "no such file" in _one_line_naming(raised.value, missing)


def test_a_sub_heading_or_rule_every_item_repeats_is_no_running_header():
    items = [f"第{n}项｜标题{n}\n◇ 基本信息\n案件{n}\n◇ 进展\n法院于2024年{n}月作出裁定。\n━━━━━━━━" for n in "一二三四"]
    lines = repair("\n".join(items)).splitlines()
    assert lines.count("◇ 基本信息") == 4 and lines.count("━━━━━━━━") == 4


def test_an_uneven_wrap_with_blank_lines_between_is_joined():
    # a layout that never splits a word leaves its lines up to several characters short of the widest
    sentence = ("2024年4月7日，美国参议院商务委员会主席玛丽亚·坎特韦尔与众议院能源和商务委员会主席联合公布了《美国隐私权法》讨论草案，"
                "试图建立全国统一的联邦隐私保护框架，草案规定了数据最小化义务和个人的访问、更正、删除等权利，并就算法作出规定，"
                "要求大型数据持有者使用受涵盖算法作出重大决定的须开展影响评估，个人有权选择退出此类决定。")
    widths = [20, 15, 20, 16, 15, 20, 16, 15, 16]  # three lines only as wide as the widest: under a quarter
    lines, start = [], 0
    for width in widths:
        lines.append(sentence[start:start + width])
        start += width
    lines.append(sentence[start:])
    heading = "（一）美国国会公布《美国隐私权法》"
    text = repair("\n\n".join([heading] + lines + ["（二）日本发布《AI事业者指南》", "2024年4月19日，日本经济产业省发布指南。"]))
    assert sentence in text.splitlines()
    assert heading in text.splitlines()


def test_repair_joins_a_field_label_spaced_to_a_longer_ones_width():
    text = "原\u3000告｜星辰文化公司\n法　院｜北海市中级人民法院\n起诉日｜2025年3月\n图：大楼\u3000记者 王某 摄"
    assert repair(text).splitlines() == ["原告｜星辰文化公司", "法院｜北海市中级人民法院", "起诉日｜2025年3月",
                                         "图：大楼 记者 王某 摄"]
    assert repair("▸案\u3000\u3000名：A v. B") == "▸案名：A v. B"  # after a bullet, parted by two spaces


def test_an_input_error_crosses_a_process_boundary():
    # a worker's error comes back through pickle (a pool of bench/snapshot.py, kg build --jobs)
    import pickle

    from kg.ingest import InputError
    error = pickle.loads(pickle.dumps(InputError("a/b.txt", "still at work after 300 s")))
    assert isinstance(error, InputError) and str(error).endswith("b.txt: still at work after 300 s")


# -- sentences broken over lines of no common width (_join_broken_sentences) -----------------
def test_an_english_sentence_broken_at_any_width_is_read_whole():
    text = ("Federal Judge Mara Quill ruled\non Monday that Lumen Labs must face\nthe lawsuit filed by "
            "the Harbor Gazette.\nThe company said it would appeal.")
    assert repair(text).splitlines() == [
        "Federal Judge Mara Quill ruled on Monday that Lumen Labs must face the lawsuit filed by the Harbor Gazette.",
        "The company said it would appeal."]


def test_a_line_ending_at_a_comma_or_a_word_no_sentence_ends_with_runs_on():
    text = "Unfortunately,\nBrightpath did more than tidy the brief. Courts see more briefs citing cases made up by\nAI tools."
    assert repair(text).splitlines() == [
        "Unfortunately, Brightpath did more than tidy the brief. Courts see more briefs citing cases made up by AI tools."]
    assert repair("Lawyers keep relying on\nAI tools") == "Lawyers keep relying on\nAI tools"  # on may end one (weighs in)


def test_a_chinese_clause_broken_over_lines_is_joined_without_a_space():
    assert repair("青禾区人民法院经审理认为，\n被告未经许可使用原告声音，\n构成侵权。\n二、判决结果\n法院判决被告赔偿。") \
        .splitlines() == ["青禾区人民法院经审理认为，被告未经许可使用原告声音，构成侵权。", "二、判决结果", "法院判决被告赔偿。"]
    assert repair("星海公司起诉云帆公司\n，要求赔偿损失。") == "星海公司起诉云帆公司，要求赔偿损失。"


def test_headings_list_items_bylines_and_tables_are_not_glued_to_prose():
    kept = ["WHERE IT CAME FROM", "The bill grew out of work by a state office.",  # FROM: a heading in capitals
            "Morning Briefing", "from Lantern Media",  # no prose before the lower-case line
            "Court rules against Lumen Labs", "by Jane Roe and John Doe",  # a byline under a headline
            "The order lists what firms must publish,", "- the sources used,", "- the purposes pursued.",
            "Key dates", "| Court | Ruling |", "| high court | upheld |",
            "三、案件进展", "原告认为，", "（一）被告的抗辩"]
    assert repair("\n".join(kept)).splitlines() == kept


def test_a_line_whose_last_sentence_runs_on_past_a_clause_mark_is_continued():
    assert repair("The firm will appeal. The court, citing the record, fined\nNorthwind Ltd twice.") == \
        "The firm will appeal. The court, citing the record, fined Northwind Ltd twice."
    assert repair("法院驳回了上诉。法院认为，被告未经许可使用\n原告的作品。") == "法院驳回了上诉。法院认为，被告未经许可使用原告的作品。"
    kept = ["Nikkei, Quill Sue U.S. AI Startup over Use of Articles, Seek Injunction",  # U.S. ends no sentence
            "Prepared by: Prof. Ann Roe, with assistant Rowan Tsai", "For registered students only.",
            "法院驳回了上诉。法院认为，被告侵权", "资料来源：青禾法院官网"]
    assert repair("\n".join(kept)).splitlines() == kept


def test_a_chinese_line_left_open_after_a_stop_is_continued():
    assert repair("法院判决被告赔偿。原告是\n一家新闻机构。") == "法院判决被告赔偿。原告是一家新闻机构。"
    assert repair("法院判決被告賠償。原告是\n一家新聞機構。") == "法院判決被告賠償。原告是一家新聞機構。"


def test_a_chinese_headline_label_or_caption_left_open_is_not_continued():
    kept = ["全国首例，青禾互联网法院判决AI生成图片侵权", "原告诉被告一案由青禾法院审理。",  # a headline with a comma
            "云帆公司被诉。原告称其侵权", "2025-05-02 08:30 北京",  # a headline, then its dateline
            "云帆公司 遭起诉。原告称其模型侵权", "星海公司29日提起诉讼。",  # a headline's parts spaced apart
            "【数据】专利申请。中国居首", "总部设在日内瓦的组织发布报告。",  # a label
            "法院驳回上诉。(图/青禾日报)", "法院认为被告侵权。",  # a caption's credit
            "换脸模板。肖像权之外还有个人信息", "（青禾互联网法院 2024年6月发布）"]  # a bracket after a heading
    assert repair("\n".join(kept)).splitlines() == kept


def test_a_blank_line_still_parts_paragraphs():
    text = "The regulator fined the firm and\n\nthe firm appealed."
    assert repair(text) == text


# -- a page's own date, from its markup ----------------------------------------------------------
def test_page_date_reads_published_metadata():
    from kg.ingest import page_date
    assert page_date('<meta property="article:published_time" content="2025-06-24T08:00:00+08:00">') == "2025-06-24"
    assert page_date("<META NAME='pubdate' CONTENT='2024/03/05 10:00'>") == "2024-03-05"
    assert page_date('<meta itemprop="datePublished" content="June 5, 2023">') == "2023-06-05"
    assert page_date('<script type="application/ld+json">{"@type": "NewsArticle", '
                     '"datePublished": "2022-11-30T09:00:00Z"}</script>') == "2022-11-30"
    # the first key of its list wins over a page's other dates; a tag of another kind gives none
    assert page_date('<meta name="date" content="2021-01-02"><meta property="article:published_time" '
                     'content="2021-01-05">') == "2021-01-05"
    assert page_date('<meta property="article:modified_time" content="2021-01-09">') is None
    assert page_date('<meta name="pubdate" content="soon">') is None
    assert page_date("<p>2024年6月5日，某法院宣判。</p>") is None


def test_front_matter_date():
    from kg.ingest import front_matter_date
    assert front_matter_date("---\ntitle: 周报\ndate: 2024-07-01\n---\n# 一、监管动态\n") == "2024-07-01"
    assert front_matter_date("---\ndate: '2024年7月2日'\n---\ntext") == "2024-07-02"
    assert front_matter_date("# 周报\ndate: 2024-07-01\n") is None  # no front matter: a line of the text


def test_items_telling_no_date_take_the_pages(tmp_path):
    """An undated article saved as HTML is dated by its page's metadata, so that 近日 in it counts
    from that day; an item whose text dates itself keeps its own date."""
    from kg.segment import segment
    page = tmp_path / "page.html"
    page.write_text('<html><head><meta property="article:published_time" content="2025-06-24T08:00:00+08:00">'
                    "</head><body><h1>蓝岸影业起诉云杉智能</h1><p>蓝岸影业近日向某市中级人民法院起诉云杉智能，"
                    "称其模型未经许可使用了影片素材，法院已受理此案。</p></body></html>", encoding="utf-8")
    document = read_document(page)
    assert document.date == "2025-06-24"
    assert [item.date for item in segment(document)] == ["2025-06-24"]
    bare = tmp_path / "bare.html"
    bare.write_text(page.read_text(encoding="utf-8").replace("content=", "data-x="), encoding="utf-8")
    assert read_document(bare).date is None and [item.date for item in segment(read_document(bare))] == [None]
    dated = tmp_path / "dated.html"
    dated.write_text(page.read_text(encoding="utf-8").replace("<p>", "<p>2025年5月3日 来源：某报</p><p>"), encoding="utf-8")
    assert [item.date for item in segment(read_document(dated))] == ["2025-05-03"]
