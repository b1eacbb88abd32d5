"""Wording a cadre uses for documents they did not write: a place list or a name shortened to its characters
(乌昌石, 自创区), a two-digit year (97年), a year that is part of a title, who issued a document, and a document
another level issued about a place. Real excerpts (国函〔2018〕145号, 国办函〔1996〕14号, 国办发〔1997〕2号 and a
广东省 plan), the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from assistant.understand import understand
from assistant.vocabulary import _typed_from
from tests.answers.corpora import assistant_over

ZONE = """国务院关于同意乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复
国函〔2018〕145号
新疆维吾尔自治区人民政府、新疆生产建设兵团，科技部：
一、同意乌鲁木齐、昌吉、石河子3个高新技术产业开发区（以下统称乌鲁木齐、昌吉、石河子高新区）建设国家自主创新示范区，区域范围为国务院有关部门公布的开发区审核公告确定的四至范围。
二、同意乌鲁木齐、昌吉、石河子国家自主创新示范区努力创造新经验，探索面向中西亚合作创新的新模式。
三、同意将乌鲁木齐、昌吉、石河子国家自主创新示范区纳入国家自主创新示范区部际协调小组统筹指导。
四、新疆维吾尔自治区人民政府和新疆生产建设兵团要加强组织领导，编制实施方案。
国务院
2018年11月23日
"""

STATIONS = """国务院办公厅关于广东与香港、澳门合建自动气象站网有关问题的复函
国办函〔1996〕14号
中国气象局：
一、同意广东省气象局与香港天文台合建3个自动气象站；与澳门地球物理气象台合建2个自动气象站。
四、自动气象站的建设要尽量避开军事设施和军事设施保护区域。港澳人员必须上岛时，应征得广州军区同意并办理有关手续。
国务院办公厅
一九九六年二月六日
"""

EARTHQUAKE = """国务院办公厅转发国家地震局关于1997年地震趋势和加强防震减灾工作意见报告的通知
国办发〔1997〕2号
我局于1997年1月7日至11日召开1997年度全国地震趋势会商会，对1997年地震趋势进行了系统的分析。
（五）建议将首都圈地区建成我国防震减灾十年目标综合示范区，使其成为率先具备抗御6级左右地震能力的样板地区。
国务院办公厅
一九九七年二月四日
"""

GUANGDONG = """广东省推进数字政府建设实施方案
一、工作目标
到2025年，全省政务服务事项网上可办率达到100%。（省政务服务数据管理局牵头）
二、重点任务
（一）建设一体化政务云平台。（省政务服务数据管理局牵头，省财政厅配合）
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {"zone.txt": ZONE, "stations.txt": STATIONS, "quake.txt": EARTHQUAKE, "guangdong.txt": GUANGDONG},
    )


def test_a_short_form_names_the_words_it_was_typed_from():
    assert _typed_from("自创区", ["自主", "创新", "示范区"])
    assert _typed_from("市场监管局", ["市场", "监督", "管理局"])
    assert _typed_from("乌昌石", ["乌鲁木齐", "昌吉", "石河子"])
    # Two characters name words by their openings only; a word left unnamed breaks the short form.
    assert not _typed_from("记得", ["记录", "取得"])
    assert not _typed_from("自区", ["自主", "创新", "示范区"])


def test_a_place_list_and_a_name_typed_as_their_characters_read_as_the_documents_words(corpus):
    vocab = corpus.workspace.vocabulary
    assert vocab.expand_abbreviations("乌昌石自创区") == "乌鲁木齐、昌吉、石河子自主创新示范区"
    answer = corpus.ask("乌昌石自创区一共包括几个高新区")
    assert not answer.abstained
    assert "3个高新技术产业开发区" in answer.answer


def test_a_two_digit_year_is_a_year_and_a_titles_year_names_the_document(corpus):
    q = understand("97年那次全国地震趋势会商是哪几天开的", corpus.workspace.vocabulary)
    assert q.years == (1997,)
    # 1997 is part of the title typed: it names the document, it filters nothing.
    q = understand("1997年地震趋势那个通知里首都圈要抗几级地震", corpus.workspace.vocabulary)
    assert q.years == ()
    answer = corpus.ask("1997年地震趋势那个通知里首都圈要抗几级地震")
    assert "6级左右" in answer.answer
    # "满10年" is a span, not a year.
    assert understand("企业满10年的有什么奖励", corpus.workspace.vocabulary).years == ()


