"""The imprint family: the outlet a masthead names is part of the publisher its copyright
notice names, and a broadcaster over the story publishes the news service the notice names;
an outlet's own company, or two names neither of which is a publisher's, make no fact."""

import pytest

from xfails import gap

STORY = ("{masthead}\n\nRegulators open inquiry into chatbot maker\n\nBy Ellen Marsh\n\n"
         "Lakemont, March 3, 2025 - The state's consumer agency opened an inquiry into Quillfire Labs on Monday.\n\n"
         "© 2025 {holder}. All rights reserved.\n")


@pytest.mark.parametrize("masthead, holder, unit, parent", [
    ("THE LAKEMONT HERALD", "Greyfriars Media Holdings", "Lakemont Herald", "Greyfriars Media Holdings"),
    ("Eastshore Public Broadcasting", "ESB Radio News", "ESB Radio News", "Eastshore Public Broadcasting"),
])
def test_a_masthead_and_a_copyright_holder_one_of_them_a_publisher(read_facts, masthead, holder, unit, parent):
    facts = read_facts(STORY.format(masthead=masthead, holder=holder))
    assert (unit, "partOf", parent) in facts


@pytest.mark.parametrize("masthead, holder", [
    ("THE LAKEMONT HERALD", "Lakemont Herald Pty Ltd"),  # the outlet's own company
    ("THE LAKEMONT HERALD", "Lakemont Herald"),
])
def test_an_outlet_s_own_name_in_its_notice_makes_no_fact(read_facts, masthead, holder):
    facts = read_facts(STORY.format(masthead=masthead, holder=holder))
    assert not [fact for fact in facts if fact[1] == "partOf"]


@pytest.mark.parametrize("masthead, notice, unit, parent", [
    # a registered name the English family finds first is still the notice's holder
    ("THE LAKEMONT HERALD", "© 2025 Greyfriars Press Inc. Reprinted by permission.", "Lakemont Herald", "Greyfriars Press Inc."),
    # words before the mark on the notice's line do not open the holder
    ("THE LAKEMONT HERALD", "Lakemont Herald stories are compiled by the desk. © 2024 Tidewater Publishing Ltd. All rights reserved.",
     "Lakemont Herald", "Tidewater Publishing Ltd."),
])
def test_a_holder_after_the_mark_wherever_it_was_found(read_facts, masthead, notice, unit, parent):
    story = STORY.format(masthead=masthead, holder="X").replace("© 2025 X. All rights reserved.", notice)
    assert (unit, "partOf", parent) in read_facts(story)


PAGE = ("{masthead}\n\n星衡科技发布新一代语音模型　称将向开发者开放\n\n本报记者　陆思远\n\n"
        "星衡科技昨日发布新一代语音模型，公司表示将于下月向开发者开放接口。\n\n"
        "编辑：程乐怡\n{notice}\n")


@pytest.mark.parametrize("masthead, notice, unit, parent", [
    # a masthead over the page and the company a rights notice names below it
    ("江屿晚报　A05　要闻·科技　2025年3月4日　星期二", "本版内容版权归江屿晚报有限公司所有，未经许可不得转载。",
     "江屿晚报", "江屿晚报有限公司"),
    ("嶼灣日報　｜　科技副刊「創新週刊」", "本版內容版權屬嶼灣日報有限公司所有，未經許可不得轉載。", "嶼灣日報", "嶼灣日報有限公司"),
])
def test_a_chinese_masthead_is_part_of_the_company_its_rights_notice_names(pipeline, write_doc, masthead, notice, unit, parent):
    result = pipeline.process(write_doc("news.txt", PAGE.format(masthead=masthead, notice=notice)))
    facts = {(fact.head.text, fact.relation, fact.tail.text) for fact in result.facts}
    assert (unit, "partOf", parent) in facts
    assert not any(fact.head.text == "陆思远" or fact.tail.text == "陆思远" for fact in result.facts)  # a credit states nothing


