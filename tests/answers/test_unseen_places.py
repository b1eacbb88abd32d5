"""Questions about documents from places the product never saw, in their readers' words: a document called by its
zone (临港) or district (徐汇) and a loose name ending in 措施, AI for 人工智能, 区里 for 各区, a clause answering
inside its item, a claim closed by "是这样吗" or "对不对", a claim naming the wrong level of government, a province
named with a numeral (四川) in a figure claim, a unit's items it leads alone, one body printed under two names, a document called by its subject
with no kind word, a choice between two departments, the date a 版记 prints a document, a size set for a fund.
Real excerpts (临港新片区 超级个体措施, 徐汇区科委 超级创业者措施, 武汉 OPC 生态社区建设指引, 深圳经济特区人工智能产业促进条例,
四川省 / 成都市 OPC 方案), the real pipeline, store and index."""

from __future__ import annotations

import re

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

LINGANG = """关于印发《中国（上海）自由贸易试验区临港新片区发展“超级个体”经济的若干措施》的通知
沪自贸临管委〔2026〕19号
一、发展目标
以人工智能技术应用为驱动，培育发展超级个体。到2028年，建成10个以上高品质OPC社区，开放100个以上高价值可落地标杆性应用场景，集聚1000家以上具备技术能力的OPC主体，吸引10000名以上海内外创新创业人才。
二、支持内容
1.支持社区运营。对超级个体社区运营主体给予最高100万元补贴。
施行说明：本措施由临港新片区管委会负责解释。自印发之日起施行，有效期3年。
"""

XUHUI = """上海市徐汇区科学技术委员会关于印发《支持深度应用人工智能 打造超级创业者社区的若干措施》的通知
徐科委〔2025〕13号
三、支持措施
7.提升专业综合服务。对符合条件的超级创业者，提供“首年全免、次年评估续免”的财务代理、法务咨询等专业综合服务。
四、附则
4.本措施由徐汇区科学技术委员会会同徐汇区新型工业化推进办公室、徐汇区数据局、徐汇区财政局等负责解释。
"""

WUHAN = """武汉市人工智能OPC生态社区建设指引
一、工作目标
到2028年，全市OPC生态社区超过10个。
四、认定流程
市科创局每年发布OPC生态社区认定通知，明确申报时间、材料要求及流程。各区科创管理部门负责审核推荐。市科创局组织专家论证和现场核实，经集体研究、公示等程序，正式认定为OPC生态社区。
"""

SHENZHEN = """深圳经济特区人工智能产业促进条例
第六条 市工业和信息化部门是人工智能产业主管部门（以下简称市产业主管部门），负责实施、协调、督促本行政区域内人工智能产业发展工作。
第二十九条 市政务服务数据管理部门应当按照公共数据资源体系整体规划和相关制度规范要求，构建人工智能产业公共数据资源体系。
第六十五条 市人民政府应当按照国家人工智能治理相关规定，设立市人工智能伦理委员会，履行下列职责：
（一）研究制定人工智能领域的伦理安全规范；
（二）评估、监督本市人工智能企业的伦理安全规范执行情况。
市人工智能伦理委员会的日常工作由市产业主管部门承担。
第六十七条 市科技创新部门应当组织开展人工智能社会实验，持续积累数据和实践经验。
"""

SICHUAN = """四川省支持人工智能OPC创新发展行动方案（2026—2027年）
一、总体目标
到2027年底，建成人工智能OPC生态社区30个以上，培育人工智能OPC企业超过1000家。
"""

GUANGZHOU_POINTS = """广州市人民政府办公厅关于重新发布广州市积分制入户管理办法的通知
穗府办规〔2025〕8号
各区人民政府，市政府各部门、各直属机构：
经市人民政府同意，现将《广州市积分制入户管理办法》重新发布，请认真贯彻执行。
广州市积分制入户管理办法
第一条  为规范积分制入户管理，制定本办法。
第二条  本办法所称积分制入户，是指按照积分指标体系计算积分，达到规定条件的人员申请入户。
第三条  本办法适用于本市行政区域内的积分制入户管理。
第四条  积分制入户坚持公开、公平、公正的原则。
第五条  市发展改革部门负责将积分制入户指标统一纳入全市年度迁入人口计划内管理，配合制定积分急需工种或职业资格、职业技能等级目录。
市人力资源社会保障部门负责积分制入户工作的统筹协调和具体实施；组织开发积分制入户信息系统。
市（区）公安机关负责核查刑事处罚、治安处罚记录；办理入户手续。
第十三条  本办法自印发之日起施行，有效期至2026年12月31日。
广州市人民政府办公厅
2025年6月30日
广州市人民政府办公厅秘书处 2025年7月4日印发
"""

