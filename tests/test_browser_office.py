"""The privacy office's dashboard in a real headless browser (Playwright driving Debian's
chromium): log in, filter the hold log, open a hold's audit trail, release one as admin,
download the CSV; without a session every office page redirects to the login and shows
no data; a wrong password is refused and, repeated, rate-limited.  Screenshots at
desktop and phone widths go to ``test-artifacts/`` (see test_browser.py)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from holdkit import start_stack
from officekit import (
    ADMIN,
    ADMIN_PASSWORD,
    GROUPS_CONFIG,
    PLANTED,
    SALES,
    admins_config,
    assert_no_planted,
    decide,
    send_mix,
)
from relaykit import Sink
from test_browser import ARTIFACTS, chromium, shots  # noqa: F401  (the fixture)

from mailguard.office.web import MAX_FAILURES

PAGES = ["/office/", "/office/holds", "/office/holds.csv", "/office/stats.csv",
         "/office/holds/0000"]


@pytest.fixture
async def stack(tmp_path):
    sink = await Sink().start()
    st = await start_stack(sink, f"sqlite:///{tmp_path / 'mailguard.db'}",
                           GROUPS_CONFIG + admins_config())
    yield st
    await st.stop()
    await sink.stop()


async def _log_in(page, base: str, password: str = ADMIN_PASSWORD) -> None:
    await page.goto(f"{base}/office/login")
    await page.get_by_label("ログイン名").fill(ADMIN)
    await page.get_by_label("パスワード").fill(password)
    await page.get_by_role("button", name="ログイン").click()


async def test_office_in_a_real_browser(chromium, stack):  # noqa: F811
    st = stack
    mix = await send_mix(st)
    await decide(st, mix)
    page = await chromium.new_page()

    # no session: every office page sends the browser to the login, with no data
    for path in PAGES:
        resp = await page.goto(st.base_url + path)
        assert page.url == f"{st.base_url}/office/login", path
        assert resp.status == 200
        text = await page.locator("main").inner_text()
        assert "事務局ログイン" in text and SALES not in text and "保留ログ" not in text
    await shots(page, "office-login")

    await _log_in(page, st.base_url)
    await page.get_by_text("ヒヤリハットと保留の統計").wait_for()
    assert page.url == f"{st.base_url}/office/"
    assert await page.locator("#total-near").inner_text() == "4"
    assert await page.locator("svg.chart").count() == 2
    assert "まだ削除していません" in await page.locator("#purges").inner_text()
    rules = await page.locator("#rules-table").inner_text()
    assert "external-recipients-visible" in rules and "33%" in rules
    groups = await page.locator("#groups-table").inner_text()
    assert "営業部" in groups and "総務部" in groups
    assert_no_planted(await page.content(), "dashboard")
    await shots(page, "office-dashboard")

    # the hold log, filtered by status and group
    await page.get_by_role("link", name="保留ログ").first.click()
    await page.locator("#holds-table").wait_for()
    assert await page.locator("#total").inner_text() == "9"
    await page.locator("select[name=status]").select_option("held")
    await page.get_by_role("button", name="絞り込む").click()
    await page.wait_for_url("**/office/holds?*status=held*")
    assert await page.locator("#total").inner_text() == "1"
    await page.locator("select[name=status]").select_option("")
    await page.locator("select[name=group]").select_option("営業部")
    await page.get_by_role("button", name="絞り込む").click()
    await page.wait_for_url("**group=*")
    assert await page.locator("#total").inner_text() == "4"   # 3 visible + 1 rejected
    assert_no_planted(await page.content(), "hold log")
    await shots(page, "office-holds")

    # the CSV of this view: UTF-8 with a BOM, the same rows
    async with page.expect_download() as info:
        await page.locator("#csv").click()
    download = await info.value
    data = Path(await download.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 4 and {r["group"] for r in rows} == {"営業部"}
    assert_no_planted(data.decode("utf-8-sig"), "CSV")

    # one hold still open: its findings and audit trail, then release it as admin
    await page.goto(f"{st.base_url}/office/holds?status=held")
    await page.locator("#holds-table tbody a").first.click()
    await page.locator("#audit-trail").wait_for()
    trail = await page.locator("#audit-trail").inner_text()
    assert "保留" in trail
    findings = await page.locator("ul.findings").inner_text()
    assert "my-number" in findings
    assert_no_planted(await page.content(), "hold page")
    await shots(page, "office-hold")
    hold_id = page.url.rsplit("/", 1)[1]
    assert hold_id == mix.ids["personal3"]
    form = page.locator("form[action$='/release']")
    await form.get_by_label("理由").fill("事務局で宛先を確認済み")
    await form.get_by_role("button", name="送信する").click()
    await page.get_by_text("送信しました（監査ログに記録）").wait_for()
    rec = await st.wait_status(hold_id, "released")
    assert rec.decided_by == f"admin:{ADMIN}"
    trail = await page.locator("#audit-trail").inner_text()
    assert "事務局で宛先を確認済み" in trail and f"admin:{ADMIN}" in str(
        [e.actor for e in st.store.events(hold_id)])
    await shots(page, "office-hold-released")
    await st.wait_mail(7)     # 3 clean + released + Bcc + free mail + this one


async def test_wrong_password_is_refused_and_rate_limited(chromium, stack):  # noqa: F811
    st = stack
    page = await chromium.new_page()
    for _ in range(MAX_FAILURES):
        await _log_in(page, st.base_url, password="wrong")
        await page.get_by_text("ログイン名またはパスワードが違います").wait_for()
        assert page.url == f"{st.base_url}/office/login"
    # now even the right password is turned away for a while
    await _log_in(page, st.base_url)
    await page.get_by_text("失敗が続いたため").wait_for()
    await shots(page, "office-login-blocked")
    resp = await page.goto(f"{st.base_url}/office/holds")
    assert page.url == f"{st.base_url}/office/login" and resp.status == 200
    for value in PLANTED:
        assert value not in await page.content()
