"""文档管理: upload documents (with each one's parse report), delete, re-index with a progress bar; the
uploads set aside in quarantine, and what start-up recovery did (shown once)."""

from __future__ import annotations

import time
from html import escape
from pathlib import Path

import gradio as gr

from corpus.model import LeadBasis
from ui.service import AppService, UserError
from ui.web.handlers import progress_reporter, shown

REPORT_COLUMNS = ["文档编号", "文件", "标题", "地区", "任务", "单位", "指标", "提示"]
TASK_COLUMNS = ["编号", "任务", "牵头单位", "配合单位", "读法"]
# How each lead was read, in the words of the report (corpus.model.LeadBasis).
BASIS_LABELS = {
    LeadBasis.DOCUMENT_RULE: "文件规定列第一位的牵头",
    LeadBasis.PHRASE_RULE: "文件规定第一个逗号前的牵头",
    LeadBasis.EXPLICIT: "文件标明牵头",
    LeadBasis.INLINE: "原文写明由其牵头",
    LeadBasis.CONVENES: "会同（未写牵头）",
    LeadBasis.SINGLE_UNIT: "唯一负责单位（未写牵头）",
    LeadBasis.JOINT: "按职责分工负责（未写牵头）",
    LeadBasis.FIRST_LISTED: "未写牵头规则，列第一位",
    LeadBasis.NONE: "",
}


def task_rows(service: AppService, doc_id: str) -> list[list[str]]:
    """The tasks found in one document: who leads, who cooperates and how the lead was read."""
    doc = service.document(doc_id)
    return [
        [t.label, t.title, "、".join(t.lead_units) or "—", "、".join(t.cooperating_units) or "—",
         BASIS_LABELS.get(t.lead_basis, "")]
        for t in doc.tasks
        if t.units and t.kind != "inline_duty"
    ]  # fmt: skip


def task_table_html(rows: list[list[str]]) -> str:
    """The rows as a plain HTML table (cells escaped: document text is data, never markup)."""
    if not rows:
        return ""
    head = "".join(f"<th>{escape(c)}</th>" for c in TASK_COLUMNS)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f'<div class="pa-register"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'
    )


QUARANTINE_COLUMNS = ["文件", "原因", "时间", "隔离区中的文件名"]


def quarantine_table(service: AppService) -> list[list[object]]:
    return [[q.name, q.reason, q.at.replace("T", " "), q.path.name] for q in service.quarantined()]


def notices_text(service: AppService) -> str:
    """What start-up recovery and background jobs reported since the page was last opened, once."""
    notices = service.take_notices()
    if not notices:
        return ""
    return "**系统提示**（启动修复、隔离与移除的文档，已记入日志）：\n\n" + "\n".join(
        f"- {n}" for n in notices
    )


def report_table(service: AppService) -> list[list[object]]:
    return [
        [
            r.doc_id,
            Path(r.path).name,
            r.title,
            r.jurisdiction,
            r.tasks,
            r.units,
            r.targets,
            "；".join(r.warnings),
        ]
        for r in service.reports()
    ]


def document_choices(service: AppService) -> list[tuple[str, str]]:
    return [(f"{d.title}（{d.doc_id}）", d.doc_id) for d in service.documents()]


