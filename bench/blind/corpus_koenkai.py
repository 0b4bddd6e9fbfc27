"""Blind corpus — area: koenkai.

日の出産業株式会社 総務部 as the secretariat (事務局) of the groups the company keeps up:
the industry association 静岡県精密機械工業会 (its 理事会・総会・賀詞交歓会), the company's
OB association 「日の出会」, the 駿河大学校友会 静岡支部 and the 東陵会 (高校同窓会), and the
support association of a local assembly member, 「大河内まこと後援会」 (静岡県議会議員
大河内 誠).  Member lists, party and event invitations, membership fees and donations,
newsletter (会報) printing and mailing, and the political and religious affiliations of
members that sometimes end up in that mail.

Every person, address, number and organisation here is invented.  My Number / card seeds
start at 3301.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

# ---------------------------------------------------------------------------------------
# helpers to invent people and lay out lists the way staff paste them
# ---------------------------------------------------------------------------------------

_SEI = [
    ("鈴木", "スズキ", "Suzuki"), ("望月", "モチヅキ", "Mochizuki"), ("杉山", "スギヤマ", "Sugiyama"),
    ("渡辺", "ワタナベ", "Watanabe"), ("佐野", "サノ", "Sano"), ("海野", "ウンノ", "Unno"),
    ("勝又", "カツマタ", "Katsumata"), ("大石", "オオイシ", "Oishi"), ("村松", "ムラマツ", "Muramatsu"),
    ("八木", "ヤギ", "Yagi"), ("小長谷", "コナガヤ", "Konagaya"), ("漆畑", "ウルシバタ", "Urushibata"),
    ("四十物", "アイモノ", "Aimono"), ("東海林", "ショウジ", "Shoji"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("百目鬼", "ドウメキ", "Domeki"), ("九十九", "ツクモ", "Tsukumo"), ("薬袋", "ミナイ", "Minai"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("栗田", "クリタ", "Kurita"), ("芹沢", "セリザワ", "Serizawa"),
    ("片桐", "カタギリ", "Katagiri"), ("石垣", "イシガキ", "Ishigaki"), ("河原崎", "カワラザキ", "Kawarazaki"),
    ("長倉", "ナガクラ", "Nagakura"), ("曽根", "ソネ", "Sone"), ("赤堀", "アカホリ", "Akahori"),
    ("増田", "マスダ", "Masuda"), ("朝比奈", "アサヒナ", "Asahina"), ("青島", "アオシマ", "Aoshima"),
    ("仁藤", "ニトウ", "Nito"), ("土屋", "ツチヤ", "Tsuchiya"), ("滝", "タキ", "Taki"),
    ("伊豆原", "イズハラ", "Izuhara"), ("小鳥遊", "タカナシ", "Takanashi"), ("五十嵐", "イガラシ", "Igarashi"),
    ("野々垣", "ノノガキ", "Nonogaki"), ("寺尾", "テラオ", "Terao"), ("稲葉", "イナバ", "Inaba"),
    ("大胡田", "オオゴダ", "Ogoda"), ("紅林", "クレバヤシ", "Kurebayashi"), ("甲賀", "コウガ", "Koga"),
]
_MEI_M = [
    ("正雄", "マサオ", "Masao"), ("勝彦", "カツヒコ", "Katsuhiko"), ("健一", "ケンイチ", "Kenichi"),
    ("隆", "タカシ", "Takashi"), ("誠司", "セイジ", "Seiji"), ("光男", "ミツオ", "Mitsuo"),
    ("和也", "カズヤ", "Kazuya"), ("修", "オサム", "Osamu"), ("浩二", "コウジ", "Koji"),
    ("善治", "ゼンジ", "Zenji"), ("翔太", "ショウタ", "Shota"), ("英樹", "ヒデキ", "Hideki"),
    ("康弘", "ヤスヒロ", "Yasuhiro"), ("稔", "ミノル", "Minoru"), ("大輝", "ダイキ", "Daiki"),
    ("忠彦", "タダヒコ", "Tadahiko"), ("邦夫", "クニオ", "Kunio"), ("智之", "トモユキ", "Tomoyuki"),
]
_MEI_F = [
    ("和子", "カズコ", "Kazuko"), ("幸子", "サチコ", "Sachiko"), ("由美", "ユミ", "Yumi"),
    ("恵美子", "エミコ", "Emiko"), ("千秋", "チアキ", "Chiaki"), ("久美", "クミ", "Kumi"),
    ("節子", "セツコ", "Setsuko"), ("真由美", "マユミ", "Mayumi"), ("さくら", "サクラ", "Sakura"),
    ("明美", "アケミ", "Akemi"), ("京子", "キョウコ", "Kyoko"), ("美穂", "ミホ", "Miho"),
]
# (〒, 町まで, 市外局番)
_TOWNS = [
    ("420-0031", "静岡県静岡市葵区呉服町", "054"), ("420-0839", "静岡県静岡市葵区鷹匠", "054"),
    ("422-8067", "静岡県静岡市駿河区南町", "054"), ("422-8021", "静岡県静岡市駿河区小鹿", "054"),
    ("424-0806", "静岡県静岡市清水区辻", "054"), ("424-0901", "静岡県静岡市清水区三保", "054"),
    ("425-0026", "静岡県焼津市焼津", "054"), ("426-0025", "静岡県藤枝市藤枝", "054"),
    ("427-0022", "静岡県島田市本通", "0547"), ("430-0944", "静岡県浜松市中央区田町", "053"),
    ("432-8021", "静岡県浜松市中央区佐鳴台", "053"), ("410-0801", "静岡県沼津市大手町", "055"),
    ("411-0036", "静岡県三島市一番町", "055"), ("416-0906", "静岡県富士市本市場", "0545"),
    ("418-0067", "静岡県富士宮市宝町", "0544"), ("436-0028", "静岡県掛川市亀の甲", "0537"),
    ("438-0078", "静岡県磐田市中泉", "0538"), ("421-0206", "静岡県焼津市上新田", "054"),
    ("439-0031", "静岡県菊川市加茂", "0537"), ("410-2407", "静岡県伊豆市柏久保", "0558"),
]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
             "outlook.jp", "softbank.ne.jp", "au.com", "nifty.com", "hotmail.co.jp"]
_MEMBER_COS = [
    "駿河精工(株)", "清水鉄工所(株)", "富士ダイカスト(株)", "遠州機械(株)", "大井川工業(株)",
    "三保精密(株)", "安倍川電装(株)", "焼津プレス工業(株)", "丸子化成(株)", "天竜製作所(株)",
    "(有)日本平モールド", "東海ベアリング(株)", "(株)藁科テクノ", "興津金型(株)",
]


def people(seed: int, n: int, born=(1938, 1975)) -> list[dict]:
    """n invented people, reproducible from seed."""
    rng = random.Random(f"koenkai-people-{seed}")
    out, used = [], set()
    while len(out) < n:
        sei = rng.choice(_SEI)
        female = rng.random() < 0.3
        mei = rng.choice(_MEI_F if female else _MEI_M)
        if (sei[0], mei[0]) in used:
            continue
        used.add((sei[0], mei[0]))
        zipc, town, area = rng.choice(_TOWNS)
        if rng.random() < 0.6:
            addr = f"{town}{rng.randint(1, 6)}丁目{rng.randint(1, 28)}番{rng.randint(1, 20)}号"
        else:
            addr = f"{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 18)}"
        if rng.random() < 0.25:
            addr += rng.choice(["　グランシティ静岡305", "　コーポ若葉２０２", "　メゾン駿府101",
                                "　サンハイツ408"])
        local = len(area)
        if local == 3:
            tel = f"{area}-{rng.randint(200, 699)}-{rng.randint(1000, 9999)}"
        else:
            tel = f"{area}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        y = rng.randint(*born)
        mo, d = rng.randint(1, 12), rng.randint(1, 28)
        email = rng.choice([
            f"{mei[2].lower()}.{sei[2].lower()}{rng.randint(1, 99)}",
            f"{sei[2].lower()}_{mei[2][0].lower()}{y % 100:02d}",
            f"{sei[2][:3].lower()}{mei[2][:3].lower()}{rng.randint(100, 999)}",
            f"{mei[2].lower()}{y}",
        ]) + "@" + rng.choice(_FREEMAIL)
        out.append({
            "name": f"{sei[0]} {mei[0]}", "sei": sei[0], "mei": mei[0],
            "kana": f"{sei[1]} {mei[1]}", "romaji": f"{mei[2]} {sei[2].upper()}",
            "sex": "女" if female else "男", "zip": zipc, "addr": addr, "tel": tel,
            "mobile": mobile, "email": email, "dob": (y, mo, d),
            "company": rng.choice(_MEMBER_COS), "no": rng.randint(1001, 4999),
        })
    return out


_ZEN = str.maketrans("0123456789-.()/:", "０１２３４５６７８９－．（）／：")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def wareki(dob: tuple[int, int, int], style: str = "kanji") -> str:
    y, m, d = dob
    if (y, m, d) >= (1989, 1, 8):
        era, short, ey = "平成", "H", y - 1988
    else:
        era, short, ey = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{ey}年{m}月{d}日"
    if style == "short":
        return f"{short}{ey}.{m}.{d}"
    if style == "zen":
        return zen(f"{short}{ey}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    if style == "zenkanji":
        return zen(f"{era}{ey}年{m}月{d}日")
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    return f"{y}/{m}/{d}"


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, width: int) -> str:
    return s + " " * max(width - _w(s), 0)


def table(rows: list[list[str]], gap: int = 2, rule: str = "-") -> str:
    """Space-padded text table with a rule under the header."""
    widths = [max(_w(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        lines.append((" " * gap).join(pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            lines.append(rule * ((sum(widths) + gap * (len(widths) - 1)) // _w(rule)))
    return "\n".join(lines)


def corp_number(base12: str) -> str:
    """13-digit 法人番号: check digit in front of 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for i, p in enumerate(reversed(digits), start=1):
        total += p * (1 if i % 2 else 2)
    return str(9 - total % 9) + base12


# ---------------------------------------------------------------------------------------
# senders, signatures, recipients
# ---------------------------------------------------------------------------------------

MURASE = "村瀬 恭子 <murase.kyoko@hinode-sangyo.co.jp>"
SAGARA = "相良 大輔 <sagara.daisuke@hinode-sangyo.co.jp>"
ASAKA = "浅香 美咲 <asaka.misaki@hinode-sangyo.co.jp>"
HOJO = "北条 政史 <hojo.masafumi@hinode-sangyo.co.jp>"
SENGOKU = "仙石 玲奈 <sengoku.rena@hinode-sangyo.co.jp>"
IKUTA = "生田 翼 <ikuta.tsubasa@hinode-sangyo.co.jp>"
JIMUKYOKU = "日の出会 事務局 <hinodekai@hinode-sangyo.co.jp>"
KOENKAI = "大河内まこと後援会 事務局 <koenkai-jimu@hinode-sangyo.co.jp>"

SIG_MURASE = """
--
日の出産業株式会社 総務部 総務課
村瀬 恭子（Murase Kyoko）
〒420-0857 静岡県静岡市葵区御幸町11-8 日の出ビル5F
TEL 054-255-3170（代表）内線214 ／ FAX 054-255-3179
murase.kyoko@hinode-sangyo.co.jp
"""

SIG_SAGARA = """
━━━━━━━━━━━━━━━━━━━━━━
大河内まこと後援会 事務局
（日の出産業株式会社 総務部内）
相良 大輔
〒420-0857 静岡市葵区御幸町11-8
TEL 054-255-3170 FAX 054-255-3179
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_SAGARA_CO = """
----------------------------------------
日の出産業株式会社
総務部 主任　相良 大輔
TEL：054-255-3170（代）　携帯：090-3318-0412
E-mail：sagara.daisuke@hinode-sangyo.co.jp
----------------------------------------
"""

SIG_ASAKA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
静岡県精密機械工業会 事務局
（日の出産業株式会社 総務部）
浅香 美咲
TEL 054-255-3171（直通）
asaka.misaki@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

SIG_HOJO = """
日の出産業株式会社
取締役 総務部長　北条 政史
〒420-0857 静岡県静岡市葵区御幸町11-8
TEL 054-255-3170
"""

SIG_SENGOKU = """
--------------------------------
日の出産業株式会社 秘書室
仙石 玲奈
TEL 054-255-3175 / FAX 054-255-3179
--------------------------------
"""

SIG_HINODEKAI = """
――――――――――――――――――――
日の出会（日の出産業OB会）事務局
日の出産業株式会社 総務部 総務課内
TEL 054-255-3170 ／ 平日 9:00〜17:30
――――――――――――――――――――
"""

SIG_IKUTA = """
--
日の出産業株式会社 総務部
生田 翼
054-255-3170 (ext. 219)
"""

DISCLAIMER = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete this e-mail.
"""

# outside organisations (all invented)
HOTEL = "さくらホテル 宴会予約 佐久間様 <sakuma.y@sakura-hotel.jp>"
HOTEL2 = "banquet@sakura-hotel.jp"
NISHIKI = "錦印刷 営業部 戸塚様 <totsuka@nishiki-insatsu.co.jp>"
NISHIKI2 = "dtp-center@nishiki-insatsu.co.jp"
MIDORI = "みどり銀行 静岡支店 法人営業 野沢様 <nozawa.k@midori-ginko.co.jp>"
AOBA = "青葉運輸 貸切バス課 <kashikiri@aoba-unyu.co.jp>"
KAWASAKI = "川崎電機 総務部 秋山様 <akiyama.t@kawasaki-denki.co.jp>"
SHIRAKAWA = "白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"
TSUBASA = "ツバサシステム サポート <support@tsubasa-system.jp>"
KITAGUNI = "北国フーズ 営業 <eigyo@kitaguni-foods.co.jp>"
OOKOCHI = "大河内まこと事務所 久保田 <kubota@ookochi-makoto.jp>"
OOKOCHI2 = "jimusho@ookochi-makoto.jp"
KOGYOKAI = "静岡県精密機械工業会 本部 <honbu@shizuoka-seiki.or.jp>"
ALUMNI = "駿河大学校友会 本部事務局 <koyukai@alumni.suruga-u.ac.jp>"
TAX = "望月会計事務所 <office@mochizuki-kaikei.jp>"
SR = "杉本社会保険労務士事務所 <info@sugimoto-sr.jp>"
TOURIST = "駿河ツーリスト 法人営業 <houjin@suruga-tourist.co.jp>"


MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------------------------------
# 001–020
# ---------------------------------------------------------------------------------------

_p = people(1, 12)
add({
    "id": "koenkai-001", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "12 attendees with mobile numbers as a padded table in the body, to the hotel",
    "charset": "iso-2022-jp", "sender": ASAKA, "to": [HOTEL],
    "subject": "賀詞交歓会 ご出席者（第1次）と当日連絡先について",
    "body": f"""さくらホテル
宴会予約 佐久間様

いつも大変お世話になっております。
静岡県精密機械工業会 事務局の浅香でございます。

1月10日（金）の新年賀詞交歓会につきまして、現時点でのご出席者を
お知らせいたします。受付名札の作成と、当日遅れる方へのご連絡用に
携帯番号も記載しております。

{table([["会社名", "役職", "氏名", "携帯"]] + [[p["company"], t, p["name"], p["mobile"]] for p, t in zip(_p, ["代表取締役", "会長", "専務取締役", "代表取締役社長", "常務", "取締役", "代表取締役", "工場長", "社長", "副社長", "代表取締役", "監査役"])])}

最終人数は12月20日までにご連絡いたします。
よろしくお願いいたします。
{SIG_ASAKA}""",
})

