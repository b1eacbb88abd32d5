"""A page printed in traditional characters (a site's 繁體 view) is read with the same catalogue and asked in
simplified characters; every quote, title and unit name stays as the page prints it. Excerpts written in the form
such pages take; the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from corpus.pipeline import parse_bytes
from corpus.script import fold, is_traditional
from tests.answers.corpora import assistant_over

TRADITIONAL = """西安市人民政府辦公廳關於支持實體經濟發展若干財稅措施的意見
市政辦發〔2018〕72號
各區縣人民政府，市人民政府各工作部門：
為支持實體經濟發展，現提出如下意見。
一、加大財政資金支持力度
（一）持續加大投入力度。2018—2021年，市級財政每年安排工業發展專項資金不低於30億元，設立總規模100億元的工業發展基金。（責任單位：市工信委、市財政局，列第一位的為牽頭單位）
（二）支持企業擴大投資。對新引進的重點工業項目，兩年內完成投資的，給予最高500萬元補助。（責任單位：市工信委、市財政局）
"""

SIMPLIFIED = """测试县招商引资工作方案
一、精准招商
（一）开展产业链招商。（责任单位：县商务局、县发改局，列第一位的为牵头单位）
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"caishui.txt": TRADITIONAL, "county.txt": SIMPLIFIED})


def test_the_shadow_keeps_every_offset():
    assert len(fold(TRADITIONAL)) == len(TRADITIONAL)
    assert "牵头单位" in fold(TRADITIONAL) and is_traditional(TRADITIONAL)
    assert not is_traditional(SIMPLIFIED)


def test_a_traditional_page_is_read_with_the_catalogue_and_quoted_as_printed():
    doc = parse_bytes("caishui.txt", TRADITIONAL.encode("utf-8"))
    assert doc.text.startswith("西安市人民政府辦公廳")
    assert doc.meta.title == "西安市人民政府辦公廳關於支持實體經濟發展若干財稅措施的意見"
    assert doc.meta.doc_number == "市政辦發〔2018〕72號"
    first = next(t for t in doc.tasks if t.units)
    assert first.lead_units == ("市工信委",)
    assert first.units == ("市工信委", "市財政局")
    assert first.quote == doc.text[first.start : first.end]
    assert {t.value_text + t.unit for t in first.targets} >= {"30億元", "100億元"}


def test_asked_in_simplified_characters_answered_as_printed(assistant: Assistant):
    answer = assistant.ask("西安财税措施里持续加大投入那条，是哪个部门牵头？")
    assert not answer.abstained
    assert answer.lead_unit == "市工信委"
    assert all(c.quote in assistant.workspace.vocabulary.document(c.doc_id).text for c in answer.citations)
    figure = assistant.ask("西安财税措施里工业发展基金总规模多大？")
    assert not figure.abstained and "100億元" in figure.answer


def test_a_claimed_unit_typed_in_simplified_characters_is_the_printed_one(assistant: Assistant):
    answer = assistant.ask("西安财税措施支持企业扩大投资那条，责任单位里有市财政局吗？")
    assert answer.answer.startswith("是")
