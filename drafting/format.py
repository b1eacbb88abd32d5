"""The one place that knows the official-document layout of GB/T 9704-2012.

A4; margins 37/35/28/26 mm (top/bottom/left/right); title 2号 (22 pt) 方正小标宋简体 centred; body 3号 (16 pt)
仿宋_GB2312 with exact 28 pt line spacing and a two-character first-line indent; first-level headings 黑体
("一、"), second-level 楷体_GB2312 ("（一）"); issuer and date under the text; page numbers "— 1 —" in 4号 宋体,
outer-aligned (odd pages right, even pages left).

East-Asian fonts are written into ``w:rFonts`` (eastAsia, ascii, hAnsi, cs) of the document defaults, of every
style used and of every run: Word and WPS pick the eastAsia name for Chinese text, and theme fonts in the template
would otherwise win. Where a font is not installed the name is still written; the renderer substitutes (see
``drafting/fonts/fonts.conf``). Every string passes through ``clean_text`` on its way in.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from drafting.sanitize import clean_text

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING1_FONT = "黑体"
HEADING2_FONT = "楷体_GB2312"
PAGE_NUMBER_FONT = "宋体"

TITLE_SIZE = Pt(22)  # 2号
BODY_SIZE = Pt(16)  # 3号
PAGE_NUMBER_SIZE = Pt(14)  # 4号
TABLE_SIZE = Pt(14)
LINE_SPACING = Pt(28)
TITLE_LINE_SPACING = Pt(35)

PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = Mm(37), Mm(35), Mm(28), Mm(26)

TITLE_LINE_CHARS = 20  # 156 mm type area / 22 pt characters
_NO_LINE_START = "的之和与及、，。）"
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (headings never need more)."""
    if not 0 < n < 100:
        raise ValueError(f"heading number out of range: {n}")
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[ones] if ones else "")


def chinese_date(day: dt.date) -> str:
    """The date as official documents write it: 2026年11月23日 (no leading zeros)."""
    return f"{day.year}年{day.month}月{day.day}日"


def display_width(text: str) -> float:
    """Width in full-width characters: ASCII counts half."""
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def title_lines(title: str) -> list[str]:
    """Split a title too long for one line into two balanced lines at a word boundary.

    GB/T 9704 asks for multi-line titles arranged as a trapezoid or diamond, never breaking a word; a title
    of more than two lines is left to the renderer.
    """
    width = display_width(title)
    if width <= TITLE_LINE_CHARS or width > 2 * TITLE_LINE_CHARS:
        return [title]
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    cuts, position = [], 0
    for word in jieba.lcut(title, HMM=False):
        position += len(word)
        cuts.append(position)
    best: tuple[float, int] | None = None
    for cut in cuts[:-1]:
        head, tail = title[:cut], title[cut:]
        if tail[0] in _NO_LINE_START or (head[-1].isascii() and tail[0].isascii()):
            continue
        if max(display_width(head), display_width(tail)) > TITLE_LINE_CHARS:
            continue
        score = abs(display_width(head) - display_width(tail))
        if best is None or score < best[0]:
            best = (score, cut)
    if best is None:
        return [title]
    return [title[: best[1]], title[best[1] :]]


def set_fonts(rpr, font: str) -> None:
    """Name ``font`` for every script in an ``w:rPr`` and drop theme fonts, which would override it."""
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in _THEME_ATTRS:
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), font)


def _set_size(rpr, size: Pt) -> None:
    half_points = str(int(size.pt * 2))
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            rpr.append(el)
        el.set(qn("w:val"), half_points)


def _first_line_chars(paragraph_format, paragraph_element, chars: int, size: Pt) -> None:
    # firstLineChars is what WPS and Word use to keep "2 characters" right when the font size changes;
    # firstLine is the fallback for renderers that ignore it.
    paragraph_format.first_line_indent = Pt(size.pt * chars)
    ind = paragraph_element.get_or_add_pPr().find(qn("w:ind"))
    if ind is not None:
        ind.set(qn("w:firstLineChars"), str(chars * 100))