add({
    "id": "koenkai-002", "expect": "pass", "entities": [], "detectors": [],
    "note": "hotel banquet plan and prices confirmed back to the hotel; only the signature",
    "charset": "iso-2022-jp", "sender": ASAKA, "to": [HOTEL],
    "subject": "Re: 新年賀詞交歓会 お見積りの件",
    "body": f"""佐久間様

お世話になっております。浅香です。
お見積りありがとうございました。下記の内容で進めていただけますでしょうか。

　会場　　　：２階「鳳凰の間」（正午〜15時）
　料理　　　：立食ブッフェ「雅」プラン　お一人様 8,800円（税・サ込）
　飲み物　　：フリードリンク 2時間　お一人様 2,750円
　想定人数　：80〜90名
　その他　　：演台・マイク2本・受付テーブル2台、看板（縦）1枚

見積書番号 SH-2025-1187 の内容から、鏡開き用の樽酒を追加したいと
考えております（費用は別途お知らせください）。

よろしくお願いいたします。
{SIG_ASAKA}""",
})

_p = people(3, 64)
add({
    "id": "koenkai-003", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "64-row address-label CSV (CP932) for the newsletter mailing sent to the printer",
    "charset": "shift_jis", "sender": JIMUKYOKU, "to": [NISHIKI],
    "subject": "日の出会だより第42号　宛名データ送付",
    "body": f"""錦印刷株式会社
営業部　戸塚様

いつもお世話になっております。日の出会事務局の村瀬です。
会報「日の出会だより」第42号の宛名ラベル用データをお送りします。

・ファイル：hinodekai_42_atena.csv（64件）
・文字コード：Shift_JIS
・敬称は「様」で統一してください。
・住所の2行目（建物名）は1行目の後ろに全角スペースで入れています。

発送は11月25日（月）の郵便局持込でお願いできればと存じます。
{SIG_HINODEKAI}""",
    "attachments": [{
        "kind": "csv", "name": "hinodekai_42_atena.csv", "encoding": "cp932",
        "rows": [["会員番号", "郵便番号", "住所", "氏名", "敬称"]]
        + [[f"H{p['no']}", p["zip"], p["addr"], p["name"], "様"] for p in _p],
    }],
})

add({
    "id": "koenkai-004", "expect": "pass", "entities": [], "detectors": [],
    "note": "mail about an NDA with the printer, the attachment is the NDA draft itself",
    "charset": "utf-8", "sender": MURASE, "to": [NISHIKI],
    "subject": "秘密保持契約書（案）のご確認のお願い",
    "body": f"""錦印刷株式会社　戸塚様

お世話になっております。日の出産業 総務部の村瀬です。

来期から日の出会・工業会の会報の宛名印字と発送もお願いすることになりましたので、
会員情報をお預けする前に、秘密保持契約を締結させていただきたく存じます。
弊社の標準様式をベースにした案を添付いたしますので、貴社法務ご担当の方にも
ご確認いただけますと幸いです。

特に第5条（再委託の禁止）と第8条（返還・廃棄）について、貴社の運用と合うか
ご意見をいただければと思います。
{SIG_MURASE}""",
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書_案_錦印刷様.docx", "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と錦印刷株式会社（以下「乙」という。）は、"
            "甲が乙に委託する会報の印刷・発送業務に関し、次のとおり秘密保持契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する会員の氏名、住所その他の"
            "個人情報及び甲が秘密である旨を明示して開示した一切の情報をいう。",
            "第2条（秘密保持義務）乙は、秘密情報を厳に秘密として保持し、甲の事前の書面による承諾なく"
            "第三者に開示又は漏えいしてはならない。",
            "第5条（再委託の禁止）乙は、甲の書面による承諾なく本業務を第三者に再委託してはならない。",
            "第8条（返還・廃棄）乙は、業務終了後速やかに秘密情報を返還又は廃棄し、その旨を書面で報告する。",
            "第12条（有効期間）本契約の有効期間は締結日から1年間とし、以後も同様とする。",
        ],
    }],
})

_p = people(5, 33)
_rows = {"葵区": _p[:12], "駿河区": _p[12:23], "清水区": _p[23:]}
add({
    "id": "koenkai-005", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "support-association member list, XLSX with one sheet per ward, sent to the member's office",
    "charset": "utf-8", "sender": KOENKAI, "to": [OOKOCHI],
    "subject": "後援会名簿（4月末現在）をお送りします",
    "body": f"""久保田様

お疲れさまです。後援会事務局の相良です。
4月末時点の会員名簿を区ごとのシートに分けてお送りします。
今回の新規入会は7名で、紹介者欄に記入してあります。
県政報告会の案内状発送にお使いください。
{SIG_SAGARA}""",
    "attachments": [{
        "kind": "xlsx", "name": "後援会名簿_202504.xlsx", "title": "後援会名簿",
        "sheets": {ward: [[f"大河内まこと後援会 会員名簿（{ward}）令和7年4月30日現在"], [],
                          ["No", "氏名", "ふりがな", "〒", "住所", "電話", "入会", "紹介者"]]
                   + [[i + 1, p["name"], p["kana"], p["zip"], p["addr"], p["tel"],
                       f"R{(p['no'] % 6) + 1}", "" if i % 3 else "北条"]
                      for i, p in enumerate(rows)]
                   for ward, rows in _rows.items()},
    }],
})

add({
    "id": "koenkai-006", "expect": "either",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "one person's support-association application: a single record (pass) but it shows whom he politically supports",
    "charset": "iso-2022-jp", "sender": KOENKAI, "to": [OOKOCHI],
    "subject": "入会申込（1件）",
    "body": f"""久保田様

お世話になります。事務局の相良です。
昨日の県政報告会の会場で、下記の方から入会申込書をお預かりしました。
ご本人から「ぜひ一度事務所にも伺いたい」とのことでしたので、ご連絡いただけますか。

　氏名　　：芹沢 邦夫（せりざわ くにお）様
　住所　　：〒422-8021 静岡県静岡市駿河区小鹿2丁目14番6号
　電話　　：054-285-7731
　職業　　：自営（茶商）
　紹介者　：当社OB 石垣忠彦様

原本は事務局で保管しております。
{SIG_SAGARA}""",
})

_p = people(7, 9)
add({
    "id": "koenkai-007", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "9 OB members as tab-separated rows pasted in the body, to the OB chairman's gmail",
    "charset": "utf-8", "sender": JIMUKYOKU, "to": ["石垣 忠彦 <t.ishigaki.1949@gmail.com>"],
    "subject": "総会 未回答の方の一覧です",
    "body": "石垣会長\n\nいつもお世話になっております。事務局の村瀬です。\n"
            "総会の出欠はがきがまだ届いていない方を一覧にしました。\n"
            "会長からお電話いただけるとのことでしたので、連絡先も付けております。\n\n"
            "会員No\t氏名\t退職年\t〒\t住所\t電話\n"
            + "\n".join(f"{p['no']}\t{p['name']}\t{2000 + p['no'] % 20}\t{p['zip']}\t{p['addr']}\t{p['tel']}"
                        for p in _p)
            + "\n\n締切は今週金曜日です。よろしくお願いいたします。\n" + SIG_HINODEKAI,
})

add({
    "id": "koenkai-008", "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient (OB chairman), meeting dates only",
    "charset": "iso-2022-jp", "sender": JIMUKYOKU, "to": ["石垣 忠彦 <tishigaki@yahoo.co.jp>"],
    "subject": "日の出会総会の日程候補",
    "body": f"""石垣会長

ご無沙汰しております。日の出会事務局の村瀬です。
今年度の総会について、会場の空き状況を確認しましたところ、
次の3日程が候補となります。

　① 6月7日（土）11:30〜　さくらホテル「桂の間」
　② 6月14日（土）11:30〜　同上
　③ 6月21日（土）12:00〜　駿府会館 2F

昨年は②の週に梅雨入りで出足が悪かったので、①が良いかと存じますが、
会長のご都合はいかがでしょうか。お電話でも結構です。
{SIG_HINODEKAI}""",
})

_p = people(9, 7, born=(1955, 1990))
add({
    "id": "koenkai-009", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "DOCX table of 7 alumni with home address and phone to the alumni association HQ",
    "charset": "utf-8", "sender": SENGOKU, "to": [ALUMNI],
    "subject": "静岡支部 役員改選後の名簿（Word）送付",
    "body": f"""駿河大学校友会 本部事務局 御中

いつもお世話になっております。
静岡支部の事務を担当しております、日の出産業 秘書室の仙石でございます。

先日の支部総会で役員が改選されましたので、新役員の名簿をお送りいたします。
本部の名簿システムへの反映をお願いいたします。
{SIG_SENGOKU}""",
    "attachments": [{
        "kind": "docx", "name": "静岡支部_役員名簿_R7.docx",
        "paragraphs": ["駿河大学校友会 静岡支部　役員名簿（令和7年度）", "支部長以下、敬称略"],
        "tables": [[["役職", "卒業年度・学部", "氏名", "勤務先", "自宅住所", "電話"]]
                   + [[r, f"{p['dob'][0] + 22}年 {f}", p["name"], p["company"],
                       f"〒{p['zip']} {p['addr']}", p["mobile"]]
                      for p, r, f in zip(_p, ["支部長", "副支部長", "副支部長", "幹事長", "会計",
                                               "幹事", "監事"],
                                         ["経済", "工", "法", "工", "商", "教育", "経済"])]],
    }],
})

_p = people(10, 14)
add({
    "id": "koenkai-010", "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "PDF participant list (birth dates, mobiles, emergency contacts) for a study tour, to the travel agency",
    "charset": "iso-2022-jp", "sender": ASAKA, "to": [TOURIST],
    "subject": "【工業会】北陸研修旅行 参加者名簿（PDF）",
    "body": f"""駿河ツーリスト株式会社
法人営業部　ご担当者様

いつもお世話になっております。静岡県精密機械工業会事務局の浅香です。
10月の北陸研修旅行（金沢・富山 1泊2日）の参加者名簿をPDFでお送りします。
旅行保険の手配に生年月日が必要とのことでしたので記載しております。
お部屋割りは別途ご相談させてください。
{SIG_ASAKA}""",
    "attachments": [{
        "kind": "pdf", "name": "北陸研修旅行_参加者名簿.pdf", "title": "参加者名簿",
        "lines": ["静岡県精密機械工業会　北陸研修旅行（10/16-17）参加者名簿", ""],
        "table": [["No", "氏名", "会社", "生年月日", "携帯", "緊急連絡先"]]
        + [[str(i + 1), p["name"], p["company"], wareki(p["dob"], "short"), p["mobile"],
            f"{q['tel']}（家族）"] for i, (p, q) in enumerate(zip(_p, people(110, 14)))],
    }],
})

add({
    "id": "koenkai-011", "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "invitation sent with five member companies visible to each other in To (should be Bcc)",
    "charset": "iso-2022-jp", "sender": ASAKA,
    "to": ["駿河精工 総務部 <soumu@suruga-seiko.co.jp>", "清水鉄工所 <info@shimizu-tekko.co.jp>",
           "富士ダイカスト 社長室 <shachoshitsu@fuji-diecast.co.jp>",
           "遠州機械 総務 <somu@enshu-kikai.co.jp>", "大井川工業 <office@oigawa-kogyo.co.jp>"],
    "subject": "令和8年 新年賀詞交歓会のご案内",
    "body": f"""会員各位

拝啓　師走の候、貴社ますますご清栄のこととお慶び申し上げます。
平素は当会の運営に格別のご協力を賜り、厚く御礼申し上げます。

さて、恒例の新年賀詞交歓会を下記のとおり開催いたします。
ご多用中とは存じますが、万障お繰り合わせのうえご出席賜りますようご案内申し上げます。

　　　　　　　　　　　記
日時：令和8年1月10日（金）12:00〜14:00（受付11:30〜）
会場：さくらホテル 2階「鳳凰の間」
会費：お一人様 10,000円（当日受付にて申し受けます）
ご来賓：静岡県議会議員 大河内 誠 様 ほか

出欠は同封のFAX用紙またはメールにて12月19日までにご回答ください。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　敬具
{SIG_ASAKA}""",
})

add({
    "id": "koenkai-012", "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "three-way arrangement with two partner organisations (hotel and printer) in To/Cc",
    "charset": "utf-8", "sender": ASAKA, "to": [HOTEL], "cc": [NISHIKI],
    "subject": "賀詞交歓会 看板・席札の搬入について（三者確認）",
    "body": f"""さくらホテル 佐久間様
（cc: 錦印刷 戸塚様）

お世話になっております。工業会事務局の浅香です。
看板と席札の件、お二方に同時にご確認いただきたくご連絡しました。

・縦看板（1800×450）1枚：錦印刷様で制作、1/9（木）15時にホテル搬入口へ
・席札 85枚：同日同梱でお届け
・搬入口：ホテル裏手の荷捌き場（佐久間様、守衛室への連絡をお願いします）

データは12/26（金）に錦印刷様へ入稿予定です。
何か不都合がありましたらご指摘ください。
{SIG_ASAKA}""",
})

add({
    "id": "koenkai-013", "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "hotel domain with the wrong TLD (sakura-hotel.co.jp for sakura-hotel.jp)",
    "charset": "iso-2022-jp", "sender": JIMUKYOKU, "to": ["佐久間様 <sakuma.y@sakura-hotel.co.jp>"],
    "subject": "日の出会総会 人数確定のご連絡",
    "body": f"""さくらホテル 佐久間様

いつもお世話になっております。日の出会事務局の村瀬です。
6月7日の総会・懇親会の人数が確定しましたのでご連絡いたします。

　総会（桂の間・スクール形式）　58名
　懇親会（同会場・円卓8卓）　　 52名

ご来賓席は1卓、演台は上手側でお願いいたします。
お料理は前回と同じ和洋折衷コースで結構です。
{SIG_HINODEKAI}""",
})

_mn = my_number(3301)
add({
    "id": "koenkai-014", "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "a lecturer's My Number in the body, sent to the tax accountant for the payment record",
    "charset": "shift_jis", "sender": ASAKA, "to": [TAX],
    "subject": "講演会講師謝金の支払調書について",
    "body": f"""望月会計事務所　ご担当者様

お世話になっております。静岡県精密機械工業会事務局の浅香です。
9月の技術講演会の講師謝金について、支払調書の作成をお願いいたします。
ご本人から番号の提供を受けましたので、下記にお知らせします。

　支払先氏名：勅使河原 英樹
　住所　　　：静岡県浜松市中央区佐鳴台3丁目21番9号
　個人番号　：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　支払金額　：100,000円（源泉徴収税額 10,210円）
　支払日　　：令和7年9月30日

本人確認書類の写しは事務局で保管しております。
{SIG_ASAKA}""",
})

