"""What a document says about itself: title, issuer, 文号, date, jurisdiction, validity."""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

from corpus.clean import FILE_INFO_LINE
from corpus.layout import Line
from corpus.model import DocumentMeta
from corpus.numerals import cn_to_int, digits_to_int
from corpus.structure import parse_heading
from corpus.text import DOC_NUMBER, TITLE_WORDS, in_order
from corpus.units import opens_like_a_name

_PERIOD = re.compile(r"^[(（]\s*(?:\d{4}\s*[-—–至]\s*\d{4}\s*年?|征求意见稿|试行|草案|送审稿)\s*[)）]$")
_DOC_NUMBER = re.compile(DOC_NUMBER)
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_ISSUER_END = re.compile(
    r"(人民政府办公室|人民政府|办公室|委员会|领导小组|领导小组办公室|管委会|政府|局|厅|委)$"
)
_FUNCTION_CHARS = set("的了和与及在是为对把被括等受由向经报请批提")
_NOT_PLACE = set("全我本各该省城超上入县州开门股夜都每两一二三四五六七八九十直设")


def extract_meta(lines: list[Line], page_meta: dict[str, str]) -> DocumentMeta:
    # The 文件信息 lines lifted from the page are read through page_meta, never as the document's own header.
    texts = [ln.text for ln in lines if ln.table < 0 and not FILE_INFO_LINE.match(ln.text)]
    title = _title(texts, page_meta) or _named_by_opening(texts) or _heading_title(texts)
    announced = _ANNOUNCED.search("\n".join(texts[:12])) if title.endswith("公告") else None
    if announced and any(t.strip() == announced.group(1) for t in texts[:20]):
        # "常务委员会公告" / "《毕节市优化营商环境条例》已于…通过…" / … / "毕节市优化营商环境条例": the 公告 announces the
        # regulation printed under it, which is the document.
        title = announced.group(1)
    head = texts[:15]
    issuer = page_meta.get("issuer", "")
    signed = _issuer(texts, title)
    # ("市政府办公室(市数据局)": a page record may add the office's other name in brackets)
    titled = bool(_TITLE_ISSUER.match(title))
    if (
        not issuer
        or (signed and _short_form_of(re.sub(r"[（(][^（）()]*[）)]$", "", issuer), signed))
        # "市人民政府办公室关于印发…的通知" posted by 市招商服务中心: the title says who issues it; a page's record of
        # the body that posted it does not overrule that, unless it is the same body's fuller name.
        or (titled and signed and not issuer.endswith(signed))
    ):
        issuer = signed  # the page's record abbreviates the body the document signs as (区政府办)
    issuer = issuer or page_meta.get("source_body", "") or _speaking_body(texts[:6])
    page_number = page_meta.get("doc_number", "")
    doc_number = _DOC_NUMBER.search(page_number).group() if _DOC_NUMBER.search(page_number) else ""
    if not doc_number and _FIELD_NUMBER.fullmatch(page_number.strip()):
        # "【发布文号】广西壮族自治区人大常委会公告13届第54号": a 公告's number
        doc_number = page_number.strip()
    # A 文号 alone on its line is distinctive enough to be looked for below a page's navigation too.
    doc_number = doc_number or _doc_number(head) or _standalone_number(texts[15:60])
    date = _date(page_meta.get("date", "")) or _stated_date(head) or _standalone_date(texts)
    posted = _date(page_meta.get("published", ""))
    title_years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})\s*年", title)]
    if not date and posted and not (title_years and int(posted[:4]) > max(title_years) + 1):
        # The page's posting date stands for the document's, unless the title's year shows a later repost
        # ("…下达2013年全市招商引资责任目标的通知" posted in 2019).
        date = posted
    full_text = "\n".join(ln.text for ln in lines)
    issuer = _placed_issuer(issuer, full_text)
    return DocumentMeta(
        title=title,
        issuer=issuer,
        doc_number=doc_number.strip(),
        date=date,
        published=_date(page_meta.get("published", "")),
        jurisdiction=jurisdiction_of(title + "\n" + issuer, full_text, doc_number),
        validity=_validity(full_text, page_meta),
    )


# "近年来,工业和信息化部以…为指导…,从2016年开始,我部每年都公开…": a page without its header speaks as the body
# it names, then calls itself 我部 / 我委 / 我局.
_SPEAKING_BODY = re.compile(
    r"([\u4e00-\u9fff]{2,14}?(?:部|委员会|委|局|厅|署|办公室|办))[^\n]{0,160}?我(部|委|局|厅|署|办)"
)


def _speaking_body(texts: list[str]) -> str:
    for text in texts:
        m = _SPEAKING_BODY.search(text)
        if m and m.group(1).endswith(m.group(2)) and not re.match(r"^(?:各|有关|相关|本)", m.group(1)):
            return re.sub(r"^(?:近年来|今年以来|[，,、])+", "", m.group(1))
    return ""


_BODY_NAME = re.compile(r"(?:委员会|局|厅|委|办公室|办|政府|部|署|中心)$")


_ANNOUNCED = re.compile(r"《([^《》\n]{4,40})》(?:已于|已经|经|已由)")


def _short_form_of(short: str, full: str) -> bool:
    """ "区政府办" is a short form of "北京市大兴区人民政府办公室": shorter, its characters in the name in order."""
    if len(short) >= len(full) or (short in full and _BODY_NAME.search(short)):
        return False  # (a body's name the signature holds whole is that body, not an abbreviation of the signature)
    return in_order(short, full)


def _placed_issuer(issuer: str, text: str) -> str:
    """An issuer the title names by its level only ("区人民政府办公室关于印发…") under the name the document
    prints in full elsewhere (its page record, its 落款: "蔡甸区人民政府办公室")."""
    if not re.match(r"^[区县市州](?:人民政府|政府|委|办)", issuer):
        return issuer
    named = Counter(
        m.group(1)
        for m in re.finditer(rf"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{{2,3}}?){re.escape(issuer)}", text)
        if m.group(1)[0] not in _NOT_PLACE and not m.group(1).endswith(("的", "和", "及", "与"))
    )
    return named.most_common(1)[0][0] + issuer if named else issuer


