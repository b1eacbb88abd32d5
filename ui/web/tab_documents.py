"""文档管理: upload documents (with each one's parse report), delete, and re-index with a progress bar."""

from __future__ import annotations

from pathlib import Path

import gradio as gr

from ui.service import AppService, UserError
from ui.web.handlers import progress_reporter, shown

REPORT_COLUMNS = ["文档编号", "文件", "标题", "地区", "任务", "单位", "指标", "提示"]


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
    files = gr.File(label="上传文件", file_count="multiple", file_types=types, elem_id="pa-upload")
    upload = gr.Button("上传并解析", variant="primary", elem_id="pa-upload-run")
    status = gr.Markdown(elem_id="pa-doc-status")
    table = gr.Dataframe(headers=REPORT_COLUMNS, value=report_table(service), wrap=True, interactive=False,
                         elem_id="pa-doc-table")  # fmt: skip
    with gr.Row():
        picked = gr.Dropdown(choices=document_choices(service), value=None, label="选择文档", scale=3)
        delete = gr.Button("删除所选文档", variant="stop", scale=1)
        reindex = gr.Button("重建检索索引", scale=1, elem_id="pa-reindex")

    @shown
    def run_upload(paths, progress=gr.Progress()):  # noqa: B008 - Gradio injects the bar through this default
        if not paths:
            raise UserError("请先选择要上传的文件。")
        lines = []
        for n, path in enumerate(paths, 1):
            source = Path(path)
            report = progress_reporter(progress)
            report((n - 1) / len(paths), f"正在处理 {source.name}（{n}/{len(paths)}）")
            try:
                service.check_upload(source.name, source.stat().st_size)
                result = service.upload(source.name, source.read_bytes())
            except UserError as exc:
                lines.append(f"✗ {exc.message}")
                continue
            warn = f"；提示：{'；'.join(result.warnings)}" if result.warnings else ""
            if result.replaced:
                warn += "；已替换原有的同名文档"
            lines.append(
                f"✓ {source.name}：《{result.title}》，找到任务 {result.tasks} 项、责任单位 {result.units} 个、"
                f"指标 {result.targets} 个{warn}"
            )
        rows = report_table(service)
        return "\n\n".join(lines), rows, gr.update(choices=document_choices(service), value=None), None

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

    upload.click(run_upload, files, [status, table, picked, files])
    # A browser confirm first: a cancelled dialog sends no document, which the handler refuses.
    delete.click(
        run_delete,
        picked,
        [status, table, picked],
        js="(d) => (d && confirm('确定删除所选文档？删除后不可恢复。')) ? d : null",
    )
    reindex.click(run_reindex, None, status)
    return {"picked": picked, "table": table}
