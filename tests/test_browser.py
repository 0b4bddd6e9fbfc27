"""The review page in a real headless browser: Playwright driving Debian's chromium.

Opens the link from the notice, reads the findings in Japanese, presses
「Bcc にして送信」 and checks what the upstream receives.  Screenshots at desktop and
phone widths go to ``test-artifacts/`` (gitignored; CI keeps them as artifacts).

Skipped where /usr/bin/chromium is absent, unless MAILGUARD_REQUIRE_BROWSER=1 (CI).
The browser is never downloaded (no ``playwright install``): ``apt-get install chromium``.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from holdkit import link_of, parse, start_stack
from mailfactory import make_mail
from relaykit import EXTERNAL, INTERNAL, SENDER, Sink

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
CLIENTS = ["sato@client-a.example", "bob@client-b.example", "kim@client-c.example"]


def _need_browser() -> None:
    if Path(CHROMIUM).exists():
        return
    reason = f"{CHROMIUM} is absent (apt-get install chromium)"
    if os.environ.get("MAILGUARD_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}; MAILGUARD_REQUIRE_BROWSER=1")
    pytest.skip(reason)


@pytest.fixture
async def chromium(tmp_path):
    _need_browser()
    from playwright.async_api import async_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    async with async_playwright() as p:
        ctx = await p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True, args=ARGS,
            viewport=DESKTOP, locale="ja-JP", timezone_id="Asia/Tokyo")
        try:
            yield ctx
        finally:
            await ctx.close()


@pytest.fixture
async def stack(tmp_path):
    sink = await Sink().start()
    st = await start_stack(sink, f"sqlite:///{tmp_path / 'mailguard.db'}")
    yield st
    await st.stop()
    await sink.stop()


async def shots(page, name: str) -> None:
    await page.set_viewport_size(DESKTOP)
    await page.screenshot(path=str(ARTIFACTS / f"{name}-desktop.png"), full_page=True)
    await page.set_viewport_size(PHONE)
    await page.screenshot(path=str(ARTIFACTS / f"{name}-phone.png"), full_page=True)
    # nothing may stick out sideways on a phone
    overflow = await page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{name}: the page is {overflow}px wider than a phone"
    await page.set_viewport_size(DESKTOP)


async def test_review_page_bcc_in_a_real_browser(chromium, stack):
    st = stack
    rcpts = [*CLIENTS, INTERNAL]
    hold_id = await st.send(make_mail(to=CLIENTS, cc=[INTERNAL], subject="新製品説明会のご案内",
                                      body="各位\n\n新製品説明会のご案内です。\n"), rcpts)
    [notice] = await st.wait_notice(SENDER, "held")
    page = await chromium.new_page()
    await page.goto(link_of(notice))

    await page.get_by_text("社外の宛先が互いに見えています").first.wait_for()
    assert await page.title() == "保留中（未送信）: 新製品説明会のご案内 — mailguard"
    question = page.locator(".question .q")
    assert "Bcc にして送りますか" in await question.inner_text()
    body = await page.locator("main").inner_text()
    for text in ("見つかったこと", "宛先（4 件・うち社外 3 件）", "client-a.example",
                 "社内", "記録", "閲覧"):
        assert text in body, text
    await shots(page, "review-bcc")

    await page.get_by_role("button", name="Bcc にして送信").click()
    await page.get_by_text("社外の宛先を Bcc にして送信しました。").wait_for()
    await shots(page, "review-bcc-done")

    [got] = await st.wait_mail(1)
    assert sorted(got.rcpt_tos) == sorted(rcpts)
    msg = parse(got.content)
    assert [a.addr_spec for a in msg["Cc"].addresses] == [INTERNAL]
    assert not any(a.encode() in got.content for a in CLIENTS)
    await st.wait_status(hold_id, "rewritten")
    await asyncio.sleep(0.2)
    assert len(st.mail()) == 1


async def test_high_risk_release_asks_which_organisation(chromium, stack):
    st = stack
    hold_id = await st.send(make_mail(to=[EXTERNAL], subject="【社外秘】来期価格表",
                                      body="社外秘\n来期の価格表を添付します。\n",
                                      attachments=[("価格表.csv", "品番,価格\nA-1,100\n"
                                                    .encode(), "text/csv")]), [EXTERNAL])
    [notice] = await st.wait_notice(SENDER, "held")
    page = await chromium.new_page()
    await page.goto(link_of(notice))
    title = "社外秘・機密の表示があるメールを社外に送ろうとしています"
    await page.get_by_text(title).first.wait_for()
    assert "価格表.csv" in await page.locator("main").inner_text()
    await shots(page, "review-confirm")

    # pressing 送信する without answering is stopped by the browser; a wrong answer
    # comes back with the question marked, and nothing is sent
    await page.get_by_role("button", name="送信する").click()
    assert await page.locator("fieldset.challenge.wrong").count() == 0
    await page.get_by_label("partner.co.jp").check()
    await page.get_by_role("button", name="送信する").click()
    await page.locator("fieldset.challenge.wrong").wait_for()
    await shots(page, "review-confirm-wrong")
    assert st.mail() == []

    await page.get_by_label("client.example").check()
    await page.get_by_role("button", name="送信する").click()
    await page.get_by_text("送信しました。").first.wait_for()
    [got] = await st.wait_mail(1)
    assert got.rcpt_tos == [EXTERNAL]
    await st.wait_status(hold_id, "released")
