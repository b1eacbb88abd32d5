"""Questions in other people's words over real documents from other places: who decides (谁拍板), the body entrusted
to manage, a claim that work is done 由 a named body, an act claimed of the wrong body (编), a preamble likening the
asked document to another, a role claimed of a body (把X定为…主管部门), a page that prints no place named by its
title and the place it is called by, a ministry's office named by its ministry, units asked by 哪些司局, the
fallback clause for work no body is in charge of, the level of a department asked, a date printed with full-width
digits, and a claim settled by a record binding one body. Excerpts of real documents; the real pipeline, store and
index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over
from tests.corpus.test_entrusted_bodies_and_fallback_clauses import SHAOXING, ZHENGZHOU

ZHENGZHOU_PLANNING = """第十三条 管委会应当根据郑州市国土空间总体规划编制实验区分区规划和控制性详细规划，经郑州市人民政府批准后实施。
"""

YUNNAN = """中国（云南）自由贸易试验区条例
第十七条　片区管理机构负责本片区建设和管理的具体工作，履行下列职责：
（五）统筹开展片区招商引资，为企业和相关机构提供指导、咨询和服务；
（六）履行省、片区所在地州（市）人民政府赋予的其他职责。
第五十九条　联动创新区所在地州（市）人民政府应当将联动创新区建设和发展纳入重要议事日程，研究制定支持政策。
"""

YANGPU = """洋浦经济开发区条例
第八条
儋州市人民政府应当在规划、建设、土地征用、海域使用、居民搬迁安置等方面支持洋浦经济开发区的建设和发展。
"""

YUNFU = """云浮市优化营商环境条例
第四条 发展改革部门是优化营商环境工作的主管部门，负责指导、组织、协调优化营商环境日常工作。其他有关部门应当按照各自职责分工，做好优化营商环境相关工作。
第十五条 市场监督管理部门应当推进企业开办全程网上办理。
"""

MOFCOM = """商务部办公厅关于加强商务领域法治政府建设工作的通知
(2011年4月23日 商法字[2011]54号)
二、主要任务
(一)提高工作人员依法行政的意识与能力。
结合商务领域普法工作,建立健全法律知识培训长效机制,采取多种形式进行培训。(条法司、人事司、各司局负责)
"""

HEILONGJIANG = """黑龙江省促进中小企业发展条例
第十一条
县级以上人民政府及其有关部门应当建立健全政企常态化沟通机制，通过多种方式听取企业意见建议，对企业发展中遇到的实际困难应当依法依规及时协调解决。
中小企业发展中面临的问题和困难，没有具体责任部门或者涉及多个部门的，由同级中小企业促进工作管理部门牵头协调解决。
"""

SHANXI = """山西省优化营商环境条例
(2020年１月18日山西省第十三届人民代表大会第三次会议通过)
第八条 县级以上人民政府有关部门应当精简审批环节，优化审批流程，压缩审批时限。
省人民政府有关部门应当制定本部门审批事项容缺受理目录。对主要申请材料齐全且符合法定形式要件的审批申请，县级以上人民政府政务服务机构应当先行受理。
"""

SHIYAN = """市人民政府办公室关于印发以控制成本为核心优化营商环境的若干具体实施措施的通知
一、降低制度性交易成本
(一)深化“互联网+政务服务”建设。推进政务服务事项网上办理。(牵头单位:市行政审批局)
"""

LANZHOU = """兰州高新技术产业开发区条例
第十五条 高新区内高新技术企业的认定，由高新区管委会负责初审，初审合格后，按规定程序报批。
第三十条 高新区负责、协助实施高新区基础设施建设工作。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {
            "zhengzhou.txt": ZHENGZHOU + ZHENGZHOU_PLANNING,
            "yunnan.txt": YUNNAN,
            "yangpu.md": YANGPU,
            "yunfu.txt": YUNFU,
            "mofcom.txt": MOFCOM,
            "heilongjiang.txt": HEILONGJIANG,
            "shanxi.md": SHANXI,
            "shaoxing.html": SHAOXING,
            "shiyan.txt": SHIYAN,
            "lanzhou.txt": LANZHOU,
            "shaoxing_rules.txt": "绍兴市道路交通安全管理若干规定\n第三条 市公安机关交通管理部门负责本市道路交通安全管理工作。\n",
        },
    )


def test_who_decides_is_the_body_a_provision_has_decide(assistant: Assistant):
    answer = assistant.ask("航空港那个条例说，要改或者暂停适用地方性法规得谁拍板？")
    assert answer.lead_unit == "省人民代表大会或者其常务委员会"


