"""Asked who does one work of a document about one thing, read inside that document: words most of its articles say
("长者饭堂" throughout a 助餐配餐 办法) tell its sentences apart little; an article whose sentences bind different
bodies answers with the sentence saying the asked work; a level asked for ("省一级谁负总责") picks that level's body;
a procedure's step bound to a body by its time limit; "由X进行…" binds X. Real excerpts (广州市老年人助餐配餐服务管理办法,
穗民规字〔2024〕3号; 广州 两项补贴实施办法; 防范和处置非法集资条例), the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over
from tests.corpus.test_decrees_and_duty_lists import DECREE

MEALS = """广州市民政局 广州市财政局 广州市市场监督管理局关于印发广州市老年人助餐配餐服务管理办法的通知
穗民规字〔2024〕3号
第四条 市、区民政部门负责辖区内老年人助餐配餐服务的统筹规划、政策指导、监督管理及资金管理等工作。市养老服务指导单位负责全市老年人助餐配餐服务的资金清算、管理及信息化建设等工作。
各级市场监督管理部门负责老年人助餐配餐服务的食品安全业务指导、日常监管等工作。
镇人民政府（街道办事处）负责具体实施老年人助餐配餐服务工作，负责设施建设、设置长者饭堂、遴选运营机构及日常监管，承担服务申请、服务补贴资助的受理及初核等工作。
第九条 长者饭堂应当具备集中就餐和送餐上门服务功能。
第十二条 长者饭堂统一命名为“XX区XX街道/镇XX社区/村/片区长者饭堂”，由区民政部门进行编号管理，在室外醒目位置悬挂广州市长者饭堂标识。
第十三条 长者饭堂应当按照协议约定在工作日提供午餐服务，有条件的可提供早餐、晚餐服务和周末、节假日服务。
第十七条 长者饭堂运营机构及其合作机构应当按照协议约定落实食品安全主体责任，依法配备食品安全管理人员，落实食品安全各项制度，做好食品留样，对工作人员进行上岗前和在岗期间的食品安全知识培训。
第三十一条 区民政部门应当建立本区长者饭堂及运营机构的名册清单，报市民政部门、市市场监督管理部门，并通过广州市为老服务综合平台、政务服务网站等向社会公布，接受公众监督。
第三十二条 民政、市场监督管理、社会组织管理和相关部门应当建立健全协同监管机制，加强对长者饭堂运营和服务的监管。
区民政部门应当组织对辖区内长者饭堂的日常运营、人员资质、食品安全、卫生状况、服务质量等进行日常管理，加强事中事后监督管理，定期向社会公布相关情况。
"""

SUBSIDIES = """广州市困难残疾人生活补贴和重度残疾人护理补贴实施办法
为进一步完善和规范我市困难残疾人生活补贴和重度残疾人护理补贴（以下简称残疾人两项补贴）制度，提高补贴资金使用效益，结合我市实际，制定本实施办法。
五、责任分工
市民政部门牵头会市财政部门和市残联拟订本市困难残疾人生活补贴和重度残疾人护理补贴制度并组织实施。区民政部门牵头做好本行政区域内残疾人两项补贴发放管理工作，协调相关部门做好制度衔接。
市、区财政部门负责本级残疾人两项补贴财政资金保障。
六、办理程序
（二）审核审定。
1.受理和初审。镇（街）受理窗口受理申请时，对材料不齐全或不符合规定的不予受理，并当场一次性告知申请人所需要补正的全部材料。
2.审核。区残联自接收到初审意见之日起，应在3个工作日内完成审核。审核应对残疾人的残疾身份、残疾等级、残疾类别和残疾人证有效期限等残疾状况进行核查。审核通过后在省系统内提交区民政部门审定。
3.审定。区民政部门自接收到审核意见之日起，应在5个工作日内完成审定。审定应对残疾人已享受的社会救助、儿童福利等扶持政策进行核查，必要时可进行入户调查。
对经审核或审定不符合条件的，负责办理的部门要在省系统内明确不予批准原因并注明政策依据。
八、监督管理
（一）市民政部门会同市残联建立健全残疾人两项补贴监管机制。区民政部门要会同区残联完善残疾人两项补贴监管制度。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory, {"meals.md": MEALS, "subsidies.txt": SUBSIDIES, "decree.txt": DECREE}
    )


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("广州长者饭堂助餐配餐，统筹规划和资金管理是哪个部门负责", "市、区民政部门"),
        ("长者饭堂的食品安全日常监管归哪个局，市场监管局？", "各级市场监督管理部门"),
        ("那个，我想问一下，长者饭堂的编号管理由哪个部门负责？", "区民政部门"),
    ],
)
def test_words_the_whole_document_says_do_not_pick_the_sentence(
    assistant: Assistant, question: str, lead: str
):
    assert assistant.ask(question).lead_unit == lead


def test_a_procedures_step_is_the_body_bound_to_its_time_limit(assistant: Assistant):
    answer = assistant.ask("两项补贴申请初审后，残疾状况的审核由哪个单位做？")
    assert answer.lead_unit == "区残联"
    answer = assistant.ask("广州困难残疾人补贴最后审定归哪个部门，民政局还是残联")
    assert answer.lead_unit == "区民政部门"
    assert "负责办理的部门" not in answer.lead_unit


def test_a_level_asked_for_picks_that_levels_body(assistant: Assistant):
    answer = assistant.ask("防范非法集资这块，省一级谁负总责？")
    assert answer.lead_unit == "省、自治区、直辖市人民政府"


def test_of_records_about_the_same_the_one_saying_the_asked_act_answers(assistant: Assistant):
    answer = assistant.ask("广州残疾人两项补贴的制度是哪个部门牵头拟订的？")
    assert answer.lead_unit == "市民政部门"


def test_the_short_name_a_document_gives_its_subject_is_its_titles():
    from assistant.vocabulary import document_subject
    from corpus.pipeline import parse_bytes

    doc = parse_bytes("subsidies.txt", SUBSIDIES.encode())
    assert document_subject(doc).split("|")[1:] == ["残疾人两项补贴"]
    other = parse_bytes(
        "kuajing.txt",
        "杭州市跨境电子商务促进条例\n第五条 中国（杭州）跨境电子商务综合试验区建设领导小组办公室（以下简称市跨境电商综试办）负责…\n".encode(),
    )
    assert document_subject(other) == other.title  # a body it names is not what it is about


def test_a_peoples_organisation_by_its_short_name(assistant: Assistant):
    q = assistant.understand("两项补贴办法里残联这边要审核什么")
    assert set(q.units) >= {"区残联"}


def test_a_units_tasks_in_a_national_regulation_by_an_everyday_name(assistant: Assistant):
    answer = assistant.ask("非法集资条例里市场监管局被分派了哪些活？")
    assert answer.intent == "unit_tasks"
    assert "吊销营业执照" in answer.answer
