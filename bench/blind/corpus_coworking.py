# -*- coding: utf-8 -*-
"""Blind corpus — coworking: シェアオフィス・レンタルオフィス「ヒノデワークス」を運営する
日の出産業株式会社 (法人会員・個人会員、登記サービス、郵便物転送、カードキーと入退室ログ、
月額請求とカード決済、犯収法の本人確認、イベント参加者、清掃・警備の委託先、会員からの苦情).

Every person, number, company (other than the brief's fixed partners) and address below is
invented.  my_number() / card_number() seeds start at 5601 (5601, 5602, … in order of use).
Rows are drawn from random.Random(5601) so the file builds the same every time.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date

from build import card_number, my_number

R = random.Random(5601)
_SEED = [5601]


def next_seed() -> int:
    s = _SEED[0]
    _SEED[0] += 1
    return s


def mynum() -> str:
    return my_number(next_seed())


def card() -> str:
    return card_number(next_seed())


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of a 12-digit base (fictional bases)."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        q = 1 if n % 2 == 1 else 2
        total += p * q
    return str(9 - total % 9) + base12


FW = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def fw(s: str) -> str:
    return s.translate(FW)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - width(s), 0)


def fwpad(s: str, w: int) -> str:
    """pad with full-width spaces (w in full-width cells)."""
    return s + "　" * max(w - (width(s) + 1) // 2, 0)


def table(rows: list[list[str]], rule: str = "-", gap: int = 2) -> str:
    ws = [max(width(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append((" " * gap).join(pad(str(c), ws[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and rule:
            out.append(rule * (sum(ws) + gap * (len(ws) - 1)))
    return "\n".join(out)


SEI = [("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
       ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
       ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
       ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
       ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
       ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
       ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
       ("小川", "オガワ", "Ogawa"), ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"),
       ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
       ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
       ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
       ("藤原", "フジワラ", "Fujiwara"), ("松田", "マツダ", "Matsuda"), ("中野", "ナカノ", "Nakano"),
       ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"),
       ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"), ("石田", "イシダ", "Ishida"),
       ("上田", "ウエダ", "Ueda"), ("柴田", "シバタ", "Shibata"), ("酒井", "サカイ", "Sakai"),
       ("工藤", "クドウ", "Kudo"), ("横山", "ヨコヤマ", "Yokoyama"), ("宮崎", "ミヤザキ", "Miyazaki"),
       ("内田", "ウチダ", "Uchida"), ("安藤", "アンドウ", "Ando"), ("谷口", "タニグチ", "Taniguchi"),
       ("丸山", "マルヤマ", "Maruyama"), ("今井", "イマイ", "Imai"), ("河野", "コウノ", "Kono"),
       ("武田", "タケダ", "Takeda"), ("杉山", "スギヤマ", "Sugiyama"), ("千葉", "チバ", "Chiba"),
       ("久保", "クボ", "Kubo"), ("野口", "ノグチ", "Noguchi"), ("菊地", "キクチ", "Kikuchi"),
       ("新井", "アライ", "Arai"), ("菅原", "スガワラ", "Sugawara"), ("市川", "イチカワ", "Ichikawa"),
       ("勅使河原", "テシガワラ", "Teshigawara"), ("小鳥遊", "タカナシ", "Takanashi"),
       ("四月一日", "ワタヌキ", "Watanuki"), ("東海林", "ショウジ", "Shoji"),
       ("御手洗", "ミタライ", "Mitarai"), ("百目鬼", "ドウメキ", "Domeki"),
       ("五十嵐", "イガラシ", "Igarashi"), ("釘宮", "クギミヤ", "Kugimiya"),
       ("鬼頭", "キトウ", "Kito"), ("薬師寺", "ヤクシジ", "Yakushiji"), ("甘粕", "アマカス", "Amakasu"),
       ("比嘉", "ヒガ", "Higa"), ("仲宗根", "ナカソネ", "Nakasone"), ("宍戸", "シシド", "Shishido"),
       ("左近充", "サコンジュウ", "Sakonju"), ("一番ヶ瀬", "イチバンガセ", "Ichibangase"),
       ("纐纈", "コウケツ", "Koketsu"), ("栗花落", "ツユリ", "Tsuyuri")]
MEI = [("健太", "ケンタ", "Kenta"), ("翔", "ショウ", "Sho"), ("大輔", "ダイスケ", "Daisuke"),
       ("美咲", "ミサキ", "Misaki"), ("陽菜", "ヒナ", "Hina"), ("拓海", "タクミ", "Takumi"),
       ("彩香", "アヤカ", "Ayaka"), ("直樹", "ナオキ", "Naoki"), ("恵美", "エミ", "Emi"),
       ("隆", "タカシ", "Takashi"), ("由紀子", "ユキコ", "Yukiko"), ("誠", "マコト", "Makoto"),
       ("真由", "マユ", "Mayu"), ("俊介", "シュンスケ", "Shunsuke"), ("千尋", "チヒロ", "Chihiro"),
       ("悠斗", "ユウト", "Yuto"), ("里奈", "リナ", "Rina"), ("浩二", "コウジ", "Koji"),
       ("沙耶", "サヤ", "Saya"), ("亮介", "リョウスケ", "Ryosuke"), ("麻衣", "マイ", "Mai"),
       ("剛", "ツヨシ", "Tsuyoshi"), ("智子", "トモコ", "Tomoko"), ("颯太", "ソウタ", "Sota"),
       ("結衣", "ユイ", "Yui"), ("和也", "カズヤ", "Kazuya"), ("奈々", "ナナ", "Nana"),
       ("啓介", "ケイスケ", "Keisuke"), ("葵", "アオイ", "Aoi"), ("光太郎", "コウタロウ", "Kotaro"),
       ("理沙", "リサ", "Risa"), ("修", "オサム", "Osamu"), ("優子", "ユウコ", "Yuko"),
       ("航", "ワタル", "Wataru"), ("春香", "ハルカ", "Haruka"), ("雄一", "ユウイチ", "Yuichi")]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "gmail.com"]
PLACES = [("東京都", "世田谷区", "桜新町"), ("東京都", "杉並区", "阿佐谷南"), ("東京都", "品川区", "戸越"),
          ("東京都", "目黒区", "中町"), ("東京都", "練馬区", "石神井町"), ("東京都", "江東区", "大島"),
          ("東京都", "渋谷区", "幡ヶ谷"), ("東京都", "中野区", "野方"), ("東京都", "大田区", "久が原"),
          ("神奈川県", "川崎市中原区", "木月"), ("神奈川県", "横浜市港北区", "日吉本町"),
          ("埼玉県", "さいたま市浦和区", "常盤"), ("千葉県", "市川市", "八幡"),
          ("東京都", "武蔵野市", "吉祥寺東町"), ("東京都", "調布市", "国領町"),
          ("神奈川県", "藤沢市", "鵠沼海岸"), ("埼玉県", "川口市", "芝新町"), ("東京都", "板橋区", "常盤台")]
BUILDINGS = ["", "", "", "コーポ若葉", "ハイツ緑ヶ丘", "メゾン青柳", "サンライズ桜", "グランドール",
             "パークサイド南", "ライオンズ"]

_used: set[tuple[str, str]] = set()


def person(domain: str | None = None) -> dict:
    while True:
        s = R.choice(SEI)
        m = R.choice(MEI)
        if (s[0], m[0]) not in _used:
            _used.add((s[0], m[0]))
            break
    pref, city, town = R.choice(PLACES)
    bld = R.choice(BUILDINGS)
    room = f" {bld}{R.randint(1, 9)}0{R.randint(1, 8)}" if bld else ""
    addr = f"{pref}{city}{town}{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)}{room}"
    zipc = f"{R.randint(100, 359)}-{R.randint(0, 9999):04d}"
    phone = f"0{R.choice('789')}0-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
    dob = date(R.randint(1958, 2001), R.randint(1, 12), R.randint(1, 28))
    dom = domain or R.choice(FREEMAIL)
    style = R.randrange(3)
    local = [f"{m[2].lower()}.{s[2].lower()}", f"{s[2].lower()}{R.randint(1, 999)}",
             f"{m[2][0].lower()}{s[2].lower()}"][style]
    return {"sei": s[0], "mei": m[0], "name": f"{s[0]} {m[0]}", "kana": f"{s[1]} {m[1]}",
            "roma": f"{m[2]} {s[2]}", "roma_up": f"{s[2].upper()} {m[2]}", "phone": phone,
            "email": f"{local}@{dom}", "addr": addr, "zip": zipc, "dob": dob,
            "pref": pref, "city": city}


def people(n: int, domain: str | None = None) -> list[dict]:
    return [person(domain) for _ in range(n)]


def wareki(d: date, style: int = 0) -> str:
    if d >= date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == 0:
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if style == 1:
        return f"{short}{y}.{d.month}.{d.day}"
    if style == 2:
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    return fw(f"{short}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ")


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


MESSAGES: list[dict] = []


def add(expect: str, entities: list[str], detectors: list[str], note: str, **kw) -> None:
    msg = {"id": f"coworking-{len(MESSAGES) + 1:03d}", "expect": expect,
           "entities": entities, "detectors": detectors, "note": note,
           "cc": [], "bcc": []}
    msg.update(kw)
    MESSAGES.append(msg)


# -- our people and their signatures ---------------------------------------------------------

OKAZAKI = "岡崎 真理子 <m.okazaki@hinode-sangyo.co.jp>"
ISHIGURO = "石黒 拓也 <t.ishiguro@hinode-sangyo.co.jp>"
TODO = "藤堂 彩 <a.todo@hinode-sangyo.co.jp>"
KUME = "久米 健二 <k.kume@hinode-sangyo.co.jp>"
NONOMURA = "野々村 沙織 <s.nonomura@hinode-sangyo.co.jp>"
MANABE = "真鍋 亮 <r.manabe@hinode-sangyo.co.jp>"
KIRITANI = "桐谷 恵 <m.kiritani@hinode-sangyo.co.jp>"
OKOCHI = "大河内 周平 <s.okochi@hinode-sangyo.co.jp>"
SAEKI = "Emily Saeki <e.saeki@hinode-sangyo.co.jp>"
SUPPORT = "ヒノデワークス会員サポート <works-support@hinode-sangyo.co.jp>"

SIG_OKAZAKI = """
--
日の出産業株式会社 ワークプレイス事業部
ヒノデワークス渋谷 コミュニティマネージャー
岡崎 真理子（Okazaki Mariko）
〒150-0043 東京都渋谷区道玄坂1-22-9 日の出道玄坂ビル4F
TEL 03-5458-7710 / FAX 03-5458-7711
m.okazaki@hinode-sangyo.co.jp
"""
SIG_ISHIGURO = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
ワークプレイス事業部 施設運営課
石黒 拓也
TEL：03-5458-7720（代表）　内線 214
━━━━━━━━━━━━━━━━━━━━
"""
SIG_TODO = """
――――――――――――――――
ヒノデワークス 会員サポートデスク
藤堂 彩（とうどう あや）
受付時間 平日 9:00～18:00
TEL 0120-610-245
――――――――――――――――
"""
SIG_KUME = """
日の出産業株式会社　経理部
久米 健二
〒104-0031 東京都中央区京橋2-7-14 日の出京橋ビル
TEL 03-3561-2200（代表）
"""
SIG_NONOMURA = """
---------------------------------
日の出産業株式会社
ワークプレイス事業部 法人営業グループ
野々村 沙織
Mobile: 080-3321-5570
Office: 03-5458-7730
https://works.hinode-sangyo.co.jp/
---------------------------------
"""
SIG_MANABE = """
--
情報システム部 真鍋
内線 3321 / r.manabe@hinode-sangyo.co.jp
"""
SIG_KIRITANI = """
――
日の出産業株式会社 コンプライアンス室（犯収法・本人確認担当）
桐谷 恵
TEL 03-3561-2245
"""
SIG_OKOCHI = """
==============================
日の出産業株式会社
ワークプレイス事業部 コミュニティ・イベント担当
大河内 周平
TEL 03-5458-7740 / 090-8812-4460（イベント当日）
==============================
"""
SIG_SAEKI = """
Best regards,

Emily Saeki
Partnerships, Hinode Works (Hinode Sangyo Co., Ltd.)
4F Hinode Dogenzaka Bldg., 1-22-9 Dogenzaka, Shibuya-ku, Tokyo 150-0043, Japan
Tel: +81-3-5458-7750
"""
DISCLAIMER_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを削除してください。
"""
DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited.
"""

# external organisations used below (fictional)
TOTO = "toto-keibi.co.jp"          # 東都警備保障 (security vendor)
CLEAN = "clean-partners.co.jp"     # クリーンパートナーズ (cleaning vendor)
GATE = "securegate.jp"             # セキュアゲート (key card / entry system)
PAYFLOW = "payflow.co.jp"          # ペイフロー (card payment processor)
TRUST = "trustcheck.co.jp"         # トラストチェック (eKYC / 本人確認 vendor)
BLDG = "marunouchi-bm.co.jp"       # 丸之内ビルマネジメント (landlord's building manager)

# ===========================================================================================
# 001–025
# ===========================================================================================

# 001 entry log (CSV) to the security vendor after a theft
_p = people(24)
_rows = [["日時", "ゲート", "カードID", "会員番号", "氏名", "所属", "入/退"]]
for i, p in enumerate(_p * 2):
    _rows.append([f"2025/10/{14 + i // 16:02d} {8 + (i * 7) % 12:02d}:{(i * 13) % 60:02d}",
                  R.choice(["1F正面", "4F執務", "4F執務", "B1通用口"]),
                  f"HW-{40213 + _p.index(p):06d}", f"M{23001 + _p.index(p) * 7}",
                  p["name"], R.choice(["個人会員", "合同会社ルミナス", "株式会社ネクストフィールド",
                                       "個人会員", "アトリエ縁"]),
                  "入" if i < 24 else "退"])
add("stop", ["PERSON_NAME"], ["personal_data"],
    "入退室ログ48行（24人分の氏名・カードID・会員番号）を外部の警備会社へ",
    charset="iso-2022-jp", sender=ISHIGURO,
    to=["東都警備保障 渋谷営業所 佐々木様 <sasaki.k@toto-keibi.co.jp>"],
    subject="【ご依頼】4F執務エリア 盗難の件 入退室ログ送付",
    body="""東都警備保障株式会社
渋谷営業所 佐々木様

いつもお世話になっております。日の出産業の石黒です。

先日お電話でご相談した、ヒノデワークス渋谷4F執務エリアでのノートPC盗難の件です。
10/14～10/15の入退室ログをカードキーシステムから抽出しましたので、添付いたします。
防犯カメラ映像との突き合わせをお願いできますでしょうか。

対象時間帯は特に 10/14 19:00～10/15 8:00 です。
警察への被害届は会員様ご本人が本日提出予定です。

よろしくお願いいたします。
""" + SIG_ISHIGURO,
    attachments=[{"kind": "csv", "name": "entrylog_shibuya_20251014-15.csv", "rows": _rows}])

# 002 eKYC: one member's driving licence details to the verification vendor
_p = person()
_lic = f"30{R.randint(10, 24)}{R.randint(100000, 999999)}{R.randint(0, 9)}0"
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"], ["personal_data"],
    "犯収法の本人確認で会員1名の運転免許証番号・生年月日・住所を外部の確認業者へ",
    charset="cp932", sender=KIRITANI,
    to=["trustcheck サポート <support@trustcheck.co.jp>"],
    subject="照合依頼（手動）：eKYC読取エラー 申込番号 HW-K-2025-0871",
    body=f"""トラストチェック サポートご担当者様

お世話になっております。日の出産業 コンプライアンス室の桐谷です。

バーチャルオフィス（登記プラン）お申込みの方について、アプリでの免許証読取が
3回続けてエラーになったため、手動照合をお願いしたく存じます。

  申込番号　：HW-K-2025-0871
  氏名　　　：{_p['name']}（{_p['kana']}）
  生年月日　：{wareki(_p['dob'])}
  住所　　　：〒{_p['zip']} {_p['addr']}
  確認書類　：運転免許証
  免許証番号：第{_lic}号
  有効期限　：令和9年{_p['dob'].month}月{_p['dob'].day}日まで

券面画像はお客様から再提出いただく予定です。照合結果は本メールへのご返信でお願いします。
""" + SIG_KIRITANI)

