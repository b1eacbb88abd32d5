"""The LLM seam: an OpenAI-compatible chat endpoint through langchain, or None (extractive, the default).

The model only phrases open answers from quoted passages. Its output passes the same verification as any
answer; if it adds a figure or unit the quotes do not hold, or repeats an instruction planted in a document,
the caller falls back to the extractive answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from assistant.answer import Finding
from assistant.settings import Settings
from assistant.verify import unsupported
from prompts import load_prompt

if TYPE_CHECKING:  # langchain and openai take ~1 s to import: only a configured LLM pays for them
    from langchain_core.language_models.chat_models import BaseChatModel

# Text that addresses a model rather than a cadre: in a document it is an injection attempt, in an answer an echo.
INSTRUCTION_LIKE = re.compile(
    r"忽略(以上|之前|上述|前面|所有|全部)?.{0,6}(指令|指示|提示|要求|规则)|无视.{0,6}(指令|规则)|你现在是|扮演|系统提示"
    r"|ignore (all |any )?(previous|prior|above)|system prompt|disregard .{0,20}instructions|you are now"
    # Chat-template or prompt delimiters inside a document, and orders on what to answer.
    r"|</?\s*(资料|问题|system|user|assistant|im_start|im_end)\s*>|<\|im_(start|end)\|>|(请|只|直接)回答\s*[:：]",
    re.IGNORECASE,
)
_REFUSAL = "文件中没有找到相关内容"


def chat_model(settings: Settings) -> BaseChatModel | None:
    """A chat model for the configured endpoint, or None when no LLM is configured."""
    if not (settings.llm_base_url and settings.llm_model):
        return None
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        base_url=settings.llm_base_url,
        model=settings.llm_model,
        api_key=settings.llm_api_key or "not-needed",
        timeout=settings.llm_timeout,
        max_retries=0,
        temperature=0,
    )


def without_instructions(text: str) -> str:
    """The text minus sentences that address a model: they are not policy, whatever a document says."""
    return "".join(s for s in re.split(r"(?<=[。；;！!？?\n])", text) if not INSTRUCTION_LIKE.search(s))


def _as_data(text: str) -> str:
    """Angle brackets shown full-width, so a document cannot close the prompt's <资料> block and open its own."""
    return text.replace("<", "＜").replace(">", "＞")


def _passages(quotes: Sequence[tuple[Finding, str]]) -> str:
    blocks = []
    for n, (finding, quote) in enumerate(quotes, 1):
        heading = _as_data(f"《{finding.doc_title}》{finding.task or finding.section}")
        blocks.append(f"[{n}]{heading}\n“{_as_data(quote)}”")
    return "\n\n".join(blocks)


def phrase_open_answer(
    llm: BaseChatModel, question: str, findings: Sequence[Finding], unit_names: Iterable[str]
) -> str | None:
    """The model's answer if it passes verification, else None (the caller keeps the extractive answer)."""
    quotes = [(f, without_instructions(f.quote)) for f in findings]
    prompt = load_prompt("answer_open").format(question=question, passages=_passages(quotes))
    import openai
    from langchain_core.messages import HumanMessage

    try:
        reply = llm.invoke([HumanMessage(content=prompt)])
    except (openai.APIError, ValueError):
        # The endpoint is down, slow or answered garbage: the extractive answer still stands.
        return None
    text = str(reply.content).strip()
    if not text or _REFUSAL in text or INSTRUCTION_LIKE.search(text):
        return None
    # Checked against what the model was shown: a figure only an injected sentence holds is not evidence.
    if unsupported(text, [q for _, q in quotes], list(unit_names)):
        return None
    return text
