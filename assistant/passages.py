"""Open questions answered from passages: the best sentences of the best chunks, or a section's item list.

Everything returned is a verbatim span of a document; phrasing (by an LLM) happens elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant import compose, wording
from assistant.answer import Citation, Finding
from assistant.claims import same_body, units_claimed
from assistant.evidence import (
    SUPPORT_THRESHOLD,
    coverage,
    doc_coverage,
    is_supported,
    local_topic,
    support,
    topic_terms,
)
from assistant.llm import INSTRUCTION_LIKE
from assistant.understand import Question
from assistant.verify import claims
from assistant.vocabulary import Vocabulary, document_subject
from corpus.extract import self_named
from corpus.model import LeadBasis, PolicyDocument
from corpus.numerals import CN_NUMERAL_CHARS
from corpus.references import referred_text
from corpus.text import SENTENCE as _SENTENCE
from corpus.units import looks_like_unit
from retrieval.index import SearchIndex

# "有哪些保障措施" / "包括哪些方面" asks for the items under a heading, not for one sentence.
_LISTING = re.compile(
    r"有哪些|包括哪些|包括什么|哪几(项|条|个方面|方面|块|部分|个部分)|有什么(措施|任务|举措|要求)|都有啥"
)
# "进展情况表都列了哪些重点工作": the whole document's list asked, when nothing else is.
_DOCUMENT_LISTED = re.compile(r"(?:列|列出|安排|部署)了?哪些")
# The top-level parts of a document: "一、" … or "第一章" …, whether headings or a table's group rows.
_TOP_PART = re.compile(rf"^(?:[{CN_NUMERAL_CHARS}]{{1,3}}|第[{CN_NUMERAL_CHARS}]{{1,3}}[章部分篇])$")
_SECTION_MATCH = 0.8
_MAX_SENTENCES = 2
_MAX_GAP = 120  # characters between two chosen sentences that may be quoted together
# A sentence naming its body mid-way, or quoted for a "谁来…" question whose item records no unit, must cover
# this much of the topic.
_PLACED_MATCH = 0.8
# A sentence quoted, read under its document's title and item, for a "谁来…" question whose item records no unit.
_QUOTED_MATCH = 0.7
# Where a clause of a sentence starts: after a comma or a semicolon.
_CLAUSE_START = re.compile(r"[，,；;]")
# One clause of a sentence names who does the asked work when it covers the topic this much better than the next.
_CLAUSE_MARGIN = 0.1
_JOINT_ACTOR = re.compile(r"(?<=[局委办厅部会组心府])(?:商|会同|协同|商请)(?=[\u4e00-\u9fff]{2})")
# A sentence opening with its acting body answers "who does it" only when it covers this much of the topic.
_ACTOR_MATCH = 0.5


def _sentences(quote: str, numbers_only: bool, must: re.Pattern[str] | None = None) -> list[tuple[int, str]]:
    out = []
    for match in _SENTENCE.finditer(quote):
        sentence = match.group(0)
        if numbers_only and not wording.FIGURE_VALUE.search(sentence):
            continue
        if must is not None and not must.search(sentence):
            continue
        if INSTRUCTION_LIKE.search(sentence) or not sentence.strip():
            continue
        out.append((match.start(), sentence))
    return out


def _best_span(
    topic: str,
    heading: str,
    quote: str,
    base: int,
    vocab: Vocabulary,
    numbers_only: bool,
    must: re.Pattern[str] | None = None,
) -> tuple[float, compose.Span] | None:
    """The sentence that, read under its heading, covers the topic best; a second one if it adds much."""
    candidates = _sentences(quote, numbers_only, must)
    if not candidates:
        return None

    def score(chosen: list[tuple[int, str]]) -> float:
        # "违反本条第一款第二项规定的，…处五十元罚款": a sentence is read with the clause it names by number.
        body = "".join(s + _referred_items(s, quote) for _, s in chosen)
        # Read under its heading, but what the sentence itself says decides; a bare heading says nothing, so a
        # little weight on length breaks ties towards real sentences.
        return (
            0.5 * coverage(topic, heading + body, vocab)
            + 0.5 * coverage(topic, body, vocab)
            + 0.1 * min(1.0, len(body) / 40)
        )

    chosen = [max(candidates, key=lambda c: score([c]))]
    # The sentence stating the asked date or span may rest on a condition stated beside it ("申请人提交材料齐全
    # 的，…当场办结；不能当场办结的，应当在一个工作日内办结"): any sentence may join it, not only one stating a value.
    others = _sentences(quote, numbers_only) if must is not None else candidates
    while len(chosen) < _MAX_SENTENCES:
        rest = [c for c in others if c not in chosen]
        if not rest:
            break
        extra = max(rest, key=lambda c: score(chosen + [c]))
        if score(chosen + [extra]) < score(chosen) + 0.1:
            break
        chosen.append(extra)
    chosen.sort()
    first, last = chosen[0], chosen[-1]
    if last[0] - (first[0] + len(first[1])) > _MAX_GAP:
        chosen = chosen[:1]
        last = first
    start = first[0]
    end = last[0] + len(last[1])
    text = quote[start:end]
    lead_space = len(text) - len(text.lstrip())
    text = text.strip()
    return score(chosen), compose.Span(text, base + start + lead_space, base + start + lead_space + len(text))


_ITEM_REFERENCE = re.compile(r"第([一二三四五六七八九十]{1,3})项")


def _referred_items(sentence: str, quote: str) -> str:
    """The text of the numbered clauses ("（二）有吸烟、饮食…的行为；") of ``quote`` a sentence refers to by number."""
    out = []
    for m in _ITEM_REFERENCE.finditer(sentence):
        item = re.search(rf"[（(]{m.group(1)}[)）]([^\n；;。]*)", quote)
        if item:
            out.append(item.group(1))
    return "".join(out)


def best_passages(
    index: SearchIndex,
    q: Question,
    docs: Sequence[PolicyDocument],
    vocab: Vocabulary,
    numbers_only: bool = False,
    limit: int = 3,
    threshold: float = SUPPORT_THRESHOLD,
    must: re.Pattern[str] | None = None,
    ranked: bool = False,
) -> list[Finding]:
    """Up to ``limit`` supported passages, best first, each cut down to its most relevant sentences.

    ``must``: the asked attribute (a date, a span) a chosen sentence has to state.
    """
    topic = q.topic or q.text
    docs_by_id = {d.doc_id: d for d in docs}
    scored: list[Finding] = []
    for hit in index.search(f"{q.topic} {q.text}", k=12, doc_ids=list(docs_by_id)):
        chunk = hit.chunk
        doc = docs_by_id.get(chunk.doc_id)
        if doc is None:
            continue
        found = support(topic, [chunk.text], vocab)
        if (found.coverage < threshold) if ranked else not is_supported(found, threshold):
            continue
        # A penalty is read with the duty it punishes by number ("违反本条例第三十一条第三款规定的").
        heading = f"{chunk.heading_path}\n{referred_text(doc, chunk.quote)}"
        best = _best_span(topic, heading, chunk.quote, chunk.start, vocab, numbers_only, must)
        if best is None:
            continue
        score, span = best
        if must is not None and _elsewhere_only(
            topic, doc.text, f"{chunk.heading_path}{_paragraph(doc.text, span)}", doc.title
        ):
            continue
        task = doc.tasks[chunk.task_index] if 0 <= chunk.task_index < len(doc.tasks) else None
        scored.append(
            Finding(
                doc_id=doc.doc_id,
                doc_title=doc.title,
                jurisdiction=doc.jurisdiction,
                section=chunk.section,
                task=compose.task_name(task) if task else chunk.heading_path,
                lead_units=task.lead_units if task else (),
                units=task.units if task else (),
                targets=(),
                quote=span.quote,
                start=span.start,
                end=span.end,
                score=0.7 * score + 0.3 * found.coverage,
                lead_basis=task.lead_basis if task else LeadBasis.NONE,
            )
        )
    scored.sort(key=lambda f: f.score, reverse=True)
    return scored[:limit]


def _elsewhere_only(topic: str, document: str, passage: str, title: str = "") -> bool:
    """Topic words the document writes verbatim elsewhere are absent from the passage: the span or date the
    passage states belongs to something else ("投诉…几个工作日" answered by a work-permit sentence).

    Every such word counts, common ones too (投诉 is common in a regulation): counting only rare words was
    measured on the dev split and lost the case this exists for (evals/README). A question in its own words
    ("作业区申请对外开通启用被受理后…组织验收" of a paragraph that says 提出 for 申请) may miss one word of six,
    two of ten; a short topic none ("第二次修正…通过、批准": a line dating only the 批准 is another event's)."""
    every = [t for t in topic_terms(topic) if len(t) >= 2]
    # Words of the document's title name the document, not what is asked of it; a topic of title words only
    # ("抚州敬老院十条措施…印发") asks of the document itself, and every word must be there.
    terms = [t for t in every if t not in title] or every
    missing = [t for t in terms if t in document and not _written_in(t, passage)]
    allowed = max(0, (len(terms) - 2) // 4) if terms is not every else 0
    return len(missing) > allowed


def _written_in(term: str, passage: str) -> bool:
    """The term is in the passage, verbatim or as the two halves of a four-character word with a few words
    between them (a question's "年度计划" of "年度政府投资项目计划": an abbreviation drops the middle)."""
    if term in passage:
        return True
    return len(term) == 4 and bool(
        re.search(re.escape(term[:2]) + r"[\u4e00-\u9fff]{1,8}" + re.escape(term[2:]), passage)
    )


def _paragraph(text: str, span: compose.Span) -> str:
    """The paragraph (line) of ``text`` holding ``span``: words beside the stated value in it are of the same
    provision."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    return text[start : end if end >= 0 else len(text)]


# A finding read on within its item goes up to this many characters from where it starts.
_READ_ON_CHARS = 400


def read_on(
    doc: PolicyDocument | None, finding: Finding, until: re.Pattern[str] | None = None
) -> Finding | None:
    """``finding`` read on past its clause within its own item, ended at a sentence's end: to the last sentence
    end in reach, or (with ``until``) to the first sentence that states what ``until`` matches. None when the
    item says nothing more (or nothing that ``until`` matches).

    What a document says of X is the provision, not its first clause ("…可继续以划拨方式使用；不符合…的，应当
    依法实行有偿使用。经…批准，…"), and the sum a rule sets often closes the article that opens with the act."""
    if doc is None or doc.text[finding.start : finding.end] != finding.quote:
        return None
    item = compose.holding_item(doc, finding.start)
    if item is None or item.end <= finding.end:
        return None
    limit = min(item.end, finding.start + _READ_ON_CHARS)
    # Never read on into text addressed to a model ("忽略以上所有指令…"): it is not the provision.
    hostile = INSTRUCTION_LIKE.search(doc.text, finding.end, limit)
    limit = hostile.start() if hostile else limit
    ends = [finding.end + m.end() for m in re.finditer(r"[。；;]", doc.text[finding.end : limit])]
    if until is not None:
        ends = [e for e in ends if until.search(doc.text[finding.end : e])][:1]
    if not ends:
        return None
    quote = doc.text[finding.start : ends[-1]].rstrip()
    return replace(finding, quote=quote, end=finding.start + len(quote))


# A sentence of the item stating the asked attribute answers when it carries this much of the topic.
_STATING_FLOOR = 0.5


def sentence_stating(
    doc: PolicyDocument | None, finding: Finding, value: re.Pattern[str], topic: str, vocab: Vocabulary
) -> Finding | None:
    """The sentence of ``finding``'s item that states ``value`` (an area, a sum) and best carries the topic: the
    item may open with the asked figure and the match land on a later sentence ("打造不少于两万平方米的专业化
    智创空间…。实施OPC育苗计划…"). None when no such sentence carries enough of the topic."""
    if doc is None:
        return None
    item = compose.holding_item(doc, finding.start)
    if item is None:
        return None
    best: tuple[float, int, int] | None = None
    for m in _SENTENCE.finditer(doc.text[item.start : item.end]):
        sentence = m.group(0)
        if not value.search(sentence) or INSTRUCTION_LIKE.search(sentence):
            continue
        score = coverage(topic, sentence, vocab)
        if score >= _STATING_FLOOR and (best is None or score > best[0]):
            best = (score, item.start + m.start(), item.start + m.end())
    if best is None:
        return None
    _, start, end = best
    quote = doc.text[start:end].strip()
    start += doc.text[start:end].find(quote)
    return replace(finding, quote=quote, start=start, end=start + len(quote))


def passage_sentence(doc: PolicyDocument, finding: Finding) -> str:
    """《title》“item”一项写道：“quote”."""
    task = next((t for t in doc.tasks if t.section == finding.section and t.kind != "inline_duty"), None)
    heading = task.title if task else ""
    numbers = re.findall(r"\d+(?:\.\d+)?", heading)
    if task and (
        any(u in heading and u not in finding.quote for u in task.units)
        or any(n not in finding.quote for n in numbers)
        # A heading that reads like a body ("强化项目跟踪督办" ends as …办 does), or names one of the document's
        # units, is taken for an unquoted unit.
        or any(c.text not in finding.quote for c in claims(heading, _unit_names(doc)) if c.kind == "unit")
    ):
        # An article's "title" is its first clause ("市、县人民政府及其有关主管部门应当…", "…之日起15日内"): a unit
        # it names but the quote does not would be the first unit a reader meets, and a unit or a number no quote
        # supports makes the verifier drop the whole sentence. Its label says where (a numeral label, "1.", would
        # itself be a number no quote holds: the citation says where instead).
        heading = "" if re.search(r"\d", task.label) else task.label
    where = f"“{heading}”一项" if heading else ""
    return f"{compose.doc_name(doc)}{where}写道：“{finding.quote}”"


def _unit_names(doc: PolicyDocument) -> list[str]:
    """The units the document's own records name, longest first (as the verifier reads them)."""
    return sorted({u for t in doc.tasks for u in t.units}, key=len, reverse=True)


# What a document's parts are called when they are asked ("主要有哪几块措施", "分哪几类"): no topic of their own.
_PARTS_WORDS = re.compile(r"主要措施|重点任务|主要任务|措施|举措|内容|方面|任务|部分|几类|类")


_MEASURES_ASKED = re.compile(r"措施|举措|任务|工作")
_MEASURES_PART = re.compile(r"主要(?:措施|举措|任务)|重点(?:任务|工作|举措)|工作(?:措施|任务)|具体措施")


def _rows(doc: PolicyDocument) -> compose.Draft | None:
    """ "进展情况表都列了哪些重点工作": a document of numbered rows or items and no parts lists those, each cited."""
    top = [t for t in doc.tasks if t.kind in ("item", "table_row") and "/" not in t.section]
    if len(top) < 2 or len(top) > _MAX_ROWS_LISTED:
        return None
    names = "；".join(compose.task_name(t) for t in top)  # (a row's number is no quoted figure)
    text = f"{compose.doc_name(doc)}列出的各项依次是：{names}。"
    return compose.Draft(text, tuple(compose.finding_for_task(doc, t, 1.0) for t in top), listing=True)


_MAX_ROWS_LISTED = 30


def _outline(q: Question, docs: Sequence[PolicyDocument], vocab: Vocabulary) -> compose.Draft | None:
    """ "石城乡镇河长制考核细则主要考哪几块内容": the topic only names one document (its title holds every word), so
    its parts are asked — the document's top-level headings, each cited."""
    named = [d for d in docs if d.title and not _PARTS_WORDS.sub("", local_topic(q.topic, d.title)).strip()]
    if len(named) > 1 and len(q.named_docs) == 1:
        named = [d for d in named if d.doc_id == q.named_docs[0]]  # "山东自贸区条例里主要有哪几块措施"
    if len(named) != 1:
        return None
    doc = named[0]
    parts = [(s, s.label.rstrip("、.．")) for s in doc.sections if "/" not in s.id and s.heading.strip()]
    parts = [(s, label) for s, label in parts if _TOP_PART.match(label)]
    # The measures asked are the items of the part that holds them ("一、主要举措" → (一)普法与宣传…), or of the
    # only part a page opening has.
    holding = (
        [s for s, _ in parts if _MEASURES_PART.search(s.heading)] if _MEASURES_ASKED.search(q.text) else []
    )
    if len(holding) == 1 or len(parts) == 1:
        within = holding[0] if len(holding) == 1 else parts[0][0]
        children = [
            (s, s.label) for s in doc.sections if s.id.startswith(within.id + "/") and s.id.count("/") == 1
        ]
        if len(children) >= 2:
            parts = children
    if len(parts) < 2:
        return _rows(doc)
    names = "；".join(
        f"{label} {s.heading}"
        if label.startswith("第")
        else f"{label}{s.heading}"
        if label.startswith(("(", "（"))
        else f"{label}、{s.heading}"
        for s, label in parts
    )
    text = f"{compose.doc_name(doc)}的内容依次是：{names}。"
    lines = [(s.start, doc.text[s.start : s.end].split("\n")[0]) for s, _ in parts]
    findings = tuple(
        compose.finding_for_task_span(doc, compose.Span(line, at, at + len(line)), 1.0) for at, line in lines
    )
    return compose.Draft(text, findings)


def _heading_path(doc: PolicyDocument, section_id: str) -> str:
    parts = section_id.split("/")
    headings = []
    for n in range(1, len(parts) + 1):
        section = doc.section("/".join(parts[:n]))
        if section is not None:
            headings.append(section.heading)
    return " ".join(headings)


def _beside_title(topic: str, title: str) -> str:
    """What the topic says beyond the document's title, in its words or their synonyms ("副中心十四五" of 《北京城市
    副中心…第十四个五年规划…》 says nothing beyond it)."""
    kept = []
    for word in topic.split():
        for key, alternatives in wording.SYNONYMS.items():
            if key in word and any(a in title for a in alternatives):
                word = word.replace(key, " ")
        for size in range(len(word), 1, -1):
            for at in range(len(word) - size + 1):
                piece = word[at : at + size]
                if piece.strip() and piece in title:
                    word = word.replace(piece, " ")
        kept += [w for w in word.split() if len(w) >= 2]
    return " ".join(kept)


def section_listing(
    q: Question, docs: Sequence[PolicyDocument], vocab: Vocabulary, listed: bool = False
) -> compose.Draft | None:
    """For "有哪些X" questions whose X is a heading: the items under that heading, each cited (``listed``: the caller
    has read the question as asking a list)."""
    if not listed and not _LISTING.search(q.text) and not (not q.topic and _DOCUMENT_LISTED.search(q.text)):
        return None
    outline = _outline(q, docs, vocab)
    if not q.topic or outline is not None:
        # "山东营商环境条例主要从哪几方面…优化营商环境": words naming the document only ask its parts.
        return outline
    best: tuple[float, PolicyDocument, str] | None = None
    for doc in docs:
        # (words of the document's own title, "十四五" for its 第十四个五年, name the document, not the heading)
        topic = _beside_title(q.topic, doc.title) or q.topic
        for section in doc.sections:
            children = [
                t for t in doc.tasks if t.section.startswith(section.id + "/") and t.kind != "inline_duty"
            ]
            if len(children) < 2:
                continue
            score = max(
                coverage(topic, _heading_path(doc, section.id), vocab),
                doc_coverage(topic, document_subject(doc), _heading_path(doc, section.id), vocab),
            )
            if score >= _SECTION_MATCH and (best is None or score > best[0]):
                best = (score, doc, section.id)
    if best is None:
        return _outline(q, docs, vocab)
    score, doc, section_id = best
    section = doc.section(section_id)
    children = [t for t in doc.tasks if t.section.startswith(section_id + "/") and t.kind != "inline_duty"]
    names = "；".join(compose.task_name(t) for t in children)
    text = f"{compose.doc_name(doc)}“{section.heading}”部分包括：{names}。"
    findings = tuple(compose.finding_for_task(doc, t, score) for t in children)
    # The heading's own line is cited too: its figures ("约束性指标(15项)") are the document's.
    line_end = doc.text.find("\n", section.start)
    line_end = section.end if line_end < 0 else min(line_end, section.end)
    heading_line = compose.Span(doc.text[section.start : line_end], section.start, line_end)
    if re.search(r"\d", section.heading) and heading_line.quote.strip():
        findings += (compose.finding_for_task_span(doc, heading_line, score),)
    return compose.Draft(text, findings, listing=True)


def _acting(match: re.Match[str] | None) -> re.Match[str] | None:
    """A match naming a body, not a verb that ends like one ("部署落实重点任务": 部署 is no 署)."""
    if match is None or match.group("actor") in wording.SUFFIX_IN_A_WORD:
        return None
    if "的" in match.group("actor") or match.group("actor").startswith(("负责", "承担")):
        return None  # "负责办理的部门要…": a description of whoever does it, no body's name
    if re.search(r"由|经(?!济|贸|信|营|开)", match.group("actor")):
        return (
            None  # "联席会议由区经济发展局负责召集": the body after 由 acts, read as the clause's own record
        )
    return match


def actor_draft(
    q: Question, doc: PolicyDocument | None, finding: Finding, vocab: Vocabulary
) -> compose.Draft | None:
    """The sentence of ``finding`` that covers the topic best and opens with an acting body ("市商务部门建立…")."""
    if doc is None:
        return None
    best: tuple[float, int, str, str] | None = None
    placed: tuple[float, int, str, str] | None = None
    for start, sentence in _sentences(finding.quote, False):
        stripped = sentence.strip()
        offset = start + (len(sentence) - len(sentence.lstrip()))
        score = doc_coverage(q.topic, document_subject(doc), sentence, vocab)
        match = _acting(wording.ACTOR.match(stripped))
        if match:
            # "县商务局负责新建…工作，县工信局负责技改…工作": each body acts in its own clause; the clause that
            # carries the asked work names who does it.
            actor, own = _acting_clause(q, doc, stripped, vocab) or (match.group("actor"), score)
            score = max(score, own) if actor != match.group("actor") else score
            if best is None or score > best[0]:
                best = (score, offset, stripped, actor)
            continue
        # A body named mid-sentence ("办事机构设在省商务主管部门", "严格落实链长制，市专班办公室（市科技局）发挥
        # 统筹协调作用") answers only a sentence that states the asked work itself, and only a body the question
        # does not name already.
        match = _acting(wording.PLACED_ACTOR.search(stripped)) or next(
            (m for m in (_acting(wording.ACTOR.match(c)) for c in _CLAUSE_START.split(stripped)[1:]) if m),
            None,
        )
        fits = match is not None and match.group("actor") not in q.text and score >= _PLACED_MATCH
        if match and fits and (placed is None or score > placed[0]):
            placed = (score, offset, stripped, match.group("actor"))
    if best is None or (placed is not None and placed[0] > best[0]):
        best = placed
    if best is None or best[0] < _ACTOR_MATCH:
        # A sentence that hardly speaks of the asked work names no one who does it.
        return None
    _, offset, sentence, actor = best
    # "县招商局商园区管委会负责解释", "X会同Y负责": the first body acts, consulting the other.
    actor = _JOINT_ACTOR.split(actor, maxsplit=1)[0]
    start = finding.start + offset
    span = compose.Span(sentence, start, start + len(sentence))
    if doc.text[span.start : span.end] != sentence:
        return None
    extra: tuple[Citation, ...] = ()
    issuer = self_named(actor, doc.meta.issuer)
    named_at = doc.text.find(issuer) if issuer else -1
    if named_at >= 0:
        # "我厅会同省发展改革委起草了…": 我厅 is the body issuing the document, quoted where the text names it.
        actor = issuer
        where = compose.sentence_span(doc, named_at, named_at + len(issuer))
        extra = (Citation(doc.doc_id, doc.title, finding.section, where.quote, where.start, where.end),)
    acting = replace(finding, quote=span.quote, start=span.start, end=span.end, lead_units=(actor,))
    text = f"{actor}（原文由其承担此项）。{compose.doc_name(doc)}写道：“{sentence}”"
    return compose.Draft(text, (acting,), extra_citations=extra)


def _acting_clause(
    q: Question, doc: PolicyDocument, sentence: str, vocab: Vocabulary
) -> tuple[str, float] | None:
    """Of a sentence whose clauses each open with their own acting body, the body of the clause (up to the next
    body's) that covers the topic best, and that coverage; None unless two or more bodies act in it."""
    parts = _CLAUSE_START.split(sentence)
    acting = [
        (i, m.group("actor")) for i, part in enumerate(parts) if (m := wording.ACTOR.match(part.strip()))
    ]
    if len(acting) < 2 or acting[0][0] != 0:
        return None
    scored = []
    for n, (i, actor) in enumerate(acting):
        end = acting[n + 1][0] if n + 1 < len(acting) else len(parts)
        segment = "，".join(parts[i:end])
        scored.append((doc_coverage(q.topic, document_subject(doc), segment, vocab), -n, actor))
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][0] - scored[1][0] < _CLAUSE_MARGIN:
        return None  # the clauses cover the asked work alike: no one clause decides
    return scored[0][2], scored[0][0]


def placed_office(q: Question, docs: Sequence[PolicyDocument], vocab: Vocabulary) -> compose.Draft | None:
    """ "协调委员会的办公室设在哪个单位": the body a sentence "…办公室设在X" names, in the sentence that (read under
    its document's title) covers the question's topic best."""
    best: tuple[float, PolicyDocument, int, str, str] | None = None
    cue = wording.ASKS_PLACED.search(q.text)
    # The body whose office is asked is named before the cue, as a unit or not ("粮食应急指挥部办公室是不是设在…").
    owners = [m for m in q.unit_mentions if cue is not None and 0 <= q.text.find(m) < cue.start()]
    topic = " ".join(dict.fromkeys([q.topic, *owners, "办公室" if "办公室" in q.text else ""])).strip()
    for doc in docs:
        before = ""
        for match in _SENTENCE.finditer(doc.text):
            sentence, previous, before = match.group(0), before, match.group(0)
            placed = wording.PLACED_ACTOR.search(sentence)
            if placed is None or INSTRUCTION_LIKE.search(sentence):
                continue
            # The body whose office it is may be named by the sentence before ("指挥部下设办公室。办公室设在…").
            context = f"{doc.title}{previous}{sentence}"
            score = max(coverage(topic, sentence, vocab), coverage(topic, context, vocab) - 0.1)
            if best is None or score > best[0]:
                stripped = sentence.strip()
                at = match.start() + sentence.find(stripped)
                best = (score, doc, at, stripped, placed.group("actor"))
    if best is None or best[0] < _QUOTED_MATCH:
        return None
    score, doc, at, sentence, actor = best
    span = compose.Span(sentence, at, at + len(sentence))
    finding = replace(compose.finding_for_task_span(doc, span, score), lead_units=(actor,), units=(actor,))
    text = f"设在{actor}。{compose.doc_name(doc)}写道：“{sentence}”"
    if q.yes_no:
        # "办公室是设在医保局的吧": the body claimed is the one the sentence names, or it is not.
        claimed = units_claimed(q.text, q.unit_mentions + q.units)
        if claimed:
            same = any(same_body(c, actor, doc.jurisdiction, vocab) for c in claimed)
            text = ("是，" if same else "不是，") + text
    return compose.Draft(text, (finding,), confidence=min(1.0, score))


def covering_sentence(topic: str, quote: str, said: str, vocab: Vocabulary) -> str:
    """The sentence of ``quote`` that best covers the topic words ``said`` lacks ("" when none adds much).

    A question asking several things gets, besides the lead, the sentence that answers its other part.
    """
    missing = " ".join(w for w in topic.split() if coverage(w, said, vocab) < 0.5)
    if not missing:
        return ""
    best = max(
        (
            (coverage(missing, s, vocab), s.strip())
            for _, s in _sentences(quote, False)
            if s.strip() not in said
        ),
        default=(0.0, ""),
    )
    return best[1] if best[0] >= 0.5 else ""


def quoted_draft(
    q: Question, doc: PolicyDocument | None, finding: Finding, vocab: Vocabulary
) -> compose.Draft | None:
    """The sentence of ``finding`` that states the asked work, quoted and naming no lead ("可以由谁来收结汇" →
    "…可以由市场采购贸易经营者或者出口委托方收结汇"); None when no sentence covers the topic well."""
    if doc is None:
        return None
    heading = f"{doc.title}{finding.task}"
    scored = [
        (0.5 * coverage(q.topic, heading + s, vocab) + 0.5 * coverage(q.topic, s, vocab), start, s)
        for start, s in _sentences(finding.quote, False)
    ]
    # Asked who: a sentence naming a body the question does not name is the answer, if one states the work.
    naming = [c for c in scored if any(u in c[2] and u not in q.text for u in vocab.unit_names)]
    good = [c for c in naming if c[0] >= _QUOTED_MATCH] or [c for c in scored if c[0] >= _QUOTED_MATCH]
    if not good:
        return None
    _, start, sentence = max(good)
    offset = start + (len(sentence) - len(sentence.lstrip()))
    text = sentence.strip()
    span = compose.Span(text, finding.start + offset, finding.start + offset + len(text))
    if doc.text[span.start : span.end] != text:
        return None
    quoted = replace(finding, quote=text, start=span.start, end=span.end, lead_units=(), units=())
    return compose.Draft(passage_sentence(doc, quoted), (quoted,))


# The body doing an act, right before the act's word: "由同级人民政府确定", "税务部门批准", "接受财政税务部门的监督".
_ACT_BODY = (
    r"(?:由|经|须经|需经|报请|报经|报|接受)?(?P<actor>[\u4e00-\u9fff（）()]{2,24}?"
    r"(?:主管部门|部门|人民政府|政府|委员会|管委会|机构|机关|局|厅|委|办公室|督查室|研究室|中心|银行|公司))(?:的)?"
    # "市人民政府督查室将适时对各单位目标完成情况进行督办检查": what the body is to do may come after a time and
    # its object
    r"(?:(?:将|要|应当?|会)?(?:适时|定期|及时|不定期)?(?:对[^，,。；;]{1,24}?)?(?:进行|开展|组织|实施))?"
)
_PLACED_CLASS = re.compile(
    r"(?:国家|国务院|中央|省级?|市级?|县级?|区级?|同级|上级)(?:人民政府)?(?:有关|相关|主管)?(?:部门|机关|机构)"
    r"|(?:同级|上级|本级|县级以上)人民政府"
)
_BODY_NAME = (
    r"[\u4e00-\u9fff（）()]{2,24}?(?:主管部门|部门|人民政府|政府|委员会|管委会|机构|机关|办公厅|办公室|局|厅|委|中心|"
    r"(?<=[局厅委办])[\u4e00-\u9fff]{1,6}(?:处|科))"
)
_RECEIVING_BODY = (
    rf"(?P<actor>{_BODY_NAME}(?:、{_BODY_NAME})*)"
    r"(?=反映|报告|报送|申报|申请|提出|咨询|投诉|备案|提交|审定|审批|审核|批准|核准|[，,。；;（(）)]|$)"
)
# A sentence sending something to a body: what answers "找哪个局反映", "报给谁", "意见反馈给哪个部门".
RECEIVING = re.compile(
    r"(?:向|报送|报请|报|提交|交由|送|(?:反馈|发送|寄送|邮寄|报送|送)(?:至|给|到))" + _RECEIVING_BODY
)
_CONVENED_BEFORE = re.compile(r"会同|协同|联合|商请|配合")
_ACT_PREFIX = re.compile(r"^(?:并|且|及|和|或)?(?:由|经|须经|需经|报请|报经|报|接受|向|对)")


def asked_act_draft(
    q: Question, doc: PolicyDocument | None, finding: Finding, vocab: Vocabulary
) -> compose.Draft | None:
    """Asked who does one act of the matched item ("主办部门由谁来定"), the body its text has do that act ("由同级
    人民政府确定一个主办部门"), quoting the sentence; None when the text names no such body or it is the lead
    already recorded."""
    asked = wording.ASKED_ACT.search(q.text)
    sent_to = wording.ASKED_RECIPIENT.search(q.text) if asked is None else None
    if doc is None or (asked is None and sent_to is None):
        return None
    if asked is not None:
        verb = asked.group("verb")
        acts = re.compile(_ACT_BODY + f"(?:{wording.ACT_FORMS.get(verb, re.escape(verb))})")
    else:
        # "请径向省政府办公厅反映", "报市人民政府审定", "反馈至长春市政数局营商处": the body after 向 / 报 receives it.
        acts = RECEIVING
    item = compose.holding_item(doc, finding.start)
    spans = [(finding.start, finding.quote)]
    if item is not None and item.quote != finding.quote:
        spans.append((item.start, item.quote))
    for base, quote in spans:
        found: list[tuple[float, compose.Draft]] = []
        for start, sentence in _sentences(quote, False):
            for m in acts.finditer(sentence):
                # "（三）年度行政检查计划未报人民政府法制机构审核": the body is what follows the last 报 / 向 / 经 / 由.
                actor = re.split(
                    r"未报|报请|报经|报送|报|向|经|由|接受|反馈至|发送至",
                    _ACT_PREFIX.sub("", m.group("actor")),
                )[-1]
                clause = re.split(r"[，,；;。：:]", sentence[: m.start()])[-1]
                if _CONVENED_BEFORE.search(clause) or "等" in actor:
                    continue  # "市商务部门应当会同…知识产权等部门制定": the body convened does not do the act
                if len(actor) < 2 or actor in finding.lead_units or actor in q.text:
                    continue
                if not (looks_like_unit(actor) or _PLACED_CLASS.fullmatch(actor)):
                    continue
                stripped = sentence.strip()
                offset = base + start + (len(sentence) - len(sentence.lstrip()))
                span = compose.Span(stripped, offset, offset + len(stripped))
                if doc.text[span.start : span.end] != stripped:
                    continue
                acting = replace(
                    finding,
                    quote=span.quote,
                    start=span.start,
                    end=span.end,
                    lead_units=(actor,),
                    units=(actor,),
                )
                said = (
                    m.group(0)
                    if asked is not None
                    else (m.group(0) + sentence[m.end() : m.end() + 2]).rstrip("，,。；;")
                )
                text = f"{actor}（原文写的是“{said}”）。{compose.doc_name(doc)}写道：“{stripped}”"
                # "“窗口”及便民服务目标(4分)由自治区政务服务中心考核" among an item's other "…由X考核": the sentence
                # speaking of what is asked.
                fit = doc_coverage(q.topic, document_subject(doc), stripped, vocab)
                found.append((fit, compose.Draft(text, (acting,))))
        if found:
            return max(found, key=lambda x: x[0])[1]
    return None


_SAYING_FLOOR = 0.25


def sentences_saying(
    q: Question, docs: Sequence[PolicyDocument], must: re.Pattern[str], vocab: Vocabulary
) -> list[Finding]:
    """Every sentence of the documents that ``must`` finds, best covering the topic first (down to
    _SAYING_FLOOR): a sentence of a given kind ("…向三明市商务局反映") wherever the text has it, an item or not."""
    scored = []
    for doc in docs:
        for m in _SENTENCE.finditer(doc.text):
            sentence = m.group(0).strip()
            if not sentence or not must.search(sentence) or INSTRUCTION_LIKE.search(sentence):
                continue
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            score = doc_coverage(q.topic, document_subject(doc), sentence, vocab)
            if score >= _SAYING_FLOOR:
                span = compose.Span(sentence, start, start + len(sentence))
                scored.append(compose.finding_for_task_span(doc, span, score))
    return sorted(scored, key=lambda f: f.score, reverse=True)[:1]
