"""Blind corpus, area ``shiyakusho``: 日の出産業 人事・総務 and the city offices it deals with
about employees — 特別徴収（住民税）の税額通知・異動届・給与支払報告書、所得・課税証明、児童手当や
保育の就労証明、生活保護法29条などの福祉照会、債権差押命令・滞納処分、選挙事務への従事、住所確認 —
and the law firms, 社労士, payroll vendor and employees' private addresses around them; written
blind from bench/blind/BRIEF.md (message format from build.py, names from SPEC.md) without
reading mailguard's code."""

import random

from build import card_number, my_number

SEED = 59801

# ---- invented people, addresses and numbers (deterministic from SEED) --------------------

_SEI = [
    ("大和田", "おおわだ", "Owada"), ("勅使河原", "てしがわら", "Teshigawara"),
    ("小鳥遊", "たかなし", "Takanashi"), ("五百旗頭", "いおきべ", "Iokibe"),
    ("百目鬼", "どうめき", "Domeki"), ("佐々木", "ささき", "Sasaki"),
    ("東海林", "しょうじ", "Shoji"), ("栗林", "くりばやし", "Kuribayashi"),
    ("宇佐美", "うさみ", "Usami"), ("能登", "のと", "Noto"),
    ("御手洗", "みたらい", "Mitarai"), ("猪狩", "いがり", "Igari"),
    ("汐見", "しおみ", "Shiomi"), ("比嘉", "ひが", "Higa"), ("金城", "きんじょう", "Kinjo"),
    ("阿久津", "あくつ", "Akutsu"), ("薬師寺", "やくしじ", "Yakushiji"),
    ("城之内", "じょうのうち", "Jonouchi"), ("一ノ瀬", "いちのせ", "Ichinose"),
    ("鬼頭", "きとう", "Kito"), ("早乙女", "さおとめ", "Saotome"), ("乙部", "おとべ", "Otobe"),
    ("月岡", "つきおか", "Tsukioka"), ("蛭田", "ひるた", "Hiruta"), ("鮫島", "さめじま", "Samejima"),
    ("簗瀬", "やなせ", "Yanase"), ("漆原", "うるしばら", "Urushibara"),
    ("八木沼", "やぎぬま", "Yaginuma"), ("土師", "はじ", "Haji"), ("保科", "ほしな", "Hoshina"),
    ("柊", "ひいらぎ", "Hiiragi"), ("磯貝", "いそがい", "Isogai"),
    ("瀬戸口", "せとぐち", "Setoguchi"), ("苫米地", "とまべち", "Tomabechi"),
    ("高橋", "たかはし", "Takahashi"), ("渡部", "わたなべ", "Watanabe"),
    ("姥山", "うばやま", "Ubayama"), ("左近司", "さこんじ", "Sakonji"),
    ("真栄田", "まえだ", "Maeda"), ("杠", "ゆずりは", "Yuzuriha"),
]
_MEI = [
    ("翔太", "しょうた", "Shota"), ("美咲", "みさき", "Misaki"), ("健一", "けんいち", "Kenichi"),
    ("由紀子", "ゆきこ", "Yukiko"), ("大輔", "だいすけ", "Daisuke"), ("千尋", "ちひろ", "Chihiro"),
    ("拓海", "たくみ", "Takumi"), ("彩花", "あやか", "Ayaka"), ("誠", "まこと", "Makoto"),
    ("恵美", "えみ", "Emi"), ("直樹", "なおき", "Naoki"), ("真由美", "まゆみ", "Mayumi"),
    ("陽介", "ようすけ", "Yosuke"), ("奈々", "なな", "Nana"), ("隆之", "たかゆき", "Takayuki"),
    ("沙織", "さおり", "Saori"), ("悠人", "ゆうと", "Yuto"), ("加奈子", "かなこ", "Kanako"),
    ("昌平", "しょうへい", "Shohei"), ("舞", "まい", "Mai"), ("和也", "かずや", "Kazuya"),
    ("瞳", "ひとみ", "Hitomi"), ("航", "わたる", "Wataru"), ("詩織", "しおり", "Shiori"),
    ("伸二", "しんじ", "Shinji"), ("亜紀", "あき", "Aki"), ("啓太", "けいた", "Keita"),
    ("紗希", "さき", "Saki"), ("信吾", "しんご", "Shingo"), ("千夏", "ちなつ", "Chinatsu"),
]
_TOWNS = [
    ("244", "神奈川県", "朝霧市", ["若葉町", "汐入", "緑ケ丘", "本町", "浅間台"]),
    ("275", "千葉県", "北浜市", ["浜風", "松ケ枝町", "潮見台", "新田"]),
    ("336", "埼玉県", "白鷺市", ["鷺沼", "東原", "中央", "上宿"]),
    ("187", "東京都", "霞野市", ["霞ケ丘", "西町", "桜木", "栄町"]),
    ("143", "東京都", "大田区", ["南蒲田", "大森西", "池上"]),
    ("140", "東京都", "品川区", ["西大井", "二葉", "豊町"]),
    ("223", "神奈川県", "横浜市港北区", ["日吉本町", "綱島東", "大倉山"]),
    ("333", "埼玉県", "川口市", ["芝新町", "青木", "東領家"]),
    ("273", "千葉県", "船橋市", ["本中山", "前原西", "夏見台"]),
    ("458", "愛知県", "鳴海台市", ["有松台", "桶狭間北", "平手"]),
]
_BLDG = ["", "", "", " コーポ青葉201", " ハイツ清水103", " グランメゾン302", " パークサイド505",
         " サンライズ2-B", " メゾン栗原101", "-1203", " 第二松風荘6"]
_FREE = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp"]
_DEPTS = ["営業一部", "営業二部", "物流管理部", "経理部", "製造部 第二課", "品質保証部", "総務部",
          "情報システム部", "購買部", "大阪支店 営業課", "技術開発部"]


def _wareki(y, m, d, style="long"):
    if (y, m, d) >= (2019, 5, 1):
        era, ey, ab = "令和", y - 2018, "R"
    elif (y, m, d) >= (1989, 1, 8):
        era, ey, ab = "平成", y - 1988, "H"
    else:
        era, ey, ab = "昭和", y - 1925, "S"
    if style == "short":
        return f"{ab}{ey}.{m}.{d}"
    return f"{era}{'元' if ey == 1 else ey}年{m}月{d}日"


_Z = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s):
    return s.translate(_Z)


def _sp(n):
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _people(n, salt, city=None):
    rng = random.Random(f"{SEED}-{salt}")
    sei = rng.sample(_SEI, n) if n <= len(_SEI) else [rng.choice(_SEI) for _ in range(n)]
    out = []
    for i in range(n):
        s = sei[i]
        g = rng.choice(_MEI)
        zc, pref, cty, towns = (next(t for t in _TOWNS if t[2] == city) if city
                                else rng.choice(_TOWNS))
        town = rng.choice(towns)
        ch = rng.randint(1, 6)
        y = rng.randint(1963, 2003)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        nen = rng.randrange(48, 520) * 1000 + rng.choice([0, 100, 300, 500, 700])
        month = (nen // 12) // 100 * 100
        june = nen - month * 11
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name_z": f"{s[0]}　{g[0]}",
            "kana": f"{s[1]} {g[1]}", "kata": "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c
                                                     for c in f"{s[1]} {g[1]}"),
            "roma": f"{g[2]} {s[2]}", "roma_rev": f"{s[2].upper()} {g[2]}",
            "zip": f"{zc}-{rng.randint(0, 99):02d}{rng.randint(1, 9)}{rng.randint(0, 9)}",
            "pref": pref, "city": cty,
            "addr": f"{pref}{cty}{town}{ch}-{rng.randint(1, 30)}-{rng.randint(1, 25)}"
                    f"{rng.choice(_BLDG)}",
            "addr_nopref": f"{cty}{town}{ch}丁目{rng.randint(1, 30)}番{rng.randint(1, 25)}号",
            "dob": f"{y}/{m:02d}/{d:02d}", "dob_w": _wareki(y, m, d),
            "dob_s": _wareki(y, m, d, "short"), "dob_iso": f"{y}-{m:02d}-{d:02d}",
            "tel": f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-"
                   f"{rng.randint(1000, 9999)}",
            "home": f"0{rng.randint(42, 49)}{rng.randint(1, 9)}-{rng.randint(10, 99)}-"
                    f"{rng.randint(1000, 9999)}",
            "mail": f"{g[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}@{rng.choice(_FREE)}",
            "emp": f"H{rng.randint(10000, 39999)}", "dept": rng.choice(_DEPTS),
            "nen": nen, "june": june, "month": month,
            "salary": rng.randrange(210, 560) * 1000,
            "bank": f"{rng.choice(['みどり銀行', '朝霧信用金庫', 'ゆうちょ銀行', '北浜銀行'])} "
                    f"{rng.choice(['本店', '駅前支店', '中央支店', '若葉支店'])} 普通 "
                    f"{rng.randint(1000000, 9999999)}",
            "hire": f"{rng.randint(2001, 2024)}/{rng.randint(1, 12):02d}/01",
            "sex": rng.choice(["男", "女"]),
        })
    return out


def _yen(v):
    return f"{v:,}"


# 日の出産業の法人番号（適格請求書発行事業者番号は T + 同じ番号）
_HINODE_CORP = "6986594178399"

_SIG_MINASE = """
──────────────────────────
日の出産業株式会社　人事部 人事課（給与・社会保険）
水無瀬 佳織（みなせ かおり）
〒105-0021 東京都港区東新橋9-8-7 日の出ビル5F
TEL 03-5999-2101（直通）　FAX 03-5999-2190
Mail: minase.k@hinode-sangyo.co.jp
──────────────────────────"""

_SIG_KURISU = """
--
日の出産業株式会社
人事部 給与グループ　栗栖 亮
TEL: 03-5999-2105 / FAX: 03-5999-2190
〒105-0021 東京都港区東新橋9-8-7
kurisu-r@hinode-sangyo.co.jp"""

_SIG_UKAI = """
*************************************
　日の出産業株式会社 総務部 庶務課
　鵜飼 敏之　Toshiyuki Ukai
　TEL 03-5999-2001　内線 2014
　ukai@hinode-sangyo.co.jp
*************************************"""

_SIG_SHIMA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 大阪支店 総務課
嶋 亜希子（しま あきこ）
〒530-0047 大阪府大阪市北区西天満8-1-4 天満橋日の出ビル3階
TEL 06-6999-4410　FAX 06-6999-4419
shima@osaka.hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

_SIG_HOZUMI = """
---------------------------------------------
日の出産業株式会社 人事部長
穂積 達郎
TEL 03-5999-2100
hozumi.t@hinode-sangyo.co.jp
---------------------------------------------"""

_SIG_EN = """
Best regards,
Kaori Minase
Payroll & Social Insurance, Human Resources Dept.
Hinode Sangyo Co., Ltd.
9-8-7 Higashi-Shimbashi, Minato-ku, Tokyo 105-0021, Japan
Tel +81-3-5999-2101"""

_DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

_DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail. Any
unauthorised copying, disclosure or distribution is strictly prohibited."""


# ---------------------------------------------------------------------------- 001-015
_P01 = _people(6, "001", city="朝霧市")
_P11 = _people(5, "011")
_P09 = _people(3, "009")
_MN003 = my_number(SEED + 7)

_PART1 = [
    {
        "id": "shiyakusho-001",
        "charset": "cp932",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["朝霧市 市民税課 特別徴収担当 <tokucho@city.asagiri.lg.jp>"],
        "subject": "給与支払報告書（個人別明細）の提出について／日の出産業株式会社",
        "body": f"""朝霧市 財務部 市民税課
特別徴収ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部の水無瀬でございます。

eLTAXの利用者IDの再発行が締切に間に合わないため、先日お電話でご相談したとおり、
令和７年分の給与支払報告書（総括表・個人別明細）をCSVにてお送りいたします。
貴市にお住まいの従業員{len(_P01)}名分です。

ご確認のほど、よろしくお願い申し上げます。
{_SIG_MINASE}
""",
        "attachments": [{
            "kind": "csv", "name": "kyuyo_shiharai_houkoku_asagiri.csv", "encoding": "cp932",
            "rows": [["区分", "法人番号", "事業者名", "所在地", "", "", "", ""],
                     ["総括表", _HINODE_CORP, "日の出産業株式会社", "東京都港区東新橋9-8-7",
                      "", "", "", ""],
                     ["区分", "個人番号", "氏名", "フリガナ", "住所", "生年月日", "支払金額",
                      "源泉徴収税額"]]
                    + [["個人別", my_number(SEED + k), p["name"], p["kata"], p["addr"],
                        p["dob"], str(p["salary"] * 14), str(p["salary"] // 4)]
                       for k, p in zip(range(1, 7), _P01)],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH",
                     "JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "給与支払報告書CSV to a city office: six employees' records with My Numbers, "
                "addresses and birth dates (list + identifier)",
    },
    {
        "id": "shiyakusho-002",
        "charset": "iso-2022-jp",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["北浜市 税務課 <zeimu@city.kitahama.lg.jp>"],
        "subject": "Re: 特別徴収税額決定通知書（特別徴収義務者用）の送付について",
        "body": f"""北浜市 総務部 税務課
市民税係　御中

お世話になっております。日の出産業 人事部給与グループの栗栖です。

本日、令和７年度の特別徴収税額決定通知書（特別徴収義務者用）を
確かに受領いたしました。早々にお送りいただきありがとうございます。

６月の給与から徴収を開始し、納期限（７月１０日）までに
指定金融機関より納入いたします。
納税義務者用の通知書は、例年どおり弊社から各従業員へ配付いたします。

取り急ぎ受領のご連絡まで。
{_SIG_KURISU}

