"""A city's 招商引资 notices as reposting pages keep them: a mechanism whose heading names the lead and lists its
tasks, a leading group's office hosted by a bureau, posts named as the persons answering for work, a matter's
rules drafted by one body with districts and a zone's committee, a total closed by a note. Excerpts in the form
such pages take, read through parse_bytes and the catalogue."""

from __future__ import annotations

from corpus.duties import find_inline_duties
from corpus.pipeline import parse_bytes
from corpus.targets import find_targets
from corpus.units import looks_like_unit

MECHANISM = """为加强对全市招商引资工作的统筹推进力度，推动某某经济高质量发展，现就建立招商引资统分结合机制提出如下实施意见。
一、加强组织领导
成立由市政府主要领导任组长，分管领导任副组长的“某某市招商引资工作领导小组”，统筹指导全市招商引资工作，下设领导小组办公室，办公室设在市经合局。
二、实行“1+N”工作机制
(一)1：即由市经合局牵头抓总，对招商工作负总责，发挥好“统”的作用，主要任务是：
1.加强规划统筹，实现产业链精准招引
出台招商引资“十四五”规划，对未来五年全市招商引资工作进行顶层设计。
2.加强项目统筹
建立全市招商项目库。
"""

DUTIES = """一、任务分解。市级领导包抓20亿元以上重大招商引资项目共20个，总投资1281.68亿元(详见附件1)。
二、工作责任。各包抓领导为项目推进工作总负责人，负责协调解决项目推进工作中的重大问题；各项目责任单位主要负责人为项目推进工作第一责任人，具体负责项目的落地促进工作；市招商局责任人为项目推进工作协调和督促人，负责督促项目进度。
"""


def _records(text: str, name: str = "notice.txt"):
    return parse_bytes(name, text.encode("utf-8")).tasks


def test_a_heading_that_names_its_lead_passes_it_to_the_tasks_it_lists():
    tasks = {t.section: t for t in _records(MECHANISM) if t.kind == "item"}
    heading = next(t for s, t in tasks.items() if s.endswith("(一)"))
    assert heading.lead_units == ("市经合局",) and str(heading.lead_basis) == "inline"
    for section in ("(一)/1", "(一)/2"):
        task = next(t for s, t in tasks.items() if s.endswith(section))
        # worded as the heading words it: 牵头 stays 牵头
        assert task.lead_units == ("市经合局",) and str(task.lead_basis) == "inline"


def test_a_lead_role_s_name_is_no_lead():
    assert find_inline_duties("强化省发展改革委牵头抓总作用，完善工作机制。") == []


def test_the_bureau_hosting_a_leading_group_s_office_runs_it():
    (office,) = [t for t in _records(MECHANISM) if t.kind == "inline_duty" and t.section.startswith("一")]
    (item,) = [t for t in _records(MECHANISM) if t.kind == "item" and t.section.startswith("一")]
    assert item.lead_units == ()  # the office is one part of the item, which sets up the group
    assert office.lead_units == ("市经合局",) and str(office.lead_basis) == "single_unit"
    assert office.title.startswith("领导小组办公室")
    (seat,) = find_inline_duties("领导小组办公室设在市商务局，负责日常工作。")
    assert seat.lead_units == ("市商务局",) and seat.convention == "office_seat"


def test_a_bureau_named_for_economic_cooperation_keeps_its_whole_name():
    assert looks_like_unit("市经合局") and looks_like_unit("市经发局")
    (duty,) = find_inline_duties("市经发局负责招商工作。")
    assert duty.lead_units == ("市经发局",)
    # 经 before a verb still opens a clause, never a name
    (approved,) = find_inline_duties("经发展改革部门批准后实施。")
    assert approved.lead_units == ("发展改革部门",)


