"""Exports of printed pages (PDF text layers, text saved from a PDF): drop page numbers and running headers,
and join the lines a page wrapped back into paragraphs, so a sentence — and a "（X、Y负责）" bracket — broken
over two lines is read whole. Typesetting a text layer keeps is undone too: characters a justified line spread
apart ("推动中 小 企 业 提 质"), a full stop printed as ".", item numbers printed in the margin on lines of their own.
"""

from __future__ import annotations

import re
from collections import Counter

from corpus.conventions import BRACKETED_CLAUSE_OPEN, CLOSING_DUTY_BRACKET
from corpus.text import DOC_NUMBER

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


# A web page copied as text may lose its paragraph breaks but keep each paragraph's indent: "…通知如下：　　 一、积极
# 筹措资金…" on one line. Two ideographic spaces (with any plain spaces around them) after a sentence's end are
# such a break, after a sentence or after a heading ("一、积极筹措资金，妥善安置职工　　 妥善安置职工，是…").
_RUN_ON_INDENT = re.compile(r"(?<=\S)[ \u00a0]*\u3000{2,}[ \u3000\u00a0]*(?=\S)")
_RUN_ON_MIN_CHARS = 100


def split_run_on_paragraphs(lines: list[str]) -> list[str]:
    """Long lines holding several indented paragraphs, split back into one line per paragraph."""
    out: list[str] = []
    for line in lines:
        if len(line) >= _RUN_ON_MIN_CHARS and len(_RUN_ON_INDENT.findall(line)) >= 2:
            out.extend(part for part in _RUN_ON_INDENT.split(line) if part.strip())
        else:
            out.append(line)
    return out


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
    rf"^(?:{DOC_NUMBER}|\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|附\s*件\s*\d{{0,2}})$"
)
# A document's title alone on its line ("推进招商引资机制改革实施方案"): it ends its paragraph however long.
_TITLE_LINE = re.compile(
    r"^(?!按照|根据|依据|为|经|对)[\u4e00-\u9fff《》“”（）()\d]{4,40}(?:方案|意见|办法|通知|规定|细则|措施|计划|规划|条例|决定|清单)$"
)
# A line closed by a responsibility bracket ("…服务管理。(市公安局牵头)", "(责任秘书长:王五,责任单位:市政府办公室)"):
# the bracket ends its task, whatever the line's length.
_ROLE_BRACKET_END = re.compile(r"[(（][^()（）]{0,80}(?:单位|部门)\s*[:：][^()（）]{1,160}[)）]\s*$")
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
        if current and BRACKETED_CLAUSE_OPEN.match(line.lstrip()):
            # "…盘活工业园区闲置厂房。" / "— 13 —" / "(牵头单位:省工业和信息化厅…)": the bracket a page break pushed
            # onto a line of its own closes the sentence before it.
            current += line
            last = line
            continue
        if current and not starts_item(line) and not _OWN_LINE.match(line):
            ends = not _BARE_LABEL.match(last) and (
                _OWN_LINE.match(last)
                or (_TITLE_LINE.match(last) and last.count("《") == last.count("》"))
                or bool(CLOSING_DUTY_BRACKET.search(last) or _ROLE_BRACKET_END.search(last))
                or last[-1] in _SENTENCE_END
                or bool(width and len(last) < width - 3)
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


# --- typesetting a text layer keeps ----------------------------------------------------------------------------

_WIDE = r"\u4e00-\u9fff\uff10-\uff19，。、；：“”（）《》«»〔〕()"
_SPREAD = re.compile(rf"(?<=[{_WIDE}])[ \u3000]+(?=[{_WIDE}])")
# Digits beside Chinese, spread too: "到 ２０２５ 年", "突破 ５５０ 万户" (not "2025 年" inside a Latin run).
_SPREAD_DIGITS = re.compile(rf"(?<=[{_WIDE}])[ \u3000]+(?=[0-9０-９])|(?<=[0-9０-９])[ \u3000]+(?=[{_WIDE}])")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A justified text layer: this share of its Chinese characters stand apart from the next one.
_SPREAD_SHARE = 0.02
_SPREAD_MIN = 30
# A full stop printed as a Latin period between Chinese: "提质发展.深入实施".
_DOT_STOP = re.compile(r"(?<=[\u4e00-\u9fff”）)])\.(?=[\u4e00-\u9fff“（(]|\s*$)")
_DOT_STOPS_MIN = 3
# An item's number printed in the margin, alone on its line: "５".
_MARGIN_NUMBER = re.compile(r"^\s*([0-9０-９]{1,2})\s*$")


def is_spread(lines: list[str]) -> bool:
    """Characters set apart by a justified layout, throughout the text (a few spaces between names in a table
    cell are no such layout)."""
    text = "\n".join(lines)
    gaps = len(_SPREAD.findall(text))
    return gaps >= _SPREAD_MIN and gaps >= _SPREAD_SHARE * len(_CJK.findall(text))


def dots_for_stops(lines: list[str]) -> bool:
    """A text printing its full stops as Latin periods: many between Chinese, few "。"."""
    text = "\n".join(lines)
    dots = len(_DOT_STOP.findall(text))
    return dots >= _DOT_STOPS_MIN and text.count("。") * 5 < dots


def close_up(line: str) -> str:
    """The line without the spaces a justified layout put between its characters."""
    return _SPREAD_DIGITS.sub("", _SPREAD.sub("", line))


def set_typeset_right(lines: list[str]) -> list[str]:
    """A text layer's typesetting undone, where the text shows it: spread characters closed up, periods between
    Chinese read as full stops. Text that shows neither is returned as it is."""
    if is_spread(lines):
        lines = [close_up(line) for line in lines]
    if dots_for_stops(lines):
        lines = [_DOT_STOP.sub("。", line) for line in lines]
    return lines


def margin_numbers(lines: list[str], starts_item) -> list[str]:
    """Item numbers printed in the margin ("５" on its own line, before or inside the item's first lines) put back
    at the start of the item they number: "５.推动中小企业提质发展。…". Only a run counting up one by one is read
    so (page numbers and table 序号 are not): with fewer than three in order, the lines are left as they are."""
    found = [
        (i, int(m.group(1)))  # int() reads full-width digits too
        for i, line in enumerate(lines)
        if (m := _MARGIN_NUMBER.match(line))
    ]
    ordered = [(i, n) for k, (i, n) in enumerate(found) if k and n == found[k - 1][1] + 1 or not k and n == 1]
    if len(ordered) < 3 or len(ordered) < 0.8 * len(found):
        return lines
    out = list(lines)
    for i, n in ordered:
        label = f"{n}."
        before = out[i - 1].strip() if i >= 1 else ""
        earlier = out[i - 2].strip() if i >= 2 else ""
        nxt = i + 1 < len(out) and out[i + 1].strip()
        if nxt and (not before or starts_item(before) or _closes_paragraph(before)):
            out[i + 1] = label + out[i + 1].strip()  # "（牵头单位：…）" / "（二）…" then "５" then the item
        elif before and (not earlier or starts_item(earlier) or _closes_paragraph(earlier)):
            out[i - 1] = label + before  # the item's first line, then its number in the margin beside it
        out[i] = ""
    return [line for line in out if line.strip()]


def _closes_paragraph(line: str) -> bool:
    """A sentence's end, or a responsibility bracket's ("…(牵头单位:省税务局)", "发展改革委)")."""
    closes_bracket = line.endswith(("）", ")")) and (
        bool(BRACKETED_CLAUSE_OPEN.search(line)) or not re.search(r"[（(]", line)
    )
    return line[-1] in _SENTENCE_END + "。" or closes_bracket


def _open_unit_bracket(text: str) -> bool:
    """A responsibility bracket ("（牵头单位：省") opened near the end of ``text`` and not closed yet."""
    opened = max(text.rfind("（"), text.rfind("("))
    return _open_bracket(text) and bool(BRACKETED_CLAUSE_OPEN.match(text, opened))


def join_open_brackets(lines: list[str], starts_item) -> list[str]:
    """A responsible-unit bracket left open at a line's end ("（牵头单位：省" / "地方金融监管局、…）") runs on into
    the next line, in text no page width wrapped as a whole: a line that closes it and opens no item of its own."""
    out: list[str] = []
    for line in lines:
        closes = re.match(r"^[^（()）]{1,80}[）)]", line.strip())
        if out and _open_unit_bracket(out[-1]) and closes and not starts_item(line):
            out[-1] = out[-1].rstrip() + line.strip()
        else:
            out.append(line)
    return out
