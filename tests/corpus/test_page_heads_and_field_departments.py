"""What a page prints around a document's head (a breadcrumb, a posting line with the time first, a bare posting
date, field labels without their colon, a title over three lines), figures in 元 and 平方公里, the departments of
one level named as a party of a list (省直有关部门), a department named by the field it governs under its
government, and a penalty article read with the duty it punishes by number. Excerpts written in the form such
pages and documents take; the real pipeline."""

from __future__ import annotations

from corpus.pipeline import parse_bytes
from corpus.references import referred_text
from corpus.units import looks_like_unit

BREADCRUMB_PAGE = """简体版 繁體版
首页 > 专题中心 > 乡村振兴专题 > 政务公开 > 通知公告

测试省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知

时间 : 2021-05-14 22:01:43 来源 : 本网原创稿

测试府〔2021〕22号

各地级以上市人民政府,省政府各部门:
  《2021年省〈政府工作报告〉重点任务分工方案》已经省政府全体会议审议通过,现印发给你们,请认真贯彻执行。

测试省人民政府
2021年3月21日

一、主要预期目标
1.地区生产总值增长6%以上。(省发展改革委牵头,各地、各部门配合)
"""

THREE_LINE_TITLE = """业务板块
测试省人民政府办公厅
测试政办函〔2022〕97号
测试省人民政府办公厅关于印发
测试省实施招大引强专项行动
若干措施的通知
各州、市人民政府,省直各委、办、厅、局:
《测试省实施招大引强专项行动若干措施》已经省人民政府同意,现印发给你们。
测试省人民政府办公厅
2022年12月11日
一、着力引进重大产业项目。每年引进10亿元以上优质产业类项目100个以上。(省投资促进局牵头;省直有关部门,各州、市人民政府按照职责分工负责)
"""

LABELS_WITHOUT_COLONS = """市人民政府办公室关于印发优化营商环境若干措施的通知

索引号
000014349/2023-26788
发文单位
市人民政府办公室
发布日期
2023年06月07日 17:35:09
市人民政府办公室关于印发优化营商环境若干措施的通知
各县市区人民政府:
(一)推行证照数据全量归集。(牵头单位:市行政审批局)
2023年5月30日
"""

BARE_POSTED_DATE = """当前位置: 首页 > 政务公开 > 市政府文件
测试市人民政府关于印发2021年市政府工作报告部署工作责任分工的通知
2021-03-05
来源: 测试市人民政府办公厅
测试府〔2021〕3号
各区人民政府,市政府各部门:
现印发给你们,请认真贯彻执行。
测试市人民政府
2021年2月23日
1.加快建设科技创新轴。(市科技局牵头)
"""

PER_CAPITA_TARGETS = """测试市对口帮扶工作方案
一、总体要求
(一)帮扶目标
至2017年,对口帮扶工作取得阶段性成效,帮扶市实现人均生产总值37300元,中心城区建成区面积达60平方公里,城镇化率达58%。
"""

REGULATION = """测试市经济技术开发区条例
第一条 为了加快开发区建设，制定本条例。
第六条 测试市人民政府主管外国投资工作的部门是开发区的管理机构，对开发区行使以下职权：
（一）制订和发布开发区的具体管理规定；
（二）审批开发区内的投资项目。
第三十一条 网信部门应当建立营商环境网络舆情的监测、处置机制。
任何单位和个人不得捏造虚假信息或者歪曲事实进行不实报道，不得利用新闻报道向市场主体索取财物。
第三十六条 违反本条例第三十一条第二款规定的，由新闻出版行政部门会同有关部门共同查处，并处一万元以上三万元以下罚款。
"""


def _doc(name: str, text: str):
    return parse_bytes(name, text.encode("utf-8"))


def test_a_breadcrumb_is_no_title_and_a_posting_line_dates_the_page():
    meta = _doc("gd.txt", BREADCRUMB_PAGE).meta
    assert meta.title == "测试省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知"
    assert meta.published == "2021-05-14"
    assert meta.date == "2021-03-21"


def test_a_title_printed_over_three_lines_is_read_whole():
    doc = _doc("yn.md", THREE_LINE_TITLE)
    assert doc.meta.title == "测试省人民政府办公厅关于印发测试省实施招大引强专项行动若干措施的通知"


def test_the_departments_of_one_level_are_a_party_of_the_list():
    doc = _doc("yn.md", THREE_LINE_TITLE)
    item = next(t for t in doc.tasks if t.units)
    assert item.lead_units == ("省投资促进局",)
    assert "省直有关部门" in item.units
    assert looks_like_unit("市直相关单位") and not looks_like_unit("有关部门")
    assert not looks_like_unit("市级有关部门")  # a running sentence's class, never the one body asked


def test_field_labels_printed_without_colons_are_the_pages_record():
    doc = _doc("sy.txt", LABELS_WITHOUT_COLONS)
    assert doc.meta.published == "2023-06-07"
    assert doc.meta.issuer == "市人民政府办公室"
    assert "发布日期：2023年06月07日 17:35:09" in doc.text


def test_a_date_printed_alone_under_the_title_is_the_posting_date():
    meta = _doc("gz.txt", BARE_POSTED_DATE).meta
    assert meta.published == "2021-03-05"
    assert meta.date == "2021-02-23"
    assert meta.doc_number == "测试府〔2021〕3号"


def test_per_capita_figures_in_yuan_and_areas_in_square_kilometres_are_targets():
    doc = _doc("plan.txt", PER_CAPITA_TARGETS)
    figures = {t.value_text + t.unit for task in doc.tasks for t in task.targets}
    assert {"37300元", "60平方公里", "58%"} <= figures


def test_a_department_named_by_the_field_it_governs_is_one_unit():
    assert looks_like_unit("测试市人民政府主管外国投资工作的部门")
    assert looks_like_unit("县级以上人民政府负责中小企业促进工作的部门")
    doc = _doc("reg.txt", REGULATION)
    article = next(t for t in doc.tasks if t.label == "第六条" and t.kind == "inline_duty")
    assert article.lead_units == ("测试市人民政府主管外国投资工作的部门",)


def test_a_penalty_article_is_read_with_the_paragraph_it_names():
    doc = _doc("reg.txt", REGULATION)
    penalty = next(t for t in doc.tasks if t.label == "第三十六条" and t.kind == "item")
    referred = referred_text(doc, penalty.quote)
    assert referred.startswith("任何单位和个人不得捏造虚假信息")
    assert "网信部门" not in referred  # the paragraph named, not the whole article
    duty = next(t for t in doc.tasks if t.label == "第三十一条" and t.kind == "item")
    assert referred_text(doc, duty.quote) == ""
