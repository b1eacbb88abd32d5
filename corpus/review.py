"""Reads worth a second look: what a cadre should check in a parse report before trusting it.

The parser never guesses silently; where its reading looks odd for a policy document (a unit name that still
carries a role word, one unit on a task where the document's tasks usually list several, a "unit" as long as
a sentence), the report says so, naming the item, so the person who uploaded the file can check the original.
"""

from __future__ import annotations

import re
from statistics import median

from corpus.model import PolicyDocument, Task

_ROLE_WORDS = re.compile(r"牵头|配合|负责|参与|协办|为.{0,2}单位$")
_LONGEST_NAME = 30  # 县（市、区）人民政府发展和改革主管部门 is long; a sentence is longer


def _name(task: Task) -> str:
    if not task.title or task.title.startswith(task.label):
        return (task.title or task.section)[:30]
    return f"{task.label}{task.title}"[:30]


def suspicious_reads(doc: PolicyDocument, limit: int = 8) -> tuple[str, ...]:
    """Plain-language warnings about readings that look wrong; at most ``limit`` of them."""
    warnings: list[str] = []
    items = [t for t in doc.tasks if t.kind != "inline_duty" and t.units]
    for unit in sorted({u for t in items for u in t.units}):
        if _ROLE_WORDS.search(unit):
            warnings.append(f"单位名“{unit}”带有“牵头/配合/负责”等字样，分工可能读错，请对照原文。")
        elif len(unit) > _LONGEST_NAME:
            warnings.append(f"单位名“{unit[:20]}…”长得像一句话，可能不是单位，请对照原文。")
    if len(items) >= 4:
        typical = median(len(t.units) for t in items)
        if typical >= 3:
            for task in items:
                if len(task.units) == 1:
                    warnings.append(
                        f"“{_name(task)}”只读出一个责任单位（本文件多数任务列 {typical:g} 个），请核对是否漏读。"
                    )
    return tuple(warnings[:limit])
