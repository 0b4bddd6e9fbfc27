"""Blind corpus — fitness: Hinode Sangyo's fitness clubs (ヒノデフィットネス) and its
corporate wellness service.  Members, trial sign-ups, personal trainers, health
questionnaires, injuries, corporate members from client companies, card and bank-transfer
payments, event entries.  Written from BRIEF.md only; every person, number and address
is invented."""

from build import card_number, my_number

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fw(text: str) -> str:
    """Full-width digits and hyphens, as some staff type them."""
    return text.translate(_FW)


def grp(num: str, size: int = 4, sep: str = "-") -> str:
    return sep.join(num[i:i + size] for i in range(0, len(num), size))


# signatures (the sender's own contacts: never labelled)
SIG_NONOMURA = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 ウェルネス事業本部
マーケティング課　野々村 里佳（Nonomura Rika）
〒141-0032 東京都品川区大崎3-6-18 日の出ビル7F
TEL 03-5436-2210（代）／ 内線 4127
Mail: r-nonomura@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_KURAMOCHI = """
--------------------------------------------
日の出産業株式会社
法人ウェルネス営業部　倉持 慎吾
TEL: 03-5436-2231  FAX: 03-5436-2239
携帯: 080-4471-2093
s-kuramochi@hinode-sangyo.co.jp
--------------------------------------------"""

SIG_KOSUGI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
ヒノデフィットネス 武蔵小杉店
店長　宇佐美 達也
〒211-0004 神奈川県川崎市中原区新丸子東2-905 ヒノデスクエア3F
TEL 044-711-3380 ／ FAX 044-711-3381
日の出産業株式会社 ウェルネス事業本部
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_KEIRI = """
---
日の出産業株式会社 経理部 収納管理課
城之内 早苗
TEL 03-5436-2105 / jonouchi@hinode-sangyo.co.jp"""

SIG_SUPPORT = """
==================================
日の出産業株式会社
ヒノデフィットネス 会員サポートセンター
担当：氷室 恵（ひむろ めぐみ）
フリーダイヤル 0120-41-7788（10:00〜19:00）
support-fit@hinode-sangyo.co.jp
=================================="""

SIG_TRAINER = """
-- 
ヒノデフィットネス 横浜西口店
パーソナルトレーニング チーフ　矢作 航
日の出産業株式会社 ウェルネス事業本部
TEL 045-312-5506 / w-yahagi@hinode-sangyo.co.jp"""

SIG_EVENT = """
────────────────────
日の出産業株式会社 ウェルネス事業本部
イベント企画チーム　加賀美 千尋
TEL 03-5436-2244 / 090-2218-3570（イベント当日用）
c-kagami@hinode-sangyo.co.jp
────────────────────"""

SIG_EN = """
Best regards,

Daisuke Tachibana
Procurement, Wellness Division
Hinode Sangyo Co., Ltd.
3-6-18 Osaki, Shinagawa-ku, Tokyo 141-0032, Japan
Tel: +81-3-5436-2260
d-tachibana@hinode-sangyo.co.jp"""

DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。本メールの宛先に心当たりのない方は、
　お手数ですが送信者までご連絡のうえ、本メールを破棄していただきますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised copying or disclosure is prohibited."""


MESSAGES: list[dict] = []

# ════════════════════════════════════════════════════════════════════════════════════
# STOP — lists of people
# ════════════════════════════════════════════════════════════════════════════════════

MESSAGES.append({
    "id": "fitness-001",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "7 trial sign-ups (name, kana, age, phone, e-mail) in a space-padded table to an ad agency",
    "charset": "iso-2022-jp",
    "sender": "野々村 里佳 <r-nonomura@hinode-sangyo.co.jp>",
    "to": ["松永 智之 <matsunaga@sora-ad.co.jp>"],
    "subject": "体験申込者リスト（3月第2週分）のご送付",
    "body": """株式会社そらアド
営業部 松永様

いつもお世話になっております。
日の出産業 ウェルネス事業本部の野々村です。

先日お打合せしたフォローコールの件、3月第2週の体験申込者をお送りします。
架電は平日10時〜19時の間でお願いいたします。入会済みの方は除いてあります。

申込日  氏名           フリガナ              年齢  電話番号        メールアドレス
------  -------------  --------------------  ----  --------------  ------------------------------
03/09   篠宮 彩花      シノミヤ アヤカ       29    090-4412-8731   ayaka.shino0309@gmail.com
03/09   五十嵐 拓真    イガラシ タクマ       34    080-2290-1147   t-igarashi@kurumi-net.jp
03/10   真壁 ゆかり    マカベ ユカリ         41    070-5518-0926   yukari.makabe@yahoo.co.jp
03/11   王 立偉        オウ リツイ           27    090-7731-2205   liwei.wang88@outlook.jp
03/12   小比類巻 颯    コヒルイマキ ハヤテ   22    080-6604-3319   hayate.kohi@icloud.com
03/13   東海林 真由美  ショウジ マユミ       53    090-3127-6648   (未記入)
03/14   鬼頭 健太郎    キトウ ケンタロウ     38    070-1985-4402   kento.kito@docomo.ne.jp

結果は来週金曜までに共有いただけますと助かります。
よろしくお願いいたします。
""" + SIG_NONOMURA,
})

MESSAGES.append({
    "id": "fitness-002",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "corporate members' usage report: 8 employee rows (member no., name, dept, e-mail, visits) tab-separated to the client's HR",
    "charset": "cp932",
    "sender": "倉持 慎吾 <s-kuramochi@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 人事部 福利厚生担当 <fukuri@kitaguni-foods.co.jp>"],
    "subject": "【ヒノデ法人プラン】2月度 ご利用状況のご報告",
    "body": """北国フーズ株式会社
人事部 福利厚生ご担当者様

平素より法人会員プランをご利用いただき、誠にありがとうございます。
2月度のご利用状況をご報告いたします（Excelから貼り付けのため、
タブ区切りになっております。そのまま貼り付けてご利用ください）。

会員番号\t氏名\t所属\t社用メール\t2月利用回数\t最終利用日
HF-30418\t茂木 沙耶\t営業本部\tsaya.motegi@kitaguni-foods.co.jp\t9\t2/27
HF-30419\t中条 慶介\t品質保証部\tk.nakajo@kitaguni-foods.co.jp\t0\t12/14
HF-30425\t仁科 真琴\t総務部\tm.nishina@kitaguni-foods.co.jp\t4\t2/21
HF-30431\t大鷹 穂乃果\t札幌工場\thonoka.otaka@kitaguni-foods.co.jp\t12\t2/28
HF-30436\t四ノ宮 篤\t物流部\ta.shinomiya@kitaguni-foods.co.jp\t1\t2/03
HF-30440\t伊集院 玲奈\t商品開発部\tr.ijuin@kitaguni-foods.co.jp\t7\t2/26
HF-30452\t百瀬 公平\t経理部\tk.momose@kitaguni-foods.co.jp\t0\t11/30
HF-30457\t湊 千晶\t営業本部\tchiaki.minato@kitaguni-foods.co.jp\t3\t2/19

※利用0回の方には、3月中に店舗から利用案内をお送りする予定です。
ご不明点がございましたら、お気軽にお問い合わせください。
""" + SIG_KURAMOCHI,
})

MESSAGES.append({
    "id": "fitness-003",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail: table of 5 trial bookings (name, kana, phone, e-mail) handed to a franchise operator",
    "charset": "utf-8",
    "sender": "氷室 恵 <support-fit@hinode-sangyo.co.jp>",
    "to": ["ひなたスポーツ 辻店長 <tsuji@hinata-sports.co.jp>"],
    "subject": "体験予約の引き継ぎ（ヒノデフィットネス 本厚木店分）",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>株式会社ひなたスポーツ<br>本厚木店 辻様</p>
<p>お世話になっております。会員サポートセンターの氷室です。<br>
本部コールセンターで受け付けた体験予約のうち、本厚木店（FC）分を引き継ぎます。<br>
ご本人への前日確認のお電話をお願いいたします。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dfefff"><th>お名前</th><th>フリガナ</th><th>電話番号</th><th>メール</th><th>体験希望日時</th></tr>
<tr><td>漆原 一輝</td><td>ウルシバラ カズキ</td><td>080-9143-2276</td><td>kazuki.u@gmail.com</td><td>4/5(土) 10:00</td></tr>
<tr><td>相馬 花音</td><td>ソウマ カノン</td><td>090-6627-0158</td><td>kanon_soma@yahoo.co.jp</td><td>4/5(土) 13:30</td></tr>
<tr><td>ディアス 恵美</td><td>ディアス エミ</td><td>070-3398-4412</td><td>emi.diaz@icloud.com</td><td>4/6(日) 11:00</td></tr>
<tr><td>栗栖 勇人</td><td>クリス ハヤト</td><td>080-5521-7730</td><td>h-kurisu@tokai-net.ne.jp</td><td>4/8(火) 19:00</td></tr>
<tr><td>舘野 あさみ</td><td>タテノ アサミ</td><td>090-1180-6634</td><td>asami.tateno@outlook.jp</td><td>4/9(水) 20:00</td></tr>
</table>
<p>体験後のご入会状況は、月末の定例でご報告ください。</p>
<p>==================================<br>
日の出産業株式会社 ヒノデフィットネス 会員サポートセンター<br>
担当：氷室 恵<br>フリーダイヤル 0120-41-7788</p>
</body></html>""",
})

_KOFURI_ROWS = [
    ["顧客番号", "口座名義（カナ）", "銀行コード", "支店コード", "預金種目", "口座番号", "引落金額", "備考"],
    ["0012874", "ｱｻｸﾗ ﾐﾉﾘ", "0179", "231", "1", "4417302", "9790", "残高不足"],
    ["0013302", "ｲﾜｻｷ ｼﾝｲﾁ", "0179", "108", "1", "2286915", "12100", "残高不足"],
    ["0015561", "ｵｵﾄﾓ ﾁﾅﾂ", "0005", "452", "1", "0773148", "9790", "残高不足"],
    ["0016109", "ｶﾐｼﾞｮｳ ｹｲ", "0179", "231", "2", "5510627", "7480", "取引なし"],
    ["0017744", "ｸﾜﾀ ﾏｻﾋﾛ", "0009", "611", "1", "3302984", "14300", "残高不足"],
    ["0018020", "ｺﾊﾞﾔｼ ﾕｳｺ", "0179", "305", "1", "6629401", "9790", "残高不足"],
    ["0019535", "ｻｶﾞﾗ ﾄｵﾙ", "0001", "044", "1", "1048876", "9790", "預金者の都合"],
    ["0020218", "ｼﾗｲｼ ｱﾝﾅ", "0179", "108", "1", "7193350", "12100", "残高不足"],
    ["0021467", "ﾀｶﾅｼ ｺｳｼﾞ", "0179", "412", "1", "2055813", "5500", "残高不足"],
    ["0022093", "ﾂﾙﾐ ﾊﾙｶ", "0010", "127", "1", "8841206", "9790", "残高不足"],
]

MESSAGES.append({
    "id": "fitness-004",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "CSV (CP932) of 10 members' account holder names and bank accounts for re-debit, mailed to the bank",
    "charset": "iso-2022-jp",
    "sender": "城之内 早苗 <jonouchi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 収納サービス係 <shuno-service@midori-ginko.co.jp>"],
    "subject": "口座振替 再振替分データ送付の件（委託者番号 0583117）",
    "body": """みどり銀行 法人営業部
収納サービス係 御中

いつも大変お世話になっております。
日の出産業株式会社 経理部の城之内でございます。

3月27日振替分のうち、振替不能となった会員様分につきまして、
4月10日の再振替をお願いしたく、データを添付にてお送りいたします。

　件数：10件
　合計金額：100,330円
　ファイル：saifurikae_0410.csv（Shift_JIS）

伝送サービスの障害で本日中のアップロードができないため、
恐れ入りますがメール添付にてご対応いただけますでしょうか。
何卒よろしくお願い申し上げます。
""" + SIG_KEIRI,
    "attachments": [{"kind": "csv", "name": "saifurikae_0410.csv", "encoding": "cp932",
                     "rows": _KOFURI_ROWS}],
})

_RELAY_HEAD = ["No", "氏名", "ふりがな", "性別", "生年月日", "住所", "電話番号"]

MESSAGES.append({
    "id": "fitness-005",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX entry sheet for a relay marathon: 10 runners with DOB, address, phone (two sheets, title row) to the race office",
    "charset": "iso-2022-jp",
    "sender": "加賀美 千尋 <c-kagami@hinode-sangyo.co.jp>",
    "to": ["湘南ベイリレーマラソン 実行委員会事務局 <entry@shonan-run.or.jp>"],
    "subject": "チームエントリー表の提出（ヒノデフィットネス 2チーム）",
    "body": """湘南ベイリレーマラソン実行委員会
事務局 ご担当者様

お世話になっております。日の出産業の加賀美です。
ヒノデフィットネス会員チーム（2チーム）のエントリー表を提出いたします。
Excelの「チームA」「チームB」シートにそれぞれ記入しております。
参加費は本日、指定口座へお振込みいたしました。

ご確認のほど、よろしくお願いいたします。
""" + SIG_EVENT,
    "attachments": [{
        "kind": "xlsx", "name": "entry_hinode_fitness.xlsx",
        "title": "2026 湘南ベイリレーマラソン エントリー表",
        "sheets": {
            "チームA": [
                ["2026 湘南ベイリレーマラソン エントリー表（ヒノデフィットネスA）"],
                [],
                _RELAY_HEAD,
                [1, "鳴海 颯太", "なるみ そうた", "男", "1991/06/14", "神奈川県藤沢市鵠沼海岸4-12-9", "090-3318-7720"],
                [2, "葛西 里穂", "かさい りほ", "女", "1988/11/02", "神奈川県茅ヶ崎市東海岸南2-5-31", "080-6271-4453"],
                [3, "御手洗 陸", "みたらい りく", "男", "1996/02/27", "神奈川県平塚市八重咲町7-18-204", "070-2209-8816"],
                [4, "新垣 ほのか", "あらかき ほのか", "女", "1993/09/09", "神奈川県藤沢市辻堂元町3-1-15", "090-8847-1160"],
                [5, "長谷部 豊", "はせべ ゆたか", "男", "1979/04/30", "神奈川県鎌倉市大船6-2-11", "080-1193-5548"],
            ],
            "チームB": [
                ["2026 湘南ベイリレーマラソン エントリー表（ヒノデフィットネスB）"],
                [],
                _RELAY_HEAD,
                [1, "一ノ瀬 恭子", "いちのせ きょうこ", "女", "1985/01/19", "神奈川県横浜市戸塚区戸塚町4110-3", "090-5510-2284"],
                [2, "笹森 大和", "ささもり やまと", "男", "2001/07/07", "神奈川県藤沢市湘南台5-23-8", "070-4428-3395"],
                [3, "羽生田 咲", "はにゅうだ さき", "女", "1990/12/24", "神奈川県茅ヶ崎市円蔵1-9-2", "080-7762-0041"],
                [4, "大館 哲也", "おおだて てつや", "男", "1983/03/05", "神奈川県寒川町一之宮8-4-17", "090-2036-9973"],
                [5, "水無瀬 玲", "みなせ れい", "女", "1998/08/16", "神奈川県藤沢市本町2-14-6", "080-3350-1827"],
            ],
        },
    }],
})

MESSAGES.append({
    "id": "fitness-006",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "6 personal-training clients as 「・」 bullets with mobiles (one with knee surgery history) to a contract trainer's gmail",
    "charset": "iso-2022-jp",
    "sender": "矢作 航 <w-yahagi@hinode-sangyo.co.jp>",
    "to": ["Ryo Kanzaki <ryo.kanzaki.pt@gmail.com>"],
    "subject": "4月からの担当会員さんです",
    "body": """神崎さん

お疲れさまです、矢作です。
4月から横浜西口店で神崎さんに担当してもらう会員さんをまとめました。
初回のセッション日程は各自に電話で調整してもらえると助かります。

・鷲尾 美紀さん（090-6613-2087）火曜19時枠／目的：体脂肪率を25%以下に
・桐谷 修平さん（080-4450-9176）木曜7時枠／目的：ゴルフの飛距離アップ
・宍戸 菜摘さん（070-8821-3364）土曜10時枠／目的：産後の体型戻し
・有馬 恒夫さん（090-2278-5540）水曜15時枠／目的：膝の手術（2024年 右膝半月板）後の筋力回復
　→ 主治医から「スクワットは90度まで」と言われているそうです
・千葉 ルミさん（080-7715-0693）金曜20時枠／目的：フルマラソン完走
・西園寺 克己さん（090-3362-4418）日曜9時枠／目的：減量（-8kg）

カルテは店舗の共有フォルダにも入れてあります。
不明点あればLINEください。
""" + SIG_TRAINER,
})

MESSAGES.append({
    "id": "fitness-007",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one block per new member (name, postal address, phone) for 5 welcome-gift shipments to the carrier",
    "charset": "cp932",
    "sender": "宇佐美 達也 <t-usami@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 川崎営業所 <kawasaki-eigyo@aoba-unyu.co.jp>"],
    "subject": "入会特典の発送依頼（5件）",
    "body": """青葉運輸株式会社 川崎営業所 御中

いつもお世話になっております。ヒノデフィットネス武蔵小杉店の宇佐美です。
3月入会キャンペーンの特典品を、下記5名様宛に発送をお願いします。
荷物は明日14時の集荷時にお渡しします。元払い・通常便でお願いします。

■1
お名前：三枝 陽菜 様
〒211-0063 神奈川県川崎市中原区小杉町2-228-5 パークハイツ502
TEL：080-3321-7789
品目：オリジナルタオル・ボトルセット

■2
お名前：堀之内 雅人 様
〒213-0001 神奈川県川崎市高津区溝口3-14-2 グランメゾン溝の口301
TEL：090-4408-1725
品目：オリジナルタオル・ボトルセット

■3
お名前：ボナー 紗希 様
〒223-0061 神奈川県横浜市港北区日吉2-7-30
TEL：070-6639-0184
品目：プロテインシェイカー・タオル

■4
お名前：能登 健司 様
〒211-0016 神奈川県川崎市中原区市ノ坪66-3 コーポ市ノ坪B-2
TEL：080-9952-3361
品目：オリジナルタオル・ボトルセット

■5
お名前：柚木 朋美 様
〒152-0031 東京都目黒区中根1-19-8
TEL：090-8170-6642
品目：プロテインシェイカー・タオル

以上、よろしくお願いいたします。
""" + SIG_KOSUGI,
})