def test_posts_named_as_the_persons_answering_for_work_are_each_a_clause_record():
    clauses = [t for t in _records(DUTIES) if t.kind == "inline_duty"]
    by_post = {t.lead_units: t for t in clauses}
    assert set(by_post) == {("各包抓领导",), ("各项目责任单位主要负责人",), ("市招商局责任人",)}
    assert "协调解决项目推进工作中的重大问题" in by_post[("各包抓领导",)].title
    assert "督促项目进度" in by_post[("市招商局责任人",)].title
    (item,) = [t for t in _records(DUTIES) if t.kind == "item" and t.section.startswith("二")]
    assert item.lead_units == ()  # three posts, each its own sentence: the item names no lead


def test_a_matter_drafted_with_districts_and_a_zone_s_committee():
    text = "（十）整合专项资金。专项发展资金由临港地区管委会统筹使用。专项发展资金管理办法由市财政局会同浦东新区、奉贤区和临港地区管委会制定。"
    clauses = {t.lead_units: t for t in _records(text) if t.kind == "inline_duty"}
    drafted = clauses[("市财政局",)]
    assert drafted.cooperating_units == ("浦东新区", "奉贤区", "临港地区管委会")
    assert str(drafted.lead_basis) == "convenes"
    # the matter named before 由 names the clause
    assert drafted.title.startswith("专项发展资金管理办法")
    assert clauses[("临港地区管委会",)].title.startswith("专项发展资金由临港地区管委会统筹使用")
    # a class of districts is no party
    (duty,) = find_inline_duties("市商务局会同各区、县政府制定办法。")
    assert duty.cooperating_units == ()


def test_a_total_closed_by_a_bracketed_note_is_a_figure():
    figures = {(t.value_text, t.unit) for t in find_targets(DUTIES)}
    assert ("1281.68", "亿元") in figures


def test_a_reposting_site_s_banner_names_the_title():
    page = (
        "[2022年xxx市招商引资“百日攻坚”实施方案] 由 [招商人@ZSR(www.example.com)]小编精心整理分享,供您参阅!\n"
        "为促进全市招商引资工作提质增效，2022年将开展马鞍山市招商引资“百日攻坚”活动。\n一、对象\n"
    )
    assert parse_bytes("p.txt", page.encode("utf-8")).meta.title == "2022年xxx市招商引资“百日攻坚”实施方案"


def test_a_doc_number_printed_before_the_title_is_not_part_of_it():
    page = (
        "延政办发〔2015〕5号《延安市人民政府办公室关于印发领导包抓重大招商引资项目的通知》\n"
        "各县区人民政府，市政府各工作部门：\n一、任务分解。市级领导包抓项目共20个。\n"
    )
    meta = parse_bytes("p.txt", page.encode("utf-8")).meta
    assert meta.title == "延安市人民政府办公室关于印发领导包抓重大招商引资项目的通知"
    assert meta.doc_number == "延政办发〔2015〕5号" and meta.issuer == "延安市人民政府办公室"


def test_a_policy_term_is_the_document_s_validity():
    page = "某某市关于支持临港地区发展的若干意见\n为此，特制定本意见，政策期限为2016年至2018年。\n一、总则\n"
    assert parse_bytes("p.txt", page.encode("utf-8")).meta.validity == "政策期限为2016年至2018年"


def test_a_page_reporting_a_district_s_plan_is_that_district_s():
    page = (
        "2023年区政府工作报告重点工作目标任务分解\n"
        "近日,渝中区人民政府办公室发布《2023年区政府工作报告重点工作目标任务分解》方案,按照区委、区政府工作要求推进。\n"
        "1.地区生产总值增长5%左右。牵头单位:区发改委\n"
    )
    assert parse_bytes("p.txt", page.encode("utf-8")).meta.jurisdiction == "渝中区"


