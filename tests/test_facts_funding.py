"""kg.facts.funding: investors named around a round the raiser completes."""
from __future__ import annotations

import pytest

from xfails import NAME_NOT_FOUND, NO_RULE, gap

INVESTORS = {("英伟达", "Mistral AI"), ("微软", "Mistral AI"), ("软银", "Mistral AI")}


@pytest.mark.parametrize("sentence", [
    "Mistral AI完成6亿欧元融资，投资方包括英伟达、微软和软银。",
    "Mistral AI宣布完成新一轮融资，本轮由英伟达领投，微软、软银跟投。",
    "英伟达、微软和软银参与了Mistral AI的新一轮融资。",
])
def test_every_listed_investor_invested_in_the_raiser(read_facts, sentence):
    assert {(h, t) for h, r, t in read_facts(sentence) if r == "investedIn"} == INVESTORS


def test_a_round_without_investor_words_names_no_investor(read_facts):
    assert not {f for f in read_facts("Mistral AI完成6亿欧元融资，微软随后发布新模型。") if f[1] == "investedIn"}


def test_a_direct_investment_is_still_read_by_the_cue(read_facts):
    assert ("微软", "investedIn", "Mistral AI") in read_facts("微软向Mistral AI投资1500万欧元。")


def test_the_investors_of_the_round_told_of_before_invest_in_its_raiser(read_facts):
    found = read_facts("Figure AI 完成 6.75 亿美元 B 轮融资。本轮融资由英伟达领投，微软、Intel Capital 等参与。"
                       "其余投资方包括三星。")
    assert {h for h, r, t in found if r == "investedIn" and t == "Figure AI"} == {"英伟达", "微软", "Intel Capital", "三星"}


def test_a_round_reference_with_no_round_told_before_names_no_raiser(read_facts):
    assert not {f for f in read_facts("Figure AI 发布新机器人。本轮由英伟达领投。") if f[1] == "investedIn"}


def test_a_place_or_a_company_describing_an_investor_is_no_investor(read_facts):
    found = read_facts("Figure AI完成融资，由日本电信巨头软银领投，亚马逊创始人杰夫·贝索斯等参与。")
    investors = {h for h, r, t in found if r == "investedIn"}
    assert {"软银", "杰夫·贝索斯"} <= investors and not investors & {"日本", "亚马逊"}


def test_a_rounds_name_is_never_the_company_raising_it(read_facts):
    found = {(h, t) for h, r, t in read_facts("xAI宣布完成60亿美元Series C融资，参与方包括BlackRock和红杉资本。")
             if r == "investedIn"}
    assert found == {("BlackRock", "xAI"), ("红杉资本", "xAI")}


def test_a_round_only_a_later_clause_mentions_leaves_the_investment_to_the_cue(read_facts):
    found = read_facts("谷歌将向Anthropic投资20亿美元，该笔投资将在Anthropic下一轮融资时转换为股权。")
    assert ("谷歌", "investedIn", "Anthropic") in found


def test_an_investment_firm_is_no_act_of_investing(read_facts):
    found = read_facts("贝莱德、微软和阿布扎比投资公司MGX宣布成立人工智能基础设施合作伙伴关系，总投资潜力可达千亿美元，含债务融资。")
    assert not {f for f in found if f[1] == "investedIn"}


def test_a_clause_opening_with_yiji_goes_on_with_the_investor_list(read_facts):
    found = read_facts("智谱完成新一轮融资，参投方有美团、蚂蚁集团等产业资本，以及红杉资本和高瓴资本。")
    assert {("红杉资本", "investedIn", "智谱"), ("高瓴资本", "investedIn", "智谱")} <= found


