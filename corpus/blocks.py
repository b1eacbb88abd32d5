"""The neutral shape every loader produces: paragraphs and tables in reading order."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Table:
    """Rows of cell texts; an empty cell under a filled one is a vertical merge (it repeats the cell above)."""

    rows: tuple[tuple[str, ...], ...]


Block = Paragraph | Table
