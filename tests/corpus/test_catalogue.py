"""Each entry of corpus/conventions.py on a real excerpt, read through the real pipeline (parse_bytes)."""

from __future__ import annotations

import pytest

from corpus.conventions import CATALOGUE, DocumentRules, read_unit_list
from corpus.model import LeadBasis
from corpus.pipeline import parse_bytes
from corpus.units import UnitDirectory, looks_like_unit, split_units


def parse(text: str, name: str = "doc.txt"):
    return parse_bytes(name, text.encode("utf-8"))


def item(doc, label: str):
    return next(t for t in doc.tasks if t.label.rstrip(".、") == label and t.kind != "inline_duty")


def read(text: str, lead: str = "", cooperating: str = "", rules: DocumentRules | None = None):
    return read_unit_list(text, rules or DocumentRules(), split_units, lead, cooperating)


def test_every_catalogue_entry_is_named_and_has_a_real_example():
    names = [c.name for c in CATALOGUE]
    assert len(names) == len(set(names))
    assert all(c.example and len(c.example) >= 4 for c in CATALOGUE)


# --- a list plus a stated rule ------------------------------------------------------------------


def test_units_before_the_first_comma_lead_where_the_document_says_so():
    # 南充市支持人工智能OPC创新发展行动计划 (excerpt): the rule closes the first bracket and holds below (下同).
    doc = parse(
        "南充市支持人工智能OPC创新发展行动计划\n"
        "1.加大算力资源支持。扩容市级“算力券”。（责任单位：市科技局、市数据局，市委网信办、中国移动南充分公司；"
        "第一个逗号前为牵头单位，多个牵头部门的按照职责分工负责，下同）\n"
        "2.畅通数据要素供给。加快建设一体化数据管理平台。（责任单位：市数据局，市科技局）\n"
        "3.对接省级大模型训练场资源。（责任单位：市科技局、市经信局）\n"
    )
    first, second, third = item(doc, "1"), item(doc, "2"), item(doc, "3")
    assert first.lead_units == ("市科技局", "市数据局")
    assert first.cooperating_units == ("市委网信办", "中国移动南充分公司")
    assert first.lead_basis == LeadBasis.PHRASE_RULE
    assert "多个牵头部门" not in "".join(first.units)
    assert second.lead_units == ("市数据局",) and second.cooperating_units == ("市科技局",)
    # A list with no comma is all before it.
    assert third.lead_units == ("市科技局", "市经信局") and third.lead_basis == LeadBasis.PHRASE_RULE


def test_first_listed_rule_stated_in_a_bracket_makes_the_first_unit_lead_from_there_on():
    doc = parse(
        "某省营商环境任务分工方案\n"
        "一、优化审批服务\n"
        "（一）推进证照分离改革。全面实施涉企经营许可事项清单管理。（省市场监管局、省政务服务数据管理局按职责分工负责，"
        "列第一位者为牵头单位，下同）\n"
        "（二）压减审批时限。工程建设项目审批时间压减至80个工作日以内。（省住房城乡建设厅、省发展改革委）\n"
    )
    first, second = item(doc, "(一)"), item(doc, "(二)")
    assert first.lead_units == ("省市场监管局",) and first.lead_basis == LeadBasis.DOCUMENT_RULE
    assert first.units == ("省市场监管局", "省政务服务数据管理局")
    assert second.lead_units == ("省住房城乡建设厅",) and second.lead_basis == LeadBasis.DOCUMENT_RULE


@pytest.mark.parametrize(
    "rule",
    [
        "列第一位者为牵头单位",
        "排在第一位的部门为牵头部门",
        "排名第一的为牵头单位",
        "列第一的为牵头单位",
        "第一责任单位为牵头单位",
        "列在首位的为牵头单位",
        "排在第一位的单位为牵头单位",
        "首个单位为牵头单位",
        "第一个责任单位为牵头单位",
    ],
)
def test_the_first_listed_rule_is_read_in_its_usual_wordings(rule):
    rules = DocumentRules()
    reading = read(f"市发改委、市财政局，{rule}，下同", rules=rules)
    assert rules.first_listed_leads
    assert reading.units == ("市发改委", "市财政局") and reading.lead_units == ("市发改委",)


def test_a_unit_named_as_lead_inside_the_list_is_read_not_kept_as_a_unit():
    doc = parse(
        "某市科技创新行动方案\n"
        "一、重点任务\n"
        "（一）设立科技创新基金。市财政每年安排专项资金支持科技型企业发展。"
        "（责任单位：市财政局、市科技局，市科技局为牵头单位）\n"
    )
    task = item(doc, "(一)")
    assert task.units == ("市财政局", "市科技局")
    assert task.lead_units == ("市科技局",) and task.cooperating_units == ("市财政局",)
    assert task.lead_basis == LeadBasis.EXPLICIT


def test_a_lead_marked_in_brackets_keeps_its_place_in_the_list():
    reading = read("市商务局（牵头）、市发改委、市工信局")
    assert reading.units == ("市商务局", "市发改委", "市工信局")
    assert reading.lead_units == ("市商务局",) and reading.basis == LeadBasis.EXPLICIT


def test_lead_and_cooperating_by_division_of_duties_in_an_unlabelled_bracket():
    # 数字广东建设2025年工作要点, item 12
    doc = parse(
        "数字广东建设2025年工作要点\n"
        "二、做强做优做大数字经济\n"
        "12.发展超高清视频产业。推动超高清视频显示产业集群建设。（省工业和信息化厅、省广电局牵头，"
        "省发展改革委、省科技厅等按职责分工负责）\n"
    )
    task = item(doc, "12")
    assert task.lead_units == ("省工业和信息化厅", "省广电局")
    assert task.cooperating_units == ("省发展改革委", "省科技厅")
    assert task.lead_basis == LeadBasis.EXPLICIT


# --- labelled roles ------------------------------------------------------------------------------------


def test_labelled_lead_and_cooperating_fields_in_a_bracket():
    # 广州市关于推进人才集聚工程的实施意见, item 6
    doc = parse(
        "关于推进人才集聚工程的实施意见\n"
        "二、重点项目\n"
        "6.金融高级人才开发项目。5年内重点引进30名金融高级管理人才。（牵头单位：市金融办，配合单位：市发展改革委、"
        "市人力资源和社会保障局，各区、县级市）\n"
    )
    task = item(doc, "6")
    assert task.lead_units == ("市金融办",) and task.lead_basis == LeadBasis.EXPLICIT
    assert task.cooperating_units == ("市发展改革委", "市人力资源和社会保障局", "各区、县级市")


def test_labelled_roles_on_lines_of_their_own():
    doc = parse(
        "某县招商引资工作方案\n"
        "一、工作任务\n"
        "1.开展产业链招商。围绕主导产业绘制招商图谱。\n"
        "牵头单位：县商务局\n"
        "配合单位：县发改局、县工信局\n"
        "2.优化项目服务。建立重点项目帮办代办制度。\n"
    )
    task = item(doc, "1")
    assert task.lead_units == ("县商务局",) and task.cooperating_units == ("县发改局", "县工信局")


