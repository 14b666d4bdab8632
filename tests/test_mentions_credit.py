"""The credit family: names on an article's credit lines, without the byline label, the
photo-credit words or the remark around them (lines written for the tests)."""
from __future__ import annotations

import opencc
import pytest

from kg.script import simplified

from xfails import gap


def _article(credit_line: str) -> str:
    return f"卓汇科技发布新模型\n{credit_line}\n该模型可以实时处理语音。"


@pytest.mark.parametrize("line, name, type_", [
    ("图：记者王晓明", "王晓明", "Person"),
    ("图：卓汇日报档案照片", "卓汇日报", "Company"),
    ("图：卓汇市公安局提供", "卓汇市公安局", "Regulator"),
    ("实习生：刘静对本文亦有贡献", "刘静", "Person"),
    ("编辑：文思远", "文思远", "Person"),        # 文 is his surname here, no label run into the name
    ("记者：司徒雅琳", "司徒雅琳", "Person"),    # four characters under a two-character surname
    ("編輯：歐陽子謙", "歐陽子謙", "Person"),
])
def test_a_credited_name_is_cut_out_of_the_words_around_it(names, line, name, type_):
    found = names(_article(line))
    assert found[name].type == type_
    assert not any(text != name and text.startswith(name) or text.endswith(name) and text != name for text in found)


@pytest.mark.parametrize("text, reporters", [
    ("卓汇科技发布新模型\n本报记者张海宁北京报道\n该模型可以实时处理语音。", ["张海宁"]),
    ("本报广州5月3日讯记者刘明远国家市场监督管理总局今天发布新规。", ["刘明远"]),
    ("【星城日报讯】记者李然、陈可报道：卓汇科技昨日发布新模型。", ["李然", "陈可"]),
    ("卓汇科技发布新模型\n□ 本报记者　王雨\n该模型可以实时处理语音。", ["王雨"]),
    ("【港岛日报讯】记者欧阳晓明报道：卓汇科技昨日发布新模型。", ["欧阳晓明"]),
    ("星城网北京2月7日电 （记者 李然 陈可）卓汇科技昨日发布新模型。", ["李然", "陈可"]),  # a space between them
])
def test_a_reporter_after_an_inline_byline_label_is_a_person(names, text, reporters):
    found = names(text)
    for reporter in reporters:
        assert reporter in found and found[reporter].type == "Person"


@pytest.mark.parametrize("text", [
    "记者近日从业内获悉，卓汇科技已提起诉讼。",
    "据记者了解，该公司已经提交材料。",
    "多名记者表示，会场秩序良好。",
    "记者从国家市场监督管理总局获悉，审查已经结束。",
])
def test_a_reporter_label_in_running_prose_names_no_one(names, text):
    assert not [m for m in names(text).values() if m.mechanism == "credit"]


def test_a_bracketed_credit_line_and_a_verb_after_the_name_are_no_part_of_it(names):
    found = names("卓汇科技发布新模型\n该模型可以实时处理语音。\n（责任编辑：陈思远）\n星城财经网记者：周晓冬编译")
    assert found["陈思远"].type == "Person" and found["周晓冬"].type == "Person"
    assert "周晓冬编译" not in found


@pytest.mark.parametrize("text", [
    "本报广州5月3日讯记者刘明远国家市场监督管理总局今天发布《算法备案管理办法》。",
    "【星城日报讯】记者刘明远报道：卓汇科技与星河智能宣布合作。",
])
def test_a_reporter_named_in_a_dateline_is_party_to_no_fact(read_facts, text):
    assert not [fact for fact in read_facts(text) if "刘明远" in (fact[0], fact[2])]


@pytest.mark.parametrize("text, name", [
    ("卓汇科技发布新模型\n2025-03-14 09:15 杭州作者：钟若岚\n该模型可以实时处理语音。", "钟若岚"),
    ("卓汇科技发布新模型。\n本文为本站原创内容。责任编辑：秦晓川", "秦晓川"),
])
def test_a_credit_after_the_date_or_a_sentence_on_its_line_is_a_person(names, text, name):
    assert names(text)[name].type == "Person"


def test_the_city_a_reporter_files_from_is_cut_off_the_name(names):
    found = names("卓汇科技发布新模型\n本报记者：庞一鸣上海\n该模型可以实时处理语音。")
    assert found["庞一鸣"].type == "Person" and "庞一鸣上海" not in found


