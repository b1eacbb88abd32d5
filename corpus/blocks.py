"""The neutral shape every loader produces: paragraphs and tables in reading order."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Table:
    """Rows of cell texts. ``None`` marks a vertically merged cell: it shows the cell above it.

    An empty string is a cell that is really empty (or covered by a horizontal merge).
    """

    rows: tuple[tuple[str | None, ...], ...]


Block = Paragraph | Table
