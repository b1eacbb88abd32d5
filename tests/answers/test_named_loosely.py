"""Documents named loosely and provisions read whole: "124号文", "河南营商条例" beside two of its cities' 营商条例,
an amount or an area that closes or opens the provision the match lands in, a task-split table row beside the text's
own item, and a role asked by its name (主管部门是谁). Real excerpts (国办发〔2018〕124号, 河南省/开封市优化营商环境条例,
上城区 OPC 若干政策措施, 广州 家庭医生 实施方案), the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

ZHUANQI = """国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知
国办发〔2018〕124号
三、财政税收和资产土地
（十一）经营性文化事业单位转制涉及的原划拨土地，转制后符合《划拨用地目录》的，可继续以划拨方式使用；不符合《划拨用地目录》的，应当依法实行有偿使用。经省级以上人民政府批准，经营性文化事业单位转制为国有独资或国有控股企业的，原生产经营性划拨用地，经批准可采用作价出资（入股）方式配置；经营性文化事业单位转制为国有参股企业或非国有企业的，原生产经营性划拨用地可采用协议出让或租赁方式进行土地资产处置。
国务院办公厅
2018年12月18日
"""

HENAN = """河南省优化营商环境条例
第五条 县级以上人民政府发展改革部门是优化营商环境工作的主管部门，负责指导、组织、协调、监督优化营商环境工作。
第二十一条 鼓励公用企事业单位为市场主体提供全程代办服务，在材料齐全的情况下，应当自报装之日起，供水、供气、低压用户供电五个工作日内办结，供热八个工作日内办结。
第八十六条 水电气热等公用企事业单位有以下第一项、第二项情形的由优化营商环境工作主管部门责令改正,有第三项、第四项情形的由市场监管部门责令改正。
第八十七条 行业协会商会有以下第一项、第二项、第三项行为的由社会团体登记管理机关责令限期改正，拒不改正的可以停止其活动；有第四项行为的，由市场监管部门处二十万元以上五十万元以下的罚款：
（一）强制或者变相强制市场主体入会、退会的；
"""

KAIFENG = """开封市优化营商环境条例
第三条 市、县（区）人民政府应当建立优化营商环境工作协调机制。
第二十条 供水、供电、供气等公用企事业单位应当在三个工作日内完成报装。
"""

SHANGCHENG = """上城区支持人工智能OPC社区建设的若干政策措施
二、政策内容
2.降低创业启动成本。打造不少于两万平方米的专业化智创空间，为OPC提供设施完善、开放共享、拎包入驻的办公空间。实施OPC育苗计划，对符合条件的青年创业者，给予最高50万元的创新创业资助。〔牵头单位：区委组织部（人才办）、区科技经信局、区人力社保局〕
三、附则
3. 本政策措施由区科技经信局和相关责任部门负责牵头组织实施，根据政策成效及国内外发展形势动态调整。
杭州市上城区人民政府办公室2026年3月17日发布。
"""

JIAYI = """广州市卫生健康委等4部门关于印发推进广州市家庭医生签约服务高质量发展实施方案的通知
二、主要任务
（二）提升服务质量。
6.优化转诊服务。统筹区域优质医疗卫生资源，将辖区医疗机构部分专家号源交由基层医疗卫生机构的家庭医生管理支配。医联体牵头医院牵头、成员单位共同参与，成立双向转诊管理中心，优先为签约居民提供转诊服务。
附件2
推进广州市家庭医生签约服务高质量发展任务分工表
| 序号 | 工作事项 | 主要内容 | 牵头单位 | 配合单位 |
| 10 | 优化转诊服务。 | 统筹区域优质医疗卫生资源。医联体牵头医院牵头、成员单位共同参与，成立双向转诊管理中心。 | 市卫生健康委、各区政府 | 市医保局 |
| 11 | 优化就诊流程。 | 进一步推进预约诊疗。 | 各区政府 | 市卫生健康委 |
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {
            "zhuanqi.txt": ZHUANQI,
            "henan.txt": HENAN,
            "kaifeng.txt": KAIFENG,
            "shangcheng.txt": SHANGCHENG,
            "jiayi.txt": JIAYI,
        },
    )


def test_a_document_called_by_its_serial_number_alone_is_that_document(corpus: Assistant):
    answer = corpus.ask("124号文对转制文化企业原来的划拨土地是怎么规定的？")
    assert not answer.abstained
    assert {c.doc_id for c in answer.citations} == {"zhuanqi"}
    assert "协议出让或租赁" in answer.answer
    # A body approving a condition is not named as the one responsible.
    assert "负责单位" not in answer.answer


