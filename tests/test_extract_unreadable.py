"""What mailguard could not read is not clean: to external recipients a damaged file or
a document format it does not read is held, S/MIME and PGP mail waits with advice of its
own, a signature never holds a message, and pictures, sound, video and calendar or
address cards pass as before.  Judged through ``mailguard.pipeline.judge``."""

from __future__ import annotations

import base64
import os

import extractkit as kit
import pytest
from mailfactory import judge_mail

EXTERNAL = "suzuki@torihikisaki.example"
INTERNAL = "jimu@example.co.jp"


def unscannable(verdict):
    return {f.where: f for f in verdict.findings if f.detector == "unscannable_attachment"}


def damaged_xlsx() -> bytes:
    whole = kit.xlsx({"会員": [["会員番号", "氏名", "電話"], ["M-001", "小松 悠", "03-1234-0001"]]})
    return whole[: len(whole) // 2]  # a transfer cut short: the ZIP's directory is gone


@pytest.mark.parametrize(("name", "data"), [
    ("会員名簿.xlsx", damaged_xlsx()),
    ("議事録.docx", b"PK\x03\x04" + os.urandom(400)),
    ("申込書.pdf", b"%PDF-1.6\n" + os.urandom(300)),
    ("見積.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(700)),
])
def test_a_damaged_document_to_an_external_recipient_is_held(name, data):
    v = judge_mail(kit.mail([(name, data, "application/octet-stream")], to=EXTERNAL))
    f = unscannable(v)[f"attachment:{name}"]
    assert (f.rule, f.action.name) == ("attachment-unreadable", "HOLD")
    assert v.action.name == "HOLD"
    assert "保存し直して" in f.advice and "共有リンク" in f.advice
    assert "PPAP" not in f.advice
    assert "Save it again" in f.texts["en"]["advice"]


def test_a_damaged_document_between_colleagues_is_not_held():
    v = judge_mail(kit.mail([("会員名簿.xlsx", damaged_xlsx(), "application/octet-stream")],
                            to=INTERNAL))
    assert unscannable(v) == {} and v.action.name == "PASS"


@pytest.mark.parametrize(("name", "magic"), [
    ("決算資料.7z", b"7z\xbc\xaf\x27\x1c"),
    ("顧客データ.rar", b"Rar!\x1a\x07\x01\x00"),
    ("旧資料.lzh", b"\x00\x00-lh5-"),
])
def test_archives_that_are_not_read_are_held(name, magic):
    v = judge_mail(kit.mail([(name, magic + os.urandom(200), "application/octet-stream")],
                            to=EXTERNAL))
    f = unscannable(v)[f"attachment:{name}"]
    assert (f.rule, f.action.name) == ("attachment-unreadable", "HOLD")
    assert "読み取りに対応していない形式" in f.message


@pytest.mark.parametrize(("name", "data", "ctype"), [
    ("写真.png", b"\x89PNG\r\n\x1a\n" + os.urandom(200), "image/png"),
    ("現場.jpg", b"\xff\xd8\xff\xe0" + os.urandom(200), "image/jpeg"),
    ("anime.gif", b"GIF89a" + os.urandom(100), "image/gif"),
    ("説明.mp4", b"\x00\x00\x00\x20ftypisom" + os.urandom(200), "video/mp4"),
    ("録音.m4a", b"\x00\x00\x00\x20ftypM4A " + os.urandom(200), "audio/mp4"),
    ("会議.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:定例会\r\nEND:VCALENDAR\r\n".encode(),
     "text/calendar"),
    ("名刺.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:受付\r\nEND:VCARD\r\n".encode(),
     "text/vcard"),
])
def test_pictures_sound_video_and_cards_pass_as_before(name, data, ctype):
    v = judge_mail(kit.mail([(name, data, ctype)], to=EXTERNAL))
    assert unscannable(v) == {}


def test_a_scanned_pdf_and_an_unknown_binary_only_warn():
    exe = b"MZ\x90\x00" + os.urandom(1000)
    v = judge_mail(kit.mail([("スキャン.pdf", kit.blank_pdf(1), "application/pdf"),
                             ("setup.exe", exe, "application/octet-stream")], to=EXTERNAL))
    found = unscannable(v)
    assert {w: (f.rule, f.action.name) for w, f in found.items()} == {
        "attachment:スキャン.pdf": ("attachment-not-inspected", "WARN"),
        "attachment:setup.exe": ("attachment-not-inspected", "WARN")}
    assert "スキャン" in found["attachment:スキャン.pdf"].message


def _mail(head: bytes, body: bytes) -> bytes:
    return (b"From: taro@example.co.jp\r\nTo: " + EXTERNAL.encode() + b"\r\nSubject: =?UTF-8?B?"
            + base64.b64encode("契約書送付".encode()) + b"?=\r\nMessage-ID: <s@example.co.jp>\r\n"
            b"MIME-Version: 1.0\r\n" + head + b"\r\n\r\n" + body)


def test_smime_encrypted_mail_waits_with_its_own_advice():
    blob = base64.encodebytes(b"\x30\x82\x02\x10\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x03"
                              + os.urandom(500)).replace(b"\n", b"\r\n")
    raw = _mail(b"Content-Type: application/pkcs7-mime; smime-type=enveloped-data; "
                b"name=smime.p7m\r\nContent-Transfer-Encoding: base64\r\n"
                b"Content-Disposition: attachment; filename=smime.p7m", blob)
    v = judge_mail(raw)
    [f] = unscannable(v).values()
    assert (f.rule, f.action.name, v.action.name) == ("encrypted-mail-external", "DELAY", "DELAY")
    assert "S/MIME" in f.message and "証明書" in f.advice and "PPAP" not in f.advice


def test_pgp_mime_is_one_finding_not_two():
    raw = _mail(b'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; '
                b'boundary="pgp"',
                b"--pgp\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n\r\n"
                b'--pgp\r\nContent-Type: application/octet-stream; name="encrypted.asc"\r\n'
                b'Content-Disposition: inline; filename="encrypted.asc"\r\n\r\n'
                b"-----BEGIN PGP MESSAGE-----\r\n\r\nhQEMA1b2c3d4e5f6\r\n"
                b"-----END PGP MESSAGE-----\r\n--pgp--\r\n")
    v = judge_mail(raw)
    assert [(f.rule, f.where) for f in unscannable(v).values()] == [
        ("encrypted-mail-external", "attachment:encrypted.asc")]


@pytest.mark.parametrize(("protocol", "part"), [
    (b"application/pkcs7-signature",
     b'Content-Type: application/pkcs7-signature; name="smime.p7s"\r\n'
     b"Content-Transfer-Encoding: base64\r\n"
     b'Content-Disposition: attachment; filename="smime.p7s"\r\n\r\nMIIGbQYJKoZIhvcNAQcC\r\n'),
    (b"application/pgp-signature",
     b'Content-Type: application/pgp-signature; name="signature.asc"\r\n\r\n'
     b"-----BEGIN PGP SIGNATURE-----\r\n\r\niQEzBAEBCAAdFiEE\r\n-----END PGP SIGNATURE-----\r\n"),
])
def test_a_signed_message_is_not_held_for_its_signature(protocol, part):
    raw = _mail(b'Content-Type: multipart/signed; protocol="' + protocol
                + b'"; micalg=sha-256; boundary="sig"',
                b"--sig\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "契約書を送付いたします。ご確認ください。\r\n".encode() + b"--sig\r\n" + part
                + b"--sig--\r\n")
    v = judge_mail(raw)
    assert unscannable(v) == {} and v.action.name in ("PASS", "WARN")


def test_an_empty_file_holds_nothing_to_leak():
    v = judge_mail(kit.mail([("報告書.pdf", b"", "application/pdf"),
                             ("名簿.xlsx", b"", "application/octet-stream")], to=EXTERNAL))
    assert unscannable(v) == {}
