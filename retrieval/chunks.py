"""Structure-aware chunks: one per task item, long items split on 。；, the rest of the text as passages.

Every chunk keeps exact offsets (``doc.text[start:end] == quote``) so a citation can always be checked, and
its indexed ``text`` starts with the heading path so a clause split off a long item still carries its heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from corpus.model import PolicyDocument, Section, Task
from corpus.references import referred_text

# Sentence ends first; if one sentence is still too long, clause breaks; a hard cut only as the last resort.
_SENTENCE_END = re.compile(r"[。；;！？!?\n]+[”’\"）)]*")
_CLAUSE_END = re.compile(r"[，,、：:]+")
_HEADING_CHARS = 40  # long paragraph-like "headings" are cut in the path; the full text is in the quote
_TABLE_CELL_SPLIT = re.compile(r"\s*[\t|｜]\s*")
_DIGIT = re.compile(r"\d")
_NUMBERING = re.compile(r"^[(（]?[一二三四五六七八九十百\d]+[)）.、．]?$")


@dataclass(frozen=True)
class Chunk:
    """One indexed passage with the place in the document it comes from."""

    chunk_id: str  # f"{doc_id}#{n}", stable for a given document version
    doc_id: str
    doc_title: str
    jurisdiction: str
    section: str  # corpus Section.id of the item, e.g. "二/(三)"; "" before the first heading
    task_index: int  # index into PolicyDocument.tasks; -1 for a passage that is not a task
    heading_path: str  # "二、重点工作 > (三)精准开发招商项目"
    text: str  # what is indexed: jurisdiction, title, heading path (table header for rows), passage
    quote: str  # exactly document.text[start:end]
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Chunk:
        return cls(**data)


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    section: str
    task_index: int
    heading_path: str
    prefix: str


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cuts(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[int]:
    """Offsets just after each break inside [start, end), always ending with ``end``."""
    cuts = [m.end() for m in pattern.finditer(text, start, end) if m.end() < end]
    return [*cuts, end]


def _pack(text: str, start: int, end: int, max_chars: int, level: int = 0) -> list[tuple[int, int]]:
    """Greedy packing of sentences (then clauses, then fixed widths) into spans of at most max_chars."""
    start, end = _trim(text, start, end)
    if end <= start:
        return []
    if end - start <= max_chars:
        return [(start, end)]
    if level == 0:
        cuts = _cuts(text, start, end, _SENTENCE_END)
    elif level == 1:
        cuts = _cuts(text, start, end, _CLAUSE_END)
    else:
        cuts = [*range(start + max_chars, end, max_chars), end]
    spans: list[tuple[int, int]] = []
    piece_start = prev = start
    for cut in cuts:
        if cut - piece_start > max_chars and prev > piece_start:
            spans.append((piece_start, prev))
            piece_start = prev
        prev = cut
    spans.append((piece_start, end))
    result: list[tuple[int, int]] = []
    for s, e in spans:
        s, e = _trim(text, s, e)
        if e - s > max_chars and level < 2:
            result.extend(_pack(text, s, e, max_chars, level + 1))
        elif e > s:
            result.append((s, e))
    return result


def _section_title(section: Section) -> str:
    """How a heading reads in a path: "二、重点工作", "(三)精准开发招商项目", "7.招商项目库"."""
    heading = section.heading.strip()
    label = section.label.strip()
    if not label or heading.startswith(label):
        title = heading
    elif section.level == 1:
        title = f"{label}、{heading}"
    elif section.level == 3 and label.isdigit():
        title = f"{label}.{heading}"
    else:
        title = f"{label}{heading}"
    title = title.rstrip("。.;；")
    return title if len(title) <= _HEADING_CHARS else title[:_HEADING_CHARS] + "…"


def _enclosing(doc: PolicyDocument, position: int) -> list[Section]:
    """Sections containing ``position``, outermost first."""
    found = [s for s in doc.sections if s.start <= position < s.end]
    return sorted(found, key=lambda s: (s.level, s.start))


def _path(sections: list[Section]) -> str:
    return " > ".join(t for t in (_section_title(s) for s in sections) if t)


def _own_heading(task: Task) -> str:
    """The item's own label and title: "(三)精准开发招商项目"; a non-numeric label (a row name) is left out."""
    title = task.title.strip()
    label = task.label.strip()
    if not title:
        return ""
    if not _NUMBERING.match(label) or title.startswith(label):
        return title
    return f"{label}{title}"


def _task_path(doc: PolicyDocument, task: Task) -> str:
    """Headings above the item plus the item's own heading (unless the corpus path already ends with it)."""
    own = _own_heading(task)
    above = task.heading_path.strip()
    if not above:
        enclosing = [
            s for s in _enclosing(doc, task.start) if s.id != task.section or task.kind == "inline_duty"
        ]
        above = _path(enclosing)
    last = above.rsplit(" > ", 1)[-1]
    if not own or (task.title and task.title in last):
        return above or own
    return " > ".join(p for p in (above, own) if p)


def _header_cells(line: str) -> list[str]:
    """Cells of a table header line (short, digit-free, split by tabs or bars), or [] for any other line."""
    cells = [c for c in _TABLE_CELL_SPLIT.split(line.strip()) if c]
    if len(cells) >= 3 and all(len(c) <= 12 and not _DIGIT.search(c) for c in cells):
        return cells
    return []


