"""Blind evaluation corpus — AREA: shinki (新規事業開発).

Mail of 日の出産業株式会社 新規事業開発部 / 事業開発室: meetings with prospective partners
(提携候補先との面談), PoCs, recruiting participants for joint research and field trials
(共同研究・実証実験の参加者募集), exchanges with start-ups, and internal approval requests
(社内稟議).

Everything here — every person, company, address, phone number, account and identifier —
is invented.  The file was written blind: only from bench/blind/BRIEF.md, build.py and
shared/SPEC.md, without reading mailguard's code, rules or tests.
"""

import random

from build import card_number, my_number

SEED = 36401
rng = random.Random(SEED)

MN = [my_number(SEED + k) for k in range(2)]
CARD = [card_number(SEED + k) for k in range(1)]


def _corp_number(base12: str) -> str:
    """法人番号: a check digit in front of 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def _not_my_number() -> str:
    """12 digits whose last digit is NOT the My Number check digit (a 受付番号)."""
    while True:
        d = [rng.randrange(10) for _ in range(12)]
        d[0] = rng.randrange(1, 10)
        total = sum(d[11 - n] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
        r = total % 11
        check = 0 if r <= 1 else 11 - r
        if d[11] != check:
            return "".join(map(str, d))


CORP_SELF = _corp_number("010401098231")   # 日の出産業 (invented)
CORP_A = _corp_number("011001137842")
CORP_B = _corp_number("020001091266")
CORP_C = _corp_number("010701044519")
CORP_D = _corp_number("011101098703")
UKETSUKE = _not_my_number()

I = "@hinode-sangyo.co.jp"

TAKAGI = "高城 遼 <takagi.ryo" + I + ">"
SAEGUSA = "三枝 奈央 <saegusa.nao" + I + ">"
KOGA = "古賀 智史 <koga.satoshi" + I + ">"
SAMEJIMA = "鮫島 彩 <samejima.aya" + I + ">"
MASHIBA = "真柴 健吾 <mashiba.kengo" + I + ">"
SAOTOME = "早乙女 玲 <saotome.rei" + I + ">"
IJUIN = "伊集院 誠 <ijuin.makoto" + I + ">"
URUSHIBARA = "漆原 慧 <urushibara.kei" + I + ">"

SIG_TAKAGI = """
──────────────────────────────
日の出産業株式会社 新規事業開発部 事業企画グループ
高城 遼（Ryo Takagi）
〒105-0012 東京都港区芝大門2-11-8 日の出ビル7F
TEL：03-5401-2270（代表）／ 携帯：080-4417-2290
Mail：takagi.ryo@hinode-sangyo.co.jp
──────────────────────────────"""

SIG_SAEGUSA = """
--
日の出産業株式会社
新規事業開発部 実証推進チーム
三枝 奈央 (さえぐさ なお)
TEL 03-5401-2274  FAX 03-5401-2299
〒105-0012 東京都港区芝大門2-11-8"""

SIG_KOGA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　事業開発室
オープンイノベーション担当　古賀　智史
〒１０５－００１２　東京都港区芝大門２－１１－８
ＴＥＬ：０３－５４０１－２２８１
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_SAMEJIMA = """
====================================
 鮫島 彩 / Aya Samejima
 Hinode Sangyo Co., Ltd.
 New Business Development Dept.
 2-11-8 Shiba-Daimon, Minato-ku, Tokyo 105-0012
 Tel +81-3-5401-2276
===================================="""

SIG_MASHIBA = """
---------------------------------
真柴 健吾
日の出産業(株) 新規事業開発部 PoC推進G
直通 03-5401-2283
---------------------------------"""

SIG_SAOTOME = """
________________________________
日の出産業株式会社
事業開発室 共同研究担当
早乙女 玲
TEL: 03-5401-2279
________________________________"""

SIG_IJUIN = """
日の出産業株式会社
新規事業開発部 部長　伊集院 誠
TEL 03-5401-2270"""

SIG_URUSHIBARA = """
-- 
漆原 慧（うるしばら けい）
日の出産業株式会社 新規事業開発部 データ活用グループ
〒105-0012 東京都港区芝大門2-11-8 日の出ビル7F
Tel 03-5401-2288"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを破棄してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended
solely for the addressee. If you are not the intended recipient, please notify
the sender immediately and delete this e-mail."""

MESSAGES = []

MESSAGES += [
    {
        "id": "shinki-001",
        "sender": TAKAGI,
        "to": ["久我 直哉 <kuga@lumina-robotics.co.jp>"],
        "subject": "先日の面談のお礼と今後の進め方について",
        "charset": "iso-2022-jp",
        "body": """株式会社ルミナ・ロボティクス
代表取締役 久我 直哉 様

いつもお世話になっております。
日の出産業の高城でございます。

先日はお忙しいところ、弊社までお越しいただき誠にありがとうございました。
倉庫内搬送ロボットのデモ動画、部内でも大変好評でした。

面談でお話しした通り、次のステップとして下記を進めさせていただければと存じます。

　１．秘密保持契約（NDA）の締結
　　　→弊社ひな形をお送りしますので、貴社法務にてご確認ください。
　２．PoC の対象拠点・期間のすり合わせ（候補：厚木物流センター、３か月）
　３．概算費用のお見積り

NDA 締結後に、現場の動線データなど詳細な情報をご提供できる見込みです。
来週中に一度オンラインでお打ち合わせできれば幸いです。
ご都合のよい日時を２、３いただけますでしょうか。

引き続きよろしくお願いいたします。
""" + SIG_TAKAGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary follow-up after a partner meeting to one start-up contact; NDA only mentioned",
    },
    {
        "id": "shinki-002",
        "sender": SAEGUSA,
        "to": ["aozora-ai PoC窓口 <poc-support@aozora-ai.com>"],
        "cc": ["高城 遼 <takagi.ryo@hinode-sangyo.co.jp>"],
        "subject": "【見守りアプリ実証】第1期参加者のアカウント発行依頼",
        "charset": "utf-8",
        "body": """Aozora AI 株式会社
PoCサポートご担当者様

お世話になっております。日の出産業の三枝です。

来週から開始する見守りアプリ実証実験（港北市エリア）の第1期参加者が確定しましたので、
アカウント発行のため一覧をお送りします。
初期パスワードは各参加者へSMSで通知する運用でお願いできますでしょうか。

No.  氏名            フリガナ              携帯電話         メールアドレス
---- --------------  --------------------  ---------------  ------------------------------
 1   相楽 俊介       サガラ シュンスケ     090-3318-2047    s.sagara1983@gmail.com
 2   東海林 千晶     ショウジ チアキ       080-5521-9036    chiaki.shoji@yahoo.co.jp
 3   百目鬼 康弘     ドウメキ ヤスヒロ     070-1184-6650    domeki_y@outlook.jp
 4   小野寺 ゆかり   オノデラ ユカリ       090-7720-3381    yukari.o0719@icloud.com
 5   五十嵐 航       イガラシ ワタル       080-2096-4417    w.igarashi@docomo.ne.jp
 6   丹羽 美津子     ニワ ミツコ           090-6634-0158    niwa.mitsuko@gmail.com

※ 4番の小野寺様はタブレット端末の貸与希望です。

以上、よろしくお願いいたします。
""" + SIG_SAEGUSA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six trial participants with mobile and private e-mail pasted as padded columns, to a start-up",
    },
    {
        "id": "shinki-003",
        "sender": KOGA,
        "to": ["伊集院 誠 <ijuin.makoto@hinode-sangyo.co.jp>"],
        "cc": ["経営企画部 稟議事務局 <ringi@hinode-sangyo.co.jp>",
               "財務グループ <zaimu@mail.hinode-sangyo.co.jp>"],
        "subject": "【稟議】株式会社ルミナ・ロボティクスへのマイノリティ出資（起案）",
        "charset": "iso-2022-jp",
        "body": """伊集院部長

お疲れ様です。古賀です。
標記の稟議書を起案しましたので、ご確認のうえ承認ルートへ回していただけますでしょうか。
添付は社外秘扱いのため、転送・社外共有はご遠慮ください。

・出資額：１億２，０００万円（発行済株式の８．５％）
・バリュエーション：プレ１４億円
・決裁区分：取締役会付議事項

よろしくお願いいたします。
""" + SIG_KOGA,
        "attachments": [
            {"kind": "docx", "name": "稟議書_ルミナ出資_v3.docx",
             "page_header": "社外秘",
             "title": "稟議書 ルミナ・ロボティクス出資",
             "paragraphs": [
                 "稟 議 書",
                 "起案部署：事業開発室　起案者：古賀 智史",
                 "件名：株式会社ルミナ・ロボティクスへのマイノリティ出資について",
                 "1. 目的　物流自動化領域における協業基盤の確保",
                 "2. 出資条件　普通株式、出資額120百万円、取締役派遣なし（オブザーバー1名）",
                 "3. リスク　事業計画未達時の減損リスク、競合他社による買収リスク",
                 "4. 添付　事業計画書、デューデリジェンス報告書（要約）",
             ],
             "tables": [[["項目", "FY2025", "FY2026", "FY2027"],
                         ["売上高（百万円）", "85", "240", "610"],
                         ["営業利益（百万円）", "-190", "-75", "48"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘-stamped approval request, but every recipient is internal (incl. a subdomain)",
    },
    {
        "id": "shinki-004",
        "sender": MASHIBA,
        "to": ["江藤 祐介 <eto.yusuke@kawasaki-denkl.co.jp>"],
        "subject": "Re: 省エネセンサーPoC 設置日程の件",
        "charset": "iso-2022-jp",
        "body": """川崎電機株式会社
江藤様

お世話になっております。日の出産業の真柴です。

センサー設置日程、承知いたしました。
下記で現場に連絡しておきます。

　6/10（火）10:00～ 第2工場 A棟（分電盤 12台）
　6/11（水）13:30～ 第2工場 B棟（分電盤 8台）

当日は正門守衛所で「日の出産業 PoC」とお伝えください。
作業員の方の人数だけ前日までにお知らせいただけると助かります。
""" + SIG_MASHIBA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner domain kawasaki-denki.co.jp typed as kawasaki-denkl.co.jp (i→l homoglyph)",
    },
    {
        "id": "shinki-005",
        "sender": SAOTOME,
        "to": ["杉浦 教授 <sugiura@mech.tohto-u.ac.jp>"],
        "cc": ["川崎電機 研究開発本部 宮内様 <miyauchi.r@kawasaki-denki.co.jp>",
               "漆原 慧 <urushibara.kei@hinode-sangyo.co.jp>"],
        "subject": "共同研究キックオフ会議の日程調整（東都大学・川崎電機・日の出産業）",
        "charset": "utf-8",
        "body": """東都大学 大学院工学研究科
杉浦先生

川崎電機株式会社
宮内様

お世話になっております。日の出産業の早乙女です。

「低温物流における振動劣化予測」共同研究の契約締結が完了しましたので、
キックオフ会議の日程を調整させてください。以下の候補からご都合をお知らせいただけますか。

  (1) 7月 3日(木) 14:00-16:00
  (2) 7月 7日(月) 10:00-12:00
  (3) 7月 9日(水) 15:00-17:00

会場は東都大学 工学部3号館 会議室を予定しております（オンライン併用）。

議題案：
  - 研究計画と役割分担の確認
  - データ共有のルール（共同研究契約 第8条に基づく秘密情報の取扱い）
  - 初年度のマイルストーン