def test_a_channel_named_by_the_masthead_and_more_words_is_part_of_it(pipeline, write_doc):
    text = ("星河门户　>　财经频道　>　公司\n2025-03-04 10:20　来源：星河门户财经\n\n星衡科技发布新一代语音模型\n\n"
            "星河门户财经讯（记者　陆思远）星衡科技昨日发布新一代语音模型。\n\n本文来源：星河门户财经　　责任编辑：程乐怡\n")
    result = pipeline.process(write_doc("news.txt", text))
    facts = {(fact.head.text, fact.relation, fact.tail.text) for fact in result.facts}
    assert ("星河门户财经", "partOf", "星河门户") in facts
    names = {mention.text: mention.type for mentions in result.mentions for mention in mentions}
    assert names.get("星河门户") == "Company" and "财经频道" not in names


def test_a_notice_for_the_original_author_makes_no_fact(pipeline, write_doc):
    text = PAGE.format(masthead="江屿晚报　｜　要闻", notice="本文转载自江屿晚报，版权归原作者所有。")
    result = pipeline.process(write_doc("news.txt", text))
    assert not [fact for fact in result.facts if fact.relation == "partOf"]



def test_a_paper_named_with_its_house_is_part_of_the_house(read_facts):
    assert ("鹭江日报", "partOf", "鹭江日报社") in read_facts("鹭江日报社宣布，《鹭江日报》将于明年改版。")
    # a house whose name is not the paper's with 社 is told nothing of by the names alone
    assert not {f for f in read_facts("鹭江新闻社宣布，《鹭江日报》将于明年改版。") if f[1] == "partOf"}


@pytest.mark.parametrize("source, opening, parent", [
    ("鹭江日报", "鹭江日报讯　", "鹭江日报"),  # the outlet named alone in the credits
    ("鹭江", "", "鹭江日报传媒有限公司"),  # no line names it alone: the company its name and a legal form name
])
def test_an_outlets_app_over_the_page_is_part_of_the_outlet_or_its_publisher(pipeline, write_doc, source, opening, parent):
    text = (f"鹭江日报客户端　｜　域外法治\n2025-09-27　08:10　来源：{source}\n记者　王明\n\n南湖法院审结一起换脸案\n\n"
            f"{opening}南湖法院日前审结一起人工智能换脸案。\n\n责任编辑：李华\n鹭江日报客户端由鹭江日报传媒有限公司出品\n")
    result = pipeline.process(write_doc("news.txt", text))
    facts = {(fact.head.text, fact.relation, fact.tail.text) for fact in result.facts}
    assert ("鹭江日报客户端", "partOf", parent) in facts


# The furniture inventory: a publication's own furniture (masthead, publisher, issuing unit, editors),
# in documents written for the tests with invented outlets and publishers. Each row: the text, the
# names with their types, the partOf facts the furniture tells, and names that are no node (traps).
_BODY_EN = ("\nRegulator opens inquiry into a canteen's payment scanners\n\nBy Ellen Marsh, News Editor\n\n"
            "The regulator said on Monday that it had opened an inquiry into Quillfire Labs over its scanners.\n\n")
_BODY_ZH = "\n星衡科技发布新一代语音模型\n\n星衡科技昨日发布新一代语音模型，公司表示将于下月向开发者开放接口。\n\n"

