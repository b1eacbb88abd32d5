"""The import graph runs one way: corpus → retrieval → assistant → drafting → ui (evals beside ui, over assistant).

Every import counts, including those inside functions, so a lazy import cannot hide an upward arrow.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ``python -m assistant`` stays the familiar entry point: a three-line shim that hands over to ui/cli.
SHIMS = {Path("assistant/__main__.py")}

# What each top-level package may import from the others (prompts holds text files only).
ALLOWED = {
    "corpus": set(),
    "prompts": set(),
    "retrieval": {"corpus"},
    "assistant": {"corpus", "retrieval", "prompts"},
    "drafting": {"corpus", "retrieval", "prompts", "assistant"},
    "evals": {"corpus", "retrieval", "prompts", "assistant"},
    "ui": {"corpus", "retrieval", "prompts", "assistant", "drafting", "evals"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def _arrows() -> set[tuple[str, str, str]]:
    arrows = set()
    for package in ALLOWED:
        for path in (ROOT / package).rglob("*.py"):
            if path.relative_to(ROOT) in SHIMS:
                continue
            for target in _imports(path) & (set(ALLOWED) | {"tests", "bench"}):
                if target != package:
                    arrows.add((package, target, str(path.relative_to(ROOT))))
    return arrows


def test_no_package_imports_upward_or_from_tests():
    upward = sorted(
        f"{where}: {source} → {target}"
        for source, target, where in _arrows()
        if target not in ALLOWED[source]
    )
    assert upward == []


def test_the_package_graph_has_no_cycle():
    edges = {(source, target) for source, target, _ in _arrows()}
    assert not [(a, b) for a, b in edges if (b, a) in edges]
