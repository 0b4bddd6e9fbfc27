"""Blind corpus — area: homenursing.

日の出産業株式会社 訪問看護ステーションひので (本所: 西多摩郡日の出町, サテライト: あきる野・青梅):
訪問スケジュール、利用者の看護計画・バイタル、主治医・ケアマネジャーへの報告、
家族の連絡先、看護師のシフトと携帯、福祉用具レンタル会社とのやりとり。
My Number / card seeds start at 2701.
"""

from __future__ import annotations

import unicodedata

from build import card_number, my_number

DOM = "hinode-sangyo.co.jp"


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(s))


def pad(rows, rule="-", gap=2):
    """Columns padded with ASCII spaces under a header and a rule line."""
    widths = [max(_w(r[i]) for r in rows if i < len(r)) for i in range(len(rows[0]))]
    out = []
    for n, r in enumerate(rows):
        cells = [str(c) + " " * (widths[i] - _w(c)) for i, c in enumerate(r)]
        out.append((" " * gap).join(cells).rstrip())
        if n == 0:
            out.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(out)


def zpad(rows):
    """Columns padded with full-width spaces (as pasted from a Word table)."""
    widths = [max(_w(r[i]) for r in rows if i < len(r)) for i in range(len(rows[0]))]
    out = []
    for n, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            d = widths[i] - _w(c)
            cells.append(str(c) + "\u3000" * (d // 2) + " " * (d % 2))
        out.append("\u3000".join(cells).rstrip())
        if n == 0:
            out.append("─" * ((sum(widths) + 2 * len(widths)) // 2))
    return "\n".join(out)


def tsv(rows):
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def html_table(rows, border=1):
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return (f'<table border="{border}" cellpadding="4" style="border-collapse:collapse">'
            f"<tr>{head}</tr>{body}</table>")


# -- signatures ------------------------------------------------------------------------

STATION = ("日の出産業株式会社 訪問看護ステーションひので\n"
           "〒190-0182 東京都西多摩郡日の出町平井2丁目14番地6 ひのでメディカルビル2F\n"
           "TEL 042-597-3810 / FAX 042-597-3811")


def sig(name, role, mail, extra=""):
    s = f"\n--\n{role} {name}\n{STATION}\nMail: {mail}"
    if extra:
        s += "\n" + extra
    return s


SIG_MORINAGA = sig("森永 千景", "管理者／看護師", f"c.morinaga@{DOM}", "携帯 080-4417-2209（管理者当番）")
SIG_OTAKA = sig("大鷹 理沙", "看護師", f"r.otaka@{DOM}")
SIG_SHINOZUKA = ("\n━━━━━━━━━━━━━━━━━━━━━━\n 訪問看護ステーションひので 事務 篠塚 良子\n"
                 " 〒190-0182 東京都西多摩郡日の出町平井2-14-6\n TEL 042-597-3810（代）FAX 042-597-3811\n"
                 f" y.shinozuka@{DOM}\n━━━━━━━━━━━━━━━━━━━━━━")
SIG_TATEWAKI = sig("帯刀 健吾", "理学療法士", f"k.tatewaki@{DOM}")
SIG_MITARAI = sig("御手洗 葵", "主任看護師", f"a.mitarai@{DOM}", "直通 042-597-3815")
SIG_DOMEKI = ("\n――――――――――――――――――\n日の出産業株式会社 総務部 百目鬼 聡\n"
              "〒190-0164 東京都あきる野市五日市町中央1-3-20\nTEL 042-596-0101（代表）\n"
              f"s.domeki@{DOM}\n――――――――――――――――――")
SIG_SHINONOME = sig("東雲 ひかり", "看護師（青梅サテライト）", f"h.shinonome@{DOM}",
                    "青梅サテライト TEL 0428-21-7730")
SIG_WANIBUCHI = ("\n-----\n日の出産業株式会社 経理部 鰐淵 真琴\nTEL 042-596-0105 / "
                 f"m.wanibuchi@{DOM}\n-----")
SIG_TAKANASHI = sig("小鳥遊 紗枝", "看護師（あきる野サテライト）", f"s.takanashi@{DOM}",
                    "あきる野サテライト TEL 042-550-6621")
SIG_EN = ("\n--\nChikage Morinaga, RN\nManager, Hinode Home-Visit Nursing Station\n"
          "Hinode Sangyo Co., Ltd.\n2-14-6 Hirai, Hinode-machi, Nishitama-gun, Tokyo 190-0182\n"
          f"Tel +81-42-597-3810 | c.morinaga@{DOM}")

DISC_JA = ("\n\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_EN = ("\n\nThis e-mail and any attachments may contain confidential information. "
           "If you are not the intended recipient, please notify the sender and delete it.")

# -- people (all invented) ---------------------------------------------------------------

# name, kana, dob, address, phone, key person (続柄 名前 電話)
PATIENTS = [
    ("河野辺 シヅ", "コウノベ シヅ", "昭和8年3月14日", "東京都西多摩郡日の出町大久野1184-3",
     "042-597-1263", "長男 河野辺 誠 090-3318-7702"),
    ("五百旗頭 正道", "イオキベ マサミチ", "昭和12年11月2日", "東京都あきる野市秋川3-14-7",
     "042-558-4471", "妻 五百旗頭 八重子 042-558-4471"),
    ("舘野 ハル", "タテノ ハル", "大正15年6月30日", "東京都西多摩郡日の出町平井1122-15",
     "042-597-0845", "次女 宇賀神 明美 080-6124-3390"),
    ("仙波 清一郎", "センバ セイイチロウ", "昭和20年1月9日", "東京都青梅市新町5-22-11",
     "0428-31-5528", "長女 仙波 綾 070-1442-8816"),
    ("浦辺 トミ子", "ウラベ トミコ", "昭和6年9月21日", "東京都あきる野市油平201-4 コーポ油平102",
     "042-550-2397", "甥 浦辺 隆史 090-8850-1174"),
    ("鬼頭 義男", "キトウ ヨシオ", "昭和17年4月4日", "東京都福生市加美平2-9-3",
     "042-551-6604", "妻 鬼頭 ミサヲ 042-551-6604"),
    ("安曇 千鶴", "アズミ チヅル", "昭和28年12月18日", "東京都西多摩郡日の出町大久野4520-1",
     "090-2271-5836", "夫 安曇 康介 090-2271-5837"),
    ("四十物 キヨ", "アイモノ キヨ", "昭和4年2月27日", "東京都青梅市河辺町8-15-2",
     "0428-24-9017", "長男の妻 四十物 由美 080-3027-6651"),
    ("薬袋 武", "ミナイ タケシ", "昭和14年7月7日", "東京都あきる野市雨間612-8",
     "042-559-3380", "長女 中條 真理 090-6612-0048"),
    ("勅使河原 房江", "テシガワラ フサエ", "昭和10年10月10日", "東京都羽村市栄町1-4-19",
     "042-554-7762", "次男 勅使河原 仁 070-5508-2291"),
    ("猪瀬 源次", "イノセ ゲンジ", "昭和22年8月15日", "東京都西多摩郡瑞穂町箱根ケ崎2310-6",
     "042-556-1198", "妻 猪瀬 久美 042-556-1198"),
    ("柳生 サダ", "ヤギュウ サダ", "昭和3年5月5日", "東京都あきる野市五日市88-2",
     "042-596-2274", "孫 柳生 翔太 080-9921-4436"),
    ("宍戸 芳樹", "シシド ヨシキ", "昭和35年3月3日", "東京都青梅市東青梅4-7-12-305",
     "080-1196-2274", "母 宍戸 ナツ 0428-22-1180"),
    ("苗加 ウメ", "ノーカ ウメ", "大正14年1月25日", "東京都西多摩郡日の出町平井3007-2",
     "042-597-6638", "長女 苗加 和子 090-4480-9912"),
    ("栗花落 幸三", "ツユリ コウゾウ", "昭和19年9月1日", "東京都あきる野市草花1540-11",
     "042-559-8013", "長男 栗花落 亮 070-2219-6673"),
    ("秦 悦子", "ハタ エツコ", "昭和26年4月16日", "東京都福生市熊川1360-5",
     "042-553-0927", "夫 秦 勝 080-7715-3380"),
]

# nurse name, kana, mobile, home address, dob
NURSES = [
    ("大鷹 理沙", "オオタカ リサ", "090-5512-8840", "東京都あきる野市瀬戸岡411-2", "1986年5月12日"),
    ("御手洗 葵", "ミタライ アオイ", "080-2290-4471", "東京都西多摩郡日の出町平井890-12", "1979年11月3日"),
    ("東雲 ひかり", "シノノメ ヒカリ", "070-3381-6625", "東京都青梅市勝沼2-110-4", "1991年2月28日"),
    ("小鳥遊 紗枝", "タカナシ サエ", "090-7743-1108", "東京都あきる野市野辺522-3", "1988年8月19日"),
    ("帯刀 健吾", "タテワキ ケンゴ", "080-6654-3019", "東京都福生市南田園1-8-6", "1984年1月7日"),
    ("鷲見 奈津子", "スミ ナツコ", "090-1128-5563", "東京都羽村市神明台3-22-9", "1975年6月24日"),
    ("饗庭 瑞穂", "アイバ ミズホ", "070-8812-0347", "東京都西多摩郡瑞穂町殿ケ谷477", "1993年12月1日"),
    ("一尺八寸 恵", "カマツカ メグミ", "080-4490-7716", "東京都あきる野市平沢185-1", "1982年3月30日"),
]

P = PATIENTS
N = NURSES

MESSAGES = []

# 001 — body table (ASCII-padded), 6 patients' addresses/phones to a staffing agency
_rows = [["日付", "時間", "利用者名", "住所", "電話", "備考"]]
for d, t, p, note in [("6/9(月)", "9:30", P[0], "玄関横のキーボックス 0417"),
                      ("6/9(月)", "11:00", P[2], "犬あり"),
                      ("6/9(月)", "14:00", P[6], "駐車は家の前可"),
                      ("6/10(火)", "9:30", P[4], "1階102号室"),
                      ("6/10(火)", "13:30", P[10], "裏口から"),
                      ("6/10(火)", "15:00", P[13], "長女様同席")]:
    _rows.append([d, t, p[0], p[3], p[4], note])
MESSAGES.append({
    "id": "homenursing-001", "charset": "iso-2022-jp",
    "sender": f"御手洗 葵 <a.mitarai@{DOM}>",
    "to": ["多摩メディスタッフ 派遣担当 <haken@tama-medistaff.co.jp>"],
    "subject": "来週の応援訪問先について（6/9・6/10）",
    "body": "多摩メディスタッフ\n派遣ご担当 様\n\nいつもお世話になっております。ひのでの御手洗です。\n"
            "来週応援に入っていただく看護師さん向けに、訪問先を下記にまとめました。\n"
            "前日までに経路をご確認いただけるようお伝えください。\n\n"
            + pad(_rows) +
            "\n\n当日は8:45までにステーションへお越しください。\nよろしくお願いいたします。" + SIG_MITARAI,
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six patients' names, addresses and phones in a padded body table to an external agency",
})

# 002 — internal only: patient list with diagnoses
_rows = [["利用者", "主病名", "処置", "担当"]]
for p, dx, tx, ns in [(P[0], "慢性心不全", "体重・浮腫観察", "大鷹"), (P[1], "パーキンソン病", "服薬確認・リハ", "帯刀"),
                      (P[3], "膵がん（末期）", "疼痛管理・PCA", "御手洗"), (P[5], "COPD", "HOT管理", "鷲見"),
                      (P[7], "アルツハイマー型認知症", "排便コントロール", "饗庭"), (P[9], "糖尿病", "インスリン", "大鷹")]:
    _rows.append([p[0], dx, tx, ns])
MESSAGES.append({
    "id": "homenursing-002", "charset": "utf-8",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": [f"ひのでスタッフ一同 <hinode-ns@{DOM}>"], "cc": [f"御手洗 葵 <a.mitarai@{DOM}>"],
    "subject": "明日の朝の申し送り（重点フォロー6名）",
    "body": "みなさん\n\nお疲れさまです。明日の朝礼で確認する重点フォローの方です。\n\n" + tsv(_rows) +
            "\n\n仙波さんはご家族の不安が強いので、訪問時に声かけを多めにお願いします。\n森永" ,
    "expect": "pass", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "diagnoses of six patients but every recipient is internal",
})

# 003 — 訪問看護報告書 (DOCX) to attending physician: one patient's diagnosis and vitals
MESSAGES.append({
    "id": "homenursing-003", "charset": "iso-2022-jp",
    "sender": f"大鷹 理沙 <r.otaka@{DOM}>",
    "to": ["ひまわりクリニック 院長 <inchou@akiruno-himawari.jp>"],
    "subject": "【訪問看護報告書】5月分 河野辺シヅ様",
    "body": "あきる野ひまわりクリニック\n根来 先生\n\nいつも大変お世話になっております。\n"
            "訪問看護ステーションひのでの大鷹です。\n5月分の訪問看護報告書を添付にてお送りいたします。\n"
            "下肢の浮腫が増えておりますので、ご確認いただけますと幸いです。\n原本は月末に郵送いたします。" + SIG_OTAKA,
    "attachments": [{"kind": "docx", "name": "訪問看護報告書_202505_河野辺.docx",
                     "title": "訪問看護報告書",
                     "paragraphs": ["訪問看護報告書（令和7年5月分）",
                                    "利用者氏名：河野辺 シヅ 様　生年月日：昭和8年3月14日（92歳）",
                                    "住所：東京都西多摩郡日の出町大久野1184-3",
                                    "主たる傷病名：慢性心不全、仙骨部褥瘡（DESIGN-R d2-e3s6i0g1n0p0）",
                                    "病状の経過：5/12より両下腿浮腫増強、体重 +1.8kg/週。労作時息切れあり。",
                                    "看護の内容：体重・浮腫観察、褥瘡処置（週2回）、内服確認、家族指導"],
                     "tables": [[["訪問日", "BP", "P", "SpO2", "体重"],
                                 ["5/2", "138/72", "78", "95%", "41.2kg"],
                                 ["5/9", "142/80", "84", "94%", "41.9kg"],
                                 ["5/16", "150/84", "92", "92%", "43.0kg"],
                                 ["5/23", "136/76", "80", "95%", "42.1kg"]]]}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "nursing report with one identified patient's diagnosis and vitals to an outside clinic (要配慮)",
})

# 004 — one free-mail family member, visit time change only
MESSAGES.append({
    "id": "homenursing-004", "charset": "iso-2022-jp",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": ["uga-akemi.0611@docomo.ne.jp"],
    "subject": "訪問時間変更のご連絡",
    "body": "宇賀神 様\n\nいつもお世話になっております。訪問看護ステーションひのでの篠塚です。\n"
            "来週水曜日（6/11）の訪問ですが、担当看護師の研修のため\n"
            "10:00 → 13:30 に変更させていただけますでしょうか。\n"
            "ご都合が悪いようでしたら、このメールにご返信いただくか、\nステーション（042-597-3810）までお電話ください。\n\n"
            "お手数をおかけしますが、よろしくお願いいたします。" + SIG_SHINOZUKA,
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "one family member on carrier mail, schedule change only, no health data",
})

# 005 — CSV (CP932) of 16 patients' postal addresses to the printer
_rows = [["郵便番号", "住所", "氏名", "敬称"]]
_addr_rows = [("190-0181", P[0][3], P[0][0]), ("197-0804", P[1][3], P[1][0]), ("190-0182", P[2][3], P[2][0]),
              ("198-0024", P[3][3], P[3][0]), ("197-0827", P[4][3], P[4][0]), ("197-0003", P[5][3], P[5][0]),
              ("190-0181", P[6][3], P[6][0]), ("198-0036", P[7][3], P[7][0]), ("197-0823", P[8][3], P[8][0]),
              ("205-0002", P[9][3], P[9][0]), ("190-1221", P[10][3], P[10][0]), ("190-0164", P[11][3], P[11][0]),
              ("198-0042", P[12][3], P[12][0]), ("190-0182", P[13][3], P[13][0]), ("197-0802", P[14][3], P[14][0]),
              ("197-0003", P[15][3], P[15][0])]
for z, a, n in _addr_rows:
    _rows.append([z, a, n, "様"])
MESSAGES.append({
    "id": "homenursing-005", "charset": "shift_jis",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": ["錦印刷 営業部 北見様 <kitami@nishiki-insatsu.co.jp>"],
    "subject": "暑中見舞いはがき 宛名データ送付",
    "body": "錦印刷株式会社\n営業部 北見様\n\nお世話になっております。\n先日お見積りいただいた暑中見舞いはがきの宛名印字用データをお送りします。\n"
            "全16件です。7月10日の投函でお願いできればと思います。\n\nよろしくお願いいたします。" + SIG_SHINOZUKA,
    "attachments": [{"kind": "csv", "name": "宛名リスト_暑中見舞い.csv", "encoding": "cp932", "rows": _rows}],
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "CP932 CSV with sixteen patients' names and home addresses to a partner printer",
})

# 006 — reply; the care manager's data is only quoted
MESSAGES.append({
    "id": "homenursing-006", "charset": "iso-2022-jp",
    "sender": f"大鷹 理沙 <r.otaka@{DOM}>",
    "to": ["ひだまりケアプラン 石動 <isurugi@hidamari-care.jp>"],
    "subject": "Re: 五百旗頭様 訪問回数の件",
    "body": "石動さん\n\nお世話になっております。大鷹です。\n承知しました。木曜14時からの枠で調整いたします。\n"
            "変更後の計画書は来週お持ちします。\n\n大鷹\n\n"
            "> 大鷹様\n> いつもありがとうございます。ひだまりケアプランの石動です。\n"
            "> 五百旗頭正道様（S12.11.2生）ですが、パーキンソン病の進行で\n"
            "> すくみ足が増え、先週も自宅で転倒されています。\n"
            "> 奥様（042-558-4471）とも相談し、訪問リハを週2回に増やしたいと考えています。\n"
            "> 木曜の午後で空きはありますでしょうか。\n> 石動" + SIG_OTAKA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "diagnosis and phone appear only in the quoted text of the care manager's own mail",
})

# 007 — 3+ external parties visible in To/Cc
MESSAGES.append({
    "id": "homenursing-007", "charset": "iso-2022-jp",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["石動 美穂 <isurugi@hidamari-care.jp>", "あきる野ひまわりクリニック <renkei@akiruno-himawari.jp>"],
    "cc": ["たまがわ福祉用具 相馬 <souma@tamagawa-fukushi.co.jp>", "あおぞら薬局 秋川店 <akigawa@aozora-ph.jp>"],
    "subject": "サービス担当者会議 日程調整のお願い（6月下旬）",
    "body": "関係者各位\n\nいつもお世話になっております。訪問看護ステーションひのでの森永です。\n"
            "6月下旬に予定しておりますサービス担当者会議の日程につきまして、\n下記候補からご都合をお知らせください。\n\n"
            "  ① 6/24（火）14:00～\n  ② 6/26（木）10:00～\n  ③ 6/27（金）15:00～\n\n"
            "場所：ご自宅（ご家族了承済み）\n所要時間：45分程度\n\n6/18（水）までにご返信いただけますと助かります。" + SIG_MORINAGA,
    "expect": "stop", "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four external organisations see each other's addresses in To/Cc",
})

# 008 — two external organisations only
MESSAGES.append({
    "id": "homenursing-008", "charset": "utf-8",
    "sender": f"帯刀 健吾 <k.tatewaki@{DOM}>",
    "to": ["西多摩ケアサポート 蔀 <shitomi@nishitama-care.co.jp>"],
    "cc": ["秋川中央病院 リハビリテーション科 <rehab@akigawa-chuo-hp.or.jp>"],
    "subject": "合同勉強会（移乗介助）の会場について",
    "body": "蔀様、秋川中央病院リハ科の皆様\n\nお世話になっております。ひのでの帯刀です。\n"
            "7月の合同勉強会ですが、会場は日の出町やまびこホール 第2会議室で確保できました。\n"
            "日時：7月16日（水）18:30～20:00\n定員：30名\n\n"
            "講師は秋川中央病院の理学療法士の方にお願いする形でよろしいでしょうか。\n"
            "当日はスライドとデモ用のスライディングボードをこちらで用意します。" + SIG_TATEWAKI,
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc, ordinary meeting mail",
})

# 009 — My Number of a new part-time nurse to the labour consultant
MESSAGES.append({
    "id": "homenursing-009", "charset": "iso-2022-jp",
    "sender": f"百目鬼 聡 <s.domeki@{DOM}>",
    "to": ["多摩中央社会保険労務士事務所 <office@tama-sr.jp>"],
    "subject": "資格取得届の件（訪問看護 非常勤 1名）",
    "body": "多摩中央社労士事務所\n宇留野先生\n\nお世話になっております。日の出産業総務の百目鬼です。\n"
            "6月1日付で訪問看護ステーションに非常勤看護師が1名入職しましたので、\n"
            "雇用保険・社会保険の資格取得手続きをお願いいたします。\n\n"
            "氏名：饗庭 瑞穂（アイバ ミズホ）\n生年月日：平成5年12月1日\n"
            "住所：東京都西多摩郡瑞穂町殿ケ谷477\n"
            f"個人番号：{my_number(2701)}\n"
            "週所定労働時間：24時間\n\n本人確認書類の写しは別途郵送いたします。" + SIG_DOMEKI,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an employee's My Number in the body to an outside office",
})

# 010 — statistics without people to the town
MESSAGES.append({
    "id": "homenursing-010", "charset": "shift_jis",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["日の出町 いきいき健康課 介護保険係 <kaigo@town-hinode.lg.jp>"],
    "subject": "事業所実態調査への回答（訪問看護ステーションひので）",
    "body": "日の出町 いきいき健康課 介護保険係 御中\n\n標記調査につきまして、下記のとおり回答いたします。\n\n"
            + pad([["区分", "4月", "5月"], ["利用者数（実人数）", "58", "61"], ["うち要支援", "7", "8"],
                   ["うち要介護1～2", "19", "20"], ["うち要介護3～5", "24", "25"], ["医療保険のみ", "8", "8"],
                   ["延べ訪問回数", "512", "547"], ["緊急時訪問", "14", "11"], ["看取り件数", "2", "3"]]) +
            "\n\n常勤換算看護職員数：6.8人（5月末時点）\nご不明点があればご連絡ください。" + SIG_MORINAGA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "aggregate counts only, no person can be identified",
})

# 011 — look-alike of the own domain (hinode-sangyou)
MESSAGES.append({
    "id": "homenursing-011", "charset": "iso-2022-jp",
    "sender": f"小鳥遊 紗枝 <s.takanashi@{DOM}>",
    "to": ["御手洗 葵 <a.mitarai@hinode-sangyou.co.jp>"],
    "subject": "6月後半 オンコール表（案）",
    "body": "御手洗主任\n\nお疲れさまです。小鳥遊です。\n6月後半のオンコール表の案を作りました。ご確認お願いします。\n\n"
            + pad([["日付", "1st", "2nd"], ["6/16-6/18", "小鳥遊", "大鷹"], ["6/19-6/21", "東雲", "鷲見"],
                   ["6/22-6/24", "饗庭", "御手洗"], ["6/25-6/27", "一尺八寸", "小鳥遊"], ["6/28-6/30", "大鷹", "東雲"]]) +
            "\n\n饗庭さんは初オンコールなので2ndを主任にしています。" + SIG_TAKANASHI,
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "recipient domain hinode-sangyou.co.jp is a look-alike of the own domain",
})

# 012 — XLSX with several sheets to a staffing agency
_sched = [["2025年6月 応援看護師 訪問スケジュール", "", "", ""], ["日付", "時間", "利用者", "訪問内容"]]
for d, t, p, c in [("6/2", "10:00", P[1], "リハ・入浴介助"), ("6/2", "13:30", P[8], "清拭・服薬確認"),
                   ("6/3", "9:30", P[11], "全身観察"), ("6/3", "11:00", P[14], "入浴介助"),
                   ("6/4", "14:00", P[9], "服薬確認"), ("6/5", "10:00", P[4], "清拭"), ("6/5", "15:00", P[15], "全身観察")]:
    _sched.append([d, t, p[0], c])
_addrs = [["訪問先 住所・連絡先", "", "", ""], ["利用者", "住所", "電話", "キーパーソン"]]
for p in (P[1], P[8], P[11], P[14], P[9], P[4], P[15]):
    _addrs.append([p[0], p[3], p[4], p[5]])
MESSAGES.append({
    "id": "homenursing-012", "charset": "utf-8",
    "sender": f"御手洗 葵 <a.mitarai@{DOM}>",
    "to": ["ナースサポート西東京 コーディネーター 柊 <hiiragi@ns-nishitokyo.jp>"],
    "subject": "6月前半の応援スケジュール送付",
    "body": "柊様\n\nいつもありがとうございます。ひのでの御手洗です。\n6月前半に応援をお願いする分のスケジュールを添付します。\n"
            "2枚目のシートに訪問先の住所と連絡先を入れてありますので、\n担当の方に事前にお渡しいただけますか。" + SIG_MITARAI,
    "attachments": [{"kind": "xlsx", "name": "応援スケジュール_2025-06前半.xlsx",
                     "sheets": {"スケジュール": _sched, "訪問先": _addrs,
                                "集合場所": [["集合場所", "ステーション（日の出町平井2-14-6）"], ["時間", "8:45"]]}}],
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "XLSX sheet with seven patients' addresses, phones and family contacts to an outside agency",
})

# 013 — NDA talk with a partner
MESSAGES.append({
    "id": "homenursing-013", "charset": "iso-2022-jp",
    "sender": f"百目鬼 聡 <s.domeki@{DOM}>",
    "to": ["ツバサシステム 営業部 有働様 <udo@tsubasa-system.jp>"],
    "subject": "Re: 訪問看護記録システム導入に伴う秘密保持契約書",
    "body": "有働様\n\nお世話になっております。百目鬼です。\n秘密保持契約書（案）について、当社法務の確認が終わりました。\n"
            "第5条（秘密情報の範囲）に、利用者の個人情報を含む旨を明記いただきたいのと、\n"
            "第9条の契約終了後の返還・廃棄について、廃棄証明書の提出を追記いただけますでしょうか。\n\n"
            "修正版をいただけ次第、押印の手続きに入ります。" + SIG_DOMEKI + DISC_JA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "mail about an NDA with a partner, standard disclaimer; no personal data",
})

# 014 — 要配慮 in the body to a care manager (one patient)
MESSAGES.append({
    "id": "homenursing-014", "charset": "shift_jis",
    "sender": f"東雲 ひかり <h.shinonome@{DOM}>",
    "to": ["青梅ケアプランセンター 帆足 <hoashi@ome-careplan.jp>"],
    "subject": "四十物キヨ様 状態変化のご報告",
    "body": "帆足ケアマネ\n\nお世話になっております。青梅サテライトの東雲です。\n四十物キヨ様（昭和4年2月27日生）について状態変化のご報告です。\n\n"
            "・6/3の訪問時、BP 168/94、右下肢に打撲痕あり。夜間にトイレへ向かう途中で転倒されたとのこと。\n"
            "・アルツハイマー型認知症の進行により、夕方以降の不穏・帰宅願望が強くなっています。\n"
            "・主治医（河辺ふじ内科）には報告済み、頭部CTは不要との判断です。\n\n"
            "お嫁さん（由美様）の介護負担がかなり大きいので、ショートステイの検討をお願いできればと思います。" + SIG_SHINONOME,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one identified patient's diagnosis, vitals and fall to an external care manager (要配慮)",
})

# 015 — list of clinics (businesses, not people)
_rows = [["医療機関", "所在地", "電話", "往診"]]
for r in [("あきる野ひまわりクリニック", "あきる野市秋川2-6-1", "042-558-7000", "可（24h）"),
          ("秋川中央病院", "あきる野市引田78-1", "042-558-1111", "－"), ("河辺ふじ内科", "青梅市河辺町10-3-8", "0428-20-3355", "可"),
          ("福生在宅クリニック", "福生市本町35", "042-530-2828", "可（24h）"), ("ひので歯科", "日の出町平井2-1-5", "042-597-4182", "訪問歯科可"),
          ("羽村さくら皮膚科", "羽村市小作台1-5-2", "042-579-6400", "不可")]:
    _rows.append(list(r))
MESSAGES.append({
    "id": "homenursing-015", "charset": "iso-2022-jp",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["西多摩ケアサポート 新任ケアマネ 雲雀 <hibari@nishitama-care.co.jp>"],
    "subject": "当ステーションの連携医療機関一覧",
    "body": "雲雀様\n\n先日はご挨拶にお越しいただきありがとうございました。\nお話のあった、当ステーションが普段連携している医療機関の一覧です。\n\n"
            + pad(_rows) + "\n\n往診の可否は5月時点の情報です。変わることがありますのでご了承ください。" + SIG_MORINAGA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "list of clinics with switchboard numbers: businesses, not people",
})

# 016 — credit card number to a payment agent
MESSAGES.append({
    "id": "homenursing-016", "charset": "utf-8",
    "sender": f"鰐淵 真琴 <m.wanibuchi@{DOM}>",
    "to": ["ペイテラス カスタマーサポート <support@payterrace.co.jp>"],
    "subject": "自費サービス利用料 カード決済の手動登録について",
    "body": "ペイテラス サポートご担当者様\n\n日の出産業の鰐淵です。加盟店ID：HN-20931\n"
            "自費の訪問看護（長時間見守り）利用料について、ご家族からカード払いのご希望があり、\n"
            "管理画面からの登録がエラーになるため、手動での登録をお願いできますでしょうか。\n\n"
            "カード名義：SENBA AYA\n"
            f"カード番号：{card_number(2701)}\n有効期限：09/28\n"
            "請求額：38,500円（6月分）\n\nお手数ですがよろしくお願いします。" + SIG_WANIBUCHI,
    "expect": "stop", "entities": ["PERSON_NAME", "CREDIT_CARD"], "detectors": ["personal_data"],
    "note": "a family member's credit card number in clear text to an outside payment agent",
})

# 017 — HTML-only mail with a table of six patients
_rows = [["利用者", "住所", "電話", "希望曜日"]]
for p, dd in [(P[1], "月・木"), (P[5], "火"), (P[8], "水・金"), (P[10], "月"), (P[12], "土"), (P[15], "木")]:
    _rows.append([p[0], p[3], p[4], dd])
MESSAGES.append({
    "id": "homenursing-017", "charset": "utf-8",
    "sender": f"帯刀 健吾 <k.tatewaki@{DOM}>",
    "to": ["リハサポートあきる野 受付 <uketsuke@reha-akiruno.com>"],
    "subject": "訪問リハビリ 新規依頼分（6名）",
    "html": "<html><body><p>リハサポートあきる野<br>ご担当者様</p>"
            "<p>いつもお世話になっております。訪問看護ステーションひのでの帯刀です。<br>"
            "当方で対応しきれない訪問リハビリの新規依頼分を下記のとおりお願いしたく、ご連絡いたしました。</p>"
            + html_table(_rows) +
            "<p>ご対応可能な方を今週中にお知らせいただけますと幸いです。</p>"
            "<p>--<br>理学療法士 帯刀 健吾<br>日の出産業株式会社 訪問看護ステーションひので<br>TEL 042-597-3810</p>"
            "</body></html>",
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of six patients' addresses and phones to an outside rehab provider",
})

# 018 — internal only: My Number to HR
MESSAGES.append({
    "id": "homenursing-018", "charset": "iso-2022-jp",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": [f"総務部 百目鬼 <s.domeki@{DOM}>"],
    "subject": "饗庭さん 入職書類（マイナンバー）",
    "body": "百目鬼さん\n\nお疲れさまです。ひのでの篠塚です。\n饗庭さんの入職書類のうち、マイナンバーの記載分をお送りします。\n\n"
            f"氏名：饗庭 瑞穂\n個人番号：{my_number(2701)}\n扶養：なし\n\n"
            "通知カードの写しは社内便で送りました。" + SIG_SHINOZUKA,
    "expect": "pass", "entities": ["PERSON_NAME", "JP_MY_NUMBER"], "detectors": [],
    "note": "My Number sent to an internal colleague only",
})

# 019 — 【社外秘】 on the mail itself
MESSAGES.append({
    "id": "homenursing-019", "charset": "iso-2022-jp",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["ケアビジョン経営研究所 芦名様 <ashina@carevision-lab.jp>"],
    "subject": "【社外秘】2026年度 サテライト拡充計画（たたき台）",
    "body": "【社外秘】\n\n芦名様\n\nお世話になっております。森永です。\n次回の打合せ前に、サテライト拡充計画のたたき台をお送りします。\n\n"
            "・2026年4月　羽村サテライト開設（看護師3名、PT1名）\n・初年度目標　利用者40名、月間訪問320回\n"
            "・開設費用　約1,850万円（車両3台リース含む）\n・損益分岐　開設後14か月目を想定\n\n"
            "数字はまだ精査前ですので、取り扱いにはご注意ください。" + SIG_MORINAGA,
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "mail stamped 【社外秘】 sent to an outside consultant",
})

# 020 — password ZIP (PPAP) with patient info
MESSAGES.append({
    "id": "homenursing-020", "charset": "iso-2022-jp",
    "sender": f"大鷹 理沙 <r.otaka@{DOM}>",
    "to": ["ひだまりケアプラン 石動 <isurugi@hidamari-care.jp>"],
    "subject": "新規ご利用者様 情報提供書（パスワード付）",
    "body": "石動さん\n\nお世話になっております。大鷹です。\n新規でお受けする方の情報提供書をお送りします。\n"
            "パスワードは別メールでお送りします。" + SIG_OTAKA,
    "attachments": [{"kind": "zip", "name": "情報提供書_0605.zip", "password": "Hinode0605",
                     "files": [{"kind": "docx", "name": "情報提供書.docx",
                                "paragraphs": ["情報提供書", "氏名：秦 悦子　昭和26年4月16日生",
                                               "診断名：関節リウマチ、骨粗鬆症", "住所：東京都福生市熊川1360-5"]}]}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP cannot be inspected",
})

# 021 — the follow-up password mail (no attachment, no personal data)
MESSAGES.append({
    "id": "homenursing-021", "charset": "iso-2022-jp",
    "sender": f"大鷹 理沙 <r.otaka@{DOM}>",
    "to": ["ひだまりケアプラン 石動 <isurugi@hidamari-care.jp>"],
    "subject": "パスワードのお知らせ",
    "body": "石動さん\n\n先ほどお送りした「情報提供書_0605.zip」のパスワードです。\n\n  Hinode0605\n\n"
            "※次回からはケアマネ連携システムでの共有に切り替える予定です。" + SIG_OTAKA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "password notice only; no attachment and no personal data",
})

# 022 — 要配慮 to a family member on free mail
MESSAGES.append({
    "id": "homenursing-022", "charset": "utf-8",
    "sender": f"大鷹 理沙 <r.otaka@{DOM}>",
    "to": ["kojiro.azumi@gmail.com"],
    "subject": "本日の訪問のご報告（安曇千鶴様）",
    "body": "安曇 康介 様\n\nいつもお世話になっております。ひのでの大鷹です。\n本日の訪問のご報告です。\n\n"
            "千鶴様の血糖値ですが、朝食前 248mg/dL と高めでした。HbA1c も前回 8.9% で、\n"
            "1型糖尿病のインスリン量について主治医の先生に相談しています。\n"
            "また右足の親指に小さな傷があり、糖尿病性の足病変にならないよう処置をしました。\n\n"
            "お仕事中に見られるように、と伺ったのでこちらにお送りしました。\n何かあればステーションまでお電話ください。" + SIG_OTAKA,
    "expect": "stop", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data", "freemail_recipient"],
    "note": "identified patient's diabetes, lab values and wound to a free-mail address (要配慮)",
})

# 023 — TSV in the body: data migration
_rows = [["利用者ID", "氏名", "フリガナ", "生年月日", "電話", "緊急連絡先"]]
for i, p in enumerate(P[:8]):
    _rows.append([f"HN{1040 + i}", p[0], p[1], p[2], p[4], p[5]])
MESSAGES.append({
    "id": "homenursing-023", "charset": "utf-8",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": ["ツバサシステム 導入支援 <kaizen@tsubasa-system.jp>"],
    "subject": "Re: 移行テスト用データ（先行8名分）",
    "body": "ツバサシステム 導入支援ご担当様\n\nお世話になっております。篠塚です。\n"
            "移行テストに使う先行分をExcelからそのまま貼り付けます。\n文字化けする項目があれば教えてください。\n\n"
            + tsv(_rows) + "\n\n残りの50名分は来週まとめてお送りします。" + SIG_SHINOZUKA,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "tab-separated list of eight patients with birth dates and phones to a partner vendor",
})

# 024 — ordinary logistics mail with tracking numbers
MESSAGES.append({
    "id": "homenursing-024", "charset": "iso-2022-jp",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": ["青葉運輸 西多摩営業所 <nishitama@aoba-unyu.co.jp>"],
    "subject": "衛生材料の配送状況確認",
    "body": "青葉運輸 西多摩営業所 御中\n\nいつもお世話になっております。\n6/4発送の衛生材料（3口）が、サテライト2か所に未着となっております。\n"
            "お手数ですが配送状況をご確認いただけますでしょうか。\n\n"
            "  伝票番号 4417-2290-3381（あきる野サテライト宛）\n  伝票番号 4417-2290-3392（青梅サテライト宛）\n"
            "  伝票番号 4417-2290-3403（青梅サテライト宛）\n\n品目：ガーゼ、フィルムドレッシング材、ディスポ手袋" + SIG_SHINOZUKA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "tracking numbers and business addresses only",
})

# 025 — health insurance card number of a new patient
MESSAGES.append({
    "id": "homenursing-025", "charset": "shift_jis",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": ["レセプトサポート多摩 <info@receipt-tama.co.jp>"],
    "subject": "6月新規利用者の保険情報（医療保険分）",
    "body": "レセプトサポート多摩 御中\n\nいつもお世話になっております。\n6月から医療保険で訪問開始となった方の保険情報です。\n\n"
            "氏名：宍戸 芳樹（シシド ヨシキ）\n生年月日：昭和35年3月3日\n"
            "保険者番号：06134521\n被保険者証 記号：多西 2207　番号：1184\n負担割合：3割\n"
            "公費：なし\n\n訪問開始日は6/2です。" + SIG_SHINOZUKA,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], "detectors": ["personal_data"],
    "note": "health insurance card symbol and number of a patient to an outside billing agent",
})

# 026 — five other stations in To: should have been Bcc
MESSAGES.append({
    "id": "homenursing-026", "charset": "iso-2022-jp",
    "sender": f"御手洗 葵 <a.mitarai@{DOM}>",
    "to": ["訪問看護ステーションあきがわ <info@vns-akigawa.jp>", "ふっさ訪問看護 <kango@fussa-houkan.com>",
           "青梅みどり訪問看護ステーション <ome-midori@ome-vns.or.jp>", "はむら訪問看護 管理者様 <kanri@hamura-kango.jp>",
           "みずほ町訪問看護ステーション <mizuho-vns@mizuho-kango.co.jp>"],
    "subject": "【ご案内】西多摩 訪問看護 合同研修会（7/12 エンゼルケア）",
    "body": "西多摩地区 訪問看護ステーション 管理者各位\n\n平素より大変お世話になっております。\n"
            "今年度の合同研修会の幹事を務めます、訪問看護ステーションひのでの御手洗です。\n\n"
            "日時：7月12日（土）13:30～16:00\n会場：福生市民会館 小ホール\nテーマ：エンゼルケアとグリーフケア\n"
            "参加費：無料（各ステーション3名まで）\n\n参加人数を6/27までにご返信ください。" + SIG_MITARAI,
    "expect": "stop", "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "five external organisations listed together in To instead of Bcc",
})

# 027 — same kind of announcement done right: externals in Bcc
MESSAGES.append({
    "id": "homenursing-027", "charset": "iso-2022-jp",
    "sender": f"御手洗 葵 <a.mitarai@{DOM}>",
    "to": [f"御手洗 葵 <a.mitarai@{DOM}>"],
    "bcc": ["info@vns-akigawa.jp", "kango@fussa-houkan.com", "ome-midori@ome-vns.or.jp",
            "kanri@hamura-kango.jp", "mizuho-vns@mizuho-kango.co.jp"],
    "subject": "【再送・Bccにて】西多摩 訪問看護 合同研修会のご案内",
    "body": "西多摩地区 訪問看護ステーション 管理者各位\n\n（本メールはBccでお送りしています）\n\n"
            "7/12（土）の合同研修会「エンゼルケアとグリーフケア」のご案内を再送いたします。\n"
            "先ほどの送信で宛先が皆様に表示される形になっておりました。大変失礼いたしました。\n\n"
            "参加人数は6/27までにご返信ください。" + SIG_MITARAI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "external stations only in Bcc; To is the sender herself",
})

# 028 — 「・」 bullets: five families' contacts to the meal-delivery partner
MESSAGES.append({
    "id": "homenursing-028", "charset": "shift_jis",
    "sender": f"小鳥遊 紗枝 <s.takanashi@{DOM}>",
    "to": ["北国フーズ 配食サービス課 <haishoku@kitaguni-foods.co.jp>"],
    "subject": "配食サービス 不在時の連絡先について",
    "body": "北国フーズ株式会社 配食サービス課 御中\n\nお世話になっております。あきる野サテライトの小鳥遊です。\n"
            "お弁当お届け時にご本人が出られなかった場合の連絡先、当方でお預かりしている分をお知らせします。\n\n"
            "・浦辺 トミ子 様（あきる野市油平201-4）→ 甥 浦辺 隆史 様 ０９０－８８５０－１１７４\n"
            "・薬袋 武 様（あきる野市雨間612-8）→ 長女 中條 真理 様 ０９０－６６１２－００４８\n"
            "・柳生 サダ 様（あきる野市五日市88-2）→ 孫 柳生 翔太 様 ０８０－９９２１－４４３６\n"
            "・栗花落 幸三 様（あきる野市草花1540-11）→ 長男 栗花落 亮 様 ０７０－２２１９－６６７３\n"
            "・五百旗頭 正道 様（あきる野市秋川3-14-7）→ 奥様 八重子 様 ０４２－５５８－４４７１\n\n"
            "つながらない場合はサテライト（042-550-6621）へご連絡ください。" + SIG_TAKANASHI,
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "five patients with addresses and family phone numbers (full-width) in bullet lines to a partner",
})

# 029 — one patient's delivery address to the rental company (no health data)
MESSAGES.append({
    "id": "homenursing-029", "charset": "iso-2022-jp",
    "sender": f"帯刀 健吾 <k.tatewaki@{DOM}>",
    "to": ["たまがわ福祉用具 相馬様 <souma@tamagawa-fukushi.co.jp>"],
    "subject": "特殊寝台 搬入日のご相談",
    "body": "たまがわ福祉用具 相馬様\n\nお世話になっております。ひのでの帯刀です。\n先日ご相談したベッドの件、搬入日を下記でお願いできますでしょうか。\n\n"
            "お届け先：栗花落 幸三 様\n住所：東京都あきる野市草花1540-11\n電話：042-559-8013（日中は長男様 070-2219-6673）\n"
            "希望日時：6/13（金）午前\n品目：3モーター特殊寝台（KT-330）、サイドレール2本\n\n"
            "当日は私も立ち会います。" + SIG_TATEWAKI,
    "expect": "pass", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "one patient's delivery details (and a family phone) to a supplier: under five people, no health data",
})

# 030 — disease (ALS) of one person to the rental company
MESSAGES.append({
    "id": "homenursing-030", "charset": "utf-8",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["ケアリース西東京 営業 <eigyo@carelease-nishitokyo.co.jp>"],
    "subject": "意思伝達装置のデモ依頼",
    "body": "ケアリース西東京 ご担当者様\n\nお世話になっております。訪問看護ステーションひのでの森永です。\n"
            "ALS（筋萎縮性側索硬化症）で療養中の鬼頭義男様（77歳、福生市加美平2-9-3）が、\n"
            "上肢の筋力低下が進み、スマホでの会話が難しくなってきました。\n視線入力式の意思伝達装置のデモをお願いできますでしょうか。\n\n"
            "身体障害者手帳（1級）の補装具申請も並行して進める予定です。\n奥様（ミサヲ様）のご在宅は平日午後が多いです。" + SIG_MORINAGA,
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one identified patient's disease and disability grade to an equipment company (要配慮)",
})

# 031 — look-alike of the partner tsubasa-system.jp
MESSAGES.append({
    "id": "homenursing-031", "charset": "iso-2022-jp",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": ["ツバサシステム サポート <support@tsubasa-sytem.jp>"],
    "subject": "記録アプリ ログインできない端末について",
    "body": "ツバサシステム サポートご担当様\n\nお世話になっております。日の出産業 訪問看護ステーションひのでの篠塚です。\n"
            "訪問用タブレット3台（端末番号 T-07、T-09、T-12）で、今朝から記録アプリにログインできません。\n"
            "エラーコードは E-4012 と表示されます。\n\n至急ご確認いただけますでしょうか。" + SIG_SHINOZUKA,
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "tsubasa-sytem.jp drops a letter of the partner domain tsubasa-system.jp",
})

# 032 — English mail to a foreign equipment maker, disclaimer only
MESSAGES.append({
    "id": "homenursing-032", "charset": "utf-8",
    "sender": f"Chikage Morinaga <c.morinaga@{DOM}>",
    "to": ["Lars Ekdahl <lars.ekdahl@nordliftcare.com>"],
    "subject": "Question on ceiling hoist NL-200 for home use",
    "body": "Dear Mr. Ekdahl,\n\nThank you for the catalogue you sent last week.\n"
            "We are a home-visit nursing station in western Tokyo and are looking at the NL-200 ceiling hoist\n"
            "for wooden Japanese houses. Could you tell us:\n\n"
            "  1. the minimum ceiling height for the NL-200 rail system,\n  2. whether a free-standing frame (NL-FS2) is available in Japan,\n"
            "  3. lead time and the name of your Japanese distributor.\n\nBest regards," + SIG_EN + DISC_EN,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "ordinary English product enquiry with signature and standard disclaimer",
})

# 033 — PDF table: direct-debit applications of six users to the bank
_tbl = [["No.", "預金者名", "フリガナ", "支店", "種目", "口座番号", "引落開始"]]
for i, (n, k, br, acc) in enumerate([("仙波 綾", "センバ アヤ", "青梅支店", "1183027"),
                                     ("苗加 和子", "ノーカ カズコ", "日の出支店", "2290418"),
                                     ("勅使河原 仁", "テシガワラ ジン", "羽村支店", "0765512"),
                                     ("秦 勝", "ハタ マサル", "福生支店", "3318840"),
                                     ("安曇 康介", "アズミ コウスケ", "日の出支店", "1027736"),
                                     ("鬼頭 ミサヲ", "キトウ ミサヲ", "福生支店", "4402219")], 1):
    _tbl.append([str(i), n, k, br, "普通", acc, "2025年7月"])
MESSAGES.append({
    "id": "homenursing-033", "charset": "iso-2022-jp",
    "sender": f"鰐淵 真琴 <m.wanibuchi@{DOM}>",
    "to": ["みどり銀行 法人営業部 収納サービス課 <shuno@midori-ginko.co.jp>"],
    "subject": "口座振替 新規登録分の送付（訪問看護利用料）",
    "body": "みどり銀行 収納サービス課 御中\n\n日の出産業 経理部の鰐淵です。\n訪問看護利用料の口座振替について、7月引落開始分の新規登録一覧をPDFでお送りします。\n"
            "依頼書の原本は本日発送しました。" + SIG_WANIBUCHI,
    "attachments": [{"kind": "pdf", "name": "口座振替新規登録_202507.pdf", "title": "口座振替 新規登録一覧",
                     "lines": ["口座振替 新規登録一覧（委託者コード 0028841 日の出産業株式会社）", ""],
                     "table": _tbl}],
    "expect": "stop", "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"], "detectors": ["personal_data"],
    "note": "PDF table of six private persons' bank accounts sent outside",
})

# 034 — Outlook-style reply, vitals only in the quoted part
MESSAGES.append({
    "id": "homenursing-034", "charset": "shift_jis",
    "sender": f"東雲 ひかり <h.shinonome@{DOM}>",
    "to": ["河辺ふじ内科 看護師 <ns@kabe-fuji-naika.jp>"],
    "subject": "RE: 仙波様 定期処方の変更について",
    "body": "河辺ふじ内科 外来看護師 様\n\nご連絡ありがとうございます。\n変更内容、承知いたしました。明日の訪問時にご本人・ご家族へお伝えし、お薬カレンダーを入れ替えます。\n\n東雲"
            + SIG_SHINONOME +
            "\n\n-----Original Message-----\nFrom: 河辺ふじ内科 <ns@kabe-fuji-naika.jp>\nSent: Tuesday, June 3, 2025 5:12 PM\n"
            "To: 東雲 ひかり\nSubject: 仙波様 定期処方の変更について\n\n"
            "訪問看護ステーションひので 東雲様\n\n仙波清一郎様（S20.1.9生）の件です。\n"
            "膵がんの疼痛増強のため、オキシコドン徐放錠を 10mg→20mg/日 に増量します。\n"
            "昨日外来時 BP 102/64、P 96、SpO2 94%。便秘に注意してください。\n",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the diagnosis and vitals are only in the quoted original from the clinic itself",
})

# 035 — a nurse's driving licence number to the car-lease company
MESSAGES.append({
    "id": "homenursing-035", "charset": "iso-2022-jp",
    "sender": f"百目鬼 聡 <s.domeki@{DOM}>",
    "to": ["たまオートリース 法人窓口 <houjin@tama-autolease.co.jp>"],
    "subject": "訪問車 運転者追加登録（1名）",
    "body": "たまオートリース 法人窓口 ご担当者様\n\n日の出産業 総務部の百目鬼です。\n"
            "契約番号 TAL-2023-0457（訪問用軽自動車5台）について、運転者を1名追加登録願います。\n\n"
            "氏名：一尺八寸 恵（カマツカ メグミ）\n生年月日：1982年3月30日\n"
            "運転免許証番号：304218856720\n免許の色：ゴールド\n有効期限：2028年4月30日\n\n"
            "免許証の写しはFAXでお送りしました。" + SIG_DOMEKI,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], "detectors": ["personal_data"],
    "note": "an employee's driving licence number to an outside lease company",
})

# 036 — PPTX case study naming the patient, to a university
MESSAGES.append({
    "id": "homenursing-036", "charset": "utf-8",
    "sender": f"御手洗 葵 <a.mitarai@{DOM}>",
    "to": ["多摩看護大学 在宅看護学 講師 <t-kuwabara@tama-nursing.ac.jp>"],
    "subject": "事例発表スライド（在宅看取り）の確認お願い",
    "body": "桑原先生\n\nお世話になっております。御手洗です。\n来週の学会前勉強会で発表する事例スライドの下書きです。\nご意見いただけますと嬉しいです。" + SIG_MITARAI,
    "attachments": [{"kind": "pptx", "name": "事例発表_在宅看取り_ドラフト.pptx",
                     "slides": [["在宅での看取りを支えた多職種連携", "訪問看護ステーションひので 御手洗 葵"],
                                ["事例紹介", "舘野 ハル 様（大正15年6月30日生、98歳、女性）",
                                 "日の出町平井在住、次女と二人暮らし",
                                 "主病名：大腸がん（肝転移）、慢性腎不全",
                                 "2024年11月 病院から在宅療養へ移行"],
                                ["経過", "疼痛コントロール：フェンタニル貼付剤", "12月 経口摂取困難", "1月8日 自宅にて永眠"],
                                ["考察", "家族の揺れる思いへの支援", "主治医・ケアマネとの情報共有の工夫"]]}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "PPTX case study with a named patient's cancer diagnosis sent to an outside university",
})

# 037 — four new staff accounts to the partner vendor
MESSAGES.append({
    "id": "homenursing-037", "charset": "iso-2022-jp",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": ["ツバサシステム 導入支援 <kaizen@tsubasa-system.jp>"],
    "subject": "記録システム アカウント追加依頼（4名）",
    "body": "ツバサシステム 導入支援ご担当様\n\nお世話になっております。篠塚です。\n下記4名のアカウント作成をお願いします（権限：看護師）。\n\n"
            + pad([["氏名", "ログイン用メール", "所属"], ["饗庭 瑞穂", f"m.aiba@{DOM}", "本所"],
                   ["一尺八寸 恵", f"m.kamatsuka@{DOM}", "あきる野"], ["鷲見 奈津子", f"n.sumi@{DOM}", "本所"],
                   ["今給黎 舞", f"m.imakiire@{DOM}", "青梅"]]) +
            "\n\n初期パスワードは各自に直接お知らせいただく形で問題ありません。" + SIG_SHINOZUKA,
    "expect": "pass", "entities": ["PERSON_NAME", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "four staff names with work e-mails to a partner: under five people",
})

# 038 — DOCX table: family gathering participants to the hotel
_tbl = [["No.", "お名前", "ご住所", "電話番号", "ご関係", "人数"]]
for i, (n, a, t, rel, c) in enumerate([
        ("河野辺 誠", "東京都西多摩郡日の出町大久野1184-3", "090-3318-7702", "利用者長男", "1"),
        ("宇賀神 明美", "東京都青梅市長淵6-412", "080-6124-3390", "利用者次女", "2"),
        ("仙波 綾", "東京都青梅市新町5-22-11", "070-1442-8816", "利用者長女", "1"),
        ("四十物 由美", "東京都青梅市河辺町8-15-2", "080-3027-6651", "利用者長男の妻", "1"),
        ("中條 真理", "東京都八王子市左入町301-7", "090-6612-0048", "利用者長女", "2"),
        ("勅使河原 仁", "東京都羽村市栄町1-4-19", "070-5508-2291", "利用者次男", "1"),
        ("秦 勝", "東京都福生市熊川1360-5", "080-7715-3380", "利用者夫", "1"),
        ("柳生 翔太", "東京都あきる野市五日市88-2", "080-9921-4436", "利用者孫", "1")], 1):
    _tbl.append([str(i), n, a, t, rel, c])
MESSAGES.append({
    "id": "homenursing-038", "charset": "iso-2022-jp",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "7/19 介護者家族交流会 参加者名簿",
    "body": "さくらホテル 宴会予約ご担当 様\n\nいつもお世話になっております。\n7/19（土）の「介護者家族交流会」の参加者名簿をお送りします。\n"
            "名札と座席表の作成をお願いできますでしょうか。\n当日の緊急連絡用に電話番号も入れてあります。" + SIG_MORINAGA,
    "attachments": [{"kind": "docx", "name": "家族交流会_参加者名簿.docx", "title": "介護者家族交流会 参加者名簿",
                     "paragraphs": ["介護者家族交流会 参加者名簿（7月19日 さくらホテル 桜の間）"], "tables": [_tbl]}],
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "DOCX table of eight family members' addresses and phones to a partner hotel",
})

# 039 — DOCX with a 社外秘 page header
MESSAGES.append({
    "id": "homenursing-039", "charset": "iso-2022-jp",
    "sender": f"御手洗 葵 <a.mitarai@{DOM}>",
    "to": ["訪問看護ステーションあきがわ 管理者 <info@vns-akigawa.jp>"],
    "subject": "オンコール対応マニュアルの件",
    "body": "あきがわ 管理者 雫石様\n\n先日の連絡会でお話ししたオンコール対応マニュアルをお送りします。\n"
            "うちのやり方なので、参考程度にご覧ください。" + SIG_MITARAI,
    "attachments": [{"kind": "docx", "name": "オンコール対応マニュアル_v3.docx", "page_header": "社外秘",
                     "title": "オンコール対応マニュアル",
                     "paragraphs": ["オンコール対応マニュアル（第3版）", "1. 電話受信時の確認事項",
                                    "2. 緊急訪問の判断基準", "3. 主治医への報告ルート", "4. 記録と翌朝の申し送り",
                                    "5. オンコール手当の算定（社内規程第12条）"]}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "attached manual carries a 社外秘 page header and goes to another company",
})

# 040 — survey statistics to the printer
MESSAGES.append({
    "id": "homenursing-040", "charset": "shift_jis",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": ["錦印刷 北見様 <kitami@nishiki-insatsu.co.jp>"],
    "subject": "利用者満足度アンケート集計（広報誌掲載用）",
    "body": "北見様\n\nお世話になっております。\n広報誌「ひのでだより」夏号に載せるアンケート結果です。グラフ化をお願いします。\n\n"
            "回収数 52／配布 61（回収率 85.2%）\n"
            "  満足 38（73.1%）／やや満足 11（21.2%）／やや不満 2（3.8%）／不満 1（1.9%）\n"
            "  看護師の説明がわかりやすい：92.3%\n  訪問時間が守られている：88.5%\n  緊急時の対応に安心感がある：90.4%\n\n"
            "自由記述は個人が特定されないよう要約したものを別途お送りします。" + SIG_SHINOZUKA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "survey statistics without any person",
})

# 041 — corrupt XLSX
MESSAGES.append({
    "id": "homenursing-041", "charset": "utf-8",
    "sender": f"帯刀 健吾 <k.tatewaki@{DOM}>",
    "to": ["たまがわ福祉用具 相馬様 <souma@tamagawa-fukushi.co.jp>"],
    "subject": "6月 レンタル品 回収・入替リスト",
    "body": "相馬様\n\n6月の回収・入替分のリストを添付します。\n車いす2台、歩行器1台、手すり1本です。ご確認ください。" + SIG_TATEWAKI,
    "attachments": [{"kind": "corrupt", "name": "回収入替リスト_6月.xlsx"}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be inspected",
})

# 042 — either: four patients' names and visit times to their care manager
MESSAGES.append({
    "id": "homenursing-042", "charset": "iso-2022-jp",
    "sender": f"小鳥遊 紗枝 <s.takanashi@{DOM}>",
    "to": ["ひだまりケアプラン 石動 <isurugi@hidamari-care.jp>"],
    "subject": "7月 訪問予定（石動さん担当分）",
    "body": "石動さん\n\nお疲れさまです。小鳥遊です。7月の訪問予定（石動さんご担当の4名分）です。\n\n"
            "  浦辺 トミ子 様   毎週月・木 10:00-11:00\n  薬袋 武 様       毎週火 14:00-14:45\n"
            "  柳生 サダ 様     毎週水・土 9:30-10:30\n  栗花落 幸三 様   第1・3金 13:30-14:30\n\n"
            "提供票と照らし合わせてご確認ください。" + SIG_TAKANASHI,
    "expect": "either", "entities": ["PERSON_NAME"], "detectors": [],
    "note": "four patients' visit schedules to their own care manager: no contacts or diagnoses, but receiving home nursing is itself health-related",
})

# 043 — inline forward (転送) of an internal on-call list with six mobiles
_rows = [["氏名", "携帯", "担当地区"]]
for n in N[:6]:
    _rows.append([n[0], n[2], {0: "日の出・あきる野", 1: "日の出", 2: "青梅", 3: "あきる野", 4: "福生・羽村", 5: "羽村・瑞穂"}[N.index(n)]])
MESSAGES.append({
    "id": "homenursing-043", "charset": "iso-2022-jp",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["コールセンター西多摩 受託窓口 <jutaku@callcenter-nishitama.jp>"],
    "subject": "FW: 夜間オンコール携帯一覧（7月）",
    "body": "コールセンター西多摩 ご担当者様\n\n7月からの夜間一次受付の件、取り次ぎ先の一覧を転送します。\n"
            "1stが出ない場合は上から順にお掛けください。\n\n森永\n\n"
            "---------- Forwarded message ----------\n"
            f"From: 御手洗 葵 <a.mitarai@{DOM}>\nDate: 2025年6月20日(金) 18:02\nSubject: 夜間オンコール携帯一覧（7月）\n"
            f"To: 森永 千景 <c.morinaga@{DOM}>\n\n管理者\n\n7月のオンコール携帯一覧です。\n\n"
            + pad(_rows) + "\n\n御手洗" + SIG_MORINAGA,
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "forwarded internal mail with six nurses' mobile numbers now goes to an outside call centre",
})

# 044 — internal subdomain recipient, 要配慮
MESSAGES.append({
    "id": "homenursing-044", "charset": "utf-8",
    "sender": f"東雲 ひかり <h.shinonome@{DOM}>",
    "to": [f"森永 千景 <c.morinaga@mail.{DOM}>"],
    "subject": "宍戸様 精神症状の悪化について（相談）",
    "body": "森永さん\n\nお疲れさまです。東雲です。\n宍戸芳樹さん（双極性障害）ですが、今週から躁状態が強く、\n"
            "夜間に近所へ大声で電話をかけているそうです。お母様（0428-22-1180）も疲弊されています。\n"
            "主治医への報告のタイミングについて、明日少しご相談させてください。" + SIG_SHINONOME,
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "mental-health details, but the only recipient is on an internal subdomain",
})

# 045 — attached (forwarded) mail with a staff list to the labour consultant
_staff = [["氏名", "フリガナ", "生年月日", "住所", "携帯"]]
for n in N[:7]:
    _staff.append([n[0], n[1], n[4], n[3], n[2]])
MESSAGES.append({
    "id": "homenursing-045", "charset": "iso-2022-jp",
    "sender": f"百目鬼 聡 <s.domeki@{DOM}>",
    "to": ["多摩中央社会保険労務士事務所 <office@tama-sr.jp>"],
    "subject": "FW: 訪問看護ステーション 職員名簿（労働保険年度更新用）",
    "body": "宇留野先生\n\n年度更新の資料として、ステーションから届いた職員名簿のメールを添付で転送します。\n"
            "賃金台帳は別途お送りします。" + SIG_DOMEKI,
    "attachments": [{"kind": "eml", "name": "職員名簿_ひので.eml",
                     "message": {"charset": "iso-2022-jp", "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
                                 "to": [f"百目鬼 聡 <s.domeki@{DOM}>"], "subject": "職員名簿（6/1現在）",
                                 "body": "百目鬼さん\n\n6/1現在の職員名簿です（看護職・リハ職）。\n\n" + pad(_staff) +
                                         "\n\n篠塚"}}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "attached mail holds seven employees' birth dates, home addresses and mobiles, sent to an outside office",
})

# 046 — residence card number of a foreign care aide
MESSAGES.append({
    "id": "homenursing-046", "charset": "utf-8",
    "sender": f"百目鬼 聡 <s.domeki@{DOM}>",
    "to": ["グローバルケア支援機構 <shien@globalcare-shien.or.jp>"],
    "subject": "特定技能 看護補助者 定期面談の件",
    "body": "グローバルケア支援機構 ご担当者様\n\nお世話になっております。日の出産業 総務部の百目鬼です。\n"
            "当社訪問看護ステーションで勤務している特定技能外国人の定期面談について、\n事前に必要な情報をお送りします。\n\n"
            "氏名：NGUYEN THI THU HA（グエン ティ トゥ ハー）\n国籍：ベトナム\n生年月日：1998年7月22日\n"
            "在留カード番号：UH48213377EA\n在留期限：2026年3月14日\n\n面談は7/3（木）15時からでお願いします。" + SIG_DOMEKI,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], "detectors": ["personal_data"],
    "note": "a worker's residence card number sent to an outside support organisation",
})

# 047 — one free-mail recipient: nursing student orientation
MESSAGES.append({
    "id": "homenursing-047", "charset": "iso-2022-jp",
    "sender": f"鷲見 奈津子 <n.sumi@{DOM}>",
    "to": ["haruka.kuze.ns@icloud.com"],
    "subject": "在宅看護実習のオリエンテーションについて",
    "body": "久世 遥 さん\n\n訪問看護ステーションひのでの実習指導担当、鷲見です。\n"
            "来週からの在宅看護実習のオリエンテーションについてお知らせします。\n\n"
            "日時：6月16日（月）8:40 集合\n場所：ステーション2階 会議室（日の出町平井2-14-6）\n"
            "持ち物：実習要項、聴診器、上履き、昼食\n服装：ステーションで貸し出すポロシャツに着替えます\n\n"
            "利用者宅には自転車で移動することもあるので、動きやすいズボンで来てください。\n\n"
            "--\n実習指導者 鷲見 奈津子\n日の出産業株式会社 訪問看護ステーションひので\nTEL 042-597-3810",
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient, practical information only",
})

# 048 — PDF nursing care plan to the care manager
MESSAGES.append({
    "id": "homenursing-048", "charset": "shift_jis",
    "sender": f"小鳥遊 紗枝 <s.takanashi@{DOM}>",
    "to": ["あきる野市 地域包括支援センター 高遠 <takato@houkatsu-akiruno.jp>"],
    "subject": "訪問看護計画書（柳生サダ様）送付",
    "body": "高遠様\n\nお世話になっております。あきる野サテライトの小鳥遊です。\n柳生サダ様の訪問看護計画書（7月～）をお送りします。\nご確認のほどよろしくお願いいたします。" + SIG_TAKANASHI,
    "attachments": [{"kind": "pdf", "name": "訪問看護計画書_柳生サダ.pdf", "title": "訪問看護計画書",
                     "lines": ["訪問看護計画書", "利用者氏名：柳生 サダ　生年月日：昭和3年5月5日　要介護度：要介護4",
                               "住所：東京都あきる野市五日市88-2",
                               "主たる傷病名：脳梗塞後遺症（左片麻痺）、嚥下障害、尿路感染症の既往",
                               "看護・リハビリテーションの目標：誤嚥性肺炎を予防し、在宅生活を継続できる",
                               "問題点：1. 嚥下機能低下 2. 褥瘡リスク（ブレーデン 12点） 3. 介護者（孫）の負担",
                               "訪問予定：週2回（水・土） 9:30～10:30"]}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PDF care plan with one named patient's diagnoses sent outside (要配慮)",
})

# 049 — look-alike of midori-ginko.co.jp
MESSAGES.append({
    "id": "homenursing-049", "charset": "iso-2022-jp",
    "sender": f"鰐淵 真琴 <m.wanibuchi@{DOM}>",
    "to": ["みどり銀行 収納サービス課 <shuno@midori-ginkou.co.jp>"],
    "subject": "6月分 口座振替結果データの再送依頼",
    "body": "みどり銀行 収納サービス課 御中\n\n日の出産業 経理部の鰐淵です（委託者コード 0028841）。\n"
            "6/27振替分の結果データが、伝送サービス上でダウンロードできない状態です。\n"
            "お手数ですが再送いただけますでしょうか。" + SIG_WANIBUCHI,
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "midori-ginkou.co.jp adds a letter to the partner bank's domain",
})

# 050 — price list of self-pay services to a care home (business)
MESSAGES.append({
    "id": "homenursing-050", "charset": "iso-2022-jp",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["住宅型有料老人ホーム ひだまりの郷 施設長 <shisetsu@hidamari-sato.co.jp>"],
    "subject": "自費訪問看護サービス 料金表のご送付",
    "body": "ひだまりの郷 施設長 様\n\nお問い合わせいただきました自費サービスの料金表です。\n\n"
            + pad([["サービス", "時間", "料金（税込）"], ["見守り・付き添い", "1時間", "8,800円"],
                   ["外出・通院付き添い", "1時間", "9,900円"], ["夜間見守り", "22時～6時", "44,000円"],
                   ["延長（30分ごと）", "－", "4,400円"], ["交通費", "1回", "550円"]]) +
            "\n\n※医療保険・介護保険の訪問看護とは別契約となります。" + SIG_MORINAGA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "price list to a business customer",
})

# 051 — UTF-8 CSV of nine staff mobiles and private mail to a messaging SaaS
_rows = [["name", "name_kana", "mobile", "email", "group"]]
_priv = ["risa.otaka86@gmail.com", "aoi.mitarai@yahoo.co.jp", "hikari-s0228@icloud.com", "sae.tknsh@gmail.com",
         "kengo.pt.tatewaki@outlook.jp", "natsuko.sumi@ezweb.ne.jp", "mizuho.aiba1201@gmail.com",
         "megumi-kmtk@docomo.ne.jp"]
for n, e in zip(N, _priv):
    _rows.append([n[0], n[1], n[2], e, "看護" if n[0] != "帯刀 健吾" else "リハ"])
_rows.append(["今給黎 舞", "イマキイレ マイ", "080-5529-0613", "mai.imakiire@gmail.com", "看護"])
MESSAGES.append({
    "id": "homenursing-051", "charset": "utf-8",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": ["れんらくも カスタマーサクセス <cs@renrakumo.com>"],
    "subject": "一斉連絡サービス 初期ユーザー登録用CSV",
    "body": "れんらくも カスタマーサクセス ご担当者様\n\nお世話になっております。日の出産業 訪問看護ステーションひのでの篠塚です。\n"
            "災害時・緊急時の一斉連絡用に、スタッフの初期登録用CSVをお送りします（9名）。\n"
            "個人の携帯とメールアドレスですので、登録後はデータを削除していただけますようお願いします。" + SIG_SHINOZUKA,
    "attachments": [{"kind": "csv", "name": "staff_import.csv", "encoding": "utf-8", "rows": _rows}],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "UTF-8 CSV of nine employees' private mobiles and e-mail addresses to an outside vendor",
})

# 052 — psychiatric-care liaison, but no patient information
MESSAGES.append({
    "id": "homenursing-052", "charset": "iso-2022-jp",
    "sender": f"東雲 ひかり <h.shinonome@{DOM}>",
    "to": ["就労継続支援B型 青梅あゆみ工房 <ayumi@ome-ayumi.or.jp>"],
    "subject": "精神科訪問看護との連絡会（日程のご相談）",
    "body": "青梅あゆみ工房 サービス管理責任者 様\n\nお世話になっております。青梅サテライトの東雲です。\n"
            "以前お話しした、精神科訪問看護と就労支援事業所の定期連絡会の件です。\n"
            "第1回を7月中に開催できればと思っております。\n\n"
            "候補：7/8（火）16:00、7/10（木）16:00、7/15（火）16:00\n場所：青梅サテライト（青梅市東青梅2-9-3 2F）\n\n"
            "個別ケースの共有はご本人の同意が取れた方のみとし、当日は概要の意見交換を中心にしたいと考えています。" + SIG_SHINONOME,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "liaison meeting about psychiatric home nursing in general; no person's information",
})

# 053 — invoice reconciliation with product codes
MESSAGES.append({
    "id": "homenursing-053", "charset": "shift_jis",
    "sender": f"鰐淵 真琴 <m.wanibuchi@{DOM}>",
    "to": ["ケアリース西東京 経理課 <keiri@carelease-nishitokyo.co.jp>"],
    "subject": "5月分ご請求書の照合結果について",
    "body": "ケアリース西東京 経理課 御中\n\n日の出産業 経理部の鰐淵です。\n5月分ご請求書（請求書番号 CL-2505-00318）を照合したところ、下記2点の差異がありました。\n\n"
            "1. 品番 WC-220S（自走式車いす）数量 3 → 当方発注は 2（発注番号 HN-PO-0412）\n"
            "2. 品番 MT-090A（エアマットレス）単価 2,200円 → 見積書 Q-1187 では 1,980円\n\n"
            "ご確認のうえ、訂正版の請求書を発行いただけますでしょうか。\n"
            "なお、当社の適格請求書発行事業者登録番号は T5013301018837 です。" + SIG_WANIBUCHI,
    "expect": "pass", "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "invoice, order and product numbers plus the company's own T-number; no person",
})

# 054 — plain ZIP with a CSV and an XLSX of patients
_csv = [["利用者ID", "氏名", "生年月日", "郵便番号", "住所", "電話"]]
for i, p in enumerate(P[8:16]):
    _csv.append([f"HN{1048 + i}", p[0], p[2], "", p[3], p[4]])
_fam = [["利用者ID", "続柄・氏名・電話"]]
for i, p in enumerate(P[8:16]):
    _fam.append([f"HN{1048 + i}", p[5]])
MESSAGES.append({
    "id": "homenursing-054", "charset": "utf-8",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": ["ツバサシステム 導入支援 <kaizen@tsubasa-system.jp>"],
    "subject": "移行データ 第2弾（利用者基本情報・家族連絡先）",
    "body": "ツバサシステム 導入支援ご担当様\n\nお世話になっております。篠塚です。\n移行データの第2弾をzipにまとめてお送りします。\n"
            "・users_02.csv（基本情報 8名）\n・家族連絡先_02.xlsx\n\n取込後に件数のご確認をお願いします。" + SIG_SHINOZUKA,
    "attachments": [{"kind": "zip", "name": "migration_02.zip",
                     "files": [{"kind": "csv", "name": "users_02.csv", "encoding": "utf-8", "rows": _csv},
                               {"kind": "xlsx", "name": "家族連絡先_02.xlsx",
                                "sheets": {"家族連絡先": [["家族連絡先（第2弾）", ""]] + _fam}}]}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "unencrypted ZIP with a CSV and an XLSX of eight patients' details to a partner vendor",
})

# 055 — families on free mail visible to each other
MESSAGES.append({
    "id": "homenursing-055", "charset": "iso-2022-jp",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["makoto.kounobe@gmail.com", "uga-akemi.0611@docomo.ne.jp", "aya_senba@yahoo.co.jp",
           "yumi.aimono@ezweb.ne.jp"],
    "subject": "介護者家族交流会のご案内（7/19）",
    "body": "ご家族の皆さま\n\nいつもお世話になっております。訪問看護ステーションひのでの森永です。\n"
            "日頃の介護の悩みを気軽に話せる「介護者家族交流会」を今年も開催します。\n\n"
            "日時：7月19日（土）14:00～16:00\n会場：さくらホテル 2階 桜の間\n参加費：無料（お茶とお菓子をご用意します）\n\n"
            "参加ご希望の方は、このメールにご返信ください。" + SIG_MORINAGA,
    "expect": "stop", "entities": [], "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "four private persons' addresses visible to each other in To: should have been Bcc",
})

# 056 — three family contacts for one patient to the meal-delivery partner
MESSAGES.append({
    "id": "homenursing-056", "charset": "iso-2022-jp",
    "sender": f"小鳥遊 紗枝 <s.takanashi@{DOM}>",
    "to": ["北国フーズ 配食サービス課 <haishoku@kitaguni-foods.co.jp>"],
    "subject": "Re: 配食 薬袋様の緊急連絡先の追加",
    "body": "北国フーズ 配食サービス課 御中\n\nお世話になっております。小鳥遊です。\n薬袋 武 様の不在時連絡先ですが、ご家族と相談し、下記の順でお願いすることになりました。\n\n"
            "  1. 長女 中條 真理 様　090-6612-0048\n  2. 長男 薬袋 大輔 様　080-2276-1935\n  3. 次女 薬袋 咲 様　070-4418-5502\n\n"
            "よろしくお願いいたします。" + SIG_TAKANASHI,
    "expect": "pass", "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "three family members' phones for one patient: fewer than five people, no health data",
})

# 057 — basic pension number of a leaving nurse
MESSAGES.append({
    "id": "homenursing-057", "charset": "iso-2022-jp",
    "sender": f"百目鬼 聡 <s.domeki@{DOM}>",
    "to": ["多摩中央社会保険労務士事務所 宇留野 <uruno@tama-sr.jp>"],
    "subject": "資格喪失届（訪問看護 常勤1名 6/30退職）",
    "body": "宇留野先生\n\nいつもお世話になっております。\n6/30付で退職する職員の資格喪失手続きをお願いします。\n\n"
            "氏名：鷲見 奈津子\n生年月日：昭和50年6月24日\n基礎年金番号：4107-583229\n"
            "被保険者整理番号：188\n離職票：要（本人希望）\n\n健康保険証は回収次第お送りします。" + SIG_DOMEKI,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], "detectors": ["personal_data"],
    "note": "an employee's basic pension number to an outside office",
})

# 058 — XLSX with a "Confidential" page header
MESSAGES.append({
    "id": "homenursing-058", "charset": "utf-8",
    "sender": f"鰐淵 真琴 <m.wanibuchi@{DOM}>",
    "to": ["ツバサシステム 有働様 <udo@tsubasa-system.jp>"],
    "subject": "報酬改定対応 単価マスタ設定のご依頼",
    "body": "有働様\n\nお世話になっております。鰐淵です。\n来期の料金体系（案）に合わせた単価マスタの設定をお願いしたく、シミュレーション表をお送りします。\n"
            "確定は7月中旬の予定です。" + SIG_WANIBUCHI,
    "attachments": [{"kind": "xlsx", "name": "料金体系シミュレーション_FY2026.xlsx", "page_header": "Confidential",
                     "title": "FY2026 料金体系シミュレーション",
                     "sheets": {"単価案": [["FY2026 料金体系シミュレーション", "", ""], ["区分", "現行", "改定案"],
                                           ["訪問看護I2（30分以上60分未満）", "823単位", "832単位"],
                                           ["緊急時訪問看護加算", "600単位", "620単位"],
                                           ["自費 見守り 1時間", "8,800円", "9,350円"]],
                                "収支影響": [["区分", "影響額（年）"], ["介護保険", "+1,240千円"], ["自費", "+380千円"]]}}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "attached workbook carries a Confidential page header and goes outside",
})

# 059 — internal only: 社外秘 board material
MESSAGES.append({
    "id": "homenursing-059", "charset": "iso-2022-jp",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": [f"取締役 介護事業本部長 <honbucho@{DOM}>", f"総務部 百目鬼 <s.domeki@{DOM}>"],
    "subject": "【社外秘】経営会議資料（訪問看護事業 上期見込み）",
    "body": "本部長、百目鬼さん\n\n来週の経営会議資料を添付します。\n上期の売上見込みは計画比 96%、青梅サテライトの人員不足が主因です。" + SIG_MORINAGA,
    "attachments": [{"kind": "pptx", "name": "経営会議_訪問看護_上期見込み.pptx", "page_footer": "社外秘",
                     "slides": [["訪問看護事業 上期見込み", "2025年6月 経営会議"],
                                ["売上", "計画 148百万円 / 見込 142百万円（96%）"],
                                ["課題", "青梅サテライト 看護師 2名欠員", "オンコール負担の偏り"]]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "社外秘 material but all recipients are internal",
})

# 060 — English, one patient's stroke to a family member abroad
MESSAGES.append({
    "id": "homenursing-060", "charset": "utf-8",
    "sender": f"Chikage Morinaga <c.morinaga@{DOM}>",
    "to": ["Ken Inose <ken.inose.sg@outlook.com>"],
    "subject": "Update on your father, Mr. Genji Inose",
    "body": "Dear Ken,\n\nThank you for your call from Singapore yesterday.\n"
            "As promised, here is a short update on your father, Genji Inose (born 15 Aug 1947).\n\n"
            "- On 2 June he had a minor ischaemic stroke and was treated at Akigawa Chuo Hospital for 9 days.\n"
            "- He now has mild weakness in his right hand and some difficulty finding words (aphasia).\n"
            "- His blood pressure this morning was 148/86; Dr. Negoro has increased his amlodipine.\n"
            "- Your mother Kumi is managing well, but we have suggested day-service twice a week.\n\n"
            "Please feel free to contact us any time.\n\nKind regards," + SIG_EN,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "named patient's stroke and treatment in English to a private free-mail address (要配慮)",
})

# 061 — XLSX vital-sign log of one patient to the physician
_v = [["仙波 清一郎 様 バイタル記録（2025年5月）", "", "", "", "", ""],
      ["日付", "血圧", "脈拍", "体温", "SpO2", "疼痛NRS"]]
for d, bp, p, t, s, nrs in [("5/1", "118/70", "88", "36.8", "95", "3"), ("5/5", "112/66", "92", "37.0", "94", "4"),
                            ("5/8", "108/64", "96", "37.4", "93", "6"), ("5/12", "104/60", "98", "37.1", "93", "5"),
                            ("5/15", "110/62", "94", "36.9", "94", "4"), ("5/19", "102/58", "102", "37.6", "92", "7")]:
    _v.append([d, bp, p, t, s, nrs])
MESSAGES.append({
    "id": "homenursing-061", "charset": "shift_jis",
    "sender": f"東雲 ひかり <h.shinonome@{DOM}>",
    "to": ["河辺ふじ内科 院長 藤咲先生 <fujisaki@kabe-fuji-naika.jp>"],
    "subject": "仙波様 5月バイタル推移",
    "body": "藤咲先生\n\nいつもお世話になっております。東雲です。\n仙波様の5月のバイタル推移をお送りします。\n"
            "5/8以降、疼痛スケールが上がっており、レスキューの使用が1日3回程度になっています。" + SIG_SHINONOME,
    "attachments": [{"kind": "xlsx", "name": "仙波様_バイタル_202505.xlsx",
                     "sheets": {"バイタル": _v,
                                "レスキュー": [["日付", "使用回数", "薬剤"], ["5/8", "2", "オキノーム散5mg"],
                                               ["5/12", "3", "オキノーム散5mg"], ["5/19", "4", "オキノーム散5mg"]],
                                "基本情報": [["氏名", "仙波 清一郎"], ["生年月日", "昭和20年1月9日"],
                                             ["病名", "膵頭部がん（StageIV）"]]}}],
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "workbook with one named patient's cancer diagnosis, vitals and opioid use to an outside clinic",
})

# 062 — two partner organisations in a meeting mail
MESSAGES.append({
    "id": "homenursing-062", "charset": "iso-2022-jp",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["川崎電機 ヘルスケア事業部 鳴海様 <narumi@kawasaki-denki.co.jp>"],
    "cc": ["ツバサシステム 有働様 <udo@tsubasa-system.jp>"],
    "subject": "見守りセンサー連携 三者打合せの件",
    "body": "鳴海様\n（cc：ツバサシステム 有働様）\n\nお世話になっております。森永です。\n"
            "見守りセンサー（KD-Care）のアラートを記録システムに取り込む件で、三者打合せをお願いできればと思います。\n\n"
            "候補日：6/17（火）10時、6/19（木）15時\n場所：当ステーション または Teams\n\n"
            "実証はまず利用者3名（ご同意取得済み）で始める想定です。" + SIG_MORINAGA,
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two partner organisations in To/Cc, ordinary meeting mail",
})

# 063 — look-alike of the own domain: another TLD
MESSAGES.append({
    "id": "homenursing-063", "charset": "iso-2022-jp",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": ["鰐淵 真琴 <m.wanibuchi@hinode-sangyo.jp>"],
    "subject": "6月分 立替精算（ガソリン代）",
    "body": "鰐淵さん\n\nお疲れさまです。ひのでの篠塚です。\n6月分の立替精算書を送ります。訪問車のガソリン代が中心です。\n\n"
            "  合計 48,320円（領収書 23枚）\n  内訳：ガソリン 41,870円／駐車場 3,150円／高速 3,300円\n\n"
            "領収書の原本は社内便で送付済みです。" + SIG_SHINOZUKA,
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "hinode-sangyo.jp is the own domain with another TLD: a look-alike, not internal",
})

# 064 — PPTX slide with six nurses' mobiles to an app vendor
MESSAGES.append({
    "id": "homenursing-064", "charset": "utf-8",
    "sender": f"御手洗 葵 <a.mitarai@{DOM}>",
    "to": ["ケアコール 導入担当 <onboarding@carecall-app.jp>"],
    "subject": "緊急連絡体制の資料（アプリ設定用）",
    "body": "ケアコール 導入担当者様\n\nお世話になっております。ひのでの御手洗です。\n"
            "緊急時の呼び出し順をアプリに設定していただくため、社内で使っている資料をそのままお送りします。\n3枚目に連絡先があります。" + SIG_MITARAI,
    "attachments": [{"kind": "pptx", "name": "緊急連絡体制_2025.pptx",
                     "slides": [["緊急連絡体制 2025年度", "訪問看護ステーションひので"],
                                ["呼び出しの流れ", "利用者・家族 → 当番携帯 → 2nd → 管理者", "15分以内に折り返し"],
                                ["連絡先一覧"] + [f"{n[0]}　{n[2]}　{n[3]}" for n in N[:6]]]}],
    "expect": "stop", "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "PPTX slide listing six nurses' mobiles and home addresses to an outside vendor",
})

# 065 — one business contact (a doctor's clinic line) passed on
MESSAGES.append({
    "id": "homenursing-065", "charset": "iso-2022-jp",
    "sender": f"大鷹 理沙 <r.otaka@{DOM}>",
    "to": ["西多摩ケアサポート 蔀 <shitomi@nishitama-care.co.jp>"],
    "subject": "福生在宅クリニックの連携窓口",
    "body": "蔀さん\n\nお世話になっております。大鷹です。\n先日お尋ねの件、福生在宅クリニックの連携窓口は下記の方です。\n\n"
            "  福生在宅クリニック 地域連携室 相談員 鮫島 様\n  TEL 042-530-2829（連携室直通）\n  renkei@fussa-zaitaku.com\n\n"
            "平日9時～17時の受付とのことです。" + SIG_OTAKA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "one clinic liaison's business contact, no private data",
})

# 066 — protected PDF
MESSAGES.append({
    "id": "homenursing-066", "charset": "shift_jis",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": ["レセプトサポート多摩 <info@receipt-tama.co.jp>"],
    "subject": "5月分 実績集計表（医療保険）",
    "body": "レセプトサポート多摩 御中\n\n5月分の実績集計表をお送りします。\nPDFにはパスワードを設定しています。パスワードはお電話でお伝えします。" + SIG_SHINOZUKA,
    "attachments": [{"kind": "pdf", "name": "実績集計表_202505.pdf", "password": "rt2505hn",
                     "lines": ["5月分 訪問看護実績集計表（医療保険）", "利用者 14名 延べ 132回"],
                     "table": [["利用者", "回数"], ["宍戸 芳樹", "8"], ["仙波 清一郎", "12"]]}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF cannot be inspected",
})

# 067 — suspected abuse (crime victim) of one person to the regional support centre
MESSAGES.append({
    "id": "homenursing-067", "charset": "iso-2022-jp",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["日の出町地域包括支援センター 社会福祉士 <soudan@houkatsu-hinode.jp>"],
    "subject": "【至急】高齢者虐待が疑われるケースのご相談",
    "body": "日の出町地域包括支援センター 御中\n\n訪問看護ステーションひのでの森永です。至急ご相談させてください。\n\n"
            "対象者：苗加 ウメ 様（大正14年1月25日生）日の出町平井3007-2\n"
            "6/10の訪問時、両上腕に指の形の皮下出血、左頬に腫脹を確認しました。\n"
            "ご本人は「転んだ」と話されますが、同居の家族から叩かれている様子があり、\n"
            "年金の通帳も家族が管理しており、食事も十分に取れていません。\n\n写真と記録は持参いたします。本日中にご連絡をお願いします。" + SIG_MORINAGA,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named person's injuries and suspected abuse (crime victim) to an outside centre (要配慮)",
})

# 068 — list of 24h pharmacies (businesses)
MESSAGES.append({
    "id": "homenursing-068", "charset": "utf-8",
    "sender": f"小鳥遊 紗枝 <s.takanashi@{DOM}>",
    "to": ["ひだまりケアプラン 石動 <isurugi@hidamari-care.jp>"],
    "subject": "夜間・休日対応の薬局一覧",
    "body": "石動さん\n\nお疲れさまです。小鳥遊です。\n先日話題になった、夜間・休日に対応してくれる薬局をまとめました。\n\n"
            "■あおぞら薬局 秋川店　あきる野市秋川1-8-3　042-558-3301　24時間電話対応\n"
            "■ひので調剤薬局　日の出町平井2-3-11　042-597-1170　土日 9-18時\n"
            "■青梅中央薬局　青梅市東青梅1-11-5　0428-23-0881　麻薬取扱い・在宅対応\n"
            "■ふっさ駅前ファーマシー　福生市本町90　042-551-0092　夜間22時まで\n"
            "■はむら薬局 小作店　羽村市小作台5-2-1　042-579-3327　無菌調剤あり\n\n"
            "連休前は特に混むので、早めの処方依頼がおすすめです。" + SIG_TAKANASHI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "list of pharmacies with shop phones and addresses: businesses, not people",
})

# 069 — legacy XLS of seven patients to the rental company
_rows = [["利用者名", "住所", "電話", "品目", "開始日"]]
for p, item, st in [(P[0], "特殊寝台", "2024/04/01"), (P[2], "車いす", "2023/11/15"), (P[6], "歩行器", "2025/01/10"),
                    (P[10], "手すり", "2024/09/01"), (P[13], "特殊寝台", "2022/06/20"), (P[11], "床ずれ防止用具", "2025/02/03"),
                    (P[4], "スロープ", "2024/12/12")]:
    _rows.append([p[0], p[3], p[4], item, st])
MESSAGES.append({
    "id": "homenursing-069", "charset": "shift_jis",
    "sender": f"帯刀 健吾 <k.tatewaki@{DOM}>",
    "to": ["たまがわ福祉用具 相馬様 <souma@tamagawa-fukushi.co.jp>"],
    "subject": "定期点検の対象者リスト（古いExcel形式ですみません）",
    "body": "相馬様\n\nお世話になっております。帯刀です。\n7月の定期点検の対象となる方のリストです。\n"
            "ステーションのPCが古く、xls形式になっています。開けなければご連絡ください。" + SIG_TATEWAKI,
    "attachments": [{"kind": "xls", "name": "点検対象者.xls", "sheets": {"点検対象": _rows}}],
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "legacy XLS with seven patients' addresses and phones to an outside supplier",
})

# 070 — disability certificate of one patient to the care taxi
MESSAGES.append({
    "id": "homenursing-070", "charset": "iso-2022-jp",
    "sender": f"帯刀 健吾 <k.tatewaki@{DOM}>",
    "to": ["西多摩介護タクシー 配車係 <haisha@nishitama-kaigotaxi.jp>"],
    "subject": "通院送迎のご予約（6/18）",
    "body": "西多摩介護タクシー 配車係 様\n\nお世話になっております。訪問看護ステーションひのでの帯刀です。\n通院送迎の予約をお願いします。\n\n"
            "ご利用者：猪瀬 源次 様\nお迎え：東京都西多摩郡瑞穂町箱根ケ崎2310-6\n行き先：秋川中央病院 脳神経外科\n"
            "日時：6/18（水）9:20 お迎え\n身体障害者手帳 2級（右片麻痺）のため、障害者割引の適用をお願いします。\n"
            "車いすのまま乗車、奥様が同乗されます。" + SIG_TATEWAKI,
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one named person's disability certificate grade and paralysis to a taxi company (要配慮)",
})

# 071 — English reply with "On … wrote:" quote holding the data
MESSAGES.append({
    "id": "homenursing-071", "charset": "utf-8",
    "sender": f"Chikage Morinaga <c.morinaga@{DOM}>",
    "to": ["Dr. Sarah Whitfield <s.whitfield@tokyo-intlclinic.com>"],
    "subject": "Re: Home visits for Mr. Hollis after discharge",
    "body": "Dear Dr. Whitfield,\n\nThank you for the referral. We can start visits on Monday 9 June, twice a week,\n"
            "and our nurse Risa Otaka will be his main contact. We will send the first report after two weeks.\n\n"
            "Best regards,\nChikage" + SIG_EN +
            "\n\nOn Wed, 4 Jun 2025 at 16:40, Sarah Whitfield <s.whitfield@tokyo-intlclinic.com> wrote:\n"
            "> Dear Ms. Morinaga,\n> I would like to refer Mr. Daniel Hollis (DOB 12/03/1951), 2-7-14 Ushihama, Fussa,\n"
            "> tel 042-551-8827, for home nursing after his discharge. He has type 2 diabetes\n"
            "> and a below-knee amputation (left) and needs wound care and insulin supervision.\n> Kind regards,\n> Sarah Whitfield, MD\n",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the patient's details appear only in the quoted referral from the recipient herself",
})

# 072 — passport number to a travel agency
MESSAGES.append({
    "id": "homenursing-072", "charset": "iso-2022-jp",
    "sender": f"百目鬼 聡 <s.domeki@{DOM}>",
    "to": ["ワールドブリッジ旅行 法人デスク <corp@worldbridge-travel.co.jp>"],
    "subject": "デンマーク在宅ケア視察研修 航空券手配（1名追加）",
    "body": "ワールドブリッジ旅行 法人デスク 御中\n\n日の出産業 総務部の百目鬼です。\n9月のデンマーク在宅ケア視察研修に、1名追加で参加させたくご手配をお願いします。\n\n"
            "氏名（旅券記載）：MITARAI AOI\n生年月日：1979年11月3日\n旅券番号：TZ6618204\n旅券有効期限：2031年2月9日\n"
            "マイレージ番号：なし\n\n見積りをいただけましたら稟議にかけます。" + SIG_DOMEKI,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], "detectors": ["personal_data"],
    "note": "an employee's passport number to an outside travel agency",
})

# 073 — two addresses of ONE external organisation
MESSAGES.append({
    "id": "homenursing-073", "charset": "iso-2022-jp",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": ["西多摩ケアサポート 蔀 <shitomi@nishitama-care.co.jp>", "西多摩ケアサポート 雲雀 <hibari@nishitama-care.co.jp>"],
    "cc": ["西多摩ケアサポート 事務 <jimu@nishitama-care.co.jp>"],
    "subject": "夏季休業中の緊急連絡体制について",
    "body": "西多摩ケアサポート 蔀様、雲雀様\n\nいつもお世話になっております。\n8/13（水）～8/15（金）はステーションの窓口業務をお休みしますが、\n"
            "訪問は通常どおり行います。緊急時はステーション代表番号（042-597-3810）が当番携帯へ転送されます。\n\n"
            "どうぞよろしくお願いいたします。" + SIG_SHINOZUKA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "three addresses but all of one external organisation: one party",
})

# 074 — mere mention of 機密 in a training request
MESSAGES.append({
    "id": "homenursing-074", "charset": "shift_jis",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["セキュアラーニング 研修事業部 <kenshu@secure-learning.co.jp>"],
    "subject": "職員向け情報セキュリティ研修のお見積り依頼",
    "body": "セキュアラーニング 研修事業部 御中\n\n訪問看護ステーションひのでの森永と申します。\n"
            "訪問先でタブレットやスマホを使う機会が増えたため、職員向けに\n"
            "「個人情報・機密情報の取り扱い」「紛失時の初動」をテーマとした研修をお願いしたく、お見積りをお願いします。\n\n"
            "対象：看護師・リハ職 約15名\n形式：集合研修 90分（夜間 18:30～）\n希望時期：8月～9月" + SIG_MORINAGA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the word 機密 is only mentioned as a training topic, not a marking",
})

# 075 — PDF with 取扱注意 page header (incident report) to the insurer
MESSAGES.append({
    "id": "homenursing-075", "charset": "iso-2022-jp",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["あさひ損害保険 西東京サービスセンター <nishitokyo-sc@asahi-sonpo.co.jp>"],
    "subject": "賠償責任保険 事故報告書の送付（証券番号 BL-7730215）",
    "body": "あさひ損害保険 西東京サービスセンター ご担当者様\n\nいつもお世話になっております。\n"
            "6/5に訪問先で発生した物損事故（利用者宅の洗面台を破損）について、事故報告書をお送りします。" + SIG_MORINAGA,
    "attachments": [{"kind": "pdf", "name": "事故報告書_20250605.pdf", "page_header": "取扱注意",
                     "title": "事故報告書",
                     "lines": ["事故報告書", "発生日時：2025年6月5日 10時20分頃",
                               "発生場所：利用者宅（日の出町内）洗面所",
                               "概要：入浴介助後、看護師が洗面台に手をついた際に陶器部分が割れた",
                               "損害額（見込）：洗面台交換 約12万円", "再発防止策：手すり以外に体重をかけない手順の周知"]}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "attached PDF is stamped 取扱注意 on every page and goes outside",
})

# 076 — TXT attachment (space-padded) with seven visit addresses to a taxi company
_rows = [["No", "利用者", "住所", "電話", "到着希望"]]
for i, (p, t) in enumerate([(P[0], "9:20"), (P[2], "10:40"), (P[6], "11:50"), (P[13], "13:30"),
                             (P[10], "14:50"), (P[11], "15:40"), (P[4], "16:30")], 1):
    _rows.append([str(i), p[0] + " 様", p[3], p[4], t])
MESSAGES.append({
    "id": "homenursing-076", "charset": "shift_jis",
    "sender": f"御手洗 葵 <a.mitarai@{DOM}>",
    "to": ["ひのでタクシー 配車センター <haisha@hinode-taxi.co.jp>"],
    "subject": "明日（大雪予報）の訪問用 貸切タクシーのお願い",
    "body": "ひのでタクシー 配車センター 御中\n\nいつもお世話になっております。訪問看護ステーションひのでの御手洗です。\n"
            "明日は大雪予報のため、訪問車の代わりに貸切でお願いしたく、ルート表を添付しました。\n"
            "看護師1名が同乗します。8:50にステーション前でお願いします。" + SIG_MITARAI,
    "attachments": [{"kind": "txt", "name": "訪問ルート_雪.txt", "encoding": "cp932",
                     "text": "訪問ルート（大雪時）\n\n" + pad(_rows) + "\n\n※各お宅で30～45分滞在します。\n"}],
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "text attachment with a padded table of seven patients' addresses and phones to a taxi company",
})

# 077 — internal HTML mail with a vitals table
_rows = [["利用者", "BP", "P", "SpO2", "コメント"], ["浦辺 トミ子", "152/88", "76", "96", "降圧剤飲み忘れ2日"],
         ["薬袋 武", "124/70", "68", "97", "変化なし"], ["柳生 サダ", "98/56", "104", "91", "発熱37.9℃ 誤嚥疑い"],
         ["栗花落 幸三", "136/78", "82", "95", "下肢浮腫軽度"], ["五百旗頭 正道", "110/64", "72", "96", "すくみ足増強"]]
MESSAGES.append({
    "id": "homenursing-077", "charset": "utf-8",
    "sender": f"小鳥遊 紗枝 <s.takanashi@{DOM}>",
    "to": [f"森永 千景 <c.morinaga@{DOM}>"], "cc": [f"御手洗 葵 <a.mitarai@{DOM}>"],
    "subject": "あきる野サテライト 本日の要注意バイタル",
    "body": "森永さん、御手洗さん\n\n本日のあきる野の要注意バイタルです（HTML表で見られない場合はシステムを参照してください）。\n"
            "柳生さんは主治医に報告済み、明朝再訪問します。\n\n小鳥遊",
    "html": "<html><body><p>森永さん、御手洗さん</p><p>本日のあきる野の要注意バイタルです。</p>" + html_table(_rows) +
            "<p>柳生さんは主治医に報告済み、明朝再訪問します。</p><p>小鳥遊</p></body></html>",
    "expect": "pass", "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "health data of five patients but only internal recipients",
})

# 078 — infection (scabies) of one patient to a day-service
MESSAGES.append({
    "id": "homenursing-078", "charset": "iso-2022-jp",
    "sender": f"大鷹 理沙 <r.otaka@{DOM}>",
    "to": ["デイサービスひだまり 生活相談員 <soudan@day-hidamari.jp>"],
    "subject": "勅使河原様 皮膚症状についての情報共有",
    "body": "デイサービスひだまり 生活相談員 様\n\nお世話になっております。訪問看護ステーションひのでの大鷹です。\n"
            "勅使河原房江様（S10.10.10生）ですが、6/9に皮膚科を受診され、疥癬（通常疥癬）と診断されました。\n"
            "イベルメクチン内服中で、2週間後に再受診予定です。\n"
            "次回デイご利用時は、入浴を最後の順番にしていただき、リネン類の取り扱いにご注意ください。" + SIG_OTAKA,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one named patient's infectious-disease diagnosis to an outside day-service (要配慮)",
})

# 079 — homoglyph look-alike (q for g) of the own domain
MESSAGES.append({
    "id": "homenursing-079", "charset": "utf-8",
    "sender": f"東雲 ひかり <h.shinonome@{DOM}>",
    "to": ["森永 千景 <c.morinaga@hinode-sanqyo.co.jp>"],
    "subject": "青梅サテライト 物品発注（7月分）",
    "body": "森永さん\n\nお疲れさまです。東雲です。\n7月分の物品発注です。承認をお願いします。\n\n"
            "・ディスポ手袋 M 10箱\n・アルコール綿 5箱\n・フィルムドレッシング 10×12cm 2箱\n・ペンライト 1本\n\n"
            "合計 18,640円（税込）です。" + SIG_SHINONOME,
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "hinode-sanqyo.co.jp swaps g for the look-alike q",
})

# 080 — two nurses' shifts to the staffing agency
MESSAGES.append({
    "id": "homenursing-080", "charset": "iso-2022-jp",
    "sender": f"御手洗 葵 <a.mitarai@{DOM}>",
    "to": ["ナースサポート西東京 柊様 <hiiragi@ns-nishitokyo.jp>"],
    "subject": "Re: 7月 派遣看護師さんの勤務日",
    "body": "柊様\n\nご調整ありがとうございます。7月の勤務日は下記で確定とさせてください。\n\n"
            "  沖田 さん：7/1, 7/3, 7/8, 7/10（いずれも 8:45-17:15）\n  真壁 さん：7/2, 7/9, 7/16, 7/23（8:45-13:00）\n\n"
            "初日は管理者からオリエンテーションを行います。" + SIG_MITARAI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "two agency nurses named with their shift days only; no contact or private data",
})

# 081 — one record per block: five new patients to a bathing-service provider
_blocks = []
for p, lvl, day in [(P[15], "要介護2", "火"), (P[5], "要介護3", "木"), (P[9], "要介護2", "月"),
                    (P[3], "要介護4", "水"), (P[7], "要介護3", "金")]:
    _blocks.append(f"■{p[0]} 様（{p[1]}）\n　住所：{p[3]}\n　電話：{p[4]}\n　キーパーソン：{p[5]}\n　{lvl}／希望曜日：{day}")
MESSAGES.append({
    "id": "homenursing-081", "charset": "iso-2022-jp",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["アクア訪問入浴 西多摩営業所 <nishitama@aqua-nyuyoku.co.jp>"],
    "subject": "訪問入浴 新規ご依頼（5名）",
    "body": "アクア訪問入浴 西多摩営業所 御中\n\nお世話になっております。ひのでの森永です。\nケアマネさん経由で、訪問入浴の新規ご依頼が5件ありましたのでご連絡します。\n\n"
            + "\n\n".join(_blocks) + "\n\n各ケアマネさんから正式な依頼が届く予定です。" + SIG_MORINAGA,
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "five patients' records, one block each with address, phone and family contact, to an outside provider",
})

# 082 — own branch list
MESSAGES.append({
    "id": "homenursing-082", "charset": "utf-8",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": ["青梅市 高齢者支援課 <koreisha@city-ome.lg.jp>"],
    "subject": "事業所一覧の掲載内容について",
    "body": "青梅市 高齢者支援課 御中\n\n市の「在宅医療・介護資源マップ」に掲載いただく当社事業所の情報です。\n\n"
            + zpad([["事業所", "所在地", "電話", "営業時間"],
                    ["本所（日の出）", "日の出町平井2-14-6", "042-597-3810", "8:30-17:30"],
                    ["あきる野サテライト", "あきる野市秋川1-2-8", "042-550-6621", "8:30-17:30"],
                    ["青梅サテライト", "青梅市東青梅2-9-3", "0428-21-7730", "8:30-17:30"]]) +
            "\n\n※3か所とも24時間の電話対応を行っています。" + SIG_SHINOZUKA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the company's own branches with office phones: businesses, not people",
})

# 083 — corrupt DOCX
MESSAGES.append({
    "id": "homenursing-083", "charset": "iso-2022-jp",
    "sender": f"大鷹 理沙 <r.otaka@{DOM}>",
    "to": ["福生在宅クリニック 地域連携室 <renkei@fussa-zaitaku.com>"],
    "subject": "訪問看護指示書の記載内容確認",
    "body": "福生在宅クリニック 地域連携室 鮫島様\n\nお世話になっております。大鷹です。\n指示書の記載内容の確認票を添付いたします。\nご確認のうえご返送いただけますと幸いです。" + SIG_OTAKA,
    "attachments": [{"kind": "corrupt", "name": "指示書確認票.docx"}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the DOCX attachment is corrupt and cannot be inspected",
})

# 084 — either: de-identified case to a researcher (still possibly identifiable)
MESSAGES.append({
    "id": "homenursing-084", "charset": "utf-8",
    "sender": f"御手洗 葵 <a.mitarai@{DOM}>",
    "to": ["多摩看護大学 在宅看護学 桑原 <t-kuwabara@tama-nursing.ac.jp>"],
    "subject": "共同研究 事例データ（匿名化済み）1例目",
    "body": "桑原先生\n\nお世話になっております。御手洗です。\n共同研究の事例データ1例目を、匿名化したうえでお送りします。\n\n"
            "事例A：80代後半 女性、日の出町大久野地区在住、独居（長男が週3回通い）\n"
            "要介護3、脳梗塞後遺症（右片麻痺）、高血圧症\n訪問看護開始：2022年4月、週2回\n"
            "経過：2024年冬に誤嚥性肺炎で入院し、退院後は経口摂取を継続\n\n"
            "地区名は残したほうが地域特性の分析に使えるとのことでしたが、人数の少ない地区なので、\n"
            "掲載時は市町村単位にしていただけますか。" + SIG_MITARAI,
    "expect": "either", "entities": ["SENSITIVE_CATEGORY"], "detectors": [],
    "note": "nameless case with diagnoses, but age band, district and household could single the person out in a small town",
})

# 085 — discharge conference: diagnosis of one patient to the hospital liaison office
MESSAGES.append({
    "id": "homenursing-085", "charset": "shift_jis",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["秋川中央病院 地域医療連携室 MSW 九十九 <tsukumo@akigawa-chuo-hp.or.jp>"],
    "subject": "退院前カンファレンスの件（秦悦子様）",
    "body": "秋川中央病院 地域医療連携室 九十九様\n\nお世話になっております。訪問看護ステーションひのでの森永です。\n"
            "秦 悦子様（昭和26年4月16日生）の退院前カンファレンスにつきまして、当方からの確認事項です。\n\n"
            "1. 関節リウマチの生物学的製剤（皮下注）は退院後もご本人の自己注射継続でよいか\n"
            "2. 入院中に判明した2型糖尿病について、血糖測定の指導範囲\n"
            "3. 抑うつ状態に対する精神科フォローの有無\n\n"
            "6/20（金）14時のカンファには私と大鷹が出席します。" + SIG_MORINAGA,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one named patient's diagnoses including mental health sent outside (要配慮)",
})

# 086 — hotel booking with two attendees' names
MESSAGES.append({
    "id": "homenursing-086", "charset": "iso-2022-jp",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    "subject": "宿泊予約のお願い（9/11 研修参加）",
    "body": "さくらホテル 宿泊予約ご担当 様\n\n日の出産業株式会社の篠塚と申します。\n下記のとおり宿泊の予約をお願いいたします。\n\n"
            "宿泊日：9月11日（木）1泊\n人数：2名（シングル2室、禁煙）\n宿泊者：東雲 ひかり、饗庭 瑞穂\n"
            "お支払い：法人請求（請求先 日の出産業株式会社 総務部）\n\n確認書を本メールアドレス宛にお送りください。" + SIG_SHINOZUKA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "two employees named for a room booking, no personal data beyond names",
})

# 087 — My Numbers of three people in an XLSX to the tax accountant
MESSAGES.append({
    "id": "homenursing-087", "charset": "utf-8",
    "sender": f"鰐淵 真琴 <m.wanibuchi@{DOM}>",
    "to": ["西多摩税理士法人 担当 乙部 <otobe@nishitama-tax.jp>"],
    "subject": "講師謝金の支払調書作成用データ",
    "body": "乙部様\n\nいつもお世話になっております。日の出産業 経理部の鰐淵です。\n"
            "訪問看護ステーションの研修でお招きした外部講師3名分の支払調書作成用データです。\nよろしくお願いいたします。" + SIG_WANIBUCHI,
    "attachments": [{"kind": "xlsx", "name": "支払調書_講師謝金_2025.xlsx",
                     "sheets": {"講師": [["2025年 講師謝金 支払先一覧", "", "", "", ""],
                                         ["氏名", "住所", "個人番号", "支払金額", "源泉徴収税額"],
                                         ["根来 恭子", "東京都八王子市南大沢2-28-1-604", my_number(2702), "50,000", "5,105"],
                                         ["桑原 透", "東京都日野市程久保3-11-9", my_number(2703), "30,000", "3,063"],
                                         ["雫石 久美子", "埼玉県入間市豊岡4-6-17", my_number(2704), "30,000", "3,063"]]}}],
    "expect": "stop", "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], "detectors": ["personal_data"],
    "note": "three individuals' My Numbers with addresses in an XLSX to an outside tax office",
})

# 088 — legal consultation with the partner law firm, no personal data
MESSAGES.append({
    "id": "homenursing-088", "charset": "iso-2022-jp",
    "sender": f"百目鬼 聡 <s.domeki@{DOM}>",
    "to": ["白川法律事務所 弁護士 白川様 <shirakawa@shirakawa-law.jp>"],
    "subject": "訪問看護の利用契約書 改定についてのご相談",
    "body": "白川先生\n\nいつもお世話になっております。日の出産業 総務部の百目鬼です。\n"
            "訪問看護の利用契約書について、下記の点を改定したく、ご相談のお時間をいただけますでしょうか。\n\n"
            "・キャンセル料の規定（前日17時以降のキャンセル）\n・ハラスメント発生時の契約解除条項の新設\n"
            "・訪問時の写真撮影（記録目的）に関する同意条項\n\n"
            "現行の契約書と改定案は、次回打合せ時に紙でお持ちします。" + SIG_DOMEKI + DISC_JA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "contract questions to the partner law firm; disclaimer only",
})

# 089 — English support request with an error log
MESSAGES.append({
    "id": "homenursing-089", "charset": "utf-8",
    "sender": f"Satoshi Domeki <s.domeki@{DOM}>",
    "to": ["Tsubasa System Support <support@tsubasa-system.jp>"],
    "subject": "Sync error on tablet app v4.2.1 (ticket #TS-88213)",
    "body": "Hello,\n\nFollowing up on ticket #TS-88213. After updating the visit-record app to v4.2.1,\n"
            "three tablets fail to sync with this error:\n\n"
            "  2025-06-11T08:52:14+09:00 ERROR SyncWorker: HTTP 409 conflict on /api/v2/visits/batch\n"
            "  2025-06-11T08:52:14+09:00 WARN  retry 3/3 exhausted, queue size=17\n\n"
            "Device models: HN-TAB-07, HN-TAB-09, HN-TAB-12 (Android 13).\nCould you check on your side?\n\n"
            "Regards,\nSatoshi Domeki\nGeneral Affairs, Hinode Sangyo Co., Ltd.\nTel +81-42-596-0101",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "technical log to a partner, no personal data",
})

# 090 — disaster drill: town office and fire department (two organisations)
MESSAGES.append({
    "id": "homenursing-090", "charset": "iso-2022-jp",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["日の出町 防災安全課 <bousai@town-hinode.lg.jp>"],
    "cc": ["西多摩消防組合 日の出出張所 <hinode@nishitama-fd.jp>"],
    "subject": "9月の福祉避難所訓練への参加について",
    "body": "日の出町 防災安全課 御中\n（cc：日の出出張所 様）\n\n訪問看護ステーションひのでの森永です。\n"
            "9/6（土）の福祉避難所開設訓練に、当ステーションから看護師2名が参加いたします。\n"
            "当日は在宅酸素・吸引器の電源確保の流れを確認させていただけますと幸いです。\n\n"
            "持参物：ポータブル蓄電池1台、AED訓練機1台" + SIG_MORINAGA,
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external public bodies in To/Cc; no personal data",
})

# 091 — general nursing-education slides (no marking, no patient) to a university
MESSAGES.append({
    "id": "homenursing-091", "charset": "iso-2022-jp",
    "sender": f"帯刀 健吾 <k.tatewaki@{DOM}>",
    "to": ["多摩看護大学 在宅看護学 桑原 <t-kuwabara@tama-nursing.ac.jp>"],
    "subject": "特別講義スライド「訪問リハの実際」",
    "body": "桑原先生\n\nお世話になっております。帯刀です。\n7/4の特別講義で使うスライドをお送りします。\n事例は架空のものにしてあります。" + SIG_TATEWAKI,
    "attachments": [{"kind": "pptx", "name": "特別講義_訪問リハの実際.pptx",
                     "slides": [["訪問リハの実際", "理学療法士 帯刀 健吾"],
                                ["訪問リハの対象", "退院直後の方", "通所が難しい方", "住環境の調整が必要な方"],
                                ["架空事例", "70代男性 Aさん、段差の多い住宅", "目標：自宅トイレまで歩行"],
                                ["まとめ", "生活の場でこそ見える課題がある"]]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "lecture slides with a fictitious case only; no marking",
})

# 092 — reply with Outlook 「差出人/送信日時」 quote holding the care plan
MESSAGES.append({
    "id": "homenursing-092", "charset": "shift_jis",
    "sender": f"大鷹 理沙 <r.otaka@{DOM}>",
    "to": ["西多摩ケアサポート 蔀 <shitomi@nishitama-care.co.jp>"],
    "subject": "RE: 鬼頭様 ケアプラン変更（第3表）",
    "body": "蔀さん\n\nお世話になっております。大鷹です。\n第3表、拝見しました。訪問看護の曜日は火・金のままで問題ありません。\n"
            "押印した同意書は次回訪問時にお預かりします。" + SIG_OTAKA +
            "\n\n差出人: 蔀 <shitomi@nishitama-care.co.jp>\n送信日時: 2025年6月12日 15:08\n宛先: 大鷹 理沙\n件名: 鬼頭様 ケアプラン変更（第3表）\n\n"
            "大鷹様\n\n鬼頭義男様（昭和17年4月4日生、福生市加美平2-9-3）のケアプラン変更です。\n"
            "ALSの進行により、7月から要介護5での区分変更申請中です。\n"
            "週間サービス計画：訪問看護 火・金、訪問介護 毎日2回、訪問入浴 水\n奥様の携帯 090-5573-2260\n",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "diagnosis, birth date and phone only in the quoted mail from the same care manager",
})

# 093 — full-width padded table: persons needing evacuation help, to the town
_rows = [["氏名", "生年月日", "住所", "電話", "支援の内容"],
         ["河野辺　シヅ", "Ｓ８．３．１４", "日の出町大久野１１８４－３", "０４２－５９７－１２６３", "寝たきり・担送"],
         ["舘野　ハル", "Ｔ１５．６．３０", "日の出町平井１１２２－１５", "０４２－５９７－０８４５", "車いす"],
         ["安曇　千鶴", "Ｓ２８．１２．１８", "日の出町大久野４５２０－１", "０９０－２２７１－５８３６", "インスリン冷所保管"],
         ["苗加　ウメ", "Ｔ１４．１．２５", "日の出町平井３００７－２", "０４２－５９７－６６３８", "認知症・見守り"],
         ["鬼頭　義男", "Ｓ１７．４．４", "福生市加美平２－９－３", "０４２－５５１－６６０４", "人工呼吸器・電源"],
         ["猪瀬　源次", "Ｓ２２．８．１５", "瑞穂町箱根ケ崎２３１０－６", "０４２－５５６－１１９８", "片麻痺・車いす"]]
MESSAGES.append({
    "id": "homenursing-093", "charset": "iso-2022-jp",
    "sender": f"森永 千景 <c.morinaga@{DOM}>",
    "to": ["日の出町 防災安全課 <bousai@town-hinode.lg.jp>"],
    "subject": "個別避難計画の作成対象者（当ステーション利用者分）",
    "body": "日の出町 防災安全課 御中\n\n訪問看護ステーションひのでの森永です。\n先日の会議でご依頼のあった、個別避難計画の作成対象となりそうな方の一覧です。\n"
            "（ご本人・ご家族の同意は口頭で確認済みです。町外の方も参考に含めています）\n\n" + zpad(_rows) +
            "\n\nご不明な点は森永までお問い合わせください。" + SIG_MORINAGA,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "six patients with 和暦 birth dates, addresses, full-width phones and medical needs to the town office",
})

# 094 — four drivers on a parking-permit application
MESSAGES.append({
    "id": "homenursing-094", "charset": "iso-2022-jp",
    "sender": f"百目鬼 聡 <s.domeki@{DOM}>",
    "to": ["福生警察署 交通課 <kotsu@fussa-ps.jp>"],
    "subject": "訪問看護車両 駐車許可申請の事前相談",
    "body": "福生警察署 交通課 ご担当者様\n\n日の出産業株式会社 総務部の百目鬼と申します。\n"
            "訪問看護用車両の駐車許可申請について、申請予定の車両と運転者は下記のとおりです。\n\n"
            "  多摩 580 あ 12-04　運転者：大鷹 理沙\n  多摩 580 あ 12-07　運転者：東雲 ひかり\n"
            "  多摩 580 あ 13-11　運転者：小鳥遊 紗枝\n  多摩 580 あ 13-15　運転者：一尺八寸 恵\n\n"
            "必要書類に不足がないか、事前にご確認いただけますと幸いです。" + SIG_DOMEKI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "four company cars with their drivers' names only: no contact, ID or private data",
})

# 095 — look-alike of the partner aoba-unyu.co.jp (dropped co.)
MESSAGES.append({
    "id": "homenursing-095", "charset": "shift_jis",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": ["青葉運輸 西多摩営業所 <nishitama@aoba-unyu.jp>"],
    "subject": "集荷依頼（6/16 衛生材料 返品）",
    "body": "青葉運輸 西多摩営業所 御中\n\nお世話になっております。\n6/16（月）午後に、衛生材料の返品3箱の集荷をお願いします。\n\n"
            "集荷先：訪問看護ステーションひので（日の出町平井2-14-6 2F）\n届け先：メディカルサプライ多摩 物流センター\n"
            "着払い伝票でお願いします。" + SIG_SHINOZUKA,
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.jp drops the co. of the partner domain aoba-unyu.co.jp",
})

# 096 — oxygen supplier, on-call arrangements (no patient)
MESSAGES.append({
    "id": "homenursing-096", "charset": "iso-2022-jp",
    "sender": f"御手洗 葵 <a.mitarai@{DOM}>",
    "to": ["東都メディカルガス 在宅酸素課 <hot@toto-medgas.co.jp>"],
    "subject": "夜間・休日の濃縮器トラブル時の連絡体制",
    "body": "東都メディカルガス 在宅酸素課 御中\n\nいつもお世話になっております。ひのでの御手洗です。\n"
            "濃縮器のアラーム等で利用者さんから夜間に連絡が入った場合の対応について確認させてください。\n\n"
            "1. 御社コールセンター（0120-37-8890）へ直接ご連絡いただく形でよいか\n"
            "2. 停電時のボンベ切替の説明は、当ステーションでも実施してよいか\n"
            "3. 台風シーズン前の予備ボンベ配置の予定\n\n次回の連絡会でご回答いただければ結構です。" + SIG_MITARAI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "operational questions to a supplier; no patient is identified",
})

# 097 — one free-mail recipient: job applicant
MESSAGES.append({
    "id": "homenursing-097", "charset": "utf-8",
    "sender": f"百目鬼 聡 <s.domeki@{DOM}>",
    "to": ["mana.sasaki.rn@gmail.com"],
    "subject": "面接日程のご案内（訪問看護師 募集）",
    "body": "佐々木 真菜 様\n\nこのたびは日の出産業株式会社 訪問看護ステーションの求人にご応募いただき、ありがとうございます。\n"
            "書類選考の結果、面接にお越しいただきたくご連絡いたしました。\n\n"
            "日時：6月24日（火）14:00～15:00（見学30分を含みます）\n場所：訪問看護ステーションひので（日の出町平井2-14-6 2F）\n"
            "持ち物：看護師免許証の写し、筆記用具\n\nご都合が悪い場合は、候補日をいくつかお知らせください。" + SIG_DOMEKI,
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "one free-mail applicant, interview logistics only",
})

# 098 — either: family member told about a planned drip
MESSAGES.append({
    "id": "homenursing-098", "charset": "iso-2022-jp",
    "sender": f"小鳥遊 紗枝 <s.takanashi@{DOM}>",
    "to": ["ryo.tsuyuri@gmail.com"],
    "subject": "明日の訪問について",
    "body": "栗花落 亮 様\n\nいつもお世話になっております。あきる野サテライトの小鳥遊です。\n"
            "お父様ですが、ここ数日食事量が少ないため、主治医の指示で明日の訪問時に点滴（500mL）を行います。\n"
            "1時間半ほどかかりますので、ご在宅の方がいらっしゃると安心です。\n\nご不明な点はサテライトまでお電話ください。" + SIG_TAKANASHI,
    "expect": "either", "entities": ["SENSITIVE_CATEGORY"], "detectors": ["freemail_recipient"],
    "note": "the patient's own son on free mail about a treatment, no diagnosis: health data but to the family key person",
})

# 099 — forward of a care manager's mail (diagnoses) to the rental company
MESSAGES.append({
    "id": "homenursing-099", "charset": "iso-2022-jp",
    "sender": f"帯刀 健吾 <k.tatewaki@{DOM}>",
    "to": ["たまがわ福祉用具 相馬様 <souma@tamagawa-fukushi.co.jp>"],
    "subject": "FW: 浦辺様 福祉用具の追加について",
    "body": "相馬様\n\nケアマネさんからのメールを転送します。手すりと歩行器の選定をご一緒にお願いします。\n\n帯刀\n\n"
            "-------- 転送メッセージ --------\n件名: 浦辺様 福祉用具の追加について\n"
            "差出人: 雲雀 <hibari@nishitama-care.co.jp>\n日付: 2025/06/13 11:25\n"
            f"宛先: 帯刀 健吾 <k.tatewaki@{DOM}>\n\n"
            "帯刀様\n\n浦辺トミ子様（S6.9.21生、あきる野市油平201-4 コーポ油平102）の件です。\n"
            "先月、腰椎圧迫骨折で入院され、骨粗鬆症の治療が始まりました。\n"
            "また軽度の認知症があり、夜間のトイレ動作が不安定です。\n手すりと歩行器の追加を検討しています。\n\n雲雀" + SIG_TATEWAKI,
    "expect": "stop", "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forwarded (not quoted) mail with a named patient's fracture and dementia to a third company (要配慮)",
})

# 100 — internal only: password ZIP to a colleague
MESSAGES.append({
    "id": "homenursing-100", "charset": "iso-2022-jp",
    "sender": f"篠塚 良子 <y.shinozuka@{DOM}>",
    "to": [f"経理部 鰐淵 <m.wanibuchi@{DOM}>"],
    "subject": "利用料 未収金一覧（パスワード付き）",
    "body": "鰐淵さん\n\nお疲れさまです。篠塚です。\n5月末時点の利用料未収金一覧をパスワード付きzipでお送りします。\nパスワードはいつものものです。" + SIG_SHINOZUKA,
    "attachments": [{"kind": "zip", "name": "未収金一覧_202505.zip", "password": "hn-keiri-2505",
                     "files": [{"kind": "xlsx", "name": "未収金一覧.xlsx",
                                "sheets": {"未収": [["氏名", "金額"], ["仙波 清一郎", "12,340"], ["鬼頭 義男", "8,800"]]}}]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "encrypted ZIP but the only recipient is internal",
})


# ISO-2022-JP mailers send JIS wave dash / minus sign, not the CP932 full-width forms
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("subject", "body", "html"):
            if _m.get(_k):
                _m[_k] = _m[_k].replace("\uff5e", "\u301c").replace("\uff0d", "\u2212")

assert len(MESSAGES) == 100 and [m["id"] for m in MESSAGES] == [f"homenursing-{i:03d}" for i in range(1, 101)]