def test_who_issued_each_document_is_read_from_the_document(corpus):
    answer = corpus.ask("乌昌石自创区批复和97年地震趋势那个通知，分别是谁发的文？")
    assert not answer.abstained
    assert "的发文机关是国务院（" in answer.answer
    assert "的发文机关是国务院办公厅（" in answer.answer
    assert {c.doc_id for c in answer.citations} == {"zone", "quake"}


def test_a_document_issued_about_a_place_answers_for_that_place(corpus):
    # 《国务院办公厅关于广东与香港…的复函》 is a national document; a question naming 广东 still reaches it.
    answer = corpus.ask("广东跟香港合建几个自动气象站，跟澳门又是几个？")
    assert not answer.abstained
    assert "3个自动气象站" in answer.answer and "2个自动气象站" in answer.answer
    # The province's own plan still answers what it says.
    answer = corpus.ask("广东政务云平台谁牵头")
    assert answer.lead_unit == "省政务服务数据管理局"
    assert answer.answer.startswith("牵头单位是省政务服务数据管理局")


AIRPORT = """国务院关于同意组建2008年北京奥运会首都国际机场协调委员会的批复
国函〔2006〕38号
一、同意组建2008年北京奥运会首都国际机场协调委员会（以下简称协调委）。
三、协调委办公室设在民航总局，承担协调委的日常工作。办公室主任由民航总局副局长担任。
四、2008年以前，协调委原则上每半年召开一次例会；从2008年开始，按季度或月份视工作需要召开例会。
国务院
二〇〇六年五月二十三日
"""

GRAIN = """国家粮食应急预案
3.1 国家粮食应急工作指挥部
国家粮食应急工作指挥部下设办公室，负责日常工作。办公室设在国家粮食局，由国家粮食局主要负责人兼任办公室主任。
3.2 地方粮食应急工作指挥机构
省级人民政府负责本行政区域粮食应急工作。
"""


@pytest.fixture(scope="module")
def offices(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"airport.txt": AIRPORT, "grain.txt": GRAIN, "zone.txt": ZONE})


def test_where_a_bodys_office_sits_is_the_body_the_sentence_places_it_in(offices):
    answer = offices.ask("奥运首都机场协调委员会的办公室设在哪个单位？")
    assert answer.answer.startswith("设在民航总局")
    assert any("协调委办公室设在民航总局" in c.quote for c in answer.citations)
    # The body whose office it is may be named by the sentence before.
    assert offices.ask("粮食应急指挥部的办公室设在哪个单位").answer.startswith("设在国家粮食局")


def test_a_claim_about_where_an_office_sits_is_answered_yes_or_no(offices):
    assert offices.ask("粮食应急指挥部的办公室是设在国家粮食局的吧").answer.startswith("是")
    assert offices.ask("粮食应急指挥部办公室是不是设在发改委").answer.startswith("不是，设在国家粮食局")


def test_a_body_whose_own_part_is_asked_stays_in_the_topic(offices):
    q = understand("奥运首都机场协调委员会的办公室设在哪个单位？", offices.workspace.vocabulary)
    assert "协调委员会" in q.topic
    # A unit whose role is asked leaves the topic as before.
    q = understand("省级人民政府负责什么", offices.workspace.vocabulary)
    assert "省级人民政府" not in q.topic


MEASURES = """罗湖区支持人工智能OPC发展若干措施（试行）
第七条 OPC社区支持
对经认定的区级OPC社区，给予运营补贴，每个社区年度扶持金额不超过500万元。（责任单位：区科技和工业信息化局）
第八条 安居支持
对符合条件的企业人才，优先配租人才住房。（责任单位：区住房建设局）
第九条 赛事奖励
在罗湖创新创业大赛开辟OPC赛道，获奖项目落地罗湖并实现产业化的，最高可获15万元初创补贴。（责任单位：各OPC社区、区科技和工业信息化局）
罗湖区科技和工业信息化局2026年4月24日发布。
"""


@pytest.fixture(scope="module")
def measures(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"luohu.txt": MEASURES, "zone.txt": ZONE})


