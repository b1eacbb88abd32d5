"""Yes/no questions in the forms cadres type them: "是X负责不", "是X指导的吧" against a measure's own
"（A、B指导）" bracket (after its full stop, or opening its paragraph), and "规模化" read as part of the topic, not as a question about a scale."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

WASTE = """国务院办公厅关于印发“无废城市”建设试点工作方案的通知
国办发〔2018〕128号
二、主要任务
（一）提升风险防控能力，强化危险废物全面安全管控。全面实施危险废物电子转移联单制度，及时掌握流向。（生态环境部、交通运输部指导）开展废铅酸蓄电池等危险废物收集经营许可证制度试点。（生态环境部指导）落实医疗废物管理条例，强化医疗废物集中处置设施建设。（卫生健康委指导）
（二）实施工业绿色生产。
（工业和信息化部指导）推广一批先进适用技术装备，推动大宗工业固体废物综合利用产业规模化、高值化发展。
（三）支持平潭口岸建设进境种苗、水果监管作业场所。（负责部门：海关总署）
国务院办公厅
2018年12月29日
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"wufei.txt": WASTE})


def test_a_question_ending_in_fuze_bu_is_a_yes_no_question(assistant):
    answer = assistant.ask("平潭口岸建进境种苗、水果监管作业场所，是海关总署负责不")
    assert answer.answer.startswith("是。")
    assert "海关总署" in answer.answer


def test_a_claimed_guide_the_bracket_does_not_name_is_denied_with_the_guides(assistant):
    answer = assistant.ask("开展废铅酸蓄电池收集经营许可证制度试点是工信部指导的吧？")
    assert answer.answer.startswith("不是。")
    # The bracket after the measure's full stop is its own; the one before it closes the previous measure.
    assert answer.lead_unit == "生态环境部"
    assert answer.units == ("生态环境部",)


def test_a_claimed_guide_the_bracket_names_is_confirmed(assistant):
    answer = assistant.ask("推广先进适用技术装备、推动大宗工业固废综合利用规模化高值化，是工信部指导吧")
    assert answer.answer.startswith("是。")
    assert answer.lead_unit == "工业和信息化部"
