"""Several relay instances share one store (PostgreSQL): a notice, a reminder, an
escalation or a fate is still applied once, and a notice that failed is retried."""

from __future__ import annotations

import asyncio
import datetime as dt

from holdkit import SECRET
from mailfactory import DEFAULT_CONFIG, judge_mail, make_mail

from mailguard.config import parse_settings
from mailguard.hold.fates import HoldDesk
from mailguard.hold.store import MessageRecord, new_id
from mailguard.notify import Notifier

CONFIG = DEFAULT_CONFIG + f'[web]\nsecret_key = "{SECRET}"\n'
APPROVERS = CONFIG + ('[approvers]\nrules = ["*"]\nfallback = ["privacy@example.co.jp"]\n'
                      '[approvers.map]\n"taro@example.co.jp" = ["bucho@example.co.jp"]\n')


class Outbox:
    """The upstream as the notifier sees it; ``down`` makes every send fail."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, ...]] = []
        self.down = False

    async def send(self, mail_from, rcpts, raw) -> None:
        await asyncio.sleep(0.01)
        if self.down:
            raise ConnectionRefusedError("upstream down")
        self.sent.append(tuple(rcpts))


def hold(store, config: str = CONFIG) -> MessageRecord:
    v = judge_mail(make_mail(to=["a@client-a.example", "b@client-b.example",
                                 "c@client-c.example"]), config)
    now = dt.datetime.now(dt.UTC)
    rec = MessageRecord(id=new_id(), status="held", action="hold", received_at=now,
                        sender=v.sender, recipients=("a@client-a.example",),
                        message_id=v.message_id, subject=v.subject, rules=tuple(v.rules),
                        verdict=v.to_json(), expires_at=now + dt.timedelta(hours=72),
                        mail_from=v.sender)
    store.record(rec, make_mail(to=["a@client-a.example"]), mail_from=rec.mail_from)
    return rec


def instances(store, config: str, n: int = 3) -> tuple[Outbox, list[HoldDesk]]:
    s = parse_settings(config)
    box = Outbox()
    return box, [HoldDesk(store, s, notifier=Notifier(store, s, box.send)) for _ in range(n)]


async def test_a_failed_notice_is_retried_by_one_instance(store):
    box, desks = instances(store, CONFIG)
    rec = hold(store)
    box.down = True
    await desks[0].notifier.held(rec)
    assert box.sent == []
    track = store.get(rec.id).extra["notices"]["sender"]
    assert track["state"] == "pending" and track["attempts"] == 1
    # too early for the retry (backoff): nothing
    await asyncio.gather(*(d.tick() for d in desks))
    assert box.sent == []
    box.down = False
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=2)
    await asyncio.gather(*(d.tick(later) for d in desks))
    assert box.sent == [("taro@example.co.jp",)]
    assert store.get(rec.id).extra["notices"]["sender"]["state"] == "sent"
    assert [e.event for e in store.events(rec.id)].count("notified") == 1


async def test_reminder_escalation_and_fate_happen_once(store):
    box, desks = instances(store, APPROVERS)
    rec = hold(store, APPROVERS)
    await desks[0].notifier.held(rec)
    assert sorted(box.sent) == [("bucho@example.co.jp",), ("taro@example.co.jp",)]
    box.sent.clear()
    rec = store.get(rec.id)
    for at, what, to in (
            (rec.received_at + dt.timedelta(hours=5), "escalated",
             [("privacy@example.co.jp",)]),
            # after the escalation both the approver and the fallback are reminded
            (rec.expires_at - dt.timedelta(hours=23), "reminded",
             [("bucho@example.co.jp",), ("privacy@example.co.jp",)]),
            (rec.expires_at + dt.timedelta(minutes=1), "expired", [("taro@example.co.jp",)])):
        results = await asyncio.gather(*(d.tick(at) for d in desks))
        assert sum(r[what] for r in results) == 1, what
        assert sorted(box.sent) == to, what
        box.sent.clear()
    assert store.get(rec.id).status == "expired"
    kinds = [e.event for e in store.events(rec.id)]
    assert kinds.count("expired") == 1 and kinds.count("reminded") == 1
