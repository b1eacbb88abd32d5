"""问答: chat in Chinese, the key facts first, and a sources panel with each quote in its context."""

from __future__ import annotations

from collections import Counter

import gradio as gr

from ui.service import AppService
from ui.web.handlers import shown
from ui.web.views import chat_reply, reads_as_task, sources_html, suggest_questions

_EMPTY_SOURCES = '<div class="pa-sources"><p class="pa-empty">回答引用的原文会显示在这里。</p></div>'
SUGGESTIONS = 3

# Each new answer is shown from its first line (the bold 牵头单位 line), not scrolled to its end.
SCROLL_TO_ANSWER = """() => { setTimeout(() => {
  const bots = document.querySelectorAll('#pa-chat .message-row.bot-row, #pa-chat .bot');
  const last = bots[bots.length - 1];
  if (!last) return;
  let box = last.parentElement;
  while (box && box.id !== 'pa-chat' && !(box.scrollHeight > box.clientHeight + 4 &&
         ['auto', 'scroll'].includes(getComputedStyle(box).overflowY))) box = box.parentElement;
  if (box && box.id !== 'pa-chat') {
    box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  }
  const top = document.querySelector('#pa-chat').getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight) document.querySelector('#pa-chat').scrollIntoView({block: 'start'});
}, 60); }"""


def task_titles(service: AppService) -> list[str]:
    """Task titles, those with responsible units first: the material for "您是不是要问…"."""
    tasks = [t for doc in service.documents() for t in doc.tasks if t.title]
    return [t.title for t in sorted(tasks, key=lambda t: not t.units)]


def example_questions(service: AppService, limit: int = 6) -> list[str]:
    """Questions built from the corpus itself (its task titles and units), so they fit whatever is loaded."""
    documents = service.documents()
    questions: list[str] = []
    for doc in documents:
        task = next((t for t in doc.tasks if t.lead_units and reads_as_task(t.title)), None)
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
    """The 问答 tab; returns the filter widgets so the page can refresh their choices.

    The answer column holds the chat, the question and the sources; on a phone the columns stack, so the
    sources come right under the answer and the examples and filters follow.
    """
    last_answer = gr.State(None)
    with gr.Row():
        with gr.Column(scale=3, min_width=320):
            chatbot = gr.Chatbot(
                label="对话", height=460, elem_id="pa-chat", placeholder="请就已导入的政策文件提问。",
                buttons=[], autoscroll=False, show_label=False,
            )  # fmt: skip
            with gr.Row(visible=False, elem_id="pa-suggest", elem_classes="pa-suggest") as suggest_row:
                gr.Markdown("您是不是要问…", elem_classes="pa-suggest-title")
                suggestions = [
                    gr.Button("", size="sm", variant="secondary", elem_id=f"pa-suggest-{n}")
                    for n in range(SUGGESTIONS)
                ]
            with gr.Row(equal_height=True):
                question = gr.Textbox(
                    label="问题", placeholder="例如：谁牵头精准开发招商项目？　追问：那配合单位呢？",
                    scale=5, elem_id="pa-question", submit_btn=False,
                )  # fmt: skip
                send = gr.Button("提问", variant="primary", scale=1, min_width=80, elem_id="pa-send")
        with gr.Column(scale=2, min_width=300):
            gr.Markdown("#### 出处原文")
            sources = gr.HTML(_EMPTY_SOURCES, elem_id="pa-sources")
    gr.Examples(examples=[[q] for q in example_questions(service)], inputs=[question], label="示例问题")
    with gr.Row():
        documents = gr.Dropdown(
            choices=document_choices(service), multiselect=True, label="只看这些文件（可不选）", scale=3,
        )  # fmt: skip
        places = gr.Dropdown(
            choices=service.jurisdictions(), multiselect=True, label="只看这些地区（可不选）", scale=2
        )
    clear = gr.Button("新对话", size="sm", elem_id="pa-new-chat")

    def suggestion_updates(text, abstained):
        found = []
        if abstained:
            # A suggestion is offered only when asking it gives an answer (each answer takes about a millisecond).
            answers = lambda q: not service.ask(q).abstained  # noqa: E731
            found = suggest_questions(text, task_titles(service), SUGGESTIONS, answers)
        buttons = [gr.update(value=q, visible=True) for q in found]
        buttons += [gr.update(value="", visible=False)] * (SUGGESTIONS - len(found))
        return [gr.update(visible=bool(found)), *buttons]

    @shown
    def respond(text, history, previous, doc_ids, jurisdictions):
        answer = service.ask(text or "", doc_ids or None, jurisdictions or None, history=previous)
        by_id = {d.doc_id: d for d in service.documents()}
        history = list(history or []) + [
            {"role": "user", "content": text.strip()},
            {"role": "assistant", "content": chat_reply(answer)},
        ]
        return (
            history, "", sources_html(answer, by_id), answer, *suggestion_updates(text, answer.abstained)
        )  # fmt: skip

    inputs = [question, chatbot, last_answer, documents, places]
    outputs = [chatbot, question, sources, last_answer, suggest_row, *suggestions]
    send.click(respond, inputs, outputs).then(None, js=SCROLL_TO_ANSWER)
    question.submit(respond, inputs, outputs).then(None, js=SCROLL_TO_ANSWER)
    for button in suggestions:
        button.click(lambda q: q, button, question).then(respond, inputs, outputs).then(
            None, js=SCROLL_TO_ANSWER
        )
    hidden = [gr.update(visible=False)] * (SUGGESTIONS + 1)
    clear.click(lambda: ([], "", _EMPTY_SOURCES, None, *hidden), None, outputs)
    return {"documents": documents, "places": places}
