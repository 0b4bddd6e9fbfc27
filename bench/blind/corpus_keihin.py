"""keihin — consumer prize campaigns (懸賞・キャンペーン事務局): entry forms and postcards,
lotteries and their witnesses, winners' shipping through a fulfilment vendor and a carrier,
prize suppliers (electrical goods, food gifts, hotel stays, travel), payment of cash prizes
and the legal checks of campaign terms under the premiums law.  Written blind from
BRIEF.md (and SPEC.md for the names) without reading mailguard's code or any other corpus."""

import random

from build import card_number, my_number

SEED = 57001

# -- invented people (every name, address and number below is fictional) -------------------

_SEI = [("佐々木", "ササキ", "sasaki"), ("東海林", "ショウジ", "shoji"), ("五十嵐", "イガラシ", "igarashi"),
        ("勅使河原", "テシガワラ", "teshigawara"), ("小鳥遊", "タカナシ", "takanashi"),
        ("眞鍋", "マナベ", "manabe"), ("鷲尾", "ワシオ", "washio"), ("榊原", "サカキバラ", "sakakibara"),
        ("乙部", "オトベ", "otobe"), ("保科", "ホシナ", "hoshina"), ("蓮見", "ハスミ", "hasumi"),
        ("我妻", "ワガツマ", "wagatsuma"), ("都筑", "ツヅキ", "tsuzuki"), ("比嘉", "ヒガ", "higa"),
        ("仲宗根", "ナカソネ", "nakasone"), ("八木橋", "ヤギハシ", "yagihashi"),
        ("御手洗", "ミタライ", "mitarai"), ("今泉", "イマイズミ", "imaizumi"), ("須賀", "スガ", "suga"),
        ("栗林", "クリバヤシ", "kuribayashi"), ("国分", "コクブ", "kokubu"), ("百目鬼", "ドウメキ", "domeki"),
        ("阿久津", "アクツ", "akutsu"), ("漆原", "ウルシバラ", "urushibara"), ("早乙女", "サオトメ", "saotome"),
        ("苫米地", "トマベチ", "tomabechi"), ("門脇", "カドワキ", "kadowaki"), ("日向", "ヒュウガ", "hyuga"),
        ("鬼塚", "オニツカ", "onitsuka"), ("柳楽", "ナギラ", "nagira"), ("六車", "ムグルマ", "muguruma"),
        ("汐見", "シオミ", "shiomi"), ("桐生", "キリュウ", "kiryu"), ("溝口", "ミゾグチ", "mizoguchi"),
        ("宍戸", "シシド", "shishido"), ("纐纈", "コウケツ", "koketsu"), ("上河内", "カミゴウチ", "kamigochi"),
        ("浅葱", "アサギ", "asagi"), ("姉帯", "アネタイ", "anetai"), ("東條", "トウジョウ", "tojo")]
_MEI = [("陽子", "ヨウコ", "yoko"), ("健太", "ケンタ", "kenta"), ("美咲", "ミサキ", "misaki"),
        ("隆之", "タカユキ", "takayuki"), ("奈緒", "ナオ", "nao"), ("翔", "ショウ", "sho"),
        ("由紀子", "ユキコ", "yukiko"), ("修", "オサム", "osamu"), ("彩花", "アヤカ", "ayaka"),
        ("大輔", "ダイスケ", "daisuke"), ("千尋", "チヒロ", "chihiro"), ("剛志", "ツヨシ", "tsuyoshi"),
        ("恵", "メグミ", "megumi"), ("和也", "カズヤ", "kazuya"), ("里奈", "リナ", "rina"),
        ("悠真", "ユウマ", "yuma"), ("恭子", "キョウコ", "kyoko"), ("昌弘", "マサヒロ", "masahiro"),
        ("真央", "マオ", "mao"), ("伸一", "シンイチ", "shinichi"), ("琴美", "コトミ", "kotomi"),
        ("達郎", "タツロウ", "tatsuro"), ("ひかり", "ヒカリ", "hikari"), ("晴臣", "ハルオミ", "haruomi"),
        ("紗季", "サキ", "saki"), ("源太", "ゲンタ", "genta"), ("朋美", "トモミ", "tomomi"),
        ("一颯", "イブキ", "ibuki"), ("節子", "セツコ", "setsuko"), ("竜也", "タツヤ", "tatsuya")]
_PLACES = [("北海道", "札幌市北区", "北十二条西", "001"), ("宮城県", "仙台市青葉区", "上杉", "980"),
           ("新潟県", "長岡市", "台町", "940"), ("埼玉県", "川越市", "新富町", "350"),
           ("千葉県", "船橋市", "本町", "273"), ("東京都", "世田谷区", "経堂", "156"),
           ("東京都", "練馬区", "石神井台", "177"), ("神奈川県", "相模原市中央区", "矢部", "252"),
           ("静岡県", "浜松市中央区", "佐鳴台", "432"), ("愛知県", "岡崎市", "康生通西", "444"),
           ("岐阜県", "大垣市", "郭町", "503"), ("京都府", "京都市左京区", "下鴨松原町", "606"),
           ("大阪府", "堺市北区", "中百舌鳥町", "591"), ("兵庫県", "姫路市", "白銀町", "670"),
           ("岡山県", "倉敷市", "老松町", "710"), ("広島県", "福山市", "霞町", "720"),
           ("香川県", "高松市", "番町", "760"), ("福岡県", "久留米市", "日吉町", "830"),
           ("熊本県", "熊本市中央区", "水前寺", "862"), ("沖縄県", "浦添市", "牧港", "901"),
           ("岩手県", "盛岡市", "材木町", "020"), ("石川県", "金沢市", "長町", "920"),
           ("愛媛県", "松山市", "道後北代", "790"), ("栃木県", "宇都宮市", "江野町", "320"),
           ("群馬県", "前橋市", "千代田町", "371"), ("長野県", "長野市", "鶴賀", "380"),
           ("奈良県", "奈良市", "学園北", "631"), ("鹿児島県", "鹿児島市", "荒田", "890")]
_BLD = ["コーポ若葉", "サンハイツ", "グランメゾン", "ルミエール", "メゾン桜台", "パークサイド", "ハイム緑"]
_FREE = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp"]


def _people(tag, n):
    """n invented people, the same for the same tag."""
    rng = random.Random(f"{SEED}-{tag}")
    out, used = [], set()
    while len(out) < n:
        s, m = rng.choice(_SEI), rng.choice(_MEI)
        if (s[0], m[0]) in used:
            continue
        used.add((s[0], m[0]))
        pref, city, town, z3 = rng.choice(_PLACES)
        addr = f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
        if rng.random() < 0.35:
            addr += f" {rng.choice(_BLD)}{rng.randint(1, 6)}0{rng.randint(1, 8)}"
        y, mo, d = rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28)
        out.append({
            "name": f"{s[0]} {m[0]}", "kana": f"{s[1]} {m[1]}", "sei": s[0], "mei": m[0],
            "romaji": f"{m[2].capitalize()} {s[2].capitalize()}",
            "zip": f"{z3}-{rng.randrange(10000):04d}", "pref": pref, "addr": addr,
            "tel": f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(10000):04d}",
            "mail": f"{m[2]}.{s[2]}{rng.randint(1, 99)}@{rng.choice(_FREE)}",
            "dob": (y, mo, d), "age": 2026 - y,
        })
    return out


def _zen(s):
    """ASCII digits, hyphens and spaces as people type them in full width."""
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _wareki(dob, style="kanji"):
    y, m, d = dob
    era, base = ("平成", 1988) if y >= 1989 else ("昭和", 1925)
    if style == "short":
        return f"{'H' if era == '平成' else 'S'}{y - base}.{m}.{d}"
    return f"{era}{y - base}年{m}月{d}日"


# -- signatures --------------------------------------------------------------------------------

SIG_MIURA = """
──────────────────────────
日の出産業株式会社
マーケティング本部 販促企画課
三浦 沙織（Miura Saori）
〒103-0027 東京都中央区日本橋2-14-7 日の出ビル6F
TEL 03-5201-4470 / FAX 03-5201-4471
miura.saori@hinode-sangyo.co.jp
──────────────────────────"""

SIG_OKAMOTO = """
--
日の出産業株式会社 販促企画課
岡本 拓海
TEL: 03-5201-4472（直通）
〒103-0027 東京都中央区日本橋2-14-7"""

SIG_TODO = """
*************************************
日の出産業株式会社
マーケティング本部 販促企画課 課長
藤堂 誠  Makoto Todo
TEL 03-5201-4460  携帯 080-4417-2093
*************************************"""

SIG_MIYASHITA = """
----------------------------------------
日の出産業株式会社 法務部 法務課
宮下 佳奈
〒103-0027 東京都中央区日本橋2-14-7
TEL 03-5201-4100（代表）
----------------------------------------"""

SIG_OTSUKI = """
===============================
日の出産業株式会社 経理部
大槻 慎吾（おおつき しんご）
TEL 03-5201-4210  FAX 03-5201-4211
==============================="""

SIG_NAITO = """
━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 お客様相談室
「夏のありがとうキャンペーン」事務局担当
内藤 美穂
フリーダイヤル 0120-48-7707（平日10:00-17:00）
━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_KANNO = """
--------------------
日の出産業(株) 物流課
菅野 剛
埼玉県草加市青柳8-3-11 日の出産業 草加物流センター
TEL 048-930-6612
--------------------"""

SIG_CAMPAIGN = """
_____________________________________
日の出 夏のありがとうキャンペーン事務局
（日の出産業株式会社 販促企画課内）
campaign@hinode-sangyo.co.jp
受付時間 平日10:00～17:00
_____________________________________"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it. Hinode Sangyo Co., Ltd."""

MIURA = "三浦 沙織 <miura.saori@hinode-sangyo.co.jp>"
OKAMOTO = "岡本 拓海 <okamoto.takumi@hinode-sangyo.co.jp>"
TODO = "藤堂 誠 <todo.makoto@hinode-sangyo.co.jp>"
MIYASHITA = "宮下 佳奈 <miyashita.kana@hinode-sangyo.co.jp>"
OTSUKI = "大槻 慎吾 <otsuki.shingo@hinode-sangyo.co.jp>"
NAITO = "内藤 美穂 <naito.miho@hinode-sangyo.co.jp>"
KANNO = "菅野 剛 <kanno.tsuyoshi@hinode-sangyo.co.jp>"
CAMPAIGN = "日の出 夏のありがとうキャンペーン事務局 <campaign@hinode-sangyo.co.jp>"

# the vendors and suppliers (fictional unless a partner of BRIEF.md)
HARENOHI = "久保田 恭平 <kubota@harenohi-ff.co.jp>"          # fulfilment vendor
PROMO = "promo-assist 窓口 <hinode-cp@promo-assist.co.jp>"    # call centre / data entry
AOBA = "青葉運輸 法人営業 <hojin-eigyo@aoba-unyu.co.jp>"
NISHIKI = "錦印刷 営業部 小田切様 <odagiri@nishiki-insatsu.co.jp>"
KAWASAKI = "川崎電機 法人販売課 <houjin-hanbai@kawasaki-denki.co.jp>"
KITAGUNI = "北国フーズ ギフト営業 <gift@kitaguni-foods.co.jp>"
SAKURA = "さくらホテル 宿泊予約課 <reservation@sakura-hotel.jp>"
SHIRAKAWA = "白川法律事務所 弁護士 白川 亮 <r.shirakawa@shirakawa-law.jp>"
TSUBASA = "ツバサシステム 開発部 <dev-cp@tsubasa-system.jp>"
ADBRIDGE = "アドブリッジ 平塚様 <hiratsuka@adbridge.co.jp>"

MESSAGES = []

# ---------------------------------------------------------------------------------------- 001-020

_w002 = _people("w002", 50)
_w013 = _people("w013", 24)
_w017b = _people("w017b", 20)
_w017c = _people("w017c", 25)
_w006 = _people("w006", 1)[0]
_w008 = _people("w008", 2)
_w018 = _people("w018", 1)[0]
_w020 = _people("w020", 40)

