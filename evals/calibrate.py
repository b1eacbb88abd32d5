"""Sweep the evidence threshold over a gold file: how answer quality and abstention trade off.

    python -m evals.calibrate [--gold evals/gold.jsonl]

The shipped default (assistant.evidence.SUPPORT_THRESHOLD) was chosen from this table on gold.jsonl; the
held-out file shows whether the choice carries over.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import assistant  # noqa: F401  (offline switches first)
from assistant.answering import Assistant
from assistant.evidence import SUPPORT_THRESHOLD
from assistant.settings import load_settings
from assistant.workspace import Workspace
from evals.gold import GOLD_FILE, load_gold
from evals.score import run, summarise

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="证据阈值校准")
    parser.add_argument("--gold", type=Path, default=GOLD_FILE)
    args = parser.parse_args(argv)
    questions = load_gold(args.gold)
    with tempfile.TemporaryDirectory(prefix="pa-calibrate-") as scratch:
        workspace = Workspace(load_settings(data_dir=Path(scratch), llm_base_url=""), notify=lambda _: None)
        workspace.ensure_ready()
        names = workspace.vocabulary.unit_names
        print(f"{'threshold':>10}{'facts':>9}{'lead':>9}{'cite':>9}{'abst P':>9}{'abst R':>9}")
        for threshold in THRESHOLDS:
            s = summarise(
                run(questions, Assistant(workspace, threshold=threshold).ask, names, time.perf_counter)
            )
            mark = "  ← default" if threshold == SUPPORT_THRESHOLD else ""
            print(
                f"{threshold:>10.2f}{_pct(s.fact_containment):>9}{_pct(s.lead_accuracy):>9}"
                f"{_pct(s.citation_accuracy):>9}{_pct(s.abstention_precision):>9}{_pct(s.abstention_recall):>9}{mark}"
            )
    return 0


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


if __name__ == "__main__":
    raise SystemExit(main())