def test_host_and_co_host_labels_are_lead_and_cooperating():
    reading = read("", lead="市商务局", cooperating="市贸促会、市外办")
    assert reading.lead_units == ("市商务局",) and reading.cooperating_units == ("市贸促会", "市外办")
    doc = parse(
        "某市会展活动安排\n一、重点活动\n1.举办投资贸易洽谈会。（主办单位：市商务局；协办单位：市贸促会）\n"
    )
    task = item(doc, "1")
    assert task.lead_units == ("市商务局",) and task.cooperating_units == ("市贸促会",)


# --- inline roles ----------------------------------------------------------------------------------------


def test_lead_and_the_units_doing_the_work_are_both_recorded():
    doc = parse(
        "某市招商引资行动方案\n"
        "一、工作措施\n"
        "1.建立招商项目库。由市商务局牵头，市发改委、市自然资源局具体负责，建立全市重点招商项目库。\n"
    )
    task = item(doc, "1")
    assert task.lead_units == ("市商务局",) and task.lead_basis == LeadBasis.INLINE
    assert task.cooperating_units == ("市发改委", "市自然资源局")


def test_convening_is_not_read_as_a_written_lead():
    # 上海市会展业条例 第九条
    doc = parse(
        "上海市会展业条例\n"
        "第九条 市商务部门应当会同市规划资源等部门编制会展场馆布局规划，按照规定程序报经批准后，纳入相应的国土空间规划。\n"
    )
    task = item(doc, "第九条")
    assert task.lead_units == ("市商务部门",) and task.cooperating_units == ("市规划资源等部门",)
    assert task.lead_basis == LeadBasis.CONVENES


def test_a_sole_responsible_unit_is_single_unit_not_a_written_lead():
    # 上海市单用途预付消费卡管理规定 第五条
    doc = parse("上海市单用途预付消费卡管理规定\n第五条 市商务部门负责组织实施本规定。\n")
    task = item(doc, "第五条")
    assert task.lead_units == ("市商务部门",) and task.lead_basis == LeadBasis.SINGLE_UNIT
    reading = read("县住建局负责")
    assert reading.units == ("县住建局",) and reading.basis == LeadBasis.SINGLE_UNIT


def test_answers_word_each_basis_literally():
    from assistant.compose import _BASIS

    for basis in (LeadBasis.SINGLE_UNIT, LeadBasis.CONVENES, LeadBasis.FIRST_LISTED):
        sentence, phrase, mark = _BASIS[basis]
        assert "牵头单位是" not in sentence and "牵头" not in phrase.split("（")[0] and mark != "（牵头）"
    assert "会同" in _BASIS[LeadBasis.CONVENES][0]
    assert "列第一位" in _BASIS[LeadBasis.FIRST_LISTED][0]
    assert set(_BASIS) == set(LeadBasis) - {LeadBasis.NONE}


def test_the_body_a_regulation_sentence_opens_with_is_responsible():
    # 市场监督管理行政处罚信息公示规定 第六条
    doc = parse(
        "市场监督管理行政处罚信息公示规定\n"
        "第六条 市场监督管理部门公示行政处罚信息，应当遵守法律法规关于商业秘密和个人信息保护的有关规定。\n"
        "第二十九条 以特许经营名义骗取他人财物，尚不构成犯罪的，由公安机关依照《中华人民共和国治安管理处罚法》的规定予以处罚。\n"
    )
    assert item(doc, "第六条").lead_units == ("市场监督管理部门",)
    assert item(doc, "第二十九条").units == ("公安机关",)


def test_units_of_one_sentence_are_never_attached_to_the_next():
    # 长沙市招商引资行动方案 三/(二)/3
    doc = parse(
        "某市招商引资行动方案\n"
        "一、工作措施\n"
        "3.建立部门协同的大招商格局。市商务局牵头负责世界500强企业的引进工作,市国资委牵头负责中央企业的对接工作。\n"
    )
    whole = item(doc, "3")
    assert whole.lead_units == () and set(whole.units) == {"市商务局", "市国资委"}
    clauses = [t for t in doc.tasks if t.kind == "inline_duty"]
    assert [(t.lead_units, "500强" in t.quote) for t in clauses] == [
        (("市商务局",), True),
        (("市国资委",), False),
    ]


def test_articles_binding_different_bodies_name_no_lead():
    doc = parse(
        "威海市城市国际化促进条例\n"
        "第五条 市人民政府统筹领导全市城市国际化促进工作。城市国际化战略推进委员会负责领导、协调城市国际化战略促进工作。\n"
    )
    task = item(doc, "第五条")
    assert task.lead_units == () and task.units == ("市人民政府", "城市国际化战略推进委员会")


# --- tables ----------------------------------------------------------------------------------------------


def test_a_pipe_separated_task_list_is_a_table_with_lead_and_cooperating_columns():
    # 浙江省人工智能高质量发展工作图谱, rows 17–18
    doc = parse(
        "浙江省人工智能高质量发展工作图谱\n"
        "序号|重点任务|具体任务|牵头单位|配合单位|完成时限\n"
        "17|有序推进算力布局。|优化全省算力基础设施布局。|省发展改革委|省经信厅|2026年3月\n"
        "18|有序推进算力布局。|研究理顺运营机制。|省发展改革委|/|2026年9月\n"
        "19|有序推进算力布局。|推动算电协同。|省能源局||2026年12月\n"
    )
    rows = {t.label.rstrip(".、"): t for t in doc.tasks}
    assert rows["17"].lead_units == ("省发展改革委",) and rows["17"].cooperating_units == ("省经信厅",)
    assert rows["17"].deadline == "2026年3月" and rows["17"].lead_basis == LeadBasis.EXPLICIT
    assert rows["18"].units == ("省发展改革委",)  # "/" means none
    assert rows["19"].units == ("省能源局",)  # an empty cell is empty, not the row above
    assert doc.meta.jurisdiction == "浙江省"


def test_a_tab_separated_task_list_with_several_units_in_a_cell():
    doc = parse(
        "某市营商环境任务清单\n"
        "序号\t改革事项\t牵头单位\t责任单位\t完成时限\n"
        "1\t推行企业开办一网通办\t市政务服务中心\t市市场监管局、市税务局\t2025年6月底\n"
    )
    row = next(t for t in doc.tasks if t.label.rstrip(".、") == "1")
    assert row.lead_units == ("市政务服务中心",)
    assert row.cooperating_units == ("市市场监管局", "市税务局") and row.deadline == "2025年6月底"


# --- names ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "县（市、区）自然资源主管部门、县（市、区）财政部门",
            ["县（市、区）自然资源主管部门", "县（市、区）财政部门"],
        ),
        ("市、区人民政府", ["市、区人民政府"]),
        ("各省、自治区、直辖市市场监督管理部门", ["各省、自治区、直辖市市场监督管理部门"]),
        ("市委组织部，各区、县级市", ["市委组织部", "各区、县级市"]),
        ("市人民政府及其有关部门", ["市人民政府"]),
        ("市商务局、各有关单位", ["市商务局"]),
    ],
)
def test_unit_names_stay_whole_and_clean(text, units):
    assert split_units(text) == units


