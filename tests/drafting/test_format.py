"""The official-document layout, read back from the saved file."""

from __future__ import annotations

import datetime as dt

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from drafting.format import OfficialDocument, chinese_date, chinese_numeral, title_lines
from tests.drafting.docx_facts import footer_xml, open_docx, paragraph_fonts


def _sample() -> bytes:
    doc = OfficialDocument("测试")
    doc.title("关于开展招商考察的报告")
    doc.addressee("州人民政府")
    doc.paragraph("正文第一段。")
    doc.heading1("基本情况")
    doc.heading2("走访企业。", "走访了三家企业。")
    doc.signature("湘西自治州商务局", dt.date(2026, 11, 23))
    return doc.to_bytes()


def test_page_is_a4_with_the_standard_margins():
    section = open_docx(_sample()).sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.1)
    assert abs(section.page_height - Mm(297)) < Mm(0.1)
    assert abs(section.top_margin - Mm(37)) < Mm(0.1)
    assert abs(section.bottom_margin - Mm(35)) < Mm(0.1)
    assert abs(section.left_margin - Mm(28)) < Mm(0.1)
    assert abs(section.right_margin - Mm(26)) < Mm(0.1)


def test_title_body_and_headings_carry_their_east_asian_fonts_and_sizes():
    document = open_docx(_sample())
    by_text = {p.text: p for p in document.paragraphs if p.text}
    title = by_text["关于开展招商考察的报告"]
    assert paragraph_fonts(title) == {"方正小标宋简体"}
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert {r.font.size for r in title.runs} == {Pt(22)}
    body = by_text["正文第一段。"]
    assert paragraph_fonts(body) == {"仿宋_GB2312"}
    assert {r.font.size for r in body.runs} == {Pt(16)}
    assert paragraph_fonts(by_text["一、基本情况"]) == {"黑体"}
    assert paragraph_fonts(by_text["（一）走访企业。走访了三家企业。"]) == {"楷体_GB2312", "仿宋_GB2312"}


def test_body_has_one_grid_line_per_line_and_a_two_character_indent():
    document = open_docx(_sample())
    body = next(p for p in document.paragraphs if p.text == "正文第一段。")
    style_format = body.style.paragraph_format
    assert style_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert style_format.line_spacing.twips == 579  # 225 mm / 22 lines
    assert abs(body.paragraph_format.first_line_indent.pt - 2 * 442.2 / 28) < 0.1
    assert body._p.pPr.find(qn("w:ind")).get(qn("w:firstLineChars")) == "200"


def test_fonts_are_written_for_every_script_without_theme_overrides():
    document = open_docx(_sample())
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rfonts = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    for attr in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        assert rfonts.get(qn(attr)) == "仿宋_GB2312"
    assert rfonts.get(qn("w:eastAsiaTheme")) is None
    normal = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert normal.get(qn("w:eastAsia")) == "仿宋_GB2312"


def test_footer_holds_a_page_field_between_dashes_on_odd_and_even_pages():
    document = open_docx(_sample())
    xml = footer_xml(document)
    assert xml.count("PAGE") == 2
    assert "— " in xml and " —" in xml
    assert 'w:eastAsia="宋体"' in xml
    assert document.settings.odd_and_even_pages_header_footer
    assert document.sections[0].footer.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert document.sections[0].even_page_footer.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.LEFT


def test_issuer_and_date_close_the_document_right_aligned_in_chinese_form():
    paragraphs = [p for p in open_docx(_sample()).paragraphs if p.text]
    issuer, date = paragraphs[-2], paragraphs[-1]
    assert (issuer.text, date.text) == ("湘西自治州商务局", "2026年11月23日")
    assert issuer.alignment == date.alignment == WD_ALIGN_PARAGRAPH.RIGHT


def test_chinese_dates_and_numerals_are_written_as_official_documents_write_them():
    assert chinese_date(dt.date(2026, 1, 5)) == "2026年1月5日"
    assert [chinese_numeral(n) for n in (1, 10, 12, 20, 35)] == ["一", "十", "十二", "二十", "三十五"]


def test_a_long_title_breaks_into_two_balanced_lines_at_a_word_boundary():
    lines = title_lines("关于加快推进年产5万吨锰基新材料项目的提醒函")
    assert len(lines) == 2 and "".join(lines) == "关于加快推进年产5万吨锰基新材料项目的提醒函"
    assert not lines[1].startswith("的")
    assert title_lines("关于开展招商考察的报告") == ["关于开展招商考察的报告"]