> 日の出産業株式会社　人事ご担当者様
>
> 令和７年度 特別徴収税額決定通知書を本日発送いたしました。
> 到着まで数日かかりますのでご了承ください。
>
> 北浜市 総務部 税務課 市民税係　篠宮
> TEL 047-399-1234（直通）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "receipt acknowledgement to a city tax office: no people's data, one external org",
    },
    {
        "id": "shiyakusho-003",
        "charset": "utf-8",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["白鷺市役所 市民税課 <shiminzei@city.shirasagi.lg.jp>"],
        "subject": "給与所得者異動届出書（退職者１名）送付のご連絡",
        "body": f"""白鷺市 市民税課 ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の水無瀬です。

弊社従業員１名が退職いたしましたので、給与所得者異動届出書を添付にて
お送りいたします。原本は本日郵送いたしました。

　受給者番号　　：H20417
　氏名　　　　　：鮫島 啓太（サメジマ ケイタ）
　個人番号　　　：{_sp(_MN003)}
　生年月日　　　：昭和６２年１１月３日
　住所　　　　　：埼玉県白鷺市鷺沼3-14-9 ハイツ若葉103
　退職日　　　　：令和７年９月３０日
　徴収方法　　　：一括徴収（10月支給給与にて未徴収税額 86,400円を徴収）

ご不明点がございましたらご連絡ください。
{_SIG_MINASE}
{_DISC_JA}
""",
        "attachments": [{
            "kind": "docx", "name": "異動届出書_鮫島.docx", "title": "給与所得者異動届出書",
            "paragraphs": ["給与所得者異動届出書", "白鷺市長　様",
                           "特別徴収義務者：日の出産業株式会社　法人番号 " + _HINODE_CORP],
            "tables": [[["受給者番号", "H20417"], ["氏名", "鮫島 啓太"],
                        ["個人番号", _MN003], ["生年月日", "S62.11.3"],
                        ["住所", "埼玉県白鷺市鷺沼3-14-9"], ["異動事由", "退職"],
                        ["異動年月日", "R7.9.30"], ["未徴収税額", "86,400"]]],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS",
                     "JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "異動届出書 for one leaver with his 個人番号 in body and DOCX (identifier)",
    },
    {
        "id": "shiyakusho-004",
        "charset": "iso-2022-jp",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["霞野市 課税課 市民税第二係 <kazei@city.kasumino.lg.jp>"],
        "subject": "中途入社者の特別徴収への切替について（お問い合わせ）",
        "body": f"""霞野市 課税課 市民税第二係
ご担当者様

突然のご連絡失礼いたします。
日の出産業株式会社 人事部の栗栖と申します。

来月、前職で普通徴収となっていた方が１名入社予定です。
貴市在住のため、特別徴収への切替をお願いしたく考えておりますが、
以下２点を教えていただけますでしょうか。

１．切替申請書は貴市ホームページの様式でよいか（押印の要否）
２．第２期の納期限を過ぎた場合、何月分から特別徴収に切り替わるか

お忙しいところ恐縮ですが、ご教示のほどよろしくお願いいたします。
{_SIG_KURISU}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "procedural question to a city tax section, no one's data",
    },
    {
        "id": "shiyakusho-005",
        "charset": "cp932",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["朝霧市 市民税課 <tokucho@city.asagiri.lg.jp>",
               "北浜市 税務課 <zeimu@city.kitahama.lg.jp>",
               "白鷺市 市民税課 <shiminzei@city.shirasagi.lg.jp>",
               "霞野市 課税課 <kazei@city.kasumino.lg.jp>"],
        "subject": "【日の出産業】給与支払報告書 提出完了のご連絡",
        "body": f"""各市 市民税ご担当者様

いつも大変お世話になっております。
日の出産業株式会社 人事部の水無瀬でございます。

本日、eLTAXにて令和７年分の給与支払報告書を提出いたしました。
受付完了の通知も確認しております。

なお、今年度より特別徴収義務者の所在地が下記のとおり変更となっておりますので、
税額決定通知書の送付先の更新をお願いいたします。

　新所在地：〒105-0021 東京都港区東新橋9-8-7 日の出ビル5F
　担当部署：人事部 人事課（給与・社会保険）

今後ともよろしくお願い申し上げます。
{_SIG_MINASE}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four different city offices put together in To: they see each other (should be Bcc)",
    },
    {
        "id": "shiyakusho-006",
        "charset": "iso-2022-jp",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>"],
        "bcc": ["tokucho@city.asagiri.lg.jp", "zeimu@city.kitahama.lg.jp",
                "shiminzei@city.shirasagi.lg.jp", "kazei@city.kasumino.lg.jp",
                "shiminzei-k@city.narumidai.lg.jp"],
        "subject": "特別徴収義務者 所在地変更のお知らせ（日の出産業株式会社）",
        "body": f"""関係各市区町村 住民税（特別徴収）ご担当者様
（本メールはBCCにて一斉にお送りしております）

平素より大変お世話になっております。
日の出産業株式会社 人事部でございます。

このたび弊社人事部が下記へ移転いたしました。
特別徴収税額の通知書類等の送付先につきまして、変更のお手続きをお願いいたします。

　旧：〒103-0027 東京都中央区日本橋七丁目3番2号
　新：〒105-0021 東京都港区東新橋9-8-7 日の出ビル5F

特別徴収義務者指定番号は各市区町村でのお手続き後も変わらないと伺っておりますが、
別途届出書が必要な場合はお知らせください。
{_SIG_MINASE}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one notice to five city offices correctly in Bcc; no personal data",
    },
    {
        "id": "shiyakusho-007",
        "charset": "utf-8",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["朝霧市 市民税課 真壁様 <makabe.t@city.asagiri.lg.jp>"],
        "subject": "RE: 特別徴収の未納について（ご照会）",
        "body": f"""朝霧市 市民税課
真壁様

お世話になっております。日の出産業の栗栖です。
ご照会いただいた件、ご回答いたします。

宛名番号 0031-228745 の 百目鬼 千夏（どうめき ちなつ）につきましては、
昨年１１月よりうつ病の診断を受けて休職しており、以後給与の支給がございません。
このため１２月以降の特別徴収ができておりませんでした。ご連絡が遅れ申し訳ございません。

復職の見込みが立っていないため、普通徴収への切替をお願いしたく、
異動届出書を本日郵送いたします。

よろしくお願いいたします。
{_SIG_KURISU}

-----Original Message-----
From: 真壁 <makabe.t@city.asagiri.lg.jp>
Sent: Tuesday, December 16, 2025 10:12 AM
To: kurisu-r@hinode-sangyo.co.jp
Subject: 特別徴収の未納について（ご照会）

日の出産業株式会社 給与ご担当者様

12月分の特別徴収税額について、宛名番号0031-228745の方の分が
納入されておりません。状況をお知らせください。

朝霧市 市民税課 特別徴収係 真壁
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "reply to a city tax section naming an employee and her depression diagnosis "
                "(病歴, 要配慮個人情報)",
    },
    {
        "id": "shiyakusho-008",
        "charset": "cp932",
        "sender": "嶋 亜希子 <shima@osaka.hinode-sangyo.co.jp>",
        "to": ["北浜市 こども未来部 保育課 <hoiku@city.kitahama.lg.jp>"],
        "subject": "就労証明書の提出（保育所入所申込）",
        "body": f"""北浜市 こども未来部 保育課 入所担当 御中

お世話になっております。
日の出産業株式会社 大阪支店 総務課の嶋と申します。

弊社従業員より依頼を受けました保育所入所申込用の就労証明書を、
貴市の電子提出の案内に従い、PDFにてお送りいたします。
記載内容についてのお問い合わせは、下記までお願いいたします。
{_SIG_SHIMA}
""",
        "attachments": [{
            "kind": "pdf", "name": "shuro_shomei_kitahama.pdf", "title": "就労証明書",
            "lines": ["就労証明書（令和８年度 保育所等入所申込用）", "",
                      "北浜市長　様", "",
                      "事業所名：日の出産業株式会社 大阪支店　（事業所電話 06-6999-4410）",
                      "", "本人氏名：城之内 紗希（じょうのうち さき）",
                      "生年月日：平成４年６月１８日",
                      "本人住所：千葉県北浜市潮見台2-7-16 レジデンス北浜505",
                      "雇用の形態：正社員　　雇用期間：期間の定めなし（入社 2016/04/01）",
                      "就労時間：月～金 9:00～17:30（休憩60分）　月間就労日数 20日",
                      "育児休業：令和７年５月１日～令和８年３月３１日（予定）", "",
                      "証明日：令和７年１１月５日　　記載者：総務課 嶋"],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "就労証明書 for one employee to the city nursery section: one person's record, "
                "may warn but goes",
    },
    {
        "id": "shiyakusho-009",
        "charset": "iso-2022-jp",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 給与サポート 戸叶様 <tokano@tsubasa-sytem.jp>"],
        "subject": "住民税月額の変更（３名）反映のお願い",
        "body": f"""ツバサシステム株式会社
給与サポートデスク　戸叶様

いつもお世話になっております。日の出産業の栗栖です。

市区町村から変更通知が届きましたので、下記３名の住民税月額を
今月の給与計算から反映いただけますでしょうか。

""" + "\n".join(f"・{p['emp']}　{p['name']}（{p['city']}）　変更後月額 {_yen(p['month'])}円"
                for p in _P09) + f"""

変更通知書の写しは共有フォルダに格納済みです。
よろしくお願いいたします。
{_SIG_KURISU}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "payroll vendor address typed as tsubasa-sytem.jp (letter dropped from partner "
                "tsubasa-system.jp)",
    },
    {
        "id": "shiyakusho-010",
        "charset": "iso-2022-jp",
        "sender": "鵜飼 敏之 <ukai@hinode-sangyo.co.jp>",
        "to": ["朝霧市選挙管理委員会事務局 <senkyo@city.asagiri.lg.jp>"],
        "subject": "Re: 投票立会人の選任に伴う勤務先への協力依頼について",
        "body": f"""朝霧市選挙管理委員会事務局
ご担当　小此木様

お世話になっております。日の出産業株式会社 総務部の鵜飼です。

ご依頼の件、承知いたしました。
弊社社員の汐見が当日投票所の投票立会人を務めることにつきまして、
社として異存はございません。当該日は特別休暇（公民権行使）として扱います。

なお、前日の説明会への出席についても勤務扱いといたしますので、
ご案内の資料は本人宛に直接お送りいただいて差し支えございません。
{_SIG_UKAI}

>日の出産業株式会社 総務ご担当者様
>このたび貴社ご勤務の汐見様に、来る市議会議員選挙の投票立会人をお引き受け
>いただくことになりました。当日の勤務についてご配慮をお願いいたします。
>朝霧市選挙管理委員会事務局　小此木
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "election duty: employer consents; the employee is named by surname only, no data",
    },
    {
        "id": "shiyakusho-011",
        "charset": "utf-8",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["白鷺市 市民税課 特別徴収係 <shiminzei@city.shirasagi.lg.jp>"],
        "subject": "Re: 納税通知書の返戻に伴う住所確認について",
        "body": f"""白鷺市 市民税課 特別徴収係
ご担当者様

お世話になっております。日の出産業の栗栖です。
返戻となった納税義務者用通知書の件、社内の人事記録で現住所を確認いたしました。

氏名            旧住所                                      新住所                                          転居日
--------------  ------------------------------------------  ----------------------------------------------  ----------
""" + "\n".join(f"{p['name']:<14}  埼玉県白鷺市中央{i+1}-{i+3}-{i+8}{'':<22}  {p['addr']:<44}  2025/0{i+3}/15"
                for i, p in enumerate(_P11)) + f"""

上記５名とも、転居後の住民票の異動は本人に確認済みです。
再送付のほど、よろしくお願いいたします。
{_SIG_KURISU}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "address confirmation for five employees in a padded table (list of people)",
    },
    {
        "id": "shiyakusho-012",
        "charset": "cp932",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["白鷺市 市民税課 <shiminzei@city.shirasagi.lg.jp>"],
        "subject": "住所確認のご照会（早乙女様）への回答",
        "body": f"""白鷺市 市民税課
ご担当者様

いつもお世話になっております。
ご照会のございました弊社従業員の現住所につき、下記のとおり回答いたします。

　氏　名：早乙女 健一
　現住所：〒336-0051 埼玉県白鷺市東原４丁目２１番７号 サンライズ鷺沼2-B
　転居日：令和７年７月１日（本人申告による）

以上、よろしくお願いいたします。
{_SIG_MINASE}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one employee's current address to the city that asked: one record, warn at most",
    },
    {
        "id": "shiyakusho-013",
        "charset": "utf-8",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["高峰社会保険労務士事務所 小木曽様 <ogiso@sr-takamine.jp>"],
        "subject": "住民税事務の手順書（ご参考）",
        "body": f"""高峰社会保険労務士事務所
小木曽様

お世話になっております。日の出産業の水無瀬です。

先日の打合せでお話しした、弊社の住民税特別徴収事務の手順書をお送りします。
来期からの業務委託範囲をご検討いただく際のご参考になれば幸いです。
{_SIG_MINASE}
""",
        "attachments": [{
            "kind": "pdf", "name": "住民税特別徴収事務手順書_v3.pdf",
            "title": "住民税特別徴収事務手順書", "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 人事部　社外秘・複製禁止",
            "lines": ["住民税特別徴収事務手順書（第3版）", "",
                      "1. 5月：税額決定通知書の受領・給与システムへの登録",
                      "2. 6月：特別徴収開始、納入（翌月10日まで）",
                      "3. 随時：異動届出書の作成（退職・転勤・休職）",
                      "4. 1月：給与支払報告書の作成・eLTAX提出",
                      "5. 差押命令受領時の対応は別紙「債権差押対応要領」による"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "internal procedure PDF stamped 社外秘 in header and footer, sent to an outside "
                "社労士",
    },
    {
        "id": "shiyakusho-014",
        "charset": "iso-2022-jp",
        "sender": "穂積 達郎 <hozumi.t@hinode-sangyo.co.jp>",
        "to": ["高峰社会保険労務士事務所 高峰先生 <takamine@sr-takamine.jp>"],
        "cc": ["水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>"],
        "subject": "秘密保持契約書（住民税事務委託）のご確認",
        "body": f"""高峰社会保険労務士事務所
高峰 先生

いつもお世話になっております。日の出産業 人事部長の穂積でございます。

来年度から住民税関連事務の一部をお願いするにあたり、
秘密保持契約書の案を法務部で作成いたしました。
第４条（機密情報の範囲）に従業員の個人番号を含む特定個人情報を明記し、
第９条で再委託の禁止を定めております。

ご確認のうえ、修正点があれば今月末までにお知らせいただけますと幸いです。
契約書案は別途、弊社の文書共有サービスのリンクでお送りします。
{_SIG_HOZUMI}
{_DISC_JA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA (機密保持) with a disclaimer: no marking, no data",
    },
    {
        "id": "shiyakusho-015",
        "charset": "cp932",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["北浜市 税務課 市民税係 <zeimu@city.kitahama.lg.jp>"],
        "subject": "給与支払報告書（追加分）の送付",
        "body": f"""北浜市 税務課 市民税係 御中

お世話になっております。日の出産業株式会社の栗栖です。

１月末に提出した給与支払報告書に漏れがございましたので、
追加分をお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

大変お手数をおかけいたしますが、よろしくお願いいたします。
{_SIG_KURISU}
""",
        "attachments": [{
            "kind": "zip", "name": "20260205_追加提出.zip", "password": "Hn7#kt2026",
            "files": [{"kind": "csv", "name": "追加分.csv",
                       "rows": [["個人番号", "氏名", "住所"],
                                [my_number(SEED + 8), "蛭田 信吾", "千葉県北浜市新田5-2-11"]]}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to a city office: cannot be inspected",
    },
]

# ---------------------------------------------------------------------------- 016-030
_P19 = _people(12, "019")
_P20 = _people(9, "020")
_P27 = _people(7, "027")

_PART2 = [
    {
        "id": "shiyakusho-016",
        "charset": "cp932",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["北浜市 税務課 市民税係 <zeimu@city.kitahama.lg.jp>"],
        "subject": "【パスワード】給与支払報告書（追加分）の送付",
        "body": f"""北浜市 税務課 市民税係 御中

先ほどお送りしたファイルのパスワードをお知らせいたします。

　Hn7#kt2026

よろしくお願いいたします。
{_SIG_KURISU}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the password follow-up alone: no attachment, no personal data",
    },
    {
        "id": "shiyakusho-017",
        "charset": "iso-2022-jp",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["朝霧市 子育て支援課 手当係 <kosodate-shien@city.asagiri.lg.jp>"],
        "subject": "児童手当に係る健康保険加入状況のご照会について（回答）",
        "body": f"""朝霧市 こども家庭部 子育て支援課 手当係
ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の水無瀬です。

児童手当の受給資格確認のため照会のございました弊社従業員の
健康保険の加入状況について、下記のとおり回答いたします。

【被保険者】　　　漆原 陽介（ウルシバラ ヨウスケ）
【保険者】　　　　関東機械工業健康保険組合
【記号・番号】　　記号 ４７１２０３　番号 ８８
【資格取得日】　　令和２年４月１日
【被扶養者】　　　配偶者、子２名

なお、被保険者証の写しの提出が必要な場合は、本人を通じてご提出いたします。
{_SIG_MINASE}
""",
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "an employee's health insurance 記号・番号 sent to the city (identity document number)",
    },
    {
        "id": "shiyakusho-018",
        "charset": "utf-8",
        "sender": "嶋 亜希子 <shima@osaka.hinode-sangyo.co.jp>",
        "to": ["柚木市 こども支援課 <kodomo-shien@city.yunoki.lg.jp>"],
        "subject": "児童手当の現況届に関するお問い合わせ",
        "body": f"""柚木市 こども支援課 ご担当者様

はじめてご連絡いたします。日の出産業株式会社 大阪支店 総務課の嶋と申します。

弊社の従業員から「児童手当の手続きで勤務先の証明が必要か」との問い合わせがあり、
貴市のホームページを拝見しましたが判断がつかず、ご連絡いたしました。

現況届の提出が原則不要となったと理解しておりますが、
公務員以外の会社員について、勤務先が何らかの証明書を発行する必要は
ございますでしょうか。

ご多用のところ恐縮ですが、ご教示いただけますと幸いです。
{_SIG_SHIMA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "general inquiry about child allowance paperwork; nobody's data",
    },
    {
        "id": "shiyakusho-019",
        "charset": "utf-8",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["高峰社会保険労務士事務所 小木曽様 <ogiso@sr-takamine.jp>"],
        "subject": "令和７年度 住民税 異動状況一覧（上期）",
        "body": f"""小木曽様

お世話になっております。日の出産業の水無瀬です。
上期（４月～９月）の住民税異動状況を一覧にまとめました。
「異動一覧」シートに転居・退職者、「月額」シートに変更後の月割額を入れています。
来週のお打合せまでにご確認いただけますと助かります。
{_SIG_MINASE}
""",
        "attachments": [{
            "kind": "xlsx", "name": "住民税異動状況_R7上期.xlsx", "title": "住民税異動状況一覧",
            "sheets": {
                "異動一覧": [["令和７年度 住民税 異動状況一覧（4月～9月）", "", "", "", "", ""],
                             ["社員番号", "氏名", "課税市区町村", "宛名番号", "異動内容", "転居先住所"]]
                            + [[p["emp"], p["name"], p["city"], f"00{i+4}-{p['emp'][1:]}",
                                ["転居", "退職", "転居", "休職"][i % 4],
                                p["addr"] if i % 4 != 1 else ""]
                               for i, p in enumerate(_P19)],
                "月額": [["社員番号", "氏名", "年税額", "6月分", "7月以降"]]
                        + [[p["emp"], p["name"], p["nen"], p["june"], p["month"]] for p in _P19],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX of twelve employees' resident-tax changes and new addresses to an outside "
                "社労士 (list)",
    },
    {
        "id": "shiyakusho-020",
        "charset": "cp932",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["嶋 亜希子 <shima@osaka.hinode-sangyo.co.jp>"],
        "cc": ["栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>"],
        "subject": "大阪支店分 税額決定通知書の配付リスト",
        "body": f"""嶋さん

お疲れさまです。本社人事の水無瀬です。
大阪支店の方の納税義務者用通知書を本日発送しました。
配付の際の確認用に一覧を貼っておきます（住所は通知書記載のもの）。

""" + "\n".join(f"{p['emp']}\t{p['name']}\t{p['dob_s']}\t{p['addr']}\t年税額 {_yen(p['nen'])}"
                for p in _P20) + """

封筒に社員番号を記載していますので、手渡しでお願いします。
本社人事部 水無瀬
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": [],
        "note": "nine employees' records, but only to internal recipients (osaka. subdomain "
                "is internal)",
    },
    {
        "id": "shiyakusho-021",
        "charset": "iso-2022-jp",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["白鷺市 福祉部 生活福祉課 <seikatsu-fukushi@city.shirasagi.lg.jp>"],
        "subject": "生活保護法第２９条に基づく調査（回答）",
        "body": f"""白鷺市 福祉事務所 生活福祉課
地区担当　楠本様

お世話になっております。日の出産業株式会社 人事部の栗栖です。
ご照会の件、下記のとおり回答いたします。

１．対象者　　　苫米地 和也（昭和５１年２月９日生）
２．雇用形態　　契約社員（物流センター勤務）
３．直近３か月の支給額
　　　７月　総支給 168,400円／控除後 142,915円
　　　８月　総支給 151,200円／控除後 129,003円
　　　９月　総支給 172,800円／控除後 146,337円
４．その他
　　　本人は２型糖尿病の治療のため月２回通院しており、
　　　その日は欠勤扱い（無給）となっております。
　　　８月の支給額減少はこれによるものです。

以上
{_SIG_KURISU}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "welfare inquiry answered with the employee's diabetes treatment (病歴, 要配慮)",
    },
    {
        "id": "shiyakusho-022",
        "charset": "utf-8",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["霞野市 生活福祉課 <fukushi@city.kasumino.lg.jp>"],
        "subject": "Re: 生活保護法第29条による照会について",
        "body": f"""霞野市 生活福祉課
ケースワーカー 雨宮様

いつもお世話になっております。日の出産業の栗栖です。
文書でご照会のありました件、回答期限が迫っておりますので取り急ぎメールでお送りします。

　対象者：簗瀬 舞 様（平成３年８月２２日生）
　　　　　当社パートタイマー（週４日勤務）、令和６年１０月入社
　給与　：時給1,180円、支給日は毎月25日
　　　　　10月支給 108,560円　11月支給 99,120円

ご本人が生活保護を受給されていることは、社内では本件担当者のみが把握しており、
上長には伝えておりません。引き続き配慮いただけますと幸いです。

回答書（押印済み）は本日郵送いたします。
{_SIG_KURISU}

> 日の出産業株式会社 人事ご担当者様
> 生活保護法第29条に基づき、下記の方の収入状況について照会いたします。
> 霞野市 生活福祉課　雨宮
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one person's pay and the fact she receives 生活保護 to the welfare office that "
                "asked: not in the APPI 要配慮 list, but a privacy officer could treat it as such",
    },
    {
        "id": "shiyakusho-023",
        "charset": "iso-2022-jp",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["isogai.naoki55@gmail.com", "aki-hiiragi@yahoo.co.jp",
               "kinjo.shohei@icloud.com", "t.yaginuma-8@docomo.ne.jp"],
        "subject": "【日の出産業】退職後の住民税（普通徴収）についてのご案内",
        "body": f"""本年度中にご退職された皆様

ご無沙汰しております。日の出産業 人事部の水無瀬です。

退職時に一括徴収とならなかった方は、残りの住民税が普通徴収に切り替わり、
お住まいの市区町村から納付書が届きます。
「会社から引かれていたはずでは？」というお問い合わせが何件かございましたので、
念のためご案内いたします。

・納付書は６月～１月の残りの期別に分かれて届きます
・金額や納期限のお問い合わせは、お住まいの市区町村の住民税担当課へお願いします
・源泉徴収票の再発行が必要な方は、このメールにご返信ください

どうぞよろしくお願いいたします。
{_SIG_MINASE}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains",
                      "freemail_recipient"],
        "note": "four former employees' private addresses visible to each other in To",
    },
    {
        "id": "shiyakusho-024",
        "charset": "cp932",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["鬼頭 千尋 <chihiro.kito@outlook.jp>"],
        "subject": "Re: 住民税の納付書について",
        "body": f"""鬼頭 千尋 様

ご連絡ありがとうございます。人事部の水無瀬です。

８月末でのご退職の際、ご本人のご希望により一括徴収とはせず、
９月分以降は普通徴収への切替とさせていただきました。
このため、お住まいの市役所から納付書が届いております。

お手元の納付書の金額に疑問がある場合は、納付書に記載の市民税課に
お問い合わせいただくのが確実です。
源泉徴収票は来年１月に郵送いたします。

どうぞお体に気をつけてお過ごしください。
{_SIG_MINASE}

> 水無瀬さん
> 市役所から住民税の納付書が届いたのですが、会社で払ってもらっていたのではなかったでしょうか。
> 鬼頭
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one former employee on a free-mail address; only her own matter",
    },
    {
        "id": "shiyakusho-025",
        "charset": "utf-8",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 芦田先生 <ashida@shirakawa-law.co.jp>"],
        "subject": "債権差押命令（令和７年(ル)第８８２号）陳述書案のご確認",
        "body": f"""白川法律事務所
弁護士 芦田先生

お世話になっております。日の出産業 人事部の栗栖です。

本日、東京地方裁判所より債権差押命令の送達を受けました。
第三債務者としての陳述書の案を作成しましたので、ご確認をお願いできますでしょうか。

　債務者　　：左近司 悠人（当社 製造部 第二課）
　差押債権　：給料債権（請求債権額 1,284,000円）
　弁済の意思：あり（差押可能額の範囲で）
　月額給与　：総支給 318,000円、手取り 251,640円
　他の差押　：なし

陳述書の提出期限は送達日から２週間とのことです。
{_SIG_KURISU}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "partner law firm shirakawa-law.jp mistyped as shirakawa-law.co.jp (TLD swap)",
    },
    {
        "id": "shiyakusho-026",
        "charset": "iso-2022-jp",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 芦田先生 <ashida@shirakawa-law.jp>"],
        "subject": "差押禁止額の計算についてご相談",
        "body": f"""芦田先生

いつもお世話になっております。日の出産業の栗栖です。

先月ご相談した債権差押の件で、差押可能額の計算についてお伺いします。

債務者（当社従業員 左近司）の１２月は賞与の支給がございます。
賞与についても給料と同様に手取り額の４分の１（手取りが44万円を超える部分は全額）
で計算すればよいとの理解で合っておりますでしょうか。

賞与の手取り見込みは 412,300円です。
お手すきの際にご回答いただけますと幸いです。
{_SIG_KURISU}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "one employee's seizure matter to the partner law firm (correct domain): one "
                "person, may warn",
    },
    {
        "id": "shiyakusho-027",
        "charset": "utf-8",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["大山総合法律事務所 柘植様 <tsuge@ooyama-sogo-law.jp>"],
        "subject": "Re: 第三債務者への照会（給与支払状況）",
        "body": f"""大山総合法律事務所
弁護士 柘植様

お世話になっております。日の出産業 人事部の栗栖です。
ご依頼のあった給与支払状況の資料をお送りします。ご査収ください。
{_SIG_KURISU}

-----Original Message-----
From: 柘植 <tsuge@ooyama-sogo-law.jp>
Subject: 第三債務者への照会（給与支払状況）

債務者 八木沼様に関する給与の支払状況（直近６か月）をご教示ください。
""",
        "attachments": [{
            "kind": "xlsx", "name": "給与台帳抜粋_物流管理部.xlsx",
            "sheets": {"2025年度": [["給与台帳（物流管理部）2025年4月～9月", "", "", "", "", ""],
                                   ["社員番号", "氏名", "生年月日", "振込口座", "基本給", "差引支給額"]]
                                  + [[p["emp"], p["name"], p["dob"], p["bank"], p["salary"],
                                      int(p["salary"] * 0.79)] for p in _P27]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "asked about one debtor, but attached a payroll extract of seven employees with "
                "bank accounts (list)",
    },
    {
        "id": "shiyakusho-028",
        "charset": "cp932",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["大山総合法律事務所 柘植様 <tsuge@ooyama-sogo-law.jp>"],
        "subject": "陳述書の提出について（令和７年(ル)第１２３４号）",
        "body": f"""大山総合法律事務所
弁護士 柘植 様

お世話になっております。
日の出産業株式会社 人事部の栗栖でございます。

標記事件につき、第三債務者の陳述書を本日裁判所へ郵送し、
同じものを貴事務所宛にも郵送いたしました。

取立てのご連絡をいただきましたら、毎月２５日の給与支給日の翌営業日に
貴事務所ご指定の口座へお振込みいたします。
振込手数料の扱いについては追ってご相談させてください。

今後ともよろしくお願いいたします。
{_SIG_KURISU}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "seizure case mail with a case number, no person's data",
    },
    {
        "id": "shiyakusho-029",
        "charset": "utf-8",
        "sender": "嶋 亜希子 <shima@osaka.hinode-sangyo.co.jp>",
        "to": ["柚木市 市民課 外国人住民係 <shimin@city.yunoki.lg.jp>"],
        "subject": "住居地の確認について（回答）",
        "body": f"""柚木市 市民課 外国人住民係
ご担当者様

お世話になっております。日の出産業株式会社 大阪支店 総務課の嶋です。
お電話でご照会いただいた弊社従業員の住居地について、社宅の入居記録をもとに
回答いたします。

  氏名（ローマ字）：NGUYEN THI LAN
  国籍　　　　　　：ベトナム
  在留カード番号　：UH48213967KA
  在留資格　　　　：技術・人文知識・国際業務
  住居地　　　　　：大阪府柚木市中央3-8-12 日の出社宅C棟204
  入居日　　　　　：2025年4月7日

住居地の届出は入居後速やかに行うよう本人に伝えております。
{_SIG_SHIMA}
""",
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a foreign employee's 在留カード number sent to a city office (identity document)",
    },
    {
        "id": "shiyakusho-030",
        "charset": "utf-8",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 給与サポート 戸叶様 <tokano@tsubasa-system.jp>"],
        "subject": "特別徴収 納入先市区町村マスタの更新",
        "body": f"""戸叶様

お世話になっております。日の出産業の栗栖です。
住民税の納入先市区町村マスタ（担当課・電話番号・指定番号）を更新しました。
HTMLファイルで添付しますので、システムへの取込をお願いします。

新規：鳴海台市、柚木市　／　削除：なし
{_SIG_KURISU}
""",
        "attachments": [{
            "kind": "html", "name": "nounyusaki_master.html",
            "html": """<html><head><meta charset="utf-8"><title>納入先市区町村マスタ</title></head>
<body><h3>特別徴収 納入先市区町村マスタ（2025年10月更新）</h3>
<table border="1">
<tr><th>団体コード</th><th>市区町村</th><th>担当課</th><th>電話</th><th>特別徴収義務者指定番号</th></tr>
<tr><td>149991</td><td>朝霧市</td><td>財務部 市民税課</td><td>046-311-2200</td><td>00318421</td></tr>
<tr><td>129992</td><td>北浜市</td><td>総務部 税務課</td><td>047-399-1234</td><td>7701255</td></tr>
<tr><td>119993</td><td>白鷺市</td><td>市民税課</td><td>048-720-5511</td><td>0000450912</td></tr>
<tr><td>139994</td><td>霞野市</td><td>課税課</td><td>042-580-3300</td><td>201-88342</td></tr>
<tr><td>131113</td><td>大田区</td><td>課税課</td><td>03-5799-1194</td><td>10452377</td></tr>
<tr><td>131091</td><td>品川区</td><td>税務課</td><td>03-5799-6663</td><td>00824113</td></tr>
<tr><td>239995</td><td>鳴海台市</td><td>市民税課</td><td>052-611-7070</td><td>5520031</td></tr>
<tr><td>279996</td><td>柚木市</td><td>市民税課</td><td>072-818-4400</td><td>36-00912</td></tr>
</table></body></html>""",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of municipalities and their tax desks (businesses, not people)",
    },
]

# ---------------------------------------------------------------------------- 031-045
_P34 = _people(5, "034", city="朝霧市")
_P35 = _people(6, "035", city="霞野市")
_P40 = _people(6, "040")
_P44 = _people(5, "044", city="朝霧市")
_P45 = _people(5, "045")

_PART3 = [
    {
        "id": "shiyakusho-031",
        "charset": "iso-2022-jp",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 導入支援 野々村様 <nonomura@tsubasa-system.jp>"],
        "subject": "住民税 月割額自動計算の追加要件について",
        "body": f"""■機密区分：社外秘■

ツバサシステム株式会社
導入支援部　野々村様

お世話になっております。日の出産業の栗栖です。
次期給与システムの住民税関連の追加要件を以下にまとめました。

【要件１】税額決定通知（eLTAX受信データ）の自動取込
　・６月分と７月以降分の差額（端数）を自動判定すること
【要件２】異動届出書の自動作成
　・退職日・最終給与の支給日から一括徴収の要否を判定すること
【要件３】差押対応
　・差押命令登録時に差押可能額を毎月自動算出し、控除項目に反映すること
【要件４】監査ログ
　・個人番号の閲覧・出力を全件記録すること

本要件は弊社の内部統制資料に基づくため、社外秘扱いとしてください。
{_SIG_KURISU}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail classified 機密区分：社外秘 at its top, sent to the payroll vendor",
    },
    {
        "id": "shiyakusho-032",
        "charset": "cp932",
        "sender": "鵜飼 敏之 <ukai@hinode-sangyo.co.jp>",
        "to": ["朝霧市 経済部 商工観光課 <shoko@city.asagiri.lg.jp>"],
        "subject": "市内在住従業員数調査へのご回答",
        "body": f"""朝霧市 経済部 商工観光課
ご担当者様

お世話になっております。日の出産業株式会社 総務部の鵜飼です。
「市内事業所の雇用実態調査」につき、下記のとおり回答いたします。

　　　　　　　　　　　　正社員　　契約・パート　　合計
　朝霧市在住　　　　　　　４２　　　　　１７　　　　５９
　うち市内事業所勤務　　　３１　　　　　１６　　　　４７
　市外在住（市内勤務）　　２８　　　　　　９　　　　３７

　平均年齢（市内在住者）　４１．３歳
　女性比率（市内在住者）　３６％
　障害者雇用数（全社）　　１２名（実雇用率 2.61%）

個人が特定される情報は含めておりません。
{_SIG_UKAI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate statistics for a city survey: counts only, no identifiable person",
    },
    {
        "id": "shiyakusho-033",
        "charset": "utf-8",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["白鷺市 市民税課 特別徴収係 <shiminzei@city.shirasagi.lg.jp>"],
        "subject": "Re: 異動届出書の一覧について",
        "body": f"""白鷺市 市民税課 特別徴収係 ご担当者様

お世話になっております。日の出産業の水無瀬です。
ご依頼のありました異動者一覧（Excel）を添付いたします。
昨日お送りしたファイルが開けないとのことでしたので、保存し直したものをお送りします。
{_SIG_MINASE}
""",
        "attachments": [{"kind": "corrupt", "name": "異動者一覧_白鷺市_再送.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the XLSX attachment is corrupt: cannot be inspected",
    },
    {
        "id": "shiyakusho-034",
        "charset": "iso-2022-jp",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["朝霧市 市民税課 <tokucho@city.asagiri.lg.jp>"],
        "subject": "Re: 特別徴収対象者の在籍確認について",
        "body": f"""朝霧市 市民税課 ご担当者様

お世話になっております。日の出産業の栗栖です。

ご照会の５名は、いずれも本日現在弊社に在籍しており、
特別徴収を継続いたします。住所の変更もございません。

よろしくお願いいたします。
{_SIG_KURISU}

> 日の出産業株式会社 給与ご担当者様
>
> 下記の方々について、在籍状況をご確認ください。
>
""" + "\n".join(f"> {i+1}. {p['name']}（{p['kana']}）　{p['dob_w']}生　{p['addr']}"
                for i, p in enumerate(_P34)) + """
>
> 朝霧市 財務部 市民税課 特別徴収係　真壁
> TEL 046-311-2214
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five-person list is only in the quoted text of the city's own mail",
    },
    {
        "id": "shiyakusho-035",
        "charset": "utf-8",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["高峰社会保険労務士事務所 小木曽様 <ogiso@sr-takamine.jp>"],
        "subject": "FW: 給与支払報告書の記載内容の確認について（霞野市）",
        "body": f"""小木曽様

お世話になっております。水無瀬です。
霞野市から下記の照会が来ています。内容を確認いただき、回答案を作っていただけますか。

-------- 転送メッセージ --------
差出人: 霞野市 課税課 市民税第二係 <kazei@city.kasumino.lg.jp>
宛先: minase.k@hinode-sangyo.co.jp
件名: 給与支払報告書の記載内容の確認について

日の出産業株式会社 ご担当者様

ご提出いただいた給与支払報告書のうち、下記の方について当市の住民記録と
住所・生年月日が一致しません。ご確認のうえご回答ください。

""" + "\n".join(f"（{i+1}）{p['name']}　生年月日：{p['dob_w']}　報告書記載住所：{p['addr']}"
                for i, p in enumerate(_P35)) + f"""

霞野市 課税課 市民税第二係　西園寺
---------------------------------
{_SIG_MINASE}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forward (new text to the 社労士) of a city mail listing six employees with "
                "birth dates and addresses",
    },
    {
        "id": "shiyakusho-036",
        "charset": "cp932",
        "sender": "穂積 達郎 <hozumi.t@hinode-sangyo.co.jp>",
        "to": ["朝霧市 市民税課 特別徴収係 <tokucho@city.asagiri.lg.jp>"],
        "subject": "納税義務者用通知書の送付先についてのお願い",
        "body": f"""朝霧市 市民税課 特別徴収係
ご担当者様

日の出産業株式会社 人事部長の穂積でございます。

弊社従業員の宇佐美 加奈子（宛名番号 0028-551903）は、元配偶者からの
ＤＶ被害を受けており、貴市市民課において住民基本台帳事務における支援措置を
受けていると本人から申出がございました。

つきましては、納税義務者用の税額決定通知書や各種通知を本人の住所には送付せず、
必ず会社宛にお送りいただきますようお願いいたします。
また、第三者から同人の勤務先や住所についてお問い合わせがあった場合にも、
ご回答を控えていただけますと幸いです。
{_SIG_HOZUMI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names an employee as a domestic-violence victim (犯罪被害の事実, 要配慮)",
    },
    {
        "id": "shiyakusho-037",
        "charset": "iso-2022-jp",
        "sender": "鵜飼 敏之 <ukai@hinode-sangyo.co.jp>",
        "to": ["鳴海台市 市民課 証明係 <shomei@city.narumidai.lg.jp>"],
        "subject": "所得証明書の代理請求に必要な書類について",
        "body": f"""鳴海台市 市民課 証明係
ご担当者様

お世話になっております。日の出産業株式会社 総務部の鵜飼と申します。

弊社では社宅の入居審査のため、従業員に所得証明書（課税証明書）の提出を
お願いしております。
本人が平日に来庁できない場合、会社の担当者が代理で請求することは可能でしょうか。

可能な場合、
　・委任状の様式（貴市指定のものがあるか）
　・代理人の本人確認書類
　・郵送請求の可否
についてご教示いただけますと幸いです。
{_SIG_UKAI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "question about requesting income certificates by proxy; no data",
    },
    {
        "id": "shiyakusho-038",
        "charset": "utf-8",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["北浜市 国保年金課 国民年金係 <kokumin-nenkin@city.kitahama.lg.jp>"],
        "subject": "国民年金の資格喪失の確認について（回答）",
        "body": f"""北浜市 市民部 国保年金課 国民年金係
ご担当者様

お世話になっております。日の出産業 人事部の水無瀬です。
お問い合わせのあった従業員の厚生年金の資格取得状況について回答します。

- 氏名：月岡 直樹（ツキオカ ナオキ）
- 生年月日：1994年3月27日
- 基礎年金番号：4527-813096
- 厚生年金保険 資格取得日：2025年8月1日（入社日）

国民年金の納付書が引き続き届いているとのことで本人が困っておりましたので、
お手続きのほどよろしくお願いいたします。
{_SIG_MINASE}
""",
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "an employee's 基礎年金番号 in the body (social insurance number)",
    },
    {
        "id": "shiyakusho-039",
        "charset": "iso-2022-jp",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["朝霧市 市民税課 真壁様 <makabe.t@city.asagiri.lg.jp>"],
        "cc": ["高峰社会保険労務士事務所 小木曽様 <ogiso@sr-takamine.jp>",
               "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>"],
        "subject": "特別徴収事務の打合せ日程（１１月）",
        "body": f"""朝霧市 市民税課 真壁様
（cc：高峰社労士事務所 小木曽様）

お世話になっております。日の出産業の水無瀬です。

先日お話しした、特別徴収の異動届の電子提出に関する打合せですが、
下記の日程はいかがでしょうか。弊社の委託先である高峰社労士事務所の
小木曽様にもご同席いただく予定です。

　候補１：１１月１３日（木）１４:００～１５:００
　候補２：１１月１８日（火）１０:００～１１:００
　場所　：朝霧市役所 本庁舎３階 会議室（またはオンライン）

ご都合をお聞かせください。
{_SIG_MINASE}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "ordinary three-way meeting mail: two external organisations in To/Cc",
    },
    {
        "id": "shiyakusho-040",
        "charset": "utf-8",
        "sender": "Kaori Minase <minase.k@hinode-sangyo.co.jp>",
        "to": ["Rachel Dunmore <r.dunmore@meridian-mobility.com>"],
        "subject": "Japanese resident tax - outbound assignees FY2026",
        "body": f"""Dear Rachel,

Thank you for your help with the tax equalisation calculations last year.
Below are the six employees leaving Japan on assignment this spring. Resident tax for the
current year will be collected in a lump sum from their final Japanese payroll unless the
assignee appoints a tax agent. Could you please contact each of them directly?

Name                 Home address in Japan                                Departure   Private e-mail
-------------------  ---------------------------------------------------  ----------  ------------------------------
""" + "\n".join(f"{p['roma']:<20} {p['addr']:<52} 2026-0{3 + i % 3}-{10 + i:02d}  {p['mail']}"
                for i, p in enumerate(_P40)) + f"""

Host locations: Singapore (2), Frankfurt (2), Houston (1), Ho Chi Minh City (1).
{_SIG_EN}
{_DISC_EN}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "English mail to a relocation vendor listing six employees with home addresses "
                "and private e-mails (list)",
    },
    {
        "id": "shiyakusho-041",
        "charset": "utf-8",
        "sender": "Kaori Minase <minase.k@hinode-sangyo.co.jp>",
        "to": ["Daniel Whitfield <dan.whitfield1984@gmail.com>"],
        "subject": "Re: resident tax after I leave Japan?",
        "body": f"""Hi Daniel,

Thanks for your question. In short:

- Japanese resident tax (juminzei) for a year is based on your income of the previous
  calendar year and on where you lived on 1 January.
- If you leave before 1 January 2027, you will not be charged resident tax for FY2027.
- The tax still due for FY2026 will be deducted in one lump sum from your final salary
  in March, unless you appoint a tax agent (nozei kanrinin) and pay the instalments yourself.

If you prefer the tax agent route, please let me know by the end of next month and I will
send you the city office's form.
{_SIG_EN}

On Mon, 12 Jan 2026 at 09:41, Daniel Whitfield <dan.whitfield1984@gmail.com> wrote:
> Hi Kaori, I'm moving back to Melbourne in March. Do I still have to pay the resident tax
> for this year? Cheers, Dan
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "English explanation to one employee's private gmail; no personal data",
    },
    {
        "id": "shiyakusho-042",
        "charset": "cp932",
        "sender": "鵜飼 敏之 <ukai@hinode-sangyo.co.jp>",
        "to": ["能登 舞 <noto.m@hinode-sangyo.jp>"],
        "subject": "期日前投票所の従事について（社内調整）",
        "body": f"""能登さん

お疲れさまです。総務の鵜飼です。
朝霧市選管から依頼のあった期日前投票所の事務従事の件、
営業一部の２名の方で日程が固まりました。

　１２月２日（火）〜４日（木）　佐々木さん
　１２月５日（金）〜７日（日）　栗林さん

勤怠上は「公務（選挙事務）」で登録をお願いします。
謝金は市から本人に直接支払われるとのことです。

総務部 鵜飼
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "colleague's address typed as hinode-sangyo.jp (co. dropped): look-alike of the "
                "own domain",
    },
    {
        "id": "shiyakusho-043",
        "charset": "iso-2022-jp",
        "sender": "鵜飼 敏之 <ukai@hinode-sangyo.co.jp>",
        "to": ["霞野市選挙管理委員会 <senkyo-iinkai@city.kasumino.lg.jp>"],
        "subject": "投票所としての会議棟使用について（搬入経路のご案内）",
        "body": f"""霞野市選挙管理委員会事務局
ご担当　御子柴様

お世話になっております。日の出産業株式会社 総務部の鵜飼です。

来月の選挙で、弊社霞野工場の会議棟を投票所としてご使用いただく件につき、
記載台・投票箱の搬入経路を添付の図にまとめました。

・搬入口：正門ではなく東側の通用門（守衛所で「選管の搬入」とお伝えください）
・駐車：構内のＢ駐車場を３台分確保しております
・前日設営：１６時以降であれば会議棟を開錠いたします
・当日の連絡先：総務部 鵜飼（携帯 090-7788-2014）

当日は弊社社員２名が施設管理のため待機いたします。
{_SIG_UKAI}
""",
        "attachments": [{"kind": "png", "name": "hannyu_keiro.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "logistics for a polling station on company premises; only the sender's own "
                "contact",
    },
    {
        "id": "shiyakusho-044",
        "charset": "utf-8",
        "sender": "鵜飼 敏之 <ukai@hinode-sangyo.co.jp>",
        "to": ["朝霧市選挙管理委員会事務局 <senkyo@city.asagiri.lg.jp>"],
        "subject": "期日前投票所 事務従事者の登録について",
        "body": f"""朝霧市選挙管理委員会事務局
小此木様

お世話になっております。日の出産業 総務部の鵜飼です。
期日前投票所の事務従事者の募集に、弊社から５名が応募を希望しております。
登録に必要な事項を下記にまとめましたので、ご確認ください。

""" + "\n\n".join(f"■{i+1}人目\n　氏名：{p['name']}（{p['kana']}）\n　生年月日：{p['dob_w']}\n"
                  f"　住所：{p['addr']}\n　連絡先：{p['tel']}"
                  for i, p in enumerate(_P44)) + f"""

従事可能日は別途各人から連絡させます。
{_SIG_UKAI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five employees' registration blocks (birth date, address, mobile) to the "
                "election board (list)",
    },
    {
        "id": "shiyakusho-045",
        "charset": "cp932",
        "sender": "鵜飼 敏之 <ukai@hinode-sangyo.co.jp>",
        "to": ["北浜市選挙管理委員会 <senkan@city.kitahama.lg.jp>"],
        "subject": "開票事務への従事協力者について",
        "body": f"""北浜市選挙管理委員会 御中

お世話になっております。日の出産業株式会社 総務部の鵜飼です。
開票事務への協力依頼につきまして、以下の５名が従事いたします。

""" + "\n".join(f"・{p['name']}（{p['dept']}）" for p in _P45) + f"""

当日は１９時に市民体育館へ集合と伺っております。
ご案内は総務部でとりまとめて各人に伝えます。
{_SIG_UKAI}
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "five employees' names with their department only, to the election board: a "
                "list of people, but no contact details or identifiers",
    },
]

# ---------------------------------------------------------------------------- 046-060
_P52 = _people(9, "052")
_P53 = _people(4, "053")

_PART4 = [
    {
        "id": "shiyakusho-046",
        "charset": "iso-2022-jp",
        "sender": "鵜飼 敏之 <ukai@hinode-sangyo.co.jp>",
        "to": ["南雲町 税務住民課 <zeimu-jumin@town.nagumo.lg.jp>"],
        "subject": "課税証明書の郵送請求（手数料のお支払いについて）",
        "body": f"""南雲町役場 税務住民課
証明ご担当者様

お世話になっております。日の出産業株式会社 総務部の鵜飼と申します。

本日、弊社従業員からの委任状を添えて課税証明書（令和７年度）１通の
郵送請求書をお送りしました。
定額小為替の用意が間に合わず、大変恐縮ですが、手数料３００円を
下記の法人カードでお支払いすることは可能でしょうか。

　カード番号：{card_number(SEED + 101)}
　有効期限　：09/28
　名義　　　：HINODE SANGYO CO LTD / TOSHIYUKI UKAI

難しい場合は、別の方法をご指示いただければ対応いたします。
{_SIG_UKAI}
""",
        "expect": "stop",
        "entities": ["CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "a credit card number with expiry written into a mail to a town office",
    },
    {
        "id": "shiyakusho-047",
        "charset": "cp932",
        "sender": "鵜飼 敏之 <ukai@hinode-sangyo.co.jp>",
        "to": ["南雲町 税務住民課 <zeimu-jumin@town.nagumo.lg.jp>"],
        "subject": "Re: 課税証明書の郵送請求（手数料のお支払いについて）",
        "body": f"""南雲町 税務住民課
仁科様

ご丁寧にご案内いただきありがとうございました。
ご指示のとおり、本日、定額小為替３００円分と返信用封筒（切手貼付済）を
簡易書留にてお送りしました。

先日のメールに記載したカード情報は破棄していただけますと幸いです。
大変失礼いたしました。

引き続きよろしくお願いいたします。
{_SIG_UKAI}

> 日の出産業株式会社　鵜飼様
> 当町ではカード決済による郵送請求はお受けしておりません。
> 定額小為替または現金書留にてお送りください。
> 南雲町役場 税務住民課　仁科
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "follow-up without the card number: ordinary mail",
    },
    {
        "id": "shiyakusho-048",
        "charset": "utf-8",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["白鷺市 市民税課 <shiminzei@city.shirasagi.lg.jp>"],
        "subject": "扶養親族の障害者控除に関するご照会への回答",
        "body": f"""白鷺市 市民税課 ご担当者様

お世話になっております。日の出産業 人事部 給与グループの栗栖です。
給与支払報告書の記載についてご照会のあった件、以下のとおり回答いたします。

＜従業員＞ 瀬戸口 隆之（受給者番号 H31288）
＜対象の扶養親族＞ 瀬戸口 恵美（妻）
　・身体障害者手帳 １級（下肢機能障害）の交付を受けており、同居しております
　・このため「同居特別障害者」として報告書を作成しました
＜添付予定＞ 障害者手帳の写し（本人同意済み、別途郵送）

報告書の摘要欄への記載が漏れており、失礼いたしました。
{_SIG_KURISU}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "names an employee's wife with her physical disability grade (障害, 要配慮)",
    },
    {
        "id": "shiyakusho-049",
        "charset": "iso-2022-jp",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["霞野市 課税課 <kazei@city.kasumino.lg.jp>"],
        "subject": "扶養親族の所得に関するご照会（回答）",
        "body": f"""霞野市 課税課 市民税第二係
西園寺様

お世話になっております。日の出産業の栗栖です。
扶養控除の重複についてご照会のありました件、回答いたします。

　従業員　　：柊 拓海
　扶養親族　：柊 奈々（長女）　生年月日 平成１６年１０月５日
　続柄　　　：子（特定扶養親族）
　本人申告の所得見込額：アルバイト収入 年間約１０５万円

年末調整時の扶養控除等申告書では上記のとおり申告を受けております。
重複の相手方については弊社では把握しておりません。
{_SIG_KURISU}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one employee and one dependant's details to the tax office that asked: two "
                "people, may warn",
    },
    {
        "id": "shiyakusho-050",
        "charset": "utf-8",
        "sender": "嶋 亜希子 <shima@osaka.hinode-sangyo.co.jp>",
        "to": ["柚木市 保育幼稚園課 <hoiku@city.yunoki.lg.jp>"],
        "subject": "就労証明書（電子提出）",
        "body": f"""柚木市 こども部 保育幼稚園課 御中

お世話になっております。
日の出産業株式会社 大阪支店 総務課の嶋でございます。

弊社従業員の就労証明書をお送りいたします。
PDFにはパスワードを設定しており、パスワードはお電話でお伝えいたします。
{_SIG_SHIMA}
""",
        "attachments": [{
            "kind": "pdf", "name": "就労証明書_R8入所.pdf", "password": "yunoki0410",
            "lines": ["就労証明書", "本人氏名：汐見 詩織", "生年月日：平成元年7月30日",
                      "住所：大阪府柚木市栄町2-5-18"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF: cannot be inspected",
    },
    {
        "id": "shiyakusho-051",
        "charset": "cp932",
        "sender": "嶋 亜希子 <shima@osaka.hinode-sangyo.co.jp>",
        "to": ["北浜市 保育課 入所係 <hoiku@city.kitahama.lg.jp>"],
        "subject": "Re: 就労証明書の記載内容の確認",
        "body": f"""北浜市 保育課 入所係
ご担当者様

お世話になっております。日の出産業 大阪支店の嶋です。

ご指摘のあった「育児短時間勤務の予定」欄の件、確認いたしました。
訂正後の証明書は本日ご本人に直接お渡しし、ご本人から窓口へ
提出していただくことになりました。

お手数をおかけしました。
{_SIG_SHIMA}

差出人: 北浜市 保育課 入所係 <hoiku@city.kitahama.lg.jp>
送信日時: 2025年11月20日 13:05
宛先: shima@osaka.hinode-sangyo.co.jp
件名: 就労証明書の記載内容の確認

日の出産業株式会社 嶋様
先日ご提出いただいた城之内様の就労証明書について、
復職後の短時間勤務の予定欄が空欄となっております。
ご確認のうえ訂正をお願いいたします。
北浜市 保育課 入所係　堀之内（TEL 047-399-1450）
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "procedural reply; the employee is named only in the quoted city mail",
    },
    {
        "id": "shiyakusho-052",
        "charset": "utf-8",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 給与サポート 戸叶様 <tokano@tsubasa-system.jp>"],
        "subject": "中途入社者９名の給与マスタ登録データ",
        "body": f"""戸叶様

お世話になっております。日の出産業の栗栖です。
１０月入社の９名分の給与マスタ登録データをZIPでお送りします。
個人番号と住民税の特別徴収先（前職からの引継ぎ分）を含んでいます。
登録が完了しましたらご連絡ください。
{_SIG_KURISU}
""",
        "attachments": [{
            "kind": "zip", "name": "master_202510.zip",
            "files": [{"kind": "csv", "name": "master_202510.csv", "encoding": "utf-8",
                       "rows": [["社員番号", "氏名", "カナ", "生年月日", "個人番号", "住所",
                                 "特徴先市区町村", "住民税月額"]]
                               + [[p["emp"], p["name"], p["kata"], p["dob_iso"],
                                   my_number(SEED + k), p["addr"], p["city"], p["month"]]
                                  for k, p in zip(range(9, 18), _P52)]}],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "plain ZIP of a CSV with nine new hires' My Numbers and addresses to the payroll "
                "vendor (list + identifier)",
    },
    {
        "id": "shiyakusho-053",
        "charset": "iso-2022-jp",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>"],
        "subject": "異動届 個人番号の確認（４名）",
        "body": f"""水無瀬さん

お疲れさまです。栗栖です。
今月の退職者４名の異動届、個人番号を転記したので照合をお願いします。

""" + "\n".join(f"{p['emp']} {p['name']:<8} {my_number(SEED + k)}  {p['city']}"
                for k, p in zip(range(18, 22), _P53)) + """

照合後はこのメールを削除してください。
栗栖
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": [],
        "note": "My Numbers between two HR staff only: all recipients internal",
    },
    {
        "id": "shiyakusho-054",
        "charset": "utf-8",
        "sender": "鵜飼 敏之 <ukai@hinode-sangyo.co.jp>",
        "to": ["朝霧市選挙管理委員会事務局 <senkyo@city.asagiri.lg.jp>",
               "北浜市選挙管理委員会 <senkan@city.kitahama.lg.jp>"],
        "cc": ["霞野市選挙管理委員会 <senkyo-iinkai@city.kasumino.lg.jp>"],
        "subject": "選挙事務従事に関する弊社の取扱いについて",
        "body": f"""各市選挙管理委員会 ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の鵜飼です。

複数の市から、弊社社員への投票管理者・立会人・事務従事のご依頼をいただいており
ますので、弊社の取扱いをまとめてお知らせいたします。

１．投票立会人・投票管理者：特別休暇（有給）として扱います
２．期日前投票所・開票事務：本人の希望により、休日出勤扱いとはしません
３．謝金：市から本人へ直接お支払いください（会社経由は不要です）
４．依頼文書：総務部 鵜飼宛にお送りください

ご不明な点があればお問い合わせください。
{_SIG_UKAI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three city election boards in To/Cc see each other (should have been Bcc)",
    },
    {
        "id": "shiyakusho-055",
        "charset": "iso-2022-jp",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["朝霧市 子育て支援課 手当係 <kosodate-shien@city.asagiri.lg.jp>"],
        "cc": ["保科 航 <hoshina.wataru@gmail.com>"],
        "subject": "児童手当の受給者変更に伴う書類について",
        "body": f"""朝霧市 子育て支援課 手当係
ご担当者様
（cc：保科様）

お世話になっております。日の出産業 人事部の水無瀬です。

弊社従業員の保科様より、児童手当の受給者を配偶者から本人へ変更する
手続きについて相談を受けました。
勤務先として提出が必要な書類がございましたら、ご教示いただけますでしょうか。
ご本人も手続きの流れを把握したいとのことで、ccに入れております。
{_SIG_MINASE}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient", "multiple_external_domains"],
        "note": "a city office and the employee's own gmail: two parties, no one's data",
    },
    {
        "id": "shiyakusho-056",
        "charset": "cp932",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["朝霧市 納税課 滞納整理係 <nouzei@city.asagiri.lg.jp>"],
        "subject": "給与差押えに係る弊社の事務処理について",
        "body": f"""朝霧市 財務部 納税課 滞納整理係
ご担当者様

お世話になっております。日の出産業の栗栖です。
滞納処分による給与差押えについて、弊社の事務処理の流れを確認したいとの
お話でしたので、社内の要領をお送りします。
取立金の振込日や差押可能額の計算方法をご確認いただけますと幸いです。
{_SIG_KURISU}
""",
        "attachments": [{
            "kind": "docx", "name": "債権差押対応要領.docx", "title": "債権差押対応要領",
            "page_header": "部外秘　人事部", "page_footer": "日の出産業株式会社　部外秘",
            "paragraphs": ["債権差押対応要領（人事部）",
                           "1. 差押命令・差押通知書を受領したら、受付日時を記録し人事部長に報告する。",
                           "2. 差押可能額は、支給額から所得税・住民税・社会保険料を控除した額の4分の1とする。",
                           "3. 取立金は給与支給日の翌営業日に振り込む。",
                           "4. 本人への通知は人事部長が面談により行う。"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX whose header and footer carry 部外秘, sent to a city office",
    },
    {
        "id": "shiyakusho-057",
        "charset": "utf-8",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["白鷺市 市民税課 <shiminzei@city.shirasagi.lg.jp>"],
        "subject": "Re: 打合せ資料のご送付について",
        "body": f"""白鷺市 市民税課 ご担当者様

お世話になっております。日の出産業の水無瀬です。

先日の打合せで画面にお示しした社内フロー図ですが、社外秘の資料のため、
データでのご送付は控えさせていただけますと幸いです。
代わりに、要点を以下にまとめました。

・異動届は毎月末締めで翌月１０日までに郵送
・退職者の一括徴収の要否は、最終給与の支給月で判定
・eLTAXでの異動届提出は来年度から開始予定

ご理解のほど、よろしくお願いいたします。
{_SIG_MINASE}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions 社外秘 only in passing (declining to send a document): not a marking",
    },
    {
        "id": "shiyakusho-058",
        "charset": "iso-2022-jp",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["鳴海台市 市民税課 <shiminzei-k@city.narumidai.lg.jp>"],
        "subject": "海外転出者の住民税について（回答）",
        "body": f"""鳴海台市 市民税課
ご担当者様

お世話になっております。日の出産業株式会社 人事部の水無瀬です。
ご照会のありました弊社従業員の海外赴任について、回答いたします。

　氏名　　　　：鬼頭 大輔（KITO DAISUKE）
　旅券番号　　：TZ4418203
　出国（予定）日：令和８年２月１４日
　赴任先　　　：シンガポール現地法人
　住民税　　　：令和７年度残額は２月支給給与で一括徴収予定

転出届は本人が今月中に提出する予定です。
{_SIG_MINASE}
""",
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "an employee's passport number sent to a city office (identity document)",
    },
    {
        "id": "shiyakusho-059",
        "charset": "cp932",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["朝霧市 市民税課 <tokucho@city.asagiri.lg.jp>"],
        "subject": "納税管理人申告書の提出について",
        "body": f"""朝霧市 財務部 市民税課 ご担当者様

お世話になっております。日の出産業 人事部の水無瀬です。

弊社従業員の磯貝 昌平が令和８年３月末にドイツへ赴任するため、
納税管理人申告書を本日郵送いたしました。
納税管理人は弊社人事部長の穂積が務めます。

本人の出国予定日は３月２８日、赴任期間は３年の予定です。
納付書の送付先は弊社人事部宛でお願いいたします。
{_SIG_MINASE}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "one employee's departure date for a 納税管理人 filing: one person, nothing more",
    },
    {
        "id": "shiyakusho-060",
        "charset": "utf-8",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 長谷部様 <hasebe@midori-ginkou.co.jp>"],
        "subject": "住民税納入（６月分）の総合振込について",
        "body": f"""みどり銀行 法人営業部
長谷部様

いつもお世話になっております。日の出産業の栗栖です。
６月分の住民税の納入を、例年どおり総合振込で依頼いたします。
振込指定日は７月１０日です。

納入先                  金額
----------------------  -----------
朝霧市                    1,284,600
北浜市                      512,300
白鷺市                      448,900
霞野市                      931,700
大田区                      207,500
品川区                      169,200
鳴海台市                     88,400
柚木市                      133,100
----------------------  -----------
合計                      3,775,700

納入書は本日、支店窓口に持参いたします。
{_SIG_KURISU}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "partner bank midori-ginko.co.jp mistyped as midori-ginkou.co.jp (letter added)",
    },
]

# ---------------------------------------------------------------------------- 061-075
_P62 = _people(6, "062", city="北浜市")
_P68 = _people(7, "068", city="白鷺市")
_P70 = _people(6, "070", city="白鷺市")

_PART5 = [
    {
        "id": "shiyakusho-061",
        "charset": "iso-2022-jp",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 長谷部様 <hasebe@midori-ginko.co.jp>"],
        "subject": "Re: 住民税納入（６月分）の総合振込について",
        "body": f"""長谷部様

お世話になっております。日の出産業の栗栖です。
先ほどのメールは宛先を誤って送信してしまいました。改めてお送りします。

６月分住民税の納入（総合振込、振込指定日７月１０日）
　朝霧市　1,284,600円／北浜市　512,300円／白鷺市　448,900円／霞野市　931,700円
　大田区　207,500円／品川区　169,200円／鳴海台市　88,400円／柚木市　133,100円
　合計　3,775,700円

振込元口座は従来どおり本店営業部の当座預金です。
よろしくお願いいたします。
{_SIG_KURISU}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "payment amounts per municipality to the partner bank at its real domain: "
                "businesses, not people",
    },
    {
        "id": "shiyakusho-062",
        "charset": "utf-8",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["北浜市 税務課 市民税係 <zeimu@city.kitahama.lg.jp>"],
        "subject": "市内転居者の住所変更について",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>北浜市 総務部 税務課 市民税係<br>ご担当者様</p>
<p>いつもお世話になっております。日の出産業株式会社 人事部の水無瀬です。<br>
市内で転居した従業員の住所変更について、下表のとおりご連絡いたします。<br>
税額決定通知書（納税義務者用）の送付先の更新をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>No.</th><th>氏名</th><th>フリガナ</th><th>新住所</th><th>転居日</th><th>連絡先</th></tr>
""" + "\n".join(f"<tr><td>{i+1}</td><td>{p['name']}</td><td>{p['kata']}</td><td>〒{p['zip']} {p['addr']}</td>"
                f"<td>2025/0{i+4}/{(i * 5) % 27 + 1:02d}</td><td>{p['tel']}</td></tr>" for i, p in enumerate(_P62)) + """
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 人事課　水無瀬 佳織<br>TEL 03-5999-2101</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of six employees' new addresses and mobiles (list)",
    },
    {
        "id": "shiyakusho-063",
        "charset": "utf-8",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["東新橋税理士法人 大河内様 <okochi@higashishimbashi-tax.jp>"],
        "subject": "住民税特別徴収 市区町村別集計（R7年度）",
        "html": """<html><body>
<p>大河内様</p>
<p>いつもお世話になっております。日の出産業の栗栖です。<br>
ご依頼の市区町村別の特別徴収集計をお送りします（人数と年税額の合計のみです）。</p>
<table border="1">
<thead><tr><th>市区町村</th><th>納税義務者数</th><th>年税額合計（円）</th><th>前年比</th></tr></thead>
<tbody>
<tr><td>朝霧市</td><td>59</td><td>15,415,200</td><td>+3.1%</td></tr>
<tr><td>北浜市</td><td>24</td><td>6,147,600</td><td>-0.8%</td></tr>
<tr><td>白鷺市</td><td>19</td><td>5,386,800</td><td>+1.2%</td></tr>
<tr><td>霞野市</td><td>37</td><td>11,180,400</td><td>+4.4%</td></tr>
<tr><td>大田区</td><td>8</td><td>2,490,000</td><td>+0.2%</td></tr>
<tr><td>品川区</td><td>6</td><td>2,030,400</td><td>-2.5%</td></tr>
<tr><td>その他（12団体）</td><td>21</td><td>5,322,900</td><td>+1.9%</td></tr>
</tbody></table>
<p>決算の注記に必要な数字が他にもあればお知らせください。</p>
<p>日の出産業株式会社 人事部 給与グループ 栗栖 亮<br>TEL 03-5999-2105</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML table of municipalities with counts and totals: statistics, no person",
    },
    {
        "id": "shiyakusho-064",
        "charset": "cp932",
        "sender": "穂積 達郎 <hozumi.t@hinode-sangyo.co.jp>",
        "to": ["白鷺市 市民税課 特別徴収係 <shiminzei@city.shirasagi.lg.jp>"],
        "subject": "懲戒解雇者の特別徴収について",
        "body": f"""白鷺市 市民税課 特別徴収係 ご担当者様

日の出産業株式会社 人事部長の穂積でございます。

弊社従業員であった 猪狩 誠（宛名番号 0044-190327、昭和５７年５月１２日生）は、
本年９月に窃盗の容疑で逮捕され、その後起訴されたため、１０月２０日付で
懲戒解雇といたしました。

最終給与から未徴収税額の一括徴収を行うことができなかったため、
残額については普通徴収への切替をお願いいたします。
異動届出書は本日郵送いたしました。
{_SIG_HOZUMI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named former employee's arrest and prosecution (刑事手続, 要配慮)",
    },
    {
        "id": "shiyakusho-065",
        "charset": "iso-2022-jp",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["霞野市 課税課 市民税第二係 <kazei@city.kasumino.lg.jp>"],
        "subject": "給与所得者異動届出書の送付（３名分）",
        "body": f"""霞野市 課税課 市民税第二係 御中

いつもお世話になっております。日の出産業株式会社 人事部の水無瀬です。

１０月末の退職者３名分の給与所得者異動届出書を、本日普通郵便にて送付いたしました。
３名とも１１月支給の最終給与にて一括徴収いたします。
送付状を念のため添付いたします。
{_SIG_MINASE}
""",
        "attachments": [{
            "kind": "txt", "name": "送付状.txt", "encoding": "cp932",
            "text": """送付状

霞野市 課税課 市民税第二係 御中

令和７年１１月４日
日の出産業株式会社 人事部

下記書類を送付いたします。ご査収のほどよろしくお願いいたします。

　給与所得者異動届出書　３通
　（特別徴収義務者指定番号 201-88342）

以上
""",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "cover letter for three forms sent by post: counts and the employer number only",
    },
    {
        "id": "shiyakusho-066",
        "charset": "utf-8",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["大山総合法律事務所 柘植様 <tsuge@ooyama-sogo-law.jp>"],
        "subject": "陳述書（写し）の送付",
        "body": f"""柘植先生

お世話になっております。日の出産業の栗栖です。
裁判所に提出した陳述書の写しをスキャンしてお送りします。
原本の控えは弊社で保管いたします。
{_SIG_KURISU}
""",
        "attachments": [{"kind": "corrupt", "name": "chinjutsusho_scan_20251104.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the scanned PDF is corrupt: cannot be inspected",
    },
    {
        "id": "shiyakusho-067",
        "charset": "cp932",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["霞野市 課税課 市民税第二係 <kazei@city.kasumino.lg.jp>"],
        "subject": "特別徴収切替申請書の提出",
        "body": f"""霞野市 課税課 市民税第二係
西園寺様

お世話になっております。日の出産業の栗栖です。
先日お電話でご相談した中途入社者１名の特別徴収切替申請書をお送りします。
１２月分の給与から特別徴収を開始いたします。
{_SIG_KURISU}
""",
        "attachments": [{
            "kind": "pdf", "name": "tokucho_kirikae_shinsei.pdf", "title": "特別徴収切替申請書",
            "lines": ["特別徴収への切替申請書", "霞野市長　あて", "",
                      "特別徴収義務者：日の出産業株式会社（指定番号 201-88342）",
                      "", "納税義務者",
                      "　氏名　　：一ノ瀬 沙織（イチノセ サオリ）",
                      "　生年月日：1997年12月1日",
                      "　住所　　：東京都霞野市西町4-19-3 メゾン桜木101",
                      "　入社日　：2025年10月16日",
                      "", "特別徴収開始月：令和7年12月",
                      "普通徴収の納付状況：第2期まで納付済（領収書写し添付）"],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one new hire's application form (PDF) to her city: one person's record, may warn",
    },
    {
        "id": "shiyakusho-068",
        "charset": "utf-8",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["高峰社会保険労務士事務所 小木曽様 <ogiso@sr-takamine.jp>"],
        "subject": "白鷺市からの照会メール（添付）",
        "body": f"""小木曽様

お世話になっております。水無瀬です。
白鷺市から届いた照会メールをそのまま添付します。
７名とも前年の給与支払報告書の記載内容について確認を求められていますので、
回答案の作成をお願いできますでしょうか。
{_SIG_MINASE}
""",
        "attachments": [{
            "kind": "eml", "name": "白鷺市_給与支払報告書の照会.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "白鷺市 市民税課 <shiminzei@city.shirasagi.lg.jp>",
                "to": ["minase.k@hinode-sangyo.co.jp"],
                "subject": "給与支払報告書の記載内容について（照会）",
                "body": "日の出産業株式会社 給与ご担当者様\n\n"
                        "下記の方について、報告書記載の住所・生年月日をご確認ください。\n\n"
                        + "\n".join(f"{p['name']}　{p['dob_w']}　{p['addr']}　支払金額 "
                                    f"{_yen(p['salary'] * 13)}円" for p in _P68)
                        + "\n\n白鷺市 市民税課　楢崎\n",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "attached .eml carries a city list of seven employees with birth dates and "
                "addresses, passed on to the 社労士 (list)",
    },
    {
        "id": "shiyakusho-069",
        "charset": "iso-2022-jp",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["穂積 達郎 <hozumi.t@hinode-sangyo.co.jp>"],
        "subject": "白鷺市福祉事務所からの照会（苫米地さん）",
        "body": """穂積部長

お疲れさまです。栗栖です。
白鷺市の福祉事務所から生活保護法29条の照会が来ています。
苫米地さん（物流センター、契約社員）は２型糖尿病で月２回通院しており、
通院日は無給欠勤になっています。回答にこの事情を書くべきか、ご判断をお願いします。

給与明細の写し３か月分は回答書に添付予定です。
栗栖
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health information about an employee, but only to an internal manager",
    },
    {
        "id": "shiyakusho-070",
        "charset": "cp932",
        "sender": "鵜飼 敏之 <ukai@hinode-sangyo.co.jp>",
        "to": ["白鷺市 健康づくり課 <kenko@city.shirasagi.lg.jp>"],
        "subject": "出張がん検診 受診者の結果について",
        "body": f"""白鷺市 保健部 健康づくり課
ご担当者様

お世話になっております。日の出産業株式会社 総務部の鵜飼です。

先月の出張がん検診（弊社白鷺事業所）で「要精密検査」となった者について、
市からの受診勧奨に協力するため、本人の同意を得ずに恐縮ですが
社内で把握している状況を一覧にしました。

""" + "\n".join(f"{p['name']}（{p['dob_s']}生）　{['胃がん検診：要精検（胃透視で隆起性病変）', '大腸がん検診：便潜血陽性', '肺がん検診：要精検（右上葉に結節影）', '乳がん検診：要精検（カテゴリー4）', '大腸がん検診：便潜血陽性（2回中2回）', '胃がん検診：要精検'][i]}　内線 {4100 + i * 7}"
                for i, p in enumerate(_P70)) + f"""

精密検査の受診状況は、把握でき次第お知らせいたします。
{_SIG_UKAI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "six named employees' cancer screening results (health check results: list and "
                "要配慮)",
    },
    {
        "id": "shiyakusho-071",
        "charset": "utf-8",
        "sender": "鵜飼 敏之 <ukai@hinode-sangyo.co.jp>",
        "to": ["白鷺市 健康づくり課 <kenko@city.shirasagi.lg.jp>"],
        "subject": "出張がん検診（２月）の申込人数について",
        "body": f"""白鷺市 保健部 健康づくり課
ご担当者様

お世話になっております。日の出産業 総務部の鵜飼です。
２月の出張がん検診の申込状況をお知らせします。

　胃がん検診　　　１８名
　大腸がん検診　　３２名
　肺がん検診　　　２７名
　乳がん検診　　　　９名（女性のみ）

検診車の駐車位置は前回と同じく第２駐車場でお願いします。
受診票は各自が当日持参いたします。
{_SIG_UKAI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "headcounts for a screening bus, no individual: statistics",
    },
    {
        "id": "shiyakusho-072",
        "charset": "iso-2022-jp",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["大山総合法律事務所 柘植様 <tsuge@ooyama-sogo-law.jp>",
               "鳴海台市 納税課 <nouzei@city.narumidai.lg.jp>"],
        "cc": ["高峰社会保険労務士事務所 小木曽様 <ogiso@sr-takamine.jp>"],
        "subject": "差押えの競合に伴う今後の取扱いについて",
        "body": f"""大山総合法律事務所 柘植先生
鳴海台市 納税課 ご担当者様
（cc：高峰社労士事務所 小木曽様）

お世話になっております。日の出産業 人事部の栗栖です。

弊社従業員 八木沼 亜紀 の給料債権について、大山総合法律事務所様からの債権差押命令
（令和７年(ル)第１２３４号）と、鳴海台市様の滞納処分による差押えが競合する状態と
なりました。

　月額給与（手取り）　　　　236,400円
　差押可能額（４分の１）　　 59,100円

弊社としては供託を検討しておりますが、配当の順序について関係各位のご意見を
伺いたく、まとめてご連絡いたしました。
{_SIG_KURISU}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["external_recipients_visible", "multiple_external_domains",
                      "personal_data"],
        "note": "law firm, city tax office and 社労士 all visible in To/Cc (three external parties)",
    },
    {
        "id": "shiyakusho-073",
        "charset": "cp932",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["高峰社会保険労務士事務所 小木曽様 <ogiso@sr-takamine.jp>"],
        "cc": ["白川法律事務所 芦田先生 <ashida@shirakawa-law.jp>"],
        "subject": "差押えと社会保険料控除の順序について",
        "body": f"""小木曽様
（cc：白川法律事務所 芦田先生）

お世話になっております。日の出産業の栗栖です。

給与差押えがある月に社会保険料の調整（随時改定による差額徴収）が発生した場合、
差押可能額の計算で差額分も控除してよいかという点で、社内の意見が分かれております。

法的な整理は芦田先生に、実務上の取扱いは小木曽様にご確認いただければと思い、
お二方にお送りしております。個別の従業員の情報は含めておりません。
{_SIG_KURISU}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a 社労士 and the partner law firm in To/Cc: two external organisations, no data",
    },
    {
        "id": "shiyakusho-074",
        "charset": "utf-8",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["朝霧市 市民税課 真壁様 <makabe.t@city.asagiri.lg.jp>"],
        "subject": "住所確認書類（免許証記載事項）について",
        "body": f"""朝霧市 市民税課
真壁様

お世話になっております。日の出産業の水無瀬です。
居住実態の確認のため、本人確認書類の記載事項をとのことでしたので、
本人の了解を得て、入社時に提出を受けた運転免許証の記載事項をお知らせします。

　氏名　　　　：御手洗 瞳
　生年月日　　：昭和６１年９月１４日
　住所　　　　：神奈川県朝霧市浅間台２丁目８番３３号
　免許証番号　：第 ４６２１０５８３７９１０ 号
　交付　　　　：令和５年１０月２日（有効期限 令和１０年１０月１４日）

ご確認のほどよろしくお願いいたします。
{_SIG_MINASE}
""",
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "an employee's driving licence number (full-width digits) with her address and "
                "birth date (identity document)",
    },
    {
        "id": "shiyakusho-075",
        "charset": "iso-2022-jp",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["杠 啓太 <keita.yuzuriha@ezweb.ne.jp>"],
        "subject": "Re: 所得証明書の代わりになるもの",
        "body": f"""杠 様

人事部の水無瀬です。お問い合わせありがとうございます。

住宅ローンの審査で所得を証明する書類としては、
　・市役所で発行される所得証明書（課税証明書）
　・会社が発行する源泉徴収票（前年分）
のいずれかを求められることが多いです。

源泉徴収票の再発行は人事部で対応できますので、必要部数をお知らせください。
郵送先はご自宅でよろしいでしょうか。
所得証明書は市役所の窓口のほか、マイナンバーカードがあればコンビニでも取得できます。
{_SIG_MINASE}

> 人事部 水無瀬さま
> 住宅ローンの申込みで所得証明を求められています。会社で出してもらえるものはありますか。
> 杠
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one employee's carrier mail address about documents; no data",
    },
]

# ---------------------------------------------------------------------------- 076-090
_P76 = _people(5, "076", city="北浜市")
_P77 = _people(4, "077", city="霞野市")
_P81 = _people(10, "081", city="鳴海台市")
_P82 = _people(2, "082", city="朝霧市")
_P85 = _people(3, "085")
_P87 = _people(7, "087", city="霞野市")
_P88 = _people(6, "088", city="北浜市")

_PART6 = [
    {
        "id": "shiyakusho-076",
        "charset": "utf-8",
        "sender": "嶋 亜希子 <shima@osaka.hinode-sangyo.co.jp>",
        "to": ["北浜市 保育課 入所係 <hoiku@city.kitahama.lg.jp>"],
        "subject": "在籍・勤務状況の一括確認について（回答）",
        "body": f"""北浜市 こども未来部 保育課 入所係
堀之内様

お世話になっております。日の出産業 大阪支店 総務課の嶋です。
保育所の継続入所審査に伴う在籍確認の件、５名分をWordの表にまとめてお送りします。
{_SIG_SHIMA}
""",
        "attachments": [{
            "kind": "docx", "name": "在籍確認回答_北浜市.docx",
            "paragraphs": ["在籍・勤務状況確認書（回答）", "北浜市長　様",
                           "日の出産業株式会社　大阪支店長", ""],
            "tables": [[["氏名", "生年月日", "住所", "雇用形態", "週所定労働時間", "育休等"]]
                       + [[p["name"], p["dob_w"], p["addr"],
                           ["正社員", "正社員", "契約社員", "正社員", "パート"][i],
                           ["40時間", "32時間（短時間勤務）", "40時間", "35時間", "24時間"][i],
                           ["なし", "R7.4.1復職", "なし", "なし", "なし"][i]]
                          for i, p in enumerate(_P76)]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "DOCX table of five employees' birth dates, addresses and working hours (list)",
    },
    {
        "id": "shiyakusho-077",
        "charset": "cp932",
        "sender": "嶋 亜希子 <shima@osaka.hinode-sangyo.co.jp>",
        "to": ["霞野市 子ども家庭支援課 <kodomo@city.kasumino.lg.jp>"],
        "subject": "勤務状況の確認について（４名）",
        "body": f"""霞野市 子ども家庭支援課
ご担当者様

お世話になっております。日の出産業株式会社 大阪支店 総務課の嶋です。
学童クラブの入会審査に伴う勤務状況のご確認について、下記のとおり回答いたします。

""" + "\n".join(f"　{i+1}．{p['name_z']}（{p['dob_w']}生）　{['正社員・フルタイム', '正社員・時短勤務（9:30-16:00）', '契約社員・週4日', '正社員・フルタイム（在宅勤務週2日）'][i]}"
                for i, p in enumerate(_P77)) + f"""

４名とも現在在籍しており、休職中の者はおりません。
{_SIG_SHIMA}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "four employees' names, birth dates and work patterns: under five people, warn "
                "at most",
    },
    {
        "id": "shiyakusho-078",
        "charset": "utf-8",
        "sender": "穂積 達郎 <hozumi.t@hinode-sangyo.co.jp>",
        "to": ["朝霧市 子育て支援課 企画係 <kosodate-kikaku@city.asagiri.lg.jp>"],
        "subject": "企業事例発表会の資料（日の出産業）",
        "body": f"""朝霧市 子育て支援課 企画係
ご担当者様

お世話になっております。日の出産業 人事部長の穂積です。
来月の「子育てにやさしい企業」事例発表会で使用するスライドをお送りします。
事前確認用として、社内検討版のままお送りしております。
{_SIG_HOZUMI}
""",
        "attachments": [{
            "kind": "pptx", "name": "事例発表_日の出産業_検討版.pptx",
            "title": "仕事と育児の両立支援の取組", "page_footer": "社外秘　日の出産業株式会社 人事部",
            "slides": [["仕事と育児の両立支援の取組", "日の出産業株式会社 人事部", "2026年2月"],
                       ["育児休業の取得状況", "男性取得率 2023年 18% → 2025年 64%",
                        "平均取得日数 男性 41日 / 女性 352日"],
                       ["今後の課題", "管理職の代替要員の確保", "次期賃金制度での評価の扱い（検討中）"]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "slide deck with a 社外秘 footer on every slide, sent to a city office",
    },
    {
        "id": "shiyakusho-079",
        "charset": "iso-2022-jp",
        "sender": "穂積 達郎 <hozumi.t@hinode-sangyo.co.jp>",
        "to": ["朝霧市 子育て支援課 企画係 <kosodate-kikaku@city.asagiri.lg.jp>"],
        "subject": "Re: 企業事例発表会の資料（日の出産業）",
        "body": f"""朝霧市 子育て支援課 企画係
ご担当者様

お世話になっております。穂積です。
ご指摘のとおり検討版の表記が残っておりましたので、公開用に修正した版をお送りします。
市のホームページへの掲載もこちらの版でお願いいたします。
{_SIG_HOZUMI}
""",
        "attachments": [{
            "kind": "pptx", "name": "事例発表_日の出産業_公開版.pptx",
            "title": "仕事と育児の両立支援の取組",
            "slides": [["仕事と育児の両立支援の取組", "日の出産業株式会社 人事部", "2026年2月"],
                       ["育児休業の取得状況", "男性取得率 2023年 18% → 2025年 64%",
                        "平均取得日数 男性 41日 / 女性 352日"],
                       ["主な制度", "子の看護等休暇（小学校卒業まで）", "短時間勤務（小学3年生まで）",
                        "在宅勤務（週2日まで）"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the public version of the slides: no marking, aggregate figures only",
    },
    {
        "id": "shiyakusho-080",
        "charset": "cp932",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 芦田先生 <ashida@shirakawa-law.jp>"],
        "subject": "差押関係書類一式",
        "body": f"""芦田先生

お世話になっております。日の出産業の栗栖です。
差押命令、陳述書控え、給与明細（６か月分）をまとめてお送りします。
ZIPのパスワードは、いつものルールでお送りします。
{_SIG_KURISU}
""",
        "attachments": [{
            "kind": "zip", "name": "sashiosae_ichishiki.zip", "password": "Ash1da!0412",
            "files": [{"kind": "pdf", "name": "差押命令.pdf", "lines": ["債権差押命令", "債務者 左近司 悠人"]},
                      {"kind": "xlsx", "name": "給与明細_6か月.xlsx",
                       "sheets": {"明細": [["月", "総支給", "手取り"], ["4月", 318000, 251640]]}}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP to the partner law firm: cannot be inspected",
    },
    {
        "id": "shiyakusho-081",
        "charset": "cp932",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["鳴海台市 市民税課 <shiminzei-k@city.narumidai.lg.jp>"],
        "subject": "名古屋工場 従業員の特別徴収税額の確認",
        "body": f"""鳴海台市 市民税課 ご担当者様

お世話になっております。日の出産業株式会社 人事部の水無瀬です。

４月の工場移転に伴い、貴市に転入した従業員の特別徴収税額を確認させていただきたく、
弊社で把握している宛名番号と住所の一覧をお送りします（旧形式のExcelで失礼します）。
貴市の税額決定通知と差異がないかご確認いただけますでしょうか。
{_SIG_MINASE}
""",
        "attachments": [{
            "kind": "xls", "name": "narumidai_tokucho.xls",
            "sheets": {"R7": [["宛名番号", "氏名", "カナ", "住所", "年税額", "月額(7月以降)"]]
                             + [[f"23-{50211 + i * 37}", p["name"], p["kata"], p["addr"],
                                 p["nen"], p["month"]] for i, p in enumerate(_P81)]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of ten employees' addresses and tax amounts to a city office (list)",
    },
    {
        "id": "shiyakusho-082",
        "charset": "iso-2022-jp",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["朝霧市 市民税課 <tokucho@city.asagiri.lg.jp>"],
        "subject": "市内転居者（２名）のお知らせ",
        "body": f"""朝霧市 市民税課 特別徴収係 御中

お世話になっております。日の出産業の栗栖です。
市内で転居した従業員２名について、お知らせいたします。

""" + "\n".join(f"◇{p['name']}\n　新住所：〒{_zen(p['zip'])} {p['addr']}\n　転居日：令和７年{8 + i}月１日"
                for i, p in enumerate(_P82)) + f"""

いずれも住民票の異動は済んでいるとのことです。
{_SIG_KURISU}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "two employees' new addresses to their city: under five people",
    },
    {
        "id": "shiyakusho-083",
        "charset": "cp932",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["白鷺市 市民税課 楢崎様 <narasaki@city.shirasagi.lg.jp>"],
        "subject": "Re: 給与支払報告書の個人番号の誤りについて",
        "body": f"""白鷺市 市民税課
楢崎様

ご連絡ありがとうございます。日の出産業の水無瀬です。
ご指摘のとおり、扶養親族の個人番号の転記に誤りがございました。
正しい番号は以下のとおりです。大変失礼いたしました。

　従業員　　　比嘉 恵美　　　個人番号　{_zen(_sp(my_number(SEED + 22)))}
　扶養親族　　比嘉 悠人（長男）　平成２６年４月１８日生
　　　　　　　　　　　　　　　　個人番号　{_zen(_sp(my_number(SEED + 23)))}

訂正した報告書はeLTAXで再提出いたします。
{_SIG_MINASE}
""",
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "two My Numbers written in full-width digits with spaces (identifier)",
    },
    {
        "id": "shiyakusho-084",
        "charset": "utf-8",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["白鷺市 市民税課 楢崎様 <narasaki@city.shirasagi.lg.jp>"],
        "subject": "給与支払報告書（訂正分）の再提出について",
        "body": f"""白鷺市 市民税課
楢崎様

お世話になっております。日の出産業の水無瀬です。
訂正分の給与支払報告書をeLTAXで再提出いたしました。

　提出日時　：2026/02/09 10:42
　受付番号　：20260209-1042-58817
　提出者　　：日の出産業株式会社（法人番号 {_HINODE_CORP}）
　対象　　　：１件（訂正）

お手数ですが、受付の確認をお願いいたします。
{_SIG_MINASE}
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "eLTAX receipt number and the company's own 法人番号: no person's data",
    },
    {
        "id": "shiyakusho-085",
        "charset": "iso-2022-jp",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["汐見 彩花 <shiomi.a@hinode-sangy0.co.jp>"],
        "subject": "住民税 変更通知の登録依頼（３名）",
        "body": """汐見さん

お疲れさまです。給与グループの栗栖です。
市区町村から変更通知が届いた３名について、給与システムへの登録をお願いします。

""" + "\n".join(f"{p['emp']}  {p['name']}  {p['addr']}  月額 {_yen(p['month'])}円"
                for p in _P85) + """

今月の締めに間に合えば助かります。
栗栖
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "colleague's address typed with a zero for the o (hinode-sangy0.co.jp): homoglyph "
                "look-alike of the own domain",
    },
    {
        "id": "shiyakusho-086",
        "charset": "utf-8",
        "sender": "鵜飼 敏之 <ukai@hinode-sangyo.co.jp>",
        "to": ["佐々木 翔太 <sasaki.s@hinode-sangyo-co.jp>"],
        "subject": "期日前投票所の従事日程（確定）",
        "body": f"""佐々木さん

お疲れさまです。総務の鵜飼です。
朝霧市選管から従事日程の確定連絡がありました。

　日程：１２月２日（火）～４日（木）　8:15集合／20:15終了予定
　場所：朝霧市役所 本庁舎１階 市民ホール
　持ち物：筆記用具、昼食（会場近くにコンビニあり）

当日の勤怠は「公務（選挙事務）」で登録してください。
{_SIG_UKAI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "hinode-sangyo-co.jp: a hyphen for the dot, look-alike of the own domain",
    },
    {
        "id": "shiyakusho-087",
        "charset": "iso-2022-jp",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["霞野市 課税課 市民税第二係 <kazei@city.kasumino.lg.jp>"],
        "subject": "Re: 給与支払報告書の記載内容の確認について",
        "body": f"""霞野市 課税課 市民税第二係
西園寺様

お世話になっております。日の出産業の栗栖です。
ご照会の件、人事記録で確認した正しい内容を下記にお送りします
（タブ区切りです。Excelに貼り付けてご確認ください）。

宛名番号\t氏名\t生年月日\t住所
""" + "\n".join(f"{13 + i:03d}-{40271 + i * 113}\t{p['name']}\t{p['dob']}\t{p['addr']}"
                for i, p in enumerate(_P87)) + f"""

報告書の住所は入社時のまま更新されていなかったことが原因でした。
申し訳ございません。
{_SIG_KURISU}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "tab-separated list of seven employees with birth dates and addresses in the "
                "new text (list)",
    },
    {
        "id": "shiyakusho-088",
        "charset": "cp932",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["北浜市 税務課 市民税係 <zeimu@city.kitahama.lg.jp>"],
        "subject": "RE: 特別徴収税額の変更通知について",
        "body": f"""北浜市 税務課 市民税係
篠宮様

お世話になっております。日の出産業の水無瀬です。
変更通知の件、承知いたしました。
１１月支給分の給与から変更後の月額で徴収いたします。

よろしくお願いいたします。
{_SIG_MINASE}

差出人: 北浜市 税務課 市民税係 <zeimu@city.kitahama.lg.jp>
送信日時: 2025年10月28日 15:21
宛先: minase.k@hinode-sangyo.co.jp
件名: 特別徴収税額の変更通知について

日の出産業株式会社 給与ご担当者様

下記の方の特別徴収税額を変更しました。変更通知書は本日発送しております。

""" + "\n".join(f"{p['name']}（{p['kana']}）　{p['addr']}　変更後月額 {_yen(p['month'])}円"
                for p in _P88) + """

北浜市 総務部 税務課 市民税係　篠宮
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six-person list sits only in the quoted city mail (差出人/送信日時 block)",
    },
    {
        "id": "shiyakusho-089",
        "charset": "utf-8",
        "sender": "鵜飼 敏之 <ukai@hinode-sangyo.co.jp>",
        "to": ["NPO法人あさぎり就労ネット 定着支援担当 <teichaku@asagiri-shuro.or.jp>"],
        "subject": "定着支援面談の日程と近況について",
        "body": f"""NPO法人あさぎり就労ネット
定着支援ご担当　三枝様

お世話になっております。日の出産業 総務部の鵜飼です。
来月の定着支援面談の前に、近況をお知らせします。

乙部 和也さん（総務部 庶務課、療育手帳B2）
・入社から８か月、郵便物の仕分けと備品管理は安定してこなせています
・９月に一度パニックになり早退しました。主治医からは服薬の調整中と聞いています
・市の障害福祉課から就労状況の照会があり、勤務日数のみ回答済みです

面談は１２月１０日（水）１５時、弊社会議室でお願いできますでしょうか。
{_SIG_UKAI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named employee's intellectual disability certificate and treatment to an "
                "outside support NPO (障害・病歴, 要配慮)",
    },
    {
        "id": "shiyakusho-090",
        "charset": "iso-2022-jp",
        "sender": "鵜飼 敏之 <ukai@hinode-sangyo.co.jp>",
        "to": ["朝霧市 障害福祉課 就労支援係 <shogai-fukushi@city.asagiri.lg.jp>"],
        "subject": "障害者雇用セミナー（１月２２日）参加申込",
        "body": f"""朝霧市 福祉部 障害福祉課 就労支援係
ご担当者様

お世話になっております。日の出産業株式会社 総務部の鵜飼です。
１月２２日の「企業向け障害者雇用セミナー」に、下記のとおり参加を申し込みます。

　事業所名：日の出産業株式会社
　参加人数：２名（総務部 鵜飼、人事部 水無瀬）
　連絡先　：03-5999-2001（総務部）
　希望する分科会：職場実習の受入れ

事例発表の後の意見交換会にも参加させていただく予定です。
{_SIG_UKAI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "seminar registration with the company's own staff and switchboard: no data",
    },
]

# ---------------------------------------------------------------------------- 091-100
_P97 = _people(8, "097")
_P98 = _people(5, "098")

_PART7 = [
    {
        "id": "shiyakusho-091",
        "charset": "utf-8",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["高峰社会保険労務士事務所 小木曽様 <ogiso@sr-takamine.jp>",
               "ツバサシステム 戸叶様 <tokano@tsubasa-system.jp>",
               "朝霧市 市民税課 真壁様 <makabe.t@city.asagiri.lg.jp>"],
        "subject": "異動届の電子提出テストの日程調整",
        "body": f"""関係各位

お世話になっております。日の出産業 人事部の水無瀬です。

給与所得者異動届出書をeLTAXで提出するテストについて、朝霧市様のご協力を得て
１件試行させていただけることになりました。
ツバサシステム様の出力ファイル、高峰社労士事務所様の確認、市側の受付確認を
同じ日に行いたく、下記の候補でご都合をお知らせください。

　・１２月１５日（月）午後
　・１２月１７日（水）午前

テストには実在の従業員ではなくダミーデータを使用します。
{_SIG_MINASE}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (社労士, vendor, city) in To can see each other",
    },
    {
        "id": "shiyakusho-092",
        "charset": "iso-2022-jp",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["霞野市 課税課 市民税第二係 <kazei@city.kasumino.lg.jp>"],
        "cc": ["tomabechi.k@ezweb.ne.jp", "haji.mayumi@gmail.com"],
        "subject": "育児休業者の普通徴収切替について",
        "body": f"""霞野市 課税課 市民税第二係
ご担当者様
（cc：ご本人様お二人）

お世話になっております。日の出産業 人事部の栗栖です。

弊社で育児休業に入る従業員２名（苫米地様、土師様）について、休業期間中は
給与の支給がないため、普通徴収への切替をお願いいたします。
ご本人にも手続きの流れを知っていただくため、ccでお送りしております。

異動届出書は本日郵送いたしました。
{_SIG_KURISU}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains",
                      "freemail_recipient"],
        "note": "a city office and two employees' private addresses visible together "
                "(three external parties)",
    },
    {
        "id": "shiyakusho-093",
        "charset": "cp932",
        "sender": "穂積 達郎 <hozumi.t@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "cc": ["栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>"],
        "subject": "【取扱注意】給与差押えへの社内対応方針（案）",
        "body": f"""【取扱注意】

白川法律事務所
白川 先生

いつもお世話になっております。日の出産業 人事部長の穂積でございます。

最近、給与の差押命令を受ける件数が増えていることから、社内の対応方針（案）を
まとめました。法的に問題がないか、ご意見を賜れますと幸いです。

１．差押命令を受けた従業員との面談は人事部長が行い、直属の上長には知らせない
２．差押えを理由とする配置転換・人事評価上の不利益な取扱いは行わない
３．取立ての振込手数料は会社負担とする
４．同一従業員について３回目の差押えがあった場合、生活相談窓口を案内する

本方針は経営会議前の案のため、取扱いにご注意ください。
{_SIG_HOZUMI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail classified 【取扱注意】 in subject and at the top, to the partner law firm",
    },
    {
        "id": "shiyakusho-094",
        "charset": "utf-8",
        "sender": "Kaori Minase <minase.k@hinode-sangyo.co.jp>",
        "to": ["Rachel Dunmore <r.dunmore@meridian-mobility.com>"],
        "subject": "Tax equalisation policy - Japanese resident tax section (draft)",
        "body": f"""Dear Rachel,

As discussed, please find attached the draft section of our tax equalisation policy that
deals with Japanese resident tax for outbound assignees. We would appreciate your comments
before it goes to our board in March.
{_SIG_EN}
{_DISC_EN}
""",
        "attachments": [{
            "kind": "docx", "name": "TaxEq_Policy_ResidentTax_draft.docx",
            "title": "Tax Equalisation Policy - Resident Tax",
            "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd. Internal Use Only",
            "paragraphs": ["Tax Equalisation Policy - Section 7: Japanese Resident Tax",
                           "7.1 Resident tax arising in the year of departure is borne by the "
                           "Company and grossed up.",
                           "7.2 Where an assignee appoints a tax agent, the Company reimburses "
                           "the instalments on presentation of receipts.",
                           "7.3 Resident tax for the year of return is hypothetical tax and is "
                           "deducted from the assignee's salary."],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX stamped CONFIDENTIAL / Internal Use Only in its header, to an outside vendor "
                "(the mail's own disclaimer alone would not count)",
    },
    {
        "id": "shiyakusho-095",
        "charset": "iso-2022-jp",
        "sender": "嶋 亜希子 <shima@osaka.hinode-sangyo.co.jp>",
        "to": ["北浜市 保育課 入所係 <hoiku@city.kitahama.lg.jp>"],
        "subject": "就労証明書（記入済）の再送",
        "body": f"""北浜市 保育課 入所係
堀之内様

お世話になっております。日の出産業 大阪支店の嶋です。
貴市様式の就労証明書（Word版）に記入したものを再送いたします。
前回のファイルは容量の関係で壊れていたようで、失礼いたしました。
{_SIG_SHIMA}
""",
        "attachments": [{"kind": "corrupt", "name": "就労証明書_記入済_北浜市様式.docx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the DOCX is corrupt: cannot be inspected",
    },
    {
        "id": "shiyakusho-096",
        "charset": "utf-8",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["北浜市 税務課 市民税係 <zeimu@city.kitahama.lg.jp>"],
        "subject": "休職者の普通徴収切替のお願い",
        "body": f"""北浜市 税務課 市民税係 御中

お世話になっております。日の出産業の栗栖です。

弊社従業員の 渡部 直樹（宛名番号 0072-114386）が体調不良のため
１０月１日から休職しており、給与の支給がなくなりました。
１１月分以降の特別徴収ができないため、普通徴収への切替をお願いいたします。

復職の時期は未定です。復職後は改めて特別徴収への切替をお願いする予定です。
{_SIG_KURISU}
""",
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "one named employee on sick leave 'for poor health' without a diagnosis: "
                "health-related but arguably not 病歴",
    },
    {
        "id": "shiyakusho-097",
        "charset": "cp932",
        "sender": "栗栖 亮 <kurisu-r@hinode-sangyo.co.jp>",
        "to": ["穂積 達郎 <hozumi.t@hinode-sangyo.co.jp>"],
        "cc": ["水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>"],
        "subject": "差押対象者の状況（１１月末時点）",
        "body": """穂積部長

お疲れさまです。栗栖です。
１１月末時点で給与差押え・滞納処分の対象となっている従業員の一覧です。
経営会議資料には人数と件数のみ記載し、個人名は出さない予定です。

社員番号  氏名          生年月日     差押債権者                  月額控除   振込口座（取立先）
--------  ------------  -----------  --------------------------  ---------  -------------------------
""" + "\n".join(f"{p['emp']}  {p['name']:<12}  {p['dob']}   "
                f"{['大山総合法律事務所', '鳴海台市（滞納処分）', 'みらい債権回収', '朝霧市（滞納処分）', '東京地裁(ル)第882号', '北浜市（滞納処分）', 'みらい債権回収', '個人債権者'][i]:<24}  "
                f"{_yen(p['salary'] // 4):>9}  {p['bank']}"
                for i, p in enumerate(_P97)) + """

栗栖
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "eight employees' seizure records, but only to internal recipients",
    },
    {
        "id": "shiyakusho-098",
        "charset": "utf-8",
        "sender": "嶋 亜希子 <shima@osaka.hinode-sangyo.co.jp>",
        "to": ["柚木市 市民税課 <shizei@city.yunoki.lg.jp>"],
        "subject": "給与支払報告書（大阪支店分）の提出",
        "body": f"""柚木市 市民税課 御中

お世話になっております。日の出産業株式会社 大阪支店 総務課の嶋です。
大阪支店に勤務し貴市にお住まいの従業員分の給与支払報告書を、
総括表と個人別一覧のPDFにてお送りします。
原本は本日郵送いたしました。
{_SIG_SHIMA}
""",
        "attachments": [{
            "kind": "pdf", "name": "給与支払報告書_柚木市_大阪支店.pdf",
            "title": "給与支払報告書 総括表・個人別一覧",
            "lines": ["給与支払報告書（総括表）　令和7年分", "提出先：柚木市長",
                      f"給与支払者：日の出産業株式会社 大阪支店　法人番号 {_HINODE_CORP}",
                      "所在地：大阪府大阪市北区西天満8-1-4", "受給者総人員：5名　報告人員：5名",
                      "", "個人別一覧"],
            "table": [["氏名", "フリガナ", "生年月日", "住所", "支払金額", "源泉徴収税額"]]
                     + [[p["name"], p["kata"], p["dob_s"],
                         f"大阪府柚木市{['栄町', '中央', '東山台', '西柚木', '栄町'][i]}{i+1}-{i*3+2}-{i+5}",
                         _yen(p["salary"] * 15), _yen(p["salary"] // 3)]
                        for i, p in enumerate(_P98)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_CORPORATE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of five employees with birth dates, addresses and pay (list)",
    },
    {
        "id": "shiyakusho-099",
        "charset": "iso-2022-jp",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["霞野市 課税課 市民税第二係 <kazei@city.kasumino.lg.jp>"],
        "subject": "特別徴収義務者の名称・所在地等変更届出について",
        "body": f"""霞野市 課税課 市民税第二係 御中

お世話になっております。日の出産業株式会社 人事部の水無瀬です。

本社移転に伴い、特別徴収義務者の所在地等の変更届出書を提出いたします。
届出書の記載内容は以下のとおりです。

　特別徴収義務者指定番号：201-88342
　法人番号　　　　　　　：{_zen(_HINODE_CORP)}
　名称　　　　　　　　　：日の出産業株式会社（変更なし）
　新所在地　　　　　　　：東京都港区東新橋9-8-7 日の出ビル5F
　連絡担当　　　　　　　：人事部 人事課 水無瀬（03-5999-2101）
　変更年月日　　　　　　：令和７年１０月１日

原本は郵送いたします。
{_SIG_MINASE}
""",
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "employer change notification with the company's 法人番号 (full-width): business "
                "data only",
    },
    {
        "id": "shiyakusho-100",
        "charset": "utf-8",
        "sender": "水無瀬 佳織 <minase.k@hinode-sangyo.co.jp>",
        "to": ["鳴海台市 市民税課 <shiminzei-k@city.narumidai.lg.jp>"],
        "subject": "転勤者の特別徴収継続（異動届データ）",
        "body": f"""鳴海台市 市民税課 ご担当者様

お世話になっております。日の出産業の水無瀬です。
名古屋工場へ転勤した従業員１名について、転勤後も弊社で特別徴収を継続いたします。
異動届のデータをCSVで添付いたします。
{_SIG_MINASE}
""",
        "attachments": [{
            "kind": "csv", "name": "idou_todoke_narumidai.csv", "encoding": "utf-8",
            "rows": [["指定番号", "受給者番号", "個人番号", "氏名", "氏名カナ", "生年月日", "住所",
                      "異動事由", "異動年月日"],
                     ["5520031", "H27730", my_number(SEED + 24), "阿久津 真由美", "アクツ マユミ",
                      "H3.2.27", "愛知県鳴海台市有松台1-16-4", "転勤（継続）", "2025-10-01"]],
        }],
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one-row CSV carrying an employee's 個人番号 (identifier, even for one person)",
    },
]

MESSAGES = [*_PART1, *_PART2, *_PART3, *_PART4, *_PART5, *_PART6, *_PART7]