@pytest.mark.parametrize("text, outlet", [
    ("【江城科技周刊·深度观察】\n卓汇科技发布新模型。", "江城科技周刊"),
])
def test_a_masthead_over_its_column_names_the_outlet_and_no_person(names, text, outlet):
    found = names(text)
    assert found[outlet].type == "Company"
    assert not any(mention.type == "Person" for mention in found.values())


@pytest.mark.parametrize("line, person", [
    ("文：特约撰稿人 周若溪", "周若溪"),
    ("文：特約撰稿人 周若溪", "周若溪"),
])
def test_a_contributors_role_on_a_byline_is_no_name(names, line, person):
    found = names(_article(line))
    assert found[person].type == "Person"
    assert not any(text.startswith("特约") or text.startswith("特約") for text in found)


@pytest.mark.parametrize("line, person", [
    ("执行编辑：梁知远　　审稿：封雨晴", "梁知远"),
    ("執行編輯：梁知遠　　審稿：封雨晴", "梁知遠"),
    ("本期执行编辑：梁知远", "梁知远"),
])
def test_an_executive_editor_s_label_is_no_name(names, line, person):
    found = names(_article(line))
    assert found[person].type == "Person"
    assert not any(text.startswith(("执行", "執行")) for text in found)


@pytest.mark.parametrize("line, kept, dropped", [
    ("（图：卓汇智算在发布会上展示新模型。　周明远摄）", "周明远", "卓汇智算"),
    ("（圖片：警方在記者會上講解案情。星城日報記者攝）", "星城日報", "星城日報記者"),
    ("（图片：法院大楼外景。本报资料图片）", None, "本报"),
    ("（图：卓汇智算的新机房。图片由卓汇智算提供）", None, "图片"),
    ("（圖：法院大樓外景。資料畫面）", None, "資料畫面"),
    ("（图：卓汇智算的新机房。星港传媒提供）", "星港传媒", "星港传媒提供"),
])
def test_a_photo_captions_sentence_names_no_one_its_credit_does(names, line, kept, dropped):
    found = names(_article(line))
    assert dropped not in found
    assert kept is None or kept in found


@pytest.mark.parametrize("line, people", [
    ("撰稿：邹若岚　｜　2025-04-18 09:05　｜　来源：卓汇日报", ["邹若岚"]),
    ("转载请联系本社 ｜ 责任编辑：闵嘉禾", ["闵嘉禾"]),
    ("商务合作：裴律师｜本期编辑：戚雨桐", ["戚雨桐"]),
])
def test_a_credit_between_the_bars_of_a_line_names_its_person(names, line, people):
    found = names(_article(line))
    for person in people:
        assert person in found and found[person].type == "Person"
    assert not any("｜" in text or "2025" in text for text in found)


@pytest.mark.parametrize("text, people, junk", [
    # a programme's closing credits: each role's name up to the bar, the producer no person
    ("卓汇科技发布新模型\n该模型可以实时处理语音。\n编导：程乐怡　｜　剪辑：陆思远　｜　青禾视频出品", ["程乐怡", "陆思远"], "青禾视频"),
    ("卓汇科技发布新模型\n该模型可以实时处理语音。\n審讀：歐陽子謙　｜　攝像：林嘉怡", ["歐陽子謙", "林嘉怡"], "審讀"),
    # a translator's inline byline in brackets, cut before the slash of the wire it compiles
    ("【編譯林佳怡／綜合外電】卓匯科技昨日發布新模型。", ["林佳怡"], "綜合外電"),
])
def test_a_programme_s_and_a_translator_s_credits_name_their_people(names, text, people, junk):
    found = names(text)
    for person in people:
        assert found[person].type == "Person"
    assert not any(mention.type == "Person" and junk in name for name, mention in found.items())


def test_a_transcript_s_speaker_in_brackets_after_the_role_is_a_person(names):
    found = names("主持人（程乐怡）：\n各位好。卓汇科技昨天发布新模型。\n记者（画外音，陆思远）：\n该模型可以实时处理语音。\n记者（画外音）：\n接口下月开放。")
    assert found["程乐怡"].type == "Person" and found["陆思远"].type == "Person"
    assert "画外音" not in found


@pytest.mark.parametrize("line, persons, junk", [
    ("制图：孔令书　　责编：任雪桐", ["孔令书", "任雪桐"], "责编"),
    ("排版｜苗若溪　　审核｜钱一禾", ["苗若溪", "钱一禾"], "排版"),
    ("【撰稿】邵明川（江岸数据法研究院）　　【审稿】葛心远", ["邵明川", "葛心远"], "邵明川（江岸数据法研究院）"),
    ("編輯：龐思穎（Siying Pang）　｜　審核：魏書恆", ["龐思穎", "魏書恆"], "Siying Pang"),
    ("本栏主持：韦书宁　　本刊记者　钟子墨　整理", ["韦书宁", "钟子墨"], "钟子墨　整理"),
])
def test_a_credit_line_is_walked_label_by_label(names, line, persons, junk):
    found = names(_article(line))
    for person in persons:
        assert found[person].type == "Person"
    assert junk not in found


