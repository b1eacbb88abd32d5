"""``python -m assistant ask``: one question, or a file of questions (one per line, JSONL out)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.answer import Answer


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``ask`` command."""
    parser = subparsers.add_parser("ask", help="就政策文件提问，回答附出处")
    parser.add_argument("question", nargs="?", help="问题，例如：谁牵头精准开发招商项目")
    parser.add_argument("--batch", type=Path, help="问题文件，每行一个问题；输出 JSONL")
    parser.add_argument("--json", action="store_true", help="输出 JSON")
    parser.add_argument("--data-dir", type=Path, help="数据目录（默认读取 PA_DATA_DIR）")
    parser.add_argument("--doc", action="append", help="只在该文档中查找（doc_id，可重复）")
    parser.add_argument(
        "--jurisdiction", action="append", help="只在该地区的文件中查找，例如 湘西州（可重复）"
    )
    parser.set_defaults(func=run)


def render_human(answer: Answer) -> str:
    """The answer, then numbered sources: 《title》 section: “quote”."""
    lines = [answer.answer]
    if answer.citations:
        lines.append("")
        lines.append("出处：")
        for n, c in enumerate(answer.citations, 1):
            lines.append(f"[{n}] 《{c.doc_title}》 {c.section}：“{c.quote}”")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    # Imported here so that `python -m assistant --help` stays fast.
    from assistant.settings import load_settings
    from ui.service import AppService

    if not args.question and not args.batch:
        print("错误：请给出一个问题，或用 --batch 指定问题文件。", file=sys.stderr)
        return 2
    service = AppService(load_settings(data_dir=args.data_dir))
    service.workspace  # noqa: B018 - open the data dir (and its index) before the first question
    if args.batch:
        try:
            questions = [line.strip() for line in args.batch.read_text(encoding="utf-8").splitlines()]
        except (OSError, UnicodeDecodeError) as exc:
            print(f"错误：无法读取问题文件 {args.batch}：{exc}", file=sys.stderr)
            return 2
        for question in filter(None, questions):
            answer = service.ask(question, doc_ids=args.doc, jurisdictions=args.jurisdiction)
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        return 0
    answer = service.ask(args.question, doc_ids=args.doc, jurisdictions=args.jurisdiction)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
    else:
        print(render_human(answer))
    return 0
