"""The per-document reading score: a first-listed presumption is not a stated lead, and only stated leads are errors."""

from __future__ import annotations

from pathlib import Path

from corpus.pipeline import parse_bytes
from evals.documents import score_document

PLAN = """关于推进招商引资工作的实施方案

一、重点任务
（一）精准开展产业链招商。围绕主导产业绘制图谱。（县商务局、县发改局、县工信局负责）
（二）优化项目服务。建立项目专班。（牵头单位：县发改局；配合单位：县商务局）
"""


def _key(first_lead: list[str], first_basis: str, second_lead: list[str]) -> dict:
    return {
        "tasks": [
            {
                "label": "(一)",
                "title": "精准开展产业链招商",
                "units": ["县商务局", "县发改局", "县工信局"],
                "lead_units": first_lead,
                "lead_basis": first_basis,
            },
            {
                "label": "(二)",
                "title": "优化项目服务",
                "units": ["县发改局", "县商务局"],
                "lead_units": second_lead,
                "lead_basis": "explicit",
            },
        ]
    }


def _score(key: dict):
    doc = parse_bytes("plan.txt", PLAN.encode())
    first = next(t for t in doc.tasks if t.label.endswith("（一）") or "产业链招商" in t.title)
    assert first.lead_basis == "first_listed"  # the document states no rule: a presumption
    return score_document(Path("plan.txt"), key, doc)


def test_a_presumption_where_the_key_names_no_lead_is_neither_right_strictly_nor_a_wrong_lead():
    s = _score(_key([], "none", ["县发改局"]))
    assert (s.lead_right, s.strict_right, s.presumed, s.wrong_leads) == (2, 1, 1, 0)


def test_a_key_that_writes_the_presumption_down_agrees_on_both_counts():
    s = _score(_key(["县商务局"], "first_listed_no_rule", ["县发改局"]))
    assert (s.lead_right, s.strict_right, s.wrong_leads) == (2, 2, 0)


def test_a_stated_lead_that_differs_from_the_key_is_a_wrong_lead():
    s = _score(_key([], "none", ["县商务局"]))
    assert (s.lead_right, s.wrong_leads) == (1, 1)
    assert any("优化项目服务" in m for m in s.misses)