MESSAGES.append({
    "id": "fitness-008",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forward (new text to the recipient) of an internal list of 7 members in arrears with phone numbers, to a collection agency",
    "charset": "utf-8",
    "sender": "城之内 早苗 <jonouchi@hinode-sangyo.co.jp>",
    "to": ["ほしの債権サービス 督促代行チーム <tokusoku@hoshino-saiken.co.jp>"],
    "subject": "FW: 【武蔵小杉店】会費未納者一覧（3ヶ月以上）",
    "body": """ほしの債権サービス株式会社
督促代行チーム 御中

お世話になっております。日の出産業 経理部の城之内です。
先日ご契約いただいた督促代行の初回分として、店舗から上がってきた一覧を転送いたします。
書面督促から開始いただけますと幸いです。

---------- 転送メッセージ ----------
差出人: 宇佐美 達也 <t-usami@hinode-sangyo.co.jp>
日付: 2026年3月31日 18:42
件名: 【武蔵小杉店】会費未納者一覧（3ヶ月以上）
宛先: 経理部 収納管理課 <shuno@hinode-sangyo.co.jp>

経理部 城之内さん

3ヶ月以上会費が未納の会員です。店舗からの電話はつながりませんでした。

会員番号 / 氏名 / 電話 / 未納額 / 未納月
K-118204 / 泉谷 浩二 / 090-2815-4470 / 29,370円 / 1〜3月
K-120377 / 大河内 しおり / 080-6603-1928 / 29,370円 / 1〜3月
K-121590 / 薬師寺 剛 / 070-4127-8853 / 39,160円 / 12〜3月
K-122016 / 猪瀬 美保 / 090-9931-2065 / 22,440円 / 1〜3月
K-123348 / ハミルトン 健 / 080-2276-5519 / 29,370円 / 1〜3月
K-124402 / 日比野 亜紀 / 090-5548-0372 / 48,950円 / 11〜3月
K-125019 / 小田桐 翔 / 070-8805-6641 / 29,370円 / 1〜3月

宇佐美
""",
})

MESSAGES.append({
    "id": "fitness-009",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "web-form notification listing 6 trial sign-ups forwarded as an attached message to the ad agency",
    "charset": "iso-2022-jp",
    "sender": "野々村 里佳 <r-nonomura@hinode-sangyo.co.jp>",
    "to": ["松永 智之 <matsunaga@sora-ad.co.jp>"],
    "cc": ["r-nonomura@hinode-sangyo.co.jp"],
    "subject": "転送：【体験申込】4/2受付分 6件",
    "body": """松永様

お世話になっております。野々村です。
フォームの通知メールをそのまま転送します（添付のメールをご覧ください）。
今週分から、このメールを毎日お送りする形でもよろしいでしょうか。

野々村
""",
    "attachments": [{
        "kind": "eml", "name": "体験申込_0402.eml",
        "message": {
            "charset": "utf-8",
            "sender": "ヒノデフィットネス Webフォーム <webform@hinode-sangyo.co.jp>",
            "to": ["trial-entry@hinode-sangyo.co.jp"],
            "subject": "【体験申込】4/2受付分 6件",
            "body": """体験申込フォームから、4月2日に以下の申込がありました。

[1] 受付 09:14
氏名: 樋渡 みなみ
電話: 090-7712-5089
メール: minami.hiwatashi@gmail.com
年齢: 31 / 希望店舗: 大崎店

[2] 受付 11:02
氏名: 郷田 泰三
電話: 080-3345-9921
メール: t.goda@jcom-mail.ne.jp
年齢: 46 / 希望店舗: 大崎店

[3] 受付 12:47
氏名: 久我 莉子
電話: 070-2218-6630
メール: riko.kuga@yahoo.co.jp
年齢: 25 / 希望店舗: 五反田店

[4] 受付 15:30
氏名: 戸狩 英明
電話: 090-6045-3187
メール: hide.togari@outlook.jp
年齢: 52 / 希望店舗: 大崎店

[5] 受付 19:58
氏名: サントス 愛
電話: 080-4493-2276
メール: ai.santos0402@icloud.com
年齢: 29 / 希望店舗: 五反田店

[6] 受付 22:41
氏名: 蓮見 一平
電話: 070-9107-3348
メール: ippei-hasumi@softbank.ne.jp
年齢: 37 / 希望店舗: 大崎店

-- このメールはシステムから自動送信されています --
""",
        },
    }],
})

MESSAGES.append({
    "id": "fitness-010",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "DOCX roster of 6 trainers (DOB, mobile, private e-mail) for a certification course, sent to the certifying body",
    "charset": "iso-2022-jp",
    "sender": "矢作 航 <w-yahagi@hinode-sangyo.co.jp>",
    "to": ["日本パーソナルフィットネス検定協会 研修課 <kenshu@jpfa-kentei.or.jp>"],
    "subject": "第14期 認定トレーナー養成講座 受講者名簿の提出",
    "body": """一般社団法人 日本パーソナルフィットネス検定協会
研修課 ご担当者様

いつもお世話になっております。
日の出産業株式会社（ヒノデフィットネス）の矢作でございます。

5月開講の第14期 認定トレーナー養成講座につきまして、
弊社からの受講者6名の名簿（Word）を添付にてお送りいたします。
受講料は請求書到着後にお振込みいたします。

よろしくお願いいたします。
""" + SIG_TRAINER,
    "attachments": [{
        "kind": "docx", "name": "受講者名簿_第14期_ヒノデフィットネス.docx",
        "title": "受講者名簿",
        "paragraphs": ["第14期 認定トレーナー養成講座 受講者名簿",
                       "申込団体：日の出産業株式会社（ヒノデフィットネス）",
                       "申込日：2026年4月3日", ""],
        "tables": [[
            ["No.", "氏名", "フリガナ", "生年月日", "携帯電話", "連絡用メール", "所属店舗"],
            ["1", "榊原 美空", "サカキバラ ミク", "1998年5月21日", "090-2241-7793", "miku.sakaki@gmail.com", "横浜西口店"],
            ["2", "今井田 陽介", "イマイダ ヨウスケ", "1995年10月3日", "080-5592-1406", "y.imaida@yahoo.co.jp", "大崎店"],
            ["3", "ロドリゲス 真理", "ロドリゲス マリ", "1999年1月30日", "070-3381-6620", "mari.rodri@icloud.com", "武蔵小杉店"],
            ["4", "奥寺 健", "オクデラ ケン", "1992年7月15日", "090-8874-0315", "ken.okudera@outlook.jp", "五反田店"],
            ["5", "日向 千夏", "ヒナタ チナツ", "2000年12月8日", "080-1160-2257", "chinatsu.h@gmail.com", "横浜西口店"],
            ["6", "八雲 拓", "ヤクモ タク", "1997年3月19日", "070-6645-9018", "taku.yakumo@docomo.ne.jp", "本厚木店"],
        ]],
    }],
})

MESSAGES.append({
    "id": "fitness-011",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "PDF table of 9 corporate members (name, member no., date of birth) of a client company, sent to the client",
    "charset": "utf-8",
    "sender": "倉持 慎吾 <s-kuramochi@hinode-sangyo.co.jp>",
    "to": ["玉川精工 総務課 <soumu@tamagawa-seiko.co.jp>"],
    "subject": "法人会員 登録者一覧（4月1日現在）",
    "body": """玉川精工株式会社 総務課
湯浅様

いつもお世話になっております。日の出産業の倉持です。
ご依頼いただいた、4月1日時点の法人会員登録者一覧をPDFにてお送りします。
生年月日は登録時にご本人が申告された内容のままとなっております。

退職予定の方がいらっしゃいましたら、退会手続きのためご連絡ください。
""" + SIG_KURAMOCHI,
    "attachments": [{
        "kind": "pdf", "name": "tamagawa_seiko_members_20260401.pdf",
        "title": "法人会員登録者一覧",
        "lines": ["法人会員 登録者一覧（玉川精工株式会社 様）", "2026年4月1日現在　日の出産業株式会社 ヒノデフィットネス", ""],
        "table": [
            ["No", "会員番号", "氏名", "生年月日", "登録店舗", "登録日"],
            ["1", "HF-41102", "瀬戸口 誠", "1976/08/12", "大崎店", "2023/04/01"],
            ["2", "HF-41103", "冨永 亜由美", "1984/02/03", "大崎店", "2023/04/01"],
            ["3", "HF-41118", "江頭 修", "1969/11/27", "五反田店", "2023/06/15"],
            ["4", "HF-41205", "丹羽 沙織", "1991/05/06", "大崎店", "2024/01/10"],
            ["5", "HF-41233", "安西 隼", "1995/09/18", "武蔵小杉店", "2024/04/01"],
            ["6", "HF-41260", "椎名 由紀子", "1972/12/30", "五反田店", "2024/07/22"],
            ["7", "HF-41311", "木暮 大地", "1988/03/14", "大崎店", "2025/02/01"],
            ["8", "HF-41347", "青柳 奈緒", "1993/07/25", "横浜西口店", "2025/05/12"],
            ["9", "HF-41392", "早乙女 徹", "1981/10/09", "大崎店", "2025/10/01"],
        ],
    }],
})

MESSAGES.append({
    "id": "fitness-012",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "ZIP (not encrypted) of a CSV and an XLSX extracted from the production member DB, sent to the system vendor as 'test data'",
    "charset": "iso-2022-jp",
    "sender": "情報システム課 桐生 <kiryu@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 開発部 本郷様 <hongo@tsubasa-system.jp>"],
    "cc": ["kiryu@hinode-sangyo.co.jp"],
    "subject": "RE: 会員管理システム移行テスト用のデータについて",
    "body": """ツバサシステム株式会社
本郷様

お世話になっております。日の出産業 情報システム課の桐生です。

移行テスト用のデータですが、ダミーデータの作成が間に合わないため、
本番DBから大崎店の一部を抽出したものをお送りします。
（members_osaki.csv と、入会履歴のExcelをZIPにまとめています）

テスト完了後は削除をお願いいたします。

----
日の出産業株式会社 管理本部 情報システム課
桐生 拓海 / 内線 3302
""",
    "attachments": [{
        "kind": "zip", "name": "migration_test_osaki.zip",
        "files": [
            {"kind": "csv", "name": "members_osaki.csv", "encoding": "utf-8", "rows": [
                ["member_id", "name", "name_kana", "birth_date", "tel", "email", "zip", "address"],
                ["K-200115", "浅見 光彦", "アサミ ミツヒコ", "1982-04-11", "090-1128-4456", "mitsu.asami@gmail.com", "141-0032", "東京都品川区大崎2-9-4-1103"],
                ["K-200121", "佐和田 瑠衣", "サワダ ルイ", "1994-09-23", "080-7736-2210", "rui.sawada@yahoo.co.jp", "141-0031", "東京都品川区西五反田7-22-17"],
                ["K-200138", "根来 静香", "ネゴロ シズカ", "1979-01-08", "070-5592-8874", "s-negoro@nifty-mail.jp", "140-0014", "東京都品川区大井1-50-3"],
                ["K-200142", "宮部 大輔", "ミヤベ ダイスケ", "1990-06-30", "090-4461-0932", "d.miyabe@outlook.jp", "142-0062", "東京都品川区小山3-4-8"],
                ["K-200157", "ウィルソン 華", "ウィルソン ハナ", "1996-12-02", "080-2218-5573", "hana.wilson@icloud.com", "108-0074", "東京都港区高輪4-10-18-605"],
                ["K-200163", "穂積 隆", "ホヅミ タカシ", "1967-03-15", "03-3491-7782", "t.hozumi@jcom-mail.ne.jp", "141-0022", "東京都品川区東五反田5-2-9"],
            ]},
            {"kind": "xlsx", "name": "入会履歴_大崎店.xlsx", "sheets": {
                "入会履歴": [
                    ["会員ID", "氏名", "入会日", "プラン", "紹介者"],
                    ["K-200115", "浅見 光彦", "2021/05/01", "レギュラー", ""],
                    ["K-200121", "佐和田 瑠衣", "2022/08/15", "ナイト", "K-200115"],
                    ["K-200138", "根来 静香", "2019/11/01", "デイタイム", ""],
                    ["K-200142", "宮部 大輔", "2023/02/01", "レギュラー", ""],
                    ["K-200157", "ウィルソン 華", "2024/04/10", "レギュラー", "K-200121"],
                    ["K-200163", "穂積 隆", "2018/07/01", "シニア", ""],
                ]}},
        ],
    }],
})

_KIDS = [
    ("芦田 ひかり", "芦田 真澄", "年長", "平成３１年４月２日", "０９０－３３８１－７２０４"),
    ("宇津木 蓮", "宇津木 恵", "小１", "平成３０年８月１７日", "０８０－６６１２－９０４８"),
    ("狩野 さくら", "狩野 孝之", "小２", "平成２９年１１月３日", "０７０－２２５７－３３１６"),
    ("ベルナール 勇気", "ベルナール 裕子", "小１", "平成３０年５月２９日", "０９０－８８０６－１５７２"),
    ("設楽 湊", "設楽 亜矢", "年中", "令和２年１月９日", "０８０－４４１９－６６２０"),
    ("古閑 芽衣", "古閑 康平", "小３", "平成２８年６月２１日", "０９０－１７２３－８８５１"),
]


def _kids_table() -> str:
    lines = ["　児童氏名　　　　　　保護者　　　　　学年　生年月日　　　　　　　緊急連絡先",
             "　────────────────────────────────────────"]
    for child, parent, grade, dob, tel in _KIDS:
        lines.append("　" + child.ljust(10, "　") + parent.ljust(9, "　") + grade.ljust(3, "　")
                     + dob.ljust(12, "　") + tel)
    return "\n".join(lines)


MESSAGES.append({
    "id": "fitness-013",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "full-width padded table: 6 children of the kids' gym class with 和暦 birth dates, parents' names and full-width phone numbers, to the instructor agency",
    "charset": "cp932",
    "sender": "宇佐美 達也 <t-usami@hinode-sangyo.co.jp>",
    "to": ["キッズモーション 派遣管理 <haken@kids-motion.co.jp>"],
    "subject": "キッズ体操教室（土曜クラス）参加児童のご連絡",
    "body": """株式会社キッズモーション
派遣管理ご担当　森下様

お世話になっております。ヒノデフィットネス武蔵小杉店の宇佐美です。
4月から派遣いただく講師の方へ、土曜クラスの参加児童をお伝えいただけますでしょうか。
怪我などの際は下記の緊急連絡先（保護者）へご連絡ください。

""" + _kids_table() + """

以上6名です。よろしくお願いします。
""" + SIG_KOSUGI,
})

MESSAGES.append({
    "id": "fitness-014",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "comma-separated DM address data (postcode, address, name) of 8 lapsed members pasted into the body for the printer",
    "charset": "cp932",
    "sender": "野々村 里佳 <r-nonomura@hinode-sangyo.co.jp>",
    "to": ["錦印刷 DM事業部 <dm@nishiki-insatsu.co.jp>"],
    "subject": "再入会DM 宛名データ（追加分）",
    "body": """錦印刷株式会社 DM事業部
大野様

お世話になっております。日の出産業の野々村です。
先日入稿した再入会DMの宛名データに、追加分が8件ございます。
ファイルを作るほどでもないので、本文に貼り付けます。差し込みをお願いいたします。

郵便番号,住所,氏名,会員区分
141-0001,東京都品川区北品川4-7-35-802,鶴見 昌也,退会（2025/12）
140-0011,東京都品川区東大井5-18-2,阿久津 千鶴,休会中
142-0041,東京都品川区戸越6-3-11 戸越ハイム201,米倉 亮,退会（2025/11）
152-0004,東京都目黒区鷹番2-20-6,武者小路 葵,退会（2026/01）
143-0016,東京都大田区大森北1-29-3,ラミレス 翔,休会中
141-0033,東京都品川区西品川3-12-1-405,久世 佳奈子,退会（2025/10）
146-0082,東京都大田区池上8-4-22,磯貝 秀樹,退会（2026/02）
108-0075,東京都港区港南2-16-5-1902,汐見 瑞穂,休会中

お手数をおかけしますが、よろしくお願いします。
""" + SIG_NONOMURA,
})

MESSAGES.append({
    "id": "fitness-015",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "English mail: 6 pilot members (name, e-mail, date of birth) in a padded table to a foreign coaching-app vendor",
    "charset": "utf-8",
    "sender": "Rika Nonomura <r-nonomura@hinode-sangyo.co.jp>",
    "to": ["Onboarding Team <onboarding@corefit-global.com>"],
    "subject": "Pilot users for CoreFit app - Hinode Fitness Osaki",
    "body": """Hi Megan,

Thanks for the call yesterday. As agreed, here are the first members who volunteered
for the CoreFit app pilot at our Osaki club. Could you create their accounts so they
receive the invitation e-mail on Monday?

Name                 E-mail                          Date of birth  Club
-------------------  ------------------------------  -------------  -----
Haruto Oginome       haruto.oginome@gmail.com        1992-03-08     Osaki
Nanami Shirasu       nanami.s@yahoo.co.jp            1987-10-21     Osaki
Kenji Abiko          kenji.abiko@outlook.jp          1975-06-02     Osaki
Julia Morikawa       julia.morikawa@icloud.com       1998-12-14     Osaki
Shun Tachihara       shun.tachihara@gmail.com        2001-01-27     Gotanda
Mayumi Erikawa       m.erikawa@nifty-mail.jp         1969-08-30     Osaki

Please use the "Tokyo" region for all of them.

Kind regards,
Rika Nonomura
Marketing, Wellness Division
Hinode Sangyo Co., Ltd.
""",
})

