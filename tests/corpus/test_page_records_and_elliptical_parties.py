"""A page's record printed as a bulleted list ("• 信息名称:…", "• 发文序号:…"), an abbreviated issuer in it
(区政府办) beside the body the document signs as, a posting line with its source left empty, a title printed over
four lines, a news item reporting a document, a progress column beside the task column of a table (全年完成情况),
items numbered with a small full stop ("1﹒"), and parties a list writes elliptically ("相关市、县政府",
"哈尔滨、黑河、绥芬河市政府", "审批、监督管理、服务等有关部门"). Excerpts written in the form such documents take;
the real pipeline."""

from __future__ import annotations

from corpus.pipeline import parse_bytes
from corpus.units import looks_like_unit, split_units

BULLETED_RECORD = """• 索引号:11N000/ZK-2023-000021
• 发文单位:区政府办
• 信息名称:关于印发《2023年区政府工作报告重点工作分工方案》的通知
• 发文序号:京兴政办发〔2023〕1 号
• 信息有效性:有效
• 公开类型:主动公开
• 成文日期:2023年3月3日
• 发布日期:2023年3月9日
展开
关于印发《2023年区政府工作报告重点工作分工方案》的通知
各镇人民政府,区政府各委、办、局:
《2023年区政府工作报告重点工作分工方案》已经区政府常务会审议通过,现印发给你们。
北京市大兴区人民政府办公室
2023年3月3日
2023年区政府工作报告重点工作分工方案
一、全区经济社会发展主要预期目标
1.地区生产总值比上年增长4.5%以上。
牵头领导:常务副区长
主要责任单位:区发展改革委
"""

FOUR_LINE_TITLE = """网站无障碍 适老版
首页 > 政府信息公开 > 政府信息公开年报 > 2020
海东市人民政府办公室
关于印发海东市与兰州市、临夏州
共同推进兰西城市群建设2020年
重点任务清单的通知
来源:    时间:2020年10月16日
各县区人民政府,海东工业园区管委会,市政府有关部门:
《海东市与兰州市、临夏州共同推进兰西城市群建设2020年重点任务清单》已经市政府同意,现印发给你们。
2020年10月9日
"""

NEWS_ITEM = """新安晚报安徽网讯据安徽省人民政府网消息,近日,安徽省人民政府发布关于年重点工作及责任分解的通知。
通知称,省政府确定了13个方面重点工作,明确各项工作的牵头责任单位和协同责任单位。
一、确保完成全年主要预期目标
1﹒全省生产总值增长7%以上,在实际工作中力争更好结果。
牵头责任单位:省发展改革委。
协同责任单位:省政府各部门、各直属机构。
2﹒社会消费品零售总额增长9%左右。
牵头责任单位:省商务厅。
协同责任单位:省发展改革委、省财政厅、省税务局等。
"""

MEASURES = """为深入贯彻新发展理念,着力引进一批高水平大项目,现就加强和改进招商引资工作制定如下措施:
一、落实各区招商工作主体责任
各区人民政府要把招商引资作为增强经济发展后劲的重要途径,完善工作机制。各区人民政府主要负责同志要落实招商引资主体责任。(责任单位:各区人民政府及滨海新区各开发区管委会)
二、落实部门招商工作重要责任
市人民政府各有关部门要聚焦产业发展动态,深入挖掘招商项目资源。(责任单位:市有关部门)
"""

PROGRESS_TABLE = """2020年测试区政府工作报告重点工作全年完成情况
类别 | 序号 | 重点督办内容 | 牵头单位 | 全年完成情况
经济社会发展主要预期目标 | 1 | 地区生产总值增长6%左右。 | 区发展改革委 | 地区生产总值增速调整为正增长,初步核算数增幅-1.1%。
经济社会发展主要预期目标 | 2 | 区级一般公共预算收入增长2%左右。 | 区财政局 | 全年一般公共预算收入完成413.84亿元,完成调整后方案目标。
经济社会发展主要预期目标 | 3 | 城镇登记失业率控制在1.5%以内。 | 区人力社保局 | 扩展登记失业人员的统计范围,加强职业技能培训。
"""


