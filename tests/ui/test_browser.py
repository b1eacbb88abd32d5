"""The page in headless Chromium against a live server, at a desktop (1440×900) and a phone (390×844) size:
ask, filter tasks, draft, upload — all offline, all in Chinese. Screenshots of every tab at both sizes go to
artifacts/screenshots/ (gitignored)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from urllib.parse import urlparse

import docx
import pytest

from bench.live_server import REPO, LiveServer

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = REPO / "artifacts" / "screenshots"
DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
SIZES = {"desktop": DESKTOP, "phone": PHONE}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason="no Chromium at /usr/bin/chromium on this machine"
    ),
]

# Visible text nodes (and tooltips) holding ASCII words; file names, numbers, API paths and format names
# (XLSX, DOCX …) are allowed. Text hidden from view (display:none, font-size 0) does not count.
ENGLISH_SCAN = r"""(checkTitles) => {
  const allowed = /^(?:XLSX|DOCX|CSV|TSV|JSON|API|PDF|KB|MB|GB|zip|csv|tsv|xlsx|xlsm|xls|et|docx|doc|wps|txt|text|md|markdown|htm|html|xhtml|pdf|\/api\/\S*|\/docs|\d{3}_[0-9a-f]{16})$/;
  const visible = (el) => {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden' || parseFloat(s.fontSize) === 0 || s.opacity === '0') return false;
    }
    const r = el.getBoundingClientRect();
    return r.width > 2 && r.height > 2;  // a 1-px screen-reader region is not seen
  };
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent.trim();
    const parent = n.parentElement;
    if (!text || !/[A-Za-z]{2,}/.test(text) || !parent || ['SCRIPT', 'STYLE'].includes(parent.tagName)) continue;
    if (!visible(parent) || parent.closest('.filename, .file-name, .file-preview')) continue;  // a file's name
    // A file name or a document id (its file stem) keeps its spelling.
    if (/\.(?:docx|xlsx|csv|zip|pdf|txt|md|html)\b/i.test(text) || /^\d{3}_[0-9a-f]{16}$/.test(text)) continue;
    const words = (text.match(/[A-Za-z][A-Za-z0-9_./-]*/g) || []).filter((w) => w.length > 1 && !allowed.test(w));
    if (words.length) found.push(text.slice(0, 80));
  }
  if (checkTitles) {
    document.querySelectorAll('[title]').forEach((el) => {
      if (visible(el) && /[A-Za-z]{3,}/.test(el.getAttribute('title'))) found.push('title=' + el.getAttribute('title'));
    });
  }
  return found;
}"""


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


def _open_page(browser, server, viewport):
    context = browser.new_context(viewport=viewport, accept_downloads=True, locale="zh-CN")
    tab = context.new_page()
    tab.requests = []
    tab.on("request", lambda request: tab.requests.append(request.url))
    tab.goto(server.url + "/")
    tab.wait_for_selector("#pa-question textarea", timeout=30_000)
    return context, tab


def _offsite(tab) -> list[str]:
    return [
        u for u in tab.requests if urlparse(u).hostname not in {"127.0.0.1"} and not u.startswith("data:")
    ]


@pytest.fixture(params=list(SIZES))
def sized_page(request, browser, server):
    """A fresh page at each size; it must never reach outside 127.0.0.1."""
    context, tab = _open_page(browser, server, SIZES[request.param])
    tab.size_name = request.param
    yield tab
    offsite = _offsite(tab)
    context.close()
    assert offsite == [], f"the page reached outside 127.0.0.1: {offsite[:5]}"


@pytest.fixture()
def page(browser, server):
    """A fresh desktop page."""
    context, tab = _open_page(browser, server, DESKTOP)
    tab.size_name = "desktop"
    yield tab
    offsite = _offsite(tab)
    context.close()
    assert offsite == [], f"the page reached outside 127.0.0.1: {offsite[:5]}"


@pytest.fixture()
def phone_page(browser, server):
    context, tab = _open_page(browser, server, PHONE)
    tab.size_name = "phone"
    yield tab
    context.close()


def _screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}_{page.size_name}.png"), full_page=True)


def _open_tab(page, name: str) -> None:
    page.get_by_role("tab", name=name, exact=True).click()


def _pick_draft_kind(page, label: str) -> None:
    page.locator("#pa-draft-kind label", has_text=label).click()


def _ask(page, question: str, replies: int) -> None:
    page.fill("#pa-question textarea", question)
    page.click("#pa-send")
    page.wait_for_function(
        f"document.querySelectorAll('#pa-chat .bot-row').length >= {replies} && "
        "document.querySelector('#pa-question textarea').value === ''",
        timeout=30_000,
    )
    page.wait_for_timeout(300)  # the scroll to the new answer runs just after it renders


def _last_reply(page):
    return page.locator("#pa-chat .bot-row").last


def _english(page, titles: bool = True) -> list[str]:
    return page.evaluate(ENGLISH_SCAN, titles)


def _visible_toasts(page) -> list[str]:
    return page.evaluate(
        "() => [...document.querySelectorAll('[data-testid=toast-body]')]"
        ".filter(e => e.getBoundingClientRect().height > 0).map(e => e.innerText)"
    )


def _unit_options(page) -> list[str]:
    return page.locator("[role=option]").all_inner_texts()


# -- 问答 -------------------------------------------------------------------------------------------------------


def test_asking_shows_the_lead_unit_and_the_quoted_source(page):
    _ask(page, "谁牵头精准开发招商项目？", 1)
    page.wait_for_selector("#pa-sources mark", timeout=30_000)
    reply = _last_reply(page).inner_text()
    assert "湘西州｜牵头单位：州商务局" in reply and "配合单位" in reply and "涉及单位" not in reply
    quote = page.inner_text("#pa-sources mark")
    assert "精准开发招商项目" in quote and "责任单位" in quote
    assert "湘西自治州优势产业精准招商行动计划" in page.inner_text("#pa-sources")

    _ask(page, "那配合单位呢？", 2)
    # The follow-up carries the first question as history, so it answers about the same task.
    assert "州发改委" in _last_reply(page).inner_text()


def test_a_long_answer_is_shown_from_its_first_line_with_lists_and_each_title_once(page):
    _ask(page, "谁牵头精准开发招商项目？", 1)
    _ask(page, "商务局负责哪些工作？", 2)
    reply = _last_reply(page)
    # Scrolled to the top of the new answer, not its end: its bold first line is inside the chat's view.
    first_line = reply.locator("strong").first
    assert first_line.inner_text() == "湘西州｜州商务局 牵头 8 项、配合 3 项"
    box = page.evaluate(
        "() => { const w = document.querySelector('#pa-chat .bubble-wrap').getBoundingClientRect();"
        " return [w.top, w.bottom]; }"
    )
    top = first_line.bounding_box()["y"]
    assert box[0] - 2 <= top < box[1], (top, box)
    # One bold line per document, named by its place; enumerations as lists; each title cited once.
    bold = reply.locator("strong").all_inner_texts()
    assert [b.split("｜")[0] for b in bold] == ["湘西州", "长沙市", "永州市"]
    assert bold[1] == "长沙市｜市商务局 牵头 5 项、配合 1 项"
    assert reply.locator("li").count() >= 20
    text = reply.inner_text()
    assert text.count("湘西自治州优势产业精准招商行动计划") == 1


def test_a_cross_document_lead_answer_names_each_place_with_its_lead(page):
    _ask(page, "谁牵头招商队伍建设？", 1)
    bold = _last_reply(page).locator("strong").all_inner_texts()
    # Each document with an item on the team (湘西, 咸宁, 长沙) is named with its place and what it says of the lead.
    assert bold[0] == "湘西州｜牵头单位：州人社局"
    places = [b.split("｜")[0] for b in bold]
    assert {"湘西州", "长沙市"} <= set(places) and len(places) == len(set(places))


def test_a_question_that_finds_nothing_offers_up_to_three_clickable_suggestions(page):
    _ask(page, "招商平台的停车场怎么收费", 1)
    assert "没有找到" in _last_reply(page).inner_text()
    page.wait_for_selector("#pa-suggest", state="visible")
    assert "您是不是要问" in page.inner_text("#pa-suggest")
    buttons = page.locator("#pa-suggest button:visible")
    assert 1 <= buttons.count() <= 3
    suggestion = buttons.first.inner_text()
    assert suggestion == "谁牵头精准构筑招商平台？"
    buttons.first.click()
    page.wait_for_function("document.querySelectorAll('#pa-chat .bot-row').length >= 2", timeout=30_000)
    page.wait_for_function(
        "document.querySelector('#pa-chat .bot-row:last-of-type') !== null &&"
        "[...document.querySelectorAll('#pa-chat .bot-row')].pop().innerText.includes('精准构筑招商平台')",
        timeout=30_000,
    )
    page.wait_for_selector("#pa-suggest", state="hidden")


def test_example_questions_read_as_natural_questions(page):
    # The chips render a moment after the question box; wait for them rather than read an empty page.
    page.wait_for_function(
        "[...document.querySelectorAll('button')].some(b => b.innerText.trim().endsWith('？'))",
        timeout=30_000,
    )
    chips = page.evaluate(
        "() => [...document.querySelectorAll('button')].map(b => b.innerText.trim()).filter(t => t.endsWith('？'))"
    )
    assert "谁牵头精准开发招商项目？" in chips
    for chip in chips:
        assert not re.match(r"谁牵头(?:\d|工作机制|总体目标)", chip), chip


def test_on_a_phone_the_sources_come_right_under_the_answer(phone_page):
    page = phone_page
    _ask(page, "谁牵头精准开发招商项目？", 1)
    page.wait_for_selector("#pa-sources mark", timeout=30_000)
    sources = page.locator("#pa-sources").bounding_box()
    chat = page.locator("#pa-chat").bounding_box()
    examples = page.get_by_text("示例问题").bounding_box()
    assert chat["y"] < sources["y"] < examples["y"]
    assert sources["x"] + sources["width"] <= PHONE["width"]


# -- errors -----------------------------------------------------------------------------------------------------


def test_a_mistake_shows_one_chinese_toast_and_keeps_the_answer(page, server):
    _ask(page, "谁牵头精准开发招商项目？", 1)
    page.wait_for_selector("#pa-sources mark", timeout=30_000)
    for _ in range(2):
        page.fill("#pa-question textarea", "   ")
        page.click("#pa-send")
        page.wait_for_selector("[data-testid=toast-body]", timeout=10_000)
        page.wait_for_timeout(400)
    toasts = _visible_toasts(page)
    assert len(toasts) == 1 and "请输入问题" in toasts[0], toasts
    assert _english(page) == []
    # The answer and its sources are still there, with no error badge over them.
    assert "州商务局" in _last_reply(page).inner_text()
    assert page.locator("#pa-sources mark").count() >= 1
    assert "错误" not in page.inner_text("#pa-chat") + page.inner_text("#pa-sources")
    log = Path(server.log.name).read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log  # an expected mistake is one INFO line, never a traceback


# -- 任务分工 ---------------------------------------------------------------------------------------------------


def test_the_unit_picker_narrows_as_you_type_and_keeps_places_apart(page):
    _open_tab(page, "任务分工")
    page.click("#pa-unit input")
    page.keyboard.type("商务局")
    page.wait_for_timeout(400)
    options = _unit_options(page)
    assert sorted(options) == ["州商务局（湘西州）", "市商务局（永州市）", "市商务局（长沙市）"]
    page.keyboard.press("Escape")
    page.fill("#pa-unit input", "工信局")
    page.wait_for_timeout(400)
    options = _unit_options(page)
    assert "州工信局（湘西州）" in options and "市工信局（永州市）" in options
    assert not any(o in options for o in ("工信局", "市单位（咸宁市）", "管理区（永州市）"))
    page.locator("[role=option]", has_text="州工信局（湘西州）").click()
    summary = page.wait_for_selector("#pa-unit-summary :text('州工信局（湘西州）：牵头')", timeout=30_000)
    assert re.search(r"牵头 \d+ 项，配合 [1-9]\d* 项", summary.inner_text())
    page.wait_for_function(
        "document.querySelector('#pa-task-table').innerText.includes('精准开发招商项目')", timeout=30_000
    )
    headers = page.locator("#pa-task-table tr.pa-doc-row").all_inner_texts()
    assert all(h.startswith("湘西州") for h in headers)
    page.click("#pa-unit-clear")
    page.wait_for_function("document.querySelector('#pa-unit input').value === ''", timeout=10_000)


def test_the_register_fits_at_1440_with_task_and_lead_first(page):
    _open_tab(page, "任务分工")
    page.wait_for_selector("#pa-task-table table")
    heads = page.locator("#pa-task-table thead th").all_inner_texts()
    assert heads[:3] == ["任务", "牵头单位", "配合单位"] and "文件" not in heads
    width = page.evaluate(
        "() => { const box = document.querySelector('#pa-task-table .pa-register');"
        " return [box.scrollWidth, box.clientWidth]; }"
    )
    assert width[0] <= width[1], width
    lead = page.locator("#pa-task-table thead th").nth(1).bounding_box()
    assert lead["x"] + lead["width"] <= DESKTOP["width"]
    assert page.locator("#pa-task-table tr.pa-doc-row").count() >= 5  # one header per document


def test_the_place_filter_and_the_export_follow_what_is_shown(page, tmp_path):
    _open_tab(page, "任务分工")
    page.click("#pa-place input")
    page.locator("[role=option]", has_text="永州市").click()
    page.wait_for_function(
        "[...document.querySelectorAll('#pa-task-table tr.pa-doc-row')].length === 1", timeout=30_000
    )
    assert page.inner_text("#pa-task-table tr.pa-doc-row").startswith("永州市")
    # The unit picker now offers 永州's units only.
    page.click("#pa-unit input")
    page.wait_for_timeout(300)
    assert all(o.endswith("（永州市）") for o in _unit_options(page))
    page.keyboard.press("Escape")
    page.click("#pa-task-export")
    link = page.wait_for_selector("#pa-task-file a[data-testid=download-link]", timeout=30_000)
    with page.expect_download() as download:
        link.click()
    target = tmp_path / "tasks.xlsx"
    download.value.save_as(target)
    import openpyxl

    sheet = openpyxl.load_workbook(target).active
    cells = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert "永州" in cells and "湘西" not in cells
    # A new filter clears the old link: it no longer matches what is shown.
    page.locator("#pa-role label", has_text="牵头").click()
    page.wait_for_selector("#pa-task-file", state="hidden", timeout=10_000)


def test_on_a_phone_each_task_is_a_card_with_its_lead(phone_page):
    page = phone_page
    _open_tab(page, "任务分工")
    page.wait_for_selector("#pa-task-table table")
    assert page.locator("#pa-task-table thead").is_hidden()
    lead = page.locator("#pa-task-table td.pa-lead:not(.pa-blank)").first
    box = lead.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert lead.evaluate("e => getComputedStyle(e, '::before').content").startswith('"牵头单位')


# -- 公文起草 ---------------------------------------------------------------------------------------------------


def test_a_draft_form_starts_empty_dated_today_and_previews_the_docx(page, tmp_path):
    _open_tab(page, "公文起草")
    _pick_draft_kind(page, "项目推进提醒函")
    name = "#pa-draft-reminder-project_name textarea, #pa-draft-reminder-project_name input"
    date = "#pa-draft-reminder-date textarea, #pa-draft-reminder-date input"
    assert page.input_value(name) == ""
    assert page.input_value(date) == dt.date.today().isoformat()
    assert "主送单位 *" in page.inner_text("#pa-draft-panel-reminder")
    page.click("#pa-draft-reminder-example")
    page.wait_for_function(
        "document.querySelector('#pa-draft-reminder-project_name textarea, "
        "#pa-draft-reminder-project_name input').value !== ''",
        timeout=10_000,
    )
    page.fill(name, "银杏深加工产业园项目")
    page.click("#pa-draft-reminder")
    link = page.wait_for_selector("#pa-draft-file-reminder a[data-testid=download-link]", timeout=30_000)
    assert "已生成《" in page.inner_text("#pa-draft-status-reminder")
    preview = page.wait_for_selector("#pa-draft-preview-reminder h3", timeout=30_000)
    assert "银杏深加工产业园项目" in preview.inner_text()
    assert "泸溪县人民政府" in page.inner_text("#pa-draft-preview-reminder")
    with page.expect_download() as download:
        link.click()
    target = tmp_path / "letter.docx"
    download.value.save_as(target)
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "银杏深加工产业园项目" in text and "泸溪县人民政府" in text
    page.click("#pa-draft-reminder-clear")
    page.wait_for_function(
        "document.querySelector('#pa-draft-reminder-project_name textarea, "
        "#pa-draft-reminder-project_name input').value === ''",
        timeout=10_000,
    )


def test_a_missing_draft_field_is_named_in_the_page(page):
    _open_tab(page, "公文起草")
    _pick_draft_kind(page, "项目推进提醒函")
    page.click("#pa-draft-reminder")
    toast = page.wait_for_selector("[data-testid=toast-body]", timeout=30_000)
    assert "缺少必填项" in toast.inner_text() and "主送单位" in toast.inner_text()
    # The toast's title reads 提示 (Gradio writes its English type name there; the page's CSS shows 提示).
    title = toast.query_selector(".toast-title")
    assert title.evaluate("e => getComputedStyle(e, '::before').content") == '"提示"'
    assert _english(page) == []


def _ledger(tmp_path) -> Path:
    ledger = tmp_path / "项目台账.csv"
    ledger.write_text(
        "项目名称,责任单位,签约时间,履约,开工,资金到位\n"
        "锰基新材料项目,泸溪县人民政府,2025-06-18,已履约,未开工,35%\n"
        "猕猴桃深加工项目,凤凰县人民政府,2025-03-01,已履约,已开工,100%\n",
        encoding="utf-8",
    )
    return ledger


def test_a_batch_without_a_contact_is_stopped_before_drafting(page, tmp_path):
    _open_tab(page, "公文起草")
    _pick_draft_kind(page, "批量提醒函")
    page.wait_for_selector("#pa-ledger-template a[data-testid=download-link]", timeout=10_000)
    page.set_input_files("#pa-ledger input[type=file]", str(_ledger(tmp_path)))
    page.wait_for_timeout(500)
    page.fill("#pa-batch-issuer input, #pa-batch-issuer textarea", "湘西自治州商务局")
    page.click("#pa-batch-run")
    toast = page.wait_for_selector("[data-testid=toast-body]", timeout=30_000)
    assert "联系人" in toast.inner_text() and "联系电话" in toast.inner_text()
    assert page.locator("#pa-batch-file a[data-testid=download-link]").count() == 0


def test_a_ledger_upload_gives_a_zip_of_reminder_letters(page, tmp_path):
    _open_tab(page, "公文起草")
    _pick_draft_kind(page, "批量提醒函")
    page.set_input_files("#pa-ledger input[type=file]", str(_ledger(tmp_path)))
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


# -- every tab, both sizes: screenshots, and nothing in English ---------------------------------------------------


def test_every_tab_reads_in_chinese_at_both_sizes(sized_page):
    page = sized_page
    _ask(page, "谁牵头精准开发招商项目？", 1)
    page.wait_for_selector("#pa-sources mark", timeout=30_000)
    _screenshot(page, "1_问答")
    english = {"问答": _english(page)}

    _open_tab(page, "任务分工")
    page.click("#pa-unit input")
    page.keyboard.type("州工信局")
    page.locator("[role=option]", has_text="州工信局（湘西州）").click()
    page.wait_for_selector("#pa-unit-summary :text('州工信局（湘西州）：牵头')", timeout=30_000)
    page.click("#pa-task-export")
    page.wait_for_selector("#pa-task-file a[data-testid=download-link]", timeout=30_000)
    _screenshot(page, "2_任务分工")
    english["任务分工"] = _english(page)

    _open_tab(page, "公文起草")
    _pick_draft_kind(page, "项目推进提醒函")
    page.click("#pa-draft-reminder-example")
    page.wait_for_timeout(500)
    page.click("#pa-draft-reminder")
    page.wait_for_selector("#pa-draft-preview-reminder h3", timeout=30_000)
    _screenshot(page, "3_公文起草")
    english["公文起草"] = _english(page)

    _open_tab(page, "文档管理")
    page.wait_for_timeout(800)
    _screenshot(page, "4_文档管理")
    english["文档管理"] = _english(page)
    assert {tab: found for tab, found in english.items() if found} == {}


# -- 文档管理 and the token (the tab's own tests live with it; these walk through the page as a whole) -----------


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
    page.click("#pa-reindex")
    page.wait_for_selector("#pa-doc-status :text('检索索引已重建')", timeout=60_000)
    _open_tab(page, "任务分工")
    page.fill("#pa-keyword textarea, #pa-keyword input", "银杏")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "document.querySelector('#pa-task-table').innerText.includes('建设银杏深加工产业园')", timeout=30_000
    )
    assert "县林业局" in page.inner_text("#pa-task-table")


def test_a_picked_document_shows_each_task_with_its_lead_and_how_it_was_read(page):
    _open_tab(page, "文档管理")
    page.click("#pa-doc-pick input")
    page.locator("[role=option]", has_text="湘西自治州优势产业精准招商行动计划").first.click()
    page.wait_for_function(
        "document.querySelector('#pa-doc-detail').innerText.includes('精准开发招商项目')", timeout=30_000
    )
    row = page.locator("#pa-doc-detail tr", has_text="精准开发招商项目").first.inner_text()
    assert "州商务局" in row and "文件规定列第一位的牵头" in row
    assert "读出任务" in page.inner_text("#pa-doc-detail-notes")


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


def test_a_ledger_of_the_wrong_type_is_refused_in_chinese(page, tmp_path):
    wrong = tmp_path / "bad.exe"
    wrong.write_bytes(b"MZ not a ledger")
    _open_tab(page, "公文起草")
    _pick_draft_kind(page, "批量提醒函")
    page.set_input_files("#pa-ledger input[type=file]", str(wrong))
    page.wait_for_timeout(500)
    page.fill("#pa-batch-issuer input, #pa-batch-issuer textarea", "湘西自治州商务局")
    page.fill("#pa-batch-contact input, #pa-batch-contact textarea", "向明")
    page.fill("#pa-batch-phone input, #pa-batch-phone textarea", "0743-8221234")
    page.click("#pa-batch-run")
    toast = page.wait_for_selector("[data-testid=toast-body]", timeout=30_000)
    assert ".csv 或 .xlsx" in toast.inner_text()
    assert _english(page) == []
