"""The 政策依据: verbatim, whole-sentence clauses from the task that calls for the document, with its units."""

from __future__ import annotations

import dataclasses
import datetime as dt

from assistant.answer import Answer, Citation
from corpus.model import DocumentMeta, PolicyDocument
from drafting import plan, reminder, visit_report
from drafting.basis import basis_notes, basis_paragraphs, display_quote, policy_basis


def _assert_verbatim(basis, documents):
    by_id = {d.doc_id: d for d in documents}
    assert basis.clauses
    for clause in basis.clauses:
        text = by_id[clause.doc_id].text
        assert text[clause.start : clause.end] == clause.quote
        # whole sentences: the quote ends a sentence and starts right after one (or a heading)
        assert clause.quote[-1] in "。；;！？!?"
        assert (
            clause.start == 0 or text[clause.start - 1] in "。；;！？!?\n" or text[clause.start - 1].isspace()
        )


def test_plan_basis_quotes_the_clause_that_calls_for_one_to_one_plans(corpus_documents, xiangxi):
    basis = policy_basis(plan.TOPIC, corpus_documents)
    _assert_verbatim(basis, corpus_documents)
    first = basis.clauses[0]
    assert first.doc_id == xiangxi.doc_id
    assert first.section.endswith("(七)")
    assert "“一对一”编制上门招商计划书" in first.quote
    assert "明确合作内容、项目建设内容、投资规模、合作模式、要素供给情况" in first.quote
    assert first.lead_units == ("州商务局",)
    assert "10条优势产业链建设牵头单位" in first.units


def test_reminder_basis_quotes_the_clause_on_project_reminder_letters(corpus_documents, xiangxi):
    basis = policy_basis(reminder.TOPIC, corpus_documents)
    _assert_verbatim(basis, corpus_documents)
    first = basis.clauses[0]
    assert first.section.endswith("(十二)")
    assert "发送“项目推进提醒函”" in first.quote
    assert first.units[:2] == ("州商务局", "州发改委")


def test_visit_report_basis_quotes_the_clause_on_outbound_investment_visits(corpus_documents):
    basis = policy_basis(visit_report.TOPIC, corpus_documents)
    _assert_verbatim(basis, corpus_documents)
    first = basis.clauses[0]
    assert first.section.endswith("(六)")
    assert "及时形成外出招商考察报告" in first.quote
    assert "州财政局" in first.units


def test_basis_paragraph_names_the_document_in_title_marks_and_quotes_in_quotation_marks(corpus_documents):
    basis = policy_basis(reminder.TOPIC, corpus_documents)
    text = basis_paragraphs(basis)[0]
    clause = basis.clauses[0]
    assert text.startswith(
        "《湘西自治州优势产业精准招商行动计划（2023—2025年）》在“（十二）持续优化投资环境”中明确："
    )
    # The words stay verbatim; the web source's half-width commas and nested quotes become typographic.
    assert (
        "“定期召开优化投资环境点评推进大会，对未履约项目所在县市、园区和有关单位发送‘项目推进提醒函’。”"
        in text
    )
    assert display_quote(clause.quote).replace("，", ",").replace("‘", "“").replace("’", "”") == clause.quote
    assert "该项工作由州商务局牵头" in text


def test_documents_without_task_records_are_searched_sentence_by_sentence(xiangxi):
    plain = PolicyDocument("plain", "plain.txt", DocumentMeta(title="某市招商引资工作方案"), xiangxi.text)
    basis = policy_basis(reminder.TOPIC, [plain])
    _assert_verbatim(basis, [plain])
    assert basis.source == "text"
    assert "项目推进提醒函" in basis.clauses[0].quote
    assert basis.clauses[0].units == ()


def test_without_any_relevant_clause_the_basis_is_empty_and_says_so():
    unrelated = PolicyDocument("x", "x.txt", DocumentMeta(title="某某通知"), "请各单位做好节日值班工作。")
    basis = policy_basis(plan.TOPIC, [unrelated])
    assert basis.clauses == () and basis.source == "none"
    # No placeholder sentence in the document: the paragraph is left out, and the notes say so.
    assert basis_paragraphs(basis) == []
    assert "正文已略去政策依据段落" in basis_notes(basis, "", dt.date(2026, 11, 23))[0]


