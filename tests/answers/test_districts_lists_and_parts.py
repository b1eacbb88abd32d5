"""A district's document asked by the district's name (its government signing under its city), two districts
compared each with its own year, a city written before its district, a place inside another name ("兰西城市群",
"大南昌都市圈"), a claim that a body is one of a list ("也是负责单位吧"), two things asked of one sentence
("后评价和绩效评价分别由哪个部门负责组织"), a choice between two bodies by the act ("是发改组织还是财政组织"), a
question's short form of a document's phrase ("年度计划"), a body the item sets up ("建立领导小组这项"), a unit typed
with a homophone where the corpus prints it in both scripts, and "是哪几条政策的责任单位". Excerpts written in the form
such documents take; the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

DAXING = """• 发文单位:区政府办
• 信息名称:关于印发《2023年区政府工作报告重点工作分工方案》的通知
• 发文序号:京兴政办发〔2023〕1 号
• 成文日期:2023年3月3日
• 发布日期:2023年3月9日
关于印发《2023年区政府工作报告重点工作分工方案》的通知
各镇人民政府,区政府各委、办、局:
《2023年区政府工作报告重点工作分工方案》已经区政府常务会审议通过,现印发给你们。
北京市大兴区人民政府办公室
2023年3月3日
2023年区政府工作报告重点工作分工方案
一、全区经济社会发展主要预期目标
1.地区生产总值比上年增长4.5%以上。
牵头领导:常务副区长
主要责任单位:区发展改革委
"""

XICHENG = """发布时间：2021-03-08
北京市西城区人民政府
2020年西城区政府工作报告重点工作全年完成情况
类别 | 序号 | 重点督办内容 | 牵头单位 | 全年完成情况
经济社会发展主要预期目标 | 1 | 地区生产总值增长6%左右。 | 区发展改革委 | 地区生产总值增速调整为正增长。
经济社会发展主要预期目标 | 2 | 区级一般公共预算收入增长2%左右。 | 区财政局 | 全年一般公共预算收入完成413.84亿元。
经济社会发展主要预期目标 | 3 | 城镇登记失业率控制在1.5%以内。 | 区人力社保局 | 加强职业技能培训、职业指导。
"""

GROWTH = """黑龙江省促进经济稳增长的若干措施
一、扩大有效投资
1.抓住国家加快铁路建设机遇,今明两年投资530亿元。续建哈齐客运专线。(省发改委、铁路办、哈尔滨铁路局、相关市、县政府负责)
2.推进民航基础设施建设,今明两年投资30亿元。开工建设哈尔滨机场扩建工程。(哈尔滨机场扩建指挥部、哈尔滨、黑河、绥芬河市政府、省农垦总局负责)
"""

INVESTMENT_RULES = """洛阳市政府投资项目管理条例
第十四条 年度政府投资项目计划的投资总规模和计划实施的总投资一亿元以上的重大项目，市人民政府应当向市人民代表大会常务委员会报告，经审查批准后，在三十日内下达年度政府投资项目计划，并报市人民代表大会常务委员会备案。
第二十五条 市人民政府应当建立政府投资项目的后评价和绩效评价制度。市发展改革行政主管部门负责组织重大投资项目的后评价，市财政部门负责组织重大投资项目的绩效评价。
第二十九条 市审计部门负责对列入年度审计计划的政府投资项目预算执行情况和竣工财务决算进行审计监督。
"""

JIUJIANG = """九江市支持大南昌都市圈发展行动方案
一、建立工作机制
1.建立领导小组。市委、市政府成立协调推进领导小组,统筹协调推进相关工作。(责任单位:市委办公室、市政府办公室、市发改委、市直有关单位)
2.支持建立联席会议制度。支持与南昌市建立党政领导联席会议制度,每年举行工作会商会。(责任单位:市发改委)
"""

NANCHANG = """南昌市优化投资环境条例
第三条 市人民政府应当加强对优化投资环境工作的领导。市发展和改革部门负责投资环境的综合协调工作。
"""

HAIDONG = """海东市人民政府办公室
关于印发海东市与兰州市、临夏州
共同推进兰西城市群建设2020年
重点任务清单的通知
来源:    时间:2020年10月16日
各县区人民政府,市政府有关部门:
《海东市与兰州市、临夏州共同推进兰西城市群建设2020年重点任务清单》已经市政府同意,现印发给你们。
2020年10月9日
1.做好规划衔接。(责任单位:海东市、兰州市、临夏州发展改革部门)
"""

XIAN = """西安市人民政府办公厅关于印发强化项目服务保障优化营商环境工作方案的通知
市政办函〔2024〕26号
一、重点任务
1.营造项目公平准入环境。严格落实市场准入负面清单制度。
牵头单位:市发改委
责任单位:市市场监管局、市财政局
"""

SPLIT_TARGETS = """测试市人民政府关于落实第十一个五年规划纲要主要目标任务分工的通知
二、责任主体及工作分工
(一)主要目标。
1.主要指标的责任部门。
常住人口控制在1150万人左右。(市人口计生委、市公安局牵头)万元地区生产总值能源消耗降低20%。(市经委牵头)万元工业增加值取水量降低20%。(市节水办、市经委牵头)
"""

SHANDONG = """山东省新旧动能转换促进条例
第二十三条 科技人员转让科技发明、专利等科技成果，其财产原值无法确定的，由税务部门依法核定。
"""

LISHAN = """鞍山市立山区人民政府关于印发立山区招商引资工作方案的通知
一、区商务局负责全区招商引资工作的组织协调,对接鞍山市商务局。
二、区发展改革局负责鞍山市重点项目在本区落地的服务保障。
三、区财政局负责落实鞍山市招商引资奖励资金。
"""

TRADITIONAL = """測試市促進外貿發展的若干措施
1.擴大出口信用保險覆蓋面。(市發改委、市商務局負責)
"""

POLICY_LIST = """内蒙古自治区2024年推动产业高质量发展政策清单
1.实施粮油等主要作物大面积单产提升行动。〔责任单位:自治区农牧厅、自治区财政厅〕
2.实施耕地保护与建设行动,支持黑土地保护性耕作2130万亩。〔责任单位:自治区农牧厅、自治区自然资源厅〕
3.支持工业园区基础设施建设。〔责任单位:自治区工业和信息化厅〕
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {
            "daxing.md": DAXING,
            "xicheng.md": XICHENG,
            "growth.txt": GROWTH,
            "investment.md": INVESTMENT_RULES,
            "jiujiang.txt": JIUJIANG,
            "nanchang.txt": NANCHANG,
            "haidong.txt": HAIDONG,
            "xian.txt": XIAN,
            "traditional.txt": TRADITIONAL,
            "policy_list.txt": POLICY_LIST,
            "split_targets.txt": SPLIT_TARGETS,
            "shandong.txt": SHANDONG,
            "lishan.txt": LISHAN,
        },
    )


