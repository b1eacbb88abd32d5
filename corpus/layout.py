"""Render cleaned blocks into the one text every offset points into, keeping a record of each line.

A table row becomes one line whose cells are joined by " | ", with vertically merged (empty) cells filled from
the row above, so a row read on its own still says which group and which units it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus.blocks import Block, Paragraph, Table

CELL_SEPARATOR = " | "


@dataclass(frozen=True)
class Line:
    text: str
    start: int
    end: int
    table: int = -1  # index of the table this row belongs to, -1 for a paragraph
    cells: tuple[str, ...] = ()
    cell_starts: tuple[int, ...] = ()  # absolute offset of each cell's text


def render(blocks: list[Block]) -> tuple[str, list[Line]]:
    """Join blocks into text; returns the text and a Line per rendered line with exact offsets."""
    lines: list[Line] = []
    parts: list[str] = []
    pos = 0
    table_no = 0
    for block in blocks:
        if isinstance(block, Paragraph):
            text = " ".join(block.text.split("\n")).strip()
            if not text:
                continue
            lines.append(Line(text, pos, pos + len(text)))
            parts.append(text)
            pos += len(text) + 1
            continue
        above: tuple[str, ...] = ()
        width = max((len(r) for r in block.rows), default=0)
        for row in _square(block):
            if None in row and len(row) < width:
                # A row with a cell covered from above that stops short ("市发改委"'s rowspan over
                # "| 固定资产投资增长20% |" with no units cell): its missing cells are empty, its covered ones merged.
                row = (*row, *([""] * (width - len(row))))
            if len(row) == width:  # only full-width rows take part in vertical merges
                cells = tuple(
                    c if c is not None else (above[i] if i < len(above) else "") for i, c in enumerate(row)
                )
                above = cells
            else:
                cells = tuple(c or "" for c in row)
            starts, offset = [], pos
            for cell in cells:
                starts.append(offset)
                offset += len(cell) + len(CELL_SEPARATOR)
            text = CELL_SEPARATOR.join(cells)
            lines.append(Line(text, pos, pos + len(text), table_no, cells, tuple(starts)))
            parts.append(text)
            pos += len(text) + 1
        table_no += 1
    return "\n".join(parts), lines


def _square(table: Table) -> list[tuple[str | None, ...]]:
    """Cells lose inner line breaks; trailing empty cells of short rows are dropped."""
    width = max((len(r) for r in table.rows), default=0)
    rows = []
    for row in table.rows:
        cells = tuple(None if c is None else " ".join(c.split()) for c in row)
        if len(cells) < width:
            while cells and not cells[-1]:
                cells = cells[:-1]
        rows.append(cells)
    return rows
