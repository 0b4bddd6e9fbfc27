"""From the sixty-second blind wave (issue 9), written afresh here: a foreign passport of a
letter and nine digits under its label, and a numbered first column of names."""

from extractkit import xlsx
from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SIG = "\n\nBest regards,\nMika Sato\nExample Trading Co., Ltd.\nTel: +81-3-5555-0720\n"


def _types(v):
    return {e.type for f in v.findings for e in f.entities}


def test_a_passport_of_a_letter_and_nine_digits_under_its_label():
    body = ("Dear screening team,\n\nPlease run the sanctions check on the new supplier's "
            "director.\n\n  Director : LIM HUI MIN\n  Date of birth: 02 JUL 1981\n"
            "  Passport No.: K307716452\n" + SIG)
    v = judge_mail(make_mail(to=["check@screening-example.jp"], body=body))
    assert "identity-document-numbers" in rules_fired(v)
    assert v.action >= Action.HOLD


def test_a_letter_and_nine_digits_without_the_label_is_no_passport():
    body = ("Dear team,\n\nThe passport office is closed next week. Our shipment reference "
            "is K307716452 as before.\n" + SIG)
    v = judge_mail(make_mail(to=["check@screening-example.jp"], body=body))
    assert "JP_PASSPORT" not in _types(v)


def test_numbered_rows_of_a_comma_separated_list_name_their_people():
    rows = "\n".join(f"{i}. {n}, {p}, {m}, S/N XR-{i:03d}" for i, (n, p, m) in enumerate([
        ("Kuwabara Mio", "090-4410-2871", "mio.kuwa@gmail.com"),
        ("Onozuka Shun", "080-7712-0934", "shun-ono@yahoo.co.jp"),
        ("Takeda Rin", "070-3318-5520", "rin.t77@icloud.com"),
        ("Maebara Ko", "090-2207-6613", "maebara.ko@docomo.ne.jp"),
        ("Iwashita Nao", "080-6651-4402", "nao.iwa@outlook.jp")], 1))
    body = ("Dear partner,\n\nThe customers below agreed to your visit.\n\n"
            "Name, phone, e-mail, serial number\n" + rows + "\n" + SIG)
    v = judge_mail(make_mail(to=["service@partner-example.com.tw"], body=body))
    assert v.action >= Action.HOLD
    assert "PERSON_NAME" in _types(v)


def test_a_column_of_injuries_is_special_care_data():
    rows = [["氏名", "電話番号", "受傷内容"],
            ["浅見 真央", "090-2218-7740", "右手甲のやけど"],
            ["戸田 翔", "080-6630-1925", "指先の切り傷"]]
    v = judge_mail(make_mail(to=["lab@test-example.co.jp"], body="事例の一覧です。" + SIG,
                             attachments=[("事例.xlsx", xlsx({"事例": rows}), XLSX)]))
    assert "sensitive-personal-data" in rules_fired(v)
