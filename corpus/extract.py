"""Tasks from outline items: responsible units, the lead, deadlines and targets, read by each document's rules.

Documents state their own conventions — "列第一的为牵头单位，下同", "(牵头单位：X；配合单位：Y)",
"以下各项均需…落实，不再单独列出" — and the reader applies them from where they are stated onwards.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from corpus.conventions import (
    APPROVING_BODY,
    ASSISTS,
    BRACKETED_CLAUSE_OPEN,
    CLASS_JOINT,
    CLAUSE_OPEN,
    DEADLINE_FIELD,
    FIRST_LISTED_RULE,
    FIRST_PHRASE_RULE,
    HEADING_LEAD,
    JOINT_MARK,
    LABEL_FIELD,
    LABEL_LINE,
    LEVEL_PARTY,
    LISTED_DUTIES,
    MARKED_LEAD_RULE,
    OFFICE_SEAT,
    PERSON_IN_LIST,
    POST_LEADS,
    RESPECTIVE,
    RESPONSIBLE_PERSON,
    SAME_BELOW,
    UNIT_HEADING,
    DocumentRules,
    Field,
    ListReading,
    field_of_label,
    read_unit_list,
    strip_rules,
)
from corpus.duties import ARTICLE_OPENING, EVERY_LEVEL_GOVERNMENT, InlineDuty, find_inline_duties
from corpus.model import LeadBasis, Target, Task
from corpus.structure import ARTICLE_LABEL, Item
from corpus.targets import find_deadline, find_targets
from corpus.text import SENTENCE, in_order, sentence_start
from corpus.units import looks_like_government_body, looks_like_unit, split_units

_NOTE_LINE = re.compile(r"^\s*(?:注|备注|说明)\s*\d?\s*[:：.．、][^\n]*", re.MULTILINE)


def build_tasks(
    doc_id: str, text: str, items: Sequence[Item], place_names: Sequence[str], doc_title: str = ""
) -> list[Task]:
    rules = DocumentRules()
    # "注：各项任务排在第一位的为牵头单位": a note states the rule for the whole list, above it or below.
    notes = [m.group() for m in _NOTE_LINE.finditer(text)]
    rules.first_listed_leads = any(FIRST_LISTED_RULE.pattern.search(note) for note in notes)
    # "注：标*的为牵头单位" / a header cell "责任单位（带★的为牵头单位）": what the mark means, for the whole list.
    rules.marked_leads = any(MARKED_LEAD_RULE.pattern.search(note) for note in notes)
    rules.first_phrase_leads = any(FIRST_PHRASE_RULE.pattern.search(note) for note in notes)
    doc_year = _single_year(doc_title)
    tasks: list[Task] = []
    read_up_to = 0
    # an item's section → the body its listed duties belong to, and how it is bound
    listing: dict[str, tuple[tuple[str, ...], LeadBasis]] = {}
    for item in items:
        # A rule stated outside any item (a preamble, a heading: "各项任务中列第一位的为牵头单位") applies from there.
        if FIRST_LISTED_RULE.pattern.search(text, read_up_to, item.start):
            rules.first_listed_leads = True
        if MARKED_LEAD_RULE.pattern.search(text, read_up_to, item.start):
            rules.marked_leads = True
        if FIRST_PHRASE_RULE.pattern.search(text, read_up_to, item.start):
            rules.first_phrase_leads = True
        read_up_to = max(read_up_to, item.end)
        item_text = text[item.start : item.end]
        if FIRST_LISTED_RULE.pattern.search(item_text) and SAME_BELOW.pattern.search(item_text):
            # "1、全市GDP增长10%以上(由市发展改革委、经委…负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头
            # 负责。下同)": a rule stated inside the first item, for it and those below.
            rules.first_listed_leads = True
        duties = find_inline_duties(item_text, place_names, article=bool(ARTICLE_LABEL.match(item.label)))
        if item.closing:
            tasks.extend(_closing_tasks(doc_id, item, item_text, duties))
            continue
        # The host of a group's office and a post answering for the work are clause records of their own, never
        # the item's lead: the item sets up the group ("由A、B、C组成…工作小组") or binds the body ("市、县（区）人民
        # 政府应当…"), and the office, or the body's head as 第一责任人, is one part of it.
        item_duties = [d for d in duties if d.convention not in (OFFICE_SEAT.name, RESPONSIBLE_PERSON.name)]
        if _person_heading(item.title):
            # "一、杨松县长牵头重点工作": a leader's share of the work heads the items below; the leader is no unit.
            item_duties = [
                d for d in item_duties if d.start >= len(item.title) + (item.title_start - item.start)
            ]
            duties = item_duties
        reading = _read_units(item, item_text, item_duties, rules, place_names)
        if item.end >= len(text.rstrip()) and reading.units:
            reading = _without_cut_name(reading, text.rstrip())
        owner = _listing_owner(item, item_text, duties)
        if owner:
            listing[item.section_id] = owner
        parent = item.section_id.rsplit("/", 1)[0] if "/" in item.section_id else ""
        if parent in listing and (not reading.lead_units or reading.convention == APPROVING_BODY.name):
            # "（三）负责…招商网络建设工作" under "X…履行下列职责：": the duty is X's (a body the sub-item names as
            # approving, "经市人民政府批准后组织实施", stays on it).
            body, basis = listing[parent]
            others = tuple(u for u in reading.units if u not in body)
            reading = ListReading((*body, *others), body, others, basis, LISTED_DUTIES.name)
        labelled_deadline = DEADLINE_FIELD.search(item_text)
        deadline = (
            (item.cells["deadline"].text if "deadline" in item.cells else "")
            or (labelled_deadline.group(1).strip() if labelled_deadline else "")
            or find_deadline(item_text)
        )
        year = _year_of(deadline) or _single_year(item.title) or doc_year
        targets = tuple(
            t for t in find_targets(item_text, offset=item.start) if not _in_clause(t, item, reading)
        )
        targets += _figure_targets(item, text)
        if year:
            targets = tuple(t if t.year else replace(t, year=year) for t in targets)
        tasks.append(
            Task(
                doc_id=doc_id,
                section=item.section_id,
                label=item.label,
                title=item.title,
                body=item_text,
                units=reading.units,
                lead_units=reading.lead_units,
                cooperating_units=reading.cooperating_units,
                lead_basis=reading.basis,
                deadline=deadline,
                targets=targets,
                quote=item_text,
                start=item.start,
                end=item.end,
                kind="table_row" if item.cells else "item",
                heading_path=item.heading_path,
                persons=_persons(item),
            )
        )
        tasks.extend(_clause_tasks(doc_id, item, item_text, place_names, rules))
        inline = [
            t
            for t in _inline_tasks(doc_id, item, item_text, duties)
            # "各区人民政府要…。(责任单位:各区人民政府及滨海新区各开发区管委会)": a sentence's body that is only part of
            # the party the item's own bracket names is that party at work, no record of its own.
            if not (t.units and all(_part_of_a_party(u, reading.units) for u in t.units))
            # "(市住建局牵头,市自然资源局…配合)" closing the item: the item's own list, read as the item's, states
            # no duty of its own
            and not (set(t.units) <= set(reading.units) and _ROLE_ONLY.match(t.title))
            # "2、全社会固定资产投资增长20%以上(由市发展改革委、统计局负责)": the item's own bracket read again as a
            # clause binding its list jointly says nothing the item's record does not
            and not (
                not t.lead_units
                and reading.lead_units
                and reading.basis in (LeadBasis.DOCUMENT_RULE, LeadBasis.PHRASE_RULE, LeadBasis.EXPLICIT)
                and not ARTICLE_LABEL.match(item.label)
                and {p for u in t.units for p in u.split("、")} <= set(reading.units)
            )
        ]
        if rules.first_listed_leads:
            # A paragraph's own list ("…。(A、B等负责)") read under the stated rule: its first listed leads.
            inline = [
                replace(t, lead_basis=LeadBasis.DOCUMENT_RULE)
                if t.lead_basis == LeadBasis.FIRST_LISTED
                else t
                for t in inline
            ]
        tasks.extend(inline)
    return _opening_tasks(doc_id, text, items, place_names) + _heading_leads(
        _group_labels(_row_units_below(tasks)), place_names
    )


def _row_units_below(tasks: list[Task]) -> list[Task]:
    """A measure numbered inside a row's cell that names no units of its own ("1.确保县城污水处理率达80%以上" in a row
    whose 责任单位 cell names 县城建局) is the row's: its units are the row's, read as the row reads them."""
    rows = {t.section: t for t in tasks if t.kind == "table_row"}
    if not rows:
        return tasks
    # (a row whose measures each close with their own unit names its units through them: none is left for the
    # measure the page cut short)
    naming = {t.section.rsplit("/", 1)[0] for t in tasks if t.kind == "item" and "/" in t.section and t.units}
    out = []
    for t in tasks:
        parent = t.section.rsplit("/", 1)[0] if "/" in t.section and t.kind == "item" else ""
        row = rows.get(parent) if parent not in naming else None
        if row is not None and not t.units and row.units:
            t = replace(
                t,
                units=row.units,
                lead_units=row.lead_units,
                cooperating_units=row.cooperating_units,
                lead_basis=row.lead_basis,
            )
        out.append(t)
    return out


def _persons(item: Item) -> tuple[str, ...]:
    """The persons a row's 责任领导 / 牵头市领导 cell names, as printed ("毛晓青", "钱 宇")."""
    cell = item.cells.get("person")
    if cell is None or not cell.text.strip():
        return ()
    # as printed: a name with a space inside ("钱 宇") stays one name, and so does a cell the text cannot part
    names = [n.strip() for n in re.split(r"[、，,；;/\s]+(?=[\u4e00-\u9fff]{2})", cell.text.strip())]
    return tuple(n for n in names if n) if all(len(n) >= 2 for n in names) else (cell.text.strip(),)