# Editorial notes a page adds to a title: （节选）, （摘要）, （全文）.
# So is the decree a regulation was published by: "防范和处置非法集资条例（国务院令第737号）".
_TITLE_NOTE = re.compile(
    r"\s*[(（](?:节选|摘要|全文|摘编|摘录|本文有删减|(?:中华人民共和国)?[\u4e00-\u9fff]{1,12}令\s*第\s*\d{1,4}\s*号)[)）]\s*$"
)
# A site's note before a title: "（转载）广州市人民政府办公厅关于…".
_TITLE_PREFIX_NOTE = re.compile(r"^\s*[(（](?:转载|原创|转发|来源[^)）]{0,12})[)）]\s*")
# A site's column label before a title: "【市政府重点工作及责任分解】滁州市人民政府关于…的通知".
_COLUMN_LABEL = re.compile(r"^\s*【[^】]{1,24}】\s*(?=\S{8,})")
# Whatever a page appends after a title that ends in its document type ("…的通知-某某网络平台", "…方案_某某"): the
# site's name, not the title's.
_AFTER_DOCUMENT_TYPE = re.compile(
    r"^(.{6,}?(?:通知|方案|意见|办法|规定|细则|条例|决定|计划|要点|清单|措施|批复|公告|通告|报告|规划))"
    r"\s*[-_|－]\s*[^-_|－]{2,30}$"
)
_FRONT_MATTER = re.compile(r"^(?:(?:title|标题|题目)\s*[:：]|#{1,6}\s)\s*", re.I)


# A page title's site suffix: "…管理办法的通知 - 广州市人民政府门户网站", "…_中国政府网".
_SITE_SUFFIX = re.compile(r"\s*(?:[-_|－—]\s*)[^-_|－—\s]{2,24}?(?:网站|门户网站|政府网|网)\s*$")


_SITE_AND_COLUMN = re.compile(
    r"^[\u4e00-\u9fff]{2,20}(?:人民政府|政府|网)[ \t\u3000]+[\u4e00-\u9fff]{2,8}[ \t\u3000]+(关于[^\s]{6,}(?:通知|意见|决定|批复|函))$"
)


_WRAPPED_TITLE = re.compile(
    r"(?:《([^《》]{6,80})》|[\"“]([^\"“”]{6,80})[\"”])\s*([（(][^（）()]{1,12}[）)])?"
)


def _clean_title(title: str) -> str:
    if title.count("|") >= 2:
        # A title kept in a page's "|" info table ("| 名称： | 广州市…的通知 |  |"): the longest cell is the title,
        # not its label or the empty cells beside it.
        title = max((cell.strip() for cell in title.split("|")), key=len)
    # "海盐县人民政府办公室关于…的通知 |": one table bar left at an end of the line.
    title = title.strip(" \t\u3000|｜")
    # "哈尔滨市木兰县人民政府 政策文件 关于印发《…》的通知": a site's name and column before the title, a space apart.
    if m := _SITE_AND_COLUMN.match(title):
        title = m.group(1)
    # "  • 江西省人民政府办公厅关于…": a page's list bullet is not part of the title.
    title = re.sub(r"^[•·●◆■▪►\-*\s]+", "", title.strip())
    title = _SITE_SUFFIX.sub("", _FRONT_MATTER.sub("", title))
    title = _TITLE_PREFIX_NOTE.sub("", _TITLE_NOTE.sub("", title))
    if _COLUMN_LABEL.match(title) and TITLE_WORDS.search(_COLUMN_LABEL.sub("", title)):
        title = _COLUMN_LABEL.sub("", title)
    if m := _AFTER_DOCUMENT_TYPE.match(title):
        title = m.group(1)
    # "延政办发〔2015〕5号《延安市人民政府办公室关于…的通知》": a 文号 printed before the title is not part of it.
    # So is one a page prints before the title with a space ("鲁政办字〔2015〕46号 山东省人民政府办公厅关于…的意见").
    title = title.strip()
    if (number := _DOC_NUMBER.match(title)) and (
        (after := title[number.end() :]).lstrip().startswith("《")
        or (after[:1].isspace() and TITLE_WORDS.search(after) and len(after.strip()) >= 8)
    ):
        title = after.strip()
    # "《宿迁市优化营商环境“五心”服务承诺清单》(2024年版)", "\"海南自由贸易港优化营商环境条例\"": a page printing the
    # title inside book-title marks or quotes; the marks are not part of it.
    if m := _WRAPPED_TITLE.fullmatch(title.strip()):
        title = (m.group(1) or m.group(2)) + (m.group(3) or "")
    # "…关于分解落实2018年 政府工作任务的通知": a flattened page's line break inside the title (not the space
    # between joint issuers: "广州市民政局 广州市财政局")
    title = re.sub(r"(?<=[\u4e00-\u9fff])(?<![局委办厅府院会室部])[ \t\u3000]+(?=[\u4e00-\u9fff])", "", title)
    # "浙江省人工智能高质量发展工作图谱——算力重点任务清单": the part before the dash is the document's title.
    main = re.split(r"——|—\s", title, maxsplit=1)[0].strip()
    return main if len(main) >= 6 else title


# How a document's title ends: its kind ("…的通知", "…若干措施", "…工作方案").
_TITLE_END = re.compile(
    r"(?:通知|意见|方案|办法|规定|条例|决定|措施|细则|计划|要点|清单|批复|函|公告|通报|纲要|规划|报告|指引|指南)$"
)


# The opening line of a title printed over two: an issuer or a place and "关于…", no sentence punctuation.
_TITLE_OPENING = re.compile(
    r"[\u4e00-\u9fff（）()、《》“”\s]{4,40}(?:关于[\u4e00-\u9fff（）()《》〈〉“”\s\d]{0,30}"
    r"|(?:印发|关于印发)[\u4e00-\u9fff（）()《》〈〉“”\s\d]{2,30})"
)
# "贵州省农村支付服务提质增效" / "助力乡村振兴行动方案…": a title's first line opening with its place.
_PLACE_OPENING = re.compile(r"^[\u4e00-\u9fff]{2,5}?(?:省|市|自治州|州|县|区)(?!委|政府|人民)")
# The line finishing a period a title opened: "２０２２—２０２５年)的通知".
_PERIOD_CLOSE = re.compile(r"^[\d０-９]{4}\s*[-—–至]\s*[\d０-９]{4}\s*年?\s*[)）][\u4e00-\u9fff]{0,6}$")


