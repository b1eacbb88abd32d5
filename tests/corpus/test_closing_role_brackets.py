"""Sentences of one paragraph each closed by the bracket naming who leads it, and pages that lost their title
block: the place read from how the document speaks of itself. Excerpts in the form of a municipality's 纲要 task
split and a province's 稳增长 opinion, read through parse_bytes."""

from __future__ import annotations

from corpus.duties import find_inline_duties
from corpus.model import LeadBasis
from corpus.pipeline import parse_bytes

SPLIT = (
    "一、主要目标\n"
    "1.主要指标的责任部门。\n"
    "常住人口控制在1300万人左右。(市卫生健康委、市公安局牵头)单位生产总值能源消耗降低15%。(市发展改革委牵头)"
    "万元工业增加值用水量降低10%。(市水务局、市工业和信息化局牵头)耕地保有量保持在国家下达的面积。\n"
    "(市规划和自然资源局牵头)\n"
)


def test_each_bracket_closes_the_sentence_before_it():
    doc = parse_bytes("split.txt", SPLIT.encode("utf-8"))
    clauses = {t.title: t for t in doc.tasks if t.kind == "inline_duty"}
    assert clauses["常住人口控制在1300万人左右"].lead_units == ("市卫生健康委", "市公安局")
    assert clauses["单位生产总值能源消耗降低15%"].lead_units == ("市发展改革委",)
    assert clauses["万元工业增加值用水量降低10%"].lead_units == ("市水务局", "市工业和信息化局")
    assert clauses["耕地保有量保持在国家下达的面积"].lead_units == ("市规划和自然资源局",)
    assert all(t.lead_basis is LeadBasis.INLINE for t in clauses.values())
    named = {u for t in doc.tasks for u in t.units}
    assert not any(u.startswith(("(", "（")) for u in named)  # the bracket is no part of a name


def test_a_bracket_before_the_sentence_end_and_one_sentence_responsible():
    duties = find_inline_duties("推进园区扩区调位（市商务局负责）。完善招商图谱（市投资促进局牵头）。")
    assert [(d.lead_units, d.basis) for d in duties] == [
        (("市商务局",), LeadBasis.SINGLE_UNIT),
        (("市投资促进局",), LeadBasis.INLINE),
    ]
    assert duties[0].duty == "推进园区扩区调位"


def test_brackets_that_open_their_sentences_are_not_moved_to_the_sentence_before():
    text = "1.（市商务局牵头）开展产业链招商。（市发展改革委牵头）谋划一批重大项目。"
    duties = find_inline_duties(text)
    assert not any(d.convention == "closing_role_bracket" and d.duty == "开展产业链招商" for d in duties)


def test_a_page_without_its_title_block_is_placed_by_how_it_speaks_of_itself():
    province = (
        "各州、市、县、区人民政府，省直各委、办、厅、局：\n"
        "一、推进重大项目建设\n省人民政府对各州、市投资目标任务实施年度目标责任管理。"
        "（省发展改革委、财政厅牵头；国家开发银行贵州省分行配合）\n"
    )
    assert parse_bytes("yijian.txt", province.encode("utf-8")).meta.jurisdiction == "贵州省"
    municipality = "市人民政府决定，将《重庆市国民经济和社会发展第十四个五年规划纲要》主要目标分解落实。\n"
    assert parse_bytes("fengong.txt", municipality.encode("utf-8")).meta.jurisdiction == "重庆市"
    two = "省人民政府决定……国家开发银行贵州省分行、农业发展银行云南省分行配合。\n"
    assert parse_bytes("two.txt", two.encode("utf-8")).meta.jurisdiction == ""  # two provinces named: neither


def test_the_cities_a_provincial_notice_binds_answer_for_their_own_sentence():
    notice = (
        "某省医疗保障局关于做好2024年城乡居民基本医疗保障工作的通知\n"
        "一、提高筹资标准\n"
        "2024年，居民医保人均财政补助标准再提高30元。各市要根据大病保险基金运行情况，统筹确定大病保险筹资标准。\n"
        "二、落实待遇清单\n"
        "各市要严格执行医疗保障待遇清单制度，按时完成清理规范工作。\n"
    )
    doc = parse_bytes("notice.txt", notice.encode("utf-8"))
    items = {t.section: t for t in doc.tasks if t.kind == "item"}
    clauses = [t for t in doc.tasks if t.kind == "inline_duty"]
    assert any(t.lead_units == ("各市",) and "大病保险筹资标准" in t.title for t in clauses)
    assert items["一"].lead_units == ()  # named only in its second sentence: the party of that sentence alone
    assert items["二"].lead_units == ("各市",)  # the item is theirs from its first sentence
