# -*- coding: utf-8 -*-
"""Blind corpus — リユース・古物買取事業 (recycle) of 日の出産業株式会社.

The reuse business 「ひので買取館」: purchase records (古物台帳) with the sellers' identity
checks that 古物営業法 requires (運転免許証・健康保険証・マイナンバーカード), replies to police
inquiries about stolen goods (品触れ・照会), trade auctions and wholesale partners, store
staff, bank transfers of purchase money to sellers, and English mail with overseas buyers.

Seeds for my_number() / card_number() start at 4301.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

MESSAGES: list[dict] = []


def M(expect: str, entities: list[str], detectors: list[str], note: str, **spec) -> None:
    MESSAGES.append({"id": f"recycle-{len(MESSAGES) + 1:03d}", "expect": expect,
                     "entities": entities, "detectors": detectors, "note": note, **spec})


# -- invented people ---------------------------------------------------------------------

_SEI = [("東海林", "ショウジ", "Shoji"), ("四方田", "ヨモダ", "Yomoda"),
        ("百瀬", "モモセ", "Momose"), ("漆原", "ウルシハラ", "Urushihara"),
        ("鬼塚", "オニツカ", "Onitsuka"), ("廿楽", "ツヅラ", "Tsuzura"),
        ("纐纈", "コウケツ", "Koketsu"), ("忽那", "クツナ", "Kutsuna"),
        ("甘粕", "アマカス", "Amakasu"), ("佐久間", "サクマ", "Sakuma"),
        ("高橋", "タカハシ", "Takahashi"), ("渡部", "ワタナベ", "Watanabe"),
        ("松浦", "マツウラ", "Matsuura"), ("斎藤", "サイトウ", "Saito"),
        ("井上", "イノウエ", "Inoue"), ("大河内", "オオコウチ", "Okochi"),
        ("野々村", "ノノムラ", "Nonomura"), ("桧山", "ヒヤマ", "Hiyama"),
        ("久米", "クメ", "Kume"), ("馬場", "ババ", "Baba"),
        ("小此木", "オコノギ", "Okonogi"), ("目黒", "メグロ", "Meguro"),
        ("宍戸", "シシド", "Shishido"), ("千葉", "チバ", "Chiba"),
        ("栗林", "クリバヤシ", "Kuribayashi"), ("西園寺", "サイオンジ", "Saionji"),
        ("坂東", "バンドウ", "Bando"), ("真壁", "マカベ", "Makabe"),
        ("日下部", "クサカベ", "Kusakabe"), ("飯干", "イイボシ", "Iiboshi"),
        ("芦刈", "アシカリ", "Ashikari"), ("保坂", "ホサカ", "Hosaka"),
        ("瓜生", "ウリュウ", "Uryu"), ("角田", "ツノダ", "Tsunoda"),
        ("塙", "ハナワ", "Hanawa"), ("五味", "ゴミ", "Gomi"),
        ("安齋", "アンザイ", "Anzai"), ("遠藤", "エンドウ", "Endo"),
        ("村越", "ムラコシ", "Murakoshi"), ("曽我部", "ソガベ", "Sogabe"),
        ("八木橋", "ヤギハシ", "Yagihashi")]
_MEI = [("健太", "ケンタ", "Kenta"), ("美咲", "ミサキ", "Misaki"), ("翔", "ショウ", "Sho"),
        ("由美子", "ユミコ", "Yumiko"), ("大輔", "ダイスケ", "Daisuke"),
        ("千尋", "チヒロ", "Chihiro"), ("誠一", "セイイチ", "Seiichi"),
        ("香織", "カオリ", "Kaori"), ("隆之", "タカユキ", "Takayuki"), ("麻衣", "マイ", "Mai"),
        ("達也", "タツヤ", "Tatsuya"), ("陽菜", "ヒナ", "Hina"),
        ("勝利", "カツトシ", "Katsutoshi"), ("久美", "クミ", "Kumi"),
        ("浩二", "コウジ", "Koji"), ("沙織", "サオリ", "Saori"), ("悠人", "ユウト", "Yuto"),
        ("和子", "カズコ", "Kazuko"), ("正雄", "マサオ", "Masao"), ("莉子", "リコ", "Riko"),
        ("光太郎", "コウタロウ", "Kotaro"), ("紀子", "ノリコ", "Noriko"),
        ("武", "タケシ", "Takeshi"), ("恵理", "エリ", "Eri"), ("俊介", "シュンスケ", "Shunsuke")]
_TOWNS = [("252-0303", "神奈川県", "相模原市南区", "相模大野"),
          ("252-0236", "神奈川県", "相模原市中央区", "富士見"),
          ("194-0013", "東京都", "町田市", "原町田"),
          ("252-0011", "神奈川県", "座間市", "相武台"),
          ("242-0007", "神奈川県", "大和市", "中央林間"),
          ("193-0833", "東京都", "八王子市", "めじろ台"),
          ("243-0014", "神奈川県", "厚木市", "旭町"),
          ("206-0025", "東京都", "多摩市", "永山"),
          ("243-0421", "神奈川県", "海老名市", "上今泉"),
          ("206-0824", "東京都", "稲城市", "若葉台"),
          ("226-0027", "神奈川県", "横浜市緑区", "長津田"),
          ("252-1103", "神奈川県", "綾瀬市", "深谷中"),
          ("252-5188", "神奈川県", "相模原市緑区", "橋本"),
          ("194-0041", "東京都", "町田市", "玉川学園"),
          ("228-0803", "神奈川県", "相模原市南区", "相模台")]
_BANKS = [("みどり銀行", "相模大野支店"), ("みどり銀行", "町田支店"), ("さがみ信用金庫", "上溝支店"),
          ("東都銀行", "八王子支店"), ("ゆうちょ銀行", "〇一八店"), ("横浜湾岸銀行", "大和支店"),
          ("多摩中央信用金庫", "永山支店")]
_MAILS = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
          "outlook.jp", "softbank.ne.jp"]


def person(i: int) -> dict:
    r = random.Random(f"recycle-person-{i}")
    sei = _SEI[i % len(_SEI)]
    mei = _MEI[(i * 7 + 3) % len(_MEI)]
    y, mo, d = r.randint(1948, 2004), r.randint(1, 12), r.randint(1, 28)
    zipc, pref, city, town = _TOWNS[(i * 5 + 2) % len(_TOWNS)]
    bank = _BANKS[i % len(_BANKS)]
    return {
        "name": f"{sei[0]} {mei[0]}", "sei": sei[0], "mei": mei[0],
        "kana": f"{sei[1]} {mei[1]}", "romaji": f"{mei[2]} {sei[2]}",
        "y": y, "m": mo, "d": d,
        "zip": zipc, "pref": pref, "city": city,
        "addr": f"{pref}{city}{town}{r.randint(1, 6)}-{r.randint(1, 28)}-{r.randint(1, 19)}",
        "addr_short": f"{city}{town}{r.randint(1, 6)}丁目{r.randint(1, 28)}番{r.randint(1, 19)}号",
        "tel": f"0{r.choice(['90', '80', '70'])}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
        "email": f"{mei[2].lower()}.{sei[2].lower()}{r.randint(2, 98)}@{r.choice(_MAILS)}",
        "bank": bank[0], "branch": bank[1], "acct": f"{r.randint(1000000, 9999999)}",
        "license": f"{r.choice(['45', '30', '46'])}{r.randint(10, 24):02d}{r.randint(10000000, 99999999)}",
        "amount": r.choice([3000, 8500, 12000, 26000, 45000, 78000, 132000, 240000, 15500]),
    }


def wareki(p: dict, style: str = "kanji") -> str:
    y, m, d = p["y"], p["m"], p["d"]
    if (y, m, d) < (1989, 1, 8):
        era, ab, ey = "昭和", "S", y - 1925
    elif (y, m, d) < (2019, 5, 1):
        era, ab, ey = "平成", "H", y - 1988
    else:
        era, ab, ey = "令和", "R", y - 2018
    if style == "abbr":
        return f"{ab}{ey}.{m}.{d}"
    if style == "zen":
        return zen(f"{era}{ey}年{m}月{d}日")
    if style == "zenabbr":
        return zen(f"{ab}{ey}.{m}.{d}").replace("．", "．")
    return f"{era}{ey}年{m}月{d}日"


def ymd(p: dict, sep: str = "/") -> str:
    return f"{p['y']}{sep}{p['m']:02d}{sep}{p['d']:02d}"


_ZEN = str.maketrans("0123456789-.ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                     "０１２３４５６７８９－．ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "FWA" else 1 for c in str(s))


def padded(rows: list[list], gap: int = 2, rule: str = "-") -> str:
    """Columns padded with ASCII spaces under a header and a ---- rule."""
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for n, row in enumerate(rows):
        cells = [str(c) + " " * (widths[i] - _w(c)) for i, c in enumerate(row)]
        out.append((" " * gap).join(cells).rstrip())
        if n == 0 and rule:
            out.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(out)


def corp_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- who writes ---------------------------------------------------------------------------

D = "hinode-sangyo.co.jp"

SIG = {
    "okabe": "--\n日の出産業株式会社 リユース事業部\nひので買取館 相模大野店　店長　岡部 健吾\n"
             "〒252-0303 神奈川県相模原市南区相模大野5-21-3 サンライズビル1F\n"
             "TEL 042-745-3310 / FAX 042-745-3311\nokabe.k@hinode-sangyo.co.jp\n"
             "神奈川県公安委員会許可 第451370008812号",
    "setoguchi": "――――――――――――――――――――\n日の出産業株式会社\nリユース事業部 古物管理課\n瀬戸口 真理（せとぐち まり）\n"
                 "〒252-0303 相模原市南区相模大野5-21-3\nTEL：042-745-3300（内線214）\n"
                 "Mail：setoguchi.m@hinode-sangyo.co.jp\n――――――――――――――――――――",
    "nakahata": "日の出産業株式会社　経理部 出納課\n中畑 由香\nTEL 042-745-3302　FAX 042-745-3309",
    "jimbo": "Best regards,\n\nTakumi Jimbo\nOverseas Sales Team, Reuse Division\nHinode Sangyo Co., Ltd.\n"
             "5-21-3 Sagami-Ono, Minami-ku, Sagamihara, Kanagawa 252-0303 Japan\n"
             "Tel: +81-42-745-3315 | jimbo.t@hinode-sangyo.co.jp",
    "wagatsuma": "***************************************\n日の出産業株式会社 リユース事業部\n"
                 "卸販売・オークション担当　我妻 隼人\nTEL 042-745-3316 携帯 080-3921-5570（社用）\n"
                 "***************************************",
    "tsuge": "日の出産業株式会社\n人事総務部　柘植 恵\n〒252-0303 神奈川県相模原市南区相模大野5-21-3\nTEL 042-745-3301",
    "horinouchi": "--\n情報システム課 堀之内 亮\n日の出産業株式会社\n内線 230 / 042-745-3330",
    "ikari": "━━━━━━━━━━━━━━━\nひので買取館 町田店\n店長　猪狩 誠\n〒194-0013 東京都町田市原町田4-8-15\n"
             "TEL 042-710-8821\n東京都公安委員会許可 第308820417733号\n━━━━━━━━━━━━━━━",
    "kanzaki": "日の出産業株式会社\n出張買取センター　神崎 彩\nフリーダイヤル 0120-415-073\nTEL 042-745-3320",
}
ADDR = {
    "okabe": f"岡部 健吾 <okabe.k@{D}>",
    "setoguchi": f"瀬戸口 真理 <setoguchi.m@{D}>",
    "nakahata": f"中畑 由香 <nakahata.y@{D}>",
    "jimbo": f"Takumi Jimbo <jimbo.t@{D}>",
    "wagatsuma": f"我妻 隼人 <wagatsuma.h@{D}>",
    "tsuge": f"柘植 恵 <tsuge.m@{D}>",
    "horinouchi": f"堀之内 亮 <horinouchi.r@{D}>",
    "ikari": f"猪狩 誠 <ikari.m@{D}>",
    "kanzaki": f"神崎 彩 <kanzaki.a@{D}>",
}

DISCLAIMER_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISCLAIMER_EN = ("This e-mail and any attachments may contain confidential information. If you "
                 "are not the intended recipient, please notify the sender and delete this "
                 "e-mail. Any unauthorised use or disclosure is prohibited.")

POLICE_MINAMI = "相模原南警察署 生活安全課 <seian-minami@minami-ps.pref-kanagawa.lg.jp>"
POLICE_MACHIDA = "町田警察署 盗犯係 <touhan@machida-ps.tokyo-police.lg.jp>"


# =========================================================================================
# 001 — reply to a police 照会: five sellers in a space-padded table in the body
_p = [person(i) for i in range(1, 6)]
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
  "police inquiry answered with five sellers' name/DOB/address in a padded body table",
  sender=ADDR["setoguchi"], to=[POLICE_MINAMI], charset="iso-2022-jp",
  subject="Re: 品触れ照会（腕時計 ロレックス デイトジャスト）の件 回答",
  body=f"""相模原南警察署 生活安全課
木戸 様

いつも大変お世話になっております。
日の出産業（ひので買取館）古物管理課の瀬戸口でございます。

9月12日付でご照会いただきました品目について、当社全店の古物台帳を確認いたしました。
同型・同年式の買取は下記5件でございました（シリアルは照会品と一致しておりません）。

{padded([["買取日", "店舗", "氏名", "生年月日", "住所", "確認書類"]] + [
    [f"9/{3 + n}", ["相模大野", "町田", "橋本", "海老名", "町田"][n], q["name"], ymd(q), q["addr"],
     ["運転免許証", "マイナンバーカード", "健康保険証", "運転免許証", "運転免許証"][n]]
    for n, q in enumerate(_p)])}

現物はいずれも店頭在庫として保管しておりますので、確認が必要でしたらご連絡ください。
よろしくお願いいたします。

{SIG["setoguchi"]}
""")

# 002 — pass: reply to an individual on gmail about an online estimate
M("pass", [], ["freemail_recipient"],
  "one private person on free mail, only our signature and generic estimate text",
  sender=ADDR["kanzaki"], to=["Kumiko Hayama <kumi.hayama0612@gmail.com>"], charset="iso-2022-jp",
  subject="Re: LINE査定のお問い合わせ（ブランドバッグ3点）",
  body=f"""葉山様

このたびは「ひので買取館」の無料査定をご利用いただき、ありがとうございます。
出張買取センターの神崎と申します。

お送りいただいたお写真から、概算の査定額は以下のとおりです。

　・ルイ・ヴィトン ネヴァーフルMM（ダミエ）　　38,000円～45,000円
　・グッチ GGマーモント ショルダー　　　　　　 52,000円～60,000円
　・コーチ トートバッグ　　　　　　　　　　　　 3,000円～5,000円

※付属品（保存袋・ギャランティカード）があるとプラス査定になります。
※正式な金額は実物を拝見してからのご提示となります。

ご来店・出張・宅配のいずれでも承ります。ご希望の方法をお知らせください。
なお、お売りいただく際は古物営業法に基づき、ご本人様確認書類のご提示が必要です。

