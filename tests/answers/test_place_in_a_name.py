"""A city opening a question is not always the place asked about: "郑州机场…谁来抓" asks about a thing a national
document names (郑州机场, 重庆自贸试验区), and is answered from that document; "郑州的招商政策" still asks for
the city's own documents, which the corpus does not hold."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

FREE_TRADE = """国务院关于支持自由贸易试验区深化改革创新若干措施的通知
国发〔2018〕38号
一、营造优良投资环境
（一）在对外航权谈判中支持郑州机场利用第五航权，允许外国航空公司承载经郑州至第三国的客货业务。（负责部门：民航局，适用范围：河南自贸试验区）
（二）支持设立首次进口药品和生物制品口岸。（负责部门：药监局、海关总署，适用范围：重庆自贸试验区）
国务院
2018年11月7日
"""

LOCAL = """湘西自治州优势产业精准招商行动计划
一、重点任务
（一）精准开发招商项目。围绕优势产业策划包装项目。（牵头单位：州商务局；配合单位：州发改委）
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"zimaoqu.txt": FREE_TRADE, "xiangxi.txt": LOCAL})


def test_a_city_opening_a_name_the_document_writes_is_part_of_the_topic(assistant):
    answer = assistant.ask("郑州机场用第五航权那条措施，这个事谁来抓")
    assert not answer.abstained
    assert answer.units[:1] == ("民航局",)


def test_a_city_typed_before_an_abbreviated_name_is_part_of_the_topic(assistant):
    answer = assistant.ask("重庆自贸区设首次进口药品和生物制品口岸那条，是哪几家负责")
    assert not answer.abstained
    assert set(answer.units) >= {"药监局", "海关总署"}


def test_a_city_asked_for_its_own_policy_is_still_declined(assistant):
    answer = assistant.ask("郑州的招商政策有哪些")
    assert answer.abstained
    assert "郑州" in answer.answer
