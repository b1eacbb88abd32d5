"""Paragraphs under a heading each closed by their own bracket ("…。(市公安局牵头)", "…。(A、B等负责)"), a table
of figures whose header names what each column counts ("签约项目总投资(亿元)"), a second list numbered from 1 under
an unnumbered title, persons labelled beside the units (责任秘书长), a body set up with a short name and a group's
office (办事机构) that owns the duties listed after it, a city named with three characters, and a page's head
(a bulleted title and posting line, a title line over a notice's opening). Excerpts written in the form such
documents take; the real pipeline."""

from __future__ import annotations

from corpus.model import LeadBasis
from corpus.pipeline import parse_bytes
from corpus.units import UnitDirectory

PARAGRAPH_TASKS = """测试市国民经济和社会发展计划任务分工
(6)促进人口健康发展。
加强人口公共服务体系建设,全市常住人口控制在1600万人以内。(市卫健委、市公安局牵头)
积极探索户籍管理制度改革,完善外来人口落户政策。加强流动人口服务管理。(市公安局牵头)
维护妇女儿童合法权益。(市妇联牵头)
(7)提高社会管理水平。
健全基层管理和服务体系。(市民政局牵头)
做好人民信访工作。(市信访办牵头)
"""

LISTED_PARAGRAPHS = """测试省人民政府办公厅关于落实重点工作部门分工的意见
一、保持经济持续健康发展
(一)充分发挥消费、投资、出口均衡拉动作用。
发挥消费的基础作用,构建多点支撑的消费增长格局。(省发展改革委、省财政厅、省商务厅等负责)
发挥投资的关键作用,引导资金投向民生领域。(省发展改革委、省工业和信息化厅等负责)
发挥出口的支撑作用,培育新的竞争优势。(省商务厅、省金融办等负责)
(二)拓展区域发展空间。
推进区域发展战略。
"""

FIGURE_TABLE = """测试市人民政府办公厅关于下达2013年全市招商引资责任目标的通知
一、招商引资责任目标
单位名称 | 签约项目总投资(亿元) | 实际利用外资(万美元) | 实际到位内资(亿元)
测试市 | 2090 | 78232 | 724
甲区 | 150 | 2500 | 80.0
乙县 | 180 | 1000 | 42.0
二、工作要求
(一)强化领导。各县区要成立项目推进领导组。
"""

TWO_LISTS = """三、六项保障措施(牵头领导:张三、李四)
1.建立强有力的推进工作体系。
(责任秘书长:王五,责任单位:市政府办公室)
2.推进区划调整。
(责任秘书长:赵六,责任单位:市民政局)
沿海开发十大重点争取推进事项
(2010年2月,成立专门工作班子)
1.建设精品钢铁基地项目。
(牵头领导:张三,责任秘书长:孙七,责任单位:市发改委、徐圩新区管委会)
2.建设区域性金融中心。
(牵头领导:李四,责任秘书长:周八,责任单位:人民银行连云港市中心支行、市政府金融办)
"""

SET_UP_BODIES = """测试自由贸易试验区条例
第八条
试验区工作领导小组负责领导组织、统筹协调试验区建设发展工作。
领导小组的办事机构设在省人民政府商务主管部门，承担领导小组日常工作，履行下列职责：
（一）拟定总体发展规划；
（二）建立信息发布制度。
第十条
省人民政府在试验区各片区设立派出机构（以下简称片区管理机构），负责片区具体事务，履行下列职责：
（一）组织落实片区各项试验任务；
（二）统筹片区产业布局和重大项目引进与建设。
"""

BULLETED_HEAD = """今天是:
  • 测试省人民政府办公厅关于提升招商引资质量和效益的实施意见
  • 2017-02-25  作者:  阅读次数:
  • 各市、县(区)人民政府,省政府各部门:
为推动招商引资提质量、增效益,提出如下实施意见。
到2020年,全省实际利用外资年均增长8%。
"""

