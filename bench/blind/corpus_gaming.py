"""Blind corpus — area: gaming (日の出産業 ゲーム・eスポーツ事業部).

Player accounts and support tickets, minors and parental consent, tournament entries and
prize payouts, streamers' contracts, payment disputes with card numbers, harassment
reports, and English mail with overseas publishers.  100 messages, gaming-001 … gaming-100.
Every person, number and address here is invented.  My Number / card seeds start at 2901.
"""

from build import card_number, my_number

D = "hinode-sangyo.co.jp"


def zen(s: str) -> str:
    """ASCII digits and hyphens → full-width, the way some staff type them."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def card4(n: str, sep: str = "-") -> str:
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def mn4(n: str, sep: str = " ") -> str:
    return sep.join(n[i:i + 4] for i in range(0, 12, 4))


def corp_no(base12: str) -> str:
    """法人番号: check digit in front of a 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- signatures of the sender's staff (their own contacts are never labelled) ------------

SIG_SAEKI = """
――――――――――――――――――――――――
日の出産業株式会社　ゲーム・eスポーツ事業部
カスタマーサポートグループ　佐伯 真琴（さえき まこと）
〒150-0043 東京都渋谷区道玄坂2-24-1 日の出渋谷ビル8F
TEL 03-5459-7720（内線4312）　FAX 03-5459-7729
saeki.makoto@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_NARUMI = """
--
鳴海 航 / Wataru Narumi
日の出産業株式会社 ゲーム・eスポーツ事業部 eスポーツ運営課
〒150-0043 東京都渋谷区道玄坂2-24-1 日の出渋谷ビル8F
TEL: 03-5459-7731 / Mobile: 080-4417-2650
narumi.w@hinode-sangyo.co.jp"""

SIG_KUONJI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社
ゲーム・eスポーツ事業部　クリエイターパートナー室
久遠寺 麻衣
TEL：03-5459-7745　携帯：090-6620-1387
E-mail：kuonji@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_HIYAMA = """
─────────────────
日の出産業株式会社 ゲーム・eスポーツ事業部
決済・課金管理チーム　檜山 諒
〒150-0043 渋谷区道玄坂2-24-1 日の出渋谷ビル8F
TEL 03-5459-7758
hiyama.ryo@hinode-sangyo.co.jp
─────────────────"""

SIG_YATSURUGI = """
--------------------------------------------
日の出産業株式会社 ゲーム・eスポーツ事業部
Trust & Safety チーム　八剱 千尋（やつるぎ ちひろ）
TEL 03-5459-7766
yatsurugi@hinode-sangyo.co.jp
--------------------------------------------"""

SIG_MASHIBA = """
Best regards,

Kent Mashiba
Publishing Partnerships Manager
Games & Esports Division, Hinode Sangyo Co., Ltd.
8F Hinode Shibuya Bldg., 2-24-1 Dogenzaka, Shibuya-ku, Tokyo 150-0043, Japan
Tel: +81-3-5459-7780
k.mashiba@hinode-sangyo.co.jp"""

SIG_NAGUMO = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　経理部 ゲーム事業経理課
南雲 さやか
TEL 03-5459-7102　内線2215
nagumo.s@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_AYASE = """
――
日の出産業株式会社 法務部（ゲーム・eスポーツ事業担当）
綾瀬 透
TEL 03-5459-7015
ayase.t@hinode-sangyo.co.jp"""

SIG_TOGASHI = """
=====================================
日の出産業株式会社
ゲーム・eスポーツ事業部 大会運営グループ
冨樫 楓（とがし かえで）
〒150-0043 東京都渋谷区道玄坂2-24-1
TEL 03-5459-7733 ／ 大会当日連絡先 070-2281-5946
togashi.kaede@hinode-sangyo.co.jp
====================================="""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and delete
it. Any unauthorised use or disclosure is prohibited."""


MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# ---------------------------------------------------------------------------------------
# 001 – 020
# ---------------------------------------------------------------------------------------

add(
    id="gaming-001",
    charset="iso-2022-jp",
    sender=f"佐伯 真琴 <saeki.makoto@{D}>",
    to=["三浦 雄大 <y.miura@tsubasa-system.jp>"],
    cc=[f"game-support-lead@{D}"],
    subject="【至急】アカウント復旧メールが届かない不具合の対象ユーザー（6件）",
    body="""株式会社ツバサシステム
開発部　三浦様

いつもお世話になっております。日の出産業の佐伯です。

先週リリースのv2.14以降、パスワード再設定メールが届かないという問い合わせが
続いております。サポート側で再現できた6件を下記にまとめましたので、
送信ログの確認をお願いできますでしょうか。

会員ID     氏名            メールアドレス                   電話番号        生年月日
---------  --------------  -------------------------------  --------------  ----------
HN0048211  井ノ口 颯太      sota.inokuchi@gmail.com          090-3318-4470   2001/05/14
HN0051937  真栄城 あかり    akari.maeshiro@icloud.com        080-7725-0163   1998/11/02
HN0060442  古閑 大和        yamato_koga88@yahoo.co.jp        070-1984-3352   1988/03/27
HN0061120  百武 玲奈        rena.momotake@outlook.jp         090-5102-8836   2003/07/19
HN0073385  東海林 匠        t.shoji.play@gmail.com           080-2247-6610   1995/12/08
HN0079014  宇佐美 ひより    hiyori-u@docomo.ne.jp            090-8861-2075   2005/09/30

いずれも「メールアドレス変更直後に再設定を試みた」ケースです。
本日中に一次回答をいただけると助かります。

よろしくお願いいたします。
""" + SIG_SAEKI,
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="space-padded table of 6 players (email, phone, DOB) in the body to an external vendor",
)

add(
    id="gaming-002",
    charset="utf-8",
    sender=f"日の出ゲームズ サポート <support@mail.{D}>",
    to=["ken.tachibana.77@outlook.jp"],
    subject="Re: 【お問い合わせ番号 SUP-2026-118204】ジェムが反映されない",
    body="""橘 様

日の出ゲームズ サポートセンターでございます。
このたびはご不便をおかけしており、申し訳ございません。

お調べしたところ、9月12日 21:04 のご購入（注文番号 GP-3391-0842-7715）について、
決済は完了しておりましたが、サーバー側の付与処理が途中で止まっておりました。
本日 14:20 に「ジェム 1,200個」を手動で付与いたしましたので、
アプリを再起動のうえご確認ください。

お詫びとして、プレゼントボックスに「スタミナ回復薬×5」をお送りしております。
（受取期限：10月31日 23:59）

引き続き「星屑クロニクル」をよろしくお願いいたします。

> 9/12の夜に1200ジェムを買ったのに増えていません。
> レシートのメールは来ています。どうなっていますか？
> 橘

――――――――――――――――
日の出ゲームズ サポートセンター
受付時間 10:00〜18:00（土日祝を除く）
https://support.hinode-games.example/
――――――――――――――――
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one player's own ticket on free mail; order number only, no third-party data",
)

add(
    id="gaming-003",
    charset="shift_jis",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["大会事務局 <entry@nihon-esports-renmei.or.jp>"],
    subject="日の出カップ2026 高校生の部 エントリー名簿（保護者同意済み分）",
    body="""一般社団法人日本eスポーツ連盟
大会事務局　御中

お世話になっております。日の出産業 大会運営グループの冨樫です。

高校生の部のエントリーのうち、保護者同意書の原本確認が済んだ8名分の名簿を
CSVでお送りします。年齢確認と参加資格の照合をお願いいたします。

残り3名は同意書が未着のため、届き次第追ってお送りします。
""" + SIG_TOGASHI,
    attachments=[{
        "kind": "csv", "name": "高校生の部_エントリー_同意済.csv", "encoding": "cp932",
        "rows": [
            ["チーム名", "選手氏名", "フリガナ", "生年月日", "学年", "保護者氏名", "保護者連絡先", "同意書"],
            ["県立北稜高校A", "鬼頭 蒼真", "キトウ ソウマ", "2009/04/11", "高2", "鬼頭 聡子", "090-4412-7738", "済"],
            ["県立北稜高校A", "能登 陽向", "ノト ヒナタ", "2009/10/28", "高2", "能登 克也", "080-3390-1254", "済"],
            ["県立北稜高校A", "御子柴 湊", "ミコシバ ミナト", "2010/02/03", "高1", "御子柴 理恵", "070-6628-4019", "済"],
            ["私立青嵐学園", "沖田 結衣", "オキタ ユイ", "2008/07/15", "高3", "沖田 祐介", "090-2275-8841", "済"],
            ["私立青嵐学園", "羽鳥 律", "ハトリ リツ", "2008/12/01", "高3", "羽鳥 真由美", "080-1167-5520", "済"],
            ["私立青嵐学園", "蔵元 悠真", "クラモト ユウマ", "2009/06/22", "高2", "蔵元 直樹", "090-7734-0092", "済"],
            ["市立南工科高校", "栗林 海斗", "クリバヤシ カイト", "2009/01/09", "高2", "栗林 美穂", "070-4481-3306", "済"],
            ["市立南工科高校", "仲宗根 凛", "ナカソネ リン", "2010/03/30", "高1", "仲宗根 剛", "080-9012-6673", "済"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CP932 CSV of 8 minors with DOB and guardians' phones to an external organiser",
)

add(
    id="gaming-004",
    charset="iso-2022-jp",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["真鍋 様 <manabe.family@yahoo.co.jp>"],
    subject="保護者同意書の受領について（日の出カップ2026 ジュニアの部）",
    body="""真鍋 様

日の出カップ運営事務局の冨樫でございます。
お子様の大会参加に関する保護者同意書、確かに受領いたしました。

　参加者　　：真鍋 陽翔 様（2012年8月3日生）
　エントリー：ジュニアの部　個人戦
　保護者連絡先：080-5529-3170（同意書記載のもの）

当日は保護者様の付き添いが必要となります。受付（10:00〜）で本メールを
ご提示いただくとスムーズです。

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_TOGASHI,
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="one minor's details confirmed back to that child's parent on free mail: one person",
)

