"""The personal_data detector on a ScanInput: signatures, quoted text, records, lists,
sensitive data with a person, rule params, masking."""

import json
from dataclasses import asdict

import pytest

from mailguard.detect.base import ScanInput
from mailguard.detect.entities.base import ScanTimeout
from mailguard.detect.personal_data import PersonalData
from mailguard.extract.base import Table, TextPart
from mailguard.mime.addresses import Organization, make_recipient
from mailguard.mime.parse import ParsedMessage

SENDER = "taro.yamada@example.co.jp"
ORG = Organization.from_lists(["example.co.jp"])
SIGNATURE = ("\n\n--\n山田 太郎\n株式会社エグザンプル 営業部\n"
             "〒100-0005 東京都千代田区丸の内1-2-3\n"
             "TEL: 03-5555-1234  FAX: 03-5555-1235\nMail: taro.yamada@example.co.jp\n")
DET = PersonalData()


def inp(*parts: TextPart, to: str = "sato@customer.co.jp") -> ScanInput:
    return ScanInput(message=ParsedMessage(sender=SENDER, sender_name="山田 太郎"),
                     parts=list(parts), recipients=[make_recipient(to, "", "to", ORG)],
                     org=ORG, sender=SENDER, sender_domain="example.co.jp")


def body(text: str, quoted: bool = False) -> TextPart:
    return TextPart("body", text, quoted=quoted)


def check(i: ScanInput, **params):
    full = {k: v.default for k, v in DET.params.items()}
    full.update(params)
    return DET.check(i, full)


def record_hits(i: ScanInput, n: int = 1):
    return check(i, combination="record", min_records=n, min_confidence=0.5)


def test_signature_contacts_do_not_count():
    i = inp(body("佐藤様\n\nお世話になっております。資料をお送りします。" + SIGNATURE))
    assert check(i, entities=["PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"]) == []
    assert record_hits(i) == []
    counted = check(i, entities=["PHONE_NUMBER"], include_signature=True)
    assert counted and counted[0].args["count"] == 2  # TEL and FAX


def test_senders_own_phone_elsewhere_in_the_body_does_not_count():
    i = inp(body("ご不明な点は 03-5555-1234 までお電話ください。" + SIGNATURE))
    assert check(i, entities=["PHONE_NUMBER"]) == []


def test_another_phone_in_the_body_counts():
    i = inp(body("鈴木さんの携帯は 090-1111-2222 です。" + SIGNATURE))
    hits = check(i, entities=["PHONE_NUMBER"])
    assert hits[0].entities[0].examples == ("090-****-2222",)


def test_quoted_text_does_not_count_by_default():
    quoted = ("氏名：鈴木 花子\n電話：090-1111-2222\n住所：東京都新宿区西新宿2-8-1\n"
              "マイナンバー：123456789018")
    i = inp(body("鈴木様\n\n承知しました。" + SIGNATURE), body(quoted, quoted=True))
    assert check(i, entities=["JP_MY_NUMBER"]) == []
    assert record_hits(i) == []
    assert check(i, entities=["JP_MY_NUMBER"], include_quoted=True)
    assert check(i, combination="record", include_quoted=True, min_confidence=0.5)


def test_quote_marks_set_apart_by_the_extract_stage_do_not_count():
    from mailguard.extract.body import split_quoted

    new, quoted = split_quoted(
        "承知しました。\n\n> マイナンバー：1234 5678 9018\n> 氏名：鈴木 花子")
    i = inp(body(new), body(quoted, quoted=True))
    assert check(i, entities=["JP_MY_NUMBER"]) == []
    assert check(i, entities=["JP_MY_NUMBER"], include_quoted=True)


def test_a_single_name_in_a_reply_is_no_record():
    i = inp(body("鈴木様\n\nご連絡ありがとうございます。鈴木様のお申込みを受け付けました。"
                 + SIGNATURE))
    assert record_hits(i) == []


def test_one_record_and_a_list():
    one = "お申込者\n氏名：鈴木 花子\n電話：090-1111-2222"
    assert len(record_hits(inp(body(one)))) == 1
    assert record_hits(inp(body(one)), 5) == []
    blocks = "\n\n".join(f"氏名：鈴木 花子{i}\n電話：090-1111-22{i:02d}" for i in range(6))
    hits = record_hits(inp(body(blocks)), 5)
    assert hits and hits[0].args["records"] == 6


def test_several_labelled_people_in_one_block_are_several_records():
    text = "\n".join(f"氏名：佐藤 一郎{i}　生年月日：1980年1月{i + 1}日" for i in range(5))
    hits = record_hits(inp(body(text)), 5)
    assert hits and hits[0].args["records"] == 5


