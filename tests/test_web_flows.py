"""Hold and confirm end to end over real SMTP and HTTP: the relay holds, the sender gets a
notice at the upstream, follows its link, decides on the review page; the upstream gets
the message once (or never).

The main flows run on a SQLite file and on the real PostgreSQL (``store_url``); the
rest on SQLite.
"""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from holdkit import Browser, forms_of, link_of, notice_text, parse, start_stack
from mailfactory import make_mail
from relaykit import EXTERNAL, FREEMAIL, INTERNAL, SENDER, Sink, header

from mailguard.hold.tokens import TokenError

CLIENTS = ["sato@client-a.example", "bob@client-b.example", "kim@client-c.example"]


@pytest.fixture
async def sink():
    s = await Sink().start()
    yield s
    await s.stop()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'store' / 'mailguard.db'}"


@pytest.fixture
async def browser():
    b = Browser()
    yield b
    await b.close()


@pytest.fixture
async def stacks():
    started = []
    yield started
    for s in started:
        await s.stop()


async def stack_for(stacks, sink, url, config="", **kw):
    s = await start_stack(sink, url, config, **kw)
    stacks.append(s)
    return s


def confidential(to=(EXTERNAL,), cc=(), subject="【社外秘】価格表の件"):
    return make_mail(to=list(to), cc=list(cc), subject=subject,
                     body="社外秘\n来期の価格表をお送りします。\n")


async def test_notice_link_release_delivers_once(sink, store_url, stacks, browser):
    st = await stack_for(stacks, sink, store_url)
    hold_id = await st.send(confidential(), [EXTERNAL])
    [notice] = await st.wait_notice(SENDER, "held")
    subject, body = notice_text(notice)
    assert subject == "[送信保留] 【社外秘】価格表の件"
    assert "社外秘・機密の表示があるメールを社外に送ろうとしています" in body
    assert f"{EXTERNAL}  【社外: client.example】" in body
    assert "までに操作がない場合、このメールは取り消されます（送信されません）" in body
    assert st.mail() == []                                   # nothing went out yet

    link = link_of(notice)
    status, html = await browser.get(link)
    assert status == 200
    assert "社外秘・機密の表示があるメールを社外に送ろうとしています" in html
    forms = forms_of(html)
    assert set(forms) == {"cancel", "release"}               # no Bcc: one recipient
    # release asks which organisation the mail goes to: a wrong pick changes nothing
    assert sorted(forms["release"]["radios"]) == ["client.example", "example.co.jp",
                                                   "partner.co.jp"]
    status, html, _ = await browser.post(link, forms["release"], {
        **forms["release"]["fields"], "answer_org": "partner.co.jp"})
    assert status == 422 and "答えが実際の宛先と一致しません" in html
    assert (await asyncio.to_thread(st.store.get, hold_id)).status == "held"

    forms = forms_of(html)
    status, _, location = await browser.post(link, forms["release"], {
        **forms["release"]["fields"], "answer_org": "client.example"})
    assert status == 303 and location.endswith("?done=release")
    [got] = await st.wait_mail(1)
    assert got.rcpt_tos == [EXTERNAL] and got.mail_from == SENDER
    assert header(got.content, "Subject")
    rec = await st.wait_status(hold_id, "released")
    assert rec.decided_by == f"sender:{SENDER}"
    await asyncio.sleep(0.3)
    assert len(st.mail()) == 1                               # exactly once

    status, html = await browser.get(link)
    assert "送信しました" in html and forms_of(html) == {}
    events = await asyncio.to_thread(st.store.events, hold_id)
    kinds = [e.event for e in events]
    # the notice is recorded once it is sent, so a click right after it arrives may
    # come first: the log's order between "notified" and "viewed" is the clock's
    assert kinds[0] == "held"
    assert {"notified", "viewed", "released", "delivered"} <= set(kinds)
    assert kinds.index("released") < kinds.index("delivered")
    released = next(e for e in events if e.event == "released")
    assert released.client == "127.0.0.1" and released.actor == f"sender:{SENDER}"
    assert "127.0.0.1" in html and "送信" in html            # the log is on the page


