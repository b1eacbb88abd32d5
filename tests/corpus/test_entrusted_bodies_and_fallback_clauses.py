"""How real documents from other places assign work, read by the catalogue: a body entrusting another to act, a
body acting itself or by its own organ (或者其…), a report's 分工 brackets naming the posts in charge and closing with
the document's rule, sentences each closed by a bracket of bodies alone, an 指标牵头单位 label, two bodies joined by
和 leading a fallback clause whose condition names no body, one named government's 有关部门 acting as a party, a
department a government designates, and an article opening with a named enterprise's duty. Page records: a 红头
issuer line, a 日期: posting line, a date-first 文号 note, an adoption record set as a table, and a breadcrumb that is
no title. Excerpts of real documents; the real pipeline."""

from __future__ import annotations

from corpus.model import LeadBasis
from corpus.pipeline import parse_bytes


def _doc(name: str, text: str, encoding: str = "utf-8"):
    return parse_bytes(name, text.encode(encoding))


def _clauses(doc):
    return [t for t in doc.tasks if t.kind == "inline_duty"]


def _items(doc):
    return {t.section: t for t in doc.tasks if t.kind in ("item", "table_row")}


ZHENGZHOU = """郑州航空港经济综合实验区条例
第五条 省人民政府应当加强领导，建立健全决策、协调机制，研究解决实验区建设和发展中的重大事项。
省人民政府委托郑州市人民政府依法管理管委会。
第六十一条 实验区应当运用法治思维、法治方式开展各项改革创新，营造良好的法治环境。
实验区在改革创新中需要修改或者暂停适用有关地方性法规的，由省人民代表大会或者其常务委员会决定。
"""


def test_the_body_entrusted_acts_not_the_one_entrusting_it():
    doc = _doc("zhengzhou.txt", ZHENGZHOU)
    managing = next(t for t in _clauses(doc) if "依法管理管委会" in t.title)
    assert managing.lead_units == ("郑州市人民政府",)
    assert all("委托" not in u for t in doc.tasks for u in t.units)


def test_a_body_deciding_itself_or_by_its_own_organ_is_one_party():
    article = _items(_doc("zhengzhou.txt", ZHENGZHOU))["第六十一条"]
    assert article.lead_units == ("省人民代表大会或者其常务委员会",)


HUNAN = """《政府工作报告》重点工作部门分工的意见
湘政发〔2016〕1号
一、努力保持经济平稳健康发展
  (一)增强创新驱动发展能力。推进长株潭自主创新示范区建设,构建人才引进激励、科技成果转化等政策体系(分管副省长、协管副秘书长负责,省科技厅牵头。明确牵头部门的,其他有关部门配合,不逐一列出,下同)。在高端装备等领域实施一批关键技术协同攻关项目。落实企业研发费用加计扣除、高新技术企业所得税减免政策(分管副省长、协管副秘书长负责,省科技厅、省发改委、省财政厅、省地税局等负责。列第一位的为牵头部门,其他部门和单位按职责分工负责,下同),建设一批众创空间和农村“星创天地”(分管副省长、协管副秘书长负责,省科技厅牵头)。
"""


def test_report_brackets_naming_posts_and_the_rule_close_their_own_clauses():
    clauses = _clauses(_doc("hunan_gbk.txt", HUNAN, "gbk"))
    by_title = {t.title[:6]: t for t in clauses}
    assert by_title["推进长株潭自"].lead_units == ("省科技厅",)
    deduction = by_title["落实企业研发"]
    assert deduction.lead_units == ("省科技厅",)
    assert deduction.cooperating_units == ("省发改委", "省财政厅", "省地税局")
    assert deduction.lead_basis is LeadBasis.DOCUMENT_RULE
    assert by_title["建设一批众创"].lead_units == ("省科技厅",)
    assert all("副省长" not in u for t in clauses for u in t.units)


MINHANG = """闵行区打造一流营商环境行动方案
一、实施对标世行提升工程
(一)完善市场准入机制行动。依托企业登记在线系统,拓展市场准入准营全程网办服务场景。创新推广“一企、一照、一码”的场景应用(区市场局、区行政服务中心)。优化企业住所标准化登记信息库,依托电子签章进一步减少申请人线下跑动(区市场局、区大数据中心)。为居民服务业个体工商户提供集中登记地,提升个体工商户登记便利度(区市场局)。
"""


