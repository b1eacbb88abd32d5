"""The task table across documents, filtered by unit (as lead or cooperating), document and keyword."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from corpus.model import PolicyDocument, Role, Task
from corpus.units import UnitDirectory, looks_like_unit


@dataclass(frozen=True)
class TaskRow:
    doc_id: str
    doc_title: str
    jurisdiction: str
    task: Task
    role: Role | str = ""  # Role.LEAD / Role.COOPERATING when filtered by unit, else ""

    def to_json(self) -> dict[str, Any]:
        t = self.task
        return {
            "doc_id": self.doc_id,
            "doc_title": self.doc_title,
            "jurisdiction": self.jurisdiction,
            "section": t.section,
            "label": t.label,
            "title": t.title,
            "kind": t.kind,
            "lead_units": list(t.lead_units),
            "units": list(t.units),
            "cooperating_units": list(t.cooperating_units),
            "lead_basis": t.lead_basis,
            "deadline": t.deadline,
            "targets": [target.to_json() for target in t.targets],
            "quote": t.quote,
            "start": t.start,
            "end": t.end,
            "role": self.role,
        }


def matching_units(query: str, doc: PolicyDocument, directory: UnitDirectory) -> set[str]:
    """Unit names in ``doc`` that a typed name means: alias, exact name, or a distinctive substring."""
    query = re.sub(r"\s+", "", query)
    names = set(directory.resolve(query, doc.jurisdiction))
    doc_units = {u for t in doc.tasks for u in t.units}
    names |= {u for u in doc_units if u == query or (len(query) >= 3 and query in u)}
    return names & doc_units


def task_rows(
    documents: Sequence[PolicyDocument],
    unit: str | None = None,
    doc: str | None = None,
    role: Role = Role.ANY,
    keyword: str | None = None,
    jurisdiction: str | None = None,
) -> list[TaskRow]:
    """Tasks with responsible units, optionally for one unit (in a Role), document, keyword or place."""
    directory = UnitDirectory.from_documents(documents)
    rows: list[TaskRow] = []
    for document in documents:
        if jurisdiction and document.jurisdiction != jurisdiction:
            continue
        if doc and doc not in document.doc_id and doc not in document.title and doc != document.jurisdiction:
            continue
        wanted = matching_units(unit, document, directory) if unit else set()
        if unit and not wanted:
            continue
        for task in document.tasks:
            if not task.units and not task.targets:
                continue
            if keyword and keyword not in task.title and keyword not in task.body:
                continue
            task_role = ""
            if unit:
                if wanted & set(task.lead_units):
                    task_role = Role.LEAD
                elif wanted & set(task.units):
                    task_role = Role.COOPERATING
                else:
                    continue
                if role != Role.ANY and task_role != role:
                    continue
            rows.append(TaskRow(document.doc_id, document.title, document.jurisdiction, task, task_role))
    return rows


# A bare level with a generic noun ("市单位", "管理区") or a role phrase read as a name: a broken reading.
_NOT_A_NAME = re.compile(r"^[省市州县区]?(?:单位|部门|管理区)$|(?:牵头|配合|责任)单位$|^\d")


def picker_units(documents: Sequence[PolicyDocument]) -> list[tuple[str, str]]:
    """(place, unit) pairs for a unit picker: one entry per place, so 长沙's and 永州's 市商务局 stay apart.

    Names that are not a body are left out: a bare level with a generic noun, and longer names that do not
    end like an organisation (a truncated "永州经开发"); short abbreviations such as 市人行 are kept.
    """
    pairs = {
        (document.jurisdiction, unit)
        for document in documents
        for task in document.tasks
        for unit in task.units
        if not _NOT_A_NAME.search(unit) and (looks_like_unit(unit) or len(unit) <= 3)
    }
    return sorted(pairs)
