"""Bodies named inside running text of documents from other places: a name holding 自由 (no 由 of an act), a body
set up and made responsible in one sentence, a body doing one matter's work ("…的日常工作由X承担"), a list of
convened bodies closed by 等, a plan's duty after the basis it acts on, joint signatures with a second name in
brackets, and the document's own place. Real excerpts (中国（重庆）自由贸易试验区条例, 重庆市台湾同胞投资保护条例,
深圳经济特区人工智能产业促进条例, 徐汇区科委 超级创业者措施, 抚州 乡镇敬老院十条措施, 四川省 OPC 行动方案, 常州经开区
人工智能措施), the real pipeline."""

from __future__ import annotations

from corpus.meta import jurisdiction_of
from corpus.pipeline import parse_bytes

CHONGQING_FTZ = """中国（重庆）自由贸易试验区条例
第二章 管理体制
第七条 中国（重庆）自由贸易试验区工作领导小组（以下简称领导小组）负责组织领导自贸试验区全面建设，统筹协调自贸试验区重大事项。
市商务主管部门承担领导小组日常工作，履行下列职责：
（一）组织实施总体方案，拟定自贸试验区发展规划，推动制定相关政策措施，并指导自贸试验区各片区贯彻执行；
（二）协调研究和解决自贸试验区改革创新中的难点和问题；
"""

TAIWAN_INVESTMENT = """重庆市台湾同胞投资保护条例
第三十二条 设立重庆市台商投诉协调中心，负责受理台湾同胞投资者、台湾同胞投资企业的投诉事项，履行下列职责：
（一）对投诉事项进行调查；
（二）明确投诉事项的处理期限；
市台商投诉协调中心的日常工作，由市台湾事务主管部门承担，有关部门应予配合。
第三十三条 对台湾同胞投资者、台湾同胞投资企业的投诉，有关部门应在三十日内处理完毕，并回复投诉者。
"""

SHENZHEN_AI = """深圳经济特区人工智能产业促进条例
第六十五条 市人民政府应当按照国家人工智能治理相关规定，设立市人工智能伦理委员会，履行下列职责：
（一）研究制定人工智能领域的伦理安全规范；
（二）评估、监督本市人工智能企业的伦理安全规范执行情况。
市人工智能伦理委员会的日常工作由市产业主管部门承担。
"""

XUHUI = """支持深度应用人工智能 打造超级创业者社区的若干措施
四、附则
4.本措施由徐汇区科学技术委员会会同徐汇区新型工业化推进办公室、徐汇区数据局、徐汇区财政局等负责解释。
"""

FUZHOU = """印发推动乡镇敬老院高质量发展十条措施的通知
各县 （区）人民政府、抚州高新区管委会、东临新区管委会，市政府各部门：
为加快补齐农村养老服务短板，结合抚州实际，提出推动乡镇敬老院高质量发展十条措施如下:
一、推进乡镇敬老院规划建设。依照 《老年人照料设施建筑设计标准》（ JGJ450-2018）等标准，各县（区）人民政府要对规模小、条件差的乡镇敬老院，加快推进乡镇敬老院新建、改建或扩建，单体项目床位设置规模原则上不超过150张。
二、提升乡镇敬老院居住环境。对乡镇敬老院实施建筑标准、设施设备、院区场地、用房功能等改造提升。
八、做好乡镇敬老院消防改造工作。对符合消防安全要求的乡镇敬老院，因未办理土地、规划等手续问题未能通过消防审验的，由属地县（区）政府按规定集中研究处理。
"""

GRAIN = """国家粮食应急预案
2.1.3 指挥部成员单位职责
（10）国务院新闻办会同国家发展改革委制订国家粮食应急新闻发布预案，负责组织发布相关新闻。
（11）中国农业发展银行负责落实采购、加工、调拨、供应应急粮食所需贷款。
（12）中国储备粮管理总公司负责中央储备粮动用计划的执行。
"""