def test_a_sentence_stating_the_asked_figure_beats_a_weakly_matching_target_record(measures):
    # 500万元 is a recorded target of another article; the 赛事奖励 article states its figure in a sentence.
    answer = measures.ask("罗湖OPC赛事奖励最高多少")
    assert "最高可获15万元初创补贴" in answer.answer
    assert "500万元" not in answer.answer
    assert measures.ask("罗湖OPC赛事奖励最高十五万，对吧？").answer.startswith("是")


def test_spoken_fillers_and_short_names_of_bodies_are_read(measures):
    vocab = measures.workspace.vocabulary
    assert understand("emm 罗湖安居支持那项，责任单位都有哪些啊", vocab).topic == "安居支持"
    # 住建局 is the short name of 区住房建设局.
    assert "区住房建设局" in understand("罗湖住建局负责哪几项", vocab).units


def test_a_units_tasks_are_said_the_way_the_document_assigns_them(measures):
    # 区住房建设局 is the sole unit of 第八条: it is responsible for it, the text never says it leads.
    answer = measures.ask("罗湖住建局负责OPC措施哪几项？")
    assert answer.intent == "unit_tasks"
    assert answer.answer.startswith("区住房建设局在《") and "中负责的任务有：第八条安居支持" in answer.answer
    assert "牵头" not in answer.answer


TAIAN = """泰安市人民政府办公室关于支持人工智能OPC发展的实施意见
一、发展目标
到2028年年底，全市人工智能OPC数量突破100家；建设市级综合服务平台，建成OPC社区不少于5个。
二、重点任务
1.完善人才保障。为外地来泰创业青年提供5天免费住宿。（责任单位：市人社局）
"""

NANCHONG = """南充市支持人工智能OPC创新发展行动计划
一、工作目标
到2027年底，建成人工智能OPC社区20个以上，培育人工智能OPC企业150户以上。
二、重点任务
1.提供人才创业扶持。为来南创业青年提供7天免费住宿，给予每户5000元创业补贴。（责任单位：市人社局，市财政局）
"""


@pytest.fixture(scope="module")
def two_cities(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"taian.txt": TAIAN, "nanchong.txt": NANCHONG, "zone.txt": ZONE})


def test_a_target_is_given_with_its_year_as_the_sentence_writes_it(two_cities):
    answer = two_cities.ask("泰安OPC数量破百这个目标，是到哪一年？")
    assert answer.intent == "target"
    assert "到2028年年底，“" in answer.answer


def test_each_place_of_a_comparison_is_answered_from_its_own_documents(two_cities):
    answer = two_cities.ask("泰安和南充的OPC企业数量目标分别是多少、到哪年？")
    assert "突破100家" in answer.answer and "150户以上" in answer.answer
    answer = two_cities.ask("泰安和南充给外地来的创业青年免费住几天？")
    assert "5天免费住宿" in answer.answer and "7天免费住宿" in answer.answer


def test_the_day_a_document_was_issued_is_the_line_dating_the_issue(measures):
    # "自发布之日起施行，有效期至…" only counts from the issue; the closing line dates it.
    answer = measures.ask("罗湖OPC措施是哪天发布的？")
    assert "2026年4月24日发布" in answer.answer


def test_a_claim_that_a_unit_is_one_of_the_items_units_is_checked_against_its_list(measures):
    assert measures.ask("罗湖赛事奖励那条，区科技和工业信息化局是责任单位之一，对吗？").answer.startswith(
        "是"
    )
    assert measures.ask("罗湖赛事奖励那条，区住房建设局是责任单位之一，对吗？").answer.startswith("不是")


def test_who_interprets_a_document_is_the_body_its_closing_sentence_names(tmp_path_factory):
    text = MEASURES.replace(
        "罗湖区科技和工业信息化局2026年4月24日发布。",
        "附则\n施行说明：本措施由区科技和工业信息化局会同相关措施责任单位解释；自发布之日起施行。\n"
        "罗湖区科技和工业信息化局2026年4月24日发布。",
    )
    assistant = assistant_over(tmp_path_factory, {"luohu.txt": text, "zone.txt": ZONE})
    answer = assistant.ask("罗湖这个OPC措施由谁负责解释？")
    assert answer.answer.startswith("区科技和工业信息化局")
    assert any("本措施由区科技和工业信息化局会同相关措施责任单位解释" in c.quote for c in answer.citations)


