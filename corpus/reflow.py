"""Exports of printed pages (PDF text layers, text saved from a PDF): drop page numbers and running headers,
and join the lines a page wrapped back into paragraphs, so a sentence — and a "（X、Y负责）" bracket — broken
over two lines is read whole.
"""

from __future__ import annotations

import re
from collections import Counter

# "— 3 —", "- 3 -", "第 3 页 共 12 页", "共12页 第3页", "第3页/共12页", "3/12", "Page 3 of 12".
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－]+\s*\d{1,4}\s*[-—–－]+|第\s*\d{1,4}\s*页\s*[,，/／]?\s*(?:共\s*\d{1,4}\s*页)?|"
    r"共\s*\d{1,4}\s*页\s*[,，/／]?\s*第\s*\d{1,4}\s*页|\d{1,4}\s*[/／]\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$"
)
_BARE_NUMBER = re.compile(r"^[-—–\s\d]+$")
_SENTENCE_END = "。；！？：:;!?"
_CLOSERS = "）)】」”"
# A running header or footer is short and repeats at the edge of at least this many pages.
_RUNNING_MIN_PAGES = 3
_RUNNING_MAX_CHARS = 40


def is_page_number(line: str, bare_digits: bool = False) -> bool:
    """A page number line; bare digits ("3") only where the caller knows they are no table's 序号 (PDFs)."""
    line = line.strip()
    return bool(_PAGE_NUMBER.match(line) or (bare_digits and _BARE_NUMBER.match(line)))


def split_pages(lines: list[str]) -> list[list[str]]:
    """Text saved from a PDF: pages end at a form feed or at a page-number line."""
    pages: list[list[str]] = [[]]
    for line in lines:
        parts = line.split("\f")
        for n, part in enumerate(parts):
            if n:
                pages.append([])
            if is_page_number(part):
                pages[-1].append(part)
                pages.append([])
            elif part.strip():
                pages[-1].append(part)
    return [p for p in pages if p]


def drop_page_furniture(pages: list[list[str]], bare_digits: bool = False) -> list[str]:
    """The pages' lines without page numbers and without headers/footers repeated at the pages' edges."""
    pages = [[ln.strip() for ln in page if ln.strip()] for page in pages]
    pages = [[ln for ln in page if not is_page_number(ln, bare_digits)] for page in pages]
    edges: Counter[str] = Counter()
    for page in pages:
        for line in {*page[:2], *page[-2:]}:
            if len(line) <= _RUNNING_MAX_CHARS:
                edges[line] += 1
    running = {line for line, n in edges.items() if n >= _RUNNING_MIN_PAGES}
    out = []
    for page in pages:
        for i, line in enumerate(page):
            at_edge = i < 2 or i >= len(page) - 2
            if not (at_edge and line in running):
                out.append(line)
    return out


def line_width(lines: list[str]) -> int:
    """The width a page wraps at: the most common length among longer lines (0 when there is none)."""
    lengths = Counter(len(ln) for ln in lines if len(ln) >= 10)
    return lengths.most_common(1)[0][0] if lengths else 0


def looks_wrapped(lines: list[str]) -> bool:
    """Text whose lines were cut at a page width, not one paragraph per line: many lines within a few
    characters of one width, most of them ending mid-sentence."""
    width = line_width(lines)
    long = [ln for ln in lines if len(ln) >= 10]
    if width < 15 or len(long) < 8:
        return False
    full = [ln for ln in long if abs(len(ln) - width) <= 3]
    open_ended = [ln for ln in full if ln[-1] not in _SENTENCE_END]
    return len(full) >= 0.4 * len(long) and len(open_ended) >= 0.5 * len(full)


def _open_bracket(text: str) -> bool:
    """A bracket opened near the end and not closed yet (a stray "（" far back does not hold lines together)."""
    opened = max(text.rfind("（"), text.rfind("("))
    return opened >= 0 and len(text) - opened <= _BRACKET_SPAN and not re.search(r"[）)]", text[opened:])


_BRACKET_SPAN = 120
# Lines that stand alone in a printed document however long the line before them: a 文号, a date, 附件N.
_OWN_LINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|附\s*件\s*\d{0,2})$"
)
# An article's or item's number alone on its line: its text follows on the next.
_BARE_LABEL = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]{1,6}条|[（(][一二三四五六七八九十\d]{1,3}[）)])$"
)


def reflow(lines: list[str], starts_item) -> list[str]:
    """Join wrapped lines into paragraphs.

    A line ends its paragraph when it closes a sentence, when the next line opens a numbered item, or when
    it is clearly shorter than the page width (a paragraph's last line, a title) — unless a bracket it opened
    is still open: "（工业和信息化部、发展改革委、" runs on into "科技部等负责。列第一位者为牵头单位）".
    """
    width = line_width(lines)
    out: list[str] = []
    current = last = ""
    for line in lines:
        if current and not starts_item(line) and not _OWN_LINE.match(line):
            ends = not _BARE_LABEL.match(last) and (
                _OWN_LINE.match(last) or last[-1] in _SENTENCE_END or bool(width and len(last) < width - 3)
            )
            if not ends or _open_bracket(current):
                current += line
                last = line
                continue
        if current:
            out.append(current)
        current = last = line
    if current:
        out.append(current)
    return out
