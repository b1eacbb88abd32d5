"""Headings that name who leads the items under them ("（三）省编办牵头的工作" / "一、县示范区管委会牵头工作(8项)"),
a leader's own heading ("一、杨松县长牵头重点工作"), a list labelled only as helpers (协同单位：…), 主办 / 协办 inside a
bracket, items a page glued onto one line ("…。（省发改委负责）（二）…"), a body set up to answer for work ("本市设立
…委员会,…,负责统筹协调…"), 我厅 in a notice its 厅 issues, a note on whom every task concerns (具体任务均涉及…,
不再做分工,下同), a clause in square brackets, and page heads: labels in 【】, labels apart from their values by
spaces, a title over four lines, a 文号 beside a date or before the title, a county of one character, a district
opening its title, and a page with no head at all whose units speak for one city. Excerpts of real documents; the
real pipeline."""

from __future__ import annotations

from corpus.model import LeadBasis
from corpus.pipeline import parse_bytes


def _doc(name: str, text: str):
    return parse_bytes(name, text.encode("utf-8"))


def _task(doc, section: str):
    return next(t for t in doc.tasks if t.section == section and t.kind == "item")


LAW_DATABASE_RECORD = """【发布单位】山西省
【发布文号】晋政发[2008]8号
【发布日期】2008-02-03
【生效日期】2008-02-03
【失效日期】
【所属类别】政策参考
山西省人民政府关于印发2008年省人民政府工作目标责任分解的通知
(晋政发[2008]8号)
各市、县人民政府,省人民政府各委、厅,各直属机构:
现将2008年省人民政府工作目标责任分解安排如下:
一、孟学农省长负责的工作
全面负责省人民政府工作任务的落实。
(一)省监察厅牵头的工作
加强行政监察工作,全面落实政府系统党风廉政建设责任制。
(二)省审计厅牵头的工作
全面加强审计工作。
协同单位:省直各部门和各市人民政府。
(三)省编办牵头的工作
1.深化行政管理体制改革,优化政府机构设置。
2.积极稳妥地推进乡镇机构改革。
协同单位:省财政厅、省人事厅、省农业厅等省直有关部门和各市人民政府。
"""


def test_a_heading_naming_its_lead_leads_the_items_under_it():
    doc = _doc("sx.docx.txt", LAW_DATABASE_RECORD)
    audit = _task(doc, "一/(二)")
    assert audit.lead_units == ("省审计厅",)
    assert audit.cooperating_units == ("省直各部门", "各市人民政府")
    assert audit.lead_basis == LeadBasis.INLINE
    for section in ("一/(三)/1", "一/(三)/2"):
        item = _task(doc, section)
        assert item.lead_units == ("省编办",)
        assert "省财政厅" in item.cooperating_units
    # the governor's share of the work names no body
    assert _task(doc, "一").units == ()


def test_a_law_database_record_in_brackets_is_the_page_record():
    doc = _doc("sx.txt", LAW_DATABASE_RECORD)
    assert doc.meta.doc_number == "晋政发[2008]8号"
    assert doc.meta.date == "2008-02-03"
    assert "所属类别：政策参考" in doc.text  # an empty field takes no other field's line as its value


COUNTY_LIST = """县示范区管委会,各乡、镇人民政府,县直各有关单位:
经县政府同意,现将《2025年县<政府工作报告>任务分解》印发给你们。请各单位认真对照,迅速行动,抓好落实。
附件:1.2025年县《政府工作报告》任务清单
2.2025年十五件民盼实事任务分解
沁县人民政府办公室
2025年5月18日
附件1
2025年县政府工作报告任务清单
一、县示范区管委会牵头工作(8项)
1.投资3000万元建设南美白对虾工厂化循环水养殖基地。
2.打造食用菌酵素生产基地。
"""


def test_a_heading_with_its_count_leads_and_a_one_character_county_is_the_place():
    doc = _doc("qx.txt", COUNTY_LIST)
    assert _task(doc, "附件1/一/1").lead_units == ("县示范区管委会",)
    assert _task(doc, "附件1/一/2").lead_units == ("县示范区管委会",)
    assert doc.meta.jurisdiction == "沁县"
    assert not doc.meta.title.startswith("2.")  # an attachment the notice lists is not its title


