"""How cadres word questions: the phrases that ask for a lead, units, targets or a unit's tasks, and the
words that only carry the asking. Generic Chinese usage and the vocabulary of responsibility lists; nothing
here names a document, a place or a unit.
"""

from __future__ import annotations

import re

# ruff: noqa: SIM905 — the word list reads best as one block of text

# Colloquial ways of asking each thing. Checked in this order; the first that fires decides the intent.
UNIT_TASKS = re.compile(
    r"(牵头|负责|参与|配合|承担|管|干|做|抓)(了|的)?(哪些|什么|哪几|几)(项|件|个|条)?(事|任务|工作|活|项)"
    r"|(有|有哪些|都有)(什么|哪些)?(任务|工作|事)|(任务|工作|事)(有哪些|是什么|清单)|分工是什么|要干啥|要做啥|干啥"
    r"|(牵头|负责|参与|配合|承担)(了|的)?(什么|哪些|啥)[？?]?$"
)
BOTH_ROLES = re.compile(r"(牵头|主责).{0,6}(配合|协同|参与)|(配合|协同|参与).{0,6}(牵头|主责)")
COOPERATING = re.compile(r"配合单位|协同单位|配合部门|参与单位|协助单位|配合的|谁配合|哪些.{0,4}配合|还有谁")
ALL_UNITS = re.compile(
    r"责任单位|责任部门|哪些单位|哪些部门|哪几个单位|哪几个部门|涉及.{0,4}(单位|部门)|分别由|分工|单位有|部门有|都有谁|有谁"
)
LEAD = re.compile(
    r"谁牵头|谁负责|谁来|谁管|谁抓|谁主抓|谁主管|牵头单位|牵头部门|主责单位|主责部门|牵头的是|牵头是|由谁|哪个(单位|部门|局|机构)"
    r"|哪家(单位|部门)|什么(单位|部门)|牵头|主抓|负责单位|谁"
)
TARGET = re.compile(
    r"目标|指标|多少|几个|几家|几次|几场|多大|占比|比例|比重|金额|规模|数量|达到|要求.{0,4}(数|量)|任务数|亿|万美元|百分之|%"
)
COMPARE = re.compile(r"分别|对比|比较|区别|不同|差别|差异|各自|哪个(更|多|高)|相比|和.{1,8}比")
FOLLOW_UP = re.compile(r"^(那|那么|还有|另外|再问|这个|这项|该项|它)|呢[？?]?$")
YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?!\d)\s*年?")

# Words that carry the asking, not the topic: dropped from the topic (jieba tokens). Generic Chinese question
# words and the vocabulary of responsibility lists, nothing about any particular document.
STOP_TOKENS = frozenset(
    (
        "的 了 是 有 要 在 和 与 及 跟 把 被 给 让 向 从 到 为 就 都 也 还 又 那 这 "
        "由 各 呢 吗 啊 呀 吧 嘛 么 得 地 着 过 谁 哪 哪个 哪些 哪几个 哪几项 哪家 什么 "
        "多少 怎么 怎么样 如何 怎样 咋 啥 几 几个 几次 几家 几项 多 少 请问 请 问 问下 想 "
        "想问 知道 告诉 我 我们 咱 咱们 你 帮 帮忙 帮我 查 查查 查一下 看看 一下 麻烦 这块 "
        "那块 方面 这个 那个 这项 那项 这条 那条 这份 那份 里 里面 中 当中 上 时候 什么时候 "
        "开始 搞 干 干啥 做 弄 抓 涉及 负责 牵头 配合 协同 参与 协助 承担 主抓 主管 管 来 "
        "来抓 来管 单位 部门 机构 责任 责任单位 牵头单位 配合单位 责任部门 牵头部门 配合部门 主责 "
        "分工 事 事情 活 任务 目标 指标 数字 数 具体 主要 一般 到底 究竟 分别 各自 对比 比较 "
        "区别 不同 差别 差异 相比 比 一样 怎么回事 回事 咋回事 咋办 怎么办 有没有 没有 是不是 "
        "能不能 可不可以 会不会 要不要 有无 地方 哪里 哪儿 哪些地方 什么地方 哪些方面 都是 写 "
        "写的 说 说的 提到 提出 规定 文件 方案 计划 行动计划 行动方案 工作方案 意见 若干意见 "
        "通知 清单 政策 个 家 次 项 人 条 场 年 年底 年末 底 前 以内 共 总共 一共 全部 "
        "所有 要求 需要 应该 能 可以 会 "
    ).split()
)

NOT_UNIT_CHARS = set("的之是了在和与为由及哪个些么谁啥什到对从向")
STRONG_SUFFIX = re.compile(r"(局|委|厅|海关|管委会|人民政府|办公室|工商联|贸促会|侨联)$")
LEADING_FUNCTION = "的是由和与及在各"
TRAILING_FUNCTION = "的是由各要在了和与及"

# Document-type words every plan's title may carry: naming them does not point at one document.
GENERIC_TITLE_WORDS = frozenset(
    (
        "招商引资 招商工作 引资工作 招商引资工作 行动方案 行动计划 工作方案 实施方案 实施意见 工作要点 "
        "若干措施 意见 通知 管理办法 暂行办法 全市招商引资 全州招商引资 方案 计划 清单 办法 要点 细则"
    ).split()
)
DOCUMENT_TYPE = re.compile(
    r"(行动计划|行动方案|工作方案|实施方案|方案|计划|意见|清单|办法|要点|细则|通知|措施)$"
)

# Two-character asking words whose one-character typos are read as the word (see understand._fix_asking_typos).
ASKING_WORDS = ("牵头", "负责", "配合")
AFTER_ASKING = re.compile(r"$|[？?。！!，,\s]|单位|部门|的|呢|吗|是|有")
