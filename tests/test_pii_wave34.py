"""From a thirty-fourth blind wave (issue 9), written afresh here: appraisals and breath
tests as a person's attributes, a header whose first column names are one space apart, a
contract's definition of personal information, a notice to people with disabilities and
others, 仕様 after a long word, a nine-digit passport under its label."""

from extractkit import docx
from mailfactory import judge_mail, make_mail, verdict_types

from mailguard.policy.verdict import Action

JSIG = "\n\n--\n須藤 直人\n株式会社エグザンプル 営業所\nTEL 04-2955-0310\n"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"



def test_temp_drivers_appraisals_are_a_list_of_people():
    body = ("派遣元ご担当者様\n\n6月度の評価をお送りします。\n"
            "氏名\t評価\t遅刻\tコメント\n"
            "真壁 大輔\tA\t遅刻 0回\t丁寧\n小宮 康弘\tB\t遅刻 1回\t報告がやや不足\n"
            "中嶋 竜也\tC\t遅刻 4回\t継続不可\n蛭川 正臣\tB\t遅刻 0回\t点検の記録漏れ\n"
            "増田 直樹\tA\t遅刻 0回\t問題なし\n" + JSIG)
    assert judge_mail(make_mail(to=["haken@staff-example.co.jp"], body=body)).action \
        >= Action.HOLD


def test_breath_test_readings_under_a_header_of_one_space_are_records():
    rows = [("K12789", "福島 沙織", "5:21", "0.00"), ("S20508", "小比類巻 聡", "5:10", "0.12"),
            ("O22181", "与那覇 義男", "5:21", "0.00"), ("O18247", "石黒 葉月", "5:14", "0.00"),
            ("O15118", "上村 伸吾", "5:14", "0.09")]
    body = ("サポートセンター ご担当者様\n\n点呼の記録です。\n"
            "  社員番号 氏名         時刻   測定値(mg/L)\n"
            + "\n".join(f"  {e}  {n:<8}  {t}  {r}" for e, n, t, r in rows) + "\n" + JSIG)
    v = judge_mail(make_mail(to=["support@checker-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "PERSON_NAME" in verdict_types(v)


def test_a_contracts_definition_of_personal_information_is_no_ones():
    doc = docx(["秘密保持契約書（案）",
                "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する利用者の氏名、"
                "病歴その他の個人情報、及び甲の営業上の情報をいう。",
                "甲：株式会社エグザンプル　乙：片桐治療院こと片桐 修"])
    mail = make_mail(to=["in@chiryoin-example.jp"], body="契約書（案）を添付いたします。\n",
                     attachments=[("nda.docx", doc, DOCX)])
    assert judge_mail(mail).action < Action.DELAY


def test_a_notice_to_people_with_disabilities_and_others_is_no_ones_condition():
    body = ("竹中様\n\n次年度仕様書案への意見です。\n"
            "障害のある方・外国籍の方への配慮事項（手話通訳、多言語対応）の情報は、"
            "閲覧権限を限定してはどうか。\n" + JSIG)
    v = judge_mail(make_mail(to=["kikaku@city-example.lg.jp"], body=body))
    assert v.action < Action.DELAY


def test_a_nine_digit_passport_under_its_label_is_a_passport():
    body = ("Dear Reservations team,\n\nDetails for the foreign guest registration:\n"
            "  Name:            Mr. Thomas Arthur HALE\n"
            "  Date of birth:   4 Mar 1968\n"
            "  Passport number: 533218047\n\nKind regards,\nDaniel\n")
    v = judge_mail(make_mail(to=["reservations@hotel-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "JP_PASSPORT" in verdict_types(v)


def test_nine_digits_under_another_label_are_no_passport():
    body = ("Dear team,\n\nPassport holders please note:\nOrder number: 533218047\n"
            "Kind regards,\nDaniel\n")
    assert "JP_PASSPORT" not in verdict_types(judge_mail(
        make_mail(to=["reservations@hotel-example.co.jp"], body=body)))