def test_a_bulleted_page_record_gives_the_documents_title_number_and_dates():
    doc = parse_bytes("daxing.md", BULLETED_RECORD.encode("utf-8"))
    assert doc.meta.title == "关于印发《2023年区政府工作报告重点工作分工方案》的通知"
    assert doc.meta.doc_number == "京兴政办发〔2023〕1 号"
    assert (doc.meta.date, doc.meta.published) == ("2023-03-03", "2023-03-09")
    assert not any(line.startswith("•") for line in doc.text.splitlines())
    assert "展开" not in doc.text.splitlines()


def test_an_abbreviated_issuer_in_the_record_gives_way_to_the_body_signing():
    doc = parse_bytes("daxing.md", BULLETED_RECORD.encode("utf-8"))
    assert doc.meta.issuer == "北京市大兴区人民政府办公室"
    assert doc.meta.jurisdiction == "大兴区"


def test_a_title_printed_over_four_lines_is_read_whole_with_its_posting_date():
    doc = parse_bytes("haidong.txt", FOUR_LINE_TITLE.encode("utf-8"))
    assert doc.meta.title == (
        "海东市人民政府办公室关于印发海东市与兰州市、临夏州共同推进兰西城市群建设2020年重点任务清单的通知"
    )
    assert (doc.meta.date, doc.meta.published) == ("2020-10-09", "2020-10-16")


def test_a_news_item_is_titled_by_the_document_it_reports():
    doc = parse_bytes("anhui.md", NEWS_ITEM.encode("utf-8"))
    assert doc.meta.title == "关于年重点工作及责任分解的通知"


def test_items_numbered_with_a_small_full_stop_are_items_with_their_labelled_units():
    doc = parse_bytes("anhui.md", NEWS_ITEM.encode("utf-8"))
    retail = next(t for t in doc.tasks if t.title.startswith("社会消费品零售总额"))
    assert retail.label == "2."
    assert retail.lead_units == ("省商务厅",)
    assert retail.cooperating_units == ("省发展改革委", "省财政厅", "省税务局")


def test_a_progress_column_is_never_the_tasks_title():
    doc = parse_bytes("xicheng.md", PROGRESS_TABLE.encode("utf-8"))
    titles = [t.title for t in doc.tasks]
    assert titles == [
        "地区生产总值增长6%左右。",
        "区级一般公共预算收入增长2%左右。",
        "城镇登记失业率控制在1.5%以内。",
    ]
    assert [t.lead_units for t in doc.tasks] == [("区发展改革委",), ("区财政局",), ("区人力社保局",)]


def test_the_governments_of_named_levels_are_one_party():
    assert split_units("省发改委、交通运输厅、相关市、县政府") == ["省发改委", "交通运输厅", "相关市、县政府"]
    assert split_units("省发改委、交通运输厅、有关部门") == ["省发改委", "交通运输厅"]


def test_places_sharing_their_government_are_one_party():
    assert split_units("哈尔滨机场扩建指挥部、哈尔滨、黑河、绥芬河市政府、省农垦总局") == [
        "哈尔滨机场扩建指挥部",
        "哈尔滨、黑河、绥芬河市政府",
        "省农垦总局",
    ]
    assert split_units("市商务局、市发改委、县政府") == ["市商务局", "市发改委", "县政府"]


def test_fields_sharing_a_related_departments_noun_are_one_party():
    assert split_units("审批、监督管理、服务等有关部门") == ["审批、监督管理、服务等有关部门"]
    assert split_units("市商务局、市发改委、财政等有关部门") == ["市商务局", "市发改委", "财政等有关部门"]
    assert split_units("市商务局、市发改委等有关部门") == ["市商务局", "市发改委"]


def test_a_years_plan_opens_a_phrase_not_a_bodys_name():
    assert not looks_like_unit("年度政府")
    assert looks_like_unit("相关市、县政府")
    assert not looks_like_unit("相关企业")


def test_a_sentences_body_that_is_part_of_the_bracketed_party_is_no_record_of_its_own():
    doc = parse_bytes("measures.md", MEASURES.encode("utf-8"))
    first = [t for t in doc.tasks if t.section == "一"]
    assert [t.units for t in first] == [("各区人民政府及滨海新区各开发区管委会",)]


def test_coordinated_verbs_stay_in_the_name_an_opening_gives():
    doc = parse_bytes("measures.md", MEASURES.encode("utf-8"))
    assert doc.meta.title == "加强和改进招商引资"