{SIG["kanzaki"]}
""")

# 003 — TSV in the body: six failed transfers sent to the bank for checking
_p = [person(i) for i in range(10, 16)]
_rows = "\n".join(f"{n + 1}\t{q['kana']}\t{q['bank']}\t{q['branch']}\t普通\t{q['acct']}\t{q['amount']:,}"
                  for n, q in enumerate(_p))
M("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
  "six sellers' names with bank account numbers (tab-separated) to the bank",
  sender=ADDR["nakahata"], to=["みどり銀行 法人営業部 島袋様 <shimabukuro.k@midori-ginko.co.jp>"],
  charset="shift_jis",
  subject="総合振込 10/5実行分 振込不能6件の確認のお願い",
  body=f"""みどり銀行 法人営業部
島袋様

いつもお世話になっております。日の出産業 経理部の中畑です。
10月5日実行の総合振込（買取代金のお支払い）のうち、6件が「口座相違」で返却となりました。
当社控えの振込先は以下のとおりです。受取人名義との不一致箇所がお分かりでしたらご教示ください。

No\t受取人名（カナ）\t銀行\t支店\t種別\t口座番号\t金額
{_rows}

お手数をおかけしますが、よろしくお願いいたします。

{SIG["nakahata"]}
""")

# 004 — pass: list of our shops for a flyer
M("pass", [], [],
  "list of stores (business addresses and switchboards) to the printer, no people",
  sender=ADDR["okabe"], to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"], charset="iso-2022-jp",
  subject="秋の買取強化キャンペーン チラシ 店舗一覧の差し替え",
  body=f"""錦印刷株式会社
営業部　ご担当者様

お世話になっております。ひので買取館の岡部です。
先日お送りした入稿データのうち、裏面の店舗一覧を下記に差し替えてください。
（橋本店の移転と、八王子店の営業時間変更があります）

{padded([["店舗名", "住所", "電話番号", "営業時間"],
         ["相模大野店", "相模原市南区相模大野5-21-3", "042-745-3310", "10:00-19:00"],
         ["町田店", "町田市原町田4-8-15", "042-710-8821", "10:00-20:00"],
         ["橋本店", "相模原市緑区橋本6-2-11 2F", "042-770-5528", "10:00-19:00"],
         ["海老名店", "海老名市中央2-9-30", "046-292-4471", "10:00-19:00"],
         ["八王子店", "八王子市旭町12-3", "042-649-0915", "11:00-20:00"],
         ["本厚木店", "厚木市中町3-14-2", "046-225-6630", "10:00-19:00"]])}

色校は来週火曜までに頂けると助かります。

{SIG["okabe"]}
""")

# 005 — CSV (CP932) of members to the POS vendor
_p = [person(i) for i in range(20, 28)]
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
  ["personal_data"],
  "CP932 CSV of eight purchase-members' full records to the system vendor",
  sender=ADDR["horinouchi"], to=["ツバサシステム 導入支援 真田様 <sanada@tsubasa-system.jp>"],
  charset="shift_jis",
  subject="【買取POS移行】会員マスタ 移行テスト用データ",
  body=f"""ツバサシステム株式会社
真田様

お世話になっております。日の出産業 情報システム課の堀之内です。
会員マスタの移行テスト用に、現行システムから抽出したCSVをお送りします。
文字コードはShift_JIS、改行CRLFです。フリガナ列の半角・全角混在がある点ご注意ください。

取込エラーが出た行があればご連絡ください。

{SIG["horinouchi"]}
""",
  attachments=[{"kind": "csv", "name": "kaiin_master_test.csv", "encoding": "cp932",
                "rows": [["会員番号", "氏名", "フリガナ", "生年月日", "電話番号", "メール", "郵便番号", "住所", "登録店舗"]] +
                        [[f"H{300120 + n}", q["name"], q["kana"], ymd(q), q["tel"], q["email"], q["zip"],
                          q["addr"], ["相模大野", "町田", "橋本", "海老名"][n % 4]] for n, q in enumerate(_p)]}])

# 006 — pass: English to one overseas buyer, invoice and tracking, standard disclaimer
M("pass", [], [],
  "one overseas buyer; invoice number, container and tracking numbers, standard disclaimer",
  sender=ADDR["jimbo"], to=["Michael Torres <m.torres@pacificreuse.com>"], charset="utf-8",
  subject="Shipment HS-2410-07 / Invoice INV-HS-24-0318",
  body=f"""Hi Michael,

Thank you for confirming the order. Lot HS-2410-07 (used golf clubs, 42 sets, and
bicycles, 18 units) left Yokohama port yesterday.

  Invoice:      INV-HS-24-0318  (USD 11,460.00, FOB Yokohama)
  Container:    TGHU 483920-1
  B/L No.:      YKLAX2410881
  ETA Long Beach: Oct 29

The commercial invoice and packing list are in your portal. Payment by T/T within
14 days of B/L date as agreed.

Let me know if you need anything else for customs.

{SIG["jimbo"]}

{DISCLAIMER_EN}
""")

# 007 — My Number of an individual appraiser, for the 支払調書, to the tax accountant
_p = person(40)
M("stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
  "an individual appraiser's 個人番号 and address sent to the outside tax office",
  sender=ADDR["nakahata"], to=["春日会計事務所 春日先生 <kasuga@kasuga-kaikei.jp>"], charset="iso-2022-jp",
  subject="報酬、料金、契約金及び賞金の支払調書 作成資料（外部鑑定士分）",
  body=f"""春日会計事務所
春日先生

いつもお世話になっております。日の出産業 経理部の中畑です。
法定調書の作成にあたり、個人の外部鑑定士（時計・宝飾）への報酬分の情報をお送りします。

　支払を受ける者
　　氏名　　：{_p["name"]}
　　住所　　：{_p["addr"]}
　　個人番号：{my_number(4301)}
　区分：鑑定料（報酬）
　支払金額：1,284,000円　源泉徴収税額：131,104円

個人番号の受け取りは本人からカードの写しで確認済みです。
ほかに必要なものがあればお申し付けください。

{SIG["nakahata"]}
""")

# 008 — pass: NDA with a new trade auction, draft attached
M("pass", [], [],
  "mail about a 秘密保持契約 and its draft, no marking, no people",
  sender=ADDR["wagatsuma"], to=["関東ブランドオークション 会員事務局 <kaiin@kanto-brand-auc.co.jp>"],
  charset="iso-2022-jp",
  subject="会員登録に伴う秘密保持契約書のご確認",
  body=f"""株式会社関東ブランドオークション
会員事務局 御中

お世話になっております。日の出産業の我妻です。
貴社オークションへの会員登録にあたり、秘密保持契約書（当社ひな形）をお送りいたします。
出品データ・落札価格等の取引情報の取扱いについて第3条をご確認いただけますでしょうか。
貴社ひな形での締結をご希望の場合は、そちらを拝見いたします。

{SIG["wagatsuma"]}
""",
  attachments=[{"kind": "docx", "name": "秘密保持契約書_ドラフト_v2.docx", "title": "秘密保持契約書",
                "paragraphs": ["秘密保持契約書",
                               "日の出産業株式会社（以下「甲」）と株式会社関東ブランドオークション（以下「乙」）は、"
                               "乙の運営する業者間オークションへの甲の参加に関し、次のとおり秘密保持契約を締結する。",
                               "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定める。",
                               "第2条（秘密情報）秘密情報とは、出品物の明細、出品者、落札価格その他の取引情報をいう。",
                               "第3条（秘密保持）甲及び乙は、相手方の書面による承諾なく秘密情報を第三者に開示しない。",
                               "第4条（有効期間）本契約の有効期間は締結日から3年間とする。",
                               "甲：神奈川県相模原市南区相模大野5-21-3　日の出産業株式会社",
                               "乙：　　　　　　　　　　　　　　株式会社関東ブランドオークション"]}])

# 009 — four auction houses in To
M("stop", [], ["external_recipients_visible", "multiple_external_domains"],
  "four external trade buyers put in To and visible to each other",
  sender=ADDR["wagatsuma"],
  to=["ブランド市場 仕入部 <shiire@brand-ichiba.co.jp>", "エコオクネット <info@ecoauc-net.jp>",
      "関東古物市場 営業 <eigyo@kanto-kobutsu.co.jp>", "有限会社リサイクル大善 <daizen@recycle-daizen.com>"],
  charset="iso-2022-jp",
  subject="【下見会のご案内】10/24 倉庫一括売却（家電・工具・厨房機器）",
  body=f"""各位

いつもお世話になっております。日の出産業 リユース事業部の我妻です。
当社座間倉庫の在庫一括売却につき、下見会を下記のとおり開催いたします。

　日時：10月24日（木）10:00～15:00
　場所：日の出産業 座間倉庫（座間市ひばりが丘2-41）
　品目：業務用冷蔵庫・製氷機 約30台、電動工具 約120点、生活家電 約200点
　入札締切：10月25日（金）17:00（メールにて入札書をご提出ください）

駐車場は6台分です。ご来場の可否を10/21までにご返信ください。

{SIG["wagatsuma"]}
""")

# 010 — look-alike of our own domain (added letter)
M("stop", [], ["lookalike_domain"],
  "recipient domain hinode-sangyou.co.jp is a look-alike of the company's own",
  sender=ADDR["ikari"], to=["okabe.k@hinode-sangyou.co.jp"], charset="iso-2022-jp",
  subject="町田店 日報 10/14",
  body=f"""岡部さん

お疲れさまです。町田店 猪狩です。本日の日報です。

　買取件数　　：31件（店頭27／宅配4）
　買取金額　　：1,186,400円
　販売金額　　：842,300円
　主な入荷　　：エルメス ピコタンPM、iPhone 14 Pro ×3、ダイソン V12

明日は午後から鑑定士さんが来店予定です。

{SIG["ikari"]}
""")

# 011 — pass: reply to a police mail; the police's list is only quoted
M("pass", [], [],
  "new text says no match; the police's list of stolen items and victims is only quoted",
  sender=ADDR["ikari"], to=[POLICE_MACHIDA], charset="iso-2022-jp",
  subject="Re: 盗品照会（貴金属類）について",
  body=f"""町田警察署 盗犯係
大久保様

お世話になっております。ひので買取館 町田店の猪狩です。
ご照会の品目につき、当店の古物台帳（8月1日～本日分）を確認しましたが、
該当する品の買取はございませんでした。
今後、同様の品の持込みがあった場合は速やかにご連絡いたします。

{SIG["ikari"]}

-----Original Message-----
From: 町田警察署 盗犯係
Sent: Tuesday, October 15, 2024 9:12 AM
Subject: 盗品照会（貴金属類）について

> ひので買取館 町田店 御中
>
> 下記の被害品について、持込み・買取の有無をご確認ください。
>
> 1 喜平ネックレス K18 50g（被害者 {person(44)["name"]} 方、町田市玉川学園）
> 2 ダイヤリング Pt900 1.02ct（被害者 {person(45)["name"]} 方、町田市玉川学園）
> 3 ロレックス サブマリーナ 16610（被害者 {person(46)["name"]} 方、町田市成瀬）
> 4 金貨 メイプルリーフ 1oz ×5（被害者 {person(47)["name"]} 方、町田市成瀬）
> 5 カルティエ タンク（被害者 {person(48)["name"]} 方、町田市金森）
>
> 町田警察署 刑事課 盗犯係 大久保
""")

# 012 — XLSX purchase ledger (two sheets, title row) to the tax accountant
_jun = [person(i) for i in range(50, 57)]
_jul = [person(i) for i in range(57, 63)]


def _ledger(ps, month):
    rows = [[f"古物台帳（買取）抜粋　{month}　相模大野店"], [],
            ["買取日", "伝票番号", "相手方氏名", "住所", "職業", "品目", "数量", "金額（円）", "確認方法"]]
    for n, q in enumerate(ps):
        rows.append([f"{month[:-1]}/{3 + n * 4}", f"SO-{month[:-1]}{n + 101}", q["name"], q["addr"],
                     ["会社員", "自営業", "無職", "パート", "学生", "会社役員", "年金受給者"][n % 7],
                     ["金地金", "腕時計", "バッグ", "カメラ", "貴金属", "ゲーム機", "楽器"][n % 7], 1, q["amount"],
                     ["免許証", "保険証", "マイナンバーカード"][n % 3]])
    return rows


M("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
  "XLSX purchase ledger with 13 sellers' names and addresses sent to the tax accountant",
  sender=ADDR["nakahata"], to=["春日会計事務所 <office@kasuga-kaikei.jp>"], cc=[ADDR["okabe"]],
  charset="iso-2022-jp",
  subject="仕入税額控除（古物商特例）の確認資料 送付",
  body=f"""春日会計事務所 御中

お世話になっております。日の出産業 経理部の中畑です。
先日ご指摘いただいた、古物商特例による仕入税額控除の記載要件の確認用に、
相模大野店の古物台帳6月・7月分を抜粋してお送りします。
相手方の氏名・住所の記載があれば要件を満たすとの理解でよいか、ご確認をお願いします。

{SIG["nakahata"]}
""",
  attachments=[{"kind": "xlsx", "name": "古物台帳抜粋_相模大野_6-7月.xlsx",
                "sheets": {"6月": _ledger(_jun, "6月"), "7月": _ledger(_jul, "7月"),
                           "集計": [["月", "件数", "金額"], ["6月", 7, sum(q["amount"] for q in _jun)],
                                  ["7月", 6, sum(q["amount"] for q in _jul)]]}}])

# 013 — pass: internal mail with the ledger and licence numbers
_p = [person(i) for i in range(63, 70)]
M("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"], [],
  "all recipients internal: store sends ledger rows with licence numbers to compliance",
  sender=ADDR["okabe"], to=[ADDR["setoguchi"]], cc=[ADDR["ikari"]], charset="iso-2022-jp",
  subject="台帳記載漏れ 7件 修正済みの報告",
  body=f"""瀬戸口さん

お疲れ様です。岡部です。
内部監査で指摘のあった、免許証番号の記載漏れ7件を修正しました。
修正後の内容を下記に貼ります。

""" + "\n".join(f"{n + 1}) {q['name']}（{ymd(q, '.')}生）{q['addr']}\n   運転免許証 第{q['license']}号"
                 for n, q in enumerate(_p)) + f"""

今後はレジ締め時に店長が台帳をチェックする運用にします。

{SIG["okabe"]}
""")

# 014 — card number to the payment gateway for a refund
_p = person(71)
M("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
  "a customer's full credit card number sent to the payment service for a manual refund",
  sender=ADDR["ikari"], to=["スマートペイ カスタマーサポート <support@smartpay-gw.jp>"], charset="utf-8",
  subject="手動返金のお願い（取引ID: SPG-7718204）",
  body=f"""スマートペイ ご担当者様

お世話になっております。ひので買取館 町田店の猪狩と申します（加盟店ID: HN-00482）。
10月12日の販売取引について、商品不良による返品が発生しました。
管理画面から返金操作ができないため、手動での返金をお願いいたします。

　取引ID　　：SPG-7718204
　ご利用者　：{_p["name"]} 様
　カード番号：{card_number(4301)}
　有効期限　：08/27
　返金額　　：64,800円（全額）

お手数ですがよろしくお願いします。