def test_article_headings_and_fragments_are_never_units():
    doc = parse(
        "某市优化营商环境条例\n"
        "第十二条 鼓励企业加快推进数字化转型。市人民政府应当建立由市场监管部门牵头的联席会议制度。\n"
    )
    units = {u for t in doc.tasks for u in t.units}
    assert not any(u.startswith(("第十二条", "鼓励", "加快推进", "建立由")) for u in units)


def test_aliases_from_the_shipped_table_and_the_documents_own_definitions():
    directory = UnitDirectory()
    for name in ("科学技术部", "省发展改革委", "市人力资源和社会保障局"):
        directory.add(name, "X")
    assert directory.resolve("科技部", "X") == ["科学技术部"]
    assert directory.resolve("省发改委", "X") == ["省发展改革委"]
    assert directory.resolve("省发展和改革委员会", "X") == ["省发展改革委"]
    assert directory.resolve("市人社局", "X") == ["市人力资源和社会保障局"]
    directory.learn_short_forms(
        "义乌国际贸易综合改革试验区管理委员会（以下简称义乌试验区管委会）负责…",
        ["义乌国际贸易综合改革试验区管理委员会"],
        "X",
    )
    assert directory.resolve("义乌试验区管委会", "X") == ["义乌国际贸易综合改革试验区管理委员会"]


# --- metadata ------------------------------------------------------------------------------------------


def test_metadata_of_a_regulation_comes_from_its_own_header():
    doc = parse(
        "北京市促进中小企业发展条例\n"
        "2013年12月27日 北京市第十四届人民代表大会常务委员会第八次会议通过\n"
        "2020年9月25日 北京市第十五届人民代表大会常务委员会第二十四次会议修订\n"
        "第一条 为了优化中小企业经营环境，制定本条例。\n"
    )
    assert doc.meta.title == "北京市促进中小企业发展条例"
    assert doc.meta.issuer == "北京市人民代表大会常务委员会"
    assert doc.meta.date == "2020-09-25"
    assert doc.meta.jurisdiction == "北京市"


def test_a_national_document_is_national_even_when_it_names_a_province():
    doc = parse(
        "国务院办公厅关于辽宁省在曾培炎副总理考察工作时所提问题和建议办理情况的函\n"
        "国办函〔2004〕57号\n"
        "辽宁省人民政府：\n"
        "一、关于大连双岛湾工业区石化项目问题。发展改革委会同有关部门研究提出意见。\n"
    )
    assert doc.meta.doc_number == "国办函〔2004〕57号"
    assert doc.meta.jurisdiction == "国家"


def test_a_provincial_document_is_not_a_citys_because_a_unit_names_the_city():
    doc = parse(
        "数字广东建设2025年工作要点（节选）\n"
        "一、重点任务\n"
        "1.建设算力枢纽。（省政务和数据局牵头，广州市政府、深圳市政府按职责分工负责）\n"
    )
    assert doc.meta.title == "数字广东建设2025年工作要点"
    assert doc.meta.jurisdiction == "广东省"


def test_a_ministry_decree_number_and_issuer():
    doc = parse(
        "市场监督管理行政处罚信息公示规定\n"
        "2021年7月30日 国家市场监督管理总局令第45号公布\n"
        "第二条 市场监督管理部门应当将行政处罚信息向社会公示。\n"
    )
    assert doc.meta.doc_number == "国家市场监督管理总局令第45号"
    assert doc.meta.issuer == "国家市场监督管理总局"
    assert doc.meta.date == "2021-07-30" and doc.meta.jurisdiction == "国家"


# --- targets ---------------------------------------------------------------------------------------------


def test_targets_are_clean_phrases_and_numbers_in_a_body_belong_to_its_task():
    # 广州市关于推进人才集聚工程的实施意见, item 4; 浙江省人工智能高质量发展工作图谱, row 69
    doc = parse(
        "关于推进人才集聚工程的实施意见\n"
        "二、重点项目\n"
        "4.民营企业家素质提升项目。5年内重点支持300名经营管理领军人才赴境外培训，1000名经营管理团队核心人才参加"
        "国内著名高校专题研修。（牵头单位：市经贸委）\n"
        "5.智能体行动。打造百项高价值场景，开发千款智能体产品。（牵头单位：省发展改革委）\n"
    )
    four, five = item(doc, "4"), item(doc, "5")
    assert [(t.value_text, t.unit) for t in four.targets] == [("300", "名"), ("1000", "名")]
    assert [(t.value_text, t.value, t.unit) for t in five.targets] == [
        ("百", 100.0, "项"),
        ("千", 1000.0, "款"),
    ]
    assert not any("…" in t.metric for t in doc.tasks for t in t.targets)


def test_qualitative_targets_are_recorded():
    doc = parse(
        "某市优化营商环境行动方案\n一、总体目标\n到2025年，全市营商环境达到全国先进水平，政务服务事项实现全覆盖。\n"
    )
    goals = [(t.comparator, t.value_text, t.year, t.qualitative) for t in item(doc, "一").targets]
    assert goals == [("达到", "全国先进水平", 2025, True), ("实现", "全覆盖", 2025, True)]


# --- attachments -----------------------------------------------------------------------------------------


def test_an_annex_table_is_part_of_its_document_with_its_own_section_path(shipped_docs):
    xianning = next(d for k, d in shipped_docs.items() if k.startswith("002_"))
    assert xianning.section("附件1") is not None
    row = next(t for t in xianning.tasks if t.section == "附件1/嘉鱼")
    assert ("1", "个") in [(t.value_text, t.unit) for t in row.targets]
    # The body's last item ends before the attachments begin.
    last_body = next(t for t in xianning.tasks if t.section == "四/(二十)")
    assert "附件" not in last_body.quote


def test_a_reply_letter_names_the_body_whose_opinion_answers_the_item():
    # 国务院办公厅关于辽宁省…办理情况的函 (国办函〔2004〕57号), 二 and 六
    doc = parse(
        "国务院办公厅关于辽宁省在曾培炎副总理考察工作时所提问题和建议办理情况的函\n"
        "国办函〔2004〕57号\n"
        "辽宁省人民政府：\n"
        "二、关于开发生产大型船用柴油机曲轴项目问题。大连市请求建设曲轴项目。\n"
        "发展改革委意见：这一产品制造难度大、技术复杂，需审慎研究。\n"
        "六、关于大连商品交易所增设交易品种问题。证监会、发展改革委提出了以下意见：近期条件还不成熟。\n"
    )
    two, six = item(doc, "二"), item(doc, "六")
    assert two.lead_units == ("发展改革委",) and two.lead_basis == LeadBasis.SINGLE_UNIT
    # Two bodies state one opinion jointly: neither is written as lead, so none is claimed.
    assert six.units == ("证监会", "发展改革委") and six.lead_units == () and six.lead_basis == LeadBasis.NONE