GUANGZHOU_CARE = """广州市人民政府办公厅关于印发广州市居家社区养老服务管理办法的通知
第六条 市、区财政部门负责居家社区养老服务财政资金保障工作；市人力资源和社会保障、民政部门建立养老服务从业人员的职业技能评价体系。
"""

CHANGZHOU = """常州经开区党政办公室关于印发《常州经开区促进人工智能产业创新发展的若干措施（试行）》的通知
一、降低算力词元使用成本
每年设立总额1000万元的“算力券”，企业采购算力服务时，可申请并使用“算力券”，抵扣比例不高于30%，抵扣金额最高不超过50万元。
"""

CHONGQING_FTZ = """中国（重庆）自由贸易试验区条例
第二章 管理体制
第七条 中国（重庆）自由贸易试验区工作领导小组（以下简称领导小组）负责组织领导自贸试验区全面建设，统筹协调自贸试验区重大事项。
市商务主管部门承担领导小组日常工作，履行下列职责：
（一）组织实施总体方案，拟定自贸试验区发展规划，推动制定相关政策措施，并指导自贸试验区各片区贯彻执行；
（二）协调研究和解决自贸试验区改革创新中的难点和问题；
"""

FUZHOU = """印发推动乡镇敬老院高质量发展十条措施的通知
各县 （区）人民政府、抚州高新区管委会，市政府各部门：
结合抚州实际，提出推动乡镇敬老院高质量发展十条措施如下:
一、推进乡镇敬老院规划建设。依照《老年养护院建设标准》等标准，各县（区）人民政府要加快推进乡镇敬老院新建、改建或扩建。
十、做好乡镇敬老院经费保障。各县（区）人民政府要把乡镇敬老院正常运营所需经费列入财政预算，并及时足额拨付。
"""

GUANGZHOU_YOUTH = """广州市青年创新创业促进条例
第十三条 科技、工业和信息化、人力资源社会保障等部门以及共产主义青年团委员会等应当加强和支持创新创业园区、孵化基地、众创空间等青年创新创业孵化载体建设。
第二十四条 南沙区应当采取下列措施支持港澳青年在南沙创新创业：
（一）建设港澳青年创新创业基地；
（二）为港澳青年提供创业指导、融资对接等服务。
"""

HANGZHOU_TRADE = """杭州市跨境电子商务促进条例
第十三条 区、县（市）人民政府跨境电子商务主管部门应当根据全市跨境电子商务发展规划编制跨境电子商务园区发展专项规划。跨境电子商务园区发展专项规划经市跨境电商综试办审核，报送同级人民政府批准后实施。
"""

SHAWAN = """沙湾县鼓励投资和招商引资优惠政策（试行）
第二十四条 县招商局及各相关职能部门依据职能全方位为投资企业提供服务，县纪委、绩效办、招商局负责受理投资企业投诉，协调处理本优惠政策执行过程中的问题。
"""

SHENZHEN_FDI = """深圳经济特区外商投资条例
第十三条 市商务部门应当会同其他相关部门通过优化资金、人才、物流、通关等措施，鼓励外国投资者在特区内设立跨国公司地区总部和各类功能性机构，支持其集聚业务、拓展功能，升级为亚太总部、全球总部。
"""

TAIWAN_INVESTMENT = """重庆市台湾同胞投资保护条例
1998年8月1日 重庆市第一届人民代表大会常务委员会第十次会议通过
2002年1月21日 重庆市第一届人民代表大会常务委员会第三十八次会议《关于取消或调整部分地方性法规设定的行政审批等项目的决定》第一次修正  根据
2005年5月27日 重庆市第二届人民代表大会常务委员会十七次会议《关于修改〈重庆市台湾同胞投资保护条例〉的决定》第二次修正  根据
2010年7月23日 重庆市第三届人民代表大会常务委员会第十八次会议《关于修改部分地方性法规的决定》第三次修正
第一条 为了保护台湾同胞投资者的合法权益，制定本条例。
"""

