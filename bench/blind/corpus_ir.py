"""Blind evaluation corpus — area: ir (investor relations).

日の出産業の経営企画部 IR室・総務部 株式課のメール: 決算説明会の案内、アナリスト・機関投資家との
やり取り、適時開示前の情報管理、IR 支援会社・株主名簿管理人・印刷会社・会場とのやり取り、
個人投資家向け説明会の参加者、株主からの問い合わせ。

Everything here is invented: every person, address, phone number, My Number, card number,
organisation and domain (apart from the fictional ones BRIEF.md gives).  The file was written
blind, from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only, without
reading mailguard's code, rules, tests or the other corpus files.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 34601
_rng = random.Random(SEED)

_K = {"mn": 0, "card": 0}


def _mn() -> str:
    v = my_number(SEED + _K["mn"])
    _K["mn"] += 1
    return v


def _card() -> str:
    v = card_number(SEED + _K["card"])
    _K["card"] += 1
    return v


def _mobile() -> str:
    return f"0{_rng.choice('789')}0-{_rng.randrange(1000, 10000)}-{_rng.randrange(1000, 10000)}"


_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _fw(s: str) -> str:
    return s.translate(_FW)


# -- signatures -------------------------------------------------------------------------

SIG_MASHIBA = """
――――――――――――――――――――――――
日の出産業株式会社
経営企画部 IR室 室長　真柴 亮介（ましば りょうすけ）
〒104-0031 東京都中央区京橋二丁目7番14号 日の出京橋ビル9F
TEL 03-5250-7781（IR室直通）／FAX 03-5250-7790
mashiba@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_SHINONOME = """
--
日の出産業株式会社 経営企画部 IR室
東雲 さやか / Sayaka Shinonome
TEL: 03-5250-7781  Mobile: 080-3317-2046
E-mail: shinonome@hinode-sangyo.co.jp
IRサイト: https://www.hinode-sangyo.co.jp/ir/
"""

SIG_KATSURAGI = """
****************************************
 日の出産業株式会社
 経営企画部 IR室　葛城 航
 〒104-0031 東京都中央区京橋2-7-14
 TEL 03-5250-7782 / katsuragi.wataru@hinode-sangyo.co.jp
****************************************"""

SIG_USAMI = """
-------------------------------------------
日の出産業株式会社　総務部 株式課
課長　宇佐美 典子
TEL：03-5250-7700（代表）内線 2315
Mail：usami-n@hinode-sangyo.co.jp
-------------------------------------------"""

SIG_HIROSE = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
日の出産業株式会社
総務部 株式課　廣瀬 崇
TEL ０３－５２５０－７７０５
hirose.t@hinode-sangyo.co.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""

SIG_EN = """
Best regards,

Sayaka Shinonome
Investor Relations Office, Corporate Planning Dept.
Hinode Sangyo Co., Ltd. (TSE Prime: 7482)
2-7-14 Kyobashi, Chuo-ku, Tokyo 104-0031, Japan
Tel: +81-3-5250-7781
"""

SIG_WASHIO = """
日の出産業株式会社 広報部
鷲尾 圭吾　washio@hinode-sangyo.co.jp
03-5250-7760（広報部）"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。宛先に誤りがある場合は、
お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender and delete it. Any forward-looking statements are based on information available
at the time and involve risks and uncertainties."""

_M: list[dict] = []


def add(**m) -> None:
    _M.append(m)


# ======================================================================================
#  STOP
# ======================================================================================

# -- 個人投資家説明会の参加者一覧（空白揃え）→ IR 支援会社 ------------------------------
_rows = [
    ("五百旗頭 和臣", "いおきべ かずおみ", _mobile(), "iokibe.k@gmail.com"),
    ("薬袋 千里", "みない ちさと", _mobile(), "chisato_m@yahoo.co.jp"),
    ("纐纈 武", "こうけつ たけし", "042-558-3190", "t.koketsu@outlook.jp"),
    ("栗花落 優子", "つゆり ゆうこ", _mobile(), "tsuyuri.yuko@icloud.com"),
    ("百目鬼 浩二", "どうめき こうじ", _mobile(), "domeki-k@ezweb.ne.jp"),
    ("安心院 晴美", "あじみ はるみ", "0466-22-7814", "ajimi.harumi@gmail.com"),
    ("月見里 聡", "やまなし さとし", _mobile(), "s-yamanashi@docomo.ne.jp"),
]
_t = "\n".join(f"{n:<8}\u3000{k:<12}{p:<16}{e}" for n, k, p, e in _rows)
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["小野寺 様 <onodera@kabu-link.jp>"],
    subject="11/16 個人投資家説明会（横浜）参加者リストの件",
    charset="iso-2022-jp",
    body=f"""株式会社カブリンク
小野寺様

いつもお世話になっております。日の出産業IR室の葛城です。
先日の横浜会場ではありがとうございました。

お礼状とアンケート（後日分）の発送用に、当日ご来場の方のうち
連絡先をいただけた方の一覧を貼り付けます。
ご確認のほどよろしくお願いいたします。

氏名          ふりがな          電話            メール
--------------------------------------------------------------------------
{_t}
--------------------------------------------------------------------------

残りの方は受付票のみのため、スキャン後に別途お送りします。
{SIG_KATSURAGI}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="7 named investor-seminar attendees with phone and e-mail pasted in the body to an external IR vendor",
)

# -- 株主問い合わせ記録 CSV（CP932）→ 株主名簿管理人 -------------------------------------
add(
    sender="廣瀬 崇 <hirose.t@hinode-sangyo.co.jp>",
    to=["寿信託銀行 証券代行部 神保様 <jinbo@kotobuki-trust.co.jp>"],
    subject="【株式課】10月分 株主様お問い合わせ記録の送付",
    charset="shift_jis",
    body=f"""寿信託銀行 証券代行部
神保様

お世話になっております。日の出産業 株式課の廣瀬です。
10月に当社で直接受け付けた株主様からのお問い合わせのうち、
貴行でのご対応（住所変更・配当金受領方法変更）が必要なものをCSVにまとめました。
折り返しのご連絡は貴行から直接お願いできますと幸いです。
{SIG_HIROSE}
""",
    attachments=[{
        "kind": "csv", "name": "toiawase_202410.csv", "encoding": "cp932",
        "rows": [
            ["受付日", "株主番号", "氏名", "住所", "電話番号", "内容"],
            ["2024/10/02", "00312874", "勘解由小路 篤", "京都府京都市左京区下鴨北園町18-3", "075-701-4482", "住所変更の手続き方法"],
            ["2024/10/07", "00140551", "鬼塚 みどり", "福岡県北九州市小倉南区守恒3-11-7", _mobile(), "配当金振込先を口座に変更したい"],
            ["2024/10/09", "00598230", "四月一日 透", "埼玉県川越市砂新田2-4-19", "049-244-0915", "期末配当金計算書の再発行"],
            ["2024/10/15", "00021976", "小鳥遊 里奈", "北海道札幌市豊平区月寒東2条8-3-12", _mobile(), "相続手続きの書類請求"],
            ["2024/10/21", "00477312", "九十九 昭", "愛知県岡崎市明大寺町字西郷中41-2", "0564-51-7730", "住所変更（転居）"],
            ["2024/10/28", "00263008", "上遠野 奈津子", "宮城県仙台市青葉区中山吉成1-9-25", _mobile(), "単元未満株の買取請求"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV of six shareholders with name, address and phone sent to the external share registrar",
)

# -- アナリスト出席者一覧 XLSX → IR 支援会社 --------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["usui@ir-hoshizora.co.jp"],
    cc=["mashiba@hinode-sangyo.co.jp"],
    subject="2Q決算説明会 出席者一覧（議事録・フォロー用）",
    charset="utf-8",
    body=f"""星空IRコンサルティング
碓氷様

お世話になっております。東雲です。
昨日の第2四半期決算説明会の出席者一覧をお送りします。
議事録作成と、個別ミーティングのフォローのご連絡にお使いください。
（欠席連絡のあった方は2枚目のシートです）

よろしくお願いいたします。
{SIG_SHINONOME}""",
    attachments=[{
        "kind": "xlsx", "name": "2Q説明会_出席者一覧.xlsx",
        "sheets": {
            "出席": [
                ["2025年3月期 第2四半期 決算説明会 出席者一覧（11月12日 16:00〜 本社会議室＋Web）"],
                [],
                ["No", "社名", "部署", "氏名", "E-mail", "電話（直通）", "参加形態"],
                [1, "常盤証券", "調査部", "丹羽 圭介", "niwa.k@tokiwa-sec.co.jp", "03-6811-4402", "会場"],
                [2, "英証券", "エクイティリサーチ部", "戸叶 彩", "tokano@hanabusa-sec.co.jp", "03-5219-8870", "会場"],
                [3, "霧島アセットマネジメント", "日本株運用部", "柘植 隆之", "tsuge@kirishima-am.co.jp", "03-4560-2213", "Web"],
                [4, "青嵐リサーチ", "", "有働 真琴", "udo@seiran-research.jp", _mobile(), "会場"],
                [5, "あさひ川投信", "株式運用第二部", "畔柳 修", "kuroyanagi@asahikawa-am.co.jp", "03-3270-5518", "Web"],
                [6, "Northbridge Capital", "Japan Equities", "Grace Leung", "gleung@northbridge-capital.com", "+852-2877-3140", "Web"],
                [7, "常盤証券", "調査部", "設楽 悠真", "shitara.y@tokiwa-sec.co.jp", "03-6811-4418", "会場"],
                [8, "丸の内生命保険", "株式運用部", "漆畑 陽子", "urushibata@marunouchi-life.co.jp", "03-6205-3391", "会場"],
            ],
            "欠席連絡": [
                ["社名", "氏名", "E-mail", "備考"],
                ["英証券", "鵜飼 拓", "ukai@hanabusa-sec.co.jp", "資料送付希望"],
                ["霧島アセットマネジメント", "汐見 亘", "shiomi@kirishima-am.co.jp", "後日1on1希望"],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="xlsx list of ten analysts/investors with direct e-mail and phone sent to an external IR consultancy",
)

# -- 株主のマイナンバー（転送）→ 株主名簿管理人 --------------------------------------------
_mn1 = _mn()
add(
    sender="宇佐美 典子 <usami-n@hinode-sangyo.co.jp>",
    to=["寿信託銀行 証券代行部 <daiko-desk@kotobuki-trust.co.jp>"],
    subject="FW: 配当金の件（マイナンバー届出）",
    charset="iso-2022-jp",
    body=f"""証券代行部 ご担当者様

いつもお世話になっております。日の出産業 株式課の宇佐美です。
当社の株主様お問い合わせ窓口宛てに、下記のとおりマイナンバーのお届出が
メールで届きました。お手数ですが貴行にてお手続きいただけますでしょうか。
株主様には、今後は所定の届出書で郵送いただくようご案内済みです。
{SIG_USAMI}

-----Original Message-----
From: 保母 正治 <hobo.masaharu@biglobe-mail.jp>
Sent: Tuesday, June 10, 2025 9:42 AM
To: kabushiki@hinode-sangyo.co.jp
Subject: 配当金の件

日の出産業 株式ご担当様

証券会社を通さず特別口座で株を持っている者です。
配当金の通知にマイナンバーの届出をとあったので、こちらでお知らせします。

株主番号　00733516
氏名　　　保母 正治（ほぼ まさはる）
住所　　　静岡県浜松市中央区佐鳴台4-18-2
個人番号　{_mn1[:4]} {_mn1[4:8]} {_mn1[8:]}

よろしくお願いします。
""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="forward (new text) of a shareholder's mail carrying his My Number, name and address to the registrar",
)

# -- 株主優待：カード番号 → 北国フーズ ------------------------------------------------------
_c1 = _card()
add(
    sender="廣瀬 崇 <hirose.t@hinode-sangyo.co.jp>",
    to=["北国フーズ 優待事務局 <yutai@kitaguni-foods.co.jp>"],
    subject="株主優待 追加購入のお申込み（株主様より当社宛てに届いた分）",
    charset="utf-8",
    body=f"""北国フーズ株式会社
優待事務局 御中

お世話になっております。日の出産業 株式課の廣瀬です。
株主優待カタログの「追加購入（株主様特別価格）」のお申込みが、誤って当社宛てに
届きましたので転記いたします。ご対応をお願いできますでしょうか。

　お名前：　東海林 節子 様
　電話：　　{_fw(_mobile())}
　商品：　　北海道チーズ詰合せ（C-12）×2
　お支払：　クレジットカード
　カード番号：{_c1[:4]}-{_c1[4:8]}-{_c1[8:12]}-{_c1[12:]}　有効期限 08/28

株主様には、次回からは貴社の申込ハガキをご利用いただくようお伝えしております。
{SIG_HIROSE}
""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a shareholder's credit card number transcribed into a mail to the gift-catalogue partner",
)

# -- 障害情報（会場への配慮依頼）→ さくらホテル ------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約 鈴鹿様 <suzuka@sakura-hotel.jp>"],
    subject="12/7 株主様向け事業説明会　当日のご配慮のお願い",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約
鈴鹿様

いつもお世話になっております。日の出産業の葛城です。
12月7日（土）の株主様向け事業説明会について、事前に申込者の方からご連絡を
いただいた件で、会場側のご配慮をお願いしたくご連絡しました。

・禰津 康弘 様（株主番号 00418802）
　聴覚障害があり身体障害者手帳（2級）をお持ちとのことで、前方中央のお席と
　要約筆記用のスクリーンが見える位置をご希望です。
　付き添いの方が1名いらっしゃいます。

受付でお名前を伺った際に、スタッフの方がお席までご案内いただけますと助かります。
ご不明点があればお知らせください。
{SIG_KATSURAGI}
""",
    expect="stop",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a named shareholder's disability (身体障害者手帳) sent to the hotel venue: 要配慮個人情報 of one person",
)

# -- 逮捕歴（警備会社）-------------------------------------------------------------------
add(
    sender="宇佐美 典子 <usami-n@hinode-sangyo.co.jp>",
    to=["安全警備保障 営業部 帯刀様 <tatewaki@anzen-keibi.co.jp>"],
    subject="定時株主総会 警備の事前打合せについて",
    charset="shift_jis",
    body=f"""安全警備保障株式会社
帯刀様

お世話になっております。日の出産業の宇佐美です。
6月26日の定時株主総会の警備について、来週の打合せ前に共有させてください。

昨年の総会で議事進行を妨げる発言を繰り返した株主がおり、今年も出席の届出がありました。

　株主：甘粕 政次（株主番号 00092217）
　　　　平成21年に別会社の株主総会をめぐる利益供与事件で逮捕歴あり（報道による）

受付での確認と、会場内の警備員の配置を例年より厚めにお願いしたいと考えております。
詳細は打合せの場でご相談させてください。
{SIG_USAMI}
""",
    expect="stop",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a named shareholder's arrest record sent to the external security company",
)