add({
    "id": "koenkai-015", "expect": "pass", "entities": [], "detectors": [],
    "note": "membership statistics by year and district, no people",
    "charset": "utf-8", "sender": ASAKA, "to": [KOGYOKAI],
    "subject": "会員数の推移（事業報告書用）",
    "body": f"""本部事務局 御中

お世話になっております。静岡支部事務局の浅香です。
事業報告書に掲載する会員数の推移をお送りします。

年度      正会員  賛助会員  合計  前年比
----------------------------------------
令和3年     118      24     142    -3
令和4年     115      26     141    -1
令和5年     117      27     144    +3
令和6年     121      27     148    +4
令和7年     124      29     153    +5

地区別（令和7年度）：中部 71／西部 48／東部 34
会費収納率：97.4%（未納 4社、うち2社は分納中）
{SIG_ASAKA}""",
})

add({
    "id": "koenkai-016", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "the OB chairman's heart attack and hospital stay told to the newsletter editor (medical history of one person)",
    "charset": "iso-2022-jp", "sender": JIMUKYOKU, "to": [NISHIKI2],
    "subject": "会報42号 巻頭あいさつの差し替え",
    "body": f"""錦印刷 DTPセンター ご担当者様

お世話になっております。日の出会事務局の村瀬です。
入稿済みの42号ですが、巻頭あいさつを差し替えさせてください。

会長の石垣忠彦様が10月に心筋梗塞で入院され、現在も静岡市立病院で
リハビリ中のため、今号は副会長の望月正雄様のあいさつに変更となりました。
（会長のご病状については会報には載せませんので、本文中の
「会長は療養中」という一文のみで結構です。）

差し替え原稿は明日午前中にお送りします。
{SIG_HINODEKAI}""",
})

_p = people(17, 8)
_q = "\n".join(f"> {p['name']}　{p['company']}　{p['mobile']}" for p in _p)
add({
    "id": "koenkai-017", "expect": "pass", "entities": [], "detectors": [],
    "note": "reply that only quotes (with >) the guest list the recipient sent; new text has no personal data",
    "charset": "iso-2022-jp", "sender": KOENKAI, "to": [OOKOCHI],
    "subject": "Re: 県政報告会 来賓・世話人の連絡先",
    "body": f"""久保田様

ありがとうございます。受付表に反映しておきます。
当日は相良と浅香の2名で受付に立ちます。

{SIG_SAGARA}
> 相良様
>
> 県政報告会の世話人の連絡先です。受付でご活用ください。
>
{_q}
>
> 大河内まこと事務所　久保田
""",
})

_p = people(18, 8, born=(1960, 1985))
_tr = "".join(f"<tr><td>第{30 + i}回</td><td>{p['name']}</td><td>{p['mobile']}</td>"
              f"<td>{p['email']}</td><td>{p['addr']}</td></tr>" for i, p in enumerate(_p))
