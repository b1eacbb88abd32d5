"""A question asking what a unit does in a document that never names that unit is declined, saying the document
assigns it nothing — the passage found for the rest of the question would be about something else."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

INCENTIVES = """国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知
国办发〔2018〕117号
为进一步完善督查激励机制，经国务院同意，现将有关督查激励措施通知如下。
一、对支持企业开展职工在岗培训成效明显的省（区、市），给予就业补助资金倾斜。（财政部、人力资源社会保障部负责）
二、对旅游业发展成效突出的城市，中央财政予以倾斜支持。（国家发展改革委、财政部会同有关部门负责）
各有关部门要认真组织实施督查激励措施，及时制定或调整完善实施办法，明确职责分工。
国务院办公厅
2018年12月5日
"""

SPORTS = """国务院办公厅关于加快发展体育竞赛表演产业的指导意见
国办发〔2018〕121号
一、大力发展职业赛事
（一）促进体育竞赛与文化表演互动融合。打造具有民族特色的体育竞赛表演品牌项目。（体育总局、文化和旅游部负责）
（二）改善消费条件。积极探索建立体育场馆安保等级评价制度。（体育总局、公安部、应急部负责）
"""


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"jili.txt": INCENTIVES, "tiyu.txt": SPORTS})


def test_a_unit_the_named_document_never_mentions_is_assigned_nothing(national):
    # 文化和旅游部 is named in the sports document, never in the incentives notice.
    answer = national.ask("督查激励那个通知里，文化和旅游部负责的旅游激励措施是什么")
    assert answer.abstained
    assert "没有提到文化和旅游部" in answer.answer
    assert "真抓实干" in answer.answer  # says which document it looked in


def test_a_unit_no_document_mentions_is_read_by_its_suffix_and_declined(national):
    answer = national.ask("督查激励措施里审计署负责哪一条激励")
    assert answer.abstained
    assert "没有提到审计署" in answer.answer


def test_a_unit_the_document_does_name_still_gets_its_tasks(national):
    answer = national.ask("体育竞赛表演意见里应急部负责哪一条")
    assert not answer.abstained
    assert "改善消费条件" in answer.answer


def test_a_yes_no_claim_about_an_absent_unit_is_not_declined_that_way(national):
    answer = national.ask("体育竞赛表演意见里改善消费条件，是不是审计署负责")
    assert "没有提到审计署" not in answer.answer