MESSAGES.append({
    "id": "fitness-016",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PPTX with one slide per member (name, age, club, phone) — 5 interview candidates sent to the ad agency",
    "charset": "iso-2022-jp",
    "sender": "野々村 里佳 <r-nonomura@hinode-sangyo.co.jp>",
    "to": ["松永 智之 <matsunaga@sora-ad.co.jp>", "撮影チーム 井口 <iguchi@sora-ad.co.jp>"],
    "subject": "会員インタビュー候補（Web用ビフォーアフター）",
    "body": """松永様、井口様

お世話になっております。野々村です。
Webサイト用の会員インタビュー候補を、店長に挙げてもらいました。
スライドにまとめましたので、撮影日程のご相談の際にご本人へ直接お電話ください。
（撮影・掲載の同意は店舗で口頭確認済みです）

よろしくお願いいたします。
""" + SIG_NONOMURA,
    "attachments": [{
        "kind": "pptx", "name": "interview_candidates.pptx",
        "title": "会員インタビュー候補",
        "slides": [
            ["会員インタビュー候補（2026春）", "ヒノデフィットネス 各店推薦", "撮影希望時期：5月中旬〜下旬"],
            ["候補1：桜庭 みのり さん（38）", "大崎店 / 入会1年3ヶ月", "−11kg、フルマラソン初完走", "連絡先：090-4418-2275"],
            ["候補2：黒須 慎太郎 さん（52）", "五反田店 / 入会2年", "体脂肪率 28%→17%", "連絡先：080-3360-9914"],
            ["候補3：マルティネス 杏 さん（29）", "横浜西口店 / 入会8ヶ月", "ヨガインストラクター資格取得", "連絡先：070-2205-6483"],
            ["候補4：生田目 純 さん（44）", "武蔵小杉店 / 入会1年", "親子で通会、−7kg", "連絡先：090-7781-3026"],
            ["候補5：東雲 加奈 さん（61）", "大崎店 / 入会4年", "シニアクラスの皆勤", "連絡先：080-5537-1190"],
        ],
    }],
})

_UNDOKAI = [["No", "氏名", "所属", "メールアドレス", "Tシャツ", "出場種目"]]
for _i, (_n, _d, _m, _s, _e) in enumerate([
        ("春日井 透", "設計一部", "t.kasugai", "L", "綱引き"),
        ("三輪 奈々子", "人事部", "nanako.miwa", "S", "玉入れ"),
        ("芹沢 大吾", "製造二課", "d.serizawa", "XL", "リレー"),
        ("平良 美香", "品質管理部", "mika.taira", "M", "玉入れ"),
        ("日置 悠真", "設計二部", "y.hioki", "M", "リレー"),
        ("兵頭 由美", "経理部", "yumi.hyodo", "M", "綱引き"),
        ("宮古 渉", "製造一課", "w.miyako", "L", "綱引き"),
        ("アダムス 理沙", "海外営業部", "risa.adams", "S", "リレー"),
        ("波多野 義男", "総務部", "y.hatano", "L", "玉入れ"),
        ("尾上 可奈", "設計一部", "kana.onoe", "S", "リレー"),
        ("蜂須賀 亮介", "製造二課", "r.hachisuka", "XL", "綱引き"),
        ("室井 千里", "人事部", "c.muroi", "M", "玉入れ")], start=1):
    _UNDOKAI.append([_i, _n, _d, f"{_m}@kawasaki-denki.co.jp", _s, _e])

MESSAGES.append({
    "id": "fitness-017",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of 12 client employees (name, dept, e-mail, T-shirt size) for a corporate sports day, sent to the event contractor",
    "charset": "utf-8",
    "sender": "加賀美 千尋 <c-kagami@hinode-sangyo.co.jp>",
    "to": ["フェスタプランニング 高村 <takamura@festa-planning.co.jp>"],
    "subject": "川崎電機様 健康運動会 参加者データ",
    "body": """フェスタプランニング
高村さん

お世話になっております。加賀美です。
川崎電機様の健康運動会（5/24）の参加者データが揃いましたので送ります。
当日の受付名札とゼッケンの作成、Tシャツの発注にお使いください。
参加確認メールもこのアドレス宛にお願いできればと思います。

""" + SIG_EVENT,
    "attachments": [{"kind": "csv", "name": "kawasaki_undokai_participants.csv",
                     "encoding": "utf-8", "rows": _UNDOKAI}],
})

MESSAGES.append({
    "id": "fitness-018",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of 7 contract trainers' fees with their bank branch and account numbers, to the payroll outsourcer",
    "charset": "cp932",
    "sender": "城之内 早苗 <jonouchi@hinode-sangyo.co.jp>",
    "to": ["給与計算BPOセンター 担当 <center@kyuyo-bpo.co.jp>"],
    "subject": "3月分 業務委託トレーナー報酬 振込データ",
    "body": """給与計算BPOセンター
ご担当者様

お世話になっております。日の出産業 経理部の城之内です。
3月分の業務委託トレーナー報酬の振込データ（xls）を添付いたします。
振込日は4月25日でお願いいたします。源泉徴収額は別シートに記載しております。

よろしくお願いいたします。
""" + SIG_KEIRI,
    "attachments": [{
        "kind": "xls", "name": "trainer_fee_202603.xls",
        "sheets": {
            "振込": [
                ["トレーナー", "銀行", "支店", "種別", "口座番号", "口座名義", "振込額"],
                ["神崎 遼", "みどり銀行", "横浜西口支店", "普通", "3318402", "カンザキ リョウ", 184500],
                ["白鳥 茉莉", "ゆうちょ銀行", "〇一八支店", "普通", "5527193", "シラトリ マリ", 96300],
                ["葉山 丈", "東都銀行", "品川支店", "普通", "1049985", "ハヤマ ジョウ", 221700],
                ["モーガン 里奈", "みどり銀行", "大崎支店", "普通", "6603217", "モーガン リナ", 75200],
                ["栃尾 創", "湘南信用金庫", "藤沢支店", "普通", "0882146", "トチオ ハジメ", 132900],
                ["沖野 さやか", "東都銀行", "川崎支店", "当座", "2210576", "オキノ サヤカ", 58400],
                ["烏丸 圭吾", "みどり銀行", "五反田支店", "普通", "4471038", "カラスマ ケイゴ", 163000],
            ],
            "源泉": [
                ["トレーナー", "報酬額", "源泉税"],
                ["神崎 遼", 205500, 21000],
                ["白鳥 茉莉", 107300, 11000],
            ],
        },
    }],
})

MESSAGES.append({
    "id": "fitness-019",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "reply whose NEW text lists 6 corporate members (name, e-mail, last visit); only the request below is quoted",
    "charset": "iso-2022-jp",
    "sender": "倉持 慎吾 <s-kuramochi@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 健康推進グループ 吉良様 <kira.h@kawasaki-denki.co.jp>"],
    "subject": "Re: 半年以上ご利用のない会員について",
    "body": """吉良様

お世話になっております。日の出産業の倉持です。
お問い合わせの件、半年以上ご来館のない法人会員様は以下の6名でした。

　氏名　　　　　社用メールアドレス　　　　　　　　最終来館日
　猿渡 健一　　k.saruwatari@kawasaki-denki.co.jp　2025/07/19
　目黒 さとみ　s.meguro@kawasaki-denki.co.jp　　　2025/05/02
　諏訪 孝太郎　k.suwa@kawasaki-denki.co.jp　　　　2025/09/11
　天童 ゆい　　yui.tendo@kawasaki-denki.co.jp　　 2025/03/28
　飯干 勝　　　m.iiboshi@kawasaki-denki.co.jp　　 2025/08/30
　ナカムラ ルーカス　lucas.nakamura@kawasaki-denki.co.jp　2025/06/14

プラン見直しの際の参考になれば幸いです。
""" + SIG_KURAMOCHI + """

> 倉持様
>
> いつもお世話になっております。川崎電機 人事部の吉良です。
> 来期の契約口数を検討しておりまして、半年以上利用のない社員がいれば
> 教えていただけますでしょうか。
>
> 吉良
""",
})

MESSAGES.append({
    "id": "fitness-020",
    "expect": "stop",
    "entities": ["PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "no name column: 10 members' mobile numbers with age band, sex and last visit, for an SMS campaign vendor",
    "charset": "utf-8",
    "sender": "野々村 里佳 <r-nonomura@hinode-sangyo.co.jp>",
    "to": ["SMSリンク カスタマーサクセス <cs@sms-link.jp>"],
    "subject": "休眠会員向けSMS 配信リスト（テスト配信分）",
    "body": """SMSリンク株式会社
カスタマーサクセス 御中

日の出産業の野々村です。
休眠会員向けのSMS配信について、まずはテスト配信分10件をお送りします。
本文は「お久しぶりです！ヒノデフィットネスです。4月は再開キャンペーン中…」の文面でお願いします。

携帯番号       年代  性別  最終来館日
090-2184-6637  30代  女    2025-10-04
080-5512-0349  40代  男    2025-09-21
070-4438-1902  20代  女    2025-11-15
090-7760-2813  50代  男    2025-08-30
080-3391-5576  30代  男    2025-10-27
090-6025-4418  60代  女    2025-07-12
070-1193-8864  20代  男    2025-12-01
080-8847-2250  40代  女    2025-09-09
090-3306-7145  30代  女    2025-11-02
070-5572-0931  50代  男    2025-10-18

配信結果（到達・不達）をCSVで頂けますと助かります。
""" + SIG_NONOMURA,
})

# ════════════════════════════════════════════════════════════════════════════════════
# STOP — identity numbers and card numbers
# ════════════════════════════════════════════════════════════════════════════════════

MESSAGES.append({
    "id": "fitness-021",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a member's full card number typed in full-width digits, sent to the card acquirer about a double charge",
    "charset": "cp932",
    "sender": "氷室 恵 <support-fit@hinode-sangyo.co.jp>",
    "to": ["ニチカペイ 加盟店サポート <merchant-support@nichica-pay.co.jp>"],
    "subject": "二重計上の取消依頼（加盟店番号 2204-118-0937）",
    "body": """ニチカペイ株式会社
加盟店サポート デスク御中

いつもお世話になっております。
ヒノデフィットネス 会員サポートセンターの氷室でございます。

3月1日の月会費決済におきまして、下記会員様のカードで
同額が二重に売上計上されておりました。1件分の取消をお願いいたします。

　会員氏名：汐崎 友梨 様
　カード番号：""" + fw(grp(card_number(21001))) + """
　有効期限：０８／２８
　売上日：2026年3月1日
　金額：10,780円（2件計上のうち1件）

会員様からは本日お電話でお問い合わせをいただいております。
取消完了のご連絡をいただけましたら、こちらからご本人へご案内いたします。
""" + SIG_SUPPORT,
})

MESSAGES.append({
    "id": "fitness-022",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a contract trainer's マイナンバー and home address sent to the outside tax accountant for the 支払調書",
    "charset": "iso-2022-jp",
    "sender": "城之内 早苗 <jonouchi@hinode-sangyo.co.jp>",
    "to": ["上野会計事務所 <office@ueno-tax.jp>"],
    "subject": "支払調書の追加1名分について",
    "body": """上野会計事務所
上野先生

いつもお世話になっております。日の出産業 経理部の城之内です。
先日お願いした報酬の支払調書ですが、1名漏れておりました。
大変お手数ですが、下記の方の分を追加で作成いただけますでしょうか。

　氏名：葉山 丈（ハヤマ ジョウ）
　住所：神奈川県横浜市西区浅間町3-171-2 ベルテ浅間508
　個人番号：""" + grp(my_number(22001), 4, " ") + """
　支払金額：2,486,000円　源泉徴収税額：253,740円

本人確認書類の写しは郵送でお送りします。
よろしくお願いいたします。
""" + SIG_KEIRI,
})

MESSAGES.append({
    "id": "fitness-023",
    "expect": "stop",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a member's driver's licence number and date of birth sent to the franchise operator for an identity check",
    "charset": "cp932",
    "sender": "氷室 恵 <support-fit@hinode-sangyo.co.jp>",
    "to": ["ひなたスポーツ 本部 会員管理 <kaiin@hinata-sports.co.jp>"],
    "subject": "相互利用会員の本人確認について",
    "body": """株式会社ひなたスポーツ
本部 会員管理ご担当様

お世話になっております。会員サポートセンターの氷室です。

当社会員の方が、貴社 本厚木店で相互利用登録をされる際に、
会員カードを紛失されていたとのことで、ご本人確認の照合をお願いいたします。
当社の登録情報は以下のとおりです。

　氏名：真田 紘一
　生年月日：昭和58年4月2日
　運転免許証番号：第 ３０１２ ４７８８ ０５６１ 号（東京都公安委員会）
　当社会員番号：K-188402

照合結果をご返信いただけますと幸いです。
""" + SIG_SUPPORT,
})

MESSAGES.append({
    "id": "fitness-024",
    "expect": "stop",
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "English mail to the partner hotel giving a foreign guest instructor's passport number and date of birth",
    "charset": "utf-8",
    "sender": "Chihiro Kagami <c-kagami@hinode-sangyo.co.jp>",
    "to": ["Sakura Hotel Group Sales <groupsales@sakura-hotel.jp>"],
    "subject": "Room booking for guest instructor - Hinode Fitness Festival",
    "body": """Dear Ms. Fujioka,

Thank you for holding the rooms for our fitness festival in June.
Our guest instructor from Australia will stay with you; since the hotel needs
passport details for foreign guests at check-in, here they are in advance:

  Guest name:      Olivia Grace HARTLEY
  Nationality:     Australia
  Passport No.:    PA4471938
  Date of birth:   14 March 1989
  Check-in:        Fri 12 June 2026
  Check-out:       Mon 15 June 2026 (3 nights, twin for single use)

Please charge the room to our corporate account (Hinode Sangyo, contract HS-2211).

Best regards,
Chihiro Kagami
Event Planning Team, Wellness Division
Hinode Sangyo Co., Ltd.
Tel: +81-3-5436-2244
""",
})

MESSAGES.append({
    "id": "fitness-025",
    "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a foreign trainer's 在留カード number, status and expiry sent to the staffing agency",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 達也 <t-usami@hinode-sangyo.co.jp>",
    "to": ["グローバルスタッフ 派遣営業 三田様 <mita@global-staff.co.jp>"],
    "subject": "5月から派遣いただくトレーナーの在留資格確認",
    "body": """グローバルスタッフ株式会社
三田様

お世話になっております。ヒノデフィットネス武蔵小杉店の宇佐美です。

5月からご派遣予定のグエンさんですが、店舗で在留カードを確認したところ、
有効期限が近いようでしたので、更新予定を確認させてください。

　氏名：NGUYEN VAN LONG（グエン ヴァン ロン）
　生年月日：1997年9月12日
　在留カード番号：UH38201547ER
　在留資格：特定活動　在留期間満了日：2026年6月30日

更新申請中であれば、申請受付票の写しをいただけますでしょうか。
""" + SIG_KOSUGI,
})

MESSAGES.append({
    "id": "fitness-026",
    "expect": "stop",
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "insurance claim: injured member's 健康保険証 記号・番号, date of birth and fracture diagnosis to the insurer",
    "charset": "iso-2022-jp",
    "sender": "施設安全管理 守屋 <moriya@hinode-sangyo.co.jp>",
    "to": ["東海損保 川崎サービスセンター <kawasaki-sc@tokai-sonpo.co.jp>"],
    "subject": "施設賠償責任保険 事故報告（証券番号 BL-5520381）",
    "body": """東海損害保険株式会社
川崎サービスセンター 御中

いつもお世話になっております。
日の出産業株式会社 ウェルネス事業本部 施設安全管理の守屋でございます。

標記の件、先日お電話でご報告した事故について、書面の前にメールでお知らせします。

【事故日時】2026年3月18日（水）20時10分頃
【場所】ヒノデフィットネス武蔵小杉店 2F フリーウエイトエリア
【被害者】鮫島 伸也 様（会員番号 K-176630）
【生年月日】1986年1月22日
【健康保険証】記号 ２７０４１８　番号 ５３　保険者番号 ０６１３２５０７
【状況】ベンチプレス台のセーフティバーの固定ピンが外れ、バーベルが左手に落下
【診断】左第4中手骨骨折（全治6週間）、川崎中央整形外科にて手術予定

治療費の立替について、ご本人と相談中です。必要書類をご教示ください。

--
日の出産業株式会社 ウェルネス事業本部 施設安全管理
守屋 浩二　TEL 03-5436-2270
""",
})

MESSAGES.append({
    "id": "fitness-027",
    "expect": "stop",
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a part-time receptionist's 基礎年金番号, DOB and address sent to the outside labour consultant",
    "charset": "cp932",
    "sender": "人事総務課 国枝 <kunieda@hinode-sangyo.co.jp>",
    "to": ["加藤社会保険労務士事務所 <info@kato-sr.jp>"],
    "subject": "社会保険 資格取得届のお願い（横浜西口店 パート1名）",
    "body": """加藤社会保険労務士事務所
加藤先生

いつもお世話になっております。日の出産業 人事総務課の国枝です。
4月16日付で週30時間に変更となるパートの方について、
社会保険の資格取得届の作成をお願いいたします。

氏名：竹之内 美和（タケノウチ ミワ）
生年月日：S63.7.19
住所：神奈川県横浜市保土ケ谷区岩間町1-8-14 サンハイツ203
基礎年金番号：4120-683957
報酬月額：198,000円
所属：ヒノデフィットネス横浜西口店（フロント）

扶養の有無は本人に確認中です。わかり次第ご連絡します。

国枝 美香（人事総務課）内線 2118
""",
})

MESSAGES.append({
    "id": "fitness-028",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "PDF of a paper membership application (name, address, phone, card number for monthly billing) sent to the card company",
    "charset": "iso-2022-jp",
    "sender": "城之内 早苗 <jonouchi@hinode-sangyo.co.jp>",
    "to": ["ニチカペイ 継続課金受付 <keizoku@nichica-pay.co.jp>"],
    "subject": "継続課金登録が反映されない件（申込書添付）",
    "body": """ニチカペイ株式会社
継続課金受付 御中

お世話になっております。日の出産業 経理部の城之内です。

3月入会の会員様1名について、カード継続課金の登録が管理画面に反映されておりません。
店舗で受け付けた申込書をPDFにして添付しますので、登録状況をご確認いただけますか。

よろしくお願いいたします。
""" + SIG_KEIRI,
    "attachments": [{
        "kind": "pdf", "name": "入会申込書_K-201877.pdf",
        "title": "入会申込書",
        "lines": [
            "ヒノデフィットネス 入会申込書（兼 クレジットカード継続課金申込書）",
            "申込日：2026年3月14日　店舗：五反田店　会員番号：K-201877",
            "",
            "お名前：鏑木 晴美（カブラギ ハルミ）",
            "ご住所：〒141-0031 東京都品川区西五反田2-18-3 五反田パレス704",
            "電話番号：090-5573-2816",
            "プラン：レギュラー会員（月額 10,780円）",
            "",
            "【お支払いカード】",
            "カード番号：" + grp(card_number(28001), 4, " "),
            "有効期限：11/29　名義：HARUMI KABURAGI",
            "",
            "上記内容に相違ありません。　署名：鏑木 晴美",
        ],
    }],
})

_MN_ROWS = [
    ["日の出産業株式会社 業務委託トレーナー 個人番号一覧（令和7年分 支払調書用）"],
    [],
    ["No", "氏名", "フリガナ", "住所", "個人番号", "支払金額"],
]
for _i, (_nm, _kn, _ad, _amt) in enumerate([
        ("神崎 遼", "カンザキ リョウ", "神奈川県横浜市神奈川区鶴屋町2-24-1", 2214000),
        ("白鳥 茉莉", "シラトリ マリ", "東京都大田区蒲田5-30-11-402", 1187500),
        ("モーガン 里奈", "モーガン リナ", "東京都品川区南大井6-2-9", 903600),
        ("栃尾 創", "トチオ ハジメ", "神奈川県藤沢市鵠沼橘1-4-18", 1620000),
        ("沖野 さやか", "オキノ サヤカ", "神奈川県川崎市幸区南幸町3-77", 688000),
        ("烏丸 圭吾", "カラスマ ケイゴ", "東京都目黒区下目黒2-15-6-301", 1932400)], start=1):
    _MN_ROWS.append([_i, _nm, _kn, _ad, my_number(29000 + _i), _amt])

MESSAGES.append({
    "id": "fitness-029",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "XLSX with 6 contract trainers' マイナンバー, names and addresses (title row above the header) to the tax accountant",
    "charset": "iso-2022-jp",
    "sender": "城之内 早苗 <jonouchi@hinode-sangyo.co.jp>",
    "to": ["上野会計事務所 担当 戸田様 <toda@ueno-tax.jp>"],
    "subject": "支払調書作成用データ（業務委託トレーナー分）",
    "body": """上野会計事務所
戸田様

お世話になっております。日の出産業 経理部の城之内です。
令和7年分の報酬の支払調書作成用に、業務委託トレーナー6名分のデータをお送りします。
個人番号は本人から提出された番号カードの写しから転記しています。

1月末の提出に間に合うよう、ご対応をお願いいたします。
""" + SIG_KEIRI,
    "attachments": [{"kind": "xlsx", "name": "支払調書_トレーナー_R7.xlsx",
                     "sheets": {"R7": _MN_ROWS}}],
})

MESSAGES.append({
    "id": "fitness-030",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a member typed his My Number into the contact form; support forwards the entry (with the number) to the vendor asking for deletion",
    "charset": "utf-8",
    "sender": "氷室 恵 <support-fit@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 保守窓口 <hoshu@tsubasa-system.jp>"],
    "subject": "【削除依頼】問い合わせフォームの受付データ No.88213",
    "body": """ツバサシステム株式会社
保守窓口 ご担当者様

お世話になっております。ヒノデフィットネス会員サポートセンターの氷室です。

問い合わせフォームの自由記入欄に、会員様がマイナンバーを記入して送信されていました。
フォームのDBおよびバックアップから、該当の受付データの削除をお願いいたします。
受付内容は以下のとおりです（そのまま貼り付けています）。

----- 受付No.88213 2026/04/06 23:12 -----
お名前：鳩山 康介
電話番号：080-6612-4039
お問い合わせ種別：会費の控除証明について
内容：医療費控除に使いたいので証明書がほしいです。
　　　マイナンバーは """ + my_number(30001) + """ です。よろしくお願いします。
------------------------------------------

削除完了後、作業報告をいただけますでしょうか。
""" + SIG_SUPPORT,
})

