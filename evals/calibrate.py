"""Sweep the confidence threshold over a gold file: how many questions are answered and how many are right.

    python -m evals.calibrate [--gold evals/robustness.jsonl] [--documents-dir DIR] [--split dev]

The shipped default (assistant.answering.CONFIDENCE_THRESHOLD) is chosen on the dev split of
evals/robustness.jsonl as the threshold with the most questions right once an answer naming a wrong lead counts
double; the test split is only reported (see evals/README.md).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import assistant  # noqa: F401  (offline switches first)
from assistant.answering import CONFIDENCE_THRESHOLD, Assistant
from assistant.settings import load_settings
from assistant.workspace import Workspace
from evals.extra import add_documents
from evals.gold import GOLD_FILE, load_gold
from evals.score import run, summarise

THRESHOLDS = (0.0, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="置信度阈值校准")
    parser.add_argument("--gold", type=Path, default=GOLD_FILE)
    parser.add_argument("--documents-dir", type=Path, help="另外导入的文档文件夹")
    parser.add_argument("--split", choices=("dev", "test"), help="只用该子集")
    args = parser.parse_args(argv)
    questions = [q for q in load_gold(args.gold) if not args.split or q.split == args.split]
    with tempfile.TemporaryDirectory(prefix="pa-calibrate-") as scratch:
        workspace = Workspace(load_settings(data_dir=Path(scratch), llm_base_url=""), notify=lambda _: None)
        workspace.ensure_ready()
        if args.documents_dir:
            add_documents(workspace, args.documents_dir)
        names = workspace.vocabulary.unit_names
        print(f"{'threshold':>10}{'right':>9}{'cost':>9}{'declined':>10}{'wrongLead':>10}{'unans ok':>10}")
        for threshold in THRESHOLDS:
            ask = Assistant(workspace, min_confidence=threshold).ask
            s = summarise(run(questions, ask, names, time.perf_counter))
            # The objective: questions right, minus wrong leads counted once more (they are the worst outcome).
            cost = (s.correct or 0.0) - s.wrong_leads / max(1, s.n)
            mark = "  ← default" if threshold == CONFIDENCE_THRESHOLD else ""
            print(
                f"{threshold:>10.2f}{_pct(s.correct):>9}{_pct(cost):>9}{_pct(s.declined_answerable):>10}"
                f"{s.wrong_leads:>10}{_pct(s.abstention_recall):>10}{mark}"
            )
    return 0


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


if __name__ == "__main__":
    raise SystemExit(main())
