"""Facts read from the five shipped documents, checked against what the documents actually say."""

from __future__ import annotations

import pytest

from corpus.model import PolicyDocument, Task


def task(doc: PolicyDocument, section_suffix: str, kind: str = "") -> Task:
    found = [t for t in doc.tasks if t.section.endswith(section_suffix) and (not kind or t.kind == kind)]
    assert found, f"no task {section_suffix} in {doc.doc_id}"
    return found[0]


def test_every_citation_offset_points_at_its_quote(shipped_docs):
    for doc in shipped_docs.values():
        for t in doc.tasks:
            assert doc.text[t.start : t.end] == t.quote
            for target in t.targets:
                assert doc.text[target.start : target.end] == target.quote
                assert target.value_text in target.quote
        for s in doc.sections:
            assert 0 <= s.start <= s.end <= len(doc.text)


def test_metadata_is_read_from_each_documents_own_text(
    shipped_docs, xiangxi, xianning, yongzhou, changsha_opinions
):
    assert xiangxi.meta.title == "湘西自治州优势产业精准招商行动计划(2023-2025年)"
    assert xiangxi.meta.issuer == "湘西自治州人民政府办公室"
    assert xiangxi.meta.date == "2022-12-26"
    assert xiangxi.meta.validity == "有效期至2025年12月"
    assert changsha_opinions.meta.doc_number == "长政发〔2017〕30号"
    assert changsha_opinions.meta.date == "2017-12-20"
    assert changsha_opinions.meta.issuer == "长沙市人民政府"
    assert xianning.meta.issuer == "咸宁市招商引资工作领导小组办公室"
    assert xianning.meta.title.startswith("2021年全市招商引资工作方案")
    assert yongzhou.meta.title == "企业服务年强化大抓招商行动责任清单"
    jurisdictions = sorted(d.meta.jurisdiction for d in shipped_docs.values())
    assert jurisdictions == ["咸宁市", "永州市", "湘西州", "长沙市", "长沙市"]


def test_page_furniture_and_spam_are_cleaned_away_but_policy_text_stays(
    shipped_docs, xianning, changsha_opinions
):
    for doc in shipped_docs.values():
        for junk in (
            "我要举报",
            "回顶部",
            "网站首页",
            "365体育",
            "????",
            "登录后发表评论",
            "您当前",
        ):
            assert junk not in doc.text, (doc.doc_id, junk)
        # The page's 索引号 table is kept as quotable 文件信息 lines above the body, never as body text.
        info = doc.section("文件信息")
        body = doc.text[info.end :] if info else doc.text
        assert "索引号" not in body, doc.doc_id
    assert "(十九)优化营商环境" in xianning.text
    assert "长政发〔2017〕30号" in changsha_opinions.text
    assert changsha_opinions.text.count("长沙市人民政府关于强力推进招商引资工作的若干意见") == 1


XIANGXI_UNITS = {
    "(三)": [
        "州商务局",
        "州发改委",
        "州工信局",
        "州农业农村局",
        "州文旅广电局",
        "各县市人民政府",
        "各省级园区管委会",
    ],
    "(四)": ["州商务局", "州工商联", "州侨联", "州贸促会", "各县市人民政府", "各省级园区管委会"],
    "(五)": ["州商务局", "州工商联", "州政府驻外机构", "各县市人民政府", "各省级园区管委会"],
    "(七)": ["州商务局", "10条优势产业链建设牵头单位", "各县市人民政府", "各省级园区管委会"],
    "(八)": [
        "州商务局",
        "州发改委",
        "州科技局",
        "州交通运输局",
        "湘西海关",
        "州工信局",
        "各县市人民政府",
        "各省级园区管委会",
    ],
    "(九)": [
        "州政府办",
        "州发改委",
        "州商务局",
        "州税务局",
        "州司法局",
        "州财政局",
        "州审计局",
        "各县市人民政府",
        "各省级园区管委会",
    ],
    "(十)": [
        "州商务局",
        "州科技局",
        "州人社局",
        "州工信局",
        "人民银行湘西州中心支行",
        "州政府金融办",
        "州自然资源和规划局",
    ],
    "(十一)": ["州人社局", "州商务局", "州科技局"],
    "(十三)": [
        "州政府办",
        "州商务局",
        "州发改委",
        "州工信局",
        "州司法局",
        "州财政局",
        "州自然资源和规划局",
        "州生态环境局",
        "州审计局",
        "州税务局",
    ],
}


