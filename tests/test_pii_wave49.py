"""From a forty-ninth blind wave (issue 9), written afresh here: a family's My Numbers
written in groups after whose they are, a card given as "Card:", a health card's symbol
with a place's kanji, and a box-framed stamp."""

from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.detect.checksums import is_my_number
from mailguard.policy.verdict import Action

SIG = "\n\n--\n相沢 美帆\n株式会社エグザンプル 人事課\nTEL 03-5555-0491\n"


def _valid(prefix: str) -> str:
    return next(prefix + str(d) for d in range(10) if is_my_number(prefix + str(d)))


def test_a_familys_numbers_in_groups_after_whose_they_are():
    a, b = _valid("12345678901"), _valid("98765432109")
    body = ("社労士事務所 ご担当 様\n\n扶養家族の分です。\n\n"
            f"長男　相沢 陸　　{a[:4]}　{a[4:8]}　{a[8:]}\n"
            f"長女　相沢 澪　　{b[:4]}　{b[4:8]}　{b[8:]}\n" + SIG)
    v = judge_mail(make_mail(to=["office@sr-example.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "my-number" in rules_fired(v)


def test_grouped_digits_after_no_relation_stay_unlabelled():
    a = _valid("12345678901")
    body = ("配送会社 ご担当 様\n\n問い合わせ番号：\n" f"　{a[:4]} {a[4:8]} {a[8:]}\n" + SIG)
    v = judge_mail(make_mail(to=["cs@courier-example.co.jp"], body=body))
    assert "my-number" not in rules_fired(v)


def test_a_card_given_as_card_and_exp():
    body = ("Hi Janet,\n\nPlease charge the extra storage to my own card:\n"
            "Card: 3528030322047733\nExp: 11/28\n\nThanks,\nMiho\n")
    v = judge_mail(make_mail(to=["janet@mover-example.com"], body=body, subject="Storage"))
    assert "credit-card-number" in rules_fired(v)


def test_a_health_cards_symbol_with_a_places_kanji():
    body = ("病院 医事課 ご担当 様\n\n保険証の写しの内容です。\n"
            "　氏名　　　：相沢 陸 様\n　記号・番号：川崎４１・２２０８１\n" + SIG)
    v = judge_mail(make_mail(to=["iji@hospital-example.or.jp"], body=body))
    assert "identity-document-numbers" in rules_fired(v)


def test_a_stamp_framed_in_a_box_marks_the_mail():
    body = ("┃　取扱注意　関係者限り　┃\n\n調査会社 岩城様\n\n調査方針をお送りします。\n" + SIG)
    v = judge_mail(make_mail(to=["iwaki@investigate-example.jp"], body=body))
    assert "confidential-marking-external" in rules_fired(v)