def test_a_duty_sentence_opening_with_several_bodies_names_no_lead():
    doc = parse(
        "某市优化营商环境条例\n"
        "第二十七条 监察机关、审判机关、检察机关应当依法保护市场主体合法权益。\n"
        "第十二条 市科学技术部门和经济信息化部门应当编制科技研发服务目录并公布。\n"
        "第四十二条 发展改革等部门应当按照内外资一致原则对外商投资项目实行备案管理。\n"
    )
    for label, units in (
        ("第二十七条", ("监察机关", "审判机关", "检察机关")),
        ("第十二条", ("市科学技术部门", "经济信息化部门")),
        ("第四十二条", ("发展改革等部门",)),
    ):
        records = [t for t in doc.tasks if t.label == label]
        assert records and all(t.lead_units == () and t.lead_basis == LeadBasis.NONE for t in records)
        assert units == records[0].units


def test_one_body_that_leads_or_is_responsible_alone_stays_the_sole_responsible_unit():
    doc = parse(
        "某市企业信用促进条例\n"
        "第五条 市、县（市、区）人民政府领导本行政区域内的企业信用促进工作。\n"
        "第六条 市商务部门负责组织实施本规定。\n"
    )
    five, six = item(doc, "第五条"), item(doc, "第六条")
    assert five.lead_units == ("市、县（市、区）人民政府",) and five.lead_basis == LeadBasis.SINGLE_UNIT
    assert six.lead_units == ("市商务部门",) and six.lead_basis == LeadBasis.SINGLE_UNIT


def test_an_approving_body_acts_and_joint_departments_name_no_lead():
    doc = parse(
        "某市台湾同胞投资保障条例\n"
        "第十二条 台湾同胞投资企业经海关批准，可以设立保税工厂、保税仓库。\n"
        "第三十二条 科学技术、发展改革、经济信息化、园区管理等部门对加大技术创新投入的中小企业，给予政策和资金支持。\n"
    )
    assert item(doc, "第十二条").units == ("海关",)
    joint = item(doc, "第三十二条")
    assert joint.units == ("科学技术、发展改革、经济信息化、园区管理等部门",) and joint.lead_units == ()


def test_a_first_listed_rule_stated_in_the_preamble_applies_to_the_lists_below():
    doc = parse(
        "国务院办公厅关于印发某某重点工作分工方案的通知\n"
        "各项任务中列第一位的部门为牵头单位，其他部门按职责分工负责。\n"
        "一、优化营商环境\n"
        "（一）深化“放管服”改革。（国务院办公厅、国家发展改革委、市场监管总局等按职责分工负责）\n"
    )
    task = item(doc, "(一)")
    assert task.lead_units == ("国务院办公厅",) and task.lead_basis == LeadBasis.DOCUMENT_RULE
    assert task.cooperating_units == ("国家发展改革委", "市场监管总局")
    assert doc.meta.jurisdiction == "国家"


def test_a_deadline_field_ends_the_units_and_a_bracketed_statement_names_the_lead():
    doc = parse(
        "某县招商引资工作方案\n"
        "一、任务分工\n"
        "（一）招大引强。主要领导带头招商。\n"
        "责任单位：县商务局、县发改局（县商务局为牵头单位）\n"
        "时间节点：2024年全年\n"
        "（二）推进企业开办便利化。（责任单位：县市场监管局；完成时限：2024年12月底）\n"
    )
    first, second = item(doc, "(一)"), item(doc, "(二)")
    assert first.units == ("县商务局", "县发改局") and first.lead_units == ("县商务局",)
    assert first.lead_basis == LeadBasis.EXPLICIT and first.deadline == "2024年全年"
    assert second.units == ("县市场监管局",) and second.deadline == "2024年12月底"


def test_sentences_with_their_own_responsibility_brackets_are_clause_records():
    doc = parse(
        "某市招商引资工作方案\n"
        "一、重点任务\n"
        "（三）强化要素保障。加大用地保障力度，优先保障重点项目用地。（责任单位：市自然资源局）"
        "完善金融支持，设立产业引导基金50亿元。（责任单位：市财政局、市金融局）\n"
    )
    whole = item(doc, "(三)")
    assert whole.lead_units == () and whole.units == ("市自然资源局", "市财政局", "市金融局")
    clauses = [t for t in doc.tasks if t.kind == "inline_duty"]
    assert [(c.units, "用地" in c.quote) for c in clauses] == [
        (("市自然资源局",), True),
        (("市财政局", "市金融局"), False),
    ]
    assert [(t.value_text, t.unit) for t in clauses[1].targets] == [("50", "亿元")]
    assert all(doc.text[c.start : c.end] == c.quote for c in clauses)


def test_a_body_is_read_as_the_subject_before_a_duty_verb_a_rule_or_a_passive_notice():
    doc = parse(
        "某市促进条例\n"
        "第四十四条 市人民政府根据进博会组织委员会部署，建立进博会城市服务保障机制。\n"
        "第四十九条 对城市国际化促进工作有突出贡献的单位和个人，市人民政府按照有关规定给予表彰、奖励。\n"
        "第三十条 经市、县人民政府市场监管部门告知先行确认法律文书送达地址后，市场主体应当承诺其真实性。\n"
    )
    assert item(doc, "第四十四条").lead_units == ("市人民政府",)
    assert item(doc, "第四十九条").lead_units == ("市人民政府",)
    assert item(doc, "第三十条").lead_units == ("市、县人民政府市场监管部门",)
    assert {item(doc, n).lead_basis for n in ("第四十四条", "第四十九条", "第三十条")} == {
        LeadBasis.SINGLE_UNIT
    }


def test_a_body_and_the_short_name_it_defines_are_one_responsible_body():
    doc = parse(
        "某省试验区条例\n"
        "第七条 义乌国际贸易综合改革试验区管理委员会（以下简称义乌试验区管委会）作为省人民政府的派出机构，"
        "负责义乌试验区的统筹规划、开发建设管理等工作。义乌试验区管委会应当按照协同高效的原则综合设置职能机构。\n"
    )
    seven = item(doc, "第七条")
    assert seven.lead_units == ("义乌国际贸易综合改革试验区管理委员会",)
    assert seven.units == seven.lead_units and seven.lead_basis == LeadBasis.SINGLE_UNIT


def test_a_convened_list_that_shares_its_head_noun_is_one_party_kept_verbatim():
    doc = parse(
        "某市优化营商环境条例\n"
        "第十条 市、区中小企业工作主管部门会同同级科学技术、教育等部门按照规定给予资金支持。\n"
        "第十一条 市中级人民法院会同公安、资源规划等有关部门统一破产企业土地、房产处置规则。\n"
        "第十二条 市商务局会同市发改委、市财政局等部门制定实施细则。\n"
    )
    assert item(doc, "第十条").cooperating_units == ("同级科学技术、教育等部门",)
    assert item(doc, "第十一条").cooperating_units == ("公安、资源规划等有关部门",)
    # Full names stay separate units.
    assert item(doc, "第十二条").cooperating_units == ("市发改委", "市财政局")