_CLOSED = tuple("。；;)）】]」”》")
_ROLE_ONLY = re.compile(r"^(?:牵头|负责|配合|主办|协办|参与)?[,，、;；)）]")


def _without_cut_name(reading: ListReading, text: str) -> ListReading:
    """A stored page cut off inside the last item's list ("…责任单位:省发展改"): the name it ends with, no whole
    name of a body, is cut, and no unit of the item."""
    cut = reading.units[-1]
    if text.endswith(_CLOSED) or not text.endswith(cut) or looks_like_unit(cut):
        # a whole name closing a list that ends the text unpunctuated ("责任单位:县财政局") stays
        return reading
    units = tuple(u for u in reading.units if u != cut)
    if not units:
        return ListReading()
    return replace(
        reading,
        units=units,
        lead_units=tuple(u for u in reading.lead_units if u != cut),
        cooperating_units=tuple(u for u in reading.cooperating_units if u != cut),
    )


def _person_heading(title: str) -> bool:
    """ "杨松县长牵头重点工作", "孟学农省长负责的工作": a heading giving a leader's share of the work."""
    m = HEADING_LEAD.pattern.match(title.strip())
    return m is not None and bool(PERSON_IN_LIST.pattern.match(m.group("body")))


def heading_lead(title: str, place_names: Sequence[str] = ()) -> tuple[tuple[str, ...], LeadBasis] | None:
    """The body a heading names as leading (or answering for) the items under it ("省审计厅牵头的工作"), and how."""
    m = HEADING_LEAD.pattern.match(title.strip())
    if m is None:
        return None
    bodies = split_units(m.group("body"), place_names)
    if not bodies or not all(looks_like_government_body(b) for b in bodies):
        return None  # "孟学农省长负责的工作": a person's share of the work
    basis = LeadBasis.INLINE if m.group("verb").startswith("牵头") else LeadBasis.SINGLE_UNIT
    return tuple(bodies), basis


