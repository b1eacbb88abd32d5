"""Loaders read real files built in the test; bad files get a clear message and never stop a batch."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

import docx
import pytest

from corpus.errors import UnreadableDocument
from corpus.ingest import ingest_paths
from corpus.pipeline import parse_bytes, parse_file
from corpus.store import DocumentStore

PLAN = """某某市招商引资三年行动方案
为加快招商引资，制定本方案。
一、重点任务
(一)开展产业链招商。围绕主导产业，每年引进项目不少于20个。(责任单位:市商务局、市发改委,各县市区人民政府。列第一的为牵头单位,下同。)
(二)优化营商环境。推进审批改革。(责任单位:市数据局、市商务局)
"""


def build_docx_with_table(path):
    document = docx.Document()
    document.add_paragraph("某某市招商引资责任清单")
    document.add_paragraph("为推进招商引资工作，制定本清单。")
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ["工作要点", "具体举措", "责任单位"], strict=True):
        cell.text = text
    rows = [
        ("1.精准招商", "每年组织招商活动不少于4场次。", "市商务局、市工信局，排第一位的为牵头单位，下同。"),
        ("2.要素保障", "保障重点项目用地。", "市自然资源和规划局、市财政局"),
    ]
    for row, values in zip(table.rows[1:], rows, strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    document.add_paragraph("本清单自印发之日起施行。")
    document.save(path)


def test_docx_paragraphs_and_table_rows_are_read_in_order_with_their_leads(tmp_path):
    path = tmp_path / "清单.docx"
    build_docx_with_table(path)
    doc = parse_file(path)
    assert doc.doc_id == "清单"
    assert doc.meta.title == "某某市招商引资责任清单"
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [(r.title, r.lead_units) for r in rows] == [
        ("精准招商", ("市商务局",)),
        ("要素保障", ("市自然资源和规划局",)),
    ]
    assert rows[1].lead_basis == "document_rule"
    assert rows[0].targets[0].value == 4 and rows[0].targets[0].unit == "场次"
    assert doc.text.index("为推进招商引资") < doc.text.index("精准招商") < doc.text.index("本清单自印发")
    for r in rows:
        assert doc.text[r.start : r.end] == r.quote
        assert "具体举措" not in r.quote


def test_gbk_text_is_detected_and_parsed_like_utf8(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(PLAN.encode("gbk"))
    doc = parse_file(path)
    first = next(t for t in doc.tasks if t.label == "(一)")
    assert first.units == ("市商务局", "市发改委", "各县市区人民政府")
    assert first.lead_units == ("市商务局",)
    second = next(t for t in doc.tasks if t.label == "(二)")
    assert second.lead_units == ("市数据局",) and second.lead_basis == "document_rule"


def test_utf8_bom_and_crlf_text_parses(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + PLAN.replace("\n", "\r\n").encode("utf-8"))
    doc = parse_file(path)
    assert doc.meta.title == "某某市招商引资三年行动方案"
    assert any(t.lead_units == ("市商务局",) for t in doc.tasks)


def test_mixed_encoding_lines_are_each_decoded(tmp_path):
    data = PLAN.splitlines(keepends=True)
    mixed = b"".join(line.encode("gbk" if i % 2 else "utf-8") for i, line in enumerate(data))
    doc = parse_bytes("mixed.txt", mixed)
    assert "重点任务" in doc.text and "优化营商环境" in doc.text


def test_html_page_chrome_is_dropped_and_table_kept():
    html = """<html><head><script>var x=1</script><style>p{}</style></head><body>
    <nav>网站首页 新闻动态</nav><div class="crumb">您当前的位置 : 首页 >>正文</div>
    <h1>某某市招商行动方案</h1><p>一、重点任务</p>
    <p>(一)招大引强。引进500强企业不少于3家。(责任单位:市商务局、市工信局)</p>
    <table><tr><th>工作要点</th><th>责任单位</th></tr><tr><td>1.项目攻坚</td><td>市发改委、市商务局</td></tr></table>
    <p>我要举报</p><footer>版权所有</footer></body></html>"""
    doc = parse_bytes("page.html", html.encode("utf-8"))
    assert "网站首页" not in doc.text and "我要举报" not in doc.text and "var x" not in doc.text
    item = next(t for t in doc.tasks if t.label == "(一)")
    assert item.units == ("市商务局", "市工信局")
    row = next(t for t in doc.tasks if t.kind == "table_row")
    assert row.title == "项目攻坚" and row.units == ("市发改委", "市商务局")


def test_markdown_headings_and_pipe_tables_are_read():
    md = "# 某市招商方案\n\n一、重点任务\n\n(一)精准招商。开展活动。(责任单位:市商务局)\n\n| 工作要点 | 责任单位 |\n|---|---|\n| 1.项目服务 | 市发改委 |\n"
    doc = parse_bytes("plan.md", md.encode())
    assert doc.meta.title == "某市招商方案"
    assert any(t.kind == "table_row" and t.units == ("市发改委",) for t in doc.tasks)


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def minimal_pdf(text: str) -> bytes:
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    return _pdf_file([_stream(stream), b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])


def _pdf_file(content_and_fonts: list[bytes]) -> bytes:
    """A one-page PDF: object 4 is the page's content, object 5 its font /F1, then what they refer to."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        *content_and_fonts,
    ]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_pdf_text_layer_is_read():
    doc = parse_bytes("plan.pdf", minimal_pdf("Investment plan 2025 target 3000"))
    assert "Investment plan 2025" in doc.text


