"""Forms documents print their responsibility in that the catalogue reads like the common ones: a 〔…牵头〕 bracket,
a note inside the bracket naming units for every item below ("以下工作均需各市、县人民政府落实,不再列出"), 〔〕 inside a
unit's name, a task table whose numbered columns nest (重点工作 | 主要任务 | 工作措施 | 责任单位 | 备注), a paragraph
opening with its year, a page title quoted only inside a sentence, and a city's own office whose text names its
province once. Excerpts written in the form such documents take; the real parser."""

from __future__ import annotations

import io

from corpus.model import LeadBasis
from corpus.pipeline import parse_bytes
from corpus.units import reporting_body, split_units


def _by_label(doc):
    return {t.label: t for t in doc.tasks}


def test_a_lead_bracket_printed_in_tortoise_shell_brackets():
    text = """2025年某市优化营商环境工作要点
一、深化对标改革
(一)市场准入。加强企业登记与关联业务集成办理。〔市数据局、市市场监管局牵头,市相关部门单位及各县(市、区)按职责分工落实〕
(二)获取经营场所。推行低风险项目简易审批。〔市自然资源和规划局牵头〕
"""
    tasks = _by_label(parse_bytes("yaodian.txt", text.encode()))
    assert tasks["(一)"].lead_units == ("市数据局", "市市场监管局")
    assert tasks["(一)"].lead_basis is LeadBasis.EXPLICIT
    assert "〔市数据局" not in tasks["(一)"].units
    assert tasks["(二)"].lead_units == ("市自然资源和规划局",)


def test_a_note_naming_units_for_the_items_below_is_no_unit():
    text = """某省有效投资专项行动方案
二、聚焦重点领域
1.强化创新能力建设。布局实施100项省科技攻关项目。(责任单位:省发展改革委、省科技厅,配合单位:各市、县人民政府。以下工作均需各市、县人民政府落实,不再列出)
2.加大新兴产业投资力度。力争完成实物工作量3400亿元。(责任单位:省发展改革委、省工业和信息化厅)
"""
    tasks = _by_label(parse_bytes("touzi.txt", text.encode()))
    first = tasks["1."]
    assert first.units == ("省发展改革委", "省科技厅", "各市、县人民政府")
    assert not any("以下工作" in u or u.endswith("落实") for u in first.units)
    # The note's units join every item after it.
    assert "各市、县人民政府" in tasks["2."].units


def test_tortoise_shell_brackets_inside_a_units_name_keep_it_whole():
    assert split_units("各市、县〔市、区〕政府、省财政厅") == ["各市、县〔市、区〕政府", "省财政厅"]


def test_a_body_that_asks_another_to_act_is_the_one_acting():
    text = """测试市口岸服务条例
第十一条 新开放口岸或者扩大开放口岸的，由市口岸服务部门提请市人民政府按照国家有关规定报国务院审批。
第三十条 租金标准由市住房城乡建设局、区住房保障部门报同级人民政府批准后执行。
"""
    doc = parse_bytes("kouan.txt", text.encode())
    units = {u for t in doc.tasks for u in t.units}
    assert "市口岸服务部门" in units and not any("提请" in u or "报同级" in u for u in units)
    assert {"市住房城乡建设局", "区住房保障部门"} <= units
    assert reporting_body("区住房保障部门报同级人民政府") == "区住房保障部门"


def _docx_table(rows: list[list[str]]) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("市人民政府关于某市贯彻落实若干政策措施责任分工的通知")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_table_whose_numbered_columns_nest_reads_the_rightmost_number_as_the_item():
    group, task = "一、加大财政金融支持力度", "(一)加强对防疫重点企业财税支持"
    rows = [
        ["重点工作", "主要任务", "工作措施", "责任单位", "备注"],
        [group, task, "", "市税务局等,各县、市、区政府", "2020年12月"],
        [group, task, "2.对技术改造设备购置给予剩余配套补贴;", "市经信局、市财政局等,各县、市、区政府", ""],
        [group, task, "3.对收储的防护物资全部由政府兜底采购;", "市财政局等,各县、市、区政府", ""],
    ]
    doc = parse_bytes("fengong.docx", _docx_table(rows))
    by_section = {t.section: t for t in doc.tasks}
    assert set(by_section) >= {"一/(一)", "一/(一)/2", "一/(一)/3"}
    assert by_section["一/(一)/2"].label == "2."
    assert by_section["一/(一)/2"].lead_units == ("市经信局",)
    assert by_section["一/(一)/3"].units[0] == "市财政局"
    # 备注 is a field of its own, never the row's title.
    assert all(t.title != "2020年12月" for t in doc.tasks)


def test_a_paragraph_opening_with_its_year_dates_the_targets_in_it():
    text = """某省有效投资专项行动方案(2025)
一、主要目标
2025年,投资规模保持合理增长,全省投资增长5%左右。投资结构不断优化,力争高技术产业投资增速高于10%。
"""
    doc = parse_bytes("mubiao.txt", text.encode())
    years = {t.value_text: t.year for task in doc.tasks for t in task.targets}
    assert years.get("5") == 2025 or years.get("5%") == 2025
    assert all(year == 2025 for year in years.values())


def test_a_page_title_quoted_only_inside_a_sentence_is_the_title():
    page = """<html><head><title>某省有效投资专项行动方案(2025)</title></head><body>
<p>经省政府同意,现将《某省有效投资专项行动方案(2025)》印发给你们,请认真贯彻落实。</p>
<p>一、主要目标</p><p>全省投资增长5%左右。</p></body></html>"""
    assert parse_bytes("page.html", page.encode()).meta.title == "某省有效投资专项行动方案(2025)"


def test_a_city_office_naming_its_province_once_is_not_the_provinces():
    text = """市人民政府办公室关于印发优化营商环境若干措施的通知
十政办发〔2023〕19号
各县市区人民政府，市政府各部门：
(一)深化“互联网+政务服务”建设。打造“十堰事事通”政务服务品牌，落实湖北省政务服务要求。（牵头单位：市行政审批局）
"""
    doc = parse_bytes("cuoshi.txt", text.encode())
    assert doc.meta.jurisdiction != "湖北省"


def test_items_numbered_with_parenthesised_number_characters():
    text = """某省人民政府办公厅关于落实某规划任务分工的通知
一、主要指标
(一)约束性指标
1.约束性指标
⑴九年义务教育巩固率达到97%。(省教育厅负责)
⑵耕地保有量保持在6120万亩。(省国土资源厅负责)
⑷单位地区生产总值能耗降低17%。(省发展改革委牵头,省统计局参加)
"""
    tasks = _by_label(parse_bytes("zhibiao.txt", text.encode()))
    assert tasks["⑵"].lead_units == ("省国土资源厅",)
    assert tasks["⑵"].section.endswith("/⑵")
    assert tasks["⑷"].lead_units == ("省发展改革委",)
    assert tasks["⑴"].units == ("省教育厅",)
