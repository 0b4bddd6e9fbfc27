"""From attachment to verdict: the shipped attachment rules and the unscannable detector,
through ``mailguard.pipeline.judge`` as the relay and ``mailguard check`` run it."""

from __future__ import annotations

import extractkit as kit
import pytest
from mailfactory import DEFAULT_CONFIG, judge_mail

from mailguard.detect.registry import builtin_detectors

EXTERNAL = "tanaka@client.example"
INTERNAL = "hanako@example.co.jp"
CSV = "氏名,電話番号\n山田太郎,03-1234-5678\n".encode("cp932")


def findings(verdict, detector="unscannable_attachment"):
    return [f for f in verdict.findings if f.detector == detector]


def test_ppap_zip_to_an_external_recipient_is_held_with_advice():
    raw = kit.mail([("見積書.zip", kit.password_zip([("見積書.xlsx", b"x")]), "application/zip")],
                   to=EXTERNAL)
    v = judge_mail(raw)
    [f] = findings(v)
    assert (f.rule, f.action.name, f.where) == ("encrypted-attachment-external", "HOLD",
                                                "attachment:見積書.zip")
    assert f.message == "添付ファイル 見積書.zip は暗号化されていて中身を確認できません。"
    assert "PPAP" in f.advice and "共有" in f.advice
    assert v.action.name == "HOLD"


def test_encrypted_attachments_to_colleagues_only_are_not_held():
    raw = kit.mail([("a.zip", kit.password_zip([("a.csv", CSV)]), "application/zip")],
                   to=INTERNAL)
    assert findings(judge_mail(raw)) == []


def test_protected_pdf_and_office_files_are_held_too():
    raw = kit.mail([("契約書.pdf", kit.encrypt_pdf(kit.pdf([["契約書"]])), "application/pdf"),
                    ("議事録.docx", kit.encrypt_office(kit.docx(["議事録"])),
                     "application/octet-stream")], to=EXTERNAL)
    found = {f.where: f.rule for f in findings(judge_mail(raw))}
    assert found == {"attachment:契約書.pdf": "encrypted-attachment-external",
                     "attachment:議事録.docx": "encrypted-attachment-external"}


def test_nested_archives_and_damaged_files_are_held():
    raw = kit.mail([("n0.zip", kit.nested_zip(50), "application/zip"),
                    ("報告.docx", kit.docx(["報告"])[:500], "application/octet-stream")],
                   to=EXTERNAL)
    v = judge_mail(raw)
    found = {f.rule: (f.action.name, f.message) for f in findings(v)}
    action, message = found["attachment-bomb-or-too-deep"]
    assert action == "HOLD" and "入れ子が深すぎる" in message
    action, message = found["attachment-unreadable"]
    assert action == "HOLD"
    assert message == "添付ファイル 報告.docx は壊れているため、中身を確認できませんでした。"


def test_english_texts_name_the_reason():
    raw = kit.mail([("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
                     "application/msword")], to=EXTERNAL)
    [f] = findings(judge_mail(raw))
    assert f.texts["en"]["message"].startswith("The attachment old.doc could not be read: ")


def test_rule_params_choose_the_reasons():
    config = DEFAULT_CONFIG + """
[rules.override.attachment-unreadable]
params = { reasons = ["corrupt"] }
"""
    raw = kit.mail([("tool.exe", b"MZ" + bytes(range(256)) * 4, "application/octet-stream"),
                    ("a.pdf", b"%PDF-1.7 broken", "application/pdf")], to=EXTERNAL)
    assert [f.where for f in findings(judge_mail(raw, config))
            if f.rule == "attachment-unreadable"] == ["attachment:a.pdf"]


@pytest.mark.skipif("personal_data" not in builtin_detectors(),
                    reason="needs the personal_data detector (issue 3)")
def test_my_number_in_a_csv_in_a_zip_in_an_attached_mail_is_found():
    csv = ("氏名,個人番号,電話番号\n山田太郎,1234 5678 9018,03-1234-5678\n"
           "鈴木花子,2345 6789 0123,090-1111-2222\n").encode("cp932")
    fwd = kit.inner_mail([("a.zip", kit.zip_of([("2024/list.csv", csv)]), "application/zip")])
    v = judge_mail(kit.mail([("fwd.eml", fwd, "message/rfc822")], to=EXTERNAL))
    hits = [f for f in findings(v, "personal_data")
            if any(e.type == "JP_MY_NUMBER" for e in f.entities)]
    assert hits, [(f.rule, f.where) for f in v.findings]
    assert {f.where for f in hits} == {"attachment:fwd.eml/a.zip/2024/list.csv"}
    assert v.action.name in ("HOLD", "REJECT")
    for f in hits:  # masked, never the number in the clear
        for e in f.entities:
            assert all("5678 9018" not in x for x in e.examples)
