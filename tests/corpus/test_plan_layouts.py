"""Layouts of task-split plans from other places, on excerpts written in their style, read through parse_bytes."""

from __future__ import annotations

import io

from docx import Document

from corpus.model import LeadBasis
from corpus.pipeline import parse_bytes

HEAD = "某市优化营商环境重点任务分工方案\n一、重点任务\n"


def parse(text: str | bytes, name: str = "plan.txt"):
    return parse_bytes(name, text.encode("utf-8") if isinstance(text, str) else text)


def rows(doc):
    return {t.label.rstrip(".、"): t for t in doc.tasks if t.kind != "inline_duty"}


def test_labels_parted_from_their_units_by_spaces_instead_of_a_colon():
    doc = parse(
        HEAD + "（一）推行企业开办一网通办。全面压缩企业开办时间至1个工作日。\n"
        "牵头单位  市市场监管局\n"
        "配合单位  市税务局、市公安局\n"
        "（二）深化工程建设项目审批改革。（牵头单位：市住建局  责任单位：市自然资源局 市发改委）\n"
    )
    one, two = rows(doc)["(一)"], rows(doc)["(二)"]
    assert one.lead_units == ("市市场监管局",) and one.cooperating_units == ("市税务局", "市公安局")
    assert one.lead_basis == LeadBasis.EXPLICIT
    # units written with a space between them are two units, not one glued name
    assert two.units == ("市住建局", "市自然资源局", "市发改委") and two.lead_units == ("市住建局",)


def test_units_by_division_of_duties_without_the_word_responsible_name_no_lead():
    doc = parse(
        HEAD + "（一）推行企业开办一网通办。（市市场监管局、市税务局按职责分工）\n"
        "（二）深化工程建设项目审批改革。市住建局、市发改委（按职责分工）\n"
    )
    for label in ("(一)", "(二)"):
        t = rows(doc)[label]
        assert len(t.units) == 2 and t.lead_units == () and t.lead_basis == LeadBasis.JOINT


def test_a_starred_unit_leads_where_the_document_says_what_the_star_means():
    doc = parse(
        "某市招商引资重点任务清单\n"
        "序号\t重点任务\t责任单位\t完成时限\n"
        "1\t招引产业链龙头企业\t市发改委、市商务局*\t2025年12月\n"
        "2\t建设承接产业转移园区\t★市工信局、市自然资源局\t2025年6月\n"
        "注：责任单位中标“*”或“★”的为牵头单位。\n"
    )
    one, two = rows(doc)["1"], rows(doc)["2"]
    assert one.units == ("市发改委", "市商务局") and one.lead_units == ("市商务局",)
    assert one.lead_basis == LeadBasis.EXPLICIT
    assert two.lead_units == ("市工信局",) and not any("★" in u or "*" in u for u in one.units + two.units)


def test_the_star_rule_may_be_written_in_the_column_header():
    doc = parse(
        "某县项目攻坚任务清单\n"
        "序号\t任务\t责任单位（带*的为牵头单位）\t完成时限\n"
        "1\t推行企业开办\t县税务局、县市场监管局*\t2025年6月\n"
    )
    assert rows(doc)["1"].lead_units == ("县市场监管局",)


def test_a_star_whose_meaning_is_not_stated_is_no_lead_and_never_makes_the_first_listed_lead():
    doc = parse(
        "某市任务清单\n序号\t任务\t责任单位\n1\t推行企业开办\t市税务局、市市场监管局*\n2\t深化审批\t市住建局*、市发改委\n"
    )
    one, two = rows(doc)["1"], rows(doc)["2"]
    assert one.units == ("市税务局", "市市场监管局") and one.lead_units == ()
    assert two.lead_units == ("市住建局",) and two.lead_basis == LeadBasis.FIRST_LISTED


def test_a_leader_named_in_a_unit_cell_is_not_a_unit():
    doc = parse(
        "某市重点项目任务清单\n"
        "序号\t任务\t牵头单位\t责任单位\n"
        "1\t推行企业开办\t张三副市长、市商务局\t市税务局\n"
        "2\t招引项目\t市商务局（责任人：李四）\t市发改委\n"
    )
    one, two = rows(doc)["1"], rows(doc)["2"]
    assert one.units == ("市商务局", "市税务局") and one.lead_units == ("市商务局",)
    assert two.units == ("市商务局", "市发改委") and two.lead_units == ("市商务局",)


def test_a_lead_column_with_two_units_makes_both_leads():
    doc = parse(
        "某市任务清单\n序号\t任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t推行企业开办一网通办\t市发改委、市商务局\t市税务局\t2025年6月\n"
    )
    t = rows(doc)["1"]
    assert t.lead_units == ("市发改委", "市商务局") and t.cooperating_units == ("市税务局",)


