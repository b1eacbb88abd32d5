"""Questions about regulations in their readers' words: the body leading one stage of several named respectively,
who organises a matter an article's other sentences give to other bodies, a claim naming the body organised rather
than the one organising, a body claimed to cooperate that leads, 市政府 for 市人民政府, a unit's duties asked with its
everyday name (交警部门, 大数据局), and everyday words for the regulation's own (司机, 公交车). Real excerpts
(滨州市工程建设项目并联审批管理规定, 绍兴市道路交通安全管理若干规定, 青岛市优化营商环境条例), the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over
from tests.corpus.test_regulation_articles import BINZHOU, QINGDAO

SHAOXING = """绍兴市道路交通安全管理若干规定
第三条 市、县（市、区）人民政府应当建立道路交通安全管理议事协调机构，统筹协调道路交通安全管理工作。道路交通安全管理议事协调机构的办事机构设在公安机关交通管理部门，负责日常工作。
第四条 市、县（市）公安机关交通管理部门应当会同自然资源和规划、建设、交通运输、综合行政执法、应急救援等部门编制道路交通安全管理规划，经道路交通安全管理议事协调机构审查，由同级人民政府批准后向社会公布并组织实施。
第五条 规划建设交通流量集中、对区域交通有较大影响的下列项目，应当进行道路交通影响评价：
（一）交通枢纽、物流仓储中心、大型商业建筑和专业市场；
（二）医院、学校、影剧院、体育会展场馆等公共设施；
前款所称大型商业建筑和专业市场、大型居住区的具体执行标准由市、县（市）人民政府确定公布，国家、省另有规定的，从其规定。
市、县（市）自然资源和规划部门应当组织公安机关交通管理、交通运输、建设、综合行政执法等部门对上述规划建设项目进行道路交通影响评价。
第十一条 对非本市行政区域内注册登记的旅游客车、危险货物运输车、重型载货汽车，公安机关交通管理部门应当会同交通运输、应急管理等部门建立车辆排查机制，及时排查车辆在本市营运、危险货物装载等信息，实行信息共享。
第十四条 公共汽车行驶过程中，乘客不得实施辱骂、恐吓、拉拽、殴打驾驶人，抢夺方向盘、变速杆等操作装置，或者其他妨碍安全行驶的行为。
公共汽车行驶过程中，驾驶人应当避免与乘客发生纷争；发生前款规定情形时，驾驶人应当采取及时停车等安全措施，防止和消除危险发生。
"""

QINGDAO_MORE = """青岛市优化营商环境条例
第九条 财政、民营经济、地方金融监管等部门应当完善融资风险补偿机制，推进政府性融资担保体系建设，为中小微企业融资提供增信服务。
大数据、地方金融监管等部门应当依托大数据管理平台,推动政务数据和公共服务数据在金融领域的共享应用，并依法保护国家秘密、商业秘密、个人信息。
第十五条 市人民政府应当建立健全信用信息公示系统和信用共享平台，加强信用信息征集、披露、使用和管理，完善社会信用体系。
第三十一条 市大数据管理部门应当组织建立全市统一的大数据管理平台和信息共享机制，实现政务数据和公共服务数据的整合共享。
""" + QINGDAO.split("\n", 1)[1]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {"binzhou.txt": BINZHOU, "shaoxing.txt": SHAOXING, "qingdao.md": QINGDAO_MORE},
    )


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("滨州那个并联审批规定里，项目立项和用地规划许可这一段是哪个部门牵头？", "发展改革"),
        ("滨州并联审批，办施工许可那一段归谁牵头啊", "行政审批服务"),
        ("滨州工程项目并联审批里，最后竣工验收环节由哪个部门牵头？", "住房城乡建设部门"),
    ],
)
def test_each_stage_is_led_by_the_body_named_for_it(assistant: Assistant, question: str, lead: str):
    answer = assistant.ask(question)
    assert answer.lead_unit == lead
    assert "原文写明由其牵头" in answer.answer  # 分别由…牵头负责: the text says they lead
    assert answer.citations[0].section == "第三条"


def test_a_stage_claimed_of_the_wrong_body_is_denied(assistant: Assistant):
    answer = assistant.ask("滨州并联审批里，竣工验收阶段是自然资源规划部门牵头的吗？")
    assert answer.answer.startswith("不是")
    assert "住房城乡建设部门" in answer.answer


def test_the_sentence_saying_the_asked_work_answers_inside_its_article(assistant: Assistant):
    answer = assistant.ask("绍兴交通规定中，大型商场、医院这类项目的交通影响评价由谁组织？")
    assert answer.lead_unit == "市、县（市）自然资源和规划部门"
    assert "人民政府" not in answer.lead_unit  # the sentence on 执行标准 is another work's


def test_a_claim_naming_the_body_organised_is_denied(assistant: Assistant):
    answer = assistant.ask("绍兴交通规定里建设项目交通影响评价是公安交管部门组织的吗？")
    assert answer.answer.startswith("不是")
    assert "自然资源和规划部门" in answer.answer


def test_a_body_claimed_to_cooperate_that_leads_is_denied(assistant: Assistant):
    answer = assistant.ask("青岛营商条例里告知承诺的具体事项是有关主管部门牵头、行政审批部门配合制定的吗？")
    assert answer.answer.startswith("不是")


def test_shi_zhengfu_is_the_citys_peoples_government(assistant: Assistant):
    answer = assistant.ask("青岛营商条例里，信用公示系统和信用共享平台是市政府来建，是吗？")
    assert answer.answer.startswith("是")
    assert "市人民政府" in answer.answer


def test_a_units_duties_asked_by_its_everyday_name(assistant: Assistant):
    traffic = assistant.ask("绍兴交通规定里交警部门具体要干哪几件事？")
    assert "编制道路交通安全管理规划" in traffic.answer
    assert "建立车辆排查机制" in traffic.answer
    data = assistant.ask("青岛营商条例里大数据局要做哪些工作？")
    assert "大数据管理平台和信息共享机制" in data.answer
    assert "金融领域的共享应用" in data.answer  # 第九条's "大数据、地方金融监管等部门" names it too


def test_everyday_words_find_the_regulations_own(assistant: Assistant):
    answer = assistant.ask("嗯，绍兴交通规定里公交车上有乘客抢方向盘，司机该怎么做？")
    assert not answer.abstained
    assert "及时停车" in answer.answer


def test_the_body_in_charge_of_a_fields_work_answers_who_is_responsible(
    tmp_path_factory: pytest.TempPathFactory,
):
    employment = """山东省就业促进条例