# ════════════════════════════════════════════════════════════════════════════════════
# STOP — 要配慮個人情報 about one identifiable person (or rows of a list)
# ════════════════════════════════════════════════════════════════════════════════════

MESSAGES.append({
    "id": "fitness-031",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "health questionnaire answers of one named member (hypertension medication, angina history) in running text to a contract trainer's gmail",
    "charset": "iso-2022-jp",
    "sender": "矢作 航 <w-yahagi@hinode-sangyo.co.jp>",
    "to": ["白鳥 茉莉 <mari.shiratori.fit@gmail.com>"],
    "subject": "土曜の新規パーソナルの方について（事前情報）",
    "body": """白鳥さん

お疲れさまです。矢作です。
今週土曜11時から担当してもらう新規の蔵前 忠彦さん（68歳）ですが、
入会時の健康チェックシートで気になる点があったので先に共有します。

ご本人いわく、5年ほど前から高血圧で降圧剤（アムロジピン）を飲んでいて、
昨年の秋に狭心症の発作で2日ほど入院されたそうです。
主治医からは「息が上がるような運動は避けて、心拍120以下で」と言われているとのこと。
初回はカウンセリングと軽めのバイク・ストレッチ中心でお願いします。
ニトロは常に持ち歩いているそうなので、ロッカーではなく手元に置いてもらってください。

よろしくお願いします。
""" + SIG_TRAINER,
})

MESSAGES.append({
    "id": "fitness-032",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX accident report: named member's muscle tear diagnosis and hospital visit, with phone, sent to the insurer",
    "charset": "cp932",
    "sender": "施設安全管理 守屋 <moriya@hinode-sangyo.co.jp>",
    "to": ["東海損保 事故受付 <jiko-uketsuke@tokai-sonpo.co.jp>"],
    "subject": "事故報告書の送付（横浜西口店 3/29発生分）",
    "body": """東海損害保険株式会社
事故受付センター 御中

お世話になっております。日の出産業 施設安全管理の守屋です。
3月29日に横浜西口店で発生した事故の報告書（Word）を添付いたします。
スタジオ床面の清掃後の水分が原因の可能性があり、施設側の管理責任を含めてご相談させてください。

--
日の出産業株式会社 ウェルネス事業本部 施設安全管理
守屋 浩二　TEL 03-5436-2270
""",
    "attachments": [{
        "kind": "docx", "name": "事故報告書_横浜西口_20260329.docx",
        "title": "事故報告書",
        "paragraphs": [
            "事故報告書",
            "報告日：2026年3月31日　報告者：ヒノデフィットネス横浜西口店 店長 篠原",
            "",
            "1. 発生日時：2026年3月29日（日）10時25分頃",
            "2. 発生場所：2Fスタジオ（エアロビクスクラス中）",
            "3. 受傷者：会員 吉備 瑠璃子 様（52歳）　連絡先 090-2741-8865",
            "4. 状況：ステップ台から降りた際に床面の水分で足を滑らせ転倒。",
            "5. 受傷内容：右下腿三頭筋（ふくらはぎ）の肉離れ。救急車は要請せず、スタッフ付き添いで近隣の横浜西整形外科を受診。",
            "   医師の診断は「右腓腹筋内側頭部分断裂、全治4週間」。松葉杖貸与。",
            "   なお、ご本人から、2年前に同じ右足のアキレス腱を断裂し手術を受けたとの申告あり。",
            "6. 対応：受診費用は当社で立替。翌日店長が電話で容体を確認済み。",
            "7. 再発防止策：清掃後の乾拭きの徹底、クラス開始前の床面点検チェックリスト追加。",
        ],
    }],
})

MESSAGES.append({
    "id": "fitness-033",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member's physical disability (wheelchair, 身体障害者手帳1級) told to the building management company in running text",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 達也 <t-usami@hinode-sangyo.co.jp>",
    "to": ["新丸子ビルマネジメント 設備管理 <setsubi@shinmaruko-bm.co.jp>"],
    "subject": "多目的トイレ・スロープの件でご相談",
    "body": """新丸子ビルマネジメント株式会社
設備管理ご担当 浜口様

いつもお世話になっております。ヒノデフィットネス武蔵小杉店の宇佐美です。

来月から、車いすを使用されている会員の砂川 勇気さんが週2回ご利用になります。
砂川さんは脊髄損傷で下半身にまひがあり、身体障害者手帳1級をお持ちとのことです。
ご本人と面談したところ、3F多目的トイレの手すりのぐらつきと、
駐車場からエレベーターまでのスロープの段差が心配とのことでした。

4月中に一度、現地を一緒に確認していただくことは可能でしょうか。
ご都合のよい日時をいくつか頂けますと幸いです。
""" + SIG_KOSUGI,
})

MESSAGES.append({
    "id": "fitness-034",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member's religion (Muslim, Ramadan fasting, female-only instructor request) passed to the instructor agency",
    "charset": "utf-8",
    "sender": "矢作 航 <w-yahagi@hinode-sangyo.co.jp>",
    "to": ["スタジオナビ インストラクター派遣 <dispatch@studio-navi.co.jp>"],
    "subject": "女性インストラクターの指名について（横浜西口店）",
    "body": """株式会社スタジオナビ
インストラクター派遣ご担当者様

お世話になっております。ヒノデフィットネス横浜西口店の矢作です。

パーソナルヨガをご利用の会員、アルハティブ・ファティマさんについてご相談です。
ご本人はイスラム教を信仰されており、宗教上の理由から男性インストラクターとの
1対1のレッスンは受けられないとのことで、女性の講師を固定でお願いしたいです。
また、3月のラマダン期間中は日中断食をされているため、
レッスン時間を日没後（19時以降）に変更したいとのご希望も頂いています。

木曜19時半の枠で、女性講師の方をご手配いただけますでしょうか。
""" + SIG_TRAINER,
})

MESSAGES.append({
    "id": "fitness-035",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a former member's arrest for voyeurism in the locker room (criminal record) with name and DOB, shared with the security company",
    "charset": "iso-2022-jp",
    "sender": "施設安全管理 守屋 <moriya@hinode-sangyo.co.jp>",
    "to": ["ケイビガード 川崎支社 警備課 <keibi-kawasaki@keibi-guard.co.jp>"],
    "subject": "出入り禁止者の情報共有（武蔵小杉店）",
    "body": """ケイビガード株式会社 川崎支社
警備課 長尾様

お世話になっております。日の出産業 施設安全管理の守屋です。

先月、武蔵小杉店の男性更衣室で盗撮事件があり、
会員の宇田川 研二（うだがわ けんじ、昭和60年11月8日生）が
3月21日に中原警察署に逮捕されました。
本人は強制退会・今後の出入り禁止としております。

万一来館した場合に備え、夜間帯の警備員の方にも共有をお願いします。
顔写真は店舗のフロントに掲示しておりますので、巡回時にご確認ください。

--
日の出産業株式会社 ウェルネス事業本部 施設安全管理
守屋 浩二　TEL 03-5436-2270
""",
})

MESSAGES.append({
    "id": "fitness-036",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member is a stalking victim (police report filed, restraining order) — told to the building manager in running text",
    "charset": "iso-2022-jp",
    "sender": "大崎店 副店長 稲森 <inamori@hinode-sangyo.co.jp>",
    "to": ["大崎ガーデンタワー 防災センター <bousai@osaki-gt-bm.co.jp>"],
    "subject": "不審者への警戒のお願い",
    "body": """大崎ガーデンタワー 防災センター
ご担当者様

いつもお世話になっております。
ヒノデフィットネス大崎店（7F）副店長の稲森です。

当店会員の女性、椎葉 みずきさんが元交際相手からつきまとい被害を受けており、
先週、大崎警察署に被害届を出され、相手方には禁止命令が出ているそうです。
相手の男性は40代・長身・眼鏡とのことで、以前ビル1Fのエントランスで
椎葉さんを待ち伏せしていたことがあったと伺いました。

椎葉さんの来館時間帯（平日20時〜22時）は、エントランス付近の巡回を
強化していただけないでしょうか。ご本人からも了承を得ております。

ヒノデフィットネス大崎店 稲森 彩
TEL 03-5437-0081（店舗）
""",
})

MESSAGES.append({
    "id": "fitness-037",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member's ethnic origin (在日コリアン) in a harassment consultation with the outside law firm",
    "charset": "iso-2022-jp",
    "sender": "コンプライアンス室 吉永 <yoshinaga@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "会員からの苦情（スタッフの差別的発言）についてご相談",
    "body": """白川法律事務所
白川 正臣 先生

いつも大変お世話になっております。
日の出産業 コンプライアンス室の吉永です。

五反田店の会員、金 美善（きむ みそん）様より、当社スタッフから
在日コリアンであることを揶揄する発言を受けたとの苦情が寄せられました。
ご本人は在日韓国人三世で、通名ではなく本名で登録されており、
フロントで会員証を受け取った際に、アルバイトスタッフが出自に関する
不適切な発言をしたとのことです。当該スタッフは事実を一部認めています。

ご本人は謝罪と再発防止策の書面を求めておられます。
謝罪文の文案と、スタッフへの処分の範囲について、ご助言をいただけますでしょうか。
来週前半でお打合せのお時間をいただけますと幸いです。

吉永 亮子
日の出産業株式会社 コンプライアンス室（内線 1190）
""",
})

MESSAGES.append({
    "id": "fitness-038",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "corporate wellness: a named client employee's depression diagnosis, medication and return-to-work plan sent to the client's HR",
    "charset": "utf-8",
    "sender": "ウェルネスカウンセラー 早瀬 <hayase@hinode-sangyo.co.jp>",
    "to": ["港ロジスティクス 人事部 労務課 <roumu@minato-logi.co.jp>"],
    "subject": "復職支援プログラムの経過ご報告（物流センター 1名）",
    "body": """港ロジスティクス株式会社
人事部 労務課 小松様

いつもお世話になっております。
日の出産業 法人ウェルネスサービスの早瀬です。

復職支援プログラムをご利用中の、川越物流センター 米山 拓郎様の経過をご報告します。

米山様は昨年11月にうつ病と診断され休職されていましたが、
現在は主治医の指示で抗うつ薬（セルトラリン）を継続しつつ、
週3回、当社の大崎店でウォーキングと軽い筋トレを続けておられます。
睡眠も改善してきており、主治医からは「5月から短時間勤務での復職可」との
意見が出る見込みと伺っています。

産業医面談の日程調整をお願いできますでしょうか。

早瀬 由希子（公認心理師）
日の出産業株式会社 法人ウェルネス営業部
TEL 03-5436-2235
""",
})

MESSAGES.append({
    "id": "fitness-039",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "English mail to a freelance yoga teacher on outlook.com: a named member's pregnancy, past miscarriage and placenta previa",
    "charset": "utf-8",
    "sender": "Wataru Yahagi <w-yahagi@hinode-sangyo.co.jp>",
    "to": ["Sophie Laurent <sophie.laurent.yoga@outlook.com>"],
    "subject": "Prenatal private session - Thursday",
    "body": """Hi Sophie,

Thanks again for covering the prenatal privates this month.

Your Thursday 10:00 client is Kanako Ishiguro (member since 2023). She is 22 weeks
pregnant now. She told us she had a miscarriage last spring, and at her last check-up
her OB-GYN found a low-lying placenta (placenta previa), so she has been told to avoid
any inversions, deep twists and lying flat on her back for long.

She is very motivated but a bit anxious, so please keep it gentle - breathing,
supported side-lying poses and pelvic floor work only.

Cheers,
Wataru
--
Wataru Yahagi | Personal Training Chief
Hinode Fitness Yokohama Nishiguchi | Hinode Sangyo Co., Ltd.
""",
})

MESSAGES.append({
    "id": "fitness-040",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "XLSX of 7 client employees' pre-exercise health questionnaire (DOB, medical history, medication) sent to the client's health team",
    "charset": "iso-2022-jp",
    "sender": "倉持 慎吾 <s-kuramochi@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 健康推進グループ 吉良様 <kira.h@kawasaki-denki.co.jp>"],
    "cc": ["早瀬 由希子 <hayase@hinode-sangyo.co.jp>"],
    "subject": "運動プログラム参加者 事前問診の集計（第1期）",
    "body": """吉良様

お世話になっております。日の出産業の倉持です。
第1期 運動習慣づくりプログラムの参加者の事前問診を集計しましたので、お送りします。
「要配慮」欄に○がついている方は、主治医の運動許可を取っていただくよう
御社からもお声がけいただけますと助かります。

""" + SIG_KURAMOCHI,
    "attachments": [{
        "kind": "xlsx", "name": "事前問診集計_第1期.xlsx",
        "sheets": {
            "問診一覧": [
                ["川崎電機株式会社 運動習慣づくりプログラム 事前問診集計（第1期）"],
                ["社員番号", "氏名", "生年月日", "既往歴・治療中の病気", "服薬", "要配慮"],
                ["K10482", "陣内 孝明", "1971/05/13", "2型糖尿病（HbA1c 7.8）", "メトホルミン", "○"],
                ["K10517", "赤城 麻衣", "1989/02/26", "なし", "なし", ""],
                ["K10533", "都築 康弘", "1966/09/01", "高血圧、脂質異常症", "降圧剤・スタチン", "○"],
                ["K10561", "乙部 千秋", "1993/04/17", "喘息（小児期〜）", "吸入薬", "○"],
                ["K10578", "宗像 賢", "1975/12/08", "椎間板ヘルニア（L4-5）手術歴", "なし", "○"],
                ["K10602", "桑名 ひとみ", "1982/07/21", "甲状腺機能低下症", "チラーヂン", "○"],
                ["K10619", "楠本 翼", "1998/10/30", "なし", "なし", ""],
            ],
            "集計": [
                ["項目", "人数"],
                ["参加者", 7],
                ["要配慮", 5],
            ],
        },
    }],
})

# ════════════════════════════════════════════════════════════════════════════════════
# STOP — three or more external parties visible to each other
# ════════════════════════════════════════════════════════════════════════════════════

MESSAGES.append({
    "id": "fitness-041",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "event invitation with four client companies' HR contacts all in To (should have been Bcc)",
    "charset": "iso-2022-jp",
    "sender": "加賀美 千尋 <c-kagami@hinode-sangyo.co.jp>",
    "to": ["川崎電機 吉良様 <kira.h@kawasaki-denki.co.jp>",
           "北国フーズ 福利厚生担当 <fukuri@kitaguni-foods.co.jp>",
           "玉川精工 総務課 湯浅様 <yuasa@tamagawa-seiko.co.jp>",
           "港ロジスティクス 労務課 小松様 <komatsu@minato-logi.co.jp>"],
    "subject": "【ご案内】法人会員様向け 春のウォーキングイベント（5/16）",
    "body": """法人会員ご担当者各位

いつもヒノデフィットネス法人プランをご利用いただき、ありがとうございます。
日の出産業 イベント企画チームの加賀美です。

法人会員の皆さまを対象に、春のウォーキングイベントを開催いたします。
社内でのご案内にご活用ください。

　日時：2026年5月16日（土）9:30集合（雨天中止）
　集合：御殿山庭園 正門前
　コース：御殿山〜品川区立しながわ中央公園（約6km）
　参加費：無料（法人会員様とそのご家族）
　申込締切：5月8日（金）

告知用のチラシ（PDF）は来週お送りします。
""" + SIG_EVENT,
})

