"""Questions as cadres type them about documents the product never saw: a 文号 printed without 号, a 落款 of two
bodies, a trial period, two districts compared, a unit's tasks asked with 会同, everyday words for what a
regulation says formally (看病 for 医疗, 孩子上学 for 子女就学). Real excerpts (朝阳区/海淀区 OPC 若干措施, 望花区
OPC 实施意见, 北京国际科技创新中心建设条例, 北京市数字经济促进条例), the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

CHAOYANG = """朝阳园管委会（区科信局）等四部门关于印发《朝阳区关于支持人工智能OPC创新发展的若干措施》的通知
中朝管发〔2026〕5
各街道办事处、地区办事处(乡政府)，区政府各委、办、局，各区属机构：
现将《朝阳区关于支持人工智能OPC创新发展的若干措施》印发给你们，请结合实际认真贯彻落实。
中关村科技园区朝阳园管理委员会
北京市朝阳区科学技术和信息化局
2026年5月14日
朝阳区关于支持人工智能OPC创新发展的若干措施
第一条  建设特色集聚社区。打造OPC特色创业社区。对满足条件的OPC社区运营服务机构，可给予连续三年、每年最高不超过500万元资金支持。
第五条  加强算力保障。对符合要求的OPC，按照算力或词元实际使用金额的50%给予资金支持，每年最高50万元。
"""

HAIDIAN = """海淀区关于全面打造OPC创业生态的若干措施
中科城发〔2026〕39号
中关村科学城管理委员会
2026年4月8日
1.支持科技人才创办OPC。经认定对符合条件的新创企业给予10万元创业资金支持。
7.激励OPC实现商业化突破。对于成立两年内累计订单额达到100万元的OPC企业，给予一次性10万元奖励。
8.支持建设OPC友好社区。对经认定的OPC创业友好社区，按照其培育OPC企业数量，每年给予最高200万元资金支持。
本措施自公布之日起施行，有效期一年。
"""

WANGHUA = """望花区关于支持 OPC 相关业态创新发展的实施意见（征求意见稿）
六、成立工作专班
成立望花区 OPC 业态发展工作专班，专班组长由分管副区长担任，办公室设在区商务局。
八、附则
1、本《意见》中涉及的补贴，由区商务局会同区财政局、人社局等相关部门另行制定实施细则予以明确。
2、本《意见》自正式发布之日起试行一年，期满后进行评估优化。
"""

KECHUANG = """北京国际科技创新中心建设条例
第八条 市科学技术部门牵头推进国际科技创新中心建设相关工作，组织拟订相关工作方案及年度计划。
第四十七条 市、区人才工作、人力资源和社会保障、住房和城乡建设、住房公积金、卫生健康、医疗保障、教育、公安等部门应当为创新人才提供住房、医疗、子女就学、社保、公积金、工作居住证等方面的便利服务，完善创新人才引进落户政策。
第五十二条 创新国有资本参与创业投资的管理制度，市国有资产监督管理部门应当建立完善国有创业投资资本的进入和退出机制。
第七十六条 本条例自2024年3月1日起施行。
"""

SHUZI = """北京市数字经济促进条例
第二十九条 商务部门应当会同有关部门推动数字贸易高质量发展，探索建立与国际接轨的数字贸易规则。
第三十四条 商务部门应当会同有关部门推动超市等传统商业数字化升级。
第五十四条 政务服务、卫生健康、民政、经济和信息化等部门应当采取措施，鼓励为老年人、残疾人等提供便利适用的智能化产品和服务，推进数字无障碍建设。
第五十八条 本条例自2023年1月1日起施行。
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {
            "chaoyang.txt": CHAOYANG,
            "haidian.txt": HAIDIAN,
            "wanghua.txt": WANGHUA,
            "kechuang.txt": KECHUANG,
            "shuzi.txt": SHUZI,
        },
    )


def test_a_document_number_typed_as_printed_without_hao_names_it(corpus):
    answer = corpus.ask("中朝管发〔2026〕5这个通知，落款是哪几个单位？")
    assert not answer.abstained
    assert (
        "中关村科技园区朝阳园管理委员会" in answer.answer
        and "北京市朝阳区科学技术和信息化局" in answer.answer
    )
    assert (
        "“中关村科技园区朝阳园管理委员会”“北京市朝阳区科学技术和信息化局”" in answer.answer
    )  # quoted as printed


