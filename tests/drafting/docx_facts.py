"""Reading a generated .docx back: its text, and the fonts named in its XML."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml.ns import qn


def open_docx(content: bytes):
    return Document(io.BytesIO(content))


def body_text(document) -> str:
    """Every paragraph and table cell, one per line, in document order."""
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    return "\n".join(lines)


def paragraph_fonts(paragraph) -> set[str]:
    """The eastAsia font names of a paragraph's runs."""
    fonts = set()
    for run in paragraph.runs:
        rfonts = run._r.rPr.find(qn("w:rFonts")) if run._r.rPr is not None else None
        if rfonts is not None and rfonts.get(qn("w:eastAsia")):
            fonts.add(rfonts.get(qn("w:eastAsia")))
    return fonts


def footer_xml(document) -> str:
    section = document.sections[0]
    return section.footer._element.xml + section.even_page_footer._element.xml
