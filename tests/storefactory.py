"""Helpers for the store tests: masked verdicts, records and a Japanese raw message."""

from __future__ import annotations

import datetime as dt

from mailguard.hold.store import MessageRecord, new_id

UTC = dt.UTC
T0 = dt.datetime(2026, 4, 1, 9, 0, tzinfo=UTC)

RAW = ("From: 山田 太郎 <taro@example.co.jp>\r\n"
       "To: 佐藤 様 <sato@client.example>, \"Bob B\" <bob@other.example>\r\n"
       "Subject: =?utf-8?b?6KaL56mN5pu4?=\r\n"
       "Message-ID: <m1@example.co.jp>\r\n\r\n"
       "個人番号 1234 5678 9018 をお送りします。\r\n").encode()


def verdict(*findings: tuple[str, str, str]) -> dict:
    """A masked verdict with (rule, category, action) findings."""
    order = ["pass", "warn", "delay", "hold", "reject"]
    action = max((f[2] for f in findings), key=order.index, default="pass")
    return {"source": "smtp", "action": action, "findings": [
        {"rule": r, "detector": "personal_data", "category": c, "severity": "high",
         "action": a, "where": "body", "message": "個人番号 1 件",
         "entities": [{"type": "JP_MY_NUMBER", "count": 1, "examples": ["1234 **** ****"]}]}
        for r, c, a in findings]}


def rec(status: str = "held", *, id: str | None = None, at: dt.datetime = T0,
        sender: str = "taro@example.co.jp",
        recipients: tuple[str, ...] = ("sato@client.example", "bob@other.example"),
        findings: tuple[tuple[str, str, str], ...] = (("my-number", "personal_data", "hold"),),
        **kw) -> MessageRecord:
    v = verdict(*findings)
    return MessageRecord(id=id or new_id(), status=status, action=v["action"], received_at=at,
                         sender=sender, recipients=recipients, message_id="<m1@example.co.jp>",
                         subject="見積書", rules=tuple(f[0] for f in findings), verdict=v, **kw)
