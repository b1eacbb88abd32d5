"""Answers over the shipped corpus: facts from the documents, per-document answers, abstention, exact citations."""

import pytest

from tests.conftest import CHANGSHA_PLANS, XIANGXI, XIANNING, YONGZHOU


def _assert_citations_exact(helper, answer):
    for citation in answer.citations:
        doc = helper.workspace.document(citation.doc_id)
        assert doc.text[citation.start : citation.end] == citation.quote


def test_shangwuju_leads_developing_investment_projects_in_xiangxi(helper):
    answer = helper.ask("谁牵头精准开发招商项目")
    assert not answer.abstained
    assert answer.lead_unit == "州商务局"
    assert "州商务局" in answer.answer
    top = answer.citations[0]
    assert (top.doc_id, top.section) == (XIANGXI, "二/(三)")
    assert "列第一的为牵头单位" in top.quote


def test_industrial_chain_investment_lists_every_responsible_unit(helper):
    answer = helper.ask("湘西那个方案里产业链招商的责任单位有哪些")
    assert answer.findings[0].section == "二/(七)"
    for unit in ("州商务局", "10条优势产业链建设牵头单位", "各县市人民政府", "各省级园区管委会"):
        assert unit in answer.answer
    assert answer.units == ("州商务局", "10条优势产业链建设牵头单位", "各县市人民政府", "各省级园区管委会")


def test_the_2025_foreign_investment_target_is_quoted_with_its_year(helper):
    answer = helper.ask("到2025年外资目标是多少")
    assert "3000万美元" in answer.answer and "2025" in answer.answer
    assert answer.findings[0].doc_id == XIANGXI
    assert any(t.value_text == "3000" and t.unit == "万美元" and t.year == 2025 for t in answer.targets)
    assert any("2025" in c.quote and "3000万美元" in c.quote for c in answer.citations)


def test_yongzhou_and_xiangxi_targets_are_answered_per_document(helper):
    answer = helper.ask("永州和湘西的外资目标分别是")
    values: dict[str, set[str]] = {}
    for finding in answer.findings:
        values.setdefault(finding.doc_id, set()).update(t.value_text for t in finding.targets)
    assert {XIANGXI, YONGZHOU} <= set(values)
    assert "3500" in values[YONGZHOU]
    assert "3000" in values[XIANGXI]
    assert "永州市" in answer.answer and "湘西州" in answer.answer
    assert answer.intent == "compare"


def test_a_target_without_a_year_says_so(helper):
    answer = helper.ask("永州实际使用外资目标是多少")
    assert "3500万美元" in answer.answer
    assert "文件未写明年份" in answer.answer


def test_gongxinju_leads_nothing_in_xiangxi_and_cooperates_on_six_items(helper):
    answer = helper.ask("州工信局要牵头哪些事")
    assert "州工信局在《" in answer.answer and "中没有牵头的任务" in answer.answer
    sections = {f.section for f in answer.findings}
    assert sections == {"二/(三)", "二/(六)", "二/(八)", "三/(十)", "三/(十二)", "三/(十三)"}
    assert {f.doc_id for f in answer.findings} == {XIANGXI}


def test_a_unit_that_leads_is_listed_with_what_it_leads(helper):
    answer = helper.ask("永州市发改委牵头哪些任务")
    # The unit first, then the document it leads in.
    assert answer.answer.startswith("市发改委在《") and "中牵头的任务有" in answer.answer
    for title in ("创新投融资模式", "提高要素协同配置效率", "规范招商引资行为"):
        assert title in answer.answer.split("作为配合单位")[0]


def test_first_listed_lead_is_called_what_it_is(helper):
    answer = helper.ask("咸宁资本招商牵头单位是哪个")
    assert "文件未写明牵头规则，列第一位的是市财政局" in answer.answer
    assert answer.findings[0].doc_id == XIANNING


def test_an_inline_duty_names_its_lead(helper):
    answer = helper.ask("长沙民营500强引进谁牵头")
    assert answer.lead_unit == "市工商联"
    assert answer.findings[0].doc_id == CHANGSHA_PLANS


def test_cooperating_units_follow_up_resolves_against_the_previous_answer(helper):
    first = helper.ask("湘西产业链招商谁牵头")
    follow = helper.ask("那配合单位呢？", history=first)
    assert follow.findings[0].section == first.findings[0].section
    assert "10条优势产业链建设牵头单位" in follow.answer
    assert "配合单位" in follow.answer