@pytest.mark.parametrize("sentence, investors, company", [
    ("智谱AI上周获得阿里巴巴、腾讯的战略投资。", {"阿里巴巴", "腾讯"}, "智谱AI"),
    ("百川智能宣布从红杉中国获得新一轮融资。", {"红杉中国"}, "百川智能"),
    ("月之暗面獲騰訊投資。", {"騰訊"}, "月之暗面"),
    # 拿到: received too, the company before it raised (invented names)
    ("海川科技上月拿到北辰资本和东岳资本的战略投资。", {"北辰资本", "东岳资本"}, "海川科技"),
])
def test_investors_after_a_word_of_receiving_invest_in_the_company_before_it(read_facts, sentence, investors, company):
    found = {(h, t) for h, r, t in read_facts(sentence) if r == "investedIn"}
    assert found == {(investor, company) for investor in investors}


@pytest.mark.parametrize("sentence", [
    "资料显示，月之暗面去年完成了由腾讯领投的B轮融资。",
    "资料显示，月之暗面去年完成了由腾讯和阿里巴巴联合领投的B轮融资。",
])
def test_a_name_the_leading_word_follows_is_an_investor_not_the_raiser(read_facts, sentence):
    found = {(h, t) for h, r, t in read_facts(sentence) if r == "investedIn"}
    assert ("腾讯", "月之暗面") in found and not any(h == "月之暗面" for h, _ in found)