MESSAGES.append({
    "id": "fitness-042",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "trial follow-up sent to five private persons' free-mail addresses all in To",
    "charset": "utf-8",
    "sender": "ヒノデフィットネス 五反田店 <gotanda@hinode-sangyo.co.jp>",
    "to": ["koharu.mizoe@gmail.com", "sato_k1984@yahoo.co.jp", "yuuki.amamiya@icloud.com",
           "t-hirakawa@docomo.ne.jp", "nori.ogasawara@outlook.jp"],
    "subject": "先日は体験レッスンにお越しいただきありがとうございました",
    "body": """先日は、ヒノデフィットネス五反田店の体験レッスンにお越しいただき、
誠にありがとうございました。

体験当日から7日以内にご入会いただくと、入会金・事務手数料が無料になります。
（4月15日まで／Webまたは店頭で手続きいただけます）

ご不明な点がございましたら、お気軽に店舗までお問い合わせください。
皆さまのご入会を、スタッフ一同お待ちしております。

ヒノデフィットネス 五反田店
〒141-0022 東京都品川区東五反田1-24-2 五反田スクエア4F
TEL 03-5420-6611（平日7:00〜23:00／土日祝9:00〜20:00）
""",
})

MESSAGES.append({
    "id": "fitness-043",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "shift-recruitment mail to one freelance trainer with four other freelancers' private addresses in Cc",
    "charset": "iso-2022-jp",
    "sender": "矢作 航 <w-yahagi@hinode-sangyo.co.jp>",
    "to": ["ryo.kanzaki.pt@gmail.com"],
    "cc": ["mari.shiratori.fit@gmail.com", "jo-hayama@yahoo.co.jp", "rina.morgan@icloud.com",
           "hajime.tochio@outlook.jp"],
    "subject": "GW期間のスポット枠 募集です",
    "body": """トレーナーの皆さん

お疲れさまです。横浜西口店の矢作です。
GW期間中（4/29〜5/6）、パーソナル予約が例年より多く入っているため、
スポットで入っていただける方を募集します。

　対象日：4/29、5/3、5/4、5/5
　時間帯：10:00〜14:00 / 14:00〜18:00
　報酬：通常単価＋1,000円／セッション

入れる日と時間帯を、4/20（月）までに返信ください。
先着順で調整します。
""" + SIG_TRAINER,
})

MESSAGES.append({
    "id": "fitness-044",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "two sponsor companies and a private influencer (gmail) visible to each other in To/Cc: three external parties",
    "charset": "utf-8",
    "sender": "加賀美 千尋 <c-kagami@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 広報 <pr@kitaguni-foods.co.jp>",
           "ミナトスポーツウェア マーケティング部 <mkt@minato-sportswear.co.jp>"],
    "cc": ["Yuna (fitness creator) <yuna.moves.official@gmail.com>"],
    "subject": "ヒノデ・フィットネスフェス 協賛・出演の最終確認",
    "body": """北国フーズ 広報ご担当様
ミナトスポーツウェア マーケティング部ご担当様
YUNAさん

お世話になっております。日の出産業の加賀美です。
6月13日（土）のフィットネスフェスについて、最終の進行表を共有いたします。

　10:00 開場・協賛ブース オープン（北国フーズ様：プロテインバー試食）
　11:00 オープニング（YUNAさん ダンスエクササイズ 30分）
　13:00 ミナトスポーツウェア様 新作ウェア ファッションショー
　15:00 抽選会・クロージング

SNSでの告知は5月20日に一斉解禁でお願いいたします。
""" + SIG_EVENT,
})

# ════════════════════════════════════════════════════════════════════════════════════
# STOP — look-alike recipient domains
# ════════════════════════════════════════════════════════════════════════════════════

MESSAGES.append({
    "id": "fitness-045",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "monthly club figures meant for a colleague, addressed to hinode-sangyou.co.jp (letter added to the own domain)",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 達也 <t-usami@hinode-sangyo.co.jp>",
    "to": ["エリアマネージャー 熊谷 <kumagai@hinode-sangyou.co.jp>"],
    "subject": "武蔵小杉店 3月度 月次報告",
    "body": """熊谷さん

お疲れさまです。武蔵小杉店の宇佐美です。
3月度の月次数値を報告します。

　在籍会員数：2,418名（前月比 +37）
　新規入会：96名（うち体験経由 71名）
　退会：59名
　パーソナル売上：1,842千円（予算比 104%）
　物販売上：611千円（プロテイン好調）

4月はGWの特別営業時間の告知を早めに出します。
詳細は来週の店長会議で説明します。

宇佐美
""",
})

MESSAGES.append({
    "id": "fitness-046",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "contract renewal mail to kawasaki-denkl.co.jp (l for i in the partner's domain)",
    "charset": "cp932",
    "sender": "倉持 慎吾 <s-kuramochi@hinode-sangyo.co.jp>",
    "to": ["吉良 裕子 <kira.h@kawasaki-denkl.co.jp>"],
    "subject": "法人プラン 次年度ご契約更新のご案内",
    "body": """川崎電機株式会社
人事部 健康推進グループ
吉良様

いつもお世話になっております。日の出産業の倉持です。

現在ご契約中の法人プラン（契約番号 HC-2023-0418）が、
6月30日で契約期間満了となりますので、更新のご案内をお送りいたします。

次年度は、オンラインレッスンの利用枠を月4回から月8回に拡大し、
料金は据え置きでご提案させていただきます。
ご検討のほど、よろしくお願いいたします。
""" + SIG_KURAMOCHI,
})

MESSAGES.append({
    "id": "fitness-047",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "mail to the bank at midori-ginko.jp (the partner's domain with co. dropped)",
    "charset": "iso-2022-jp",
    "sender": "城之内 早苗 <jonouchi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 法人営業部 佐伯様 <saeki@midori-ginko.jp>"],
    "subject": "口座振替手数料の改定について",
    "body": """みどり銀行 法人営業部
佐伯様

お世話になっております。日の出産業 経理部の城之内です。

先日ご案内いただいた口座振替手数料の改定（1件あたり 110円→132円）について、
当社は月約18,000件の振替がございますので、年間で相応の負担増となります。
件数ベースの段階料金のご提案が可能かどうか、ご検討いただけますでしょうか。

来週中にお打合せの時間をいただけますと幸いです。
""" + SIG_KEIRI,
})

MESSAGES.append({
    "id": "fitness-048",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "bug report addressed to tsubasa-sytsem.jp (two letters swapped in the partner's domain)",
    "charset": "utf-8",
    "sender": "情報システム課 桐生 <kiryu@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 本郷様 <hongo@tsubasa-sytsem.jp>"],
    "subject": "会員アプリ 予約画面のエラーについて（iOS 最新版）",
    "body": """本郷様

お世話になっております。日の出産業 情報システム課の桐生です。

会員アプリ（iOS版 v3.8.2）で、スタジオレッスンの予約画面を開くと
「E-4031 通信エラー」が表示される事象が、昨日夕方から複数店舗で報告されています。
Android版では発生していません。

　発生開始：4/7 17:30頃
　問い合わせ件数：本日12時時点で43件
　再現端末：iPhone 15 / iOS 19.4

暫定対応として、Web予約への誘導をアプリ内お知らせで出しています。
調査状況をご共有いただけますでしょうか。

----
日の出産業株式会社 管理本部 情報システム課
桐生 拓海 / 内線 3302
""",
})

MESSAGES.append({
    "id": "fitness-049",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "banquet booking to sakura-hote1.jp (digit 1 for letter l in the partner hotel's domain)",
    "charset": "iso-2022-jp",
    "sender": "加賀美 千尋 <c-kagami@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hote1.jp>"],
    "subject": "6/13 懇親会会場の仮予約について",
    "body": """さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業の加賀美です。

6月13日（土）フィットネスフェス終了後の懇親会について、
下記のとおり仮予約をお願いいたします。

　日時：2026年6月13日（土）18:00〜20:00
　人数：約60名（立食）
　会場：2F「桜の間」を希望
　ご予算：お一人様 7,000円（飲み放題込み）

5月末に人数を確定させます。見積書をお送りいただけますと幸いです。
""" + SIG_EVENT,
})

# ════════════════════════════════════════════════════════════════════════════════════
# STOP — confidentiality markings
# ════════════════════════════════════════════════════════════════════════════════════

MESSAGES.append({
    "id": "fitness-050",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "mail itself stamped 【社外秘】 (subject and body header) with the new-club opening plan, to a real-estate consultant",
    "charset": "iso-2022-jp",
    "sender": "店舗開発課 長谷川 <hasegawa-k@hinode-sangyo.co.jp>",
    "to": ["トチパートナーズ 物件開発部 <kaihatsu@tochi-partners.co.jp>"],
    "subject": "【社外秘】2027年度 新規出店計画（候補エリア）",
    "body": """━━━━━━━━━━━━━━━━━━━━
　　　　　　社外秘　／　取扱厳重注意
━━━━━━━━━━━━━━━━━━━━

トチパートナーズ株式会社
物件開発部 御中

お世話になっております。日の出産業 店舗開発課の長谷川です。
2027年度の新規出店計画（候補エリア）をお伝えします。
物件情報のご提案の参考にしてください。

　1. 川崎市高津区（溝の口駅周辺）　延床 1,200平米 以上／2027年春開業目標
　2. 横浜市港北区（新横浜駅周辺）　延床 1,500平米 以上／2027年秋開業目標
　3. 東京都大田区（蒲田駅周辺）　　延床 900平米 以上／24時間型

賃料上限は坪単価 1.4万円を目安としています。
競合他社の出店情報もお持ちでしたらお知らせください。

長谷川 敬
日の出産業株式会社 ウェルネス事業本部 店舗開発課
TEL 03-5436-2281
""",
})

MESSAGES.append({
    "id": "fitness-051",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "innocent cover mail; the attached DOCX campaign plan carries a 社外秘 page header (marking only inside the attachment)",
    "charset": "iso-2022-jp",
    "sender": "野々村 里佳 <r-nonomura@hinode-sangyo.co.jp>",
    "to": ["松永 智之 <matsunaga@sora-ad.co.jp>"],
    "subject": "夏の入会キャンペーン 企画書（たたき台）",
    "body": """松永様

お世話になっております。野々村です。
夏の入会キャンペーンの企画書（たたき台）をお送りします。
クリエイティブの方向性について、来週の定例でご意見をいただけますと嬉しいです。

""" + SIG_NONOMURA,
    "attachments": [{
        "kind": "docx", "name": "2026夏_入会キャンペーン企画書_v0.3.docx",
        "title": "2026夏 入会キャンペーン企画書",
        "page_header": "社外秘",
        "page_footer": "日の出産業株式会社 ウェルネス事業本部 マーケティング課",
        "paragraphs": [
            "2026年 夏の入会キャンペーン 企画書（たたき台 v0.3）",
            "1. 目的：7〜8月の新規入会 3,200名（前年比 115%）",
            "2. 施策：入会金0円＋月会費2ヶ月半額、友人紹介で双方にプロテイン1袋",
            "3. 予算：広告費 2,800万円（Web 65%、交通広告 20%、チラシ 15%）",
            "4. 想定粗利への影響：月会費半額による減収 約4,100万円（年間LTVで回収見込み）",
            "5. スケジュール：6/20 告知開始、7/1〜8/31 キャンペーン期間",
        ],
    }],
})

MESSAGES.append({
    "id": "fitness-052",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSX of corporate-plan discount terms marked 取扱注意 in its page header and title row, sent to an outside consultant",
    "charset": "cp932",
    "sender": "倉持 慎吾 <s-kuramochi@hinode-sangyo.co.jp>",
    "to": ["経営ラボ 伊吹様 <ibuki@keiei-lab.co.jp>"],
    "subject": "法人プラン価格見直しの検討資料",
    "body": """経営ラボ株式会社
伊吹様

お世話になっております。日の出産業の倉持です。
法人プランの価格見直しについて、現行の契約条件を一覧にしました。
次回のワークショップ前にご一読いただけますと幸いです。

""" + SIG_KURAMOCHI,
    "attachments": [{
        "kind": "xlsx", "name": "法人プラン契約条件一覧.xlsx",
        "page_header": "取扱注意",
        "sheets": {
            "契約条件": [
                ["【取扱注意】法人プラン 契約条件一覧（2026年3月末）"],
                ["顧客", "契約口数", "月額単価（税抜）", "標準単価比", "契約期限", "備考"],
                ["川崎電機", 320, 4200, "60%", "2026/06/30", "オンライン枠拡大で更新提案"],
                ["北国フーズ", 85, 5600, "80%", "2026/09/30", ""],
                ["玉川精工", 42, 6000, "86%", "2027/03/31", ""],
                ["港ロジスティクス", 150, 4800, "69%", "2026/12/31", "復職支援オプション"],
            ],
            "論点": [
                ["論点", "メモ"],
                ["大口割引の下限", "単価4,000円を下回らない"],
                ["利用率連動型", "利用率30%未満は翌年単価を下げる案"],
            ],
        },
    }],
})

MESSAGES.append({
    "id": "fitness-053",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "English mail; the attached PDF roll-out plan has a CONFIDENTIAL footer on every page",
    "charset": "utf-8",
    "sender": "Daisuke Tachibana <d-tachibana@hinode-sangyo.co.jp>",
    "to": ["Mark Ellison <m.ellison@ironpeak-equipment.com>"],
    "subject": "Equipment roll-out plan FY2026 for your quotation",
    "body": """Dear Mark,

Further to our video call, please find attached our equipment roll-out plan for FY2026.
We would appreciate your quotation for the strength machines by the end of April,
including installation and the 5-year maintenance contract.
""" + SIG_EN,
    "attachments": [{
        "kind": "pdf", "name": "Hinode_Fitness_Equipment_Rollout_FY2026.pdf",
        "title": "Equipment roll-out plan FY2026",
        "page_footer": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. - Internal Use Only",
        "lines": [
            "Hinode Fitness - Equipment Roll-out Plan FY2026",
            "",
            "1. Replacement of strength machines at 6 clubs (Osaki, Gotanda, Musashi-Kosugi, ...)",
            "2. New club openings: Mizonokuchi (spring 2027), Shin-Yokohama (autumn 2027)",
            "3. Budget ceiling: JPY 480 million incl. installation",
            "4. Current supplier contract ends 30 September 2026",
        ],
        "table": [
            ["Club", "Machines", "Target month", "Budget (JPY m)"],
            ["Osaki", "24", "2026-07", "92"],
            ["Gotanda", "18", "2026-08", "70"],
            ["Musashi-Kosugi", "20", "2026-10", "78"],
        ],
    }],
})

# ════════════════════════════════════════════════════════════════════════════════════
# STOP — attachments that cannot be read
# ════════════════════════════════════════════════════════════════════════════════════

MESSAGES.append({
    "id": "fitness-054",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) of contract documents; password to follow in a separate mail",
    "charset": "iso-2022-jp",
    "sender": "倉持 慎吾 <s-kuramochi@hinode-sangyo.co.jp>",
    "to": ["港ロジスティクス 総務部 法務担当 <houmu@minato-logi.co.jp>"],
    "subject": "【ヒノデ法人プラン】契約書類一式の送付",
    "body": """港ロジスティクス株式会社
総務部 法務ご担当者様

いつもお世話になっております。日の出産業の倉持です。
法人プランの契約書類一式（契約書・料金表・利用規約）をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールにてお送りします。

ご確認のほどよろしくお願いいたします。
""" + SIG_KURAMOCHI,
    "attachments": [{
        "kind": "zip", "name": "contract_minato_logi.zip", "password": "Hn7#wq2026",
        "files": [
            {"kind": "docx", "name": "法人プラン契約書.docx",
             "paragraphs": ["法人会員契約書", "日の出産業株式会社（以下「甲」）と港ロジスティクス株式会社（以下「乙」）は…"]},
            {"kind": "pdf", "name": "料金表.pdf", "lines": ["法人プラン料金表", "月額 4,800円/口（税抜）"]},
        ],
    }],
})

MESSAGES.append({
    "id": "fitness-055",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected (encrypted) PDF invoice that cannot be inspected",
    "charset": "utf-8",
    "sender": "城之内 早苗 <jonouchi@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    "subject": "【請求書】2026年3月分 法人プラン利用料",
    "body": """北国フーズ株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理部の城之内です。
2026年3月分の法人プラン利用料の請求書をお送りいたします。
PDFはパスワードで保護されております（パスワードは御社の取引先コードです）。

お支払期日：2026年4月30日
""" + SIG_KEIRI,
    "attachments": [{
        "kind": "pdf", "name": "請求書_INV-2603-0085.pdf", "password": "KF0412",
        "lines": ["請求書 INV-2603-0085", "北国フーズ株式会社 御中", "法人プラン利用料 85口 × 5,600円", "合計 523,600円（税込）"],
    }],
})

MESSAGES.append({
    "id": "fitness-056",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "corrupt XLSX attachment (truncated/garbled file) that cannot be opened or inspected",
    "charset": "iso-2022-jp",
    "sender": "加賀美 千尋 <c-kagami@hinode-sangyo.co.jp>",
    "to": ["フェスタプランニング 高村 <takamura@festa-planning.co.jp>"],
    "subject": "フィットネスフェス 備品リスト（最新版）",
    "body": """高村さん

お世話になっております。加賀美です。
フェスの備品リスト最新版をお送りします。
昨日お送りしたものから、テント2張とマット30枚を追加しています。

""" + SIG_EVENT,
    "attachments": [{"kind": "corrupt", "name": "fes_bihin_list_v5.xlsx"}],
})

MESSAGES.append({
    "id": "fitness-057",
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "corrupt PDF attachment that cannot be read",
    "charset": "cp932",
    "sender": "施設安全管理 守屋 <moriya@hinode-sangyo.co.jp>",
    "to": ["ケイビガード 川崎支社 警備課 <keibi-kawasaki@keibi-guard.co.jp>"],
    "subject": "夜間巡回ルート図（武蔵小杉店 改装後）",
    "body": """ケイビガード株式会社 川崎支社
警備課 長尾様

お世話になっております。日の出産業 施設安全管理の守屋です。
改装後の武蔵小杉店の夜間巡回ルート図をお送りします。
非常口の位置が変わっておりますので、ご確認をお願いします。

--
日の出産業株式会社 ウェルネス事業本部 施設安全管理
守屋 浩二　TEL 03-5436-2270
""",
    "attachments": [{"kind": "corrupt", "name": "junkai_route_kosugi.pdf"}],
})

