"""What the API says when a caller gets the request wrong: Chinese JSON, the right status, one log line."""

from __future__ import annotations

import logging


def test_an_unknown_api_path_is_a_chinese_404(client):
    response = client.get("/api/unknown")
    assert response.status_code == 404
    assert response.json() == {"error": "没有这个接口或资源，请查看 /docs 中的接口列表。"}


def test_a_wrong_method_on_a_known_path_is_a_chinese_405(client):
    response = client.delete("/api/ask")
    assert response.status_code == 405
    assert "不支持这种请求方法" in response.json()["error"]


def test_a_body_that_is_not_json_says_so(client):
    response = client.post("/api/ask", content=b"{bad", headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"].startswith("请求体不是有效的 JSON")


def test_a_user_mistake_is_one_info_line_without_a_traceback(client, caplog):
    with caplog.at_level(logging.INFO, logger="policy_assistant.ui"):
        response = client.post("/api/ask", json={"question": "   "})
    assert response.status_code == 422 and "请输入问题" in response.json()["error"]
    records = [r for r in caplog.records if r.name == "policy_assistant.ui"]
    assert len(records) == 1 and records[0].levelno == logging.INFO and records[0].exc_info is None
    assert "请输入问题" in records[0].getMessage()