add({
    "id": "koenkai-018", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of 8 class secretaries (mobile, e-mail, address)",
    "charset": "utf-8", "sender": SENGOKU, "to": ["東陵会 本部 <honbu@toryokai-shizuoka.jp>"],
    "subject": "東陵会 学年幹事一覧（更新版）",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif">
<p>東陵会 本部 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の仙石です（第36回卒）。<br>
各学年の幹事の連絡先を更新しましたのでお送りします。同窓会誌の発送名簿に反映をお願いいたします。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>卒業回</th><th>幹事氏名</th><th>携帯</th><th>メール</th><th>住所</th></tr>
{_tr}
</table>
<p>以上、よろしくお願いいたします。</p>
<p>仙石 玲奈<br>日の出産業株式会社 秘書室<br>TEL 054-255-3175</p>
</body></html>""",
})

_cn = card_number(3301)
add({
    "id": "koenkai-019", "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"], "detectors": ["personal_data"],
    "note": "a member's credit card number passed to the hotel for paying party tickets",
    "charset": "shift_jis", "sender": KOENKAI, "to": [HOTEL2],
    "subject": "県政報告会 パーティー券代金のカード決済",
    "body": f"""さくらホテル 宴会課 御中

お世話になっております。大河内まこと後援会事務局です。
県政報告会のパーティー券（10枚分 100,000円）について、購入者の方から
カードで支払いたいとのご依頼がありましたので、決済をお願いできますでしょうか。

　名義　　：KAZUYA AKAHORI（赤堀 和也 様）
　カード番号：{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}
　有効期限：08/28
　金額　　：100,000円（一括）

決済後、領収書を事務局宛にお送りください。
{SIG_SAGARA}""",
})

_p = people(20, 40)
add({
    "id": "koenkai-020", "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": [],
    "note": "full member list CSV, but every recipient is internal",
    "charset": "utf-8", "sender": KOENKAI,
    "to": ["日野 昭一郎 <hino.shoichiro@hinode-sangyo.co.jp>"], "cc": [SENGOKU, HOJO],
    "subject": "後援会 会員一覧（社長ご確認用）",
    "body": f"""社長

お疲れさまです。相良です。
来週の後援会役員会の前に、現在の会員一覧をご確認いただきたくお送りします。
（CSV、40名分。Excelで開けます。）

退会希望の連絡があった3名は備考欄に記載しています。
{SIG_SAGARA_CO}""",
    "attachments": [{
        "kind": "csv", "name": "koenkai_members.csv", "encoding": "utf-8",
        "rows": [["氏名", "〒", "住所", "電話", "備考"]]
        + [[p["name"], p["zip"], p["addr"], p["tel"], "退会希望" if i in (4, 17, 33) else ""]
           for i, p in enumerate(_p)],
    }],
})

# ---------------------------------------------------------------------------------------
# 021–040
# ---------------------------------------------------------------------------------------

_p = people(21, 6)
add({
    "id": "koenkai-021", "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME", "EMAIL_ADDRESS"], "detectors": ["personal_data"],
    "note": "UTF-8 CSV of failed annual-fee card payments with full card numbers, to the payment provider",
    "charset": "utf-8", "sender": MURASE, "to": ["ペイネクスト サポート <support@paynext.co.jp>"],
    "subject": "【再決済依頼】年会費カード決済エラー分（6件）",
    "body": f"""ペイネクスト株式会社 カスタマーサポート御中

いつもお世話になっております。日の出会（加盟店ID HN-20931）の村瀬です。
4月の年会費一括決済で「オーソリエラー」となった6件について、会員に確認のうえ
カード情報を再取得しましたので、再決済をお願いいたします。
CSVを添付します。
{SIG_MURASE}""",
    "attachments": [{
        "kind": "csv", "name": "retry_202504.csv", "encoding": "utf-8",
        "rows": [["会員ID", "氏名", "メール", "カード番号", "有効期限", "金額"]]
        + [[f"H{p['no']}", p["name"], p["email"], card_number(3302 + i),
            f"{(i * 5) % 12 + 1:02d}/{27 + i % 3}", "3000"] for i, p in enumerate(_p)],
    }],
})

add({
    "id": "koenkai-022", "expect": "pass", "entities": [], "detectors": [],
    "note": "list of candidate venues (hotels, halls) with switchboards and addresses: businesses, not people",
    "charset": "iso-2022-jp", "sender": KOENKAI, "to": [OOKOCHI],
    "subject": "県政報告会の会場候補（5か所）",
    "body": f"""久保田様

お世話になります。相良です。
11月の県政報告会の会場候補を調べました。いずれも300名規模が可能です。

・さくらホテル（鳳凰の間）　静岡市葵区紺屋町5-2　TEL 054-251-8800
・ホテル駿府城北　　　　　　静岡市葵区北番町88　　TEL 054-273-1100
・静岡中央会館（大ホール）　静岡市葵区追手町9-18　TEL 054-221-5050
・清水マリンパレス　　　　　静岡市清水区日の出町3-1　TEL 054-353-2211
・グランヴェール藤枝　　　　藤枝市前島1-7-10　　　TEL 054-636-7000

費用はさくらホテルが最も安く、駐車場は中央会館が一番広いです。
候補を2つに絞っていただければ仮押さえします。
{SIG_SAGARA}""",
})

add({
    "id": "koenkai-023", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "names two guests as Muslims needing halal meals (religion of identifiable persons), to the hotel",
    "charset": "iso-2022-jp", "sender": ASAKA, "to": [HOTEL],
    "subject": "賀詞交歓会 お食事のご配慮のお願い",
    "body": f"""佐久間様

お世話になっております。工業会事務局の浅香です。
賀詞交歓会のお料理について、個別にご配慮をお願いしたい方がいらっしゃいます。

1. 天竜製作所 技術顧問　アフマド・ハキム様
   イスラム教徒のため、ハラール対応（豚・アルコール不使用）をお願いします。
2. 同社　ヌルル・アイン様（ハキム様の奥様）
   同じくムスリムの方です。お飲み物はソフトドリンクのみで。
3. 三保精密 代表取締役　青島 隆様
   甲殻類アレルギー（エビ・カニ）

ハキム様ご夫妻はお祈りの時間に少し席を外されるかもしれないとのことで、
控室を1つお借りできますでしょうか。
{SIG_ASAKA}""",
})

_p = people(24, 7)
add({
    "id": "koenkai-024", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "PPTX slides with a phone tree of 7 district organisers and their mobiles, to the member's office",
    "charset": "utf-8", "sender": KOENKAI, "to": [OOKOCHI2],
    "subject": "後援会総会スライド（案）",
    "body": f"""大河内まこと事務所 御中

事務局の相良です。後援会総会で使うスライドの案をお送りします。
4枚目に地区世話人の連絡網を入れましたので、番号に誤りがないか
ご確認ください。
{SIG_SAGARA}""",
    "attachments": [{
        "kind": "pptx", "name": "後援会総会_R7.pptx", "title": "後援会総会",
        "slides": [
            ["大河内まこと後援会 令和7年度 総会", "令和7年5月24日（土）静岡中央会館"],
            ["活動報告", "県政報告会 3回開催（延べ620名）", "ミニ集会 14回", "会報 年4回発行"],
            ["今年度の重点", "青年部・女性部の会員拡大", "地区世話人の増員（目標 20地区）"],
            ["地区世話人 連絡網"] + [f"{a}地区　{p['name']}　{p['mobile']}"
                                     for a, p in zip(["安東", "城東", "番町", "中島", "小鹿", "長田", "清水辻"], _p)],
            ["ご清聴ありがとうございました"],
        ],
    }],
})

_p = people(25, 22)
_banks = [("みどり銀行", "静岡支店"), ("みどり銀行", "清水支店"), ("駿河信用金庫", "本店営業部"),
          ("ゆうちょ銀行", "〇一八店"), ("みどり銀行", "藤枝支店")]
_acc = [[f"H{p['no']}", p["kana"], *_banks[i % 5], "普通", f"{random.Random(i + 25).randint(1000000, 9999999)}", "3000"]
        for i, p in enumerate(_p)]
add({
    "id": "koenkai-025", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"], "detectors": ["personal_data"],
    "note": "unencrypted ZIP holding a CSV and an XLSX of 22 members' bank accounts for fee direct debit, to the bank",
    "charset": "iso-2022-jp", "sender": MURASE, "to": [MIDORI],
    "subject": "日の出会 年会費 口座振替依頼データ（5月分）",
    "body": f"""みどり銀行 静岡支店
法人営業課　野沢様

いつもお世話になっております。日の出産業 総務部の村瀬です。
日の出会の年会費（5月27日振替分）の依頼データをお送りします。
伝送サービスの容量制限にかかってしまったため、今回はメールでお送りします。

　依頼件数：22件　／　依頼金額合計：66,000円

集計表（Excel）も同じZIPに入れてあります。
{SIG_MURASE}""",
    "attachments": [{
        "kind": "zip", "name": "furikae_202505.zip",
        "files": [
            {"kind": "csv", "name": "furikae_202505.csv", "encoding": "utf-8",
             "rows": [["顧客番号", "預金者名（カナ）", "銀行", "支店", "種目", "口座番号", "金額"]] + _acc},
            {"kind": "xlsx", "name": "集計表.xlsx",
             "sheets": {"集計": [["日の出会 年会費 口座振替 集計表"], ["件数", 22], ["金額", 66000]],
                        "明細": [["顧客番号", "預金者名", "銀行", "支店", "種目", "口座番号", "金額"]] + _acc}},
        ],
    }],
})

add({
    "id": "koenkai-026", "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "four reception staff with their mobiles for the event day: under five people",
    "charset": "shift_jis", "sender": KOENKAI, "to": [HOTEL],
    "subject": "県政報告会 当日の受付担当について",
    "body": f"""佐久間様

いつもお世話になっております。後援会事務局の相良です。
当日の受付担当は下記4名です。搬入や配席でご相談がある場合は
こちらにご連絡ください。

　相良 大輔　（事務局）　　090-3318-0412
　浅香 美咲　（事務局）　　080-2267-5190
　杉山 幸子　（女性部長）　090-7741-2036
　九十九 稔　（青年部長）　070-5518-0937

13:00に4名とも会場入りいたします。
{SIG_SAGARA}""",
})

_p = people(27, 10)
_inner = {
    "charset": "utf-8", "sender": KOENKAI, "to": [SAGARA],
    "subject": "日帰りバス旅行 申込集計（最終）",
    "body": "相良さん\n\n日帰りバス旅行（浜名湖・舘山寺）の申込を締め切りました。最終の集計です。\n\n"
            + table([["No", "氏名", "乗車地", "携帯", "備考"]]
                    + [[str(i + 1), p["name"], ["静岡駅北口", "清水駅東口", "草薙駅"][i % 3],
                        p["mobile"], ["", "夫婦", "", "杖使用", "", "", "", "夫婦", "", ""][i]]
                       for i, p in enumerate(_p)])
            + "\n\n浅香\n",
}
add({
    "id": "koenkai-027", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "an internal mail with 10 passengers' mobiles forwarded as an attached message to the bus company",
    "charset": "iso-2022-jp", "sender": SAGARA, "to": [AOBA],
    "subject": "乗車名簿の件（申込集計メールを添付します）",
    "body": f"""青葉運輸株式会社 貸切バス課 御中

お世話になっております。日の出産業の相良です。
6月14日の貸切バス（中型1台）の乗車名簿として、社内の集計メールを
そのまま添付いたします。乗車地ごとの人数確認にお使いください。

よろしくお願いいたします。
{SIG_SAGARA_CO}""",
    "attachments": [{"kind": "eml", "name": "申込集計.eml", "message": _inner}],
})

_p = people(28, 6, born=(1940, 1960))
add({
    "id": "koenkai-028", "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "forward (転送) of a member's mail listing 6 participants with birth dates and addresses, to the travel agency",
    "charset": "iso-2022-jp", "sender": KOENKAI, "to": [TOURIST],
    "subject": "FW: 女性部 日帰り研修の参加者",
    "body": f"""駿河ツーリスト 法人営業部 御中

お世話になっております。大河内まこと後援会事務局の相良です。
女性部長の杉山様から届いた参加者情報を転送いたします。
傷害保険の加入手続きをお願いします。
{SIG_SAGARA}
-------- 転送メッセージ --------
差出人: 杉山 幸子 <sachiko.sugiyama62@docomo.ne.jp>
日付: 2025年5月12日 20:41
件名: 女性部 日帰り研修の参加者
宛先: koenkai-jimu@hinode-sangyo.co.jp

相良さん、こんばんは。ご夫婦参加の方も含めて、参加者は私を入れて6人です。保険に使うとのことなので
生年月日と住所を書いておきます。

""" + "\n".join(f"{p['name']}（{wareki(p['dob'], 'kanji')}生）\n　{p['addr']}" for p in _p) + f"""

よろしくお願いします。
杉山
""",
})

add({
    "id": "koenkai-029", "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "four OB committee members' private addresses visible to each other in To",
    "charset": "iso-2022-jp", "sender": JIMUKYOKU,
    "to": ["石垣 忠彦 <tishigaki@yahoo.co.jp>", "望月 正雄 <mochi.masao@gmail.com>",
           "赤堀 和子 <kazuko-a@docomo.ne.jp>", "紅林 修 <kure.osamu@icloud.com>"],
    "subject": "日の出会 幹事会のお知らせ（5/20）",
    "body": f"""幹事各位

いつもお世話になっております。日の出会事務局の村瀬です。
総会に向けた幹事会を下記のとおり開催いたします。

　日時：5月20日（火）14:00〜15:30
　場所：日の出産業本社 5階 第2会議室
　議題：総会次第・会計報告・記念品の選定

ご都合の悪い方はご連絡ください。
{SIG_HINODEKAI}""",
})

add({
    "id": "koenkai-030", "expect": "pass", "entities": [], "detectors": [],
    "note": "ordinary reply to one member company, signature and the standard confidentiality disclaimer",
    "charset": "iso-2022-jp", "sender": ASAKA, "to": ["丸子化成 総務課 <soumu@mariko-kasei.co.jp>"],
    "subject": "Re: 会費請求書の宛名変更について",
    "body": f"""丸子化成株式会社 総務課 御中

お世話になっております。工業会事務局の浅香です。
ご連絡ありがとうございました。

来年度から請求書の宛名を「丸子化成株式会社 管理本部」へ変更いたします。
今年度分（請求番号 SK-R7-0342）は発行済みのため、このままお手続きください。
{SIG_ASAKA}{DISCLAIMER}""",
})

add({
    "id": "koenkai-031", "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "printer's domain misspelled (nishiki-insatu.co.jp, one letter dropped)",
    "charset": "utf-8", "sender": JIMUKYOKU, "to": ["戸塚様 <totsuka@nishiki-insatu.co.jp>"],
    "subject": "会報43号 原稿入稿",
    "body": f"""錦印刷 戸塚様

お世話になっております。日の出会事務局の村瀬です。
会報43号の原稿一式をお送りします。

・本文（Word）：特集「工場見学会レポート」ほか 8ページ
・写真：12点（別便のギガファイル便でお送りします）
・仕様：A4 8ページ、2色刷り、320部

初校は7月4日頃にいただけますと助かります。
{SIG_HINODEKAI}""",
    "attachments": [{
        "kind": "docx", "name": "会報43号_原稿.docx",
        "paragraphs": ["日の出会だより 第43号", "特集　工場見学会レポート",
                       "去る5月、会員38名が参加して日の出産業 藤枝工場の見学会を開催しました。"
                       "新設の自動倉庫では、担当者の説明に熱心に聞き入る姿が見られました。",
                       "事務局だより　総会は6月7日（土）、さくらホテルで開催します。"],
    }],
})

add({
    "id": "koenkai-032", "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "DOCX whose page header carries the stamp 社外秘, sent to the politician's office",
    "charset": "iso-2022-jp", "sender": KOENKAI, "to": [OOKOCHI],
    "subject": "選挙事務所の体制案（たたき台）",
    "body": f"""久保田様

お疲れさまです。相良です。
来春に向けた事務所体制のたたき台を作りました。
役割分担の部分だけでもご意見いただけると助かります。
{SIG_SAGARA}""",
    "attachments": [{
        "kind": "docx", "name": "事務所体制案_v1.docx", "page_header": "社外秘",
        "paragraphs": ["選挙事務所 体制案（たたき台）v1", "1. 事務所開設：告示の3か月前を目途",
                       "2. 組織：事務長／総務・会計／広報／遊説／電話・ハガキ",
                       "3. 日の出産業からの支援：総務部より事務局2名（業務時間外）",
                       "4. 予算：別紙（会計責任者と調整中）"],
    }],
})

add({
    "id": "koenkai-033", "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) of the alumni roster; contents cannot be inspected",
    "charset": "iso-2022-jp", "sender": SENGOKU, "to": [ALUMNI],
    "subject": "静岡支部 会員名簿データ（パスワード付き）",
    "body": f"""駿河大学校友会 本部事務局 御中

お世話になっております。静岡支部の仙石です。
支部会員名簿（令和7年度版）をお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別メールでお送りします。
{SIG_SENGOKU}""",
    "attachments": [{
        "kind": "zip", "name": "shizuoka_meibo_R7.zip", "password": "Sg7#kyk2025",
        "files": [{"kind": "csv", "name": "meibo.csv", "encoding": "cp932",
                   "rows": [["氏名", "卒年", "住所", "電話"]]
                   + [[p["name"], str(p["dob"][0] + 22), p["addr"], p["tel"]] for p in people(33, 30)]}],
    }],
})

add({
    "id": "koenkai-034", "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "a board member's cancer treatment discussed, but only between internal colleagues",
    "charset": "utf-8", "sender": SENGOKU, "to": [HOJO],
    "subject": "後援会 副会長の件",
    "body": f"""北条部長

お疲れさまです。仙石です。
後援会副会長の漆畑勝彦様ですが、奥様からお電話があり、
先月の検査で胃がんが見つかり、来月手術されるとのことでした。
当面は役員会も欠席されるそうです。

社長にはお伝えしてあります。お見舞いの要否は部長からご判断ください。
外部（事務所側）にはまだ伏せておいてほしいとのご意向です。
{SIG_SENGOKU}""",
})

_p = people(35, 6)
add({
    "id": "koenkai-035", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "6 gift recipients' home addresses and phones as ・ bullets, to the department store",
    "charset": "shift_jis", "sender": SENGOKU, "to": ["駿河百貨店 外商部 <gaisho@suruga-dept.co.jp>"],
    "subject": "御中元 ご送付先（後援会役員分）",
    "body": "駿河百貨店 外商部　ご担当者様\n\nいつも大変お世話になっております。日の出産業 秘書室の仙石でございます。\n"
            "今年も後援会役員の皆様へ御中元をお送りしたく、送付先をご連絡いたします。\n"
            "品物はいずれも「静岡茶・銘菓詰合せ（5,400円）」、熨斗は「御中元　日野昭一郎」でお願いいたします。\n\n"
            + "\n".join(f"・{p['name']} 様　〒{p['zip']} {p['addr']}　TEL {p['tel']}" for p in _p)
            + "\n\n7月5日着でお手配いただけますと幸いです。\n" + SIG_SENGOKU,
})

add({
    "id": "koenkai-036", "expect": "pass", "entities": [], "detectors": [],
    "note": "English mail to a foreign sister association about a visit; signature only",
    "charset": "utf-8", "sender": ASAKA, "to": ["Lin Mei-hua <meihua.lin@tpma.org.tw>"],
    "subject": "Visit of the Shizuoka Precision Machinery Association delegation (Oct 2025)",
    "body": f"""Dear Ms. Lin,

Thank you for your kind reply and for agreeing to host our delegation.
We would like to confirm the tentative schedule:

  Oct 21 (Tue)  Arrival in Taichung, welcome dinner
  Oct 22 (Wed)  Visits to two member factories (precision spindles, CNC)
  Oct 23 (Thu)  Joint seminar "Smart factory and SMEs", 14:00-17:00
  Oct 24 (Fri)  Departure

The delegation will be about 15 people. I will send the final list of names and
positions by the end of September.

Best regards,

Misaki Asaka
Secretariat, Shizuoka Precision Machinery Association
(c/o Hinode Sangyo Co., Ltd., General Affairs Dept.)
Tel +81-54-255-3171
""",
})

add({
    "id": "koenkai-037", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "a member company director's arrest on bribery charges (criminal record) sent to the law firm",
    "charset": "iso-2022-jp", "sender": HOJO, "to": [SHIRAKAWA],
    "subject": "会員企業役員の逮捕に伴う対応のご相談",
    "body": f"""白川先生

いつも大変お世話になっております。日の出産業の北条でございます。
工業会の件でご相談がございます。

本日の報道のとおり、会員企業である興津金型株式会社の専務取締役
甲賀 智之氏（工業会 理事）が、市発注工事をめぐる贈賄の容疑で
静岡県警に逮捕されました。

工業会定款第9条では、会員の役員が「会の名誉を著しく傷つけた場合」に
理事会の決議で除名できる旨の定めがございますが、起訴前の段階で理事の職を
解くことができるか、また会としてどのような声明を出すべきか、ご助言を
いただけますでしょうか。

明日以降でお時間をいただけるようでしたら、事務所に伺います。
{SIG_HOJO}""",
})

add({
    "id": "koenkai-038", "expect": "pass", "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "annual fee invoice with invoice number and the association's registration (T) number; no person",
    "charset": "utf-8", "sender": ASAKA, "to": ["天竜製作所 経理部 <keiri@tenryu-ss.co.jp>"],
    "subject": "令和7年度 年会費のご請求（請求番号 SK-R7-0118）",
    "body": f"""天竜製作所株式会社 経理部 御中

いつもお世話になっております。静岡県精密機械工業会事務局の浅香です。
令和7年度の年会費について、下記のとおりご請求申し上げます。

　請求番号　：SK-R7-0118
　金額　　　：60,000円（不課税）
　お支払期限：令和7年6月30日
　振込先　　：みどり銀行 静岡支店 普通 2840157
　　　　　　　一般社団法人静岡県精密機械工業会
　登録番号　：T{corp_number('080005012345')}

請求書原本は本日郵送いたしました。
{SIG_ASAKA}""",
})

add({
    "id": "koenkai-039", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one participant's physical disability (wheelchair, certificate grade) sent to the bus company",
    "charset": "shift_jis", "sender": KOENKAI, "to": [AOBA],
    "subject": "6/14 貸切バス　リフト付き車両のご相談",
    "body": f"""青葉運輸 貸切バス課 御中

お世話になっております。後援会事務局の相良です。
6月14日の日帰り旅行ですが、参加者のお一人、大胡田 光男様が
車椅子を利用されています（身体障害者手帳1級、下肢機能障害）。

リフト付きの車両に変更できますでしょうか。
また、休憩地では多目的トイレのあるSAを選んでいただけると助かります。
ご本人は乗車時の介助が必要で、奥様が同行されます。
{SIG_SAGARA}""",
})

add({
    "id": "koenkai-040", "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "poster proof discussed with the politician's office and the printer: two organisations",
    "charset": "iso-2022-jp", "sender": KOENKAI, "to": [OOKOCHI], "cc": [NISHIKI],
    "subject": "県政報告会ポスター 初校の確認",
    "body": f"""久保田様
（cc：錦印刷 戸塚様）

お世話になっております。後援会事務局の相良です。
錦印刷様から県政報告会のポスター初校が届きましたので共有します。

修正点（事務局案）
　1. 日付の曜日：「11月16日（土）」→「11月16日（日）」
　2. 会場名の後ろに「駐車場あり（有料）」を追加
　3. 顔写真を最新のもの（4月撮影）に差し替え

久保田様のご確認後、戸塚様に再校をお願いする流れでよろしいでしょうか。
{SIG_SAGARA}""",
})

# ---------------------------------------------------------------------------------------
# 041–070
# ---------------------------------------------------------------------------------------

_p = people(41, 9)
add({
    "id": "koenkai-041", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "legacy XLS of 9 donors (name, address, occupation, amount) for the political funds report, to the outside accountant",
    "charset": "shift_jis", "sender": KOENKAI, "to": ["大庭税理士事務所 <oba@oba-zeirishi.jp>"],
    "subject": "収支報告書用　寄附の明細（令和6年分）",
    "body": f"""大庭先生

いつもお世話になっております。後援会事務局の相良です。
令和6年分の政治資金収支報告書に記載する寄附の明細をお送りします。
（年間5万円を超える個人寄附のみ抽出しています。）

古いExcel形式（.xls）ですみません。会計ソフトからの出力がこの形式しか選べませんでした。
{SIG_SAGARA}""",
    "attachments": [{
        "kind": "xls", "name": "kifu_meisai_R6.xls",
        "sheets": {"R6寄附": [["年月日", "氏名", "住所", "職業", "金額"]]
                   + [[f"R6.{(i % 12) + 1}.{(i * 7) % 27 + 1}", p["name"], p["addr"],
                       ["会社役員", "自営業", "医師", "会社員", "農業", "無職", "会社役員", "税理士", "自営業"][i],
                       [100000, 60000, 150000, 80000, 60000, 120000, 200000, 60000, 70000][i]]
                      for i, p in enumerate(_p)]},
    }],
})

add({
    "id": "koenkai-042", "expect": "pass", "entities": [], "detectors": [],
    "note": "print quotation request: specs, quantities, prices",
    "charset": "iso-2022-jp", "sender": JIMUKYOKU, "to": [NISHIKI],
    "subject": "会報（年4回）の年間見積のお願い",
    "body": f"""錦印刷 戸塚様

いつもお世話になっております。日の出会事務局の村瀬です。
来年度の会報について、年間でのお見積りをお願いできますでしょうか。

　仕様：A4 中綴じ 8ページ／表紙のみ4色・本文2色
　部数：320部 × 年4回（5月・8月・11月・2月）
　用紙：マットコート 90kg
　オプション：宛名ラベル印字・封入・郵便局差出（ゆうメール）

参考までに、今年度の単価は1部あたり 148円（税別）でした。
6月の幹事会で承認を取りたいため、5月末までにいただけると助かります。
{SIG_HINODEKAI}""",
})

_p = people(43, 8, born=(1950, 1985))
_pp = [f"T{'RZK'[i % 3]}{random.Random(4300 + i).randint(1000000, 9999999)}" for i in range(8)]
add({
    "id": "koenkai-043", "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], "detectors": ["personal_data"],
    "note": "delegation list with passport numbers and birth dates in an XLSX (two sheets), to the travel agency",
    "charset": "utf-8", "sender": ASAKA, "to": [TOURIST],
    "subject": "台湾視察団 団員名簿（旅券情報入り）",
    "body": f"""駿河ツーリスト 法人営業部
ご担当者様

お世話になっております。工業会事務局の浅香です。
10月の台湾視察について、航空券発券用の団員名簿をお送りします。
旅券のローマ字表記は各自のパスポートの写しから転記しました。
2枚目のシートは部屋割りの希望です。
{SIG_ASAKA}""",
    "attachments": [{
        "kind": "xlsx", "name": "台湾視察_団員名簿.xlsx",
        "sheets": {
            "団員名簿": [["静岡県精密機械工業会 台湾視察団（10/21-24）団員名簿"],
                         ["No", "氏名", "ローマ字（旅券表記）", "性別", "生年月日", "旅券番号", "有効期限"]]
            + [[i + 1, p["name"], p["romaji"].split()[1] + " " + p["romaji"].split()[0].upper(),
                p["sex"], wareki(p["dob"], "iso"), _pp[i], f"20{30 + i % 5}-0{i % 9 + 1}-15"]
               for i, p in enumerate(_p)],
            "部屋割り": [["部屋", "氏名", "氏名"]]
            + [[f"{k + 1}", _p[2 * k]["name"], _p[2 * k + 1]["name"]] for k in range(4)],
        },
    }],
})

add({
    "id": "koenkai-044", "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], "detectors": ["personal_data"],
    "note": "two drivers' licence numbers and birth dates for a rental car booking",
    "charset": "shift_jis", "sender": JIMUKYOKU, "to": ["駿河レンタリース 静岡駅前店 <ekimae@suruga-rentalease.co.jp>"],
    "subject": "ワゴン車レンタル予約（日の出会 幹事会）運転者登録",
    "body": f"""駿河レンタリース 静岡駅前店 御中

お世話になっております。日の出会事務局です。
9月6日〜7日のワゴン車（10人乗り）予約（予約番号 SR-0906-2231）について、
運転される方の情報をお知らせします。

【運転者1】
　氏名：望月 正雄
　生年月日：昭和２３年８月１９日
　運転免許証番号：第４９１２７３０４５８１１号
【運転者2】
　氏名：紅林 修
　生年月日：S26.2.3
　免許証番号：491503826640

当日はお二人とも免許証をお持ちします。
{SIG_HINODEKAI}""",
})

add({
    "id": "koenkai-045", "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "reply to an OB member; his own illness is only in the quoted part (>) and the new text names none",
    "charset": "iso-2022-jp", "sender": JIMUKYOKU, "to": ["片桐 浩二 <katagiri.k1948@gmail.com>"],
    "subject": "Re: 総会欠席のご連絡",
    "body": f"""片桐様

ご丁寧にご連絡をいただき、ありがとうございます。
総会は欠席で承りました。会報と記念品は後日ご自宅へお送りいたします。
どうぞご無理をなさらず、お大事になさってください。

日の出会事務局　村瀬

> 日の出会事務局　村瀬様
>
> いつもお世話になっております。片桐です。
> 実は先月、パーキンソン病と診断され、現在は通院しながら
> 自宅で療養しております。
> 残念ですが今年の総会は欠席させていただきます。
> 皆様によろしくお伝えください。
""",
})

add({
    "id": "koenkai-046", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"], "detectors": ["personal_data"],
    "note": "a scholarship student's residence card number sent to the international exchange association",
    "charset": "utf-8", "sender": ASAKA, "to": ["静岡県国際交流協会 <shogaku@shizuoka-kokusai.or.jp>"],
    "subject": "工業会奨学金 受給者の在留資格確認について",
    "body": f"""静岡県国際交流協会 奨学金担当 ご担当者様

いつもお世話になっております。静岡県精密機械工業会事務局の浅香です。
当会の奨学金（令和7年度）の受給者について、在留資格の確認をお願いいたします。

　氏名：グエン・ヴァン・ナム（NGUYEN VAN NAM）
　在学：静岡県立技術大学 工学部 機械工学科 3年
　在留資格：留学
　在留カード番号：UH48217395EA
　在留期間満了日：2026年9月30日

表裏のコピーはご本人の同意を得て事務局で保管しております。
{SIG_ASAKA}""",
})

add({
    "id": "koenkai-047", "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], "detectors": ["personal_data"],
    "note": "an OB member's basic pension number and birth date sent to the labour consultant",
    "charset": "iso-2022-jp", "sender": JIMUKYOKU, "to": [SR],
    "subject": "OB会員の年金記録照会のご相談",
    "body": f"""杉本先生

いつもお世話になっております。日の出会事務局（日の出産業 総務部）の村瀬です。
OB会員の方から、在職中の厚生年金の記録について相談がありました。
ご本人の了解を得ておりますので、照会の手続きをお願いできますでしょうか。

　氏名　　　　：百目鬼 善治（どうめき ぜんじ）
　生年月日　　：昭和22年3月30日
　基礎年金番号：4381-207956
　在職期間　　：昭和45年4月〜平成19年3月（日の出産業）

ねんきん定期便の写しは郵送いたします。
{SIG_MURASE}""",
})

add({
    "id": "koenkai-048", "expect": "pass", "entities": [], "detectors": [],
    "note": "reply above an -----Original Message----- block that holds the recipient's own address list",
    "charset": "shift_jis", "sender": KOENKAI, "to": [OOKOCHI],
    "subject": "RE: 新年のご挨拶状 送付先の追加",
    "body": f"""久保田様

お世話になります。相良です。
追加の5名様、承知いたしました。宛名印刷に回します。
文面は昨年と同じでよろしいでしょうか。
{SIG_SAGARA}
-----Original Message-----
From: 久保田 亮 <kubota@ookochi-makoto.jp>
Sent: Tuesday, December 2, 2025 10:12 AM
To: koenkai-jimu@hinode-sangyo.co.jp
Subject: 新年のご挨拶状 送付先の追加

相良様

ご挨拶状の送付先に、以下の方を追加してください。

""" + "\n".join(f"〒{p['zip']} {p['addr']}　{p['name']} 様" for p in people(48, 5)) + """

よろしくお願いいたします。
久保田
""",
})

add({
    "id": "koenkai-049", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"], "detectors": ["personal_data"],
    "note": "two participants' health insurance card symbols and numbers sent to the travel agency",
    "charset": "iso-2022-jp", "sender": ASAKA, "to": [TOURIST],
    "subject": "北陸研修旅行　保険証情報（2名分）",
    "body": f"""駿河ツーリスト ご担当者様

お世話になっております。工業会事務局の浅香です。
先日ご依頼のあった、旅行中に医療機関を受診する場合に備えた保険証情報です。
ご本人の申し出により、この2名分のみお知らせします。

1) 海野 稔 様
　 保険者番号 06220417　記号 3021　番号 584
2) 仁藤 千秋 様
　 保険者番号 31220155　記号・番号 静岡 22-7140（本人）