# 003 My Number echoed back to an individual member on free mail
_p = person("gmail.com")
_mn = mynum()
add("stop", ["JP_MY_NUMBER", "PERSON_NAME"], ["personal_data", "freemail_recipient"],
    "不要なマイナンバーを会員本人(Gmail)宛にそのまま書き戻している: 個人番号は1件でも停止",
    charset="iso-2022-jp", sender=TODO,
    to=[f"{_p['name']} <{_p['email']}>"],
    subject="Re: 登記プラン お申込み書類について",
    body=f"""{_p['sei']} 様

ヒノデワークス会員サポートの藤堂です。書類のご提出ありがとうございました。

ご提出いただいたマイナンバーカードの裏面画像は、本人確認には使用いたしませんので
当社で削除いたしました。念のため、控えとして記載しておきます。

　氏名　　　：{_p['name']}
　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}

本人確認には表面の画像のみで足ります。次回以降は裏面の送付は不要です。
審査完了まで2～3営業日お待ちください。
""" + SIG_TODO)

# 004 full card numbers of three failed charges to the processor
_p = people(3)
_c = [card() for _ in _p]
_lines = "\n".join(f"{i + 1}. 会員番号 M{31002 + i * 17} {p['name']} 様　カード番号 {c}　有効期限 {R.randint(1, 12):02d}/{R.randint(26, 30)}　¥{R.choice(['33,000', '19,800', '55,000'])}"
                   for i, (p, c) in enumerate(zip(_p, _c)))
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "会員3名のカード番号を平文で決済代行会社へ: カード番号は1件でも停止",
    charset="utf-8", sender=KUME,
    to=["ペイフロー加盟店サポート <merchant-support@payflow.co.jp>"],
    subject="11月分月額利用料 オーソリエラー3件の確認",
    body=f"""ペイフロー株式会社
加盟店サポート ご担当者様

いつもお世話になっております。日の出産業 経理部の久米でございます。
（加盟店ID：HNS-0042187）

11/1の定期課金で下記3件がエラーとなりました。エラーコードが管理画面上で
「G12」としか表示されず、原因が分かりません。カード会社側の事情か、当社の
登録ミスか、ご確認いただけますでしょうか。

{_lines}

お手数ですがよろしくお願いいたします。
""" + SIG_KUME)

# 005 event attendees XLSX (title row, two sheets) to the printer for name badges
_p = people(18)
_co = ["合同会社ルミナス", "株式会社ネクストフィールド", "フリーランス", "アトリエ縁", "株式会社サンカク企画",
       "Kiyora Design", "フリーランス", "株式会社ミナモト技研"]
_s1 = [["ヒノデワークス 秋の交流会 2025/11/20 参加者一覧（名札用）"], [],
       ["No", "氏名", "ふりがな", "会社・屋号", "メール", "電話"]]
for i, p in enumerate(_p[:12]):
    _s1.append([i + 1, p["name"], p["kana"], R.choice(_co), p["email"], p["phone"]])
_s2 = [["ゲスト・登壇者"], ["No", "氏名", "ふりがな", "会社・屋号", "メール", "電話"]]
for i, p in enumerate(_p[12:]):
    _s2.append([i + 1, p["name"], p["kana"], R.choice(_co), p["email"], p["phone"]])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "交流会参加者18名のメール・電話入りXLSXを名札印刷のため印刷会社へ（名札に不要な連絡先まで）",
    charset="iso-2022-jp", sender=OKOCHI,
    to=["錦印刷 営業部 谷様 <tani@nishiki-insatsu.co.jp>"],
    subject="名札印刷のお願い（11/20 交流会）",
    body="""錦印刷株式会社 谷様

お世話になっております。日の出産業の大河内です。
11/20の交流会用の名札を、前回と同じ仕様（90×55、ストラップ付き）で30枚お願いします。

参加者リストを添付しました。名札には「氏名」「ふりがな」「会社・屋号」のみ印字で
お願いします。シート2はゲスト・登壇者で、色違い（オレンジ）でお願いできれば幸いです。

納品は11/18（火）午前中、渋谷拠点4F受付まで。
""" + SIG_OKOCHI,
    attachments=[{"kind": "xlsx", "name": "交流会_参加者一覧_1120.xlsx",
                  "sheets": {"参加者": _s1, "ゲスト": _s2}}])

# 006 maintenance notice with four member companies visible in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "法人会員4社の担当者を To に並べて一斉送信: 互いのアドレスが見える（Bcc にすべき）",
    charset="cp932", sender=MANABE,
    to=["総務ご担当 <soumu@luminous-llc.jp>", "info@nextfield.co.jp",
        "情報システム 川端様 <kawabata@minamoto-giken.co.jp>", "admin@sankaku-kikaku.com"],
    subject="【ヒノデワークス横浜】11/8(土) 館内ネットワーク停止のお知らせ",
    body="""法人会員ご担当者様

いつもヒノデワークス横浜をご利用いただきありがとうございます。
日の出産業 情報システム部の真鍋です。

下記の日程で、館内Wi-Fi・有線LANの機器更新作業を行います。
作業時間中はインターネットに接続できませんので、ご了承ください。

　日時：2025年11月8日（土）22:00～翌1:00
　対象：ヒノデワークス横浜 全フロア（個室・固定席・会議室）
　影響：Wi-Fi（HW-Member / HW-Guest）、有線LAN、複合機のスキャン送信

VPN等を常時接続されている場合は、作業後に再接続をお願いいたします。
ご不明点は会員サポート（0120-610-245）までお問い合わせください。
""" + SIG_MANABE)

# 007 look-alike of the partner bank
add("stop", [], ["lookalike_domain"],
    "みどり銀行(midori-ginko.co.jp)の宛先が midori-ginkou.co.jp（1文字追加の類似ドメイン）",
    charset="iso-2022-jp", sender=KUME,
    to=["みどり銀行 法人営業部 江口様 <eguchi.h@midori-ginkou.co.jp>"],
    subject="口座振替（会員月額利用料）の引落日変更について",
    body="""みどり銀行 法人営業部
江口様

いつもお世話になっております。日の出産業 経理部の久米です。

先日ご相談しておりました、ヒノデワークス会員様の月額利用料の口座振替について、
2026年1月分より引落日を毎月27日から毎月5日へ変更したく、手続きを進めたいと考えております。

必要となる書類（変更届・委託者コードの扱い等）をご教示いただけますでしょうか。
また、12月分と1月分が同月内に引き落とされることのないよう、移行月の扱いについても
ご相談させてください。

来週中にお打ち合わせのお時間をいただけますと幸いです。
""" + SIG_KUME)

# 008 【社外秘】 site-opening pricing plan to an outside broker
add("stop", [], ["confidential_marking"],
    "件名・本文に【社外秘】表示のある新拠点の価格戦略を外部の仲介会社へ",
    charset="utf-8", sender=NONOMURA,
    to=["東邦リアルティ 平松様 <hiramatsu@toho-realty.co.jp>"],
    subject="【社外秘】ヒノデワークス大宮（仮称）賃料・料金設定案",
    body="""東邦リアルティ株式会社
平松様

お世話になっております。日の出産業の野々村です。
先日の物件内覧ではありがとうございました。

社内で検討中の料金設定案をお送りします。オーナー様との条件交渉の参考にしてください。

━━━━━━━━━━━━━━━━
　社外秘　／　取扱い：日の出産業 ワークプレイス事業部
━━━━━━━━━━━━━━━━
■ 想定賃料：坪単価 14,800円（共益費込み）上限 16,000円
■ 会員料金案
　・ドロップイン　　　　　1,100円／2時間
　・フリーデスク　　　　 16,500円／月
　・固定席　　　　　　　 27,500円／月
　・個室（2名）　　　　　88,000円～／月
　・登記オプション　　　　5,500円／月
■ 損益分岐：稼働率 68%（開業14か月目想定）
■ 競合（駅徒歩5分圏）より 1割低い水準でスタートし、2年目に改定

オーナー様には坪単価15,500円を上限として提示いただけますと助かります。
""" + SIG_NONOMURA)

# 009 PPAP: password ZIP with the member roster to the cleaning vendor
add("stop", [], ["unscannable_attachment"],
    "パスワード付きZIP（会員名簿）を外部の清掃会社へ: 中身を検査できない",
    charset="iso-2022-jp", sender=ISHIGURO,
    to=["クリーンパートナーズ 現場管理 木崎様 <kizaki@clean-partners.co.jp>"],
    subject="個室利用会員一覧（清掃時の入室可否）",
    body="""クリーンパートナーズ株式会社
木崎様

お世話になっております。日の出産業の石黒です。

来月から個室の定期清掃を開始するにあたり、入室可否を確認いただけるよう
個室契約中の会員様一覧をお送りします。

添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りします。

よろしくお願いします。
""" + SIG_ISHIGURO,
    attachments=[{"kind": "zip", "name": "kosshitsu_members_202511.zip", "password": "Hw#2025Nov",
                  "files": [{"kind": "csv", "name": "個室会員一覧.csv",
                             "rows": [["部屋", "会社名", "代表者", "携帯"]] +
                                     [[f"4{i:02d}", f"会員{i}", p["name"], p["phone"]]
                                      for i, p in enumerate(people(9), 1)]}]}])

# 010 a member's psychiatric treatment told to the security vendor
_a, _b = person(), person()
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "会員の精神科通院・服薬（要配慮個人情報）を氏名付きで外部の警備会社へ",
    charset="cp932", sender=OKAZAKI,
    to=["東都警備保障 渋谷営業所 <shibuya@toto-keibi.co.jp>"],
    cc=["石黒 拓也 <t.ishiguro@hinode-sangyo.co.jp>"],
    subject="夜間巡回時のご対応について（4F 固定席エリア）",
    body=f"""東都警備保障 渋谷営業所 ご担当者様

いつもお世話になっております。ヒノデワークス渋谷の岡崎です。

4F固定席エリアで、会員同士のトラブルが続いております。夜間巡回の際に
ご留意いただきたく、状況を共有いたします。

・固定席 F-12 の {_a['name']} 様が、隣席の {_b['name']} 様の通話の声が大きいと
　たびたび抗議されています。
・{_a['sei']} 様ご本人から、現在うつ病で精神科に通院・服薬中で、夜になると不安が強くなると
　伺っております。大声を出されたことが2回ありました。

口論になっている場面に遭遇された場合は、まず声掛けと当社携帯（090-8812-4460）への
連絡をお願いいたします。
""" + SIG_OKAZAKI)

# 011 tour booking confirmation to a prospective individual (free mail)
_p = person("yahoo.co.jp")
add("pass", [], ["freemail_recipient"],
    "見学予約の確認を見込み客本人（Yahoo!メール）1名へ。個人データは本人宛の予約情報のみ",
    charset="iso-2022-jp", sender=SUPPORT,
    to=[_p["email"]],
    subject="【ヒノデワークス】見学予約を承りました（11月12日 14:00）",
    body=f"""{_p['name']} 様

このたびはヒノデワークスの見学をご予約いただき、誠にありがとうございます。
下記の内容で承りました。

　拠点　　：ヒノデワークス渋谷（日の出道玄坂ビル4F）
　日時　　：2025年11月12日（水）14:00～14:30
　ご案内　：コミュニティマネージャー 岡崎
　持ち物　：特にございません（当日のご契約をご希望の場合は本人確認書類をお持ちください）

1Fエレベーターホールのインターホンで「見学」とお伝えください。
ご都合が悪くなった場合は、本メールへの返信またはお電話でご連絡ください。

ヒノデワークス会員サポートデスク
TEL 0120-610-245（平日 9:00～18:00）
""")

# 012 invoice to a member company, with the T-number of 日の出産業
_t = "T" + corp_number("010401065432")
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "法人会員への請求書送付。請求書番号と当社の適格請求書発行事業者登録番号（法人番号）のみ",
    charset="utf-8", sender=KUME,
    to=["合同会社ルミナス 経理ご担当 <keiri@luminous-llc.jp>"],
    subject="ご請求書送付のご案内（請求書番号 HW-INV-2511-0318）",
    body=f"""合同会社ルミナス
経理ご担当者様

平素よりヒノデワークスをご利用いただき、誠にありがとうございます。
2025年12月分のご利用料金のご請求書をお送りいたします。

　請求書番号　：HW-INV-2511-0318
　ご請求金額　：¥96,800（税込）
　内訳　　　　：個室（2名）12月分 ¥80,000／登記オプション ¥8,000／消費税 ¥8,800
　お支払期限　：2025年11月30日
　お振込先　　：みどり銀行 京橋支店 普通 3108842 ニチノデサンギヨウ（カ
　登録番号　　：{_t}

PDFの請求書を添付しております。ご確認のほどよろしくお願いいたします。
""" + SIG_KUME,
    attachments=[{"kind": "pdf", "name": "HW-INV-2511-0318.pdf", "title": "請求書",
                  "lines": ["請求書", "合同会社ルミナス 御中", "請求書番号 HW-INV-2511-0318",
                            "発行日 2025年11月14日", f"登録番号 {_t}", "日の出産業株式会社",
                            "東京都中央区京橋2-7-14"],
                  "table": [["品目", "数量", "単価", "金額"],
                            ["個室利用料（2名室 412）", "1", "80,000", "80,000"],
                            ["登記オプション", "1", "8,000", "8,000"],
                            ["消費税（10%）", "", "", "8,800"],
                            ["合計", "", "", "96,800"]]}])

# 013 mail-forwarding addresses of seven members to the logistics partner (tab-separated)
_p = people(7)
_tsv = "会員番号\t氏名\t転送先住所\t電話\n" + "\n".join(
    f"V{50110 + i * 3}\t{p['name']}\t〒{p['zip']} {p['addr']}\t{p['phone']}" for i, p in enumerate(_p))
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "郵便物転送先（会員7名の氏名・自宅住所・電話）をタブ区切りで外部の運送会社へ",
    charset="iso-2022-jp", sender=TODO,
    to=["青葉運輸 法人窓口 <houjin@aoba-unyu.co.jp>"],
    subject="12月分 郵便物転送（週1回便）の送り先リスト",
    body=f"""青葉運輸株式会社 法人窓口 ご担当者様

いつもお世話になっております。ヒノデワークス会員サポートの藤堂です。

12月分の郵便物転送（毎週金曜集荷）の送り先を更新しました。
前月から3名増えています。下記をシステムにご登録ください（Excelから貼り付けています）。

{_tsv}

集荷は従来どおり金曜15時、渋谷拠点の裏口（B1通用口）でお願いします。
""" + SIG_TODO)

# 014 registered-address (登記) customers: DOCX with representatives' home addresses and DOB
_p = people(6)
_companies = ["合同会社カナエル", "株式会社ホシノ企画", "一般社団法人まちのね", "株式会社リーフノート",
              "合同会社TORIDORI", "株式会社ことのは舎"]
