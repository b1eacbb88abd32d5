"""Organisation texts (联席会议制度, 应急预案): who leads and who acts, read through the real pipeline."""

from __future__ import annotations

from corpus.model import LeadBasis
from corpus.pipeline import parse_bytes


def parse(text: str, name: str = "doc.txt"):
    return parse_bytes(name, text.encode("utf-8"))


def items(doc, label: str):
    return [t for t in doc.tasks if t.label.rstrip(".、") == label and t.kind != "inline_duty"]


JOINT_MEETING = (
    "国务院农民工工作部际联席会议制度\n"
    "一、主要职能\n"
    "统筹协调全国农民工工作，研究解决农民工工作中的重大问题。\n"
    "二、成员单位\n"
    "联席会议由人力资源社会保障部、国家发展改革委、教育部、财政部、住房城乡建设部5个部门和单位组成，"
    "人力资源社会保障部为牵头单位。联席会议召集人由人力资源社会保障部部长担任，"
    "联席会议成员为各成员单位有关负责同志，联络员由各成员单位有关司局负责同志担任。\n"
    "三、工作规则\n"
    "联席会议原则上每年召开一次全体会议。\n"
)


def test_the_body_a_joint_meeting_names_as_lead_leads_and_its_other_members_cooperate():
    (member_item,) = items(parse(JOINT_MEETING), "二")
    assert member_item.lead_units == ("人力资源社会保障部",)
    assert member_item.cooperating_units == ("国家发展改革委", "教育部", "财政部", "住房城乡建设部")
    assert member_item.lead_basis == LeadBasis.INLINE


def test_officials_drawn_from_member_bodies_name_no_responsible_unit():
    doc = parse(JOINT_MEETING)
    assert not any("司局" in u for t in doc.tasks for u in t.units)


EMERGENCY_PLAN = (
    "国家成品油供应应急预案\n"
    "一、总则\n"
    "本预案适用于全国范围内成品油供应应急工作。\n"
    "二、组织机构和职责\n"
    "（1）国家发展改革委及国家能源局负责应急工作的综合协调。\n"
    "（2）公安部负责维护加油站点的治安秩序，保证道路交通运输的通畅。\n"
    "（3）国家成品油应急工作指挥部要随时掌握应急状态发展情况，并迅速采取应对措施。\n"
)


def test_an_item_number_where_a_duty_sentence_begins_is_no_part_of_the_body_named():
    doc = parse(EMERGENCY_PLAN)
    names = {u for t in doc.tasks for u in t.units}
    assert {"国家发展改革委", "国家能源局", "公安部", "国家成品油应急工作指挥部"} <= names
    assert not any(u.startswith(("（", "(")) for u in names)
    police = next(t for t in doc.tasks if t.kind == "inline_duty" and t.body.startswith("公安部"))
    assert police.lead_units == ("公安部",)