def _heading_leads(tasks: list[Task], place_names: Sequence[str]) -> list[Task]:
    """Items under a heading that names their lead ("（三）省编办牵头的工作" / "1.…" / "2.…协同单位：…"): the heading's
    body leads each item that names no lead of its own, the item's own units being its helpers (HEADING_LEAD)."""
    headed = {
        t.section: found
        for t in tasks
        if t.kind in ("item", "table_row") and (found := heading_lead(t.title, place_names))
    }
    # "(一)构建法治环境保障体系(总牵头单位:县委依法治县委员会办公室)" over "1.…" / "2.…": a group heading whose
    # own line labels its lead leads the items under it that name none.
    parents = {t.section.rsplit("/", 1)[0] for t in tasks if "/" in t.section}
    headed.update(
        (t.section, (t.lead_units, LeadBasis.EXPLICIT))
        for t in tasks
        if t.kind == "item"
        and t.section in parents
        and t.section not in headed
        and t.lead_units
        and t.lead_basis is LeadBasis.EXPLICIT
        and "\n" not in t.quote.strip()
        and BRACKETED_CLAUSE_OPEN.search(t.quote)
    )
    if not headed:
        return tasks
    out = []
    for t in tasks:
        path = t.section
        found = None
        while path:
            if path in headed:
                found = headed[path]
                break
            path = path.rsplit("/", 1)[0] if "/" in path else ""
        if found is None or t.kind not in ("item", "table_row") or t.lead_units:
            out.append(t)
            continue
        bodies, basis = found
        helpers = tuple(u for u in t.units if u not in bodies)
        if basis != LeadBasis.INLINE and helpers:
            out.append(t)  # "X负责的工作" over an item listing bodies of its own: who answers is not said
            continue
        out.append(
            replace(
                t, units=(*bodies, *helpers), lead_units=bodies, cooperating_units=helpers, lead_basis=basis
            )
        )
    return out


_SELF_NAMED = re.compile(r"^(?:我|本)(厅|局|委|办|部|院|署|会|中心)$")


def self_named(unit: str, issuer: str) -> str:
    """The issuer a document's "我厅" / "本局" stands for, when the issuer is that kind of body; else ""."""
    m = _SELF_NAMED.match(unit)
    kind = m.group(1) if m else ""
    if issuer and kind and (issuer.endswith(kind) or (kind == "委" and issuer.endswith("委员会"))):
        return issuer
    return ""


def issuer_for_self(tasks: list[Task], issuer: str, text: str) -> list[Task]:
    """ "我厅会同省发展改革委起草了…" in a notice 河北省司法厅 issues: 我厅 is the issuer, named as the document names
    it (the name must be in the text, so an answer can quote it)."""
    if not issuer or issuer not in text:
        return tasks

    def own(unit: str) -> str:
        return self_named(unit, issuer) or unit

    return [
        replace(
            t,
            units=tuple(own(u) for u in t.units),
            lead_units=tuple(own(u) for u in t.lead_units),
            cooperating_units=tuple(own(u) for u in t.cooperating_units),
        )
        if any(self_named(u, issuer) for u in t.units)
        else t
        for t in tasks
    ]


def _part_of_a_party(unit: str, parties: Sequence[str]) -> bool:
    return unit not in parties and any(unit in p for p in parties)


def _group_labels(tasks: list[Task]) -> list[Task]:
    """Labelled lines closing a heading's last sub-item ("一、海洋渔业" / "(一)…" / "(二)…" / "(三)…" / "主办单位:省海洋
    渔业局" / "协办单位:沿海三市政府") name the heading's units when no other sub-item names any: every sub-item and
    the heading take them (a one-sentence sub-item is no item of its own: the heading answers for it)."""
    items = {t.section: t for t in tasks if t.kind in ("item", "table_row")}
    changed: dict[str, Task] = {}
    for section in {s.rsplit("/", 1)[0] for s in items if "/" in s}:
        parent = items.get(section)
        children = [t for s, t in items.items() if s.rsplit("/", 1)[0] == section and "/" in s]
        if (parent is not None and parent.units and not heading_lead(parent.title)) or not children:
            continue
        *first, last = sorted(children, key=lambda t: t.start)
        lines = last.body.split("\n")
        labelled = [n for n, line in enumerate(lines) if n and LABEL_LINE.match(line)]
        if not last.units or not labelled or any(t.units for t in first):
            continue
        if any(not LABEL_LINE.match(line) for line in lines[labelled[0] :] if line.strip()):
            continue  # the labels are not the item's closing lines
        for t in (*([parent] if parent is not None else []), *first):
            changed[t.section] = replace(
                t,
                units=last.units,
                lead_units=last.lead_units,
                cooperating_units=last.cooperating_units,
                lead_basis=last.lead_basis,
            )
    if not changed:
        return tasks
    return [changed.get(t.section, t) if t.kind in ("item", "table_row") else t for t in tasks]


# The section id of a notice's opening paragraphs (before its first numbered item or table).
OPENING = "开头"


def _opening_tasks(doc_id: str, text: str, items: Sequence[Item], place_names: Sequence[str]) -> list[Task]:
    """The duties a notice's own opening assigns before its items or attachment tables ("区政府办公室将定期跟踪
    督办…"): clause records of a section of their own, read as the closing paragraphs are."""
    end = items[0].start if items else len(text)
    opening_text = text[:end]
    # The addressees a notice exhorts ("各地各部门要认真履职尽责") are its readers, not a body it assigns work to.
    duties = [
        d
        for d in find_inline_duties(opening_text, place_names)
        if d.lead_units and not any(u.startswith("各") for u in d.lead_units)
    ]
    goals = _opening_goals(doc_id, opening_text) if items else []
    if not duties:
        return goals
    item = Item(OPENING, OPENING, 1, OPENING, 0, end, OPENING, 0, closing=True)
    return goals + [t for t in _closing_tasks(doc_id, item, opening_text, duties) if t.kind == "inline_duty"]


# A goal the plan's preamble sets before its items: "力争2023-2025年每年引进制造业项目计划投资额不少于1600亿元,…".
_GOAL_CUE = re.compile(r"力争|到\s*20\d{2}\s*年|确保|目标是|目标为|主要目标")


