"""Loaders: .txt/.md, .html, .docx (paragraphs and tables in reading order) and .pdf (text layer) to blocks."""

from __future__ import annotations

import contextlib
import io
import re
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePath

from corpus.blocks import Block, Paragraph, Table
from corpus.clean import RECORD_FIELDS
from corpus.convert import LEGACY_FORMATS, LEGACY_WORD_SUFFIXES, legacy_to_docx
from corpus.decode import decode_text, looks_binary
from corpus.errors import DocumentTooLarge, LimitExceeded, UnreadableDocument, UnsupportedFileType
from corpus.reflow import (
    drop_page_furniture,
    is_page_number,
    join_open_brackets,
    looks_wrapped,
    margin_numbers,
    reflow,
    set_typeset_right,
    split_pages,
    split_run_on_paragraphs,
)
from corpus.sheets import load_xlsx
from corpus.text import DOCUMENT_SUFFIXES as SUPPORTED_SUFFIXES
from corpus.text import HTML_SUFFIXES, SHEET_SUFFIXES, TEXT_SUFFIXES
from corpus.units import join_cell_lines

MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # a .docx that inflates past this is refused (zip bomb)
# Word's XML compresses about 5-20x; a small upload that inflates by hundreds is a bomb even below the cap
# above (40 MB of paragraphs from a 155 KB file took 19 s and 1 GB to parse).
MAX_INFLATION = 100
INFLATION_CHECKED_ABOVE = 8 * 1024 * 1024
MAX_TABLE_DEPTH = 4  # tables nested deeper are read as plain text


@dataclass(frozen=True)
class ReadLimits:
    """What one document may become; checked while it is read, so a huge one stops early and cheaply.

    The defaults hold the largest real plan seen (~6,000 tasks, ~0.6 M characters) several times over.
    """

    max_chars: int = 5_000_000
    max_table_cells: int = 300_000
    max_tasks: int = 30_000


@dataclass
class Reading:
    """The running count of one document's reading against its limits, and which part is being read."""

    limits: ReadLimits = field(default_factory=ReadLimits)
    on_part: Callable[[str], None] | None = None
    chars: int = 0
    cells: int = 0
    part: str = "开始读取"

    def at(self, part: str) -> None:
        self.part = part
        if self.on_part is not None:
            self.on_part(part)

    def add_chars(self, count: int) -> None:
        self.chars += count
        if self.chars > self.limits.max_chars:
            raise LimitExceeded(
                f"文档文字超过 {self.limits.max_chars:,} 字的上限（读到{self.part}时已超出），已拒绝。"
                "请拆分文件后再导入，或由管理员调整 PA_MAX_DOCUMENT_CHARS。",
                limit="max_chars",
                part=self.part,
            )

    def add_cells(self, count: int) -> None:
        self.cells += count
        if self.cells > self.limits.max_table_cells:
            raise LimitExceeded(
                f"文档表格单元格超过 {self.limits.max_table_cells:,} 个的上限（读到{self.part}时已超出），已拒绝。"
                "请拆分文件后再导入，或由管理员调整 PA_MAX_TABLE_CELLS。",
                limit="max_table_cells",
                part=self.part,
            )


# Per thread: documents parsed in-process by several threads (tests, benches) keep separate counts.
_state = threading.local()


def _current() -> Reading:
    """The count of the document being read on this thread."""
    now = getattr(_state, "reading", None)
    if now is None:
        now = _state.reading = Reading()
    return now


@contextlib.contextmanager
def reading(limits: ReadLimits, on_part: Callable[[str], None] | None = None) -> Iterator[Reading]:
    """Read the documents parsed inside this block against ``limits`` (the parse worker sets it per file)."""
    previous = getattr(_state, "reading", None)
    _state.reading = Reading(limits, on_part)
    try:
        yield _state.reading
    finally:
        _state.reading = previous


def _fresh() -> Reading:
    """Start counting a new document under this thread's limits."""
    now = _current()
    _state.reading = Reading(now.limits, now.on_part)
    return _state.reading


_TAB_HEADER_WORDS = (
    "单位",
    "任务",
    "举措",
    "措施",
    "要点",
    "目标",
    "内容",
    "序号",
    "时限",
    "时间",
    "指标",
    "事项",
)


