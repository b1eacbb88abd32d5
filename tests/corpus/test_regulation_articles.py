"""How regulations' articles assign work, read from real excerpts (滨州市工程建设项目并联审批管理规定, 青岛市优化营商环境条例,
绍兴市道路交通安全管理若干规定, 淄博市专利管理若干规定, 铜山区 OPC 十条措施, 柳河县 加快重点产业实施意见): bodies answering
respectively (分别由…牵头), a body named by its field after a list of what the field covers, the case an article's
sentence acts in, a government's own department as the subject, the real pipeline."""

from __future__ import annotations

from corpus.conventions import RESPECTIVE
from corpus.duties import find_inline_duties
from corpus.meta import jurisdiction_of
from corpus.model import LeadBasis
from corpus.pipeline import parse_bytes
from corpus.units import looks_like_unit

BINZHOU = """# 滨州市工程建设项目并联审批管理规定
第三条 本规定所称工程建设项目并联审批（以下简称并联审批），是指工程建设项目在立项用地规划许可、工程建设许可、施工许可、竣工验收各阶段，依法需要由多个部门办理的具有关联性的审批事项，分别由发展改革、自然资源规划、行政审批服务和住房城乡建设部门牵头负责，组织协调相关部门联合办理或者集中办理，限时办结的审批方式。
第四条 行政审批服务部门是本级人民政府并联审批工作的主管部门，应当承担以下职责：
（一）具体负责工程建设项目审批管理系统的建设、运行和管理，并根据审批需求创新优化系统功能；
（二）在政务服务区域设置综合服务窗口，公布审批流程、事项清单及办事指南；
"""

SHAOXING = """绍兴市道路交通安全管理若干规定
第五条 规划建设交通流量集中、对区域交通有较大影响的下列项目，应当进行道路交通影响评价：
（一）交通枢纽、物流仓储中心、大型商业建筑和专业市场；
（二）医院、学校、影剧院、体育会展场馆等公共设施；
前款所称大型商业建筑和专业市场、大型居住区的具体执行标准由市、县（市）人民政府确定公布，国家、省另有规定的，从其规定。
市、县（市）自然资源和规划部门应当组织公安机关交通管理、交通运输、建设、综合行政执法等部门对上述规划建设项目进行道路交通影响评价。
第六条 市、县（市、区）公安机关交通管理部门应当会同公路、城市道路等道路管理部门定期排查道路堵段堵点、事故多发点段以及道路交通安全设施设置情况，提出交通优化方案、任务清单和责任单位，及时实施整改。
对连接省级以上工业园区以及物流园区的主要道路设置货运车辆禁令性标志、标线的，公路、城市道路等道路管理部门应当会同公安机关交通管理部门实行公开听证，并在设置禁令性标志、标线五日前向社会公告。
"""

QINGDAO = """青岛市优化营商环境条例
第二十二条 政府有关部门应当向社会公开权责清单（涉密权责事项除外）,未纳入权责清单且无法定依据的事项不得实施。
部门之间职责不清或者有争议的，机构编制机关应当及时予以明确。
第二十六条 实行行政审批事项办理告知承诺制。告知承诺的具体事项，由行政审批部门会同有关主管部门制定并向社会公布。
行政审批决定由行政审批部门作出的，有关主管部门应当将相关材料推送行政审批部门，由行政审批部门依法予以撤销。
"""


def _task(doc, title_part: str):
    return next(t for t in doc.tasks if title_part in t.title)


def test_bodies_named_respectively_each_lead_their_own_stage():
    doc = parse_bytes("binzhou.txt", BINZHOU.encode())
    stages = {t.title: t for t in doc.tasks if t.kind == "inline_duty" and t.section == "第三条"}
    assert stages["立项用地规划许可阶段"].lead_units == ("发展改革",)
    assert stages["工程建设许可阶段"].lead_units == ("自然资源规划",)
    assert stages["施工许可阶段"].lead_units == ("行政审批服务",)
    assert stages["竣工验收阶段"].lead_units == ("住房城乡建设部门",)
    assert {t.lead_basis for t in stages.values()} == {LeadBasis.INLINE}  # 牵头负责: the text says they lead
    article = next(t for t in doc.tasks if t.kind == "item" and t.section == "第三条")
    assert article.lead_units == ()  # four bodies, one stage each: none leads the article
    # The list is not one party named "发展改革、…和住房城乡建设部门".
    assert not any("、" in u for t in doc.tasks for u in t.units)