# "现就建立招商引资统分结合机制提出如下实施意见": a page without its title names what the document is about in its
# opening sentence; that phrase, verbatim, stands for the title.
_OPENING_NAMES = re.compile(
    r"现就(?:(?:建立|健全|完善|加强|做好|推进|进一步|深化|加快)(?![和与及、]))*([\u4e00-\u9fff“”]{4,30}?)(?:工作)?"
    r"(?:提出如下|提出以下|制定如下|制定本|作出如下)"
)


# "为…,切实做好广州--梅州全面对口帮扶工作,根据…,特制定本工作方案": the work the plan is made for names it.
_MADE_FOR = re.compile(
    r"做好([\u4e00-\u9fff“”\-—]{4,30}?)工作[^。]{0,160}?特?制定本(?:工作)?(?:方案|意见|办法|措施|计划|细则)"
)


# A news item reporting a document: "…安徽省人民政府发布关于年重点工作及责任分解的通知。" / "印发了《…》".
# ("济源市人民政府发布通知,明确政府工作报告提出的2021年重点工作责任单位": what the notice settles names it.)
_REPORTED = re.compile(
    r"(?:发布|印发|出台|下发|起草|制定|编制)了?(?:《([^《》]{6,60})》|(关于[\u4e00-\u9fff“”、（）()\d]{4,50}?的(?:通知|意见|决定)))|"
    r"(?:发布|印发|下发)了?(?:通知|意见)[,，]明确了?([\u4e00-\u9fff“”\d]{6,40})(?=[。，,]|$)"
)


def _heading_title(texts: list[str]) -> str:
    """A page printing no title whose first heading names a table or list of its own ("一、10件民生实事任务分解表"
    above the table): that name stands for the title."""
    for text in texts[:15]:
        heading = parse_heading(text.strip())
        if heading is None:
            continue
        name = heading.rest.strip()
        if len(name) <= 30 and _TABLE_TITLE_END.search(name) and not re.search(r"[，,。；;：:]", name):
            return name
        return ""
    return ""


_TABLE_TITLE_END = re.compile(r"(?:分解表|分工表|任务表|一览表|清单|台账)$")


def _named_by_opening(texts: list[str]) -> str:
    for text in texts[:8]:
        m = _OPENING_NAMES.search(text) or _MADE_FOR.search(text)
        if m:
            return m.group(1)
    for text in texts[:3]:
        m = _REPORTED.search(text)
        if m:
            return m.group(1) or m.group(2) or m.group(3)
    return ""


def _title(texts: list[str], page_meta: dict[str, str]) -> str:
    if page_meta.get("title"):
        return _clean_title(page_meta["title"])
    for i, text in enumerate(texts[:15]):
        # A PDF may run the title into its adoption line: "开封市优化营商环境条例2021 年 10 月 29 日 …通过".
        t = _clean_title(re.split(r"\s*\d{4}\s*年\s*\d{1,2}\s*月", text, maxsplit=1)[0] or text)
        if len(t) > 60 or t.endswith(("。", "：", ":")) or parse_heading(t) or not TITLE_WORDS.search(t):
            continue
        if re.match(r"^[>›»]", t) or t.count(">") >= 2:
            continue  # "> 政务公开 > 工作报告": what is left of a page's breadcrumb, not its title
        if re.match(r"^(附件|根据|按照|为)", t) or "，" in t or "," in t:
            continue
        if re.match(r"^\d{1,2}\s*[.．、]", t) and any(x.lstrip().startswith("附件") for x in texts[:i]):
            continue  # "附件:1.…任务清单" / "2.…任务分解": the attachments a notice lists, not its title
        if not _TITLE_END.search(t) and _title_ends_below(texts, i):
            continue  # "对县《政府工作报告》确定的2021年" / "重点工作及…" / "…责任分解的通知": read from its last line
        opened = _opened_lines_above(texts, i)
        if opened:
            # A title printed over three or four lines: "海东市人民政府办公室" / "关于印发海东市与兰州市、临夏州" /
            # "共同推进兰西城市群建设2020年" / "重点任务清单的通知".
            return opened + t
        # A title printed over two lines: "…关于印发广州市就业见习" / "基地管理办法的通知".
        before = texts[i - 1].strip() if i else ""
        opens = _TITLE_OPENING.fullmatch(before) or (
            # ("北京城市副中心(通州区)" / "国民经济和社会发展第十四个五年规划和" / "二〇三五年…分工方案")
            _PLACE_OPENING.match(before) and re.fullmatch(r"[\u4e00-\u9fff〇（）()]{6,30}", before)
        )
        if opens and not TITLE_WORDS.search(before[-6:]):
            t = before + t
        following = texts[i + 1].strip() if i + 1 < len(texts) else ""
        if t.count("《") > t.count("》") and following.endswith("》") and len(following) <= 30:
            # "《2023年省〈政府工作报告〉" / "工作任务分工方案》": a title in 《》 printed over two lines
            return _clean_title(t + following)
        if len(following) >= 8 and following in t and _TITLE_END.search(following):
            # "重庆市人民政府办公厅 关于印发《…》的通知 重庆市人民政府办公厅" over "关于印发《…》的通知": a page's header
            # line holding the title the next line prints again; the title ends where the repeat does.
            return _clean_title(re.sub(r"\s+(?=关于)", "", t[: t.index(following) + len(following)]))
        if (
            not _TITLE_END.search(t)
            and _TITLE_END.search(following)
            and re.fullmatch(r"[\u4e00-\u9fff〇（）()《》〈〉“”\d]{2,30}", following)
        ):
            t += following  # a title printed over three lines: "…关于印发" / "…专项行动" / "若干措施的通知"
        elif i + 1 < len(texts) and _PERIOD.match(texts[i + 1].strip()):
            t += texts[i + 1].strip()
        elif i + 1 < len(texts) and t.endswith(("(", "（")) and _PERIOD_CLOSE.match(texts[i + 1].strip()):
            t += texts[i + 1].strip()  # "…行动方案(" / "２０２２—２０２５年)的通知"
        return t
    return ""


