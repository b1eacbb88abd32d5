"""Plans a city calls by the programme they carry out (民生幸福工程, 科技创新工程), asked in a cadre's words: the
programme named before 里 or 中 (with a filler first), or only opening the question; a party committee's body
typed without its level (政法委 for 市委政法委, not another province's 省政法委); a choice between two bodies whose
short name is no topic; "牵头配合都有哪些单位" asking a task's units; "任务都有哪些" asking a unit's tasks. Real
excerpts (广州 2012 民生幸福, 科技创新, 党建创新 and 民主法治 实施意见; 浙江省人工智能工作图谱), the real pipeline,
store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from assistant.understand import understand
from tests.answers.corpora import assistant_over

SIGNED = "\n中共广州市委 广州市人民政府\n2012年9月17日\n"

MINSHENG = (
    """关于推进民生幸福工程的实施意见
1．总体目标。到2015年，全市基本建成覆盖城乡、功能完善、布局合理、规范科学、管理有效、适度普惠的基本公共服务体系。
13.建立以租为主的住房保障体系。实行廉租住房和公共租赁住房并轨运行的住房保障机制。2012~2015年，建设和筹集保障性住房95000套（户），其中租赁型保障房占60%以上。（牵头单位：市国土房管局，配合单位：市规划局、市建委、市发展改革委、市财政局、市民政局）
22.优化医疗资源布局。出台广州区域卫生规划和医疗机构设施布局规划，巩固、优化、提升都会区医疗卫生规划布局。到2015年，各区（县级市）有1所三级甲等综合医院。（牵头单位：市卫生局，配合单位：市发展改革委、市规划局、市财政局）
44.加强转制社区服务管理。逐步剥离转制社区经济联社社会事务管理职责。（牵头单位：市社工委，配合单位：市公安局、市财政局、市卫生局、市建委、市城管委、市规划局，各区、县级市政府）
"""
    + SIGNED
)

KEJI = (
    """关于推进科技创新工程实施意见
1.总体目标。到2015年，每百万人口年发明专利授权量达350件，50%以上的专利由企业申请。（牵头单位：市科技和信息化局，配合单位：市知识产权局）
2.建设重大创新平台。重点支持建设一批科技前孵化器、科技企业孵化器和加速器，建设15家以上国家级科技企业孵化器，面积500万平方米以上，在孵企业6000家以上。（牵头单位：市科技和信息化局，配合单位：市发展改革委、市经贸委、市规划局、市知识产权局、各区、县级市政府）
"""
    + SIGNED
)

DANGJIAN = (
    """关于推进党建创新工程的实施意见
17.实施农村“四个培养”工程。坚持把党员培养成能人、把能人培养成党员。到2017年，村“两委”成员中党员能人比例达到30%，能人村书记、主任比例达到40%。（牵头单位：市委组织部，配合单位：市民政局、市农业局、市教育局）
"""
    + SIGNED
)

MINZHU = (
    """关于推进民主法治建设的实施意见
4.健全人大常委会讨论决定重大事项工作机制。各级党委要支持和保证人大常委会依法行使重大事项讨论决定权。建立人大常委会与“一府两院”有关重大事项的常态化沟通机制和定期工作协调机制。（牵头单位：市人大常委会办公厅，配合单位：市委办公厅、市政府办公厅、市法院、市检察院）
18.维护司法公正和权威。支持法院、检察院依法独立行使审判权和检察权，禁止干预司法机关依法独立办案。（牵头单位：市委政法委，配合单位：市法院、市检察院）
"""
    + SIGNED
)

ZHEJIANG = """浙江省人工智能高质量发展工作图谱
模型、应用重点任务清单
序号\t任务\t具体内容\t牵头单位\t配合单位\t完成时间
75\t支持智能终端消费。\t强化具身智能、人形机器人等智能终端产业发展，深化智能装备在社会治理场景应用。\t省经信厅\t省发展改革委、省政法委\t2026年5月
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {
            "minsheng.txt": MINSHENG,
            "keji.txt": KEJI,
            "dangjian.txt": DANGJIAN,
            "minzhu.md": MINZHU,
            "zhejiang.txt": ZHEJIANG,
        },
    )


@pytest.mark.parametrize(
    "question",
    ["民生幸福工程中市国土房管局牵头负责哪些任务？", "嗯，民生幸福工程里市国土房管局牵头的有哪些？"],
)
def test_a_programme_named_before_its_words_picks_its_plan(assistant: Assistant, question: str):
    answer = assistant.ask(question)
    assert "建立以租为主的住房保障体系" in answer.answer
    assert all(c.doc_title == "关于推进民生幸福工程的实施意见" for c in answer.citations)


def test_a_party_committee_body_typed_without_its_level_is_the_named_citys(assistant: Assistant):
    q = understand("民主法治意见里政法委牵头哪些事？", assistant.workspace.vocabulary)
    assert q.units == ("市委政法委",)
    answer = assistant.ask("民主法治意见里政法委牵头哪些事？")
    assert "维护司法公正和权威" in answer.answer


def test_tasks_asked_with_du_are_a_units_tasks(assistant: Assistant):
    answer = assistant.ask("民生幸福意见里卫生局牵头的任务都有哪些？")
    assert answer.intent == "unit_tasks"
    assert "优化医疗资源布局" in answer.answer


def test_a_body_offered_as_a_choice_is_not_searched_for(assistant: Assistant):
    answer = assistant.ask("广州民生幸福工程里保障房建设筹集这事，是国土房管局牵头还是住建？到底谁牵头")
    assert answer.lead_unit == "市国土房管局"


def test_which_units_lead_and_cooperate_asks_a_tasks_units(assistant: Assistant):
    answer = assistant.ask(
        "我想问下，民主法治意见里人大常委会讨论决定重大事情的机制那条，牵头配合都有哪些单位？"
    )
    assert answer.lead_unit == "市人大常委会办公厅"
    assert "市检察院" in answer.answer


def test_words_standing_whole_in_one_title_pick_it_beside_a_similar_one(assistant: Assistant):
    answer = assistant.ask("科技创新工程里建设重大创新平台这条：谁牵头？")
    assert answer.lead_unit == "市科技和信息化局"
    answer = assistant.ask("广州科技创新工程对每百万人口每年发明专利授权的目标是多少？")
    assert "350件" in answer.answer


def test_each_part_opening_with_its_programme_is_asked_of_its_own_plan(assistant: Assistant):
    answer = assistant.ask("民生幸福工程总体目标定在哪一年，党建创新里农村“四个培养”的目标又定在哪一年？")
    titles = {c.doc_title for c in answer.citations}
    assert {"关于推进民生幸福工程的实施意见", "关于推进党建创新工程的实施意见"} <= titles
    assert "2017年" in answer.answer


def test_a_national_rank_is_no_level_asked():
    from assistant.vocabulary import Vocabulary
    from corpus.pipeline import parse_bytes
    from tests.answers.test_document_reference import EMPLOYMENT

    vocab = Vocabulary.from_documents(
        [parse_bytes("keji.txt", KEJI.encode()), parse_bytes("employment.txt", EMPLOYMENT.encode())]
    )
    q = understand("科创工程里国家级孵化器要建几家、在孵企业要多少家？", vocab)
    assert "国家" not in q.jurisdictions