def _opening_goals(doc_id: str, opening_text: str) -> list[Task]:
    """The sentences of a plan's preamble stating goals with figures, each a record of the opening with its targets
    (no units: the preamble assigns them to no one)."""
    tasks = []
    for m in SENTENCE.finditer(opening_text):
        sentence = m.group()
        cue = _GOAL_CUE.search(sentence)
        if cue is None:
            continue
        targets = tuple(
            t for t in find_targets(sentence, offset=m.start()) if t.start >= m.start() + cue.start()
        )
        if not targets:
            continue
        title = sentence[cue.start() :].strip()
        tasks.append(
            Task(
                doc_id=doc_id,
                section=OPENING,
                label=OPENING,
                title=title[:40],
                body=sentence,
                units=(),
                lead_units=(),
                cooperating_units=(),
                lead_basis=LeadBasis.NONE,
                deadline="",
                targets=targets,
                quote=sentence,
                start=m.start(),
                end=m.end(),
                kind="item",
                heading_path=OPENING,
            )
        )
    return tasks


def _listing_owner(
    item: Item, item_text: str, duties: Sequence[InlineDuty]
) -> tuple[tuple[str, ...], LeadBasis] | None:
    """The one body an item's sentence binds right before it lists duties ("…（以下简称市跨境电商综试办），负责…，依照
    本条例规定履行下列职责：", "即由市经合局牵头抓总，…主要任务是：") and how the sentence binds it (牵头 is kept;
    any other wording is a sole responsible body's); None when it lists none or the sentence binds several bodies
    or none."""
    cue = LISTED_DUTIES.pattern.search(item_text)
    if cue is None:
        return None
    opening = sentence_start(item_text, cue.start())
    bound = [d for d in duties if opening <= d.start < cue.start() and d.lead_units]
    if len({d.lead_units for d in bound}) != 1 or len(bound[0].lead_units) != 1:
        return None
    led = any(d.basis == LeadBasis.INLINE for d in bound)
    return bound[0].lead_units, (LeadBasis.INLINE if led else LISTED_DUTIES.basis)


_HEADER_UNIT = re.compile(r"[(（]\s*([^()（）]{1,6})\s*[)）]\s*$")
_CELL_FIGURE = re.compile(r"(\d[\d,，]*(?:\.\d+)?)\s*(\S*)")


def _figure_targets(item: Item, text: str) -> tuple[Target, ...]:
    """A table row's figures as targets: "小店区 | 150 | …" under "签约项目总投资(亿元)" is 签约项目总投资 150 亿元 for
    小店区, quoting the cell; the header stays on the record (``column``) so an answer can show what is counted."""
    out = []
    for header, cell in item.figures:
        stripped = cell.text.strip()
        m = _CELL_FIGURE.match(stripped)
        if m is None:
            continue
        bracket = _HEADER_UNIT.search(header)
        metric = header[: bracket.start()].strip() if bracket else header
        unit = m.group(2) or (bracket.group(1).strip() if bracket else "")
        start = cell.start + cell.text.index(stripped)
        value_text = m.group(1)
        out.append(
            Target(
                metric=metric,
                comparator="",
                value=float(value_text.replace(",", "").replace("，", "")),
                value_text=value_text,
                unit=unit,
                year=None,
                scope=item.title,
                quote=text[start : start + len(stripped)],
                start=start,
                end=start + len(stripped),
                column=header,
            )
        )
    return tuple(out)


def _single_year(title: str) -> int | None:
    """'2021年全市招商引资工作方案' -> 2021; a period such as 2023-2025年 names no single year."""
    years = re.findall(r"(?<!\d)(\d{4})\s*年", title)
    if len(years) == 1 and not re.search(r"\d{4}\s*[-—–至]\s*\d{4}", title):
        return int(years[0])
    return None


def _year_of(deadline: str) -> int | None:
    m = re.search(r"(\d{4})", deadline)
    return int(m.group(1)) if m else None


def _in_clause(target, item: Item, reading: ListReading) -> bool:
    if not reading.clause:
        return False
    start, end = reading.clause
    return item.start + start <= target.start < item.start + end


def _read_units(
    item: Item, item_text: str, duties: Sequence[InlineDuty], rules: DocumentRules, place_names: Sequence[str]
) -> ListReading:
    # Rules stated in this item apply from the next item on ("以下各项…").
    implied_so_far = list(rules.implied_units)
    reading = _read_own_units(item, item_text, duties, rules, place_names)
    extra = [u for u in implied_so_far if u not in reading.units]
    if not extra or not reading.units:
        return reading
    return replace(
        reading,
        units=reading.units + tuple(extra),
        cooperating_units=reading.cooperating_units + tuple(extra),
    )


def _read_own_units(
    item: Item, item_text: str, duties: Sequence[InlineDuty], rules: DocumentRules, place_names: Sequence[str]
) -> ListReading:
    def split(text: str) -> list[str]:
        return split_units(text, place_names)

    if "units" in item.cells or "lead" in item.cells or "cooperating" in item.cells:
        cell = {k: item.cells[k].text if k in item.cells else "" for k in ("units", "lead", "cooperating")}
        return _from_list(read_unit_list(cell["units"], rules, split, cell["lead"], cell["cooperating"]))
    clauses = _labelled_clauses(item_text, rules, split)
    if len(clauses) > 1:
        # Several sentences, each with its own 责任单位 bracket: the item leads only where all agree; each
        # clause is also a record of its own (_clause_tasks), so no clause's units lead another's sentence.
        units = _dedupe([u for _, _, r in clauses for u in r.units])
        leads = {r.lead_units for _, _, r in clauses}
        first = clauses[0][2]
        span = None  # targets between the clauses belong to the item
        if len(leads) == 1 and first.lead_units:
            rest = tuple(u for u in units if u not in first.lead_units)
            return ListReading(tuple(units), first.lead_units, rest, first.basis, clause=span)
        return ListReading(tuple(units), (), tuple(units), LeadBasis.NONE, clause=span)
    if clauses:
        start, end, reading = clauses[0]
        return _from_list(reading, (start, end))
    bracket = _unit_bracket(item_text, rules, split)
    if bracket:
        return bracket
    # The governments of a level bound as one party ("各市要…") answer for their own sentences; they name the
    # item's party only when the item is theirs from its first sentence.
    levels = [d for d in duties if d.convention == LEVEL_PARTY.name]
    if levels and (len(levels) < len(duties) or re.search(r"[。；;]", item_text[: levels[0].start].strip())):
        duties = [d for d in duties if d.convention != LEVEL_PARTY.name]
    if duties:
        late = (
            _named_late(item_text, duties[0].start)
            if not ARTICLE_LABEL.match(item.label)
            else bool(_ENTERPRISE_BOUND.search(item_text[: duties[0].start]))
        )
        reading = _from_duties(_with_full_names(item_text, duties), late)
        shared = CLASS_JOINT.pattern.search(item_text)
        if shared and reading.units:
            units = (*reading.units, shared.group(1))
            return ListReading(units, (), units, CLASS_JOINT.basis)
        return reading
    strip_rules(item_text, rules, split)
    title = item.title.strip()
    if looks_like_government_body(title) and split(title) == [title]:
        # "（一）省科技厅 扩容科创载体…": the heading names the department whose measures follow.
        return ListReading((title,), (title,), (), UNIT_HEADING.basis, UNIT_HEADING.name)
    return ListReading()