def test_a_district_signing_under_its_city_is_asked_by_its_name(assistant: Assistant):
    answer = assistant.ask("大兴区2023年区政府工作报告分工方案里GDP增长目标定的多少？")
    assert not answer.abstained
    assert "4.5%以上" in answer.answer


def test_two_districts_each_with_its_year_are_compared_and_their_city_is_no_side(assistant: Assistant):
    answer = assistant.ask(
        "北京西城区2020年和大兴区2023年的政府工作报告重点工作里，地区生产总值增长目标各是多少？"
    )
    assert "6%左右" in answer.answer and "4.5%以上" in answer.answer
    assert "北京市的文件" not in answer.answer


def test_a_claim_that_a_body_is_one_of_the_list_is_checked_against_the_list(assistant: Assistant):
    answer = assistant.ask("黑龙江稳增长措施里铁路那条，哈尔滨铁路局也是负责单位吧？")
    assert answer.answer.startswith("是")
    assert "相关市、县政府" in answer.answer


def test_two_things_asked_of_one_sentence_are_each_answered(assistant: Assistant):
    answer = assistant.ask("洛阳市政府投资项目管理条例中，后评价和绩效评价分别由哪个部门负责组织？")
    assert "市发展改革行政主管部门" in answer.answer and "市财政部门" in answer.answer