_tab = [["商号", "法人番号", "代表者", "代表者住所", "代表者生年月日", "登記日"]]
for i, (p, c) in enumerate(zip(_p, _companies)):
    _tab.append([c, corp_number(f"0110{R.randint(10000000, 99999999)}"), p["name"], p["addr"],
                 ymd(p["dob"]), f"2025/0{i + 3}/1{i}"])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "JP_CORPORATE_NUMBER"], ["personal_data"],
    "登記サービス利用6社の代表者の自宅住所・生年月日を DOCX 表で外部の司法書士事務所へ",
    charset="cp932", sender=KIRITANI,
    to=["司法書士法人みなと合同事務所 鵜飼先生 <ukai@minato-shihoshoshi.jp>"],
    subject="登記住所利用中の法人一覧（本店移転の確認のお願い）",
    body="""司法書士法人みなと合同事務所
鵜飼先生

いつもお世話になっております。日の出産業の桐谷です。

当社の渋谷拠点を本店所在地として登記している法人のうち、解約予定の6社について、
解約日までに本店移転登記が完了しているかを確認したく、一覧をお送りします。
登記事項証明書の取得と照合をお願いできますでしょうか。

添付：登記利用法人一覧_解約予定.docx
""" + SIG_KIRITANI,
    attachments=[{"kind": "docx", "name": "登記利用法人一覧_解約予定.docx",
                  "title": "登記利用法人一覧",
                  "paragraphs": ["登記住所利用法人一覧（解約予定分）", "作成：コンプライアンス室 2025年11月"],
                  "tables": [_tab]}])

# 015 refund list with bank accounts, one record per block, full-width digits
_p = people(5)
_banks = ["みどり銀行 新宿支店", "ゆうちょ銀行 〇一八店", "東和信用金庫 三軒茶屋支店", "みどり銀行 横浜西口支店",
          "さくら野銀行 吉祥寺支店"]
_blocks = []
for i, (p, b) in enumerate(zip(_p, _banks)):
    _blocks.append(f"""【{fw(str(i + 1))}】
　口座名義：{p['kana']}
　金融機関：{b}
　口座番号：普通　{fw(str(R.randint(1000000, 9999999)))}
　返金額　：{fw(R.choice(['16,500', '27,500', '5,500', '11,000']))}円""")
add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
    "解約会員5名の返金先口座（名義・口座番号）を1件1ブロックで外部の銀行担当者へ",
    charset="iso-2022-jp", sender=KUME,
    to=["みどり銀行 京橋支店 為替担当 <kawase.kyobashi@midori-ginko.co.jp>"],
    subject="総合振込（返金分）の件",
    body="""みどり銀行 京橋支店
為替ご担当者様

お世話になっております。日の出産業 経理部の久米でございます。

解約会員様への前払い利用料の返金分につき、法人IBでの総合振込データ作成が
エラーとなってしまいました。下記5件について、窓口での振込をお願いできますでしょうか。

""" + "\n\n".join(_blocks) + """

振込日は11月25日を希望いたします。手数料は当社負担です。
""" + SIG_KUME)

# 016 meeting with two partner organisations in To/Cc (normal three-way)
add("pass", [], ["multiple_external_domains"],
    "入館ゲート更新の打合せ: 外部2社（川崎電機・ツバサシステム）への通常の三者連絡",
    charset="utf-8", sender=MANABE,
    to=["川崎電機 システム営業部 矢島様 <yajima@kawasaki-denki.co.jp>"],
    cc=["ツバサシステム 開発部 林様 <hayashi.t@tsubasa-system.jp>",
        "石黒 拓也 <t.ishiguro@hinode-sangyo.co.jp>"],
    subject="入館ゲート更新 打合せ日程のご相談（11/19 or 11/21）",
    body="""川崎電機株式会社 矢島様
（cc：ツバサシステム 林様）

お世話になっております。日の出産業 情報システム部の真鍋です。

渋谷・横浜拠点の入館ゲート（フラッパー）更新に伴い、会員管理システムとの
連携仕様について三者で打合せをお願いしたく存じます。

候補日：
　① 11/19（水）10:00～11:30
　② 11/21（金）15:00～16:30
場所：日の出京橋ビル 3F 会議室B（オンライン併用）

議題（案）：
　1. 新ゲートのカードリーダー方式（FeliCa / QR 併用）
　2. 入退室ログのAPI連携（ツバサシステム様 会員管理側の改修範囲）
　3. 切替日の運用（旧カードの移行期間）

ご都合のよい日をお知らせください。
""" + SIG_MANABE)

# 017 NDA talk with the partner law firm (no marking, a draft under review)
add("pass", [], [],
    "秘密保持契約（NDA）の条項についての相談。NDA を話題にしているだけで表示・個人データなし",
    charset="iso-2022-jp", sender=NONOMURA,
    to=["白川法律事務所 弁護士 松浦先生 <matsuura@shirakawa-law.jp>"],
    subject="ご相談：入居企業との秘密保持契約（NDA）ひな形の改訂",
    body="""白川法律事務所
松浦先生

いつもお世話になっております。日の出産業の野々村です。

法人会員向けの「秘密保持契約書」ひな形について、以下2点ご相談させてください。

1. 個室契約の法人会員様から、当社スタッフが清掃・設備点検で入室する際に見聞きした
　情報も秘密情報に含めてほしいとの要望が増えております。第2条（秘密情報の定義）に
　追記する形でよいか、別途覚書とすべきか、ご意見を伺えますでしょうか。
2. 有効期間を「契約終了後3年」から「5年」へ延ばす要望への対応方針。

現行ひな形（2023年改訂版）は先生のお手元にあるものから変更しておりません。
来週、30分ほどお電話でご相談できれば幸いです。
""" + SIG_NONOMURA)

# 018 ordinary booking mail to a member company, standard disclaimer at the end
add("pass", [], [],
    "会議室予約の確認。末尾の定型免責文（機密情報が含まれる場合…）は表示に当たらない",
    charset="cp932", sender=SUPPORT,
    to=["株式会社ネクストフィールド 小西様 <konishi@nextfield.co.jp>"],
    subject="会議室予約確定のお知らせ（予約番号 R-2511-2207）",
    body="""株式会社ネクストフィールド
小西様

いつもヒノデワークスをご利用いただき、ありがとうございます。
下記のとおり会議室のご予約が確定しました。

　予約番号：R-2511-2207
　拠点　　：ヒノデワークス横浜 5F
　会議室　：Room "MINATO"（12名）
　日時　　：2025年11月27日（木）13:00～17:00
　オプション：プロジェクター、ホワイトボード追加1台
　料金　　：¥17,600（税込）※月額請求に合算

キャンセルは前日18時まで無料です。

ヒノデワークス会員サポートデスク
TEL 0120-610-245
""" + DISCLAIMER_JA)

# 019 reply whose only list is in the quoted part
_p = people(6)
_quoted = "\n".join(f"> {p['name']}　{p['phone']}" for p in _p)
add("pass", [], [],
    "警備会社からの依頼への返信。夜間利用者一覧は引用部（>）のみで新しい本文に個人データなし",
    charset="iso-2022-jp", sender=ISHIGURO,
    to=["東都警備保障 佐々木様 <sasaki.k@toto-keibi.co.jp>"],
    subject="Re: 夜間利用者の件",
    body=f"""佐々木様

石黒です。ご確認ありがとうございます。
一覧の6名で相違ございません。12月以降は当社から毎月初に更新版をお送りする運用とし、
警備ご担当の方で控えをお持ちいただかなくて結構です。

引き続きよろしくお願いいたします。

2025年11月10日(月) 17:42 佐々木 <sasaki.k@toto-keibi.co.jp>:
> 日の出産業 石黒様
>
> お世話になっております。東都警備の佐々木です。
> 先週いただいた夜間（22時以降）入館登録者の一覧、以下で間違いないでしょうか。
>
{_quoted}
>
> 以上6名です。ご確認のほどお願いいたします。
""" + SIG_ISHIGURO)

# 020 one member's contact to the locksmith
_p = person()
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "個室の鍵交換の立会いのため会員1名の氏名・携帯を鍵業者へ（1名なので警告どまり）",
    charset="utf-8", sender=ISHIGURO,
    to=["キーサービス渋谷 <order@keyservice-shibuya.jp>"],
    subject="シリンダー交換のご依頼（日の出道玄坂ビル 4F 個室407）",
    body=f"""キーサービス渋谷 御中

いつもお世話になっております。日の出産業の石黒です。

鍵の紛失があったため、4F 個室407のシリンダー交換をお願いいたします。

　日時：11月15日（土）10:00～（30分程度）
　場所：東京都渋谷区道玄坂1-22-9 日の出道玄坂ビル 4F 個室407
　立会い：契約者の {_p['name']} 様（携帯 {_p['phone']}）
　　　　　※当社スタッフは不在のため、到着時にご本人へ直接ご連絡ください
　新しい鍵：3本

お見積りは前回と同じ内容で問題ありません。
""" + SIG_ISHIGURO)

# 021 three attendees with phone numbers to the caterer (partner)
_p = people(3)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "ケータリング受取担当3名の氏名・電話を北国フーズへ（5名未満・業務上必要）",
    charset="iso-2022-jp", sender=OKOCHI,
    to=["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    subject="11/20 交流会ケータリング 当日の受取担当について",
    body=f"""北国フーズ株式会社
ケータリング事業部 ご担当者様

お世話になっております。日の出産業の大河内です。
11/20（木）交流会のケータリング（40名様分・ご注文番号 KF-77120）について、
当日の受取担当をお知らせします。私が別件で遅れる可能性があるため、以下の3名で対応します。

・{_p[0]['name']}（当日スタッフ）　{_p[0]['phone']}
・{_p[1]['name']}（当日スタッフ）　{_p[1]['phone']}
・{_p[2]['name']}（会員ボランティア）　{_p[2]['phone']}

搬入は17:30、渋谷拠点 B1 通用口からお願いします。
""" + SIG_OKOCHI)

# 022 mail-arrival notice with a tracking number to one member (free mail)
_p = person("icloud.com")
add("pass", [], ["freemail_recipient"],
    "郵便物到着のお知らせを会員本人（iCloud）へ。追跡番号のみで第三者の個人データなし",
    charset="utf-8", sender=SUPPORT,
    to=[f"{_p['name']} <{_p['email']}>"],
    subject="【郵便物到着】書留1通をお預かりしています",
    body=f"""{_p['sei']} 様（会員番号 V50{R.randint(100, 999)}）

ヒノデワークスです。下記の郵便物をお預かりしております。

　到着日　　：11月13日（木）
　種別　　　：簡易書留
　差出人　　：東京法務局
　お問い合わせ番号：1234-5678-9012（日本郵便）
　保管場所　：渋谷拠点 受付

受付時間（平日 9:00～20:00）にお受け取りください。転送をご希望の場合は
会員ページの「郵便物」から転送依頼をお願いいたします（転送手数料 330円）。

※このメールは送信専用アドレスから配信しています。
""")

# 023 English: residence card of a foreign member to a visa consultant
_p = person()
_rc = f"{R.choice(['AB', 'EF', 'UH', 'SL'])}{R.randint(10000000, 99999999)}{R.choice(['FA', 'CD', 'KJ'])}"
add("stop", ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"], ["personal_data"],
    "外国籍会員の在留カード番号・生年月日を外部のビザ相談会社へ（英文）",
    charset="utf-8", sender=SAEKI,
    to=["Daniel Novak <d.novak@bridgevisa.com>"],
    subject="Member's residence card - address registration letter",
    body=f"""Hi Daniel,

Thanks for the call earlier. As discussed, here are the details of our member who needs a
letter confirming that Hinode Works Shibuya is her business address (for her Business
Manager visa renewal):

  Name:              Lucia FERREIRA ALVES
  Date of birth:     {_p['dob'].strftime('%d %b %Y')}
  Nationality:       Brazil
  Residence card no: {_rc}
  Status:            Business Manager (expires 2026-02-28)
  Member since:      April 2023, private office 409

Could you draft the letter on your side so that we only need to sign and stamp it?
She would like to file by the end of the month.
""" + SIG_SAEKI)

# 024 English mail to a foreign coworking partner, no personal data
add("pass", [], [],
    "海外提携コワーキングとの相互利用プログラムの連絡（英文・個人データなし）",
    charset="utf-8", sender=SAEKI,
    to=["Priya Raman <priya@hubspace.sg>"],
    subject="Reciprocal access programme - 2026 terms",
    body="""Dear Priya,

Thank you for sending over the draft terms for the 2026 reciprocal access programme.

A few points from our side:
1. We are happy to keep the allowance at 5 day passes per member per quarter.
2. Meeting rooms: we would prefer a 20% discount rather than free hours, as our Shibuya
   rooms are fully booked on weekdays.
3. Billing: let's settle quarterly in JPY, invoices by the 10th of the following month.

Our legal team will review the liability clause this week. I will send you a marked-up
version by Friday, 21 November.
""" + SIG_SAEKI + DISCLAIMER_EN)

# 025 complaint about the air conditioning, reply to the member company
add("pass", [], [],
    "空調の苦情への回答（法人会員1社）。苦情対応だが個人に関する要配慮情報なし",
    charset="cp932", sender=OKAZAKI,
    to=["アトリエ縁 代表 <info@atelier-enishi.jp>"],
    subject="Re: 個室405の空調について",
    body="""アトリエ縁 ご担当者様

ヒノデワークス渋谷の岡崎です。
このたびは個室405の空調の件でご不便をおかけし、申し訳ございません。

ビル管理会社に確認したところ、405・406系統の室外機の冷媒不足が原因と分かりました。
11月18日（火）9:00～11:00に修理作業を行います。作業中はお部屋に入らせていただきますので、
机上の書類等はお手数ですが片付けておいていただけますと幸いです。

修理完了までの間、5F の空き個室（502）を無料でお使いいただけます。
鍵は受付でお渡しします。

> 先週から冷房が効かず、午後は室温が30度を超えています。
> 早急に対応をお願いします。
""" + SIG_OKAZAKI)

# ===========================================================================================
# 026–050
# ===========================================================================================

# 026 English: passport details of a referred member back to the overseas partner
_pp = f"{R.choice(['TR', 'TK', 'MZ'])}{R.randint(1000000, 9999999)}"
add("stop", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], ["personal_data"],
    "紹介会員の旅券番号・生年月日を海外提携先へ英文で返信: 旅券番号は1件でも停止",
    charset="utf-8", sender=SAEKI,
    to=["Marcus Tan <marcus.tan@hubspace.sg>"],
    subject="Re: Referral - virtual office for Mr. Kenji Arakawa",
    body=f"""Hi Marcus,

Thank you for referring Mr. Arakawa to us. Our identity check under the Japanese AML
act is now complete, and his virtual office (registered address) plan starts on 1 Dec.

For your records, these are the details we verified:

  Full name        : ARAKAWA Kenji
  Date of birth    : 14 Mar 1979
  Passport no.     : {_pp} (Japan, expires 09/2031)
  Address on file  : 21 Cantonment Road #12-04, Singapore 089761
  Plan             : Virtual Office Basic + mail forwarding (monthly)

The referral fee (10% of the first 6 months) will be paid with the quarterly settlement.
""" + SIG_SAEKI)

# 027 health-insurance card used as ID, details to the verification vendor
_p = person()
add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "健康保険証の記号・番号を本人確認の照合用に外部業者へ（生年月日・住所付き）",
    charset="iso-2022-jp", sender=KIRITANI,
    to=["トラストチェック 照合センター <verify@trustcheck.co.jp>"],
    subject="補完書類付き本人確認の照合依頼（申込 HW-K-2025-0903）",
    body=f"""トラストチェック 照合センター ご担当者様

日の出産業 桐谷です。下記の方は顔写真付き書類をお持ちでないため、健康保険証＋補完書類
（公共料金の領収証）での確認となります。転送不要郵便の送付前に、記載内容の照合をお願いします。

■申込者
　氏名：{_p['name']}
　フリガナ：{_p['kana']}
　生年月日：{wareki(_p['dob'], 1)}
　住所：{_p['addr']}
■健康保険証
　保険者番号：06{R.randint(130000, 139999)}
　記号：{R.randint(1000, 9999)}　番号：{R.randint(10, 999)}
■補完書類
　東京電力エナジーパートナー 電気料金領収証（2025年10月分）

よろしくお願いいたします。
""" + SIG_KIRITANI)