_SHORT_NAME = re.compile(r"[（(](?:以下简称|以下称|简称)[“\"]?([^）)”\"]{2,20})[”\"]?[）)]")


_LISTED_BEFORE = re.compile(r"(?:^|[，,。；;：:])(?:可以|应当)?(?:向|由)?([^，,。；;：:]+)$")


def _with_full_names(item_text: str, duties: Sequence[InlineDuty]) -> list[InlineDuty]:
    """'X（以下简称Y）…Y应当…': Y is X, so the item's sentences bind one body, named as first written.

    A short name given to a list of bodies ("向市商务部门、区人民政府指定的…机构（以下简称投诉工作机构）") is a
    role the text defines, not a body: it stands for the bodies listed.
    """
    full: dict[str, tuple[str, ...]] = {}
    bound = {u for d in duties for u in d.lead_units}
    for m in _SHORT_NAME.finditer(item_text):
        before = item_text[: m.start()]
        named = next((u for u in bound if before.endswith(u)), "")
        listed = _LISTED_BEFORE.search(before)
        bodies = split_units(listed.group(1)) if listed else []
        if len(bodies) > 1 and all(looks_like_unit(u) for u in bodies):
            full[m.group(1)] = tuple(bodies)
        elif named and m.group(1) != named:
            full[m.group(1)] = (named,)
    if not full:
        return list(duties)
    return [
        replace(d, lead_units=tuple(_dedupe([n for u in d.lead_units for n in full.get(u, (u,))])))
        for d in duties
    ]


def _labelled_clauses(item_text: str, rules: DocumentRules, split) -> list[tuple[int, int, ListReading]]:
    """Each labelled responsibility clause of an item: (start, end, reading), in order."""
    out: list[tuple[int, int, ListReading]] = []
    pos = 0
    while True:
        m = CLAUSE_OPEN.search(item_text, pos)
        if not m:
            return out
        bracketed = m.group().lstrip()[:1] in "(（【〔［["
        end = _clause_close(item_text, m.end()) if bracketed else _label_lines_end(item_text, m.end())
        inner = item_text[m.start() + (1 if bracketed else 0) : end].strip()
        if (
            not bracketed
            and inner.endswith(("）", ")"))
            and inner.count("（") + inner.count("(") < inner.count("）") + inner.count(")")
        ):
            inner = inner[:-1]  # "…；责任单位：X）": the bracket opened before the label this clause began at
        fields = _fields(inner)
        reading = read_unit_list(
            fields.get(Field.UNITS, ""),
            rules,
            split,
            fields.get(Field.LEAD, ""),
            fields.get(Field.COOPERATING, ""),
        )
        if reading.units:
            out.append((m.start(), end + 1, reading))
        pos = max(end + 1, m.end())
        if not bracketed:
            return out  # labelled lines close the item


_PART_LABEL = re.compile(r"(?:^|\n)\s*([^\n：:，,。；;]{2,16})[：:](?![^\n]{0,6}[）)])")


def _clause_tasks(
    doc_id: str, item: Item, item_text: str, place_names: Sequence[str], rules: DocumentRules
) -> list[Task]:
    """'A…。（责任单位：X）B…。（责任单位：Y）': each sentence run with its own bracket is a clause-level record."""
    probe = DocumentRules(
        rules.first_listed_leads, list(rules.implied_units), rules.marked_leads, rules.first_phrase_leads
    )
    clauses = _labelled_clauses(item_text, probe, lambda t: split_units(t, place_names))
    if len(clauses) < 2:
        return []
    title_end = max(0, item.title_start - item.start) + len(item.title)
    tasks, segment_start = [], title_end
    for start, end, reading in clauses:
        segment = item_text[segment_start:end].strip("。；;，, \n")
        offset = item_text.find(segment, segment_start)
        first_sentence = re.split(r"[。；;（(]", segment, maxsplit=1)[0]
        # A part that opens its own paragraph with a label ("“双园”：…", "建设AI算力平台：…") is called by it.
        labels = _PART_LABEL.findall(segment)
        tasks.append(
            Task(
                doc_id=doc_id,
                section=item.section_id,
                label=item.label,
                title=(labels[-1] if labels else first_sentence)[:40],
                body=segment,
                units=reading.units,
                lead_units=reading.lead_units,
                cooperating_units=reading.cooperating_units,
                lead_basis=reading.basis,
                deadline=find_deadline(segment),
                targets=tuple(find_targets(segment[: start - offset], offset=item.start + offset)),
                quote=segment,
                start=item.start + offset,
                end=item.start + offset + len(segment),
                kind="inline_duty",  # a clause-level record, like a duty read from running text
                heading_path=item.heading_path,
            )
        )
        segment_start = end
    return tasks


def _from_list(reading: ListReading, clause: tuple[int, int] | None = None) -> ListReading:
    return replace(reading, clause=clause)


# A body named only after this many sentences of an item answers for its own sentences, not for the item.
_LATE_SENTENCES = 3


def _named_late(item_text: str, start: int) -> bool:
    """The item has run on for several sentences before it names its first body (an article, however long,
    is one provision: the body it names answers for it)."""
    return len(re.findall(r"[。！!？?]", item_text[:start])) >= _LATE_SENTENCES