@pytest.mark.parametrize("text", [
    "卓汇科技发布新模型\n【主持人手记】\n该模型可以实时处理语音。",
    "卓汇科技发布新模型\n编辑部将在下周审核这些材料。",
])
def test_a_line_that_is_no_credit_line_names_no_staff(names, text):
    found = names(text)
    assert not any(mention.mechanism == "credit" for mention in found.values())


@pytest.mark.parametrize("line, persons, outlets", [
    ("Edited by Marta Quill", ["Marta Quill"], []),
    ("Reporting by Tobias Wren; Editing by Ilse Marrow", ["Tobias Wren", "Ilse Marrow"], []),
    ("Photo: Dara Pell / Reuters", ["Dara Pell"], ["Reuters"]),
    ("Brief prepared by: Nadia Orell, Research Fellow", ["Nadia Orell"], []),
])
def test_an_english_credit_line_is_walked_as_a_chinese_one_is(names, line, persons, outlets):
    found = names(f"Acme launches a new model\n{line}\nThe model answers questions in real time.")
    for person in persons:
        assert found[person].type == "Person" and found[person].mechanism == "credit"
    for outlet in outlets:
        assert found[outlet].type == "Company"
    assert "Research Fellow" not in found and "Nadia Orell, Research Fellow" not in found


@pytest.mark.parametrize("line", [
    "The model was built by Marta Quill and her team in Boston.",
    "Photo: Marta Quill. (Harbor Weekly file)",  # what the picture shows, a sentence
])
def test_an_english_sentence_is_no_credit_line(names, line):
    found = names(f"Acme launches a new model\n{line}")
    assert not any(mention.mechanism == "credit" for mention in found.values())



def test_an_english_dateline_s_outlet_is_named_by_its_credit(names):
    # the segmenter keeps "ROME (Ledgerline Wire) -" as the credit line Dateline：Ledgerline Wire
    found = names("Acme sues a rival\nDateline：Ledgerline Wire\nAcme Corp sued a rival on Monday.")
    assert found["Ledgerline Wire"].type == "Company" and found["Ledgerline Wire"].mechanism == "credit"


# The staff lines of closing credits and newsletter mastheads, with every role word papers use:
# each credited name is a person, nothing around it (a title, a degree, the next label) is one.
@pytest.mark.parametrize("line, persons", [
    ("编辑：邱雨桐　　校对：韩立帆　　签发：蒋书恒", ["邱雨桐", "韩立帆", "蒋书恒"]),
    ("编辑：邱雨桐　校对：韩立帆　签发：蒋书恒", ["邱雨桐", "韩立帆", "蒋书恒"]),
    ("值班编辑：鲁一鸣　　数据支持：远帆数据", ["鲁一鸣"]),
    ("执笔：龚嘉禾（博士研究生）、闵书瑶（硕士研究生）　　指导：甘振华　教授", ["龚嘉禾", "闵书瑶", "甘振华"]),
    ("本期编写：滕以安　　审校：符望川", ["滕以安", "符望川"]),
    ("责编：谭雨萌　　审读：卢书航", ["谭雨萌", "卢书航"]),
    ("复核：姜嘉言", ["姜嘉言"]),
    ("整理：汤若溪", ["汤若溪"]),
    ("主编：钟明远　　统筹：严思齐", ["钟明远", "严思齐"]),
    ("摄影：俞子轩　　制图：倪佳音", ["俞子轩", "倪佳音"]),
    ("实习生：费小禾　　通讯员：莫启明", ["费小禾", "莫启明"]),
    ("编辑：邱雨桐、韩立帆", ["邱雨桐", "韩立帆"]),
    ("执笔：龚嘉禾（研究员）", ["龚嘉禾"]),
    ("指导：甘振华（教授）", ["甘振华"]),
    ("审校：符望川　律师", ["符望川"]),
    ("执笔：殷若水　合伙人", ["殷若水"]),
    ("编写：司马青云", ["司马青云"]),
    ("責任編輯：葉書恆　　校對：陳曉東", ["葉書恆", "陳曉東"]),
    ("執筆：龔嘉禾（博士研究生）　　指導：甘振華　教授", ["龔嘉禾", "甘振華"]),
])
def test_every_name_on_a_staff_credit_line_is_a_person(names, line, persons):
    found = names(f"卓汇科技发布新模型\n该模型可以实时处理语音。\n{line}")
    assert all(found[person].type == "Person" for person in persons)
    credited = {text for text, mention in found.items() if mention.type == "Person" and mention.mechanism == "credit"}
    assert credited == set(persons)  # 教授, 博士研究生, 远帆数据: no person