{SIG["ikari"]}
""")

# 015 — one seller with driving licence number, to the police
_p = person(72)
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
  ["personal_data"],
  "one seller's driving-licence number and identity sent to the police",
  sender=ADDR["okabe"], to=[POLICE_MINAMI], charset="iso-2022-jp",
  subject="ご照会の電動工具（マキタ）の売主情報",
  body=f"""相模原南警察署 生活安全課 御中

いつもお世話になっております。ひので買取館 相模大野店の岡部です。
本日お電話でご照会のあったマキタ製インパクトドライバー（製造番号 TD172-58819）は、
10月2日に当店で買い取っておりました。台帳の記載内容は次のとおりです。

　氏名　　　：{_p["name"]}（{_p["kana"]}）
　生年月日　：{wareki(_p)}
　住所　　　：{_p["addr"]}
　電話　　　：{_p["tel"]}
　確認書類　：運転免許証（番号 {_p["license"]}）
　買取価格　：9,500円

現品は当店で保管しております。引取りの日時をご指定ください。

{SIG["okabe"]}
""")

# 016 — pass: two partner organisations on one mail
M("pass", [], ["multiple_external_domains"],
  "ordinary three-way mail with two partner organisations",
  sender=ADDR["kanzaki"],
  to=["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
  cc=["青葉運輸 相模原営業所 <sagamihara@aoba-unyu.co.jp>", ADDR["okabe"]], charset="iso-2022-jp",
  subject="11/9-10 出張買取会「ひので大買取祭」搬入・搬出のご相談",
  body=f"""さくらホテル 宴会営業ご担当者様
青葉運輸 相模原営業所ご担当者様

お世話になっております。日の出産業 出張買取センターの神崎です。
11月9日・10日の出張買取会（2階 「桜の間」）の搬入出について、関係者で調整させてください。

　搬入：11/8（金）20:00～　搬入口B（トラック2t×1台）
　搬出：11/10（日）18:00～　買取品は青葉運輸様で当社座間倉庫へ直送
　備品：長机12本、椅子30脚、パーテーション6枚はホテル様でご用意いただけますでしょうか。

台車の貸出可否もあわせてご教示いただけると助かります。

{SIG["kanzaki"]}
""")

# 017 — HTML-only: staff emergency contacts to the security company
_p = [person(i) for i in range(75, 81)]
_tr = "".join(f"<tr><td>{['店長', '副店長', '鑑定', '鑑定', 'スタッフ', 'スタッフ'][n]}</td><td>{q['name']}</td>"
              f"<td>{q['tel']}</td><td>{q['addr']}</td></tr>" for n, q in enumerate(_p))
M("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
  "HTML-only mail with six staff members' mobiles and home addresses to the security firm",
  sender=ADDR["okabe"], to=["安心警備保障 相模原支社 <sagamihara@anshin-keibi.co.jp>"], charset="utf-8",
  subject="機械警備 緊急連絡先の更新（ひので買取館 相模大野店）",
  html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>安心警備保障株式会社 相模原支社<br>ご担当者様</p>
<p>いつもお世話になっております。ひので買取館 相模大野店の岡部です。<br>
人事異動に伴い、異常発報時の駆けつけ連絡先を更新します。上から順にご連絡ください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>役職</th><th>氏名</th><th>携帯電話</th><th>自宅住所</th></tr>
{_tr}
</table>
<p>金庫室のセンサー追加工事の件は別途ご連絡いたします。</p>
<pre>{SIG["okabe"]}</pre>
</body></html>""")

# 018 — pass: statistics for the association survey
M("pass", [], [],
  "aggregate purchase statistics by category and age band, no individual",
  sender=ADDR["setoguchi"], to=["日本リユース事業協会 調査委員会 <chosa@reuse-kyokai.or.jp>"],
  charset="iso-2022-jp",
  subject="2024年度 上期 会員実態調査のご回答",
  body=f"""一般社団法人 日本リユース事業協会
調査委員会 御中

お世話になっております。日の出産業の瀬戸口です。
上期会員実態調査につき、以下のとおり回答いたします（全6店舗合計）。

■ 品目別 買取件数（4月～9月）
{padded([["品目", "件数", "構成比"], ["ブランド品", "4,812", "31.2%"], ["貴金属", "2,906", "18.8%"],
         ["時計", "1,744", "11.3%"], ["家電・スマホ", "3,315", "21.5%"], ["その他", "2,640", "17.2%"]])}

■ 売主の年代別構成
　20代 14％ ／ 30代 19％ ／ 40代 23％ ／ 50代 21％ ／ 60代以上 23％

■ 警察からの照会件数：47件（うち該当あり 5件）

ご不明点がありましたらご連絡ください。

{SIG["setoguchi"]}
""")

# 019 — arrest of a seller shared with the auction house
_p = person(82)
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
  "tells an outside auction house that a named seller was arrested for theft",
  sender=ADDR["wagatsuma"], to=["エコオクネット 出品管理 <shuppin@ecoauc-net.jp>"], charset="iso-2022-jp",
  subject="【至急】出品取消のお願い（受付番号 EA-24-11873、11874）",
  body=f"""エコオクネット 出品管理ご担当者様

お世話になっております。日の出産業の我妻です。
10/26開催回に出品予定の下記2点について、出品を取り消していただけますでしょうか。

　受付番号 EA-24-11873　ティファニー オープンハート ネックレス
　受付番号 EA-24-11874　ブルガリ B-zero1 リング

当社で買い取った品ですが、売主の{_p["name"]}（{ymd(_p)}生）が昨日、
窃盗の容疑で相模原南警察署に逮捕されたと警察から連絡がありました。
盗品の可能性があるため、現品を当社へ返送いただきたく存じます（送料は当社負担）。

ご迷惑をおかけし申し訳ございません。

{SIG["wagatsuma"]}
""")

# 020 — look-alike of the bank's domain
M("stop", [], ["lookalike_domain"],
  "midori-ginkou.co.jp is a look-alike of the partner bank midori-ginko.co.jp",
  sender=ADDR["nakahata"], to=["島袋 様 <shimabukuro.k@midori-ginkou.co.jp>"], charset="iso-2022-jp",
  subject="Re: 振込手数料の改定について",
  body=f"""島袋様

お世話になっております。日の出産業の中畑です。
振込手数料改定のご案内、ありがとうございました。
11月以降、当社の総合振込（月間約1,800件）の手数料は1件あたり132円になるとの理解でよろしいでしょうか。
インターネットバンキングの利用料についても、改定の有無を教えていただけますと幸いです。

{SIG["nakahata"]}
""")

# 021 — pass: three pick-up addresses to the carrier
_p = [person(i) for i in range(85, 88)]
M("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
  "three customers' pick-up details to the partner carrier: at most four records",
  sender=ADDR["kanzaki"], to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"], charset="shift_jis",
  subject="10/18（金）出張買取 引取便の手配",
  body=f"""青葉運輸 配車センター ご担当者様

いつもお世話になっております。日の出産業 出張買取センターの神崎です。
明後日の引取便、下記3件でお願いします（いずれも大型家具・家電あり）。

""" + "\n".join(f"【{n + 1}】{t}\n　　{q['name']} 様　{q['addr']}\n　　TEL {q['tel']}\n　　品物：{item}"
                 for n, (q, t, item) in enumerate(zip(_p, ["9:00～10:00", "11:00～12:00", "14:00～15:00"],
                                                       ["ドラム式洗濯機、冷蔵庫（470L）", "食器棚、ダイニングセット", "電子ピアノ、学習机"]))) + f"""

当日は当社査定員1名が同行します。

{SIG["kanzaki"]}
""")

# 022 — DOCX table: store managers' 略歴 for a 古物商 変更届, to the 行政書士
_p = [person(i) for i in range(90, 96)]
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
  "DOCX with six store managers' names, dates of birth and home addresses to a 行政書士",
  sender=ADDR["tsuge"], to=["かえで行政書士事務所 楓 様 <kaede@kaede-gyosei.jp>"], charset="iso-2022-jp",
  subject="古物商許可 変更届出（管理者変更）の資料",
  body=f"""かえで行政書士事務所
楓 先生

お世話になっております。日の出産業 人事総務部の柘植です。
10月1日付の人事異動に伴う、各営業所の管理者変更届出の資料をお送りします。
住民票の写しは原本を郵送いたします。

{SIG["tsuge"]}
""",
  attachments=[{"kind": "docx", "name": "管理者一覧_20241001.docx", "title": "営業所管理者一覧",
                "paragraphs": ["営業所管理者一覧（2024年10月1日現在）", "日の出産業株式会社 人事総務部"],
                "tables": [[["営業所", "管理者氏名", "フリガナ", "生年月日", "住所"]] +
                           [[s, q["name"], q["kana"], wareki(q), q["addr"]]
                            for s, q in zip(["相模大野店", "町田店", "橋本店", "海老名店", "八王子店", "本厚木店"], _p)]]}])

# 023 — PPTX slides with a list of suspicious sellers, to the association
_p = [person(i) for i in range(97, 102)]
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
  "PPTX training deck whose case slides list five named sellers with DOB and phone",
  sender=ADDR["setoguchi"], to=["日本リユース事業協会 研修担当 <kenshu@reuse-kyokai.or.jp>"],
  charset="iso-2022-jp",
  subject="11月 防犯研修会 講演資料（日の出産業）",
  body=f"""日本リユース事業協会
研修担当 御中

お世話になっております。日の出産業の瀬戸口です。
11月の防犯研修会で使用する講演資料をお送りします。
スライド4が実際に当社で対応した事例です。

{SIG["setoguchi"]}
""",
  attachments=[{"kind": "pptx", "name": "防犯研修_不正売却への対応_日の出産業.pptx",
                "slides": [["不正売却への対応", "日の出産業株式会社 古物管理課", "2024年11月"],
                           ["不正売却の手口", "・複数店舗を短期間に回る", "・新品同様の同一品を大量に持込み",
                            "・本人確認書類の提示を渋る"],
                           ["当社の対応フロー", "1. 本人確認（古物営業法第15条）", "2. 不審点は店長判断で保留",
                            "3. 警察へ申告（第15条第3項）"],
                           ["当社の事例（2024年上期）"] +
                           [f"{q['name']}　{ymd(q)}生　{q['tel']}　{c}" for q, c in
                            zip(_p, ["未開封ゲーム機を3店舗で計14台", "同一型番の電動工具を連日持込み",
                                     "他人名義の保険証を提示", "新品化粧品を大量持込み", "ブランド財布を週2回持込み"])],
                           ["まとめ", "「おかしい」と思ったら買わない・すぐ相談"]]}])

# 024 — pass: invoice to a trade buyer with our T-number and licence number in the signature
_t = corp_number("021001048827")
M("pass", ["JP_CORPORATE_NUMBER"], [],
  "invoice mail: company registration (T-)number and 古物商許可番号, no personal data",
  sender=ADDR["wagatsuma"], to=["ブランド市場 経理課 <keiri@brand-ichiba.co.jp>"], charset="shift_jis",
  subject="請求書送付のご案内（請求番号 HS-W-2410-052）",
  body=f"""株式会社ブランド市場
経理課 御中

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
10月分の卸販売につきまして、下記のとおりご請求申し上げます。

　請求番号　　：HS-W-2410-052
　請求金額　　：2,436,700円（うち消費税 221,518円）
　お支払期日　：11月30日
　お振込先　　：みどり銀行 相模大野支店 普通 3318027 ヒノデサンギヨウ（カ
　登録番号　　：T{_t}

明細はPDFにて添付の請求書をご確認ください。

{SIG["wagatsuma"]}
日の出産業株式会社　古物商許可：神奈川県公安委員会 第451370008812号
""",
  attachments=[{"kind": "pdf", "name": "請求書_HS-W-2410-052.pdf",
                "lines": ["請 求 書", "株式会社ブランド市場 御中", "請求番号 HS-W-2410-052　発行日 2024/10/31",
                          f"日の出産業株式会社　登録番号 T{_t}", "神奈川県相模原市南区相模大野5-21-3"],
                "table": [["品番", "品名", "数量", "単価", "金額"],
                          ["BR-88213", "ルイ・ヴィトン モノグラム スピーディ30", "3", "58,000", "174,000"],
                          ["BR-88217", "シャネル マトラッセ チェーンショルダー", "2", "385,000", "770,000"],
                          ["WT-10442", "オメガ シーマスター300M", "4", "218,000", "872,000"],
                          ["JW-30981", "K18 喜平ネックレス 30g", "2", "199,591", "399,182"],
                          ["", "小計", "", "", "2,215,182"], ["", "消費税（10%）", "", "", "221,518"]]}])

# 025 — PDF list of reservation holders to the hotel
_p = [person(i) for i in range(103, 110)]
M("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
  "PDF table of seven reservation holders' names and phone numbers to the hotel",
  sender=ADDR["kanzaki"], to=["さくらホテル フロント 早川様 <front@sakura-hotel.jp>"], charset="iso-2022-jp",
  subject="11/9 出張買取会 ご予約者一覧（受付用）",
  body=f"""さくらホテル
早川様

お世話になっております。日の出産業の神崎です。
明日の出張買取会につき、フロントでのご案内用に予約者一覧をお送りします。
お名前を伺った際に「桜の間」へご案内いただけますと幸いです。

{SIG["kanzaki"]}
""",
  attachments=[{"kind": "pdf", "name": "予約者一覧_1109.pdf", "title": "出張買取会 予約者一覧",
                "lines": ["ひので大買取祭 in さくらホテル　予約者一覧（11月9日）", ""],
                "table": [["時間", "お名前", "電話番号", "お持込み予定"]] +
                         [[f"{10 + n}:00", q["name"] + " 様", q["tel"], it] for n, (q, it) in
                          enumerate(zip(_p, ["着物 20点", "切手・古銭", "ブランドバッグ 5点", "金貨",
                                             "カメラ・レンズ", "毛皮コート", "腕時計 3本"]))]}])

# 026 — pass: one seller's own payment notice to her free-mail address
_p = person(111)
M("pass", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["freemail_recipient", "personal_data"],
  "one seller on free mail gets her own purchase statement and payout account",
  sender=ADDR["kanzaki"], to=[f"{_p['name']} <{_p['email'].split('@')[0]}@yahoo.co.jp>"], charset="iso-2022-jp",
  subject="【ひので買取館】宅配買取 査定完了・お振込みのご連絡",
  body=f"""{_p["name"]} 様

このたびは宅配買取をご利用いただき、誠にありがとうございます。
査定が完了し、ご承諾いただいた金額を本日お振込みいたしました。

　受付番号　：TK-2410-3382
　買取金額　：{_p["amount"]:,}円
　お振込先　：{_p["bank"]} {_p["branch"]} 普通 {_p["acct"]}
　着金予定　：翌銀行営業日

またのご利用を心よりお待ちしております。

{SIG["kanzaki"]}
""")

