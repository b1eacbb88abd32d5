"""Responsibility written as labelled fields ("牵头单位：X；配合单位：Y") inside an item the parser left without units.

A fallback for answering only: when the corpus layer already read units for a task, the task is left alone.
The names are split by the corpus layer's own ``split_units``; nothing here knows any document.
"""

from __future__ import annotations

import re
from dataclasses import replace

from corpus.model import PolicyDocument, Task
from corpus.units import looks_like_unit, split_units

_FIELD = re.compile(
    r"(牵头单位|牵头部门|主责单位|主责部门|责任单位|责任部门|配合单位|配合部门|协同单位|参与单位)\s*[:：]\s*([^；;。\n)）|]*)"
)


def read_labelled_roles(task: Task) -> Task:
    """The task with units read from labelled fields in its text, if it had none; otherwise unchanged."""
    if task.units:
        return task
    leads: list[str] = []
    cooperating: list[str] = []
    listed: list[str] = []
    for match in _FIELD.finditer(task.quote):
        names = [n for n in split_units(match.group(2)) if looks_like_unit(n) or len(n) >= 3]
        role = match.group(1)
        if role.startswith(("牵头", "主责")):
            leads += names
        elif role.startswith(("配合", "协同", "参与")):
            cooperating += names
        else:
            listed += names
    if not (leads or cooperating or listed):
        return task
    units = list(dict.fromkeys(leads + listed + cooperating))
    if leads:
        basis, lead_units = "explicit", leads
    else:
        # Only a 责任单位 list and no rule we can see: report the first listed, and say that is all it is.
        basis, lead_units = "first_listed", units[:1]
    return replace(
        task,
        units=tuple(units),
        lead_units=tuple(lead_units),
        cooperating_units=tuple(u for u in units if u not in lead_units),
        lead_basis=basis,
    )


def with_labelled_roles(doc: PolicyDocument) -> PolicyDocument:
    """The document with ``read_labelled_roles`` applied to every task."""
    tasks = tuple(read_labelled_roles(t) for t in doc.tasks)
    return doc if tasks == doc.tasks else replace(doc, tasks=tasks)