def test_assistant_citations_are_used_when_they_point_at_real_text(corpus_documents, xiangxi):
    sentence = "定期召开优化投资环境点评推进大会,对未履约项目所在县市、园区和有关单位发送“项目推进提醒函”。"
    start = xiangxi.text.index(sentence)
    asked = []

    def ask(question: str) -> Answer:
        asked.append(question)
        # offsets deliberately stale: the quote must be re-located in the document's text
        citation = Citation(
            xiangxi.doc_id, xiangxi.title, "三/(十二)", sentence, start + 5, start + 5 + len(sentence)
        )
        return Answer(question=question, answer="…", abstained=False, citations=(citation,))

    basis = policy_basis(reminder.TOPIC, corpus_documents, ask=ask)
    assert asked and "项目推进提醒函" in asked[0]
    assert basis.source == "assistant"
    assert basis.clauses[0].start == start and basis.clauses[0].quote == sentence
    assert basis.clauses[0].lead_units == ("州商务局",)


def test_an_abstaining_or_unverifiable_assistant_falls_back_to_task_records(corpus_documents):
    def ask(question: str) -> Answer:
        bogus = Citation("000_43f5855859a223cb", "t", "s", "文件中并不存在的一句话。", 0, 12)
        return Answer(question=question, answer="…", abstained=False, citations=(bogus,))

    basis = policy_basis(plan.TOPIC, corpus_documents, ask=ask)
    assert basis.source in {"tasks", "text"}
    assert "上门招商计划书" in basis.clauses[0].quote
    abstaining = policy_basis(plan.TOPIC, corpus_documents, ask=lambda q: Answer(q, "", True))
    assert dataclasses.replace(abstaining, source="x").clauses == basis.clauses


def _city_doc(doc_id: str, jurisdiction: str, text: str) -> PolicyDocument:
    return PolicyDocument(
        doc_id,
        f"{doc_id}.txt",
        DocumentMeta(title=f"{jurisdiction}招商引资工作方案", jurisdiction=jurisdiction),
        text,
    )


def test_an_issuer_of_a_jurisdiction_in_the_corpus_is_given_its_own_documents_only(xiangxi):
    changsha = _city_doc(
        "cs", "长沙市", "一、工作要求\n对签约项目的履约率、开工率和资金到位率进行专项调度和督查。\n"
    )
    xianning = _city_doc("xn", "咸宁市", "一、工作要求\n做好节日值班工作。\n")
    documents = [xiangxi, changsha, xianning]
    own = policy_basis(reminder.TOPIC, documents, prefer="长沙市商务局")
    assert [c.doc_id for c in own.clauses] == ["cs"]
    assert own.clauses[0].quote == "对签约项目的履约率、开工率和资金到位率进行专项调度和督查。"
    # 咸宁 is in the corpus but says nothing on the topic: no borrowing of 湘西's plan for a 咸宁 letter
    assert policy_basis(reminder.TOPIC, documents, prefer="咸宁市商务局").clauses == ()
    # a county of 湘西 has no documents of its own here: every document competes and 湘西's plan wins
    county = policy_basis(reminder.TOPIC, documents, prefer="泸溪县商务局")
    assert county.clauses[0].doc_id == xiangxi.doc_id


def _clause_with(basis, units, leads):
    from drafting.basis import BasisClause

    return BasisClause("d", "某市招商引资条例", "第五条", "市商务主管部门负责全市招商引资工作。", 0, 18,
                       units=units, lead_units=leads, lead_basis=basis)  # fmt: skip


def test_the_basis_says_lead_only_where_the_document_states_one():
    from corpus.model import LeadBasis
    from drafting.basis import PolicyBasis

    def sentence(clause):
        return basis_paragraphs(PolicyBasis("招商", (clause,), "tasks"))[0]

    sole = _clause_with(LeadBasis.SINGLE_UNIT, ("市商务主管部门",), ("市商务主管部门",))
    assert sentence(sole).endswith("该项工作由市商务主管部门负责。") and "牵头" not in sentence(sole)
    listed = _clause_with(LeadBasis.FIRST_LISTED, ("市商务局", "市财政局"), ("市商务局",))
    assert sentence(listed).endswith("责任单位为市商务局、市财政局。") and "牵头" not in sentence(listed)
    convened = _clause_with(LeadBasis.CONVENES, ("市商务局", "市财政局"), ("市商务局",))
    assert sentence(convened).endswith("该项工作由市商务局会同市财政局负责。")
    stated = _clause_with(LeadBasis.DOCUMENT_RULE, ("市商务局", "市财政局"), ("市商务局",))
    assert sentence(stated).endswith("该项工作由市商务局牵头，市财政局负责。")