@pytest.mark.parametrize("label", list(XIANGXI_UNITS))
def test_xiangxi_items_keep_their_units_verbatim_and_in_order(xiangxi, label):
    t = task(xiangxi, "/" + label)
    assert list(t.units) == XIANGXI_UNITS[label]
    assert t.lead_units == (XIANGXI_UNITS[label][0],)
    assert t.lead_basis == "document_rule"
    assert list(t.cooperating_units) == XIANGXI_UNITS[label][1:]


def test_first_listed_unit_leads_when_the_document_says_so(xiangxi):
    t = task(xiangxi, "/(三)")
    assert t.section == "二/(三)"
    assert t.title == "精准开发招商项目"
    assert t.lead_units == ("州商务局",)
    assert "列第一的为牵头单位" in t.quote
    labels = [t.label for t in xiangxi.tasks if t.units and t.kind == "item"]
    assert labels == [
        "(三)",
        "(四)",
        "(五)",
        "(六)",
        "(七)",
        "(八)",
        "(九)",
        "(十)",
        "(十一)",
        "(十二)",
        "(十三)",
    ]


def test_closing_sentence_is_not_part_of_the_last_item(xiangxi):
    assert "有效期至" not in task(xiangxi, "/(十三)").quote


def test_xiangxi_overall_targets_carry_value_unit_comparator_and_year(xiangxi):
    goals = task(xiangxi, "/(二)")
    fdi = next(t for t in goals.targets if "外商直接投资" in t.metric)
    assert (fdi.value, fdi.value_text, fdi.unit, fdi.comparator, fdi.year) == (
        3000,
        "3000",
        "万美元",
        "超过",
        2025,
    )
    assert fdi.metric == "实际使用外商直接投资金额"
    domestic = next(t for t in goals.targets if "省外境内资金" in t.metric)
    assert (domestic.value, domestic.unit, domestic.year) == (340, "亿元", 2025)
    share = next(t for t in goals.targets if "占比" in t.metric)
    assert (share.value, share.unit) == (75, "%")


def test_every_row_of_the_yongzhou_table_has_its_lead(yongzhou):
    rows = [t for t in yongzhou.tasks if t.kind == "table_row"]
    assert [r.label for r in rows] == [f"{n}." for n in range(1, 22)]
    assert all(r.lead_units for r in rows)
    assert all(r.lead_basis == "document_rule" for r in rows)
    leads = {r.title: r.lead_units[0] for r in rows}
    assert leads["绘链精准招商"] == "市商务局"
    assert leads["突出园区主阵地作用"] == "市工信局"
    assert leads["创新投融资模式"] == "市发改委"
    assert leads["提高土地要素配置效率"] == "市自然资源和规划局"
    assert leads["助企降本减负增效"] == "市数据局（营商环境建设局）"
    assert leads["提升专业化招商能力，强化正向激励"] == "市委组织部"


def test_yongzhou_rows_keep_group_and_header_context(yongzhou):
    row = task(yongzhou, "(一)/3")
    assert row.section == "(一)/3"
    assert "（一）建强产业链" in row.quote and "3.突出园区主阵地作用" in row.quote
    assert row.heading_path.endswith("（一）建强产业链")


def test_yongzhou_empty_cell_is_a_vertical_merge_and_repeats_the_units_above(yongzhou):
    above, merged = task(yongzhou, "(三)/7"), task(yongzhou, "(三)/8")
    assert merged.title == "开展季度互访"
    assert merged.lead_units == above.lead_units == ("市商务局",)


def test_yongzhou_rule_for_all_following_items_adds_implied_units(yongzhou):
    first, second = task(yongzhou, "(一)/1"), task(yongzhou, "(一)/2")
    assert "县市区党委和政府" in second.cooperating_units and "管理区" in second.cooperating_units
    assert "管理区" not in first.units
    assert "各县市区党委、政府" in first.units
    for t in (first, second):
        assert all(unit in yongzhou.text for unit in t.units)


