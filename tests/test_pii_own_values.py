"""What the words around a value say of it (issue 9, dev halves): a label that already
has its own value on the line (（社員番号 K30211）) is not the label of the number after
it; a desk addressed with an honorific (ご婚礼担当者様) is no one's name; stalking is a
victim's; a death notice's stock phrase (かねて療養中のところ…永眠) tells no living
person's health."""

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


def test_a_desk_addressed_with_an_honorific_is_no_one():
    body = ("ホテル青嵐 ご婚礼担当者様\n\nお世話になっております。\n"
            "披露宴の料理について伺います。アレルギーの除去食や、ハラール対応は可能でしょうか。"
            + SIG)
    v = judge_mail(make_mail(to=["bridal@hotel-example.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)
    assert "PERSON_NAME" not in verdict_types(v)


def test_a_named_colleague_who_suffered_stalking():
    body = ("社会保険労務士 先生\n\nご相談です。\n"
            "総務課の日下 彩花さんが、以前の取引先社員からストーカー行為を受けており、"
            "当面は時差出勤を認めたいと考えています。" + SIG)
    v = judge_mail(make_mail(to=["office@sr-example.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_death_notices_stock_phrase_tells_no_living_persons_health():
    body = ("新聞社 広告局 御中\n\n下記の通り社告の掲載をお願いいたします。\n\n"
            "　当社名誉顧問 鷹野 正臣 儀\n"
            "　かねてより病気療養中のところ十一月二日永眠いたしました\n"
            "　ここに生前のご厚誼に深謝し謹んでご通知申し上げます\n" + SIG)
    v = judge_mail(make_mail(to=["ad@shinbun-example.co.jp"], body=body))
    assert "sensitive-personal-data" not in rules_fired(v)


def test_a_living_colleagues_treatment_is_still_sensitive():
    body = ("保険代理店 ご担当者様\n\n当社の鷹野 正臣は病気療養中のため、"
            "契約の手続きは代理の者が伺います。" + SIG)
    v = judge_mail(make_mail(to=["agent@hoken-example.co.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)
