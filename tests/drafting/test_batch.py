"""Batch reminder letters from a 50-row ledger: one letter per lagging project, bad rows reported by number."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from drafting.batch import SUMMARY_DOCX, SUMMARY_XLSX, BatchOptions, draft_reminders
from drafting.errors import LedgerError
from drafting.ledger import EXAMPLE_CSV, parse_ledger, status_lags
from tests.drafting.docx_facts import body_text, open_docx

HEADER = [
    "序号",
    "项目名称",
    "签约企业",
    "协议投资额（亿元）",
    "承办单位",
    "签约日期",
    "是否履约",
    "开工情况",
    "资金到位率",
    "滞后环节",
    "反馈期限",
]
# data row index → the reason that row must be skipped
BROKEN = {7: "缺少项目名称", 13: "签约时间", 21: "开工状态", 33: "缺少责任单位", 41: "反馈期限"}
OPTIONS = BatchOptions(
    "湘西自治州商务局", dt.date(2026, 11, 23), contact_person="向明", contact_phone="0743-8221234"
)


def ledger_rows(n: int = 50, as_xlsx: bool = False) -> list[list[object]]:
    """Projects following a five-step pattern of statuses, with the rows in BROKEN damaged."""
    rows = []
    for i in range(n):
        signed: object = dt.date(2025, 1 + i % 12, 1 + i % 28)
        fund: object = ["100%", "100%", "50%", "30%", ""][i % 5]
        if as_xlsx:
            fund = {"100%": 1.0, "50%": 0.5, "30%": 0.3}.get(fund)
        else:
            signed = signed.isoformat() if i % 2 else f"{signed.year}年{signed.month}月{signed.day}日"
        row: list[object] = [
            i + 1,
            f"第{i + 1}号产业项目",
            f"某某{i + 1}号实业有限公司",
            f"{(i % 9) + 1}",
            ["泸溪县人民政府", "凤凰县人民政府", "湘西高新区管委会"][i % 3],
            signed,
            ["已履约", "未履约", "已履约", "是", ""][i % 5],
            ["已开工", "已开工", "未开工", "正常", ""][i % 5],
            fund,
            ["", "", "", "", "履约、开工"][i % 5],
            "",
        ]
        if i == 7:
            row[1] = ""
        elif i == 13:
            row[5] = "2025-13-45"
        elif i == 21:
            row[7] = "不知道"
        elif i == 33:
            row[4] = ""
        elif i == 41:
            row[10] = "下周"
        rows.append(row)
    return rows


def expected_letters(n: int = 50) -> int:
    # pattern 0 is on track; 1 (履约), 2 (开工+资金), 3 (资金 30%), 4 (滞后环节) lag
    return sum(1 for i in range(n) if i % 5 != 0 and i not in BROKEN)


def csv_bytes(rows, encoding="utf-8", title_row=True) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if title_row:
        writer.writerow(["2026年招商引资签约项目推进台账"])
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(rows) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["2026年招商引资签约项目推进台账"])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _check_problems(problems):
    # row numbers as the cadre sees them: title row 1, header row 2, data from row 3
    assert [p.row for p in problems] == [i + 3 for i in sorted(BROKEN)]
    for problem, i in zip(problems, sorted(BROKEN), strict=True):
        assert BROKEN[i] in problem.reason
    assert str(problems[0]).startswith("第10行：缺少项目名称")


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_a_fifty_row_csv_ledger_yields_one_letter_per_lagging_project(encoding, tmp_path, corpus_documents):
    ledger = parse_ledger("台账.csv", csv_bytes(ledger_rows(), encoding))
    report = draft_reminders(ledger, OPTIONS, corpus_documents, tmp_path / "out")
    assert len(report.letters) == expected_letters() == 35
    assert len(report.on_track) == 10
    _check_problems(report.problems)
    letters = sorted((tmp_path / "out").glob("*_项目推进提醒函.docx"))
    assert len(letters) == 35
    first = report.letters[0]
    text = body_text(open_docx((tmp_path / "out" / first.filename).read_bytes()))
    assert first.project_name == "第2号产业项目" and "第2号产业项目" in text
    assert "未按投资协议约定履约" in text and "凤凰县人民政府：" in text
    assert "发送‘项目推进提醒函’" in text  # this project has not 履约ed: the 未履约 clause applies
    assert "请于2026年12月8日前" in text  # 15 days after the letter date when the ledger names no deadline


def test_an_xlsx_ledger_with_date_cells_and_rates_gives_the_same_letters_into_a_zip(
    tmp_path, corpus_documents
):
    ledger = parse_ledger("台账.xlsx", xlsx_bytes(ledger_rows(as_xlsx=True)))
    report = draft_reminders(ledger, OPTIONS, corpus_documents, tmp_path / "letters.zip")
    assert len(report.letters) == 35
    _check_problems([p for p in report.problems])
    with zipfile.ZipFile(tmp_path / "letters.zip") as package:
        names = package.namelist()
        assert len([n for n in names if n.endswith("_项目推进提醒函.docx")]) == 35
        assert SUMMARY_XLSX in names and SUMMARY_DOCX in names
        summary = load_workbook(io.BytesIO(package.read(SUMMARY_XLSX)))
        summary_docx = body_text(open_docx(package.read(SUMMARY_DOCX)))
    letters = list(summary["提醒函清单"].iter_rows(min_row=2, values_only=True))
    assert len(letters) == 35
    assert letters[2][1:6] == (6, "第4号产业项目", "泸溪县人民政府", "2025年4月4日", "资金到位")
    skipped = list(summary["未起草的行"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in skipped] == [10, 16, 24, 36, 44]
    assert "第10行：缺少项目名称" in summary_docx


def test_header_aliases_and_a_stage_column_are_understood():
    data = "项目,所在县市区,签约时间,滞后环节\n甲项目,永顺县人民政府,2025-05-05,开工\n乙项目,龙山县人民政府,2025-05-06,无\n".encode()
    ledger = parse_ledger("a.csv", data)
    assert [(r.project_name, r.addressee, r.lagging) for r in ledger.rows] == [
        ("甲项目", "永顺县人民政府", ("开工",)),
        ("乙项目", "龙山县人民政府", ()),
    ]


def test_status_words_and_rates_are_read_as_lagging_or_on_track():
    assert status_lags("未开工", "开工", 100) is True
    assert status_lags("已开工", "开工", 100) is False
    assert status_lags("资金未到位", "资金到位", 100) is True
    assert status_lags("35%", "资金到位", 100) is True
    assert status_lags(0.8, "资金到位", 60) is False
    assert status_lags("", "履约", 100) is None
    with pytest.raises(ValueError, match="无法识别"):
        status_lags("待定", "履约", 100)


def test_a_ledger_without_the_needed_columns_is_refused_with_a_reason():
    with pytest.raises(LedgerError, match="项目名称"):
        parse_ledger("a.csv", "名称,日期\n甲,2025-01-01\n".encode())
    with pytest.raises(LedgerError, match="滞后"):
        parse_ledger("a.csv", "项目名称,责任单位,签约时间\n甲,乙,2025-01-01\n".encode())
    with pytest.raises(LedgerError, match="xlsx"):
        parse_ledger("a.xls", b"\xd0\xcf\x11\xe0")


def test_the_example_ledger_reads_cleanly():
    ledger = parse_ledger("example.csv", EXAMPLE_CSV.encode("utf-8"))
    assert ledger.problems == ()
    assert [len(r.lagging) > 0 for r in ledger.rows] == [True, True, False, True]


def test_hostile_project_names_stay_inside_the_output_folder(tmp_path, corpus_documents):
    data = "项目名称,责任单位,签约时间,滞后环节\n../../逃逸项目,甲县,2025-01-01,开工\n/etc/passwd,乙县,2025-01-01,履约\n".encode()
    out = tmp_path / "out"
    report = draft_reminders(parse_ledger("a.csv", data), OPTIONS, corpus_documents, out)
    assert len(report.letters) == 2
    written = {p.name for p in tmp_path.rglob("*.docx")}
    assert all((out / name).exists() for name in written)
    assert not any("/" in e.filename or ".." in e.filename for e in report.letters)


def test_every_ledger_header_spelling_is_documented_in_the_readme():
    from pathlib import Path

    from drafting.ledger import COLUMNS

    readme = (Path(__file__).resolve().parents[2] / "drafting" / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| meaning | accepted headers |") :]
    missing = [alias for aliases in COLUMNS.values() for alias in aliases if alias not in table]
    assert missing == []