def test_a_role_name_defined_for_a_list_of_bodies_stands_for_those_bodies():
    doc = parse(
        "某市外商投资条例\n"
        "第三十七条 外商投资企业认为其合法权益受到侵犯的，可以向市商务部门、区人民政府指定的外商投资部门或者机构"
        "（以下简称投诉工作机构）投诉。投诉工作机构应当按照分级负责原则，会同有关部门处理投诉人反映的问题。\n"
    )
    units = {u for t in doc.tasks for u in t.units}
    assert "投诉工作机构" not in units
    assert {"市商务部门", "区人民政府指定的外商投资部门或者机构"} <= units


def test_a_class_of_bodies_or_a_venue_is_not_a_unit():
    doc = parse(
        "某市条例\n"
        "第二十九条 宁波市国家机关及其工作人员应当依法行使职权。\n"
        "第十七条 市、县（区）人民政府应当推进线上和线下政务集成融合服务。政务服务大厅应当加强标准化管理。\n"
    )
    units = {u for t in doc.tasks for u in t.units}
    assert not units & {"宁波市国家机关", "政务服务大厅"}
    assert item(doc, "第十七条").lead_units == ("市、县（区）人民政府",)


# --- the conventions plans and State Council task lists use most, end to end on realistic excerpts ---------


STATE_COUNCIL_LIST = (
    "国务院办公厅关于印发促进外贸稳规模优结构若干措施重点任务分工的通知\n"
    "国办函〔2023〕28号\n"
    "一、强化贸易促进拓展市场\n"
    "（一）推动各地方、商协会举办各类供采对接活动。（商务部、国家发展改革委、中国贸促会按职责分工负责，"
    "列第一位者为牵头单位，下同）\n"
    "（二）加快恢复线下展会。（商务部牵头，外交部、海关总署按职责分工负责）\n"
    "（三）优化跨境贸易结算。（人民银行、国家外汇局）\n"
    "（四）支持外贸企业拓展市场。（国家发展改革委负责）\n"
)


def test_a_state_council_list_applies_its_stated_rule_to_every_later_item():
    doc = parse(STATE_COUNCIL_LIST)
    one, three = item(doc, "(一)"), item(doc, "(三)")
    assert one.lead_units == ("商务部",) and one.lead_basis == LeadBasis.DOCUMENT_RULE
    assert one.cooperating_units == ("国家发展改革委", "中国贸促会")
    assert three.lead_units == ("人民银行",) and three.lead_basis == LeadBasis.DOCUMENT_RULE
    assert three.units == ("人民银行", "国家外汇局")


def test_a_lead_written_in_the_list_beats_the_documents_rule_and_says_so():
    doc = parse(STATE_COUNCIL_LIST)
    two, four = item(doc, "(二)"), item(doc, "(四)")
    assert two.lead_units == ("商务部",) and two.lead_basis == LeadBasis.EXPLICIT
    assert two.cooperating_units == ("外交部", "海关总署")
    # One unit under the first-listed rule is still the first listed of its list.
    assert four.lead_units == ("国家发展改革委",) and four.units == ("国家发展改革委",)


def test_a_rule_stated_once_above_the_list_for_all_items_below():
    doc = parse(
        "某省贯彻落实稳经济一揽子政策措施重点任务分工方案\n"
        "以下各项任务，列第一位的为牵头单位，其他单位按职责分工负责。\n"
        "1.加大增值税留抵退税力度。（省税务局、省财政厅）\n"
        "2.加快财政支出进度。（省财政厅、省发展改革委、各市人民政府）\n"
    )
    first, second = item(doc, "1"), item(doc, "2")
    assert first.lead_units == ("省税务局",) and first.lead_basis == LeadBasis.DOCUMENT_RULE
    assert second.lead_units == ("省财政厅",) and second.cooperating_units == ("省发展改革委", "各市人民政府")


def test_without_a_stated_rule_the_first_listed_is_only_first_listed():
    doc = parse("某市招商引资工作要点\n1.开展产业链精准招商。（责任单位：市商务局、市发展改革委）\n")
    task = item(doc, "1")
    assert task.lead_units == ("市商务局",) and task.lead_basis == LeadBasis.FIRST_LISTED


def test_units_that_each_answer_for_their_duties_have_no_lead_without_a_rule():
    # State Council style with no 列第一位 rule stated: "按职责分工负责" names no lead, so none is recorded.
    doc = parse("某市招商引资工作要点\n1.开展产业链精准招商。（市商务局、市发展改革委按职责分工负责）\n")
    task = item(doc, "1")
    assert task.units == ("市商务局", "市发展改革委")
    assert task.lead_units == () and task.lead_basis == LeadBasis.JOINT


def test_the_stated_rule_still_names_the_first_of_a_joint_list():
    doc = parse(
        "某市招商引资工作要点\n（各项任务列第一位者为牵头单位）\n"
        "1.开展产业链精准招商。（市商务局、市发展改革委按职责分工负责）\n"
    )
    task = item(doc, "1")
    assert task.lead_units == ("市商务局",) and task.lead_basis == LeadBasis.DOCUMENT_RULE


def test_a_plan_names_its_lead_inside_the_responsibility_bracket():
    doc = parse(
        "某市科技创新三年行动计划\n"
        "（一）设立科技成果转化基金。2025年底前基金规模达到10亿元。（责任单位：市财政局、市科技局，市科技局为牵头单位）\n"
        "（二）建设中试基地。（责任单位：市工信局（牵头）、市科技局、市发改委）\n"
    )
    one, two = item(doc, "(一)"), item(doc, "(二)")
    assert one.units == ("市财政局", "市科技局")
    assert one.lead_units == ("市科技局",) and one.lead_basis == LeadBasis.EXPLICIT
    assert one.cooperating_units == ("市财政局",)
    assert two.lead_units == ("市工信局",) and two.lead_basis == LeadBasis.EXPLICIT
    assert two.units == ("市工信局", "市科技局", "市发改委")
    assert not {u for t in doc.tasks for u in t.units if "牵头" in u}


def test_labelled_lead_and_cooperating_lines_under_an_item():
    doc = parse(
        "某县优化营商环境实施方案\n"
        "（三）推进“一件事一次办”。整合企业开办、员工招聘等高频事项。\n"
        "牵头单位：县政务服务中心；配合单位：县市场监管局、县人社局\n"
        "完成时限：2025年12月\n"
    )
    task = item(doc, "(三)")
    assert task.lead_units == ("县政务服务中心",) and task.lead_basis == LeadBasis.EXPLICIT
    assert task.cooperating_units == ("县市场监管局", "县人社局")
    assert "2025" in task.deadline


@pytest.mark.parametrize(
    "text, convention, basis",
    [
        (
            "国家发展改革委、商务部按职责分工负责，列第一位者为牵头单位，下同",
            "first_listed_rule",
            "document_rule",
        ),
        ("市财政局、市科技局，市科技局为牵头单位", "named_as_lead", "explicit"),
        ("市商务局（牵头）、市发改委", "lead_bracket_mark", "explicit"),
        ("省工业和信息化厅牵头，省发展改革委、省科技厅等按职责分工负责", "lead_in_list", "explicit"),
        ("市商务局、市发改委按职责分工负责", "joint_responsibility", "joint"),
        ("市商务局、市发改委", "first_listed", "first_listed"),
        ("县住建局负责", "sole_in_list", "single_unit"),
    ],
)
def test_the_lead_basis_is_the_catalogue_entry_that_matched(text, convention, basis):
    reading = read(text)
    assert reading.convention == convention and reading.basis == LeadBasis(basis)


