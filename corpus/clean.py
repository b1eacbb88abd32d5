"""Drop page furniture (navigation, comment boxes, 索引号 tables, gambling spam) and keep the policy text.

Web-scraped government pages carry site chrome around the document. Cleaning works on whole lines for chrome
and on substrings for spam that was injected into real lines; the metadata in the 索引号 table is kept aside
before the table is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.blocks import Block, Paragraph, Table
from corpus.conventions import HEADER_NOTE

# Whole lines that are site chrome wherever they appear.
_CHROME_LINE = re.compile(
    r"^(?:[•·>»▪■◆]\s*)?(?:"
    r"今天是.{0,20}|网站首页|首页|新闻动态|新闻中心|政府信息公开|信息公开|在线服务|公众互动|互动交流|办事服务|"
    r"投资\S{2,4}|走进\S{2,4}|政务公开|网站地图|联系我们|English|无障碍|繁体|简体|"
    r".{0,6}(?:您|你)?当前(?:所在)?的?位置\s*[:：].*|位置\s*[:：].*首页.*|"
    r"我要举报|>>\s*我要举报|回顶部|返回顶部|到底部|顶部|打印本页|打印|关闭窗口|关闭|收藏|分享到.*|"
    r"登录后发表评论|发表评论|网友评论|评论|.{0,4}网友|热点新闻|相关新闻|相关链接|相关文章|上一篇.*|下一篇.*|"
    r"【作者\s*[:：].*|【编辑\s*[:：].*|【来源\s*[:：].*|责任编辑\s*[:：].*|编辑\s*[:：].{0,10}|关键词\s*[:：].{0,40}|"
    r"扫一扫.*|字号\s*[:：].*|【?字体\s*[:：].*|浏览次数\s*[:：].*|阅读次数.*|点击数.*|"
    r".{0,8}数字报|视频|图片|专题专栏|"
    r"(?:来源|信息来源|发布机构)\s*[:：].{0,40}(?:发布时间|时间)\s*[:：].*|发布时间\s*[:：].{0,30}|"
    r"(?:版权所有|Copyright|©|主办单位|主办\s*[:：]|技术支持|网站标识码|网站识别码).{0,80}|.{0,40}(?:ICP备|公网安备).{0,40}"
    r")\s*$"
)

# Short breadcrumb or column names above the title, e.g. "上级政策法规".
_COLUMN_NAME = re.compile(r"^\S{0,6}(?:政策法规|法规公文|政策文件|通知公告|文件通知|政策解读|信息公开目录)$")

# Gambling / casino spam injected into titles and source lines, and scraper mojibake.
_SPAM = re.compile(
    r"[0-9A-Za-z]*(?:体育|彩票|博彩|娱乐城|娱乐场|百家乐|棋牌|赌场|真人|老虎机|时时彩|六合彩|网投|新葡京|威尼斯人|太阳城|皇冠)"
    r"(?:开户|投注|官网|官方网站|平台|网址|下载|注册|登录|入口|app|APP|娱乐|在线)+"
    r"|(?:澳门|亚洲)?(?:新葡京|威尼斯人|太阳城)(?:娱乐|官网)?"
    r"|\?{2,}|�+"
)

# Keys of the 索引号 metadata table published above Chinese government documents.
_META_KEYS = {
    "索引号": "index_no",
    "主题分类": "topic",
    "发文单位": "issuer",
    "发布机构": "issuer",
    "发文机关": "issuer",
    "成文日期": "date",
    "发文日期": "date",
    "发布日期": "published",
    "文号": "doc_number",
    "发文字号": "doc_number",
    "主题词": "subject_words",
    "名称": "title",
    "标题": "title",
    "有效性": "validity",
    "时效": "validity",
}
_META_PAIR = re.compile(
    r"(索\s*引\s*号|主题分类|主\s*题\s*词|发文单位|发布机构|发文机关|成文日期|发文日期|发布日期|发文字号|文\s*号|名\s*称|标\s*题|有\s*效\s*性|时\s*效)"
    r"\s*[:：]\s*(.*?)(?=\s+(?:索\s*引\s*号|主题分类|主\s*题\s*词|发文单位|发布机构|发文机关|成文日期|发文日期|发布日期|发文字号|文\s*号|名\s*称|标\s*题|有\s*效\s*性|时\s*效)\s*[:：]|$)"
)


@dataclass
class CleanResult:
    blocks: list[Block]
    page_meta: dict[str, str] = field(default_factory=dict)
    dropped: int = 0


def remove_spam(text: str) -> str:
    return _SPAM.sub("", text)


def _meta_pairs(line: str) -> dict[str, str]:
    pairs = {}
    for key, value in _META_PAIR.findall(line):
        name = _META_KEYS.get(re.sub(r"\s+", "", key))
        if name and value.strip():
            pairs[name] = value.strip()
    return pairs


def is_chrome(line: str) -> bool:
    """A whole line of site chrome, or a short line made only of chrome words ("回顶部 到底部")."""
    if _CHROME_LINE.match(line) or _COLUMN_NAME.match(line):
        return True
    words = line.split()
    return 1 < len(words) <= 6 and len(line) <= 40 and all(_CHROME_LINE.match(w) for w in words)


def clean_blocks(blocks: list[Block]) -> CleanResult:
    """Remove chrome lines, lift the 索引号 table into metadata, strip spam substrings."""
    kept: list[Block] = []
    meta: dict[str, str] = {}
    dropped = 0
    for block in blocks:
        if isinstance(block, Table):
            rows = tuple(
                tuple(None if c is None else remove_spam(c).strip() for c in row) for row in block.rows
            )
            flat = " ".join(" ".join(c or "" for c in r) for r in rows)
            pairs = _meta_pairs(flat)
            if (len(pairs) >= 3 and len(flat) < 600) or (pairs and len(rows) == 1 and len(flat) < 80):
                meta.update({k: v for k, v in _meta_pairs(flat).items() if k not in meta})
                dropped += 1
                continue
            kept.append(Table(rows))
            continue
        line = remove_spam(block.text).strip()
        if not line:
            dropped += 1
            continue
        pairs = _meta_pairs(line)
        if len(pairs) >= 2 or (
            pairs and len(line) < 60 and re.match(r"^\S{1,4}\s*[:：]", line) and "。" not in line
        ):
            for key, value in pairs.items():
                meta.setdefault(key, value)
            dropped += 1
            continue
        if is_chrome(line):
            dropped += 1
            continue
        kept.append(Paragraph(line))
    return CleanResult(blocks=_drop_duplicate_title(text_tables(kept), meta), page_meta=meta, dropped=dropped)


_CELL_SEPARATORS = ("\t", "|", "｜")


def _cells(line: str, separator: str) -> list[str]:
    cells = [c.strip() for c in line.split(separator)]
    if separator != "\t" and line.startswith(separator):
        cells = cells[1:]
    if separator != "\t" and line.endswith(separator):
        cells = cells[:-1]
    return cells


def text_tables(blocks: list[Block]) -> list[Block]:
    """Tab- or '|'-separated lines under a short header row become a Table (a genuinely empty cell stays "").

    A task list pasted as text ("序号|重点任务|具体任务|牵头单位|配合单位|完成时限") is a table; the header must be
    short cells and at least one more row must have the header's width, so prose with a stray '|' stays prose.
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        separator = next(
            (sep for sep in _CELL_SEPARATORS if isinstance(block, Paragraph) and block.text.count(sep) >= 1),
            None,
        )
        if separator is None:
            out.append(block)
            i += 1
            continue
        header = _cells(block.text, separator)
        j = i + 1
        rows = [tuple(header)]
        while j < len(blocks) and isinstance(blocks[j], Paragraph) and separator in blocks[j].text:
            rows.append(tuple(_cells(blocks[j].text, separator)))
            j += 1
        if (
            len(header) >= 2
            and all(len(HEADER_NOTE.sub("", c)) <= 12 for c in header)  # "责任单位（带*的为牵头单位）"
            and sum(len(r) == len(header) for r in rows[1:]) >= 1
            and not all(re.fullmatch(r":?-{2,}:?", c) for c in header if c)
        ):
            rows = [r for r in rows if not all(re.fullmatch(r":?-{2,}:?", c) or not c for c in r)]
            out.append(Table(tuple(rows)))
            i = j
            continue
        out.append(block)
        i += 1
    return out


def _drop_duplicate_title(blocks: list[Block], meta: dict[str, str]) -> list[Block]:
    """Pages often print the title twice (header and body): keep the one that starts the document body."""
    title = meta.get("title", "")
    if not title:
        return blocks
    positions = [i for i, b in enumerate(blocks[:12]) if isinstance(b, Paragraph) and b.text == title]
    if len(positions) >= 1 and any(
        isinstance(b, Paragraph) and title.startswith(b.text) and len(b.text) >= 6
        for b in blocks[positions[0] + 1 : positions[0] + 4]
    ):
        return blocks[: positions[0]] + blocks[positions[0] + 1 :]
    return blocks
