"""Two documents asked each for the year of its targets, by place and short name ("温州OPC举措和贵州市场主体方案，各自把
目标定到哪一年"): each part is its own document's, and a year printed full-width and spaced ("到 ２０２５ 年") is shown as
printed. Real excerpts (贵州省培育壮大市场主体行动方案, 温州 OPC 若干举措), the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over
from tests.answers.test_printed_documents import WENZHOU
from tests.corpus.test_typeset_text_layers import GUIZHOU

PAYMENTS = """贵州省农村支付服务提质增效助力乡村振兴行动方案(2026-2028年)
一、总体目标
到2028年底，全省农村支付服务体系基本建成。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory, {"guizhou.md": GUIZHOU, "wenzhou.txt": WENZHOU, "payments.txt": PAYMENTS}
    )


def test_each_document_answers_for_its_own_target_year(assistant: Assistant):
    answer = assistant.ask("温州OPC举措和贵州市场主体方案，各自把目标定到哪一年？")
    titles = {c.doc_title for c in answer.citations}
    assert not any("农村支付" in t for t in titles)
    assert "到2028年底" in answer.answer
    assert "到２０２５年，“全省市场主体总量突破" in answer.answer  # the year as printed, full-width