PLAN_UNDER_NOTICE = """测政办发〔2025〕11号
各县市区人民政府,市直有关单位:
《推进招商引资机制改革实施方案》已经市人民政府同意,现印发给你们,请认真组织实施。
测试市人民政府办公室
2025年7月11日
推进招商引资机制改革实施方案
为深入贯彻落实有关文件精神,现结合我市实际,特制定本实施方案。
一、重塑组织体系
1.构建招商体系。构建大招商格局。(牵头单位:市商务局;责任单位:市发改委)
"""


def _tasks(doc, kind="inline_duty"):
    return [t for t in doc.tasks if t.kind == kind]


def test_paragraphs_closed_by_their_own_bracket_are_tasks_of_the_heading_above():
    doc = parse_bytes("fengong.txt", PARAGRAPH_TASKS.encode("utf-8"))
    assert "结尾" not in {s.id for s in doc.sections}  # (7)'s paragraphs are no closing text
    by_lead = {t.lead_units: t for t in _tasks(doc)}
    household = by_lead[("市公安局",)]
    # the bracket closes its paragraph's sentences, not only the last one
    assert household.quote.startswith("积极探索户籍管理制度改革")
    assert household.section == "(6)" and household.lead_basis == LeadBasis.INLINE
    assert by_lead[("市信访办",)].section == "(7)"
    assert ("市妇联",) in by_lead and ("市卫健委", "市公安局") in by_lead
    assert all(t.quote == doc.text[t.start : t.end] for t in doc.tasks)


def test_each_paragraphs_list_of_responsible_units_is_read_on_its_own():
    doc = parse_bytes("yijian.txt", LISTED_PARAGRAPHS.encode("utf-8"))
    export = next(t for t in _tasks(doc) if t.quote.startswith("发挥出口"))
    assert export.units == ("省商务厅", "省金融办")
    # no rule stated: the first listed, recorded as a presumption, never as a written lead
    assert export.lead_units == ("省商务厅",) and export.lead_basis == LeadBasis.FIRST_LISTED
    invest = next(t for t in _tasks(doc) if t.quote.startswith("发挥投资"))
    assert invest.units == ("省发展改革委", "省工业和信息化厅")
    item = next(t for t in doc.tasks if t.kind == "item" and t.label == "(一)")
    assert {"省商务厅", "省金融办", "省工业和信息化厅"} <= set(item.units)


def test_a_table_of_figures_gives_each_row_its_targets_with_the_columns_header():
    doc = parse_bytes("mubiao.txt", FIGURE_TABLE.encode("utf-8"))
    row = next(t for t in doc.tasks if t.title == "甲区")
    figures = {t.metric: t for t in row.targets}
    invested = figures["签约项目总投资"]
    assert (invested.value_text, invested.unit, invested.scope) == ("150", "亿元", "甲区")
    assert invested.column == "签约项目总投资(亿元)" and invested.year == 2013
    assert doc.text[invested.start : invested.end] == "150"
    assert figures["实际利用外资"].unit == "万美元" and figures["实际到位内资"].value_text == "80.0"
    assert not any(t.targets for t in doc.tasks if t.title == "单位名称")


def test_a_list_numbered_from_one_again_under_a_title_is_a_group_of_its_own():
    doc = parse_bytes("fenjie.txt", TWO_LISTS.encode("utf-8"))
    ids = [s.id for s in doc.sections]
    assert len(ids) == len(set(ids))
    steel = next(t for t in doc.tasks if t.title.startswith("建设精品钢铁"))
    assert steel.section == "沿海开发十大重点争取推进事项/1"
    # 责任秘书长 names a person beside the units: read and set aside
    system = next(t for t in doc.tasks if t.title.startswith("建立强有力"))
    assert system.units == ("市政府办公室",)
    assert not any("王五" in u for t in doc.tasks for u in t.units)
    assert doc.meta.jurisdiction == "连云港市"  # the city named whole, not 云港市