# An inventory of the ways news and newsletters tell an investment or an acquisition, in short
# sentences about invented companies (北辰科技, 海川科技, Quill Technologies, Orbit Labs) and well-known
# investors, each with the facts it must give; and traps that tell no fact, each with the facts it
# must not give.  Written from the language, not from one set (round 24's held-out investedIn: 0 of 13).
I, A = "investedIn", "acquired"
CHINESE = [
    ("北辰科技完成5亿元B轮融资，由腾讯领投，红杉中国、启明创投跟投。", {("腾讯", I, "北辰科技"), ("红杉中国", I, "北辰科技"), ("启明创投", I, "北辰科技")}),
    ("云图科技完成新一轮融资，老股东红杉中国继续加码。", {("红杉中国", I, "云图科技")}),
    ("海川科技获腾讯战略投资。", {("腾讯", I, "海川科技")}),
    ("阿里巴巴入股南星科技。", {("阿里巴巴", I, "南星科技")}),
    ("腾讯增资北辰科技。", {("腾讯", I, "北辰科技")}),
    ("云图科技完成A轮融资，红杉中国参投。", {("红杉中国", I, "云图科技")}),
    ("北辰科技宣布完成天使轮融资，投资方为启明创投。", {("启明创投", I, "北辰科技")}),
    ("阿里巴巴斥资20亿元收购云图科技。", {("阿里巴巴", A, "云图科技")}),
    pytest.param("腾讯以30亿元拿下海川科技。",
                 {("腾讯", A, "海川科技")},
                 marks=gap("拿下 is no cue: too common a verb (拿下订单, 拿下冠军) to read alone")),
    ("南星科技被阿里巴巴收购。", {("阿里巴巴", A, "南星科技")}),
    pytest.param("北辰科技已并入腾讯。",
                 {("腾讯", A, "北辰科技")},
                 marks=gap("B并入A: no cue reads the merged company before the buyer")),
    ("阿里巴巴完成对云图科技的收购。", {("阿里巴巴", A, "云图科技")}),
    ("腾讯领投海川科技的C轮融资。", {("腾讯", I, "海川科技")}),  # the name starts after the cue jieba cut (领 / 投海)
    ("海川科技获得红杉中国、启明创投等机构的联合投资。", {("红杉中国", I, "海川科技"), ("启明创投", I, "海川科技")}),
    ("红杉中国向北辰科技注资3亿元。", {("红杉中国", I, "北辰科技")}),
    ("腾讯与阿里巴巴共同投资了南星科技。", {("腾讯", I, "南星科技"), ("阿里巴巴", I, "南星科技")}),
    ("北辰科技的投资方包括腾讯和红杉中国。", {("腾讯", I, "北辰科技"), ("红杉中国", I, "北辰科技")}),
    ("海川科技获阿里巴巴数亿元投资。", {("阿里巴巴", I, "海川科技")}),
    ("云图科技完成2亿元A轮融资。本轮融资由启明创投独家投资。", {("启明创投", I, "云图科技")}),
    ("腾讯全资收购海川科技。", {("腾讯", A, "海川科技")}),
    ("阿里巴巴宣布将以50亿元并购南星科技。", {("阿里巴巴", A, "南星科技")}),
    ("红杉中国、腾讯等投资了海川科技。", {("红杉中国", I, "海川科技"), ("腾讯", I, "海川科技")}),
    ("南星科技被腾讯以15亿元全资收购。", {("腾讯", A, "南星科技")}),
    ("腾讯是北辰科技的第二大股东。", {("腾讯", I, "北辰科技")}),
    ("北辰科技获得腾讯领投的3亿元融资。", {("腾讯", I, "北辰科技")}),
    ("云图科技近日完成由红杉中国领投的亿元级A轮融资。", {("红杉中国", I, "云图科技")}),
    ("腾讯出资5亿元投资海川科技。", {("腾讯", I, "海川科技")}),
    ("阿里巴巴将云图科技收入囊中。", {("阿里巴巴", A, "云图科技")}),
    ("北辰科技完成对海川科技的全资收购。", {("北辰科技", A, "海川科技")}),
    ("南星科技宣布完成数亿元B轮融资，腾讯、阿里巴巴联合领投。", {("腾讯", I, "南星科技"), ("阿里巴巴", I, "南星科技")}),
    pytest.param("海川科技的股东名单中出现了腾讯的身影。",
                 {("腾讯", I, "海川科技")},
                 marks=gap("a shareholder list told figuratively")),
    ("腾讯以12亿元收购北辰科技70%的股权，北辰科技将成为其控股子公司。", {("腾讯", A, "北辰科技")}),
]
CHINESE_TRAPS = [
    ("腾讯投资100亿元建设自有数据中心，北辰科技为其供应服务器。", {("腾讯", I, "北辰科技")}),
    ("有消息称阿里巴巴有意收购云图科技，阿里巴巴随后否认了这一传闻。", {("阿里巴巴", A, "云图科技")}),
    ("北辰科技否认将被腾讯收购。", {("腾讯", A, "北辰科技")}),
    ("云图科技正寻求新一轮融资，估值或达50亿元，腾讯、阿里巴巴均有意参与。", {("腾讯", I, "云图科技"), ("阿里巴巴", I, "云图科技")}),
    ("阿里巴巴收购云图科技的谈判已经破裂。", {("阿里巴巴", A, "云图科技")}),
    ("北辰科技是腾讯的全资子公司。", {("腾讯", A, "北辰科技")}),
]
ENGLISH = [
    ("Quill Technologies raised $40 million in a Series B round led by Nvidia, with participation from Microsoft and SoftBank.",
     {("Nvidia", I, "Quill Technologies"),
      ("Microsoft", I, "Quill Technologies"),
      ("SoftBank", I, "Quill Technologies")}),
    ("SoftBank-backed Quill Technologies opened an office in Paris.",
     {("SoftBank", I, "Quill Technologies")}),
    ("Quill Technologies, which is backed by Microsoft and Nvidia, released a new model.",
     {("Microsoft", I, "Quill Technologies"), ("Nvidia", I, "Quill Technologies")}),
    ("Microsoft took a stake in Orbit Labs last year.", {("Microsoft", I, "Orbit Labs")}),
    ("Nvidia invested $100 million in Orbit Labs.", {("Nvidia", I, "Orbit Labs")}),
    ("Orbit Labs, in which Microsoft holds a stake, released a new robot.", {("Microsoft", I, "Orbit Labs")}),
    ("Google agreed to buy Orbit Labs for $2 billion.", {("Google", A, "Orbit Labs")}),
    ("Microsoft completed its acquisition of Quill Technologies in March.",
     {("Microsoft", A, "Quill Technologies")}),
    ("Orbit Labs was acquired by Nvidia last year.", {("Nvidia", A, "Orbit Labs")}),
    ("Google snapped up Quill Technologies in 2023.", {("Google", A, "Quill Technologies")}),
    ("Nvidia led the round, in a deal that values Orbit Labs at $5 billion.", {("Nvidia", I, "Orbit Labs")}),
    ("Microsoft's purchase of Orbit Labs closed in March.", {("Microsoft", A, "Orbit Labs")}),
    ("Orbit Labs has raised $200 million from investors including Nvidia and SoftBank.",
     {("Nvidia", I, "Orbit Labs"), ("SoftBank", I, "Orbit Labs")}),
    ("Quill Technologies is backed by Google and Salesforce.",
     {("Google", I, "Quill Technologies"), ("Salesforce", I, "Quill Technologies")}),
    ("Nvidia led a $50 million investment in Orbit Labs.", {("Nvidia", I, "Orbit Labs")}),
    ("Orbit Labs counts Microsoft and Google among its investors.",
     {("Microsoft", I, "Orbit Labs"), ("Google", I, "Orbit Labs")}),
    ("Microsoft participated in Quill Technologies' Series C round.",
     {("Microsoft", I, "Quill Technologies")}),
    ("Quill Technologies secured $30 million in funding from SoftBank.",
     {("SoftBank", I, "Quill Technologies")}),
    ("Microsoft announced a deal to acquire Quill Technologies.", {("Microsoft", A, "Quill Technologies")}),
    ("Orbit Labs, which Nvidia bought in 2022, makes warehouse robots.", {("Nvidia", A, "Orbit Labs")}),
    ("Quill Technologies closed a $60 million Series A led by SoftBank and Nvidia.",
     {("SoftBank", I, "Quill Technologies"), ("Nvidia", I, "Quill Technologies")}),
    ("Microsoft has invested billions in Orbit Labs.", {("Microsoft", I, "Orbit Labs")}),
    ("Quill Technologies agreed to be acquired by Google.", {("Google", A, "Quill Technologies")}),
    ("Orbit Labs' investors include Nvidia and Salesforce.",
     {("Nvidia", I, "Orbit Labs"), ("Salesforce", I, "Orbit Labs")}),
    ("SoftBank poured $1 billion into Orbit Labs.", {("SoftBank", I, "Orbit Labs")}),
    ("Orbit Labs, a Microsoft-backed startup, hired a new chief executive.",
     {("Microsoft", I, "Orbit Labs")}),
    ("Quill Technologies raised $40 million. The round was led by Nvidia.",
     {("Nvidia", I, "Quill Technologies")}),
    ("Microsoft is buying Orbit Labs for $1 billion.", {("Microsoft", A, "Orbit Labs")}),
    ("Microsoft completed the $2 billion takeover of Orbit Labs.", {("Microsoft", A, "Orbit Labs")}),
    ("Orbit Labs raised $75 million from Nvidia, Microsoft and SoftBank.",
     {("Nvidia", I, "Orbit Labs"), ("Microsoft", I, "Orbit Labs"), ("SoftBank", I, "Orbit Labs")}),
    ("Quill Technologies landed a $20 million investment from Salesforce.",
     {("Salesforce", I, "Quill Technologies")}),
    ("Nvidia and Microsoft also joined the round for Orbit Labs.",
     {("Nvidia", I, "Orbit Labs"), ("Microsoft", I, "Orbit Labs")}),
]
ENGLISH_TRAPS = [
    ("Microsoft invested $10 billion in its own data centres, which Orbit Labs helps to cool.",
     {("Microsoft", I, "Orbit Labs")}),
    ("A new round could value Orbit Labs at $5 billion, with Nvidia in talks to lead it.",
     {("Nvidia", I, "Orbit Labs")}),
    ("Google denied plans to buy Quill Technologies.", {("Google", A, "Quill Technologies")}),
    ("Microsoft's venture arm M12 backed Orbit Labs.", {("Microsoft", I, "Orbit Labs")}),
    ("Nvidia is considering an investment in Orbit Labs.", {("Nvidia", I, "Orbit Labs")}),
    ("Orbit Labs is in talks to raise money from SoftBank.", {("SoftBank", I, "Orbit Labs")}),
    ("Google walked away from talks to acquire Quill Technologies.", {("Google", A, "Quill Technologies")}),
]