# 028 basic pension numbers of two part-time receptionists to the labour consultant
_p = people(2)
add("stop", ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"], ["personal_data"],
    "受付アルバイト2名の基礎年金番号・生年月日を外部の社労士事務所へ: 1件でも停止",
    charset="cp932", sender=OKAZAKI,
    to=["ひかり社会保険労務士事務所 <office@hikari-sr.jp>"],
    subject="社会保険 資格取得の手続き（受付スタッフ2名）",
    body=f"""ひかり社会保険労務士事務所
ご担当者様

いつもお世話になっております。日の出産業 ヒノデワークス渋谷の岡崎です。
12月から週30時間勤務に切り替わる受付スタッフ2名について、社会保険の資格取得手続きを
お願いいたします。

1) {_p[0]['name']}（{_p[0]['kana']}）
　 生年月日 {ymd(_p[0]['dob'], '.')}
　 基礎年金番号 {R.randint(1000, 9999)}-{R.randint(100000, 999999)}
2) {_p[1]['name']}（{_p[1]['kana']}）
　 生年月日 {ymd(_p[1]['dob'], '.')}
　 基礎年金番号 {R.randint(1000, 9999)}-{R.randint(100000, 999999)}

雇用契約書の写しは人事部から別途お送りします。
""" + SIG_OKAZAKI)

# 029 a member's disability, to the building manager
_p = person()
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "会員の身体障害（車いす・障害者手帳）を氏名付きで外部のビル管理会社へ",
    charset="utf-8", sender=ISHIGURO,
    to=["丸之内ビルマネジメント 設備課 <setsubi@marunouchi-bm.co.jp>"],
    subject="多目的トイレ・通用口スロープの件（日の出道玄坂ビル）",
    body=f"""丸之内ビルマネジメント株式会社
設備課 ご担当者様

お世話になっております。テナントの日の出産業 石黒です。

当社4Fの会員 {_p['name']} 様（個室408）は身体障害者手帳1級をお持ちで、車いすを
ご利用です。脊髄損傷の後遺症のため、B1通用口のスロープと1F多目的トイレを毎日使われます。

先週、多目的トイレの自動ドアが開かなくなり、同様が2回あったとのことです。
点検と、不具合時の連絡体制（防災センター直通番号の掲示など）をご検討いただけますでしょうか。
""" + SIG_ISHIGURO)

# 030 internal: speaker fee paperwork with My Numbers, all recipients internal
_p = people(2)
add("pass", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], [],
    "講師謝金の支払調書用マイナンバーを社内経理へ（宛先はすべて社内なので通す）",
    charset="iso-2022-jp", sender=OKOCHI,
    to=["久米 健二 <k.kume@hinode-sangyo.co.jp>"],
    cc=["経理部 <keiri@hinode-sangyo.co.jp>"],
    subject="10月セミナー講師謝金 支払調書用の情報",
    body=f"""久米さん

お疲れさまです。大河内です。
10/24 セミナーの講師2名分、支払調書作成に必要な情報です。
（本人確認は番号確認書類・身元確認書類ともに提示を受けています）

{_p[0]['name']}　{_p[0]['addr']}
　個人番号 {mynum()}　謝金 55,000円（源泉 5,615円）
{_p[1]['name']}　{_p[1]['addr']}
　個人番号 {mynum()}　謝金 33,000円（源泉 3,369円）

書類原本は金庫に保管しています。
""" + SIG_OKOCHI)

# 031 stalking victim, to the security vendor
_p = person()
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "会員がストーカー被害者であること（犯罪被害）を氏名付きで外部の警備会社へ",
    charset="iso-2022-jp", sender=OKAZAKI,
    to=["東都警備保障 渋谷営業所 佐々木様 <sasaki.k@toto-keibi.co.jp>"],
    subject="【至急】不審者対応のお願い",
    body=f"""佐々木様

お世話になっております。ヒノデワークス渋谷の岡崎です。急ぎのご相談です。

会員の {_p['name']} 様（フリーデスク利用・{_p['dob'].year}年生まれ）が、元交際相手から
つきまとい被害を受けており、10月に渋谷警察署へ被害届を提出、現在ストーカー規制法に基づく
警告が出ている状況とのことです。

昨日19時ごろ、その男性とみられる人物が1Fエントランスで {_p['sei']} 様を待っていたようです。
・30代男性、身長180cm前後、黒いキャップ
当面、平日18時～21時の1F巡回を増やしていただけますでしょうか。
""" + SIG_OKAZAKI)

# 032 arrest of a member company's representative, to the partner law firm
_p = person()
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "法人会員代表者の逮捕（犯罪の経歴）を氏名付きで外部の法律事務所へ",
    charset="cp932", sender=NONOMURA,
    to=["白川法律事務所 松浦先生 <matsuura@shirakawa-law.jp>"],
    cc=["桐谷 恵 <m.kiritani@hinode-sangyo.co.jp>"],
    subject="ご相談：会員企業代表者の逮捕報道と契約解除について",
    body=f"""松浦先生

お世話になっております。日の出産業の野々村です。

当社横浜拠点で登記・個室契約をしている株式会社ブライトリンク（法人会員）の代表取締役
{_p['name']} 氏（{_p['dob'].year}年生）が、11月11日に特殊詐欺の受け子を手配した容疑で
神奈川県警に逮捕されたと報道されました。

当社住所が同社の本店所在地として登記されており、報道で当社ビル名が出ています。
会員規約第18条（反社会的勢力・犯罪行為）による即時解除が可能か、ご見解を伺えますでしょうか。
""" + SIG_NONOMURA)

# 033 plan price list PDF to a prospective company
add("pass", [], [],
    "法人見込み客への料金表PDF送付。料金表と拠点案内のみ",
    charset="iso-2022-jp", sender=NONOMURA,
    to=["株式会社グリーンアーチ 総務部 吉岡様 <yoshioka@greenarch.co.jp>"],
    subject="ヒノデワークス 料金表・サービス資料の送付",
    body="""株式会社グリーンアーチ
総務部 吉岡様

本日はお電話ありがとうございました。日の出産業の野々村です。
お話のあった10名規模のプロジェクトルームについて、料金表と資料をお送りします。

・横浜拠点 5F 10名室は2026年1月から空きが出る予定です
・6か月以上のご契約で初期費用（保証金1か月分）を半額にできます

見学のご希望日をお知らせいただければ調整いたします。
""" + SIG_NONOMURA,
    attachments=[{"kind": "pdf", "name": "HinodeWorks_料金表_2025.pdf", "title": "料金表",
                  "lines": ["ヒノデワークス 料金表（2025年10月改定）", "全拠点共通・税込"],
                  "table": [["プラン", "渋谷", "横浜", "京橋"],
                            ["ドロップイン(2h)", "1,100", "880", "1,100"],
                            ["フリーデスク", "19,800", "16,500", "19,800"],
                            ["固定席", "33,000", "27,500", "33,000"],
                            ["個室4名", "176,000", "143,000", "165,000"],
                            ["個室10名", "-", "330,000", "385,000"],
                            ["登記オプション", "5,500", "5,500", "5,500"],
                            ["郵便転送", "1,100", "1,100", "1,100"]]}])

# 034 a member's religion, to the building manager
_p = person()
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "会員の信仰（イスラム教の礼拝）を氏名付きで外部のビル管理会社へ",
    charset="utf-8", sender=OKAZAKI,
    to=["丸之内ビルマネジメント 運営課 <unei@marunouchi-bm.co.jp>"],
    subject="共用部（B1倉庫前スペース）の利用について",
    body=f"""丸之内ビルマネジメント 運営課 ご担当者様

ヒノデワークス渋谷の岡崎です。
当社会員のアフマド・ラフマン様（Ahmad Rahman、固定席 F-03）はムスリムで、
1日数回の礼拝のため静かなスペースを必要とされています。
当社区画内には適当な場所がなく、B1倉庫前の空きスペースを12:00～13:00と15:00～16:00に
使わせていただけないかご相談です。

同じく会員の {_p['name']} 様（仏教系の宗教法人にお勤め）からも、瞑想に使える時間帯が
あればとのご要望をいただいています。
ご検討のほどよろしくお願いいたします。
""" + SIG_OKAZAKI)

# 035 FW: a member's registration mail with My Number, forwarded to the scrivener
_p = person("gmail.com")
_fwd = {"charset": "iso-2022-jp", "sender": f"{_p['name']} <{_p['email']}>",
        "to": ["works-support@hinode-sangyo.co.jp"],
        "subject": "登記プラン申込み（個人事業の開業届について）",
        "body": f"""ヒノデワークス ご担当者様

お世話になります。登記プランを申し込んだ{_p['name']}です。
開業届に書く住所の件でご相談です。申込書の内容を念のため書いておきます。

氏名：{_p['name']}
生年月日：{wareki(_p['dob'])}
現住所：〒{_p['zip']} {_p['addr']}
個人番号：{mynum()}
屋号：{_p['sei']}デザイン室

よろしくお願いします。
"""}
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"], ["personal_data"],
    "会員のマイナンバー入りメールを添付（eml）で外部の司法書士へ転送: 転送は新しい本文として数える",
    charset="cp932", sender=KIRITANI,
    to=["司法書士法人みなと合同事務所 鵜飼先生 <ukai@minato-shihoshoshi.jp>"],
    subject="FW: 登記プラン申込み（個人事業の開業届について）",
    body="""鵜飼先生

桐谷です。会員様から下記の問い合わせがありました（元メールを添付します）。
個人事業主の方が当社住所を納税地として開業届に書くことに問題がないか、
ご回答の文案をいただけますでしょうか。
""" + SIG_KIRITANI,
    attachments=[{"kind": "eml", "name": "登記プラン申込み.eml", "message": _fwd}])

# 036 HTML-only table: eight failed payments to the collection agency
_p = people(8)
_tr = "".join(f"<tr><td>M{32010 + i * 9}</td><td>{p['name']}</td><td>{p['email']}</td>"
              f"<td>{p['phone']}</td><td>{R.choice(['19,800', '33,000', '16,500'])}</td>"
              f"<td>{R.choice(['9月', '9月・10月', '10月'])}</td></tr>"
              for i, p in enumerate(_p))
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "カード決済失敗の未収会員8名（氏名・メール・電話）を HTML 表で外部の債権回収会社へ",
    charset="utf-8", sender=KUME,
    to=["ミライ債権回収 受付 <uketsuke@mirai-servicer.co.jp>"],
    subject="未収金 回収委託の件（2025年11月分）",
    html=f"""<html><body style="font-family:sans-serif">
<p>ミライ債権回収株式会社<br>受付ご担当者様</p>
<p>いつもお世話になっております。日の出産業 経理部の久米です。<br>
カード決済失敗のまま督促に応答のない会員様8名について、回収業務を委託いたします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#ddd"><th>会員番号</th><th>氏名</th><th>メール</th><th>電話</th><th>月額(円)</th><th>未収月</th></tr>
{_tr}
</table>
<p>契約書の写しは別途郵送いたします。</p>
<p>日の出産業株式会社 経理部<br>久米 健二<br>TEL 03-3561-2200</p>
</body></html>""")

# 037 list of our sites (businesses, not people) to the system partner
add("pass", [], [],
    "拠点一覧（所在地・代表電話）を会員管理システムのベンダーへ: 事業所の一覧で個人データではない",
    charset="iso-2022-jp", sender=MANABE,
    to=["ツバサシステム 林様 <hayashi.t@tsubasa-system.jp>"],
    subject="拠点マスタ更新のお願い（京橋拠点追加）",
    body="""ツバサシステム株式会社 林様

お世話になっております。真鍋です。
12/1 開業の京橋拠点を会員管理システムの拠点マスタに追加してください。
現在の全拠点は以下のとおりです。

拠点コード  拠点名              所在地                                   代表電話
----------  ------------------  ---------------------------------------  ------------
SBY         ヒノデワークス渋谷  東京都渋谷区道玄坂1-22-9 4F               03-5458-7710
YKH         ヒノデワークス横浜  神奈川県横浜市西区北幸2-8-19 5F           045-412-6630
OMY         ヒノデワークス大宮  埼玉県さいたま市大宮区桜木町1-10-3 7F    048-641-2280
KYB         ヒノデワークス京橋  東京都中央区京橋2-7-14 2F                 03-3561-2290

営業時間はすべて 平日 8:00～22:00、土日祝 10:00～18:00（会員は24時間）です。
""" + SIG_MANABE)

# 038 cleaning schedule to the cleaning vendor
add("pass", [], [],
    "清掃スケジュールの変更連絡（エリアと時間のみ）",
    charset="cp932", sender=ISHIGURO,
    to=["クリーンパートナーズ 木崎様 <kizaki@clean-partners.co.jp>"],
    subject="年末年始の清掃スケジュール",
    body="""木崎様

石黒です。年末年始の清掃スケジュールを以下のとおり変更させてください。

・12/27（土）　通常清掃＋共用キッチン 大掃除（冷蔵庫内の廃棄含む）
・12/28（日）～1/3（土）　清掃なし（施設休館）
・1/4（日）　　休館明けの全館清掃（ゴミ回収・床・トイレ）8:00～12:00
・1/5（月）～　通常スケジュール

ワックスがけは1月下旬の土曜で別途ご相談させてください。
見積書（No. CP-251102）の件は、このまま発注で進めます。
""" + SIG_ISHIGURO)

# 039 PDF table of twelve workshop attendees to the partner hotel
_p = people(12)
_t = [["No.", "氏名", "会社名", "連絡先", "宿泊"]]
for i, p in enumerate(_p):
    _t.append([str(i + 1), p["name"], R.choice(["合同会社ルミナス", "個人", "株式会社ネクストフィールド",
                                               "Kiyora Design", "個人"]), p["phone"],
               R.choice(["11/28", "11/28-29", "なし"])])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "合宿ワークショップ参加者12名の氏名・携帯をPDF表でさくらホテルへ",
    charset="iso-2022-jp", sender=OKOCHI,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="11/28-29 ワークショップ合宿 参加者名簿",
    body="""さくらホテル 宴会予約ご担当者様

お世話になっております。日の出産業の大河内です。
11/28-29 の会員向けワークショップ合宿（ご予約番号 SH-40981）の参加者名簿をお送りします。
宿泊者の部屋割りは前回お送りした形で問題ありません。

当日の緊急連絡用として連絡先も入れております。
""" + SIG_OKOCHI,
    attachments=[{"kind": "pdf", "name": "workshop_participants_1128.pdf",
                  "title": "参加者名簿", "lines": ["ヒノデワークス 会員ワークショップ合宿 参加者名簿",
                                                  "2025年11月28日～29日"], "table": _t}])

# 040 PPTX member showcase with six members' contacts to a prospective sponsor
_p = people(6)
_slides = [["ヒノデワークス 会員企業のご紹介", "スポンサー協賛のご提案", "2025年11月 日の出産業株式会社"]]
for p in _p:
    _slides.append([f"{p['name']}（{R.choice(['UIデザイナー', '税理士', 'エンジニア', '翻訳者', '映像ディレクター'])}）",
                    R.choice(["創業3年目、SaaSのUI改善", "スタートアップ向け会計支援", "IoT機器の組込み開発",
                              "英日・日英の技術翻訳", "企業VPの企画・制作"]),
                    f"連絡先：{p['email']}", f"TEL：{p['phone']}"])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "会員6名の氏名・メール・電話入りの紹介スライド（PPTX）を外部の協賛候補へ",
    charset="utf-8", sender=NONOMURA,
    to=["川崎電機 広報部 宮下様 <miyashita@kawasaki-denki.co.jp>"],
    subject="協賛のご提案資料（会員紹介つき）",
    body="""川崎電機株式会社 広報部
宮下様

先日はお時間をいただきありがとうございました。
ご依頼のあった協賛提案の資料に、ご関心の高かった会員様のプロフィールを加えてお送りします。
直接ご連絡いただいて構わないと各会員様から伺っております。
""" + SIG_NONOMURA,
    attachments=[{"kind": "pptx", "name": "協賛提案_会員紹介.pptx", "slides": _slides}])

