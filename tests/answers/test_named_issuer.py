"""A question opening with the body that issued documents ("国务院说…") is answered from that body's documents,
not from a city's plan that happens to use the same words."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

BONDED = """国务院关于促进综合保税区高水平开放高质量发展的若干意见
国发〔2019〕3号
三、发展目标
加快综合保税区创新升级，推动综合保税区发展成为具有全球影响力和竞争力的加工制造中心、研发设计中心、物流分拨中心、检测维修中心、销售服务中心。
四、主要任务
1.拓展两个市场。积极稳妥地在综合保税区推广增值税一般纳税人资格试点。（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）
国务院
2019年1月12日
"""

CITY = """长沙市对外贸易行动方案
一、主要目标
到2021年，长沙黄花综合保税区进出口总额达到80亿美元以上，建成区域性物流分拨中心。
二、重点任务
（一）建设综合保税区。推动综合保税区建成外贸中心。（市商务局牵头，长沙海关配合）
"""


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"zongbao.txt": BONDED, "changsha.txt": CITY})


def test_the_issuing_body_opening_a_question_picks_its_documents(mixed):
    answer = mixed.ask("国务院说要把综合保税区建成哪几个中心")
    assert not answer.abstained
    assert "加工制造中心" in answer.answer and "销售服务中心" in answer.answer
    assert all(c.doc_title.startswith("国务院") for c in answer.citations)


def test_which_ones_is_not_asking_a_count(mixed):
    q = mixed.understand("综合保税区要建成哪几个中心")
    assert q.intent != "target"