# An article opening with a duty of a named enterprise ("洋浦经济开发区土地成片开发主体企业按照…，负责开发区土地开发…"):
# the government bodies its later sentences bind answer for those sentences, not for the article.
_ENTERPRISE_BOUND = re.compile(
    r"(?:^|[。；;\n])\s*(?:第[一二三四五六七八九十百零〇\d]+条\s*)?[\u4e00-\u9fff（）()]{4,30}?(?:企业|公司|集团)"
    r"(?:应当|负责|(?:按照|依照|依据)[^，,。；;]{2,40}[，,]\s*负责)"
)


def _from_duties(duties: Sequence[InlineDuty], late: bool = False) -> ListReading:
    """An item read from its running text.

    When every duty binds the same body, that body leads the item (on the first duty's entry: 牵头 / 会同 /
    负责), unless the item has run on for several sentences before it names the body ("…离休干部管理单位由当地
    党委和政府确定。" deep in a paragraph of the work of many): then the body answers for its own sentence (the
    clause-level record) and the item names no lead. When different sentences bind different bodies, the item
    names no lead: each sentence is a clause-level record of its own (an inline duty task), so one sentence's
    units never lead the next's.
    """
    units = _dedupe([u for d in duties for u in (*d.lead_units, *d.cooperating_units)])
    if late:
        return ListReading(tuple(units), (), tuple(units), LeadBasis.NONE)
    if all(d.convention == APPROVING_BODY.name for d in duties) and len({d.lead_units for d in duties}) == 1:
        # The one body an item names approves what it allows ("…经海关批准，可以设立保税工厂"): it answers for the
        # item, read so (负责单位); under a list of another body's duties the item is that body's (build_tasks).
        return ListReading(tuple(units), duties[0].lead_units, (), LeadBasis.SINGLE_UNIT, APPROVING_BODY.name)
    first = duties[0]
    supported = _supported_lead(duties)
    if supported is not None:
        rest = [u for u in units if u not in supported.lead_units]
        return ListReading(tuple(units), supported.lead_units, tuple(rest), supported.basis)
    if any(d.lead_units != first.lead_units for d in duties):
        # The one body the item writes as 牵头 or 会同 leads it; with none, or with different bodies each
        # leading their own clause, the item names no lead (the clause-level records carry theirs).
        # (a body helped by another, "银行配合财政部门做好…", leads only its own sentence)
        written = [
            d
            for d in duties
            if d.basis in (LeadBasis.INLINE, LeadBasis.CONVENES) and d.convention != ASSISTS.name
        ]
        # A 分工 paragraph shares the work out body by body ("市科技局…牵头做好…;市发改局负责…;市工信局负责…"):
        # the one clause worded 牵头 or 会同 leads its own work, not the paragraph's.
        shared_out = len({d.lead_units for d in duties if d.basis is LeadBasis.SINGLE_UNIT}) >= 3 and bool(
            written
        )
        if (
            not shared_out
            and len({d.lead_units for d in written}) == 1
            and not _is_elliptical_party("、".join(written[0].lead_units))
        ):
            lead = written[0]
            basis = LeadBasis.INLINE if any(d.basis is LeadBasis.INLINE for d in written) else lead.basis
            rest = [u for u in units if u not in lead.lead_units]
            return ListReading(tuple(units), lead.lead_units, tuple(rest), basis)
        return ListReading(tuple(units), (), tuple(units), LeadBasis.NONE)
    leads = list(first.lead_units)
    strongest = max(duties, key=lambda d: _BASIS_STRENGTH.get(d.basis, 0))
    basis = strongest.basis
    if len(leads) == 1 and _is_elliptical_party(leads[0]):
        # "科学技术、发展改革、经济信息化等部门对…给予支持": departments acting jointly; none is said to lead.
        return ListReading(tuple(units), (), tuple(units), LeadBasis.NONE)
    if len(leads) > 1 and basis is not LeadBasis.INLINE:
        # "监察机关、审判机关、检察机关应当…" / "A和B应当…": the sentence binds them jointly and says nothing of
        # who leads; naming the first would state a lead the text does not. Each stays a responsible unit.
        return ListReading(tuple(units), (), tuple(units), LeadBasis.NONE)
    if len(units) == len(leads) and basis not in (LeadBasis.INLINE,):
        basis = LeadBasis.SINGLE_UNIT
    cooperating = [u for u in units if u not in leads]
    return ListReading(tuple(units), tuple(leads), tuple(cooperating), basis)


# "…应当在各自的职责范围内，支持、配合高新区管委会做好管理和服务工作": bodies supporting another named by its name
# or a short form of it.
_SUPPORTING = re.compile(
    r"(?:支持|配合|协助|协同)(?:[、和](?:支持|配合|协助|协同))?([\u4e00-\u9fff]{2,24}?)(?:做好|开展|依法|履行|工作|的)"
)


def _supported_lead(duties: Sequence[InlineDuty]) -> InlineDuty | None:
    """The one body an article charges whose other sentences only have bodies support it ("兰州…管理委员会…对高新区
    …进行管理" / "市人民政府各部门…应当…支持、配合高新区管委会做好管理和服务工作"): it leads, they cooperate."""
    supporting = [(d, m.group(1)) for d in duties if (m := _SUPPORTING.search(d.duty))]
    leading = [d for d in duties if d.lead_units and not any(d is h for h, _ in supporting)]
    if not supporting or not leading or len({d.lead_units for d in leading}) != 1:
        return None
    if len(leading[0].lead_units) != 1:
        return None
    lead = leading[0].lead_units[0]
    if not all(in_order(named, lead) for _, named in supporting):
        return None
    return leading[0]


_LEVELS_FIRST = re.compile(
    r"^(?:(?:各)?(?:自治区|自治州|自治县|直辖市|设区的市|省|市|区|县|州|旗|盟|乡|镇)(?:[（(][^）)]*[）)])?(?:、|和|及))+"
)