async def test_bcc_rewrite_hides_external_recipients(sink, store_url, stacks, browser):
    st = await stack_for(stacks, sink, store_url)
    rcpts = [*CLIENTS, INTERNAL]
    hold_id = await st.send(make_mail(to=CLIENTS, cc=[INTERNAL], subject="新製品のご案内"),
                            rcpts)
    [notice] = await st.wait_notice(SENDER, "held")
    _, body = notice_text(notice)
    assert "Bcc にして送りますか" in body
    link = link_of(notice)
    status, html = await browser.get(link)
    forms = forms_of(html)
    assert set(forms) == {"rewrite", "cancel", "release"}
    assert forms["rewrite"]["inputs"] == []                  # the safe choice asks nothing
    assert forms["release"]["inputs"] == ["answer_count"]    # sending as is: how many?
    status, _, _ = await browser.post(link, forms["rewrite"], forms["rewrite"]["fields"])
    assert status == 303
    [got] = await st.wait_mail(1)
    assert sorted(got.rcpt_tos) == sorted(rcpts)              # everyone still gets it
    msg = parse(got.content)
    assert [a.addr_spec for a in msg["To"].addresses] == []   # undisclosed-recipients
    assert "undisclosed-recipients" in str(msg["To"])
    assert [a.addr_spec for a in msg["Cc"].addresses] == [INTERNAL]
    assert msg["Bcc"] is None
    for addr in CLIENTS:
        assert addr.encode() not in got.content
    assert msg.get_content().startswith("いつもお世話になっております。")
    rec = await st.wait_status(hold_id, "rewritten")
    original = await asyncio.to_thread(st.store.raw, hold_id)
    assert all(a.encode() in original for a in CLIENTS)      # the original is kept
    events = await asyncio.to_thread(st.store.events, hold_id)
    assert any(e.event == "rewritten" and "3 external" in e.reason for e in events)
    assert rec.status == "rewritten"


async def test_cancel_and_replays_change_nothing(sink, sqlite_url, stacks, browser):
    st = await stack_for(stacks, sink, sqlite_url)
    hold_id = await st.send(confidential(), [EXTERNAL])
    link = link_of((await st.wait_notice(SENDER, "held"))[0])
    _, html = await browser.get(link)
    forms = forms_of(html)
    status, _, _ = await browser.post(link, forms["cancel"], forms["cancel"]["fields"])
    assert status == 303
    rec = await st.wait_status(hold_id, "cancelled")
    # the same button again: refused, nothing changes
    status, html, _ = await browser.post(link, forms["cancel"], forms["cancel"]["fields"])
    assert status == 409 and "この操作は既に行われました" in html
    # the release button of that older page: the hold is decided, nothing changes
    status, html, _ = await browser.post(link, forms["release"], {
        **forms["release"]["fields"], "answer_org": "client.example"})
    assert status == 409 and "既に処理されています" in html
    await asyncio.sleep(0.3)
    assert st.mail() == []
    assert (await asyncio.to_thread(st.store.get, hold_id)).status == "cancelled"
    assert rec.decided_by == f"sender:{SENDER}"


async def test_get_on_action_urls_changes_nothing(sink, sqlite_url, stacks, browser):
    st = await stack_for(stacks, sink, sqlite_url)
    hold_id = await st.send(make_mail(to=CLIENTS, subject="ご案内"), CLIENTS)
    link = link_of((await st.wait_notice(SENDER, "held"))[0])
    for action in ("release", "rewrite", "cancel", "approve"):
        status, html = await browser.get(f"{link}/{action}")
        assert status == 405 and "ボタンから操作してください" in html
    # a link checker that follows every link on the page only sees pages
    _, html = await browser.get(link)
    for action, form in forms_of(html).items():
        async with browser.session.get(st.base_url + form["url"] + "?ticket="
                                       + form["fields"]["ticket"]) as r:
            assert r.status == 405, action
    await asyncio.sleep(0.3)
    assert (await asyncio.to_thread(st.store.get, hold_id)).status == "held"
    assert st.mail() == []