# 027 — English: three overseas buyers visible in To
M("stop", [], ["external_recipients_visible", "multiple_external_domains"],
  "three overseas buyers from different companies can see each other in To",
  sender=ADDR["jimbo"],
  to=["Michael Torres <m.torres@pacificreuse.com>", "Nguyen Thi Lan <lan.nguyen@saigonvintage.com>",
      "Ahmad Faiz <faiz@klpreloved.com>"],
  charset="utf-8",
  subject="New lot available: 40ft container, used bicycles & small appliances",
  body=f"""Dear partners,

We have a new mixed lot ready for export from our Zama warehouse:

  - Used bicycles (city / mama-chari), approx. 160 units, grade B
  - Rice cookers and microwaves, approx. 420 units, tested
  - Golf bags, approx. 60 units

Asking price: JPY 1,850,000 FOB Yokohama for the whole container.
Loading possible from Nov 11. First confirmed order gets it.

Photos and the item list are on the shared drive (same link as last time).

{SIG["jimbo"]}
""")

# 028 — ZIP (no password) with CSV and XLSX member data to the vendor
_p = [person(i) for i in range(113, 122)]
M("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "JP_ADDRESS"],
  ["personal_data"],
  "plain ZIP with a UTF-8 CSV and an XLSX of nine members' records to the vendor",
  sender=ADDR["horinouchi"], to=["ツバサシステム サポート <support@tsubasa-system.jp>"], charset="utf-8",
  subject="Re: 【問合せ番号 TS-55120】会員検索で文字化けする件",
  body=f"""ツバサシステム サポートご担当者様

お世話になっております。日の出産業の堀之内です。
会員検索で氏名が文字化けする件、再現した会員のデータをまとめてお送りします。
（csv は管理画面からのエクスポート、xlsx はこちらで開いた状態を保存したものです）
「髙」「﨑」など旧字を含む会員で発生しているようです。

{SIG["horinouchi"]}
""",
  attachments=[{"kind": "zip", "name": "TS-55120_再現データ.zip",
                "files": [{"kind": "csv", "name": "export_kaiin.csv", "encoding": "utf-8",
                           "rows": [["kaiin_no", "shimei", "kana", "birth", "tel", "mail", "address"]] +
                                   [[f"H{410200 + n}", q["name"].replace("高", "髙"), q["kana"], ymd(q, "-"),
                                     q["tel"], q["email"], q["addr"]] for n, q in enumerate(_p)]},
                          {"kind": "xlsx", "name": "kaiin_excel.xlsx",
                           "sheets": {"会員": [["会員番号", "氏名", "電話", "メール"]] +
                                              [[f"H{410200 + n}", q["name"], q["tel"], q["email"]]
                                               for n, q in enumerate(_p)]}}]}])

# 029 — pass: internal, My Number correction for 年末調整
_p = person(123)
M("pass", ["JP_MY_NUMBER", "PERSON_NAME"], [],
  "internal mail between HR and a store about a staff member's My Number",
  sender=ADDR["tsuge"], to=[ADDR["ikari"]], charset="iso-2022-jp",
  subject="年末調整 扶養控除等申告書の個人番号について",
  body=f"""猪狩店長

お疲れ様です。人事総務部の柘植です。
町田店の{_p["name"]}さんから提出された扶養控除等申告書ですが、
記載の個人番号（{my_number(4302)}）と、番号確認書類の写しの番号が一桁違っているようです。
お手数ですが、ご本人に確認のうえ、再提出をお願いできますでしょうか。

{SIG["tsuge"]}
""")

# 030 — one seller's health-insurance card numbers to the law firm
_p = person(124)
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE"], ["personal_data"],
  "a seller's 健康保険証 記号・番号 and identity sent to the outside law firm",
  sender=ADDR["setoguchi"], to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
  cc=[ADDR["okabe"]], charset="iso-2022-jp",
  subject="買取後の返還請求（ご相談）",
  body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 古物管理課の瀬戸口です。
先日お電話でご相談した、買取後に「家族が勝手に売った」として返還を求められている件です。
当社の買取時記録は次のとおりです。

　買取日：2024年8月17日（相模大野店）
　売主　：{_p["name"]}（{wareki(_p)}生）
　住所　：{_p["addr"]}
　確認書類：健康保険証（保険者番号 06140517　記号 2713　番号 408）＋公共料金領収書
　品物　：着物・帯 一式（28点）　買取額 42,000円

請求者は売主の母親で、代理人弁護士から内容証明が届いております（写しは郵送します）。
ご見解をいただけますと幸いです。

{SIG["setoguchi"]}
""")

# 031 — look-alike of the carrier (TLD swap)
M("stop", [], ["lookalike_domain"],
  "aoba-unyu.com is a TLD swap of the partner carrier aoba-unyu.co.jp",
  sender=ADDR["wagatsuma"], to=["青葉運輸 国際課 <kokusai@aoba-unyu.com>"], charset="iso-2022-jp",
  subject="11月積み 40ftコンテナ 2本の予約",
  body=f"""青葉運輸 国際課 御中

いつもお世話になっております。日の出産業の我妻です。
11月の輸出分、40ftコンテナを2本予約させてください。

　1本目：11/12（火）座間倉庫バンニング → 横浜港 本牧　仕向地 ロングビーチ
　2本目：11/19（火）座間倉庫バンニング → 横浜港 本牧　仕向地 ホーチミン

ドレージと通関の見積もりもあわせていただけますと幸いです。

{SIG["wagatsuma"]}
""")

# 032 — pass: English reply; the buyer's card number is only in the quoted text
_p = person(126)
M("pass", [], [],
  "new text has no data; the buyer's own card number is only in the quoted part",
  sender=ADDR["jimbo"], to=["Jose Reyes <jose.reyes@manila-surplus.com>"], charset="utf-8",
  subject="Re: Payment for sample order SO-0921",
  body=f"""Hi Jose,

Thanks. For security reasons we cannot take card details by e-mail, so I did not
process anything. I have sent you a secure payment link (valid 72 hours) from our
payment provider instead. Please delete the card number from your sent mail as well.

{SIG["jimbo"]}

On Mon, Oct 21, 2024 at 10:02 AM Jose Reyes <jose.reyes@manila-surplus.com> wrote:
> Hi Takumi,
> Please charge the sample order to my company card:
> Card: {card_number(4303)}  Exp 11/26  Name: JOSE M REYES
> Thanks, Jose
""")

# 033 — the internal booking list attached as a mail, sent to an outside appraiser
_p = [person(i) for i in range(128, 135)]
_inner = {"sender": ADDR["kanzaki"], "to": [ADDR["okabe"]], "charset": "iso-2022-jp",
          "subject": "10/22 出張買取 予約一覧",
          "body": "岡部さん\n\n明日の出張買取の予約です。\n\n" +
                  "\n".join(f"{n + 1}. {q['name']}様　{q['addr']}　{q['tel']}　{it}" for n, (q, it) in
                            enumerate(zip(_p, ["骨董・掛軸", "絵画", "腕時計", "茶道具", "切手", "ブランド品", "オーディオ"]))) +
                  "\n\n神崎"}
M("stop", ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
  "attached internal mail lists seven customers' addresses and phones, sent to an outside appraiser",
  sender=ADDR["okabe"], to=["鑑定ラボ 戸叶様 <tokano@kantei-labo.jp>"], charset="iso-2022-jp",
  subject="FW: 10/22 出張買取 予約一覧",
  body=f"""戸叶様

お世話になっております。岡部です。
明日同行いただく出張買取の予約一覧です（社内メールをそのまま添付します）。
1件目と4件目が骨董・茶道具ですので、特にご確認をお願いします。

{SIG["okabe"]}
""",
  attachments=[{"kind": "eml", "name": "10-22 出張買取 予約一覧.eml", "message": _inner}])

# 034 — forwarded mail in the body: list of suspicious sellers to an auction partner
_p = [person(i) for i in range(136, 142)]
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
  "a forward is new text: internal list of six flagged sellers with DOB and phone to an auction house",
  sender=ADDR["wagatsuma"], to=["関東古物市場 業務部 <gyomu@kanto-kobutsu.co.jp>"], charset="shift_jis",
  subject="FW: 【全店共有】要注意売主リスト（10月更新）",
  body=f"""関東古物市場 業務部 御中

お世話になっております。我妻です。
先日の会議でお話しした件、社内で回している要注意リストを転送します。
貴社の会員店で同じ人物の持込みがないかご確認いただけますと助かります。

---------- 転送メッセージ ----------
From: 瀬戸口 真理 <setoguchi.m@hinode-sangyo.co.jp>
Date: 2024年10月3日(木) 18:40
Subject: 【全店共有】要注意売主リスト（10月更新）
To: 全店長

各店長

10月更新分です。下記の方の持込みがあった場合は買取を保留し、古物管理課へ連絡してください。

""" + "\n".join(f"・{q['name']}（{q['kana']}）{ymd(q)}生　TEL {q['tel']}　{why}" for q, why in
                 zip(_p, ["新品ゲーム機の大量持込み", "身分証の住所と申告住所が不一致", "他店で盗品売却の疑い",
                          "同一品を複数店舗で売却", "未成年の疑い（年齢確認拒否）", "工具の連日持込み"])) + """

古物管理課 瀬戸口
""")

# 035 — pass: two staff attendees with phone numbers to the police
_p = [person(i) for i in range(143, 145)]
M("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
  "two attendees' names and mobiles for a police seminar: under five records",
  sender=ADDR["okabe"], to=[POLICE_MINAMI], charset="iso-2022-jp",
  subject="古物商防犯講習会 参加申込",
  body=f"""相模原南警察署 生活安全課 御中

お世話になっております。ひので買取館 相模大野店の岡部です。
11月20日の古物商防犯講習会に、当店から下記2名が参加いたします。

　1. {_p[0]["name"]}（副店長）　当日連絡先 {_p[0]["tel"]}
　2. {_p[1]["name"]}（鑑定担当）　当日連絡先 {_p[1]["tel"]}

よろしくお願いいたします。

{SIG["okabe"]}
""")

# 036 — bug report to the vendor quoting a customer's My Number
_p = person(146)
M("stop", ["JP_MY_NUMBER", "PERSON_NAME"], ["personal_data"],
  "bug report to the vendor quotes the 個人番号 that was wrongly stored for a seller",
  sender=ADDR["horinouchi"], to=["ツバサシステム サポート <support@tsubasa-system.jp>"], charset="utf-8",
  subject="【不具合】本人確認画面で個人番号が登録できてしまう",
  body=f"""ツバサシステム サポートご担当者様

日の出産業の堀之内です。至急ご対応いただきたい不具合の報告です。

買取POSの本人確認画面で、確認書類に「マイナンバーカード」を選ぶと「証番号」欄に
12桁の数字がそのまま入力・保存できてしまいます。
古物台帳に個人番号を記録することはできないため、入力を禁止していただきたいです。

実際に保存されてしまった例（橋本店 10/19 伝票 HM-10192）：
　顧客名：{_p["name"]}
　証番号欄：{my_number(4303)}

該当レコードの削除方法もあわせてご教示ください。

{SIG["horinouchi"]}
""")

# 037 — residence card number of a foreign seller to the police
_p = {"name": "グエン・ヴァン・ミン（NGUYEN VAN MINH）", "dob": "1996年2月14日"}
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_RESIDENCE_CARD"], ["personal_data"],
  "a seller's 在留カード番号 with name, DOB and address to the police",
  sender=ADDR["ikari"], to=[POLICE_MACHIDA], charset="iso-2022-jp",
  subject="不審な持込みについての申告（古物営業法第15条第3項）",
  body=f"""町田警察署 盗犯係 御中

ひので買取館 町田店の猪狩です。
本日14時ごろ、未開封のiPhone 15（5台）の売却申込みがあり、購入経路の説明に不審な点があったため
買取を保留しました。申込者の情報は以下のとおりです。

　氏名　　　　：{_p["name"]}
　生年月日　　：{_p["dob"]}
　住所　　　　：東京都町田市森野3-17-2 メゾン森野203
　在留カード番号：EH38152076KA（在留期限 2026年3月）

申込者は「明日また来る」と言って退店しました。防犯カメラ映像は保存してあります。

{SIG["ikari"]}
""")

# 038 — pass: the word 社外秘 only mentioned
M("pass", [], [],
  "mentions that 社外秘 material cannot be sent; no marked document, no people",
  sender=ADDR["okabe"], to=["リテールインサイト 大迫様 <osako@retail-insight.co.jp>"], charset="iso-2022-jp",
  subject="Re: 店舗診断のための事前資料",
  body=f"""大迫様

お世話になっております。ひので買取館の岡部です。
事前資料のご依頼ありがとうございます。
ご依頼のうち、査定マニュアルと買取価格表は社外秘扱いのため、申し訳ございませんがお送りできません。
代わりに、店舗レイアウト図と月別の来店客数（公開用にまとめたもの）を来週お送りします。
査定の流れは当日現場でご説明いたします。

{SIG["okabe"]}
""")

# 039 — XLSX stamped 社外秘 to an auction house
M("stop", [], ["confidential_marking"],
  "purchase-price table whose XLSX page header is stamped 社外秘, sent outside",
  sender=ADDR["wagatsuma"], to=["ブランド市場 仕入部 宇佐美様 <usami@brand-ichiba.co.jp>"], charset="iso-2022-jp",
  subject="卸価格のすり合わせ資料",
  body=f"""宇佐美様

お世話になっております。我妻です。
来週の打合せの前に、当社の現行買取価格表をお送りします。
卸価格の目線合わせにご活用ください。

{SIG["wagatsuma"]}
""",
  attachments=[{"kind": "xlsx", "name": "買取価格表_2024下期.xlsx", "page_header": "社外秘",
                "title": "買取価格表 2024下期（社外秘）",
                "sheets": {"バッグ": [["【社外秘】買取価格表 2024年下期"], [],
                                    ["ブランド", "モデル", "ランクS", "ランクA", "ランクB"],
                                    ["ルイ・ヴィトン", "ネヴァーフルMM", 98000, 82000, 55000],
                                    ["エルメス", "バーキン30", 1850000, 1600000, 1250000],
                                    ["シャネル", "マトラッセ25", 620000, 540000, 410000]],
                           "時計": [["ブランド", "モデル", "ランクS", "ランクA", "ランクB"],
                                  ["ロレックス", "デイトジャスト126234", 1280000, 1150000, 980000],
                                  ["オメガ", "スピードマスター", 520000, 460000, 380000]]}}])

# 040 — passport number of a tax-free buyer to the POS vendor
M("stop", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], ["personal_data"],
  "a customer's passport number and birth date sent to the vendor's support desk",
  sender=ADDR["ikari"], to=["ツバサシステム サポート <support@tsubasa-system.jp>"], charset="shift_jis",
  subject="免税販売の電子送信がエラーになる件（町田店）",
  body=f"""ツバサシステム サポートご担当者様

ひので買取館 町田店の猪狩です。
本日の免税販売1件が、国税庁への購入記録情報の送信でエラー（E-402）になりました。
入力内容は以下のとおりです。どこに問題があるかご確認ください。

　購入者氏名：小此木 リサ（OKONOGI LISA）
　国籍：日本（非居住者・米国在住）
　生年月日：1991/07/23
　旅券番号：TZ8830417
　上陸年月日：2024/10/15
　販売額：286,000円（ロレックス オイスターパーペチュアル）

