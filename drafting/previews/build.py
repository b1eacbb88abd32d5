"""Rebuild the committed previews: each kind from its example, and the letters of the 10-row ledger.

    .venv/bin/python drafting/previews/build.py [--dpi 40]

Pages are rendered by LibreOffice (drafting/render.py) at a low resolution so the PNGs stay small; they are
for looking at page flow, line length and figures, not for printing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from corpus.pipeline import parse_file  # noqa: E402
from drafting.batch import BatchOptions, draft_reminders  # noqa: E402
from drafting.kinds import KINDS, draft_document  # noqa: E402
from drafting.ledger import parse_ledger  # noqa: E402
from drafting.render import render  # noqa: E402

LEDGER = HERE / "台账_10行.csv"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dpi", type=int, default=40)
    args = parser.parse_args()
    corpus = HERE.parents[1] / "corpus" / "documents"
    documents = [parse_file(p) for p in sorted(corpus.glob("*.txt"))]
    for old in HERE.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sources = []
        for name, spec in KINDS.items():
            path = work / f"{name}.docx"
            draft = draft_document(name, spec.example, documents)
            path.write_bytes(draft.content)
            sources.append(path)
            for note in draft.notes:
                print(f"{name}: {note}")
        options = BatchOptions("湘西自治州商务局", dt.date(2026, 11, 23), contact_person="向明",
                               contact_phone="0743-8221234")  # fmt: skip
        report = draft_reminders(
            parse_ledger(LEDGER.name, LEDGER.read_bytes()), options, documents, work / "ledger"
        )
        print("\n".join(report.lines()))
        for n, letter in enumerate(report.letters, start=1):
            path = work / f"ledger-{n:02d}.docx"
            path.write_bytes((work / "ledger" / letter.filename).read_bytes())
            sources.append(path)
        summary = work / "ledger-summary.docx"
        summary.write_bytes((work / "ledger" / "提醒函汇总表.docx").read_bytes())
        sources.append(summary)
        for path in sources:
            rendered = render(path, work / "out", dpi=args.dpi)
            for page in rendered.pages:
                target = HERE / page.name
                target.write_bytes(page.read_bytes())
                print(target.relative_to(HERE.parents[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