def test_yongzhou_overall_target_has_value_and_unit(yongzhou):
    goals = next(t for t in yongzhou.tasks if t.label == "总体目标")
    fdi = next(t for t in goals.targets if "外资" in t.metric and t.unit == "万美元")
    assert (fdi.value, fdi.unit, fdi.comparator, fdi.scope) == (3500, "万美元", "完成", "全市")


def test_xianning_items_with_broken_parentheses_still_get_their_units(xianning):
    expected = {
        "(八)": ["市委外办", "市工商联", "市招商和投资促进局", "咸宁高新区", "各县市区政府"],
        "(九)": [
            "市财政局",
            "市地方金融局",
            "市招商和投资促进局",
            "市人行",
            "市城发集团",
            "市直各金融机构",
            "咸宁高新区",
            "各县市区政府",
        ],
        "(十一)": ["招商和投资促进局", "咸宁高新区", "各县市区政府"],
        "(十四)": ["市招商和投资促进局", "咸宁高新区", "各县市区政府"],
        "(二十)": [
            "市纪委监委",
            "市委组织部",
            "市委编办",
            "市招商和投资促进局",
            "咸宁高新区",
            "各县市区政府",
        ],
    }
    for label, units in expected.items():
        assert list(task(xianning, "/" + label).units) == units, label


def test_xianning_states_no_lead_rule_so_the_lead_is_marked_as_first_listed(xianning):
    t = task(xianning, "/(八)")
    assert t.lead_units == ("市委外办",)
    assert t.lead_basis == "first_listed"


def test_xianning_lost_opening_bracket_is_still_a_numbered_item(xianning):
    first = task(xianning, "一/(一)")
    assert first.title == "2021年全市招商引资工作目标"
    total = next(t for t in first.targets if "到位资金" in t.metric)
    assert (total.value, total.unit, total.year) == (1000, "亿元", 2021)


def test_changsha_inline_lead_duties_are_found(changsha_plans, changsha_opinions):
    duties = {t.title: t for t in changsha_plans.tasks if t.kind == "inline_duty"}
    assert duties["世界500强企业的引进工作"].lead_units == ("市商务局",)
    assert duties["中国500强企业的引进工作"].lead_units == ("市国资委",)
    assert duties["民营500强企业的引进工作"].lead_units == ("市工商联",)
    for t in duties.values():
        assert changsha_plans.text[t.start : t.end] == t.quote
    opinions = [t for t in changsha_opinions.tasks if t.kind == "inline_duty"]
    assert any(t.lead_units == ("市招商引资领导小组",) and "考核评价" in t.title for t in opinions)


def test_changsha_compilation_keeps_its_three_plans_apart(changsha_plans):
    parts = {t.section.split("/")[0] for t in changsha_plans.tasks}
    assert parts == {"长沙市对外贸易行动方案", "长沙市企业“走出去”行动方案", "长沙市招商引资行动方案"}
    catalogue = task(changsha_plans, "长沙市招商引资行动方案/三/(一)/1")
    assert catalogue.lead_units == ("市商务局",)
    assert "市发改委" in catalogue.cooperating_units


def test_changsha_trade_target_for_2021(changsha_plans):
    goals = task(changsha_plans, "长沙市对外贸易行动方案/二")
    total = goals.targets[0]
    assert (total.value, total.unit, total.comparator, total.year) == (300, "亿美元", "力争达到", 2021)


def test_an_inline_duty_keeps_its_following_clauses_until_the_next_units_duty(changsha_plans):
    duties = [t for t in changsha_plans.tasks if t.kind == "inline_duty" and t.section.endswith("三/(二)/3")]
    library = next(t for t in duties if t.title == "市级重点招商项目的收集和初审")
    assert library.lead_units == ("市商务局",)
    assert "建立市级重点招商项目库" in library.quote
    world = next(t for t in duties if t.title == "世界500强企业的引进工作")
    assert "市国资委" not in world.quote