def load_blocks(name: str, data: bytes) -> list[Block]:
    """Read a document's bytes into blocks, choosing the reader by content first and extension second."""
    blocks = _load_blocks(name, data)
    _current().at("条款识别与任务抽取（原文已读完）")
    return blocks


def _load_blocks(name: str, data: bytes) -> list[Block]:
    suffix = PurePath(name).suffix.lower()
    _fresh()
    if not data or not data.strip():
        raise UnreadableDocument("文件为空，没有可读的内容。")
    if suffix in LEGACY_WORD_SUFFIXES:
        target = "." + LEGACY_FORMATS[suffix]
        _current().at(f"转换为 {target}（LibreOffice）")
        data, suffix = legacy_to_docx(name, data), target
    if data.startswith(b"PK\x03\x04"):
        if suffix in SHEET_SUFFIXES or (not suffix and _zip_holds(data, "xl/workbook.xml")):
            _check_zip(data, "xl/workbook.xml", "Excel 表格")
            now = _current()
            now.at("表格")
            return load_xlsx(data, now.add_chars, now.add_cells)
        if suffix not in {".docx", ""} and suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
            raise UnsupportedFileType(f"不支持的文件类型“{suffix}”。")
        return load_docx(data)
    if data.startswith(b"%PDF"):
        return load_pdf(data)
    if suffix == ".docx":
        raise UnreadableDocument("这个 .docx 文件已损坏或并非 Word 文档，无法打开。")
    if suffix == ".pdf":
        raise UnreadableDocument("这个 .pdf 文件已损坏或并非 PDF 文档，无法打开。")
    if suffix in SHEET_SUFFIXES:
        raise UnreadableDocument(f"这个 {suffix} 文件已损坏或并非 Excel 表格，无法打开。")
    if suffix not in SUPPORTED_SUFFIXES and suffix:
        raise UnsupportedFileType(
            f"不支持的文件类型“{suffix}”。支持：txt、md、html、docx、doc、wps、pdf、xlsx、xls、et。"
        )
    if looks_binary(data):
        raise UnreadableDocument("这不是文本文件（含有二进制内容），无法作为政策文件读取。")
    _current().at("文本解码")
    title, fields, text = _front_matter(decode_text(data))
    if suffix in HTML_SUFFIXES or (
        not suffix and re.search(r"<(html|body|p|div|table)\b", text[:4000], re.I)
    ):
        blocks = load_html(text)
    elif suffix in {".md", ".markdown"}:
        blocks = load_markdown(text)
    else:
        blocks = load_plain_text(text)
    if title and not any(title in getattr(b, "text", "") for b in blocks[:40]):
        # The site's name for the page stands for the title only when the body prints none.
        blocks.insert(0, Paragraph(title))
    # The header's record of who issued it ("office: 兰州市人民代表大会常务委员会") reads as the page's record.
    return [Paragraph(f"{label}：{value}") for label, value in fields] + blocks


# A site generator's header ("---\nlayout: default\ntitle: …\n---"): page settings, not the document.
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n((?:[A-Za-z_][\w-]*[ \t]*:.*\r?\n){1,30})---[ \t]*\r?\n")


# Header keys naming a record field, and the label the page record uses for it.
_FRONT_MATTER_FIELDS = {key: RECORD_FIELDS[key] for key in ("office", "issuer", "doc_number")}


