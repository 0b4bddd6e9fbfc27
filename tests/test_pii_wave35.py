"""From a thirty-fifth blind wave (issue 9), written afresh here: guests abroad with their
own mobiles and mailboxes in rows that name a shop, a scholar's heart condition in English,
a wheelchair taxi, and one list of free-mail domains for the recipient rule and the
records alike."""

from mailfactory import judge_mail, make_mail, verdict_types

from mailguard.detect.entities.email_address import PRIVATE_MAIL_DOMAINS
from mailguard.detect.recipients import FREEMAIL_DOMAINS
from mailguard.policy.verdict import Action

JSIG = "\n\n--\n牧野 美咲\n株式会社エグザンプル 運営課\nTEL 03-5555-0220\n"



def test_guests_abroad_picking_up_keys_at_a_shop_are_people():
    rows = [("SL-7790415", "+82 10-6116-6916", "mina.h91@naver.com", "浅草店"),
            ("SL-7791002", "+82 10-3320-7602", "j.seo62@daum.net", "浅草店"),
            ("TY25-458813", "+1 206 555 6593", "travelbug01@icloud.com", "押上店"),
            ("SL-7792237", "+82 10-6698-3841", "kwon.hj71@naver.com", "浅草店"),
            ("DIRECT-0951", "+49 151 2345 6789", "lena.b18@gmx.de", "押上店")]
    body = ("予約受付 ご担当者様\n\n鍵受け取り予定をお送りします。\n"
            "予約番号     連絡先電話          メール                     店舗\n"
            "----------------------------------------------------------------\n"
            + "\n".join(f"{r:<12} {t:<19} {m:<26} {s}" for r, t, m, s in rows) + "\n" + JSIG)
    v = judge_mail(make_mail(to=["uketsuke@keystation-example.co.jp"], body=body))
    assert v.action >= Action.HOLD


def test_a_scholars_heart_condition_in_english_is_held_with_her_name():
    body = ("Dear Mr Doyle,\n\nRegarding our scholar Aoi MORITA (born 2005-06-14):\n"
            "her health check found an irregular heartbeat and she takes beta-blockers daily.\n"
            "\nBest regards,\nEmi\n")
    v = judge_mail(make_mail(to=["intl@university-example.ac.uk"], body=body))
    assert v.action >= Action.HOLD
    assert {"PERSON_NAME", "SENSITIVE_CATEGORY"} <= verdict_types(v)


def test_a_wheelchair_taxi_is_a_vehicle():
    body = ("保坂 様\n\nご予約内容のご確認です。\n"
            "　ご利用者　：保坂 フミ 様\n　お迎え先　：東浜市北原3丁目18-2\n"
            "　車両　　　：車椅子車（シエンタ）\n" + JSIG)
    v = judge_mail(make_mail(to=["hosaka.k@docomo.ne.jp"], body=body))
    assert v.action < Action.DELAY


def test_one_list_of_free_mail_domains():
    assert frozenset(FREEMAIL_DOMAINS) == PRIVATE_MAIL_DOMAINS
    v = judge_mail(make_mail(to=["guest@naver.com"], body="ご予約ありがとうございます。\n"))
    assert any(f.rule == "freemail-recipient" for f in v.findings)
