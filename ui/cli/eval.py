"""``python -m assistant eval``: score the assistant (and the plain RAG baseline) on the gold questions."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``eval`` command."""
    parser = subparsers.add_parser("eval", help="在评测集上评估问答质量（与朴素 RAG 基线对比）")
    parser.add_argument("--gold", type=Path, help="评测集 JSONL（默认 evals/gold.jsonl）")
    parser.add_argument(
        "--baseline", action=argparse.BooleanOptionalAction, default=True, help="同时评估基线"
    )
    parser.add_argument("--verbose", action="store_true", help="列出每个未通过的问题")
    parser.add_argument("--data-dir", type=Path, help="使用已有数据目录（默认：临时目录，导入随附语料）")
    parser.add_argument("--documents", type=Path, help="评估文档解析：目录中每个文档旁有 <文件名>.key.json")
    parser.add_argument(
        "--documents-dir",
        type=Path,
        help="另外导入该文件夹中的文档（与随附语料一起放入临时数据目录），例如 evals/documents",
    )
    parser.add_argument("--split", choices=("dev", "test"), help="只评该子集（评测集带 split 字段时）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if getattr(args, "documents", None):
        from evals.documents import main as score_documents

        return score_documents(args.documents, verbose=args.verbose)
    from assistant.answering import Assistant
    from assistant.settings import load_settings
    from assistant.workspace import Workspace
    from evals.gold import GOLD_FILE, GoldFileError, load_gold
    from evals.score import coverage_curve, failures, per_intent, summarise, table
    from evals.score import run as run_gold

    try:
        questions = load_gold(args.gold or GOLD_FILE)
    except GoldFileError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    if args.split:
        questions = [q for q in questions if q.split == args.split]
    with tempfile.TemporaryDirectory(prefix="pa-eval-") as scratch:
        data_dir = args.data_dir or Path(scratch) / "data"
        # The gold answers are about the shipped corpus: score without an LLM so the numbers are reproducible.
        settings = load_settings(data_dir=data_dir, llm_base_url="", llm_model="")
        workspace = Workspace(settings)
        workspace.ensure_ready()
        if args.documents_dir:
            from evals.extra import add_documents

            add_documents(workspace, args.documents_dir)
        assistant = Assistant(workspace)
        names = workspace.vocabulary.unit_names
        assistant.ask("预热")  # first call loads jieba; keep it out of the latency figures
        ours = run_gold(questions, assistant.ask, names, time.perf_counter)
        columns = {"ours": summarise(ours)}
        base = None
        if args.baseline:
            from evals.baseline import PlainRag

            rag = PlainRag(workspace.documents, Path(scratch) / "baseline")
            rag.ask("预热")
            base = run_gold(questions, rag.ask, names, time.perf_counter)
            columns["plain RAG"] = summarise(base)
        print(f"评测集：{args.gold or GOLD_FILE}（{len(questions)} 题）")
        print(table(columns))
        print()
        print("ours, per intent:")
        print(per_intent(ours))
        splits = sorted({r.gold.split for r in ours if r.gold.split})
        if len(splits) > 1:
            for split in splits:
                print()
                print(f"ours, split={split}, per intent:")
                print(per_intent([r for r in ours if r.gold.split == split]))
        print()
        print("ours, coverage vs accuracy by confidence threshold:")
        print(coverage_curve(ours))
        for split in splits if len(splits) > 1 else ():
            print(f"  split={split}:")
            print(coverage_curve([r for r in ours if r.gold.split == split]))
        if base is not None:
            print()
            print("plain RAG, per intent:")
            print(per_intent(base))
        if args.verbose:
            print()
            print("ours, failures:")
            print(failures(ours))
    return 0