# ════════════════════════════════════════════════════════════════════════════════════
# PASS — the hard everyday mail
# ════════════════════════════════════════════════════════════════════════════════════

MESSAGES.append({
    "id": "fitness-058",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to one trial applicant at her own gmail confirming her booking; only her own name and booking",
    "charset": "iso-2022-jp",
    "sender": "ヒノデフィットネス 大崎店 <osaki@hinode-sangyo.co.jp>",
    "to": ["樋渡 みなみ <minami.hiwatashi@gmail.com>"],
    "subject": "体験レッスンのご予約を承りました（4/11 10:00 大崎店）",
    "body": """樋渡 みなみ 様

このたびはヒノデフィットネスの体験レッスンにお申し込みいただき、
誠にありがとうございます。下記のとおりご予約を承りました。

　日時：2026年4月11日（土）10:00〜11:30
　店舗：ヒノデフィットネス 大崎店（大崎ガーデンタワー7F）
　内容：施設見学・カウンセリング・マシン体験

【お持ちもの】
　・運動できる服装、室内用シューズ、タオル
　・ご本人確認書類（入会をご希望の場合）

ご予約の変更・キャンセルは、前日までにお電話でご連絡ください。
当日お会いできますことを、スタッフ一同楽しみにしております。

ヒノデフィットネス 大崎店
TEL 03-5437-0081
""",
})

MESSAGES.append({
    "id": "fitness-059",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "monthly invoice cover with invoice number, the company's own T-number and its company bank account: no personal data",
    "charset": "cp932",
    "sender": "城之内 早苗 <jonouchi@hinode-sangyo.co.jp>",
    "to": ["川崎電機 経理部 買掛金グループ <kaikake@kawasaki-denki.co.jp>"],
    "subject": "ご請求書送付のご案内（INV-2603-0112）",
    "body": """川崎電機株式会社
経理部 買掛金グループ 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
2026年3月分の法人プラン利用料につきまして、下記のとおりご請求申し上げます。
請求書原本は本日郵送いたしました。

　請求書番号：INV-2603-0112
　ご契約番号：HC-2023-0418
　ご請求金額：1,478,400円（税込）
　　（法人プラン 320口 × 4,200円 ＋ 消費税）
　お支払期日：2026年4月30日（木）

【お振込先】
　みどり銀行 本店営業部（店番 001）普通預金 1234567
　口座名義：ヒノデサンギヨウ（カ

【適格請求書発行事業者登録番号】T4020001084417

ご不明な点がございましたら、経理部 城之内までお問い合わせください。
""" + SIG_KEIRI,
})

MESSAGES.append({
    "id": "fitness-060",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "price list of corporate plans to a prospective client: many numbers, no people",
    "charset": "iso-2022-jp",
    "sender": "倉持 慎吾 <s-kuramochi@hinode-sangyo.co.jp>",
    "to": ["朝日建材 総務部 福利厚生課 <fukuri@asahi-kenzai.co.jp>"],
    "subject": "法人プラン 料金のご案内",
    "body": """朝日建材株式会社
総務部 福利厚生課 星野様

先日はお時間をいただき、ありがとうございました。日の出産業の倉持です。
ご質問いただいた法人プランの料金を、下記のとおりご案内いたします。

プラン                    月額（1口・税抜）  利用可能店舗      備考
------------------------  -----------------  ----------------  ------------------
法人スタンダード          5,800円            全21店舗          最低10口〜
法人ナイト（18時以降）    4,200円            全21店舗          最低10口〜
法人オンライン            1,980円            オンラインのみ    ライブ配信月8回
ファミリー追加            3,300円            全21店舗          ご家族1名あたり
パーソナル回数券（10回）  55,000円           全21店舗          有効期限6ヶ月

※ 50口以上は別途お見積りいたします。
※ 入会金・事務手数料（通常 11,000円）は法人プランでは不要です。

見積書が必要でしたら、想定口数をお知らせください。
""" + SIG_KURAMOCHI,
})

MESSAGES.append({
    "id": "fitness-061",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "club directory (business addresses, phones, hours) for a client's intranet: a list of businesses, not people",
    "charset": "utf-8",
    "sender": "倉持 慎吾 <s-kuramochi@hinode-sangyo.co.jp>",
    "to": ["玉川精工 総務課 湯浅様 <yuasa@tamagawa-seiko.co.jp>"],
    "subject": "社内ポータル掲載用 店舗一覧",
    "body": """湯浅様

お世話になっております。日の出産業の倉持です。
社内ポータルに掲載いただく店舗一覧をお送りします（HTML表示の場合は表形式になります）。

■ ヒノデフィットネス 大崎店
　〒141-0032 東京都品川区大崎2-1-1 大崎ガーデンタワー7F
　TEL 03-5437-0081　平日 7:00〜23:00／土日祝 9:00〜20:00
■ ヒノデフィットネス 五反田店
　〒141-0022 東京都品川区東五反田1-24-2 五反田スクエア4F
　TEL 03-5420-6611　平日 7:00〜23:00／土日祝 9:00〜20:00
■ ヒノデフィットネス 武蔵小杉店
　〒211-0004 神奈川県川崎市中原区新丸子東2-905 ヒノデスクエア3F
　TEL 044-711-3380　24時間営業（スタッフ常駐 10:00〜21:00）
■ ヒノデフィットネス 横浜西口店
　〒220-0005 神奈川県横浜市西区南幸2-9-14 南幸ビル5F
　TEL 045-312-5506　平日 8:00〜23:00／土日祝 9:00〜21:00
■ ヒノデフィットネス 本厚木店（FC：株式会社ひなたスポーツ）
　〒243-0018 神奈川県厚木市中町3-12-7
　TEL 046-221-9030　平日 9:00〜22:00／土日祝 9:00〜20:00

法人会員証のご提示で、全店ご利用いただけます。
""" + SIG_KURAMOCHI,
    "html": """<html><body>
<p>湯浅様</p><p>社内ポータル掲載用の店舗一覧です。</p>
<table border="1" cellpadding="3">
<tr><th>店舗</th><th>住所</th><th>電話</th><th>営業時間</th></tr>
<tr><td>大崎店</td><td>東京都品川区大崎2-1-1 大崎ガーデンタワー7F</td><td>03-5437-0081</td><td>平日7-23／土日祝9-20</td></tr>
<tr><td>五反田店</td><td>東京都品川区東五反田1-24-2 五反田スクエア4F</td><td>03-5420-6611</td><td>平日7-23／土日祝9-20</td></tr>
<tr><td>武蔵小杉店</td><td>神奈川県川崎市中原区新丸子東2-905 ヒノデスクエア3F</td><td>044-711-3380</td><td>24時間</td></tr>
<tr><td>横浜西口店</td><td>神奈川県横浜市西区南幸2-9-14 南幸ビル5F</td><td>045-312-5506</td><td>平日8-23／土日祝9-21</td></tr>
<tr><td>本厚木店</td><td>神奈川県厚木市中町3-12-7</td><td>046-221-9030</td><td>平日9-22／土日祝9-20</td></tr>
</table></body></html>""",
})

MESSAGES.append({
    "id": "fitness-062",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of partner clinics/osteopaths (businesses with phone and address) attached as XLSX; health words but no person",
    "charset": "iso-2022-jp",
    "sender": "早瀬 由希子 <hayase@hinode-sangyo.co.jp>",
    "to": ["港ロジスティクス 人事部 労務課 小松様 <komatsu@minato-logi.co.jp>"],
    "subject": "提携医療機関・整骨院のご案内",
    "body": """小松様

お世話になっております。日の出産業 法人ウェルネスの早瀬です。
法人プランの付帯サービスで優待を受けられる提携医療機関・整骨院の一覧を添付します。
腰痛や肩こり、スポーツ障害のご相談先として、社内でご案内いただければ幸いです。

早瀬 由希子
日の出産業株式会社 法人ウェルネス営業部 TEL 03-5436-2235
""",
    "attachments": [{
        "kind": "xlsx", "name": "提携医療機関一覧_2026.xlsx",
        "sheets": {"提携先": [
            ["ヒノデフィットネス 提携医療機関・整骨院一覧（2026年4月）"],
            ["区分", "名称", "所在地", "電話", "優待内容"],
            ["整形外科", "川崎中央整形外科クリニック", "神奈川県川崎市中原区小杉町3-264", "044-722-5100", "初診時の待ち時間優先"],
            ["整形外科", "横浜西整形外科", "神奈川県横浜市西区北幸1-11-5", "045-314-2288", "リハビリ相談無料"],
            ["整骨院", "大崎ほねつぎ整骨院", "東京都品川区大崎3-5-2", "03-3490-7716", "自費施術10%引"],
            ["整骨院", "五反田スポーツ整骨院", "東京都品川区西五反田2-8-1", "03-3779-4452", "テーピング無料"],
            ["鍼灸", "武蔵小杉はり灸院", "神奈川県川崎市中原区新丸子町733", "044-733-0918", "初回1,000円引"],
            ["管理栄養士", "みなと栄養相談室", "東京都港区高輪3-25-22", "03-6450-3321", "食事指導割引"],
        ]},
    }],
})

MESSAGES.append({
    "id": "fitness-063",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "seminar invitation whose titles are health words (腰痛, 生活習慣病, 糖尿病予防, メンタルヘルス) not about any person",
    "charset": "iso-2022-jp",
    "sender": "早瀬 由希子 <hayase@hinode-sangyo.co.jp>",
    "to": ["北国フーズ 人事部 福利厚生担当 <fukuri@kitaguni-foods.co.jp>"],
    "subject": "健康経営セミナー（オンライン）開催のご案内",
    "body": """北国フーズ株式会社
人事部 福利厚生ご担当者様

いつもお世話になっております。日の出産業 法人ウェルネスの早瀬です。
法人会員企業様向けに、以下のオンラインセミナーを開催いたします。

　第1回 5/14（木）12:10〜12:50
　　「デスクワークの腰痛・肩こり予防 ― 1日5分のストレッチ」
　第2回 6/11（木）12:10〜12:50
　　「生活習慣病と運動 ― 糖尿病・高血圧の予防は筋肉から」
　第3回 7/9（木）12:10〜12:50
　　「睡眠とメンタルヘルス ― 在宅勤務時代のセルフケア」

講師：ヒノデフィットネス 運動指導士／管理栄養士
参加費：無料（法人プランご契約企業の従業員様）
お申込み：社内でとりまとめのうえ、参加人数のみお知らせください。

特定保健指導の対象になった方への運動プログラムのご案内も、あわせてご用意しています。

早瀬 由希子
日の出産業株式会社 法人ウェルネス営業部 TEL 03-5436-2235
""",
})

MESSAGES.append({
    "id": "fitness-064",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "supplement purchase order: product names with health words (関節ケア, 血糖値), order number, JAN codes",
    "charset": "cp932",
    "sender": "購買課 間宮 <mamiya@hinode-sangyo.co.jp>",
    "to": ["ニュートリジャパン 営業部 <sales@nutri-japan.co.jp>"],
    "subject": "発注書 PO-26-04-0317（店舗物販用サプリメント）",
    "body": """ニュートリジャパン株式会社
営業部 御中

いつもお世話になっております。日の出産業 購買課の間宮です。
店舗物販用サプリメントを下記のとおり発注いたします。

発注番号：PO-26-04-0317
納品先：日の出産業 物流センター（〒140-0003 東京都品川区八潮2-9-1）
希望納期：4月20日（月）午前着

品番        商品名                                 JAN              数量  単価（税抜）
NJ-GL120    グルコサミン＆コンドロイチン 関節ケア  4580123456786    120   1,680
NJ-WP1KG    ホエイプロテイン 1kg ココア            4580123456793    300   3,200
NJ-BG60     血糖値が気になる方の難消化性デキストリン 4580123456809   60    1,450
NJ-BCAA     BCAA 2500 レモン                       4580123456816    200   2,100

請求書は月末締めでお願いいたします。

間宮 健太郎
日の出産業株式会社 管理本部 購買課 TEL 03-5436-2150
""",
})

MESSAGES.append({
    "id": "fitness-065",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "infection-control guideline for the cleaning contractor: health words (感染症, 発熱, ノロウイルス) as policy, no person",
    "charset": "iso-2022-jp",
    "sender": "施設安全管理 守屋 <moriya@hinode-sangyo.co.jp>",
    "to": ["クリーンワークス 品質管理部 <hinshitsu@cleanworks.co.jp>"],
    "subject": "感染症対策ガイドライン改訂（第5版）のご連絡",
    "body": """株式会社クリーンワークス
品質管理部 御中

いつもお世話になっております。日の出産業 施設安全管理の守屋です。
当社店舗の感染症対策ガイドラインを改訂しましたので、要点をお知らせします。

1. 嘔吐物の処理（ノロウイルス対策）
　 次亜塩素酸ナトリウム 0.1% で処理し、使用した資材はビニール袋で二重に密閉。
2. 発熱・体調不良のスタッフ
　 37.5℃以上の発熱がある場合は作業に入らず、現場責任者へ連絡。
3. 更衣室・シャワー室の消毒頻度
　 1日3回（10時・15時・20時）に変更。
4. マシン類の拭き上げ
　 アルコール 70% 以上の製品を使用。

改訂版の全文は、来週の定例会議で紙でお渡しします。
""",
})

MESSAGES.append({
    "id": "fitness-066",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA (秘密保持契約) with the system vendor before sharing app specs; no marking, no data",
    "charset": "iso-2022-jp",
    "sender": "情報システム課 桐生 <kiryu@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 営業部 <sales@tsubasa-system.jp>"],
    "subject": "会員アプリ刷新の件：秘密保持契約の締結について",
    "body": """ツバサシステム株式会社
営業部 ご担当者様

お世話になっております。日の出産業 情報システム課の桐生です。

会員アプリ刷新のRFPをお渡しする前に、秘密保持契約（NDA）の締結をお願いしたく存じます。
当社の標準ひな形を法務から送付いたしますので、修正のご希望があれば
変更履歴付きでお戻しください。

なお、会員データそのものは、NDA締結後も本番データはお渡しせず、
マスキング済みのサンプルのみをご提供する予定です。

----
日の出産業株式会社 管理本部 情報システム課
桐生 拓海 / 内線 3302
""",
})

MESSAGES.append({
    "id": "fitness-067",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "NDA draft DOCX whose clauses define 機密情報 — the word in the contract text, not a classification stamp",
    "charset": "utf-8",
    "sender": "法務課 宮内 <miyauchi@hinode-sangyo.co.jp>",
    "to": ["朝日建材 総務部 法務担当 <houmu@asahi-kenzai.co.jp>"],
    "subject": "秘密保持契約書（案）の送付",
    "body": """朝日建材株式会社
総務部 法務ご担当者様

お世話になっております。日の出産業株式会社 法務課の宮内でございます。
法人プラン導入のご検討にあたり、秘密保持契約書（案）をお送りいたします。
ご確認のうえ、修正点がございましたら変更履歴にてご指摘ください。

宮内 聡子
日の出産業株式会社 管理本部 法務課 TEL 03-5436-2120
""",
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書（案）_朝日建材様.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と朝日建材株式会社（以下「乙」という。）は、"
            "甲の提供する法人向けウェルネスサービスの導入検討（以下「本目的」という。）に関し、次のとおり契約を締結する。",
            "第1条（機密情報の定義）本契約において機密情報とは、本目的のために一方当事者が相手方に開示する"
            "技術上、営業上その他一切の情報であって、開示の際に機密である旨が明示されたものをいう。",
            "第2条（機密保持義務）受領者は、機密情報を善良な管理者の注意をもって管理し、第三者に開示・漏えいしてはならない。",
            "第3条（個人情報の取扱い）従業員の個人情報の授受が必要となった場合は、別途覚書を締結する。",
            "第4条（有効期間）本契約の有効期間は締結日から2年間とする。",
        ],
    }],
})

MESSAGES.append({
    "id": "fitness-068",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English parts order to a foreign supplier with order and part numbers and a standard confidentiality disclaimer",
    "charset": "utf-8",
    "sender": "Daisuke Tachibana <d-tachibana@hinode-sangyo.co.jp>",
    "to": ["Parts Desk <parts@ironpeak-equipment.com>"],
    "subject": "PO HS-26-0441 - treadmill spare parts",
    "body": """Dear Parts Desk,

Please find below our order for spare parts for the IronPeak T900 treadmills.

  PO number:        HS-26-0441
  Customer account: JP-HIN-00217
  Ship to:          Hinode Sangyo Logistics Center, 2-9-1 Yashio, Shinagawa-ku, Tokyo 140-0003

  Part no.      Description                  Qty   Unit (USD)
  T900-BLT-22   Running belt 22"              6     245.00
  T900-MTR-03   Drive motor 3.0HP             2   1,180.00
  T900-SFK-01   Safety key with magnet       20       8.50

Please confirm the delivery date and send the proforma invoice.
""" + SIG_EN + "\n" + DISCLAIMER_EN,
})

MESSAGES.append({
    "id": "fitness-069",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "routine meeting arrangement with the partner hotel ending in the Japanese 機密情報 disclaimer",
    "charset": "iso-2022-jp",
    "sender": "加賀美 千尋 <c-kagami@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会営業 藤岡様 <fujioka@sakura-hotel.jp>"],
    "subject": "RE: 会場下見の日程について",
    "body": """藤岡様

お世話になっております。日の出産業の加賀美です。
会場下見の件、4月22日（水）14時でお願いできますでしょうか。
当日は弊社から2名で伺います。音響設備と搬入口の確認をさせてください。

よろしくお願いいたします。
""" + SIG_EVENT + DISCLAIMER_JA,
})

MESSAGES.append({
    "id": "fitness-070",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply to the franchise partner; the member's phone, address and DOB appear only in '>' quoted text they sent",
    "charset": "iso-2022-jp",
    "sender": "氷室 恵 <support-fit@hinode-sangyo.co.jp>",
    "to": ["ひなたスポーツ 本部 会員管理 <kaiin@hinata-sports.co.jp>"],
    "subject": "Re: 会員情報の照合について（相互利用）",
    "body": """ひなたスポーツ 会員管理ご担当様

お世話になっております。会員サポートセンターの氷室です。
照合いたしました。いただいた内容は当社の登録情報と一致しております。
相互利用登録をお進めください。

""" + SIG_SUPPORT + """

> ヒノデフィットネス 会員サポートセンター様
>
> お世話になっております。ひなたスポーツ本部の辻本です。
> 本厚木店で相互利用を希望された方の照合をお願いします。
>
> 　氏名：能登 健司
> 　生年月日：1984年10月6日
> 　住所：神奈川県川崎市中原区市ノ坪66-3 コーポ市ノ坪B-2
> 　電話：080-9952-3361
>
> よろしくお願いいたします。
""",
})