お客様は明日出国予定のため、至急お願いします。

{SIG["ikari"]}
""")

# 041 — pass: internal mail about a staff member's health
_p = person(148)
M("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
  "health information of a staff member, but HR and the store only (all internal)",
  sender=ADDR["okabe"], to=[ADDR["tsuge"]], charset="iso-2022-jp",
  subject="相模大野店 スタッフの休職について",
  body=f"""柘植さん

お疲れ様です。岡部です。
当店の{_p["name"]}さんですが、昨日受診した結果、うつ病と診断され、
医師から1か月の休養を勧められたとのことです。診断書は明日持参するそうです。
休職手続きと、その間の人員補充についてご相談させてください。

岡部
""")

# 042 — basic pension number to the 社労士
_p = person(149)
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"], ["personal_data"],
  "a new hire's 基礎年金番号 with DOB and address to the outside 社労士",
  sender=ADDR["tsuge"], to=["やまぶき社労士事務所 <info@yamabuki-sr.jp>"], charset="iso-2022-jp",
  subject="資格取得届の作成依頼（11/1入社 1名）",
  body=f"""やまぶき社会保険労務士事務所 御中

いつもお世話になっております。日の出産業 人事総務部の柘植です。
11月1日入社の店舗スタッフ1名につき、健康保険・厚生年金の資格取得届の作成をお願いします。

　氏名：{_p["name"]}（{_p["kana"]}）
　生年月日：{wareki(_p)}
　住所：〒{_p["zip"]} {_p["addr"]}
　基礎年金番号：4107-382915
　配属：ひので買取館 橋本店　月額給与 235,000円

{SIG["tsuge"]}
""")

# 043 — victim of a burglary named to the auction house
_p = person(150)
M("stop", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
  "names the victim of a burglary and her address to an outside auction house",
  sender=ADDR["setoguchi"], to=["関東ブランドオークション 出品審査 <shinsa@kanto-brand-auc.co.jp>"],
  charset="iso-2022-jp",
  subject="出品物の保全のお願い（盗難被害品の可能性）",
  body=f"""株式会社関東ブランドオークション
出品審査ご担当者様

お世話になっております。日の出産業 古物管理課の瀬戸口です。
当社が10/8に出品した「パテック フィリップ カラトラバ 5196J」について、
相模原南警察署より、空き巣の被害品である可能性が高いとの連絡がありました。
被害者は{_p["addr"]}にお住まいの{_p["name"]}様で、9月末に自宅から盗まれたものだそうです。

警察の確認が済むまで、落札者への発送を止めていただけますでしょうか。
詳細は追ってお電話いたします。

{SIG["setoguchi"]}
""")

# 044 — pass: Japanese disclaimer, one partner contact
M("pass", [], [],
  "ordinary proof check with a partner; the only data is signatures and the standard disclaimer",
  sender=ADDR["okabe"], to=["錦印刷 制作部 筒井様 <tsutsui@nishiki-insatsu.co.jp>"], charset="shift_jis",
  subject="Re: 初校のご確認（買取キャンペーン B3ポスター）",
  body=f"""筒井様

初校ありがとうございます。岡部です。
2点だけ修正をお願いします。
　・「最大30％UP」→「最大20％UP」に変更
　・右下の古物商許可番号の文字を1段階大きく
それ以外はこのまま進めてください。

{SIG["okabe"]}

{DISCLAIMER_JA}

> 日の出産業株式会社 岡部様
> いつもお世話になっております。錦印刷の筒井です。
> B3ポスターの初校PDFをお送りします。ご確認をお願いいたします。
> 錦印刷株式会社 制作部 筒井 章 TEL 046-221-7780（代）
""")

# 045 — three private persons visible to each other
M("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
  "three private customers on free mail put together in To",
  sender=ADDR["kanzaki"],
  to=["sasaki.tomoe@gmail.com", "mh-kubota@yahoo.co.jp", "y.tachibana1977@icloud.com"],
  charset="iso-2022-jp",
  subject="【ひので買取館】11/16 出張買取のお時間変更のお願い",
  body=f"""お客様各位

いつもひので買取館をご利用いただきありがとうございます。
11月16日（土）に出張買取をご予約いただいております皆様へ、お知らせです。
担当査定員の急な体調不良により、訪問時間を各30分ほど遅らせていただけますでしょうか。
ご都合が悪い場合は、お手数ですがこのメールにご返信ください。

ご迷惑をおかけして申し訳ございません。

{SIG["kanzaki"]}
""")

# 046 — password ZIP (PPAP) to the tax accountant
M("stop", [], ["unscannable_attachment"],
  "encrypted ZIP attachment that cannot be inspected",
  sender=ADDR["nakahata"], to=["春日会計事務所 <office@kasuga-kaikei.jp>"], charset="iso-2022-jp",
  subject="9月分 仕入台帳データ送付",
  body=f"""春日会計事務所 御中

お世話になっております。日の出産業の中畑です。
9月分の仕入台帳（全店）をお送りします。
ファイルはパスワード付きZIPです。パスワードは別メールでお送りします。

{SIG["nakahata"]}
""",
  attachments=[{"kind": "zip", "name": "shiire_daicho_202409.zip", "password": "Hinode#0930",
                "files": [{"kind": "csv", "name": "shiire_202409.csv", "encoding": "cp932",
                           "rows": [["日付", "店舗", "相手方", "住所", "金額"]] +
                                   [["9/" + str(n + 1), "相模大野", person(i)["name"], person(i)["addr"], person(i)["amount"]]
                                    for n, i in enumerate(range(151, 159))]}]}])

# 047 — pass: bank and system vendor on one mail
M("pass", [], ["multiple_external_domains"],
  "bank and system vendor together (two external organisations) on a file-format question",
  sender=ADDR["horinouchi"],
  to=["みどり銀行 EB推進室 <eb-suishin@midori-ginko.co.jp>", "ツバサシステム 開発部 真田様 <sanada@tsubasa-system.jp>"],
  charset="iso-2022-jp",
  subject="総合振込データ（全銀フォーマット）出力仕様の確認",
  body=f"""みどり銀行 EB推進室 ご担当者様
ツバサシステム 真田様

お世話になっております。日の出産業 情報システム課の堀之内です。
買取POSから総合振込データを直接出力する改修について、仕様の確認をお願いします。

　1. レコード長120バイト、改行なし（ヘッダ・データ・トレーラ・エンド）で問題ないか
　2. 受取人名のカナは半角、濁点は1バイト扱いでよいか
　3. 1ファイルあたりのデータレコード上限

来週水曜にWeb会議を設定させていただければと思います。

{SIG["horinouchi"]}
""")

# 048 — a temp worker's diagnosis to the staffing agency
_p = person(160)
M("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "a named temp worker's diagnosis sent to the staffing agency",
  sender=ADDR["okabe"], to=["みらいスタッフ 相模原営業所 <sagamihara@mirai-staff.co.jp>"], charset="iso-2022-jp",
  subject="派遣スタッフの就業について（ご相談）",
  body=f"""みらいスタッフ株式会社 相模原営業所
ご担当者様

お世話になっております。ひので買取館 相模大野店の岡部です。
当店に派遣いただいている{_p["name"]}さんですが、先週から腰の痛みで欠勤が続いており、
本日ご本人から「腰椎椎間板ヘルニアと診断された」と連絡がありました。
倉庫での重量物の運搬が難しいようですので、今後の就業について一度ご相談させてください。

{SIG["okabe"]}
""")

# 049 — a customer's disability told to the carrier's drivers
_p = person(161)
M("stop", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
  "a named customer's hearing disability and address sent to the carrier",
  sender=ADDR["kanzaki"], to=["青葉運輸 相模原営業所 <sagamihara@aoba-unyu.co.jp>"], charset="iso-2022-jp",
  subject="10/30 引取便 ご訪問時のお願い",
  body=f"""青葉運輸 相模原営業所 ご担当者様

お世話になっております。日の出産業の神崎です。
10/30（水）13時の引取先についてお願いがございます。

　{_p["name"]} 様　{_p["addr"]}

{_p["sei"]}様は聴覚に障害があり、身体障害者手帳（2級）をお持ちです。
インターホンでのやりとりが難しいため、到着時はSMS（番号は当社査定員が持っています）でお知らせいただき、
筆談ボードをご用意いただけますでしょうか。

{SIG["kanzaki"]}
""")

# 050 — pass: campaign mail, customers in Bcc
M("pass", [], ["freemail_recipient"],
  "customers are in Bcc, To is our own address; nobody sees anyone else",
  sender="ひので買取館 <info@hinode-sangyo.co.jp>", to=["ひので買取館 <info@hinode-sangyo.co.jp>"],
  bcc=["kaneko.rie77@gmail.com", "t-ogura@yahoo.co.jp", "shinji.mori@icloud.com",
       "aya-f.0403@docomo.ne.jp", "kz.hotta@outlook.jp", "nagisa_u@ezweb.ne.jp"],
  charset="iso-2022-jp",
  subject="【ひので買取館】会員様限定 金・プラチナ買取 10％UPキャンペーン",
  body="""会員の皆さま

いつもひので買取館をご利用いただきありがとうございます。
11月1日～30日の期間、会員様限定で金・プラチナ製品の買取価格を10％UPいたします。

　対象：K24～K10、Pt1000～Pt850 のジュエリー・地金・歯科金属
　店舗：ひので買取館 全6店舗（宅配買取も対象）

ご来店の際は本人確認書類（運転免許証、マイナンバーカード等）をお持ちください。

配信停止はこちら：https://www.hinode-sangyo.co.jp/kaitori/mail/stop
ひので買取館　フリーダイヤル 0120-415-073
""")

# 051 — religion of a deceased's family told to the estate-clearing partner
_p = person(162)
M("stop", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
  "a named client's religious faith and address sent to the estate-clearing partner",
  sender=ADDR["kanzaki"], to=["おもいで整理サービス 現場管理 <genba@omoide-seiri.co.jp>"], charset="shift_jis",
  subject="11/2 遺品整理・買取 合同作業の事前共有",
  body=f"""おもいで整理サービス 現場管理ご担当者様

お世話になっております。日の出産業 出張買取センターの神崎です。
11/2の合同作業について、事前に共有させてください。

　依頼者：{_p["name"]} 様（故人のご長男）
　現場　：{_p["addr"]}（戸建て2階建て）

ご依頼者は天理教の信者で、お父様も同じ信仰をお持ちだったとのことです。
神具・祭具類は処分せず、教会へお納めしたいとのご意向ですので、仕分けの際にご注意ください。
買取対象は家電・家具・着物類で、当社査定員2名が伺います。

{SIG["kanzaki"]}
""")

# 052 — look-alike of the system vendor (letter dropped)
M("stop", [], ["lookalike_domain"],
  "tsubasa-sytem.jp drops a letter of the partner tsubasa-system.jp",
  sender=ADDR["horinouchi"], to=["真田様 <sanada@tsubasa-sytem.jp>"], charset="iso-2022-jp",
  subject="Re: 買取POS v4.2 リリースノート",
  body=f"""真田様

リリースノートありがとうございます。堀之内です。
v4.2 の適用は、11/5（火）の閉店後 20:30 開始でお願いします。
対象は全6店舗のレジ端末12台とバックオフィスPC 6台です。
ロールバック手順書も事前にいただけますでしょうか。

{SIG["horinouchi"]}
""")

# 053 — English: PDF cost sheet headed "Confidential"
M("stop", [], ["confidential_marking"],
  "PDF whose every page is headed Confidential - Internal Use Only, sent to a buyer",
  sender=ADDR["jimbo"], to=["Nguyen Thi Lan <lan.nguyen@saigonvintage.com>"], charset="utf-8",
  subject="Cost breakdown for the November container",
  body=f"""Dear Lan,

As discussed on the call, attached is our cost breakdown for the November container
so you can see why we cannot go below JPY 1.6M. Hope this helps your decision.

{SIG["jimbo"]}
""",
  attachments=[{"kind": "pdf", "name": "HS_cost_breakdown_Nov.pdf",
                "page_header": "CONFIDENTIAL - INTERNAL USE ONLY", "title": "Cost breakdown Nov container",
                "lines": ["Hinode Sangyo - Export cost breakdown (40ft, Ho Chi Minh)", ""],
                "table": [["Item", "JPY"], ["Purchase cost (avg)", "1,120,000"], ["Inspection & cleaning", "96,000"],
                          ["Vanning labour", "48,000"], ["Drayage Zama-Honmoku", "62,000"],
                          ["Export customs", "18,000"], ["Margin target", "180,000"], ["Total", "1,524,000"]]}])

# 054 — pass: statistics workbook to a consultant
M("pass", [], [],
  "XLSX of store-level monthly figures, no individuals",
  sender=ADDR["okabe"], to=["リテールインサイト 大迫様 <osako@retail-insight.co.jp>"], charset="iso-2022-jp",
  subject="店舗診断用 月次実績データ",
  body=f"""大迫様

お世話になっております。岡部です。
先日お話しした公開用の実績データをお送りします（2023年10月～2024年9月）。

{SIG["okabe"]}
""",
  attachments=[{"kind": "xlsx", "name": "月次実績_店舗別.xlsx",
                "sheets": {"買取": [["月次買取実績（件数・金額）"], ["月", "相模大野", "町田", "橋本", "海老名", "八王子", "本厚木"]] +
                                   [[f"2024/{m:02d}", 780 + m * 7, 910 + m * 5, 420 + m, 505 - m, 610 + m * 3, 388 + m * 2]
                                    for m in range(1, 10)],
                           "来店": [["月", "来店客数", "成約率"]] +
                                  [[f"2024/{m:02d}", 5200 + m * 41, f"{61 + m % 4}%"] for m in range(1, 10)]}}])

# 055 — one block per customer: five pick-ups to the carrier
_p = [person(i) for i in range(165, 170)]
M("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
  "five customers' pick-up blocks (name, address, phone) to the carrier",
  sender=ADDR["kanzaki"], to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"], charset="iso-2022-jp",
  subject="11/2（土）引取便 5件分",
  body=f"""青葉運輸 配車センター ご担当者様

お世話になっております。神崎です。11/2の引取分です。

""" + "\n\n".join(f"■{n + 1}件目　{t}\nお名前：{q['name']} 様\nご住所：{q['addr']}\nお電話：{q['tel']}\n品物　：{it}"
                   for n, (q, t, it) in enumerate(zip(_p, ["8:30", "10:00", "11:30", "14:00", "15:30"],
                                                      ["冷蔵庫・洗濯機", "婚礼箪笥", "マッサージチェア", "エレクトーン", "ソファ・ベッド"]))) + f"""

エレベーターなしの3階が1件（3件目）あります。2名体制でお願いします。

