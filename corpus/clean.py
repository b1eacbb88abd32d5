"""Drop page furniture (navigation, comment boxes, 索引号 tables, gambling spam) and keep the policy text.

Web-scraped government pages carry site chrome around the document. Cleaning works on whole lines for chrome
and on substrings for spam that was injected into real lines; the metadata in the 索引号 table is kept aside
before the table is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.blocks import Block, Paragraph, Table
from corpus.conventions import ANY_LABEL_WORDS, HEADER_NOTE, UNIT_LABEL_WORDS
from corpus.numerals import int_to_cn, numeral_value
from corpus.text import DOC_NUMBER, TITLE_WORDS

# Whole lines that are site chrome wherever they appear.
_CHROME_LINE = re.compile(
    r"^(?:[•·>»▪■◆]\s*)?(?:"
    r"今天是.{0,20}|网站首页|首页|(?:网站|栏目|站内)?导航|新闻动态|新闻中心|政府信息公开|信息公开|在线服务|公众互动|互动交流|办事服务|"
    r"投资\S{2,4}|走进\S{2,4}|政务公开|网站地图|联系我们|English|无障碍|繁体|简体|"
    r".{0,6}(?:当前|现在|所在)的?位置\s*[:：].*|位置\s*[:：].*首页.*|"
    # a breadcrumb: "首页 > 专题中心 > 政务公开 > 通知公告"
    r"首页\s*[>＞»›].*|(?:[^\s>＞»›]{1,15}\s*[>＞»›]\s*){3,}[^\s>＞»›]{1,15}|"
    r"我要举报|>>\s*我要举报|回顶部|返回顶部|到底部|顶部|打印本页|打印|关闭窗口|关闭|收藏|展开|收起|分享到.*|分享(?:至)?\s*[:：].{0,40}|"
    r"登录后发表评论|发表评论|网友评论|评论|.{0,4}网友|热点新闻|相关新闻|相关链接|相关文章|上一篇.*|下一篇.*|"
    r"【作者\s*[:：].*|【编辑\s*[:：].*|【来源\s*[:：].*|责任编辑\s*[:：].*|编辑\s*[:：].{0,10}|关键词\s*[:：].{0,40}|"
    r"扫一扫.*|字号\s*[:：].*|【?字体\s*[:：].*|浏览次数\s*[:：].*|阅读次数.*|点击数.*|"
    r".{0,8}数字报|视频|图片|专题专栏|"
    r"(?:来源|信息来源|发布机构)\s*[:：].{0,40}(?:发布时间|时间)\s*[:：].*|发布时间\s*[:：].{0,30}|"
    r"(?:版权所有|Copyright|©|主办\s*[:：]|技术支持|网站标识码|网站识别码).{0,80}|.{0,40}(?:ICP备|公网安备).{0,40}|"
    # a site's footer "主办单位：…承办单位：…"; a task's own "主办单位:省海洋渔业局" is a responsibility label
    r"主办单位\s*[:：].{0,60}(?:承办|技术支持|网站|标识码|ICP|版权|地址|电话|邮编|联系).{0,80}"
    r")\s*$"
)

# A reposting site's banner naming what it reposts: "[2022年xxx市招商引资“百日攻坚”实施方案] 由 [招商人@ZSR(…)]小编
# 精心整理分享,供您参阅…".
REPOST_BANNER = re.compile(
    r"^\s*[\[【]([^\[\]【】]{6,60})[\]】]\s*由\s*[\[【].{0,300}(?:整理|分享|参阅|转载)"
)

# Short breadcrumb or column names above the title, e.g. "上级政策法规".
_COLUMN_NAME = re.compile(r"^\S{0,6}(?:政策法规|法规公文|政策文件|通知公告|文件通知|政策解读|信息公开目录)$")

# Gambling / casino spam injected into titles and source lines, and scraper mojibake.
_SPAM = re.compile(
    r"[0-9A-Za-z]*(?:体育|彩票|博彩|娱乐城|娱乐场|百家乐|棋牌|赌场|真人|老虎机|时时彩|六合彩|网投|新葡京|威尼斯人|太阳城|皇冠)"
    r"(?:开户|投注|官网|官方网站|平台|网址|下载|注册|登录|入口|app|APP|娱乐|在线)+"
    r"|(?:澳门|亚洲)?(?:新葡京|威尼斯人|太阳城)(?:娱乐|官网)?|即时比分|比分直播"
    r"|\?{2,}|�+"
)

# Keys of the 索引号 metadata table published above Chinese government documents.
_META_KEYS = {
    "索引号": "index_no",
    "信息索引号": "index_no",
    "主题分类": "topic",
    "发文单位": "issuer",
    "发布机构": "issuer",
    "发文机关": "issuer",
    "成文日期": "date",
    "发文日期": "date",
    "发布日期": "published",
    "发表日期": "published",
    "发表时间": "published",
    "文号": "doc_number",
    "发文字号": "doc_number",
    "主题词": "subject_words",
    "名称": "title",
    "标题": "title",
    "有效性": "validity",
    "时效": "validity",
    "发布时间": "published",
    # the same fields as other sites label them ("• 信息名称:…", "• 发文序号:…")
    "信息名称": "title",
    "文件名称": "title",
    "发文序号": "doc_number",
    "文件编号": "doc_number",
    "信息有效性": "validity",
    "公开类型": "open_type",
    "公开方式": "open_type",
    "公开范围": "open_type",
    "体裁分类": "topic",
    "组配分类": "topic",
    "生成日期": "date",
    # a law database's record, each label in 【】 ("【发布文号】晋政发[2008]8号", "【生效日期】2008-02-03")
    "发布单位": "issuer",
    "发布部门": "issuer",
    "发布文号": "doc_number",
    "生效日期": "effective",
    "实施日期": "effective",
    "施行日期": "effective",
    "失效日期": "expiry",
    "时效性": "validity",
    "效力级别": "level",
    "所属类别": "topic",
    "文件来源": "source",
    # ("发文机构: | 市政府办公室 | 发文文号: | 铜政办发〔2025〕1号", "公文时效: | 有效")
    "发文机构": "issuer",
    "发文文号": "doc_number",
    "公文时效": "validity",
    # the body a page names as its source ("信息来源: 丽水市政府"), read as the issuer only when nothing else is
    "信息来源": "source_body",
}
# Each label with spaces allowed between its characters ("索 引 号"), longest first (信息名称 before 名称).
_KEY = "|".join(r"\s*".join(key) for key in sorted(_META_KEYS, key=len, reverse=True))
# A value runs to the next field, or to another label the page prints on the line ("浏览次数：1024").
_META_PAIR = re.compile(
    rf"(?<![\u4e00-\u9fff])({_KEY})\s*[:：]\s*(.*?)(?=\s*(?:{_KEY})\s*[:：]|\s+[\u4e00-\u9fff]{{2,6}}\s*[:：]|$)"
)
_KEY_ONLY = re.compile(rf"^({_KEY})\s*[:：]$")
_LIST_BULLET = re.compile(r"^[•·●▪◆]\s*")
# A label printed in 【】 with no colon ("【发布日期】2008-02-03"): read as "发布日期：2008-02-03".
_BRACKETED_KEY = re.compile(rf"^【\s*({_KEY})\s*】\s*")
# The same label printed without its colon, one field to a line ("发布日期" / "2023年06月07日 17:35:09"): only the
# labels no sentence of a document is made of.
_BARE_KEY = re.compile(
    r"^(索\s*引\s*号|主\s*题\s*分\s*类|发\s*文\s*单\s*位|发\s*布\s*机\s*构|发\s*文\s*机\s*关|成\s*文\s*日\s*期|"
    r"发\s*文\s*日\s*期|发\s*布\s*日\s*期|发\s*布\s*时\s*间|发\s*文\s*字\s*号)$"
)
# A page's posting date printed alone under its title ("2021-03-05", "2021-03-05 10:30"), in its first blocks.
_BARE_POSTED = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_HEAD_BLOCKS = 12
# A page's posting line with the time first: "时间 : 2021-05-14 22:01:43 来源 : 本网原创稿".
# Or the date alone before the page's other fields, perhaps as a list item ("• 2017-02-25  作者:  阅读次数:").
_POSTED_LINE = re.compile(
    r"^(?:[•·●]\s*)?(?:(?:时\s*间|日\s*期)\s*[:：]\s*)?(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s+(?:来源|信息来源|作者|浏览次数|阅读次数|点击数)\s*[:：].{0,40}$"
    # "浏览量:          时间:2015-04-12 10:32:00": the count first, its number not yet filled in
    r"|^(?:浏览量|浏览次数|点击数|阅读次数)\s*[:：]\s*\d*\s*(?:发布)?时\s*间\s*[:：]\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)

# "信息来源: 丽水市政府" on a posting line: a government body as the page's source.
_SOURCE_BODY = re.compile(
    r"(?:信息来源|来源)\s*[:：]\s*([\u4e00-\u9fff]{2,20}?(?:人民政府|政府|办公室|办公厅|委员会|局|厅|委|办))(?:\s|$)"
)

# "来源:    时间:2020年10月16日": the source left empty, then the posting date.
_SOURCE_THEN_TIME = re.compile(
    r"^(?:来源|信息来源)\s*[:：].{0,40}?(?:发布)?时\s*间\s*[:：]\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)

# The page's record of the document, kept as quotable lines at the top of the text ("发布日期：2019年01月14日")
# in a section of its own that is never a task: FILE_INFO_LINE recognises them, written once here.
FILE_INFO = "文件信息"
FILE_INFO_LINE = re.compile("^(?:" + "|".join(_META_KEYS) + ")：")


@dataclass
class CleanResult:
    blocks: list[Block]
    page_meta: dict[str, str] = field(default_factory=dict)
    dropped: int = 0


# A mirror site's pronunciation glosses after characters ("發(fā)展", "經(jīng)濟(jì)"): page furniture, not the text.
_PINYIN_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*\)"
)


def remove_spam(text: str) -> str:
    return _PINYIN_GLOSS.sub("", _SPAM.sub("", text))


def _meta_pairs(line: str) -> list[tuple[str, str]]:
    """(key as the page spells it without spaces, value) for each 索引号-table field in the line, empty ones too."""
    # "发布机构: | 县政府办公室 | 有效性: |": a markdown table's cell bars are no part of a value.
    return [(re.sub(r"\s+", "", key), value.strip(" \t\u3000|｜")) for key, value in _META_PAIR.findall(line)]


def _spaced_pairs(line: str) -> list[tuple[str, str]]:
    """A record printed without colons, label and value apart by spaces ("组配分类 政府工作报告执行  发布机构 嵊泗县人民
    政府办公室", "索引号 11330922090963010M/2023-31395"): its fields, when every word is a label or the value after
    one."""
    words = line.split()
    pairs = []
    i = 0
    while i < len(words):
        if words[i] not in _META_KEYS:
            return []
        value = words[i + 1] if i + 1 < len(words) and words[i + 1] not in _META_KEYS else ""
        pairs.append((words[i], value))
        i += 2 if value else 1
    return pairs if len(pairs) >= 2 or (pairs and pairs[0][0] == "索引号") else []


def _cell_pairs(rows: tuple[tuple[str | None, ...], ...]) -> list[tuple[str, str]]:
    """A page's record kept as a table of label and value cells ("发布日期" | "2022-11-16"): its fields, when
    some row's label is one of the 索引号 table's."""
    # ("【发文字号】" | "黄政办发〔2007〕9号": a law site's labels in 【】)
    pairs = [
        (re.sub(r"\s+", "", row[0]).strip("【】").rstrip("：:"), (row[1] or "").strip())
        for row in rows
        if len(row) == 2 and row[0] and _is_key_cell(row[0])
    ]
    if not pairs and rows and all(len(row) == 4 and row[0] and _is_key_cell(row[0]) for row in rows):
        # "发文机关 | 河南省人民政府 | 成文日期 | 2020年07月11日": two fields a row, their labels without colons.
        pairs = [
            (re.sub(r"\s+", "", label), (value or "").strip())
            for row in rows
            for label, value in ((row[0], row[1]), (row[2], row[3]))
            if label and _is_key_cell(label)
        ]
        return pairs
    return pairs if pairs and len(rows) <= len(pairs) + 2 else []


def _is_key_cell(cell: str) -> bool:
    return bool(
        re.fullmatch(rf"【?\s*(?:{_KEY})\s*】?\s*[:：]?", re.sub(r"(?<=\S)\s+(?=\S)", "", cell.strip()))
    )


# A law database's record as a table of field names and values ("title | "兰州…条例"", "office | "兰州市人民代表大会
# 常务委员会"", "url | …"): the fields read as the page's record, under the labels a Chinese page gives them.
RECORD_FIELDS = {
    "title": "标题",
    "office": "发布机构",
    "issuer": "发布机构",
    "doc_number": "文号",
    "publish": "发布日期",
    "effective_date": "施行日期",
    "status": "时效性",
}


def _field_record(rows: tuple[tuple[str | None, ...], ...]) -> list[tuple[str, str]] | None:
    named = [r for r in rows if len(r) == 2 and r[0] and re.fullmatch(r"[A-Za-z_][\w-]{1,30}", r[0].strip())]
    if (
        len(named) < 3
        or len(named) < len(rows) - 1
        or not any(r[0].strip().lower() in RECORD_FIELDS for r in named)
    ):
        return None
    return [
        (RECORD_FIELDS[key], (value or "").strip().strip("\"'“”"))
        for key, value in ((r[0].strip().lower(), r[1]) for r in named)
        if key in RECORD_FIELDS
    ]


def _only_meta(text: str, pairs: list[tuple[str, str]]) -> bool:
    """Nothing in the text but metadata fields: "主 题 词：" with its cells empty is page furniture too."""
    rest = _META_PAIR.sub("", text)
    return bool(pairs) and not rest.strip()


def is_chrome(line: str) -> bool:
    """A whole line of site chrome, or a short line made only of chrome words ("回顶部 到底部",
    "【打印本页】【关闭窗口】", "【字体：大 中 小】 【打印】")."""
    if _CHROME_LINE.match(line) or _COLUMN_NAME.match(line):
        return True
    bare = _FONT_SIZE_TOOL.sub(" 字体：", line)
    words = re.sub(r"[【】\[\]|｜]", " ", bare).split()
    bracketed = bare != line or bool(re.search(r"[【\[|｜]", line))
    if not words or len(words) > 8 or len(line) > 60:
        return False
    return (len(words) > 1 or bracketed) and all(_CHROME_LINE.match(w) for w in words)


_FONT_SIZE_TOOL = re.compile(r"字\s*[号体]\s*[:：]\s*(?:[大中小]\s*){2,3}")

# A heading of the page's link lists; the short link titles under it are not the document's text.
_LINK_LIST = re.compile(
    r"^[【\[]?(?:相关链接|相关文件|相关新闻|相关阅读|相关文章|相关政策|推荐阅读|延伸阅读|友情链接|热点新闻|热点推荐)"
    r"[】\]]?\s*[:：]?$"
)


def _link_like(line: str) -> bool:
    """A line that reads as a link title in a list: short, no sentence or clause punctuation, no numbering."""
    return len(line) <= 60 and not re.search(r"[。；;，,：:]", line) and not _NUMBERED.match(line)


_NUMBERED = re.compile(
    r"^(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十\d]{1,3}\s*[、.．]|第.{1,5}[条章])"
)


_ADOPTION_DATE = re.compile(r"[(（]?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_ADOPTION_EVENT = re.compile(
    r"(?:会议|常务委员会|人民政府|公告)[^。]{0,40}?(?:通过|修订|修正|修改|批准|公布)[)）]?$"
)


def _adoption_history(rows: tuple[tuple[str | None, ...], ...]) -> list[str]:
    """The lines of an adoption record kept as a table (each row a date and the session that adopted, revised or
    approved the text); [] for any other table."""
    lines = []
    for row in rows:
        cells = [c for c in row if c]
        if len(cells) != 2 or not _ADOPTION_DATE.fullmatch(cells[0]) or not _ADOPTION_EVENT.search(cells[1]):
            return []
        lines.append(f"{cells[0]} {cells[1]}")
    return lines


def clean_blocks(blocks: list[Block]) -> CleanResult:
    """Remove chrome lines, lift the 索引号 table into metadata and a 文件信息 block, strip spam substrings."""
    kept: list[Block] = []
    articles = _Articles()
    info = _FileInfo()
    dropped = 0
    links = False  # reading the link list under a "相关链接" heading
    i = 0
    while i < len(blocks):
        block = blocks[i]
        i += 1
        if links and isinstance(block, Paragraph) and _link_like(remove_spam(block.text).strip()):
            dropped += 1
            continue
        links = False
        if isinstance(block, Table):
            rows = tuple(
                tuple(None if c is None else remove_spam(c).strip() for c in row) for row in block.rows
            )
            history = _adoption_history(rows)
            if history:
                # "2020年3月27日 | …常务委员会第二十次会议通过": a regulation's adoption record set as a table is
                # its header, read as the lines it stands for.
                kept.extend(Paragraph(line) for line in history)
                continue
            record = _field_record(rows)
            if record is not None:
                info.add(record)
                dropped += 1
                continue
            flat = " ".join(" ".join(c or "" for c in r) for r in rows)
            pairs = _meta_pairs(flat)
            cells = [] if pairs else _cell_pairs(rows)
            filled = [p for p in pairs or cells if p[1]]
            if (
                (len(filled) >= 3 and len(flat) < 600)
                or (filled and cells and len(flat) < 200)
                or (filled and len(rows) == 1 and len(flat) < 80)
                or (len(flat) < 80 and _only_meta(flat, pairs))
            ):
                info.add(filled)
                dropped += 1
                continue
            kept.append(Table(rows))
            continue
        line = remove_spam(block.text).strip()
        if not line:
            dropped += 1
            continue
        # A record printed as a bulleted list ("• 发文序号:京兴政办发〔2023〕1 号") is read without its bullets.
        fields_line = _BRACKETED_KEY.sub(r"\1：", _LIST_BULLET.sub("", line))
        key_only = _KEY_ONLY.match(fields_line) or (_BARE_KEY.match(line) if i <= 2 * _HEAD_BLOCKS else None)
        if key_only:
            # A page saved as text: "发布日期：" on one line, "2019年01月14日" on the next.
            value = _value_line(blocks, i, info, re.sub(r"\s+", "", key_only.group(1)))
            if value is not None:
                i += 1
            info.add([(re.sub(r"\s+", "", key_only.group(1)), value or "")])
            dropped += 1
            continue
        posted = (
            _POSTED_LINE.match(line)
            or _SOURCE_THEN_TIME.match(line)
            or (_BARE_POSTED.match(line) if i <= _HEAD_BLOCKS else None)
        )
        if posted and "published" not in info.meta:
            day = next(g for g in posted.groups() if g)
            # "发布时间:2023-02-22 09:12": the time of day kept with the day, for "网页上几点发布的"
            clock = re.match(rf"{re.escape(day)}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?", line[line.find(day) :])
            info.add([("发布时间", clock.group() if clock else day)], guessed=posted.re is _BARE_POSTED)
            source = _SOURCE_BODY.search(line)
            if source:
                info.add([("信息来源", source.group(1))])
            dropped += 1
            continue
        banner = REPOST_BANNER.match(line)
        if banner:
            # The reposting site's note is page chrome; the title it names is the page's.
            info.add([("标题", banner.group(1).strip())])
            dropped += 1
            continue
        spaced = _spaced_pairs(fields_line)
        if spaced:
            info.add([p for p in spaced if p[1]])
            dropped += 1
            continue
        pairs = _meta_pairs(fields_line)
        filled = [p for p in pairs if p[1]]
        if len(filled) >= 2 or (
            filled and len(fields_line) < 60 and _META_PAIR.match(fields_line) and "。" not in fields_line
        ):
            info.add(filled)
            dropped += 1
            continue
        if _LINK_LIST.match(line) or is_chrome(line):
            links = bool(_LINK_LIST.match(line))
            if filled and len(line) < 80:  # "来源：省政府办公厅 发布时间：2019-01-14 10:30"
                info.add(filled)
            dropped += 1
            continue
        kept.extend(
            Paragraph(part)
            for run in split_run_on_outline(line)
            for piece in articles.split(run)
            for part in split_glued_items(piece)
        )
    body = _drop_duplicate_title(text_tables(kept), info.meta)
    return CleanResult(blocks=info.blocks() + body, page_meta=info.meta, dropped=dropped)


# An item's label at a paragraph's start: "（一）", "(二)", "1.", "2、".
_OPENING_LABEL = re.compile(r"^\s*(?:[（(]([一二三四五六七八九十]{1,3})[)）]|(\d{1,2})[.、．](?!\d))")


def split_glued_items(line: str) -> list[str]:
    """A page that lost its line breaks between items ("（一）地区生产总值增长11%左右。（省发改委负责）（二）公共财政收入
    增长13%左右。（…）"): the paragraph split before each next item's label that follows a closing bracket or a
    sentence's end, where the label is the next number in the same style as the paragraph's own."""
    m = _OPENING_LABEL.match(line)
    if m is None:
        return [line]
    chinese = m.group(1) is not None
    n = numeral_value(m.group(1) or m.group(2)) or 0
    parts, start, pos = [], 0, m.end()
    while True:
        label = f"[（(]{int_to_cn(n + 1)}[)）]" if chinese else rf"{n + 1}[.、．](?!\d)"
        nxt = re.compile(rf"(?<=[）)。；;])\s*(?={label})").search(line, pos)
        if nxt is None:
            break
        parts.append(line[start : nxt.start()])
        start = pos = nxt.end()
        n += 1
    parts.append(line[start:])
    return [p for p in parts if p.strip()]


# A label a page's lost line break left after a space: " 一、", " （二）", " 3." (not "第 1." or "增长 1.5%").
_SPACED_LABEL = re.compile(
    r"(?<=[^\d\s])[ \t\u3000]+(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[)）]|(\d{1,2})[.、．](?!\d))"
)
# "…缩小。 责任单位:县发改局…": a responsibility line run on after a sentence's end.
_SPACED_ROLE_LINE = re.compile(rf"(?<=[。；;])[ \t\u3000]+(?=(?:{UNIT_LABEL_WORDS})\s*[:：])")
_RUN_ON_MIN = 120
# A label's heading with no sentence punctuation outside brackets, then a space before its body.
_HEADING_THEN_SPACE = re.compile(
    r"((?:[^\s，,。；;：:（(]|[（(][^）)\n]{0,30}[）)]){2,40})[ \t\u3000]+(?=[\u4e00-\u9fff“])"
)
# "… 部门分工:省农业农村厅牵头,各地、各部门配合。 大力推进…建设 工作措施:…": unnumbered task cards run on.
_SPACED_UNITS_FIELD = re.compile(rf"[ \t\u3000]+(?=(?:{UNIT_LABEL_WORDS})\s*[:：])")
_SPACED_FIELD = re.compile(rf"(?<=[^\s])[ \t\u3000]+(?=[\u4e00-\u9fff]{{0,2}}(?:{ANY_LABEL_WORDS})\s*[:：])")


# Where a flattened page's lost line breaks show: after a sentence's or an addressee's end, around a 文号 or a full
# date, before "附件：", after a title's closing word ("…的通知 各镇人民政府,…:").
_LOST_BREAK = re.compile(
    r"(?<=[。！？!?])[ \t\u3000]+(?=[^\s|｜])"
    r"|(?<=\d日)[ \t\u3000]+(?=[^\s|｜\d])"
    r"|(?<=[^\s\d])[ \t\u3000]+(?=\d{4}年\d{1,2}月\d{1,2}日)"
    r"|[ \t\u3000]+(?=附件\s*\d*\s*[:：])"
    r"|(?<=的通知|的意见|的决定|的批复)[ \t\u3000]+(?=各)"
)
# a date in characters standing alone between spaces: "…贯彻落实。 二○○六年五月十一日 《…》"
_SPACED_CN_DATE = re.compile(
    r"([ \t\u3000]+)[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日([ \t\u3000]+)"
)
_SPACED_NUMBER = re.compile(rf"([ \t\u3000]*){DOC_NUMBER}([ \t\u3000]*)")
# "各镇人民政府,各街道办事处,…市各委办局、直属单位(公司): 根据…": the addressees, then the notice's text
_ADDRESSEES = re.compile(r"(?:^|(?<=\s))各[^:：\n]{2,120}[:：]([ \t\u3000]+)(?=[\u4e00-\u9fff])")


def _page_cuts(line: str) -> list[int]:
    """A flattened page's lost line breaks, when it shows at least two: after a sentence's or the addressees' end,
    around a 文号 or a full date, before "附件：", after a title's closing word ("…的通知 各镇人民政府,…:")."""
    cuts = [m.start() for m in _LOST_BREAK.finditer(line)]
    for m in (*_SPACED_NUMBER.finditer(line), *_SPACED_CN_DATE.finditer(line)):
        cuts += [m.start(g) for g in (1, 2) if m.group(g)]
    cuts += [m.start(1) for m in _ADDRESSEES.finditer(line)]
    return cuts if len(cuts) >= 2 else []


def _card_cuts(line: str) -> list[int]:
    """Where a run-on line of unnumbered task cards breaks: before each labelled field, and after the sentence
    closing each line of units (where the next card's title begins). None unless two cards close so."""
    units = list(_SPACED_UNITS_FIELD.finditer(line))
    if len(units) < 2:
        return []
    cuts = [m.start() for m in _SPACED_FIELD.finditer(line)]
    for m in units:
        end = line.find("。", m.end())
        if end > 0 and line[end + 1 : end + 2].isspace():
            cuts.append(end + 1)
    return cuts


def split_run_on_outline(line: str) -> list[str]:
    """A page that printed a whole outline as one line, the line breaks turned to spaces ("…责任分解 一、王丹县长牵头
    重点工作 1.全县生产总值增长7.5%左右;… 责任单位:县发改局… 2.落实…"): split before each label that continues
    its style's count (一、 after nothing or the last 、-number; 1. again under each higher label) and before each
    responsibility line after a sentence's end. The labels are read only when one style counts on to a second item,
    so a lone " 1." in running text stays put; else unnumbered task cards may part the line (_card_cuts). A notice
    head's own breaks (_page_cuts) are read either way."""
    if len(line) < _RUN_ON_MIN or re.search(r"[\t|｜]", line):
        return [line]  # (a table's row keeps its cells: a tab or a bar parts them, not a lost break)
    cuts: list[int] = []
    levels: list[int] = []  # styles in the order first accepted; a higher one resets those below
    last: dict[int, int] = {}
    counted = False
    for m in _SPACED_LABEL.finditer(line):
        style = next(i for i in range(3) if m.group(i + 1))
        n = numeral_value(m.group(style + 1)) or 0
        if n != last.get(style, 0) + 1 and not (n == 1 and style in levels):
            continue
        if style not in levels:
            levels.append(style)
        for lower in levels[levels.index(style) + 1 :]:
            last.pop(lower, None)
        counted = counted or n >= 2
        last[style] = n
        cuts.append(m.start())
        heading = _HEADING_THEN_SPACE.match(line, m.end())
        if heading:
            cuts.append(heading.end(1))  # "(一)省监察委员会牵头的工作 强化行政监察,…": the heading's own line
    if not counted:
        cuts = _card_cuts(line)
    cuts += _page_cuts(line)
    if not cuts:
        return [line]
    cuts += [m.start() for m in _SPACED_ROLE_LINE.finditer(line)]
    parts, start = [], 0
    for cut in sorted(set(cuts)):
        parts.append(line[start:cut])
        start = cut
    parts.append(line[start:])
    return [p.strip() for p in parts if p.strip()]


_ARTICLE_OPENING = re.compile(r"^\s*第([一二三四五六七八九十]{1,3})条")
# "第一章 总则第一条 为加强…": a chapter's heading run on into its first article.
_CHAPTER_GLUED = re.compile(r"^(\s*第[一二三四五六七八九十]{1,3}章\s*[\u4e00-\u9fff]{1,12}?)\s*(?=第一条)")


@dataclass
class _Articles:
    """A regulation whose articles a page ran together ("…制定本条例。第二条 本条例适用于…。第三条 …"): each next
    article, numbered one after the last one read and opening after a sentence's end, starts a paragraph of its own.
    The count runs across paragraphs, so an article glued to the end of a list item is found too."""

    last: int = 0

    def split(self, line: str) -> list[str]:
        chapter = _CHAPTER_GLUED.match(line)
        if chapter:
            return [chapter.group(1), *self.split(line[chapter.end() :])]
        opening = _ARTICLE_OPENING.match(line)
        if opening:
            self.last = numeral_value(opening.group(1)) or self.last
        if not self.last:
            return [line]
        parts, start = [], 0
        while self.last < 99:
            nxt = re.compile(rf"(?<=[。；;：:])\s*(?=第{int_to_cn(self.last + 1)}条)").search(line, start)
            if nxt is None:
                break
            parts.append(line[start : nxt.start()])
            start = nxt.end()
            self.last += 1
        parts.append(line[start:])
        return [p for p in parts if p.strip()]


@dataclass
class _FileInfo:
    """The page's metadata fields in page order: by field name for DocumentMeta, and as lines to keep."""

    meta: dict[str, str] = field(default_factory=dict)
    lines: dict[str, str] = field(default_factory=dict)  # key as the page names it -> value

    # fields read from an unlabelled value ("2023-07-21" alone), which a labelled one overrules
    guessed: set[str] = field(default_factory=set)

    def add(self, pairs: list[tuple[str, str]], guessed: bool = False) -> None:
        for key, value in pairs:
            if not value:
                continue
            name = _META_KEYS[key]
            if name in self.guessed and not guessed:
                # "2023-07-21" alone under the issuer, then "发布日期:2023-07-28": the labelled field stands.
                self.lines = {k: v for k, v in self.lines.items() if _META_KEYS[k] != name}
                del self.meta[name]
                self.guessed.discard(name)
            if name not in self.meta:  # 发布日期 and 发布时间 both given: the first one stands
                self.lines[key] = value
                self.meta[name] = value
                if guessed:
                    self.guessed.add(name)

    def blocks(self) -> list[Block]:
        return [Paragraph(f"{key}：{value}") for key, value in self.lines.items()]


def _value_line(blocks: list[Block], i: int, info: _FileInfo, key: str = "") -> str | None:
    """The next line as a key-only line's value, unless it is another field or the title's first line."""
    if i >= len(blocks) or not isinstance(blocks[i], Paragraph):
        return None
    value = remove_spam(blocks[i].text).strip()
    title = info.meta.get("title", "")
    field_line = _LIST_BULLET.sub("", value)
    if (
        not value
        or _META_PAIR.match(field_line)
        or _KEY_ONLY.match(field_line)
        or _BRACKETED_KEY.match(value)
        or len(value) > 80
    ):
        return None
    if _META_KEYS.get(key) not in ("title", None) and len(value) >= 8 and TITLE_WORDS.search(value):
        return None  # "有效性:" left empty, then the title: "2023年政府工作报告重点工作责任分解"
    if title and title.startswith(value):  # "主 题 词：" left empty, then the title printed above the body
        return None
    return value


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