# 041 internal: entry log XLSX to the internal security desk (subdomain)
_p = people(15)
_rows = [["入退室ログ（渋谷・B1通用口）2025/11/08"], ["時刻", "カードID", "氏名", "携帯", "種別"]]
for i, p in enumerate(_p):
    _rows.append([f"{22 + i // 8}:{(i * 7) % 60:02d}", f"HW-0{41000 + i}", p["name"], p["phone"], "夜間"])
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "夜間の入退室ログ（15名・携帯付き）を社内（サブドメイン含む）のみへ: 社内宛なので通す",
    charset="iso-2022-jp", sender=ISHIGURO,
    to=["セキュリティ窓口 <security@mail.hinode-sangyo.co.jp>"],
    cc=["真鍋 亮 <r.manabe@hinode-sangyo.co.jp>"],
    subject="11/8 夜間 通用口アラームの件（ログ添付）",
    body="""セキュリティ窓口 各位

石黒です。11/8（土）夜に B1通用口のドア開放アラームが3回鳴った件、
該当時間帯の入退室ログを添付します。社内での確認用です（外部には出さないでください）。

アラームは 22:14 / 22:51 / 23:37 です。
""" + SIG_ISHIGURO,
    attachments=[{"kind": "xlsx", "name": "entrylog_B1_20251108.xlsx", "sheets": {"B1通用口": _rows}}])

# 042 legacy XLS key-card issuance list to the key-card vendor
_p = people(10)
_rows = [["発行日", "カード番号", "会員番号", "氏名", "カナ", "携帯電話", "拠点"]]
for i, p in enumerate(_p):
    _rows.append([f"2025/11/{3 + i}", f"04{R.randint(10000000, 99999999)}", f"M{33100 + i}",
                  p["name"], p["kana"], p["phone"], R.choice(["SBY", "YKH"])])
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "カードキー発行10名分（氏名・カナ・携帯）を旧形式XLSでカードシステム業者へ",
    charset="cp932", sender=MANABE,
    to=["セキュアゲート サポート <support@securegate.jp>"],
    subject="カード一括登録エラーの件（発行分リスト添付）",
    body="""セキュアゲート株式会社
サポートご担当者様

日の出産業 真鍋です。管理画面から11月発行分のカードを一括登録しようとしたところ、
「E-2041 形式不正」で止まってしまいます。
エクスポートしたファイルをそのまま添付しますので、どの行が原因か見ていただけますか。
""" + SIG_MANABE,
    attachments=[{"kind": "xls", "name": "card_issue_202511.xls", "sheets": {"発行": _rows}}])

# 043 plain ZIP with a UTF-8 CSV of the member master, to the system partner
_p = people(9)
_rows = [["member_id", "name", "name_kana", "email", "tel", "zip", "address", "birthday", "plan"]]
for i, p in enumerate(_p):
    _rows.append([f"M{34000 + i * 11}", p["name"], p["kana"], p["email"], p["phone"], p["zip"],
                  p["addr"], ymd(p["dob"], "-"), R.choice(["FREE", "FIXED", "VO", "PRIVATE"])])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"],
    ["personal_data"],
    "会員マスタ9名分（連絡先・住所・生年月日）のCSVを暗号化なしZIPでシステム会社へ",
    charset="utf-8", sender=MANABE,
    to=["ツバサシステム 林様 <hayashi.t@tsubasa-system.jp>"],
    subject="移行テストデータ（本番抽出）",
    body="""林様

真鍋です。新会員管理システムへの移行テスト用に、本番データから9件抜き出しました。
文字化けの確認（旧字・長音記号）に使ってください。
""" + SIG_MANABE,
    attachments=[{"kind": "zip", "name": "migration_sample.zip",
                  "files": [{"kind": "csv", "name": "members_sample.csv", "encoding": "utf-8",
                             "rows": _rows}]}])

# 044 registered-address plan explained to a prospective company
add("pass", [], [],
    "登記プランの説明（当社の住所・手続きの案内のみ）",
    charset="iso-2022-jp", sender=NONOMURA,
    to=["合同会社ソライロ 代表 <contact@sorairo-llc.jp>"],
    subject="Re: バーチャルオフィス（登記可）のご質問",
    body="""合同会社ソライロ
ご担当者様

お問い合わせありがとうございます。日の出産業の野々村です。
ご質問の件、以下のとおりご回答いたします。

Q1. 本店所在地として登記できますか。
　→ はい。「東京都渋谷区道玄坂一丁目22番9号 日の出道玄坂ビル4階」で登記いただけます。
Q2. 法人口座の開設に使えますか。
　→ 金融機関の審査によります。当社から利用契約書の写しを発行できます。
Q3. 申込みに必要な書類は。
　→ 犯罪収益移転防止法に基づき、登記事項証明書と、代表者様の本人確認書類が必要です。
　　（番号の記載がある面は不要です）

お申込みはWebフォームから受け付けております。
""" + SIG_NONOMURA)

# 045 reply in a thread: the new text carries a list of six with mobiles
_p = people(6)
_list = "\n".join(f"{p['name']}（{p['kana']}）　携帯 {p['phone']}" for p in _p)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "返信の新しい本文に24時間利用会員6名の氏名・携帯を記載して外部の警備会社へ（引用部は別）",
    charset="iso-2022-jp", sender=ISHIGURO,
    to=["東都警備保障 横浜営業所 <yokohama@toto-keibi.co.jp>"],
    subject="Re: 24時間利用者の事前登録について",
    body=f"""東都警備保障 横浜営業所 ご担当者様

石黒です。ご連絡ありがとうございます。
横浜拠点で深夜（0時～6時）の利用登録をしている会員様は以下の6名です。

{_list}

機械警備の解除時に照合いただければと思います。

-----Original Message-----
From: 東都警備保障 横浜営業所 <yokohama@toto-keibi.co.jp>
Sent: Monday, November 10, 2025 11:05 AM
To: 石黒 拓也 <t.ishiguro@hinode-sangyo.co.jp>
Subject: 24時間利用者の事前登録について

日の出産業 石黒様

深夜帯に機械警備を解除される方がいらっしゃる場合、事前に登録をお願いしております。
対象者のお名前と連絡先をお知らせいただけますでしょうか。
""" + SIG_ISHIGURO)

# 046 key-card reissue fee notice to one member on a carrier address
_p = person("docomo.ne.jp")
add("pass", [], ["freemail_recipient"],
    "カードキー再発行手数料の案内を会員本人（携帯キャリアメール）1名へ",
    charset="cp932", sender=SUPPORT,
    to=[_p["email"]],
    subject="カードキー再発行のご案内",
    body=f"""{_p['name']}様

ヒノデワークス会員サポートです。
カードキー紛失のご連絡ありがとうございました。旧カードは本日停止しました。

再発行手数料：2,200円（税込）
　※翌月の月額利用料と合わせてご登録のカードに請求します
お受け取り：明日10時以降、渋谷拠点受付にて（本人確認のため会員証アプリをご提示ください）

見つかった場合もお手数ですが受付へご返却ください。
""")

# 047 「・」bullets with full-width digits: five emergency contacts to the security vendor
_p = people(5)
_b = "\n".join(f"・{p['name']}様（{R.choice(['個室403', '個室410', '固定席F-08', '個室415', '固定席F-21'])}）　"
               f"緊急連絡先 {fw(p['phone'])}" for p in _p)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "個室・固定席会員5名の緊急連絡先（全角数字の携帯）を外部の警備会社へ",
    charset="iso-2022-jp", sender=OKAZAKI,
    to=["東都警備保障 佐々木様 <sasaki.k@toto-keibi.co.jp>"],
    subject="漏水時の緊急連絡先（4F）",
    body=f"""佐々木様

ヒノデワークス渋谷の岡崎です。
先日の上階からの漏水の件を受けて、夜間に個室内で異常があった場合の連絡先をお送りします。
当社の緊急連絡先に繋がらない場合は、直接下記の会員様へご連絡ください。

{_b}

（各会員様からは了承を得ています）
""" + SIG_OKAZAKI)

# 048 announcement to member companies, properly in Bcc
add("pass", [], [],
    "法人会員への一斉案内を Bcc で送信（To は自分）: 宛先が互いに見えない",
    charset="utf-8", sender=SUPPORT,
    to=["works-support@hinode-sangyo.co.jp"],
    bcc=["soumu@luminous-llc.jp", "info@nextfield.co.jp", "kawabata@minamoto-giken.co.jp",
         "admin@sankaku-kikaku.com", "info@atelier-enishi.jp", "keiri@kotonoha-sha.co.jp"],
    subject="【ヒノデワークス】2026年1月 料金改定のお知らせ",
    body="""法人会員ご担当者様

平素よりヒノデワークスをご利用いただき、誠にありがとうございます。

光熱費・賃料の上昇に伴い、2026年1月ご利用分より一部プランの料金を改定いたします。
　・固定席　　27,500円 → 29,700円（横浜拠点のみ）
　・会議室　　1時間あたり 220円の値上げ（全拠点）
個室・登記オプション・郵便転送の料金に変更はございません。

詳細は会員ページの「お知らせ」をご確認ください。
今後ともヒノデワークスをよろしくお願いいたします。

日の出産業株式会社 ワークプレイス事業部
""")

# 049 space-padded table with 和暦 birth dates: AML checks to the outside auditor
_p = people(6)
_rows = [["氏名", "生年月日", "住所", "確認書類", "確認日"]]
for i, p in enumerate(_p):
    _rows.append([p["name"], wareki(p["dob"], i % 4), p["addr"],
                  R.choice(["運転免許証", "マイナンバーカード(表)", "運転免許証", "住民票＋健保"]),
                  f"R7.{R.randint(4, 10)}.{R.randint(1, 28)}"])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
    "犯収法の確認記録6名（氏名・和暦生年月日・住所）を空白揃えの表で外部の監査法人へ",
    charset="cp932", sender=KIRITANI,
    to=["あさひ監査法人 石塚様 <ishizuka@asahi-audit.or.jp>"],
    subject="取引時確認記録のサンプル（内部管理体制の確認）",
    body=f"""あさひ監査法人
石塚様

日の出産業 コンプライアンス室の桐谷です。
犯収法対応状況の確認で、抽出のご指定があった6件の取引時確認記録を転記します。

{table(_rows)}

確認記録の原本（画像）は社内システムで閲覧いただく形で準備しています。
""" + SIG_KIRITANI)

# 050 EITHER: five event speakers with company and title only, to the printer
_p = people(5)
_sp = "\n".join(f"　{p['name']}　{c}　{t}" for p, c, t in zip(
    _p, ["株式会社ネクストフィールド", "合同会社ルミナス", "Kiyora Design", "株式会社ミナモト技研", "アトリエ縁"],
    ["代表取締役", "CTO", "デザイナー", "開発部長", "主宰"]))
add("either", ["PERSON_NAME"], ["personal_data"],
    "公開イベント登壇者5名の氏名・所属・役職のみ（連絡先なし）を印刷会社へ: 公開予定情報で判断が分かれる",
    charset="iso-2022-jp", sender=OKOCHI,
    to=["錦印刷 谷様 <tani@nishiki-insatsu.co.jp>"],
    subject="登壇者パネル 版下の文字データ",
    body=f"""谷様

大河内です。12/5 のピッチイベントで掲示する登壇者パネル（A1×1枚）の文字データです。

{_sp}

ロゴデータは明日お送りします。イベントの告知ページにも同じ内容を掲載予定です。
""" + SIG_OKOCHI)

# ===========================================================================================
# 051–075
# ===========================================================================================

# 051 event follow-up with three private persons visible in To
_p = [person("gmail.com"), person("yahoo.co.jp"), person("icloud.com")]
add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "イベント参加者（個人3名・別々のフリーメール）を To に並べて送信: 互いのアドレスが見える",
    charset="iso-2022-jp", sender=OKOCHI,
    to=[f"{p['name']} <{p['email']}>" for p in _p],
    subject="先日の「フリーランスの確定申告入門」ご参加ありがとうございました",
    body="""皆さま

先日は「フリーランスの確定申告入門」にご参加いただき、ありがとうございました。
日の出産業の大河内です。

当日のスライドはこちらからダウンロードいただけます（12月末まで）。
　https://works.hinode-sangyo.co.jp/events/2025-tax/slides

アンケートへのご協力もお願いいたします。ご回答いただいた方には、ドロップイン無料券
（1回分）をお送りします。
""" + SIG_OKOCHI)

# 052 look-alike of the system partner (letter dropped), with a member list
_p = people(7)
_rows = "\n".join(f"{p['name']},{p['email']},{R.choice(['FREE', 'FIXED', 'PRIVATE'])}" for p in _p)
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data", "lookalike_domain"],
    "宛先が tsubasa-sytem.jp（tsubasa-system.jp の1文字欠落）、しかも会員7名の氏名・メール入り",
    charset="utf-8", sender=MANABE,
    to=["林 智也 <hayashi.t@tsubasa-sytem.jp>"],
    subject="メール配信エラーの会員（7件）",
    body=f"""林様

真鍋です。会員向けお知らせメールの配信で、下記7件がバウンスしています。
会員管理システム側でアドレスの形式チェックに引っかかっていないか確認をお願いできますか。

name,email,plan
{_rows}
""" + SIG_MANABE)

# 053 XLSX whose page header is 社外秘: churn analysis to an outside consultant
add("stop", [], ["confidential_marking"],
    "ヘッダーに「社外秘」の入った解約分析XLSXを外部コンサルへ（個人データなし）",
    charset="cp932", sender=NONOMURA,
    to=["ノースブリッジ・コンサルティング 三好様 <miyoshi@northbridge-consulting.jp>"],
    subject="解約率分析データのご送付",
    body="""三好様

お世話になっております。日の出産業の野々村です。
来週のワークショップに向けて、拠点別・プラン別の解約データをお送りします。
会員個人が分かる項目は除いてあります。
""" + SIG_NONOMURA,
    attachments=[{"kind": "xlsx", "name": "解約分析_2025上期.xlsx", "page_header": "社外秘",
                  "title": "解約分析 2025上期",
                  "sheets": {"拠点別": [["解約分析（2025年4月～9月）"], ["拠点", "期首会員数", "解約数", "解約率"],
                                        ["渋谷", 412, 38, "9.2%"], ["横浜", 286, 41, "14.3%"],
                                        ["大宮", 144, 9, "6.3%"]],
                             "理由別": [["理由", "件数"], ["料金", 31], ["移転・事業縮小", 24],
                                       ["騒音・環境", 14], ["自社オフィス開設", 11], ["その他", 8]]}}])

# 054 internal: password ZIP between colleagues
add("pass", [], [],
    "パスワード付きZIPだが宛先は社内のみ: 社内宛はそのまま通す",
    charset="iso-2022-jp", sender=KUME,
    to=["野々村 沙織 <s.nonomura@hinode-sangyo.co.jp>"],
    subject="法人会員 与信資料",
    body="""野々村さん

経理の久米です。ご依頼の与信資料（3社分）をパスワード付きで送ります。
パスワードはTeamsで送りました。

久米
""",
    attachments=[{"kind": "zip", "name": "yoshin_3sha.zip", "password": "kyobashi-2207",
                  "files": [{"kind": "txt", "name": "memo.txt", "text": "与信メモ（3社）"}]}])

