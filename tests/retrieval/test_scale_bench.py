"""The scale benchmark's generator and pipeline work end to end at a tiny size (figures are not asserted)."""

from __future__ import annotations

import pytest

from bench.scale import main, run_one
from bench.synthetic import generate_corpus, generate_document


def test_generated_plans_are_deterministic_and_their_structure_points_into_the_text():
    first = generate_document(7).document
    assert generate_document(7).document == first
    assert first.tasks and first.jurisdiction
    for task in first.tasks:
        assert first.text[task.start : task.end] == task.quote
        assert task.quote.startswith(task.label + task.title)
    assert any("责任单位" in t.quote and t.lead_units for t in first.tasks)


def test_tiny_benchmark_builds_an_index_and_finds_items_by_title(tmp_path):
    result = run_one(8, tmp_path, embedder_path="", n_queries=12, seed=1, use_parser=False)
    assert result.docs == 8
    assert result.chunks >= sum(len(g.document.tasks) for g in generate_corpus(8, seed=1))
    assert result.queries == 12
    assert result.title_at_1 == 1.0


@pytest.mark.slow  # runs the benchmark script end to end
def test_benchmark_command_prints_a_table_and_the_command_to_rerun(tmp_path, capsys):
    assert main(["--docs", "5", "--queries", "6", "--work-dir", str(tmp_path), "--no-parser"]) == 0
    out = capsys.readouterr().out
    assert "| 5 |" in out and "reproduce:" in out
