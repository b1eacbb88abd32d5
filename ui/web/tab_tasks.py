"""任务分工: the task table across documents, filtered by unit, role, document and keyword; XLSX export."""

from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr

from corpus.model import Role
from corpus.units import UnitDirectory
from ui.service import AppService
from ui.spreadsheet import tasks_xlsx
from ui.web.handlers import shown
from ui.web.views import TASK_COLUMNS, task_table, unit_summary

ROLES = {"全部": Role.ANY, "牵头": Role.LEAD, "配合": Role.COOPERATING}


def unit_choices(service: AppService) -> list[str]:
    return UnitDirectory.from_documents(service.documents()).all_names()


def build(service: AppService, downloads: Path) -> dict[str, gr.components.Component]:
    """The 任务分工 tab; returns the widgets whose choices follow the document set."""
    with gr.Row():
        unit = gr.Dropdown(
            choices=unit_choices(service), value=None, allow_custom_value=True, filterable=True,
            label="单位（可输入简称）", scale=3, elem_id="pa-unit",
        )  # fmt: skip
        role = gr.Radio(list(ROLES), value="全部", label="角色", scale=2)
        document = gr.Dropdown(choices=[], value=None, label="文件", scale=3, allow_custom_value=False)
        keyword = gr.Textbox(label="关键词", scale=2, elem_id="pa-keyword")
    with gr.Row():
        search = gr.Button("查询", variant="primary", elem_id="pa-task-search")
        export = gr.Button("导出 XLSX", elem_id="pa-task-export")
    summary = gr.Markdown(elem_id="pa-unit-summary")
    table = gr.Dataframe(
        headers=TASK_COLUMNS, value=task_table(service.tasks()), wrap=True, interactive=False,
        elem_id="pa-task-table", max_height=560,
    )  # fmt: skip
    download = gr.File(label="下载", visible=False, elem_id="pa-task-file")

    def rows_for(unit_name, role_label, doc_id, word):
        return service.tasks(unit=unit_name or "", doc=doc_id or "", role=ROLES.get(role_label, Role.ANY),
                             keyword=word or "")  # fmt: skip

    @shown
    def query(unit_name, role_label, doc_id, word):
        rows = rows_for(unit_name, role_label, doc_id, word)
        text = unit_summary(unit_name, rows) if unit_name else f"共 {len(rows)} 项任务。"
        if not rows:
            text = "没有找到符合条件的任务。请换一个单位名称或关键词。"
        return f"**{text}**", task_table(rows)

    @shown
    def export_xlsx(unit_name, role_label, doc_id, word):
        rows = rows_for(unit_name, role_label, doc_id, word)
        name = f"任务分工_{unit_name}.xlsx" if unit_name else "任务分工.xlsx"
        folder = Path(tempfile.mkdtemp(dir=downloads))
        path = folder / name.replace("/", "_")
        path.write_bytes(tasks_xlsx(rows))
        return gr.update(value=str(path), visible=True)

    filters = [unit, role, document, keyword]
    search.click(query, filters, [summary, table])
    keyword.submit(query, filters, [summary, table])
    unit.change(query, filters, [summary, table])
    role.change(query, filters, [summary, table])
    document.change(query, filters, [summary, table])
    export.click(export_xlsx, filters, download)
    return {"unit": unit, "document": document}