FURNITURE = [
    # English mastheads over a tagline, the outlet partOf the company its ©-line names
    pytest.param("PANTRY LINES\nThe magazine for school kitchen managers and their suppliers\n" + _BODY_EN
                 + "Edited by Hannah Ruddock\n\n© 2024 Crumb & Crust Publishing Ltd. Not to be reproduced without permission.\n",
                 {"PANTRY LINES": "Company", "Hannah Ruddock": "Person"},
                 {("PANTRY LINES", "Crumb & Crust Publishing Ltd")}, (), id="en-capitals-magazine-ltd"),
    pytest.param("THE LOADING BAY\nDaily news for the freight and warehousing trade\n" + _BODY_EN
                 + "© 2023 Pallet Row Media Group LLC. All rights reserved.\n",
                 {"THE LOADING BAY": "Company"}, {("THE LOADING BAY", "Pallet Row Media Group LLC")}, (), id="en-capitals-the-llc"),
    pytest.param("THE HARBOUR DESK\nIndependent news for the port workforce in Australia\n" + _BODY_EN
                 + "© 2025 Quayside Street Media Pty Ltd. Internal briefing use permitted.\n",
                 {"THE HARBOUR DESK": "Company"}, {("THE HARBOUR DESK", "Quayside Street Media Pty Ltd")}, (), id="en-capitals-pty-ltd"),
    pytest.param("GRAIN AND GARNER\nNews for the milling trade\n" + _BODY_EN + "© 2024 Furrow Lane Publishing Ltd.\n",
                 {"GRAIN AND GARNER": "Company"}, {("GRAIN AND GARNER", "Furrow Lane Publishing Ltd")}, (), id="en-capitals-and-ltd"),
    pytest.param("Millstone Weekly\nThe trade letter for bakers and millers\n" + _BODY_EN + "© 2024 Furrow Lane Press Ltd.\n",
                 {"Millstone Weekly": "Company"}, {("Millstone Weekly", "Furrow Lane Press Ltd")}, (), id="en-title-case-weekly"),
    pytest.param("THE FORECOURT LEDGER\n" + _BODY_EN + "Copyright © 2025 Pumpline Media Inc.\n",
                 {"THE FORECOURT LEDGER": "Company"}, {("THE FORECOURT LEDGER", "Pumpline Media Inc")}, (), id="en-capitals-inc"),
    # an alliance's alert: the committee that prepared it partOf the alliance, the contact a person
    pytest.param("INDEPENDENT BAKERY OWNERS ALLIANCE\nMEMBER ALERT  |  No. 2024-07  |  May 2, 2024\n"
                 "Prepared by: Supplier Relations Committee\nContact: Marcus Bellamy, Supplier Relations Lead\n\n"
                 "Subject: Flour supplier sued over price-fixing chatbot\n\n"
                 "The state's consumer agency sued Quillfire Labs on Monday over its chatbot.\n\n"
                 "© 2024 Independent Bakery Owners Alliance. Members may forward this alert in full.\n",
                 {"INDEPENDENT BAKERY OWNERS ALLIANCE": "Organization", "Supplier Relations Committee": "Organization",
                  "Marcus Bellamy": "Person"},
                 {("Supplier Relations Committee", "INDEPENDENT BAKERY OWNERS ALLIANCE")}, (), id="en-alliance-prepared-by"),
    pytest.param("HARBOR LEGISLATIVE REFERENCE SERVICE\nHearing Summaries · 119th Congress · Senate\n\n"
                 "The committee heard three witnesses on chatbot safety.\n\nSUMMARY BY: Nadia Kessler, Senior Analyst\n",
                 {"HARBOR LEGISLATIVE REFERENCE SERVICE": "Organization", "Nadia Kessler": "Person"}, set(), (),
                 id="en-reference-service",
                 marks=gap("a capitals masthead ending in Service over a section path is not found")),
    pytest.param("THE TILL ROLL\nNews for independent grocers\n" + _BODY_EN
                 + "The Till Roll is published by Cornerstone Trade Press Ltd.\n",
                 {"THE TILL ROLL": "Company"}, {("The Till Roll", "Cornerstone Trade Press Ltd")}, (), id="en-published-by"),
    # Chinese newsletter heads: the organisation, the newsletter's name, the issuing unit, the editors
    pytest.param("青屿数据交易所\n数商简报\n2025年第2期（总第20期）　｜　2025年2月20日\n"
                 "主办：青屿数据交易所会员服务中心　　责任编辑：林知远　　审核：柯望舒\n" + _BODY_ZH,
                 {"青屿数据交易所": "Company", "青屿数据交易所会员服务中心": "Company", "林知远": "Person", "柯望舒": "Person"},
                 {("青屿数据交易所会员服务中心", "青屿数据交易所")}, (), id="zh-exchange-host-unit",
                 marks=gap("a company's unit is typed an Organization: no rule gives it its parent's type")),
    pytest.param("江岸跨境电商服务协会\n会　员　简　报\n2025年第3期（总第40期）\n协会秘书处编印　　　　2025年3月18日\n"
                 "本期主编：梁鉴远　　编辑：何嘉禾\n" + _BODY_ZH,
                 {"江岸跨境电商服务协会": "Organization", "协会秘书处": "Organization", "梁鉴远": "Person", "何嘉禾": "Person"},
                 {("协会秘书处", "江岸跨境电商服务协会")}, ("本期",), id="zh-association-secretariat"),
    pytest.param("泓理知识产权代理有限公司\n知产周报　·　商标版\n2025年第10期（总第130期）　　2025年3月7日（星期五）\n"
                 "商标部编　　执笔：闻嘉远　商标代理人　　审核：邵一舟　合伙人\n" + _BODY_ZH,
                 {"泓理知识产权代理有限公司": "Company", "商标部": "Company", "闻嘉远": "Person", "邵一舟": "Person"},
                 {("商标部", "泓理知识产权代理有限公司")}, (), id="zh-agency-department",
                 marks=gap("name_edges.tsv reads 代理 as a verb opening the name and cuts the agency to 有限公司; a company's unit is typed an Organization")),
    pytest.param("青禾科技产业联盟\n联盟通讯\n2024年第6期\n联盟秘书处编　　编辑：韩晓明\n" + _BODY_ZH,
                 {"青禾科技产业联盟": "Organization", "联盟秘书处": "Organization", "韩晓明": "Person"},
                 {("联盟秘书处", "青禾科技产业联盟")}, (), id="zh-alliance-secretariat"),
    pytest.param("嶺南智造產業協會\n會員通訊\n2025年第1期\n協會秘書處編印　　編輯：何嘉禾\n" + _BODY_ZH,
                 {"嶺南智造產業協會": "Organization", "協會秘書處": "Organization", "何嘉禾": "Person"},
                 {("協會秘書處", "嶺南智造產業協會")}, (), id="zh-traditional-association"),
    pytest.param("明川律师事务所\n数据合规月报\n2025年第4期\n主办：明川律师事务所数据合规部　　执笔：顾远　律师\n" + _BODY_ZH,
                 {"明川律师事务所": "Organization", "明川律师事务所数据合规部": "Organization", "顾远": "Person"},
                 {("明川律师事务所数据合规部", "明川律师事务所")}, (), id="zh-law-firm-host"),
    # Chinese mastheads and their publishers
    pytest.param("鹭城科技报　｜　2024年9月30日　星期一　｜　第05版　智能\n" + _BODY_ZH
                 + "本版编辑：邓雅琳　　美编：宋嘉\n鹭城科技报社出版　｜　本报所有稿件未经书面授权不得转载\n",
                 {"鹭城科技报": "Company", "鹭城科技报社": "Company", "邓雅琳": "Person", "宋嘉": "Person"},
                 {("鹭城科技报", "鹭城科技报社")}, ("本版",), id="zh-paper-published-by-house"),
    pytest.param("江湾汇客户端　｜　江湾新闻　＞　科创江湾\n2024-01-18　09:12　　来源：江湾区融媒体中心\n" + _BODY_ZH
                 + "编辑：许文静　　审核：陆振华\n本文由江湾区融媒体中心原创，未经授权不得转载。\n",
                 {"江湾汇客户端": "Company", "江湾区融媒体中心": "Organization", "许文静": "Person"},
                 {("江湾汇客户端", "江湾区融媒体中心")}, (), id="zh-app-original-by-media-centre"),
    pytest.param("南湖大学新闻网　｜　首页 > 综合新闻 > 学术科研\n发布时间：2024-03-19　　来源：计算机学院\n" + _BODY_ZH
                 + "供稿：计算机学院\n编辑：李思源　　审核：吕一民\n",
                 {"南湖大学新闻网": "Company", "南湖大学": "Organization", "李思源": "Person"},
                 {("南湖大学新闻网", "南湖大学")}, (), id="zh-university-news-site",
                 marks=gap("the university inside its news site's name is no node")),
    pytest.param("法衡法律資訊網　｜　法律新聞　＞　國際法制\n2023/04/06　14:20　｜　撰稿：法律編輯　邱筱雯\n" + _BODY_ZH
                 + "© 法衡資訊股份有限公司　版權所有，轉載請註明出處\n",
                 {"法衡法律資訊網": "Company", "法衡資訊股份有限公司": "Company", "邱筱雯": "Person"},
                 {("法衡法律資訊網", "法衡資訊股份有限公司")}, (), id="zh-traditional-legal-site"),
    pytest.param("江屿晚报　A05　要闻·科技　2025年3月4日　星期二\n" + _BODY_ZH
                 + "本版内容版权归江屿晚报有限公司所有，未经许可不得转载。\n",
                 {"江屿晚报": "Company", "江屿晚报有限公司": "Company"}, {("江屿晚报", "江屿晚报有限公司")}, (),
                 id="zh-paper-rights-notice"),
    pytest.param("星河门户　>　财经频道\n2025-03-04 10:20　来源：星河门户财经\n" + _BODY_ZH + "本文由星河传媒有限公司原创。\n",
                 {"星河门户": "Company"}, set(), (), id="zh-portal-original"),
    # editor lines
    pytest.param("鹭城科技报　｜　第05版\n" + _BODY_ZH + "执笔：周明远　专利代理师　　审核：邵一舟　合伙人\n",
                 {"周明远": "Person", "邵一舟": "Person"}, set(), ("专利代理师",), id="zh-editors-with-titles"),
    pytest.param("鹭城科技报　｜　第05版\n" + _BODY_ZH + "主办：鹭城科技报社　　责任编辑：林知远　　审核：柯望舒\n",
                 {"鹭城科技报社": "Company", "林知远": "Person", "柯望舒": "Person"}, set(), (), id="zh-host-line-editors"),
    pytest.param("數位法制週報　｜　國際\n" + _BODY_ZH + "責任編輯：陳思遠　　審核：林靜\n",
                 {"陳思遠": "Person", "林靜": "Person"}, set(), (), id="zh-traditional-editors"),
    pytest.param("THE LOADING BAY\nDaily news for the freight and warehousing trade\n" + _BODY_EN
                 + "Contact: Priya Raman, Deputy Editor\nPrepared by: Tomas Varga\n",
                 {"Priya Raman": "Person", "Tomas Varga": "Person"}, set(), (), id="en-contact-and-prepared-by"),
    # traps: headings, captions, the publication's own words, slogans, a common phrase as a masthead
    pytest.param("THE LOADING BAY\nDaily news for the freight and warehousing trade\n" + _BODY_EN
                 + "WHAT HAPPENED\n\nThe agency wrote to the company in May.\n\nWHY IT MATTERS FOR BUYERS\n\n"
                 "Buyers should check their contracts.\n",
                 {}, set(), ("WHAT HAPPENED", "WHY IT MATTERS FOR BUYERS"), id="trap-capitals-section-headings"),
    pytest.param("THE LOADING BAY\nDaily news for the freight and warehousing trade\n" + _BODY_EN
                 + "STATE OF OHIO v. LAKESIDE FREIGHT\n\nThe court set a hearing for June.\n",
                 {}, set(), ("STATE OF OHIO", "STATE OF OHIO v"), id="trap-capitals-case-caption"),
    pytest.param("鹭城科技报　｜　第05版\n" + _BODY_ZH + "本期编辑：邓雅琳\n",
                 {"邓雅琳": "Person"}, set(), ("本期",), id="trap-this-issue"),
    pytest.param("鹭城科技报　｜　第05版\n" + _BODY_ZH + "本版编辑：邓雅琳　　美编：宋嘉\n",
                 {"邓雅琳": "Person"}, set(), ("本版",), id="trap-this-page"),
    pytest.param("鹭城在线　｜　科技\n" + _BODY_ZH + "本网编辑：邓雅琳\n本网所有稿件未经授权不得转载。\n",
                 {}, set(), ("本网",), id="trap-this-site"),
    pytest.param("泓理知识产权代理有限公司\n知产周报\n" + _BODY_ZH + "【本所动态】本所商标部将于5月举办线上分享会。\n",
                 {}, set(), ("本所", "本所商标部"), id="trap-this-firm"),
    pytest.param("BETTER FOOD, BRIGHTER SCHOOLS\n" + _BODY_EN,
                 {}, set(), ("BETTER FOOD, BRIGHTER SCHOOLS", "BRIGHTER SCHOOLS"), id="trap-slogan-line"),
    pytest.param("WEEKLY UPDATE\n" + _BODY_EN, {}, set(), ("WEEKLY UPDATE",), id="trap-common-phrase-masthead"),
    pytest.param("工作简报\n2025年第3期\n" + _BODY_ZH, {}, set(), ("工作简报",), id="trap-chinese-common-masthead"),
    pytest.param("江岸跨境电商服务协会\n会员简报\n本期导读\n" + _BODY_ZH, {}, set(), ("本期导读", "会员简报"),
                 id="trap-issue-contents"),
    pytest.param("THE LOADING BAY\nDaily news for the freight and warehousing trade\n" + _BODY_EN
                 + "Contact: the newsdesk\nPrepared by: staff\n",
                 {}, set(), ("the newsdesk", "staff"), id="trap-contact-no-person"),
    pytest.param("THE LOADING BAY\nDaily news for the freight and warehousing trade\n" + _BODY_EN
                 + "© 2023 Pallet Row Media Group LLC.\n",
                 {}, {("THE LOADING BAY", "Pallet Row Media Group LLC")}, ("Daily", "Daily news"), id="trap-tagline-no-name"),
    # more newsletter covers: the body alone on the first line, the unit issuing the issue on its credit line
    pytest.param("澄湖数据交易所\n交易动态\n2024年第5期\n交易所研究中心编　　编辑：方予安\n" + _BODY_ZH,
                 {"澄湖数据交易所": "Company", "方予安": "Person"},
                 {("交易所研究中心", "澄湖数据交易所")}, (), id="zh-exchange-research-department"),
    pytest.param("云岭跨境电商商会\n商会简讯\n2025年第1期\n商会秘书处编印　　2025年1月15日\n" + _BODY_ZH,
                 {"云岭跨境电商商会": "Organization", "商会秘书处": "Organization"},
                 {("商会秘书处", "云岭跨境电商商会")}, (), id="zh-chamber-secretariat"),
    pytest.param("澄心資料治理學會\n學會通訊\n第12期\n學會秘書處編　　編輯：林佳蓉\n" + _BODY_ZH,
                 {"澄心資料治理學會": "Organization", "學會秘書處": "Organization", "林佳蓉": "Person"},
                 {("學會秘書處", "澄心資料治理學會")}, (), id="zh-traditional-society"),
    pytest.param("苍梧律师事务所\n科技法观察\n2025年第2期\n主办：苍梧律师事务所知识产权部　　执笔：周以宁　律师\n" + _BODY_ZH,
                 {"苍梧律师事务所": "Organization", "周以宁": "Person"},
                 {("苍梧律师事务所知识产权部", "苍梧律师事务所")}, (), id="zh-law-firm-department-host"),
    pytest.param("星岚人工智能产业联盟\n联盟快讯\n第8期\n主办：星岚人工智能产业联盟标准化委员会　　编辑：白若溪\n" + _BODY_ZH,
                 {"星岚人工智能产业联盟": "Organization", "白若溪": "Person"},
                 {("星岚人工智能产业联盟标准化委员会", "星岚人工智能产业联盟")}, (), id="zh-alliance-working-group-host"),
    pytest.param("NORTHFIELD GROCERS ASSOCIATION\nMEMBER BULLETIN  |  Issue 12  |  June 4, 2024\n"
                 "Prepared by: Policy Committee\n\nSubject: Payment app maker sued over hidden fees\n\n"
                 "The state's consumer agency sued Quillfire Labs on Monday over its app.\n",
                 {"Policy Committee": "Organization"},
                 {("Policy Committee", "NORTHFIELD GROCERS ASSOCIATION")}, (), id="en-association-bulletin-committee"),
    # publishers' lines under a page: the mark, the story's origin, the house that publishes the paper
    pytest.param("墨川资讯网　｜　科技 ＞ 人工智能\n2024-05-06 09:30　来源：墨川资讯网\n" + _BODY_ZH
                 + "© 墨川网络科技有限公司　版权所有\n",
                 {"墨川资讯网": "Company", "墨川网络科技有限公司": "Company"},
                 {("墨川资讯网", "墨川网络科技有限公司")}, (), id="zh-site-mark-company"),
    pytest.param("青埔新聞網　｜　地方 ＞ 科技\n2024/05/06 09:30　來源：青埔新聞網\n" + _BODY_ZH
                 + "本文由青埔傳媒股份有限公司原創，轉載請註明出處。\n",
                 {"青埔新聞網": "Company", "青埔傳媒股份有限公司": "Company"},
                 {("青埔新聞網", "青埔傳媒股份有限公司")}, (), id="zh-traditional-site-original"),
    pytest.param("雁北晨报　｜　2025年1月8日　星期三　｜　第A06版　科技\n" + _BODY_ZH + "雁北晨报社出版\n",
                 {"雁北晨报": "Company", "雁北晨报社": "Company"}, {("雁北晨报", "雁北晨报社")}, (),
                 id="zh-paper-house-foot"),
    pytest.param("港灣商報　｜　財經　｜　2024年6月3日\n" + _BODY_ZH + "本版內容版權屬港灣商報有限公司所有\n",
                 {"港灣商報": "Company", "港灣商報有限公司": "Company"}, {("港灣商報", "港灣商報有限公司")}, (),
                 id="zh-traditional-paper-rights-notice"),
    # traps: a first line that is a headline, a slogan, a section path, a date; a host line naming a government
    pytest.param("八家企业联合发起成立数据标注协会\n八家企业昨日联合发起成立数据标注协会，协会秘书处设在澄湖。\n",
                 {}, set(), ("协会秘书处",), id="trap-headline-ending-in-association"),
    pytest.param("创新驱动　数据赋能\n数商简报\n2025年第2期\n主办：澄湖数据交易所会员服务中心\n" + _BODY_ZH,
                 {}, set(), ("创新驱动", "数据赋能"), id="trap-slogan-first-line"),
    pytest.param("首页　>　协会动态\n会员简报\n协会秘书处编印\n" + _BODY_ZH,
                 {}, set(), ("首页", "协会动态"), id="trap-section-path-first-line"),
    pytest.param("2025年3月18日　星期二\n会员简报\n协会秘书处编印\n" + _BODY_ZH,
                 {}, set(), ("会员简报",), id="trap-date-first-line"),
    pytest.param("江岸跨境电商服务协会\n会员简报\n2025年第3期\n主办：江岸市人民政府　　编辑：何嘉禾\n" + _BODY_ZH,
                 {"何嘉禾": "Person"}, set(), (), id="trap-host-line-government"),
    pytest.param("八家企业联合发起成立协会\n\n行业协会昨日成立。\n\n热门小说改编\n\n多部作品将被改编。\n",
                 {}, set(), ("热门小说", "热门小说改"), id="trap-headline-ending-in-adaptation"),
]