_TITLE_FRAGMENT = re.compile(r"[\u4e00-\u9fff〇（）()《》〈〉“”、\d—－-]{2,30}")
_ISSUER_LINE = re.compile(r"[\u4e00-\u9fff]{2,20}(?:人民政府|政府|办公室|办公厅|委员会|局|厅)")


def _title_ends_below(texts: list[str], i: int) -> bool:
    """Lines below ``i`` go on as title fragments to one ending like a title ("…的通知") within two lines more, the
    title printed over three or four lines."""
    for j in range(i + 1, min(i + 3, len(texts))):
        line = texts[j].strip()
        if not _TITLE_FRAGMENT.fullmatch(line):
            return False
        if _TITLE_END.search(line):
            return texts[i].strip() in _opened_lines_above(texts, j)
    return False


def _opened_lines_above(texts: list[str], i: int) -> str:
    """The lines above a title's last line that open it: up to two fragments back to a line holding 关于, and the
    issuer's line above that; "" unless such a 关于 line is two or three lines up (two lines: see _title)."""
    lines: list[str] = []
    for k in range(1, 4):
        if i - k < 0:
            return ""
        line = texts[i - k].strip()
        if not _TITLE_FRAGMENT.fullmatch(line) or TITLE_WORDS.search(line[-4:]):
            return ""
        lines.insert(0, line)
        if "关于" in line:
            if k < 2:
                # "四川省人民政府办公厅" / "关于印发实施《西部大开发“十三五”" / "规划》责任分工方案的通知"
                above = texts[i - 2].strip() if i >= 2 else ""
                opened = (
                    line.startswith("关于")
                    and not _TITLE_OPENING.fullmatch(line)
                    and _ISSUER_LINE.fullmatch(above)
                )
                return above + line if opened else ""
            above = texts[i - k - 1].strip() if i - k - 1 >= 0 else ""
            if not line.startswith("关于") or not _ISSUER_LINE.fullmatch(above):
                above = ""
            return above + "".join(lines)
    return ""


_DECREE = re.compile(r"(?:^|(?<=[\s日]))((?:中华人民共和国)?[\u4e00-\u9fff]{2,20}?令\s*第\s*\d{1,4}\s*号)")
_CONGRESS = re.compile(
    r"([\u4e00-\u9fff]{2,12}?)第[一二三四五六七八九十百零〇\d]+届人民代表大会常务委员会第[一二三四五六七八九十百零〇\d]+次会议"
)


# A number a page's 文号 field holds in another form than 〔year〕: a 公告 or 令 number ("…公告13届第54号").
_FIELD_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,30}(?:公告|令)[\u4e00-\u9fff\d]{0,8}?第?\s*\d{1,4}\s*号")


# A 文号 alone on its line may be printed without 号 ("中朝管发〔2026〕5"): the 〔year〕 brackets make it one.
_BARE_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}[发函字办]〔\d{4}〕\s*\d{1,4}")


