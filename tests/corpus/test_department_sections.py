"""Plans that report what each department does: a sentence opening with a named department and an action verb
("省科技厅出台专项扶持政策…"), and a part whose headings are the departments' names ("（一）省科技厅"). Real excerpts
(辽宁省人工智能OPC培育发展实施方案, 咸宁 招商引资工作方案, 国办函〔2005〕69号), the real pipeline."""

from __future__ import annotations

from corpus.pipeline import parse_bytes

LIAONING = """辽宁省人工智能OPC培育发展实施方案（2026-2028年）
四、重点任务
（二）加大OPC招引力度
充分利用辽宁省"兴辽英才计划"，大力引进国内外人工智能OPC。省科技厅出台专项扶持政策，对落地园区的OPC创业项目给予最高3万元一次性创业奖励；通过"未来产业研发计划""揭榜挂帅"等省级科研项目，加大对OPC团队的政策倾斜。
（六）加大人才培养
推动省内高校、重点科研院所及社会培训机构针对OPC发展需求，调整培训内容。沈阳将常态化开设"OPC训练营""AI创业实训班"。省人社厅深入推进"马兰花"创业培训计划，创新"技能+创业""直播+创业"等培训模式。
五、省直部门配套措施
（一）省科技厅
扩容科创载体，统筹布局建设OPC生态社区，对运行成效突出的孵化器给予最高200万元资金奖励。
（二）省人社厅
落实创业场地补贴、一次性创业补贴、最高30万元个人创业担保贷款贴息等扶持政策。
"""

XIANNING = """咸宁市招商引资工作方案
（十三）完善保障激励机制。市财政安排招商引资奖励专项资金，对重大招商引资项目有功人员进行奖励；市委组织部对重大招商引资项目有功公职人员予以记功奖励、通报表彰或提拔重用。
（十四）加强宣传。国办将与国家标准委、国务院信息办等单位一起，组织制定政府网站及电子政务相关标准。
"""


def _item(doc, title_part):
    return next(t for t in doc.tasks if t.kind == "item" and title_part in t.title)


def test_a_department_acting_in_a_plan_sentence_answers_for_its_item():
    doc = parse_bytes("liaoning.txt", LIAONING.encode())
    recruit = _item(doc, "加大OPC招引力度")
    assert recruit.units == ("省科技厅",) and recruit.lead_units == ("省科技厅",)
    assert recruit.lead_basis == "single_unit"  # one responsible department, never worded as 牵头
    duty = next(t for t in doc.tasks if t.kind == "inline_duty" and t.section == recruit.section)
    assert duty.title.startswith("出台专项扶持政策")


def test_a_place_acting_is_no_department():
    doc = parse_bytes("liaoning.txt", LIAONING.encode())
    talent = _item(doc, "加大人才培养")
    assert talent.units == ("省人社厅",)  # "沈阳将常态化开设…" names a city, not a responsible body


def test_a_heading_that_names_a_department_gives_it_the_measures_below():
    doc = parse_bytes("liaoning.txt", LIAONING.encode())
    for name in ("省科技厅", "省人社厅"):
        part = _item(doc, name)
        assert part.units == (name,) and part.lead_units == (name,) and part.lead_basis == "single_unit"


def test_a_verb_that_goes_on_a_body_name_or_a_joint_act_names_no_sole_department():
    doc = parse_bytes("xianning.txt", XIANNING.encode())
    assert not any(t.units == ("市委",) for t in doc.tasks)  # 市委组织部 is one body; 组织 is no verb here
    joint = _item(doc, "加强宣传")
    assert joint.lead_units != ("国办",)  # "国办将与…一起" acts with others


KAIFAQU = """山东省经济开发区条例
第八条 经济开发区管理委员会履行下列职责：
（一）贯彻执行法律、法规、规章，制定和实施经济开发区各项管理制度；
（四）制定招商引资政策，健全招商引资机制，整合招商引资资源，搭建招商引资平台；
（七）根据经济开发区所在地县级以上人民政府授权或者接受有关部门的委托负责区域内土地等方面的管理工作；
（八）协调配合规划、国土资源、工商行政管理、税务、质量技术监督等政府有关部门做好相关工作；
"""


def test_a_body_carrying_out_listed_duties_owns_them_and_the_bodies_inside_them_do_not_act():
    doc = parse_bytes("kaifaqu.txt", KAIFAQU.encode())
    article = next(t for t in doc.tasks if t.kind == "item" and t.label == "第八条")
    assert article.units == ("经济开发区管理委员会",) and article.lead_units == ("经济开发区管理委员会",)
    # "根据…人民政府授权" follows a body's authority; "协调配合…等政府有关部门" works with them: neither acts here.
    assert not any(u.startswith(("（", "根据", "协调")) for t in doc.tasks for u in t.units)


def test_a_body_convening_another_to_interpret_is_read_as_convening_never_as_the_only_unit():
    doc = parse_bytes(
        "cuoshi.txt",
        "某区关于支持人工智能创新创业的若干措施\n一、支持创业载体建设。对新认定的创业社区给予最高100万元奖励。\n"
        "二、本措施自2026年1月1日起施行，由区科学技术委员会会同区发展和改革委员会负责解释。\n".encode(),
    )
    for t in (t for t in doc.tasks if t.section == "二"):
        assert t.units == ("区科学技术委员会", "区发展和改革委员会"), t
        assert t.lead_basis == "convenes"
