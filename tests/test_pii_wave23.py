"""From the dev half's known misses and a twenty-third blind wave (issue 9), written afresh
here: a person's number named by the word for the person (スタッフNo), lists that give
each person's age beside the name."""

from extractkit import pdf, xlsx
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


def _entity_types(v) -> set[str]:
    return {e.type for f in v.findings if f.action >= Action.WARN for e in f.entities}


def test_a_vendor_comparison_with_an_allergy_friendly_caterer_passes():
    body = ("ご参考までに、候補の比較です。\n\n"
            "業者名,1名単価,最低人数,備考\n"
            "デリカ四季彩,5400,60,和食中心\n"
            "ビストロ東雲,6100,40,アレルギー対応可\n"
            "みやび膳,4900,80,配膳スタッフ込み\n" + JSIG)
    v = judge_mail(make_mail(to=["plan@events-example.co.jp"], body=body))
    assert v.action < Action.DELAY
    assert not _entity_types(v) & {"PERSON_NAME", "SENSITIVE_CATEGORY"}


def test_results_of_a_building_survey_are_not_anyones_health():
    body = ("塗装班 御中\n\n今週の耐震診断の訪問先です。\n\n"
            "・真柴 篤志様　080-4471-2093　築31年 木造\n"
            "・古閑 早苗様　090-2284-6610　築27年 軽量鉄骨\n\n"
            "診断結果は金曜までに共有フォルダへお願いします。\n" + JSIG)
    v = judge_mail(make_mail(to=["tosou@paint-example.co.jp"], body=body))
    assert "SENSITIVE_CATEGORY" not in _entity_types(v)
    assert v.action < Action.HOLD


def test_an_invoice_with_the_issuers_account_and_footer_is_no_ones_record():
    page = ["御請求書", "芝崎 様", "請求書番号 INV-0932　発行日 2026年11月30日",
            "ご請求金額 412,500円（税込）",
            "お振込先：さくら銀行 本町支店 普通 4407815 カ）エグザンプルケンセツ",
            "株式会社エグザンプル建設　登録番号 T8010401098765",
            "〒330-0846 埼玉県さいたま市大宮区大門町2-118 TEL 048-640-1130"]
    v = judge_mail(make_mail(to=["shibazaki.home@gmail.com"], body="請求書をお送りします。" + JSIG,
                             attachments=[("請求書.pdf", pdf([page]), "application/pdf")]))
    assert not _entity_types(v) & {"JP_BANK_ACCOUNT", "JP_ADDRESS", "PHONE_NUMBER"}
    # a person's own account still is one
    body2 = ("返金のご案内です。\n\n返金先：さくら銀行 本町支店 普通 4407815 シバザキ ミノル\n"
             "ご住所：埼玉県さいたま市大宮区大門町2-118\n" + JSIG)
    v2 = judge_mail(make_mail(to=["bank@other-example.co.jp"], body=body2))
    assert "JP_BANK_ACCOUNT" in _entity_types(v2)


def test_the_second_line_of_each_record_is_reported_with_it():
    lines = []
    for i, (n, t) in enumerate([("大楠 絹代", "昭和22年3月4日"), ("宇津木 稔", "昭和19年9月30日"),
                                ("蔵元 文子", "昭和25年1月12日"), ("笹目 清", "昭和17年6月8日"),
                                ("天羽 春江", "昭和21年11月21日")]):
        lines.append(f"◆{n}様　{t}生　048-771-{2040 + i}")
        lines.append(f"　埼玉県川口市並木{i + 1}-{3 + i}-{12 + i}　独居")
    body = "ご紹介候補のお客様です。\n\n" + "\n".join(lines) + "\n" + JSIG
    v = judge_mail(make_mail(to=["teikei@partner-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    listed = next(f for f in v.findings if f.rule == "personal-data-list")
    assert {e.type: e.count for e in listed.entities}.get("JP_ADDRESS") == 5


def test_a_phone_under_a_dash_line_is_the_senders_signature():
    body = ("警備保障 ご担当者様\n\n入寮者の 雲母 正樹 さんは聴覚障害があり、警報音が聞こえません。"
            "光警報器の設置をご相談させてください。\n――\n若葉寮 寮監　大森 由佳\n"
            "管理室 048-255-3390\n")
    v = judge_mail(make_mail(to=["kikai@guard-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "PHONE_NUMBER" not in _entity_types(v)


def test_names_as_passports_and_cards_write_them_are_reported():
    body = ("旅行センター 御中\n\n発券用の旅券情報です。\n\n"
            "・TAKEMURA / RIKU　　旅券番号 TZ3301874　生年月日 2008年4月2日\n"
            "・OGASAWARA / MEI　　旅券番号 TZ5527410　生年月日 2009年7月19日\n"
            "・KAJIWARA / SHOKO　　旅券番号 TK8812093　生年月日 1979年12月1日\n" + JSIG)
    v = judge_mail(make_mail(to=["kokusai@travel-example.co.jp"], body=body))
    assert v.action >= Action.HOLD
    assert "PERSON_NAME" in _entity_types(v)
    body = ("行政書士事務所 御中\n\n　氏名　　　　：LIN WEI-HAO\n　生年月日　　：1999年3月8日\n"
            "　在留カード番号：AB12345678CD\n" + JSIG)
    assert "PERSON_NAME" in _entity_types(
        judge_mail(make_mail(to=["office@gyosei-example.jp"], body=body)))


def test_a_holder_column_headed_meigi_names_the_cardholders():
    csv = ("受付日,注文番号,カード番号,名義,金額\r\n"
           "2026/10/02,A-1001,4980004829541216,MORIOKA HARUKA,5480\r\n"
           "2026/10/09,A-1044,5105105105105100,TSUJI KENTA,12800\r\n").encode("cp932")
    v = judge_mail(make_mail(to=["cb@pay-example.co.jp"], body="照会の回答です。" + JSIG,
                             attachments=[("cb.csv", csv, "text/csv")]))
    assert v.action >= Action.HOLD
    assert "PERSON_NAME" in _entity_types(v)


def test_a_log_of_readings_after_times_names_its_people():
    rows = ["09:40  ワシズ ミオ       090-3318-2051  mio.w88@icloud.com",
            "10:05  カネシロ ユウト   080-2267-9310  yuto_k@docomo.ne.jp",
            "11:30  ミナセ ハルカ     070-4412-0873  haruka.m3@gmail.com",
            "13:10  アダチ ソウ       090-7741-5526  sou.adachi@outlook.jp",
            "15:45  クゼ リナ         080-9902-1184  kuze.rina@au.com"]
    log = ("受付ログ 2026-11-02\n" + "\n".join(rows) + "\n").encode()
    v = judge_mail(make_mail(to=["support@vendor-example.co.jp"], body="ログを添付します。" + JSIG,
                             attachments=[("log.txt", log, "text/plain")]))
    assert v.action >= Action.HOLD
    assert "PERSON_NAME" in _entity_types(v)
