"""Old Word / WPS files: converted with LibreOffice when it is installed, refused with a reason when it is not."""

from __future__ import annotations

import shutil
import subprocess

import docx
import pytest

from corpus.convert import legacy_to_docx, libreoffice_calc
from corpus.errors import UnreadableDocument
from corpus.pipeline import parse_bytes

PLAN = [
    "凤凰县2026年招商引资攻坚行动方案",
    "一、重点任务",
    "（一）开展苗绣文创招商。每年赴长三角举办专题推介会2场以上。（责任单位：县文旅局、县商务局。列第一的为牵头单位）",
]


def _doc_file(tmp_path) -> bytes:
    """A real .doc: a .docx written with python-docx, saved as Word 97 by LibreOffice."""
    document = docx.Document()
    for line in PLAN:
        document.add_paragraph(line)
    document.save(tmp_path / "plan.docx")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc",
         "--outdir", str(tmp_path), str(tmp_path / "plan.docx")],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return (tmp_path / "plan.doc").read_bytes()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_doc_file_is_read_through_libreoffice_with_its_tasks_and_lead(tmp_path):
    data = _doc_file(tmp_path)
    assert data.startswith(b"\xd0\xcf\x11\xe0")  # an OLE2 compound file, not a renamed .docx
    doc = parse_bytes("凤凰县方案.doc", data)
    task = next(t for t in doc.tasks if t.units)
    assert task.lead_units == ("县文旅局",) and task.units == ("县文旅局", "县商务局")


def test_without_libreoffice_a_doc_file_is_refused_with_what_to_do(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")  # a machine without LibreOffice
    with pytest.raises(UnreadableDocument) as refused:
        legacy_to_docx("方案.wps", b"\xd0\xcf\x11\xe0 not really a document")
    assert "LibreOffice" in refused.value.message and "另存为 .docx" in refused.value.message


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_damaged_doc_file_is_refused_not_crashed():
    with pytest.raises(UnreadableDocument) as refused:
        legacy_to_docx("方案.doc", b"\xd0\xcf\x11\xe0" + b"\x00" * 512)
    assert "无法转换" in refused.value.message


@pytest.mark.slow
@pytest.mark.skipif(not libreoffice_calc(), reason="LibreOffice Calc is not installed")
def test_an_old_excel_task_list_is_read_through_libreoffice(tmp_path):
    from tests.corpus.test_loaders import build_task_sheet

    (tmp_path / "sheet.xlsx").write_bytes(build_task_sheet())
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xls",
         "--outdir", str(tmp_path), str(tmp_path / "sheet.xlsx")],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    data = (tmp_path / "sheet.xls").read_bytes()
    assert data.startswith(b"\xd0\xcf\x11\xe0")  # BIFF in an OLE2 file, not a renamed .xlsx
    doc = parse_bytes("分工表.xls", data)
    assert [t.lead_units for t in doc.tasks] == [("市商务局",), ("市工信局",), ("市数据局",)]


def test_without_libreoffice_an_xls_file_is_refused_with_what_to_do(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(UnreadableDocument) as refused:
        legacy_to_docx("台账.xls", b"\xd0\xcf\x11\xe0 not really a workbook")
    assert "另存为 .xlsx" in refused.value.message