@pytest.mark.parametrize(
    "question",
    [
        "杭州的招商引资政策有哪些",
        "湘西招商引资企业所得税税率是多少",
        "永州对光伏产业有什么补贴",
        "湘西2030年的外资目标是多少",
        "咸宁2019年招商引资到位资金目标是多少",
        "深圳市商务局牵头哪些工作",
        "武汉的招商引资目标是多少",
        "上海的招商政策有哪些",
    ],
)
def test_questions_the_corpus_cannot_answer_are_declined(helper, question):
    answer = helper.ask(question)
    assert answer.abstained
    assert answer.answer.startswith("文件中没有找到")
    assert answer.citations == ()


@pytest.mark.parametrize(
    "question",
    [
        "谁牵头精准开发招商项目",
        "永州和湘西的外资目标分别是",
        "州工信局要牵头哪些事",
        "永州深挖存量项目哪些单位负责",
        "长沙招商合伙人制度怎么搞",
        "长沙对外承包工程营业额目标是多少",
    ],
)
def test_every_citation_is_an_exact_slice_of_its_document(helper, question):
    answer = helper.ask(question)
    assert answer.citations
    _assert_citations_exact(helper, answer)


def test_units_a_table_row_inherits_are_backed_by_the_note_that_says_so(helper):
    answer = helper.ask("永州深挖存量项目哪些单位负责")
    assert "市商务局" in answer.answer and "中国人民银行永州市分行" in answer.answer
    assert any("不再单独列出" in c.quote for c in answer.citations)
    _assert_citations_exact(helper, answer)


def test_filters_restrict_the_documents_searched(helper):
    answer = helper.ask("产业链招商谁牵头", jurisdictions=["永州市"])
    assert {f.doc_id for f in answer.findings} == {YONGZHOU}
    answer = helper.ask("产业链招商谁牵头", doc_ids=[XIANGXI])
    assert {f.doc_id for f in answer.findings} == {XIANGXI}


def test_a_question_naming_no_task_asks_which_one(helper):
    answer = helper.ask("湘西谁牵头？")
    assert answer.abstained
    assert "请说明要问的是哪一项工作" in answer.answer


def test_a_filter_that_excludes_the_named_place_declines(helper):
    answer = helper.ask("湘西产业链招商谁牵头", jurisdictions=["永州市"])
    assert answer.abstained and answer.citations == ()


def test_a_year_inside_the_plan_period_without_its_own_target_is_said_plainly(helper):
    # Nothing is set for 2024: a decline, which shows (cited) what the plan does set.
    answer = helper.ask("湘西2024年外资目标是多少")
    assert answer.abstained
    assert answer.answer.startswith("文件中没有找到所问年份的目标")
    assert "3000万美元" in answer.answer and "2024" not in answer.answer
    assert any("3000万美元" in c.quote for c in answer.citations)


def test_a_listing_question_gets_the_items_under_that_heading(helper):
    answer = helper.ask("长沙对外贸易行动方案有哪些保障措施")
    for item in ("强化外贸工作组织领导", "创新外贸金融服务", "完善外贸人才培养机制"):
        assert item in answer.answer
    assert all(c.section.startswith("长沙市对外贸易行动方案/四/") for c in answer.citations)


def test_a_document_named_by_its_title_is_the_one_searched(helper):
    answer = helper.ask("精准招商行动计划里开发项目谁牵头")
    assert answer.lead_unit == "州商务局"
    assert {f.doc_id for f in answer.findings} == {XIANGXI}
    answer = helper.ask("责任清单里外资目标多少")
    assert {f.doc_id for f in answer.findings} == {YONGZHOU}
    assert "3500万美元" in answer.answer


def test_a_title_phrase_that_contradicts_the_place_gives_way_to_the_place(helper):
    answer = helper.ask("永州绘链精准招商谁牵头")
    assert answer.lead_unit == "市商务局"
    assert {f.doc_id for f in answer.findings} == {YONGZHOU}


def test_an_empty_question_asks_for_a_question(helper):
    for text in ("", "？？？"):
        answer = helper.ask(text)
        assert answer.abstained and answer.answer.startswith("请输入要查询的问题")


def test_a_bare_unit_name_lists_that_units_tasks(helper):
    answer = helper.ask("州商务局")
    assert answer.intent == "unit_tasks"
    assert answer.answer.startswith("州商务局在《") and "中牵头的任务有" in answer.answer


def test_a_follow_up_naming_another_place_keeps_the_topic_and_moves_the_documents(helper):
    first = helper.ask("湘西外资目标多少")
    moved = helper.ask("那永州呢？", history=first)
    assert {f.doc_id for f in moved.findings} == {YONGZHOU}
    assert "3500万美元" in moved.answer
