"""Blind evaluation corpus, area "setsumeikai": the graduate recruiting mail of 日の出産業's
人事部 採用グループ — company briefings (会社説明会) and job fairs (合同企業説明会), students'
registration lists, aptitude tests (適性検査), interview slots run with an outside recruiting
vendor (RPO), university career centres, venues, caterers, printers, a 社労士 and a law firm,
and the offer holders (内定者) themselves.  Written blind from bench/blind/BRIEF.md (and the
public SPEC.md names) without reading mailguard's code; every person, number and address in
it is invented."""

import random

from build import card_number, my_number

SEED = 56601

# -- invented people, drawn deterministically per message (layouts are written per message) --

_SURNAMES = [
    ("鷲尾", "ワシオ", "Washio"), ("檜山", "ヒヤマ", "Hiyama"), ("真壁", "マカベ", "Makabe"),
    ("汐見", "シオミ", "Shiomi"), ("宍戸", "シシド", "Shishido"), ("楠田", "クスダ", "Kusuda"),
    ("百瀬", "モモセ", "Momose"), ("椎葉", "シイバ", "Shiiba"), ("雲井", "クモイ", "Kumoi"),
    ("仲宗根", "ナカソネ", "Nakasone"), ("五十嵐", "イガラシ", "Igarashi"),
    ("東海林", "ショウジ", "Shoji"), ("鬼塚", "オニヅカ", "Onizuka"), ("加賀谷", "カガヤ", "Kagaya"),
    ("舟木", "フナキ", "Funaki"), ("蓮見", "ハスミ", "Hasumi"), ("日向", "ヒナタ", "Hinata"),
    ("桐生", "キリュウ", "Kiryu"), ("水越", "ミズコシ", "Mizukoshi"), ("古賀", "コガ", "Koga"),
    ("藤堂", "トウドウ", "Todo"), ("相馬", "ソウマ", "Soma"), ("久保寺", "クボデラ", "Kubodera"),
    ("一ノ瀬", "イチノセ", "Ichinose"), ("早乙女", "サオトメ", "Saotome"),
    ("伊集院", "イジュウイン", "Ijuin"), ("城之内", "ジョウノウチ", "Jonouchi"),
    ("安齋", "アンザイ", "Anzai"), ("栃本", "トチモト", "Tochimoto"), ("我妻", "ワガツマ", "Wagatsuma"),
    ("喜屋武", "キャン", "Kyan"), ("四十物", "アイモノ", "Aimono"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("御手洗", "ミタライ", "Mitarai"), ("越智", "オチ", "Ochi"), ("三枝", "サエグサ", "Saegusa"),
    ("大舘", "オオダテ", "Odate"), ("寒河江", "サガエ", "Sagae"), ("比嘉", "ヒガ", "Higa"),
    ("樋渡", "ヒワタシ", "Hiwatashi"), ("留守", "ルス", "Rusu"), ("笹生", "サソウ", "Saso"),
]
_GIVEN = [
    ("陽翔", "ハルト", "Haruto"), ("結衣", "ユイ", "Yui"), ("蒼", "アオイ", "Aoi"),
    ("芽依", "メイ", "Mei"), ("湊", "ミナト", "Minato"), ("紗希", "サキ", "Saki"),
    ("大和", "ヤマト", "Yamato"), ("琴音", "コトネ", "Kotone"), ("悠真", "ユウマ", "Yuma"),
    ("千尋", "チヒロ", "Chihiro"), ("颯太", "ソウタ", "Sota"), ("彩花", "アヤカ", "Ayaka"),
    ("樹", "イツキ", "Itsuki"), ("美月", "ミヅキ", "Mizuki"), ("航平", "コウヘイ", "Kohei"),
    ("真央", "マオ", "Mao"), ("拓真", "タクマ", "Takuma"), ("花音", "カノン", "Kanon"),
    ("隼", "シュン", "Shun"), ("菜々子", "ナナコ", "Nanako"), ("健太郎", "ケンタロウ", "Kentaro"),
    ("遥", "ハルカ", "Haruka"), ("智也", "トモヤ", "Tomoya"), ("凛", "リン", "Rin"),
    ("晴臣", "ハルオミ", "Haruomi"), ("小町", "コマチ", "Komachi"), ("壮真", "ソウマ", "Soma"),
    ("杏奈", "アンナ", "Anna"),
]
_UNIV = [
    ("東都大学", "st.toto-u.ac.jp"), ("北斗工業大学", "hokuto-it.ac.jp"),
    ("浪速商科大学", "naniwa-shoka.ac.jp"), ("鳴海大学", "stu.narumi-u.ac.jp"),
    ("葵ヶ丘大学", "aoigaoka.ac.jp"), ("筑紫国際大学", "chikushi-intl.ac.jp"),
    ("信濃学院大学", "shinano-gakuin.ac.jp"), ("瀬戸内理科大学", "setouchi-rika.ac.jp"),
    ("常磐文化大学", "tokiwa-bunka.ac.jp"), ("港北経済大学", "kohoku-keizai.ac.jp"),
]
_FACULTY = ["経済学部", "商学部", "法学部", "工学部 機械工学科", "理工学部 情報科学科", "文学部",
            "国際関係学部", "経営学部", "農学部 食品栄養学科", "工学研究科 電気電子専攻",
            "社会学部", "理学部 化学科"]
_FREEMAIL = ["gmail.com", "gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp",
             "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp"]
_ADDR = [
    ("060-0807", "北海道札幌市北区", "北七条西", "4丁目12-3"),
    ("980-0014", "宮城県仙台市青葉区", "本町", "2丁目8-15 ルミエール本町302"),
    ("371-0031", "群馬県前橋市", "下小出町", "1丁目22-7"),
    ("330-0063", "埼玉県さいたま市浦和区", "高砂", "3丁目5-18-405"),
    ("273-0005", "千葉県船橋市", "本町", "6丁目3-9"),
    ("157-0062", "東京都世田谷区", "南烏山", "4丁目17-2 コーポ烏山201"),
    ("185-0012", "東京都国分寺市", "本町", "3丁目1-40"),
    ("222-0033", "神奈川県横浜市港北区", "新横浜", "2丁目14-6-1108"),
    ("420-0853", "静岡県静岡市葵区", "追手町", "9-31"),
    ("464-0819", "愛知県名古屋市千種区", "四谷通", "1丁目3-11 四谷ハイツ505"),
    ("606-8225", "京都府京都市左京区", "田中門前町", "58"),
    ("532-0011", "大阪府大阪市淀川区", "西中島", "5丁目9-7-702"),
    ("650-0012", "兵庫県神戸市中央区", "北長狭通", "7丁目2-20"),
    ("700-0024", "岡山県岡山市北区", "駅元町", "15-1"),
    ("730-0013", "広島県広島市中区", "八丁堀", "11-4 グランシャリオ八丁堀903"),
    ("790-0003", "愛媛県松山市", "三番町", "4丁目6-2"),
    ("812-0011", "福岡県福岡市博多区", "博多駅前", "3丁目26-5"),
    ("860-0806", "熊本県熊本市中央区", "花畑町", "10-8"),
    ("900-0015", "沖縄県那覇市", "久茂地", "2丁目19-13"),
    ("950-0087", "新潟県新潟市中央区", "東大通", "1丁目4-1"),
]


def _people(k: int, n: int) -> list[dict]:
    """n invented students for message k (names, kana, romaji, school, contacts, birth)."""
    rng = random.Random(SEED * 1000 + k)
    used: set[tuple[int, int]] = set()
    out = []
    while len(out) < n:
        s, g = rng.randrange(len(_SURNAMES)), rng.randrange(len(_GIVEN))
        if (s, g) in used:
            continue
        used.add((s, g))
        sk, skana, sr = _SURNAMES[s]
        gk, gkana, gr = _GIVEN[g]
        univ, udom = rng.choice(_UNIV)
        y = rng.choice([2002, 2003, 2003, 2004, 2004, 2001])
        mth, day = rng.randrange(1, 13), rng.randrange(1, 29)
        mob = f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(10000):04d}"
        fm = rng.choice(_FREEMAIL)
        local = f"{gr.lower()}.{sr.lower()}{rng.randrange(10, 99)}"
        zipc, city, town, _ = rng.choice(_ADDR)
        num = f"{rng.randrange(1, 8)}丁目{rng.randrange(1, 31)}-{rng.randrange(1, 26)}"
        if rng.random() < 0.4:
            num += f" {rng.choice(['メゾン若葉', 'コーポ秋桜', 'ハイツ緑ヶ丘', 'パレス桜坂', 'グリーンヒル壱番館', 'サンライズ東', 'ルミエール'])}{rng.randrange(1, 9)}0{rng.randrange(1, 9)}"
        out.append({
            "name": f"{sk} {gk}", "sei": sk, "mei": gk, "kana": f"{skana} {gkana}",
            "romaji": f"{gr} {sr}", "univ": univ,
            "uni_mail": f"{rng.choice('abcdefgkms')}{y % 100 + 18:02d}{rng.randrange(1000, 9999)}@{udom}",
            "faculty": rng.choice(_FACULTY), "mobile": mob, "mail": f"{local}@{fm}",
            "dob": f"{y}/{mth:02d}/{day:02d}", "y": y, "m": mth, "d": day,
            "heisei": f"平成{y - 1988}年{mth}月{day}日", "H": f"H{y - 1988}.{mth}.{day}",
            "zip": zipc, "addr": f"{city}{town}{num}", "pref_city": city,
            "grade": rng.choice(["学部3年", "学部4年", "修士1年", "修士2年", "学部3年"]),
            "sex": rng.choice(["男", "女"]),
        })
    return out


def _zen(s: str) -> str:
    """ASCII digits and hyphens → full width, as some people type them."""
    return s.translate(str.maketrans("0123456789-/", "０１２３４５６７８９－／"))


def _pad(s: str, width: int) -> str:
    """Pad to a display width (full-width characters count two)."""
    w = sum(2 if ord(c) > 0x2000 else 1 for c in s)
    return s + " " * max(width - w, 0)


# -- signatures of the 採用グループ (people sign the same way every time) --------------------

SIG_YAMAGIWA = """
――――――――――――――――――――
日の出産業株式会社 人事部 採用グループ
山際 透子（Yamagiwa Toko）
〒103-0027 東京都中央区日本橋七丁目3番12号 日の出ビル8F
TEL 03-5712-4480（採用直通） FAX 03-5712-4489
saiyo@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_ODAGIRI = """
--
日の出産業株式会社
人事部 採用グループ 主任  小田切 拓海
TEL: 03-5712-4482 / 内線 2182
Mail: odagiri@hinode-sangyo.co.jp
https://www.hinode-sangyo.co.jp/recruit/"""

SIG_NOTO = """
*************************************
 日の出産業株式会社
 人事部 採用グループ　能登 千佳
 〒103-0027 東京都中央区日本橋7-3-12
 TEL：03-5712-4481
*************************************"""

SIG_KURIBAYASHI = """
------------------------------------------
日の出産業株式会社 人事部長  栗林 健吾
Hinode Sangyo Co., Ltd.  HR Division
Tel +81-3-5712-4400 (main)
------------------------------------------"""

SIG_EN = """
Best regards,

Chika Noto
Campus Recruiting, HR Division
Hinode Sangyo Co., Ltd.
7-3-12 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5712-4481"""

SIG_SAIYO = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 新卒採用事務局
（受付時間 平日9:30～17:30）
TEL 0120-41-8823　MAIL saiyo@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

YAMAGIWA = "山際 透子 <yamagiwa@hinode-sangyo.co.jp>"
ODAGIRI = "小田切 拓海 <odagiri@hinode-sangyo.co.jp>"
NOTO = "能登 千佳 <noto@hinode-sangyo.co.jp>"
KURIBAYASHI = "栗林 健吾 <kuribayashi@hinode-sangyo.co.jp>"
SAIYO = "日の出産業 新卒採用事務局 <saiyo@hinode-sangyo.co.jp>"

# outside parties of this area (fictional)
CL_KUGA = "キャリアリンクス 久我様 <kuga@careerlinks.co.jp>"        # recruiting vendor (RPO)
CL_HONGO = "本郷 大輔 <hongo@careerlinks.co.jp>"
MN_EVENT = "ミライナビ 合説事務局 <event-desk@mirainavi.jp>"         # job board / job fairs
MN_TERANISHI = "寺西 佳奈 <teranishi@mirainavi.jp>"
TA_YUZUKI = "柚木 亮 <yuzuki@test-assess.co.jp>"                    # aptitude tests
TA_SUPPORT = "テストアセス サポート <support@test-assess.co.jp>"


# ---------------------------------------------------------------------------------------
# 001-020
# ---------------------------------------------------------------------------------------

