"""The known mix of the office tests: mail of every fate sent through the real relay,
with personal data planted in it, and the counts the statistics must show."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from mailfactory import make_mail

from mailguard.hold import service
from mailguard.smtp.auth import hash_password

MYNUM = "1234 5678 9018"          # a valid 個人番号 (check digit)
CARD = "4111 1111 1111 1111"
PHONE = "090-3141-5926"
NAME = "鈴木 一郎"
PLANTED = (MYNUM, MYNUM.replace(" ", ""), CARD, CARD.replace(" ", ""), PHONE,
           PHONE.replace("-", ""), NAME, NAME.replace(" ", ""))

SOUMU = "taro@example.co.jp"             # 総務部 (by address)
SALES = "jiro@sales.example.co.jp"       # 営業部 (by domain, a subdomain)
OTHER = "hana@example.co.jp"             # in no group
ADMIN, ADMIN_PASSWORD = "office", "correct horse battery staple"

GROUPS_CONFIG = f"""
[organization.groups]
"総務部" = ["{SOUMU}"]
"営業部" = ["@sales.example.co.jp"]
"""


def admins_config(password: str = ADMIN_PASSWORD) -> str:
    return f'\n[web.admins]\n{ADMIN} = "{hash_password(password)}"\n'


CLEAN = dict(to=["hanako@example.co.jp"], subject="定例会議", body="明日の会議は10時からです。\n")
VISIBLE = dict(to=["sato@client-a.example", "bob@client-b.example", "kim@client-c.example"],
               subject="展示会のご案内", body="各位\n展示会のご案内です。\n")
PERSONAL = dict(to=["tanaka@client.example"], subject=f"個人番号 {MYNUM} の件",
                body=f"氏名：{NAME}\n個人番号：{MYNUM}\n携帯：{PHONE}\nカード番号：{CARD}\n")
FREEMAIL = dict(to=["someone@gmail.com"], subject="資料", body="資料をお送りします。\n")
LOOKALIKE = dict(to=["sato@partnre.co.jp"], subject="資料", body="資料をお送りします。\n")

TO_CC = "誤送付 › メール誤送信 › To/Cc の一斉送信"
WRONG_ADDRESS = "誤送付 › メール誤送信 › 宛先間違い"
WRONG_CONTENT = "誤送付 › メール誤送信 › 添付ファイル間違い"
OTHER_LEAK = "その他漏えい"


@dataclass
class Mix:
    ids: dict[str, str] = field(default_factory=dict)   # name → store id


async def send_mix(stack: Any) -> Mix:
    """12 messages over real SMTP: 3 clean, 3 visible-recipients holds, 3 personal-data
    holds, 2 delays (free mail), 1 rejection (look-alike domain)."""
    import aiosmtplib

    mix = Mix()
    plan = [("clean1", SOUMU, CLEAN), ("clean2", SALES, CLEAN), ("clean3", OTHER, CLEAN),
            ("visible1", SALES, VISIBLE), ("visible2", SALES, VISIBLE),
            ("visible3", SALES, VISIBLE),
            ("personal1", SOUMU, PERSONAL), ("personal2", SOUMU, PERSONAL),
            ("personal3", SOUMU, PERSONAL),
            ("free1", SOUMU, FREEMAIL), ("free2", SOUMU, FREEMAIL),
            ("lookalike", SALES, LOOKALIKE)]
    host, port = stack.relay.address
    for name, sender, kw in plan:
        raw = make_mail(sender=sender, **kw)
        async with aiosmtplib.SMTP(hostname=host, port=port, start_tls=False) as c:
            try:
                _, reply = await c.sendmail(sender, list(kw["to"]), raw)
            except aiosmtplib.SMTPDataError as e:
                mix.ids[name] = "rejected:" + str(e.code)
                continue
        mix.ids[name] = reply.split(" as ", 1)[1].split(";")[0].split()[0]
    return mix


async def decide(stack: Any, mix: Mix) -> None:
    """Release, rewrite, cancel and expire, as senders, the admin and the worker would."""
    desk = stack.desk()
    i = mix.ids
    await desk.release(i["visible1"], actor=f"sender:{SALES}", reason="確認済み")
    await desk.rewrite_bcc(i["visible2"], actor=f"sender:{SALES}")
    await desk.cancel(i["visible3"], actor=f"sender:{SALES}", reason="宛先を直します")
    await desk.cancel(i["personal1"], actor=f"sender:{SOUMU}",
                      reason=f"番号 {MYNUM} を消して送り直します")
    await asyncio.to_thread(service.expire, stack.store, i["personal2"])
    # personal3 stays on hold
    await desk.release(i["free1"], actor=f"sender:{SOUMU}")
    await desk.cancel(i["free2"], actor=f"sender:{SOUMU}", reason="宛先違い")


def c(**kw: int) -> dict[str, int]:
    from mailguard.hold.store import COUNTERS

    return {k: kw.get(k, 0) for k in COUNTERS}


VISIBLE_ROW = c(judged=3, held=3, released=1, rewritten=1, cancelled=1)
PERSONAL_ROW = c(judged=3, held=3, cancelled=1, expired=1)
BY_RULE = {
    "external-recipients-visible": VISIBLE_ROW,
    "multiple-external-domains": VISIBLE_ROW,
    "my-number": PERSONAL_ROW,
    "credit-card-number": PERSONAL_ROW,
    "personal-record": PERSONAL_ROW,
    "freemail-recipient": c(judged=2, delayed=2, released=1, cancelled=1),
    "lookalike-domain": c(judged=1, rejected=1),
}
BY_CAUSE = {
    TO_CC: VISIBLE_ROW,
    WRONG_ADDRESS: c(judged=6, held=3, delayed=2, released=2, rewritten=1, cancelled=2,
                     rejected=1),
    OTHER_LEAK: PERSONAL_ROW,
    WRONG_CONTENT: PERSONAL_ROW,
}
BY_GROUP = {
    "営業部": c(judged=5, passed=1, held=3, released=1, rewritten=1, cancelled=1, rejected=1),
    "総務部": c(judged=6, passed=1, held=3, delayed=2, released=1, cancelled=2, expired=1),
    "(none)": c(judged=1, passed=1),
}
TOTAL = c(judged=12, passed=3, held=6, delayed=2, released=2, rewritten=1, cancelled=3,
          expired=1, rejected=1)


def assert_no_planted(text: str, where: str) -> None:
    for value in PLANTED:
        assert value not in text, f"{where} shows the planted value {value!r}"
    assert not re.search(r"1234\D?5678\D?9018", text), f"{where} shows the 個人番号"


async def office_login(session: aiohttp.ClientSession, base: str, login: str = ADMIN,
                       password: str = ADMIN_PASSWORD) -> int:
    """Log in like the form does; returns the status of the POST."""
    async with session.get(f"{base}/office/login") as r:
        html = await r.text()
    csrf = re.search(r'name="csrf" value="([^"]+)"', html).group(1)
    async with session.post(f"{base}/office/login", allow_redirects=False, data={
            "csrf": csrf, "login": login, "password": password}) as r:
        return r.status