CHENGDU = """成都市打造人工智能OPC创新发展新高地行动计划（2026—2027年）
一、工作目标
到2027年底，建成人工智能OPC社区20个，培育100个“创新产品”。
二、重点任务
（一）高水平建设人工智能OPC社区。推动各区（市）县建设OPC社区。（牵头单位：市经信局市新经济委、市科技局、市教育局）
（三）加大算力模型资源支持。创新“模型券”机制，对使用基础模型能力的OPC给予最高100万元补贴。鼓励OPC社区围绕算力、模型等关键资源开展集中采购。（牵头单位：市经信局市新经济委）
（十）加大场景开放供给。定期发布场景清单。（牵头单位：市经信局市新经济委）
"""


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {
            "lingang.txt": LINGANG,
            "xuhui.txt": XUHUI,
            "wuhan.txt": WUHAN,
            "shenzhen.txt": SHENZHEN,
            "sichuan.txt": SICHUAN,
            "chengdu.txt": CHENGDU,
            "guangzhou_points.txt": GUANGZHOU_POINTS,
            "guangzhou_care.txt": GUANGZHOU_CARE,
            "changzhou.txt": CHANGZHOU,
            "chongqing_ftz.txt": CHONGQING_FTZ,
            "fuzhou.txt": FUZHOU,
            "guangzhou_youth.txt": GUANGZHOU_YOUTH,
            "hangzhou_trade.txt": HANGZHOU_TRADE,
            "shawan.txt": SHAWAN,
            "shenzhen_fdi.txt": SHENZHEN_FDI,
            "taiwan_investment.txt": TAIWAN_INVESTMENT,
        },
    )


def test_a_document_called_by_its_zone_and_a_loose_name(places):
    answer = places.ask("嗯，我想问一下临港那个超级个体的措施，解释权在哪个单位？")
    assert not answer.abstained and answer.lead_unit == "临港新片区管委会"
    assert places.ask("临港超级个体措施的有效期是5年吗？").answer.startswith("不是")


def test_a_document_called_by_its_district_lists_every_body_convened(places):
    answer = places.ask("徐汇超级创业者措施的解释工作涉及哪几个单位？")
    assert not answer.abstained
    for unit in ("徐汇区科学技术委员会", "徐汇区新型工业化推进办公室", "徐汇区数据局", "徐汇区财政局"):
        assert unit in answer.answer


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("深圳那个人工智能产业促进条例里，AI产业的主管部门是哪家？", "市工业和信息化部门"),
        ("深圳AI条例说要构建产业公共数据资源体系，这活归哪个部门？", "市政务服务数据管理部门"),
        ("武汉生态社区申报的时候，区里是哪个部门负责审核推荐啊", "各区科创管理部门"),
    ],
)
def test_everyday_words_and_a_clause_answering_inside_its_item(places, question, lead):
    answer = places.ask(question)
    assert not answer.abstained and answer.lead_unit == lead


def test_a_claim_naming_the_wrong_level_of_government_does_not_hold(places):
    answer = places.ask("武汉OPC生态社区的审核推荐是市科创局负责吗？")
    assert answer.answer.startswith("不是") and "各区科创管理部门" in answer.answer


def test_a_claim_closed_by_a_tag_is_checked_whole(places):
    answer = places.ask("深圳条例里伦理委员会的日常工作由市科技创新部门承担，对不对？")
    assert answer.answer.startswith("不是") and "市产业主管部门" in answer.answer
    figure = places.ask("四川OPC方案要求到2027年底OPC生态社区建成50个以上，是这样吗")
    assert figure.answer.startswith("不是") and "30个以上" in figure.answer  # 四川 is no figure 4


def test_the_items_a_unit_leads_alone(places):
    answer = places.ask("成都OPC行动计划里，经信局（新经济委）单独牵头的是哪几项？")
    assert not answer.abstained
    assert "加大算力模型资源支持" in answer.answer and "加大场景开放供给" in answer.answer
    assert "高水平建设人工智能OPC社区" not in answer.answer  # led with two others


def test_a_document_called_by_its_subject_alone_among_its_places_documents(places):
    answer = places.ask("广州积分入户里人社部门都要干哪些活？")
    assert not answer.abstained and "积分制入户工作的统筹协调" in answer.answer
    assert "居家社区养老" not in answer.answer  # the other 广州 document is not the one called 积分入户


