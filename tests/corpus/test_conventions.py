"""Conventions a new document may use, read by the same code that reads the shipped corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.errors import UnreadableDocument
from corpus.pipeline import parse_bytes, parse_file
from corpus.units import UnitDirectory, split_units

COUNTY_PLAN = Path(__file__).with_name("county_plan.txt")


@pytest.fixture(scope="module")
def county():
    return parse_file(COUNTY_PLAN)


def by_section(doc, section):
    return next(t for t in doc.tasks if t.section == section and t.kind == "item")


def test_explicit_lead_and_cooperating_fields_are_read(county):
    t = by_section(county, "二/1")
    assert t.lead_units == ("县商务局",) and t.cooperating_units == ("县发改局", "县工信局")
    assert t.lead_basis == "explicit"


def test_unbracketed_responsibility_line_and_deadline_line(county):
    t = by_section(county, "二/2")
    assert t.units == ("县发改局", "县商务局", "县自然资源局")
    assert t.lead_basis == "first_listed"  # this document states no rule
    assert t.deadline == "2024年12月底前"


def test_inline_lead_with_cooperating_units(county):
    t = by_section(county, "二/3")
    assert t.lead_units == ("县政务服务中心",)
    assert t.cooperating_units == ("县市场监管局", "县税务局")


def test_targets_take_the_year_from_the_plan_title(county):
    goals = by_section(county, "一")
    assert [(g.value_text, g.unit, g.year) for g in goals.targets] == [
        ("30", "个", 2024),
        ("120", "亿元", 2024),
        ("500", "万美元", 2024),
    ]
    assert county.meta.jurisdiction == "某某县"


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("州商务局、州发改委,各县市人民政府", ["州商务局", "州发改委", "各县市人民政府"]),
        ("各县市区党委、政府", ["各县市区党委、政府"]),
        ("市数据局（营商环境建设局）、市商务局等相关部门", ["市数据局（营商环境建设局）", "市商务局"]),
        ("县市区党委和政府、管理区", ["县市区党委和政府", "管理区"]),
        ("市自然资源和规划局", ["市自然资源和规划局"]),
        ("咸宁高新区和各县市区政府", ["咸宁高新区", "各县市区政府"]),
    ],
)
def test_unit_lists_split_on_their_separators_and_ellipses(text, units):
    assert split_units(text, ["咸宁"]) == units


def test_unit_directory_resolves_aliases_within_a_jurisdiction(shipped_docs):
    directory = UnitDirectory.from_documents(shipped_docs.values())
    assert directory.resolve("商务局", "湘西州") == ["州商务局"]
    assert directory.resolve("湘西州商务局") == ["州商务局"]
    assert directory.resolve("发展和改革委员会", "湘西州") == ["州发改委"]
    assert directory.resolve("商务局", "永州市") == ["市商务局"]
    assert "州工信局" not in directory.resolve("工信局", "永州市")


line = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "一、重点任务",
            "(一)精准招商。引进项目不少于10个。(责任单位:市商务局、市发改委。列第一的为牵头单位,下同。)",
            "（二）优化服务。(责任单位:市数据局",
            "1.项目服务。市商务局牵头负责项目跟踪。",
            "\t工作要点\n\t责任单位",
            "\t1.招商\n\t市商务局",
            "到2025年，实际使用外资超过3000万美元。",
            "我要举报",
            "(牵头单位：市商务局；配合单位：",
            "((((((((",
            "责任单位：",
            "",
        ]
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(line, max_size=25), encoding=st.sampled_from(["utf-8", "gb18030"]))
def test_parser_never_crashes_and_offsets_always_match_quotes(lines, encoding):
    data = "\n".join(lines).encode(encoding, errors="ignore")
    try:
        doc = parse_bytes("random.txt", data)
    except UnreadableDocument:
        return
    for t in doc.tasks:
        assert doc.text[t.start : t.end] == t.quote
        for target in t.targets:
            assert doc.text[target.start : target.end] == target.quote
    for s in doc.sections:
        assert 0 <= s.start <= s.end <= len(doc.text)


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=2000))
def test_random_bytes_are_parsed_or_refused_with_a_message(data):
    for name in ("x.txt", "x.docx", "x.html", "x.pdf", "x.md"):
        try:
            parse_bytes(name, data)
        except UnreadableDocument as exc:
            assert exc.message


def test_mutated_shipped_documents_still_parse_with_matching_offsets(shipped_docs):
    import random

    rng = random.Random(7)
    for doc in shipped_docs.values():
        text = doc.text
        for _ in range(20):
            chars = list(text)
            for _ in range(30):
                i = rng.randrange(len(chars))
                chars[i] = rng.choice(["", "\n", "(", "）", "、", "责任单位:", "一、", "\t", chars[i] * 2])
            mutated = parse_bytes("m.txt", "".join(chars).encode())
            for t in mutated.tasks:
                assert mutated.text[t.start : t.end] == t.quote


def test_huge_single_line_is_parsed_in_reasonable_form():
    line = "围绕产业链开展招商，" * 20000 + "(责任单位:市商务局)"
    doc = parse_bytes("long.txt", ("一、重点任务\n(一)长条款。" + line).encode())
    item = next(t for t in doc.tasks if t.label == "(一)")
    assert item.units == ("市商务局",)


def test_lead_marked_in_brackets_and_articles_numbered_by_tiao():
    text = """某某市促进外资发展若干措施
