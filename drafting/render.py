"""Render a DOCX to PDF and PNG pages with LibreOffice (headless) and pdftoppm, for previews and checks.

Each conversion gets its own LibreOffice profile (two at once would otherwise fight over one), and
``drafting/fonts/fonts.conf`` maps the official font names to the installed Noto CJK fonts.

    python -m drafting.render draft.docx --out previews/
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from drafting.errors import RenderError

FONTS_CONF = Path(__file__).resolve().parent / "fonts" / "fonts.conf"


@dataclass(frozen=True)
class Rendered:
    pdf: Path
    pages: tuple[Path, ...]  # one PNG per page, in order


def soffice_path() -> str | None:
    """The LibreOffice executable, or None where it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["FONTCONFIG_FILE"] = str(FONTS_CONF)
    env.setdefault("SAL_USE_VCLPLUGIN", "svp")  # no display needed
    return env


def to_pdf(docx: Path, out_dir: Path, timeout: float = 180) -> Path:
    """Convert ``docx`` to ``out_dir/<stem>.pdf`` with a private LibreOffice profile."""
    soffice = soffice_path()
    if soffice is None:
        raise RenderError("未找到 LibreOffice（soffice），无法生成 PDF 预览。")
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.mkdtemp(prefix="pa-lo-profile-"))
    try:
        command = [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx),
        ]
        result = subprocess.run(
            command, env=_environment(), capture_output=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise RenderError(f"LibreOffice 转换超时（{timeout:.0f} 秒）。") from exc
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdf = out_dir / f"{docx.stem}.pdf"
    if result.returncode != 0 or not pdf.exists():
        detail = (result.stderr or result.stdout).decode("utf-8", "replace").strip()[-300:]
        raise RenderError(f"LibreOffice 转换失败：{detail or '未生成 PDF'}")
    return pdf


def to_png(pdf: Path, out_dir: Path, dpi: int = 80, timeout: float = 120) -> tuple[Path, ...]:
    """One PNG per page of ``pdf`` (``<stem>-1.png`` …)."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise RenderError("未找到 pdftoppm（poppler-utils），无法生成页面图片。")
    prefix = out_dir / pdf.stem
    for old in out_dir.glob(f"{pdf.stem}-*.png"):
        old.unlink()
    result = subprocess.run(
        [pdftoppm, "-r", str(dpi), "-png", str(pdf), str(prefix)],
        env=_environment(),
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise RenderError(f"pdftoppm 失败：{result.stderr.decode('utf-8', 'replace').strip()[-300:]}")

    def page_number(path: Path) -> int:
        return int(path.stem.rsplit("-", 1)[1])

    return tuple(sorted(out_dir.glob(f"{pdf.stem}-*.png"), key=page_number))


def render(docx: Path, out_dir: Path, dpi: int = 80) -> Rendered:
    """PDF and PNG pages of ``docx`` in ``out_dir``."""
    docx, out_dir = Path(docx), Path(out_dir)
    pdf = to_pdf(docx, out_dir)
    return Rendered(pdf=pdf, pages=to_png(pdf, out_dir, dpi=dpi))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m drafting.render", description="DOCX → PDF + PNG 预览")
    parser.add_argument("docx", type=Path, nargs="+")
    parser.add_argument("--out", type=Path, default=None, help="输出目录（默认与 DOCX 同目录）")
    parser.add_argument("--dpi", type=int, default=80)
    args = parser.parse_args(argv)
    for docx in args.docx:
        try:
            rendered = render(docx, args.out or docx.parent, dpi=args.dpi)
        except RenderError as exc:
            print(f"错误：{exc.message}", file=sys.stderr)
            return 2
        print(rendered.pdf)
        for page in rendered.pages:
            print(page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