m001 = {
    "id": "setsumeikai-001",
    "sender": YAMAGIWA,
    "to": ["宴会予約課 <banquet@sakura-hotel.jp>"],
    "subject": "3月5日 会社説明会 会場（桜の間）仮予約のお願い",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 宴会予約課
ご担当者様

いつも大変お世話になっております。
日の出産業株式会社 人事部の山際でございます。

先日お電話でご相談いたしました、2027年卒向け会社説明会の会場につきまして、
下記の内容で仮予約をお願いできますでしょうか。

　日　時：3月5日（木）13:00～17:00（設営 11:30 から）
　会　場：桜の間（スクール形式）
　人　数：学生 最大120名＋社員 10名程度
　備　品：プロジェクター・スクリーン 1式、ワイヤレスマイク 3本、
　　　　　受付用長机 2台、パーテーション（個別相談ブース用）4枚
　その他：控室 1室（社員用）、クローク不要

正式なお申込みは社内決裁後、2月10日までにご連絡いたします。
お見積書もあわせてお送りいただけますと幸いです。

何卒よろしくお願い申し上げます。
""" + SIG_YAMAGIWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "venue provisional booking with a partner hotel: no people's data, one external organisation",
}

_p002 = _people(2, 28)
m002 = {
    "id": "setsumeikai-002",
    "sender": ODAGIRI,
    "to": [CL_KUGA],
    "subject": "【3/5説明会】予約者リスト（2/14時点）送付",
    "charset": "cp932",
    "body": """株式会社キャリアリンクス
久我様

お世話になっております。日の出産業の小田切です。

3/5（木）会社説明会の予約者リスト、2/14 17時時点のものを添付いたします。
当日の受付名簿と、前日リマインドメールの送信にご利用ください。
キャンセル分は「備考」列に記載しております。

引き続きよろしくお願いいたします。
""" + SIG_ODAGIRI,
    "attachments": [{
        "kind": "csv", "name": "yoyaku_0305_0214.csv", "encoding": "cp932",
        "rows": [["受付番号", "氏名", "フリガナ", "大学名", "学部・研究科", "学年", "メールアドレス",
                  "携帯電話", "備考"]] + [
            [f"R0305-{i + 101:03d}", p["name"], p["kana"], p["univ"], p["faculty"], p["grade"],
             p["mail"], p["mobile"], "キャンセル" if i in (4, 17) else ""]
            for i, p in enumerate(_p002)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: 28 students' registration rows (name, e-mail, mobile) in a CP932 CSV to the recruiting vendor",
}

m003 = {
    "id": "setsumeikai-003",
    "sender": NOTO,
    "to": ["東都大学 キャリアセンター <career@toto-u.ac.jp>"],
    "subject": "学内企業説明会（4月）参加申込書の送付",
    "charset": "utf-8",
    "body": """東都大学 キャリアセンター
ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 人事部 採用グループの能登でございます。

4月16日開催の学内企業説明会につきまして、参加を申し込みたく、
ご案内いただいた申込フォームの項目を下記に記入いたしました。

■企業名　　　：日の出産業株式会社（ひのでさんぎょう）
■法人番号　　：4010401087342
■本社所在地　：〒103-0027 東京都中央区日本橋7-3-12
■業種　　　　：専門商社（産業機械・電子部材）
■資本金　　　：48億円　／　従業員数：1,860名（連結）
■募集職種　　：総合職（営業・企画）、技術職（機械・電気・情報）
■採用予定数　：45名程度
■当日参加人数：3名（人事1名・若手社員2名）
■連絡窓口　　：人事部 採用グループ　TEL 03-5712-4481

ブース位置のご希望は特にございません。
何卒よろしくお願いいたします。
""" + SIG_NOTO,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "a company's entry form for a campus fair: the company's own 法人番号 and office contact, no person's data",
}

m004 = {
    "id": "setsumeikai-004",
    "sender": YAMAGIWA,
    "to": ["career@toto-u.ac.jp", "shushoku@hokuto-it.ac.jp", "career-support@naniwa-shoka.ac.jp",
           "job@narumi-u.ac.jp", "career@aoigaoka.ac.jp"],
    "subject": "2027年3月卒業予定者 求人票送付のご案内（日の出産業株式会社）",
    "charset": "iso-2022-jp",
    "body": """大学キャリアセンター・就職課
ご担当者様

拝啓　早春の候、貴学ますますご清栄のこととお慶び申し上げます。
平素は弊社の採用活動に格別のご高配を賜り、厚く御礼申し上げます。

このたび、2027年3月卒業予定の皆様を対象とした求人票を作成いたしましたので、
ご案内申し上げます。求人票（PDF）は弊社採用サイトからダウンロードいただけます。

　https://www.hinode-sangyo.co.jp/recruit/2027/kyujinhyo.pdf

学内への掲示ならびに学生の皆様へのご周知をいただけましたら幸いです。
また、学内説明会の開催がございましたら、ぜひ参加させていただきたく存じます。

敬具
""" + SIG_YAMAGIWA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: five universities' career centres openly in To (should have been Bcc)",
}

m005 = {
    "id": "setsumeikai-005",
    "sender": SAIYO,
    "to": ["汐見 紗希 <saki.shiomi0415@gmail.com>"],
    "subject": "【日の出産業】一次面接日程のご案内",
    "charset": "utf-8",
    "body": """汐見 紗希 様

日の出産業株式会社 新卒採用事務局です。
この度は一次面接のご予約をいただき、誠にありがとうございます。
下記の通り日程が確定いたしましたのでご案内いたします。

━━━━━━━━━━━━━━━━━━
【日時】3月12日（木）10:30～11:15（受付 10:15～）
【形式】対面（個人面接・面接官2名）
【会場】日の出ビル 8階 受付にて「採用面接」とお申し出ください
　　　　東京メトロ日比谷線 人形町駅 A4出口 徒歩3分
【持ち物】筆記用具、学生証
【服装】自由（スーツでなくて構いません）
━━━━━━━━━━━━━━━━━━

日程の変更をご希望の場合は、前日17時までに本メールへご返信ください。
当日お会いできることを楽しみにしております。
""" + SIG_SAIYO,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "interview slot confirmation to one student on free mail: only the recipient's own name",
}

_p006 = _people(6, 3)
m006 = {
    "id": "setsumeikai-006",
    "sender": "人事部 労務・採用 <roumu@hinode-sangyo.co.jp>",
    "to": ["佐伯社会保険労務士事務所 佐伯先生 <saeki@saeki-sr.jp>"],
    "subject": "4月入社予定者（前倒し入社3名）の資格取得届 準備資料",
    "charset": "utf-8",
    "body": """佐伯社会保険労務士事務所
佐伯先生

いつもお世話になっております。日の出産業 人事部の茅野です。

卒業が確定し、3月16日付で前倒し入社となる内定者3名について、
健康保険・厚生年金の資格取得届の作成をお願いしたく、必要事項を添付にまとめました。
（個人番号は本人から提出された通知カードの写しで確認済みです）

ご不明点がございましたらご連絡ください。

--
日の出産業株式会社 人事部 労務グループ
茅野 慎一  TEL 03-5712-4470
""",
    "attachments": [{
        "kind": "xlsx", "name": "資格取得届_前倒し入社3名.xlsx",
        "sheets": {"取得者": [
            ["資格取得届 作成用（3月16日入社）"],
            [],
            ["No", "氏名", "フリガナ", "生年月日", "性別", "個人番号", "報酬月額"],
        ] + [[i + 1, p["name"], p["kana"], p["dob"], p["sex"], my_number(SEED + 1 + i), 245000]
             for i, p in enumerate(_p006)]},
    }],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "identifier: three offer holders' My Numbers with names and birth dates sent to the outside 社労士",
}

m007 = {
    "id": "setsumeikai-007",
    "sender": ODAGIRI,
    "to": [CL_HONGO],
    "subject": "Re: 内定者フォロー面談の件（百瀬さん）",
    "charset": "iso-2022-jp",
    "body": """本郷様

お世話になっております。小田切です。
先日の内定者フォロー面談の件、補足させてください。

内定者の百瀬 航平さん（鳴海大学 理工学部）から、人事あてに
「てんかんの持病があり、現在も服薬中。入社後しばらくは夜勤や
 社用車の運転がない配属を希望したい」との申し出がありました。
主治医の意見書は4月に提出いただく予定です。

次回の面談では、この件には触れず、通常の近況確認のみでお願いいたします。
配属の調整は当社で行います。

> 百瀬さんの面談は2/20（金）15時からオンラインで設定済みです。
> 何か事前に共有いただくことがあればお知らせください。

以上、よろしくお願いいたします。
""" + SIG_ODAGIRI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named offer holder's medical condition (epilepsy, medication) told to the vendor",
}

m008 = {
    "id": "setsumeikai-008",
    "sender": NOTO,
    "to": ["錦印刷 営業部 吉良様 <kira@nishiki-insatsu.co.jp>"],
    "subject": "会社案内パンフレット 増刷のお見積り依頼",
    "charset": "cp932",
    "body": """錦印刷株式会社 営業部
吉良様

いつもお世話になっております。日の出産業の能登です。

昨年ご制作いただいた採用パンフレット「HINODE WAY 2026」を一部改訂のうえ、
増刷をお願いしたく、お見積りをお願いできますでしょうか。

・仕様：A4 中綴じ 24ページ、表紙 マットコート180kg、本文 マットコート110kg
・部数：3,000部 / 5,000部 の2パターン
・改訂箇所：P4-5 社長メッセージ差し替え、P18 数字で見る日の出産業（データ更新）
・納品：3月2日（月）午前 本社8階 人事部宛
・校正：PDF校正 2回 ＋ 色校 1回

原稿データは2月16日までに宅ファイル便でお送りいたします。
お忙しいところ恐縮ですが、2月13日頃までにご回答いただけますと助かります。
""" + SIG_NOTO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "print quote request to a partner printer: specs and quantities only",
}

m009 = {
    "id": "setsumeikai-009",
    "sender": NOTO,
    "to": ["吉良 様 <kira@nishiki-insatu.co.jp>"],
    "subject": "Re: 【初校】HINODE WAY 2027 校正戻し",
    "charset": "cp932",
    "body": """吉良様

お世話になっております。日の出産業の能登です。
初校のPDF、確認いたしました。修正点は以下の3点です。

1. P4 社長メッセージ 2段落目「挑戦」→「挑み続ける」に変更
2. P18 グラフの凡例「海外売上比率」の数値 31% → 33%
3. 裏表紙 採用サイトのQRコードを最新のものに差し替え（データ別送）

再校は2/24（火）頃にいただけますと幸いです。
よろしくお願いいたします。

-----Original Message-----
From: 吉良 <kira@nishiki-insatsu.co.jp>
Sent: Thursday, February 19, 2026 4:12 PM
Subject: 【初校】HINODE WAY 2027 校正戻し

能登様
初校をお送りいたします。ご確認のほどお願いいたします。
""" + SIG_NOTO,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: reply goes to nishiki-insatu.co.jp (an s dropped from the partner printer's nishiki-insatsu.co.jp)",
}

_p010 = _people(10, 12)
_slots010 = ["10:00", "10:00", "10:45", "10:45", "11:30", "11:30", "13:30", "13:30", "14:15",
             "14:15", "15:00", "15:00"]
_rooms010 = ["A", "B"] * 6
m010 = {
    "id": "setsumeikai-010",
    "sender": ODAGIRI,
    "to": [CL_KUGA],
    "cc": ["中井 <nakai@careerlinks.co.jp>"],
    "subject": "3/12 一次面接 枠割当（確定版）",
    "charset": "utf-8",
    "body": """キャリアリンクス 久我様、中井様

お世話になっております。小田切です。
3/12（木）一次面接の割当が確定しましたので共有します。
当日の誘導と、遅刻・欠席時の学生への電話連絡をお願いいたします。

時間   室  氏名              大学              携帯
------ --- ----------------- ----------------- -------------
""" + "\n".join(
        f"{t:<6} {r:<3} {_pad(p['name'], 17)} {_pad(p['univ'], 17)} {p['mobile']}"
        for t, r, p in zip(_slots010, _rooms010, _p010)) + """

※面接官：A室 栗林・小田切、B室 能登・若手社員（当日決定）
※控室は8階 小会議室2をご利用ください。

よろしくお願いします。
""" + SIG_ODAGIRI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: twelve candidates' interview slots with names and mobile numbers, padded columns in the body",
}

m011 = {
    "id": "setsumeikai-011",
    "sender": YAMAGIWA,
    "to": [MN_TERANISHI],
    "subject": "2月度 説明会参加実績（集計）のご報告",
    "charset": "iso-2022-jp",
    "body": """株式会社ミライナビ
寺西様

いつもお世話になっております。日の出産業の山際です。
ご依頼いただいておりました2月度の説明会参加実績を集計しましたので、
添付にてお送りいたします（人数のみの集計で、個人の情報は含んでおりません）。

・予約数 412名 / 参加数 338名（参加率 82.0%）
・文系 61% / 理系 39%
・満足度（5段階）平均 4.3

次月の掲載プラン検討の材料としてご活用ください。
""" + SIG_YAMAGIWA,
    "attachments": [{
        "kind": "xlsx", "name": "2月度_説明会参加実績_集計.xlsx",
        "sheets": {
            "日別": [["開催日", "会場", "予約数", "参加数", "参加率"],
                     ["2/04", "本社", 88, 71, "80.7%"], ["2/10", "オンライン", 140, 118, "84.3%"],
                     ["2/18", "大阪支社", 64, 49, "76.6%"], ["2/25", "本社", 120, 100, "83.3%"]],
            "大学群別": [["区分", "参加数"], ["国公立", 121], ["私立（首都圏）", 148],
                         ["私立（関西）", 47], ["その他・海外", 22]],
            "文理": [["区分", "人数", "割合"], ["文系", 206, "61%"], ["理系", 132, "39%"]],
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "statistics: attendance counts by day, school group and faculty type, no individual",
}

m012 = {
    "id": "setsumeikai-012",
    "sender": ODAGIRI,
    "to": [TA_YUZUKI],
    "subject": "3月受検分 受検者リスト送付（パスワード別送）",
    "charset": "cp932",
    "body": """株式会社テストアセス
柚木様

お世話になっております。日の出産業の小田切です。
3月実施分の適性検査（TAP-W）受検者リストを送付いたします。
ファイルはパスワード付きZIPとしており、パスワードは別メールにてお送りします。

受検ID発行後、受検案内メールの配信をお願いいたします。
""" + SIG_ODAGIRI,
    "attachments": [{
        "kind": "zip", "name": "jukensha_202603.zip", "password": "Hnd#0312tap",
        "files": [{"kind": "csv", "name": "jukensha_202603.csv", "encoding": "cp932",
                   "rows": [["氏名", "フリガナ", "メール", "大学"]] + [
                       [p["name"], p["kana"], p["mail"], p["univ"]] for p in _people(12, 40)]}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: password-protected ZIP (PPAP) of test takers; its contents cannot be inspected",
}

_q013 = _people(13, 8)
m013 = {
    "id": "setsumeikai-013",
    "sender": YAMAGIWA,
    "to": [CL_KUGA],
    "subject": "Re: 二次面接 候補日程のご確認",
    "charset": "iso-2022-jp",
    "body": """久我様

お世話になっております。山際です。
ご提示いただいた日程案、8名とも下記の通りで確定として進めてください。
面接官は栗林・山際の2名で対応いたします。
学生への確定連絡もあわせてお願いできますでしょうか。

よろしくお願いいたします。
山際

> 山際様
>
> お世話になっております。キャリアリンクスの久我です。
> 二次面接の候補日程を、学生の希望をもとに下記の通り調整いたしました。
>
""" + "\n".join(
        f"> {d}  {p['name']}（{p['univ']}）  {p['mobile']}  {p['mail']}"
        for d, p in zip(["3/18 10:00", "3/18 11:00", "3/18 13:30", "3/18 14:30",
                         "3/19 10:00", "3/19 11:00", "3/19 13:30", "3/19 14:30"], _q013)) + """
>
> 問題なければ確定連絡をいたします。
> ご確認のほどよろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the candidate list is only quoted from the vendor's own mail (> lines); the new text has no people's data",
}

