"""``python -m assistant ingest PATH...``: parse documents into the data dir and report what was found."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assistant.settings import load_settings


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("ingest", help="导入政策文件（文件或文件夹）")
    parser.add_argument("paths", nargs="+", type=Path, help="文件或文件夹")
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="数据目录（默认 PA_DATA_DIR 或仓库内 data/）"
    )
    parser.add_argument("--json", action="store_true", help="以 JSON 输出导入报告")
    parser.add_argument("--no-index", action="store_true", help="只解析入库，不重建检索索引")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ui.service import AppService, configure_logging

    settings = load_settings(data_dir=args.data_dir)
    configure_logging(settings)
    report = AppService(settings).ingest_files(args.paths, reindex=not args.no_index, progress=not args.json)
    if args.json:
        print(json.dumps([r.__dict__ | {"ok": r.ok} for r in report.results], ensure_ascii=False, indent=2))
    else:
        for r in report.results:
            if r.ok:
                extra = f"；提示：{'；'.join(r.warnings)}" if r.warnings else ""
                extra += "；已替换原有的同名文档" if r.replaced else ""
                print(
                    f"✓ {r.path} → {r.doc_id}《{r.title}》（{r.jurisdiction or '未识别地区'}）："
                    f"任务 {r.tasks} 项，责任单位 {r.units} 个，量化目标 {r.targets} 个{extra}"
                )
            else:
                print(f"✗ {r.path}：{r.error}")
        print(
            f"共 {len(report.results)} 个文件：成功 {len(report.ok)}，失败 {len(report.failed)}。数据目录：{settings.data_dir}"
        )
    return 0 if report.ok or not report.results else 1