# 055 DOCX with a 取扱注意 header: security incident report to the landlord
add("stop", [], ["confidential_marking"],
    "ヘッダーに「取扱注意」の入ったインシデント報告書DOCXを外部のビル管理会社へ",
    charset="utf-8", sender=ISHIGURO,
    to=["丸之内ビルマネジメント 運営課 <unei@marunouchi-bm.co.jp>"],
    subject="4F 盗難事案のご報告",
    body="""丸之内ビルマネジメント 運営課 ご担当者様

日の出産業 石黒です。先日ご連絡した当社区画（4F）での盗難事案について、
経緯と再発防止策をまとめた報告書をお送りします。共用部の防犯カメラ増設のご検討材料として
ご利用ください。
""" + SIG_ISHIGURO,
    attachments=[{"kind": "docx", "name": "インシデント報告書_4F盗難.docx", "page_header": "取扱注意",
                  "title": "インシデント報告書",
                  "paragraphs": ["インシデント報告書（4F 執務エリア 盗難）", "1. 発生日時：2025年10月14日 夜間～翌朝",
                                 "2. 被害：ノートPC 1台", "3. 原因：執務エリア入口のドアクローザー不良により扉が閉まり切らず、"
                                 "カード認証なしで入室可能な状態だった",
                                 "4. 対策：ドアクローザー交換（10/20済）、扉開放アラームの閾値を60秒→20秒に変更",
                                 "5. ビル側へのお願い：4Fエレベーターホールへのカメラ増設"]}])

# 056 password-protected PDF contract to a member company
add("stop", [], ["unscannable_attachment"],
    "パスワード保護PDF（契約書）を外部へ: 中身を検査できない",
    charset="iso-2022-jp", sender=NONOMURA,
    to=["株式会社グリーンアーチ 総務部 吉岡様 <yoshioka@greenarch.co.jp>"],
    subject="プロジェクトルーム利用契約書（ご確認用）",
    body="""吉岡様

お世話になっております。日の出産業の野々村です。
プロジェクトルーム利用契約書（案）をお送りします。PDFにはパスワードを設定しています。
パスワードは別途お電話でお伝えします。
""" + SIG_NONOMURA,
    attachments=[{"kind": "pdf", "name": "利用契約書_グリーンアーチ様.pdf", "password": "GA2026",
                  "lines": ["プロジェクトルーム利用契約書", "株式会社グリーンアーチ（以下「甲」）と日の出産業株式会社（以下「乙」）は…"]}])

# 057 mention of 社外秘 in running text (not a marking) to a member
add("pass", [], [],
    "会員規約の説明で「社外秘の書類」に言及しているだけ: 文書への表示ではない",
    charset="cp932", sender=OKAZAKI,
    to=["株式会社ミナモト技研 川端様 <kawabata@minamoto-giken.co.jp>"],
    subject="Re: 複合機の残置書類について",
    body="""川端様

ヒノデワークス渋谷の岡崎です。ご指摘ありがとうございます。

共用の複合機に印刷物が残ったままになる件、おっしゃるとおり、会員様の社外秘の書類や
機密性の高い資料が他の方の目に触れるおそれがあります。
今月中に、印刷時に会員カードをかざさないと出力されない「プル印刷」へ切り替えます。

それまでの間、1時間以上残っている印刷物は受付で回収・保管し、翌日シュレッダー処理します。
""" + SIG_OKAZAKI)

# 058 corrupt XLSX billing statement to a member company
add("stop", [], ["unscannable_attachment"],
    "壊れたXLSX（利用明細）を外部へ添付: 読めない添付は検査できない",
    charset="utf-8", sender=KUME,
    to=["株式会社サンカク企画 経理部 <keiri@sankaku-kikaku.com>"],
    subject="会議室利用明細（10月分）",
    body="""株式会社サンカク企画
経理部 ご担当者様

いつもお世話になっております。日の出産業 経理部の久米です。
10月分の会議室利用明細をお送りします。月額請求書（HW-INV-2510-0211）の内訳としてご利用ください。
""" + SIG_KUME,
    attachments=[{"kind": "corrupt", "name": "会議室利用明細_202510.xlsx"}])

# 059 internal: complaint mentioning a member's illness, to the manager only
_p = person()
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "会員の病状に触れる苦情報告だが宛先は社内の上長のみ",
    charset="iso-2022-jp", sender=OKAZAKI,
    to=["石黒 拓也 <t.ishiguro@hinode-sangyo.co.jp>"],
    subject="【報告】固定席エリアでの咳の件（苦情）",
    body=f"""石黒さん

岡崎です。固定席エリアの苦情の件、報告です。

周囲の会員様3名から、{_p['name']} 様（F-15）の咳がひどく、マスクもされていないとの
苦情が入りました。ご本人に伺ったところ、喘息の持病があり、先月から症状が悪化して通院中とのことです。
感染症ではないとのことでしたが、空気清浄機をF-15付近に1台移設しました。

苦情を入れた会員様には、個人の事情は伏せて「対策を実施した」とだけ回答予定です。
""" + SIG_OKAZAKI)

# 060 password ZIP to an individual member on Gmail
_p = person("gmail.com")
add("stop", [], ["unscannable_attachment", "freemail_recipient"],
    "パスワード付きZIPを個人会員（Gmail）へ: 添付を検査できない",
    charset="iso-2022-jp", sender=TODO,
    to=[f"{_p['name']} <{_p['email']}>"],
    subject="利用証明書の送付",
    body=f"""{_p['sei']}様

ヒノデワークス会員サポートの藤堂です。
ご依頼いただいた「施設利用証明書」をお送りします。
セキュリティのため、ZIPファイルにパスワードを設定しております。パスワードは次のメールでお送りします。
""" + SIG_TODO,
    attachments=[{"kind": "zip", "name": "riyou_shoumei.zip", "password": "hw7731",
                  "files": [{"kind": "pdf", "name": "利用証明書.pdf", "lines": ["施設利用証明書"]}]}])

# 061 two external organisations (event co-host and venue): normal three-way mail
add("pass", [], ["multiple_external_domains"],
    "共催団体と会場（さくらホテル）との三者の打合せ連絡: 外部2社は通常の業務",
    charset="utf-8", sender=OKOCHI,
    to=["横浜スタートアップ協議会 事務局 <jimukyoku@yokohama-startup.or.jp>"],
    cc=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="1/23 新年交流会 会場レイアウトのご相談",
    body="""横浜スタートアップ協議会 事務局 ご担当者様
（cc：さくらホテル 宴会予約ご担当者様）

お世話になっております。日の出産業の大河内です。
1/23（金）新年交流会（共催）の会場レイアウトについてご相談です。

・想定人数：80名（立食）
・ピッチ用ステージ：幅4m、マイク2本（有線1・無線1）
・受付：2卓（協議会様・当社 各1卓）
・展示ブース：会員企業6社分（長机1台ずつ）

ホテル様から頂いたレイアウト案（B案）をベースに、展示ブースの位置を入口側に
寄せられないか検討いただけますでしょうか。
""" + SIG_OKOCHI)

# 062 internal: 社外秘 document to colleagues (one on the mail. subdomain)
add("pass", [], [],
    "【社外秘】の事業計画だが宛先はすべて社内（mail. サブドメイン含む）",
    charset="cp932", sender=NONOMURA,
    to=["ワークプレイス事業部 <workplace@hinode-sangyo.co.jp>"],
    cc=["経営企画 <keiki@mail.hinode-sangyo.co.jp>"],
    subject="【社外秘】2026年度 拠点展開計画（ドラフト）",
    body="""事業部の皆さん

野々村です。2026年度の拠点展開計画のドラフトです。社外秘ですので転送しないでください。
来週の部会で議論します。
""" + SIG_NONOMURA,
    attachments=[{"kind": "docx", "name": "2026拠点展開計画_draft.docx", "page_header": "社外秘",
                  "paragraphs": ["2026年度 拠点展開計画（ドラフト）", "1. 大宮拠点の増床（+120坪）",
                                 "2. 京橋拠点の黒字化（稼働率75%目標）", "3. 名古屋への新規出店検討"]}])

# 063 INTERNAL ONLY deck (footer) to the overseas partner
add("stop", [], ["confidential_marking"],
    "フッターに 'INTERNAL ONLY' と表示した社内資料PPTXを海外提携先へ",
    charset="utf-8", sender=SAEKI,
    to=["Priya Raman <priya@hubspace.sg>"],
    subject="Our 2026 expansion overview",
    body="""Hi Priya,

As promised on our call, here is the overview of our 2026 expansion plans, which may help
you decide on the joint membership pricing.
""" + SIG_SAEKI,
    attachments=[{"kind": "pptx", "name": "HinodeWorks_2026_overview.pptx", "page_footer": "INTERNAL ONLY",
                  "slides": [["Hinode Works 2026", "Expansion overview"],
                             ["Sites", "Shibuya / Yokohama / Omiya / Kyobashi", "Nagoya: under review (Q3)"],
                             ["Targets", "Occupancy 80%", "Corporate members +35%"]]}])

# 064 card number echoed back to a member on free mail
_p = person("outlook.jp")
_c = card()
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data", "freemail_recipient"],
    "電話で聞いたカード番号を全桁そのまま会員（outlook.jp）宛に記載: カード番号は1件でも停止",
    charset="iso-2022-jp", sender=TODO,
    to=[f"{_p['name']} 様 <{_p['email']}>"],
    subject="お支払いカード変更 手続き完了のお知らせ",
    body=f"""{_p['name']} 様

ヒノデワークス会員サポートの藤堂です。
本日お電話でお伺いしたとおり、お支払いカードの変更手続きが完了しました。

　ご契約者：{_p['name']} 様
　新しいカード：{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}
　有効期限：{R.randint(1, 12):02d}/{R.randint(27, 31)}
　適用開始：12月分のご請求から

今後ともよろしくお願いいたします。
""" + SIG_TODO)

# 065 office-supply order with order numbers and product codes
add("pass", [], [],
    "備品の発注（注文番号・品番）: 個人データなし",
    charset="iso-2022-jp", sender=ISHIGURO,
    to=["オフィスサプライ東京 受注センター <order@officesupply-tokyo.co.jp>"],
    subject="ご注文（注文番号 OST-2025-118842）内容変更のお願い",
    body="""オフィスサプライ東京 受注センター御中

日の出産業の石黒です。下記注文の内容変更をお願いいたします。

注文番号：OST-2025-118842（11/12発注）

  品番        品名                          数量（変更前→変更後）
  ----------  ----------------------------  ----------------------
  CH-4410-BK  オフィスチェア メッシュ 黒    12 → 16
  DK-1200-WH  フリーデスク W1200 白          6 → 6
  LK-0302     個人ロッカー 3段               2 → 4
  AP-220X     空気清浄機 22畳用              1 → 2

納品先：東京都渋谷区道玄坂1-22-9 日の出道玄坂ビル4F（ヒノデワークス渋谷）
納品希望日：11/28（金）午前
""" + SIG_ISHIGURO)

# 066 FW: the cleaning vendor's staff list (eml) forwarded to the building manager
_p = people(6)
_st = "\n".join(f"{i + 1}. {p['name']}　生年月日 {ymd(p['dob'])}　住所 {p['addr']}　携帯 {p['phone']}"
                for i, p in enumerate(_p))
_inner = {"charset": "cp932", "sender": "クリーンパートナーズ 木崎 <kizaki@clean-partners.co.jp>",
          "to": ["t.ishiguro@hinode-sangyo.co.jp"],
          "subject": "12月からの清掃スタッフ名簿",
          "body": f"""日の出産業 石黒様

クリーンパートナーズの木崎です。12月から渋谷拠点を担当するスタッフの名簿です。
入館証の発行をお願いいたします。

{_st}

以上6名です。
"""}
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "清掃会社から受けたスタッフ6名の名簿メール（eml）をビル管理会社へ転送: 転送は新たな開示",
    charset="utf-8", sender=ISHIGURO,
    to=["丸之内ビルマネジメント 防災センター <bousai@marunouchi-bm.co.jp>"],
    subject="FW: 12月からの清掃スタッフ名簿",
    body="""防災センター ご担当者様

日の出産業 石黒です。12月から当社区画の清掃スタッフが交代します。
ビル入館証の発行に必要とのことでしたので、清掃会社からのメールをそのまま転送します。
""" + SIG_ISHIGURO,
    attachments=[{"kind": "eml", "name": "FW_清掃スタッフ名簿.eml", "message": _inner}])

# 067 card-payment failure notice to one member, card masked
_p = person("gmail.com")
add("pass", [], ["freemail_recipient"],
    "カード決済失敗の通知を会員本人（Gmail）へ。カード番号は下4桁のみでマスク済み",
    charset="utf-8", sender=SUPPORT,
    to=[_p["email"]],
    subject="【重要】11月分 月額利用料のお支払いが確認できませんでした",
    body=f"""{_p['name']} 様

いつもヒノデワークスをご利用いただきありがとうございます。

11月1日にご登録のクレジットカード（末尾 **** {R.randint(1000, 9999)}）で月額利用料
19,800円の決済を行いましたが、カード会社より承認が得られませんでした。

お手数ですが、11月20日までに会員ページの「お支払い方法」からカード情報を更新してください。
期日までに確認できない場合、カードキーが一時停止となります。

ヒノデワークス会員サポート
""")

# 068 one-record-per-block: five new members' profiles to an outside PR agency
_p = people(5)
_blk = "\n\n".join(f"""■ {p['name']}（{p['kana']}）
　職種：{R.choice(['Webエンジニア', 'イラストレーター', '行政書士', 'カメラマン', 'キャリアコンサルタント'])}
　メール：{p['email']}
　電話：{p['phone']}
　ひとこと：{R.choice(['よろしくお願いします！', 'ランチ仲間募集中です', '案件のご相談お気軽に', '朝型です'])}"""
                   for p in _p)
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "新規会員5名のプロフィール（メール・電話付き、1件1ブロック）を外部の編集プロダクションへ",
    charset="iso-2022-jp", sender=OKAZAKI,
    to=["編集室ほとり 浅見様 <asami@hotori-edit.jp>"],
    subject="会員報12月号 新メンバー紹介の原稿素材",
    body=f"""浅見様

ヒノデワークス渋谷の岡崎です。会員報12月号の「新メンバー紹介」欄の素材です。
いただいたアンケートをそのまま貼っています。誌面では連絡先は載せず、お名前と職種、
ひとことだけでお願いします。

{_blk}
""" + SIG_OKAZAKI)

# 069 a member collapsed: diagnosis to the insurer
_p = person()
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"], ["personal_data"],
    "館内で倒れた会員の診断名（脳梗塞）を氏名・生年月日付きで外部の保険会社へ",
    charset="cp932", sender=ISHIGURO,
    to=["東京あおい損害保険 事故受付 <jiko@tokyo-aoi-sonpo.co.jp>"],
    subject="施設賠償責任保険 事故報告（証券番号 TA-8812044）",
    body=f"""東京あおい損害保険 事故受付 ご担当者様

日の出産業株式会社 施設運営課の石黒です。施設賠償責任保険（証券番号 TA-8812044）に関して、
念のため事故報告をいたします。

■発生日時：2025年11月6日（木）16:20頃
■場所：ヒノデワークス渋谷 4F ラウンジ
■被災者：会員 {_p['name']} 様（{wareki(_p['dob'])}生）
■状況：ラウンジで意識を失って倒れ、救急搬送。搬送先の病院で脳梗塞と診断され、
　現在入院中とご家族から伺っています。転倒時に机の角で頭部を打撲しています。
■当社の対応：スタッフがAED準備・119番通報。床・家具に不具合はありません。

当社施設の瑕疵による事故ではないと考えておりますが、ご家族から問い合わせがあった場合の
対応についてご助言いただけますでしょうか。
""" + SIG_ISHIGURO)

