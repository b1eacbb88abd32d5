"""Hostile documents are ingested safely or refused with a reason, and never steer answers about others.

tests/corpus already covers random bytes, a 210 MB zip bomb, one 200,000-character line, empty/binary files,
line-mixed UTF-8/GBK and a corrupt .docx; this file adds what they do not: nested tables, lying extensions,
bombs under the size cap, forged zip headers, other encodings, and the effect of injected text on answers.
"""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from assistant.answering import Assistant
from assistant.settings import load_settings
from assistant.workspace import Workspace
from corpus.errors import UnreadableDocument
from corpus.ingest import ingest_bytes
from corpus.pipeline import parse_bytes
from corpus.store import DocumentStore
from tests.corpus.test_loaders import PLAN, minimal_pdf
from tests.hardening.conftest import HOSTILE_ID, INJECTED_WORDS, XIANGXI


def nested_table_docx(depth: int) -> bytes:
    """A plan whose only table holds a table in its first cell, and so on ``depth`` levels down."""
    document = docx.Document()
    document.add_paragraph("某某市嵌套表格招商方案")
    document.add_paragraph("一、重点任务")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "工作要点"
    table.rows[0].cells[1].text = "责任单位"
    cell = table.rows[0].cells[0]
    for level in range(depth):
        inner = cell.add_table(rows=1, cols=2)
        inner.rows[0].cells[0].text = f"第{level}层要点"
        inner.rows[0].cells[1].text = "市商务局"
        cell = inner.rows[0].cells[0]
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def plan_docx() -> bytes:
    document = docx.Document()
    for line in PLAN.strip().splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rezip(docx_bytes: bytes, document_xml: bytes) -> bytes:
    """The same package with word/document.xml replaced."""
    source = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = document_xml if info.filename == "word/document.xml" else source.read(info.filename)
            archive.writestr(info.filename, data)
    return out.getvalue()


# --- structure -----------------------------------------------------------------------------------------------


def test_a_table_nested_twelve_levels_deep_is_read_as_text_with_every_level_kept():
    doc = parse_bytes("nested.docx", nested_table_docx(12))
    assert doc.meta.title == "某某市嵌套表格招商方案"
    for level in range(12):
        assert f"第{level}层要点" in doc.text
    assert "市商务局" in doc.text


def test_a_table_nested_three_hundred_levels_deep_is_refused_with_the_reason():
    with pytest.raises(UnreadableDocument) as info:
        parse_bytes("nested.docx", nested_table_docx(300))
    assert "嵌套层级过深" in info.value.message


def test_a_deeply_nested_upload_does_not_enter_the_store_and_leaves_no_journal(tmp_path):
    store = DocumentStore(tmp_path / "data")
    result = ingest_bytes("nested.docx", nested_table_docx(300), store)
    assert not result.ok and "嵌套" in result.error
    assert store.doc_ids() == [] and store.pending() == []


# --- lying extensions ----------------------------------------------------------------------------------------


def test_a_word_file_named_txt_is_read_as_word():
    doc = parse_bytes("plan.txt", plan_docx())
    first = next(t for t in doc.tasks if t.label == "(一)")
    assert first.lead_units == ("市商务局",)


def test_a_pdf_named_txt_is_read_as_pdf():
    doc = parse_bytes("plan.txt", minimal_pdf("Investment plan 2025 target 3000"))
    assert "Investment plan 2025" in doc.text


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("plan.docx", PLAN.encode("utf-8"), "并非 Word 文档"),
        ("scan.pdf", b"\x89PNG\r\n\x1a\n" + bytes(2000), "并非 PDF 文档"),
        ("photo.pdf", b"\xff\xd8\xff\xe0" + bytes(2000), "并非 PDF 文档"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(2000), "二进制"),
        ("archive.txt", b"PK\x03\x04" + bytes(200), "损坏"),
        ("slides.pptx", plan_docx(), "不支持"),
        ("sheet.xlsx", plan_docx(), "不是 Excel 表格"),
    ],
)
def test_a_file_whose_content_is_not_what_its_name_says_is_refused_with_a_reason(name, data, reason):
    with pytest.raises(UnreadableDocument) as info:
        parse_bytes(name, data)
    assert reason in info.value.message


# --- zip bombs -----------------------------------------------------------------------------------------------


def test_a_small_docx_that_inflates_a_hundredfold_is_refused_before_parsing():
    paragraph = "<w:p><w:r><w:t>招商</w:t></w:r></w:p>".encode()
    original = plan_docx()
    xml = zipfile.ZipFile(io.BytesIO(original)).read("word/document.xml")
    body = xml.index(b"<w:body>") + len(b"<w:body>")
    bomb = rezip(original, xml[:body] + paragraph * 400_000 + xml[body:])  # ~16 MB of XML in ~100 KB
    assert len(bomb) < 200 * 1024
    with pytest.raises(UnreadableDocument) as info:
        parse_bytes("bomb.docx", bomb)
    assert "压缩炸弹" in info.value.message


