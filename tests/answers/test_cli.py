"""The ask and eval commands through the real entry points."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import XIANGXI, YONGZHOU
from ui.cli import main

REPO = Path(__file__).resolve().parents[2]


def test_ask_json_names_the_lead_and_cites_the_item(corpus_data_dir, capsys):
    code = main(["ask", "谁牵头精准开发招商项目", "--json", "--data-dir", str(corpus_data_dir)])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["abstained"] is False
    assert "州商务局" in data["answer"]
    finding = data["findings"][0]
    assert finding["doc_id"] == XIANGXI and finding["section"] == "二/(三)"
    assert finding["lead_units"] == ["州商务局"]
    assert {"doc_id", "doc_title", "section", "task", "units", "targets", "quote", "start", "end"} <= set(
        finding
    )
    citation = data["citations"][0]
    assert set(citation) == {"doc_id", "doc_title", "section", "quote", "start", "end"}


def test_ask_human_output_lists_numbered_sources(corpus_data_dir, capsys):
    assert main(["ask", "永州实际使用外资目标是多少", "--data-dir", str(corpus_data_dir)]) == 0
    out = capsys.readouterr().out
    assert "3500万美元" in out
    assert "出处：" in out and "[1] 《企业服务年强化大抓招商行动责任清单》 总体目标：“" in out


def test_ask_filters_by_jurisdiction(corpus_data_dir, capsys):
    main(
        ["ask", "产业链招商谁牵头", "--json", "--jurisdiction", "永州市", "--data-dir", str(corpus_data_dir)]
    )
    data = json.loads(capsys.readouterr().out)
    assert {f["doc_id"] for f in data["findings"]} == {YONGZHOU}


def test_ask_batch_prints_one_json_line_per_question(corpus_data_dir, tmp_path, capsys):
    questions = tmp_path / "questions.txt"
    questions.write_text(
        "谁牵头精准开发招商项目\n\n杭州的招商引资政策有哪些\n到2025年外资目标是多少\n", encoding="utf-8"
    )
    assert main(["ask", "--batch", str(questions), "--json", "--data-dir", str(corpus_data_dir)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["question"] for r in records] == [
        "谁牵头精准开发招商项目",
        "杭州的招商引资政策有哪些",
        "到2025年外资目标是多少",
    ]
    assert [r["abstained"] for r in records] == [False, True, False]
    assert "3000万美元" in records[2]["answer"]


def test_ask_without_a_question_explains_itself(capsys):
    assert main(["ask"]) == 2
    assert "请给出一个问题" in capsys.readouterr().err


def test_python_dash_m_assistant_ask_runs_end_to_end(corpus_data_dir):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "assistant",
            "ask",
            "州工信局要牵头哪些事",
            "--json",
            "--data-dir",
            str(corpus_data_dir),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert "州工信局在《" in data["answer"] and "中没有牵头的任务" in data["answer"]
    assert "Traceback" not in result.stderr


def test_eval_prints_the_metrics_table(corpus_data_dir, tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    rows = [
        {
            "question": "谁牵头精准开发招商项目",
            "intent": "lead",
            "doc_ids": [XIANGXI],
            "sections": ["(三)"],
            "lead_unit": "州商务局",
            "units": [],
            "facts": ["州商务局"],
            "answerable": True,
        },
        {
            "question": "杭州的招商引资政策有哪些",
            "intent": "abstain",
            "doc_ids": [],
            "sections": [],
            "lead_unit": "",
            "units": [],
            "facts": [],
            "answerable": False,
        },
    ]
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    code = main(
        ["eval", "--gold", str(gold), "--no-baseline", "--verbose", "--data-dir", str(corpus_data_dir)]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "lead-unit accuracy" in out and "100.0%" in out
    assert "abstention recall" in out
    assert "unsupported claims" in out


def test_a_missing_embedding_model_is_a_chinese_error_not_a_traceback(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PA_EMBEDDING_MODEL", str(tmp_path / "no-such-model"))
    code = main(["ask", "谁牵头精准开发招商项目", "--data-dir", str(tmp_path / "data")])
    assert code == 2
    assert "向量模型不可用" in capsys.readouterr().err


def test_eval_scores_extra_documents_per_split_with_coverage_and_yes_no(tmp_path, capsys):
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "T01_ceshi_huizhan.txt").write_text(
        "测试市会展业促进条例\n第一条 为了促进会展业发展，制定本条例。\n"
        "第二条 市商务部门负责全市会展业的促进和协调工作。\n第三条 本条例自2024年3月1日起施行。\n",
        encoding="utf-8",
    )
    (documents / "T01_ceshi_huizhan.key.json").write_text("{}", encoding="utf-8")
    rows = [
        {
            "question": "测试市会展业条例从哪天开始施行",
            "intent": "time",
            "doc_ids": ["T01_ceshi_huizhan"],
            "sections": [],
            "lead_unit": "",
            "units": [],
            "facts": ["2024年3月1日"],
            "answerable": True,
            "yes": None,
            "style": "time",
            "split": "dev",
        },
        {
            "question": "湘西精准开发招商项目是不是州商务局牵头",
            "intent": "yesno",
            "doc_ids": [XIANGXI],
            "sections": ["(三)"],
            "lead_unit": "州商务局",
            "units": [],
            "facts": ["是", "州商务局"],
            "answerable": True,
            "yes": True,
            "style": "yesno",
            "split": "test",
        },
    ]
    gold = tmp_path / "robustness.jsonl"
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    code = main(["eval", "--gold", str(gold), "--no-baseline", "--documents-dir", str(documents)])
    assert code == 0
    out = capsys.readouterr().out
    assert "split=dev" in out and "split=test" in out
    assert "coverage vs accuracy" in out
    assert "answers naming a wrong lead" in out and "yes/no opens right" in out
    assert re.search(r"all parts right\s+100.0%", out)