第一章 总则
第一条 为扩大利用外资，制定本措施。
第二章 支持措施
第二条 对实际使用外资超过1000万美元的项目给予奖励。（责任单位：市商务局（牵头）、市财政局、市税务局）
第三条 优化外资项目服务。（责任单位：市发改委、市商务局（牵头））
"""
    doc = parse_bytes("外资措施.txt", text.encode())
    second = next(t for t in doc.tasks if t.label == "第二条")
    assert second.section == "第二章/第二条"
    assert second.lead_units == ("市商务局",) and second.cooperating_units == ("市财政局", "市税务局")
    third = next(t for t in doc.tasks if t.label == "第三条")
    assert third.lead_units == ("市商务局",) and third.units == ("市发改委", "市商务局")
    assert second.targets == ()  # "超过1000万美元的项目" says which projects qualify; it is not a target


def test_labelled_fields_after_the_last_sentence_of_an_item():
    text = """某市2024年招商引资工作要点
一、重点任务
1.实施产业链精准招商。编制产业链招商图谱。牵头单位：市商务局；配合单位：市工信局、市发改委、各县市区人民政府。
2.强化园区招商。每个省级园区引进项目不少于10个。牵头单位：市工信局；配合单位：市商务局。
"""
    doc = parse_bytes("要点.txt", text.encode())
    first, second = (t for t in doc.tasks if t.kind == "item" and t.section.startswith("一/"))
    assert first.lead_units == ("市商务局",) and first.lead_basis == "explicit"
    assert first.cooperating_units == ("市工信局", "市发改委", "各县市区人民政府")
    assert second.lead_units == ("市工信局",) and second.cooperating_units == ("市商务局",)
    assert second.targets[0].value == 10


def test_a_note_on_what_a_party_includes_is_not_a_party():
    # 武政规〔2026〕4号 (excerpt): "〈含…，下同〉" says what 各区人民政府 covers; it names no unit of its own.
    text = (
        "武汉市支持人工智能OPC创新发展若干措施\n"
        "一、强化算力服务支撑。各区在OPC生态社区集聚一批智能算力服务商，每年为每家OPC提供免费算力支持。"
        "（责任单位：各区人民政府〈含开发区、长江新区、风景区管委会,下同〉）\n"
        "二、畅通数据要素供给。开辟国际数据通道。（责任单位：市委网信办（含功能区））\n"
    )
    doc = parse_bytes("wuhan.txt", text.encode("utf-8"))
    units = {t.label: t.units for t in doc.tasks if t.units and t.kind != "inline_duty"}
    assert units["一"] == ("各区人民政府",)
    assert units["二"] == ("市委网信办",)


def test_a_body_reporting_to_another_is_a_clause_not_a_unit():
    from corpus.units import looks_like_unit

    # 国家粮食应急预案: "…由省级粮食应急工作指挥部报同级人民政府批准" names two bodies, not one.
    assert not looks_like_unit("省级粮食应急工作指挥部报同级人民政府")
    assert looks_like_unit("省级粮食应急工作指挥部")
    assert looks_like_unit("国家粮食局")


def test_an_office_function_in_brackets_stays_part_of_the_name_a_persons_name_does_not():
    # 太仓's plan: "（牵头单位：市政府办（金融），责任单位：市委组织部（人才办）…）"; a person noted after a unit is
    # not part of it ("市商务局（王伟）").
    text = "一、重点任务\n（一）构建OPC培育生态。（牵头单位：市政府办（金融），责任单位：市委组织部（人才办）、市商务局（王伟））\n"
    doc = parse_bytes("taicang.txt", text.encode("utf-8"))
    task = next(t for t in doc.tasks if t.units)
    assert task.lead_units == ("市政府办（金融）",)
    assert task.units == ("市政府办（金融）", "市委组织部（人才办）", "市商务局")


def test_parts_of_an_item_that_carry_their_own_labelled_brackets_are_read_as_its_clauses():
    # 太仓's plan: an item whose paragraphs open with their own label and close with their own bracket.
    text = (
        "一、重点任务\n"
        "（二）打造“一核双园多区”OPC社区。打造“一核双园多区”OPC社区矩阵。\n"
        "“一核”：以娄江新城科教创新区为核心。（牵头单位：市科技局、高新区，责任单位：市教育局）\n"
        "“双园”：鼓励大学生创业园打造OPC特色社区。（牵头单位：市科技局，责任单位：市人社局）\n"
        "“多区”：鼓励各区镇量身定制OPC“数智工位”。（责任单位：各区镇）\n"
        "（三）建设OPC支撑平台。发挥国有企业的主导作用。\n"
        "建设AI算力平台：加快建设太仓市算力调度平台。（牵头单位：市科技局、市数据局，责任单位：资产集团）\n"
        "建设OPC公共服务平台：上线市级OPC公共服务平台。（牵头单位：市数据局，责任单位：市科技局）\n"
    )
    doc = parse_bytes("taicang.txt", text.encode("utf-8"))
    clauses = [(t.section, t.title, t.lead_units) for t in doc.tasks if t.kind == "inline_duty"]
    assert ("一/(二)", "“多区”", ("各区镇",)) in clauses
    assert ("一/(二)", "“双园”", ("市科技局",)) in clauses
    assert ("一/(三)", "建设OPC公共服务平台", ("市数据局",)) in clauses
    # The item itself has no one lead: its parts name their own.
    item = next(t for t in doc.tasks if t.kind == "item" and t.section == "一/(二)")
    assert item.lead_units == ()


def test_a_body_approving_a_condition_is_read_as_approving():
    # 国办发〔2018〕124号: "经省级以上人民政府批准，…可采用作价出资（入股）方式配置".
    text = (
        "一、转制为企业的规定\n"
        "（十一）经营性文化事业单位转制涉及的原划拨土地，转制后符合《划拨用地目录》的，可继续以划拨方式使用。"
        "经省级以上人民政府批准，经营性文化事业单位转制为国有独资或国有控股企业的，原生产经营性划拨用地，"
        "经批准可采用作价出资（入股）方式配置。\n"
    )
    doc = parse_bytes("zhuanqi.txt", text.encode("utf-8"))
    item = next(t for t in doc.tasks if t.kind == "item" and t.label == "(十一)")
    # The one body named answers for the item as 负责单位 (never as a written lead) …
    assert item.lead_units == ("省级以上人民政府",) and item.lead_basis == "single_unit"
    from corpus.duties import find_inline_duties

    approving = [d for d in find_inline_duties(text) if d.convention == "approving_body"]
    assert [d.lead_units for d in approving] == [("省级以上人民政府",)]


def test_a_body_working_with_an_unnamed_class_leads_and_负责牵头_is_worded_as_牵头():
    # 上城区 OPC measures: "本政策措施由区科技经信局和相关责任部门负责牵头组织实施".
    from corpus.duties import find_inline_duties

    duties = find_inline_duties(
        "3. 本政策措施由区科技经信局和相关责任部门负责牵头组织实施，根据政策成效动态调整。"
    )
    assert [(d.lead_units, d.basis) for d in duties] == [(("区科技经信局",), "inline")]
    # "医联体牵头医院牵头…": 牵头医院 names a hospital, the 牵头 after it is the role.
    duties = find_inline_duties("医联体牵头医院牵头、成员单位共同参与，成立双向转诊管理中心。")
    assert [d.lead_units for d in duties] == [("医联体牵头医院",)]


def test_duties_listed_under_a_body_defined_by_its_short_name_are_that_bodys():
    # 杭州市跨境电子商务促进条例 第二章, as the statute book prints it.
    text = (
        "# 杭州市跨境电子商务促进条例\n\n"
        "## 第二章　管理体制\n"
        "\n"
        "第六条 市人民政府应当建立跨境电子商务建设领导协调机制，加强对跨境电子商务建设工作的组织领导和统筹协调，依法制定与跨境电子商务建设、发展、管理有关的政策，定期研究重大问题，组织有关部门制定、落实阶段性目标，协调推进跨境电子商务建设工作和创新发展。\n"
        "\n"
        "第七条 市人民政府设立的中国（杭州）跨境电子商务综合试验区管理办公室（以下简称市跨境电商综试办），负责杭州跨境电商综试区的建设和统筹管理工作，依照本条例规定履行下列职责：\n"
        "\n"
        "（一）执行有关跨境电子商务综合试验工作的法律法规以及国家、省和市有关政策，研究跨境电子商务发展的有关问题，与海关、检验检疫、外汇管理、税务等部门配合协作，简化优化监管流程，推动体制机制创新，探索构建促进跨境电子商务发展的管理制度和规则；\n"
        "\n"
        "（二）编制杭州跨境电商综试区的发展规划，经市人民政府批准后组织实施；\n"
        "\n"
        "（三）统筹杭州跨境电商综试区线下园区的功能布局，协调、督促线下园区的建设与管理，负责杭州跨境电商综试区招商网络建设工作，指导全市跨境电子商务招商引资工作；\n"
        "\n"
        "（四）组织开展跨境电子商务领域交易、支付、物流、通关、退税、结汇等环节的技术标准、业务流程、监管模式等方面的创新研究，推动跨境电子商务交易规则和标准的形成；\n"
        "\n"
        "（五）负责跨境电子商务信息化工作，组织实施单一窗口综合服务平台的建设和管理，建立信息交换共享机制，构建跨境电子商务信用评价和统计监测体系，实施信用评价、分类分级监管，推动信息流、资金流、货物流之间的信息互联互通；\n"
        "\n"
        "（六）负责跨境电子商务风险防控体系建设工作，组织开展跨境电子商务全流程的专业风险分析，防控经济风险、技术风险和交易风险；\n"
        "\n"
        "（七）组织开展跨境电子商务金融服务和智能物流体系建设工作，推动跨境电子商务与仓储、物流、金融等产业的融合发展；\n"
    )
    doc = parse_bytes("hangzhou_kuajing.md", text.encode("utf-8"))
    items = {t.label: t for t in doc.tasks if t.kind == "item"}
    assert items["(六)"].lead_units == ("市跨境电商综试办",)
    assert items["(三)"].lead_units == ("市跨境电商综试办",)
    clause = next(t for t in doc.tasks if t.kind == "inline_duty" and t.section.endswith("第七条"))
    assert clause.lead_units == ("市跨境电商综试办",)
    # "经市人民政府批准后组织实施" makes 市人民政府 approve, not act.
    assert all(
        d.lead_units != ("市人民政府",) for d in doc.tasks if d.kind == "item" and d.label.startswith("(")
    )


def test_a_unit_name_never_holds_a_share_or_a_use():
    from corpus.units import looks_like_unit

    # 广州 家庭医生 方案: "…的80%用于…薪酬分配，20%用于基层医疗卫生机构统筹".
    assert not looks_like_unit("20%用于基层医疗卫生机构")


def test_a_title_kept_in_a_pages_info_table_is_the_titles_cell():
    text = (
        "| 名称： | 广州市卫生健康委等4部门关于印发推进广州市家庭医生签约服务高质量发展实施方案的通知 |  |  |\n"
        "一、主要目标\n到2025年，全市家庭医生签约服务覆盖率稳步提升。\n"
    )
    doc = parse_bytes("jiayi.txt", text.encode("utf-8"))
    assert doc.title == "广州市卫生健康委等4部门关于印发推进广州市家庭医生签约服务高质量发展实施方案的通知"


def test_a_district_whose_name_opens_with_a_common_character_is_vouched_for_by_its_issuer():
    from corpus.meta import jurisdiction_of

    head = "上城区支持人工智能OPC社区建设的若干政策措施\n杭州市上城区人民政府办公室"
    assert jurisdiction_of(head, "") == "上城区"


def test_a_clause_going_on_with_牵头_makes_the_body_of_its_sentence_the_lead():
    # 广东省外商投资权益保护条例 第四条.
    from corpus.duties import find_inline_duties

    text = (
        "第四条 县级以上人民政府应当加强对外商投资权益保护工作的组织领导，建立健全外商投资权益保护工作机制。\n"
        "县级以上人民政府商务主管部门负责外商投资权益保护工作，牵头协调外商投资权益保护中跨领域、跨部门问题。"
    )
    duties = find_inline_duties(text, article=True)
    assert [(d.lead_units, d.basis) for d in duties][-1] == (("县级以上人民政府商务主管部门",), "inline")


def test_departments_listed_before_one_部门_are_one_party_though_a_fields_name_holds_和():
    # 浙江省民营企业发展促进条例 第十七条, 第二十二条.
    from corpus.duties import find_inline_duties

    listed = find_inline_duties(
        "第十七条 引导和支持民营企业发展对外贸易。\n商务、发展和改革、司法行政、市场监督管理等部门应当加强与国家派驻浙江的"
        "税务、海关等机构的协作，并履行下列职责：",
        article=True,
    )
    assert [d.lead_units for d in listed] == [("商务、发展和改革、司法行政、市场监督管理等部门",)]
    joined = find_inline_duties(
        "第二十二条 市场监督管理、交通运输等部门与人民银行派出机构应当加强协作，为民营企业动产担保融资提供便利。",
        article=True,
    )
    assert [d.lead_units for d in joined] == [("市场监督管理、交通运输等部门", "人民银行派出机构")]
    # A class closing the list ("各级人民政府、有关部门") is no list of fields.
    assert not any(
        "有关部门" in u
        for d in find_inline_duties("第九条 各级人民政府、有关部门和单位应当支持民营企业发展。", article=True)
        for u in d.lead_units
    )


def test_a_分工_paragraph_clause_whose_body_opens_the_sentence_is_that_bodys_lead():
    # 梅州 OPC 行动方案 "10.明确责任分工。市科技局加强统筹协调,牵头做好产学研用协同创新…".
    from corpus.duties import find_inline_duties

    duties = find_inline_duties(
        "10.明确责任分工。市科技局加强统筹协调,牵头做好产学研用协同创新、创新平台建设等工作;"
        "市发改局负责优化要素配置促进创新创业和产业发展的业务指导;"
    )
    assert [(d.lead_units, d.basis) for d in duties][:2] == [
        (("市科技局",), "inline"),
        (("市发改局",), "single_unit"),
    ]


def test_a_clause_record_keeps_the_matter_named_before_由():
    # 国办发〔2018〕124号 (三十一): two clauses, one per level, each naming its matter before 由.
    text = (
        "九、其他\n"
        "（三十一）转制企业要认真学习贯彻有关规定。中央所属转制文化企业的认定，由中央宣传部会同财政部、税务总局确定并"
        "发布名单；地方所属转制文化企业的认定，按照登记管理权限，由地方各级宣传部门会同同级财政、税务部门确定和发布名单。\n"
    )
    doc = parse_bytes("zhuanqi.txt", text.encode("utf-8"))
    local = next(t for t in doc.tasks if t.kind == "inline_duty" and t.lead_units == ("地方各级宣传部门",))
    assert local.quote.startswith("地方所属转制文化企业的认定")


def test_a_post_written_as_leading_a_mechanism_is_its_lead_as_written():
    # 永州 企业服务年强化大抓招商行动责任清单: "…工作专班，由联系商务工作的市政府副秘书长牵头，市商务局具体负责。"
    from corpus.duties import find_inline_duties
    from corpus.units import looks_like_unit

    duties = find_inline_duties(
        "建立企业服务年强化大抓招商行动工作专班，由联系商务工作的市政府副秘书长牵头，市商务局具体负责。"
    )
    assert [(d.lead_units, d.cooperating_units) for d in duties][0] == (
        ("联系商务工作的市政府副秘书长",),
        ("市商务局",),
    )
    # … but a post is never a unit of a list.
    assert not looks_like_unit("市政府副秘书长")


@pytest.mark.parametrize("bracketed", [False, True])
def test_a_role_written_before_the_responsible_unit_word_is_that_role(bracketed):
    # A year's key-work task split: "牵头责任单位：…  协同责任单位：…" per item, as lines or in one bracket.
    fields = ("牵头责任单位：市发展改革委", "协同责任单位：市统计局、各县区政府")
    item = "1.地区生产总值增长8.5%以上。"
    lines = [item + "（" + "；".join(fields) + "）"] if bracketed else [item, *fields]
    text = "\n".join(
        [
            "某市人民政府关于2021年重点工作及责任分解的通知",
            "一、主要预期目标",
            *lines,
            "2.城镇新增就业4.5万人。",
        ]
    )
    task = next(t for t in parse_bytes("split.txt", text.encode()).tasks if t.label.startswith("1"))
    assert task.lead_units == ("市发展改革委",)
    assert task.cooperating_units == ("市统计局", "各县区政府")
    assert str(task.lead_basis) == "explicit"
