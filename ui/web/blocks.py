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

/* 任务分工: a register that fits the box; 任务 and 牵头单位 first, long unit lists wrap. */
.pa-register { max-height: 640px; overflow-y: auto; }
.pa-register table { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 14px; }
.pa-register th, .pa-register td { padding: 6px 8px; border-bottom: 1px solid var(--border-color-primary);
  text-align: left; vertical-align: top; overflow-wrap: anywhere; word-break: break-word; }
.pa-register thead th { position: sticky; top: 0; background: var(--background-fill-secondary); z-index: 1; }
.pa-register thead th:nth-child(1) { width: 27%; }
.pa-register thead th:nth-child(2) { width: 14%; }
.pa-register thead th:nth-child(3) { width: 27%; }
.pa-register thead th:nth-child(4) { width: 8%; }
.pa-register thead th:nth-child(6) { width: 8%; }
.pa-register tr.pa-doc-row th { background: var(--background-fill-secondary); font-weight: 600; }
.pa-register .pa-count { font-weight: 400; color: var(--body-text-color-subdued); margin-left: 8px; }
.pa-register .pa-label { color: var(--body-text-color-subdued); margin-right: 4px; }
.pa-register td.pa-lead { font-weight: 600; }
.pa-register td.pa-coop { font-size: 13px; }
/* Phone: each task a card, each cell with its column name. */
@media (max-width: 720px) {
  .pa-register { max-height: none; }
  .pa-register thead { display: none; }
  .pa-register table, .pa-register tbody, .pa-register tr, .pa-register td, .pa-register tr.pa-doc-row th {
    display: block; width: 100%; box-sizing: border-box; }
  .pa-register tr { border: 1px solid var(--border-color-primary); border-radius: 6px; margin-bottom: 8px; }
  .pa-register tr.pa-doc-row { border: none; margin: 14px 0 6px; }
  .pa-register td { border: none; padding: 2px 10px; }
  .pa-register table, .pa-register tr.pa-doc-row th { border: none; }
  .pa-register td.pa-blank { display: none; }  /* a card shows what the task has, not a row of dashes */
  .pa-register td::before { content: attr(data-label) "："; color: var(--body-text-color-subdued);
    font-weight: 400; }
  .pa-register td.pa-task { font-weight: 600; padding-top: 8px; }
  .pa-register td.pa-task::before { content: none; }
}

/* One toast at a time: a new message replaces the previous one instead of piling up as "(2)". */
.toast-messages > :not(:last-child), .toast-separator, .toast-count { display: none !important; }
.toast-wrap > :not(:last-child) { display: none !important; }
/* Gradio titles a toast with its type in English ("Warning", "Error") whatever title it was given. */
.toast-title { font-size: 0 !important; }
.toast-title::before { font-size: var(--text-lg); content: "提示"; }
.toast-title.error::before { content: "出错了"; }
.toast-title.success::before { content: "完成"; }

/* 问答 */
.pa-suggest { margin-top: 4px; }
.pa-suggest-title { color: var(--body-text-color-subdued); }
.pa-answer-doc { font-weight: 600; }

/* 公文起草: the in-page preview of the draft */
.pa-preview { border: 1px solid var(--border-color-primary); border-radius: 6px; padding: 24px 32px;
  max-height: 640px; overflow-y: auto; background: #fff; color: #111; font-family: "Noto Serif CJK SC", serif; }
.pa-preview h3 { text-align: center; font-size: 20px; margin: 8px 0 16px; }
.pa-preview p { margin: 0 0 8px; line-height: 1.8; text-indent: 2em; }
.pa-preview p.pa-noindent { text-indent: 0; }
.pa-preview table { border-collapse: collapse; width: 100%; margin: 8px 0; }
.pa-preview td { border: 1px solid #999; padding: 4px 6px; }
@media (max-width: 720px) { .pa-preview { padding: 12px; } }
"""


# Gradio's dropdown narrows its list on keydown, but text typed through a Chinese input method (or pasted)
# arrives as an input event with no keydown after it: nudge the dropdown to filter on every input.
PAGE_JS = """() => {
  const nudge = (event) => {
    const box = event.target;
    if (!box.matches || !box.matches('.pa-filter input') || event.isComposing) return;
    box.dispatchEvent(new KeyboardEvent('keydown', {key: 'Unidentified', bubbles: true}));
  };
  document.addEventListener('input', nudge, true);
  document.addEventListener('compositionend', nudge, true);
  // A new action closes the previous message, so a new error replaces the old one instead of stacking.
  const dismiss = () => document.querySelectorAll('[data-testid=toast-close]').forEach((b) => b.click());
  document.addEventListener('click', (event) => {
    const button = event.target.closest && event.target.closest('button');
    if (button && !button.closest('[data-testid=toast-body]')) dismiss();
  }, true);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.isComposing) dismiss();
  }, true);
}"""


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
                gr.update(choices=[("全部文件", "")] + choices),
                gr.update(choices=tab_tasks.place_choices(service)),
                gr.update(choices=tab_documents.document_choices(service), value=None),
            )

        blocks.load(None, None, None, js=PAGE_JS)
        blocks.load(
            refresh,
            None,
            [
                chat["documents"],
                chat["places"],
                tasks["unit"],
                tasks["document"],
                tasks["place"],
                docs["picked"],
            ],
        )
    return blocks