SICHUAN = """关于印发《四川省支持人工智能OPC创新发展行动方案（2026—2027年）》的通知
省直有关部门，有关市人工智能产业链牵头部门，有关单位：
现将《四川省支持人工智能OPC创新发展行动方案（2026—2027年）》印发给你们，请结合实际抓好落实。
四川省科学技术厅
（四川省人工智能产业链链长办公室）
四川省人力资源和社会保障厅
四川省经济和信息化厅
2026年4月16日
一、总体目标
到2027年底，建成人工智能OPC生态社区30个以上。
"""


def _records(doc, section_part):
    return [t for t in doc.tasks if section_part in t.section]


def test_a_name_holding_ziyou_is_read_whole():
    doc = parse_bytes("ftz.txt", CHONGQING_FTZ.encode())
    leads = {u for t in _records(doc, "第七条") for u in t.lead_units}
    assert "中国（重庆）自由贸易试验区工作领导小组" in leads  # 自由 holds no 由 of an act
    assert "贸易试验区工作领导小组" not in {u for t in doc.tasks for u in t.units}
    assert "领导小组" not in leads  # the short name it defines is not a second body


def test_a_body_set_up_in_the_clause_before_is_the_one_responsible():
    doc = parse_bytes("taiwan.txt", TAIWAN_INVESTMENT.encode())
    receives = next(t for t in _records(doc, "第三十二条") if "受理" in t.title and t.kind == "inline_duty")
    assert receives.lead_units == ("重庆市台商投诉协调中心",)


def test_a_body_doing_one_matters_work_is_that_clauses_and_not_the_articles():
    doc = parse_bytes("taiwan.txt", TAIWAN_INVESTMENT.encode())
    daily = next(t for t in _records(doc, "第三十二条") if "日常工作" in t.title)
    assert daily.kind == "inline_duty" and daily.lead_units == ("市台湾事务主管部门",)
    article = next(
        t for t in _records(doc, "第三十二条") if t.kind == "item" and t.section.endswith("第三十二条")
    )
    assert "市台湾事务主管部门" not in article.lead_units
    ai = parse_bytes("shenzhen.txt", SHENZHEN_AI.encode())
    committee = next(t for t in ai.tasks if "日常工作" in t.title)
    assert committee.lead_units == ("市产业主管部门",)
    assert committee.quote.startswith("市人工智能伦理委员会的日常工作")  # the matter before 由 is quoted


def test_convened_bodies_closed_by_deng_are_all_read():
    doc = parse_bytes("xuhui.txt", XUHUI.encode())
    interprets = next(t for t in doc.tasks if t.kind == "item")
    assert interprets.lead_units == ("徐汇区科学技术委员会",)
    assert interprets.units[-1] == "徐汇区财政局"  # "…、徐汇区财政局等负责解释"


def test_a_plan_duty_after_the_basis_it_acts_on_binds_its_body():
    doc = parse_bytes("fuzhou.txt", FUZHOU.encode())
    build = next(t for t in doc.tasks if t.kind == "item" and "规划建设" in t.title)
    assert build.lead_units == ("各县（区）人民政府",)
    assert doc.meta.jurisdiction == "抚州市"  # "结合抚州实际", with its 抚州高新区 named too


def test_joint_signatures_keep_every_body_past_a_bracketed_second_name():
    doc = parse_bytes("sichuan.md", SICHUAN.encode())
    assert doc.meta.issuer == "四川省科学技术厅、四川省人力资源和社会保障厅、四川省经济和信息化厅"