def test_labelled_fields_record_the_labelled_lead_entry():
    reading = read("", lead="县政务服务中心", cooperating="县市场监管局、县人社局")
    assert reading.convention == "labelled_lead" and reading.basis == LeadBasis.EXPLICIT
    assert reading.lead_units == ("县政务服务中心",)


def test_a_written_lead_with_a_class_of_cooperating_bodies_is_still_a_written_lead():
    doc = parse(
        "国务院关于印发某某行动方案的通知\n"
        "（一）放宽服务业准入。（国家发展改革委、商务部、市场监管总局等按职责分工负责，列第一位者为牵头单位，下同）\n"
        "（二）优化外资项目服务。（商务部牵头，各有关部门和地方按职责分工负责）\n"
        "（三）做好宣传解读。（各地区、各有关部门按职责分工负责）\n"
    )
    two, three = item(doc, "(二)"), item(doc, "(三)")
    assert two.lead_units == ("商务部",) and two.lead_basis == LeadBasis.EXPLICIT and two.units == ("商务部",)
    assert three.lead_units == ()


def test_bodies_listed_with_a_level_list_inside_a_name_or_their_departments_name_no_lead():
    doc = parse(
        "某市优化营商环境条例\n"
        "第三十五条 市、县（区）人民代表大会常务委员会、人民政治协商会议市、县（区）委员会应当充分发挥人大代表、"
        "政协委员作用。\n"
        "第九条 省人民政府及其有关部门、金华市人民政府应当按照规定职责，支持试验区的各项工作。\n"
    )
    thirty_five, nine = item(doc, "第三十五条"), item(doc, "第九条")
    assert thirty_five.units == ("市、县（区）人民代表大会常务委员会", "人民政治协商会议市、县（区）委员会")
    assert nine.units == ("省人民政府", "金华市人民政府")
    assert thirty_five.lead_units == nine.lead_units == ()


def test_elliptical_level_subjects_and_a_body_acting_through_its_means_are_responsible():
    doc = parse(
        "某市中小企业促进条例\n"
        "第十五条 市、区财政应当在本级财政预算中安排中小企业发展专项资金。\n"
        "第四十九条 市、区人民代表大会常务委员会通过听取专项工作报告、开展执法检查等方式，加强外商投资工作监督。\n"
    )
    fifteen, forty_nine = item(doc, "第十五条"), item(doc, "第四十九条")
    assert fifteen.lead_units == ("市、区财政",) and fifteen.lead_basis == LeadBasis.SINGLE_UNIT
    assert forty_nine.lead_units == ("市、区人民代表大会常务委员会",)


def test_a_rule_stated_in_a_note_below_the_list_applies_to_the_whole_list():
    doc = parse(
        "某市2025年招商引资工作任务分工\n"
        "（一）开展产业链招商。（牵头单位：市发改委；责任单位：各区县政府；完成时限：2025年6月底）\n"
        "（二）举办招商推介会。（市商务局、市贸促会）\n"
        "注：各项任务排在第一位的为牵头单位。\n"
    )
    one, two = item(doc, "(一)"), item(doc, "(二)")
    assert one.lead_units == ("市发改委",) and one.lead_basis == LeadBasis.EXPLICIT
    assert two.lead_units == ("市商务局",) and two.lead_basis == LeadBasis.DOCUMENT_RULE


def test_convened_and_cooperating_bodies_in_running_text_are_recorded():
    doc = parse(
        "某州优势产业精准招商行动计划\n"
        "（一）强化驻点招商。州投促中心负责在长三角设立驻点，各县市人民政府配合。\n"
        "（二）加强要素保障。州自然资源局会同州生态环境局做好用地用林保障。\n"
        "（三）完善项目库。市商务局负责项目库建设，市发改委具体负责项目审核。\n"
    )
    one, two, three = item(doc, "(一)"), item(doc, "(二)"), item(doc, "(三)")
    assert one.lead_units == ("州投促中心",) and one.cooperating_units == ("各县市人民政府",)
    assert one.lead_basis == LeadBasis.SINGLE_UNIT
    assert two.lead_units == ("州自然资源局",) and two.cooperating_units == ("州生态环境局",)
    assert two.lead_basis == LeadBasis.CONVENES
    # Each body has a duty of its own: neither leads the item.
    assert three.lead_units == () and three.units == ("市商务局", "市发改委")


def test_parties_listed_before_a_shared_noun_are_bound_alongside_the_body():
    doc = parse(
        "某市优化营商环境条例\n"
        "第十六条 市、县（市、区）人民政府及其有关主管部门应当优化供水、供电等事项行政审批流程。"
        "供水、供电、供气、供热等公用企事业单位，应当按照规定向社会公开服务标准。\n"
    )
    task = item(doc, "第十六条")
    assert task.units == ("市、县（市、区）人民政府", "供水、供电、供气、供热等公用企事业单位")
    assert task.lead_units == ()


def test_parties_bound_each_within_their_duties_are_units_and_the_article_names_no_lead():
    doc = parse(
        "某市企业信用促进条例\n"
        "第五条 市、县（市、区）人民政府领导本行政区域内的企业信用促进工作。"
        "产业集聚区、开发区（园区）的管理机构以及乡（镇）人民政府、街道办事处，在各自职责范围内做好企业信用促进相关工作。\n"
        "第四十四条 市人民政府建立进博会城市服务保障机制。市有关部门、区人民政府应当按照各自职责，做好城市服务保障工作。\n"
    )
    five, forty_four = item(doc, "第五条"), item(doc, "第四十四条")
    assert five.units == (
        "市、县（市、区）人民政府",
        "产业集聚区、开发区（园区）的管理机构",
        "乡（镇）人民政府",
        "街道办事处",
    )
    assert five.lead_units == () and forty_four.lead_units == ()
    assert forty_four.units == ("市人民政府", "区人民政府")


def test_a_person_in_charge_beside_the_units_is_never_a_unit():
    doc = parse(
        "某市招商引资攻坚行动方案\n"
        "（一）招引重大项目。（牵头市领导：张三；牵头单位：市商务局；责任单位：市发改委、市工信局）\n"
        "（二）强化督查。（责任领导：李四；责任单位：市委督查室）\n"
        "（三）办好推介活动。（主要负责单位：市商务局；协同单位：市贸促会）\n"
    )
    one, two, three = item(doc, "(一)"), item(doc, "(二)"), item(doc, "(三)")
    assert one.units == ("市商务局", "市发改委", "市工信局") and one.lead_basis == LeadBasis.EXPLICIT
    assert two.units == ("市委督查室",) and two.lead_basis == LeadBasis.SINGLE_UNIT
    assert three.lead_units == ("市商务局",) and three.cooperating_units == ("市贸促会",)
    assert not {u for t in doc.tasks for u in t.units if "）" in u or "张三" in u or "李四" in u}