def test_the_body_entrusted_to_manage_is_answered(assistant: Assistant):
    answer = assistant.ask("郑州航空港经济综合实验区条例规定，受省政府委托管理航空港管委会的是谁？")
    assert answer.lead_unit == "郑州市人民政府"
    claim = assistant.ask("郑州航空港实验区条例中，管委会是由郑州市人民政府受托依法管理的吗？")
    assert claim.answer.startswith("是") and "郑州市人民政府" in claim.answer


def test_work_claimed_to_be_done_by_a_named_body_is_a_lead_claim(assistant: Assistant):
    answer = assistant.ask("云南自贸试验区条例中，片区招商引资由片区管理机构统筹开展吗？")
    assert answer.answer.startswith("是")
    assert answer.lead_unit == "片区管理机构"


def test_an_act_claimed_of_another_body_than_the_sentences_subject_is_denied(assistant: Assistant):
    answer = assistant.ask("航空港实验区的分区规划是郑州市政府编的吧？")
    assert answer.answer.startswith("不是")
    assert "管委会" in answer.answer


def test_a_preamble_likening_the_document_to_another_scopes_nothing(assistant: Assistant):
    answer = assistant.ask(
        "和洋浦条例里儋州市政府的支持责任类似，云南自贸区条例里联动创新区建设要由哪级政府纳入重要议事日程？"
    )
    assert answer.lead_unit == "联动创新区所在地州（市）人民政府"
    assert all("yangpu" not in c.doc_id for c in answer.citations)


def test_a_role_claimed_of_the_wrong_body_is_denied(assistant: Assistant):
    answer = assistant.ask("云浮市优化营商环境条例把市场监督管理部门定为优化营商环境主管部门，对吗？")
    assert answer.answer.startswith("不是")
    assert "发展改革部门" in answer.answer


def test_a_page_printing_no_place_is_named_by_its_title_and_the_place_it_is_called_by(assistant: Assistant):
    named = assistant.ask("绍兴市政府2020年重点工作一季度进展情况表里，GDP增长7%左右这项的责任单位是哪个？")
    assert named.lead_unit == "市发改委"
    short = assistant.ask("绍兴2020年重点工作里GDP要增长多少？")
    assert "7%左右" in short.answer


def test_a_ministrys_office_is_named_by_its_ministry(assistant: Assistant):
    answer = assistant.ask("商务部加强商务领域法治政府建设的通知文号是啥？哪天印发？")
    assert "商法字[2011]54号" in answer.answer and "2011年4月23日" in answer.answer


def test_units_asked_by_their_kind_of_body_are_listed(assistant: Assistant):
    answer = assistant.ask("商务部办公厅那个法治政府通知里，依法行政培训这块落到哪几个司？")
    assert "条法司" in answer.answer and "人事司" in answer.answer


def test_the_fallback_clause_answers_who_leads_work_no_body_is_in_charge_of(assistant: Assistant):
    answer = assistant.ask("黑龙江中小企业条例，企业遇到的困难没有具体责任部门的，由谁牵头协调？")
    assert answer.lead_unit == "同级中小企业促进工作管理部门"


def test_the_level_of_a_department_asked_is_a_lead(assistant: Assistant):
    answer = assistant.ask("山西那个营商条例，审批事项容缺受理目录是哪个层级的部门来定？")
    assert answer.lead_unit == "省人民政府有关部门"


def test_a_date_printed_with_full_width_digits_is_said_in_plain_ones(assistant: Assistant):
    answer = assistant.ask("山西省优化营商环境条例是哪天通过的？")
    assert "2020年1月18日" in answer.answer


def test_a_title_named_under_a_place_the_library_never_prints_answers(assistant: Assistant):
    answer = assistant.ask("房县以控制成本为核心优化营商环境的若干具体实施措施里，降低制度性交易成本谁牵头？")
    assert answer.lead_unit == "市行政审批局"
    assert assistant.ask("房县的外资目标是多少？").abstained


def test_a_claim_settled_by_a_record_binding_one_body_names_it(assistant: Assistant):
    answer = assistant.ask("兰州高新区条例里高新技术企业认定是管委会先初审吗？")
    assert answer.answer.startswith("是")
    assert answer.lead_unit == "高新区管委会"


def test_a_body_typed_by_its_short_name_opens_a_question_naming_its_documents(tmp_path_factory):
    from tests.corpus.test_entrusted_bodies_and_fallback_clauses import MIIT_PAGE

    library = assistant_over(
        tmp_path_factory, {"miit.html": MIIT_PAGE, "yunfu.txt": YUNFU, "mofcom.txt": MOFCOM}
    )
    answer = library.ask("工信部2018年指标里钢铁去产能规模要达到多少？")
    assert "3000万吨左右" in answer.answer
    assert all("miit" in c.doc_id for c in answer.citations)
