"""From the fifty-ninth blind wave (issue 9), written afresh here: a surname the
dictionary does not know, set one space before a given name, beside a diagnosis."""

from mailfactory import judge_mail, make_mail, rules_fired

from mailguard.policy.verdict import Action

SIG = "\n\n--\n佐伯 真理子\n株式会社エグザンプル 労務課\nTEL 03-5555-0210\n"


def test_an_unknown_surname_a_space_before_a_given_name_beside_a_diagnosis():
    body = ("田辺先生\n\n休職中の社員の件でご相談です。\n"
            "品質保証部の薬袋 千夏（2024年1月から私傷病休職）が、来年1月末で満了となります。\n"
            "産業医面談では「双極性障害の寛解には至っておらず」との意見でした。\n" + SIG)
    v = judge_mail(make_mail(to=["tanabe@law-example.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)


def test_a_noun_a_space_before_a_word_is_no_name():
    body = ("田辺先生\n\nご相談です。\n品質保証部の体制 強化（2024年1月から）について、"
            "ご意見をいただけますか。\n" + SIG)
    v = judge_mail(make_mail(to=["tanabe@law-example.jp"], body=body))
    assert v.action < Action.DELAY
