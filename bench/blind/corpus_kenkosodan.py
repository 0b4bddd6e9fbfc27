"""ブラインド評価コーパス — 業務領域: 健康相談（kenkosodan）, SEED = 26201

日の出産業株式会社が社員向けに外部委託している「24時間 健康・メンタルヘルス相談窓口」
（EAP）まわりのメール 100 通。人事部 健康推進グループ・労務課・健康管理室（保健師）・
総務・情報システム部・海外人事（英語）から、EAP 事業者（こころサポート、ライフケア
パートナーズ、Pacific Wellbeing）、嘱託産業医事務所、メンタルクリニック・病院、
社会保険労務士法人、白川法律事務所、ツバサシステム（相談記録の連携）、さくらホテル
（研修会場）、錦印刷（窓口カード）などへ送られるもの。テーマ: 相談記録の連携、
緊急対応、EAP 事業者の選定・契約、医療機関への紹介、月次利用統計、人事部内の共有。

人物・番号・住所はすべて架空。マイナンバーとカード番号は build.my_number(SEED + k) /
build.card_number(SEED + k) のみ（k は番号ごとに別）。
"""

from __future__ import annotations

import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import card_number, my_number  # noqa: E402

SEED = 26201

# -- 架空の人物を作るための材料 ------------------------------------------------------------

_SURNAMES = [
    ("勅使河原", "テシガワラ", "teshigawara"), ("五十嵐", "イガラシ", "igarashi"),
    ("東海林", "ショウジ", "shoji"), ("薬師寺", "ヤクシジ", "yakushiji"),
    ("百目鬼", "ドウメキ", "domeki"), ("小鳥遊", "タカナシ", "takanashi"),
    ("御手洗", "ミタライ", "mitarai"), ("栗花落", "ツユリ", "tsuyuri"),
    ("九十九", "ツクモ", "tsukumo"), ("佐々木", "ササキ", "sasaki"),
    ("高橋", "タカハシ", "takahashi"), ("渡邉", "ワタナベ", "watanabe"),
    ("伊集院", "イジュウイン", "ijuin"), ("長谷川", "ハセガワ", "hasegawa"),
    ("鈴木", "スズキ", "suzuki"), ("村上", "ムラカミ", "murakami"),
    ("我妻", "ワガツマ", "wagatsuma"), ("安齋", "アンザイ", "anzai"),
    ("設楽", "シタラ", "shitara"), ("宍戸", "シシド", "shishido"),
    ("嘉数", "カカズ", "kakazu"), ("比嘉", "ヒガ", "higa"),
    ("猪狩", "イガリ", "igari"), ("生田目", "ナマタメ", "namatame"),
    ("目黒", "メグロ", "meguro"), ("松浦", "マツウラ", "matsuura"),
    ("岡崎", "オカザキ", "okazaki"), ("熊谷", "クマガイ", "kumagai"),
    ("小野", "オノ", "ono"), ("福田", "フクダ", "fukuda"),
    ("藤原", "フジワラ", "fujiwara"), ("石井", "イシイ", "ishii"),
    ("新田", "ニッタ", "nitta"), ("早乙女", "サオトメ", "saotome"),
    ("四十物", "アイモノ", "aimono"), ("一色", "イッシキ", "isshiki"),
    ("桑原", "クワバラ", "kuwabara"), ("水野", "ミズノ", "mizuno"),
    ("坂東", "バンドウ", "bando"), ("日比野", "ヒビノ", "hibino"),
    ("香月", "カツキ", "katsuki"), ("羽生", "ハニュウ", "hanyu"),
    ("千葉", "チバ", "chiba"), ("真栄田", "マエダ", "maeda"),
    ("雲母", "キララ", "kirara"), ("樋渡", "ヒワタシ", "hiwatashi"),
]
_GIVEN = [
    ("陽菜", "ヒナ", "hina", "女"), ("蓮", "レン", "ren", "男"),
    ("美咲", "ミサキ", "misaki", "女"), ("大翔", "ヒロト", "hiroto", "男"),
    ("真央", "マオ", "mao", "女"), ("拓海", "タクミ", "takumi", "男"),
    ("千尋", "チヒロ", "chihiro", "女"), ("翔太", "ショウタ", "shota", "男"),
    ("彩乃", "アヤノ", "ayano", "女"), ("健一", "ケンイチ", "kenichi", "男"),
    ("紗希", "サキ", "saki", "女"), ("隆之", "タカユキ", "takayuki", "男"),
    ("理恵", "リエ", "rie", "女"), ("俊介", "シュンスケ", "shunsuke", "男"),
    ("由佳", "ユカ", "yuka", "女"), ("雅人", "マサト", "masato", "男"),
    ("葵", "アオイ", "aoi", "女"), ("悠真", "ユウマ", "yuma", "男"),
    ("恭子", "キョウコ", "kyoko", "女"), ("和也", "カズヤ", "kazuya", "男"),
    ("朋美", "トモミ", "tomomi", "女"), ("誠司", "セイジ", "seiji", "男"),
    ("詩織", "シオリ", "shiori", "女"), ("康平", "コウヘイ", "kohei", "男"),
    ("奈緒子", "ナオコ", "naoko", "女"), ("直樹", "ナオキ", "naoki", "男"),
]
_PLACES = [
    ("211-0063", "神奈川県川崎市中原区小杉町"), ("330-0846", "埼玉県さいたま市大宮区大門町"),
    ("272-0034", "千葉県市川市市川"), ("180-0004", "東京都武蔵野市吉祥寺本町"),
    ("144-0052", "東京都大田区蒲田"), ("232-0024", "神奈川県横浜市南区浦舟町"),
    ("532-0011", "大阪府大阪市淀川区西中島"), ("564-0051", "大阪府吹田市豊津町"),
    ("460-0008", "愛知県名古屋市中区栄"), ("812-0011", "福岡県福岡市博多区博多駅前"),
    ("980-0021", "宮城県仙台市青葉区中央"), ("300-1207", "茨城県牛久市ひたち野東"),
    ("193-0833", "東京都八王子市めじろ台"), ("350-1123", "埼玉県川越市脇田本町"),
]
_DEPTS = ["営業一部", "営業二部", "経理部", "総務部", "人事部", "技術開発部", "品質保証部",
          "生産管理部", "物流センター", "情報システム部", "大阪支店", "名古屋支店", "福岡営業所"]


def _people(n: int, salt: str) -> list[dict]:
    """架空の社員 n 人（salt ごとに決まる）。"""
    rng = random.Random(f"{SEED}-{salt}")
    seen: set[tuple[str, str]] = set()
    out: list[dict] = []
    while len(out) < n:
        s = rng.choice(_SURNAMES)
        g = rng.choice(_GIVEN)
        if (s[0], g[0]) in seen:
            continue
        seen.add((s[0], g[0]))
        y, m, d = rng.randint(1966, 2003), rng.randint(1, 12), rng.randint(1, 28)
        zip_, town = rng.choice(_PLACES)
        out.append({
            "emp": str(rng.randint(100000, 299999)),
            "name": f"{s[0]} {g[0]}", "kana": f"{s[1]} {g[1]}",
            "romaji": f"{g[2].capitalize()} {s[2].capitalize()}",
            "sex": g[3], "dob": (y, m, d),
            "dept": rng.choice(_DEPTS),
            "mail": f"{s[2]}.{g[2]}@hinode-sangyo.co.jp",
            "mobile": f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "zip": zip_,
            "addr": f"{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
        })
    return out


def _iso(dob: tuple[int, int, int]) -> str:
    return "%04d/%02d/%02d" % dob


def _wareki(dob: tuple[int, int, int], short: bool = False) -> str:
    y, m, d = dob
    if (y, m, d) >= (1989, 1, 8):
        era, n, ab = "平成", y - 1988, "H"
    else:
        era, n, ab = "昭和", y - 1925, "S"
    if short:
        return f"{ab}{n}.{m}.{d}"
    return f"{era}{n}年{m}月{d}日"


_FW = str.maketrans("0123456789-./:()", "０１２３４５６７８９－．／：（）")


def _zen(s: str) -> str:
    return s.translate(_FW)


# -- 署名・免責文 --------------------------------------------------------------------------

SIG_MORIMOTO = """
――――――――――――――――――――――
日の出産業株式会社
人事部 健康推進グループ　森本 彩香（もりもと あやか）
〒105-0013 東京都港区浜松町二丁目4番1号 日の出ビル8F
TEL 03-5472-6130（直通）／FAX 03-5472-6139
morimoto.ayaka@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_KASAI = """
--
日の出産業株式会社 人事部 労務課
課長　葛西 誠
TEL:03-5472-6121　内線:2121
〒105-0013 東京都港区浜松町2-4-1
"""

SIG_ISHIKURA = """
*************************************
日の出産業株式会社　健康管理室
保健師　石倉 恵（Megumi Ishikura）
〒105-0013 東京都港区浜松町2-4-1 日の出ビル3F
TEL 03-5472-6180 / 内線 2180
*************************************"""

SIG_HASEBE = """
---------------------------------
情報システム部 基盤グループ
長谷部 亮 / Ryo Hasebe
日の出産業株式会社
TEL 03-5472-6200  Mobile 080-3318-7702
---------------------------------"""

SIG_TSUDA = """
====================================
日の出産業株式会社 総務部 総務課
津田 若菜
〒105-0013 東京都港区浜松町2-4-1
TEL:03-5472-6101 FAX:03-5472-6109
===================================="""

SIG_EMILY = """
Best regards,

Emily Sato
Global HR / Mobility, Hinode Sangyo Co., Ltd.
2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel +81-3-5472-6145"""

SIG_UENO = """
日の出産業（株）大阪支店 総務課
上野 浩二
〒532-0003 大阪府大阪市淀川区宮原3-5-36
TEL 06-6398-4410"""

SIG_KIRIYAMA = """
日の出産業株式会社
人事部長　桐山 雄大
TEL 03-5472-6110"""

SIG_NAKAI = """
―――
日の出産業株式会社 経理部 経理課
中井 千尋　TEL 03-5472-6160"""

DISCLAIMER_JA = """
【ご注意】本メールには機密情報が含まれている場合があります。本メールの内容を誤って
受信された場合は、お手数ですが送信者までご連絡のうえ、本メールおよび添付ファイルを
破棄していただきますようお願いいたします。本メールの無断転載・複製・転送を禁じます。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use, disclosure or copying is prohibited."""

MORIMOTO = "森本 彩香 <morimoto.ayaka@hinode-sangyo.co.jp>"
KASAI = "葛西 誠 <kasai.makoto@hinode-sangyo.co.jp>"
ISHIKURA = "石倉 恵 <ishikura.megumi@hinode-sangyo.co.jp>"
HASEBE = "長谷部 亮 <hasebe.ryo@hinode-sangyo.co.jp>"
TSUDA = "津田 若菜 <tsuda.wakana@hinode-sangyo.co.jp>"
EMILY = "Emily Sato <sato.emily@hinode-sangyo.co.jp>"
UENO = "上野 浩二 <ueno.koji@hinode-sangyo.co.jp>"
KIRIYAMA = "桐山 雄大 <kiriyama.yudai@hinode-sangyo.co.jp>"
NAKAI = "中井 千尋 <nakai.chihiro@hinode-sangyo.co.jp>"

KOKORO = "株式会社こころサポート 山本様 <yamamoto@kokoro-support.co.jp>"
KOKORO_OPS = "こころサポート 24時間センター <ops-center@kokoro-support.co.jp>"
KOKORO_ONO = "小野寺 様 <onodera@kokoro-support.co.jp>"
KUDO = "工藤 直樹 先生 <kudo@kudo-sangyoi.jp>"
MIDORINOMORI = "みどりの杜クリニック 地域連携室 <renkei@midorinomori-cl.jp>"
AOYAMA = "青山メンタルクリニック <info@aoyama-mental.jp>"
TOWA = "東和総合病院 健診センター <kenshin@towa-hospital.or.jp>"
HIMAWARI = "社会保険労務士法人ひまわり 佐伯様 <saeki@himawari-sr.jp>"
SHIRAKAWA = "白川 恭平 弁護士 <shirakawa@shirakawa-law.jp>"
TSUBASA = "三宅 様 <miyake@tsubasa-system.jp>"
SAKURA = "さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"
NISHIKI = "錦印刷 田辺様 <tanabe@nishiki-insatsu.co.jp>"
LIFECARE = "ライフケアパートナーズ 近藤様 <kondo@lifecare-partners.jp>"
PWB = "Daniel Brooks <d.brooks@pacificwellbeing.com>"
PWB_ASSIST = "PWB Assistance Desk <assist@pacificwellbeing.com>"

MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
# 001 — 中途入社者の利用登録：スペース区切りの表（8名）を EAP 事業者へ
_p = _people(8, "001")
_rows = "\n".join(f"{p['emp']}    {p['name']:<10}{_iso(p['dob'])}    {p['mail']}" for p in _p)
MESSAGES.append({
    "id": "kenkosodan-001", "charset": "utf-8",
    "sender": MORIMOTO, "to": [KOKORO],
    "subject": "【こころサポート】10月入社者の利用登録のお願い",
    "body": f"""株式会社こころサポート
法人サービス部　山本様

いつもお世話になっております。日の出産業 人事部の森本です。

10月1日付の中途入社者について、24時間健康相談ダイヤルの利用登録をお願いいたします。
利用IDのご案内は、下記メールアドレス宛に直接お送りいただけますと助かります。

社員番号  氏名          生年月日      メールアドレス
--------  ------------  ------------  -----------------------------------
{_rows}

登録完了のご連絡は私宛にいただければ結構です。
どうぞよろしくお願いいたします。
{SIG_MORIMOTO}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "8名の氏名・生年月日・メールの表（スペース区切り）を社外の EAP 事業者へ",
})

# 002 — 月次統計（集計値のみ）への返信：通す
MESSAGES.append({
    "id": "kenkosodan-002", "charset": "iso-2022-jp",
    "sender": MORIMOTO, "to": [KOKORO],
    "subject": "Re: 9月度 ご利用状況報告書の送付",
    "body": """山本様

お世話になっております。日の出産業の森本です。
9月度のご利用状況報告書、拝受いたしました。ありがとうございます。

社内の衛生委員会向けに、以下の数字で転記させていただきました。
念のため相違がないかご確認いただけますでしょうか。

　　　　　　　　　　　8月　　9月
　電話相談　　　　　　 41　　 52
　Web/メール相談　　　 17　　 23
　対面カウンセリング　　6　　　9
　医療機関紹介　　　　　2　　　3
　合計　　　　　　　　 66　　 87

9月は夜間帯（22時～翌6時）の件数が前月の約1.5倍になっていますが、
特定の部署に偏っているかどうか、個人が特定されない粒度で傾向だけでも
ご教示いただけると幸いです（例：本社／支店の別程度）。

引き続きよろしくお願いいたします。
""" + SIG_MORIMOTO,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "月次統計の集計値だけ。個人の記録はない",
})

# 003 — クリニックへの紹介状（1名・病状）：要配慮個人情報
MESSAGES.append({
    "id": "kenkosodan-003", "charset": "shift_jis",
    "sender": ISHIKURA, "to": [MIDORINOMORI],
    "subject": "受診のご相談（弊社社員 1名）",
    "body": """医療法人社団 緑風会
みどりの杜クリニック　地域連携室　御中

平素より大変お世話になっております。
日の出産業株式会社 健康管理室の保健師 石倉でございます。

弊社社員の受診につきまして、ご相談させていただきたくご連絡いたしました。

　氏名：薬師寺 航（やくしじ わたる）　男性　39歳
　所属：技術開発部
　経過：9月中旬より入眠困難・中途覚醒が続き、抑うつ気分と集中力の低下を自覚。
　　　　10/2 に弊社委託の24時間相談窓口（EAP）へ本人から相談があり、
　　　　カウンセラーより医療機関の受診を勧められております。
　　　　既往歴として 2019年に適応障害で約2か月の通院歴あり。
　希望：平日18時以降または土曜午前の初診枠

ご本人の同意は取得済みです。初診のご予約が可能な日時を
ご教示いただけましたら、本人へ伝えます。

何卒よろしくお願い申し上げます。
""" + SIG_ISHIKURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の社員の症状・既往歴（要配慮個人情報）を社外のクリニックへ。1名でも止める",
})

