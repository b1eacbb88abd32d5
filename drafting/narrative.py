"""An LLM may rephrase a draft's opening paragraph; the template's own paragraph stands whenever it strays.

The model sees the form's facts and the template paragraph. Its text is kept only if it adds no number, date or
unit name the facts and template lack (``assistant.verify.unsupported``), carries no instruction-like or markup
text, and is of a sensible length. Any failure — endpoint down, refusal, invention — keeps the template.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.llm import INSTRUCTION_LIKE
from assistant.verify import unsupported
from drafting.sanitize import clean_text
from prompts import load_prompt

_MARKUP = re.compile(r"[<>#*`|\[\]{}]|^\s*[-•]\s", re.M)

Phrase = Callable[[str, str, Sequence[str]], str]


def _prompt(label: str, opening: str, facts: Sequence[str]) -> str:
    # Placeholders are replaced, never interpreted: field values may contain braces or any other syntax.
    text = load_prompt("draft_opening")
    fact_lines = "\n".join(f"- {clean_text(f)}" for f in facts if clean_text(f).strip())
    return text.replace("<<LABEL>>", label).replace("<<FACTS>>", fact_lines).replace("<<OPENING>>", opening)


def acceptable(candidate: str, opening: str, facts: Sequence[str]) -> bool:
    """Whether the model's paragraph may replace ``opening``: nothing new, nothing odd."""
    text = candidate.strip()
    if not (len(opening) // 3 <= len(text) <= max(260, len(opening) * 2)):
        return False
    if "\n" in text or _MARKUP.search(text) or INSTRUCTION_LIKE.search(text) or "XX" in text:
        return False
    return not unsupported(text, [opening, *facts], ())


def opening_phraser(llm) -> Phrase:
    """A function that asks ``llm`` to rephrase an opening and returns the template's paragraph on any doubt."""
    import openai
    from langchain_core.messages import HumanMessage

    def phrase(label: str, opening: str, facts: Sequence[str]) -> str:
        try:
            reply = llm.invoke([HumanMessage(content=_prompt(label, opening, facts))])
        except (openai.APIError, ValueError):
            return opening
        candidate = clean_text(reply.content).strip()
        return candidate if acceptable(candidate, opening, facts) else opening

    return phrase


def form_facts(form: object) -> list[str]:
    """Every value of a typed form as text lines (dates also in Chinese form), for the model and the check."""
    import dataclasses
    import datetime as dt

    from pydantic import BaseModel

    from drafting.format import chinese_date

    lines: list[str] = []

    def add(value: object) -> None:
        if isinstance(value, str):
            if value.strip():
                lines.append(value)
        elif isinstance(value, dt.date):
            lines.extend((value.isoformat(), chinese_date(value)))
        elif isinstance(value, tuple | list):
            for item in value:
                add(item)
        elif isinstance(value, BaseModel):
            for name in type(value).model_fields:
                add(getattr(value, name))
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                add(getattr(value, f.name))

    add(form)
    return lines
