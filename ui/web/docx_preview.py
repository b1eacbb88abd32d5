"""A drafted DOCX read back with python-docx into plain HTML, so the draft can be checked in the page.

Only what a reader checks is kept: paragraphs in order (centred ones as headings), and tables as tables.
Every piece of text is escaped; the layout (fonts, margins, page numbers) is the DOCX's business.
"""

from __future__ import annotations

import io
from html import escape

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.table import Table
from docx.text.paragraph import Paragraph

_CENTRED = {WD_ALIGN_PARAGRAPH.CENTER}
_NO_INDENT = {WD_ALIGN_PARAGRAPH.RIGHT}


def _paragraph_html(paragraph: Paragraph, first: bool) -> str:
    text = paragraph.text.strip()
    if not text:
        return ""
    if first or paragraph.alignment in _CENTRED:
        return f"<h3>{escape(text)}</h3>"
    if paragraph.alignment in _NO_INDENT:
        return f'<p class="pa-noindent" style="text-align:right">{escape(text)}</p>'
    # A line ending in a colon is the addressee ("泸溪县人民政府：") and is not indented.
    css = ' class="pa-noindent"' if text.endswith("：") else ""
    return f"<p{css}>{escape(text)}</p>"


def _table_html(table: Table) -> str:
    rows = []
    for row in table.rows:
        cells = "".join(f"<td>{escape(cell.text.strip())}</td>" for cell in row.cells)
        rows.append(f"<tr>{cells}</tr>")
    return "<table>" + "".join(rows) + "</table>"


def docx_html(content: bytes) -> str:
    """The body of a .docx as HTML: paragraphs and tables in document order."""
    document = docx.Document(io.BytesIO(content))
    parts: list[str] = []
    first = True
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            html = _paragraph_html(block, first)
            if html:
                parts.append(html)
                first = False
        elif isinstance(block, Table):
            parts.append(_table_html(block))
    return '<div class="pa-preview">' + "".join(parts) + "</div>"
