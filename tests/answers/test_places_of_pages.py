"""Which place a page is, when the page does not say it in a title: a zone named inside another place's title
(临港 in "…支持临港地区新一轮发展的若干意见" beside "临港新片区…若干措施"), a page with no title that keeps naming its
city (汉中), a reposted plan whose title has a placeholder for its city (xxx市, 马鞍山 in the text), a zone named after
its city (宁波大榭开发区 asked as 大榭), a year printed with a space ("2021 年"). Excerpts in the form such pages take;
the real pipeline, store and index."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.answers.corpora import assistant_over

SHUANGTE = """上海市人民政府关于深化完善“双特”政策支持临港地区新一轮发展的若干意见
各区、县人民政府，市政府各委、办、局，临港地区管委会：
为此，在延续上一轮临港地区建立特别机制和实施特殊政策（以下简称“双特”政策）的基础上，特制定本意见，政策期限为2016年至2018年。
一、深入推进政府改革和管理创新
（一）加强临港地区管委会统筹职能。临港地区管委会负责统筹推进临港地区规划编制、土地管理、招商引资等工作。浦东新区政府要做好四镇的财力保障工作。
（二）整合临港地区现有各类专项资金。专项发展资金由临港地区管委会统筹使用。专项发展资金管理办法由市财政局会同浦东新区、奉贤区和临港地区管委会制定。
"""

GETI = """临港新片区支持“超级个体”发展的若干措施
一、支持个体创业。对入驻的超级个体给予场地支持。
二、附则。本措施由临港新片区管委会负责解释。
"""

UNTITLED = """索 引 号: | 发布时间: | 2021年03月08日 11:12 | |
为认真贯彻省市有关招商引资工作安排部署，推动汉中经济高质量发展，现就建立招商引资统分结合机制提出如下实施意见。
一、加强组织领导
成立“汉中市招商引资工作领导小组”，统筹指导全市招商引资工作，下设领导小组办公室，办公室设在市经合局。
二、坚持“统分结合”工作理念
每季度进行考核排名。
"""

REPOSTED = """[2022年xxx市招商引资“百日攻坚”实施方案] 由 [招商人@ZSR(www.example.com)]小编精心整理分享,供您参阅!
为促进全市招商引资工作提质增效，2022年将开展马鞍山市招商引资“百日攻坚”活动，具体方案如下:
一、对象
(一)三县:含山县、和县、当涂县。
二、目标
1、攻坚“签约未开工”重点项目
力争 2021 年 20 亿元以上项目存续率 90%以上、存续项目开工率 95%以上,2022 年 20 亿元以上项目开工率达 50%以上。
三、工作要求
(一)思想高度重视。充分认识招商引资“百日攻坚”的重要意义。
"""

DAXIE = """宁波大榭开发区条例
第六条　开发区设立宁波大榭开发区管理委员会（以下简称开发区管委会），代表市人民政府行使管理职权。
第七条　开发区管委会负责开发区的环境保护和文物保护工作。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory,
        {
            "shuangte.txt": SHUANGTE,
            "geti.txt": GETI,
            "hanzhong.md": UNTITLED,
            "maanshan.txt": REPOSTED,
            "daxie.txt": DAXIE,
        },
    )


def _docs(answer) -> set[str]:
    return {c.doc_id.split("_")[0].split(".")[0] for c in answer.citations}


def test_a_zone_named_inside_another_place_s_title_is_that_zone_s_document(assistant: Assistant):
    answer = assistant.ask("临港双特意见里，专项发展资金日常统筹使用交给谁？")
    assert not answer.abstained and "临港地区管委会" in answer.answer
    assert _docs(answer) == {"shuangte"}
    drafted = assistant.ask("临港那个双特意见，专项发展资金的管理办法是哪个部门定的？")
    assert drafted.answer.split("，")[0].count("市财政局") and "会同" in drafted.answer


def test_a_policy_term_is_answered_as_the_document_s_term(assistant: Assistant):
    answer = assistant.ask("临港那个双特若干意见，政策期限是哪几年？")
    assert not answer.abstained and "2016年至2018年" in answer.answer


def test_an_untitled_page_is_the_place_its_text_keeps_naming(assistant: Assistant):
    answer = assistant.ask("汉中招商引资领导小组的办公室放在哪个局？")
    assert not answer.abstained and "市经合局" in answer.answer
    assert _docs(answer) == {"hanzhong"}


def test_a_reposted_plan_with_a_placeholder_for_its_city(assistant: Assistant):
    answer = assistant.ask("马鞍山百日攻坚对2021年20亿以上项目的存续率要求是多少？")
    assert not answer.abstained and "90%以上" in answer.answer
    assert _docs(answer) == {"maanshan"}


def test_a_zone_asked_without_its_city(assistant: Assistant):
    answer = assistant.ask("大榭开发区里文物保护归谁管？")
    assert not answer.abstained and "开发区管委会" in answer.answer
    assert _docs(answer) == {"daxie"}


def test_a_claimed_rate_is_checked_against_the_clause_about_the_same_measure(assistant: Assistant):
    assert assistant.ask("马鞍山要求2022年20亿以上项目开工率达到60%以上，是吗？").answer.startswith("不是")
    assert assistant.ask("马鞍山要求2022年20亿以上项目开工率达到50%以上，是吗？").answer.startswith("是")


def test_a_member_claimed_of_a_list(assistant: Assistant):
    assert assistant.ask("马鞍山百日攻坚的对象包括含山县吗？").answer.startswith("是")
    # the closing 吗 typed by its sound, and 攻坚 typed as 功坚
    assert assistant.ask("马鞍山百日功坚的对象包括当涂县码？").answer.startswith("是")
