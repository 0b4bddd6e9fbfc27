"""Blind corpus, area "jigyoshokei" (事業承継・M&A/PMI): Hinode Sangyo buys a small family
company (株式会社松浦精工, and a second, smaller one, 有限会社ヤマキ包装) and integrates it;
the mail of the deal team, HR, accounting, legal/general affairs and IT to the M&A adviser,
lawyers, tax accountant, 社労士, banks, the data-room vendor, insurers, printers, hotels and
the former owner's family (due-diligence material, employee lists moving over, shareholder and
seller data, retention agreements, system migration), with the ordinary mail around it.
Written blind from bench/blind/BRIEF.md (and build.py's message format, SPEC.md's names)
without reading mailguard's code; every person, number and address is invented.
"""

from build import card_number, my_number

SEED = 59001


# -- small helpers (formatting only) ----------------------------------------------------

_ZEN = str.maketrans("0123456789-()/:.", "０１２３４５６７８９－（）／：．")


def zen(s: str) -> str:
    """Full-width digits and separators, as some people type them."""
    return s.translate(_ZEN)


def mn_spaced(k: int) -> str:
    n = my_number(SEED + k)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def mn_dash(k: int) -> str:
    n = my_number(SEED + k)
    return f"{n[:4]}-{n[4:8]}-{n[8:]}"


def card_spaced(k: int) -> str:
    n = card_number(SEED + k)
    return f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}"


def card_dash(k: int) -> str:
    n = card_number(SEED + k)
    return f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}"


def corp_no(base12: str) -> str:
    """法人番号: a check digit in front of twelve digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def wareki(iso: str, style: str = "kanji") -> str:
    """1963-05-21 -> 昭和38年5月21日 / S38.5.21 / Ｓ３８．５．２１."""
    y, m, d = (int(x) for x in iso.split("-"))
    if (y, m, d) >= (2019, 5, 1):
        era, short, ey = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, short, ey = "平成", "H", y - 1988
    else:
        era, short, ey = "昭和", "S", y - 1925
    if style == "short":
        return f"{short}{ey}.{m}.{d}"
    if style == "zen":
        return zen(f"{short}{ey}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ").replace("R", "Ｒ")
    return f"{era}{ey}年{m}月{d}日"


# -- the people of 株式会社松浦精工 (all invented) ---------------------------------------
# (社員番号, 氏名, フリガナ, 部署, 生年月日, 入社日, 住所, 携帯, 雇用区分)
ROSTER = [
    ("E0102", "五十嵐 忠", "イガラシ タダシ", "製造部 工場長", "1963-05-21", "1982-04-01",
     "新潟県燕市吉田東栄町14-8", "090-3362-5518", "正社員"),
    ("E0107", "長谷部 誠二", "ハセベ セイジ", "営業部 部長", "1968-11-02", "1991-04-01",
     "新潟県三条市東裏館2-7-31", "090-8841-2076", "正社員"),
    ("E0115", "松浦 恵", "マツウラ メグミ", "総務経理課", "1979-02-14", "2003-10-01",
     "新潟県燕市秋葉町3-5-12", "080-5512-9034", "正社員"),
    ("E0121", "田代 昇", "タシロ ノボル", "製造課", "1975-07-30", "1996-04-01",
     "新潟県燕市小池4417-2", "090-2207-6611", "正社員"),
    ("E0124", "村岡 拓也", "ムラオカ タクヤ", "営業課", "1984-09-09", "2007-04-01",
     "新潟県三条市西大崎1-16-5", "080-3390-1427", "正社員"),
    ("E0130", "片桐 美代子", "カタギリ ミヨコ", "品質管理課", "1971-12-25", "1998-06-15",
     "新潟県新潟市西蒲区巻甲3221-4", "090-6628-0153", "正社員"),
    ("E0133", "阿部川 聡", "アベカワ サトシ", "製造課 班長", "1980-03-03", "2001-04-01",
     "新潟県燕市杣木1580-7", "080-4471-2285", "正社員"),
    ("E0136", "霜田 光一", "シモダ コウイチ", "製造課", "1988-06-17", "2010-04-01",
     "新潟県加茂市大郷町1-9-22", "090-1185-7720", "正社員"),
    ("E0139", "梨本 さやか", "ナシモト サヤカ", "総務経理課", "1992-10-08", "2014-04-01",
     "新潟県燕市井土巻2-118", "080-2274-6309", "正社員"),
    ("E0141", "鳴海 浩二", "ナルミ コウジ", "製造課", "1966-01-19", "2012-09-01",
     "新潟県三条市月岡3-4-40", "090-7310-4482", "正社員"),
    ("E0144", "仙波 大地", "センバ ダイチ", "設計課", "1990-08-26", "2013-04-01",
     "新潟県新潟市中央区女池南1-6-3-205", "080-6623-1178", "正社員"),
    ("E0147", "菅井 和則", "スガイ カズノリ", "製造課", "1977-04-11", "2015-02-16",
     "新潟県西蒲原郡弥彦村大字矢作5502", "090-4418-9267", "正社員"),
    ("E0150", "ホアン・ヴァン・ナム", "ホアン ヴァン ナム", "製造課", "1997-05-03", "2019-11-01",
     "新潟県燕市吉田大保町22-3 ハイツ吉田102", "080-9043-2851", "正社員"),
    ("E0151", "グエン・ティ・ラン", "グエン ティ ラン", "製造課", "1999-08-21", "2019-11-01",
     "新潟県燕市吉田大保町22-3 ハイツ吉田103", "080-9043-3064", "正社員"),
    ("E0152", "チャン・ミン・トゥアン", "チャン ミン トゥアン", "製造課", "1996-12-09",
     "2020-04-01", "新潟県燕市吉田大保町22-3 ハイツ吉田201", "080-9043-4170", "正社員"),
    ("E0155", "大貫 由紀子", "オオヌキ ユキコ", "品質管理課", "1969-09-14", "2016-05-09",
     "新潟県燕市小高3-2-9", "090-5581-3306", "パート"),
    ("E0158", "江川 俊", "エガワ シュン", "設計課", "1994-02-27", "2017-04-01",
     "新潟県長岡市川崎4-7-18", "080-7712-0495", "正社員"),
    ("E0160", "桑名 勝利", "クワナ カツトシ", "製造課", "1959-10-30", "1978-04-01",
     "新潟県燕市燕1834-3", "090-3025-8817", "嘱託"),
    ("E0162", "宮腰 愛", "ミヤコシ アイ", "営業課", "1996-07-07", "2019-04-01",
     "新潟県三条市須頃2-41-1", "080-1356-7740", "正社員"),
    ("E0165", "土佐林 亘", "トサバヤシ ワタル", "製造課", "1986-11-23", "2018-08-20",
     "新潟県燕市宮町7-25", "090-6234-1198", "正社員"),
    ("E0167", "アフマド・ラフマン", "アフマド ラフマン", "製造課", "1993-04-15", "2021-06-01",
     "新潟県三条市塚野目5-12-8", "080-4098-3327", "正社員"),
    ("E0170", "小柳 早苗", "コヤナギ サナエ", "総務経理課", "1973-03-28", "2020-01-06",
     "新潟県燕市白山町2-9-30", "090-8807-2264", "パート"),
    ("E0172", "星野 貴之", "ホシノ タカユキ", "製造課", "1991-05-12", "2021-04-01",
     "新潟県燕市佐渡山1271-6", "080-3147-5526", "正社員"),
    ("E0175", "遠藤 舞", "エンドウ マイ", "品質管理課", "2000-01-30", "2022-04-01",
     "新潟県三条市興野1-3-17", "090-9173-0842", "正社員"),
    ("E0178", "渋谷 厚", "シブヤ アツシ", "営業課", "1982-08-04", "2022-10-01",
     "新潟県新潟市西区寺尾台2-15-9", "080-6052-3318", "正社員"),
    ("E0181", "鈴鹿 翔太", "スズカ ショウタ", "製造課", "2003-06-19", "2023-04-01",
     "新潟県燕市分水桜町4-6-2", "090-2741-6635", "正社員"),
    ("E0184", "樋渡 まゆみ", "ヒワタリ マユミ", "品質管理課", "1970-12-02", "2023-07-10",
     "新潟県加茂市穀町5-14", "080-8825-4079", "パート"),
    ("E0186", "岩船 直人", "イワフネ ナオト", "製造課", "1979-09-25", "2024-01-15",
     "新潟県燕市南6-11-27", "090-5069-1943", "正社員"),
]


def staff(*nos: str) -> list[tuple]:
    by = {r[0]: r for r in ROSTER}
    return [by[n] for n in nos]


# -- signatures ----------------------------------------------------------------------

SIG_MIURA = """--
日の出産業株式会社 経営企画部 事業開発グループ
三浦 航平（Kohei Miura）
〒141-0032 東京都品川区大崎3-9-14 日の出ビル7F
TEL 03-5487-2231 / FAX 03-5487-2299
k.miura@hinode-sangyo.co.jp"""

SIG_NONOMURA = """━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　人事部　人事課
野々村　彩
〒141-0032　東京都品川区大崎3-9-14
TEL：03-5487-2240（直通）
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_KIRITANI = """------------------------------
日の出産業株式会社
人事部 人事課長  桐谷 修
TEL 03-5487-2241  FAX 03-5487-2298
〒141-0032 東京都品川区大崎3-9-14
------------------------------"""

SIG_MURASE = """***************************************
 日の出産業株式会社 経理部 財務課
 村瀬 亮介 (Ryosuke Murase)
 TEL:03-5487-2255 / r.murase@hinode-sangyo.co.jp
***************************************"""

SIG_EGUCHI = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社　総務部　法務課
江口 沙織
〒141-0032 東京都品川区大崎3-9-14 日の出ビル
電話 03-5487-2262　内線 262
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_KASHIWAGI = """-- 
日の出産業株式会社 情報システム部
柏木 拓海 / Takumi Kashiwagi
TEL 03-5487-2275 (ヘルプデスク 内線 2275)"""

SIG_OKOCHI = """■□■□■□■□■□■□■□■□■□■□■□
日の出産業株式会社 営業本部 第二営業部
大河内 健
〒141-0032 東京都品川区大崎3-9-14
TEL 03-5487-2310 FAX 03-5487-2319
https://www.hinode-sangyo.co.jp/
■□■□■□■□■□■□■□■□■□■□■□"""

SIG_TAKASHINA = """――――――――――――――――
日の出産業株式会社
取締役 経営企画部長　高階 真理子
TEL 03-5487-2200（代表）
――――――――――――――――"""

DISCLAIMER_JA = """本メールおよび添付ファイルには機密情報が含まれている場合があります。誤って受信された
場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it. Any unauthorised use or disclosure is prohibited."""


