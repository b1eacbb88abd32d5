"""The REST API under ``/api``: the same operations as the UI, JSON in and out, files as downloads."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Body, File, Form, Query, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from assistant.answer import Answer
from corpus.model import LeadBasis, Role, Target
from ui.jobs import JobFailed
from ui.service import AppService, UserError
from ui.spreadsheet import tasks_xlsx

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class AskRequest(BaseModel):
    question: str = Field(
        ..., description="问题，例如：谁牵头精准开发招商项目？", examples=["谁牵头精准开发招商项目？"]
    )
    doc_ids: list[str] | None = Field(None, description="只在这些文档中查找（doc_id）")
    jurisdictions: list[str] | None = Field(None, description="只在这些地区的文件中查找，例如 湘西州")
    history: list[str] | None = Field(
        None, description="此前的问题（最近的在最后），用于追问，例如“那配合单位呢？”"
    )


def attachment(filename: str, content: bytes, media_type: str) -> Response:
    """A file download whose Chinese name survives every browser (RFC 5987 filename*)."""
    ascii_name = filename.encode("ascii", "ignore").decode() or "download"
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    return Response(content, media_type=media_type, headers={"Content-Disposition": disposition})


async def read_upload(upload: UploadFile, limit_mb: int) -> bytes:
    """The upload's bytes, refusing (413) as soon as it passes the size limit instead of reading it all."""
    limit = limit_mb * 1024 * 1024
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise UserError(f"文件 {upload.filename} 超过 {limit_mb} MB 上限，请拆分或压缩后再上传。", 413)
    return data


class Health(BaseModel):
    status: str = Field(description="ok")
    documents: int = Field(description="已入库的文档数")
    auth: bool = Field(description="是否需要访问令牌")


class TaskOut(BaseModel):
    """One row of the task table (corpus.tasks.TaskRow, flattened)."""

    doc_id: str
    doc_title: str
    jurisdiction: str
    section: str
    label: str
    title: str
    kind: str
    lead_units: list[str]
    units: list[str]
    cooperating_units: list[str]
    lead_basis: LeadBasis
    deadline: str
    targets: list[Target]
    quote: str
    start: int
    end: int
    role: str = Field(description="按单位筛选时：lead（牵头）/ cooperating（配合）；否则为空")


class TaskList(BaseModel):
    count: int
    tasks: list[TaskOut]


class UnitTasks(BaseModel):
    unit: str
    lead: int = Field(description="牵头的任务数")
    cooperating: int = Field(description="配合的任务数")
    tasks: list[TaskOut]


