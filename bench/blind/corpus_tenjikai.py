"""Blind corpus — area: tenjikai (展示会出展).

日の出産業株式会社 マーケティング部 展示会・イベントグループ のメール: 展示会の主催者事務局・
装飾会社・電気工事会社とのブース施工のやり取り、出展者バッジの申請名簿、来場者リード
（名刺スキャン）のフォロー、販売店への共有、ホテルのブロック予約とルーミングリスト、
展示品の輸送（青葉運輸、海外フォワーダー）、海外展示会（英語）、ノベルティ・印刷の手配。
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

import random as _random

from build import card_number, my_number

SEED = 47401

# -- invented people, companies and numbers ------------------------------------------------

_SEI = [
    ("相葉", "アイバ", "Aiba"), ("芦田", "アシダ", "Ashida"), ("五十嵐", "イガラシ", "Igarashi"),
    ("井草", "イグサ", "Igusa"), ("鵜飼", "ウカイ", "Ukai"), ("江藤", "エトウ", "Eto"),
    ("大貫", "オオヌキ", "Onuki"), ("小野寺", "オノデラ", "Onodera"), ("景山", "カゲヤマ", "Kageyama"),
    ("勝俣", "カツマタ", "Katsumata"), ("金森", "カナモリ", "Kanamori"), ("木暮", "コグレ", "Kogure"),
    ("久我", "クガ", "Kuga"), ("國分", "コクブ", "Kokubu"), ("逆井", "サカサイ", "Sakasai"),
    ("笹森", "ササモリ", "Sasamori"), ("汐見", "シオミ", "Shiomi"), ("宍戸", "シシド", "Shishido"),
    ("新堀", "ニイボリ", "Niibori"), ("菅生", "スゴウ", "Sugo"), ("瀬尾", "セオ", "Seo"),
    ("反町", "ソリマチ", "Sorimachi"), ("高旗", "タカハタ", "Takahata"), ("舘野", "タテノ", "Tateno"),
    ("千々岩", "チヂイワ", "Chijiiwa"), ("塚越", "ツカゴシ", "Tsukagoshi"), ("土橋", "ドバシ", "Dobashi"),
    ("東海林", "ショウジ", "Shoji"), ("十時", "トトキ", "Totoki"), ("苫米地", "トマベチ", "Tomabechi"),
    ("南雲", "ナグモ", "Nagumo"), ("楡井", "ニレイ", "Nirei"), ("貫井", "ヌクイ", "Nukui"),
    ("根岸", "ネギシ", "Negishi"), ("野々村", "ノノムラ", "Nonomura"), ("羽生田", "ハニュウダ", "Hanyuda"),
    ("比嘉", "ヒガ", "Higa"), ("深瀬", "フカセ", "Fukase"), ("堀切", "ホリキリ", "Horikiri"),
    ("真壁", "マカベ", "Makabe"), ("間宮", "マミヤ", "Mamiya"), ("籾山", "モミヤマ", "Momiyama"),
    ("八重樫", "ヤエガシ", "Yaegashi"), ("湯浅", "ユアサ", "Yuasa"), ("四方田", "ヨモダ", "Yomoda"),
    ("若狭", "ワカサ", "Wakasa"), ("和久井", "ワクイ", "Wakui"), ("鰐淵", "ワニブチ", "Wanibuchi"),
]
_MEI = [
    ("健太", "ケンタ", "Kenta"), ("美咲", "ミサキ", "Misaki"), ("翔", "ショウ", "Sho"),
    ("沙織", "サオリ", "Saori"), ("大輔", "ダイスケ", "Daisuke"), ("菜々子", "ナナコ", "Nanako"),
    ("裕之", "ヒロユキ", "Hiroyuki"), ("千尋", "チヒロ", "Chihiro"), ("徹", "トオル", "Toru"),
    ("遥", "ハルカ", "Haruka"), ("正樹", "マサキ", "Masaki"), ("由紀子", "ユキコ", "Yukiko"),
    ("隆", "タカシ", "Takashi"), ("彩乃", "アヤノ", "Ayano"), ("慎吾", "シンゴ", "Shingo"),
    ("陽子", "ヨウコ", "Yoko"), ("誠", "マコト", "Makoto"), ("理恵", "リエ", "Rie"),
    ("航平", "コウヘイ", "Kohei"), ("麻衣", "マイ", "Mai"), ("康介", "コウスケ", "Kosuke"),
    ("紗希", "サキ", "Saki"), ("亮太", "リョウタ", "Ryota"), ("恵美", "エミ", "Emi"),
]
_CORPS = [
    ("株式会社三栄精機", "sanei-seiki.co.jp"), ("東邦テクノ株式会社", "toho-techno.co.jp"),
    ("有限会社ミヤマ工業", "miyama-kogyo.jp"), ("株式会社アスカ化成", "asuka-kasei.co.jp"),
    ("北辰メカトロ株式会社", "hokushin-mecha.co.jp"), ("株式会社ハヤセ製作所", "hayase-ss.co.jp"),
    ("大和パッケージ株式会社", "yamato-pkg.co.jp"), ("株式会社クレスト物流", "crest-butsuryu.co.jp"),
    ("丸福鋳造株式会社", "marufuku-chuzo.co.jp"), ("株式会社シンワ電装", "shinwa-denso.co.jp"),
    ("朝霧ロジテック株式会社", "asagiri-logi.co.jp"), ("株式会社トキワ樹脂", "tokiwa-jushi.co.jp"),
    ("株式会社ヤマブキ機工", "yamabuki-kiko.co.jp"), ("中部オートメーション株式会社", "chubu-auto.co.jp"),
    ("株式会社日高製作所", "hidaka-mfg.co.jp"), ("株式会社ライズ工販", "rise-kohan.co.jp"),
    ("東和ケミカル株式会社", "towa-chem.co.jp"), ("株式会社ミツボシ計装", "mitsuboshi-keiso.co.jp"),
    ("港南スチール株式会社", "konan-steel.co.jp"), ("株式会社桔梗テック", "kikyo-tech.co.jp"),
]
_DEPTS = ["生産技術部", "物流部", "設備管理課", "購買部", "品質保証部", "製造部", "経営企画室",
          "工務課", "DX推進室", "倉庫管理課"]
_TITLES = ["課長", "係長", "主任", "部長", "担当", "マネージャー", "リーダー", "次長"]
_INTEREST = ["自動倉庫 HS-2000", "協働ロボット HR-7", "IoTセンサー ひのでセンス",
             "省エネコンプレッサー HC-55", "AGV ヒノデキャリー", "検品カメラ HV-10"]


def _rng(salt):
    return _random.Random(f"{SEED}-{salt}")


def _mobile(rng, wide=False):
    s = f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"
    if wide:
        s = s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    return s


def _landline(rng):
    area = rng.choice(["03", "06", "052", "045", "011", "092", "048", "043", "022", "082",
                       "0276", "0538", "025", "075", "0266"])
    if len(area) == 2:
        return f"{area}-{rng.randrange(3000, 7000)}-{rng.randrange(1000, 10000)}"
    if len(area) == 3:
        return f"{area}-{rng.randrange(200, 1000)}-{rng.randrange(1000, 10000)}"
    return f"{area}-{rng.randrange(20, 100)}-{rng.randrange(1000, 10000)}"


def _people(n, salt):
    """n invented business people (visitors, badge holders...)."""
    rng = _rng(salt)
    out, used = [], set()
    while len(out) < n:
        sei, mei = rng.choice(_SEI), rng.choice(_MEI)
        if (sei[0], mei[0]) in used:
            continue
        used.add((sei[0], mei[0]))
        corp, dom = rng.choice(_CORPS)
        out.append({
            "name": f"{sei[0]} {mei[0]}", "kana": f"{sei[1]} {mei[1]}",
            "romaji": f"{mei[2]} {sei[2]}", "sei": sei[0],
            "corp": corp, "domain": dom,
            "email": f"{mei[2][0].lower()}.{sei[2].lower()}@{dom}",
            "mobile": _mobile(rng), "tel": _landline(rng),
            "dept": rng.choice(_DEPTS), "title": rng.choice(_TITLES),
            "interest": rng.choice(_INTEREST), "rank": rng.choice("AABBBCC"),
        })
    return out


def _staff(n, salt):
    """n invented Hinode Sangyo staff (badge lists, rooming lists)."""
    rng = _rng(salt)
    out = []
    for p in _people(n, salt):
        local = f"{p['romaji'].split()[1].lower()}.{p['romaji'].split()[0].lower()}"
        out.append({**p, "corp": "日の出産業株式会社", "email": f"{local}@hinode-sangyo.co.jp",
                    "dept": rng.choice(["マーケティング部", "営業部", "技術部", "営業企画部",
                                        "カスタマーサポート部"])})
    return out


def _corp_no(base12):
    """法人番号: check digit (first digit) computed from the other twelve."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):  # n-th digit from the right
        p = digits[12 - n]
        total += p * (2 if n % 2 == 0 else 1)
    return str(9 - total % 9) + base12


# -- signatures and disclaimers ---------------------------------------------------------------

_ADDR = "〒108-0023 東京都港区芝浦2-14-8 日の出芝浦ビル5F"

SIG_OKABE = f"""
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
マーケティング部 展示会・イベントグループ
グループリーダー　岡部 真由美（おかべ まゆみ）
{_ADDR}
TEL：03-5439-2810（代表）／03-5439-2877（直通）
Mail：okabe.mayumi@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_MAKINO = f"""
--
日の出産業株式会社　マーケティング部
槙野 拓海 / Takumi Makino
{_ADDR}
TEL 03-5439-2878　FAX 03-5439-2811
https://www.hinode-sangyo.co.jp/"""

SIG_TSURUMI = """
****************************************
日の出産業(株) マーケティング部 展示会G
鶴見 佳奈
TEL:03-5439-2879 / 内線 2879
tsurumi.kana@hinode-sangyo.co.jp
****************************************"""

SIG_YAGISAWA = f"""
─────────────────
日の出産業株式会社
マーケティング部 八木沢 亮
{_ADDR}
TEL 03-5439-2880
─────────────────"""

SIG_SUSAKI = """
Best regards,

Rena Susaki
Global Marketing, Marketing Division
Hinode Sangyo Co., Ltd.
2-14-8 Shibaura, Minato-ku, Tokyo 108-0023, Japan
Tel: +81-3-5439-2881
https://www.hinode-sangyo.co.jp/en/"""

SIG_NOTO = """
------------------------------
日の出産業株式会社
マーケティング部　能登 遥香
TEL 03-5439-2882
------------------------------"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""

OKABE = "岡部 真由美 <okabe.mayumi@hinode-sangyo.co.jp>"
MAKINO = "槙野 拓海 <makino.takumi@hinode-sangyo.co.jp>"
TSURUMI = "鶴見 佳奈 <tsurumi.kana@hinode-sangyo.co.jp>"
YAGISAWA = "八木沢 亮 <yagisawa.ryo@hinode-sangyo.co.jp>"
SUSAKI = "Rena Susaki <susaki.rena@hinode-sangyo.co.jp>"
NOTO = "能登 遥香 <noto.haruka@hinode-sangyo.co.jp>"
SAKAMAKI = "坂巻 潤 <sakamaki.jun@hinode-sangyo.co.jp>"
KURISU = "栗栖 健二 <kurisu.kenji@hinode-sangyo.co.jp>"

MESSAGES = []

# ------------------------------------------------------------------------------------------
# 001 pass — 出展申込の確認、自社の法人番号
MESSAGES.append({
    "sender": OKABE,
    "to": ["スマートものづくりEXPO事務局 <exhibit@smartmono-expo.jp>"],
    "subject": "【出展申込】スマートものづくりEXPO 2027／日の出産業株式会社",
    "charset": "iso-2022-jp",
    "body": f"""スマートものづくりEXPO 2027 運営事務局
ご担当者様

いつもお世話になっております。
日の出産業株式会社 マーケティング部の岡部でございます。

標記展示会につきまして、本日Webフォームより出展申込を行いました。
フォーム送信後の自動返信が届いておりませんので、念のため申込内容をお送りいたします。

　会社名　　　：日の出産業株式会社
　法人番号　　：{_corp_no("010401078342")}
　申込小間数　：4小間（角小間希望）
　出展ゾーン　：物流・マテハンゾーン
　出展予定製品：自動倉庫 HS-2000、AGV ヒノデキャリー
　請求書送付先：経理部（上記住所）

早期申込割引の対象となるかもあわせてご確認いただけますと幸いです。
どうぞよろしくお願いいたします。
{SIG_OKABE}
{DISC_JA}
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "ordinary exhibitor application to one organiser; only the company's own 法人番号, no personal data",
})

# 002 stop (1) — 出展者バッジ事前登録 8名 XLSX
_s = _staff(8, "badge-smartmono")
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["東雲 様 <shinonome@smartmono-expo.jp>"],
    "subject": "出展者バッジ事前登録リストの送付（小間番号 E-212）",
    "charset": "cp932",
    "body": f"""スマートものづくりEXPO 事務局
東雲様

お世話になっております。日の出産業の鶴見です。
ご案内いただいた出展者バッジの事前登録につきまして、
弊社スタッフ分のリストを添付にてお送りします（計8名）。

会期中の入れ替わりがあるため、登録日程の列もご確認ください。
追加が出ましたら改めてご連絡いたします。

よろしくお願いいたします。
{SIG_TSURUMI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "出展者バッジ登録_日の出産業_E-212.xlsx",
        "sheets": {
            "バッジ申請": [
                ["スマートものづくりEXPO 2027　出展者バッジ事前登録（日の出産業株式会社　小間 E-212）"],
                [],
                ["No", "氏名", "フリガナ", "所属部署", "役職", "メールアドレス", "携帯電話", "登録日程"],
                *[[i + 1, p["name"], p["kana"], p["dept"], p["title"], p["email"], p["mobile"],
                   ["全日", "1/27・1/28", "1/28のみ", "全日", "1/29のみ"][i % 5]]
                  for i, p in enumerate(_s)],
            ],
            "記入例": [["No", "氏名", "フリガナ"], [1, "展示 太郎", "テンジ タロウ"]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "8 staff records (name, e-mail, mobile) in an XLSX to the external organiser: list of people",
})

# 003 pass — 社内：関西物流展のリード全件を営業へ
_l = _people(48, "leads-kansai")
MESSAGES.append({
    "sender": MAKINO,
    "to": [KURISU, SAKAMAKI],
    "cc": ["営業部西日本G <eigyo-west@hinode-sangyo.co.jp>"],
    "subject": "関西物流ソリューション展 来場者リード（全48件）共有",
    "charset": "utf-8",
    "body": f"""栗栖さん、坂巻さん

おつかれさまです、槙野です。
関西物流展の名刺スキャンデータ、重複を除いて48件になりました。
ランクAは会期中に商談済み or 見積依頼ありの方です。
西日本の担当割り振りをお願いできますか。今週中にお礼メール送る予定です。

※ファイルは社内共有フォルダにも置いています。社外への転送はしないでください。
{SIG_MAKINO}
""",
    "attachments": [{
        "kind": "xlsx", "name": "kansai_logi2026_leads.xlsx",
        "sheets": {
            "リード": [["ランク", "会社名", "部署", "役職", "氏名", "メール", "電話", "関心製品"]]
            + [[p["rank"], p["corp"], p["dept"], p["title"], p["name"], p["email"], p["tel"],
                p["interest"]] for p in _l],
            "集計": [["ランク", "件数"], ["A", sum(p["rank"] == "A" for p in _l)],
                     ["B", sum(p["rank"] == "B" for p in _l)], ["C", sum(p["rank"] == "C" for p in _l)]],
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "48-row visitor list, but every recipient is internal (hinode-sangyo.co.jp)",
})

# 004 pass — 装飾会社と電気工事会社の二社に打合せ日程
MESSAGES.append({
    "sender": YAGISAWA,
    "to": ["仁科 様 <nishina@atelier-shoso.co.jp>"],
    "cc": ["北斗電設 工事部 <koji@hokuto-densetsu.co.jp>"],
    "subject": "RE: 【E-212】電源・照明の施工打合せ日程",
    "charset": "iso-2022-jp",
    "body": f"""株式会社アトリエ匠装　仁科様