LEADERS_HEADINGS = """2023年政府工作报告重点工作责任分解
一、杨松县长牵头重点工作
1.一般公共预算收入与经济增长基本同步。
责任单位:县财政局
二、宋晖常务副县长牵头重点工作
2.编制实施嵊泗国际旅游岛战略性总体规划。
责任单位:县文广旅体局
"""


def test_a_leaders_heading_is_no_unit():
    doc = _doc("ss.txt", LEADERS_HEADINGS)
    units = {u for t in doc.tasks for u in t.units}
    assert "杨松县长" not in units and "宋晖常务副县长" not in units
    assert _task(doc, "一/1").lead_units == ("县财政局",)


GLUED_ITEMS = """黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见
一、全省经济社会发展主要目标
(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)
(三)全社会固定资产投资增长30%以上。(省发改委主办,省工信委、国土资源厅、住建厅协办)
二、大力推进产业项目建设
(一)全力推进产业项目建设。
1.抓好600个省级重点产业项目。(省发改委主办,省工信委、科技厅协办)2.重点抓好哈尔滨中小型燃气轮机等项目。(省工信委主办,省发改委协办)
"""


def test_items_glued_on_one_line_are_split_and_zhuban_leads():
    doc = _doc("hlj.txt", GLUED_ITEMS)
    assert _task(doc, "一/(一)").lead_units == ("省发改委",)
    revenue = _task(doc, "一/(二)")
    assert revenue.lead_units == ("省财政厅",)
    assert revenue.cooperating_units == ("省国税局", "地税局")
    assert revenue.lead_basis == LeadBasis.EXPLICIT
    assert _task(doc, "二/(一)/2").lead_units == ("省工信委",)
    assert _task(doc, "二/(一)/1").lead_units == ("省发改委",)


SET_UP_BODY = """第一章 总则
第四条 本市设立优化营商环境工作委员会,建立由市、县(市)区、乡镇(街道)、村(社区)“四级主要领导抓营商环境”的工作机制,负责统筹协调优化营商环境各项工作,制定审议相关重大政策措施。
"""


def test_a_body_set_up_to_answer_for_work_answers_for_it():
    doc = _doc("cc.txt", SET_UP_BODY)
    article = _task(doc, "第一章/第四条")
    assert article.lead_units == ("优化营商环境工作委员会",)
    assert article.lead_basis == LeadBasis.SINGLE_UNIT


OWN_NOTICE = """河北省司法厅关于《河北省优化营商环境条例(修订草案)(征求意见稿)》公开征求意见的通告
日期: 2023-05-26 17:34:00 来源: 厅立法二处
为持续优化营商环境,省人大常委会和省人民政府将《河北省优化营商环境条例(修订)》列为2023年一类立法项目。我厅会同省发展改革委起草了《河北省优化营商环境条例(修订草案)(征求意见稿)》,现面向社会公开征求意见。有关单位和人士可以在2023年6月26日前,通过以下途径和方式提出反馈意见:
1.登录河北省司法厅网站,进入首页主菜单“立法意见征集”栏目提出意见。
河北省司法厅
2023年5月26日
"""


def test_wo_ting_is_the_issuer_and_a_deadline_is_no_date():
    doc = _doc("hb.txt", OWN_NOTICE)
    drafted = next(t for t in doc.tasks if "起草" in t.quote and t.units)
    assert drafted.lead_units == ("河北省司法厅",)
    assert doc.meta.date == "2023-05-26"


SHARED_NOTE = """一、深化现代流通市场化改革
(一)加强市场体系建设。推进高标准市场体系建设。〔责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕
(二)优化市场准入环境。实施“证照分离”改革全覆盖。〔责任单位:省市场监管局〕
"""


def test_a_note_on_whom_every_task_concerns_is_no_unit():
    doc = _doc("sc.txt", SHARED_NOTE)
    item = _task(doc, "一/(一)")
    assert item.units == ("省发展改革委", "省市场监管局", "商务厅", "省大数据中心")
    assert item.lead_units == ()


FOUR_LINE_NOTICE = """嘉政办发〔2021〕5号
县人民政府办公室关于
对县《政府工作报告》确定的2021年
重点工作及市《政府工作报告》涉及嘉鱼的
重点事项进行责任分解的通知
各镇人民政府,县政府各部门,嘉鱼经济开发区:
经县人民政府同意,现将县《政府工作报告》确定的2021年重点工作以及市《政府工作报告》涉及嘉鱼的重点事项责任分解给你们。
2021年5月12日
附件1
一、2021年经济社会发展主要目标
(一)地区生产总值增长11%。[牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区]
(二)地方公共预算收入增长32%。(牵头单位:县财政局;责任单位:县税务局,各镇人民政府,嘉鱼经济开发区)
"""


