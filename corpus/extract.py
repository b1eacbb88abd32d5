"""Tasks from outline items: responsible units, the lead, deadlines and targets, read by each document's rules.

Documents state their own conventions — "列第一的为牵头单位，下同", "(牵头单位：X；配合单位：Y)",
"以下各项均需…落实，不再单独列出" — and the reader applies them from where they are stated onwards.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from corpus.model import LeadBasis, Task
from corpus.structure import Item
from corpus.targets import find_deadline, find_targets
from corpus.units import InlineDuty, find_inline_duties, looks_like_unit, split_units

_CLAUSE_KEY = (
    r"责任单位|牵头单位|配合单位|协办单位|参与单位|责任部门|牵头部门|主责单位|负责单位|实施单位|承办单位"
)
_CLAUSE_OPEN = re.compile(
    rf"[(（]\s*(?:{_CLAUSE_KEY})\s*[:：]|(?:^|\n|(?<=[。；;]))\s*(?:{_CLAUSE_KEY})\s*[:：]"
)
_FIELD = re.compile(rf"({_CLAUSE_KEY})\s*[:：]")
_FIRST_LEADS = re.compile(r"(?:列|排|排名|排在|名列)?第一(?:位|个|名)?(?:的|者)?(?:单位)?为牵头(?:单位|部门)")
_SAME_BELOW = re.compile(r"下同|以下同|后同")
_IMPLIED = re.compile(r"以下各项(?:均|都)?(?:需|由|要)(.+?)(?:负责)?(?:落实|实施|推进)")
_NOT_LISTED = re.compile(r"不再(?:单独|另行|一一)?列出")


@dataclass
class DocumentRules:
    """Conventions read so far in this document."""

    first_listed_leads: bool = False
    implied_units: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class UnitReading:
    units: tuple[str, ...] = ()
    lead_units: tuple[str, ...] = ()
    cooperating: tuple[str, ...] = ()
    lead_basis: LeadBasis = LeadBasis.NONE
    clause: tuple[int, int] | None = None  # span of the 责任单位 clause in the item text


def build_tasks(
    doc_id: str, text: str, items: Sequence[Item], place_names: Sequence[str], doc_title: str = ""
) -> list[Task]:
    rules = DocumentRules()
    doc_year = _single_year(doc_title)
    tasks: list[Task] = []
    for item in items:
        item_text = text[item.start : item.end]
        duties = find_inline_duties(item_text, place_names)
        reading = _read_units(item, item_text, duties, rules, place_names)
        deadline = (item.cells["deadline"].text if "deadline" in item.cells else "") or find_deadline(
            item_text
        )
        year = _year_of(deadline) or _single_year(item.title) or doc_year
        targets = tuple(
            t for t in find_targets(item_text, offset=item.start) if not _in_clause(t, item, reading)
        )
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
                cooperating_units=reading.cooperating,
                lead_basis=reading.lead_basis,
                deadline=deadline,
                targets=targets,
                quote=item_text,
                start=item.start,
                end=item.end,
                kind="table_row" if item.cells else "item",
                heading_path=item.heading_path,
            )
        )
        tasks.extend(_inline_tasks(doc_id, item, item_text, duties))
    return tasks


def _single_year(title: str) -> int | None:
    """'2021年全市招商引资工作方案' -> 2021; a period such as 2023-2025年 names no single year."""
    years = re.findall(r"(?<!\d)(\d{4})\s*年", title)
    if len(years) == 1 and not re.search(r"\d{4}\s*[-—–至]\s*\d{4}", title):
        return int(years[0])
    return None


def _year_of(deadline: str) -> int | None:
    m = re.search(r"(\d{4})", deadline)
    return int(m.group(1)) if m else None


def _in_clause(target, item: Item, reading: UnitReading) -> bool:
    if not reading.clause:
        return False
    start, end = reading.clause
    return item.start + start <= target.start < item.start + end


def _read_units(
    item: Item, item_text: str, duties: Sequence[InlineDuty], rules: DocumentRules, place_names: Sequence[str]
) -> UnitReading:
    # Rules stated in this item apply from the next item on ("以下各项…").
    implied_so_far = list(rules.implied_units)
    reading = _read_own_units(item, item_text, duties, rules, place_names)
    extra = [u for u in implied_so_far if u not in reading.units]
    if not extra or not reading.units:
        return reading
    return UnitReading(
        reading.units + tuple(extra),
        reading.lead_units,
        reading.cooperating + tuple(extra),
        reading.lead_basis,
        reading.clause,
    )


def _read_own_units(
    item: Item, item_text: str, duties: Sequence[InlineDuty], rules: DocumentRules, place_names: Sequence[str]
) -> UnitReading:
    if "units" in item.cells or "lead" in item.cells:
        lead_cell = (
            split_units(_strip_rules(item.cells["lead"].text, rules, place_names), place_names)
            if "lead" in item.cells
            else []
        )
        unit_cell = (
            split_units(_strip_rules(item.cells["units"].text, rules, place_names), place_names)
            if "units" in item.cells
            else []
        )
        coop_cell = (
            split_units(item.cells["cooperating"].text, place_names) if "cooperating" in item.cells else []
        )
        units = _dedupe(lead_cell + unit_cell + coop_cell)
        reading = _decide(units, lead_cell, rules, explicit=bool(lead_cell))
        return reading
    m = _CLAUSE_OPEN.search(item_text)
    if m:
        bracketed = m.group().lstrip()[:1] in "(（"
        end = _clause_close(item_text, m.end()) if bracketed else _line_end(item_text, m.end())
        inner = item_text[m.start() + (1 if bracketed else 0) : end].strip()
        fields = _fields(inner)
        lead = split_units(_strip_rules(fields.get("lead", ""), rules, place_names), place_names)
        marked, unmarked = _lead_markers(fields.get("units", ""))
        listed = split_units(_strip_rules(unmarked, rules, place_names), place_names)
        coop = split_units(_strip_rules(fields.get("cooperating", ""), rules, place_names), place_names)
        # Units stay in document order; a lead marked inside the list keeps its place in it.
        units = _dedupe(lead + listed + coop)
        lead = lead or split_units(marked, place_names)
        reading = _decide(units, lead, rules, explicit=bool(lead))
        reading = UnitReading(
            reading.units, reading.lead_units, reading.cooperating, reading.lead_basis, (m.start(), end + 1)
        )
        return reading
    if duties:
        leads = _dedupe([u for d in duties for u in d.lead_units])
        coop = _dedupe([u for d in duties for u in d.cooperating_units if u not in leads])
        if len(leads) == 1:
            return UnitReading(tuple(leads + coop), tuple(leads), tuple(coop), LeadBasis.INLINE)
        return UnitReading(tuple(leads + coop), (), tuple(leads + coop), "")
    _strip_rules(item_text, rules, place_names)
    return UnitReading()


def _decide(units: list[str], lead: list[str], rules: DocumentRules, explicit: bool) -> UnitReading:
    if not units:
        return UnitReading()
    if explicit:
        leads, basis = lead, LeadBasis.EXPLICIT
    elif rules.first_listed_leads:
        leads, basis = units[:1], LeadBasis.DOCUMENT_RULE
    elif len(units) == 1:
        leads, basis = units[:1], LeadBasis.SINGLE_UNIT
    else:
        leads, basis = units[:1], LeadBasis.FIRST_LISTED
    cooperating = [u for u in units if u not in leads]
    return UnitReading(tuple(units), tuple(leads), tuple(cooperating), basis)


_LEAD_MARK = re.compile(r"[(（]\s*牵头\s*[)）]")


def _lead_markers(text: str) -> tuple[str, str]:
    """'市商务局（牵头）、市发改委' -> ('市商务局', '市商务局、市发改委'): units marked as leading."""
    if not _LEAD_MARK.search(text):
        return "", text
    marked = [m.group(1) for m in re.finditer(r"([^、，,；;（(]+?)\s*[(（]\s*牵头\s*[)）]", text)]
    return "、".join(marked), _LEAD_MARK.sub("", text)


def _fields(inner: str) -> dict[str, str]:
    """'(牵头单位：X；配合单位：Y)' -> {'lead': X, 'cooperating': Y}; '(责任单位：…)' -> {'units': …}."""
    out: dict[str, str] = {}
    matches = list(_FIELD.finditer(inner))
    for n, m in enumerate(matches):
        value = inner[m.end() : matches[n + 1].start() if n + 1 < len(matches) else len(inner)]
        key = m.group(1)
        role = (
            "lead"
            if "牵头" in key or "主责" in key
            else "cooperating"
            if key[:2] in ("配合", "协办", "参与")
            else "units"
        )
        out[role] = (out.get(role, "") + "、" + value.strip("；;，, ")).strip("、")
    return out


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _clause_close(text: str, pos: int) -> int:
    """Index of the bracket closing the clause; scrape damage may have lost it, then the line ends it."""
    depth = 1
    for i in range(pos, len(text)):
        ch = text[i]
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth -= 1
            if depth == 0:
                return i
        elif ch == "\n":
            return i
    return len(text)


def _strip_rules(text: str, rules: DocumentRules, place_names: Sequence[str]) -> str:
    """Remove convention sentences from a unit list, recording them as document rules."""
    kept = []
    for clause in re.split(
        r"(?<=[。；;])|[，,](?=[^，,]*(?:为牵头|下同|不再单独列出|不再列出|以下各项))", text
    ):
        if not clause:
            continue
        if _FIRST_LEADS.search(clause):
            rules.first_listed_leads = True
            clause = _FIRST_LEADS.split(clause)[0]
        implied = _IMPLIED.search(clause)
        if implied:
            rules.implied_units = [u for u in split_units(implied.group(1), place_names) if u]
            clause = clause[: implied.start()]
        clause = _NOT_LISTED.sub("", _SAME_BELOW.sub("", clause))
        kept.append(clause)
    return "，".join(c.strip("，,。；; ") for c in kept if c.strip("，,。；; "))


def _inline_tasks(doc_id: str, item: Item, item_text: str, duties: Sequence[InlineDuty]) -> list[Task]:
    """'市商务局牵头负责世界500强企业的引进工作' becomes a task of its own, citing just that clause."""
    tasks = []
    for duty in duties:
        if not duty.duty or len(duty.duty) < 4 or not all(looks_like_unit(u) for u in duty.lead_units):
            continue
        start, end = item.start + duty.start, item.start + duty.end
        quote = item_text[duty.start : duty.end]
        tasks.append(
            Task(
                doc_id=doc_id,
                section=item.section_id,
                label=item.label,
                title=duty.duty,
                body=quote,
                units=tuple(_dedupe(list(duty.lead_units) + list(duty.cooperating_units))),
                lead_units=duty.lead_units,
                cooperating_units=duty.cooperating_units,
                lead_basis=LeadBasis.INLINE,
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


def _dedupe(names: list[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        if name and name not in out:
            out.append(name)
    return out
