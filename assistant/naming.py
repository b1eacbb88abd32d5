"""Which documents a question names: by a stretch of a title, by its subject ("稳就业那个意见", "督查激励里"), by a
文号 (with or without its year), or by the body that issued it ("国务院说…")."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from assistant import wording
from assistant.vocabulary import HALF_WIDTH, Vocabulary, bigrams
from corpus.script import folded


def part_titles(doc) -> list[str]:
    """The titles of the plans a compilation holds (its top-level headings)."""
    return [s.heading for s in doc.sections if s.level == 0]


def titled_with(words: str, docs) -> list[str]:
    """The documents whose title, or the title of a plan inside them, holds ``words`` whole."""
    return [d.doc_id for d in docs if words in d.title or any(words in p for p in part_titles(d))]


def contracts(short: str, long: str) -> bool:
    """ "经开区" is "经济技术开发区" contracted: its characters in order, fewer of them."""
    rest = iter(long)
    return len(short) < len(long) and all(c in rest for c in short)


# Abbreviations of the lexicon's synonym groups: (short form, the long form it contracts).
_ABBREVIATIONS = tuple(
    (short, long)
    for group in wording.SYNONYM_GROUPS
    for short in group
    for long in group
    if len(short) >= 2 and contracts(short, long)
)


@lru_cache(maxsize=2048)
def title_forms(title: str) -> tuple[str, ...]:
    """A title as written and as a cadre shortens it (《上海市经济技术开发区条例》 → 上海市经开区条例)."""
    # A title printed in traditional characters is typed in simplified ones.
    forms = [title, folded(title)]
    title = forms[-1]
    for short, long in _ABBREVIATIONS:
        if long in title:
            forms.append(title.replace(long, short))
    # "重点工作(预下达)一季度进展情况表": a short note in brackets inside the title is left out when it is typed.
    forms += [re.sub(r"[（(][^（）()]{1,8}[)）](?!$)", "", f) for f in forms]
    return tuple(dict.fromkeys(forms))


# A title a question quotes whole in book-title marks.
QUOTED_TITLE = re.compile(r"《([^《》]{6,80})》")


def quoted_title(text: str, vocab: Vocabulary) -> list[str]:
    """Documents a question names by a title in book-title marks (《关于进一步提升全州优化营商环境的工作方案》): those whose
    title is the one quoted or holds it whole."""
    found: list[str] = []
    for quoted in QUOTED_TITLE.findall(text):
        wanted = folded(quoted)
        found += [
            d.doc_id
            for d in vocab.documents
            if d.title != d.doc_id and any(wanted in form for form in title_forms(d.title))
        ]
    return list(dict.fromkeys(found))


def title_hint(text: str, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """Documents named by a stretch of their title or of a plan's heading inside them, longest match first.

    Returns (doc_ids, words to drop from the topic): words from a title only identify the document; words from
    a plan heading inside a compilation (长沙市对外贸易行动方案) stay in the topic, where they pick the plan.
    """
    names = {d.doc_id: (d.title, part_titles(d)) for d in vocab.documents}
    if len(names) < 2:
        return [], []
    for run in re.findall(r"[\u4e00-\u9fff0-9A-Za-z“”\"]{4,}", text):
        for size in range(min(len(run), 24), 3, -1):
            for at in range(len(run) - size + 1):
                words = run[at : at + size]
                # Only a name of a document counts ("…行动计划", "…若干意见"), not any phrase a title contains.
                if words.strip('“”"') in wording.GENERIC_TITLE_WORDS or not wording.DOCUMENT_TYPE.search(
                    words
                ):
                    continue
                in_title = [
                    d for d, (title, _) in names.items() if any(words in f for f in title_forms(title))
                ]
                in_part = [d for d, (_, parts) in names.items() if any(words in p for p in parts)]
                hit = sorted(set(in_title) | set(in_part))
                if hit and len(hit) < len(names) and _distinctive(words, vocab):
                    return hit, ([words] if in_title and not in_part else [])
    return [], []


# How long a stretch of an unplaced page's title a question must type to name it beside a place's own documents.
_UNPLACED_STRETCH = 8


def unplaced_titled(text: str, vocab: Vocabulary) -> list[str]:
    """Pages printing no place whose title the question types a long, distinctive stretch of ("绍兴2020年重点工作里"
    of 《市政府2020年重点工作(预下达)一季度进展情况表》): any place may be theirs, so the place typed keeps them."""
    found = []
    for doc in vocab.documents:
        if doc.jurisdiction or len(vocab.documents) < 2:
            continue
        for title in title_forms(doc.title):
            run = longest_shared(text, title)
            # ("若干措施（试行）": a kind and a status name no page)
            subject = wording.DOCUMENT_TYPE.sub("", re.sub(STATUS_NOTE, "", run))
            if (
                len(run) >= _UNPLACED_STRETCH
                and len(subject) >= _UNPLACED_STRETCH - 2
                and re.search(r"[\u4e00-\u9fff]{4}", subject)
                and _distinctive(run, vocab)
            ):
                found.append(doc.doc_id)
                break
    return found


def longest_shared(a: str, b: str) -> str:
    """The longest stretch of ``a`` that ``b`` also holds."""
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] in b:
                best = a[i:j]
            else:
                break
    return best


def _distinctive(words: str, vocab: Vocabulary) -> bool:
    """Besides its document-type word, the stretch has a word few documents use: "试点方案" or "实施方案" is how
    many titles end, not the name of one ("无废城市试点方案" names none of them by its tail)."""
    subject = wording.DOCUMENT_TYPE.sub("", words.strip('“”"'))
    total = len(vocab.doc_grams)
    rare = min(max(3, total // 5), total - 1)  # in a small library: some document must lack it
    return any(vocab.doc_df.get(g, 0) <= rare for g in bigrams(subject))


# "稳就业那个意见里", "农机装备转型升级意见", "督查激励那个通知": a document named by what it is about, in the
# cadre's words rather than its title's; "督查激励里…" at the start of a question names one the same way.
_REFERENCE_END = (
    r"(?=里|中|上|的|，|,|：|:|。|？|\?|和|与|跟|$|第|印发|出台|发布|成文|落款|施行|实施|什么时候|啥时候|哪天|哪一天|何时"
    r"|要求|提出|规定|明确|怎么|说|写|提到|是|有|对|谁|哪|各|由|给|向|把|让|在|要|分别|各自)"
)
# What a cadre calls a document by its kind; a document already picked may also be called a 政策 or 措施.
DOCUMENT_KINDS = "文件|指导意见|若干意见|实施意见|意见|通知|方案|条例|规定|办法|细则|要点|计划|决定|批复|复函|指引|措施|举措"
# ("长沙那张分解表，…": a table's kind names the document too, once its place has picked it)
PICKED_KINDS = f"{DOCUMENT_KINDS}|政策|(?:责任)?(?:分解|分工|任务|一览)表|清单"
# A name closed by its status ("…政策（试行）") ends there.
STATUS_NOTE = r"[（(](?:试行|暂行|征求意见稿)[）)]"
REFERENCE = re.compile(
    rf"([\u4e00-\u9fff0-9A-Za-z]{{2,24}}?)(?:的)?(?:那个|这个|那份|这份|那篇|这篇)?(?:{DOCUMENT_KINDS})"
    + _REFERENCE_END
)
# A short name of a document already picked (by its place or 文号) may also call it a 政策 or 措施, and a name
# closed by its status "（试行）" ends there, whatever follows ("沙湾县招商优惠政策（试行）最后由谁…").
SHORT_REFERENCE = re.compile(
    rf"([\u4e00-\u9fff0-9A-Za-z]{{2,24}}?)(?:的)?(?:那个|这个|那份|这份|那篇|这篇)?(?:{PICKED_KINDS})"
    rf"(?:{STATUS_NOTE}|{_REFERENCE_END})"
)
# Kinds a cadre names a document by only where its own title is of that kind ("五心清单" for 《…服务承诺清单》): elsewhere
# they are things a document speaks of (随机抽查事项清单, 负面清单).
TITLE_ONLY_KINDS = "清单|纲要"
TITLE_KIND_REFERENCE = re.compile(
    rf"([\u4e00-\u9fff0-9A-Za-z]{{2,24}}?)(?:的)?(?:那个|这个|那份|这份)?({TITLE_ONLY_KINDS}){_REFERENCE_END}"
)
LEADING_REFERENCE = re.compile(
    r"^(?:在|按|按照)?([\u4e00-\u9fff]{2,12}?)(?:那个|这个)?(?:里|里面|当中|那边|这边)"
)
# A question may open with a filler or an asking phrase before the document it names ("嗯，民生幸福工程里…").
_OPENING_FILLER = re.compile(
    r"^(?:(?:"
    + "|".join(
        re.escape(w) for w in sorted({*wording.INTERJECTIONS, *wording.ASKING_PHRASES}, key=len, reverse=True)
    )
    + r")[，,、\s]*)+"
)
_OPENING_END = re.compile(r"(?:那个|这个)?(?:里面|里|当中|中|那边|这边)")


def leading_stretches(text: str) -> list[tuple[str, str]]:
    """(stretch, words) for each way the question's opening words may name a document before 里/中
    ("民生幸福工程中市国土房管局…"): every 里 or 中 within its first words closes a candidate, shortest first."""
    opening = _OPENING_FILLER.sub("", text.strip())
    opening = re.sub(r"^(?:在|按|按照)", "", opening)
    found: list[tuple[str, str]] = []
    for end in _OPENING_END.finditer(opening[:16]):
        stretch = opening[: end.start()]
        if 2 <= len(stretch) <= 12 and re.fullmatch(r"[\u4e00-\u9fff]+", stretch):
            found.append((stretch, opening[: end.end()]))
    return found


# In a question naming several documents, a part may open with its document's subject and 的 ("综保区的X和
# 农机意见的Y"); only a stretch that clearly names one document counts (see naming_score).
SUBJECT_OF = re.compile(r"^\s*([\u4e00-\u9fff]{2,8}?)(?:那份|那个|文件)?的")
# A stretch names one document when it matches that document this well and clearly better than the next one.
_REFERENCE_MATCH = 0.6
_REFERENCE_MARGIN = 1.5
_VERBATIM_MARGIN = 1.1


# What follows an issuing body that owns the question: "国务院说", "国务院的意见里", "国务院印发的".
_AFTER_ISSUER = re.compile(
    r"说|的|发|印发|出台|那|这|文件|意见|通知|要求|提出|规定|明确|讲|里|在|"
    # "商务部加强商务领域法治政府建设的通知": the body and its title's subject, 关于 left out
    r"(?:关于)?(?:加强|推进|促进|做好|进一步|加快|支持|深化|优化|推动)|"
    r"(?:19|20)\d{2}\s*年"  # "工信部2018年指标里": the body and the year of its document
)
# A ministry's or government's office issues in its name: "商务部办公厅" is also called 商务部.
_ISSUING_OFFICE = re.compile(r"(?<=[部委局厅府署院])(?:办公厅|办公室)$")


def named_issuer(text: str, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """The documents of the issuing body a question opens with ("国务院说…" → every document 国务院 or 国务院办公厅
    issued), and the words naming it; nothing when that body issued every document or none."""
    bodies: set[str] = set()
    for doc in vocab.documents:
        if doc.meta.issuer:
            bodies.add(doc.meta.issuer)
            bodies.add(_ISSUING_OFFICE.sub("", doc.meta.issuer))
        prefix = doc.title.split("关于", 1)[0] if "关于" in doc.title else ""
        if 2 <= len(prefix) <= 12:
            bodies.add(prefix)
    opened = text.lstrip()
    # ("工信部2018年指标里…": the body typed by a short name the directory knows)
    typed = re.match(r"[\u4e00-\u9fff]{2,8}?(?:部|委|局|厅|署|办)", opened)
    short = {c: typed.group() for c in vocab.units.resolve(typed.group())} if typed else {}
    for body in sorted(bodies, key=lambda b: (-len(b), b)):
        called = body if opened.startswith(body) else short.get(body, "")
        if not called or not _AFTER_ISSUER.match(opened[len(called) :]):
            continue
        docs = [
            d.doc_id for d in vocab.documents if d.meta.issuer.startswith(body) or d.title.startswith(body)
        ]
        if docs and len(docs) < len(vocab.documents):
            return docs, [called]
    return [], []


def document_reference(text: str, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """The one document a stretch of the question names by its subject, and the words that name it.

    Scored at the document level: each bigram of the stretch weighs by how few documents use it (doc-level
    IDF), counts in full when the title has it and half when only the text does. The best document must cover
    the stretch well and beat the next by a clear margin; otherwise nothing is named. Of the stretches that
    name a document, the longest wins (it leaves fewest naming words in the topic).
    """
    if len(vocab.doc_grams) < 2:
        return [], []
    found = [(m.group(1), m.group(0), "") for m in REFERENCE.finditer(text)]
    # "三心清单": a list named so only where the document it names is itself a list.
    found += [(m.group(1) + m.group(2), m.group(0), m.group(2)) for m in TITLE_KIND_REFERENCE.finditer(text)]
    found += [(stretch, whole, "") for stretch, whole in leading_stretches(text)]
    best: tuple[int, float, str, str] | None = None
    for stretch, whole, kind in found:
        named = longest_naming(stretch, vocab)
        if named is None:
            continue
        words, score, doc_id = named
        doc = vocab.document(doc_id)
        if kind and (doc is None or kind not in doc.title):
            continue
        if best is None or (len(words), score) > best[:2]:
            best = (len(words), score, doc_id, whole[whole.index(words) :])
    if best is None:
        return [], []
    return [best[2]], [_title_part(best[3], vocab.doc_grams[best[2]][0])]


def _title_part(words: str, title_grams: frozenset[str]) -> str:
    """The naming words from the first one the title has: "向社会公布治理方案" names 《…幼儿园治理工作的通知》 by
    治理方案, and 向社会公布 stays in the topic (it is what is asked)."""
    start = 0
    while start < len(words) - 2 and words[start : start + 2] not in title_grams:
        start += 1
    return words[start:] if start < len(words) - 2 else words


def longest_naming(stretch: str, vocab: Vocabulary) -> tuple[str, float, str] | None:
    """(words, score, document) for the longest tail of ``stretch`` that names one document: the stretch may
    open with words of the question itself ("麻烦问下稳就业…"), so it is tried from each start."""
    for start in range(0, max(1, len(stretch) - 1)):
        words = stretch[start:]
        if len(words) < 2 or strip_words(words, list(wording.ASKING_PHRASES)).strip() != words:
            continue  # "那个方案": asking words name no document
        named = naming_score(words, vocab)
        if named is not None:
            return words, named[0], named[1]
    return None


def naming_score(words: str, vocab: Vocabulary) -> tuple[float, str] | None:
    """(score, document) when ``words`` (or its everyday synonyms' wording) names one document clearly."""
    total = len(vocab.doc_grams)
    if total < 2:
        return None  # one document: nothing to tell apart
    variants = [words] + [
        words.replace(word, alternative)
        for word, alternatives in wording.SYNONYMS.items()
        if word in words
        for alternative in alternatives
    ]
    best: tuple[float, str] | None = None
    for variant in variants:
        # A pair of characters no document uses (the seam of an abbreviation: 机转 in 农机转型) tells no document
        # from another; it only lowers every share, so it is left out.
        weights = {
            g: math.log((total + 1) / (vocab.doc_df[g] + 0.5))
            for g in dict.fromkeys(bigrams(variant))
            if vocab.doc_df.get(g, 0)
        }
        whole = sum(weights.values())
        if not whole:
            continue
        scores = sorted(
            (
                sum(w * (1.0 if g in title else 0.5 if g in body else 0.0) for g, w in weights.items())
                / whole,
                doc_id,
            )
            for doc_id, (title, body) in vocab.doc_grams.items()
        )[::-1]
        top, doc_id = scores[0]
        runner = scores[1][0]
        # Some word of the stretch must be one few documents use ("稳就", "综合保税"), and this one uses it:
        # words every document has ("具体实施", "国务院") name none, however their shares fall.
        title, body = vocab.doc_grams[doc_id]
        rare = max(3, total // 5)
        distinctive = any(vocab.doc_df.get(g, 0) <= rare and g in body for g in weights)
        # The words standing whole in one title only ("科技创新工程" of 《关于推进科技创新工程实施意见》, beside a
        # 党建创新工程 one) name it though another title shares most of their pairs.
        verbatim = len(variant) >= 4 and [d.doc_id for d in vocab.documents if variant in d.title] == [doc_id]
        margin = _VERBATIM_MARGIN if verbatim else _REFERENCE_MARGIN
        if (
            distinctive
            and top >= _REFERENCE_MATCH
            and top >= margin * runner
            and (best is None or top > best[0])
        ):
            best = (top, doc_id)
    return best


ISSUING_PREFIX = re.compile(
    r"[\u4e00-\u9fff]{1,2}[发函字令]\s*(?:[〔\[【（(]\s*(?:19|20)\d{2}\s*[〕\]】）)]\s*)?第?\s*\d{1,4}\s*号"
)


def _norm_number(text: str) -> str:
    # "黔府发〔２０２２〕８号" as printed is the 黔府发〔2022〕8号 a cadre types.
    return re.sub(r"[\s〔〕\[\]【】（）()［］年第]", "", text.translate(HALF_WIDTH))


def doc_numbers(text: str, vocab: Vocabulary) -> tuple[list[str], str]:
    """Documents named by a 文号 ("湘政发〔2020〕5号", "国务院令第485号"), and the text without the 文号."""
    found: list[str] = []
    for match in wording.DOC_NUMBER.finditer(text):
        number = _norm_number(match.group(0))
        # "中朝管发〔2026〕5": some documents print their 文号 without 号; the serial ends where its digits do.
        number = number if number.endswith("号") else number + "号"
        # The 文号 as the document prints it: the issuing prefix may be longer or shorter in the question.
        tail = re.search(r"[\u4e00-\u9fff]{0,3}\d{4}\d+号$|[\u4e00-\u9fff]{0,2}令\d+号$", number)
        key = tail.group(0) if tail else number
        yearless = re.fullmatch(r"([\u4e00-\u9fff]*?[发函字])(\d{1,4})号", number)
        for doc in vocab.documents:
            head = _norm_number(f"{doc.title}{doc.meta.doc_number}{doc.text[:400]}")
            if yearless:
                # "国发39号": the same issuing prefix and serial number, whatever the year.
                hit = re.search(rf"{yearless.group(1)[-3:]}(?:19|20)\d{{2}}{yearless.group(2)}号", head)
            else:
                hit = re.search(re.escape(key[:-1]) + r"(?:号|(?!\d))", head)
            if hit and doc.doc_id not in found:
                found.append(doc.doc_id)
    rest = wording.DOC_NUMBER.sub(" ", text)
    if not found:
        # "124号文", "国办124号文件": a document called by its serial number alone; any issuing characters typed
        # before it must be the 文号's own (in order), and only one document may fit.
        for match in _SERIAL_REFERENCE.finditer(rest):
            typed, serial = match.group(1), match.group(2)
            numbers = {
                doc.doc_id: _norm_number(doc.meta.doc_number)
                for doc in vocab.documents
                if re.search(rf"(?<!\d){serial}\s*号\s*$", doc.meta.doc_number)
            }
            # The characters typed before the serial that are the 文号's own ("那个国办" → 国办).
            prefix = next(
                (
                    typed[i:]
                    for i in range(len(typed) + 1)
                    if any(_in_order(typed[i:], n) for n in numbers.values())
                ),
                "",
            )
            fits = [doc_id for doc_id, number in numbers.items() if _in_order(prefix, number)]
            if len(fits) == 1:
                found.append(fits[0])
                rest = rest.replace(f"{prefix}{serial}{match.group(0)[len(typed) + len(serial) :]}", " ")
    return found, rest


_SERIAL_REFERENCE = re.compile(
    r"([\u4e00-\u9fff]{0,3})(\d{1,4})号(?:文件|文|令|条例|规定|办法)"
)  # "737号令", "124号文"


def _in_order(chars: str, text: str) -> bool:
    """Every character of ``chars`` occurs in ``text``, in the same order (国办 in 国办发〔2018〕124号)."""
    at = 0
    for ch in chars:
        at = text.find(ch, at) + 1
        if not at:
            return False
    return True


def strip_words(text: str, words: list[str]) -> str:
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        if word:
            text = text.replace(word, " ")
    return text