_ORIG_LIST = "\n".join([
    "No. 氏名 所属 内線 メール",
    "1 広岡 篤史 設計一部 4412 a.hirooka@kawasaki-denki.co.jp",
    "2 月岡 悠 人事部 2208 yu.tsukioka@kawasaki-denki.co.jp",
    "3 弓削 貴之 製造二課 5531 t.yuge@kawasaki-denki.co.jp",
    "4 萩原 美里 品質管理部 3306 misato.hagiwara@kawasaki-denki.co.jp",
    "5 竹中 一馬 海外営業部 6620 k.takenaka@kawasaki-denki.co.jp",
    "6 常盤 里沙 経理部 1107 risa.tokiwa@kawasaki-denki.co.jp",
])

MESSAGES.append({
    "id": "fitness-071",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "reply acknowledging the client's sign-up list; the 6 employees appear only below -----Original Message----- (the client's own mail)",
    "charset": "cp932",
    "sender": "倉持 慎吾 <s-kuramochi@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 健康推進グループ 吉良様 <kira.h@kawasaki-denki.co.jp>"],
    "subject": "RE: 運動プログラム第2期 参加申込",
    "body": """吉良様

お世話になっております。日の出産業の倉持です。
第2期の参加申込、6名様分確かに承りました。
初回オリエンテーション（5/12 18:30〜、大崎店）のご案内は、
来週、皆さまに個別にお送りします。

引き続きよろしくお願いいたします。
""" + SIG_KURAMOCHI + """

-----Original Message-----
From: 吉良 裕子 <kira.h@kawasaki-denki.co.jp>
Sent: Tuesday, April 14, 2026 5:12 PM
To: 倉持 慎吾 <s-kuramochi@hinode-sangyo.co.jp>
Subject: 運動プログラム第2期 参加申込

倉持様

お世話になっております。川崎電機の吉良です。
第2期の参加者が決まりましたので、お知らせします。

""" + _ORIG_LIST + """

よろしくお願いいたします。
吉良
""",
})

MESSAGES.append({
    "id": "fitness-072",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English reply thanking the hotel; the guest's passport details appear only in the quoted 'On … wrote:' text",
    "charset": "utf-8",
    "sender": "Chihiro Kagami <c-kagami@hinode-sangyo.co.jp>",
    "to": ["Sakura Hotel Group Sales <groupsales@sakura-hotel.jp>"],
    "subject": "Re: Booking confirmation - Ms. Hartley (12-15 June)",
    "body": """Dear Ms. Fujioka,

Thank you for the confirmation. Everything looks correct.
Could you also arrange a late check-out (13:00) on 15 June if possible?

Best regards,
Chihiro Kagami
Hinode Sangyo Co., Ltd.

On Wed, 15 Apr 2026 at 11:02, Sakura Hotel Group Sales <groupsales@sakura-hotel.jp> wrote:
> Dear Ms. Kagami,
>
> We are pleased to confirm the reservation below.
>
>   Guest:        Olivia Grace HARTLEY
>   Passport No.: PA4471938
>   Date of birth: 14 March 1989
>   Stay:         12-15 June 2026, twin for single use
>   Confirmation: SKR-88120457
>
> Kind regards,
> Aya Fujioka, Group Sales
""",
})

_INTERNAL_CSV = [["会員番号", "氏名", "電話", "メール", "生年月日", "プラン"]]
for _r in [("K-230011", "門脇 理恵", "090-1122-5478", "rie.kadowaki@gmail.com", "1990/02/14", "レギュラー"),
           ("K-230014", "砂田 守", "080-4456-7710", "m.sunada@yahoo.co.jp", "1972/08/30", "デイタイム"),
           ("K-230019", "ハリス 晴", "070-2283-1946", "haru.harris@icloud.com", "1999/05/05", "ナイト"),
           ("K-230027", "姉川 智子", "090-6630-2281", "t.anegawa@outlook.jp", "1983/11/19", "レギュラー"),
           ("K-230033", "鹿島田 翔", "080-7784-3309", "sho.kashimada@gmail.com", "1995/07/02", "レギュラー"),
           ("K-230041", "宇野 紀子", "03-3785-6624", "noriko.uno@nifty-mail.jp", "1958/03/27", "シニア")]:
    _INTERNAL_CSV.append(list(_r))

MESSAGES.append({
    "id": "fitness-073",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "member list CSV sent between two colleagues — every recipient internal",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 達也 <t-usami@hinode-sangyo.co.jp>",
    "to": ["大崎店 副店長 稲森 <inamori@hinode-sangyo.co.jp>"],
    "subject": "4月 移籍会員リスト（武蔵小杉→大崎）",
    "body": """稲森さん

お疲れさまです。宇佐美です。
4月から大崎店に所属店舗を変更する会員さんのリストです。
ロッカーの割り当てと、ウェルカムのご連絡をお願いします。

宇佐美
""",
    "attachments": [{"kind": "csv", "name": "iseki_kosugi_to_osaki.csv", "encoding": "cp932",
                     "rows": _INTERNAL_CSV}],
})

MESSAGES.append({
    "id": "fitness-074",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "trainers' マイナンバー spreadsheet sent to internal accounting on the internal subdomain only",
    "charset": "utf-8",
    "sender": "人事総務課 国枝 <kunieda@hinode-sangyo.co.jp>",
    "to": ["経理部 収納管理課 城之内 <jonouchi@mail.hinode-sangyo.co.jp>"],
    "subject": "【社内】トレーナー個人番号の回収分（3名）",
    "body": """城之内さん

お疲れさまです。人事総務の国枝です。
業務委託トレーナーの個人番号、未回収だった3名分が揃いました。
支払調書の作成にお使いください。ファイルは作業後に削除をお願いします。

国枝
""",
    "attachments": [{"kind": "xlsx", "name": "mynumber_trainers_add.xlsx", "sheets": {"追加3名": [
        ["氏名", "住所", "個人番号", "本人確認"],
        ["葉山 丈", "神奈川県横浜市西区浅間町3-171-2 ベルテ浅間508", my_number(74001), "運転免許証"],
        ["白鳥 茉莉", "東京都大田区蒲田5-30-11-402", my_number(74002), "番号カード"],
        ["栃尾 創", "神奈川県藤沢市鵠沼橘1-4-18", my_number(74003), "番号カード"],
    ]}}],
})

MESSAGES.append({
    "id": "fitness-075",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "injury report with a named member's diagnosis to the internal safety committee — all recipients internal",
    "charset": "iso-2022-jp",
    "sender": "施設安全管理 守屋 <moriya@hinode-sangyo.co.jp>",
    "to": ["安全衛生委員会 <anzen-iinkai@hinode-sangyo.co.jp>"],
    "cc": ["宇佐美 達也 <t-usami@hinode-sangyo.co.jp>", "篠原 <shinohara@mail.hinode-sangyo.co.jp>"],
    "subject": "【事故速報】3月発生 2件（武蔵小杉店・横浜西口店）",
    "body": """安全衛生委員会 各位

施設安全管理の守屋です。3月に発生した会員の負傷事故2件を速報します。

1) 3/18 武蔵小杉店：鮫島 伸也さん、ベンチプレスのセーフティピン外れによる
   左第4中手骨骨折（手術予定）。全店のピン点検を4/10までに実施。
2) 3/29 横浜西口店：吉備 瑠璃子さん、スタジオ床の水分で転倒、右腓腹筋の肉離れ。
   アキレス腱断裂の既往あり。清掃手順を改訂済み。

詳細は4/20の委員会で報告します。

守屋
""",
})

MESSAGES.append({
    "id": "fitness-076",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "【社外秘】-stamped management report, but To/Cc are all internal",
    "charset": "cp932",
    "sender": "事業企画 有村 <arimura@hinode-sangyo.co.jp>",
    "to": ["ウェルネス事業本部 部長会 <wellness-bucho@hinode-sangyo.co.jp>"],
    "cc": ["arimura@hinode-sangyo.co.jp"],
    "subject": "【社外秘】2025年度 ウェルネス事業 業績見込みと次年度予算案",
    "body": """【社外秘】

部長各位

事業企画の有村です。2025年度の業績見込みと、2026年度の予算案（一次）を共有します。

　2025年度見込：売上高 68.4億円（予算比 101.2%）、営業利益 5.1億円
　2026年度案　：売上高 74.0億円、営業利益 6.0億円
　　・新店2店（溝の口・新横浜）は2027年度開業のため、開業準備費のみ計上
　　・法人プランは契約口数 +18% を前提

4/24の経営会議に諮る前に、各部のコメントを4/21までにください。

有村 浩平
日の出産業株式会社 ウェルネス事業本部 事業企画課
""",
})

MESSAGES.append({
    "id": "fitness-077",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four guests' names and mobiles for seating at the partner hotel: under five people, may be warned",
    "charset": "iso-2022-jp",
    "sender": "加賀美 千尋 <c-kagami@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会営業 藤岡様 <fujioka@sakura-hotel.jp>"],
    "subject": "6/13 懇親会 来賓席のご相談",
    "body": """藤岡様

お世話になっております。日の出産業の加賀美です。
6/13の懇親会で、来賓席（前方の丸テーブル）をご用意いただきたい方が4名いらっしゃいます。
当日、会場到着が遅れる場合はご本人からホテルへ連絡が入るかもしれませんので、
念のため連絡先もお伝えしておきます。

　北国フーズ 広報部長　　　大鷹 隆　様　　090-4471-0028
　ミナトスポーツウェア 社長　湊谷 英司 様　080-3319-5562
　湘南ベイリレーマラソン実行委員長　波佐間 修 様　090-7720-1846
　フィットネスクリエイター　YUNA（結城 優奈）様　070-6638-2291

よろしくお願いいたします。
""" + SIG_EVENT,
})

MESSAGES.append({
    "id": "fitness-078",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two staff trainers dispatched to a client's on-site class, with their work mobiles: two people's contacts",
    "charset": "utf-8",
    "sender": "倉持 慎吾 <s-kuramochi@hinode-sangyo.co.jp>",
    "to": ["川崎電機 総務部 施設課 <shisetsu@kawasaki-denki.co.jp>"],
    "subject": "出張ストレッチ教室（4/23）講師のご連絡",
    "body": """川崎電機株式会社
総務部 施設課 御中

お世話になっております。日の出産業の倉持です。
4月23日（木）昼休みの出張ストレッチ教室について、当日の講師をお知らせします。
入館証の発行をお願いいたします。

　講師：矢作 航（パーソナルトレーニング チーフ）　当日連絡先 080-2216-7743
　補助：榊原 美空（トレーナー）　　　　　　　　　当日連絡先 090-2241-7793

11:40に正門受付へ伺います。ヨガマット20枚は弊社で持参いたします。
""" + SIG_KURAMOCHI,
})

MESSAGES.append({
    "id": "fitness-079",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "hands one sponsor contact person's business details to the printer: a single person's contact",
    "charset": "iso-2022-jp",
    "sender": "加賀美 千尋 <c-kagami@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 大野様 <ohno@nishiki-insatsu.co.jp>"],
    "subject": "フェス協賛パネルの校正確認先について",
    "body": """大野様

お世話になっております。日の出産業の加賀美です。
協賛パネルのうち、北国フーズ様のロゴ部分の校正は、先方のご担当者に
直接ご確認いただくことになりました。お手数ですが下記までご連絡ください。

　北国フーズ株式会社 広報部
　大鷹 隆 様
　直通 011-206-4418 ／ takashi.otaka@kitaguni-foods.co.jp

校了は5月22日を予定しています。
""" + SIG_EVENT,
})

MESSAGES.append({
    "id": "fitness-080",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "three-way meeting mail: the client company and the system vendor in To/Cc (two external organisations)",
    "charset": "iso-2022-jp",
    "sender": "情報システム課 桐生 <kiryu@hinode-sangyo.co.jp>",
    "to": ["川崎電機 情報システム部 宇佐見様 <usami-k@kawasaki-denki.co.jp>"],
    "cc": ["ツバサシステム 本郷様 <hongo@tsubasa-system.jp>", "倉持 慎吾 <s-kuramochi@hinode-sangyo.co.jp>"],
    "subject": "法人会員のSSO連携 打合せ日程のご相談",
    "body": """川崎電機株式会社 情報システム部 宇佐見様
（cc：ツバサシステム 本郷様）

お世話になっております。日の出産業 情報システム課の桐生です。

法人会員の入会手続きを御社の社内ポータルからシングルサインオンで行う件について、
3社で仕様の打合せをさせていただきたく、候補日をお送りします。

　・4月21日（火）15:00〜16:00
　・4月23日（木）10:00〜11:00
　・4月24日（金）16:00〜17:00

Teamsでの開催を想定しております。ご都合をお知らせください。

----
日の出産業株式会社 管理本部 情報システム課
桐生 拓海 / 内線 3302
""",
})

MESSAGES.append({
    "id": "fitness-081",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "12-digit parcel tracking numbers for shipped corporate member cards — look like My Numbers but are not",
    "charset": "cp932",
    "sender": "倉持 慎吾 <s-kuramochi@hinode-sangyo.co.jp>",
    "to": ["玉川精工 総務課 湯浅様 <yuasa@tamagawa-seiko.co.jp>"],
    "subject": "法人会員証の発送完了のお知らせ",
    "body": """湯浅様

お世話になっております。日の出産業の倉持です。
4月追加分の法人会員証（計9枚）を、本日青葉運輸にて発送いたしました。
3箇所に分けてお送りしておりますので、お問い合わせ番号をご案内します。

　本社 総務課宛（4枚）　　お問い合わせ番号 4418-2207-6942
　相模原工場 総務係宛（3枚） お問い合わせ番号 4418-2207-6977
　厚木テクニカルセンター宛（2枚） お問い合わせ番号 4418-2207-6985

お届け予定は明日午前中です。
""" + SIG_KURAMOCHI,
})

MESSAGES.append({
    "id": "fitness-082",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "repair request with 16-digit machine serial numbers (not card numbers) and a ticket number",
    "charset": "utf-8",
    "sender": "宇佐美 達也 <t-usami@hinode-sangyo.co.jp>",
    "to": ["フィットメンテ サービス受付 <service@fitmente.co.jp>"],
    "subject": "修理依頼：トレッドミル2台（武蔵小杉店）",
    "body": """株式会社フィットメンテ
サービス受付 御中

お世話になっております。ヒノデフィットネス武蔵小杉店の宇佐美です。
トレッドミル2台の修理をお願いします。

1) 機種：IronPeak T900　製造番号：4021 8876 5530 1192
　 症状：速度10km/h以上でベルトが滑る、異音あり
2) 機種：IronPeak T900　製造番号：4021 8876 5530 1309
　 症状：傾斜が変更できない（E-17表示）

保守契約番号：FM-MC-2024-0087
来店可能日：平日10時〜16時（事前にお電話ください）

""" + SIG_KOSUGI,
})

MESSAGES.append({
    "id": "fitness-083",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "declines to send member data 'because it is 機密性の高い情報' and sends age-band counts instead: the word in passing, aggregates only",
    "charset": "iso-2022-jp",
    "sender": "野々村 里佳 <r-nonomura@hinode-sangyo.co.jp>",
    "to": ["松永 智之 <matsunaga@sora-ad.co.jp>"],
    "subject": "Re: ターゲティング用の会員データについて",
    "body": """松永様

お世話になっております。野々村です。
ご依頼の会員データの件、社内で確認しましたが、会員の個人情報は機密性の高い情報として
扱っており、規程上、社外へのメール送付はできないとのことでした。申し訳ありません。

代わりに、広告ターゲティングの参考として年代・性別の構成比をお送りします。

　年代　　男性　　女性
　20代　　 8.1%　 11.4%
　30代　　12.6%　 13.9%
　40代　　14.2%　 12.0%
　50代　　 9.8%　  8.3%
　60代以上 5.1%　  4.6%
　（2026年3月末 在籍会員 28,412名）

ご不明点があればお知らせください。
""" + SIG_NONOMURA,
})

MESSAGES.append({
    "id": "fitness-084",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "lease renewal with 和暦 contract dates, a building's construction date and deadlines — dates that are not birth dates",
    "charset": "iso-2022-jp",
    "sender": "店舗開発課 長谷川 <hasegawa-k@hinode-sangyo.co.jp>",
    "to": ["新丸子ビルマネジメント 賃貸管理部 <chintai@shinmaruko-bm.co.jp>"],
    "subject": "ヒノデスクエア3F 賃貸借契約更新の件",
    "body": """新丸子ビルマネジメント株式会社
賃貸管理部 御中

いつもお世話になっております。日の出産業 店舗開発課の長谷川です。
武蔵小杉店（ヒノデスクエア3F）の賃貸借契約更新について、下記のとおり確認させてください。

　現契約期間：平成28年4月1日〜令和8年3月31日
　更新後期間：令和8年4月1日〜令和13年3月31日（5年）
　建物竣工：昭和63年11月（耐震補強工事 平成24年7月完了）
　更新料：新賃料の1ヶ月分（令和8年5月末日までにお支払い）

なお、H30.9.1付の覚書（看板設置に関する条項）は、更新後も有効との理解でよろしいでしょうか。

長谷川 敬
日の出産業株式会社 ウェルネス事業本部 店舗開発課 TEL 03-5436-2281
""",
})

MESSAGES.append({
    "id": "fitness-085",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "wholesale price list with 13-digit JAN codes and product codes for a drugstore chain — ID-like numbers, no people",
    "charset": "cp932",
    "sender": "物販企画 浜野 <hamano@hinode-sangyo.co.jp>",
    "to": ["くすりのあおい 商品部 <shohin@kusuri-no-aoi.co.jp>"],
    "subject": "ヒノデオリジナルプロテイン 卸価格表（2026年5月改定）",
    "body": """株式会社くすりのあおい
商品部 バイヤー 森田様

いつもお世話になっております。日の出産業 物販企画の浜野です。
5月出荷分からの卸価格表をお送りします。原材料高騰のため、一部価格を改定いたします。

商品コード, JANコード, 商品名, 入数, 卸単価（税抜）, 希望小売価格（税抜）
HP-WH-CO1, 4589901234560, ヒノデ ホエイプロテイン ココア 1kg, 6, 2760, 3980
HP-WH-VA1, 4589901234577, ヒノデ ホエイプロテイン バニラ 1kg, 6, 2760, 3980
HP-SY-MC7, 4589901234584, ヒノデ ソイプロテイン 抹茶 700g, 8, 2150, 3180
HP-BR-CH12, 4589901234591, プロテインバー チョコ 12本, 10, 1560, 2280

発注締切は毎週水曜12時です。引き続きよろしくお願いいたします。

浜野 遥
日の出産業株式会社 ウェルネス事業本部 物販企画 TEL 03-5436-2290
""",
})