MESSAGES = [
    # ------------------------------------------------------------------ 001
    {
        "id": "jigyoshokei-001",
        "charset": "iso-2022-jp",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["米倉 千晶 <yonekura@asahi-roumu.jp>"],
        "subject": "【松浦精工】転籍予定者一覧のご送付（労務DD用）",
        "body": f"""社会保険労務士法人あさひ労務
米倉 千晶 先生

いつも大変お世話になっております。
日の出産業 人事部の野々村でございます。

先日お打合せいたしました松浦精工様の労務デューデリジェンスの件で、
先方総務の松浦様からいただいた従業員データを当社様式に整えましたので
お送りいたします。

　・シート「正社員」… 正社員・嘱託
　・シート「パート」… パートタイマー

生年月日・入社日はいただいた台帳のままです。住所は3月末時点と伺っております。
社会保険の加入状況は別途お送りいたしますので、まずは勤続年数の集計と
退職金の試算からご確認いただけますと幸いです。

どうぞよろしくお願いいたします。

{SIG_NONOMURA}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "松浦精工_転籍予定者一覧_0331.xlsx",
            "title": "転籍予定者一覧",
            "sheets": {
                "正社員": [["株式会社松浦精工 転籍予定者一覧（正社員・嘱託）", "", "", "", "", ""],
                          ["作成：日の出産業 人事部", "", "", "", "", ""],
                          ["社員番号", "氏名", "生年月日", "入社日", "住所", "区分"]]
                         + [[r[0], r[1], r[4], r[5], r[6], r[8]] for r in ROSTER
                            if r[8] != "パート"],
                "パート": [["社員番号", "氏名", "生年月日", "入社日", "住所"]]
                         + [[r[0], r[1], r[4], r[5], r[6]] for r in ROSTER
                            if r[8] == "パート"],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: 25+ employees of the target with birth dates and home addresses in an XLSX to the 社労士",
    },
    # ------------------------------------------------------------------ 002
    {
        "id": "jigyoshokei-002",
        "charset": "utf-8",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["春日 智也 <t.kasuga@links-shoukei.co.jp>"],
        "subject": "Re: 秘密保持契約書（案）へのコメント",
        "body": f"""株式会社リンクス承継パートナーズ
春日様

お世話になっております。日の出産業の三浦です。

秘密保持契約書（案）、社内の法務確認が終わりましたので、修正履歴付きで
お戻しします。主な修正点は以下の3点です。

1. 第2条（秘密情報の定義）：口頭で開示した情報は、開示後30日以内に書面で
   特定したものに限る、との一文を追加
2. 第6条（有効期間）：3年 → 2年 に短縮をお願いしたい
3. 第9条（従業員への接触禁止）：クロージング前の当社から対象会社従業員への
   直接連絡は、貴社経由とすることで異論ありません（文言のみ調整）

売り手側（北越ビジネスブリッジ様）とのご調整はお任せしてよろしいでしょうか。
締結はクラウドサインで構いません。

よろしくお願いします。

{SIG_MIURA}
""",
        "attachments": [{
            "kind": "docx",
            "name": "秘密保持契約書_案_v2_日の出コメント.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": [
                "秘密保持契約書（案）",
                "日の出産業株式会社（以下「甲」という。）と株式会社リンクス承継パートナーズ"
                "（以下「乙」という。）は、甲による株式会社松浦精工の株式取得の検討（以下"
                "「本件」という。）に関し、次のとおり秘密保持契約を締結する。",
                "第1条（目的）本契約は、本件の検討のために開示される情報の取扱いを定める。",
                "第2条（秘密情報の定義）本契約において「秘密情報」とは、本件に関して開示者が"
                "受領者に開示した一切の情報をいう。ただし口頭で開示した情報は、開示後30日以内に"
                "書面で特定したものに限る。【日の出追記】",
                "第6条（有効期間）本契約の有効期間は、締結日から2年間とする。【日の出修正：3年→2年】",
                "第9条（従業員への接触）甲は、本件の検討期間中、乙を通じることなく対象会社の"
                "役員・従業員に接触してはならない。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the draft attached; no marking stamp, no personal data, one external org",
    },
    # ------------------------------------------------------------------ 003
    {
        "id": "jigyoshokei-003",
        "charset": "iso-2022-jp",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["春日 智也 <t.kasuga@links-shoukei.co.jp>",
               "丹羽 祐介 <niwa@hokuetsu-bb.co.jp>",
               "関 敦史 <a.seki@shinanogawa-law.jp>"],
        "cc": ["白川 直樹 <shirakawa@shirakawa-law.jp>",
               "高階 真理子 <m.takashina@hinode-sangyo.co.jp>"],
        "subject": "クロージング日程の件（候補日のご連絡）",
        "body": f"""関係者各位

お世話になっております。日の出産業の三浦でございます。

松浦精工様の株式譲渡のクロージングについて、当社側の候補日を
下記のとおりご連絡いたします。

　候補1：6月27日（金）10:00〜
　候補2：6月30日（月）13:30〜
　候補3：7月1日（火）10:00〜

場所は燕市の松浦精工様本社会議室を想定しております。
譲渡代金の送金は当日午前中にみどり銀行から実行する段取りです。

ご都合を今週中にお知らせいただけますと幸いです。

{SIG_MIURA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: four external organisations (two FAs, two law firms) in To/Cc should have been Bcc",
    },
    # ------------------------------------------------------------------ 004
    {
        "id": "jigyoshokei-004",
        "charset": "cp932",
        "sender": "村瀬 亮介 <r.murase@hinode-sangyo.co.jp>",
        "to": ["長岡 清 <k.nagaoka@nagaoka-tax.jp>"],
        "subject": "株式譲渡対価の支払調書作成の件（売主様の個人番号）",
        "body": f"""長岡税理士事務所
長岡 清 先生

いつもお世話になっております。日の出産業 経理部の村瀬です。

先日お電話でご相談しました、松浦精工株式の譲渡対価に係る支払調書の件です。
当社が支払者となりますので、売主様3名の個人番号を下記にお知らせします。
（番号確認・身元確認は当社で済ませております）

■売主1
　氏名　　：松浦 義男
　住所　　：新潟県燕市吉田下中野1147-3
　個人番号：{mn_spaced(1)}
　譲渡株数：7,200株

■売主2
　氏名　　：松浦 多恵子
　住所　　：新潟県燕市吉田下中野1147-3
　個人番号：{mn_spaced(2)}
　譲渡株数：1,800株

■売主3
　氏名　　：佐伯 由美
　住所　　：新潟県新潟市中央区鐙西2-11-6-804
　個人番号：{mn_spaced(3)}
　譲渡株数：1,000株

提出期限の関係で、来月10日までにドラフトをいただけますと助かります。
よろしくお願いいたします。

{SIG_MURASE}
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier: three sellers' My Numbers with names and addresses in the body to the tax accountant",
    },
    # ------------------------------------------------------------------ 005
    {
        "id": "jigyoshokei-005",
        "charset": "iso-2022-jp",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["松浦 義男 <yoshio.matsuura1951@gmail.com>"],
        "subject": "先日はありがとうございました（日の出産業 三浦）",
        "body": f"""松浦 義男 様

先日はお忙しいところ、工場をご案内いただき誠にありがとうございました。
日の出産業の三浦でございます。

創業以来五十年、燕の地で培ってこられたプレス加工の技術と、
社員の皆さまの真剣な仕事ぶりを拝見し、当社一同、身の引き締まる思いです。

今後の進め方につきましては、引き続きリンクス承継パートナーズの春日様を
通じてご相談させていただきます。
次回は7月上旬に、当社社長の小野寺がご挨拶に伺いたいと申しております。

梅雨の折、どうぞご自愛ください。

日の出産業株式会社
経営企画部　三浦 航平
TEL 03-5487-2231
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "ordinary thank-you to the former owner's private address: one free-mail recipient, no data",
    },
    # ------------------------------------------------------------------ 006
    {
        "id": "jigyoshokei-006",
        "charset": "utf-8",
        "sender": "桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
        "to": ["米倉 千晶 <yonekura@asahi-roumu.jp>"],
        "subject": "Re: 労務DD 追加質問への回答（休職者の件）",
        "body": f"""米倉先生

お世話になっております。日の出産業の桐谷です。
ご質問No.14（休職者の有無）について、松浦精工の総務から回答がありましたのでお伝えします。

・対象者：製造課 田代 昇さん（社員番号 E0121、勤続28年）
・状況　：昨年11月からうつ病の診断で私傷病休職中。主治医の診断書では
　　　　　「少なくとも3か月の自宅療養を要する」との記載が2回更新されています。
・規程　：就業規則第38条により休職期間は最長18か月、満了は来年4月末。

クロージング後に当社の規程へ移行した場合、休職期間の通算をどう扱うべきか、
また復職判定を誰が行うか（先方には産業医がいません）についてご意見をいただけますか。

よろしくお願いいたします。

{SIG_KIRITANI}

> 米倉です。追加で以下をご確認ください。
> No.14 現在休職中の従業員の有無と、休職事由・期間
> No.15 過去3年の労働基準監督署の是正勧告の有無
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's diagnosis (うつ病) and sick leave, even one person, to the 社労士",
    },
    # ------------------------------------------------------------------ 007
    {
        "id": "jigyoshokei-007",
        "charset": "utf-8",
        "sender": "江口 沙織 <s.eguchi@hinode-sangyo.co.jp>",
        "to": ["白川 直樹 <shirakawa@shirakawa-law.co.jp>"],
        "subject": "株式譲渡契約書 第3稿へのコメント送付",
        "body": f"""白川法律事務所
白川 直樹 先生

いつもお世話になっております。日の出産業 法務課の江口です。

株式譲渡契約書の第3稿について、当社のコメントを反映したファイルをお送りします。
特に以下の点についてご確認をお願いできますでしょうか。

 - 表明保証（第5条）の「知る限り」の限定を、労務・環境の項目から外したい
 - 補償の上限を譲渡価額の20%とする案（先方は10%を主張）
 - 前提条件に、キーパーソン2名のリテンション契約締結を加える件

来週火曜のお打合せでご相談できれば幸いです。

{SIG_EGUCHI}
""",
        "attachments": [{
            "kind": "docx",
            "name": "株式譲渡契約書_第3稿_日の出コメント.docx",
            "paragraphs": [
                "株式譲渡契約書（第3稿）",
                "第5条（売主の表明及び保証）売主は、本契約締結日及びクロージング日において、"
                "別紙5記載の事項が真実かつ正確であることを表明し保証する。",
                "【日の出コメント】労務・環境に関する表明保証からは「売主の知る限り」の限定を削除されたい。",
                "第8条（補償）補償の上限は譲渡価額の20%とする。【先方案：10%】",
                "第3条（前提条件）(4) 対象会社の工場長及び営業部長が、買主所定のリテンション契約を締結していること。",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: shirakawa-law.co.jp is the partner law firm's shirakawa-law.jp with a co. added",
    },
    # ------------------------------------------------------------------ 008
    {
        "id": "jigyoshokei-008",
        "charset": "iso-2022-jp",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["新田 大輔 <d.nitta@midori-ginko.co.jp>"],
        "subject": "買収資金のご融資についてご相談（案件概要の送付）",
        "body": f"""みどり銀行 法人営業第一部
新田 様

いつも大変お世話になっております。日の出産業の三浦です。

先日口頭でご相談いたしました新潟の金属加工会社の株式取得につきまして、
案件概要をPDFでお送りいたします。
譲渡価額の想定、対象会社の直近3期の業績、当社の返済計画をまとめております。

ご融資の形態（タームローンかブリッジか）について、来週中にご意見を
伺えますと幸いです。

{SIG_MIURA}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "ProjectTSUBAME_案件概要_みどり銀行様.pdf",
            "title": "Project TSUBAME 案件概要",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 経営企画部　社外秘・複製禁止",
            "lines": [
                "Project TSUBAME 案件概要（金融機関ご説明用）",
                "",
                "1. 対象会社：新潟県燕市所在の精密プレス加工業（従業員約30名）",
                "2. 取得形態：発行済株式の100%取得（売主：創業家4名）",
                "3. 想定譲渡価額：4億2,000万円〜4億8,000万円",
                "4. 直近3期業績（百万円）",
            ],
            "table": [["期", "売上高", "営業利益", "EBITDA", "有利子負債"],
                      ["2022/3", "1,184", "62", "101", "212"],
                      ["2023/3", "1,236", "71", "112", "188"],
                      ["2024/3", "1,302", "84", "126", "160"]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the PDF carries a 社外秘 page header/footer stamp, sent to the (partner) bank",
    },
    # ------------------------------------------------------------------ 009
    {
        "id": "jigyoshokei-009",
        "charset": "cp932",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["米倉 千晶 <yonekura@asahi-roumu.jp>"],
        "subject": "就業規則・賃金規程一式（松浦精工）",
        "body": f"""米倉先生

お世話になっております。野々村です。
松浦精工様の就業規則、賃金規程、退職金規程、36協定の写しを
ZIPにまとめてお送りします。

パスワードは別メールにてお送りいたします。

{SIG_NONOMURA}
""",
        "attachments": [{
            "kind": "zip",
            "name": "松浦精工_規程類.zip",
            "password": "Mtu#2024reg",
            "files": [
                {"kind": "pdf", "name": "就業規則.pdf",
                 "lines": ["株式会社松浦精工 就業規則", "第1章 総則", "第1条（目的）…"]},
                {"kind": "pdf", "name": "賃金規程.pdf",
                 "lines": ["株式会社松浦精工 賃金規程", "第1条（目的）…"]},
                {"kind": "docx", "name": "退職金規程.docx",
                 "paragraphs": ["退職金規程", "第1条 この規程は…"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected ZIP (PPAP) that cannot be inspected",
    },
    # ------------------------------------------------------------------ 010
    {
        "id": "jigyoshokei-010",
        "charset": "utf-8",
        "sender": "大河内 健 <k.okochi@hinode-sangyo.co.jp>",
        "to": ["物流企画課 <logi-plan@aoba-unyu.co.jp>"],
        "subject": "新規グループ会社の出荷先一覧（共同配送のご検討用）",
        "body": f"""青葉運輸株式会社
物流企画課 御中

いつもお世話になっております。日の出産業 営業本部の大河内です。

この度、当社グループに加わる松浦精工（新潟県燕市）の主要出荷先を
CSVにまとめました。当社の新潟便との共同配送が可能か、ルートと
概算費用のご検討をお願いできますでしょうか。

出荷頻度は月間の概数です。納品時間の指定がある先は備考に記載しています。

{SIG_OKOCHI}
""",
        "attachments": [{
            "kind": "csv",
            "name": "松浦精工_主要出荷先一覧.csv",
            "encoding": "utf-8",
            "rows": [
                ["出荷先", "拠点", "住所", "代表電話", "月間便数", "備考"],
                ["川崎電機株式会社", "長岡工場", "新潟県長岡市新産東町4-2", "0258-46-7100", "12", "午前指定"],
                ["株式会社三国ハウジング", "本社工場", "新潟県三条市福島新田丙2030", "0256-38-5521", "8", ""],
                ["越後キッチンツール株式会社", "物流センター", "新潟県燕市物流センター2-18", "0256-63-4410", "20", "パレット納品"],
                ["株式会社ノルドテック", "上越事業所", "新潟県上越市石橋2-6-1", "025-544-8830", "4", ""],
                ["東和ステンレス工業株式会社", "本社", "埼玉県川口市領家5-11-3", "048-222-9015", "6", "15時まで"],
                ["株式会社加茂ウッドワークス", "加茂工場", "新潟県加茂市下条甲1203", "0256-52-0777", "3", ""],
                ["北国フーズ株式会社", "新潟工場", "新潟県新潟市北区島見町3311", "025-255-6120", "2", "食品工場：入構証要"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of businesses (customers' plants, switchboards), not people, to a partner carrier",
    },
    # ------------------------------------------------------------------ 011
    {
        "id": "jigyoshokei-011",
        "charset": "utf-8",
        "sender": "桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
        "to": ["野々村 彩 <a.nonomura@hinode-sangyo.co.jp>"],
        "cc": ["三浦 航平 <k.miura@hinode-sangyo.co.jp>", "pmi-team@hinode-sangyo.co.jp"],
        "subject": "【社内】松浦精工 従業員台帳（社保・個人番号入り）",
        "body": """野々村さん
（cc: 三浦さん、PMIチーム）

松浦精工の恵さんから受け取った従業員台帳を共有フォルダに置きましたが、
念のため添付でも送ります。個人番号と基礎年金番号が入っているので、
社外には絶対に出さないこと（米倉先生に渡すときは必要列だけに絞ってください）。

桐谷
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "松浦精工_従業員台帳_社保.xlsx",
            "sheets": {
                "台帳": [["社員番号", "氏名", "生年月日", "住所", "個人番号", "基礎年金番号"]]
                        + [[r[0], r[1], r[4], r[6], my_number(SEED + 40 + i),
                            f"{4210 + i * 37:04d}-{(318265 + i * 7919) % 1000000:06d}"]
                           for i, r in enumerate(ROSTER[:10])],
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER",
                     "JP_BASIC_PENSION_NUMBER"],
        "detectors": [],
        "note": "all recipients internal (hinode-sangyo.co.jp): passes whatever it carries",
    },
    # ------------------------------------------------------------------ 012
    {
        "id": "jigyoshokei-012",
        "charset": "cp932",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 本多様 <honda@nishiki-insatsu.co.jp>"],
        "subject": "労働条件通知書の差込印刷・発送代行のお願い",
        "body": f"""錦印刷株式会社
営業部　本多様

いつもお世話になっております。日の出産業人事部の野々村です。
先日お見積りいただいた差込印刷と発送代行の件、正式にお願いいたします。

・帳票：労働条件通知書（グループ入り後の新条件）＋転籍に関するご案内
・差込データ：添付CSV（宛名用の郵便番号・住所・氏名）
・発送：7月4日（金）投函、簡易書留

校正は7月1日までにPDFでいただけますと助かります。

{SIG_NONOMURA}
""",
        "attachments": [{
            "kind": "csv",
            "name": "差込データ_労働条件通知書.csv",
            "encoding": "cp932",
            "rows": [["郵便番号", "住所", "氏名", "敬称", "社員番号"]]
                    + [[z, r[6], r[1], "様", r[0]] for z, r in zip(
                        ["959-0264", "955-0055", "959-1286", "959-1263", "955-0803",
                         "953-0041", "959-1244", "959-1346", "959-1232", "955-0092",
                         "950-0941", "959-0313", "959-0264", "959-0264", "959-0264"],
                        ROSTER[:15])],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: 15 employees' names and home addresses as mail-merge CSV to the printer",
    },
    # ------------------------------------------------------------------ 013
    {
        "id": "jigyoshokei-013",
        "charset": "utf-8",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["セキュアデータルーム サポート <support@secure-dataroom.jp>"],
        "subject": "閲覧ユーザー追加のお願い（Project TSUBAME ルーム）",
        "body": f"""株式会社セキュアデータルーム
サポートご担当者様

お世話になっております。日の出産業の三浦です。
契約中のルーム「Project TSUBAME」に、閲覧ユーザーを4名追加してください。

1) 桐谷 修　　 日の出産業 人事部　　　o.kiritani@hinode-sangyo.co.jp　03-5487-2241
2) 村瀬 亮介　 日の出産業 経理部　　　r.murase@hinode-sangyo.co.jp　03-5487-2255
3) 石動 玄　　 みなと会計コンサルティング　g.isurugi@minato-ac.co.jp　03-6205-7718
4) 小宮山 玲奈 白川法律事務所　　　　r.komiyama@shirakawa-law.jp　03-3591-0462

権限はいずれも「閲覧のみ・ダウンロード不可」でお願いします。

{SIG_MIURA}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four people's business contacts for VDR accounts: under five records, may warn",
    },
    # ------------------------------------------------------------------ 014
    {
        "id": "jigyoshokei-014",
        "charset": "utf-8",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["丹羽 祐介 <niwa@hokuetsu-bb.co.jp>"],
        "subject": "データルーム閲覧権限者一覧（買い手側）",
        "body": "丹羽様\n\nお世話になっております。日の出産業の三浦です。\n"
                "売り手側で閲覧ログを確認される際の照合用に、当社側の閲覧権限者一覧を"
                "お送りします（Excelから貼り付けのためタブ区切りです）。\n\n"
                "氏名\t所属\tメールアドレス\t携帯\n"
                "三浦 航平\t日の出産業 経営企画部\tk.miura@hinode-sangyo.co.jp\t090-6614-2093\n"
                "高階 真理子\t日の出産業 経営企画部\tm.takashina@hinode-sangyo.co.jp\t080-3308-7715\n"
                "桐谷 修\t日の出産業 人事部\to.kiritani@hinode-sangyo.co.jp\t090-4427-3061\n"
                "村瀬 亮介\t日の出産業 経理部\tr.murase@hinode-sangyo.co.jp\t080-9152-4470\n"
                "江口 沙織\t日の出産業 総務部\ts.eguchi@hinode-sangyo.co.jp\t070-2281-6604\n"
                "石動 玄\tみなと会計コンサルティング\tg.isurugi@minato-ac.co.jp\t090-7719-0358\n"
                "小宮山 玲奈\t白川法律事務所\tr.komiyama@shirakawa-law.jp\t080-6640-1827\n"
                "米倉 千晶\tあさひ労務\tyonekura@asahi-roumu.jp\t090-3395-8812\n\n"
                "追加・削除があればその都度ご連絡します。\n\n" + SIG_MIURA + "\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: eight people's names, e-mail and mobile numbers (tab-separated) to the seller's FA",
    },
    # ------------------------------------------------------------------ 015
    {
        "id": "jigyoshokei-015",
        "charset": "iso-2022-jp",
        "sender": "江口 沙織 <s.eguchi@hinode-sangyo.co.jp>",
        "to": ["新田 大輔 <d.nitta@midori-ginko.co.jp>"],
        "subject": "松浦精工 代表者変更に伴う届出印・本人確認書類について",
        "body": f"""みどり銀行 法人営業第一部
新田様

お世話になっております。日の出産業 総務部の江口です。

7月1日付で松浦精工の代表取締役が当社取締役の高階に変更となるため、
同社の貴行口座の代表者変更届を準備しております。
事前に本人確認事項をお知らせするようご依頼いただいた件、下記のとおりです。

　新代表者氏名　：高階 真理子（タカシナ マリコ）
　生年月日　　　：{wareki("1971-09-16")}
　住所　　　　　：東京都世田谷区桜新町2-19-7
　本人確認書類　：運転免許証
　免許証番号　　：第 304118276530 号
　有効期限　　　：令和9年10月16日

届出印は変更ございません。原本は来店時にご提示いたします。

{SIG_EGUCHI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "identifier: a driver's licence number (with DOB and home address) of the new representative",
    },
    # ------------------------------------------------------------------ 016
    {
        "id": "jigyoshokei-016",
        "charset": "utf-8",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["春日 智也 <t.kasuga@links-shoukei.co.jp>"],
        "subject": "対象会社の従業員構成（集計）",
        "body": f"""春日様

お世話になっております。三浦です。
当社取締役会の資料用に、松浦精工の従業員構成を集計しました。
数字に相違がないか、売り手側にご確認いただけますでしょうか。

■年代別人数（2024年3月末、役員除く）
  年代      正社員  嘱託・パート  計
  --------  ------  ------------  --
  20代         6        0          6
  30代         8        0          8
  40代         6        1          7
  50代         2        2          4
  60代以上     1        1          2
  --------  ------  ------------  --
  合計        23        4         27

■平均年齢 41.2歳／平均勤続 12.6年
■平均年収（正社員）482万円、外国籍社員 4名（特定技能・技人国）
■過去3年の離職率 5.8%

よろしくお願いします。

{SIG_MIURA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "statistics only: aggregate headcount and averages, no individual records",
    },
    # ------------------------------------------------------------------ 017
    {
        "id": "jigyoshokei-017",
        "charset": "cp932",
        "sender": "高階 真理子 <m.takashina@hinode-sangyo.co.jp>",
        "to": ["春日 智也 <t.kasuga@links-shoukei.co.jp>"],
        "subject": "キーポジションの処遇案（匿名版）",
        "body": f"""春日様

高階です。いつもありがとうございます。
リテンションの原資を検討するにあたり、キーポジションの現状処遇を
氏名を伏せて整理しました。売り手側との条件交渉の参考にしてください。

　役職　　　　　　　年齢　勤続　現年収　　提案（2年間）
　工場長　　　　　　61歳　42年　620万円　年150万円
　営業部長　　　　　55歳　33年　680万円　年120万円
　製造課 班長　　　44歳　23年　470万円　年60万円
　設計課（主任）　　33歳　11年　450万円　年60万円
　品質管理課 主任　52歳　26年　430万円　年40万円
　総務経理課 係長　45歳　20年　410万円　年40万円

{SIG_TAKASHINA}
""",
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "either: six rows without names, but in a 30-person company title+age+tenure identifies each person",
    },
    # ------------------------------------------------------------------ 018
    {
        "id": "jigyoshokei-018",
        "charset": "utf-8",
        "sender": "桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
        "to": ["米倉 千晶 <yonekura@asahi-roumu.jp>"],
        "subject": "FW: 社会保険の資格取得状況（松浦精工）",
        "body": """米倉先生

桐谷です。先方総務から届いた社保の加入状況、そのまま転送します。
基礎年金番号の重複がないかも含めてご確認ください。

-------- Forwarded Message --------
差出人: 松浦 恵 <m.matsuura@matsuura-seiko.co.jp>
宛先: 桐谷 修 <o.kiritani@hinode-sangyo.co.jp>
件名: 社会保険の資格取得状況

桐谷様

お世話になっております。松浦精工 総務の松浦です。
ご依頼の社会保険資格取得状況をお送りします。今年度入社・再雇用の9名分です。

氏名／生年月日／資格取得日／基礎年金番号
霜田 光一／1988.6.17／2010.4.1／4218-603395
梨本 さやか／1992.10.8／2014.4.1／4307-228871
仙波 大地／1990.8.26／2013.4.1／4290-115046
江川 俊／1994.2.27／2017.4.1／4335-790412
宮腰 愛／1996.7.7／2019.4.1／4361-042287
星野 貴之／1991.5.12／2021.4.1／4302-667154
遠藤 舞／2000.1.30／2022.4.1／4398-310649
鈴鹿 翔太／2003.6.19／2023.4.1／4421-085563
岩船 直人／1979.9.25／2024.1.15／4149-552908

何かございましたらお知らせください。

松浦精工 総務経理課 松浦 恵
TEL 0256-92-3184
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list + identifier: forwarded text (counts as new) with nine employees' 基礎年金番号 and DOB",
    },
    # ------------------------------------------------------------------ 019
    {
        "id": "jigyoshokei-019",
        "charset": "iso-2022-jp",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["米倉 千晶 <yonekura@asahi-roumu.jp>"],
        "subject": "Re: 36協定の上限超過者について",
        "body": f"""米倉先生

ご確認ありがとうございます。野々村です。
ご指摘の8名については、先方の工場長に事情を確認のうえ、来週中に
ご報告いたします。是正の方針は桐谷と相談します。

取り急ぎお礼まで。

野々村

> 野々村様
>
> 36協定の特別条項の上限（年720時間）を超えている、または超えそうな方が
> 以下の8名です。
>
>  氏名          昨年度時間外  月最大
>  田代 昇         781h        102h
>  阿部川 聡       812h         96h
>  霜田 光一       744h         88h
>  鳴海 浩二       726h         91h
>  菅井 和則       703h         84h
>  土佐林 亘       768h         99h
>  星野 貴之       715h         86h
>  岩船 直人       701h         80h
>
> あさひ労務 米倉
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quoted text: the list is only in '>' lines of the 社労士's own mail; the new text has no data",
    },
    # ------------------------------------------------------------------ 020
    {
        "id": "jigyoshokei-020",
        "charset": "utf-8",
        "sender": "村瀬 亮介 <r.murase@hinode-sangyo.co.jp>",
        "to": ["新田 大輔 <d.nitta@midori-ginko.jp>"],
        "subject": "融資実行日・金利条件のご確認",
        "body": f"""新田様

お世話になっております。日の出産業 経理部の村瀬です。

先日ご提示いただいたタームシートの内容について、下記で相違ないか
ご確認をお願いいたします。

・融資金額：4億5,000万円
・実行日　：6月27日（クロージング当日）
・期間　　：7年（うち据置1年）
・金利　　：TIBOR＋0.85%（変動）
・コベナンツ：純資産維持、レバレッジレシオ

社内決裁は6月20日の取締役会を予定しております。

{SIG_MURASE}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: midori-ginko.jp drops the co. of the partner bank's midori-ginko.co.jp",
    },
    # ------------------------------------------------------------------ 021
    {
        "id": "jigyoshokei-021",
        "charset": "iso-2022-jp",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["松浦 義男 <yoshio.matsuura1951@gmail.com>",
               "松浦 健太 <kenta.matsuura@icloud.com>",
               "佐伯 由美 <yumi-saeki.tsubame@docomo.ne.jp>"],
        "subject": "株式譲渡のお手続きについてのご説明会（ご家族の皆さまへ）",
        "body": """松浦 義男 様
松浦 健太 様
佐伯 由美 様

日の出産業の三浦でございます。
株式をお持ちのご家族の皆さまに、譲渡のお手続き（株式譲渡承認、
譲渡代金のお受取り口座、税務上のご留意点）をまとめてご説明する場を
設けたいと考えております。

　日時：6月14日（土）14:00〜15:30
　場所：燕市産業史料館 研修室（オンライン参加も可能です）

ご出席の可否を、本メールへのご返信でお知らせいただけますと幸いです。
東京にお住まいの健太様はオンラインでのご参加でも構いません。

日の出産業株式会社 経営企画部
三浦 航平　TEL 03-5487-2231
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient",
                      "multiple_external_domains"],
        "note": "visible parties: three private persons (gmail, icloud, docomo) in To see each other's addresses",
    },
    # ------------------------------------------------------------------ 022
    {
        "id": "jigyoshokei-022",
        "charset": "iso-2022-jp",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["三浦 航平 <k.miura@hinode-sangyo.co.jp>"],
        "bcc": ["yoshio.matsuura1951@gmail.com", "taeko-m.0312@yahoo.co.jp",
                "kenta.matsuura@icloud.com", "yumi-saeki.tsubame@docomo.ne.jp"],
        "subject": "【ご案内】ご説明会の資料について",
        "body": """松浦家の皆さま

日の出産業の三浦でございます。
※本メールは皆さまにBCCでお送りしております。

先日のご説明会の資料（株式譲渡承認請求書の記入例、お受取り口座届の様式）は
郵送にて本日発送いたしました。お手元に届きましたら、同封の返信用封筒で
ご返送ください。ご不明な点はお気軽にお電話ください。

日の出産業株式会社　経営企画部
三浦 航平（TEL 03-5487-2231）
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the family members are in Bcc (the sender alone in To): nobody sees anyone; free-mail recipients",
    },
    # ------------------------------------------------------------------ 023
    {
        "id": "jigyoshokei-023",
        "charset": "utf-8",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["春日 智也 <t.kasuga@links-shoukei.co.jp>"],
        "subject": "会長の顧問契約期間について（ご相談）",
        "body": f"""春日様

お世話になっております。三浦です。
クロージング後の松浦会長の顧問契約について、ご相談させてください。

先日の面談の後、ご長男の健太様から内々に伺ったのですが、会長は昨年末に
脳梗塞で2週間ほど入院されており、現在も週2回、燕労災病院にリハビリで
通院されているとのことです。ご本人は「2年は会社に出る」とおっしゃって
いますが、当社としては顧問契約を1年更新とし、出社日数も週2日程度に
抑えた条件をご提示したいと考えております。

売り手側に伝える際の言い方について、春日様のご意見をいただけますか。
（健康状態の話は健太様からの内々のお話なので、扱いにはご配慮ください）

{SIG_MIURA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: the identified former owner's medical history (脳梗塞, hospitalisation, rehab) to the FA",
    },
    # ------------------------------------------------------------------ 024
    {
        "id": "jigyoshokei-024",
        "charset": "cp932",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["丹羽 祐介 <niwa@hokuetsu-bb.co.jp>"],
        "subject": "次回面談の時間帯について",
        "body": f"""丹羽様

お世話になっております。日の出産業の三浦です。

次回の松浦会長との面談ですが、会長は持病の関係で午前中に通院される日が
多いと伺いましたので、午後2時以降で調整させていただければと思います。
候補は6月10日、11日、13日のいずれかです。

よろしくお願いいたします。

{SIG_MIURA}
""",
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "either: a named person's unspecified chronic illness and hospital visits, no diagnosis",
    },
    # ------------------------------------------------------------------ 025
    {
        "id": "jigyoshokei-025",
        "charset": "utf-8",
        "sender": "江口 沙織 <s.eguchi@hinode-sangyo.co.jp>",
        "to": ["法人カードデスク <corp-desk@hokusetsu-card.co.jp>"],
        "subject": "法人カード解約のお申し出（株式会社松浦精工）",
        "body": f"""ホクセツカード株式会社
法人カードデスク 御中

お世話になります。株式会社松浦精工の親会社となりました日の出産業株式会社
総務部の江口と申します（松浦精工様からの委任状を郵送済みです）。

役員交代に伴い、下記の法人カード2枚の解約をお願いいたします。

 カード番号          名義人              有効期限
 {card_spaced(101)}   YOSHIO MATSUURA     09/27
 {card_dash(102)}   TAEKO MATSUURA      03/26

未請求分の利用明細は、松浦精工 総務経理課（0256-92-3184）宛に
お送りいただけますでしょうか。

{SIG_EGUCHI}
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "identifier: two full card numbers with holder names in the body",
    },
    # ------------------------------------------------------------------ 026
    {
        "id": "jigyoshokei-026",
        "charset": "iso-2022-jp",
        "sender": "江口 沙織 <s.eguchi@hinode-sangyo.co.jp>",
        "to": ["本多 <honda@nishiki-insatsu.co.jp>"],
        "subject": "松浦精工 封筒・請求書用紙の版下修正について",
        "body": f"""錦印刷株式会社
本多様

お世話になっております。日の出産業の江口です。
グループ入りに伴い、松浦精工の封筒と請求書用紙の版下を修正いただきたく、
ご連絡いたしました。

・社名表記：株式会社松浦精工（日の出産業グループ）
・本社所在地：〒959-0215 新潟県燕市吉田東町8-21（変更なし）
・代表電話：0256-92-3180（変更なし）
・法人番号：{corp_no("110001029874")}
・適格請求書発行事業者登録番号：T{corp_no("110001029874")}

ロゴは添付のとおりグループロゴを右下に小さく入れてください。
納期は7月10日希望です。

{SIG_EGUCHI}
""",
        "attachments": [{"kind": "png", "name": "hinode_group_logo.png"}],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "business data only: company address, switchboard, 法人番号/T-number for stationery",
    },
    # ------------------------------------------------------------------ 027
    {
        "id": "jigyoshokei-027",
        "charset": "utf-8",
        "sender": "村瀬 亮介 <r.murase@hinode-sangyo.co.jp>",
        "to": ["石動 玄 <g.isurugi@minato-ac.co.jp>"],
        "subject": "月次試算表（2024年4月）のご送付",
        "body": f"""石動先生

お世話になっております。村瀬です。
松浦精工から4月分の月次試算表が届きましたので転送用にお送りします。
財務DDの直近月の数値としてお使いください。

{SIG_MURASE}
""",
        "attachments": [{"kind": "corrupt", "name": "松浦精工_月次試算表_202404.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the XLSX is corrupt and cannot be inspected",
    },
    # ------------------------------------------------------------------ 028
    {
        "id": "jigyoshokei-028",
        "charset": "utf-8",
        "sender": "村瀬 亮介 <r.murase@hinode-sangyo.co.jp>",
        "to": ["石動 玄 <g.isurugi@minato-ac.co.jp>"],
        "cc": ["三浦 航平 <k.miura@hinode-sangyo.co.jp>"],
        "subject": "財務DD 質問リスト（第2回）",
        "body": f"""石動先生

いつもお世話になっております。日の出産業の村瀬です。
第2回の質問リストを取りまとめました。データルームのQ&Aにも同じものを
登録済みです。回答期限は6月7日でお願いします。

{SIG_MURASE}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "財務DD_質問リスト_第2回.xlsx",
            "sheets": {
                "質問": [["No.", "区分", "質問", "回答者", "期限"],
                         [21, "在庫", "2024/3期末の滞留在庫（1年超）の金額と評価方法をご教示ください", "売主", "6/7"],
                         [22, "売掛金", "川崎電機向け売掛金の回収サイト変更の経緯", "売主", "6/7"],
                         [23, "役員", "役員退職慰労金の支給規程と引当の有無", "売主", "6/7"],
                         [24, "税務", "直近の税務調査の時期と指摘事項", "顧問税理士", "6/7"],
                         [25, "借入", "越後信用金庫の借入の期限前弁済条項の有無", "売主", "6/7"],
                         [26, "設備", "プレス機（300t）の更新計画と見積", "売主", "6/14"]],
                "回答状況": [["区分", "件数", "回答済", "未回答"],
                             ["在庫", 4, 3, 1], ["売掛金", 3, 3, 0], ["税務", 5, 2, 3]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary DD question list to the accountant: no personal data, no marking",
    },
    # ------------------------------------------------------------------ 029
    {
        "id": "jigyoshokei-029",
        "charset": "utf-8",
        "sender": "桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
        "to": ["米倉 千晶 <yonekura@asahi-roumu.jp>"],
        "subject": "未払残業代の試算データ",
        "body": f"""米倉先生

桐谷です。
固定残業手当の超過分の未払い試算、当社で一次計算したものを添付します。
計算方法（割増率・除外賃金）に誤りがないか見ていただけますか。
表明保証での補償額の根拠にする予定です。

{SIG_KIRITANI}
""",
        "attachments": [{
            "kind": "csv",
            "name": "未払残業代試算_松浦精工.csv",
            "encoding": "utf-8-sig",
            "rows": [["社員番号", "氏名", "基本給", "固定残業手当", "月平均残業h", "2年分未払試算額"]]
                    + [[r[0], r[1], str(bk), str(fx), str(h), str(amt)] for r, bk, fx, h, amt in zip(
                        staff("E0121", "E0124", "E0133", "E0136", "E0141", "E0144", "E0147",
                              "E0150", "E0151", "E0152", "E0158", "E0165", "E0172", "E0186"),
                        [268000, 254000, 291000, 236000, 242000, 248000, 231000,
                         212000, 205000, 209000, 239000, 226000, 221000, 233000],
                        [30000] * 14,
                        [52, 38, 61, 47, 55, 29, 44, 40, 36, 42, 33, 58, 45, 49],
                        [1184000, 512000, 1602000, 871000, 1230000, 96000, 742000,
                         588000, 401000, 655000, 318000, 1377000, 790000, 903000])],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "list: 14 named employees' pay and overtime records (employee data) in a CSV",
    },
    # ------------------------------------------------------------------ 030
    {
        "id": "jigyoshokei-030",
        "charset": "utf-8",
        "sender": "高階 真理子 <m.takashina@hinode-sangyo.co.jp>",
        "to": ["春日 智也 <t.kasuga@links-shoukei.co.jp>"],
        "subject": "PMI 100日プラン（ドラフト）",
        "body": f"""春日様

高階です。
クロージング後100日のプラン、ドラフトができましたので共有します。
売り手側にどこまで事前にお見せするか、ご相談させてください。

{SIG_TAKASHINA}
""",
        "attachments": [{
            "kind": "pptx",
            "name": "PMI_100日プラン_draft.pptx",
            "title": "Project TSUBAME PMI 100日プラン",
            "page_footer": "極秘 / Strictly Confidential — 日の出産業株式会社",
            "slides": [
                ["Project TSUBAME PMI 100日プラン", "2024年7月〜10月", "経営企画部"],
                ["Day 1〜30", "従業員説明会（7/2）", "取引先への挨拶回り", "決裁権限規程の適用"],
                ["Day 31〜60", "会計システム移行（月次から）", "購買の共同化（鋼材）"],
                ["Day 61〜100", "人事制度の統合方針決定", "設備投資計画の承認"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: every slide carries a 極秘 / Strictly Confidential footer",
    },
    # ------------------------------------------------------------------ 031
    {
        "id": "jigyoshokei-031",
        "charset": "iso-2022-jp",
        "sender": "江口 沙織 <s.eguchi@hinode-sangyo.co.jp>",
        "to": ["関 敦史 <a.seki@shinanogawa-law.jp>"],
        "subject": "秘密保持契約書 原本のご返送について",
        "body": f"""信濃川総合法律事務所
弁護士 関 敦史 先生

お世話になっております。日の出産業 総務部法務課の江口でございます。

売主様との秘密保持契約書につきまして、当社の記名押印を済ませた原本2通のうち
1通を本日発送いたしました。

　発送方法：ゆうパック
　お問い合わせ番号：3341-0928-5562

ご査収のほど、よろしくお願いいたします。

{SIG_EGUCHI}

{DISCLAIMER_JA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA, a tracking number and the standard disclaimer: ordinary mail",
    },
    # ------------------------------------------------------------------ 032
    {
        "id": "jigyoshokei-032",
        "charset": "utf-8",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["宿泊予約係 <reserve@sakura-hotel.jp>"],
        "subject": "7/1-7/2 宿泊者名簿（日の出産業）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>さくらホテル 燕三条<br>宿泊予約係 御中</p>
<p>いつもお世話になっております。日の出産業 人事部の野々村です。<br>
7月1日（火）〜2日（水）の1泊でご予約済みの6室について、宿泊者名簿をお送りします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>フリガナ</th><th>性別</th><th>携帯電話</th><th>チェックイン予定</th></tr>
<tr><td>1</td><td>高階 真理子</td><td>タカシナ マリコ</td><td>女</td><td>080-3308-7715</td><td>18:00</td></tr>
<tr><td>2</td><td>三浦 航平</td><td>ミウラ コウヘイ</td><td>男</td><td>090-6614-2093</td><td>18:00</td></tr>
<tr><td>3</td><td>桐谷 修</td><td>キリタニ オサム</td><td>男</td><td>090-4427-3061</td><td>20:30</td></tr>
<tr><td>4</td><td>野々村 彩</td><td>ノノムラ アヤ</td><td>女</td><td>080-2219-5873</td><td>18:00</td></tr>
<tr><td>5</td><td>大河内 健</td><td>オオコウチ ケン</td><td>男</td><td>090-8130-6647</td><td>21:00</td></tr>
<tr><td>6</td><td>柏木 拓海</td><td>カシワギ タクミ</td><td>男</td><td>070-5562-0918</td><td>18:00</td></tr>
</table>
<p>領収書は「日の出産業株式会社」宛で1枚にまとめてください。</p>
<p>日の出産業株式会社 人事部 野々村 彩<br>TEL 03-5487-2240</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: six guests' names, sex and mobile numbers in an HTML table to the hotel",
    },
    # ------------------------------------------------------------------ 033
    {
        "id": "jigyoshokei-033",
        "charset": "iso-2022-jp",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["宴会・会議予約 <banquet@sakura-hotel.jp>"],
        "subject": "7月2日 会議室のご予約（従業員説明会）",
        "body": f"""さくらホテル 燕三条
宴会・会議予約ご担当者様

お世話になっております。日の出産業の野々村です。
先日お電話で仮押さえいただいた会議室について、正式に予約をお願いいたします。

　日時：7月2日（水）9:00〜12:00（準備 8:00から）
　人数：約40名（スクール形式）
　備品：プロジェクター、マイク2本、受付用長机1台
　飲料：ペットボトルのお茶 45本

請求書は日の出産業株式会社 人事部宛でお願いいたします。

{SIG_NONOMURA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary booking mail to a partner hotel, no personal records",
    },
    # ------------------------------------------------------------------ 034
    {
        "id": "jigyoshokei-034",
        "charset": "utf-8",
        "sender": "桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
        "to": ["白川 直樹 <shirakawa@shirakawa-law.jp>"],
        "cc": ["小宮山 玲奈 <r.komiyama@shirakawa-law.jp>"],
        "subject": "リテンション契約 対象者別の条件表",
        "body": f"""白川先生、小宮山先生

お世話になっております。日の出産業の桐谷です。
リテンション契約の個別条件をまとめた表をお送りします。
契約書は対象者ごとに作成いただく想定ですので、当事者欄に必要な
住所・生年月日も入れてあります。

{SIG_KIRITANI}
""",
        "attachments": [{
            "kind": "docx",
            "name": "リテンション契約_対象者条件表.docx",
            "paragraphs": ["リテンション契約 対象者別条件表", "（支給は在籍を条件に、各年7月末に分割）"],
            "tables": [[
                ["氏名", "役職", "生年月日", "住所", "リテンション額", "拘束期間"],
                ["五十嵐 忠", "工場長", "昭和38年5月21日", "新潟県燕市吉田東栄町14-8", "300万円", "2年"],
                ["長谷部 誠二", "営業部長", "昭和43年11月2日", "新潟県三条市東裏館2-7-31", "240万円", "2年"],
                ["阿部川 聡", "製造課班長", "昭和55年3月3日", "新潟県燕市杣木1580-7", "120万円", "2年"],
                ["仙波 大地", "設計課主任", "平成2年8月26日", "新潟県新潟市中央区女池南1-6-3-205", "120万円", "2年"],
                ["片桐 美代子", "品質管理課主任", "昭和46年12月25日", "新潟県新潟市西蒲区巻甲3221-4", "80万円", "1年"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: five key employees' birth dates, home addresses and bonus amounts in a DOCX table",
    },
    # ------------------------------------------------------------------ 035
    {
        "id": "jigyoshokei-035",
        "charset": "utf-8",
        "sender": "桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
        "to": ["小宮山 玲奈 <r.komiyama@shirakawa-law.jp>"],
        "subject": "リテンション契約書のひな形（当社案）",
        "body": f"""小宮山先生

お世話になっております。桐谷です。
リテンション契約書のひな形について、当社の人事部で作成した案を添付します。
競業避止の範囲（地域・期間）が広すぎないか、ご意見をいただけますと幸いです。

{SIG_KIRITANI}
""",
        "attachments": [{
            "kind": "docx",
            "name": "リテンション契約書_ひな形_v1.docx",
            "paragraphs": [
                "リテンション契約書",
                "株式会社松浦精工（以下「会社」という。）と【氏名】（以下「従業員」という。）は、"
                "次のとおり合意する。",
                "第1条（目的）会社は、日の出産業株式会社による株式取得後の事業の円滑な承継のため、"
                "従業員の継続勤務を奨励する目的で、本契約に定める特別手当を支給する。",
                "第2条（特別手当）会社は、従業員が各支給日に在籍していることを条件に、"
                "【金額】円を【回数】回に分割して支給する。",
                "第4条（競業避止）従業員は、退職後1年間、新潟県内において会社と競合する事業に"
                "従事しないものとする。",
                "住所：【住所】　氏名：【氏名】　印",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "template with placeholders only: no person's data",
    },
    # ------------------------------------------------------------------ 036
    {
        "id": "jigyoshokei-036",
        "charset": "cp932",
        "sender": "桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
        "to": ["小宮山 玲奈 <r.komiyama@shirakawa-law.jp>"],
        "subject": "Re: リテンション契約書（工場長分）の最終確認",
        "body": f"""小宮山先生

桐谷です。工場長分の当事者欄、下記で確定ですのでご反映ください。

　住所：新潟県燕市吉田東栄町14-8
　氏名：五十嵐 忠
　生年月日：昭和38年5月21日
　特別手当：総額300万円（2回分割）

締結は7月2日の説明会の後、個別面談の場で行う予定です。

{SIG_KIRITANI}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one person's record (the plant manager's contract party details): may warn, not a list",
    },
    # ------------------------------------------------------------------ 037
    {
        "id": "jigyoshokei-037",
        "charset": "utf-8",
        "sender": "桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
        "to": ["小宮山 玲奈 <r.komiyama@shirakava-law.jp>"],
        "subject": "競業避止条項の件",
        "body": f"""小宮山先生

お世話になっております。桐谷です。
昨日のお電話の件、競業避止は「退職後1年・新潟県内」で進めることで
社内の了承が取れました。ひな形の第4条はこのままで結構です。

代償措置として特別手当に含める旨の一文を入れるかどうかだけ、
ご判断をお任せします。

{SIG_KIRITANI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: shirakava-law.jp swaps a letter of the partner law firm's shirakawa-law.jp",
    },
    # ------------------------------------------------------------------ 038
    {
        "id": "jigyoshokei-038",
        "charset": "iso-2022-jp",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["米倉 千晶 <yonekura@asahi-roumu.jp>"],
        "subject": "被扶養者異動届の作成依頼（松浦精工・宮腰さん）",
        "body": f"""米倉先生

お世話になっております。野々村です。
松浦精工の営業課 宮腰さんから、ご結婚に伴う被扶養者の追加の申し出がありました。
届出の作成をお願いいたします。

【被保険者】
　氏名：宮腰 愛（ミヤコシ アイ）
　生年月日：{zen("1996")}年{zen("7")}月{zen("7")}日
　健康保険証　記号：{zen("3150")}　番号：{zen("1127")}
　保険者番号：{zen("01150013")}

【追加する被扶養者】
　続柄：夫（収入要件は確認済み、非課税証明書を郵送します）

{SIG_NONOMURA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "identifier: an employee's 健康保険証 記号・番号 (full-width digits) with name and DOB",
    },
    # ------------------------------------------------------------------ 039
    {
        "id": "jigyoshokei-039",
        "charset": "utf-8",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["支援担当 <shien@echigo-shien.or.jp>"],
        "subject": "特定技能外国人の所属機関に関する変更の届出について",
        "body": f"""一般社団法人 越後外国人材支援機構
支援担当者様

お世話になっております。株式会社松浦精工の親会社となりました
日の出産業 人事部の野々村です。

松浦精工の代表者変更に伴い、特定技能所属機関の届出が必要と伺いました。
貴機構で支援いただいている3名の在留カード情報は下記のとおりです。

 1. ホアン・ヴァン・ナム　1997/05/03生　在留カード番号 UH48120735EA　期限 2025/10/31
 2. グエン・ティ・ラン　　1999/08/21生　在留カード番号 UH52907614FA　期限 2026/04/30
 3. チャン・ミン・トゥアン 1996/12/09生　在留カード番号 AB03681259CD　期限 2025/03/31

届出書の記入例をいただけますと助かります。

{SIG_NONOMURA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "identifier: three foreign workers' 在留カード numbers with DOB",
    },
    # ------------------------------------------------------------------ 040
    {
        "id": "jigyoshokei-040",
        "charset": "utf-8",
        "sender": "柏木 拓海 <t.kashiwagi@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 保守窓口 <support@tsubasa-system.jp>"],
        "subject": "松浦精工 ネットワーク統合の現地調査依頼",
        "body": f"""株式会社ツバサシステム
保守窓口ご担当者様

いつもお世話になっております。日の出産業 情報システム部の柏木です。

グループ会社となる松浦精工（燕市）のネットワークを当社WANに統合するため、
現地調査をお願いしたく、現状の構成図（手書きを清書したもの）を添付します。

■現状
　・回線：光ネクスト 1回線（固定IPなし）
　・PC：デスクトップ 18台／ノート 6台（Windows 10 が 11台残存）
　・サーバ：NAS 1台（ファイル共有）、販売管理ソフトはスタンドアロン
　・複合機 2台、CAD端末 3台
■希望日程
　6月18日（火）〜20日（木）のいずれか半日

{SIG_KASHIWAGI}
""",
        "attachments": [{"kind": "png", "name": "松浦精工_NW構成図_現状.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "IT integration mail with equipment counts and a diagram: no personal data",
    },
    # ------------------------------------------------------------------ 041
    {
        "id": "jigyoshokei-041",
        "charset": "utf-8",
        "sender": "柏木 拓海 <t.kashiwagi@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入チーム 平間様 <hirama@tsubasa-system.jp>"],
        "subject": "メールアカウント移行対象者リスト（松浦精工 28名）",
        "body": f"""ツバサシステム
平間様

お世話になっております。柏木です。
松浦精工のメールを当社テナントへ移行する件、対象者の一覧をお送りします。
新アドレスは mg.hinode-sangyo.co.jp のサブドメインで発行をお願いします。
旧アドレスは移行後3か月間、転送設定で残します。

{SIG_KASHIWAGI}
""",
        "attachments": [{
            "kind": "csv",
            "name": "mail_migration_matsuura.csv",
            "encoding": "utf-8",
            "rows": [["emp_no", "display_name", "department", "old_address", "new_address", "license"]]
                    + [[r[0], r[1], r[3], f"{lp}@matsuura-seiko.co.jp",
                        f"{lp}@mg.hinode-sangyo.co.jp", "E3" if r[8] == "正社員" else "F1"]
                       for r, lp in zip(ROSTER, [
                           "t.igarashi", "s.hasebe", "m.matsuura", "n.tashiro", "t.muraoka",
                           "m.katagiri", "s.abekawa", "k.shimoda", "s.nashimoto", "k.narumi",
                           "d.semba", "k.sugai", "hoang.nam", "nguyen.lan", "tran.tuan",
                           "y.onuki", "s.egawa", "k.kuwana", "a.miyakoshi", "w.tosabayashi",
                           "ahmad.r", "s.koyanagi", "t.hoshino", "m.endo", "a.shibuya",
                           "s.suzuka", "m.hiwatari", "n.iwafune"])],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: 28 employees' names and e-mail addresses (old and new) in a CSV to the IT vendor",
    },
    # ------------------------------------------------------------------ 042
    {
        "id": "jigyoshokei-042",
        "charset": "iso-2022-jp",
        "sender": "柏木 拓海 <t.kashiwagi@hinode-sangyo.co.jp>",
        "to": ["平間 <hirama@tsubasa-system.jp>"],
        "subject": "先行移行アカウント（2名）",
        "body": f"""平間様

柏木です。本移行の前に、以下2名だけ先行して移行をお願いします。
クロージング当日から当社の会議招集を受ける必要があるためです。

・松浦 義男（会長）  y.matsuura@matsuura-seiko.co.jp → y.matsuura@mg.hinode-sangyo.co.jp
・松浦 恵（総務経理）m.matsuura@matsuura-seiko.co.jp → m.matsuura@mg.hinode-sangyo.co.jp

ライセンスはいずれもE3で。よろしくお願いします。

{SIG_KASHIWAGI}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "two people's work addresses for an account migration: under five records, may warn",
    },
    # ------------------------------------------------------------------ 043
    {
        "id": "jigyoshokei-043",
        "charset": "utf-8",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["新田 大輔 <d.nitta@midori-ginko.co.jp>"],
        "subject": "株式価値算定書のご送付（融資審査用）",
        "body": f"""新田様

お世話になっております。三浦です。
審査部からご依頼のあった第三者算定機関の株式価値算定書をお送りします。
算定機関の指示により閲覧パスワードを設定しておりますので、
パスワードはお電話でお伝えいたします。

{SIG_MIURA}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "株式価値算定書_松浦精工.pdf",
            "password": "valuation-0612",
            "lines": ["株式価値算定書", "算定対象：株式会社松浦精工 普通株式",
                      "算定方法：DCF法、類似会社比較法", "算定結果：4億1,600万円〜4億9,300万円"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the PDF is password-protected and cannot be inspected",
    },
    # ------------------------------------------------------------------ 044
    {
        "id": "jigyoshokei-044",
        "charset": "utf-8",
        "sender": "Kohei Miura <k.miura@hinode-sangyo.co.jp>",
        "to": ["Erik Lindqvist <erik.lindqvist@lindqvist-advisory.com>"],
        "subject": "Quality of earnings review - call next week",
        "body": f"""Dear Erik,

Thank you for your proposal for the quality of earnings review on Project Tsubame.
Our CFO has approved the engagement on the terms of your letter of 3 June.

Could we have a kick-off call next Tuesday or Wednesday, 9:00-10:00 CET
(16:00-17:00 JST)? On our side Ryosuke Murase (Finance) and I will join; the
target's tax adviser may join for the second half.

The data room invitation will follow from the VDR provider once your team's
user names are confirmed.

Best regards,
Kohei Miura
Corporate Planning, Hinode Sangyo Co., Ltd.
Tel +81-3-5487-2231

{DISCLAIMER_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English business mail with the standard confidentiality disclaimer: ordinary",
    },
    # ------------------------------------------------------------------ 045
    {
        "id": "jigyoshokei-045",
        "charset": "utf-8",
        "sender": "Kohei Miura <k.miura@hinode-sangyo.co.jp>",
        "to": ["Hannah Berg <hannah.berg@lindqvist-advisory.com>"],
        "subject": "Key personnel summary for the QoE (payroll normalisation)",
        "body": f"""Hi Hannah,

As requested, below are the key people whose pay we expect to normalise
after closing (owner-family salaries above market, and the two managers who
will receive retention bonuses).

Name               Role                 Date of birth  Annual pay (JPY)  E-mail
-----------------  -------------------  -------------  ----------------  --------------------------------
Yoshio Matsuura    Chairman (founder)   1951-02-08     18,000,000        y.matsuura@matsuura-seiko.co.jp
Taeko Matsuura     Auditor (spouse)     1954-03-12      4,800,000        taeko-m.0312@yahoo.co.jp
Kenta Matsuura     Director (non-exec)  1980-10-29      2,400,000        kenta.matsuura@icloud.com
Megumi Matsuura    GA & accounting      1979-02-14      5,900,000        m.matsuura@matsuura-seiko.co.jp
Tadashi Igarashi   Plant manager        1963-05-21      6,200,000        t.igarashi@matsuura-seiko.co.jp
Seiji Hasebe       Sales director       1968-11-02      6,800,000        s.hasebe@matsuura-seiko.co.jp

Let me know if you need the monthly breakdown.

Kind regards,
Kohei
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: six people's DOB, pay and e-mail (incl. private addresses) in an English fixed-width table",
    },
    # ------------------------------------------------------------------ 046
    {
        "id": "jigyoshokei-046",
        "charset": "cp932",
        "sender": "江口 沙織 <s.eguchi@hinode-sangyo.co.jp>",
        "to": ["新田 大輔 <d.nitta@midori-ginko.co.jp>",
               "内山 浩之 <uchiyama.h@echigo-shinkin.co.jp>"],
        "cc": ["長岡 清 <k.nagaoka@nagaoka-tax.jp>"],
        "subject": "経営者保証の解除に関するお打合せ日程",
        "body": f"""みどり銀行 新田様
越後信用金庫 内山様
（cc：長岡税理士事務所 長岡先生）

お世話になっております。日の出産業 総務部の江口です。

松浦精工の既存借入に付いている松浦会長の個人保証の解除、および
当社の保証への切替について、三者でお打合せの機会をいただきたく存じます。

　候補：6月17日（月）15時〜、6月19日（水）10時〜
　場所：越後信用金庫 燕支店 または Web会議

ご都合をお知らせください。

{SIG_EGUCHI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: two banks and a tax office (three external organisations) in To/Cc",
    },
    # ------------------------------------------------------------------ 047
    {
        "id": "jigyoshokei-047",
        "charset": "iso-2022-jp",
        "sender": "江口 沙織 <s.eguchi@hinode-sangyo.co.jp>",
        "to": ["新田 大輔 <d.nitta@midori-ginko.co.jp>"],
        "cc": ["白川 直樹 <shirakawa@shirakawa-law.jp>"],
        "subject": "質権設定契約書（案）のご確認",
        "body": f"""みどり銀行
新田様

お世話になっております。日の出産業の江口です。
（当社顧問の白川先生にもccでお送りしています）

ご融資に伴う松浦精工株式への質権設定契約書（案）を拝受しました。
白川先生の確認を経て、来週月曜までにコメントをお戻しいたします。
対抗要件の具備（株券不発行会社のため株主名簿への記載）の段取りについても
あわせてご相談させてください。

{SIG_EGUCHI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (bank and law firm) in a normal three-way mail",
    },
    # ------------------------------------------------------------------ 048
    {
        "id": "jigyoshokei-048",
        "charset": "utf-8",
        "sender": "江口 沙織 <s.eguchi@hinode-sangyo.co.jp>",
        "to": ["小宮山 玲奈 <r.komiyama@shirakawa-law.jp>"],
        "subject": "松浦精工 株主名簿（写し）",
        "body": f"""小宮山先生

お世話になっております。江口です。
株式譲渡契約書の売主欄と、名義書換の準備のため、松浦精工の株主名簿の写しを
PDFにしてお送りします。元従業員の方が2名、少数株主として残っています。

{SIG_EGUCHI}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "松浦精工_株主名簿_写し.pdf",
            "title": "株主名簿",
            "lines": ["株式会社松浦精工 株主名簿", "（発行済株式総数 12,000株／2024年3月31日現在）", ""],
            "table": [
                ["株主名", "住所", "株式数", "取得日"],
                ["松浦 義男", "新潟県燕市吉田下中野1147-3", "7,200", "1974/06/01"],
                ["松浦 多恵子", "新潟県燕市吉田下中野1147-3", "1,800", "1988/04/01"],
                ["松浦 健太", "東京都杉並区阿佐谷南1-28-4-302", "800", "2010/12/20"],
                ["佐伯 由美", "新潟県新潟市中央区鐙西2-11-6-804", "1,000", "2010/12/20"],
                ["松浦 勝", "新潟県燕市秋葉町1-4-9", "600", "1974/06/01"],
                ["片桐 正弘", "新潟県三条市旭町2-3-15", "300", "1995/04/01"],
                ["小池 武夫", "新潟県燕市小池3902", "200", "1999/04/01"],
                ["長谷部 誠二", "新潟県三条市東裏館2-7-31", "100", "2015/04/01"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: shareholder register of eight individuals with home addresses in a PDF table",
    },
    # ------------------------------------------------------------------ 049
    {
        "id": "jigyoshokei-049",
        "charset": "iso-2022-jp",
        "sender": "江口 沙織 <s.eguchi@hinode-sangyo.co.jp>",
        "to": ["関 敦史 <a.seki@shinanogawa-law.jp>"],
        "subject": "Re: 売主欄の表記について",
        "body": f"""関先生

お世話になっております。江口です。
売主欄は、印鑑登録証明書の表記に合わせて以下とさせていただきます。
創業家以外の少数株主の方々は別契約とする前提です。

　売主1　新潟県燕市吉田下中野1147番地3　松浦 義男（7,200株）
　売主2　新潟県燕市吉田下中野1147番地3　松浦 多恵子（1,800株）
　売主3　東京都杉並区阿佐谷南一丁目28番4-302号　松浦 健太（800株）
　売主4　新潟県新潟市中央区鐙西二丁目11番6-804号　佐伯 由美（1,000株）

相違がございましたらご指摘ください。

{SIG_EGUCHI}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four sellers' names and addresses for the contract's party block: under five records, may warn",
    },
    # ------------------------------------------------------------------ 050
    {
        "id": "jigyoshokei-050",
        "charset": "utf-8",
        "sender": "村瀬 亮介 <r.murase@hinode-sangyo.co.jp>",
        "to": ["新田 大輔 <d.nitta@midori-ginko.co.jp>"],
        "subject": "クロージング当日の振込依頼（譲渡代金・明細）",
        "body": f"""新田様

村瀬です。6月27日実行分の振込明細をExcelでお送りします。
融資実行後、10時30分までに全件の振込をお願いできますでしょうか。
振込依頼書の原本は当日朝に持参します。

{SIG_MURASE}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "振込明細_0627.xlsx",
            "sheets": {
                "振込先": [
                    ["6/27 株式譲渡代金 振込明細", "", "", "", "", "", ""],
                    ["受取人", "金融機関", "支店", "種目", "口座番号", "口座名義（カナ）", "金額"],
                    ["松浦 義男", "越後信用金庫", "燕支店", "普通", "0817342", "マツウラ ヨシオ", 270000000],
                    ["松浦 多恵子", "越後信用金庫", "燕支店", "普通", "0822916", "マツウラ タエコ", 67500000],
                    ["松浦 健太", "みどり銀行", "荻窪支店", "普通", "3305178", "マツウラ ケンタ", 30000000],
                    ["佐伯 由美", "第四北越銀行", "鐙支店", "普通", "1649027", "サエキ ユミ", 37500000],
                    ["松浦 勝", "越後信用金庫", "燕支店", "普通", "0790458", "マツウラ マサル", 22500000],
                    ["片桐 正弘", "三条信用組合", "本店", "普通", "0061284", "カタギリ マサヒロ", 11250000],
                    ["小池 武夫", "越後信用金庫", "吉田支店", "普通", "0533071", "コイケ タケオ", 7500000],
                ],
                "集計": [["件数", 7], ["合計", 446250000]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "list: seven sellers' personal bank accounts and amounts in an XLSX (even to the partner bank)",
    },
    # ------------------------------------------------------------------ 051
    {
        "id": "jigyoshokei-051",
        "charset": "iso-2022-jp",
        "sender": "村瀬 亮介 <r.murase@hinode-sangyo.co.jp>",
        "to": ["松浦 義男 <yoshio.matsuura1951@gmail.com>"],
        "subject": "譲渡代金のお振込み完了のご連絡",
        "body": f"""松浦 義男 様

日の出産業 経理部の村瀬でございます。
本日、株式譲渡代金のお振込み手続きが完了いたしましたのでご連絡いたします。

　お振込日：6月27日
　お振込先：ご指定の越後信用金庫 燕支店 普通口座（末尾 **342）

お手元の通帳等でご確認いただけますと幸いです。
このたびは誠にありがとうございました。今後ともよろしくお願い申し上げます。

{SIG_MURASE}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "payment notice to the former owner's own private address, account masked: one free-mail recipient",
    },
    # ------------------------------------------------------------------ 052
    {
        "id": "jigyoshokei-052",
        "charset": "cp932",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["米倉 千晶 <yonekura@asahi-roumu.jp>"],
        "subject": "障害者雇用率の算定（グループ適用）について",
        "body": f"""米倉先生

お世話になっております。野々村です。
グループ適用の検討にあたり、松浦精工で障害者手帳をお持ちの方を確認しました。

　・鳴海 浩二（製造課）　身体障害者手帳 4級（右手指の機能障害）
　・大貫 由紀子（品質管理課・パート週30h）　精神障害者保健福祉手帳 3級

大貫さんは週30時間のため0.5カウントと理解していますが、精神障害者の
特例（当分の間1カウント）の適用可否もあわせてご確認いただけますか。

{SIG_NONOMURA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: two named employees' disabilities and handbook grades",
    },
    # ------------------------------------------------------------------ 053
    {
        "id": "jigyoshokei-053",
        "charset": "utf-8",
        "sender": "江口 沙織 <s.eguchi@hinode-sangyo.co.jp>",
        "to": ["白川 直樹 <shirakawa@shirakawa-law.jp>"],
        "subject": "DD指摘事項：社用車の事故について（ご相談）",
        "body": f"""白川先生

お世話になっております。江口です。
DDの過程で、以下の事案が判明しましたのでご相談させてください。

2022年9月、松浦精工 営業課の村岡 拓也氏が社用車（2tトラック）を運転中に
酒気帯び運転で現行犯逮捕され、その後罰金30万円の略式命令を受けています。
物損事故の相手方とは示談済みですが、会社としての懲戒は「けん責」にとどまり、
同氏は現在も営業課で社用車を運転しています。

（1）表明保証・補償でカバーすべき事項か
（2）クロージング後の当社の安全運転管理上、配置転換を求めることの可否
についてご意見をお願いします。

{SIG_EGUCHI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's arrest and criminal conviction",
    },
    # ------------------------------------------------------------------ 054
    {
        "id": "jigyoshokei-054",
        "charset": "utf-8",
        "sender": "桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
        "to": ["表明保証保険 引受部 <rw-uw@toto-sonpo.co.jp>"],
        "subject": "引受審査：労働災害の発生状況（追加資料）",
        "body": f"""東都損害保険株式会社
表明保証保険 引受部 御中

お世話になっております。日の出産業の桐谷です。
引受審査の追加質問（労災の発生状況）について、対象会社の労災台帳から
過去5年分を抜粋して添付いたします。

{SIG_KIRITANI}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "労災発生状況_過去5年.xlsx",
            "sheets": {
                "労災台帳抜粋": [
                    ["株式会社松浦精工 労働災害発生状況（2019〜2024）"],
                    [],
                    ["発生日", "被災者", "年齢", "部署", "傷病名", "休業日数", "労基署報告"],
                    ["2019/08/21", "菅井 和則", 42, "製造課", "左手中指切断（プレス機挟まれ）", 64, "済"],
                    ["2021/02/03", "桑名 勝利", 61, "製造課", "腰椎圧迫骨折（転落）", 92, "済"],
                    ["2022/11/15", "ホアン・ヴァン・ナム", 25, "製造課", "右前腕裂傷", 6, "済"],
                    ["2023/06/30", "土佐林 亘", 36, "製造課", "熱中症", 3, "済"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: four named workers' injuries (diagnoses) from the accident register",
    },
    # ------------------------------------------------------------------ 055
    {
        "id": "jigyoshokei-055",
        "charset": "iso-2022-jp",
        "sender": "桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
        "to": ["表明保証保険 引受部 <rw-uw@toto-sonpo.co.jp>"],
        "subject": "Re: 引受審査 質問事項への回答（労務関係）",
        "body": f"""東都損害保険
表明保証保険 引受部 御中

日の出産業の桐谷です。労務関係のご質問に回答いたします。

Q1. 過去5年の労働災害の件数
　　休業4日以上 3件／休業4日未満 1件／死亡・障害等級該当 0件
Q2. 労働基準監督署の是正勧告
　　2021年に1回（36協定の届出遅延）、是正報告済み
Q3. 係争中の労働紛争
　　なし（退職者からの未払残業代請求の内容証明1件、和解済み）
Q4. 平均年齢・平均勤続年数
　　41.2歳／12.6年

以上、よろしくお願いいたします。

{SIG_KIRITANI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "statistics only (counts of accidents, no names): ordinary",
    },
    # ------------------------------------------------------------------ 056
    {
        "id": "jigyoshokei-056",
        "charset": "cp932",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["産業保健センター <sangyo@tsubame-kenshin.jp>"],
        "subject": "有所見者の就業判定のお願い（松浦精工）",
        "body": f"""燕けんしんクリニック 産業保健センター
ご担当者様

お世話になっております。日の出産業 人事部の野々村です。
グループ入りした松浦精工は従業員50名未満で産業医の選任がないため、
今年度の定期健康診断で要精密・要治療となった方の就業判定をお願いしたく存じます。

社員番号  氏名          生年月日    所見                          判定
--------  ------------  ----------  ----------------------------  ----
E0102     五十嵐 忠     1963/05/21  高血圧（治療中）、LDL高値      C
E0121     田代 昇       1975/07/30  肝機能異常（γ-GTP 212）        D
E0141     鳴海 浩二     1966/01/19  糖尿病（HbA1c 8.4）            D
E0147     菅井 和則     1977/04/11  心電図異常（不完全右脚ブロック） C
E0160     桑名 勝利     1959/10/30  胸部X線 要精密                 E
E0178     渋谷 厚       1982/08/04  尿潜血（2+）                   C

個人票の写しは郵送いたします。

{SIG_NONOMURA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list + sensitive: six employees' health-check findings with names and DOB",
    },
    # ------------------------------------------------------------------ 057
    {
        "id": "jigyoshokei-057",
        "charset": "cp932",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
               "保健師 西脇 <nishiwaki@mail.hinode-sangyo.co.jp>"],
        "subject": "松浦精工 健診の有所見者（社内共有）",
        "body": """桐谷課長、西脇さん

野々村です。松浦精工の健診結果で、要精密・要治療の方を抜き出しました。
当社の保健師面談の対象にするかどうか、ご判断をお願いします。

・五十嵐 忠（1963/05/21）高血圧（治療中）
・田代 昇（1975/07/30）肝機能異常、休職中
・鳴海 浩二（1966/01/19）糖尿病 HbA1c 8.4
・菅井 和則（1977/04/11）心電図異常
・桑名 勝利（1959/10/30）胸部X線 要精密
・渋谷 厚（1982/08/04）尿潜血

野々村
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "internal only (incl. the mail. subdomain): passes whatever it carries",
    },
    # ------------------------------------------------------------------ 058
    {
        "id": "jigyoshokei-058",
        "charset": "iso-2022-jp",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["新田 大輔 <d.nitta@rnidori-ginko.co.jp>"],
        "subject": "タームシートへのコメント",
        "body": f"""新田様

お世話になっております。三浦です。
タームシートについて、当社からのコメントは以下の2点です。

1. 期限前弁済手数料：実行後2年以降は無手数料としていただきたい
2. 財務制限条項：レバレッジレシオの算定にはのれん償却前のEBITDAを用いたい

ご検討のほどお願いいたします。

{SIG_MIURA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: rnidori-ginko.co.jp ('rn' for 'm') imitates the partner bank's domain",
    },
    # ------------------------------------------------------------------ 059
    {
        "id": "jigyoshokei-059",
        "charset": "utf-8",
        "sender": "高階 真理子 <m.takashina@hinode-sangyo.co.jp>",
        "to": ["小野寺 社長 <onodera@hinode-sangyo.co>"],
        "subject": "松浦会長との会食の件",
        "body": """社長

高階です。来週木曜の松浦会長との会食の件、お店は燕の「割烹 つばくろ」で
19時から押さえました。会長はお酒は召し上がらないとのことです。
ご長男の健太さんも東京から来られる予定です。

当日、顧問契約の条件（1年更新・週2日）の話を切り出すかどうか、
前日までにご相談させてください。

高階
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: hinode-sangyo.co is the organisation's own domain with .jp dropped",
    },
    # ------------------------------------------------------------------ 060
    {
        "id": "jigyoshokei-060",
        "charset": "utf-8",
        "sender": "高階 真理子 <m.takashina@hinode-sangyo.co.jp>",
        "to": ["経営会議メンバー <keiei-kaigi@mail.hinode-sangyo.co.jp>"],
        "subject": "【社外秘】Project TSUBAME 統合後事業計画（経営会議資料）",
        "body": """経営会議メンバー各位

高階です。明日の経営会議の資料を添付します。
社外秘のため、印刷した場合は会議後に回収します。

高階
""",
        "attachments": [{
            "kind": "docx",
            "name": "統合後事業計画_経営会議.docx",
            "page_header": "社外秘",
            "paragraphs": ["Project TSUBAME 統合後事業計画", "1. シナジー：購買共同化で年間3,800万円",
                           "2. 人員：2年間は現行体制を維持、2026年度に人事制度統合",
                           "3. 投資：300tプレス機更新 1億2,000万円（2025年度）"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "marked 社外秘 but sent only to an internal subdomain list: internal mail passes",
    },
    # ------------------------------------------------------------------ 061
    {
        "id": "jigyoshokei-061",
        "charset": "utf-8",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["春日 智也 <t.kasuga@links-shoukei.co.jp>"],
        "subject": "シナジー試算（最終版）",
        "body": f"""春日様

三浦です。価格交渉の最終ラウンドに向けて、当社のシナジー試算の最終版を
お送りします。あくまで春日様の交渉準備用ですので、売り手側には
数字をお見せにならないようお願いします。

{SIG_MIURA}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "シナジー試算_final.xlsx",
            "sheets": {
                "サマリー": [
                    ["【取扱注意】Project TSUBAME シナジー試算（日の出産業 経営企画部）"],
                    [],
                    ["項目", "初年度", "2年目", "3年目", "備考"],
                    ["鋼材の共同購買", 1800, 2600, 2900, "単位：万円"],
                    ["物流（共同配送）", 400, 700, 900, ""],
                    ["外注加工の内製化", 0, 1500, 2400, "300tプレス更新後"],
                    ["管理部門の統合", 300, 600, 600, ""],
                    ["合計", 2500, 5400, 6800, ""],
                ],
                "前提": [["前提条件"], ["鋼材単価：2024年4月の当社購買単価"], ["為替：150円/USD"]],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the workbook's title row classifies it 【取扱注意】",
    },
    # ------------------------------------------------------------------ 062
    {
        "id": "jigyoshokei-062",
        "charset": "iso-2022-jp",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["春日 智也 <t.kasuga@links-shoukei.co.jp>"],
        "subject": "Re: 案件名の呼び方について",
        "body": f"""春日様

ご連絡ありがとうございます。三浦です。

機密保持の観点から、当社では社内でも対象会社の社名は出さず、
「TSUBAME」のプロジェクト名で呼ぶことにしています。
貴社からのメール件名も、今後はプロジェクト名でお願いできますと幸いです。
売り手側の従業員の方に気付かれないよう、工場訪問も土曜日に設定いただけると
ありがたいです。

{SIG_MIURA}

> 三浦様
> 今後、件名などで対象会社名を出さない方がよろしいでしょうか。
> リンクス承継パートナーズ 春日
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions 機密保持 in prose; no classification marking, no personal data",
    },
    # ------------------------------------------------------------------ 063
    {
        "id": "jigyoshokei-063",
        "charset": "iso-2022-jp",
        "sender": "江口 沙織 <s.eguchi@hinode-sangyo.co.jp>",
        "to": ["長岡 清 <k.nagaoka@nagaoka-tax.jp>"],
        "subject": "旧役員の退職慰労金（源泉徴収・退職所得の受給に関する申告書）",
        "body": f"""長岡先生

お世話になっております。日の出産業 総務部の江口です。
クロージングに合わせて退任される旧役員5名の退職慰労金について、
源泉徴収税額の計算をお願いいたします。在任期間は登記簿で確認済みです。

　氏名　　　　生年月日　　　　　住所　　　　　　　　　　　　　　就任　　　　退任予定　　支給額
　松浦　義男　{wareki("1951-02-08")}　　新潟県燕市吉田下中野１１４７－３　　Ｓ４９．６　　Ｒ６．６　　１億２，０００万円
　松浦　多恵子　{wareki("1954-03-12")}　新潟県燕市吉田下中野１１４７－３　　Ｓ６３．４　　Ｒ６．６　　２，４００万円
　松浦　勝　　{wareki("1956-08-30")}　　新潟県燕市秋葉町１－４－９　　　　　Ｓ４９．６　　Ｒ６．６　　３，０００万円
　松浦　健太　{wareki("1980-10-29")}　東京都杉並区阿佐谷南１－２８－４－３０２　Ｈ２２．１２　Ｒ６．６　　４００万円
　片桐　正弘　{wareki("1949-05-06")}　　新潟県三条市旭町２－３－１５　　　　Ｈ７．４　　　Ｒ２．３（既退任）　６００万円

各人の「退職所得の受給に関する申告書」は回収次第お送りします。

{SIG_EGUCHI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: five former officers' 和暦 birth dates, home addresses (full-width) and payouts",
    },
    # ------------------------------------------------------------------ 064
    {
        "id": "jigyoshokei-064",
        "charset": "cp932",
        "sender": "村瀬 亮介 <r.murase@hinode-sangyo.co.jp>",
        "to": ["長岡税理士事務所 <office@nagaoka-tax.jp>"],
        "subject": "決算書・申告書の控えご提供のお願い",
        "body": f"""長岡税理士事務所 御中
長岡先生

お世話になっております。日の出産業 経理部の村瀬と申します。
株式会社松浦精工様の株式取得に関し、同社の了解を得て（同意書を添付します）
下記資料のご提供をお願いしたく、ご連絡いたしました。

　1. 法人税・地方税申告書の控え（直近3期分、別表・勘定科目内訳書を含む）
　2. 消費税申告書の控え（同上）
　3. 税務調査の結果通知（直近分）

PDFでデータルームにアップロードいただけますと助かります。

{SIG_MURASE}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "資料提供同意書_松浦精工.pdf",
            "lines": ["同意書", "", "長岡税理士事務所 御中", "",
                      "当社は、日の出産業株式会社に対し、当社の税務申告書類の写しを貴事務所が",
                      "提供することに同意します。", "",
                      "株式会社松浦精工　代表取締役 松浦 義男"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary request for tax returns with a signed consent letter: business data only",
    },
    # ------------------------------------------------------------------ 065
    {
        "id": "jigyoshokei-065",
        "charset": "utf-8",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["米倉 千晶 <yonekura@asahi-roumu.jp>"],
        "subject": "扶養控除等申告書データ（中途入社扱いの6名）",
        "body": f"""米倉先生

野々村です。
当社の給与計算に移管する6名（グループ内出向で当社払いになる方）の
扶養控除等申告書の内容を、Excelに入力してZIPで送ります。
年末調整のシステム登録にお使いください。

{SIG_NONOMURA}
""",
        "attachments": [{
            "kind": "zip",
            "name": "fuyo_kojo_6mei.zip",
            "files": [{
                "kind": "xlsx",
                "name": "扶養控除等申告書_入力.xlsx",
                "sheets": {"本人": [["氏名", "生年月日", "住所", "個人番号", "扶養人数"]]
                           + [[r[1], r[4], r[6], my_number(SEED + k), n]
                              for r, k, n in zip(staff("E0102", "E0107", "E0115", "E0133",
                                                       "E0144", "E0158"),
                                                 [4, 5, 6, 7, 8, 9], [2, 1, 0, 3, 1, 0])]},
            }],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "identifier + list: six employees' My Numbers inside an XLSX inside a plain ZIP",
    },
    # ------------------------------------------------------------------ 066
    {
        "id": "jigyoshokei-066",
        "charset": "utf-8",
        "sender": "桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
        "to": ["米倉 千晶 <yonekura@asahi-roumu.jp>"],
        "subject": "労働条件の比較表（不利益変更の論点整理）",
        "body": f"""米倉先生

桐谷です。
当社と松浦精工の主要な労働条件の比較表を作りました。2026年度の人事制度統合で
不利益変更となり得る箇所に★を付けています。経過措置の設計についてご相談させてください。

{SIG_KIRITANI}
""",
        "attachments": [{
            "kind": "docx",
            "name": "労働条件比較表_日の出_松浦精工.docx",
            "paragraphs": ["労働条件比較表（2024年6月時点）"],
            "tables": [[
                ["項目", "日の出産業", "松浦精工", "論点"],
                ["所定労働時間", "7時間45分", "8時間", ""],
                ["年間休日", "125日", "108日", ""],
                ["家族手当", "配偶者1万円・子5千円", "一律1万5千円", "★"],
                ["退職金", "ポイント制（DB）", "基本給連動（中退共）", "★"],
                ["定年", "65歳", "60歳（再雇用65歳）", ""],
            ]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "comparison of company rules, no individuals",
    },
    # ------------------------------------------------------------------ 067
    {
        "id": "jigyoshokei-067",
        "charset": "iso-2022-jp",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["米倉 千晶 <yonekura@asahi-roumu.jp>",
               "長岡 清 <k.nagaoka@nagaoka-tax.jp>",
               "松浦 恵 <m.matsuura@matsuura-seiko.co.jp>"],
        "subject": "給与計算の引継ぎについて（Web会議のご案内）",
        "body": f"""米倉先生、長岡先生、松浦さん

お世話になっております。日の出産業の野々村です。
8月支給分から松浦精工の給与計算を当社シェアードセンターに移管するにあたり、
引継ぎのWeb会議を下記で設定いたしました。

　日時：7月9日（水）13:30〜15:00
　方法：Teams（招待は別途お送りします）
　議題：住民税の特別徴収の切替、社保の算定、年末調整の分担

よろしくお願いいたします。

{SIG_NONOMURA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: 社労士, tax office and the subsidiary (three external organisations) in To",
    },
    # ------------------------------------------------------------------ 068
    {
        "id": "jigyoshokei-068",
        "charset": "utf-8",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["松浦 恵 <m.matsuura@matsuura-seiko.co.jp>"],
        "cc": ["米倉 千晶 <yonekura@asahi-roumu.jp>"],
        "subject": "算定基礎届の準備について",
        "body": f"""松浦さん
（cc：あさひ労務 米倉先生）

お世話になっております。野々村です。
今年の算定基礎届は、米倉先生の事務所で作成いただくことになりました。
4〜6月の賃金台帳を、7月3日までにデータルームの「労務」フォルダに
アップロードしていただけますか。フォルダの権限は米倉先生にも付与済みです。

ご不明点は私か米倉先生までお気軽にどうぞ。

{SIG_NONOMURA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc, ordinary instruction mail",
    },
    # ------------------------------------------------------------------ 069
    {
        "id": "jigyoshokei-069",
        "charset": "utf-8",
        "sender": "桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
        "to": ["白川 直樹 <shirakawa@shirakawa-law.jp>"],
        "subject": "FW: 転籍を希望しない方について（松浦精工）",
        "body": f"""白川先生

桐谷です。松浦精工の総務から届いたメールを添付で転送します。
工場のライン統合（三条工場への集約）に伴い異動を望まない方が7名おり、
退職勧奨にあたらない進め方についてご助言をお願いします。

{SIG_KIRITANI}
""",
        "attachments": [{
            "kind": "eml",
            "name": "転籍を希望しない方について.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "松浦 恵 <m.matsuura@matsuura-seiko.co.jp>",
                "to": ["桐谷 修 <o.kiritani@hinode-sangyo.co.jp>"],
                "subject": "転籍を希望しない方について",
                "body": """桐谷様

松浦精工の松浦です。
個別面談で、三条工場への異動を希望しないと回答した方の一覧です。

・鳴海 浩二（58歳）：親の介護のため燕を離れられない
・桑名 勝利（64歳・嘱託）：持病の腰痛（椎間板ヘルニア）が悪化しており通勤が難しい
・大貫 由紀子（54歳・パート）：家から遠くなるため
・小柳 早苗（51歳・パート）：子の送迎のため
・菅井 和則（47歳）：弥彦からの通勤時間
・樋渡 まゆみ（53歳・パート）：加茂からの通勤
・岩船 直人（44歳）：理由は話したくないとのこと

よろしくお願いします。
松浦
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "list + sensitive: forwarded mail (attached .eml) with seven employees' ages and reasons, one a diagnosis",
    },
    # ------------------------------------------------------------------ 070
    {
        "id": "jigyoshokei-070",
        "charset": "utf-8",
        "sender": "Ryosuke Murase <r.murase@hinode-sangyo.co.jp>",
        "to": ["Hannah Berg <hannah.berg@lindqvist-advisory.com>"],
        "subject": "Re: Payroll normalisation - adjusted figures",
        "body": """Hi Hannah,

Thanks, the adjustments look right to me. We agree with the normalised
EBITDA of JPY 148m. I will ask Kohei to confirm the chairman's consulting fee
after closing (we assume JPY 6m p.a.).

Best,
Ryosuke

On Thu, 13 Jun 2024 at 17:02, Hannah Berg <hannah.berg@lindqvist-advisory.com> wrote:
> Ryosuke,
>
> Please find our normalisation per person below:
>
> Yoshio Matsuura   1951-02-08  18.0m -> 6.0m (consulting)   y.matsuura@matsuura-seiko.co.jp
> Taeko Matsuura    1954-03-12   4.8m -> 0                   taeko-m.0312@yahoo.co.jp
> Kenta Matsuura    1980-10-29   2.4m -> 0                   kenta.matsuura@icloud.com
> Megumi Matsuura   1979-02-14   5.9m -> 5.2m                m.matsuura@matsuura-seiko.co.jp
> Tadashi Igarashi  1963-05-21   6.2m -> 7.7m (retention)    t.igarashi@matsuura-seiko.co.jp
> Seiji Hasebe      1968-11-02   6.8m -> 8.0m (retention)    s.hasebe@matsuura-seiko.co.jp
>
> Net effect on EBITDA: +JPY 22m.
>
> Kind regards,
> Hannah
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quoted text: the per-person table is only in the adviser's own quoted mail ('On ... wrote:')",
    },
    # ------------------------------------------------------------------ 071
    {
        "id": "jigyoshokei-071",
        "charset": "cp932",
        "sender": "大河内 健 <k.okochi@hinode-sangyo.co.jp>",
        "to": ["法人旅行センター <corp@tabi-plaza.co.jp>"],
        "subject": "台湾出張の航空券手配（パスポート情報）",
        "body": f"""たびプラザ株式会社
法人旅行センター 御中

いつもお世話になっております。日の出産業 営業本部の大河内です。
松浦精工の台湾のお客様へのご挨拶のため、下記2名の航空券手配をお願いします。

　行程：7月22日 成田→台北（桃園）／7月24日 台北→成田

　(1) 氏名（パスポート表記）：OKOCHI KEN
　　　生年月日：1977年9月3日　旅券番号：TK4083921　有効期限：2029年2月14日
　(2) 氏名（パスポート表記）：HASEBE SEIJI
　　　生年月日：1968年11月2日　旅券番号：TR7716053　有効期限：2027年8月30日

ホテルは先方手配のため不要です。

{SIG_OKOCHI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "identifier: two travellers' passport numbers with birth dates",
    },
    # ------------------------------------------------------------------ 072
    {
        "id": "jigyoshokei-072",
        "charset": "iso-2022-jp",
        "sender": "大河内 健 <k.okochi@hinode-sangyo.co.jp>",
        "to": ["法人旅行センター <corp@tabi-plaza.co.jp>"],
        "subject": "Re: 台湾出張 旅程のご確認",
        "body": f"""たびプラザ 法人旅行センター
ご担当者様

大河内です。旅程表を確認しました。下記の内容で確定をお願いします。
（搭乗者は先日お送りした2名のままです）

　7/22　NH〇〇〇便　成田 09:55 → 桃園 12:40
　7/24　NH〇〇〇便　桃園 13:45 → 成田 18:05
　座席：通路側希望

請求書は営業本部宛で、予約番号 HTS-240722-0193 の記載をお願いします。

{SIG_OKOCHI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "itinerary confirmation with a booking number: no personal records",
    },
    # ------------------------------------------------------------------ 073
    {
        "id": "jigyoshokei-073",
        "charset": "utf-8",
        "sender": "江口 沙織 <s.eguchi@hinode-sangyo.co.jp>",
        "to": ["クラウド会計サポート <support@cloud-kaikei.jp>"],
        "subject": "お支払いカードの変更（契約ID: CK-0047719）",
        "body": f"""クラウド会計 サポートご担当者様

株式会社松浦精工（契約ID: CK-0047719）の契約について、
お支払い方法のクレジットカードを変更したくご連絡しました。
管理画面からの変更がエラーになるため、お手数ですが貴社側でご対応ください。

　新カード番号：{card_number(SEED + 103)}
　名義：SAORI EGUCHI（日の出産業 法人カード）
　有効期限：11/28

旧カード（前代表者名義）は月末で解約予定です。

{SIG_EGUCHI}
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "identifier: a full credit card number with the holder's name sent by mail",
    },
    # ------------------------------------------------------------------ 074
    {
        "id": "jigyoshokei-074",
        "charset": "iso-2022-jp",
        "sender": "大河内 健 <k.okochi@hinode-sangyo.co.jp>",
        "to": ["購買部 佐久間様 <sakuma@kitaguni-foods.co.jp>"],
        "subject": "株式会社松浦精工の当社グループ入りのご挨拶",
        "body": f"""北国フーズ株式会社
購買部　佐久間様

平素は格別のご高配を賜り、厚く御礼申し上げます。
日の出産業の大河内でございます。

このたび、貴社にもお取引いただいております株式会社松浦精工が、
7月1日付で当社の100%子会社となりましたことをご報告申し上げます。
社名、所在地、お取引条件、ご担当者に変更はございません。
詳細は添付のご挨拶状をご覧ください。

今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。

{SIG_OKOCHI}
""",
        "attachments": [{
            "kind": "pdf",
            "name": "ご挨拶状_松浦精工グループ入り.pdf",
            "lines": ["拝啓　盛夏の候　貴社ますますご清栄のこととお慶び申し上げます。",
                      "さて、株式会社松浦精工は、令和6年7月1日をもちまして日の出産業株式会社の",
                      "グループ会社となりましたので、ここに謹んでご案内申し上げます。",
                      "今後とも一層のご愛顧を賜りますようお願い申し上げます。　敬具",
                      "",
                      "株式会社松浦精工　代表取締役社長　高階 真理子",
                      "　　　　　　　　　取締役会長　　　松浦 義男"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary announcement letter to one partner customer (officers' names only as signatories)",
    },
    # ------------------------------------------------------------------ 075
    {
        "id": "jigyoshokei-075",
        "charset": "cp932",
        "sender": "大河内 健 <k.okochi@hinode-sangyo.co.jp>",
        "to": ["日の出産業 営業本部 <eigyo-honbu@hinode-sangyo.co.jp>"],
        "bcc": ["sakuma@kitaguni-foods.co.jp", "kobai@mikuni-housing.co.jp",
                "order@echigo-kitchen.co.jp", "purchasing@nordtech.co.jp",
                "shizai@towa-stainless.co.jp"],
        "subject": "株式会社松浦精工 グループ入りのお知らせ",
        "body": f"""お取引先各位
（本メールはBCCにて一斉にお送りしております）

平素は格別のお引き立てを賜り、誠にありがとうございます。

株式会社松浦精工は、7月1日付で日の出産業株式会社のグループ会社となりました。
社名・所在地・お取引条件・ご担当者に変更はございません。
ご請求書の送付先も従来どおりです。

ご不明な点は、松浦精工 営業部（0256-92-3181）または
日の出産業 営業本部 大河内までお問い合わせください。

{SIG_OKOCHI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "customers in Bcc (To is internal): nobody sees the others; business announcement",
    },
    # ------------------------------------------------------------------ 076
    {
        "id": "jigyoshokei-076",
        "charset": "utf-8",
        "sender": "大河内 健 <k.okochi@hinode-sangyo.co.jp>",
        "to": ["sakuma@kitaguni-foods.co.jp", "kobai@mikuni-housing.co.jp",
               "order@echigo-kitchen.co.jp", "purchasing@nordtech.co.jp",
               "shizai@towa-stainless.co.jp"],
        "subject": "【ご案内】松浦精工 取引継続のお願いと新窓口について",
        "body": f"""お取引先各位

平素より大変お世話になっております。日の出産業の大河内です。

株式会社松浦精工のグループ入りに伴い、8月以降の受発注窓口を
一部当社に移管いたします。EDI 切替のご説明会を下記のとおり開催しますので、
ご担当者様のご出席をお願い申し上げます。

　日時：7月17日（水）14:00〜（オンライン）
　内容：EDI 切替スケジュール、請求書様式の変更点

{SIG_OKOCHI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: five customer companies in To can see each other (should be Bcc)",
    },
    # ------------------------------------------------------------------ 077
    {
        "id": "jigyoshokei-077",
        "charset": "iso-2022-jp",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["春日 智也 <t.kasuga@links-shoukei.co.jp>"],
        "subject": "顧客別売上推移（過去5年）",
        "body": f"""春日様

三浦です。売り手から受領した顧客別売上推移を、当社で加工したものを
お送りします。ZIPにパスワードを付けていますので、別送します。

{SIG_MIURA}
""",
        "attachments": [{
            "kind": "zip",
            "name": "顧客別売上推移.zip",
            "password": "TSB-2406-kk",
            "files": [{"kind": "pdf", "name": "顧客別売上推移_5期.pdf",
                       "table": [["顧客", "2020", "2021", "2022", "2023", "2024"],
                                 ["川崎電機", "312", "298", "330", "351", "366"],
                                 ["越後キッチンツール", "204", "221", "240", "238", "251"]]}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: AES-encrypted ZIP",
    },
    # ------------------------------------------------------------------ 078
    {
        "id": "jigyoshokei-078",
        "charset": "iso-2022-jp",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["春日 智也 <t.kasuga@links-shoukei.co.jp>"],
        "subject": "パスワードのお知らせ",
        "body": """春日様

先ほどお送りした「顧客別売上推移.zip」のパスワードです。

　TSB-2406-kk

三浦
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a separate password mail: no personal data, no attachment",
    },
    # ------------------------------------------------------------------ 079
    {
        "id": "jigyoshokei-079",
        "charset": "cp932",
        "sender": "桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
        "to": ["法人年金部 <dbplan@kyoei-seimei.co.jp>"],
        "subject": "退職給付債務の試算依頼（松浦精工 制度移行検討）",
        "body": f"""共栄生命保険株式会社
法人年金部 御中

お世話になっております。日の出産業 人事部の桐谷です。
松浦精工の退職金制度（中退共）を当社のDB制度に統合した場合の
過去勤務債務の試算をお願いしたく、対象者データをお送りいたします。
（xls形式でとのご指定でしたので旧形式で保存しています）

{SIG_KIRITANI}
""",
        "attachments": [{
            "kind": "xls",
            "name": "松浦精工_退職給付試算用データ.xls",
            "sheets": {
                "対象者": [["社員番号", "氏名", "性別", "生年月日", "入社年月日", "基本給", "中退共掛金"]]
                          + [[r[0], r[1], sx, r[4], r[5], bk, kk] for r, sx, bk, kk in zip(
                              staff("E0102", "E0107", "E0115", "E0121", "E0124", "E0130",
                                    "E0133", "E0136", "E0139", "E0141", "E0144", "E0147"),
                              ["男", "男", "女", "男", "男", "女", "男", "男", "女", "男", "男", "男"],
                              [402000, 438000, 296000, 268000, 254000, 262000,
                               291000, 236000, 221000, 242000, 248000, 231000],
                              [30000, 30000, 20000, 16000, 16000, 16000,
                               18000, 12000, 10000, 12000, 12000, 10000])],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: twelve employees' birth dates, hire dates and pay in a legacy XLS to the insurer",
    },
    # ------------------------------------------------------------------ 080
    {
        "id": "jigyoshokei-080",
        "charset": "utf-8",
        "sender": "桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
        "to": ["法人年金部 <dbplan@kyoei-seimei.co.jp>"],
        "subject": "中退共からDBへの資産移換について（ご質問）",
        "body": f"""共栄生命保険 法人年金部 御中

日の出産業の桐谷です。
試算に先立ち、制度面で2点教えてください。

1. 合併等に伴わない子会社の制度統合でも、中退共からDBへの資産移換は可能でしょうか。
   （松浦精工は存続し、当社DBに「加入事業所」として参加する形を想定）
2. 移換時の解約手当金相当額の扱いと、移換までに要する期間の目安。

資料があればPDFでいただけますと幸いです。

{SIG_KIRITANI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a question on pension rules: no personal data",
    },
    # ------------------------------------------------------------------ 081
    {
        "id": "jigyoshokei-081",
        "charset": "cp932",
        "sender": "大河内 健 <k.okochi@hinode-sangyo.co.jp>",
        "to": ["本多 <honda@nishiki-insatsu.co.jp>"],
        "subject": "会長退任のご挨拶状 送付先データ（個人宛分）",
        "body": f"""錦印刷 本多様

大河内です。いつもありがとうございます。
松浦会長の退任挨拶状のうち、会長の個人的なお付き合いの方（OB・同業の先輩方）
への送付分の宛名データをお送りします。法人宛分は先日のデータのとおりです。
宛名は毛筆体でお願いします。

{SIG_OKOCHI}
""",
        "attachments": [{
            "kind": "csv",
            "name": "挨拶状_個人宛.csv",
            "encoding": "cp932",
            "rows": [
                ["〒", "住所1", "住所2", "氏名", "敬称", "備考"],
                ["959-1234", "新潟県燕市大曲2881", "", "渡部 甚一", "様", "燕商工会議所 元会頭"],
                ["955-0072", "新潟県三条市元町11-4", "", "丸山 キヨ", "様", ""],
                ["959-0232", "新潟県燕市吉田西太田1620-5", "", "本間 義春", "様", "元専務"],
                ["940-0062", "新潟県長岡市大手通2-3-8", "アーバン大手通1201", "星 孝太郎", "様", ""],
                ["951-8068", "新潟県新潟市中央区上大川前通7-1240", "", "風間 恒夫", "様", ""],
                ["959-1286", "新潟県燕市杣木1873", "", "土田 ハル", "様", "先代の奥様"],
                ["955-0845", "新潟県三条市西本成寺1-22-7", "", "若林 元", "様", ""],
                ["959-1313", "新潟県加茂市幸町2-9-1", "", "坂井 八郎", "様", "同業・坂井製作所 会長"],
                ["150-0012", "東京都渋谷区広尾4-1-18", "広尾ガーデン504", "清水 淳子", "様", "会長の従妹"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: nine private individuals' names and home addresses as a print-merge CSV",
    },
    # ------------------------------------------------------------------ 082
    {
        "id": "jigyoshokei-082",
        "charset": "iso-2022-jp",
        "sender": "大河内 健 <k.okochi@hinode-sangyo.co.jp>",
        "to": ["本多 <honda@nishiki-insatsu.co.jp>"],
        "subject": "Re: 挨拶状 初校のご確認",
        "body": f"""本多様

大河内です。初校ありがとうございました。
2点だけ修正をお願いします（添付のWordに赤字で入れています）。

・2行目「盛夏の候」→「盛夏の候、」と読点を追加
・差出人の肩書「取締役会長」→「相談役」（7月付で変更になるため）

再校は不要ですので、このまま印刷に進めてください。

{SIG_OKOCHI}
""",
        "attachments": [{
            "kind": "docx",
            "name": "挨拶状_初校_修正指示.docx",
            "paragraphs": ["謹啓　盛夏の候、皆様におかれましてはますますご清祥のこととお慶び申し上げます。",
                           "さて私こと、このたび株式会社松浦精工の代表取締役を退任し、相談役に就任いたしました。",
                           "在任中のご厚情に心より御礼申し上げます。　謹白",
                           "令和六年七月", "株式会社松浦精工　相談役　松浦 義男"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "proof corrections of a greeting letter: only the signatory's name, no records",
    },
    # ------------------------------------------------------------------ 083
    {
        "id": "jigyoshokei-083",
        "charset": "utf-8",
        "sender": "村瀬 亮介 <r.murase@hinode-sangyo.co.jp>",
        "to": ["石動 玄 <g.isurugi@minato-ac.co.jp>"],
        "subject": "統合後予算（FY2024下期）のレビュー依頼",
        "body": f"""石動先生

お世話になっております。村瀬です。
のれんの償却年数の前提と、PPAの暫定値を織り込んだ下期予算をお送りします。
減損テストの観点で見ていただけますでしょうか。

{SIG_MURASE}
""",
        "attachments": [{
            "kind": "xlsx",
            "name": "FY2024下期予算_松浦精工連結.xlsx",
            "page_footer": "部外秘　日の出産業株式会社 経理部",
            "sheets": {
                "PL": [["科目", "10月", "11月", "12月", "1月", "2月", "3月"],
                       ["売上高", 112, 109, 118, 98, 104, 121],
                       ["営業利益", 7, 6, 9, 4, 5, 10],
                       ["のれん償却", -2, -2, -2, -2, -2, -2]],
                "前提": [["のれん", "1億8,400万円"], ["償却年数", "10年"]],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the workbook's printed footer is stamped 部外秘",
    },
    # ------------------------------------------------------------------ 084
    {
        "id": "jigyoshokei-084",
        "charset": "cp932",
        "sender": "村瀬 亮介 <r.murase@hinode-sangyo.co.jp>",
        "to": ["石動 玄 <g.isurugi@minato-ac.co.jp>"],
        "subject": "PPAのお打合せ日程",
        "body": f"""石動先生

お世話になっております。村瀬です。
PPA（取得原価の配分）の件、技術関連の無形資産の評価について
一度お打合せをお願いできればと存じます。
7月16日（火）午後、または18日（木）午前はいかがでしょうか。

よろしくお願いいたします。

{SIG_MURASE}

{DISCLAIMER_JA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "scheduling mail ending with the standard Japanese confidentiality disclaimer",
    },
    # ------------------------------------------------------------------ 085
    {
        "id": "jigyoshokei-085",
        "charset": "utf-8",
        "sender": "柏木 拓海 <t.kashiwagi@hinode-sangyo.co.jp>",
        "to": ["平間 <hirama@tsubasa-system.co.jp>"],
        "subject": "松浦精工拠点 VPN設定の件",
        "body": f"""平間様

柏木です。松浦精工拠点のVPNルータ設定、下記でお願いします。

・拠点セグメント：10.48.12.0/24
・接続先：本社データセンター（既設のIPsec 装置）
・切替予定：7月20日（土）9:00〜12:00

事前のコンフィグ案は当日までにメールでいただければ結構です。

{SIG_KASHIWAGI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: tsubasa-system.co.jp is a TLD swap of the partner's tsubasa-system.jp",
    },
    # ------------------------------------------------------------------ 086
    {
        "id": "jigyoshokei-086",
        "charset": "cp932",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["団体保険課 <dantai@daito-life.co.jp>"],
        "subject": "団体定期保険 中途加入者の通知（松浦精工）",
        "body": f"""大東生命保険株式会社
団体保険課 御中

いつもお世話になっております。日の出産業 人事部の野々村です。
当社の総合福祉団体定期保険に、8月1日付で松浦精工の従業員が加入いたします。
第1陣の8名を下記のとおりご通知します（告知書は各人から直接郵送します）。

ﾌﾘｶﾞﾅ / 生年月日 / 性別 / 加入口数
ｲｶﾞﾗｼ ﾀﾀﾞｼ　　{wareki("1963-05-21", "short")}　男　3口
ﾊｾﾍﾞ ｾｲｼﾞ　　 {wareki("1968-11-02", "short")}　男　3口
ﾏﾂｳﾗ ﾒｸﾞﾐ　　 {wareki("1979-02-14", "short")}　女　2口
ﾀｼﾛ ﾉﾎﾞﾙ　　 {wareki("1975-07-30", "short")}　男　2口
ﾑﾗｵｶ ﾀｸﾔ　　 {wareki("1984-09-09", "short")}　男　2口
ｶﾀｷﾞﾘ ﾐﾖｺ　　 {wareki("1971-12-25", "short")}　女　2口
ｱﾍﾞｶﾜ ｻﾄｼ　　 {wareki("1980-03-03", "short")}　男　2口
ｾﾝﾊﾞ ﾀﾞｲﾁ　　 {wareki("1990-08-26", "short")}　男　1口

{SIG_NONOMURA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: eight employees as half-width kana names with 和暦 (S58.4.2-style) birth dates",
    },
    # ------------------------------------------------------------------ 087
    {
        "id": "jigyoshokei-087",
        "charset": "utf-8",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["相談窓口 <soudan@niigata-hikitsugi.or.jp>"],
        "subject": "成約のご報告（燕市・金属プレス加工業の事業承継案件）",
        "body": f"""新潟県事業承継・引継ぎ支援センター
ご担当者様

お世話になっております。日の出産業の三浦でございます。
昨年度、貴センターの登録民間支援機関を通じてご紹介いただいた案件について、
6月27日に株式譲渡が完了しましたのでご報告いたします。

　対象会社：燕市の金属プレス加工業（従業員28名）
　承継形態：第三者承継（株式譲渡 100%）
　雇用：全従業員の雇用を継続
　今後：先代経営者は相談役として1年間在籍

アンケートへの回答は今月中にお送りします。
この度は大変お世話になりました。

{SIG_MIURA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "deal completion report to a public support centre: business facts, no personal data",
    },
    # ------------------------------------------------------------------ 088
    {
        "id": "jigyoshokei-088",
        "charset": "utf-8",
        "sender": "桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
        "to": ["米倉 千晶 <yonekura@asahi-roumu.jp>"],
        "subject": "【ヤマキ包装】パート従業員一覧（雇用契約更新の確認）",
        "body": f"""米倉先生

桐谷です。2件目のヤマキ包装（事業譲渡）の件です。
事業譲渡のため、従業員は個別に当社子会社へ転籍となります。
山木社長から届いた勤怠システムの画面を保存したHTMLを添付しますので、
有期契約の更新回数と無期転換権の発生状況をご確認ください。

{SIG_KIRITANI}
""",
        "attachments": [{
            "kind": "html",
            "name": "yamaki_part_list.html",
            "html": """<html><head><meta charset="utf-8"><title>従業員一覧 - 勤怠クラウド</title></head>
<body><h3>有限会社ヤマキ包装　従業員一覧（パート・アルバイト）</h3>
<table border="1">
<tr><th>コード</th><th>氏名</th><th>電話番号</th><th>時給</th><th>契約開始</th><th>更新回数</th></tr>
<tr><td>P-01</td><td>山木 綾乃</td><td>0256-41-2207</td><td>1,050</td><td>2012/04/01</td><td>11</td></tr>
<tr><td>P-02</td><td>富樫 ゆかり</td><td>090-5528-1034</td><td>1,000</td><td>2016/09/01</td><td>7</td></tr>
<tr><td>P-03</td><td>石黒 美紀</td><td>080-3014-7725</td><td>1,000</td><td>2018/05/01</td><td>5</td></tr>
<tr><td>P-05</td><td>白井 智子</td><td>090-6672-0389</td><td>985</td><td>2020/01/06</td><td>4</td></tr>
<tr><td>P-06</td><td>古俣 和子</td><td>0256-45-8831</td><td>985</td><td>2020/10/01</td><td>3</td></tr>
<tr><td>P-08</td><td>野水 瞳</td><td>080-9906-1147</td><td>985</td><td>2021/04/01</td><td>3</td></tr>
<tr><td>P-09</td><td>中澤 陽子</td><td>090-1377-5520</td><td>985</td><td>2022/06/01</td><td>2</td></tr>
<tr><td>P-11</td><td>ファム・ティ・フオン</td><td>080-4419-0263</td><td>985</td><td>2023/02/01</td><td>1</td></tr>
<tr><td>P-12</td><td>坪谷 美香</td><td>090-2283-6608</td><td>985</td><td>2023/09/01</td><td>1</td></tr>
<tr><td>P-13</td><td>大竹 里奈</td><td>080-7750-3391</td><td>985</td><td>2024/03/01</td><td>0</td></tr>
</table></body></html>""",
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: ten part-timers' names and phone numbers in an HTML attachment",
    },
    # ------------------------------------------------------------------ 089
    {
        "id": "jigyoshokei-089",
        "charset": "cp932",
        "sender": "桐谷 修 <o.kiritani@hinode-sangyo.co.jp>",
        "to": ["山木 公一 <k.yamaki@yamaki-hoso.co.jp>"],
        "subject": "RE: パートさんの一覧です",
        "body": """山木社長

お世話になっております。日の出産業の桐谷です。
一覧をお送りいただきありがとうございました。確かに受領いたしました。
来週、米倉先生（社労士）と内容を確認し、契約更新の扱いをご相談させてください。

桐谷

-----Original Message-----
差出人: 山木 公一 <k.yamaki@yamaki-hoso.co.jp>
送信日時: 2024年6月18日 17:42
宛先: 桐谷 修 <o.kiritani@hinode-sangyo.co.jp>
件名: パートさんの一覧です

桐谷さん

パートさんの一覧です。電話は本人の携帯か自宅です。

山木 綾乃    0256-41-2207  1,050円  2012年から
富樫 ゆかり  090-5528-1034 1,000円  2016年から
石黒 美紀    080-3014-7725 1,000円  2018年から
白井 智子    090-6672-0389   985円  2020年から
古俣 和子    0256-45-8831    985円  2020年から
野水 瞳      080-9906-1147   985円  2021年から

山木
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quoted text: the list sits under the -----Original Message----- of the recipient's own mail",
    },
    # ------------------------------------------------------------------ 090
    {
        "id": "jigyoshokei-090",
        "charset": "utf-8",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["営業部 <eigyo@hinata-catering.co.jp>"],
        "subject": "社員食堂の利用開始に伴うご相談（松浦精工の従業員）",
        "body": f"""ひなたケータリング株式会社
営業部 御中

いつも当社三条工場の社員食堂でお世話になっております。日の出産業の野々村です。
8月から松浦精工の従業員も三条工場の食堂を利用します。

そのうち製造課のアフマド・ラフマンさん（バングラデシュ出身）はムスリムで、
豚由来の食材とアルコールを使った料理を召し上がれません。
また金曜のお昼に礼拝の時間が必要なため、昼食時間を少しずらす予定です。
ハラール対応の日替わりメニューを1品ご用意いただけるか、ご検討をお願いします。

{SIG_NONOMURA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named employee's religion (and origin) told to the caterer",
    },
    # ------------------------------------------------------------------ 091
    {
        "id": "jigyoshokei-091",
        "charset": "iso-2022-jp",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["営業部 <eigyo@hinata-catering.co.jp>"],
        "subject": "社員食堂 メニュー追加のご相談",
        "body": f"""ひなたケータリング 営業部 御中

日の出産業の野々村です。
8月から三条工場の食堂の利用者が約25名増える見込みです。
あわせて、宗教や食習慣に配慮したメニュー（豚・アルコール不使用）を
日替わりで1品追加できるか、費用感も含めてご提案いただけますか。

利用者数の見込み：昼食 平均140食／日（現行115食）

{SIG_NONOMURA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a general menu request, not tied to any person: ordinary",
    },
    # ------------------------------------------------------------------ 092
    {
        "id": "jigyoshokei-092",
        "charset": "utf-8",
        "sender": "高階 真理子 <m.takashina@hinode-sangyo.co.jp>",
        "to": ["春日 智也 <t.kasuga@links-shoukei.co.jp>"],
        "subject": "クロージング後の役員・管理職体制",
        "body": f"""春日様

高階です。クロージング後の松浦精工の体制を、売り手側にもお伝えいただけるよう
整理しました。

　代表取締役社長　　高階 真理子（日の出産業 取締役 兼務）
　取締役（非常勤）　三浦 航平（日の出産業 経営企画部）
　相談役　　　　　　松浦 義男
　工場長　　　　　　五十嵐 忠（留任）
　営業部長　　　　　長谷部 誠二（留任）
　総務経理課長　　　松浦 恵（係長から昇格）
　監査役　　　　　　日の出産業 監査室長が兼務

{SIG_TAKASHINA}
""",
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "either: six-plus named people with roles only (an org chart, no contact data or identifiers)",
    },
    # ------------------------------------------------------------------ 093
    {
        "id": "jigyoshokei-093",
        "charset": "utf-8",
        "sender": "高階 真理子 <m.takashina@hinode-sangyo.co.jp>",
        "to": ["春日 智也 <t.kasuga@links-shoukei.co.jp>"],
        "subject": "キーパーソン面談の結果共有",
        "body": f"""春日様

高階です。先週実施したキーパーソン面談の結果を共有します。
リテンション条件の最終調整にご活用ください。

{SIG_TAKASHINA}
""",
        "attachments": [{
            "kind": "pptx",
            "name": "キーパーソン面談結果.pptx",
            "page_footer": "CONFIDENTIAL - INTERNAL ONLY",
            "slides": [
                ["キーパーソン面談結果（6/10〜6/12実施）", "面談者：高階、桐谷"],
                ["工場長 五十嵐 忠（61）", "退職リスク：中", "「60代のうちに孫のいる仙台へ」と発言",
                 "携帯 090-3362-5518（夜間連絡可）"],
                ["営業部長 長谷部 誠二（55）", "退職リスク：高", "競合の燕ステンレスから誘いあり",
                 "携帯 090-8841-2076"],
                ["班長 阿部川 聡（44）", "退職リスク：低", "昇格を希望", "携帯 080-4471-2285"],
                ["設計 仙波 大地（33）", "退職リスク：中", "CADの更新を強く要望", "携帯 080-6623-1178"],
                ["品証 片桐 美代子（52）", "退職リスク：低", "ISO更新の責任者", "携帯 090-6628-0153"],
                ["総務 松浦 恵（45）", "退職リスク：中", "会長の姪。処遇の明確化を希望", "携帯 080-5512-9034"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data", "confidential_marking"],
        "note": "list + marking: six employees' ages, attrition risk and mobiles in a deck footed CONFIDENTIAL - INTERNAL ONLY",
    },
    # ------------------------------------------------------------------ 094
    {
        "id": "jigyoshokei-094",
        "charset": "cp932",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["丹羽 祐介 <niwa@hokuetsu-bb.co.jp>"],
        "subject": "従業員説明会の進行案（売主様ご確認用）",
        "body": f"""北越ビジネスブリッジ
丹羽様

お世話になっております。三浦です。
7月2日の従業員説明会の進行案を作りました。
冒頭の松浦会長からのお話の部分について、会長にご確認いただけますでしょうか。

{SIG_MIURA}
""",
        "attachments": [{
            "kind": "pptx",
            "name": "従業員説明会_進行案.pptx",
            "slides": [
                ["従業員説明会　進行案", "7月2日（水）9:30〜11:00　さくらホテル燕三条"],
                ["1. 会長より（15分）", "グループ入りを決めた理由", "これまでへの感謝"],
                ["2. 日の出産業より（20分）", "会社紹介", "雇用・処遇は維持すること"],
                ["3. 質疑応答（30分）", "匿名の質問票も回収"],
                ["4. 今後の予定", "個別面談（7月中）", "新しい給与明細の見方（8月）"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an agenda deck with no names or records, to the seller's FA",
    },
    # ------------------------------------------------------------------ 095
    {
        "id": "jigyoshokei-095",
        "charset": "iso-2022-jp",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["松浦 義男 <yoshio.matsuura1951@gmail.com>"],
        "cc": ["春日 智也 <t.kasuga@links-shoukei.co.jp>", "丹羽 祐介 <niwa@hokuetsu-bb.co.jp>"],
        "subject": "最終契約書の調印式について",
        "body": f"""松浦 義男 様
（cc：リンクス承継パートナーズ 春日様、北越ビジネスブリッジ 丹羽様）

日の出産業の三浦でございます。
最終契約書の調印を、6月20日（木）11時より、燕市の貴社会議室にて
執り行いたく存じます。当社からは社長の小野寺と高階、私が伺います。

ご実印と印鑑登録証明書（発行後3か月以内）のご準備をお願いいたします。

{SIG_MIURA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient",
                      "multiple_external_domains"],
        "note": "visible parties: a private person and two advisory firms in To/Cc (three external parties)",
    },
    # ------------------------------------------------------------------ 096
    {
        "id": "jigyoshokei-096",
        "charset": "utf-8",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["松浦 義男 <yoshio.matsuura1951@gmail.com>"],
        "cc": ["春日 智也 <t.kasuga@links-shoukei.co.jp>"],
        "subject": "Re: 調印式の件 承知しました",
        "body": f"""松浦様

ご返信ありがとうございます。三浦です。
それでは6月20日11時に伺います。駐車場は3台分お借りできれば幸いです。
当日の式次第は、春日様から前日までにお送りいただく予定です。

引き続きよろしくお願いいたします。

{SIG_MIURA}

> 三浦さん
> 20日で結構です。印鑑証明は取ってあります。
> 松浦
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient", "multiple_external_domains"],
        "note": "two external parties (former owner on gmail, the FA): normal three-way mail",
    },
    # ------------------------------------------------------------------ 097
    {
        "id": "jigyoshokei-097",
        "charset": "iso-2022-jp",
        "sender": "江口 沙織 <s.eguchi@hinode-sangyo.co.jp>",
        "to": ["関 敦史 <a.seki@shinanogawa-law.jp>"],
        "subject": "表明保証 別紙（開示事項）修正版",
        "body": f"""関先生

お世話になっております。江口です。
別紙5（開示事項）の修正版をお送りします。昨日ご指摘のあった
係争事項と環境関連の記載を追記しております。

{SIG_EGUCHI}
""",
        "attachments": [{"kind": "corrupt", "name": "別紙5_開示事項_修正版.docx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the DOCX attachment is corrupt",
    },
    # ------------------------------------------------------------------ 098
    {
        "id": "jigyoshokei-098",
        "charset": "utf-8",
        "sender": "野々村 彩 <a.nonomura@hinode-sangyo.co.jp>",
        "to": ["松浦 恵 <m.matsuura@matsuura-seiko.co.jp>"],
        "subject": "相談役就任に伴う月額変更届の件",
        "body": f"""松浦さん

お世話になっております。野々村です。
会長の相談役就任に伴う報酬の変更で、社会保険の月額変更届が必要になります。
届出書の下書きを作りましたので、内容をご確認ください。

　被保険者氏名：松浦 義男
　生年月日：昭和26年2月8日
　基礎年金番号：1428-730916
　改定後の報酬月額：500,000円（8月支給分から）

70歳以上被用者の届も兼ねますので、押印は不要です。

{SIG_NONOMURA}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "identifier: one person's 基礎年金番号 with DOB, to the subsidiary (an external domain)",
    },
    # ------------------------------------------------------------------ 099
    {
        "id": "jigyoshokei-099",
        "charset": "cp932",
        "sender": "三浦 航平 <k.miura@hinode-sangyo.co.jp>",
        "to": ["高階 真理子 <m.takashina@hinode-sangyo.co.jp>"],
        "subject": "DD報告書一式（最終版）",
        "body": """高階さん

三浦です。財務・税務・法務・労務のDD報告書の最終版をまとめました。
各事務所からパスワード付きで届いたものをそのまま同梱しています。
パスワードはTeamsでお送りします。

三浦
""",
        "attachments": [{
            "kind": "zip",
            "name": "DD報告書_最終版.zip",
            "password": "dd-final-0614",
            "files": [{"kind": "pdf", "name": "財務税務DD報告書.pdf", "lines": ["財務・税務DD報告書"]},
                      {"kind": "pdf", "name": "法務DD報告書.pdf", "lines": ["法務DD報告書"]},
                      {"kind": "pdf", "name": "労務DD報告書.pdf", "lines": ["労務DD報告書"]}],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an encrypted ZIP, but the only recipient is internal: internal mail passes",
    },
    # ------------------------------------------------------------------ 100
    {
        "id": "jigyoshokei-100",
        "charset": "utf-8",
        "sender": "大河内 健 <k.okochi@hinode-sangyo.co.jp>",
        "to": ["丹羽 祐介 <niwa@hokuetsu-bb.co.jp>"],
        "subject": "お客様ご挨拶回りの調整（ご担当者一覧）",
        "body": "丹羽様\n\n"
                "お世話になっております。日の出産業の大河内です。\n"
                "長谷部部長から頂いたお客様のご担当者一覧です。会長・長谷部部長と当社で"
                "ご挨拶に伺う順番を決めたいので、会長のご意向（特に重要なお客様）を"
                "伺っていただけますか。\n\n"
                "・川崎電機 長岡工場　購買課 係長　新保 達也　直通 0258-46-7132　携帯 090-2941-5508　t.shinbo@kawasaki-denki.co.jp\n"
                "・三国ハウジング　資材部 課長　高野 美穂　直通 0256-38-5540　携帯 080-6631-2204　m.takano@mikuni-housing.co.jp\n"
                "・越後キッチンツール　購買グループ　関根 大輔　携帯 090-7082-3316　sekine@echigo-kitchen.co.jp\n"
                "・ノルドテック 上越事業所　調達 主任　小黒 陽平　直通 025-544-8851　kogure@nordtech.co.jp\n"
                "・東和ステンレス工業　購買部長　荒井 隆　携帯 090-5514-0987　t.arai@towa-stainless.co.jp\n"
                "・加茂ウッドワークス　社長　坂爪 修一　携帯 090-3376-4420　sakazume@kamo-ww.co.jp\n"
                "・北国フーズ 新潟工場　工務課　佐久間 亮　直通 025-255-6134　sakuma@kitaguni-foods.co.jp\n\n"
                "よろしくお願いいたします。\n\n" + SIG_OKOCHI + "\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: seven customer contacts with direct lines, mobiles and e-mail as 「・」 bullets",
    },
]