def composite_font_pdf(text: str) -> bytes:
    """Chinese text in a Type0 font whose encoding is embedded as a two-byte CMap stream, not named Identity-H.

    Codes are numbered in order of first use (as font-subsetting writers do), here past 255 as on a long
    document's later pages, and mapped to Unicode by ToUnicode; the encoding maps each code to a CID of its own.
    """
    chars = list(dict.fromkeys(text))
    codes = {ch: 0x120 + n for n, ch in enumerate(chars)}
    shown = "".join(f"{codes[ch]:04X}" for ch in text)
    content = f"BT /F1 12 Tf 72 720 Td <{shown}> Tj ET".encode()
    space = b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
    to_cid = b"".join(b"<%04X> %d\n" % (code, 100 + code) for code in codes.values())
    encoding = b"begincmap\n" + space + b"%d begincidchar\n" % len(codes) + to_cid + b"endcidchar\nendcmap\n"
    to_char = b"".join(b"<%04X> <%04X>\n" % (code, ord(ch)) for ch, code in codes.items())
    to_unicode = b"begincmap\n" + space + b"%d beginbfchar\n" % len(codes) + to_char + b"endbfchar\nendcmap\n"
    font = (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+NotoSansCJKSC /Encoding 6 0 R /ToUnicode 7 0 R >>"
    )
    return _pdf_file([_stream(content), font, _stream(encoding), _stream(to_unicode)])


def test_pdf_text_in_a_font_with_an_embedded_two_byte_encoding_is_read_whole():
    sentence = "企业技术改造项目属于政府核准投资项目目录的，依法实行核准管理。"
    doc = parse_bytes("regulation.pdf", composite_font_pdf(sentence))
    assert sentence in doc.text


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "为空"),
        ("blank.txt", b"   \n\n  ", "为空"),
        ("binary.txt", bytes(range(256)) * 10, "二进制"),
        ("broken.docx", b"PK\x03\x04this is not really a zip", "损坏"),
        ("fake.docx", b"just some text pretending", "损坏"),
        ("fake.pdf", b"not a pdf at all", "损坏"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "不支持"),
        ("only-chrome.html", "<p>网站首页</p><p>我要举报</p>".encode(), "没有剩下正文"),
    ],
)
def test_bad_files_get_a_clear_chinese_message(name, data, message):
    with pytest.raises(UnreadableDocument) as info:
        parse_bytes(name, data)
    assert message in info.value.message


