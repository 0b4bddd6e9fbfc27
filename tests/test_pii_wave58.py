"""From the fifty-eighth blind wave (issue 9), written afresh here: a person with a rare
surname named before an age in brackets, beside a disability."""

from mailfactory import judge_mail, make_mail, rules_fired

SIG = "\n\n--\n水無瀬 かおり\n株式会社エグザンプル 業務課\nTEL 03-5555-0153\n"


def test_a_rare_surname_before_an_age_in_brackets_beside_a_disability():
    body = ("管財課 ご担当者様\n\nご相談です。\n"
            "当該ポストに配置予定の月見里 和也（42歳）は、聴覚障害（身体障害者手帳 4級）があり、"
            "補聴器を使用しております。\n" + SIG)
    v = judge_mail(make_mail(to=["kanzai@univ-example.ac.jp"], body=body))
    assert "sensitive-personal-data" in rules_fired(v)
