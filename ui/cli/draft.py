"""``python -m assistant draft``: official documents from a fields file, and reminder letters from a ledger."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from assistant.settings import load_settings
from drafting.errors import DraftingError, InvalidField
from drafting.kinds import KINDS
from drafting.sanitize import safe_filename

BATCH = "reminders"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "draft",
        help="起草公文（一对一上门招商计划书 / 外出招商考察报告 / 项目推进提醒函）",
        description="按 GB/T 9704 版式起草公文，政策依据逐字引自政策文件库。",
    )
    parser.add_argument(
        "kind", choices=[*KINDS, BATCH], help="plan | visit-report | reminder | reminders（批量）"
    )
    parser.add_argument("--input", help="字段 JSON 文件（- 表示标准输入）")
    parser.add_argument("--out", help="输出 .docx 文件或目录；批量时为目录或 .zip")
    parser.add_argument("--example", action="store_true", help="打印该类公文的完整字段示例 JSON")
    parser.add_argument("--data-dir", type=Path, help="数据目录（默认取 PA_DATA_DIR）")
    parser.add_argument("--render", action="store_true", help="另外用 LibreOffice 生成 PDF 和 PNG 预览")
    parser.add_argument("--no-llm", action="store_true", help="即使配置了大模型，也只用模板行文")
    batch = parser.add_argument_group("批量提醒函（kind = reminders）")
    batch.add_argument("--ledger", help="项目台账 .csv（UTF-8/GBK）或 .xlsx")
    batch.add_argument("--example-ledger", action="store_true", help="打印台账 CSV 示例")
    batch.add_argument("--issuer", help="发函单位，如 湘西自治州商务局")
    batch.add_argument("--date", help="发函日期，默认今天")
    batch.add_argument("--deadline", help="反馈期限（台账未填时使用），默认发函后15天")
    batch.add_argument("--contact", help="联系人（台账未填时使用）")
    batch.add_argument("--phone", help="联系电话（台账未填时使用）")
    batch.add_argument("--fund-threshold", type=float, default=100.0, help="资金到位率低于该百分比视为滞后")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.kind == BATCH:
        return _batch(args)
    return _single(args)


def _service(args: argparse.Namespace):
    from ui.service import AppService

    return AppService(load_settings(data_dir=args.data_dir))


def _read_fields(source: str) -> dict:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DraftingError(f"找不到字段文件：{source}") from None
    except UnicodeDecodeError:
        raise DraftingError("字段文件不是 UTF-8 编码的 JSON。") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DraftingError(
            f"字段文件不是有效的 JSON：第{exc.lineno}行第{exc.colno}列附近有语法错误。"
        ) from None
    if not isinstance(data, dict):
        raise DraftingError('字段文件应为 JSON 对象，例如 {"project_name": "…"}。')
    return data


def _single(args: argparse.Namespace) -> int:
    spec = KINDS[args.kind]
    if args.example:
        print(json.dumps(spec.example, ensure_ascii=False, indent=2))
        return 0
    if not args.input or not args.out:
        raise DraftingError(
            "请用 --input 指定字段 JSON 文件、--out 指定输出文件（可先用 --example 查看字段）。"
        )
    form = spec.read_form(_read_fields(args.input))
    # The configured chat model (PA_LLM_BASE_URL / PA_LLM_MODEL) may rephrase the opening unless --no-llm.
    draft = _service(args).draft(args.kind, form, use_llm=not args.no_llm)
    out = Path(args.out)
    if out.is_dir() or args.out.endswith(("/", "\\")):
        out = out / draft.filename
    elif out.suffix.lower() != ".docx":
        out = out.with_name(safe_filename(out.name) + ".docx")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(draft.content)
    print(f"已生成：{out}")
    for clause in draft.basis.clauses:
        print(f"  政策依据：《{clause.doc_title}》{clause.section_title or clause.section}")
    # Notes are for the cadre, not the letter: an expired plan quoted, or no 政策依据 paragraph at all.
    for note in draft.notes:
        print(f"  提示：{note}", file=sys.stderr)
    if args.render:
        _render(out)
    return 0


def _render(docx: Path) -> None:
    from drafting.render import render

    rendered = render(docx, docx.parent)
    print(f"预览：{rendered.pdf}")
    for page in rendered.pages:
        print(f"  {page}")


def _date(value: str | None, label: str) -> dt.date | None:
    from drafting.dates import parse_date

    if value is None:
        return None
    day = parse_date(value)
    if day is None:
        raise InvalidField(label, f"无法识别的日期“{value}”")
    return day


def _batch(args: argparse.Namespace) -> int:
    from drafting.batch import BatchOptions
    from drafting.ledger import EXAMPLE_CSV, read_ledger

    if args.example_ledger:
        sys.stdout.write(EXAMPLE_CSV)
        return 0
    if not args.ledger or not args.out:
        raise DraftingError(
            "请用 --ledger 指定项目台账、--out 指定输出目录或 .zip 文件（可先用 --example-ledger 查看格式）。"
        )
    options = BatchOptions(
        issuer=args.issuer or "",
        date=_date(args.date, "发函日期") or dt.date.today(),
        reply_deadline=_date(args.deadline, "反馈期限"),
        contact_person=args.contact or "",
        contact_phone=args.phone or "",
    )
    ledger = read_ledger(Path(args.ledger), fund_threshold=args.fund_threshold)
    # Every row skipped raises NothingDrafted (a DraftingError): exit 2 with the reasons, and no empty zip.
    report = _service(args).draft_reminders_to(ledger, options, Path(args.out))
    for line in report.lines():
        print(line)
    return 0
