"""A question asking two things of one item ("由哪两家牵头？碰到重大问题往哪报") is answered in every part from
that item's own text, each further part quoted and cited."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

MACHINERY = """国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见
国发〔2018〕42号
一、保障措施
（一）健全组织实施机制。建立由农业农村部、工业和信息化部牵头的国家农业机械化发展协调推进机制，统筹协调农业机械化和农机装备产业发展工作，加强战略谋划和工作指导。重大问题及时向国务院报告。（农业农村部、工业和信息化部牵头负责）
（二）加强人才支撑。加强农机人才培养。（教育部、农业农村部负责）
国务院
2018年12月21日
"""

EMPLOYMENT = """国务院关于做好当前和今后一个时期促进就业工作的若干意见
国发〔2018〕39号
一、积极支持和鼓励创业
（一）扩大就业见习补贴范围。从2019年1月1日起，实施三年百万青年见习计划；将就业见习补贴范围由离校未就业高校毕业生扩展至16—24岁失业青年；组织失业青年参加3—12个月的就业见习，按规定给予就业见习补贴，并适当提高补贴标准。（人力资源社会保障部等有关部门和单位负责）
（二）加大创业担保贷款支持力度。符合条件的个人可申请创业担保贷款。（人力资源社会保障部、财政部负责）
国务院
2018年11月16日
"""


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"nongji.txt": MACHINERY, "jiuye.txt": EMPLOYMENT})


def test_who_leads_and_where_to_report_are_both_answered_from_the_item(national):
    answer = national.ask("国家农业机械化发展协调推进机制由哪两家牵头？碰到重大问题往哪报")
    assert answer.lead_unit == "农业农村部"
    assert "工业和信息化部" in answer.answer
    assert "重大问题及时向国务院报告" in answer.answer
    assert any("向国务院报告" in c.quote for c in answer.citations)


def test_two_figures_of_one_item_are_each_quoted(national):
    answer = national.ask("就业见习补贴扩大到多大年纪的失业青年，见习一般组织几个月")
    assert not answer.abstained
    assert "16—24岁" in answer.answer
    assert "3—12个月" in answer.answer
    assert all(c.section.endswith("(一)") for c in answer.citations)


def test_a_single_question_gets_no_extra_quote(national):
    answer = national.ask("见习一般组织几个月")
    assert "原文还写道" not in answer.answer


LEADERS = """2021年全市招商引资工作方案
二、工作措施
(二)压实领导责任。强化招商引资“一把手工程”地位,坚持“各级领导全覆盖”的工作原则,市委、市人大、市政府和市政协主要领导每人每年谋划1个总投资30亿元以上的重大产业项目(房地产、特色小镇项目除外,下同),分管招商引资工作的市委、市政府领导每人每年谋划1个总投资20亿元以上的产业项目,其他市领导每人每年谋划1个总投资10亿元以上的产业项目;市委、市政府主要领导每人每年赴省外招商引资不少于2次,市委、市政府分管招商引资的领导每人每年赴省外招商引资不少于6次,市政府其他领导每人每年赴省外招商引资不少于4次,其他市领导每人每年赴市外招商引资不少于2次。
(三)强化考核激励。将招商引资工作纳入年度综合考核。
"""


def test_two_asks_whose_words_match_no_passage_together_are_answered_part_by_part(tmp_path_factory):
    assistant = assistant_over(tmp_path_factory, {"zhaoshang.txt": LEADERS, "nongji.txt": MACHINERY})
    answer = assistant.ask("市委书记、市长每年要谋划多大的产业项目，去省外招商要几次")
    assert not answer.abstained
    assert "30亿元" in answer.answer
    assert "不少于2次" in answer.answer


SUBSIDIES = """郑州市人工智能OPC创业社区推广方案
二、推广举措
11.强化初创政策扶持。对正常运营1年以上的离校2年内高校毕业生，给予最高1万元一次性创业补贴；对毕业5年内的高校毕业生，给予最高不超过50万元的个人创业担保贷款和实际贷款利息50％的财政贴息补贴。（责任单位：市人社局）
"""


def test_a_part_closing_on_ne_asks_the_same_of_its_own_subject_and_a_ratio_is_no_comparison(tmp_path_factory):
    assistant = assistant_over(tmp_path_factory, {"zhengzhou.txt": SUBSIDIES, "nongji.txt": MACHINERY})
    q = assistant.understand("一次性补贴最多多少？创业担保贷款额度和贴息比例呢？")
    assert not q.compare  # "和贴息比例" is no "和…比"
    answer = assistant.ask("郑州高校毕业生创业：一次性补贴最多多少？创业担保贷款额度和贴息比例呢？")
    assert "最高1万元一次性创业补贴" in answer.answer
    assert "50万元" in answer.answer and "50％" in answer.answer