async def test_tampered_expired_and_forged_requests(sink, sqlite_url, stacks, browser):
    st = await stack_for(stacks, sink, sqlite_url)
    hold_id = await st.send(make_mail(to=CLIENTS, subject="ご案内"), CLIENTS)
    link = link_of((await st.wait_notice(SENDER, "held"))[0])
    token = link.rsplit("/", 1)[1]
    desk = st.desk()

    # tampered page links
    for bad in (token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
                "x" + token[1:], token.split(".")[0], "nonsense"):
        status, html = await browser.get(f"{st.base_url}/h/{bad}")
        assert status == 404 and "このリンクは無効です" in html

    # an expired page link (issued 8 days ago: links live 7)
    old = await asyncio.to_thread(desk.tokens.mint, hold_id, "view", f"sender:{SENDER}",
                                  now=dt.datetime.now(dt.UTC) - dt.timedelta(days=8))
    status, html = await browser.get(f"{st.base_url}/h/{old}")
    assert status == 410 and "期限切れ" in html

    _, html = await browser.get(link)
    form = forms_of(html)["rewrite"]
    fields = form["fields"]
    # a tampered button token
    t = fields["ticket"]
    status, html, _ = await browser.post(link, form, {**fields, "ticket": t[:-1] + (
        "A" if t[-1] != "A" else "B")})
    assert status == 404
    # a button token of another action
    _, page = await browser.get(link)
    other = forms_of(page)["cancel"]["fields"]["ticket"]
    status, html, _ = await browser.post(link, form, {**fields, "ticket": other})
    assert status == 404 and "別のメールまたは別の操作" in html
    # an expired button token (issued 2 hours ago: buttons live 1)
    stale = await asyncio.to_thread(desk.tokens.mint, hold_id, "rewrite", f"sender:{SENDER}",
                                    now=dt.datetime.now(dt.UTC) - dt.timedelta(hours=2))
    status, html, _ = await browser.post(link, form, {**fields, "ticket": stale})
    assert status == 410 and "ページの有効期限が切れました" in html
    # CSRF: a post without the page's cookie, with a wrong value, or from another site
    stranger = Browser()
    try:
        status, html, _ = await stranger.post(link, form, fields)
        assert status == 403
    finally:
        await stranger.close()
    status, _, _ = await browser.post(link, form, {**fields, "csrf": "forged"})
    assert status == 403
    status, _, _ = await browser.post(link, form, fields,
                                      headers={"Origin": "https://evil.example"})
    assert status == 403
    status, _, _ = await browser.post(link, form, fields,
                                      headers={"Sec-Fetch-Site": "cross-site"})
    assert status == 403

    await asyncio.sleep(0.3)
    assert (await asyncio.to_thread(st.store.get, hold_id)).status == "held"
    assert st.mail() == []
    # the untouched button still works afterwards: none of that used it up
    status, _, _ = await browser.post(link, form, fields)
    assert status == 303
    await st.wait_mail(1)
    with pytest.raises(TokenError):
        await asyncio.to_thread(desk.tokens.consume, fields["ticket"], "rewrite",
                                hold_id=hold_id)


async def test_delay_goes_out_by_itself_unless_cancelled(sink, sqlite_url, stacks, browser):
    st = await stack_for(stacks, sink, sqlite_url, delay_minutes=0.1)    # 6 s
    kept = await st.send(make_mail(to=[FREEMAIL], subject="個人アドレスへ"), [FREEMAIL])
    stopped = await st.send(make_mail(to=[FREEMAIL], subject="取り消す方"), [FREEMAIL])
    notices = await st.wait_notice(SENDER, "delayed", count=2)
    by_subject = {notice_text(n)[0]: n for n in notices}
    assert set(by_subject) == {"[送信待ち] 個人アドレスへ", "[送信待ち] 取り消す方"}
    _, body = notice_text(by_subject["[送信待ち] 取り消す方"])
    assert "に自動で送信されます" in body
    link = link_of(by_subject["[送信待ち] 取り消す方"])
    _, html = await browser.get(link)
    forms = forms_of(html)
    assert set(forms) == {"cancel", "release"}
    status, _, _ = await browser.post(link, forms["cancel"], forms["cancel"]["fields"])
    assert status == 303
    [got] = await st.wait_mail(1, timeout=20)
    assert got.rcpt_tos == [FREEMAIL] and "個人アドレスへ" in parse(got.content)["subject"]
    await st.wait_status(kept, "released")
    await asyncio.sleep(1.0)
    assert len(st.mail()) == 1
    assert (await asyncio.to_thread(st.store.get, stopped)).status == "cancelled"


