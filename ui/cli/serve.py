"""``python -m assistant serve``: the web page and the REST API on one port (127.0.0.1 by default)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``serve`` command."""
    parser = subparsers.add_parser("serve", help="启动网页界面和 REST API（默认 http://127.0.0.1:7860）")
    parser.add_argument("--host", help="监听地址（默认 127.0.0.1，仅本机可访问）")
    parser.add_argument("--port", type=int, help="端口（默认 7860）")
    parser.add_argument("--data-dir", type=Path, help="数据目录（默认读取 PA_DATA_DIR）")
    parser.set_defaults(func=run)


# Requests still open this long after SIGTERM are cut: the whole stop stays well under ten seconds.
GRACEFUL_SECONDS = 3


def run(args: argparse.Namespace) -> int:
    # Imported here so that `python -m assistant --help` stays fast.
    import uvicorn

    from assistant.settings import load_settings
    from ui.app import create_app
    from ui.service import AppService, configure_logging

    settings = load_settings(data_dir=args.data_dir, host=args.host, port=args.port)
    configure_logging(settings)
    service = AppService(settings)
    # An unusable embedding model is a PolicyAssistantError: ui.cli.main says so.
    app = create_app(settings, service)
    if settings.host not in {"127.0.0.1", "localhost", "::1"} and not settings.api_token:
        print("警告：服务对外监听但未设置访问令牌（PA_API_TOKEN），任何人都可访问。", file=sys.stderr)
    lock = "，需要访问令牌" if settings.api_token else ""
    print(
        f"招商政策助手已启动：http://{settings.host}:{settings.port}/ （接口文档 /docs{lock}）",
        file=sys.stderr,
    )
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        log_level="warning",
        timeout_graceful_shutdown=GRACEFUL_SECONDS,
    )
    server = _server(config, service)
    try:
        server.run()
    finally:
        service.close()
    return 0


def _server(config, service):
    """uvicorn's server, ending the parse worker and failing unfinished jobs the moment a stop is asked for.

    Without this a request waiting on a parse held the shutdown until the parse ended (40 s and more).
    """
    import uvicorn

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame):  # SIGTERM / SIGINT
            service.close()
            super().handle_exit(sig, frame)

    return Server(config)
