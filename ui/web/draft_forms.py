"""The drafting forms as Gradio widgets, laid out from each kind's declared fields, and read back into fields.

The fields, their Chinese labels, which are required, their examples and help texts are declared once, on each
kind's pydantic form (``drafting/plan.py`` …); ``form_fields`` reads that declaration into ``FormField``
records a tab can lay out however it likes. Text fields become text boxes, lists of text a box with one item
per line, lists of records a table whose columns are the record's fields. The drafting layer validates; this
module only shapes the input.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import gradio as gr

from drafting.fields import FieldSpec
from drafting.kinds import KINDS


@dataclass(frozen=True)
class FormField:
    """One input of a drafting form: what the tab needs to show it and read it back."""

    key: str
    shape: str  # text / lines / records (dates and flags are shown as text)
    columns: tuple[str, ...] = ()  # record fields, for shape == "records"
    label: str = ""
    required: bool = False
    example: object = None
    help: str = ""
    column_labels: tuple[str, ...] = ()

    @property
    def display_label(self) -> str:
        return f"{self.label or self.key}{' *' if self.required else ''}"  # the tab explains: 带 * 的为必填项


def _from_spec(spec: FieldSpec) -> FormField:
    shape = spec.shape if spec.shape in ("lines", "records") else "text"
    return FormField(
        key=spec.key,
        shape=shape,
        columns=tuple(c.key for c in spec.columns),
        label=spec.label,
        required=spec.required,
        example=spec.example,
        help=spec.help,
        column_labels=tuple(c.label for c in spec.columns),
    )


def kind_fields(kind: str) -> list[FormField]:
    """Every field of ``kind`` (plan / visit-report / reminder) in declaration order, with its metadata."""
    return [_from_spec(spec) for spec in KINDS[kind].fields()]


def form_fields(example_or_kind: Mapping[str, object] | str) -> list[FormField]:
    """The widgets a kind needs: every declared field for a kind name; for an example mapping, its keys in order.

    Given a mapping (the older call shape), the labels and help come from the kind whose fields hold its keys.
    """
    if isinstance(example_or_kind, str):
        return kind_fields(example_or_kind)
    example = example_or_kind
    for name in KINDS:
        declared = {f.key: f for f in kind_fields(name)}
        if set(example) <= set(declared):
            ordered = [declared[key] for key in example]
            return ordered + [f for key, f in declared.items() if key not in example]
    return [FormField(key, _shape(value), _columns(value)) for key, value in example.items()]


def _shape(value: object) -> str:
    if isinstance(value, list | tuple) and any(isinstance(v, Mapping) for v in value):
        return "records"
    return "lines" if isinstance(value, list | tuple) else "text"


def _columns(value: object) -> tuple[str, ...]:
    if _shape(value) != "records":
        return ()
    columns: dict[str, None] = {}
    for item in value:  # type: ignore[union-attr]
        columns.update(dict.fromkeys(item if isinstance(item, Mapping) else ("name",)))
    return tuple(columns)


def widget(field: FormField, example: object, elem_id: str | None = None) -> gr.components.Component:
    """One input, pre-filled with the example so a cadre sees what a good entry looks like."""
    label = field.display_label
    info = field.help or None
    if field.shape == "records":
        rows = [
            [str(item.get(c, "")) if isinstance(item, Mapping) else str(item) for c in field.columns]
            for item in example or []
        ]
        headers = list(field.column_labels or field.columns)
        return gr.Dataframe(
            value=rows, headers=headers, label=label, type="array", interactive=True,
            elem_id=elem_id, column_count=len(headers), row_count=max(len(rows), 1),
        )  # fmt: skip
    if field.shape == "lines":
        text = "\n".join(str(v) for v in example or [])
        return gr.Textbox(value=text, label=label, lines=3, info=info or "每行一项", elem_id=elem_id)
    text = "" if example is None or example is False else str(example)
    return gr.Textbox(value=text, label=label, lines=3 if len(text) > 40 else 1, info=info, elem_id=elem_id)


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


def draft_status(draft) -> str:
    """The line shown under the button: what was drafted, what it cites, and what to check before sending."""
    cited = len(draft.basis.clauses)
    lines = [f"已生成《{draft.title}》" + (f"，政策依据引用 {cited} 处原文。" if cited else "。")]
    lines += [f"提示：{note}" for note in draft.notes]
    return "\n\n".join(lines)