def test_a_choice_between_two_bodies_by_the_act_is_the_lead_asked(assistant: Assistant):
    answer = assistant.ask("洛阳政府投资条例，重大项目的绩效评价是发改组织还是财政组织？")
    assert answer.lead_unit == "市财政部门"


def test_a_short_form_of_the_documents_phrase_finds_its_span(assistant: Assistant):
    answer = assistant.ask(
        "洛阳政府投资条例里，人大常委会审查批准年度计划以后，市政府要在多少天内把计划下达？"
    )
    assert not answer.abstained
    assert "三十日内" in answer.answer


def test_a_place_inside_a_named_documents_title_is_no_second_place(assistant: Assistant):
    answer = assistant.ask("九江支持大南昌都市圈行动方案中，建立领导小组这项列了哪些责任单位？")
    assert not answer.abstained
    assert "南昌市的文件" not in answer.answer
    assert all(u in answer.answer for u in ("市委办公室", "市政府办公室", "市直有关单位"))
    assert answer.citations[0].quote.startswith("1.建立领导小组")


def test_a_place_cut_out_of_another_name_is_no_place(assistant: Assistant):
    answer = assistant.ask("海东那个兰西城市群任务清单网上挂出来是几号？")
    assert "2020年10月16日" in answer.answer
    assert "西城区" not in answer.answer
    signed = assistant.ask("嗯…海东兰西城市群2020年任务清单那个通知，落款是哪天？")
    assert "2020年10月9日" in signed.answer and "东兰" not in signed.answer


def test_a_homophone_of_a_unit_printed_in_both_scripts_is_that_unit(assistant: Assistant):
    answer = assistant.ask("市政办函〔2024〕26号第1项是市发该委牵头不？")
    assert answer.answer.startswith("是")
    assert answer.lead_unit == "市发改委"


def test_which_policies_a_body_is_responsible_for_asks_its_tasks(assistant: Assistant):
    answer = assistant.ask("内蒙古2024年政策清单中，自治区农牧厅是哪几条政策的责任单位？")
    assert not answer.abstained
    assert "单产提升行动" in answer.answer and "耕地保护与建设行动" in answer.answer
    assert "工业园区" not in answer.answer


def test_a_heading_naming_the_class_of_bodies_is_no_unit_the_answer_makes_up(assistant: Assistant):
    answer = assistant.ask("测试市十一五分工里市经委要牵头哪些指标？")
    assert not answer.abstained
    assert "能源消耗降低20%" in answer.answer and "取水量降低20%" in answer.answer


def test_the_body_issuing_the_document_names_it_and_is_no_unit_asked(assistant: Assistant):
    q = assistant.understand("西安市人民政府办公厅出的那份方案，第1项谁牵头？")
    assert "西安市人民政府办公厅" not in q.unit_mentions
    assert "办公厅" not in q.topic


def test_which_item_a_body_leads_is_asked_whatever_the_item_is_called(assistant: Assistant):
    answer = assistant.ask("那个西安项目服务保障方案里，市发改委牵头的是哪项？")
    assert not answer.abstained
    assert "营造项目公平准入环境" in answer.answer


def test_a_character_beside_a_place_is_not_corrected_into_another_place(assistant: Assistant):
    q = assistant.understand("专利财产原值算不准，按山东新旧动能条例由谁来核定？")
    assert q.jurisdictions == ("山东省",)
    answer = assistant.ask("专利财产原值算不准，按山东新旧动能条例由谁来核定？")
    assert answer.lead_unit == "税务部门"
