"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, GBK/GB18030, and files that mix them."""

from __future__ import annotations

from corpus.errors import UnreadableDocument

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean this is not a text file.

    UTF-16 with a byte-order mark (Windows Notepad's "Unicode") is full of NUL bytes and still text.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 50)


def decode_text(data: bytes) -> str:
    """Decode a text file; lines that are not UTF-8 are tried as GB18030 one by one (mixed files exist)."""
    if not data.strip():
        raise UnreadableDocument("文件为空，没有可读的内容。")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    if looks_binary(data):
        raise UnreadableDocument("这不是文本文件（含有二进制内容），无法作为政策文件读取。")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    lines = []
    for raw in data.split(b"\n"):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw.decode("gb18030", errors="replace"))
    return "\n".join(lines)