def test_a_header_row_repeated_on_each_page_is_no_task():
    html = (
        "<html><body><h1>某市招商引资重点任务清单</h1><table>"
        "<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>"
        "<tr><td>1</td><td>招引龙头企业</td><td>市商务局</td><td>市发改委、市工信局</td><td>2025年底</td></tr>"
        "<tr><td>2</td><td>建设产业园区</td><td rowspan='2'>市工信局</td><td>市自然资源局</td><td>2025年6月</td></tr>"
        "<tr><td>3</td><td>完善配套设施</td><td>市住建局</td><td>2025年9月</td></tr>"
        "<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>"
        "<tr><td>4</td><td>优化营商环境</td><td>市发改委</td><td>—</td><td>长期坚持</td></tr>"
        "</table></body></html>"
    )
    doc = parse(html, "list.html")
    assert [t.label for t in doc.tasks] == ["1", "2", "3", "4"]
    assert rows(doc)["3"].lead_units == ("市工信局",)  # a merged cell spans the rows below it
    assert rows(doc)["4"].units == ("市发改委",)


def test_a_word_table_with_merged_lead_cells_and_a_repeated_header():
    document = Document()
    document.add_paragraph("某县招商引资重点任务分工表")
    table = document.add_table(rows=5, cols=4)
    cells = [
        ["序号", "任务", "牵头单位", "责任单位"],
        ["1", "招引龙头企业", "县商务局", "县发改局"],
        ["2", "建设园区", "", "县自然资源局"],
        ["3", "完善配套", "", "县住建局"],
        ["序号", "任务", "牵头单位", "责任单位"],
    ]
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(2, 2).merge(table.cell(3, 2)).text = "县工信局"
    buffer = io.BytesIO()
    document.save(buffer)
    doc = parse(buffer.getvalue(), "plan.docx")
    assert [t.label for t in doc.tasks] == ["1", "2", "3"]
    assert rows(doc)["3"].lead_units == ("县工信局",) and rows(doc)["3"].cooperating_units == ("县住建局",)


def test_numbered_items_at_every_level_carry_their_own_units():
    doc = parse(
        HEAD + "1.推行企业开办。（牵头单位：市市场监管局；配合单位：市税务局）\n"
        "（1）压缩开办时间。（市市场监管局负责）\n"
        "①推行电子营业执照。（市市场监管局牵头，市税务局配合）\n"
        "②推行电子发票。（市税务局、市财政局，列第一位者为牵头单位）\n"
    )
    r = rows(doc)
    assert r["1"].lead_basis == LeadBasis.EXPLICIT and r["(1)"].lead_basis == LeadBasis.SINGLE_UNIT
    assert r["①"].lead_units == ("市市场监管局",) and r["②"].lead_units == ("市税务局",)
    assert r["②"].lead_basis == LeadBasis.DOCUMENT_RULE