m014 = {
    "id": "setsumeikai-014",
    "sender": KURIBAYASHI,
    "to": [MN_TERANISHI],
    "subject": "来期の採用計画資料（ご提案準備用）",
    "charset": "utf-8",
    "body": """ミライナビ 寺西様

いつもお世話になっております。栗林です。
来期の掲載プランをご提案いただくにあたり、参考として当社の2027年度
新卒採用計画の資料をお送りします。
職種別の採用数と予算の考え方が載っていますので、ご確認ください。

よろしくお願いいたします。
""" + SIG_KURIBAYASHI,
    "attachments": [{
        "kind": "docx", "name": "2027年度_新卒採用計画.docx",
        "page_header": "社外秘",
        "title": "2027年度 新卒採用計画（社外秘）",
        "paragraphs": ["2027年度 新卒採用計画", "人事部 採用グループ 作成 / 経営会議 承認済",
                       "1. 採用予定数：総合職 30名、技術職 15名（前年比 +5名）",
                       "2. 採用予算：総額 8,200万円（媒体 3,100万円、イベント 1,400万円、RPO 2,300万円ほか）",
                       "3. 重点施策：理系母集団の拡大、関西圏の学内説明会強化、内定辞退率の低減（目標 18%以下）",
                       "4. 初任給：学部卒 265,000円（+15,000円改定予定、4月公表）"],
        "tables": [[["職種", "2026実績", "2027計画"], ["総合職", "27", "30"], ["技術職", "13", "15"]]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the attached hiring plan carries 社外秘 in its page header and title",
}

m015 = {
    "id": "setsumeikai-015",
    "sender": "Chika Noto <noto@hinode-sangyo.co.jp>",
    "to": ["Career Services <careers@lakemont.edu>"],
    "subject": "Virtual Career Fair for Japanese-speaking students - participation",
    "charset": "utf-8",
    "body": """Dear Career Services team,

Thank you for the invitation to the Lakemont University Japan Career Forum (online)
on April 22. Hinode Sangyo would be glad to take part.

A few questions before we register:
- Is the booth time slot fixed (10:00-14:00 EST), or can we choose two shorter sessions
  to fit our Tokyo staff's hours?
- May we show a 5-minute company video in the booth?
- Is there a fee for employers, and can it be paid by bank transfer in USD?

We plan to recruit 3 to 5 graduates for our overseas sales and engineering tracks.
Our job descriptions are on https://www.hinode-sangyo.co.jp/recruit/global/ .
""" + SIG_EN + "\n" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English mail to an overseas university about a career fair: no personal data, one recipient",
}

m016 = {
    "id": "setsumeikai-016",
    "sender": SAIYO,
    "to": ["yui.kagaya22@gmail.com", "hasumi.minato.0708@gmail.com", "aimono.rin@gmail.com"],
    "subject": "【重要】2/25オンライン説明会 URL変更のお知らせ",
    "charset": "utf-8",
    "body": """説明会にご予約いただいた皆様

日の出産業株式会社 新卒採用事務局です。
2月25日（水）14:00開始のオンライン会社説明会につきまして、
配信ツールの都合により参加URLが変更となりました。

新しいURL：https://hinode-sangyo.webex.example/j/8830-2205
ミーティングパスコード：0225

以前お送りしたURLは使用できませんのでご注意ください。
ご不便をおかけし申し訳ございません。
""" + SIG_SAIYO,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "visible parties: three students' private addresses in To, each can see the others",
}

m017 = {
    "id": "setsumeikai-017",
    "sender": YAMAGIWA,
    "to": ["栗林 健吾 <kuribayashi@hinode-sangyo.co.jp>", "役員秘書室 <hisho@mail.hinode-sangyo.co.jp>"],
    "cc": [ODAGIRI],
    "subject": "最終面接 候補者一覧と一次・二次評価（3/26役員面接用）",
    "charset": "iso-2022-jp",
    "body": """栗林部長
秘書室 各位

3/26（木）役員面接の候補者一覧と、これまでの評価をまとめました。
役員の皆様には前日までに秘書室経由で印刷版をお渡しください。

※社内限りの資料です。外部への転送はしないでください。
""" + SIG_YAMAGIWA,
    "attachments": [{
        "kind": "xlsx", "name": "最終面接候補者_0326.xlsx",
        "sheets": {"候補者": [["3/26 役員面接 候補者一覧"],
                              ["No", "氏名", "大学", "学部", "生年月日", "携帯", "一次", "二次", "コメント"]] + [
            [i + 1, p["name"], p["univ"], p["faculty"], p["dob"], p["mobile"],
             "A" if i % 3 else "B", "A" if i % 4 else "S", "論理的。リーダー経験あり" if i % 2 else "素直。志望度高"]
            for i, p in enumerate(_people(17, 18))]},
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": [],
    "note": "a full candidate list, but every recipient is internal (hinode-sangyo.co.jp and its mail. subdomain)",
}

_p018 = _people(18, 2)
m018 = {
    "id": "setsumeikai-018",
    "sender": NOTO,
    "to": ["港南行政書士事務所 栗栖先生 <kurisu@konan-gyosei.jp>"],
    "subject": "留学生内定者2名 在留資格変更許可申請のご依頼",
    "charset": "utf-8",
    "body": """港南行政書士事務所
栗栖先生

お世話になっております。日の出産業 人事部の能登です。
今春卒業予定の留学生内定者2名について、「留学」から「技術・人文知識・国際業務」への
在留資格変更許可申請の取次をお願いしたく、ご連絡いたしました。

【1】グエン・ティ・ハイン（NGUYEN THI HANH）
　　国籍：ベトナム　生年月日：2001年9月14日
　　在留カード番号：UH27483915FA　旅券番号：C8830172
　　筑紫国際大学 国際関係学部 4年

【2】チャン・ウェイ（ZHANG WEI）
　　国籍：中国　生年月日：2000年12月2日
　　在留カード番号：TK90318466EB　旅券番号：EJ4471902
　　瀬戸内理科大学大学院 工学研究科 修士2年

雇用契約書・会社案内・決算書の写しは来週郵送いたします。
ご不明点がございましたらお知らせください。
""" + SIG_NOTO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "identifier: residence card and passport numbers of two named foreign offer holders",
}

m019 = {
    "id": "setsumeikai-019",
    "sender": "茅野 慎一 <chino@hinode-sangyo.co.jp>",
    "to": ["北国フーズ ケータリング部 <catering@kitaguni-foods.co.jp>"],
    "subject": "10/1 内定式 懇親会ケータリングのご発注",
    "charset": "cp932",
    "body": """北国フーズ株式会社 ケータリング部 御中

いつもお世話になっております。日の出産業 総務部の茅野です。
先日お見積りいただいた内定式懇親会のケータリングについて、下記にて正式に発注いたします。

　日時：10月1日（木）17:30 配膳開始／18:00 乾杯／19:30 終了
　場所：日の出ビル 12階 大会議室（搬入は地下1階 荷捌き場から）
　人数：45名（内定者 38名・社員 7名）
　内容：北海道ビュッフェ Bプラン（@4,800円・税別）
　　　　ソフトドリンク飲み放題（アルコールなし）
　その他：ベジタリアン対応の大皿を1品追加でお願いします

請求書は月末締めで総務部宛にお送りください。
何卒よろしくお願いいたします。

日の出産業株式会社 総務部 茅野 慎一
TEL 03-5712-4402
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "catering order for the offer ceremony: head counts and menu, nobody's data",
}

_p020 = _people(20, 7)
_rows020 = "".join(
    f"<tr><td>{p['name']}</td><td>{p['kana']}</td><td>〒{p['zip']} {p['addr']}</td>"
    f"<td>{p['mobile']}</td><td>{d}</td></tr>\n"
    for p, d in zip(_p020, ["9/30", "9/30", "9/30", "9/30", "10/1", "9/30", "9/30"]))
m020 = {
    "id": "setsumeikai-020",
    "sender": YAMAGIWA,
    "to": ["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
    "subject": "内定式前泊 宿泊者名簿（7名）",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>さくらホテル 宿泊予約ご担当者様</p>
<p>いつもお世話になっております。日の出産業の山際です。<br>
先日ご予約いただいたシングル7室（団体名：日の出産業 内定式）について、宿泊者の名簿をお送りします。<br>
チェックイン時に本人確認ができるよう、フロントへの共有をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>フリガナ</th><th>住所</th><th>携帯</th><th>チェックイン</th></tr>
""" + _rows020 + """</table>
<p>精算は一括で当社宛請求書払いにてお願いいたします。</p>
<p>――――――――――――――――――――<br>日の出産業株式会社 人事部 採用グループ<br>山際 透子<br>
TEL 03-5712-4480</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: seven offer holders with home address and mobile in an HTML-only table to the hotel",
}


# ---------------------------------------------------------------------------------------
# 021-040
# ---------------------------------------------------------------------------------------

m021 = {
    "id": "setsumeikai-021",
    "sender": NOTO,
    "to": [MN_EVENT],
    "subject": "ミライナビ就職EXPO（東京・6/7）出展申込",
    "charset": "iso-2022-jp",
    "body": """株式会社ミライナビ
合同説明会事務局 御中

お世話になっております。日の出産業株式会社の能登です。
6/7（日）東京ビッグサイト開催の就職EXPOにつき、下記の通り出展を申し込みます。

・出展企業名：日の出産業株式会社
・ブースタイプ：スタンダード（3m×3m）、電源あり
・プレゼン枠：希望する（午後の部）
・当日責任者：能登 千佳（人事部）　当日携帯 080-4471-2093
・副責任者　：伊集院 蒼（営業本部・2022年入社）当日携帯 090-3318-7720
・搬入：前日6/6 16時～ 宅配にて段ボール3箱（青葉運輸から発送予定）

請求書の宛名は「日の出産業株式会社 人事部」でお願いいたします。
""" + SIG_NOTO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two staff members' names and day-of mobiles on a booth application: under five people, may warn",
}

m022 = {
    "id": "setsumeikai-022",
    "sender": YAMAGIWA,
    "to": ["宴会予約課 <banquet@sakura-hotel.co.jp>"],
    "subject": "Re: 3月5日 会社説明会 会場レイアウトの変更について",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 宴会予約課
小野寺様

お世話になっております。日の出産業の山際です。
レイアウト図のご送付ありがとうございました。
恐れ入りますが、以下の通り変更をお願いできますでしょうか。

・スクール形式 120席 → 100席に減らし、後方に個別相談ブース4つ分のスペースを確保
・受付机を入口外（ホワイエ）に移動
・プロジェクターは天吊りではなく、前方中央に設置

修正版のレイアウト図を頂戴できれば幸いです。
""" + SIG_YAMAGIWA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: sakura-hotel.co.jp instead of the partner hotel's sakura-hotel.jp (other TLD)",
}

m023 = {
    "id": "setsumeikai-023",
    "sender": ODAGIRI,
    "to": [CL_KUGA],
    "subject": "障がい者採用枠 二次面接の会場配慮について",
    "charset": "utf-8",
    "body": """久我様

お世話になっております。小田切です。
来週3/17（火）の障がい者採用枠・二次面接について、会場の配慮事項を共有します。

候補者：檜山 悠真さん（常磐文化大学 社会学部 4年）
　・身体障害者手帳 2級（下肢機能障害）、車椅子を使用
　・エレベーター前の会議室（8階 第3会議室）に変更済み
　・筆記試験は別室で、時間を1.3倍に延長
　・ご本人の希望により、面接官には事前に障害の内容を共有してよいとのこと

当日、1階受付から8階までの誘導をキャリアリンクス様のスタッフにお願いできれば幸いです。
""" + SIG_ODAGIRI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named candidate's disability certificate grade and condition sent to the vendor",
}

m024 = {
    "id": "setsumeikai-024",
    "sender": NOTO,
    "to": ["葵ヶ丘大学 キャリアセンター 宮坂様 <career@aoigaoka.ac.jp>"],
    "subject": "OB訪問受け入れ窓口のご案内",
    "charset": "cp932",
    "body": """葵ヶ丘大学 キャリアセンター
宮坂様

いつもお世話になっております。日の出産業の能登です。
先日ご相談いただいた、貴学学生のOB・OG訪問の受け入れについてご連絡いたします。

当社では、学生の皆様からの訪問希望はすべて採用事務局で受け付け、
業務の都合を見て社員をご紹介する形をとっております。
恐れ入りますが、学生の皆様には下記の窓口をご案内いただけますでしょうか。

　日の出産業 新卒採用事務局　saiyo@hinode-sangyo.co.jp
　（件名に「OB訪問希望／大学名／氏名」とご記入ください）

なお、貴学ご出身で現在営業本部に在籍している社員が2名おり、
秋以降は学内のキャリア講座への登壇も可能です。
""" + SIG_NOTO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary mail to a career centre: only the company's own desk address, no person's data",
}

m025 = {
    "id": "setsumeikai-025",
    "sender": ODAGIRI,
    "to": [TA_SUPPORT],
    "subject": "受検結果データ 修正版の送付",
    "charset": "utf-8",
    "body": """テストアセス サポートご担当者様

お世話になっております。日の出産業の小田切です。
先ほどお問い合わせした受検結果の件、当社側で突合した修正版を添付します。
受検IDの重複2件を削除しております。ご確認をお願いします。
""" + SIG_ODAGIRI,
    "attachments": [{"kind": "corrupt", "name": "受検結果_突合修正版.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: the attached workbook is corrupt and cannot be inspected",
}

_p026 = _people(26, 30)
_rng026 = random.Random(SEED + 26)
m026 = {
    "id": "setsumeikai-026",
    "sender": ODAGIRI,
    "to": [CL_HONGO],
    "subject": "適性検査結果（2月受検分）",
    "charset": "iso-2022-jp",
    "body": """本郷様

お疲れさまです。小田切です。
2月受検分の適性検査の結果一覧をお送りします。
判定C以下の方への一次面接案内は保留でお願いします。
""" + SIG_ODAGIRI,
    "attachments": [{
        "kind": "xlsx", "name": "TAP結果_2月受検.xlsx",
        "sheets": {
            "総合": [["【社外秘】適性検査 結果一覧（2月受検分）"],
                     ["受検ID", "氏名", "大学", "メール", "言語", "非言語", "総合", "判定"]] + [
                [f"TW26-{5001 + i}", p["name"], p["univ"], p["mail"], _rng026.randrange(35, 75),
                 _rng026.randrange(35, 75), _rng026.randrange(35, 75), _rng026.choice("ABBCCD")]
                for i, p in enumerate(_p026)],
            "性格特性": [["受検ID", "外向性", "協調性", "慎重性", "ストレス耐性", "タイプ"]] + [
                [f"TW26-{5001 + i}", _rng026.randrange(1, 11), _rng026.randrange(1, 11),
                 _rng026.randrange(1, 11), _rng026.randrange(1, 11), _rng026.choice(["推進", "調整", "分析", "支援"])]
                for i in range(30)],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data", "confidential_marking"],
    "note": "list (30 test takers with names, e-mail and scores) and a 【社外秘】 title row in the workbook",
}

m027 = {
    "id": "setsumeikai-027",
    "sender": "経理部 支払担当 <shiharai@hinode-sangyo.co.jp>",
    "to": ["キャリアリンクス 経理部 <keiri@careerlinks.co.jp>"],
    "subject": "お支払予定のご連絡（請求書No. CL-2026-0412）",
    "charset": "cp932",
    "body": """株式会社キャリアリンクス 経理部 御中

いつもお世話になっております。日の出産業株式会社 経理部の下村です。
貴社よりご送付いただいた下記請求書につき、お支払予定をご連絡いたします。

　請求書番号：CL-2026-0412
　件名　　　：2月度 採用代行業務（説明会運営・面接日程調整）
　金額　　　：1,936,000円（税込）
　お支払予定日：3月31日（火）
　お振込先　：みどり銀行 日本橋支店 普通 1702338 カ）キャリアリンクス

振込手数料は当社負担といたします。
適格請求書発行事業者登録番号（T1120001093377）も確認いたしました。

日の出産業株式会社 経理部 下村 早紀
TEL 03-5712-4420
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice payment notice: the vendor's company bank account and T-number, no person's data",
}

m028 = {
    "id": "setsumeikai-028",
    "sender": KURIBAYASHI,
    "to": [CL_KUGA, MN_TERANISHI, TA_YUZUKI],
    "subject": "2027年卒採用 キックオフ打合せ 日程調整のお願い",
    "charset": "iso-2022-jp",
    "body": """キャリアリンクス 久我様
ミライナビ 寺西様
テストアセス 柚木様

いつもお世話になっております。日の出産業の栗林です。
2027年卒採用のキックオフとして、各社様と一度にお打合せの場を設けたく、
ご都合をお伺いできますでしょうか。

候補日（いずれも14:00～15:30、当社本社 または オンライン）
　① 4/8（水）　② 4/9（木）　③ 4/14（火）

議題：年間スケジュール、説明会・選考フロー、適性検査の実施時期、役割分担
""" + SIG_KURIBAYASHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: three outside companies (RPO, job board, test vendor) addressed together in To",
}

m029 = {
    "id": "setsumeikai-029",
    "sender": NOTO,
    "to": ["東都大学 キャリアセンター 大迫様 <oseko@toto-u.ac.jp>"],
    "cc": [CL_KUGA],
    "subject": "学内説明会（4/16）当日の運営について",
    "charset": "utf-8",
    "body": """東都大学 キャリアセンター 大迫様
（cc：株式会社キャリアリンクス 久我様）

お世話になっております。日の出産業の能登です。
4/16の学内説明会では、当社の運営支援として株式会社キャリアリンクスの久我様にも
ご同行いただきます。受付・資料配布は久我様が担当いたしますので、
当日の搬入口と控室のご案内を、お二方にお送りいただけますと助かります。

当日は9:30に正門守衛室にて入構手続きを行う予定です。
よろしくお願いいたします。
""" + SIG_NOTO,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations (university and vendor) in To/Cc: a normal three-way mail",
}

m030 = {
    "id": "setsumeikai-030",
    "sender": "茅野 慎一 <chino@hinode-sangyo.co.jp>",
    "to": ["さくらホテル 宴会予約課 小野寺様 <banquet@sakura-hotel.jp>"],
    "subject": "Re: 内定式会場 ご予約確定とクレジットカード保証のお願い",
    "charset": "cp932",
    "body": """さくらホテル 宴会予約課
小野寺様

お世話になっております。日の出産業 総務部の茅野です。
10/1 内定式（鳳凰の間）の予約確定にあたり、保証用のカード情報をお知らせします。

　カード種別：法人カード（名義 HINODE SANGYO / SHINICHI CHINO）
　カード番号：""" + card_number(SEED + 101) + """
　有効期限：09/28

お支払い自体は当日ではなく、後日請求書払いを希望いたします。
よろしくお願いいたします。

日の出産業株式会社 総務部 茅野 慎一
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "identifier: a full credit card number in the body of a venue guarantee mail",
}

m031 = {
    "id": "setsumeikai-031",
    "sender": SAIYO,
    "to": ["真壁 芽依 <mei_makabe_0921@yahoo.co.jp>"],
    "subject": "Re: 一次面接の日程変更のお願い",
    "charset": "iso-2022-jp",
    "body": """真壁 芽依 様

ご連絡ありがとうございます。日の出産業 新卒採用事務局です。
日程変更の件、承知いたしました。
3月13日（金）15:00～ の枠でご予約を変更いたしましたので、ご確認ください。
会場・持ち物は先日ご案内の通りです。

""" + SIG_SAIYO + """

2026年3月6日(金) 22:41 真壁 芽依 <mei_makabe_0921@yahoo.co.jp>:
> 日の出産業株式会社 採用ご担当者様
>
> お世話になっております。信濃学院大学 経済学部3年の真壁芽依と申します。
> 3月12日10時30分からの一次面接につきまして、ゼミの発表と重なってしまい、
> 大変恐縮ですが、13日の午後に変更していただくことは可能でしょうか。
>
> 真壁 芽依（マカベ メイ）
> 〒371-0031 群馬県前橋市下小出町1丁目22-7
> 携帯：090-6614-2387
> mei_makabe_0921@yahoo.co.jp
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to one student on free mail; her address and phone appear only in the quoted text",
}

_p032 = _people(32, 6)
_fw032 = "\n".join(
    f"{i + 1}. {p['name']}（{p['kana']}）　{p['faculty']}　学籍番号 {p['uni_mail'].split('@')[0].upper()}\n"
    f"   連絡先：{p['mobile']}／{p['uni_mail']}"
    for i, p in enumerate(_p032))
m032 = {
    "id": "setsumeikai-032",
    "sender": ODAGIRI,
    "to": [CL_KUGA],
    "subject": "FW: 【北斗工業大学】学校推薦者のご連絡",
    "charset": "utf-8",
    "body": """久我様

小田切です。北斗工業大学から推薦者の連絡が来ましたので転送します。
6名とも推薦選考ルート（適性検査免除・一次面接から）でご案内をお願いします。

-------- Forwarded Message --------
Subject: 【北斗工業大学】学校推薦者のご連絡
Date: Mon, 16 Mar 2026 11:02:47 +0900
From: 北斗工業大学 就職課 <shushoku@hokuto-it.ac.jp>
To: odagiri@hinode-sangyo.co.jp

日の出産業株式会社
人事部 小田切様

平素より本学学生の就職にご高配を賜り、御礼申し上げます。
ご依頼いただきました技術職の学校推薦につき、学内選考の結果、
下記6名を推薦いたします。推薦書原本は別途郵送いたします。

""" + _fw032 + """

北斗工業大学 就職課　鴨志田
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: a forwarded university mail naming six recommended students with student IDs, mobiles and e-mails",
}

m033 = {
    "id": "setsumeikai-033",
    "sender": "茅野 慎一 <chino@hinode-sangyo.co.jp>",
    "to": [YAMAGIWA, "人事部 労務グループ <roumu@hinode-sangyo.co.jp>"],
    "subject": "内定者 個人番号の収集状況（3/10時点）",
    "charset": "utf-8",
    "body": """山際さん、労務グループ各位

内定者の個人番号の収集状況です（社内共有用）。
未提出の方への督促は採用グループからお願いします。

氏名            個人番号          確認書類
""" + "\n".join(
        f"{_pad(p['name'], 16)}{my_number(SEED + 11 + i) if i < 4 else '（未提出）':<18}{'通知カード＋免許証' if i % 2 else 'マイナンバーカード'}"
        for i, p in enumerate(_people(33, 6))) + """

茅野
""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": [],
    "note": "My Numbers of offer holders, but every recipient is internal",
}

m034 = {
    "id": "setsumeikai-034",
    "sender": YAMAGIWA,
    "to": ["ひまわりメディカルクリニック 産業保健室 <sangyo@himawari-mc.or.jp>"],
    "subject": "入社前健康診断 要再検査者についてのご相談",
    "charset": "iso-2022-jp",
    "body": """ひまわりメディカルクリニック
産業保健室 嘉納先生

お世話になっております。日の出産業 人事部の山際です。
先月の入社前健康診断で「要再検査」となった内定者について、
配属先（物流センター・夜勤あり）への就業可否のご意見をいただきたく、
結果票を添付いたします。ご本人の同意は得ております。
""" + SIG_YAMAGIWA,
    "attachments": [{
        "kind": "pdf", "name": "健診結果_要再検査_1名.pdf",
        "title": "入社前健康診断 結果票",
        "lines": ["入社前健康診断 結果票", "",
                  "氏名：寒河江 晴臣（サガエ ハルオミ）　性別：男",
                  "生年月日：平成15年7月30日（22歳）",
                  "受診日：2026年2月18日　受診機関：ひまわりメディカルクリニック",
                  "",
                  "【判定】",
                  "血圧 152/98 mmHg　…… D1 要再検査（高血圧症の疑い）",
                  "AST 88 / ALT 121 U/L …… D2 要精密検査（肝機能障害）",
                  "尿蛋白 （2+）          …… C 経過観察",
                  "既往歴：小児喘息（12歳まで通院）、2024年 虫垂炎手術",
                  "",
                  "総合判定：D 要精密検査"],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: one named offer holder's health check results and medical history in a PDF sent outside",
}

m035 = {
    "id": "setsumeikai-035",
    "sender": ODAGIRI,
    "to": [CL_HONGO],
    "cc": [CL_KUGA],
    "subject": "外部面接官向け 面接評価基準の送付",
    "charset": "cp932",
    "body": """本郷様
（cc 久我様）

お世話になっております。小田切です。
4月から一次面接をご担当いただく御社の面接官の皆様向けに、
当社の面接評価基準をお送りします。事前研修（4/2）で使用します。
""" + SIG_ODAGIRI,
    "attachments": [{
        "kind": "pdf", "name": "面接評価基準_2027.pdf",
        "page_header": "取扱注意",
        "page_footer": "日の出産業株式会社 人事部 ／ 取扱注意・複製禁止",
        "lines": ["一次面接 評価基準（2027年卒）", "",
                  "評価項目と配点", ""],
        "table": [["評価項目", "着眼点", "配点"],
                  ["主体性", "自ら課題を設定し行動した経験があるか", "25"],
                  ["対人影響力", "周囲を巻き込み成果を出したか", "25"],
                  ["論理的思考", "結論から簡潔に話せるか、根拠が明確か", "20"],
                  ["誠実さ", "失敗経験を率直に語れるか", "15"],
                  ["志望度", "当社の事業理解、他社との比較軸", "15"],
                  ["合否基準", "合計70点以上かつ各項目10点以上で通過", ""]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the PDF is stamped 取扱注意 in its page header and footer",
}

m036 = {
    "id": "setsumeikai-036",
    "sender": KURIBAYASHI,
    "to": [CL_KUGA],
    "subject": "業務委託契約書および秘密保持契約書の締結について",
    "charset": "iso-2022-jp",
    "body": """株式会社キャリアリンクス
久我様

いつもお世話になっております。日の出産業の栗林です。
2027年卒採用の業務委託契約書、ならびに秘密保持契約書（NDA）について、
当社法務の確認が完了いたしました。

・業務委託契約書：第7条（再委託）の文言修正をご了承いただいた版で確定
・秘密保持契約書：有効期間を契約終了後3年とする点で合意

押印済みの原本2部ずつを本日レターパックで発送いたしましたので、
ご押印のうえ1部ずつご返送ください。
なお、学生の個人情報の取扱いについては、NDAの別紙「個人情報の取扱いに関する覚書」に
従っていただきますようお願いいたします。
""" + SIG_KURIBAYASHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an outsourcing contract and an NDA: the words 秘密保持 are a topic, not a marking",
}

m037 = {
    "id": "setsumeikai-037",
    "sender": ODAGIRI,
    "to": ["ツバサシステム サポートデスク <support@tsubasa-sytem.jp>"],
    "subject": "採用管理システム 面接官アカウント追加のお願い",
    "charset": "utf-8",
    "body": """ツバサシステム サポートデスク 御中

いつもお世話になっております。日の出産業 人事部の小田切です。
採用管理システム「TSUBASA Recruit」について、4月からの面接期間に向け、
面接官用アカウント（閲覧・評価入力のみ）を10ライセンス追加したく存じます。

・契約ID：TSR-88127
・追加ライセンス：面接官ロール ×10
・利用期間：4/1～7/31
・請求：既存契約に合算

見積書をお送りいただけますでしょうか。
""" + SIG_ODAGIRI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: tsubasa-sytem.jp (an s dropped) instead of the partner's tsubasa-system.jp",
}

_p038 = _people(38, 20)
m038 = {
    "id": "setsumeikai-038",
    "sender": YAMAGIWA,
    "to": ["川崎電機 人事部 新卒採用課 <shinsotsu@kawasaki-denki.co.jp>"],
    "subject": "グループ合同選考 GD（4/9）班分け表",
    "charset": "iso-2022-jp",
    "body": """川崎電機株式会社 人事部 新卒採用課
羽田様

お世話になっております。日の出産業の山際です。
4/9（木）グループ合同選考のグループディスカッション班分けを添付いたします。
両社の応募者を混ぜて5名×4班としました。
当日の連絡用に携帯番号も記載しております。
""" + SIG_YAMAGIWA,
    "attachments": [{
        "kind": "docx", "name": "GD班分け_0409.docx",
        "paragraphs": ["グループ合同選考 グループディスカッション 班分け表", "日時：4月9日（木）13:00～16:00",
                       "会場：日の出ビル 12階 大会議室（A～D班）"],
        "tables": [[["班", "受験番号", "氏名", "大学・学部", "携帯電話", "応募先"]] + [
            [f"{'ABCD'[i // 5]}班", f"G{409000 + i + 1}", p["name"], f"{p['univ']} {p['faculty']}", p["mobile"],
             "日の出産業" if i % 2 else "川崎電機"]
            for i, p in enumerate(_p038)]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: twenty applicants with names and mobile numbers in a DOCX table to a partner company",
}

_p039 = _people(39, 6)
m039 = {
    "id": "setsumeikai-039",
    "sender": NOTO,
    "to": ["さくらホテル 宴会予約課 <banquet@sakura-hotel.jp>"],
    "subject": "3/5 説明会 登壇学生（座談会）名札のご準備",
    "charset": "cp932",
    "body": """さくらホテル 宴会予約課 ご担当者様

お世話になっております。日の出産業の能登です。
3/5の説明会の座談会パートで、昨年度の内定者（現 入社予定者）6名に登壇してもらいます。
卓上名札をホテル様でご用意いただけるとのことでしたので、表記を下記にてお願いいたします。

・""" + "\n・".join(f"{p['name']}（{p['univ']} {p['faculty']}）" for p in _p039) + """

名札はA4三角柱、ゴシック体でお願いいたします。
""" + SIG_NOTO,
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "six names with only school and faculty for name cards: a list of people, but without contact data",
}

m040 = {
    "id": "setsumeikai-040",
    "sender": YAMAGIWA,
    "to": [MN_TERANISHI],
    "subject": "今期の学内説明会 訪問予定校リスト",
    "charset": "utf-8",
    "body": """寺西様

お世話になっております。山際です。
先日のお打合せでお話しした、今期の学内説明会の訪問予定校を共有します。
ミライナビ様主催の学内イベントと重なる大学があれば教えてください。

大学名            窓口                  代表電話        開催予定
----------------  --------------------  --------------  --------
東都大学          キャリアセンター      03-3814-2201    4/16
北斗工業大学      就職課                011-881-4420    4/21
浪速商科大学      キャリア支援課        06-6391-7714    4/24
鳴海大学          就職・キャリア支援室  052-622-3180    5/08
葵ヶ丘大学        キャリアセンター      042-577-6021    5/12
筑紫国際大学      キャリアサポート課    092-871-5530    5/19

""" + SIG_YAMAGIWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of universities' career offices and switchboards: organisations, not people",
}


# ---------------------------------------------------------------------------------------
# 041-060
# ---------------------------------------------------------------------------------------

m041 = {
    "id": "setsumeikai-041",
    "sender": NOTO,
    "to": ["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"],
    "subject": "内定式 席次表・名簿冊子 入稿データ",
    "charset": "iso-2022-jp",
    "body": """錦印刷株式会社 制作部 ご担当者様

お世話になっております。日の出産業の能登です。
10/1 内定式で配布する席次表・内定者紹介冊子の入稿データをお送りします。
個人情報を含むため、PDFにはパスワードを設定しております。
パスワードは営業の吉良様にお電話でお伝え済みです。

部数：60部、納期：9/28（月）午前必着
""" + SIG_NOTO,
    "attachments": [{
        "kind": "pdf", "name": "内定式_席次表_紹介冊子.pdf", "password": "Nk1001hs",
        "lines": ["2027年度 内定式 席次表"] + [
            f"{'ABCDEF'[i // 6]}卓  {p['name']}  {p['univ']}  {p['faculty']}  出身：{p['pref_city'][:3]}"
            for i, p in enumerate(_people(41, 36))],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: password-protected PDF cannot be inspected",
}

m042 = {
    "id": "setsumeikai-042",
    "sender": "茅野 慎一 <chino@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 法人営業所 <houjin-tokyo@aoba-unyu.co.jp>"],
    "subject": "採用パンフレット 大学宛一括発送のお願い（12校）",
    "charset": "cp932",
    "body": """青葉運輸株式会社 法人営業所 御中

いつもお世話になっております。日の出産業 総務部の茅野です。
採用パンフレットを各大学のキャリアセンター宛に一括発送したく、
発送先リストを添付いたします。各校1箱（約8kg）です。

集荷希望：3月3日（火）午後　日の出ビル 地下1階 荷捌き場
お届け希望：3月5日（木）午前中

伝票は御社にて作成いただけますと助かります。
""",
    "attachments": [{
        "kind": "csv", "name": "hassousaki_daigaku.csv", "encoding": "cp932",
        "rows": [["No", "お届け先", "部署", "郵便番号", "住所", "電話番号", "個数"],
                 [1, "東都大学", "キャリアセンター", "113-0033", "東京都文京区本郷9-8-1 学生会館2F", "03-3814-2201", 1],
                 [2, "北斗工業大学", "就職課", "060-0808", "北海道札幌市北区北八条西11-2", "011-881-4420", 1],
                 [3, "浪速商科大学", "キャリア支援課", "532-0023", "大阪府大阪市淀川区十三東4-1-9", "06-6391-7714", 1],
                 [4, "鳴海大学", "就職・キャリア支援室", "458-0801", "愛知県名古屋市緑区鳴海町字杜若3", "052-622-3180", 1],
                 [5, "葵ヶ丘大学", "キャリアセンター", "186-0004", "東京都国立市中1-22-8", "042-577-6021", 1],
                 [6, "筑紫国際大学", "キャリアサポート課", "814-0180", "福岡県福岡市城南区七隈10-4-1", "092-871-5530", 1],
                 [7, "信濃学院大学", "学生支援課", "390-0802", "長野県松本市旭5-3-1", "0263-35-8710", 1],
                 [8, "瀬戸内理科大学", "キャリアセンター", "700-0005", "岡山県岡山市北区理大町2-6", "086-252-0931", 1],
                 [9, "常磐文化大学", "就職課", "310-0056", "茨城県水戸市文京3-1-1", "029-228-4105", 1],
                 [10, "港北経済大学", "キャリア開発センター", "223-0061", "神奈川県横浜市港北区日吉7-2-12", "045-561-3390", 1],
                 [11, "東都大学", "理工学部 就職担当", "113-0033", "東京都文京区本郷9-8-1 理工学部棟", "03-3814-2290", 1],
                 [12, "浪速商科大学", "大学院事務室", "532-0023", "大阪府大阪市淀川区十三東4-1-9", "06-6391-7720", 1]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of twelve university offices' business addresses and phones: organisations, not people",
}

_p043 = _people(43, 9)
m043 = {
    "id": "setsumeikai-043",
    "sender": SAIYO,
    "to": ["寺西 佳奈 <teranishi@mirainavi.jp>"],
    "subject": "2/25 説明会 無断欠席者への再案内配信のお願い",
    "charset": "utf-8",
    "body": """ミライナビ 寺西様

いつもお世話になっております。日の出産業 新卒採用事務局です。
2/25のオンライン説明会を無断欠席された方に、3月の追加開催分の案内を
ミライナビのメッセージ機能で配信いただけますでしょうか。
対象は以下の9名です（Excelから貼り付けています）。

氏名\tフリガナ\t大学\tメールアドレス
""" + "\n".join(f"{p['name']}\t{p['kana']}\t{p['univ']}\t{p['mail']}" for p in _p043) + """

配信文面は前回と同じもので構いません。
""" + SIG_SAIYO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: nine students' names and e-mail addresses pasted tab-separated into the body",
}

m044 = {
    "id": "setsumeikai-044",
    "sender": "茅野 慎一 <chino@hinode-sangyo.co.jp>",
    "to": ["あおい損保代理店 フリート担当 <fleet@aoi-hoken.co.jp>"],
    "subject": "営業車 運転者追加（新入社員2名）のご連絡",
    "charset": "iso-2022-jp",
    "body": """あおい損保代理店
フリート担当 宮路様

お世話になっております。日の出産業 総務部の茅野です。
4月入社の営業職2名を社有車の運転者として追加したく、
運転者限定特約の変更手続きをお願いいたします。

1. 喜屋武 大和（キャン ヤマト）
   生年月日：2003年5月19日
   運転免許証番号：第 6320 1947 5830 号（免許の色：グリーン）
2. 栃本 小町（トチモト コマチ）
   生年月日：2002年11月4日
   運転免許証番号：第 3021 8806 4197 号（免許の色：グリーン）

初心運転者期間中の扱いについてもご教示ください。

日の出産業株式会社 総務部 茅野 慎一
TEL 03-5712-4402
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "identifier: two new hires' driver's licence numbers with birth dates sent to an insurance agent",
}

m045 = {
    "id": "setsumeikai-045",
    "sender": YAMAGIWA,
    "to": [CL_KUGA],
    "subject": "説明会アンケート 集計結果（3月開催分）",
    "charset": "utf-8",
    "body": """久我様

お世話になっております。山際です。
3月開催分の説明会アンケートを集計しました。
次回の運営改善の打合せ（3/30）で使いますので、事前にご覧ください。
自由記述は個人が特定されないよう要約しています。
""" + SIG_YAMAGIWA,
    "attachments": [{
        "kind": "pptx", "name": "説明会アンケート集計_3月.pptx",
        "slides": [
            ["説明会アンケート集計（3月開催 4回）", "回答数 286 / 参加者 331（回答率 86.4%）"],
            ["満足度", "とても満足 48%", "満足 39%", "普通 10%", "不満・とても不満 3%"],
            ["参加のきっかけ", "ミライナビ 54%", "大学キャリアセンター 18%", "SNS 15%", "知人・OB 13%"],
            ["自由記述（要約）", "若手社員座談会がよかった（多数）", "海外勤務の実態を聞きたい",
             "オンライン回は音声が途切れた回があった", "選考フローを早めに知りたい"],
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "survey statistics in a PPTX: percentages and summarised comments, nobody identifiable",
}

m046 = {
    "id": "setsumeikai-046",
    "sender": NOTO,
    "to": ["宍戸 颯太 <sota.shishido@gmail.com>", "dekoboko.kanon@docomo.ne.jp",
           "Ichinose Itsuki <itsuki.ichinose@icloud.com>", "mizuki_ochi_19@outlook.jp"],
    "subject": "内定者懇親会（11/14）のご案内",
    "charset": "iso-2022-jp",
    "body": """内定者の皆さん

こんにちは。日の出産業 人事部の能登です。
先日の内定式ではお疲れさまでした。
関東近郊の内定者の皆さんを対象に、下記の通り懇親会を開催します。

日時：11月14日（土）12:00～14:30
場所：日の出ビル 12階 カフェテリア
内容：先輩社員とのランチ、部署紹介、入社までの課題の説明
服装：私服でお越しください

出欠を11/7（土）までに、このメールへの返信でお知らせください。
""" + SIG_NOTO,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "visible parties: four offer holders' private addresses (four providers) openly in To",
}

m047 = {
    "id": "setsumeikai-047",
    "sender": SAIYO,
    "to": [SAIYO],
    "bcc": [p["mail"] for p in _people(47, 6)],
    "subject": "【日の出産業】二次選考のご案内",
    "charset": "utf-8",
    "body": """一次面接を通過された皆様

日の出産業株式会社 新卒採用事務局です。
先日は一次面接にお越しいただき、ありがとうございました。
選考の結果、皆様には二次選考へお進みいただくこととなりました。

二次選考は現場社員との面接（30分）です。
下記の予約ページから、3月27日（金）までにご都合のよい枠をお選びください。

　https://recruit.hinode-sangyo.co.jp/entry/2nd-select

※本メールは一斉送信（BCC）でお送りしております。
""" + SIG_SAIYO,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "mass notice to students correctly sent in Bcc: nobody sees the others; free-mail recipients may warn",
}

m048 = {
    "id": "setsumeikai-048",
    "sender": KURIBAYASHI,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "内定取消の可否についてのご相談",
    "charset": "cp932",
    "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業の栗林です。
内定者1名について、内定取消の可否をご相談させてください。

対象者：越智 拓真（オチ タクマ）、2003年2月8日生、港北経済大学 法学部4年
経緯：
・9月に本人から「昨年、飲酒後の口論で相手に怪我をさせ、傷害容疑で逮捕された。
　不起訴処分となった」と申告がありました。
・エントリーシートの賞罰欄は「なし」と記載されていました。
・現時点で本人の勤務態度等に懸念を示す事情はありません。

経歴詐称を理由とした取消が認められるか、ご見解を伺えますでしょうか。
来週のご都合のよい日時にお打合せをお願いできれば幸いです。
""" + SIG_KURIBAYASHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named offer holder's arrest record, even though sent to the company's own law firm",
}

_p049 = _people(49, 14)
m049 = {
    "id": "setsumeikai-049",
    "sender": ODAGIRI,
    "to": ["青葉運輸 人事総務部 <jinji@aoba-unyu.co.jp>"],
    "subject": "夏季インターン 物流センター実習の参加者名簿",
    "charset": "utf-8",
    "body": """青葉運輸株式会社 人事総務部 御中

お世話になっております。日の出産業の小田切です。
8/19～8/21の夏季インターンシップ、御社物流センターでの現場実習に参加する学生の名簿をお送りします。
入構証の発行と、傷害保険の加入手続きにご利用ください。
""" + SIG_ODAGIRI,
    "attachments": [{
        "kind": "xlsx", "name": "インターン参加者名簿_物流実習.xlsx", "title": "夏季インターン 参加者名簿",
        "sheets": {
            "名簿": [["2026年 夏季インターンシップ 物流センター実習 参加者名簿"], ["作成：日の出産業 人事部 8/5"],
                     ["No", "氏名", "ふりがな", "大学", "学年", "生年月日", "現住所", "携帯電話", "緊急連絡先（続柄）"]] + [
                [i + 1, p["name"], p["kana"], p["univ"], p["grade"], p["heisei"], p["addr"], p["mobile"],
                 f"{p['mobile'][:4]}{(int(p['mobile'][4:8]) + 3117) % 9000 + 1000}{p['mobile'][8:]}（{'母' if i % 3 else '父'}）"]
                for i, p in enumerate(_p049)],
            "行程": [["日", "内容"], ["8/19", "安全教育・センター見学"], ["8/20", "入出荷実習"],
                     ["8/21", "改善提案発表"]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: fourteen interns with 和暦 birth dates, home addresses and phones, title rows above the header",
}

m050 = {
    "id": "setsumeikai-050",
    "sender": YAMAGIWA,
    "to": ["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
    "subject": "内定式前泊 団体予約（部屋数のみ）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業の山際です。
10/1の内定式に合わせ、遠方の内定者の前泊をお願いしたく、
まずは部屋数のみで仮押さえをお願いいたします。

・9/30（水）チェックイン、10/1（木）チェックアウト
・シングル（禁煙）8室
・朝食付き、精算は当社への一括請求
・宿泊者名は9月中旬に確定次第ご連絡します

料金のご案内をお待ちしております。
""" + SIG_YAMAGIWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "room block booking with counts only; names to follow later",
}

m051 = {
    "id": "setsumeikai-051",
    "sender": KURIBAYASHI,
    "to": [CL_KUGA],
    "subject": "【社外秘】選考通過基準と歩留まり目標（2027年卒）",
    "charset": "utf-8",
    "body": """━━━━━━━━━━━━━━━━━━━━━━━━
　社外秘　― 取扱いは本件担当者に限ります ―
━━━━━━━━━━━━━━━━━━━━━━━━

久我様

栗林です。先日ご依頼のあった選考各段階の通過基準と歩留まり目標です。
母集団形成の計画にお役立てください。

　エントリー → 説明会参加　 目標 45%
　説明会 → ES提出　　　　　 目標 60%
　ES → 適性検査通過　　　　 基準 TAP総合 50以上（理系は45以上）、目標 70%
　一次面接通過　　　　　　　 目標 40%
　二次面接通過　　　　　　　 目標 50%
　最終面接通過（内定）　　　 目標 60%
　内定承諾率　　　　　　　　 目標 82%

以上
""" + SIG_KURIBAYASHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the subject and a banner in the body classify the mail 社外秘",
}

m052 = {
    "id": "setsumeikai-052",
    "sender": NOTO,
    "to": ["鳴海大学 就職・キャリア支援室 <job@narumi-u.ac.jp>"],
    "subject": "求人票の更新について（日の出産業株式会社）",
    "charset": "cp932",
    "body": """鳴海大学 就職・キャリア支援室
ご担当者様

平素より大変お世話になっております。日の出産業株式会社の能登です。
貴学の求人検索システムに登録しております弊社求人票につきまして、
初任給の改定に伴い、下記の通り内容を更新いたしました。

　初任給（学部卒）：265,000円 → 280,000円
　初任給（修士了）：285,000円 → 300,000円
　勤務地：「東京・大阪」→「東京・大阪・名古屋」

システム上の更新は本日完了しております。
学生の皆様へのご周知をよろしくお願い申し上げます。
""" + SIG_NOTO + "\n" + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "job posting update with the standard confidentiality disclaimer at the end: not a marking",
}

m053 = {
    "id": "setsumeikai-053",
    "sender": "人事部 労務・採用 <roumu@hinode-sangyo.co.jp>",
    "to": ["佐伯社会保険労務士事務所 <office@saeki-sr.jp>"],
    "subject": "第二新卒入社者の基礎年金番号について",
    "charset": "iso-2022-jp",
    "body": """佐伯社会保険労務士事務所 御中

お世話になっております。日の出産業 人事部の茅野です。
4月入社の第二新卒2名は前職で厚生年金に加入していたため、
基礎年金番号を下記の通りお知らせします（年金手帳の写しは郵送します）。

　雲井 湊（クモイ ミナト）　　基礎年金番号 4410-728193
　四十物 遥（アイモノ ハルカ）基礎年金番号 1207-355648

資格取得届への記載をお願いいたします。

--
日の出産業株式会社 人事部 労務グループ
茅野 慎一  TEL 03-5712-4470
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "identifier: two people's basic pension numbers sent outside",
}

m054 = {
    "id": "setsumeikai-054",
    "sender": ODAGIRI,
    "to": [CL_HONGO],
    "subject": "内定者課題（第1回）講評コメント",
    "charset": "utf-8",
    "body": """本郷様

お疲れさまです。小田切です。
内定者課題（第1回レポート）への講評コメントを添付します。
内定者への返却用フォーマットに転記をお願いできますか。
""" + SIG_ODAGIRI,
    "attachments": [{"kind": "corrupt", "name": "内定者課題_講評コメント.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: the attached DOCX is corrupt",
}

_q055 = _people(55, 6)
m055 = {
    "id": "setsumeikai-055",
    "sender": YAMAGIWA,
    "to": ["浪速商科大学 キャリア支援課 <career-support@naniwa-shoka.ac.jp>"],
    "subject": "RE: 学内選考 推薦者のご連絡",
    "charset": "iso-2022-jp",
    "body": """浪速商科大学 キャリア支援課
樫村様

ご連絡ありがとうございます。日の出産業の山際です。
6名の皆様の推薦、確かに承りました。
選考のご案内は来週中に当社から各学生へ直接お送りいたします。
引き続きよろしくお願いいたします。
""" + SIG_YAMAGIWA + """

-----Original Message-----
From: 樫村 恵 <career-support@naniwa-shoka.ac.jp>
Sent: Tuesday, March 10, 2026 2:18 PM
To: yamagiwa@hinode-sangyo.co.jp
Subject: 学内選考 推薦者のご連絡

日の出産業株式会社 山際様

本学学内選考の結果、下記6名を推薦いたします。

""" + "\n".join(f"{p['name']}　{p['faculty']}　{p['uni_mail']}　{p['mobile']}" for p in _q055) + """

浪速商科大学 キャリア支援課 樫村
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the six students' rows are only in the quoted original from the university (-----Original Message-----)",
}

m056 = {
    "id": "setsumeikai-056",
    "sender": ODAGIRI,
    "to": ["能登 千佳 <noto@hinode-sangy0.co.jp>"],
    "cc": ["kuribayashi@hinode-sangyo.co.jp"],
    "subject": "4/16 東都大学 学内説明会 当日の動き",
    "charset": "utf-8",
    "body": """能登さん
（cc 栗林部長）

お疲れさまです。小田切です。
4/16の学内説明会の当日の動きをまとめました。

 8:40 本社出発（社用車、資材積込み済み）
 9:30 正門守衛室で入構手続き
10:00 会場設営（ブース・モニター）
11:00～12:30 第1部（会社説明・質疑）
13:30～15:00 第2部（若手社員座談会）
15:30 撤収、16:30 帰社

パンフレット200部、ノベルティ150個を持参します。
""" + SIG_ODAGIRI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: hinode-sangy0.co.jp (zero for o) looks like the company's own domain",
}

_p057 = _people(57, 30)
m057 = {
    "id": "setsumeikai-057",
    "sender": "山際 透子 <yamagiwa@mail.hinode-sangyo.co.jp>",
    "to": [CL_KUGA],
    "subject": "大学別エントリー者データ（3月第2週）",
    "charset": "cp932",
    "body": """久我様

お世話になっております。山際です。
3月第2週までのエントリー者データを大学別にまとめ、ZIPにしてお送りします。
中身はCSV（全件）とExcel（大学別シート）です。
""" + SIG_YAMAGIWA,
    "attachments": [{
        "kind": "zip", "name": "entry_2026w11.zip",
        "files": [
            {"kind": "csv", "name": "entry_all.csv", "encoding": "utf-8",
             "rows": [["entry_id", "name", "kana", "birth", "univ", "email", "tel"]] + [
                 [f"E{260300 + i}", p["name"], p["kana"], p["dob"].replace("/", "-"), p["univ"], p["mail"],
                  p["mobile"].replace("-", "")] for i, p in enumerate(_p057)]},
            {"kind": "xlsx", "name": "entry_by_univ.xlsx",
             "sheets": {u: [["氏名", "メール", "携帯"]] + [[p["name"], p["mail"], p["mobile"]]
                                                          for p in _p057 if p["univ"] == u] or [["（該当なし）"]]
                        for u in sorted({p["univ"] for p in _p057})}},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: thirty entrants (birth dates, e-mail, phone) in a CSV and a workbook inside a plain ZIP",
}

m058 = {
    "id": "setsumeikai-058",
    "sender": SAIYO,
    "to": ["Funaki Kohei <kohei.funaki@outlook.jp>"],
    "subject": "【日の出産業】大阪支社での最終面接 会場のご案内",
    "charset": "utf-8",
    "body": """舟木 航平 様

日の出産業 新卒採用事務局です。
4月8日（水）の最終面接は大阪支社で行います。
会場の地図（HTML・PDF）を添付しますので、当日はご確認のうえお越しください。

　大阪支社：大阪市北区中之島三丁目6番21号 中之島ノースビル14階
　最寄駅：京阪中之島線 渡辺橋駅 徒歩2分

交通費は当日、実費（上限2万円）を精算いたします。領収書をお持ちください。
""" + SIG_SAIYO,
    "attachments": [
        {"kind": "html", "name": "osaka_access.html",
         "html": "<html><body><h2>日の出産業 大阪支社 アクセス</h2><p>大阪市北区中之島三丁目6番21号 中之島ノースビル14階</p>"
                 "<p>TEL 06-6447-3300（代表）</p><ul><li>京阪中之島線 渡辺橋駅 2番出口 徒歩2分</li>"
                 "<li>地下鉄四つ橋線 肥後橋駅 徒歩5分</li></ul><img src='map.png'></body></html>"},
        {"kind": "png", "name": "map.png"},
        {"kind": "pdf", "name": "大阪支社_地図.pdf",
         "lines": ["日の出産業株式会社 大阪支社", "〒530-0005 大阪市北区中之島3-6-21 中之島ノースビル14F",
                   "TEL 06-6447-3300（代表）", "受付は14階エレベーターホール右手です。"]},
    ],
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "directions to one student on free mail: office address and switchboard only",
}

m059 = {
    "id": "setsumeikai-059",
    "sender": "茅野 慎一 <chino@hinode-sangyo.co.jp>",
    "to": ["北国フーズ ケータリング部 <catering@kitaguni-foods.co.jp>"],
    "subject": "Re: 10/1 内定式 懇親会ケータリング 個別対応のお願い",
    "charset": "utf-8",
    "body": """北国フーズ ケータリング部 ご担当者様

お世話になっております。日の出産業 総務部の茅野です。
先日の発注に追加して、個別のお食事対応をお願いいたします。

・ラフマン・アフマド さん（内定者）
　イスラム教徒のため、ハラール対応のお弁当を1食。豚・アルコール由来の調味料不使用でお願いします。
・比嘉 結衣 さん（内定者）
　宗教上の理由（セブンスデー・アドベンチスト）により肉類・甲殻類を召し上がらないため、菜食の1食。

お二人の席は、当日会場で名札を置いてご案内します。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: two named offer holders' religion stated to the caterer",
}

_p060 = _people(60, 2)
m060 = {
    "id": "setsumeikai-060",
    "sender": YAMAGIWA,
    "to": ["さくらホテル 宴会予約課 小野寺様 <banquet@sakura-hotel.jp>"],
    "subject": "内定式 会食のアレルギー対応について",
    "charset": "iso-2022-jp",
    "body": """小野寺様

お世話になっております。山際です。
10/1の内定式後の会食につき、事前アンケートで食物アレルギーの申告が2名からありました。
お席の名札と合わせて、下記の対応をお願いできますでしょうか。

　""" + _p060[0]["name"] + """ 様：卵・乳（重度。調理器具の共用も不可とのこと）
　""" + _p060[1]["name"] + """ 様：そば・ピーナッツ

ご対応が難しいメニューがありましたら事前にご相談ください。
""" + SIG_YAMAGIWA,
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "two named people's food allergies to the venue: health data for a benign purpose, judgement call",
}


# ---------------------------------------------------------------------------------------
# 061-080
# ---------------------------------------------------------------------------------------

m061 = {
    "id": "setsumeikai-061",
    "sender": "Chika Noto <noto@hinode-sangyo.co.jp>",
    "to": ["Career Services <careers@lakemont.edu>", "Employer Relations <employers@brightwater.ac.uk>",
           "Careers Office <careers@southgate-uni.edu.au>"],
    "subject": "Hinode Sangyo - Online Information Session for Japanese-speaking students (May 20)",
    "charset": "utf-8",
    "body": """Dear Career Services colleagues,

Hinode Sangyo Co., Ltd., a Tokyo-based industrial trading company, will hold an online
information session for Japanese-speaking students graduating in 2027:

  Date: Wednesday, May 20, 2026
  Time: 9:00-10:00 (UTC) / 18:00-19:00 (JST)
  Language: Japanese (Q&A in English available)
  Registration: https://www.hinode-sangyo.co.jp/recruit/global/session0520

We would be grateful if you could share this with students who may be interested.
A flyer in PDF can be downloaded from the same page.
""" + SIG_EN,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: three overseas universities addressed together in To",
}

m062 = {
    "id": "setsumeikai-062",
    "sender": ODAGIRI,
    "to": [TA_YUZUKI],
    "subject": "TAP-W 受検ID 追加発行のお願い（200件）",
    "charset": "iso-2022-jp",
    "body": """テストアセス 柚木様

いつもお世話になっております。日の出産業の小田切です。
エントリー数が想定を上回っているため、TAP-Wの受検IDを200件追加で発行いただけますでしょうか。

・契約番号：TA-2026-0088
・追加件数：200件（単価 2,800円・税別）
・受検期間：4/1～5/31
・結果の納品：従来通り週次でCSV（管理画面からダウンロード）

ご対応可能かどうか、ご回答をお願いいたします。
""" + SIG_ODAGIRI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "order for more test IDs: contract number, counts and price, no person",
}

_p063 = _people(63, 7)
_res063 = ["一次面接 通過", "一次面接 通過", "見送り", "一次面接 通過", "辞退", "見送り", "一次面接 通過"]
m063 = {
    "id": "setsumeikai-063",
    "sender": YAMAGIWA,
    "to": ["ネクストキャリア 新卒紹介部 三浦様 <miura@nextcareer-agent.jp>"],
    "subject": "ご紹介学生（7名）の選考状況について",
    "charset": "cp932",
    "body": """株式会社ネクストキャリア 新卒紹介部
三浦様

いつもお世話になっております。日の出産業の山際です。
3月にご紹介いただいた学生7名の選考状況をご報告いたします。

""" + "\n".join(
        f"■{p['name']}（{p['kana']}）\n"
        f"　{p['univ']} {p['faculty']} {p['grade']}\n"
        f"　TEL {p['mobile']}　MAIL {p['mail']}\n"
        f"　結果：{r}\n"
        for p, r in zip(_p063, _res063)) + """
通過者の二次面接日程は、別途ご連絡いたします。
""" + SIG_YAMAGIWA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: seven candidates, one block each, with phone, e-mail and selection result, to an agency",
}

m064 = {
    "id": "setsumeikai-064",
    "sender": NOTO,
    "to": [MN_EVENT],
    "subject": "6/7 就職EXPO プレゼン枠 登壇者情報",
    "charset": "utf-8",
    "body": """ミライナビ 合同説明会事務局 御中

お世話になっております。日の出産業の能登です。
6/7 プレゼン枠（午後の部）の登壇者情報をお送りします。
当日配布のパンフレットに掲載いただくプロフィールです。

・一ノ瀬 美月（営業本部 産業機械部）2021年入社／葵ヶ丘大学 経済学部卒
・城之内 智也（技術本部 制御システム課）2019年入社／北斗工業大学大学院 修了
・能登 千佳（人事部 採用グループ）モデレーター

写真データは後日お送りします。
""" + SIG_NOTO,
    "expect": "pass",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "three staff speakers' names with department and alma mater for a programme: few people, no contact data",
}

m065 = {
    "id": "setsumeikai-065",
    "sender": "茅野 慎一 <chino@hinode-sangyo.co.jp>",
    "to": ["佐伯 <saeki@saeki-sr.jp>"],
    "subject": "Re: 雇用保険 資格取得届の不足事項",
    "charset": "cp932",
    "body": """佐伯先生

お世話になっております。茅野です。
ご指摘の不足分、本人に確認が取れましたのでお知らせします。

　氏名：鬼塚 菜々子（オニヅカ ナナコ）
　個人番号：""" + _zen(" ".join([my_number(SEED + 21)[i:i + 4] for i in (0, 4, 8)])) + """

以上、よろしくお願いいたします。

> 茅野様
> 鬼塚様の雇用保険資格取得届について、個人番号の記載がございません。
> お手数ですがご確認のうえご連絡ください。
> 佐伯社会保険労務士事務所 佐伯
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "identifier: one named person's My Number written in full-width digits in the new text",
}

m066 = {
    "id": "setsumeikai-066",
    "sender": KURIBAYASHI,
    "to": ["北斗工業大学 就職課 <shushoku@hokuto-it.ac.jp>"],
    "subject": "技術職 学校推薦のお願い（2027年3月卒業予定者）",
    "charset": "iso-2022-jp",
    "body": """北斗工業大学 就職課
鴨志田様

拝啓　時下ますますご清祥のこととお慶び申し上げます。
平素より弊社の採用活動にご協力を賜り、誠にありがとうございます。

さて、本年も技術職の学校推薦をお願いいたしたく、ご案内申し上げます。

　対象：工学部・工学研究科の2027年3月卒業・修了予定者
　推薦枠：3名（機械系2名、電気電子・情報系1名）
　推薦締切：2026年3月13日（金）
　選考：推薦者は適性検査を免除し、一次面接から選考いたします

推薦書の様式は従来通りで結構です。
何卒よろしくお願い申し上げます。

敬具
""" + SIG_KURIBAYASHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "formal request for school recommendations: quotas and dates only",
}

_p067 = _people(67, 10)
_ev067 = ["A", "A", "B", "A", "S", "B", "A", "B", "A", "A"]
_nx067 = ["3/24 10:00", "3/24 11:00", "3/24 13:30", "3/25 10:00", "3/25 11:00", "3/25 13:30",
          "3/26 10:00", "3/26 11:00", "3/26 13:30", "3/26 14:30"]
m067 = {
    "id": "setsumeikai-067",
    "sender": ODAGIRI,
    "to": [CL_KUGA],
    "subject": "一次面接（3/12・13）通過者と二次面接 仮日程",
    "charset": "utf-8",
    "body": """久我様

小田切です。一次面接の通過者10名と、二次面接の仮日程です。
学生への通過連絡と日程確認をお願いします。

""" + "\n".join(f"{p['name']}, {p['univ']}, 評価{e}, {n}, {p['mail']}"
                for p, e, n in zip(_p067, _ev067, _nx067)) + "\n" + SIG_ODAGIRI,
    "html": """<html><body><p>久我様</p><p>小田切です。一次面接の通過者10名と、二次面接の仮日程です。<br>
学生への通過連絡と日程確認をお願いします。</p>
<table border="1"><tr><th>氏名</th><th>大学</th><th>一次評価</th><th>二次 仮日程</th><th>メール</th></tr>
""" + "".join(f"<tr><td>{p['name']}</td><td>{p['univ']}</td><td>{e}</td><td>{n}</td><td>{p['mail']}</td></tr>"
              for p, e, n in zip(_p067, _ev067, _nx067)) + """</table>
<p>--<br>日の出産業株式会社 人事部 採用グループ 主任 小田切 拓海</p></body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "list: ten candidates with e-mail and interview grades, in both the text and the HTML part",
}

m068 = {
    "id": "setsumeikai-068",
    "sender": KURIBAYASHI,
    "to": ["北斗工業大学 就職課 鴨志田様 <shushoku@hokuto-it.ac.jp>"],
    "subject": "学校推薦者 選考結果のご通知",
    "charset": "iso-2022-jp",
    "body": """北斗工業大学 就職課
鴨志田様

お世話になっております。日の出産業の栗林です。
ご推薦いただいた学生の選考結果を、通知書（PDF）にてお送りいたします。
ファイルはZIPで暗号化しております。解凍パスワードは追ってお送りいたします。
""" + SIG_KURIBAYASHI,
    "attachments": [{
        "kind": "zip", "name": "選考結果通知_北斗工業大学.zip", "password": "hokuto0401",
        "files": [{"kind": "pdf", "name": "選考結果通知.pdf",
                   "lines": ["選考結果のご通知", "推薦者6名 うち内定3名"]}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: encrypted ZIP (password to follow), contents cannot be inspected",
}

m069 = {
    "id": "setsumeikai-069",
    "sender": YAMAGIWA,
    "to": ["健康管理室 <kenko@mail.hinode-sangyo.co.jp>"],
    "cc": [KURIBAYASHI],
    "subject": "入社前健診 要再検査者一覧（社内）",
    "charset": "utf-8",
    "body": """健康管理室 御中

入社前健康診断で要再検査・要精密検査となった内定者の一覧です。
産業医面談の日程調整をお願いいたします。

氏名            判定  所見
""" + "\n".join(
        f"{_pad(p['name'], 16)}{j}    {f}" for p, j, f in zip(
            _people(69, 5), ["D1", "D2", "C", "D1", "D2"],
            ["貧血（Hb 9.8）", "肝機能（ALT 96）", "心電図 軽度異常", "血圧 148/96", "尿糖（2+）"])) + """

""" + SIG_YAMAGIWA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "health check findings of named offer holders, but only to internal recipients",
}

m070 = {
    "id": "setsumeikai-070",
    "sender": NOTO,
    "to": ["北国フーズ 弁当受注センター <bento@kitaguni-foods.jp>"],
    "subject": "4/16 学内説明会 スタッフ弁当の注文",
    "charset": "cp932",
    "body": """北国フーズ 弁当受注センター 御中

いつもお世話になっております。日の出産業の能登です。
下記の通りお弁当を注文いたします。

・お届け日時：4/16（木）11:45
・お届け先：日の出ビル 8階 人事部（受付でお呼び出しください）
・内容：幕の内弁当（松）6個、お茶 6本
・お支払い：月末請求書

よろしくお願いいたします。
""" + SIG_NOTO,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: kitaguni-foods.jp (co. dropped) instead of the partner's kitaguni-foods.co.jp",
}

m071 = {
    "id": "setsumeikai-071",
    "sender": ODAGIRI,
    "to": [CL_HONGO],
    "subject": "二次面接 申し送り（相馬さん）",
    "charset": "iso-2022-jp",
    "body": """本郷様

小田切です。3/25の二次面接（御社 面接官ご担当）に向けて、申し送りです。

相馬 花音さん（信濃学院大学 文学部）
一次面接で、大学2年次に「適応障害と診断され、うつ状態のため1年間休学した。
現在は通院を終え、主治医から就労可能と言われている」とご本人から説明がありました。
二次面接では休学期間について深掘りしないようお願いします。
学業・アルバイトの経験を中心にお聞きください。

よろしくお願いします。
""" + SIG_ODAGIRI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named candidate's mental health diagnosis and leave of absence sent to the vendor",
}

m072 = {
    "id": "setsumeikai-072",
    "sender": SAIYO,
    "to": ["kusuda-chihiro.0312@docomo.ne.jp"],
    "subject": "Re: 最終面接の交通費について",
    "charset": "iso-2022-jp",
    "body": """楠田 千尋 様

お問い合わせありがとうございます。日の出産業 新卒採用事務局です。
最終面接にお越しいただく際の交通費は、以下の規定で支給いたします。

・対象：最終面接（対面）にお越しいただく方
・金額：最寄駅から当社までの往復運賃の実費（新幹線は普通車指定席まで）
・上限：30,000円
・方法：当日、領収書または乗車券の控えをご提示いただき現金でお渡しします

ご不明な点があればお気軽にお問い合わせください。
""" + SIG_SAIYO,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "answer to one student on a carrier address about travel expenses: no personal data",
}

_p073 = _people(73, 8)
_banks073 = [("みどり銀行", "0188", "新宿支店", "112"), ("東洋信用金庫", "1283", "本店営業部", "001"),
             ("みどり銀行", "0188", "梅田支店", "415"), ("ゆうちょ銀行", "9900", "〇一八", "018"),
             ("北陸協和銀行", "0512", "金沢駅前支店", "203"), ("みどり銀行", "0188", "天神支店", "702"),
             ("瀬戸内銀行", "0571", "岡山中央支店", "110"), ("みどり銀行", "0188", "仙台支店", "311")]
m073 = {
    "id": "setsumeikai-073",
    "sender": "経理部 支払担当 <shiharai@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 日本橋支店 法人営業課 <nihonbashi-hojin@midori-ginko.co.jp>"],
    "subject": "総合振込データ（最終面接 交通費 8件）",
    "charset": "utf-8",
    "body": """みどり銀行 日本橋支店 法人営業課
ご担当者様

いつもお世話になっております。日の出産業 経理部の下村です。
伝送サービスの不具合でデータが送れないため、本日分の総合振込データをCSVにてお送りします。
（遠方から最終面接に来た学生の交通費精算分です）
振込指定日：3月27日

日の出産業株式会社 経理部 下村 早紀
""",
    "attachments": [{
        "kind": "csv", "name": "furikomi_0327_kotsuhi.csv", "encoding": "utf-8",
        "rows": [["受取人名（カナ）", "氏名", "銀行名", "銀行コード", "支店名", "支店コード", "預金種目", "口座番号", "金額"]] + [
            [p["kana"].replace(" ", "　"), p["name"], b, bc, br, brc, "普通", f"{(i * 1737 + 4021) % 9000000 + 1000000:07d}",
             [18420, 26800, 14300, 30000, 22150, 27600, 16480, 21900][i]]
            for i, (p, (b, bc, br, brc)) in enumerate(zip(_p073, _banks073))],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "list: eight students' bank accounts for travel reimbursement in a CSV, even though to the partner bank",
}

m074 = {
    "id": "setsumeikai-074",
    "sender": "経理部 支払担当 <shiharai@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 日本橋支店 法人営業課 <nihonbashi-hojin@midori-ginko.co.jp>"],
    "subject": "伝送サービス エラーの件（お問い合わせ）",
    "charset": "cp932",
    "body": """みどり銀行 日本橋支店 法人営業課
ご担当者様

いつもお世話になっております。日の出産業 経理部の下村です。
本日午前、法人向け伝送サービスで総合振込データを送信しようとしたところ、
「E-2041 ファイル形式が不正です」と表示され、送信できませんでした。

・契約者番号：MB-00731884
・操作日時：3月26日 10:12頃
・ファイル：全銀フォーマット（120バイト固定長）

振込指定日が明日のため、代替手段（窓口持込み等）も含めてご教示いただけますでしょうか。
なお、振込データそのものはメールではお送りいたしません。

日の出産業株式会社 経理部 下村 早紀
TEL 03-5712-4420
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "support question to the partner bank: contract number and error code, no people's data",
}

m075 = {
    "id": "setsumeikai-075",
    "sender": "Kengo Kuribayashi <kuribayashi@hinode-sangyo.co.jp>",
    "to": ["Priya Raman <priya.raman@talentbridge-asia.com>"],
    "subject": "2027 graduate hiring plan for the Singapore and Bangkok offices",
    "charset": "utf-8",
    "body": """Dear Priya,

Thank you for the call yesterday. As discussed, I attach our 2027 graduate hiring plan
for the Singapore and Bangkok offices, so that TalentBridge can prepare its proposal
for campus sourcing in the region.

Please note the salary bands are not final until our board meeting in May.
""" + SIG_KURIBAYASHI,
    "attachments": [{
        "kind": "xlsx", "name": "Graduate_Hiring_Plan_2027_SEA.xlsx",
        "page_header": "CONFIDENTIAL - Internal Only",
        "sheets": {
            "Plan": [["CONFIDENTIAL - Internal Only"], ["2027 Graduate Hiring Plan (SEA)"],
                     ["Office", "Track", "Headcount", "Salary band (local)", "Start"],
                     ["Singapore", "Sales", 4, "SGD 4,200-4,800", "2027-07"],
                     ["Singapore", "Engineering", 2, "SGD 4,600-5,200", "2027-07"],
                     ["Bangkok", "Sales", 3, "THB 38,000-45,000", "2027-06"],
                     ["Bangkok", "Supply chain", 2, "THB 36,000-42,000", "2027-06"]],
            "Budget": [["Item", "JPY"], ["Agency fees", 9600000], ["Campus events", 3100000],
                       ["Relocation", 2400000]],
        },
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the workbook is labelled CONFIDENTIAL - Internal Only in a title row and page header",
}

m076 = {
    "id": "setsumeikai-076",
    "sender": YAMAGIWA,
    "to": [MN_TERANISHI],
    "subject": "Re: 選考基準の共有について",
    "charset": "iso-2022-jp",
    "body": """寺西様

お世話になっております。山際です。
ご提案いただいた「スカウト配信の精度向上のため選考基準を共有いただきたい」との件、
社内で検討いたしましたが、選考基準の詳細は社外秘としているため、
資料そのものをお渡しすることはいたしかねます。申し訳ございません。

代わりに、スカウト対象の条件として下記をお伝えします。
・理系：機械・電気電子・情報系の学部3年／修士1年
・文系：学部不問、海外経験や語学（TOEIC 730点以上）を歓迎
・勤務地：東京・大阪・名古屋の転勤が可能な方

ご不明点があれば、次回の定例でお話しできればと思います。
""" + SIG_YAMAGIWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘 only mentioned as the reason for not sharing: not a classification of this mail",
}

m077 = {
    "id": "setsumeikai-077",
    "sender": YAMAGIWA,
    "to": [CL_KUGA, "さくらホテル 宴会予約課 小野寺様 <banquet@sakura-hotel.jp>"],
    "cc": ["北国フーズ ケータリング部 <catering@kitaguni-foods.co.jp>"],
    "subject": "10/1 内定式 当日進行表（最終版）",
    "charset": "utf-8",
    "body": """キャリアリンクス 久我様
さくらホテル 小野寺様
北国フーズ ケータリング部 ご担当者様

お世話になっております。日の出産業の山際です。
10/1 内定式の当日進行表（最終版）を共有いたします。

12:00 会場設営開始（ホテル様）／受付準備（キャリアリンクス様）
13:00 内定者受付開始
13:30 内定式（社長挨拶・内定証書授与）
15:00 写真撮影
15:30 グループワーク
17:30 懇親会 配膳開始（北国フーズ様）
18:00 懇親会
19:30 終了・撤収

変更がございましたら、本メールに全員返信でご連絡ください。
""" + SIG_YAMAGIWA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "visible parties: three outside companies (vendor, hotel, caterer) see each other in To/Cc",
}

m078 = {
    "id": "setsumeikai-078",
    "sender": NOTO,
    "to": ["錦印刷 吉良様 <kira@nishiki-insatsu.co.jp>"],
    "cc": ["青葉運輸 法人営業所 <houjin-tokyo@aoba-unyu.co.jp>"],
    "subject": "就職EXPO用 パネル・パンフレットの搬入手配",
    "charset": "iso-2022-jp",
    "body": """錦印刷 吉良様
（cc：青葉運輸 法人営業所様）

お世話になっております。日の出産業の能登です。
6/7就職EXPO用のブースパネル（3枚）とパンフレット（1,500部）につきまして、
錦印刷様の工場から会場へ直接搬入していただく形にしたいと考えております。

・集荷：6/5（金）15時 錦印刷様 板橋工場
・搬入：6/6（土）16時～18時 東京ビッグサイト 東4ホール 搬入口
・ブース番号：E4-112

集荷の詳細は、お二方で直接ご調整いただけますでしょうか。
""" + SIG_NOTO,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external partner companies in To/Cc coordinating a delivery: allowed",
}

m079 = {
    "id": "setsumeikai-079",
    "sender": "Chika Noto <noto@hinode-sangyo.co.jp>",
    "to": ["Corporate Travel Desk <corporate@tabiji-travel.co.jp>"],
    "subject": "Flight booking for a new graduate joining from Boston (Apr 1 start)",
    "charset": "utf-8",
    "body": """Dear Corporate Travel Desk,

Please book a one-way economy ticket for our new graduate hire who is finishing
university in the US. The company will pay (account HS-CORP-0218).

  Passenger: SAEGUSA ANNA (Ms.)
  Date of birth: 14 JUN 2003
  Nationality: Japan
  Passport No.: TR6620418 (expiry 2031-08-22)
  Route: Boston (BOS) -> Tokyo (HND), on or around March 25, 2026
  Seat: aisle if possible

Please send the itinerary to me; I will forward it to her.
""" + SIG_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "identifier: a named new hire's passport number and date of birth sent to a travel agency",
}

m080 = {
    "id": "setsumeikai-080",
    "sender": YAMAGIWA,
    "to": ["浪速商科大学 キャリア支援課 樫村様 <career-support@naniwa-shoka.ac.jp>"],
    "subject": "学内説明会（4/24）御礼",
    "charset": "cp932",
    "body": """浪速商科大学 キャリア支援課
樫村様

先日は学内説明会の開催にあたり、大変お世話になりました。
日の出産業の山際でございます。

おかげさまで42名の学生の皆様にご参加いただきました。
（3年生 35名、修士1年 7名／うち当社選考へのエントリー済み 18名）
質疑応答も活発で、社員一同たいへん嬉しく感じております。

当日いただいた「関西勤務の割合」についてのご質問ですが、
現在、総合職の約3割が大阪・名古屋で勤務しております。

今後とも何卒よろしくお願い申し上げます。
""" + SIG_YAMAGIWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "thank-you mail with attendance numbers only",
}


# ---------------------------------------------------------------------------------------
# 081-100
# ---------------------------------------------------------------------------------------

_p081 = _people(81, 6)
m081 = {
    "id": "setsumeikai-081",
    "sender": SAIYO,
    "to": [CL_KUGA],
    "subject": "FW: 【ミライナビ】説明会予約通知（本日分 6件）",
    "charset": "iso-2022-jp",
    "body": """久我様

採用事務局です。ミライナビからの本日分の予約通知を、元のメールのまま添付で転送します。
受付名簿への追加をお願いします。
""" + SIG_SAIYO,
    "attachments": [{
        "kind": "eml", "name": "予約通知_0303.eml",
        "message": {
            "sender": "ミライナビ 予約通知 <noreply@mirainavi.jp>",
            "to": ["saiyo@hinode-sangyo.co.jp"],
            "subject": "【ミライナビ】説明会予約通知（6件）",
            "charset": "utf-8",
            "body": "日の出産業株式会社 ご担当者様\n\n本日、以下の学生から説明会の予約がありました。\n\n" + "\n".join(
                f"[{i + 1}] 3/18(水) 本社会場\n    氏名: {p['name']} ({p['kana']})\n    大学: {p['univ']} {p['faculty']}\n"
                f"    メール: {p['mail']}\n    電話: {p['mobile']}"
                for i, p in enumerate(_p081)) + "\n\n※本メールは送信専用です。\n株式会社ミライナビ",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: six students' reservations inside an attached .eml forwarded to the vendor",
}

m082 = {
    "id": "setsumeikai-082",
    "sender": NOTO,
    "to": ["錦印刷 吉良様 <kira@nishiki-insatsu.co.jp>"],
    "subject": "FW: 就職EXPO 出展要項（ブース装飾の規定）",
    "charset": "utf-8",
    "body": """吉良様

能登です。ミライナビから届いた出展要項を転送します（添付のメールをご覧ください）。
パネルの高さ制限が2,100mmとのことですので、デザイン時にご留意ください。
""" + SIG_NOTO,
    "attachments": [{
        "kind": "eml", "name": "出展要項.eml",
        "message": {
            "sender": MN_EVENT,
            "to": ["noto@hinode-sangyo.co.jp"],
            "subject": "【就職EXPO東京】出展要項のご案内",
            "charset": "iso-2022-jp",
            "body": """出展企業ご担当者様

このたびは就職EXPO東京にお申込みいただき、ありがとうございます。
ブース装飾の規定は以下の通りです。

・ブース寸法：間口 2,970mm × 奥行 2,970mm
・パネル・装飾物の高さ上限：2,100mm
・床への直貼り禁止、火気・ヘリウム風船の使用禁止
・搬入：6/6（土）16:00～18:00　搬出：6/7（日）17:00～19:00

株式会社ミライナビ 合同説明会事務局
TEL 03-6228-1190（平日10時～18時）""",
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "forwarded organiser's rules as an attached mail: no people's data",
}

m083 = {
    "id": "setsumeikai-083",
    "sender": YAMAGIWA,
    "to": ["さくらホテル フロント 支配人 <front@sakura-hotel.jp>"],
    "subject": "内定式前泊のお客様について（ご配慮のお願い）",
    "charset": "iso-2022-jp",
    "body": """さくらホテル フロント支配人様

お世話になっております。日の出産業 人事部の山際です。
9/30に前泊予定の内定者のうち、下記の方についてご配慮をお願いしたくご連絡しました。

　宿泊者：仲宗根 杏奈 様（シングル1室、9/30～10/1）

ご本人は大学在学中にストーカー被害に遭い、現在も警察に相談中とのことです。
外部からの問い合わせに対しては、宿泊の有無を含めて一切お答えにならないよう
お願いできますでしょうか。お部屋も高層階・エレベーターから離れた位置ですと助かります。

ご無理をお願いし恐縮ですが、よろしくお願いいたします。
""" + SIG_YAMAGIWA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "sensitive: a named offer holder having been a crime (stalking) victim, told to the hotel",
}

m084 = {
    "id": "setsumeikai-084",
    "sender": KURIBAYASHI,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "内定通知書・内定承諾書 雛形のリーガルチェックのお願い",
    "charset": "cp932",
    "body": """白川先生

いつもお世話になっております。日の出産業の栗林です。
2027年卒向けの内定通知書と内定承諾書の雛形を改訂いたしました。
主な変更点は、内定取消事由の明確化（第3項）と、入社前研修の位置づけ（第5項）です。
お手すきの際にご確認いただけますと幸いです。
""" + SIG_KURIBAYASHI,
    "attachments": [{
        "kind": "docx", "name": "内定通知書_雛形_2027.docx",
        "paragraphs": ["〇〇〇〇 様", "", "内定通知書", "",
                       "拝啓 このたびは弊社の採用選考にご応募いただき、誠にありがとうございました。",
                       "厳正なる選考の結果、貴殿を2027年4月1日付で採用することを内定いたしましたので通知いたします。",
                       "第3項 次の各号のいずれかに該当する場合、本内定を取り消すことがあります。",
                       "（1）2027年3月末日までに学校を卒業できなかったとき",
                       "（2）提出書類の記載事項に重大な虚偽があったとき",
                       "（3）健康上の理由により勤務に耐えないと認められたとき",
                       "第5項 入社前研修は任意参加とし、参加した場合は所定の手当を支給します。",
                       "日の出産業株式会社 代表取締役社長 〇〇 〇〇"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a blank offer letter template for legal review: placeholders only",
}

m085 = {
    "id": "setsumeikai-085",
    "sender": SAIYO,
    "to": ["寺西 佳奈 <teranishi@mirainavi.jp>"],
    "subject": "スカウト配信用 バナー素材一式",
    "charset": "utf-8",
    "body": """寺西様

いつもお世話になっております。日の出産業 新卒採用事務局です。
4月からのスカウト配信で使用するバナー素材一式をZIPでお送りします。
（サイズ違い3種、PNG・PSD）
""" + SIG_SAIYO,
    "attachments": [{"kind": "corrupt", "name": "scout_banner_2027.zip"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "unreadable: the ZIP is corrupt, so nothing inside can be checked",
}

_p086 = _people(86, 11)
m086 = {
    "id": "setsumeikai-086",
    "sender": NOTO,
    "to": ["錦印刷 発送代行課 <hassou@nishiki-insatsu.co.jp>"],
    "subject": "内定者向け社内報（秋号）発送先リスト",
    "charset": "cp932",
    "body": """錦印刷 発送代行課 ご担当者様

お世話になっております。日の出産業の能登です。
内定者向け社内報「ひので通信 秋号」の発送先リストを添付します。
宛名ラベルの印字と封入・発送をお願いいたします（旧Excel形式です）。
""" + SIG_NOTO,
    "attachments": [{
        "kind": "xls", "name": "内定者発送先.xls",
        "sheets": {"発送先": [["氏名", "郵便番号", "住所", "電話番号", "備考"]] + [
            [p["name"], p["zip"], p["addr"], p["mobile"], "実家宛" if i in (2, 7) else ""]
            for i, p in enumerate(_p086)]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: eleven offer holders' home addresses and phones in a legacy XLS to the printer's mailing service",
}

m087 = {
    "id": "setsumeikai-087",
    "sender": NOTO,
    "to": ["錦印刷 吉良様 <kira@nishiki-insatsu.co.jp>"],
    "subject": "Re: 社内報 冬号の発送方法について",
    "charset": "iso-2022-jp",
    "body": """吉良様

お世話になっております。能登です。
冬号からは、個人情報の社外提供を減らすため、内定者への発送は当社で行うことにしました。
つきましては、封入前の冊子40部と角2封筒（社名入り）50枚を納品いただければ結構です。
宛名ラベルのご対応は不要です。

納品先：日の出ビル 8階 人事部
納期：12月4日（金）

> 能登様
> 冬号も秋号と同様に、宛名印字から発送まで弊社で承りましょうか。
> 錦印刷 吉良
""" + SIG_NOTO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the printer is told no address list will be sent: ordinary order mail",
}

m088 = {
    "id": "setsumeikai-088",
    "sender": KURIBAYASHI,
    "to": ["白川先生 <shirakawa@shirakawa-1aw.jp>"],
    "subject": "Re: 内定取消のご相談 打合せ日程",
    "charset": "utf-8",
    "body": """白川先生

ご返信ありがとうございます。栗林です。
打合せは、ご提示いただいた候補のうち 10/20（火）15:00～ でお願いいたします。
当社からは私と、人事部 労務グループの茅野が伺います。
資料は当日紙でお持ちいたします。

よろしくお願いいたします。
""" + SIG_KURIBAYASHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "look-alike: shirakawa-1aw.jp (digit 1 for l) instead of the partner law firm's shirakawa-law.jp",
}

_p089 = _people(89, 5)
m089 = {
    "id": "setsumeikai-089",
    "sender": YAMAGIWA,
    "to": ["川崎電機 人事部 羽田様 <haneda@kawasaki-denki.co.jp>"],
    "subject": "合同最終面接（4/22）候補者のご連絡",
    "charset": "cp932",
    "body": """川崎電機株式会社 人事部
羽田様

お世話になっております。日の出産業の山際です。
4/22の合同最終面接に進む当社側の候補者5名です。
御社役員の方にもご同席いただくため、事前にお知らせいたします。

氏　名　　　　　　生年月日　　　　　　　携帯電話
――――――――――――――――――――――――――――――
""" + "\n".join(
        f"{p['name']}{'　' * max(1, 9 - len(p['name']))}{_zen(p['H'].replace('H', 'Ｈ').replace('.', '．'))}"
        f"{'　' * 3}{_zen(p['mobile'])}"
        for p in _p089) + """

以上、よろしくお願いいたします。
""" + SIG_YAMAGIWA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: five candidates with 和暦 birth dates and mobiles in full-width digits, to a partner company",
}

_p090 = _people(90, 3)
m090 = {
    "id": "setsumeikai-090",
    "sender": ODAGIRI,
    "to": ["キャリアリンクス 受付チーム <uketsuke@careerlinks.co.jp>"],
    "subject": "本日午後の面接 遅延連絡が必要な3名",
    "charset": "utf-8",
    "body": """受付チームの皆様

小田切です。面接官の会議が延びており、14:15以降の面接が20分ほど遅れます。
お手数ですが、以下の3名に電話で遅延のご連絡をお願いします。

・14:15　""" + f"{_p090[0]['name']}さん　{_p090[0]['mobile']}" + """
・14:15　""" + f"{_p090[1]['name']}さん　{_p090[1]['mobile']}" + """
・15:00　""" + f"{_p090[2]['name']}さん　{_p090[2]['mobile']}" + """

控室で待っていただく形で問題ありません。
""" + SIG_ODAGIRI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three candidates' names and mobiles to the vendor's desk: under five people, may warn",
}

m091 = {
    "id": "setsumeikai-091",
    "sender": ODAGIRI,
    "to": [TA_YUZUKI],
    "subject": "ハイパフォーマー分析に基づく評価モデル（ご相談資料）",
    "charset": "iso-2022-jp",
    "body": """柚木様

お世話になっております。小田切です。
来週のお打合せに先立ち、当社で作成した評価モデルの資料をお送りします。
TAPの尺度との対応づけについてご意見をいただけますと幸いです。
""" + SIG_ODAGIRI,
    "attachments": [{
        "kind": "pptx", "name": "評価モデル設計_v3.pptx",
        "page_footer": "極秘　日の出産業株式会社 人事部",
        "slides": [
            ["評価モデル設計 v3（極秘）", "入社3年目ハイパフォーマー42名の分析に基づく"],
            ["コンピテンシー", "課題設定力", "巻き込み力", "やり切る力", "学習速度"],
            ["重みづけ案", "課題設定力 0.35", "巻き込み力 0.25", "やり切る力 0.25", "学習速度 0.15"],
            ["TAPとの対応（仮説）", "課題設定力 ↔ 非言語・慎重性", "巻き込み力 ↔ 外向性・協調性"],
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "marking: the slides carry 極秘 in their footer and title",
}

m092 = {
    "id": "setsumeikai-092",
    "sender": KURIBAYASHI,
    "to": ["役員各位 <yakuin@hinode-sangyo.co.jp>", "営業本部長 <eigyo-honbu@hinode-sangyo.co.jp>",
           "技術本部長 <gijutsu-honbu@hinode-sangyo.co.jp>", "管理本部長 <kanri-honbu@mail.hinode-sangyo.co.jp>"],
    "cc": [YAMAGIWA, ODAGIRI],
    "subject": "2027年卒 内定者一覧（10/1時点）のご報告",
    "charset": "utf-8",
    "body": """役員各位、各本部長

人事部の栗林です。10/1の内定式時点での内定者一覧をご報告します。
配属希望のヒアリング結果も付けておりますので、来月の配属会議の参考にしてください。
""",
    "attachments": [{
        "kind": "xlsx", "name": "内定者一覧_1001.xlsx",
        "sheets": {"内定者": [["氏名", "大学", "学部", "出身地", "携帯", "メール", "配属希望"]] + [
            [p["name"], p["univ"], p["faculty"], p["pref_city"][:3], p["mobile"], p["mail"],
             ["営業", "技術", "企画", "海外営業"][i % 4]]
            for i, p in enumerate(_people(92, 38))]},
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "38 offer holders' list, but all recipients are internal (one on the mail. subdomain)",
}

m093 = {
    "id": "setsumeikai-093",
    "sender": ODAGIRI,
    "to": ["hiwatashi.shun@gmail.com", "rin-saso@ezweb.ne.jp", "koga.mao.1127@softbank.ne.jp"],
    "cc": ["信濃学院大学 学生支援課 <shushoku@shinano-gakuin.ac.jp>"],
    "subject": "【日の出産業】台風接近に伴う二次面接の日程再調整について",
    "charset": "iso-2022-jp",
    "body": """信濃学院大学の皆様
（cc：学生支援課 ご担当者様）

日の出産業 人事部の小田切です。
台風の接近により、9/8（火）に予定していた松本会場での二次面接を延期いたします。
振替日程は9/15（火）または9/16（水）を予定しております。
ご都合のよい日を、9/10（木）までにご返信ください。

ご迷惑をおかけし申し訳ございません。
""" + SIG_ODAGIRI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "visible parties: three students' private addresses in To plus the university in Cc",
}

m094 = {
    "id": "setsumeikai-094",
    "sender": "Chika Noto <noto@hinode-sangyo.co.jp>",
    "to": ["Lukas Brenner <lukas.brenner.jp@gmail.com>"],
    "subject": "Re: Application as an international student",
    "charset": "utf-8",
    "body": """Dear Mr. Brenner,

Thank you for your interest in Hinode Sangyo.
International students are welcome to apply through the same process as Japanese students:

1. Entry on our recruiting site (an English form is available)
2. Online aptitude test (available in English)
3. Two interviews (Japanese, JLPT N2 level is sufficient)
4. Final interview in Tokyo (travel expenses covered)

We also support the change of visa status after an offer is made.
Please feel free to ask if anything is unclear.

On Mon, Feb 9, 2026 at 9:14 PM Lukas Brenner <lukas.brenner.jp@gmail.com> wrote:
> Dear Hinode Sangyo recruiting team,
> I am an exchange student from Germany at Tokiwa Bunka University (until March 2027).
> Can international students apply for your graduate program?
> Lukas Brenner, +81 80-7731-0462
""" + SIG_EN,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "English reply to one student on gmail; his phone is only in the quoted text",
}

m095 = {
    "id": "setsumeikai-095",
    "sender": "人事部 労務・採用 <roumu@hinode-sangyo.co.jp>",
    "to": ["佐伯社会保険労務士事務所 <office@saeki-sr.jp>"],
    "subject": "中途入社予定者の健康保険証（前職）の情報",
    "charset": "utf-8",
    "body": """佐伯社会保険労務士事務所 御中

日の出産業 人事部の茅野です。
第二新卒で4月に入社する東海林 壮真さんの、前職での健康保険証の情報です。
資格喪失日の確認のためにお使いください。

　被保険者氏名：東海林 壮真（ショウジ ソウマ）
　保険者名称：東日本機械工業健康保険組合
　記号：5103　番号：2287
　資格取得日：2024年4月1日

--
日の出産業株式会社 人事部 労務グループ 茅野
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "identifier: a named person's health insurance card 記号・番号 sent outside",
}

m096 = {
    "id": "setsumeikai-096",
    "sender": ODAGIRI,
    "to": [TA_SUPPORT],
    "subject": "受検ID 再発行のお願い（1名）",
    "charset": "cp932",
    "body": """テストアセス サポートご担当者様

お世話になっております。日の出産業の小田切です。
受検者1名から「受検案内メールが届かない」と連絡がありました。
受検IDの再発行と、案内メールの再送をお願いできますでしょうか。

　受検ID：TW26-5088
　氏名：樋渡 凛
　登録メールアドレス：rin.hiwatashi.08@icloud.com
　（正しいアドレスに修正済みとのことです）
""" + SIG_ODAGIRI,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one test taker's name and e-mail to the test vendor: a single person, may warn",
}

_p097 = _people(97, 20)
m097 = {
    "id": "setsumeikai-097",
    "sender": ODAGIRI,
    "to": [TA_YUZUKI],
    "subject": "追加受検者の登録データ（20件）",
    "charset": "utf-8",
    "body": """柚木様

お世話になっております。小田切です。
追加受検者20名分の登録データをCSVでお送りします。
氏名は当社システムの都合で外していますが、受検IDで突合できるかと思います。
""" + SIG_ODAGIRI,
    "attachments": [{
        "kind": "csv", "name": "tsuika_jukensha.csv", "encoding": "utf-8",
        "rows": [["受検ID", "大学", "学部", "生年月日", "メールアドレス", "電話番号"]] + [
            [f"TW26-{5200 + i}", p["univ"], p["faculty"], p["dob"], p["mail"], p["mobile"]]
            for i, p in enumerate(_p097)],
    }],
    "expect": "stop",
    "entities": ["DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "list: twenty people's birth dates, e-mails and phones without a name column",
}

m098 = {
    "id": "setsumeikai-098",
    "sender": ODAGIRI,
    "to": [YAMAGIWA, NOTO],
    "subject": "内定者 書類一式（暗号化ZIP）",
    "charset": "iso-2022-jp",
    "body": """山際さん、能登さん

内定者から回収した書類一式です。
共有フォルダの容量が足りないため、一時的にメールで送ります。
パスワードはTeamsでお送りします。
""" + SIG_ODAGIRI,
    "attachments": [{
        "kind": "zip", "name": "naiteisha_shorui.zip", "password": "tmp-0930",
        "files": [{"kind": "txt", "name": "readme.txt", "text": "内定者書類一式"}],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an encrypted ZIP, but sent only to internal colleagues",
}

m099 = {
    "id": "setsumeikai-099",
    "sender": "茅野 慎一 <chino@hinode-sangyo.co.jp>",
    "to": ["佐伯先生 <saeki@saeki-sr.jp>"],
    "subject": "新入社員 扶養控除等申告書（写し）",
    "charset": "cp932",
    "body": """佐伯先生

茅野です。4月入社の新入社員のうち、扶養家族のいる1名の扶養控除等申告書の写しをお送りします。
被扶養者異動届の作成をお願いいたします。
""",
    "attachments": [{
        "kind": "pdf", "name": "扶養控除等申告書_写し.pdf",
        "title": "給与所得者の扶養控除等（異動）申告書",
        "lines": ["令和8年分 給与所得者の扶養控除等（異動）申告書（写し）", "",
                  "所属：日の出産業株式会社 営業本部",
                  "氏名：宍戸 晴臣（シシド ハルオミ）",
                  "生年月日：平成12年10月3日",
                  "個人番号：" + my_number(SEED + 31),
                  "住所：〒950-0087 新潟県新潟市中央区東大通1丁目4-1",
                  "",
                  "【源泉控除対象配偶者】",
                  "氏名：宍戸 杏奈（シシド アンナ）　生年月日：平成13年2月21日",
                  "個人番号：" + my_number(SEED + 32),
                  "所得の見積額：0円"],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "identifier: My Numbers of a new hire and his spouse in a PDF form sent to the 社労士",
}

m100 = {
    "id": "setsumeikai-100",
    "sender": KURIBAYASHI,
    "to": [SAIYO],
    "bcc": ["career@toto-u.ac.jp", "shushoku@hokuto-it.ac.jp", "career-support@naniwa-shoka.ac.jp",
            "job@narumi-u.ac.jp", "career@aoigaoka.ac.jp", "careers@chikushi-intl.ac.jp"],
    "subject": "年末のご挨拶（日の出産業株式会社 人事部）",
    "charset": "iso-2022-jp",
    "body": """大学キャリアセンター・就職課 ご担当者各位

※本メールは関係各位にBCCにてお送りしております。

本年も弊社の採用活動に格別のご協力を賜り、誠にありがとうございました。
おかげさまで2027年卒の採用では、貴学をはじめ多くの大学の学生の皆様をお迎えすることができました。

年末年始は12月27日から1月4日まで休業とさせていただきます。
来年も変わらぬご指導ご鞭撻を賜りますよう、よろしくお願い申し上げます。

皆様どうぞよいお年をお迎えください。
""" + SIG_KURIBAYASHI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "year-end greeting to universities, correctly in Bcc: nobody sees the others",
}

MESSAGES = [
    m001, m002, m003, m004, m005, m006, m007, m008, m009, m010,
    m011, m012, m013, m014, m015, m016, m017, m018, m019, m020,
    m021, m022, m023, m024, m025, m026, m027, m028, m029, m030,
    m031, m032, m033, m034, m035, m036, m037, m038, m039, m040,
    m041, m042, m043, m044, m045, m046, m047, m048, m049, m050,
    m051, m052, m053, m054, m055, m056, m057, m058, m059, m060,
    m061, m062, m063, m064, m065, m066, m067, m068, m069, m070,
    m071, m072, m073, m074, m075, m076, m077, m078, m079, m080,
    m081, m082, m083, m084, m085, m086, m087, m088, m089, m090,
    m091, m092, m093, m094, m095, m096, m097, m098, m099, m100,
]
