"""Old Office and WPS files (.doc, .wps; .xls, .et) read by converting them to .docx / .xlsx with LibreOffice.

Government offices still exchange .doc and .wps; python-docx reads only .docx. LibreOffice converts headless in
a few seconds. Each conversion runs in its own temporary profile and folder, with a time limit, so two at once
never share state and a hung conversion is ended. Without LibreOffice the file is refused with a reason a
cadre can act on (save it as .docx).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from corpus.errors import UnreadableDocument

# Old format → the format it is converted to (then read by the .docx or .xlsx reader).
LEGACY_FORMATS = {".doc": "docx", ".wps": "docx", ".xls": "xlsx", ".et": "xlsx"}
LEGACY_WORD_SUFFIXES = frozenset(LEGACY_FORMATS)
CONVERT_SECONDS = 60


def libreoffice() -> str | None:
    """The LibreOffice command on this machine, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_calc() -> bool:
    """LibreOffice is installed with its spreadsheet component (needed for .xls / .et), as far as can be seen."""
    command = libreoffice()
    if command is None:
        return False
    program = Path(command).resolve().parent
    return any((program / name).exists() for name in ("libsclo.so", "libsclo.dylib", "sclo.dll"))


def legacy_to_docx(name: str, data: bytes) -> bytes:
    """The .docx (or, for .xls / .et, .xlsx) bytes of an old file; UnreadableDocument when it cannot be converted."""
    command = libreoffice()
    suffix = Path(name).suffix.lower()
    target = LEGACY_FORMATS.get(suffix, "docx")
    if command is None:
        raise UnreadableDocument(
            f"读取 {suffix} 文件需要本机安装 LibreOffice，当前未安装。"
            f"请在 WPS、Word 或 Excel 中另存为 .{target} 后重新上传。"
        )
    with tempfile.TemporaryDirectory(prefix="pa-convert-") as tmp:
        folder = Path(tmp)
        source = folder / f"source{suffix}"
        source.write_bytes(data)
        profile = (folder / "profile").as_uri()
        try:
            subprocess.run(
                [command, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                 "--convert-to", target, "--outdir", str(folder / "out"), str(source)],
                check=False, capture_output=True, timeout=CONVERT_SECONDS,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            raise UnreadableDocument(
                f"{suffix} 文件转换超过 {CONVERT_SECONDS} 秒仍未完成，请另存为 .{target} 后重新上传。"
            ) from None
        converted = folder / "out" / f"source.{target}"
        if not converted.exists() or converted.stat().st_size == 0:
            why = "可能已损坏" if target == "docx" else "可能已损坏，或本机 LibreOffice 没有装 Calc 组件"
            raise UnreadableDocument(f"这个 {suffix} 文件无法转换（{why}），请另存为 .{target} 后重新上传。")
        return converted.read_bytes()
