"""A document the shipped corpus does not contain, in another common format: labelled 牵头单位 / 配合单位 fields."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

PLAN = """岳阳市2024年招商引资工作要点
为推动全市招商引资高质量发展，现制定如下工作要点。
一、主要目标
全年新引进投资亿元以上项目150个，其中50亿元以上项目3个；实际使用外资达到2.5亿美元；引进省外境内资金增长12%以上。
二、重点任务
1.实施产业链精准招商。围绕石化、食品、电子信息等优势产业链，编制产业链招商图谱。牵头单位：市商务局；配合单位：市工信局、市发改委、各县市区人民政府。
2.强化园区招商主阵地。推动园区“二次创业”，每个省级园区全年引进亿元以上项目不少于10个。牵头单位：市工信局；配合单位：市商务局、市自然资源和规划局。
3.开展驻点招商。在长三角、粤港澳大湾区设立驻点招商工作组。牵头单位：市商务局；配合单位：市政府驻深圳办事处。
4.优化营商环境。推行“一件事一次办”，压缩项目审批时限30%以上。牵头单位：市数据资源局；配合单位：市发改委、市司法局。
"""


@pytest.fixture(scope="module")
def yueyang(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"yueyang_2024.txt": PLAN})


def test_a_labelled_lead_field_answers_who_leads(yueyang):
    answer = yueyang.ask("岳阳产业链招商谁牵头")
    assert answer.lead_unit == "市商务局"
    assert "文件明确列为牵头单位" in answer.answer
    assert "市工信局、市发改委" in answer.answer


def test_a_unit_of_the_new_city_lists_what_it_leads_and_joins(yueyang):
    answer = yueyang.ask("市商务局负责哪些工作")
    lead_part, _, coop_part = answer.answer.partition("作为配合单位")
    assert "实施产业链精准招商" in lead_part and "开展驻点招商" in lead_part
    assert "强化园区招商主阵地" in coop_part


def test_targets_of_the_new_city_are_quoted_as_written(yueyang):
    answer = yueyang.ask("岳阳实际使用外资目标是多少")
    assert "2.5亿美元" in answer.answer


def test_the_new_city_is_a_jurisdiction_and_other_cities_are_not(yueyang):
    assert yueyang.understand("岳阳产业链招商谁牵头").jurisdictions == ("岳阳市",)
    assert yueyang.ask("湘西产业链招商谁牵头").abstained


def test_asking_only_what_a_unit_leads_leaves_out_where_it_cooperates(yueyang):
    answer = yueyang.ask("市商务局牵头哪些工作")
    assert "实施产业链精准招商" in answer.answer
    assert "强化园区招商主阵地" not in answer.answer
    assert {f.section for f in answer.findings} == {"二/1", "二/3"}
