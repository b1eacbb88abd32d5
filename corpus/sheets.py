"""Excel task lists (.xlsx): every sheet read as the table it shows, its title rows as paragraphs.

Offices keep 任务分工表 / 责任清单 / 项目台账 in Excel far more often than in Word. A sheet is read the way it
is printed: a row whose only text is one cell (a title merged across the sheet, "附件1", a note under the
table) is a paragraph; the rows between form a Table, with a vertically merged cell shown as ``None`` (the
cell above it) and a horizontally merged or empty cell as "" — the same contract the Word reader keeps, so the
header roles (牵头单位, 责任单位, 配合单位, 完成时限 …) are read by the one table reader in corpus/structure.py.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator

from corpus.blocks import Block, Paragraph, Table
from corpus.errors import UnreadableDocument


def load_xlsx(data: bytes, add_chars, add_cells) -> list[Block]:
    """Blocks of every visible sheet, in workbook order (``add_chars`` / ``add_cells`` count against limits)."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), data_only=True)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, TypeError) as exc:
        raise UnreadableDocument("这个 .xlsx 文件已损坏，无法打开。") from exc
    blocks: list[Block] = []
    try:
        for sheet in workbook.worksheets:
            if sheet.sheet_state != "visible":
                continue
            blocks.extend(_sheet_blocks(sheet, add_chars, add_cells))
    finally:
        workbook.close()
    return blocks


def _sheet_blocks(sheet, add_chars, add_cells) -> Iterator[Block]:
    covered: dict[tuple[int, int], str | None] = {}
    for merged in sheet.merged_cells.ranges:
        for row in range(merged.min_row, merged.max_row + 1):
            for col in range(merged.min_col, merged.max_col + 1):
                if (row, col) == (merged.min_row, merged.min_col):
                    continue
                # Below the merge's first row the cell shows the one above; beside it, nothing of its own.
                covered[(row, col)] = None if row > merged.min_row and col == merged.min_col else ""
    rows: list[tuple[str | None, ...]] = []
    width = sheet.max_column or 0
    add_cells((sheet.max_row or 0) * width)
    for r, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells: list[str | None] = []
        for c in range(1, width + 1):
            if (r, c) in covered:
                cells.append(covered[(r, c)])
                continue
            value = values[c - 1] if c - 1 < len(values) else None
            text = _cell_text(value)
            add_chars(len(text))
            cells.append(text)
        while cells and not cells[-1]:
            cells.pop()
        if not any(cells):
            if rows:
                yield from _table_or_lines(rows)
                rows = []
            continue
        filled = [c for c in cells if c]
        if len(filled) == 1 and len(rows) < 1:
            # A title, an "附件" line or a note standing alone above the table.
            yield Paragraph(filled[0])
            continue
        rows.append(tuple(cells))
    if rows:
        yield from _table_or_lines(rows)


def _table_or_lines(rows: list[tuple[str | None, ...]]) -> Iterator[Block]:
    """Trailing one-cell rows (notes under the table: "注：排在第一位的为牵头单位") become paragraphs."""
    notes: list[str] = []
    while rows and sum(1 for c in rows[-1] if c) == 1 and len(rows) > 1:
        notes.insert(0, next(c for c in rows.pop() if c))
    if len(rows) == 1:
        yield Paragraph("\t".join(c or "" for c in rows[0]))
    else:
        width = max(len(r) for r in rows)
        yield Table(tuple(tuple(r) + ("",) * (width - len(r)) for r in rows))
    for note in notes:
        yield Paragraph(note)


def _cell_text(value) -> str:
    """A cell as it is printed: whole numbers without ".0", dates as 2025年6月30日."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    return str(value).strip()
