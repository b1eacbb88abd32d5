"""Large .docx inputs written straight as WordprocessingML: a plan with thousands of tasks, and a document of
hundreds of MB of XML that stays under the zip-bomb checks. Shared by bench/hardening.py and the tests."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
)
_TAIL = "</w:body></w:document>"
_UNITS = [
    "县商务局",
    "县发改局",
    "县工信局",
    "县财政局",
    "县自然资源局",
    "县林业局",
    "县文旅局",
    "县农业农村局",
]
_WORDS = "招商引资项目建设产业园区企业服务发展推进落实开展优化环境培育壮大集群链条升级数字经济平台"


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def package(body_xml: str | bytes, compresslevel: int = 6) -> bytes:
    """A minimal .docx around ``body_xml`` (the children of w:body)."""
    body = body_xml.encode("utf-8") if isinstance(body_xml, str) else body_xml
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", _HEAD.encode() + body + _TAIL.encode())
    return out.getvalue()


def _chinese_numeral(n: int) -> str:
    """一 … 九百九十九."""
    digits = "零一二三四五六七八九"
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    text = f"{digits[hundreds]}百" if hundreds else ""
    if tens:
        text += ("" if tens == 1 and not hundreds else digits[tens]) + "十"
    elif hundreds and ones:
        text += "零"
    return text + (digits[ones] if ones else "")


def big_plan_docx(tasks: int = 6000, seed: int = 7) -> bytes:
    """An action plan of ``tasks`` numbered items (parts 一、二、… of up to 100 items "1." each), each with its
    responsible units: about 6,000 tasks in 0.5 MB, like the 338 KB plan that once held the server for 17 s."""
    rng = random.Random(seed)
    parts = [paragraph("某某县招商引资三年攻坚行动方案")]
    for n in range(tasks):
        part, item = divmod(n, 100)
        if item == 0:
            parts.append(paragraph(f"{_chinese_numeral(part + 1)}、第{part + 1}部分重点任务"))
        units = rng.sample(_UNITS, 3)
        words = "".join(rng.choice(_WORDS) for _ in range(18))
        parts.append(
            paragraph(
                f"{item + 1}.{words}。到2026年完成{rng.randint(1, 99)}个。(责任单位:{'、'.join(units)})"
            )
        )
    return package("".join(parts))


def xml_bomb_docx(path: Path, xml_mb: int = 190, seed: int = 11) -> Path:
    """A .docx of ``xml_mb`` MB of paragraph XML, compressed about 20x: under the 200 MB and 100x bomb checks
    (at 190 MB: ~9 MB, under the default 20 MB upload limit).

    Written once and kept at ``path`` (it takes a while to compress).
    """
    if path.exists():
        return path
    rng = random.Random(seed)
    # Paragraphs drawn from 70 sentences compress about 20x, like the real file; ~1 MB of them, repeated
    # (deflate's 32 KB window cannot see that repetition, so the ratio stays that of the chunk).
    sentences = ["".join(rng.choice(_WORDS) for _ in range(30)) for _ in range(70)]
    chunk = "".join(
        paragraph(f"({n})" + rng.choice(sentences) + rng.choice(sentences) + "。") for n in range(6000)
    ).encode("utf-8")
    repeats = max(1, xml_mb * 1024 * 1024 // len(chunk))
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as stream:
            stream.write(_HEAD.encode())
            for _ in range(repeats):
                stream.write(chunk)
            stream.write(_TAIL.encode())
    return path


def markup_docx(path: Path, xml_mb: int = 190, seed: int = 13) -> Path:
    """A .docx of ``xml_mb`` MB of formatting markup around no text at all (~11x compressed): nothing trips the
    character limit, so it is read to the end; what it costs is time, not memory."""
    if path.exists():
        return path
    rng = random.Random(seed)
    chunk = "".join(
        f'<w:p><w:pPr><w:spacing w:before="{rng.randint(0, 99999)}" w:after="{rng.randint(0, 99999)}"/></w:pPr>'
        f'<w:r><w:rPr><w:sz w:val="{rng.randint(1, 99)}"/></w:rPr></w:r></w:p>'
        for _ in range(10000)
    ).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as stream:
            stream.write(_HEAD.encode())
            for _ in range(max(1, xml_mb * 1024 * 1024 // len(chunk))):
                stream.write(chunk)
            stream.write(_TAIL.encode())
    return path


def grid_span_docx(value: str = "abc") -> bytes:
    """A plan whose table has a cell with a non-numeric ``w:gridSpan`` (a ValueError that once bricked a start)."""
    cell = '<w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>'
    row = (
        "<w:tr>"
        + cell.format(span=value, text="建设物流园区")
        + cell.format(span="1", text="县商务局")
        + "</w:tr>"
    )
    body = paragraph("某某县物流招商方案") + paragraph("一、重点任务") + f"<w:tbl>{row}</w:tbl>"
    return package(body)
