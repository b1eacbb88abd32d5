"""公文起草: one form per document kind (DOCX out), and reminder letters in bulk from a project ledger."""

from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr

from ui.service import AppService
from ui.web.draft_forms import draft_status, form_fields, read_fields, widget
from ui.web.handlers import progress_reporter, shown


def _save(downloads: Path, filename: str, content: bytes) -> str:
    # Each download in its own folder so two drafts with the same title never overwrite each other.
    path = Path(tempfile.mkdtemp(dir=downloads)) / filename
    path.write_bytes(content)
    return str(path)


def _kind_form(service: AppService, kind: str, downloads: Path) -> None:
    example = service.draft_example(kind)
    fields = form_fields(example)
    widgets = []
    with gr.Row():
        for column in (fields[: (len(fields) + 1) // 2], fields[(len(fields) + 1) // 2 :]):
            with gr.Column():
                widgets += [widget(f, example.get(f.key), f"pa-draft-{kind}-{f.key}") for f in column]
    button = gr.Button("生成 DOCX", variant="primary", elem_id=f"pa-draft-{kind}")
    status = gr.Markdown(elem_id=f"pa-draft-status-{kind}")
    output = gr.File(label="下载公文", elem_id=f"pa-draft-file-{kind}")

    @shown
    def make(*values):
        draft = service.draft(kind, read_fields(fields, values))
        return draft_status(draft), _save(downloads, draft.filename, draft.content)

    button.click(make, widgets, [status, output])


def _batch_form(service: AppService, downloads: Path) -> None:
    gr.Markdown("上传项目台账（.csv 或 .xlsx，含 项目名称、责任单位、签约时间 及 履约/开工/资金到位 等列），"
                "为每个滞后项目起草一份提醒函，打包为 zip。")  # fmt: skip
    ledger = gr.File(label="项目台账", file_types=[".csv", ".xlsx"], elem_id="pa-ledger")
    with gr.Row():
        issuer = gr.Textbox(label="发函单位（必填）", elem_id="pa-batch-issuer")
        date = gr.Textbox(label="发函日期（默认今天）")
        deadline = gr.Textbox(label="反馈期限（默认发函后15天）")
    with gr.Row():
        contact = gr.Textbox(label="联系人", elem_id="pa-batch-contact")
        phone = gr.Textbox(label="联系电话", elem_id="pa-batch-phone")
    button = gr.Button("批量起草", variant="primary", elem_id="pa-batch-run")
    status = gr.Markdown(elem_id="pa-batch-status")
    output = gr.File(label="下载 zip", elem_id="pa-batch-file")

    @shown
    def run(path, issuer_, date_, deadline_, contact_, phone_, progress=gr.Progress()):  # noqa: B008 - Gradio injects the bar through this default
        if not path:
            raise gr.Error("请先上传项目台账文件。", title="提示")
        source = Path(path)
        size = source.stat().st_size
        if size > service.settings.max_upload_mb * 1024 * 1024:
            raise gr.Error(f"台账文件超过 {service.settings.max_upload_mb} MB 上限。", title="提示")
        result = service.draft_reminders(
            source.name, source.read_bytes(), issuer_ or "", date_ or "", deadline_ or "", contact_ or "",
            phone_ or "", progress=progress_reporter(progress),
        )  # fmt: skip
        return "\n\n".join(result.lines), _save(downloads, result.filename, result.content)

    button.click(run, [ledger, issuer, date, deadline, contact, phone], [status, output])


def build(service: AppService, downloads: Path) -> None:
    """The 公文起草 tab: a sub-tab per kind, pre-filled with an example, plus the batch of reminder letters."""
    with gr.Tabs():
        for kind, label in service.draft_kinds().items():
            with gr.Tab(label, id=f"draft-{kind}"):
                _kind_form(service, kind, downloads)
        with gr.Tab("批量提醒函", id="draft-batch"):
            _batch_form(service, downloads)
