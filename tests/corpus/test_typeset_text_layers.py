"""Text layers of typeset documents saved as text, read right: characters a justified line spread apart, full stops
printed as ".", item numbers printed in the margin on lines of their own, page numbers, a title and a 文号 broken over
lines, full-width digits. Excerpts of a real provincial plan's text layer (贵州省培育壮大市场主体行动方案, 黔府发〔2022〕8号)
and real titles (广州 就业见习基地管理办法, 贵州 农村支付服务方案, 温州 OPC 若干举措), the real pipeline."""

from __future__ import annotations

from corpus.layout import Line
from corpus.meta import extract_meta
from corpus.pipeline import parse_bytes
from corpus.reflow import close_up, is_spread, margin_numbers, set_typeset_right
from corpus.structure import starts_numbered_item

GUIZHOU = """   贵州省人民政府文件
               黔府发 〔
                   ２０２２〕８ 号

 省人民政府关于印发贵州省培育壮大市场主体
      行动方案 (
           ２０２２—２０２５ 年 ) 的通知

                          ２０２２ 年 ４ 月 ２０ 日
   一、发展目标
   市 场 主 体 总 量 大 提 升.到 ２０２５ 年,全 省 市 场 主 体 总 量 突 破 ５５０ 万 户、年 均 增 长 １０％ 以 上.
   二、重点任务
   (一)实施大型骨干企业培育壮大行动
   １
   做大做 强 龙 头 企 业.实 施 旗 舰 引 领 工 程,培 育 壮 大 一 批 龙 头 企 业. (牵头单位:省工业和信息化厅、省国资委)
   ２
   大力培育上市企业.实施企业上市高质量发展三年行动,积极推动符合条件的企业在京沪深证券交易所和境外上市. (牵头单位:省
地方金融监管局、贵州证监局、省财政厅)企业上市过程中,因改制办理土地、房屋等固定资产划转时,符合条件的按照国家有关企业改制重组税收优惠政策执行.(牵头单位:省税务局)
                                        — ４ —
   (二)实施规上企业培育壮大行动
推动中 小 企 业 提 质 发 展.深 入 实 施 “千 企 改 造” 工 程 和
３
“万企融合”大赋能行动,推动中小企业数字化转型. (牵头单位:省工业和信息化厅)
   三、要素保障
  ４
   强化 用 地 保 障.探 索 推 进 “标 准 地” 及 混 合 用 地 使 用,到 ２０２５ 年 新 增 建 设 用 地 ５０ 宗. (牵头单位:省自然资源厅)
"""


def test_spread_characters_are_closed_up_only_where_the_layout_spread_them():
    lines = GUIZHOU.split("\n")
    assert is_spread(lines)
    assert close_up("推动中 小 企 业 提 质 发 展") == "推动中小企业提质发展"
    assert close_up("到 ２０２５ 年 新 增") == "到２０２５年新增"
    # A table cell listing two units with a space is no justified layout: left as it is.
    assert not is_spread(["市商务局 市发改委", "市财政局 市工信局"])
    assert set_typeset_right(["市商务局 市发改委"]) == ["市商务局 市发改委"]


def test_margin_numbers_go_back_to_the_item_they_number():
    lines = [
        "(二)实施规上企业培育壮大行动",
        "推动中小企业提质发展。深入实施工程和",
        "1",
        "“万企融合”行动。",
        "（牵头单位：省工业和信息化厅）",
        "2",
        "强化用地保障。",
        "3",
        "完善服务体系。",
    ]
    out = margin_numbers(lines, starts_numbered_item)
    assert out[1].startswith("1.推动中小企业提质发展")  # printed after the item's first line
    assert "2.强化用地保障。" in out and "3.完善服务体系。" in out
    # Numbers that do not count up one by one (page numbers, 序号 of a table) are left alone.
    assert margin_numbers(["甲", "7", "乙", "3"], starts_numbered_item) == ["甲", "7", "乙", "3"]


def test_a_typeset_plan_is_read_item_by_item_with_its_brackets():
    doc = parse_bytes("guizhou.md", GUIZHOU.encode())
    items = {t.title: t for t in doc.tasks if t.kind == "item"}
    assert {"做大做强龙头企业", "大力培育上市企业", "推动中小企业提质发展", "强化用地保障"} <= set(items)
    assert items["强化用地保障"].section == "三/4"  # "三、要素保障" is a heading, not "三要…"
    listed = items["大力培育上市企业"]
    assert "省地方金融监管局" in listed.units  # a bracket broken over lines is read whole
    assert not any(u.startswith(("省发展改", "动领导")) for t in doc.tasks for u in t.units)
    taxes = next(t for t in doc.tasks if t.kind == "inline_duty" and t.lead_units == ("省税务局",))
    assert taxes.section == listed.section
    assert "— ４ —" not in doc.text  # the page number is no part of the text


def test_a_title_and_a_doc_number_printed_over_lines_are_read_whole():
    doc = parse_bytes("guizhou.md", GUIZHOU.encode())
    assert doc.meta.title == "省人民政府关于印发贵州省培育壮大市场主体行动方案(２０２２—２０２５年)的通知"
    assert doc.meta.doc_number == "黔府发〔２０２２〕８号"
    assert doc.meta.date == "2022-04-20"


def _meta(*lines: str):
    return extract_meta([Line(text=t, start=0, end=len(t)) for t in lines], {})


def test_titles_printed_over_two_lines_or_under_a_site_note():
    two_lines = _meta(
        "广州市人力资源和社会保障局广州市财政局关于印发广州市就业见习", "基地管理办法的通知", "各有关单位："
    )
    assert two_lines.title == "广州市人力资源和社会保障局广州市财政局关于印发广州市就业见习基地管理办法的通知"
    placed = _meta("贵州省农村支付服务提质增效", "助力乡村振兴行动方案(2026-2028年)", "为深入贯彻…")
    assert placed.title == "贵州省农村支付服务提质增效助力乡村振兴行动方案(2026-2028年)"
    assert placed.jurisdiction == "贵州省"
    noted = _meta("（转载）广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知")
    assert noted.title == "广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知"
    measures = _meta(
        "关于加快打造人工智能OPC创业高地的若干举措", "为构建人工智能OPC创业新生态，特制定以下举措。"
    )
    assert measures.title == "关于加快打造人工智能OPC创业高地的若干举措"  # 举措 is a document's kind


def test_a_bracket_a_page_break_pushed_onto_its_own_line_closes_the_sentence_before():
    from corpus.reflow import reflow

    lines = [
        "15. 强化用地保障。开展闲置低效资产盘活专项行动,大力盘活工业园区闲置厂房。",
        "(牵头单位:省工业和信息化厅、省发展改革委)",
        "16. 强化能源保障。深化电力市场化改革。(牵头单位:省能源局)",
    ]
    out = reflow(lines, starts_numbered_item)
    assert out[0].endswith("闲置厂房。(牵头单位:省工业和信息化厅、省发展改革委)")
    assert out[1].startswith("16.")