NOTICE_WITH_TABLES = """重庆市某某区人民政府办公室关于印发2022年区政府工作报告目标任务的通知
各镇人民政府、街道办事处,区级各部门:
根据工作安排,区政府办公室对报告明确的目标任务进行了分解,现印发给你们。
请各单位压实工作责任,确保全面高质量完成各项目标任务。区政府办公室将定期跟踪督办,并将目标任务完成情况纳入年度考核。
附件:1. 2022年区政府工作报告经济社会发展预期目标任务分解表
2. 2022年区政府工作报告重点工作任务分解表
附件1
2022年区政府工作报告经济社会发展预期目标任务分解表

| 序号 | 2022年预期目标 | 责任单位 |
|---|---|---|
| 1 | 地区生产总值增长5.5%左右 | 区发展改革委 |
| 2 | 工业增加值增长7%左右 | 区经济信息委 |

附件2
2022年区政府工作报告重点工作任务分解表

| 序号 | 重点工作任务 | 牵头单位 | 配合单位 |
|---|---|---|---|
| 1 | 推进科学城建设 | 区科技局 | 区财政局 |
"""


def test_a_notice_s_own_words_assign_work_before_its_attachment_tables():
    tasks = _records(NOTICE_WITH_TABLES, "notice.md")
    (opening,) = [t for t in tasks if t.section == "开头"]
    assert opening.lead_units == ("区政府办公室",) and "定期跟踪督办" in opening.title
    # "将" before a verb is what a body will do; before an object it names none
    assert find_inline_duties("各单位将任务纳入考核。") == []


def test_attachments_printed_after_the_notice_s_list_of_them_are_parts():
    rows = {t.section: t for t in _records(NOTICE_WITH_TABLES, "notice.md") if t.kind == "table_row"}
    assert rows["附件1/2"].units == ("区经济信息委",)
    assert rows["附件2/1"].lead_units == ("区科技局",)
    assert rows["附件1/1"].heading_path.startswith("附件1 2022年区政府工作报告经济社会发展预期目标任务分解表")


def test_a_post_named_as_the_person_answering_in_a_clause_of_its_own():
    text = "各地区、各部门要充分认识其重要意义，主要负责同志作为本地区、本部门合法性审核工作第一责任人，要切实加强领导。"
    (duty,) = find_inline_duties(text)
    assert duty.lead_units == ("主要负责同志",) and duty.convention == "responsible_person"


def test_a_government_s_legal_affairs_office_acts_where_由_names_it():
    text = "行政执法人员违反本条例规定达到3次的，由人民政府法制机构按照管理权限吊销其行政执法证。"
    (duty,) = find_inline_duties(text, article=True)
    assert duty.lead_units == ("人民政府法制机构",)


def test_a_page_without_its_title_is_named_by_what_its_opening_says_it_is_about():
    meta = parse_bytes("m.md", MECHANISM.encode("utf-8")).meta
    assert meta.title == "招商引资统分结合机制"


def test_a_deadline_inside_a_tortoise_shell_bracket_ends_with_it():
    text = "一、政策制定更用心\n1. 落实企业家参与涉企政策制定。〔责任单位:市政府办公室、市发展改革委;完成时限:全年〕\n"
    (item,) = [t for t in _records(text) if t.kind == "item"]
    assert item.deadline == "全年"


def test_a_page_cut_inside_a_unit_s_name_leaves_no_unit():
    from corpus.units import split_units

    assert split_units("区商") == [] and split_units("区委、区府") == ["区委", "区府"]


def test_a_head_answering_for_a_body_s_work_is_not_the_item_s_lead():
    text = (
        "第三条　市、县（区）人民政府应当建立优化营商环境工作协调机制。"
        "市、县（区）人民政府主要负责人是本行政区域优化营商环境工作的第一责任人。\n"
    )
    (item,) = [t for t in _records(text) if t.kind == "item"]
    assert item.lead_units == ("市、县（区）人民政府",)
    assert any(
        t.lead_units == ("市、县（区）人民政府主要负责人",) for t in _records(text) if t.kind == "inline_duty"
    )