{SIG["kanzaki"]}
""")

# 056 — full-width padded table with 和暦 and full-width digits to the association
_p = [person(i) for i in range(171, 176)]
_rows = [["氏名", "生年月日", "電話番号", "備考"]] + [
    [q["name"], wareki(q, "zen"), zen(q["tel"]), b] for q, b in
    zip(_p, ["偽造の疑いある保険証", "盗品売却で照会あり", "複数店舗で同一品", "偽ブランド品の持込み", "代理売却の申出"])]
_widths = [max(_w(r[i]) for r in _rows) for i in range(4)]
_tbl = "\n".join("　".join(c + "　" * ((_widths[i] - _w(c)) // 2) + (" " if (_widths[i] - _w(c)) % 2 else "")
                          for i, c in enumerate(r)).rstrip() for r in _rows[:1]) + "\n" + "－" * 40 + "\n" + \
       "\n".join("　".join(c + "　" * ((_widths[i] - _w(c)) // 2) + (" " if (_widths[i] - _w(c)) % 2 else "")
                          for i, c in enumerate(r)).rstrip() for r in _rows[1:])
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
  "five flagged sellers with 和暦 birth dates and full-width phone numbers to the association",
  sender=ADDR["setoguchi"], to=["日本リユース事業協会 事務局 <jimukyoku@reuse-kyokai.or.jp>"],
  charset="shift_jis",
  subject="不正売却情報の共有（神奈川ブロック）",
  body=f"""日本リユース事業協会 事務局 御中

お世話になっております。日の出産業の瀬戸口です。
神奈川ブロック会議で依頼のあった、不正売却が疑われる人物の情報を提供いたします。

{_tbl}

会員各社への展開方法はお任せいたします。

{SIG["setoguchi"]}
""")

# 057 — pass: the auction house's list of consigners is only quoted
_p = [person(i) for i in range(177, 183)]
M("pass", [], [],
  "our new text is a one-line confirmation; the partner's list of people is only quoted",
  sender=ADDR["wagatsuma"], to=["ブランド市場 宇佐美様 <usami@brand-ichiba.co.jp>"], charset="iso-2022-jp",
  subject="RE: 返品対象ロットの確認",
  body=f"""宇佐美様

ご連絡ありがとうございます。我妻です。
6点とも当社の出品で間違いありません。着払いで返送いただければ、当社で売主への確認を進めます。

我妻

-----Original Message-----
From: 宇佐美 <usami@brand-ichiba.co.jp>
Sent: Thursday, October 24, 2024 4:15 PM
To: 我妻 隼人
Subject: 返品対象ロットの確認

我妻様

落札者から真贋クレームがあったロットです。出品時に頂いた売主情報と照合させてください。

""" + "\n".join(f"  LOT {8810 + n}  売主 {q['name']}  {q['tel']}  {q['addr']}" for n, q in enumerate(_p)) + """

株式会社ブランド市場 仕入部 宇佐美
""")

# 058 — legacy XLS ledger with licence numbers to the police
_p = [person(i) for i in range(184, 190)]
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"], ["personal_data"],
  "old .xls ledger with six sellers' licence numbers sent to the police",
  sender=ADDR["ikari"], to=[POLICE_MACHIDA], charset="shift_jis",
  subject="ご依頼の古物台帳（2022年分）の写し",
  body=f"""町田警察署 盗犯係
大久保様

お世話になっております。町田店の猪狩です。
ご依頼のあった2022年11月の楽器類の買取記録を、旧システムのExcelからそのまま抜き出してお送りします。

{SIG["ikari"]}
""",
  attachments=[{"kind": "xls", "name": "daicho_2022_11_gakki.xls",
                "sheets": {"2022年11月": [["買取日", "品目", "氏名", "生年月日", "住所", "免許証番号"]] +
                                       [[f"2022/11/{3 + n * 4}", it, q["name"], ymd(q), q["addr"], q["license"]]
                                        for n, (q, it) in enumerate(zip(_p, ["エレキギター", "サックス", "ベース", "キーボード", "トランペット", "ドラムセット"]))]}}])

# 059 — either: staff names and roles only, to the hotel
M("either", ["PERSON_NAME"], [],
  "five staff names with roles but no contact data: a roster a reviewer could see either way",
  sender=ADDR["kanzaki"], to=["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"], charset="iso-2022-jp",
  subject="11/9-10 出張買取会 スタッフ入館者のお知らせ",
  body=f"""さくらホテル 宴会営業ご担当者様

お世話になっております。日の出産業の神崎です。
出張買取会の当社スタッフ（入館者）は下記5名です。入館証のご準備をお願いします。

　神崎 彩　　（責任者）
　真壁 俊介　（鑑定・時計）
　栗林 沙織　（鑑定・ブランド）
　五味 達也　（受付）
　曽我部 恵理（受付）

{SIG["kanzaki"]}
""")

# 060 — English: UTF-8 CSV with sellers' names and addresses to an overseas buyer
_p = [person(i) for i in range(191, 197)]
M("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
  "provenance CSV with six Japanese sellers' names and addresses sent abroad",
  sender=ADDR["jimbo"], to=["Michael Torres <m.torres@pacificreuse.com>"], charset="utf-8",
  subject="Provenance records for watch lot W-1105",
  body=f"""Hi Michael,

As requested by your end client, here is the provenance record for the six watches
in lot W-1105 (original Japanese seller and purchase date, from our purchase ledger).

{SIG["jimbo"]}
""",
  attachments=[{"kind": "csv", "name": "W-1105_provenance.csv", "encoding": "utf-8",
                "rows": [["Lot", "Model", "Serial", "Seller name", "Seller address", "Purchase date", "Store"]] +
                        [[f"W-1105-{n + 1}", m, s, f"{q['romaji']} ({q['name']})", q["addr"], f"2024-0{4 + n}-1{n}", "Sagami-Ono"]
                         for n, (q, m, s) in enumerate(zip(_p, ["Rolex 116610LN", "Omega 310.30.42", "Tudor 79230N",
                                                                "Rolex 126200", "Cartier WSSA0018", "IWC IW371605"],
                                                               ["9X4T7720", "81402291", "L93J5507", "3Y88A1K2", "48291MX", "6209388"]))]}])

# 061 — look-alike of a partner: dropped "co."
M("stop", [], ["lookalike_domain"],
  "kawasaki-denki.jp drops the co. of the partner kawasaki-denki.co.jp",
  sender=ADDR["wagatsuma"], to=["川崎電機 資材課 <shizai@kawasaki-denki.jp>"], charset="iso-2022-jp",
  subject="展示品・型落ち家電の引取りについて",
  body=f"""川崎電機株式会社
資材課 御中

いつもお世話になっております。日の出産業の我妻です。
先日ご相談いただいた展示品・型落ち家電（エアコン28台、冷蔵庫14台）の引取りの件、
11/13（水）午前に当社トラックで伺います。
品目・型番の一覧がございましたら事前にいただけますでしょうか。

{SIG["wagatsuma"]}
""")

# 062 — pass: English to one overseas buyer on free mail
M("pass", [], ["freemail_recipient"],
  "one overseas individual buyer on gmail, price quote only",
  sender=ADDR["jimbo"], to=["Daniel Okafor <dan.okafor.trading@gmail.com>"], charset="utf-8",
  subject="Re: Quote request - used Japanese kitchen knives",
  body=f"""Hello Daniel,

Thank you for your interest. We can offer the following from stock:

  KN-2201  Gyuto 210mm, various makers, grade A   x 40  @ JPY 6,800
  KN-2202  Santoku 165mm, grade B                  x 65  @ JPY 3,200
  KN-2205  Deba 150mm, grade A                     x 12  @ JPY 7,500

Minimum order JPY 300,000. Shipping by EMS or sea freight, quote on request.
Please note that knives need an export declaration; we handle the paperwork.

{SIG["jimbo"]}
""")

# 063 — DOCX whose header says 部外秘, to the association
M("stop", [], ["confidential_marking"],
  "police-response manual whose DOCX header is 部外秘, sent outside",
  sender=ADDR["setoguchi"], to=["日本リユース事業協会 研修担当 <kenshu@reuse-kyokai.or.jp>"], charset="iso-2022-jp",
  subject="Re: 会員向け手引き作成のための参考資料",
  body=f"""研修担当 ご担当者様

お世話になっております。瀬戸口です。
会員向け手引きの参考として、当社の警察対応マニュアルをお送りします。
そのまま配布はせず、構成の参考程度にご利用ください。

{SIG["setoguchi"]}
""",
  attachments=[{"kind": "docx", "name": "警察対応マニュアル_v3.docx", "page_header": "部外秘　古物管理課",
                "title": "警察対応マニュアル",
                "paragraphs": ["警察対応マニュアル（第3版）", "1. 品触れを受けたとき",
                               "品触れ書は到達日を記入し6か月保存する。該当品があれば直ちに届け出る。",
                               "2. 照会を受けたとき", "照会者の所属・氏名を確認し、折り返し電話で本人確認を行う。",
                               "3. 不審な持込みがあったとき", "買取を保留し、店長判断で所轄へ申告する。",
                               "4. 差押え・任意提出", "任意提出書の控えを受け取り、台帳に記録する。"]}])

# 064 — corrupt XLSX to the bank
M("stop", [], ["unscannable_attachment"],
  "the XLSX attachment is corrupt and cannot be read",
  sender=ADDR["nakahata"], to=["みどり銀行 法人営業部 島袋様 <shimabukuro.k@midori-ginko.co.jp>"],
  charset="shift_jis",
  subject="口座振替依頼書 一覧の送付",
  body=f"""島袋様

お世話になっております。日の出産業の中畑です。
先日お電話でお話しした、テナント各社からの口座振替依頼書の一覧をお送りします。
ご確認のほどよろしくお願いいたします。

{SIG["nakahata"]}
""",
  attachments=[{"kind": "corrupt", "name": "kouza_furikae_ichiran.xlsx"}])

# 065 — pass: four staff with mobiles to the hotel
_p = [person(i) for i in range(198, 202)]
M("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
  "four staff members' mobiles on the day: fewer than five records",
  sender=ADDR["kanzaki"], to=["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"], charset="utf-8",
  subject="当日の緊急連絡先（出張買取会）",
  body=f"""さくらホテル 宴会営業ご担当者様

当日の緊急連絡先を添付にまとめました（4名）。会場で何かあればご連絡ください。

{SIG["kanzaki"]}
""",
  attachments=[{"kind": "xlsx", "name": "当日連絡先.xlsx",
                "sheets": {"連絡先": [["出張買取会 当日連絡先（11/9・11/10）"], ["役割", "氏名", "携帯"]] +
                                    [[r, q["name"], q["tel"]] for r, q in zip(["責任者", "鑑定", "鑑定", "受付"], _p)]}}])

# 066 — tab-separated TXT (CP932) of point members to the vendor
_p = [person(i) for i in range(203, 210)]
M("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
  "tab-separated text file of seven members' e-mails and phones to the vendor",
  sender=ADDR["horinouchi"], to=["ツバサシステム 真田様 <sanada@tsubasa-system.jp>"], charset="shift_jis",
  subject="ポイント残高の移行漏れ（7名分）",
  body=f"""真田様

堀之内です。ポイント移行後、残高が0になっている会員が7名見つかりました。
旧システムの残高を抽出したファイル（タブ区切り）を添付しますので、手動での補正をお願いします。

{SIG["horinouchi"]}
""",
  attachments=[{"kind": "txt", "name": "point_zan_7.txt", "encoding": "cp932",
                "text": "会員番号\t氏名\tメール\t電話\t旧残高\n" +
                        "\n".join(f"H{51200 + n}\t{q['name']}\t{q['email']}\t{q['tel']}\t{(n + 3) * 420}"
                                  for n, q in enumerate(_p)) + "\n"}])

# 067 — text + HTML: five staff health-check follow-ups to the clinic
_p = [person(i) for i in range(211, 216)]
_fb = ["血圧（要精密検査）", "心電図（要再検査）", "血糖値（要精密検査）", "肝機能（要再検査）", "胸部X線（要精密検査）"]
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
  "five staff members' health-check findings sent to the outside clinic",
  sender=ADDR["tsuge"], to=["さがみ健診センター 予約係 <yoyaku@sagami-kenshin.or.jp>"], charset="iso-2022-jp",
  subject="二次健診の予約（日の出産業 5名）",
  body=f"""さがみ健診センター 予約係 御中

お世話になっております。日の出産業 人事総務部の柘植です。
定期健康診断で要再検査・要精密検査となった従業員5名の二次健診予約をお願いします。

""" + "\n".join(f"{q['name']}（{ymd(q)}生）　{f}" for q, f in zip(_p, _fb)) + f"""

{SIG["tsuge"]}
""",
  html="<html><body><p>さがみ健診センター 予約係 御中</p><p>定期健康診断で要再検査・要精密検査となった従業員5名の二次健診予約をお願いします。</p>"
       "<table border=1><tr><th>氏名</th><th>生年月日</th><th>所見</th></tr>" +
       "".join(f"<tr><td>{q['name']}</td><td>{ymd(q)}</td><td>{f}</td></tr>" for q, f in zip(_p, _fb)) +
       "</table><p>日の出産業株式会社 人事総務部 柘植</p></body></html>")

# 068 — pass: internal subdomain, 社外秘 list of staff
_p = [person(i) for i in range(217, 224)]
M("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
  "社外秘 staff list but the recipient is on an internal subdomain",
  sender=ADDR["tsuge"], to=["全店長 <tencho-all@mail.hinode-sangyo.co.jp>"], charset="iso-2022-jp",
  subject="【社外秘】年末年始 店舗責任者 連絡網",
  body=f"""各店長

お疲れ様です。人事総務部の柘植です。
年末年始（12/29～1/3）の店舗責任者 連絡網です。社外秘です。

""" + padded([["日付", "責任者", "携帯"]] + [[f"12/{29 + n}" if n < 3 else f"1/{n - 2}", q["name"], q["tel"]]
                                             for n, q in enumerate(_p[:6])]) + f"""
予備：{_p[6]["name"]} {_p[6]["tel"]}

{SIG["tsuge"]}
""")

# 069 — reply: new text carries the seller's licence number
_p = person(225)
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"], ["personal_data"],
  "the new text of a reply gives a seller's licence number; only the police request is quoted",
  sender=ADDR["okabe"], to=[POLICE_MINAMI], charset="iso-2022-jp",
  subject="Re: 照会（ゲーム機 Nintendo Switch 有機EL 製造番号 XTJ70018822451）",
  body=f"""木戸様

お世話になっております。岡部です。
ご照会の製造番号の品、10月11日に買い取っておりました。

　氏名：{_p["name"]}
　生年月日：{wareki(_p, "abbr")}
　住所：{_p["addr_short"]}
　運転免許証番号：{_p["license"][:4]} {_p["license"][4:8]} {_p["license"][8:]}

現品は店頭在庫から外し、保管しております。

{SIG["okabe"]}

> ひので買取館 相模大野店 御中
> 下記製造番号のゲーム機について、買取の有無と売主を教えてください。
> Nintendo Switch 有機ELモデル 製造番号 XTJ70018822451
> 相模原南警察署 生活安全課 木戸
""")

# 070 — PPTX footer 取扱注意 to the vendor
M("stop", [], ["confidential_marking"],
  "PPTX business plan with 取扱注意 on every slide, sent to the vendor",
  sender=ADDR["horinouchi"], to=["ツバサシステム 営業部 <sales@tsubasa-system.jp>"], charset="iso-2022-jp",
  subject="次期システム 提案依頼の背景資料",
  body=f"""ツバサシステム 営業部 御中