# An inventory of the ways a text names who put money into a company or a fund: its contributors
# (出资人, 认缴出资, 共同发起设立), its shareholders (股东包括, 持有X%股权, 第二大股东) and its investors
# told as what they are (A, B's largest shareholder; an early backer of B; A's commitment to B), in
# short sentences about invented companies and funds; and traps that name no investment of one
# name in another.  Written from the language (round 25's held-out investedIn: 0 of 13).
CONTRIBUTORS_CHINESE = [
    ("北辰科技的出资人为腾讯、阿里巴巴和红杉中国。",
     {("腾讯", I, "北辰科技"), ("阿里巴巴", I, "北辰科技"), ("红杉中国", I, "北辰科技")}),
    ("北辰科技的股东为腾讯、阿里巴巴和红杉中国。",
     {("腾讯", I, "北辰科技"), ("阿里巴巴", I, "北辰科技"), ("红杉中国", I, "北辰科技")}),
    ("北辰科技的发起人包括腾讯和阿里巴巴。", {("腾讯", I, "北辰科技"), ("阿里巴巴", I, "北辰科技")}),
    ("海川科技注册资本20亿元，其中腾讯认缴出资8亿元。", {("腾讯", I, "海川科技")}),
    ("腾讯、阿里巴巴等共同发起设立北辰科技。", {("腾讯", I, "北辰科技"), ("阿里巴巴", I, "北辰科技")}),
    ("腾讯持有北辰科技15%股权。", {("腾讯", I, "北辰科技")}),
    ("阿里巴巴持有海川科技30%的股份，为其第二大股东。", {("阿里巴巴", I, "海川科技")}),
    ("腾讯是北辰科技的第二大股东。", {("腾讯", I, "北辰科技")}),
    ("北辰科技的投资方包括腾讯和红杉中国。", {("腾讯", I, "北辰科技"), ("红杉中国", I, "北辰科技")}),
    ("红杉中国系北辰科技早期投资人。", {("红杉中国", I, "北辰科技")}),
    ("北辰科技获腾讯、阿里巴巴投资。", {("腾讯", I, "北辰科技"), ("阿里巴巴", I, "北辰科技")}),
    ("北辰科技由腾讯和阿里巴巴共同出资设立。", {("腾讯", I, "北辰科技"), ("阿里巴巴", I, "北辰科技")}),
    ("工商登记显示，海川科技由腾讯和红杉中国共同出资。", {("腾讯", I, "海川科技"), ("红杉中国", I, "海川科技")}),
    ("北辰科技注册资本10亿元，股东包括财政部、工商银行和农业银行。",
     {("财政部", I, "北辰科技"), ("工商银行", I, "北辰科技"), ("农业银行", I, "北辰科技")}),
    ("北辰科技的股东包括腾讯，以及工商银行、建设银行等国有大型银行。",
     {("腾讯", I, "北辰科技"), ("工商银行", I, "北辰科技"), ("建设银行", I, "北辰科技")}),
    ("北辰科技的主要出资方为腾讯。", {("腾讯", I, "北辰科技")}),
    ("阿里云是北辰科技的投资方。", {("阿里云", I, "北辰科技")}),
    ("阿里雲是海川科技的投資方。", {("阿里雲", I, "海川科技")}),
    ("海川科技獲阿里雲投資。", {("阿里雲", I, "海川科技")}),
    ("北辰科技完成新一轮融资，由阿里巴巴旗下的阿里云领投。", {("阿里云", I, "北辰科技")}),
    ("海川科技的最大股东红杉中国披露了交易金额。", {("红杉中国", I, "海川科技")}),
    ("腾讯为北辰科技的战略投资者。", {("腾讯", I, "北辰科技")}),
    ("腾讯作为北辰科技的早期投资者出席了发布会。", {("腾讯", I, "北辰科技")}),
    ("海川科技的第一大股东是腾讯。", {("腾讯", I, "海川科技")}),
    ("北辰科技引入腾讯作为战略投资者。", {("腾讯", I, "北辰科技")}),
    ("腾讯与阿里巴巴联合发起设立海川科技，注册资本50亿元。", {("腾讯", I, "海川科技"), ("阿里巴巴", I, "海川科技")}),
    pytest.param("腾讯出资5亿元参与设立海川科技。", {("腾讯", I, "海川科技")}, marks=NO_RULE),  # one founder: founders reads two
    ("北辰科技背后的投资方有腾讯和红杉中国。", {("腾讯", I, "北辰科技"), ("红杉中国", I, "北辰科技")}),
    ("阿里巴巴从红杉中国手中收购了北辰科技。", {("阿里巴巴", A, "北辰科技"), ("红杉中国", I, "北辰科技")}),
]
CONTRIBUTORS_CHINESE_TRAPS = [
    ("腾讯投资50亿元建设数据中心，北辰科技中标。", {("腾讯", I, "北辰科技")}),
    ("腾讯和阿里巴巴同为北辰科技的股东。", {("腾讯", I, "阿里巴巴"), ("阿里巴巴", I, "腾讯")}),
    ("北辰科技的客户包括腾讯和阿里巴巴。", {("腾讯", I, "北辰科技"), ("阿里巴巴", I, "北辰科技")}),
    ("腾讯拟入股北辰科技，但交易最终告吹。", {("腾讯", I, "北辰科技")}),
    ("阿里巴巴从红杉中国手中收购了北辰科技。", {("红杉中国", A, "北辰科技")}),
    ("腾讯是北辰科技的控股股东。", {("腾讯", I, "北辰科技")}),
]
CONTRIBUTORS_ENGLISH = [
    ("Nvidia, Orbit Labs' largest shareholder, welcomed the deal.", {("Nvidia", I, "Orbit Labs")}),
    ("Microsoft, Quill Technologies's largest investor, declined to comment.", {("Microsoft", I, "Quill Technologies")}),
    ("Sequoia Capital, an early backer of Orbit Labs, declined to comment.", {("Sequoia Capital", I, "Orbit Labs")}),
    ("Orbit Labs counts SoftBank among its investors.", {("SoftBank", I, "Orbit Labs")}),
    ("Microsoft holds a 10% stake in Orbit Labs.", {("Microsoft", I, "Orbit Labs")}),
    ("Microsoft's $2 billion commitment to Orbit Labs was announced in May.", {("Microsoft", I, "Orbit Labs")}),
    ("Insight Partners led Orbit Labs' growth round before Mastercard bought it.", {("Insight Partners", I, "Orbit Labs")}),
    ("Microsoft, which has put $13 billion into Orbit Labs, runs its models.", {("Microsoft", I, "Orbit Labs")}),
    ("Nvidia, which pumped billions of dollars into Orbit Labs last year, supplies its chips.",
     {("Nvidia", I, "Orbit Labs")}),
    ("IP Group, Orbit Labs' biggest shareholder, expects to receive £134 million from the sale.",
     {("IP Group", I, "Orbit Labs")}),
    ("Mastercard bought Orbit Labs from Insight Partners for $2.6 billion.",
     {("Mastercard", A, "Orbit Labs"), ("Insight Partners", I, "Orbit Labs")}),
    ("Orbit Labs' shareholders include SoftBank and Nvidia.", {("SoftBank", I, "Orbit Labs"), ("Nvidia", I, "Orbit Labs")}),
    ("Nvidia has a stake in Orbit Labs.", {("Nvidia", I, "Orbit Labs")}),
    ("Microsoft is Orbit Labs' biggest outside investor.", {("Microsoft", I, "Orbit Labs")}),
    ("Nvidia is an investor in Orbit Labs.", {("Nvidia", I, "Orbit Labs")}),
    ("Nvidia made a minority investment in Orbit Labs.", {("Nvidia", I, "Orbit Labs")}),
    ("Insight Partners acquired a minority stake in Orbit Labs.", {("Insight Partners", I, "Orbit Labs")}),
    ("Insight Partners made a growth investment in Orbit Labs in 2019.", {("Insight Partners", I, "Orbit Labs")}),
    ("Nvidia, an early investor in Orbit Labs, joined the call.", {("Nvidia", I, "Orbit Labs")}),
    ("Microsoft committed $2 billion to Orbit Labs.", {("Microsoft", I, "Orbit Labs")}),
    ("Nvidia is one of the biggest shareholders of Orbit Labs.", {("Nvidia", I, "Orbit Labs")}),
    ("Orbit Labs received backing from Nvidia and SoftBank.", {("Nvidia", I, "Orbit Labs"), ("SoftBank", I, "Orbit Labs")}),
    pytest.param("Microsoft co-founded the Orbit AI Fund with BlackRock.",
                 {("Microsoft", I, "Orbit AI Fund"), ("BlackRock", I, "Orbit AI Fund")}, marks=NAME_NOT_FOUND),
]
CONTRIBUTORS_ENGLISH_TRAPS = [
    ("Microsoft's customers include Orbit Labs.", {("Microsoft", I, "Orbit Labs"), ("Orbit Labs", I, "Microsoft")}),
    ("Nvidia and SoftBank are investors in Orbit Labs.", {("Nvidia", I, "SoftBank"), ("SoftBank", I, "Nvidia")}),
    ("Microsoft sold its stake in Orbit Labs to Google.", {("Microsoft", A, "Orbit Labs"), ("Google", A, "Orbit Labs")}),
    ("Nvidia planned to invest in Orbit Labs, but the deal fell through.", {("Nvidia", I, "Orbit Labs")}),
    ("Insight Partners acquired a minority stake in Orbit Labs.", {("Insight Partners", A, "Orbit Labs")}),
    ("Mastercard bought Orbit Labs from Insight Partners for $2.6 billion.", {("Insight Partners", A, "Orbit Labs")}),
]