add(
    id="gaming-005",
    charset="utf-8",
    sender=f"南雲 さやか <nagumo.s@{D}>",
    to=["みどり銀行 法人営業部 長谷部様 <hasebe.k@midori-ginko.co.jp>"],
    subject="第3回 日の出カップ 賞金の一括振込依頼（明細添付）",
    body="""みどり銀行 法人営業部
長谷部 様

いつも大変お世話になっております。日の出産業 経理部の南雲です。

先日ご相談しておりました大会賞金の一括振込について、振込明細を添付いたします。
振込指定日は 10月15日（木）でお願いいたします。
総合振込のデータ形式に変換が必要でしたらご指示ください。

何卒よろしくお願い申し上げます。
""" + SIG_NAGUMO,
    attachments=[{
        "kind": "xlsx", "name": "hinodecup3_prize_transfer.xlsx",
        "sheets": {
            "振込明細": [
                ["第3回 日の出カップ 賞金振込明細（振込指定日 2026/10/15）"],
                [],
                ["No", "氏名", "カナ", "銀行", "支店", "種別", "口座番号", "金額", "連絡先"],
                [1, "大谷地 蓮", "オオヤチ レン", "みどり銀行", "渋谷支店", "普通", "4417820", 500000, "090-3381-6602"],
                [2, "蛭田 葵", "ヒルタ アオイ", "ゆうちょ銀行", "〇一八支店", "普通", "2270193", 300000, "080-6614-2208"],
                [3, "小比類巻 翔", "コヒルイマキ ショウ", "東北さくら信用金庫", "八戸中央支店", "普通", "0083315", 200000, "070-5530-9147"],
                [4, "鶴見 七海", "ツルミ ナナミ", "みどり銀行", "横浜西口支店", "普通", "6603174", 100000, "090-1249-3376"],
                [5, "Liang Wenhao", "リャン ウェンハオ", "みどり銀行", "新宿支店", "普通", "3318520", 100000, "080-2756-4410"],
                [6, "鮫島 陸", "サメジマ リク", "南海銀行", "天文館支店", "当座", "1102946", 50000, "090-8820-1653"],
                [7, "湯浅 こはる", "ユアサ コハル", "みどり銀行", "梅田支店", "普通", "5529071", 50000, "070-3315-2289"],
            ],
            "集計": [
                ["区分", "件数", "金額"],
                ["個人戦", 4, 1100000],
                ["チーム戦（代表者）", 3, 200000],
                ["合計", 7, 1300000],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX with 7 prize winners' bank accounts and phones, title row above header, to the bank",
)

add(
    id="gaming-006",
    charset="shift_jis",
    sender=f"南雲 さやか <nagumo.s@{D}>",
    to=["長谷部 様 <hasebe.k@midori-ginko.co.jp>"],
    subject="追加振込のお願い（トリオ部門 優勝チーム3名分）",
    body="""長谷部様

お世話になっております。南雲です。
先日の一括振込とは別に、トリオ部門優勝チームの3名分を個別にお願いしたく存じます。

１．塙 大輝　みどり銀行 池袋支店 普通 7730215　100,000円
２．戸叶 美月　みどり銀行 大宮支店 普通 2018847　100,000円
３．須々木 湊人　ゆうちょ銀行 〇二八支店 普通 6651093　100,000円

振込手数料は当社負担でお願いいたします。
""" + SIG_NAGUMO,
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="three people's bank accounts to the partner bank: under the five-person threshold",
)

add(
    id="gaming-007",
    charset="iso-2022-jp",
    sender=f"南雲 さやか <nagumo.s@{D}>",
    to=["星野会計事務所 星野先生 <hoshino@hoshino-kaikei.jp>"],
    subject="賞金の支払調書について（個人番号のご連絡）",
    body=f"""星野会計事務所
星野 先生

いつもお世話になっております。日の出産業の南雲です。

大会賞金（一時所得扱い）の支払調書作成の件で、受賞者から個人番号の提出が
ありましたのでご連絡いたします。

　氏名　　：枦山 隼人（はぜやま はやと）
　住所　　：〒890-0053 鹿児島県鹿児島市中央町18-7 コーポ中央302
　個人番号：{mn4(my_number(2901))}
　支払金額：1,000,000円（2026年9月21日支払）

番号確認書類（通知カードの写し）は本人から郵送で受領済みです。
ご確認のほどよろしくお願いいたします。
""" + SIG_NAGUMO,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="a prize winner's My Number with address sent to an outside accounting office",
)

add(
    id="gaming-008",
    charset="utf-8",
    sender=f"檜山 諒 <hiyama.ryo@{D}>",
    to=["チャージバック対応窓口 <chargeback@paycrest.co.jp>"],
    subject="チャージバック照会 CB-2026-04417 の回答",
    body=f"""株式会社ペイクレスト
チャージバック対応窓口 御中

お世話になっております。日の出産業 決済・課金管理チームの檜山です。
ご照会いただいた件について回答いたします。

■対象取引
　取引ID　　：PCX-7781-2209-31
　カード番号：{card4(card_number(2901))}
　有効期限　：08/29
　名義　　　：YUSUKE HIGASHIKUNI
　利用日時　：2026/08/30 23:41
　金額　　　：10,800円（ゲーム内通貨 12,000 ジェム）

■当社の見解
当該アカウントでは同日中に購入アイテムが使用されており、ログイン元IPも
過去90日の利用履歴と一致しています。第三者による不正利用ではなく、
本人利用と判断しております。ログの抜粋は別途ポータルにアップロードします。
""" + SIG_HIYAMA,
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="full credit card number with holder name in a chargeback reply to the processor",
)

add(
    id="gaming-009",
    charset="utf-8",
    sender=f"檜山 諒 <hiyama.ryo@{D}>",
    to=["チャージバック対応窓口 <chargeback@paycrest.co.jp>"],
    subject="Re: チャージバック照会 CB-2026-04452",
    body="""ペイクレスト チャージバック対応窓口 御中

お世話になっております。檜山です。
CB-2026-04452 について、下記の通り返金に応じます。

　取引ID　：PCX-7790-1183-02
　カード　：VISA **** **** **** 4821
　金額　　：3,060円
　会員ID　：HN0093317

当該アカウントは既に利用停止済みのため、アイテムの回収は不要です。
処理完了後、返金番号をお知らせください。

----- Original Message -----
From: chargeback@paycrest.co.jp
Sent: Tuesday, September 15, 2026 10:12 AM
Subject: チャージバック照会 CB-2026-04452

下記取引についてカード会社より照会がありました。10営業日以内にご回答ください。
""" + SIG_HIYAMA,
    expect="pass",
    entities=[],
    detectors=[],
    note="masked card (last four digits only) and transaction IDs: no card number, no person's record",
)

add(
    id="gaming-010",
    charset="iso-2022-jp",
    sender=f"八剱 千尋 <yatsurugi@{D}>",
    to=["白川法律事務所 戸部先生 <tobe@shirakawa-law.jp>"],
    cc=[f"綾瀬 透 <ayase.t@{D}>"],
    subject="配信者へのつきまとい事案について（ご相談）",
    body="""白川法律事務所
戸部 先生

いつもお世話になっております。日の出産業 Trust & Safety の八剱です。
法務の綾瀬からご紹介いただいた件、概要をお送りします。

・被害者：当社契約配信者「ゆきみ」こと 雪見 紗良 さん（23歳）
・内容：視聴者アカウント「nightowl_0913」から、配信外での自宅付近への待ち伏せ、
　　　　SNSでの執拗なメッセージが3か月以上続いている
・9月8日に本人が渋谷警察署に被害届を提出し、受理されています
・加害者アカウントは当社で永久BAN済み。登録情報の開示請求に備え、ログを保全しています

警察からの照会に対して当社がどこまで開示できるか、また配信者本人の契約上の
休業補償についてご意見をいただければと存じます。
""" + SIG_YATSURUGI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="identifiable streamer who is a crime victim (被害届) sent to an outside law firm: 要配慮個人情報",
)

add(
    id="gaming-011",
    charset="shift_jis",
    sender=f"久遠寺 麻衣 <kuonji@{D}>",
    to=["スターライン・プロダクション 契約管理 <contract@starline-pro.co.jp>"],
    subject="【本人確認】新規契約配信者 浅葱さんの登録情報",
    body="""スターライン・プロダクション
契約管理ご担当者様

お世話になっております。日の出産業 クリエイターパートナー室の久遠寺です。
来月から公式配信をお願いする浅葱さんについて、本人確認書類の内容を転記します。
貴社側の所属タレント台帳との突合をお願いいたします。

　氏名　　　　：浅葱 涼介
　生年月日　　：平成11年6月17日
　住所　　　　：神奈川県川崎市中原区小杉町3丁目264-2 ラ・メール武蔵小杉1105
　運転免許証　：第 452108837560 号（神奈川県公安委員会）
　有効期限　　：2029年07月17日

確認後、免許証の写しはこちらで破棄いたします。
""" + SIG_KUONJI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="a streamer's driver's licence number (with DOB, address) sent to an agency",
)

add(
    id="gaming-012",
    charset="utf-8",
    sender=f"久遠寺 麻衣 <kuonji@{D}>",
    to=["ほしぞらタレント 法務 今泉様 <imaizumi@hoshizora-talent.jp>"],
    subject="秘密保持契約書（案）の送付",
    body="""ほしぞらタレント株式会社
法務ご担当　今泉様

お世話になっております。日の出産業の久遠寺です。
新作タイトルのタイアップ配信に先立ち、秘密保持契約を締結させていただきたく、
当社ひな形をお送りします。

第4条（秘密情報の範囲）に「未発表タイトルの映像」を明記しております。
修正のご希望があれば、変更履歴付きでご返送いただけますと幸いです。

締結後に企画書をお送りする段取りで考えております。
""" + SIG_KUONJI,
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_案_v1.docx", "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）とほしぞらタレント株式会社（以下「乙」という。）は、"
            "甲が開発中のゲームタイトルに関する配信企画の検討にあたり、次のとおり契約を締結する。",
            "第1条（目的） 本契約は、本企画の検討のために開示される情報の取扱いを定める。",
            "第2条（秘密情報） 開示者が秘密である旨を明示して開示した技術上・営業上の情報をいう。",
            "第3条（除外） 公知の情報、受領者が独自に開発した情報は秘密情報に含まない。",
            "第4条（秘密情報の範囲） 未発表タイトルの映像、画像、仕様を含む。",
            "第5条（有効期間） 本契約の有効期間は締結日から2年間とする。",
            "以上",
        ],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with a blank NDA draft: no marking, no personal data",
)

add(
    id="gaming-013",
    charset="utf-8",
    sender=f"Kent Mashiba <k.mashiba@{D}>",
    to=["Hannah Lindqvist <hannah.lindqvist@northgale-interactive.com>"],
    subject="Closed beta (JP region) – tester roster for NDA countersignature",
    body="""Hi Hannah,

As discussed on Tuesday's call, attached is the roster of Japanese closed-beta testers
who have signed our click-through NDA. Your legal team asked for the list so they can
countersign on Northgale's side before the build goes out on the 28th.

Columns are tester ID, handle, full name, email, country and date of birth (we need the
DOB to show everyone is 18+ for the mature rating).

Let me know if the format works for your importer.
""" + SIG_MASHIBA,
    attachments=[{
        "kind": "csv", "name": "jp_closed_beta_roster.csv", "encoding": "utf-8",
        "rows": [
            ["tester_id", "handle", "full_name", "email", "country", "date_of_birth"],
            ["JPB-0001", "kuroneko_k", "Kyohei Kurosawa", "kyohei.kurosawa@gmail.com", "JP", "1994-02-17"],
            ["JPB-0002", "mochi_pon", "Asuka Mochizuki", "asuka.mochi@icloud.com", "JP", "1999-08-05"],
            ["JPB-0003", "RAIZEN", "Raizo Tsukamoto", "raizo.t@outlook.jp", "JP", "1987-11-23"],
            ["JPB-0004", "hanabi77", "Haruka Nonomura", "h.nonomura@yahoo.co.jp", "JP", "2001-07-07"],
            ["JPB-0005", "tetsu_gg", "Tetsuya Ibaraki", "ibaraki.tetsuya@gmail.com", "JP", "1990-04-30"],
            ["JPB-0006", "sayo_night", "Sayo Kunimitsu", "sayo.kunimitsu@gmail.com", "JP", "1996-12-12"],
            ["JPB-0007", "Gonzo", "Gonta Ishigami", "gonta.ishigami@softbank.ne.jp", "JP", "1985-09-01"],
            ["JPB-0008", "minty", "Mina Tokoro", "mina.tokoro@icloud.com", "JP", "2002-03-19"],
            ["JPB-0009", "ZeroKaku", "Kakeru Zenno", "kakeru.zenno@gmail.com", "JP", "1998-06-26"],
            ["JPB-0010", "yuzu_shiba", "Yuzuki Shibasaki", "yuzuki.s@ezweb.ne.jp", "JP", "2000-10-14"],
            ["JPB-0011", "oboro", "Oboro Amamiya", "oboro.amamiya@outlook.jp", "JP", "1993-01-08"],
            ["JPB-0012", "pikkoro", "Hikaru Obinata", "hikaru.obinata@gmail.com", "JP", "1997-05-21"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 12 testers (name, email, DOB) to an overseas publisher",
)

add(
    id="gaming-014",
    charset="utf-8",
    sender=f"Kent Mashiba <k.mashiba@{D}>",
    to=["Tomas Berglund <tomas.berglund@northgale-interactive.com>"],
    subject="Re: JP localization – revised milestone dates",
    body="""Hi Tomas,

Thanks for the quick turnaround. Our localization vendor confirmed they can absorb the
extra 18,000 words from the 1.3 update, so the revised plan is:

  - Text lock (EN source):        Oct 9
  - JP translation complete:      Oct 30
  - LQA pass 1:                   Nov 6 - Nov 13
  - Certification submission:     Nov 20
  - JP storefront go-live:        Dec 3

The only risk I see is the voice-over pickup sessions; the studio has one slot left in
November. I'll confirm by Friday.

On Mon, Sep 14, 2026 at 6:02 PM Tomas Berglund wrote:
> Kent, can you send us the updated JP dates? Producers want them for the roadmap review.
""" + SIG_MASHIBA + "\n" + DISC_EN,
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary English schedule mail to a publisher with the standard confidentiality disclaimer",
)

add(
    id="gaming-015",
    charset="utf-8",
    sender=f"Kent Mashiba <k.mashiba@{D}>",
    to=["Finance – Bluefjord Games <royalties@bluefjord-games.com>"],
    subject="Q3 revenue share statement – Frostbound (Japan)",
    body="""Dear Bluefjord finance team,

Please find attached the Q3 2026 revenue share statement for Frostbound in Japan.
Net receipts after platform fees came to JPY 48,207,330; your share at 45% is
JPY 21,693,298, to be remitted by October 31.

Happy to walk through the platform breakdown on a call.
""" + SIG_MASHIBA,
    attachments=[{
        "kind": "pdf", "name": "Frostbound_JP_Q3_2026_statement.pdf",
        "title": "Revenue share statement Q3 2026",
        "page_header": "CONFIDENTIAL",
        "page_footer": "Hinode Sangyo Co., Ltd. – Confidential – Do not distribute",
        "lines": [
            "Revenue share statement – Frostbound (Japan) – Q3 2026",
            "Licensor: Bluefjord Games AB   Licensee: Hinode Sangyo Co., Ltd.",
            "",
        ],
        "table": [
            ["Platform", "Gross JPY", "Platform fee", "Net JPY"],
            ["Steam", "21,880,400", "6,564,120", "15,316,280"],
            ["PlayStation Store", "19,442,100", "5,832,630", "13,609,470"],
            ["Nintendo eShop", "16,905,700", "5,071,710", "11,833,990"],
            ["App Store / Google Play", "10,636,800", "3,189,210", "7,447,590"],
            ["Total", "68,865,000", "20,657,670", "48,207,330"],
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF stamped CONFIDENTIAL in header/footer sent to an external publisher",
)

add(
    id="gaming-016",
    charset="iso-2022-jp",
    sender=f"南雲 さやか <nagumo.s@{D}>",
    to=["長谷部 様 <hasebe.k@midori-ginkou.co.jp>"],
    subject="振込指定日の変更について",
    body="""みどり銀行
長谷部様

いつもお世話になっております。日の出産業の南雲です。

先日お願いした賞金の一括振込ですが、社内決裁の都合で振込指定日を
10月15日から10月19日（月）に変更させていただけますでしょうか。
明細の内容に変更はございません。

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_NAGUMO,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain midori-ginkou.co.jp is a look-alike of partner midori-ginko.co.jp",
)

add(
    id="gaming-017",
    charset="utf-8",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=["営業企画部 <eigyo-kikaku@hinode-sangyou.co.jp>"],
    cc=[f"game-biz@{D}"],
    subject="【週次】星屑クロニクル KPI（9/7〜9/13）",
    body="""営業企画部 各位

お疲れさまです。eスポーツ運営課の鳴海です。
今週のKPIを共有します。

　DAU（平均）　　：182,400（前週比 +3.2%）
　新規登録　　　：21,760
　課金率　　　　：4.8%
　ARPPU　　　　 ：3,420円
　大会予選参加数：1,944チーム

コラボイベント開始の影響で新規が伸びています。詳細はダッシュボードをご確認ください。
""" + SIG_NARUMI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="'internal' mail addressed to hinode-sangyou.co.jp, a look-alike of the own domain",
)

add(
    id="gaming-018",
    charset="iso-2022-jp",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=[
        "青嵐学園 eスポーツ部 顧問 松永先生 <matsunaga@seiran-gakuen.ac.jp>",
        "北稜高校 情報部 顧問 菅原先生 <sugawara.t@hokuryo-hs.ed.jp>",
        "南工科高校 eスポーツ同好会 <esports@minami-koka.ed.jp>",
        "外部コーチ 日向 <hyuga.coach@gmail.com>",
    ],
    subject="【日の出カップ2026】高校生の部 会場下見会のご案内",
    body="""各校 顧問の先生方

お世話になっております。日の出カップ運営事務局の冨樫です。

本選会場の下見会を下記の日程で実施いたします。
引率の先生方とチームの代表者1名でご参加ください。

　日時：10月3日（土）13:00〜14:30
　場所：ゼニスアリーナ東京 2F 搬入口集合
　持ち物：上履き、学生証

出欠は9月25日までにご返信ください。
""" + SIG_TOGASHI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three schools and a private coach all visible in To: should have been Bcc",
)

add(
    id="gaming-019",
    charset="shift_jis",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["さくらホテル 宴会営業 藤崎様 <fujisaki@sakura-hotel.jp>"],
    cc=["青葉運輸 法人営業 大庭様 <oba.m@aoba-unyu.co.jp>"],
    subject="10/24 大会機材の搬入時間について（三者調整）",
    body="""さくらホテル 藤崎様
青葉運輸 大庭様

お世話になっております。日の出産業の冨樫です。

10月24日の決勝大会に向けた機材搬入について、両社の認識を揃えたく
まとめてご連絡いたします。

　・搬入車両：4tウイング車 2台（青葉運輸様手配）
　・搬入口　：ホテル地下1階 荷捌き場
　・到着時刻：6:30（ホテル様の警備受付は6:15から）
　・設営場所：3F 大宴会場「桜華の間」
　・搬出　　：当日 21:30 以降

荷捌き場の使用時間が 8:00 までとのことですので、青葉運輸様には
1台目を 6:30、2台目を 7:10 着でお願いできればと考えております。
""" + SIG_TOGASHI,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="normal three-way logistics mail with two partner organisations",
)

add(
    id="gaming-020",
    charset="iso-2022-jp",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["大会事務局 <entry@nihon-esports-renmei.or.jp>"],
    subject="社会人の部 エントリー一覧（パスワード付き）",
    body="""日本eスポーツ連盟 大会事務局 御中

お世話になっております。冨樫です。
社会人の部のエントリー一覧をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

よろしくお願いいたします。
""" + SIG_TOGASHI,
    attachments=[{
        "kind": "zip", "name": "shakaijin_entry_20260918.zip", "password": "Hn#2026cup",
        "files": [{
            "kind": "xlsx", "name": "社会人の部_エントリー一覧.xlsx",
            "sheets": {"一覧": [
                ["チーム", "氏名", "生年月日", "電話"],
                ["Team Kagerou", "芦原 健吾", "1991/03/04", "090-2231-8874"],
                ["Team Kagerou", "片桐 瞬", "1993/07/19", "080-5516-0327"],
                ["SOUBI", "袴田 恵", "1996/01/25", "070-8842-1190"],
                ["SOUBI", "杠 光太郎", "1989/11/11", "090-6604-7725"],
                ["SOUBI", "鴫原 湊", "1995/05/05", "080-3378-2216"],
            ]},
        }],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external organiser: contents cannot be inspected",
)

# ---------------------------------------------------------------------------------------
# 021 – 040
# ---------------------------------------------------------------------------------------

add(
    id="gaming-021",
    charset="iso-2022-jp",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["大会事務局 <entry@nihon-esports-renmei.or.jp>"],
    subject="Re: 社会人の部 エントリー一覧（パスワード付き）",
    body="""日本eスポーツ連盟 大会事務局 御中

冨樫です。先ほどお送りしたファイルのパスワードをお知らせします。

　Hn#2026cup

解凍できない場合はご連絡ください。
""" + SIG_TOGASHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="follow-up mail carrying only a password: no attachment, no personal data",
)

add(
    id="gaming-022",
    charset="utf-8",
    sender=f"久遠寺 麻衣 <kuonji@{D}>",
    to=["スターライン・プロダクション 契約管理 <contract@starline-pro.co.jp>"],
    subject="配信業務委託契約書（2026年度更新版）送付の件",
    body="""スターライン・プロダクション
契約管理ご担当者様

いつもお世話になっております。久遠寺です。
所属配信者4名分の業務委託契約書（更新版）をPDFでお送りします。
セキュリティの都合上、PDFには閲覧パスワードを設定しております。
パスワードはいつもの方法でお電話にてお伝えします。

ご確認のうえ、押印済みの原本をご返送ください。
""" + SIG_KUONJI,
    attachments=[{
        "kind": "pdf", "name": "業務委託契約書_2026_starline.pdf", "password": "starline0930",
        "title": "配信業務委託契約書",
        "lines": ["配信業務委託契約書", "委託者：日の出産業株式会社", "受託者：（所属配信者）",
                  "第1条 委託業務 当社タイトルの公式配信", "第2条 報酬 別紙のとおり"],
    }],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF contract to an agency: attachment cannot be scanned",
)

add(
    id="gaming-023",
    charset="utf-8",
    sender=f"Kent Mashiba <k.mashiba@{D}>",
    to=["Ji-woo Park <jiwoo.park@seoraepixel.com>"],
    subject="Season 4 ranked ladder export (JP server)",
    body="""Hi Ji-woo,

Here is the Season 4 ranked ladder export for the JP server you asked for, so your
balance team can compare win rates against the KR ladder.

The file came straight out of our BI tool; shout if anything looks off.
""" + SIG_MASHIBA,
    attachments=[{"kind": "corrupt", "name": "S4_ranked_ladder_JP.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="corrupt XLSX going to an overseas publisher: cannot be inspected",
)

add(
    id="gaming-024",
    charset="shift_jis",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=["錦印刷 営業部 村越様 <murakoshi@nishiki-insatsu.co.jp>"],
    subject="予選会場一覧（チラシ裏面掲載用）",
    body="""錦印刷株式会社
営業部　村越様

お世話になっております。日の出産業の鳴海です。
チラシ裏面に掲載する地区予選の会場一覧をお送りします。
レイアウトは前回（春大会）と同じ2段組でお願いします。

会場名                        住所                                     電話
----------------------------  ---------------------------------------  ------------
ゲームプラザ日の出 札幌狸小路  札幌市中央区南3条西4丁目12-1           011-251-7730
アミューズランド仙台一番町    仙台市青葉区一番町3-8-15                022-224-5518
ゲームプラザ日の出 池袋東口    東京都豊島区東池袋1-21-4                03-3985-2261
GAMESPOT ZERO 横浜西口        横浜市西区南幸2-10-3 ハマビル2F         045-311-9042
ゲームプラザ日の出 名古屋大須  名古屋市中区大須3-30-86                 052-261-4470
アミューズランド梅田          大阪市北区角田町5-11                    06-6313-2208
ゲームプラザ日の出 広島本通    広島市中区本通6-9                       082-545-3317
GAMESPOT ZERO 天神            福岡市中央区天神2-7-21                  092-724-6650

各会場とも受付は当日10:00からです（掲載不要）。
""" + SIG_NARUMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="list of game-centre venues with shop addresses and phones: businesses, not people",
)

add(
    id="gaming-025",
    charset="utf-8",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=["紅白エージェンシー 媒体プランニング 城戸様 <kido@kouhaku-ad.co.jp>"],
    subject="広告出稿検討用のユーザー属性データ（集計値）",
    body="""紅白エージェンシー
城戸様

お世話になっております。鳴海です。
来期の出稿プラン検討用に、「星屑クロニクル」のユーザー属性を集計値でお送りします。
個人単位のデータは含まれておりません。

■年代別 アクティブユーザー比率（2026年8月）
　13〜17歳　 9.8%
　18〜24歳　31.2%
　25〜34歳　33.5%
　35〜44歳　17.1%
　45歳以上　 8.4%

■地域別 上位5都府県
　東京都 18.6% ／ 大阪府 8.9% ／ 神奈川県 8.1% ／ 愛知県 6.2% ／ 福岡県 4.7%

■性別（自己申告）
　男性 61% ／ 女性 35% ／ 回答なし 4%

■平均プレイ時間　1日 47分（中央値 32分）
""" + SIG_NARUMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate statistics only, no individual people",
)

add(
    id="gaming-026",
    charset="utf-8",
    sender=f"八剱 千尋 <yatsurugi@{D}>",
    to=[f"綾瀬 透 <ayase.t@{D}>", f"ts-team@{D}"],
    subject="9月前半 永久BAN対象アカウント（RMT・チート）",
    body="""綾瀬さん、T&Sチーム各位

9/1〜9/15 に永久BANとしたアカウントの一覧です。
RMT業者の開示請求が来た場合に備えて、法務でも控えておいてください。

会員ID\t登録氏名\t登録メール\t理由
HN0102234\t大曽根 誠\tmakoto.ozone@gmail.com\tRMT出品
HN0102911\t鏑木 愛梨\tairi.kaburagi@yahoo.co.jp\tRMT出品
HN0104450\t五味 拓海\tgomi.takumi55@outlook.jp\tチートツール使用
HN0104458\t五味 拓海\tgomi.sub01@gmail.com\tBAN回避（サブ垢）
HN0107713\t刀根 夏希\tnatsuki.tone@icloud.com\tアカウント売買
HN0108206\t葛城 昴\tsubaru.k@gmail.com\tチートツール使用
HN0109981\t仁科 大悟\tdaigo.nishina@docomo.ne.jp\t不正決済
HN0110045\t久世 莉子\trikokuze@gmail.com\tRMT購入（2回目）

以上8件です。
""" + SIG_YATSURUGI,
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=[],
    note="list of 8 banned users but every recipient is internal",
)

add(
    id="gaming-027",
    charset="iso-2022-jp",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=[f"南雲 さやか <nagumo.s@{D}>"],
    subject="賞金受領者の個人番号（社会人の部 優勝）",
    body=f"""南雲さん

お疲れさまです。冨樫です。
社会人の部優勝の芦原さんから個人番号の提出がありました。
支払調書用に経理でお預かりください。

　氏名：芦原 健吾
　住所：埼玉県さいたま市浦和区高砂2-14-9
　個人番号：{my_number(2902)}

番号確認書類の写しは社内便で送ります。
""" + SIG_TOGASHI,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=[],
    note="My Number passed between two internal staff only",
)

add(
    id="gaming-028",
    charset="shift_jis",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["大会事務局 野々宮様 <nonomiya@nihon-esports-renmei.or.jp>"],
    subject="Re: 【確認】本選出場チーム メンバー表",
    body="""野々宮様

お世話になっております。冨樫です。
メンバー表の送付ありがとうございます。内容確認いたしました。
1点だけ、Team Kagerou の補欠登録は締切後のため、当日は出場不可となります。
チーム代表には当社から連絡いたします。

> 本選出場チームのメンバー表をお送りします。
> チーム名        氏名          生年月日     連絡先
> Team Kagerou    芦原 健吾     1991/03/04   090-2231-8874
> Team Kagerou    片桐 瞬       1993/07/19   080-5516-0327
> Team Kagerou    楢崎 颯       1998/02/14   070-4402-9918
> SOUBI           袴田 恵       1996/01/25   070-8842-1190
> SOUBI           杠 光太郎     1989/11/11   090-6604-7725
> SOUBI           鴫原 湊       1995/05/05   080-3378-2216
> 
> ご確認をお願いいたします。
> 日本eスポーツ連盟 大会事務局 野々宮
""" + SIG_TOGASHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="the player list is only in '>' quoted text from the recipient's own mail",
)

add(
    id="gaming-029",
    charset="iso-2022-jp",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="FW: 宿泊者情報（Team Kagerou）",
    body="""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業の冨樫です。
10/23〜24のブロック予約分について、チーム代表から届いた宿泊者情報を転送します。
宿泊者名簿への記入をお願いいたします。

-----Original Message-----
From: Team Kagerou 芦原 <ashihara.kagerou@gmail.com>
Sent: Thursday, September 17, 2026 11:48 PM
To: togashi.kaede@hinode-sangyo.co.jp
Subject: 宿泊者情報（Team Kagerou）

冨樫さん

宿泊するメンバーの情報です。よろしくお願いします。

1) 芦原 健吾　1991/03/04　090-2231-8874　埼玉県さいたま市浦和区高砂2-14-9
2) 片桐 瞬　1993/07/19　080-5516-0327　東京都練馬区豊玉北4-31-6
3) 楢崎 颯　1998/02/14　070-4402-9918　千葉県船橋市本町6-2-11-805
4) 万代 修平（コーチ）　1984/10/30　090-8117-3362　東京都杉並区阿佐谷南1-9-3
5) 柘植 まどか（マネージャー）　1990/06/08　080-6628-0471　神奈川県相模原市中央区相模原3-7-20

チェックインは23日の20時頃になると思います。
芦原
""" + SIG_TOGASHI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="forward (FW) of a team mail listing 5 people with DOB/phone/address to a hotel: forwarded text counts",
)

add(
    id="gaming-030",
    charset="utf-8",
    sender=f"檜山 諒 <hiyama.ryo@{D}>",
    to=["ペイクレスト 加盟店サポート <merchant-support@paycrest.co.jp>"],
    subject="FW: 二重課金による返金依頼（サポート集約分）",
    body="""ペイクレスト 加盟店サポート御中

お世話になっております。日の出産業の檜山です。
9/14 のメンテナンス明けに発生した二重課金について、サポートで集約した
返金依頼をメールごと添付いたします。各取引の取消処理をお願いできますでしょうか。
""" + SIG_HIYAMA,
    attachments=[{
        "kind": "eml", "name": "二重課金_返金依頼まとめ.eml",
        "message": {
            "charset": "utf-8",
            "sender": f"佐伯 真琴 <saeki.makoto@{D}>",
            "to": [f"檜山 諒 <hiyama.ryo@{D}>"],
            "subject": "二重課金 返金依頼まとめ（9/14メンテ明け）",
            "body": """檜山さん

二重課金の問い合わせ、本日までの分をまとめました。返金手配をお願いします。

氏名, 会員ID, メール, 電話, 取引ID, 金額
大久保 美琴, HN0120337, mikoto.okubo@gmail.com, 090-1120-4476, PCX-7801-0014-55, 1,220円
宍戸 健太郎, HN0120981, kentaro.shishido@yahoo.co.jp, 080-4457-9013, PCX-7801-0031-08, 3,060円
早乙女 凪, HN0121440, nagi.saotome@icloud.com, 070-2269-8841, PCX-7801-0047-62, 610円
比嘉 陸斗, HN0122018, rikuto.higa@gmail.com, 090-7735-0128, PCX-7801-0052-19, 10,800円
神野 詩織, HN0122593, shiori.jinno@outlook.jp, 080-3304-6675, PCX-7801-0069-70, 3,060円
漆原 大樹, HN0123305, urushibara.d@softbank.ne.jp, 090-5582-1947, PCX-7801-0073-44, 1,220円

佐伯
""",
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="attached mail (message/rfc822) holding 6 customers' contact rows, sent to the processor",
)

add(
    id="gaming-031",
    charset="utf-8",
    sender=f"南雲 さやか <nagumo.s@{D}>",
    to=["あおぞらBPO 経理代行チーム <keiri@aozora-bpo.co.jp>"],
    subject="9月分 配信者報酬の振込先一覧",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>あおぞらBPO 経理代行チーム 御中</p>
<p>いつもお世話になっております。日の出産業 経理部の南雲です。<br>
9月分の配信者報酬の振込先を下記にまとめました。25日振込でお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>配信者名</th><th>本名</th><th>振込先</th><th>口座番号</th><th>連絡先</th><th>報酬額</th></tr>
<tr><td>くろがね</td><td>黒鉄 大悟</td><td>みどり銀行 上野支店 普通</td><td>3309128</td><td>090-4478-2201</td><td>384,000</td></tr>
<tr><td>ゆきみ</td><td>雪見 紗良</td><td>ゆうちょ銀行 〇〇八支店 普通</td><td>1182207</td><td>080-2231-6694</td><td>512,500</td></tr>
<tr><td>こんぺいとう</td><td>金平 透子</td><td>みどり銀行 吉祥寺支店 普通</td><td>6620413</td><td>070-1158-3329</td><td>96,200</td></tr>
<tr><td>Rei@FPS</td><td>霊山 玲央</td><td>北辰銀行 札幌駅前支店 普通</td><td>0047719</td><td>090-6623-8810</td><td>228,000</td></tr>
<tr><td>まったり部長</td><td>松田 一成</td><td>みどり銀行 浦和支店 普通</td><td>2295530</td><td>080-9940-1172</td><td>143,700</td></tr>
<tr><td>ぴよ丸</td><td>日吉 真央</td><td>瀬戸内信用金庫 本店営業部 普通</td><td>8813062</td><td>070-3306-4458</td><td>61,000</td></tr>
<tr><td>KAZAMI</td><td>風見 颯人</td><td>みどり銀行 渋谷支店 普通</td><td>4471906</td><td>090-2280-7751</td><td>305,400</td></tr>
</table>
<p>源泉徴収額は別途CSVでお送りします。</p>
<p>--<br>日の出産業株式会社 経理部 ゲーム事業経理課<br>南雲 さやか<br>TEL 03-5459-7102</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 7 streamers' real names, bank accounts and phones to an outsourcer",
)

add(
    id="gaming-032",
    charset="shift_jis",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=["旅路トラベル 法人手配センター 石動様 <isurugi@tabiji-travel.co.jp>"],
    subject="海外招待選手の航空券・ビザ招へい状手配",
    body="""旅路トラベル株式会社
法人手配センター　石動様

いつもお世話になっております。日の出産業の鳴海です。
決勝大会に招待する海外選手6名分の航空券手配と、招へい理由書の作成をお願いします。
旅券情報は添付のWordにまとめています。

往路：10/21 着、復路：10/26 発 で調整をお願いいたします。
""" + SIG_NARUMI,
    attachments=[{
        "kind": "docx", "name": "招待選手_旅券情報.docx", "title": "招待選手 旅券情報",
        "paragraphs": ["日の出カップ2026 決勝 招待選手 旅券情報", "（航空券・招へい状手配用）"],
        "tables": [[
            ["氏名（旅券表記）", "国籍", "旅券番号", "生年月日", "チーム"],
            ["KIM DOYOON", "KOR", "M48215739", "2002-03-11", "Seoul Foxes"],
            ["LEE SEOYEON", "KOR", "M60938421", "2003-09-27", "Seoul Foxes"],
            ["CHEN YU-TING", "TWN", "359204718", "2000-12-02", "Taipei Lanterns"],
            ["NGUYEN MINH KHOA", "VNM", "C7731902", "2001-05-16", "Saigon Rising"],
            ["TAN WEI JIE", "SGP", "K2290461C", "1999-08-08", "Lion City Esports"],
            ["SANTOS MIGUEL", "PHL", "P4410837B", "2002-01-30", "Manila Tide"],
        ]],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="DOCX table of 6 players' passport numbers and DOB to a travel agency",
)

add(
    id="gaming-033",
    charset="utf-8",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=["川崎電機 宣伝部 米倉様 <yonekura@kawasaki-denki.co.jp>"],
    subject="日の出カップ ジュニアの部 協賛報告資料",
    body="""川崎電機株式会社
宣伝部 米倉様

お世話になっております。日の出産業の鳴海です。
ジュニアの部へのゲーミングPCご協賛、誠にありがとうございました。
協賛報告資料をお送りします。5ページ目に入賞者のご紹介を入れております。
副賞PCの発送先確認にもお使いください。
""" + SIG_NARUMI,
    attachments=[{
        "kind": "pptx", "name": "日の出カップ_ジュニア_協賛報告.pptx", "title": "協賛報告",
        "slides": [
            ["日の出カップ2026 ジュニアの部 協賛報告", "川崎電機株式会社 御中", "2026年9月"],
            ["大会概要", "参加者数 412名（前年比 +28%）", "配信同時接続 最大 18,300",
             "会場来場者 1,150名"],
            ["協賛露出", "ステージ背面ロゴ", "配信オーバーレイ（全試合）", "PC展示ブース 来訪 620名"],
            ["アンケート結果", "「使用PCが快適だった」 92%", "「購入を検討したい」 37%"],
            ["入賞者紹介（副賞PC発送先確認用）",
             "優勝 柳楽 蒼（2012/05/09）青嵐学園中等部 保護者TEL 090-3317-4402",
             "準優勝 牧之瀬 ひなた（2013/01/22）港南第二中 保護者TEL 080-6627-1180",
             "3位 右京 大和（2011/11/03）北稜中 保護者TEL 070-2215-8839",
             "4位 城之内 陽菜（2012/08/14）桜台中 保護者TEL 090-8843-0267",
             "5位 苗村 朔（2013/04/01）南工科附属中 保護者TEL 080-1192-5574"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PPTX slide lists 5 minor winners with DOB, school and guardian phone, sent to a sponsor",
)

add(
    id="gaming-034",
    charset="iso-2022-jp",
    sender=f"佐伯 真琴 <saeki.makoto@{D}>",
    to=["ツバサシステム 移行チーム <migration@tsubasa-system.jp>"],
    subject="旧会員DB（2014年〜）のサンプルデータ送付",
    body="""ツバサシステム 移行チーム 御中

お世話になっております。佐伯です。
旧ポータル時代の会員DBから、移行テスト用に実データのサンプルを抜き出しました。
古いExcel形式（.xls）のままで申し訳ありませんが、文字コードの確認にお使いください。
""" + SIG_SAEKI,
    attachments=[{
        "kind": "xls", "name": "old_member_sample.xls",
        "sheets": {"members": [
            ["会員番号", "氏名", "住所", "電話", "メール", "登録日"],
            ["M-000142", "髙橋 彌生", "青森県弘前市大字土手町73-2", "0172-33-5518", "yayoi.t@ezweb.ne.jp", "2014/04/02"],
            ["M-000377", "﨑山 伸之", "静岡県浜松市中央区砂山町351-8", "053-455-2091", "nobu.sakiyama@yahoo.co.jp", "2014/05/19"],
            ["M-001208", "今井田 桃子", "大阪府堺市堺区熊野町東2-1-14", "072-232-7740", "momoko.imaida@gmail.com", "2014/09/30"],
            ["M-002215", "勅使河原 純", "東京都世田谷区太子堂5-22-7", "03-3412-8806", "jun.teshi@outlook.jp", "2015/01/07"],
            ["M-003390", "丹下 美佐", "福岡県北九州市小倉北区魚町2-6-10", "093-531-4427", "misa.tange@gmail.com", "2015/06/23"],
            ["M-004471", "乙部 和真", "北海道旭川市4条通8丁目1703", "0166-22-9130", "kazuma.otobe@docomo.ne.jp", "2015/11/11"],
        ]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="legacy XLS with 6 members' addresses, phones and e-mails to an external vendor",
)

add(
    id="gaming-035",
    charset="utf-8",
    sender=f"八剱 千尋 <yatsurugi@{D}>",
    to=["IronVeil Threat Intel <intel@ironveil-security.com>"],
    subject="Suspected aimbot users – request for client-side signature check",
    body="""Hello IronVeil team,

We flagged the following accounts on the JP server for statistically impossible
headshot ratios over the last two weeks. Could you check whether their client
fingerprints match the "PhantomAim" signature you reported on Sep 2?

account_id\treal_name\temail\tlast_ip\tdevice_id
HN0131172\tShota Amagi\tshota.amagi@gmail.com\t203.0.113.42\tPC-7F3A91
HN0131590\tRyunosuke Hata\thata.ryu@yahoo.co.jp\t198.51.100.17\tPC-22C0DE
HN0132004\tMei Sugawara\tmei.sgw@icloud.com\t203.0.113.199\tPC-9B1E47
HN0132881\tKoki Uenishi\tkoki.uenishi@outlook.jp\t192.0.2.88\tPC-41AA03
HN0133316\tDaisuke Kanno\tkanno.d@gmail.com\t198.51.100.230\tPC-E0917C
HN0133742\tTakeru Moriyasu\ttakeru.m@softbank.ne.jp\t203.0.113.7\tPC-5D6B20

No action has been taken on these yet; we want your read before we ban.
""" + SIG_YATSURUGI,
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="tab-separated list of 6 players (real names, e-mails) to an overseas anti-cheat vendor",
)

add(
    id="gaming-036",
    charset="shift_jis",
    sender=f"檜山 諒 <hiyama.ryo@{D}>",
    to=["青葉運輸 法人営業 大庭様 <oba.m@aoba-unyu.co.jp>"],
    subject="VIPユーザー向け記念品の発送先（6件）",
    body="""青葉運輸株式会社
法人営業　大庭様

お世話になっております。日の出産業の檜山です。
5周年記念品（アクリルスタンド・複製原画セット）の発送先をお送りします。
配達日時指定はすべて「10/10 午前中」でお願いいたします。

・須藤 雅臣 様　〒060-0042 北海道札幌市中央区大通西7-2-11-1204　TEL 090-2283-6610
・穂積 えりか 様　〒980-0811 宮城県仙台市青葉区一番町2-5-5　TEL 080-4419-3371
・三田村 航平 様　〒330-0063 埼玉県さいたま市浦和区高砂3-12-1-703　TEL 070-6654-2298
・卜部 紗希 様　〒460-0008 愛知県名古屋市中区栄4-16-8　TEL 090-1136-7742
・冷泉 悠 様　〒530-0012 大阪府大阪市北区芝田2-8-33-1501　TEL 080-7720-5513
・具志堅 蒼 様　〒900-0015 沖縄県那覇市久茂地3-21-1　TEL 070-3348-9026

送り状の品名は「雑貨」でお願いします（ゲーム名は記載しないでください）。
""" + SIG_HIYAMA,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="bullet list of 6 customers' addresses and phones to a carrier",
)

add(
    id="gaming-037",
    charset="iso-2022-jp",
    sender=f"南雲 さやか <nagumo.s@{D}>",
    to=["星野会計事務所 <office@hoshino-kaikei.jp>"],
    subject="配信者（個人事業主）5名の支払先情報",
    body="""星野会計事務所 御中

いつもお世話になっております。日の出産業 経理部の南雲です。
年末の支払調書作成に向けて、報酬を支払っている個人配信者5名の情報をお送りします。

【1】
氏名：黒鉄 大悟
住所：東京都台東区東上野4-8-1 上野ハイツ502
電話：090-4478-2201
口座：みどり銀行 上野支店 普通 3309128

【2】
氏名：雪見 紗良
住所：東京都世田谷区三軒茶屋2-11-20
電話：080-2231-6694
口座：ゆうちょ銀行 〇〇八支店 普通 1182207

【3】
氏名：金平 透子
住所：東京都武蔵野市吉祥寺本町1-30-4-306
電話：070-1158-3329
口座：みどり銀行 吉祥寺支店 普通 6620413

【4】
氏名：霊山 玲央
住所：北海道札幌市北区北七条西5-7-1
電話：090-6623-8810
口座：北辰銀行 札幌駅前支店 普通 0047719

【5】
氏名：松田 一成
住所：埼玉県さいたま市浦和区岸町7-3-15
電話：080-9940-1172
口座：みどり銀行 浦和支店 普通 2295530

個人番号は本人から回収中のため、揃い次第別途お届けします。
""" + SIG_NAGUMO,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="five one-record-per-block entries (address, phone, bank) to an outside accountant",
)

add(
    id="gaming-038",
    charset="utf-8",
    sender=f"Kent Mashiba <k.mashiba@{D}>",
    to=["Player Safety – Bluefjord <safety@bluefjord-games.com>"],
    subject="Incident report: seizure during Frostbound event stage (Tokyo, Sep 19)",
    body="""Hello Player Safety team,

Reporting an incident at our Frostbound community event in Tokyo on Sep 19, as required
under section 9.2 of the licence agreement.

Player: Sosuke Kitamikado (15), entrant in the junior exhibition match
What happened: about four minutes into the "Aurora Rift" map, during the flashing
boss-phase transition, he lost consciousness and had a convulsive seizure. Venue
first-aiders attended and he was taken to hospital by ambulance.
Follow-up: his mother told us yesterday that the hospital diagnosed photosensitive
epilepsy and that he is now on medication. He is recovering at home.

We would like to discuss adding a stronger photosensitivity warning and a
"reduce flashing" option to the JP build before the next event.
""" + SIG_MASHIBA,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named minor's diagnosis (epilepsy) sent to an overseas publisher: medical 要配慮個人情報",
)

add(
    id="gaming-039",
    charset="iso-2022-jp",
    sender=f"久遠寺 麻衣 <kuonji@{D}>",
    to=["北国フーズ マーケティング部 鷹取様 <takatori@kitaguni-foods.co.jp>"],
    subject="タイアップ配信の中止について（ご報告とお詫び）",
    body="""北国フーズ株式会社
マーケティング部　鷹取様

いつも大変お世話になっております。日の出産業の久遠寺です。

10月に予定しておりました「北国ポテト×星屑クロニクル」のタイアップ配信について、
出演予定の配信者「くろがね」（本名：黒鉄 大悟）が、9月20日に傷害の疑いで
警視庁に逮捕されたことが判明いたしました。

当社は同日付で契約を停止しており、タイアップ配信は中止とさせていただきます。
代替の出演者案を来週中にご提案いたします。
ご迷惑をおかけし、誠に申し訳ございません。
""" + SIG_KUONJI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named streamer's arrest (criminal record information) sent to a sponsor",
)

add(
    id="gaming-040",
    charset="utf-8",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["ゼニスアリーナ東京 運営部 千代田様 <chiyoda@zenith-arena.jp>"],
    subject="車いすご利用の選手の導線について",
    body="""ゼニスアリーナ東京
運営部　千代田様

お世話になっております。日の出産業の冨樫です。
決勝に出場する選手のうち1名が車いすを利用されるため、導線のご相談です。

　選手：Team SOUBI　袴田 恵 さん
　状況：身体障害者手帳（1級）をお持ちで、移動は電動車いすです
　ご相談事項：
　　・ステージへのスロープ設置（段差 40cm）
　　・控室から舞台袖までのエレベーター優先利用
　　・試合席は通常の椅子を外してスペース確保

ご本人からは、配信でこの件に触れないでほしいとの希望を伺っています。
""" + SIG_TOGASHI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named player's disability (障害者手帳1級) sent to a venue: 要配慮個人情報 of one person",
)

# ---------------------------------------------------------------------------------------
# 041 – 060
# ---------------------------------------------------------------------------------------

add(
    id="gaming-041",
    charset="shift_jis",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    subject="招待選手のお食事・お部屋についてのお願い",
    body="""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業の鳴海です。
10/21〜26にご宿泊予定の招待選手について、個別のお願いがございます。

　宿泊者：NGUYEN MINH KHOA 様（予約番号 SKR-88120-03）
　・ムスリムのため、朝食・夕食はハラール対応をお願いしたい
　・1日5回の礼拝のため、お部屋にキブラ（メッカの方角）の表示があると助かる
　・ラマダン期間ではないため、食事時間は通常どおり

対応可否と追加料金の有無をご教示ください。
""" + SIG_NARUMI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named guest's religion (Muslim, prayer) sent to a hotel: 要配慮個人情報 (信条)",
)

add(
    id="gaming-042",
    charset="utf-8",
    sender=f"八剱 千尋 <yatsurugi@{D}>",
    to=["Seorae Pixel Trust & Safety <tns@seoraepixel.com>"],
    subject="Cross-region harassment case – JP player targeted with ethnic slurs",
    body="""Hello Seorae T&S team,

We need your help with a harassment case that spans both servers.

Victim: Ha-eun Ri (account "haeun_jp", HN0140233), a Zainichi Korean player based in
Osaka. She streams occasionally and mentioned her family background on stream last
month.
Since then, three KR-server accounts (listed in the attached ticket export) have been
sending her messages with ethnic slurs about Zainichi Koreans and telling her to
"go back". She has filed a report with us and is considering going to the police.

We have muted the accounts on our side, but they keep creating new ones through your
login. Could you look up the linked device IDs on the KR side?
""" + SIG_YATSURUGI,
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named victim's ethnic origin (在日コリアン) in a harassment report to a foreign publisher",
)

add(
    id="gaming-043",
    charset="iso-2022-jp",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=["みなと行政書士事務所 <info@minato-gyosei.jp>"],
    subject="所属プロ選手の在留期間更新申請について",
    body="""みなと行政書士事務所
ご担当者様

お世話になっております。日の出産業 eスポーツ運営課の鳴海です。
当社プロチームに所属する選手の在留期間更新について、申請取次をお願いしたく
ご連絡いたしました。

　氏名　　　　：CHEN YU-TING
　生年月日　　：2000年12月2日
　在留資格　　：興行
　在留カード番号：UF48217360TK
　在留期限　　：2026年11月30日

雇用契約書の写しと、今季の出場実績は郵送でお送りします。
""" + SIG_NARUMI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="residence card number of a player sent to an outside administrative scrivener",
)

add(
    id="gaming-044",
    charset="utf-8",
    sender=f"久遠寺 麻衣 <kuonji@{D}>",
    to=["ひかり社会保険労務士法人 <tetsuzuki@hikari-sr.jp>"],
    subject="資格取得届の件（10/1入社 配信スタッフ）",
    body="""ひかり社会保険労務士法人
手続きご担当者様

いつもお世話になっております。日の出産業の久遠寺です。
10月1日付で契約社員として入社する配信スタッフの社会保険資格取得手続きを
お願いいたします。

　氏名：日吉 真央（ひよし まお）
　生年月日：1999年2月18日
　基礎年金番号：4127-603915
　標準報酬月額（見込）：280,000円

雇用契約書は本日PDFで共有フォルダに格納しました。
""" + SIG_KUONJI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="a new hire's basic pension number sent to an outside labour consultant",
)

add(
    id="gaming-045",
    charset="shift_jis",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["常盤損保 事故受付センター <jiko@tokiwa-sonpo.co.jp>"],
    subject="イベント賠償責任保険 事故報告（証券番号 EV-2026-33817）",
    body="""常盤損害保険株式会社
事故受付センター 御中

日の出産業株式会社 大会運営グループの冨樫です。
9月19日の体験会で来場者の方が負傷されたため、事故報告いたします。

　被害者：椎名 智恵 様（42歳）
　連絡先：080-6633-1948
　健康保険証：記号 3120045 番号 28（協会けんぽ）
　事故状況：展示ブースの配線カバーにつまずき転倒
　負傷内容：右手首の骨折（橈骨遠位端骨折）、全治6週間との診断
　通院先：渋谷中央病院 整形外科

治療費の立替状況など、必要書類をご案内いただけますでしょうか。
""" + SIG_TOGASHI,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="health insurance number and injury diagnosis of a named visitor sent to an insurer",
)

add(
    id="gaming-046",
    charset="iso-2022-jp",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=["ルーメンPR 宮園様 <miyazono@lumen-pr.co.jp>"],
    subject="【社外秘】新作タイトル発表スケジュール（案）",
    body="""ルーメンPR
宮園様

お世話になっております。鳴海です。
新作タイトル（仮称：Project KAGUYA）の発表スケジュール案を共有します。

　10/28　ティザーサイト公開（ロゴ・キービジュアルのみ）
　11/05　東京ゲームフェス 当社ブースにて正式発表
　11/05　PV第1弾公開、事前登録開始
　12/10　クローズドβ募集開始
　2027/02　正式サービス開始（予定）

メディア向けの事前ブリーフィングは 11/2 を想定しています。
""" + SIG_NARUMI,
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="subject carries a 【社外秘】 classification and goes to an outside PR agency",
)

add(
    id="gaming-047",
    charset="utf-8",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["大会事務局 野々宮様 <nonomiya@nihon-esports-renmei.or.jp>"],
    subject="大会運営マニュアル（当日スタッフ用）",
    body="""野々宮様

お世話になっております。冨樫です。
当日スタッフ用の運営マニュアルをお送りします。
貴連盟から派遣いただく審判団の皆様にも共有いただけますと幸いです。
""" + SIG_TOGASHI,
    attachments=[{
        "kind": "docx", "name": "運営マニュアル_v3.docx", "title": "日の出カップ2026 運営マニュアル",
        "page_header": "部外秘　日の出産業株式会社 ゲーム・eスポーツ事業部",
        "paragraphs": [
            "日の出カップ2026 決勝大会 運営マニュアル（第3版）",
            "1. タイムテーブル 8:00 スタッフ集合 / 9:30 選手受付 / 11:00 開会",
            "2. 試合進行 各試合前に審判がデバイスチェックを行う",
            "3. 不正対策 外部デバイスの持ち込みは禁止。発見時は大会本部へ連絡",
            "4. 緊急時対応 体調不良者は救護室（1F）へ。AEDは受付横",
            "5. 配信 ディレイは3分。選手のモニター映り込みに注意",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX with a 部外秘 page header sent to an external organiser",
)

add(
    id="gaming-048",
    charset="utf-8",
    sender=f"Kent Mashiba <k.mashiba@{D}>",
    to=["Hannah Lindqvist <hannah.lindqvist@northgale-interactive.com>"],
    subject="JP sales forecast FY2027 – draft for Thursday",
    body="""Hi Hannah,

Attached is our draft JP sales forecast for FY2027 ahead of Thursday's planning call.
The "Base" sheet assumes the Switch 2 port lands in Q2; "Upside" adds the anime tie-in.
""" + SIG_MASHIBA,
    attachments=[{
        "kind": "xlsx", "name": "JP_forecast_FY2027_draft.xlsx", "title": "JP sales forecast FY2027",
        "page_header": "取扱注意 / Handle with care – Hinode Sangyo",
        "sheets": {
            "Base": [
                ["JP sales forecast FY2027 (units)"],
                ["Quarter", "PC", "Console", "Mobile", "Total"],
                ["Q1", 42000, 61000, 0, 103000],
                ["Q2", 38000, 94000, 0, 132000],
                ["Q3", 30000, 57000, 120000, 207000],
                ["Q4", 26000, 49000, 95000, 170000],
            ],
            "Upside": [
                ["Scenario: anime tie-in (Q3)"],
                ["Quarter", "Total units"],
                ["Q1", 103000], ["Q2", 132000], ["Q3", 268000], ["Q4", 214000],
            ],
        },
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="XLSX with a 取扱注意 page header sent to an overseas publisher",
)

add(
    id="gaming-049",
    charset="utf-8",
    sender=f"Kent Mashiba <k.mashiba@{D}>",
    to=["Ji-woo Park <jiwoo.park@seoraepixel.com>"],
    cc=[f"narumi.w@{D}"],
    subject="Pitch deck – Hinode x Seorae co-publishing (JP/KR)",
    body="""Hi Ji-woo,

Thanks again for hosting us in Pangyo. As promised, here is the deck we walked through,
including the marketing budget split and the esports circuit proposal on slide 4.

Looking forward to your team's feedback.
""" + SIG_MASHIBA,
    attachments=[{
        "kind": "pptx", "name": "Hinode_Seorae_copublishing_v2.pptx", "title": "Co-publishing proposal",
        "page_footer": "CONFIDENTIAL – Internal Only – Hinode Sangyo Co., Ltd.",
        "slides": [
            ["Hinode x Seorae", "Co-publishing proposal for JP / KR", "September 2026"],
            ["Market", "JP mobile RPG market: JPY 1.1T", "Our install base: 3.2M MAU"],
            ["Marketing", "Budget split 60/40 (JP/KR)", "TV spots in Q1, influencer in Q2"],
            ["Esports circuit", "4 regional qualifiers + Tokyo final", "Prize pool USD 250,000"],
            ["Next steps", "Term sheet by Oct 30", "Soft launch Feb 2027"],
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PPTX stamped 'CONFIDENTIAL – Internal Only' on every slide, sent outside",
)

add(
    id="gaming-050",
    charset="utf-8",
    sender=f"Kent Mashiba <k.mashiba@{D}>",
    to=["Tomas Berglund <tomas.berglund@northgale-interactive.com>"],
    subject="NDA countersigned / 機密保持契約 締結完了",
    body="""Hi Tomas,

Good news: our legal team countersigned the mutual NDA this morning, so we are clear to
receive the unannounced title materials. The executed PDF has been uploaded to the
shared DocuSign folder.

(For our Japanese staff in cc later: 機密保持契約の締結が完了しましたので、
先方から未発表タイトルの資料を受領できる状態になりました。)

Could you send over the build access instructions when convenient?
""" + SIG_MASHIBA,
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an executed NDA: the words are a topic, not a classification stamp",
)

add(
    id="gaming-051",
    charset="iso-2022-jp",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=["北国フーズ マーケティング部 鷹取様 <takatori@kitaguni-foods.co.jp>"],
    subject="決勝会場でのサンプリングブースについて",
    body="""北国フーズ株式会社
鷹取様

いつもお世話になっております。日の出産業の鳴海です。
10/24 決勝会場でのサンプリングブースについて、レイアウトが固まりましたのでご連絡します。

　・ブース位置：1F ロビー、物販列の出口側（2m×3m）
　・配布数：北国ポテト ミニパック 3,000個（来場者1人1個）
　・搬入：10/23（金）17:00〜19:00
　・電源：100V 2口 ご用意可能

ブース装飾のデータ入稿は10/9までにお願いいたします。
""" + SIG_NARUMI + "\n" + DISC_JA,
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary sponsor mail ending with the standard Japanese confidentiality disclaimer",
)

add(
    id="gaming-052",
    charset="shift_jis",
    sender=f"Kent Mashiba <k.mashiba@{D}>",
    to=["川崎電機 宣伝部 米倉様 <yonekura@kawasaki-denki.co.jp>"],
    subject="Northgale社 ご担当者のご紹介",
    body="""川崎電機株式会社
米倉様

お世話になっております。日の出産業の真柴です。
先日お話しした、Frostbound の推奨PCスペック監修の件で、
開発元 Northgale Interactive 社のご担当者をご紹介いたします。

　Northgale Interactive AB
　Technical Partnerships Lead　Erik Sandvik 様
　E-mail：erik.sandvik@northgale-interactive.com
　TEL：+46-8-5011-7730（ストックホルム本社）

英語でのやり取りになりますが、必要に応じて私も同席いたします。
""" + SIG_MASHIBA,
    expect="pass",
    entities=[],
    detectors=[],
    note="introduces one business contact of a company (work e-mail and office phone)",
)

add(
    id="gaming-053",
    charset="utf-8",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["ゼニスアリーナ東京 運営部 千代田様 <chiyoda@zenith-arena.jp>"],
    subject="9/29 会場下見の参加者",
    body="""千代田様

お世話になっております。冨樫です。
9/29（火）14:00からの下見には、当社から下記4名で伺います。
当日何かあれば携帯にご連絡ください。

　冨樫 楓　　070-2281-5946
　鳴海 航　　080-4417-2650
　和久井 誠　090-3362-0815（配信技術）
　生田目 伶　080-1179-4436（照明・音響）

車両は1台（品川 300 さ 12-34）で伺います。
""" + SIG_TOGASHI,
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four attendees with mobile numbers: under the five-person threshold",
)

add(
    id="gaming-054",
    charset="iso-2022-jp",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["大会事務局 野々宮様 <nonomiya@nihon-esports-renmei.or.jp>"],
    subject="年齢確認のお願い（U-18部門 チーム「雷鳥」）",
    body="""野々宮様

お世話になっております。冨樫です。
U-18部門のチーム「雷鳥」について、メンバー4名の年齢確認をお願いいたします。

　主将　立花 蒼空　　Ｈ２１．５．１４
　　　　古城 琥太郎　Ｈ２１．９．２
　　　　若狭 一颯　　Ｈ２２．１．２７
　　　　深山 澪　　　Ｈ２０．１２．８

主将の立花さんは大会当日に18歳の誕生日を迎えるため、規定上の扱いを
ご確認いただけますでしょうか。
""" + SIG_TOGASHI,
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="four players' 和暦 dates of birth to the organiser: fewer than five people",
)

add(
    id="gaming-055",
    charset="utf-8",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=["大会事務局 野々宮様 <nonomiya@nihon-esports-renmei.or.jp>"],
    subject="シード選手（ランキング上位5名）のご連絡",
    body="""野々宮様

お世話になっております。鳴海です。
シーズンランキングに基づくシード選手をお知らせします。

　順位　プレイヤー名　　所属　　　　　ポイント
　1　　 RAIZEN　　　　 フリー　　　　 4,820
　2　　 mochi_pon　　　Team SOUBI　　 4,415
　3　　 ZeroKaku　　　 フリー　　　　 4,102
　4　　 Gonzo　　　　　 Team Kagerou　 3,990
　5　　 sayo_night　　 フリー　　　　 3,871

トーナメント表への反映をお願いいたします。
""" + SIG_NARUMI,
    expect="either",
    entities=[],
    detectors=[],
    note="five players by public handle with ranking points only: a list of people or public results?",
)

add(
    id="gaming-056",
    charset="shift_jis",
    sender=f"久遠寺 麻衣 <kuonji@{D}>",
    to=["北国フーズ マーケティング部 鷹取様 <takatori@kitaguni-foods.co.jp>"],
    subject="代替出演者の候補（6名）",
    body="""鷹取様

お世話になっております。久遠寺です。
タイアップ配信の代替出演者の候補をお送りします。
いずれも公開プロフィールの情報で、出演可否は事務所経由で確認中です。

・ゆきみ　　　登録者 42万人　女性／20代　雑談・RPG　　所属：スターライン・プロ
・こんぺいとう 登録者 18万人　女性／20代　料理・パズル　所属：ほしぞらタレント
・Rei@FPS　　 登録者 31万人　男性／20代　FPS　　　　　所属：フリー
・まったり部長 登録者 25万人　男性／40代　実況全般　　所属：スターライン・プロ
・ぴよ丸　　　登録者 9万人　 女性／10代後半　リズム　　所属：ほしぞらタレント
・KAZAMI　　　登録者 55万人　男性／20代　格闘ゲーム　　所属：フリー

案件窓口はいずれも各事務所（フリーの方は当社）となります。
""" + SIG_KUONJI,
    expect="either",
    entities=[],
    detectors=[],
    note="six streamers' public channel profiles (stage names, age band): public persona data, arguable",
)

add(
    id="gaming-057",
    charset="iso-2022-jp",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["ゼニスアリーナ東京 運営部 <ops@zenith-arena.jp>"],
    subject="Re: 観客席の配置について",
    body="""ゼニスアリーナ東京 運営部 御中

冨樫です。観客席の件、承知しました。
補足ですが、ジュニアの部に出場するチーム「ひよこ組」の選手1名がてんかんの持病があり、
保護者から、点滅の多い照明演出は控えてほしいとの申し出がありました。
該当チームの試合中は、ステージ照明のストロボをオフにしていただけますでしょうか。
""" + SIG_TOGASHI,
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="medical condition of an unnamed but narrowly identifiable minor (one player of a named team)",
)

add(
    id="gaming-058",
    charset="utf-8",
    sender=f"檜山 諒 <hiyama.ryo@{D}>",
    to=["ペイクレスト 加盟店サポート <merchant-support@paycrest.co.jp>"],
    subject="「ドラゴンズ・ハース」サービス終了に伴う払戻し（銀行振込分）",
    body="""ペイクレスト 加盟店サポート御中

お世話になっております。檜山です。
サービス終了に伴う未使用有償通貨の払戻しのうち、銀行振込を希望された方の
一覧をCSV（UTF-8）でお送りします。払戻し代行の手続きをお願いいたします。

第1回締め分として9件です。
""" + SIG_HIYAMA,
    attachments=[{
        "kind": "csv", "name": "haraimodoshi_bank_batch01.csv", "encoding": "utf-8",
        "rows": [
            ["受付番号", "氏名", "フリガナ", "金融機関", "支店", "種別", "口座番号", "払戻額", "メール"],
            ["DH-R0001", "久我 紘一", "クガ コウイチ", "みどり銀行", "新橋支店", "普通", "1047723", "4800", "kuga.k@gmail.com"],
            ["DH-R0002", "瓜生 彩花", "ウリュウ アヤカ", "ゆうちょ銀行", "〇五八支店", "普通", "3398150", "12000", "ayaka.uryu@yahoo.co.jp"],
            ["DH-R0003", "猪瀬 翼", "イノセ ツバサ", "みどり銀行", "川越支店", "普通", "7720316", "980", "t.inose@icloud.com"],
            ["DH-R0004", "阿久津 舞", "アクツ マイ", "常陽中央銀行", "水戸駅前支店", "普通", "0551974", "36000", "mai.akutsu@outlook.jp"],
            ["DH-R0005", "生駒 隆之介", "イコマ リュウノスケ", "みどり銀行", "難波支店", "普通", "4462208", "2400", "ikoma.ryu@gmail.com"],
            ["DH-R0006", "左近 詩乃", "サコン シノ", "京和銀行", "四条支店", "普通", "2209847", "7200", "shino.sakon@gmail.com"],
            ["DH-R0007", "由比 駿介", "ユイ シュンスケ", "ゆうちょ銀行", "一一八支店", "普通", "6103352", "15600", "yui.shun@docomo.ne.jp"],
            ["DH-R0008", "名越 杏", "ナゴシ アン", "みどり銀行", "千葉支店", "普通", "3381029", "600", "an.nagoshi@gmail.com"],
            ["DH-R0009", "日置 賢人", "ヒオキ ケント", "肥後中央信用金庫", "本店", "普通", "0098714", "24000", "hioki.kento@icloud.com"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 9 customers' bank accounts and e-mails to the payment agent",
)

add(
    id="gaming-059",
    charset="iso-2022-jp",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["ゼニスアリーナ東京 警備センター <security@zenith-arena.jp>"],
    subject="選手入場者リスト（ジュニアの部）PDF送付",
    body="""ゼニスアリーナ東京
警備センター 御中

お世話になっております。日の出産業の冨樫です。
選手用通用口での入場確認に使う、ジュニアの部の選手リストをPDFでお送りします。
保護者同伴が必須のため、保護者連絡先も記載しております。
""" + SIG_TOGASHI,
    attachments=[{
        "kind": "pdf", "name": "junior_entry_list.pdf", "title": "ジュニアの部 選手入場者リスト",
        "lines": ["日の出カップ2026 ジュニアの部 選手入場者リスト（10/24）", ""],
        "table": [
            ["No", "氏名", "フリガナ", "生年月日", "保護者氏名", "保護者TEL"],
            ["1", "柳楽 蒼", "ナギラ アオイ", "2012/05/09", "柳楽 千晶", "090-3317-4402"],
            ["2", "牧之瀬 ひなた", "マキノセ ヒナタ", "2013/01/22", "牧之瀬 亮", "080-6627-1180"],
            ["3", "右京 大和", "ウキョウ ヤマト", "2011/11/03", "右京 文子", "070-2215-8839"],
            ["4", "城之内 陽菜", "ジョウノウチ ヒナ", "2012/08/14", "城之内 剛士", "090-8843-0267"],
            ["5", "苗村 朔", "ナムラ サク", "2013/04/01", "苗村 由香里", "080-1192-5574"],
            ["6", "真鍋 陽翔", "マナベ ハルト", "2012/08/03", "真鍋 恵", "080-5529-3170"],
            ["7", "三ツ矢 楓真", "ミツヤ フウマ", "2011/06/19", "三ツ矢 晴美", "090-4470-2286"],
            ["8", "轟 ここな", "トドロキ ココナ", "2012/12/25", "轟 智之", "070-8806-1153"],
            ["9", "百瀬 律希", "モモセ リツキ", "2013/02/11", "百瀬 あずさ", "080-3342-7790"],
            ["10", "江波戸 晴", "エバト ハル", "2011/09/07", "江波戸 誠司", "090-1125-6638"],
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of 10 minors with DOB and guardian phones to venue security",
)

add(
    id="gaming-060",
    charset="shift_jis",
    sender=f"南雲 さやか <nagumo.s@{D}>",
    to=["星野会計事務所 <office@hoshino-kaikei.jp>"],
    subject="源泉徴収対象者一覧（上期）の送付",
    body="""星野会計事務所 御中

お世話になっております。南雲です。
上期（4〜9月）に報酬を支払った個人配信者・大会解説者の一覧をZIPでお送りします。
中身は一覧のExcelと、項目説明のテキストです。
""" + SIG_NAGUMO,
    attachments=[{
        "kind": "zip", "name": "gensen_2026H1.zip",
        "files": [
            {"kind": "txt", "name": "readme.txt", "encoding": "cp932",
             "text": "gensen_2026H1.xlsx の項目説明\n支払額は税込、源泉徴収税額は10.21%で計算\n住所は契約書記載のもの\n"},
            {"kind": "xlsx", "name": "gensen_2026H1.xlsx", "sheets": {
                "上期": [
                    ["2026年度上期 源泉徴収対象者一覧"],
                    ["氏名", "区分", "住所", "電話", "支払額", "源泉税額"],
                    ["黒鉄 大悟", "配信者", "東京都台東区東上野4-8-1-502", "090-4478-2201", 1920000, 196032],
                    ["雪見 紗良", "配信者", "東京都世田谷区三軒茶屋2-11-20", "080-2231-6694", 2560000, 261376],
                    ["金平 透子", "配信者", "東京都武蔵野市吉祥寺本町1-30-4-306", "070-1158-3329", 481000, 49110],
                    ["霊山 玲央", "配信者", "北海道札幌市北区北七条西5-7-1", "090-6623-8810", 1140000, 116394],
                    ["稗田 康平", "大会解説", "千葉県市川市八幡3-2-17", "080-5561-2094", 660000, 67386],
                    ["宝生 ゆかり", "大会実況", "東京都品川区大井1-14-6-901", "090-7783-3315", 720000, 73512],
                ],
            }},
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="unencrypted ZIP holding an XLSX of 6 payees' addresses and phones, to an outside accountant",
)

# ---------------------------------------------------------------------------------------
# 061 – 076
# ---------------------------------------------------------------------------------------

add(
    id="gaming-061",
    charset="utf-8",
    sender=f"佐伯 真琴 <saeki.makoto@{D}>",
    to=["三浦 雄大 <y.miura@tsubasa-systems.jp>"],
    subject="Re: 会員DB移行 切替当日の手順について",
    body="""三浦様

お世話になっております。佐伯です。
切替当日の手順書、拝見しました。サポート窓口側の対応として、下記の2点を追加したいです。

1. 切替中（2:00〜5:00）はお問い合わせフォームを停止し、告知バナーを表示
2. 5:00 の切替完了後、サポート側で代表アカウント10件のログイン確認を実施

問題なければ手順書 v1.3 に反映をお願いいたします。
""" + SIG_SAEKI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-systems.jp has an extra letter: look-alike of partner tsubasa-system.jp",
)

add(
    id="gaming-062",
    charset="iso-2022-jp",
    sender=f"綾瀬 透 <ayase.t@{D}>",
    to=["戸部先生 <tobe@shirakawa-law.co.jp>"],
    subject="打合せ日程のご相談（配信者契約の件）",
    body="""白川法律事務所
戸部 先生

いつもお世話になっております。日の出産業 法務部の綾瀬です。
先日ご相談した配信者契約の件で、一度お打合せのお時間をいただけますでしょうか。

候補日：
　9月28日（月）15:00〜16:00
　9月29日（火）10:00〜11:00
　10月1日（木）終日

オンラインでも対面でも構いません。
""" + SIG_AYASE,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-law.co.jp is a TLD variant of partner shirakawa-law.jp",
)

add(
    id="gaming-063",
    charset="shift_jis",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=["経営企画 小宮山 <komiyama.j@hinode-sangyo-co.jp>"],
    subject="日の出カップ2026 収支見込み（9月時点）",
    body="""小宮山さん

お疲れさまです。鳴海です。
日の出カップ2026の収支見込みを共有します。

　収入：協賛金 4,200万円／チケット 1,150万円／配信収益 380万円
　支出：会場費 1,800万円／賞金 1,300万円／制作・配信 1,650万円／その他 540万円
　差引：+440万円（見込み）

協賛1社が追加になれば +600万円の上振れがあります。
役員会資料への転記をお願いします。
""" + SIG_NARUMI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyo-co.jp (hyphen for a dot) imitates the own domain",
)

add(
    id="gaming-064",
    charset="utf-8",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=["錦印刷 村越様 <murakoshi@nishiki-lnsatsu.co.jp>"],
    subject="決勝パンフレット 校了データ",
    body="""村越様

お世話になっております。鳴海です。
決勝パンフレットの校了データを、いつものストレージにアップしました。

　ファイル名：hinodecup2026_final_pamph_kouryo.pdf
　仕様：A4 中綴じ 24P、表紙マットPP
　部数：5,000部
　納品：10/20（火）午前、ゼニスアリーナ東京 搬入口

色校でご指摘いただいた P12 の写真は差し替え済みです。
""" + SIG_NARUMI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-lnsatsu.co.jp uses 'l' for 'i': homoglyph of partner nishiki-insatsu.co.jp",
)

add(
    id="gaming-065",
    charset="iso-2022-jp",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["青葉運輸 大庭様 <oba.m@aoba-unyu.jp>"],
    subject="10/24 搬出車両の追加について",
    body="""大庭様

お世話になっております。冨樫です。
10/24 の搬出について、ステージセットが想定より多くなったため、
4t車をもう1台追加いただくことは可能でしょうか。

搬出開始は 21:30、ホテル地下1階荷捌き場からです。
お見積りとあわせてご回答いただけますと幸いです。
""" + SIG_TOGASHI,
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="aoba-unyu.jp drops the 'co.' of partner aoba-unyu.co.jp",
)

add(
    id="gaming-066",
    charset="iso-2022-jp",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=[
        "柳楽 千晶 <nagira.chiaki@gmail.com>",
        "牧之瀬 亮 <makinose.ryo@yahoo.co.jp>",
        "右京 文子 <ukyo.fumiko@docomo.ne.jp>",
        "城之内 剛士 <jounouchi.t@icloud.com>",
        "苗村 由香里 <namura.yukari@ezweb.ne.jp>",
    ],
    subject="【ジュニアの部 入賞者保護者様】表彰式のご案内",
    body="""入賞者の保護者の皆様

このたびはお子様の入賞、誠におめでとうございます。
日の出カップ運営事務局の冨樫でございます。

表彰式を下記のとおり行いますので、お子様とご一緒にご出席ください。

　日時：10月24日（土）18:30〜（18:00 までに控室へお越しください）
　場所：ゼニスアリーナ東京 メインステージ
　服装：自由（大会ユニフォームをお持ちの方はご着用ください）

表彰の様子は配信されます。映り込みを希望されない場合は、事前にお知らせください。
""" + SIG_TOGASHI,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="five private parents' addresses visible to each other in To: should have been Bcc",
)

add(
    id="gaming-067",
    charset="utf-8",
    sender=f"Kent Mashiba <k.mashiba@{D}>",
    to=[
        "Hannah Lindqvist <hannah.lindqvist@northgale-interactive.com>",
        "Ji-woo Park <jiwoo.park@seoraepixel.com>",
    ],
    cc=["Maja Holmgren <maja.holmgren@bluefjord-games.com>"],
    subject="Tokyo Game Fest – joint publisher showcase slot",
    body="""Hi Hannah, Ji-woo and Maja,

Quick heads-up: the organisers have offered us a 40-minute "publisher showcase" slot on
the main stage on Nov 5 (14:00-14:40). I'd like to split it between our three partner
titles – roughly 12 minutes each plus a short Hinode intro.

Could each of you let me know by Oct 2:
  - the presenter's name (for the stage badge),
  - whether you will show live gameplay or a trailer,
  - any embargo on the content.

Looking forward to it!
""" + SIG_MASHIBA,
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three separate external publishers can see each other in To/Cc",
)

add(
    id="gaming-068",
    charset="utf-8",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=["川崎電機 宣伝部 米倉様 <yonekura@kawasaki-denki.co.jp>"],
    subject="来期のeスポーツ施策ロードマップ",
    body="""━━━━━━━━━━━━━━━━━━━━
　　　　　　　社外秘
━━━━━━━━━━━━━━━━━━━━

米倉様

お世話になっております。鳴海です。
来期協賛のご検討材料として、当社eスポーツ施策のロードマップを共有いたします。

　2027年Q1　プロリーグ「HINODE LEAGUE」発足（8チーム）
　2027年Q2　地方予選を12都市に拡大
　2027年Q3　アジア招待大会（賞金総額 3,000万円）
　2027年Q4　ジュニア育成アカデミー開講

正式発表前の情報のため、社内の検討範囲でのご利用をお願いいたします。
""" + SIG_NARUMI,
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="body opens with a 社外秘 stamp and goes to a sponsor",
)

add(
    id="gaming-069",
    charset="iso-2022-jp",
    sender=f"綾瀬 透 <ayase.t@{D}>",
    to=["白川法律事務所 戸部先生 <tobe@shirakawa-law.jp>"],
    subject="プロチーム譲受けの件 デューデリジェンス資料",
    body="""戸部先生

お世話になっております。綾瀬です。
プロチーム「Team SOUBI」の運営会社の譲受けについて、
先方から受領した資料の要約をPDFでお送りします。
契約上のリスクについてご意見をいただけますと幸いです。
""" + SIG_AYASE,
    attachments=[{
        "kind": "pdf", "name": "SOUBI_DD_summary.pdf", "title": "譲受け検討資料",
        "page_header": "極秘",
        "page_footer": "極秘 ― 日の出産業株式会社 法務部 ― 無断複製禁止",
        "lines": [
            "株式会社ソウビ・ゲーミング 譲受け検討資料（要約）",
            "1. 対象会社：株式会社ソウビ・ゲーミング（プロチーム Team SOUBI 運営）",
            "2. 想定取得価額：1億2,000万円（株式100%）",
            "3. 主要契約：選手契約 6件、スポンサー契約 4件（うち2件は支配権変更条項あり）",
            "4. 懸念事項：未払いの大会賞金分配金 約480万円",
            "5. スケジュール：基本合意 11月、最終契約 2027年1月",
        ],
    }],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF stamped 極秘 in header and footer, sent to the outside law firm",
)

add(
    id="gaming-070",
    charset="shift_jis",
    sender=f"久遠寺 麻衣 <kuonji@{D}>",
    to=["ほしぞらタレント 今泉様 <imaizumi@hoshizora-talent.jp>"],
    subject="Re: 秘密保持契約書（案）の送付",
    body="""今泉様

お世話になっております。久遠寺です。
修正案をありがとうございました。当社法務のコメントを反映したファイルを
お戻しします。第4条の但し書きのみ、もう一度ご確認ください。
""" + SIG_KUONJI,
    attachments=[{"kind": "corrupt", "name": "秘密保持契約書_案_v2_当社コメント.docx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="corrupt DOCX attachment to an external agency: cannot be inspected",
)

add(
    id="gaming-071",
    charset="utf-8",
    sender=f"八剱 千尋 <yatsurugi@{D}>",
    to=["Maja Holmgren <maja.holmgren@bluefjord-games.com>"],
    subject="Frostbound JP – harassment reports August (ticket export)",
    body="""Hi Maja,

As agreed in the community safety addendum, here is the August export of harassment
reports from the Frostbound JP servers. Sheet 1 is the raw ticket list, sheet 2 a
summary by category.

Reporters asked us to keep their identities away from the reported users, so please
limit access to your T&S staff.
""" + SIG_YATSURUGI,
    attachments=[{
        "kind": "xlsx", "name": "Frostbound_JP_harassment_2026-08.xlsx",
        "sheets": {
            "Tickets": [
                ["Frostbound JP – harassment tickets, August 2026"],
                ["ticket", "reporter_name", "reporter_email", "reporter_phone", "reported_account", "category", "status"],
                ["HR-08-0012", "Airi Miyoshi", "airi.miyoshi@gmail.com", "090-2216-4483", "dark_reaper99", "voice chat abuse", "actioned"],
                ["HR-08-0019", "Yuto Kagami", "kagami.yuto@yahoo.co.jp", "080-5538-1170", "xXKingXx", "threats", "actioned"],
                ["HR-08-0027", "Sana Tachikawa", "sana.tachi@icloud.com", "070-3391-6642", "mugen_kid", "sexual harassment", "escalated"],
                ["HR-08-0031", "Renji Oikawa", "renji.oikawa@outlook.jp", "090-7704-2258", "toxic_gorilla", "hate speech", "actioned"],
                ["HR-08-0044", "Mao Fujishiro", "mao.fujishiro@gmail.com", "080-1128-9937", "anon_5521", "stalking", "open"],
                ["HR-08-0052", "Kaito Shinozaki", "shinozaki.k@docomo.ne.jp", "090-6650-3314", "dark_reaper99", "voice chat abuse", "open"],
            ],
            "Summary": [
                ["category", "tickets"],
                ["voice chat abuse", 2], ["threats", 1], ["sexual harassment", 1],
                ["hate speech", 1], ["stalking", 1],
            ],
        },
    }],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX of 6 reporters' names, e-mails and phones sent to an overseas publisher",
)

add(
    id="gaming-072",
    charset="iso-2022-jp",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["常盤損保 事故受付センター <jiko@tokiwa-sonpo.co.jp>"],
    subject="FW: 9/19 体験会 救護室対応記録",
    body="""常盤損保 事故受付センター 御中

冨樫です。先日の事故報告に関連し、会場の救護室から届いた対応記録を転送します。
熱中症の症状で救急搬送された方もいるため、保険対象になるかご確認ください。

---------- Forwarded message ---------
From: 救護室 <kyugo@zenith-arena.jp>
Date: 2026年9月20日(日) 9:12
Subject: 9/19 体験会 救護室対応記録
To: <togashi.kaede@hinode-sangyo.co.jp>

昨日の救護室対応記録です。

1. 12:40 仲里 由紀子（38）080-2231-5567 熱中症疑い、経口補水後に回復、帰宅
2. 13:15 木場 壮真（11）保護者TEL 090-6618-2204 頭痛・嘔吐、熱中症の疑いで救急搬送（渋谷中央病院）
3. 14:02 蓮見 達郎（67）03-3710-4482 持病の不整脈の申告あり、休養後帰宅
4. 15:30 陶山 乃愛（16）070-4471-8830 過呼吸、保護者迎え
5. 16:05 椎名 智恵（42）080-6633-1948 転倒・右手首痛、救急搬送（骨折の疑い）

以上、ご確認ください。
ゼニスアリーナ東京 救護室
""" + SIG_TOGASHI,
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded first-aid log: 5 named visitors with phones and medical conditions to an insurer",
)

add(
    id="gaming-073",
    charset="shift_jis",
    sender=f"檜山 諒 <hiyama.ryo@{D}>",
    to=["カスミカード 加盟店不正対策室 <fraud-desk@kasumi-card.co.jp>"],
    subject="不正利用の疑いがある決済3件（カード番号一覧）",
    body="""株式会社カスミカード
加盟店不正対策室 御中

お世話になっております。日の出産業 決済・課金管理チームの檜山です。
短時間に同一端末から複数カードで高額決済が行われた3件について、
カード番号を含む明細をCSVでお送りします。カード会員様へのご確認をお願いいたします。
""" + SIG_HIYAMA,
    attachments=[{
        "kind": "csv", "name": "fusei_utagai_20260921.csv", "encoding": "cp932",
        "rows": [
            ["決済日時", "カード番号", "名義", "金額", "会員ID", "端末ID"],
            ["2026/09/21 02:14", card_number(2902), "MASATO ONIZUKA", "30600", "HN0150114", "IOS-88F1C2"],
            ["2026/09/21 02:16", card_number(2903), "RIE KANZAKI", "30600", "HN0150114", "IOS-88F1C2"],
            ["2026/09/21 02:19", card_number(2904), "TAKUMA HOSHINO", "30600", "HN0150114", "IOS-88F1C2"],
        ],
    }],
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="CP932 CSV with three full card numbers: any card number stops, whatever the row count",
)

add(
    id="gaming-074",
    charset="iso-2022-jp",
    sender=f"佐伯 真琴 <saeki.makoto@{D}>",
    to=["ペイクレスト 加盟店サポート <merchant-support@paycrest.co.jp>"],
    subject="お客様からの返金依頼（カード情報の照合のお願い）",
    body=f"""ペイクレスト 加盟店サポート御中

お世話になっております。日の出産業 サポートの佐伯です。
お電話でお客様から返金のご依頼があり、カード情報を伺いましたので照合をお願いします。

　カード番号：{zen(card4(card_number(2905)))}
　名義：ＳＵＺＵＮＥ　ＡＲＩＭＡ
　ご利用日：２０２６年９月１８日
　金額：６，１００円

お客様いわく、お子様が無断で購入されたとのことです（未成年者取消の申出）。
""" + SIG_SAEKI,
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="full-width credit card number typed into the body, sent to the processor",
)

add(
    id="gaming-075",
    charset="utf-8",
    sender=f"南雲 さやか <nagumo.s@{D}>",
    to=["星野会計事務所 星野先生 <hoshino@hoshino-kaikei.jp>"],
    subject="報酬、料金、契約金及び賞金の支払調書（下書き）",
    body="""星野先生

お世話になっております。南雲です。
配信者 雪見さん分の支払調書を当社で下書きしましたので、PDFでお送りします。
記載内容のご確認をお願いいたします。
""" + SIG_NAGUMO,
    attachments=[{
        "kind": "pdf", "name": "shiharaichosho_yukimi_2026.pdf", "title": "支払調書（下書き）",
        "lines": [
            "令和8年分 報酬、料金、契約金及び賞金の支払調書（下書き）",
            "",
            "支払を受ける者",
            "  住所：東京都世田谷区三軒茶屋2-11-20",
            "  氏名：雪見 紗良",
            f"  個人番号：{my_number(2903)}",
            "区分：配信出演料   細目：公式配信",
            "支払金額：5,125,000円   源泉徴収税額：523,262円",
            "支払者：日の出産業株式会社  東京都渋谷区道玄坂2-24-1",
        ],
    }],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="PDF payment record containing a streamer's My Number, sent to an outside accountant",
)

add(
    id="gaming-076",
    charset="shift_jis",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["青嵐学園 eスポーツ部 顧問 松永先生 <matsunaga@seiran-gakuen.ac.jp>"],
    subject="保護者同意書の提出状況について",
    body="""青嵐学園
松永先生

いつもお世話になっております。日の出カップ運営事務局の冨樫です。
貴校からエントリーの生徒さんについて、保護者同意書の提出状況をまとめました。
未提出の方への声かけをお願いできますでしょうか。

氏名　　　　　　生年月日　　　　　保護者連絡先　　　　　同意書
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
沖田　結衣　　　平成２０年７月１５日　０９０－２２７５－８８４１　済
羽鳥　律　　　　平成２０年１２月１日　０８０－１１６７－５５２０　済
蔵元　悠真　　　平成２１年６月２２日　０９０－７７３４－００９２　済
東雲　玲　　　　平成２１年３月８日　　０７０－５５１２－３３４７　未
大道寺　樹　　　平成２２年１月１９日　０８０－２２９０－６６１８　未
能勢　瑠璃　　　平成２１年１０月５日　０９０－４４３６－２２０１　未

締切は9月30日です。よろしくお願いいたします。
""" + SIG_TOGASHI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="full-width padded table of 6 students with 和暦 DOB and guardians' phones to a school",
)

# ---------------------------------------------------------------------------------------
# 077 – 100
# ---------------------------------------------------------------------------------------

add(
    id="gaming-077",
    charset="iso-2022-jp",
    sender=f"八剱 千尋 <yatsurugi@{D}>",
    to=[f"綾瀬 透 <ayase.t@{D}>"],
    cc=[f"kuonji@{D}"],
    subject="【要相談】配信者 雪見さんの件 経過共有",
    body="""綾瀬さん
（cc：久遠寺さん）

お疲れさまです。八剱です。雪見さんのつきまとい案件の経過です。

・9/8 渋谷警察署に被害届受理（担当：生活安全課 宮内刑事）
・9/15 本人が心療内科を受診し、適応障害との診断。2週間の配信休止を希望
・9/18 加害者アカウントの登録情報（氏名・住所）について警察から照会書到着
・本人の自宅：東京都世田谷区三軒茶屋2-11-20（照会書に記載あり）

照会書への回答内容を法務で確認いただけますか。白川先生への相談はその後に。
""" + SIG_YATSURUGI,
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
    detectors=[],
    note="crime-victim and diagnosis details, but every recipient is internal",
)

add(
    id="gaming-078",
    charset="utf-8",
    sender=f"久遠寺 麻衣 <kuonji@{D}>",
    to=[f"南雲 さやか <nagumo.s@{D}>"],
    subject="10月支払分 配信者報酬（確定）",
    body="""南雲さん

お疲れさまです。久遠寺です。
10月支払分の配信者報酬が確定しました。振込をお願いします。

配信者名\t本名\t振込先\t口座番号\t金額
くろがね\t黒鉄 大悟\tみどり銀行 上野支店 普通\t3309128\t0（契約停止のため支払保留）
ゆきみ\t雪見 紗良\tゆうちょ銀行 〇〇八支店 普通\t1182207\t498,000
こんぺいとう\t金平 透子\tみどり銀行 吉祥寺支店 普通\t6620413\t102,300
Rei@FPS\t霊山 玲央\t北辰銀行 札幌駅前支店 普通\t0047719\t241,800
まったり部長\t松田 一成\tみどり銀行 浦和支店 普通\t2295530\t150,000
ぴよ丸\t日吉 真央\t瀬戸内信用金庫 本店営業部 普通\t8813062\t0（10月から社員化）
KAZAMI\t風見 颯人\tみどり銀行 渋谷支店 普通\t4471906\t318,900

くろがねさんの分は法務判断待ちです。
""" + SIG_KUONJI,
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="7 streamers' bank accounts, internal recipient only",
)

add(
    id="gaming-079",
    charset="shift_jis",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=[f"game-mgmt@mail.{D}", f"esports-ops@mail.{D}"],
    subject="【社外秘】HINODE LEAGUE 参加チーム選考状況",
    body="""【社外秘】

事業部 各位

鳴海です。HINODE LEAGUE の参加チーム選考状況です。

　内定：Team Kagerou、SOUBI（譲受け後）、Seoul Foxes JP
　交渉中：Lion City Esports（日本法人設立が条件）、他2チーム
　見送り：Manila Tide（スポンサー要件未達）

加盟金は1チーム 1,500万円で提示しています。
外部への言及は11月の正式発表まで控えてください。
""" + SIG_NARUMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘-stamped mail sent only to internal (mail. subdomain) addresses",
)

add(
    id="gaming-080",
    charset="utf-8",
    sender=f"檜山 諒 <hiyama.ryo@{D}>",
    to=["ペイクレスト 加盟店サポート <merchant-support@paycrest.co.jp>"],
    subject="RE: 売上取消の可否について（取引 PCX-7812-0066-31）",
    body=f"""ペイクレスト 加盟店サポート御中

お世話になっております。檜山です。
ご照会の取引について、当社側で売上取消を行って問題ございません。
アイテムはすでに回収済みです。

-----Original Message-----
From: ペイクレスト 加盟店サポート <merchant-support@paycrest.co.jp>
Sent: Monday, September 21, 2026 4:35 PM
To: hiyama.ryo@hinode-sangyo.co.jp
Subject: 売上取消の可否について（取引 PCX-7812-0066-31）

日の出産業株式会社 檜山様

下記取引について、カード会員様より売上取消のご依頼がございました。
取消可否をご回答ください。

　取引ID：PCX-7812-0066-31
　カード番号：{card_number(2906)}
　名義：KEIGO YAMABUKI
　金額：12,200円

ペイクレスト 加盟店サポート
""" + SIG_HIYAMA,
    expect="pass",
    entities=[],
    detectors=[],
    note="card number appears only in the quoted original from the same recipient",
)

add(
    id="gaming-081",
    charset="utf-8",
    sender=f"Kent Mashiba <k.mashiba@{D}>",
    to=["Hannah Lindqvist <hannah.lindqvist@northgale-interactive.com>"],
    subject="Re: Closed beta (JP region) – countersigned roster",
    body="""Hi Hannah,

Thanks – confirmed on our side. We'll send the Steam keys to the eleven countersigned
testers tomorrow morning JST and hold JPB-0007 until his signature comes in.

Kent

On Wed, Sep 23, 2026 at 9:14 AM Hannah Lindqvist <hannah.lindqvist@northgale-interactive.com> wrote:
> Hi Kent,
> Legal has countersigned all but one. Status below:
>
> JPB-0001  Kyohei Kurosawa   kyohei.kurosawa@gmail.com     OK
> JPB-0002  Asuka Mochizuki   asuka.mochi@icloud.com        OK
> JPB-0003  Raizo Tsukamoto   raizo.t@outlook.jp            OK
> JPB-0004  Haruka Nonomura   h.nonomura@yahoo.co.jp        OK
> JPB-0005  Tetsuya Ibaraki   ibaraki.tetsuya@gmail.com     OK
> JPB-0006  Sayo Kunimitsu    sayo.kunimitsu@gmail.com      OK
> JPB-0007  Gonta Ishigami    gonta.ishigami@softbank.ne.jp PENDING (typo in name)
>
> The rest (0008-0012) are OK as well.
> Hannah
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the tester list is only in the quoted reply from the same recipient ('On … wrote:')",
)

add(
    id="gaming-082",
    charset="iso-2022-jp",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["青葉運輸 法人営業 大庭様 <oba.m@aoba-unyu.co.jp>"],
    subject="地区予選 機材配送先一覧（10月分）",
    body="""大庭様

お世話になっております。冨樫です。
10月の地区予選の機材（PC 8台・モニター 8台・配信機材1式）配送先です。
いずれも施設の代表番号を記載しています。

■10/3（土）札幌大会
　札幌市民交流センター 多目的ホール
　北海道札幌市中央区北1条西1丁目　TEL 011-200-0311（施設代表）
　着時間：10/2 15:00〜17:00

■10/10（土）福岡大会
　天神コミュニティプラザ 3F大会議室
　福岡県福岡市中央区天神1丁目8-1　TEL 092-711-4400（施設代表）
　着時間：10/9 14:00〜16:00

■10/17（土）大阪大会
　なにわeスポーツ館 アリーナA
　大阪府大阪市浪速区難波中2丁目10-70　TEL 06-6636-1180（施設代表）
　着時間：10/16 13:00〜17:00

受領印はいずれも現地の当社スタッフが押します。
""" + SIG_TOGASHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="delivery list of public facilities with switchboard numbers: places, not people",
)

add(
    id="gaming-083",
    charset="utf-8",
    sender=f"Kent Mashiba <k.mashiba@{D}>",
    to=["Ji-woo Park <jiwoo.park@seoraepixel.com>"],
    subject="Hotels for the KR teams – Tokyo final",
    body="""Hi Ji-woo,

For the Tokyo final we have room blocks at three Sakura Hotel properties. Your teams can
pick whichever is most convenient; the block rate is JPY 16,500/night incl. breakfast.

  Sakura Hotel Shibuya       2-3-8 Shibuya, Shibuya-ku, Tokyo       +81-3-3400-2211
  Sakura Hotel Shinagawa     4-10-27 Takanawa, Minato-ku, Tokyo     +81-3-5423-8800
  Sakura Hotel Ariake        3-7-11 Ariake, Koto-ku, Tokyo          +81-3-5530-1010

Shuttle buses to Zenith Arena run from Shibuya and Ariake every 30 minutes on match days.
Please book through the group code HINODE1024 by Oct 9.
""" + SIG_MASHIBA,
    expect="pass",
    entities=[],
    detectors=[],
    note="list of hotel branches with addresses and switchboards: businesses",
)

add(
    id="gaming-084",
    charset="iso-2022-jp",
    sender=f"久遠寺 麻衣 <kuonji@{D}>",
    to=["KAZAMI <kazami.hayato.biz@gmail.com>"],
    subject="公式配信 11月のスケジュールと契約更新について",
    body="""KAZAMI様

いつもお世話になっております。日の出産業の久遠寺です。
11月の公式配信スケジュールが固まりましたのでお知らせします。

　11/7（土）20:00〜 新キャラ実装記念 対戦会
　11/14（土）20:00〜 視聴者参加型トーナメント
　11/28（土）19:00〜 年末大会 予選解説

また、現行の業務委託契約が12月末で満了となります。
更新条件のご相談のため、来週どこかで30分ほどお時間をいただけますか。
""" + SIG_KUONJI,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="ordinary mail to one freelance streamer on free mail",
)

add(
    id="gaming-085",
    charset="shift_jis",
    sender=f"檜山 諒 <hiyama.ryo@{D}>",
    to=["ほしみリテール 玩具・ゲーム部 仕入課 <shiire-game@hoshimi-retail.co.jp>"],
    subject="プリペイドカード 11月納品分 価格表",
    body="""ほしみリテール株式会社
玩具・ゲーム部 仕入課 御中

お世話になっております。日の出産業の檜山です。
「星屑クロニクル」プリペイドカードの11月納品分の価格表をお送りします。

商品コード    JANコード        券種        卸価格   希望小売価格
------------  ---------------  ----------  -------  ------------
HSC-PP-1000   4580612340017    1,000円券     930円      1,000円
HSC-PP-3000   4580612340024    3,000円券   2,790円      3,000円
HSC-PP-5000   4580612340031    5,000円券   4,650円      5,000円
HSC-PP-10000  4580612340048   10,000円券   9,300円     10,000円
HSC-PP-V1500  4580612340055    バリアブル   掛率93%    1,500〜50,000円

発注締めは10月30日、納品は11月10日を予定しています。
""" + SIG_HIYAMA,
    expect="pass",
    entities=[],
    detectors=[],
    note="price list with product codes and 13-digit JAN codes: no people, no card numbers",
)

add(
    id="gaming-086",
    charset="utf-8",
    sender=f"南雲 さやか <nagumo.s@{D}>",
    to=["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    subject="協賛金ご請求書（INV-2026-0912）の送付",
    body=f"""北国フーズ株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理部の南雲です。
日の出カップ2026 協賛金のご請求書をお送りします。

　請求書番号：INV-2026-0912
　件名　　　：日の出カップ2026 ゴールドスポンサー協賛金
　金額　　　：5,500,000円（うち消費税 500,000円）
　お支払期限：2026年10月30日

　振込先：みどり銀行 渋谷支店 普通 0123456
　　　　　口座名義 ヒノデサンギョウ（カ
　適格請求書発行事業者 登録番号：T{corp_no('011001048827')}

原本は本日郵送いたしました。
""" + SIG_NAGUMO,
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice with the company's T-number and corporate bank account: business data only",
)

add(
    id="gaming-087",
    charset="iso-2022-jp",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=["川崎電機 宣伝部 米倉様 <yonekura@kawasaki-denki.co.jp>"],
    subject="副賞PCの発送完了のご報告",
    body="""米倉様

お世話になっております。鳴海です。
ご協賛いただいた副賞PCを、入賞者5名宛てに本日発送いたしました。
お問い合わせ番号は下記のとおりです（配送先はご家庭のため都道府県のみ記載）。

　優勝　　　東京都　　青葉運輸 4417-2209-8863
　準優勝　　神奈川県　青葉運輸 4417-2209-8874
　3位　　　 埼玉県　　青葉運輸 4417-2209-8885
　4位　　　 千葉県　　青葉運輸 4417-2209-8896
　5位　　　 東京都　　青葉運輸 4417-2209-8900

到着後、受賞者コメントをいただけた方の分は協賛レポートに追加します。
""" + SIG_NARUMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="tracking numbers with prefecture only: no names or contact data",
)

add(
    id="gaming-088",
    charset="shift_jis",
    sender=f"綾瀬 透 <ayase.t@{D}>",
    to=["白川法律事務所 戸部先生 <tobe@shirakawa-law.jp>"],
    subject="Seorae社との秘密保持契約 修正箇所のご相談",
    body="""戸部先生

お世話になっております。綾瀬です。
韓国 Seorae Pixel 社との相互秘密保持契約について、先方から修正案が届きました。
気になる点は以下の3つです。

１．準拠法が韓国法、管轄がソウル中央地方法院に変更されている
２．秘密保持期間が「契約終了後5年」から「無期限」になっている
３．残存条項（residuals clause）が追加されている

特に３は、当社開発者の記憶に残った情報の利用を広く認める内容で、
受け入れ難いと考えております。対案の文言をご相談させてください。
""" + SIG_AYASE,
    expect="pass",
    entities=[],
    detectors=[],
    note="discussion of an NDA's terms with the partner law firm: no marking, no personal data",
)

add(
    id="gaming-089",
    charset="utf-8",
    sender=f"Kent Mashiba <k.mashiba@{D}>",
    to=["Tomas Berglund <tomas.berglund@northgale-interactive.com>"],
    cc=["コトバブリッジ 翻訳PM 真島様 <majima@kotoba-bridge.co.jp>"],
    subject="Glossary questions for the 1.3 update / 1.3アップデート 用語集の確認",
    body="""Hi Tomas, 真島さん

Connecting you two directly so the glossary questions don't have to go through me.

Tomas – Majima-san is the PM at Kotoba Bridge handling the JP translation. She has
14 open questions on the new crafting terms (sheet "Q&A" in the shared glossary).
Majima-san – Tomas can answer on behalf of the Northgale narrative team.

真島さん、以後の用語確認は Tomas さんと直接やり取りいただいて構いません。
回答期限は10/2でお願いします。
""" + SIG_MASHIBA,
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="three-way introduction between two external organisations",
)

add(
    id="gaming-090",
    charset="iso-2022-jp",
    sender=f"檜山 諒 <hiyama.ryo@{D}>",
    to=["カスミカード 加盟店営業部 <kameiten@kasumi-card.co.jp>"],
    subject="チャージバック発生状況（2026年4月〜8月）",
    body="""カスミカード 加盟店営業部 御中

お世話になっております。檜山です。
ご依頼のあったチャージバック発生状況を月次でまとめました。

　月　　 決済件数　　CB件数　CB率　　 うち不正利用
　4月　　412,880　　　 96　　0.023%　　71
　5月　　455,102　　　118　　0.026%　　90
　6月　　398,740　　　 84　　0.021%　　59
　7月　　501,336　　　141　　0.028%　 112
　8月　　533,019　　　102　　0.019%　　68

7月は夏イベントの高額パック販売に合わせて増加しましたが、
8月から3Dセキュア2.0を必須化し、不正利用は減少傾向です。
""" + SIG_HIYAMA,
    expect="pass",
    entities=[],
    detectors=[],
    note="monthly chargeback statistics with no individuals",
)

add(
    id="gaming-091",
    charset="utf-8",
    sender=f"八剱 千尋 <yatsurugi@{D}>",
    to=["Maja Holmgren <maja.holmgren@bluefjord-games.com>"],
    subject="Frostbound JP – Q3 safety metrics",
    body="""Hi Maja,

Q3 safety metrics for the JP servers, aggregated as agreed (no individual data):

  Reports received             2,184   (Q2: 1,906)
  - voice chat abuse             812
  - hate speech                  344
  - cheating / exploits          503
  - sexual harassment             97
  - other                        428
  Median time to first action   5.2 h  (Q2: 7.9 h)
  Accounts suspended             611
  Accounts permanently banned    138
  Appeals upheld                  41

The drop in response time is mostly the new auto-mute on repeated slurs.
""" + SIG_YATSURUGI,
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate safety statistics to a publisher: no individuals",
)

add(
    id="gaming-092",
    charset="shift_jis",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["大会事務局 <entry@nihon-esports-renmei.or.jp>"],
    subject="トリオ部門 追加エントリー（1チーム）",
    body="""日本eスポーツ連盟 大会事務局 御中

お世話になっております。冨樫です。
締切前日に当社窓口へ届いたトリオ部門のエントリーを1チーム分お送りします。

チーム名：朧月
　代表　塙 大輝　　hanawa.daiki@gmail.com
　　　　戸叶 美月　mizuki.tokano@icloud.com
　　　　須々木 湊人　minato.susuki@outlook.jp

連盟の登録システムへの入力をお願いいたします。
""" + SIG_TOGASHI,
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="three players' names and e-mails: under the five-person threshold",
)

add(
    id="gaming-093",
    charset="iso-2022-jp",
    sender=f"檜山 諒 <hiyama.ryo@{D}>",
    to=["青葉運輸 法人営業 大庭様 <oba.m@aoba-unyu.co.jp>"],
    subject="記念品 再発送のお願い（1件）",
    body="""大庭様

お世話になっております。檜山です。
先日お願いした記念品のうち1件が「宛所に尋ねあたらず」で戻ってきたため、
お客様に確認した正しい住所で再発送をお願いいたします。

　お届け先：穂積 えりか 様
　〒980-0811 宮城県仙台市青葉区一番町2-5-5 一番町ハイム704
　TEL 080-4419-3371
　配達希望：10/17 午前中

前回の伝票番号は 4417-2198-3350 です。
""" + SIG_HIYAMA,
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one customer's delivery address to the partner carrier: a single person",
)

add(
    id="gaming-094",
    charset="utf-8",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=["Lim Wei Ming <weiming.lim@lioncity-esports.sg>"],
    subject="HINODE LEAGUE – next steps / 今後の進め方",
    body="""Dear Wei Ming,

Thank you for the productive call today. As discussed, we will send the draft league
participation agreement by Oct 9. The main open point on your side is the Japanese
entity; our legal team can recommend a local scrivener if that helps.

I'll be in Singapore for the regional qualifier on Oct 17-18 and would be glad to meet
in person.

Best regards,

鳴海 航 / Wataru Narumi
Esports Operations, Games & Esports Division
Hinode Sangyo Co., Ltd. / 日の出産業株式会社
8F Hinode Shibuya Bldg., 2-24-1 Dogenzaka, Shibuya-ku, Tokyo 150-0043, Japan
〒150-0043 東京都渋谷区道玄坂2-24-1 日の出渋谷ビル8F
Tel: +81-3-5459-7731 / Mobile: +81-80-4417-2650
Fax: +81-3-5459-7739
E-mail: narumi.w@hinode-sangyo.co.jp
LINE WORKS: narumi_hinode
https://www.hinode-sangyo.co.jp/games/
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary English mail with a long bilingual signature (sender's own contacts)",
)

add(
    id="gaming-095",
    charset="iso-2022-jp",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["東雲 様 <shinonome.home@gmail.com>"],
    subject="保護者同意書のご提出のお願い",
    body="""東雲 様

日の出カップ運営事務局の冨樫でございます。
お子様の高校生の部へのエントリーにつき、保護者同意書のご提出をお願いしております。

添付の様式にご記入・ご署名のうえ、9月30日までに郵送または
スキャンデータでご返送ください。
ご不明点は事務局（03-5459-7733）までお問い合わせください。
""" + SIG_TOGASHI,
    attachments=[{
        "kind": "docx", "name": "保護者同意書_様式.docx", "title": "保護者同意書",
        "paragraphs": [
            "日の出カップ2026 保護者同意書",
            "日の出カップ運営事務局 御中",
            "私は、下記の者が日の出カップ2026に参加することに同意します。",
        ],
        "tables": [[
            ["参加者氏名", ""], ["参加者生年月日", "　　年　　月　　日"],
            ["保護者氏名", ""], ["続柄", ""], ["保護者連絡先（電話）", ""],
            ["署名", ""],
        ]],
    }],
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="blank consent form sent to one parent on free mail",
)

add(
    id="gaming-096",
    charset="utf-8",
    sender=f"Kent Mashiba <k.mashiba@{D}>",
    to=["Frostbound Dev Support <devsupport@northgale-interactive.com>"],
    subject="[JP-1.2.7] Crash on boot after shader cache rebuild – logs attached",
    body="""Hi team,

We are seeing a crash on boot on about 0.8% of JP PC sessions since 1.2.7. It always
happens right after the shader cache rebuild. Top crash signature:

  Exception: EXCEPTION_ACCESS_VIOLATION (0xC0000005) at 0x00007FF6A3B41C2E
  Module:    FrostRender.dll  (build 1.2.7.48211)
  GPU:       NVIDIA GeForce RTX 3060, driver 561.09
  Session:   7f3a91c2-44b0-4e8a-9d21-0c5e7a11f4b3

Affected build IDs: 48211, 48213. Crash dumps (anonymised) are on the shared bucket under
/jp/crash/2026-09-22/. Repro rate on our QA rig is 3/20.
""" + SIG_MASHIBA,
    expect="pass",
    entities=[],
    detectors=[],
    note="technical crash report with hex codes and build numbers: no personal data",
)

add(
    id="gaming-097",
    charset="iso-2022-jp",
    sender=f"久遠寺 麻衣 <kuonji@{D}>",
    to=[f"久遠寺 麻衣 <kuonji@{D}>"],
    bcc=[
        "yukimi.official@gmail.com", "konpeito.biz@yahoo.co.jp", "rei.fps.work@gmail.com",
        "mattari.bucho@outlook.jp", "piyomaru.contact@icloud.com", "kazami.hayato.biz@gmail.com",
    ],
    subject="【公式配信者の皆様へ】年末大会 解説者募集のお知らせ",
    body="""公式配信者の皆様

いつもありがとうございます。日の出産業の久遠寺です。
※本メールは一斉送信のためBCCでお送りしております。

年末大会（12/26・27）の解説者を募集します。
ご興味のある方は10/15までに本メールへご返信ください。

　・報酬：1日あたり 80,000円（交通費別）
　・拘束：12:00〜21:00
　・場所：ゼニスアリーナ東京

選考結果は10月末にご連絡します。
""" + SIG_KUONJI,
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="announcement to many private streamers correctly sent Bcc: recipients cannot see each other",
)

add(
    id="gaming-098",
    charset="shift_jis",
    sender=f"冨樫 楓 <togashi.kaede@{D}>",
    to=["北稜高校 菅原先生 <sugawara.t@hokuryo-hs.ed.jp>"],
    subject="RE: 引率者と出場生徒の名簿",
    body="""菅原先生

お世話になっております。冨樫です。
名簿をお送りいただきありがとうございます。入館証を5名分ご用意いたします。
当日は 9:15 に選手受付（2F）までお越しください。

差出人: 菅原 忠 <sugawara.t@hokuryo-hs.ed.jp>
送信日時: 2026年9月24日 17:02
宛先: togashi.kaede@hinode-sangyo.co.jp
件名: 引率者と出場生徒の名簿

冨樫様

決勝当日の名簿をお送りします。

引率　菅原 忠　　　090-1124-7736
生徒　鬼頭 蒼真　　2009/04/11　保護者 090-4412-7738
生徒　能登 陽向　　2009/10/28　保護者 080-3390-1254
生徒　御子柴 湊　　2010/02/03　保護者 070-6628-4019
生徒　安曇 晴臣　　2009/08/30　保護者 090-5531-0447

よろしくお願いします。
北稜高校 情報部顧問 菅原
""" + SIG_TOGASHI,
    expect="pass",
    entities=[],
    detectors=[],
    note="the roster is quoted (差出人/送信日時) from the recipient's own mail: not new text",
)

add(
    id="gaming-099",
    charset="utf-8",
    sender=f"南雲 さやか <nagumo.s@{D}>",
    to=[f"経理部 ゲーム事業経理課 <game-keiri@{D}>"],
    subject="賞金受領者の個人番号一覧（暗号化ZIP）",
    body="""課内各位

南雲です。支払調書作成用に、賞金受領者の個人番号一覧を共有フォルダから
取り出してお送りします。パスワードは課のいつものルールです。
作業後はローカルから削除してください。
""" + SIG_NAGUMO,
    attachments=[{
        "kind": "zip", "name": "mynumber_prize_2026.zip", "password": "keiri-2026-game",
        "files": [{
            "kind": "csv", "name": "mynumber_prize_2026.csv", "encoding": "cp932",
            "rows": [["氏名", "個人番号"], ["枦山 隼人", my_number(2901)],
                     ["芦原 健吾", my_number(2902)], ["雪見 紗良", my_number(2903)]],
        }],
    }],
    expect="pass",
    entities=[],
    detectors=[],
    note="encrypted ZIP of My Numbers, but sent only to an internal group address",
)

add(
    id="gaming-100",
    charset="iso-2022-jp",
    sender=f"鳴海 航 <narumi.w@{D}>",
    to=["錦印刷 営業部 村越様 <murakoshi@nishiki-insatsu.co.jp>"],
    subject="協賛社様向け 御礼状の宛名データ",
    body="""村越様

お世話になっております。鳴海です。
大会終了後に発送する御礼状の宛名データです。いずれも各社の代表宛てです。

　川崎電機株式会社 宣伝部 御中
　　〒210-0007 神奈川県川崎市川崎区駅前本町11-2　TEL 044-201-3300（代表）
　北国フーズ株式会社 マーケティング部 御中
　　〒060-0005 北海道札幌市中央区北五条西2-5　TEL 011-231-7700（代表）
　株式会社ペイクレスト 営業本部 御中
　　〒103-0027 東京都中央区日本橋2-7-1　TEL 03-6225-4100（代表）
　ほしみリテール株式会社 玩具・ゲーム部 御中
　　〒330-0854 埼玉県さいたま市大宮区桜木町1-7-5　TEL 048-641-2200（代表）
　みどり銀行 法人営業部 御中
　　〒100-0005 東京都千代田区丸の内1-6-6　TEL 03-3211-5000（代表）
　ゼニスアリーナ東京 運営部 御中
　　〒135-0063 東京都江東区有明1-11-1　TEL 03-3529-8800（代表）

差出人は事業部長名でお願いします。
""" + SIG_NARUMI,
    expect="pass",
    entities=[],
    detectors=[],
    note="sponsor companies' head-office addresses and switchboards: businesses, not people",
)