def test_table_list_with_a_name_column():
    rows = tuple((f"山田 太郎{i}", f"090-1234-{5600 + i}", f"大阪府大阪市北区梅田1-1-{i}")
                 for i in range(7))
    part = TextPart("attachment:顧客.csv", "…", table=Table(("氏名", "携帯電話", "住所"), rows))
    hits = record_hits(inp(part), 5)
    assert hits[0].where == "attachment:顧客.csv"
    assert hits[0].args["records"] == 7
    assert any("行 1" in e.snippet for e in hits[0].evidence)


def test_shop_list_without_people_is_no_list():
    rows = tuple((f"新宿店{i}", f"東京都新宿区西新宿1-1-{i}", f"03-1234-56{i:02d}")
                 for i in range(8))
    part = TextPart("attachment:stores.csv", "…", table=Table(("店舗名", "住所", "電話番号"), rows))
    assert record_hits(inp(part), 5) == []


def test_sensitive_category_needs_a_person():
    hits = check(inp(body("鈴木一郎さんの診断書を送ります。病名はうつ病です。")),
                 combination="sensitive_with_person", min_confidence=0.5)
    assert hits and "SENSITIVE_CATEGORY" in hits[0].args["types"]
    notice = "研修のご案内：要配慮個人情報（病歴、犯罪歴、信条など）の扱いを学びます。"
    assert check(inp(body(notice)), combination="sensitive_with_person",
                 min_confidence=0.5) == []
    # the addressee's name in the salutation is no person the data is about
    assert check(inp(body("鈴木様\n\n" + notice)), combination="sensitive_with_person",
                 min_confidence=0.5) == []


def test_min_count_and_min_confidence():
    text = "番号 123456789018"  # checksum-valid, no context: 0.3
    assert check(inp(body(text)), entities=["JP_MY_NUMBER"]) == []
    assert check(inp(body(text)), entities=["JP_MY_NUMBER"], min_confidence=0.2)
    two = "マイナンバー：123456789018、111111111118"
    assert check(inp(body(two)), entities=["JP_MY_NUMBER"], min_count=3) == []
    assert check(inp(body(two)), entities=["JP_MY_NUMBER"], min_count=2)


def test_the_same_value_twice_counts_once():
    text = "マイナンバー：123456789018\n\n再掲：マイナンバー 1234-5678-9018"
    assert check(inp(body(text)), entities=["JP_MY_NUMBER"])[0].args["count"] == 1


def test_unknown_params_are_refused():
    with pytest.raises(ValueError):
        check(inp(body("x")), entities=["JP_NOPE"])
    with pytest.raises(ValueError):
        check(inp(body("x")), combination="pairs")


def test_no_value_in_the_clear_leaves_the_detector():
    values = ["123456789018", "4111111111111111", "090-1111-2222", "hanako.suzuki@gmail.com",
              "西新宿2-8-1", "鈴木 花子", "1985年4月12日"]
    text = ("氏名：鈴木 花子\nマイナンバー：123456789018\nカード番号：4111111111111111\n"
            "携帯：090-1111-2222\nメール：hanako.suzuki@gmail.com\n住所：東京都新宿区西新宿2-8-1\n"
            "生年月日：1985年4月12日")
    i = inp(body(text))
    out = []
    for params in ({}, {"combination": "record", "min_confidence": 0.5},
                   {"entities": ["JP_MY_NUMBER", "CREDIT_CARD"]}):
        for h in check(i, **params):
            out.append(json.dumps(asdict(h), ensure_ascii=False, default=str))
    dump = "\n".join(out)
    assert "1234 ****" in dump or "1234*" in dump
    for v in values:
        assert v not in dump, v


def test_scan_incomplete_rule(monkeypatch):
    from mailguard.detect.entities import address

    def boom(*a, **k):
        raise ScanTimeout("test")

    monkeypatch.setattr(address, "match", boom)
    i = inp(body("住所：東京都千代田区千代田1-1"))
    hits = check(i, scan_incomplete=True)
    assert hits and hits[0].where == "body"
    assert check(inp(body("こんにちは")), scan_incomplete=True) == []


def test_signature_scanned_on_request_even_when_nothing_else_was_found():
    i = inp(body("佐藤様\n\n資料をお送りします。" + SIGNATURE))
    assert check(i, entities=["JP_ADDRESS"]) == []
    hits = check(i, entities=["JP_ADDRESS", "EMAIL_ADDRESS"], include_signature=True)
    assert {e.type for e in hits[0].entities} == {"JP_ADDRESS", "EMAIL_ADDRESS"}
