"""Regulations asked about in a cadre's words: an autonomous region's government typed short (自治区政府), a
department typed without the word opening its name (营商环境工作主管部门 for 优化营商环境工作主管部门), a short name the
regulation defines (投资促进主管部门), "压了哪些担子", and a works list its sentence opens ("提供下列服务："). Excerpts
written in the form of provincial 条例; the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

SMALL_FIRMS = """宁夏回族自治区中小企业促进条例
第一章　总则
第四条　自治区人民政府负责统筹全区中小企业促进工作，建立健全中小企业促进工作协调机制。
第五条　旗县级以上人民政府负责中小企业促进工作的综合管理部门应当会同本级财政部门提出专项资金使用计划。
第六条　自治区人民政府应当建立和完善产业损害预警机制，监测进出口异动情况。
第七条　自治区人民政府人力资源和社会保障部门应当建立健全人力资源服务体制机制，制定人力资源供求指导目录。
第八条　县级以上人民政府人力资源和社会保障部门应当畅通劳动者维权渠道，完善调解机制。
第九条　县级以上人民政府人力资源和社会保障部门应当依法维护破产企业职工合法权益。
"""

BUSINESS = """海南省优化营商环境条例
第二条　省和市、县、自治县人民政府优化营商环境工作主管部门负责组织、指导、督促、协调和推进优化营商环境日常工作，组织开展营商环境考核和监督管理工作。
第八条　县级以上人民政府投资促进和服务保障行政主管部门（以下简称投资促进主管部门）应当组织开展投资项目的宣传推介、对接洽谈、签约落地以及项目实施过程中的服务保障工作。
第九条　投资促进主管部门应当建立重点项目服务台账，定期调度项目进展。
第二十九条　省人民政府商务主管部门应当会同有关部门建设跨境电商综合服务平台。
第二十五条　县级以上人民政府及有关部门应当支持市场主体发展对外贸易，参与境外投资、科技合作等活动。
省人民政府发展改革、商务主管部门应当会同外事主管部门、国际贸易促进委员会等单位，统筹推进对外贸易、境外投资发展，为市场主体提供下列服务：
（一）搭建对外贸易、境外投资交流平台；
（二）提供出口、投资国家和地区相关政策法规。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"zhongxiao.txt": SMALL_FIRMS, "yingshang.md": BUSINESS})


def test_an_autonomous_region_s_government_typed_short(assistant: Assistant):
    answer = assistant.ask("中小企业条例里自治区政府要牵头干哪些事？")
    assert answer.answer.startswith("自治区人民政府")
    assert "统筹全区中小企业促进工作" in answer.answer and "产业损害预警机制" in answer.answer


def test_the_burdens_laid_on_a_body_are_its_tasks(assistant: Assistant):
    answer = assistant.ask("中小企业条例给自治区政府压了哪些担子？")
    assert answer.answer.startswith("自治区人民政府") and "产业损害预警机制" in answer.answer


def test_a_department_under_its_governments_answers_by_its_whole_name(assistant: Assistant):
    answer = assistant.ask("中小企业条例里专项资金的使用计划由谁来提？")
    assert answer.answer.startswith("由旗县级以上人民政府负责中小企业促进工作的综合管理部门会同")
    assert "本级财政部门" in answer.answer


def test_a_department_typed_without_the_word_opening_its_name(assistant: Assistant):
    answer = assistant.ask("营商环境条例里营商环境工作主管部门具体要干什么？")
    assert not answer.abstained
    # the sentence's later clauses are the same body's duty too
    assert "推进优化营商环境日常工作，组织开展营商环境考核和监督管理工作" in answer.answer


def test_a_short_name_the_regulation_defines_is_the_name_answered_by(assistant: Assistant):
    answer = assistant.ask("营商环境条例里投资促进主管部门要干哪些活？")
    assert answer.answer.startswith("投资促进主管部门")
    assert "宣传推介" in answer.answer and "重点项目服务台账" in answer.answer


def test_the_works_a_sentence_lists_are_its_body_s(assistant: Assistant):
    answer = assistant.ask("营商条例里给企业搭对外贸易交流平台这块，是哪个部门挑头？")
    assert "省人民政府发展改革、商务主管部门" in answer.answer.split("（")[0]
    assert "牵头单位是" not in answer.answer  # the text writes no lead
    assert any("省人民政府发展改革、商务主管部门" in c.quote for c in answer.citations)


def test_a_department_asked_at_its_level_is_named_at_that_level(assistant: Assistant):
    answer = assistant.ask("中小企业条例里自治区人社部门要牵头做哪些工作？")
    assert answer.answer.startswith("自治区人民政府人力资源和社会保障部门")
    assert "人力资源供求指导目录" in answer.answer


def test_a_bureau_typed_for_a_department_named_with_its_government(assistant: Assistant):
    answer = assistant.ask("营商条例里省商务厅要抓哪些事？")
    # one body, not the list of two departments another sentence names together
    assert answer.answer.startswith("省人民政府商务主管部门")
    assert "跨境电商综合服务平台" in answer.answer
