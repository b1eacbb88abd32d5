"""How cadres word what the documents say: abbreviations the documents never write (集采), a document named
by its subject alone, a bracketed list typed run together (省区市), yes/no claims about a rule or about who
acts, and an asked attribute the passage does not state. Real excerpts (国办发〔2019〕2号, 国办函〔2018〕71号,
重庆市优化营商环境条例), the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answer import Intent
from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

PROCUREMENT = """国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知
国办发〔2019〕2号
二、集中采购范围及形式
（一）参加企业。经国家药品监督管理部门批准、在中国大陆地区上市的集中采购范围内药品的生产企业，均可参加。
（二）集中采购形式。入围生产企业在3家及以上的，采取招标采购的方式；入围生产企业为2家的，采取议价采购的方式；入围生产企业只有1家的，采取谈判采购的方式。
三、集中采购的保障措施
（一）招采合一，保证使用。通过招标、议价、谈判等不同形式确定的集中采购品种，试点地区公立医疗机构应优先使用中选药品，确保1年内完成合同用量。
（二）确保质量。国家药监局负责对通过一致性评价的品种和药品生产企业相关资质进行认定。
"""

WEBSITES = """国务院办公厅关于印发《政府网站集约化试点工作方案》的通知
国办函〔2018〕71号
二、试点范围
根据各地区政府网站集约化工作进展情况和试点申报情况，确定北京、吉林、安徽、山东、湖北、湖南、广东、广西、重庆、贵州10个省（区、市）和西藏自治区拉萨市作为试点地区。
四、实施步骤
（一）制定实施方案。试点地区要结合实际抓紧制定具体实施方案，并于2018年12月底前报送国务院办公厅备案。
"""

REGULATION = """重庆市优化营商环境条例
第一章 总则
第六条 本市建立和完善以市场主体和社会公众满意度为导向的营商环境评价制度。
市发展改革部门应当通过听取市场主体和社会公众意见、委托第三方评估等方式开展营商环境评价。
第七条 市场监管部门应当按照职责加大反垄断和反不正当竞争执法力度。
第二十一条 国家市场准入负面清单以外的领域，各类市场主体均可以依法平等进入，市、区县（自治县）人民政府及其有关部门不得另行制定市场准入性质的负面清单。
第二十二条 对开发区、新区实行区域评估，区域评估费用不得由市场主体承担。
第二十三条 支持工业用地实行弹性出让，鼓励企业先租后让。
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {"caigou.txt": PROCUREMENT, "jiyuehua.txt": WEBSITES, "chongqing.txt": REGULATION},
    )


def test_an_abbreviation_reads_as_the_phrase_the_documents_write(corpus):
    vocab = corpus.workspace.vocabulary
    assert vocab.expand_abbreviations("集采试点") == "集中采购试点"
    # A word the documents write themselves, a unit name and a function character glued on are left alone.
    assert vocab.expand_abbreviations("试点城市") == "试点城市"
    answer = corpus.ask("集采中选药品的合同用量要多长时间内用完")
    assert not answer.abstained
    assert "1年内完成合同用量" in answer.answer


def test_a_document_named_by_its_subject_alone_answers_from_its_own_items(corpus):
    # No 方案/通知 after the subject: the title is read as the context of every item of its document.
    answer = corpus.ask("政府网站集约化试点一共选了多少个省区市")
    assert not answer.abstained
    assert "10个省（区、市）" in answer.answer


def test_a_deadline_asked_in_spoken_words(corpus):
    answer = corpus.ask("政府网站集约化试点地区的实施方案最晚啥时候前要报国办备案")
    assert not answer.abstained
    assert "2018年12月底前" in answer.answer


def test_who_does_it_asked_with_nae_jia_is_a_lead_question(corpus):
    q = corpus.understand("集采试点里，通过一致性评价的品种和生产企业资质由哪家认定？")
    assert q.intent == Intent.LEAD  # 通过 here is no date being asked
    answer = corpus.ask("集采试点里，通过一致性评价的品种和生产企业资质由哪家认定？")
    assert answer.lead_unit == "国家药监局"


def test_a_rule_that_forbids_the_claimed_act_is_answered_no(corpus):
    answer = corpus.ask("重庆的区县能不能自己再定一个市场准入负面清单？")
    assert answer.answer.startswith("不是")
    assert "不得另行制定" in answer.answer
    answer = corpus.ask("重庆开发区搞区域评估，评估费用要企业掏吗")
    assert answer.answer.startswith("不是")


def test_a_claim_about_who_acts_is_checked_against_the_body_the_sentence_makes_act(corpus):
    yes = corpus.ask("重庆营商环境评价是发改委来组织开展的吗")
    assert yes.answer.startswith("是"), yes.answer
    no = corpus.ask("重庆反垄断执法是财政部门来搞吗")
    assert no.answer.startswith("不是"), no.answer
    assert "市场监管部门" in no.answer


def test_a_number_of_years_the_passage_does_not_state_is_declined(corpus):
    answer = corpus.ask("重庆工业用地弹性出让年期最长是多少年？")
    assert answer.abstained
    assert not any(ch.isdigit() for ch in answer.answer)


