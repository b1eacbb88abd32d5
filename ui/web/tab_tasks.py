"""任务分工: the task register across documents, filtered by place, unit, role, document and keyword; XLSX export.

The unit picker lists each unit once per place ("市商务局（长沙市）", "市商务局（永州市）"), so names that read
alike in two places are never merged; a typed name that is not in the list is looked up as an alias.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr

from corpus.model import Role
from ui.service import AppService
from ui.spreadsheet import tasks_xlsx
from ui.web.handlers import shown
from ui.web.views import task_register_html, unit_summary

ROLES = {"全部": Role.ANY, "牵头": Role.LEAD, "配合": Role.COOPERATING}
ALL_PLACES = ("全部地区", "")
# A picked unit's value is "单位@地区": the place travels with the name, so the filter keeps them apart.
PLACE_MARK = "@"


def unit_choices(service: AppService, place: str = "") -> list[tuple[str, str]]:
    """Picker entries "州商务局（湘西州）" → "州商务局@湘西州", only the chosen place's when one is set."""
    return [
        (f"{unit}（{where}）" if where else unit, f"{unit}{PLACE_MARK}{where}")
        for where, unit in service.task_units()
        if not place or where == place
    ]


def place_choices(service: AppService) -> list[tuple[str, str]]:
    return [ALL_PLACES] + [(p, p) for p in service.jurisdictions()]


def split_unit(value: str | None) -> tuple[str, str]:
    """A picker value into (unit, place); a typed name has no place of its own."""
    unit, _, place = (value or "").strip().partition(PLACE_MARK)
    if not place and unit.endswith("）") and "（" in unit:
        # The label typed back by hand: "市商务局（长沙市）".
        name, _, where = unit[:-1].rpartition("（")
        return name, where
    return unit, place


def build(service: AppService, downloads: Path) -> dict[str, gr.components.Component]:
    """The 任务分工 tab; returns the widgets whose choices follow the document set."""
    with gr.Row():
        place = gr.Dropdown(
            choices=place_choices(service), value="", label="地区", scale=2, min_width=200, elem_id="pa-place",
        )  # fmt: skip
        unit = gr.Dropdown(
            choices=unit_choices(service), value=None, allow_custom_value=True, filterable=True,
            label="单位（可输入简称筛选）", scale=4, min_width=260, elem_id="pa-unit", elem_classes="pa-filter",
        )  # fmt: skip
        clear_unit = gr.Button("✕ 清除单位", size="sm", scale=0, min_width=110, elem_id="pa-unit-clear")
    with gr.Row(equal_height=True):
        role = gr.Radio(list(ROLES), value="全部", label="角色", scale=2, elem_id="pa-role")
        document = gr.Dropdown(choices=[("全部文件", "")], value="", label="文件", scale=3, elem_id="pa-doc")
        keyword = gr.Textbox(label="关键词", scale=2, elem_id="pa-keyword")
    with gr.Row():
        search = gr.Button("查询", variant="primary", elem_id="pa-task-search")
        export = gr.Button("导出 XLSX（按当前筛选）", elem_id="pa-task-export")
    summary = gr.Markdown(elem_id="pa-unit-summary")
    download = gr.File(label="下载", visible=False, elem_id="pa-task-file")
    table = gr.HTML(task_register_html(service.tasks()), elem_id="pa-task-table")

    def rows_for(unit_value, role_label, doc_id, word, place_name):
        name, unit_place = split_unit(unit_value)
        return service.tasks(
            unit=name, doc=doc_id or "", role=ROLES.get(role_label, Role.ANY), keyword=word or "",
            place=unit_place or place_name or "",
        )  # fmt: skip

    @shown
    def query(unit_value, role_label, doc_id, word, place_name):
        rows = rows_for(unit_value, role_label, doc_id, word, place_name)
        name, unit_place = split_unit(unit_value)
        if not rows:
            text = "没有找到符合条件的任务。请换一个单位名称、地区或关键词。"
        elif name:
            # Counted per place: a typed "工信局" can mean 州工信局 in one place and 市工信局 in another.
            places = dict.fromkeys(r.jurisdiction for r in rows)
            text = "；".join(
                unit_summary(
                    f"{name}（{where}）" if where else name, [r for r in rows if r.jurisdiction == where]
                )
                for where in places
            )
        else:
            text = f"共 {len(rows)} 项任务。"
        # The old export no longer matches what is shown: hide it with every new filter.
        hidden = gr.update(value=None, visible=False)
        return f"**{text}**", task_register_html(rows, with_role=bool(name)), hidden

    @shown
    def export_xlsx(unit_value, role_label, doc_id, word, place_name):
        rows = rows_for(unit_value, role_label, doc_id, word, place_name)
        name, unit_place = split_unit(unit_value)
        parts = [p for p in (unit_place or place_name, name) if p]
        filename = "任务分工" + "".join(f"_{p}" for p in parts) + ".xlsx"
        folder = Path(tempfile.mkdtemp(dir=downloads))
        path = folder / filename.replace("/", "_")
        path.write_bytes(tasks_xlsx(rows))
        return gr.update(value=str(path), visible=True, label=f"下载（{len(rows)} 项任务）")

    def narrow_units(place_name, unit_value):
        # Keep a picked unit only when it belongs to the newly chosen place.
        _, unit_place = split_unit(unit_value)
        keep = unit_value if not place_name or not unit_place or unit_place == place_name else None
        return gr.update(choices=unit_choices(service, place_name or ""), value=keep)

    filters = [unit, role, document, keyword, place]
    shown_outputs = [summary, table, download]
    search.click(query, filters, shown_outputs)
    keyword.submit(query, filters, shown_outputs)
    unit.change(query, filters, shown_outputs)
    role.change(query, filters, shown_outputs)
    document.change(query, filters, shown_outputs)
    place.input(narrow_units, [place, unit], unit).then(query, filters, shown_outputs)
    clear_unit.click(lambda: None, None, unit)
    export.click(export_xlsx, filters, download)
    return {"unit": unit, "document": document, "place": place}