def test_respective_bodies_without_as_many_matters_lead_nothing():
    text = "第九条 有关事项分别由市商务局、市发展改革委负责。"
    duties = find_inline_duties(text, article=True)
    assert not any(d.convention == RESPECTIVE.name for d in duties)
    # "分别由甲乙…" with one matter only: the catalogue entry reads n matters for n bodies, nothing less
    one = "第十条 在审批阶段，分别由市商务局、市发展改革委牵头负责。"
    assert not any(d.convention == RESPECTIVE.name for d in find_inline_duties(one, article=True))


def test_a_markdown_heading_mark_is_no_part_of_the_title():
    doc = parse_bytes("binzhou.txt", BINZHOU.encode())
    assert doc.meta.title == "滨州市工程建设项目并联审批管理规定"
    assert doc.meta.jurisdiction == "滨州市"


def test_a_district_named_with_its_zone_in_brackets_is_the_documents_place():
    title = "铜山区（徐州高新区）支持OPC社区建设发展的十条措施（征求意见稿）"
    assert jurisdiction_of(title + "\n", "") == "铜山区"


def test_a_county_citing_its_own_measures_is_placed_by_them_not_by_a_verb():
    text = (
        "加快重点产业实施意见\n一、财政支持\n设立规模不低于1亿元的重点产业发展引导资金，列入县财政预算，按照《柳河县"
        "中小企业发展引导资金管理办法（试行）》相关规定，用于重点产业发展补助和奖励。\n四、组织保障\n"
        "成立县委、县政府重点产业发展领导小组，负责重点产业发展的顶层设计。\n"
    )
    assert jurisdiction_of("加快重点产业实施意见\n", text) == "柳河县"  # not "成立县"


def test_bodies_regulations_name_by_their_office_are_units():
    assert looks_like_unit("机构编制机关")  # 编制 here names the office, it is no verb
    assert looks_like_unit("行政审批部门")  # the bureau holding the approvals moved to it
    assert not looks_like_unit("审批部门")  # whichever body approves: a class


def test_the_body_organising_others_is_the_subject_not_the_whole_list():
    doc = parse_bytes("shaoxing.txt", SHAOXING.encode())
    evaluation = _task(doc, "应当组织公安机关交通管理")
    assert evaluation.lead_units == ("市、县（市）自然资源和规划部门",)
    assert not any("应当" in u for t in doc.tasks for u in t.units)  # no clause read as a unit's name


def test_a_department_named_by_its_field_after_a_list_leads_what_it_convenes():
    doc = parse_bytes("shaoxing.txt", SHAOXING.encode())
    hearing = _task(doc, "实行公开听证")
    assert hearing.lead_units == ("公路、城市道路等道路管理部门",)
    assert hearing.lead_basis is LeadBasis.CONVENES
    assert hearing.quote.startswith("对连接省级以上工业园区")  # the case it acts in is quoted with it
    checks = _task(doc, "定期排查道路堵段堵点")
    assert checks.lead_units == ("市、县（市、区）公安机关交通管理部门",)
    assert checks.cooperating_units == ("公路、城市道路等道路管理部门",)


def test_a_governments_own_department_is_the_subject_not_the_government():
    text = "第三条 市、区县人民政府管理专利工作的部门（以下简称专利管理部门）负责本行政区域的专利管理工作。"
    duties = find_inline_duties(text, article=True)
    assert [d.lead_units for d in duties] == [("专利管理部门",)]


def test_convening_by_a_body_after_you_is_read_as_convening():
    doc = parse_bytes("qingdao.txt", QINGDAO.encode())
    rules = _task(doc, "会同有关主管部门制定")
    assert rules.lead_units == ("行政审批部门",) and rules.lead_basis is LeadBasis.CONVENES
    # "行政审批决定由行政审批部门作出的，…": the case spoken of assigns nothing.
    assert not any(t.title.startswith("行政审批决定由") for t in doc.tasks)
    settles = _task(doc, "应当及时予以明确")
    assert settles.lead_units == ("机构编制机关",)


def test_departments_named_by_field_share_their_list_and_its_duty():
    text = (
        "四、组织保障\n各相关部门实行分工负责制，发改、财政、工信、科技等部门要全力做好国家相关政策与重点产业发展对接；"
        "国土、住建、环保、市场监管、金融办等部门要为企业项目建设、上市融资等工作提供全方位服务；"
        "农牧、林业等部门要为中药材等基地建设提供技术支持。\n"
    )
    doc = parse_bytes("liuhe.txt", text.encode())
    clauses = {t.units: t for t in doc.tasks if t.kind == "inline_duty"}
    # The list closing with a bureau's short name (金融办) is still one list sharing 等部门.
    assert ("国土、住建、环保、市场监管、金融办等部门",) in clauses
    assert "上市融资" in clauses[("国土、住建、环保、市场监管、金融办等部门",)].quote
    assert ("农牧、林业等部门",) in clauses