日の出産業の堀之内です。
RFPの背景として、経営会議資料の抜粋をお送りします。出店計画の前提をご理解いただければと思います。

{SIG["horinouchi"]}
""",
  attachments=[{"kind": "pptx", "name": "中期事業計画_抜粋.pptx", "page_footer": "取扱注意",
                "slides": [["リユース事業 中期計画（2025-2027）", "日の出産業株式会社 経営企画室"],
                           ["出店計画", "2025年：横浜・川崎に2店舗", "2026年：東京西部に3店舗", "2027年：FC展開開始"],
                           ["システム方針", "買取POSの全店統一", "オンライン査定との連携", "本人確認のeKYC化"]]}])

# 071 — carrier, estate-clearing firm and a private customer all in To/Cc
M("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
  "two partner companies and a private customer (three external parties) see each other",
  sender=ADDR["kanzaki"],
  to=["おもいで整理サービス <genba@omoide-seiri.co.jp>", "青葉運輸 相模原営業所 <sagamihara@aoba-unyu.co.jp>"],
  cc=["ichinose.kyoko@docomo.ne.jp"], charset="iso-2022-jp",
  subject="11/23 遺品整理・買取・搬出の段取り",
  body=f"""関係者各位

お世話になっております。日の出産業の神崎です。
11/23（土）の作業段取りを共有いたします。

　9:00　現地集合（おもいで整理サービス様2名、当社査定員2名）
　9:15～12:00　仕分け・買取査定
　13:00～　青葉運輸様にて買取品・処分品の搬出（2t車2台）

依頼者様には当日立会いをお願いしております。駐車は近隣コインパーキングをご利用ください。

{SIG["kanzaki"]}
""")

# 072 — pass: price list PDF to an auction house
M("pass", [], [],
  "wholesale price list with product codes, no people",
  sender=ADDR["wagatsuma"], to=["エコオクネット 仕入担当 <shiire@ecoauc-net.jp>"], charset="shift_jis",
  subject="11月 卸販売リスト（家電・スマホ）",
  body=f"""エコオクネット 仕入ご担当者様

いつもお世話になっております。我妻です。
11月の卸販売リストを添付します。数量は11/1時点の在庫です。
ご注文は品番と数量をご返信ください。

{SIG["wagatsuma"]}
""",
  attachments=[{"kind": "pdf", "name": "卸販売リスト_202411.pdf",
                "lines": ["日の出産業株式会社　卸販売リスト（2024年11月）", "価格は税別・1台あたり"],
                "table": [["品番", "品名", "ランク", "数量", "卸単価"],
                          ["SP-15P-128", "iPhone 15 Pro 128GB", "A", "12", "98,000"],
                          ["SP-14-128", "iPhone 14 128GB", "B", "20", "52,000"],
                          ["HA-DY-V12", "ダイソン V12 Detect Slim", "A", "8", "38,000"],
                          ["HA-BAL-TO", "バルミューダ トースター", "B", "15", "9,800"],
                          ["GM-SW-OLED", "Nintendo Switch 有機EL", "A", "25", "27,500"]]}])

# 073 — plain ZIP: identity-check records (health insurance numbers) and photos to the police
_p = [person(i) for i in range(226, 228)]
_txt = "本人確認記録（相模大野店）\n\n" + "\n\n".join(
    f"伝票番号：SO-1017{n + 1}\n氏名：{q['name']}\n生年月日：{ymd(q)}\n住所：{q['addr']}\n"
    f"確認書類：健康保険証　保険者番号 {['01140018', '32130044'][n]}　記号 {['3318', '12-7'][n]}　番号 {['52', '1094'][n]}\n"
    f"補助書類：住民票の写し" for n, q in enumerate(_p))
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE"], ["personal_data"],
  "ZIP holds identity records with two sellers' health-insurance numbers, sent to the police",
  sender=ADDR["okabe"], to=[POLICE_MINAMI], charset="iso-2022-jp",
  subject="任意提出品に関する本人確認記録の送付",
  body=f"""相模原南警察署 生活安全課
木戸様

お世話になっております。岡部です。
先日任意提出した2点（金地金）について、買取時の本人確認記録と現品写真をお送りします。

{SIG["okabe"]}
""",
  attachments=[{"kind": "zip", "name": "honnin_kakunin_1017.zip",
                "files": [{"kind": "txt", "name": "本人確認記録.txt", "encoding": "utf-8", "text": _txt},
                          {"kind": "png", "name": "genpin_1.png"}, {"kind": "png", "name": "genpin_2.png"}]}])

# 074 — pass: internal password ZIP
M("pass", [], [],
  "encrypted ZIP, but sent only to an internal colleague",
  sender=ADDR["nakahata"], to=[ADDR["tsuge"]], charset="iso-2022-jp",
  subject="賞与明細データ（店舗スタッフ分）",
  body="""柘植さん

お疲れ様です。中畑です。
冬季賞与の明細データです。パスワードはいつものものです。

中畑
""",
  attachments=[{"kind": "zip", "name": "shoyo_2024w.zip", "password": "keiri-2024w",
                "files": [{"kind": "csv", "name": "shoyo.csv", "encoding": "cp932",
                           "rows": [["社員番号", "氏名", "支給額"]] +
                                   [[f"E{3300 + n}", person(i)["name"], 380000 + n * 12000]
                                    for n, i in enumerate(range(230, 240))]}]}])

# 075 — arrest records of three people in an XLSX to the association
_p = [person(i) for i in range(241, 244)]
M("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
  "only three rows, but each records an arrest: sensitive data even below five people",
  sender=ADDR["setoguchi"], to=["日本リユース事業協会 事務局 <jimukyoku@reuse-kyokai.or.jp>"],
  charset="utf-8",
  subject="検挙事例の報告（2024年度上期）",
  body=f"""日本リユース事業協会 事務局 御中

お世話になっております。日の出産業の瀬戸口です。
上期に当社の申告がきっかけで検挙に至った事例を報告します。

{SIG["setoguchi"]}
""",
  attachments=[{"kind": "xlsx", "name": "検挙事例_2024上期_日の出産業.xlsx",
                "sheets": {"事例": [["検挙事例報告（日の出産業株式会社）"], [],
                                    ["No", "氏名", "生年月日", "概要", "結果"]] +
                                   [[n + 1, q["name"], wareki(q), c, r] for n, (q, c, r) in
                                    enumerate(zip(_p, ["勤務先の倉庫から持ち出した工具を売却", "他人の保険証を使用して売却",
                                                       "空き巣被害品の貴金属を売却"],
                                                      ["窃盗容疑で逮捕（5月）", "詐欺容疑で逮捕（7月）", "窃盗容疑で逮捕・起訴（8月）"]))]}}])

# 076 — pass: one seller's record to the police, no ID number
_p = person(245)
M("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
  "a single seller's record (no identity-document number) answering the police: one person",
  sender=ADDR["ikari"], to=[POLICE_MACHIDA], charset="iso-2022-jp",
  subject="Re: ロードバイクの買取有無について",
  body=f"""大久保様

お世話になっております。町田店の猪狩です。
ご照会のロードバイク（トレック Domane SL5、フレーム番号 WTU288C1942K）は、
10月6日に当店で買い取っておりました。

　売主：{_p["name"]}（{ymd(_p)}生）
　住所：{_p["addr"]}
　電話：{_p["tel"]}
　買取額：68,000円

現品は当店倉庫で保管しております。

{SIG["ikari"]}
""")

# 077 — English forward with a buyer's card number to the payment processor
M("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
  "a forward (new text) carries an overseas buyer's full card number to the processor",
  sender=ADDR["jimbo"], to=["SmartPay Support <support@smartpay-gw.jp>"], charset="utf-8",
  subject="FW: Card payment for order SO-1102",
  body=f"""Hello SmartPay team,

Our buyer in Singapore sent his card details below by e-mail. Could you please
process the charge of USD 2,480.00 through our virtual terminal (merchant ID HN-00482)?
The online form rejected the card with error 3DS-07.

Regards,
Takumi Jimbo

-------- Forwarded Message --------
From: Lim Wei Jie <weijie.lim@lionreuse.com>
Date: Sat, 2 Nov 2024 21:14
Subject: Card payment for order SO-1102

Hi Takumi, please use this card:
Card number: {card_number(4302)}
Expiry: 04/27   CVV: 518
Cardholder: LIM WEI JIE
""")

# 078 — look-alike: hyphen for a dot in our own domain
M("stop", [], ["lookalike_domain"],
  "hinode-sangyo-co.jp replaces a dot of the company's own domain with a hyphen",
  sender=ADDR["okabe"], to=["瀬戸口 真理 <setoguchi.m@hinode-sangyo-co.jp>"], charset="iso-2022-jp",
  subject="品触れ書の受領報告（10月分）",
  body=f"""瀬戸口さん

お疲れ様です。岡部です。
10月分の品触れ書、相模大野店で12件受領し、全件台帳と照合済みです。該当はありません。
受領簿のスキャンは共有フォルダに置きました。

{SIG["okabe"]}
""")

# 079 — pass: English, normal PDF invoice to one buyer
M("pass", [], [],
  "commercial invoice with item codes and amounts to one overseas buyer",
  sender=ADDR["jimbo"], to=["Ahmad Faiz <faiz@klpreloved.com>"], charset="utf-8",
  subject="Commercial invoice CI-24-1108 (Port Klang)",
  body=f"""Dear Faiz,

Please find the commercial invoice for the container shipped on Nov 8.
B/L copy will follow once the carrier releases it.

{SIG["jimbo"]}
""",
  attachments=[{"kind": "pdf", "name": "CI-24-1108.pdf",
                "lines": ["COMMERCIAL INVOICE  CI-24-1108", "Seller: Hinode Sangyo Co., Ltd.",
                          "Buyer: KL Preloved Sdn. Bhd.", "Port of loading: Yokohama / Discharge: Port Klang"],
                "table": [["Code", "Description", "Qty", "Unit USD", "Amount USD"],
                          ["BK-C01", "Used city bicycles", "150", "22.00", "3,300.00"],
                          ["HA-RC2", "Rice cookers, used, tested", "300", "6.50", "1,950.00"],
                          ["GF-BAG", "Golf bags, used", "60", "9.00", "540.00"],
                          ["", "Total FOB", "", "", "5,790.00"]]}])

# 080 — pass: English, confidentiality only talked about
M("pass", [], [],
  "talks about keeping prices confidential and an NDA; no marking, no people",
  sender=ADDR["jimbo"], to=["Nguyen Thi Lan <lan.nguyen@saigonvintage.com>"], charset="utf-8",
  subject="Re: Exclusive supply proposal",
  body=f"""Dear Lan,

Thank you for the proposal. We are open to an exclusive supply arrangement for
Vietnam, subject to a minimum of two containers per month.

Before we share our purchase volumes by category, our legal team would like to sign
a mutual NDA. I will send our standard non-disclosure agreement next week; of course
we will keep your resale prices strictly confidential as well.

{SIG["jimbo"]}
""")

# 081 — DOCX staff list with home addresses to the uniform supplier
_p = [person(i) for i in range(246, 252)]
M("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
  "DOCX of six staff members' home addresses and phones for direct delivery, to a supplier",
  sender=ADDR["tsuge"], to=["ユニフォーム工房 受注センター <order@uniform-kobo.co.jp>"], charset="iso-2022-jp",
  subject="ユニフォーム追加発注（個人宅への直送分）",
  body=f"""ユニフォーム工房 受注センター 御中

いつもお世話になっております。日の出産業の柘植です。
新店準備のため、下記6名分のユニフォームを各自の自宅へ直送でお願いします。
サイズと送付先は添付のとおりです。

{SIG["tsuge"]}
""",
  attachments=[{"kind": "docx", "name": "ユニフォーム送付先.docx",
                "paragraphs": ["ユニフォーム追加発注　送付先一覧", "品番：HN-SHIRT-24（ネイビー）／HN-APRON-24"],
                "tables": [[["氏名", "サイズ", "送付先住所", "電話番号"]] +
                           [[q["name"], s, f"〒{q['zip']} {q['addr']}", q["tel"]]
                            for q, s in zip(_p, ["M", "L", "S", "LL", "M", "L"])]]}])

# 082 — pass: English, buyer and forwarder (two external organisations)
M("pass", [], ["multiple_external_domains"],
  "overseas buyer and freight forwarder on one mail: two external organisations",
  sender=ADDR["jimbo"],
  to=["Michael Torres <m.torres@pacificreuse.com>"], cc=["Export Desk <export@bluewave-logistics.com>"],
  charset="utf-8",
  subject="Booking for December container - Long Beach",
  body=f"""Hi Michael, hi BlueWave team,

Copying BlueWave so we can settle the December booking together.

  - Cargo: used golf equipment and bicycles, 1 x 40HC
  - Vanning: Dec 10 at our Zama warehouse
  - Vessel: any sailing from Yokohama Dec 12-15
  - Incoterms: FOB Yokohama

BlueWave, please send the booking confirmation to both of us.

{SIG["jimbo"]}
""")

# 083 — password-protected PDF to an auction house
M("stop", [], ["unscannable_attachment"],
  "the settlement PDF is password-protected and cannot be inspected",
  sender=ADDR["wagatsuma"], to=["関東古物市場 経理 <keiri@kanto-kobutsu.co.jp>"], charset="iso-2022-jp",
  subject="10月度 出品精算書の送付",
  body=f"""関東古物市場 経理ご担当者様

お世話になっております。我妻です。
10月度の出品精算書（当社控え）をお送りします。PDFにはパスワードを設定しています。
パスワードはお電話でお伝えします。

{SIG["wagatsuma"]}
""",
  attachments=[{"kind": "pdf", "name": "seisan_202410.pdf", "password": "kk1031",
                "lines": ["出品精算書 2024年10月度", "日の出産業株式会社"],
                "table": [["開催日", "出品数", "落札数", "落札総額"], ["10/10", "84", "77", "3,912,000"],
                          ["10/24", "102", "95", "5,204,500"]]}])

# 084 — pass: one customer on free mail, identity image received, nothing repeated
M("pass", [], ["freemail_recipient"],
  "one private customer on free mail; says the ID image was received without repeating it",
  sender=ADDR["kanzaki"], to=["mochizuki.h@icloud.com"], charset="utf-8",
  subject="Re: 宅配買取 本人確認書類について",
  body=f"""望月様

ご連絡ありがとうございます。ひので買取館 宅配買取係の神崎です。
本人確認書類（運転免許証）の画像、確かに受領いたしました。
なお、健康保険証の画像もお送りいただきましたが、今回は不要のため削除いたしました。
お品物が到着しましたら、2営業日以内に査定結果をご連絡いたします。

{SIG["kanzaki"]}

> 神崎様
> 免許証の表と裏の写真を添付します。よろしくお願いします。
> 望月
""")

# 085 — pass: three transfer corrections to the bank
_p = [person(i) for i in range(253, 256)]
M("pass", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
  "three sellers' accounts to the partner bank: below five records",
  sender=ADDR["nakahata"], to=["みどり銀行 法人営業部 島袋様 <shimabukuro.k@midori-ginko.co.jp>"],
  charset="shift_jis",
  subject="組戻し依頼 3件",
  body=f"""島袋様

