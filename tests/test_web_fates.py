"""What the review page's buttons and the hold worker decide: the Bcc rewrite, approvers,
deadlines and fates, and when a release needs a confirmation."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy

import pytest
from mailfactory import DEFAULT_CONFIG, judge_mail, make_mail

from mailguard.config import parse_settings
from mailguard.errors import ConfigError
from mailguard.hold import fates
from mailguard.hold.store import MessageRecord, new_id
from mailguard.notify.view import build_view
from mailguard.web.challenge import challenge_for

NOW = dt.datetime(2026, 4, 1, 0, 0, tzinfo=dt.UTC)
CLIENTS = ["sato@client-a.example", "bob@client-b.example", "kim@client-c.example"]


def internal(addr: str) -> bool:
    return addr.lower().endswith("@example.co.jp")


# --- the Bcc rewrite ---------------------------------------------------------------------

JIS_MAIL = (
    b"Received: from pc.example.co.jp\r\n\tby mailguard.test; Wed, 1 Apr 2026 09:00 +0900\r\n"
    b"From: =?ISO-2022-JP?B?GyRCOzNFRBsoQiAbJEJCQE86GyhC?= <taro@example.co.jp>\r\n"
    b"To: =?ISO-2022-JP?B?GyRCOjRGI01NGyhC?= <sato@client-a.example>,\r\n"
    b" \"Bob, B.\" <bob@client-b.example>,\r\n"
    b"\t=?ISO-2022-JP?B?GyRCPCFPOhsoQg==?= <jiro@example.co.jp>\r\n"
    b"Cc: kim@client-c.example, hanako@example.co.jp\r\n"
    b"Bcc: boss@example.co.jp\r\n"
    b"Subject: =?ISO-2022-JP?B?GyRCOCtAUT1xGyhC?=\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=ISO-2022-JP\r\n"
    b"Content-Transfer-Encoding: 7bit\r\n"
    b"\r\n"
    b"\x1b$B3F0L\x1b(B\r\n.\r\nTo: not-a-header@client-a.example\r\n")


def test_rewrite_keeps_internal_visible_and_the_body_exact():
    new, moved = fates.rewrite_bcc(JIS_MAIL, internal)
    assert moved == ["sato@client-a.example", "bob@client-b.example", "kim@client-c.example"]
    head, body = new.split(b"\r\n\r\n", 1)
    assert body == JIS_MAIL.split(b"\r\n\r\n", 1)[1]          # byte for byte
    msg = email.message_from_bytes(new, policy=email.policy.default)
    to = msg["To"].addresses
    assert [(a.display_name, a.addr_spec) for a in to] == [("次郎", "jiro@example.co.jp")]
    assert [a.addr_spec for a in msg["Cc"].addresses] == ["hanako@example.co.jp"]
    assert msg["Bcc"] is None                                  # Bcc lives in the envelope
    assert str(msg["Subject"]) == "見積書"                       # other headers untouched
    assert head.startswith(b"Received: from pc.example.co.jp\r\n\tby mailguard.test")
    for addr in moved:
        assert addr.encode() not in head
    assert b"\n" not in head.replace(b"\r\n", b"")             # CRLF kept throughout


def test_rewrite_with_only_external_recipients():
    raw = make_mail(to=CLIENTS, cc=["x@client-d.example"])
    new, moved = fates.rewrite_bcc(raw, internal)
    assert len(moved) == 4
    msg = email.message_from_bytes(new, policy=email.policy.default)
    assert str(msg["To"]) == "undisclosed-recipients:;"
    assert msg["Cc"] is None
    assert msg.get_content() == email.message_from_bytes(
        raw, policy=email.policy.default).get_content()


def test_rewrite_lf_only_and_no_to_header():
    raw = b"From: taro@example.co.jp\nCc: a@client.example\nSubject: x\n\nbody\n"
    new, moved = fates.rewrite_bcc(raw, internal)
    assert moved == ["a@client.example"]
    assert new == b"From: taro@example.co.jp\nTo: undisclosed-recipients:;\nSubject: x\n\nbody\n"


# --- approvers ---------------------------------------------------------------------------

APPROVERS = """
[approvers]
rules = ["my-number"]
fallback = ["privacy@example.co.jp"]
groups = { sales = ["hanako@example.co.jp", "@sales.example.co.jp"] }
[approvers.map]
"taro@example.co.jp" = ["bucho@example.co.jp"]
"group:sales" = ["sales-mgr@example.co.jp"]
"@example.co.jp" = ["soumu@example.co.jp"]
"@osaka.example.co.jp" = ["osaka-mgr@example.co.jp"]
"bucho@example.co.jp" = ["bucho@example.co.jp"]
"""


def test_approver_resolution_most_specific_first():
    m = fates.ApproverMap.from_settings(parse_settings(DEFAULT_CONFIG + APPROVERS))
    assert m.resolve("Taro@Example.co.jp") == (("bucho@example.co.jp",), "sender")
    assert m.resolve("hanako@example.co.jp") == (("sales-mgr@example.co.jp",), "group:sales")
    assert m.resolve("ichiro@tokyo.sales.example.co.jp")[1] == "group:sales"
    assert m.resolve("kenji@osaka.example.co.jp") == (("osaka-mgr@example.co.jp",),
                                                     "@osaka.example.co.jp")
    assert m.resolve("kenji@example.co.jp") == (("soumu@example.co.jp",), "@example.co.jp")
    assert m.resolve("guest@other.example") == (("privacy@example.co.jp",), "fallback")
    # nobody approves their own mail: the fallback does
    assert m.resolve("bucho@example.co.jp") == (("privacy@example.co.jp",), "fallback")


@pytest.mark.parametrize("section, problem", [
    ('[approvers]\nrules = ["x"]\n', "fallback"),
    ('[approvers]\nfallback = ["p@example.co.jp"]\n[approvers.map]\n"group:nope" = ["a@b.jp"]\n',
     "no such group"),
    ('[approvers]\n[approvers.map]\n"taro@example.co.jp" = ["not an address"]\n',
     "not a mail address"),
    ('[approvers]\ngroups = { a = "x" }\n', "list"),
])
def test_approver_config_errors_are_one_line(section, problem):
    with pytest.raises(ConfigError, match=problem) as e:
        fates.check_config(parse_settings(DEFAULT_CONFIG + section))
    assert "\n" not in str(e.value)


# --- deadlines and fates -----------------------------------------------------------------

def record(raw: bytes, config: str = DEFAULT_CONFIG, **kw) -> MessageRecord:
    v = judge_mail(raw, config)
    base = dict(id=new_id(), status="held", action=str(v.action), received_at=NOW,
                sender=v.sender, recipients=tuple(r["address"] for r in v.recipients),
                message_id=v.message_id, subject=v.subject, rules=tuple(v.rules),
                verdict=v.to_json(), mail_from=v.sender)
    return MessageRecord(**{**base, **kw})


def test_deadlines_and_fates():
    s = parse_settings(DEFAULT_CONFIG)
    rec = record(make_mail(to=CLIENTS))
    assert fates.deadline(rec, s) == NOW + dt.timedelta(hours=72)
    assert fates.remind_at(rec, s) == NOW + dt.timedelta(hours=48)
    assert fates.fate_of(rec, s) == "cancel"
    s2 = parse_settings(DEFAULT_CONFIG + '[holds]\nexpired_fate = "release"\n')
    assert fates.fate_of(rec, s2) == "release"
    # a hold that needs an approver is never released by its deadline
    s3 = parse_settings(DEFAULT_CONFIG + '[holds]\nexpired_fate = "release"\n[approvers]\n'
                        'rules = ["*"]\nfallback = ["p@example.co.jp"]\n')
    assert fates.needs_approval(rec, s3) and fates.fate_of(rec, s3) == "cancel"
    delayed = dataclasses.replace(rec, status="delayed", action="delay", expires_at=None,
                                  release_at=NOW + dt.timedelta(minutes=5))
    assert fates.deadline(delayed, s) == NOW + dt.timedelta(minutes=5)
    assert not fates.needs_approval(delayed, s3)
    assert fates.remind_at(delayed, s) is None
    # a short hold gets no reminder right after its notice
    s4 = parse_settings(DEFAULT_CONFIG + "[holds]\nexpire_hours = 1.0\n"
                        "remind_before_hours = 0.9\n")
    assert fates.remind_at(rec, s4) is None
    decided = dataclasses.replace(rec, status="cancelled")
    assert fates.deadline(decided, s) is None


# --- when a release asks for a confirmation ----------------------------------------------

def sign(text: str) -> str:
    return str(hash(text))


def test_challenges():
    s = parse_settings(DEFAULT_CONFIG)
    # visible external recipients only: Bcc asks nothing, sending as is asks a count
    v = build_view(record(make_mail(to=CLIENTS, cc=["jiro@example.co.jp"])), s)
    assert challenge_for(v, "rewrite", s, sign) is None
    ch = challenge_for(v, "release", s, sign)
    assert (ch.kind, ch.answer) == ("count", "3")
    assert ch.check({"answer_count": "３"}) and ch.check({"answer_count": " 3 "})
    assert not ch.check({"answer_count": "4"}) and not ch.check({})
    assert challenge_for(v, "cancel", s, sign) is None
    # one external organisation with a confidential marking: pick the organisation
    v = build_view(record(make_mail(to=["tanaka@client.example"], subject="【社外秘】資料",
                                    body="社外秘\n")), s)
    ch = challenge_for(v, "release", s, sign)
    assert ch.kind == "org" and ch.answer == "client.example"
    assert sorted(ch.options) == ["client.example", "example.co.jp", "partner.co.jp"]
    assert ch.check({"answer_org": "client.example"})
    assert not ch.check({"answer_org": "partner.co.jp"})
    # nothing high-risk (a warning only): no question
    v = build_view(record(make_mail(to=["a@client-a.example", "b@client-b.example"])), s)
    assert all(challenge_for(v, a, s, sign) is None for a in ("release", "rewrite"))
