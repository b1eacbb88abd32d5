"""Cadres shorten a field's name (职教 for 职业教育, 高职 for 高等职业教育) and ask for a document's "说法":
the shortened words find the document's own wording, and "说法" asks, it names nothing."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

VOCATIONAL = """国务院关于印发国家职业教育改革实施方案的通知
国发〔2019〕4号
一、完善国家职业教育制度体系
（一）健全国家职业教育制度框架。原则上每5年修订1次职业院校专业目录，学校依据目录灵活自主设置专业。
二、多元办学格局
（二）健全经费投入机制。各地在继续巩固落实好高等职业教育生均财政拨款水平达到12000元的基础上，逐步提高拨款水平。
国务院
2019年1月24日
"""

OTHER = """国务院办公厅关于加快发展体育竞赛表演产业的指导意见
国办发〔2018〕121号
一、大力发展职业赛事
（一）支持引进国际重大赛事。每年修订1次赛事目录。（体育总局负责）
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"zhijiao.txt": VOCATIONAL, "tiyu.txt": OTHER})


def test_a_shortened_field_name_finds_the_documents_wording(assistant):
    # The document writes 高等职业教育生均财政拨款水平; without the abbreviation the question is declined.
    answer = assistant.ask("国发4号职教改革方案里，高职生均拨款要达到多少钱")
    assert not answer.abstained
    assert "12000元" in answer.answer


def test_asking_for_a_documents_shuofa_is_not_a_topic_word(assistant):
    q = assistant.understand("职业院校专业目录多久修订一次？职教改革方案里的说法")
    assert "说法" not in q.topic
    answer = assistant.ask("职业院校专业目录多久修订一次？职教改革方案里的说法")
    assert "每5年修订1次" in answer.answer
