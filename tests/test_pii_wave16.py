"""From a sixteenth blind wave (issue 9), written afresh here: a transfer file pasted as it
is, its holders in half-width kana."""

from email import message_from_bytes
from email.policy import default
from email.utils import formataddr

from mailfactory import entity_types, judge_mail, make_mail

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n大森 由佳\n株式会社エグザンプル 経理課\nTEL 03-5555-0150\n"


def test_a_fixed_width_transfer_file_pasted_in_the_body_is_held():
    rows = [("0138", "205", "1", "4417203", "ｻｲﾄｳ ﾐﾅﾐ", "0000212400"),
            ("0009", "612", "1", "0982231", "ﾎﾝﾀﾞ ｹﾝｼﾞ", "0000187000"),
            ("0005", "041", "2", "7730194", "ｸﾛｶﾜ ｱﾔﾉ", "0000096500"),
            ("0138", "118", "1", "5521806", "ﾐﾔｻﾞｷ ﾘｮｳ", "0000230150"),
            ("0001", "332", "1", "1149027", "ﾂｼﾞ ﾏﾕﾐ", "0000175300"),
            ("0009", "207", "1", "6603418", "ｵｶﾞﾜ ｼｭﾝ", "0000142800")]
    lines = "\n".join(f"2{b}{br}{t}{acc}{name:<24}{amt}" for b, br, t, acc, name, amt in rows)
    body = ("給与振込代行 ご担当者様\n\nお世話になっております。\n"
            "差し戻しのあった明細レコードを以下に貼り付けます。\n\n" + lines + "\n" + JSIG)
    raw = make_mail(to=["furikomi@payroll-example.co.jp"], body=body)
    v = judge_mail(raw)
    assert v.action >= Action.HOLD
    assert {"JP_BANK_ACCOUNT", "PERSON_NAME"} <= entity_types(raw)
    shown = " ".join(x for f in v.findings for e in f.entities for x in e.examples)
    assert "4417203" not in shown and "ｻｲﾄｳ ﾐﾅﾐ" not in shown


def test_one_transfer_line_or_a_companys_kana_name_is_no_list():
    body = ("ご担当者様\n\n振込先のご確認です。\n\n"
            "2013812345678901ｶ)ｴｸﾞｻﾞﾝﾌﾟﾙ ｼｮｳｼﾞ  0001200000\n" + JSIG)
    raw = make_mail(to=["keiri@vendor-example.co.jp"], body=body)
    assert judge_mail(raw).action < Action.DELAY
    assert "PERSON_NAME" not in entity_types(raw)


def test_a_customer_named_with_sama_beside_an_address_without_its_prefecture_is_one_record():
    body = ("配送センター ご担当者様\n\nお世話になっております。\n"
            "再配達先の変更がありましたのでお知らせします。\n\n"
            "ご依頼主：宇佐美 千晶 様\nお届け先：西区南幸2-17-8 ルミエール横浜804\n" + JSIG)
    raw = make_mail(to=["haiso@logi-example.co.jp"], body=body)
    assert {"PERSON_NAME", "JP_ADDRESS"} <= entity_types(raw)
    assert judge_mail(raw).action < Action.DELAY  # one person: a warning at most


def test_a_customer_with_the_senders_family_name_is_not_the_sender():
    # the sender is 大森 由佳 (From and signature); the customer is another 大森
    body = ("保険金請求窓口 ご担当者様\n\nお世話になっております。\n"
            "ご契約者の大森様が、先週の転倒で右手首を骨折され入院されました。\n"
            "ご連絡先は 090-7712-4403 です。\n" + JSIG)
    msg = message_from_bytes(make_mail(to=["claim@ins-example.co.jp"], body=body,
                                       sender="omori@example.co.jp"), policy=default)
    msg.replace_header("From", formataddr(("大森 由佳", "omori@example.co.jp")))
    v = judge_mail(msg.as_bytes())
    sensitive = [f for f in v.findings if f.rule == "sensitive-personal-data"]
    assert sensitive and "PERSON_NAME" in {e.type for e in sensitive[0].entities}