def build(service: AppService) -> dict[str, gr.components.Component]:
    """The 文档管理 tab; returns the document picker so other tabs can refresh alongside it."""
    from corpus.load import SUPPORTED_SUFFIXES

    types = sorted(SUPPORTED_SUFFIXES)
    gr.Markdown(f"支持 {'、'.join(t.lstrip('.') for t in types)} 文件，单个文件不超过 "
                f"{service.settings.max_upload_mb} MB。上传后自动解析并更新检索索引。")  # fmt: skip
    # A callable value is read at each page load: the notices appear once, to the first page opened after them.
    gr.Markdown(value=lambda: notices_text(service), elem_id="pa-doc-notices")
    # No file_types: the browser would refuse other types in English; the service refuses them in Chinese.
    files = gr.File(label="上传文件", file_count="multiple", elem_id="pa-upload")
    upload = gr.Button("上传并解析", variant="primary", elem_id="pa-upload-run")
    status = gr.Markdown(elem_id="pa-doc-status")
    table = gr.Dataframe(headers=REPORT_COLUMNS, value=report_table(service), wrap=True, interactive=False,
                         buttons=[], elem_id="pa-doc-table")  # fmt: skip
    with gr.Row():
        picked = gr.Dropdown(
            choices=document_choices(service), value=None, label="选择文档", scale=3, elem_id="pa-doc-pick"
        )
        delete = gr.Button("删除所选文档", variant="stop", scale=1)
        reindex = gr.Button("重建检索索引", scale=1, elem_id="pa-reindex")
    detail_notes = gr.Markdown(elem_id="pa-doc-detail-notes")
    detail = gr.HTML(elem_id="pa-doc-detail")
    with gr.Accordion("隔离区：无法解析的上传", open=False):
        gr.Markdown(
            "这些文件无法解析，已移到数据目录的 quarantine/ 中（旁边的 .json 记录了原因），不会影响其他文档。"
        )
        quarantine = gr.Dataframe(headers=QUARANTINE_COLUMNS, value=lambda: quarantine_table(service), wrap=True,
                                  interactive=False, buttons=[], elem_id="pa-quarantine")  # fmt: skip

    @shown
    def run_upload(paths, progress=gr.Progress()):  # noqa: B008 - Gradio injects the bar through this default
        if not paths:
            raise UserError("请先选择要上传的文件。")
        lines, files = [], []
        for path in paths:
            source = Path(path)
            try:
                service.check_upload(source.name, source.stat().st_size)
                files.append((source.name, source.read_bytes()))
            except UserError as exc:
                lines.append(f"✗ {exc.message}")
        if files:
            # One background job for all of them (one index rebuild); the bar follows its progress.
            job = service.submit_uploads(files)
            report = progress_reporter(progress)
            while not job.future.done():
                report(job.progress, job.message)
                time.sleep(0.3)
            if job.status == "done":
                lines.extend(_outcome(r) for r in job.result)
            else:
                lines.append(f"✗ {job.error}")
        rows = report_table(service)
        return (
            "\n\n".join(lines),
            rows,
            gr.update(choices=document_choices(service), value=None),
            None,
            quarantine_table(service),
        )

    @shown
    def run_delete(doc_id, progress=gr.Progress()):  # noqa: B008 - Gradio injects the bar through this default
        if not doc_id:
            raise UserError("请先选择要删除的文档。")
        service.delete(doc_id, progress=progress_reporter(progress))
        rows = report_table(service)
        return (
            f"已删除 {doc_id}，索引已更新。",
            rows,
            gr.update(choices=document_choices(service), value=None),
        )

    @shown
    def run_reindex(progress=gr.Progress()):  # noqa: B008 - Gradio injects the bar through this default
        count = service.reindex(progress=progress_reporter(progress))
        return f"检索索引已重建，共 {count} 份文档。"

    upload.click(run_upload, files, [status, table, picked, files, quarantine])
    # A browser confirm first: a cancelled dialog sends no document, which the handler refuses.
    delete.click(
        run_delete,
        picked,
        [status, table, picked],
        js="(d) => (d && confirm('确定删除所选文档？删除后不可恢复。')) ? d : null",
    )
    reindex.click(run_reindex, None, status)

    @shown
    def show_detail(doc_id):
        if not doc_id:
            return "", ""
        report = service.report(doc_id)  # one document's report, not every document's
        notes = "\n".join(f"- {w}" for w in report.warnings)
        heading = f"**{report.title}**：读出任务 {report.tasks} 项。"
        summary = "\n\n".join(x for x in (heading, f"请核对：\n{notes}" if notes else "") if x)
        return summary, task_table_html(task_rows(service, doc_id))

    picked.change(show_detail, picked, [detail_notes, detail])
    return {"picked": picked, "table": table}


def _outcome(result) -> str:
    if not result.ok:
        where = f"（文件已移到隔离区 {result.quarantined}）" if result.quarantined else ""
        return f"✗ 无法读取 {Path(result.path).name}：{result.error}{where}"
    warn = f"；提示：{'；'.join(result.warnings)}" if result.warnings else ""
    if result.replaced:
        warn += "；已替换原有的同名文档"
    return (
        f"✓ {Path(result.path).name}：《{result.title}》，找到任务 {result.tasks} 项、责任单位 {result.units} 个、"
        f"指标 {result.targets} 个{warn}"
    )
