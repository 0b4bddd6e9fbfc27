"""Values whose label or context sits a little apart from them (issue 9, dev halves):
a label that already has its own value on the line (（社員番号 K30211）) is not the
label of the number after it."""

from mailfactory import judge_mail, make_mail, rules_fired, verdict_types

SIG = "\n\n--\n山田 太郎\n株式会社エグザンプル\nTEL 03-5555-0682\n"
# a check-digit-valid 個人番号 (checksums.my_number_check_digit)
MY_NUMBER = "312942484480"


def test_a_my_number_after_an_employee_code_in_brackets():
    body = ("給与計算センター ご担当者様\n\n"
            "先日の個人番号カードの写しで確認した番号をお送りします。\n\n"
            f"　梶ヶ谷 俊介（社員番号 K30211）　{MY_NUMBER}\n\n再計算をお願いいたします。" + SIG)
    v = judge_mail(make_mail(to=["center@payroll-example.co.jp"], body=body))
    assert "my-number" in rules_fired(v)
    assert "JP_MY_NUMBER" in verdict_types(v)


def test_an_employee_code_that_is_the_numbers_own_label_still_drops_it():
    # the label right before the number, with nothing of its own: an employee number
    body = f"ご担当者様\n\n下記の方の入館証を発行してください。\n\n　社員番号 {MY_NUMBER}\n" + SIG
    v = judge_mail(make_mail(to=["desk@building-example.co.jp"], body=body))
    assert "my-number" not in rules_fired(v)