def test_the_issuing_characters_of_a_document_number_are_no_place(corpus):
    answer = corpus.ask("中科城发〔2026〕39号里，新创企业给多少创业资金？")
    assert not answer.abstained and "10万元" in answer.answer


def test_a_trial_period_is_how_long_a_document_holds(corpus):
    answer = corpus.ask("望花区这个OPC意见正式发布后先试行多久？")
    assert not answer.abstained and "试行一年" in answer.answer


def test_the_date_and_the_term_asked_together_are_both_answered(corpus):
    answer = corpus.ask("海淀OPC若干措施是哪天印发的，有效期多长")
    assert "2026年4月8日" in answer.answer and "有效期一年" in answer.answer


def test_two_districts_compared_are_each_asked_what_the_last_asks(corpus):
    answer = corpus.ask("朝阳和海淀对OPC社区的资金支持，每年上限分别是多少？")
    assert not answer.abstained
    assert "500万元" in answer.answer and "200万元" in answer.answer


def test_the_tasks_a_unit_convenes_others_for(corpus):
    answer = corpus.ask("北京数字经济条例里商务部门牵头会同的有哪几项？")
    assert answer.intent == "unit_tasks"
    assert "数字贸易高质量发展" in answer.answer and "传统商业数字化升级" in answer.answer


def test_convening_whom_is_still_a_question_of_units(corpus):
    answer = corpus.ask("望花区OPC意见里补贴细则，区商务局要会同哪些部门？")
    assert answer.intent == "units"


def test_a_unit_named_after_give_is_read_whole(corpus):
    answer = corpus.ask("北京科创中心条例给市国资部门派了哪些活？")
    assert not answer.abstained and "国有创业投资资本的进入和退出机制" in answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "北京国际科创中心条例里给创新人才提供住房、看病、孩子上学这些便利服务的，涉及哪些部门？",
            "住房公积金",
        ),
        ("北京数字经济条例，适老化、数字无障碍这块涉及哪些部门？", "政务服务、卫生健康、民政"),
        ("北京国际科创中心条例，整个科创中心建设是哪个部门牵头推进的？", "市科学技术部门"),
    ],
)
def test_everyday_words_for_what_a_regulation_writes_formally(corpus, question, expected):
    answer = corpus.ask(question)
    assert not answer.abstained and expected in answer.answer


def test_a_claim_giving_each_unit_its_role_holds_only_when_each_role_does(tmp_path_factory):
    shuzi = assistant_over(
        tmp_path_factory,
        {
            "shuzi.txt": "北京市数字经济促进条例\n第七条 市统计部门会同经济和信息化部门完善数字经济统计测度和评价体系，"
            "开展数字经济统计监测和评估。\n"
        },
    )
    wrong = shuzi.ask("北京数字经济条例中数字经济统计评价是经信部门牵头、统计部门配合吗？")
    assert wrong.answer.startswith("不是")


def test_a_tag_closing_the_sentence_claims_the_whole_sentence(corpus):
    assert corpus.ask("望花区OPC意见里补贴细则是由区财政局会同制定的，对不对？").answer.startswith("不是")
    assert corpus.ask("望花区OPC意见里补贴细则是区商务局会同有关部门制定的，对吧？").answer.startswith("是")


def test_a_deputy_post_is_not_the_post_claimed(corpus):
    assert corpus.ask("望花区OPC专班组长是区长本人担任吗？").answer.startswith("不是")


def test_a_one_off_award_is_no_frequency(corpus):
    answer = corpus.ask("海淀措施里订单做到100万元的OPC企业，一次性奖励是10万元吧？")
    assert answer.intent == "yesno" and answer.answer.startswith("是")