def _is_elliptical_party(name: str) -> bool:
    """'科学技术、发展改革…等部门' names several departments; '市、区人民政府' names one body at two levels."""
    rest = re.sub(r"[（(][^）)]*[）)]", "", _LEVELS_FIRST.sub("", name))
    if _KINDS_OF_ONE_DEPARTMENT.search(rest):
        # "公路、城市道路等道路管理部门": the list names what the one department's field covers.
        return False
    # "发展改革等部门": one department named for a class of them; the text names none of them as lead.
    return "、" in rest or bool(re.search(r"等(?:有关|相关)?(?:部门|单位|机构)$", rest))


# "…等道路管理部门": a department named by its own field after the list, not a bare "等(有关)部门".
_KINDS_OF_ONE_DEPARTMENT = re.compile(
    r"等(?!有关|相关|其他|职能|主管|行政|各|政府|成员)[\u4e00-\u9fff]{2,8}(?:部门|机构|机关)$"
)


_BASIS_STRENGTH = {LeadBasis.INLINE: 3, LeadBasis.CONVENES: 2, LeadBasis.SINGLE_UNIT: 1}


# A bracket that closes a clause and holds nothing but units and role words: "（X牵头，Y按职责分工负责）"; some
# documents print it in 〔〕 or 【】 ("〔市数据局、市市场监管局牵头，…各县(市、区)按职责分工落实〕").
_BRACKET = re.compile(
    r"[(（〔【]([^()（）〔〕【】]{2,200}(?:[(（〔][^()（）〔〕]{1,30}[)）〕][^()（）〔〕【】]{0,200})*)[)）〕】]"
)


# "经委", "农办", "国税局": a body named short after the first of its list, whose level it shares.
_SHORT_BODY = re.compile(r"[\u4e00-\u9fff]{1,6}(?:局|委|办|厅|署|处|院|会|行|队|所|站|中心)")


def _short_after_first(units: Sequence[str]) -> bool:
    """ "由市发展改革委、经委、农办、农业局…负责": the first body named in full, the rest by the short names its
    level uses for them."""
    return (
        len(units) >= 2
        and looks_like_unit(units[0])
        and all(looks_like_unit(u) or _SHORT_BODY.fullmatch(u) for u in units[1:])
    )


def _unit_bracket(item_text: str, rules: DocumentRules, split) -> ListReading | None:
    """The item's unit bracket "（X牵头，Y按职责分工负责）" closing a clause. Where several sentences close with
    brackets of their own ("…。（商务部负责）…。（海关总署负责）"), the item leads only where all agree."""
    readings: list[tuple[int, int, ListReading]] = []
    for m in _BRACKET.finditer(item_text):
        inner = m.group(1)
        after = item_text[m.end() : m.end() + 1]
        before = item_text[max(0, m.start() - 1) : m.start()]
        closes = not after or after in "。；;，,\n" or m.end() == len(item_text) or before in "。；;"
        if not closes:
            continue
        if JOINT_MARK.fullmatch(m.group()):
            # "市住建局、市发改委（按职责分工）": the bracket qualifies the list written just before it.
            listed = re.search(r"[^。；;，,：:\n]*$", item_text[: m.start()]).group()
            if not listed or not all(looks_like_unit(u) for u in split(listed)):
                continue
            inner = listed + "按职责分工负责"
        probe = DocumentRules(
            rules.first_listed_leads,
            marked_leads=rules.marked_leads,
            first_phrase_leads=rules.first_phrase_leads,
        )
        reading = read_unit_list(inner, probe, split)
        if reading.basis is LeadBasis.EXPLICIT and reading.lead_units:
            # "（商务部牵头，各有关部门和地方按职责分工负责）": a written lead makes the bracket a list; the
            # classes of bodies after it ("各有关部门和地方") are no units of their own.
            reading = _named_units_only(reading)
        if not reading.units or not (
            all(looks_like_unit(u) for u in reading.units) or _short_after_first(reading.units)
        ):
            continue
        rules.first_listed_leads |= probe.first_listed_leads
        rules.marked_leads |= probe.marked_leads
        rules.first_phrase_leads |= probe.first_phrase_leads
        readings.append((m.start(), m.end(), reading))
    if not readings:
        return None
    if len(readings) == 1 or len({r.lead_units for _, _, r in readings}) == 1:
        start, end, reading = readings[0]
        if len(readings) > 1:
            units = tuple(_dedupe([u for _, _, r in readings for u in r.units]))
            rest = tuple(u for u in units if u not in reading.lead_units)
            return ListReading(units, reading.lead_units, rest, reading.basis)
        return _from_list(reading, (start, end))
    units = tuple(_dedupe([u for _, _, r in readings for u in r.units]))
    return ListReading(units, (), units, LeadBasis.NONE)


def _named_units_only(reading: ListReading) -> ListReading:
    keep = tuple(u for u in reading.cooperating_units if looks_like_unit(u))
    units = tuple(u for u in reading.units if u in reading.lead_units or u in keep)
    return replace(reading, units=units, cooperating_units=keep)


def _label_lines_end(text: str, pos: int) -> int:
    """A labelled clause on lines runs on over the following lines that are labels too (配合单位：…)."""
    end = _line_end(text, pos)
    while end < len(text) and LABEL_LINE.match(text[end + 1 : end + 40]):
        end = _line_end(text, end + 1)
    return end


def _fields(inner: str) -> dict[Field, str]:
    """'(牵头单位：X；配合单位：Y)' -> {LEAD: X, COOPERATING: Y}; '(责任单位：…)' -> {UNITS: …}."""
    out: dict[Field, str] = {}
    matches = list(LABEL_FIELD.finditer(inner))
    for n, m in enumerate(matches):
        value = inner[m.end() : matches[n + 1].start() if n + 1 < len(matches) else len(inner)]
        role = field_of_label(m.group(1) or m.group(2)) or Field.UNITS
        out[role] = (out.get(role, "") + "、" + value.strip("；;，,。 \n")).strip("、")
    return out


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _clause_close(text: str, pos: int) -> int:
    """Index of the bracket closing the clause; scrape damage may have lost it, then the line ends it."""
    depth = 1
    for i in range(pos, len(text)):
        ch = text[i]
        if ch in "(（【〔［[":
            depth += 1
        elif ch in ")）】〕］]":
            depth -= 1
            if depth == 0:
                return i
        elif ch == "\n":
            return i
    return len(text)


