"""Two documents asked each for the year of its targets, by place and short name ("温州OPC举措和贵州市场主体方案，各自把
目标定到哪一年"): each part is its own document's, and a year printed full-width and spaced ("到 ２０２５ 年") is shown as
printed. Real excerpts (贵州省培育壮大市场主体行动方案, 温州 OPC 若干举措), the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over
from tests.answers.test_printed_documents import WENZHOU
from tests.corpus.test_typeset_text_layers import GUIZHOU

XIANGZHOU = """# 香洲区关于大力培育OPC产业发展新模式行动计划（征求意见稿）

## 一、总体目标

大力推动以人工智能技术应用为驱动，聚焦AI研发、大模型应用、跨境服务等领域的个人、微型团队创新创业，打造超级创业者集聚区。到2028年，力争实现：

主体规模显著扩大：全区OPC新型经营主体突破500家，集聚各类数字技能人才1000名以上，带动灵活就业、高质量就业2000名以上。

产业生态基本成型：建成OPC示范社区、特色载体、服务平台不少于3个。
"""

PAYMENTS = """贵州省农村支付服务提质增效助力乡村振兴行动方案(2026-2028年)
一、总体目标
到2028年底，全省农村支付服务体系基本建成。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {"guizhou.md": GUIZHOU, "wenzhou.txt": WENZHOU, "payments.txt": PAYMENTS, "xiangzhou.md": XIANGZHOU},
    )


def test_each_document_answers_for_its_own_target_year(assistant: Assistant):
    answer = assistant.ask("温州OPC举措和贵州市场主体方案，各自把目标定到哪一年？")
    titles = {c.doc_title for c in answer.citations}
    assert not any("农村支付" in t for t in titles)
    assert "到2028年底" in answer.answer
    assert "到２０２５年，“全省市场主体总量突破" in answer.answer  # the year as printed, full-width


def test_targets_listed_under_a_sentence_giving_their_year_are_shown_with_it(assistant: Assistant):
    answer = assistant.ask("香洲区OPC行动计划到2028年OPC经营主体要到多少家？")
    assert "到2028年，“主体规模显著扩大：全区OPC新型经营主体突破500家" in answer.answer
    assert any("到2028年，力争实现" in c.quote for c in answer.citations)