LIAONING = """辽宁省人工智能OPC培育发展实施方案（2026-2028年）
二、总体目标
到2028年，全省打造重点OPC社区20个以上，培育OPC企业300家，集聚OPC人才超3000名。
五、省直部门配套措施
（一）省科技厅
扩容科创载体，对落地园区的OPC创业项目给予最高3万元一次性创业奖励。
（二）省人社厅
落实创业场地补贴、一次性创业补贴、最高30万元个人创业担保贷款贴息等扶持政策。
"""


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory, {"liaoning.txt": LIAONING, "kechuang.txt": KECHUANG, "shuzi.txt": SHUZI}
    )


def test_things_listed_before_a_shared_ask_are_asked_each(parts):
    answer = parts.ask(
        "辽宁OPC方案的目标年份、OPC人才数量目标，以及人社厅说的创业担保贷款贴息上限分别是多少？"
    )
    assert all(fact in answer.answer for fact in ("2028年", "超3000名", "最高30万元"))


def test_questions_after_a_colon_naming_the_document_are_each_answered(parts):
    answer = parts.ask("北京科创中心条例：国有创业投资资本谁来管？条例哪天施行？")
    assert "市国有资产监督管理部门" in answer.answer and "2024年3月1日" in answer.answer


def test_a_department_heading_is_listed_by_what_it_does(parts):
    answer = parts.ask("辽宁OPC方案里人社厅具体要做哪些事？")
    assert "省人社厅：落实创业场地补贴" in answer.answer


def test_a_statement_closed_by_de_asks_yes_or_no(parts):
    answer = parts.ask("北京数字经济条例里，推动数字贸易是商务部门会同有关部门干的？")
    assert answer.intent == "yesno" and answer.answer.startswith("是")


ZHUANLI = """重庆市专利促进与保护条例
（2007年7月27日 重庆市第二届人民代表大会常务委员会第三十二次会议通过）
第七条 区县（自治县）人民政府应设立专利专项资金，用于专利事业的发展。
"""

QIXIANG = """国务院办公厅关于广东与香港、澳门合建自动气象站网有关问题的复函
四、自动气象站的建设要尽量避开军事设施和军事设施保护区域。勘察定点和制定建设规划、管理规定要征求军队主管部门的意见。
"""


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(tmp_path_factory, {"zhuanli.txt": ZHUANLI, "qixiang.txt": QIXIANG})


def test_the_document_named_first_is_not_part_of_the_claim(claims):
    assert claims.ask("重庆专利条例要求区县也得设专利专项资金吗？").answer.startswith("是")


def test_a_role_word_inside_a_body_name_claims_no_role(claims):
    assert claims.ask("气象站勘察定点要不要听军队主管部门的意见？").answer.startswith("是")


def test_a_date_claimed_for_an_event_is_checked_against_the_date_printed(claims):
    assert claims.ask("重庆专利条例是2011年11月人大常委会才通过的吧？").answer.startswith("不是")
    assert claims.ask("重庆专利条例是2007年7月人大常委会通过的吧？").answer.startswith("是")


SHUZI_LEAD = """北京市数字经济促进条例
第四条 市、区人民政府应当加强对数字经济促进工作的领导，建立健全推进协调机制。
第五条 市经济和信息化部门负责具体组织协调指导全市数字经济促进工作，拟订相关促进规划；区经济和信息化部门负责本行政区域数字经济促进工作。
第二十九条 商务部门应当会同有关部门推动数字贸易高质量发展。
"""


def test_the_overall_lead_of_each_document_is_who_leads_the_work_it_is_about(tmp_path_factory):
    both = assistant_over(tmp_path_factory, {"shuzi.txt": SHUZI_LEAD, "kechuang.txt": KECHUANG})
    answer = both.ask("北京数字经济条例和科创中心条例，各自总体上是哪个部门牵头负责？")
    assert "市经济和信息化部门" in answer.answer and "市科学技术部门" in answer.answer
    assert "区经济和信息化部门" not in answer.answer


TUIGUANG = """国务院办公厅关于推广第二批支持创新相关改革举措的通知
附件
第二批支持创新相关改革举措推广清单
| 序号 | 改革举措 | 主要内容 | 指导部门 | 推广范围 |
| 6 | 以事前产权激励为核心的职务科技成果权属改革 | 赋予科研人员职务科技成果所有权。 | 科技部、国家发展改革委、国务院国资委 | 8个改革试验区域 |
| 8 | 技术股与现金股结合激励的科技成果转化相关方利益捆绑机制 | 技术股与现金股结合。 | 科技部、国务院国资委 | 8个改革试验区域 |
"""