def test_sentences_each_closed_by_a_bracket_of_bodies_are_each_that_list():
    clauses = {t.title[:6]: t for t in _clauses(_doc("minhang.txt", MINHANG))}
    assert clauses["创新推广“一"].units == ("区市场局", "区行政服务中心")
    assert clauses["优化企业住所"].units == ("区市场局", "区大数据中心")
    assert clauses["为居民服务业"].units == ("区市场局",)


def test_a_lone_bracket_of_names_stays_the_items_list():
    doc = _doc(
        "one.txt",
        "某区方案\n一、重点任务\n(一)优化企业住所登记。依托电子签章减少申请人线下跑动(区市场局、区大数据中心)。\n",
    )
    assert not _clauses(doc)


YINCHUAN = """银川市持续优化营商环境进一步提振市场主体信心的实施方案
三、主要任务
  (一)深化商事制度改革(指标牵头单位:市审批服务管理局)
  1.进一步便利企业开办。持续推进“一照多址”改革。
"""


def test_an_indicators_lead_label_leads_the_heading_and_its_items():
    items = _items(_doc("yinchuan.txt", YINCHUAN))
    assert items["三/(一)"].lead_units == ("市审批服务管理局",)
    assert items["三/(一)"].title == "深化商事制度改革"
    assert items["三/(一)/1"].lead_units == ("市审批服务管理局",)


QINGHAI = """青海省促进中小企业发展条例
第三十八条
县级以上人民政府及其有关部门应当建立完善中小企业投诉举报渠道，受理中小企业的投诉举报。
中小企业诉求事项有明确主管部门的，由相应主管部门负责办理；诉求事项涉及多个部门的，由省人民政府工业和信息化主管部门和市、县级人民政府确定的促进中小企业发展工作的综合管理部门牵头办理。
"""


def test_two_bodies_joined_by_he_lead_a_fallback_clause_and_a_condition_is_no_body():
    doc = _doc("qinghai_gbk.txt", QINGHAI, "gbk")
    fallback = next(t for t in _clauses(doc) if "多个部门" in t.title)
    assert fallback.lead_units == (
        "省人民政府工业和信息化主管部门",
        "市、县级人民政府确定的促进中小企业发展工作的综合管理部门",
    )
    assert fallback.lead_basis is LeadBasis.INLINE
    assert all("有明确主管部门" not in u for t in doc.tasks for u in t.units)


def test_two_governments_one_department_is_not_split():
    doc = _doc(
        "gouqi.txt",
        "宁夏回族自治区枸杞产业促进条例\n第十五条\n自治区人民政府和枸杞产区设区的市、县（市、区）人民政府林业草原（枸杞）"
        "管理部门应当会同有关部门加强枸杞产业专业人才队伍建设。\n",
    )
    assert "自治区人民政府" not in _items(doc)["第十五条"].lead_units


SHANXI = """山西省优化营商环境条例
第八条 县级以上人民政府有关部门应当精简审批环节，优化审批流程。
省人民政府有关部门应当制定本部门审批事项容缺受理目录。
"""


def test_one_named_governments_departments_act_as_one_party():
    items = _items(_doc("shanxi.md", SHANXI))
    assert items["第八条"].lead_units == ("省人民政府有关部门",)


GUANGDONG = """广东省外商投资权益保护条例
第二十四条 外国投资者、外商投资企业可以对本省行政区域内的行政机关的行政行为进行投诉。
省人民政府商务主管部门以及地级以上市、县级人民政府指定的部门或者机构（以下统称投诉工作机构）分级负责协调、处理相关投诉事项。
"""


def test_a_department_or_body_a_government_designates_is_a_party():
    article = _items(_doc("guangdong.txt", GUANGDONG))["第二十四条"]
    assert article.units == ("省人民政府商务主管部门", "地级以上市、县级人民政府指定的部门或者机构")
    assert not article.lead_units


