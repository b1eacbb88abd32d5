"""A cadre names a document by what it is about ("稳就业那个意见里", "督查激励里"), not by its title: the
question is answered from that document alone, and the naming words leave the topic."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

EMPLOYMENT = """国务院关于做好当前和今后一个时期促进就业工作的若干意见
国发〔2018〕39号
为做好稳就业工作，现提出如下意见。
一、支持企业稳定发展
（一）加大稳岗支持力度。对不裁员或少裁员的参保企业，可返还其上年度实际缴纳失业保险费的50%。（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）
（二）支持困难企业开展职工在岗培训。困难企业可组织开展职工在岗培训，所需经费按规定列支。（人力资源社会保障部、财政部负责）
国务院
2018年11月16日
"""

INCENTIVES = """国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知
国办发〔2018〕117号
为进一步完善督查激励机制，经国务院同意，现将有关督查激励措施通知如下。
一、对支持企业开展职工在岗培训成效明显的省（区、市），给予就业补助资金倾斜。（财政部、人力资源社会保障部负责）
二、对资源枯竭城市转型成效突出的城市，中央财政予以倾斜支持。（国家发展改革委、财政部会同有关部门负责）
三、加强督查激励结果运用。（国办、财政部负责）
国务院办公厅
2018年12月5日
"""

SPORTS = """国务院办公厅关于加快发展体育竞赛表演产业的指导意见
国办发〔2018〕121号
一、大力发展职业赛事
（一）支持引进国际重大赛事。引进一批国际顶级赛事。（体育总局、北京冬奥组委负责）
（二）支持企业开展职工在岗培训。鼓励体育企业培训职工。（体育总局、人力资源社会保障部负责）
"""


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory, {"jiuye.txt": EMPLOYMENT, "jili.txt": INCENTIVES, "tiyu.txt": SPORTS}
    )


def test_a_document_named_by_its_subject_answers_alone(national):
    # Three documents have an item on 职工在岗培训; "稳就业那个意见" is only the employment one (its text says
    # 稳就业; its title does not).
    q = national.understand("稳就业那个意见里，职工在岗培训谁牵头")
    assert [national.workspace.vocabulary.document(d).title[:8] for d in q.named_docs] == ["国务院关于做好当"]
    assert "稳就业" not in q.topic and "意见" not in q.topic
    answer = national.ask("稳就业那个意见里，职工在岗培训谁牵头")
    assert answer.lead_unit == "人力资源社会保障部"
    assert {c.doc_title for c in answer.citations} == {
        national.workspace.vocabulary.document(q.named_docs[0]).title
    }


def test_a_subject_opening_the_question_names_its_document(national):
    answer = national.ask("督查激励里职工在岗培训那条是哪些部门负责")
    assert not answer.abstained
    assert all("激励" in c.doc_title for c in answer.citations)
    assert answer.units[:2] == ("财政部", "人力资源社会保障部")


def test_words_every_document_shares_name_no_document(national):
    # "国务院的意见" fits two documents equally: nothing is named, and all three are searched.
    q = national.understand("国务院的意见里职工在岗培训谁牵头")
    assert q.named_docs == ()


def test_a_unit_typed_with_a_homophone_is_the_unit_that_sounds_the_same(national):
    q = national.understand("稳就业意见里职工在岗培训是人设部牵头吗")
    assert q.units == ("人力资源社会保障部",)
    assert "设部" not in q.topic


def test_a_yes_no_claim_in_an_abbreviation_is_checked_against_the_full_name(national):
    answer = national.ask("稳就业意见里职工在岗培训是人社部牵头的吧")
    assert answer.answer.startswith("是。")
    assert answer.lead_unit == "人力资源社会保障部"


def test_which_ones_asks_for_units_not_a_count(national):
    q = national.understand("督查激励里资源枯竭城市转型那条是哪几家会同有关部门负责")
    assert q.intent == "units"
    answer = national.ask("督查激励里资源枯竭城市转型那条是哪几家会同有关部门负责")
    assert answer.units[:2] == ("国家发展改革委", "财政部")


def test_two_documents_named_by_subject_are_each_answered_from_their_own(national):
    answer = national.ask("稳就业意见和体育竞赛表演的意见里，职工在岗培训分别谁牵头")
    assert not answer.abstained
    lines = answer.answer.splitlines()
    assert "人力资源社会保障部" in lines[0] and "促进就业" in lines[0]
    assert "体育总局" in lines[1] and "体育竞赛" in lines[1]


def test_a_document_date_asked_of_two_documents_named_by_subject(national):
    answer = national.ask("稳就业那个意见和督查激励的通知，分别是哪天印发的")
    assert "2018年11月16日" in answer.answer and "2018年12月5日" in answer.answer


def test_a_wenhao_typed_without_its_year_names_the_document(national):
    q = national.understand("国发39号里职工在岗培训谁牵头")
    assert q.place_docs == ("jiuye",)
    assert q.years == ()


def test_an_amount_per_person_not_written_is_declined(national):
    # The item on 职工在岗培训 states no amount: "每人多少元" is not answered with the figures it does state.
    answer = national.ask("稳就业意见里职工在岗培训每人补贴多少元")
    assert answer.abstained


def test_a_document_named_by_subject_right_before_asking_when_it_was_issued(national):
    # "督查激励通知什么时候印发的": the asking words follow the document's kind with nothing between.
    q = national.understand("督查激励通知什么时候印发的")
    assert len(q.named_docs) == 1
    assert "激励" in national.workspace.vocabulary.document(q.named_docs[0]).title
    answer = national.ask("督查激励通知什么时候印发的")
    assert "2018年12月5日" in answer.answer


def test_the_first_item_of_each_named_document_answers_an_ordinal_question(national):
    answer = national.ask("稳就业意见和督查激励的通知，各自第一项任务是谁牵头")
    lines = answer.answer.splitlines()
    assert len(lines) == 2
    assert "人力资源社会保障部" in lines[0] and "加大稳岗支持力度" in lines[0]
    assert "财政部" in lines[1] and "激励" in lines[1]


def test_an_ordinal_item_of_one_document(national):
    answer = national.ask("稳就业意见第二项任务谁牵头")
    assert answer.lead_unit == "人力资源社会保障部"
    assert "职工在岗培训" in answer.answer


def test_parts_opening_with_their_documents_subject_are_each_answered_there(national):
    answer = national.ask("稳就业的加大稳岗支持力度和体育竞赛表演意见的国际重大赛事，分别由哪个部门牵头")
    lines = answer.answer.splitlines()
    assert "人力资源社会保障部" in lines[0] and "稳岗" in lines[0]
    assert "体育总局" in lines[1] and "国际重大赛事" in lines[1]


def test_compared_parts_named_only_by_their_subjects_each_answer_from_their_document(national):
    # No document is named as one: each part's own subject (促进就业 / 体育竞赛表演, words of the titles) tells
    # its document, and each part is matched there alone.
    answer = national.ask("促进就业稳岗支持和体育竞赛表演国际重大赛事分别由哪个部门负责")
    lines = answer.answer.splitlines()
    assert len(lines) == 2
    assert "人力资源社会保障部" in lines[0]
    assert "体育总局" in lines[1]


def test_a_lead_only_listed_first_is_given_as_a_presumption(national):
    # The sports document states no rule: 体育总局 is listed first, never written as lead.
    presumed = national.ask("体育竞赛表演意见里引进国际重大赛事谁牵头")
    assert presumed.lead_unit == "体育总局"
    assert presumed.findings[0].lead_basis == "first_listed"
    assert "未写明牵头规则" in presumed.answer
    stated = national.ask("稳就业意见里稳岗支持谁牵头")
    assert stated.findings[0].lead_basis == "document_rule"
    assert presumed.confidence <= 0.5 < stated.confidence


def test_the_issuing_prefix_of_a_document_number_is_not_a_unit(national):
    # 国办发〔2018〕117号: 国办 is who issued it, not a unit the question asks about.
    q = national.understand("国办发〔2018〕117号督查激励的通知是哪天成文的")
    assert q.units == () and q.unit_mentions == ()


def test_a_subject_beside_a_document_number_leaves_the_topic(national):
    q = national.understand("国办发〔2018〕117号督查激励的通知是哪天成文的")
    assert "督查激励" not in q.topic
    answer = national.ask("国办发〔2018〕117号督查激励的通知是哪天成文的")
    assert "2018年12月5日" in answer.answer


def test_a_unit_just_before_a_document_number_is_still_read(national):
    q = national.understand("财政部在国办发〔2018〕117号里负责哪些事")
    assert q.unit_mentions == ("财政部",)
