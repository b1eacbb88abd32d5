"""The drafting forms as Gradio widgets, laid out from each kind's example fields, and read back into fields.

Text fields become text boxes, lists of text a box with one item per line, lists of records a table whose
columns are the record's fields. The drafting layer validates; this module only shapes the input.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import gradio as gr

# Chinese names of the form fields (drafting/README.md); an unknown key is shown as is.
LABELS = {
    "target_company": "目标企业", "industry_chain": "产业链", "project_name": "项目名称",
    "company_profile": "企业简介", "cooperation": "合作内容", "construction": "项目建设内容",
    "investment": "投资规模", "cooperation_mode": "合作模式", "factor_supply": "要素供给情况",
    "advantages": "我方优势", "decision_makers": "对接决策人", "schedule": "行程安排",
    "contact_person": "联系人", "contact_phone": "联系电话", "issuer": "发文（发函）单位", "date": "成文日期",
    "addressee": "主送单位", "start_date": "开始日期", "end_date": "结束日期", "destination": "考察地点",
    "delegation": "考察团成员（第一位为带队）", "companies_visited": "走访企业", "talks": "洽谈情况",
    "investment_intentions": "投资意向", "projects_in_talks": "在谈项目", "follow_up": "下一步工作措施",
    "company": "签约企业", "signing_date": "签约时间", "lagging": "滞后环节（履约、开工、资金到位）",
    "situation": "滞后情况", "required_actions": "整改要求（可不填）", "reply_deadline": "反馈期限",
    "name": "名称", "position": "职务", "when": "时间", "activity": "安排", "place": "地点",
    "summary": "走访情况", "progress": "进展情况", "next_step": "下一步工作",
}  # fmt: skip


@dataclass(frozen=True)
class FormField:
    key: str
    shape: str  # text / lines / records
    columns: tuple[str, ...] = ()


def form_fields(example: Mapping[str, object]) -> list[FormField]:
    """The widgets a kind needs, in the order of its example fields."""
    fields = []
    for key, value in example.items():
        if isinstance(value, list | tuple) and any(isinstance(v, Mapping) for v in value):
            columns: dict[str, None] = {}
            for item in value:
                columns.update(dict.fromkeys(item if isinstance(item, Mapping) else ("name",)))
            fields.append(FormField(key, "records", tuple(columns)))
        elif isinstance(value, list | tuple):
            fields.append(FormField(key, "lines"))
        else:
            fields.append(FormField(key, "text"))
    return fields


def widget(field: FormField, example: object, elem_id: str | None = None) -> gr.components.Component:
    """One input, pre-filled with the example so a cadre sees what a good entry looks like."""
    label = LABELS.get(field.key, field.key)
    if field.shape == "records":
        rows = [
            [str(item.get(c, "")) if isinstance(item, Mapping) else str(item) for c in field.columns]
            for item in example or []
        ]
        headers = [LABELS.get(c, c) for c in field.columns]
        return gr.Dataframe(
            value=rows, headers=headers, label=label, type="array", interactive=True,
            elem_id=elem_id, column_count=len(headers), row_count=max(len(rows), 1),
        )  # fmt: skip
    if field.shape == "lines":
        text = "\n".join(str(v) for v in example or [])
        return gr.Textbox(value=text, label=label, lines=3, info="每行一项", elem_id=elem_id)
    text = "" if example is None else str(example)
    return gr.Textbox(value=text, label=label, lines=3 if len(text) > 40 else 1, elem_id=elem_id)


def read_fields(fields: Sequence[FormField], values: Sequence[Any]) -> dict[str, object]:
    """Widget values back into the drafting layer's field mapping (blank entries left out)."""
    out: dict[str, object] = {}
    for field, value in zip(fields, values, strict=True):
        if field.shape == "records":
            rows = value.values.tolist() if hasattr(value, "values") else (value or [])
            records = [
                {
                    c: str(cell).strip()
                    for c, cell in zip(field.columns, row, strict=False)
                    if str(cell).strip()
                }
                for row in rows
            ]
            out[field.key] = [r for r in records if r]
        elif field.shape == "lines":
            out[field.key] = [line.strip() for line in str(value or "").splitlines() if line.strip()]
        else:
            out[field.key] = str(value or "").strip()
    return out
