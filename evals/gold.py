"""Gold questions: what a cadre asks and what the documents say the answer is (written by reading them)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

GOLD_FILE = Path(__file__).resolve().parent / "gold.jsonl"


@dataclass(frozen=True)
class GoldQuestion:
    id: str
    question: str
    intent: str  # lead / units / target / unit_tasks / compare / open / abstain
    doc_ids: tuple[str, ...]
    sections: tuple[str, ...]  # item labels as the document numbers them: "(三)", "1", "总体目标"
    lead_unit: str
    units: tuple[str, ...]
    facts: tuple[str, ...]  # strings the answer must contain
    answerable: bool
    yes: bool | None = None  # a yes/no question: the answer it must open with (是 / 不是)
    style: str = ""  # how it is asked (spoken, typo, abbrev, multipart …), for reading results by register
    split: str = ""  # dev (may be tuned on) / test (reported only)


class GoldFileError(ValueError):
    """The gold file is missing or a line is not a valid record."""


def load_gold(path: Path = GOLD_FILE) -> list[GoldQuestion]:
    """Read one JSON record per line."""
    records = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldFileError(f"无法读取评测集 {path}：{exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            records.append(
                GoldQuestion(
                    id=data.get("id", f"line{n}"),
                    question=data["question"],
                    intent=data["intent"],
                    doc_ids=tuple(data.get("doc_ids", ())),
                    sections=tuple(data.get("sections", ())),
                    lead_unit=data.get("lead_unit", ""),
                    units=tuple(data.get("units", ())),
                    facts=tuple(data.get("facts", ())),
                    answerable=bool(data.get("answerable", True)),
                    yes=data.get("yes"),
                    style=data.get("style", ""),
                    split=data.get("split", ""),
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise GoldFileError(f"评测集第 {n} 行格式错误：{exc}") from exc
    return records