def test_the_place_is_read_at_its_own_level():
    head = "常州经开区党政办公室关于印发《常州经开区促进人工智能产业创新发展的若干措施（试行）》的通知\n常州经开区党政办公室"
    assert jurisdiction_of(head, "江苏常州经济开发区党政办公室") == "常州市"  # not 苏常州
    xuhui = "上海市徐汇区科学技术委员会关于印发《支持深度应用人工智能 打造超级创业者社区的若干措施》的通知"
    assert jurisdiction_of(f"{xuhui}\n上海市徐汇区科学技术委员会", "") == "徐汇区"
    assert jurisdiction_of("关于加快企业发展的意见\n", "结合企业实际，制定本意见。") == ""  # 企业 is no place


def test_a_one_sentence_item_assigning_a_duty_is_an_item():
    doc = parse_bytes("grain.txt", GRAIN.encode())
    loans = next(t for t in doc.tasks if t.kind == "item" and t.label == "(11)")
    assert loans.lead_units == ("中国农业发展银行",) and "贷款" in loans.quote


def test_the_body_acting_by_a_rule_is_read_before_how_it_acts():
    doc = parse_bytes("fuzhou.txt", FUZHOU.encode())
    handles = next(t for t in doc.tasks if t.kind == "inline_duty" and "集中研究处理" in t.quote)
    assert handles.lead_units == ("属地县（区）政府",)  # "…由属地县（区）政府按规定集中研究处理"


def test_a_level_named_with_de_is_kept_whole():
    text = "山东省经济开发区条例\n第十六条 省和设区的市商务主管部门应当会同有关部门，加强对经济开发区的分类指导，建立动态管理制度。\n"
    article = next(t for t in parse_bytes("shandong.txt", text.encode()).tasks if t.kind == "item")
    assert article.lead_units == ("省和设区的市商务主管部门",)


def test_a_body_to_be_designated_is_no_unit():
    text = (
        "政府网站集约化试点工作方案\n（一）加强组织领导。试点地区政府办公厅（室）对政府网站集约化试点工作的统筹推进、组织协调和考核管理负总责，"
        "并指定专门机构具体负责集约化平台的建设运维工作。\n"
    )
    doc = parse_bytes("sites.txt", text.encode())
    assert "指定专门机构" not in {u for t in doc.tasks for u in t.units}


def test_a_body_going_on_after_a_semicolon_convenes_in_its_own_clause():
    text = (
        "广州市积分制入户管理办法\n第五条 市人力资源社会保障部门负责积分制入户工作的统筹协调和具体实施；"
        "会同市发展改革部门制定积分急需工种或职业资格、职业技能等级目录；组织开发积分制入户信息系统。\n"
    )
    doc = parse_bytes("points.txt", text.encode())
    catalogue = next(t for t in doc.tasks if t.kind == "inline_duty" and "急需工种" in t.title)
    assert catalogue.lead_units == ("市人力资源社会保障部门",)
    assert catalogue.cooperating_units == ("市发展改革部门",) and catalogue.lead_basis == "convenes"


def test_an_article_sharing_work_out_has_no_lead_of_its_own_though_one_body_convenes():
    text = (
        "广州市积分制入户管理办法\n第五条 市发展改革部门负责将积分制入户指标统一纳入全市年度迁入人口计划内管理。"
        "市人力资源社会保障部门负责积分制入户工作的统筹协调和具体实施；会同市发展改革部门制定积分急需工种目录。"
        "市（区）公安机关负责核查刑事处罚、治安处罚记录。各区人力资源社会保障部门负责统筹本辖区申请材料审核等工作。\n"
    )
    article = next(t for t in parse_bytes("points.txt", text.encode()).tasks if t.kind == "item")
    assert article.lead_units == () and len(article.units) == 4  # each clause record carries its own


def test_each_entry_of_a_list_of_duties_is_an_item_of_the_listing_body():
    doc = parse_bytes("ftz.txt", CHONGQING_FTZ.encode())
    entries = [t for t in doc.tasks if t.kind == "item" and t.section.startswith("第二章/第七条/")]
    assert [t.label for t in entries] == ["(一)", "(二)"]
    assert all(t.lead_units == ("市商务主管部门",) for t in entries)