# 070 EITHER: late payer "was in hospital", to the collection agency
_p = person()
add("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "未収会員1名が「入院していた」旨を回収会社へ: 病名なしの入院事実で要配慮か判断が分かれる",
    charset="iso-2022-jp", sender=KUME,
    to=["ミライ債権回収 受付 <uketsuke@mirai-servicer.co.jp>"],
    subject="Re: 回収委託案件 M32046 について",
    body=f"""ミライ債権回収 ご担当者様

日の出産業 経理部の久米です。
委託中の案件のうち会員番号 M32046（{_p['name']} 様）について、ご本人から連絡があり、
9月から10月末まで入院していたため支払いが遅れたとのことでした。
11月末に全額お支払いいただける見込みですので、督促は一旦停止をお願いいたします。
""" + SIG_KUME)

# 071 look-alike of our own domain (hyphen dropped), internal-looking mail with a list
_p = people(5)
_lst = "\n".join(f"{p['name']}\t{p['phone']}\t{R.choice(['SBY', 'YKH', 'OMY'])}" for p in _p)
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data", "lookalike_domain"],
    "社内宛のつもりが hinodesangyo.co.jp（ハイフン欠落の類似ドメイン）: 会員5名の携帯入り",
    charset="iso-2022-jp", sender=TODO,
    to=["岡崎 真理子 <m.okazaki@hinodesangyo.co.jp>"],
    subject="折り返し待ちの会員様（5件）",
    body=f"""岡崎さん

藤堂です。本日サポートデスクに入った電話で、拠点スタッフからの折り返しが必要な方です。

{_lst}

いずれも会議室の予約トラブルの件です。よろしくお願いします。
""" + SIG_TODO)

# 072 address change confirmed to the member himself
_p = person("outlook.jp")
add("pass", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data", "freemail_recipient"],
    "郵便転送先の変更確認を会員本人宛に（本人1名の住所のみ）: 1名分なので警告どまり",
    charset="utf-8", sender=SUPPORT,
    to=[f"{_p['name']} <{_p['email']}>"],
    subject="郵便物転送先の変更を承りました",
    body=f"""{_p['name']} 様

ヒノデワークスです。郵便物転送先の変更を承りました。

　新しい転送先：〒{_p['zip']} {_p['addr']}
　宛名　　　　：{_p['name']} 様
　適用開始　　：次回の転送（11月21日発送分）から

内容に誤りがある場合は、11月19日までにご連絡ください。
""")

# 073 three vendors visible to one another in To
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "警備・清掃・ビル管理の外部3社を To に並べて送信: 3者以上が互いに見える",
    charset="cp932", sender=ISHIGURO,
    to=["東都警備保障 佐々木様 <sasaki.k@toto-keibi.co.jp>",
        "クリーンパートナーズ 木崎様 <kizaki@clean-partners.co.jp>",
        "丸之内ビルマネジメント 防災センター <bousai@marunouchi-bm.co.jp>"],
    subject="12/6 ビル全館停電（法定点検）時の対応について",
    body="""関係各社 ご担当者様

日の出産業 石黒です。12/6（土）のビル全館停電（電気設備の法定点検）について、
当日の動きを共有します。

　7:30　　当社スタッフ入館、サーバ・ゲート機器のシャットダウン
　8:00～14:00　全館停電（エレベーター停止）
　　　　　→ 清掃は停電中は中止、14:30以降に実施をお願いします
　　　　　→ 機械警備は停電中は手動巡回に切り替え（東都警備様）
　14:00　復電、ゲート・複合機の起動確認

変更があればこのメールに返信してください。
""" + SIG_ISHIGURO)

# 074 2 visitors with phone numbers to the security vendor
_p = people(2)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "休日の来訪者2名の氏名・電話を警備会社へ（5名未満）",
    charset="iso-2022-jp", sender=OKAZAKI,
    to=["東都警備保障 渋谷営業所 <shibuya@toto-keibi.co.jp>"],
    subject="11/16(日) 来訪者の事前連絡",
    body=f"""渋谷営業所 ご担当者様

ヒノデワークス渋谷の岡崎です。11/16（日）に下記2名が内装の採寸で来館します。
当社スタッフは不在のため、1F防災センターで入館受付をお願いします。

　10:00　{_p[0]['name']}様（内装業者）　{_p[0]['phone']}
　10:00　{_p[1]['name']}様（同上）　　　{_p[1]['phone']}

作業場所は4F個室411のみです。
""" + SIG_OKAZAKI)

# 075 reply to a member whose own My Number is only in the quoted text
_p = person("gmail.com")
_mnq = mynum()
add("pass", [], ["freemail_recipient"],
    "会員本人への返信。マイナンバーは相手のメールの引用部（>）にしかなく新しい本文は削除の連絡のみ",
    charset="iso-2022-jp", sender=KIRITANI,
    to=[f"{_p['name']} <{_p['email']}>"],
    subject="Re: 本人確認書類の送付",
    body=f"""{_p['name']} 様

日の出産業 コンプライアンス室の桐谷です。
ご連絡ありがとうございます。当社の本人確認では個人番号（マイナンバー）はお預かりできませんので、
いただいたメールの該当部分は削除し、番号は記録しておりません。
お手数ですが、運転免許証など個人番号の記載のない書類の画像を、会員ページからアップロードしてください。

> 本人確認の書類として、マイナンバーを書いておきます。
> 個人番号：{_mnq}
> よろしくお願いします。
""" + SIG_KIRITANI)

# ===========================================================================================
# 076–100
# ===========================================================================================

# 076 look-alike of the partner hotel (another TLD)
add("stop", [], ["lookalike_domain"],
    "さくらホテル(sakura-hotel.jp)の宛先が sakura-hotel.co.jp（TLD違いの類似ドメイン）",
    charset="iso-2022-jp", sender=OKOCHI,
    to=["さくらホテル 宴会予約 <banquet@sakura-hotel.co.jp>"],
    subject="1/23 新年交流会 お見積りのお願い",
    body="""さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業の大河内です。
1/23（金）の新年交流会につき、以下の条件でお見積りをお願いいたします。

・人数：80名（立食）
・時間：18:30～21:00（準備 17:00～）
・料理：スタンダードプラン＋デザートビュッフェ
・飲み放題：2.5時間
・機材：プロジェクター、スクリーン、マイク2本

12月5日までにいただけますと幸いです。
""" + SIG_OKOCHI)

# 077 security vendor's patrol report: ordinary reply
add("pass", [], [],
    "警備会社の巡回報告への返信（個人データなし）",
    charset="utf-8", sender=ISHIGURO,
    to=["東都警備保障 渋谷営業所 <shibuya@toto-keibi.co.jp>"],
    subject="Re: 10月度 巡回報告書",
    body="""渋谷営業所 ご担当者様

石黒です。10月度の巡回報告書、拝受しました。ありがとうございます。

指摘事項のうち、
　・B1通用口の照明切れ（2灯）→ 11/12 交換済み
　・4F非常口前の段ボール放置 → 会員様へ周知し撤去済み
　・5F給湯室の電気ケトル電源入れっぱなし → タイマー式コンセントを導入予定
となっております。

11月からの巡回時刻変更（22:00 → 22:30）も承知しました。

> 10月度の巡回報告書を添付いたします。ご確認のほどお願い申し上げます。
> 東都警備保障株式会社 渋谷営業所
""" + SIG_ISHIGURO)

# 078 hyphen for the dot of our own subdomain (mail.hinode-sangyo.co.jp → mail-hinode-sangyo.co.jp)
add("stop", [], ["lookalike_domain"],
    "社内サブドメイン mail.hinode-sangyo.co.jp のつもりが mail-hinode-sangyo.co.jp（ドット→ハイフンの類似）",
    charset="cp932", sender=MANABE,
    to=["経営企画 <keiki@mail-hinode-sangyo.co.jp>"],
    subject="会員管理システム リプレイス費用の見込み",
    body="""経営企画 各位

情報システム部の真鍋です。来期予算用に、会員管理システムのリプレイス費用見込みを共有します。

　・初期費用　　　約 1,800万円（データ移行・ゲート連携改修を含む）
　・月額利用料　　約 42万円（会員数 1,500 まで）
　・並行稼働期間　3か月（2026年4月～6月）

ベンダー2社の比較表は共有フォルダ「IT/2026予算」に置いています。
""" + SIG_MANABE)

# 079 FW of a vendor quotation to another vendor (no personal data)
_q = {"charset": "iso-2022-jp", "sender": "サインワークス 見積担当 <mitsumori@signworks.co.jp>",
      "to": ["t.ishiguro@hinode-sangyo.co.jp"], "subject": "お見積り（館内サイン更新）",
      "body": """日の出産業 石黒様

館内サイン更新のお見積りです。
　見積番号：SW-25-0917
　・フロアサイン（4F/5F）アクリル 2式　¥168,000
　・会議室名プレート 12枚　¥96,000
　・施工費　¥45,000
　合計 ¥309,000（税別）
有効期限：2025年12月31日
"""}
add("pass", [], [],
    "サイン業者の見積メール（eml）を内装業者へ転送: 見積番号・金額のみで個人データなし",
    charset="utf-8", sender=ISHIGURO,
    to=["内装工房あおい 工事部 <koji@naiso-aoi.jp>"],
    subject="FW: お見積り（館内サイン更新）",
    body="""内装工房あおい 工事部 ご担当者様

日の出産業 石黒です。館内サイン業者からの見積を転送します。
壁面の下地補修との工程の取り合いについて、ご意見をいただけますでしょうか。
""" + SIG_ISHIGURO,
    attachments=[{"kind": "eml", "name": "見積_館内サイン更新.eml", "message": _q}])

# 080 ■社外秘■ stamp at the top of the body: site revenue to the partner bank
add("stop", [], ["confidential_marking"],
    "本文冒頭に「■社外秘■」の表示がある拠点別収支を外部（取引銀行）へ",
    charset="iso-2022-jp", sender=KUME,
    to=["みどり銀行 法人営業部 江口様 <eguchi.h@midori-ginko.co.jp>"],
    subject="融資ご検討資料（拠点別収支）",
    body="""■社外秘■　日の出産業株式会社 ワークプレイス事業部 拠点別収支（2025年度上期）

みどり銀行 法人営業部
江口様

お世話になっております。日の出産業 経理部の久米でございます。
大宮拠点の増床資金のご融資検討にあたり、ご依頼のあった拠点別収支をお送りします。

　拠点　　売上（百万円）　営業利益（百万円）　稼働率
　渋谷　　　　 182.4　　　　　　 31.2　　　　 91%
　横浜　　　　 118.9　　　　　　 12.7　　　　 78%
　大宮　　　　　64.1　　　　　　　9.8　　　　 96%
　京橋　　　　　21.3　　　　　　 △14.6　　　　 43%（開業準備中）

ご不明点はお気軽にお問い合わせください。
""" + SIG_KUME)

# 081 allergy counts (no names) to the caterer
add("pass", [], [],
    "アレルギー対応の人数のみをケータリング会社へ: 個人が特定されない集計",
    charset="cp932", sender=OKOCHI,
    to=["北国フーズ ケータリング事業部 <catering@kitaguni-foods.co.jp>"],
    subject="11/20 交流会 アレルギー・食事制限の件数（ご注文番号 KF-77120）",
    body="""北国フーズ ケータリング事業部 ご担当者様

大河内です。参加申込フォームの回答を集計しました。

　・えび・かに　　　2名
　・小麦　　　　　　1名
　・ベジタリアン　　3名
　・ハラール対応　　1名

個別に取り分けたプレートを用意いただけますでしょうか。名札に色シールを貼って
ご案内する予定です（お名前はお伝えしません）。
""" + SIG_OKOCHI)

# 082 XLSX (two sheets, title row) with individual members' billing: to the tax accountant
_p = people(7)
_s1 = [["2025年10月 個人会員 売上明細"], [],
       ["会員番号", "氏名", "住所", "電話", "プラン", "金額"]]
for i, p in enumerate(_p):
    _s1.append([f"V5{i:04d}", p["name"], p["addr"], p["phone"], R.choice(["VO", "FREE", "FIXED"]),
                R.choice([5500, 19800, 33000])])
_s2 = [["法人会員 売上明細（社名のみ）"], ["法人名", "金額"], ["合同会社ルミナス", 96800],
       ["株式会社ネクストフィールド", 176000], ["株式会社ミナモト技研", 143000]]
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "個人会員7名の氏名・住所・電話入り売上明細XLSX（2シート）を外部の税理士事務所へ",
    charset="iso-2022-jp", sender=KUME,
    to=["税理士法人いなほ 担当 村瀬様 <murase@inaho-tax.jp>"],
    subject="10月分 売上明細の送付",
    body="""税理士法人いなほ
村瀬様

日の出産業 経理部の久米です。10月分の月次チェック用に売上明細をお送りします。
個人会員分は会員管理システムの出力をそのまま貼っています。
""" + SIG_KUME,
    attachments=[{"kind": "xlsx", "name": "売上明細_202510.xlsx",
                  "sheets": {"個人会員": _s1, "法人会員": _s2}}])

# 083 HTML (multipart) newsletter to one member company
add("pass", [], [],
    "法人会員1社への会員報（テキスト＋HTML）: 案内のみで個人データなし",
    charset="utf-8", sender=SUPPORT,
    to=["株式会社ことのは舎 総務 <keiri@kotonoha-sha.co.jp>"],
    subject="ヒノデワークス通信 12月号",
    body="""ヒノデワークス通信 12月号

■ 年末年始の営業
　12/28～1/3 は休館（会員様は24時間入館可、受付・郵便受取はお休み）
■ 新年交流会 1/23（金）さくらホテル
　お申込みは会員ページから
■ 京橋拠点 オープン記念
　12月中の会議室利用 30%OFF
""",
    html="""<html><body>
<h2>ヒノデワークス通信 12月号</h2>
<h3>年末年始の営業</h3><p>12/28～1/3 は休館（会員様は24時間入館可、受付・郵便受取はお休み）</p>
<h3>新年交流会 1/23（金）さくらホテル</h3><p>お申込みは<a href="https://works.hinode-sangyo.co.jp/events">会員ページ</a>から</p>
<h3>京橋拠点 オープン記念</h3><p>12月中の会議室利用 <b>30%OFF</b></p>
</body></html>""")

# 084 My Numbers of event speakers in an XLSX, to the tax accountant
_p = people(5)
_rows = [["講師謝金 支払調書作成用（2025年）"], ["氏名", "住所", "個人番号", "支払総額", "源泉徴収額"]]
for p in _p:
    amt = R.choice([33000, 55000, 110000])
    _rows.append([p["name"], p["addr"], mynum(), amt, int(amt * 0.1021)])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], ["personal_data"],
    "セミナー講師5名のマイナンバー・住所入りXLSX（支払調書用）を外部の税理士へ",
    charset="cp932", sender=KUME,
    to=["税理士法人いなほ 村瀬様 <murase@inaho-tax.jp>"],
    subject="支払調書の作成依頼（講師謝金分）",
    body="""村瀬様

久米です。今年の講師謝金の支払調書作成をお願いいたします。
講師の方からお預かりした個人番号も入れてあります。
""" + SIG_KUME,
    attachments=[{"kind": "xlsx", "name": "講師謝金_支払調書用.xlsx", "sheets": {"2025": _rows}}])

