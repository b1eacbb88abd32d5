"""The REST API through the real FastAPI app: answers, tasks, documents, drafts, and every kind of bad input."""

from __future__ import annotations

import csv
import io
import zipfile

import docx
import pytest
from openpyxl import load_workbook

from tests.ui.conftest import FENGHUANG_ITEMS, plan_docx


def _error(response) -> str:
    body = response.json()
    assert set(body) == {"error"}, body
    assert "Traceback" not in body["error"]
    return body["error"]


def test_health_reports_the_shipped_corpus_ingested_into_an_empty_data_dir(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["documents"] >= 5


def test_ask_names_the_lead_unit_and_cites_a_verbatim_quote(client, service):
    answer = client.post("/api/ask", json={"question": "谁牵头精准开发招商项目？"}).json()
    assert answer["abstained"] is False
    assert answer["lead_unit"] == "州商务局"
    citation = answer["citations"][0]
    assert "精准开发招商项目" in citation["quote"]
    document = service.store.get(citation["doc_id"])
    assert document.text[citation["start"] : citation["end"]] == citation["quote"]


def test_a_follow_up_question_uses_the_previous_question_as_history(client):
    body = {"question": "那配合单位呢？", "history": ["谁牵头精准开发招商项目？"]}
    answer = client.post("/api/ask", json=body).json()
    assert "州发改委" in answer["answer"]
    assert "州发改委" in answer["units"]


def test_ask_can_be_limited_to_one_jurisdiction(client):
    body = {"question": "谁牵头精准开发招商项目？", "jurisdictions": ["长沙市"]}
    answer = client.post("/api/ask", json=body).json()
    assert all("湘西" not in c["doc_title"] for c in answer["citations"])


def test_ask_without_a_question_is_refused_in_chinese(client):
    response = client.post("/api/ask", json={})
    assert response.status_code == 422
    assert "问题" in _error(response)


def test_ask_with_a_blank_question_is_refused_in_chinese(client):
    response = client.post("/api/ask", json={"question": "   "})
    assert response.status_code == 422
    assert "请输入问题" in _error(response)


def test_ask_with_an_unknown_document_says_which(client):
    response = client.post("/api/ask", json={"question": "谁牵头？", "doc_ids": ["no-such-doc"]})
    assert response.status_code == 404
    assert "no-such-doc" in _error(response)


def test_task_table_filters_by_lead_unit(client):
    body = client.get("/api/tasks", params={"unit": "州商务局", "role": "lead"}).json()
    titles = [t["title"] for t in body["tasks"]]
    assert "精准开发招商项目" in titles
    assert all(t["role"] == "lead" for t in body["tasks"])


def test_a_units_tasks_split_into_lead_and_cooperate(client):
    body = client.get("/api/units/州发改委/tasks").json()
    assert body["lead"] + body["cooperating"] == len(body["tasks"]) > 0
    assert any(t["title"] == "精准开发招商项目" and t["role"] == "cooperating" for t in body["tasks"])


def test_a_wrong_role_is_refused_in_chinese(client):
    response = client.get("/api/tasks", params={"role": "boss"})
    assert response.status_code == 422
    assert "lead" in _error(response)


def test_task_table_exports_to_an_xlsx_with_the_units_tasks(client):
    response = client.get("/api/tasks/export", params={"unit": "州商务局"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("文件", "条目", "任务", "牵头单位")
    assert any(r[2] == "精准开发招商项目" and r[3] == "州商务局" for r in rows[1:])


def test_an_uploaded_docx_is_parsed_and_its_tasks_are_found(client, fenghuang_docx):
    response = client.post("/api/documents", files={"file": ("凤凰方案.docx", fenghuang_docx)})
    assert response.status_code == 201, response.text
    report = response.json()
    assert report["title"] == "凤凰县2026年招商引资攻坚行动方案"
    assert report["tasks"] == 2 and report["targets"] == 2
    tasks = client.get("/api/tasks", params={"unit": "县林业局"}).json()["tasks"]
    assert [(t["title"], t["role"]) for t in tasks] == [("建设银杏深加工产业园", "lead")]
    answer = client.post("/api/ask", json={"question": "谁牵头建设银杏深加工产业园？"}).json()
    assert answer["lead_unit"] == "县林业局"
    assert report["replaced"] is False
    again = client.post("/api/documents", files={"file": ("凤凰方案.docx", fenghuang_docx)}).json()
    assert again["replaced"] is True and again["doc_id"] == report["doc_id"]


def test_documents_list_carries_each_parse_report(client):
    documents = client.get("/api/documents").json()["documents"]
    xiangxi = next(d for d in documents if d["jurisdiction"] == "湘西州")
    assert xiangxi["tasks"] > 5 and xiangxi["units"] > 5


def test_an_oversized_upload_is_refused_with_the_limit(client):
    big = ("招商引资" * 100_000).encode()  # about 1.2 MB; the test app allows 1 MB
    response = client.post("/api/documents", files={"file": ("big.txt", big)})
    assert response.status_code == 413
    assert "1 MB" in _error(response)


def test_an_unsupported_file_type_is_refused(client):
    response = client.post("/api/documents", files={"file": ("setup.exe", b"MZ\x90\x00")})
    assert response.status_code == 415
    assert "docx" in _error(response)


def test_a_path_like_filename_is_stored_inside_the_data_dir(client, data_dir, tmp_path):
    text = "某县招商方案\n一、重点任务\n（一）引进物流企业。（责任单位：县商务局）\n".encode()
    response = client.post("/api/documents", files={"file": ("../../etc/passwd.txt", text)})
    assert response.status_code == 201, response.text
    assert response.json()["file"] == "passwd.txt"
    assert (data_dir / "sources" / "passwd.txt").read_bytes() == text
    assert not (data_dir.parent.parent / "etc").exists()
    client.delete(f"/api/documents/{response.json()['doc_id']}")


def test_a_corrupt_docx_is_refused_with_a_reason(client):
    response = client.post("/api/documents", files={"file": ("坏文件.docx", b"PK\x03\x04 not really a zip")})
    assert response.status_code == 422
    assert "坏文件.docx" in _error(response)


def test_deleting_a_document_removes_its_tasks(client):
    data = plan_docx("保靖县招商方案", ["（一）建设黄金茶加工园。（责任单位：县茶叶办、县商务局）"])
    doc_id = client.post("/api/documents", files={"file": ("保靖方案.docx", data)}).json()["doc_id"]
    assert client.get("/api/tasks", params={"unit": "县茶叶办"}).json()["count"] == 1
    assert client.delete(f"/api/documents/{doc_id}").status_code == 200
    assert client.get("/api/tasks", params={"unit": "县茶叶办"}).json()["count"] == 0
    again = client.delete(f"/api/documents/{doc_id}")
    assert again.status_code == 404
    assert doc_id in _error(again)


def test_reindex_answers_with_the_document_count(client):
    body = client.post("/api/reindex").json()
    assert body["documents"] == client.get("/api/health").json()["documents"]


def test_a_reminder_letter_is_drafted_as_a_docx_python_docx_opens(client):
    fields = client.get("/api/drafts").json()["reminder"]["example"]
    fields["project_name"] = "锰基新材料产业园项目"
    response = client.post("/api/drafts/reminder", json=fields)
    assert response.status_code == 200, response.text
    assert "filename*=UTF-8''" in response.headers["content-disposition"]
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
    assert "锰基新材料产业园项目" in text
    # The issuer is 湘西's 商务局: the basis quotes 湘西's own plan, verbatim inside “”.
    basis = next(line for line in text.splitlines() if line.startswith("政策依据："))
    assert basis.startswith("政策依据：《湘西自治州优势产业精准招商行动计划（2023—2025年）》")
    assert "明确：“" in basis and basis.endswith("”")


def test_a_draft_with_missing_fields_names_every_one(client):
    response = client.post("/api/drafts/reminder", json={"project_name": "某项目"})
    assert response.status_code == 422
    message = _error(response)
    assert "缺少必填项" in message and "主送单位" in message and "联系人" in message


def test_a_draft_of_an_unknown_kind_lists_the_known_ones(client):
    response = client.post("/api/drafts/poem", json={"x": 1})
    assert response.status_code == 404
    assert "reminder" in _error(response)


def test_a_draft_body_that_is_not_an_object_is_refused(client):
    response = client.post("/api/drafts/plan", json=["not", "an", "object"])
    assert response.status_code == 422
    _error(response)


def _ledger_csv() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["项目名称", "责任单位", "签约时间", "履约", "开工", "资金到位"])
    writer.writerow(["锰基新材料项目", "泸溪县人民政府", "2025-06-18", "已履约", "未开工", "35%"])
    writer.writerow(["猕猴桃深加工项目", "凤凰县人民政府", "2025-03-01", "已履约", "已开工", "100%"])
    writer.writerow(["", "花垣县人民政府", "2025-03-01", "未履约", "未开工", ""])
    return out.getvalue().encode("utf-8")


def test_a_ledger_becomes_a_zip_of_letters_for_the_lagging_projects(client):
    response = client.post(
        "/api/drafts/reminders",
        files={"ledger": ("台账.csv", _ledger_csv())},
        data={"issuer": "湘西自治州商务局", "date": "2026-11-23", "contact_person": "向明",
              "contact_phone": "0743-8221234"},
    )  # fmt: skip
    assert response.status_code == 200, response.text
    assert response.headers["x-letters"] == "1"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    letters = [n for n in archive.namelist() if n.endswith("提醒函.docx")]
    assert len(letters) == 1 and "锰基新材料项目" in letters[0]
    body = "\n".join(p.text for p in docx.Document(io.BytesIO(archive.read(letters[0]))).paragraphs)
    assert "泸溪县人民政府" in body


def test_a_ledger_without_an_issuer_is_refused(client):
    response = client.post("/api/drafts/reminders", files={"ledger": ("台账.csv", _ledger_csv())})
    assert response.status_code == 422
    assert "发函单位" in _error(response)


def test_a_ledger_with_a_bad_date_says_which_field(client):
    response = client.post(
        "/api/drafts/reminders",
        files={"ledger": ("台账.csv", _ledger_csv())},
        data={"issuer": "湘西自治州商务局", "date": "明年春天"},
    )
    assert response.status_code == 422
    assert "发函日期" in _error(response)


def test_the_api_docs_page_loads_nothing_from_the_internet(client):
    page = client.get("/docs").text
    assert "/api/ask" in page and "/api/drafts/reminders" in page
    assert "http://" not in page and "https://" not in page


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"X-API-Token": "wrong"}],
    ids=["missing", "wrong-bearer", "wrong-header"],
)
def test_the_api_refuses_a_missing_or_wrong_token(locked_client, headers):
    response = locked_client.get("/api/health", headers=headers)
    assert response.status_code == 401
    assert "令牌" in _error(response)