def test_a_body_set_up_and_a_groups_office_own_the_duties_listed_after_them():
    doc = parse_bytes("tiaoli.txt", SET_UP_BODIES.encode("utf-8"))
    office_duty = next(t for t in doc.tasks if t.label == "(一)" and t.section.startswith("第八条"))
    assert office_duty.lead_units == ("省人民政府商务主管部门",)
    zone_duty = next(t for t in doc.tasks if t.label == "(二)" and t.section.startswith("第十条"))
    assert zone_duty.lead_units == ("片区管理机构",)
    assert not any("设立" in u for t in doc.tasks for u in t.units)
    seat = next(t for t in _tasks(doc) if "办事机构" in t.title)
    assert "承担领导小组日常工作" in seat.title


def test_a_government_department_is_also_named_without_its_government():
    directory = UnitDirectory()
    directory.add("省人民政府商务主管部门", "测试省")
    assert directory.resolve("省商务主管部门", "测试省") == ["省人民政府商务主管部门"]


def test_a_bulleted_page_head_gives_the_title_and_the_posting_date():
    doc = parse_bytes("yijian.txt", BULLETED_HEAD.encode("utf-8"))
    assert doc.meta.title == "测试省人民政府办公厅关于提升招商引资质量和效益的实施意见"
    assert doc.meta.published == "2017-02-25"


def test_the_plans_title_under_its_notice_stays_a_line_of_its_own():
    doc = parse_bytes("fangan.txt", PLAN_UNDER_NOTICE.encode("gbk"))
    assert doc.meta.title == "推进招商引资机制改革实施方案"
    assert doc.meta.doc_number == "测政办发〔2025〕11号"


GROUP_LABELS = """测试省发展海洋经济考核任务
一、海洋渔业
(一)海水养殖面积稳定在300万亩,产量达到60万吨。
(二)完成425艘海洋渔船的转产转业任务。
二、海洋工业
(一)大力发展海洋医药、海洋化工等产业。逐步将沿海地区建设成为海洋食品加工基地。
(二)充分发挥沿海港口资源优势,大力发展临港工业。
主办单位:省经贸委、省盐务局
协办单位:沿海三市政府
主办单位：测试省人民政府办公厅 承办单位：测试省大数据中心 网站标识码：1234
"""


def test_labelled_lines_closing_a_headings_last_sub_item_are_the_headings_units():
    doc = parse_bytes("kaohe.txt", GROUP_LABELS.encode("utf-8"))
    industry = [t for t in doc.tasks if t.section.startswith("二/")]
    assert len(industry) == 2
    for task in industry:
        assert task.lead_units == ("省经贸委", "省盐务局")
        assert task.cooperating_units == ("沿海三市政府",)
    # a site's footer naming its 主办单位 is chrome; a task's own 主办单位 line is a label
    assert "大数据中心" not in doc.text and "主办单位:省经贸委" in doc.text


NOTED_RULE = """测试市优化营商环境行动计划
一、优化企业准入
1.推进企业注册极简办理。企业开办时间压缩至3个工作日。〔责任单位:市市场监督管理局(以下如无特别说明,排名第一的为牵头单位)、市公安局、市税务局;完成时限:2019年〕
2.扩大企业办理极简注销适用范围。(责任单位:市市场监督管理局、市政务服务中心;完成时限:2019年)
"""


def test_a_rule_noted_in_brackets_beside_the_first_unit_is_the_documents_rule():
    doc = parse_bytes("xingdong.txt", NOTED_RULE.encode("utf-8"))
    first, second = (t for t in doc.tasks if t.kind == "item")
    assert first.units == ("市市场监督管理局", "市公安局", "市税务局")
    assert first.lead_units == ("市市场监督管理局",) and first.lead_basis == LeadBasis.DOCUMENT_RULE
    assert second.lead_basis == LeadBasis.DOCUMENT_RULE