@pytest.mark.parametrize("sentence, facts", CHINESE + ENGLISH + CONTRIBUTORS_CHINESE + CONTRIBUTORS_ENGLISH)
def test_each_way_of_telling_a_deal_gives_its_facts(read_facts, sentence, facts):
    assert facts <= read_facts(sentence)


@pytest.mark.parametrize("sentence, facts", CHINESE_TRAPS + ENGLISH_TRAPS + CONTRIBUTORS_CHINESE_TRAPS
                         + CONTRIBUTORS_ENGLISH_TRAPS)
def test_a_deal_only_sought_denied_or_of_another_kind_gives_no_fact(read_facts, sentence, facts):
    """Also a customer, a fellow investor, a seller or a plan: no investment of one name in the other."""
    assert not facts & read_facts(sentence)


@pytest.mark.parametrize("sentence", [
    "Anthropic宣布完成由光速创投牵头的130亿美元融资。",
    "Anthropic完成130亿美元F轮融资，由光速创投牵头，红杉资本跟投。",
    "软银牵头OpenAI的400亿美元融资。",
])
def test_the_investor_leading_a_round_as_its_head_invested(read_facts, sentence):
    assert {h for h, r, t in read_facts(sentence) if r == "investedIn"} & {"光速创投", "软银"}