第八条 省人民政府应当健全促进就业工作协调机制，研究全省就业工作重大问题，组织对全省促进就业工作进行考核和监督检查。设区的市、县（市、区）人民政府应当健全促进就业工作协调机制，负责就业工作重大问题的研究、统筹和协调。
第九条 县级以上人民政府人力资源社会保障部门负责本行政区域内的促进就业工作。县级以上人民政府设立的公共就业服务机构在本级人民政府人力资源社会保障部门指导下，具体实施公共就业服务。
"""
    answer = assistant_over(tmp_path_factory, {"employment.txt": employment}).ask(
        "山东就业条例里促进就业工作归哪个部门负责？"
    )
    assert answer.lead_unit == "县级以上人民政府人力资源社会保障部门"


def test_a_body_claimed_by_you_is_checked_as_a_lead(tmp_path_factory: pytest.TempPathFactory):
    employment = """山东省就业促进条例
第八条 省人民政府应当健全促进就业工作协调机制，研究全省就业工作重大问题，组织对全省促进就业工作进行考核和监督检查。
第九条 县级以上人民政府人力资源社会保障部门负责本行政区域内的促进就业工作。
第十条 工会、共产主义青年团、妇女联合会、残疾人联合会、工商业联合会等社会组织协助人民政府开展促进就业工作。
"""
    assistant = assistant_over(tmp_path_factory, {"employment.txt": employment})
    answer = assistant.ask("山东就业条例里促进就业工作是由县级以上发改部门负责的吗？")
    assert answer.answer.startswith("不是")
    assert answer.lead_unit == "县级以上人民政府人力资源社会保障部门"
    # "准确说是哪个部门": an aside asking again, no topic of its own
    answer = assistant.ask("山东就业促进条例里，一个县的促进就业工作是不是人社部门负责？准确说是哪个部门")
    assert answer.lead_unit == "县级以上人民政府人力资源社会保障部门"