def test_what_a_document_says_of_x_is_the_provision_read_on_past_its_first_clause(corpus: Assistant):
    answer = corpus.ask("国办124号文里，原划拨土地符合划拨用地目录的怎么处理？")
    assert not answer.abstained
    assert "可继续以划拨方式使用" in answer.answer and "作价出资（入股）" in answer.answer


def test_a_provinces_short_name_picks_its_own_document_not_its_citys(corpus: Assistant):
    answer = corpus.ask("河南营商条例对低压用户供电、供热报装的办结时限分别是几个工作日？")
    assert not answer.abstained
    assert {c.doc_id for c in answer.citations} == {"henan"}
    assert "五个工作日内" in answer.answer and "八个工作日内" in answer.answer


def test_an_amount_closing_the_provision_is_read_on_to(corpus: Assistant):
    answer = corpus.ask("河南营商条例对行业协会强制入会的，市场监管部门罚多少钱？")
    assert not answer.abstained
    assert "二十万元以上五十万元以下" in answer.answer


def test_an_area_opening_the_item_answers_though_the_match_lands_on_a_later_sentence(corpus: Assistant):
    answer = corpus.ask("上城给OPC打造的专业化智创空间最少多大面积？")
    assert not answer.abstained
    assert "两万平方米" in answer.answer


def test_money_asked_in_so_many_words_is_not_answered_by_a_share(corpus: Assistant):
    answer = corpus.ask("广州家医方案里预约诊疗每次补多少钱？")
    assert answer.abstained


def test_a_body_leading_with_an_unnamed_class_is_the_lead(corpus: Assistant):
    answer = corpus.ask("上城这套OPC若干政策，整体上由哪个部门牵头组织实施？")
    assert answer.lead_unit == "区科技经信局"
    assert answer.answer.startswith("牵头单位是区科技经信局")


def test_the_task_tables_labelled_lead_answers_not_an_actor_inside_the_text(corpus: Assistant):
    answer = corpus.ask("广州家庭医生方案，优化转诊服务是市卫生健康委和各区政府一起牵头的吗？")
    assert answer.answer.startswith("是。")
    assert answer.lead_unit == "市卫生健康委"


def test_a_role_asked_by_its_name_is_answered_by_the_sentence_saying_who_holds_it(corpus: Assistant):
    answer = corpus.ask("河南营商条例里营商环境工作主管部门是谁？")
    assert answer.lead_unit == "县级以上人民政府发展改革部门"


MINYING = """浙江省民营企业发展促进条例
第二十三条 民营企业以应收账款申请担保融资的，可以要求其应收账款的付款方予以确认债权债务关系。付款方应当自被要求确认之日起三十日内予以确认。
第二十九条 民营企业破产重整前与金融机构发生的债务，按照人民法院裁定批准的重整计划予以调整，且民营企业已经按照调整后的债务履行清偿义务的，有关金融机构应当自清偿完毕之日起十日内向国家金融信用信息基础数据库报送债务调整和清偿情况。
第四十八条 协会、商会等社会组织违反本条例第三十四条规定，强制民营企业参加评比，或者借前述活动向民营企业收费的，由有关行业主管部门依照法律、法规规定追究法律责任；尚无法律、法规规定的，责令退还所收取的费用，处五千元以上三万元以下罚款；情节严重的，处三万元以上十万元以下罚款。
"""

DONGGUAN = """东莞市打造OPC成果产业化智造服务基地的若干措施
四、政策措施
（五）建设高可靠共享验证实验室网络。在松山湖和滨海湾高标准建设“OPC共享验证实验室”，配备高端检测设备，以成本价向OPC开放。
（七）设立东莞OPC创投基金。设立首期规模1亿元的“东莞OPC创投基金”，重点投向通过概念验证的优质OPC项目。
"""


@pytest.fixture(scope="module")
def more(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"minying.txt": MINYING, "dongguan.txt": DONGGUAN})


def test_each_part_of_a_multi_part_question_is_answered_where_it_is_stated(more: Assistant):
    answer = more.ask("浙江民企条例：重整后金融机构几天内报送，付款方几天内确认应收账款？")
    assert not answer.abstained
    assert "十日内" in answer.answer and "三十日内" in answer.answer
    assert {c.section for c in answer.citations} >= {"第二十九条", "第二十三条"}


def test_a_figure_is_quoted_with_the_other_case_its_sentence_goes_on_to(more: Assistant):
    answer = more.ask("浙江民企条例里，协会商会强制民企参加评比还收钱的，情节严重的罚款是多少？")
    assert "三万元以上十万元以下" in answer.answer


def test_a_phase_the_document_does_not_state_is_declined_saying_which_it_does(more: Assistant):
    answer = more.ask("东莞OPC创投基金二期规模是多少？")
    assert answer.abstained
    assert "首期" in answer.answer and "二期" in answer.answer


