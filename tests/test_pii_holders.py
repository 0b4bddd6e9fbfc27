"""Whose number it is: the name beside an identity document, a card or a transliteration
(issue 9, from fresh examples).  A held message should say it carries a person's name,
not only a number: the privacy office counts names and numbers together."""

import json

from mailfactory import entity_types, judge_mail, make_mail

from mailguard.detect import scan
from mailguard.extract.base import TextPart

SIG = "\n\n--\n相良 美月\n株式会社エグザンプル 総務課\nTEL 03-5555-0188\n"


def names_in(text: str) -> list[str]:
    ps = scan.scan_part(TextPart("body", text), scan.recognizers())
    return [text[f.start:f.end] for fs in ps.units.values() for f in fs
            if f.type == "PERSON_NAME"]


def test_a_form_value_aligned_far_from_its_label_is_read():
    text = ("  Full name:                 OKONKWO ADAEZE\n"
            "  Date of birth:             1988-02-11\n"
            "  Passport no.:              TR5520194\n")
    assert names_in(text) == ["OKONKWO ADAEZE"]


def test_passport_style_surname_and_given_name_are_one_name():
    text = "　SURNAME / GIVEN NAME：MOROZUMI / HINATA\n　旅券番号：TK3390817\n"
    assert names_in(text) == ["MOROZUMI / HINATA"]


def test_the_card_holder_and_the_tenant_to_be_are_names():
    assert names_in("Card holder : KEIKO WATARAI\nCard number: 4980 1234 5678 9010\n") == [
        "KEIKO WATARAI"]
    assert names_in("入居予定者：呉 志明\n生年月日：1992年5月1日\n") == ["呉 志明"]


def test_a_katakana_name_with_its_romaji_in_brackets_in_either_order():
    assert names_in("2) ファム・ティ・ラン（PHAM THI LAN）\n　生年月日 2001年1月9日\n") == [
        "ファム・ティ・ラン"]
    assert names_in("申請者：PHAM THI LAN（ファム ティ ラン）\n") == ["PHAM THI LAN"]


def test_a_company_or_a_product_with_its_romaji_is_no_name():
    assert names_in("会議はマイクロソフト・チームズ（Microsoft Teams）で行います。\n"
                    "請求先：ノース・ロジスティクス（North Logistics Co）\n") == []


def test_a_foreign_employees_residence_card_mail_names_the_person_masked():
    body = ("管理会社 ご担当者様\n\n社宅の入居審査書類です。\n\n"
            "入居予定者：SILVA PEREIRA JOAO（シルバ ペレイラ ジョアン）\n"
            "生年月日：1995年10月30日\n在留カード番号：AB12345678CD\n" + SIG)
    raw = make_mail(to=["shinsa@kanri-example.co.jp"], body=body)
    assert {"PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"} <= entity_types(raw)
    out = json.dumps(judge_mail(raw).to_json(), ensure_ascii=False)
    assert "SILVA" not in out and "AB12345678CD" not in out


def test_a_depositor_in_half_width_kana_is_a_name():
    assert names_in("　預金者名：ﾊｾｶﾞﾜ ｼﾞｭﾝﾍﾟｲ\n　口座番号：3307715\n") == ["ﾊｾｶﾞﾜ ｼﾞｭﾝﾍﾟｲ"]


def test_an_irish_surname_is_a_name():
    assert names_in("  Name: Ms. Aoife O'Sullivan\n  Phone: 080-4471-2290\n") == [
        "Aoife O'Sullivan"]


def test_a_form_line_with_a_number_label_is_no_table_header():
    # 「個人番号　：…」 is a label and its value: the account under it is the same person's
    text = ("　氏名　　　　　：五十嵐 楓\n　個人番号　　　：123456789018\n"
            "　育休開始日　　：2026年4月1日\n　振込口座　　　：本町支店 普通 4471920\n")
    ps = scan.scan_part(TextPart("body", text), scan.recognizers())
    units = {u: {f.type for f in fs} for u, fs in ps.units.items()}
    assert list(units.values()) == [{"PERSON_NAME", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"}]


def test_a_name_with_sama_under_the_greeting_is_a_third_person_not_the_addressee():
    # 「○○様」 on one of the first lines is the addressee, who knows their own details;
    # after the greeting it is the person the mail is about (a gift sent to their home)
    body = ("ギフト工房 ご担当者様\n\nいつもありがとうございます。\n\n"
            "送り先　大郷 千尋 様\n　　　　〒330-0064 埼玉県さいたま市浦和区岸町5-2-7\n"
            "　　　　TEL 080-2214-6630\n" + SIG)
    raw = make_mail(to=["order@gift-example.jp"], body=body)
    assert {"PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"} <= entity_types(raw)
    assert names_in("大郷 千尋 様\n\n来週の打合せの件です。\n") == []
