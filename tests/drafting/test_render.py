"""The drafts as LibreOffice renders them: pages with the title, the page number, and CJK fonts mapped."""

from __future__ import annotations

import shutil

import pytest
from pypdf import PdfReader

from drafting.kinds import KINDS, draft_document
from drafting.render import render, soffice_path

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        soffice_path() is None or shutil.which("pdftoppm") is None, reason="LibreOffice/poppler absent"
    ),
]


def _fonts(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_renders_to_numbered_pages_in_noto_cjk(kind, tmp_path, corpus_documents):
    draft = draft_document(kind, KINDS[kind].example, corpus_documents)
    docx = tmp_path / f"{kind}.docx"
    docx.write_bytes(draft.content)
    rendered = render(docx, tmp_path / "render", dpi=40)
    reader = PdfReader(rendered.pdf)
    assert len(rendered.pages) == len(reader.pages) >= 1
    assert all(p.stat().st_size > 1000 for p in rendered.pages)
    first = reader.pages[0]
    width_mm, height_mm = float(first.mediabox.width) / 72 * 25.4, float(first.mediabox.height) / 72 * 25.4
    assert round(width_mm) == 210 and round(height_mm) == 297
    text = first.extract_text().replace("\n", "").replace(" ", "")
    assert draft.title[:6] in text
    assert "—1—" in text
    if len(reader.pages) > 1:
        assert "—2—" in reader.pages[1].extract_text().replace(" ", "")
    fonts = _fonts(reader)
    # 仿宋/方正小标宋/楷体 → Noto Serif CJK, 黑体 → Noto Sans CJK through drafting/fonts/fonts.conf
    assert any("NotoSerifCJK" in f for f in fonts)
    assert not any("DejaVu" in f for f in fonts)