# -- 決算説明会の案内を To に並べて一斉送信 --------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=[
        "niwa.k@tokiwa-sec.co.jp", "shitara.y@tokiwa-sec.co.jp", "tokano@hanabusa-sec.co.jp",
        "tsuge@kirishima-am.co.jp", "udo@seiran-research.jp", "kuroyanagi@asahikawa-am.co.jp",
    ],
    subject="【日の出産業】2025年3月期 決算説明会のご案内（5/15）",
    charset="iso-2022-jp",
    body=f"""アナリスト・機関投資家の皆様

平素より当社IR活動にご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 IR室の東雲でございます。

2025年3月期 決算説明会を下記のとおり開催いたします。
ご多用のところ恐縮ですが、ご出席賜りますようお願い申し上げます。

　日時：2025年5月15日（木）16:00〜17:00（受付 15:30〜）
　会場：当社本社 9階 大会議室（東京都中央区京橋2-7-14）／Zoomウェビナー併用
　説明者：代表取締役社長 桐生 正嗣、取締役CFO 芳賀 恵理
　お申込み：5月13日（火）までに本メールへご返信ください

決算発表は同日15:00（TDnet）を予定しております。
{SIG_SHINONOME}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="invitation addressed in To to six analysts of five external firms: they all see each other, should have been Bcc",
)

# -- 個人投資家説明会のお礼を To に並べて送信（フリーメール）----------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=[
        "iokibe.k@gmail.com", "chisato_m@yahoo.co.jp", "t.koketsu@outlook.jp",
        "tsuyuri.yuko@icloud.com", "domeki-k@ezweb.ne.jp",
    ],
    subject="個人投資家説明会ご来場のお礼",
    charset="utf-8",
    body=f"""皆様

先日は日の出産業の個人投資家説明会（横浜会場）にお越しいただき、誠にありがとうございました。
当日ご質問をいただいた中期経営計画の進捗につきましては、IRサイトに補足資料を
掲載いたしましたのでご覧ください。
https://www.hinode-sangyo.co.jp/ir/library/

今後とも当社へのご支援をよろしくお願い申し上げます。
{SIG_KATSURAGI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="thank-you mail with five private investors' free-mail addresses visible in To: should have been Bcc",
)

# -- 海外投資家への返信で Cc に他社を並べる ---------------------------------------------------
add(
    sender="Sayaka Shinonome <shinonome@hinode-sangyo.co.jp>",
    to=["Grace Leung <gleung@northbridge-capital.com>"],
    cc=[
        "Daniel Moreau <d.moreau@lacroix-gestion.fr>",
        "Priya Natarajan <pnatarajan@meridian-funds.com>",
        "Kenji Yoshikawa <kyoshikawa@harborview-ir.com>",
    ],
    subject="Re: Small meeting in Hong Kong - follow-up materials",
    charset="utf-8",
    body=f"""Dear Grace, Daniel and Priya,

Thank you again for joining our small meeting in Hong Kong last Thursday.
As promised, please find below the links to the English materials we discussed:

- FY2024 Q2 results presentation: https://www.hinode-sangyo.co.jp/en/ir/library/
- Medium-term plan "HINODE 2027" fact book (updated)

Regarding the question on our capital allocation policy, our CFO will address it
in more detail at the full-year results briefing in May.

Kenji, many thanks for organising the meeting.
{SIG_EN}""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external organisations (three funds and an IR agency) visible to each other in To/Cc",
)

# -- 見た目の似たドメイン（みどり銀行, l と i）--------------------------------------------------
add(
    sender="真柴 亮介 <mashiba@hinode-sangyo.co.jp>",
    to=["みどり銀行 法人営業部 粟飯原様 <aihara@midori-glnko.co.jp>"],
    subject="決算説明会（5/15）ご出席の御礼と資料送付について",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
粟飯原様

いつも大変お世話になっております。日の出産業の真柴です。
5月15日の決算説明会にご出席いただけるとのこと、ありがとうございます。
当日の資料は15:00の開示後にIRサイトへ掲載いたしますが、
紙の資料もご用意しておりますので受付でお受け取りください。

引き続きよろしくお願い申し上げます。
{SIG_MASHIBA}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain midori-glnko.co.jp is a homoglyph look-alike of the partner bank midori-ginko.co.jp",
)

# -- 自社ドメインの1文字追加 ------------------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["芳賀 恵理 <haga.eri@hinode-sangyou.co.jp>"],
    cc=["mashiba@hinode-sangyo.co.jp"],
    subject="決算短信サマリー 数値確認のお願い（開示前）",
    charset="utf-8",
    body=f"""芳賀CFO

お疲れさまです。IR室の葛城です。
明日15:00開示予定の決算短信サマリー部分の数値を、念のため本文にも記載します。
説明会資料のP3とも一致していることを確認済みです。

　売上高　　　　 1,284億6,200万円（前期比 +6.8%）
　営業利益　　　　　 92億1,400万円（同 +11.2%）
　親会社株主に帰属する当期純利益　61億3,800万円（同 +9.5%）
　年間配当　　　 1株当たり 64円（うち期末 34円）
　次期予想売上高　1,330億円

問題なければ本日18時までにご返信いただけますでしょうか。
{SIG_KATSURAGI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="undisclosed earnings sent to hinode-sangyou.co.jp, a one-letter look-alike of the own domain",
)

# -- 法律事務所の TLD 違い ----------------------------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["白川法律事務所 桧垣先生 <higaki@shirakawa-law.com>"],
    subject="業績予想の修正に関するお知らせ（案）のご確認",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
桧垣先生

いつもお世話になっております。日の出産業IR室の東雲でございます。
来週公表予定の「業績予想の修正に関するお知らせ」の文案を添付いたします。
修正理由の記載ぶりについて、適時開示の観点からご確認をお願いできますでしょうか。
大変恐縮ですが、1月29日（水）中にコメントをいただけますと幸いです。
{SIG_SHINONOME}""",
    attachments=[{
        "kind": "docx", "name": "業績予想の修正に関するお知らせ_案0127.docx",
        "paragraphs": [
            "2025年2月5日",
            "各　位",
            "会社名　日の出産業株式会社　代表者名　代表取締役社長　桐生 正嗣",
            "（コード番号：7482　東証プライム）",
            "業績予想の修正に関するお知らせ",
            "当社は、2024年5月14日に公表した2025年3月期の通期業績予想を下記のとおり修正いたしましたので、お知らせいたします。",
            "修正の理由：産業機器セグメントにおいて、海外向け案件の納期が翌期にずれ込む見込みとなったため。",
        ],
        "tables": [[
            ["", "売上高", "営業利益", "経常利益", "当期純利益"],
            ["前回発表予想（A）", "135,000", "10,200", "10,500", "6,900"],
            ["今回修正予想（B）", "129,800", "9,100", "9,350", "6,150"],
            ["増減額（B−A）", "△5,200", "△1,100", "△1,150", "△750"],
        ]],
    }],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="draft disclosure to shirakawa-law.com: the partner law firm is shirakawa-law.jp (TLD swap)",
)

# -- ツバサシステムの文字入れ替え ---------------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["ツバサシステム 登坂様 <tosaka@tsubasa-sytsem.jp>"],
    subject="IRサイト 決算資料ページ更新の予約設定について",
    charset="shift_jis",
    body=f"""ツバサシステム株式会社
登坂様

お世話になっております。日の出産業の葛城です。
5月15日15:00の決算発表に合わせて、IRライブラリーの更新を予約設定で
お願いしたく、原稿一式を下記の共有フォルダに格納しました。

　格納先：IR共有/2025_4Q/web公開用/
　公開日時：2025/05/15 15:00（TDnet開示と同時刻）
　差し替え：決算短信、決算説明会資料、ファクトブック（Excel）

公開時刻より前に外部から閲覧できない設定になっているか、
念のため前日にテスト環境で確認させてください。
{SIG_KATSURAGI}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-sytsem.jp swaps two letters of the partner domain tsubasa-system.jp",
)

# -- ハイフンとドット ----------------------------------------------------------------------
add(
    sender="真柴 亮介 <mashiba@hinode-sangyo.co.jp>",
    to=["経理部 都築 <tsuzuki@hinode-sangyo-co.jp>"],
    subject="Re: 配当予想の件",
    charset="utf-8",
    body=f"""都築さん

真柴です。ありがとうございます。
取締役会で承認されれば、期末配当は1株34円（年64円）で開示します。
配当性向は34.1%になる見込みで、中計で掲げた「30%以上」は維持できます。
開示文の配当の項は私の方で作りますので、数値の最終版だけ共有してください。

> 期末配当の原案、34円で経営会議に上げる方向です。
> 財務の数値はまだ監査法人のレビュー前です。
{SIG_MASHIBA}""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyo-co.jp replaces the dot of the own domain with a hyphen: an external look-alike",
)

# -- 社外秘スタンプの決算短信案（DOCX ヘッダー）→ 翻訳会社 ------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["ワン翻訳 IR翻訳チーム <ir-team@honyaku-one.co.jp>"],
    subject="決算短信（第3四半期）英訳のご依頼",
    charset="iso-2022-jp",
    body=f"""ワン翻訳株式会社
IR翻訳チーム ご担当者様

いつもお世話になっております。日の出産業の東雲です。
第3四半期決算短信の英訳をお願いいたします。
原稿を添付いたしますので、2月10日（月）午前中の納品でお願いできますでしょうか。
用語集は前回お送りしたものから変更ございません。
{SIG_SHINONOME}""",
    attachments=[{
        "kind": "docx", "name": "2025年3月期_第3四半期決算短信_原稿v3.docx",
        "page_header": "社外秘　開示前資料",
        "title": "第3四半期決算短信 原稿",
        "paragraphs": [
            "2025年3月期　第3四半期決算短信〔日本基準〕（連結）",
            "上場会社名　日の出産業株式会社　　上場取引所　東",
            "コード番号　7482　　URL https://www.hinode-sangyo.co.jp/",
            "1．2025年3月期第3四半期の連結業績（2024年4月1日～2024年12月31日）",
            "当第3四半期連結累計期間における我が国経済は、緩やかな回復基調が続きました。",
        ],
        "tables": [[
            ["", "売上高", "営業利益", "経常利益", "四半期純利益"],
            ["2025年3月期第3四半期", "96,412", "6,884", "7,012", "4,603"],
            ["2024年3月期第3四半期", "90,157", "6,103", "6,270", "4,118"],
        ]],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the attached earnings-release draft carries a 社外秘 stamp in its page header and goes to an external translator",
)

# -- 取扱注意の PDF → 錦印刷 --------------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["錦印刷 IR制作部 蓮見様 <hasumi@nishiki-insatsu.co.jp>"],
    subject="株主通信 冬号 巻頭ページ原稿の件",
    charset="utf-8",
    body=f"""錦印刷株式会社
蓮見様

お世話になっております。日の出産業の葛城です。
株主通信（冬号）の巻頭「社長メッセージ」のページ原稿をPDFでお送りします。
通期予想の修正数値を含むため、組版は2月5日の開示後に着手していただけますでしょうか。
校正は2回を予定しています。
{SIG_KATSURAGI}
""",
    attachments=[{
        "kind": "pdf", "name": "株主通信冬号_P2-3_社長メッセージ.pdf",
        "page_header": "取扱注意（開示前情報を含む）",
        "lines": [
            "株主の皆様へ",
            "平素より格別のご高配を賜り、厚く御礼申し上げます。",
            "当期の業績は、海外向け大型案件の納期ずれにより、売上高1,298億円（前回予想比 △52億円）",
            "営業利益91億円（同 △11億円）となる見込みです。",
            "一方、期末配当は当初予想どおり1株当たり34円を予定しております。",
            "代表取締役社長　桐生 正嗣",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="the PDF is stamped 取扱注意 in every page header and goes to the partner printer",
)

# -- 件名に【極秘】→ 法律事務所（パートナー）-----------------------------------------------------
add(
    sender="真柴 亮介 <mashiba@hinode-sangyo.co.jp>",
    to=["桧垣 先生 <higaki@shirakawa-law.jp>"],
    cc=["shimazu@hinode-sangyo.co.jp"],
    subject="【極秘】プロジェクトK 公表スケジュール案",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
桧垣先生

いつもお世話になっております。日の出産業の真柴です。
【極秘・関係者限り】

プロジェクトK（自己株式の公開買付け）の公表スケジュール案を下記のとおり整理しました。

　3月 6日（木）取締役会決議 → 同日15:30 TDnet開示・公開買付届出書提出
　3月 7日（金）公開買付期間開始（20営業日）
　4月 3日（木）期間満了 → 翌日 結果公表

インサイダー情報管理のため、社内の関係者は別紙の7名に限定しております。
臨時報告書の要否についても併せてご教示いただけますと幸いです。
{SIG_MASHIBA}""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="mail classified 【極秘】 in subject and body, sent to an external law firm",
)

# -- Confidential 付きの PPTX → IR 支援会社 -----------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["兵頭様 <hyodo@ir-hoshizora.co.jp>"],
    subject="説明会資料ドラフト（中計進捗パート）ご意見ください",
    charset="utf-8",
    body=f"""兵頭様

お世話になっております。東雲です。
5月の決算説明会資料のうち、中期経営計画の進捗パートのドラフトができました。
投資家目線で分かりにくい点があればご指摘ください。
特にROICの分解のスライドは、前回の説明会でも質問が多かった部分です。

来週火曜の定例で議論できればと思います。
{SIG_SHINONOME}""",
    attachments=[{
        "kind": "pptx", "name": "FY2024_results_draft_v2.pptx",
        "page_footer": "CONFIDENTIAL - DRAFT / Internal Only",
        "slides": [
            ["中期経営計画「HINODE 2027」進捗", "2年目の振り返り", "KPI達成状況"],
            ["ROICツリー", "事業別ROIC：産業機器 9.8% / 環境ソリューション 6.1%", "WACC 6.5%を上回る事業に資本を集中"],
            ["株主還元", "配当性向30%以上を維持", "自己株式取得の検討（未決定）"],
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="presentation draft footed CONFIDENTIAL / Internal Only on every slide, sent to an external IR consultant",
)

# -- パスワード付き ZIP（PPAP）→ 株主名簿管理人 ---------------------------------------------
add(
    sender="宇佐美 典子 <usami-n@hinode-sangyo.co.jp>",
    to=["神保様 <jinbo@kotobuki-trust.co.jp>"],
    subject="大株主の状況 照合用データの送付",
    charset="shift_jis",
    body=f"""寿信託銀行 証券代行部
神保様

お世話になっております。日の出産業の宇佐美です。
有価証券報告書「大株主の状況」の照合用データをお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールでお送りします。
{SIG_USAMI}
""",
    attachments=[{
        "kind": "zip", "name": "taikabunushi_20250331.zip", "password": "Hnd#2025q4",
        "files": [{"kind": "xlsx", "name": "大株主上位30名_20250331.xlsx",
                   "sheets": {"上位30": [["順位", "株主名", "住所", "所有株式数"],
                                         [1, "日本マスタートラスト信託銀行（信託口）", "東京都港区", 5123400],
                                         [2, "日の出産業取引先持株会", "東京都中央区", 2210800]]}}],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): the attachment cannot be inspected",
)

# -- パスワード付き PDF → アナリスト ---------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["戸叶 彩 様 <tokano@hanabusa-sec.co.jp>"],
    subject="スモールミーティング資料の送付",
    charset="iso-2022-jp",
    body=f"""英証券
戸叶様

いつもお世話になっております。日の出産業IR室の葛城です。
先日はスモールミーティングにご参加いただきありがとうございました。
当日投影した補足資料をお送りします。
社内規程により、PDFにはパスワードを設定しております（別途ご連絡いたします）。
{SIG_KATSURAGI}
""",
    attachments=[{
        "kind": "pdf", "name": "small_meeting_20250212.pdf", "password": "tk0212",
        "lines": ["スモールミーティング補足資料", "セグメント別受注残高の推移", "設備投資計画"],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF to an external analyst: cannot be inspected",
)

# -- 壊れた XLSX → IR 支援会社 -------------------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["小野寺様 <onodera@kabu-link.jp>"],
    subject="Re: アンケート集計ファイル再送のお願い",
    charset="utf-8",
    body=f"""小野寺様

ご連絡ありがとうございます。東雲です。
こちらで保存し直したファイルを再度お送りします。
開けない場合はお手数ですがお知らせください。

> 昨日いただいた「アンケート集計.xlsx」が、こちらの環境では
> 「ファイルが破損しています」と表示され開けませんでした。
> お手数ですが再送いただけますでしょうか。
{SIG_SHINONOME}""",
    attachments=[{"kind": "corrupt", "name": "説明会アンケート集計_横浜.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be read",
)

# -- 名前列のない株主アンケート CSV（UTF-8）→ 調査会社 ----------------------------------------------
_ages = ["40代", "60代", "70代以上", "50代", "30代", "60代", "50代", "70代以上"]
_addrs = [
    ("167-0051", "東京都杉並区荻窪4-21-6"), ("251-0037", "神奈川県藤沢市鵠沼海岸2-9-21"),
    ("359-1141", "埼玉県所沢市小手指町4-5-2"), ("274-0063", "千葉県船橋市習志野台7-3-11"),
    ("560-0002", "大阪府豊中市緑丘1-22-6"), ("464-0021", "愛知県名古屋市千種区鹿子殿13-8"),
    ("812-0053", "福岡県福岡市東区箱崎5-7-30"), ("370-0862", "群馬県高崎市片岡町2-14-3"),
]
_mails = ["ogikubo55@gmail.com", "k.kugenuma@yahoo.co.jp", "kotesashi_f@outlook.jp",
          "narashino.h@icloud.com", "midorigaoka62@gmail.com", "kanokoden@ezweb.ne.jp",
          "hakozaki-t@softbank.ne.jp", "kataoka.m@yahoo.co.jp"]
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["株主リサーチ 分析チーム <analysis@kabunushi-research.jp>"],
    subject="株主アンケート回答データ（Web回答分）",
    charset="utf-8",
    body=f"""株式会社株主リサーチ
分析チーム ご担当者様

お世話になっております。日の出産業の東雲です。
株主アンケートのWeb回答分のデータをお送りします。
紙の回答分は錦印刷さんから直接納品される予定です。
抽選で優待品を送る関係で、連絡先欄も入った状態です。
{SIG_SHINONOME}""",
    attachments=[{
        "kind": "csv", "name": "enquete_web_2024.csv", "encoding": "utf-8",
        "rows": [["回答ID", "年代", "郵便番号", "住所", "電話", "メール", "保有期間", "Q1満足度"]]
        + [[f"W{1041 + i}", _ages[i], z, a, _mobile(), _mails[i], _rng.choice(["1年未満", "1〜3年", "3〜5年", "5年以上"]), _rng.randint(1, 5)]
           for i, (z, a) in enumerate(_addrs)],
    }],
    expect="stop",
    entities=["JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="eight respondents' address, phone and e-mail without a name column, sent to an external research firm",
)

# -- 1件1ブロックの申込者情報（和暦の生年月日）→ 共催証券会社 ------------------------------------
_blocks = [
    ("穂積 一郎", "ホヅミ イチロウ", "昭和２７年１１月３日", "k.hozumi@gmail.com"),
    ("新発田 恵", "シバタ メグミ", "昭和５８年４月２日", "shibata.megu@yahoo.co.jp"),
    ("鴫原 誠司", "シギハラ セイジ", "昭和４４年８月１９日", "sigi-s@icloud.com"),
    ("樋渡 あゆみ", "ヒワタシ アユミ", "平成２年１月２５日", "ayumi.hiwatashi@outlook.jp"),
    ("猪熊 大介", "イノクマ ダイスケ", "昭和３６年６月３０日", "inokuma.d@gmail.com"),
    ("芥川 しのぶ", "アクタガワ シノブ", "昭和５１年９月９日", "shinobu-a@docomo.ne.jp"),
]
_btxt = "\n".join(
    f"【{i}】\n　氏名：{n}（{k}）\n　生年月日：{d}\n　電話：{_fw(_mobile())}\n　E-mail：{e}\n"
    for i, (n, k, d, e) in enumerate(_blocks, 1))
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["常盤証券 投資セミナー事務局 <seminar@tokiwa-sec.co.jp>"],
    subject="共催セミナー（2/22 名古屋）当社受付分の申込者",
    charset="iso-2022-jp",
    body=f"""常盤証券株式会社
投資セミナー事務局 御中

お世話になっております。日の出産業IR室の葛城です。
2月22日の共催オンラインセミナーについて、当社IRサイト経由でお申込みいただいた方を
お知らせします。視聴URLの送付をよろしくお願いいたします。

{_btxt}
以上6名です。
{SIG_KATSURAGI}
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six applicant records (one block each: name, 和暦 birth date, phone, e-mail) sent to the co-hosting securities firm",
)