WASTE = """国务院办公厅关于印发“无废城市”建设试点工作方案的通知
二、主要任务
（一）强化顶层设计引领。建立“无废城市”建设指标体系（生态环境部牵头，国家发展改革委、国家统计局参与，2019年6月底前完成）。
三、实施步骤
（四）开展评估总结。2021年3月底前，试点城市政府对本地区试点总体情况进行评估总结，形成试点工作总结报告报送生态环境部。生态环境部组织开展试点工作成效评估。
四、保障措施
各省（区、市）政府要建立省级政府办公厅牵头、省级有关部门参与的工作机制，统筹做好本地区试点组织落实工作。
"""


@pytest.fixture(scope="module")
def with_waste(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {"caigou.txt": PROCUREMENT, "jiyuehua.txt": WEBSITES, "wufei.txt": WASTE},
    )


def test_title_words_tell_nothing_apart_inside_their_own_document():
    from assistant.evidence import local_topic

    title = "国务院办公厅关于印发《政府网站集约化试点工作方案》的通知"
    assert local_topic("政府网站集约化试点 省区市", title) == "省区市"
    # A run keeps its own words apart where a title word is taken out.
    assert (
        local_topic("无废城市试点总结报告 要报", "关于印发“无废城市”建设试点工作方案的通知")
        == "总结报告 要报"
    )


def test_a_title_tail_many_titles_share_names_no_document(with_waste):
    # "试点方案" ends the procurement title too; the document named is the one "无废城市" picks.
    q = with_waste.understand("无废城市试点方案里建指标体系那块谁牵头？")
    assert q.named_docs != ("caigou",)
    answer = with_waste.ask("无废城市试点方案里建指标体系那块谁牵头？最晚啥时候前要建出来")
    assert answer.lead_unit == "生态环境部"
    assert "2019年6月底前" in answer.answer


def test_the_lead_written_inside_a_sentence_answers_who_leads_it(with_waste):
    # One sentence, two records: 各省（区、市）政府 acts (要建立…), 省级政府办公厅 is written as the mechanism's lead.
    answer = with_waste.ask("无废城市方案要求各省建工作机制，由谁牵头")
    assert answer.lead_unit == "省级政府办公厅"


def test_a_time_question_names_no_unit_it_did_not_ask_for(with_waste):
    answer = with_waste.ask("无废城市试点总结报告最晚啥时候要报")
    assert not answer.abstained
    assert "2021年3月底前" in answer.answer
    assert not answer.answer.startswith("负责单位")


REPLY = """国务院关于同意组建2008年北京奥运会首都国际机场协调委员会的批复
国函〔2006〕38号
民航总局、北京市人民政府：
一、同意组建2008年北京奥运会首都国际机场协调委员会。
二、协调委员会办公室设在民航总局，承担协调委员会的日常工作。
国务院
二〇〇六年五月二十三日
"""

KINDERGARTEN = """国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知
三、规范小区配套幼儿园使用
小区配套幼儿园移交当地教育行政部门后，应当由教育行政部门办成公办园或委托办成普惠性民办园，不得办成营利性幼儿园。
四、加强治理工作保障
要加强社会监督，及时向社会公布治理工作方案、整改措施及治理结果。
"""


@pytest.fixture(scope="module")
def replies(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {"jichang.txt": REPLY, "youeryuan.txt": KINDERGARTEN, "caigou.txt": PROCUREMENT},
    )


def test_when_a_document_was_issued_is_its_signature_as_printed(replies):
    answer = replies.ask("国函〔2006〕38号是什么时候批的")
    assert not answer.abstained
    assert "二〇〇六年五月二十三日" in answer.answer


def test_a_documents_number_is_quoted_where_it_is_printed(replies):
    answer = replies.ask("首都机场协调委员会那个批复的文号是多少")
    assert not answer.abstained
    assert "国函〔2006〕38号" in answer.answer
    assert answer.citations and answer.citations[0].quote == "国函〔2006〕38号"


def test_a_unit_before_the_claim_sets_the_scene_and_the_rule_answers(replies):
    # 教育部门 is where the kindergarten goes, not what is claimed: the claim is that it may be run for profit.
    answer = replies.ask("小区配套园交给教育部门以后，能不能办成营利性的幼儿园？")
    assert answer.answer.startswith("不是")
    answer = replies.ask("幼儿园治理这事，地方政府要不要向社会公布治理方案和结果？")
    assert answer.answer.startswith("是")


def test_a_figure_typed_in_chinese_numerals_matches_it_written_in_digits(corpus):
    from assistant.evidence import arabic_numbers, coverage

    assert arabic_numbers("对五百万以下的小微企业") == "对500万以下的小微企业"
    assert arabic_numbers("国办一百二十七号文") == "国办127号文"
    assert arabic_numbers("二〇一九年二号") == "2019年2号"
    # Words that only look like numerals stay as typed.
    assert arabic_numbers("双随机一公开、一站式服务") == "双随机一公开、一站式服务"
    vocab = corpus.workspace.vocabulary
    sentence = "单户担保金额500万元及以下的小微企业，担保费率不超过1%。"
    assert coverage("五百万以下 小微企业 担保费率", sentence, vocab) > coverage(
        "八百万以下 小微企业 担保费率", sentence, vocab
    )