def api_router(service: AppService) -> APIRouter:
    """All ``/api`` routes, bound to one AppService."""
    router = APIRouter(prefix="/api")

    @router.get("/health", summary="服务状态", response_model=Health)
    def health() -> dict[str, Any]:
        docs = service.store.doc_ids()
        return {"status": "ok", "documents": len(docs), "auth": bool(service.settings.api_token)}

    @router.post("/ask", summary="提问：回答附出处（与 CLI ask --json 相同）", response_model=Answer)
    def ask(request: AskRequest) -> dict[str, Any]:
        history = request.history[-1] if request.history else None
        answer = service.ask(request.question, request.doc_ids, request.jurisdictions, history=history)
        return answer.to_json()

    @router.get(
        "/tasks", summary="任务分工表：按单位（牵头/配合）、文件、关键词筛选", response_model=TaskList
    )
    def tasks(
        unit: str = Query("", description="单位，可用简称"),
        doc: str = Query("", description="doc_id、标题中的词或地区"),
        role: str = Query(Role.ANY, description="lead（牵头）/ cooperating（配合）/ any（全部）"),
        keyword: str = Query("", description="任务标题或正文中的词"),
    ) -> dict[str, Any]:
        rows = service.tasks(unit=unit, doc=doc, role=role, keyword=keyword)
        return {"count": len(rows), "tasks": [r.to_json() for r in rows]}

    @router.get("/tasks/export", summary="任务分工表导出为 XLSX（筛选条件同 /api/tasks）")
    def tasks_export(unit: str = "", doc: str = "", role: str = "any", keyword: str = "") -> Response:
        rows = service.tasks(unit=unit, doc=doc, role=role, keyword=keyword)
        name = f"任务分工_{unit}.xlsx" if unit else "任务分工.xlsx"
        return attachment(name, tasks_xlsx(rows), XLSX)

    @router.get("/units/{name}/tasks", summary="某单位牵头和配合的任务", response_model=UnitTasks)
    def unit_tasks(name: str, role: str = "any") -> dict[str, Any]:
        rows = service.tasks(unit=name, role=role)
        lead = sum(1 for r in rows if r.role == "lead")
        return {
            "unit": name,
            "lead": lead,
            "cooperating": len(rows) - lead,
            "tasks": [r.to_json() for r in rows],
        }

    @router.get("/documents", summary="文档列表及解析报告；无法解析而被隔离的上传列在 quarantined")
    def documents() -> dict[str, Any]:
        return {
            "documents": [_report(r) for r in service.reports()],
            "quarantined": [_quarantined(q) for q in service.quarantined()],
        }

    @router.post(
        "/documents",
        summary="上传文档（multipart，字段名 file，可多个）；后台解析，全部完成后只重建一次索引",
        description="默认等待解析完成：201 返回解析报告（无法解析则 4xx 并说明原因，文件移入隔离区）。"
        "wait=false 时立即返回 202 与任务编号，进度见 GET /api/jobs/{id}。",
        status_code=201,
    )
    async def upload(
        file: Annotated[list[UploadFile], File(description="txt / md / html / docx / pdf，可多个")],
        wait: Annotated[bool, Query(description="是否等待解析完成")] = True,
    ) -> Any:
        # The event loop only reads the bytes; journalling, parsing and indexing happen elsewhere.
        files = []
        for upload in file:
            service.check_upload(upload.filename or "", upload.size or 0)
            files.append((upload.filename or "", await read_upload(upload, service.settings.max_upload_mb)))
        job = await run_in_threadpool(service.submit_uploads, files)
        if not wait:
            return JSONResponse({"job": job.id, "status_url": f"/api/jobs/{job.id}"}, status_code=202)
        try:
            results = await asyncio.wrap_future(job.future)
        except JobFailed as exc:
            raise UserError(exc.message, exc.status) from None
        if len(results) == 1:
            return _report(results[0]) | {"job": job.id}
        return {"job": job.id, **_results(results)}

    @router.delete(
        "/quarantine/{stored_as}", summary="删除隔离区中的一个文件（stored_as 见 GET /api/documents）"
    )
    def discard_quarantined(stored_as: str) -> dict[str, Any]:
        service.discard_quarantined(stored_as)
        return {"deleted": stored_as}

    @router.get("/jobs/{job_id}", summary="后台任务（上传解析、重建索引）的进度与结果")
    def job_status(job_id: str) -> dict[str, Any]:
        job = service.jobs.get(job_id)
        if job is None:
            raise UserError(f"没有找到任务“{job_id}”（任务记录只保留最近的 200 个）。", 404)
        return job.to_json(result=_results if job.kind == "upload" else lambda count: {"documents": count})

    @router.delete("/documents/{doc_id}", summary="删除文档并重建索引")
    def delete(doc_id: str) -> dict[str, Any]:
        service.delete(doc_id)
        return {"deleted": doc_id}

    @router.post("/reindex", summary="重建检索索引（旧索引在新索引就绪前继续服务）")
    def reindex(
        wait: Annotated[bool, Query(description="是否等待完成；false 时返回 202 与任务编号")] = True,
    ) -> Any:
        if not wait:
            job = service.submit_reindex()
            return JSONResponse({"job": job.id, "status_url": f"/api/jobs/{job.id}"}, status_code=202)
        return {"documents": service.reindex()}

    @router.get("/drafts", summary="可起草的公文类型及示例字段")
    def draft_kinds() -> dict[str, Any]:
        return {
            name: {"label": label, "example": service.draft_example(name)}
            for name, label in service.draft_kinds().items()
        }

    @router.get("/drafts/{kind}/fields", summary="某类公文的表单字段：键、中文名、是否必填、示例、说明")
    def draft_fields(kind: str) -> dict[str, Any]:
        return {"kind": kind, "fields": service.draft_fields(kind)}

    # Declared before /drafts/{kind}, which would otherwise take "reminders" for a kind.
    @router.post("/drafts/reminders", summary="批量提醒函：上传项目台账（csv/xlsx），返回 zip")
    async def reminders(
        ledger: Annotated[UploadFile, File(description="项目台账 .csv / .xlsx")],
        issuer: Annotated[str, Form(description="发函单位")],
        date: Annotated[str, Form(description="发函日期，默认今天")] = "",
        reply_deadline: Annotated[str, Form(description="反馈期限，默认发函后15天")] = "",
        contact_person: Annotated[str, Form()] = "",
        contact_phone: Annotated[str, Form()] = "",
    ) -> Response:
        data = await read_upload(ledger, service.settings.max_upload_mb)
        result = service.draft_reminders(
            ledger.filename or "", data, issuer, date, reply_deadline, contact_person, contact_phone
        )
        response = attachment(result.filename, result.content, "application/zip")
        response.headers["X-Letters"] = str(result.letters)
        return response

    @router.post("/drafts/{kind}", summary="起草公文（plan / visit-report / reminder），返回 DOCX")
    def draft(
        kind: str,
        fields: Annotated[
            dict[str, Any], Body(description="表单字段（英文键或中文名均可），见 GET /api/drafts")
        ],
    ) -> Response:
        if kind not in service.draft_kinds():
            known = "、".join(service.draft_kinds())
            raise UserError(f"未知的公文类型“{kind}”，可选：{known}。", 404)
        result = service.draft(kind, fields)
        return attachment(result.filename, result.content, DOCX)

    @router.get("/jurisdictions", summary="语料中的地区")
    def jurisdictions() -> dict[str, Any]:
        return {"jurisdictions": service.jurisdictions()}

    return router


def _report(result) -> dict[str, Any]:
    return {
        "doc_id": result.doc_id,
        "file": result.path,
        "title": result.title,
        "jurisdiction": result.jurisdiction,
        "tasks": result.tasks,
        "units": result.units,
        "targets": result.targets,
        "warnings": list(result.warnings),
        "replaced": result.replaced,
    }


def _results(results) -> dict[str, Any]:
    return {
        "documents": [_report(r) for r in results if r.ok],
        "refused": [
            {"file": r.path, "error": r.error, "quarantined": r.quarantined} for r in results if not r.ok
        ],
    }


def _quarantined(item) -> dict[str, Any]:
    return {"file": item.name, "reason": item.reason, "at": item.at, "stored_as": item.path.name}