def _table_header(text: str, row_start: int) -> str:
    """The nearest header line above a table row."""
    window_start = max(0, row_start - 5000)
    for line in reversed(text[window_start:row_start].splitlines()):
        cells = _header_cells(line)
        if cells:
            return " | ".join(cells)
    return ""


def _task_pieces(doc: PolicyDocument, max_chars: int) -> list[_Piece]:
    pieces = []
    for index, task in enumerate(doc.tasks):
        path = _task_path(doc, task)
        prefix = path
        if task.kind == "table_row":
            header = _table_header(doc.text, task.start)
            if header and header not in path:
                prefix = f"{header}\n{path}" if path else header
        for start, end in _pack(doc.text, task.start, task.end, max_chars):
            pieces.append(_Piece(start, end, task.section, index, path, prefix))
    return pieces


def _uncovered(doc: PolicyDocument) -> list[tuple[int, int]]:
    """Spans of text that no task covers."""
    spans = []
    position = 0
    for task in sorted(doc.tasks, key=lambda t: (t.start, t.end)):
        if task.start > position:
            spans.append((position, task.start))
        position = max(position, task.end)
    if position < len(doc.text):
        spans.append((position, len(doc.text)))
    return spans


def _passage_pieces(doc: PolicyDocument, max_chars: int) -> list[_Piece]:
    """Text outside tasks, grouped by paragraph within one section, packed up to max_chars."""
    pieces = []
    for gap_start, gap_end in _uncovered(doc):
        groups: list[tuple[int, int, tuple[Section, ...]]] = []
        for match in re.finditer(r"[^\n]+", doc.text[gap_start:gap_end]):
            start, end = _trim(doc.text, gap_start + match.start(), gap_start + match.end())
            if end <= start or not re.search(r"\w", doc.text[start:end]):
                continue
            sections = tuple(_enclosing(doc, start))
            last = groups[-1] if groups else None
            if last and last[2] == sections and end - last[0] <= max_chars:
                groups[-1] = (last[0], end, sections)
            else:
                groups.append((start, end, sections))
        for start, end, sections in groups:
            bare_heading = sections and start == sections[-1].start and "\n" not in doc.text[start:end]
            if bare_heading and end - start <= _HEADING_CHARS + 8:
                continue  # a heading line before the first item: its words are already in every item's path
            if "\n" not in doc.text[start:end] and _header_cells(doc.text[start:end]):
                continue  # a table header: every row's chunk carries it
            path = _path(list(sections))
            section_id = sections[-1].id if sections else ""
            for s, e in _pack(doc.text, start, end, max_chars):
                pieces.append(_Piece(s, e, section_id, -1, path, path))
    return pieces


def chunk_document(doc: PolicyDocument, max_chars: int = 400) -> list[Chunk]:
    """One chunk per task item (long ones split on 。；), passages for the rest; in document order."""
    pieces = _task_pieces(doc, max_chars) + _passage_pieces(doc, max_chars)
    pieces.sort(key=lambda p: (p.start, p.end, p.task_index))
    chunks = []
    for n, piece in enumerate(pieces):
        quote = doc.text[piece.start : piece.end]
        # The document's place and title go first so that "湘西州…外资" prefers the 湘西 plan's chunks.
        # A provision punishing "违反本条例第三十一条第三款规定的" is read with that paragraph's words.
        referred = referred_text(doc, quote)
        header = " ".join(p for p in (doc.jurisdiction, doc.title, piece.prefix, referred) if p)
        text = f"{header}\n{quote}" if header else quote
        chunks.append(
            Chunk(
                chunk_id=f"{doc.doc_id}#{n}",
                doc_id=doc.doc_id,
                doc_title=doc.title,
                jurisdiction=doc.jurisdiction,
                section=piece.section,
                task_index=piece.task_index,
                heading_path=piece.heading_path,
                text=text,
                quote=quote,
                start=piece.start,
                end=piece.end,
            )
        )
    return chunks


_ROW_FIELDS = ["chunk_id", "doc_id", "doc_title", "jurisdiction", "section", "task_index", "heading_path"]


def chunks_to_rows(chunks: Sequence[Chunk]) -> dict[str, Any]:
    """Chunks as positional rows; ``text`` is stored as the prefix before the quote (it ends with it)."""
    rows = []
    for c in chunks:
        prefix = c.text[: len(c.text) - len(c.quote)] if c.text.endswith(c.quote) else None
        rows.append([getattr(c, name) for name in _ROW_FIELDS] + [c.quote, c.start, c.end, prefix, c.text])
        if prefix is not None:
            rows[-1].pop()  # the full text is only stored when it cannot be rebuilt from prefix + quote
    return {"fields": _ROW_FIELDS + ["quote", "start", "end", "prefix", "text?"], "rows": rows}


def chunks_from_rows(data: dict[str, Any]) -> tuple[Chunk, ...]:
    """The inverse of chunks_to_rows."""
    chunks = []
    for row in data["rows"]:
        chunk_id, doc_id, doc_title, jurisdiction, section, task_index, heading_path = row[:7]
        quote, start, end, prefix = row[7:11]
        text = row[11] if prefix is None else prefix + quote
        chunks.append(
            Chunk(
                chunk_id,
                doc_id,
                doc_title,
                jurisdiction,
                section,
                task_index,
                heading_path,
                text,
                quote,
                start,
                end,
            )
        )
    return tuple(chunks)