def _doc_number(head: list[str]) -> str:
    """文号 from the document's own header lines: 长政发〔2017〕30号 alone on a line, or a 令 number."""
    for text in head:
        t = text.strip()
        if _DOC_NUMBER.fullmatch(t) or _BARE_DOC_NUMBER.fullmatch(t):
            return t
        # "(银政办发〔2010〕113号 2010年10月27日)": a compilation prints the number and date in brackets.
        noted = _NUMBER_AND_DATE.fullmatch(t)
        if noted:
            return noted.group(1) or noted.group(4)
        # "延政办发〔2015〕5号《延安市人民政府办公室关于…的通知》": the number printed before the title.
        before_title = _DOC_NUMBER.match(t)
        if before_title and t[before_title.end() :].lstrip().startswith("《"):
            return before_title.group()
        # "川办函〔2017〕113号 2017年6月2日": the date beside it; "卫政办发〔2025〕26号各县(区)人民政府,…:" the
        # addressees run on after it where a page lost the line break.
        rest = t[before_title.end() :].strip() if before_title else ""
        if (
            before_title
            and (
                re.fullmatch(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", rest)
                or _CN_DATE.fullmatch(rest)  # "川府发〔2011〕8号 二○一一年三月十七日"
                # "永营办发〔2021〕3号 永城市贯彻《…条例》责任分工方案": the title after it, as _clean_title reads it
                or (t[before_title.end() : before_title.end() + 1].isspace() and _clean_title(t) == rest)
                or (
                    rest.endswith(("：", ":"))
                    and re.match(r"[\u4e00-\u9fff]{0,3}各|[\u4e00-\u9fff]{2,12}(?:人民政府|政府)", rest)
                )
            )
        ):
            return before_title.group()
    for first, second in zip(head, head[1:], strict=False):
        # A printed header breaking the 文号 after its bracket: "黔府发〔" / "２０２２〕８号".
        t = first.strip() + second.strip()
        if first.strip().endswith(("〔", "[", "［")) and _DOC_NUMBER.fullmatch(t):
            return t
    for text in head:
        if len(text) <= 60:
            m = _DOC_NUMBER.search(text) if re.search(r"(?:印发|公布|发布)$", text.strip()) else None
            m = m or _DECREE.search(text)
            if m:
                return m.group(1) if m.re is _DECREE else m.group()
        # "中华人民共和国国务院令 第737号 《…条例》已经…通过，现予公布": a decree opening its line.
        opening = _DECREE.match(text.strip())
        if opening:
            return re.sub(r"\s+", "", opening.group(1))
    return ""


def _standalone_number(lines: list[str]) -> str:
    return next((t.strip() for t in lines if _DOC_NUMBER.fullmatch(t.strip())), "")


def _header_events(head: list[str]) -> list[tuple[str, str, str]]:
    """(iso date, verb, text) for each dated event in the header: '2020年9月25日 …会议修订' -> (…, 修订, …).

    The verb is the first of 通过 / 修订 / 修正 / 公布 / 发布 / 印发 / 批准 / 施行 after the date, so a provincial
    congress's 批准 of a city's regulation is told apart from the city's own adoption.
    """
    text = "\n".join(t for t in head if len(t) <= 400)
    dates = list(_DATE.finditer(text))
    events = []
    for n, m in enumerate(dates):
        segment = text[m.end() : dates[n + 1].start() if n + 1 < len(dates) else len(text)]
        if re.match(r"\s*(?:前|以前|之前|止|截止)", segment):
            continue  # "可以在2023年6月26日前,通过以下途径…": a deadline, no event
        verb = re.search(r"通过|修订|修正|公布|发布|印发|批准|施行", segment)
        if verb:
            events.append((_date(m.group()), verb.group(), segment))
    return events


def _stated_date(head: list[str]) -> str:
    """The date of the version in force: the latest 通过 / 修订 / 修正 / 公布 of the issuing body (not 批准, 施行);
    a decree's "现予公布" is dated by the signature under it ("总理 李克强" / "2021年1月26日")."""
    dates = [d for d, verb, _ in _header_events(head[:8]) if d and verb not in ("批准", "施行")]
    dates += [
        _date(m.group(2) or m.group(3))
        for t in head[:4]
        if (m := _NUMBER_AND_DATE.fullmatch(t.strip())) and (m.group(2) or m.group(3))
    ]
    for n, text in enumerate(head[:8]):
        if _DECREE.match(text.strip()) and _PUBLISHED_BY_DECREE.search(text):
            signed = [_date(t) for t in head[n + 1 : n + 5] if _DATE.fullmatch(t.strip())]
            dates += signed[:1]
    return max(dates) if dates else ""


_PUBLISHED_BY_DECREE = re.compile(r"现予(?:公布|发布)")
_NUMBER_AND_DATE = re.compile(
    rf"[(（]\s*({_DOC_NUMBER.pattern})\s*[，, \u3000]?\s*(\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)?\s*[)）]|"
    # "(2011年4月23日 商法字[2011]54号)": the date first
    rf"[(（]\s*(\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)\s*[，, \u3000]?\s*({_DOC_NUMBER.pattern})\s*[)）]"
)


# "国务院办公厅转发国家地震局关于…": the body before 转发 / 印发 / 批转 issued it, not the one it forwards.
_TITLE_ISSUER = re.compile(
    r"^(.{0,20}?(?:国务院|人民政府|政府|办公室|委员会|局|厅|部))(?:关于|对|转发|印发|批转)"
)


def _issuer(texts: list[str], title: str) -> str:
    m = _TITLE_ISSUER.match(title)
    if m:
        return m.group(1)
    for text in texts[:8]:
        decree = _DECREE.match(text.strip())
        if decree and _PUBLISHED_BY_DECREE.search(text):
            return re.sub(r"令\s*第.*$", "", re.sub(r"^中华人民共和国", "", decree.group(1)))
    for _, verb, segment in _header_events(texts[:8]):
        if verb == "公布" and _DECREE.search(segment):
            name = re.sub(r"^中华人民共和国", "", _DECREE.search(segment).group(1))
            return re.sub(r"令\s*第.*$", "", name)
        m = _CONGRESS.search(segment)
        if m and verb in ("通过", "修订", "修正"):
            # ("…已于2025年8月29日经毕节市第三届人民代表大会常务委员会…通过": 经 is no part of the name)
            return re.sub(r"^(?:经|由|在|于)", "", m.group(1).strip()) + "人民代表大会常务委员会"
    signed = _signed_line(texts)
    if signed:
        return re.sub(r"[（(][^（）()]*[）)]$", "", signed.group("issuer")).strip()
    for i, text in enumerate(texts):
        t = text.strip()
        if _signs(t):
            nxt = _DATE_LINE_WRAP.sub("", texts[i + 1].strip()) if i + 1 < len(texts) else ""
            if _DATE.fullmatch(nxt):
                # Bodies issuing jointly sign one above another over the one date: each is an issuer.
                # A body's second name in brackets under it ("（四川省人工智能产业链链长办公室）") is part of its
                # signature, not the end of the block.
                first = i
                while first > 0 and i - first < 7:
                    above = texts[first - 1].strip()
                    if not (_signs(above) or (_BRACKETED_NAME.fullmatch(above) and first - 1 > 0)):
                        break
                    first -= 1
                while _BRACKETED_NAME.fullmatch(texts[first].strip()):
                    first += 1  # the block opens with a body's name, never with a bracket
                return "、".join(x.strip() for x in texts[first : i + 1] if _signs(x.strip()))
    return _header_issuer(texts, title)


def _header_issuer(texts: list[str], title: str) -> str:
    """A document's 红头: the issuing body's name alone on the line above a title that opens with 关于
    ("沙县人民政府" / "关于加快第三产业发展的实施意见(试行)"), perhaps with 文件 after it; '' otherwise."""
    if not title.startswith("关于"):
        return ""
    for i, text in enumerate(texts[1:15], start=1):
        if text.strip() != title:
            continue
        above = re.sub(r"文件$", "", texts[i - 1].strip())
        if _signs(above) and not TITLE_WORDS.search(above):
            return above
    return ""


_BRACKETED_NAME = re.compile(r"[（(][^（）()]{3,30}[）)]")


def _signs(line: str) -> bool:
    """A line that can be a 落款: a body's name alone ("中关村科技园区朝阳园管理委员会")."""
    return (
        3 <= len(line) <= 30
        and bool(_ISSUER_END.search(line))
        and not parse_heading(line)
        and "，" not in line
    )


def _date(value: str) -> str:
    m = _DATE.search(value) or _ISO_DATE.search(value)
    if not m:
        return _date_in_words(value)
    y, mo, d = (int(g) for g in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else ""


# A closing line that signs and dates at once: "罗湖区科技和工业信息化局（…）2026年4月24日发布。"
_SIGNED_LINE = re.compile(
    r"^(?P<issuer>[\u4e00-\u9fff（）()]{2,40}?)\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:发布|印发)"
    # a note may follow: "嘉兴市发展和改革委员会2026年3月31日发布，征求意见时间为…"
    r"(?:。|[，,][^。]{0,60}。?)?$"
)


def _signed_line(texts: list[str]) -> re.Match[str] | None:
    """The closing line that signs and dates the document at once, if one of the last lines is."""
    return next((m for m in (_SIGNED_LINE.match(t.strip()) for t in texts[-12:]) if m), None)


# A date line as printed alone: "(2023年2月8日)" under a title, "2014年3月29日印发" closing a 版记.
_DATE_LINE_WRAP = re.compile(r"^[(（]\s*|\s*[)）]$|\s*(?:印发|发布|签发)$")


def _standalone_date(texts: list[str]) -> str:
    for text in texts:
        t = _DATE_LINE_WRAP.sub("", text.strip())
        # "川府发〔2011〕8号 二○一一年三月十七日": the 文号 and the date on one line.
        t = re.sub(rf"^{_DOC_NUMBER.pattern}[ \t\u3000]+", "", t)
        if _DATE.fullmatch(t) or _CN_DATE.fullmatch(t):
            return _date(t)
    signed = _signed_line(texts)
    if signed:
        return _date(signed.group("date"))
    return ""


# A signature dated in words: 二〇〇六年五月二十三日.
_CN_DATE = re.compile(
    r"([〇零○一二三四五六七八九][〇零○ＯO一二三四五六七八九]{3})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)


def _date_in_words(value: str) -> str:
    m = _CN_DATE.search(value)
    if not m:
        return ""
    year, month, day = digits_to_int(m.group(1)), cn_to_int(m.group(2)), cn_to_int(m.group(3))
    if not year or not month or not day or not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def _validity(text: str, page_meta: dict[str, str]) -> str:
    m = re.search(
        r"有效期(?:至|为)[^。，,；;\n]{1,30}|(?:政策|实施|执行|适用)期限(?:为|是|自)[^。，,；;\n]{1,30}", text
    )
    if m:
        return m.group()
    m = re.search(r"自\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日起(?:施行|执行|实施)", text)
    if m:
        return m.group()
    if re.search(r"自印发之日起(?:施行|执行|实施)", text):
        return re.search(r"自印发之日起(?:施行|执行|实施)", text).group()
    return page_meta.get("validity", "")


_PLACE_CONTEXT = re.compile(
    r"(?=([\u4e00-\u9fff]{2})(市|州|县)(?:人民政府|委员会|经开区|高新区|经济开发区|经济技术开发区|金融监管分局|供电公司|"
    r"市分行|分行|中心支行|海关|市委|市政府|州委|州政府|县委|县政府))"
)
_NATIONAL_ISSUER = re.compile(
    r"^(?:中华人民共和国|中共中央)?(?:国务院|全国人民代表大会|国家[\u4e00-\u9fff]{1,14}(?:局|委员会|委|署|总局)|"
    r"[\u4e00-\u9fff]{1,8}部)"
)
_NATIONAL_NUMBER = re.compile(
    r"^(?:国发|国办发|国办函|国函|国令|中发|中办发)|国务院令|总局令|^[\u4e00-\u9fff]{1,8}部令"
)


def _load_provinces() -> list[tuple[str, tuple[str, ...]]]:
    path = Path(__file__).with_name("data") / "provinces.txt"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            full, *short = line.split()
            out.append((full, tuple(s for s in short if len(s) >= 2)))
    return out


PROVINCES = _load_provinces()


def _load_long_cities() -> tuple[str, ...]:
    path = Path(__file__).with_name("data") / "long_city_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(n for line in lines if not line.startswith("#") for n in line.split() if len(n) >= 3)


LONG_CITIES = _load_long_cities()


def province_in(text: str) -> str:
    """The provincial-level division a title names: '数字广东建设…' -> '广东省', '上海市会展业条例' -> '上海市'."""
    found = [
        (text.find(form), full) for full, shorts in PROVINCES for form in (full, *shorts) if form in text
    ]
    return min(found)[1] if found else ""


def jurisdiction_of(head: str, text: str, doc_number: str = "") -> str:
    """The place the document governs, at its real level: 国家, a province, a city, a 州 or a county.

    A 自治州 in the title or issuer wins; then a city or county the title or issuer names in front of a
    government body; then a province they name (a city that only occurs in a unit's name never makes a
    provincial document a city's); then a national issuer or 文号 (国务院, ministries, 国办函…); last, the
    place name seen most often in front of a government body in the text.
    """
    m = re.search(
        r"([\u4e00-\u9fff]{2,4}?)(?:土家族苗族|苗族侗族|藏族|彝族|[\u4e00-\u9fff]{0,4}族)?自治州", head
    )
    if m:
        return m.group(1) + "州"
    issuer = head.split("\n", 1)[1] if "\n" in head else ""
    title = head.split("\n", 1)[0]
    if _NATIONAL_ISSUER.match(issuer) or _NATIONAL_NUMBER.search(doc_number) or re.match(r"^国务院", title):
        return "国家"
    province = province_in(head)
    if not province and (_PROVINCE_SELF_ISSUED.match(title) or _PROVINCE_SELF_ISSUED.match(issuer)):
        # "自治区人民政府办公厅关于印发…的通知": a province's own office names itself by its level alone; the
        # province is the one its text names ("宁夏回族自治区人民政府网站发布了…").
        province = province_in(text)
        if province:
            return province
    # "罗湖区支持…若干措施": a district's own document names it first in its title, perhaps with the zone it runs
    # jointly in brackets ("铜山区（徐州高新区）支持…").
    # "上海市徐汇区科学技术委员会关于…": the district may follow its city's name.
    district = re.match(
        r"^(?:[\u4e00-\u9fff]{2,3}市)?([\u4e00-\u9fff]{2,3}区)(?:[（(][\u4e00-\u9fff]{2,12}[)）])?(?:人民政府|政府|委员会)?"
        r"(?:关于|支持|促进|加快|推进|印发|[\u4e00-\u9fff]{0,6}(?:局|委|办))",
        title,
    )
    # "蔡甸区人民政府办公室": a district's own office issues a title that names no city or province of its own.
    # So does an office naming its district under the city the title names ("北京市通州区人民政府办公室" issuing
    # "北京城市副中心(通州区)…分工方案").
    issued = re.match(
        r"^(?:([\u4e00-\u9fff]{2,3})市)?([\u4e00-\u9fff]{2,3}区)(?:人民政府|政府|委员会)", issuer
    )
    if (
        not district
        and issued
        and (
            not re.search(r"[\u4e00-\u9fff]{2}(?:市|省|自治区)", title)
            or (issued.group(1) and issued.group(1) in title and issued.group(2)[:2] in title)
        )
    ):
        district = re.search(f"({re.escape(issued.group(2))})", issued.group())
    # "绿园区“六城联动”招商引资专班实施方案": a district opening the title with what it does, when the text speaks
    # as a district (区政府, 全区, 区工信局).
    district = district or (
        re.match(r"^([\u4e00-\u9fff]{2}区)(?=[“\"《\u4e00-\u9fff])", title)
        if re.search(
            r"区(?:人民政府|政府|委)|全区|(?<=[、，,（(：:\n])区[\u4e00-\u9fff]{1,6}?(?:局|委|办)", text
        )
        and title[:2] not in _ZONE_WORDS
        else None
    )
    if district and not province_in(district.group(1)):
        name = district.group(1)
        # An issuer naming the same district under its city (杭州市上城区人民政府办公室) vouches for a name that
        # opens with a character most such names don't (上城区).
        if name[0] not in _NOT_PLACE or re.search(rf"[\u4e00-\u9fff]{{2,4}}市{name}", issuer):
            return name
    # "加快西宁市流通业发展实施意见": a title opening with what it does to its own city or county.
    opening = re.match(
        rf"^(?:\d{{4}}\s*年度?)?(?:关于)?(?:进一步)?(?:{_TITLE_VERBS})?([\u4e00-\u9fff]{{2}})(市|县)(?![委政人])",
        title,
    )
    if opening and opening.group(1)[0] not in _NOT_PLACE and not province_in(opening.group(1)):
        return opening.group(1) + opening.group(2)
    # "驻马店市优化营商环境条例": a longer name opening the title, vouched for by its own organs in the text
    # ("驻马店市第四届人民代表大会常务委员会", "驻马店市人民政府").
    longer = re.match(r"^([\u4e00-\u9fff]{3,4}?)(市|县)(?![委政人])", title)
    if longer and not province_in(longer.group(1)) and longer.group(1)[0] not in _NOT_PLACE:
        place = longer.group(1) + longer.group(2)
        if re.search(rf"{place}(?:第[一二三四五六七八九十\d]+届人民代表大会|人民政府|人大常委会)", text):
            return place
    # "沁县人民政府办公室": a county named by one character and 县.
    single = re.match(r"^([\u4e00-\u9fff])县(?:人民政府|政府|委员会|人大|委)", issuer) or re.match(
        r"^([\u4e00-\u9fff])县(?:人民政府|政府)(?:办公室)?关于", title
    )
    if single and single.group(1) not in _NOT_PLACE and single.group(1) not in "市区乡镇村同":
        return single.group(1) + "县"
    city = _place_in(head, weight_text="")
    if city and city != province and (not province or city[:2] not in province):
        return city
    if province:
        return province
    found = _place_in(head, weight_text=text) or _own_place(text)
    if found:
        return found
    found = _city_it_speaks_for(text)
    # "市人民政府办公室关于印发…": a city's own office, whatever province its text names once.
    if not found and not _CITY_SELF_ISSUED.match(title) and not _CITY_SELF_ISSUED.match(issuer):
        found = _the_province_it_speaks_for(text)
    return found or _district_government(text)


# A body of the document's own level named bare after a break ("，市发改委牵头", "我市", "全市"): the level it speaks as.
_SELF_LEVEL = r"(?:(?:我|全){0}|(?<=[，,、；;：:（(\n]){0}[\u4e00-\u9fff]{{1,8}}?(?:局|委|办|厅|委员会)(?=[，,、；;。）)]|牵头|负责|配合))"


def _city_it_speaks_for(text: str) -> str:
    """A page without title or issuer whose units are a city's or a county's own ("由…副市长负责,市环保局牵头",
    "我市", "县发改局") and that names one such place again and again ("兰州城市轨道交通项目", "在兰州设立…",
    "涉及嘉鱼的…", "嘉鱼经济开发区"): that place; '' when it speaks as a higher level as often, or names no place
    at least twice."""
    counts = {level: len(re.findall(_SELF_LEVEL.format(level), text)) for level in "省市县"}
    level = max("市县", key=lambda k: counts[k])
    if counts[level] < 2 or counts[level] <= counts["省"] or counts["市"] == counts["县"]:
        return ""
    zone = r"(?=经济开发区|经济技术开发区|高新区|经开区|工业园|开发区)"
    named = Counter(
        m.group(1)
        for m in re.finditer(
            rf"([\u4e00-\u9fff]{{2}})(?:{level}(?![域级情委政直属里城乡区场民值面容貌])|{zone})", text
        )
        if opens_like_a_name(m.group(1))
        if m.group(1)[1] not in "我本该全各"  # "提升我县": 我县 is the county itself, 升我 no name
        if m.group(1)[0] not in _NOT_PLACE
        and m.group(1)[0] not in "全我本各该每两一二三四五六七八九十市州县区省"
        and not set(m.group(1)) & _FUNCTION_CHARS
        and not province_in(m.group(1))
    )
    for whole in LONG_CITIES:
        if whole[-2:] in named and whole in text:  # "秦皇岛市税务局": the city is 秦皇岛, not 皇岛
            named[whole] += named.pop(whole[-2:])
    ranked = sorted(named, key=lambda n: -text.count(n))
    if not ranked or text.count(ranked[0]) < 2:
        return ""
    if len(ranked) > 1 and text.count(ranked[1]) == text.count(ranked[0]):
        return ""
    return ranked[0] + level


# Two characters before 区 that name a kind of zone or area, not a district: "高新区", "园区", "开发区".
_ZONE_WORDS = frozenset(
    (
        "高新",
        "经开",
        "开发",
        "示范",
        "试验",
        "保税",
        "自贸",
        "综保",
        "产业",
        "工业",
        "物流",
        "商务",
        "新城",
        "功能",
        "核心",
        "重点",
        "先行",
        "实验",
        "风景",
        "旅游",
        "度假",
        "集聚",
        "合作",
        "边境",
        "特别",
        "行政",
        "城市",
        "农村",
        "自治",  # "自治区人民政府办公厅…": the level's name, no district
    )
)
_PROVINCE_SELF_ISSUED = re.compile(
    r"^(?:自治区|省)(?:人民政府|政府|委|[\u4e00-\u9fff]{1,10}(?:厅|局|委员会|办公室))"
)
_CITY_SELF_ISSUED = re.compile(r"^市(?:人民政府|政府|委|[\u4e00-\u9fff]{1,10}(?:局|委员会|办公室))")


# "渝中区人民政府办公室发布《…分解》方案": a district's government named in a page that names no other place.
_DISTRICT_GOVERNMENT = re.compile(r"([\u4e00-\u9fff]{2})区人民政府")


def _district_government(text: str) -> str:
    named = Counter(
        m.group(1)
        for m in _DISTRICT_GOVERNMENT.finditer(text)
        if m.group(1)[0] not in _NOT_PLACE
        and m.group(1)[0] not in "全我本各该每两市县省"
        and not province_in(m.group(1))
    )
    if not named:
        return ""
    (best, count), *rest = named.most_common()
    return best + "区" if not rest or count > rest[0][1] else ""


# A province's document speaks of itself without its name (省人民政府, 省直各委办厅局, 全省); the one province it does
# name ("国家开发银行云南省分行") is then its own.
# A municipality's (天津市) speaks of itself as the city (市人民政府, 全市).
_PROVINCIAL_SELF = re.compile(r"全省|省人民政府|省政府|省直|省财政|省委")
_MUNICIPAL_SELF = re.compile(r"全市|市人民政府|市政府|市直|市财政|市委")


def _the_province_it_speaks_for(text: str) -> str:
    named = {
        full for full, shorts in PROVINCES for form in (full, *shorts) if len(form) >= 2 and form in text
    }
    if len(named) != 1:
        return ""
    province = named.pop()
    speaks = _MUNICIPAL_SELF if province.endswith("市") else _PROVINCIAL_SELF
    return province if speaks.search(text) else ""


# "结合抚州实际": a document weighing measures against its own place's circumstances names that place.
_OWN_PLACE = re.compile(
    r"结合(?![我本全各该])([\u4e00-\u9fff]{2,5}?)(省|市|州|县|区)?(?:的)?(?:具体|工作|发展)?实际"
)


_TITLE_VERBS = "加快|促进|推进|推动|支持|深化|做好|优化|加强"
# "市生态环境局咸安分局": a city bureau's branch in a district is named for the district.
_DISTRICT_BRANCH = re.compile(r"市[\u4e00-\u9fff]{2,12}?局([\u4e00-\u9fff]{2})分局")


def _own_place(text: str) -> str:
    """The place a document that names no place in its title or issuer says it is written for; '' if none.

    A district's document may name its district only in the city bureaus' branches it lists ("全区" … "市生态
    环境局咸安分局")."""
    m = _OWN_PLACE.search(text)
    if not m:
        branches = Counter(
            b.group(1) for b in _DISTRICT_BRANCH.finditer(text) if b.group(1)[0] not in _NOT_PLACE
        )
        if branches and re.search(r"全区|区《|区委|区政府|区人民政府", text):
            return branches.most_common(1)[0][0] + "区"
        return ""
    name, level = m.group(1), m.group(2)
    if level:
        return name + level
    written = [(text.count(name + k), name + k) for k in ("市", "州", "县", "区") if name + k in text]
    if written:
        return max(written)[1]
    # A city named without its level (抚州), whose zones the text names too ("抚州高新区管委会").
    if re.search(rf"{re.escape(name)}(?:高新区|经开区|经济开发区|经济技术开发区|新区)", text):
        return name + "市"
    return ""


def _after_province(text: str, at: int) -> bool:
    """The character at ``at`` ends a province's short name written just before it (江苏 in 江苏常州)."""
    return any(
        len(short) == 2 and text.startswith(short, at - 1) for _, shorts in PROVINCES for short in shorts
    )


@functools.cache
def _long_city_opening() -> re.Pattern[str]:
    names = "|".join(re.escape(c) for c in sorted(LONG_CITIES, key=len, reverse=True))
    return re.compile(rf"^({names})(市|州|县)", re.M)


def _place_in(head: str, weight_text: str) -> str:
    candidates: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    for source, weight in ((head, 5), (weight_text, 1)):
        for m in _PLACE_CONTEXT.finditer(source):
            name, kind = m.group(1), m.group(2)
            if kind == "州" and _after_province(source, m.start()):
                # "江苏常州经济开发区": 常州 is the city; 苏 closes the province's name, it opens no place.
                name, kind = name[1] + kind, "市"
            # A numeral opens a count of places ("三县市"), but a city's own name too where its government is
            # named right after it in the title or issuer (六安市人民政府, 三明市人民政府, 九江市人民政府).
            own_government = source is head and re.match(r"(?:人民政府|市政府|市委)", source[m.end(2) :])
            numbered_city = name[0] in "一二三四五六七八九十" and own_government and name[1] not in _NOT_PLACE
            if not numbered_city and (
                name[0] in _NOT_PLACE or name[0] in "市州县区省" or set(name) & _FUNCTION_CHARS
            ):
                continue
            candidates[name] += weight
            kinds[(name, kind)] += 1
        # "按照《柳河县中小企业发展引导资金管理办法》": a measure of the place's own cited by name.
        for m in re.finditer(r"《([\u4e00-\u9fff]{2})(市|州|县)", source):
            if not province_in(m.group(1)):
                candidates[m.group(1)] += weight
                kinds[(m.group(1), m.group(2))] += 1
        for m in re.finditer(r"^([\u4e00-\u9fff]{2})(市|州|县)", source, re.M):
            if m.group(1)[0] not in "全我本各该每两一二三四五六七八九十" and not province_in(m.group(1)):
                candidates[m.group(1)] += weight
                kinds[(m.group(1), m.group(2))] += 1
        # "石家庄市优化营商环境条例": a listed city of three characters opening a line.
        for m in _long_city_opening().finditer(source):
            candidates[m.group(1)] += weight
            kinds[(m.group(1), m.group(2))] += 1
    text = head + weight_text
    for whole in LONG_CITIES:
        # "人民银行连云港市中心支行": the city is 连云港, not the two characters before 市.
        tail = whole[-2:]
        if tail in candidates and whole in text:
            candidates[whole] += candidates.pop(tail)
            for k in ("市", "州", "县"):
                kinds[(whole, k)] += kinds.pop((tail, k), 0)
    if not candidates:
        return ""
    name = max(candidates, key=lambda n: (candidates[n], text.count(n)))
    kind = max(("市", "州", "县"), key=lambda k: (text.count(name + k), kinds[(name, k)]))
    return name + kind
