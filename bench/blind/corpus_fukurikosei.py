"""ブラインド評価コーパス — 福利厚生（fukurikosei）

業務領域: 福利厚生（出産祝金・弔慰金・結婚祝金・社宅・カフェテリアプラン・保養所予約・
扶養家族データ・福利厚生アウトソーシング会社・ホテル／旅行会社・社員共済会）。
SEED = 26401（マイナンバーとカード番号は my_number(SEED + k) / card_number(SEED + k)、
k はメッセージ横断で重複なし）。

登場する架空の社外組織（パートナー以外）:
  kyosai-jimu.co.jp（株式会社共済事務センター：共済会事務の委託先）
  kurashi-benefit.jp（くらしベネフィット株式会社：カフェテリアプラン運営）
  zenkoku-shataku.co.jp（全国社宅管理株式会社）
  kanto-kikai-kenpo.or.jp（関東機械健康保険組合）
  kyuyo-center.co.jp（株式会社給与計算センター）
  kotori-travel.co.jp（ことりトラベル株式会社）
  yamanami-onsen.jp（山なみ温泉 旅館みやま）, umikaze-resort.com（うみかぜリゾート）,
  hakone-seiryu.co.jp（箱根清流閣）, hoyo-kanri.co.jp（保養所管理サービス株式会社）
  omotenashi-gift.co.jp（おもてなしギフト）, mamori-hoken.co.jp（まもり保険サービス）,
  aozora-kenshin.or.jp（青空健診センター）, kosodate-support.jp（こそだてサポート）,
  minato-fudosan.co.jp（港不動産）, hr-consulting-mirai.co.jp, kimura-tax.jp,
  globalperks.com, pacific-incentives.com
"""

from build import card_number, my_number

SEED = 26401

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fw(s: str) -> str:
    """全角数字・全角ハイフンに"""
    return s.translate(_FW)


def mn_sp(n: str) -> str:
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def card4(c: str, sep: str = "-") -> str:
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


SIG_MORISHITA = """--
日の出産業株式会社 人事部 厚生課
森下 奈緒（Morishita Nao）
〒105-0012 東京都港区芝大門2-5-8 日の出ビル7F
TEL 03-5401-2231 / FAX 03-5401-2239
n-morishita@hinode-sangyo.co.jp"""

SIG_OKOCHI = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
総務部 福利厚生グループ　大河内 健吾
TEL：03-5401-2240（内線4412）
Mail：k-okochi@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━"""

SIG_SAMEJIMA = """――――――――――――――――
日の出産業共済会 事務局（人事部内）
鮫島 由佳
〒105-0012 東京都港区芝大門2-5-8
TEL 03-5401-2250 FAX 03-5401-2259
――――――――――――――――"""

SIG_HOSHINO = """Best regards,

Ryota Hoshino
Benefits & Wellbeing, Human Resources
Hinode Sangyo Co., Ltd.
2-5-8 Shibadaimon, Minato-ku, Tokyo 105-0012, Japan
Tel: +81-3-5401-2236"""

SIG_KURUSU = """*******************************
日の出産業株式会社 総務部 住宅担当
栗栖 真澄
TEL 03-5401-2244 / 携帯 080-4417-2093
m-kurusu@hinode-sangyo.co.jp
*******************************"""

SIG_ICHINOHE = """──────────────
日の出産業株式会社
人事部 厚生課（保養所・レクリエーション担当）
一戸 拓海 Ichinohe Takumi
〒105-0012 東京都港区芝大門2-5-8
TEL: 03-5401-2233
──────────────"""

DISC_JA = """本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。"""

DISC_EN = """This e-mail and any attachments may contain confidential information and are
intended solely for the addressee. If you have received it in error, please notify the
sender and delete it. Any unauthorised use or disclosure is prohibited."""


MESSAGES = [
    # ---------------------------------------------------------------- 001
    {
        "id": "fukurikosei-001",
        "charset": "iso-2022-jp",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["株式会社共済事務センター 給付チーム <kyufu@kyosai-jimu.co.jp>"],
        "subject": "【出産祝金】10月受付分 支給対象者のご連絡",
        "body": """株式会社共済事務センター
給付チーム 御中

いつもお世話になっております。日の出産業共済会事務局の鮫島です。
10月受付分の出産祝金について、下記のとおり支給対象者をお知らせいたします。
振込日は11月25日でお願いいたします。

社員番号  氏名            出生日        祝金      振込先
--------------------------------------------------------------------------------
H10482    比嘉 拓也       2026/09/03    50,000    みどり銀行 浜松町支店 普通 3081742
H11907    瀬戸口 真央     2026/09/11    50,000    みどり銀行 新橋支店   普通 1266093
H09315    葛西 恭平       2026/09/19    100,000   東西信用金庫 本店     普通 0459817 (双子)
H12240    印南 さやか     2026/09/28    50,000    ゆうちょ銀行 〇一八店 普通 4420916
H08877    大豆生田 亮     2026/10/02    50,000    みどり銀行 品川支店   普通 7730158
H13051    仲村渠 由梨     2026/10/07    50,000    さくら信用金庫 大井支店 普通 2081345

合計 6件 350,000円

ご不明点がございましたらご連絡ください。
よろしくお願いいたします。

""" + SIG_SAMEJIMA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "6名分の出産祝金対象者（氏名・出生日・振込口座）を空白揃えの表で社外委託先へ",
    },
    # ---------------------------------------------------------------- 002
    {
        "id": "fukurikosei-002",
        "charset": "shift_jis",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["給与課 仲宗根 <h-nakasone@hinode-sangyo.co.jp>"],
        "cc": ["森下 奈緒 <n-morishita@hinode-sangyo.co.jp>"],
        "subject": "結婚祝金 11月給与での支給分",
        "body": """仲宗根さん

お疲れさまです。共済会事務局の鮫島です。
11月給与で支給する結婚祝金の対象者です（タブ区切りで貼ります）。
給与明細の「共済会給付」欄に計上をお願いします。

社員番号\t氏名\t所属\t入籍日\t金額\t振込口座
H07731\t東海林 美咲\t大阪支店 営業二課\t2026/08/08\t30000\tみどり銀行 梅田支店 普通 5528410
H11210\t鬼頭 大和\t技術本部 設計部\t2026/08/22\t30000\tみどり銀行 本店営業部 普通 0193376
H12985\t我那覇 彩\t経理部\t2026/09/01\t30000\t関西みらい銀行 天満支店 普通 3310742
H10056\t漆原 翔\t名古屋工場 品質保証課\t2026/09/14\t30000\tみどり銀行 名古屋支店 普通 6620985
H13302\t栗林 ひかり\t人事部 採用課\t2026/09/20\t30000\tゆうちょ銀行 〇二八店 普通 8814570

社内限りの連絡ですので、このまま給与システムに取り込んでいただいて大丈夫です。