def test_the_api_accepts_the_token_as_bearer_or_header(locked_client):
    from tests.ui.conftest import TOKEN

    assert locked_client.get("/api/health", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert locked_client.get("/api/health", headers={"X-API-Token": TOKEN}).status_code == 200


def test_the_page_asks_for_the_token_then_remembers_it_in_a_cookie(locked_client):
    from tests.ui.conftest import TOKEN

    locked_client.cookies.clear()
    gate = locked_client.get("/")
    assert gate.status_code == 401 and "访问令牌" in gate.text
    assert locked_client.get("/?token=wrong").status_code == 401
    entry = locked_client.get(f"/?token={TOKEN}")
    assert entry.status_code == 303 and entry.headers["location"] == "/"
    assert TOKEN not in entry.headers["set-cookie"]
    assert locked_client.get("/").status_code == 200
    locked_client.cookies.clear()


def test_uploaded_items_survive_in_the_task_table_of_the_page_backend(service):
    # The Gradio tabs and the API share one AppService: what the API stored, the page lists.
    assert any(t.task.title == "建设银杏深加工产业园" for t in service.tasks(unit="县林业局"))


def test_fenghuang_items_are_what_the_test_document_says(fenghuang_docx):
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(fenghuang_docx)).paragraphs)
    assert all(item in text for item in FENGHUANG_ITEMS)


