"""Assessment tables (考核细则): the bodies assessed or assessing stand in a column the header may not call 责任单位.

Excerpts written in the layout of county 目标管理考核细则 tables (a Word table whose 考核项目 header spans a rank
column and a body column; a web table with a 负责考核部门 column), read through parse_bytes.
"""

from __future__ import annotations

import io

from docx import Document

from corpus.conventions import Field, field_of_header
from corpus.model import LeadBasis
from corpus.pipeline import parse_bytes
from corpus.units import looks_like_unit


def _word_table(rows: list[list[str]], merges=()) -> bytes:
    document = Document()
    document.add_paragraph("某县2020年度生态环境保护工作责任单位目标管理考核细则")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                table.cell(r, c).text = value
    for (r1, c1), (r2, c2), text in merges:
        table.cell(r1, c1).merge(table.cell(r2, c2)).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _by_section(doc):
    return {t.section: t for t in doc.tasks if t.kind == "table_row"}


def test_a_header_spanning_a_rank_column_and_a_body_column_reads_the_bodies_as_units():
    rows = [
        ["序号", "考核项目", None, "分值", "考核内容", "评分标准"],
        ["一、", "共性考核项目", None, "30", "", ""],
        ["1", "组织推进", None, "10", "组织推进", "成立工作专班（5分）。"],
        ["2", "信息报送", None, "20", "按月报送工作进展", "每少报一次扣1分。"],
        ["二、", "部门个性考核项目", None, "70", "", ""],
        ["1", "重点考核部门", "县住建局", "40", "城镇污水管网改造", "完成管网改造20公里（40分）。"],
        ["2", "重点考核部门", "县农业农村局", "30", "秸秆综合利用", "综合利用率达到90%（30分）。"],
        ["3", "一般考核部门", "县教育局", "30", "生态环境宣传进校园", "开展宣传活动2次（30分）。"],
    ]
    merges = [((0, 1), (0, 2), "考核项目"), ((1, 1), (1, 2), "共性考核项目"), ((2, 1), (2, 2), "组织推进")]
    merges += [((3, 1), (3, 2), "信息报送"), ((4, 1), (4, 2), "部门个性考核项目")]
    doc = parse_bytes("kaohe.docx", _word_table(rows, merges))
    tasks = _by_section(doc)
    assert tasks["二/1"].units == ("县住建局",) and tasks["二/1"].lead_basis is LeadBasis.SINGLE_UNIT
    assert tasks["二/1"].title == "城镇污水管网改造"
    assert tasks["二/3"].units == ("县教育局",)
    assert tasks["一/2"].units == () and tasks["一/2"].lead_units == ()
    named = {u for t in doc.tasks for u in t.units}
    assert not named & {"重点考核部门", "一般考核部门"}  # a rank, not a body
    assert tasks["二"].title == "部门个性考核项目"


def test_a_web_table_with_an_assessing_department_column_and_a_caption_title():
    page = """<html><head><title>考核细则_某县人民政府</title></head><body>
<table border="1"><caption>某县2020年度乡镇生态环境保护目标管理考核细则</caption>
<thead><tr><th>序号</th><th>考核项目</th><th>分值</th><th>考核指标</th><th>负责考核部门</th></tr></thead>
<tbody>
<tr><td></td><td>总分</td><td>100</td><td></td><td></td></tr>
<tr><td>一、</td><td>夯实工作基础</td><td>20</td><td></td><td></td></tr>
<tr><td>1</td><td>健全工作机制</td><td>10</td><td><p>1.明确乡镇分管领导和联络员，得5分。</p><p>2.建立月调度制度，每月召开调度会，得5分。</p></td><td>县生态环境局</td></tr>
<tr><td>2</td><td>开展宣传教育</td><td>10</td><td><p>1.利用各类媒体开展生态环境保护宣传，得5分。</p><p>2.组织环保知识进校园活动，得5分。</p></td><td><p>县委宣传部</p><p>县教育局</p><p>县生态环境局</p></td></tr>
<tr><td>二、</td><td>推进专项整治</td><td>80</td><td></td><td></td></tr>
<tr><td>3</td><td>整治畜禽养殖污染</td><td>40</td><td>建立规模养殖场台账，粪污综合利用率达到85%以上，得40分。</td><td>县农业农村局</td></tr>
</tbody></table></body></html>"""
    doc = parse_bytes("xiangzhen.html", page.encode("utf-8"))
    assert doc.meta.title == "某县2020年度乡镇生态环境保护目标管理考核细则"
    tasks = _by_section(doc)
    assert tasks["一/1"].title == "健全工作机制" and tasks["一/1"].units == ("县生态环境局",)
    assert tasks["一/2"].units == ("县委宣传部", "县教育局", "县生态环境局")
    assert tasks["一/2"].lead_basis is LeadBasis.FIRST_LISTED  # no rule says the first leads
    assert tasks["二/3"].title == "整治畜禽养殖污染" and tasks["二/3"].lead_units == ("县农业农村局",)


def test_role_words_with_the_assessment_infix_in_a_header():
    assert field_of_header("牵头考核单位") is Field.LEAD
    assert field_of_header("负责考核部门") is Field.UNITS
    assert field_of_header("配合考核单位") is Field.COOPERATING
    assert field_of_header("被考核单位") is Field.UNITS
    assert field_of_header("考核项目") is Field.TITLE  # not a unit column for containing 考核


def test_ranks_of_bodies_and_a_verb_before_a_body_are_not_units():
    assert not looks_like_unit("重点考核部门") and not looks_like_unit("一般责任单位")
    assert not looks_like_unit("协同县水利局")
    assert looks_like_unit("县水利局") and looks_like_unit("协同创新中心")