@pytest.mark.parametrize("text, typed, part_of, no_names", FURNITURE)
def test_furniture_inventory(pipeline, write_doc, text, typed, part_of, no_names):
    result = pipeline.process(write_doc("page.txt", text))
    found = {label.rstrip("."): mention.type for mentions in result.mentions for mention in mentions
             for label in (mention.text, mention.canonical) if label}
    assert {name: found.get(name) for name in typed} == typed
    facts = {(name.rstrip("."), fact.relation, parent.rstrip(".")) for fact in result.facts
             for name in (fact.head.text, fact.head.canonical) if name
             for parent in (fact.tail.text, fact.tail.canonical) if parent}
    assert {(unit, "partOf", parent) for unit, parent in part_of} <= facts
    assert not set(no_names) & set(found)


@pytest.mark.parametrize("text", [
    "江岸跨境电商服务协会\n会员简报\n2025年第3期\n主办：江岸市人民政府　　编辑：何嘉禾\n" + _BODY_ZH,  # a government hosts it
    "创新驱动　数据赋能\n数商简报\n2025年第2期\n主办：澄湖数据交易所会员服务中心\n" + _BODY_ZH,  # a slogan, no body, first
    "2025年3月18日　星期二\n会员简报\n协会秘书处编印\n" + _BODY_ZH,  # a date line first
    "八家企业联合发起成立数据标注协会\n八家企业昨日联合发起成立数据标注协会，协会秘书处设在澄湖。\n",  # a headline first
])
def test_no_issuing_unit_is_part_of_a_cover_that_names_no_body(pipeline, write_doc, text):
    result = pipeline.process(write_doc("page.txt", text))
    assert not [fact for fact in result.facts if fact.relation == "partOf"]