def test_units_written_one_per_line_in_a_word_cell_stay_separate_units():
    document = Document()
    document.add_paragraph("某县招商引资重点任务分工表")
    table = document.add_table(rows=3, cols=4)
    for r, row in enumerate(
        [
            ["序号", "任务", "牵头单位", "配合单位"],
            ["1", "招引龙头企业", "县商务局", "县发改局"],
            ["2", "建设园区", "县工信局", "县自然资源局"],
        ]
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(1, 3).add_paragraph("县财政局")  # a second paragraph in the cell
    run = table.cell(2, 3).paragraphs[0].add_run()
    run.add_break()  # a line break inside the paragraph
    table.cell(2, 3).paragraphs[0].add_run("各乡镇人民政府")
    buffer = io.BytesIO()
    document.save(buffer)
    r = rows(parse(buffer.getvalue(), "plan.docx"))
    assert r["1"].cooperating_units == ("县发改局", "县财政局")
    assert r["2"].lead_units == ("县工信局",) and r["2"].cooperating_units == (
        "县自然资源局",
        "各乡镇人民政府",
    )


def test_units_parted_by_br_or_paragraphs_in_a_web_table_cell_stay_separate_units():
    html = (
        "<html><body><h1>某市招商引资任务清单</h1><table>"
        "<tr><th>序号</th><th>任务</th><th>责任单位</th></tr>"
        "<tr><td>1</td><td>招引企业</td><td>市商务局（牵头）<br>市发改委</td></tr>"
        "<tr><td>2</td><td>建设园区</td><td><p>市工信局</p><p>市自然资源局</p></td></tr>"
        "<tr><td>3</td><td>完善配套设施，提升园区承载能力</td><td>市住建局</td></tr>"
        "</table></body></html>"
    )
    r = rows(parse(html, "list.html"))
    assert r["1"].lead_units == ("市商务局",) and r["1"].cooperating_units == ("市发改委",)
    assert r["2"].units == ("市工信局", "市自然资源局") and r["2"].lead_basis == LeadBasis.FIRST_LISTED


def test_one_unit_responsible_with_others_helping_is_the_sole_responsible_unit_not_a_written_lead():
    doc = parse(HEAD + "（一）推行企业开办一网通办。（市市场监管局负责，市税务局、市公安局配合）\n")
    t = rows(doc)["(一)"]
    assert t.lead_units == ("市市场监管局",) and t.cooperating_units == ("市税务局", "市公安局")
    assert t.lead_basis == LeadBasis.SINGLE_UNIT  # worded 负责单位, never "写明由其牵头"


def test_cooperating_labels_of_other_places():
    doc = parse(
        HEAD + "（一）深化审批改革。（主责部门：市住建局；协同部门：市发改委、市自然资源局）\n"
        "（二）招引项目。（牵头单位：市商务局；支持单位：市财政局）\n"
    )
    one, two = rows(doc)["(一)"], rows(doc)["(二)"]
    assert one.lead_units == ("市住建局",) and one.cooperating_units == ("市发改委", "市自然资源局")
    assert two.lead_units == ("市商务局",) and two.cooperating_units == ("市财政局",)
    table = parse(
        "某市任务清单\n序号\t任务\t牵头部门（单位）\t协同部门\t完成时限\n1\t推行企业开办\t市市场监管局\t市税务局\t2025年6月\n"
    )
    row = rows(table)["1"]
    assert row.title == "推行企业开办" and row.cooperating_units == ("市税务局",)


def test_a_units_and_persons_column_keeps_the_units_and_drops_the_names():
    doc = parse(
        "某市任务清单\n序号\t任务\t责任单位及责任人\t完成时限\n"
        "1\t推行企业开办\t市市场监管局（王五）、市税务局（李四、赵六）\t2025年6月\n"
        "2\t做好侨务招商\t市委统战部（侨务）\t2025年底\n"
    )
    r = rows(doc)
    assert r["1"].units == ("市市场监管局", "市税务局")
    assert r["2"].units == ("市委统战部（侨务）",)  # a body's own bracket is no person


def test_a_task_card_table_of_fields_under_a_heading_is_that_heading_s_item():
    document = Document()
    document.add_paragraph("某县招商引资攻坚任务卡")
    document.add_paragraph("一、招引龙头企业")
    table = document.add_table(rows=4, cols=2)
    card = [
        ["工作任务", "招引产业链龙头企业3家以上"],
        ["牵头单位", "县商务局"],
        ["配合单位", "县发改局、县工信局"],
        ["完成时限", "2025年12月底"],
    ]
    for r, row in enumerate(card):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    doc = parse(buffer.getvalue(), "card.docx")
    (task,) = [t for t in doc.tasks if t.kind != "inline_duty"]
    assert task.title == "招引龙头企业" and task.lead_units == ("县商务局",)
    assert task.cooperating_units == ("县发改局", "县工信局") and task.deadline == "2025年12月底"
    assert task.lead_basis == LeadBasis.EXPLICIT


def test_a_line_opening_with_the_leader_before_the_units_is_a_responsibility_line():
    doc = parse(
        HEAD
        + "（一）推行企业开办。\n牵头领导：张三  牵头单位：市市场监管局  配合单位：市税务局\n完成时限：2025年6月底\n"
    )
    t = rows(doc)["(一)"]
    assert t.lead_units == ("市市场监管局",) and t.cooperating_units == ("市税务局",)
    assert t.deadline == "2025年6月底"


def test_responsibility_in_square_or_tortoise_brackets_before_or_after_the_title():
    doc = parse(
        HEAD
        + "（一）【责任单位：市市场监管局】推行企业开办。\n（二）深化审批改革〔牵头单位：市住建局；配合单位：市发改委〕\n"
    )
    one, two = rows(doc)["(一)"], rows(doc)["(二)"]
    assert one.title == "推行企业开办" and one.units == ("市市场监管局",)
    assert two.title == "深化审批改革" and two.lead_units == ("市住建局",)
    assert two.cooperating_units == ("市发改委",)


def test_a_header_over_two_rows_reads_the_lead_and_cooperating_columns_under_the_units_heading():
    html = (
        "<html><body><h1>某市招商引资重点任务清单</h1><table>"
        "<tr><th rowspan='2'>序号</th><th rowspan='2'>重点任务</th><th colspan='2'>责任单位</th>"
        "<th rowspan='2'>完成时限</th></tr>"
        "<tr><th>牵头单位</th><th>配合单位</th></tr>"
        "<tr><td>1</td><td>招引龙头企业</td><td>市商务局</td><td>市发改委、市工信局</td><td>2025年底</td></tr>"
        "</table></body></html>"
    )
    doc = parse(html, "list.html")
    assert [t.label for t in doc.tasks] == ["1"]
    t = doc.tasks[0]
    assert t.lead_units == ("市商务局",) and t.cooperating_units == ("市发改委", "市工信局")
    assert t.deadline == "2025年底"