MESSAGES += [
    {
        "id": "keihin-001",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": [KAWASAKI],
        "subject": "【お見積りのお願い】キャンペーン賞品用 電気ケトル 100台",
        "body": """川崎電機株式会社
法人販売課 御中

いつもお世話になっております。
日の出産業の岡本でございます。

弊社で7月より実施予定の「日の出 夏のありがとうキャンペーン」にて、
B賞の賞品として御社の電気ケトルを採用させていただきたく、
下記の条件でお見積りをお願いできますでしょうか。

  品番　　：KDK-EK08（0.8L／ホワイト）
  数量　　：100台（予備5台を含めると105台）
  納品先　：株式会社ハレノヒ・フルフィルメント 戸田物流センター
  納期　　：8月22日（金）必着
  その他　：化粧箱入り、のし不要、保証書は同梱のままで結構です

あわせて、賞品として使用する際の商品画像（Web・POP掲載用）の
ご提供可否についてもご教示いただけますと幸いです。

お忙しいところ恐縮ですが、6月13日（金）までにご回答いただけますと
助かります。何卒よろしくお願いいたします。
""" + SIG_OKAMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary request for a quotation to a prize supplier; product code and delivery centre only",
    },
    {
        "id": "keihin-002",
        "charset": "cp932",
        "sender": MIURA,
        "to": [HARENOHI],
        "subject": "D賞（QUOカード）当選者データ送付の件",
        "body": """株式会社ハレノヒ・フルフィルメント
久保田様

お世話になっております。日の出産業の三浦です。

先日の抽選で確定しましたD賞（QUOカード1,000円分）の当選者データのうち、
第1回発送分の50名分をお送りいたします。
CSVの文字コードはShift_JISです。列構成は前回お打ち合わせの定義書どおりです。

発送予定日：7月28日（月）
発送方法　：特定記録郵便（封筒は御社手配分をご使用ください）

住所不備・宛先不明で戻ってきたものは、月末にまとめてご報告ください。
よろしくお願いいたします。
""" + SIG_MIURA,
        "attachments": [{
            "kind": "csv", "name": "D賞_当選者_第1回発送.csv", "encoding": "cp932",
            "rows": [["当選者ID", "賞品", "氏名", "フリガナ", "郵便番号", "住所", "電話番号"]]
            + [[f"D{i + 1:05d}", "D賞 QUOカード1000円", p["name"], p["kana"], p["zip"], p["addr"], p["tel"]]
               for i, p in enumerate(_w002)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "CSV of 50 winners with names, addresses and phone numbers to the fulfilment vendor: a list of people",
    },
    {
        "id": "keihin-003",
        "charset": "utf-8",
        "sender": MIYASHITA,
        "to": [SHIRAKAWA],
        "subject": "夏のありがとうキャンペーン 応募規約（案）のリーガルチェックのお願い",
        "body": """白川法律事務所
白川 亮 先生

いつも大変お世話になっております。日の出産業 法務部の宮下でございます。

標記キャンペーンの応募規約（案）につきまして、リーガルチェックをお願いしたく
ご連絡いたしました。添付のWordファイルをご確認ください。

特にご意見を頂戴したい点は次のとおりです。

1. A賞（ハワイ旅行ペア／1組）は購入を条件としないオープン懸賞として、
   B賞～D賞は対象商品のバーコード貼付によるクローズド懸賞として、
   一つの規約にまとめて記載していますが、表示上の問題はないか。
2. クローズド懸賞部分の景品類の価額について、最高額はB賞（電気ケトル、
   希望小売価格 6,980円）、取引価額は最低 198円のため、20倍の3,960円を超えて
   しまいます。応募口数を「バーコード5枚で1口」とする案で問題が解消するか。
3. 個人情報の取扱いの条項（第9条）で、発送業務の委託先を明記する必要があるか。

なお、景品類の総額は売上予定総額の約1.1%の見込みです（算定資料は別途お送りします）。

ご多忙のところ恐縮ですが、6月20日頃までにご意見をいただけますと幸いです。
""" + SIG_MIYASHITA,
        "attachments": [{
            "kind": "docx", "name": "応募規約_夏のありがとうキャンペーン_v3.docx",
            "title": "応募規約（案）",
            "paragraphs": [
                "日の出 夏のありがとうキャンペーン 応募規約（案）",
                "第1条（主催）本キャンペーンは日の出産業株式会社（以下「当社」）が主催します。",
                "第2条（応募期間）2026年7月1日（水）から8月31日（月）当日消印有効とします。",
                "第3条（応募方法）対象商品のバーコード5枚を専用応募はがきに貼付し、必要事項を記入の上ご応募ください。",
                "第4条（賞品）A賞 ハワイ旅行ペア1組、B賞 電気ケトル100名様、C賞 北海道グルメセット300名様、D賞 QUOカード1,000円分2,000名様。",
                "第5条（当選発表）当選者の発表は賞品の発送をもってかえさせていただきます。",
                "第6条（応募資格）日本国内にお住まいの方に限ります。当社及び関係会社の従業員はご応募いただけません。",
                "第7条（禁止事項）転売目的の応募、同一人物による架空名義の応募を禁止します。",
                "第8条（免責）郵便事故等により応募はがきが到着しない場合、当社は責任を負いません。",
                "第9条（個人情報の取扱い）ご記入いただいた個人情報は、賞品の発送及び本キャンペーンに関するご連絡に利用し、"
                "業務委託先に必要な範囲で預託します。詳細は当社プライバシーポリシーをご覧ください。",
                "お問い合わせ先：日の出 夏のありがとうキャンペーン事務局 0120-48-7707（平日10時～17時）",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legal check of campaign terms with the partner law firm; the terms mention personal information but hold none",
    },
    {
        "id": "keihin-004",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": [HARENOHI],
        "cc": [MIYASHITA],
        "subject": "秘密保持契約書（案）のご送付",
        "body": """株式会社ハレノヒ・フルフィルメント
営業部 久保田様

平素より大変お世話になっております。日の出産業の藤堂です。

先日はお打ち合わせのお時間をいただきありがとうございました。
賞品発送業務の委託にあたり、まずは秘密保持契約を締結させていただきたく、
弊社ひな形の秘密保持契約書（案）をお送りいたします。

当選者の個人情報をお預けすることになりますので、第5条（個人情報の取扱い）と
第8条（再委託の禁止）については、御社の運用と齟齬がないかご確認ください。
修正のご希望があれば、変更履歴付きでお戻しいただければ法務部（宮下）と調整いたします。

契約締結後に、当選者データの受け渡し方法（SFTP）のご案内をいたします。
よろしくお願いいたします。
""" + SIG_TODO,
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書_ハレノヒ様_案.docx", "title": "秘密保持契約書",
            "paragraphs": [
                "秘密保持契約書",
                "日の出産業株式会社（以下「甲」）と株式会社ハレノヒ・フルフィルメント（以下「乙」）は、"
                "甲が乙に委託するキャンペーン賞品発送業務に関し、次のとおり契約を締結する。",
                "第1条（秘密情報）本契約において秘密情報とは、本業務に関して甲が乙に開示した一切の情報をいう。",
                "第2条（秘密保持）乙は秘密情報を第三者に開示又は漏えいしてはならない。",
                "第5条（個人情報の取扱い）乙は、甲から預託を受けた個人情報を本業務の目的の範囲内でのみ利用し、"
                "業務終了後は速やかに消去し、消去証明書を甲に提出する。",
                "第8条（再委託の禁止）乙は甲の書面による承諾なく本業務を第三者に再委託してはならない。",
                "第12条（有効期間）本契約の有効期間は締結日から1年間とする。",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the NDA draft attached: contract wording, no marking and no personal data",
    },
    {
        "id": "keihin-005",
        "charset": "utf-8",
        "sender": CAMPAIGN,
        "to": ["takanashi.chihiro88@gmail.com", "washio-kenta@yahoo.co.jp", "m.nagira@icloud.com"],
        "subject": "【日の出 夏のありがとうキャンペーン】B賞ご当選のお知らせ",
        "body": """このたびは「日の出 夏のありがとうキャンペーン」にご応募いただき、
誠にありがとうございました。

厳正なる抽選の結果、B賞「川崎電機 電気ケトル」にご当選されましたので
お知らせいたします。おめでとうございます。

賞品のお届け先を確認させていただくため、8月20日（木）までに
下記の専用フォームより、お届け先のご住所・お電話番号をご登録ください。

  https://cp.hinode-sangyo.co.jp/summer/winner/

期限までにご登録がない場合は、当選を辞退されたものとさせていただきます。
ご不明な点は事務局までお問い合わせください。
""" + SIG_CAMPAIGN,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "winner notice sent to three private persons in To: each sees the others' addresses, should have been Bcc",
    },
    {
        "id": "keihin-006",
        "charset": "iso-2022-jp",
        "sender": KANNO,
        "to": [AOBA],
        "subject": "再配達のお願い（お問合せ番号 4418-2290-7715）",
        "body": f"""青葉運輸株式会社
法人営業ご担当者様

いつもお世話になっております。日の出産業 物流課の菅野です。

7月30日出荷分のキャンペーン賞品1件が「保管期限切れ」で当センターに
戻ってまいりました。受取人様とご連絡がつきましたので、再配達をお願いいたします。

  お問合せ番号：4418-2290-7715
  お届け先　　：〒{_w006["zip"]} {_w006["addr"]}
  お受取人　　：{_w006["name"]} 様
  電話番号　　：{_w006["tel"]}
  ご希望日時　：8月9日（土） 18時〜20時

集荷は明日午前の定期便でお願いできれば幸いです。
よろしくお願いいたします。
""" + SIG_KANNO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one winner's delivery details to the partner carrier: a single person's record, may be warned",
    },
    {
        "id": "keihin-007",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": [ADBRIDGE],
        "subject": "応募状況の集計（8/17時点）",
        "body": """アドブリッジ 平塚様

お世話になっております。日の出産業の岡本です。
8月17日（日）24時時点の応募状況を集計しましたのでお送りします。

・累計応募口数：84,312口（前週比 +12.4%）
・はがき応募 61%／Web応募 39%
・都道府県別では東京・大阪・神奈川の順、人口比では北海道が突出しています

シートは「都道府県別」「年代別」「日別推移」の3つです。
来週の定例で、終盤の告知強化（店頭POP追加とSNS広告）についてご相談させてください。
""" + SIG_OKAMOTO,
        "attachments": [{
            "kind": "xlsx", "name": "応募集計_0817.xlsx",
            "sheets": {
                "都道府県別": [["夏のありがとうキャンペーン 都道府県別応募口数（8/17時点）"], [],
                            ["都道府県", "はがき", "Web", "合計", "構成比"]]
                + [[p, h, w, h + w, f"{(h + w) / 843.12:.1f}%"] for p, h, w in [
                    ("北海道", 5210, 2788), ("宮城県", 1422, 901), ("埼玉県", 3890, 2514),
                    ("千葉県", 3312, 2230), ("東京都", 7641, 5902), ("神奈川県", 5120, 3871),
                    ("愛知県", 3410, 2105), ("大阪府", 4870, 3307), ("兵庫県", 2601, 1622),
                    ("福岡県", 2233, 1540), ("その他", 11782, 4383)]],
                "年代別": [["年代", "応募口数", "構成比"], ["20代以下", 7120, "8.4%"], ["30代", 15230, "18.1%"],
                         ["40代", 21877, "25.9%"], ["50代", 20114, "23.9%"], ["60代", 13390, "15.9%"],
                         ["70代以上", 6581, "7.8%"]],
                "日別推移": [["日付", "応募口数"]] + [[f"8/{d}", 1100 + (d * 137) % 900] for d in range(1, 18)],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate entry statistics by prefecture, age band and day: no person's record",
    },
    {
        "id": "keihin-008",
        "charset": "cp932",
        "sender": OTSUKI,
        "to": ["山吹税理士法人 担当 桑原様 <kuwabara@yamabuki-tax.jp>"],
        "subject": "賞金の支払調書作成のための情報送付",
        "body": f"""山吹税理士法人
桑原様

いつもお世話になっております。日の出産業 経理部の大槻です。

春に実施した「日の出 100万円が当たる！オープンキャンペーン」の賞金（1名あたり100万円）の
支払について、広告宣伝のための賞金の支払調書を作成いただきたく、
受取人2名の情報をお送りいたします。本人確認書類の写しは社内で保管しております。

【1】
 氏名　　：{_w008[0]["name"]}（{_w008[0]["kana"]}）
 住所　　：{_w008[0]["addr"]}
 個人番号：{my_number(SEED + 1)}
 支払日　：2026年4月24日　支払金額：1,000,000円

【2】
 氏名　　：{_w008[1]["name"]}（{_w008[1]["kana"]}）
 住所　　：{_w008[1]["addr"]}
 個人番号：{my_number(SEED + 2)[:4]} {my_number(SEED + 2)[4:8]} {my_number(SEED + 2)[8:]}
 支払日　：2026年4月24日　支払金額：1,000,000円

源泉徴収は行っておりません（一時所得扱い）。
ご不明点がございましたらご連絡ください。
""" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "two prize winners' My Numbers sent to an outside tax office in the body",
    },
    {
        "id": "keihin-009",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": [NISHIKI],
        "subject": "店頭POP・応募はがき 納品先店舗一覧",
        "body": """錦印刷株式会社
小田切様

お世話になっております。日の出産業の岡本です。
店頭POPと応募はがき（各店500枚）の直送先店舗が確定しましたので、
一覧をお送りします。納品は6月26日（金）午前着でお願いします。

店舗名　　　　　　　　　　住所　　　　　　　　　　　　　　　　　　店舗代表電話
------------------------------------------------------------------------------------------
スーパーマルヨシ 経堂店　　東京都世田谷区経堂2-3-18　　　　　　　03-3429-5511
スーパーマルヨシ 石神井店　東京都練馬区石神井町3-22-1　　　　　03-3996-1120
フレッシュたかぎ 本町店　　千葉県船橋市本町4-40-2　　　　　　　047-431-8802
フレッシュたかぎ 前原店　　千葉県船橋市前原西2-14-9　　　　　　047-472-3310
ヤオコー矢部店（仮称）　　　神奈川県相模原市中央区矢部3-1-6　　042-758-0447
ドラッグみどりや 川越新富町　埼玉県川越市新富町1-17-5　　　　　049-226-7781
生鮮館いずみ 佐鳴台店　　　静岡県浜松市中央区佐鳴台4-8-30　　053-447-2291
マルトミ康生店　　　　　　　愛知県岡崎市康生通西2-6-11　　　　0564-21-3308
------------------------------------------------------------------------------------------
計8店舗（各店 POP A4×2、B5×4、応募はがき500枚）

受付時間は各店とも9時〜11時とのことです。店舗担当者名は当日伝票に
「グロサリー担当」とだけ記載いただければ結構です。
よろしくお願いいたします。
""" + SIG_OKAMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of shops with their addresses and switchboard numbers: businesses, not people",
    },
    {
        "id": "keihin-010",
        "charset": "utf-8",
        "sender": MIURA,
        "to": [HARENOHI],
        "cc": [NISHIKI],
        "subject": "当選通知はがき 印刷・封入スケジュールについて",
        "body": """株式会社ハレノヒ・フルフィルメント 久保田様
錦印刷株式会社 小田切様

お世話になっております。日の出産業の三浦です。
当選通知はがきの印刷から発送までの流れを、三社で確認させてください。

 8/25（火） 日の出 → 錦印刷様：文面データ最終版入稿
 8/27（木） 錦印刷様：色校正提出
 8/29（土） 錦印刷様 → ハレノヒ様：白はがき 2,500枚 納品
 9/1 （火） ハレノヒ様：宛名印字（当選者データは日の出から別途SFTPで受け渡し）
 9/3 （木） ハレノヒ様：差出（料金別納）

宛名印字はハレノヒ様で行っていただくため、錦印刷様には当選者データは
お渡ししません。念のため申し添えます。

9/1以降の工程で変更がある場合は、本メールに全員返信でご連絡ください。
""" + SIG_MIURA + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "schedule mail to two external organisations (vendor and printer): a normal three-way mail",
    },
    {
        "id": "keihin-011",
        "charset": "cp932",
        "sender": OKAMOTO,
        "to": ["錦印刷 小田切様 <odagiri@nishiki-insatu.co.jp>"],
        "subject": "応募はがき 校正戻し（第2校）",
        "body": """錦印刷株式会社
小田切様

お世話になっております。日の出産業の岡本です。
応募はがき第2校を確認しましたので、赤字入りのPDFをお戻しします。

・表面：郵便番号枠の位置を2mm右へ
・裏面：応募規約の文字サイズを7ptに統一
・「当選者の発表は賞品の発送をもって…」の一文を枠内に収める

修正後、第3校をPDFでお送りください。
""" + SIG_OKAMOTO,
        "attachments": [{
            "kind": "pdf", "name": "応募はがき_第2校_赤字.pdf",
            "lines": ["日の出 夏のありがとうキャンペーン 応募はがき（第2校）", "",
                      "【赤字1】郵便番号枠 右へ2mm", "【赤字2】規約文字サイズ 7pt統一",
                      "【赤字3】当選発表の文言を枠内に", "",
                      "応募締切 2026年8月31日（月）当日消印有効"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain nishiki-insatu.co.jp is a look-alike of the partner nishiki-insatsu.co.jp (dropped letter)",
    },
    {
        "id": "keihin-012",
        "charset": "iso-2022-jp",
        "sender": NAITO,
        "to": ["kotomi.shiomi.0405@gmail.com"],
        "subject": "Re: 当選メールが届いたのですが",
        "body": """汐見 様

日の出 夏のありがとうキャンペーン事務局の内藤でございます。
お問い合わせいただきありがとうございます。

お送りしたメールは当事務局からの正式なご当選のご案内でございます。
ご安心くださいませ。

お手数ですが、賞品のお届け先につきましては、メールに記載の専用フォームから
ご登録をお願いいたします。メールでご住所をお送りいただく必要はございません。
なお、当事務局から銀行口座やクレジットカード番号をお尋ねすることはございません。

引き続きよろしくお願い申し上げます。
""" + SIG_NAITO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one winner on free mail with no personal data beyond the salutation",
    },
    {
        "id": "keihin-013",
        "charset": "utf-8",
        "sender": MIURA,
        "to": [OKAMOTO, "物流課 <butsuryu@hinode-sangyo.co.jp>"],
        "subject": "C賞当選者リスト（確定版）共有",
        "body": """岡本さん、物流課各位

C賞の当選者リスト（確定版・24名分の追加当選を含む）を共有します。
取扱いには注意してください。社内共有フォルダにも同じものを置いてあります。

三浦
""",
        "attachments": [{
            "kind": "xlsx", "name": "C賞_当選者_確定版.xlsx",
            "sheets": {"追加当選": [["C賞 追加当選者（繰上げ）"], ["No", "氏名", "郵便番号", "住所", "電話", "メール"]]
                       + [[i + 1, p["name"], p["zip"], p["addr"], p["tel"], p["mail"]] for i, p in enumerate(_w013)]},
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "a winners' list sent only to internal recipients: internal mail passes whatever it carries",
    },
    {
        "id": "keihin-014",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": [ADBRIDGE],
        "subject": "冬季キャンペーン企画書（ドラフト）",
        "body": """アドブリッジ 平塚様

お世話になっております。藤堂です。
冬季キャンペーンの企画書ドラフトをお送りします。
賞品構成と予算配分について、来週水曜の打合せでご意見をください。
""" + SIG_TODO,
        "attachments": [{
            "kind": "pdf", "name": "冬季キャンペーン企画書_draft.pdf", "page_header": "社外秘",
            "title": "2026冬季キャンペーン企画書",
            "lines": ["2026 日の出 冬のぬくもりキャンペーン 企画書（ドラフト）", "",
                      "1. 目的：冬季の麦茶・スープ類の売上底上げ",
                      "2. 期間：2026年11月1日～2027年1月31日",
                      "3. 賞品：A賞 温泉旅館ペア宿泊券 20組 / B賞 ブランケット 500名",
                      "4. 予算：景品 1,850万円 / 販促物 620万円 / 事務局 430万円",
                      "5. 想定応募数：15万口"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached plan is stamped 社外秘 in its page header and goes to an outside agency",
    },
    {
        "id": "keihin-015",
        "charset": "utf-8",
        "sender": KANNO,
        "to": [HARENOHI],
        "subject": "C賞 センター直送分の送り状番号",
        "body": """ハレノヒ・フルフィルメント 久保田様

菅野です。お世話になります。
弊社草加センターから直送したC賞（北海道グルメセット）30件分の
送り状番号をテキストで添付します。お問い合わせ対応の際にご利用ください。
お届け先の情報は御社に先日お渡し済みのデータと当選者IDで突合できます。
""" + SIG_KANNO,
        "attachments": [{
            "kind": "txt", "name": "C賞_送り状番号_0801.txt", "encoding": "utf-8",
            "text": "当選者ID\t賞品コード\t送り状番号\t出荷日\n" + "\n".join(
                f"C{30100 + i:05d}\tHSC-GM3\t{4418 + i % 3}-{(2290 + i * 37) % 10000:04d}-{(7715 + i * 913) % 10000:04d}\t2026/08/01"
                for i in range(30)),
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers keyed by winner ID and product code, no names or addresses",
    },
    {
        "id": "keihin-016",
        "charset": "cp932",
        "sender": OKAMOTO,
        "to": [TSUBASA],
        "subject": "キャンペーンサイト 当選者発表ページ 掲載データ",
        "body": """ツバサシステム 開発部 ご担当者様

お世話になっております。日の出産業の岡本です。
A賞・B賞の当選者発表ページ（9/10公開予定）の掲載データです。
当選者ご本人の了承を得た上で、都道府県とイニシャルのみを掲載します。
レイアウトは前回のキャンペーンと同じ2列表示でお願いします。

【A賞 ハワイ旅行ペア】
  東京都　　S.K さま

【B賞 電気ケトル（抜粋・20名）】
  北海道　　T.M さま　　　宮城県　　A.I さま
  埼玉県　　Y.H さま　　　千葉県　　K.S さま
  東京都　　N.O さま　　　東京都　　R.T さま
  神奈川県　M.W さま　　　新潟県　　H.K さま
  静岡県　　C.N さま　　　愛知県　　E.S さま
  岐阜県　　K.K さま　　　京都府　　Y.D さま
  大阪府　　M.A さま　　　兵庫県　　S.Y さま
  岡山県　　T.U さま　　　広島県　　I.M さま
  香川県　　R.S さま　　　福岡県　　A.H さま
  熊本県　　N.N さま　　　沖縄県　　S.H さま

公開前日に最終確認のURLをお送りください。
""" + SIG_OKAMOTO,
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "21 winners as initials and prefecture for public posting: not contact data, but a privacy officer could see a list of people",
    },
    {
        "id": "keihin-017",
        "charset": "utf-8",
        "sender": KANNO,
        "to": [AOBA],
        "subject": "8/8出荷分 発送データ（B賞・C賞）",
        "body": """青葉運輸 法人営業ご担当者様

いつもお世話になっております。日の出産業 物流課の菅野です。
8月8日（金）集荷分の発送データをお送りします。
B賞20件、C賞25件（クール便）です。送り状の発行をお願いいたします。
""" + SIG_KANNO,
        "attachments": [{
            "kind": "xlsx", "name": "発送データ_0808.xlsx", "title": "発送データ",
            "sheets": {
                "B賞_電気ケトル": [["2026夏キャンペーン B賞 発送リスト（8/8集荷）"],
                                ["No", "お届け先氏名", "郵便番号", "お届け先住所", "電話番号", "品名", "便種"]]
                + [[i + 1, p["name"], p["zip"], p["addr"], p["tel"], "電気ケトル", "常温"] for i, p in enumerate(_w017b)],
                "C賞_グルメセット": [["2026夏キャンペーン C賞 発送リスト（8/8集荷）"],
                                 ["No", "お届け先氏名", "郵便番号", "お届け先住所", "電話番号", "品名", "便種"]]
                + [[i + 1, p["name"], p["zip"], p["addr"], p["tel"], "北海道グルメセット", "冷凍"] for i, p in enumerate(_w017c)],
                "備考": [["集荷", "8/8 14:00 草加物流センター"], ["依頼主", "日の出産業株式会社 物流課 048-930-6612"]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX with two sheets of 45 winners' delivery addresses and phone numbers to the carrier",
    },
    {
        "id": "keihin-018",
        "charset": "iso-2022-jp",
        "sender": NAITO,
        "to": [_w018["mail"]],
        "subject": "Re: 住所変更について",
        "body": f"""{_w018["sei"]} 様

キャンペーン事務局の内藤でございます。
ご連絡ありがとうございます。お届け先の変更、承知いたしました。
変更後のご住所へ、8月下旬に発送いたします。
発送の際には改めてメールでお知らせいたします。

今後ともよろしくお願いいたします。
""" + SIG_NAITO + f"""

> キャンペーン事務局 御中
>
> C賞に当選した{_w018["name"]}です。引っ越しをしたので、送り先を変更してください。
> 新住所：〒{_w018["zip"]} {_w018["addr"]}
> 電話：{_w018["tel"]}
> よろしくお願いします。
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to a winner on free mail; her own address appears only in the quoted text",
    },
    {
        "id": "keihin-019",
        "charset": "utf-8",
        "sender": TODO,
        "to": ["Ingrid Holm <ingrid.holm@nordvik-outdoor.com>"],
        "subject": "Prize stock for our winter campaign - 2-person tents",
        "body": """Dear Ms. Holm,

Thank you for your quick reply last week.

We would like to confirm the order of the Nordvik "Fjell 2" tents as prizes for our
winter campaign in Japan:

  Item:      Fjell 2 (olive), SKU NV-F2-OLV
  Quantity:  60 units
  Incoterms: DAP Tokyo, delivered to our fulfilment vendor's warehouse in Toda, Saitama
  Timing:    arrival by 20 October 2026

Could you also send us the product images and a short Japanese product description
we may use on the campaign website? Our purchase order (PO-2026-0418) will follow
from our procurement team.

Best regards,

Makoto Todo
Manager, Sales Promotion
Hinode Sangyo Co., Ltd.
2-14-7 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel +81-3-5201-4460
""" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English order mail to a foreign prize supplier with the standard disclaimer",
    },
    {
        "id": "keihin-020",
        "charset": "cp932",
        "sender": MIURA,
        "to": [HARENOHI],
        "subject": "Ｃ賞 追加当選者データ（パスワード付き）",
        "body": """久保田様

お世話になっております。日の出産業の三浦です。
C賞の繰上げ当選者データをお送りします。
ZIPファイルのパスワードは、別メールにてお送りいたします。

よろしくお願いします。
""" + SIG_MIURA,
        "attachments": [{
            "kind": "zip", "name": "C賞_追加当選者_0822.zip", "password": "Hn0822#cp",
            "files": [{"kind": "csv", "name": "C賞_追加当選者_0822.csv", "encoding": "cp932",
                       "rows": [["ID", "氏名", "郵便番号", "住所", "電話"]]
                       + [[f"C9{i:04d}", p["name"], p["zip"], p["addr"], p["tel"]] for i, p in enumerate(_w020)]}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) to the vendor: the attachment cannot be inspected",
    },
]

# ---------------------------------------------------------------------------------------- 021-040

_c023 = _people("c023", 1)[0]
_w025 = _people("w025", 3)
_w026 = _people("w026", 1)[0]
_w029 = _people("w029", 8)
_w031 = _people("w031", 1)[0]
_w035 = _people("w035", 1)[0]
_w037 = _people("w037", 6)
_w038 = _people("w038", 1)[0]
_card023 = card_number(SEED + 3)

MESSAGES += [
    {
        "id": "keihin-021",
        "charset": "iso-2022-jp",
        "sender": MIYASHITA,
        "to": [SHIRAKAWA],
        "subject": "抽選会への立会いのお願い（9月2日）",
        "body": """白川法律事務所
白川 亮 先生

お世話になっております。日の出産業 法務部の宮下です。

先日お電話でご相談しました、夏のありがとうキャンペーンの抽選会への
立会いについて、日程と段取りが固まりましたのでご案内いたします。

　日時：2026年9月2日（水）14:00〜16:00（13:45にお越しください）
　場所：日の出産業 本社6階 第2会議室
　　　　東京都中央区日本橋2-14-7 日の出ビル
　方法：ツバサシステム社の抽選プログラムによる乱数抽選
　　　　（乱数シードは当日その場で先生に決めていただく方式です）
　出席：弊社 藤堂（販促企画課長）、三浦、宮下／ツバサシステム社 技術担当1名

抽選後、立会証明書にご署名をお願いしたく、ひな形を当日ご用意いたします。
立会いの費用につきましては、前回同様の条件で請求書をお送りください。

どうぞよろしくお願いいたします。
""" + SIG_MIYASHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "arranging a lawyer to witness the lottery: staff names only, no personal data",
    },
    {
        "id": "keihin-022",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": [TSUBASA],
        "subject": "Web応募フォーム 項目定義書 v1.2",
        "body": """ツバサシステム 開発部 ご担当者様

お世話になっております。日の出産業の岡本です。
Web応募フォームの項目定義書を更新しました（v1.2）。主な変更点は以下です。

- 電話番号：ハイフンなし11桁に統一、全角入力は半角に自動変換
- 生年月日：年齢確認のため「年」のみ取得に変更（プルダウン）
- レシート画像：最大5MB、JPEG/PNGのみ
- 同一メールアドレスからの応募は1日3口まで

入力例の表示は仮データ（山田 太郎／090-XXXX-XXXX）のままで結構です。
テスト環境への反映日程をご連絡ください。
""" + SIG_OKAMOTO,
        "attachments": [{
            "kind": "pdf", "name": "応募フォーム項目定義書_v1.2.pdf", "title": "応募フォーム項目定義書",
            "lines": ["Web応募フォーム 項目定義書 v1.2", "日の出 夏のありがとうキャンペーン"],
            "table": [["No", "項目名", "必須", "型", "桁数", "入力例"],
                      ["1", "氏名（姓・名）", "○", "全角", "各20", "山田 太郎"],
                      ["2", "フリガナ", "○", "全角カナ", "各20", "ヤマダ タロウ"],
                      ["3", "郵便番号", "○", "半角数字", "7", "1000000"],
                      ["4", "住所", "○", "全角", "100", "都道府県から入力"],
                      ["5", "電話番号", "○", "半角数字", "11", "090XXXXXXXX"],
                      ["6", "メールアドレス", "○", "半角", "256", "xxx@example.com"],
                      ["7", "生年（年齢確認）", "○", "選択", "-", "1980"],
                      ["8", "希望賞品", "○", "選択", "-", "B賞"],
                      ["9", "レシート画像", "○", "画像", "5MB", "-"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "entry-form field specification with placeholder examples only",
    },
    {
        "id": "keihin-023",
        "charset": "utf-8",
        "sender": NAITO,
        "to": [PROMO],
        "subject": "FW: 送料の二重引き落としについて",
        "body": f"""promo-assist 窓口ご担当者様

お世話になっております。日の出産業 お客様相談室の内藤です。
下記のお問い合わせが弊社窓口に直接届きましたので転送します。
応募者全員プレゼントの送料決済の件ですので、決済明細を確認のうえ
ご本人へのご回答をお願いできますでしょうか。

-------- Forwarded Message --------
From: {_c023["name"]} <{_c023["mail"]}>
Subject: 送料の二重引き落としについて

日の出産業さま

全員プレゼントの「オリジナルタンブラー」に応募し、送料550円を
カードで支払いましたが、明細を見ると2回引き落とされています。
1回分を返金してください。

カード番号：{_card023[:4]}-{_card023[4:8]}-{_card023[8:12]}-{_card023[12:]}
名義：{_c023["romaji"].upper()}
電話：{_c023["tel"]}
{_c023["name"]}
""" + SIG_NAITO,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forwarded customer mail carries a full credit card number to the call-centre vendor",
    },
    {
        "id": "keihin-024",
        "charset": "cp932",
        "sender": OKAMOTO,
        "to": [SAKURA],
        "subject": "キャンペーン賞品用 ペア宿泊券のご発注",
        "body": """株式会社さくらホテル
宿泊予約課 ご担当者様

いつもお世話になっております。日の出産業の岡本でございます。
先日お見積りいただきましたペア宿泊券について、下記のとおり発注いたします。

　発注番号：PO-2026-0533
　商品　　：さくらホテル 金沢 ツイン1泊朝食付き ペア宿泊券
　枚数　　：20枚（券番号 SKR-26-0001 ～ SKR-26-0020）
　有効期限：2027年3月31日
　除外日　：年末年始、GW、お盆期間（券面記載のとおり）
　納品先　：〒103-0027 東京都中央区日本橋2-14-7 日の出産業 販促企画課 岡本宛

当選者からのご予約は、当選者ご本人から御社へ直接お電話いただく形とし、
予約時に券番号をお伝えいただくよう案内いたします。
請求書は納品月末締めでお送りください。
""" + SIG_OKAMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "purchase order for hotel vouchers with voucher and order numbers: business data only",
    },
    {
        "id": "keihin-025",
        "charset": "iso-2022-jp",
        "sender": MIURA,
        "to": [HARENOHI],
        "subject": "宛先修正のお願い（3件）",
        "body": f"""久保田様

お世話になっております。三浦です。
お客様相談室経由で、当選者から住所訂正の連絡が3件ありました。
発送前のデータの修正をお願いします。

■D00412
　{_w025[0]["name"]} 様
　〒{_w025[0]["zip"]} {_w025[0]["addr"]}
　TEL {_w025[0]["tel"]}

■D01187
　{_w025[1]["name"]} 様
　〒{_w025[1]["zip"]} {_w025[1]["addr"]}
　TEL {_w025[1]["tel"]}

■D01903
　{_w025[2]["name"]} 様
　〒{_w025[2]["zip"]} {_w025[2]["addr"]}
　TEL {_w025[2]["tel"]}

修正後のデータで発送いただければ、再送のご連絡は不要です。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three winners' corrected addresses to the vendor: under five people, may be warned",
    },
    {
        "id": "keihin-026",
        "charset": "cp932",
        "sender": OKAMOTO,
        "to": [SAKURA],
        "subject": "キャンペーン当選者のご宿泊について（お部屋のご配慮のお願い）",
        "body": f"""さくらホテル 宿泊予約課 ご担当者様

お世話になっております。日の出産業の岡本でございます。

ペア宿泊券の当選者の方から弊社事務局にご相談がありましたので、
事前にお知らせいたします。

　ご予約名：{_w026["name"]} 様（券番号 SKR-26-0007）
　ご宿泊日：2026年10月17日（土）1泊
　ご連絡先：{_w026["tel"]}

ご本人が下肢に障害をお持ちで車椅子をご利用とのことで、
バリアフリー対応のお部屋と、館内の段差の少ない動線のご案内を
お願いできないかとのご要望です。追加料金が発生する場合は弊社でご負担いたします。

ご対応可否をお知らせいただけますと幸いです。
""" + SIG_OKAMOTO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named winner's disability (wheelchair user) sent to the hotel: 要配慮個人情報 of one person",
    },
    {
        "id": "keihin-027",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": [ADBRIDGE],
        "subject": "Re: 終盤の応募数見込み",
        "body": """平塚様

岡本です。ご質問の件、数字だけ先にお送りします。

 直近7日の平均：1日 2,140口
 締切までの残り：14日
 見込み着地　　：約114,000口（目標 120,000口 に対し 95%）

はがきの到着ラグ（消印から3～4日）を考えると、もう少し上振れるかもしれません。
SNS広告の追加出稿は、週内にご提案いただければ稟議を回します。

> 締切までの着地見込みを教えていただけますか。
> 必要であれば追加の広告枠を押さえます。
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "short reply with aggregate entry counts to the agency",
    },
    {
        "id": "keihin-028",
        "charset": "iso-2022-jp",
        "sender": MIURA,
        "to": [KITAGUNI],
        "subject": "Re: C賞「北海道グルメセット」欠品と代替品のご提案について",
        "body": """北国フーズ株式会社
ギフト営業ご担当者様

お世話になっております。日の出産業の三浦です。
ご丁寧なご連絡をありがとうございます。

ご提案いただいた代替品（いくら醤油漬を帆立燻製に変更、同価格帯）で
進めていただいて問題ございません。
当選者への案内文に「都合により内容を一部変更する場合があります」と
記載済みですので、個別のご連絡は不要と考えております。

出荷予定（8/20以降）に変更がないかだけ、念のためご確認ください。

-----Original Message-----
差出人: 北国フーズ ギフト営業 <gift@kitaguni-foods.co.jp>
送信日時: 2026年8月12日 16:05
宛先: 三浦 沙織
件名: C賞「北海道グルメセット」欠品と代替品のご提案について

日の出産業 三浦様

いつもお世話になっております。北国フーズの畠山です。
原料の入荷遅れにより、セット内の「いくら醤油漬 80g」が8月中に
300セット分揃わない見込みとなりました。
大変申し訳ございませんが、同価格帯の「帆立燻製 120g」への差し替えを
ご検討いただけませんでしょうか。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply thread with a food prize supplier about a substitute item",
    },
    {
        "id": "keihin-029",
        "charset": "cp932",
        "sender": KANNO,
        "to": [AOBA],
        "subject": "持ち戻り分 再配達依頼（８件）",
        "body": """青葉運輸 法人営業ご担当者様

日の出産業 物流課の菅野です。いつもお世話になっております。
不在持ち戻りで保管中の賞品のうち、ご本人と連絡がついた８件の再配達をお願いします。

お問合せ番号　　　　　氏名　　　　　　電話番号　　　　　　お届け先
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
""" + "\n".join(
            f"{_zen(f'4419-{3301 + i * 7:04d}-{(5120 + i * 311) % 10000:04d}')}　{p['name']}　{_zen(p['tel'])}　〒{_zen(p['zip'])} {_zen(p['addr'])}"
            for i, p in enumerate(_w029)) + """
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－

いずれも時間指定は夜間（19-21時）希望です。
よろしくお願いいたします。
""" + SIG_KANNO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "eight winners' names, phone numbers and addresses in full-width digits pasted in the body to the carrier",
    },
    {
        "id": "keihin-030",
        "charset": "utf-8",
        "sender": TODO,
        "to": [ADBRIDGE],
        "subject": "Re: 効果測定レポートのご依頼について",
        "body": """平塚様

藤堂です。お世話になっております。

効果測定レポートの件、ありがとうございます。
ご依頼いただいた対象商品の店舗別売上実績については、社内規程で社外秘扱いとなっており、
そのままの数値はお出しできません。前年同期比（%）の指数であればお渡しできますので、
それで分析可能かご検討ください。

応募数・応募者属性（年代・地域の集計値）は従来どおりご提供します。

> 効果測定のため、キャンペーン期間中の店舗別売上をいただけますでしょうか。
""" + SIG_TODO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions that sales data is 社外秘 and is therefore not sent: a mention, not a marking",
    },
    {
        "id": "keihin-031",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": ["湘南オートモール 登録課 <touroku@shonan-automall.co.jp>"],
        "subject": "創業60周年キャンペーン 特賞（軽自動車）当選者の登録手続きについて",
        "body": f"""湘南オートモール株式会社
登録課 ご担当者様

お世話になっております。日の出産業の藤堂でございます。
特賞の軽自動車について、当選者ご本人の名義での登録をお願いしたく、
ご本人から提出いただいた情報をお送りいたします。

　氏名　　　　：{_w031["name"]}（{_w031["kana"]}）
　生年月日　　：{_wareki(_w031["dob"])}
　住所　　　　：〒{_w031["zip"]} {_w031["addr"]}
　電話番号　　：{_w031["tel"]}
　運転免許証　：第 {3040 + _w031["dob"][1]}{_w031["dob"][0] % 100:02d}{_w031["dob"][2]:02d}3185 号（{"ブルー"}）
　保管場所　　：自宅敷地内（車庫証明はご本人が取得済み）

納車日は10月上旬を希望されています。必要書類に不足があればお知らせください。
""" + SIG_TODO,
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a car-prize winner's driver's licence number with birth date and address to the dealer",
    },
    {
        "id": "keihin-032",
        "charset": "utf-8",
        "sender": MIURA,
        "to": [HARENOHI],
        "subject": "発送完了報告の件（8月分）",
        "body": """久保田様

お世話になっております。三浦です。
8月分の発送完了報告、確認いたしました。ありがとうございます。

 賞品　　　　発送予定　発送済　返送　未発送
 B賞 ケトル　　 100　　 100　　 2　　  0
 C賞 グルメ　　 300　　 297　　 4　　  3
 D賞 QUO　　  2,000　 1,992　　 9　　  8

C賞の未発送3件は代替品の入荷待ち、D賞8件は住所不備の確認中と理解しています。
返送分（計15件）は、再発送可否を9/5までにご連絡します。

引き続きよろしくお願いいたします。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "shipping statistics by prize: counts only",
    },
    {
        "id": "keihin-033",
        "charset": "utf-8",
        "sender": KANNO,
        "to": [HARENOHI],
        "subject": "お問い合わせ対応用 青葉運輸 担当営業所一覧",
        "body": """久保田様

菅野です。当選者からの配送問い合わせの転送先として、
青葉運輸さんの担当営業所一覧をCSVにまとめました。
受付時間外は本社のお客様センターへ回してください。
""" + SIG_KANNO,
        "attachments": [{
            "kind": "csv", "name": "aoba_eigyosho.csv", "encoding": "utf-8",
            "rows": [["エリア", "営業所名", "所在地", "電話番号", "受付時間"],
                     ["北海道", "札幌北営業所", "北海道札幌市北区新川3条7-1-20", "011-765-4410", "8:00-20:00"],
                     ["東北", "仙台卸町営業所", "宮城県仙台市若林区卸町2-9-3", "022-238-7702", "8:00-20:00"],
                     ["関東", "戸田美女木営業所", "埼玉県戸田市美女木6-12-8", "048-421-3390", "8:00-21:00"],
                     ["関東", "草加青柳営業所", "埼玉県草加市青柳7-40-1", "048-930-2271", "8:00-21:00"],
                     ["中部", "名古屋港営業所", "愛知県名古屋市港区木場町5-8", "052-691-0184", "8:00-20:00"],
                     ["関西", "大阪南港営業所", "大阪府大阪市住之江区南港東4-3-21", "06-6613-5520", "8:00-20:00"],
                     ["中国", "広島出島営業所", "広島県広島市南区出島1-28-6", "082-250-6637", "8:00-20:00"],
                     ["九州", "福岡箱崎営業所", "福岡県福岡市東区箱崎ふ頭2-5-17", "092-641-9905", "8:00-20:00"],
                     ["全国", "お客様センター", "-", "0120-33-8108", "24時間"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "CSV of a carrier's depots with addresses and phone numbers: a list of businesses",
    },
    {
        "id": "keihin-034",
        "charset": "cp932",
        "sender": KANNO,
        "to": ["青葉運輸 法人営業 <hojin-eigyo@aoba-unyu.jp>"],
        "subject": "9月分 集荷スケジュールのご連絡",
        "body": """青葉運輸株式会社 法人営業ご担当者様

いつもお世話になっております。日の出産業 物流課の菅野です。
9月のキャンペーン賞品の集荷予定をお知らせします。

 9/3（木） 14:00　D賞 封書 約600通（特定記録は別途郵便局差出）
 9/8（火） 14:00　B賞 追加分 12個口
 9/10（木）10:00　C賞 代替品分 3個口（冷凍）

車両は2t1台で足りる見込みです。変更がある場合は前日までにご連絡します。
""" + SIG_KANNO,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyu.jp drops the co. of the partner domain aoba-unyu.co.jp: a look-alike recipient",
    },
    {
        "id": "keihin-035",
        "charset": "utf-8",
        "sender": OTSUKI,
        "to": ["総務課 マイナンバー担当 <mynumber-kanri@mail.hinode-sangyo.co.jp>"],
        "subject": "【社内】賞金受取人の個人番号の登録依頼",
        "body": f"""総務課 マイナンバー担当各位

経理部の大槻です。
オープンキャンペーン賞金の受取人について、支払調書作成のため
個人番号の登録をお願いします。本人確認は経理で完了しています。

  受取人：{_w035["name"]}
  住所　：{_w035["addr"]}
  個人番号：{my_number(SEED + 4)}
  利用目的：広告宣伝のための賞金の支払調書作成

登録後、本メールは削除します。
""",
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
        "detectors": [],
        "note": "My Number sent only to an internal subdomain (mail.hinode-sangyo.co.jp): all recipients internal",
    },
    {
        "id": "keihin-036",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": ["PRノート 広報支援チーム <team@prnote.co.jp>"],
        "subject": "ニュースリリース原稿（キャンペーン結果）のご確認",
        "body": """株式会社PRノート 広報支援チーム 御中

お世話になっております。日の出産業の藤堂です。
夏のありがとうキャンペーンの結果リリースの原稿をお送りします。
配信は9月15日（火）11時を予定しています。表現面のチェックをお願いします。
""" + SIG_TODO,
        "attachments": [{
            "kind": "docx", "name": "NR_夏のありがとうキャンペーン結果.docx",
            "paragraphs": [
                "報道関係各位　2026年9月15日　日の出産業株式会社",
                "「日の出 夏のありがとうキャンペーン」応募総数11万口を突破",
                "日の出産業株式会社（本社：東京都中央区）は、2026年7月1日から8月31日まで実施した"
                "「日の出 夏のありがとうキャンペーン」の応募総数が116,204口となったことをお知らせします。",
                "応募者の年代は40代（26%）、50代（24%）が中心で、Web応募の比率は前年の28%から39%に上昇しました。",
                "当選者2,401名様への賞品発送は9月中に完了する予定です。",
                "本件に関するお問い合わせ先：日の出産業株式会社 広報室 03-5201-4000",
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "press release with campaign totals and a company press contact",
    },
    {
        "id": "keihin-037",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": [SAKURA],
        "subject": "ペア宿泊券 当選者のご予約予定一覧（10月分）",
        "html": """<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>さくらホテル 宿泊予約課 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の岡本でございます。<br>
10月にご宿泊予定の当選者の方々を一覧でお送りします。<br>
当日のチェックイン時に券番号をご確認いただけますと幸いです。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f5"><th>券番号</th><th>代表者氏名</th><th>電話番号</th><th>メールアドレス</th><th>宿泊日</th><th>人数</th></tr>
""" + "\n".join(
            f"<tr><td>SKR-26-{i + 1:04d}</td><td>{p['name']}</td><td>{p['tel']}</td><td>{p['mail']}</td>"
            f"<td>2026/10/{3 + i * 4:02d}</td><td>2</td></tr>" for i, p in enumerate(_w037)) + """
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 販促企画課 岡本 拓海<br>TEL 03-5201-4472</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "HTML-only mail with a table of six winners' names, phones and e-mail addresses to the hotel",
    },
    {
        "id": "keihin-038",
        "charset": "cp932",
        "sender": NAITO,
        "to": [HARENOHI],
        "subject": "FW: 賞品のお届け先について",
        "body": f"""ハレノヒ・フルフィルメント 久保田様

お客様相談室の内藤です。当選者ご本人から届け先変更の依頼が来ましたので転送します。
発送前でしたら変更をお願いできますでしょうか。

---------- 転送メッセージ ----------
差出人: {_w038["name"]} <{_w038["mail"]}>
件名: 賞品のお届け先について

B賞に当選しました{_w038["name"]}です。
平日は不在がちのため、実家に送っていただけますでしょうか。
　〒{_w038["zip"]} {_w038["addr"]}（実家）
　電話 {_w038["tel"]}
よろしくお願いします。
""" + SIG_NAITO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forward of one winner's address change to the vendor: a forward counts, but it is one person",
    },
    {
        "id": "keihin-039",
        "charset": "iso-2022-jp",
        "sender": OTSUKI,
        "to": ["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
        "cc": [MIURA],
        "subject": "共同キャンペーン協賛金のご請求書送付",
        "body": """北国フーズ株式会社
経理部 御中

いつもお世話になっております。日の出産業 経理部の大槻でございます。
夏のありがとうキャンペーンの協賛金につきまして、請求書をお送りいたします。
PDFをご確認のうえ、期日までにお振込みをお願いいたします。
""" + SIG_OTSUKI,
        "attachments": [{
            "kind": "pdf", "name": "請求書_HS-2026-0912.pdf", "title": "請求書",
            "lines": ["請求書", "北国フーズ株式会社 御中", "",
                      "請求番号：HS-2026-0912　請求日：2026年9月12日",
                      "件名：日の出 夏のありがとうキャンペーン 協賛金（C賞分）",
                      "金額：1,650,000円（うち消費税 150,000円）",
                      "お支払期限：2026年10月31日",
                      "振込先：みどり銀行 日本橋支店 普通 1048822 ヒノデサンギヨウ（カ",
                      "",
                      "日の出産業株式会社　登録番号 T7010401088742",
                      "〒103-0027 東京都中央区日本橋2-14-7 TEL 03-5201-4210"],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice with the company's T-number and its own bank account: business data, no person's data",
    },
    {
        "id": "keihin-040",
        "charset": "utf-8",
        "sender": MIURA,
        "to": ["ギフトパレット 法人営業 <corp-sales@giftpalette.co.jp>"],
        "subject": "冬季キャンペーン 賞品候補と予算感について",
        "body": """株式会社ギフトパレット 法人営業ご担当者様

お世話になっております。日の出産業の三浦です。
冬季キャンペーンの賞品選定にあたり、弊社で整理した賞品候補と
想定単価の表をお送りします。これをベースにカタログギフトの
コース設定をご提案いただけますでしょうか。
""" + SIG_MIURA,
        "attachments": [{
            "kind": "docx", "name": "冬季CP_賞品候補と原価.docx", "page_header": "取扱注意",
            "paragraphs": ["冬季キャンペーン 賞品候補一覧（社内検討用）"],
            "tables": [[["賞", "候補", "想定単価", "数量", "小計"],
                        ["A賞", "温泉旅館ペア宿泊券", "60,000", "20", "1,200,000"],
                        ["B賞", "ブランケット", "3,800", "500", "1,900,000"],
                        ["C賞", "カタログギフト 5,000円コース", "5,000", "300", "1,500,000"],
                        ["W", "オリジナル保温ボトル", "1,200", "1,000", "1,200,000"]]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached document carries a 取扱注意 classification in its header and goes to a supplier",
    },
]

# ---------------------------------------------------------------------------------------- 041-060

_w042 = _people("w042", 2)
_w044 = _people("w044", 1)[0]
_w045 = _people("w045", 4)
_w049 = _people("w049", 12)
_w055 = _people("w055", 2)
_w056 = _people("w056", 1)[0]
_w059 = _people("w059", 30)

MESSAGES += [
    {
        "id": "keihin-041",
        "charset": "utf-8",
        "sender": MIURA,
        "to": [PROMO],
        "subject": "キックオフ資料（事務局運営フロー）",
        "body": """promo-assist ご担当者様

お世話になっております。日の出産業の三浦です。
明日のキックオフで使用する資料を事前にお送りします。
事務局の運営フロー、問い合わせのエスカレーション基準、
日次報告のフォーマットについてご確認ください。
""" + SIG_MIURA,
        "attachments": [{
            "kind": "pptx", "name": "夏CP_事務局キックオフ.pptx", "title": "事務局キックオフ",
            "slides": [
                ["日の出 夏のありがとうキャンペーン 事務局キックオフ", "2026年6月", "日の出産業株式会社 販促企画課"],
                ["スケジュール", "6/15 事務局開設", "7/1 応募開始", "8/31 応募締切", "9/2 抽選（弁護士立会い）",
                 "9月中 賞品発送"],
                ["事務局の役割", "電話・メール問い合わせ対応（0120-48-7707）", "はがき開封・データ入力",
                 "不備はがきの判定", "日次報告（17時締め）"],
                ["エスカレーション基準", "個人情報に関するお問い合わせ → 即日 日の出へ", "報道・行政からの問い合わせ → 即時",
                 "賞品の破損・不着 → 翌営業日まで"],
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "kick-off deck (PPTX) with schedule and escalation rules, no personal data",
    },
    {
        "id": "keihin-042",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": ["ひかりツーリスト 法人旅行課 <hojin@hikari-tourist.co.jp>"],
        "subject": "A賞 ハワイ旅行 航空券手配のための旅券情報",
        "body": f"""ひかりツーリスト株式会社
法人旅行課 ご担当者様

お世話になっております。日の出産業の岡本です。
A賞（ハワイ旅行ペア）の当選者様と同行者様の旅券情報を、
ご本人確認のうえお預かりしましたのでお送りします。
航空券・ESTAの手配をお願いいたします。

1) 当選者
   氏名（ローマ字）：{_w042[0]["romaji"].upper()}
   生年月日　　　　：{_w042[0]["dob"][0]}/{_w042[0]["dob"][1]:02d}/{_w042[0]["dob"][2]:02d}
   旅券番号　　　　：TR{4418207 + _w042[0]["dob"][2]}
   有効期限　　　　：2031/05/18

2) 同行者
   氏名（ローマ字）：{_w042[1]["romaji"].upper()}
   生年月日　　　　：{_w042[1]["dob"][0]}/{_w042[1]["dob"][1]:02d}/{_w042[1]["dob"][2]:02d}
   旅券番号　　　　：TZ{7730562 + _w042[1]["dob"][2]}
   有効期限　　　　：2029/11/02

出発希望日：2026年11月12日（木）成田発、4泊6日
""" + SIG_OKAMOTO,
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "passport numbers and birth dates of the travel-prize winner and companion to a travel agency",
    },
    {
        "id": "keihin-043",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": ["Leilani Kahale <reservations@islandbreeze-tours.com>"],
        "subject": "Airport transfer for our campaign winners (Nov 12-17)",
        "body": """Dear Ms. Kahale,

Thank you for your help with our campaign tour.

Our travel agency, Hikari Tourist, will send you the guests' names and flight
details directly next week. For now, please reserve the following:

  - Private transfer, HNL airport to hotel, 12 Nov 2026, arriving on flight JL 784
  - Half-day Diamond Head tour for 2 guests on 14 Nov
  - Transfer hotel to HNL, 16 Nov, for the afternoon departure

The guests are a couple travelling as the winners of our "Summer Thank-you
Campaign". We would appreciate a small welcome card with our logo (artwork attached
later). Please invoice Hinode Sangyo Co., Ltd. in USD.

Kind regards,

Takumi Okamoto
Sales Promotion Dept., Hinode Sangyo Co., Ltd.
+81-3-5201-4472
""" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English booking mail to a foreign ground operator without guests' names or documents",
    },
    {
        "id": "keihin-044",
        "charset": "cp932",
        "sender": MIURA,
        "to": [KITAGUNI],
        "subject": "C賞当選者1名の賞品内容変更のご相談",
        "body": f"""北国フーズ株式会社 ギフト営業ご担当者様

お世話になっております。日の出産業の三浦です。
C賞（北海道グルメセット）の当選者のうち1名の方から、
イスラム教を信仰しているため豚肉・アルコールを含む食品を受け取れない、
とのご連絡がありました。

　当選者ID：C00218
　お名前　：{_w044["name"]} 様
　お届け先：〒{_w044["zip"]} {_w044["addr"]}

セット内のベーコンと酒粕漬けを除いた、ハラール対応の内容で
1セットだけ別途お作りいただくことは可能でしょうか。
難しい場合は、海産物のみのセットへの変更でも構いません。
""" + SIG_MIURA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named winner's religion sent to the food supplier: 要配慮個人情報 (creed) of one person",
    },
    {
        "id": "keihin-045",
        "charset": "utf-8",
        "sender": TODO,
        "to": ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
        "subject": "表彰式ご出席者のご連絡（60周年フォトコンテスト）",
        "body": f"""さくらホテル 宴会営業ご担当者様

お世話になっております。日の出産業の藤堂です。
10月24日（土）の「日の出60周年フォトコンテスト」表彰式にご出席いただく
受賞者4名が確定しました。受付名簿の作成をお願いします。

 ・{_w045[0]["name"]}様（最優秀賞）　{_w045[0]["tel"]}
 ・{_w045[1]["name"]}様（優秀賞）　　{_w045[1]["tel"]}
 ・{_w045[2]["name"]}様（優秀賞）　　{_w045[2]["tel"]}
 ・{_w045[3]["name"]}様（審査員特別賞）{_w045[3]["tel"]}

当日の連絡用に携帯番号を記載しています。ご同伴者は各1名まで、
合計8名＋弊社関係者6名の14名でお席のご用意をお願いいたします。
""" + SIG_TODO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four award winners with mobile numbers to the hotel: under five people, may be warned",
    },
    {
        "id": "keihin-046",
        "charset": "iso-2022-jp",
        "sender": MIURA,
        "to": [KAWASAKI, KITAGUNI, "ギフトパレット 法人営業 <corp-sales@giftpalette.co.jp>"],
        "subject": "【ご提案依頼】2027年春キャンペーン 賞品のご提案のお願い",
        "body": """関係各社 ご担当者様

いつもお世話になっております。日の出産業 販促企画課の三浦でございます。

2027年春に実施予定のキャンペーンにつきまして、賞品のご提案をお願いしたく
ご連絡いたしました。

　想定賞品単価：3,000円〜8,000円（税込）
　想定数量　　：計1,000名分
　テーマ　　　：「新生活を応援」
　提出期限　　：2026年11月20日（金）

ご提案書の形式は自由です。ご質問は三浦までお寄せください。
何卒よろしくお願い申し上げます。
""" + SIG_MIURA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "request for proposals to three competing suppliers in To: they see each other, should have been Bcc",
    },
    {
        "id": "keihin-047",
        "charset": "iso-2022-jp",
        "sender": MIYASHITA,
        "to": [SHIRAKAWA],
        "subject": "Re: 応募規約（案）へのコメント",
        "body": """白川先生

早速のご確認、ありがとうございました。
ご指摘の2点、以下のとおり対応いたします。

・クローズド懸賞の景品上限：B賞を「バーコード5枚で1口」とし、
　取引価額990円×20倍＝19,800円の範囲内に収めます。
・委託先の明記：個人名や社名までは記載せず、「発送業務委託先」と記載します。

修正版は明日お送りいたします。引き続きよろしくお願いいたします。

宮下

> 宮下様
>
> 規約案拝見しました。2点コメントします。
> 1) B賞の価額は、1口の取引価額を基準に判断されます。5枚1口とするなら
>    取引価額は最低価格×5で計算してください。
> 2) 委託先の社名の記載は法律上必須ではありません。
>
> 白川法律事務所 弁護士 白川 亮
""" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply to the law firm quoting its comments, with the standard Japanese disclaimer",
    },
    {
        "id": "keihin-048",
        "charset": "cp932",
        "sender": NAITO,
        "to": [PROMO],
        "subject": "Re: 日次報告（8/19）",
        "body": """promo-assist ご担当者様

お客様相談室の内藤です。8/19の日次報告ありがとうございました。

  入電　 142件（前日比 +18）
  　応募方法　　　51
  　当選確認　　　38
  　賞品未着　　　27
  　規約・資格　　13
  　個人情報　　　 3（開示請求1、利用停止2）
  　その他　　　　10
  応答率 93.1%　平均通話 4分12秒

個人情報関連の3件は、エスカレーション票を受領済みで、
当社で本人確認のうえ回答します。御社での対応は不要です。
賞品未着の増加は、C賞の代替品待ちによるものと思われます。
お問い合わせがあれば「9月10日頃の発送予定」とご案内ください。
""" + SIG_NAITO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "call-centre statistics by category; the privacy requests are counted, not described",
    },
    {
        "id": "keihin-049",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": [KAWASAKI],
        "subject": "B賞 追加当選分 メーカー直送のお願い（12件）",
        "body": """川崎電機株式会社 法人販売課 ご担当者様

お世話になっております。日の出産業の岡本です。
B賞の繰上げ当選12件について、弊社センターを経由せず
御社倉庫から直送いただく件、ご快諾ありがとうございました。
送り先一覧をWordでお送りします。送り状の品名は「電気ケトル（キャンペーン賞品）」で
お願いいたします。
""" + SIG_OKAMOTO,
        "attachments": [{
            "kind": "docx", "name": "B賞_直送先一覧.docx",
            "paragraphs": ["B賞 電気ケトル 直送先一覧（12件）", "依頼主：日の出産業株式会社 販促企画課"],
            "tables": [[["No", "お名前", "郵便番号", "ご住所", "電話番号"]]
                       + [[str(i + 1), p["name"], p["zip"], p["addr"], p["tel"]] for i, p in enumerate(_w049)]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX table of twelve winners' addresses and phones to the manufacturer",
    },
    {
        "id": "keihin-050",
        "charset": "utf-8",
        "sender": TODO,
        "to": ["東都大学 商学部 久我研究室 <kuga-lab@toto-u.ac.jp>"],
        "subject": "共同研究用データ（応募者属性・仮名化済み）",
        "body": """久我先生

お世話になっております。日の出産業の藤堂です。
共同研究の覚書に基づき、応募データの抜粋をお送りします。
氏名・住所・連絡先は削除し、応募IDは研究用の仮IDに置き換えています。
まずは形式確認用の40件です。問題なければ全件をSFTPでお渡しします。
""" + SIG_TODO,
        "attachments": [{
            "kind": "csv", "name": "research_sample_40.csv", "encoding": "utf-8",
            "rows": [["research_id", "年代", "性別", "都道府県", "応募口数", "購入チェーン", "応募経路"]]
            + [[f"R{(73219 * (i + 3)) % 100000:05d}", ["20代", "30代", "40代", "50代", "60代", "70代"][(i * 7) % 6],
                ["女", "男", "回答なし"][(i * 5) % 3], _PLACES[(i * 11) % len(_PLACES)][0], 1 + (i * 3) % 6,
                ["マルヨシ", "たかぎ", "みどりや", "いずみ"][i % 4], ["はがき", "Web"][(i * 13) % 2]]
               for i in range(40)],
        }],
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "40 pseudonymised entrant rows (age band, sex, prefecture): records of people, but not identifiable without the key",
    },
    {
        "id": "keihin-051",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": [TSUBASA],
        "subject": "キャンペーンLP 原稿（差し替え版）",
        "html": """<html><body>
<p>ツバサシステム 開発部 ご担当者様</p>
<p>お世話になっております。日の出産業の岡本です。<br>
LPの原稿を差し替えます。変更箇所は<span style="color:red">赤字</span>です。</p>
<hr>
<h2>日の出 夏のありがとうキャンペーン</h2>
<p>対象商品のバーコード<span style="color:red">5枚</span>で1口！抽選で合計2,401名様に当たる！</p>
<ul>
<li>A賞 ハワイ旅行ペア 1組2名様</li>
<li>B賞 川崎電機 電気ケトル 100名様</li>
<li>C賞 北国フーズ 北海道グルメセット 300名様</li>
<li>D賞 QUOカード1,000円分 2,000名様</li>
</ul>
<p>応募締切：2026年8月31日（月）<span style="color:red">当日消印有効／Webは23:59まで</span></p>
<p style="font-size:8pt">※当選者の発表は賞品の発送をもってかえさせていただきます。<br>
※お預かりした個人情報は賞品の発送にのみ利用します。</p>
<hr>
<p>日の出産業株式会社 販促企画課 岡本 拓海 TEL 03-5201-4472</p>
</body></html>""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only mail with landing-page copy for the web vendor",
    },
    {
        "id": "keihin-052",
        "charset": "cp932",
        "sender": OKAMOTO,
        "to": [TSUBASA],
        "subject": "当選者情報登録フォーム モックアップ",
        "body": """ツバサシステム ご担当者様

岡本です。当選者向けのお届け先登録フォームの画面イメージを
HTMLで作成しましたので添付します。
入力チェックの仕様は前回の定義書に準じます。
本人確認のため「当選番号」と「ご応募時のメールアドレス」の一致を
登録の条件としてください。
""" + SIG_OKAMOTO,
        "attachments": [{
            "kind": "html", "name": "winner_form_mock.html",
            "html": """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>お届け先登録</title></head>
<body><h1>賞品お届け先のご登録</h1>
<form action="#" method="post">
<p>当選番号 <input name="win_no" placeholder="例：B00000"></p>
<p>ご応募時のメールアドレス <input name="email" type="email"></p>
<p>お名前 <input name="name"></p>
<p>郵便番号 <input name="zip" placeholder="ハイフンなし"></p>
<p>ご住所 <input name="addr" size="60"></p>
<p>電話番号 <input name="tel" placeholder="ハイフンなし"></p>
<p><label><input type="checkbox" name="agree"> 個人情報の取扱いに同意する</label></p>
<p><button>確認画面へ</button></p>
</form></body></html>""",
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML mock-up of an empty registration form: field labels only",
    },
    {
        "id": "keihin-053",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": [NISHIKI],
        "subject": "当選通知はがき 入稿データ（保護付きPDF）",
        "body": """錦印刷株式会社
小田切様

お世話になっております。岡本です。
当選通知はがきの入稿データをお送りします。
社内ルールによりPDFにパスワードを設定しています。
パスワードはお電話でお伝えします。
""" + SIG_OKAMOTO,
        "attachments": [{
            "kind": "pdf", "name": "当選通知はがき_入稿.pdf", "password": "nishiki0825",
            "lines": ["当選通知はがき 入稿データ", "文面：このたびはご当選おめでとうございます。"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF to the printer: the attachment cannot be inspected",
    },
    {
        "id": "keihin-054",
        "charset": "utf-8",
        "sender": MIURA,
        "to": [ADBRIDGE],
        "subject": "Re: SNS広告バナー 最終案",
        "body": """平塚様

三浦です。バナー最終案、ありがとうございます。
「Bパターン（ケトル訴求）」で確定とさせてください。
1点だけ、右下の「※画像はイメージです」の文字が小さいので、
1.5倍にした版を添付のとおりお願いします（当方で仮に修正したものです）。

配信開始は予定どおり8/20（木）でお願いします。
""" + SIG_MIURA,
        "attachments": [{"kind": "png", "name": "banner_B_fix.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "banner approval with an image attachment",
    },
    {
        "id": "keihin-055",
        "charset": "cp932",
        "sender": OKAMOTO,
        "to": [SAKURA],
        "subject": "ペア宿泊券 ご予約の確認（2件）",
        "body": f"""さくらホテル 宿泊予約課 ご担当者様

日の出産業の岡本です。お世話になっております。
当選者の方から「予約が取れているか不安」とのお問い合わせが2件ありましたので、
ご予約状況をご確認いただけますでしょうか。

 SKR-26-0011　{_w055[0]["name"]} 様　11/7（土）1泊　TEL {_w055[0]["tel"]}
 SKR-26-0014　{_w055[1]["name"]} 様　11/21（土）1泊　TEL {_w055[1]["tel"]}

お手数ですが、確認結果をご本人へ直接ご連絡いただけますと助かります。
""" + SIG_OKAMOTO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "two winners' names and phone numbers to the hotel: under five people, may be warned",
    },
    {
        "id": "keihin-056",
        "charset": "utf-8",
        "sender": OTSUKI,
        "to": ["山吹税理士法人 担当 桑原様 <kuwabara@yamabuki-tax.jp>"],
        "subject": "賞金受取人（外国籍の方）の源泉徴収についてご相談",
        "body": """桑原様

いつもお世話になっております。日の出産業 経理部の大槻です。
オープンキャンペーンの賞金受取人1名が外国籍の方で、
居住者・非居住者の判定によって源泉徴収の要否が変わると理解しています。
ご本人から提示いただいた在留カードの記載内容を記録したPDFを添付しますので、
判定についてご意見をいただけますでしょうか。
""" + SIG_OTSUKI,
        "attachments": [{
            "kind": "pdf", "name": "本人確認記録_賞金受取人.pdf", "title": "本人確認記録",
            "lines": ["本人確認記録（賞金受取人）", "",
                      f"氏名：{_w056['romaji'].upper()}",
                      f"生年月日：{_w056['dob'][0]}年{_w056['dob'][1]}月{_w056['dob'][2]}日",
                      f"住居地：{_w056['addr']}",
                      "在留カード番号：MK" + f"{40718836 + _w056['dob'][2]:08d}" + "EA",
                      "在留資格：技術・人文知識・国際業務",
                      "在留期間（満了日）：2028年3月15日",
                      "確認日：2026年4月20日　確認者：経理部 大槻"],
        }],
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "PDF with a prize winner's residence card number, birth date and address to an outside tax office",
    },
    {
        "id": "keihin-057",
        "charset": "utf-8",
        "sender": OTSUKI,
        "to": ["ハレノヒ・フルフィルメント 経理 <keiri@harenohi-ff.co.jp>"],
        "subject": "Re: 8月分ご請求書の件",
        "body": """ハレノヒ・フルフィルメント 経理ご担当者様

日の出産業 経理部の大槻です。
8月分の請求書（No. HF-260831-017）を受領いたしました。
9月30日に指定口座へお振込みいたします。

On 2026/09/01 10:12, keiri@harenohi-ff.co.jp wrote:
> 日の出産業株式会社 経理部 御中
> 8月分の発送代行費用のご請求書をお送りします。
> 発送手数料 2,392件×180円、資材費、保管料を含みます。
> 合計 612,480円（税込）
> 株式会社ハレノヒ・フルフィルメント 登録番号 T5030001047215
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "acknowledging a vendor invoice; the vendor's T-number is only in the quoted text",
    },
    {
        "id": "keihin-058",
        "charset": "iso-2022-jp",
        "sender": MIURA,
        "to": [HARENOHI],
        "subject": "協賛各社の問い合わせ窓口一覧",
        "body": """久保田様

三浦です。賞品の内容・不良に関するお問い合わせを協賛各社へ
おつなぎいただく際の窓口一覧です。いずれも各社の代表窓口です。

・川崎電機株式会社 お客様ご相談窓口
　0120-71-3340（9:00-18:00）／support@kawasaki-denki.co.jp
・北国フーズ株式会社 ギフトセンター
　0120-55-2081（9:00-17:00）／gift@kitaguni-foods.co.jp
・株式会社さくらホテル 金沢 宿泊予約課
　076-231-8800（10:00-19:00）／reservation@sakura-hotel.jp
・ひかりツーリスト株式会社 法人旅行課
　03-3541-6020（平日9:30-17:30）
・株式会社ギフトパレット カスタマーセンター
　0570-02-4417（10:00-17:00）

どの窓口も、キャンペーン名と当選番号を伝えれば対応可能とのことです。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of companies' customer desks (switchboards, role addresses): businesses, not people",
    },
    {
        "id": "keihin-059",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": [TSUBASA],
        "subject": "重複応募チェック用データ（テスト）",
        "body": """ツバサシステム 開発部 ご担当者様

岡本です。重複応募の名寄せロジックの検証用に、
Web応募の実データから30件を抜き出してZIPにまとめました。
同一人物の別メールアドレス応募が3組含まれています。
判定結果をご返送ください。
""" + SIG_OKAMOTO,
        "attachments": [{
            "kind": "zip", "name": "dedupe_test_30.zip",
            "files": [{"kind": "csv", "name": "web_entries_30.csv", "encoding": "utf-8",
                       "rows": [["entry_id", "氏名", "メールアドレス", "生年月日", "電話番号", "応募日時"]]
                       + [[f"W{2608000 + i * 17}", p["name"], p["mail"],
                           f"{p['dob'][0]}-{p['dob'][1]:02d}-{p['dob'][2]:02d}", p["tel"],
                           f"2026-08-{1 + i % 28:02d} {9 + i % 12}:{(i * 7) % 60:02d}"]
                          for i, p in enumerate(_w059)]},
                      {"kind": "txt", "name": "readme.txt", "text": "列定義：entry_id,氏名,メール,生年月日,電話,応募日時\n"}],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ZIP holding a CSV of 30 real entrants with e-mail, birth date and phone to the system vendor",
    },
    {
        "id": "keihin-060",
        "charset": "iso-2022-jp",
        "sender": KANNO,
        "to": [AOBA],
        "subject": "集荷のお願い（9/8 草加物流センター）",
        "body": """青葉運輸株式会社
法人営業ご担当者様

いつもお世話になっております。日の出産業 物流課の菅野でございます。
下記のとおり集荷をお願いいたします。

　集荷日時：9月8日（火）14:00
　集荷場所：日の出産業 草加物流センター 2番バース
　　　　　　埼玉県草加市青柳8-3-11
　荷物　　：キャンペーン賞品（電気ケトル）12個口、1個口あたり約2kg
　伝票　　：発払い（弊社お客様コード 0489-306612）

ご担当ドライバー様には守衛所で「物流課 菅野」とお申し付けください。
""" + SIG_KANNO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "pickup request with the company's own warehouse address and customer code",
    },
]

# ---------------------------------------------------------------------------------------- 061-080

_w061 = _people("w061", 4)
_w064 = _people("w064", 1)[0]
_w070 = _people("w070", 5)
_v073 = _people("v073", 1)[0]
_w076 = _people("w076", 1)[0]
_w080 = _people("w080", 6)

MESSAGES += [
    {
        "id": "keihin-061",
        "charset": "cp932",
        "sender": CAMPAIGN,
        "to": [CAMPAIGN],
        "cc": [_w061[0]["mail"], _w061[1]["mail"], _w061[2]["mail"], _w061[3]["mail"]],
        "subject": "【お詫び】C賞 賞品お届け遅延のお知らせ",
        "body": """C賞にご当選の皆さま

日の出 夏のありがとうキャンペーン事務局です。
このたびはご当選おめでとうございます。

C賞「北海道グルメセット」につきまして、一部商品の原料入荷遅れにより、
当初8月下旬としておりましたお届けが、9月10日頃となる見込みです。
お待たせして大変申し訳ございません。

なお、セット内容の一部を同価格帯の商品に変更させていただきます。
何卒ご理解を賜りますようお願い申し上げます。
""" + SIG_CAMPAIGN,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
        "note": "apology to four winners placed in Cc: four private persons see each other's addresses",
    },
    {
        "id": "keihin-062",
        "charset": "utf-8",
        "sender": KANNO,
        "to": [HARENOHI],
        "subject": "賞品マスタ（梱包サイズ・重量）",
        "body": """久保田様

菅野です。資材手配用に、賞品ごとの梱包サイズと重量を
まとめた表（Excel 97-2003形式）をお送りします。
C賞は冷凍、ワインセットは20歳以上確認済みの当選者のみ発送です。
""" + SIG_KANNO,
        "attachments": [{
            "kind": "xls", "name": "賞品マスタ.xls",
            "sheets": {"賞品マスタ": [["賞品コード", "賞品名", "JANコード", "梱包サイズ(mm)", "重量(kg)", "温度帯"],
                                 ["HSB-KT08", "電気ケトル", "4901234567894", "240x200x210", 1.6, "常温"],
                                 ["HSC-GM3", "北海道グルメセット", "4907654321098", "300x220x120", 2.4, "冷凍"],
                                 ["HSD-QUO", "QUOカード1,000円", "-", "長3封筒", 0.02, "常温"],
                                 ["HSW-WN2", "北国ワイン2本セット", "4909988776651", "360x200x100", 3.1, "常温"]]},
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS product master with product and JAN codes",
    },
    {
        "id": "keihin-063",
        "charset": "iso-2022-jp",
        "sender": KANNO,
        "to": [HARENOHI],
        "subject": "離島・一部地域の配送条件について",
        "body": """久保田様

お世話になっております。菅野です。
青葉運輸さんから、冷凍便の配送に日数を要する地域の一覧をもらいました。
該当する郵便番号の当選者には、発送案内メールの文面を差し替えてください。

　郵便番号帯　　　　　地域　　　　　　　　　　　　追加日数
　------------------------------------------------------------
　100-01xx〜100-03xx　東京都 伊豆諸島　　　　　　　＋2〜4日
　100-16xx〜100-21xx　東京都 小笠原村　　　　　　　＋6日（船便）
　859-5xxx　　　　　　長崎県 五島市ほか　　　　　　＋2日
　891-7xxx〜891-9xxx　鹿児島県 奄美群島　　　　　　＋2〜3日
　907-xxxx　　　　　　沖縄県 八重山地域　　　　　　＋2日
　------------------------------------------------------------

冷凍品の小笠原村宛ては、当選者に常温賞品への変更をご提案する方針です。
""" + SIG_KANNO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "postal-code ranges and delivery lead times: no people",
    },
    {
        "id": "keihin-064",
        "charset": "utf-8",
        "sender": NAITO,
        "to": [HARENOHI],
        "subject": "FW: 年齢確認書類について（W賞ワインセット）",
        "body": f"""久保田様

お客様相談室の内藤です。
W賞（ワインセット）の当選者から、年齢確認の書類として健康保険証の情報が
メールで届きました。御社の年齢確認手順で受付可能か確認させてください。
（本来はフォームからの画像アップロードをお願いしている件です）

----- Forwarded message -----
From: {_w064["mail"]}
Subject: 年齢確認書類について

事務局のみなさま
ワインセットが当たった{_w064["name"]}です。
免許証を持っていないので、保険証の内容を書いておきます。

　保険者番号　06130427
　記号　　　　7204
　番号　　　　318
　氏名　　　　{_w064["name"]}
　生年月日　　{_wareki(_w064["dob"])}

これで大丈夫でしょうか。
""" + SIG_NAITO,
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "forwarded winner mail with health insurance card symbol and number and birth date to the vendor",
    },
    {
        "id": "keihin-065",
        "charset": "cp932",
        "sender": TODO,
        "to": [MIURA, OKAMOTO],
        "subject": "冬季キャンペーン予算案（社外秘）",
        "body": """三浦さん、岡本さん

冬季キャンペーンの予算案です。まだ部長決裁前なので
代理店・ベンダーには出さないでください。

藤堂
""",
        "attachments": [{
            "kind": "pdf", "name": "冬季CP_予算案.pdf", "page_header": "社外秘",
            "lines": ["2026冬季キャンペーン 予算案", "景品費 1,850万円", "販促物 620万円",
                      "事務局運営 430万円", "広告費 1,200万円", "合計 4,100万円"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a 社外秘 document sent only to internal colleagues",
    },
    {
        "id": "keihin-066",
        "charset": "utf-8",
        "sender": MIURA,
        "to": ["法務部 <houmu@mail.hinode-sangyo.co.jp>"],
        "subject": "当選者からの開示請求対応の記録（暗号化ZIP）",
        "body": """法務部 宮下さん

販促企画課の三浦です。
当選者からの保有個人データ開示請求（1件）の対応記録を、
暗号化ZIPでお送りします。パスワードはTeamsでお伝えします。
""",
        "attachments": [{
            "kind": "zip", "name": "開示請求対応記録.zip", "password": "kaiji-2026-08",
            "files": [{"kind": "docx", "name": "開示請求対応記録.docx",
                       "paragraphs": ["開示請求対応記録", "受付日 2026/8/18", "回答日 2026/8/28"]}],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "encrypted ZIP sent only to an internal subdomain: internal mail passes",
    },
    {
        "id": "keihin-067",
        "charset": "iso-2022-jp",
        "sender": TODO,
        "to": [HARENOHI],
        "subject": "【部外秘】次年度 事務局・発送業務の予算枠について",
        "body": """【部外秘】

株式会社ハレノヒ・フルフィルメント
久保田様

お世話になっております。藤堂です。
次年度の事務局・発送業務について、弊社内で確保予定の予算枠を
先行してお知らせします。お見積りの参考にしてください。

　年間キャンペーン数：4本（春・夏・秋・冬）
　発送件数見込み　　：年間 約9,000件
　予算枠（発送代行）：年間 1,650万円（税別）
　うち事務局運営　　：年間 620万円（税別）

コンペ形式ではありませんが、昨年比で5%の削減を求められております。
ご検討のほどよろしくお願いいたします。
""" + SIG_TODO,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail itself is classified 【部外秘】 in subject and body and goes to an outside vendor",
    },
    {
        "id": "keihin-068",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": [HARENOHI],
        "subject": "FW: 【川崎電機】お見積書送付（KDK-EK08）",
        "body": """久保田様

岡本です。B賞の電気ケトルの納品条件について、川崎電機さんからの
見積メールを添付で転送します。納品日・荷姿（10台/ケース）を
ご確認いただき、受入れ体制に問題がないか教えてください。
""" + SIG_OKAMOTO,
        "attachments": [{
            "kind": "eml", "name": "【川崎電機】お見積書送付.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": "川崎電機 法人販売課 野々村 <nonomura@kawasaki-denki.co.jp>",
                "to": [OKAMOTO],
                "subject": "【川崎電機】お見積書送付（KDK-EK08）",
                "body": """日の出産業株式会社
岡本様

いつもお世話になっております。川崎電機 法人販売課の野々村です。
ご依頼の電気ケトルのお見積りをお送りします。

 品番：KDK-EK08 ホワイト
 数量：105台
 単価：4,180円（税別）
 荷姿：10台/ケース（端数は個箱）
 納品：8月22日 戸田物流センター様 午前着

見積有効期限：2026年7月31日

川崎電機株式会社 法人販売課
TEL 044-520-7781
""",
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "supplier's quotation mail forwarded as an attached .eml: business content only",
    },
    {
        "id": "keihin-069",
        "charset": "cp932",
        "sender": OKAMOTO,
        "to": [NISHIKI],
        "subject": "冬季キャンペーン 店頭POP デザインデータ一式",
        "body": """錦印刷株式会社
小田切様

岡本です。冬季キャンペーンの店頭POPデータ一式をZIPでお送りします。
（A4・B5・棚帯の3種、PDFと確認用PNG）
お見積りと、初校の日程をご連絡ください。
""" + SIG_OKAMOTO,
        "attachments": [{
            "kind": "zip", "name": "winter_pop_data.zip",
            "files": [{"kind": "pdf", "name": "POP_A4.pdf", "lines": ["日の出 冬のぬくもりキャンペーン", "A4 POP 入稿データ"]},
                      {"kind": "pdf", "name": "POP_B5.pdf", "lines": ["日の出 冬のぬくもりキャンペーン", "B5 POP"]},
                      {"kind": "png", "name": "tanaobi_preview.png"}],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "unencrypted ZIP of POP artwork to the partner printer",
    },
    {
        "id": "keihin-070",
        "charset": "iso-2022-jp",
        "sender": OTSUKI,
        "to": ["みどり銀行 日本橋支店 法人営業 <nihonbashi-hojin@midori-ginko.co.jp>"],
        "subject": "総合振込のご依頼（キャンペーン賞金 5件）",
        "body": """みどり銀行 日本橋支店
法人営業ご担当者様

いつもお世話になっております。日の出産業 経理部の大槻です。
インターネットバンキングの登録上限の関係で、下記5件の振込を
窓口扱いでお願いしたく、明細をお送りします。振込指定日は9月25日です。

受取人名\t銀行\t支店\t種別\t口座番号\t金額
""" + "\n".join(
            f"{p['kana'].replace(' ', '')}\t{bank}\t{branch}\t普通\t{acct}\t50,000"
            for p, bank, branch, acct in zip(_w070,
                                             ["ゆうちょ", "みどり銀行", "東海信用金庫", "北陸みらい銀行", "さつき銀行"],
                                             ["〇一八", "船橋", "岡崎南", "金沢駅前", "久留米"],
                                             ["1840337", "3005128", "0712946", "2258401", "6631070"])) + """

振込手数料は当方負担でお願いいたします。
依頼書の原本は本日中に持参いたします。
""" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "five prize winners' names and bank accounts, tab-separated, to the partner bank: a list of people",
    },
    {
        "id": "keihin-071",
        "charset": "utf-8",
        "sender": OTSUKI,
        "to": ["みどり銀行 日本橋支店 法人営業 <nihonbashi-hojin@midori-ginko.co.jp>"],
        "subject": "総合振込の件数上限と手数料についてのご質問",
        "body": """みどり銀行 日本橋支店 法人営業ご担当者様

日の出産業 経理部の大槻です。いつもお世話になっております。

キャンペーンの賞金を個人の方へお振込みする機会が増えており、
以下2点についてご教示いただけますでしょうか。

1. インターネットバンキングの総合振込で、1回あたりの登録件数の上限を
   現在の50件から引き上げることは可能でしょうか。
2. 他行宛て振込手数料について、月間件数に応じた割引の設定はございますか。

お手すきの際にご回答いただけますと幸いです。
""" + SIG_OTSUKI,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "question to the bank about transfer limits and fees, no personal data",
    },
    {
        "id": "keihin-072",
        "charset": "cp932",
        "sender": MIURA,
        "to": ["バズリンク サポート <support@buzzlink.jp>"],
        "subject": "インスタントウィン設定内容のご確認（秋キャンペーン）",
        "body": """株式会社バズリンク サポートご担当者様

お世話になっております。日の出産業の三浦です。
秋のフォロー＆リポストキャンペーンのインスタントウィン設定について、
下記のとおりで問題ないかご確認ください。

　期間　　：2026年10月1日 0:00 ～ 10月14日 23:59
　当選数　：1日30名 × 14日 ＝ 420名（デジタルギフト500円分）
　当選確率：時間帯別に自動調整（1日の当選数上限で打ち止め）
　DM文面 ：当選時にギフトURLを自動送付、落選時は「またチャレンジしてね」
　除外条件：開設30日未満のアカウント、懸賞専用と思われるアカウント

景品表示法上は一般懸賞（購入不要のためオープン懸賞扱い）と整理しています。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "instant-win settings with winner counts and odds for the SNS tool vendor",
    },
    {
        "id": "keihin-073",
        "charset": "utf-8",
        "sender": MIYASHITA,
        "to": [SHIRAKAWA],
        "subject": "当選詐欺の被害に関するご相談",
        "body": f"""白川先生

お世話になっております。日の出産業 法務部の宮下です。
弊社キャンペーンの名前をかたった「当選詐欺」の被害について、ご相談させてください。

お客様相談室に、以下の方からお電話がありました。

　お名前　：{_v073["name"]} 様（{_v073["age"]}歳）
　ご連絡先：{_v073["tel"]}
　概要　　：「日の出産業キャンペーン事務局」を名乗るSMSで「ハワイ旅行に当選した、
　　　　　　手数料を振り込めば発送する」と案内され、9月3日に計30万円を振り込んだ。
　　　　　　既に所轄警察署に被害届を提出済み（受理番号はご本人が保管）。

ご本人は弊社にも責任があるのではとお考えです。弊社としての対応方針
（注意喚起の掲載、ご本人への回答内容）についてご意見を伺えますでしょうか。
""" + SIG_MIYASHITA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named consumer who was the victim of a fraud (被害届) sent to the law firm: crime-victim information",
    },
    {
        "id": "keihin-074",
        "charset": "iso-2022-jp",
        "sender": MIURA,
        "to": [HARENOHI],
        "subject": "Re: 個人情報消去証明書のご送付",
        "body": """久保田様

三浦です。夏キャンペーンの当選者データについて、
消去証明書をお送りいただきありがとうございました。
内容を確認し、受領書に押印したものを添付いたします。

これで夏キャンペーンの業務はすべて完了となります。
長期間ありがとうございました。冬もよろしくお願いいたします。

> 日の出産業 三浦様
> 契約第5条に基づき、お預かりした当選者データ（2,401件）を
> 10月15日に消去いたしましたので、証明書を送付いたします。
""" + SIG_MIURA,
        "attachments": [{
            "kind": "pdf", "name": "消去証明書_受領書.pdf",
            "lines": ["受領書", "", "株式会社ハレノヒ・フルフィルメント 御中", "",
                      "下記書類を受領いたしました。",
                      "個人情報消去証明書（2026年10月15日付、対象：夏のありがとうキャンペーン当選者データ 2,401件）",
                      "", "2026年10月20日　日の出産業株式会社 販促企画課"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "receipt for a data-deletion certificate: counts only",
    },
    {
        "id": "keihin-075",
        "charset": "iso-2022-jp",
        "sender": KANNO,
        "to": [HARENOHI],
        "cc": [AOBA],
        "subject": "冬キャンペーン 出荷引継ぎ方法のすり合わせ",
        "body": """ハレノヒ・フルフィルメント 久保田様
（cc: 青葉運輸 法人営業ご担当者様）

日の出産業 物流課の菅野です。
冬キャンペーンでは、ハレノヒ様の戸田センターから青葉運輸様へ
直接引き渡す形に変更したいと考えています。

　・集荷：毎週火・金 15時 戸田センター
　・送り状：青葉運輸様のWeb発行システムをハレノヒ様で利用
　・運賃：日の出産業の契約運賃を適用（請求は日の出へ）

11月第1週に3社で30分ほどオンラインでお打合せできればと思います。
ご都合のよい候補日をお知らせください。
""" + SIG_KANNO,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (vendor and partner carrier) in To/Cc: a normal three-way mail",
    },
    {
        "id": "keihin-076",
        "charset": "cp932",
        "sender": NAITO,
        "to": [_w076["mail"]],
        "subject": "当選辞退のご連絡について",
        "body": f"""{_w076["sei"]} 様

日の出 夏のありがとうキャンペーン事務局の内藤でございます。
当選辞退のご連絡をいただき、ありがとうございました。
承知いたしました。ご登録いただいた情報は、当事務局にて責任をもって削除いたします。

またの機会がございましたら、ぜひご応募くださいませ。
""" + SIG_NAITO,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one winner on a carrier/free-mail address confirming the prize was declined",
    },
    {
        "id": "keihin-077",
        "charset": "utf-8",
        "sender": MIYASHITA,
        "to": ["白川法律事務所 白川先生 <r.shirakawa@shirakawa-1aw.jp>"],
        "subject": "応募規約 修正版（v4）のお送り",
        "body": """白川先生

お世話になっております。日の出産業 法務部の宮下です。
先日のご指摘を反映した応募規約の修正版をお送りします。
第3条（応募方法）と第9条（個人情報の取扱い）を修正しています。
問題なければこの版で入稿いたします。
""" + SIG_MIYASHITA,
        "attachments": [{
            "kind": "docx", "name": "応募規約_v4.docx",
            "paragraphs": ["応募規約（修正版 v4）",
                           "第3条（応募方法）対象商品のバーコード5枚で1口としてご応募いただけます。",
                           "第9条（個人情報の取扱い）ご記入いただいた個人情報は、賞品の発送のため発送業務委託先に預託します。"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-1aw.jp swaps l for 1 in the partner law firm's domain shirakawa-law.jp",
    },
    {
        "id": "keihin-078",
        "charset": "iso-2022-jp",
        "sender": MIURA,
        "to": [HARENOHI],
        "subject": "A賞・特賞用 賞品受領書のひな形",
        "body": """久保田様

三浦です。高額賞品（A賞・特賞）については、お届け時に受領書への
ご署名をいただく運用にしたいと思います。ひな形をWordでお送りしますので、
同梱・返送用封筒の手配をお願いできますでしょうか。
""" + SIG_MIURA,
        "attachments": [{
            "kind": "docx", "name": "賞品受領書_ひな形.docx",
            "paragraphs": ["賞品受領書", "日の出産業株式会社 御中",
                           "私は、下記の賞品を受領いたしました。", "キャンペーン名：", "賞品名：",
                           "受領日：　　年　　月　　日", "ご住所：", "お名前（自署）：", "お電話番号："],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank receipt form with empty fields",
    },
    {
        "id": "keihin-079",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": [ADBRIDGE],
        "subject": "応募者アンケート集計結果",
        "body": """平塚様

岡本です。Web応募時の任意アンケート（回答 41,207件）の集計結果をお送りします。
来期の企画の参考にしてください。自由記述は個人が特定されうる内容を除いた
抜粋のみ入れています。
""" + SIG_OKAMOTO,
        "attachments": [{
            "kind": "xlsx", "name": "アンケート集計_夏CP.xlsx",
            "sheets": {
                "Q1_認知経路": [["Q1 キャンペーンを知ったきっかけ（複数回答）"], ["選択肢", "件数", "割合"],
                              ["店頭POP", 21740, "52.8%"], ["商品パッケージ", 15310, "37.2%"],
                              ["SNS広告", 8120, "19.7%"], ["テレビCM", 3905, "9.5%"], ["知人から", 2210, "5.4%"]],
                "Q2_購入頻度": [["選択肢", "件数"], ["週1回以上", 9870], ["月2～3回", 14562], ["月1回", 10233],
                              ["それ以下", 6542]],
                "自由記述抜粋": [["No", "コメント"], [1, "毎年楽しみにしています"], [2, "Web応募が簡単でよかった"],
                             [3, "バーコード5枚は少し多い"]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate survey results with anonymous free-text excerpts",
    },
    {
        "id": "keihin-080",
        "charset": "cp932",
        "sender": KANNO,
        "to": [AOBA],
        "subject": "不着調査のお願い（6件）",
        "body": """青葉運輸 法人営業ご担当者様

日の出産業 物流課の菅野です。
配達完了となっているものの、当選者から「届いていない」と連絡があった
6件について、調査をお願いします。明細はPDFのとおりです。
""" + SIG_KANNO,
        "attachments": [{
            "kind": "pdf", "name": "不着調査依頼_0910.pdf", "title": "不着調査依頼",
            "lines": ["不着調査依頼（2026年9月10日）", "依頼主：日の出産業株式会社 物流課"],
            "table": [["お問合せ番号", "お届け先氏名", "郵便番号", "住所", "電話番号", "配達完了日"]]
            + [[f"4420-{1187 + i * 53:04d}-{(6301 + i * 97) % 10000:04d}", p["name"], p["zip"], p["addr"], p["tel"],
                f"9/{2 + i}"] for i, p in enumerate(_w080)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "PDF table of six winners' names, addresses and phones for a delivery investigation",
    },
]

# ---------------------------------------------------------------------------------------- 081-100

_w081 = _people("w081", 1)[0]
_w086 = _people("w086", 6)
_c089 = _people("c089", 2)
_w091 = _people("w091", 1)[0]
_w092 = _people("w092", 1)[0]
_w094 = _people("w094", 1)[0]
_card089a = card_number(SEED + 5)
_card089b = card_number(SEED + 6)

MESSAGES += [
    {
        "id": "keihin-081",
        "charset": "utf-8",
        "sender": NAITO,
        "to": ["川崎電機 お客様ご相談窓口 <support@kawasaki-denki.co.jp>"],
        "subject": "キャンペーン賞品（電気ケトル）初期不良の交換依頼",
        "body": f"""川崎電機株式会社 お客様ご相談窓口 ご担当者様

いつもお世話になっております。日の出産業 お客様相談室の内藤です。
弊社キャンペーンのB賞としてお届けした電気ケトルについて、
当選者様から「電源が入らない」とのご連絡がありました。
お手数ですが、交換品の手配と不良品の引き取りをお願いできますでしょうか。

　品番　　：KDK-EK08
　製造番号：EK08-2605-114720
　お届け先：{_w081["name"]} 様
　　　　　　〒{_w081["zip"]} {_w081["addr"]}
　　　　　　TEL {_w081["tel"]}
　ご在宅　：平日18時以降、土日終日

ご本人には、御社から引き取り日時のご連絡が入る旨お伝え済みです。
""" + SIG_NAITO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one winner's contact details to the manufacturer for an exchange: a single person, may be warned",
    },
    {
        "id": "keihin-082",
        "charset": "iso-2022-jp",
        "sender": MIYASHITA,
        "to": ["全国清涼飲料公正取引協議会 事務局 <jimukyoku@seiryo-kotori.or.jp>"],
        "subject": "総付景品の取扱いに関するご照会",
        "body": """全国清涼飲料公正取引協議会
事務局 御中

日の出産業株式会社 法務部の宮下と申します。
弊社が計画しているキャンペーンについて、景品規約上の取扱いを
ご照会させていただきたくご連絡いたしました。

【計画の概要】
・対象商品（麦茶 2L、希望小売価格 198円）のバーコード10枚で
　「オリジナルタンブラー（調達原価 420円、市価相当 800円）」を
　応募者全員にプレゼントする。
・送料（550円）は応募者負担とする。

【ご照会事項】
1. 本件は総付景品に該当し、取引価額は198円×10＝1,980円として
　 景品類の最高額（取引価額の20%＝396円）を判断するのか。
2. 景品類の価額は、市価相当額（800円）で判断するのか。
3. 応募者が送料を負担する場合、景品類の価額から控除できるのか。

お手数をおかけしますが、ご教示のほどよろしくお願い申し上げます。
""" + SIG_MIYASHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "inquiry to an industry fair-trade council about premium limits: legal check, no personal data",
    },
    {
        "id": "keihin-083",
        "charset": "cp932",
        "sender": MIURA,
        "to": [PROMO],
        "subject": "応募はがき 開封・入力作業のスケジュール",
        "body": """promo-assist ご担当者様

三浦です。応募はがきの開封・データ入力について、締切後のスケジュールを
以下のとおりお願いします。

　9/1～9/4　 最終週到着分の開封・入力（見込み 約9,800通）
　9/4　　　　 不備はがき判定結果のご報告（件数と不備理由別の内訳）
　9/5　　　　 入力データの納品（SFTP、当選者抽選用）
　9/7　　　　 はがき原本の保管箱への封緘・倉庫への移送

8月末までの累計は、到着 71,420通、入力済 69,880通、不備 1,203通と
日次報告で把握しています。不備理由は「バーコード枚数不足」が約6割でした。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "data-entry schedule with aggregate counts for the vendor",
    },
    {
        "id": "keihin-084",
        "charset": "utf-8",
        "sender": KANNO,
        "to": [AOBA],
        "subject": "9月分 発送実績の照合のお願い",
        "body": """青葉運輸 法人営業ご担当者様

日の出産業 物流課の菅野です。
9月分の請求書との照合のため、弊社側の発送実績をExcelでお送りします。
件数に差異がある場合はご連絡ください。
""" + SIG_KANNO,
        "attachments": [{"kind": "corrupt", "name": "発送実績_2026年9月.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the attached workbook is corrupt and cannot be inspected",
    },
    {
        "id": "keihin-085",
        "charset": "iso-2022-jp",
        "sender": MIYASHITA,
        "to": [SHIRAKAWA],
        "subject": "当選者氏名の公表方法についてのご相談",
        "body": """白川先生

お世話になっております。宮下です。
次回のフォトコンテストで、受賞者のお名前と作品をキャンペーンサイトと
店頭ポスターに掲載したいという案が出ています。

現在の想定は次のとおりです。
・応募規約に「受賞作品は受賞者のお名前（ペンネーム可）と共に公表する」旨を記載
・本名での掲載を希望しない方はペンネームを登録できるようにする
・居住地の表示は都道府県までとする

この方法で、個人情報保護法上の本人同意として十分か、また未成年の受賞者の場合に
保護者の同意をどのように取得すべきか、ご意見をいただけますでしょうか。
""" + SIG_MIYASHITA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "question to the law firm about how to publish winners' names: policy discussion only",
    },
    {
        "id": "keihin-086",
        "charset": "cp932",
        "sender": MIURA,
        "to": [HARENOHI],
        "subject": "Re: 宛先不明で返送された6件について",
        "body": """久保田様

三浦です。ご報告ありがとうございます。
6件とも、お客様相談室から当選者ご本人に連絡を取り、
正しい住所が確認でき次第、改めてご連絡いたします。
それまでは御社で保管をお願いします（保管期限は10月末まで）。

""" + "\n".join(
            [">> 日の出産業 三浦様", ">>", ">> 以下6件が宛先不明で返送されました。", ">>"]
            + [f">> D{2200 + i * 13:05d}  {p['name']}  {p['zip']}  {p['addr']}  {p['tel']}" for i, p in enumerate(_w086)]
            + [">>", ">> ご確認をお願いいたします。", ">> ハレノヒ・フルフィルメント 久保田"]).replace(">>", ">") + "\n" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "reply whose only personal data is the vendor's own list of six returned parcels, quoted with >",
    },
    {
        "id": "keihin-087",
        "charset": "utf-8",
        "sender": MIURA,
        "to": ["バズリンク サポート <support@buzzlink.jp>"],
        "subject": "デジタルギフト在庫の追加登録（URL 120件）",
        "body": """バズリンク サポートご担当者様

三浦です。インスタントウィンのデジタルギフト在庫が残り少ないとのことで、
追加分のギフトコード120件をCSVでお送りします。
管理画面への登録をお願いします。登録完了後、本CSVは削除してください。
""" + SIG_MIURA,
        "attachments": [{
            "kind": "csv", "name": "giftcode_add_120.csv", "encoding": "cp932",
            "rows": [["No", "ギフトコード", "額面", "有効期限"]]
            + [[i + 1, f"HNDG-{(48271 * (i + 11)) % 90000 + 10000}-{(16807 * (i + 5)) % 9000 + 1000}", 500, "2027/03/31"]
               for i in range(120)],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "gift codes for the prize pool: valuable but not anybody's personal data",
    },
    {
        "id": "keihin-088",
        "charset": "utf-8",
        "sender": NAITO,
        "to": [PROMO],
        "subject": "想定問答集（FAQ）第3版",
        "body": """promo-assist ご担当者様

お客様相談室の内藤です。想定問答集を第3版に更新しました。
主な追加は「当選詐欺」への注意喚起と、ワインセットの年齢確認の案内です。
オペレーターの皆さまへの展開をお願いします。
""" + SIG_NAITO,
        "attachments": [{
            "kind": "docx", "name": "想定問答集_v3.docx", "title": "想定問答集 第3版",
            "paragraphs": ["日の出 夏のありがとうキャンペーン 想定問答集（第3版）"],
            "tables": [[["No", "お問い合わせ", "回答例"],
                        ["1", "当選したか知りたい", "当選者の発表は賞品の発送をもってかえさせていただいております。"],
                        ["2", "「手数料を払えば賞品を送る」という連絡が来た",
                         "事務局から手数料や口座情報をお尋ねすることはありません。最寄りの警察署へご相談ください。"],
                        ["3", "ワインセットの年齢確認方法は", "登録フォームから本人確認書類の画像をアップロードしてください。メールでは受け付けておりません。"],
                        ["4", "個人情報を削除してほしい", "ご本人確認のうえ日の出産業 お客様相談室から回答します（エスカレーション）。"]]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "FAQ document for the call centre: answer scripts, no personal data",
    },
    {
        "id": "keihin-089",
        "charset": "iso-2022-jp",
        "sender": OTSUKI,
        "to": ["ペイクロス 加盟店サポート <merchant-support@paycross.co.jp>"],
        "subject": "返金処理のお願い（全員プレゼント送料 2件）",
        "body": f"""株式会社ペイクロス 加盟店サポート ご担当者様

いつもお世話になっております。加盟店ID HS-00417 日の出産業 経理部の大槻です。
応募者全員プレゼントの送料決済で、二重決済となった取引が2件ありました。
各1件分の返金（取消）処理をお願いいたします。
お客様からお申し出のあったカード番号も記載しますので、照合にお使いください。

1. 取引ID：PX2608-11A07732 / 550円
   カード番号：{_card089a}
   名義：{_c089[0]["romaji"].upper()}

2. 取引ID：PX2608-11A08019 / 550円
   カード番号：{_card089b[:4]} {_card089b[4:8]} {_card089b[8:12]} {_card089b[12:]}
   名義：{_c089[1]["romaji"].upper()}

処理完了後、返金日をお知らせいただけますと幸いです。
""" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "two customers' full credit card numbers with cardholder names to the payment agency",
    },
    {
        "id": "keihin-090",
        "charset": "iso-2022-jp",
        "sender": MIURA,
        "to": [HARENOHI],
        "subject": "返送分の理由別集計（最終）",
        "body": """久保田様

三浦です。返送分の最終集計をまとめました。社内報告に使います。
数字に相違がないかご確認ください。

　返送理由　　　　　　件数　　再発送　　辞退・連絡不能
　------------------------------------------------------
　宛先不明　　　　　　　 9　　　　6　　　　　3
　転居先不明　　　　　　 4　　　　3　　　　　1
　保管期限切れ　　　　　 6　　　　5　　　　　1
　受取拒否　　　　　　　 1　　　　0　　　　　1
　------------------------------------------------------
　合計　　　　　　　　　20　　　 14　　　　　6

連絡不能の6件は、規約第5条により当選無効として処理します。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "returned-parcel statistics by reason: counts only",
    },
    {
        "id": "keihin-091",
        "charset": "cp932",
        "sender": KANNO,
        "to": [AOBA],
        "subject": "お届け先変更のお願い（病院宛て）",
        "body": f"""青葉運輸 法人営業ご担当者様

物流課の菅野です。お世話になっております。
下記1件、ご家族から連絡があり、当選者ご本人が入院中のため
入院先の病院宛てに届け先を変更したいとのことです。
病院側の受取り可否はご家族が確認済みです。

　お問合せ番号：4420-1522-8630
　お受取人　　：{_w091["name"]} 様
　変更後届け先：〒380-0928 長野県長野市若里5-22-1 長野若里総合病院 5階東病棟 気付
　ご家族連絡先：{_w091["tel"]}（ご長男）

病棟への持ち込みはできないため、1階受付でのお渡しでお願いいたします。
""" + SIG_KANNO,
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one named winner's hospitalisation (ward given) to the carrier: health data or a mere delivery address, judgeable both ways",
    },
    {
        "id": "keihin-092",
        "charset": "utf-8",
        "sender": NAITO,
        "to": [PROMO],
        "subject": "折り返しのお電話のお願い（1件）",
        "body": f"""promo-assist ご担当者様

お客様相談室の内藤です。
弊社代表番号に、C賞の当選者ご本人からお問い合わせがありました。
賞品の到着日のご確認ですので、事務局から折り返しをお願いします。

　お名前：{_w092["name"]} 様（当選番号 C00771）
　電話　：{_w092["tel"]}
　ご希望：本日16時以降

対応後、日次報告に記載いただければ結構です。
""" + SIG_NAITO,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one winner's name and phone for a call-back: a single person, may be warned",
    },
    {
        "id": "keihin-093",
        "charset": "cp932",
        "sender": MIURA,
        "to": ["バズリンク サポート <support@buzzlink.jp>"],
        "subject": "当選DM・落選DMの文面（最終稿）",
        "body": """バズリンク サポートご担当者様

三浦です。秋キャンペーンのDM文面の最終稿です。
差し込み項目は {{ユーザー名}} と {{ギフトURL}} の2つです。

【当選DM】
{{ユーザー名}}さん、おめでとうございます！
日の出 秋のフォロー＆リポストキャンペーンで
デジタルギフト500円分が当たりました🎉
▼ギフトの受け取りはこちら（2027/3/31まで）
{{ギフトURL}}
※このDMに個人情報を返信しないでください。

【落選DM】
{{ユーザー名}}さん、ご参加ありがとうございます。
残念ながら今回はハズレでした…明日もチャレンジしてね！

絵文字は当選DMの1か所のみとしています。
""" + SIG_MIURA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "DM templates with merge fields for the SNS tool vendor (UTF-8 fallback for the emoji)",
    },
    {
        "id": "keihin-094",
        "charset": "iso-2022-jp",
        "sender": MIURA,
        "to": [HARENOHI],
        "subject": "FW: C賞 1件 配送不可のご連絡",
        "body": """久保田様

三浦です。北国フーズさんから直接連絡をもらった件を、元メールごと添付で転送します。
当選者ご本人への確認は御社の事務局からお願いできますでしょうか。
""" + SIG_MIURA,
        "attachments": [{
            "kind": "eml", "name": "C賞1件配送不可.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": KITAGUNI,
                "to": [MIURA],
                "subject": "C賞 1件 配送不可のご連絡",
                "body": f"""日の出産業 三浦様

北国フーズの畠山です。
C賞の直送分のうち1件、配送業者より「住所に該当する建物がない」と戻ってまいりました。

　お届け先：{_w094["name"]} 様
　〒{_w094["zip"]} {_w094["addr"]}
　TEL {_w094["tel"]}（不通）

冷凍品のため、1週間以内に再発送先が決まらない場合は廃棄となります。
ご確認をお願いいたします。
""",
            },
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forwarded .eml from a supplier holding one winner's address: a forward counts, but one person",
    },
    {
        "id": "keihin-095",
        "charset": "utf-8",
        "sender": MIYASHITA,
        "to": [SHIRAKAWA],
        "subject": "景品類の総額算定資料の送付",
        "body": """白川先生

宮下です。先日お約束しました、クローズド懸賞部分の景品類の総額の
算定資料をお送りします。売上予定総額の2%の範囲内に収まっているかを
念のためご確認いただけますと幸いです。
""" + SIG_MIYASHITA,
        "attachments": [{
            "kind": "pdf", "name": "景品総額算定資料.pdf",
            "lines": ["クローズド懸賞 景品類の総額算定（夏のありがとうキャンペーン）", "",
                      "対象期間の売上予定総額：4億3,000万円（対象商品 7月・8月）",
                      "景品類の総額の上限（2%）：860万円"],
            "table": [["賞", "単価（税込）", "数量", "小計"],
                      ["B賞 電気ケトル", "6,980", "100", "698,000"],
                      ["C賞 北海道グルメセット", "5,400", "300", "1,620,000"],
                      ["D賞 QUOカード", "1,000", "2,000", "2,000,000"],
                      ["合計", "", "", "4,318,000（売上予定総額の1.0%）"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "premium-value calculation for the legal check: business figures only",
    },
    {
        "id": "keihin-096",
        "charset": "cp932",
        "sender": KANNO,
        "to": [HARENOHI],
        "subject": "冬キャンペーン賞品 在庫配置計画",
        "body": """久保田様

菅野です。冬キャンペーンの賞品在庫を、草加と戸田にどう分けて置くかの
計画案をCSVでお送りします（UTF-8）。ロケーションの確保をお願いします。
""" + SIG_KANNO,
        "attachments": [{
            "kind": "csv", "name": "winter_stock_plan.csv", "encoding": "utf-8",
            "rows": [["賞品コード", "賞品名", "総数", "草加センター", "戸田センター", "入荷予定"],
                     ["HWA-ONS", "温泉旅館ペア宿泊券", 20, 20, 0, "2026/10/20"],
                     ["HWB-BLK", "ブランケット", 500, 100, 400, "2026/10/27"],
                     ["HWC-CTG", "カタログギフト5,000円", 300, 0, 300, "2026/11/02"],
                     ["HWW-BTL", "オリジナル保温ボトル", 1000, 200, 800, "2026/10/30"],
                     ["NV-F2-OLV", "Nordvik Fjell 2 テント", 60, 0, 60, "2026/10/20"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "stock allocation plan by warehouse: product data only",
    },
    {
        "id": "keihin-097",
        "charset": "iso-2022-jp",
        "sender": NAITO,
        "to": ["南里市 消費生活センター <shohi-center@city.nanri.lg.jp>"],
        "subject": "Re: 「日の出産業キャンペーン」を名乗るSMSについてのお問い合わせ",
        "body": """南里市 消費生活センター ご担当者様

日の出産業株式会社 お客様相談室の内藤でございます。
お問い合わせいただきありがとうございます。

ご照会の「日の出産業キャンペーン事務局」を名乗り、当選手数料の振込を求めるSMSは、
弊社が送信したものではございません。弊社のキャンペーンでは、
当選者の方に手数料や口座情報、カード番号をお尋ねすることは一切ございません。

弊社ウェブサイトのトップページに注意喚起を掲載しております。
　https://www.hinode-sangyo.co.jp/news/2026/0905.html
市民の皆さまへの周知にご活用いただけますと幸いです。
個別のご相談者の方の情報は、弊社では必要としておりませんので念のため申し添えます。
""" + SIG_NAITO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "answer to a municipal consumer centre (lg.jp) about a scam SMS, no personal data",
    },
    {
        "id": "keihin-098",
        "charset": "iso-2022-jp",
        "sender": OKAMOTO,
        "to": [NISHIKI],
        "subject": "当選通知はがき 文面データ（差込項目入り）",
        "body": """錦印刷株式会社
小田切様

お世話になっております。岡本です。
当選通知はがきの文面データをお送りします。《 》の箇所は
ハレノヒ様での宛名印字時に差し込む項目ですので、そのまま残してください。
""" + SIG_OKAMOTO,
        "attachments": [{
            "kind": "docx", "name": "当選通知はがき_文面.docx",
            "paragraphs": ["《郵便番号》", "《住所1》《住所2》", "《氏名》 様", "",
                           "このたびは「日の出 夏のありがとうキャンペーン」にご応募いただき、誠にありがとうございました。",
                           "厳正なる抽選の結果、《賞品名》にご当選されました。賞品は9月中旬にお届けいたします。",
                           "当選番号：《当選番号》",
                           "日の出 夏のありがとうキャンペーン事務局 0120-48-7707"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "postcard copy with merge-field placeholders, no actual data",
    },
    {
        "id": "keihin-099",
        "charset": "utf-8",
        "sender": OKAMOTO,
        "to": [TSUBASA, ADBRIDGE],
        "subject": "冬キャンペーンLP 公開スケジュール",
        "body": """ツバサシステム 開発部 ご担当者様
アドブリッジ 平塚様

お世話になっております。日の出産業の岡本です。
冬キャンペーンLPの公開までの流れを共有します。

 10/9 （金） アドブリッジ様 → ツバサ様：デザインデータ入稿
 10/16（金） ツバサ様：テスト環境公開、日の出・アドブリッジ様で確認
 10/23（金） 修正反映
 10/30（金） 本番公開（11/1 0:00 応募受付開始）

広告のリンク先URLは https://cp.hinode-sangyo.co.jp/winter/ で確定です。
""" + SIG_OKAMOTO,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "schedule to two external organisations in To: a normal three-way mail",
    },
    {
        "id": "keihin-100",
        "charset": "cp932",
        "sender": TODO,
        "to": [HARENOHI],
        "cc": [MIURA, KANNO],
        "subject": "夏キャンペーン完了のお礼",
        "body": """株式会社ハレノヒ・フルフィルメント
久保田様

お世話になっております。日の出産業の藤堂です。
夏のありがとうキャンペーンの全業務が完了いたしました。
2,400件を超える発送と事務局運営、誠にありがとうございました。
返送分への丁寧なご対応や、代替品発生時の迅速な切り替えに、社内でも
高い評価をいただいております。

冬キャンペーンは件数が増える見込みですので、引き続きお力添えをお願いいたします。
近いうちに、打ち上げを兼ねて一席設けさせてください。
""" + SIG_TODO + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you mail with signature and disclaimer; internal colleagues in Cc",
    },
]
