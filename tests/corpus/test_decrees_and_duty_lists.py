"""Regulations and reposted notices read right, from real excerpts (郑州市农业投资保障条例, 上海市推进科技创新中心建设条例,
防范和处置非法集资条例 (国务院令第737号), 嘉兴 OPC 实施方案征求意见稿, 广州 两项补贴实施办法 as a district portal
reprints it, 广州 科技创新工程实施意见): duties a body lists after "负责…的下列…工作：", a body opening a sentence with
the thing it builds, a decree's number, issuer and signature date, a closing line signing with a note after it, a
page's record kept as a table of label and value cells, figures counted in 件, 宗 or 台, and the short name of a party
committee's body."""

from __future__ import annotations

from corpus.meta import jurisdiction_of
from corpus.model import LeadBasis
from corpus.pipeline import parse_bytes
from corpus.targets import find_targets
from corpus.units import UnitDirectory

ZHENGZHOU = """郑州市农业投资保障条例
第二十二条 发展和改革部门负责农业投资的下列管理和监督工作：
（一）会同有关部门编制农业投资规划和年度投资计划；
（二）审批或审查上报农业基本建设投资项目；
（三）监督检查农业基本建设投资的使用情况。
第二十三条 财政部门负责农业资金的下列管理和监督工作：
（一）编制农业资金预算；
"""

SHANGHAI = """上海市推进科技创新中心建设条例
第四十五条 本市加强知识产权保护体系建设，完善知识产权综合管理体制，促进知识产权与科技创新工作的融合。
市知识产权部门建设知识产权综合服务平台，开展知识产权检索查询、快速授权、快速确权和快速维权等相关服务。
知识产权相关主管部门应当引导创新主体建立和完善知识产权内部管理和保护机制。
"""

DECREE = """防范和处置非法集资条例（国务院令第737号）
中华人民共和国国务院令  第737号 《防范和处置非法集资条例》已经2020年12月21日国务院第119次常务会议通过，现予公布，自2021年5月1日起施行。
　　总　理　　李克强
　　2021年1月26日
　　 防范和处置非法集资条例
　　第五条　省、自治区、直辖市人民政府对本行政区域内防范和处置非法集资工作负总责，地方各级人民政府应当建立健全政府统一领导的防范和处置非法集资工作机制。
　　第六条　国务院建立处置非法集资部际联席会议（以下简称联席会议）制度。联席会议由国务院银行保险监督管理机构牵头，有关部门参加。
　　第二十七条　为非法集资设立的企业、个体工商户和农民专业合作社，由市场监督管理部门吊销营业执照。为非法集资设立的网站、开发的移动应用程序等互联网应用，由电信主管部门依法予以关闭。
"""

JIAXING = """嘉兴市关于支持人工智能OPC创新发展的实施方案（试行）（征求意见稿）
九、优化企业创业服务。每年给予OPC企业最高20万元创新券额度。
嘉兴市发展和改革委员会2026年3月31日发布，征求意见时间为2026年3月31日—2026年4月10日。
"""

REPRINT = """<html><body>
<table><tr><td>发布日期</td><td>2022-11-16</td></tr><tr><td>来源</td><td>广州市民政局</td></tr></table>
<p>广州市困难残疾人生活补贴和重度残疾人护理补贴实施办法</p>
<p>九、附则</p>
<p>本实施办法自印发之日起实施，有效期5年。</p>
</body></html>"""


def _items(doc, article: str):
    return [t for t in doc.tasks if t.section.startswith(article) and t.kind == "item"]


def test_duties_listed_after_the_matters_they_concern_are_the_bodys():
    doc = parse_bytes("zhengzhou.txt", ZHENGZHOU.encode())
    listed = [t for t in _items(doc, "第二十二条/") if t.label in ("(一)", "(二)", "(三)")]
    assert len(listed) == 3
    assert all(t.lead_units == ("发展和改革部门",) for t in listed)
    assert all(t.lead_basis == LeadBasis.SINGLE_UNIT for t in listed)
    budget = next(t for t in doc.tasks if t.section == "第二十三条/(一)")
    assert budget.lead_units == ("财政部门",)


def test_a_body_opening_a_sentence_with_what_it_builds_is_bound_by_it():
    doc = parse_bytes("shanghai.txt", SHANGHAI.encode())
    platform = next(t for t in doc.tasks if t.kind == "inline_duty" and "知识产权综合服务平台" in t.quote)
    assert platform.lead_units == ("市知识产权部门",)
    article = next(t for t in doc.tasks if t.kind == "item")
    assert article.lead_units == ()  # two bodies, two duties: the article names no one lead


def test_a_decree_gives_its_number_issuer_signature_date_and_national_level():
    meta = parse_bytes("decree.txt", DECREE.encode()).meta
    assert meta.title == "防范和处置非法集资条例"
    assert meta.doc_number == "中华人民共和国国务院令第737号"
    assert meta.issuer == "国务院"
    assert meta.date == "2021-01-26"
    assert meta.jurisdiction == "国家"


