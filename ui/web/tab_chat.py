"""问答: chat in Chinese, the key facts first, and a sources panel with each quote in its context."""

from __future__ import annotations

from collections import Counter

import gradio as gr

from ui.service import AppService
from ui.web.handlers import shown
from ui.web.views import chat_reply, sources_html

_EMPTY_SOURCES = '<div class="pa-sources"><p class="pa-empty">回答引用的原文会显示在这里。</p></div>'


def example_questions(service: AppService, limit: int = 6) -> list[str]:
    """Questions built from the corpus itself (its task titles and units), so they fit whatever is loaded."""
    documents = service.documents()
    questions: list[str] = []
    for doc in documents:
        task = next((t for t in doc.tasks if t.lead_units and t.title), None)
        if task:
            questions.append(f"谁牵头{task.title}？")
    # The unit that leads most tasks makes the most telling "which tasks" example.
    leads = Counter(u for doc in documents for t in doc.tasks for u in t.lead_units)
    if leads:
        questions.append(f"{leads.most_common(1)[0][0]}牵头哪些任务？")
    targets = [t for doc in documents for task in doc.tasks for t in task.targets if t.metric]
    if targets:
        questions.append(f"{targets[0].metric}的目标是多少？")
    return list(dict.fromkeys(questions))[:limit]


def document_choices(service: AppService) -> list[tuple[str, str]]:
    return [
        (f"{d.title}（{d.jurisdiction}）" if d.jurisdiction else d.title, d.doc_id)
        for d in service.documents()
    ]


def build(service: AppService) -> dict[str, gr.components.Component]:
    """The 问答 tab; returns the filter widgets so the page can refresh their choices."""
    last_answer = gr.State(None)
    with gr.Row():
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(
                label="对话", height=460, elem_id="pa-chat", placeholder="请就已导入的政策文件提问。"
            )
            with gr.Row():
                question = gr.Textbox(
                    label="问题", placeholder="例如：谁牵头精准开发招商项目？　追问：那配合单位呢？",
                    scale=5, elem_id="pa-question", submit_btn=False,
                )  # fmt: skip
                send = gr.Button("提问", variant="primary", scale=1, elem_id="pa-send")
            gr.Examples(
                examples=[[q] for q in example_questions(service)], inputs=[question], label="示例问题"
            )
            with gr.Row():
                documents = gr.Dropdown(
                    choices=document_choices(service),
                    multiselect=True,
                    label="只看这些文件（可不选）",
                    scale=3,
                )
                places = gr.Dropdown(
                    choices=service.jurisdictions(), multiselect=True, label="只看这些地区（可不选）", scale=2
                )
            clear = gr.Button("新对话", size="sm")
        with gr.Column(scale=2):
            gr.Markdown("#### 出处原文")
            sources = gr.HTML(_EMPTY_SOURCES, elem_id="pa-sources")

    @shown
    def respond(text, history, previous, doc_ids, jurisdictions):
        answer = service.ask(text or "", doc_ids or None, jurisdictions or None, history=previous)
        by_id = {d.doc_id: d for d in service.documents()}
        history = list(history or []) + [
            {"role": "user", "content": text.strip()},
            {"role": "assistant", "content": chat_reply(answer)},
        ]
        return history, "", sources_html(answer, by_id), answer

    inputs = [question, chatbot, last_answer, documents, places]
    outputs = [chatbot, question, sources, last_answer]
    send.click(respond, inputs, outputs)
    question.submit(respond, inputs, outputs)
    clear.click(lambda: ([], "", _EMPTY_SOURCES, None), None, outputs)
    return {"documents": documents, "places": places}