# 085 list of member companies (businesses) with room numbers for the cleaning vendor
add("pass", [], [],
    "個室入居企業の一覧（社名・部屋番号・代表電話）: 事業者の一覧で個人データではない",
    charset="iso-2022-jp", sender=ISHIGURO,
    to=["クリーンパートナーズ 木崎様 <kizaki@clean-partners.co.jp>"],
    subject="個室清掃の対象一覧（12月～）",
    body="""木崎様

石黒です。12月から個室清掃を申し込まれた入居企業の一覧です。
清掃時に不在で入室可否が分からない場合は、各社の代表番号へご確認ください。

　部屋　　会社名　　　　　　　　　　代表電話　　　　　清掃曜日
　４０３　合同会社ルミナス　　　　　０３－６４１２－８８０１　月・木
　４０７　株式会社ネクストフィールド　０３－５７８９－２２１０　火
　４１２　株式会社ミナモト技研　　　０４５－３２２－９０４０　水・金
　４１５　アトリエ縁　　　　　　　　０３－６８０２－１１７７　木
　５０２　株式会社ことのは舎　　　　０３－４５７７－３０３０　月

鍵は受付で貸し出します。
""" + SIG_ISHIGURO)

# 086 complaint log to the landlord: full-width-padded table of five complainants with phones
_p = people(5)
_lines = ["受付日　　氏名　　　　　　連絡先　　　　　　　　内容"]
_lines.append("－" * 40)
for p, t in zip(_p, ["上階からの足音", "給湯室の臭気", "エレベーター待ち時間", "1F自転車置場の混雑",
                     "夜間の空調停止"]):
    _lines.append(f"{fw(f'11/{R.randint(1, 14):02d}')}　　{fwpad(p['name'], 7)}{fw(p['phone'])}　　{t}")
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "苦情を寄せた会員5名の氏名・電話（全角）を苦情一覧としてビル管理会社へ",
    charset="iso-2022-jp", sender=OKAZAKI,
    to=["丸之内ビルマネジメント 運営課 <unei@marunouchi-bm.co.jp>"],
    subject="会員様からのご意見（ビル共用部関係）",
    body="""丸之内ビルマネジメント 運営課 ご担当者様

ヒノデワークス渋谷の岡崎です。11月前半に会員様から寄せられたご意見のうち、
ビル共用部に関するものをまとめました。直接ご説明いただけると助かるとのことです。

""" + "\n".join(_lines) + """

ご対応の方針をお知らせいただけますと幸いです。
""" + SIG_OKAZAKI)

# 087 English reply about an invoice to a foreign member company
add("pass", [], [],
    "外資系法人会員への請求書に関する英文の返信（請求書番号のみ）",
    charset="utf-8", sender=SAEKI,
    to=["Accounts Payable <ap@nordlys-studio.com>"],
    subject="Re: Invoice HW-INV-2510-0288 - withholding tax question",
    body="""Dear Accounts Payable team,

Thank you for your message. Invoice HW-INV-2510-0288 (JPY 176,000 incl. consumption tax)
covers the private office rental for October only; there is no service fee element, so no
withholding tax applies.

Payment by bank transfer to the account on the invoice by 30 November would be appreciated.
If you need a qualified invoice (tekikaku seikyusho), the PDF already includes our
registration number.

> Could you confirm whether Japanese withholding tax applies to this invoice?
> Best, Nordlys Studio AP
""" + SIG_SAEKI + DISCLAIMER_EN)

# 088 corrupt DOCX (membership agreement) to a prospective member company
add("stop", [], ["unscannable_attachment"],
    "壊れたDOCX（会員契約書）を外部へ添付: 読めない添付は検査できない",
    charset="cp932", sender=NONOMURA,
    to=["合同会社ソライロ 代表 <contact@sorairo-llc.jp>"],
    subject="会員契約書（登記プラン）のご送付",
    body="""合同会社ソライロ ご担当者様

日の出産業の野々村です。登記プランの会員契約書をお送りします。
内容をご確認のうえ、署名欄にご記入いただき、PDFでご返送ください。
""" + SIG_NONOMURA,
    attachments=[{"kind": "corrupt", "name": "会員契約書_登記プラン.docx"}])

# 089 new account manager introduction (our own staff only)
add("pass", [], [],
    "担当者交代の挨拶（当社スタッフの連絡先のみ）",
    charset="iso-2022-jp", sender=NONOMURA,
    to=["株式会社ネクストフィールド 小西様 <konishi@nextfield.co.jp>"],
    subject="担当者変更のご挨拶",
    body="""株式会社ネクストフィールド
小西様

いつも大変お世話になっております。日の出産業の野々村です。
12月1日付で、御社のご担当を同じ法人営業グループの 真壁 に引き継ぐこととなりました。

　新担当：真壁 翔一（まかべ しょういち）
　メール：s.makabe@hinode-sangyo.co.jp
　電話　：03-5458-7731

後日、真壁とともにご挨拶に伺えればと存じます。
これまで大変お世話になりました。
""" + SIG_NONOMURA)

# 090 dispute: a member company, a private member and the member's lawyer all in To
_p = person("gmail.com")
add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "会員間トラブルで法人会員・個人会員（Gmail）・代理人弁護士の3者を To に並べた",
    charset="utf-8", sender=OKAZAKI,
    to=["株式会社サンカク企画 管理部 <admin@sankaku-kikaku.com>",
        f"{_p['name']} <{_p['email']}>",
        "はやせ法律事務所 弁護士 早瀬 <hayase@hayase-law.jp>"],
    subject="会議室の予約重複に関するお話し合いの日程",
    body="""関係者各位

ヒノデワークス渋谷の岡崎です。
11/7 の会議室 "SHIBUYA-A" の予約重複の件で、当社の予約システムの不具合が原因であることが
判明しました。ご迷惑をおかけし申し訳ございません。

補償内容のご説明のため、お話し合いの場を設けたく存じます。
候補日：11/19（水）15:00 / 11/20（木）10:00（渋谷拠点 会議室B）
""" + SIG_OKAZAKI)

# 091 meeting minutes naming four attendees (names only)
add("pass", [], [],
    "打合せ議事録（出席者4名の氏名のみ、連絡先なし）を外部1社へ",
    charset="iso-2022-jp", sender=MANABE,
    to=["川崎電機 システム営業部 矢島様 <yajima@kawasaki-denki.co.jp>"],
    subject="11/19 打合せ議事録（入館ゲート更新）",
    body="""矢島様

真鍋です。本日はありがとうございました。議事録を送ります。

日時：2025/11/19 10:00-11:30
出席：川崎電機 矢島様、ツバサシステム 林様、当社 石黒・真鍋

決定事項
　1. リーダー方式は FeliCa＋QR 併用とする
　2. 入退室ログは 5分間隔のバッチ連携（リアルタイム連携は次期）
　3. 切替日は 2026/2/14（土）、旧カードは 3/31 まで併用
宿題
　・川崎電機様：ゲート筐体の搬入経路確認（12/3まで）
　・当社：会員への周知文案（12/10まで）
""" + SIG_MANABE)

# 092 the cleaning vendor's invoice with their registration number
_tv = "T" + corp_number("011001098765")
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "清掃会社の請求書への問い合わせ（相手方の登録番号・請求書番号のみ）",
    charset="cp932", sender=KUME,
    to=["クリーンパートナーズ 経理課 <keiri@clean-partners.co.jp>"],
    subject="請求書 CP-INV-2510-077 の登録番号について",
    body=f"""クリーンパートナーズ株式会社 経理課 ご担当者様

日の出産業 経理部の久米です。
10月分の請求書（CP-INV-2510-077、¥418,000）について、記載の登録番号 {_tv} が
国税庁の公表サイトで御社名と一致しないようです（末尾の数字の誤記と思われます）。
お手数ですが、正しい登録番号で再発行をお願いできますでしょうか。
""" + SIG_KUME)

# 093 UTF-8 CSV of nine RSVPs to the event co-host
_p = people(9)
_rows = [["申込日時", "氏名", "フリガナ", "メールアドレス", "参加区分"]]
for i, p in enumerate(_p):
    _rows.append([f"2025-11-{5 + i:02d} {R.randint(9, 22)}:{R.randint(0, 59):02d}", p["name"], p["kana"],
                  p["email"], R.choice(["会員", "一般", "会員"])])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
    "交流会の申込者9名（氏名・メール）のUTF-8 CSVを共催団体（外部）へ",
    charset="iso-2022-jp", sender=OKOCHI,
    to=["横浜スタートアップ協議会 事務局 <jimukyoku@yokohama-startup.or.jp>"],
    subject="新年交流会 当社経由の申込者（第1回集計）",
    body="""事務局 ご担当者様

大河内です。1/23 新年交流会について、当社フォーム経由の申込者（第1回集計分）を
CSVでお送りします。受付名簿の作成にお使いください。
""" + SIG_OKOCHI,
    attachments=[{"kind": "csv", "name": "rsvp_hw_0123.csv", "encoding": "utf-8", "rows": _rows}])

# 094 floor plan image to a member company
add("pass", [], [],
    "フロア図（画像）を法人会員へ: 画像のみで個人データなし",
    charset="utf-8", sender=OKAZAKI,
    to=["合同会社ルミナス 総務ご担当 <soumu@luminous-llc.jp>"],
    subject="増床後の個室レイアウト図",
    body="""総務ご担当者様

ヒノデワークス渋谷の岡崎です。来月からご利用の個室（403＋404 連結）のレイアウト図を添付します。
電源・LAN口の位置を赤丸で示しています。
""" + SIG_OKAZAKI,
    attachments=[{"kind": "png", "name": "layout_403-404.png"}])

# 095 internal: a member's card number passed on between colleagues
_p = person()
add("pass", ["CREDIT_CARD", "PERSON_NAME"], [],
    "会員が電話で伝えたカード番号を社内の経理へ（宛先は社内のみなので通す）",
    charset="iso-2022-jp", sender=TODO,
    to=["経理部 <keiri@hinode-sangyo.co.jp>"],
    subject="カード情報の手入力依頼（M33871）",
    body=f"""経理部 ご担当者様

サポートの藤堂です。会員様がWebでカード登録ができないとのことで、電話で伺いました。
決済代行の管理画面から手入力をお願いします。入力後このメールは削除してください。

　会員番号：M33871
　氏名：{_p['name']}
　カード番号：{card()}
　有効期限：{R.randint(1, 12):02d}/{R.randint(27, 30)}
""" + SIG_TODO)

# 096 English: members' names in romaji with contacts to the overseas partner
_p = people(6)
_rows = [["Name", "Email", "Mobile", "Dates"]]
for p in _p:
    _rows.append([p["roma_up"], p["email"], "+81 " + p["phone"][1:], R.choice(["Dec 8-12", "Dec 15-19", "Jan 13-16"])])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "海外提携先へ訪問予定会員6名のローマ字氏名・メール・携帯を英文で",
    charset="utf-8", sender=SAEKI,
    to=["Marcus Tan <marcus.tan@hubspace.sg>"],
    subject="Hinode Works members visiting Singapore - day pass registration",
    body=f"""Hi Marcus,

Six of our members will be working from your Tanjong Pagar space under the reciprocal
access programme. Could you pre-register them for day passes?

{table(_rows, rule='=', gap=3)}

They will show their Hinode Works member app at reception.
""" + SIG_SAEKI)

# 097 internal: forward of the complaint list to the site team
_p = people(6)
_l = "\n".join(f"・{p['name']}様（{p['phone']}）：{t}" for p, t in zip(
    _p, ["Wi-Fiが頻繁に切れる", "ロッカーの鍵が固い", "会議室の予約が取れない", "ラウンジの私語", "トイレの清掃頻度",
         "宅配便の受取ミス"]))
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], [],
    "会員6名の苦情一覧（氏名・電話）だが宛先は社内の拠点チームのみ",
    charset="cp932", sender=TODO,
    to=["渋谷拠点チーム <shibuya-team@hinode-sangyo.co.jp>"],
    subject="FW: 今週の会員サポート受付分（渋谷）",
    body=f"""渋谷拠点の皆さん

サポートの藤堂です。今週サポートデスクで受けた渋谷拠点の要望・苦情です。
折り返し対応をお願いします。

{_l}
""" + SIG_TODO)

# 098 AML: unencrypted ZIP with a DOCX of identity records (licence and residence card numbers)
_p = people(4)
_tab = [["氏名", "生年月日", "確認書類", "書類番号"]]
for i, p in enumerate(_p[:3]):
    _tab.append([p["name"], ymd(p["dob"]), "運転免許証",
                 f"第{R.choice(['30', '45', '50'])}{R.randint(10, 24)}{R.randint(100000, 999999)}{R.randint(0, 9)}0号"])
_tab.append(["NGUYEN Thi Lan", "1994/06/21", "在留カード",
             f"{R.choice(['UH', 'AB'])}{R.randint(10000000, 99999999)}{R.choice(['FA', 'CD'])}"])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "JP_RESIDENCE_CARD"], ["personal_data"],
    "犯収法の再確認4名分（運転免許証・在留カード番号）のDOCXをZIPで外部の確認業者へ",
    charset="iso-2022-jp", sender=KIRITANI,
    to=["トラストチェック 照合センター <verify@trustcheck.co.jp>"],
    subject="有効期限切れ書類の再確認（4件）",
    body="""トラストチェック 照合センター ご担当者様

日の出産業 桐谷です。本人確認書類の有効期限が切れた会員様4名について、
新しい書類で再確認をお願いします。一覧をZIPにまとめて添付します。
""" + SIG_KIRITANI,
    attachments=[{"kind": "zip", "name": "saikakunin_4ken.zip",
                  "files": [{"kind": "docx", "name": "再確認対象一覧.docx",
                             "paragraphs": ["本人確認 再確認対象一覧（2025年11月）"], "tables": [_tab]}]}])

# 099 AML documents explained to a new individual member (free mail)
_p = person("softbank.ne.jp")
add("pass", [], ["freemail_recipient"],
    "犯収法の必要書類の説明を新規会員本人（キャリアメール）へ: 書類の種類の案内のみ",
    charset="iso-2022-jp", sender=KIRITANI,
    to=[_p["email"]],
    subject="本人確認書類のご提出について",
    body=f"""{_p['name']} 様

ヒノデワークスへのお申込みありがとうございます。日の出産業 コンプライアンス室の桐谷です。

登記・郵便物転送を含むプランは、犯罪収益移転防止法により本人確認が義務付けられています。
次のいずれかをご提出ください。

　・運転免許証（表・裏）
　・マイナンバーカード（表面のみ。裏面の個人番号は送らないでください）
　・在留カード（表・裏）
　・健康保険証＋住民票の写し（発行から6か月以内）※保険者番号・記号番号は隠してください

ご提出後、ご登録住所へ転送不要郵便で会員証をお送りし、受取をもって確認完了となります。
""" + SIG_KIRITANI)

# 100 EITHER: visitor log of five guests (names, host company, times) to the security vendor
_p = people(5)
_v = "\n".join(f"{R.randint(9, 17)}:{R.choice(['00', '15', '30', '45'])}  {p['name']} 様  訪問先：{c}"
               for p, c in zip(_p, ["合同会社ルミナス", "株式会社ミナモト技研", "アトリエ縁", "合同会社ルミナス",
                                    "株式会社ネクストフィールド"]))
add("either", ["PERSON_NAME"], ["personal_data"],
    "来館者5名の氏名・訪問先・時刻のみ（連絡先なし）を警備会社へ: 名簿に当たるか判断が分かれる",
    charset="utf-8", sender=OKAZAKI,
    to=["東都警備保障 渋谷営業所 <shibuya@toto-keibi.co.jp>"],
    subject="11/15(土) ゲスト来館予定",
    body=f"""渋谷営業所 ご担当者様

ヒノデワークス渋谷の岡崎です。土曜日に会員企業を訪問するゲストの予定です。
受付無人のため、防災センターでゲストカードの貸出をお願いします。

{_v}
""" + SIG_OKAZAKI)