MESSAGES.append({
    "id": "fitness-086",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate results of a client's health questionnaire (percentages of 腰痛, 高血圧…): health words, no individual",
    "charset": "utf-8",
    "sender": "早瀬 由希子 <hayase@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 健康推進グループ 吉良様 <kira.h@kawasaki-denki.co.jp>"],
    "subject": "健康アンケート 集計結果（全社・部門別）",
    "body": """吉良様

お世話になっております。日の出産業 法人ウェルネスの早瀬です。
3月に実施いただいた健康アンケートの集計結果をお送りします。
個人が特定されないよう、回答者10名未満の区分は「その他」にまとめています。

回答者数：312名（回答率 71%）

項目                        全社    製造部門  事務部門
--------------------------  ------  --------  --------
腰痛がある                  34.6%   41.2%     27.9%
肩こり・首の痛み            52.2%   38.0%     66.5%
高血圧を指摘された          12.2%   14.8%      9.6%
週1回以上運動している       28.5%   24.1%     33.0%
睡眠で休養が取れていない    31.7%   35.5%     27.8%

製造部門は腰痛の割合が高いため、始業前の腰痛予防体操のご提案をさせてください。

早瀬 由希子
日の出産業株式会社 法人ウェルネス営業部 TEL 03-5436-2235
""",
})

MESSAGES.append({
    "id": "fitness-087",
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "English confirmation to a foreign running club naming two invited runners with bib numbers: two people",
    "charset": "utf-8",
    "sender": "Chihiro Kagami <c-kagami@hinode-sangyo.co.jp>",
    "to": ["Club Secretary <secretary@harbour-runners.com.au>"],
    "subject": "Shonan Bay Relay Marathon - invited runners confirmed",
    "body": """Dear Ben,

Great news - both of your runners are confirmed for the Shonan Bay Relay Marathon
on Sunday 31 May as guests of the Hinode Fitness team:

  Bib 1207  Tom Whitaker   (leg 3, 5 km)
  Bib 1208  Priya Nair     (leg 5, 5 km)

Bibs can be collected at the Hinode Fitness tent (near the start) from 7:30.
We will send the hotel details separately.

Best wishes,
Chihiro Kagami
Event Planning Team, Hinode Sangyo Co., Ltd.
""",
})

MESSAGES.append({
    "id": "fitness-088",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "support replies to one member at her own iCloud address about her own booking change",
    "charset": "iso-2022-jp",
    "sender": "氷室 恵 <support-fit@hinode-sangyo.co.jp>",
    "to": ["宍戸 菜摘 <natsumi.shishido@icloud.com>"],
    "subject": "Re: パーソナルトレーニングの予約変更について",
    "body": """宍戸 菜摘 様

いつもヒノデフィットネスをご利用いただき、ありがとうございます。
会員サポートセンターの氷室でございます。

ご依頼の予約変更を承りました。

　変更前：4月18日（土）10:00〜10:50　横浜西口店
　変更後：4月25日（土）10:00〜10:50　横浜西口店
　担当トレーナー：神崎（変更なし）

ご予約番号 PT-2604-18833 は変わりません。
当日はお気をつけてお越しくださいませ。
""" + SIG_SUPPORT,
})

MESSAGES.append({
    "id": "fitness-089",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the company's own bank account and a 10-digit payer reference for a client's first payment: business data only",
    "charset": "iso-2022-jp",
    "sender": "城之内 早苗 <jonouchi@hinode-sangyo.co.jp>",
    "to": ["朝日建材 経理部 <keiri@asahi-kenzai.co.jp>"],
    "subject": "法人プラン 初回お振込みのご案内",
    "body": """朝日建材株式会社
経理部 御中

このたびは法人プランをご契約いただき、誠にありがとうございます。
日の出産業 経理部の城之内でございます。
初回（5月分）のお振込みについてご案内いたします。

　お振込金額：382,800円（税込）
　お振込期日：2026年4月30日
　お振込先：みどり銀行 本店営業部 普通 1234567
　　　　　　口座名義 ヒノデサンギヨウ（カ
　振込依頼人番号：8000417723（お振込名義の前に入力をお願いします）

6月分以降は、口座振替に切り替わります。
口座振替依頼書は別途郵送いたします。
""" + SIG_KEIRI,
})

MESSAGES.append({
    "id": "fitness-090",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "job posting for trainers sent to a recruitment agency: salary table, no candidates",
    "charset": "utf-8",
    "sender": "人事総務課 国枝 <kunieda@hinode-sangyo.co.jp>",
    "to": ["フィットジョブエージェント 法人営業 <corp@fitjob-agent.co.jp>"],
    "subject": "求人票のご送付（パーソナルトレーナー 正社員）",
    "body": """株式会社フィットジョブエージェント
法人営業ご担当 藤堂様

お世話になっております。日の出産業 人事総務課の国枝です。
パーソナルトレーナー（正社員）の求人票をお送りします。

【募集職種】パーソナルトレーナー（正社員）
【勤務地】大崎店・五反田店・武蔵小杉店・横浜西口店
【給与】月給 250,000円〜320,000円＋パーソナル歩合（1セッション 1,000〜2,000円）
【必須】NSCA-CPT、NESTA-PFT、健康運動指導士のいずれか
【歓迎】理学療法士、柔道整復師、管理栄養士
【休日】シフト制 月9日／年間休日 108日
【募集人数】4名

書類選考は1週間以内にご連絡します。よろしくお願いいたします。

国枝 美香
日の出産業株式会社 人事総務課 TEL 03-5436-2118
""",
})

MESSAGES.append({
    "id": "fitness-091",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "campaign results by club (counts, rates, CPA) to the ad agency — numbers, no people",
    "charset": "iso-2022-jp",
    "sender": "野々村 里佳 <r-nonomura@hinode-sangyo.co.jp>",
    "to": ["松永 智之 <matsunaga@sora-ad.co.jp>", "井口 <iguchi@sora-ad.co.jp>"],
    "subject": "春キャンペーン 店舗別実績（3/1〜3/31）",
    "body": """松永様、井口様

お世話になっております。野々村です。
春キャンペーンの店舗別実績をまとめました。

店舗          体験申込  体験来店  入会  入会率  CPA（円）
大崎            412       351     204   58.1%    6,820
五反田          298       247     139   56.3%    7,410
武蔵小杉        366       320     191   59.7%    5,990
横浜西口        335       281     150   53.4%    7,880
本厚木（FC）    127       109      58   53.2%    9,340
合計          1,538     1,308     742   56.7%    7,010

横浜西口のCPAが高いため、4月はWeb広告の配分を見直したいと考えています。
次回定例でご相談させてください。
""" + SIG_NONOMURA,
})

MESSAGES.append({
    "id": "fitness-092",
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "press release to a local paper naming the top three finishers of an in-club race (publicly announced results, three people)",
    "charset": "iso-2022-jp",
    "sender": "加賀美 千尋 <c-kagami@hinode-sangyo.co.jp>",
    "to": ["湘南タイムズ 編集部 <henshu@shonan-times.co.jp>"],
    "subject": "【リリース】ヒノデ・インドアロウイング選手権 結果のお知らせ",
    "body": """湘南タイムズ 編集部 御中

いつもお世話になっております。日の出産業 イベント企画チームの加賀美です。
4月12日に開催した「第3回ヒノデ・インドアロウイング選手権」の結果をお知らせします。
（上位入賞者には、掲載の了承をいただいております）

　一般男子2000m
　　優勝　渡来 剛志（藤沢市）　6分28秒4
　　2位　 刈谷 伸晃（茅ヶ崎市）6分35秒1
　　3位　 小湊 勇（平塚市）　　6分41秒9

参加者は会員・一般あわせて148名、会場の来場者は約400名でした。
写真が必要でしたらお送りします。
""" + SIG_EVENT,
})

MESSAGES.append({
    "id": "fitness-093",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "AED inspection schedule with device serial numbers for the maintenance contractor — medical words, no person",
    "charset": "cp932",
    "sender": "施設安全管理 守屋 <moriya@hinode-sangyo.co.jp>",
    "to": ["メディセーフティ AED保守課 <aed@medi-safety.co.jp>"],
    "subject": "AED定期点検・消耗品交換の日程について",
    "body": """株式会社メディセーフティ
AED保守課 御中

お世話になっております。日の出産業 施設安全管理の守屋です。
各店のAED定期点検と、電極パッド・バッテリーの交換日程をご相談させてください。

店舗        機種          製造番号       パッド期限   バッテリー期限
大崎        HeartOne 3    HO3-1187742    2026/06      2027/10
五反田      HeartOne 3    HO3-1190025    2026/05      2027/12
武蔵小杉    HeartOne 3    HO3-1201318    2026/09      2028/03
横浜西口    CardioLife X  CLX-00428816   2026/05      2026/11

五反田・横浜西口はパッド期限が近いため、4月中の交換をお願いします。
あわせて、スタッフ向け救命講習（心肺蘇生・AED）の5月開催も検討中です。

--
日の出産業株式会社 ウェルネス事業本部 施設安全管理
守屋 浩二　TEL 03-5436-2270
""",
})

MESSAGES.append({
    "id": "fitness-094",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "discussing insurance policy terms (既往症, 持病, 熱中症 clauses) with the insurer — no individual",
    "charset": "iso-2022-jp",
    "sender": "施設安全管理 守屋 <moriya@hinode-sangyo.co.jp>",
    "to": ["東海損保 法人営業二課 <hojin2@tokai-sonpo.co.jp>"],
    "subject": "会員向け傷害保険の補償範囲について",
    "body": """東海損害保険株式会社
法人営業二課 御中

お世話になっております。日の出産業 施設安全管理の守屋です。
来年度の会員向け団体傷害保険の更新にあたり、補償範囲について確認させてください。

1. 既往症（持病）がある会員が運動中に悪化した場合、現行約款では免責となる理解でよいか。
2. 熱中症は、屋外イベント（ウォーキング・マラソン）中の発症も補償対象に含められるか。
3. 心疾患による運動中の急変について、特約で補償する商品はあるか。

会員数は約28,000名、年間の事故報告件数は昨年度 41件（うち保険請求 17件）です。
ご提案をいただけますと幸いです。

--
日の出産業株式会社 ウェルネス事業本部 施設安全管理
守屋 浩二　TEL 03-5436-2270
""",
})

MESSAGES.append({
    "id": "fitness-095",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "forward of the franchise partner's mail with 5 trial sign-ups, to internal marketing only",
    "charset": "utf-8",
    "sender": "氷室 恵 <support-fit@hinode-sangyo.co.jp>",
    "to": ["野々村 里佳 <r-nonomura@hinode-sangyo.co.jp>"],
    "cc": ["marketing@hinode-sangyo.co.jp"],
    "subject": "FW: 本厚木店 体験来店者（4月第1週）",
    "body": """野々村さん

お疲れさまです、氷室です。
ひなたスポーツさんから、本厚木店の体験来店者の報告が来たので転送します。
キャンペーン効果測定の件数に含めてください。

---------- Forwarded message ---------
From: 辻 <tsuji@hinata-sports.co.jp>
Date: 2026年4月8日(水) 21:14
Subject: 本厚木店 体験来店者（4月第1週）
To: <support-fit@hinode-sangyo.co.jp>

4月第1週の体験来店者です。

漆原 一輝　080-9143-2276　入会
相馬 花音　090-6627-0158　検討中
ディアス 恵美　070-3398-4412　入会
栗栖 勇人　080-5521-7730　見送り
舘野 あさみ　090-1180-6634　入会

辻
""",
})

MESSAGES.append({
    "id": "fitness-096",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "wellness programme proposal naming services (ストレスチェック, メンタルヘルス, 禁煙, 特定保健指導) to two people of one prospect",
    "charset": "iso-2022-jp",
    "sender": "倉持 慎吾 <s-kuramochi@hinode-sangyo.co.jp>",
    "to": ["朝日建材 総務部 福利厚生課 星野様 <hoshino@asahi-kenzai.co.jp>"],
    "cc": ["朝日建材 人事部 健康管理室 <kenko@asahi-kenzai.co.jp>"],
    "subject": "健康経営支援パッケージのご提案",
    "body": """朝日建材株式会社
総務部 福利厚生課 星野様
（cc：人事部 健康管理室 ご担当者様）

お世話になっております。日の出産業の倉持です。
健康経営優良法人の認定取得に向けた支援パッケージをご提案いたします。

　A. 運動習慣づくりプログラム（12週間・オンライン併用）
　B. ストレスチェック後のセルフケア研修（メンタルヘルス対策）
　C. 禁煙チャレンジ（オンライン禁煙外来との提携）
　D. 特定保健指導対象者向け 運動指導オプション

いずれも、個人の健診結果などをお預かりせずに実施できる設計としております。
費用感は別途お見積書でお示しいたします。
""" + SIG_KURAMOCHI,
})

MESSAGES.append({
    "id": "fitness-097",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML newsletter to corporate contacts correctly sent To: self with all client recipients in Bcc",
    "charset": "utf-8",
    "sender": "日の出産業 法人ウェルネス <corp-wellness@hinode-sangyo.co.jp>",
    "to": ["corp-wellness@hinode-sangyo.co.jp"],
    "bcc": ["kira.h@kawasaki-denki.co.jp", "fukuri@kitaguni-foods.co.jp", "yuasa@tamagawa-seiko.co.jp",
            "komatsu@minato-logi.co.jp", "hoshino@asahi-kenzai.co.jp"],
    "subject": "【ヒノデ法人ウェルネス通信】2026年4月号",
    "html": """<html><body style="font-family:sans-serif">
<h2>ヒノデ法人ウェルネス通信 2026年4月号</h2>
<p>法人会員ご担当者様　いつもご利用ありがとうございます。</p>
<h3>4月の新スタジオプログラム</h3>
<table border="1" cellpadding="4">
<tr><th>曜日</th><th>時間</th><th>プログラム</th><th>店舗</th></tr>
<tr><td>月</td><td>19:30-20:15</td><td>リラックスヨガ</td><td>大崎</td></tr>
<tr><td>水</td><td>12:15-12:45</td><td>ランチタイム・コアトレ</td><td>五反田</td></tr>
<tr><td>金</td><td>20:00-20:45</td><td>ボクシングエクササイズ</td><td>武蔵小杉</td></tr>
</table>
<h3>ご案内</h3>
<p>5月16日（土）に法人会員様向けウォーキングイベントを開催します。詳細は別途ご案内します。</p>
<p>配信停止をご希望の方は、本メールにご返信ください。<br>
日の出産業株式会社 法人ウェルネス営業部 TEL 03-5436-2231</p>
</body></html>""",
})

MESSAGES.append({
    "id": "fitness-098",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "class timetable sent to one freelance instructor at her gmail: one free-mail recipient, no member data",
    "charset": "iso-2022-jp",
    "sender": "矢作 航 <w-yahagi@hinode-sangyo.co.jp>",
    "to": ["白鳥 茉莉 <mari.shiratori.fit@gmail.com>"],
    "subject": "5月のスタジオ担当枠",
    "body": """白鳥さん

お疲れさまです、矢作です。
5月のスタジオ担当枠が確定しました。

　毎週火曜　19:30〜20:15　ピラティス（横浜西口店 スタジオA）
　毎週木曜　10:30〜11:15　やさしいヨガ（横浜西口店 スタジオB）
　5/16（土）　9:30〜　ウォーキングイベントの準備体操（御殿山庭園）

代行が必要な日は、2週間前までに連絡ください。
""" + SIG_TRAINER,
})

# ════════════════════════════════════════════════════════════════════════════════════
# EITHER — a privacy officer could honestly judge either way
# ════════════════════════════════════════════════════════════════════════════════════

MESSAGES.append({
    "id": "fitness-099",
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "injury and diagnosis of an unnamed member (40代男性, club, date) to the insurer: pseudonymised, but possibly re-identifiable with the claim",
    "charset": "iso-2022-jp",
    "sender": "施設安全管理 守屋 <moriya@hinode-sangyo.co.jp>",
    "to": ["東海損保 川崎サービスセンター <kawasaki-sc@tokai-sonpo.co.jp>"],
    "subject": "事故の事前相談（保険適用の可否）",
    "body": """東海損害保険株式会社
川崎サービスセンター 御中

お世話になっております。日の出産業 施設安全管理の守屋です。
正式な事故報告の前に、保険適用の可否についてご相談させてください。

　発生：2026年4月5日（日）午後　武蔵小杉店 ランニングマシン
　受傷者：会員A（40代・男性）
　状況：走行中に転倒。本人は「めまいがした」とのこと。
　診断：右肘の打撲と擦過傷。受診先で不整脈（心房細動）を指摘され、循環器内科を紹介された。

設備の不具合ではなく、ご本人の体調による転倒の可能性が高いと考えていますが、
この場合でも施設賠償の対象となり得るでしょうか。

--
日の出産業株式会社 ウェルネス事業本部 施設安全管理
守屋 浩二　TEL 03-5436-2270
""",
})

MESSAGES.append({
    "id": "fitness-100",
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "a member's own body-composition and health-check follow-up sent to her own gmail at her request: sensitive, but to the data subject herself",
    "charset": "utf-8",
    "sender": "矢作 航 <w-yahagi@hinode-sangyo.co.jp>",
    "to": ["鷲尾 美紀 <miki.washio.0722@gmail.com>"],
    "subject": "カウンセリング結果のまとめ（鷲尾様）",
    "body": """鷲尾 美紀 様

いつもありがとうございます。横浜西口店の矢作です。
先日のカウンセリングの内容を、ご希望どおりメールでお送りします。

■ 体組成（4/9 測定）
　体重 63.8kg ／ 体脂肪率 31.2% ／ 骨格筋量 22.1kg

■ 健康面で伺ったこと
　・会社の健康診断で空腹時血糖 118mg/dL（境界型糖尿病）を指摘され、
　　5月に再検査の予定
　・橋本病で甲状腺ホルモン剤を服用中（主治医から運動制限なし）

■ 今後のプラン
　有酸素運動を週3回（各30分）＋筋トレ週2回。再検査の結果が出たら教えてください。
　内容に応じてメニューを調整します。

""" + SIG_TRAINER,
})
