"""Who does a piece of work is read from what closes it: the closing paragraph after the last numbered item
("体育总局要会同有关方面做好…") or the （X负责） bracket right after the sentence inside an item."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

SPORTS = """国务院办公厅关于加快发展体育竞赛表演产业的指导意见
国办发〔2018〕121号
一、丰富赛事活动
（一）鼓励创新创业。大力推进商事制度改革。（市场监管总局负责）加强体育产业创新创业教育服务。（体育总局、教育部负责）
（二）完善相关投入机制。鼓励社会资本设立产业发展投资基金。（体育总局、人民银行、财政部负责）
各地区、各有关部门要充分认识发展体育竞赛表演产业的重要意义，加强组织领导，务求取得实效。体育总局要会同有关方面做好指导、督查和总结工作，共同抓好落实，重大事项及时报告国务院。
国务院办公厅
2018年12月11日
"""

INCENTIVES = """国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知
国办发〔2018〕117号
一、对支持企业开展职工在岗培训成效明显的省（区、市），给予就业补助资金倾斜。（财政部、人力资源社会保障部负责）
二、对资源枯竭城市转型成效突出的城市，中央财政予以倾斜支持。（国家发展改革委、财政部负责）
各有关部门要认真组织实施督查激励措施。各省（区、市）政府要建立省级政府办公厅牵头、省级有关部门参与的工作机制，统筹做好本地区督查激励措施组织落实工作。
国务院办公厅
2018年12月6日
"""


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"tiyu.txt": SPORTS, "jili.txt": INCENTIVES})


def test_work_assigned_in_the_closing_paragraph_names_its_body(national):
    answer = national.ask("体育竞赛表演产业的指导、督查和总结工作由哪个部门会同有关方面来做")
    assert answer.lead_unit == "体育总局"
    assert any("指导、督查和总结工作" in c.quote for c in answer.citations)


def test_a_mechanism_set_up_with_a_lead_names_that_lead_not_the_clause_subject(national):
    answer = national.ask("督查激励的通知要求各省建工作机制，由谁牵头")
    assert answer.lead_unit == "省级政府办公厅"
    assert "省级政府办公厅牵头" in answer.answer


def test_a_numbered_item_that_matches_better_still_answers(national):
    answer = national.ask("体育竞赛表演意见里设立产业发展投资基金谁牵头")
    assert answer.lead_unit == "体育总局"
    assert "完善相关投入机制" in answer.answer


def test_a_sentence_closed_by_its_own_bracket_settles_a_yes_no_claim(national):
    # Item (一) lists two brackets; the sentence on 商事制度改革 is closed by （市场监管总局负责）.
    answer = national.ask("体育竞赛表演意见里推进商事制度改革那句，是体育总局负责吗")
    assert answer.answer.startswith("不是。")
    assert "市场监管总局" in answer.answer
    answer = national.ask("体育竞赛表演意见里推进商事制度改革那句，是市场监管总局负责吗")
    assert answer.answer.startswith("是。")
