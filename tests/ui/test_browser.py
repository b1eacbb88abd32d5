"""The page in headless Chromium against a live server: ask, filter tasks, draft, upload — all offline."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from urllib.parse import urlparse

import docx
import pytest

from bench.live_server import REPO, LiveServer

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = REPO / "artifacts" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason="no Chromium at /usr/bin/chromium on this machine"
    ),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    live = LiveServer(tmp_path_factory.mktemp("pa-live") / "data")
    try:
        live.wait_ready()
        yield live
    finally:
        live.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, server):
    """A fresh page on the live server that records every request it makes."""
    context = browser.new_context(
        viewport={"width": 1400, "height": 1000}, accept_downloads=True, locale="zh-CN"
    )
    tab = context.new_page()
    tab.requests = []
    tab.on("request", lambda request: tab.requests.append(request.url))
    tab.goto(server.url + "/")
    tab.wait_for_selector("#pa-question textarea", timeout=30_000)
    yield tab
    offsite = [
        u for u in tab.requests if urlparse(u).hostname not in {"127.0.0.1"} and not u.startswith("data:")
    ]
    context.close()
    assert offsite == [], f"the page reached outside 127.0.0.1: {offsite[:5]}"


def _screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def _open_tab(page, name: str) -> None:
    page.get_by_role("tab", name=name, exact=True).click()


def test_asking_shows_the_lead_unit_and_the_quoted_source(page):
    page.fill("#pa-question textarea", "谁牵头精准开发招商项目？")
    page.click("#pa-send")
    page.wait_for_selector("#pa-sources mark", timeout=30_000)
    chat = page.inner_text("#pa-chat")
    assert "牵头单位：州商务局" in chat
    quote = page.inner_text("#pa-sources mark")
    assert "精准开发招商项目" in quote and "责任单位" in quote
    assert "湘西自治州优势产业精准招商行动计划" in page.inner_text("#pa-sources")

    page.fill("#pa-question textarea", "那配合单位呢？")
    page.click("#pa-send")
    # The follow-up carries the first question as history, so it answers about the same task.
    page.wait_for_function(
        "(document.querySelector('#pa-chat').innerText.split('那配合单位呢')[1] || '').includes('州发改委')",
        timeout=30_000,
    )
    _screenshot(page, "1_问答")


def test_the_task_table_filters_by_unit_and_counts_its_roles(page):
    _open_tab(page, "任务分工")
    page.fill("#pa-unit input", "州工信局")
    page.keyboard.press("Enter")
    summary = page.wait_for_selector("#pa-unit-summary :text('州工信局：牵头')", timeout=30_000)
    assert re.search(r"州工信局：牵头 \d+ 项，配合 [1-9]\d* 项", summary.inner_text())
    page.wait_for_function(
        "document.querySelector('#pa-task-table').innerText.includes('精准开发招商项目')", timeout=30_000
    )
    table = page.inner_text("#pa-task-table")
    assert "配合" in table and "精准招商" not in table.split("\n")[0]
    _screenshot(page, "2_任务分工")


def test_drafting_a_reminder_letter_downloads_a_docx_python_docx_opens(page, tmp_path):
    _open_tab(page, "公文起草")
    _open_tab(page, "项目推进提醒函")
    page.fill(
        "#pa-draft-reminder-project_name textarea, #pa-draft-reminder-project_name input",
        "银杏深加工产业园项目",
    )
    page.click("#pa-draft-reminder")
    link = page.wait_for_selector("#pa-draft-file-reminder a[data-testid=download-link]", timeout=30_000)
    assert "已生成《" in page.inner_text("#pa-draft-status-reminder")
    with page.expect_download() as download:
        link.click()
    target = tmp_path / "letter.docx"
    download.value.save_as(target)
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "银杏深加工产业园项目" in text and "泸溪县人民政府" in text
    _screenshot(page, "3_公文起草")


def test_a_missing_draft_field_is_named_in_the_page(page):
    _open_tab(page, "公文起草")
    _open_tab(page, "项目推进提醒函")
    page.fill("#pa-draft-reminder-addressee textarea, #pa-draft-reminder-addressee input", "")
    page.click("#pa-draft-reminder")
    toast = page.wait_for_selector(":text('缺少必填项')", timeout=30_000)
    assert "主送单位" in toast.inner_text()


def test_an_uploaded_docx_shows_its_report_and_its_tasks(page, fenghuang_docx, tmp_path):
    source = tmp_path / "凤凰县攻坚方案.docx"
    source.write_bytes(fenghuang_docx)
    _open_tab(page, "文档管理")
    page.set_input_files("#pa-upload input[type=file]", str(source))
    page.wait_for_timeout(500)  # the file lands in Gradio's upload cache first
    page.click("#pa-upload-run")
    status = page.wait_for_selector("#pa-doc-status :text('✓')", timeout=60_000)
    assert "找到任务 2 项" in status.inner_text()
    page.wait_for_function(
        "document.querySelector('#pa-doc-table').innerText.includes('凤凰县2026年招商引资攻坚行动方案')",
        timeout=30_000,
    )
    _screenshot(page, "4_文档管理")
    page.click("#pa-reindex")
    page.wait_for_selector("#pa-doc-status :text('检索索引已重建')", timeout=60_000)
    _open_tab(page, "任务分工")
    page.fill("#pa-keyword textarea, #pa-keyword input", "银杏")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "document.querySelector('#pa-task-table').innerText.includes('建设银杏深加工产业园')", timeout=30_000
    )
    assert "县林业局" in page.inner_text("#pa-task-table")


def test_a_ledger_upload_gives_a_zip_of_reminder_letters(page, tmp_path):
    ledger = tmp_path / "项目台账.csv"
    ledger.write_text(
        "项目名称,责任单位,签约时间,履约,开工,资金到位\n"
        "锰基新材料项目,泸溪县人民政府,2025-06-18,已履约,未开工,35%\n"
        "猕猴桃深加工项目,凤凰县人民政府,2025-03-01,已履约,已开工,100%\n",
        encoding="utf-8",
    )
    _open_tab(page, "公文起草")
    _open_tab(page, "批量提醒函")
    page.set_input_files("#pa-ledger input[type=file]", str(ledger))
    page.wait_for_timeout(500)
    page.fill("#pa-batch-issuer input, #pa-batch-issuer textarea", "湘西自治州商务局")
    page.fill("#pa-batch-contact input, #pa-batch-contact textarea", "向明")
    page.fill("#pa-batch-phone input, #pa-batch-phone textarea", "0743-8221234")
    page.click("#pa-batch-run")
    link = page.wait_for_selector("#pa-batch-file a[data-testid=download-link]", timeout=60_000)
    assert "已起草提醒函 1 份，无需提醒 1 个项目" in page.inner_text("#pa-batch-status")
    with page.expect_download() as download:
        link.click()
    target = tmp_path / "letters.zip"
    download.value.save_as(target)
    names = zipfile.ZipFile(target).namelist()
    assert any("锰基新材料项目" in n and n.endswith(".docx") for n in names)
    assert not any("猕猴桃" in n for n in names)
    _screenshot(page, "5_批量提醒函")


def test_with_a_token_the_page_opens_only_through_it_and_still_answers(browser, tmp_path_factory):
    live = LiveServer(tmp_path_factory.mktemp("pa-locked") / "data", token="s3cret-token")
    try:
        live.wait_ready(headers={"X-API-Token": "s3cret-token"})
        context = browser.new_context(locale="zh-CN")
        page = context.new_page()
        refused = page.goto(live.url + "/")
        assert refused.status == 401 and "访问令牌" in page.inner_text("body")
        page.goto(live.url + "/?token=s3cret-token")
        page.wait_for_selector("#pa-question textarea", timeout=30_000)
        assert "token" not in page.url
        page.fill("#pa-question textarea", "谁牵头精准开发招商项目？")
        page.click("#pa-send")
        page.wait_for_selector("#pa-sources mark", timeout=30_000)
        assert "牵头单位：州商务局" in page.inner_text("#pa-chat")
        context.close()
    finally:
        live.stop()
