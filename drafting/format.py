"""The one place that knows the official-document layout of GB/T 9704-2012.

A4; margins 37/35/28/26 mm (top/bottom/left/right); a document grid of 28 characters × 22 lines
(``w:docGrid type="linesAndChars"``: line pitch 225 mm / 22, character pitch 156 mm / 28, i.e. a 3号 character
narrowed by ``charSpace``); title 2号 (22 pt) 方正小标宋简体 centred, broken at word boundaries into at most three
lines; body 3号 (16 pt) 仿宋_GB2312, justified (两端对齐), one grid line per line, a two-character first-line
indent; first-level headings 黑体 ("一、"), second-level 楷体_GB2312 ("（一）"); issuer and date under the text
(unsealed: issuer 2 characters from the right; sealed: date 4 characters from the right, issuer centred over
it); an optional 发文字号 and 抄送 block; page numbers "— 1 —" in 4号 宋体, outer-aligned.

Keep-with-next is set only where a page break would strand something: a heading that stands alone on its line,
a "具体如下：" before its table, and the last body paragraph before the signature. Body paragraphs and headings
that carry their own text flow freely, so pages fill.

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
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = Mm(37), Mm(35), Mm(28), Mm(26)

CHARS_PER_LINE, LINES_PER_PAGE = 28, 22  # GB/T 9704-2012 7.1
TYPE_WIDTH_PT = (210 - 28 - 26) / 25.4 * 72  # 442.2 pt
TYPE_HEIGHT_PT = (297 - 37 - 35) / 25.4 * 72  # 637.8 pt
LINE_PITCH_TWIPS = int(TYPE_HEIGHT_PT / LINES_PER_PAGE * 20)  # 579
CHAR_PITCH_PT = TYPE_WIDTH_PT / CHARS_PER_LINE  # 15.79 pt
# charSpace: 1/4096 pt added to the body font size to give the grid's character pitch; rounded down so that
# 28 characters always fit the line.
CHAR_SPACE = int((CHAR_PITCH_PT - 16) * 4096) - 1  # -849
LINE_SPACING = Pt(LINE_PITCH_TWIPS / 20)  # 28.95 pt: exactly one grid line
# LibreOffice gives a glyph wider than a grid cell two cells; a 3号 glyph (16 pt) is 0.2 pt wider than the
# 15.79 pt cell, so body glyphs are drawn at 98 % width (15.68 pt). Word and WPS put them on the grid either way.
GLYPH_WIDTH_PERCENT = 98
TITLE_LINE_SPACING = Pt(35)

TITLE_LINE_CHARS = 20  # 156 mm type area / 22 pt characters
CLOSING_CHARS = 6  # 特此函告。/ 特此报告。: a closing formula, not a paragraph of text
TITLE_MAX_LINES = 3
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


def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def title_lines(title: str, keep: Sequence[str] = ()) -> list[str]:
    """Break a title too long for one line into balanced lines (at most three) at word boundaries.

    GB/T 9704 asks for multi-line titles arranged as a trapezoid or diamond without breaking a word. Breaks
    fall between jieba words, never inside a name listed in ``keep`` (the company, the project) unless that name
    alone is longer than a line, never before 的/和/、 or a closing mark. Among the breaks with the fewest
    lines, the most even one wins.
    """
    width = display_width(title)
    if width <= TITLE_LINE_CHARS or width > TITLE_MAX_LINES * TITLE_LINE_CHARS:
        return [title]  # one line, or too long for three: the renderer wraps it
    positions, position = set(), 0
    for word in _jieba().lcut(title, HMM=False):
        position += len(word)
        positions.add(position)
    positions.discard(len(title))
    protected: set[int] = set()
    for name in keep:
        if not name or display_width(name) > TITLE_LINE_CHARS:
            continue
        start = title.find(name)
        while start >= 0:
            protected.update(range(start + 1, start + len(name)))
            start = title.find(name, start + 1)

    def allowed(cut: int) -> bool:
        head, tail = title[:cut], title[cut:]
        return not (tail[0] in _NO_LINE_START or (head[-1].isascii() and tail[0].isascii()))

    cuts = sorted(c for c in positions if c not in protected and allowed(c))
    if not cuts:
        cuts = sorted(c for c in positions if allowed(c))
    best: tuple[tuple[int, float], list[str]] | None = None

    def consider(lines: list[str]) -> None:
        nonlocal best
        widths = [display_width(line) for line in lines]
        if max(widths) > TITLE_LINE_CHARS:
            return
        score = (len(lines), max(widths) - min(widths))
        if best is None or score < best[0]:
            best = (score, lines)

    for i, a in enumerate(cuts):
        consider([title[:a], title[a:]])
        for b in cuts[i + 1 :]:
            consider([title[:a], title[a:b], title[b:]])
    if best is None:
        return [title]  # no break at a word boundary fits: the renderer wraps it
    return best[1][:TITLE_MAX_LINES]


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


# The order of w:pPr children the schema prescribes (python-docx keeps it private); Word rejects other orders.
_PPR_ORDER = tuple(qn(f"w:{t}") for t in ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"])  # fmt: skip


def _insert_ppr(ppr, element) -> None:
    """Put ``element`` into a ``w:pPr`` in schema order, replacing one of the same kind."""
    existing = ppr.find(element.tag)
    if existing is not None:
        ppr.remove(existing)
    later = set(_PPR_ORDER[_PPR_ORDER.index(element.tag) + 1 :])
    for index, child in enumerate(ppr):
        if child.tag in later:
            ppr.insert(index, element)
            return
    ppr.append(element)


def _off_grid(ppr) -> None:
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    _insert_ppr(ppr, snap)


def _right_chars(paragraph, chars: float) -> None:
    # rightChars keeps "n characters" right in Word/WPS on the grid; the point value is the fallback.
    paragraph.paragraph_format.right_indent = Pt(CHAR_PITCH_PT * max(chars, 0))
    ind = paragraph._p.get_or_add_pPr().find(qn("w:ind"))
    if ind is not None:
        ind.set(qn("w:rightChars"), str(int(round(max(chars, 0) * 100))))


def _rules(paragraph) -> None:
    borders = OxmlElement("w:pBdr")
    for edge in ("top", "bottom"):
        rule = OxmlElement(f"w:{edge}")
        rule.set(qn("w:val"), "single")
        rule.set(qn("w:sz"), "4")
        rule.set(qn("w:space"), "1")
        rule.set(qn("w:color"), "000000")
        borders.append(rule)
    _insert_ppr(paragraph._p.get_or_add_pPr(), borders)


def _keep_with_next(paragraph, keep: bool) -> None:
    paragraph.paragraph_format.keep_with_next = keep


def _first_line_chars(paragraph_format, paragraph_element, chars: int, size: Pt) -> None:
    # firstLineChars is what WPS and Word use to keep "2 characters" right when the font size changes;
    # firstLine is the fallback for renderers that ignore it.
    paragraph_format.first_line_indent = Pt(CHAR_PITCH_PT * chars if size == BODY_SIZE else size.pt * chars)
    ind = paragraph_element.get_or_add_pPr().find(qn("w:ind"))
    if ind is not None:
        ind.set(qn("w:firstLineChars"), str(chars * 100))


class OfficialDocument:
    """A python-docx Document laid out as a Chinese official document; add parts top to bottom."""

    _blank: bytes | None = None  # the empty laid-out document, built once per process

    def __init__(self, title_for_properties: str = "", author: str = ""):
        self._styles: dict[str, object] = {}
        self._h1 = 0
        self._h2 = 0
        # Page, styles and footers are the same for every document: a batch of fifty letters reopens one
        # prepared package instead of laying it out fifty times (about 40 % of a letter's time).
        if OfficialDocument._blank is None:
            self.document = Document()
            self._setup_page()
            self._setup_defaults()
            self._setup_styles()
            self._setup_page_numbers()
            OfficialDocument._blank = self.to_bytes()
        self.document = Document(io.BytesIO(OfficialDocument._blank))
        self._setup_properties(clean_text(title_for_properties)[:250], clean_text(author).strip()[:250])

    # ----- setup ---------------------------------------------------------------------------------------
    def _setup_properties(self, title: str, author: str) -> None:
        # python-docx's template says author "python-docx", created 2013, and carries a keyword list of its own.
        props = self.document.core_properties
        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        props.title = title
        props.author = author
        props.last_modified_by = author
        props.created = props.modified = now
        props.language = "zh-CN"
        props.revision = 1
        props.subject = props.keywords = props.comments = props.category = ""
        props.content_status = ""
        props.identifier = ""
        props.version = ""

    def _setup_page(self) -> None:
        section = self.document.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
        section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
        section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
        section.header_distance = Mm(15)
        # The page number sits about 7 mm below the type area.
        section.footer_distance = Mm(22)
        sect_pr = section._sectPr
        grid = sect_pr.find(qn("w:docGrid"))
        if grid is None:
            grid = OxmlElement("w:docGrid")
            sect_pr.append(grid)
        grid.set(qn("w:type"), "linesAndChars")
        grid.set(qn("w:linePitch"), str(LINE_PITCH_TWIPS))
        grid.set(qn("w:charSpace"), str(CHAR_SPACE))

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
        scale = OxmlElement("w:w")
        scale.set(qn("w:val"), str(GLYPH_WIDTH_PERCENT))
        rpr = normal.element.get_or_add_rPr()
        later = {
            qn(f"w:{t}")
            for t in [
                "kern",
                "position",
                "sz",
                "szCs",
                "highlight",
                "u",
                "effect",
                "bdr",
                "shd",
                "fitText",
                "vertAlign",
                "rtl",
                "cs",
                "em",
                "lang",
                "eastAsianLayout",
                "specVanish",
                "oMath",
            ]
        }
        index = next((i for i, child in enumerate(rpr) if child.tag in later), len(rpr))
        rpr.insert(index, scale)
        normal.font.size = BODY_SIZE
        fmt = normal.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = LINE_SPACING
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.widow_control = False
        fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        # The template was saved by a Japanese Word: its styles and theme language say ja-JP.
        for part in (self.document.styles.element, self.document.settings.element):
            for tag in ("w:lang", "w:themeFontLang"):
                for lang in part.iter(qn(tag)):
                    if lang.get(qn("w:eastAsia")):
                        lang.set(qn("w:eastAsia"), "zh-CN")

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
            # An outline level puts headings into the navigation pane without the template's blue heading look.
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), str(outline_level))
            _insert_ppr(style.element.get_or_add_pPr(), outline)
        return style

    def _setup_styles(self) -> None:
        title = self._add_style("公文标题", TITLE_FONT, TITLE_SIZE, TITLE_LINE_SPACING, None)
        # A 2号 character would take two grid cells: the title and the page number sit off the grid.
        _off_grid(title.element.get_or_add_pPr())
        self._add_style("公文正文", BODY_FONT, BODY_SIZE, LINE_SPACING, None)
        self._add_style("公文一级标题", HEADING1_FONT, BODY_SIZE, LINE_SPACING, 0)
        self._add_style("公文二级标题", HEADING2_FONT, BODY_SIZE, LINE_SPACING, 1)
        _off_grid(
            self._add_style(
                "公文页码", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE, Pt(18), None
            ).element.get_or_add_pPr()
        )
        copy = self._add_style("公文版记", BODY_FONT, PAGE_NUMBER_SIZE, LINE_SPACING, None)
        _off_grid(copy.element.get_or_add_pPr())

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
        # Looking a style up by name walks every style of the document: fifty letters paid ~1 s for it.
        if style not in self._styles:
            self._styles[style] = self.document.styles[style]
        return self.document.add_paragraph(style=self._styles[style])

    def doc_number(self, text: str, align_right: bool = False) -> None:
        """发文字号 (州商务函〔2026〕12号) above the title: centred, or flush right for a letter (信函格式)."""
        number = clean_text(text).strip()
        if not number:
            return
        p = self._paragraph("公文正文")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align_right else WD_ALIGN_PARAGRAPH.CENTER
        self._run(p, number, BODY_FONT, BODY_SIZE)
        self.blank()

    def title(self, text: str, keep: Sequence[str] = ()) -> None:
        """The title, centred, followed by one blank line; a newline in ``text`` starts another title line.

        ``keep``: names a line break must not split (the company, the project).
        """
        lines = [line.strip() for line in clean_text(text).split("\n") if line.strip()]
        if len(lines) == 1:
            lines = title_lines(lines[0], keep)
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

    def paragraph(self, text: str, lead: str = "", keep_with_next: bool = False) -> None:
        """Body text with a two-character indent; each line of ``text`` becomes its own paragraph.

        ``lead`` (e.g. "联系人：") is written in 仿宋 before the first line. ``keep_with_next``: the last line
        stays on the page of what follows (a "具体如下：" before its table).
        """
        lines = [line.strip() for line in clean_text(text).split("\n") if line.strip()] or [""]
        for i, line in enumerate(lines):
            p = self._paragraph("公文正文")
            _first_line_chars(p.paragraph_format, p._p, 2, BODY_SIZE)
            if lead and i == 0:
                self._run(p, lead, BODY_FONT, BODY_SIZE)
            self._run(p, line, BODY_FONT, BODY_SIZE)
            if keep_with_next and i == len(lines) - 1:
                _keep_with_next(p, True)

    def heading1(self, text: str) -> None:
        """A first-level heading in 黑体, numbered 一、二、… in order of appearance."""
        self._h1 += 1
        self._h2 = 0
        p = self._paragraph("公文一级标题")
        _first_line_chars(p.paragraph_format, p._p, 2, BODY_SIZE)
        self._run(p, f"{chinese_numeral(self._h1)}、{clean_text(text).strip()}", HEADING1_FONT, BODY_SIZE)
        _keep_with_next(p, True)  # a heading alone on its line never ends a page

    def heading2(self, text: str, body: str = "") -> None:
        """A second-level heading in 楷体 numbered （一）（二）…; ``body`` continues the line in 仿宋."""
        self._h2 += 1
        p = self._paragraph("公文二级标题")
        _first_line_chars(p.paragraph_format, p._p, 2, BODY_SIZE)
        self._run(p, f"（{chinese_numeral(self._h2)}）{clean_text(text).strip()}", HEADING2_FONT, BODY_SIZE)
        body_lines = [line.strip() for line in clean_text(body).split("\n") if line.strip()]
        # Only a heading that stands alone is kept with the next paragraph; one that carries text flows.
        _keep_with_next(p, not body_lines)
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
            # Narrow cells wrap after a few characters: justified, a date would be spread over the line.
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if font == HEADING1_FONT else WD_ALIGN_PARAGRAPH.LEFT
            _off_grid(p._p.get_or_add_pPr())
            self._run(p, line, font, TABLE_SIZE)

    def signature(self, issuer: str, day: dt.date, sealed: bool = False) -> None:
        """Issuer and date under the text, one blank line below it (GB/T 9704 7.3.5).

        Unsealed: the issuer stands two characters from the right margin and the date begins two characters
        right of the issuer's first character (a date longer than the issuer stays two characters from the
        margin and pushes the issuer left). Sealed: the date stands four characters from the right margin and
        the issuer is centred over it. The last body paragraph is kept with the signature, never more.
        """
        issuer = clean_text(issuer).strip()
        date_text = chinese_date(day)
        w_issuer, w_date = display_width(issuer), display_width(date_text)
        if sealed:
            right_date = 4.0
            right_issuer = max(0.0, 4.0 + (w_date - w_issuer) / 2)
        else:
            right_date = w_issuer - w_date
            right_issuer = 2.0
            if right_date < 2:
                right_date = 2.0
                right_issuer = w_date - w_issuer + 4
        paragraphs = self.document.paragraphs
        if paragraphs:
            # The signature never stands alone on a page: the last paragraph comes with it. A closing formula
            # (特此函告。) is not text enough, so a short paragraph before it (the contact line) comes too; a long
            # one would be carried whole to the next page by LibreOffice, leaving a gap behind.
            tail = paragraphs[-1:]
            if (
                len(paragraphs) > 1
                and len(paragraphs[-1].text) <= CLOSING_CHARS
                and display_width(paragraphs[-2].text) <= 2 * CHARS_PER_LINE - 2
            ):
                tail = paragraphs[-2:]
            for paragraph in tail:
                paragraph.paragraph_format.keep_with_next = True
                paragraph.paragraph_format.widow_control = True
        self.blank()
        self.document.paragraphs[-1].paragraph_format.keep_with_next = True
        if issuer:
            p = self._paragraph("公文正文")
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _right_chars(p, right_issuer)
            self._run(p, issuer, BODY_FONT, BODY_SIZE)
            p.paragraph_format.keep_with_next = True
        p = self._paragraph("公文正文")
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _right_chars(p, right_date)
        self._run(p, date_text, BODY_FONT, BODY_SIZE)

    def copy_to(self, organs: str) -> None:
        """The 抄送 block of the 版记: 4号 仿宋, a character in from each side, between two thin rules."""
        text = clean_text(organs).strip().rstrip("。.")
        if not text:
            return
        self.blank()
        p = self._paragraph("公文版记")
        fmt = p.paragraph_format
        fmt.left_indent = fmt.right_indent = PAGE_NUMBER_SIZE
        fmt.keep_together = True
        _rules(p)
        self._run(p, f"抄送：{text}。", BODY_FONT, PAGE_NUMBER_SIZE)

    # ----- output --------------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    def save(self, path: Path) -> None:
        Path(path).write_bytes(self.to_bytes())