お世話になっております。日の出産業の中畑です。
11/1実行分のうち、下記3件を組戻しさせてください（金額の入力誤り）。

""" + "\n".join(f"　{n + 1}. {q['kana']}　{q['bank']} {q['branch']} 普通 {q['acct']}　{q['amount']:,}円"
                 for n, q in enumerate(_p)) + f"""

組戻し依頼書は本日付で郵送いたします。

{SIG["nakahata"]}
""")

# 086 — look-alike: homoglyph in the law firm's domain
M("stop", [], ["lookalike_domain"],
  "shirakawa-1aw.jp uses the digit 1 for l of the partner law firm's domain",
  sender=ADDR["setoguchi"], to=["白川法律事務所 <info@shirakawa-1aw.jp>"], charset="iso-2022-jp",
  subject="顧問契約の更新について",
  body=f"""白川法律事務所 御中

いつもお世話になっております。日の出産業の瀬戸口です。
来年1月からの顧問契約の更新につき、契約書案の送付時期をご教示いただけますでしょうか。
あわせて、古物営業法改正に関する社内研修（2時間）のご講演も、来年度お願いしたく存じます。

{SIG["setoguchi"]}
""")

# 087 — 極秘 stamp in the mail itself, to the law firm
M("stop", [], ["confidential_marking"],
  "mail stamped 極秘 at the top, sent to the outside law firm",
  sender=ADDR["setoguchi"], to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"], charset="iso-2022-jp",
  subject="【極秘】店舗統合に関するご相談",
  body=f"""■■■■■■■■ 極秘 ■■■■■■■■

白川先生

いつもお世話になっております。日の出産業の瀬戸口です。
経営会議で、来年3月末をもって八王子店と町田店を統合する方針が固まりました。
賃貸借契約の中途解約条項と、従業員の配置転換についてご相談させてください。

　・八王子店：賃貸借期間 2027年8月まで（中途解約は6か月前予告）
　・対象従業員：正社員4名、パート7名

社内でも役員以外には未公表です。

{SIG["setoguchi"]}
""")

# 088 — pass: internal forward of arrest information
_p = person(257)
M("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
  "arrest information about a seller, forwarded internally only",
  sender=ADDR["setoguchi"], to=[ADDR["okabe"], ADDR["ikari"]], cc=[ADDR["wagatsuma"]], charset="iso-2022-jp",
  subject="FW: 売主の逮捕について（相模原南署より）",
  body=f"""岡部さん、猪狩さん、我妻さん

お疲れ様です。瀬戸口です。
相模原南署から連絡があり、9月に相模大野店・町田店で買い取った{_p["name"]}（売主）が
窃盗容疑で逮捕されたとのことです。同人からの買取品はすべて販売・出品を止めてください。
対象の伝票番号は共有フォルダの「1105_保全対象.xlsx」にまとめています。

瀬戸口
""")

# 089 — pass: updated appraisal standards to an outside appraiser, no marking
M("pass", [], [],
  "appraisal rules sent to an outside appraiser without any confidentiality stamp",
  sender=ADDR["okabe"], to=["鑑定ラボ 戸叶様 <tokano@kantei-labo.jp>"], charset="iso-2022-jp",
  subject="出張鑑定時の査定ランク基準（12月改定）",
  body=f"""戸叶様

いつもお世話になっております。岡部です。
12月から出張鑑定時の査定ランク基準を下記のとおり改定します。

　S：未使用・付属品完備
　A：使用感少・小傷のみ
　B：使用感あり・目立つ傷1～2か所
　C：難あり（破損・汚れ・部品欠品）

ランクCの時計は、オーバーホール見積もりを添えてください。

{SIG["okabe"]}
""")

# 090 — pass: counts of police inquiries to the association
M("pass", [], [],
  "monthly counts of police inquiries per station, no individual",
  sender=ADDR["setoguchi"], to=["日本リユース事業協会 事務局 <jimukyoku@reuse-kyokai.or.jp>"], charset="utf-8",
  subject="警察照会件数の報告（4月～9月）",
  body=f"""事務局 御中

日の出産業の瀬戸口です。照会件数の集計を報告します。

{padded([["警察署", "4月", "5月", "6月", "7月", "8月", "9月", "計"],
         ["相模原南", "3", "2", "5", "4", "2", "3", "19"],
         ["町田", "2", "4", "1", "3", "3", "2", "15"],
         ["相模原北", "1", "0", "2", "1", "1", "0", "5"],
         ["海老名", "0", "1", "1", "2", "0", "1", "5"],
         ["八王子", "1", "0", "0", "1", "0", "1", "3"]])}

うち該当ありは5件（すべて任意提出済み）です。

{SIG["setoguchi"]}
""")

# 091 — either: five sellers by surname with items and prices, no contact data
M("either", ["PERSON_NAME"], [],
  "five sellers named only by surname with items and prices: borderline as a list of people",
  sender=ADDR["wagatsuma"], to=["関東ブランドオークション 出品審査 <shinsa@kanto-brand-auc.co.jp>"],
  charset="iso-2022-jp",
  subject="Re: 出品物の入手経路について",
  body=f"""出品審査ご担当者様

お世話になっております。我妻です。
ご質問のあった5点の入手経路は、いずれも当社店頭での一般のお客様からの買取です。

　LOT 3301　エルメス ケリー28　　　相模大野店　渡部様より　9/14買取　1,420,000円
　LOT 3302　シャネル ボーイシャネル　町田店　　　百瀬様より　9/18買取　　385,000円
　LOT 3303　ロレックス GMTマスターII　橋本店　　 忽那様より　9/21買取　2,260,000円
　LOT 3304　カルティエ ラブブレス　　海老名店　 斎藤様より　9/22買取　　512,000円
　LOT 3305　ゴヤール サンルイGM　　 町田店　　　保坂様より　9/27買取　　118,000円

いずれも本人確認済みで、警察からの照会もございません。

{SIG["wagatsuma"]}
""")

# 092 — pass: two people's e-mail addresses for unsubscription, to the mail vendor
_p = [person(i) for i in range(258, 260)]
M("pass", ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
  "two customers' e-mail addresses to the newsletter vendor: fewer than five",
  sender=ADDR["horinouchi"], to=["配信プロ サポート <support@haishin-pro.jp>"], charset="iso-2022-jp",
  subject="配信停止の手動登録のお願い（2件）",
  body=f"""配信プロ サポートご担当者様

日の出産業の堀之内です。
配信停止フォームが使えなかったお客様から電話で依頼がありましたので、以下2件の配信停止をお願いします。

　{_p[0]["name"]} 様　{_p[0]["email"]}
　{_p[1]["name"]} 様　{_p[1]["email"]}

{SIG["horinouchi"]}
""")

# 093 — pass: HTML-only store opening notice to one partner
M("pass", [], [],
  "HTML-only notice of a new store to one partner, business addresses only",
  sender=ADDR["okabe"], to=["北国フーズ 総務部 <somu@kitaguni-foods.co.jp>"], charset="utf-8",
  subject="ひので買取館 横浜青葉台店 オープンのお知らせ",
  html=f"""<html><body>
<p>北国フーズ株式会社<br>総務部 御中</p>
<p>平素より大変お世話になっております。<br>
このたび「ひので買取館 横浜青葉台店」を12月7日に開店する運びとなりました。
法人様の厨房機器・什器の一括買取も承っております。</p>
<table border="1" cellpadding="5">
<tr><th>店舗名</th><td>ひので買取館 横浜青葉台店</td></tr>
<tr><th>所在地</th><td>神奈川県横浜市青葉区青葉台1-6-14 青葉台プラザ2F</td></tr>
<tr><th>電話</th><td>045-988-3107</td></tr>
<tr><th>営業時間</th><td>10:00～19:00（水曜定休）</td></tr>
</table>
<p>今後ともよろしくお願い申し上げます。</p>
<pre>{SIG["okabe"]}</pre>
</body></html>""")

# 094 — PDF of six sellers' payment notices to the printer for mailing
_p = [person(i) for i in range(261, 267)]
M("stop", ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"], ["personal_data"],
  "PDF of six sellers' names, addresses and payout accounts sent to the printer for mailing",
  sender=ADDR["nakahata"], to=["錦印刷 BPO課 <bpo@nishiki-insatsu.co.jp>"], charset="shift_jis",
  subject="支払通知書 封入封緘・発送のお願い（11月第1週分）",
  body=f"""錦印刷株式会社 BPO課 御中

いつもお世話になっております。日の出産業 経理部の中畑です。
宅配買取の支払通知書（11月第1週分）の印刷・封入・発送をお願いします。
宛名データは添付PDFのとおりです。発送は11/8（金）までにお願いいたします。

{SIG["nakahata"]}
""",
  attachments=[{"kind": "pdf", "name": "支払通知書_宛名一覧_1101-1107.pdf",
                "lines": ["支払通知書 宛名一覧（2024/11/01～11/07）", ""],
                "table": [["受付番号", "氏名", "郵便番号", "住所", "振込先", "金額"]] +
                         [[f"TK-2411-{n + 1:04d}", q["name"], q["zip"], q["addr"],
                           f"{q['bank']} {q['acct']}", f"{q['amount']:,}"] for n, q in enumerate(_p)]}])

# 095 — pass: tracking numbers in a reply thread
M("pass", [], [],
  "tracking and lot numbers only; the quoted part is the partner's question",
  sender=ADDR["wagatsuma"], to=["エコオクネット 落札者サポート <rakusatsu@ecoauc-net.jp>"], charset="iso-2022-jp",
  subject="Re: 落札品の発送状況について",
  body=f"""落札者サポート ご担当者様

お世話になっております。我妻です。
10/26開催分の当社出品物は、本日すべて発送いたしました。

　LOT EA-24-11870　青葉運輸　伝票番号 4418-2290-3371
　LOT EA-24-11871　青葉運輸　伝票番号 4418-2290-3382
　LOT EA-24-11875　青葉運輸　伝票番号 4418-2290-3393

{SIG["wagatsuma"]}

> 日の出産業 我妻様
> 落札者様より発送時期のお問い合わせがございました。ご確認をお願いいたします。
> エコオクネット 落札者サポート
""")

# 096 — either: a staff member's private gmail plus two partners in To/Cc
M("either", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
  "two partners plus our own employee's private gmail: three parties or really two?",
  sender=ADDR["kanzaki"],
  to=["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>", "青葉運輸 相模原営業所 <sagamihara@aoba-unyu.co.jp>"],
  cc=["真壁 俊介 <makabe.shun.hinode@gmail.com>"], charset="iso-2022-jp",
  subject="Re: 11/9-10 搬入時間の最終確定",
  body=f"""さくらホテル様、青葉運輸様

お世話になっております。神崎です。
搬入は11/8（金）20:30開始で確定とさせてください。
当日は当社の真壁が現場責任者として立ち会います（社用携帯が故障中のため、個人アドレスをCCに入れております）。

{SIG["kanzaki"]}
""")

# 097 — pass: partner buyer of used kitchen equipment, its contact in a quoted signature
M("pass", [], [],
  "one partner contact; their signature sits in the quoted part",
  sender=ADDR["wagatsuma"], to=["北国フーズ 店舗開発部 雨宮様 <amemiya@kitaguni-foods.co.jp>"], charset="shift_jis",
  subject="Re: 中古厨房機器のご紹介依頼",
  body=f"""雨宮様

お問い合わせありがとうございます。日の出産業の我妻です。
ご希望の機器のうち、現在在庫があるのは以下です。

　・ホシザキ 製氷機 IM-65M（2021年製）　 1台　185,000円
　・マルゼン ガスフライヤー MGF-C18K　　　2台　 68,000円／台
　・パナソニック 業務用冷蔵庫 SRR-K1581S　 1台　142,000円

座間倉庫でご覧いただけます。日程をお知らせください。

{SIG["wagatsuma"]}

> 日の出産業 我妻様
> 新店（札幌すすきの）向けに、製氷機・フライヤー・冷蔵庫を探しております。
> 北国フーズ株式会社 店舗開発部 雨宮 昌平
> TEL 011-215-8840（代） 携帯 090-6617-2203
""")

# 098 — pass: four staff registered at a business hotel
_p = [person(i) for i in range(268, 272)]
M("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
  "four staff members' guest-registration details to a hotel: fewer than five records",
  sender=ADDR["kanzaki"], to=["ホテルリバーサイド甲府 予約課 <yoyaku@riverside-kofu.jp>"], charset="iso-2022-jp",
  subject="11/15-16 宿泊予約 事前チェックイン情報（日の出産業 4名）",
  body=f"""ホテルリバーサイド甲府 予約課 御中

お世話になっております。日の出産業の神崎です。
11/15から1泊で予約しております4名の宿泊者情報をお送りします（出張買取会のため）。

""" + "\n".join(f"{n + 1}. {q['name']}（{q['kana']}）\n   {q['addr']}　{q['tel']}" for n, q in enumerate(_p)) + f"""

到着は21時頃になります。駐車場（ハイエース1台）もお願いします。

{SIG["kanzaki"]}
""")

# 099 — pass: DM order to the printer, address data not included
M("pass", [], [],
  "printing order with quantities and order number; says address data goes by the secure route",
  sender=ADDR["okabe"], to=["錦印刷 営業部 筒井様 <tsutsui@nishiki-insatsu.co.jp>"], charset="iso-2022-jp",
  subject="年末DMはがき 発注（注文番号 NP-241120）",
  body=f"""筒井様

お世話になっております。岡部です。
年末の会員向けDMはがきを下記のとおり発注します。

　注文番号：NP-241120
　仕様　　：はがき 両面カラー 圧着なし
　部数　　：18,500部
　納品　　：12/6（金）郵便局差出し

宛名データは、いつものとおり暗号化したうえで貴社のファイル受渡しシステムにアップロードします。
メールには添付しませんのでご了承ください。

{SIG["okabe"]}
""")

# 100 — pass: internal warning list with residence card numbers
_p = [person(i) for i in range(273, 279)]
M("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], [],
  "residence-card numbers of six flagged sellers, but every recipient is internal",
  sender=ADDR["setoguchi"], to=[f"全店長 <tencho-all@{D}>"], cc=[ADDR["wagatsuma"]], charset="utf-8",
  subject="【要確認】偽造在留カードの使用が疑われる売主（県警からの情報提供）",
  body=f"""各店長

瀬戸口です。県警から、偽造の在留カードを使った売却が近隣で相次いでいるとの情報提供がありました。
下記の番号のカードが提示された場合は買取を保留し、古物管理課へ連絡してください。

""" + "\n".join(f"・{nm}　{ymd(q, '.')}生　在留カード番号 {c}" for nm, q, c in
                 zip(["TRAN VAN HUNG", "NGUYEN THI MAI", "LE DUC ANH", "BATBAYAR GANZORIG",
                      "RAI BIKASH", "WANG JIANHUA"], _p, ["RT48120937FB", "KL30571846EA", "UM92047713DC", "PA11839025GH", "WS60284471JK", "NB77401528CE"])) + f"""

{SIG["setoguchi"]}
""")
