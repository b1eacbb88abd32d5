"""An assessment notice's procedure: each step's body (a 考核小组, its 办公室) answers for its own sentence, and a
compilation's bracketed 文号 and date under the title. An excerpt in the form of a city's 招商引资考核 notice, read
through parse_bytes."""

from __future__ import annotations

from corpus.duties import find_inline_duties
from corpus.pipeline import parse_bytes
from corpus.units import looks_like_government_body

NOTICE = """某市人民政府办公厅关于开展2023年度招商引资目标任务考核工作的通知
(某政办发〔2023〕45号 2023年11月2日)
各县(市)区人民政府，市政府各部门：
一、考核程序
(一)各单位向市考核小组办公室申报招商引资资料；
(二)市考核小组办公室集中审核申报材料并上报省招商引资考核小组。省外项目实际到位资金由省招商引资考核小组认定；省内项目实际到位资金由市考核小组认定；
"""


def test_each_step_of_the_procedure_is_its_own_body_s():
    doc = parse_bytes("kaohe.txt", NOTICE.encode("utf-8"))
    clauses = [t for t in doc.tasks if t.kind == "inline_duty"]
    by_lead = {t.lead_units: t.title for t in clauses}
    assert "集中审核申报材料" in by_lead[("市考核小组办公室",)]
    assert "省外项目实际到位资金" in by_lead[("省招商引资考核小组",)]
    assert "省内项目实际到位资金" in by_lead[("市考核小组",)]
    step = next(t for t in doc.tasks if t.kind == "item" and t.title.startswith("市考核小组办公室"))
    assert step.lead_units == ()  # three bodies, three sentences: none leads the item


def test_a_procedure_step_ends_the_body_s_name():
    duties = find_inline_duties("市考核小组办公室集中审核申报材料并上报省招商引资考核小组。")
    assert [d.lead_units for d in duties] == [("市考核小组办公室",)]
    assert looks_like_government_body("现场考核组") and looks_like_government_body("市招商引资考核小组")


def test_a_bracketed_number_and_date_under_the_title():
    meta = parse_bytes("kaohe.txt", NOTICE.encode("utf-8")).meta
    assert meta.doc_number == "某政办发〔2023〕45号" and meta.date == "2023-11-02"


def test_a_reply_s_numbered_point_binds_the_bodies_it_opens_with():
    reply = (
        "国务院关于同意某某高新技术产业开发区建设国家自主创新示范区的批复\n"
        "一、同意某某高新技术产业开发区建设国家自主创新示范区。\n"
        "二、新疆维吾尔自治区人民政府和新疆生产建设兵团要加强组织领导，认真组织编制实施方案，细化任务分工。\n"
    )
    doc = parse_bytes("pifu.txt", reply.encode("utf-8"))
    point = next(t for t in doc.tasks if t.section == "二" and t.kind == "item")
    assert point.units == ("新疆维吾尔自治区人民政府", "新疆生产建设兵团")
    assert point.lead_units == ()  # two bodies joined by 和: neither is written as the lead
