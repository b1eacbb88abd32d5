"""Prompt texts live here as plain files, loaded by name, so they can be read and reviewed as text."""

from __future__ import annotations

from functools import cache
from pathlib import Path

PROMPT_DIR = Path(__file__).resolve().parent


class PromptNotFound(LookupError):
    """No prompt file of that name."""


@cache
def load_prompt(name: str) -> str:
    """The text of ``prompts/<name>.txt``."""
    path = PROMPT_DIR / f"{name}.txt"
    if not path.is_file() or path.parent != PROMPT_DIR:
        raise PromptNotFound(f"找不到提示词文件：{name}")
    return path.read_text(encoding="utf-8")