取り扱いにはご注意ください。
{SIG_ASAKA}""",
})

_p = people(50, 6)
add({
    "id": "koenkai-050", "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "XLSX of 6 committee members' My Numbers and addresses, to the accounting office",
    "charset": "utf-8", "sender": ASAKA, "to": [TAX],
    "subject": "委員謝金（R7上期）支払調書用データ",
    "body": f"""望月会計事務所 ご担当者様

お世話になっております。工業会事務局の浅香です。
技術委員会の外部委員6名について、上期分の謝金支払調書の作成をお願いします。
個人番号を含むため、確認後は削除をお願いいたします。
{SIG_ASAKA}""",
    "attachments": [{
        "kind": "xlsx", "name": "謝金支払_R7上期.xlsx",
        "sheets": {"支払明細": [["技術委員会 外部委員 謝金支払明細（令和7年4月〜9月）"], [],
                               ["氏名", "住所", "個人番号", "支払額", "源泉税"]]
                   + [[p["name"], p["addr"], my_number(3302 + i), 30000 * (1 + i % 3),
                       3063 * (1 + i % 3)] for i, p in enumerate(_p)],
                   "集計": [["件数", 6], ["合計", sum(30000 * (1 + i % 3) for i in range(6))]]},
    }],
})

add({
    "id": "koenkai-051", "expect": "pass", "entities": [], "detectors": [],
    "note": "English reply; the visitors' passport details appear only in the quoted original (On ... wrote:)",
    "charset": "utf-8", "sender": ASAKA, "to": ["Lin Mei-hua <meihua.lin@tpma.org.tw>"],
    "subject": "Re: Return visit to Shizuoka - delegation details",
    "body": f"""Dear Ms. Lin,

Thank you very much. We have received the details and will book the rooms at
Sakura Hotel for Nov 18-20. Airport pick-up will be arranged by our side.

Kind regards,
Misaki Asaka

On Mon, Sep 8, 2025 at 4:02 PM Lin Mei-hua <meihua.lin@tpma.org.tw> wrote:
> Dear Ms. Asaka,
>
> Please find below our delegation for the return visit:
>
> 1. CHEN Chih-ming   M  1968-04-11  Passport 312845907
> 2. WANG Shu-fen     F  1975-10-02  Passport 309917264
> 3. HUANG Kuo-hua    M  1962-01-27  Passport 315520481
> 4. LIN Mei-hua      F  1980-06-15  Passport 311046733
> 5. TSAI Yi-ting     F  1988-12-09  Passport 316294058
>
> Best regards,
> Lin Mei-hua
""",
})

add({
    "id": "koenkai-052", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "names an OB member as the victim of a phone scam (crime victim) in a mail to the newsletter editor",
    "charset": "iso-2022-jp", "sender": JIMUKYOKU, "to": [NISHIKI2],
    "subject": "44号 注意喚起コラムの原稿について",
    "body": f"""錦印刷 DTPセンター ご担当者様

お世話になっております。日の出会事務局の村瀬です。
次号に「特殊詐欺にご注意」のコラムを入れたいと考えています。

実はOB会員の栗田 節子様（藤枝市在住）が、先月「息子を名乗る電話」で
現金280万円をだまし取られる被害に遭われ、藤枝警察署に被害届を出されています。
ご本人は「名前は伏せて、皆さんの注意喚起に使ってほしい」とのことなので、
記事では「藤枝市在住の会員Aさん」としてください。

原稿は今週中にお送りします。レイアウトは1/2ページでお願いします。
{SIG_HINODEKAI}""",
})

add({
    "id": "koenkai-053", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one member's political party membership (creed) passed on in a mail",
    "charset": "shift_jis", "sender": KOENKAI, "to": [OOKOCHI],
    "subject": "党費のお預かりについて",
    "body": f"""久保田様

お疲れさまです。相良です。
後援会員の仁藤 康弘様（清水区）から、来年度も民政党の党員を継続したいとの
お申し出があり、党費4,000円を事務局でお預かりしました。
奥様の明美様も新たにサポーター登録をご希望です。

申込用紙は本日事務所へお届けします。
{SIG_SAGARA}""",
})

add({
    "id": "koenkai-054", "expect": "pass", "entities": [], "detectors": [],
    "note": "member company list (company names, switchboards, addresses): businesses, not people",
    "charset": "utf-8", "sender": ASAKA, "to": ["静岡中央商工会議所 工業部会 <kogyo@shizuoka-chuo-cci.or.jp>"],
    "subject": "工業会 会員企業一覧（合同展示会 出展案内用）",
    "body": f"""静岡中央商工会議所 工業部会 御中

いつもお世話になっております。静岡県精密機械工業会事務局の浅香です。
合同展示会の出展案内の送付先として、当会の会員企業一覧をお送りします。
各社の代表番号・所在地のみ記載しております。
{SIG_ASAKA}""",
    "attachments": [{
        "kind": "xlsx", "name": "会員企業一覧_R7.xlsx",
        "sheets": {"会員企業": [["静岡県精密機械工業会 会員企業一覧（令和7年4月）"],
                               ["No", "会社名", "業種", "所在地", "代表電話"],
                               [1, "駿河精工株式会社", "精密部品加工", "静岡市駿河区中島821", "054-281-4400"],
                               [2, "清水鉄工所株式会社", "製缶・溶接", "静岡市清水区港町2-6-1", "054-352-1230"],
                               [3, "富士ダイカスト株式会社", "アルミダイカスト", "富士市今泉1015", "0545-52-7711"],
                               [4, "遠州機械株式会社", "専用機製作", "浜松市中央区高塚町3280", "053-447-6100"],
                               [5, "大井川工業株式会社", "板金", "島田市阪本1450", "0547-38-2201"],
                               [6, "三保精密株式会社", "研削加工", "静岡市清水区三保2350", "054-334-0071"],
                               [7, "安倍川電装株式会社", "制御盤", "静岡市葵区松富1-5-3", "054-271-3310"],
                               [8, "焼津プレス工業株式会社", "プレス", "焼津市大島新田122", "054-629-4422"]],
                  "地区別": [["地区", "社数"], ["中部", 71], ["西部", 48], ["東部", 34]]},
    }],
})

_p = people(55, 11)
_party = ["民政党", "", "民政党", "無党派", "", "民政党（党員）", "", "県民ネット", "", "民政党", ""]
_rel = ["", "創価学会", "", "", "浄土真宗（西蓮寺 檀家）", "", "天理教", "", "", "", "カトリック"]
add({
    "id": "koenkai-055", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "supporter cards with party preference and religion columns for 11 people, XLSX to the office",
    "charset": "utf-8", "sender": KOENKAI, "to": [OOKOCHI],
    "subject": "支援者カード 入力データ（城東地区）",
    "body": f"""久保田様

相良です。城東地区の支援者カード（11枚）を入力しましたのでお送りします。
カード裏面の「支持政党」「所属団体・宗教」欄も、記入があったものはそのまま入力しています。
{SIG_SAGARA}""",
    "attachments": [{
        "kind": "xlsx", "name": "支援者カード_城東.xlsx",
        "sheets": {"城東": [["支援者カード入力（城東地区）"],
                           ["氏名", "住所", "電話", "支持政党", "所属団体・宗教", "紹介者"]]
                   + [[p["name"], p["addr"], p["tel"], _party[i], _rel[i], "杉山"]
                      for i, p in enumerate(_p)]},
    }],
})

add({
    "id": "koenkai-056", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "one classmate's religion (Jehovah's Witness) and address given to another alumni committee member",
    "charset": "iso-2022-jp", "sender": SENGOKU, "to": ["寺尾 様 <terao.h@abekawa-denso.co.jp>"],
    "subject": "同期会のご案内送付先の件",
    "body": f"""寺尾様

いつもお世話になっております。東陵会36回生幹事の仙石です。
同期会の案内状の件で1点ご連絡です。

河原崎 久美さん（旧姓 長倉）ですが、ご本人から連絡があり、
エホバの証人の信者のため、お祝い事や年賀状の類は辞退したいとのことでした。
同期会の案内は送ってほしいそうなので、送付先を下記に変更してください。

　〒438-0078 静岡県磐田市中泉3丁目11番2号

よろしくお願いいたします。
{SIG_SENGOKU}""",
})

add({
    "id": "koenkai-057", "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one new member's registration details: a single person's record",
    "charset": "utf-8", "sender": SENGOKU, "to": [ALUMNI],
    "subject": "静岡支部 新規入会者の登録依頼（1名）",
    "body": f"""駿河大学校友会 本部事務局 御中

お世話になっております。静岡支部の仙石です。
支部の新年会で入会申込をいただいた方の登録をお願いいたします。

　氏名　　：滝 大輝（たき だいき）
　卒業　　：2012年3月 理工学部 機械工学科
　生年月日：1989年7月22日
　住所　　：〒422-8067 静岡県静岡市駿河区南町4-19-7
　電話　　：080-4172-5508
　メール　：daiki.taki0722@gmail.com