def test_a_level_of_government_is_no_place():
    assert (
        jurisdiction_of("防范和处置非法集资条例", DECREE.split("防范和处置非法集资条例\n", 2)[-1]) != "直辖市"
    )


def test_a_closing_line_signing_with_a_note_after_it():
    meta = parse_bytes("jiaxing.txt", JIAXING.encode()).meta
    assert meta.issuer == "嘉兴市发展和改革委员会"
    assert meta.date == "2026-03-31"


def test_a_pages_record_kept_as_label_and_value_cells():
    doc = parse_bytes("reprint.html", REPRINT.encode())
    assert doc.meta.published == "2022-11-16"
    assert not any("发布日期" in t.quote for t in doc.tasks)


def test_figures_counted_in_pieces_lots_and_machines_are_targets():
    found = find_targets("每百万人口年发明专利授权量达350件，全年签约项目120宗，新建充电桩3000台。")
    assert [(t.value_text, t.unit) for t in found] == [("350", "件"), ("120", "宗"), ("3000", "台")]


def test_a_party_committees_body_answers_to_its_short_name():
    directory = UnitDirectory()
    directory.add("市委政法委", "广州市")
    directory.add("省委组织部", "浙江省")
    assert directory.resolve("政法委", jurisdiction="广州市") == ["市委政法委"]
    assert directory.resolve("组织部", jurisdiction="浙江省") == ["省委组织部"]
    assert directory.resolve("委员会", jurisdiction="广州市") == []


def test_a_step_due_within_a_time_binds_the_body_opening_it():
    from corpus.duties import find_inline_duties

    found = find_inline_duties(
        "2.审核。区残联自接收到初审意见之日起，应在3个工作日内完成审核。审核应对残疾状况进行核查。"
    )
    assert [d.lead_units for d in found] == [("区残联",)]
    assert (
        find_inline_duties("省级人民政府应根据需要，比照国家粮食应急工作指挥部成立相应的应急工作指挥部。")
        == []
    )


def test_the_body_after_you_acts_the_body_after_jing_only_steps_before():
    from corpus.duties import find_inline_duties

    numbering = find_inline_duties(
        "长者饭堂统一命名，由区民政部门进行编号管理，在室外醒目位置悬挂标识。", article=True
    )
    assert [d.lead_units for d in numbering] == [("区民政部门",)]
    review = "申报省级开发区，经省商务主管部门会同省发展改革等部门进行论证、审查后，报省人民政府审批。"
    assert all(d.convention != "acting_body" for d in find_inline_duties(review, article=True))
    registration = (
        "根据办园性质，分别由机构编制部门和民政部门依法办理事业单位法人登记或民办非企业单位法人登记。"
    )
    assert [d.lead_units for d in find_inline_duties(registration)] == [("机构编制部门和民政部门",)]


def test_each_body_after_you_in_an_article_acts_in_its_own_sentence():
    doc = parse_bytes("decree.txt", DECREE.encode())
    records = [t for t in doc.tasks if t.section.endswith("第二十七条") and t.kind == "inline_duty"]
    assert [t.lead_units for t in records] == [("市场监督管理部门",), ("电信主管部门",)]


def test_a_procedures_steps_labelled_by_the_body_doing_them():
    text = """广州市就业见习基地管理办法
附件
一、认定机构
（一）初核机构：广州市高校毕业生就业指导中心（以下简称市高指中心）；
（二）复核机构：中国南方人才市场管理委员会办公室（以下简称南方人才市场管委办）。
"""
    doc = parse_bytes("trainees.txt", text.encode())
    steps = {t.title: t.lead_units for t in doc.tasks if t.kind == "item" and t.label.startswith("(")}
    assert steps["初核机构"] == ("广州市高校毕业生就业指导中心",)
    assert steps["复核机构"] == ("中国南方人才市场管理委员会办公室",)


def test_energy_output_targets_keep_their_physical_units():
    text = "全年能源工业增加值增长3%。煤炭5.3亿吨,增长4%;发电量1716亿千瓦时,增长9%;天然气产量420亿立方米。"
    found = {(t.value_text, t.unit) for t in find_targets(text)}
    assert {("5.3", "亿吨"), ("1716", "亿千瓦时"), ("420", "亿立方米")} <= found


def test_a_signature_dated_in_words_with_the_letter_o_for_zero_dates_the_document():
    text = "某自治区人民政府关于加快国有粮食企业改革有关问题的通知\n一、积极筹措资金\n各地要抓好落实。\n某自治区人民政府\n二ＯＯ六年三月十四日\n"
    assert parse_bytes("notice.txt", text.encode()).meta.date == "2006-03-14"
