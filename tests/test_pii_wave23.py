"""From the dev half's known misses and a twenty-third blind wave (issue 9), written afresh
here: a person's number named by the word for the person (スタッフNo), lists that give
each person's age beside the name."""

from extractkit import xlsx
from mailfactory import judge_mail, make_mail

from mailguard.policy.verdict import Action

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
JSIG = "\n\n--\n大森 由佳\n株式会社エグザンプル 総務課\nTEL 03-5555-0150\n"


def _names_with(number_header: str) -> bytes:
    rows = [[number_header, "氏名", "出勤日数", "実働時間"]]
    people = ["宮ノ下 千景", "堀之内 亘", "阿久津 美里", "鶴岡 洋平", "水無瀬 楓", "長船 健太"]
    rows += [[f"P{3011 + i}", n, 18 + i % 3, f"{150 + i}.5"] for i, n in enumerate(people)]
    return xlsx({"10月": rows})


def test_a_roster_of_names_under_a_persons_number_column_is_held():
    for header in ("スタッフNo", "選手ID", "受講者番号"):
        raw = make_mail(to=["kintai@agency-example.co.jp"], body="10月分の実績です。" + JSIG,
                        attachments=[("実績.xlsx", _names_with(header), XLSX)])
        assert judge_mail(raw).action >= Action.HOLD, header


def test_a_price_list_under_a_product_number_column_is_not_a_roster():
    rows = [["商品No", "品名", "単価", "在庫"]]
    rows += [[f"K-{100 + i}", n, 1200 + i * 10, 5] for i, n in
             enumerate(["角型封筒", "長形3号封筒", "クリアファイル", "付箋 大", "ボールペン 黒",
                        "修正テープ"])]
    raw = make_mail(to=["order@supply-example.co.jp"], body="在庫表です。" + JSIG,
                    attachments=[("在庫.xlsx", xlsx({"在庫": rows}), XLSX)])
    assert judge_mail(raw).action < Action.DELAY


def test_a_list_of_named_people_with_their_ages_is_held():
    body = ("評価結果を共有いたします。\n\n"
            "・門倉 瑞穂（34歳）　判定B　面談済み\n"
            "・東條 拓実（45歳）　判定A\n"
            "・仁科 あかね（29歳）　判定C　要フォロー\n"
            "・百瀬 誠一郎（52歳）　判定B\n"
            "・早乙女 由紀（38歳）　判定A\n" + JSIG)
    raw = make_mail(to=["hyoka@consult-example.co.jp"], body=body)
    v = judge_mail(raw)
    assert v.action >= Action.HOLD
    assert all("瑞穂" not in e for f in v.findings for en in f.entities for e in en.examples)


def test_ages_without_names_are_no_list():
    body = ("イベント参加条件のご案内です。\n\n"
            "・キッズコース（5歳〜8歳）　定員20名\n"
            "・ジュニアコース（9歳〜12歳）　定員20名\n"
            "・シニアコース（65歳以上）　定員15名\n"
            "・一般コース（18歳以上）　定員30名\n"
            "・親子コース（3歳以上）　定員10組\n" + JSIG)
    raw = make_mail(to=["event@partner-example.co.jp"], body=body)
    assert judge_mail(raw).action < Action.DELAY