@pytest.mark.parametrize("line, named", [
    ("编辑：本报综合", "本报综合"),
    ("责任编辑：新华社", "新华社"),
    ("校对组：二组", "二组"),
    ("编辑：星城日报", "星城日报"),
    ("整理：北京", "北京"),
    ("编辑：综合整理", "综合整理"),
    ("出品：南溟律师事务所　国际数据与科技业务组", "国际数据"),  # the firm's team, no remark cut off a name
    ("责编：阿杰　|　排版：小圆", "阿杰"),  # colleagues' nicknames
    ("责编：阿杰　|　排版：小圆", "小圆"),
    ("（图：卓汇科技管理层出席仪式。图片由受访者提供）", "受访者"),
])
def test_a_staff_role_before_an_outlet_a_place_or_a_desk_names_no_person(names, line, named):
    found = names(f"卓汇科技发布新模型\n该模型可以实时处理语音。\n{line}")
    assert not any(named in text or text in named for text, mention in found.items() if mention.type == "Person")


def test_an_issuing_unit_opening_a_credit_line_is_an_organization(names):
    found = names("商标部编　　执笔：闻嘉远　商标代理人　　审核：邵一舟　合伙人")
    assert found["商标部"].type == "Organization"
    assert found["闻嘉远"].type == "Person" and found["邵一舟"].type == "Person"
    assert "商标代理人" not in found


@pytest.mark.parametrize("line", ["本期主编：梁鉴远　　编辑：何嘉禾", "本版编辑：邓雅琳　　美编：宋嘉", "本网编辑：邓雅琳"])
def test_the_issue_page_or_site_before_an_editor_is_no_outlet(names, line):
    found = names(line)
    assert not {"本期", "本版", "本网"} & set(found) and found["邓雅琳" if "邓雅琳" in line else "梁鉴远"].type == "Person"


def test_a_body_preparing_a_notice_is_an_organization_and_a_contact_a_person(names):
    found = names("Prepared by: Supplier Relations Committee\nContact: Marcus Bellamy, Supplier Relations Lead")
    assert found["Supplier Relations Committee"].type == "Organization"
    assert found["Marcus Bellamy"].type == "Person"


# An inventory of a publication's furniture (credit rows, signature blocks, first-line publishers, 由…出版
# lines, © lines) with the traps around it, Simplified, Traditional and English: each row names who must be
# found with their type, and what must be no mention at all (a job title, a label word, a place, a headline).
_ZH_BODY = "卓汇科技发布新模型\n该模型可以实时处理语音。\n"
_EN_BODY = "Acme launches a new model\nThe model answers questions in real time.\n"

