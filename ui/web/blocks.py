"""The Gradio page: four tabs over one AppService, a theme with local fonts only (nothing fetched from a CDN)."""

from __future__ import annotations

from pathlib import Path

import gradio as gr

from ui.service import AppService
from ui.web import tab_chat, tab_documents, tab_drafts, tab_tasks

# System fonts only: a Google font in the theme would make every page load reach the internet.
FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "sans-serif"]
MONO_FONTS = ["Noto Sans Mono CJK SC", "DejaVu Sans Mono", "monospace"]

CSS = """
.pa-sources { max-height: 560px; overflow-y: auto; }
.pa-source { border: 1px solid var(--border-color-primary); border-radius: 6px; padding: 8px 10px; margin-bottom: 10px; }
.pa-source-head { font-weight: 600; margin-bottom: 4px; }
.pa-section { color: var(--body-text-color-subdued); font-weight: 400; margin-left: 4px; }
.pa-quote { line-height: 1.7; color: var(--body-text-color-subdued); }
.pa-quote mark { background: #fff1a8; color: #111; padding: 0 1px; }
.pa-empty { color: var(--body-text-color-subdued); }
"""


def theme() -> gr.themes.Base:
    return gr.themes.Default(primary_hue="red", font=FONTS, font_mono=MONO_FONTS)


def build_blocks(service: AppService, downloads: Path) -> gr.Blocks:
    """The whole page; document pickers are refreshed on every page load so they follow uploads."""
    with gr.Blocks(title="招商政策助手", analytics_enabled=False) as blocks:
        gr.Markdown("## 招商政策助手\n回答均引用文件原文；文件中没有依据时会如实说明。")
        with gr.Tabs():
            with gr.Tab("问答", id="ask"):
                chat = tab_chat.build(service)
            with gr.Tab("任务分工", id="tasks"):
                tasks = tab_tasks.build(service, downloads)
            with gr.Tab("公文起草", id="drafts"):
                tab_drafts.build(service, downloads)
            with gr.Tab("文档管理", id="documents"):
                docs = tab_documents.build(service)

        def refresh():
            choices = tab_chat.document_choices(service)
            return (
                gr.update(choices=choices),
                gr.update(choices=service.jurisdictions()),
                gr.update(choices=tab_tasks.unit_choices(service)),
                gr.update(choices=[("全部", "")] + choices),
                gr.update(choices=tab_documents.document_choices(service), value=None),
            )

        blocks.load(
            refresh,
            None,
            [chat["documents"], chat["places"], tasks["unit"], tasks["document"], docs["picked"]],
        )
    return blocks
