"""The ingest and tasks commands through the real entry point."""

from __future__ import annotations

import json

from tests.conftest import SHIPPED
from ui.cli import main


def test_ingest_reports_each_file_and_keeps_going_after_a_bad_one(tmp_path, capsys):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04broken")
    code = main(["ingest", str(SHIPPED), str(bad), "--data-dir", str(tmp_path / "d"), "--no-index", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert sum(r["ok"] for r in report) == 5
    failed = [r for r in report if not r["ok"]]
    assert len(failed) == 1 and "损坏" in failed[0]["error"]
    xiangxi = next(r for r in report if r["doc_id"].startswith("000_"))
    assert xiangxi["jurisdiction"] == "湘西州" and xiangxi["tasks"] >= 11


def test_tasks_json_lists_quotes_that_match_the_cleaned_text(tmp_path, capsys):
    data_dir = tmp_path / "d"
    main(["ingest", str(SHIPPED), "--data-dir", str(data_dir), "--no-index", "--json"])
    capsys.readouterr()
    assert main(["tasks", "--unit", "州工信局", "--json", "--data-dir", str(data_dir)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["doc_id"].startswith("000_") for r in rows)
    assert {"(三)", "(六)", "(八)"} <= {r["label"] for r in rows}
    assert all("州工信局" in r["units"] for r in rows)
    from corpus.store import DocumentStore

    store = DocumentStore(data_dir)
    for r in rows:
        text = store.get(r["doc_id"]).text
        assert text[r["start"] : r["end"]] == r["quote"]
        for key in ("section", "label", "title", "lead_units", "cooperating_units", "deadline", "targets"):
            assert key in r


def test_tasks_filter_by_document_and_lead_role(tmp_path, capsys):
    data_dir = tmp_path / "d"
    main(["ingest", str(SHIPPED), "--data-dir", str(data_dir), "--no-index", "--json"])
    capsys.readouterr()
    main(
        [
            "tasks",
            "--unit",
            "商务局",
            "--role",
            "lead",
            "--doc",
            "003_",
            "--json",
            "--data-dir",
            str(data_dir),
        ]
    )
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["lead_units"] == ["市商务局"] for r in rows)
    assert "突出园区主阵地作用" not in {r["title"] for r in rows}


def test_unreadable_only_input_exits_nonzero_with_message(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code = main(["ingest", str(empty), "--data-dir", str(tmp_path / "d"), "--no-index"])
    assert code == 1
    assert "为空" in capsys.readouterr().out