どうぞよろしくお願いいたします。
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "normal three-way meeting mail: two external organisations in To/Cc",
    },
    {
        "id": "shinki-006",
        "sender": KOGA,
        "to": ["info@greenloop.co.jp", "contact@medisense-lab.jp",
               "hello@kumo-logi.com", "pr@tanemaki-agri.co.jp"],
        "subject": "HINODE Open Innovation Pitch 2025 登壇のご案内",
        "charset": "iso-2022-jp",
        "body": """スタートアップ各社 ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 事業開発室の古賀と申します。

このたび弊社では、協業パートナー候補の皆様にご登壇いただく
「HINODE Open Innovation Pitch 2025」を開催いたします。
書類選考の結果、貴社に登壇をお願いしたくご連絡いたしました。

■日時　2025年9月18日（木）13:00～17:30
■会場　日の出ビル 12F ホール（東京都港区芝大門2-11-8）
■持ち時間　ピッチ7分＋質疑5分
■審査員　弊社役員、みどり銀行 ベンチャー投資部 ほか

ご登壇の可否を 8/8（金）までにご返信いただけますと幸いです。
""" + SIG_KOGA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four unrelated start-ups put together in To: each sees the others; should have been Bcc",
    },
    {
        "id": "shinki-007",
        "sender": MASHIBA,
        "to": ["株式会社スマートファーム・ラボ 経理ご担当 <keiri@smartfarm-lab.jp>"],
        "subject": "注文書送付：土壌センサーPoC（発注番号 HS-PO-2025-0417）",
        "charset": "shift_jis",
        "body": """株式会社スマートファーム・ラボ
経理ご担当者様

お世話になっております。日の出産業の真柴です。
土壌センサーPoCの注文書をお送りします。

　発注番号　：HS-PO-2025-0417
　品名　　　：土壌水分センサー SFL-200（20台）／クラウド利用料 3か月
　金額　　　：1,386,000円（税込）
　納期　　　：2025年7月15日
　支払条件　：月末締め翌月末払い

弊社の登録番号（適格請求書発行事業者）は T""" + CORP_SELF + """ です。
請求書には発注番号の記載をお願いいたします。
""" + SIG_MASHIBA,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "purchase order with order number, amount and the company's own T-number",
    },
    {
        "id": "shinki-008",
        "sender": SAOTOME,
        "to": ["矢代 准教授 <yashiro.k@med.tohto-u.ac.jp>"],
        "subject": "共同研究（睡眠モニタリング）被験者データの送付",
        "charset": "utf-8",
        "body": """東都大学 医学部
矢代先生

お世話になっております。日の出産業の早乙女です。
睡眠モニタリング共同研究の第1クールの被験者基本情報をCSVでお送りします。
氏名は外してあり、被験者IDで管理しています。対応表は弊社で保管しております。

解析前のスクリーニングにご利用ください。
""" + SIG_SAOTOME,
        "attachments": [
            {"kind": "csv", "name": "subjects_cohort1.csv", "encoding": "cp932",
             "rows": [
                 ["被験者ID", "生年月日", "性別", "身長", "体重", "既往歴", "服薬"],
                 ["SL-001", "1968/03/14", "男", "171", "78", "高血圧", "降圧剤"],
                 ["SL-002", "1975/11/02", "女", "158", "52", "なし", "なし"],
                 ["SL-003", "1959/07/28", "男", "166", "81", "2型糖尿病", "メトホルミン"],
                 ["SL-004", "1982/01/19", "女", "162", "60", "うつ病（寛解）", "なし"],
                 ["SL-005", "1971/09/05", "男", "175", "92", "睡眠時無呼吸症候群", "CPAP使用"],
                 ["SL-006", "1964/04/30", "女", "153", "49", "脳梗塞（2019年）", "抗血小板薬"],
                 ["SL-007", "1988/12/11", "男", "180", "70", "なし", "なし"],
                 ["SL-008", "1956/06/23", "男", "168", "74", "狭心症", "硝酸薬"],
             ]},
        ],
        "expect": "stop",
        "entities": ["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "eight study subjects with birth dates and medical history, no name column, to a university",
    },
    {
        "id": "shinki-009",
        "sender": TAKAGI,
        "to": ["久我 直哉 <kuga@lumina-robotics.co.jp>"],
        "subject": "Re: PoC体制表のご送付",
        "charset": "iso-2022-jp",
        "body": """久我様

お世話になっております。高城です。
体制表ありがとうございます。皆様のご連絡先、弊社メンバーにも共有いたします。
キックオフは予定通り6/2（月）10時から厚木でお願いします。

""" + SIG_TAKAGI + """

> 高城様
>
> お世話になっております。ルミナ・ロボティクスの久我です。
> PoCの弊社側体制をお送りします。
>
>  役割          氏名          携帯             メール
>  PM            久我 直哉     090-1457-3320    kuga@lumina-robotics.co.jp
>  技術リード    ラジ・パテル  080-6603-1195    raj.patel@lumina-robotics.co.jp
>  現場導入      溝呂木 大輔   070-2218-7746    mizorogi@lumina-robotics.co.jp
>  ソフトウェア  一戸 まりな   090-8830-4412    ichinohe@lumina-robotics.co.jp
>  保守          仲宗根 勇     080-3375-0921    nakasone@lumina-robotics.co.jp
>
> よろしくお願いいたします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person team list is only quoted back (> lines) to the start-up that sent it",
    },
    {
        "id": "shinki-010",
        "sender": SAEGUSA,
        "to": ["北国フーズ 営業企画 中條様 <chujo.m@kitaguni-foods.co.jp>"],
        "subject": "需要予測PoC 対象店舗のご確認",
        "charset": "shift_jis",
        "body": """北国フーズ株式会社
営業企画部 中條様

お世話になっております。日の出産業の三枝です。
需要予測PoCの対象店舗、以下8店舗で確定としてよろしいでしょうか。

店舗名            所在地                              代表電話
----------------  ----------------------------------  -------------
札幌北口店        北海道札幌市北区北7条西4-3-1        011-716-2201
札幌大通店        北海道札幌市中央区大通西5-8         011-231-4470
旭川駅前店        北海道旭川市宮下通8-2-15            0166-22-5018
函館五稜郭店      北海道函館市本町28-6                0138-55-3092
帯広西店          北海道帯広市西5条南12-4             0155-26-8813
釧路昭和店        北海道釧路市昭和中央3-17-2          0154-51-6604
苫小牧店          北海道苫小牧市表町2-1-9             0144-34-7720
小樽運河店        北海道小樽市色内1-6-33              0134-27-1145

POSデータの抽出期間は2023年4月～2025年3月でお願いできればと思います。
""" + SIG_SAEGUSA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of shops with their addresses and switchboards: businesses, not people",
    },
]

MESSAGES += [
    {
        "id": "shinki-011",
        "sender": IJUIN,
        "to": ["みらいキャピタル 根本様 <nemoto@mirai-capital.co.jp>"],
        "subject": "FW: 【社外秘】ルミナ社 出資検討メモ（投資委員会用）",
        "charset": "iso-2022-jp",
        "body": """根本さん

先日お話しした件、社内の検討メモを転送します。
共同出資の判断材料にしていただければ。

伊集院

-----Original Message-----
From: 古賀 智史
Sent: Monday, June 16, 2025 6:12 PM
To: 伊集院 誠
Subject: 【社外秘】ルミナ社 出資検討メモ（投資委員会用）

【社外秘】
ルミナ・ロボティクス 出資検討メモ

１．評価
　・技術：自律搬送の位置推定精度は競合比で優位（誤差±8mm）
　・チーム：CTOの離職リスクあり（ストックオプション未付与）
　・財務：ランウェイ約11か月。次回調達が前提。

２．条件案
　・プレ14億円、120百万円、希薄化防止条項（加重平均）
　・優先交渉権（物流向け独占販売権 2年）

３．懸念
　・既存株主（VC2社）との株主間契約の調整
　・量産委託先の品質問題（2024年リコール1件）

以上
""" + SIG_IJUIN,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "forward of an internal memo stamped 【社外秘】 to an outside VC (the forwarded text counts)",
    },
    {
        "id": "shinki-012",
        "sender": SAEGUSA,
        "to": ["tomoko.hayami77@gmail.com"],
        "subject": "見守りアプリ実証実験へのご応募ありがとうございます",
        "charset": "iso-2022-jp",
        "body": """早見 智子 様

このたびは「見守りアプリ実証実験」にご応募いただき、誠にありがとうございます。
日の出産業株式会社 実証推進チームの三枝でございます。

ご希望いただいた説明会の日時で受付いたしました。

　日時：6月21日（土）10:30～11:30
　会場：港北市 地域交流センター 2階 研修室B
　持ち物：普段お使いのスマートフォン

ご不明な点がございましたら、本メールにご返信いただくか、
下記までお電話ください（平日 9:30～17:30）。

当日お会いできることを楽しみにしております。
""" + SIG_SAEGUSA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one private applicant on free mail; only her own name and a venue",
    },
    {
        "id": "shinki-013",
        "sender": MASHIBA,
        "to": ["スマートファーム・ラボ 青柳様 <aoyagi@smartfarm-lab.jp>"],
        "subject": "PoC提案書一式の送付",
        "charset": "shift_jis",
        "body": """株式会社スマートファーム・ラボ
青柳様

お世話になっております。日の出産業の真柴です。
先日お打ち合わせしたPoC提案書一式をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールでお送りします。

ご確認のほどよろしくお願いいたします。
""" + SIG_MASHIBA,
        "attachments": [
            {"kind": "zip", "name": "PoC提案書_20250612.zip", "password": "Hn#2025pOc",
             "files": [
                 {"kind": "pptx", "name": "PoC提案書.pptx",
                  "slides": [["土壌センサーPoC ご提案", "実施期間：2025年7月～9月",
                              "対象圃場：十勝・帯広エリア 3圃場"],
                             ["費用", "センサー20台＋クラウド利用料"]]},
                 {"kind": "xlsx", "name": "費用見積.xlsx",
                  "sheets": {"見積": [["品目", "数量", "単価"], ["SFL-200", 20, 45000]]}},
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP): the content cannot be inspected",
    },
    {
        "id": "shinki-014",
        "sender": SAOTOME,
        "to": ["檜山 孝之 <hiyama@econ.tohto-u.ac.jp>"],
        "subject": "アドバイザリー会議 謝金お支払い手続きのご案内",
        "charset": "utf-8",
        "body": """東都大学 経済学部
檜山 孝之 先生

いつも大変お世話になっております。日の出産業の早乙女です。
先日のアドバイザリー会議では貴重なご助言をいただき、ありがとうございました。

謝金のお支払いにあたり、税務上の手続きとして
マイナンバー（個人番号）のご提出をお願いしております。
恐れ入りますが、メールでのご送付はお控えいただき、
同封の「個人番号提供書」に番号確認書類・身元確認書類の写しを添えて、
返信用封筒（簡易書留）でご返送いただけますでしょうか。

お支払い予定：7月25日（源泉徴収後の金額を指定口座へお振込み）

お手数をおかけしますが、どうぞよろしくお願いいたします。
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "asks for a My Number by registered post; the mail itself holds no number",
    },
    {
        "id": "shinki-015",
        "sender": SAOTOME,
        "to": ["星野会計事務所 給与計算チーム <payroll@hoshino-kaikei.jp>"],
        "subject": "支払調書作成用：外部有識者の個人番号等",
        "charset": "iso-2022-jp",
        "body": """星野会計事務所
給与計算チーム ご担当者様

いつもお世話になっております。日の出産業の早乙女です。
今期の支払調書作成のため、謝金支払先1名分の情報をお送りします。

　氏名　　：檜山 孝之（ヒヤマ タカユキ）
　住所　　：神奈川県横浜市青葉区美しが丘西3-14-6
　個人番号：""" + MN[0][:4] + " " + MN[0][4:8] + " " + MN[0][8:] + """
　支払額　：220,000円（源泉徴収税額 22,462円）

ご確認のほどよろしくお願いいたします。
""" + SIG_SAOTOME,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an advisor's My Number with name and home address sent to an outside accounting office",
    },
    {
        "id": "shinki-016",
        "sender": SAMEJIMA,
        "to": ["Jonas Keller <jonas.keller@nordlicht-tech.com>"],
        "subject": "Follow-up: pilot scope for cold-chain monitoring",
        "charset": "utf-8",
        "body": """Dear Jonas,

Thank you again for the productive call on Tuesday. As promised, here is a short
summary of what we agreed:

  - Pilot site: our Kanagawa distribution centre (2 refrigerated docks)
  - Duration: 12 weeks, starting mid-September
  - Hardware: 40 Nordlicht NL-T3 loggers, shipped DDP Yokohama
  - Success criteria: alert latency under 60 s, false alarm rate below 2 %

Our legal team is reviewing your mutual NDA template; we expect to return our
comments by Friday. Once it is signed we can share the floor plans and the
historical temperature logs.

Best regards,
Aya
""" + SIG_SAMEJIMA + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English business mail with the standard confidentiality disclaimer and an NDA mention",
    },
    {
        "id": "shinki-017",
        "sender": SAEGUSA,
        "to": ["北国フーズ 商品開発部 <shohin@kitaguni-foods.co.jp>"],
        "subject": "新商品モニター 試食サンプルの発送先",
        "charset": "utf-8",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>北国フーズ株式会社<br>商品開発部 ご担当者様</p>
<p>お世話になっております。日の出産業の三枝です。<br>
冷凍スープ共同開発の家庭モニター（第2陣）の発送先をお送りします。<br>
7/1着でのご手配をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>お名前</th><th>郵便番号</th><th>ご住所</th><th>電話番号</th></tr>
<tr><td>1</td><td>篠塚 由美</td><td>〒223-0061</td><td>神奈川県横浜市港北区日吉2-8-14</td><td>045-561-3307</td></tr>
<tr><td>2</td><td>瓜生 達也</td><td>〒182-0022</td><td>東京都調布市国領町4-31-2-305</td><td>090-4468-1120</td></tr>
<tr><td>3</td><td>鬼頭 さやか</td><td>〒330-0846</td><td>埼玉県さいたま市大宮区大門町1-72</td><td>080-9921-6635</td></tr>
<tr><td>4</td><td>椎名 一郎</td><td>〒273-0005</td><td>千葉県船橋市本町6-3-8</td><td>047-431-5589</td></tr>
<tr><td>5</td><td>宍戸 恵理子</td><td>〒211-0004</td><td>神奈川県川崎市中原区新丸子東1-9-11</td><td>070-3305-2741</td></tr>
<tr><td>6</td><td>日下部 翔</td><td>〒160-0022</td><td>東京都新宿区新宿5-17-4 メゾン新宿402</td><td>090-2257-8813</td></tr>
</table>
<p>アンケート用紙は同梱をお願いします。</p>
<pre>--
日の出産業株式会社 新規事業開発部 実証推進チーム
三枝 奈央  TEL 03-5401-2274</pre>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail: table of six home monitors with home address and phone, to a partner",
    },
    {
        "id": "shinki-018",
        "sender": KOGA,
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "Demo Day 控室ご利用者のご連絡",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宴会予約ご担当 様

お世話になっております。日の出産業の古賀です。
9/18 Demo Day の控室（芙蓉の間）を利用するスタッフは以下の3名です。
当日のご連絡はこちらの携帯にお願いいたします。

　古賀 智史　　０８０－３９２１－５５０６
　鮫島 彩　　　０９０－６１１７－２０４８
　真柴 健吾　　０７０－４４０２－８８３７

搬入車両は２台（品川 400 さ 12-34 ほか）を予定しております。
""" + SIG_KOGA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three staff names with full-width mobile numbers to the hotel: below five people (may warn)",
    },
    {
        "id": "shinki-019",
        "sender": TAKAGI,
        "to": ["川崎精機 事業推進室 平賀様 <hiraga@kawasaki-seiki.co.jp>"],
        "subject": "初回面談のお願い（協業のご相談）",
        "charset": "iso-2022-jp",
        "body": """川崎精機株式会社
事業推進室 平賀 様

はじめてご連絡いたします。
日の出産業株式会社 新規事業開発部の高城と申します。
展示会「スマートファクトリーEXPO」にて貴社の小型アクチュエーターを拝見し、
弊社の倉庫自動化の取り組みとの協業可能性についてご相談したくご連絡しました。

30分ほどオンラインでお話しできれば幸いです。
6月第4週で、ご都合のよい日時をいくつかお知らせいただけますでしょうか。

何卒よろしくお願いいたします。
""" + SIG_TAKAGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "kawasaki-seiki.co.jp is a different company (川崎精機), not a typo of the partner kawasaki-denki.co.jp",
    },
    {
        "id": "shinki-020",
        "sender": KOGA,
        "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
        "subject": "Re: 9/18 Demo Day 会場ご予約 デポジットのお支払い",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宴会予約 ご担当 様

お世話になっております。日の出産業の古賀です。
デポジット（50万円）は法人カードで決済をお願いいたします。

　カード番号：""" + " ".join(CARD[0][i:i + 4] for i in range(0, 16, 4)) + """
　有効期限　：09/28
　名義　　　：SATOSHI KOGA

領収書の宛名は「日の出産業株式会社」でお願いします。

""" + SIG_KOGA + """

> 日の出産業株式会社 古賀様
> 会場仮押さえのデポジットについて、お支払い方法をご指定ください。
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "corporate credit card number, expiry and holder name in the body to the hotel",
    },
]

MESSAGES += [
    {
        "id": "shinki-021",
        "sender": SAEGUSA,
        "to": ["実証推進チーム <poc-team@hinode-sangyo.co.jp>"],
        "subject": "応募者一覧（6/13時点）",
        "charset": "utf-8",
        "body": """チームの皆さん

お疲れ様です。三枝です。
見守りアプリ実証の応募者一覧（6/13 17時時点、38名）を添付します。
持病の申告欄は選考にのみ使用し、外部（Aozora AI社含む）には出さないでください。
明日の選考会議で使います。
""" + SIG_SAEGUSA,
        "attachments": [
            {"kind": "xlsx", "name": "応募者一覧_0613.xlsx",
             "sheets": {
                 "応募者": [["見守りアプリ実証実験 応募者一覧（2025/6/13 17:00）"], [],
                          ["受付No", "氏名", "生年月日", "電話", "メール", "持病・服薬の申告"],
                          ["A-001", "早見 智子", "1951/05/09", "090-2231-7740", "tomoko.hayami77@gmail.com", "高血圧"],
                          ["A-002", "茅野 信夫", "1948/10/21", "045-532-1187", "kayano.n@yahoo.co.jp", "なし"],
                          ["A-003", "国分 はる", "1944/02/03", "080-7713-2095", "", "心房細動"],
                          ["A-004", "漆間 健一", "1953/08/17", "090-5542-0036", "urushima53@outlook.jp", "なし"],
                          ["A-005", "真鍋 絹代", "1946/12/25", "045-945-3021", "", "糖尿病"],
                          ["A-006", "外山 昭", "1950/06/11", "070-6651-4483", "toyama.akira@icloud.com", "なし"]],
                 "集計": [["年代", "人数"], ["70代", 21], ["80代", 14], ["60代", 3]],
             }},
        ],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "applicant list with health declarations, but sent only to an internal team address",
    },
    {
        "id": "shinki-022",
        "sender": KOGA,
        "to": ["伊集院 誠 <ijuin.makoto@hinode-sangyou.co.jp>"],
        "subject": "稟議（PoC費用追加）ドラフト確認のお願い",
        "charset": "iso-2022-jp",
        "body": """伊集院部長

お疲れ様です。古賀です。
スマートファーム・ラボ社PoCの追加費用に関する稟議のドラフトです。
明日の部会前に目を通していただけますと助かります。

―――――――――――――――――――――
件名：土壌センサーPoC 追加費用の承認について
金額：3,850,000円（税別）
理由：当初の3圃場に加え、北国フーズ社契約農家2圃場を追加するため
効果：対象データ量が約1.7倍となり、予測モデルの検証精度向上が見込まれる
予算：新規事業開発部 FY2025 実証予算（残額 12,400,000円）から充当
―――――――――――――――――――――

よろしくお願いします。
""" + SIG_KOGA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "meant for the internal boss, but the domain is hinode-sangyou.co.jp (a letter added to the own domain)",
    },
    {
        "id": "shinki-023",
        "sender": TAKAGI,
        "to": ["白川法律事務所 瀬戸口先生 <setoguchi@shirakawa-law.jp>"],
        "subject": "秘密保持契約書（ルミナ・ロボティクス社）レビューのお願い",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
瀬戸口 先生

いつもお世話になっております。日の出産業の高城です。

ルミナ・ロボティクス社との秘密保持契約書について、先方から修正案が届きました。
主な論点は以下の3点です。ご確認いただき、来週中にコメントをいただけますと幸いです。

　① 秘密情報の定義：口頭開示情報を含めるか（先方は書面化を条件に含めたい意向）
　② 有効期間：先方案は契約終了後2年、弊社案は5年
　③ 残存条項：ソースコードの取扱い

修正履歴付きのWordファイルを添付いたします。
""" + SIG_TAKAGI,
        "attachments": [
            {"kind": "docx", "name": "NDA_ルミナ_先方修正案.docx",
             "paragraphs": [
                 "秘密保持契約書（案）",
                 "日の出産業株式会社（以下「甲」という。）と株式会社ルミナ・ロボティクス（以下「乙」という。）は、",
                 "第1条（秘密情報）本契約において「秘密情報」とは、甲又は乙が相手方に開示する技術上又は営業上の情報であって、",
                 "開示の際に秘密である旨を明示したものをいう。",
                 "第2条（秘密保持義務）受領者は、秘密情報を厳に秘密として保持し、第三者に開示してはならない。",
                 "第8条（有効期間）本契約の有効期間は締結日から1年間とし、第2条の義務は終了後2年間存続する。",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the draft attached; 秘密情報 appears as contract terms, not a stamp",
    },
    {
        "id": "shinki-024",
        "sender": MASHIBA,
        "to": ["トラムウェイズ 運行管理 <unko@tramways.co.jp>"],
        "subject": "オンデマンド送迎PoC ドライバー登録（追加3名）",
        "charset": "shift_jis",
        "body": """株式会社トラムウェイズ
運行管理ご担当 様

お世話になっております。日の出産業の真柴です。
オンデマンド送迎PoCで社用車を運転する弊社社員3名の登録をお願いします。
保険手配のため免許証情報をお送りします。

1) 綿貫 洋平（ワタヌキ ヨウヘイ）
   生年月日：昭和６０年１１月２日
   運転免許証番号：第 3019 0451 2840 号（有効期限 2027/12/02）

2) 樋渡 みのり（ヒワタシ ミノリ）
   生年月日：H3.4.27
   運転免許証番号：301207738215

3) 四方 和真（シカタ カズマ）
   生年月日：1994年8月30日
   運転免許証番号：301805192630

以上、よろしくお願いいたします。
""" + SIG_MASHIBA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "driver's licence numbers and birth dates (和暦 too) of three employees to a mobility start-up",
    },
    {
        "id": "shinki-025",
        "sender": URUSHIBARA,
        "to": ["江藤 祐介 <eto.yusuke@kawasaki-denki.co.jp>"],
        "subject": "省エネセンサーPoC 第1週の計測データ",
        "charset": "utf-8",
        "body": """川崎電機株式会社
江藤様

お世話になっております。日の出産業の漆原です。
第2工場に設置いただいたセンサーの第1週分の計測データ（抜粋）をお送りします。
B-07 の電流値が夜間も高止まりしているため、機器側の待機電力を確認いただけますか。
""" + SIG_URUSHIBARA,
        "attachments": [
            {"kind": "csv", "name": "sensor_week1.csv", "encoding": "utf-8",
             "rows": [["device_id", "location", "timestamp", "current_A", "voltage_V", "temp_C"],
                      ["A-01", "2F-A棟-分電盤1", "2025-06-10 00:00", "12.4", "201.8", "31.2"],
                      ["A-02", "2F-A棟-分電盤2", "2025-06-10 00:00", "8.9", "202.1", "29.7"],
                      ["A-03", "2F-A棟-分電盤3", "2025-06-10 00:00", "15.1", "200.9", "33.0"],
                      ["B-05", "2F-B棟-分電盤5", "2025-06-10 00:00", "4.2", "201.5", "27.4"],
                      ["B-06", "2F-B棟-分電盤6", "2025-06-10 00:00", "3.8", "201.7", "27.1"],
                      ["B-07", "2F-B棟-分電盤7", "2025-06-10 00:00", "22.6", "199.8", "38.5"],
                      ["B-08", "2F-B棟-分電盤8", "2025-06-10 00:00", "5.0", "201.2", "28.0"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "rows of sensor readings keyed by device ID: machine records, not people's",
    },
    {
        "id": "shinki-026",
        "sender": IJUIN,
        "to": ["青葉運輸 経営企画部 桐生様 <kiryu@aoba-unyu.co.jp>"],
        "subject": "共同事業構想のご説明資料",
        "charset": "iso-2022-jp",
        "body": """青葉運輸株式会社
経営企画部 桐生 様

お世話になっております。日の出産業の伊集院です。
先日の役員懇談でお話しした共同配送事業の構想資料をお送りします。
ご一読のうえ、率直なご意見をいただけますと幸いです。
""" + SIG_IJUIN,
        "attachments": [
            {"kind": "pptx", "name": "共同配送事業構想_v0.9.pptx",
             "page_footer": "極秘　日の出産業株式会社",
             "title": "共同配送事業構想",
             "slides": [
                 ["共同配送事業構想（案）", "日の出産業株式会社 新規事業開発部", "2025年6月"],
                 ["背景", "ドライバー不足（2024年問題）", "積載率の低迷（平均38%）"],
                 ["スキーム", "新会社設立（日の出51%・青葉49%）", "首都圏→東北の幹線共同化"],
                 ["収支見通し", "3年目黒字化、5年目売上80億円"],
             ]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "slide deck stamped 極秘 in its footer, sent to a partner",
    },
    {
        "id": "shinki-027",
        "sender": MASHIBA,
        "to": ["桐生 俊 <kiryu@aoba-unyu.co.jp>"],
        "cc": ["高城 遼 <takagi.ryo@hinode-sangyo.co.jp>"],
        "subject": "積載率改善PoC 中間レポート（KPI）",
        "charset": "utf-8",
        "body": """青葉運輸株式会社
桐生様

お世話になっております。真柴です。
積載率改善PoCの中間KPIをまとめましたので共有いたします。
シート「週次」に路線別の推移、「サマリ」に全体値を入れています。

ざっくりですが、積載率は 38.2% → 46.9% と改善傾向です。
""" + SIG_MASHIBA,
        "attachments": [
            {"kind": "xlsx", "name": "PoC_KPI_中間.xlsx",
             "sheets": {
                 "サマリ": [["積載率改善PoC 中間KPI"], [], ["指標", "開始前", "現在"],
                          ["平均積載率", "38.2%", "46.9%"], ["便数/日", 42, 36], ["CO2排出量(t/月)", 118, 101]],
                 "週次": [["週", "路線", "積載率", "便数"],
                         ["W1", "厚木→仙台", "41%", 12], ["W1", "厚木→郡山", "35%", 9],
                         ["W2", "厚木→仙台", "44%", 11], ["W2", "厚木→郡山", "39%", 8],
                         ["W3", "厚木→仙台", "49%", 10], ["W3", "厚木→郡山", "43%", 8]],
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "KPI spreadsheet with several sheets and a title row; no personal data",
    },
    {
        "id": "shinki-028",
        "sender": SAEGUSA,
        "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
        "subject": "実証実験参加者のご宿泊について（バリアフリールーム）",
        "charset": "iso-2022-jp",
        "body": """さくらホテル 宿泊予約ご担当 様

いつもお世話になっております。日の出産業の三枝です。
7/5（土）の実証実験説明会に遠方から参加される方の宿泊をお願いしたく、ご連絡しました。

ご参加者の宇都宮 光代様は、脊髄損傷により車椅子を使用されており、
身体障害者手帳（1級）をお持ちです。
段差のないバリアフリールームと、朝食会場までの介助をお願いできますでしょうか。
また、排泄介助のため介助者（ご家族）1名が同室されます。

　宿泊日：7/4（金）1泊
　人数　：2名（ご本人・介助者）
　請求先：日の出産業株式会社

お手数ですがご対応の可否をご連絡ください。
""" + SIG_SAEGUSA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named participant's disability and medical condition (要配慮個人情報) sent to a hotel",
    },
    {
        "id": "shinki-029",
        "sender": URUSHIBARA,
        "to": ["ケアリンク 研究開発 <rd@carelink-health.jp>"],
        "subject": "健康アプリ事前アンケートの集計結果",
        "charset": "utf-8",
        "body": """株式会社ケアリンク
研究開発ご担当者様

お世話になっております。日の出産業の漆原です。
共同開発中の健康アプリについて、社内モニター向け事前アンケートの集計結果を共有します。
（個票は弊社内でのみ保管し、ここでは集計値のみです）

■回答者数：214名（回答率 71%）

■年代別
  20代  38名 / 30代  61名 / 40代  57名 / 50代  44名 / 60代  14名

■「通院中の疾患がある」と回答した割合
  全体 23%（高血圧 9% / 脂質異常症 6% / 糖尿病 3% / その他 5%）

■アプリに期待する機能（複数回答）
  歩数・活動量 68% / 睡眠記録 52% / 服薬リマインド 19% / 食事記録 31%

ご意見があれば次回定例でいただければと思います。
""" + SIG_URUSHIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate survey figures about illnesses; no row or person they can be tied to",
    },
    {
        "id": "shinki-030",
        "sender": SAOTOME,
        "to": ["早乙女 玲 <saotome.rei@hinode-sangyo.co.jp>"],
        "bcc": ["rd@carelink-health.jp", "contact@medisense-lab.jp", "info@greenloop.co.jp",
                "sangaku@tohto-u.ac.jp", "kenkyu@kawasaki-denki.co.jp", "hello@kumo-logi.com"],
        "subject": "【ご案内】2025年度 共同研究パートナー公募のお知らせ",
        "charset": "iso-2022-jp",
        "body": """関係各位

（本メールはBCCにて一斉にお送りしております）

平素より大変お世話になっております。
日の出産業株式会社 事業開発室の早乙女でございます。

このたび弊社では、2025年度の共同研究パートナーを下記テーマで公募いたします。

　テーマA：低温物流における品質劣化の予測
　テーマB：高齢者の在宅見守りと生活支援
　テーマC：食品ロス削減に資する需要予測

応募締切：2025年8月29日（金）
応募方法：弊社ウェブサイトの応募フォームより
説明会　：8月5日（火）15時～（オンライン）

ご関心のある方にご転送いただけますと幸いです。
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "announcement to several organisations correctly sent in Bcc; To is the sender herself",
    },
]

MESSAGES += [
    {
        "id": "shinki-031",
        "sender": URUSHIBARA,
        "to": ["リサーチパル 調査設計 小宮山様 <komiyama@researchpal.co.jp>"],
        "subject": "FW: ユーザーインタビュー候補者（一次選考通過）",
        "charset": "utf-8",
        "body": """リサーチパル 小宮山様

お世話になっております。漆原です。
社内で選考した候補者のリストを転送しますので、日程調整の連絡をお願いできますか。
謝礼はQUOカード3,000円で先日の取り決めどおりです。

---------- Forwarded message ----------
From: 三枝 奈央 <saegusa.nao@hinode-sangyo.co.jp>
Date: 2025年6月18日(水) 11:42
Subject: ユーザーインタビュー候補者（一次選考通過）
To: 漆原 慧 <urushibara.kei@hinode-sangyo.co.jp>

漆原さん

一次選考通過の7名です。いずれも平日昼の対応可とのこと。

・宇佐美 浩二（42）会社員／080-6612-3904／usami.koji@outlook.jp
・曽我部 真由（35）パート／090-3345-1178／soga.mayu@gmail.com
・阿久津 誠一郎（67）無職／045-873-2216／akutsu.s@yahoo.co.jp
・木暮 里奈（29）看護師／070-5538-0142／rina.kogure@icloud.com
・鳴海 学（51）自営業／090-4412-7795／naru-mana@ezweb.ne.jp
・藤堂 あかね（44）主婦／080-2290-6631／akane.todo@gmail.com
・戸叶 正（73）年金生活／048-722-5034／（メールなし、電話のみ）

三枝
""" + SIG_URUSHIBARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward of an internal mail: seven candidates with phone and e-mail as 「・」 bullets, to a research firm",
    },
    {
        "id": "shinki-032",
        "sender": TAKAGI,
        "to": ["久我 直哉 <kuga@lumina-robotics.co.jp>"],
        "cc": ["ツバサシステム 堀之内様 <horinouchi@tsubasa-system.jp>"],
        "subject": "WMS連携仕様の三者打合せについて",
        "charset": "iso-2022-jp",
        "body": """ルミナ・ロボティクス 久我様
ツバサシステム 堀之内様

お世話になっております。日の出産業の高城です。

搬送ロボットとWMSの連携仕様について、三者で一度お打ち合わせさせてください。
ツバサシステム様には弊社WMSの保守をお願いしており、API仕様に詳しいため同席をお願いしました。

　日時：6/26（木）15:00～16:00
　場所：Teams（追って招待をお送りします）
　議題：在庫引当API、ロボット稼働状態の連携方式、障害時の切り分け

ご都合が悪い場合はご連絡ください。
""" + SIG_TAKAGI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary three-way meeting: a start-up and a partner (two external organisations)",
    },
    {
        "id": "shinki-033",
        "sender": SAOTOME,
        "to": ["杉浦 教授 <sugiura@mech.tohto-u.ac.jp>"],
        "cc": ["宮内 涼 <miyauchi.r@kawasaki-denki.co.jp>",
               "久我 直哉 <kuga@lumina-robotics.co.jp>"],
        "subject": "振動劣化予測 共同研究 第1回定例の議事録",
        "charset": "utf-8",
        "body": """杉浦先生、宮内様、久我様

お世話になっております。日の出産業の早乙女です。
本日の第1回定例の議事録をお送りします。

1. 参加者
   東都大学：杉浦先生、院生2名
   川崎電機：宮内様
   ルミナ・ロボティクス：久我様（オブザーバー）
   日の出産業：漆原、早乙女

2. 決定事項
   - 振動データのサンプリング周波数は 1 kHz とする
   - 7月末までに冷凍倉庫2拠点にセンサーを設置（川崎電機）
   - 解析環境は大学側のGPUサーバーを使用

3. 次回：7/24（木）14:00～

修正があれば金曜までにご連絡ください。
""" + SIG_SAOTOME,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (university, partner, start-up) see each other in To/Cc",
    },
    {
        "id": "shinki-034",
        "sender": SAEGUSA,
        "to": ["港北みなみクリニック 事務長 <jimu@kohoku-minami-cl.jp>"],
        "subject": "RE: 参加者の体調について",
        "charset": "iso-2022-jp",
        "body": """港北みなみクリニック
事務長 様

ご連絡ありがとうございます。
承知いたしました。該当の方の計測は一旦中止とし、再開時期は先生のご判断をお待ちします。
アプリ上のアラート通知も本日付で停止いたしました。

日の出産業 三枝

-----Original Message-----
差出人: 港北みなみクリニック 事務長 [mailto:jimu@kohoku-minami-cl.jp]
送信日時: 2025年6月20日 9:14
宛先: 三枝 奈央
件名: 参加者の体調について

日の出産業 三枝様

見守り実証の参加者のうち、国分はる様（A-003）が
心房細動の悪化で6/18から当院に入院されています。
退院まで計測機器の装着は控えていただくようお願いします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the participant's health information is only in the quoted original the clinic itself wrote",
    },
    {
        "id": "shinki-035",
        "sender": MASHIBA,
        "to": ["堀之内 聡 <horinouchi@tsubasa-system.jp>"],
        "subject": "改修費用の見積比較表",
        "charset": "shift_jis",
        "body": """ツバサシステム株式会社
堀之内様

お世話になっております。真柴です。
WMS改修の見積比較表を添付します（社内で比較したものです）。
御社案との差分をご確認いただけますか。
""" + SIG_MASHIBA,
        "attachments": [{"kind": "corrupt", "name": "見積比較_WMS改修.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached workbook is corrupt and cannot be read",
    },
    {
        "id": "shinki-036",
        "sender": SAEGUSA,
        "to": ["Aozora AI PoCサポート <poc-support@aozora-ai.com>"],
        "subject": "追加参加者（4名）のアカウント発行",
        "charset": "utf-8",
        "body": """Aozora AI PoCサポート ご担当者様

お世話になっております。三枝です。
辞退者の補充として、以下4名のアカウント発行をお願いします。

氏名,携帯電話,メールアドレス
茅野 信夫,045-532-1187,kayano.n@yahoo.co.jp
漆間 健一,090-5542-0036,urushima53@outlook.jp
外山 昭,070-6651-4483,toyama.akira@icloud.com
真鍋 絹代,045-945-3021,（なし）

真鍋様はメールをお持ちでないため、SMS通知のみでお願いします。
""" + SIG_SAEGUSA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four participants' contact rows (comma-separated) to the start-up: under five people, may warn",
    },
    {
        "id": "shinki-037",
        "sender": TAKAGI,
        "to": ["瀬戸口 先生 <setoguchi@shirakawa-law.jp>"],
        "subject": "業務提携契約書（最終版）",
        "charset": "iso-2022-jp",
        "body": """白川法律事務所
瀬戸口先生

お世話になっております。高城です。
ルミナ・ロボティクス社との業務提携契約書の最終版をお送りします。
PDFにはパスワードを設定しております（パスワードは別途お電話でお伝えします）。
""" + SIG_TAKAGI,
        "attachments": [
            {"kind": "pdf", "name": "業務提携契約書_最終版.pdf", "password": "lumina0630",
             "title": "業務提携契約書",
             "lines": ["業務提携契約書", "日の出産業株式会社と株式会社ルミナ・ロボティクスは、",
                       "物流自動化に関する業務提携について、次のとおり契約を締結する。"]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF: cannot be inspected",
    },
    {
        "id": "shinki-038",
        "sender": MASHIBA,
        "to": ["青柳 拓 <aoyagi@smartfarm-lab.jp>"],
        "subject": "第2フェーズ提案資料（ドラフト）",
        "charset": "utf-8",
        "body": """青柳様

お世話になっております。真柴です。
第2フェーズの提案資料のドラフトをお送りします。
スライド5の費用分担について、御社のお考えをお聞かせください。
""" + SIG_MASHIBA,
        "attachments": [
            {"kind": "pptx", "name": "Phase2_proposal_draft.pptx",
             "page_footer": "© 2025 Hinode Sangyo Co., Ltd.  本資料の無断転載・複製を禁じます",
             "slides": [
                 ["土壌センサーPoC 第2フェーズのご提案", "日の出産業株式会社", "2025年7月"],
                 ["第1フェーズの振り返り", "センサー稼働率 97.8%", "灌水量 14% 削減"],
                 ["第2フェーズの範囲", "対象圃場を5→12へ拡大", "北国フーズ社契約農家を追加"],
                 ["スケジュール", "2025年10月～2026年3月"],
                 ["費用分担（案）", "ハードウェア：日の出産業", "クラウド利用料：折半"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "copyright / 無断転載禁止 footer is not a confidentiality marking",
    },
    {
        "id": "shinki-039",
        "sender": KOGA,
        "to": ["根本 修平 <nemoto@mirai-capital.co.jp>"],
        "subject": "ケアリンク社 経営陣プロフィール（公開情報ベース）",
        "charset": "iso-2022-jp",
        "body": """みらいキャピタル
根本様

お世話になっております。古賀です。
ケアリンク社の経営陣について、同社ウェブサイト・プレスリリース等の公開情報から
まとめたプロフィールをお送りします。次回の面談準備にご活用ください。
""" + SIG_KOGA,
        "attachments": [
            {"kind": "docx", "name": "ケアリンク_経営陣プロフィール.docx",
             "paragraphs": ["株式会社ケアリンク 経営陣プロフィール（2025年6月時点・公開情報より作成）"],
             "tables": [[["役職", "氏名", "経歴（公開情報）"],
                         ["代表取締役CEO", "能登 駿", "外資系コンサルを経て2019年に創業"],
                         ["取締役CTO", "李 建華", "大手電機メーカーで医療機器の組込開発に従事"],
                         ["取締役COO", "仙波 麻衣", "介護事業会社の事業部長を経て参画"],
                         ["CFO", "鶴見 康介", "証券会社投資銀行部門出身"],
                         ["社外取締役", "宮腰 弘", "元・地方銀行 常務執行役員"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "executives' names with public career summaries only: no contact details or identifiers",
    },
    {
        "id": "shinki-040",
        "sender": MASHIBA,
        "to": ["青葉運輸 厚木営業所 <atsugi@aoba-unyu.co.jp>"],
        "subject": "PoC機材 発送のご連絡（追跡番号）",
        "charset": "shift_jis",
        "body": """青葉運輸株式会社 厚木営業所 御中

お世話になっております。日の出産業の真柴です。
PoC用の積載センサーを本日発送しましたのでお知らせします。

　箱番号　品名　　　　　　　数量　追跡番号
　１／３　積載センサーLS-4　１０　4421-8830-5516
　２／３　積載センサーLS-4　１０　4421-8830-5527
　３／３　ゲートウェイGW-2　　２　4421-8830-5538

到着は6/24（火）午前の予定です。受領後、検品表にサインのうえご返送ください。
""" + SIG_MASHIBA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "product codes and tracking numbers only",
    },
]

MESSAGES += [
    {
        "id": "shinki-041",
        "sender": KOGA,
        "to": ["みどり銀行 法人営業部 ビジネスマッチング担当 <matching@midori-ginko.co.jp>"],
        "subject": "ビジネスマッチング会 推薦スタートアップのご連絡",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 法人営業部
ビジネスマッチングご担当 様

お世話になっております。日の出産業の古賀です。
10月のビジネスマッチング会に、弊社から下記5社を推薦いたします。
各社の代表者のご連絡先（ご本人了承済み）を記載しますので、直接ご案内をお願いいたします。

社名　　　　　　　　　代表者　　　　メール　　　　　　　　　　　　電話（直通）
グリーンループ(株)　　　白鳥 栞　　　shiratori@greenloop.co.jp　　03-6821-4410
(株)メディセンス・ラボ　二階堂 匠　　nikaido@medisense-lab.jp　　　06-6375-2281
クモロジ(株)　　　　　　乾 はるか　　inui@kumo-logi.com　　　　　　090-5547-2036
(株)たねまきアグリ　　　有働 晋　　　udo@tanemaki-agri.co.jp　　　011-590-7732
(株)ケアリンク　　　　　能登 駿　　　noto@carelink-health.jp　　　080-1184-9903

よろしくお願いいたします。
""" + SIG_KOGA,
        "expect": "either",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five company representatives' business contacts (two mobiles): a business list or a list of people",
    },
    {
        "id": "shinki-042",
        "sender": SAEGUSA,
        "to": ["kayano-nobuo@docomo.ne.jp"],
        "subject": "明日のお迎え時間について",
        "charset": "shift_jis",
        "body": """茅野様

日の出産業の三枝です。
明日の説明会、ご自宅前へのお迎えは9時40分ごろになります。
白いワゴン車（「日の出産業」のステッカーあり）で伺います。
遅れる場合は運転手から携帯にお電話します。

よろしくお願いいたします。
三枝
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "short note to one participant on a carrier address; nothing beyond a pickup time",
    },
    {
        "id": "shinki-043",
        "sender": TAKAGI,
        "to": ["堀之内 聡 <horinouchi@tsubasa-systems.jp>"],
        "subject": "在庫引当API 仕様書v1.2 の件",
        "charset": "iso-2022-jp",
        "body": """ツバサシステム
堀之内様

お世話になっております。高城です。
昨日の三者打合せを受けて、在庫引当APIの仕様書を v1.2 に更新いただけますでしょうか。
変更点は以下です。

　・引当結果コールバックのタイムアウトを 30秒→10秒
　・ロボット稼働状態（idle / moving / charging / error）の取得APIを追加
　・エラーコード E-4xx の定義追加

月内に仕様確定できればと思います。
""" + SIG_TAKAGI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner tsubasa-system.jp mistyped as tsubasa-systems.jp (a letter added)",
    },
    {
        "id": "shinki-044",
        "sender": SAEGUSA,
        "to": ["港北市 健康福祉局 地域包括ケア推進課 <chiiki-care@city.kohoku.lg.jp>"],
        "subject": "実証実験の実施に係る協定書（申請番号のご連絡）",
        "charset": "iso-2022-jp",
        "body": """港北市 健康福祉局
地域包括ケア推進課 ご担当者様

お世話になっております。日の出産業株式会社の三枝です。
「高齢者見守り実証事業」の協定締結申請を電子申請システムで行いました。

　申請番号：""" + UKETSUKE + """
　受付日　：2025年6月9日
　案件番号：KHK-R7-0312

協定書（案）の押印版は郵送にてお送りします。
ご確認のほどよろしくお願いいたします。
""" + SIG_SAEGUSA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a 12-digit application number (fails the My Number check digit) and a case number only",
    },
    {
        "id": "shinki-045",
        "sender": URUSHIBARA,
        "to": ["Aozora AI データ分析 <analytics@aozora-ai.com>"],
        "subject": "離脱傾向分析用：アクティブ率の低い参加者",
        "charset": "utf-8",
        "body": """Aozora AI データ分析チーム 御中

漆原です。
先日の定例で話に出た、アクティブ率の低い参加者の抽出結果です。
電話でのフォローアップ（御社コールセンター）をお願いできればと思います。

参加者ID\t年齢\t性別\t居住区\t電話番号\t直近ログイン
P-0112\t78\t女\t港北区\t045-541-2268\t2025-05-28
P-0127\t82\t男\t都筑区\t045-942-0871\t2025-05-19
P-0133\t74\t女\t港北区\t090-8874-3016\t2025-06-02
P-0141\t80\t女\t緑区\t045-931-5527\t2025-05-30
P-0158\t76\t男\t港北区\t080-4091-6635\t2025-05-22
P-0164\t85\t女\t青葉区\t045-973-1142\t2025-05-11
P-0172\t79\t男\t都筑区\t070-2238-9904\t2025-06-01

よろしくお願いします。
""" + SIG_URUSHIBARA,
        "expect": "stop",
        "entities": ["PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "seven participants' records (age, sex, ward, phone) without a name column, tab-separated, to a start-up",
    },
    {
        "id": "shinki-046",
        "sender": KOGA,
        "to": ["根本 修平 <nemoto@mirai-capital.co.jp>"],
        "subject": "協業候補スタートアップ ロングリスト",
        "charset": "utf-8",
        "body": """根本さん

お世話になっております。古賀です。
共同でソーシングしている協業候補のロングリストを更新しました。
ご存じの会社があれば、紹介いただけると嬉しいです。
""" + SIG_KOGA,
        "attachments": [
            {"kind": "xlsx", "name": "協業候補_longlist_202506.xlsx",
             "sheets": {"候補": [
                 ["協業候補スタートアップ一覧（2025年6月更新）"],
                 ["社名", "法人番号", "所在地", "代表電話", "領域", "設立"],
                 ["株式会社グリーンループ", CORP_A, "東京都渋谷区道玄坂1-12-1", "03-6821-4400", "リサイクル", "2019年4月"],
                 ["株式会社メディセンス・ラボ", CORP_B, "大阪府大阪市北区梅田3-3-10", "06-6375-2280", "ヘルスケア", "2020年10月"],
                 ["クモロジ株式会社", CORP_C, "神奈川県横浜市西区みなとみらい2-2-1", "045-222-8100", "物流", "2021年2月"],
                 ["株式会社たねまきアグリ", CORP_D, "北海道札幌市中央区北1条西7-1", "011-590-7730", "農業", "2018年7月"],
                 ["株式会社ケアリンク", "", "東京都千代田区神田錦町3-21", "03-5244-6710", "ヘルスケア", "2019年9月"],
                 ["株式会社ルミナ・ロボティクス", "", "神奈川県厚木市中町4-14-3", "046-221-0950", "ロボティクス", "2017年5月"],
             ]}},
        ],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "list of companies with 法人番号, office addresses and switchboards: businesses, not people",
    },
    {
        "id": "shinki-047",
        "sender": SAEGUSA,
        "to": ["mayumi.soga0412@gmail.com"],
        "subject": "体験会当日の持ち物のご案内",
        "charset": "iso-2022-jp",
        "body": """曽我部 真由 様

日の出産業株式会社の三枝です。
6/28（土）の歩行アシストスーツ体験会へのご参加、ありがとうございます。

当日は以下をお持ちください。
　・本人確認書類（運転免許証または健康保険証など）※受付で提示のみ、コピーはとりません
　・動きやすい服装、スニーカー
　・飲み物

同意書は当日会場でご記入いただきます。
ご不明点はお気軽にお問い合わせください。
""" + SIG_SAEGUSA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "mentions 運転免許証 / 健康保険証 as items to bring; no number at all; one free-mail recipient",
    },
    {
        "id": "shinki-048",
        "sender": IJUIN,
        "to": ["漆原 慧 <urushibara.kei@rd.hinode-sangyo.co.jp>",
               "早乙女 玲 <saotome.rei@hinode-sangyo.co.jp>"],
        "subject": "青葉運輸向け構想資料（極秘）の扱いについて",
        "charset": "iso-2022-jp",
        "body": """漆原さん、早乙女さん

伊集院です。
青葉運輸さんとの共同配送構想資料、最新版を共有します。
まだ取締役会前なので、極秘扱いでお願いします。
数字の根拠（積載率の試算）を来週までに補強してください。
""" + SIG_IJUIN,
        "attachments": [
            {"kind": "pptx", "name": "共同配送事業構想_v1.0.pptx",
             "page_footer": "極秘　日の出産業株式会社",
             "slides": [["共同配送事業構想（案）", "2025年6月"],
                        ["収支見通し", "3年目黒字化"]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "極秘 deck sent only to colleagues (one on the internal subdomain rd.hinode-sangyo.co.jp)",
    },
    {
        "id": "shinki-049",
        "sender": SAOTOME,
        "to": ["京浜イノベーションセンター 事業支援課 <shien@keihin-ic.or.jp>"],
        "subject": "オープンイノベーション説明会 参加申込者リスト",
        "charset": "shift_jis",
        "body": """京浜イノベーションセンター
事業支援課 ご担当者様

お世話になっております。日の出産業の早乙女です。
7/10の共催説明会について、弊社フォーム経由の申込者リストを送付します。
入館証の発行にご利用ください（Excel 97-2003形式です）。
""" + SIG_SAOTOME,
        "attachments": [
            {"kind": "xls", "name": "説明会申込者_0710.xls",
             "sheets": {"申込者": [
                 ["申込日", "氏名", "所属", "メールアドレス", "電話番号"],
                 ["6/2", "岩城 貴弘", "個人（フリーランス）", "iwaki.t@gmail.com", "090-1192-4456"],
                 ["6/3", "桑折 美咲", "大学院生", "m.koori@st.tohto-u.ac.jp", "080-6674-2210"],
                 ["6/3", "Nguyen Van Minh", "個人", "minh.nv88@yahoo.co.jp", "070-8812-3305"],
                 ["6/5", "雲井 大地", "会社員", "kumoi.daichi@outlook.jp", "090-3350-7781"],
                 ["6/6", "御手洗 結衣", "個人事業主", "yui.mitarai@icloud.com", "080-2046-9917"],
                 ["6/9", "長谷部 伸", "会社員", "hasebe.shin@gmail.com", "090-7781-0243"],
                 ["6/9", "舘 朋美", "主婦", "tachi.tomomi@ezweb.ne.jp", "070-1146-5528"],
                 ["6/11", "勅使河原 潤", "大学教員", "teshigawara@econ.tohto-u.ac.jp", "03-5841-2207"],
                 ["6/12", "伊達 莉子", "学生", "riko.date@gmail.com", "090-4478-3316"],
             ]}},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "nine applicants with private e-mail and phone in a legacy XLS, to an outside incubator",
    },
    {
        "id": "shinki-050",
        "sender": TAKAGI,
        "to": ["乾 はるか <inui@kumo-logi.com>"],
        "subject": "来週の面談について",
        "charset": "iso-2022-jp",
        "body": """クモロジ株式会社
乾 様

お世話になっております。日の出産業の高城です。
来週7/2（水）14時の面談、弊社からは高城と真柴の2名で伺います。

なお、弊社の物流拠点データ（拠点別の出荷量など）は取扱注意の資料のため、
メール送付は控え、当日紙で持参し、その場でご覧いただく形とさせてください。
NDA締結後であればデータでのご提供も検討いたします。

よろしくお願いいたします。
""" + SIG_TAKAGI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the word 取扱注意 is only mentioned about paper documents; the mail itself carries no marking",
    },
]

MESSAGES += [
    {
        "id": "shinki-051",
        "sender": SAMEJIMA,
        "to": ["さくらホテル フロント <front@sakura-hotel.jp>"],
        "subject": "海外ゲストのご宿泊予約（ノルトリヒト社 CEO）",
        "charset": "utf-8",
        "body": """さくらホテル フロント ご担当者様

いつもお世話になっております。日の出産業の鮫島です。
来日されるパートナー企業のCEOのご宿泊をお願いいたします。
外国籍のお客様のため、旅券情報を事前にお知らせします。

　ご氏名　　：Jonas Matthias KELLER
　国籍　　　：ドイツ
　生年月日　：1979年3月21日
　旅券番号　：C4KF72JX9
　ご宿泊　　：9/15（月）～9/19（金）4泊、シングル禁煙
　お支払い　：弊社請求（宿泊費のみ）

チェックインは20時頃の予定です。よろしくお願いいたします。
""" + SIG_SAMEJIMA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "a guest's passport number and date of birth sent to the hotel",
    },
    {
        "id": "shinki-052",
        "sender": SAMEJIMA,
        "to": ["Jonas Keller <jonas.keller@nordlicht-tech.com>"],
        "subject": "Re: Mutual NDA - signed copy",
        "charset": "utf-8",
        "body": """Hi Jonas,

Thanks, we received the DocuSign envelope. Our director signed it this morning, so
the mutual NDA is now in effect (effective date: 1 July 2025).

Next step from our side: I will send the floor plans of the Kanagawa centre and the
temperature log export via our file-sharing portal tomorrow.

Best,
Aya

On Mon, 30 Jun 2025 at 17:02, Jonas Keller <jonas.keller@nordlicht-tech.com> wrote:
> Dear Aya,
>
> Please find the mutual NDA for signature via DocuSign. Under clause 3, the
> receiving party shall keep all Confidential Information strictly confidential
> and use it solely for evaluating the cold-chain pilot.
>
> Kind regards,
> Jonas Keller
> CEO, Nordlicht Technologies GmbH
> Mobile +49 171 5562 0934
""" + SIG_SAMEJIMA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "NDA signing reply in English; 'Confidential Information' appears only in the quoted contract wording",
    },
    {
        "id": "shinki-053",
        "sender": TAKAGI,
        "to": ["久我 直哉 <kuga@lumina-robotics.co.jp>"],
        "subject": "6/2 キックオフ議事録の送付",
        "charset": "utf-8",
        "body": """久我様

お世話になっております。高城です。
6/2 キックオフの議事録を添付します。
内容に相違がございましたらご指摘ください。
""" + SIG_TAKAGI,
        "attachments": [
            {"kind": "docx", "name": "議事録_PoCキックオフ_0602.docx",
             "paragraphs": [
                 "搬送ロボットPoC キックオフ 議事録",
                 "日時：2025年6月2日（月）10:00～11:30　場所：厚木物流センター 会議室2",
                 "決定事項：",
                 "・ロボット3台を7月1日に搬入し、2週間の慣らし運転を行う",
                 "・評価指標はピッキング1件あたりの作業時間、走行距離、停止回数とする",
                 "・週次定例は毎週木曜16時（Teams）",
                 "宿題：ルミナ社 安全評価書の提出（6/13）、日の出産業 通路幅の実測（6/9）",
             ],
             "tables": [[["会社", "出席者"],
                         ["ルミナ・ロボティクス", "久我、パテル、溝呂木"],
                         ["日の出産業", "高城、真柴、厚木センター長 鴨志田"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "minutes listing attendees by name and company only",
    },
    {
        "id": "shinki-054",
        "sender": SAEGUSA,
        "to": ["tomoko.hayami77@gmail.com", "kayano-nobuo@docomo.ne.jp",
               "urushima53@outlook.jp", "toyama.akira@icloud.com", "haru.kokubun@yahoo.co.jp"],
        "subject": "【重要】説明会の会場変更のお知らせ",
        "charset": "iso-2022-jp",
        "body": """実証実験にご参加の皆様

日の出産業株式会社 実証推進チームの三枝です。
6月21日（土）の説明会ですが、会場の空調設備の故障により、会場を変更いたします。

　（変更前）港北市 地域交流センター 2階 研修室B
　（変更後）港北市 中央公民館 3階 大会議室（港北市中央1-2-3）

時間（10:30～11:30）に変更はございません。
ご不便をおかけし申し訳ございません。
""" + SIG_SAEGUSA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "five private participants' addresses all in To: each can see the others (should have been Bcc)",
    },
    {
        "id": "shinki-055",
        "sender": MASHIBA,
        "to": ["株式会社スマートファーム・ラボ 経理 <keiri@smartfarm-lab.jp>"],
        "subject": "Re: 請求書送付のご連絡（INV-SFL-0715）",
        "charset": "shift_jis",
        "body": """スマートファーム・ラボ 経理ご担当者様

お世話になっております。日の出産業の真柴です。
請求書を受領しました。以下の内容で7月末にお振込みいたします。

　請求書番号：INV-SFL-0715
　登録番号　：T""" + _corp_number("043001062795") + """
　金額　　　：1,386,000円
　振込先　　：みどり銀行 帯広支店（店番 412）普通 0381572
　　　　　　　カ）スマートファームラボ

振込手数料は弊社負担です。

""" + SIG_MASHIBA + """

> 日の出産業株式会社 真柴様
> 請求書を添付にてお送りいたします。ご査収のほどお願いいたします。
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "the start-up's own company bank account and invoice T-number: business data, not personal",
    },
    {
        "id": "shinki-056",
        "sender": SAEGUSA,
        "to": ["ペイサポート 振込代行 <furikomi@paysupport.co.jp>"],
        "subject": "モニター謝礼 振込依頼（6月分）",
        "charset": "utf-8",
        "body": """株式会社ペイサポート
振込代行ご担当者様

お世話になっております。日の出産業の三枝です。
6月分のモニター謝礼の振込データをZIPでお送りします。
振込日は7/10でお願いいたします。
""" + SIG_SAEGUSA,
        "attachments": [
            {"kind": "zip", "name": "謝礼振込_202506.zip",
             "files": [
                 {"kind": "csv", "name": "振込明細_202506.csv", "encoding": "cp932",
                  "rows": [["受取人名(カナ)", "銀行名", "支店名", "種別", "口座番号", "金額"],
                           ["ハヤミ トモコ", "みどり銀行", "日吉支店", "普通", "1024583", "5000"],
                           ["カヤノ ノブオ", "ゆうちょ銀行", "〇一八店", "普通", "3318207", "5000"],
                           ["ウルシマ ケンイチ", "横浜中央信用金庫", "綱島支店", "普通", "0571196", "5000"],
                           ["トヤマ アキラ", "東都銀行", "新横浜支店", "当座", "0094421", "5000"],
                           ["マナベ キヌヨ", "みどり銀行", "港北支店", "普通", "2260738", "5000"],
                           ["シノヅカ ユミ", "さくら銀行", "日吉駅前支店", "普通", "4458120", "3000"]]},
                 {"kind": "txt", "name": "readme.txt", "text": "振込日：2025/7/10\n件数：6件\n合計：28,000円\n"},
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "ZIP (not encrypted) holding a CSV of six private persons' bank accounts",
    },
    {
        "id": "shinki-057",
        "sender": SAEGUSA,
        "to": ["能登 駿 <noto@carelink-health.jp>"],
        "subject": "参加申込書フォーマットのご確認",
        "charset": "iso-2022-jp",
        "body": """株式会社ケアリンク
能登様

お世話になっております。三枝です。
健康アプリ実証の参加申込書（空欄のフォーマット）を作成しました。
既往歴・服薬の項目は任意回答とし、同意書で利用目的を明記しています。
項目の過不足がないかご確認ください。
""" + SIG_SAEGUSA,
        "attachments": [
            {"kind": "docx", "name": "参加申込書_フォーマット.docx",
             "paragraphs": [
                 "健康アプリ実証実験 参加申込書",
                 "ご記入日：　　年　　月　　日",
                 "※既往歴・服薬の欄は任意です。ご記入いただいた情報は本実証の安全管理にのみ利用します。",
             ],
             "tables": [[["項目", "ご記入欄"],
                         ["氏名（フリガナ）", ""],
                         ["生年月日", "昭和・平成　　年　　月　　日"],
                         ["電話番号", ""],
                         ["メールアドレス", ""],
                         ["既往歴（任意）", "□高血圧　□糖尿病　□心疾患　□その他（　　　）"],
                         ["服薬（任意）", "□あり　□なし"]]]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a blank application form: field labels for health data but no one's data",
    },
    {
        "id": "shinki-058",
        "sender": URUSHIBARA,
        "to": ["ケアリンク 仙波様 <senba@carelink-health.jp>"],
        "subject": "モニター辞退者の件",
        "charset": "utf-8",
        "body": """仙波様

お世話になっております。漆原です。
社内モニターのうち、物流部の笹倉 紗季さんから辞退の申し出がありました。
ご本人によると、春からうつ病で心療内科に通院しており、
睡眠データの記録が負担になっているとのことです。
アプリのアカウント（ID: CL-0087）は本日付で停止をお願いします。

代わりの方は来週中にご連絡します。
""" + SIG_URUSHIBARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named employee's mental illness and treatment in running text, to a start-up",
    },
    {
        "id": "shinki-059",
        "sender": SAMEJIMA,
        "to": ["Priya Raman <priya@tidewave.sg>"],
        "subject": "Invitation: Hinode x Tidewave intro call (Thu 10 Jul, 16:00 SGT)",
        "charset": "utf-8",
        "body": """Hi Priya,

Great to connect through the Keihin Innovation Center programme. Here are the
details for our intro call:

  Date:      Thursday, 10 July 2025
  Time:      16:00-16:45 SGT / 17:00-17:45 JST
  Zoom:      https://zoom.us/j/84412093376
  Meeting ID: 844 1209 3376
  Passcode:  571904

Agenda
  1. Hinode Sangyo's new business areas (5 min)
  2. Tidewave's port-logistics platform (15 min)
  3. Possible pilot at our Yokohama terminal (20 min)

Looking forward to speaking with you.

Aya
""" + SIG_SAMEJIMA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "meeting invite with long meeting ID and passcode numbers: nothing personal",
    },
    {
        "id": "shinki-060",
        "sender": KOGA,
        "to": ["能登 駿 <noto@carelink-health.jp>"],
        "subject": "みらいキャピタル 根本様のご紹介",
        "charset": "iso-2022-jp",
        "body": """ケアリンク 能登様

お世話になっております。古賀です。
先日お話ししたVCの方をご紹介します。ヘルスケア領域のシリーズA投資に積極的な方です。

　みらいキャピタル株式会社 パートナー
　根本 修平 様
　nemoto@mirai-capital.co.jp ／ 03-6273-1180（代表）

根本様には既に能登様のことをお伝えしており、直接ご連絡いただいて問題ないとのことです。
よろしくお願いいたします。
""" + SIG_KOGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "introduces one business contact (work e-mail and company switchboard)",
    },
]

MESSAGES += [
    {
        "id": "shinki-061",
        "sender": MASHIBA,
        "to": ["桐生 俊 <kiryu@aoba-unyu.jp>"],
        "subject": "積載率PoC 第4週の路線データ",
        "charset": "iso-2022-jp",
        "body": """青葉運輸 桐生様

お世話になっております。真柴です。
第4週の路線別データを共有します。厚木→郡山便の積載率が伸び悩んでいるので、
次回定例で集約ルールの見直しを相談させてください。

　路線　　　　便数　平均積載率
　厚木→仙台　　10　　51%
　厚木→郡山　　 8　　42%
　厚木→盛岡　　 4　　47%
""" + SIG_MASHIBA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner aoba-unyu.co.jp written as aoba-unyu.jp (the co. dropped)",
    },
    {
        "id": "shinki-062",
        "sender": SAOTOME,
        "to": ["矢代 准教授 <yashiro.k@med.tohto-u.ac.jp>", "東都大学 産学連携本部 <sangaku@tohto-u.ac.jp>"],
        "cc": ["北国フーズ 研究所 <kenkyusho@kitaguni-foods.co.jp>"],
        "subject": "共同研究契約（減塩食品の継続摂取試験）の締結日程",
        "charset": "utf-8",
        "body": """東都大学 医学部 矢代先生
東都大学 産学連携本部 ご担当者様
北国フーズ株式会社 研究所 ご担当者様

お世話になっております。日の出産業の早乙女です。
三者間の共同研究契約について、各社の法務確認が完了しました。
押印は電子契約（クラウドサイン）で行いたく、7/14（月）に送信する予定です。

契約期間：2025年8月1日～2027年3月31日
研究費　：北国フーズ 600万円／日の出産業 400万円

問題がなければ、署名者のお名前とメールアドレスをお知らせください。
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations only: two addresses of the same university (a subdomain) plus one partner",
    },
    {
        "id": "shinki-063",
        "sender": KOGA,
        "to": ["根本 修平 <nemoto@mirai-capital.co.jp>"],
        "subject": "搬送ロボットPoC 評価レポート",
        "charset": "iso-2022-jp",
        "body": """根本さん

古賀です。
ルミナ社PoCの評価レポートを添付します。
共同出資の判断材料としてご覧ください。
""" + SIG_KOGA,
        "attachments": [
            {"kind": "pdf", "name": "PoC評価レポート_ルミナ.pdf",
             "page_header": "CONFIDENTIAL",
             "page_footer": "Hinode Sangyo Co., Ltd. — Confidential",
             "title": "PoC評価レポート",
             "lines": ["搬送ロボットPoC 評価レポート", "実施期間：2025年7月1日～9月30日",
                       "1. 結果概要：ピッキング作業時間 平均23%短縮",
                       "2. 課題：狭隘通路での停止回数（1日平均14回）",
                       "3. 総合評価：本格導入に向け条件付きで推奨"],
             "table": [["指標", "導入前", "導入後"], ["作業時間/件", "52秒", "40秒"],
                       ["走行距離/日", "-", "18.4km"]]},
        ],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "report PDF stamped CONFIDENTIAL on every page, sent to an outside VC",
    },
    {
        "id": "shinki-064",
        "sender": SAEGUSA,
        "to": ["茅野 信夫 <kayano.n@yahoo.co.jp>"],
        "subject": "Re: 機器の送付先について",
        "charset": "iso-2022-jp",
        "body": """茅野 信夫 様

ご連絡ありがとうございます。日の出産業の三枝です。
見守りセンサーは、お申込み時にご登録いただいたご住所あてに
6/25（水）午前着でお送りいたします。
設置方法は同梱の説明書をご覧ください。ご不明な点は下記までお電話ください。

""" + SIG_SAEGUSA + """

-----Original Message-----
From: kayano.n@yahoo.co.jp
Sent: Monday, June 23, 2025 8:05 AM
Subject: 機器の送付先について

三枝様
機器はどこに届くのでしょうか。自宅（横浜市港北区大倉山4-22-7）で良いです。
昼間は不在がちなので、午前中にお願いします。茅野
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one private participant; his home address appears only in his own quoted mail",
    },
    {
        "id": "shinki-065",
        "sender": URUSHIBARA,
        "to": ["小宮山 恵 <komiyama@researchpal.co.jp>"],
        "subject": "デプスインタビュー協力者プロフィール",
        "charset": "utf-8",
        "body": """リサーチパル 小宮山様

お世話になっております。漆原です。
デプスインタビューの協力者（5名）のプロフィールをWordでお送りします。
当日のモデレーター用資料にお使いください。
""" + SIG_URUSHIBARA,
        "attachments": [
            {"kind": "docx", "name": "協力者プロフィール.docx",
             "paragraphs": [
                 "デプスインタビュー協力者プロフィール（在宅見守りサービス）",
                 "",
                 "【協力者1】",
                 "氏名：阿久津 誠一郎（あくつ せいいちろう）",
                 "年齢：67歳　職業：無職（元 市役所職員）",
                 "連絡先：045-873-2216 / akutsu.s@yahoo.co.jp",
                 "家族構成：妻と二人暮らし、長女が都内在住",
                 "",
                 "【協力者2】",
                 "氏名：戸叶 正",
                 "年齢：73歳　職業：年金生活",
                 "連絡先：048-722-5034（メールなし）",
                 "家族構成：独居",
                 "",
                 "【協力者3】",
                 "氏名：曽我部 真由",
                 "年齢：35歳　職業：パート",
                 "連絡先：090-3345-1178 / soga.mayu@gmail.com",
                 "家族構成：両親（70代）と同居",
                 "",
                 "【協力者4】",
                 "氏名：鳴海 学",
                 "年齢：51歳　職業：自営業（酒店）",
                 "連絡先：090-4412-7795 / naru-mana@ezweb.ne.jp",
                 "家族構成：母（82歳・要介護2）を遠距離介護",
                 "",
                 "【協力者5】",
                 "氏名：藤堂 あかね",
                 "年齢：44歳　職業：主婦",
                 "連絡先：080-2290-6631 / akane.todo@gmail.com",
                 "家族構成：夫・子2人、義父と同居",
             ]},
        ],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "five people's profiles, one record per block in a DOCX, with phones and e-mail, to a research firm",
    },
    {
        "id": "shinki-066",
        "sender": SAOTOME,
        "to": ["経理部 支払担当 <shiharai@hinode-sangyo.co.jp>"],
        "subject": "謝金支払：外部有識者の個人番号（社内限り）",
        "charset": "iso-2022-jp",
        "body": """経理部 支払担当 御中

事業開発室の早乙女です。
アドバイザリー会議の謝金支払いについて、提供書の内容を転記します。
原本は本日社内便で経理部宛に送付しました。

　支払先　：檜山 孝之
　個人番号：""" + MN[1] + """
　支払額　：220,000円
　支払日　：2025年7月25日

取扱規程に従い、確認後は本メールの削除をお願いします。
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": [],
        "note": "a My Number, but the only recipient is the internal accounting department",
    },
    {
        "id": "shinki-067",
        "sender": SAEGUSA,
        "to": ["篠原 <shinohara@aozora-ai.com>", "Kim <kim.j@aozora-ai.com>"],
        "cc": ["Aozora AI PoCサポート <poc-support@aozora-ai.com>"],
        "subject": "第2期募集の告知文（ドラフト）",
        "charset": "utf-8",
        "body": """Aozora AI 篠原様、Kim様

お世話になっております。三枝です。
第2期参加者募集の告知文ドラフトです。アプリ画面の説明に誤りがないかご確認ください。

――――――――――――――――
【参加者募集】スマホで見守り、家族も安心。
港北市にお住まいの65歳以上の方と、そのご家族を対象に、
見守りアプリの実証実験への参加者を募集します（定員50組・参加無料）。
■期間：2025年10月～2026年1月
■謝礼：QUOカード 5,000円分
■お申込み：日の出産業 実証推進チーム 03-5401-2274（平日 9:30～17:30）
――――――――――――――――
""" + SIG_SAEGUSA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "three addresses, but all of one external organisation (aozora-ai.com): one party",
    },
    {
        "id": "shinki-068",
        "sender": SAOTOME,
        "to": ["杉浦 教授 <sugiura@mech.tohto-u.ac.jp>"],
        "subject": "研究員受入れ（TRAN 氏）の入構手続きについて",
        "charset": "iso-2022-jp",
        "body": """杉浦先生

お世話になっております。早乙女です。
先生の研究室からお越しいただく TRAN さんの、弊社厚木センターへの入構手続きについてご連絡します。

外国籍の方の場合、弊社の規程で初回入構時に在留カードの原本確認が必要となります。
（確認のみで、コピーや番号の控えはとりません）
当日は原本をお持ちいただくよう、お伝えいただけますでしょうか。

入構予定：7/22（火）9:00　厚木センター 守衛所
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "在留カード mentioned as a document to bring; no card number, no personal record",
    },
    {
        "id": "shinki-069",
        "sender": SAEGUSA,
        "to": ["中條 真 <chujo.m@kitaguni-foods.co.jp>"],
        "subject": "需要予測サービス お見積り（本導入）",
        "charset": "shift_jis",
        "body": """北国フーズ株式会社
営業企画部 中條様

お世話になっております。日の出産業の三枝です。
PoC結果を踏まえた本導入のお見積りをお送りします。

　品番　　　　品名　　　　　　　　　　　　数量　単価　　　　金額
　DF-BASE-01　需要予測エンジン 基本ライセンス　 1　1,200,000　1,200,000
　DF-STORE-10　店舗追加ライセンス（10店舗）　 4　  180,000　  720,000
　DF-SUP-Y　　年間保守・サポート　　　　　　 1　  360,000　  360,000
　DF-ONB-01　 導入支援（初期設定・研修）　　 1　  450,000　  450,000
　─────────────────────────────────
　　　　　　　　　　　　　　　　　　　　　小計　2,730,000
　　　　　　　　　　　　　　　　　　　消費税　　273,000
　　　　　　　　　　　　　　　　　　　　　合計　3,003,000

見積番号：HS-Q-250703-02（有効期限：2025年9月30日）
""" + SIG_SAEGUSA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "price quote with product codes and a quote number",
    },
    {
        "id": "shinki-070",
        "sender": URUSHIBARA,
        "to": ["能登 駿 <noto@carelink-health.jp>"],
        "cc": ["仙波 麻衣 <senba@carelink-health.jp>"],
        "subject": "実証データの取扱い方針（要配慮個人情報について）",
        "charset": "utf-8",
        "body": """能登様、仙波様

お世話になっております。漆原です。
健康アプリ実証のデータ取扱い方針について、弊社の個人情報保護窓口と整理した結果を共有します。

1. 病歴・服薬等の要配慮個人情報は、本人の書面同意を得た場合に限り取得する。
2. 御社への提供は仮名加工した上で、被験者IDと計測値のみとする（氏名・連絡先は提供しない）。
3. 対応表は弊社のみで保管し、実証終了後6か月で廃棄する。
4. 提供はメール添付ではなく、御社のデータ連携基盤（SFTP）経由とする。

共同研究契約の別紙「データ取扱細則」にも同内容を反映したいと考えています。
ご意見をお聞かせください。
""" + SIG_URUSHIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "policy discussion about handling sensitive data; no one's data in it",
    },
]

MESSAGES += [
    {
        "id": "shinki-071",
        "sender": MASHIBA,
        "to": ["青柳 拓 <aoyagi@smartfarm-lab.jp>"],
        "cc": ["北国フーズ 調達部 <chotatsu@kitaguni-foods.co.jp>",
               "小田切 先生 <odagiri.agri.lab@gmail.com>"],
        "subject": "第2フェーズ 圃場選定の相談",
        "charset": "iso-2022-jp",
        "body": """スマートファーム・ラボ 青柳様
北国フーズ 調達部 ご担当者様
小田切先生

お世話になっております。日の出産業の真柴です。
第2フェーズで追加する圃場の選定について、ご相談させてください。
北国フーズ様の契約農家のうち、下記の条件に合う圃場を候補としたいと考えています。

　・十勝・上川エリアで、ばれいしょ又はたまねぎを作付け
　・LTE圏内（センサー通信のため）
　・2026年春まで作付け計画が確定していること

小田切先生（農業コンサルタント）には、土壌条件の観点からご助言をいただく予定です。
来週、オンラインで30分ほどお時間をいただけますでしょうか。
""" + SIG_MASHIBA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "a start-up, a partner and a private consultant on gmail: three external parties visible in To/Cc",
    },
    {
        "id": "shinki-072",
        "sender": SAMEJIMA,
        "to": ["Priya Raman <priya@tidewave.sg>"],
        "subject": "Re: Visit to Yokohama terminal - delegation",
        "charset": "utf-8",
        "body": """Hi Priya,

Thank you for the list. We have registered all five of you for the terminal visit
on 2 September; visitor badges will be ready at the gate. Please bring a photo ID.

Lunch will be at the terminal cafeteria. Do let me know about any dietary needs.

Best regards,
Aya
""" + SIG_SAMEJIMA + """

On Fri, 22 Aug 2025 at 11:40, Priya Raman <priya@tidewave.sg> wrote:
> Dear Aya,
>
> Here is our delegation for the visit:
>
> 1. Priya Raman, CEO          priya@tidewave.sg       +65 9123 4471
> 2. Daniel Lim, CTO           daniel@tidewave.sg      +65 8456 2290
> 3. Siti Nurhaliza, Ops lead  siti@tidewave.sg        +65 9770 3318
> 4. Kenji Hara, BD Japan      kenji.hara@tidewave.sg  +81 80 4412 7753
> 5. Marcus Tan, Engineer      marcus@tidewave.sg      +65 8211 0946
>
> Best,
> Priya
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person delegation list is only in the quoted mail from the recipient's own company",
    },
    {
        "id": "shinki-073",
        "sender": SAEGUSA,
        "to": ["北国ファーム 生産管理部 <seisan@kitaguni-farm.co.jp>"],
        "subject": "スマート灌水の実証へのご協力のお願い",
        "charset": "iso-2022-jp",
        "body": """株式会社北国ファーム
生産管理部 ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 新規事業開発部の三枝と申します。

北国フーズ株式会社様よりご紹介いただき、ご連絡いたしました。
弊社ではスタートアップと共同で、土壌センサーを用いたスマート灌水の実証を進めており、
貴社の圃場で秋冬作のデータ取得にご協力いただけないかと考えております。

詳細は一度ご説明に伺えればと存じます。ご検討のほどよろしくお願いいたします。
""" + SIG_SAEGUSA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "kitaguni-farm.co.jp is a separate company (北国ファーム) introduced by the partner, not a typo of kitaguni-foods.co.jp",
    },
    {
        "id": "shinki-074",
        "sender": IJUIN,
        "to": ["みどり銀行 法人営業部 大河内様 <okochi@midori-ginko.co.jp>"],
        "subject": "共同配送新会社の資金計画についてのご相談",
        "charset": "iso-2022-jp",
        "body": """みどり銀行 法人営業部
大河内 様

平素より大変お世話になっております。日の出産業の伊集院でございます。

先日ご相談した、青葉運輸様との共同配送新会社の件について、
設立時の資金計画がある程度固まりましたので、一度お時間をいただけますでしょうか。

現時点での想定は以下のとおりです。
　・資本金：4億円（当社51％、青葉運輸49％）
　・設備資金：車両・倉庫改修で約12億円（うち8億円の借入を希望）
　・運転資金：初年度 約2億円

本件は両社とも対外公表前の段階のため、機密保持の観点から、
詳細資料は秘密保持契約を締結のうえ面談時にお持ちいたします。

何卒よろしくお願い申し上げます。
""" + SIG_IJUIN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions 機密保持 / 秘密保持契約 in prose; the mail is not itself marked confidential",
    },
    {
        "id": "shinki-075",
        "sender": KOGA,
        "to": ["京浜イノベーションセンター 入居企業支援 <nyukyo@keihin-ic.or.jp>"],
        "subject": "オープンイノベーションプログラムのパンフレット",
        "charset": "utf-8",
        "body": """京浜イノベーションセンター
入居企業支援ご担当者様

お世話になっております。日の出産業の古賀です。
入居企業様向けに配布いただけるよう、弊社プログラムのパンフレット（PDF）をお送りします。
ラウンジへの掲示もしていただけますと幸いです。
""" + SIG_KOGA,
        "attachments": [
            {"kind": "pdf", "name": "HINODE_OpenInnovation_2025.pdf",
             "title": "HINODE Open Innovation Program 2025",
             "lines": ["HINODE Open Innovation Program 2025",
                       "物流・食品・ヘルスケアの3領域で、スタートアップとの協業を募集します。",
                       "支援内容：PoC費用の負担（上限500万円）、実証フィールドの提供、出資の検討",
                       "応募締切：2025年8月29日",
                       "お問い合わせ：日の出産業株式会社 事業開発室 03-5401-2281"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an unprotected brochure PDF with the company's own contact line",
    },
    {
        "id": "shinki-076",
        "sender": TAKAGI,
        "to": ["桐生 俊 <kiryu@aoba-unyu.co.jp>"],
        "subject": "FW: 【プレスリリース】ルミナ・ロボティクス、シリーズB資金調達を完了",
        "charset": "utf-8",
        "body": """桐生様

お世話になっております。高城です。
搬送ロボットPoCでご一緒しているルミナ・ロボティクス社が、本日プレスリリースを出しました。
共同配送の倉庫でも活用できそうですので、ご参考までに転送します（元メールを添付しています）。
""" + SIG_TAKAGI,
        "attachments": [
            {"kind": "eml", "name": "ルミナ_プレスリリース.eml",
             "message": {
                 "sender": "ルミナ・ロボティクス 広報 <pr@lumina-robotics.co.jp>",
                 "to": ["takagi.ryo@hinode-sangyo.co.jp"],
                 "subject": "【プレスリリース】ルミナ・ロボティクス、シリーズB資金調達を完了",
                 "charset": "utf-8",
                 "body": """報道関係各位

株式会社ルミナ・ロボティクス（本社：神奈川県厚木市、代表取締役：久我 直哉）は、
シリーズBラウンドにおいて総額25億円の資金調達を完了したことをお知らせします。
調達資金は、倉庫内搬送ロボットの量産体制の構築と海外展開に充当します。

【本件に関するお問い合わせ】
株式会社ルミナ・ロボティクス 広報担当
TEL 046-221-0950　E-mail pr@lumina-robotics.co.jp
""",
             }},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "forwarded mail (attached .eml) is a public press release with a company contact",
    },
    {
        "id": "shinki-077",
        "sender": MASHIBA,
        "to": ["江藤 祐介 <eto.yusuke@kawasaki-denki.co.jp>"],
        "subject": "7/8 工場見学の入館者",
        "charset": "shift_jis",
        "body": """江藤様

お世話になっております。真柴です。
7/8（火）の第2工場見学、弊社からの入館者は以下2名です。

　真柴 健吾（マシバ ケンゴ）　日の出産業 新規事業開発部
　漆原 慧　（ウルシバラ ケイ）日の出産業 新規事業開発部

13:00に正門守衛所へ伺います。よろしくお願いします。
""" + SIG_MASHIBA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "two staff names with department only: names without other personal data",
    },
    {
        "id": "shinki-078",
        "sender": SAEGUSA,
        "to": ["アシストウェア 開発部 <dev@assistwear.co.jp>"],
        "subject": "体験会参加者データ（フィッティング用）",
        "charset": "utf-8",
        "body": """株式会社アシストウェア
開発部 ご担当者様

お世話になっております。日の出産業の三枝です。
6/28体験会の参加者データをお送りします。
スーツのサイズ事前準備と、当日不参加の場合の連絡用にお使いください。
「明細」シートに1人1行で入れています。
""" + SIG_SAEGUSA,
        "attachments": [
            {"kind": "xlsx", "name": "体験会_参加者データ_0628.xlsx",
             "sheets": {
                 "集計": [["歩行アシストスーツ体験会 参加者集計"], [], ["サイズ", "人数"],
                         ["S", 3], ["M", 5], ["L", 2]],
                 "明細": [["受付番号", "生年月日", "性別", "身長(cm)", "体重(kg)", "郵便番号", "住所", "連絡先"],
                         ["R-01", "S23.5.14", "女", 149, 46, "223-0057", "神奈川県横浜市港北区新羽町1211-3", "045-531-0084"],
                         ["R-02", "S18.11.30", "男", 163, 61, "224-0001", "神奈川県横浜市都筑区中川1-4-2", "045-912-3376"],
                         ["R-03", "S26.2.8", "女", 152, 50, "226-0025", "神奈川県横浜市緑区十日市場町801-8", "090-6624-1853"],
                         ["R-04", "S15.7.19", "男", 168, 64, "227-0062", "神奈川県横浜市青葉区青葉台2-9-30", "045-983-7712"],
                         ["R-05", "S30.9.1", "女", 155, 58, "223-0061", "神奈川県横浜市港北区日吉4-18-5", "080-3349-2207"],
                         ["R-06", "S21.4.23", "男", 171, 70, "224-0032", "神奈川県横浜市都筑区茅ケ崎中央33-6", "045-944-2081"],
                         ["R-07", "S28.12.12", "女", 147, 44, "222-0033", "神奈川県横浜市港北区新横浜3-6-12-701", "070-5506-4419"],
                         ["R-08", "S24.6.6", "女", 158, 55, "225-0002", "神奈川県横浜市青葉区美しが丘5-2-14", "045-902-6638"],
                         ["R-09", "S19.3.27", "男", 165, 67, "223-0052", "神奈川県横浜市港北区綱島東2-7-9", "090-1187-6640"],
                         ["R-10", "S27.10.15", "女", 154, 52, "226-0027", "神奈川県横浜市緑区長津田5-1-3", "045-981-4425"]],
             }},
        ],
        "expect": "stop",
        "entities": ["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ten participants' birth dates (和暦), home addresses and phones on a second sheet, no name column",
    },
    {
        "id": "shinki-079",
        "sender": SAOTOME,
        "to": ["東都大学 産学連携本部 契約担当 <keiyaku@sangaku.tohto-u.ac.jp>"],
        "subject": "共同研究契約書 日付欄の修正について",
        "charset": "iso-2022-jp",
        "body": """東都大学 産学連携本部
契約ご担当者様

お世話になっております。日の出産業の早乙女です。
共同研究契約書（案）の日付欄について、下記のとおり修正をお願いいたします。

　第１条　研究期間　：令和７年８月１日から令和９年３月３１日まで
　第９条　費用の支払：令和７年９月３０日までに初年度分を支払う
　末尾　　締結日　　：令和７年７月１４日

なお、貴学の規程に合わせて元号表記で統一しております。
よろしくお願いいたします。
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "和暦 dates are contract dates, not anyone's date of birth",
    },
    {
        "id": "shinki-080",
        "sender": SAMEJIMA,
        "to": ["Daniel Lim <daniel@tidewave.sg>"],
        "subject": "Technical contact for the API integration",
        "charset": "utf-8",
        "body": """Dear Daniel,

As discussed, the technical contact on our side for the berth-scheduling API will be:

  Kei Urushibara
  Data Utilisation Group, New Business Development Dept.
  urushibara.kei@hinode-sangyo.co.jp
  +81-3-5401-2288

Kei will set up the sandbox credentials and share the OpenAPI spec next week.
Please feel free to contact him directly.

Kind regards,
Aya
""" + SIG_SAMEJIMA + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one colleague's business contact given to a partner, plus the standard disclaimer",
    },
]

MESSAGES += [
    {
        "id": "shinki-081",
        "sender": KOGA,
        "to": ["根本 修平 <nemoto@mirai-capital.co.jp>"],
        "subject": "Re: グリーンループ社 DDの件",
        "charset": "iso-2022-jp",
        "body": """根本さん

古賀です。
グリーンループ社のバックグラウンドチェック、調査会社から結果が届きました。
法人としては反社会的勢力との関係は確認されませんでしたが、一点気になる点があります。

取締役の蔵前 拓海氏（1984年生、共同創業者）について、
2016年に前職で特定商取引法違反（不実告知）の容疑で逮捕され、
その後、略式命令で罰金刑を受けていた旨の報道記録がありました。

本人への確認をどう進めるか、共同出資者として一度すり合わせさせてください。
""" + SIG_KOGA + """

> 古賀さん
> DDの進捗いかがでしょうか。投資委員会が来月頭なので、気になる点があれば早めに共有ください。
> 根本
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named founder's arrest and criminal penalty (要配慮個人情報) told to an outside VC",
    },
    {
        "id": "shinki-082",
        "sender": KOGA,
        "to": ["根本 修平 <nemoto@mirai-capital.co.jp>"],
        "subject": "メディセンス・ラボ社 反社チェック結果",
        "charset": "iso-2022-jp",
        "body": """根本さん

古賀です。
メディセンス・ラボ社の反社チェック結果をご報告します。

　対象　　：株式会社メディセンス・ラボ（法人）および役員4名
　調査方法：日経テレコン記事検索、調査会社データベース照会、登記簿確認
　結果　　：いずれも該当なし

役員の犯罪歴・行政処分歴等についても、検索の範囲では記録は確認されませんでした。
投資委員会の資料にはこの一文で記載しておきます。
""" + SIG_KOGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "background check with a clean result: no one's criminal record is disclosed",
    },
    {
        "id": "shinki-083",
        "sender": MASHIBA,
        "to": ["青柳 拓 <aoyagi@smartfarm-lab.jp>"],
        "subject": "圃場データ一式の共有（ダウンロードリンク）",
        "charset": "utf-8",
        "body": """青柳様

お世話になっております。真柴です。
圃場の灌水履歴と収量データ一式を共有します。
弊社ではパスワード付きZIPのメール送付を廃止しましたので、下記のリンクからダウンロードしてください。

　URL　　：https://share.hinode-sangyo.co.jp/s/9fK2xQ7mTa
　有効期限：7/18（金）23:59まで
　アクセス：御社ドメインのメールアドレスで認証（ワンタイムコード）

ファイル構成：
　irrigation_2024.csv（灌水履歴、約12万行）
　yield_2024.xlsx（圃場別収量）
""" + SIG_MASHIBA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "data shared through a download link instead of a password ZIP; nothing attached",
    },
    {
        "id": "shinki-084",
        "sender": SAEGUSA,
        "to": ["青葉運輸 港北営業所 <kohoku@aoba-unyu.co.jp>"],
        "subject": "説明会会場への機材配送先一覧",
        "charset": "utf-8",
        "html": """<html><body>
<p>青葉運輸株式会社 港北営業所 御中</p>
<p>いつもお世話になっております。日の出産業の三枝です。<br>
8月の巡回説明会で使うデモ機材の配送先一覧です。各会場とも午前中の着でお願いします。</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>着日</th><th>会場</th><th>住所</th><th>会場電話</th></tr></thead>
<tbody>
<tr><td>8/2</td><td>港北市 中央公民館</td><td>港北市中央1-2-3</td><td>045-600-1100</td></tr>
<tr><td>8/9</td><td>港北市 北地区センター</td><td>港北市北町4-10-1</td><td>045-600-2231</td></tr>
<tr><td>8/16</td><td>港北市 南地区センター</td><td>港北市南台2-5-8</td><td>045-600-3342</td></tr>
<tr><td>8/23</td><td>港北市 西部コミュニティハウス</td><td>港北市西原7-1-15</td><td>045-600-4453</td></tr>
<tr><td>8/30</td><td>港北市 地域交流センター</td><td>港北市東本町3-22</td><td>045-600-5564</td></tr>
</tbody></table>
<p>各会場の受付で「日の出産業の説明会」とお伝えください。</p>
<p>日の出産業株式会社 実証推進チーム 三枝 奈央<br>TEL 03-5401-2274</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML table of public venues with their addresses and phone numbers: places, not people",
    },
    {
        "id": "shinki-085",
        "sender": URUSHIBARA,
        "to": ["仙波 麻衣 <senba@carelink-health.jp>"],
        "subject": "健康経営PoC：健診データの事業所別集計",
        "charset": "iso-2022-jp",
        "body": """仙波様

お世話になっております。漆原です。
健康経営PoCの効果測定用に、健保組合から受領した健診結果を事業所別に集計しました。
個人単位のデータは含めておりません（10名未満の区分は「－」で秘匿しています）。

事業所　　　受診者数　有所見率　血圧要注意　HbA1c要注意　喫煙率
本社　　　　　 412　　 47.3%　　 18.2%　　　　 7.5%　　　 14.1%
厚木センター　 286　　 58.0%　　 24.5%　　　　 9.8%　　　 31.5%
大阪支店　　　 133　　 51.9%　　 20.3%　　　　 8.3%　　　 22.6%
札幌営業所　　　 8　　　 －　　　 －　　　　　　 －　　　　 －

介入群（アプリ利用）と対照群の比較は、来月の定例でお示しします。
""" + SIG_URUSHIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "health check results aggregated per site, small cells suppressed: no identifiable person",
    },
    {
        "id": "shinki-086",
        "sender": TAKAGI,
        "to": ["法務部 契約審査 <keiyaku-shinsa@hinode-sangyo.co.jp>"],
        "subject": "契約審査依頼：Nordlicht社 Mutual NDA（先方ひな形）",
        "charset": "utf-8",
        "body": """法務部 契約審査ご担当者様

新規事業開発部の高城です。
ドイツのNordlicht Technologies社とのMutual NDAについて、審査をお願いします。
先方ひな形（英文、各ページにConfidentialの表示あり）を添付します。

・準拠法：ドイツ法（日本法への変更を希望）
・管轄：ミュンヘン地裁
・希望回答日：7/4（金）
""" + SIG_TAKAGI,
        "attachments": [
            {"kind": "pdf", "name": "Nordlicht_Mutual_NDA.pdf",
             "page_header": "CONFIDENTIAL",
             "lines": ["MUTUAL NON-DISCLOSURE AGREEMENT",
                       "between Nordlicht Technologies GmbH and Hinode Sangyo Co., Ltd.",
                       "1. Definitions. 'Confidential Information' means any information disclosed ...",
                       "9. Governing law. This Agreement shall be governed by the laws of Germany."]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a CONFIDENTIAL-marked PDF, but sent only to the internal legal department",
    },
    {
        "id": "shinki-087",
        "sender": TAKAGI,
        "to": ["久我 直哉 <kuga@lumina-robotics.co.jp>"],
        "subject": "本日の定例 出席者変更",
        "charset": "iso-2022-jp",
        "body": """久我様

お世話になっております。高城です。
本日16時の定例ですが、厚木センターの鴨志田が今朝から体調を崩して休んでおりますため、
代わりに副センター長の東條が出席いたします。
現場の動線に関するご質問は東條にお願いします。
""" + SIG_TAKAGI,
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "a named colleague is off sick: a passing remark, arguably not health information",
    },
    {
        "id": "shinki-088",
        "sender": URUSHIBARA,
        "to": ["堀之内 聡 <horinouchi@tsubasa-system.jp>"],
        "subject": "会員登録APIのリクエスト例",
        "charset": "utf-8",
        "body": """ツバサシステム 堀之内様

お世話になっております。漆原です。
見守りアプリ連携の会員登録APIについて、リクエスト例をお送りします。
値はすべてテスト用のダミーです。

POST /api/v1/members
{
  "member_id": "TEST-0001",
  "name": "日の出 太郎",
  "name_kana": "ヒノデ タロウ",
  "birth_date": "1950-01-01",
  "tel": "03-0000-0000",
  "email": "test-user@example.com",
  "address": "東京都港区芝大門0-0-0"
}

レスポンスは 201 Created で member_id を返す想定です。
""" + SIG_URUSHIBARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one obviously dummy record (example.com, 0000 numbers) in an API example",
    },
    {
        "id": "shinki-089",
        "sender": TAKAGI,
        "to": ["瀬戸口 先生 <setoguchi@shirakawa-law.jp>"],
        "subject": "Re: NDA論点整理のご送付",
        "charset": "utf-8",
        "body": """瀬戸口先生

お世話になっております。高城です。
論点整理をありがとうございました。
ご指摘の3点を先方との比較表にまとめましたので、念のためお送りします。
①と③は先生のご提案どおり、先方に再修正を申し入れます。
""" + SIG_TAKAGI + """

> 高城様
> ルミナ社NDAの論点を整理しました。ご確認ください。
> 白川法律事務所 瀬戸口
""",
        "attachments": [
            {"kind": "txt", "name": "NDA比較表.txt",
             "text": """条項\t弊社案\t先方修正案\t対応方針
秘密情報の定義\t口頭開示も含む\t書面化したものに限る\t口頭開示後30日以内の書面化で合意
有効期間\t終了後5年\t終了後2年\t3年で妥協
残存条項\tソースコードは無期限\t記載なし\t無期限を維持
"""},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail to the correct law-firm domain about NDA terms; the attachment is a clause comparison",
    },
    {
        "id": "shinki-090",
        "sender": SAEGUSA,
        "to": ["港北市 広報課 <koho@city.kohoku.lg.jp>"],
        "subject": "広報誌掲載のお願い（実証実験 参加者募集）",
        "charset": "iso-2022-jp",
        "body": """港北市 広報課 ご担当者様

お世話になっております。日の出産業株式会社 実証推進チームの三枝です。
地域包括ケア推進課様との協定に基づく見守り実証実験について、
広報こうほく9月号への募集記事の掲載をお願いしたく、原稿（PDF）をお送りします。

文字数の調整が必要な場合はご指示ください。
""" + SIG_SAEGUSA,
        "attachments": [
            {"kind": "pdf", "name": "募集原稿_広報こうほく9月号.pdf",
             "lines": ["【参加者募集】見守りアプリの実証実験",
                       "対象：市内在住の65歳以上の方とそのご家族（50組）",
                       "期間：令和7年10月～令和8年1月　参加費：無料",
                       "申込：日の出産業（株）実証推進チーム ☎03-5401-2274（平日9:30～17:30）",
                       "※ご提供いただいた個人情報は本実証の運営にのみ利用します。"]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "recruitment notice for a city newsletter: only the organiser's own contact",
    },
]

MESSAGES += [
    {
        "id": "shinki-091",
        "sender": TAKAGI,
        "to": ["須藤 玄 <gen.sudo.advisory@icloud.com>"],
        "cc": ["久我 直哉 <kuga@lumina-robotics.co.jp>"],
        "subject": "安全評価のご助言のお願い（ルミナ社PoC）",
        "charset": "iso-2022-jp",
        "body": """須藤様
（cc：ルミナ・ロボティクス 久我様）

お世話になっております。日の出産業の高城です。
以前ご相談した搬送ロボットの安全評価について、ルミナ社の久我様をご紹介します。
須藤様には、ISO 3691-4 の観点から安全評価書のレビューをお願いしたいと考えております。

久我様、須藤様は元・産業機械メーカーの安全設計責任者で、
現在は個人でコンサルティングをされています。

お二人で直接日程を調整いただけますでしょうか。
""" + SIG_TAKAGI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient", "multiple_external_domains"],
        "note": "one private consultant on iCloud and one start-up: two external parties, a normal introduction",
    },
    {
        "id": "shinki-092",
        "sender": URUSHIBARA,
        "to": ["篠原 <shinohara@aozora-ai.com>"],
        "subject": "UXワークショップ用 ペルソナ資料",
        "charset": "utf-8",
        "body": """篠原様

お世話になっております。漆原です。
来週のUXワークショップで使うペルソナ資料をお送りします。
インタビュー結果から作成した架空の人物像です（実在の協力者とは無関係です）。
""" + SIG_URUSHIBARA,
        "attachments": [
            {"kind": "pptx", "name": "ペルソナ_見守りアプリ.pptx",
             "slides": [
                 ["ペルソナA：離れて暮らす娘", "佐藤 美咲（架空）・48歳・会社員（東京都在住）",
                  "母（78歳）が横浜で一人暮らし", "悩み：平日は電話できない、母が遠慮して不調を言わない"],
                 ["ペルソナB：一人暮らしの高齢者", "鈴木 一郎（架空）・80歳・元教員",
                  "スマホは孫に教わって使用", "悩み：家族に心配をかけたくない"],
                 ["ペルソナC：ケアマネジャー", "田中 恵子（架空）・52歳",
                  "担当利用者 35名", "悩み：訪問できない日の状況把握"],
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "fictional personas (stated as such) with age and job: no real person's data",
    },
    {
        "id": "shinki-093",
        "sender": KOGA,
        "to": ["能登 駿 <noto@carelink-health.jp>"],
        "subject": "PoC実施の社内承認が下りました",
        "charset": "iso-2022-jp",
        "body": """ケアリンク 能登様

お世話になっております。古賀です。
健康アプリのPoCについて、本日、弊社の社内稟議で正式に承認されました。
お待たせしてしまい申し訳ありませんでした。

今後の流れ：
　１．PoC契約書（業務委託）の締結　～7/18
　２．社内モニター募集の開始　7/22～
　３．アプリ配布・計測開始　8/18～

契約書のドラフトは法務から来週お送りします。
引き続きよろしくお願いいたします。
""" + SIG_KOGA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tells a start-up the internal approval (稟議) went through; no marking, no data",
    },
    {
        "id": "shinki-094",
        "sender": TAKAGI,
        "to": ["久我 直哉 <kuga@lumina-robotics.co.jp>"],
        "subject": "協業スキーム案（たたき台）",
        "charset": "utf-8",
        "body": """久我様

お世話になっております。高城です。
本格導入に向けた協業スキームのたたき台をお送りします。
あくまで検討用ですので、自由にコメントをいただければと思います。
""" + SIG_TAKAGI,
        "attachments": [
            {"kind": "docx", "name": "協業スキーム案_draft.docx",
             "page_header": "DRAFT（検討用）",
             "page_footer": "日の出産業株式会社 新規事業開発部",
             "paragraphs": [
                 "搬送ロボット 協業スキーム案（たたき台）",
                 "1. 販売形態：日の出産業が物流業界向け一次代理店となる",
                 "2. 保守：一次対応は日の出産業、二次対応はルミナ社",
                 "3. 価格：ロボット1台あたり月額リース方式（5年）",
                 "4. 今後の論点：独占期間、最低購入台数、ソフトウェア更新費用の負担",
             ]},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a DRAFT / 検討用 header is not a confidentiality marking",
    },
    {
        "id": "shinki-095",
        "sender": SAEGUSA,
        "to": ["Kim <kim.j@aozora-ai.com>"],
        "subject": "RE: 【Aozora AI】サポート体制のご連絡",
        "charset": "shift_jis",
        "body": """Kim様

ご連絡ありがとうございます。三枝です。
体制表、確かに受領しました。参加者からの問い合わせは、一次受付を弊社で行い、
アプリ不具合の場合のみ御社サポート窓口へエスカレーションする運用で進めます。

よろしくお願いいたします。
三枝

差出人: Kim Jiwoo <kim.j@aozora-ai.com>
送信日時: 2025年6月24日 火曜日 14:31
宛先: 三枝 奈央 <saegusa.nao@hinode-sangyo.co.jp>
件名: 【Aozora AI】サポート体制のご連絡

三枝様

実証期間中の弊社サポート体制をお知らせします。

担当　　　　氏名　　　　メール　　　　　　　　　　　　携帯
統括　　　　篠原 崇　　　shinohara@aozora-ai.com　　　090-6718-2245
一次対応　　Kim Jiwoo　　kim.j@aozora-ai.com　　　　　080-4473-9901
一次対応　　石動 菜摘　　isurugi@aozora-ai.com　　　　070-3381-6624
技術　　　　上遠野 剛　　katono@aozora-ai.com　　　　 090-2204-7718
夜間当番　　比嘉 蓮　　　higa.r@aozora-ai.com　　　　 080-9156-0372

Kim
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the start-up's five-person support roster appears only under 差出人/送信日時 as the quoted original",
    },
    {
        "id": "shinki-096",
        "sender": SAOTOME,
        "to": ["川崎電機 研究開発本部 宮内様 <miyauchi.r@kawasaki-denki.co.jp>"],
        "subject": "研究所（管理区域）入所申請の情報",
        "charset": "iso-2022-jp",
        "body": """宮内様

お世話になっております。早乙女です。
7/29の振動試験立会いについて、研究所の管理区域への入所申請に必要な情報をお送りします。

氏名　　　　　生年月日
早乙女 玲　　 1990年 5月16日
漆原 慧　　　 1987年11月 3日
杉浦 昌彦　　 1966年 2月28日（東都大学）
TRAN Minh Duc  1996年 9月 9日（東都大学）

申請手続きのほど、よろしくお願いいたします。
""" + SIG_SAOTOME,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "four visitors' names with birth dates for a site-access application: under five people (may warn)",
    },
    {
        "id": "shinki-097",
        "sender": IJUIN,
        "to": ["松永社会保険労務士事務所 <info@matsunaga-sr.jp>"],
        "cc": ["能登 駿 <noto@carelink-health.jp>"],
        "subject": "出向者の社会保険手続きに関する情報（ケアリンク社ご依頼分）",
        "charset": "iso-2022-jp",
        "body": """松永社会保険労務士事務所 御中
（cc：株式会社ケアリンク 能登様）

お世話になっております。日の出産業の伊集院です。
8/1付で弊社からケアリンク社へ在籍出向する社員について、
出向先での社会保険の資格取得手続きに必要な情報をお送りします。

　氏名　　　　　：仁科 颯太（ニシナ ソウタ）
　生年月日　　　：平成元年10月7日
　基礎年金番号　：4521-836907
　雇用保険被保険者番号：5012-418803-6
　出向期間　　　：2025年8月1日～2027年7月31日

手続き完了後、ケアリンク社経由でご連絡ください。
""" + SIG_IJUIN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data", "multiple_external_domains"],
        "note": "an employee's 基礎年金番号 with name and birth date, sent out to a labour-law office and a start-up",
    },
    {
        "id": "shinki-098",
        "sender": KOGA,
        "to": ["ケアリンク 鶴見様 <tsurumi@carelink-health.jp>"],
        "subject": "第三者割当増資 払込のご連絡",
        "charset": "iso-2022-jp",
        "body": """株式会社ケアリンク
CFO 鶴見 様

お世話になっております。日の出産業の古賀です。
第三者割当増資の払込について、本日下記のとおり手続きいたしました。

　払込日　　：2025年9月1日
　払込金額　：80,000,000円
　払込先　　：みどり銀行 神田支店 普通 1187204 カ）ケアリンク
　払込人　　：ヒノデサンギョウ（カ
　　　　　　　（弊社法人番号 """ + CORP_SELF + """）

着金をご確認のうえ、株式の割当通知書をお送りいただけますでしょうか。
""" + SIG_KOGA,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "company bank account and the company's own 法人番号 in an investment payment notice",
    },
    {
        "id": "shinki-099",
        "sender": SAMEJIMA,
        "to": ["Jonas Keller <jonas.keller@nordlicht-tech.com>"],
        "subject": "Your pilot proposal - our comments",
        "charset": "utf-8",
        "body": """Dear Jonas,

Thank you for your pilot proposal. I am returning it with our comments added in
red on pages 2 and 4 (mainly on the data retention period and the SLA).

Could we discuss the open points in our call next Tuesday?

Best regards,
Aya
""" + SIG_SAMEJIMA,
        "attachments": [
            {"kind": "pdf", "name": "Nordlicht_Pilot_Proposal_HinodeComments.pdf",
             "page_header": "Nordlicht Technologies GmbH - CONFIDENTIAL",
             "lines": ["Cold-chain Monitoring Pilot - Proposal for Hinode Sangyo",
                       "Scope: 40 NL-T3 loggers, 12 weeks, Kanagawa DC",
                       "Pricing: EUR 18,400 (hardware lease + platform)",
                       "[Hinode comment] Please shorten the data retention to 90 days after the pilot.",
                       "[Hinode comment] SLA: alert latency 60 s must be a commitment, not a target."]},
        ],
        "expect": "either",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the partner's own CONFIDENTIAL proposal returned to its author with comments",
    },
    {
        "id": "shinki-100",
        "sender": IJUIN,
        "to": ["乾 はるか <inui@kumo-logi.com>"],
        "subject": "Demo Day ご登壇のお礼",
        "charset": "utf-8",
        "body": """クモロジ株式会社
乾 はるか 様

先日のHINODE Open Innovation Pitch 2025では、ご登壇いただき誠にありがとうございました。
おかげさまで来場者は312名、会場での名刺交換は48件と、盛況のうちに終えることができました。

審査の結果、貴社には「物流イノベーション賞」を贈呈させていただきます。
副賞として、弊社厚木物流センターでのPoC（費用上限500万円）を実施いただけます。
担当の真柴より、追って具体的な進め方をご連絡いたします。

今後ともよろしくお願い申し上げます。
""" + SIG_IJUIN,
        "html": """<html><body style="font-family:sans-serif">
<p>クモロジ株式会社<br>乾 はるか 様</p>
<p>先日の<b>HINODE Open Innovation Pitch 2025</b>では、ご登壇いただき誠にありがとうございました。<br>
おかげさまで来場者は<b>312名</b>、会場での名刺交換は<b>48件</b>と、盛況のうちに終えることができました。</p>
<p>審査の結果、貴社には「<b>物流イノベーション賞</b>」を贈呈させていただきます。<br>
副賞として、弊社厚木物流センターでのPoC（費用上限500万円）を実施いただけます。<br>
担当の真柴より、追って具体的な進め方をご連絡いたします。</p>
<p>今後ともよろしくお願い申し上げます。</p>
<p>日の出産業株式会社<br>新規事業開発部 部長　伊集院 誠<br>TEL 03-5401-2270</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you mail (text + HTML) with event figures only",
    },
]