def test_a_person_column_in_a_task_table_is_not_read_as_units_or_title():
    doc = parse(
        "某市重点项目攻坚任务清单\n"
        "| 序号 | 任务 | 牵头市领导 | 牵头单位 | 配合单位 | 完成时限 |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | 引进龙头企业 | 张三 | 市商务局 | 市发改委 | 2025年底 |\n",
        "list.md",
    )
    row = next(t for t in doc.tasks if t.kind == "table_row")
    assert row.title == "引进龙头企业" and row.units == ("市商务局", "市发改委")
    assert row.lead_units == ("市商务局",) and row.deadline == "2025年底"


def test_sentences_closed_by_unlabelled_brackets_of_their_own_lead_only_where_they_agree():
    doc = parse(
        "某市外贸稳增长工作方案\n"
        "（一）扩大出口。支持企业参展。（商务部负责）稳定加工贸易。（海关总署负责）\n"
        "（二）优化口岸。提升通关效率。（海关总署负责）压缩通关时间。（海关总署负责）\n"
    )
    one, two = item(doc, "(一)"), item(doc, "(二)")
    assert one.units == ("商务部", "海关总署") and one.lead_units == () and one.lead_basis == LeadBasis.NONE
    assert two.lead_units == ("海关总署",) and two.lead_basis == LeadBasis.SINGLE_UNIT


def test_one_responsible_unit_with_labelled_cooperating_units_is_the_sole_responsible_unit():
    reading = read("市商务局", cooperating="市发改委、市财政局")
    assert reading.lead_units == ("市商务局",) and reading.basis == LeadBasis.SINGLE_UNIT
    assert (
        reading.cooperating_units == ("市发改委", "市财政局") and reading.convention == "labelled_responsible"
    )
    several = read("市商务局、市工信局", cooperating="市财政局")
    assert several.basis == LeadBasis.FIRST_LISTED


# --- State Council 分工 brackets as gov.cn prints them -----------------------------------------------------

STATE_COUNCIL_ITEMS = (
    "国务院关于做好当前和今后一个时期促进就业工作的若干意见\n"
    "一、支持企业稳定发展\n"
    "（一）加大稳岗支持力度。对不裁员或少裁员的参保企业，可返还其上年度实际缴纳失业保险费的50%。"
    "（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）\n"
    "（二）扩大就业见习补贴范围。实施三年百万青年见习计划。（人力资源社会保障部等有关部门和单位负责）\n"
    "（三）切实抓好政策服务。各地要公布政策清单。（各有关部门和单位，各省级人民政府按职责分工负责）\n"
    "（四）优化农机装备产业结构布局。推动先进农机技术及产品“走出去”。"
    "（工业和信息化部、商务部、国际发展合作署、供销合作总社等负责）\n"
    "（五）支持资源枯竭城市转型。中央财政在安排年度补助资金时予以倾斜支持。"
    "（国家发展改革委、财政部会同有关部门负责）\n"
)


def test_a_single_unit_before_an_etc_class_keeps_the_rule_lead():
    doc = parse(STATE_COUNCIL_ITEMS)
    assert item(doc, "(一)").lead_units == ("人力资源社会保障部",)
    second = item(doc, "(二)")
    # "X等有关部门和单位": X is the unit, the rest a class of bodies.
    assert second.units == ("人力资源社会保障部",) and second.lead_units == ("人力资源社会保障部",)


def test_a_class_listed_first_is_not_replaced_by_the_next_unit_as_lead():
    third = item(parse(STATE_COUNCIL_ITEMS), "(三)")
    assert third.units == ("各省级人民政府",)
    assert third.lead_units == () and third.lead_basis == LeadBasis.NONE


def test_state_council_bodies_ending_in_shu_and_zongshe_are_units():
    fourth = item(parse(STATE_COUNCIL_ITEMS), "(四)")
    assert fourth.units == ("工业和信息化部", "商务部", "国际发展合作署", "供销合作总社")
    assert fourth.lead_units == ("工业和信息化部",) and fourth.lead_basis == LeadBasis.DOCUMENT_RULE


def test_bodies_that_convene_others_in_a_bracket_lead_together():
    fifth = item(parse(STATE_COUNCIL_ITEMS), "(五)")
    assert fifth.lead_units == ("国家发展改革委", "财政部")
    assert fifth.lead_basis == LeadBasis.CONVENES
    convened = read("商务部会同外交部、海关总署负责")
    assert convened.lead_units == ("商务部",) and convened.cooperating_units == ("外交部", "海关总署")


GOV_CN_PAGE = """<html><body><div class="wrap">
<table><tbody><tr><td>
  <table class="bd1"><tbody>
   <tr><td><b>索 引 号：</b></td><td>000014349/2018-00223</td><td><b>主题分类：</b></td><td>农业、林业、水利</td></tr>
   <tr><td><b>发文机关：</b></td><td>国务院</td><td><b>成文日期：</b></td><td>2018年12月21日</td></tr>
  </tbody></table>
</td></tr></tbody></table>
<table><tbody><tr>
 <td class="sidebar"><a href="/">首页</a> <a href="/zhengce">政策</a></td>
 <td id="UCAP-CONTENT"><table><tbody><tr><td>
  <p>国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见</p>
  <p>国发〔2018〕42号</p>
  <p>一、加快推动农机装备产业高质量发展</p>
  <p>（一）完善农机装备创新体系。瞄准农业机械化需求，加快推进农机装备创新。<span>（工业和信息化部、发展改革委、科技部、农业农村部等负责。列第一位者为牵头单位，下同）</span></p>
  <p>（二）推进农机装备全产业链协同发展。支持农机装备产业链上下游企业加强协同。<span>（工业和信息化部、商务部等负责）</span></p>
  <p>（三）加快补齐全程机械化生产短板。聚焦薄弱环节。<span>（农业农村部、发展改革委、财政部等负责）</span></p>
  <p>（四）提高农机作业便利程度。加强高标准农田建设。<span>（农业农村部、自然资源部等负责）</span></p>
  <p>（五）健全组织实施机制。建立协调推进机制。<span>（农业农村部、工业和信息化部牵头负责）</span></p>
  <p>（六）强化地方政府责任。各省级人民政府要认真研究。<span>（各省级人民政府负责）</span></p>
  <p>国务院</p><p>2018年12月21日</p>
 </td></tr></tbody></table></td>
</tr></tbody></table>
<p>扫一扫在手机打开当前页</p>
</div></body></html>"""


def test_a_gov_cn_page_whose_content_column_sits_in_a_layout_table_is_read_as_paragraphs():
    # The content cell sits beside a sidebar cell, so the table has two cells per row: it lays out the page
    # and must not be read as one table cell holding the whole document.
    doc = parse(GOV_CN_PAGE, "page.html")
    assert doc.title == "国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见"
    assert doc.meta.doc_number == "国发〔2018〕42号"
    leads = {t.label: t.lead_units for t in doc.tasks if t.units and t.kind != "inline_duty"}
    assert leads["(一)"] == ("工业和信息化部",)
    assert leads["(三)"] == ("农业农村部",)
    assert leads["(五)"] == ("农业农村部", "工业和信息化部")
    assert len([t for t in doc.tasks if t.units and t.kind != "inline_duty"]) == 6