def test_zip_bomb_disguised_as_docx_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<" + b"a" * (210 * 1024 * 1024) + b">")
    with pytest.raises(UnreadableDocument) as info:
        parse_bytes("bomb.docx", buffer.getvalue())
    assert "压缩炸弹" in info.value.message


def test_a_batch_with_bad_files_still_ingests_the_good_ones(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(PLAN, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "corrupt.docx").write_bytes(b"PK\x03\x04garbage")
    build_docx_with_table(folder / "table.docx")
    store = DocumentStore(tmp_path / "data")
    report = ingest_paths([folder, tmp_path / "missing.txt"], store)
    by_name = {r.path.split("/")[-1]: r for r in report.results}
    assert by_name["good.txt"].ok and by_name["good.txt"].tasks == 2
    assert by_name["table.docx"].ok
    assert "为空" in by_name["empty.txt"].error
    assert "损坏" in by_name["corrupt.docx"].error
    assert "不存在" in by_name["missing.txt"].error
    assert store.doc_ids() == ["good", "table"]
    assert (tmp_path / "data" / "sources" / "good.txt").read_text(encoding="utf-8") == PLAN
    reloaded = store.get("good")
    assert reloaded is not None and reloaded.tasks[0].lead_units == ("市商务局",)


def test_docx_table_with_merged_group_row_index_column_and_vertical_merge(tmp_path):
    document = docx.Document()
    document.add_paragraph("某某县重点任务分工表")
    table = document.add_table(rows=5, cols=5)
    header = ["序号", "任务名称", "牵头单位", "配合单位", "完成时限"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    group = table.rows[1].cells[0].merge(table.rows[1].cells[4])
    group.text = "一、产业招商"
    data = [
        ("1", "绘制产业链招商图谱", "县商务局", "县工信局、县发改局", "2024年6月底前"),
        ("2", "建立目标企业库", "", "县工商联", "2024年9月底前"),
        ("3", "组织专题推介会", "县文旅局", "县商务局", "每季度"),
    ]
    for row, values in zip(table.rows[2:], data, strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    table.cell(2, 2).merge(table.cell(3, 2))  # 县商务局 leads rows 1 and 2
    path = tmp_path / "分工表.docx"
    document.save(path)

    doc = parse_file(path)
    rows = [t for t in doc.tasks if t.kind == "table_row"]
    assert [(r.section, r.title) for r in rows] == [
        ("一/1", "绘制产业链招商图谱"),
        ("一/2", "建立目标企业库"),
        ("一/3", "组织专题推介会"),
    ]
    assert rows[0].lead_units == ("县商务局",) and rows[0].cooperating_units == ("县工信局", "县发改局")
    assert rows[0].lead_basis == "explicit"
    assert rows[1].lead_units == ("县商务局",) and rows[1].cooperating_units == ("县工商联",)
    assert rows[0].deadline == "2024年6月底前" and rows[2].deadline == "每季度"
    assert any(s.id == "一" and s.heading == "产业招商" for s in doc.sections)


def test_a_government_html_notice_with_meta_table_and_task_table():
    doc = parse_file(Path(__file__).with_name("hengyang_notice.html"))
    assert doc.meta.doc_number == "衡政办发〔2024〕5号"
    assert doc.meta.date == "2024-03-15"
    assert doc.meta.jurisdiction == "衡阳市"
    assert "网站地图" not in doc.text
    info = doc.section("文件信息")
    assert info is not None and "索引号" not in doc.text[info.end :]
    rows = {t.title: t for t in doc.tasks if t.kind == "table_row"}
    library = rows["建设招商引资项目库"]
    assert library.section == "二/2"
    assert library.lead_units == ("市发改委",) and library.lead_basis == "explicit"
    assert library.cooperating_units == ("市商务局", "市自然资源和规划局")
    assert library.deadline == "2024年6月底前"
    goals = next(t for t in doc.tasks if t.title == "目标任务")
    assert [(g.value_text, g.unit, g.year) for g in goals.targets] == [
        ("60", "个", 2026),
        ("10", "%", 2026),
        ("2000", "亿元", 2026),
    ]


def build_task_sheet() -> bytes:
    """A 任务分工表 as offices keep it in Excel: a merged title row, a header, a merged group row, a task
    name merged over two rows, "/" for no cooperating unit, a note under the table, a hidden sheet."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "任务分工"
    sheet.append(["某某市2024年招商引资重点任务分工表"])
    sheet.merge_cells("A1:F1")
    sheet.append(["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"])
    sheet.append(["一、产业链招商"])
    sheet.merge_cells("A3:F3")
    sheet.append(
        [
            1,
            "开展产业链精准招商",
            "围绕新能源汽车产业链，全年引进亿元以上项目不少于15个。",
            "市商务局",
            "市发展改革委、市工信局",
            "2024年12月底",
        ]
    )
    sheet.append([2, None, "编制产业链招商图谱，每季度更新一次。", "市工信局", "市商务局", "持续推进"])
    sheet.merge_cells("B4:B5")
    sheet.append([3, "优化营商环境", "推行企业开办一日办结。", "市数据局", "/", datetime.date(2024, 6, 30)])
    sheet.append(["注：各牵头单位于每月5日前报送进展。"])
    hidden = workbook.create_sheet("草稿")
    hidden.append(["废弃任务", "市某某局"])
    hidden.sheet_state = "hidden"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_xlsx_task_sheet_reads_its_title_columns_and_merged_cells():
    doc = parse_bytes("分工表.xlsx", build_task_sheet())
    assert doc.title == "某某市2024年招商引资重点任务分工表"
    assert [t.lead_units for t in doc.tasks] == [("市商务局",), ("市工信局",), ("市数据局",)]
    assert doc.tasks[0].units == ("市商务局", "市发展改革委", "市工信局")
    # The task name merged over two rows belongs to both; "/" names no cooperating unit.
    assert doc.tasks[1].title == doc.tasks[0].title == "开展产业链精准招商"
    assert doc.tasks[2].units == ("市数据局",)
    assert doc.tasks[0].deadline == "2024年12月底"
    assert doc.tasks[2].deadline == "2024年6月30日"  # a date cell as it is printed
    assert [t.value for t in doc.tasks[0].targets] == [15]
    assert "注：各牵头单位于每月5日前报送进展。" in doc.text
    assert "废弃任务" not in doc.text  # a hidden sheet is not part of what the office sends


def test_xlsx_that_is_not_a_workbook_is_refused_in_chinese():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(UnreadableDocument) as info:
        parse_bytes("台账.xlsx", buffer.getvalue())
    assert "Excel" in info.value.message
    with pytest.raises(UnreadableDocument) as info:
        parse_bytes("台账.xlsx", b"not a zip at all")
    assert "损坏" in info.value.message


def test_paragraphs_run_together_on_one_line_are_split_at_their_indents():
    # A page copied as text with its paragraph breaks lost but each paragraph's indent kept.
    text = (
        "某自治区人民政府关于加快国有粮食企业改革有关问题的通知\n"
        "　　 各市、县人民政府，区直各委、办、厅、局：　　 为进一步加快国有粮食企业改革，现就有关问题通知如下："
        "　　 一、积极筹措资金，妥善安置企业职工　　 安置职工所需的资金，由市、县人民政府负责筹措。"
        "　　 二、切实加强领导　　 各级粮食行政管理部门负责组织实施改革方案，按月报送进展情况。"
    )
    doc = parse_bytes("notice.txt", text.encode())
    labels = [t.label for t in doc.tasks if t.kind == "item"]
    assert labels[:2] == ["一", "二"]
    second = next(t for t in doc.tasks if t.kind == "item" and t.label == "二")
    assert second.units == ("各级粮食行政管理部门",)