def _front_matter(text: str) -> tuple[str, list[tuple[str, str]], str]:
    """(the header's title, its record fields as (label, value), the text without the header); ("", [], text)
    when there is none."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return "", [], text
    values = {
        m.group(1).lower(): m.group(2).strip()
        for m in re.finditer(
            r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*[\"']?(.*?)[\"']?[ \t]*\r?$", match.group(1), re.M
        )
    }
    fields = [(label, values[key]) for key, label in _FRONT_MATTER_FIELDS.items() if values.get(key)]
    return values.get("title", ""), fields, text[match.end() :]


# --- plain text ---------------------------------------------------------------------------------


def load_plain_text(text: str) -> list[Block]:
    """Lines become paragraphs; runs of tab-led lines that form a table with a header become a Table.

    Web pages copied as text keep table cells as lines that start with a tab, one row per blank-line-separated
    group; a line without the tab continues the cell above (a wrapped cell).
    """
    _current().at("正文")
    _current().add_chars(len(text))
    lines = _unpaged(split_run_on_paragraphs(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")))
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        if lines[i].startswith("\t"):
            j = i
            while j < len(lines) and (
                lines[j].startswith("\t") or not lines[j].strip() or _continues(lines, j)
            ):
                j += 1
            rows = _tab_rows(lines[i:j])
            if _is_table(rows):
                blocks.append(Table(tuple(rows)))
            else:
                blocks.extend(Paragraph(line) for line in lines[i:j] if line.strip())
            i = j
            continue
        if lines[i].strip():
            blocks.append(Paragraph(lines[i]))
        i += 1
    return blocks


def _unpaged(lines: list[str]) -> list[str]:
    """Text saved from a PDF or a print layout: page numbers and running headers dropped, wrapped lines
    joined; text written one paragraph per line (or holding tab-led table rows) is left as it is."""
    if any(line.startswith("\t") for line in lines):
        return lines
    from corpus.structure import starts_numbered_item

    lines = set_typeset_right(lines)
    paged = any("\f" in line or is_page_number(line) for line in lines)
    if not paged and _blank_line_paragraphs(lines):
        return lines
    kept = drop_page_furniture(split_pages(lines)) if paged else [ln.strip() for ln in lines if ln.strip()]
    numbered = margin_numbers(kept, starts_numbered_item)
    if not looks_wrapped(numbered):
        joined = join_open_brackets(numbered, starts_numbered_item)
        return joined if paged or joined != kept else lines
    return reflow(numbered, starts_numbered_item)


def _blank_line_paragraphs(lines: list[str]) -> bool:
    """Text written one paragraph per line with a blank line after each (a page saved as text or markdown):
    its lines are paragraphs whatever their lengths, never a page's wrapped lines."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    parted = sum(1 for i in filled if i + 1 >= len(lines) or not lines[i + 1].strip())
    return len(filled) >= 4 and parted >= 0.8 * len(filled)


def _continues(lines: list[str], j: int) -> bool:
    """A non-tab line directly after a tab line (no blank between) is a wrapped cell, if short."""
    return j > 0 and lines[j - 1].startswith("\t") and len(lines[j].strip()) <= 12 and bool(lines[j].strip())


def _tab_rows(lines: list[str]) -> list[tuple[str | None, ...]]:
    """Cells of tab-led rows; an empty cell in such a dump is what is left of a vertical merge."""
    rows: list[tuple[str | None, ...]] = []
    cells: list[str] = []
    for line in [*lines, ""]:
        if not line.strip() and not line.startswith("\t"):
            if any(c.strip() for c in cells):
                rows.append(tuple(c.strip() or None for c in cells))
            cells = []
        elif line.startswith("\t"):
            cells.append(line[1:])
        elif cells:
            cells[-1] += line.strip()
    return rows


def _is_table(rows: list[tuple[str | None, ...]]) -> bool:
    multi = [r for r in rows if len(r) >= 2]
    if len(multi) < 2:
        return False
    return any(
        len(r) >= 2
        and all(len(c) <= 10 for c in r)
        and sum(any(w in c for w in _TAB_HEADER_WORDS) for c in r) >= 2
        for r in rows
    )


def load_markdown(text: str) -> list[Block]:
    """Markdown: '#' headings become lines, pipe tables become tables."""
    _current().at("正文")
    _current().add_chars(len(text))
    blocks: list[Block] = []
    table: list[tuple[str, ...]] = []
    lines = text.replace("\r\n", "\n").split("\n")
    if not any(line.strip().startswith("|") for line in lines):
        # A text layer saved as .md: page numbers, wrapped lines and typesetting, as in plain text.
        lines = _unpaged(lines)
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = tuple(c.strip() for c in stripped.strip("|").split("|"))
            if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                table.append(cells)
            continue
        if table:
            blocks.append(Table(tuple(table)))
            table = []
        stripped = re.sub(r"^#{1,6}\s*", "", stripped)
        stripped = re.sub(r"\*\*(.+?)\*\*", r"\1", stripped)
        if stripped:
            blocks.append(Paragraph(stripped))
    if table:
        blocks.append(Table(tuple(table)))
    return blocks


