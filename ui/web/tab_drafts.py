"""公文起草: one form per document kind (DOCX out, previewed in the page), and reminder letters in bulk.

Forms start empty (the 成文日期 is today) with 示例 / 清空 buttons; required fields are marked with *.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
import threading
import time
from pathlib import Path

import gradio as gr

from ui.service import AppService
from ui.web.docx_preview import docx_html
from ui.web.draft_forms import draft_status, form_fields, read_fields, widget
from ui.web.handlers import progress_reporter, shown

_EMPTY_PREVIEW = '<div class="pa-preview"><p class="pa-noindent">生成后，公文正文会显示在这里。</p></div>'
# The date a document is written on defaults to today; other dates (签约时间, 反馈期限) are the user's.
TODAY_FIELDS = {"date"}


def _save(downloads: Path, filename: str, content: bytes) -> str:
    # Each download in its own folder so two drafts with the same title never overwrite each other.
    path = Path(tempfile.mkdtemp(dir=downloads)) / filename
    path.write_bytes(content)
    return str(path)


def required_keys(kind: str, fields) -> set[str]:
    """Keys a kind cannot be drafted without: the form's own mark when it has one, else the typed form's
    fields that have no default (drafting/ declares them; nothing here keeps a second list)."""
    marked = {f.key for f in fields if getattr(f, "required", False)}
    if marked:
        return marked
    from drafting.kinds import draft_kind

    form = draft_kind(kind).form
    if not dataclasses.is_dataclass(form):
        return set()
    return {
        f.name
        for f in dataclasses.fields(form)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    } - TODAY_FIELDS


def _blank(field) -> object:
    if field.key in TODAY_FIELDS:
        return dt.date.today().isoformat()
    return None


def _kind_form(service: AppService, kind: str, downloads: Path) -> None:
    example = service.draft_example(kind)
    fields = form_fields(example)
    required = required_keys(kind, fields)
    widgets = []
    with gr.Row():
        fill = gr.Button("示例", size="sm", elem_id=f"pa-draft-{kind}-example")
        wipe = gr.Button("清空", size="sm", elem_id=f"pa-draft-{kind}-clear")
    gr.Markdown("带 * 的为必填项。", elem_classes="pa-empty")
    with gr.Row():
        for column in (fields[: (len(fields) + 1) // 2], fields[(len(fields) + 1) // 2 :]):
            with gr.Column(min_width=300):
                for f in column:
                    box = widget(f, _blank(f), f"pa-draft-{kind}-{f.key}")
                    if f.key in required and box.label and not box.label.endswith("*"):
                        box.label = f"{box.label} *"
                    if isinstance(box, gr.Dataframe):
                        box.buttons = []  # its copy / fullscreen buttons have English tooltips
                    widgets.append(box)
    button = gr.Button("生成 DOCX", variant="primary", elem_id=f"pa-draft-{kind}")
    status = gr.Markdown(elem_id=f"pa-draft-status-{kind}")
    output = gr.File(label="下载公文", elem_id=f"pa-draft-file-{kind}")
    preview = gr.HTML(_EMPTY_PREVIEW, elem_id=f"pa-draft-preview-{kind}")

    def values_of(source) -> list:
        return [_shape(f, source(f)) for f in fields]

    @shown
    def make(*values):
        draft = service.draft(kind, read_fields(fields, values))
        saved = _save(downloads, draft.filename, draft.content)
        return draft_status(draft), saved, docx_html(draft.content)

    # The example shows what a good entry looks like, but a document is still dated today.
    fill.click(
        lambda: values_of(lambda f: _blank(f) if f.key in TODAY_FIELDS else example.get(f.key)), None, widgets
    )
    wipe.click(
        lambda: [*values_of(_blank), "", None, _EMPTY_PREVIEW], None, [*widgets, status, output, preview]
    )
    button.click(make, widgets, [status, output, preview])


def _shape(field, value) -> object:
    """An example value in the shape its widget takes (the same shaping draft_forms.widget does)."""
    if field.shape == "records":
        return [
            [str(item.get(c, "")) if isinstance(item, dict) else str(item) for c in field.columns]
            for item in value or []
        ] or [[""] * len(field.columns)]
    if field.shape == "lines":
        return "\n".join(str(v) for v in value or [])
    return "" if value is None else str(value)


def ledger_template(downloads: Path) -> str:
    """The example ledger as a CSV that Excel opens with its Chinese intact (UTF-8 with a BOM)."""
    from drafting.ledger import EXAMPLE_CSV

    return _save(downloads, "项目台账模板.csv", EXAMPLE_CSV.encode("utf-8-sig"))


class _LatestProgress:
    """The service reports progress from the drafting thread; the page's bar is moved from the handler's."""

    def __init__(self):
        self.fraction, self.message = 0.0, "正在准备"

    def __call__(self, fraction: float, message: str) -> None:
        self.fraction, self.message = fraction, message


def _batch_form(service: AppService, downloads: Path) -> None:
    gr.Markdown("上传项目台账（.csv 或 .xlsx，含 项目名称、责任单位、签约时间 及 履约/开工/资金到位 等列），"
                "为每个滞后项目起草一份提醒函，打包为 zip。可先下载模板照着填写。")  # fmt: skip
    with gr.Row():
        ledger = gr.File(label="项目台账 *", elem_id="pa-ledger", scale=3)
        gr.File(value=ledger_template(downloads), label="台账模板", interactive=False,
                elem_id="pa-ledger-template", scale=2)  # fmt: skip
    with gr.Row():
        issuer = gr.Textbox(label="发函单位 *", elem_id="pa-batch-issuer")
        date = gr.Textbox(label="发函日期", value=dt.date.today().isoformat(), elem_id="pa-batch-date")
        deadline = gr.Textbox(label="反馈期限（默认发函后15天）", elem_id="pa-batch-deadline")
    with gr.Row():
        contact = gr.Textbox(label="联系人 *", elem_id="pa-batch-contact")
        phone = gr.Textbox(label="联系电话 *", elem_id="pa-batch-phone")
    button = gr.Button("批量起草", variant="primary", elem_id="pa-batch-run")
    status = gr.Markdown(elem_id="pa-batch-status")
    output = gr.File(label="下载 zip", elem_id="pa-batch-file")

    @shown
    def run(path, issuer_, date_, deadline_, contact_, phone_, progress=gr.Progress()):  # noqa: B008 - Gradio injects the bar through this default
        if not path:
            raise gr.Error("请先上传项目台账文件（.csv 或 .xlsx）。", title="提示")
        # 发函单位, 联系人 / 联系电话 (the form's or the ledger's own columns) and the size limit are checked by the
        # service before any letter is drafted (drafting.batch.check_options), and said here as its toast.
        source = Path(path)
        latest, outcome = _LatestProgress(), {}

        def work():
            try:
                outcome["result"] = service.draft_reminders(
                    source.name, source.read_bytes(), issuer_ or "", date_ or "", deadline_ or "",
                    contact_ or "", phone_ or "", progress=latest,
                )  # fmt: skip
            except Exception as exc:  # handed to the handler's thread, which reports it
                outcome["error"] = exc

        bar = progress_reporter(progress)
        worker = threading.Thread(target=work, daemon=True)
        started = time.monotonic()
        worker.start()
        while worker.is_alive():
            # The service reports its stages; between them the bar keeps moving so the page never looks stuck.
            elapsed = time.monotonic() - started
            crawl = min(0.95, latest.fraction + (1 - latest.fraction) * (1 - 0.8**elapsed) * 0.9)
            bar(crawl, f"{latest.message}（已用 {elapsed:.0f} 秒）")
            worker.join(0.25)
        if "error" in outcome:
            raise outcome["error"]
        result = outcome["result"]
        bar(1.0, "完成")
        return "\n\n".join(result.lines), _save(downloads, result.filename, result.content)

    button.click(run, [ledger, issuer, date, deadline, contact, phone], [status, output])


def build(service: AppService, downloads: Path) -> None:
    """The 公文起草 tab: a form per kind, plus the batch of reminder letters, picked with a row of choices.

    Sub-tabs would hide their last labels behind "⋯" on a phone; a radio row wraps instead.
    """
    labels = {label: kind for kind, label in service.draft_kinds().items()}
    labels["批量提醒函"] = "batch"
    picker = gr.Radio(list(labels), value=next(iter(labels)), label="公文种类", elem_id="pa-draft-kind")
    panels = []
    for kind in labels.values():
        with gr.Column(visible=not panels, elem_id=f"pa-draft-panel-{kind}") as panel:
            if kind == "batch":
                _batch_form(service, downloads)
            else:
                _kind_form(service, kind, downloads)
        panels.append(panel)

    def show(label):
        return [gr.update(visible=name == label) for name in labels]

    picker.change(show, picker, panels)
