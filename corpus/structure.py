"""Segmentation: the Chinese numbering hierarchy (一、 / (一) / 1. / (1)), plans inside compilations, table rows.

The output is an outline: every numbered heading becomes a ``Section`` (with its span over everything under
it) and every numbered heading or table row that carries text of its own becomes an ``Item`` — the raw
material for tasks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from corpus.clean import FILE_INFO, FILE_INFO_LINE
from corpus.closing import CLOSING, closing_start
from corpus.conventions import (
    BRACKETED_CLAUSE_OPEN,
    CLAUSE_OPEN,
    CLOSING_DUTY_BRACKET,
    DUTY_TRIGGER,
    HEADER_NOTE,
    LABEL_FIELD,
    LABEL_LINE,
    Field,
    field_of_header,
)
from corpus.layout import Line
from corpus.model import Section
from corpus.numerals import CN_NUMERAL_CHARS
from corpus.targets import FIGURE_UNITS
from corpus.text import TITLE_WORDS
from corpus.units import looks_like_government_body, split_units

_CN = f"[{CN_NUMERAL_CHARS}]{{1,4}}"
# Numbers printed as one character: circled (①…⑳) and parenthesised (⑴…⒇, "⑵耕地保有量…"); the label is the character.
_SINGLE_CHARACTER_NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_HEADINGS = (
    (1, re.compile(rf"^(?P<num>第{_CN}[章部分篇])\s*(?P<rest>.*)$")),
    (3, re.compile(rf"^(?P<num>第{_CN}条)\s*(?P<rest>.*)$")),
    (1, re.compile(rf"^(?P<num>{_CN})\s*[、．.﹒]\s*(?P<rest>.*)$")),
    (2, re.compile(rf"^[(（]\s*(?P<num>{_CN})\s*[)）]\s*[、.．﹒]?\s*(?P<rest>.*)$")),
    (2, re.compile(rf"^(?P<num>{_CN})[)）]\s*(?P<rest>.*)$")),  # scrape damage: the opening bracket is lost
    # ("1.5万户" is a figure; "3、2017年,九景衢铁路建成通车" an item opening with its year)
    (
        3,
        re.compile(
            r"^(?P<num>\d{1,2})\s*(?P<sep>[.、．﹒](?:(?!\d)|(?=(?:19|20)\d{2}年(?:底前|底|前|内|起)?[,，])))\s*(?P<rest>.*)$"
        ),
    ),
    (4, re.compile(r"^[(（]\s*(?P<num>\d{1,2})\s*[)）]\s*(?P<rest>.*)$")),
    # (a circled number sits below "(1)": "1.…" / "(1)增加城镇居民收入" / "①以就业促增收…")
    (5, re.compile(rf"^(?P<num>[{_SINGLE_CHARACTER_NUMBERS}])\s*(?P<rest>.*)$")),
)
_UNITS_CLAUSE = BRACKETED_CLAUSE_OPEN
_PERIOD_LINE = re.compile(r"^[(（]\s*(\d{4}\s*[-—–至]\s*\d{4}\s*年?|征求意见稿|试行|草案|送审稿)\s*[)）]$")


@dataclass(frozen=True)
class HeadingMatch:
    level: int
    label: str  # normalised: "一", "(三)", "7.", "1、", "(1)"
    number: str  # the numeral as written
    rest: str  # text after the label
    label_len: int  # characters the label occupies in the line


_YEAR_OPENING = re.compile(r"^(?:19|20)\d{2}年(?:底前|底|前|内|起)?[,，]")


def parse_heading(text: str) -> HeadingMatch | None:
    for level, pattern in _HEADINGS:
        m = pattern.match(text)
        if not m:
            continue
        num = m.group("num")
        rest = m.group("rest")
        if num.startswith("第"):
            return HeadingMatch(level, num, num, rest, len(text) - len(rest))
        # ("1.5万户", "3.15日" are figures; "3、2017年,九景衢铁路建成通车" is an item opening with its year)
        if level == 3 and (not rest or re.match(r"^\d|^[年月日%％]", rest)) and not _YEAR_OPENING.match(rest):
            continue
        # "一是…", "二要…" count the points of a sentence; "三、要素保障" is a heading.
        if level in (1, 2) and re.match(r"^(?:是|要(?![素点件])|个|年|批|季度)", rest):
            continue
        label = {1: num, 2: f"({num})", 4: f"({num})"}.get(level, num)
        if level == 3:
            label = num + ("." if m.group("sep") in ".．﹒" else "、")
        if num in _SINGLE_CHARACTER_NUMBERS:
            label = num
        return HeadingMatch(level, label, num, rest, len(text) - len(rest))
    return None


def starts_numbered_item(text: str) -> bool:
    return parse_heading(text.strip()) is not None


# A sentence giving a body its work (a catalogue trigger after a name): a heading that is one is an item, however
# short.
_ASSIGNS_DUTY = re.compile(rf"[\u4e00-\u9fff]{{2,}}(?:{DUTY_TRIGGER.pattern})[\u4e00-\u9fff]")


def path_key(label: str) -> str:
    """Section-id form of a label: '7.' and '7、' both become '7'."""
    return label.rstrip(".、")


@dataclass(frozen=True)
class Cell:
    text: str
    start: int


@dataclass(frozen=True)
class Item:
    """A numbered heading or table row with text of its own: the raw material of a task."""

    section_id: str
    label: str
    level: int
    title: str
    start: int
    end: int
    heading_path: str
    title_start: int = -1  # where the title begins, so its span can be checked
    cells: dict[str, Cell] = field(default_factory=dict)  # table rows: role -> cell
    # table rows: (column header as printed, cell) of each cell holding a bare figure ("签约项目总投资(亿元)", "150")
    figures: tuple[tuple[str, Cell], ...] = ()
    closing: bool = False  # the closing paragraphs after the last numbered item (section 结尾), not an item


@dataclass
class Outline:
    sections: list[Section]
    items: list[Item]
    parts: list[str]


_PART_OPENING = re.compile(r"^\s*[“\"]?[^\s“”\"：:，,。；;\d（）()]{2,14}[”\"]?[：:]")


def _labelled_part(text: str) -> bool:
    """A paragraph that opens with its own label and carries its own responsibility clause ("“双园”：…（牵头单位：
    …）", "建设AI算力平台：…（牵头单位：…）"): a part of the item above, not text after it."""
    return bool(_PART_OPENING.match(text) and _UNITS_CLAUSE.search(text))


def is_part_title(lines: list[Line], i: int) -> bool:
    """A short unnumbered title line ("长沙市对外贸易行动方案") followed by its own preamble or 一、."""
    text = lines[i].text
    if lines[i].table >= 0 or len(text) > 45 or parse_heading(text) or re.search(r"[。；;，,:：]", text):
        return False
    if _PERIOD_LINE.match(text):
        return False
    if not TITLE_WORDS.search(text) or text.startswith(("附件", "根据", "按照")):
        return False
    for nxt in lines[i + 1 : i + 4]:
        if _PERIOD_LINE.match(nxt.text):
            continue
        h = parse_heading(nxt.text)
        return bool(h and h.level == 1 and h.number == "一") or nxt.text.startswith(("为", "根据", "按照"))
    return False


_ATTACHMENT = re.compile(rf"^附\s*件\s*(?P<num>\d{{1,2}}|{_CN})?\s*[:：]?\s*(?P<title>[^。；;]{{0,60}})$")


def attachment_starts(lines: list[Line]) -> dict[int, str]:
    """Lines that open an attachment (附件1 …), by line index -> its section id ("附件1").

    A document lists its attachments after the body and then prints each one: the last "附件N" line of each
    number opens it. A "附件2" label heading the whole document (before any numbered heading) is its own
    name, not a part of it.
    """
    first_heading = next(
        (i for i, ln in enumerate(lines) if ln.table < 0 and parse_heading(ln.text)), len(lines)
    )
    last: dict[str, int] = {}
    listed = False  # the body has listed its attachments ("附件：1. …分解表")
    for i, line in enumerate(lines):
        m = _ATTACHMENT.match(line.text.strip()) if line.table < 0 else None
        # A notice whose attachments are tables has no numbered heading before them: a numbered 附件 line
        # after the body's list of attachments opens one too.
        if m and (i > first_heading or (listed and m.group("num"))):
            last["附件" + (m.group("num") or "")] = i
        listed = listed or bool(m)
    return {i: name for name, i in last.items()}


def segment(lines: list[Line]) -> Outline:
    attachments = attachment_starts(lines)
    titled = [i for i in range(len(lines)) if is_part_title(lines, i) and not _in_attachment(i, attachments)]
    parts = sorted(set(titled if len(titled) >= 2 else []) | set(attachments))
    use_parts = bool(parts)
    part_names = [attachments.get(i) or _part_name(lines, i) for i in parts]
    attachment_line = {name: i for i, name in attachments.items()}
    paired_annexes = {name for i, name in attachments.items() if _annex_columns(lines, i) <= 2}
    sections: list[Section] = []
    items: list[Item] = []
    stack: list[tuple[int, str, str, int]] = []  # (level, path key, display heading, section index)
    part_prefix = ""
    i = _file_info(lines, sections)
    tables_done: set[int] = set()
    while i < len(lines):
        line = lines[i]
        if use_parts and i in parts:
            _close(sections, stack, 0, line.start)
            part_prefix = part_names[parts.index(i)]
            heading = line.text.strip() if i in attachments else part_prefix
            if i in attachments and heading.rstrip(":：") == part_prefix and i + 1 < len(lines):
                heading = f"{part_prefix} {lines[i + 1].text.strip()}"  # "附件1:" with its title below
            sections.append(Section(part_prefix, part_prefix, heading, 0, line.start, line.end))
            stack = [(0, part_prefix, heading, len(sections) - 1)]
            i += 1
            continue
        if line.table >= 0:
            if line.table not in tables_done:
                tables_done.add(line.table)
                rows = [ln for ln in lines[i:] if ln.table == line.table]
                prefix = "/".join(k for _, k, _, _ in stack)
                heading = " > ".join(h for _, _, h, _ in stack)
                _table_items(rows, prefix, heading, sections, items)
            i += 1
            continue
        h = (
            parse_heading(line.text)
            or _continued_numbering(line.text, stack)
            or _restarting_group(lines, i, stack)
        )
        if h is None:
            row = (
                _annex_row(lines, i, parts)
                if stack and stack[0][1] in paired_annexes and i > attachment_line[stack[0][1]] + 1
                else None
            )
            if row:
                label, last = row
                prefix = stack[0][1]
                section_id = f"{prefix}/{label}"
                sections.append(Section(section_id, label, label, 5, line.start, lines[last].end))
                items.append(
                    Item(section_id, label, 5, label, line.start, lines[last].end, stack[0][2], line.start)
                )
                i = last + 1
                continue
            i += 1
            continue
        sub_item = not h.label.startswith("第") and any(ARTICLE_LABEL.match(k) for _, k, _, _ in stack)
        if sub_item:
            # "（一）…" under "第四十三条…下列服务：" enumerates inside the article: a paragraph of it, and the
            # article goes on after its list ("市、区中小企业工作主管部门可以…" is 第四十三条's, not （五）'s).
            h = replace(h, level=max(h.level, 3) + 1)
        _close(sections, stack, h.level, line.start)
        key = path_key(h.label)
        section_id = "/".join([k for _, k, _, _ in stack] + [key])
        heading = _title_of(h.rest) or h.rest[:30]
        title_start = line.start + h.label_len
        if (year := _YEAR_OPENING.match(h.rest)) and _title_of(h.rest[year.end() :]):
            # "3、2017年,九景衢铁路建成通车,…": the year opening the item is when, its first clause what
            heading = _title_of(h.rest[year.end() :])
            title_start += year.end()
        if (
            not h.rest.strip()
            and ARTICLE_LABEL.match(h.label)
            and i + 1 < len(lines)
            and lines[i + 1].table < 0
            and parse_heading(lines[i + 1].text) is None
        ):
            # "第七条" alone on its line: the article's first sentence, on the next, titles it.
            heading = _title_of(lines[i + 1].text) or lines[i + 1].text[:30]
            title_start = lines[i + 1].start
        display = heading if h.label == h.rest else f"{h.label}{'、' if h.level == 1 else ''}{heading}"
        sections.append(Section(section_id, h.label, heading, h.level, line.start, line.end))
        stack.append((h.level, key, display, len(sections) - 1))
        # The item runs until the next line that is a heading, a part title or a table.
        # A 责任单位 clause closes the item: what follows it is the document's closing text, unless the next
        # paragraph carries a clause of its own (“双园”：…（牵头单位：…）): a part of the same item.
        j = i + 1
        article = ARTICLE_LABEL.match(h.label) is not None
        while (
            not sub_item
            and j < len(lines)
            and (lines[j].table < 0 or _is_field_table(lines, j, tables_done))
            and not _ends_item(lines[j].text, article)
            and j not in parts
            and (
                not (
                    (_UNITS_CLAUSE.search(lines[j - 1].text) and not _labelled_part(lines[j].text))
                    or CLOSING_DUTY_BRACKET.search(lines[j - 1].text)
                )
                or _bracketed_run_follows(lines, j, parts, article)
            )
        ):
            j += 1
        end = lines[j - 1].end
        # An article (第X条) is an item even when it is one short sentence: regulations bind bodies that way.
        # So is a one-sentence item assigning a duty ("（11）中国农业发展银行负责落实…所需贷款。").
        has_body = not (h.label == h.rest and not h.number) and (  # a group's title line holds no task
            j > i + 1
            or len(h.rest) > len(heading) + 1
            or (h.label.endswith("条") and bool(h.rest))
            or bool(_ASSIGNS_DUTY.search(h.rest))
            # "（二）协调研究和解决…难点和问题；": an entry of a list of duties, however short.
            or h.rest.rstrip().endswith(("；", ";"))
            # and the last entry of an article's list, closed by 。 ("（三）监督检查…使用情况。")
            or (sub_item and h.rest.rstrip().endswith("。"))
            # "1.深化行政管理体制改革,优化政府机构设置。" followed by its sibling: a numbered sentence is a task,
            # not a group's title
            or (h.level >= 3 and h.rest.rstrip().endswith("。") and len(heading) >= 6)
        )
        if has_body:
            items.append(
                Item(
                    section_id=section_id,
                    label=h.label,
                    level=h.level,
                    title=heading,
                    start=line.start,
                    end=end,
                    heading_path=" > ".join(d for _, _, d, _ in stack),
                    title_start=title_start,
                )
            )
        i += 1
    if not items and not sections:
        items.extend(_card_items(lines, sections))
    end_of_text = lines[-1].end if lines else 0
    closing = None if use_parts else _closing(lines, items)
    if closing is not None:
        at = lines[closing].start
        items[:] = [replace(it, end=min(it.end, lines[closing - 1].end)) for it in items]
        _close(sections, stack, -1, at)
        sections.append(Section(CLOSING, CLOSING, CLOSING, 1, at, end_of_text))
        items.append(Item(CLOSING, CLOSING, 1, CLOSING, at, end_of_text, CLOSING, at, closing=True))
    else:
        _close(sections, stack, -1, end_of_text)
    return Outline(sections=sections, items=items, parts=part_names)


# A field a task card prints before its units ("工作措施：…", "目标任务：…"): part of the card, not its title.
_CARD_FIELD = re.compile(rf"^\s*[\u4e00-\u9fff]{{0,2}}(?:{LABEL_FIELD.pattern})")


def _card_items(lines: list[Line], sections: list[Section]) -> list[Item]:
    """Tasks printed as unnumbered cards, each closed by its line of units ("粮食产量1268万吨以上" / "部门分工：省农业
    农村厅牵头，各地、各部门配合。" / "大力推进…集群建设" / "工作措施：…" / "部门分工：…"): each card is an item,
    "任务1", "任务2"…, running from after the last card (the first: from the line above its fields) to its units.
    Read only where the text numbers nothing and closes at least two cards so."""
    closers = [n for n, ln in enumerate(lines) if ln.table < 0 and LABEL_LINE.match(ln.text)]
    # several unit lines in a row close one card ("牵头单位：…" / "配合单位：…")
    closers = [n for k, n in enumerate(closers) if k + 1 == len(closers) or closers[k + 1] != n + 1]
    if len(closers) < 2:
        return []
    items = []
    previous = -1
    for number, close in enumerate(closers, start=1):
        first = close
        while first - 1 > previous and LABEL_LINE.match(lines[first - 1].text):
            first -= 1  # the card's other unit lines
        if previous >= 0:
            first = previous + 1
        else:
            while first - 1 >= 0 and _CARD_FIELD.match(lines[first - 1].text) and lines[first - 1].table < 0:
                first -= 1
            first -= 1  # the card's title, above its fields
        if first < 0 or first >= close or lines[first].table >= 0:
            return []
        label = f"任务{number}"  # (COUNTED_LABEL)
        title = lines[first].text.strip()
        heading = _title_of(title) or title[:30]
        start, end = lines[first].start, lines[close].end
        sections.append(Section(label, label, heading, 1, start, end))
        items.append(Item(label, label, 1, heading, start, end, heading, start))
        previous = close
    return items


def _closing(lines: list[Line], items: list[Item]) -> int | None:
    """The line that opens the closing paragraphs after the last numbered item (corpus/closing.py)."""
    if not items or items[-1].cells:
        return None
    last = items[-1]
    first_line = next((n for n, ln in enumerate(lines) if ln.start == last.start), -1)
    return closing_start(lines, first_line, last.end)


def _file_info(lines: list[Line], sections: list[Section]) -> int:
    """The page's 文件信息 lines at the top (发文机关：… 发布日期：…) as a section of their own, never an item.

    Returns the index of the first line after them.
    """
    n = 0
    while n < len(lines) and lines[n].table < 0 and FILE_INFO_LINE.match(lines[n].text):
        n += 1
    if n:
        sections.append(Section(FILE_INFO, "", FILE_INFO, 1, lines[0].start, lines[n - 1].end))
    return n


# An article's own label ("第十二条"): the numbered unit of a regulation.
ARTICLE_LABEL = re.compile(r"^第.{1,6}条$")
# Labels the text does not print, our own count: a table's unnumbered row ("第3行"), an unnumbered card ("任务2").
COUNTED_LABEL = re.compile(r"第\d+行|任务\d+")


# How many paragraphs a task closed by its own bracket may run over ("…。\n…。(市民政局牵头)").
_RUN_LINES = 3


def _bracketed_run_follows(lines: list[Line], j: int, parts: list[int], article: bool) -> bool:
    """The paragraphs after an item's first bracket-closed task are tasks of the same item when they too end in
    a bracket of their own (天津's "(6)促进人口健康发展。" over "…落户政策。(市公安局牵头)", "…妇女儿童事业。(市妇联
    牵头)"): each is a clause record of the item, not the document's closing text."""
    for k in range(j, min(j + _RUN_LINES, len(lines))):
        text = lines[k].text
        if lines[k].table >= 0 or k in parts or _ends_item(text, article):
            return False
        if CLOSING_DUTY_BRACKET.search(text) or _UNITS_CLAUSE.search(text):
            return True  # (a bracket inside the paragraph too: "…千亿级企业. (牵头单位:…)围绕…")
    return False


def _ends_item(text: str, article: bool) -> bool:
    """A heading ends an item; an article (第X条) runs on over the list it enumerates, to the next article."""
    h = parse_heading(text)
    return h is not None and (not article or h.label.startswith("第"))


_SHORT_LABEL = re.compile(r"^[\u4e00-\u9fff（）()]{2,8}$")


def _is_field_table(lines: list[Line], j: int, tables_done: set[int]) -> bool:
    """A two-column table of fields under a heading (a task card: 工作任务 | …, 牵头单位 | …, 完成时限 | …) is part
    of the heading's item, read as its labelled lines; its rows are no items of their own."""
    table = lines[j].table
    if table in tables_done:
        return True
    rows = [ln for ln in lines[j:] if ln.table == table]
    fields = [field_of_header(r.cells[0]) if len(r.cells) == 2 else None for r in rows]
    if (
        len(rows) < 2
        or any(len(r.cells) != 2 for r in rows)
        or not any(f in (Field.LEAD, Field.UNITS, Field.COOPERATING) for f in fields)
        or sum(f is not None for f in fields) < 2
        or _find_header(rows)[0] >= 0
    ):
        return False
    tables_done.add(table)
    return True


def _annex_columns(lines: list[Line], start: int) -> int:
    """Header cells printed one a line under an attachment's title, before its first long line."""
    count = 0
    for line in lines[start + 1 : start + 12]:
        text = line.text.strip()
        if len(text) > 12 or line.table >= 0:
            if count:
                break
            continue
        count += 1 if len(text) <= 8 else 0
    return count


def _annex_row(lines: list[Line], i: int, parts: list[int]) -> tuple[str, int] | None:
    """An annex table printed one cell a line: a short label ("咸安", "咸宁" + "高新区") then its content line.

    Returns the row's label and the index of its last line, or None.
    """
    j, label = i, ""
    while j < len(lines) and j not in parts[1:] and _SHORT_LABEL.match(lines[j].text.strip()) and j - i < 2:
        label += lines[j].text.strip()
        j += 1
    if not label or j >= len(lines) or lines[j].table >= 0 or j in parts:
        return None
    content = lines[j].text.strip()
    if len(content) < 10 or parse_heading(content) or _ATTACHMENT.match(content):
        return None
    return label, j


_DIGIT_AFTER_DOT = re.compile(r"^(?P<num>\d{1,2})(?P<sep>[.．﹒])(?P<rest>\d.*)$")


def _continued_numbering(text: str, stack: list) -> HeadingMatch | None:
    """'11.121人才梯队项目' after item 10.: a number that continues the open 1./2./… list is a heading,
    even though a digit follows its dot (which otherwise reads as a decimal, 3.5亿元)."""
    m = _DIGIT_AFTER_DOT.match(text)
    if not m or not stack or stack[-1][0] != 3 or not stack[-1][1].isdigit():
        return None
    if int(m.group("num")) != int(stack[-1][1]) + 1:
        return None
    return HeadingMatch(
        3, m.group("num") + ".", m.group("num"), m.group("rest"), len(text) - len(m.group("rest"))
    )


_BRACKET_NOTE = re.compile(r"^\s*[(（][^()（）]{1,40}[)）]\s*$")
_GROUP_TITLE = re.compile(r"^[\u4e00-\u9fff“”\d]{4,30}$")


def _restarting_group(lines: list[Line], i: int, stack: list) -> HeadingMatch | None:
    """An unnumbered title line over a list that numbers from 1 again ("沿海开发十大重点争取推进事项", perhaps a
    bracketed note, then "1.…" after the items 1.–6. of 三、): a group of its own at the top level, so the new
    list's items are not read as the open list's items again."""
    text = lines[i].text.strip()
    if lines[i].table >= 0 or not stack or not _GROUP_TITLE.match(text):
        return None
    k = i + 1
    if k < len(lines) and _BRACKET_NOTE.match(lines[k].text):
        k += 1
    nxt = parse_heading(lines[k].text) if k < len(lines) and lines[k].table < 0 else None
    if nxt is None or nxt.number not in ("1", "一"):
        return None
    if not any(level == nxt.level and key != path_key(nxt.label) for level, key, _, _ in stack):
        return None  # nothing at that level ran before: an ordinary line above a first list
    level = max(1, stack[0][0])
    return HeadingMatch(level, text, "", text, 0)


def _in_attachment(i: int, attachments: dict[int, str]) -> bool:
    return any(start < i for start in attachments)


def _part_name(lines: list[Line], i: int) -> str:
    return lines[i].text.strip()


def _close(sections: list[Section], stack: list, level: int, at: int) -> None:
    """Close every open section at or below ``level``: its span ends where the next one starts."""
    while stack and stack[-1][0] >= level:
        _, _, _, index = stack.pop()
        s = sections[index]
        end = at - 1 if at > s.start else s.end
        sections[index] = Section(s.id, s.label, s.heading, s.level, s.start, max(end, s.end))


def _title_of(rest: str) -> str:
    """The item's title: its first sentence when short, else its first clause."""
    # "【责任单位：市商务局】推行企业开办。": a responsibility bracket written before the title is not the title.
    rest = re.sub(r"^\s*[【〔［(（][^】〕］)）]{0,60}[:：][^】〕］)）]*[】〕］)）]\s*", "", rest) or rest
    clause = CLAUSE_OPEN.search(rest)
    if clause and clause.start() > 0:
        rest = rest[: clause.start()]  # "深化审批改革〔牵头单位：…〕": the title ends where its units begin
    m = re.match(r"^(.{1,40}?)[。：:；;]", rest)
    if m:
        return m.group(1).strip()
    if len(rest) <= 40:
        return rest.strip()
    m = re.match(r"^(.{2,30}?)[，,]", rest)
    return m.group(1).strip() if m else ""


def _table_items(
    rows: list[Line], prefix: str, heading: str, sections: list[Section], items: list[Item]
) -> None:
    header_index, roles = _find_header(rows)
    roles = _roles_from_content(rows, header_index, roles)
    figure_header = rows[header_index] if header_index >= 0 else _figure_header(rows)
    role_columns = set(roles.values()) if header_index >= 0 else None
    group_row: tuple[str, str] | None = None  # (path key, display) of a full-width group row above
    upper = header_index - 1 if header_index > 0 and _sub_header(rows, header_index) else header_index
    header_cells = (
        {_normalised(rows[k].cells) for k in range(upper, header_index + 1)} if header_index >= 0 else set()
    )
    for n, row in enumerate(rows):
        if upper <= n <= header_index or (n > header_index and _normalised(row.cells) in header_cells):
            continue  # the header row again: a table that runs over several pages repeats it on each
        filled = [c for c in row.cells if c]
        only = parse_heading(filled[0]) if len(filled) == 1 and 0 <= header_index < n else None
        if only:
            # A row with one merged cell such as "一、产业招商" groups the rows below it.
            group_row = (path_key(only.label), filled[0])
            section_id = "/".join(p for p in (prefix, group_row[0]) if p)
            sections.append(Section(section_id, only.label, only.rest, 2, row.start, row.end))
            opened = BRACKETED_CLAUSE_OPEN.search(only.rest)
            if opened and re.search(r"[)）］\]]", only.rest[opened.end() :]):
                # "(一)市场准入(牵头单位:市市场监管局)": a group row labelling its lead is an item of its own, whose
                # lead leads the rows under it that name none (extract._heading_leads).
                title = re.split(r"[(（［\[]", only.rest, maxsplit=1)[0].strip() or only.rest
                title_start = row.cell_starts[row.cells.index(filled[0])] + only.label_len
                items.append(Item(section_id, only.label, 2, title, row.start, row.end, heading, title_start))
            continue
        cells = {
            role: Cell(row.cells[c], row.cell_starts[c]) for role, c in roles.items() if c < len(row.cells)
        }
        figures = _figures(figure_header, row, role_columns) if row is not figure_header else ()
        if header_index < 0 or n < header_index or len(row.cells) != len(rows[header_index].cells):
            # Rows outside the header's shape: label cell + content (总体目标 | …).
            label = row.cells[0]
            section_id = "/".join(p for p in (prefix, label) if p)
            _add_row(sections, items, row, section_id, label, label, heading, row.start, {}, figures)
            continue
        numbered = _numbered_cells(row, roles)
        title_column = roles.get("title", -1)
        if (
            numbered
            and numbered[-1][0] > title_column
            and not (cells.get("index") and cells["index"].text.strip())
            and (title_column < 0 or not row.cells[title_column].strip() or numbered[0][0] <= title_column)
        ):
            # "一、加大财政金融支持力度 | (一)加强对…支持 | 2.纳入… | 市经信局… | 备注": the rightmost cell opening with
            # a number is the row's item, the numbered cells left of it its groups. A row whose title cell is
            # unnumbered ("健全工作机制 | 1.明确…，得5分") or numbered by an index column keeps it; the numbers in a
            # cell after it count the cell's own points.
            *groups, (c, h) = numbered
            label = h.label
            section_id = "/".join(
                [*([prefix] if prefix else []), *(path_key(g.label) for _, g in groups), path_key(label)]
            )
            display = ([heading] if heading else []) + [row.cells[g_c].strip() for g_c, _ in groups]
            title = _title_of(h.rest) or h.rest[:40]
            title_start = row.cell_starts[c] + h.label_len
            _add_row(
                sections,
                items,
                row,
                section_id,
                label,
                title,
                " > ".join(display),
                title_start,
                cells,
                figures,
            )
            continue
        group = cells.get("group")
        group_h = parse_heading(group.text) if group else None
        title_cell = cells.get("title")
        title_h = parse_heading(title_cell.text) if title_cell else None
        index_cell = cells.get("index")
        chapter = parse_heading(index_cell.text) if index_cell else None
        if chapter and chapter.level == 1 and not chapter.rest:
            # "二、 | 部门履职差异考核项目 | 60": a row numbered a level above the rows under it groups them,
            # though its other cells (a score, a total) are filled.
            group_row = None
        path = [p for p in (prefix,) if p]
        display = [heading] if heading else []
        if chapter and len(chapter.rest.strip()) >= 4 and title_h:
            # "(一)全面实施行政许可事项清单管理。 | 1.按照… | (1)全面准确…": a 序号 cell holding a numbered heading
            # groups the numbered cells beside it.
            path.append(path_key(chapter.label))
            display.append(index_cell.text)
        if group_h:
            path.append(path_key(group_h.label))
            display.append(group.text)
        elif group_row:
            path.append(group_row[0])
            display.append(group_row[1])
        label = title_h.label if title_h else (title_cell.text[:20] if title_cell else f"第{n}行")
        if index_cell and index_cell.text and not title_h:
            label = index_cell.text
        title = title_h.rest if title_h else (title_cell.text if title_cell else "")
        if not title and group and not group_h:
            title = group.text  # a group row's name stands in the group column, its title cell empty
        body_cell = cells.get("body")
        if (
            not title
            and (title_cell is None or not title_cell.text.strip())
            and body_cell is not None
            and body_cell.text.strip()
        ):
            # "牵头单位 | 目标任务 | 责任单位": a table with no title column (or the row's title cell left empty,
            # "1 |  | 地区生产总值增长7%以上… | 发改委") is titled by its task's first words.
            title = _title_of(body_cell.text) or body_cell.text.strip()[:40]
            title_cell = body_cell
        path.append(path_key(label) if title_h or index_cell else label)
        section_id = "/".join(path)
        title_start = title_cell.start + (title_h.label_len if title_h else 0) if title_cell else row.start
        _add_row(
            sections, items, row, section_id, label, title, " > ".join(display), title_start, cells, figures
        )
        _cell_sub_items(row, section_id, " > ".join([*display, label]), sections, items)
        if chapter and chapter.level == 1 and not chapter.rest:
            group_row = (path_key(chapter.label), f"{index_cell.text}{title}")


# A measure numbered inside a cell ("1.石油化工。…(潜江高新区) 2. 盐化工。…(市自然资源和城乡建设局)"): at the cell's
# start or after a sentence's or a bracket's end.
_CELL_SUB_ITEM = re.compile(r"(?:^|(?<=[。；;）)]))\s*(\d{1,2})\s*[.．、](?![\d.．])\s*")


def _cell_sub_items(row: Line, section_id: str, heading_path: str, sections: list, items: list) -> None:
    """The measures a row's cell numbers 1., 2., … in sequence, each an item under the row, so the unit closing one
    measure's sentence is its own, not the next measure's."""
    for text, start in zip(row.cells, row.cell_starts, strict=False):
        found = []
        for m in _CELL_SUB_ITEM.finditer(text):
            if int(m.group(1)) == len(found) + 1:
                found.append(m)
        if len(found) < 2:
            continue
        ends = [m.start(1) for m in found[1:]] + [len(text)]
        for m, end in zip(found, ends, strict=True):
            label = f"{m.group(1)}."
            rest = text[m.end() : end].strip()
            sub_id, title = f"{section_id}/{path_key(label)}", _title_of(rest) or rest[:40]
            sections.append(Section(sub_id, label, title, 6, start + m.start(1), start + end))
            items.append(
                Item(sub_id, label, 6, title, start + m.start(1), start + end, heading_path, start + m.end())
            )
        return


# A cell that is a figure alone: "150", "80.0", "30000", "1,200", "15%"; a unit may follow ("5亿元").
_FIGURE_CELL = re.compile(r"^\s*\d[\d,，]*(?:\.\d+)?\s*(?:%|％|[\u4e00-\u9fff]{1,4})?\s*$")


def _is_figure(cell: str) -> bool:
    return bool(_FIGURE_CELL.match(cell)) and not re.search(r"年|月|日|号", cell)


def _add_row(
    sections: list[Section],
    items: list[Item],
    row: Line,
    section_id: str,
    label: str,
    title: str,
    heading_path: str,
    title_start: int,
    cells: dict[str, Cell],
    figures: tuple[tuple[str, Cell], ...],
) -> None:
    """A table row as its section and its item."""
    sections.append(Section(section_id, label, title, 5, row.start, row.end))
    items.append(
        Item(
            section_id, label, 5, title, row.start, row.end, heading_path, title_start, cells, figures=figures
        )
    )


def _figure_header(rows: list[Line]) -> Line | None:
    """The header of a table of figures that names no roles ("单位名称 | 签约项目总投资(亿元) | 实际利用外资(万美元)"):
    its first row of three or more text cells over rows of the same width whose cells after the first are figures."""
    for n, row in enumerate(rows[:3]):
        cells = [c.strip() for c in row.cells]
        if len(cells) < 3 or not all(cells) or any(_is_figure(c) for c in cells):
            continue
        below = [r for r in rows[n + 1 :] if len(r.cells) == len(cells)]
        numeric = [r for r in below if sum(_is_figure(c) for c in r.cells[1:]) >= len(cells) // 2]
        if len(numeric) >= 2 and len(numeric) * 2 >= len(below):
            return row
    return None


_UNIT_IN_HEADER = re.compile(rf"[(（]\s*(?:{FIGURE_UNITS})\s*[)）]")


def _figures(
    header: Line | None, row: Line, role_columns: set[int] | None = None
) -> tuple[tuple[str, Cell], ...]:
    """(header, cell) of each cell of ``row`` under a named column that holds a figure alone. In a table whose
    header names roles (牵头单位, 完成时限), only columns whose header prints a unit ("目标(亿元)") hold figures: a
    分值 column scores the row, it sets no target."""
    if header is None or len(header.cells) != len(row.cells):
        return ()
    return tuple(
        (header.cells[c].strip(), Cell(cell, row.cell_starts[c]))
        for c, cell in enumerate(row.cells)
        if c > 0
        and header.cells[c].strip()
        and _is_figure(cell)
        and (role_columns is None or (c not in role_columns and _UNIT_IN_HEADER.search(header.cells[c])))
    )


# Columns that hold a row's units, dates, persons or index: never its numbered item.
_NOT_ITEM_ROLES = frozenset(
    str(f) for f in (Field.LEAD, Field.COOPERATING, Field.UNITS, Field.DEADLINE, Field.PERSON, Field.INDEX)
)


def _numbered_cells(row: Line, roles: dict[str, int]) -> list[tuple[int, HeadingMatch]]:
    """(column, heading) of each text cell of the row that opens with a heading number, left to right."""
    skip = {c for role, c in roles.items() if role in _NOT_ITEM_ROLES}
    out = []
    for c, cell in enumerate(row.cells):
        if c in skip or not cell.strip():
            continue
        h = parse_heading(cell.strip())
        if h is not None and h.label and h.rest.strip():
            out.append((c, h))
    return out


def _roles_from_content(rows: list[Line], header_index: int, roles: dict[str, int]) -> dict[str, int]:
    """Roles the cells show where the header's words do not (an assessment table's layout).

    - No unit column named, but a column whose cells are government bodies ("考核项目" spanning a rank column
      and a body column: "重点考核部门 | 县农粮局"): that column holds the responsible units.
    - Two title-like columns where the first never repeats and the second is long text ("考核项目 | 考核指标"):
      the first is each row's title, the second its body — not a group over titles.
    - The units so found under the title's header, which spans both columns ("考核项目" over "重点考核部门 |
      县农粮局"): the title column is the bodies' rank, which groups the rows; the short body column names each.
    """
    if header_index < 0:
        return roles
    width = len(rows[header_index].cells)
    below = [r.cells for r in rows[header_index + 1 :] if len(r.cells) == width]
    if len(below) < 3:
        return roles

    def filled(c: int) -> list[str]:
        return [cells[c].strip() for cells in below if cells[c] and cells[c].strip()]

    def mean_length(c: int) -> float:
        values = filled(c)
        return sum(map(len, values)) / len(values) if values else 0.0

    def distinct(c: int) -> float:
        values = filled(c)
        return len(set(values)) / len(values) if values else 1.0

    roles = dict(roles)
    under_title_span = False  # the units found share the title column's header, which spans both
    if not {"units", "lead", "cooperating"} & roles.keys():
        best, best_count = -1, 1
        for c in range(width):
            if c in roles.values():
                continue
            values = filled(c)
            bodies = [
                v
                for v in values
                if (names := split_units(v)) and all(looks_like_government_body(n) for n in names)
            ]
            if len(bodies) > best_count and len(bodies) >= 0.6 * len(values):
                best, best_count = c, len(bodies)
        if best >= 0:
            roles["units"] = best
            header = rows[header_index].cells
            title = roles.get("title", -2)
            under_title_span = best == title + 1 and not (header[best] or "").strip()
    title, group, body = roles.get("title"), roles.get("group"), roles.get("body")
    if title is not None and group is None and body is not None and title < body and distinct(title) <= 0.5:
        # "类别 | 序号 | 重点督办内容 | 牵头单位": an unnamed column left of the body whose cells repeat groups the
        # rows; each row's title is its body cell.
        roles["group"], roles["title"] = title, body
        del roles["body"]
    elif title is not None and group is not None and body is None and group < title:
        if distinct(group) > 0.8 and mean_length(title) > max(20.0, 2 * mean_length(group)):
            roles["title"], roles["body"] = group, title
            del roles["group"]
    elif (
        title is not None
        and group is None
        and body is not None
        and under_title_span
        and mean_length(body) <= 30
    ):
        roles["group"], roles["title"] = title, body
    return roles


def _normalised(cells: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(re.sub(r"\s+", "", c) for c in cells)


def _find_header(rows: list[Line]) -> tuple[int, dict[str, int]]:
    """The header row and the column of each role (units, lead, body, title, group …).

    A header over two rows ("责任单位" spanning "牵头单位 | 配合单位" below it) is read from the lower row, whose
    merged cells carry the upper row's words."""
    n, roles = _first_header(rows)
    if n >= 0 and n + 1 < len(rows):
        below, below_roles = _first_header(rows[n + 1 : n + 2])
        if below == 0 and len(below_roles) >= len(roles) and set(below_roles.items()) - set(roles.items()):
            return n + 1, below_roles
    return n, roles


def _sub_header(rows: list[Line], index: int) -> bool:
    """The row at ``index`` is the lower row of a two-row header."""
    return _first_header(rows[index - 1 : index])[0] == 0


_QUOTED_NAME = re.compile(r"《[^《》]{1,30}》")


def _first_header(rows: list[Line]) -> tuple[int, dict[str, int]]:
    for n, row in enumerate(rows):
        # (a header may name the document it follows: "陕西省《工作要点》部署任务")
        if len(row.cells) < 2 or any(
            len(_QUOTED_NAME.sub("", HEADER_NOTE.sub("", c))) > 12 for c in row.cells
        ):
            continue
        roles: dict[str, int] = {}
        title_like: list[int] = []
        for c, cell in enumerate(row.cells):
            role = field_of_header(cell)
            if role is Field.TITLE:
                title_like.append(c)
            elif role is not None and str(role) not in roles:
                roles[str(role)] = c
        if len(roles) + bool(title_like) < 2:
            continue
        # A column whose header names a field already taken (a second 措施 column, 备注) is no free text column.
        free = [
            c
            for c in range(len(row.cells))
            if c not in roles.values() and c not in title_like and field_of_header(row.cells[c]) is None
        ]
        if title_like:
            roles["title"] = title_like[-1]
            if len(title_like) > 1:
                roles["group"] = title_like[0]
            elif free and free[0] < title_like[-1]:
                roles["group"] = free[0]
        elif free:
            roles["title"] = free[-1]
            if len(free) > 1:
                roles["group"] = free[0]
        return n, roles
    return -1, {}