# 004 — 近隣医療機関の一覧（事業者のリスト）：通す
MESSAGES.append({
    "id": "kenkosodan-004", "charset": "utf-8",
    "sender": ISHIKURA, "to": [KOKORO_OPS], "cc": [MORIMOTO],
    "subject": "紹介先医療機関リスト更新のお願い（弊社拠点周辺）",
    "body": """こころサポート 24時間センター ご担当者様

いつもお世話になっております。日の出産業 健康管理室の石倉です。
相談者を医療機関へご紹介いただく際の参考として、弊社拠点周辺で
これまで受診実績のある医療機関を以下にまとめました。
貴社の紹介先リストの更新にお役立てください。

【本社（港区）周辺】
・浜松町こころのクリニック　東京都港区浜松町1-18-6 3F　TEL 03-5408-2271（精神科・心療内科）
・芝公園メンタルクリニック　東京都港区芝2-7-10　TEL 03-3452-0086（心療内科、土曜午前診療あり）
・東和総合病院 精神神経科　東京都港区三田4-1-22　TEL 03-3451-5110（入院対応可）

【大阪支店周辺】
・新大阪ストレスケアクリニック　大阪府大阪市淀川区西中島5-9-3 4F　TEL 06-6305-7788
・みなみ心療内科　大阪府吹田市豊津町18-2　TEL 06-6385-2040（夜間19時まで）

【名古屋支店周辺】
・栄メンタルヘルスクリニック　愛知県名古屋市中区栄3-15-27　TEL 052-261-3390

いずれも病院・診療所の代表番号です。
休診日等の最新情報は各医療機関のWebサイトでご確認ください。

よろしくお願いいたします。
""" + SIG_ISHIKURA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "医療機関（事業者）の住所・代表番号の一覧で、人の記録ではない",
})

# 005 — 事例検討会の案内：社外3組織が To で見える
MESSAGES.append({
    "id": "kenkosodan-005", "charset": "iso-2022-jp",
    "sender": MORIMOTO,
    "to": [KOKORO, KUDO, "相馬 先生 <soma@aoyama-mental.jp>"],
    "cc": [ISHIKURA],
    "subject": "11/20 メンタルヘルス連携会議（事例検討会）のご案内",
    "body": """関係者各位

いつも大変お世話になっております。日の出産業 人事部の森本です。

標記の件、下記のとおり開催いたしますのでご案内申し上げます。
今回は、休職からの復職支援における EAP・産業医・主治医の役割分担を
テーマに、匿名化した事例をもとに意見交換させていただく予定です。

　日時：2025年11月20日（木）15:00～17:00
　場所：弊社本社 8階 第3会議室（オンライン併用・Teams）
　出席予定：株式会社こころサポート様、工藤産業医事務所 工藤先生、
　　　　　　青山メンタルクリニック 相馬先生、弊社人事部・健康管理室

事例資料は当日、画面共有にて投影いたします（事前配布はございません）。
ご都合が悪い場合は11/13（木）までにお知らせください。

以上、よろしくお願いいたします。
""" + SIG_MORIMOTO,
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "社外3組織（EAP・産業医事務所・クリニック）が To で互いに見える。Bcc にすべき",
})

# 006 — 社内のみ：高ストレス者リスト（タブ区切り）を人事部へ
_p = _people(7, "006")
_lvl = ["A（要面接）", "A（要面接）", "B", "A（要面接）", "B", "B", "A（要面接）"]
_rows = "\n".join(f"{p['emp']}\t{p['name']}\t{p['dept']}\t{random.Random(f'006{i}').randint(77, 102)}\t{_lvl[i]}"
                  for i, p in enumerate(_p))
MESSAGES.append({
    "id": "kenkosodan-006", "charset": "utf-8",
    "sender": ISHIKURA, "to": [KASAI], "cc": [MORIMOTO],
    "subject": "ストレスチェック 高ストレス者（面接指導の申出あり）の共有",
    "body": f"""葛西課長

お疲れさまです。石倉です。
本年度ストレスチェックで高ストレスと判定され、面接指導の申出があった方の一覧です。
本人同意の範囲（面接指導の実施調整のため、人事労務担当へ共有）でお送りします。
社内限りでお願いします。

社員番号\t氏名\t所属\t合計点\t区分
{_rows}

工藤先生の面接枠（11月第2・第3週）に割り当てる案を明日お持ちします。

石倉
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "高ストレス者の一覧だが宛先はすべて社内（hinode-sangyo.co.jp）",
})

# 007 — 似た社内ドメイン（co. 抜け）宛てに休職者の情報
MESSAGES.append({
    "id": "kenkosodan-007", "charset": "shift_jis",
    "sender": KASAI, "to": ["石倉 恵 <ishikura.megumi@hinode-sangyo.jp>"],
    "subject": "東海林さんの復職面談の件",
    "body": """石倉さん

お疲れさまです。葛西です。
品質保証部の東海林 隆之さん（うつ病で7月から休職中）ですが、
主治医から「12月1日から時短勤務で復職可」との診断書が本人経由で届きました。

工藤先生の復職面談を11月中に設定したいので、
先生のご都合を確認していただけますか。
本人の希望は火曜か木曜の午前とのことです。

よろしくお願いします。
""" + SIG_KASAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "宛先が hinode-sangyo.jp（co. 抜けの似たドメイン）。中身も休職者の病名",
})

# 008 — PPAP：パスワード付き ZIP を産業医事務所へ
MESSAGES.append({
    "id": "kenkosodan-008", "charset": "iso-2022-jp",
    "sender": ISHIKURA, "to": [KUDO],
    "subject": "10月面接指導 記録票の送付",
    "body": """工藤先生

いつもお世話になっております。日の出産業 健康管理室の石倉です。

10月に実施いただいた長時間労働者面接指導の記録票（5名分）を
パスワード付きZIPファイルにてお送りいたします。
パスワードは別メールにてお知らせいたします。

ご確認のうえ、就業上の措置に関するご意見欄へのご記入を
お願いできますでしょうか。

よろしくお願いいたします。
""" + SIG_ISHIKURA,
    "attachments": [{
        "kind": "zip", "name": "面接指導記録_202510.zip", "password": "Hn#2510kd",
        "files": [{"kind": "xlsx", "name": "面接指導記録票_202510.xlsx",
                   "sheets": {"記録票": [["社員番号", "氏名", "時間外(h)", "所見"],
                                       ["204811", "九十九 康平", 112, "睡眠不足・頭痛"]]}}],
    }],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "パスワード付き ZIP（PPAP）で中身を検査できない",
})

# 009 — 秘密保持契約（NDA）のやり取り：通す
MESSAGES.append({
    "id": "kenkosodan-009", "charset": "shift_jis",
    "sender": KASAI, "to": [LIFECARE],
    "subject": "秘密保持契約書（案）のご確認のお願い",
    "body": """ライフケアパートナーズ株式会社
営業本部　近藤様

お世話になっております。日の出産業 人事部の葛西です。
先日はEAPサービスのご提案をいただき、ありがとうございました。

詳細なお見積りに先立ち、弊社の従業員数や拠点情報を開示するにあたって
秘密保持契約を締結させていただきたく、弊社ひな形を添付いたします。
第3条（秘密情報の範囲）および第7条（有効期間）について、
貴社法務部門でご確認いただき、修正がございましたら変更履歴付きで
ご返送いただけますと幸いです。

押印は電子契約（クラウドサイン）での締結を想定しております。

よろしくお願いいたします。
""" + SIG_KASAI,
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_案_日の出産業.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）とライフケアパートナーズ株式会社（以下「乙」という。）は、"
            "従業員支援プログラムの導入検討（以下「本件」という。）に関し、次のとおり契約を締結する。",
            "第1条（目的）本契約は、本件に関して相互に開示される秘密情報の取扱いを定めることを目的とする。",
            "第3条（秘密情報の範囲）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した"
            "技術上・営業上の情報をいう。ただし、公知の情報その他次の各号に該当するものを除く。",
            "第5条（個人情報の取扱い）乙は、本件に関して甲から個人情報の提供を受けた場合、"
            "個人情報の保護に関する法律を遵守し、適切に取り扱うものとする。",
            "第7条（有効期間）本契約の有効期間は締結日から1年間とし、期間満了の1か月前までに"
            "いずれからも申出がないときは、同一条件でさらに1年間更新されるものとする。",
            "甲　東京都港区浜松町二丁目4番1号　日の出産業株式会社",
            "乙　東京都千代田区神田小川町3-22　ライフケアパートナーズ株式会社",
        ],
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "NDA（秘密保持契約）の話とそのひな形。機密区分の押印ではない",
})

# 010 — 自費カウンセリング：社員本人のクレジットカード番号
_cc = card_number(SEED + 3)
MESSAGES.append({
    "id": "kenkosodan-010", "charset": "utf-8",
    "sender": MORIMOTO, "to": [KOKORO_ONO],
    "subject": "契約回数超過分のカウンセリング費用（自己負担）について",
    "body": f"""こころサポート
小野寺様

お世話になっております。日の出産業の森本です。
お問い合わせいただいた件、ご本人と確認が取れましたのでご連絡いたします。

会社契約の年5回を超える対面カウンセリング（6回目以降）は自己負担とし、
ご本人のクレジットカードでのお支払いを希望されています。
ご本人から預かったカード情報は以下のとおりです。

　ご利用者：御手洗 紗希 様（経理部）
　カード番号：{_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}
　有効期限：08/28
　名義：SAKI MITARAI

決済完了後、領収書はご本人宛にお送りいただけますでしょうか。
よろしくお願いいたします。
{SIG_MORIMOTO}""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "社員のクレジットカード番号を社外へ",
})