def test_the_items_a_department_guides_are_its_tasks(tmp_path_factory):
    guided = assistant_over(tmp_path_factory, {"tuiguang.txt": TUIGUANG})
    answer = guided.ask("国务院国资委在这个支持创新推广清单里要指导哪几项举措？")
    assert answer.intent == "unit_tasks"
    assert "职务科技成果权属改革" in answer.answer and "利益捆绑机制" in answer.answer


GONGSHI = """市场监督管理行政处罚信息公示规定
第二条 市场监督管理部门对适用普通程序作出行政处罚决定的相关信息，应当记录于国家企业信用信息公示系统，并向社会公示。
仅受到警告行政处罚的不予公示。法律、行政法规另有规定的除外。
"""


def test_an_exception_in_the_same_provision_answers_the_case_it_carves_out(tmp_path_factory):
    rule = assistant_over(tmp_path_factory, {"gongshi.txt": GONGSHI})
    assert rule.ask("只受了警告处罚的企业，是不是也要在国家企业信用信息公示系统公示").answer.startswith(
        "不是"
    )
    assert rule.ask("作出行政处罚决定的相关信息，是不是要在国家企业信用信息公示系统公示").answer.startswith(
        "是"
    )


def test_a_count_is_no_year_and_a_claimed_count_is_checked(tmp_path_factory):
    talent = assistant_over(tmp_path_factory, {"rencai.txt": RENCAI})
    assert talent.ask("广州重点引进培养高层次人才的目标是不是两千名左右").answer.startswith("是")
    assert talent.ask("广州重点引进培养高层次人才的目标是不是三千名左右").answer.startswith("不是")


RENCAI = """关于推进人才集聚工程的实施意见
为深入贯彻科学发展观，根据《中共广州市委、广州市人民政府关于全面推进新型城市化发展的决定》，就推进人才集聚工程，提出以下实施意见。
一、总体要求
1.目标。2012年起5年内，大力实施六大人才行动计划，实现“重点引进和培养高层次人才达到2000名左右，全市大专以上学历人才资源总量达到320万名左右，人才贡献率达到40%”的三大人才发展目标。
"""


WAIZI = """上海市外商投资条例
第二十二条 鼓励外国投资者在本市设立外资研发中心。外资研发中心由市商务部门认定。市商务、科技、发展改革等部门应当对经认定的外资研发中心在参与政府科研项目等方面加强服务、提供便利。
"""

JIGAI = """山东省企业技术改造条例
第十四条 县级以上人民政府财政部门应当会同经济和信息化主管部门加强技术改造相关资金项目绩效管理。
第二十条 财政、审计部门应当依法对技术改造资金的使用情况进行监督检查。
"""


def test_who_does_the_act_claimed_is_who_the_provision_says_does_it(tmp_path_factory):
    waizi = assistant_over(tmp_path_factory, {"waizi.txt": WAIZI})
    wrong = waizi.ask("上海外资研发中心是不是科技部门认定")
    assert wrong.answer.startswith("不是") and "外资研发中心由市商务部门认定" in wrong.answer
    assert any("由市商务部门认定" in c.quote for c in wrong.citations)
    assert waizi.ask("上海外资研发中心是不是商务部门认定的").answer.startswith("是")


def test_a_department_typed_plainly_is_not_read_as_a_list_it_abbreviates(tmp_path_factory):
    jigai = assistant_over(tmp_path_factory, {"jigai.txt": JIGAI})
    answer = jigai.ask("山东技改资金项目绩效管理，是不是财政部门牵头、会同经信部门")
    assert answer.answer.startswith("是")


def test_how_often_is_answered_by_a_rhythm_or_not_at_all(corpus):
    # The 专班 is set up and its office placed; how often it meets the document never says.
    assert corpus.ask("望花区OPC工作专班多久开一次会？").abstained


def test_a_month_asked_for_a_deadline_the_text_does_not_set_is_declined(corpus):
    answer = corpus.ask("北京数字经济条例里数字贸易规则要在每年几月底前出台？")
    assert answer.abstained