def test_a_title_over_four_lines_a_square_bracket_clause_and_the_county_it_speaks_for():
    doc = _doc("jy.txt", FOUR_LINE_NOTICE)
    assert doc.meta.title == (
        "县人民政府办公室关于对县《政府工作报告》确定的2021年重点工作及市《政府工作报告》涉及嘉鱼的重点事项进行责任分解的通知"
    )
    assert doc.meta.jurisdiction == "嘉鱼县"
    first = _task(doc, "一/(一)")
    assert first.lead_units == ("县发改局(粮食局)",)
    assert first.cooperating_units == ("各镇人民政府", "嘉鱼经济开发区")


SPACED_RECORD = """索引号 11330922090963010M/2023-31395
 组配分类 政府工作报告执行  发布机构 嵊泗县人民政府办公室
 生成日期 2023-02-22  公开方式 主动公开
  • 有效性:
2023年政府工作报告重点工作责任分解
发布时间:2023-02-22 09:12
一、重点工作
1.一般公共预算收入与经济增长基本同步。
责任单位:县财政局
"""


def test_a_record_spaced_without_colons_is_the_page_record():
    doc = _doc("ss.md", SPACED_RECORD)
    assert doc.meta.title == "2023年政府工作报告重点工作责任分解"
    assert doc.meta.issuer == "嵊泗县人民政府办公室"
    assert doc.meta.jurisdiction == "嵊泗县"


def test_a_number_before_the_title_or_beside_its_date_is_the_documents():
    before = _doc(
        "yc.txt", "永营办发〔2021〕3号 永城市贯彻《河南省优化营商环境条例》责任分工方案\n一、优化市场环境\n"
    )
    assert before.meta.doc_number == "永营办发〔2021〕3号"
    beside = _doc(
        "sc.txt",
        "四川省人民政府办公厅\n关于印发实施《西部大开发“十三五”\n规划》责任分工方案的通知\n川办函〔2017〕113号 2017年6月2日\n"
        "各市(州)人民政府:\n",
    )
    assert beside.meta.doc_number == "川办函〔2017〕113号"
    assert beside.meta.title == "四川省人民政府办公厅关于印发实施《西部大开发“十三五”规划》责任分工方案的通知"


def test_a_district_opening_its_title_is_the_place():
    doc = _doc(
        "ly.txt",
        "绿园区“六城联动”招商引资专班实施方案\n长绿府发〔2022〕22号\n"
        "二、工作小组\n(一)两车配套产业小组\n责任部门:区工信局牵头,区发改局、区规自分局等相关部门配合。\n",
    )
    assert doc.meta.jurisdiction == "绿园区"


NO_HEAD = """1、在兰州设立综合配套改革试验区事宜
由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成《兰州综合配套改革试验区实施方案》,经市政府审定后报省政府审批,在省政府批准兰州市为甘肃省综合配套改革试验区后,加强和国家发改委的衔接沟通。
2、兰州市大气污染成因及防治对策研究项目
由吴继德副市长负责,市环保局牵头,相关部门配合,细化分工、落实责任。
"""


def test_a_page_without_a_head_is_the_city_its_units_speak_for():
    doc = _doc("lz.txt", NO_HEAD)
    assert doc.meta.jurisdiction == "兰州市"
    assert _task(doc, "1").lead_units == ("市发改委",)
    assert _task(doc, "2").lead_units == ("市环保局",)


def test_a_name_cut_off_where_the_stored_page_ends_is_no_unit():
    cut = _doc(
        "sc.txt",
        "一、重要政策和事项\n(一)构建区域发展新格局。\n1.优化空间开发布局。加快节点城市建设。\n"
        "责任单位:省发展改革委、住房城乡建设厅,有关市(州)人民政府等。\n2.建设重点创新试验区。稳步推进试验区建设。\n责任单位:省发展改",
    )
    assert _task(cut, "一/(一)/2").units == ()
    assert _task(cut, "一/(一)/1").units[0] == "省发展改革委"
    whole = _doc("ss.txt", "一、重点工作\n1.一般公共预算收入与经济增长基本同步。\n责任单位:县财政局")
    assert _task(whole, "一/1").units == ("县财政局",)
