"""``python -m assistant``: a thin dispatcher; each command group lives in its own module."""

from __future__ import annotations

import argparse
import importlib
import sys

from corpus.errors import PolicyAssistantError

# Each module defines ``register(subparsers)`` and sets ``func`` on its parser.
COMMANDS = ["ingest", "tasks", "ask", "eval", "draft", "serve"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="招商政策助手 Policy Assistant")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        importlib.import_module(f"ui.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from assistant.settings import load_settings
    from ui.service import configure_logging

    configure_logging(load_settings())  # every command logs at PA_LOG_LEVEL (repairs, quarantines, drops)
    try:
        return int(args.func(args) or 0)
    except PolicyAssistantError as exc:  # the one error root: a Chinese message, exit code 2
        print(f"错误：{exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