# -- HTML のみのメールで受付名簿の表 → 会場 -------------------------------------------------------
_hrows = [
    ("比嘉 朝子", "ひが あさこ", "098-868-2241"), ("金城 勇", "きんじょう いさむ", _mobile()),
    ("舘野 弥生", "たての やよい", _mobile()), ("十河 秀樹", "そごう ひでき", "087-831-5570"),
    ("御手洗 湊", "みたらい みなと", _mobile()), ("桧山 久美子", "ひやま くみこ", _mobile()),
]
_htable = "\n".join(f"<tr><td>{i}</td><td>{n}</td><td>{k}</td><td>{p}</td></tr>"
                    for i, (n, k, p) in enumerate(_hrows, 1))
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["会議プラザ大手町 運営担当 <unei@kaigi-plaza.co.jp>"],
    subject="3/8 個人投資家説明会 当日受付名簿（事前申込分）",
    charset="utf-8",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>会議プラザ大手町<br>運営ご担当者様</p>
<p>いつもお世話になっております。日の出産業の葛城です。<br>
3月8日の個人投資家説明会について、受付でお名前を照合いただく事前申込者の一覧です。<br>
当日欠席の連絡があった場合のご連絡先も記載しています。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>No</th><th>お名前</th><th>ふりがな</th><th>当日連絡先</th></tr>
{_htable}
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 経営企画部 IR室　葛城 航<br>TEL 03-5250-7782</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of six attendees' names and phone numbers to the external venue",
)

# -- 病状を含む株主メールの転送 → 株主名簿管理人 --------------------------------------------------
add(
    sender="廣瀬 崇 <hirose.t@hinode-sangyo.co.jp>",
    to=["寿信託銀行 証券代行部 <daiko-desk@kotobuki-trust.co.jp>"],
    subject="転送：議決権行使書の代理人について",
    charset="shift_jis",
    body=f"""証券代行部 ご担当者様

日の出産業 株式課の廣瀬です。
株主様から下記のご相談がありました。代理人による議決権行使の必要書類について、
株主様へ直接ご案内いただけますでしょうか。

---------- 転送メッセージ ----------
差出人：漆原 貞夫 <urushibara.s@nifty-mail.jp>
日付：2025年6月9日 20:14
件名：議決権行使書の代理人について
宛先：kabushiki@hinode-sangyo.co.jp

日の出産業 株式ご担当様

株主番号00560914の漆原貞夫です（長野県松本市蟻ケ崎2-6-33）。
先月、膵臓がんの手術を受けて現在も入院中のため、今年の株主総会には
出席できそうにありません。長男の漆原 聡（同じく株主です）を代理人として
出席させたいのですが、どのような書類が必要でしょうか。

漆原
{SIG_HIROSE}
""",
    expect="stop",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="forwarded shareholder mail reveals his cancer surgery and hospitalisation, with name and address, to the registrar",
)

# -- 運転免許証番号（本人確認）→ 株主名簿管理人 -----------------------------------------------
add(
    sender="宇佐美 典子 <usami-n@hinode-sangyo.co.jp>",
    to=["jinbo@kotobuki-trust.co.jp"],
    subject="特別口座 住所変更（本人確認済み）のお願い",
    charset="iso-2022-jp",
    body=f"""神保様

お世話になっております。宇佐美です。
先ほどお電話でご相談した特別口座の株主様の住所変更の件です。
窓口で本人確認書類を拝見しましたので、内容を以下に記載します。

　株主番号　　00385127
　氏名　　　　蓮沼 利江子（はすぬま りえこ）
　生年月日　　Ｓ３２．７．１４
　新住所　　　〒９５０－０９１６　新潟県新潟市中央区米山３－１２－５
　本人確認書類　運転免許証　第５６２０１３８８４１７０号

手続き完了後、株主様に通知をお送りいただけますでしょうか。
{SIG_USAMI}""",
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a shareholder's driver's licence number (with name, birth date, address) sent to the registrar",
)