FURNITURE = [
    # credit labels and their separators
    (_ZH_BODY + "文字｜祁令书　　编辑｜苗思远　　审核｜卢立群", {"祁令书": "Person", "苗思远": "Person", "卢立群": "Person"}, ["文字"]),
    (_ZH_BODY + "撰文｜程若溪", {"程若溪": "Person"}, []),
    (_ZH_BODY + "编辑丨邬嘉宁　　校对丨向一帆", {"邬嘉宁": "Person", "向一帆": "Person"}, []),
    (_ZH_BODY + "责编/钱晓禾", {"钱晓禾": "Person"}, []),
    (_ZH_BODY + "审校：魏书航", {"魏书航": "Person"}, []),
    (_ZH_BODY + "监制：莫远山　　主编：席嘉言", {"莫远山": "Person", "席嘉言": "Person"}, []),
    (_ZH_BODY + "执笔：甘若水", {"甘若水": "Person"}, []),
    (_ZH_BODY + "联系人：蔺思齐", {"蔺思齐": "Person"}, []),
    (_ZH_BODY + "摄影｜祝晓峰", {"祝晓峰": "Person"}, []),
    (_ZH_BODY + "图｜邢一帆", {"邢一帆": "Person"}, []),
    (_ZH_BODY + "编辑：欧阳晓岚", {"欧阳晓岚": "Person"}, []),
    (_ZH_BODY + "审核：丁宁", {"丁宁": "Person"}, []),
    (_ZH_BODY + "本期整理：鲍望舟", {"鲍望舟": "Person"}, ["本期整理"]),
    # a unit or a title between the label and the name
    (_ZH_BODY + "主编：法务合规部　邝一鸣", {"邝一鸣": "Person"}, ["法务合规部　邝一鸣", "法务合规部邝一鸣"]),
    (_ZH_BODY + "审签：首席风控官　荀川", {"荀川": "Person"}, ["首席风控官", "审签"]),
    (_ZH_BODY + "主编：风控管理部　阮一鸣　　本期整理：乔望川　　审签：首席合规官　祁川",
     {"阮一鸣": "Person", "乔望川": "Person", "祁川": "Person"}, ["首席合规官"]),
    (_ZH_BODY + "编写：司马澜　理赔工程师　　复核：邬以宁　承保经理",
     {"司马澜": "Person", "邬以宁": "Person"}, ["理赔工程师", "承保经理"]),
    # Traditional
    (_ZH_BODY + "文字｜龐令儀　　編輯｜閻思遠　　審核｜賀立群", {"龐令儀": "Person", "閻思遠": "Person", "賀立群": "Person"}, []),
    (_ZH_BODY + "撰文：黎詠詩　　攝影：溫子軒", {"黎詠詩": "Person", "溫子軒": "Person"}, []),
    (_ZH_BODY + "主編：法遵部　嚴一鳴", {"嚴一鳴": "Person"}, ["法遵部　嚴一鳴"]),
    # English credits
    (_EN_BODY + "Text: Marisol Quenby", {"Marisol Quenby": "Person"}, []),
    (_EN_BODY + "Edited by Corwin Ashdale", {"Corwin Ashdale": "Person"}, []),
    (_EN_BODY + "Reviewed by: Ingrid Solvang", {"Ingrid Solvang": "Person"}, []),
    (_EN_BODY + "Photo: Anouk Delacroix", {"Anouk Delacroix": "Person"}, []),
    (_EN_BODY + "Approved by: Kwame Adebayo-Lind, Chief Risk Officer", {"Kwame Adebayo-Lind": "Person"}, ["Chief Risk Officer"]),
    (_EN_BODY + "Prepared by: Livia Marchetti, Senior Privacy Analyst\nApproved by: Tobiah Ndukwe, Chief Compliance Officer",
     {"Livia Marchetti": "Person", "Tobiah Ndukwe": "Person"}, ["Chief Compliance Officer"]),
    (_EN_BODY + "Contact: Hélène Dubois-Marchand", {"Hélène Dubois-Marchand": "Person"}, []),
    ("Acme launches a new model\n\nBY OSWIN HARTWELL | Midwest Bureau Chief\n\nThe model answers questions in real time.",
     {"OSWIN HARTWELL": "Person"}, ["Midwest Bureau Chief"]),
    pytest.param("Acme launches a new model\n\nBY ÉLODIE MARCHAND | Staff Writer\n\nThe model answers questions in real time.",
                 {"ÉLODIE MARCHAND": "Person"}, ["Staff Writer"],
                 marks=gap("a capital with an accent opens no Latin credit's name yet")),
    (_EN_BODY + "Written by José Ángel Ruiz", {"José Ángel Ruiz": "Person"}, []),
    # signature blocks: a name alone under a letter, its title on the next line or after a comma
    (_EN_BODY + "Sincerely,\n\nMaëlle Thibodeaux\nDirector of Family Services", {"Maëlle Thibodeaux": "Person"}, []),
    (_EN_BODY + "Respectfully,\n\nOrrin Castellane\nSuperintendent", {"Orrin Castellane": "Person"}, []),
    (_EN_BODY + "Regards,\nJoaquín Ferreira, Chief Privacy Officer", {"Joaquín Ferreira": "Person"}, ["Chief Privacy Officer"]),
    # a publisher on a newsletter's first line, alone or with its unit (the cover item kg.segment makes of it)
    ("岚曜智能科技股份有限公司\n风控管理部　内部资料\n\n合 规 周 报\n卓汇科技发布新模型。",
     {"岚曜智能科技股份有限公司": "Company"}, []),
    ("澄岳人寿保险股份有限公司　个险事业部", {"澄岳人寿保险股份有限公司": "Company", "个险事业部": "Company"},
     ["澄岳人寿保险股份有限公司　个险事业部"]),
    ("澄岳人壽保險股份有限公司　個險事業部", {"澄岳人壽保險股份有限公司": "Company", "個險事業部": "Company"}, []),
    # 由…出版/主办/编印/发布 lines
    (_ZH_BODY + "《鷺江商訊》由鷺江傳媒有限公司出版　©版權所有，未經許可不得轉載",
     {"鷺江傳媒有限公司": "Company", "鷺江商訊": "Company"}, []),
    (_ZH_BODY + "《星城财讯》由星城传媒有限公司主办", {"星城传媒有限公司": "Company"}, []),
    (_ZH_BODY + "本刊由青岚数据研究院编印", {"青岚数据研究院": "Organization"}, []),
    (_ZH_BODY + "本报告由澜川咨询有限公司发布，仅供参考。", {"澜川咨询有限公司": "Company"}, []),
    # © lines
    (_EN_BODY + "© 2025 Harrow Lane Media LLC", {"Harrow Lane Media LLC": "Company"}, []),
    (_ZH_BODY + "©2024 澄海日报社 版权所有", {"澄海日报社": "Company"}, []),
    # an organisation in capitals on a memo's first line, its office on the next
    pytest.param("BRIAR GLEN HEALTH\nOffice of Privacy & Ethics\n\nMEMORANDUM\n\nFROM: Office of Privacy & Ethics\nDATE: May 2, 2025\n"
     "Staff must review every AI tool.", {"BRIAR GLEN HEALTH": "Organization", "Office of Privacy & Ethics": "Organization"}, [],
                 marks=gap("an organisation in capitals over its office is found by no family yet")),
    pytest.param("PINE HOLLOW SCHOOL DISTRICT\nOffice of Student Services\n\nFAMILY NOTICE\nStudents must not share passwords.",
                 {"PINE HOLLOW SCHOOL DISTRICT": "Organization", "Office of Student Services": "Organization"}, ["FAMILY NOTICE"],
                 marks=gap("the office under a body in capitals is typed a Regulator")),
]