def test_the_acting_body_of_a_passive_clause_ends_before_how_it_acts():
    # 市场监督管理行政处罚信息公示规定 第十三条
    doc = parse(
        "市场监督管理行政处罚信息公示规定\n"
        "第十三条 仅受到通报批评或者较低数额罚款的行政处罚信息自公示之日起届满三个月的，停止公示。\n"
        "前款所称较低数额罚款由省级以上市场监督管理部门结合工作实际规定。\n"
    )
    t = item(doc, "第十三条")
    assert t.units == ("省级以上市场监督管理部门",) and t.lead_basis == LeadBasis.SINGLE_UNIT


def test_an_article_runs_on_after_the_list_it_enumerates():
    # 北京市促进中小企业发展条例 第四十三条 (abridged)
    doc = parse(
        "北京市促进中小企业发展条例\n"
        "第四十三条 市、区中小企业公共服务平台应当汇集政府有关部门服务资源。\n"
        "中小企业公共服务平台为中小企业提供下列服务：\n"
        "（一）投融资、空间场地、信息化、科技服务等需求对接；\n"
        "（二）促进中小企业在京津冀地区协同发展。\n"
        "中小企业通过中小企业公共服务平台获得服务的，市、区中小企业工作主管部门可以通过中小企业服务券等方式给予资金支持。\n"
        "第四十四条 市、区人民政府应当建立中小企业服务体系。\n"
    )
    article = item(doc, "第四十三条")
    assert "服务券" in article.body and article.lead_units == ("市、区中小企业工作主管部门",)
    assert not any("服务券" in t.body for t in doc.tasks if t.label == "(二)")
    assert item(doc, "第四十四条").lead_units == ("市、区人民政府",)


@pytest.mark.parametrize(
    "phrase", ["农机装备产业结构布局", "政府网站", "企业总部", "招商推介会", "东部", "会议室"]
)
def test_everyday_words_ending_like_a_body_are_not_units(phrase):
    assert not looks_like_unit(phrase)


@pytest.mark.parametrize("name", ["市商务局", "国家机关事务管理局", "州委办公室", "中国国际贸易促进委员会"])
def test_bodies_stay_units(name):
    assert looks_like_unit(name)


def test_a_bracket_naming_only_a_class_shares_the_item_among_the_bodies_its_sentences_bind():
    # 国发〔2018〕39号 (十三): the body names two ministries' duties, the bracket only "各有关部门和单位".
    doc = parse(
        "国务院关于做好当前和今后一个时期促进就业工作的若干意见\n"
        "四、加强组织领导\n"
        "（十三）明确部门组织协调责任。人力资源社会保障部要统筹协调促进就业政策制定、督促落实、统计监测等工作。"
        "财政部要加大资金支持力度，保障促进就业政策落实。其他有关部门和单位要立足职能职责，共同做好促进就业工作。"
        "（各有关部门和单位按职责分工负责）\n"
    )
    t = item(doc, "(十三)")
    assert t.lead_units == () and t.lead_basis == LeadBasis.JOINT
    assert t.units[0] == "人力资源社会保障部" and t.units[-1] == "各有关部门和单位"
    clause = next(d for d in doc.tasks if d.kind == "inline_duty" and d.units == ("人力资源社会保障部",))
    assert "统筹协调" in clause.quote  # the sentence keeps its own record


def test_an_item_ends_with_the_line_its_duty_bracket_closes():
    # 国办发〔2018〕117号: the closing paragraphs after item 三十 are the document's, not 三十's.
    doc = parse(
        "国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知\n"
        "二十九、对开展农村人居环境整治成效明显的县（市、区、旗），在分配年度中央财政资金时予以适当倾斜。（农业农村部、财政部负责）\n"
        "三十、对受到国务院督查表扬的市（地、州、盟）、县（市、区、旗），在下一年度国务院组织的有关实地督查中实行“免督查”。（国务院办公厅负责）\n"
        "各有关部门要认真组织实施督查激励措施，及时制定或调整完善实施办法。"
        "各省（区、市）政府要建立省级政府办公厅牵头、省级有关部门参与的工作机制，统筹做好本地区督查激励措施组织落实工作。\n"
        "国务院办公厅\n"
        "2018年12月6日\n"
    )
    thirty = [t for t in doc.tasks if t.label == "三十"]
    assert [t.units for t in thirty] == [("国务院办公厅",)]
    assert "各有关部门要认真组织实施" not in thirty[0].quote
    assert "各省（区、市）政府要建立" in doc.text


def test_a_responsible_department_label_with_a_scope_field_after_it():
    # 国发〔2018〕38号 style: each measure closes with "（负责部门：…；适用范围：…）".
    doc = parse(
        "国务院关于支持自由贸易试验区深化改革创新若干措施的通知\n"
        "一、营造优良投资环境\n"
        "（一）借鉴北京市服务业扩大开放综合试点经验，放宽外商投资建设工程设计企业外籍技术人员的比例要求。"
        "（负责部门：人力资源社会保障部、住房城乡建设部、商务部；适用范围：所有自贸试验区）\n"
        "（二）编制下达全国土地利用计划时，考虑自贸试验区的实际情况。（负责部门：自然资源部）\n"
    )
    first, second = item(doc, "(一)"), item(doc, "(二)")
    assert first.units == ("人力资源社会保障部", "住房城乡建设部", "商务部")
    assert first.lead_basis == LeadBasis.FIRST_LISTED
    assert second.units == ("自然资源部",) and second.lead_basis == LeadBasis.SINGLE_UNIT


def test_a_document_number_printed_without_hao_and_bodies_signing_jointly():
    """朝阳 OPC 若干措施 (中朝管发〔2026〕5): the 文号 line has no 号; two bodies sign one above the other."""
    text = """朝阳园管委会（区科信局）等四部门关于印发《朝阳区关于支持人工智能OPC创新发展的若干措施》的通知
中朝管发〔2026〕5
各街道办事处、地区办事处(乡政府)，区政府各委、办、局，各区属机构：
现将《朝阳区关于支持人工智能OPC创新发展的若干措施》印发给你们，请结合实际认真贯彻落实。
中关村科技园区朝阳园管理委员会
北京市朝阳区科学技术和信息化局
2026年5月14日
第一条 建设特色集聚社区。对满足条件的OPC社区运营服务机构，可给予连续三年、每年最高不超过500万元资金支持。
"""
    meta = parse_bytes("chaoyang.txt", text.encode()).meta
    assert meta.doc_number == "中朝管发〔2026〕5"
    assert meta.issuer == "中关村科技园区朝阳园管理委员会、北京市朝阳区科学技术和信息化局"
    assert meta.date == "2026-05-14"