会費（終身会員 20,000円）は支部でお預かりしております。
{SIG_SENGOKU}""",
})

add({
    "id": "koenkai-058", "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"], "detectors": ["personal_data"],
    "note": "three named participants' medical conditions (pacemaker, diabetes, hypertension) sent to the event organiser",
    "charset": "shift_jis", "sender": ASAKA, "to": ["県スポーツ協会 大会事務局 <taikai@shizuoka-sports.or.jp>"],
    "subject": "企業対抗ウォーキング大会　健康状態申告書の件",
    "body": f"""大会事務局 ご担当者様

お世話になっております。静岡県精密機械工業会事務局の浅香です。
健康状態申告書で「あり」と回答した参加者が3名おりましたので、救護班への
共有をお願いいたします。

・焼津プレス工業　赤堀 勝彦様　心臓ペースメーカー使用（AED使用時は要注意）
・三保精密　　　　石垣 由美様　1型糖尿病（インスリン使用、補食を携帯）
・駿河精工　　　　大石 稔様　　高血圧で服薬中（先月の健診で要精密検査）

3名とも主治医から参加の許可は得ているとのことです。
{SIG_ASAKA}""",
})

add({
    "id": "koenkai-059", "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "board minutes sent to four member companies' directors visible in To and Cc",
    "charset": "utf-8", "sender": ASAKA,
    "to": ["駿河精工 望月社長 <mochizuki@suruga-seiko.co.jp>", "遠州機械 鈴木社長 <k.suzuki@enshu-kikai.co.jp>"],
    "cc": ["三保精密 青島様 <aoshima@miho-seimitsu.co.jp>", "安倍川電装 寺尾様 <terao.h@abekawa-denso.co.jp>"],
    "subject": "第3回理事会 議事録（案）のご確認",
    "body": f"""理事各位

お世話になっております。工業会事務局の浅香です。
9月12日に開催した第3回理事会の議事録（案）をお送りします。
修正がございましたら9月26日（金）までにご連絡ください。
{SIG_ASAKA}""",
    "attachments": [{
        "kind": "pdf", "name": "第3回理事会議事録_案.pdf",
        "lines": ["一般社団法人静岡県精密機械工業会　第3回理事会 議事録（案）",
                  "日時：令和7年9月12日（金）15:00〜16:30　場所：日の出産業本社 5階会議室",
                  "出席理事：8名（定数10名）　監事：1名",
                  "第1号議案　令和8年度事業計画の骨子について　→　原案どおり承認",
                  "第2号議案　賀詞交歓会の開催について　→　1月10日開催で承認",
                  "第3号議案　会費規程の一部改正について　→　継続審議",
                  "報告事項　台湾視察団（10月）の準備状況"],
    }],
})

add({
    "id": "koenkai-060", "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "shuttle bus timings coordinated with two partners (bus company and hotel)",
    "charset": "iso-2022-jp", "sender": JIMUKYOKU, "to": [AOBA], "cc": [HOTEL],
    "subject": "日の出会総会 送迎バスの時刻について",
    "body": f"""青葉運輸 貸切バス課 御中
さくらホテル 佐久間様（cc）

お世話になっております。日の出会事務局の村瀬です。
6月7日の送迎バスについて、時刻を確定させていただきます。

　行き：静岡駅北口 10:50発 → ホテル正面玄関 11:10着
　帰り：ホテル正面玄関 15:10発 → 静岡駅北口 15:30着
　車両：中型1台（定員27名）

ホテル様には正面玄関前の停車（約10分）についてご了承いただけますと幸いです。
{SIG_HINODEKAI}""",
})

add({
    "id": "koenkai-061", "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "sponsorship request to three partner companies, all visible in To",
    "charset": "iso-2022-jp", "sender": HOJO,
    "to": [KAWASAKI, KITAGUNI, "青葉運輸 総務部 <somu@aoba-unyu.co.jp>"],
    "subject": "静岡県精密機械工業会 創立60周年記念事業へのご協賛のお願い",
    "body": f"""関係各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業の北条でございます。当社が事務局を務めております
静岡県精密機械工業会は、来年創立60周年を迎えます。

つきましては、記念式典・祝賀会（令和8年5月）の開催にあたり、
日頃お取引のある皆様にご協賛をお願いできればと存じます。

　協賛区分：特別協賛 30万円／一般協賛 10万円／記念誌広告 5万円
　特典　　：記念誌への社名・ロゴ掲載、祝賀会へのご招待（2名様）

詳細は追って担当の浅香よりご説明に伺います。
何卒よろしくお願い申し上げます。
{SIG_HOJO}""",
})

add({
    "id": "koenkai-062", "expect": "either", "entities": ["PERSON_NAME"],
    "detectors": ["freemail_recipient"],
    "note": "obituary to OB members in Bcc naming the deceased's Buddhist temple funeral and the chief mourner: a deceased person's rite, judged either way",
    "charset": "iso-2022-jp", "sender": JIMUKYOKU, "to": [JIMUKYOKU],
    "bcc": ["tishigaki@yahoo.co.jp", "mochi.masao@gmail.com", "kazuko-a@docomo.ne.jp",
            "kure.osamu@icloud.com", "katagiri.k1948@gmail.com", "nagakura-s@ezweb.ne.jp"],
    "subject": "【訃報】元常務取締役 村松光男様ご逝去のお知らせ",
    "body": f"""日の出会 会員各位

謹んでお知らせいたします。
元常務取締役の村松光男様（昭和44年入社）が、11月3日に享年82歳にて
ご逝去されました。ここに生前のご厚誼に深く感謝し、謹んでご通知申し上げます。

通夜・告別式は浄土真宗本願寺派の作法により、下記のとおり執り行われます。

　通夜　　：11月5日（水）18:00〜　西蓮寺 本堂（静岡市葵区沓谷2-8-14）
　告別式　：11月6日（木）11:00〜12:00　同上
　喪主　　：長男 村松 健一 様

日の出会として供花をお供えいたします。
{SIG_HINODEKAI}""",
})

add({
    "id": "koenkai-063", "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "bank domain with a letter added (midori-ginkou.co.jp for midori-ginko.co.jp)",
    "charset": "shift_jis", "sender": MURASE, "to": ["野沢様 <nozawa.k@midori-ginkou.co.jp>"],
    "subject": "後援会名義の口座開設に必要な書類について",
    "body": f"""みどり銀行 静岡支店　野沢様

お世話になっております。日の出産業の村瀬です。
先日ご相談した後援会名義の普通預金口座の開設について、
必要書類を改めて確認させてください。

・規約（会則）の写し
・役員名簿（代表者・会計責任者）
・政治団体設立届の写し（選挙管理委員会の受理印のあるもの）
・代表者の本人確認書類

来店予約は11月12日（水）14時でお願いできますでしょうか。
{SIG_MURASE}""",
})

add({
    "id": "koenkai-064", "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "colleague's address typed with the company's own domain missing a letter (hinode-sanyo.co.jp)",
    "charset": "iso-2022-jp", "sender": SAGARA, "to": ["北条 政史 <hojo.masafumi@hinode-sanyo.co.jp>"],
    "subject": "後援会役員会の資料（差し替え版）",
    "body": f"""北条部長

お疲れさまです。相良です。
明日の後援会役員会の資料を差し替えましたのでお送りします。
変更点は「4. 会計報告」の繰越額のみです（誤記訂正）。

会場は本社5階の第1会議室、18時開始です。
{SIG_SAGARA_CO}""",
    "attachments": [{
        "kind": "docx", "name": "役員会資料_差替.docx",
        "paragraphs": ["大河内まこと後援会 役員会 次第", "1. 開会あいさつ", "2. 県政報告（大河内議員）",
                       "3. 秋の県政報告会について", "4. 会計報告（前期繰越 1,284,300円）", "5. その他"],
    }],
})

add({
    "id": "koenkai-065", "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "newsletter mailing done properly with Bcc; members' free-mail addresses are hidden from each other",
    "charset": "utf-8", "sender": JIMUKYOKU, "to": [JIMUKYOKU],
    "bcc": ["mochi.masao@gmail.com", "kazuko-a@docomo.ne.jp", "kure.osamu@icloud.com",
            "h.serizawa@yahoo.co.jp", "akahori.k55@outlook.jp", "taki-m1950@nifty.com",
            "nonogaki_k@ezweb.ne.jp"],
    "subject": "【日の出会】メール会報 第12号（秋の工場見学会のご案内）",
    "body": f"""日の出会 会員の皆様

いつもお世話になっております。日の出会事務局です。
（このメールはBCCで一斉送信しております。）

■ 秋の工場見学会
　日時：10月18日（土）10:00 藤枝工場 正門集合
　内容：新設の自動倉庫と組立ラインの見学、昼食懇談
　会費：1,000円（昼食代）
　申込：10月3日までに返信またはお電話で

■ 会員の動き
　今年度の新入会員は9名となりました。

■ 会費納入のお願い
　未納の方には別途ご案内をお送りしております。
{SIG_HINODEKAI}""",
})

add({
    "id": "koenkai-066", "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "partner domain with a hyphen for the dot (kawasaki-denki-co.jp)",
    "charset": "iso-2022-jp", "sender": HOJO, "to": ["秋山様 <akiyama.t@kawasaki-denki-co.jp>"],
    "subject": "御礼（60周年記念事業へのご協賛）",
    "body": f"""川崎電機株式会社 総務部
秋山様

拝啓　このたびは静岡県精密機械工業会 創立60周年記念事業に
特別協賛のお申し出をいただき、誠にありがとうございました。

協賛金のお振込先と、記念誌に掲載するロゴデータの入稿方法については
担当の浅香より改めてご連絡いたします。

取り急ぎ御礼まで。　　　　　　　　　　　　　　　　　　　敬具
{SIG_HOJO}""",
})

add({
    "id": "koenkai-067", "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "system vendor's domain with rn for m (tsubasa-systern.jp)",
    "charset": "utf-8", "sender": IKUTA, "to": ["ツバサシステム サポート <support@tsubasa-systern.jp>"],
    "subject": "同窓会名簿システム ログインできない件（問合せ番号 TS-58812）",
    "body": f"""ツバサシステム サポートご担当者様

お世話になっております。日の出産業 総務部の生田です。
同窓会名簿システム（契約ID: HNS-0421）について、本日朝から
管理者アカウントでログインできなくなっております。

・エラーメッセージ：「認証サーバーに接続できません（E-503）」
・ブラウザ：Edge / Chrome いずれも同じ
・前回正常にログインできたのは昨日17時頃です

お忙しいところ恐縮ですが、状況をご確認いただけますでしょうか。
{SIG_IKUTA}""",
})

add({
    "id": "koenkai-068", "expect": "pass", "entities": [], "detectors": [],
    "note": "XLSX of attendance rates and survey totals by branch, no people",
    "charset": "iso-2022-jp", "sender": SENGOKU, "to": [ALUMNI],
    "subject": "支部総会の出席状況とアンケート集計",
    "body": f"""駿河大学校友会 本部事務局 御中

お世話になっております。静岡支部の仙石です。
支部総会の出席状況と参加者アンケートの集計をお送りします。
本部の支部長会議資料にご活用ください。
{SIG_SENGOKU}""",
    "attachments": [{
        "kind": "xlsx", "name": "静岡支部_総会集計.xlsx",
        "sheets": {"出席状況": [["静岡支部 総会 出席状況（過去5年）"], ["年度", "案内数", "出席", "出席率"],
                                ["R3", 412, 0, "中止"], ["R4", 405, 61, "15.1%"], ["R5", 398, 74, "18.6%"],
                                ["R6", 402, 83, "20.6%"], ["R7", 410, 88, "21.5%"]],
                   "アンケート": [["設問", "満足", "ふつう", "不満", "無回答"],
                                  ["会場", 52, 24, 3, 9], ["料理", 41, 30, 8, 9], ["講演", 60, 15, 2, 11],
                                  ["年代別 出席者数", "20代 6／30代 11／40代 14／50代 19／60代 23／70代以上 15"]]},
    }],
})

add({
    "id": "koenkai-069", "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "draft petition stamped 【取扱注意】 in the subject and at the top of the body",
    "charset": "iso-2022-jp", "sender": HOJO, "to": ["静岡県金属工業会 専務理事 <senmu@shizuoka-kinzoku.or.jp>"],
    "subject": "【取扱注意】県への合同要望書（案）",
    "body": f"""━━━━━━━━━━━━━━
　　取扱注意（案・未定稿）
━━━━━━━━━━━━━━

静岡県金属工業会
専務理事 様

いつも大変お世話になっております。
精密機械工業会事務局（日の出産業）の北条でございます。

両会合同で県に提出予定の要望書（案）をお送りいたします。
大河内県議を通じて11月中に知事へ手交する段取りで調整しております。

　1. 中小製造業の設備投資補助（上限引上げ）
　2. 工業用水の料金据え置き
　3. 外国人材受入れに係る相談窓口の拡充

文案へのご意見を今月中にいただけますと幸いです。
{SIG_HOJO}""",
})

add({
    "id": "koenkai-070", "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "PDF board paper with the running header 部外秘 on every page, to one external director",
    "charset": "utf-8", "sender": ASAKA, "to": ["遠州機械 鈴木社長 <k.suzuki@enshu-kikai.co.jp>"],
    "subject": "理事会資料（次年度予算案）の事前送付",
    "body": f"""遠州機械株式会社
代表取締役 鈴木様

お世話になっております。工業会事務局の浅香です。
財務担当理事として、次回理事会の予算案を事前にご確認いただきたく
お送りいたします。
{SIG_ASAKA}""",
    "attachments": [{
        "kind": "pdf", "name": "R8予算案.pdf", "page_header": "部外秘",
        "lines": ["令和8年度 収支予算（案）", "",
                  "収入の部　会費収入 9,180,000円／事業収入 2,400,000円／協賛金 3,000,000円",
                  "支出の部　事業費 8,100,000円／管理費 4,250,000円／60周年積立 1,500,000円",
                  "予備費 730,000円", "",
                  "※ 会費改定（年6万円→7万円）を前提としない場合は別紙B案"],
    }],
})

# ---------------------------------------------------------------------------------------
# 071–100
# ---------------------------------------------------------------------------------------

_p = people(71, 5)
add({
    "id": "koenkai-071", "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"], "detectors": [],
    "note": "My Numbers of five committee members, sent only to accounting on an internal subdomain",
    "charset": "iso-2022-jp", "sender": ASAKA, "to": ["経理課 田辺 <tanabe.y@mail.hinode-sangyo.co.jp>"],
    "subject": "委員謝金の源泉徴収（個人番号）",
    "body": "田辺さん\n\nお疲れさまです。浅香です。\n"
            "工業会の下期委員謝金の支払いについて、個人番号を記載します。\n"
            "番号の保管は経理の金庫でお願いします。\n\n"
            + table([["氏名", "個人番号", "支払額"]]
                    + [[p["name"], my_number(3308 + i), f"{30000 * (1 + i % 2):,}円"] for i, p in enumerate(_p)])
            + "\n\n以上です。\n" + SIG_ASAKA,
})

add({
    "id": "koenkai-072", "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "PPTX with a 極秘 footer on every slide (election outlook), to the member's office",
    "charset": "utf-8", "sender": KOENKAI, "to": [OOKOCHI],
    "subject": "情勢分析スライド（後援会役員会用）",
    "body": f"""久保田様