# 011 — 契約更新の対象者名簿 CSV（CP932, 30名）
_p = _people(30, "011")
_csv = [["社員番号", "氏名", "フリガナ", "生年月日", "性別", "所属", "メールアドレス"]]
_csv += [[p["emp"], p["name"], p["kana"], _iso(p["dob"]), p["sex"], p["dept"], p["mail"]] for p in _p]
MESSAGES.append({
    "id": "kenkosodan-011", "charset": "shift_jis",
    "sender": MORIMOTO, "to": [KOKORO], "cc": [KOKORO_ONO],
    "subject": "2026年度契約更新に伴う対象者名簿（追加分）",
    "body": """山本様、小野寺様

いつもお世話になっております。日の出産業 人事部の森本です。

2026年度の契約更新にあたり、利用対象者名簿の追加分（契約社員から
正社員へ登用された方、および再雇用の方）をCSVでお送りします。
既存の登録者との重複がございましたらご指摘ください。

文字コードは Shift_JIS です。
よろしくお願いいたします。
""" + SIG_MORIMOTO,
    "attachments": [{"kind": "csv", "name": "対象者名簿_追加_2026.csv", "encoding": "cp932",
                     "rows": _csv}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "30名の名簿 CSV（氏名・生年月日・メール）を社外へ",
})

# 012 — 英語：海外赴任者の四半期利用統計（集計）と英文免責文
MESSAGES.append({
    "id": "kenkosodan-012", "charset": "utf-8",
    "sender": EMILY, "to": [PWB],
    "subject": "Q3 utilisation figures - expatriate EAP",
    "body": """Hi Daniel,

Thanks for sending the Q3 utilisation report for our expatriate programme.
Before I present it to our HR committee, could you confirm the figures below?

  Region        Members  Cases  Of which family  Avg. sessions
  -----------   -------  -----  ---------------  -------------
  ASEAN              48      9                3            2.1
  North America      17      4                1            3.0
  Europe             11      2                0            1.5
  Total              76     15                4            2.2

We noticed that most calls from ASEAN came in during the first three months after
relocation. It would be helpful if your next report could break cases down by
"months since assignment" (no names needed, of course).

""" + SIG_EMILY + "\n" + DISCLAIMER_EN,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "地域別の集計値のみ。末尾は定型の英文免責文",
})

# 013 — 傷病手当金の申請：マイナンバー（本文）＋傷病名
_mn = my_number(SEED + 0)
MESSAGES.append({
    "id": "kenkosodan-013", "charset": "iso-2022-jp",
    "sender": KASAI, "to": [HIMAWARI],
    "subject": "傷病手当金支給申請（第2回）の件",
    "body": f"""社会保険労務士法人ひまわり
佐伯様

いつもお世話になっております。日の出産業の葛西です。
標記の件、申請書の作成をお願いしたく、必要事項をお送りします。

　被保険者氏名：五十嵐 直樹（イガラシ ナオキ）
　生年月日　　：昭和５６年７月１４日
　個人番号　　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　傷病名　　　：うつ病（初診日 2025年6月3日）
　申請期間　　：2025年9月1日～9月30日（労務不能）
　事業主証明　：同期間の賃金支払なし

療養担当者（主治医）の意見欄は、ご本人が医療機関で記入を受けた原本を
郵送で貴法人宛にお送りするとのことです。

よろしくお願いいたします。
""" + SIG_KASAI,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "マイナンバーと病名（要配慮）を社外の社労士事務所へ本文で",
})

# 014 — 2組織（EAP 事業者＋システム会社）への打合せ調整：通す
MESSAGES.append({
    "id": "kenkosodan-014", "charset": "utf-8",
    "sender": HASEBE, "to": [KOKORO], "cc": [TSUBASA, MORIMOTO],
    "subject": "相談記録連携（API化）キックオフ日程のご相談",
    "body": """こころサポート 山本様
（cc: ツバサシステム 三宅様）

お世話になっております。日の出産業 情報システム部の長谷部です。

現在CSVの手動受け渡しで行っている相談記録（統計用データ）の連携を、
来年度からAPI連携へ切り替える件で、三者でのキックオフを行いたく存じます。

候補日：
　① 11/11（火）14:00-15:00
　② 11/12（水）10:00-11:00
　③ 11/14（金）16:00-17:00

Teams で実施予定です。ご都合のよい日時を返信いただけますでしょうか。
議題案は追ってお送りします。
""" + SIG_HASEBE,
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "社外2組織の通常の三者打合せ。個人データなし",
})

# 015 — HTML のみ：相談者別の利用明細（氏名＋相談区分）を産業医へ
_p = _people(7, "015")
_cat = ["抑うつ気分・不眠", "職場の人間関係", "パニック発作", "家族の介護",
        "適応障害（通院中）", "アルコール問題", "不安障害（服薬中）"]
_tr = "\n".join(
    f"<tr><td>{p['emp']}</td><td>{p['name']}</td><td>{p['dept']}</td><td>10/{3 + 3 * i}</td>"
    f"<td>{_cat[i]}</td><td>{'医療機関紹介' if i in (0, 2, 4) else '継続相談'}</td></tr>"
    for i, p in enumerate(_p))
MESSAGES.append({
    "id": "kenkosodan-015", "charset": "utf-8",
    "sender": ISHIKURA, "to": [KUDO],
    "subject": "10月分 EAP相談者の状況（フォロー対象）",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>工藤先生</p>
<p>いつもお世話になっております。健康管理室の石倉です。<br>
10月にEAPへ相談があり、こころサポートから「要フォロー」として連絡のあった方の一覧です。<br>
次回訪問日（11/6）の面談優先順位のご相談をさせてください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>社員番号</th><th>氏名</th><th>所属</th><th>相談日</th><th>主訴</th><th>EAP対応</th></tr>
{_tr}
</table>
<p>よろしくお願いいたします。</p>
<p>-- <br>日の出産業株式会社 健康管理室<br>保健師 石倉 恵<br>TEL 03-5472-6180</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTML のみの表で7名の氏名と主訴（要配慮）を社外の産業医事務所へ",
})

# 016 — 返信：引用部分（>）に緊急対応の詳細、新しい本文は日程のみ
MESSAGES.append({
    "id": "kenkosodan-016", "charset": "iso-2022-jp",
    "sender": KASAI, "to": [KOKORO_OPS], "cc": [MORIMOTO],
    "subject": "Re: 【緊急対応報告】10/18 深夜帯のご相談について",
    "body": """こころサポート 24時間センター
ご担当者様

日の出産業の葛西です。深夜のご対応、誠にありがとうございました。
本日中に所属長と共有し、明朝あらためて今後の対応方針をご連絡いたします。
取り急ぎ御礼まで。

葛西

> 日の出産業株式会社 人事部 葛西様
>
> 10月18日 2:40頃、貴社社員の栗花落 悠真様（物流センター）より
> 「もう消えてしまいたい」とのご相談がありました。
> 希死念慮が強いと判断し、ご本人の同意を得て同居のご家族へ連絡、
> 4:10に近隣の救急外来（城南中央病院）を受診されています。
> 以前よりパニック障害で通院中とのことです。
> ご本人携帯：090-6614-2387
>
> こころサポート 24時間センター 当番 カウンセラー 岸
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "個人の病状は返信の引用部分（>）だけ。新しい本文に個人データなし",
})

# 017 — 本文冒頭に【社外秘】の区分表示：来年度の施策予算
MESSAGES.append({
    "id": "kenkosodan-017", "charset": "utf-8",
    "sender": KIRIYAMA, "to": [KOKORO],
    "subject": "来年度の健康経営施策について（ご参考）",
    "body": """【社外秘】

株式会社こころサポート
山本様

いつもお世話になっております。日の出産業 人事部長の桐山です。
来年度契約のご提案をいただくにあたり、弊社の検討状況をお伝えします。

1. 健康経営関連予算（案）：総額 4,800万円（前年比 +12%）
   うち EAP 関連 1,150万円、ストレスチェック 380万円、
   管理職向けラインケア研修 220万円
2. 2026年4月に物流センター2拠点を統合予定（約320名が勤務地変更）
3. 統合に伴う相談増を見込み、対面カウンセリング枠の拡大を検討

上記は取締役会承認前の数字ですので、お取扱いにご留意ください。
""" + SIG_KIRIYAMA,
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "メール本文に【社外秘】の区分表示。社外の事業者宛て",
})

# 018 — XLSX（複数シート・表題行）：健診の有所見者一覧を病院へ
_p = _people(14, "018")
_items = ["血圧 168/102（要精密）", "HbA1c 7.4（要再検）", "心電図 ST低下（要精密）",
          "ALT 96（要再検）", "胸部X線 結節影（要精密）", "LDL 212（要治療）", "尿蛋白 2+（要再検）"]
_sheet = [["2025年度 定期健康診断 二次健診対象者一覧（日の出産業株式会社）"], [],
          ["No.", "社員番号", "氏名", "フリガナ", "生年月日", "性別", "所属", "所見", "希望受診月"]]
for i, p in enumerate(_p):
    _sheet.append([i + 1, p["emp"], p["name"], p["kana"], _iso(p["dob"]), p["sex"], p["dept"],
                   _items[i % len(_items)], "12月" if i % 3 else "1月"])
MESSAGES.append({
    "id": "kenkosodan-018", "charset": "shift_jis",
    "sender": ISHIKURA, "to": [TOWA],
    "subject": "二次健診の予約枠について（日の出産業）",
    "body": """東和総合病院 健診センター
ご担当者様

いつもお世話になっております。日の出産業 健康管理室の石倉です。
本年度の定期健診で要精密・要再検となった社員の二次健診について、
貴院での受診枠を確保いただきたく、対象者一覧をお送りいたします。

シート「対象者」に個人の一覧、シート「集計」に項目別の人数をまとめています。
12月・1月で振り分けていただけますと幸いです。

何卒よろしくお願いいたします。
""" + SIG_ISHIKURA,
    "attachments": [{
        "kind": "xlsx", "name": "二次健診対象者_2025.xlsx", "title": "二次健診対象者一覧",
        "sheets": {"対象者": _sheet,
                   "集計": [["所見区分", "人数"], ["血圧", 2], ["糖代謝", 2], ["心電図", 2],
                            ["肝機能", 2], ["胸部X線", 2], ["脂質", 2], ["尿", 2]]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "14名の健診結果（要配慮）と生年月日の XLSX を社外の病院へ",
})

# 019 — 退職者（フリーメール1名）への窓口継続利用の案内：通す
MESSAGES.append({
    "id": "kenkosodan-019", "charset": "iso-2022-jp",
    "sender": MORIMOTO, "to": ["hibino.kazuya1962@yahoo.co.jp"],
    "subject": "退職後の健康相談ダイヤルのご利用について",
    "body": """日比野 様

ご無沙汰しております。日の出産業 人事部の森本です。
先日は長年のご勤務、本当にお疲れさまでした。

ご退職後も、2026年1月末までの3か月間は、当社が契約している
24時間健康相談ダイヤルを引き続きご利用いただけます。

　フリーダイヤル：0120-556-724（24時間・年中無休）
　ご利用時に「日の出産業のOB」とお伝えください。
　会員IDは在職時と同じです。

ご不明な点がございましたら、お気軽に私までご連絡ください。
季節の変わり目ですので、どうぞご自愛くださいませ。
""" + SIG_MORIMOTO,
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "フリーメールの個人1名（退職者本人）への案内。個人データなし",
})

# 020 — 内定者3名（同じ gmail.com）が To で互いに見える
MESSAGES.append({
    "id": "kenkosodan-020", "charset": "utf-8",
    "sender": MORIMOTO,
    "to": ["sora.takanashi.0412@gmail.com", "mio.kumagai.s@gmail.com",
           "kakazu.yuto@gmail.com"],
    "subject": "【日の出産業】入社前の健康相談窓口のご案内",
    "body": """内定者の皆さま

こんにちは。日の出産業株式会社 人事部の森本です。
入社まで残り半年となりましたが、いかがお過ごしでしょうか。

当社では、社員とそのご家族が24時間いつでも健康やこころの悩みを
相談できる窓口を設けています。内定者の皆さまにも、入社前の不安や
体調のことなど、気軽にご相談いただけるよう利用を開放しました。

　24時間健康相談ダイヤル（株式会社こころサポート）
　TEL：0120-556-724
　Web相談：https://www.kokoro-support.co.jp/member （ID: HNDN-2026）

相談内容が会社に伝わることはありませんので、安心してご利用ください。

日の出産業株式会社 人事部 採用・健康推進グループ
森本 彩香
""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "個人3名（各自が1当事者）のアドレスが To で互いに見える。Bcc にすべき",
})

# 021 — 法律事務所の TLD 違い（shirakawa-law.co.jp）：休職規程の改定相談
MESSAGES.append({
    "id": "kenkosodan-021", "charset": "shift_jis",
    "sender": KASAI, "to": ["白川 恭平 先生 <shirakawa@shirakawa-law.co.jp>"],
    "subject": "休職規程改定案のリーガルチェックのお願い",
    "body": """白川法律事務所
白川 恭平 先生

いつも大変お世話になっております。日の出産業の葛西でございます。

メンタルヘルス不調による休職・復職を繰り返すケースへの対応として、
休職規程の改定を検討しております。主な改定点は以下のとおりです。

　・復職後6か月以内に同一または類似の事由で欠勤した場合の期間通算
　・試し出勤（リハビリ出勤）制度の明文化と、その間の賃金の扱い
　・復職可否の判断における産業医意見の位置づけ

改定案の新旧対照表を来週お送りいたしますので、
労働契約法上の不利益変更にあたるか否かを中心にご意見を
いただけますと幸いです。

何卒よろしくお願い申し上げます。
""" + SIG_KASAI,
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "パートナー shirakawa-law.jp の TLD 違い（shirakawa-law.co.jp）宛て",
})

# 022 — 社内のみ：扶養追加のマイナンバーを給与課へ
_mn = my_number(SEED + 2)
MESSAGES.append({
    "id": "kenkosodan-022", "charset": "iso-2022-jp",
    "sender": KASAI, "to": ["給与課 <kyuyo@hinode-sangyo.co.jp>"],
    "subject": "扶養追加（家族の相談窓口利用登録を含む）",
    "body": f"""給与課 各位

お疲れさまです。労務課の葛西です。
以下の方から扶養追加の申出がありました。健保への届出をお願いします。
あわせて、ご家族もEAPの利用対象となるため、こころサポートへの家族登録は
こちらで（氏名と続柄のみで）行います。

　社員：営業二部　生田目 俊介（社員番号 231407）
　追加する扶養者：生田目 千尋（妻）
　　生年月日：平成4年2月19日
　　個人番号：{_mn}
　　異動日：2025年10月1日（退職による収入減）

番号確認書類（通知カードの写し）は人事部キャビネットに保管しています。

葛西
""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], "detectors": [],
    "note": "マイナンバーを含むが宛先は社内の給与課だけ",
})

# 023 — クリニックの初診予約：健康保険証の記号・番号＋症状
MESSAGES.append({
    "id": "kenkosodan-023", "charset": "utf-8",
    "sender": ISHIKURA, "to": [AOYAMA],
    "subject": "初診予約のお願い（日の出産業 健康管理室より）",
    "body": """青山メンタルクリニック
受付ご担当者様

お世話になっております。日の出産業株式会社 健康管理室 保健師の石倉です。
先ほどお電話でご相談した件、ご本人の了承を得ましたので
初診予約に必要な情報をお送りいたします。

　氏名　　　：設楽 美咲（シタラ ミサキ）
　生年月日　：1994年11月5日
　連絡先　　：080-4471-9026（本人携帯）
　保険証　　：記号 1270 番号 348（関東機械工業健康保険組合）
　主な症状　：10月上旬から通勤電車内で動悸・過呼吸の発作が週2～3回。
　　　　　　　弊社EAP相談時にパニック障害の可能性を指摘されています。
　希望日時　：11/8（土）午前 または 11/12（水）18時以降

ご予約確定のご連絡はご本人携帯へお願いいたします。
""" + SIG_ISHIKURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_HEALTH_INSURANCE",
                 "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "健康保険証の記号・番号と症状（要配慮）を社外のクリニックへ",
})

# 024 — 請求書の確認：相手方の登録番号（T番号）・請求書番号：通す
MESSAGES.append({
    "id": "kenkosodan-024", "charset": "shift_jis",
    "sender": NAKAI, "to": ["こころサポート 経理ご担当 <keiri@kokoro-support.co.jp>"],
    "subject": "請求書 No.KS-2025-0914 の金額について",
    "body": """株式会社こころサポート
経理ご担当者様

いつもお世話になっております。日の出産業 経理部の中井です。
9月分のご請求書（No.KS-2025-0914、2025年9月30日付）を拝受しました。

下記の点につき、ご確認をお願いできますでしょうか。

　・基本料金（1,240名 × 月額 420円）　520,800円
　・対面カウンセリング追加分（9回 × 8,000円）　72,000円
　・小計 592,800円／消費税 59,280円／合計 652,080円

ご請求書の合計額が 660,080円 となっており、8,000円（1回分）の差異がございます。
また、適格請求書発行事業者の登録番号（T3010401093721）が、
前月までの請求書と同じであることを念のため確認させてください。

お手数ですが、修正版のご発行をお願いいたします。
""" + SIG_NAKAI,
    "expect": "pass", "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "請求書番号・金額・事業者の登録番号（法人番号）だけの経理メール",
})

# 025 — 長時間労働者の面接指導：タブ区切り（6名・携帯）を産業医事務所へ
MESSAGES.append({
    "id": "kenkosodan-025", "charset": "iso-2022-jp",
    "sender": ISHIKURA, "to": [KUDO],
    "subject": "11月訪問時の面接指導対象者（長時間労働）",
    "body": """工藤先生

お世話になっております。石倉です。
11/6（木）の訪問時に面接指導をお願いしたい方は以下の6名です。
当日、急な業務で来られない場合に先生から直接ご連絡いただけるよう、
ご本人の了解を得て携帯番号も記載しております。

社員番号	氏名	所属	9月時間外	携帯
218834	我妻 拓海	技術開発部	98.5h	090-2251-6603
207716	比嘉 葵	生産管理部	86.0h	080-7719-0342
224590	坂東 雅人	物流センター	104.0h	070-3328-5516
199021	香月 理恵	営業一部	82.5h	090-8813-2047
230117	樋渡 康平	情報システム部	91.0h	080-5540-7781
211463	四十物 誠司	品質保証部	88.0h	090-1176-3390

面接の順番は当日朝にお知らせします。
よろしくお願いいたします。
""" + SIG_ISHIKURA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6名の氏名・携帯番号のタブ区切り一覧を社外へ",
})

# 026 — 当日連絡用に3名の携帯：警告どまりで通す
MESSAGES.append({
    "id": "kenkosodan-026", "charset": "utf-8",
    "sender": MORIMOTO, "to": [KOKORO],
    "subject": "11/20 連携会議 当日の連絡先",
    "body": """山本様

お世話になっております。森本です。
11/20の連携会議について、当日弊社側の出席者と、
受付で何かあった場合の連絡先をお知らせします。

　人事部　　森本 彩香　080-6620-1473
　人事部　　葛西 誠　　090-3307-5528
　健康管理室 石倉 恵　　070-2284-9915

1階受付で「人事部 森本に面会」とお伝えいただければ入館証をお渡しします。
よろしくお願いいたします。

森本
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "3名の携帯番号だけ（5名未満）。警告はありうるが止めない",
})

# 027 — DOCX の表：セルフケア研修の参加者名簿（10名）を会場ホテルへ
_p = _people(10, "027")
_tbl = [["No.", "氏名", "所属", "携帯電話", "メールアドレス", "懇親会"]]
_tbl += [[str(i + 1), p["name"], p["dept"], p["mobile"], p["mail"], "出席" if i % 3 else "欠席"]
         for i, p in enumerate(_p)]
MESSAGES.append({
    "id": "kenkosodan-027", "charset": "shift_jis",
    "sender": TSUDA, "to": [SAKURA],
    "subject": "12/5 セルフケア研修 参加者名簿の送付",
    "body": """さくらホテル 宴会予約係 御中

いつもお世話になっております。日の出産業 総務部の津田です。
12月5日（金）「セルフケア研修」（鳳凰の間）の参加者名簿を添付いたします。
受付での名札のご準備と、懇親会の人数確認にご利用ください。
当日の欠席連絡は各自の携帯から貴ホテルへ入る場合がございます。

よろしくお願いいたします。
""" + SIG_TSUDA,
    "attachments": [{"kind": "docx", "name": "セルフケア研修_参加者名簿.docx",
                     "paragraphs": ["セルフケア研修（12/5）参加者名簿", "日の出産業株式会社 総務部"],
                     "tables": [_tbl]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "10名の氏名・携帯・メールの DOCX 表を社外（ホテル）へ",
})

# 028 — 緊急対応のための事業所一覧（代表電話・住所）：通す
MESSAGES.append({
    "id": "kenkosodan-028", "charset": "iso-2022-jp",
    "sender": KASAI, "to": [KOKORO_OPS],
    "subject": "緊急時連絡先（事業所一覧）の更新",
    "body": """こころサポート 24時間センター ご担当者様

日の出産業の葛西です。いつもお世話になっております。
緊急対応時に相談者の勤務先事業所へ連絡いただく場合の窓口一覧を
更新しましたのでお送りします（11/1より有効）。

事業所　　　　　住所　　　　　　　　　　　　　　　代表電話　　　　夜間・休日
本社　　　　　　東京都港区浜松町2-4-1　　　　　　03-5472-6100　　守衛室 03-5472-6199
大阪支店　　　　大阪府大阪市淀川区宮原3-5-36　　　06-6398-4400　　なし（本社へ）
名古屋支店　　　愛知県名古屋市中村区名駅4-2-28　052-581-7700　　なし（本社へ）
福岡営業所　　　福岡県福岡市博多区博多駅前2-9-1　092-413-5500　　なし（本社へ）
厚木物流ｾﾝﾀｰ　　神奈川県厚木市上依知3012　　　　046-245-8100　　事務所 046-245-8199

夜間・休日で事業所に連絡がつかない場合は、本社守衛室へお願いいたします。
""" + SIG_KASAI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "事業所（会社の拠点）の住所・代表番号の一覧。人の記録ではない",
})

# 029 — 研修の昼食：特定の社員の宗教（ハラール対応）をホテルへ
MESSAGES.append({
    "id": "kenkosodan-029", "charset": "utf-8",
    "sender": TSUDA, "to": [SAKURA],
    "subject": "Re: 12/5 研修 昼食のご確認",
    "body": """さくらホテル 宴会予約係
ご担当 野口様

お世話になっております。日の出産業の津田です。
昼食の件、ご確認ありがとうございます。通常のお弁当 37名分に加えて、
以下の個別対応をお願いいたします。

・技術開発部 ラフマン・アジズ さん：イスラム教徒のため、ハラール対応の
  お食事（豚肉・アルコール不使用、ハラール認証食材）を1名分
・ラマダン期間ではないため、昼食時間は他の方と同じで問題ないそうです
・また、研修中のお祈りのため、14時台に10分ほど使える小部屋があれば
  お借りできますでしょうか

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_TSUDA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の社員の信仰（宗教＝要配慮個人情報）を社外のホテルへ",
})

# 030 — 英語の返信：引用部分（On … wrote:）だけに個人の事情
MESSAGES.append({
    "id": "kenkosodan-030", "charset": "utf-8",
    "sender": EMILY, "to": [PWB],
    "subject": "Re: Follow-up call - Singapore assignee",
    "body": """Hi Daniel,

Thank you for the update. Thursday 10:00 JST works for me; I'll send a Teams
invite shortly. I'll keep the details within HR as agreed.

Kind regards,
Emily

On Mon, 27 Oct 2025 at 09:12, Daniel Brooks <d.brooks@pacificwellbeing.com> wrote:
> Hi Emily,
>
> Following the counselling sessions with Mr Kenichi Watanabe (Singapore office,
> DOB 1979-03-22), our clinician believes he is showing signs of moderate
> depression and has referred him to a psychiatrist at Raffles Medical.
> His wife has also called our line twice. Could we have a short call this week
> to discuss a possible home-leave?
>
> Daniel Brooks | Account Manager | Pacific Wellbeing Inc.
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "個人の病状は引用部分（On … wrote: の下）だけ。新しい本文は日程調整のみ",
})

# 031 — PDF の表：緊急連絡網（管理職12名の携帯、一部全角）を EAP の24時間センターへ
_p = _people(12, "031")
_pdf = [["事業所", "役職", "氏名", "携帯電話", "メール"]]
for i, p in enumerate(_p):
    tel = _zen(p["mobile"]) if i % 4 == 1 else p["mobile"]
    _pdf.append([["本社", "大阪支店", "名古屋支店", "厚木物流センター"][i % 4],
                 ["部長", "課長", "所長", "副部長"][i % 4], p["name"], tel, p["mail"]])
MESSAGES.append({
    "id": "kenkosodan-031", "charset": "iso-2022-jp",
    "sender": KASAI, "to": [KOKORO_OPS],
    "subject": "緊急対応時の管理職連絡網（2025年11月版）",
    "body": """こころサポート 24時間センター ご担当者様

日の出産業の葛西です。
相談者の安全確保が必要な緊急事態で、所属の管理職へ連絡いただく場合の
連絡網（2025年11月版）をPDFでお送りいたします。
旧版（2025年4月版）は破棄をお願いいたします。
""" + SIG_KASAI,
    "attachments": [{"kind": "pdf", "name": "管理職緊急連絡網_202511.pdf",
                     "title": "管理職緊急連絡網",
                     "lines": ["緊急対応時 管理職連絡網（2025年11月1日現在）",
                               "日の出産業株式会社 人事部 労務課", ""],
                     "table": _pdf}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "12名の氏名・携帯・メールの PDF 表を社外へ",
})

# 032 — プラン別料金の比較表（価格表）：通す
MESSAGES.append({
    "id": "kenkosodan-032", "charset": "shift_jis",
    "sender": KASAI, "to": [LIFECARE],
    "subject": "お見積り条件の確認（EAPプラン比較）",
    "body": """近藤様

お世話になっております。日の出産業の葛西です。
先日ご提示いただいたお見積りについて、社内比較用に以下のとおり
整理しました。認識に誤りがないかご確認ください。

品番　　　　プラン名　　　　　　月額単価（1名）　含まれるもの
LCP-B100　　ベーシック　　　　　　　 ￥320　　　電話相談（24h）、Web相談
LCP-S200　　スタンダード　　　　　　￥450　　　上記＋対面5回/年、管理職コンサル
LCP-P300　　プレミアム　　　　　　　￥610　　　上記＋家族対面、復職支援プログラム
LCP-OPT7　　ストレスチェック連携　　￥80　　　 集団分析レポート（オプション）

・対象人数：1,240名（2026年4月時点見込み）
・契約期間：2026年4月1日～2027年3月31日
・初期費用：スタンダード以上は無償とのご説明でしたが、相違ありませんか

ご回答は11/14（金）までにいただけますと幸いです。
""" + SIG_KASAI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "料金表・品番だけの見積り確認",
})

# 033 — 障害年金の相談：基礎年金番号＋障害の内容
MESSAGES.append({
    "id": "kenkosodan-033", "charset": "utf-8",
    "sender": KASAI, "to": [HIMAWARI],
    "subject": "障害年金（精神の障害）申請サポートのご相談",
    "body": """佐伯様

いつもお世話になっております。日の出産業の葛西です。
休職期間満了が近い社員について、障害年金の申請をご本人が希望しており、
貴法人にサポートをお願いできないかご相談させてください。

　氏名：猪狩 恭子（いがり きょうこ）
　生年月日：S58.4.2
　基礎年金番号：4107-382915
　初診日：2023年2月14日（双極性感情障害、初診は横浜市内の心療内科）
　現状：2024年10月から休職中。日常生活にも援助が必要な状態と主治医から聞いています。

ご本人との面談日程は、貴法人のご都合に合わせて調整いたします。
""" + SIG_KASAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "基礎年金番号と病名・障害の状態（要配慮）を社外へ",
})

# 034 — 社内サブドメイン宛て：夜勤帯の緊急連絡網（社内だけ）
_p = _people(9, "034")
_rows = "\n".join(f"　・{p['name']}（{p['dept']}）　{p['mobile']}" for p in _p)
MESSAGES.append({
    "id": "kenkosodan-034", "charset": "shift_jis",
    "sender": TSUDA, "to": ["厚木物流センター 事務所 <atsugi-office@mail.hinode-sangyo.co.jp>"],
    "cc": [KASAI],
    "subject": "夜勤帯の緊急連絡網（相談窓口からの連絡用）",
    "body": f"""厚木物流センター 事務所 各位

お疲れさまです。総務部の津田です。
EAP（こころサポート）から夜間に緊急連絡が入った場合の、
センター内の連絡順をお知らせします。事務所内に掲示してください。

{_rows}

上から順に連絡し、つながらない場合は本社守衛室（03-5472-6199）へ。
""" + SIG_TSUDA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": [],
    "note": "9名の連絡網だが宛先は社内サブドメイン（mail.hinode-sangyo.co.jp）と社内だけ",
})

# 035 — EAP 事業者選定（RFP）の案内：競合3社が To で互いに見える
MESSAGES.append({
    "id": "kenkosodan-035", "charset": "iso-2022-jp",
    "sender": KASAI,
    "to": [KOKORO, LIFECARE, "マインドブリッジ株式会社 法人営業部 <sales@mindbridge.co.jp>"],
    "subject": "【提案依頼】2026年度 従業員支援プログラム（EAP）について",
    "body": """各社ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の葛西です。

2026年度の従業員支援プログラム（EAP）の委託先選定にあたり、
提案依頼書（RFP）をお送りいたしますので、ご提案をお願いいたします。

　1. 提案依頼書の配布：本メールにて（別途、要件一覧を送付）
　2. 質問受付期限：2025年11月21日（金）17時
　3. 提案書提出期限：2025年12月12日（金）17時
　4. プレゼンテーション：2026年1月中旬（1社60分）
　5. 選定結果のご連絡：2026年2月上旬

ご不明点は私までお問い合わせください。
よろしくお願いいたします。
""" + SIG_KASAI,
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "競合する社外3社が To で互いに見える。Bcc にすべき",
})

# 036 — パスワード付き PDF：主治医意見書の写し
MESSAGES.append({
    "id": "kenkosodan-036", "charset": "utf-8",
    "sender": ISHIKURA, "to": [KUDO],
    "subject": "復職判定用資料（主治医意見書の写し）",
    "body": """工藤先生

お世話になっております。健康管理室の石倉です。
来週の復職判定面談の資料として、主治医意見書の写しをお送りします。
PDFにはパスワードを設定しております（パスワードは先日お伝えしたものと同じです）。

ご確認のほどよろしくお願いいたします。
""" + SIG_ISHIKURA,
    "attachments": [{"kind": "pdf", "name": "主治医意見書_写し.pdf", "password": "kd-2025-11",
                     "lines": ["主治医意見書（写し）", "診断名：適応障害", "就労可否：条件付き可"]}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "暗号化（パスワード付き）PDF で中身を検査できない",
})

# 037 — 定例会の議事録（DOCX、個人データなし）：通す
MESSAGES.append({
    "id": "kenkosodan-037", "charset": "shift_jis",
    "sender": MORIMOTO, "to": [KOKORO], "cc": [KASAI],
    "subject": "10/28 定例会 議事録の送付",
    "body": """山本様

本日はお時間をいただき、ありがとうございました。
定例会の議事録を添付いたします。修正点がございましたら
11/4（火）までにお知らせください。
""" + SIG_MORIMOTO,
    "attachments": [{
        "kind": "docx", "name": "議事録_20251028_EAP定例会.docx",
        "paragraphs": [
            "EAP定例会 議事録",
            "日時：2025年10月28日（火）14:00～15:00　場所：日の出産業 本社8F 第2会議室",
            "出席：こころサポート 山本様、小野寺様／日の出産業 人事部 葛西、森本",
            "1. 9月度利用状況：総件数87件（前月比+21件）。夜間帯の電話相談が増加傾向。",
            "2. 統計レポートの粒度：個人が特定されないよう、10名未満の部署は「その他」に集約する"
            "運用を継続することを確認。",
            "3. 周知施策：窓口カードを再印刷し、12月に全社員へ配布（錦印刷へ発注予定）。",
            "4. 次回：11月25日（火）14:00～",
        ],
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "議事録の DOCX。個人データも機密区分もない",
})

# 038 — 英語：海外赴任者のうつ病の診断を現地 EAP へ
MESSAGES.append({
    "id": "kenkosodan-038", "charset": "utf-8",
    "sender": EMILY, "to": [PWB],
    "subject": "Support for our assignee in Bangkok",
    "body": """Dear Daniel,

I am writing about Ms Aoi Higa, who has been on assignment at our Bangkok office
since April. She told her manager last week that she has been diagnosed with
major depressive disorder by a local clinic and is taking antidepressants.

She has agreed that we share this with Pacific Wellbeing so that you can arrange
Japanese-speaking counselling for her. Could your Bangkok partner contact her
directly? She prefers e-mail at first.

Many thanks for your help.
""" + SIG_EMILY,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の赴任者のうつ病の診断（要配慮）を社外へ（英語）",
})

# 039 — みどり銀行の homoglyph（rn → m）ドメイン宛て
MESSAGES.append({
    "id": "kenkosodan-039", "charset": "iso-2022-jp",
    "sender": NAKAI, "to": ["みどり銀行 法人営業部 <hojin@rnidori-ginko.co.jp>"],
    "subject": "EAP委託料の振込予約について",
    "body": """みどり銀行 浜松町支店 法人営業部 御中

いつもお世話になっております。日の出産業 経理部の中井です。
11月末支払分の振込予約について、ご確認をお願いいたします。

　支払先：株式会社こころサポート（新橋支店 当座）
　金額　：652,080円
　指定日：2025年11月28日

法人インターネットバンキングでの承認手続きが完了しておりますので、
処理状況をご確認いただけますと幸いです。
""" + SIG_NAKAI,
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "midori-ginko.co.jp に似せた rnidori-ginko.co.jp（rn→m の homoglyph）",
})

# 040 — 慶弔見舞金の振込依頼：5名の個人口座をパートナー銀行へ
MESSAGES.append({
    "id": "kenkosodan-040", "charset": "shift_jis",
    "sender": NAKAI, "to": ["みどり銀行 法人営業部 <hojin@midori-ginko.co.jp>"],
    "subject": "総合振込（慶弔見舞金 11月分）の依頼",
    "body": """みどり銀行 法人営業部 ご担当者様

お世話になっております。日の出産業 経理部の中井です。
共済会の慶弔見舞金（11月分）について、下記のとおり総合振込をお願いいたします。
（オンラインの明細登録が不具合のため、今回のみメールにて失礼いたします）

No. 受取人（カナ）　　　　銀行・支店　　　　　　　科目　口座番号　　金額
1　 ﾜｶﾞﾂﾏ ﾀｸﾐ　　　　　　みどり銀行 川崎支店　　普通　3014782　　30,000
2　 ｸﾜﾊﾞﾗ ﾅｵｺ　　　　　　東都信用金庫 蒲田支店　普通　0558129　　10,000
3　 ﾋｶﾞ ﾚﾝ　　　　　　　 みどり銀行 大宮支店　　普通　2287460　　50,000
4　 ｲｯｼｷ ﾕｶ　　　　　　　さくら銀行 吉祥寺支店　普通　7120395　　30,000
5　 ﾁﾊﾞ ｼｭﾝｽｹ　　　　　　みどり銀行 本店営業部　普通　1093318　　10,000

振込指定日：2025年11月25日
合計：5件 130,000円
""" + SIG_NAKAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "5名の個人名義口座の一覧を社外へ",
})

# 041 — 地域の医療機関へのお知らせ：Bcc で送っている（To は自分）：通す
MESSAGES.append({
    "id": "kenkosodan-041", "charset": "iso-2022-jp",
    "sender": ISHIKURA, "to": [ISHIKURA],
    "bcc": [AOYAMA, MIDORINOMORI, TOWA, "浜松町こころのクリニック <info@hamamatsucho-kokoro.jp>",
            "芝公園メンタルクリニック <uketsuke@shibakoen-mental.jp>"],
    "subject": "【ご案内】日の出産業 健康管理室の連絡窓口変更について",
    "body": """医療機関の皆様

平素より弊社社員の診療に格別のご高配を賜り、厚く御礼申し上げます。
日の出産業株式会社 健康管理室でございます。

2025年12月1日より、健康管理室の代表連絡先を下記のとおり変更いたします。
診療情報提供書の送付先・お問い合わせ先としてご登録をお願いいたします。

　新電話番号：03-5472-6180（平日 9:00～17:30）
　新FAX番号：03-5472-6189
　所在地：〒105-0013 東京都港区浜松町2-4-1 日の出ビル3F（変更なし）

※本メールは関係医療機関の皆様へBCCにてお送りしております。

今後ともどうぞよろしくお願い申し上げます。
""" + SIG_ISHIKURA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "社外の医療機関は Bcc だけ（To は自分）。互いに見えず、個人データもない",
})

# 042 — XLSX：休職者管理表（診断名・傷病手当金の状況）を社労士へ
_p = _people(6, "042")
_diag = ["うつ病", "適応障害", "双極性障害", "腰椎椎間板ヘルニア（術後）", "自律神経失調症", "乳がん（化学療法中）"]
_sheet = [["休職者管理表（2025年10月末現在）", "", "", "", "", "", ""],
          ["社員番号", "氏名", "生年月日", "休職開始日", "診断名", "傷病手当金", "復職見込"]]
for i, p in enumerate(_p):
    _sheet.append([p["emp"], p["name"], _wareki(p["dob"]), f"2025/{3 + i:02d}/01", _diag[i],
                   ["申請中", "支給中", "支給中", "未申請", "支給中", "申請中"][i],
                   ["未定", "12月", "未定", "1月", "11月", "未定"][i]])
MESSAGES.append({
    "id": "kenkosodan-042", "charset": "utf-8",
    "sender": KASAI, "to": [HIMAWARI],
    "subject": "休職者の社会保険手続き状況の確認",
    "body": """佐伯様

お世話になっております。葛西です。
来月の定例打合せの前に、休職中の社員の手続き状況を一覧にしましたので
お送りします。傷病手当金の申請漏れがないかご確認いただけますでしょうか。
""" + SIG_KASAI,
    "attachments": [{"kind": "xlsx", "name": "休職者管理表_202510.xlsx",
                     "sheets": {"休職者": _sheet,
                                "メモ": [["備考"], ["休職期間満了が近い者は別途ご相談します"]]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "6名の診断名（要配慮）・生年月日の XLSX を社外へ",
})

# 043 — 啓発ポスターの発送（伝票番号）：通す
MESSAGES.append({
    "id": "kenkosodan-043", "charset": "shift_jis",
    "sender": TSUDA, "to": [NISHIKI],
    "subject": "Re: 相談窓口ポスター 発送のご連絡",
    "body": """錦印刷株式会社
田辺様

お世話になっております。日の出産業の津田です。
発送のご連絡ありがとうございます。

　注文番号：NP-25-10873
　品名：こころの相談窓口ポスター（B2・4色）×120部
　お問い合わせ伝票番号：3881-2290-4471（青葉運輸）

本社分は本日受け取りました。支店分も明日には届く見込みとのこと、承知しました。
請求書は通常どおり月末締めでお願いいたします。

> 本日、下記のとおり発送いたしました。
> 本社：40部、大阪支店：30部、名古屋支店：25部、福岡営業所：25部
""" + SIG_TSUDA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "注文番号・伝票番号・部数だけの業務連絡",
})

# 044 — ストーカー被害（犯罪被害）について法律事務所へ相談
MESSAGES.append({
    "id": "kenkosodan-044", "charset": "iso-2022-jp",
    "sender": KASAI, "to": [SHIRAKAWA], "cc": [MORIMOTO],
    "subject": "社員のストーカー被害に関するご相談",
    "body": """白川法律事務所
白川先生

いつもお世話になっております。日の出産業の葛西です。
至急ご相談したい件があり、ご連絡いたしました。

経理部の早乙女 陽菜さん（28歳）が、元交際相手からのつきまといを受けており、
10月24日に警視庁三田警察署へ被害届を提出し、受理されたとのことです。
相手方は会社の最寄り駅でも待ち伏せをしているそうで、本人はEAPのカウンセリングも
受けながら勤務を続けています。

会社として、①勤務地の一時変更、②社内の受付での対応、③相手方が来社した場合の
対応について、法的に留意すべき点をご教示いただけますでしょうか。
今週中に一度お電話でお話しできれば幸いです。
""" + SIG_KASAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の社員が犯罪被害者であること（要配慮）を社外の法律事務所へ",
})

# 045 — ZIP（暗号化なし）に CSV と XLSX：相談記録連携の「テスト」に本番抽出データ
_p = _people(9, "045")
_kbn = ["メンタル", "身体", "メンタル", "家族", "メンタル", "キャリア", "メンタル", "身体", "ハラスメント"]
_csv = [["member_id", "emp_no", "name", "tel", "email", "consult_date", "category", "summary"]]
for i, p in enumerate(_p):
    _csv.append([f"HNDN{4100 + i}", p["emp"], p["name"], p["mobile"], p["mail"],
                 f"2025-10-{2 + 3 * i:02d}", _kbn[i],
                 ["抑うつ状態、受診勧奨", "高血圧の相談", "不眠・服薬中", "子の不登校",
                  "適応障害で休職中", "異動希望", "アルコール依存の疑い", "腰痛", "上司の言動"][i]])
MESSAGES.append({
    "id": "kenkosodan-045", "charset": "utf-8",
    "sender": HASEBE, "to": [TSUBASA],
    "subject": "連携テスト用データの送付",
    "body": """ツバサシステム 三宅様

お世話になっております。長谷部です。
相談記録連携の取込テスト用に、こころサポートから10月に受領したファイルを
そのままZIPにまとめてお送りします。
項目のマッピング確認に使っていただければと思います。

　・consult_202510.csv（UTF-8）
　・member_master.xlsx（会員マスタ）
""" + SIG_HASEBE,
    "attachments": [{
        "kind": "zip", "name": "renkei_test_202510.zip",
        "files": [
            {"kind": "csv", "name": "consult_202510.csv", "encoding": "utf-8", "rows": _csv},
            {"kind": "xlsx", "name": "member_master.xlsx",
             "sheets": {"members": [["member_id", "氏名", "生年月日", "所属"]] +
                        [[f"HNDN{4100 + i}", p["name"], _iso(p["dob"]), p["dept"]]
                         for i, p in enumerate(_p)]}},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH",
                 "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "ZIP 内の CSV/XLSX に9名の連絡先・相談内容（要配慮）。テスト名目でも実データ",
})

# 046 — 連携仕様（項目名の定義だけ、データなし）：通す
MESSAGES.append({
    "id": "kenkosodan-046", "charset": "utf-8",
    "sender": HASEBE, "to": [TSUBASA],
    "subject": "相談記録連携 項目定義（v0.3）",
    "body": """三宅様

お世話になっております。長谷部です。
先日の打合せを受けて、連携項目の定義を更新しました（v0.3）。
個人を特定できる項目は連携対象から外し、会員IDは当社側でハッシュ化する方針です。

項目名          型        必須  説明
--------------  --------  ----  ------------------------------------------
member_hash     char(64)  ○    会員IDの SHA-256（当社で付与したソルト使用）
consult_month   char(7)   ○    相談月（YYYY-MM）
channel         varchar   ○    phone / web / face
category        varchar   ○    メンタル / 身体 / 家族 / キャリア / その他
site_code       char(3)   ○    事業所コード（HQ / OSK / NGY / FUK / ATG）
referral_flag   bool            医療機関紹介の有無

氏名・生年月日・電話番号・メールアドレスは連携しません。
レビューをお願いいたします。
""" + SIG_HASEBE,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "項目名（氏名・生年月日という語）の定義だけで、人のデータはない",
})

# 047 — DOCX のヘッダーに「部外秘」：社内稟議書を誤って事業者へ
MESSAGES.append({
    "id": "kenkosodan-047", "charset": "shift_jis",
    "sender": MORIMOTO, "to": [KOKORO],
    "subject": "契約更新の件（資料送付）",
    "body": """山本様

お世話になっております。森本です。
契約更新に関して、社内で取りまとめた資料を添付いたします。
お見積りの前提条件としてご参照ください。
""" + SIG_MORIMOTO,
    "attachments": [{
        "kind": "docx", "name": "稟議書_EAP契約更新_2026.docx",
        "page_header": "部外秘", "title": "稟議書 EAP契約更新",
        "paragraphs": [
            "稟議書　件名：従業員支援プログラム（EAP）委託契約の更新について",
            "起案：人事部 健康推進グループ　決裁：人事部長、管理本部長",
            "1. 現行契約：株式会社こころサポート　年額 7,560千円",
            "2. 比較検討：ライフケアパートナーズ（年額 6,700千円）、マインドブリッジ（年額 8,100千円）",
            "3. 交渉方針：現行事業者に対し、他社見積りを根拠に 8% 程度の値下げを要請する。",
            "4. 値下げに応じない場合は、ライフケアパートナーズへの切替えを検討する。",
        ],
    }],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "添付 DOCX のヘッダーに「部外秘」の区分表示。社外へ",
})

# 048 — 匿名化したつもりの事例相談（部署・年代・入社年次）：判断が分かれる
MESSAGES.append({
    "id": "kenkosodan-048", "charset": "iso-2022-jp",
    "sender": ISHIKURA, "to": [KUDO],
    "subject": "事例のご相談（匿名）",
    "body": """工藤先生

お世話になっております。石倉です。
お名前は伏せますが、次の方への対応についてご意見をいただけますか。

　営業二部 第3課の30代男性（入社5年目、今年4月に大阪支店から異動）。
　9月から遅刻・欠勤が増え、EAPのカウンセラーからは適応障害の疑いで
　受診を勧めたと連絡がありました。本人は受診に消極的です。

上司は本人の状況を把握していない様子で、上司への情報共有の範囲に
悩んでいます。次回訪問時に少しお時間をいただければ幸いです。
""" + SIG_ISHIKURA,
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "氏名はないが所属課・年代・入社年次・異動歴で社内では特定しうる病状の相談。判断が分かれる",
})

# 049 — 転送（FW:）：支店長のメール（部下5名の体調）を産業医へ
MESSAGES.append({
    "id": "kenkosodan-049", "charset": "shift_jis",
    "sender": ISHIKURA, "to": [KUDO],
    "subject": "FW: 大阪支店 体調不良者の件",
    "body": """工藤先生

お世話になっております。石倉です。
大阪支店から以下の相談がありましたので転送いたします。
次回のオンライン面談の対象に加えるべきか、ご意見をいただけますか。

-------- Forwarded Message --------
差出人: 上野 浩二 <ueno.koji@hinode-sangyo.co.jp>
送信日時: 2025年10月29日 18:42
宛先: 石倉 恵
件名: 大阪支店 体調不良者の件

石倉さん

大阪支店の上野です。決算期の繁忙が続き、体調を崩している者が何人かいます。

・熊谷 健一（営業課）　　9月に胃潰瘍で通院。最近また胃痛を訴えている
・新田 由佳（業務課）　　不眠が続き、心療内科で睡眠薬を処方されたと本人談
・松浦 翔太（営業課）　　10月に2回、動悸で早退
・宍戸 朋美（業務課）　　産後うつの既往あり、復帰3か月で疲れが目立つ
・羽生 大翔（営業課）　　飲酒量が増えているとの同僚の話。γ-GTP高値（健診）

本人たちへの声かけの仕方も含めて相談させてください。

上野
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "転送は受信者にとって新しい本文。5名の病状（要配慮）の一覧を社外へ",
})

# 050 — 社外2組織（事業者と法律事務所）：契約書レビューの三者打合せ
MESSAGES.append({
    "id": "kenkosodan-050", "charset": "utf-8",
    "sender": KASAI, "to": [LIFECARE], "cc": [SHIRAKAWA, MORIMOTO],
    "subject": "業務委託契約書（個人情報の取扱い条項）の協議日程",
    "body": """ライフケアパートナーズ 近藤様
（cc: 白川法律事務所 白川先生）

お世話になっております。日の出産業の葛西です。

EAP業務委託契約書案のうち、第12条（個人情報の取扱い）と
第15条（再委託）について、弊社顧問の白川先生にも同席いただき
協議の場を設けたく存じます。

　候補：11/19（水）15時、11/21（金）10時、11/25（火）13時（各60分）
　場所：白川法律事務所 会議室（千代田区）またはオンライン

ご都合をお知らせいただけますと幸いです。
""" + SIG_KASAI + "\n" + DISCLAIMER_JA,
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "社外2組織との三者協議の日程調整。末尾は定型の免責文",
})

# 051 — 英語：出張先での急病。旅券番号・生年月日・症状を現地アシスタンスへ
MESSAGES.append({
    "id": "kenkosodan-051", "charset": "utf-8",
    "sender": EMILY, "to": [PWB_ASSIST], "cc": [PWB],
    "subject": "URGENT: medical assistance needed - employee in Ho Chi Minh City",
    "body": """Dear Assistance Desk,

One of our employees on a business trip has been taken ill and we would like
your help with hospital admission and a possible medical escort back to Japan.

  Name:           Mr Takayuki KUWABARA
  Date of birth:  14 Sep 1971
  Passport No.:   TR4820715 (Japan)
  Hotel:          Riverside Saigon Hotel, room 1207
  Mobile (roaming): +81 90-7731-4408
  Condition:      chest pain and shortness of breath since this morning;
                  history of angina, treated with a stent in 2022.

Our travel insurance policy number is YH-TRV-2025-00871 (Yotsuba Insurance).
Please call me on +81-3-5472-6145 at any time.
""" + SIG_EMILY,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "PHONE_NUMBER",
                 "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "旅券番号と病歴（要配慮）を社外のアシスタンス窓口へ",
})

# 052 — 訪問日の確認だけ（長い署名に送信者の携帯）：通す
MESSAGES.append({
    "id": "kenkosodan-052", "charset": "iso-2022-jp",
    "sender": ISHIKURA, "to": [KUDO],
    "subject": "Re: 12月の訪問日について",
    "body": """工藤先生

ご連絡ありがとうございます。
12月の訪問日は 12/4（木）13:30～17:00 で承知いたしました。
衛生委員会は14:00からですので、前後で面談を2～3件入れる予定です。
駐車場は来客用（B1）をご用意しております。

引き続きよろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 健康管理室
保健師 石倉 恵（いしくら めぐみ）
〒105-0013 東京都港区浜松町2-4-1 日の出ビル3F
TEL：03-5472-6180 ／ FAX：03-5472-6189
携帯：080-2294-7106（外出時）
E-mail：ishikura.megumi@hinode-sangyo.co.jp
健康管理室ポータル：https://intra.hinode-sangyo.co.jp/kenko
━━━━━━━━━━━━━━━━━━━━━━━━
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "日程確認だけ。電話番号・住所は送信者自身の署名",
})

# 053 — 破損した XLSX：月次統計
MESSAGES.append({
    "id": "kenkosodan-053", "charset": "shift_jis",
    "sender": MORIMOTO, "to": [KOKORO],
    "subject": "10月度 利用統計（社内集計との突合せ用）",
    "body": """山本様

お世話になっております。森本です。
10月度の利用統計について、弊社側の集計ファイルをお送りします。
貴社レポートとの差異がある箇所に黄色のマーカーを付けております。
""" + SIG_MORIMOTO,
    "attachments": [{"kind": "corrupt", "name": "利用統計_202510_突合せ.xlsx"}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "添付の XLSX が壊れていて読めない",
})

# 054 — 「・」の箇条書き：家族の利用登録（6名、和暦の生年月日）
MESSAGES.append({
    "id": "kenkosodan-054", "charset": "shift_jis",
    "sender": MORIMOTO, "to": [KOKORO],
    "subject": "ご家族の利用登録（11月受付分）",
    "body": """山本様

いつもお世話になっております。日の出産業の森本です。
11月受付分のご家族の利用登録をお願いいたします。

・安齋 美咲　（社員 安齋 健一の妻）　　昭和６０年８月２１日生
・安齋 蓮　　（同 長男）　　　　　　　　平成２３年３月３日生
・目黒 隆之　（社員 目黒 恭子の夫）　　昭和５３年１２月９日生
・岡崎 奈緒子（社員 岡崎 悠真の母）　　昭和２８年５月３０日生
・雲母 紗希　（社員 雲母 直樹の長女）　平成１７年１０月１日生
・一色 和也　（社員 一色 千尋の夫）　　Ｈ２．１１．３生

ご家族向けの会員カードは、社員本人宛に社内便でお送りいただければ
こちらで配布いたします。
""" + SIG_MORIMOTO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "6名（家族）の氏名・続柄・和暦の生年月日の箇条書きを社外へ",
})

# 055 — ラインケア研修の日程（定型の免責文つき）：通す
MESSAGES.append({
    "id": "kenkosodan-055", "charset": "utf-8",
    "sender": MORIMOTO, "to": [KOKORO_ONO],
    "subject": "管理職向けラインケア研修 実施要項の確認",
    "body": """こころサポート
小野寺様

お世話になっております。日の出産業の森本です。
管理職向けラインケア研修の実施要項について、以下で確定させてください。

　日時：2026年1月23日（金）13:30～16:30
　会場：本社 8F 大会議室（定員60名）＋オンライン配信（大阪・名古屋・福岡）
　対象：課長職以上 約110名
　内容：部下の不調のサインと声かけ、EAPへのつなぎ方、復職支援における上司の役割
　講師：貴社 臨床心理士 1名

配布資料のデータは1月9日までにいただけますと助かります。
よろしくお願いいたします。
""" + SIG_MORIMOTO + "\n" + DISCLAIMER_JA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "研修の実施要項。「機密情報」は定型の免責文の中だけ",
})

# 056 — 似た社内ドメイン（ドットがハイフン）宛て：月次報告の下書き
MESSAGES.append({
    "id": "kenkosodan-056", "charset": "iso-2022-jp",
    "sender": MORIMOTO, "to": ["葛西 誠 <kasai.makoto@hinode-sangyo-co.jp>"],
    "subject": "衛生委員会用 EAP月次報告（下書き）",
    "body": """葛西課長

お疲れさまです。森本です。
11月の衛生委員会に出すEAP月次報告の下書きです。ご確認ください。

　・10月 総相談件数 91件（前月比 +4）
　・メンタル関連 54件（59%）、身体 18件、家族 11件、その他 8件
　・医療機関紹介 4件、緊急対応 1件（深夜帯、翌朝所属長へ連絡済）
　・窓口カードの再配布を12月に実施予定

個別の事案は記載していません。
修正があれば明日の午前中までにお願いします。

森本
""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "社内ドメインのドットをハイフンにした hinode-sangyo-co.jp 宛て",
})

# 057 — 「取扱注意」「機密」に触れるだけの問い合わせ：通す
MESSAGES.append({
    "id": "kenkosodan-057", "charset": "shift_jis",
    "sender": KASAI, "to": [LIFECARE],
    "subject": "相談記録の管理方法についてのご質問",
    "body": """近藤様

お世話になっております。日の出産業の葛西です。
ご提案内容の検討にあたり、相談記録の管理方法について教えてください。

1. 弊社では、EAPの相談記録は社内規程上「取扱注意」の情報として扱うことに
   なっていますが、貴社内ではどのような区分・アクセス権限で管理されていますか。
2. 機密性の高い相談（ハラスメント、自傷のおそれ等）を弊社へ報告する場合の
   基準と、ご本人の同意の取り方を教えてください。
3. 記録の保存期間と、契約終了時の廃棄方法（廃棄証明書の発行可否）。

ISMSやプライバシーマークの認証範囲についても、あわせてご教示いただけますと幸いです。
""" + SIG_KASAI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "「取扱注意」「機密」は質問文の中の語で、区分表示ではない",
})

# 058 — 一人一ブロック：転居した社員5名の新住所（窓口カード送付用）
MESSAGES.append({
    "id": "kenkosodan-058", "charset": "utf-8",
    "sender": MORIMOTO, "to": [KOKORO_ONO],
    "subject": "会員カード送付先の変更（転居者）",
    "body": """小野寺様

お世話になっております。森本です。
会員カードをご自宅へ直送いただく件、10月に転居した方の送付先を
お知らせします。

【1】
氏名：小鳥遊 真央
新住所：〒330-0846 埼玉県さいたま市大宮区大門町2-118-3 ラフィーネ大宮502
電話：048-641-3327

【2】
氏名：百目鬼 翔太
新住所：〒272-0034 千葉県市川市市川1-9-14
電話：080-5512-0938

【3】
氏名：嘉数 彩乃
新住所：〒812-0011 福岡県福岡市博多区博多駅前4-21-7-1103
電話：092-412-6651

【4】
氏名：九十九 誠司
新住所：〒193-0833 東京都八王子市めじろ台3-27-5
電話：042-667-0184

【5】
氏名：早乙女 詩織
新住所：〒564-0051 大阪府吹田市豊津町9-40 エスリード江坂305
電話：０９０－３３７８－５１２６

以上5名です。よろしくお願いいたします。
""" + SIG_MORIMOTO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "1人1ブロックで5名の自宅住所・電話を社外へ",
})

# 059 — e ラーニング試用アカウント：4名の氏名とメール（警告どまり）
MESSAGES.append({
    "id": "kenkosodan-059", "charset": "iso-2022-jp",
    "sender": MORIMOTO, "to": [LIFECARE],
    "subject": "セルフケアeラーニング 試用アカウントの発行依頼",
    "body": """近藤様

お世話になっております。日の出産業の森本です。
ご提案いただいたセルフケアeラーニングの試用について、
評価メンバー4名分のアカウント発行をお願いいたします。

　1. 森本 彩香　morimoto.ayaka@hinode-sangyo.co.jp（人事部）
　2. 石倉 恵　　ishikura.megumi@hinode-sangyo.co.jp（健康管理室）
　3. 新田 拓海　nitta.takumi@hinode-sangyo.co.jp（技術開発部）
　4. 比嘉 理恵　higa.rie@hinode-sangyo.co.jp（大阪支店）

試用期間は11/17～12/12の4週間を希望します。
""" + SIG_MORIMOTO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "4名の業務用メールだけ（5名未満）。警告はありうるが止めない",
})

# 060 — PPTX：衛生委員会資料に個別事例（氏名＋病状）を入れたまま産業医事務所へ
MESSAGES.append({
    "id": "kenkosodan-060", "charset": "utf-8",
    "sender": ISHIKURA, "to": [KUDO],
    "subject": "11月衛生委員会 資料（事前確認のお願い）",
    "body": """工藤先生

お世話になっております。石倉です。
11月衛生委員会の資料案をお送りします。
4枚目の「フォロー中の事例」は先生との事前確認用で、委員会当日は削除します。
ご意見をいただけますと幸いです。
""" + SIG_ISHIKURA,
    "attachments": [{
        "kind": "pptx", "name": "衛生委員会資料_202511.pptx",
        "slides": [
            ["2025年11月 衛生委員会", "日の出産業株式会社 健康管理室"],
            ["EAP利用状況（10月）", "総件数 91件", "メンタル関連 54件", "医療機関紹介 4件"],
            ["長時間労働の状況", "80時間超 12名（前月 9名）", "面接指導 実施 10名"],
            ["フォロー中の事例（事前確認用）",
             "勅使河原 蓮（技術開発部）：うつ病で休職中、12月復職予定",
             "栗花落 美咲（経理部）：パニック障害、時短勤務中",
             "伊集院 健一（営業一部）：アルコール性肝障害、断酒プログラム参加",
             "生田目 葵（物流センター）：適応障害、配置転換を検討",
             "坂東 隆之（大阪支店）：高血圧・睡眠時無呼吸症候群で治療中"],
            ["今後の予定", "12月 窓口カード再配布", "1月 ラインケア研修"],
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "PPTX のスライドに5名の氏名と病状（要配慮）",
})

# 061 — 社内のみ：パスワード付き ZIP を人事部内で受け渡し
MESSAGES.append({
    "id": "kenkosodan-061", "charset": "iso-2022-jp",
    "sender": MORIMOTO, "to": [KASAI],
    "subject": "こころサポート 10月度個別報告（緊急対応分）",
    "body": """葛西課長

お疲れさまです。森本です。
こころサポートから届いた10月度の緊急対応の個別報告を、
パスワード付きZIPにして共有フォルダにも置きました。
パスワードは部内の共通ルールのものです。

部長への報告は課長からお願いできますでしょうか。

森本
""",
    "attachments": [{"kind": "zip", "name": "緊急対応報告_202510.zip", "password": "jinji-2510",
                     "files": [{"kind": "txt", "name": "報告.txt",
                                "text": "10/18 深夜 緊急対応 1件（物流センター）"}]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "暗号化 ZIP だが宛先は社内だけ",
})

# 062 — DOCX（労災の様式下書き）にマイナンバー・住所・傷病
_mn = my_number(SEED + 1)
MESSAGES.append({
    "id": "kenkosodan-062", "charset": "shift_jis",
    "sender": KASAI, "to": [HIMAWARI],
    "subject": "労災（休業補償給付）様式8号の下書き",
    "body": """佐伯様

お世話になっております。葛西です。
物流センターでの転倒事故の件、休業補償給付の様式第8号の下書きを
作成しましたので、記載内容のご確認をお願いいたします。

事故後、本人が強い不安を訴えておりEAPのカウンセリングも並行して
受けていますが、申請書には関係ありませんので記載していません。
""" + SIG_KASAI,
    "attachments": [{
        "kind": "docx", "name": "様式8号_下書き_宍戸.docx",
        "paragraphs": ["休業補償給付支給請求書（様式第8号）下書き",
                       "労働保険番号：13-1-08-712334-000"],
        "tables": [[
            ["項目", "内容"],
            ["労働者の氏名", "宍戸 拓海（シシド タクミ）"],
            ["生年月日", "平成3年6月12日"],
            ["個人番号", _mn],
            ["住所", "〒243-0801 神奈川県厚木市上依知1187-4 コーポ上依知201"],
            ["負傷又は発病の日時", "2025年10月9日 午前10時20分頃"],
            ["傷病の部位及び状態", "右手関節骨折（橈骨遠位端骨折）"],
            ["療養期間", "2025年10月9日～2025年11月30日（見込み）"],
        ]],
    }],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS",
                 "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "添付 DOCX にマイナンバー・住所・傷病の状態",
})

# 063 — 英語：契約更新の返信（-----Original Message----- の下は相手の文面）：通す
MESSAGES.append({
    "id": "kenkosodan-063", "charset": "utf-8",
    "sender": EMILY, "to": [PWB],
    "subject": "RE: Renewal of the Expatriate Support Agreement (2026)",
    "body": """Dear Daniel,

Thank you for the draft renewal. We are happy with the revised fee of
JPY 1,980 per member per month and with adding the family tele-counselling option.
Our legal team will return the marked-up agreement by 21 November.

One request: could the monthly report be delivered through your secure portal
rather than by e-mail from next year?

""" + SIG_EMILY + """

-----Original Message-----
From: Daniel Brooks <d.brooks@pacificwellbeing.com>
Sent: Thursday, October 30, 2025 4:51 PM
To: Emily Sato <sato.emily@hinode-sangyo.co.jp>
Subject: Renewal of the Expatriate Support Agreement (2026)

Dear Emily,
Please find our proposal for the 2026 renewal below. The per-member fee would move
from JPY 1,850 to JPY 1,980, reflecting the new 24/7 Japanese-language line in Europe.
Best, Daniel
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "契約更新の英文返信。引用部分も料金の話だけ",
})

# 064 — 旧形式 XLS：旧システムの会員マスタをシステム会社へ
_p = _people(15, "064")
MESSAGES.append({
    "id": "kenkosodan-064", "charset": "iso-2022-jp",
    "sender": HASEBE, "to": [TSUBASA],
    "subject": "旧会員マスタ（移行元データ）",
    "body": """三宅様

長谷部です。移行元の旧システムから出力した会員マスタ（Excel 97-2003形式）を
お送りします。文字化けの有無と、生年月日の書式の揺れを確認いただけますか。
""" + SIG_HASEBE,
    "attachments": [{
        "kind": "xls", "name": "kaiin_master_old.xls",
        "sheets": {"会員": [["会員番号", "社員番号", "氏名", "カナ", "生年月日", "メール"]] +
                   [[f"K{7000 + i}", p["emp"], p["name"], p["kana"],
                     _wareki(p["dob"], short=True) if i % 2 else _iso(p["dob"]), p["mail"]]
                    for i, p in enumerate(_p)]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "15名の氏名・生年月日・メールの XLS を社外へ",
})

# 065 — 部署別の集計 XLSX（氏名なし）：通す
MESSAGES.append({
    "id": "kenkosodan-065", "charset": "utf-8",
    "sender": ISHIKURA, "to": [KUDO],
    "subject": "上半期 EAP利用状況（部署別集計）",
    "body": """工藤先生

お世話になっております。石倉です。
上半期（4～9月）のEAP利用状況を部署別に集計しました。
10名未満の部署は「その他」にまとめています。
衛生委員会での講評の参考にしていただければ幸いです。
""" + SIG_ISHIKURA,
    "attachments": [{
        "kind": "xlsx", "name": "EAP利用状況_上半期_部署別.xlsx",
        "sheets": {
            "部署別": [["2025年度上半期 EAP利用状況（部署別・件数）"], [],
                      ["部署", "在籍", "電話", "Web", "対面", "計", "利用率"],
                      ["営業部門", 310, 48, 19, 7, 74, "23.9%"],
                      ["技術開発部", 185, 22, 14, 5, 41, "22.2%"],
                      ["生産・物流", 420, 51, 9, 4, 64, "15.2%"],
                      ["管理部門", 205, 27, 16, 6, 49, "23.9%"],
                      ["その他", 120, 10, 4, 1, 15, "12.5%"]],
            "月別": [["月", "件数"], ["4月", 58], ["5月", 61], ["6月", 49],
                    ["7月", 44], ["8月", 66], ["9月", 87]],
        },
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "部署別・月別の件数だけの集計表",
})

# 066 — 社員の逮捕（犯罪の経歴）について法律事務所へ
MESSAGES.append({
    "id": "kenkosodan-066", "charset": "shift_jis",
    "sender": KIRIYAMA, "to": [SHIRAKAWA, "岡部 弁護士 <okabe@shirakawa-law.jp>"],
    "subject": "【至急】社員逮捕の件についてのご相談",
    "body": """白川先生、岡部先生

日の出産業の桐山です。急なご連絡で失礼いたします。

本日朝、名古屋支店 営業課の 生田目 康平（42歳）が、昨夜、
名古屋市内の電車内での迷惑防止条例違反（痴漢）の容疑で中警察署に
逮捕されたとの連絡が、ご家族からありました。本人は容疑を否認しているそうです。

ご家族（妻）が強く動揺しておられ、EAPの家族相談をご案内しております。
会社として、
　・勾留中の出勤扱い（欠勤・休職）
　・報道があった場合の対応
　・懲戒処分の検討のタイミング
についてご助言をお願いいたします。本日中にお電話させていただけますでしょうか。
""" + SIG_KIRIYAMA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の社員の逮捕（要配慮個人情報）を社外の法律事務所へ",
})

# 067 — オンラインカウンセリングの本人確認：運転免許証番号
MESSAGES.append({
    "id": "kenkosodan-067", "charset": "utf-8",
    "sender": MORIMOTO, "to": [KOKORO_ONO],
    "subject": "オンライン面談の本人確認書類について",
    "body": """小野寺様

お世話になっております。森本です。
オンライン面談の初回登録で本人確認ができないとご連絡をいただいていた件、
ご本人から免許証の情報を預かりましたので代わりにお送りします。

　氏名：渡邉 美咲
　生年月日：1990年1月27日
　運転免許証番号：第 301904572318 号
　（有効期限 2028年02月27日まで／東京都公安委員会）

ご本人はスマートフォンのカメラの不具合で画像をアップロードできなかったそうです。
登録が完了しましたらご本人へ直接ご連絡ください。
""" + SIG_MORIMOTO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "運転免許証番号（本人確認書類の番号）を社外へ",
})

# 068 — 健康セミナーの会場予約（人数・料金だけ）：通す
MESSAGES.append({
    "id": "kenkosodan-068", "charset": "iso-2022-jp",
    "sender": TSUDA, "to": [SAKURA],
    "subject": "2月の健康セミナー 会場仮予約のお願い",
    "body": """さくらホテル 宴会予約係 御中

いつもお世話になっております。日の出産業 総務部の津田です。
下記のとおり会場の仮予約をお願いいたします。

　日時：2026年2月13日（金）13:00～17:00（設営12:00～）
　人数：80名（スクール形式）
　備品：プロジェクター、マイク2本、演台
　飲食：コーヒーブレイク 1回（15:00）
　ご予算：会場費・飲食込みで 35万円以内

12月10日までに本予約とさせていただく予定です。
お見積書をお送りいただけますと幸いです。
""" + SIG_TSUDA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "会場の仮予約。人数と金額だけ",
})

# 069 — ストレス対策セミナーの案内：Cc に医療機関4か所が見える
MESSAGES.append({
    "id": "kenkosodan-069", "charset": "shift_jis",
    "sender": ISHIKURA, "to": [KUDO],
    "cc": [AOYAMA, MIDORINOMORI, TOWA, "芝公園メンタルクリニック <uketsuke@shibakoen-mental.jp>"],
    "subject": "2/13 健康セミナー 講師・パネリストのお願い",
    "body": """工藤先生
（cc：ご協力いただいている医療機関の皆様）

いつもお世話になっております。日の出産業 健康管理室の石倉です。
2月13日に開催する社員向け健康セミナー「働く人の睡眠とこころ」について、
パネルディスカッションへのご登壇をお願いできればと存じます。

　日時：2026年2月13日（金）14:00～16:30
　会場：さくらホテル 浜松町（鳳凰の間）
　謝礼：弊社規定により 1名様 50,000円（税別）

ご都合を12月5日までにお知らせいただけますと幸いです。
""" + SIG_ISHIKURA,
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "社外5組織（産業医事務所＋医療機関4つ）が To/Cc で互いに見える",
})

# 070 — UTF-8 CSV：ストレスチェック高ストレス者一覧を外部の産業医へ
_p = _people(12, "070")
_csv = [["社員番号", "氏名", "所属", "メール", "ストレス要因", "心身反応", "周囲の支援", "判定", "面接希望"]]
for i, p in enumerate(_p):
    r = random.Random(f"070-{i}")
    _csv.append([p["emp"], p["name"], p["dept"], p["mail"], r.randint(26, 40), r.randint(63, 96),
                 r.randint(8, 18), "高ストレス", "有" if i % 3 == 0 else "無"])
MESSAGES.append({
    "id": "kenkosodan-070", "charset": "utf-8",
    "sender": ISHIKURA, "to": [KUDO],
    "subject": "ストレスチェック結果（高ストレス者）の送付",
    "body": """工藤先生

お世話になっております。石倉です。
本年度ストレスチェックの高ストレス者一覧（12名）をCSVでお送りします。
面接希望「有」の方から順に、面接日程の調整を進めます。
""" + SIG_ISHIKURA,
    "attachments": [{"kind": "csv", "name": "stresscheck_high_2025.csv", "encoding": "utf-8",
                     "rows": _csv}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "12名のストレスチェック結果（健康情報）の CSV を社外へ",
})

# 071 — 返信：「差出人: … 送信日時: …」の下に事業者からの緊急対応報告：通す
MESSAGES.append({
    "id": "kenkosodan-071", "charset": "iso-2022-jp",
    "sender": MORIMOTO, "to": [KOKORO_OPS],
    "subject": "RE: 【ご報告】11/2 休日の緊急対応について",
    "body": """こころサポート 24時間センター
岸様

お世話になっております。日の出産業の森本です。
休日にもかかわらず迅速にご対応いただき、ありがとうございました。
ご報告内容は、本日、人事部長と所属長に口頭で共有いたしました。
今後のフォローは健康管理室が窓口となります。

森本

差出人: こころサポート 24時間センター <ops-center@kokoro-support.co.jp>
送信日時: 2025年11月2日 23:15
宛先: 森本 彩香 <morimoto.ayaka@hinode-sangyo.co.jp>
件名: 【ご報告】11/2 休日の緊急対応について

日の出産業株式会社 人事部 森本様

11月2日 20:30頃、貴社 名古屋支店 伊集院 紗希様（生年月日 1996/07/03）より、
上司からの叱責が続き眠れない、仕事に行くのが怖いとのご相談がありました。
過呼吸の症状があり、通院中の心療内科（うつ病で加療中）に連絡するよう助言、
翌日の受診予約を確認しております。ご本人連絡先：080-6617-2290
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "個人の情報は「差出人/送信日時」以下の引用部分だけ。新しい本文に個人データなし",
})

# 072 — IDN の homoglyph（キリル文字の о）の社内ドメイン宛て
MESSAGES.append({
    "id": "kenkosodan-072", "charset": "utf-8",
    "sender": HASEBE, "to": ["森本 彩香 <morimoto.ayaka@xn--hinode-sangy-ggk.co.jp>"],
    "subject": "EAPポータルのSSO設定について",
    "body": """森本さん

お疲れさまです。情シスの長谷部です。
こころサポートのWebポータルへのSSO（社内ID連携）の件、
先方のIdP設定が整ったとのことで、来週からテストを始められます。

テスト用に人事部から2名ほど協力者を出していただけますか。
ログイン確認だけなので10分程度で終わります。

長谷部
""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "社内ドメインの o をキリル文字にした IDN（xn--hinode-sangy-ggk.co.jp）宛て",
})

# 073 — 健診の年代別有所見率（集計のみ）を病院へ：通す
MESSAGES.append({
    "id": "kenkosodan-073", "charset": "shift_jis",
    "sender": ISHIKURA, "to": [TOWA],
    "subject": "来年度健診の項目追加に関するご相談",
    "body": """東和総合病院 健診センター
ご担当者様

お世話になっております。日の出産業 健康管理室の石倉です。
来年度の健診項目の見直しにあたり、本年度の年代別有所見率を
まとめましたのでご参考までにお送りします。

年代　　受診者数　血圧　脂質　肝機能　血糖　総合有所見率
20代　　　 182　　 4%　　8%　　 6%　　 1%　　 18%
30代　　　 296　　 9%　 21%　　14%　　 3%　　 39%
40代　　　 341　　18%　 33%　　19%　　 8%　　 57%
50代　　　 287　　29%　 38%　　17%　　14%　　 68%
60代　　　  94　　41%　 35%　　12%　　19%　　 74%

40代以上の血糖関連の有所見率が上がっているため、HbA1c を全員必須に
する場合の追加費用をお見積りいただけますでしょうか。
""" + SIG_ISHIKURA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "年代別の有所見率（集計値）だけで、個人は出てこない",
})

# 074 — 英語：外国籍社員の登録に在留カード番号
MESSAGES.append({
    "id": "kenkosodan-074", "charset": "utf-8",
    "sender": EMILY, "to": [PWB],
    "subject": "Enrolment of a new employee (Tokyo) in the multilingual line",
    "body": """Hi Daniel,

We would like to enrol a new colleague in your multilingual counselling line,
since she is more comfortable in English than in Japanese.

  Name: Ms Nguyen Thi Lan
  Date of birth: 1995-08-17
  Residence card number: UH48201937FA (valid until 2028-04-30)
  Department: Quality Assurance, Tokyo HQ
  Start date: 1 December 2025

Your enrolment form asks for an ID document number, so I have included her
residence card number. Please let me know once her member ID is issued.
""" + SIG_EMILY,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "在留カード番号（本人確認書類の番号）を社外へ（英語）",
})

# 075 — 育休中の社員（フリーメール1名）へ子育て相談の案内：通す
MESSAGES.append({
    "id": "kenkosodan-075", "charset": "iso-2022-jp",
    "sender": MORIMOTO, "to": ["keiko.mizuno.0707@icloud.com"],
    "subject": "育休中にご利用いただける相談窓口のご案内",
    "body": """水野さん

ご無沙汰しています。人事部の森本です。
お子さんとの生活には慣れてきましたか。

育休中の方にもお知らせしている内容ですが、会社契約の相談窓口では
子育てや夜泣き、保育園探しなどの相談も受け付けています。
ご家族（パートナーの方）も利用できますので、よろしければご活用ください。

　24時間健康相談ダイヤル：0120-556-724
　Web相談：https://www.kokoro-support.co.jp/member （ID: HNDN-2026）

復帰前面談は3月ごろにご連絡しますね。どうぞお体を大切に。

森本
""",
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "フリーメールの社員本人1名への案内。要配慮情報はない",
})

# 076 — PDF：1名の健診結果（精密検査の依頼）
MESSAGES.append({
    "id": "kenkosodan-076", "charset": "utf-8",
    "sender": ISHIKURA, "to": [TOWA],
    "subject": "精密検査のご依頼（大腸）",
    "body": """東和総合病院 健診センター ご担当者様

お世話になっております。日の出産業 健康管理室の石倉です。
10月の定期健診で便潜血陽性となった社員について、
大腸内視鏡検査の予約をお願いしたく、健診結果の抜粋をお送りします。
""" + SIG_ISHIKURA,
    "attachments": [{
        "kind": "pdf", "name": "健診結果抜粋_羽生.pdf",
        "lines": ["定期健康診断 結果抜粋（精密検査依頼用）",
                  "氏名：羽生 悠真（ハニュウ ユウマ）　性別：男",
                  "生年月日：昭和47年10月30日",
                  "所属：日の出産業株式会社 生産管理部", ""],
        "table": [["検査項目", "結果", "判定"],
                  ["便潜血（2日法）", "1日目(+) 2日目(+)", "要精密"],
                  ["Hb", "11.8 g/dL", "要経過観察"],
                  ["既往歴", "2018年 大腸ポリープ切除", "-"]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "1名の健診結果・既往歴（要配慮）の PDF を社外へ",
})

# 077 — XLSX の表題行に「極秘」：組織再編の影響見込み
MESSAGES.append({
    "id": "kenkosodan-077", "charset": "shift_jis",
    "sender": KIRIYAMA, "to": [KOKORO],
    "subject": "来春の体制変更に伴う相談体制強化のご相談",
    "body": """山本様

お世話になっております。桐山です。
来春の体制変更に伴い、相談件数の増加が見込まれるため、
対面カウンセリング枠の増強についてご相談させてください。
影響の見込みを添付の表にまとめております。
""" + SIG_KIRIYAMA,
    "attachments": [{
        "kind": "xlsx", "name": "体制変更影響見込み.xlsx",
        "sheets": {"影響見込み": [
            ["極秘　取締役会資料（2025年12月付議予定）"],
            ["2026年4月 組織再編に伴う影響見込み"], [],
            ["対象", "人数", "内容", "相談増見込み"],
            ["厚木・相模原 物流センター統合", 320, "勤務地変更", "月+15件"],
            ["福岡営業所 閉鎖", 42, "大阪・本社へ配置転換 または 希望退職", "月+8件"],
            ["間接部門 早期退職募集", 60, "50歳以上対象", "月+10件"],
        ]},
    }],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "添付 XLSX の表題行に「極秘」の区分表示",
})

# 078 — 社内のみ：【社外秘】の区分表示があるメール：通す
MESSAGES.append({
    "id": "kenkosodan-078", "charset": "iso-2022-jp",
    "sender": KASAI, "to": [KIRIYAMA], "cc": [MORIMOTO],
    "subject": "【社外秘】EAP事業者 評価結果（速報）",
    "body": """桐山部長

お疲れさまです。葛西です。
EAP事業者選定の一次評価結果（速報）です。社外秘でお願いします。

　　　　　　　　　　　　価格　品質　体制　緊急対応　合計
こころサポート（現行）　　18　　27　　22　　　 19　　 86
ライフケアパートナーズ　　23　　22　　18　　　 15　　 78
マインドブリッジ　　　　　14　　25　　21　　　 18　　 78

現行事業者が僅差で上位です。プレゼン後に最終評価といたします。

葛西
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "社外秘の表示はあるが宛先は社内だけ",
})

# 079 — 転送メールを eml で添付：夜勤者の自宅連絡先一覧（7名）
_p = _people(7, "079")
_atsugi = ["神奈川県厚木市上依知2290-1", "神奈川県厚木市妻田東2-14-9 ハイツ妻田103",
           "神奈川県愛甲郡愛川町中津3521-8", "神奈川県海老名市国分北4-3-22",
           "神奈川県相模原市中央区上溝6-18-5", "神奈川県厚木市旭町1-27-3-402",
           "神奈川県伊勢原市桜台2-9-16"]
_rows = "\n".join(f"{p['name']}　{_atsugi[i]}　自宅/携帯 {p['mobile']}" for i, p in enumerate(_p))
MESSAGES.append({
    "id": "kenkosodan-079", "charset": "utf-8",
    "sender": TSUDA, "to": [KOKORO_OPS],
    "subject": "FW: 厚木 夜勤者連絡先",
    "body": """こころサポート 24時間センター ご担当者様

日の出産業 総務部の津田です。
夜間の緊急対応時に、物流センターの夜勤者へ直接連絡が必要になるケースが
あるとのことでしたので、センターから届いたメールをそのまま転送いたします。
""" + SIG_TSUDA,
    "attachments": [{
        "kind": "eml", "name": "厚木 夜勤者連絡先.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "厚木物流センター 事務所 <atsugi-office@hinode-sangyo.co.jp>",
            "to": [TSUDA],
            "subject": "厚木 夜勤者連絡先",
            "body": f"""津田さん

お疲れさまです。厚木の事務所です。
11月の夜勤シフトのメンバーと連絡先です。

{_rows}

以上です。
""",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "添付した転送メール（eml）の中に7名の住所・電話の一覧",
})

# 080 — HTML のみ：月別の相談件数（集計）：通す
MESSAGES.append({
    "id": "kenkosodan-080", "charset": "utf-8",
    "sender": MORIMOTO, "to": [KUDO],
    "subject": "相談件数の推移（2024年度・2025年度）",
    "html": """<html><body>
<p>工藤先生</p>
<p>お世話になっております。日の出産業 人事部の森本です。<br>
先日お話しした相談件数の推移を表にしました。衛生委員会でのご講評の参考になれば幸いです。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>月</th><th>2024年度</th><th>2025年度</th><th>うちメンタル</th></tr>
<tr><td>4月</td><td>51</td><td>58</td><td>31</td></tr>
<tr><td>5月</td><td>47</td><td>61</td><td>35</td></tr>
<tr><td>6月</td><td>44</td><td>49</td><td>27</td></tr>
<tr><td>7月</td><td>39</td><td>44</td><td>24</td></tr>
<tr><td>8月</td><td>52</td><td>66</td><td>38</td></tr>
<tr><td>9月</td><td>60</td><td>87</td><td>49</td></tr>
<tr><td>10月</td><td>63</td><td>91</td><td>54</td></tr>
</table>
<p>9月以降の増加は、窓口カードの再配布と管理職研修の効果もあると見ています。</p>
<p>日の出産業株式会社 人事部 健康推進グループ<br>森本 彩香<br>TEL 03-5472-6130</p>
</body></html>""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "HTML の表だが月別件数の集計値だけ",
})

# 081 — 障害者手帳（精神）の等級・病名をジョブコーチ支援機関へ
MESSAGES.append({
    "id": "kenkosodan-081", "charset": "shift_jis",
    "sender": KASAI, "to": ["NPO法人はたらくサポートネット 支援員 加賀様 <kaga@hataraku-support.or.jp>"],
    "subject": "職場適応援助者（ジョブコーチ）支援のお願い",
    "body": """NPO法人はたらくサポートネット
加賀様

はじめてご連絡いたします。日の出産業株式会社 人事部の葛西と申します。
弊社の障害者雇用枠で勤務している社員について、職場定着のための
ジョブコーチ支援をお願いできないかと考え、ご連絡いたしました。

　対象者：目黒 直樹（めぐろ なおき）　34歳
　所属：総務部 総務課（郵便物・備品管理）
　障害の状況：精神障害者保健福祉手帳 2級（統合失調症、服薬でコントロール中）
　課題：業務の優先順位づけと、繁忙期の疲労のサイン

ご本人も支援を希望しており、弊社EAPのカウンセラーとも連携しております。
一度、ご面談の機会をいただけますでしょうか。
""" + SIG_KASAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の社員の障害・病名（要配慮）を社外の支援機関へ",
})

# 082 — 英語：サービス範囲の問い合わせ：通す
MESSAGES.append({
    "id": "kenkosodan-082", "charset": "utf-8",
    "sender": EMILY, "to": ["Pacific Wellbeing Service Desk <service@pacificwellbeing.com>"],
    "subject": "Question on coverage for short-term business travellers",
    "body": """Hello,

Our expatriate programme currently covers 76 assignees and their families.
We are considering extending it to employees on short-term business trips
(2 to 12 weeks), roughly 150 trips a year.

Could you tell us:
 1. whether the 24/7 line can be used from any country,
 2. how critical incidents abroad (e.g. natural disasters) are handled, and
 3. the fee structure for a pool of travellers rather than named members?

A short proposal by the end of November would be appreciated.
""" + SIG_EMILY,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "サービス範囲の問い合わせ（英語）。個人データなし",
})

# 083 — ツバサシステムに文字が足された似たドメイン（tsubasa-systems.jp）
MESSAGES.append({
    "id": "kenkosodan-083", "charset": "iso-2022-jp",
    "sender": HASEBE, "to": ["三宅 様 <miyake@tsubasa-systems.jp>"],
    "subject": "連携バッチの実行スケジュール（確認依頼）",
    "body": """三宅様

お世話になっております。長谷部です。
相談記録連携のバッチ実行スケジュールについて、以下で問題ないかご確認ください。

　・毎月5営業日目 02:00 にこころサポート側のSFTPへ集計ファイルを配置
　・同日 03:00 に当社バッチが取込み、04:00 に集計DBを更新
　・失敗時は 06:00 に情シス当番（代表アドレス）へメール通知

来週のレビューでお時間を10分ほどいただければと思います。
""" + SIG_HASEBE,
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "パートナー tsubasa-system.jp に s を足した tsubasa-systems.jp 宛て",
})

# 084 — 返信：引用（>）に高ストレス者6名の一覧、新しい本文は了解のみ：通す
MESSAGES.append({
    "id": "kenkosodan-084", "charset": "utf-8",
    "sender": ISHIKURA, "to": [KUDO],
    "subject": "Re: 面接指導の順番について",
    "body": """工藤先生

承知いたしました。ご指示のとおりの順番で本人たちへ連絡いたします。
当日は 3F 健康管理室の面談室をご用意しております。

石倉

工藤 直樹 wrote:
> 石倉さん
>
> 一覧ありがとうございます。以下の順でお願いします。
> 1. 我妻 拓海（技術開発部）090-2251-6603　抑うつ症状が強い
> 2. 坂東 雅人（物流センター）070-3328-5516　不眠
> 3. 樋渡 康平（情報システム部）080-5540-7781
> 4. 比嘉 葵（生産管理部）080-7719-0342
> 5. 香月 理恵（営業一部）090-8813-2047
> 6. 四十物 誠司（品質保証部）090-1176-3390
>
> 工藤
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "6名の一覧は引用部分（>）だけ。受信者（送り主本人）は既に持っている",
})

# 085 — 破損した DOCX：復職支援プラン
MESSAGES.append({
    "id": "kenkosodan-085", "charset": "utf-8",
    "sender": ISHIKURA, "to": [KUDO],
    "subject": "復職支援プラン（案）",
    "body": """工藤先生

お世話になっております。石倉です。
12月復職予定の方の復職支援プラン（案）を作成しました。
勤務時間の段階的な延長案について、ご意見をお願いいたします。
""" + SIG_ISHIKURA,
    "attachments": [{"kind": "corrupt", "name": "復職支援プラン_案.docx"}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "添付 DOCX が壊れていて読めない",
})

# 086 — 民族的出自を理由とするハラスメントの相談（要配慮）
MESSAGES.append({
    "id": "kenkosodan-086", "charset": "iso-2022-jp",
    "sender": KASAI, "to": ["岡部 弁護士 <okabe@shirakawa-law.jp>"],
    "subject": "ハラスメント事案の調査方法についてのご相談",
    "body": """白川法律事務所
岡部先生

お世話になっております。日の出産業の葛西です。
EAPのハラスメント相談窓口経由で申告があった事案についてご相談です。

生産管理部の 金 聖浩（キム ソンホ）さん（在日コリアン三世、日本国籍）が、
同じ課の先輩社員から出自に関する差別的な発言を繰り返し受けていると申告しています。
本人は不眠が続き、EAPのカウンセリングを週1回受けています。

事実調査の進め方（ヒアリングの順番、記録の残し方）と、
調査期間中の行為者との分離措置について、ご助言をいただけますでしょうか。
""" + SIG_KASAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "特定の社員の民族的出自（人種・出自は要配慮）と不調を社外へ",
})

# 087 — クリニックへの窓口連絡（担当者1名の業務連絡先だけ）：通す
MESSAGES.append({
    "id": "kenkosodan-087", "charset": "shift_jis",
    "sender": KASAI, "to": ["相馬 先生 <soma@aoyama-mental.jp>"],
    "subject": "診療情報提供のお問い合わせ窓口について",
    "body": """青山メンタルクリニック
相馬先生

いつも大変お世話になっております。日の出産業の葛西です。
先日お電話でお問い合わせいただいた件、弊社側の窓口をお知らせいたします。

主治医の先生から弊社への診療情報提供や、復職に関するお問い合わせは、
今後は健康管理室の保健師がお受けいたします。

　日の出産業株式会社 健康管理室　保健師 石倉
　TEL 03-5472-6180（平日 9:00～17:30）／FAX 03-5472-6189

書面でのご送付の際は「親展」扱いでお願いいたします。
""" + SIG_KASAI,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "会社の窓口（担当者1名の業務連絡先）を知らせるだけ",
})

# 088 — 氏名列のない一覧（社員番号・生年月日・メール・携帯、8行）
MESSAGES.append({
    "id": "kenkosodan-088", "charset": "iso-2022-jp",
    "sender": MORIMOTO, "to": [LIFECARE],
    "subject": "ストレスチェック連携オプション 試行用アカウント",
    "body": """近藤様

お世話になっております。森本です。
ストレスチェック連携オプションの試行について、対象者8名の情報をお送りします。
氏名は不要とのことでしたので、社員番号で管理をお願いします。

社員番号,生年月日,性別,メールアドレス,携帯電話
213390,1988/02/14,男,shishido.ren@hinode-sangyo.co.jp,090-4412-8873
227014,1993/09/30,女,namatame.aoi@hinode-sangyo.co.jp,080-3321-0945
198753,1979/12/02,男,kakazu.naoki@hinode-sangyo.co.jp,070-6638-2210
231176,1997/05/21,女,yakushiji.saki@hinode-sangyo.co.jp,090-7780-1166
205589,1984/07/08,男,hiwatashi.kazuya@hinode-sangyo.co.jp,080-2219-4437
219902,1990/03/17,女,kirara.shiori@hinode-sangyo.co.jp,090-5563-0871
224418,1995/11/26,男,igari.takumi@hinode-sangyo.co.jp,070-4407-3312
201367,1981/06/11,女,domeki.tomomi@hinode-sangyo.co.jp,080-9914-6625

よろしくお願いいたします。
""" + SIG_MORIMOTO,
    "expect": "stop",
    "entities": ["DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "氏名列はないが8名の生年月日・メール・携帯の一覧（カンマ区切り）を社外へ",
})

# 089 — 名札作成用に5名の氏名と所属だけ：判断が分かれる
MESSAGES.append({
    "id": "kenkosodan-089", "charset": "utf-8",
    "sender": TSUDA, "to": [SAKURA],
    "subject": "2/13 セミナー 登壇者・スタッフの名札について",
    "body": """さくらホテル 宴会予約係
野口様

お世話になっております。日の出産業の津田です。
2月13日のセミナーで、当日受付に置く名札（卓上）の作成をお願いいたします。

　工藤 直樹　　（嘱託産業医）
　石倉 恵　　　（健康管理室 保健師）
　森本 彩香　　（人事部）
　葛西 誠　　　（人事部 労務課長）
　桐山 雄大　　（人事部長）

書体は明朝体、サイズは前回と同じでお願いいたします。
""" + SIG_TSUDA,
    "expect": "either",
    "entities": ["PERSON_NAME"], "detectors": [],
    "note": "5名だが氏名と所属（登壇者の肩書き）だけで連絡先や属性はない。判断が分かれる",
})

# 090 — 英語：PPAP 廃止の連絡（添付なし）：通す
MESSAGES.append({
    "id": "kenkosodan-090", "charset": "utf-8",
    "sender": EMILY, "to": [PWB],
    "subject": "No more password-protected ZIP files from 1 December",
    "body": """Hi Daniel,

Quick note on file exchange: from 1 December our mail gateway will hold any
password-protected ZIP or PDF sent to or from Hinode Sangyo, in line with our
information security policy.

Could your team upload the monthly case reports to the secure portal instead
(folder "Hinode / Monthly")? Our IT department will create two accounts for us.
Nothing else changes on our side.

Thanks for your understanding.
""" + SIG_EMILY,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "パスワード付き ZIP の話をしているだけで添付はない",
})

# 091 — 社外2組織（病院と産業医事務所）：健診日程の調整：通す
MESSAGES.append({
    "id": "kenkosodan-091", "charset": "shift_jis",
    "sender": ISHIKURA, "to": [TOWA], "cc": [KUDO],
    "subject": "2026年度 定期健康診断の実施日程について",
    "body": """東和総合病院 健診センター ご担当者様
（cc：工藤先生）

お世話になっております。日の出産業 健康管理室の石倉です。
来年度の定期健康診断（巡回健診）の日程について、下記の候補で
ご調整をお願いできますでしょうか。

　本社　　　　：2026年6月9日（火）～11日（木）　約620名
　厚木物流ｾﾝﾀｰ：2026年6月16日（火）　　　　　　約290名
　大阪支店　　：2026年6月23日（火）　　　　　　約180名

事後措置（就業判定）は例年どおり工藤先生にお願いする予定です。
""" + SIG_ISHIKURA,
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "社外2組織との日程調整。人数だけで個人データなし",
})

# 092 — 英語：PDF のフッターに CONFIDENTIAL – Internal Use Only
MESSAGES.append({
    "id": "kenkosodan-092", "charset": "utf-8",
    "sender": EMILY, "to": [PWB],
    "subject": "Our global wellbeing plan - for your proposal",
    "body": """Hi Daniel,

As discussed, I attach our draft global wellbeing plan for 2026-2028 so that your
proposal can reflect where we are heading. Section 3 covers the expatriate EAP.

""" + SIG_EMILY,
    "attachments": [{
        "kind": "pdf", "name": "Global_Wellbeing_Plan_2026-2028_draft.pdf",
        "title": "Global Wellbeing Plan 2026-2028 (draft)",
        "page_footer": "CONFIDENTIAL - Hinode Sangyo Internal Use Only",
        "lines": ["Global Wellbeing Plan 2026-2028 (draft v0.7)",
                  "1. Targets: EAP utilisation 25% by FY2028; sick-leave days -15%",
                  "2. Budget: JPY 62m over three years (board approval pending)",
                  "3. Expatriate EAP: single global vendor from April 2027; tender in Q3 2026",
                  "4. Risks: vendor lock-in; data transfer outside Japan (APPI Art. 28)"],
    }],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "添付 PDF の各ページに CONFIDENTIAL / Internal Use Only の区分表示",
})

# 093 — 英語：赴任者の登録一覧（スペース区切り、6名）
MESSAGES.append({
    "id": "kenkosodan-093", "charset": "utf-8",
    "sender": EMILY, "to": [PWB],
    "subject": "New assignees - January 2026 enrolment",
    "body": """Hi Daniel,

Please enrol the following assignees (starting January 2026) in the
expatriate support programme. Welcome packs can go to their e-mail addresses.

Name                 DOB          Host location   E-mail                                  Mobile
-------------------  -----------  --------------  --------------------------------------  ----------------
Shunsuke MURAKAMI    1986-04-09   Jakarta         murakami.shunsuke@hinode-sangyo.co.jp   +81 90-3381-2274
Yuka FUKUDA          1991-10-23   Jakarta         fukuda.yuka@hinode-sangyo.co.jp         +81 80-6624-9013
Kohei ISHII          1983-01-30   Chicago         ishii.kohei@hinode-sangyo.co.jp         +81 70-1180-5546
Naoko MAEDA          1989-07-15   Chicago         maeda.naoko@hinode-sangyo.co.jp         +81 90-7735-0418
Masato OKAZAKI       1978-12-04   Dusseldorf      okazaki.masato@hinode-sangyo.co.jp      +81 80-2241-7790
Rie SASAKI           1994-06-27   Ho Chi Minh     sasaki.rie@hinode-sangyo.co.jp          +81 90-4458-1302

Family members will be sent separately once their visas are issued.
""" + SIG_EMILY,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6名の氏名・生年月日・メール・携帯の表を社外へ（英語）",
})

# 094 — 社内のみ：事業者の緊急対応報告を部長へ転送：通す
MESSAGES.append({
    "id": "kenkosodan-094", "charset": "iso-2022-jp",
    "sender": MORIMOTO, "to": [KIRIYAMA], "cc": [KASAI, ISHIKURA],
    "subject": "FW: 【ご報告】11/2 休日の緊急対応について",
    "body": """桐山部長

お疲れさまです。森本です。
昨夜、こころサポートから緊急対応の報告がありましたので転送します。
本日、名古屋支店長には口頭で伝えております。

---------- 転送メッセージ ----------
差出人: こころサポート 24時間センター <ops-center@kokoro-support.co.jp>
件名: 【ご報告】11/2 休日の緊急対応について

11月2日 20:30頃、貴社 名古屋支店 伊集院 紗希様（生年月日 1996/07/03）より、
上司からの叱責が続き眠れない、仕事に行くのが怖いとのご相談がありました。
過呼吸の症状があり、通院中の心療内科（うつ病で加療中）に連絡するよう助言、
翌日の受診予約を確認しております。ご本人連絡先：080-6617-2290
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "病状を含む転送だが宛先はすべて社内",
})

# 095 — 北国フーズへの健康弁当の発注（注文番号・数量）：通す
MESSAGES.append({
    "id": "kenkosodan-095", "charset": "shift_jis",
    "sender": TSUDA, "to": ["北国フーズ 法人営業 <hojin-eigyo@kitaguni-foods.co.jp>"],
    "subject": "健康セミナー用 ヘルシー弁当のご注文",
    "body": """北国フーズ株式会社 法人営業ご担当者様

いつもお世話になっております。日の出産業 総務部の津田です。
2月13日の健康セミナーの昼食として、下記のとおり注文いたします。

　注文番号（弊社）：PO-2026-00214
　商品：管理栄養士監修 ヘルシー御膳（商品コード KF-HB-520）
　数量：80食（うち減塩タイプ KF-HB-520L 10食）
　単価：1,280円（税別）
　納品：2026年2月13日（金）11:30　さくらホテル 浜松町 搬入口
　請求：月末締め翌月末払い（通常どおり）

納品書は当日、ホテル宴会係にお渡しください。
""" + SIG_TSUDA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "注文番号・商品コード・数量だけの発注",
})

# 096 — 大学との共同研究（集計データのみの計画）：通す
MESSAGES.append({
    "id": "kenkosodan-096", "charset": "utf-8",
    "sender": ISHIKURA, "to": ["東都大学 公衆衛生学教室 藤堂先生 <todo.h@toto-u.ac.jp>"],
    "subject": "共同研究（EAP利用と休職日数の関連）のデータ提供範囲について",
    "body": """東都大学 医学部 公衆衛生学教室
藤堂先生

お世話になっております。日の出産業 健康管理室の石倉です。
先日ご提案いただいた共同研究について、社内で検討した結果、
データ提供の範囲を以下のとおりとしたいと考えております。

　・提供するのは、事業所×年代×性別ごとの集計値のみ
　　（EAP利用件数、メンタル不調による休職者数、平均休職日数）
　・1セルが5名未満となる場合は秘匿（「*」表示）
　・個票（個人単位のデータ）は提供しない

この範囲で研究計画書を修正いただき、貴学の倫理審査委員会に
お諮りいただくことは可能でしょうか。
""" + SIG_ISHIKURA,
    "expect": "pass", "entities": [], "detectors": [],
    "note": "集計値だけを提供する計画の相談。個人データなし",
})

# 097 — 小さいセルの統計（特定の課の20代女性1件・病名）：判断が分かれる
MESSAGES.append({
    "id": "kenkosodan-097", "charset": "iso-2022-jp",
    "sender": MORIMOTO, "to": [KUDO],
    "subject": "10月 医療機関紹介の内訳",
    "body": """工藤先生

お世話になっております。森本です。
10月にEAPから医療機関を紹介した4件の内訳です（氏名はいただいていません）。

　・本社 技術開発部　　　40代男性　1件　不眠（睡眠外来）
　・本社 経理部　　　　　20代女性　1件　うつ病の疑い（心療内科）
　・大阪支店 業務課　　　30代男性　1件　アルコール関連（専門外来）
　・福岡営業所　　　　　50代男性　1件　動悸（循環器内科）

福岡営業所は在籍9名のため、報告書では「その他」に含める予定です。
""" + SIG_MORIMOTO,
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "氏名はないが小規模部署×年代×性別で特定されうる病名の内訳。判断が分かれる",
})

# 098 — PPTX のフッターに「取扱注意」：他社比較を含む報告資料
MESSAGES.append({
    "id": "kenkosodan-098", "charset": "shift_jis",
    "sender": MORIMOTO, "to": [LIFECARE],
    "subject": "プレゼンテーションのご参考資料",
    "body": """近藤様

お世話になっております。森本です。
1月のプレゼンテーションに向けて、弊社の現状をまとめた資料をお送りします。
ご提案内容の検討にお役立てください。
""" + SIG_MORIMOTO,
    "attachments": [{
        "kind": "pptx", "name": "EAP現状と課題_2025.pptx",
        "page_footer": "取扱注意　日の出産業株式会社 人事部",
        "slides": [
            ["EAPの現状と課題（2025年度）", "人事部 健康推進グループ"],
            ["利用状況", "上半期 利用率 20.3%", "夜間帯の電話相談が増加"],
            ["現行事業者の評価", "緊急対応：迅速・的確", "統計レポート：粒度が粗い",
             "対面カウンセリング：地方拠点の枠不足"],
            ["次期契約に求めること", "地方拠点での対面枠", "API による統計連携", "価格の見直し"],
        ],
    }],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "添付 PPTX の各スライドに「取扱注意」の区分表示",
})

# 099 — 事業者のカウンセリングルーム一覧（XLSX、事業所の一覧）：通す
MESSAGES.append({
    "id": "kenkosodan-099", "charset": "utf-8",
    "sender": MORIMOTO, "to": [KOKORO_ONO],
    "subject": "カウンセリングルーム一覧の修正点",
    "body": """小野寺様

お世話になっております。森本です。
社内イントラに掲載する「対面カウンセリングを受けられる場所」の一覧を
作成しました。貴社サイトの情報から転記しましたが、移転や受付時間の変更が
あれば修正をお願いできますでしょうか。
""" + SIG_MORIMOTO,
    "attachments": [{
        "kind": "xlsx", "name": "カウンセリングルーム一覧_社内掲載用.xlsx",
        "sheets": {"一覧": [
            ["こころサポート 提携カウンセリングルーム（2025年11月）"], [],
            ["地域", "名称", "住所", "電話（予約）", "受付時間"],
            ["東京", "新橋ルーム", "東京都港区新橋2-16-1 ニュー新橋ビル7F", "03-6205-4410", "平日10-20時／土10-17時"],
            ["東京", "立川ルーム", "東京都立川市曙町2-8-3 3F", "042-527-3305", "平日10-19時"],
            ["神奈川", "厚木ルーム", "神奈川県厚木市中町3-11-18 5F", "046-225-8820", "火・木・土 10-18時"],
            ["大阪", "梅田ルーム", "大阪府大阪市北区梅田1-3-1 大阪駅前第1ビル9F", "06-6341-2217", "平日10-20時"],
            ["愛知", "名駅ルーム", "愛知県名古屋市中村区名駅3-25-9 4F", "052-551-6630", "平日10-19時"],
            ["福岡", "天神ルーム", "福岡県福岡市中央区天神2-5-28 6F", "092-714-3351", "月・水・金 10-18時"],
        ]},
    }],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "事業者の拠点（カウンセリングルーム）の住所・予約電話の一覧で、人の記録ではない",
})

# 100 — 全角スペース・全角数字で揃えた留守家族の連絡先（6名）
MESSAGES.append({
    "id": "kenkosodan-100", "charset": "iso-2022-jp",
    "sender": MORIMOTO, "to": [KOKORO],
    "subject": "海外赴任者の留守家族 登録のお願い",
    "body": """山本様

いつもお世話になっております。日の出産業の森本です。
単身で海外赴任している社員の、国内の留守家族の方々も相談窓口を
利用できるよう登録をお願いいたします。緊急時のご連絡先も兼ねております。

氏名　　　　　続柄　　　赴任者　　　　　　　電話番号
──────────────────────────────────
村上　恭子　　妻　　　　村上　俊介　　　　　０９０－２８８１－４４０７
福田　誠司　　夫　　　　福田　由佳　　　　　０８０－５５１７－２０６３
石井　陽菜　　妻　　　　石井　康平　　　　　０７０－３９０２－８８１５
岡崎　千尋　　妻　　　　岡崎　雅人　　　　　０９０－６６４０－１２７９
佐々木　翔太　夫　　　　佐々木　理恵　　　　０８０－７７２３－０５９４
真栄田　和也　父　　　　真栄田　奈緒子　　　０９８－８６２－３３１０

登録完了後、各ご家庭へ会員カードを郵送していただけますでしょうか。
住所は別途お知らせいたします。
""" + SIG_MORIMOTO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "全角で揃えた6名（留守家族）の氏名・続柄・電話の一覧を社外へ",
})

# ISO-2022-JP で送るメールは、メーラーが送信時に行う置換と同じく JIS X 0208 にない字を
# 置き換えておく（～→〜、－→−、丸数字→括弧数字）。
_JIS = str.maketrans({"～": "〜", "－": "−", "①": "(1)", "②": "(2)", "③": "(3)"})
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("subject", "body", "html"):
            if _m.get(_k):
                _m[_k] = _m[_k].translate(_JIS)
