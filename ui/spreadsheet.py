"""The task table as an XLSX workbook a cadre can open, filter and print."""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from corpus.tasks import TaskRow
from ui.web.views import TASK_COLUMNS, task_table

_WIDTHS = [36, 10, 28, 24, 40, 12, 36, 10]


def tasks_xlsx(rows: Sequence[TaskRow]) -> bytes:
    """One sheet 任务分工: a bold header row, then one row per task, text wrapped."""
    book = Workbook()
    sheet = book.active
    sheet.title = "任务分工"
    sheet.append(TASK_COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for values in task_table(rows):
        sheet.append(values)
    for column, width in zip("ABCDEFGH", _WIDTHS, strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