相良です。役員会で使う情勢分析のスライドです。
数字は前回選挙の地区別結果と、今年のミニ集会の動員数から作っています。
{SIG_SAGARA}""",
    "attachments": [{
        "kind": "pptx", "name": "情勢分析_1105.pptx", "page_footer": "極秘　後援会役員限り",
        "slides": [["次期県議選に向けた情勢分析", "後援会事務局　令和7年11月"],
                   ["前回選挙（地区別得票率）", "葵区 38.2%", "駿河区 31.5%", "清水区 27.9%"],
                   ["課題", "清水区の若年層への浸透", "女性部の動員力低下"],
                   ["対策案", "清水区でミニ集会を月2回", "SNS発信の強化（週3回）"]],
    }],
})

add({
    "id": "koenkai-073", "expect": "stop", "entities": [], "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "password-protected PDF of unpaid members, cannot be inspected; sent to the chairman's free-mail",
    "charset": "shift_jis", "sender": JIMUKYOKU, "to": ["石垣 忠彦 <tishigaki@yahoo.co.jp>"],
    "subject": "会費未納の方の一覧（PDF）",
    "body": f"""石垣会長

事務局の村瀬です。ご依頼の会費未納者一覧をPDFでお送りします。
パスワードは、いつもの会長のお電話番号の下4桁です。
{SIG_HINODEKAI}""",
    "attachments": [{
        "kind": "pdf", "name": "mino_ichiran.pdf", "password": "8812",
        "lines": ["日の出会 会費未納者一覧（令和7年度）"],
        "table": [["氏名", "電話", "未納額"]] + [[p["name"], p["tel"], "3,000円"] for p in people(73, 8)],
    }],
})

add({
    "id": "koenkai-074", "expect": "pass", "entities": [], "detectors": [],
    "note": "newsletter dispatch report with counts and tracking numbers",
    "charset": "iso-2022-jp", "sender": KOENKAI, "to": [OOKOCHI2],
    "subject": "後援会報 秋号 発送完了のご報告",
    "body": f"""大河内まこと事務所 御中

お世話になっております。後援会事務局です。
後援会報 秋号（No.37）の発送が完了しましたのでご報告します。

　発送日　　：10月24日（金）
　発送部数　：1,284部（ゆうメール 1,270部／手渡し 14部）
　事務所納品分：50部（ゆうパック 追跡番号 3481-2207-6615）
　県連納品分　：20部（ゆうパック 追跡番号 3481-2207-6626）

宛所不明で戻ってきたものは、来週まとめてご報告します。
{SIG_SAGARA}""",
})

add({
    "id": "koenkai-075", "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "corrupt XLSX (the roster file is damaged and cannot be read)",
    "charset": "utf-8", "sender": SENGOKU, "to": [ALUMNI],
    "subject": "Re: 名簿ファイルが開けないとのこと",
    "body": f"""駿河大学校友会 本部事務局 御中

ご連絡ありがとうございます。仙石です。
先ほどのファイルが開けなかったとのことで、保存し直したものを再送いたします。
もしこれでも開けないようでしたら、USBメモリでお届けします。
{SIG_SENGOKU}""",
    "attachments": [{"kind": "corrupt", "name": "静岡支部名簿_再送.xlsx"}],
})

_p = people(76, 11)
_reasons = ["転居先不明", "宛所尋ねあたりません", "受取拒否", "転居先不明", "番地不明",
            "宛所尋ねあたりません", "転居先不明", "保管期間経過", "転居先不明", "番地不明", "受取拒否"]
add({
    "id": "koenkai-076", "expect": "stop",
    "entities": ["JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "text-file table of 11 returned-mail records (member no., address, phone) with no name column, to the mailing contractor",
    "charset": "iso-2022-jp", "sender": KOENKAI, "to": ["東海メールサービス <info@tokai-mailservice.co.jp>"],
    "subject": "宛所不明 戻り分の住所確認のお願い",
    "body": f"""東海メールサービス株式会社 御中

お世話になっております。大河内まこと後援会事務局です。
後援会報 秋号で宛所不明として戻ってきた11件について、
住所クリーニングをお願いしたく、一覧（テキスト）を添付します。
電話番号は会員カード記載のものです。
{SIG_SAGARA}""",
    "attachments": [{
        "kind": "txt", "name": "modori_37go.txt", "encoding": "cp932",
        "text": "後援会報No.37 戻り一覧\n\n"
                + table([["会員番号", "〒", "住所", "電話", "返送理由"]]
                        + [[f"K-{p['no']}", p["zip"], p["addr"], p["tel"], _reasons[i]]
                           for i, p in enumerate(_p)]) + "\n",
    }],
})

add({
    "id": "koenkai-077", "expect": "pass", "entities": [], "detectors": [],
    "note": "the word 社外秘 only mentioned as a reason for declining to send the roster, not a marking",
    "charset": "iso-2022-jp", "sender": ASAKA, "to": ["焼津プレス工業 営業部 <eigyo@yaizu-press.co.jp>"],
    "subject": "Re: 会員名簿のご提供について",
    "body": f"""焼津プレス工業株式会社 営業部 御中

お世話になっております。工業会事務局の浅香です。
お問い合わせの件ですが、当会の会員名簿は社外秘の扱いとしており、
会員の皆様にも冊子でのみ配布しているため、メールでのデータ提供は
いたしかねます。申し訳ございません。

各社の代表窓口は当会ホームページの「会員企業紹介」に掲載しておりますので、
そちらをご利用いただけますと幸いです。
{SIG_ASAKA}""",
})

_jyu = ["米寿", "喜寿", "傘寿", "米寿", "卒寿", "喜寿", "傘寿"]
_p = [{**p, "dob": ({"喜寿": 1948, "傘寿": 1945, "米寿": 1937, "卒寿": 1935}[j],) + p["dob"][1:]}
      for p, j in zip(people(78, 7), _jyu)]
add({
    "id": "koenkai-078", "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "7 elderly OB members with Japanese-era birth dates in full-width digits and addresses, to the gift supplier",
    "charset": "shift_jis", "sender": JIMUKYOKU, "to": [KITAGUNI],
    "subject": "長寿祝い記念品の直送先リスト",
    "body": "北国フーズ株式会社 営業部 御中\n\nいつもお世話になっております。日の出会事務局の村瀬です。\n"
            "今年度の長寿祝い（記念品：銘菓詰合せ「北の雪」）の直送先をお知らせします。\n"
            "熨斗は「祝 ○寿　日の出会」、お届けは各ご本人の誕生月の初旬でお願いします。\n\n"
            + table([["祝", "氏名", "生年月日", "お届け先"]]
                    + [[j, p["name"], wareki(p["dob"], "zenkanji"), zen(p["addr"])] for j, p in zip(_jyu, _p)],
                    gap=2, rule="－")
            + "\n\n以上７名です。請求書は日の出会事務局宛にお願いいたします。\n" + SIG_HINODEKAI,
})

add({
    "id": "koenkai-079", "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "three day-of contacts (speaker and two staff) with mobiles: under five people",
    "charset": "iso-2022-jp", "sender": ASAKA, "to": [HOTEL],
    "subject": "技術講演会 当日の連絡先",
    "body": f"""佐久間様

お世話になっております。工業会事務局の浅香です。
9月26日の技術講演会の当日連絡先をお知らせします。

　講師　　　：勅使河原 英樹 様（携帯 090-6624-1873）13:30 ホテル着予定
　事務局　　：浅香 美咲（携帯 080-2267-5190）
　事務局補助：生田 翼（携帯 070-3395-0481）

講師控室は小会議室「若竹」でお願いします。
{SIG_ASAKA}""",
})

_p = people(80, 5, born=(1958, 1966))
add({
    "id": "koenkai-080", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "five new members as one block each (address, phone) to the freelance editor's gmail",
    "charset": "utf-8", "sender": JIMUKYOKU, "to": ["編集 小鳥遊 <takanashi.edit@gmail.com>"],
    "subject": "新入会員紹介コーナーの素材",
    "body": "小鳥遊さん\n\nいつもありがとうございます。日の出会事務局の村瀬です。\n"
            "次号の「新入会員紹介」の素材をお送りします。住所と電話は、ご本人に\n"
            "掲載可否を確認するときの連絡用です（誌面には市町名まで）。\n\n"
            + "\n\n".join(f"■ {p['name']}（{p['kana']}）\n　退職：令和{(p['no'] % 6) + 1}年3月（{d}）\n"
                          f"　住所：{p['addr']}\n　電話：{p['tel']}\n　ひとこと：{h}"
                          for p, d, h in zip(_p, ["藤枝工場 製造部", "本社 経理部", "浜松営業所",
                                                  "本社 技術部", "富士工場 品質保証部"],
                                             ["家庭菜園に精を出しています", "孫と釣りに行くのが楽しみ",
                                              "カメラ片手に全国の城めぐり", "地元の消防団OBとして活動中",
                                              "そば打ちを始めました"]))
            + "\n\n写真は明日まとめて送ります。\n" + SIG_HINODEKAI,
})

add({
    "id": "koenkai-081", "expect": "pass", "entities": [], "detectors": [],
    "note": "public event flyer (PDF): the politician's name and office number only",
    "charset": "iso-2022-jp", "sender": KOENKAI, "to": ["静岡中央商工会議所 総務課 <somu@shizuoka-chuo-cci.or.jp>"],
    "subject": "県政報告会チラシ 掲示のお願い",
    "body": f"""静岡中央商工会議所 総務課 御中

お世話になっております。大河内まこと後援会事務局です。
11月16日の県政報告会のチラシを添付いたします。
会議所1階の掲示板に掲示させていただけますと幸いです。
{SIG_SAGARA}""",
    "attachments": [{
        "kind": "pdf", "name": "県政報告会チラシ.pdf",
        "lines": ["大河内まこと 県政報告会 2025", "",
                  "日時：11月16日（日）14:00〜16:00（開場13:30）",
                  "会場：さくらホテル 鳳凰の間", "参加費：無料（どなたでもご参加いただけます）",
                  "内容：県政報告／会場の皆様との意見交換",
                  "お問合せ：大河内まこと事務所 TEL 054-247-6610",
                  "主催：大河内まこと後援会"],
    }],
})

_p = people(82, 25, born=(1965, 2000))
add({
    "id": "koenkai-082", "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "TSV file of 25 alumni (e-mail, mobile) for import into the vendor's roster system",
    "charset": "utf-8", "sender": IKUTA, "to": [TSUBASA],
    "subject": "東陵会 名簿システム 一括登録用ファイル",
    "body": f"""ツバサシステム サポートご担当者様

お世話になっております。日の出産業 総務部の生田です。
東陵会の名簿システム（契約ID: HNS-0421）に、第40回〜第45回卒業生の
一括登録をお願いしたく、インポート用のタブ区切りファイルを添付します。
項目の並びは仕様書（v2.3）のとおりです。
{SIG_IKUTA}""",
    "attachments": [{
        "kind": "txt", "name": "toryokai_import_40-45.tsv", "encoding": "utf-8",
        "text": "氏名\tカナ\t卒業回\tメール\t携帯\n"
                + "\n".join(f"{p['name']}\t{p['kana']}\t{40 + i % 6}\t{p['email']}\t{p['mobile']}"
                            for i, p in enumerate(_p)) + "\n",
    }],
})

add({
    "id": "koenkai-083", "expect": "pass", "entities": [], "detectors": [],
    "note": "general meeting agenda (DOCX) for printing: officer names without any other data, budget figures",
    "charset": "utf-8", "sender": JIMUKYOKU, "to": [NISHIKI],
    "subject": "総会議案書の印刷のお願い（60部）",
    "body": f"""錦印刷 戸塚様

いつもお世話になっております。日の出会事務局の村瀬です。
総会議案書の印刷をお願いします。A4 両面・ホチキス左上1か所、60部です。
6月3日（火）までに本社総務部へ納品いただけますと助かります。
{SIG_HINODEKAI}""",
    "attachments": [{
        "kind": "docx", "name": "日の出会_総会議案書_R7.docx",
        "paragraphs": ["日の出会 令和7年度 定期総会 議案書",
                       "第1号議案　令和6年度 事業報告",
                       "第2号議案　令和6年度 収支決算報告（収入 1,182,000円／支出 1,056,400円）",
                       "第3号議案　役員改選（案）"],
        "tables": [[["役職", "氏名"], ["会長", "石垣 忠彦"], ["副会長", "望月 正雄"], ["副会長", "赤堀 和子"],
                    ["幹事", "紅林 修"], ["会計監査", "片桐 浩二"]]],
    }],
})

_p = people(84, 7)
add({
    "id": "koenkai-084", "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "forward of a reply thread: the quoted guest list with mobiles is new to the hotel, so it counts",
    "charset": "iso-2022-jp", "sender": KOENKAI, "to": [HOTEL],
    "subject": "FW: Re: 県政報告会 ご来賓の同伴者について",
    "body": f"""佐久間様

お世話になっております。後援会事務局の相良です。
事務所とのやり取りを転送いたします。下の7名様が同伴者ありとのことで、
ご来賓席を2卓に増やしていただけますでしょうか。
当日遅れる場合は各自の携帯から直接ホテルへ連絡が入るかもしれません。
{SIG_SAGARA}
---------- Forwarded message ---------
From: 久保田 亮 <kubota@ookochi-makoto.jp>
Date: 2025年11月6日(木) 9:48
Subject: Re: 県政報告会 ご来賓の同伴者について
To: koenkai-jimu@hinode-sangyo.co.jp

相良様

同伴者ありの方は以下のとおりです。

> 同伴者の有無を教えてください。
""" + "\n".join(f"{p['name']} 様（同伴 1名）携帯 {p['mobile']}" for p in _p) + """

久保田
""",
})

add({
    "id": "koenkai-085", "expect": "pass", "entities": [], "detectors": [],
    "note": "activity report slides with counts and percentages only",
    "charset": "utf-8", "sender": KOENKAI, "to": [OOKOCHI2],
    "subject": "後援会 上期活動報告（スライド）",
    "body": f"""大河内まこと事務所 御中

後援会事務局の相良です。上期の活動報告スライドをお送りします。
{SIG_SAGARA}""",
    "attachments": [{
        "kind": "pptx", "name": "上期活動報告.pptx",
        "slides": [["大河内まこと後援会 上期活動報告", "令和7年4月〜9月"],
                   ["会員数", "1,284名（前期比 +46名）", "うち女性部 312名、青年部 97名"],
                   ["行事", "県政報告会 1回（参加 238名）", "ミニ集会 9回（延べ 301名）", "日帰り旅行 1回（38名）"],
                   ["会費", "収納率 91.2%", "口座振替への切替 62件"]],
    }],
})

_p = people(86, 16, born=(1970, 1995))
add({
    "id": "koenkai-086", "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "ZIP (no password) with a DOCX and a PDF roster of 16 alumni (address, phone), to the printer",
    "charset": "shift_jis", "sender": SENGOKU, "to": [NISHIKI],
    "subject": "東陵会誌 卒業生名簿ページの原稿",
    "body": f"""錦印刷 戸塚様

