"""A parse report flags readings worth a second look, naming the item."""

from __future__ import annotations

from corpus.pipeline import parse_bytes
from corpus.review import suspicious_reads

PLAN = """某县招商引资攻坚行动方案
一、重点任务
（一）开展产业链招商。（责任单位：县商务局、县发改局、县工信局）
（二）建设招商平台。（责任单位：县商务局、县财政局、县自然资源局）
（三）优化营商环境。（责任单位：县政务服务中心、县市场监管局、县司法局）
（四）强化要素保障。（责任单位：县自然资源局）
"""


def test_one_unit_where_the_document_usually_lists_several_is_flagged_by_item():
    warnings = suspicious_reads(parse_bytes("某县方案.txt", PLAN.encode("utf-8")))
    assert any("强化要素保障" in w and "只读出一个责任单位" in w for w in warnings)
    assert not any("开展产业链招商" in w for w in warnings)


def test_a_well_read_plan_has_nothing_to_flag(shipped_docs):
    xiangxi = next(d for k, d in shipped_docs.items() if k.startswith("000_"))
    assert all("只读出一个责任单位" not in w for w in suspicious_reads(xiangxi))
