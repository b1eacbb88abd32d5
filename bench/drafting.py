"""How long drafting takes: each kind (fields → DOCX bytes, policy basis included), a 50-row ledger batch,
and optionally the LibreOffice preview.

    .venv/bin/python bench/drafting.py [--repeat 20] [--render] [--data-dir DIR]

Documents come from --data-dir's store, or else the shipped corpus parsed on the fly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.settings import load_settings  # noqa: E402
from corpus.pipeline import parse_file  # noqa: E402
from corpus.store import DocumentStore  # noqa: E402
from drafting.basis import policy_basis  # noqa: E402
from drafting.batch import BatchOptions, draft_reminders  # noqa: E402
from drafting.kinds import KINDS, draft_document  # noqa: E402
from drafting.ledger import parse_ledger  # noqa: E402


def _documents(data_dir: Path | None):
    settings = load_settings(data_dir=data_dir)
    if data_dir:
        return DocumentStore(settings.data_dir).documents(), f"store {settings.data_dir}"
    # No data dir: the shipped corpus parsed on the fly by corpus.pipeline.
    paths = sorted(p for p in Path(settings.corpus_dir).iterdir() if p.is_file())
    return [parse_file(p) for p in paths], f"parsed from {settings.corpus_dir}"


def _ledger_csv(rows: int) -> bytes:
    # Unit headers (亿元 / 万元 / %) and bare places as 责任单位, as real ledgers have them.
    lines = [
        "项目名称,签约企业,协议投资额（亿元）,总投资（万元）,责任单位,签约时间,履约情况,开工情况,资金到位率（%）"
    ]
    for i in range(rows):
        lines.append(
            f"第{i + 1}号产业项目,某某{i + 1}号实业有限公司,{i % 9 + 1}.5,{(i % 9 + 2) * 10000},"
            f"{['泸溪县', '凤凰县人民政府', '湘西高新区'][i % 3]},2025-{i % 12 + 1}-{i % 28 + 1},"
            f"{['已履约', '未履约'][i % 2]},{['已开工', '未开工', '已开工'][i % 3]},{['100', '40'][i % 2]}"
        )
    return ("\n".join(lines) + "\n").encode("gbk")


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.1f} ms, min {min(values) * 1000:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--rows", type=int, default=50)
    parser.add_argument("--render", action="store_true", help="also time the LibreOffice → PDF → PNG preview")
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()

    started = time.perf_counter()
    docs, origin = _documents(args.data_dir)
    print(f"documents: {len(docs)} ({origin}), loaded in {(time.perf_counter() - started) * 1000:.0f} ms")

    first = time.perf_counter()
    draft_document("reminder", KINDS["reminder"].example, docs)
    print(
        f"first draft (imports, jieba dictionary for title breaking): {(time.perf_counter() - first) * 1000:.0f} ms"
    )

    for name, spec in KINDS.items():
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            draft = draft_document(name, spec.example, docs)
            times.append(time.perf_counter() - t)
        verdict = "ok" if statistics.median(times) < 0.3 else "SLOWER than the 300 ms target"
        print(f"draft {name:13s} {_ms(times)}  ({len(draft.content) // 1024} KB) {verdict}")

    times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        policy_basis(KINDS["plan"].topic, docs)
        times.append(time.perf_counter() - t)
    print(f"policy basis alone (task-record selection): {_ms(times)}")

    data = _ledger_csv(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        for target in ("letters", "letters.zip"):
            t = time.perf_counter()
            ledger = parse_ledger("台账.csv", data)
            report = draft_reminders(
                ledger, BatchOptions("湘西自治州商务局", dt.date(2026, 11, 23), contact_person="向明",
                                     contact_phone="0743-8221234"), docs, Path(tmp) / target,
            )  # fmt: skip
            elapsed = time.perf_counter() - t
            verdict = "ok" if elapsed < 5 or args.rows != 50 else "SLOWER than the 5 s target"
            print(
                f"batch {args.rows} rows → {target:11s} {elapsed * 1000:.0f} ms total, "
                f"{len(report.letters)} letters ({elapsed / max(1, len(report.letters)) * 1000:.1f} ms/letter) {verdict}"
            )
        if args.render:
            from drafting.render import render

            for name, spec in KINDS.items():
                path = Path(tmp) / f"{name}.docx"
                path.write_bytes(draft_document(name, spec.example, docs).content)
                t = time.perf_counter()
                rendered = render(path, Path(tmp) / "render")
                print(f"render {name:12s} {(time.perf_counter() - t):.2f} s ({len(rendered.pages)} pages)")
    print("rerun: .venv/bin/python bench/drafting.py" + (" --render" if args.render else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