（cc：北斗電設株式会社 工事部ご担当者様）

お世話になっております。日の出産業の八木沢です。

電源と照明の施工打合せですが、三社で一度に済ませたいので
下記いずれかでご都合いかがでしょうか。

　(1) 12月8日(火) 14:00〜15:00
　(2) 12月10日(木) 10:00〜11:00
　(3) 12月11日(金) 16:00〜17:00

場所は弊社芝浦本社 5F 会議室B、またはTeamsでも構いません。
検討中の一次側電源は 単相100V 6kW ＋ 三相200V 10kW（デモ機用）です。
{SIG_YAGISAWA}

> 八木沢様
> 図面の件承知しました。電気工事会社様とも一度すり合わせをお願いできますでしょうか。
> アトリエ匠装　仁科
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "normal three-way meeting mail: two external organisations (decorator, electrician) in To/Cc",
})

# 005 stop (5) — 青葉運輸の look-alike（co. が抜けた）
MESSAGES.append({
    "sender": NOTO,
    "to": ["青葉運輸 梅津様 <umezu@aoba-unyu.jp>"],
    "subject": "展示品集荷のお願い（1/22 芝浦倉庫）",
    "charset": "utf-8",
    "body": f"""青葉運輸株式会社
梅津様

いつもお世話になっております。
日の出産業マーケティング部の能登でございます。
先日お電話でご相談した展示品の集荷について、詳細をお送りします。

■集荷日時：1月22日（金）13:00～15:00
■集荷場所：弊社 芝浦第二倉庫 1F 搬出口
■荷物：木箱 3箱（HS-2000 デモ機、ラック部材）、段ボール 12箱（カタログ・ノベルティ）
■重量目安：木箱 1箱あたり 約380kg ／ パワーゲート車 希望
■納品先：東京湾岸メッセ 東4ホール 小間E-212（1/25 9:00 搬入指定）

搬入車両証は事務局から届き次第お送りいたします。
お見積もりもあわせていただけますと幸いです。
{SIG_NOTO}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "recipient domain aoba-unyu.jp is a look-alike of the partner aoba-unyu.co.jp (dropped co.)",
})

# 006 pass — 学生来場者（gmail）へのカタログ送付
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["kouhei.m.lab2026@gmail.com"],
    "subject": "カタログ送付の件（日の出産業）",
    "charset": "utf-8",
    "body": f"""ご来場いただいた大学院生の方へ

先日はスマートものづくりEXPOの弊社ブースにお立ち寄りいただき、
ありがとうございました。日の出産業の鶴見です。

ブースでお約束した協働ロボット HR-7 のカタログ（PDF）を添付いたします。
研究室でのご検討に使っていただければ幸いです。
仕様の詳細は下記ページにも掲載しております。
https://www.hinode-sangyo.co.jp/products/hr-7/

なお、研究用途の貸出機は現在受付を停止しておりますので、ご了承ください。
{SIG_TSURUMI}
""",
    "attachments": [{
        "kind": "pdf", "name": "HR-7_catalog_2027.pdf", "title": "協働ロボット HR-7 カタログ",
        "lines": ["協働ロボット HR-7", "可搬質量 7kg / リーチ 900mm / 繰り返し位置精度 ±0.03mm",
                  "標準価格（税別） 3,480,000円～", "オプション：ビジョンキット HV-10、安全柵レスキット"],
        "table": [["型式", "可搬質量", "リーチ", "質量"], ["HR-7", "7kg", "900mm", "24kg"],
                  ["HR-7L", "5kg", "1,250mm", "27kg"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient (a visitor) receiving a product catalogue; no personal data",
})

# 007 stop (2) — 出展料のクレジットカード決済情報をメールで
_c7 = card_number(SEED + 3)
MESSAGES.append({
    "sender": OKABE,
    "to": ["関西物流ソリューション展 事務局 <info@navix-exhibition.co.jp>"],
    "subject": "出展料お支払い（カード決済）の件",
    "charset": "iso-2022-jp",
    "body": f"""株式会社ナビックス・エキシビション
関西物流ソリューション展 事務局 御中

お世話になっております。日の出産業の岡部です。

出展料のカード決済ページでエラーが出て先に進めないため、
お電話でご案内いただいたとおり、カード情報をメールにてお送りします。

　カード番号：{_c7[:4]} {_c7[4:8]} {_c7[8:12]} {_c7[12:]}
　有効期限　：09/29
　名義　　　：MAYUMI OKABE
　ご請求額　：1,386,000円（税込・3小間分）

決済完了後、領収書をお送りいただけますでしょうか。
{SIG_OKABE}
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a full credit card number with holder name and expiry sent to an external organiser",
})

# 008 pass — 事務局のバッジ一覧を引用した返信
_q = _staff(6, "badge-quoted")
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["東雲 様 <shinonome@smartmono-expo.jp>"],
    "subject": "Re: 【確認依頼】出展者バッジ発行内容（E-212）",
    "charset": "iso-2022-jp",
    "body": f"""東雲様

ご確認ありがとうございます。鶴見です。
下記6名の内容で相違ございません。このまま発行をお願いいたします。
バッジは会期初日の朝に出展者受付で受け取ります。

{SIG_TSURUMI}

東雲 様 wrote:
> 日の出産業株式会社
> 鶴見様
>
> 出展者バッジの発行内容を下記のとおり登録しました。
> 誤りがないかご確認ください。
>
"""
    + "".join(f"> {i + 1}. {p['name']}（{p['kana']}）　{p['email']}　{p['mobile']}\n"
              for i, p in enumerate(_q))
    + """>
> 以上、よろしくお願いいたします。
> スマートものづくりEXPO 事務局　東雲
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the 6-person list is only quoted (> lines) from the organiser's own mail; new text has no data",
})

# 009 stop (3) — 車椅子利用のスタッフについて事務局へ
MESSAGES.append({
    "sender": OKABE,
    "to": ["スマートものづくりEXPO事務局 <exhibit@smartmono-expo.jp>"],
    "subject": "会期中のバリアフリー動線についてのご相談",
    "charset": "utf-8",
    "body": f"""スマートものづくりEXPO 2027 運営事務局 御中

お世話になっております。日の出産業の岡部でございます。

弊社ブース（E-212）のスタッフのうち、技術部の 千々岩 航平（チヂイワ コウヘイ）は
下肢に障害があり（身体障害者手帳 2級）、会期中は車椅子を使用いたします。
つきましては、以下についてご教示いただけますでしょうか。

　・出展者入口から東4ホールまでの段差のない動線
　・ホール内で最寄りの多目的トイレの位置
　・搬入日（1/26）の入館について、車での館内ピロティ乗り入れ可否

ブース内はスロープ付きの床（高さ 30mm）で設計しております。
ご多用のところ恐れ入りますが、よろしくお願いいたします。
{SIG_OKABE}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "disability of a named staff member (要配慮個人情報) sent to an external organiser",
})