FURNITURE_TRAPS = [
    # a job title alone after a label: no Person, no Company
    (_ZH_BODY + "编辑：风险工程师", ["风险工程师"]),
    (_ZH_BODY + "审核：核保经理", ["核保经理"]),
    (_ZH_BODY + "审核：首席合规官", ["首席合规官"]),
    (_ZH_BODY + "主编：合规管理部", ["合规管理部"]),
    (_ZH_BODY + "编辑：本刊编辑部", ["本刊编辑部", "编辑部"]),
    (_EN_BODY + "Approved by: Chief Compliance Officer", ["Chief Compliance Officer"]),
    (_EN_BODY + "Prepared by: Staff Writer", ["Staff Writer"]),
    ("Acme launches a new model\n\nBY STAFF | Metro Desk\n\nThe model answers questions in real time.", ["STAFF", "Metro Desk"]),
    (_EN_BODY + "Sincerely,\n\nThe Compliance Team", ["The Compliance Team", "Compliance Team"]),
    # a label word inside body text
    ("编辑部表示，该报道已更正。", ["编辑部"]),
    ("责任编辑的职责是核实事实。", ["责任编辑"]),
    ("审核人员表示，相关内容已下架。", ["审核人员"]),
    # a dateline, a place after a bar
    ("北京3月5日电　卓汇科技发布新模型。", ["北京3月5日电"]),
    (_ZH_BODY + "来源｜上海市", ["上海市"]),
    (_ZH_BODY + "文字｜北京", ["北京"]),
    # headlines and form fields in capitals: no organisation, no person
    ("BREAKING: SENATE PASSES AI BILL\nThe bill now goes to the governor.", ["SENATE PASSES AI BILL", "BREAKING"]),
    ("NEW RULES FOR AI HIRING TOOLS\nEmployers must audit their tools.", ["NEW RULES FOR AI HIRING TOOLS"]),
    ("MEMORANDUM\nDATE: November 12, 2025\nTO: Nursing leadership, medical staff office\nStaff must review every AI tool.",
     ["MEMORANDUM", "Nursing leadership"]),
]


def _found(names, text: str) -> dict:
    return names(text)


@pytest.mark.parametrize("text, expected, absent", FURNITURE)
def test_a_publications_furniture_names_its_people_and_publishers(names, text, expected, absent):
    found = _found(names, text)
    assert {name: found[name].type for name in expected if name in found} == expected
    assert not set(absent) & set(found)


@pytest.mark.parametrize("text, absent", FURNITURE_TRAPS)
def test_a_title_a_label_word_a_place_or_a_headline_is_no_credited_name(names, text, absent):
    found = _found(names, text)
    assert not [name for name in absent if name in found and found[name].type in ("Person", "Company", "Organization")]


