"""Index version directories: build aside, publish by atomic rename + pointer swap, prune the old ones.

index_root/CURRENT           the live version's name, replaced with os.replace (atomic on POSIX)
index_root/versions/<name>/  finished versions
index_root/versions/.building-<name>/  a build in progress (or one that died: nothing points to it)
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

VERSION_NAME = re.compile(r"^v-\d{8}T\d{6}-[0-9a-f]{8}$")


def read_current(index_root: Path) -> str | None:
    """The live version's name; None when no index was ever published, "" when the pointer is unreadable."""
    current = index_root / "CURRENT"
    if not current.exists():
        return None
    try:
        return current.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def _lock(index_root: Path) -> Iterator[None]:
    """One builder at a time per index directory, across processes."""
    index_root.mkdir(parents=True, exist_ok=True)
    with (index_root / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _prune(versions: Path, keep: set[str]) -> None:
    """Remove failed builds and every version not in ``keep``."""
    for path in versions.iterdir():
        if path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)


@contextmanager
def new_version(index_root: Path) -> Iterator[Path]:
    """A fresh directory to build into; published as CURRENT only if the block finishes without error."""
    with _lock(index_root):
        versions = index_root / "versions"
        versions.mkdir(parents=True, exist_ok=True)
        name = f"v-{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{uuid.uuid4().hex[:8]}"
        building = versions / f".building-{name}"
        building.mkdir()
        previous = read_current(index_root)
        try:
            yield building
            os.rename(building, versions / name)
            _fsync_dir(versions)
            pointer = index_root / f".CURRENT-{name}"
            pointer.write_text(name, encoding="utf-8")
            os.replace(pointer, index_root / "CURRENT")
            _fsync_dir(index_root)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        # The predecessor stays: a reader in another process may still be answering from it.
        _prune(versions, keep={name, previous or ""})