お世話になっております。東陵会の会誌担当の仙石です。
会誌の「卒業生名簿」ページの原稿をZIPでお送りします。
Word版とPDF版は同じ内容です（組版の参考にPDFも付けました）。
{SIG_SENGOKU}""",
    "attachments": [{
        "kind": "zip", "name": "toryokai_meibo_genko.zip",
        "files": [
            {"kind": "docx", "name": "名簿原稿_第41回.docx",
             "paragraphs": ["東陵会誌 第58号　卒業生名簿（第41回卒）"],
             "tables": [[["氏名", "住所", "電話"]] + [[p["name"], p["addr"], p["tel"]] for p in _p[:8]]]},
            {"kind": "pdf", "name": "名簿原稿_第42回.pdf",
             "lines": ["東陵会誌 第58号　卒業生名簿（第42回卒）"],
             "table": [["氏名", "住所", "電話"]] + [[p["name"], p["addr"], p["tel"]] for p in _p[8:]]},
        ],
    }],
})

add({
    "id": "koenkai-087", "expect": "pass", "entities": [], "detectors": [],
    "note": "reply above a 差出人/送信日時 quote of the agency's own rooming list; new text has no personal data",
    "charset": "iso-2022-jp", "sender": ASAKA, "to": [TOURIST],
    "subject": "RE: 北陸研修旅行 部屋割り表（確定版）",
    "body": f"""駿河ツーリスト ご担当者様

お世話になっております。浅香です。
部屋割り表、確認いたしました。この内容で確定でお願いいたします。
バスの座席表は出発前日までにいただければ結構です。
{SIG_ASAKA}

差出人: 駿河ツーリスト 法人営業部 <houjin@suruga-tourist.co.jp>
送信日時: 2025年10月8日 15:21
宛先: asaka.misaki@hinode-sangyo.co.jp
件名: 北陸研修旅行 部屋割り表（確定版）

浅香様

部屋割りを以下のとおり確定いたしました。

""" + "\n".join(f"{k + 1:>2}号室　{a['name']}（{a['mobile']}）／{b['name']}（{b['mobile']}）"
                for k, (a, b) in enumerate(zip(people(10, 14)[0::2], people(10, 14)[1::2]))) + """

駿河ツーリスト 法人営業部
""",
})

_p = people(88, 5, born=(1963, 1985))
add({
    "id": "koenkai-088", "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], "detectors": ["personal_data"],
    "note": "exactly five award nominees as blocks with birth date and home address, to the association HQ",
    "charset": "utf-8", "sender": ASAKA, "to": [KOGYOKAI],
    "subject": "優良従業員表彰 推薦者（静岡支部 5名）",
    "body": "本部事務局 御中\n\nお世話になっております。静岡支部事務局の浅香です。\n"
            "令和7年度 優良従業員表彰の推薦者を取りまとめましたのでお送りします。\n\n"
            + "\n".join(f"【{i + 1}】{p['company']}　{p['name']}\n"
                        f"　　生年月日 {wareki(p['dob'], 'short')}　勤続{20 + i * 3}年\n"
                        f"　　自宅 〒{p['zip']} {p['addr']}\n" for i, p in enumerate(_p))
            + "\n表彰状の宛名は上記のとおりでお願いします。\n" + SIG_ASAKA,
})

add({
    "id": "koenkai-089", "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"], "detectors": ["personal_data"],
    "note": "five public officials' names with their office numbers for seating: public office contacts, judged either way",
    "charset": "iso-2022-jp", "sender": ASAKA, "to": [HOTEL],
    "subject": "賀詞交歓会 ご来賓一覧（席次・呼び出し用）",
    "body": f"""佐久間様

お世話になっております。工業会事務局の浅香です。
ご来賓の一覧です。到着確認のため各事務所の番号も記載しています。

　衆議院議員　　　　朝比奈 隆一 様　　事務所 054-252-3301
　静岡県議会議員　　大河内 誠 様　　　事務所 054-247-6610
　静岡県議会議員　　九十九 恵美子 様　事務所 054-363-2210
　静岡市長　　　　　稲葉 和也 様　　　秘書課 054-221-1002
　静岡市議会議長　　五十嵐 修 様　　　議会事務局 054-221-1345

席次は前回と同じく、衆議院議員を中央でお願いします。
{SIG_ASAKA}""",
})

add({
    "id": "koenkai-090", "expect": "pass", "entities": [], "detectors": [],
    "note": "condolence flowers order for a member company's late chairman: funeral hall details only",
    "charset": "shift_jis", "sender": SENGOKU, "to": ["花駒 法人受付 <hojin@hanakoma.co.jp>"],
    "subject": "供花のご手配（工業会として）",
    "body": f"""花駒 法人受付 ご担当者様

いつもお世話になっております。日の出産業 秘書室の仙石でございます。
下記のとおり供花のご手配をお願いいたします。

　故人　　：駿河精工株式会社 取締役会長　望月 邦夫 様
　式場　　：駿府典礼会館 静岡中央ホール（静岡市葵区沓谷1-22-5）
　告別式　：11月14日（金）11:00
　供花　　：生花スタンド 1基（15,000円）
　名札　　：一般社団法人静岡県精密機械工業会 会長 日野昭一郎

ご請求は工業会事務局宛にお願いいたします。
{SIG_SENGOKU}""",
})

add({
    "id": "koenkai-091", "expect": "pass", "entities": [], "detectors": [],
    "note": "ZIP without password of an invitation, a map and a blank reply form",
    "charset": "iso-2022-jp", "sender": ASAKA, "to": ["興津金型 総務課 <somu@okitsu-kanagata.co.jp>"],
    "subject": "技術講演会のご案内（資料一式）",
    "body": f"""興津金型株式会社 総務課 御中

お世話になっております。工業会事務局の浅香です。
ご依頼いただいた技術講演会の資料一式をZIPでお送りします。
社内回覧にお使いください。
{SIG_ASAKA}""",
    "attachments": [{
        "kind": "zip", "name": "koenkai_annai.zip",
        "files": [
            {"kind": "docx", "name": "案内状.docx",
             "paragraphs": ["技術講演会のご案内", "演題：「中小製造業のための予知保全入門」",
                            "日時：9月26日（金）14:00〜16:00　会場：さくらホテル 桂の間", "参加費：会員無料"]},
            {"kind": "png", "name": "会場地図.png"},
            {"kind": "pdf", "name": "申込書.pdf",
             "lines": ["技術講演会 参加申込書（FAX 054-255-3179）", "",
                       "会社名：＿＿＿＿＿＿＿＿＿＿", "ご参加者名：＿＿＿＿＿＿＿＿＿＿",
                       "ご連絡先：＿＿＿＿＿＿＿＿＿＿"]},
        ],
    }],
})

add({
    "id": "koenkai-092", "expect": "pass", "entities": [], "detectors": [],
    "note": "HTML-only draft of the e-mail newsletter sent to the partner who delivers it; no personal data",
    "charset": "utf-8", "sender": IKUTA, "to": [TSUBASA],
    "subject": "東陵会メールマガジン 12月号 配信テスト用原稿",
    "html": """<html><body>
<p>ツバサシステム サポートご担当者様</p>
<p>お世話になっております。日の出産業の生田です。<br>
東陵会メールマガジン12月号の原稿（HTML）です。テスト配信をお願いします。</p>
<hr>
<h2 style="color:#2a4d8f">東陵会メールマガジン　2025年12月号</h2>
<h3>■ 新年交流会のご案内</h3>
<p>日時：2026年1月24日（土）18:00〜<br>会場：ホテル駿府城北 2F「葵」<br>会費：8,000円</p>
<h3>■ 母校の近況</h3>
<p>硬式野球部が秋季県大会でベスト8に進出しました。応援ありがとうございました。</p>
<h3>■ 会費について</h3>
<p>年会費（2,000円）の納入率は現在 64% です。未納の方はお手続きをお願いします。</p>
<hr>
<p>生田 翼／日の出産業株式会社 総務部（東陵会事務局代行）</p>
</body></html>""",
})

add({
    "id": "koenkai-093", "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"], "detectors": ["personal_data"],
    "note": "four award candidates with birth dates and years of service: under five people",
    "charset": "iso-2022-jp", "sender": ASAKA, "to": [KOGYOKAI],
    "subject": "永年勤続表彰 候補者（東部地区 4名）",
    "body": f"""本部事務局 御中

お世話になっております。浅香です。
東部地区の永年勤続表彰の候補者は4名です。

　富士ダイカスト（株）　土屋 浩二　　昭和４３年５月２日生　勤続３５年
　富士ダイカスト（株）　曽根 久美　　昭和５１年１１月１８日生　勤続３０年
　興津金型（株）　　　　野々垣 稔　　昭和４６年２月９日生　勤続３０年
　（有）日本平モールド　薬袋 隆　　　昭和３９年７月２５日生　勤続４０年

よろしくお願いいたします。
{SIG_ASAKA}""",
})

add({
    "id": "koenkai-094", "expect": "pass", "entities": [], "detectors": [],
    "note": "English mail to a Korean association with the standard English disclaimer",
    "charset": "utf-8", "sender": ASAKA, "to": ["Park Ji-hoon <jhpark@cpma.or.kr>"],
    "subject": "Joint seminar in Changwon - draft programme",
    "body": f"""Dear Mr. Park,

Thank you for your message. Please find our comments on the draft programme:

- Session 2 (Automation in small factories): we propose Mr. Teshigawara of
  Hamamatsu as our speaker. His CV will follow next week.
- We would prefer to hold the panel discussion in the afternoon of Day 1.
- Our group will be 12 people; the final list will be sent by March 10.

We look forward to meeting you in Changwon.

Best regards,
Misaki Asaka
Shizuoka Precision Machinery Association (Secretariat)
{DISCLAIMER_EN}""",
})

add({
    "id": "koenkai-095", "expect": "pass", "entities": [], "detectors": [],
    "note": "payment reminder with the association's own bank account and invoice number: a business account",
    "charset": "shift_jis", "sender": ASAKA, "to": ["大井川工業 経理 <keiri@oigawa-kogyo.co.jp>"],
    "subject": "年会費お振込みのお願い（再送）",
    "body": f"""大井川工業株式会社 経理ご担当者様

いつもお世話になっております。工業会事務局の浅香です。
請求番号 SK-R7-0097（年会費 60,000円）につきまして、お支払期限の6月30日を
過ぎておりますが、まだ入金が確認できておりません。
行き違いでしたら申し訳ございません。

　振込先：みどり銀行 静岡支店（店番 301）普通預金 2840157
　口座名義：シャ）シズオカケンセイミツキカイコウギョウカイ

ご確認のほどよろしくお願いいたします。
{SIG_ASAKA}""",
})

_p = people(96, 9)
_fl = ["民政党員", "", "創価学会", "", "民政党 サポーター", "", "キリスト教（日本基督教団）", "", "民政党員"]
add({
    "id": "koenkai-096", "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], "detectors": [],
    "note": "list of members with party membership and religion, but sent only inside the company",
    "charset": "utf-8", "sender": KOENKAI, "to": [HOJO, SENGOKU],
    "subject": "後援会役員候補の確認（社内限り）",
    "body": "北条部長、仙石さん\n\n相良です。来期の後援会役員候補の確認表です。\n"
            "事務所から「党籍・宗教団体との関係を把握しておきたい」と言われているので、\n"
            "わかる範囲で備考に書いています。社内での確認のみでお願いします。\n\n"
            + table([["氏名", "電話", "備考"]] + [[p["name"], p["tel"], _fl[i]] for i, p in enumerate(_p)])
            + "\n" + SIG_SAGARA_CO,
})

add({
    "id": "koenkai-097", "expect": "pass", "entities": [], "detectors": [],
    "note": "public street-speech schedule (places and times) for a leaflet",
    "charset": "iso-2022-jp", "sender": KOENKAI, "to": [NISHIKI2],
    "subject": "活動報告ビラ 裏面「街頭報告の予定」原稿",
    "body": f"""錦印刷 DTPセンター ご担当者様

後援会事務局です。活動報告ビラ裏面の原稿をお送りします。

　12月 1日（月）7:30〜8:30　静岡駅北口 地下道入口
　12月 3日（水）7:30〜8:30　草薙駅 南口
　12月 6日（土）11:00〜12:00　清水駅 東口広場
　12月10日（水）17:30〜18:30　新静岡セノバ前

見出しは「大河内まこと 朝の街頭県政報告」でお願いします。
{SIG_SAGARA}""",
})

add({
    "id": "koenkai-098", "expect": "pass", "entities": [], "detectors": [],
    "note": "introduces one member company's new contact person with business line and e-mail",
    "charset": "iso-2022-jp", "sender": ASAKA, "to": [HOTEL],
    "subject": "60周年祝賀会のご担当者変更について",
    "body": f"""佐久間様

お世話になっております。工業会事務局の浅香です。
60周年祝賀会の実行委員会ですが、会員企業側の窓口が変わりましたのでお知らせします。

　三保精密株式会社 総務部 課長　月見里 智之 様
　TEL 054-334-0071（代表）内線 205
　E-mail yamanashi.t@miho-seimitsu.co.jp

今後、会場レイアウトのご相談は月見里様から直接入ることもあるかと存じます。
{SIG_ASAKA}""",
})

add({
    "id": "koenkai-099", "expect": "pass", "entities": [], "detectors": [],
    "note": "gift order to a partner: product codes, quantities, order number, delivery to the hotel",
    "charset": "shift_jis", "sender": JIMUKYOKU, "to": [KITAGUNI],
    "subject": "Re: 総会記念品のご注文（注文番号 KF-250521-07）",
    "body": f"""北国フーズ 営業ご担当者様

お世話になっております。日の出会事務局の村瀬です。
お見積りどおり、下記のとおり注文いたします。

　商品コード KF-G1180　銘菓詰合せ「北の雪」12個入　　60箱　@1,620円
　商品コード KF-P0032　手提げ袋（中）　　　　　　　　 60枚　@33円
　のし：「記念品　日の出会」外のし

納品先：さくらホテル 宴会課（6月6日 午後必着）
請求書は日の出会事務局宛にお願いします。
{SIG_HINODEKAI}""",
})

add({
    "id": "koenkai-100", "expect": "pass", "entities": [], "detectors": [],
    "note": "discussion of the association's privacy policy with the law firm; mentions sensitive categories in general, no person",
    "charset": "utf-8", "sender": HOJO, "to": [SHIRAKAWA],
    "subject": "後援会の個人情報取扱規程（案）について",
    "body": f"""白川先生

いつもお世話になっております。日の出産業の北条でございます。
後援会の個人情報取扱規程の案について、ご確認をお願いしたくご連絡いたしました。

主な論点は次の3点です。
1. 支援者カードの「支持政党」「所属団体・宗教」欄は、要配慮個人情報（信条）に
   当たりうるため、次回の改版で欄そのものを削除する方向で考えております。
2. 会報の発送を印刷会社に委託する際の秘密保持契約と、委託先の監督方法。
3. 退会者の情報の保存期間（現行：無期限 → 案：退会後3年）。

機密保持契約のひな形は先月いただいたものを使わせていただく予定です。
ご多忙のところ恐縮ですが、月内にご意見をいただけますと幸いです。
{SIG_HOJO}""",
})
