"""The task table across documents, filtered by unit (as lead or cooperating), document and keyword."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from corpus.model import PolicyDocument, Role, Task
from corpus.units import UnitDirectory


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
) -> list[TaskRow]:
    """Tasks with responsible units, optionally for one unit (in a Role), document or keyword."""
    directory = UnitDirectory.from_documents(documents)
    rows: list[TaskRow] = []
    for document in documents:
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
