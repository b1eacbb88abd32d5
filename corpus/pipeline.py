"""load → decode → clean → render → segment → extract: one file in, one PolicyDocument out."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path, PurePath

from corpus.clean import clean_blocks
from corpus.errors import DocumentTooLarge, UnreadableDocument
from corpus.extract import build_tasks, issuer_for_self
from corpus.layout import render
from corpus.load import load_blocks
from corpus.meta import extract_meta
from corpus.model import PolicyDocument
from corpus.script import fold, is_traditional
from corpus.structure import segment

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
# Raise when a change to the parser changes what it reads from a document: stored records made by an older
# parser are then re-parsed from their sources at the next start.
PARSER_VERSION = 160


def doc_id_for(name: str) -> str:
    """The file stem, reduced to characters that are safe in a file name and a URL."""
    stem = PurePath(name.replace("\\", "/")).stem
    stem = re.sub(r"[^\w\u4e00-\u9fff\-（）()]+", "_", stem).strip("._")
    if not stem:
        raise UnreadableDocument(f"文件名无效：{name!r}")
    # At most 150 UTF-8 bytes: "<doc_id>.json" must fit a file system's 255-byte name limit.
    return stem.encode("utf-8")[:150].decode("utf-8", errors="ignore")


def parse_file(path: Path) -> PolicyDocument:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableDocument(f"无法读取文件：{path.name}（{exc.strerror}）") from exc
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentTooLarge(
            f"文件 {path.name} 有 {size // (1024 * 1024)} MB，超过 {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB 上限。"
        )
    return parse_bytes(path.name, path.read_bytes())


def parse_bytes(name: str, data: bytes) -> PolicyDocument:
    """Parse one document's bytes; raises UnreadableDocument with a message a person can act on."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentTooLarge(f"文件 {name} 超过 {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB 上限。")
    cleaned = clean_blocks(load_blocks(name, data))
    text, lines = render(cleaned.blocks)
    if not text.strip():
        raise UnreadableDocument(f"{name}：清理网页杂项后没有剩下正文。")
    page_meta = cleaned.page_meta
    printed = text if is_traditional(text) else None
    if printed is not None:
        # A page printed in traditional characters is read through its simplified shadow (same offsets); what
        # it says is taken back as printed below.
        text = fold(text)
        lines = [replace(ln, text=fold(ln.text), cells=tuple(fold(c) for c in ln.cells)) for ln in lines]
        page_meta = {k: fold(v) for k, v in page_meta.items()}
    meta = extract_meta(lines, page_meta)
    outline = segment(lines)
    place_names = _place_names(meta.jurisdiction)
    doc_id = doc_id_for(name)
    tasks = issuer_for_self(
        build_tasks(doc_id, text, outline.items, place_names, meta.title), meta.issuer, text
    )
    warnings = []
    if not outline.sections:
        warnings.append("没有识别到编号条款（一、/(一)/1.），全文按段落检索。")
    if outline.items and not any(t.units for t in tasks):
        warnings.append("没有识别到责任单位。")
    doc = PolicyDocument(
        doc_id=doc_id,
        source_name=PurePath(name.replace("\\", "/")).name,
        meta=meta,
        text=text,
        sections=tuple(outline.sections),
        tasks=tuple(tasks),
        warnings=tuple(warnings),
        parser_version=PARSER_VERSION,
    )
    return doc if printed is None else _as_printed(doc, printed)


def _as_printed(doc: PolicyDocument, printed: str) -> PolicyDocument:
    """A document read through its simplified shadow, with its text, quotes, titles and names as printed."""
    shadow = doc.text

    def back(value: str, near: int = 0) -> str:
        at = shadow.find(value, near) if value else -1
        at = shadow.find(value) if value and at < 0 else at
        return printed[at : at + len(value)] if at >= 0 else value

    def restored(record, near: int, *fields: str) -> dict:
        """The named text fields of ``record`` as printed, each looked for from ``near``."""
        return {f: back(getattr(record, f), near) for f in fields}

    meta = replace(doc.meta, **restored(doc.meta, 0, "title", "issuer", "doc_number", "validity"))
    sections = tuple(replace(s, **restored(s, s.start, "label", "heading")) for s in doc.sections)
    tasks = tuple(
        replace(
            t,
            **restored(t, t.start, "label", "title", "body", "deadline"),
            units=tuple(back(u, t.start) for u in t.units),
            lead_units=tuple(back(u, t.start) for u in t.lead_units),
            cooperating_units=tuple(back(u, t.start) for u in t.cooperating_units),
            quote=printed[t.start : t.end],
            heading_path=" > ".join(back(part) for part in t.heading_path.split(" > ")),
            targets=tuple(
                replace(
                    g,
                    **restored(g, g.start, "metric", "comparator", "value_text", "unit", "scope"),
                    quote=printed[g.start : g.end],
                )
                for g in t.targets
            ),
        )
        for t in doc.tasks
    )
    return replace(doc, meta=meta, text=printed, sections=sections, tasks=tasks)


def _place_names(jurisdiction: str) -> list[str]:
    bare = re.sub(r"(?:自治州|市|州|县|区)$", "", jurisdiction)
    return [bare] if len(bare) >= 2 else []