class OfficialDocument:
    """A python-docx Document laid out as a Chinese official document; add parts top to bottom."""

    def __init__(self, title_for_properties: str = ""):
        self.document = Document()
        self._h1 = 0
        self._h2 = 0
        self._setup_page()
        self._setup_defaults()
        self._setup_styles()
        self._setup_page_numbers()
        if title_for_properties:
            self.document.core_properties.title = clean_text(title_for_properties)[:250]
        self.document.core_properties.language = "zh-CN"

    # ----- setup ---------------------------------------------------------------------------------------
    def _setup_page(self) -> None:
        section = self.document.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
        section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
        section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
        section.header_distance = Mm(15)
        # The page number sits about 7 mm below the type area.
        section.footer_distance = Mm(22)

    def _setup_defaults(self) -> None:
        styles = self.document.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        set_fonts(rpr, BODY_FONT)
        _set_size(rpr, BODY_SIZE)
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "en-US")
        lang.set(qn("w:eastAsia"), "zh-CN")
        normal = self.document.styles["Normal"]
        set_fonts(normal.element.get_or_add_rPr(), BODY_FONT)
        normal.font.size = BODY_SIZE
        fmt = normal.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = LINE_SPACING
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.widow_control = False

    def _add_style(self, name: str, font: str, size: Pt, spacing: Pt, outline_level: int | None):
        style = self.document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = self.document.styles["Normal"]
        set_fonts(style.element.get_or_add_rPr(), font)
        style.font.size = size
        fmt = style.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = spacing
        fmt.space_before = fmt.space_after = Pt(0)
        if outline_level is not None:
            fmt.keep_with_next = True
            # An outline level puts headings into the navigation pane without the template's blue heading look.
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), str(outline_level))
            style.element.get_or_add_pPr().append(outline)
        return style

    def _setup_styles(self) -> None:
        self._add_style("公文标题", TITLE_FONT, TITLE_SIZE, TITLE_LINE_SPACING, None)
        self._add_style("公文正文", BODY_FONT, BODY_SIZE, LINE_SPACING, None)
        self._add_style("公文一级标题", HEADING1_FONT, BODY_SIZE, LINE_SPACING, 0)
        self._add_style("公文二级标题", HEADING2_FONT, BODY_SIZE, LINE_SPACING, 1)
        self._add_style("公文页码", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE, Pt(18), None)

    def _page_number_paragraph(self, footer, align: WD_ALIGN_PARAGRAPH) -> None:
        paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        paragraph.style = self.document.styles["公文页码"]
        paragraph.alignment = align
        # One character of space on the outer side, as the standard asks.
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            paragraph.paragraph_format.right_indent = PAGE_NUMBER_SIZE
        else:
            paragraph.paragraph_format.left_indent = PAGE_NUMBER_SIZE
        self._run(paragraph, "— ", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE)
        for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
            run = self._run(paragraph, "", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE)
            if kind is not None:
                fld = OxmlElement("w:fldChar")
                fld.set(qn("w:fldCharType"), kind)
                run._r.append(fld)
            elif text == " PAGE ":
                instr = OxmlElement("w:instrText")
                instr.set(qn("xml:space"), "preserve")
                instr.text = text
                run._r.append(instr)
            else:
                run.text = text
        self._run(paragraph, " —", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE)

    def _setup_page_numbers(self) -> None:
        self.document.settings.odd_and_even_pages_header_footer = True
        section = self.document.sections[0]
        section.footer.is_linked_to_previous = False
        self._page_number_paragraph(section.footer, WD_ALIGN_PARAGRAPH.RIGHT)
        section.even_page_footer.is_linked_to_previous = False
        self._page_number_paragraph(section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)

    # ----- building blocks ------------------------------------------------------------------------------
    @staticmethod
    def _run(paragraph, text: str, font: str, size: Pt, bold: bool = False):
        run = paragraph.add_run(clean_text(text))
        rpr = run._r.get_or_add_rPr()
        set_fonts(rpr, font)
        run.font.size = size
        if bold:
            run.font.bold = True
        return run

    def _paragraph(self, style: str):
        return self.document.add_paragraph(style=self.document.styles[style])

    def title(self, text: str) -> None:
        """The title, centred, followed by one blank line; a newline in ``text`` starts a second title line."""
        lines = [line.strip() for line in clean_text(text).split("\n") if line.strip()]
        if len(lines) == 1:
            lines = title_lines(lines[0])
        for line in lines:
            if line:
                p = self._paragraph("公文标题")
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self._run(p, line, TITLE_FONT, TITLE_SIZE)
        self.blank()

    def addressee(self, text: str) -> None:
        """主送机关: flush left, ending with a full-width colon."""
        name = clean_text(text).strip().rstrip(":：")
        p = self._paragraph("公文正文")
        self._run(p, f"{name}：", BODY_FONT, BODY_SIZE)

    def paragraph(self, text: str, lead: str = "") -> None:
        """Body text with a two-character indent; each line of ``text`` becomes its own paragraph.

        ``lead`` (e.g. "联系人：") is written in 仿宋 before the first line.
        """
        lines = [line.strip() for line in clean_text(text).split("\n") if line.strip()] or [""]
        for i, line in enumerate(lines):
            p = self._paragraph("公文正文")
            _first_line_chars(p.paragraph_format, p._p, 2, BODY_SIZE)
            if lead and i == 0:
                self._run(p, lead, BODY_FONT, BODY_SIZE)
            self._run(p, line, BODY_FONT, BODY_SIZE)

    def heading1(self, text: str) -> None:
        """A first-level heading in 黑体, numbered 一、二、… in order of appearance."""
        self._h1 += 1
        self._h2 = 0
        p = self._paragraph("公文一级标题")
        _first_line_chars(p.paragraph_format, p._p, 2, BODY_SIZE)
        self._run(p, f"{chinese_numeral(self._h1)}、{clean_text(text).strip()}", HEADING1_FONT, BODY_SIZE)

    def heading2(self, text: str, body: str = "") -> None:
        """A second-level heading in 楷体 numbered （一）（二）…; ``body`` continues the line in 仿宋."""
        self._h2 += 1
        p = self._paragraph("公文二级标题")
        _first_line_chars(p.paragraph_format, p._p, 2, BODY_SIZE)
        self._run(p, f"（{chinese_numeral(self._h2)}）{clean_text(text).strip()}", HEADING2_FONT, BODY_SIZE)
        body_lines = [line.strip() for line in clean_text(body).split("\n") if line.strip()]
        if body_lines:
            self._run(p, body_lines[0], BODY_FONT, BODY_SIZE)
            for line in body_lines[1:]:
                self.paragraph(line)

    def blank(self) -> None:
        self._paragraph("公文正文")

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """A grid table in 4号仿宋 with a 黑体 header row, spanning the type area."""
        table = self.document.add_table(rows=1, cols=len(headers))
        table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, header in zip(table.rows[0].cells, headers, strict=True):
            self._cell(cell, header, HEADING1_FONT)
        for row in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                self._cell(cell, value, BODY_FONT)
        self._column_widths(table, headers, rows)
        # A row never breaks across pages; the header row repeats on every page the table runs onto.
        for row in table.rows:
            cant_split = OxmlElement("w:cantSplit")
            cant_split.set(qn("w:val"), "true")
            row._tr.get_or_add_trPr().append(cant_split)
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        table.rows[0]._tr.get_or_add_trPr().append(header)

    @staticmethod
    def _column_widths(table, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        # Every header fits on one line first (a 序号 column must not wrap); what is left goes to the columns
        # whose content wants more room, so names and progress notes wrap less.
        padding = 0.8  # cell margins, in characters
        total = (PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT) / (TABLE_SIZE.pt * 12700)
        minimum = [display_width(clean_text(h)) + padding for h in headers]
        wanted = [
            max(m, min(max([display_width(clean_text(r[i])) for r in rows] or [0]), 14) + padding)
            for i, m in enumerate(minimum)
        ]
        if sum(wanted) <= total:
            widths = [w * total / sum(wanted) for w in wanted]
        elif sum(minimum) < total:
            extra = [w - m for w, m in zip(wanted, minimum, strict=True)]
            spare = total - sum(minimum)
            widths = [m + spare * e / sum(extra) for m, e in zip(minimum, extra, strict=True)]
        else:
            widths = [total / len(headers)] * len(headers)
        table.autofit = False
        for i, width in enumerate(widths):
            emu = int(width * TABLE_SIZE.pt * 12700)
            table.columns[i].width = emu
            for cell in table.columns[i].cells:
                cell.width = emu

    def _cell(self, cell, text: str, font: str) -> None:
        lines = [line for line in clean_text(text).split("\n")] or [""]
        first = cell.paragraphs[0]
        for i, line in enumerate(lines):
            p = first if i == 0 else cell.add_paragraph()
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            p.paragraph_format.line_spacing = Pt(20)
            p.paragraph_format.first_line_indent = Pt(0)
            self._run(p, line, font, TABLE_SIZE)

    def signature(self, issuer: str, day: dt.date) -> None:
        """Issuer and date under the text, as GB/T 9704 places them for documents without a seal.

        The issuer stands two characters from the right margin; the date begins two characters to the right of
        the issuer's first character. A date longer than the issuer stays two characters from the margin and
        pushes the issuer left instead.
        """
        issuer = clean_text(issuer).strip()
        date_text = chinese_date(day)
        w_issuer, w_date = display_width(issuer), display_width(date_text)
        right_date = w_issuer - w_date
        right_issuer = 2.0
        if right_date < 2:
            right_date = 2.0
            right_issuer = w_date - w_issuer + 4
        if self.document.paragraphs:
            # The signature never stands alone on a page: the last lines of the text come with it.
            last = self.document.paragraphs[-1].paragraph_format
            last.keep_with_next = True
            last.widow_control = True  # lets a long last paragraph split, two lines going with the signature
        self.blank()
        self.document.paragraphs[-1].paragraph_format.keep_with_next = True
        if issuer:
            p = self._paragraph("公文正文")
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.right_indent = Pt(BODY_SIZE.pt * max(right_issuer, 0))
            self._run(p, issuer, BODY_FONT, BODY_SIZE)
            p.paragraph_format.keep_with_next = True
        p = self._paragraph("公文正文")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = Pt(BODY_SIZE.pt * max(right_date, 0))
        self._run(p, date_text, BODY_FONT, BODY_SIZE)

    # ----- output --------------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    def save(self, path: Path) -> None:
        Path(path).write_bytes(self.to_bytes())