def test_a_docx_whose_zip_headers_understate_the_sizes_is_refused_as_damaged():
    original = plan_docx()
    xml = zipfile.ZipFile(io.BytesIO(original)).read("word/document.xml")
    forged = bytearray(rezip(original, xml + b"<!--" + b"x" * 2_000_000 + b"-->"))
    # Rewrite every declared uncompressed size of document.xml to 1 KB, in local and central headers.
    name = b"word/document.xml"
    start = 0
    while (at := forged.find(name, start)) >= 0:
        local = forged[at - 30 : at - 26] == b"PK\x03\x04"
        central = forged[at - 46 : at - 42] == b"PK\x01\x02"
        if local:
            forged[at - 8 : at - 4] = (1024).to_bytes(4, "little")
        if central:
            forged[at - 22 : at - 18] = (1024).to_bytes(4, "little")
        start = at + 1
    with pytest.raises(UnreadableDocument) as info:
        parse_bytes("forged.docx", bytes(forged))
    assert "损坏" in info.value.message


# --- encodings -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "gb18030"])
def test_plans_in_other_encodings_read_the_same_lead_units(encoding):
    doc = parse_bytes("plan.txt", PLAN.encode(encoding))
    assert next(t for t in doc.tasks if t.label == "(一)").lead_units == ("市商务局",)


def test_invalid_bytes_inside_a_mixed_file_spoil_only_their_own_line():
    lines = PLAN.splitlines(keepends=True)
    data = lines[0].encode("utf-8") + b"\xff\xfe\xfa garbage \x81\n" + "".join(lines[1:]).encode("gbk")
    doc = parse_bytes("mixed.txt", data)
    assert doc.meta.title == "某某市招商引资三年行动方案"
    assert next(t for t in doc.tasks if t.label == "(一)").lead_units == ("市商务局",)


# --- injected instructions -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_workspace(hostile_corpus, tmp_path_factory) -> Workspace:
    settings = load_settings(
        data_dir=tmp_path_factory.mktemp("hostile-data"),
        corpus_dir=hostile_corpus,
        llm_base_url="",
        llm_model="",
    )
    workspace = Workspace(settings, notify=lambda _: None)
    workspace.ensure_ready()
    return workspace


def test_the_hostile_notice_is_ingested_as_an_ordinary_document(hostile_workspace):
    assert HOSTILE_ID in {d.doc_id for d in hostile_workspace.documents}
    assert XIANGXI in {d.doc_id for d in hostile_workspace.documents}


@pytest.mark.parametrize(
    "question", ["谁牵头精准开发招商项目", "精准开发招商项目由哪个单位牵头", "湘西州精准开发招商项目谁负责"]
)
def test_the_lead_of_a_task_in_another_document_is_still_read_from_that_document(hostile_workspace, question):
    answer = Assistant(hostile_workspace).ask(question)
    assert answer.lead_unit == "州商务局"
    assert {c.doc_id for c in answer.citations} == {XIANGXI}
    assert not any(word in answer.answer for word in INJECTED_WORDS)


@pytest.mark.parametrize(
    "question",
    [
        "精准开发招商项目的责任单位有哪些",
        "精准开发招商项目奖励多少",
        "星辰投资有限公司负责哪些任务",
        "州商务局负责哪些工作",
        "湘西州如何精准开发招商项目",
        "如何优化营商环境",
        "牵头单位是谁",
    ],
)
def test_no_answer_repeats_or_obeys_the_injected_instructions(hostile_workspace, question):
    answer = Assistant(hostile_workspace).ask(question)
    assert not any(word in answer.answer for word in INJECTED_WORDS), answer.answer
    assert answer.lead_unit in ("", "州商务局")


def test_a_figure_stated_inside_an_instruction_is_not_taken_as_a_target(hostile_workspace):
    answer = Assistant(hostile_workspace).ask("精准开发招商项目奖励多少")
    assert "9999" not in answer.answer
    assert all(c.doc_id != HOSTILE_ID for c in answer.citations)


def _one_paragraph_docx(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("某某市超长段落招商方案")
    document.add_paragraph("一、重点任务")
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["docx", "html"])
def test_a_two_megabyte_single_paragraph_in_word_or_html_still_yields_its_lead(kind):
    item = "(一)长条款。" + "围绕产业链开展招商，" * 70_000 + "(责任单位:市商务局、市工信局)"
    if kind == "docx":
        data = _one_paragraph_docx(item)
    else:
        data = f"<html><body><h1>某某市超长段落招商方案</h1><p>一、重点任务</p><p>{item}</p></body></html>".encode()
    doc = parse_bytes(f"long.{kind}", data)
    task = next(t for t in doc.tasks if t.label == "(一)")
    assert task.lead_units == ("市商务局",) and task.cooperating_units == ("市工信局",)
    assert doc.text[task.start : task.end] == task.quote