def test_an_upload_declaring_a_huge_body_is_refused_before_it_is_read(client):
    response = client.post(
        "/api/documents", content=b"x" * 10, headers={"content-length": str(500 * 1024 * 1024),
                                                       "content-type": "multipart/form-data; boundary=x"},
    )  # fmt: skip
    assert response.status_code == 413
    assert "MB" in _error(response)


def test_a_second_reindex_while_one_runs_is_refused_and_the_old_index_still_answers(client, service):
    with service._index_lock:  # stands for a re-index in progress
        response = client.post("/api/reindex")
        assert response.status_code == 409
        assert "正在重建索引" in _error(response)
        answer = client.post("/api/ask", json={"question": "谁牵头精准开发招商项目？"}).json()
        assert answer["lead_unit"] == "州商务局"


def test_a_draft_kinds_fields_are_listed_with_labels_and_required_marks(client):
    body = client.get("/api/drafts/reminder/fields").json()
    fields = {f["key"]: f for f in body["fields"]}
    assert fields["project_name"]["label"] == "项目名称" and fields["project_name"]["required"] is True
    assert client.get("/api/drafts/nonsense/fields").status_code in (404, 422)


def test_the_api_docs_show_the_shapes_of_answers_and_task_rows(client):
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert {"Answer", "Citation", "TaskList", "TaskOut", "Health"} <= set(schemas)
    ask = spec["paths"]["/api/ask"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ask["$ref"].endswith("/Answer")
    assert "lead_unit" in schemas["Answer"]["properties"] and "lead_units" in schemas["TaskOut"]["properties"]