# The same furniture on a whole document, through kg.segment and its boilerplate (the cover line over the first
# item, the publication's line before its rights notice, a letter's signature under its closing): what the
# name families find once the segmenter has kept these lines.
_ITEMS = "\n\n一、星衡科技发布语音模型\n星衡科技昨日发布新一代语音模型。\n二、卓汇科技完成融资\n卓汇科技完成新一轮融资。\n"
_LETTER = ("Dear families,\n\nWHAT WAS FILED\n\nThe state sued a chat app last month.\n\nWHAT YOU CAN DO\n\n"
           "Talk with your child about chatbots.\n\nSincerely,\n\n{signature}\n\nThis notice is not legal advice.\n")

DOCUMENT_FURNITURE = [
    ("岭川智算科技股份有限公司\n法务管理部　内部资料\n\n合 规 周 报" + _ITEMS,
     {"岭川智算科技股份有限公司": "Company", "法务管理部": "Company"}, []),
    ("岭川财产保险股份有限公司　信用险事业部\n\n风 险 通 讯" + _ITEMS,
     {"岭川财产保险股份有限公司": "Company", "信用险事业部": "Company"}, []),
    ("合 规 周 报" + _ITEMS + "《岭川商讯》由岭川传媒有限公司出版　©版权所有，未经许可不得转载\n",
     {"岭川传媒有限公司": "Company", "岭川商讯": "Company"}, []),
    (_LETTER.format(signature="Marisol Quenby\nDirector of Family Services"), {"Marisol Quenby": "Person"}, []),
    # traps: a headline on the first line, a rights notice naming no publisher, a closing with no name under it
    ("监管机构发布新规" + _ITEMS, {}, ["监管机构发布新规"]),
    ("合 规 周 报" + _ITEMS + "©版权所有，未经许可不得转载\n", {}, ["版权所有"]),
    (_LETTER.format(signature="The Family Services Team"), {}, ["The Family Services Team", "Family Services Team"]),
]


@pytest.mark.parametrize("text, expected, absent", DOCUMENT_FURNITURE)
def test_a_documents_furniture_reaches_the_name_families(pipeline, text, expected, absent):
    from kg.model import Document
    from kg.segment import segment
    found = {mention.text: mention for item in segment(Document("issue.txt", "issue.txt", text, "0" * 64))
             for mention in pipeline.nlp(item.text).user_data["mentions"]}
    assert {name: found[name].type for name in expected if name in found} == expected
    assert not [name for name in absent if name in found and found[name].type in ("Person", "Company", "Organization")]


# staff labels on credit lines; an editorial group after one is no name (round 31)


def _persons(found: dict) -> set[str]:
    return {text for text, mention in found.items() if mention.type == "Person"}

@pytest.mark.parametrize("text, people", [
    ("数据合规月报\n主任委员：沈一帆　　本期执笔：乔安然 律师　　审核：顾言 律师\n本期要点如下。", {"沈一帆", "乔安然", "顾言"}),
    ("行业研报\n研究员：骆清川　　复核：裴若水\n正文如下。", {"骆清川", "裴若水"}),
    ("法律快訊\n整理：蘇雲　　審閱：程立新（合夥人）\n本期內容如下。", {"蘇雲", "程立新"}),
])
def test_staff_labels_on_credit_lines_name_persons(names, text, people):
    assert people <= _persons(names(text))


@pytest.mark.parametrize("text", ["（摘编：政策观察编辑组）", "（摘編：法規觀察編輯組）"])
def test_an_editorial_group_after_a_staff_label_is_no_name(names, text):
    assert not [t for t in names(text) if t.endswith(("编辑组", "編輯組"))]


# a person's label and its colon inside a line of other words; an inline label after an outlet's name


@pytest.mark.parametrize("text, people", [
    ("IP属地 浙江 编辑:许明川 星河网 时间:2025-11-05 10:16:59\n正文如下。", {"许明川"}),
    ("公司尚未回应置评请求。（译者:张若水/核稿:刘明珠）1131022", {"张若水", "刘明珠"}),
    ("公司尚未回應置評請求。（譯者:張若水/核稿:劉明珠）1131022", {"張若水", "劉明珠"}),
    ("星河财经(XHcaijing),作者 | 陈一舟,编辑 | 魏晓。", {"陈一舟", "魏晓"}),
])
def test_a_label_and_its_colon_inside_a_line_name_a_person(names, text, people):
    assert people <= _persons(names(text))