def test_a_ratio_or_an_area_the_passage_does_not_state_is_declined_saying_what_it_does_say(measures):
    answer = measures.ask("罗湖区级OPC社区运营补贴按运营成本的几成给？")
    assert answer.abstained and "没有写比例" in answer.answer
    answer = measures.ask("罗湖区级OPC社区要求多大面积？")
    assert answer.abstained and "没有写面积" in answer.answer


def test_a_year_in_chinese_numerals_filters_like_one_in_digits(two_cities):
    assert understand("南充到二〇二八年要建成多少个OPC社区", two_cities.workspace.vocabulary).years == (2028,)
    # The plan sets its targets for 2027: a 2028 target is not there, and the 2027 one is not passed off as it.
    answer = two_cities.ask("南充到二〇二八年要建成多少个OPC社区")
    assert answer.abstained


TALENT = """关于推进人才集聚工程的实施意见
21.文化创意产业领军人才项目。每年评选文化创意产业领军人才。（牵头单位：市文化广电新闻出版局；配合单位：各区、县级市）
22.引进中国500强企业。引进中国500强企业区域总部。（市国资委牵头，市商务局配合）
"""


@pytest.fixture(scope="module")
def talent(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"rencai.txt": TALENT, "zone.txt": ZONE})


def test_a_unit_typed_by_the_first_characters_of_its_words_is_that_unit(talent):
    vocab = talent.workspace.vocabulary
    assert vocab.abbreviated_unit("文广新局").endswith("文化广电新闻出版局")
    answer = talent.ask("文化创意产业领军人才项目是文广新局牵头吗")
    assert answer.answer.startswith("是。牵头单位是市文化广电新闻出版局")


def test_a_role_word_typed_by_its_sound_and_a_count_in_chinese_numerals(talent):
    # 签头 sounds like 牵头; 五百强 is the 500强 the document writes.
    assert talent.ask("文化创意产业领军人才项目是市文化广电新闻出版局签头的吗").answer.startswith("是")
    answer = talent.ask("引进中国五百强企业，市国资委是牵头单位吗")
    assert answer.answer.startswith("是。牵头单位是市国资委")


def test_a_unit_whose_name_opens_with_its_place_is_read_whole(tmp_path_factory):
    plan = (
        "湘西自治州优势产业精准招商行动计划(2023-2025年)\n"
        "(八)精准承接产业转移。分区域研究制定承接产业转移具体方案。(责任单位:州商务局、州发改委、湘西海关、州工信局)\n"
        "(九)强化招商队伍建设。(责任单位:州商务局、州人社局)\n"
    )
    assistant = assistant_over(tmp_path_factory, {"xiangxi.txt": plan, "zone.txt": ZONE})
    q = understand("湘西海关在湘西这个精准招商计划里负责哪项工作", assistant.workspace.vocabulary)
    assert q.unit_mentions == ("湘西海关",)
    answer = assistant.ask("湘西海关在湘西这个精准招商计划里负责哪项工作")
    assert "精准承接产业转移" in answer.answer and "强化招商队伍建设" not in answer.answer


def test_a_short_name_leaving_out_words_of_the_body_is_that_body():
    from assistant.vocabulary import _short_for

    assert _short_for("文旅局", "文化广电旅游局")
    assert _short_for("住建局", "住房城乡建设局")
    assert not _short_for("商务局", "商业特许经营局")


def test_a_units_tasks_under_a_part_named_by_its_heading(tmp_path_factory):
    plan = (
        "郑州市人工智能OPC创业社区推广方案\n"
        "二、推广举措\n"
        "10.健全场景驱动机制。每年发布场景清单。（责任单位：市工信局、市文化广电旅游局）\n"
        "11.强化初创政策扶持。给予一次性创业补贴。（责任单位：市人社局）\n"
        "14.加大舆论宣传力度。组织宣传报道。（责任单位：市委宣传部、市文化广电旅游局）\n"
    )
    assistant = assistant_over(tmp_path_factory, {"zhengzhou.txt": plan, "zone.txt": ZONE})
    answer = assistant.ask("郑州推广举措里，文旅局参与了哪几项？")
    assert "健全场景驱动机制" in answer.answer and "加大舆论宣传力度" in answer.answer
    assert "强化初创政策扶持" not in answer.answer