鮫島
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "5名の口座一覧だが宛先は社内（hinode-sangyo.co.jp）のみ",
    },
    # ---------------------------------------------------------------- 003
    {
        "id": "fukurikosei-003",
        "charset": "utf-8",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 法人予約係 <houjin-yoyaku@sakura-hotel.jp>"],
        "subject": "年末年始 法人契約枠のご予約（日の出産業・6組）",
        "body": """さくらホテル
法人予約係 ご担当者様

いつも大変お世話になっております。
日の出産業株式会社 厚生課の一戸でございます。

年末年始の法人契約枠につきまして、社内抽選の結果、以下6組の宿泊を
お願いしたく存じます。各組の代表者へ直接ご連絡いただく場合は、
下記の携帯番号をご利用ください。

■1組目
代表者：百目鬼 誠二（ドウメキ セイジ）
携帯：090-3318-4426
日程：12/29〜12/31（2泊）　大人2名・小学生1名

■2組目
代表者：五十嵐 千尋（イガラシ チヒロ）
携帯：080-6204-7719
日程：12/30〜1/1（2泊）　大人2名

■3組目
代表者：栗栖 亮介（クリス リョウスケ）
携帯：070-1583-2640
日程：12/31〜1/2（2泊）　大人2名・幼児2名（添い寝）

■4組目
代表者：御手洗 舞（ミタライ マイ）
携帯：090-7742-0358
日程：1/2〜1/3（1泊）　大人3名

■5組目
代表者：釜石 潤（カマイシ ジュン）
携帯：080-2219-6604
日程：1/3〜1/5（2泊）　大人2名・中学生2名

■6組目
代表者：嶋津 かおり（シマヅ カオリ）
携帯：090-9031-5587
日程：1/4〜1/5（1泊）　大人1名

料金は法人契約料金にて、各自チェックアウト時の精算でお願いいたします。
何卒よろしくお願い申し上げます。

""" + SIG_ICHINOHE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "6名の代表者の氏名・携帯番号を1組1ブロックで社外ホテルへ送付",
    },
    # ---------------------------------------------------------------- 004
    {
        "id": "fukurikosei-004",
        "charset": "shift_jis",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊課 <shukuhaku@sakura-hotel.jp>"],
        "subject": "Re: 11月15日 ご予約確認（法人契約）",
        "body": """さくらホテル 宿泊課
小松様

お世話になっております。日の出産業の一戸です。
ご確認ありがとうございます。宿泊者は以下の2名で相違ございません。

　宿泊者：瀬川 康介 様（当社社員）、瀬川 芽衣 様（ご家族）
　連絡先：瀬川様 携帯 090-6613-2874

当日は18時頃のチェックインとのことです。
夕食は法人プランの和会席でお願いいたします。

""" + SIG_ICHINOHE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "宿泊者2名と携帯1件のみ（1〜4名）、パートナーホテル宛て",
    },
    # ---------------------------------------------------------------- 005
    {
        "id": "fukurikosei-005",
        "charset": "iso-2022-jp",
        "sender": "栗栖 真澄 <m-kurusu@hinode-sangyo.co.jp>",
        "to": ["全国社宅管理 法人営業部 <houjin@zenkoku-shataku.co.jp>"],
        "subject": "借上げ社宅 入居者一覧（2026年10月1日時点）の送付",
        "body": """全国社宅管理株式会社
法人営業部 長嶺様

いつもお世話になっております。
日の出産業 総務部の栗栖です。

ご依頼いただいておりました、借上げ社宅の入居者一覧（10/1時点）を
CSVにてお送りいたします。契約更新のご案内は添付の携帯番号宛てに
直接ご連絡いただいて差し支えございません。

よろしくお願いいたします。

""" + SIG_KURUSU,
        "attachments": [{
            "kind": "csv", "name": "社宅入居者一覧_20261001.csv", "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "フリガナ", "物件名", "所在地", "号室", "入居日", "携帯電話", "同居人数"],
                ["H06612", "長谷部 隆", "ハセベ タカシ", "メゾン大井町", "東京都品川区大井4-11-3", "203", "2022/04/01", "090-4471-3308", "3"],
                ["H09948", "比留間 理沙", "ヒルマ リサ", "グランコート川口", "埼玉県川口市栄町2-7-15", "501", "2023/10/01", "080-3392-1176", "1"],
                ["H10473", "宇佐美 航", "ウサミ ワタル", "パークサイド勝どき", "東京都中央区勝どき5-3-9", "1107", "2024/04/01", "070-2048-9931", "4"],
                ["H11120", "能登 一平", "ノト イッペイ", "リバーハイツ登戸", "神奈川県川崎市多摩区登戸2950-4", "302", "2024/09/16", "090-8823-4105", "2"],
                ["H11876", "満島 杏", "ミツシマ アン", "コーポ若葉", "千葉県船橋市本町6-2-18", "105", "2025/04/01", "080-6610-2257", "1"],
                ["H12301", "芦田 健太郎", "アシダ ケンタロウ", "ステラ綱島", "神奈川県横浜市港北区綱島西3-8-21", "402", "2025/10/01", "090-1129-7640", "3"],
                ["H12779", "薬師寺 瞳", "ヤクシジ ヒトミ", "メゾン大井町", "東京都品川区大井4-11-3", "305", "2026/04/01", "070-5531-8802", "1"],
                ["H13014", "轟 直樹", "トドロキ ナオキ", "アーバン西川口", "埼玉県川口市西川口1-22-6", "208", "2026/07/01", "080-9917-0334", "2"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "8名の入居者（氏名・住所・携帯）をCP932のCSVで社外管理会社へ",
    },
    # ---------------------------------------------------------------- 006
    {
        "id": "fukurikosei-006",
        "charset": "utf-8",
        "sender": "森下 奈緒 <n-morishita@hinode-sangyo.co.jp>",
        "to": ["関東機械健康保険組合 適用課 <tekiyo@kanto-kikai-kenpo.or.jp>"],
        "subject": "被扶養者資格再確認（日の出産業株式会社 事業所記号 47）",
        "body": """関東機械健康保険組合
適用課 ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 人事部厚生課の森下でございます。

被扶養者資格の再確認につきまして、対象者の一覧を作成いたしましたので
Excelファイルにてご提出いたします。
「再確認対象」シートが本体、「集計」シートは件数の集計です。

お手数ですがご査収のほどよろしくお願いいたします。

""" + SIG_MORISHITA,
        "attachments": [{
            "kind": "xlsx", "name": "被扶養者再確認_事業所47.xlsx",
            "sheets": {
                "再確認対象": [
                    ["被扶養者資格再確認 対象者一覧（2026年度）", "", "", "", "", "", ""],
                    ["", "", "", "", "", "", ""],
                    ["被保険者記号", "被保険者番号", "被保険者氏名", "被扶養者氏名", "続柄", "生年月日", "同居/別居"],
                    ["47", "1182", "長谷部 隆", "長谷部 由美子", "妻", "1986/05/14", "同居"],
                    ["47", "1182", "長谷部 隆", "長谷部 湊", "長男", "2014/11/02", "同居"],
                    ["47", "2306", "宇佐美 航", "宇佐美 千夏", "妻", "1990/02/27", "同居"],
                    ["47", "2306", "宇佐美 航", "宇佐美 陽葵", "長女", "2019/07/19", "同居"],
                    ["47", "2711", "四方田 修", "四方田 トシ", "母", "1951/09/30", "別居"],
                    ["47", "3045", "芦田 健太郎", "芦田 亜紀", "妻", "1989/12/08", "同居"],
                    ["47", "3045", "芦田 健太郎", "芦田 蒼", "長男", "2021/04/25", "同居"],
                ],
                "集計": [
                    ["区分", "件数"], ["配偶者", 3], ["子", 3], ["父母", 1], ["合計", 7],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "被扶養者7名の氏名・生年月日・保険証記号番号をXLSX（表題行つき・複数シート）で社外へ",
    },
    # ---------------------------------------------------------------- 007
    {
        "id": "fukurikosei-007",
        "charset": "iso-2022-jp",
        "sender": "我妻 あかね <a-wagatsuma@hinode-sangyo.co.jp>",
        "to": ["くらしベネフィット 運営サポート <support@kurashi-benefit.jp>"],
        "subject": "カフェテリアプラン 紙申請分の代行入力依頼（9月締め）",
        "body": """くらしベネフィット株式会社
運営サポートご担当者様

お世話になっております。日の出産業 人事部の我妻です。

ポータルにログインできない工場勤務者から紙で提出された申請を、
Word の表にまとめました。代行入力をお願いできますでしょうか。
ポイント付与の通知は各人のメールアドレス宛てにお願いします。

以上、よろしくお願いいたします。

日の出産業株式会社 人事部 我妻 あかね
TEL 03-5401-2238
""",
        "attachments": [{
            "kind": "docx", "name": "カフェテリアプラン代行入力_9月.docx",
            "paragraphs": ["カフェテリアプラン 紙申請分 代行入力依頼", "対象：2026年9月締め", ""],
            "tables": [[
                ["社員番号", "氏名", "メールアドレス", "申請メニュー", "ポイント"],
                ["H04418", "轟 正臣", "m.todoroki@hinode-sangyo.co.jp", "人間ドック補助", "20,000"],
                ["H05903", "千葉 紗季", "s.chiba.hs@gmail.com", "育児用品購入", "8,500"],
                ["H07260", "遠矢 克也", "k-toya@hinode-sangyo.co.jp", "自己啓発（通信講座）", "15,000"],
                ["H08134", "柳生 由香里", "yukari.yagyu@yahoo.co.jp", "スポーツクラブ利用", "6,000"],
                ["H09521", "乙部 真人", "m-otobe@hinode-sangyo.co.jp", "旅行（国内宿泊）", "30,000"],
                ["H10388", "雲野 玲奈", "r.kumono0822@icloud.com", "介護用品購入", "12,000"],
                ["H11642", "仁科 航平", "k-nishina@hinode-sangyo.co.jp", "書籍購入", "3,200"],
            ]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "7名の社員番号・氏名・メールアドレス（個人メール含む）をDOCXの表で委託先へ",
    },
    # ---------------------------------------------------------------- 008
    {
        "id": "fukurikosei-008",
        "charset": "shift_jis",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["共済事務センター 経理 <keiri@kyosai-jimu.co.jp>"],
        "subject": "第2四半期 弔慰金・見舞金 支給実績（PDF）",
        "body": """共済事務センター 経理ご担当 様

いつもお世話になっております。日の出産業共済会の鮫島です。
第2四半期（7〜9月）の弔慰金支給実績をPDFにてお送りします。
振込の照合にお使いください。

""" + SIG_SAMEJIMA,
        "attachments": [{
            "kind": "pdf", "name": "弔慰金支給実績_2026Q2.pdf", "title": "弔慰金支給実績 2026年度第2四半期",
            "lines": ["日の出産業共済会　弔慰金支給実績（2026年7月〜9月）", ""],
            "table": [
                ["No", "会員氏名", "社員番号", "事由", "支給額", "振込先"],
                ["1", "大畑 正志", "H03382", "実父死亡", "30,000", "みどり銀行 蒲田支店 普通 2209431"],
                ["2", "西園寺 久美", "H05517", "配偶者の母死亡", "10,000", "みどり銀行 本店 普通 7781054"],
                ["3", "土門 勇気", "H07790", "実母死亡", "30,000", "城南信用金庫 大森支店 普通 0311826"],
                ["4", "小此木 恵", "H09105", "祖父死亡", "5,000", "みどり銀行 横浜支店 普通 4450672"],
                ["5", "桜庭 典之", "H10261", "配偶者死亡", "100,000", "ゆうちょ銀行 〇〇八店 普通 1936207"],
                ["6", "真栄田 光", "H11938", "実父死亡", "30,000", "琉球中央銀行 那覇支店 普通 5502183"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "6名の弔慰金支給（氏名・振込口座）をPDFの表で社外委託先へ",
    },
    # ---------------------------------------------------------------- 009
    {
        "id": "fukurikosei-009",
        "charset": "utf-8",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["旅館みやま 女将 宮間 <okami@yamanami-onsen.jp>"],
        "subject": "モニター宿泊のご参加者について（資料添付）",
        "body": """旅館みやま
宮間様

お世話になっております。日の出産業の一戸です。
先日ご提案いただいた「社員家族モニター宿泊」の件、社内説明会で使った
スライドを添付いたします。4枚目に参加者と連絡先をまとめています。
当日の送迎のご連絡は各参加者の携帯へ直接お願いします。

""" + SIG_ICHINOHE,
        "attachments": [{
            "kind": "pptx", "name": "保養所モニター宿泊_説明資料.pptx",
            "slides": [
                ["社員家族モニター宿泊のご案内", "日の出産業株式会社 人事部厚生課", "2026年11月"],
                ["目的", "新規提携保養所の品質確認", "家族連れでの使い勝手を評価"],
                ["日程", "11月21日（土）〜22日（日）1泊2日", "集合：JR山なみ駅 14:00"],
                ["参加者（敬称略）",
                 "大門 慎吾　090-2281-6473　大人2・子1",
                 "浅利 美穂　080-5519-0326　大人2",
                 "津曲 拓真　070-3364-8817　大人2・子2",
                 "穂積 あずさ　090-4096-2258　大人1・子1",
                 "錦織 陸　080-7735-1409　大人2",
                 "伊集院 菜月　090-6612-9930　大人3"],
                ["アンケート", "チェックアウト時に記入・回収"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PPTXのスライドに6名の氏名と携帯番号、社外の旅館宛て",
    },
    # ---------------------------------------------------------------- 010
    {
        "id": "fukurikosei-010",
        "charset": "iso-2022-jp",
        "sender": "森下 奈緒 <n-morishita@hinode-sangyo.co.jp>",
        "to": ["こそだてサポート 法人窓口 <houjin@kosodate-support.jp>"],
        "subject": "ベビーシッター利用補助 登録者データ（ZIP）",
        "body": """こそだてサポート株式会社
法人窓口 ご担当者様

お世話になっております。日の出産業 厚生課の森下です。
10月からのベビーシッター利用補助の対象者データをZIPでお送りします。
中のCSVはUTF-8です。登録完了のご案内は保護者のメールアドレスへお願いします。

""" + SIG_MORISHITA,
        "attachments": [{
            "kind": "zip", "name": "sitter_hojo_202610.zip",
            "files": [{
                "kind": "csv", "name": "sitter_taishousha.csv", "encoding": "utf-8",
                "rows": [
                    ["保護者社員番号", "保護者氏名", "保護者メール", "子の氏名", "子の生年月日"],
                    ["H08803", "綾瀬 直人", "n-ayase@hinode-sangyo.co.jp", "綾瀬 結菜", "2022-03-17"],
                    ["H09472", "佐久間 礼", "rei.sakuma.77@gmail.com", "佐久間 蓮", "2023-08-05"],
                    ["H10015", "香取 美沙", "m-katori@hinode-sangyo.co.jp", "香取 咲", "2021-12-24"],
                    ["H10015", "香取 美沙", "m-katori@hinode-sangyo.co.jp", "香取 大翔", "2024-06-30"],
                    ["H11389", "弓削 純平", "j-yuge@hinode-sangyo.co.jp", "弓削 芽生", "2025-01-09"],
                    ["H12457", "蓮見 朋子", "tomoko.hasumi@outlook.jp", "蓮見 樹", "2022-10-11"],
                ],
            }],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "ZIP内CSVに保護者・子6件（氏名・メール・生年月日）、社外へ",
    },
]

MESSAGES += [
    # ---------------------------------------------------------------- 011
    {
        "id": "fukurikosei-011",
        "charset": "shift_jis",
        "sender": "大河内 健吾 <k-okochi@hinode-sangyo.co.jp>",
        "to": ["ことりトラベル 団体営業 <dantai@kotori-travel.co.jp>"],
        "subject": "FW: 秋の社員旅行（金沢）参加者確定の件",
        "body": """ことりトラベル株式会社
団体営業部 浜崎様

お世話になっております。日の出産業の大河内です。
社内で取りまとめた参加者のメールをそのまま転送いたします（添付）。
国内旅行傷害保険の手配に生年月日が必要とのことでしたので、
そちらも含まれています。ご確認ください。

""" + SIG_OKOCHI,
        "attachments": [{
            "kind": "eml", "name": "秋の社員旅行 参加者確定.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "設計部 庶務 稲嶺 <s-inamine@hinode-sangyo.co.jp>",
                "to": ["大河内 健吾 <k-okochi@hinode-sangyo.co.jp>"],
                "subject": "秋の社員旅行 参加者確定",
                "body": """大河内さん

設計部の参加者が確定しました。

氏名　　　　　　生年月日　　　携帯
稲嶺 沙織　　　1991/04/18　　090-2264-5107
勅使河原 徹　　1978/11/02　　080-4410-3389
小野寺 瑞希　　1995/06/29　　070-8826-1154
加賀美 聡　　　1983/01/15　　090-5573-0462
宍戸 まどか　　1988/09/07　　080-1195-7720
百瀬 優斗　　　1999/12/21　　090-3347-6618

よろしくお願いします。
稲嶺
""",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "社内メール（6名の生年月日・携帯）を.eml添付で旅行会社へ転送",
    },
    # ---------------------------------------------------------------- 012
    {
        "id": "fukurikosei-012",
        "charset": "utf-8",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["おもてなしギフト 法人受注センター <order@omotenashi-gift.co.jp>"],
        "subject": "転送: 結婚記念品 送付先リスト",
        "body": """おもてなしギフト株式会社
法人受注センター ご担当者様

お世話になっております。日の出産業共済会の鮫島です。
結婚記念品（カタログギフトBコース）の送付先について、社内担当から届いた
メールを転送いたします。各ご自宅宛てに発送をお願いいたします。

---------- 転送メッセージ ----------
From: 有馬 千里 <c-arima@hinode-sangyo.co.jp>
Date: 2026年10月6日(火) 10:42
Subject: 結婚記念品 送付先リスト
To: 鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>

鮫島さん
結婚祝金対象者の記念品送付先です。

・東海林 美咲　〒530-0041 大阪府大阪市北区天神橋3-9-27-602　TEL 090-1842-3376
・鬼頭 大和　　〒213-0011 神奈川県川崎市高津区久本1-4-10　TEL 080-2290-5543
・我那覇 彩　　〒130-0022 東京都墨田区江東橋5-2-1-304　TEL 070-6671-0982
・漆原 翔　　　〒460-0011 愛知県名古屋市中区大須2-18-5　TEL 090-8805-2217
・栗林 ひかり　〒336-0017 埼玉県さいたま市南区南浦和2-41-8　TEL 080-3716-4450

有馬
---------- 転送メッセージ ここまで ----------

""" + SIG_SAMEJIMA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "転送本文に5名の自宅住所・電話（転送は新しい本文として数える）",
    },
    # ---------------------------------------------------------------- 013
    {
        "id": "fukurikosei-013",
        "charset": "utf-8",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["うみかぜリゾート 予約センター <reserve@umikaze-resort.com>"],
        "subject": "11/28 団体宿泊 宿泊者名簿",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>うみかぜリゾート 予約センター<br>ご担当者様</p>
<p>いつもお世話になっております。日の出産業株式会社 厚生課の一戸でございます。<br>
11月28日（土）ご予約分の宿泊者名簿をお送りいたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>フリガナ</th><th>年齢</th><th>連絡先</th><th>部屋</th></tr>
<tr><td>1</td><td>蒲生 秀樹</td><td>ガモウ ヒデキ</td><td>52</td><td>090-4415-2763</td><td>和室A</td></tr>
<tr><td>2</td><td>蒲生 聡美</td><td>ガモウ サトミ</td><td>49</td><td>090-4415-2764</td><td>和室A</td></tr>
<tr><td>3</td><td>湯浅 貴之</td><td>ユアサ タカユキ</td><td>37</td><td>080-7328-1190</td><td>洋室B</td></tr>
<tr><td>4</td><td>湯浅 静香</td><td>ユアサ シズカ</td><td>35</td><td>080-7328-1192</td><td>洋室B</td></tr>
<tr><td>5</td><td>千早 颯太</td><td>チハヤ ソウタ</td><td>28</td><td>070-2051-6648</td><td>洋室C</td></tr>
<tr><td>6</td><td>鈴鹿 恵理子</td><td>スズカ エリコ</td><td>44</td><td>090-9372-8015</td><td>和室D</td></tr>
<tr><td>7</td><td>鈴鹿 麻衣</td><td>スズカ マイ</td><td>16</td><td>080-1126-3357</td><td>和室D</td></tr>
</table>
<p>お手数ですがご確認のほどよろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 厚生課<br>一戸 拓海<br>TEL: 03-5401-2233</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTMLのみのメールの表に7名の氏名・年齢・携帯、社外リゾート宛て",
    },
    # ---------------------------------------------------------------- 014
    {
        "id": "fukurikosei-014",
        "charset": "iso-2022-jp",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["共済事務センター 会員管理 <kaiin@kyosai-jimu.co.jp>"],
        "subject": "共済会 退会者データ（旧形式 xls）",
        "body": """共済事務センター 会員管理ご担当 小田切様

お世話になっております。日の出産業共済会の鮫島です。
9月末の退会者（退職者）データです。旧システムからの出力のため
xls 形式になっております。ご容赦ください。
退会餞別金の送付先は記載の住所でお願いします。

""" + SIG_SAMEJIMA,
        "attachments": [{
            "kind": "xls", "name": "taikai_202609.xls",
            "sheets": {
                "退会者": [
                    ["会員番号", "氏名", "生年月日", "入会日", "退会日", "送付先住所"],
                    ["K-20113", "渡嘉敷 勉", "1964/03/11", "1988/04/01", "2026/09/30", "沖縄県浦添市牧港4-12-6"],
                    ["K-20458", "雨宮 祥子", "1979/08/24", "2003/04/01", "2026/09/30", "山梨県甲府市丸の内2-28-3"],
                    ["K-21077", "有働 浩二", "1970/12/05", "1995/10/01", "2026/09/15", "熊本県熊本市中央区水前寺3-5-17"],
                    ["K-22391", "堀之内 蘭", "1992/06/13", "2015/04/01", "2026/09/30", "東京都世田谷区三軒茶屋1-33-9-205"],
                    ["K-23104", "五味 健吾", "1986/02/28", "2010/04/01", "2026/08/31", "長野県松本市中央3-7-2"],
                    ["K-24826", "八木沼 晴香", "1997/10/19", "2020/04/01", "2026/09/30", "神奈川県相模原市南区相模大野6-14-1"],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "旧形式XLSに6名の氏名・生年月日・住所、社外委託先へ",
    },
    # ---------------------------------------------------------------- 015
    {
        "id": "fukurikosei-015",
        "charset": "shift_jis",
        "sender": "仲宗根 ひとみ <h-nakasone@hinode-sangyo.co.jp>",
        "to": ["給与計算センター 年調チーム <nencho@kyuyo-center.co.jp>"],
        "subject": "扶養控除等申告書 追加分（配偶者の個人番号）",
        "body": f"""給与計算センター 年調チーム
嘉手納様

お世話になっております。日の出産業 給与課の仲宗根です。
扶養控除等申告書で記載漏れのあった配偶者の情報を、本人に確認しましたので
お知らせいたします。

　社員番号：H09472
　社員氏名：佐久間 礼
　配偶者氏名：佐久間 美和（サクマ ミワ）
　配偶者生年月日：1992年7月3日
　配偶者の個人番号：{mn_sp(my_number(SEED + 0))}
　所得見込：パート収入 約98万円

システムへの反映をお願いいたします。

日の出産業株式会社 人事部 給与課
仲宗根 ひとみ　TEL 03-5401-2235
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "配偶者1名のマイナンバーを本文で社外の給与委託先へ",
    },
    # ---------------------------------------------------------------- 016
    {
        "id": "fukurikosei-016",
        "charset": "utf-8",
        "sender": "仲宗根 ひとみ <h-nakasone@hinode-sangyo.co.jp>",
        "to": ["給与計算センター 年調チーム <nencho@kyuyo-center.co.jp>"],
        "subject": "中途入社者の扶養親族データ",
        "body": """嘉手納様

いつもお世話になっております。日の出産業の仲宗根です。
10月入社の3名について、扶養親族のデータを添付いたします。
個人番号は「扶養親族」シートに入っています。

よろしくお願いいたします。
仲宗根
""",
        "attachments": [{
            "kind": "xlsx", "name": "扶養親族_10月入社.xlsx",
            "sheets": {
                "入社者": [
                    ["社員番号", "氏名", "入社日"],
                    ["H13390", "喜屋武 涼", "2026/10/01"],
                    ["H13391", "三ツ矢 奏", "2026/10/01"],
                    ["H13395", "鷲尾 大地", "2026/10/16"],
                ],
                "扶養親族": [
                    ["社員番号", "扶養親族氏名", "続柄", "生年月日", "個人番号"],
                    ["H13390", "喜屋武 早苗", "妻", "1993/03/30", my_number(SEED + 1)],
                    ["H13390", "喜屋武 陸斗", "長男", "2020/05/12", my_number(SEED + 2)],
                    ["H13391", "三ツ矢 和子", "母", "1958/11/08", my_number(SEED + 3)],
                    ["H13395", "鷲尾 実里", "妻", "1996/08/16", my_number(SEED + 4)],
                    ["H13395", "鷲尾 湊斗", "長男", "2024/02/03", my_number(SEED + 5)],
                    ["H13395", "鷲尾 心春", "長女", "2026/01/20", my_number(SEED + 6)],
                ],
            },
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "扶養親族6名のマイナンバー・生年月日をXLSXで社外へ",
    },
    # ---------------------------------------------------------------- 017
    {
        "id": "fukurikosei-017",
        "charset": "iso-2022-jp",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["箱根清流閣 フロント <front@hakone-seiryu.co.jp>"],
        "subject": "保養所代替利用のご予約（カード保証）",
        "body": f"""箱根清流閣
フロントご担当者様

お世話になっております。日の出産業株式会社 厚生課の一戸です。
自社保養所の改修期間中の代替利用につきまして、お電話でお伝えした
ご予約のカード保証情報をお送りいたします。

　ご予約日：12月12日（土）1泊　2室
　保証カード：法人カード（VISA）
　カード番号：{card4(card_number(SEED + 7))}
　有効期限：08/29
　名義：HINODE SANGYO CO LTD

キャンセル規定につきましては承知いたしました。
よろしくお願いいたします。

""" + SIG_ICHINOHE,
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "クレジットカード番号（法人カード）を本文で社外旅館へ",
    },
    # ---------------------------------------------------------------- 018
    {
        "id": "fukurikosei-018",
        "charset": "shift_jis",
        "sender": "大河内 健吾 <k-okochi@hinode-sangyo.co.jp>",
        "to": ["ことりトラベル 個人手配デスク <kojin@kotori-travel.co.jp>"],
        "subject": "家族旅行補助プラン 申込（社員 鷹野様分）",
        "body": f"""ことりトラベル 個人手配デスク 御中

お世話になっております。日の出産業の大河内です。
福利厚生の家族旅行補助プランで、社員の鷹野より申込がありました。
補助額を差し引いた自己負担分は本人カードでの決済を希望しています。

　申込者：鷹野 美結（タカノ ミユ）
　行程：沖縄 3泊4日（2027/2/11発）大人2名・小人1名
　決済カード：ＪＣＢ　{fw(card4(card_number(SEED + 8), "-"))}
　有効期限：１１／２８

本人からは「電話での確認は不要」と聞いております。

""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "社員本人のカード番号（全角数字）を旅行会社へ",
    },
    # ---------------------------------------------------------------- 019
    {
        "id": "fukurikosei-019",
        "charset": "utf-8",
        "sender": "森下 奈緒 <n-morishita@hinode-sangyo.co.jp>",
        "to": ["関東機械健康保険組合 給付課 <kyufu@kanto-kikai-kenpo.or.jp>"],
        "subject": "出産育児一時金 付加金の申請について（被保険者 蓮見）",
        "body": """関東機械健康保険組合
給付課 ご担当者様

お世話になっております。日の出産業 人事部厚生課の森下でございます。
出産育児一時金の付加金について、申請書の原本を本日郵送いたしました。
事前確認のため、記載内容をお知らせいたします。

　被保険者氏名：蓮見 朋子
　保険証 記号：47　番号：2894
　出生児氏名：蓮見 柚希
　出生日：令和8年8月29日
　出産医療機関：みなと台レディースクリニック

不備がございましたらご連絡くださいませ。

""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "健康保険証の記号・番号（1名分）を社外の健保組合へ",
    },
    # ---------------------------------------------------------------- 020
    {
        "id": "fukurikosei-020",
        "charset": "iso-2022-jp",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["まもり保険サービス 団体保険課 <dantai@mamori-hoken.co.jp>"],
        "subject": "団体定期保険 死亡保険金請求の件（故 桜庭 千代子様）",
        "body": """まもり保険サービス株式会社
団体保険課 飯干様

お世話になっております。日の出産業共済会の鮫島です。
先日お電話でご相談した、会員配偶者の死亡に伴う団体定期保険の請求について、
請求書類に必要な情報をお送りします。

　被保険者（配偶者）：桜庭 千代子
　基礎年金番号：4127-306958
　会員（受取人）：桜庭 典之（社員番号 H10261）
　死亡日：2026年8月17日

共済会からの弔慰金は支給済みです。ご確認のほどよろしくお願いいたします。

""" + SIG_SAMEJIMA,
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "基礎年金番号（1名）を社外の保険代理店へ",
    },
]

MESSAGES += [
    # ---------------------------------------------------------------- 021
    {
        "id": "fukurikosei-021",
        "charset": "shift_jis",
        "sender": "栗栖 真澄 <m-kurusu@hinode-sangyo.co.jp>",
        "to": ["全国社宅管理 駐車場担当 <parking@zenkoku-shataku.co.jp>"],
        "subject": "社宅駐車場 利用申込（パークサイド勝どき）",
        "body": """全国社宅管理 駐車場ご担当者様

お世話になっております。日の出産業 総務部の栗栖です。
パークサイド勝どきの駐車場について、入居者から利用申込がありましたので
管理規約に基づき運転免許証の情報をお送りします。

　申込者：宇佐美 航（1107号室）
　運転免許証番号：第 302104557830 号
　免許の色：ゴールド（有効期限 2029年6月）
　車両：トヨタ シエンタ　品川 530 た 21-48

空きが出次第のご案内で構いません。

""" + SIG_KURUSU,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "運転免許証番号（1名）を社外の管理会社へ",
    },
    # ---------------------------------------------------------------- 022
    {
        "id": "fukurikosei-022",
        "charset": "utf-8",
        "sender": "Ryota Hoshino <r-hoshino@hinode-sangyo.co.jp>",
        "to": ["Leilani Kahale <leilani@pacific-incentives.com>"],
        "subject": "Long-service award trip to Honolulu - traveller details",
        "body": """Dear Leilani,

Thank you for the updated itinerary. As requested, please find below the passport
details of the two award winners for the airline booking.

1) Mr. Osamu Yomoda
   Date of birth: 14 March 1968
   Passport No.: TZ4418206 (expires 2031-05-09)

2) Ms. Reiko Kuninaka
   Date of birth: 2 September 1975
   Passport No.: TK7720531 (expires 2029-11-30)

Both would prefer aisle seats. Please let me know if you need anything else.

""" + SIG_HOSHINO + "\n\n" + DISC_EN,
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "English mail with two passport numbers to an overseas travel partner",
    },
    # ---------------------------------------------------------------- 023
    {
        "id": "fukurikosei-023",
        "charset": "iso-2022-jp",
        "sender": "栗栖 真澄 <m-kurusu@hinode-sangyo.co.jp>",
        "to": ["港不動産 法人賃貸課 <houjin-chintai@minato-fudosan.co.jp>"],
        "subject": "社宅契約 入居予定者の本人確認情報",
        "body": """港不動産株式会社
法人賃貸課 真壁様

お世話になっております。日の出産業の栗栖です。
来月から借上げ社宅に入居予定の外国籍社員について、審査用の
本人確認情報をお送りいたします。

　氏名：NGUYEN VAN KHOA（グエン ヴァン コア）
　国籍：ベトナム
　在留資格：技術・人文知識・国際業務
　在留カード番号：UH58120347EA
　在留期間満了日：2029年4月2日

在留カードの写しは別途郵送いたします。

""" + SIG_KURUSU,
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "在留カード番号（1名）を社外不動産会社へ",
    },
    # ---------------------------------------------------------------- 024
    {
        "id": "fukurikosei-024",
        "charset": "shift_jis",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["共済事務センター 給付チーム <kyufu@kyosai-jimu.co.jp>"],
        "subject": "傷病見舞金 申請（長期休業）",
        "body": """共済事務センター 給付チーム 御中

お世話になっております。日の出産業共済会の鮫島です。
傷病見舞金（連続30日以上の休業）の申請が1件ありましたのでご連絡します。

　会員氏名：勅使河原 徹（社員番号 H06054）
　所属：技術本部 設計部
　傷病名：適応障害（うつ状態）
　休業期間：2026年8月3日〜（現在も休職中）
　診断書：心療内科 あさひ坂メンタルクリニック 発行

診断書の写しは共済会の規程により当方で保管しております。
支給額の算定をお願いいたします。

""" + SIG_SAMEJIMA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "特定の会員の傷病名（要配慮個人情報・1名）を社外委託先へ",
    },
    # ---------------------------------------------------------------- 025
    {
        "id": "fukurikosei-025",
        "charset": "utf-8",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["旅館みやま 予約係 <yoyaku@yamanami-onsen.jp>"],
        "subject": "12/5 ご予約（日の出産業 穂積様）お部屋のご相談",
        "body": """旅館みやま
予約係 ご担当者様

お世話になっております。日の出産業 厚生課の一戸です。
12月5日にご予約の穂積 あずさ様（当社社員）のお部屋について、ご相談です。

同行されるお子様（穂積 悠真くん・9歳）が脳性まひのため車椅子を
使用しており、身体障害者手帳1級をお持ちです。
バリアフリー対応のお部屋と、貸切風呂の介助入浴が可能かご確認いただけますか。

ご対応可能でしたら、本人へも直接ご案内いただけると助かります。

""" + SIG_ICHINOHE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "社員の子の障害・病名（要配慮個人情報）を氏名つきで旅館へ",
    },
    # ---------------------------------------------------------------- 026
    {
        "id": "fukurikosei-026",
        "charset": "iso-2022-jp",
        "sender": "大河内 健吾 <k-okochi@hinode-sangyo.co.jp>",
        "to": ["ことりトラベル 団体営業 浜崎 <hamasaki@kotori-travel.co.jp>"],
        "subject": "Re: 金沢社員旅行 お食事の個別対応",
        "body": """浜崎様

お世話になっております。大河内です。
お食事の個別対応について、参加者本人に確認が取れました。

・設計部 アフマド・ラシード（Ahmad Rashid）さん
　イスラム教徒のため、ハラール対応をお願いします（豚肉・アルコール不可、
　みりん等の調味料も含む）。金曜昼はお祈りの時間を30分ほど確保したいとのことです。

・経理部 我那覇 彩さん
　甲殻類アレルギー（えび・かに）。

以上2名です。よろしくお願いいたします。

""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "特定社員の宗教（信条）とアレルギーを氏名つきで旅行会社へ",
    },
    # ---------------------------------------------------------------- 027
    {
        "id": "fukurikosei-027",
        "charset": "utf-8",
        "sender": "栗栖 真澄 <m-kurusu@hinode-sangyo.co.jp>",
        "to": ["全国社宅管理 長嶺 <nagamine@zenkoku-shataku.co.jp>"],
        "subject": "【至急】メゾン大井町305号室 緊急の住み替えについて",
        "body": """長嶺様

お世話になっております。日の出産業の栗栖です。
至急のご相談で失礼いたします。

メゾン大井町305号室に入居している薬師寺 瞳さんが、元交際相手から
ストーカー被害を受けており、先週大井警察署に被害届を提出しています。
加害者に現住所を知られているため、会社としても早急に別物件への
住み替えを進めたいと考えております。

・転居先は加害者に知られないよう、郵便転送もかけない方針です
・できれば今月中に、都内・23区外で空きのある物件をご紹介ください

取り扱いには十分ご注意いただけますようお願いいたします。

""" + SIG_KURUSU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "特定社員が犯罪被害者であること（要配慮個人情報）を管理会社へ",
    },
    # ---------------------------------------------------------------- 028
    {
        "id": "fukurikosei-028",
        "charset": "shift_jis",
        "sender": "森下 奈緒 <n-morishita@hinode-sangyo.co.jp>",
        "to": ["青空健診センター 法人健診課 <houjin@aozora-kenshin.or.jp>"],
        "subject": "人間ドック補助 再検査の予約について（宍戸様）",
        "body": """青空健診センター
法人健診課 ご担当者様

いつもお世話になっております。日の出産業 厚生課の森下です。
先月ドックを受診した社員について、二次検査の予約をお願いしたく
ご連絡いたしました。

　受診者：宍戸 まどか（昭和63年9月7日生）
　前回結果：HbA1c 7.4%（D判定・要精密検査）、空腹時血糖 148
　既往歴：2型糖尿病（近医で服薬治療中）
　希望日：11月中旬の平日午前

二次検査の費用は人間ドック補助の対象として弊社請求でお願いします。

""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "個人の健診結果と既往歴（要配慮個人情報）を社外健診機関へ",
    },
    # ---------------------------------------------------------------- 029
    {
        "id": "fukurikosei-029",
        "charset": "iso-2022-jp",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": [
            "さくらホテル 法人営業部 <houjin@sakura-hotel.jp>",
            "旅館みやま <info@yamanami-onsen.jp>",
            "うみかぜリゾート 法人窓口 <corporate@umikaze-resort.com>",
        ],
        "subject": "2027年度 法人契約更新のご案内",
        "body": """各契約施設 ご担当者様

平素より当社福利厚生にご協力いただき、誠にありがとうございます。
日の出産業株式会社 人事部厚生課の一戸でございます。

2027年度の法人契約更新につきまして、下記のとおりご案内いたします。

　1. 更新書類のご提出期限：2027年1月29日（金）
　2. 法人料金のご提示：2027年4月〜2028年3月分
　3. 繁忙期（GW・お盆・年末年始）の優先枠について

ご不明な点は一戸までお問い合わせください。
今後ともよろしくお願い申し上げます。

""" + SIG_ICHINOHE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "3つの社外施設をToに並べて送信（Bccにすべき）",
    },
    # ---------------------------------------------------------------- 030
    {
        "id": "fukurikosei-030",
        "charset": "utf-8",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": [
            "渡嘉敷 勉 <tokashiki.tsutomu@gmail.com>",
            "雨宮 祥子 <s-amemiya1979@yahoo.co.jp>",
            "有働 浩二 <udo-koji@docomo.ne.jp>",
            "五味 健吾 <kengo.gomi@icloud.com>",
        ],
        "subject": "【日の出産業共済会】OB会 忘年会のご案内",
        "body": """OB会の皆様

ご無沙汰しております。日の出産業共済会事務局の鮫島です。
今年もOB会の忘年会を開催いたします。

　日時：12月12日（土）17:00〜
　会場：日の出ビル 地下1階 食堂
　会費：3,000円（当日受付にて）

ご出欠を12月1日までにこのメールへの返信でお知らせください。
皆様にお会いできるのを楽しみにしております。

""" + SIG_SAMEJIMA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "退職者4名の個人アドレスをToに並べて送信（互いに見える）",
    },
]

MESSAGES += [
    # ---------------------------------------------------------------- 031
    {
        "id": "fukurikosei-031",
        "charset": "iso-2022-jp",
        "sender": "大河内 健吾 <k-okochi@hinode-sangyo.co.jp>",
        "to": ["錦織 陸 <r-nishikori@hinode-sangyo.co.jp>"],
        "cc": [
            "錦織 彩花 <ayaka.nishikori@gmail.com>",
            "綾瀬 千景 <chikage-a@ezweb.ne.jp>",
            "津曲 由紀 <yuki_tsumagari@softbank.ne.jp>",
        ],
        "subject": "ファミリーデー（職場見学会）ご家族向けのご案内",
        "body": """錦織さん、ご家族の皆さま

総務部 福利厚生グループの大河内です。
ファミリーデーにお申し込みいただいたご家族の方へ、当日のご案内です。
（社員の方から、ご家族の連絡先にも直接送ってほしいとのご依頼がありました）

　日時：11月14日（土）10:00〜15:00
　受付：日の出ビル1階 エントランス
　持ち物：お申込み時にお送りした入館証（印刷またはスマートフォン表示）

お昼は社員食堂でお子さま向けメニューをご用意しています。
どうぞお気をつけてお越しください。

""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "社員家族3名（別々の個人アドレス）をCcで相互に見える形で送信",
    },
    # ---------------------------------------------------------------- 032
    {
        "id": "fukurikosei-032",
        "charset": "shift_jis",
        "sender": "森下 奈緒 <n-morishita@hinode-sangyo.co.jp>",
        "to": ["鮫島 由佳 <y-samejima@hinode-sangyou.co.jp>"],
        "subject": "出産祝金 申請書の不備（比嘉さん分）",
        "body": """鮫島さん

お疲れさまです。森下です。
比嘉さんの出産祝金申請書ですが、出生日の記載が母子手帳と1日ずれていました。

　申請者：比嘉 拓也（H10482）
　申請書記載：2026/09/02　→　母子手帳：2026/09/03

本人に訂正印をもらってから共済会へ回しますので、少しお待ちください。

森下
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "社内宛てのつもりが hinode-sangyou.co.jp（1文字追加の類似ドメイン）",
    },
    # ---------------------------------------------------------------- 033
    {
        "id": "fukurikosei-033",
        "charset": "utf-8",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宿泊課 <shukuhaku@sakura-hoteI.jp>"],
        "subject": "12/19 法人予約の追加（1室）",
        "body": """さくらホテル 宿泊課 小松様

お世話になっております。日の出産業の一戸です。
12月19日（土）のご予約に1室追加をお願いできますでしょうか。

　宿泊者：能登 一平 様　ほか1名
　連絡先：080-8823-4105（能登様携帯）

空室状況をお知らせいただけますと幸いです。

""" + SIG_ICHINOHE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "宛先が sakura-hoteI.jp（l を I に置換したホモグリフ）",
    },
    # ---------------------------------------------------------------- 034
    {
        "id": "fukurikosei-034",
        "charset": "iso-2022-jp",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginkou.co.jp>"],
        "subject": "共済会貸付金の一括振込 データ伝送日程のご確認",
        "body": """みどり銀行 法人営業部
川添様

いつもお世話になっております。日の出産業共済会の鮫島です。
来月分の共済会貸付金の一括振込について、総合振込データの伝送日を
11月20日（金）とさせていただきたく、ご確認をお願いいたします。

件数はおおむね十数件の見込みです。

""" + SIG_SAMEJIMA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "パートナー midori-ginko.co.jp の類似 midori-ginkou.co.jp 宛て",
    },
    # ---------------------------------------------------------------- 035
    {
        "id": "fukurikosei-035",
        "charset": "utf-8",
        "sender": "我妻 あかね <a-wagatsuma@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 開発部 <dev@tsubasa-system.co.jp>"],
        "subject": "カフェテリアプラン連携 仕様確認（ポイント残高API）",
        "body": """ツバサシステム株式会社
開発部 ご担当者様

お世話になっております。日の出産業 人事部の我妻です。
カフェテリアプランの外部サービス連携について、以下を確認させてください。

1. ポイント残高APIの呼び出し頻度の上限
2. 年度切替時（4/1）の残高リセットのタイミング
3. 人事マスタ連携のファイル形式（CSV/固定長）

来週の定例で回答いただければ結構です。

日の出産業株式会社 人事部 我妻 あかね
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "パートナー tsubasa-system.jp の TLD 違い tsubasa-system.co.jp 宛て",
    },
    # ---------------------------------------------------------------- 036
    {
        "id": "fukurikosei-036",
        "charset": "shift_jis",
        "sender": "大河内 健吾 <k-okochi@hinode-sangyo.co.jp>",
        "to": ["厚生課 一戸 <t-ichinohe@hinode-sangyo-co.jp>"],
        "subject": "保養所 改修工事の日程",
        "body": """一戸さん

お疲れさまです。大河内です。
伊豆保養所の改修工事、施工会社から日程が出ました。

　着工：2027/1/12　竣工予定：2027/3/19
　期間中は全館休館

休館期間の代替施設（箱根清流閣）の枠について、予約状況を教えてください。

大河内
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "社内宛てのつもりが hinode-sangyo-co.jp（ドットをハイフンにした類似ドメイン）",
    },
    # ---------------------------------------------------------------- 037
    {
        "id": "fukurikosei-037",
        "charset": "iso-2022-jp",
        "sender": "森下 奈緒 <n-morishita@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 <eigyo@nishiki-insatu.co.jp>"],
        "subject": "福利厚生ガイドブック2027 初校戻し",
        "body": """錦印刷株式会社
営業部 笹川様

お世話になっております。日の出産業 厚生課の森下です。
福利厚生ガイドブック2027の初校、確認いたしました。
修正点は以下のとおりです。

　p.4　出産祝金の金額「3万円」→「5万円」
　p.9　保養所一覧の電話番号（伊豆）誤植
　p.12　カフェテリアプランの年間ポイント「60,000」→「65,000」

再校は11月10日頃にいただけますと助かります。

""" + SIG_MORISHITA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "パートナー nishiki-insatsu.co.jp の1文字落ち nishiki-insatu.co.jp 宛て",
    },
    # ---------------------------------------------------------------- 038
    {
        "id": "fukurikosei-038",
        "charset": "utf-8",
        "sender": "栗栖 真澄 <m-kurusu@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 引越センター <hikkoshi@aoba-unyu.com>"],
        "subject": "社宅入居に伴う引越し見積のお願い",
        "body": """青葉運輸株式会社 引越センター 御中

お世話になっております。日の出産業 総務部の栗栖です。
転勤者の社宅入居に伴い、引越しのお見積りをお願いいたします。

　ご依頼者：鷲尾 大地 様（当社社員）
　現住所：福岡県福岡市東区香椎駅前2-14-6-401
　転居先：神奈川県横浜市港北区綱島西3-8-21 ステラ綱島402
　連絡先：090-6257-3318
　希望日：11月下旬（土日）

訪問見積の日程は、ご本人と直接調整いただけますでしょうか。

""" + SIG_KURUSU,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "パートナー aoba-unyu.co.jp の TLD 違い aoba-unyu.com 宛て",
    },
    # ---------------------------------------------------------------- 039
    {
        "id": "fukurikosei-039",
        "charset": "shift_jis",
        "sender": "百目鬼 誠二 <s-domeki@hinode-sangyo.co.jp>",
        "to": ["未来HRコンサルティング 大庭 <ohba@hr-consulting-mirai.co.jp>"],
        "subject": "【社外秘】福利厚生制度改定案（第2版）",
        "body": """【社外秘】
────────────────────────
本資料は日の出産業株式会社の社外秘情報です。
────────────────────────

未来HRコンサルティング
大庭様

お世話になっております。日の出産業 人事課長の百目鬼です。
先日の打合せを踏まえ、改定案を更新しました。ご意見をいただけますか。

1. 保養所（伊豆・軽井沢）の保有継続を見直し、契約施設方式へ移行
2. 結婚祝金を3万円→5万円、出産祝金を第3子以降10万円に増額
3. カフェテリアプランの年間ポイントを60,000→65,000に
4. 社宅の自己負担率を家賃の20%→25%に段階的に引上げ

労働組合への提示は12月の予定です。

日の出産業株式会社 人事部 人事課長
百目鬼 誠二
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "本文冒頭に【社外秘】の表示があるメールを社外コンサルへ",
    },
    # ---------------------------------------------------------------- 040
    {
        "id": "fukurikosei-040",
        "charset": "utf-8",
        "sender": "栗栖 真澄 <m-kurusu@hinode-sangyo.co.jp>",
        "to": ["全国社宅管理 長嶺 <nagamine@zenkoku-shataku.co.jp>"],
        "subject": "社宅規程 改定案のご確認",
        "body": """長嶺様

お世話になっております。日の出産業の栗栖です。
社宅規程の改定案をお送りします。運用面で問題になりそうな点が
ありましたらご指摘いただけますでしょうか。

""" + SIG_KURUSU,
        "attachments": [{
            "kind": "docx", "name": "社宅規程_改定案_v3.docx",
            "page_header": "社外秘",
            "title": "社宅規程 改定案",
            "paragraphs": [
                "社宅規程（改定案）",
                "第1条（目的）この規程は、従業員の住宅を確保し、その生活の安定を図ることを目的とする。",
                "第5条（入居期間）入居期間は原則として10年を上限とする。ただし、転勤者はこの限りでない。",
                "第8条（社宅使用料）社宅使用料は、家賃の25%（上限月額5万円）とする。",
                "附則 この規程は2027年4月1日から施行する。",
            ],
            "tables": [[
                ["区分", "現行", "改定案"],
                ["自己負担率", "20%", "25%"],
                ["上限額", "45,000円", "50,000円"],
                ["入居期間", "上限なし", "10年"],
            ]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付DOCXのヘッダーに「社外秘」、社外の管理会社へ",
    },
]

MESSAGES += [
    # ---------------------------------------------------------------- 041
    {
        "id": "fukurikosei-041",
        "charset": "iso-2022-jp",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["木村税理士事務所 木村 <kimura@kimura-tax.jp>"],
        "subject": "共済会 2026年度上期 収支報告（監査用）",
        "body": """木村先生

いつもお世話になっております。日の出産業共済会事務局の鮫島です。
上期の収支報告書をPDFでお送りいたします。
来月の監査の際にご確認いただければ幸いです。

""" + SIG_SAMEJIMA,
        "attachments": [{
            "kind": "pdf", "name": "共済会_上期収支報告.pdf",
            "title": "日の出産業共済会 2026年度上期 収支報告",
            "page_footer": "取扱注意 ― 共済会役員・監査人限り",
            "lines": [
                "日の出産業共済会　2026年度上期 収支報告書",
                "",
                "【収入の部】 会費収入 18,420,000円　会社補助金 9,000,000円　受取利息 12,408円",
                "【支出の部】 慶弔給付 6,215,000円　レクリエーション補助 4,880,000円",
                "　　　　　　 保養所運営委託費 7,320,000円　事務委託費 2,640,000円",
                "【次期繰越】 22,518,330円",
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付PDFのフッターに「取扱注意」の区分表示、社外の税理士へ",
    },
    # ---------------------------------------------------------------- 042
    {
        "id": "fukurikosei-042",
        "charset": "shift_jis",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["保養所管理サービス 企画部 <kikaku@hoyo-kanri.co.jp>"],
        "subject": "保養所 統廃合シミュレーションの数字",
        "body": """保養所管理サービス株式会社
企画部 三好様

お世話になっております。日の出産業の一戸です。
先日の打合せでお話しした、保養所統廃合のシミュレーション表をお送りします。
運営委託費の試算に使っていただければと思います。

""" + SIG_ICHINOHE,
        "attachments": [{
            "kind": "xlsx", "name": "保養所統廃合シミュレーション.xlsx",
            "sheets": {
                "試算": [
                    ["【部外秘】保養所統廃合シミュレーション（人事部厚生課作成）", "", "", ""],
                    ["施設", "年間利用者数", "年間維持費（千円）", "1泊あたりコスト（円）"],
                    ["伊豆保養所", 1840, 28600, 15543],
                    ["軽井沢保養所", 1215, 24100, 19835],
                    ["契約施設（3施設計）", 2960, 17800, 6013],
                ],
                "前提": [
                    ["項目", "値"], ["稼働率（伊豆）", "41%"], ["稼働率（軽井沢）", "33%"],
                ],
            },
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "添付XLSXの表題行に【部外秘】、社外の管理会社へ",
    },
    # ---------------------------------------------------------------- 043
    {
        "id": "fukurikosei-043",
        "charset": "utf-8",
        "sender": "Ryota Hoshino <r-hoshino@hinode-sangyo.co.jp>",
        "to": ["Megan Walsh <megan.walsh@globalperks.com>"],
        "subject": "Benefits roadmap FY2027 - deck for Thursday",
        "body": """Hi Megan,

Ahead of Thursday's call, here is the deck we presented to our management last week.
Slides 3-4 cover the cafeteria-plan changes we'd like to discuss with you.

""" + SIG_HOSHINO,
        "attachments": [{
            "kind": "pptx", "name": "Benefits_Roadmap_FY2027.pptx",
            "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Only",
            "slides": [
                ["Benefits Roadmap FY2027", "Human Resources", "Management meeting, Oct 2026"],
                ["Where we are", "Two company-owned resorts, utilisation 33-41%",
                 "Cafeteria plan: 65% of points used"],
                ["Cafeteria plan changes", "Annual points 60,000 -> 65,000",
                 "New menu: childcare, elder care, reskilling"],
                ["Vendor options", "Keep Kurashi Benefit for domestic", "Evaluate global platform for overseas staff"],
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX footer stamped CONFIDENTIAL / Internal Only sent to an external vendor",
    },
    # ---------------------------------------------------------------- 044
    {
        "id": "fukurikosei-044",
        "charset": "iso-2022-jp",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["共済事務センター 給付チーム <kyufu@kyosai-jimu.co.jp>"],
        "subject": "出産祝金・結婚祝金 申請書一式（11月受付分）",
        "body": """共済事務センター 給付チーム 御中

お世話になっております。日の出産業共済会の鮫島です。
11月受付分の申請書スキャンデータをパスワード付きZIPでお送りします。
パスワードは別メールにてお知らせいたします。

""" + SIG_SAMEJIMA,
        "attachments": [{
            "kind": "zip", "name": "shinsei_202611.zip", "password": "Kz7#mQ2026",
            "files": [
                {"kind": "pdf", "name": "出産祝金申請書_11月.pdf",
                 "lines": ["出産祝金申請書", "申請者：湯浅 貴之　出生日：2026/10/22"]},
                {"kind": "pdf", "name": "結婚祝金申請書_11月.pdf",
                 "lines": ["結婚祝金申請書", "申請者：千早 颯太　入籍日：2026/10/10"]},
            ],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "パスワード付きZIP（PPAP）で中身を検査できない",
    },
    # ---------------------------------------------------------------- 045
    {
        "id": "fukurikosei-045",
        "charset": "iso-2022-jp",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["共済事務センター 給付チーム <kyufu@kyosai-jimu.co.jp>"],
        "subject": "パスワードのお知らせ（出産祝金・結婚祝金 申請書一式）",
        "body": """共済事務センター 給付チーム 御中

先ほどお送りしたファイルのパスワードをお知らせします。

　shinsei_202611.zip ： Kz7#mQ2026

なお、来年度からはファイル共有サービスでの受け渡しに切り替える予定です。
詳細は別途ご相談させてください。

""" + SIG_SAMEJIMA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "パスワード通知のみ（添付なし・個人データなし）",
    },
    # ---------------------------------------------------------------- 046
    {
        "id": "fukurikosei-046",
        "charset": "utf-8",
        "sender": "栗栖 真澄 <m-kurusu@hinode-sangyo.co.jp>",
        "to": ["港不動産 真壁 <makabe@minato-fudosan.co.jp>"],
        "subject": "借上げ社宅 賃貸借契約書（押印済）",
        "body": """真壁様

お世話になっております。日の出産業の栗栖です。
押印済みの賃貸借契約書をPDFでお送りします。
社内規程によりパスワードを設定しております。パスワードはお電話でお伝えします。

""" + SIG_KURUSU,
        "attachments": [{
            "kind": "pdf", "name": "賃貸借契約書_グランコート川口501.pdf",
            "password": "minato501",
            "lines": ["建物賃貸借契約書", "賃借人：日の出産業株式会社", "物件：グランコート川口 501号室"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "暗号化PDFが添付されており検査できない",
    },
    # ---------------------------------------------------------------- 047
    {
        "id": "fukurikosei-047",
        "charset": "shift_jis",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["うみかぜリゾート 法人窓口 <corporate@umikaze-resort.com>"],
        "subject": "上期 利用実績表の送付",
        "body": """うみかぜリゾート 法人窓口 ご担当者様

お世話になっております。日の出産業の一戸です。
上期の当社利用実績表をお送りします。請求額との突合をお願いいたします。

""" + SIG_ICHINOHE,
        "attachments": [{"kind": "corrupt", "name": "利用実績_上期.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "添付XLSXが壊れていて読めない",
    },
    # ---------------------------------------------------------------- 048
    {
        "id": "fukurikosei-048",
        "charset": "iso-2022-jp",
        "sender": "我妻 あかね <a-wagatsuma@hinode-sangyo.co.jp>",
        "to": ["くらしベネフィット 営業 <sales@kurashi-benefit.jp>"],
        "subject": "来年度メニュー追加の要望書",
        "body": """くらしベネフィット株式会社
営業部 ご担当者様

お世話になっております。日の出産業の我妻です。
来年度のカフェテリアプランに追加したいメニューの要望書をお送りします。

日の出産業株式会社 人事部 我妻 あかね
""",
        "attachments": [{"kind": "corrupt", "name": "メニュー追加要望書.docx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "添付DOCXが破損していて検査できない",
    },
    # ---------------------------------------------------------------- 049
    {
        "id": "fukurikosei-049",
        "charset": "utf-8",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["うみかぜリゾート 予約センター <reserve@umikaze-resort.com>"],
        "subject": "1/9 団体宿泊 名簿（パスワード付き）",
        "body": """うみかぜリゾート 予約センター ご担当者様

お世話になっております。日の出産業の一戸です。
1月9日の団体宿泊の名簿をお送りします。
名簿はパスワード付きZIPにしております。パスワードは後ほど別送します。

""" + SIG_ICHINOHE,
        "attachments": [{
            "kind": "zip", "name": "meibo_0109.zip", "password": "umi0109!",
            "files": [{
                "kind": "xlsx", "name": "宿泊者名簿_0109.xlsx",
                "sheets": {"名簿": [
                    ["氏名", "年齢", "携帯"],
                    ["蒲生 秀樹", 52, "090-4415-2763"],
                    ["湯浅 貴之", 37, "080-7328-1190"],
                    ["千早 颯太", 28, "070-2051-6648"],
                    ["鈴鹿 恵理子", 44, "090-9372-8015"],
                    ["大門 慎吾", 41, "090-2281-6473"],
                ]},
            }],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "暗号化ZIP（中身は名簿）で検査できない",
    },
    # ---------------------------------------------------------------- 050
    {
        "id": "fukurikosei-050",
        "charset": "shift_jis",
        "sender": "森下 奈緒 <n-morishita@hinode-sangyo.co.jp>",
        "to": ["関東機械健康保険組合 適用課 <tekiyo@kanto-kikai-kenpo.or.jp>"],
        "subject": "FW: 扶養家族の異動について（鷲尾）",
        "body": """関東機械健康保険組合 適用課 ご担当者様

お世話になっております。日の出産業 厚生課の森下です。
中途入社の鷲尾より、扶養家族についての申し出がありましたので転送いたします。
被扶養者異動届は追って郵送いたします。

-------- Forwarded Message --------
件名: 扶養家族の異動について
日付: 2026/10/19 9:12
差出人: 鷲尾 大地 <d-washio@hinode-sangyo.co.jp>
宛先: 森下 奈緒 <n-morishita@hinode-sangyo.co.jp>

森下様

10月16日入社の鷲尾です。扶養に入れたい家族は以下の5名です。

　鷲尾 実里（妻）　　平成8年8月16日生　無職
　鷲尾 湊斗（長男）　令和6年2月3日生
　鷲尾 心春（長女）　令和8年1月20日生
　鷲尾 静江（母）　　昭和34年5月27日生　年金収入のみ
　鷲尾 昭三（父）　　昭和31年12月2日生　年金収入のみ

父母は福岡の実家で別居しており、毎月仕送りをしています。
必要書類があれば教えてください。

鷲尾
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "転送本文に家族5名の氏名・和暦生年月日・続柄（転送は新規本文）",
    },
]

MESSAGES += [
    # ---------------------------------------------------------------- 051
    {
        "id": "fukurikosei-051",
        "charset": "utf-8",
        "sender": "我妻 あかね <a-wagatsuma@hinode-sangyo.co.jp>",
        "to": ["くらしベネフィット 精算チーム <seisan@kurashi-benefit.jp>"],
        "subject": "9月分 立替精算 対象者データ",
        "body": """くらしベネフィット 精算チーム 御中

お世話になっております。日の出産業の我妻です。
カフェテリアプランの9月分立替精算の対象者データ（UTF-8 CSV）をお送りします。
振込は10月末日でお願いいたします。

日の出産業株式会社 人事部 我妻 あかね
TEL 03-5401-2238
""",
        "attachments": [{
            "kind": "csv", "name": "tatekae_seisan_202609.csv", "encoding": "utf-8",
            "rows": [
                ["emp_no", "name", "email", "menu", "amount", "bank", "branch", "type", "account"],
                ["H04418", "轟 正臣", "m.todoroki@hinode-sangyo.co.jp", "人間ドック", "20000", "みどり銀行", "新橋", "普通", "4418203"],
                ["H05903", "千葉 紗季", "s-chiba@hinode-sangyo.co.jp", "育児用品", "8500", "みどり銀行", "浜松町", "普通", "0593317"],
                ["H07260", "遠矢 克也", "k-toya@hinode-sangyo.co.jp", "通信講座", "15000", "東京中央信金", "芝", "普通", "2260741"],
                ["H08134", "柳生 由香里", "y-yagyu@hinode-sangyo.co.jp", "スポーツクラブ", "6000", "みどり銀行", "大森", "普通", "8134056"],
                ["H09521", "乙部 真人", "m-otobe@hinode-sangyo.co.jp", "国内宿泊", "30000", "ゆうちょ銀行", "〇一八", "普通", "9521448"],
                ["H10388", "雲野 玲奈", "r-kumono@hinode-sangyo.co.jp", "介護用品", "12000", "みどり銀行", "川崎", "普通", "1038825"],
                ["H11642", "仁科 航平", "k-nishina@hinode-sangyo.co.jp", "書籍", "3200", "みどり銀行", "本店", "普通", "6420913"],
                ["H12006", "石動 理恵", "r-isurugi@hinode-sangyo.co.jp", "語学学校", "24000", "北陸中央銀行", "金沢", "普通", "1200674"],
                ["H12813", "弓削 純平", "j-yuge@hinode-sangyo.co.jp", "ベビーシッター", "18000", "みどり銀行", "品川", "普通", "2813360"],
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "9名の氏名・メール・振込口座をUTF-8 CSVで社外委託先へ",
    },
    # ---------------------------------------------------------------- 052
    {
        "id": "fukurikosei-052",
        "charset": "iso-2022-jp",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["旅館みやま 予約係 <yoyaku@yamanami-onsen.jp>"],
        "subject": "紅葉シーズン 抽選当選者のご連絡",
        "body": """旅館みやま 予約係 御中

お世話になっております。日の出産業 厚生課の一戸です。
紅葉シーズン（11月）の社内抽選が終わりましたので、当選者をお知らせします。
前日確認のお電話は各当選者の携帯へお願いいたします。

　宿泊日　　　代表者　　　　　人数　携帯
　－－－－－－－－－－－－－－－－－－－－－－－－－－－－
　１１／７　　浅利　美穂　　　２　　０８０－５５１９－０３２６
　１１／７　　小鳥遊　圭　　　４　　０９０－３１７２－８８４０
　１１／１４　錦織　陸　　　　２　　０８０－７７３５－１４０９
　１１／１４　御子柴　渚　　　３　　０７０－４４０９－２６１７
　１１／２１　蒲生　秀樹　　　２　　０９０－４４１５－２７６３
　１１／２８　伊集院　菜月　　３　　０９０－６６１２－９９３０

落選者へのご案内は当方で行います。
よろしくお願いいたします。

""" + SIG_ICHINOHE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "全角スペースで揃えた表に6名の氏名・全角数字の携帯番号",
    },
    # ---------------------------------------------------------------- 053
    {
        "id": "fukurikosei-053",
        "charset": "shift_jis",
        "sender": "有馬 千里 <c-arima@hinode-sangyo.co.jp>",
        "to": ["でんぽうサービス 法人デスク <houjin@denpo-service.jp>"],
        "subject": "出産祝い品（スタイ・タオルセット）の発送依頼",
        "body": """でんぽうサービス株式会社
法人デスク ご担当者様

いつもお世話になっております。日の出産業 人事部の有馬です。
出産祝い品（Bセット）の発送を5件お願いいたします。
のし表書きは「御出産祝　日の出産業共済会」でお願いします。

【1】
お名前：比嘉 拓也 様
ご住所：〒140-0011 東京都品川区東大井5-22-9 シティハウス東大井303
お電話：090-5531-2208

【2】
お名前：瀬戸口 真央 様
ご住所：〒105-0004 東京都港区新橋6-17-3-702
お電話：080-1174-6695

【3】
お名前：葛西 恭平 様
ご住所：〒272-0034 千葉県市川市市川1-9-12
お電話：070-3308-4127
※双子のためセットを2つ

【4】
お名前：印南 さやか 様
ご住所：〒330-0063 埼玉県さいたま市浦和区高砂3-6-20-1105
お電話：090-2745-9983

【5】
お名前：大豆生田 亮 様
ご住所：〒231-0023 神奈川県横浜市中区山下町118-2
お電話：080-6092-1356

請求は当社総務部宛てでお願いいたします。

日の出産業株式会社 人事部 有馬 千里
TEL 03-5401-2234
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "1件1ブロックで5名の自宅住所・電話を社外の発送業者へ",
    },
    # ---------------------------------------------------------------- 054
    {
        "id": "fukurikosei-054",
        "charset": "utf-8",
        "sender": "Ryota Hoshino <r-hoshino@hinode-sangyo.co.jp>",
        "to": ["Pacific Incentives Groups <groups@pacific-incentives.com>"],
        "subject": "Incentive trip Feb 2027 - participant roster",
        "body": """Hello team,

Please find the roster for the February incentive trip to Guam below.
Hotel vouchers can be sent directly to each participant by e-mail.

Name               | Date of birth | Mobile          | E-mail
-------------------+---------------+-----------------+--------------------------------
Kenta Ashida       | 1989-12-08*   | +81-90-1129-7640 | k-ashida@hinode-sangyo.co.jp
Ai Mitsushima      | 1994-05-21    | +81-80-6610-2257 | a-mitsushima@hinode-sangyo.co.jp
Wataru Usami       | 1988-08-30    | +81-70-2048-9931 | w-usami@hinode-sangyo.co.jp
Naoki Todoroki     | 1991-01-17    | +81-80-9917-0334 | n-todoroki@hinode-sangyo.co.jp
Risa Hiruma        | 1996-03-04    | +81-80-3392-1176 | r-hiruma@hinode-sangyo.co.jp
Ippei Noto         | 1985-10-26    | +81-90-8823-4105 | i-noto@hinode-sangyo.co.jp

(*) travelling with spouse; the spouse's details will follow.

""" + SIG_HOSHINO + "\n\n" + DISC_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "English roster of 6 people (DOB, mobile, e-mail) to an overseas partner",
    },
    # ---------------------------------------------------------------- 055
    {
        "id": "fukurikosei-055",
        "charset": "iso-2022-jp",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 川添 <kawazoe@midori-ginko.co.jp>"],
        "subject": "共済会貸付金 11月実行分の振込先",
        "body": """みどり銀行 法人営業部
川添様

お世話になっております。日の出産業共済会の鮫島です。
総合振込データの伝送前の確認用として、11月実行分の貸付金振込先を
お知らせいたします（タブ区切り）。

会員番号\t氏名\t貸付額\t銀行\t支店\t種別\t口座番号\t名義カナ
K-20874\t大門 慎吾\t500,000\tみどり銀行\t大井町\t普通\t3326019\tダイモン シンゴ
K-21550\t浅利 美穂\t300,000\tみどり銀行\t蒲田\t普通\t1550872\tアサリ ミホ
K-22018\t津曲 拓真\t800,000\tみどり銀行\t川崎\t普通\t2018446\tツマガリ タクマ
K-23377\t御子柴 渚\t200,000\t城南信用金庫\t大森\t普通\t0377215\tミコシバ ナギサ
K-24402\t小鳥遊 圭\t1,000,000\tみどり銀行\t本店営業部\t普通\t4402968\tタカナシ ケイ

伝送は11月20日を予定しています。

""" + SIG_SAMEJIMA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "5名の氏名・口座番号（タブ区切り）をパートナー銀行へ",
    },
    # ---------------------------------------------------------------- 056
    {
        "id": "fukurikosei-056",
        "charset": "shift_jis",
        "sender": "栗栖 真澄 <m-kurusu@hinode-sangyo.co.jp>",
        "to": ["全国社宅管理 退去精算課 <taikyo@zenkoku-shataku.co.jp>"],
        "subject": "年度末退去予定者の立会い日程（資料一式）",
        "body": """全国社宅管理 退去精算課 御中

お世話になっております。日の出産業の栗栖です。
年度末の退去予定者について、立会い日程の希望と連絡先をまとめました。
ZIPの中に一覧（Excel）と、退去届のひな形（Word）を入れています。

""" + SIG_KURUSU,
        "attachments": [{
            "kind": "zip", "name": "退去立会い_2027年3月.zip",
            "files": [
                {"kind": "xlsx", "name": "退去予定者一覧.xlsx",
                 "sheets": {"一覧": [
                     ["2027年3月 退去予定者", "", "", "", ""],
                     ["氏名", "物件", "号室", "立会い希望", "連絡先（携帯）"],
                     ["長谷部 隆", "メゾン大井町", "203", "3/20 午前", "090-4471-3308"],
                     ["比留間 理沙", "グランコート川口", "501", "3/21 午後", "080-3392-1176"],
                     ["能登 一平", "リバーハイツ登戸", "302", "3/27 午前", "090-8823-4105"],
                     ["満島 杏", "コーポ若葉", "105", "3/27 午後", "080-6610-2257"],
                     ["轟 直樹", "アーバン西川口", "208", "3/28 午前", "080-9917-0334"],
                 ]}},
                {"kind": "docx", "name": "退去届_ひな形.docx",
                 "paragraphs": ["退去届", "物件名：", "号室：", "退去日：", "氏名：　　　　　印"]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ZIP内のXLSXに5名の氏名・携帯、社外管理会社へ",
    },
    # ---------------------------------------------------------------- 057
    {
        "id": "fukurikosei-057",
        "charset": "utf-8",
        "sender": "大河内 健吾 <k-okochi@hinode-sangyo.co.jp>",
        "to": ["ことりトラベル 浜崎 <hamasaki@kotori-travel.co.jp>"],
        "cc": [
            "さくらホテル 宴会予約 <enkai@sakura-hotel.jp>",
            "青葉運輸 観光バス事業部 <bus@aoba-unyu.co.jp>",
        ],
        "subject": "創立記念レクリエーション 三社打合せの日程調整",
        "body": """ことりトラベル 浜崎様
さくらホテル 宴会予約ご担当者様
青葉運輸 観光バス事業部ご担当者様

いつもお世話になっております。日の出産業 総務部の大河内です。
来年5月の創立記念レクリエーション（社員・家族 約400名）について、
旅行手配・会場・貸切バスの三者で一度打合せをお願いしたく存じます。

候補日：11/10（火）14時、11/12（木）10時、11/13（金）15時
場所：日の出ビル 7階 会議室B（オンライン参加も可）

ご都合をお知らせください。

""" + SIG_OKOCHI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "To/Ccに3つの社外組織（旅行会社・ホテル・バス会社）が相互に見える",
    },
    # ---------------------------------------------------------------- 058
    {
        "id": "fukurikosei-058",
        "charset": "iso-2022-jp",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["まもり保険サービス 飯干 <iiboshi@mamori-hoken.co.jp>"],
        "subject": "永年勤続記念旅行 国内旅行保険の加入者",
        "body": """まもり保険サービス 飯干様

お世話になっております。日の出産業共済会の鮫島です。
永年勤続（30年）記念旅行の国内旅行傷害保険、加入者は以下のとおりです。

・四方田 修　　昭和４３年３月１４日生　男
・國中 玲子　　昭和５０年９月２日生　　女
・大畑 正志　　昭和４２年１１月２９日生　男
・西園寺 久美　昭和４４年６月６日生　　女
・土門 勇気　　昭和４５年１月３１日生　男
・渡嘉敷 勉　　昭和３９年３月１１日生　男（OB、特別参加）

旅行期間は2027年1月22日〜24日です。
保険料のご請求は共済会宛てでお願いします。

""" + SIG_SAMEJIMA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "「・」箇条書きで6名の氏名・和暦生年月日・性別を社外代理店へ",
    },
]

MESSAGES += [
    # ---------------------------------------------------------------- 059
    {
        "id": "fukurikosei-059",
        "charset": "shift_jis",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["ことりトラベル 団体営業 <dantai@kotori-travel.co.jp>"],
        "subject": "当社の契約保養施設一覧（ご参考）",
        "body": """ことりトラベル 団体営業部 浜崎様

お世話になっております。日の出産業の一戸です。
社員旅行の宿泊先検討のご参考に、当社の契約保養施設の一覧をお送りします。
法人料金はいずれも1泊2食・大人1名あたりの税込額です。

施設名                 所在地                               代表電話        法人料金
---------------------------------------------------------------------------------------
伊豆保養所（直営）     静岡県伊東市富戸1102-35              0557-51-2280    5,500円
軽井沢保養所（直営）   長野県北佐久郡軽井沢町長倉2140-88    0267-45-7731    6,000円
さくらホテル           東京都台東区上野公園4-3              03-3821-5500    9,800円
旅館みやま             群馬県吾妻郡山なみ町湯本568          0279-88-2014    12,000円
うみかぜリゾート       千葉県南房総市白浜町滝口7210-4       0470-38-4411    11,500円
箱根清流閣             神奈川県足柄下郡箱根町宮ノ下306      0460-82-3155    14,000円

直営2施設は当社で予約を受け付けますので、それ以外の手配をお願いいたします。

""" + SIG_ICHINOHE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "施設（事業者）の一覧で人の情報ではない",
    },
    # ---------------------------------------------------------------- 060
    {
        "id": "fukurikosei-060",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 誠二 <s-domeki@hinode-sangyo.co.jp>",
        "to": ["くらしベネフィット 法務 <legal@kurashi-benefit.jp>"],
        "subject": "秘密保持契約書（案）へのコメント",
        "body": """くらしベネフィット株式会社
法務ご担当 佐伯様

お世話になっております。日の出産業 人事課長の百目鬼です。
カフェテリアプラン運営委託に先立つ秘密保持契約書（案）について、
当社法務とも確認のうえ、以下の点をご検討いただけますでしょうか。

1. 第2条「秘密情報」の定義に、従業員の個人情報を明示的に含めること
2. 第7条の有効期間を契約終了後3年→5年とすること
3. 再委託時の事前書面承諾（第9条）を追加すること

修正版をWordの変更履歴でお送りいただければ幸いです。
締結は11月中を目標にしております。

日の出産業株式会社 人事部 人事課長
百目鬼 誠二
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "秘密保持契約（NDA）についてのやり取りで、機密区分表示ではない",
    },
    # ---------------------------------------------------------------- 061
    {
        "id": "fukurikosei-061",
        "charset": "utf-8",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["旅館みやま 女将 宮間 <okami@yamanami-onsen.jp>"],
        "subject": "2027年度 法人契約料金のご提示ありがとうございます",
        "body": """旅館みやま
宮間様

お世話になっております。日の出産業の一戸です。
2027年度の法人契約料金のご提示、ありがとうございました。
平日12,000円・休前日14,500円（1泊2食）で社内稟議を上げます。
稟議が通りましたら、更新書類をお送りいたします。

""" + SIG_ICHINOHE + "\n\n" + DISC_JA,
        "html": """<html><body>
<p>旅館みやま<br>宮間様</p>
<p>お世話になっております。日の出産業の一戸です。<br>
2027年度の法人契約料金のご提示、ありがとうございました。<br>
平日12,000円・休前日14,500円（1泊2食）で社内稟議を上げます。<br>
稟議が通りましたら、更新書類をお送りいたします。</p>
<p>日の出産業株式会社 人事部 厚生課<br>一戸 拓海<br>TEL: 03-5401-2233</p>
<p style="font-size:8pt;color:#888">本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを削除してください。</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "定型の免責文（機密情報が含まれている場合があります）つきの通常業務メール",
    },
    # ---------------------------------------------------------------- 062
    {
        "id": "fukurikosei-062",
        "charset": "iso-2022-jp",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["うみかぜリゾート 予約センター <reserve@umikaze-resort.com>"],
        "subject": "Re: 11/28 ご予約内容の確認",
        "body": """うみかぜリゾート 予約センター
戸倉様

ご確認ありがとうございます。内容に相違ございません。
当日はどうぞよろしくお願いいたします。

日の出産業 厚生課 一戸

> 日の出産業株式会社 一戸様
>
> いつもご利用ありがとうございます。
> 11月28日のご予約内容を下記のとおり確認いたしました。
>
> 蒲生 秀樹 様　090-4415-2763　和室A
> 蒲生 聡美 様　090-4415-2764　和室A
> 湯浅 貴之 様　080-7328-1190　洋室B
> 湯浅 静香 様　080-7328-1192　洋室B
> 千早 颯太 様　070-2051-6648　洋室C
> 鈴鹿 恵理子 様　090-9372-8015　和室D
>
> うみかぜリゾート 予約センター 戸倉
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "名簿は「>」引用部分のみ（相手が送ってきたもの）、新しい本文は確認の一言",
    },
    # ---------------------------------------------------------------- 063
    {
        "id": "fukurikosei-063",
        "charset": "shift_jis",
        "sender": "栗栖 真澄 <m-kurusu@hinode-sangyo.co.jp>",
        "to": ["全国社宅管理 長嶺 <nagamine@zenkoku-shataku.co.jp>"],
        "subject": "RE: 契約更新対象者のご確認",
        "body": """長嶺様

お世話になっております。栗栖です。
一覧の内容で問題ございません。更新手続きを進めてください。
なお、満島さんは3月末で退去予定のため、更新不要です。

""" + SIG_KURUSU + """

-----Original Message-----
From: 長嶺 修 <nagamine@zenkoku-shataku.co.jp>
Sent: Wednesday, October 14, 2026 4:05 PM
To: 栗栖 真澄 <m-kurusu@hinode-sangyo.co.jp>
Subject: 契約更新対象者のご確認

日の出産業 栗栖様

来年1〜3月に契約更新を迎える入居者は以下のとおりです。

長谷部 隆　メゾン大井町203　090-4471-3308
比留間 理沙　グランコート川口501　080-3392-1176
満島 杏　コーポ若葉105　080-6610-2257
芦田 健太郎　ステラ綱島402　090-1129-7640
轟 直樹　アーバン西川口208　080-9917-0334

ご確認をお願いいたします。
全国社宅管理株式会社 法人営業部 長嶺
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "5名の一覧は Original Message 以下の引用のみ（相手が送ったもの）",
    },
    # ---------------------------------------------------------------- 064
    {
        "id": "fukurikosei-064",
        "charset": "utf-8",
        "sender": "我妻 あかね <a-wagatsuma@hinode-sangyo.co.jp>",
        "to": ["くらしベネフィット 導入支援 <onboarding@kurashi-benefit.jp>"],
        "cc": ["ツバサシステム 高嶋 <takashima@tsubasa-system.jp>"],
        "subject": "人事マスタ連携の打合せ（11/6）のご案内",
        "body": """くらしベネフィット 導入支援ご担当者様
（cc：ツバサシステム 高嶋様）

お世話になっております。日の出産業 人事部の我妻です。
人事マスタとカフェテリアプランの連携について、三者で打合せをお願いします。

　日時：11月6日（金）15:00〜16:00
　場所：Teams（招待は別途お送りします）
　議題：連携項目の確定、初回移行日の決定、テスト環境の準備

資料は前日までに共有いたします。

日の出産業株式会社 人事部 我妻 あかね
TEL 03-5401-2238
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "社外2組織（To と Cc）の通常の三者打合せ案内",
    },
    # ---------------------------------------------------------------- 065
    {
        "id": "fukurikosei-065",
        "charset": "iso-2022-jp",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["雨宮 祥子 <s-amemiya1979@yahoo.co.jp>"],
        "subject": "共済会 退会餞別金のお振込について",
        "body": """雨宮 祥子 様

在職中は大変お世話になりました。日の出産業共済会事務局の鮫島です。
退会餞別金につきまして、11月25日にご登録の口座へお振込みいたします。
振込通知書はご自宅へ郵送いたします。

また、OB会へのご入会をご希望の場合は、同封の申込書をご返送ください。
ご不明点がございましたら、このメールへご返信ください。

""" + SIG_SAMEJIMA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "退職者1名の個人アドレス宛て、個人データの列挙なし",
    },
    # ---------------------------------------------------------------- 066
    {
        "id": "fukurikosei-066",
        "charset": "shift_jis",
        "sender": "我妻 あかね <a-wagatsuma@hinode-sangyo.co.jp>",
        "to": ["くらしベネフィット 営業 <sales@kurashi-benefit.jp>"],
        "subject": "来年度メニュー 単価（ポイント換算）の確認",
        "body": """くらしベネフィット 営業ご担当 森様

お世話になっております。日の出産業の我妻です。
来年度のメニュー単価について、当社の理解が正しいか確認させてください。

メニューコード　メニュー名　　　　　　　単価（円）　付与率
CP-101　　　　　人間ドック補助　　　　　　 1.0　　　100%
CP-205　　　　　育児用品購入　　　　　　　 1.0　　　100%
CP-310　　　　　自己啓発（通信講座）　　　 1.0　　　 80%
CP-412　　　　　スポーツクラブ利用　　　　 1.0　　　 70%
CP-518　　　　　国内宿泊（提携施設）　　　 1.2　　　100%
CP-520　　　　　国内宿泊（一般施設）　　　 1.0　　　 50%

CP-518 の 1.2倍は提携施設のみ、という理解でよろしいでしょうか。

日の出産業株式会社 人事部 我妻 あかね
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "メニューコードと単価の表（価格表）で個人データなし",
    },
    # ---------------------------------------------------------------- 067
    {
        "id": "fukurikosei-067",
        "charset": "utf-8",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["共済事務センター 経理 <keiri@kyosai-jimu.co.jp>"],
        "subject": "請求書 No.KJ-2026-10-0447 の記載について",
        "body": """共済事務センター 経理ご担当 様

お世話になっております。日の出産業共済会の鮫島です。
10月分の事務委託料のご請求書（No.KJ-2026-10-0447）を拝受しました。
インボイス対応のため、1点確認させてください。

請求書に記載の登録番号「T6011001042553」と、契約書記載の法人番号
（6011001042553）は一致しておりますが、
請求書の宛名が「日の出産業株式会社」となっております。
共済会宛て（日の出産業共済会）での再発行をお願いできますでしょうか。

金額（税込 242,000円）は問題ございません。

""" + SIG_SAMEJIMA,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "請求書番号と委託先の登録番号（法人番号）のみ、人の個人データなし",
    },
    # ---------------------------------------------------------------- 068
    {
        "id": "fukurikosei-068",
        "charset": "iso-2022-jp",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["箱根清流閣 営業 <sales@hakone-seiryu.co.jp>"],
        "subject": "施設見学（11/18）の参加者",
        "body": """箱根清流閣 営業ご担当 塩谷様

お世話になっております。日の出産業の一戸です。
11月18日の施設見学、当社からは以下3名で伺います。

　一戸 拓海（厚生課）　携帯 090-2706-5513
　大河内 健吾（総務部）　携帯 080-4192-3360
　組合 福利厚生部長 仁木 雄大　携帯 070-6658-2041

小田原駅から車で向かいます。到着は13時30分頃の予定です。

""" + SIG_ICHINOHE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "見学者3名の携帯番号（1〜4名）",
    },
    # ---------------------------------------------------------------- 069
    {
        "id": "fukurikosei-069",
        "charset": "shift_jis",
        "sender": "大河内 健吾 <k-okochi@hinode-sangyo.co.jp>",
        "to": ["ことりトラベル 浜崎 <hamasaki@kotori-travel.co.jp>"],
        "subject": "Re: 参加者名簿のご提出について",
        "body": """浜崎様

お世話になっております。大河内です。
参加者名簿の事前提出の件、社内で検討しました。

機密保持と個人情報保護の観点から、名簿をメールでお送りすることは
控えさせていただき、当日バス乗車時に受付票へご記入いただく形とさせてください。
保険手配に必要な人数・年代の内訳は、以下のとおり先にお伝えします。

　20代：14名　30代：22名　40代：19名　50代以上：11名　（計66名）

ご不便をおかけしますが、よろしくお願いいたします。

""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "「機密保持」への言及のみで区分表示ではなく、人数の集計のみ",
    },
    # ---------------------------------------------------------------- 070
    {
        "id": "fukurikosei-070",
        "charset": "iso-2022-jp",
        "sender": "栗栖 真澄 <m-kurusu@hinode-sangyo.co.jp>",
        "to": ["全国社宅管理 長嶺 <nagamine@zenkoku-shataku.co.jp>"],
        "subject": "社宅使用料の改定時期について",
        "body": """長嶺様

お世話になっております。日の出産業の栗栖です。
社宅使用料の自己負担率改定（20%→25%）の実施時期について、
各物件の契約更新月に合わせるか、一斉に4月から適用するかで検討中です。
他社さんの事例を教えていただけると助かります。

論点をテキストにまとめましたので添付します。

""" + SIG_KURUSU,
        "attachments": [{
            "kind": "txt", "name": "shiyoryo_kaitei_ronten.txt", "encoding": "cp932",
            "text": """社宅使用料 改定の論点メモ
1. 一斉適用（2027/4/1）の場合：事務は簡素、更新前の物件で負担感が急増
2. 更新月適用の場合：不公平感、システム改修が必要
3. 経過措置：1年目22.5%、2年目25%の段階適用案
""",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "制度の相談と論点メモ（TXT）で個人データなし",
    },
]

MESSAGES += [
    # ---------------------------------------------------------------- 071
    {
        "id": "fukurikosei-071",
        "charset": "utf-8",
        "sender": "Ryota Hoshino <r-hoshino@hinode-sangyo.co.jp>",
        "to": ["GlobalPerks Integration Team <integration@globalperks.com>"],
        "subject": "SSO setup for the pilot (overseas subsidiaries)",
        "body": """Hello,

We'd like to start the SSO configuration for the pilot with our Singapore and
Bangkok subsidiaries. A few questions before we open the ticket:

1. Do you support SAML 2.0 with Entra ID as the IdP, or OIDC only?
2. Can user provisioning run via SCIM, or do you need a nightly CSV?
3. Which attributes are mandatory? We would prefer to send only an employee
   ID and a work e-mail address.

Our IT contact is copied on the follow-up once we have your answers.

""" + SIG_HOSHINO + "\n\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English technical question with the standard disclaimer; no personal data",
    },
    # ---------------------------------------------------------------- 072
    {
        "id": "fukurikosei-072",
        "charset": "shift_jis",
        "sender": "森下 奈緒 <n-morishita@hinode-sangyo.co.jp>",
        "to": ["青空健診センター 法人健診課 <houjin@aozora-kenshin.or.jp>"],
        "subject": "2027年度 定期健康診断（巡回健診）の日程調整",
        "body": """青空健診センター
法人健診課 ご担当者様

いつもお世話になっております。日の出産業 厚生課の森下です。
2027年度の巡回健診について、事業所ごとの受診予定人数をお知らせします。

　本社（港区）　　　　　　312名　希望：5月第2週
　川崎工場　　　　　　　　458名　希望：5月第4週
　名古屋工場　　　　　　　267名　希望：6月第1週
　大阪支店　　　　　　　　 96名　希望：6月第2週

婦人科健診（オプション）の希望者数は来月お知らせします。
お見積りをお願いいたします。

""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "事業所ごとの人数のみで個人の健康情報なし",
    },
    # ---------------------------------------------------------------- 073
    {
        "id": "fukurikosei-073",
        "charset": "iso-2022-jp",
        "sender": "百目鬼 誠二 <s-domeki@hinode-sangyo.co.jp>",
        "to": ["未来HRコンサルティング 大庭 <ohba@hr-consulting-mirai.co.jp>"],
        "subject": "慶弔給付の支給件数（過去5年）",
        "body": """大庭様

お世話になっております。百目鬼です。
先日ご依頼の慶弔給付の支給件数を、部門別・年度別に集計しました。
増額案の財源試算にお使いください。

日の出産業株式会社 人事部 人事課長 百目鬼 誠二
""",
        "attachments": [{
            "kind": "xlsx", "name": "慶弔給付_支給件数_5年.xlsx",
            "sheets": {
                "年度別": [
                    ["年度", "結婚祝金", "出産祝金", "弔慰金", "傷病見舞金", "災害見舞金"],
                    ["2022", 41, 58, 73, 12, 0],
                    ["2023", 38, 61, 69, 15, 3],
                    ["2024", 44, 55, 77, 11, 0],
                    ["2025", 36, 63, 71, 18, 1],
                    ["2026上期", 19, 30, 34, 9, 0],
                ],
                "部門別(2025)": [
                    ["部門", "結婚祝金", "出産祝金", "弔慰金"],
                    ["本社", 12, 20, 18], ["川崎工場", 11, 22, 29],
                    ["名古屋工場", 9, 15, 17], ["大阪支店", 4, 6, 7],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "件数の集計表のみで個人を特定できる行はない",
    },
    # ---------------------------------------------------------------- 074
    {
        "id": "fukurikosei-074",
        "charset": "utf-8",
        "sender": "森下 奈緒 <n-morishita@hinode-sangyo.co.jp>",
        "to": ["錦印刷 営業部 笹川 <sasagawa@nishiki-insatsu.co.jp>"],
        "subject": "保養所パンフレット 原稿のご送付",
        "body": """錦印刷株式会社
笹川様

お世話になっております。日の出産業 厚生課の森下です。
保養所パンフレット（A4三つ折り）の原稿をPDFでお送りします。
ロゴ画像も添付しますので、表紙にご使用ください。

""" + SIG_MORISHITA,
        "attachments": [
            {"kind": "pdf", "name": "保養所パンフ_原稿.pdf", "title": "保養所のご案内",
             "lines": [
                 "日の出産業 保養所のご案内",
                 "",
                 "■伊豆保養所　静岡県伊東市富戸1102-35　TEL 0557-51-2280",
                 "　全室オーシャンビュー、大浴場・露天風呂あり。1泊2食 5,500円（社員・家族）",
                 "■軽井沢保養所　長野県北佐久郡軽井沢町長倉2140-88　TEL 0267-45-7731",
                 "　夏季限定のバーベキューテラス。1泊2食 6,000円（社員・家族）",
                 "■お申込み：社内ポータル「保養所予約」から、利用日の2か月前の1日より",
             ]},
            {"kind": "png", "name": "hinode_logo.png"},
        ],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "施設案内のPDFとロゴ画像、施設の代表電話のみでパートナー宛て",
    },
    # ---------------------------------------------------------------- 075
    {
        "id": "fukurikosei-075",
        "charset": "shift_jis",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["ことりトラベル 浜崎 <hamasaki@kotori-travel.co.jp>"],
        "subject": "直営保養所の1月空室状況",
        "body": """浜崎様

お世話になっております。一戸です。
1月の直営保養所の空室状況を添付します。
団体枠として押さえられそうな日があればお知らせください。

""" + SIG_ICHINOHE,
        "attachments": [{
            "kind": "xlsx", "name": "空室状況_2027年1月.xlsx",
            "sheets": {
                "伊豆": [
                    ["伊豆保養所 空室状況（2027年1月）", "", ""],
                    ["日付", "和室（全8室）", "洋室（全4室）"],
                    ["1/8(金)", 3, 1], ["1/9(土)", 0, 0], ["1/10(日)", 2, 1],
                    ["1/15(金)", 6, 3], ["1/16(土)", 1, 0], ["1/22(金)", 7, 4],
                ],
                "軽井沢": [
                    ["軽井沢保養所 空室状況（2027年1月）", "", ""],
                    ["日付", "和室（全6室）", "洋室（全6室）"],
                    ["1/8(金)", 5, 6], ["1/9(土)", 2, 3], ["1/16(土)", 4, 5],
                ],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "空室数のカレンダーで人の情報なし",
    },
    # ---------------------------------------------------------------- 076
    {
        "id": "fukurikosei-076",
        "charset": "iso-2022-jp",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 芝大門支店 <shibadaimon@midori-ginko.co.jp>"],
        "subject": "弔慰金の振込 組戻しについて",
        "body": """みどり銀行 芝大門支店
法人窓口ご担当者様

お世話になっております。日の出産業共済会の鮫島です。
10月20日に実行した弔慰金の振込1件について、口座番号の誤りが判明したため
組戻しの手続きをお願いしたく、ご連絡いたしました。

　受取人：桜庭 典之
　誤：みどり銀行 蒲田支店 普通 1936207
　正：ゆうちょ銀行 〇〇八店 普通 1936207

組戻し依頼書は本日窓口へ持参いたします。

""" + SIG_SAMEJIMA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "受取人1名の口座（1〜4名）をパートナー銀行へ",
    },
    # ---------------------------------------------------------------- 077
    {
        "id": "fukurikosei-077",
        "charset": "utf-8",
        "sender": "森下 奈緒 <n-morishita@hinode-sangyo.co.jp>",
        "to": ["瀬戸口 恵 <megumi.setoguchi@yahoo.co.jp>"],
        "subject": "出産祝金の申請書類について（ご家族様へ）",
        "body": """瀬戸口 恵 様

はじめまして。日の出産業 人事部厚生課の森下と申します。
ご主人（瀬戸口 真央さん）から、出産祝金の書類をご家族のメールアドレスにも
送ってほしいとのご依頼がありましたので、ご連絡いたしました。

このたびはご出産おめでとうございます。
申請には以下の書類が必要です。

　1. 出産祝金申請書（社内ポータルからダウンロード）
　2. 出生を確認できる書類の写し（母子健康手帳の出生届出済証明ページなど）

書類はご主人経由で厚生課へ提出いただければ結構です。

""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "社員の家族1名（フリーメール）への手続案内",
    },
    # ---------------------------------------------------------------- 078
    {
        "id": "fukurikosei-078",
        "charset": "shift_jis",
        "sender": "百目鬼 誠二 <s-domeki@hinode-sangyo.co.jp>",
        "to": ["人事部長 <hr-director@hinode-sangyo.co.jp>"],
        "cc": ["大河内 健吾 <k-okochi@hinode-sangyo.co.jp>", "森下 奈緒 <n-morishita@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】2027年度 福利厚生予算案",
        "body": """【社外秘】

部長

お疲れさまです。百目鬼です。
2027年度の福利厚生予算案をまとめました。

　慶弔給付　　　　　　 6,800万円（前年比 +9%）
　保養所運営　　　　　 5,200万円（前年比 -12%、伊豆改修分を除く）
　カフェテリアプラン　 9,100万円（前年比 +8%）
　社宅補助　　　　　　 1億4,300万円（前年比 +2%）

経営会議は11月19日です。ご確認をお願いします。

百目鬼
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "【社外秘】表示があるが宛先は社内のみ",
    },
    # ---------------------------------------------------------------- 079
    {
        "id": "fukurikosei-079",
        "charset": "iso-2022-jp",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["共済会 会計監事 栗林 <h-kuribayashi@hinode-sangyo.co.jp>"],
        "subject": "監事監査用データ（パスワード別送）",
        "body": """栗林さん

お疲れさまです。共済会事務局の鮫島です。
監事監査用の給付明細をパスワード付きZIPで送ります。
パスワードはTeamsのチャットでお伝えします。

鮫島
""",
        "attachments": [{
            "kind": "zip", "name": "kansa_2026kami.zip", "password": "kansa-2026",
            "files": [{"kind": "csv", "name": "kyufu_meisai.csv", "encoding": "cp932",
                       "rows": [["区分", "件数", "金額"], ["結婚祝金", 19, 570000],
                                ["出産祝金", 30, 1600000], ["弔慰金", 34, 1215000]]}],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "暗号化ZIPだが宛先は社内のみ",
    },
    # ---------------------------------------------------------------- 080
    {
        "id": "fukurikosei-080",
        "charset": "utf-8",
        "sender": "栗栖 真澄 <m-kurusu@hinode-sangyo.co.jp>",
        "to": ["川崎工場 総務 <somu-kawasaki@kawasaki.mail.hinode-sangyo.co.jp>"],
        "subject": "川崎工場所属の社宅入居者リスト",
        "body": """川崎工場 総務ご担当 様

本社総務の栗栖です。
川崎工場所属で借上げ社宅に入居している方の一覧を送ります。
年末の安否確認訓練の連絡網に使ってください。

栗栖
""",
        "attachments": [{
            "kind": "csv", "name": "shataku_kawasaki.csv", "encoding": "cp932",
            "rows": [
                ["社員番号", "氏名", "物件", "所在地", "携帯"],
                ["H11120", "能登 一平", "リバーハイツ登戸302", "神奈川県川崎市多摩区登戸2950-4", "090-8823-4105"],
                ["H12301", "芦田 健太郎", "ステラ綱島402", "神奈川県横浜市港北区綱島西3-8-21", "090-1129-7640"],
                ["H09016", "江刺家 豊", "サンライズ武蔵小杉605", "神奈川県川崎市中原区小杉町3-441", "080-2637-5519"],
                ["H10702", "砂川 智美", "リバーハイツ登戸108", "神奈川県川崎市多摩区登戸2950-4", "070-9945-3026"],
                ["H11555", "米倉 光一", "コンフォート鹿島田201", "神奈川県川崎市幸区鹿島田1-17-2", "090-3380-1174"],
            ],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "5名の住所・携帯だが宛先は社内サブドメイン（mail.hinode-sangyo.co.jp系）のみ",
    },
    # ---------------------------------------------------------------- 081
    {
        "id": "fukurikosei-081",
        "charset": "shift_jis",
        "sender": "大河内 健吾 <k-okochi@hinode-sangyo.co.jp>",
        "to": ["ことりトラベル 浜崎 <hamasaki@kotori-travel.co.jp>"],
        "subject": "下見ツアー（金沢）参加者",
        "body": """浜崎様

お世話になっております。大河内です。
来週の金沢下見ツアー、当社からの参加者は以下4名です。

氏名,所属,携帯
大河内 健吾,総務部,080-4192-3360
稲嶺 沙織,設計部,090-2264-5107
仁木 雄大,労働組合,070-6658-2041
桑折 ちなつ,経理部,080-5083-7726

当日の集合は東京駅 日本橋口 7:30 でお願いいたします。

""" + SIG_OKOCHI,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "4名（5名未満）の氏名・携帯のカンマ区切り表",
    },
    # ---------------------------------------------------------------- 082
    {
        "id": "fukurikosei-082",
        "charset": "iso-2022-jp",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": [
            "保養所管理サービス 三好 <miyoshi@hoyo-kanri.co.jp>",
            "旅館みやま 宮間 <okami@yamanami-onsen.jp>",
        ],
        "subject": "運営委託移行に関する三者協議（議事メモ）",
        "body": """保養所管理サービス 三好様
旅館みやま 宮間様

本日はお時間をいただきありがとうございました。日の出産業の一戸です。
協議内容を簡単にまとめます。

1. 2027年4月から、軽井沢保養所の予約受付を保養所管理サービスへ委託
2. 繁忙期の溢れ分は旅館みやまの法人枠で受ける
3. 料金精算は月末締め・翌月20日払い

次回は12月上旬、オンラインで実施予定です。

""" + SIG_ICHINOHE,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "社外2組織宛ての三者協議メモ（2組織は許容）",
    },
    # ---------------------------------------------------------------- 083
    {
        "id": "fukurikosei-083",
        "charset": "utf-8",
        "sender": "Ryota Hoshino <r-hoshino@hinode-sangyo.co.jp>",
        "to": ["Leilani Kahale <leilani@pacific-incentives.com>"],
        "subject": "Re: Guam trip - rooming list check",
        "body": """Hi Leilani,

All correct, thank you. Please go ahead with the rooming.

Ryota

On Tue, Oct 20, 2026 at 9:14 AM Leilani Kahale <leilani@pacific-incentives.com> wrote:
> Hi Ryota,
>
> Here is the rooming list as we have it:
>
> Room 1201  Kenta Ashida / Aki Ashida      +81-90-1129-7640
> Room 1202  Ai Mitsushima                  +81-80-6610-2257
> Room 1203  Wataru Usami                   +81-70-2048-9931
> Room 1204  Naoki Todoroki                 +81-80-9917-0334
> Room 1205  Risa Hiruma                    +81-80-3392-1176
> Room 1206  Ippei Noto                     +81-90-8823-4105
>
> Could you confirm?
> Leilani
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "The roster is only in the quoted part (On ... wrote:); new text has no data",
    },
    # ---------------------------------------------------------------- 084
    {
        "id": "fukurikosei-084",
        "charset": "shift_jis",
        "sender": "有馬 千里 <c-arima@hinode-sangyo.co.jp>",
        "to": ["おもてなしギフト 法人受注センター <order@omotenashi-gift.co.jp>"],
        "subject": "Re: 結婚記念品 発送完了のご連絡",
        "body": """おもてなしギフト 法人受注センター ご担当者様

発送のご連絡ありがとうございました。
お問い合わせ番号を控えましたので、念のため一覧でお返しします。
2件目がまだ「荷物受付」のままのようですので、ご確認いただけますか。

　受注番号　　　お問い合わせ番号（青葉運輸）　　状況
　OG-88120-01　 4417-2093-8861　　　　　　　　 配達完了
　OG-88120-02　 4417-2093-8872　　　　　　　　 荷物受付
　OG-88120-03　 4417-2093-8883　　　　　　　　 配達完了
　OG-88120-04　 4417-2093-8894　　　　　　　　 輸送中
　OG-88120-05　 4417-2093-8905　　　　　　　　 配達完了

日の出産業株式会社 人事部 有馬 千里
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "受注番号と配送の問い合わせ番号のみ",
    },
    # ---------------------------------------------------------------- 085
    {
        "id": "fukurikosei-085",
        "charset": "iso-2022-jp",
        "sender": "有馬 千里 <c-arima@hinode-sangyo.co.jp>",
        "to": ["おもてなしギフト 営業 <sales@omotenashi-gift.co.jp>"],
        "subject": "永年勤続記念品 カタログギフトの発注",
        "body": """おもてなしギフト株式会社
営業部 古賀様

いつもお世話になっております。日の出産業の有馬です。
永年勤続記念品として、以下のとおり発注いたします。
今回は当社一括納品でお願いします（本社総務部 受付まで）。

　品番　　　　品名　　　　　　　　　　数量　単価
　CT-3000R　 カタログギフト 悠（ゆう）　 42　　 3,300円
　CT-5000R　 カタログギフト 雅（みやび） 18　　 5,500円
　CT-10000G　カタログギフト 極（きわみ）  6　　11,000円
　NS-01　　　 のし・名入れ（共済会名）　  66　　　 無料

納期は12月4日（金）でお願いいたします。
発注書（PO-2026-1183）は郵送いたします。

日の出産業株式会社 人事部 有馬 千里
TEL 03-5401-2234
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "品番・数量・単価・発注書番号のみの発注",
    },
]

MESSAGES += [
    # ---------------------------------------------------------------- 086
    {
        "id": "fukurikosei-086",
        "charset": "utf-8",
        "sender": "大河内 健吾 <k-okochi@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 川添 <kawazoe@midori-ginko.co.jp>"],
        "subject": "財形貯蓄・職域ローン説明会の開催について",
        "body": """みどり銀行 法人営業部
川添様

いつもお世話になっております。日の出産業 総務部の大河内です。
先日ご提案いただいた、財形貯蓄と職域ローンの社内説明会について、
以下の日程で開催したいと考えております。

　第1回：12月3日（木）12:10〜12:50　本社 7階大会議室（昼休み枠）
　第2回：12月10日（木）17:30〜18:30　オンライン（工場勤務者向け）

当日の資料は50部ほどご用意いただけますと助かります。
参加申込は社内で取りまとめ、人数のみお知らせいたします。

""" + SIG_OKOCHI + "\n\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "パートナー銀行との説明会調整、免責文つき、個人データなし",
    },
    # ---------------------------------------------------------------- 087
    {
        "id": "fukurikosei-087",
        "charset": "utf-8",
        "sender": "Ryota Hoshino <r-hoshino@hinode-sangyo.co.jp>",
        "to": ["Megan Walsh <megan.walsh@globalperks.com>"],
        "subject": "Re: Can we share the benefits handbook?",
        "body": """Hi Megan,

Yes, of course. The English benefits handbook is not confidential - it is the same
version we publish on our careers site, so feel free to share it with your
localisation team. Only documents stamped "Confidential" need our approval first,
and none of the ones I sent this week are.

The handbook link: https://www.hinode-sangyo.co.jp/careers/benefits-en.pdf

""" + SIG_HOSHINO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "Mentions the word confidential but carries no marking; public handbook",
    },
    # ---------------------------------------------------------------- 088
    {
        "id": "fukurikosei-088",
        "charset": "shift_jis",
        "sender": "栗栖 真澄 <m-kurusu@hinode-sangyo.co.jp>",
        "to": ["港不動産 法人賃貸課 <houjin-chintai@minato-fudosan.co.jp>"],
        "subject": "新規借上げ物件 貸主様の法人情報について",
        "body": """港不動産株式会社
法人賃貸課 真壁様

お世話になっております。日の出産業の栗栖です。
新規の借上げ物件（ベルメゾン高輪）について、当社の取引先登録のため
貸主様の法人情報を確認させてください。

　貸主：株式会社高輪エステート
　法人番号：3020001077396（国税庁サイトで確認済み）
　所在地：東京都港区高輪2丁目15番8号
　振込先：みどり銀行 高輪支店 当座 0081724（法人口座）

上記で相違なければ、来週中に登録を完了いたします。

""" + SIG_KURUSU,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "貸主法人の法人番号・所在地・法人口座（事業者情報）のみ",
    },
    # ---------------------------------------------------------------- 089
    {
        "id": "fukurikosei-089",
        "charset": "iso-2022-jp",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["ことりトラベル 浜崎 <hamasaki@kotori-travel.co.jp>"],
        "subject": "FW: 【さくらホテル】2027年4月からの料金改定のお知らせ",
        "body": """浜崎様

お世話になっております。一戸です。
さくらホテルから料金改定の案内が届きましたので、ご参考までに転送します。
社員旅行の見積りに反映をお願いできますでしょうか。

""" + SIG_ICHINOHE,
        "attachments": [{
            "kind": "eml", "name": "料金改定のお知らせ.eml",
            "message": {
                "charset": "shift_jis",
                "sender": "さくらホテル 法人営業部 <houjin@sakura-hotel.jp>",
                "to": ["一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>"],
                "subject": "【さくらホテル】2027年4月からの料金改定のお知らせ",
                "body": """法人契約各社 ご担当者様

平素よりさくらホテルをご利用いただき、誠にありがとうございます。
誠に恐縮ながら、2027年4月1日ご宿泊分より法人契約料金を改定いたします。

　スタンダードツイン　 9,800円 → 10,500円
　和洋室（4名まで）　　14,000円 → 15,200円
　朝食　　　　　　　　 1,800円 → 2,000円

何卒ご理解賜りますようお願い申し上げます。

さくらホテル 法人営業部
TEL 03-3821-5500
""",
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "転送した.emlは料金改定の案内で個人データなし",
    },
    # ---------------------------------------------------------------- 090
    {
        "id": "fukurikosei-090",
        "charset": "utf-8",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["保養所管理サービス 三好 <miyoshi@hoyo-kanri.co.jp>"],
        "subject": "直営保養所 月別利用実績（CSV）",
        "body": """三好様

お世話になっております。日の出産業の一戸です。
委託料の試算用に、直営2施設の月別利用実績をCSVでお送りします。

""" + SIG_ICHINOHE,
        "attachments": [{
            "kind": "csv", "name": "hoyojo_riyo_monthly.csv", "encoding": "utf-8",
            "rows": [
                ["年月", "施設", "利用組数", "延べ宿泊者数", "稼働率"],
                ["2026-04", "伊豆", 88, 241, "38%"], ["2026-04", "軽井沢", 52, 139, "27%"],
                ["2026-05", "伊豆", 131, 372, "56%"], ["2026-05", "軽井沢", 97, 268, "45%"],
                ["2026-06", "伊豆", 74, 190, "31%"], ["2026-06", "軽井沢", 61, 158, "29%"],
                ["2026-07", "伊豆", 142, 433, "61%"], ["2026-07", "軽井沢", 128, 377, "58%"],
                ["2026-08", "伊豆", 176, 552, "79%"], ["2026-08", "軽井沢", 165, 498, "74%"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "月別の集計CSVのみで人の情報なし",
    },
    # ---------------------------------------------------------------- 091
    {
        "id": "fukurikosei-091",
        "charset": "shift_jis",
        "sender": "栗栖 真澄 <m-kurusu@hinode-sangyo.co.jp>",
        "to": ["港不動産 真壁 <makabe@minato-fudosan.co.jp>"],
        "subject": "物件内覧の件（外出先からの連絡先）",
        "body": """真壁様

お世話になっております。日の出産業の栗栖です。
明日の内覧ですが、私は午前中外出しておりますので、
当日何かございましたら下記の携帯までご連絡ください。

""" + SIG_KURUSU,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "送信者本人の署名（携帯番号）のみ",
    },
    # ---------------------------------------------------------------- 092
    {
        "id": "fukurikosei-092",
        "charset": "iso-2022-jp",
        "sender": "我妻 あかね <a-wagatsuma@hinode-sangyo.co.jp>",
        "to": ["くらしベネフィット 営業 森 <mori@kurashi-benefit.jp>"],
        "subject": "カフェテリアプラン 満足度アンケート結果（集計）",
        "body": """森様

お世話になっております。日の出産業の我妻です。
社内で実施した満足度アンケートの集計結果を共有します（回答者 1,024名）。

　総合満足度　　：満足 38% / やや満足 41% / やや不満 15% / 不満 6%
　よく使うメニュー：1位 国内宿泊　2位 人間ドック補助　3位 書籍購入
　要望（自由記述の多い順）：
　　・ポイントの翌年度繰越を認めてほしい（212件）
　　・育児・介護メニューを増やしてほしい（168件）
　　・スマホアプリで申請したい（131件）

来年度の改善提案にご活用ください。

日の出産業株式会社 人事部 我妻 あかね
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "アンケートの集計値のみ",
    },
    # ---------------------------------------------------------------- 093
    {
        "id": "fukurikosei-093",
        "charset": "utf-8",
        "sender": "森下 奈緒 <n-morishita@hinode-sangyo.co.jp>",
        "to": ["共済会事務局 鮫島 <y-samejima@hinode-sangyo.co.jp>"],
        "subject": "傷病見舞金の申請（設計部）",
        "body": """鮫島さん

お疲れさまです。森下です。
設計部の勅使河原さんから傷病見舞金の申請が届いたので回します。

　氏名：勅使河原 徹（H06054）
　傷病名：適応障害（うつ状態）
　休業開始：2026/8/3
　診断書：原本は厚生課の鍵付きキャビネットで保管

産業医面談は9月に実施済みです。共済会規程上は支給対象と思います。

森下
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "要配慮個人情報を含むが宛先は社内のみ",
    },
    # ---------------------------------------------------------------- 094
    {
        "id": "fukurikosei-094",
        "charset": "shift_jis",
        "sender": "森下 奈緒 <n-morishita@hinode-sangyo.co.jp>",
        "to": ["仲宗根 ひとみ <h-nakasone@hinode-sangyo.co.jp>"],
        "subject": "出生届に伴う扶養追加（比嘉さん）",
        "body": f"""仲宗根さん

お疲れさまです。厚生課の森下です。
比嘉さんのお子さんの扶養追加の届出がありました。給与側の反映をお願いします。

　社員：比嘉 拓也（H10482）
　被扶養者：比嘉 結翔（長男）
　生年月日：2026年9月3日
　個人番号：{my_number(SEED + 9)}

健保への届出は厚生課で行います。

森下
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": [],
        "note": "マイナンバーを含むが宛先は社内のみ",
    },
    # ---------------------------------------------------------------- 095
    {
        "id": "fukurikosei-095",
        "charset": "iso-2022-jp",
        "sender": "有馬 千里 <c-arima@hinode-sangyo.co.jp>",
        "to": ["でんぽうサービス 法人デスク <houjin@denpo-service.jp>"],
        "subject": "結婚祝い品の追加発送（1件）",
        "body": """でんぽうサービス 法人デスク ご担当者様

お世話になっております。日の出産業の有馬です。
先日お願いした件とは別に、結婚祝い品（Aセット）を1件追加でお願いします。

　お名前：千早 颯太 様
　ご住所：〒211-0063 神奈川県川崎市中原区小杉町1-403-12-806
　お電話：070-2051-6648
　のし：「御結婚御祝　日の出産業共済会」

よろしくお願いいたします。
日の出産業株式会社 人事部 有馬 千里
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "1名分の送付先（住所・電話）のみ（1〜4名）",
    },
    # ---------------------------------------------------------------- 096
    {
        "id": "fukurikosei-096",
        "charset": "utf-8",
        "sender": "鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>",
        "to": ["共済事務センター 小田切 <odagiri@kyosai-jimu.co.jp>"],
        "subject": "RE: 退会者の送付先住所の確認",
        "body": """小田切様

お世話になっております。鮫島です。
ご指摘の2件（有働さん、五味さん）は、本人に確認のうえ住所に誤りがないことを
確認しました。そのまま発送いただいて大丈夫です。

""" + SIG_SAMEJIMA + """

差出人: 小田切 翼 <odagiri@kyosai-jimu.co.jp>
送信日時: 2026年10月21日 11:30
宛先: 鮫島 由佳 <y-samejima@hinode-sangyo.co.jp>
件名: 退会者の送付先住所の確認

日の出産業共済会 鮫島様

いただいた退会者データのうち、送付先を確認させてください。

渡嘉敷 勉　1964/03/11　沖縄県浦添市牧港4-12-6
雨宮 祥子　1979/08/24　山梨県甲府市丸の内2-28-3
有働 浩二　1970/12/05　熊本県熊本市中央区水前寺3-5-17　←番地が旧表記？
堀之内 蘭　1992/06/13　東京都世田谷区三軒茶屋1-33-9-205
五味 健吾　1986/02/28　長野県松本市中央3-7-2　←建物名なし？

共済事務センター 会員管理 小田切
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "5名の一覧は「差出人: 送信日時:」以下の引用のみ、新しい本文は確認の返事",
    },
    # ---------------------------------------------------------------- 097
    {
        "id": "fukurikosei-097",
        "charset": "shift_jis",
        "sender": "有馬 千里 <c-arima@hinode-sangyo.co.jp>",
        "to": ["おもてなしギフト 営業 古賀 <koga@omotenashi-gift.co.jp>"],
        "subject": "永年勤続記念品 名入れの内容",
        "body": """古賀様

お世話になっております。日の出産業の有馬です。
カタログギフト「極」の名入れ内容です（表彰状と同じ表記でお願いします）。

　勤続30年　四方田 修　　技術本部 生産技術部
　勤続30年　國中 玲子　　経理部
　勤続30年　大畑 正志　　川崎工場 製造一課
　勤続30年　西園寺 久美　総務部
　勤続30年　土門 勇気　　名古屋工場 品質保証課
　勤続30年　桜庭 典之　　大阪支店 営業一課

納品は12月4日、本社一括でお願いいたします。
日の出産業株式会社 人事部 有馬 千里
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": [],
        "note": "6名の氏名と所属・勤続年数のみ（連絡先なし）：属性の一覧と見るかは判断が分かれる",
    },
    # ---------------------------------------------------------------- 098
    {
        "id": "fukurikosei-098",
        "charset": "iso-2022-jp",
        "sender": "一戸 拓海 <t-ichinohe@hinode-sangyo.co.jp>",
        "to": ["箱根清流閣 フロント <front@hakone-seiryu.co.jp>"],
        "subject": "12/12 ご予約 お部屋のご配慮のお願い",
        "body": """箱根清流閣 フロントご担当者様

お世話になっております。日の出産業の一戸です。
12月12日ご予約分のうち1室について、お願いがございます。

ご宿泊の香取 美沙様が現在妊娠8か月とのことで、階段の少ない1階のお部屋と、
夕食の生ものを加熱したものへの差し替えをご検討いただけますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。

""" + SIG_ICHINOHE,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "特定個人の妊娠の事実：病歴・健康情報（要配慮）に当たるかは判断が分かれる",
    },
    # ---------------------------------------------------------------- 099
    {
        "id": "fukurikosei-099",
        "charset": "utf-8",
        "sender": "仲宗根 ひとみ <h-nakasone@hinode-sangyo.co.jp>",
        "to": ["給与計算センター 嘉手納 <kadena@kyuyo-center.co.jp>"],
        "subject": "Re: 個人番号の桁数エラーについて",
        "body": f"""嘉手納様

お世話になっております。仲宗根です。
本人に確認したところ、下記の番号で間違いないとのことでした。
システム側の取込設定をご確認いただけますでしょうか。

仲宗根

> 日の出産業 仲宗根様
>
> 年調データ取込時に、以下の扶養親族の個人番号でエラーが出ております。
>
>   社員番号 H12457 蓮見 朋子 様の扶養親族
>   蓮見 樹 様（長男）個人番号 {my_number(SEED + 10)}
>
> 番号に誤りがないかご確認ください。
> 給与計算センター 嘉手納
""",
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "マイナンバーは相手から届いた引用部分のみ：引用なので通すか、番号自体を止めるか判断が分かれる",
    },
    # ---------------------------------------------------------------- 100
    {
        "id": "fukurikosei-100",
        "charset": "shift_jis",
        "sender": "森下 奈緒 <n-morishita@hinode-sangyo.co.jp>",
        "to": ["こそだてサポート 法人窓口 <houjin@kosodate-support.jp>"],
        "subject": "ベビーシッター利用補助 追加登録（1家庭）",
        "body": """こそだてサポート株式会社
法人窓口 ご担当者様

お世話になっております。日の出産業 厚生課の森下です。
11月から利用補助の対象となるご家庭を1件追加でお願いいたします。

　保護者：柳生 由香里（社員番号 H08134）
　　　お子様：柳生 遥（平成31年4月12日生）
　　　お子様：柳生 湊（令和4年10月28日生）

登録完了のご連絡は、当課（森下）宛てにお願いいたします。

""" + SIG_MORISHITA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "保護者1名と子2名（計3名）の氏名・生年月日のみ（1〜4名）",
    },
]