def _topic_before_by(item_text: str, start: int) -> int:
    """Where a clause record's quote opens: "地方所属转制文化企业的认定，由地方各级宣传部门会同…" names what the
    body does before 由 names the body; the quote keeps that phrase (from its sentence's start)."""
    head = item_text[max(0, start - 3) : start]
    # "…的认定，由X会同Y…" or "…的日常工作由X承担": the matter is named right before 由; "对连接…主要道路设置货运车辆
    # 禁令性标志的，X应当…": the case the body acts in is named before it.
    # "专项发展资金管理办法由市财政局会同…制定": the matter may run straight into 由.
    by = item_text.startswith("由", start) or re.search(r"(?:[，,]\s*|(?<![自理缘经因]))由\s*$", head)
    case = re.search(r"的[，,]\s*$", head)
    if not by and not case:
        return start
    opening = sentence_start(item_text, start, "。；;：:\n")
    before = item_text[opening:start]
    # Only a phrase naming the matter ("…的认定，"), not a clause with a body and a duty of its own.
    commas = before.count("，") + before.count(",")
    acts = re.search(r"负责|牵头|应当|(?<![主重需必只概纲])要(?!求)|会同", before)
    reach = 60 if case else 40
    if len(before) <= reach and commas <= 2 and not acts:
        return opening
    # "…负责召集，“智云常经开”平台由联席会议负责监管": the matter of its own clause, after a clause of another body's
    clause = max(before.rfind("，"), before.rfind(","))
    own = before[clause + 1 :]
    if by and clause >= 0 and 2 <= len(own.strip()) <= 30 and not re.search(r"负责|牵头|应当|会同", own):
        return opening + clause + 1
    return start


def _inline_tasks(doc_id: str, item: Item, item_text: str, duties: Sequence[InlineDuty]) -> list[Task]:
    """'市商务局牵头负责世界500强企业的引进工作' becomes a task of its own, citing just that clause."""
    tasks = []
    for duty in duties:
        # A body of a list read respectively keeps the name the list prints ("发展改革" in "分别由发展改革、…和住房城乡
        # 建设部门牵头"), which carries no ending of its own.
        named = duty.convention in (RESPECTIVE.name, LEVEL_PARTY.name, RESPONSIBLE_PERSON.name) or all(
            looks_like_unit(u) or POST_LEADS.pattern.match(u) or EVERY_LEVEL_GOVERNMENT.match(u)
            for u in duty.lead_units
        )
        if not duty.duty or not named:
            continue
        opening = _topic_before_by(item_text, duty.start)
        start, end = item.start + opening, item.start + duty.end
        quote = item_text[opening : duty.end]
        # The matter named right before 由 names the duty ("…的日常工作由市产业主管部门承担", "专项发展资金管理办法由
        # 市财政局会同…制定"); a case named before the body ("…的，X应当…") names it only when the duty is one verb.
        by = opening < duty.start and (
            item_text.startswith("由", duty.start) or item_text[: duty.start].rstrip().endswith("由")
        )
        if by or (opening < duty.start and len(duty.duty) < 4):
            title = ARTICLE_OPENING.sub("", quote.strip()).lstrip()
        else:
            title = duty.duty if len(duty.duty) >= 4 else ""
        if len(title) < 4:
            continue
        units = tuple(_dedupe(list(duty.lead_units) + list(duty.cooperating_units)))
        lead, basis = duty.lead_units, duty.basis
        if (
            lead
            and basis not in (LeadBasis.INLINE, LeadBasis.CONVENES)
            and (len(lead) > 1 or _is_elliptical_party(lead[0]))
        ):
            # "A、B应当…" / "发展改革等部门应当…": bound jointly, no lead written (as in _from_duties); the bodies
            # convening others ("省人民政府发展改革、商务主管部门应当会同外事主管部门…") act together and say so.
            lead, basis = (), LeadBasis.NONE
        tasks.append(
            Task(
                doc_id=doc_id,
                section=item.section_id,
                label=item.label,
                title=title,
                body=quote,
                units=units,
                lead_units=lead,
                cooperating_units=tuple(u for u in units if u not in lead),
                lead_basis=basis,
                deadline=find_deadline(quote),
                targets=tuple(find_targets(quote, offset=start)),
                quote=quote,
                start=start,
                end=end,
                kind="inline_duty",
                heading_path=item.heading_path,
            )
        )
    return tasks


def _closing_tasks(doc_id: str, item: Item, item_text: str, duties: Sequence[InlineDuty]) -> list[Task]:
    """The closing paragraphs (section 结尾): one record of the whole, and each duty in it as a clause record.

    The closing addresses several bodies in turn ("各有关部门要…。各省（区、市）政府要建立省级政府办公厅牵头…的工作
    机制"), so the record of the whole names a lead only when every duty in it binds the same body; the
    mechanism a duty sets up ("…办公厅牵头") is that clause's lead, not the closing's.
    """
    duty_tasks = _inline_tasks(doc_id, item, item_text, duties)
    named = [t for t in duty_tasks if t.units]
    units = tuple(_dedupe([u for t in named for u in t.units]))
    leads = {t.lead_units for t in named}
    lead, basis = ((), LeadBasis.NONE)
    if len(leads) == 1 and named[0].lead_units:
        lead, basis = named[0].lead_units, named[0].lead_basis
    body = item_text.rstrip()
    whole = Task(
        doc_id=doc_id,
        section=item.section_id,
        label=item.label,
        title=item.title,
        body=body,
        units=units,
        lead_units=lead,
        cooperating_units=tuple(u for u in units if u not in lead),
        lead_basis=basis,
        deadline=find_deadline(body),
        targets=tuple(find_targets(body, offset=item.start)),
        quote=body,
        start=item.start,
        end=item.start + len(body),
        kind="closing",
        heading_path=item.heading_path,
    )
    return [whole, *duty_tasks]


def _dedupe(names: list[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        if name and name not in out:
            out.append(name)
    return out
