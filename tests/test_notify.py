"""Notices as Japanese mail clients read them: ISO-2022-JP when the text fits, UTF-8 when
it does not; parsed back with the stdlib email package and compared with the text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.header
import email.policy
import re

import pytest
from mailfactory import DEFAULT_CONFIG, judge_mail, make_mail

from mailguard.config import parse_settings
from mailguard.hold.store import MessageRecord, new_id
from mailguard.notify.compose import Composer
from mailguard.notify.mime import build_notice, fits_jis, to_jis
from mailguard.notify.view import build_view
from mailguard.ratelimit import SlidingWindow

NOW = dt.datetime(2026, 4, 1, 0, 30, tzinfo=dt.UTC)     # 09:30 in Tokyo
CLIENTS = ["sato@client-a.example", "bob@client-b.example", "kim@client-c.example"]


def held(raw: bytes, config: str = DEFAULT_CONFIG, status: str = "held") -> MessageRecord:
    v = judge_mail(raw, config)
    return MessageRecord(
        id=new_id(), status=status, action=str(v.action), received_at=NOW,
        sender=v.sender, recipients=tuple(r["address"] for r in v.recipients),
        message_id=v.message_id, subject=v.subject, rules=tuple(v.rules),
        verdict=v.to_json(), expires_at=NOW + dt.timedelta(hours=72),
        mail_from=v.sender)


def parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def text(msg: email.message.EmailMessage) -> str:
    return msg.get_content().replace("\r\n", "\n")


def encoded_words(raw: bytes, name: str) -> list[str]:
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    m = re.search(rf"^{name}: (.*?)\r\n(?! )", head, re.S | re.M)
    assert m, name
    return re.findall(r"=\?[^?]+\?[bBqQ]\?[^?]*\?=", m.group(1))


def notice(raw_mail: bytes, config: str = DEFAULT_CONFIG, **kw):
    s = parse_settings(config)
    rec = held(raw_mail, config)
    v = build_view(rec, s, raw_mail)
    return Composer(s).hold_notice(v, to=["taro@example.co.jp"], who=v.sender_name,
                                   link="http://127.0.0.1:8025/h/TOKEN", **kw), rec


def test_iso_2022_jp_notice_decodes_to_the_same_text():
    n, rec = notice(make_mail(to=CLIENTS, cc=["jiro@example.co.jp"],
                              subject="新製品説明会のご案内～東京会場"))
    raw = n.raw
    assert raw.isascii() and b"\x1b$B" in raw                 # 7-bit JIS, as RFC 1468
    msg = parse(raw)
    assert msg.get_content_charset() == "iso-2022-jp"
    assert msg["Content-Transfer-Encoding"] == "7bit"
    # the subject: 〜 (WAVE DASH) is the JIS twin of the CP932 ～ the sender typed
    assert str(msg["Subject"]) == "[送信保留] 新製品説明会のご案内〜東京会場"
    assert str(msg["Subject"]) == n.subject.replace("～", "〜")
    # every encoded word is a whole ISO-2022-JP sequence that decodes on its own
    for word in encoded_words(raw, "Subject") + encoded_words(raw, "From"):
        [(data, charset)] = email.header.decode_header(word)
        assert charset == "iso-2022-jp"
        assert data.endswith(b"\x1b(B") or data.isascii()
        data.decode("iso2022_jp")
    assert msg["From"].addresses[0].display_name == "メール誤送信防止 mailguard"
    assert msg["From"].addresses[0].addr_spec == "mailguard@example.co.jp"
    body = text(msg)
    assert body == n.body.replace("～", "〜")
    assert body.startswith("山田 太郎 様\n")
    assert "社外の宛先同士がお互いのアドレスを見られる状態です。Bcc にして送りますか？" in body
    assert "  To: sato@client-a.example  【社外: client-a.example】" in body
    assert "  Cc: jiro@example.co.jp\n" in body                # internal: not marked
    assert "2026年4月4日(土) 09:30 までに操作がない場合" in body  # deadline, Tokyo time
    assert "http://127.0.0.1:8025/h/TOKEN" in body
    assert "------------------------ English ------------------------" in body
    assert body.index("社外の宛先が互いに見えています") < body.index(
        "External recipients can see each other")
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-MailGuard-Notice"] == f"held; hold={rec.id}"


@pytest.mark.parametrize("subject", ["髙橋様 ご確認のお願い", "納品書 ① 再送", "ｶﾀｶﾅ の件",
                                     "🎉 ご案内"])
def test_text_outside_jis_x_0208_goes_as_utf8(subject):
    assert not fits_jis(subject)
    n, _ = notice(make_mail(to=["a@client.example"], subject=f"【社外秘】{subject}",
                            body="社外秘\n"))
    msg = parse(n.raw)
    assert msg.get_content_charset() == "utf-8"
    assert msg["Content-Transfer-Encoding"] == "base64"
    assert str(msg["Subject"]) == f"[送信保留] 【社外秘】{subject}"
    assert text(msg) == n.body
    assert f"件名: 【社外秘】{subject}" in text(msg)
    for word in encoded_words(n.raw, "Subject"):
        email.header.decode_header(word)[0][0].decode("utf-8")


def test_forced_iso_2022_jp_keeps_what_it_can():
    assert to_jis("①㈱ｱｲ髙～－") == "1(株)アイ〓〜−"
    raw = build_notice(from_addr="m@example.co.jp", from_name="mailguard",
                       to=["taro@example.co.jp"], subject="髙橋様 ① 見積",
                       body="髙橋様 ① ～ ｶﾅ\n", charset="iso-2022-jp")
    msg = parse(raw)
    assert raw.isascii() and msg.get_content_charset() == "iso-2022-jp"
    assert str(msg["Subject"]) == "〓橋様 1 見積"
    assert text(msg) == "〓橋様 1 〜 カナ\n"


def test_forced_utf8():
    raw = build_notice(from_addr="m@example.co.jp", from_name="mailguard",
                       to=["taro@example.co.jp"], subject="見積", body="見積書です\n",
                       charset="utf-8")
    msg = parse(raw)
    assert msg.get_content_charset() == "utf-8" and text(msg) == "見積書です\n"


def test_long_subjects_are_shortened_and_folded():
    long = "【社外秘】" + "令和八年度第一四半期における関東圏の販売代理店別売上実績と次期見通し" * 2
    n, _ = notice(make_mail(to=["a@client.example"], subject=long, body="社外秘\n"))
    msg = parse(n.raw)
    assert str(msg["Subject"]).startswith("[送信保留] 【社外秘】令和八年度")
    assert str(msg["Subject"]).endswith("…") and len(str(msg["Subject"])) <= 48
    head = n.raw.split(b"\r\n\r\n", 1)[0]
    assert max(len(line) for line in head.split(b"\r\n")) <= 78
    assert f"件名: {long}" in text(msg)                         # in full in the body


def test_only_japanese_or_only_english():
    mail = make_mail(to=CLIENTS, subject="ご案内")
    ja, _ = notice(mail, DEFAULT_CONFIG + '[notify]\nlang = "ja"\n')
    en, _ = notice(mail, DEFAULT_CONFIG + '[notify]\nlang = "en"\n')
    assert "English" not in ja.body and "Bcc にして送りますか" in ja.body
    # only the sender's name and the message's own subject are Japanese
    assert not re.search(r"[ぁ-んァ-ン]", en.body.replace("山田 太郎", "").replace("ご案内", ""))
    assert en.subject == "[Held] ご案内"
    assert parse(en.raw)["Content-Language"] == "en"


def test_notice_shows_masked_values_never_the_raw_ones():
    """The notice is built from the stored (masked) verdict: a value in the message
    body does not reach it, even though the message itself is at hand."""
    raw = make_mail(to=["a@client.example"], subject="【社外秘】名簿",
                    body="社外秘\n会員番号 1234-5678-9012-3456 の件\n")
    rec = held(raw)
    finding = dict(rec.verdict["findings"][0])
    finding["entities"] = [{"type": "JP_MY_NUMBER", "count": 2,
                            "examples": ["1234 **** ****"]}]
    finding["evidence"] = [{"where": "body", "snippet": "個人番号: 1234 **** ****"}]
    rec = dataclasses.replace(rec, verdict={**rec.verdict, "findings": [finding]})
    s = parse_settings(DEFAULT_CONFIG)
    n = Composer(s).hold_notice(build_view(rec, s, raw), to=["taro@example.co.jp"],
                                who="山田 太郎", link="http://x/h/T")
    body = text(parse(n.raw))
    assert "個人番号（マイナンバー） 2 件（例: 1234 **** ****）" in body
    assert "該当箇所（本文）: 「個人番号: 1234 **** ****」" in body
    assert "5678" not in body and "9012" not in body


def test_delayed_and_approval_notices_say_what_happens():
    s = parse_settings(DEFAULT_CONFIG)
    rec = dataclasses.replace(held(make_mail(to=CLIENTS)), status="delayed",
                              release_at=NOW + dt.timedelta(minutes=10), expires_at=None)
    n = Composer(s).hold_notice(build_view(rec, s), to=["taro@example.co.jp"],
                                who="taro@example.co.jp", link="http://x/h/T")
    assert n.subject.startswith("[送信待ち] ")
    assert "2026年4月1日(水) 09:40 に自動で送信されます" in text(parse(n.raw))
    assert "（今すぐ送信・取り消し）" in n.body

    cfg = DEFAULT_CONFIG + ('[approvers]\nrules = ["*"]\nfallback = ["privacy@example.co.jp"]\n')
    s = parse_settings(cfg)
    rec = dataclasses.replace(held(make_mail(to=CLIENTS), cfg), extra={"approval": {
        "approvers": ["bucho@example.co.jp"], "fallback": ["privacy@example.co.jp"],
        "escalated": False}})
    v = build_view(rec, s)
    wait = Composer(s).hold_notice(v, to=["taro@example.co.jp"], who="t", link="L")
    assert wait.subject.startswith("[承認待ち] ") and "承認者: bucho@example.co.jp" in wait.body
    assert "までに承認されない場合、このメールは取り消されます" in wait.body
    req = Composer(s).approval_request(v, to=["bucho@example.co.jp"],
                                       who="bucho@example.co.jp", link="L")
    assert req.subject.startswith("[承認依頼] ")
    assert "taro@example.co.jp）が送信したメールが保留され、あなたの承認を待っています" in req.body


def test_rate_limiter_sliding_window():
    t = [0.0]
    rl = SlidingWindow(2, 60, clock=lambda: t[0], casefold=True)
    assert rl.allow("Taro@example.co.jp") and rl.allow("taro@example.co.jp")
    assert not rl.allow("taro@example.co.jp")
    assert rl.allow("hanako@example.co.jp")                  # per sender
    t[0] = 59.0
    assert not rl.would_allow("taro@example.co.jp")
    t[0] = 60.5
    assert rl.would_allow("taro@example.co.jp") and rl.allow("taro@example.co.jp")
    assert SlidingWindow(0, 60).allow("x")                     # 0: no limit