def test_a_body_named_mid_sentence_with_its_host_in_brackets_answers_who_coordinates(tmp_path_factory):
    plan = (
        "南充市支持人工智能OPC创新发展行动计划\n"
        "1.加大算力资源支持。扩容市级算力券。（责任单位：市科技局、市数据局，市委网信办）\n"
        "三、工作要求\n"
        "严格落实“链长制”工作机制，市人工智能产业链专班办公室（市科技局）发挥统筹协调作用，健全目标分解、跟踪调度机制。\n"
    )
    assistant = assistant_over(tmp_path_factory, {"nanchong.txt": plan, "zone.txt": ZONE})
    answer = assistant.ask("南充这个OPC行动计划整体由谁来统筹协调？")
    assert answer.answer.startswith("市人工智能产业链专班办公室（市科技局）")


def test_a_claim_that_a_unit_guides_or_has_a_part_names_the_items_units_first(tmp_path_factory):
    table = (
        "国务院办公厅关于推广第二批支持创新相关改革举措的通知\n"
        "| 序号 | 改革举措 | 主要内容 | 指导部门 | 推广范围 |\n|---|---|---|---|---|\n"
        "| 10 | 区域性股权市场设置科技创新专板 | 在区域性股权市场设置科技创新专板。 | 中国证监会 | 8个改革试验区域 |\n"
        "| 23 | 以地方立法形式建立推动改革创新的决策容错机制 | 通过制定实施地方性法规，建立决策容错机制。 | "
        "国家发展改革委、国务院国资委、审计署 | 全国 |\n"
    )
    assistant = assistant_over(tmp_path_factory, {"tuiguang.md": table, "zone.txt": ZONE})
    answer = assistant.ask("区域性股权市场搞科技创新专板那条，是证监会指导的吧？")
    assert answer.answer.startswith("是。") and answer.answer.index("中国证监会") < answer.answer.index("《")
    answer = assistant.ask("推广清单里地方立法建决策容错机制，审计署有份吗？")
    assert answer.answer.startswith("是。") and "审计署" in answer.answer.split("《")[0]


REVIEW = """国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见
四、加强组织领导
（十二）强化指导监督。各地区、各部门要将规范性文件合法性审核工作纳入法治政府建设考评指标体系。司法部负责组织协调、统筹推进、督促指导本意见贯彻落实工作。
国务院办公厅
2018年12月4日
"""


def test_every_unit_a_joined_answer_names_is_in_what_it_cites(tmp_path_factory):
    from assistant.verify import unsupported

    assistant = assistant_over(
        tmp_path_factory, {"shenhe.txt": REVIEW, "zone.txt": ZONE, "stations.txt": STATIONS}
    )
    answer = assistant.ask("合法性审核意见里的司法部，和气象站复函里的国家统计局，各自要干什么？")
    assert "司法部" in answer.answer
    names = assistant.workspace.vocabulary.unit_names
    assert unsupported(answer.answer, [c.quote for c in answer.citations], names) == []


def test_an_item_asked_by_a_number_no_document_in_scope_has_is_not_answered_by_another(tmp_path_factory):
    table = (
        "国务院办公厅关于推广第二批支持创新相关改革举措的通知\n"
        "| 序号 | 改革举措 | 主要内容 | 指导部门 | 推广范围 |\n|---|---|---|---|---|\n"
        "| 10 | 区域性股权市场设置科技创新专板 | 在区域性股权市场设置科技创新专板。 | 中国证监会 | 8个改革试验区域 |\n"
        "| 23 | 以地方立法形式建立推动改革创新的决策容错机制 | 建立决策容错机制。 | 国家发展改革委、审计署 | 全国 |\n"
    )
    assistant = assistant_over(tmp_path_factory, {"tuiguang.md": table, "zone.txt": ZONE, "grain.txt": GRAIN})
    answer = assistant.ask("推广清单第十五项是谁指导的？")
    assert answer.abstained and "第15项" in answer.answer


def test_graduates_are_read_as_the_documents_write_them():
    from assistant.evidence import term_present

    assert term_present("大学生", "对毕业5年内的高校毕业生给予创业担保贷款")