@pytest.mark.parametrize("fate", ["cancel", "release"])
async def test_expiry_applies_the_fate_and_tells_the_sender(sink, sqlite_url, stacks, fate):
    st = await stack_for(stacks, sink, sqlite_url,
                         holds={"expire_hours": 0.0006, "expired_fate": fate})   # ~2 s
    hold_id = await st.send(confidential(), [EXTERNAL])
    await st.wait_notice(SENDER, "held")
    kind = "expired" if fate == "cancel" else "expired-released"
    [outcome] = await st.wait_notice(SENDER, kind, timeout=15)
    subject, body = notice_text(outcome)
    if fate == "cancel":
        assert subject == "[送信取消・期限切れ] 【社外秘】価格表の件"
        assert "相手には送信していません" in body
        await st.wait_status(hold_id, "expired")
        await asyncio.sleep(0.3)
        assert st.mail() == []
    else:
        assert subject == "[期限により送信] 【社外秘】価格表の件"
        assert "そのまま送信しました" in body
        await st.wait_status(hold_id, "released")
        [got] = await st.wait_mail(1)
        assert got.rcpt_tos == [EXTERNAL]


async def test_reminder_before_the_deadline_once(sink, sqlite_url, stacks):
    st = await stack_for(stacks, sink, sqlite_url)
    hold_id = await st.send(confidential(), [EXTERNAL])
    await st.wait_notice(SENDER, "held")
    rec = await asyncio.to_thread(st.store.get, hold_id)
    desk = st.desk()
    early = rec.expires_at - dt.timedelta(hours=25)
    assert (await desk.tick(early))["reminded"] == 0
    soon = rec.expires_at - dt.timedelta(hours=23)
    assert (await desk.tick(soon))["reminded"] == 1
    assert (await desk.tick(soon + dt.timedelta(minutes=5)))["reminded"] == 0
    [reminder] = await st.wait_notice(SENDER, "reminder")
    subject, body = notice_text(reminder)
    assert subject == "[送信保留・期限間近] 【社外秘】価格表の件"
    assert "【期限が近づいています】" in body and link_of(reminder)
    events = await st.wait_events(hold_id, "reminded")
    assert events.count("reminded") == 1


APPROVERS = """
[approvers]
rules = ["confidential-marking-external"]
fallback = ["privacy@example.co.jp"]
escalate_after_hours = 4.0
[approvers.map]
"taro@example.co.jp" = ["bucho@example.co.jp"]
"""


async def test_approver_approves(sink, store_url, stacks, browser):
    st = await stack_for(stacks, sink, store_url, APPROVERS)
    hold_id = await st.send(confidential(), [EXTERNAL])
    [wait] = await st.wait_notice(SENDER, "approval_wait")
    subject, body = notice_text(wait)
    assert subject == "[承認待ち] 【社外秘】価格表の件"
    assert "承認者: bucho@example.co.jp" in body
    [request] = await st.wait_notice("bucho@example.co.jp", "approval")
    assert notice_text(request)[0] == "[承認依頼] 【社外秘】価格表の件"
    assert st.notices("privacy@example.co.jp") == []

    # the sender may cancel, not release
    sender_link = link_of(wait)
    _, html = await browser.get(sender_link)
    assert set(forms_of(html)) == {"cancel"}
    form = forms_of(html)["cancel"]
    status, html, _ = await browser.post(sender_link, {**form, "url": form["url"].replace(
        "/cancel", "/release")}, form["fields"])
    assert status == 404                     # a cancel button cannot release
    assert (await asyncio.to_thread(st.store.get, hold_id)).status == "held"

    boss = Browser()
    try:
        link = link_of(request)
        _, html = await boss.get(link)
        forms = forms_of(html)
        assert set(forms) == {"approve", "reject"}
        status, _, _ = await boss.post(link, forms["approve"], {
            **forms["approve"]["fields"], "answer_org": "client.example"})
        assert status == 303
    finally:
        await boss.close()
    [got] = await st.wait_mail(1)
    assert got.rcpt_tos == [EXTERNAL]
    rec = await st.wait_status(hold_id, "released")
    assert rec.decided_by == "approver:bucho@example.co.jp"
    [told] = await st.wait_notice(SENDER, "approved")
    assert "承認者 bucho@example.co.jp が承認し" in notice_text(told)[1]
    events = await asyncio.to_thread(st.store.events, hold_id)
    assert any(e.event == "approved" and e.actor == "approver:bucho@example.co.jp"
               for e in events)