# -- パスワードなし ZIP の中に優待発送リスト CSV → 北国フーズ -----------------------------------------
_ship = [
    ("粕谷 哲也", "983-0852", "宮城県仙台市宮城野区榴岡4-2-8"),
    ("鬼頭 さゆり", "460-0008", "愛知県名古屋市中区栄3-18-1-805"),
    ("楠瀬 浩", "780-0870", "高知県高知市本町2-1-16"),
    ("雲母 菜摘", "606-8203", "京都府京都市左京区田中関田町25"),
    ("糟屋 真一", "330-0063", "埼玉県さいたま市浦和区高砂1-7-3"),
    ("帷子 ゆかり", "231-0023", "神奈川県横浜市中区山下町104"),
    ("祝 修平", "890-0053", "鹿児島県鹿児島市中央町19-40"),
    ("八朔 弘美", "920-0918", "石川県金沢市尾山町8-22"),
    ("丹生 俊介", "700-0822", "岡山県岡山市北区表町1-5-1"),
    ("左右田 恭子", "060-0062", "北海道札幌市中央区南2条西6-13"),
]
add(
    sender="廣瀬 崇 <hirose.t@hinode-sangyo.co.jp>",
    to=["優待事務局 <yutai@kitaguni-foods.co.jp>"],
    subject="株主優待品 再発送分リスト（宛所不明戻り）",
    charset="utf-8",
    body=f"""北国フーズ株式会社
優待事務局 御中

いつもお世話になっております。日の出産業 株式課の廣瀬です。
宛所不明で戻ってきた優待品のうち、株主様から新住所のご連絡があった10件について、
再発送をお願いいたします。リストはZIPにまとめております。
{SIG_HIROSE}
""",
    attachments=[{
        "kind": "zip", "name": "saihasso_list_1126.zip",
        "files": [{"kind": "csv", "name": "再発送リスト.csv", "encoding": "cp932",
                   "rows": [["氏名", "郵便番号", "住所", "電話番号", "商品コード"]]
                   + [[n, z, a, _mobile(), _rng.choice(["KF-A3", "KF-B1", "KF-C12"])] for n, z, a in _ship]}],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP (no password) holding a CSV of ten shareholders' names, addresses and phones, to the gift supplier",
)

# -- 英文：ロードショー参加者リスト TXT → 海外証券 -------------------------------------------------
_rs = [
    ("Mr. Oliver Brandt", "Lindqvist Asset Management", "o.brandt@lindqvist-am.se", "+46 70 418 2297"),
    ("Ms. Hannah Cole", "Greystone Partners", "hcole@greystone-partners.com", "+44 7700 914 362"),
    ("Mr. Rajiv Menon", "Sunda Capital", "rajiv.menon@sundacap.sg", "+65 9127 4408"),
    ("Ms. Claire Dubois", "Lacroix Gestion", "c.dubois@lacroix-gestion.fr", "+33 6 12 48 90 71"),
    ("Mr. Ethan Park", "Meridian Funds", "epark@meridian-funds.com", "+1 415 555 0187"),
    ("Mr. Tomasz Nowak", "Wisla Investments", "t.nowak@wisla-inv.pl", "+48 601 224 918"),
]
add(
    sender="Sayaka Shinonome <shinonome@hinode-sangyo.co.jp>",
    to=["Grace Leung <gleung@northbridge-capital.com>"],
    subject="London/Stockholm roadshow - attendee contacts for your corporate access team",
    charset="utf-8",
    body=f"""Dear Grace,

Thank you for arranging our European roadshow next month.
As requested, I attach the contact list of the investors who have confirmed
their one-on-one meetings with us so that your corporate access team can send
them the calendar invitations directly.
{SIG_EN}""",
    attachments=[{
        "kind": "txt", "name": "roadshow_attendees_EU.txt",
        "text": "Hinode Sangyo (7482) European Roadshow - confirmed 1on1s\n\n"
                + "\n".join(f"{n}\t{f}\t{e}\t{p}" for n, f, e, p in _rs) + "\n",
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated list of six named investors with e-mail and mobile numbers sent to an external broker",
)

# -- EML 添付で転送：申込者一覧を含む社内メール → IR 支援会社 ------------------------------------------
_inner = "\n".join(
    f"{i}. {n}　{_mobile()}　{e}"
    for i, (n, e) in enumerate([
        ("粟野 浩太", "awano.k@gmail.com"), ("江波戸 早苗", "ebato.sanae@yahoo.co.jp"),
        ("一ノ瀬 学", "ichinose.m@outlook.jp"), ("越智 ひとみ", "ochi-h@icloud.com"),
        ("仲宗根 剛", "nakasone.t@gmail.com"), ("日下部 咲", "kusakabe.saki@docomo.ne.jp"),
    ], 1))
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["小野寺様 <onodera@kabu-link.jp>"],
    subject="FW: 【申込受付】福岡説明会 キャンセル待ちの方",
    charset="utf-8",
    body=f"""小野寺様

東雲です。社内で受け付けたキャンセル待ちの方の一覧を、元のメールごと転送します。
空席が出た場合の繰り上げ連絡をお願いできますか。
{SIG_SHINONOME}""",
    attachments=[{
        "kind": "eml", "name": "申込受付_福岡説明会キャンセル待ち.eml",
        "message": {
            "sender": "葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
            "to": ["shinonome@hinode-sangyo.co.jp"],
            "subject": "【申込受付】福岡説明会 キャンセル待ちの方",
            "charset": "iso-2022-jp",
            "body": f"東雲さん\n\n福岡会場は定員に達したため、以下の方はキャンセル待ちで受け付けました。\n\n{_inner}\n\n葛城\n",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="attached mail (forwarded as .eml) lists six people with phone and e-mail; it goes to an external vendor",
)

# -- 在留カード番号 → 株主名簿管理人 -------------------------------------------------------------
add(
    sender="廣瀬 崇 <hirose.t@hinode-sangyo.co.jp>",
    to=["寿信託銀行 証券代行部 神保様 <jinbo@kotobuki-trust.co.jp>"],
    subject="外国籍株主様の住所変更（在留カードにて本人確認）",
    charset="utf-8",
    body=f"""神保様

いつもお世話になっております。株式課の廣瀬です。
外国籍の株主様から、特別口座の住所変更のご依頼を窓口でお受けしました。
本人確認は在留カードで行いました。記載事項は以下のとおりです。

  Name      : NGUYEN VAN THANH（グエン ヴァン タイン）
  株主番号  : 00812264
  在留カード番号 : UH48215937EA
  新住所    : 大阪府東大阪市長田東2-3-17 メゾン長田305

手続きに追加で必要な書類があればお知らせください。
{SIG_HIROSE}
""",
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a named shareholder's residence card number sent to the registrar",
)


# ======================================================================================
#  EITHER
# ======================================================================================

# -- 招集通知の役員候補者（生年月日・略歴）→ 印刷会社 ----------------------------------------------
add(
    sender="宇佐美 典子 <usami-n@hinode-sangyo.co.jp>",
    to=["錦印刷 IR制作部 蓮見様 <hasumi@nishiki-insatsu.co.jp>"],
    subject="第78期 定時株主総会招集通知　第2号議案（取締役選任）原稿",
    charset="shift_jis",
    body=f"""錦印刷株式会社
蓮見様

お世話になっております。日の出産業の宇佐美です。
招集通知の第2号議案（取締役5名選任の件）の原稿をお送りします。
候補者の写真データは明日お送りします。初校は5月23日でお願いいたします。
{SIG_USAMI}
""",
    attachments=[{
        "kind": "docx", "name": "招集通知_第2号議案_原稿.docx",
        "paragraphs": ["第2号議案　取締役5名選任の件",
                       "取締役全員（5名）は、本総会終結の時をもって任期満了となります。つきましては、取締役5名の選任をお願いするものであります。"],
        "tables": [[
            ["候補者番号", "氏名（生年月日）", "略歴、地位及び担当", "所有する当社の株式数"],
            ["1", "桐生 正嗣（1962年3月18日生）", "1985年4月 当社入社／2019年6月 代表取締役社長（現任）", "48,200株"],
            ["2", "芳賀 恵理（1970年11月2日生）", "1993年4月 みどり銀行入行／2021年6月 当社取締役CFO（現任）", "12,600株"],
            ["3", "八木沢 豊（1965年7月27日生）", "1988年4月 当社入社／2022年6月 取締役 産業機器事業本部長（現任）", "21,900株"],
            ["4", "ロバート・ハインズ（1968年1月9日生）", "2015年 Harrow Industrial plc CEO／2023年6月 当社社外取締役（現任）", "0株"],
            ["5", "瀬尾 典代（1974年5月30日生）", "2004年 弁護士登録／2023年6月 当社社外取締役（現任）", "0株"],
        ]],
    }],
    expect="either",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="five directors' birth dates and careers: personal data, but a notice of meeting that will be published anyway",
)

# -- 質疑応答メモ（アナリスト名と所属のみ）→ IR 支援会社 -------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["碓氷様 <usui@ir-hoshizora.co.jp>"],
    subject="説明会の質疑応答メモ（議事録のたたき台）",
    charset="iso-2022-jp",
    body=f"""碓氷様

お世話になっております。葛城です。
昨日の説明会の質疑応答を、録音から書き起こしたメモです。議事録の整形をお願いします。
公開版では質問者名は伏せる予定です。

Q1（常盤証券 丹羽様）受注残高の増加は一過性か。
　→ 半導体向けは来期も高水準を見込む。
Q2（英証券 戸叶様）価格転嫁の進捗について。
　→ 上期で約7割の転嫁が完了。
Q3（霧島アセットマネジメント 柘植様）政策保有株式の縮減方針は。
　→ 3年で純資産比10%未満を目指す。
Q4（青嵐リサーチ 有働様）海外子会社ののれんの減損リスクは。
　→ 現時点で兆候なし。
Q5（あさひ川投信 畔柳様）自己株式取得の可能性。
　→ 資本配分方針の中で引き続き検討。
Q6（丸の内生命保険 漆畑様）配当方針の変更予定は。
　→ 現時点で変更予定なし。
{SIG_KATSURAGI}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=[],
    note="six analysts named with their firms and questions: attributes of people, but no contact data; judgement call",
)


# ======================================================================================
#  PASS
# ======================================================================================

# P: 決算説明会の案内を Bcc で一斉送信 ---------------------------------------------------------
add(
    sender="IR室 <ir@hinode-sangyo.co.jp>",
    to=["ir@hinode-sangyo.co.jp"],
    bcc=[
        "niwa.k@tokiwa-sec.co.jp", "shitara.y@tokiwa-sec.co.jp", "tokano@hanabusa-sec.co.jp",
        "ukai@hanabusa-sec.co.jp", "tsuge@kirishima-am.co.jp", "shiomi@kirishima-am.co.jp",
        "udo@seiran-research.jp", "kuroyanagi@asahikawa-am.co.jp",
        "urushibata@marunouchi-life.co.jp", "gleung@northbridge-capital.com",
    ],
    subject="[Hinode Sangyo 7482] 第3四半期決算 電話会議のご案内 / Q3 earnings call",
    charset="utf-8",
    body="""※本メールはBCCにて一斉送信しております。

アナリスト・機関投資家の皆様

日の出産業株式会社 IR室でございます。
2025年3月期 第3四半期決算の電話会議を下記のとおり開催いたします。

■日時　2025年2月5日（水）17:00〜17:45
■形式　電話会議（日本語・英語同時通訳あり）
■説明者　取締役CFO　芳賀 恵理
■お申込み　https://www.hinode-sangyo.co.jp/ir/event/ より2月4日（火）正午まで

※決算発表は同日15:00を予定しております。
※決算発表日の2週間前から発表日までは沈黙期間とさせていただいております。

--
日の出産業株式会社 経営企画部 IR室
TEL 03-5250-7781 / ir@hinode-sangyo.co.jp
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="invitation to many analysts sent correctly in Bcc (To is the IR mailbox itself)",
)

# P: 1名のアナリストへの取材アポ確定（引用あり）----------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["丹羽 圭介 <niwa.k@tokiwa-sec.co.jp>"],
    subject="Re: 取材のお願い（2月下旬）",
    charset="iso-2022-jp",
    body=f"""丹羽様

いつもお世話になっております。日の出産業IR室の東雲です。
ご依頼ありがとうございます。2月26日（水）10:00〜11:00で承ります。
当日は本社9階の受付にお越しください。CFOの芳賀と私で対応いたします。
{SIG_SHINONOME}

> 日の出産業 IR室
> 東雲様
>
> いつもお世話になっております。常盤証券の丹羽です。
> 3Q決算を受けて、2月下旬に1時間ほど取材のお時間をいただけないでしょうか。
> 候補日：2/25午後、2/26午前、2/27終日
>
> ----
> 常盤証券株式会社 調査部 シニアアナリスト 丹羽 圭介
> 〒100-0004 東京都千代田区大手町1-6-3
> TEL 03-6811-4402  niwa.k@tokiwa-sec.co.jp
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary meeting confirmation to one analyst; his own signature appears only in quoted text",
)

# P: 沈黙期間中のため回答できない旨 -----------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["有働様 <udo@seiran-research.jp>"],
    subject="Re: 4Q受注動向についてのご質問",
    charset="utf-8",
    body=f"""青嵐リサーチ
有働様

お問い合わせいただきありがとうございます。日の出産業IR室の葛城です。

大変恐縮ですが、当社は現在、決算発表（5月15日）前の沈黙期間中のため、
第4四半期の受注動向や業績に関するご質問にはお答えを差し控えております。
未公表の重要事実に該当し得る情報の取扱いにつきましては、当社の
ディスクロージャーポリシーに基づき対応しておりますので、何卒ご理解ください。

なお、公表済みの中期経営計画や第3四半期までの数値に関するご質問であれば
お答えできますので、お気軽にお問い合わせください。
{SIG_KATSURAGI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="quiet-period reply that talks about undisclosed material facts but carries none",
)

# P: IR 支援会社との秘密保持契約書（案）----------------------------------------------------------
add(
    sender="真柴 亮介 <mashiba@hinode-sangyo.co.jp>",
    to=["碓氷様 <usui@ir-hoshizora.co.jp>"],
    cc=["shimazu@hinode-sangyo.co.jp"],
    subject="秘密保持契約書（案）の送付",
    charset="iso-2022-jp",
    body=f"""星空IRコンサルティング株式会社
碓氷様

お世話になっております。日の出産業の真柴です。
来期の統合報告書制作支援のご依頼に先立ち、秘密保持契約を締結させていただきたく、
当社ひな形による契約書案をお送りします。
第2条の「秘密情報」の定義と、第7条の有効期間について、貴社のご意見があれば
法務部の嶋津までご連絡ください。
{SIG_MASHIBA}""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_案_星空IRコンサルティング.docx",
        "title": "秘密保持契約書",
        "paragraphs": [
            "秘密保持契約書",
            "日の出産業株式会社（以下「甲」という。）と星空IRコンサルティング株式会社（以下「乙」という。）は、甲の統合報告書制作支援業務（以下「本業務」という。）に関し、次のとおり秘密保持契約を締結する。",
            "第1条（目的）本契約は、本業務の遂行のために甲が乙に開示する情報の取扱いを定めることを目的とする。",
            "第2条（秘密情報）本契約において秘密情報とは、甲が乙に開示する技術上、営業上その他一切の情報であって、開示の際に秘密である旨を明示したものをいう。ただし、公知の情報を除く。",
            "第3条（秘密保持義務）乙は、秘密情報を第三者に開示又は漏えいしてはならない。",
            "第4条（インサイダー取引の防止）乙は、本業務に関して知り得た甲の未公表の重要事実に基づき、甲の株式等の売買を行ってはならない。",
            "第7条（有効期間）本契約の有効期間は、締結日から2年間とする。",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with the draft contract attached: the word 秘密 is the contract's subject, not a marking",
)

# P: 会場手配の確認（標準の免責文あり）-------------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["鈴鹿様 <suzuka@sakura-hotel.jp>"],
    subject="12/7 事業説明会　会場レイアウトと機材のご確認",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宴会予約
鈴鹿様

お世話になっております。日の出産業の葛城です。
先日の打合せ内容を、念のため下記にまとめました。

　会場：2階「桜の間」（スクール形式 180席）
　時間：設営 12:00〜／受付 13:30〜／開演 14:00〜16:00／撤去 17:00まで
　機材：プロジェクター2台、スクリーン2面、ワイヤレスマイク4本、演台1
　控室：「楓の間」12:00〜17:00
　お飲み物：ペットボトルのお茶 200本（受付でお渡し）

お見積書（No. SH-24-11873）の内容で進めていただいて問題ございません。
{SIG_KATSURAGI}
{DISC_JA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="venue logistics with a quote number and the standard confidentiality disclaimer: ordinary mail",
)

# P: 社内：参加者名簿（連絡先付き）を広報部へ ---------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["washio@hinode-sangyo.co.jp"],
    cc=["shinonome@hinode-sangyo.co.jp"],
    subject="横浜説明会 参加者（連絡先あり）共有",
    charset="utf-8",
    body="""鷲尾さん

お疲れさまです。葛城です。
株主通信の読者アンケートの対象候補として、横浜説明会の参加者のうち
連絡先をいただいた方の一覧を共有します。社外には出さないでください。

氏名\t電話\tメール
五百旗頭 和臣\t090-4471-2280\tiokibe.k@gmail.com
薬袋 千里\t080-6625-0193\tchisato_m@yahoo.co.jp
纐纈 武\t042-558-3190\tt.koketsu@outlook.jp
栗花落 優子\t070-2219-8846\ttsuyuri.yuko@icloud.com
百目鬼 浩二\t090-8134-5572\tdomeki-k@ezweb.ne.jp
安心院 晴美\t0466-22-7814\tajimi.harumi@gmail.com

葛城
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="attendee list with contacts, but every recipient is internal",
)

# P: 社内：社外秘の決算短信案（サブドメイン宛て含む）-----------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["都築 <tsuzuki@hinode-sangyo.co.jp>", "経理部 <keiri@mail.hinode-sangyo.co.jp>"],
    cc=["mashiba@hinode-sangyo.co.jp"],
    subject="【社外秘】決算短信 v4（経理部レビュー用）",
    charset="iso-2022-jp",
    body=f"""経理部 各位

お疲れさまです。IR室の東雲です。
決算短信のv4を添付します。注記事項（セグメント情報）の数値を差し替えました。
社外秘の取扱いでお願いします。コメントは明日17時までにお願いします。
{SIG_SHINONOME}""",
    attachments=[{
        "kind": "docx", "name": "決算短信_v4.docx", "page_header": "社外秘",
        "paragraphs": ["2025年3月期 決算短信〔日本基準〕（連結）", "セグメント情報の数値を更新（産業機器：売上高 82,114百万円）"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 draft sent only to internal addresses (including the mail. subdomain)",
)

# P: 社内：マイナンバー付き株主一覧（株式課内）--------------------------------------------------------
_mi = [(n, _mn()) for n in ("保母 正治", "蓮沼 利江子", "左右田 恭子", "楠瀬 浩", "粕谷 哲也")]
add(
    sender="廣瀬 崇 <hirose.t@hinode-sangyo.co.jp>",
    to=["宇佐美 典子 <usami-n@hinode-sangyo.co.jp>"],
    subject="個人番号 届出受付分（6月）の確認",
    charset="shift_jis",
    body="""宇佐美課長

お疲れさまです。廣瀬です。
6月に当社窓口で受け付けた個人番号の届出分です。
信託銀行への送付は所定の届出書（郵送）で行いますので、メールでは送りません。
内容のダブルチェックをお願いします。

株主番号    氏名            個人番号
--------    ------------    ------------
""" + "\n".join(f"{s}    {n:<10}\u3000{m}" for s, (n, m) in zip(("00733516", "00385127", "00612490", "00204417", "00950338"), _mi)) + """

廣瀬
""",
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=[],
    note="My Numbers of five shareholders, but sender and recipient are both internal",
)

# P: 2社（IR 支援会社＋印刷会社）への三者調整 ----------------------------------------------------------
add(
    sender="真柴 亮介 <mashiba@hinode-sangyo.co.jp>",
    to=["碓氷様 <usui@ir-hoshizora.co.jp>", "蓮見様 <hasumi@nishiki-insatsu.co.jp>"],
    cc=["shinonome@hinode-sangyo.co.jp"],
    subject="統合報告書2025 制作スケジュール（三者確認）",
    charset="utf-8",
    body=f"""星空IRコンサルティング 碓氷様
錦印刷 蓮見様

いつもお世話になっております。日の出産業の真柴です。
統合報告書2025の制作スケジュールを三者で確認させてください。

  6/ 9  構成案確定（星空IR様）
  7/ 4  原稿入稿（当社 → 錦印刷様）
  7/25  初校
  8/22  再校・英訳入稿
  9/30  Web公開（PDF）／10/10 冊子納品 1,500部

キックオフは6月12日（木）14時から当社本社でいかがでしょうか。
{SIG_MASHIBA}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="normal three-way scheduling mail with two external organisations in To",
)

# P: フリーメールの株主1名への回答（マイナンバーという語を含む）------------------------------------------
add(
    sender="株式課 <kabushiki@hinode-sangyo.co.jp>",
    to=["takamine.fusae@yahoo.co.jp"],
    subject="Re: 配当金の受取りについて",
    charset="iso-2022-jp",
    body=f"""高峰 様

このたびはお問い合わせいただき、ありがとうございます。
日の出産業 総務部 株式課でございます。

配当金の受取方法の変更やマイナンバー（個人番号）のお届出は、株主様が口座を
開設されている証券会社でのお手続きとなります。恐れ入りますが、お取引の
証券会社にお問い合わせください。

なお、マイナンバーは電子メールではお送りにならないようお願いいたします。
{SIG_USAMI}

> 配当金を銀行振込にしたいのですが、どうすればよいでしょうか。
> マイナンバーも出す必要があると聞きました。
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="answer to one shareholder on free mail; mentions マイナンバー only as a word",
)

# P: 会場へ4名の当日スタッフ連絡先（共催社の担当者含む）-----------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["会議プラザ大手町 運営担当 <unei@kaigi-plaza.co.jp>"],
    subject="3/8 当日の緊急連絡先",
    charset="utf-8",
    body=f"""運営ご担当者様

お世話になっております。日の出産業の葛城です。
3月8日の当日、会場で何かあった場合の連絡先は以下のとおりです。

 ・葛城（当社IR室）　　　{_mobile()}
 ・東雲（当社IR室）　　　{_mobile()}
 ・小野寺様（カブリンク）{_mobile()}
 ・早乙女様（カブリンク）{_mobile()}

控室は10時から使用させていただきます。
{SIG_KATSURAGI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four staff mobile numbers for the event day: under five people, may be warned",
)

# P: 事業所一覧（会社の拠点）→ IR 支援会社 -------------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["兵頭様 <hyodo@ir-hoshizora.co.jp>"],
    subject="統合報告書 P48「拠点一覧」の原稿",
    charset="shift_jis",
    body=f"""兵頭様

お世話になっております。東雲です。
拠点一覧ページの原稿です。昨年版から仙台営業所の移転と熊本工場の追加があります。

拠点名　　　　　所在地　　　　　　　　　　　　　　　　電話
本社　　　　　　東京都中央区京橋2-7-14　　　　　　　03-5250-7700
大阪支店　　　　大阪府大阪市北区中之島3-2-18　　　　06-6441-3200
名古屋支店　　　愛知県名古屋市中村区名駅4-5-27　　　052-581-4410
仙台営業所　　　宮城県仙台市青葉区一番町2-4-1　　　022-224-8810
福岡営業所　　　福岡県福岡市博多区博多駅前2-9-28　　092-412-6630
相模原工場　　　神奈川県相模原市中央区田名3300　　　042-762-1150
熊本工場　　　　熊本県菊池郡菊陽町原水5400　　　　　096-232-7021
{SIG_SHINONOME}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of the company's own sites with addresses and switchboards: businesses, not people",
)

# P: 法人番号入りの会社情報 → 新規取引先の登録 ------------------------------------------------------
add(
    sender="真柴 亮介 <mashiba@hinode-sangyo.co.jp>",
    to=["株式会社ストリーム会議 営業部 <sales@stream-kaigi.jp>"],
    subject="取引先登録のための当社情報",
    charset="iso-2022-jp",
    body=f"""株式会社ストリーム会議
営業部 ご担当者様

お世話になっております。日の出産業の真柴です。
決算説明会のライブ配信のご契約にあたり、取引先登録に必要な当社情報をお送りします。

　商号　　　　日の出産業株式会社
　法人番号　　8010401098765
　適格請求書発行事業者登録番号　T8010401098765
　本店所在地　東京都中央区京橋二丁目7番14号
　代表者　　　代表取締役社長 桐生 正嗣
　ご請求書送付先　経理部（keiri@hinode-sangyo.co.jp）
{SIG_MASHIBA}""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="the company's own corporate number and T-number for vendor registration: no personal data",
)

# P: 決算数字だらけの報道対応（開示後）---------------------------------------------------------------
add(
    sender="鷲尾 圭吾 <washio@hinode-sangyo.co.jp>",
    to=["経済日報 峯岸様 <minegishi@keizai-nippo.co.jp>"],
    subject="本日開示の決算について（ご取材の件）",
    charset="utf-8",
    body=f"""経済日報 峯岸様

お世話になっております。日の出産業 広報部の鷲尾です。
本日15:00に開示しました2025年3月期決算の主な数値は以下のとおりです。

・売上高　　　　128,462百万円（前期比 6.8%増）
・営業利益　　　　9,214百万円（同 11.2%増）
・当期純利益　　　6,138百万円（同 9.5%増）
・ROE　　　　　　 8.7%（前期 8.1%）
・年間配当　　　　1株当たり64円（前期 58円）
・発行済株式総数　48,120,000株（自己株式 1,204,331株を含む）

社長取材は5月20日（火）16:00〜で調整可能です。
{SIG_WASHIO}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="published earnings figures and share counts to a journalist: numbers, not personal data",
)

# P: 返信（引用部に参加者リスト）---------------------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["小野寺様 <onodera@kabu-link.jp>"],
    subject="Re: 名古屋会場 申込者リスト（11/30時点）",
    charset="iso-2022-jp",
    body=f"""小野寺様

リストありがとうございます。葛城です。
申込が予定の150名を超えそうですので、会場の増席（200席）をご検討いただけますか。
増席の追加費用の見積もりもお願いします。

葛城

> 日の出産業 葛城様
>
> 名古屋会場の申込状況（11/30時点 127名）のうち、本日分をお送りします。
>
> 申込日  氏名          電話           メール
> 11/30  設楽 喜代子   090-5521-8714  kiyoko.s@gmail.com
> 11/30  畠山 大樹     080-3390-1276  hatake.d@yahoo.co.jp
> 11/30  芹沢 光       070-4418-5503  serizawa.h@icloud.com
> 11/30  水主 栄治     052-731-6628   kako.eiji@outlook.jp
> 11/30  五味 千鶴     090-7102-3348  gomi.chizuru@gmail.com
> 11/30  木全 隼人     080-9916-0221  kimata.h@ezweb.ne.jp
>
> カブリンク 小野寺
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the six-person list is only in the quoted text of the vendor's own mail: nothing new is disclosed",
)

# P: Outlook 形式の引用（信託銀行から届いた住所変更の一覧）---------------------------------------------
add(
    sender="宇佐美 典子 <usami-n@hinode-sangyo.co.jp>",
    to=["jinbo@kotobuki-trust.co.jp"],
    subject="RE: 住所変更処理済みのご連絡（11月分）",
    charset="shift_jis",
    body=f"""神保様

ご連絡ありがとうございます。内容確認いたしました。
株主通信（冬号）の発送データには反映済みの住所で出力をお願いいたします。
{SIG_USAMI}

差出人: 神保 <jinbo@kotobuki-trust.co.jp>
送信日時: 2024年12月2日 10:18
宛先: usami-n@hinode-sangyo.co.jp
件名: 住所変更処理済みのご連絡（11月分）

日の出産業株式会社 株式課 宇佐美様

11月中に処理した住所変更は以下のとおりです。

株主番号,氏名,新住所
00312874,勘解由小路 篤,京都府京都市左京区下鴨北園町18-3
00477312,九十九 昭,愛知県岡崎市明大寺町字西郷中41-2
00263008,上遠野 奈津子,宮城県仙台市青葉区中山吉成1-9-25
00385127,蓮沼 利江子,新潟県新潟市中央区米山3-12-5
00812264,NGUYEN VAN THANH,大阪府東大阪市長田東2-3-17

寿信託銀行 証券代行部 神保
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="reply whose only list is the registrar's own mail quoted under 差出人/送信日時",
)

# P: 英文：On … wrote: の引用にロードショー参加者 -------------------------------------------------
add(
    sender="Sayaka Shinonome <shinonome@hinode-sangyo.co.jp>",
    to=["Tom Whitfield <twhitfield@harborview-ir.com>"],
    subject="Re: Singapore NDR schedule - final",
    charset="utf-8",
    body=f"""Dear Tom,

Thank you, the schedule works for us. Our CFO and I will arrive in Singapore on
the evening of 9 March. We will take the 8:30 slot on the 10th as proposed.
{SIG_EN}

On Mon, 24 Feb 2025 at 18:02, Tom Whitfield <twhitfield@harborview-ir.com> wrote:
> Dear Sayaka,
> Please find the final NDR schedule below.
>
> 10 Mar 08:30  Mr. Rajiv Menon (Sunda Capital)     rajiv.menon@sundacap.sg    +65 9127 4408
> 10 Mar 10:00  Ms. Mei Ling Tan (Orchid AM)        meiling.tan@orchid-am.sg   +65 8842 1937
> 10 Mar 11:30  Mr. Arjun Shah (Keppel Road Cap.)   ashah@keppelroadcap.com    +65 9330 2714
> 10 Mar 14:00  Ms. Sarah Lim (Lion Gate Partners)  slim@liongate-partners.sg  +65 8123 6650
> 10 Mar 15:30  Mr. Wei Jie Goh (Marina Bay Fund)   wjgoh@marinabayfund.sg     +65 9014 3382
>
> Best,
> Tom
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English reply; the investor contacts are only in the quoted \"On … wrote:\" text from the recipient",
)

# P: 社内：株主総会の想定問答（社外秘）--------------------------------------------------------------
add(
    sender="宇佐美 典子 <usami-n@hinode-sangyo.co.jp>",
    to=["総務部 <soumu@hinode-sangyo.co.jp>", "shimazu@hinode-sangyo.co.jp", "mashiba@hinode-sangyo.co.jp"],
    subject="定時株主総会 想定問答集（第2版）",
    charset="utf-8",
    body=f"""関係者各位

お疲れさまです。宇佐美です。
想定問答集の第2版を添付します。今回は政策保有株式と女性役員比率の問を追加しました。
リハーサル（6/20）までに各担当部署で回答案のご確認をお願いします。
{SIG_USAMI}""",
    attachments=[{
        "kind": "docx", "name": "想定問答集_第2版.docx", "page_header": "社外秘（総会関係者限り）",
        "paragraphs": ["問12　政策保有株式の縮減はどう進めるのか。", "答　3年で純資産比10%未満を目指し、…",
                       "問27　昨年の総会で質問した株主への対応は。", "答　議長の議事整理権に基づき…"],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="confidential Q&A for the AGM, all recipients internal",
)

# P: フリーメールの個人投資家へ公開資料のリンク -------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["Hiroshi Tamaoki <tamaoki.h.invest@gmail.com>"],
    subject="Re: 説明会資料をいただけますか",
    charset="utf-8",
    body=f"""玉置様

お問い合わせありがとうございます。日の出産業IR室の葛城です。
先日の個人投資家説明会で使用した資料は、以下のページに掲載しております。
https://www.hinode-sangyo.co.jp/ir/event/2024_yokohama.pdf

当日の動画（約60分）も来週中に掲載予定です。
今後とも日の出産業をよろしくお願いいたします。
{SIG_KATSURAGI}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one private investor on gmail gets a link to public material",
)

# P: 同一社の2名（To/Cc）で外部は1組織 -----------------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["戸叶様 <tokano@hanabusa-sec.co.jp>"],
    cc=["鵜飼様 <ukai@hanabusa-sec.co.jp>", "mashiba@hinode-sangyo.co.jp", "haga.eri@hinode-sangyo.co.jp"],
    subject="工場見学会（相模原）の日程について",
    charset="iso-2022-jp",
    body=f"""英証券
戸叶様、鵜飼様

いつもお世話になっております。日の出産業の東雲です。
ご要望いただいた相模原工場の見学会について、候補日をお送りします。

　① 4月9日（水）13:30〜16:00
　② 4月16日（水）13:30〜16:00

当日は相模原駅北口から送迎車を手配いたします。
当社からはCFOの芳賀、IR室の真柴と私が同行いたします。
{SIG_SHINONOME}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="two analysts of the same firm plus internal Cc: a single external organisation",
)

# P: 支払口座（会社の口座）の確認 -----------------------------------------------------------------
add(
    sender="経理部 都築 <tsuzuki@hinode-sangyo.co.jp>",
    to=["星空IRコンサルティング 経理ご担当 <keiri@ir-hoshizora.co.jp>"],
    cc=["mashiba@hinode-sangyo.co.jp"],
    subject="ご請求書（No. HZ-2025-0413）のお支払いについて",
    charset="shift_jis",
    body="""星空IRコンサルティング株式会社
経理ご担当者様

お世話になっております。日の出産業 経理部の都築です。
下記ご請求書について、5月30日にお振込みいたします。

　請求書番号：HZ-2025-0413（統合報告書制作支援 4月分）
　金額：1,430,000円（税込）
　振込先：みどり銀行 本店営業部 普通 3081274 ホシゾラアイアールコンサルティング（カ
　登録番号：T2120001077123

振込手数料は当社負担です。ご確認のほどよろしくお願いいたします。

日の出産業株式会社 経理部 都築 慎吾
TEL 03-5250-7730
""",
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="a vendor's company bank account and T-number on a payment notice: business data, not personal",
)

# P: 優待品の再送（本人宛て・追跡番号）---------------------------------------------------------------
add(
    sender="株式課 <kabushiki@hinode-sangyo.co.jp>",
    to=["kaneda-yoshie@docomo.ne.jp"],
    subject="株主優待品の再送について",
    charset="iso-2022-jp",
    body=f"""金田 様

いつも日の出産業をご支援いただき、ありがとうございます。
株主優待品が届いていないとのご連絡をいただき、大変失礼いたしました。
本日、以下のとおり再送の手配をいたしました。

　お届け予定日：12月14日（土）午前中
　配送業者：青葉運輸
　お問い合わせ番号：4402-8817-3365

ご不明な点がございましたら、株式課までお問い合わせください。
{SIG_HIROSE}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one shareholder on carrier mail gets her own re-shipment tracking number",
)

# P: 株主構成の集計（個人を含まない）-------------------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["碓氷様 <usui@ir-hoshizora.co.jp>"],
    subject="株主構成データ（2024年9月末）",
    charset="utf-8",
    body=f"""碓氷様

東雲です。IR戦略ミーティング用に、9月末の株主構成をお送りします。

所有者別
  金融機関            31.4%   （株主数     42名）
  証券会社             3.2%   （株主数     38名）
  その他の法人        18.9%   （株主数    512名）
  外国法人等          22.7%   （株主数    186名）
  個人その他          23.8%   （株主数 35,214名）

個人株主の年代別（当社アンケート推計）
  〜39歳 11%／40代 17%／50代 24%／60代 26%／70歳以上 22%

前年同期比で個人株主が約4,100名増えています。
{SIG_SHINONOME}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregated shareholder composition: counts and percentages, no individual",
)

# P: ESG 評価機関へ（障害者雇用率・健診受診率など、集計値のみ）----------------------------------------
add(
    sender="真柴 亮介 <mashiba@hinode-sangyo.co.jp>",
    to=["ESG評価機構 調査部 <survey@esg-hyoka.or.jp>"],
    subject="2025年度 ESG調査票のご回答",
    charset="utf-8",
    body=f"""ESG評価機構 調査部 御中

日の出産業株式会社 IR室の真柴でございます。
2025年度ESG調査票（社会分野）のうち、数値項目のご回答をお送りします。

S-04 障害者雇用率（2024年6月1日時点）：2.62%
S-07 定期健康診断受診率：99.4%
S-08 ストレスチェック受検率：92.1%
S-11 女性管理職比率：8.9%（2030年目標 15%）
S-15 育児休業取得率（男性）：64.0%
S-19 労働災害度数率：0.41

記述式の項目は、別途PDFで今週中に提出いたします。
{SIG_MASHIBA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="health and disability words only as company-wide ESG ratios: no person is identified",
)

# P: 逮捕報道への対応（氏名なし）→ 法律事務所 -----------------------------------------------------
add(
    sender="鷲尾 圭吾 <washio@hinode-sangyo.co.jp>",
    to=["桧垣先生 <higaki@shirakawa-law.jp>"],
    cc=["mashiba@hinode-sangyo.co.jp"],
    subject="同業他社の報道に関する投資家からの問い合わせ対応",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
桧垣先生

お世話になっております。日の出産業 広報部の鷲尾です。
本日、同業他社の元役員が逮捕されたとの報道があり、当社にも
「取引関係の有無」を尋ねる投資家・記者からの問い合わせが数件ございました。

当社としては、当該会社との取引は一般的な部材の購入のみであり、
現時点で業績への影響はないと考えております。
回答のスタンス（下記案）について、問題がないかご確認いただけますでしょうか。

案）「報道は承知しておりますが、他社の個別案件についてはコメントを差し控えます。
　　当社の業績への影響はございません。」
{SIG_WASHIO}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions an arrest in the news but names no one; one external recipient",
)

# P: 3名の出席登録を本人の所属先へ確認 -------------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["霧島アセットマネジメント 柘植様 <tsuge@kirishima-am.co.jp>"],
    subject="工場見学会 ご参加者の確認",
    charset="utf-8",
    body=f"""柘植様

いつもお世話になっております。日の出産業の葛城です。
4月16日の工場見学会に、貴社から下記3名様でご登録いただいております。
工場の入構手続きのため、お名前と当日の連絡先に誤りがないかご確認ください。

  柘植 隆之 様　携帯 {_mobile()}
  汐見 亘 様　　携帯 {_mobile()}
  蔦谷 千晶 様　携帯 {_mobile()}

ヘルメットと安全靴は当社でご用意いたします。
{SIG_KATSURAGI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three visitors' mobiles confirmed to their own firm: fewer than five people, may be warned",
)

# P: 解禁時刻付きのプレスリリース → 記者 ------------------------------------------------------------
add(
    sender="鷲尾 圭吾 <washio@hinode-sangyo.co.jp>",
    to=["峯岸様 <minegishi@keizai-nippo.co.jp>"],
    subject="【解禁：2/5 15:00】新中期経営計画の公表について",
    charset="iso-2022-jp",
    body=f"""経済日報 峯岸様

お世話になっております。日の出産業 広報部の鷲尾です。
2月5日15:00（TDnet開示と同時刻）解禁で、新中期経営計画のリリースをお送りします。
解禁時刻までは報道をお控えいただきますよう、お願い申し上げます。

■ポイント
・2028年3月期 売上高1,500億円、営業利益率8.5%
・3年間で成長投資450億円、株主還元は総還元性向50%以上
・政策保有株式を3年で純資産比10%未満に縮減

記者会見は同日16:30から当社本社にて行います。
{SIG_WASHIO}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="embargoed press release to a journalist: an embargo time is not a confidentiality classification",
)

# P: 公表済みの決算説明会資料 PPTX → アナリスト ----------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["丹羽様 <niwa.k@tokiwa-sec.co.jp>"],
    subject="決算説明会資料（編集可能版）の送付",
    charset="utf-8",
    body=f"""丹羽様

お世話になっております。東雲です。
ご依頼の決算説明会資料のPowerPoint版をお送りします（本日15:00に開示済みの内容です）。
グラフの元データは巻末に付けております。
{SIG_SHINONOME}""",
    attachments=[{
        "kind": "pptx", "name": "FY2024_results_presentation.pptx",
        "page_footer": "日の出産業株式会社 2025年5月15日",
        "slides": [
            ["2025年3月期 決算説明会", "日の出産業株式会社", "証券コード 7482"],
            ["連結業績ハイライト", "売上高 1,284億円（+6.8%）", "営業利益 92億円（+11.2%）"],
            ["株主還元", "年間配当 64円（+6円）", "配当性向 34.1%"],
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="already published presentation to an analyst, no marking",
)

# P: 英文：公表済み決算短信 PDF → 海外投資家 ------------------------------------------------------
add(
    sender="Sayaka Shinonome <shinonome@hinode-sangyo.co.jp>",
    to=["Priya Natarajan <pnatarajan@meridian-funds.com>"],
    subject="Hinode Sangyo - FY2024 Q3 results (English)",
    charset="utf-8",
    body=f"""Dear Ms. Natarajan,

Thank you for your interest in Hinode Sangyo.
Please find attached the English version of our Q3 earnings release, published today
at 3:00 p.m. JST. The presentation and the transcript of the earnings call will be
available on our website by the end of this week.
{SIG_EN}
{DISC_EN}""",
    attachments=[{
        "kind": "pdf", "name": "HinodeSangyo_FY2024Q3_Earnings_Release.pdf",
        "lines": ["Consolidated Financial Results for the Nine Months Ended December 31, 2024",
                  "Net sales: JPY 96,412 million (+6.9% YoY)",
                  "Operating profit: JPY 6,884 million (+12.8% YoY)",
                  "Forecast for FY2024 unchanged."],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="public earnings release in English with the standard disclaimer mentioning confidential information",
)

# P: 「機密」という語を含む回答 ----------------------------------------------------------------------
add(
    sender="真柴 亮介 <mashiba@hinode-sangyo.co.jp>",
    to=["柘植様 <tsuge@kirishima-am.co.jp>"],
    subject="Re: 大口案件の受注見通しについて",
    charset="shift_jis",
    body=f"""柘植様

ご質問ありがとうございます。真柴です。
お尋ねの大口案件につきましては、顧客との機密保持契約により、顧客名や受注金額を
開示できない取り決めとなっております。申し訳ございません。
開示可能になった段階で、適時開示または決算説明会でご報告いたします。

セグメント全体の受注残高は、第3四半期末で412億円（前年同期比 +18%）です。
{SIG_MASHIBA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="talks about a 機密保持契約 and what cannot be disclosed; carries no marking or personal data",
)

# P: 社内：アナリストのメールを転送 ---------------------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["haga.eri@hinode-sangyo.co.jp"],
    cc=["mashiba@hinode-sangyo.co.jp"],
    subject="FW: 1on1ミーティング希望者（海外）",
    charset="utf-8",
    body=f"""芳賀さん

1on1の希望が5件届いています。日程の優先順位をご相談させてください。
{SIG_SHINONOME}

---------- Forwarded message ---------
From: Kenji Yoshikawa <kyoshikawa@harborview-ir.com>
Subject: 1on1 requests

Dear Sayaka,
The following investors have requested 1on1s:
1. Oliver Brandt, Lindqvist AM - o.brandt@lindqvist-am.se / +46 70 418 2297
2. Hannah Cole, Greystone - hcole@greystone-partners.com / +44 7700 914 362
3. Rajiv Menon, Sunda Capital - rajiv.menon@sundacap.sg / +65 9127 4408
4. Claire Dubois, Lacroix Gestion - c.dubois@lacroix-gestion.fr / +33 6 12 48 90 71
5. Ethan Park, Meridian Funds - epark@meridian-funds.com / +1 415 555 0187
Kenji
""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="forward of a five-investor contact list, but only to internal recipients",
)

# P: ホテル：社員3名のルーミングリスト --------------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["さくらホテル 宿泊予約 <stay@sakura-hotel.jp>"],
    subject="宿泊予約（12/6〜12/7）3名",
    charset="iso-2022-jp",
    body=f"""さくらホテル 宿泊予約 ご担当者様

お世話になっております。日の出産業の葛城です。
12月7日の説明会前日から、下記3名の宿泊をお願いいたします。
（法人契約料金、請求書払い）

1) 葛城 航　　シングル禁煙　携帯 {_fw(_mobile())}
2) 東雲 さやか　シングル禁煙　携帯 {_fw(_mobile())}
3) 真柴 亮介　シングル禁煙　携帯 {_fw(_mobile())}

チェックインは21時頃の予定です。
{SIG_KATSURAGI}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="rooming list of three employees with mobiles (full-width): fewer than five, may be warned",
)

# P: 車椅子席（個人を特定しない）-------------------------------------------------------------------
add(
    sender="宇佐美 典子 <usami-n@hinode-sangyo.co.jp>",
    to=["会議プラザ大手町 運営担当 <unei@kaigi-plaza.co.jp>"],
    subject="株主総会 会場設営のお願い（バリアフリー対応）",
    charset="utf-8",
    body=f"""運営ご担当者様

日の出産業の宇佐美です。
6月26日の定時株主総会について、会場設営で以下のご対応をお願いいたします。

・車椅子用スペース：最前列の通路側に2席分
・筆談ボード：受付に2つ
・体調を崩された方のための休憩室：1室（ソファ・AED近く）
・授乳室の案内表示

昨年はご高齢の株主様が多く、休憩室の利用が数件ありました。
{SIG_USAMI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="accessibility arrangements with no identifiable person: health words without a data subject",
)

# P: 1on1 の面談表（会社名と時刻のみ）----------------------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["Kenji Yoshikawa <kyoshikawa@harborview-ir.com>"],
    subject="Tokyo 1on1 day (6/4) - our availability",
    charset="utf-8",
    body=f"""Kenji-san

Thank you for the proposal. Our availability for 4 June is as follows:

  Time          Investor                      Format
  -----------   ---------------------------   ----------
  09:00-10:00   Lindqvist Asset Management    in person
  10:30-11:30   Greystone Partners            video
  13:00-14:00   Sunda Capital                 in person
  14:30-15:30   Lacroix Gestion               video
  16:00-17:00   Meridian Funds                in person

Meeting room: 9F, Hinode Kyobashi Building.
{SIG_EN}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="meeting grid of investor firms and time slots: organisations, not people",
)

# P: 証券会社の本支店代表電話一覧（会社の連絡先）→ IR 支援会社 -------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["小野寺様 <onodera@kabu-link.jp>"],
    subject="来期の説明会 候補地の証券会社支店（共催打診先）",
    charset="iso-2022-jp",
    body=f"""小野寺様

お世話になっております。葛城です。
来期の個人投資家説明会で共催を打診したい支店の一覧です。
いずれも代表番号ですので、ご担当部署へのおつなぎをお願いできればと思います。

・常盤証券 仙台支店　　　宮城県仙台市青葉区中央2-1-7　　　代表 022-261-3300
・常盤証券 広島支店　　　広島県広島市中区紙屋町1-3-2　　　代表 082-247-5100
・英証券 札幌支店　　　　北海道札幌市中央区北3条西4-1　　代表 011-231-8800
・英証券 金沢支店　　　　石川県金沢市香林坊2-4-30　　　　代表 076-263-2211
・あおい証券 高松支店　　香川県高松市番町1-6-1　　　　　代表 087-822-4500
・あおい証券 熊本支店　　熊本県熊本市中央区花畑町9-24　代表 096-354-7300

{SIG_KATSURAGI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="six securities branches with office addresses and switchboards: a list of businesses",
)

# P: 株主判明調査の結果（機関投資家＝法人）--------------------------------------------------------
add(
    sender="真柴 亮介 <mashiba@hinode-sangyo.co.jp>",
    to=["兵頭様 <hyodo@ir-hoshizora.co.jp>"],
    subject="Re: 実質株主判明調査レポート（2024年9月末基準）",
    charset="utf-8",
    body=f"""兵頭様

レポートありがとうございました。真柴です。
上位のうち、下記の運用会社は当社との面談実績がありません。
来期のターゲティング候補として、アプローチ方法をご提案いただけますか。

  運用会社                           推定保有株数   保有比率   前回比
  Lindqvist Asset Management          1,412,000     2.93%     +380,000
  Greystone Partners LLP                968,500     2.01%     新規
  Wisla Investments TFI                 611,200     1.27%     +95,000
  Orchid Asset Management Pte.          540,800     1.12%     新規
  あさひ川投信（日本株アクティブ）      402,300     0.84%     △51,000

{SIG_MASHIBA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="beneficial-ownership results by asset manager: institutions and share counts, no people",
)

# P: 個人投資家説明会の案内：証券会社＋IR 支援会社（2 社）---------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["常盤証券 投資セミナー事務局 <seminar@tokiwa-sec.co.jp>"],
    cc=["小野寺様 <onodera@kabu-link.jp>", "katsuragi.wataru@hinode-sangyo.co.jp"],
    subject="共催セミナー（2/22）告知文の最終版",
    charset="iso-2022-jp",
    body=f"""常盤証券 投資セミナー事務局 御中
（cc：カブリンク 小野寺様）

お世話になっております。日の出産業の東雲です。
2月22日の共催オンラインセミナーの告知文、最終版をお送りします。

――――――――――
【オンライン】日の出産業 個人投資家向け会社説明会
日時：2025年2月22日（土）10:30〜11:30
登壇：代表取締役社長 桐生 正嗣
内容：会社概要、中期経営計画「HINODE 2027」、株主還元について
参加費：無料（要事前申込）
――――――――――

貴社会員様向けの告知メールは2月3日配信と伺っております。
{SIG_SHINONOME}""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="seminar announcement to the co-host with the IR vendor in Cc: two external organisations",
)

# P: 株主本人（icloud）へ保有状況の回答 ------------------------------------------------------------
add(
    sender="株式課 <kabushiki@hinode-sangyo.co.jp>",
    to=["m.hatano1952@icloud.com"],
    subject="Re: 株主優待の対象になっているか",
    charset="utf-8",
    body=f"""波多野 様

お問い合わせありがとうございます。日の出産業 株式課でございます。
株主名簿管理人に確認しましたところ、2024年9月30日現在の株主名簿に、
ご所有株式数 300株（株主番号 00688104）として記載されておりました。
したがいまして、12月上旬発送の株主優待（3,000円相当）の対象となります。

今後ともよろしくお願い申し上げます。
{SIG_HIROSE}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="a shareholder is told her own holding: one free-mail recipient, her own data",
)

# P: 英文：為替感応度の質問への回答 ------------------------------------------------------------
add(
    sender="Sayaka Shinonome <shinonome@hinode-sangyo.co.jp>",
    to=["Oliver Brandt <o.brandt@lindqvist-am.se>"],
    subject="RE: FX sensitivity question",
    charset="utf-8",
    body=f"""Dear Oliver,

Thank you for your question.

Our FY2025 guidance assumes USD/JPY 145 and EUR/JPY 155. A 1-yen depreciation of
the yen against the US dollar raises annual operating profit by about JPY 120
million; the euro sensitivity is about JPY 35 million. About 28% of net sales are
denominated in foreign currencies, mainly from the Industrial Equipment segment.

Please refer to page 17 of the results presentation for the breakdown.
{SIG_EN}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary English IR answer with public figures to one investor",
)

# P: IR カレンダー XLSX -----------------------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["碓氷様 <usui@ir-hoshizora.co.jp>"],
    subject="2025年度 IRカレンダー（確定版）",
    charset="shift_jis",
    body=f"""碓氷様

お世話になっております。葛城です。
2025年度のIRカレンダーが確定しましたので送付いたします。
沈黙期間も入れておりますので、取材調整の際にご参照ください。
{SIG_KATSURAGI}
""",
    attachments=[{
        "kind": "xlsx", "name": "IRカレンダー_FY2025.xlsx",
        "sheets": {
            "カレンダー": [
                ["日の出産業 2025年度 IRカレンダー"],
                ["イベント", "日付", "時刻", "備考"],
                ["第1四半期決算発表", "2025-08-07", "15:00", "沈黙期間 7/24〜8/7"],
                ["第1四半期 電話会議", "2025-08-07", "17:00", "日英同時通訳"],
                ["第2四半期決算発表", "2025-11-12", "15:00", "沈黙期間 10/29〜11/12"],
                ["第2四半期 決算説明会", "2025-11-13", "10:00", "会場＋Web"],
                ["個人投資家説明会（大阪）", "2025-12-06", "14:00", "カブリンク様手配"],
                ["第3四半期決算発表", "2026-02-05", "15:00", "沈黙期間 1/22〜2/5"],
            ],
            "海外": [["イベント", "時期"], ["欧州ロードショー", "2025年9月"], ["Singapore NDR", "2026年3月"]],
        },
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="IR event calendar: dates and times only",
)

# P: 株主総会の会場レイアウト（社員の名前のみ）--------------------------------------------------------
add(
    sender="宇佐美 典子 <usami-n@hinode-sangyo.co.jp>",
    to=["運営担当 <unei@kaigi-plaza.co.jp>"],
    subject="株主総会 当日の配置図と担当表",
    charset="iso-2022-jp",
    body=f"""運営ご担当者様

日の出産業の宇佐美です。当日の配置図と当社スタッフの担当表をお送りします。
当日の総括責任者は私（宇佐美）です。何かあれば携帯（080-4127-3390）までご連絡ください。
{SIG_USAMI}""",
    attachments=[{
        "kind": "docx", "name": "総会当日_配置図_担当表.docx",
        "paragraphs": ["第78期 定時株主総会　当日スタッフ配置", "会場：会議プラザ大手町 3階 ホールA（着席 350席）"],
        "tables": [[
            ["持ち場", "担当", "時間"],
            ["受付（議決権行使書照合）", "廣瀬、穂高、田鎖", "8:30〜10:30"],
            ["お土産渡し", "中曽根、東條", "9:00〜終了"],
            ["場内誘導", "安全警備保障 様（4名）", "8:30〜終了"],
            ["事務局席", "宇佐美、嶋津", "9:30〜終了"],
        ]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="staff surnames without other data and the sender's own mobile: no list of people's records",
)

# P: 社内 HTML ニュースレター（インサイダー取引の注意）---------------------------------------------------
add(
    sender="IR室 <ir@hinode-sangyo.co.jp>",
    to=["全社員 <all-staff@hinode-sangyo.co.jp>"],
    subject="【IRニュース No.42】決算発表前後の株式売買にご注意ください",
    charset="utf-8",
    body="""社員の皆様

IR室からのお知らせです。
第3四半期決算の発表（2月5日15:00）まで、当社株式の売買は控えてください。
未公表の重要事実を知った状態での売買は、金融商品取引法のインサイダー取引規制の対象です。
持株会の定例拠出は対象外です。ご不明な点は法務部までお問い合わせください。
""",
    html="""<html><body>
<h3>IRニュース No.42</h3>
<p>社員の皆様</p>
<p>第3四半期決算の発表（<b>2月5日15:00</b>）まで、当社株式の売買は控えてください。</p>
<ul>
<li>未公表の重要事実を知った状態での売買は、インサイダー取引規制の対象です。</li>
<li>家族名義での売買も同様です。</li>
<li>持株会の定例拠出は対象外です。</li>
</ul>
<p>ご不明な点は法務部（内線 2410）までお問い合わせください。</p>
</body></html>""",
    expect="pass",
    entities=[],
    detectors=[],
    note="internal newsletter about insider trading rules",
)

# P: 似ているが別会社（日の出商事）との共同 IR セミナー ----------------------------------------------------
add(
    sender="真柴 亮介 <mashiba@hinode-sangyo.co.jp>",
    to=["日の出商事 IR部 漆間様 <uruma@hinode-shoji.co.jp>"],
    subject="合同IRセミナー（名古屋）の件",
    charset="iso-2022-jp",
    body=f"""日の出商事株式会社
IR部 漆間様

お世話になっております。日の出産業の真柴です。
先日はお時間をいただきありがとうございました。
社名が似ていて投資家の方によく間違えられる者同士、ということで始まったお話ですが、
名古屋での合同IRセミナー、ぜひ前向きに進めさせてください。

会場候補と費用分担の案を来週中にお送りします。
{SIG_MASHIBA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="hinode-shoji.co.jp is a genuinely different company, not a typo of hinode-sangyo.co.jp",
)

# P: 取引先（川崎電機）のサブドメインの IR 担当へ -----------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["川崎電機 IR室 鳥飼様 <torikai@ir.kawasaki-denki.co.jp>"],
    subject="政策保有株式の縮減方針についてのご説明",
    charset="utf-8",
    body=f"""川崎電機株式会社 IR室
鳥飼様

いつもお世話になっております。日の出産業IR室の東雲です。
先日公表した中期経営計画において、政策保有株式を3年で純資産比10%未満に
縮減する方針を掲げました。貴社株式の取扱いについて、事前にご説明の場を
いただけないでしょうか。取引関係には影響がない旨もあわせてご説明いたします。
{SIG_SHINONOME}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a subdomain of the partner kawasaki-denki.co.jp: a real partner address, not a look-alike",
)

# P: 相続手続き（故人株主1名）→ 株主名簿管理人 --------------------------------------------------------
add(
    sender="廣瀬 崇 <hirose.t@hinode-sangyo.co.jp>",
    to=["神保様 <jinbo@kotobuki-trust.co.jp>"],
    subject="相続手続き書類のご送付依頼（株主番号00021976）",
    charset="shift_jis",
    body=f"""神保様

いつもお世話になっております。株式課の廣瀬です。
特別口座の株主様がお亡くなりになり、ご家族から相続手続きのご相談がありました。
相続手続き依頼書一式を、下記のご家族宛てにお送りいただけますでしょうか。

　被相続人：小鳥遊 里奈 様（株主番号 00021976）
　送付先：　小鳥遊 亮 様（ご長男）
　　　　　　〒062-0051 北海道札幌市豊平区月寒東2条8-3-12
　　　　　　TEL {_mobile()}

よろしくお願いいたします。
{SIG_HIROSE}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one family's contact for an inheritance procedure: a single record, no sensitive category; may be warned",
)

# P: アナリストのレポート事実確認 --------------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["戸叶様 <tokano@hanabusa-sec.co.jp>"],
    subject="Re: レポート原稿の事実確認のお願い",
    charset="iso-2022-jp",
    body=f"""戸叶様

お世話になっております。葛城です。
レポート原稿を拝見しました。公表情報との相違点のみ、ご指摘いたします。
（業績予想や評価に関する部分へのコメントは控えさせていただきます）

・P2 「設立1952年」→ 正しくは1948年です（有価証券報告書 沿革ご参照）
・P3 「従業員数 約2,800名」→ 2024年3月末 連結 3,142名です
・P5 セグメント名「環境事業」→ 2024年4月より「環境ソリューション事業」に変更しています

以上です。よろしくお願いいたします。
{SIG_KATSURAGI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="fact-check of an analyst report against public data",
)

# P: 公表済み適時開示の転送 → IR 支援会社 --------------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["碓氷様 <usui@ir-hoshizora.co.jp>", "兵頭様 <hyodo@ir-hoshizora.co.jp>"],
    subject="FW: 【TDnet】自己株式の取得状況に関するお知らせ",
    charset="utf-8",
    body=f"""碓氷様、兵頭様

本日開示した件、ご参考までに転送します。投資家からの反応があれば教えてください。
{SIG_SHINONOME}

-------- 転送メッセージ --------
件名: 【TDnet】自己株式の取得状況に関するお知らせ
差出人: 開示担当 <disclosure@hinode-sangyo.co.jp>

各位
日の出産業株式会社（コード番号 7482、ISIN JP3834100006）

当社は、会社法第165条第3項の規定により読み替えて適用される同法第156条の規定に基づく
自己株式の取得状況について、下記のとおりお知らせいたします。
(1) 取得した株式の種類　当社普通株式
(2) 取得した株式の総数　184,300株
(3) 株式の取得価額の総額　548,912,400円
(4) 取得期間　2025年2月1日〜2025年2月28日
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="forward of an already published disclosure: share counts, amounts and an ISIN, no personal data",
)

# P: 4名の再送先（氏名＋住所）→ 錦印刷 --------------------------------------------------------
add(
    sender="廣瀬 崇 <hirose.t@hinode-sangyo.co.jp>",
    to=["錦印刷 発送センター <hasso@nishiki-insatsu.co.jp>"],
    subject="株主通信 冬号 個別再送4件のお願い",
    charset="iso-2022-jp",
    body=f"""錦印刷株式会社 発送センター御中

いつもお世話になっております。日の出産業 株式課の廣瀬です。
株主通信 冬号が届いていないとのご連絡を4件いただきました。
お手数ですが、下記宛に1部ずつ再送をお願いいたします。

①〒167-0051　東京都杉並区荻窪4-21-6　　　　　能見 貴之 様
②〒274-0063　千葉県船橋市習志野台7-3-11　　　舟生 栞 様
③〒560-0002　大阪府豊中市緑丘1-22-6　　　　　乙部 譲二 様
④〒812-0053　福岡県福岡市東区箱崎5-7-30　　　伊是名 実 様
{SIG_HIROSE}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="four shareholders' names and addresses for re-mailing: under five people, may be warned",
)

# P: 統合報告書の役員紹介（氏名・役職のみ）→ 翻訳会社 --------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["ir-team@honyaku-one.co.jp"],
    subject="統合報告書2025 役員一覧ページの英訳",
    charset="utf-8",
    body=f"""ワン翻訳 IR翻訳チーム ご担当者様

お世話になっております。日の出産業の東雲です。
統合報告書の役員一覧ページの英訳をお願いします。氏名のローマ字表記は原稿のとおりです。
{SIG_SHINONOME}""",
    attachments=[{
        "kind": "docx", "name": "統合報告書2025_役員一覧.docx",
        "paragraphs": ["取締役・監査役（2025年6月26日現在）"],
        "tables": [[
            ["役職", "氏名", "ローマ字"],
            ["代表取締役社長", "桐生 正嗣", "Masatsugu Kiryu"],
            ["取締役CFO", "芳賀 恵理", "Eri Haga"],
            ["取締役 産業機器事業本部長", "八木沢 豊", "Yutaka Yagisawa"],
            ["社外取締役", "ロバート・ハインズ", "Robert Hines"],
            ["社外取締役", "瀬尾 典代", "Noriyo Seo"],
            ["常勤監査役", "仙波 克己", "Katsumi Senba"],
        ]],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="directors' names and titles only, as published: names with no other personal data",
)

# P: ウェビナーの ID とパスコード（数字が並ぶ）--------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["株式会社ストリーム会議 技術担当 <tech@stream-kaigi.jp>"],
    subject="5/15 決算説明会 配信設定の確認",
    charset="utf-8",
    body=f"""技術ご担当者様

日の出産業の葛城です。配信設定を確認しました。下記で問題ありません。

  ウェビナーID：843 6612 0957
  パスコード：  HND0515
  登壇者用URL： https://stream-kaigi.jp/s/8436612095
  配信開始：    15:50（テスト 15:30）
  同時接続上限：500

アーカイブは5月16日 12:00公開でお願いします。
{SIG_KATSURAGI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="webinar ID and passcode (digit groups that are not personal data) to the streaming vendor",
)

# P: アナリスト1名の連絡先を配信リスト追加依頼 ---------------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["小野寺様 <onodera@kabu-link.jp>"],
    subject="IRメール配信リストへの追加（1名）",
    charset="iso-2022-jp",
    body=f"""小野寺様

東雲です。IRメール配信リストに1名追加をお願いします。

　会社名：青嵐リサーチ株式会社
　氏名：　有働 真琴 様
　E-mail：udo@seiran-research.jp
　電話：　03-6228-1904（直通）

先日の説明会でご本人から配信のご希望をいただいています。
{SIG_SHINONOME}""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="one analyst's business contact to add to a mailing list: a single business contact",
)

# P: 社内：聴覚障害のある株主への配慮（社内のみ）-----------------------------------------------------
add(
    sender="宇佐美 典子 <usami-n@hinode-sangyo.co.jp>",
    to=["葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>"],
    cc=["hirose.t@hinode-sangyo.co.jp"],
    subject="12/7 説明会の禰津様の件",
    charset="iso-2022-jp",
    body="""葛城さん

お疲れさまです。宇佐美です。
株主の禰津 康弘様（株主番号00418802）から、聴覚障害があるため要約筆記を
お願いしたいとお電話がありました。手帳は2級とのことです。
会場への依頼は、お名前や障害の内容は伏せて「要約筆記の手配」と
「前方席の確保」だけ伝えてください。

宇佐美
""",
    expect="pass",
    entities=["SENSITIVE_CATEGORY", "PERSON_NAME"],
    detectors=[],
    note="a shareholder's disability discussed between internal colleagues only",
)

# P: 2 外部組織（信託銀行＋法律事務所）で株主提案の手続き ------------------------------------------------
add(
    sender="嶋津 <shimazu@hinode-sangyo.co.jp>",
    to=["神保様 <jinbo@kotobuki-trust.co.jp>", "桧垣先生 <higaki@shirakawa-law.jp>"],
    cc=["usami-n@hinode-sangyo.co.jp"],
    subject="株主提案の受領と今後の進め方",
    charset="utf-8",
    body="""寿信託銀行 神保様
白川法律事務所 桧垣先生

日の出産業 法務部の嶋津です。
本日、株主様から定時株主総会に向けた株主提案（剰余金処分の件）を書面で受領しました。
提案株主の持株要件（300個以上・6か月保有）の確認を寿信託銀行様に、
議案の記載方法と取締役会意見の書きぶりを桧垣先生にご相談したく存じます。

提案書の写しは、セキュアファイル便で別途お送りします。
来週前半に三者でWeb会議をお願いできますでしょうか。

日の出産業株式会社 法務部 嶋津 恭平
TEL 03-5250-7740
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations (registrar and partner law firm) in a normal coordination mail",
)

# P: フリーメール株主への返信（引用部に持病の話）------------------------------------------------------
add(
    sender="株式課 <kabushiki@hinode-sangyo.co.jp>",
    to=["sekiguchi.tomoe@gmail.com"],
    subject="Re: 株主総会の座席について",
    charset="utf-8",
    body=f"""関口 様

ご連絡ありがとうございます。日の出産業 株式課でございます。
当日は受付でお名前をお申し出いただければ、出入口に近いお席へご案内いたします。
途中で退席されても差し支えございません。どうぞご無理のないようお越しください。
{SIG_USAMI}

2025年6月12日(木) 9:05 関口 朋恵 <sekiguchi.tomoe@gmail.com>:
> 株主の関口です。持病の心臓病があり、長時間座っていられないことがあります。
> 途中で席を立てるよう、出口近くの席を用意していただけますか。
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="the shareholder's health detail is only in her own quoted mail; the new text reveals nothing",
)

# P: アンケート集計 CSV（CP932、集計値のみ）→ カブリンク ----------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["onodera@kabu-link.jp"],
    subject="横浜会場アンケート 設問別集計",
    charset="shift_jis",
    body=f"""小野寺様

葛城です。横浜会場のアンケートを設問別に集計しました（回答数 142）。
報告書のグラフ作成にお使いください。
{SIG_KATSURAGI}
""",
    attachments=[{
        "kind": "csv", "name": "enquete_yokohama_summary.csv", "encoding": "cp932",
        "rows": [
            ["設問", "選択肢", "回答数", "構成比"],
            ["Q1 説明会の満足度", "満足", 71, "50.0%"],
            ["Q1 説明会の満足度", "やや満足", 52, "36.6%"],
            ["Q1 説明会の満足度", "普通以下", 19, "13.4%"],
            ["Q2 当社株の保有", "保有している", 38, "26.8%"],
            ["Q2 当社株の保有", "購入を検討", 67, "47.2%"],
            ["Q3 年代", "60代以上", 81, "57.0%"],
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregated survey results: counts and percentages only",
)

# P: 株価・出来高の XLS → IR 支援会社 ----------------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["兵頭様 <hyodo@ir-hoshizora.co.jp>"],
    subject="株価推移データ（旧形式xls）",
    charset="utf-8",
    body=f"""兵頭様

東雲です。株価推移のデータですが、社内システムの都合でxls形式になります。
TOPIXとの相対比較のグラフをお願いできますか。
{SIG_SHINONOME}""",
    attachments=[{
        "kind": "xls", "name": "kabuka_202501.xls",
        "sheets": {"株価": [["日付", "始値", "高値", "安値", "終値", "出来高"],
                           ["2025/01/06", 2981, 3015, 2960, 3002, 184300],
                           ["2025/01/07", 3005, 3040, 2998, 3031, 211800],
                           ["2025/01/08", 3030, 3032, 2975, 2988, 167200],
                           ["2025/01/09", 2990, 3001, 2941, 2950, 198400]]},
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="share price and volume table: numbers only",
)

# P: 英文：議決権行使助言会社へ議案説明 ---------------------------------------------------------
add(
    sender="Ryosuke Mashiba <mashiba@hinode-sangyo.co.jp>",
    to=["Research Team <research@glasslane-advisory.com>"],
    subject="Hinode Sangyo (7482) - 2025 AGM agenda: engagement request",
    charset="utf-8",
    body="""Dear Research Team,

I am Ryosuke Mashiba, head of Investor Relations at Hinode Sangyo Co., Ltd.
Ahead of our Annual General Meeting on 26 June 2025, we would welcome the
opportunity to explain Proposal 2 (Election of Five Directors), in particular the
independence of our outside director Ms. Noriyo Seo, and the progress we have made
on reducing cross-shareholdings.

Would a 30-minute call in the week of 2 June suit you?

Kind regards,
Ryosuke Mashiba
Head of IR, Hinode Sangyo Co., Ltd.
+81-3-5250-7781
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="engagement request to a proxy adviser; one director named with no personal data",
)

# P: 招集通知の発送部数 → 錦印刷 --------------------------------------------------------------
add(
    sender="宇佐美 典子 <usami-n@hinode-sangyo.co.jp>",
    to=["蓮見様 <hasumi@nishiki-insatsu.co.jp>"],
    subject="招集通知 印刷・発送部数の確定",
    charset="iso-2022-jp",
    body=f"""蓮見様

お世話になっております。宇佐美です。
招集通知の部数が確定しましたのでご連絡します。

　議決権を有する株主数：35,998名（2025年3月31日現在）
　印刷部数：37,500部（予備含む）
　発送部数：35,998通（うち海外 84通）
　発送日：6月4日（水）
　電子提供措置開始日：6月2日（月）

発送データは寿信託銀行から直接お送りいただく予定です。
{SIG_USAMI}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="print-run and mailing counts for the notice of meeting: no individual data",
)

# P: 個人情報の取扱いに関する文言（説明会案内）→ 共催社 -------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["seminar@tokiwa-sec.co.jp"],
    subject="申込フォームの個人情報の取扱い文言について",
    charset="utf-8",
    body=f"""常盤証券 投資セミナー事務局 御中

日の出産業の葛城です。申込フォームに記載する個人情報の取扱いについて、
当社法務部と調整した文言を下記にお送りします。

「ご提供いただいた氏名、電話番号、メールアドレス等の個人情報は、本セミナーの
運営および当社からのIR情報のご案内にのみ利用いたします。要配慮個人情報は取得いたしません。
法令に基づく場合を除き、ご本人の同意なく第三者に提供することはございません。」

共催者間での申込者情報の共有は行わない前提で問題ないかご確認ください。
{SIG_KATSURAGI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="privacy-notice wording that names kinds of personal data but carries none",
)

# P: ロゴデータ（PNG）→ IR 支援会社 ----------------------------------------------------------------
add(
    sender="東雲 さやか <shinonome@hinode-sangyo.co.jp>",
    to=["兵頭様 <hyodo@ir-hoshizora.co.jp>"],
    subject="ロゴデータ送付",
    charset="iso-2022-jp",
    body="""兵頭様

ロゴのPNGデータをお送りします。色指定はDIC 156です。
よろしくお願いします。

東雲
""",
    attachments=[{"kind": "png", "name": "hinode_logo_rgb.png"}],
    expect="pass",
    entities=[],
    detectors=[],
    note="short mail with a logo image",
)

# P: 夫婦の株主2名（フリーメール2件）-------------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["nagasawa.koichi@gmail.com", "nagasawa.yumi@yahoo.co.jp"],
    subject="工場見学会（株主様向け）ご参加の確定について",
    charset="utf-8",
    body=f"""長澤 浩一 様
長澤 由美 様

このたびは株主様向け工場見学会にお申込みいただき、ありがとうございます。
ご夫婦お二人でのご参加を承りました。

　日時：2025年4月26日（土）13:00〜15:30
　集合：JR相模原駅 北口ロータリー（送迎バスあり）

当日お会いできますことを楽しみにしております。
{SIG_KATSURAGI}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="one couple on two free-mail addresses: two private parties, below the Bcc threshold",
)

# P: 株主（outlook.jp）へ返信、Original Message に本人の住所・電話 --------------------------------------------
add(
    sender="廣瀬 崇 <hirose.t@hinode-sangyo.co.jp>",
    to=["Atsushi Kogure <a.kogure@outlook.jp>"],
    subject="RE: 配当金計算書が届きません",
    charset="shift_jis",
    body=f"""木暮 様

お問い合わせいただき、ありがとうございます。株式課の廣瀬です。
配当金計算書の再発行につきましては、株主名簿管理人の寿信託銀行より、
ご登録のご住所宛てに1週間ほどでお送りいたします。
大変お手数をおかけいたしますが、今しばらくお待ちください。
{SIG_HIROSE}

-----Original Message-----
From: Atsushi Kogure <a.kogure@outlook.jp>
Sent: Monday, December 9, 2024 7:51 PM
To: kabushiki@hinode-sangyo.co.jp
Subject: 配当金計算書が届きません

株主の木暮です。期末の配当金計算書がまだ届いていません。
住所：埼玉県川口市芝新町11-4
電話：048-266-5817
株主番号：00517320
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one shareholder; his address and phone are only in his own quoted mail",
)

# P: 書き起こし（質問者は匿名化）→ IR 支援会社 ----------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["碓氷様 <usui@ir-hoshizora.co.jp>"],
    subject="決算説明会 書き起こし（公開用・匿名化済み）",
    charset="utf-8",
    body=f"""碓氷様

葛城です。IRサイト掲載用の書き起こしを添付します。質問者は匿名化済みです。
表記揺れの統一と、話し言葉の整文をお願いします。
{SIG_KATSURAGI}
""",
    attachments=[{
        "kind": "docx", "name": "FY2024決算説明会_書き起こし_公開用.docx",
        "paragraphs": [
            "2025年3月期 決算説明会 質疑応答（要旨）",
            "質問者A（証券会社アナリスト）：受注残の増加は一過性のものでしょうか。",
            "桐生（社長）：半導体製造装置向けは来期も高水準が続くと見ています。",
            "質問者B（機関投資家）：株主還元の考え方に変更はありますか。",
            "芳賀（CFO）：配当性向30%以上を基本とし、機動的な自己株式取得も検討します。",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="anonymised Q&A transcript for publication",
)

# P: 議決権行使の集計（信託銀行からの転送）→ 法律事務所 ---------------------------------------------------
add(
    sender="嶋津 <shimazu@hinode-sangyo.co.jp>",
    to=["桧垣先生 <higaki@shirakawa-law.jp>"],
    subject="FW: 議決権行使 集計速報（6/20 到着分まで）",
    charset="iso-2022-jp",
    body="""桧垣先生

法務部の嶋津です。信託銀行からの集計速報を転送します。
第3号議案の賛成率が昨年より低く、助言会社の反対推奨の影響と思われます。
総会当日の説明の仕方についてご相談させてください。

---------- 転送メッセージ ----------
差出人：寿信託銀行 証券代行部
件名：議決権行使 集計速報（6/20 到着分まで）

行使株主数 2,981名／行使個数 312,440個（議決権総数の 66.8%）
第1号議案 剰余金処分　　　　賛成 98.9%
第2号議案 取締役5名選任　　 賛成 93.2%〜97.8%
第3号議案 定款一部変更　　　賛成 81.4%
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="forwarded voting tally: aggregate counts and percentages only",
)

# P: カード番号・マイナンバーは送らないでという注意書き → 北国フーズ ----------------------------------------
add(
    sender="廣瀬 崇 <hirose.t@hinode-sangyo.co.jp>",
    to=["優待事務局 <yutai@kitaguni-foods.co.jp>"],
    subject="優待カタログ 申込ハガキの注意書き（ご提案）",
    charset="utf-8",
    body=f"""優待事務局 御中

株式課の廣瀬です。先日のカード番号転記の件を受けて、来期の申込ハガキと
専用サイトに以下の注意書きを入れていただけないでしょうか。

「クレジットカード番号、マイナンバー、口座番号等は、メールやハガキの通信欄に
　ご記入なさらないでください。お支払いは専用サイトの決済画面でお手続きください。」

文言は貴社でご調整いただいて構いません。
{SIG_HIROSE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a notice about not sending card numbers or My Numbers: the words, not the data",
)

# P: 適時開示のタイムライン（社内＋法律事務所1社）-----------------------------------------------------
add(
    sender="真柴 亮介 <mashiba@hinode-sangyo.co.jp>",
    to=["桧垣先生 <higaki@shirakawa-law.jp>"],
    cc=["shimazu@hinode-sangyo.co.jp", "haga.eri@hinode-sangyo.co.jp", "shinonome@hinode-sangyo.co.jp"],
    subject="5/15 決算発表当日のタイムライン",
    charset="shift_jis",
    body=f"""桧垣先生

お世話になっております。真柴です。
決算発表当日の流れを共有いたします。

 13:00  取締役会（決算承認・配当決議）
 14:30  TDnet 登録（公開予約 15:00）
 15:00  適時開示／IRサイト掲載
 16:00  決算説明会（会場＋Web）
 17:30  報道各社への個別対応

取締役会決議から開示までの間は、重要事実の管理のため関係者を限定いたします。
{SIG_MASHIBA}""",
    expect="pass",
    entities=[],
    detectors=[],
    note="disclosure-day timeline to one partner law firm; talks about material facts but carries none",
)

# P: 共催社の登壇者2名の当日連絡先 → 会場 ---------------------------------------------------------
add(
    sender="葛城 航 <katsuragi.wataru@hinode-sangyo.co.jp>",
    to=["鈴鹿様 <suzuka@sakura-hotel.jp>"],
    subject="Re: 12/7 控室のご案内",
    charset="iso-2022-jp",
    body=f"""鈴鹿様

ありがとうございます。控室の件、承知しました。
常盤証券様からは、以下のお二人が第2部にご登壇されます。
フロントにお名前を伝えて控室へ直接向かわれるとのことです。

　常盤証券 投資情報部　須藤 美穂 様　（当日携帯 {_mobile()}）
　常盤証券 横浜支店長　門脇 誠 様　　（当日携帯 {_mobile()}）

葛城

> 日の出産業 葛城様
> 当日は「楓の間」を控室としてご用意しております。
> 共催会社様の登壇者のお名前を事前に頂戴できますでしょうか。
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two guest speakers' names and mobiles for the day: two people, may be warned",
)


# ======================================================================================
#  ids: shuffled once with the seed, then numbered
# ======================================================================================

random.Random(SEED).shuffle(_M)
MESSAGES: list[dict] = [{"id": f"ir-{i:03d}", **m} for i, m in enumerate(_M, 1)]
