"""``python -m assistant draft …`` through the real entry point."""

from __future__ import annotations

import argparse
import importlib.util
import json
import zipfile

import pytest

from corpus.store import DocumentStore
from drafting.reminder import EXAMPLE as KINDS_EXAMPLE
from tests.drafting.docx_facts import body_text, open_docx
from ui.cli import COMMANDS


def run_cli(argv: list[str]) -> int:
    """ui.cli.main(argv); while other commands of COMMANDS are not merged yet, the draft command alone."""
    if all(importlib.util.find_spec(f"ui.cli.{name}") for name in COMMANDS):
        from ui.cli import main

        return main(argv)
    from ui.cli import draft

    parser = argparse.ArgumentParser(prog="python -m assistant")
    draft.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


@pytest.fixture
def data_dir(tmp_path, corpus_documents):
    store = DocumentStore(tmp_path / "data")
    for doc in corpus_documents:
        store.save(doc)
    return tmp_path / "data"


def test_draft_is_registered_as_a_command():
    assert "draft" in COMMANDS


@pytest.mark.parametrize("kind", ["plan", "visit-report", "reminder"])
def test_the_printed_example_drafts_a_complete_document(kind, tmp_path, data_dir, capsys):
    assert run_cli(["draft", kind, "--example"]) == 0
    example = json.loads(capsys.readouterr().out)
    fields = tmp_path / "fields.json"
    fields.write_text(json.dumps(example, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out.docx"
    assert (
        run_cli(["draft", kind, "--input", str(fields), "--out", str(out), "--data-dir", str(data_dir)]) == 0
    )
    captured = capsys.readouterr()
    printed = captured.out
    assert (
        f"已生成：{out}" in printed
        and "政策依据：《湘西自治州优势产业精准招商行动计划(2023-2025年)》" in printed
    )
    # the expired plan is flagged to the cadre on the terminal, not in the document
    assert (
        "提示：政策依据引用的《湘西自治州优势产业精准招商行动计划（2023—2025年）》实施期为2023—2025年"
        in captured.err
    )
    text = body_text(open_docx(out.read_bytes()))
    assert "湘西自治州优势产业精准招商行动计划" in text and "实施期" not in text


def test_an_output_folder_receives_a_file_named_after_the_form(tmp_path, data_dir, capsys):
    run_cli(["draft", "reminder", "--example"])
    fields = tmp_path / "f.json"
    fields.write_text(capsys.readouterr().out, encoding="utf-8")
    folder = tmp_path / "drafts"
    folder.mkdir()
    assert (
        run_cli(
            ["draft", "reminder", "--input", str(fields), "--out", str(folder), "--data-dir", str(data_dir)]
        )
        == 0
    )
    assert [p.name for p in folder.iterdir()] == ["年产5万吨锰基新材料项目_项目推进提醒函.docx"]


def test_a_missing_field_is_a_chinese_message_and_exit_code_2(tmp_path, capsys):
    fields = tmp_path / "f.json"
    fields.write_text(json.dumps({"target_company": "某公司"}, ensure_ascii=False), encoding="utf-8")
    code = run_cli(["draft", "plan", "--input", str(fields), "--out", str(tmp_path / "x.docx")])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.strip().startswith("错误：缺少必填项：发文机关、产业链、合作内容")
    assert "对接决策人、行程安排" in captured.err
    assert "Traceback" not in captured.err
    assert not (tmp_path / "x.docx").exists()


def test_bad_json_is_a_chinese_message_and_exit_code_2(tmp_path, capsys):
    fields = tmp_path / "f.json"
    fields.write_text('{"project_name": "甲",', encoding="utf-8")
    assert run_cli(["draft", "reminder", "--input", str(fields), "--out", str(tmp_path / "x.docx")]) == 2
    assert "不是有效的 JSON" in capsys.readouterr().err
    assert run_cli(["draft", "reminder", "--input", str(tmp_path / "none.json"), "--out", "x.docx"]) == 2
    assert "找不到字段文件" in capsys.readouterr().err


def test_reminders_from_the_example_ledger_land_in_a_zip(tmp_path, data_dir, capsys):
    assert run_cli(["draft", "reminders", "--example-ledger"]) == 0
    ledger = tmp_path / "台账.csv"
    ledger.write_bytes(capsys.readouterr().out.encode("gbk"))
    out = tmp_path / "letters.zip"
    argv = ["draft", "reminders", "--ledger", str(ledger), "--out", str(out), "--data-dir", str(data_dir)]
    argv += [
        "--issuer",
        "湘西自治州商务局",
        "--date",
        "2026-11-23",
        "--contact",
        "向明",
        "--phone",
        "0743-8221234",
    ]
    assert run_cli(argv) == 0
    assert "已起草提醒函 3 份，无需提醒 1 个项目，跳过 0 行" in capsys.readouterr().out
    with zipfile.ZipFile(out) as package:
        assert len([n for n in package.namelist() if n.endswith("提醒函.docx")]) == 3


def test_reminders_without_an_issuer_are_refused_in_chinese(tmp_path, capsys):
    ledger = tmp_path / "a.csv"
    ledger.write_text("项目名称,责任单位,签约时间,滞后环节\n甲,乙,2025-01-01,开工\n", encoding="utf-8")
    assert run_cli(["draft", "reminders", "--ledger", str(ledger), "--out", str(tmp_path / "o")]) == 2
    assert "缺少必填项：发函单位" in capsys.readouterr().err


def test_a_ledger_whose_every_row_is_skipped_exits_2_and_says_why(tmp_path, data_dir, capsys):
    ledger = tmp_path / "a.csv"
    ledger.write_text("项目名称,责任单位,签约时间,滞后环节\n甲,泸溪县,明年,开工\n", encoding="utf-8")
    argv = ["draft", "reminders", "--ledger", str(ledger), "--out", str(tmp_path / "o.zip")]
    argv += ["--issuer", "湘西自治州商务局", "--contact", "向明", "--phone", "0743-8221234"]
    assert run_cli([*argv, "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert "都未能起草提醒函" in err and "签约时间“明年”无法识别" in err and "Error" not in err
    assert not (tmp_path / "o.zip").exists()


def test_the_service_refuses_a_batch_without_contact_before_drafting(data_dir):
    from assistant.settings import load_settings
    from ui.service import AppService, UserError

    service = AppService(load_settings(data_dir=data_dir))
    data = "项目名称,责任单位,签约时间,滞后环节\n甲,泸溪县,2025-01-01,开工\n".encode()
    with pytest.raises(UserError, match="缺少必填项：联系人、联系电话"):
        service.draft_reminders("a.csv", data, "湘西自治州商务局")


def test_the_web_form_reads_labels_required_and_help_from_the_declared_fields():
    from ui.web.draft_forms import form_fields, read_fields

    fields = {f.key: f for f in form_fields("reminder")}
    assert fields["addressee"].label == "主送单位" and fields["addressee"].required
    from drafting.reminder import ReminderForm

    assert ReminderForm.label_of("主送机关") == "主送单位"  # the GB/T term is accepted as a key
    assert fields["contact_phone"].display_label == "联系电话 *"
    assert not fields["doc_number"].required and "发文字号" in fields["doc_number"].label
    example = form_fields(dict(KINDS_EXAMPLE))
    assert [f.key for f in example][:3] == list(KINDS_EXAMPLE)[:3]
    assert read_fields(example[:1], ["泸溪县人民政府"]) == {example[0].key: "泸溪县人民政府"}