@pytest.mark.parametrize("text, person", [
    ("星河网编译周明远 2025-12-11 22:11\n正文如下。", "周明远"),
    ("〔编译孙明青／综合报导〕日本一家报社起诉了一家公司。", "孙明青"),
    ("江城晚报记者 谭明文 输入几个关键词就能生成画作。", "谭明文"),
])
def test_an_inline_label_after_an_outlets_name_or_a_bracket_names_its_reporter(names, text, person):
    assert person in _persons(names(text))


def test_a_label_word_in_a_sentence_names_no_one(names):
    assert not _persons(names("他对新闻记者说明了情况，编辑部审核通过。"))


@pytest.mark.parametrize("text, outlets", [
    ("星河网编译周明远 2025-12-11 22:11\n正文如下。", {"星河网"}),
    ("江城晚报/紫檀新闻记者 万明源 报道。", {"江城晚报", "紫檀新闻"}),
])
def test_the_outlet_before_an_inline_label_is_named(names, text, outlets):
    found = names(text)
    assert all(found[outlet].type == "Company" for outlet in outlets)


# an article's authors alone on their line: a date stamp and names, names before the title's bar,
# a name before the institution it writes from (round 37)
@pytest.mark.parametrize("line, persons", [
    ("2025.01.21 张荣楠 李筠 马奕 林岚", {"张荣楠", "李筠", "马奕", "林岚"}),
    ("周文涛　欧阳明", {"周文涛", "欧阳明"}),
    ("王新、徐元杰｜聚焦最新裁判案例：法院如何认定AI生成内容", {"王新", "徐元杰"}),
    ("许清扬 某某大学法学院", {"许清扬"}),
])
def test_the_authors_alone_on_their_line_are_persons(names, line, persons):
    for script in (str, opencc.OpenCC("s2t").convert):
        found = {name for name, m in names(simplified(script(_article(line)))).items() if m.type == "Person"}
        assert persons <= found


@pytest.mark.parametrize("line", [
    "王者 荣耀",
    "许可｜开源，附商用登记要求",
    "张薇 表示同意",
    "观点｜人工智能的边界",
])
def test_a_line_of_other_words_names_no_author(names, line):
    assert not [m for m in names(_article(line)).values() if m.type == "Person"]


@pytest.mark.parametrize("text, reporter, tail", [
    ("卓汇科技的机房遭查获。（記者陳志遠翻攝）", "陳志遠", "陳志遠翻"),
    ("编辑 秦远 审读 刘春明 二审 张可 三审 甘露", "张可", "二审"),
    ("本文作者：星城晚报 龚紫云 陈莉 整合", "陈莉", "整合"),
])
def test_a_credit_s_closing_word_or_an_editors_review_is_no_name(names, text, reporter, tail):
    """翻摄 (a photo taken off a screen), 整合 (put together), 二审/三审 (an editor's second and third
    reading): the credit's words around the names, no names of their own."""
    found = names(text)
    assert found[reporter].type == "Person" and tail not in found


# a byline of several labels, each with its name (round 74): a run of label and name pairs read
# inline, a name before its label after a slash, a name before its title and the verb that ends a
# byline, and a credit's name before its note in brackets of where the author works
@pytest.mark.parametrize("line, persons", [
    ("星城日报·星城客户端记者王晓明通讯员刘静", {"王晓明", "刘静"}),
    ("星城经济报道 记者王晓明 实习生亓佳琪 北京报道", {"王晓明", "亓佳琪"}),
    ("　　冯其远／核稿编辑", {"冯其远"}),
    ("郑安律师整理", {"郑安"}),
    ("文/周明轩(某某大学法律研究所、周明轩律师事务所主持律师)", {"周明轩"}),
])
def test_each_name_of_a_byline_of_several_labels_is_a_person(names, line, persons):
    for script in (str, opencc.OpenCC("s2t").convert):
        found = {name for name, m in names(simplified(script(_article(line)))).items() if m.type == "Person"}
        assert persons <= found, script(line)


def test_the_firm_in_brackets_after_a_credited_name_is_its_own(names):
    found = names(_article("文/周明轩(某某大学法律研究所、周明轩律师事务所主持律师)"))
    assert found["周明轩"].type == "Person" and found["周明轩律师事务所"].type == "Organization"


@pytest.mark.parametrize("line", [
    "星城日报记者近日从业内获悉，实习生已被起诉",
    "王者整理",
    "文/星城日报(某某大学法律研究所)",
])
def test_a_byline_shape_around_no_personal_name_names_no_one(names, line):
    assert not [m for m in names(_article(line)).values() if m.type == "Person" and m.mechanism.startswith("credit")]