async def test_approver_rejects_with_reason(sink, sqlite_url, stacks, browser):
    st = await stack_for(stacks, sink, sqlite_url, APPROVERS)
    hold_id = await st.send(confidential(), [EXTERNAL])
    [request] = await st.wait_notice("bucho@example.co.jp", "approval")
    link = link_of(request)
    _, html = await browser.get(link)
    form = forms_of(html)["reject"]
    status, _, _ = await browser.post(link, form, {**form["fields"],
                                                   "reason": "価格表は先方に未承認です"})
    assert status == 303
    await st.wait_status(hold_id, "cancelled")
    [told] = await st.wait_notice(SENDER, "rejected")
    subject, body = notice_text(told)
    assert subject == "[差し戻し] 【社外秘】価格表の件"
    assert "理由: 価格表は先方に未承認です" in body
    await asyncio.sleep(0.3)
    assert st.mail() == []


async def test_absent_approver_escalates_and_nothing_goes_out_unapproved(
        sink, sqlite_url, stacks):
    # the admin's fate for unattended holds is "release", but an approval hold never is
    st = await stack_for(stacks, sink, sqlite_url, APPROVERS,
                         holds={"expired_fate": "release"})
    hold_id = await st.send(confidential(), [EXTERNAL])
    await st.wait_notice("bucho@example.co.jp", "approval")
    rec = await asyncio.to_thread(st.store.get, hold_id)
    desk = st.desk()
    assert (await desk.tick(rec.received_at + dt.timedelta(hours=3)))["escalated"] == 0
    assert (await desk.tick(rec.received_at + dt.timedelta(hours=5)))["escalated"] == 1
    [esc] = await st.wait_notice("privacy@example.co.jp", "escalation")
    subject, body = notice_text(esc)
    assert subject == "[承認依頼・代理] 【社外秘】価格表の件"
    assert "bucho@example.co.jp" in body and "4 時間" in body
    assert (await desk.tick(rec.received_at + dt.timedelta(hours=6)))["escalated"] == 0
    # nobody decides: at the deadline it is cancelled, never sent
    done = await desk.tick(rec.expires_at + dt.timedelta(minutes=1))
    assert done["expired"] == 1
    rec = await st.wait_status(hold_id, "expired")
    await st.wait_notice(SENDER, "expired")
    await asyncio.sleep(0.3)
    assert st.mail() == []


async def test_notices_per_sender_are_rate_limited_then_listed(sink, sqlite_url, stacks):
    st = await stack_for(stacks, sink, sqlite_url,
                         "[notify]\nmax_per_sender = 2\nwindow_minutes = 0.1\n")   # 6 s
    ids = []
    for i in range(5):
        ids.append(await st.send(confidential(subject=f"【社外秘】資料 {i}"), [EXTERNAL]))
    await st.wait_notice(SENDER, "held", count=2)
    [digest] = await st.wait_notice(SENDER, "digest", timeout=20)
    subject, body = notice_text(digest)
    assert subject == "[送信保留] 3 件のメールを保留しています"
    assert body.count("/h/") >= 3
    await asyncio.sleep(0.5)
    assert len(st.notices(SENDER, "held")) == 2 and len(st.notices(SENDER, "digest")) == 1
    for hold_id in ids:      # every hold was told, one way or the other
        events = await asyncio.to_thread(st.store.events, hold_id)
        assert [e.event for e in events].count("notified") == 1