def test_asked_who_a_sentence_naming_no_one_is_declined(more: Assistant):
    answer = more.ask("东莞OPC措施里松山湖的OPC共享验证实验室由哪家单位运营？")
    assert answer.abstained
    assert "没有写由谁负责" in answer.answer


MEIZHOU = """梅州市实施人工智能OPC创新创业行动方案
二、重点任务
8.促进产学研用协同创新。支持高校、科研院所人工智能领域人才在梅州创新创业，助力其科研成果在人工智能OPC集聚区转化落地。
三、保障措施
10.明确责任分工。市科技局加强统筹协调,牵头做好产学研用协同创新、创新平台建设等工作;市发改局负责优化要素配置促进创新创业和产业发展的业务指导;市人社局负责创业就业、创业空间、住宿保障等政策落实。
"""


@pytest.fixture(scope="module")
def meizhou(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"meizhou.txt": MEIZHOU, "zhuanqi.txt": ZHUANQI})


def test_work_an_item_names_no_one_for_is_answered_by_the_分工_clause_assigning_it(meizhou: Assistant):
    answer = meizhou.ask("梅州那个OPC方案，产学研用协同创新是谁牵头？")
    assert answer.lead_unit == "市科技局"
    assert answer.answer.startswith("责任单位是：市科技局（牵头）") or answer.answer.startswith(
        "牵头单位是市科技局"
    )


def test_a_note_closing_the_question_does_not_hide_its_yes_no(corpus: Assistant):
    q = corpus.understand("转制文化企业原划拨土地是国务院办公厅处置的吗？（国办发〔2018〕124号）")
    assert q.yes_no


UNTITLED = """为把我县旅游业培育成为新的支柱产业，结合我县实际，制定本意见。
一、旅游景区建设
1.A级景区创建。对新评定为国家3A、4A、5A级的旅游景区，一次性分别给予10万元、50万元、100万元奖励。
2.美食街。打造柳河精品美食街，在美食街内新开设特色美食餐厅的一次性奖励1万元。
3.旅行社。对年组织游客来柳河旅游景区人数达到1万人次以上的旅行社进行奖励。
本意见由县旅游产业发展领导小组负责解释，自2019年1月1日起执行，暂定三年。
"""

LIUHE_PLAN = """中共柳河县委 柳河县人民政府
关于支持重点产业加快发展的实施意见
一、政策支持
第1条 设立总规模不低于1亿元的重点产业发展引导资金。
"""


@pytest.fixture(scope="module")
def liuhe(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"lvyou.txt": UNTITLED, "chanye.txt": LIUHE_PLAN})


def test_a_document_printing_no_title_or_place_is_the_place_its_text_keeps_naming(liuhe: Assistant):
    answer = liuhe.ask("柳河旅游意见里新评上3A、4A、5A景区各奖多少？")
    assert not answer.abstained
    assert "10万元、50万元、100万元" in answer.answer
    answer = liuhe.ask("柳河旅游业那个意见由谁负责解释？")
    assert answer.lead_unit == "县旅游产业发展领导小组"


QINGNIAN = """广州市青年创新创业促进条例
第五条 市、区人民政府应当将青年创新创业促进工作纳入国民经济和社会发展规划。
发展改革、教育、科技、工业和信息化、司法行政、财政、人力资源社会保障、市场监管、税务等相关部门应当按照各自职责做好青年创新创业促进工作。
第二十条 县级以上人民政府商务、市场监督管理等有关部门应当编制和公布青年创业政务服务事项目录以及办事指南。
第二十三条 司法行政部门应当引导法律服务机构与青年创新创业孵化载体对接，推动青年创新创业孵化载体建立法律顾问制度。
"""


@pytest.fixture(scope="module")
def qingnian(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"qingnian.txt": QINGNIAN, "minying.txt": MINYING})


def test_a_department_named_by_its_field_in_a_list_of_departments_is_that_department(qingnian: Assistant):
    answer = qingnian.ask("广州青年创业条例里司法行政部门要做哪些事？")
    assert not answer.abstained
    assert "法律顾问制度" in answer.answer
    # 市场监管部门 is the 市场监督管理 of a list the levels of government qualify.
    answer = qingnian.ask("广州青年创业条例里市场监管部门涉及哪些工作？")
    assert not answer.abstained
    assert any(c.section == "第二十条" for c in answer.citations)


def test_the_matters_a_unit_cooperates_on_ask_for_its_tasks(corpus: Assistant):
    q = corpus.understand("广州家庭医生方案中，市医保局当配合单位的事项有哪些？")
    assert q.intent == "unit_tasks" and q.role == "cooperating"