def test_a_choice_between_two_departments_asks_who_does_it(places):
    answer = places.ask("广州积分入户，把积分指标装进全市年度迁入人口计划的是发改还是人社？")
    assert answer.intent == "lead" and answer.lead_unit == "市发展改革部门"


def test_the_date_printed_on_the_issue_line_is_the_issue_date(places):
    answer = places.ask("穗府办规〔2025〕8号的落款日期和印发日期分别是哪天？")
    assert "2025年6月30日" in answer.answer and "2025年7月4日印发" in answer.answer


def test_a_size_set_for_a_fund_is_its_figure(places):
    answer = places.ask("常州经开区的算力券一年总额度是多少？")
    assert not answer.abstained and "1000万元" in answer.answer


def test_the_sub_item_stating_the_work_answers_for_an_article_with_no_lead(places):
    answer = places.ask("重庆自贸区条列中，自贸区的发展规划由哪个部门来拟定")
    assert answer.lead_unit == "市商务主管部门"


def test_a_claim_is_checked_against_the_clause_that_binds_its_body(places):
    answer = places.ask("广州积分入户里查刑事和治安处罚记录是公安机关负责的吧？")
    assert answer.answer.startswith("是")


def test_a_level_qualified_in_brackets_opens_a_body_asked_about(places):
    answer = places.ask("抚州敬老院十条措施里县（区）政府要干哪些事")
    assert answer.intent == "unit_tasks" and not answer.abstained
    assert "推进乡镇敬老院规划建设" in answer.answer and "做好乡镇敬老院经费保障" in answer.answer


def test_a_class_of_bodies_convened_is_not_a_unit_asked_about(places):
    answer = places.ask("徐汇科委那份超级创业者措施，最后由谁牵头会同其他部门负责解释？")
    assert not answer.abstained and "徐汇区科学技术委员会" in answer.answer


def test_which_items_a_unit_is_listed_for(places):
    answer = places.ask("成都OPC行动计划里市经信局是哪几条的牵头单位")
    assert answer.intent == "unit_tasks" and "加大算力模型资源支持" in answer.answer


def test_two_documents_asked_each_for_its_own_figure(places):
    answer = places.ask("临港和武汉两份文件，到2028年OPC社区的数量目标各是多少？")
    assert "10个以上" in answer.answer and "超过10个" in answer.answer


@pytest.mark.parametrize(
    ("question", "said", "named"),
    [
        ("深圳AI条例里人工智能产业主管部门是不是市科技创新部门？", "不是", "市工业和信息化部门"),
        ("广州青年条例里支持港澳青年创业的是黄埔区吗？", "不是", "南沙区"),
        ("杭州各区县的跨境电商园区专项规划要不要经过综试办审核？", "是", "市跨境电商综试办审核"),
        ("沙湾办法里投资企业投诉是只有招商局一家受理吗？", "不是", "县纪委、绩效办、招商局"),
        ("徐汇超级创业者措施是区科委牵头、会同数据局财政局等负责解释的吗？", "是", "徐汇区科学技术委员会"),
    ],
)
def test_claims_checked_against_what_the_provision_says(places, question, said, named):
    answer = places.ask(question)
    assert re.match(rf"{said}[。，]", answer.answer) and named in answer.answer


def test_a_part_asking_a_figure_is_not_answered_by_a_sentence_naming_its_words_alone(places):
    answer = places.ask("成都OPC计划：OPC社区目标建多少个？模型券补贴最高多少？")
    assert "100万元" in answer.answer and "20个" in answer.answer


def test_a_role_verb_run_before_a_class_of_bodies_names_no_unit(places):
    answer = places.ask("深圳外资条例里吸引跨国公司来设地区总部，哪个部门牵头会同其他部门？")
    assert not answer.abstained and "市商务部门" in answer.answer


def test_the_latest_amendment_is_the_one_dated_last(places):
    answer = places.ask("重庆台胞投资保护条例最近一次修正是哪天")
    assert "2010年7月23日" in answer.answer and "2002年1月21日" not in answer.answer


def test_a_units_tasks_show_the_work_each_item_opens_with(places):
    answer = places.ask("重庆自贸区条例里市商务主管部门承担哪些职责？")
    assert "(一)组织实施总体方案，拟定自贸试验区发展规划" in answer.answer  # not the item's head alone
    wuhan = places.ask("武汉生态社区指引里，市科创局承担哪些工作？")
    assert "OPC生态社区认定通知" in wuhan.answer