# 010 pass — 会場周辺ホテルの一覧（事業者のリスト）を共同出展社へ
MESSAGES.append({
    "sender": NOTO,
    "to": ["ツバサシステム 須磨様 <suma@tsubasa-system.jp>"],
    "subject": "会場周辺のホテル候補（共同出展の宿泊手配）",
    "charset": "cp932",
    "body": f"""ツバサシステム株式会社
須磨様

お世話になっております。日の出産業の能登です。
共同出展の宿泊の件、会場から徒歩・シャトル圏内のホテルを調べましたので共有します。
弊社はさくらホテル有明でブロックを押さえておりますが、満室の際の参考にしてください。

ホテル名　　　　　　　　　　電話（代表）　　　会場まで　　　１泊目安
-------------------------------------------------------------------------
さくらホテル有明　　　　　　03-6457-2200　　　徒歩8分　　　 14,800円
ホテル海風ベイサイド　　　　03-6457-3911　　　徒歩12分　　　12,300円
ビジネスイン東雲　　　　　　03-5530-1180　　　シャトル5分　　9,900円
ベイコート豊洲　　　　　　　03-6219-7400　　　電車10分　　　16,500円
ステイ・ネクスト新木場　　　03-5569-0820　　　電車7分　　　　8,700円

いずれも会期（1/27～1/29）は混み合うとのことなので、お早めがよさそうです。
{SIG_NOTO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of hotels with switchboard numbers is a list of businesses, not people",
})

# 011 stop (1) — ルーミングリスト 6名 本文の桁揃え表
_r = _staff(6, "rooming-sapporo")
MESSAGES.append({
    "sender": NOTO,
    "to": ["さくらホテル札幌 宿泊予約 <reserve-sapporo@sakura-hotel.jp>"],
    "subject": "【団体予約 SK-20270213】ルーミングリスト送付",
    "charset": "utf-8",
    "body": f"""さくらホテル札幌
宿泊予約ご担当者様

いつもお世話になっております。日の出産業の能登です。
北海道ものづくりフェアでお取りいただいている団体予約（予約番号 SK-20270213）の
ルーミングリストをお送りします。全室シングル・禁煙でお願いいたします。

No 氏名         フリガナ           IN    OUT   携帯番号
-- ------------ ------------------ ----- ----- -------------
"""
    + "".join(f"{i + 1:<2} {p['name']:<10} {p['kana']:<14} {'2/12' if i < 4 else '2/13'}  2/15  {p['mobile']}\n"
              for i, p in enumerate(_r))
    + f"""
到着が22時を過ぎる者がおりますので、レイトチェックインの旨お伝えください。
{SIG_NOTO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "rooming list of 6 people with mobile numbers to a hotel: list of people",
})

# 012 pass — 4名の出展者バッジ追加（4名まで）
_b = _staff(4, "badge-add-kansai")
MESSAGES.append({
    "sender": MAKINO,
    "to": ["関西物流ソリューション展 事務局 <info@navix-exhibition.co.jp>"],
    "subject": "出展者バッジ追加発行のお願い（小間 C-08）",
    "charset": "iso-2022-jp",
    "body": "株式会社ナビックス・エキシビション\n関西物流ソリューション展 事務局 御中\n\n"
            "お世話になっております。日の出産業の槙野です。\n"
            "出展者バッジを下記4名分追加で発行いただけますでしょうか。\n\n"
            + "\n".join(f"・{p['name']}（{p['dept']}）　{p['email']}" for p in _b)
            + f"\n\n受け取りは11/17の搬入日に出展者受付で行います。\nよろしくお願いいたします。\n{SIG_MAKINO}\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "four staff names with e-mail addresses to the organiser: under the five-person line (may warn)",
})

# 013 stop (7) — PPAP：リードリストをパスワード付きZIPで販売店へ
_z = _people(22, "leads-ppap")
MESSAGES.append({
    "sender": KURISU,
    "to": ["川崎電機 営業推進部 羽生田様 <hanyuda@kawasaki-denki.co.jp>"],
    "subject": "関西物流展 来場者情報のご共有（パスワード別送）",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社
営業推進部　羽生田様

いつも大変お世話になっております。日の出産業の栗栖でございます。
先日の関西物流ソリューション展で、貴社販売エリアの来場者様の情報をまとめました。
添付ファイルはパスワード付きZIPとなっております。パスワードは別メールにてお送りします。

フォローのほど、何卒よろしくお願い申し上げます。

日の出産業株式会社　営業部 西日本グループ
栗栖 健二
TEL 06-6341-5520
""",
    "attachments": [{
        "kind": "zip", "name": "kansai_leads_kawasaki.zip", "password": "Hn2026#kw",
        "files": [{"kind": "csv", "name": "leads.csv", "encoding": "cp932",
                   "rows": [["会社名", "氏名", "部署", "電話", "メール"]]
                   + [[p["corp"], p["name"], p["dept"], p["tel"], p["email"]] for p in _z]}],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) cannot be inspected; it holds a 22-visitor list",
})

# 014 pass — PPAP のパスワード別送メール（添付なし）
MESSAGES.append({
    "sender": KURISU,
    "to": ["川崎電機 営業推進部 羽生田様 <hanyuda@kawasaki-denki.co.jp>"],
    "subject": "【パスワード】関西物流展 来場者情報のご共有",
    "charset": "iso-2022-jp",
    "body": """羽生田様

先ほどお送りしたファイルのパスワードをお知らせします。

　Hn2026#kw

よろしくお願いいたします。
日の出産業　栗栖
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the separate password mail: no attachment and no personal data of its own",
})

# 015 stop (4) — 搬入調整：主催・装飾・電気・運送の4社をTo/Ccで
MESSAGES.append({
    "sender": YAGISAWA,
    "to": ["仁科 様 <nishina@atelier-shoso.co.jp>", "工事部 <koji@hokuto-densetsu.co.jp>",
           "梅津 様 <umezu@aoba-unyu.co.jp>"],
    "cc": ["運営事務局 <exhibit@smartmono-expo.jp>"],
    "subject": "【E-212】1/26 搬入・施工スケジュール（確定版）",
    "charset": "iso-2022-jp",
    "body": f"""関係各社 ご担当者様

お世話になっております。日の出産業の八木沢です。
1/26（月）の搬入・施工スケジュールが確定しましたので共有いたします。

　 8:00　アトリエ匠装様　床・壁パネル施工開始
　10:00　北斗電設様　　　一次側電源・照明工事
　13:00　青葉運輸様　　　展示品（木箱3・段ボール12）搬入　※東4ホール 4番搬入口
　16:00　日の出産業　　　デモ機据付・動作確認
　18:30　全社　　　　　　最終確認、退館（事務局規定 19:00）

車両証は各社分を本日郵送しました。ご不明点は私の携帯までお願いします。
{SIG_YAGISAWA}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four external organisations can see each other in To/Cc: should have been Bcc",
})

# 016 pass — 新製品の展示、機密という語を本文で使うだけ
MESSAGES.append({
    "sender": YAGISAWA,
    "to": ["仁科 様 <nishina@atelier-shoso.co.jp>"],
    "subject": "新製品の展示台について",
    "charset": "utf-8",
    "body": f"""仁科様

八木沢です。展示台の件、追加でお願いです。

HS-2000 の後継機は会期初日の10時に発表する予定で、それまでは機密扱いとなっています。
搬入から開幕まではカバーをかけたままにしたいので、
展示台の天板に合わせて黒の不織布カバー（W2400×D1200×H1800）を1つご用意いただけますか。
開幕時にスタッフ2名で外せる構造だと助かります。

お見積もりは既存の見積書に追記いただく形で結構です。
{SIG_YAGISAWA}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 機密 used in passing about an unreleased product; no marking, no personal data",
})

# 017 stop (1) — 転送：リード取得サービスからのスキャンデータを共同出展社へ
_f = _people(12, "leadcatch-fw")
MESSAGES.append({
    "sender": MAKINO,
    "to": ["須磨 様 <suma@tsubasa-system.jp>"],
    "subject": "FW: 【LeadCatch】来場者スキャンデータ（E-212 / 1月27日分）",
    "charset": "utf-8",
    "body": f"""須磨様

槙野です。共同ブースの初日分のスキャンデータが届きましたので転送します。
ツバサシステムさんの説明員がスキャンした方も混ざっていますので、
そちらのフォロー分を抜き出してご利用ください。

---------- 転送メッセージ ----------
From: LeadCatch サポート <noreply@leadcatch.jp>
Date: 2027年1月27日 19:02
Subject: 【LeadCatch】来場者スキャンデータ（E-212 / 1月27日分）
To: makino.takumi@hinode-sangyo.co.jp

本日のスキャンデータ（{len(_f)}件）をお送りします。

"""
    + "".join(f"{p['corp']}\t{p['dept']}\t{p['name']}\t{p['email']}\t{p['tel']}\n" for p in _f)
    + f"""
※本データの取り扱いには十分ご注意ください。
LeadCatch（リードキャッチ）
{SIG_MAKINO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a forward is new text to its recipient: 12 visitor records (tab-separated) go to a partner",
})

# 018 pass — 梱包明細XLSXとともに正しい青葉運輸へ輸送依頼
MESSAGES.append({
    "sender": NOTO,
    "to": ["青葉運輸 梅津様 <umezu@aoba-unyu.co.jp>"],
    "cc": [YAGISAWA],
    "subject": "【再送】展示品輸送依頼と梱包明細（関西物流展）",
    "charset": "cp932",
    "body": f"""青葉運輸株式会社　梅津様

お世話になっております。日の出産業の能登です。
先ほどのメールに添付が漏れておりました。大変失礼いたしました。
梱包明細を添付いたしますので、ご確認をお願いいたします。

往路：11/16（月）芝浦第二倉庫 → なにわ国際見本市会場 3号館 C-08
復路：11/20（金）17:30 搬出開始 → 芝浦第二倉庫
{SIG_NOTO}
""",
    "attachments": [{
        "kind": "xlsx", "name": "梱包明細_関西物流展.xlsx",
        "sheets": {"往路": [["梱包明細（往路）　日の出産業株式会社"], [],
                           ["梱包No", "品名", "型式", "寸法(mm)", "重量(kg)", "数量"],
                           ["K-01", "自動倉庫 デモユニット", "HS-2000D", "2200×1400×1900", 380, 1],
                           ["K-02", "ラック部材", "HS-RK12", "2400×600×500", 145, 1],
                           ["K-03", "AGV", "HC-AGV2", "1300×900×800", 210, 1],
                           ["D-01～D-12", "カタログ・ノベルティ", "-", "450×350×300", 12, 12]],
                   "復路": [["梱包No", "品名", "備考"], ["K-01", "デモユニット", "往路と同じ"],
                           ["K-02", "ラック部材", ""], ["K-03", "AGV", ""]]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "shipping request to the correct partner domain; packing list of products only",
})

# 019 stop (3) — ケータリング会社へ：ハラール対応とスタッフの宗教
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["ケータリング月見 ご担当者様 <order@tsukimi-catering.jp>"],
    "subject": "出展者控室のお弁当 追加オーダーと食事制限について",
    "charset": "iso-2022-jp",
    "body": f"""株式会社ケータリング月見
ご担当者様

お世話になっております。日の出産業の鶴見です。
1/27〜1/29の控室用お弁当について、以下ご相談させてください。

1. 各日 14食 → 16食 に変更
2. スタッフのうち ラフマン・アフマド（営業部）はイスラム教徒のため、
   ハラール対応のお弁当を各日1食ご用意いただけますでしょうか。
   また会期中のお祈りの時間に合わせ、昼食は 12:30 ではなく 13:30 に分けて
   お届けいただけると助かります。

お見積もりの更新をお願いいたします。
{SIG_TSURUMI}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "religion of a named employee (要配慮個人情報: 信条) to an external caterer",
})

# 020 pass — 装飾会社の請求書：適格請求書番号と会社の振込先
MESSAGES.append({
    "sender": "経理部 支払担当 <keiri-shiharai@hinode-sangyo.co.jp>",
    "to": ["アトリエ匠装 経理ご担当 <keiri@atelier-shoso.co.jp>"],
    "cc": [YAGISAWA],
    "subject": "ご請求書（No. AS-27-00412）お支払予定日のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""株式会社アトリエ匠装
経理ご担当者様

いつもお世話になっております。日の出産業株式会社 経理部でございます。
下記ご請求書につきまして、お支払予定日をご連絡いたします。

　請求書番号　　：AS-27-00412（スマートものづくりEXPO 2027 ブース装飾一式）
　登録番号　　　：T{_corp_no("011001056218")}
　ご請求金額　　：4,928,000円（税込）
　お支払予定日　：2027年2月26日
　お振込先　　　：みどり銀行 品川支店 普通 3120458 カ）アトリエショウソウ

振込手数料は弊社負担にてお手続きいたします。
ご不明な点がございましたら経理部までお問い合わせください。

日の出産業株式会社　経理部　支払担当
TEL 03-5439-2830
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice/payment mail: a company's registration (T) number and the company's own bank account",
})

# 021 stop (2) — English: hotel guarantee with a card number (Las Vegas)
_c21 = card_number(SEED + 4)
MESSAGES.append({
    "sender": SUSAKI,
    "to": ["Group Reservations <groups@desertpalm-hotel.com>"],
    "subject": "Group block HINODE-PT27 - credit card guarantee",
    "charset": "utf-8",
    "body": f"""Hello Ms. Alvarez,

Thank you for holding the 5-room block for PackTech Las Vegas (March 9-13, 2027).
As requested, here are the card details to guarantee the block. Please charge the
deposit of USD 1,250.00 only; the balance will be settled at check-out by each guest.

  Card type:    corporate card
  Card number:  {_c21}
  Expiry:       11/28
  Cardholder:   RENA SUSAKI
  Billing addr: 2-14-8 Shibaura, Minato-ku, Tokyo 108-0023, Japan

Could you send the signed authorization form back to me once processed?
{SIG_SUSAKI}
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "full card number with holder and expiry to an external hotel",
})

# 022 pass — 社内：フリーの司会者のマイナンバーを経理へ
_mn22 = my_number(SEED + 2)
MESSAGES.append({
    "sender": OKABE,
    "to": ["経理部 支払担当 <keiri-shiharai@hinode-sangyo.co.jp>"],
    "subject": "【報酬支払】ブースMC 外部委託分の個人番号（支払調書用）",
    "charset": "iso-2022-jp",
    "body": f"""経理部 支払担当 御中

マーケティング部の岡部です。
スマートものづくりEXPOのブースプレゼンで司会をお願いした個人事業主の方について、
支払調書作成のため個人番号のご提供をいただきましたのでお知らせします。
（本人確認書類の写しは書留で経理部宛に送付済みです）

　氏名　　：苫米地 紗希（トマベチ サキ）
　住所　　：神奈川県川崎市中原区木月祇園町7-3-205
　個人番号：{_mn22[:4]} {_mn22[4:8]} {_mn22[8:]}
　報酬額　：3日間 264,000円（税込、源泉徴収前）

取扱いは経理部のルールに従ってください。本メールは確認後削除します。
{SIG_OKABE}
""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "a My Number, but the only recipient is internal (経理部)",
})

# 023 stop (2) — 外部の会計事務所へマイナンバー
_mn23 = my_number(SEED + 1)
MESSAGES.append({
    "sender": OKABE,
    "to": ["ひなた会計事務所 源泉担当 <gensen@hinata-kaikei.jp>"],
    "subject": "支払調書作成用　個人番号のご連絡（ナレーター報酬）",
    "charset": "utf-8",
    "body": f"""ひなた会計事務所
源泉ご担当者様

いつもお世話になっております。日の出産業の岡部です。
経理部から、外部ナレーター報酬の支払調書作成はそちらでお願いしていると伺いましたので、
対象者の情報をお送りします。

氏名：籾山 由紀子
フリガナ：モミヤマ ユキコ
住所：埼玉県さいたま市浦和区岸町4-11-9
個人番号：{_mn23}
支払内容：関西物流ソリューション展 ブースナレーション（11/18～11/20）
支払金額：198,000円

不足がありましたらご連絡ください。
{SIG_OKABE}
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a My Number with name and address sent to an external accounting office",
})

# 024 pass — ケータリング：アレルギーは人数のみ
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["ケータリング月見 ご担当者様 <order@tsukimi-catering.jp>"],
    "subject": "RE: 商談スペース用 軽食のご注文（1/27～1/29）",
    "charset": "cp932",
    "body": f"""ケータリング月見　ご担当者様

鶴見です。お見積もりありがとうございました。下記で正式に発注いたします。

　注文番号：TM-270127-05
　・サンドイッチBOX　各日 20個
　・焼き菓子アソート　各日 3箱
　・ペットボトル茶　　各日 48本

アレルギー対応は、卵不使用を2個、小麦不使用を1個、各日お願いします。
（どなたの分かは当日こちらで振り分けます）

お届けは各日 10:30、東4ホール E-212 の商談スペース裏口までお願いします。
{SIG_TSURUMI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "allergy-free meal counts not tied to any person; an ordinary order",
})

# 025 stop (6) — 社外秘のPPTX（新製品発表プラン）を装飾会社へ
MESSAGES.append({
    "sender": OKABE,
    "to": ["ブースワークス 芦田様 <ashida@boothworks.jp>"],
    "subject": "メディカル・ヘルステック展 ブース企画資料の送付",
    "charset": "iso-2022-jp",
    "body": f"""株式会社ブースワークス
芦田様

お世話になっております。日の出産業の岡部です。
先日のオリエンでお話しした新製品発表の企画資料をお送りします。
ブースのゾーニングとステージ演出のご提案をいただく際の参考にしてください。

ご提案は2月5日（金）までにいただけますと幸いです。
{SIG_OKABE}
""",
    "attachments": [{
        "kind": "pptx", "name": "MHT2027_booth_plan_v3.pptx", "title": "MHT2027 出展企画",
        "page_footer": "社外秘　日の出産業株式会社 マーケティング部",
        "slides": [
            ["メディカル・ヘルステック展 2027 出展企画", "新製品 搬送ロボット「ひのでメディキャリー」発表",
             "目標：商談 120件／見積 30件"],
            ["ブースコンセプト", "病院内物流の自動化", "ステージ：1日4回 15分プレゼン",
             "デモ：薬剤・検体の自動搬送"],
            ["発表スケジュール", "2/24 10:00 報道向け発表", "2/24 11:00 一般公開",
             "価格：オープン（想定 780万円～）"],
        ],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached deck is stamped 社外秘 on every slide and goes to an external decorator",
})

# 026 pass — 主催と共同出展社の二社へ、ガイドブック掲載名
MESSAGES.append({
    "sender": MAKINO,
    "to": ["スマートものづくりEXPO事務局 <exhibit@smartmono-expo.jp>"],
    "cc": ["須磨 様 <suma@tsubasa-system.jp>"],
    "subject": "共同出展に伴うガイドブック掲載社名について",
    "charset": "iso-2022-jp",
    "body": f"""スマートものづくりEXPO 事務局 御中
（cc：ツバサシステム株式会社 須磨様）

お世話になっております。日の出産業の槙野です。

小間 E-212 はツバサシステム株式会社様との共同出展となります。
公式ガイドブックおよびWebの出展者一覧には、下記の2社名で掲載いただけますでしょうか。

　1. 日の出産業株式会社（Hinode Sangyo Co., Ltd.）
　2. ツバサシステム株式会社（Tsubasa System Inc.）

掲載原稿（社名・PR文 各200字）は須磨様から別途お送りいただきます。
{SIG_MAKINO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations (organiser and co-exhibitor) in To/Cc: a normal three-way mail",
})

# 027 stop (5) — 錦印刷の look-alike（insatu）
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatu.co.jp>"],
    "subject": "総合カタログ増刷のお願い（展示会配布用）",
    "charset": "iso-2022-jp",
    "body": f"""錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業の鶴見です。
展示会配布用に、総合カタログ（2026年版、A4・32P）を増刷したく、
お見積もりをお願いできますでしょうか。

　部数：3,000部
　仕様：前回（受注番号 NS-26-1185）と同じ
　納品：1月20日（水）までに 弊社芝浦第二倉庫へ

表紙の展示会ロゴの差し替えデータは来週お送りします。
{SIG_TSURUMI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp is a one-letter look-alike of the partner nishiki-insatsu.co.jp",
})

# 028 pass — 社内サブドメイン宛：緊急連絡先と健康面の配慮事項
_e = _staff(7, "emergency-sapporo")
_cond = ["", "そばアレルギー", "", "持病（喘息）あり・吸入薬携帯", "", "", "腰椎ヘルニア治療中、重量物不可"]
MESSAGES.append({
    "sender": NOTO,
    "to": ["総務部 出張管理 <shucchou@mail.hinode-sangyo.co.jp>"],
    "subject": "北海道ものづくりフェア 出張者の緊急連絡先・配慮事項",
    "charset": "utf-8",
    "body": "総務部 出張管理 ご担当様\n\nマーケティング部の能登です。\n"
            "2/12～2/15 の札幌出張者について、緊急連絡先と健康面の配慮事項をまとめました。\n"
            "総務部での保管のみでお願いします。\n\n"
            + "\n".join(f"{i + 1}. {p['name']}（{p['dept']}）携帯 {p['mobile']}"
                        + (f"　※{_cond[i]}" if _cond[i] else "") for i, p in enumerate(_e))
            + f"\n{SIG_NOTO}\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "health conditions of named staff, but sent only to an internal subdomain (mail.hinode-sangyo.co.jp)",
})

# 029 pass — English: stand construction rules question, EN disclaimer
MESSAGES.append({
    "sender": SUSAKI,
    "to": ["Katrin Vogel <k.vogel@euroautomation-fair.de>"],
    "subject": "Stand B21, Hall 4 - construction height and rigging",
    "charset": "utf-8",
    "body": f"""Dear Ms. Vogel,

Thank you for sending the Technical Guidelines for EuroAutomation Fair 2027.
Before we brief our stand builder, could you confirm two points for Stand B21 (Hall 4)?

1. Is the maximum construction height 4.0 m along the aisle side as well, or only
   on the back walls?
2. We would like to hang a 3 x 1 m banner from the ceiling. Is rigging ordered through
   the fair's own service portal, and what is the deadline?

Our stand builder will submit the drawings for approval by 15 January.
{SIG_SUSAKI}
{DISC_EN}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary English mail to a foreign organiser with the standard confidentiality disclaimer",
})

# 030 stop (1) — テレマ会社へ来場者リスト（暗号化なしZIP：CSV＋PDF）
_t = _people(40, "telema")
MESSAGES.append({
    "sender": SAKAMAKI,
    "to": ["コールブリッジ 新堀様 <niibori@callbridge.co.jp>"],
    "subject": "展示会後フォローコール 対象リストのご送付",
    "charset": "utf-8",
    "body": f"""株式会社コールブリッジ
新堀様

お世話になっております。日の出産業 営業企画部の坂巻です。
先日ご契約いただいた展示会後フォローコールの対象リストをお送りします。
ZIP内にCSV（40件）とトークスクリプトのPDFが入っています。
架電は2/1（月）開始、結果は週次でご報告ください。

日の出産業株式会社　営業企画部
坂巻 潤　TEL 03-5439-2860
""",
    "attachments": [{
        "kind": "zip", "name": "followcall_202702.zip",
        "files": [
            {"kind": "csv", "name": "call_list.csv", "encoding": "utf-8-sig",
             "rows": [["No", "会社名", "部署", "役職", "氏名", "電話番号", "メールアドレス", "関心製品"]]
             + [[i + 1, p["corp"], p["dept"], p["title"], p["name"], p["tel"], p["email"], p["interest"]]
                for i, p in enumerate(_t)]},
            {"kind": "pdf", "name": "talk_script.pdf",
             "lines": ["展示会後フォローコール トークスクリプト", "1. 来場御礼", "2. ご関心製品の確認",
                       "3. 訪問・オンライン面談の打診", "4. 資料送付先の確認"]},
        ],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "40 visitor records in a CSV inside an ordinary ZIP sent to a call-centre vendor",
})

# 031 pass — 名刺印刷：新しい説明員1名分の名刺情報
MESSAGES.append({
    "sender": NOTO,
    "to": ["錦印刷 名刺受付 <meishi@nishiki-insatsu.co.jp>"],
    "subject": "名刺作成のお願い（1名・至急）",
    "charset": "iso-2022-jp",
    "body": f"""錦印刷株式会社　名刺受付ご担当者様

いつもお世話になっております。日の出産業の能登です。
展示会の説明員用に、下記1名分の名刺を至急お願いできますでしょうか。
デザインは既存のマーケティング部テンプレート（型番 HN-M02）でお願いします。

　氏名　　：四方田 慎吾（Shingo Yomoda）
　所属　　：技術部 ソリューション技術課
　役職　　：主任
　携帯　　：080-4417-2093
　メール　：yomoda.shingo@hinode-sangyo.co.jp
　枚数　　：200枚

1月22日（金）着でお願いできれば助かります。
{SIG_NOTO}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one employee's business-card details to the partner printer: a single record (may warn)",
})

# 032 either — 氏名・所属・役職のみ 6名の事前登録
_v = _staff(6, "medtech-vip")
MESSAGES.append({
    "sender": OKABE,
    "to": ["メディカル・ヘルステック展 事務局 <office@medtech-fair.jp>"],
    "subject": "開会式ご招待者（出展者代表）登録",
    "charset": "utf-8",
    "body": "メディカル・ヘルステック展 事務局 御中\n\nお世話になっております。日の出産業の岡部です。\n"
            "2/24 の開会式・レセプションに出席する弊社関係者を、ご依頼の書式で登録いたします。\n\n"
            "氏名／所属／役職\n"
            + "\n".join(f"{p['name']}／{p['dept']}／{t}"
                        for p, t in zip(_v, ["代表取締役社長", "取締役", "部長", "部長", "課長", "主任"]))
            + f"\n\n以上6名です。よろしくお願いいたします。\n{SIG_OKABE}\n",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "six people but only name, department and title (no contact data): arguably a list, arguably not",
})

# 033 stop (4) — 来場御礼を5社の来場者にTo一斉送信
_th = _people(5, "thanks-to")
MESSAGES.append({
    "sender": MAKINO,
    "to": [f"{p['name']} 様 <{p['email']}>" for p in _th],
    "subject": "スマートものづくりEXPO ご来場の御礼（日の出産業）",
    "charset": "iso-2022-jp",
    "body": f"""各位

このたびはスマートものづくりEXPO 2027にて、日の出産業ブース（E-212）へ
お立ち寄りいただき誠にありがとうございました。

会期中にご案内いたしました 自動倉庫 HS-2000 およびAGV ヒノデキャリー の
詳細資料は下記よりダウンロードいただけます。
https://www.hinode-sangyo.co.jp/event/smartmono2027/

導入のご相談、デモ見学のご希望がございましたら、お気軽にご返信ください。
今後ともよろしくお願い申し上げます。
{SIG_MAKINO}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "five visitors from five different companies all in To: they see each other's addresses",
})

# 034 pass — ホテルの確認メールを Original Message で引用した返信
_h = _staff(5, "hotel-confirm")
MESSAGES.append({
    "sender": NOTO,
    "to": ["ホテル海風ベイサイド 予約課 <yoyaku@hotel-umikaze.jp>"],
    "subject": "RE: ご予約確認書（日の出産業株式会社様 5室）",
    "charset": "cp932",
    "body": f"""ホテル海風ベイサイド 予約課
ご担当者様

ご確認書ありがとうございます。内容に相違ございません。
当日はどうぞよろしくお願いいたします。

能登
{SIG_NOTO}

-----Original Message-----
From: ホテル海風ベイサイド 予約課 <yoyaku@hotel-umikaze.jp>
Sent: Tuesday, January 12, 2027 3:41 PM
To: noto.haruka@hinode-sangyo.co.jp
Subject: ご予約確認書（日の出産業株式会社様 5室）

日の出産業株式会社　能登様

下記のとおりご予約を承りました。

"""
    + "".join(f"  {p['name']}様　{p['mobile']}　1/26～1/29（3泊）シングル禁煙\n" for p in _h)
    + """
ホテル海風ベイサイド 予約課
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the 5-guest list is the hotel's own mail quoted under -----Original Message-----",
})

# 035 pass — 社内 HTML のみ：A ランクリードの表
_ha = _people(9, "html-rank-a")
MESSAGES.append({
    "sender": MAKINO,
    "to": ["営業部 <eigyo-all@hinode-sangyo.co.jp>"],
    "subject": "【速報】スマートものづくりEXPO 初日 Aランクリード",
    "charset": "utf-8",
    "html": """<html><body style="font-family:'Meiryo',sans-serif">
<p>営業部の皆さま</p>
<p>おつかれさまです。マーケティング部 槙野です。<br>
初日のAランク（見積依頼・訪問希望あり）9件を共有します。担当エリアの方は本日中にお礼の電話をお願いします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>会社名</th><th>部署・役職</th><th>氏名</th><th>電話</th><th>メール</th><th>関心</th></tr>
"""
    + "".join(f"<tr><td>{p['corp']}</td><td>{p['dept']} {p['title']}</td><td>{p['name']}</td>"
              f"<td>{p['tel']}</td><td>{p['email']}</td><td>{p['interest']}</td></tr>\n" for p in _ha)
    + """</table>
<p>残りのB・Cランクは明日まとめて送ります。</p>
<p>--<br>日の出産業株式会社 マーケティング部 槙野 拓海<br>内線 2878</p>
</body></html>""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "HTML table of 9 visitors, but the recipient is the internal sales mailing list",
})

# 036 stop (2) — English: passport numbers for visa invitation letters (DOCX)
MESSAGES.append({
    "sender": SUSAKI,
    "to": ["Visitor & Exhibitor Services <services@euroautomation-fair.de>"],
    "subject": "Request for invitation letters - Hinode Sangyo, Stand B21",
    "charset": "utf-8",
    "body": f"""Dear Exhibitor Services team,

Three of our stand staff need a formal invitation letter for their Schengen visa
applications. Please find their passport details in the attached form.
We would appreciate it if the letters could be issued by 20 January.
{SIG_SUSAKI}
""",
    "attachments": [{
        "kind": "docx", "name": "invitation_letter_request_HinodeSangyo.docx",
        "title": "Invitation letter request",
        "paragraphs": ["EuroAutomation Fair 2027 - Invitation Letter Request",
                       "Exhibitor: Hinode Sangyo Co., Ltd. / Hall 4, Stand B21",
                       "Period of stay: 7-14 April 2027"],
        "tables": [[["Surname", "Given name", "Date of birth", "Nationality", "Passport No.", "Expiry"],
                    ["WANIBUCHI", "RYOTA", "1988-07-14", "Japan", "TR4829175", "2031-03-02"],
                    ["HIGA", "AYANO", "1993-11-30", "Japan", "TS1067342", "2033-08-19"],
                    ["TSUKAGOSHI", "MAKOTO", "1979-02-05", "Japan", "TZ7751208", "2029-12-11"]]],
    }],
    "expect": "stop",
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "passport numbers (identity documents) of three staff sent to a foreign organiser",
})

# 037 pass — ノベルティ発注（価格表・注文番号）
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["ノベルティ工房 受注センター <juchu@novelty-kobo.jp>"],
    "subject": "ご注文：展示会ノベルティ（注文番号 NK-88213）",
    "charset": "utf-8",
    "body": f"""ノベルティ工房 受注センター 御中

お世話になっております。日の出産業の鶴見です。
お見積もり（見積番号 Q-27-0045）のとおり、下記を発注いたします。

品番        品名                       数量    単価     金額
----------  -------------------------  ------  -------  ---------
NV-1022     ロゴ入りエコバッグ(紺)       1,500     168    252,000
NV-3310     スマホスタンド(名入れ)       1,000     112    112,000
NV-0457     付箋セット(3色)              2,000      58    116,000
                                                 小計     480,000
                                                 消費税    48,000
                                                 合計     528,000

納品先：日の出産業株式会社 芝浦第二倉庫（1月18日着）
請求書は経理部宛にお送りください。
{SIG_TSURUMI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "purchase order with product codes and prices: numbers that are not personal data",
})

# 038 stop (7) — 破損した XLSX を広告代理店へ
MESSAGES.append({
    "sender": MAKINO,
    "to": ["アドプラネット 國分様 <kokubu@adplanet.co.jp>"],
    "subject": "来場者アンケート集計の送付",
    "charset": "iso-2022-jp",
    "body": f"""株式会社アドプラネット
國分様

お世話になっております。日の出産業の槙野です。
ブース来場者アンケートの集計ファイルをお送りします。
次回出展の訴求ポイント検討の材料にしていただければと思います。
{SIG_MAKINO}
""",
    "attachments": [{"kind": "corrupt", "name": "来場者アンケート集計.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be inspected before it leaves",
})

# 039 pass — 一人の来場者の問合せを販売店へ転送
MESSAGES.append({
    "sender": KURISU,
    "to": ["川崎電機 大阪営業所 湯浅様 <yuasa@kawasaki-denki.co.jp>"],
    "subject": "FW: 展示会でご説明した AGV の件（お問い合わせ）",
    "charset": "iso-2022-jp",
    "body": f"""湯浅様

いつもお世話になっております。日の出産業の栗栖です。
関西物流展にご来場いただいたお客様から下記のお問い合わせがありました。
貴社の商圏ですので、ご訪問の対応をお願いできますでしょうか。

---------- 転送メッセージ ----------
差出人: 大貫 徹 <t.onuki@crest-butsuryu.co.jp>
件名: 展示会でご説明した AGV の件

日の出産業 栗栖様

先日はブースでご説明ありがとうございました。
株式会社クレスト物流 物流部の大貫です。
AGV ヒノデキャリーについて、弊社 堺センターでのデモをお願いしたく連絡しました。
携帯：090-6218-3347（日中は倉庫におりますので携帯にお願いします）

大貫
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a forwarded inquiry of one visitor (name, mobile, e-mail) to a partner: one person's record",
})

# 040 pass — ホテルのブロック契約（部屋数・料金のみ）PDF
MESSAGES.append({
    "sender": NOTO,
    "to": ["さくらホテル有明 法人営業 <houjin-ariake@sakura-hotel.jp>"],
    "subject": "客室ブロック契約書のご返送（1/26～1/29　20室）",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル有明
法人営業ご担当者様

お世話になっております。日の出産業の能登です。
客室ブロック契約書に押印のうえ、PDFにてご返送いたします。
原本は本日郵送いたしました。

ルーミングリストは1/15（金）までにお送りします。
リリース期限（1/12）以降に未使用となった室数の扱いは契約書第4条のとおりと理解しております。
{SIG_NOTO}
""",
    "attachments": [{
        "kind": "pdf", "name": "客室ブロック契約書_日の出産業.pdf", "title": "客室ブロック契約書",
        "lines": ["客室ブロック契約書", "甲：日の出産業株式会社　乙：さくらホテル株式会社 さくらホテル有明",
                  "第1条 乙は甲のために下記の客室を確保する。",
                  "第4条 リリース期限後の未使用客室は1室1泊あたり料金の50%を申し受ける。"],
        "table": [["宿泊日", "シングル", "ツイン", "料金（1室1泊・税込）"],
                  ["1/26", "16", "2", "14,800円 / 22,000円"], ["1/27", "18", "2", "14,800円 / 22,000円"],
                  ["1/28", "18", "2", "14,800円 / 22,000円"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "hotel block contract: room counts and rates, no guests named",
})

# 041 stop (3) — ブースで来場者が倒れた件の報告（病名つき）
MESSAGES.append({
    "sender": YAGISAWA,
    "to": ["関西物流ソリューション展 事務局 <info@navix-exhibition.co.jp>"],
    "subject": "【ご報告】11/19 弊社ブースでの来場者の体調不良について",
    "charset": "utf-8",
    "body": f"""株式会社ナビックス・エキシビション
関西物流ソリューション展 事務局 御中

お世話になっております。日の出産業の八木沢です。
昨日11/19 14時頃、弊社ブース（C-08）で発生した件について、ご依頼の報告をお送りします。

■発生時刻：11月19日 14:05頃
■場所：小間 C-08 デモエリア前
■対象者：株式会社ハヤセ製作所 製造部 勝俣 正樹 様（ご本人確認済み）
■状況：デモ見学中に倒れられ、けいれん症状あり。同行の方によると、てんかんの持病があり
　　　　服薬中とのこと。救護室の看護師が対応後、14:30 救急搬送（なにわ中央病院）。
■その後：本日午前、同社の方から「検査の結果、入院は不要」とのご連絡をいただきました。

弊社スタッフの初動（通路の確保、救護室への連絡）は事務局マニュアルのとおり行っております。
ほかに必要な書式があればお知らせください。
{SIG_YAGISAWA}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named visitor's medical condition (てんかん, emergency transport) to an external organiser",
})

# 042 pass — English: US decorator, booth graphics with a PNG rendering
MESSAGES.append({
    "sender": SUSAKI,
    "to": ["Jordan Pike <jpike@freeline-exhibits.com>"],
    "subject": "Re: PackTech LV booth #2241 - graphics files",
    "charset": "utf-8",
    "body": f"""Hi Jordan,

Thanks for the quick turnaround on the proof. Attached is the updated rendering with
the corrected logo position on the back wall (it should be centered, 600 mm from the top).

Also, please switch the counter graphic from vinyl to fabric (SEG) as we discussed,
and send me a revised quote. PO number stays the same: HS-US-27-0031.

Cheers,
Rena

> Hi Rena,
> Attached is the first proof for the 20x20 island. Let me know of any changes by Friday.
> Jordan Pike | Account Manager | Freeline Exhibit Services
{SIG_SUSAKI}
""",
    "attachments": [{"kind": "png", "name": "booth2241_render_v2.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary English mail with an image to one foreign supplier",
})

# 043 stop (1) — 旅行会社へ海外旅行保険の加入者名簿（XLS、生年月日は和暦）
MESSAGES.append({
    "sender": SUSAKI,
    "to": ["たびプラン 法人デスク <corp@tabi-plan.co.jp>"],
    "subject": "海外旅行保険 加入者名簿（ドイツ出張 4/6～4/15）",
    "charset": "cp932",
    "body": f"""株式会社たびプラン　法人デスク
ご担当者様

いつもお世話になっております。日の出産業の須崎です。
EuroAutomation Fair の出張者7名分の海外旅行保険加入者名簿をお送りします。
ご指定のExcel（97-2003形式）に記入しております。

お手数ですが、保険証券は出張者ごとにPDFでお送りください。

日の出産業株式会社 マーケティング部　須崎 玲奈
TEL 03-5439-2881
""",
    "attachments": [{
        "kind": "xls", "name": "加入者名簿_日の出産業_202704.xls",
        "sheets": {"名簿": [
            ["氏名", "フリガナ", "性別", "生年月日", "住所", "携帯電話"],
            ["鰐淵 亮太", "ワニブチ リョウタ", "男", "昭和63年7月14日", "東京都大田区南雪谷3-8-12", "090-3381-6620"],
            ["比嘉 彩乃", "ヒガ アヤノ", "女", "平成5年11月30日", "神奈川県横浜市港北区日吉本町2-41-7", "080-2219-0415"],
            ["塚越 誠", "ツカゴシ マコト", "男", "昭和54年2月5日", "千葉県船橋市前原西6-3-18", "090-7752-4481"],
            ["須崎 玲奈", "スザキ レナ", "女", "平成2年4月22日", "東京都品川区戸越5-12-3-402", "070-1148-3307"],
            ["舘野 康介", "タテノ コウスケ", "男", "昭和60年9月9日", "埼玉県川口市芝新町14-6", "080-6634-9021"],
            ["汐見 恵美", "シオミ エミ", "女", "平成8年1月17日", "東京都江東区大島7-2-11-805", "090-5510-3768"],
            ["十時 隆", "トトキ タカシ", "男", "昭和51年12月3日", "神奈川県相模原市南区相模大野4-9-2", "080-9907-1254"],
        ]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "7 staff records with birth dates, home addresses and mobiles in an XLS to a travel agency",
})

# 044 pass — 主催者アンケートへの回答（数値のみ）
MESSAGES.append({
    "sender": MAKINO,
    "to": ["関西物流ソリューション展 事務局 <info@navix-exhibition.co.jp>"],
    "subject": "Re: 【ご協力のお願い】出展者アンケート",
    "charset": "iso-2022-jp",
    "body": f"""事務局 御中

日の出産業の槙野です。出展者アンケートに回答いたします。

Q1 ブース来場者数（概算）：1,240名
Q2 名刺交換・スキャン数：612件
Q3 うち商談化見込み：約 9%（55件）
Q4 次回出展意向：出展予定（小間数は検討中）
Q5 ご意見：搬出時の車両待機が長く（最大 2時間10分）、誘導の改善を希望します。

以上です。
{SIG_MAKINO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "survey answers with aggregate counts only",
})

# 045 stop (5) — 自社ドメインの look-alike（sangyou）へ社内向けの内容
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["坂巻 潤 <sakamaki.jun@hinode-sangyou.co.jp>"],
    "subject": "展示会予算の執行状況（12月末時点）",
    "charset": "utf-8",
    "body": f"""坂巻さん

鶴見です。12月末時点の展示会予算の執行状況です。

展示会                      予算        執行済      残
スマートものづくりEXPO      18,000千円  14,260千円  3,740千円
関西物流ソリューション展     9,500千円   9,318千円    182千円
北海道ものづくりフェア       3,200千円     410千円  2,790千円
EuroAutomation Fair         12,000千円   2,150千円  9,850千円

EuroAutomation はブース装飾の前払いが2月に発生します。
来週の予算会議資料に反映をお願いします。
{SIG_TSURUMI}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangyou.co.jp is a look-alike of the organisation's own domain (letter added)",
})

# 046 pass — ブースデザイン一式（暗号化なしZIP：PDF＋PNG）を装飾会社へ
MESSAGES.append({
    "sender": OKABE,
    "to": ["ブースワークス 芦田様 <ashida@boothworks.jp>"],
    "subject": "ロゴデータと製品写真の送付",
    "charset": "iso-2022-jp",
    "body": f"""芦田様

岡部です。ご依頼のロゴデータ、製品写真、レギュレーション資料をZIPにまとめました。
ロゴの使用規定（余白・最小サイズ）はPDFの2ページ目をご確認ください。
{SIG_OKABE}
""",
    "attachments": [{
        "kind": "zip", "name": "hinode_booth_assets.zip",
        "files": [
            {"kind": "pdf", "name": "logo_guideline.pdf",
             "lines": ["日の出産業 ロゴ使用規定", "アイソレーション：ロゴ高さの 1/2 以上",
                       "最小サイズ：幅 20mm（印刷）／ 80px（画面）", "指定色：DIC 156 / #E8601C"]},
            {"kind": "png", "name": "logo_main.png"},
            {"kind": "png", "name": "medicarry_photo_01.png"},
        ],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "plain ZIP of logo guideline and images to the decorator: readable and harmless",
})

# 047 pass — 主催者からの全体通知（添付メール）を装飾会社へ
MESSAGES.append({
    "sender": YAGISAWA,
    "to": ["仁科 様 <nishina@atelier-shoso.co.jp>"],
    "subject": "FW: 【全出展者様】搬入時間の変更について",
    "charset": "iso-2022-jp",
    "body": f"""仁科様

八木沢です。事務局から搬入時間変更の通知が来ましたので、元のメールを添付します。
施工開始が 8:00 → 9:00 に繰り下がるため、職人さんの手配をご調整ください。
{SIG_YAGISAWA}
""",
    "attachments": [{
        "kind": "eml", "name": "搬入時間の変更について.eml",
        "message": {
            "sender": "スマートものづくりEXPO事務局 <exhibit@smartmono-expo.jp>",
            "to": ["exhibitors@smartmono-expo.jp"],
            "subject": "【全出展者様】搬入時間の変更について",
            "charset": "iso-2022-jp",
            "body": """出展者各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
会場側の設備点検に伴い、1月26日（月）の搬入・施工開始時間を下記のとおり変更いたします。

　変更前：8:00　→　変更後：9:00
　（退館時間 20:00 は変更ありません）

ご迷惑をおかけいたしますが、何卒ご理解のほどお願い申し上げます。

スマートものづくりEXPO 運営事務局
TEL 03-6807-4410（平日 10:00～17:00）
""",
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an organiser's general notice attached as a mail: no personal data",
})

# 048 stop (2) — 車両入場申請：運転者の運転免許証番号（PDF）
MESSAGES.append({
    "sender": NOTO,
    "to": ["搬入出デスク <hannyu@smartmono-expo.jp>"],
    "subject": "自社車両 入場申請書の提出（E-212／日の出産業）",
    "charset": "iso-2022-jp",
    "body": f"""搬入出デスク ご担当者様

日の出産業の能登です。
自社トラックでの搬入について、車両入場申請書を提出いたします。
運転者の免許証番号の記入が必須とのことでしたので、記載しております。
{SIG_NOTO}
""",
    "attachments": [{
        "kind": "pdf", "name": "車両入場申請書_E-212.pdf", "title": "車両入場申請書",
        "lines": ["スマートものづくりEXPO 2027　車両入場申請書", "出展者名：日の出産業株式会社　小間番号：E-212",
                  "入場日時：2027年1月26日 9:00～11:00（東4ホール 4番搬入口）"],
        "table": [["項目", "内容"], ["車両", "2tパワーゲート車"], ["登録番号", "品川 400 た 72-18"],
                  ["運転者氏名", "堀切 大輔"], ["運転免許証番号", "第 301908457620 号"],
                  ["運転者携帯", "090-2750-8813"]],
    }],
    "expect": "stop",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a driver's licence number (identity document) of an employee goes to the organiser",
})

# 049 pass — 会期中の緊急連絡先 4名（上限内）
_ec = _staff(4, "onsite-contacts")
MESSAGES.append({
    "sender": YAGISAWA,
    "to": ["メディカル・ヘルステック展 事務局 <office@medtech-fair.jp>"],
    "subject": "会期中の緊急連絡先（日の出産業 小間 M-31）",
    "charset": "cp932",
    "body": f"""メディカル・ヘルステック展 事務局 御中

お世話になっております。日の出産業の八木沢です。
出展者マニュアル p.12 の「会期中緊急連絡先」を提出いたします。

【責任者】　　{_ec[0]['name']}　{_ec[0]['mobile']}
【副責任者】　{_ec[1]['name']}　{_ec[1]['mobile']}
【施工担当】　{_ec[2]['name']}　{_ec[2]['mobile']}
【夜間連絡】　{_ec[3]['name']}　{_ec[3]['mobile']}

以上4名です。
{SIG_YAGISAWA}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four staff emergency contacts with mobiles to the organiser: under five (may warn)",
})

# 050 pass — English: NDA mentioned, "confidential" as a request only
MESSAGES.append({
    "sender": SUSAKI,
    "to": ["Lukas Brenner <l.brenner@brenner-automation.de>"],
    "subject": "Launch timing for EuroAutomation Fair",
    "charset": "utf-8",
    "body": f"""Dear Lukas,

Good news: headquarters approved the European launch of the MediCarry robot at
EuroAutomation Fair on 7 April. As covered by the NDA our companies signed last year,
please keep the launch date to your team until the press release goes out.

Could your sales team staff our stand on 7-9 April (two people per day)? We will cover
the stand passes and lunch. Product training for your staff will be on 6 April at 14:00
at the stand.

Kind regards,
{SIG_SUSAKI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA and an embargo date, to one foreign distributor; no marking",
})

# 051 stop (6) — 件名と本文に【社外秘】を付けた出展戦略を広告代理店へ
MESSAGES.append({
    "sender": OKABE,
    "to": ["アドプラネット 國分様 <kokubu@adplanet.co.jp>"],
    "subject": "【社外秘】2027年度 展示会出展戦略（ドラフト）",
    "charset": "utf-8",
    "body": f"""【社外秘】

國分様

お世話になっております。岡部です。
来期の展示会出展戦略のドラフトを本文にて共有します。
広告出稿計画のご提案に反映いただけますでしょうか。

1. 出展数：国内 4 → 3（北海道ものづくりフェアは見送り）、海外 1 → 2（米国追加）
2. 予算：総額 5,800万円（前年比 +8%）、うち海外 2,400万円
3. 重点製品：ひのでメディキャリー（医療向け）、HS-2000 後継機（2027年秋発表予定）
4. KPI：有効リード 2,000件、商談化率 12%

取締役会前の資料のため、取り扱いにはご注意ください。
{SIG_OKABE}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail itself is classified 【社外秘】 (subject and top of body) and goes to an agency",
})

# 052 pass — 打合せ議事録（DOCX）：出席者の氏名と所属のみ
MESSAGES.append({
    "sender": YAGISAWA,
    "to": ["仁科 様 <nishina@atelier-shoso.co.jp>"],
    "subject": "12/10 施工打合せ 議事録",
    "charset": "iso-2022-jp",
    "body": f"""仁科様

先日はありがとうございました。八木沢です。
打合せの議事録をお送りします。修正点があれば 12/17 までにお知らせください。
{SIG_YAGISAWA}
""",
    "attachments": [{
        "kind": "docx", "name": "議事録_20261210_施工打合せ.docx", "title": "施工打合せ議事録",
        "paragraphs": ["スマートものづくりEXPO 2027 ブース施工打合せ 議事録",
                       "日時：2026年12月10日（木）10:00～11:15　場所：日の出産業 本社5F 会議室B",
                       "1. 床面：スロープ付き置床（H30）で確定。",
                       "2. 照明：LEDスポット 24灯、演出照明はステージ上部のみ。",
                       "3. 電源：三相200V 10kW は北斗電設様で申請。",
                       "4. 次回：1/8（金）最終図面確認。"],
        "tables": [[["出席者", "所属"], ["仁科", "株式会社アトリエ匠装"], ["宍戸", "北斗電設株式会社"],
                    ["八木沢", "日の出産業株式会社"], ["岡部", "日の出産業株式会社"]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "minutes with attendees' surnames and companies only: names carrying no personal data",
})

# 053 pass — フリーメールの学生アルバイトへ本人のシフト確認
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["ayano.higashi_0412@yahoo.co.jp"],
    "subject": "展示会受付スタッフ シフトのご確認",
    "charset": "iso-2022-jp",
    "body": f"""東様

日の出産業の鶴見です。受付スタッフのお仕事をお引き受けいただきありがとうございます。
シフトは下記のとおりです。

　1月27日（水）　9:00〜17:30
　1月29日（金）　9:00〜15:00

集合は東4ホール 出展者入口、服装は黒のパンツスーツでお願いします。
当日の連絡先はブース責任者の八木沢（03-5439-2880）です。
{SIG_TSURUMI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient (a part-timer) receiving her own shift; the phone is a company line",
})

# 054 stop (1) — HTML のみ：ミニセミナー申込者 15名を外部講師へ
_sm = _people(15, "seminar")
MESSAGES.append({
    "sender": MAKINO,
    "to": ["ツバサシステム 比嘉様 <higa@tsubasa-system.jp>"],
    "subject": "1/28 ブースセミナー 事前申込者のご共有",
    "charset": "utf-8",
    "html": """<html><body>
<p>ツバサシステム株式会社<br>比嘉様</p>
<p>お世話になっております。日の出産業の槙野です。<br>
1/28 13:00 の共同ブースセミナー「倉庫DXの始め方」の事前申込者をお送りします（15名）。
講演内容の調整にお使いください。</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>No</th><th>会社名</th><th>氏名</th><th>部署</th><th>メール</th><th>電話</th></tr></thead><tbody>
"""
    + "".join(f"<tr><td>{i + 1}</td><td>{p['corp']}</td><td>{p['name']}</td><td>{p['dept']}</td>"
              f"<td>{p['email']}</td><td>{p['tel']}</td></tr>" for i, p in enumerate(_sm))
    + """</tbody></table>
<p>当日の受付は弊社で行います。</p>
<p>日の出産業株式会社 マーケティング部<br>槙野 拓海　TEL 03-5439-2878</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a 15-person registrant table to an external speaker",
})

# 055 pass — 社内：法人カード番号を経理へ（立替精算）
_c55 = card_number(SEED + 5)
MESSAGES.append({
    "sender": SUSAKI,
    "to": ["経理部 カード管理 <keiri-card@hinode-sangyo.co.jp>"],
    "subject": "法人カード利用報告（PackTech ホテル保証）",
    "charset": "utf-8",
    "body": f"""経理部 カード管理ご担当様

須崎です。PackTech Las Vegas のホテル保証に法人カードを使用しましたので報告します。

カード番号：{_c55}
利用日：2026/12/02
利用先：Desert Palm Hotel Las Vegas（デポジット）
金額：USD 1,250.00

利用明細が届きましたら精算システムに登録します。
{SIG_SUSAKI}
""",
    "expect": "pass",
    "entities": ["CREDIT_CARD"],
    "detectors": [],
    "note": "a full corporate card number, but the only recipient is internal",
})

# 056 pass — ホテルへ：カード下4桁のみ
MESSAGES.append({
    "sender": NOTO,
    "to": ["ホテル海風ベイサイド 予約課 <yoyaku@hotel-umikaze.jp>"],
    "subject": "予約保証カードの変更について",
    "charset": "iso-2022-jp",
    "body": f"""ホテル海風ベイサイド 予約課
ご担当者様

日の出産業の能登です。
予約番号 UK-270126-118 の保証カードについて、先ほどお電話で
番号をお伝えした新しい法人カード（下4桁 {card_number(SEED + 6)[-4:]}）に切り替えをお願いいたしました。
切り替え完了のご連絡をいただけますでしょうか。

カード番号はメールではお送りしませんので、ご了承ください。
{SIG_NOTO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "only the last four digits of a card are mentioned; the number itself was given by phone",
})

# 057 stop (3) — ホテルへ：スタッフの糖尿病と食事対応
MESSAGES.append({
    "sender": NOTO,
    "to": ["さくらホテル札幌 レストラン予約 <restaurant-sapporo@sakura-hotel.jp>"],
    "subject": "2/13 懇親会のお料理について（日の出産業）",
    "charset": "utf-8",
    "body": f"""さくらホテル札幌
レストラン予約ご担当者様

お世話になっております。日の出産業の能登です。
2/13（土）19:00～ 個室「エルム」での懇親会（12名）について、1点ご相談です。

参加者のうち、営業部の 八重樫 徹 は1型糖尿病でインスリン治療中のため、
コースのうち 本人の分だけ糖質を抑えたメニュー（ご飯・デザートの変更）にしていただけますか。
本人からは、乾杯はノンアルコールで、とのことです。

コース内容は前回ご提案の「北海道コース 8,800円」で確定します。
{SIG_NOTO}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's diagnosis and treatment (要配慮: 病歴) sent to a hotel restaurant",
})

# 058 pass — English reply quoting the partner's attendee list ("On ... wrote:")
MESSAGES.append({
    "sender": SUSAKI,
    "to": ["Lukas Brenner <l.brenner@brenner-automation.de>"],
    "subject": "Re: Stand staff from Brenner Automation",
    "charset": "utf-8",
    "body": f"""Dear Lukas,

Perfect, thank you. I have registered all five for stand passes; they will receive
the e-tickets from the fair directly next week.

Best,
Rena

On Tue, 15 Dec 2026 at 09:12, Lukas Brenner <l.brenner@brenner-automation.de> wrote:
> Hi Rena,
> here are our colleagues for the stand, with mobiles for the on-site coordination:
> Jonas Keller     +49 171 5520 318   j.keller@brenner-automation.de
> Mia Hoffmann     +49 160 9934 027   m.hoffmann@brenner-automation.de
> Felix Braun      +49 152 3387 601   f.braun@brenner-automation.de
> Lea Schuster     +49 176 2048 955   l.schuster@brenner-automation.de
> Tim Wagner       +49 157 7712 430   t.wagner@brenner-automation.de
> Best regards, Lukas
{SIG_SUSAKI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the five-person list is only quoted from the recipient's own mail",
})

# 059 pass — 旧形式 XLS の展示会特別価格表を販売店へ
MESSAGES.append({
    "sender": KURISU,
    "to": ["川崎電機 営業推進部 羽生田様 <hanyuda@kawasaki-denki.co.jp>"],
    "subject": "展示会特別価格（販売店様向け）のご案内",
    "charset": "cp932",
    "body": """羽生田様

いつもお世話になっております。日の出産業の栗栖です。
関西物流展の会期中・会期後1か月に限り適用する、販売店様向けの特別価格表を送付いたします。
貴社の基幹システムの都合で xls 形式とのことでしたので、その形式でお送りします。

日の出産業株式会社　営業部 西日本グループ
栗栖 健二　TEL 06-6341-5520
""",
    "attachments": [{
        "kind": "xls", "name": "tokubetsu_kakaku_kansai2026.xls",
        "sheets": {"価格表": [["品番", "品名", "標準価格", "展示会特別仕切", "適用期限"],
                             ["HS-2000", "自動倉庫 基本ユニット", 12800000, 10240000, "2026/12/20"],
                             ["HC-AGV2", "AGV ヒノデキャリー", 3980000, 3184000, "2026/12/20"],
                             ["HV-10", "検品カメラ", 680000, 578000, "2026/12/20"],
                             ["HC-55", "省エネコンプレッサー", 1450000, 1232500, "2026/12/20"]],
                   "注意事項": [["・他の値引きとの併用不可"], ["・納期は受注後 8 週間"]]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a price list in a legacy XLS to a partner: product codes and prices only",
})

# 060 stop (4) — 個人のフリーナレーター3名（別々のフリーメール）をTo一斉
MESSAGES.append({
    "sender": OKABE,
    "to": ["miho.kageyama.voice@gmail.com", "sorimachi_narration@yahoo.co.jp",
           "nukui.ayaka@icloud.com"],
    "subject": "【ご依頼】メディカル・ヘルステック展 ブースナレーション",
    "charset": "iso-2022-jp",
    "body": f"""ナレーターの皆さま

はじめまして。日の出産業株式会社 マーケティング部の岡部と申します。
2月24日〜26日のメディカル・ヘルステック展にて、ブースのプレゼンテーション
ナレーションをお願いできる方を探しております。

　・拘束時間：各日 9:30〜17:30（1日5回、各15分のプレゼン）
　・報酬：1日 55,000円（税込、交通費込み）
　・事前リハーサル：2月22日（月）午後 1時間程度

ご都合のつく日程をお知らせいただけますでしょうか。
{SIG_OKABE}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "three private persons (each a party) can see each other's addresses in To: should be Bcc",
})

# 061 stop (2) — 在留カード番号（入場時の本人確認登録）
MESSAGES.append({
    "sender": YAGISAWA,
    "to": ["インフラ・防災テクノロジー展 出展者係 <exhibitor@infra-bosai-expo.jp>"],
    "subject": "出展者証 本人確認情報の登録（外国籍スタッフ1名）",
    "charset": "utf-8",
    "body": f"""インフラ・防災テクノロジー展 出展者係 御中

お世話になっております。日の出産業の八木沢です。
会場のセキュリティ規定により、外国籍の説明員は在留カード情報の事前登録が必要と伺いました。
該当者1名の情報をお送りします。

　氏名（ローマ字）：NGUYEN VAN THANH
　国籍　　　　　　：ベトナム
　生年月日　　　　：1994年3月18日
　在留カード番号　：UH48271936KA
　所属　　　　　　：日の出産業株式会社 技術部
　出展者証の必要日：3月3日～3月5日

本人には当日、在留カード原本を持参させます。
{SIG_YAGISAWA}
""",
    "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a residence card number (identity document) with name and birth date to an organiser",
})

# 062 pass — リード取得サービスへ個人情報の取扱いを質問（語としての「個人情報」）
MESSAGES.append({
    "sender": OKABE,
    "to": ["LeadCatch 営業窓口 <sales@leadcatch.jp>"],
    "subject": "来場者スキャンデータの取扱いについての確認",
    "charset": "iso-2022-jp",
    "body": f"""LeadCatch 営業ご担当者様

お世話になっております。日の出産業の岡部です。
次回もバッジスキャンサービスを利用予定ですが、社内の個人情報保護の審査で
以下の確認を求められております。ご回答いただけますでしょうか。

　1. スキャンデータ（個人情報）の保存場所（国内リージョンか）と保存期間
　2. 会期終了後、貴社側のデータが削除される時期と削除証明の発行可否
　3. 再委託先の有無
　4. プライバシーマーク／ISMS 認証の取得状況

委託契約書のひな形もあわせてお送りいただけると助かります。
{SIG_OKABE}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the word 個人情報 in passing (a vendor due-diligence question); no data about anyone",
})

# 063 pass — 病名が製品説明に出るだけ（ガイドブック原稿）
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["メディカル・ヘルステック展 ガイドブック編集部 <guidebook@medtech-fair.jp>"],
    "subject": "出展者ガイドブック原稿（日の出産業／M-31）",
    "charset": "utf-8",
    "body": f"""ガイドブック編集部 御中

日の出産業の鶴見です。出展者紹介ページの原稿をお送りします（本文 198字）。

――――――――――
院内搬送ロボット「ひのでメディキャリー」
薬剤・検体・リネンを24時間自動で搬送し、看護師の歩行負担を削減。
感染症病棟や透析室、糖尿病外来など、動線を分けたいエリアの搬送にも対応します。
エレベーター連携・セキュリティドア連携を標準搭載。
会場では実機による検体搬送デモを1日6回実施します。
――――――――――

写真データは別便（ギガファイル便）でお送りします。
{SIG_TSURUMI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "disease words (感染症, 糖尿病) describe a product's use, tied to no person",
})

# 064 pass — 人材派遣会社：インフルエンザ対策とシフト（氏名のみ）
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["ミライキャスト 派遣コーディネーター <coordinate@miraicast.co.jp>"],
    "subject": "Re: 受付スタッフ 確定のご連絡（1/27～1/29）",
    "charset": "iso-2022-jp",
    "body": f"""株式会社ミライキャスト
コーディネーター様

ご手配ありがとうございます。日の出産業の鶴見です。
ご連絡いただいた4名（宍戸様・新堀様・菅生様・瀬尾様）で承知しました。
シフトはいただいた表のとおりで問題ございません。

なお、会期中はインフルエンザ対策として、受付スタッフの方にもマスク着用と
受付カウンターでの手指消毒をお願いしております。マスクは弊社でご用意します。
体調がすぐれない場合は無理をせず、早めに貴社経由でご連絡ください。
{SIG_TSURUMI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "names only (no data about them) and a general flu-prevention note; no one's health is disclosed",
})

# 065 stop (1) — 招待状 DM の宛名リスト（PDF）を印刷会社へ
_dm = _people(10, "dm-list")
_pref = ["東京都千代田区内神田2-4-", "大阪府大阪市西区靱本町1-9-", "愛知県名古屋市中区栄3-18-",
         "神奈川県横浜市西区北幸2-6-", "埼玉県さいたま市大宮区桜木町1-7-", "福岡県福岡市博多区博多駅前4-2-",
         "宮城県仙台市青葉区一番町3-5-", "静岡県浜松市中区板屋町1-11-", "兵庫県神戸市中央区磯上通8-3-",
         "広島県広島市中区八丁堀6-10-"]
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["錦印刷 DM事業部 <dm@nishiki-insatsu.co.jp>"],
    "subject": "招待状DM 宛名データのご送付（第1便 10件）",
    "charset": "cp932",
    "body": f"""錦印刷株式会社 DM事業部 御中

お世話になっております。日の出産業の鶴見です。
メディカル・ヘルステック展の招待状DMについて、宛名データの第1便（10件）をPDFでお送りします。
第2便以降は来週まとめてお送りします。
宛名面のレイアウトは前回（受注番号 NS-26-1185）と同じでお願いいたします。
{SIG_TSURUMI}
""",
    "attachments": [{
        "kind": "pdf", "name": "DM宛名リスト_第1便.pdf", "title": "DM宛名リスト",
        "lines": ["メディカル・ヘルステック展 2027 招待状DM 宛名リスト（第1便）"],
        "table": [["〒", "住所", "会社名", "部署", "氏名", "電話"]]
        + [[f"{100 + i * 37:03d}-{1000 + i * 411:04d}", f"{_pref[i]}{i + 2}", p["corp"], p["dept"],
            f"{p['name']} 様", p["tel"]] for i, p in enumerate(_dm)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "10 people's mailing records (name, address, phone) in a PDF to an external printer",
})

# 066 pass — 来場企業一覧（企業名と人数のみ）を販売店へ
MESSAGES.append({
    "sender": KURISU,
    "to": ["川崎電機 大阪営業所 湯浅様 <yuasa@kawasaki-denki.co.jp>"],
    "subject": "関西物流展 貴社エリアの来場企業（社名のみ）",
    "charset": "utf-8",
    "body": """湯浅様

栗栖です。貴社エリアからブースにお越しいただいた企業の一覧です。
個人の方の情報は含めておりません。既存のお取引先かどうかのご確認にお使いください。

・株式会社クレスト物流（3名）
・大和パッケージ株式会社（2名）
・丸福鋳造株式会社（1名）
・株式会社トキワ樹脂（4名）
・港南スチール株式会社（2名）
・株式会社ライズ工販（1名）
・朝霧ロジテック株式会社（5名）

お取引のない企業については、弊社から直接アプローチしてもよいかご相談させてください。

日の出産業　栗栖
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of companies with head counts: businesses, not people's records",
})

# 067 pass — 電気工事申込書（PDF）
MESSAGES.append({
    "sender": YAGISAWA,
    "to": ["北斗電設 工事部 宍戸様 <koji@hokuto-densetsu.co.jp>"],
    "subject": "電気工事申込書（E-212）",
    "charset": "iso-2022-jp",
    "body": f"""北斗電設株式会社　工事部　宍戸様

お世話になっております。日の出産業の八木沢です。
電気工事申込書をお送りします。幹線の取り出し位置は図面の●印でお願いします。
{SIG_YAGISAWA}
""",
    "attachments": [{
        "kind": "pdf", "name": "電気工事申込書_E-212.pdf",
        "lines": ["電気工事申込書　スマートものづくりEXPO 2027", "出展者：日の出産業株式会社　小間：E-212（4小間）"],
        "table": [["区分", "電圧", "容量", "用途"], ["一次幹線", "単相100V", "6kW", "照明・モニター"],
                  ["一次幹線", "三相200V", "10kW", "デモ機（HS-2000D）"],
                  ["24時間送電", "単相100V", "0.5kW", "サーバー"], ["コンセント", "100V 2口", "12か所", "-"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "technical electricity order form: no personal data",
})

# 068 stop (7) — パスワード付き PDF（小間図面）を装飾会社へ
MESSAGES.append({
    "sender": OKABE,
    "to": ["ブースワークス 芦田様 <ashida@boothworks.jp>"],
    "subject": "小間位置図（M-31）",
    "charset": "iso-2022-jp",
    "body": f"""芦田様

岡部です。事務局から届いた小間位置図をお送りします。
事務局の指示でパスワード付きPDFになっています。パスワードはお電話でお伝えします。
{SIG_OKABE}
""",
    "attachments": [{
        "kind": "pdf", "name": "小間位置図_M-31.pdf", "password": "mht2027",
        "lines": ["メディカル・ヘルステック展 2027 小間位置図", "小間 M-31（6m × 6m、3方開放）",
                  "隣接：M-30、M-32　通路幅 4m"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "a password-protected PDF cannot be inspected",
})

# 069 pass — English: ATA Carnet and commercial invoice XLSX to a forwarder
MESSAGES.append({
    "sender": SUSAKI,
    "to": ["Export Desk <export@gtl-logistics.co.jp>"],
    "cc": [YAGISAWA],
    "subject": "EuroAutomation Fair - shipment under ATA Carnet",
    "charset": "utf-8",
    "body": f"""Dear GTL Export Desk,

Please find attached the commercial invoice (pro forma) for our exhibition shipment to
EuroAutomation Fair 2027. The goods will travel under ATA Carnet No. JP-27-004815 and
return to Japan after the fair.

Pick-up: 2 March 2027, Shibaura warehouse No.2
Consignee: c/o Fair Logistics Partner, Hall 4, Stand B21
Incoterms: DAP

Please let us know the booking number and the vessel/flight once confirmed.
{SIG_SUSAKI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "proforma_invoice_EAF2027.xlsx",
        "sheets": {"Invoice": [["PRO FORMA INVOICE - Exhibition goods (temporary export)"], [],
                               ["Item", "Description", "HS code", "Qty", "Unit value (JPY)", "Total (JPY)"],
                               [1, "Automated storage demo unit HS-2000D", "8428.90", 1, 9800000, 9800000],
                               [2, "Collaborative robot HR-7", "8479.50", 2, 2900000, 5800000],
                               [3, "Inspection camera HV-10", "9031.49", 3, 450000, 1350000],
                               [4, "Printed catalogues (not for sale)", "4911.10", 400, 150, 60000]],
                   "Packing": [["Case", "Dimensions (cm)", "Gross (kg)"], ["C1", "230x150x200", 420],
                               ["C2", "120x80x90", 160]]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a pro forma invoice with HS codes and values: business numbers only",
})

# 070 pass — 名刺3名分を販売店へ
_bc = _people(3, "cards-3")
MESSAGES.append({
    "sender": MAKINO,
    "to": ["マルサン機械商会 営業部 <eigyo@marusan-kikai.co.jp>"],
    "subject": "展示会でお会いした貴社エリアのお客様（3件）",
    "charset": "iso-2022-jp",
    "body": "株式会社マルサン機械商会 営業部 御中\n\n"
            "お世話になっております。日の出産業の槙野です。\n"
            "スマートものづくりEXPOで、貴社の担当エリアのお客様3名と名刺交換しましたのでご連絡します。\n\n"
            + "\n".join(f"■{p['corp']}　{p['dept']} {p['title']}\n　{p['name']} 様\n"
                        f"　TEL {p['tel']}　Mail {p['email']}\n　関心：{p['interest']}" for p in _bc)
            + f"\n\nご訪問の際は弊社の名前を出していただいて構いません。\n{SIG_MAKINO}\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three visitors' business-card details to a distributor: under the five-person line (may warn)",
})

# 071 stop (5) — 川崎電機の別TLD（.com）
MESSAGES.append({
    "sender": KURISU,
    "to": ["川崎電機 営業推進部 羽生田様 <hanyuda@kawasaki-denki.com>"],
    "subject": "招待券50枚の発送について",
    "charset": "iso-2022-jp",
    "body": """羽生田様

いつもお世話になっております。日の出産業の栗栖です。
ご依頼いただいたスマートものづくりEXPOの招待券50枚を、本日レターパックで発送しました。
追跡番号：3841-5572-0916
貴社のお客様へのご案内にお使いください。不足があればお知らせください。

日の出産業株式会社　営業部 西日本グループ
栗栖 健二　TEL 06-6341-5520
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kawasaki-denki.com is another-TLD look-alike of the partner kawasaki-denki.co.jp",
})

# 072 pass — 社内：社外秘の出展報告（PPTX）
MESSAGES.append({
    "sender": OKABE,
    "to": ["マーケティング部 全員 <mkt-all@hinode-sangyo.co.jp>"],
    "cc": ["sakamaki.jun@hinode-sangyo.co.jp"],
    "subject": "スマートものづくりEXPO 2027 出展報告",
    "charset": "utf-8",
    "body": f"""マーケティング部の皆さん

おつかれさまでした。出展報告を添付します（社外秘です。社外には出さないでください）。
金曜の部会で振り返りをします。
{SIG_OKABE}
""",
    "attachments": [{
        "kind": "pptx", "name": "出展報告_smartmono2027.pptx", "page_footer": "社外秘",
        "slides": [["出展結果サマリー", "来場 3,180名（前年比 +14%）", "スキャン 1,422件",
                    "Aランク 162件"],
                   ["費用対効果", "総費用 1,826万円", "リード単価 12,841円", "商談化見込 9.8%"],
                   ["次回への課題", "ステージ前の滞留", "スキャン漏れ（夕方）", "HS-2000 後継機の見せ方"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a 社外秘-stamped deck, but every recipient is internal",
})

# 073 pass — 共同出展の費用按分（XLSX 2シート）
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["ツバサシステム 須磨様 <suma@tsubasa-system.jp>"],
    "subject": "共同出展費用の按分案",
    "charset": "cp932",
    "body": f"""須磨様

いつもお世話になっております。日の出産業の鶴見です。
共同出展の費用按分案をお送りします。小間面積比（日の出 3：ツバサ 1）で按分しています。
ご確認のうえ、問題なければ貴社への請求書を発行いたします。
{SIG_TSURUMI}
""",
    "attachments": [{
        "kind": "xlsx", "name": "共同出展費用按分_E-212.xlsx",
        "sheets": {"按分": [["費目", "総額(円)", "日の出産業", "ツバサシステム"],
                           ["出展料（4小間）", 1782000, 1336500, 445500],
                           ["装飾・施工", 4928000, 3696000, 1232000],
                           ["電気工事", 612000, 459000, 153000],
                           ["受付スタッフ", 396000, 297000, 99000],
                           ["合計", 7718000, 5788500, 1929500]],
                   "前提": [["按分比率 3:1（小間面積比）"], ["ノベルティ・カタログは各社負担"]]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "cost split between two companies: amounts only",
})

# 074 stop (1) — 来場者リスト CSV（25件）を販売店へ
_mk = _people(25, "marusan-csv")
MESSAGES.append({
    "sender": MAKINO,
    "to": ["マルサン機械商会 営業部 間宮様 <mamiya@marusan-kikai.co.jp>"],
    "subject": "ブース来場者データ（貴社担当エリア分）",
    "charset": "iso-2022-jp",
    "body": f"""間宮様

お世話になっております。日の出産業の槙野です。
先日お話しした、スマートものづくりEXPO来場者のうち貴社担当エリア（北関東）の方のデータです。
CSVで25件あります。来月の同行訪問の候補選びにお使いください。
{SIG_MAKINO}
""",
    "attachments": [{
        "kind": "csv", "name": "visitors_kitakanto.csv", "encoding": "cp932",
        "rows": [["スキャン日時", "会社名", "部署", "役職", "氏名", "フリガナ", "電話", "E-mail", "ランク"]]
        + [[f"2027/01/{27 + i % 3} {10 + i % 7}:{(i * 7) % 60:02d}", p["corp"], p["dept"], p["title"],
            p["name"], p["kana"], p["tel"], p["email"], p["rank"]] for i, p in enumerate(_mk)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "25 visitor records in a CSV to an external distributor",
})

# 075 pass — 来場御礼を Bcc で一斉送信（To は自分）
_bcc = _people(8, "thanks-bcc")
MESSAGES.append({
    "sender": MAKINO,
    "to": [MAKINO],
    "bcc": [p["email"] for p in _bcc],
    "subject": "関西物流ソリューション展 ご来場御礼",
    "charset": "iso-2022-jp",
    "body": f"""※本メールは関西物流ソリューション展にて弊社ブースにお立ち寄りいただいた皆さまに
　Bccにてお送りしております。

拝啓　時下ますますご清栄のこととお喜び申し上げます。
このたびは弊社ブースへご来場いただき、誠にありがとうございました。

会期中にご紹介した製品の資料は下記URLからダウンロードいただけます。
https://www.hinode-sangyo.co.jp/event/kansai2026/

今後ともご愛顧のほどよろしくお願い申し上げます。　敬具
{SIG_MAKINO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "visitors addressed in Bcc (they cannot see each other); no personal data in the text",
})

# 076 pass — Outlook 形式の引用（差出人: 送信日時:）に主催者のリードリスト
_oq = _people(7, "outlook-quote")
MESSAGES.append({
    "sender": MAKINO,
    "to": ["LeadCatch サポート <support@leadcatch.jp>"],
    "subject": "RE: スキャンデータの文字化けについて",
    "charset": "cp932",
    "body": f"""LeadCatch サポート ご担当者様

再送ありがとうございます。今度は正しく表示されました。
お手数をおかけしました。

日の出産業　槙野

差出人: LeadCatch サポート <support@leadcatch.jp>
送信日時: 2027年1月28日 9:40
宛先: makino.takumi@hinode-sangyo.co.jp
件名: RE: スキャンデータの文字化けについて

槙野様

文字化けしていた7件を再送いたします。

"""
    + "".join(f"{p['name']}, {p['corp']}, {p['email']}, {p['tel']}\n" for p in _oq)
    + """
LeadCatch サポート
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the 7 records appear only in the quoted vendor mail (差出人/送信日時 block) sent back to its author",
})

# 077 pass — フリーランスのカメラマン（docomo）と主催者広報の二者
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["y.tateno.photo@docomo.ne.jp"],
    "cc": ["広報 <press@smartmono-expo.jp>"],
    "subject": "ブース撮影の件（1/27 10:00〜）",
    "charset": "iso-2022-jp",
    "body": f"""舘野様
（cc：スマートものづくりEXPO 事務局 広報ご担当者様）

日の出産業の鶴見です。ブース撮影のお引き受けありがとうございます。

　日時：1月27日（水）10:00〜12:00（開幕直後のにぎわいを中心に）
　場所：東4ホール E-212
　撮影許可：事務局広報様に申請済み（カメラマン腕章は広報受付でお受け取りください）

データは1月末までにお送りいただければ結構です。
{SIG_TSURUMI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient", "multiple_external_domains"],
    "note": "one free-mail (carrier) recipient plus one organiser: two parties, no personal data",
})

# 078 stop (6) — English: PDF stamped CONFIDENTIAL to a foreign distributor
MESSAGES.append({
    "sender": SUSAKI,
    "to": ["Lukas Brenner <l.brenner@brenner-automation.de>"],
    "subject": "MediCarry EU pricing for the fair",
    "charset": "utf-8",
    "body": f"""Dear Lukas,

As promised, attached is the EU distributor pricing for MediCarry that your team can use
in conversations at the stand. Please do not hand out printed copies to visitors.
{SIG_SUSAKI}
""",
    "attachments": [{
        "kind": "pdf", "name": "MediCarry_EU_distributor_pricing.pdf", "title": "MediCarry EU pricing",
        "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
        "page_footer": "Confidential: do not distribute",
        "lines": ["MediCarry - EU distributor price list (valid from 7 April 2027)"],
        "table": [["Model", "List price (EUR)", "Distributor price (EUR)"],
                  ["MC-100 base", "58,000", "43,500"], ["MC-100 + elevator kit", "66,500", "49,900"],
                  ["Service contract / year", "4,800", "3,600"]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached PDF carries a CONFIDENTIAL header/footer stamp and goes outside",
})

# 079 pass — 来場者（一社一名）へのお見積り送付
MESSAGES.append({
    "sender": KURISU,
    "to": ["北国フーズ 生産技術部 久我様 <kuga@kitaguni-foods.co.jp>"],
    "subject": "お見積書送付の件（AGV ヒノデキャリー 2台）",
    "charset": "iso-2022-jp",
    "body": """北国フーズ株式会社
生産技術部　久我様

先日は関西物流ソリューション展の弊社ブースにお越しいただき、
誠にありがとうございました。日の出産業の栗栖でございます。

ブースでご相談いただいた、冷凍倉庫向け AGV ヒノデキャリー（低温仕様）2台の
お見積書（見積番号 HQ-26-11873）をお送りいたします。
低温仕様はバッテリーの保温ユニットが別途必要となりますので、明細に含めております。

現地調査の日程をご相談させていただければ幸いです。

日の出産業株式会社　営業部 西日本グループ
栗栖 健二
TEL 06-6341-5520 / FAX 06-6341-5521
""",
    "attachments": [{"kind": "pdf", "name": "見積書_HQ-26-11873.pdf",
                     "lines": ["御見積書　見積番号 HQ-26-11873", "北国フーズ株式会社 御中"],
                     "table": [["品名", "数量", "単価", "金額"],
                               ["AGV ヒノデキャリー 低温仕様", "2", "4,380,000", "8,760,000"],
                               ["バッテリー保温ユニット", "2", "320,000", "640,000"],
                               ["据付調整費", "1式", "450,000", "450,000"]]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a quote to one customer contact addressed by name; no personal data beyond the salutation",
})

# 080 pass — ホテルへ3名の宿泊依頼（携帯番号つき）
_h3 = _staff(3, "umikaze-3")
MESSAGES.append({
    "sender": NOTO,
    "to": ["ホテル海風ベイサイド 予約課 <yoyaku@hotel-umikaze.jp>"],
    "subject": "追加予約のお願い（3名・1/26～1/29）",
    "charset": "utf-8",
    "body": "ホテル海風ベイサイド 予約課 ご担当者様\n\n"
            "いつもお世話になっております。日の出産業の能登です。\n"
            "既存予約（UK-270126-118）とは別に、下記3名の追加予約をお願いできますでしょうか。\n\n"
            + "".join(f"　{p['name']}（{p['kana']}）　携帯 {_mobile(_rng('u3' + p['name']), wide=True)}\n"
                      for p in _h3)
            + f"\n　1/26 チェックイン、1/29 チェックアウト　シングル禁煙\n\n"
              f"お支払いは既存予約と同じく法人請求でお願いいたします。\n{SIG_NOTO}\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three guests with (full-width) mobile numbers to a hotel: under the five-person line (may warn)",
})

# 081 stop (4) — VIP 招待を3社のお客様に To で
MESSAGES.append({
    "sender": KURISU,
    "to": ["北国フーズ 久我様 <kuga@kitaguni-foods.co.jp>",
           "東和ケミカル 設備管理課 御中 <setsubi@towa-chem.co.jp>",
           "日高製作所 生産技術部 江藤様 <eto@hidaka-mfg.co.jp>"],
    "subject": "【ご招待】スマートものづくりEXPO 2027 VIP内覧会",
    "charset": "utf-8",
    "body": """お客様各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社の栗栖でございます。

来る1月27日（水）、スマートものづくりEXPO 2027 の開幕前に、
弊社ブース（E-212）にて日頃お世話になっているお客様向けのVIP内覧会を開催いたします。

　日時：2027年1月27日（水）8:45～9:45（一般開場前）
　場所：東京湾岸メッセ 東4ホール 小間 E-212
　内容：HS-2000 後継機の先行ご紹介、技術者による個別説明

ご出席いただける場合は、1月15日までにご返信いただけますと幸いです。

日の出産業株式会社　営業部
栗栖 健二　TEL 06-6341-5520
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three customer companies in To can see each other: should have been Bcc",
})

# 082 pass — 社内：ホテルの確認メール（5名の名簿つき）を添付で共有
_hg = _staff(5, "sapporo-confirm")
MESSAGES.append({
    "sender": NOTO,
    "to": [OKABE, "総務部 出張管理 <shucchou@hinode-sangyo.co.jp>"],
    "subject": "札幌出張 ホテル確定（予約確認メール添付）",
    "charset": "iso-2022-jp",
    "body": """岡部さん、総務部 出張管理ご担当様

能登です。さくらホテル札幌の予約が確定しました。
ホテルからの確認メールをそのまま添付します。精算は法人請求です。

能登
""",
    "attachments": [{
        "kind": "eml", "name": "ご予約確認_SK-20270213.eml",
        "message": {
            "sender": "さくらホテル札幌 宿泊予約 <reserve-sapporo@sakura-hotel.jp>",
            "to": ["noto.haruka@hinode-sangyo.co.jp"],
            "subject": "ご予約確認（SK-20270213）日の出産業株式会社様",
            "charset": "iso-2022-jp",
            "body": "日の出産業株式会社　能登様\n\n下記のとおりご予約を確定いたしました。\n\n"
                    + "".join(f"{p['name']}様　携帯 {p['mobile']}　2/12～2/15　シングル禁煙\n" for p in _hg)
                    + "\nさくらホテル札幌 宿泊予約係　TEL 011-251-3300\n",
        },
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "a hotel mail listing 5 guests with mobiles, attached, but sent only to internal recipients",
})

# 083 either — ホテルへ：妊娠中のスタッフへの配慮依頼
MESSAGES.append({
    "sender": NOTO,
    "to": ["さくらホテル有明 宿泊予約 <reserve-ariake@sakura-hotel.jp>"],
    "subject": "ブロック予約分の部屋割りについてのお願い",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル有明
宿泊予約ご担当者様

いつもお世話になっております。日の出産業の能登です。
1/26～1/29 のブロック予約分について、1点お願いがございます。

宿泊者のうち 和久井 麻衣 は現在妊娠中のため、
エレベーターに近い低層階の禁煙室を割り当てていただけますでしょうか。
また、念のため客室の冷蔵庫を空けておいていただけると助かります。

ルーミングリストは別途お送りしたものから変更はございません。
{SIG_NOTO}
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a named employee's pregnancy to a hotel: health-related but not clearly 要配慮 (病歴); either way",
})

# 084 pass — English: follow-up to one foreign visitor
MESSAGES.append({
    "sender": SUSAKI,
    "to": ["Priya Raman <priya.raman@northgate-logistics.com>"],
    "subject": "Great meeting you at PackTech - HS-2000 information",
    "charset": "utf-8",
    "body": f"""Dear Ms. Raman,

Thank you for visiting the Hinode Sangyo booth (#2241) at PackTech Las Vegas and for the
detailed conversation about your Reno distribution center.

As promised, here are the next steps:
  - HS-2000 technical datasheet (link: https://www.hinode-sangyo.co.jp/en/hs-2000/)
  - A reference case from a 3PL customer in Ohio (attached summary)
  - Our US partner will contact you to schedule a site visit in April

Please let me know if there is anything else we can prepare.
{SIG_SUSAKI}
{DISC_EN}
""",
    "attachments": [{"kind": "pdf", "name": "HS-2000_case_study_3PL.pdf",
                     "lines": ["Case study: 3PL distribution center, Ohio",
                               "Throughput +38%, picking errors -72%, payback 2.6 years"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "follow-up to one business contact with a case study; only the salutation names her",
})

# 085 pass — English: equipment rental order to the US show organiser
MESSAGES.append({
    "sender": SUSAKI,
    "to": ["Exhibitor Services <exhibitor@packtech-lv.com>"],
    "subject": "Booth #2241 - rental order (furniture, AV, internet)",
    "charset": "utf-8",
    "body": f"""Hello,

Please process the following rental order for booth #2241 (Hinode Sangyo Co., Ltd.).
We missed the online advance-rate deadline by one day; if the standard rate applies,
please go ahead anyway.

Item                               Qty   Unit (USD)   Total (USD)
---------------------------------  ---   ----------   -----------
Bar stool, black (FUR-118)           6        62.00        372.00
Counter 1m, white (FUR-305)          2       210.00        420.00
55" LED monitor w/ stand (AV-055)    3       495.00      1,485.00
Hard-wired internet 10 Mbps (IT-10)  1       899.00        899.00
Carpet cleaning, daily (CL-02)       1       180.00        180.00
                                                  Total   3,356.00

Please invoice to the billing contact on file. PO: HS-US-27-0044.
{SIG_SUSAKI}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "rental order with item codes and prices to one organiser",
})

# 086 pass — NDA 締結のやり取り：装飾会社と顧問法律事務所（二者）
MESSAGES.append({
    "sender": OKABE,
    "to": ["ブースワークス 芦田様 <ashida@boothworks.jp>"],
    "cc": ["白川法律事務所 鵜飼先生 <ukai@shirakawa-law.jp>"],
    "subject": "秘密保持契約書（案）のご確認のお願い",
    "charset": "utf-8",
    "body": f"""株式会社ブースワークス　芦田様
（cc：白川法律事務所　鵜飼先生）

お世話になっております。日の出産業の岡部です。
新製品発表ブースの企画をご一緒いただくにあたり、秘密保持契約を締結させてください。
弊社顧問の白川法律事務所にて作成した契約書案を添付いたします。

条文についてご質問がございましたら、cc の鵜飼先生に直接お問い合わせいただいて構いません。
ご確認後、押印版を2部郵送いたします。
{SIG_OKABE}
{DISC_JA}
""",
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書（案）_ブースワークス.docx", "title": "秘密保持契約書（案）",
        "paragraphs": ["秘密保持契約書（案）",
                       "日の出産業株式会社（以下「甲」という）と株式会社ブースワークス（以下「乙」という）は、"
                       "甲の新製品に関する展示会ブースの企画・施工（以下「本件業務」という）に関し、以下のとおり契約を締結する。",
                       "第1条（秘密情報）本契約において秘密情報とは、本件業務に関し甲が乙に開示した技術上・営業上の情報をいう。",
                       "第2条（秘密保持）乙は秘密情報を第三者に開示・漏洩してはならない。",
                       "第5条（有効期間）本契約の有効期間は締結日から2年間とする。"],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "mail about an NDA (draft contract attached, no marking) to two external organisations",
})

# 087 pass — 社内：アンケート生データ CSV（UTF-8）
_aq = _people(30, "survey-raw")
MESSAGES.append({
    "sender": TSURUMI,
    "to": [OKABE, MAKINO],
    "subject": "ブースアンケート 生データ（集計前）",
    "charset": "utf-8",
    "body": """岡部さん、槙野さん

鶴見です。ブースアンケートの生データです（30件、UTF-8のCSV）。
自由記述に来場者の社内事情が書かれているものがあるので、扱いに注意してください。
集計版は明日作ります。

鶴見
""",
    "attachments": [{
        "kind": "csv", "name": "booth_survey_raw.csv", "encoding": "utf-8",
        "rows": [["回答ID", "氏名", "会社名", "メール", "年代", "導入時期", "自由記述"]]
        + [[f"S{1000 + i}", p["name"], p["corp"], p["email"], f"{30 + (i % 4) * 10}代",
            ["半年以内", "1年以内", "未定"][i % 3], ["人手不足が深刻", "夜間無人化を検討", "予算化は来期"][i % 3]]
           for i, p in enumerate(_aq)],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "30 respondents' records in a CSV, but only internal recipients",
})

# 088 pass — 復路の伝票番号一覧（追跡番号）
MESSAGES.append({
    "sender": NOTO,
    "to": ["青葉運輸 梅津様 <umezu@aoba-unyu.co.jp>"],
    "subject": "Re: 復路便の送り状番号",
    "charset": "iso-2022-jp",
    "body": f"""梅津様

ありがとうございます。能登です。
復路の送り状番号、こちらの控えと照合しました。すべて一致しています。

　K-01　4410-2283-9917
　K-02　4410-2283-9928
　K-03　4410-2283-9939
　D-01～D-12（段ボール）　4410-2283-9940 ～ 4410-2283-9951

倉庫での受け取りは 11/24（火）午前でお願いします。
{SIG_NOTO}

>> 日の出産業 能登様
>> 復路の送り状番号をお送りします。ご確認ください。
>> 青葉運輸 梅津
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tracking numbers of crates: numbers that are not personal data",
})

# 089 pass — レセプションに顧客役員2名（連絡先つき）
MESSAGES.append({
    "sender": OKABE,
    "to": ["スマートものづくりEXPO事務局 <exhibit@smartmono-expo.jp>"],
    "subject": "出展者レセプション 同伴ゲストの登録",
    "charset": "iso-2022-jp",
    "body": f"""運営事務局 御中

お世話になっております。日の出産業の岡部です。
1/27 の出展者レセプションに、弊社のお客様2名を同伴ゲストとして登録させてください。

　1）北辰メカトロ株式会社　取締役 生産本部長　反町 隆 様
　　　連絡先：070-3318-5526
　2）株式会社アスカ化成　執行役員　楡井 陽子 様
　　　連絡先：090-8841-0273

ゲストバッジは当日、私が出展者受付でお受け取りします。
{SIG_OKABE}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two guests with phone numbers to the organiser: a short list under five (may warn)",
})

# 090 pass — 短い返信、引用部分に携帯番号を含む長いスレッド
MESSAGES.append({
    "sender": YAGISAWA,
    "to": ["仁科 様 <nishina@atelier-shoso.co.jp>"],
    "subject": "Re: Re: Re: 施工当日の現場連絡先",
    "charset": "utf-8",
    "body": f"""仁科様

承知しました。当日はよろしくお願いします。

八木沢

> 八木沢様
> 当日の現場責任者と職長の連絡先は下記のとおりです。
>   現場責任者　景山　090-1174-6652
>   職長　　　　笹森　080-5590-3318
>   電気担当　　宍戸（北斗電設）　090-2207-8841
>
>> 仁科様
>> 施工当日の現場連絡先を教えていただけますか。こちらは私（八木沢）の携帯が窓口です。
>> 八木沢
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the contacts are only in text quoted from the recipient's own mail",
})

# 091 pass — 個人事業主（outlook.jp）のコンサルタントへデモ日程
MESSAGES.append({
    "sender": MAKINO,
    "to": ["Onodera Consulting <onodera.kenta.pm@outlook.jp>"],
    "subject": "ショールームデモのご案内",
    "charset": "cp932",
    "body": f"""小野寺様

先日はブースでのご質問ありがとうございました。日の出産業の槙野です。
クライアント様向けのデモをご希望とのことでしたので、芝浦ショールームの空き枠をご案内します。

　・2月2日（火）10:00～／14:00～
　・2月4日（木）13:00～
　・2月9日（火）15:00～

所要時間は約90分です。ご都合のよい枠をお知らせください。
{SIG_MAKINO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient (a sole-proprietor consultant); ordinary scheduling",
})

# 092 pass — 会場アクセス案内（シャトルバス・駐車場：事業者と時刻の一覧）、text+HTML
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["東和ケミカル 設備管理課 御中 <setsubi@towa-chem.co.jp>"],
    "subject": "弊社ブースへのアクセスのご案内",
    "charset": "utf-8",
    "body": """東和ケミカル株式会社
設備管理課 御中

ご来場のご連絡ありがとうございます。会場へのアクセスをご案内します。

・無料シャトルバス：東雲ベイ駅 発 8:50／9:20／9:50（以降30分ごと）
・臨時駐車場：湾岸第3駐車場（1日 2,000円）、有明パークP（1日 1,500円）
・最寄り駅：臨海テクノ駅 徒歩7分

ブースは東4ホール E-212 です。受付で「日の出産業の招待」とお伝えください。

日の出産業株式会社 マーケティング部　鶴見
""",
    "html": """<html><body><p>東和ケミカル株式会社<br>設備管理課 御中</p>
<p>ご来場のご連絡ありがとうございます。会場へのアクセスをご案内します。</p>
<table border="1" cellpadding="3"><tr><th>手段</th><th>内容</th></tr>
<tr><td>無料シャトルバス</td><td>東雲ベイ駅 発 8:50／9:20／9:50（以降30分ごと）</td></tr>
<tr><td>臨時駐車場</td><td>湾岸第3駐車場（1日 2,000円）、有明パークP（1日 1,500円）</td></tr>
<tr><td>最寄り駅</td><td>臨海テクノ駅 徒歩7分</td></tr></table>
<p>ブースは東4ホール E-212 です。</p>
<p>日の出産業株式会社 マーケティング部　鶴見</p></body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "access information (buses, car parks): a list of services, not people",
})

# 093 pass — 社内：パスワード付きZIPを同僚へ
_pz = _people(60, "internal-zip")
MESSAGES.append({
    "sender": MAKINO,
    "to": [SAKAMAKI],
    "subject": "スマートものづくりEXPO リード全件（暗号化済み）",
    "charset": "iso-2022-jp",
    "body": """坂巻さん

槙野です。リード全件をパスワード付きZIPで送ります。
パスワードはTeamsのチャットで送りました。

槙野
""",
    "attachments": [{
        "kind": "zip", "name": "smartmono2027_leads_all.zip", "password": "E212-leads!",
        "files": [{"kind": "xlsx", "name": "leads_all.xlsx",
                   "sheets": {"全件": [["会社名", "氏名", "電話", "メール"]]
                              + [[p["corp"], p["name"], p["tel"], p["email"]] for p in _pz]}}],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "an encrypted ZIP holding 60 leads, but the only recipient is internal",
})

# 094 pass — 人材派遣会社の請求書の照会（登録番号つき）
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["ミライキャスト 経理部 <keiri@miraicast.co.jp>"],
    "subject": "ご請求書 MC-2702-0318 の金額について",
    "charset": "iso-2022-jp",
    "body": f"""株式会社ミライキャスト
経理部 ご担当者様

お世話になっております。日の出産業の鶴見です。
標記ご請求書（登録番号 T{_corp_no("011101089934")}）について確認させてください。

　ご請求額　：418,000円（税込）
　発注書金額：396,000円（税込）　※受付スタッフ 4名×3日

差額 22,000円 は1/29の延長分（2名×2時間）かと存じますが、
延長の記録が弊社側で確認できておりません。明細をお送りいただけますでしょうか。
{SIG_TSURUMI}
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice query: a company's T registration number and amounts, no personal data",
})

# 095 pass — ホテルと旅行会社の二者：ブロックの一部移管
MESSAGES.append({
    "sender": NOTO,
    "to": ["さくらホテル有明 法人営業 <houjin-ariake@sakura-hotel.jp>"],
    "cc": ["たびプラン 法人デスク <corp@tabi-plan.co.jp>"],
    "subject": "客室ブロックの一部を旅行会社手配へ移管する件",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル有明 法人営業ご担当者様
（cc：株式会社たびプラン 法人デスク様）

お世話になっております。日の出産業の能登です。
1/26〜1/29 の客室ブロック 20室のうち、シングル4室×3泊を
たびプラン様の交通付きプランに切り替えることになりました。

　移管分：シングル 4室 × 1/26・1/27・1/28
　残り　：シングル 14室、ツイン 2室（弊社直接契約のまま）

移管の手続きについて、お二社の間で直接ご調整いただけますと幸いです。
{SIG_NOTO}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations (hotel and travel agency) in To/Cc; room counts only",
})

# 096 pass — 主催者からのリード提供依頼を断る（個人情報という語のみ）
MESSAGES.append({
    "sender": OKABE,
    "to": ["メディカル・ヘルステック展 事務局 <office@medtech-fair.jp>"],
    "subject": "Re: 来場者データご提供のお願い（次回展の案内用）",
    "charset": "utf-8",
    "body": f"""メディカル・ヘルステック展 事務局 御中

ご連絡ありがとうございます。日の出産業の岡部です。
弊社ブースで取得した来場者の名簿のご提供につきましては、
取得時に利用目的を「弊社からのご案内」に限定しているため、
個人情報保護の観点から第三者提供はいたしかねます。ご了承ください。

代わりに、集計値（来場者数 1,018名、業種別比率：病院 41%・医療機器メーカー 22%・
物流 18%・その他 19%）であればお出しできます。
{SIG_OKABE}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "declining to share a visitor list: 名簿/個人情報 only mentioned, aggregates only",
})

# 097 pass — English: German hotel room block (no names)
MESSAGES.append({
    "sender": SUSAKI,
    "to": ["Reservations <reservations@hotel-rheinblick.de>"],
    "subject": "Room block request 6-15 April 2027 (EuroAutomation Fair)",
    "charset": "utf-8",
    "body": f"""Dear reservations team,

We would like to request a room block for our exhibition team:

  Check-in:  Tuesday, 6 April 2027
  Check-out: Thursday, 15 April 2027 (9 nights)
  Rooms:     7 single rooms, non-smoking, breakfast included
  Billing:   company invoice to Hinode Sangyo Co., Ltd.

Could you quote your fair-period rate and the release date for the block?
The rooming list will follow by 1 March.
{SIG_SUSAKI}
{DISC_EN}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "room block request without guest names; standard disclaimer",
})

# 098 pass — オンライン展示会カタログ用の製品リスト（CSV, UTF-8）
MESSAGES.append({
    "sender": TSURUMI,
    "to": ["スマートものづくりEXPO オンライン事務局 <online@smartmono-expo.jp>"],
    "subject": "オンライン出展者ページ 製品登録データ",
    "charset": "utf-8",
    "body": f"""オンライン事務局 ご担当者様

日の出産業の鶴見です。オンライン出展者ページに掲載する製品データを
指定のCSVフォーマットでお送りします（6製品）。
画像は製品コードと同じファイル名でアップロード済みです。
{SIG_TSURUMI}
""",
    "attachments": [{
        "kind": "csv", "name": "products_hinode.csv", "encoding": "utf-8",
        "rows": [["product_code", "product_name", "category", "price_range", "url"],
                 ["HS-2000", "自動倉庫 HS-2000", "マテハン", "1,000万円～", "https://www.hinode-sangyo.co.jp/products/hs-2000/"],
                 ["HR-7", "協働ロボット HR-7", "ロボット", "300万円～", "https://www.hinode-sangyo.co.jp/products/hr-7/"],
                 ["HC-AGV2", "AGV ヒノデキャリー", "搬送", "350万円～", "https://www.hinode-sangyo.co.jp/products/carry/"],
                 ["HV-10", "検品カメラ HV-10", "検査", "50万円～", "https://www.hinode-sangyo.co.jp/products/hv-10/"],
                 ["HC-55", "省エネコンプレッサー HC-55", "ユーティリティ", "100万円～", "https://www.hinode-sangyo.co.jp/products/hc-55/"],
                 ["HSN-01", "IoTセンサー ひのでセンス", "IoT", "5万円～", "https://www.hinode-sangyo.co.jp/products/sense/"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a CSV of products for the organiser's online catalogue: no people",
})

# 099 pass — フリーのナレーター本人への返信（本人が送ってきた個人番号は引用部分のみ）
_mn99 = my_number(SEED + 7)
MESSAGES.append({
    "sender": OKABE,
    "to": ["貫井 彩花 <nukui.ayaka@icloud.com>"],
    "subject": "Re: 個人番号のご提出",
    "charset": "utf-8",
    "body": f"""貫井様

ご提出ありがとうございます。日の出産業の岡部です。
確かに受領いたしました。番号確認書類の写しは、郵送でお送りいただいた分で揃っております。
報酬のお振込みは2月末日の予定です。

今後、番号は書留など別の方法でいただければ大丈夫ですので、
メールでのご送付はお控えいただけますと幸いです。
{SIG_OKABE}

2027年1月14日(木) 21:08 貫井 彩花 <nukui.ayaka@icloud.com>:
> 日の出産業 岡部様
> お世話になっております。貫井です。
> 支払調書用の個人番号をお送りします。
> {_mn99}
> よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "the My Number appears only in quoted text from the recipient's own mail (her own number)",
})

# 100 pass — 招待コード（個人データでない番号）を一社に
MESSAGES.append({
    "sender": KURISU,
    "to": ["日高製作所 生産技術部 江藤様 <eto@hidaka-mfg.co.jp>"],
    "subject": "Re: 来場登録用の招待コードについて",
    "charset": "iso-2022-jp",
    "body": """江藤様

お世話になっております。日の出産業の栗栖です。
ご依頼の招待コードを5名様分お送りします。公式サイトの来場登録画面で
1コードにつき1名様ご登録いただけます（有効期限 1/29 まで）。

　SM27-HN-48815-K
　SM27-HN-48816-R
　SM27-HN-48817-T
　SM27-HN-48818-M
　SM27-HN-48819-Y

ご来場の際はぜひ E-212 までお立ち寄りください。

日の出産業株式会社　営業部
栗栖 健二　TEL 06-6341-5520
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "registration codes (not tied to named people) to one customer",
})

# ids in order
for _i, _m in enumerate(MESSAGES, 1):
    _m["id"] = f"tenjikai-{_i:03d}"
