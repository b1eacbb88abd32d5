"""``python -m assistant tasks``: the task table — who leads and who cooperates, across documents."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assistant.settings import load_settings
from corpus.model import Role
from corpus.tasks import TaskRow


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("tasks", help="列出任务分工（牵头 / 配合单位）")
    parser.add_argument("--unit", help="只看某个单位（牵头或配合），可用简称")
    parser.add_argument("--doc", help="只看某个文件（doc_id 或标题中的词）")
    parser.add_argument("--role", choices=[r.value for r in Role], default=Role.ANY, help="与 --unit 合用")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出")
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ui.service import AppService

    service = AppService(load_settings(data_dir=args.data_dir))
    rows = service.tasks(unit=args.unit or "", doc=args.doc or "", role=args.role)
    if args.json:
        print(json.dumps([r.to_json() for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("没有找到符合条件的任务。")
        return 0
    for row in rows:
        print(_line(row))
    print(f"共 {len(rows)} 项。")
    return 0


def _line(row: TaskRow) -> str:
    lead = "、".join(row.task.lead_units) or "未写明"
    coop = "、".join(row.task.cooperating_units) or "—"
    return f"[{row.doc_title}] {row.task.section} {row.task.title}\n    牵头：{lead}\n    配合：{coop}"