# --- html ---------------------------------------------------------------------------------------

_HTML_BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "br",
    "dd",
    "dt",
}
_HTML_DROP_TAGS = {
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "form",
    "button",
    "iframe",
    "select",
}


def load_html(text: str) -> list[Block]:
    import lxml.html

    _current().at("网页正文")
    _current().add_chars(len(text) // 4)  # markup included: a page is refused long before its tree is built
    try:
        root = lxml.html.fromstring(text)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise UnreadableDocument(f"网页文件无法解析：{exc}") from exc
    for bad in root.xpath("//" + " | //".join(sorted(_HTML_DROP_TAGS))):
        bad.drop_tree()
    blocks: list[Block] = _page_title(root)
    _walk_html(root, blocks, depth=0)
    return blocks


def _page_title(root) -> list[Block]:
    """The <title> is the site's name for the page ("…的通知_省政府文件_某某省人民政府门户网站"): dropped when the
    body prints the document's title, else its first part stands for the title."""
    titles = root.xpath("//title")
    name = _norm_space(titles[0].text_content()) if titles else ""
    for node in titles:
        node.drop_tree()
    name = re.split(r"\s*(?:_|\||｜|--|－|—\s)\s*", name, maxsplit=1)[0].strip()
    if not name or _printed_as_a_line(root, name):
        return []
    return [Paragraph(name)]


def _printed_as_a_line(root, name: str) -> bool:
    """The body prints ``name`` in a line of its own (a heading, a caption that names it in full), not only inside
    a sentence ("经省政府同意,现将《安徽省有效投资专项行动方案(2025)》印发给你们")."""
    if name not in _norm_space(root.text_content()):
        return False
    for node in root.iter():
        if not isinstance(node.tag, str) or node.tag in ("html", "body"):
            continue
        line = _norm_space(node.text_content())
        if name in line and len(line) <= 80 and not re.search(r"[，,。；;]", line):
            return True
    return False


def _walk_html(node, blocks: list[Block], depth: int) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag == "table" and _is_layout_table(node):
        # A page-layout table (cells wrapping the page's paragraphs or tables, as on gov.cn): read it as
        # running text, a row's short cells ("发文机关：" "国务院") as one line.
        for tr in node.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"):
            short: list[str] = []
            for td in tr.xpath("./td | ./th"):
                if _holds_blocks(td):
                    if short:
                        blocks.append(Paragraph(" ".join(short)))
                        short = []
                    _walk_html(td, blocks, depth)
                elif line := _norm_space(td.text_content()):
                    short.append(line)
            if short:
                blocks.append(Paragraph(" ".join(short)))
        return
    if tag == "table" and depth < MAX_TABLE_DEPTH:
        # A <caption> is the table's title ("…考核细则"), printed above it.
        blocks.extend(
            Paragraph(line) for c in node.xpath("./caption") if (line := _norm_space(c.text_content()))
        )
        rows = []
        pending: dict[int, int] = {}  # column -> rows still covered by a rowspan above
        for tr in node.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"):
            cells: list[str | None] = []
            tds = tr.xpath("./td | ./th")
            _current().add_cells(sum(_span(td.get("colspan")) for td in tds))
            for td in tds:
                while pending.get(len(cells), 0) > 0:
                    pending[len(cells)] -= 1
                    cells.append(None)
                column = len(cells)
                cells.append(_html_cell_text(td))
                cells.extend([""] * (_span(td.get("colspan")) - 1))
                if _span(td.get("rowspan")) > 1:
                    pending[column] = _span(td.get("rowspan")) - 1
            while pending.get(len(cells), 0) > 0:
                pending[len(cells)] -= 1
                cells.append(None)
            if any(cells):
                rows.append(tuple(cells))
        if rows:
            blocks.append(Table(tuple(rows)))
        return
    has_block_child = any(
        isinstance(d.tag, str) and (d.tag in _HTML_BLOCK_TAGS or d.tag == "table") and d.tag != "br"
        for d in node.iterdescendants()
    )
    if not has_block_child:
        blocks.extend(Paragraph(line) for line in _br_lines(node))
        return
    if node.text and node.text.strip():
        blocks.append(Paragraph(_norm_space(node.text)))
    for child in node:
        if isinstance(child.tag, str):
            _walk_html(child, blocks, depth + (1 if tag == "table" else 0))
        if child.tail and child.tail.strip():
            blocks.append(Paragraph(_norm_space(child.tail)))


def _br_lines(node) -> list[str]:
    """The lines of a run of inline text parted only by <br> (portals that print a whole document in one
    <font> or <div>): the <span>/<font> pieces of one line stay one line, and a line the page broke after a
    comma runs on into the next (it is one sentence)."""
    from corpus.structure import starts_numbered_item

    for br in node.iter("br"):
        br.tail = _CELL_BREAK + (br.tail or "")
    lines: list[str] = []
    for piece in node.text_content().split(_CELL_BREAK):
        line = _norm_space(piece)
        if lines and line and lines[-1][-1] in "，、," and not starts_numbered_item(line):
            lines[-1] += line
        elif line:
            lines.append(line)
    return lines


# A cell holding this many paragraphs, or this much text, is a page region, not a table cell.
_PAGE_CELL_BLOCKS = 8
_PAGE_CELL_CHARS = 2000


def _is_layout_table(node) -> bool:
    """A table that lays out a page rather than tabulating: one cell per row wrapping paragraphs, or any cell
    wrapping a table of its own or a page's worth of paragraphs (gov.cn's content column beside a sidebar)."""
    rows = node.xpath("./tr | ./thead/tr | ./tbody/tr")
    if not rows:
        return False
    if all(len(tr.xpath("./td | ./th")) <= 1 for tr in rows) and node.xpath(
        "./tr/td/p | ./tbody/tr/td/p | ./tr/td/div | ./tbody/tr/td/div | .//td/table"
    ):
        return True
    cells = node.xpath("./tr/td | ./tbody/tr/td | ./thead/tr/td | ./tr/th | ./tbody/tr/th")
    return any(
        cell.xpath(".//table")
        or len(cell.xpath(".//p | .//div | .//li")) >= _PAGE_CELL_BLOCKS
        or len(cell.text_content()) > _PAGE_CELL_CHARS
        for cell in cells
    )


def _holds_blocks(cell) -> bool:
    return any(
        isinstance(d.tag, str) and (d.tag in _HTML_BLOCK_TAGS or d.tag == "table")
        for d in cell.iterdescendants()
    )


def _span(value: str | None) -> int:
    """A colspan / gridSpan as written; anything that is not a small whole number counts as 1."""
    try:
        return max(1, min(50, int(str(value or 1).strip())))
    except (ValueError, TypeError):
        return 1


_CELL_BREAK = "\ue000"  # a private-use character: lxml refuses control characters in text


def _html_cell_text(td) -> str:
    """A cell's text; lines parted by <br> or <p> are joined as the page shows them (see join_cell_lines)."""
    for node in td.iter("br", "p", "div", "li"):
        node.tail = _CELL_BREAK + (node.tail or "")
    lines: list[str] = []
    separators: list[str] = []
    spaced = False  # whitespace in the source since the last text: the page showed a space there
    for piece in td.text_content().split(_CELL_BREAK):
        text = _norm_space(piece)
        if lines and text:
            separators.append(" " if spaced or re.match(r"\s", piece) else "")
        if text:
            lines.append(text)
            spaced = bool(re.search(r"\s$", piece))
        elif piece:
            spaced = True
    return join_cell_lines(lines, separators)


def _norm_space(text: str) -> str:
    return re.sub(r"[ \t\r\n\u00a0\u3000]+", " ", text).strip()


# --- docx ---------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _zip_holds(data: bytes, member: str) -> bool:
    try:
        return member in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return False


def _check_zip(data: bytes, member: str = "word/document.xml", kind: str = "Word 文档") -> None:
    """An Office file (a zip) that inflates within bounds and holds ``member``."""
    extension = ".docx" if member.startswith("word/") else ".xlsx"
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise UnreadableDocument(f"这个 {extension} 文件已损坏，无法打开。") from exc
    total = sum(info.file_size for info in archive.infolist())
    if total > INFLATION_CHECKED_ABOVE and total > MAX_INFLATION * max(1, len(data)):
        raise DocumentTooLarge(
            f"这个 {extension} 只有 {max(1, len(data) // 1024)} KB，解压后却有 {total // (1024 * 1024)} MB，"
            "疑似压缩炸弹，已拒绝。"
        )
    if total > MAX_UNZIPPED_BYTES:
        raise DocumentTooLarge(
            f"这个 {extension} 解压后有 {total // (1024 * 1024)} MB，超过上限 {MAX_UNZIPPED_BYTES // (1024 * 1024)} MB，"
            "疑似压缩炸弹，已拒绝。"
        )
    if member not in archive.namelist():
        raise UnreadableDocument(f"这个压缩文件不是 {kind}（缺少 {member}）。")


def load_docx(data: bytes) -> list[Block]:
    """Body paragraphs and tables in reading order; merged cells are read as in the rendered table.

    ``word/document.xml`` is streamed (iterparse), one body element at a time, each freed once read: a huge
    document is refused at its character or cell limit after reading only that much, never built whole in
    memory first (190 MB of XML held 10.9 GB through python-docx).
    """
    from lxml import etree

    _check_zip(data)
    now = _current()
    now.at("正文第 1 个段落或表格")
    blocks: list[Block] = []
    body = _W + "body"
    seen = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("word/document.xml") as stream:
            # Only the elements we read raise events (3x faster than every start and end on markup-heavy XML);
            # content controls and custom XML at body level are listed so that they are freed too.
            events = etree.iterparse(
                stream,
                events=("end",),
                tag=(_W + "t", _W + "p", _W + "tbl", _W + "sdt", _W + "customXml"),
                resolve_entities=False,
                no_network=True,
                huge_tree=False,
            )
            for _, element in events:
                if element.tag == _W + "t":
                    if element.text:
                        now.add_chars(len(element.text))  # counted as it streams in, not after
                    continue
                parent = element.getparent()
                if parent is None or parent.tag != body:
                    continue  # inside a table or a control: read with its body-level element
                seen += 1
                if element.tag == _W + "p":
                    text = _docx_text(element)
                    if text.strip():
                        blocks.append(Paragraph(text))
                elif element.tag == _W + "tbl":
                    rows = _docx_table(element, depth=0)
                    if rows:
                        blocks.append(Table(tuple(rows)))
                # Where the next characters come from; the parent process hears of it every 500 elements.
                now.part = f"正文第 {seen + 1} 个段落或表格"
                if seen % 500 == 0:
                    now.at(now.part)
                element.clear(keep_tail=False)
                while element.getprevious() is not None:
                    del parent[0]
    except (KeyError, zipfile.BadZipFile, EOFError, zlib.error) as exc:
        raise UnreadableDocument("这个 .docx 文件已损坏，无法打开。") from exc
    except etree.XMLSyntaxError as exc:
        if "depth" in str(exc).lower():  # lxml stops at 256 levels rather than exhaust the stack
            raise UnreadableDocument(
                "这个 .docx 的表格或段落嵌套层级过深（超过 256 层），无法安全解析，请另存为普通文档后再导入。"
            ) from exc
        raise UnreadableDocument(f"这个 .docx 文件内容损坏（{now.part}）：XML 格式错误。") from exc
    return blocks


def _docx_text(element) -> str:
    parts = []
    for node in element.iter(_W + "t", _W + "tab", _W + "br"):
        if node.tag == _W + "t":
            parts.append(node.text or "")
        else:
            parts.append(" ")
    return "".join(parts)


def _docx_table(tbl, depth: int) -> list[tuple[str | None, ...]]:
    rows = []
    for row, tr in enumerate(tbl.iterchildren(_W + "tr"), 1):
        cells = []
        for column, tc in enumerate(tr.iterchildren(_W + "tc"), 1):
            props = tc.find(_W + "tcPr")
            span, continued = 1, False
            if props is not None:
                grid = props.find(_W + "gridSpan")
                if grid is not None:
                    span = _grid_span(grid.get(_W + "val"), row, column)
                merge = props.find(_W + "vMerge")
                continued = merge is not None and merge.get(_W + "val", "continue") == "continue"
            text = None if continued else _docx_cell_text(tc, depth)
            _current().add_cells(span)
            cells.extend([text] + [""] * (span - 1))
        if any(c and c.strip() for c in cells):
            rows.append(tuple(cells))
    return rows


def _grid_span(value: str | None, row: int, column: int) -> int:
    """A cell's w:gridSpan; Word always writes a whole number, so anything else means a damaged file."""
    text = (value or "1").strip()
    if not re.fullmatch(r"[0-9]{1,6}", text):  # str.isdigit() accepts "²", which int() refuses
        shown = text[:20] + ("…" if len(text) > 20 else "")
        raise UnreadableDocument(
            f"这个 .docx 的表格（{_current().part}）第 {row} 行第 {column} 格的合并列数 gridSpan 为“{shown}”，"
            "不是数字，文件已损坏。请用 Word 打开后另存为新文件再导入。"
        )
    return max(1, min(50, int(text)))


def _docx_cell_text(tc, depth: int) -> str:
    pieces = []
    for child in tc.iterchildren():
        if child.tag == _W + "p":
            pieces.append(_docx_text(child))
        elif child.tag == _W + "tbl":
            if depth + 1 >= MAX_TABLE_DEPTH:
                pieces.append(_docx_text(child))
            else:
                pieces.extend(" ".join(c for c in row if c) for row in _docx_table(child, depth + 1))
    return join_cell_lines([p.strip() for p in pieces if p.strip()])


# --- pdf ----------------------------------------------------------------------------------------


def _pdftotext_pages(data: bytes) -> list[str]:
    import shutil
    import subprocess

    exe = shutil.which("pdftotext")
    if not exe:
        return []
    try:
        done = subprocess.run([exe, "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return []
    text = done.stdout.decode("utf-8", errors="replace") if done.returncode == 0 else ""
    return text.split("\f") if text.strip() else []


_CODESPACE = re.compile(rb"begincodespacerange(.*?)endcodespacerange", re.S)


def _read_two_byte_codes(page) -> None:
    """Let pypdf read a composite font's text in the two-byte codes its embedded encoding declares.

    Some PDF writers embed a font's encoding as a CMap stream (``<0000> <FFFF>`` codespace, codes mapped to CIDs)
    instead of naming ``/Identity-H``; pypdf then reads the text one byte at a time, so every character comes out
    as two (a NUL or the character of the high byte, then that of the low byte). The ToUnicode map is keyed by the
    code, not the CID, so for text extraction the encoding is Identity-H whenever every code is two bytes.
    """
    from pypdf.generic import NameObject, StreamObject

    try:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            encoding = font.get("/Encoding")
            if font.get("/Subtype") != "/Type0" or encoding is None:
                continue
            encoding = encoding.get_object()
            if not isinstance(encoding, StreamObject) or "/ToUnicode" not in font:
                continue
            space = _CODESPACE.search(encoding.get_data())
            widths = (
                {len(code) for code in re.findall(rb"<([0-9A-Fa-f]+)>", space.group(1))} if space else set()
            )
            if widths == {4}:
                font[NameObject("/Encoding")] = NameObject("/Identity-H")
    except (AttributeError, KeyError, TypeError, ValueError):
        return


def load_pdf(data: bytes) -> list[Block]:
    """The text layer, with lines re-joined where the PDF wrapped a sentence (scanned PDFs have none)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = []
        for number, page in enumerate(reader.pages, 1):
            _current().at(f"第 {number} 页")
            _read_two_byte_codes(page)
            pages.append(page.extract_text() or "")
            _current().add_chars(len(pages[-1]))
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise UnreadableDocument("这个 .pdf 文件已损坏，无法读取。") from exc
    if any("\x00" in page for page in pages):
        # pypdf misreads some embedded CJK fonts' ToUnicode maps (NULs between characters, wrong glyphs);
        # poppler's pdftotext, when installed, reads the same text layer right.
        pages = _pdftotext_pages(data) or [page.replace("\x00", "") for page in pages]
    if not any(page.strip() for page in pages):
        raise UnreadableDocument("这个 PDF 没有文字层（可能是扫描件），请先做文字识别再导入。")
    from corpus.structure import starts_numbered_item

    pages = ["\n".join(set_typeset_right(page.split("\n"))) for page in pages]
    lines = drop_page_furniture([page.split("\n") for page in pages], bare_digits=True)
    return [Paragraph(p) for p in reflow(lines, starts_numbered_item)]
