"""``create_app(settings)``: the REST API under /api and the Gradio page at /, on one FastAPI app and port."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import gradio as gr
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.settings import Settings
from corpus.errors import PolicyAssistantError
from ui.api.access import TokenGate
from ui.api.docs import docs_page
from ui.api.limits import BodyLimit
from ui.api.routes import api_router
from ui.service import AppService
from ui.web.blocks import CSS, build_blocks, theme

log = logging.getLogger("policy_assistant.ui")

_FIELD_NAMES = {"question": "问题", "file": "文件", "ledger": "台账文件", "issuer": "发函单位"}


# The one map from the error root's machine codes to HTTP statuses; UserError carries its own.
_STATUS_BY_CODE = {
    "unsupported_file_type": 415,
    "document_too_large": 413,
    "render_error": 503,
    "index_error": 503,
    "embedding_model_unavailable": 503,
}


def http_status(exc: PolicyAssistantError) -> int:
    """The HTTP status for an error a person can act on (4xx unless the server lacks something)."""
    return getattr(exc, "status", None) or _STATUS_BY_CODE.get(exc.code, 422)


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _validation_message(exc: RequestValidationError) -> str:
    """Pydantic's errors as one Chinese sentence naming the fields to fix."""
    missing, invalid = [], []
    if any(err.get("type") == "json_invalid" for err in exc.errors()):
        return "请求体不是有效的 JSON，请检查引号、逗号和括号是否成对。"
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path", "form")]
        name = _FIELD_NAMES.get(loc[-1], loc[-1]) if loc else "请求体"
        (missing if err.get("type") == "missing" else invalid).append(name)
    parts = []
    if missing:
        parts.append(f"缺少必填项：{'、'.join(dict.fromkeys(missing))}")
    if invalid:
        parts.append(f"格式不正确：{'、'.join(dict.fromkeys(invalid))}（请检查 JSON 格式与字段类型）")
    return "；".join(parts) + "。"


_HTTP_MESSAGES = {
    # Raised by the framework itself (e.g. a multipart body it cannot parse): say it in Chinese too.
    400: "请求格式不正确，无法解析（例如上传的文件名或表单数据无效），请检查后重试。",
    404: "没有这个接口或资源，请查看 /docs 中的接口列表。",
    405: "该接口不支持这种请求方法，请查看 /docs 中的接口列表。",
}


def _api_miss_status(app: FastAPI, request: Request) -> int:
    """404 for an /api path no route has; 405 when a route has the path but not the method."""
    from starlette.routing import compile_path

    for path in app.openapi().get("paths", {}):
        if compile_path(path)[0].match(request.url.path):
            return 405
    return 404


def _install_error_handlers(app: FastAPI) -> None:
    @app.middleware("http")
    async def chinese_api_misses(request: Request, call_next):
        # The Gradio page is mounted at "/", so an unknown /api path (or a wrong method on a known one) falls
        # through to it and would get its English {"detail": "Not Found"}; answer in Chinese instead.
        try:
            response = await call_next(request)
        except RuntimeError as exc:
            # Starlette's way of saying the browser left before the page answered (a request aborted under
            # load): nobody is there to read a response, and it is no error of the app's.
            if str(exc) != "No response returned.":
                raise
            log.info("HTTP %s %s: 浏览器已断开连接", request.method, request.url.path)
            return Response(status_code=204)
        if request.url.path.startswith("/api/") and response.status_code in (404, 405):
            body = b"".join([chunk async for chunk in response.body_iterator])
            if body.startswith(b'{"detail"'):
                status = _api_miss_status(app, request)
                log.info("API %s %s: %s", request.method, request.url.path, status)
                return _error(status, _HTTP_MESSAGES[status])
            return Response(body, response.status_code, headers=dict(response.headers))
        return response

    @app.exception_handler(PolicyAssistantError)
    async def user_error(request: Request, exc: PolicyAssistantError) -> JSONResponse:
        log.info("API %s %s: %s", request.method, request.url.path, exc.message)
        return _error(http_status(exc), exc.message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        message = _validation_message(exc)
        log.info("API %s %s: %s", request.method, request.url.path, message)
        return _error(422, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, _HTTP_MESSAGES.get(exc.status_code, str(exc.detail)))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("API request %s %s failed", request.method, request.url.path)
        return _error(500, "服务器处理时出现意外错误，已记入日志。请稍后重试，或联系管理员。")


def _fresh_downloads(data_dir: Path) -> Path:
    """Drafts and exports offered for download live under the data dir, emptied at each start.

    (They were /tmp/pa-downloads-* folders, one left behind by every start.)
    """
    downloads = data_dir / "downloads"
    shutil.rmtree(downloads, ignore_errors=True)
    downloads.mkdir(parents=True, exist_ok=True)
    return downloads


def create_app(settings: Settings, service: AppService | None = None) -> FastAPI:
    """The whole service for ``settings``: opens the data dir and index now, so the first answer is fast."""
    service = service or AppService(settings)
    service.warm_up()
    app = FastAPI(
        title="招商政策助手 API",
        description="政策文件问答（附原文出处）、任务分工、公文起草与文档管理。",
        version="1.0",
        docs_url=None,
        redoc_url=None,
    )
    _install_error_handlers(app)
    app.include_router(api_router(service))

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(docs_page(app.openapi()))

    downloads = _fresh_downloads(Path(settings.data_dir))
    blocks = build_blocks(service, downloads)
    app = gr.mount_gradio_app(
        app,
        blocks,
        path="/",
        theme=theme(),
        css=CSS,
        footer_links=[],
        show_error=False,
        ssr_mode=False,
        mcp_server=False,
        allowed_paths=[str(downloads)],
        # A backstop only: the tabs check settings.max_upload_mb themselves and say so in Chinese.
        max_file_size=f"{settings.max_upload_mb * 4}mb",
        server_name=settings.host,
        server_port=settings.port,
    )
    app.add_middleware(BodyLimit, max_upload_mb=settings.max_upload_mb)
    # Added last, so it runs first: nothing, not even a size check, answers a caller without the token.
    app.add_middleware(TokenGate, token=settings.api_token, data_dir=Path(settings.data_dir))
    app.state.service = service
    return app