YANGPU = """洋浦经济开发区条例
第十二条
洋浦经济开发区土地成片开发主体企业按照洋浦经济开发区发展规划和洋浦管委会的决策，负责开发区土地开发和基础设施、公共设施的建设、运营和维护。

洋浦管委会应当建立和完善重大招商项目跟踪服务机制，创新招商方式，增强招商实效。
"""


def test_an_article_opening_with_an_enterprises_duty_is_led_by_no_later_body():
    article = _items(_doc("yangpu.md", YANGPU))["第十二条"]
    assert not article.lead_units
    assert "洋浦管委会" in article.units


SHAXIAN = """关于加快第三产业发展的实施意见(试行)

日期:2012-10-11 16:17 来源:本网

沙县人民政府

关于加快第三产业发展的实施意见(试行)

各乡(镇)人民政府、街道办事处,县政府各部门:

为进一步提升我县第三产业的质量和水平,现就加快我县第三产业发展,提出如下实施意见:

一、目标任务

到2015年,第三产业增加值年均增长18%以上。
"""


def test_a_red_header_issuer_and_a_date_posting_line_place_the_page():
    meta = _doc("shaxian.txt", SHAXIAN).meta
    assert meta.issuer == "沙县人民政府"
    assert meta.jurisdiction == "沙县"
    assert meta.date == "2012-10-11"


def test_a_note_printing_the_date_before_the_number_is_read():
    doc = _doc(
        "mofcom.txt",
        "商务部办公厅关于加强商务领域法治政府建设工作的通知\n(2011年4月23日 商法字[2011]54号)\n"
        "一、总体要求\n要深入贯彻落实依法治国基本方略。\n",
    )
    assert doc.meta.doc_number == "商法字[2011]54号"
    assert doc.meta.date == "2011-04-23"


BEIJING = """<html><body><p>北京市优化营商环境条例</p>
<table>
<tr><td>2020年3月27日</td><td>北京市第十五届人民代表大会常务委员会第二十次会议通过</td></tr>
<tr><td>2024年11月29日</td><td>北京市第十六届人民代表大会常务委员会第十三次会议第一次修订）</td></tr>
</table>
<p>第一章 总 则</p>
<p>第一条 为了持续优化营商环境，推动高质量发展，制定本条例。</p>
</body></html>"""


def test_an_adoption_record_set_as_a_table_is_the_header_not_tasks():
    doc = _doc("beijing.html", BEIJING)
    assert doc.meta.issuer == "北京市人民代表大会常务委员会"
    assert doc.meta.date == "2024-11-29"
    assert not any("年" in t.section for t in doc.tasks if t.kind == "item")


SHAOXING = """<html><body>
<p>发布日期:2020-05-14 09:44</p>
<p>&gt; 政务公开 &gt; 工作报告</p>
<p>市政府2020年重点工作(预下达)一季度进展情况表</p>
<table>
<tr><th>序号</th><th>内容与要求</th><th>进展情况</th><th>责任单位</th></tr>
<tr><td>1</td><td>加强季度、月度数据监测,确保地区生产总值增长7%左右。</td><td>指标实现正增长。</td><td>市发改委</td></tr>
</table></body></html>"""


def test_what_is_left_of_a_breadcrumb_is_no_title_and_a_progress_table_is_one():
    doc = _doc("shaoxing.html", SHAOXING)
    assert doc.meta.title == "市政府2020年重点工作(预下达)一季度进展情况表"
    assert _items(doc)["1"].lead_units == ("市发改委",)


MIIT_PAGE = """<html><body><p>近年来,工业和信息化部深入推进政府绩效管理,不断提高公信力和执行力。从2016年开始,我部每年都公开有关重点工作的关键业绩指标。2018年,我们继续制定和公开相关指标。</p>
<table>
<tr><th>序号</th><th>指标名称</th><th>预期效果</th><th>完成时限</th><th>指标 属性</th><th>牵头负责司局</th></tr>
<tr><td>4</td><td>钢铁去产能规模</td><td>3000万吨左右</td><td>12月</td><td>约束性</td><td>原材料工业司</td></tr>
</table></body></html>"""


def test_a_page_without_its_header_speaks_as_the_body_calling_itself_wo_bu():
    meta = _doc("miit.html", MIIT_PAGE).meta
    assert meta.issuer == "工业和信息化部"
    assert meta.jurisdiction == "国家"
