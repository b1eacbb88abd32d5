"""The three document kinds: from fields to a finished DOCX, and a clear error for what is missing."""

from __future__ import annotations

import datetime as dt

import pytest
from docx.shared import Mm

from drafting.basis import display_quote, typographic
from drafting.errors import InvalidField, MissingField
from drafting.kinds import KINDS, draft_document
from drafting.reminder import ReminderForm
from tests.drafting.docx_facts import body_text, footer_xml, open_docx, paragraph_fonts


def _draft(kind, fields, documents):
    draft = draft_document(kind, fields, documents)
    return draft, open_docx(draft.content)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_is_an_a4_official_document_with_title_page_numbers_and_verbatim_basis(
    kind, corpus_documents
):
    draft, document = _draft(kind, KINDS[kind].example, corpus_documents)
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.1) and abs(section.top_margin - Mm(37)) < Mm(0.1)
    title_paragraphs = [p for p in document.paragraphs if paragraph_fonts(p) == {"方正小标宋简体"}]
    assert "".join(p.text for p in title_paragraphs) == draft.title
    assert "PAGE" in footer_xml(document)
    text = body_text(document)
    by_id = {d.doc_id: d for d in corpus_documents}
    assert draft.basis.clauses
    for clause in draft.basis.clauses:
        assert by_id[clause.doc_id].text[clause.start : clause.end] == clause.quote
        assert f"“{display_quote(clause.quote)}”" in text
        assert f"《{typographic(clause.doc_title)}》" in text
    assert "XX" not in text and "{" not in text


def test_plan_shows_every_required_point_and_whom_to_meet(corpus_documents):
    fields = KINDS["plan"].example
    _, document = _draft("plan", fields, corpus_documents)
    text = body_text(document)
    for heading in (
        "合作内容",
        "项目建设内容",
        "投资规模",
        "合作模式",
        "要素供给情况",
        "对接安排",
        "政策依据",
    ):
        assert any(p.text.endswith(f"、{heading}") for p in document.paragraphs), heading
    for key in ("cooperation", "construction", "investment", "cooperation_mode", "factor_supply"):
        assert fields[key] in text
    assert "董事长李建华、副总裁（分管投资发展）周敏。" in text
    assert "1. 12月8日上午，赴企业总部座谈" in text
    assert "该项工作由州商务局牵头" in text
    assert "我局拟赴深圳某新能源电池材料股份有限公司" in text
    assert "湘西自治州商务局\n2026年11月23日" in text


def test_visit_report_lists_delegation_companies_talks_and_projects_in_a_table(corpus_documents):
    fields = KINDS["visit-report"].example
    draft, document = _draft("visit-report", fields, corpus_documents)
    text = body_text(document)
    assert draft.title == "关于赴广东省深圳市、东莞市开展招商考察的报告"
    assert text.replace("\n", "").startswith(draft.title)
    assert "2026年11月10日至13日，州商务局局长彭志刚率州工信局副局长石红梅、" in text
    assert "一行4人赴广东省深圳市、东莞市开展招商考察，走访企业3家" in text
    assert "州人民政府：" in text
    assert "（一）深圳某电子科技有限公司。该企业主营智能终端结构件" in text
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "序号",
        "项目名称",
        "投资方",
        "投资规模",
        "进展情况",
        "下一步工作",
    ]
    assert table.rows[2].cells[1].text == "精密五金配件生产线项目"
    assert "及时形成外出招商考察报告" in text


def test_reminder_states_the_lag_the_deadline_and_whom_to_call(corpus_documents):
    _, document = _draft("reminder", KINDS["reminder"].example, corpus_documents)
    text = body_text(document)
    assert "泸溪县人民政府：" in text
    assert "于2025年6月18日签约" in text
    assert "未按计划开工建设，资金到位率仅为30%，项目资金未按约定到位" in text
    assert "未按投资协议约定履约" not in text
    assert "请于2026年12月10日前将整改落实情况及下一步工作安排书面反馈我局。" in text
    assert "联系人：向明，联系电话：0743-8221234。" in text
    # The project has 履约ed: the clause on 未履约项目 is no basis for this letter.
    assert "未履约项目" not in text


@pytest.mark.parametrize(
    ("kind", "key", "label"),
    [
        ("plan", "investment", "投资规模"),
        ("plan", "decision_makers", "对接决策人"),
        ("plan", "schedule", "行程安排"),
        ("plan", "factor_supply", "要素供给情况"),
        ("visit-report", "destination", "考察地点"),
        ("visit-report", "companies_visited", "走访企业"),
        ("visit-report", "follow_up", "下一步工作措施"),
        ("reminder", "project_name", "项目名称"),
        ("reminder", "signing_date", "签约时间"),
        ("reminder", "lagging", "滞后环节"),
        ("reminder", "contact_phone", "联系电话"),
    ],
)
def test_a_missing_required_field_is_named_in_chinese(kind, key, label, corpus_documents):
    fields = dict(KINDS[kind].example)
    del fields[key]
    with pytest.raises(MissingField) as caught:
        draft_document(kind, fields, corpus_documents)
    assert caught.value.field == label
    assert caught.value.message == f"缺少必填项：{label}"


def test_blank_values_count_as_missing():
    fields = dict(KINDS["plan"].example, investment="   ")
    with pytest.raises(MissingField, match="投资规模"):
        KINDS["plan"].read_form(fields)


def test_fields_may_be_given_under_their_chinese_names(corpus_documents):
    fields = {
        "主送单位": "凤凰县人民政府",
        "项目名称": "猕猴桃精深加工项目",
        "签约时间": "2025年3月2日",
        "滞后环节": "履约、资金到位",
        "反馈期限": "2026/12/1",
        "联系人": "田丽",
        "联系电话": "0743-1234567",
        "发函单位": "湘西自治州商务局",
        "发函日期": "2026-11-23",
    }
    form = KINDS["reminder"].read_form(fields)
    assert form.lagging == ("履约", "资金到位")
    assert form.signing_date == dt.date(2025, 3, 2)


def test_an_unreadable_date_or_unknown_lag_stage_is_a_clear_error():
    fields = dict(KINDS["reminder"].example, signing_date="去年夏天")
    with pytest.raises(InvalidField, match="签约时间"):
        KINDS["reminder"].read_form(fields)
    with pytest.raises(InvalidField, match="滞后环节"):
        KINDS["reminder"].read_form(dict(KINDS["reminder"].example, lagging=["环评"]))


def test_typed_forms_validate_when_built_directly():
    with pytest.raises(MissingField, match="主送单位"):
        ReminderForm(
            addressee="",
            project_name="项目",
            signing_date=dt.date(2025, 1, 1),
            lagging=("开工",),
            reply_deadline=dt.date(2026, 12, 1),
            contact_person="甲",
            contact_phone="0743-1234567",
            issuer="局",
            date=dt.date(2026, 11, 1),
        )


def test_every_missing_field_is_named_at_once_including_those_inside_lists():
    with pytest.raises(MissingField) as caught:
        KINDS["plan"].read_form({"target_company": "某公司", "decision_makers": [{"position": "董事长"}]})
    assert {"对接决策人的姓名", "行程安排", "产业链", "发文机关"} <= set(caught.value.fields)
    assert "合作内容" in caught.value.message and "要素供给情况" in caught.value.message
