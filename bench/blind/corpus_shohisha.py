"""ブラインド評価コーパス：お客様相談室（消費者対応・製品事故）— AREA = shohisha, SEED = 27801

日の出産業株式会社 お客様相談室／品質保証部の送信メール 100 通。
申出者の情報、健康被害の申出、消費生活センターとのやり取り、製造委託先・保険会社・
運送会社・印刷会社・決済代行への連絡、回収・返金、コールセンターの通話記録など
（日本語と英語、ISO-2022-JP / Shift_JIS / UTF-8 混在）。

登場する人物・番号・住所はすべて架空。マイナンバーとカード番号は build.py の
my_number(SEED + k) / card_number(SEED + k) で生成（k = 0, 1, 2 … すべて別の k）。
"""

from __future__ import annotations

import unicodedata

from build import card_number, my_number

SEED = 27801

# マイナンバー：k = 0, 1, 2 ／ カード番号：k = 3, 4, 5
MN = [my_number(SEED + k) for k in (0, 1, 2)]
CARD = [card_number(SEED + k) for k in (3, 4, 5)]


# -- 書式の小道具 ---------------------------------------------------------------------

def _ew(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "FWA" else 1 for ch in s)


def _ljust(s: str, w: int, fill: str = " ") -> str:
    gap = w - _ew(s)
    if fill == "\u3000":
        return s + "\u3000" * (gap // 2) + " " * (gap % 2)
    return s + fill * gap


def padded(header, rows, gap="  ", fill=" ", rule="-"):
    """ヘッダ＋罫線＋空白で桁をそろえた表（人が貼り付けるような形）。"""
    n = len(header)
    widths = [max(_ew(str(r[i])) for r in [header] + list(rows)) for i in range(n)]
    line = lambda r: gap.join(_ljust(str(c), w, fill) for c, w in zip(r, widths)).rstrip()
    total = sum(widths) + _ew(gap) * (n - 1)
    return "\n".join([line(header), rule * max(total // _ew(rule), 10)] + [line(r) for r in rows])


_ZEN = str.maketrans("0123456789-()/.:SHRT", "０１２３４５６７８９－（）／．：ＳＨＲＴ")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def wareki(iso: str, style: str = "long") -> str:
    y, m, d = map(int, iso.split("-"))
    if (y, m, d) >= (2019, 5, 1):
        era, e, ab = "令和", y - 2018, "R"
    elif (y, m, d) >= (1989, 1, 8):
        era, e, ab = "平成", y - 1988, "H"
    elif (y, m, d) >= (1926, 12, 25):
        era, e, ab = "昭和", y - 1925, "S"
    else:
        era, e, ab = "大正", y - 1911, "T"
    if style == "long":
        return f"{era}{'元' if e == 1 else e}年{m}月{d}日"
    if style == "short":
        return f"{ab}{e}.{m}.{d}"
    return zen(f"{ab}{e}.{m}.{d}")


def age(iso: str) -> int:
    y, m, d = map(int, iso.split("-"))
    return 2026 - y - (1 if (m, d) > (9, 15) else 0)


# -- 架空の申出者（氏名, カナ, ローマ字, 〒, 住所, 電話, メール, 生年月日） -----------------

POOL = [
    ("渡部 千尋", "ワタナベ チヒロ", "Chihiro Watanabe", "060-0807", "北海道札幌市北区北七条西4-3-12 ノースコート702", "090-4417-2368", "chihiro.w0712@gmail.com", "1983-04-02"),
    ("小豆沢 健吾", "アズサワ ケンゴ", "Kengo Azusawa", "174-0051", "東京都板橋区小豆沢2-19-8-302", "080-3952-1184", "kengo.azusawa@yahoo.co.jp", "1976-11-23"),
    ("五十嵐 美波", "イガラシ ミナミ", "Minami Igarashi", "950-0088", "新潟県新潟市中央区万代1-6-4", "070-2281-5530", "minami-i@docomo.ne.jp", "1991-07-15"),
    ("蔵前 久志", "クラマエ ヒサシ", "Hisashi Kuramae", "330-0063", "埼玉県さいたま市浦和区高砂3-8-21", "048-862-7713", "kuramae.h@outlook.jp", "1958-01-30"),
    ("鬼塚 琴音", "オニヅカ コトネ", "Kotone Onizuka", "812-0011", "福岡県福岡市博多区博多駅前4-2-17-1103", "090-6620-4471", "kotone.o@icloud.com", "1995-09-08"),
    ("勅使河原 徹", "テシガワラ トオル", "Toru Teshigawara", "460-0008", "愛知県名古屋市中区栄5-14-2", "080-7714-0325", "t.teshigawara@ezweb.ne.jp", "1969-03-19"),
    ("百瀬 佳代子", "モモセ カヨコ", "Kayoko Momose", "390-0811", "長野県松本市中央2-3-15", "0263-35-4120", "momose.kayoko@gmail.com", "1948-12-05"),
    ("東海林 大輔", "ショウジ ダイスケ", "Daisuke Shoji", "980-0021", "宮城県仙台市青葉区中央3-1-24-805", "090-1186-7792", "daisuke.shoji@softbank.ne.jp", "1987-06-27"),
    ("比嘉 さくら", "ヒガ サクラ", "Sakura Higa", "900-0015", "沖縄県那覇市久茂地2-12-6", "098-862-3357", "sakura.higa88@gmail.com", "1988-02-14"),
    ("四十物 隆", "アイモノ タカシ", "Takashi Aimono", "920-0853", "石川県金沢市本町1-5-2", "076-221-0948", "aimono.t@yahoo.co.jp", "1963-10-10"),
    ("御手洗 由紀", "ミタライ ユキ", "Yuki Mitarai", "650-0021", "兵庫県神戸市中央区三宮町1-9-1-1204", "078-391-5572", "yuki.mitarai@outlook.jp", "1979-05-31"),
    ("須藤 陽太", "スドウ ヒナタ", "Hinata Sudo", "260-0013", "千葉県千葉市中央区中央2-7-10", "080-5531-2290", "hinata.sudo@icloud.com", "2001-08-19"),
    ("栗花落 真央", "ツユリ マオ", "Mao Tsuyuri", "730-0011", "広島県広島市中区基町6-27", "070-4820-1139", "tsuyuri.mao@gmail.com", "1993-12-01"),
    ("大日向 昭三", "オオヒナタ ショウゾウ", "Shozo Ohinata", "370-0826", "群馬県高崎市連雀町134", "027-322-6619", "", "1942-07-07"),
    ("与那覇 美紀", "ヨナハ ミキ", "Miki Yonaha", "532-0011", "大阪府大阪市淀川区西中島5-6-13", "06-6302-4478", "miki.yonaha@docomo.ne.jp", "1985-03-03"),
    ("猪狩 賢一", "イガリ ケンイチ", "Kenichi Igari", "963-8002", "福島県郡山市駅前1-15-3", "024-932-1057", "igari.k@gmail.com", "1971-09-12"),
    ("角田 瑠衣", "ツノダ ルイ", "Rui Tsunoda", "231-0023", "神奈川県横浜市中区山下町70-3", "045-662-8801", "rui.tsunoda@yahoo.co.jp", "1998-04-25"),
    ("八木橋 登", "ヤギハシ ノボル", "Noboru Yagihashi", "020-0022", "岩手県盛岡市大通2-8-14", "019-651-3370", "", "1951-02-11"),
    ("雲母 千里", "キララ チサト", "Chisato Kirara", "600-8216", "京都府京都市下京区東塩小路町721-1", "075-341-2268", "chisato.kirara@icloud.com", "1990-10-30"),
    ("神保 あゆみ", "ジンボ アユミ", "Ayumi Jimbo", "102-0071", "東京都千代田区富士見1-4-4", "080-9915-6603", "ayumi.jimbo@gmail.com", "1982-06-06"),
    ("宍戸 光太郎", "シシド コウタロウ", "Kotaro Shishido", "310-0015", "茨城県水戸市宮町1-7-33", "029-224-8150", "shishido.k@outlook.jp", "1974-01-17"),
    ("二階堂 瞳", "ニカイドウ ヒトミ", "Hitomi Nikaido", "420-0857", "静岡県静岡市葵区御幸町3-21", "054-253-6042", "hitomi.2kaido@gmail.com", "1986-11-09"),
    ("安谷屋 剛", "アダニヤ ツヨシ", "Tsuyoshi Adaniya", "901-2131", "沖縄県浦添市牧港1-62-12", "090-8712-3345", "adaniya.t@ezweb.ne.jp", "1967-08-28"),
    ("久世 紗希", "クゼ サキ", "Saki Kuze", "700-0901", "岡山県岡山市北区本町6-36", "086-231-4478", "saki.kuze@yahoo.co.jp", "1996-05-12"),
    ("十河 正則", "ソゴウ マサノリ", "Masanori Sogo", "760-0050", "香川県高松市亀井町8-11", "087-831-2096", "", "1955-04-29"),
    ("日下部 萌", "クサカベ モエ", "Moe Kusakabe", "370-0841", "群馬県高崎市栄町16-11", "080-2207-9164", "moe.ksk@icloud.com", "2000-02-29"),
    ("丹羽 幸恵", "ニワ ユキエ", "Yukie Niwa", "500-8833", "岐阜県岐阜市神田町9-27", "058-265-3318", "niwa.yukie@gmail.com", "1961-07-21"),
    ("伊集院 蓮", "イジュウイン レン", "Ren Ijuin", "890-0053", "鹿児島県鹿児島市中央町11", "099-254-7702", "ren.ijuin@docomo.ne.jp", "1997-10-03"),
    ("甲斐 智子", "カイ トモコ", "Tomoko Kai", "880-0805", "宮崎県宮崎市橘通東3-1-11", "0985-24-6631", "tomoko.kai@yahoo.co.jp", "1972-12-24"),
    ("越智 慎吾", "オチ シンゴ", "Shingo Ochi", "790-0003", "愛媛県松山市三番町4-9-6", "089-941-2270", "ochi.shingo@gmail.com", "1980-09-15"),
    ("鳳 まどか", "オオトリ マドカ", "Madoka Otori", "150-0002", "東京都渋谷区渋谷3-12-18-405", "090-3371-8826", "madoka.otori@outlook.jp", "1989-01-08"),
    ("木全 義男", "キマタ ヨシオ", "Yoshio Kimata", "444-0043", "愛知県岡崎市唐沢町1-22", "0564-23-5518", "", "1946-03-14"),
    ("福士 七海", "フクシ ナナミ", "Nanami Fukushi", "030-0801", "青森県青森市新町1-13-4", "017-722-9035", "nanami.f@softbank.ne.jp", "1994-06-18"),
    ("嘉手納 勝", "カデナ マサル", "Masaru Kadena", "904-0004", "沖縄県沖縄市中央2-28-1", "098-937-4412", "kadena.m@gmail.com", "1959-11-02"),
    ("東條 栞", "トウジョウ シオリ", "Shiori Tojo", "810-0041", "福岡県福岡市中央区大名1-10-29", "092-741-3306", "shiori.tojo@icloud.com", "1992-08-07"),
    ("榎本 悟", "エノモト サトル", "Satoru Enomoto", "211-0004", "神奈川県川崎市中原区新丸子東3-1100", "044-411-2784", "s.enomoto@yahoo.co.jp", "1977-02-20"),
    ("冨樫 小百合", "トガシ サユリ", "Sayuri Togashi", "990-0039", "山形県山形市香澄町1-3-1", "023-631-7759", "togashi.sayuri@gmail.com", "1966-05-05"),
    ("乙部 陸", "オトベ リク", "Riku Otobe", "041-0806", "北海道函館市美原1-4-2", "0138-45-2210", "riku.otobe@ezweb.ne.jp", "2003-03-11"),
    ("芦田 敏江", "アシダ トシエ", "Toshie Ashida", "640-8156", "和歌山県和歌山市七番丁23", "073-432-0917", "", "1950-09-26"),
    ("真栄田 翔", "マエダ ショウ", "Sho Maeda", "901-0155", "沖縄県那覇市金城3-5-4", "080-1734-5208", "sho.maeda@gmail.com", "1999-12-30"),
]

# -- 署名と免責文 ------------------------------------------------------------------------

SIG_USAMI = """
──────────────────────────
日の出産業株式会社 お客様相談室
宇佐美 彩（うさみ あや）
〒103-0027 東京都中央区日本橋2-11-8 日の出ビル5F
TEL 03-5201-4470（直通）／FAX 03-5201-4479
お客様専用フリーダイヤル 0120-61-4470（平日 9:00-17:00）
Mail: a.usami@hinode-sangyo.co.jp
──────────────────────────"""

SIG_HOJO = """
--
日の出産業株式会社
品質保証本部 お客様相談室 室長
北條 真理子
TEL:03-5201-4471  携帯:090-2218-6035
〒103-0027 東京都中央区日本橋2-11-8 日の出ビル
https://www.hinode-sangyo.co.jp/"""

SIG_SASAKI = """
****************************************
 日の出産業株式会社
 お客様相談室 主任　佐々木 亮
 TEL 03-5201-4472 / FAX 03-5201-4479
 r.sasaki@hinode-sangyo.co.jp
****************************************"""

SIG_NAGUMO = """
===================================
日の出産業（株） 品質保証部 製品安全課
南雲 拓也  Takuya Nagumo
〒103-0027 東京都中央区日本橋2-11-8
TEL 03-5201-4480  内線 2481
===================================="""

SIG_ENDO = """
-----
日の出産業株式会社
HM-300回収対策室　遠藤 恭平
回収専用ダイヤル：0120-61-3000（9:00-20:00 土日も受付）
直通：03-5201-4490
-----"""

SIG_MORISHITA = """
Best regards,

Ken Morishita
Quality Assurance Dept. / Customer Relations
Hinode Sangyo Co., Ltd.
2-11-8 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-4485
k.morishita@hinode-sangyo.co.jp"""

SIG_DESK = """
――――――――――――――――――――――
日の出産業株式会社　お客様相談室
フリーダイヤル 0120-61-4470
受付時間 9:00～17:00（土日祝・年末年始を除く）
――――――――――――――――――――――"""

SIG_KOMINE = """
────
日の出産業株式会社 お客様相談室
小峰 大地（こみね だいち）
TEL 03-5201-4473
────"""

DISC_JP = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
本メールの無断転載・転送を禁じます。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received this e-mail in error, please notify the
sender immediately and delete it. Any unauthorised use or disclosure is prohibited."""

U = "宇佐美 彩 <a.usami@hinode-sangyo.co.jp>"
H = "北條 真理子 <m.hojo@hinode-sangyo.co.jp>"
S = "佐々木 亮 <r.sasaki@hinode-sangyo.co.jp>"
N = "南雲 拓也 <t.nagumo@hinode-sangyo.co.jp>"
E = "遠藤 恭平 <k.endo@hinode-sangyo.co.jp>"
K = "Ken Morishita <k.morishita@hinode-sangyo.co.jp>"
D = "お客様相談室 <soudan@hinode-sangyo.co.jp>"
KO = "小峰 大地 <d.komine@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []


def add(n: int, **kw) -> None:
    MESSAGES.append({"id": f"shohisha-{n:03d}", **kw})


P = POOL
PD = ["personal_data"]


# ======================================================================================
# 止めるべきもの：人の一覧（5名以上）
# ======================================================================================

_rows = [(f"G-0914-{i + 1:02d}", p[0], p[5], p[4], lot)
         for i, (p, lot) in enumerate(zip(P[0:7], ["27.03.10 / GZ6A", "27.03.10 / GZ6A", "27.03.12 / GZ6C",
                                                   "27.03.10 / GZ6A", "27.03.14 / GZ6E", "27.03.12 / GZ6C",
                                                   "27.03.10 / GZ6B"]))]
add(1, charset="utf-8", sender=U,
    to=["佐藤 修平 <s.sato@kitaguni-foods.co.jp>"],
    subject="【手包みぎょうざ 異物混入】申出者一覧（9/14 17時時点）",
    body=f"""北国フーズ株式会社
品質管理部 佐藤様

いつもお世話になっております。日の出産業 お客様相談室の宇佐美です。

先日お電話でご相談した「ひので 手包みぎょうざ（12個入）」の異物（金属片）混入の件、
9月14日17時時点でお客様相談室に申出のあった方を以下にまとめました。
現品の回収にあたり、御社の品証ご担当からも直接ご連絡いただく可能性があるとの
ことでしたので、連絡先も含めてお送りします。

{padded(["受付No", "氏名", "電話番号", "住所", "賞味期限 / ロット"], _rows)}

※いずれも健康被害のお申出はございません。
※現品は着払いでご返送いただくようお願いしております。到着次第、御社へ転送いたします。

引き続きよろしくお願いいたします。
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=PD,
    note="申出者7名の氏名・電話・住所を空白揃えの表で製造委託先へ送付")

_tsv = "\n".join(["受付日時\t受付者\t申出者\t電話番号\t要旨\t折返し希望"] + [
    f"{dt}\t{who}\t{p[0]}\t{p[5]}\t{gist}\t{cb}" for p, dt, who, gist, cb in zip(P[7:13], [
        "2026/09/15 09:12", "2026/09/15 09:40", "2026/09/15 10:05", "2026/09/15 11:31",
        "2026/09/15 13:18", "2026/09/15 15:52"], ["小峰", "小峰", "宇佐美", "佐々木", "小峰", "宇佐美"], [
        "回収方法（着払い伝票が届かない）", "返金の時期", "同ロットを2箱購入、両方返品可か",
        "店頭で返品を断られた", "代替品ではなく返金を希望", "レシート紛失、返金可否"], [
        "16日午前", "16日夕方以降", "いつでも", "16日 12-13時", "17日以降", "16日午後"])])
add(2, charset="iso-2022-jp", sender=KO,
    to=["堀之内 様 <horinouchi@call-bridge.co.jp>"],
    subject="9/15 相談室受付分の通話記録（折り返し架電のお願い）",
    body=f"""コールブリッジ株式会社
堀之内様

お世話になっております。日の出産業の小峰です。
本日相談室で受け付けた分のうち、明日御社で折り返しをお願いしたい6件です。
タブ区切りで貼り付けますので、そのまま架電リストに取り込んでいただければと思います。

{_tsv}

架電結果は従来どおり17時までに共有フォルダの日報へご記入ください。
よろしくお願いいたします。
{SIG_KOMINE}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=PD,
    note="通話記録6件（氏名・電話）をタブ区切りでコールセンター委託先へ")

_bul = "\n".join(f"・{p[0]} 様　〒{p[3]} {p[4]}　TEL {p[5]}　集荷希望：{w}"
                 for p, w in zip(P[13:18], ["9/18 午前", "9/18 14-16時", "9/19 午前",
                                            "9/18 18-20時", "9/19 いつでも"]))
add(3, charset="shift_jis", sender=E,
    to=["宮内 様 <miyauchi@aoba-unyu.co.jp>"],
    subject="加湿器HM-300 回収品の集荷手配のお願い（9/18・9/19分）",
    body=f"""青葉運輸株式会社　法人営業部
宮内様

いつも大変お世話になっております。日の出産業 回収対策室の遠藤です。
スチーム加湿器HM-300の回収品について、以下5件の集荷をお願いいたします。
梱包用の段ボール（Sサイズ）をお持ちいただけますと助かります。

{_bul}

伝票は元払い（弊社契約番号 0331-2048-77）でお願いします。
集荷後の送り状番号は、いつものように翌朝までにご連絡ください。
{SIG_ENDO}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=PD,
    note="集荷先5件（氏名・住所・電話）を「・」箇条書きで運送会社へ")

_banks = [("ﾜﾀﾅﾍﾞ ﾁﾋﾛ", "ほくと銀行", "札幌中央支店（112）", "普通", "4418207"),
          ("ｱｽﾞｻﾜ ｹﾝｺﾞ", "みどり銀行", "板橋支店（305）", "普通", "1052236"),
          ("ｲｶﾞﾗｼ ﾐﾅﾐ", "越後あおぞら信用金庫", "万代支店（021）", "普通", "0087341"),
          ("ｸﾗﾏｴ ﾋｻｼ", "みどり銀行", "浦和支店（418）", "当座", "0200519"),
          ("ｵﾆﾂﾞｶ ｺﾄﾈ", "筑紫銀行", "博多駅前支店（207）", "普通", "3319048"),
          ("ﾃｼｶﾞﾜﾗ ﾄｵﾙ", "尾張中央銀行", "栄町支店（150）", "普通", "7702615")]
_blocks = "\n\n".join(f"【{i + 1}】\n受取人名　：{b[0]}\n振込先　　：{b[1]} {b[2]}\n"
                      f"口座　　　：{b[3]} {b[4]}\n金額　　　：12,980円（HM-300 返金）"
                      for i, b in enumerate(_banks))
add(4, charset="utf-8", sender=E,
    to=["大槻 様 <otsuki@midori-ginko.co.jp>"],
    subject="返金振込（総合振込）明細のご確認のお願い",
    body=f"""みどり銀行 法人営業部
大槻様

お世話になっております。日の出産業の遠藤でございます。
本日ご相談した返金の総合振込につきまして、今回は件数が少ないため、
全銀データではなく本文にて明細をお送りいたします。
口座名義のカナに誤りがないか、念のためご確認いただけますと幸いです。

{_blocks}

合計 6件　77,880円
振込指定日：2026年9月25日（金）

以上、どうぞよろしくお願いいたします。
{SIG_ENDO}""",
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=PD,
    note="返金先6名の口座情報を1名1ブロックで銀行へ")

_trs = "\n".join(
    f"<tr><td>HN-{260803 + i * 17}</td><td>{p[0]}</td><td>{p[6] or '-'}</td><td>{p[5]}</td>"
    f"<td align=\"right\">12,980</td></tr>" for i, p in enumerate(P[18:26]))
add(5, charset="utf-8", sender=U,
    to=["加盟店サポート <support@smilepay-service.jp>"],
    subject="【返金処理依頼】HM-300 公式オンラインストア購入分 8件",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>スマイルペイ・サービス株式会社<br>加盟店サポート ご担当者様</p>
<p>いつもお世話になっております。日の出産業株式会社 お客様相談室の宇佐美です。<br>
製品回収に伴い、公式オンラインストアでご購入のお客様8件について返金（売上取消）をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>注文番号</th><th>購入者氏名</th><th>メールアドレス</th><th>電話番号</th><th>返金額(円)</th></tr>
{_trs}
</table>
<p>加盟店ID：HS-00418<br>ご不明点がございましたら下記までご連絡ください。</p>
<p>日の出産業株式会社 お客様相談室<br>宇佐美 彩<br>TEL 03-5201-4470</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=PD,
    note="HTMLのみのメールの表で購入者8名の氏名・メール・電話を決済代行へ")

_csv6 = [["受付番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "製品", "数量", "備考"]] + [
    [f"R3-{i + 101:04d}", p[0], p[1], p[3], p[4], p[5], "HM-300", str(q), r]
    for i, (p, q, r) in enumerate(zip(P[26:38], [1, 1, 2, 1, 1, 1, 3, 1, 1, 2, 1, 1], [
        "", "不在がち・夜間希望", "", "元箱なし", "", "", "店舗購入分含む", "", "高齢のため梱包代行希望",
        "", "", "集合住宅・宅配ボックス不可"]))]
add(6, charset="shift_jis", sender=E,
    to=["新発田 様 <shibata@kaishu-support.co.jp>"],
    subject="回収依頼データ送付（第3回・12件）",
    body=f"""回収サポート株式会社
新発田様

お世話になっております。日の出産業の遠藤です。
第3回分の回収依頼データ（12件）を添付いたします。
第2回と同じレイアウトのCSV（Shift_JIS）です。

梱包代行をご希望の方が1件ございますので、訪問時にご対応をお願いします。
{SIG_ENDO}""",
    attachments=[{"kind": "csv", "name": "回収依頼_第3回_20260921.csv", "encoding": "cp932", "rows": _csv6}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=PD,
    note="CSV(CP932)で回収対象者12名の氏名・住所・電話を回収業者へ")

_done = [[p[0], f"〒{p[3]} {p[4]}", p[5], d1, d2, 12980]
         for p, d1, d2 in zip(P[0:8], ["9/16", "9/16", "9/17", "9/17", "9/18", "9/18", "9/19", "9/22"],
                              ["9/25", "9/25", "9/25", "9/25", "9/30", "9/30", "9/30", "10/5"])]
_yet = [[p[0], p[5], n, note] for p, n, note in zip(P[8:13], [3, 2, 4, 1, 2], [
    "留守電", "折返し待ち", "番号違いの可能性", "SMS送信済", "9/28以降に連絡希望"])]
add(7, charset="utf-8", sender=E,
    to=["石動 剛 様 <isurugi@kawasaki-denki.co.jp>"],
    subject="HM-300 回収・返金進捗表（9月末）の送付",
    body=f"""川崎電機株式会社
品質保証課 石動様

お世話になっております。日の出産業 回収対策室の遠藤です。
9月末時点の回収・返金の進捗表をお送りします。
「回収済」シートの現品は、10/2に御社厚木工場へまとめて返送予定です。
「未回収」の方は引き続き弊社側で架電を続けます。

ご確認のほどよろしくお願いいたします。
{SIG_ENDO}""",
    attachments=[{"kind": "xlsx", "name": "HM-300_回収返金進捗_202609.xlsx", "sheets": {
        "サマリ": [["HM-300 回収・返金進捗（2026年9月30日現在）"], [],
                 ["区分", "件数"], ["申出", 13], ["回収済", 8], ["未回収", 5], ["返金済", 8]],
        "回収済": [["回収済一覧"], ["氏名", "住所", "電話番号", "回収日", "返金日", "返金額"]] + _done,
        "未回収": [["未回収（架電継続）"], ["氏名", "電話番号", "架電回数", "メモ"]] + _yet}}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=PD,
    note="XLSX（タイトル行・複数シート）に13名の氏名・住所・電話、製造委託先へ")

_dmg = [["No.", "申出者", "住所", "電話", "発生日", "被害内容（物損）"]] + [
    [str(i + 1), p[0], p[4], p[5], d, dm] for i, (p, d, dm) in enumerate(zip(
        [P[14], P[16], P[19], P[21], P[23]], ["8/29", "9/2", "9/3", "9/9", "9/11"], [
            "床カーペットに焦げ跡（約5cm）", "本体底面の変色・焦げ臭", "木製棚の天板に焦げ",
            "電源コード根元の溶融", "畳の変色（約3cm）"]))]
add(8, charset="iso-2022-jp", sender=N,
    to=["高城 様 <takagi@tokiwa-sonpo.co.jp>"],
    subject="生産物賠償責任保険 事故報告書（HM-300 焦損事案5件）",
    body=f"""常盤損害保険株式会社
企業損害サービス課　高城様

いつもお世話になっております。日の出産業 品質保証部の南雲です。

先日ご連絡したスチーム加湿器HM-300の焦損事案につきまして、
事故報告書（5件分）を添付にてお送りします。
いずれも物損のみで、人的被害は現時点で確認されておりません。

申出者への損害確認のご連絡は、御社調査担当の方から直接していただいて
差し支えない旨、各申出者から了承を得ております。
{SIG_NAGUMO}""",
    attachments=[{"kind": "docx", "name": "事故報告書_HM-300_焦損5件.docx",
                  "title": "事故報告書",
                  "paragraphs": ["事故報告書", "報告者：日の出産業株式会社 品質保証部 製品安全課",
                                 "対象製品：スチーム加湿器 HM-300（製造：川崎電機株式会社）",
                                 "保険証券番号：PL-2026-004417", "1. 申出者別の被害状況"],
                  "tables": [_dmg]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=PD,
    note="DOCXの表に申出者5名の氏名・住所・電話、保険会社へ")

_pdf9 = [["郵便番号", "住所", "氏名"]] + [[f"〒{p[3]}", p[4], f"{p[0]} 様"] for p in P[27:36]]
add(9, charset="iso-2022-jp", sender=U,
    to=["野々村 様 <nonomura@nishiki-insatsu.co.jp>"],
    subject="お詫び状 宛名差込データ（第2便・9件）",
    body=f"""錦印刷株式会社
営業部 野々村様

お世話になっております。日の出産業の宇佐美です。
お詫び状の第2便、宛名差込用のリストをPDFでお送りします。
本文原稿は第1便と同じもの（校了済み）でお願いいたします。

発送は10月6日（火）の予定で問題ございません。
{SIG_USAMI}""",
    attachments=[{"kind": "pdf", "name": "お詫び状_宛名リスト_第2便.pdf",
                  "lines": ["お詫び状 宛名リスト（第2便）", "日の出産業株式会社 お客様相談室", ""],
                  "table": _pdf9}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=PD,
    note="PDFの表に9名の氏名・住所（宛名リスト）、印刷会社へ")

add(10, charset="shift_jis", sender=N,
    to=["佐藤 修平 様 <s.sato@kitaguni-foods.co.jp>", "森 工場長 <k.mori@kitaguni-foods.co.jp>"],
    subject="明日の原因調査報告会 資料（案）",
    body=f"""北国フーズ 佐藤様、森様

お世話になっております。日の出産業の南雲です。
明日10時からの原因調査報告会の資料（案）をお送りします。
4枚目に申出者ごとの状況を載せています。現品の到着状況と突き合わせていただけますか。

よろしくお願いします。
{SIG_NAGUMO}""",
    attachments=[{"kind": "pptx", "name": "ぎょうざ異物_原因調査報告会_0924.pptx", "slides": [
        ["手包みぎょうざ 異物混入 原因調査報告会", "2026年9月24日", "日の出産業株式会社 品質保証部"],
        ["経緯", "9/12 初回申出", "9/13 同ロット出荷停止", "9/14 北国フーズ様へ現品送付開始"],
        ["異物の特徴", "ステンレス片 2〜4mm", "ミンサー刃の欠けと形状一致の可能性"],
        ["申出者別の状況",
         f"{P[0][0]} 様　{P[0][4]}　{P[0][5]}　現品到着済",
         f"{P[2][0]} 様　{P[2][4]}　{P[2][5]}　現品到着済",
         f"{P[5][0]} 様　{P[5][4]}　{P[5][5]}　未着",
         f"{P[9][0]} 様　{P[9][4]}　{P[9][5]}　現品到着済",
         f"{P[12][0]} 様　{P[12][4]}　{P[12][5]}　未着"],
        ["今後の対応", "ミンサー刃の点検頻度見直し", "金属検出機の感度再設定"]]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=PD,
    note="PPTXのスライドに申出者5名の氏名・住所・電話、製造委託先へ")

_csv11 = [["受付ID", "電話番号", "住所", "架電目的", "前回結果"]] + [
    [f"K-{5501 + i}", p[5], p[4], g, r] for i, (p, g, r) in enumerate(zip(P[30:39], [
        "回収キット到着確認", "回収キット到着確認", "返金口座の確認", "回収キット到着確認", "返金口座の確認",
        "未返送の督促", "未返送の督促", "回収キット到着確認", "返金口座の確認"], [
        "不在", "", "留守電", "", "話し中", "不在", "留守電", "", "不在"]))]
add(11, charset="utf-8", sender=KO,
    to=["堀之内 様 <horinouchi@call-bridge.co.jp>"],
    subject="10/2 架電リスト（ZIP）",
    body=f"""堀之内様

お世話になっております。日の出産業の小峰です。
10/2実施分の架電リストをZIPでお送りします。
今回から氏名の列は外し、受付IDで管理する形にしています（名乗りは「日の出産業 回収窓口」で）。
手順書も同梱しましたのでオペレーターの方に共有をお願いします。
{SIG_KOMINE}""",
    attachments=[{"kind": "zip", "name": "架電リスト_1002.zip", "files": [
        {"kind": "csv", "name": "架電リスト_1002.csv", "encoding": "utf-8", "rows": _csv11},
        {"kind": "txt", "name": "架電手順.txt",
         "text": "1. 受付IDを名乗らずに「日の出産業 回収窓口」と名乗る\n2. 回収キットの到着を確認\n"
                 "3. 返金口座は電話では聞かず、返信用はがきでの回答をお願いする\n"}]}],
    expect="stop", entities=["PHONE_NUMBER", "JP_ADDRESS"], detectors=PD,
    note="ZIP内CSVに9名分の電話・住所（氏名列なし）、コールセンター委託先へ")

_inner12 = "\n".join(f"{i + 1}. {p[0]}　{p[6]}　{p[5]}　注文番号 HN-{2607700 + i * 31}"
                     for i, p in enumerate([P[1], P[4], P[8], P[11], P[15], P[18], P[22]]))
add(12, charset="utf-8", sender=U,
    to=["出店者サポート <seller-support@hinata-mall.jp>"],
    subject="FW: ひなたモール経由の回収申込者（7件）",
    body=f"""ひなたモール 出店者サポート ご担当者様

いつもお世話になっております。日の出産業 お客様相談室の宇佐美です。
先ほどお電話でお話しした件、モール経由でご購入されたお客様の回収申込分について、
社内で共有していたメールをそのまま転送いたします。
モール側の購入履歴との照合をお願いできますでしょうか。
{SIG_USAMI}""",
    attachments=[{"kind": "eml", "name": "回収申込者_モール経由.eml", "message": {
        "charset": "utf-8", "sender": E,
        "to": ["お客様相談室 <soudan@hinode-sangyo.co.jp>"],
        "subject": "モール経由の回収申込者（7件）",
        "body": f"""相談室各位

ひなたモール経由で購入された方の回収申込、昨日までの分です。
モール側に購入確認を依頼してください。

{_inner12}

遠藤"""}}],
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=PD,
    note="転送したメール(eml添付)に7名の氏名・メール・電話、外部モール運営者へ")

_fw13 = "\n".join(f"■{p[0]}様（{p[4]}）\n　TEL：{p[5]}　ロット：{lot}　内容：{t}"
                  for p, lot, t in zip([P[20], P[24], P[26], P[29], P[33], P[36]],
                                       ["GZ6C", "GZ6C", "GZ6A", "GZ6E", "GZ6C", "GZ6C"], [
                                           "焼いた後に黒い粒", "異物（金属様）1片", "異物（樹脂片）",
                                           "皮の中に硬いもの", "異物（金属様）2片", "同梱の袋に穴"]))
add(13, charset="shift_jis", sender=N,
    to=["佐藤 修平 様 <s.sato@kitaguni-foods.co.jp>"],
    subject="FW: 【日報】9/20 ぎょうざ関連入電",
    body=f"""佐藤様

お世話になっております。南雲です。
コールセンターの日報を転送します。ロットGZ6Cへの集中が見えてきましたので、
ロット別の傾向把握にお使いください。

-------- Forwarded Message --------
件名: 【日報】9/20 ぎょうざ関連入電
日付: 2026/09/20 18:42
差出人: コールブリッジ 堀之内 <horinouchi@call-bridge.co.jp>
宛先: お客様相談室 <soudan@hinode-sangyo.co.jp>

日の出産業 お客様相談室 御中

本日のぎょうざ関連入電のうち、異物申出は以下6件でした。

{_fw13}

その他、回収方法の問合せ 14件、返金時期の問合せ 9件。
以上、ご報告いたします。

コールブリッジ株式会社 SV 堀之内
{SIG_NAGUMO}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=PD,
    note="コールセンター日報（6名の氏名・住所・電話）を製造委託先へ転送：転送は新規本文")

_en14 = padded(["No.", "Name", "E-mail", "Mobile", "Serial No.", "Defect"], [
    [str(i + 1), p[2], p[6], "+81-" + p[5][1:], s, d] for i, (p, s, d) in enumerate(zip(
        [P[3], P[10], P[16], P[20], P[30], P[34]],
        ["HK120-2605-01873", "HK120-2605-02217", "HK120-2605-01904", "HK120-2606-00388",
         "HK120-2605-02240", "HK120-2606-00412"],
        ["handle cracked", "handle cracked", "handle loose", "handle cracked", "lid hinge broken",
         "handle cracked"]))])
add(14, charset="utf-8", sender=K,
    to=["Nguyen Thi Lan <lan.nguyen@saigon-precision.com.vn>"],
    subject="HK-120 kettle: list of customers reporting handle cracks",
    body=f"""Dear Ms. Lan,

Thank you for your quick reply yesterday.
As requested, please find below the customers who reported a cracked or loose handle on
the HK-120 electric kettle. Your field engineer in Japan may contact them directly to
arrange the collection of the units, so I have included their e-mail and mobile numbers.

{_en14}

All six customers have agreed to be contacted in Japanese or English.
Please let me know when the engineer's schedule is fixed.
{SIG_MORISHITA}""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=PD,
    note="英文：苦情申出者6名の氏名・メール・携帯を海外製造委託先へ")

_z15 = padded(["氏名", "生年月日", "電話", "住所"], [
    [p[0], wareki(p[7], "long") if i % 2 == 0 else wareki(p[7], "zen"), zen(p[5]), zen(p[4])]
    for i, p in enumerate([P[6], P[9], P[17], P[24], P[31], P[38]])], gap="\u3000", fill="\u3000", rule="－")
add(15, charset="shift_jis", sender=U,
    to=["調査部 大鷹 様 <otaka@research-kotoba.co.jp>"],
    subject="ご使用感モニター 謝礼送付先のご連絡",
    body=f"""株式会社リサーチことば
調査部 大鷹様

いつもお世話になっております。日の出産業の宇佐美です。
先月ご協力いただいた「改良版ハンドクリーム ご使用感モニター」の謝礼（QUOカード1,000円分）の
送付先をお知らせします。ご本人確認のため生年月日も記載しております。

{_z15}

発送は10月中旬までにお願いできれば幸いです。
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"], detectors=PD,
    note="全角数字・和暦の生年月日で6名の氏名・電話・住所を調査会社へ（全角スペース揃え）")

_em16 = "\n".join(f"{r}, {p[6]}, {prod}" for r, p, prod in zip(
    ["C26-0902-011", "C26-0903-004", "C26-0905-019", "C26-0908-002", "C26-0908-015",
     "C26-0910-007", "C26-0911-021", "C26-0912-003"],
    [P[0], P[2], P[7], P[11], P[18], P[22], P[27], P[39]],
    ["HM-300", "HM-300", "手包みぎょうざ", "HM-300", "しっとりハンド", "HM-300", "手包みぎょうざ", "HM-300"]))
add(16, charset="utf-8", sender=S,
    to=["アンサーラボ 配信担当 <haishin@answer-lab.jp>"],
    subject="お客様対応満足度アンケート 配信先リスト（9月分）",
    body=f"""株式会社アンサーラボ
配信ご担当者様

いつもお世話になっております。日の出産業 お客様相談室の佐々木です。
9月に対応が完了したお客様のうち、アンケート配信にご同意いただいた方の
メールアドレスをお送りします（受付番号, メールアドレス, 対象製品）。

{_em16}

配信は10/5（月）10時でお願いします。回答期限は10/19です。
{SIG_SASAKI}""",
    expect="stop", entities=["EMAIL_ADDRESS"], detectors=PD,
    note="申出者8名のメールアドレス一覧（受付番号付き）を配信業者へ")

_bl17 = "\n\n".join(
    f"■ 参加者{i + 1}\n　お名前：{p[0]}（{p[1]}／{p[2].split()[1].upper()} {p[2].split()[0]}）\n"
    f"　連絡先：{zen(p[5]) if i % 2 else p[5]}\n　同伴　：{c}\n　備考　：{r}"
    for i, (p, c, r) in enumerate(zip([P[28], P[15], P[25], P[35], P[19], P[3]],
                                      ["なし", "1名", "なし", "1名", "なし", "なし"],
                                      ["駐車場利用", "", "開始ぎりぎりの到着", "駐車場利用", "", "資料を事前送付済"])))
add(17, charset="utf-8", sender=E,
    to=["榊原 様 <sakakibara@sakura-hotel.jp>"],
    subject="10/10 お客様説明会 参加者のご連絡（受付用）",
    body=f"""さくらホテル 宴会営業部
榊原様

お世話になっております。日の出産業の遠藤です。
10月10日（土）14時からの「HM-300回収に関するお客様説明会」（桜の間）につきまして、
受付でお名前を確認していただくため、参加者の一覧をお送りします。
当日遅れる方がいらした場合、フロントから携帯へご連絡いただけますと助かります。

{_bl17}

以上6名（同伴2名を含め8名）です。席は10席ご用意ください。
{SIG_ENDO}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=PD,
    note="説明会参加者6名の氏名（カナ・ローマ字）と電話を1人1ブロックでホテルへ")


# ======================================================================================
# 止めるべきもの：マイナンバー・カード番号・本人確認書類の番号
# ======================================================================================

_c0 = CARD[0]
add(18, charset="utf-8", sender=S,
    to=["小野寺 様 <onodera@smilepay-service.jp>"],
    subject="売上取消の反映状況のご確認（決済ID SP2608-55102）",
    body=f"""スマイルペイ・サービス株式会社
加盟店サポート 小野寺様

お世話になっております。日の出産業 お客様相談室の佐々木です。

9/25に売上取消を依頼した決済ID SP2608-55102 のお客様から、
「カードの利用明細に返金が反映されていない」とのお申出がありました。
お客様に伺ったカード情報を以下に記載しますので、カード会社側への連携状況を
ご確認いただけますでしょうか。

  ご名義　　：KOTONE ONIZUKA（{P[4][0]} 様）
  カード番号：{_c0[0:4]}-{_c0[4:8]}-{_c0[8:12]}-{_c0[12:16]}
  有効期限　：08/29
  取消金額　：12,980円

お手数ですが、本日中にご回答いただけますと幸いです。
{SIG_SASAKI}""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=PD,
    note="お客様のクレジットカード番号（Luhn有効）を決済代行へ")

add(19, charset="shift_jis", sender=H,
    to=["田辺税理士法人 丸尾 様 <maruo@zeirishi-tanabe.jp>"],
    subject="消費者モニター委員会 外部委員謝金の支払調書について",
    body=f"""田辺税理士法人
丸尾様

いつもお世話になっております。日の出産業 お客様相談室の北條です。

今年度の「消費者モニター委員会」外部委員お二人への謝金（講演・助言料）について、
報酬、料金、契約金及び賞金の支払調書の作成をお願いしたく、ご本人からお預かりした
個人番号をお知らせいたします。

1) 氏名：鳥飼 冴子（とりかい さえこ）
   住所：東京都世田谷区経堂4-22-9
   個人番号：{MN[0][0:4]} {MN[0][4:8]} {MN[0][8:12]}
   支払額：165,000円（源泉徴収 16,846円）

2) 氏名：葛城 忠彦（かつらぎ ただひこ）
   住所：神奈川県鎌倉市御成町11-3
   個人番号：{MN[1]}
   支払額：110,000円（源泉徴収 11,231円）

ご確認のほど、よろしくお願いいたします。
{SIG_HOJO}""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=PD,
    note="外部委員2名のマイナンバー・住所を税理士法人へ")

add(20, charset="iso-2022-jp", sender=N,
    to=["高城 様 <takagi@tokiwa-sonpo.co.jp>"],
    subject="賠償金お支払いに伴う本人確認事項（事故番号 T26-0917-03）",
    body=f"""常盤損害保険株式会社
高城様

お世話になっております。南雲です。
事故番号 T26-0917-03（HM-300 焦損・家財損害）の賠償金お支払いにつきまして、
申出者ご本人から運転免許証の写しをお預かりしましたので、記載事項をお知らせします。

  氏名　　　：蔵前 久志
  生年月日　：昭和33年1月30日
  住所　　　：埼玉県さいたま市浦和区高砂3-8-21
  免許証番号：第 301905742610 号
  交付　　　：令和5年2月14日（埼玉県公安委員会）

写しの画像は社内規程によりメールでは送付できませんので、必要でしたら郵送いたします。
{SIG_NAGUMO}""",
    expect="stop", entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=PD,
    note="運転免許証番号・生年月日・住所を保険会社へ")

add(21, charset="utf-8", sender=N,
    to=["青空損害調査 仁科 様 <nishina@aozora-sonsa.co.jp>"],
    subject="電気ケトルHK-120 やけど事案 治療費立替の件",
    body=f"""青空損害調査株式会社
仁科様

いつもお世話になっております。日の出産業 品質保証部の南雲です。

電気ケトルHK-120の取っ手破損によるやけど事案につき、治療費の立替精算に必要な
情報をお送りします。

■ 被害者
  氏名：須藤 陽太 様（25歳）
  診断名：右手背 II度熱傷（千葉中央皮膚科クリニック、9/8初診）
  通院：9/8〜9/29 計6回、今後2週に1回の経過観察

■ 健康保険証
  保険者番号：06130412
  記号：5102　番号：3387
  （協会けんぽ 千葉支部）

領収書の原本はご本人から弊社宛に届き次第、郵送いたします。
{SIG_NAGUMO}""",
    expect="stop", entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=PD,
    note="健康保険証の記号・番号と熱傷の診断名（一人）を損害調査会社へ")

_c1 = CARD[1]
add(22, charset="shift_jis", sender=S,
    to=["小野寺 様 <onodera@smilepay-service.jp>"],
    subject="FW: 返金されていません",
    body=f"""小野寺様

たびたび失礼します。佐々木です。
別件ですが、同様のお申出がお客様から直接メールで届きました。
以下転送しますので、取消処理の状況をご確認ください。

---------- 転送メッセージ ----------
From: 勅使河原 徹 <t.teshigawara@ezweb.ne.jp>
Date: 2026年10月1日 21:14
To: soudan@hinode-sangyo.co.jp
Subject: 返金されていません

日の出産業 お客様相談室 御中

加湿器の回収の件で、9月20日に返品しました。
カードに返金すると聞いていましたが、まだ明細に出てきません。
カード番号は {_c1} です。確認してください。
電話は {P[5][5]} です。平日の夜ならつながります。

勅使河原
{SIG_SASAKI}""",
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=PD,
    note="お客様メールの転送にカード番号・メール・電話：転送は新規本文")

add(23, charset="utf-8", sender=K,
    to=["Claims Desk <claims.jp@meridian-global.com>"],
    subject="Claim MG-JP-26-1182: claimant ID details",
    body=f"""Dear Claims team,

Regarding claim MG-JP-26-1182 (HM-300 humidifier, scorched carpet, property damage only),
you asked us to confirm the claimant's identity before the settlement is paid.

  Claimant:        Mr. Rahul Verma
  Residence card:  UH48217539KA (valid until 2029-03-31)
  Address:         2-5-14 Minami-Azabu, Minato-ku, Tokyo
  Mobile:          080-6194-2275

He prefers to be contacted in English, weekdays after 6 pm.
Please let us know if you also need a copy of the card.
{SIG_MORISHITA}""",
    expect="stop", entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=PD,
    note="英文：在留カード番号・携帯を海外保険会社へ")

add(24, charset="iso-2022-jp", sender=H,
    to=["弁護士 梶 様 <kaji@shirakawa-law.jp>"],
    subject="本人確認書類として年金手帳の写しが届いた件",
    body=f"""白川法律事務所
梶先生

いつもお世話になっております。日の出産業の北條です。
一点ご相談させてください。

返金手続きの本人確認書類として、申出者の八木橋 登 様（盛岡市）から
年金手帳の写しが郵送で届きました。基礎年金番号 4521-073816 が記載されています。
当社の手続き案内では運転免許証または保険証の写し（記号・番号はマスキング）を
お願いしていたのですが、ご高齢で他にお持ちでないとのことでした。

このまま返金手続きに使用してよいか、それともご本人に返送して別の方法を
ご案内すべきか、ご意見をいただけますでしょうか。
{SIG_HOJO}""",
    expect="stop", entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME"], detectors=PD,
    note="申出者の基礎年金番号を法律事務所へ")

add(25, charset="utf-8", sender=N,
    to=["高城 様 <takagi@tokiwa-sonpo.co.jp>"],
    subject="事故番号 T26-0921-01 海外在住の申出者の本人確認",
    body=f"""高城様

南雲です。いつもありがとうございます。
T26-0921-01 の申出者は現在シンガポール在住で、運転免許証もマイナンバーカードも
お持ちでないため、旅券の写しで本人確認をさせていただきました。

  氏名　　：鳳 まどか（OTORI MADOKA）
  生年月日：1989年1月8日
  旅券番号：TZ1048273
  有効期限：2031年6月2日

お支払いは国内の親族名義口座ではなく、ご本人名義の口座をご希望とのことです。
手続きについてご指示をお願いします。
{SIG_NAGUMO}""",
    expect="stop", entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=PD,
    note="旅券番号・生年月日を保険会社へ")


# ======================================================================================
# 止めるべきもの：一人でも要配慮個人情報（健康被害・障害・信条・犯罪被害・前科）
# ======================================================================================

add(26, charset="iso-2022-jp", sender=U,
    to=["佐藤 修平 様 <s.sato@kitaguni-foods.co.jp>"],
    subject="【至急】手包みぎょうざ 健康被害の申出がありました",
    body=f"""北国フーズ株式会社
佐藤様

お世話になっております。日の出産業の宇佐美です。
取り急ぎご連絡いたします。

本日11時、ぎょうざ（ロット GZ6C）を喫食された方から健康被害の申出がありました。

　申出者：角田 瑠衣 様（28歳・横浜市中区）
　喫食日：9月19日 夕食（焼きぎょうざ 6個）
　症状　：同日深夜から嘔吐・下痢、翌日 横浜山下町内科を受診
　診断　：急性胃腸炎（医師からは食中毒の可能性も否定できないと説明）
　現在　：回復傾向、仕事は休まれている

同じ袋の残り6個は冷凍庫に保管いただいています。本日中に回収に伺います。
保健所への届出の要否も含め、至急ご相談させてください。
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=PD,
    note="申出者1名の氏名と診断名（急性胃腸炎）＝要配慮、製造委託先へ")

add(27, charset="utf-8", sender=N,
    to=["高城 様 <takagi@tokiwa-sonpo.co.jp>"],
    subject="事故通知：ふりかけ アレルゲン表示欠落による健康被害（PL）",
    body=f"""常盤損害保険株式会社
企業損害サービス課 高城様

お世話になっております。日の出産業 品質保証部の南雲です。
生産物賠償責任保険（証券番号 PL-2026-004417）の事故通知をいたします。

【事故概要】
「ひので 小魚ふりかけ」の一部ロット（FR-0826）で、原材料の「えび」の表示が欠落していました。

【被害者】
　氏名　　：福士 結菜（ふくし ゆいな）ちゃん
　生年月日：2021年5月17日（5歳）
　保護者　：福士 七海 様（母）
　住所　　：青森県青森市新町1-13-4
　連絡先　：017-722-9035

【経過】
9/26 夕食でふりかけを摂取後、約20分で全身のじんましん・呼吸苦。
救急搬送され、青森中央病院でアナフィラキシーと診断、1泊入院。
えびアレルギーの既往があり、保護者は表示を確認のうえ購入されていました。

詳細な経過書と診断書の写しは、保護者の同意書とあわせて後日郵送いたします。
{SIG_NAGUMO}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=PD, note="5歳児のアナフィラキシー・入院・アレルギー既往と住所等を保険会社へ")

add(28, charset="shift_jis", sender=U,
    to=["戸川 様 <togawa@hanazono-keshohin.co.jp>"],
    subject="しっとりハンド 健康被害申出票の送付（C26-0918-006）",
    body=f"""花園化粧品株式会社
開発部 戸川様

お世話になっております。日の出産業の宇佐美です。
薬用ハンドクリーム「しっとりハンド」の健康被害申出票を1件お送りします。
製造記録（ロット HC6H07）の確認とあわせ、成分面でのご見解をいただけますと幸いです。
{SIG_USAMI}""",
    attachments=[{"kind": "docx", "name": "健康被害申出票_C26-0918-006.docx", "paragraphs": [
        "健康被害申出票", "受付番号：C26-0918-006　受付日：2026年9月18日　受付者：宇佐美"],
        "tables": [[["項目", "内容"],
                    ["氏名", "二階堂 瞳"], ["生年月日", "昭和61年11月9日"], ["電話", "054-253-6042"],
                    ["製品・ロット", "しっとりハンド 50g / HC6H07"],
                    ["症状", "使用2日目から両手指に発赤・かゆみ・小水疱"],
                    ["受診先", "静岡葵皮ふ科（9/16受診）"],
                    ["診断名", "接触皮膚炎（パッチテスト予定）"],
                    ["既往歴", "アトピー性皮膚炎（小児期〜）"],
                    ["要望", "原因の説明と治療費"]]]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=PD,
    note="DOCXの申出票に一人の診断名・既往歴と連絡先、化粧品製造委託先へ")

add(29, charset="iso-2022-jp", sender=H,
    to=["青葉台市消費生活センター 相談員 久保田様 <shohi-soudan@city.aobadai.lg.jp>"],
    subject="Re: ハンドクリームに関するご相談の件（センター受付 A26-1093）",
    body=f"""青葉台市消費生活センター
相談員 久保田様

ご連絡ありがとうございます。日の出産業 お客様相談室の北條でございます。
お問い合わせの件につき、当社での対応状況をご報告いたします。

御センターにご相談された 二階堂 瞳 様につきましては、9月18日に当社へも直接お申出があり、
ご本人から静岡葵皮ふ科の診断書（接触皮膚炎、全治約3週間）の写しを拝受しております。
幼少期からアトピー性皮膚炎で通院されているとのことで、主治医の先生とも相談のうえ、
当社製造委託先にて成分ごとのパッチテスト用サンプルを準備しております。

治療費（通院4回分）は当社にて全額お支払いすることでご了承をいただいております。
引き続き、何かございましたらご連絡ください。
{SIG_HOJO}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=PD,
    note="消費生活センターへの返信に申出者の診断名・通院歴（新規本文）")

add(30, charset="utf-8", sender=K,
    to=["Claims Desk <claims.jp@meridian-global.com>"],
    subject="Bodily injury notification - HK-120 kettle (our ref. Q-26-0471)",
    body=f"""Dear Claims team,

We are notifying you of a bodily injury incident under our global product liability
programme (policy MGP-PL-2026-JP-0093).

Injured person: Ms. Sakura Higa, born 14 February 1988, resident in Naha, Okinawa
Product:        HK-120 electric kettle, serial HK120-2605-02391
Incident:       On 3 October the handle detached while pouring; boiling water spilled
                over her left forearm and thigh.
Injury:         Second-degree burns (approx. 4% TBSA), treated at Naha Municipal Hospital,
                admitted for three nights; skin graft not required per the attending doctor.

The customer has asked for compensation for medical costs and lost earnings.
We will forward the medical certificate once we receive her written consent.
{SIG_MORISHITA}
{DISC_EN}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=PD,
    note="英文：一人の熱傷・入院（要配慮）と生年月日を海外保険会社へ")

add(31, charset="shift_jis", sender=U,
    to=["野々村 様 <nonomura@nishiki-insatsu.co.jp>"],
    subject="点字版お詫び状の作成と発送のお願い（1部）",
    body=f"""錦印刷株式会社
野々村様

いつもお世話になっております。日の出産業の宇佐美です。
お詫び状の点字版を1部だけ作成していただくことは可能でしょうか。

申出者の方が視覚障害（身体障害者手帳1級）をお持ちで、墨字の文書は読めないため
点字での送付をご希望されています。お送り先は以下のとおりです。

　〒963-8002 福島県郡山市駅前1-15-3
　猪狩 賢一 様

点字の校正は、日本点字図書館の校正サービスをご利用いただいても構いません。
費用のお見積りもあわせていただけますと幸いです。
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=PD,
    note="一人の障害（視覚障害・手帳1級）と住所を印刷会社へ")

add(32, charset="utf-8", sender=U,
    to=["佐藤 修平 様 <s.sato@kitaguni-foods.co.jp>"],
    subject="ぎょうざの原材料（豚由来成分）についての申出",
    body=f"""佐藤様

お世話になっております。宇佐美です。
ぎょうざの原材料について、少しデリケートなお申出がありましたのでご相談です。

申出者の 安谷屋 剛 様 は、ご家族ともイスラム教を信仰されており、豚肉を避けておられます。
「野菜ぎょうざ」と思って購入したところ、調味エキスに豚由来の成分が使われていると
後から知り、大変ショックを受けておられます。

パッケージの「野菜たっぷり」という表示が誤解を招いたのではないか、とのご指摘です。
ご本人は製造元からの直接の説明を希望されており、ご連絡先は {P[22][5]} です。
ご対応の可否をご検討いただけますでしょうか。
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], detectors=PD,
    note="一人の信仰（宗教）と電話番号を製造委託先へ")

add(33, charset="iso-2022-jp", sender=H,
    to=["弁護士 白川 理恵 先生 <r.shirakawa@shirakawa-law.jp>"],
    subject="当社を名乗る回収詐欺の被害について",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の北條です。

先週お電話でご相談した、当社の「回収窓口」を名乗る不審電話の件、
実際に被害に遭われた方がいらっしゃいました。

　被害者：大日向 昭三 様（84歳・群馬県高崎市）
　連絡先：027-322-6619（ご長男 大日向 浩二 様経由）
　内容　：「返金手続きにキャッシュカードが必要」と言われ、自宅を訪れた男にカードを渡し、
　　　　　口座から約48万円を引き出された
　届出　：9月30日 高崎警察署に被害届を提出済み

ご家族からは、当社の告知が不十分だったのではないかとのご指摘も受けております。
当社としての今後の対応（お見舞い、告知の強化）についてご助言をお願いします。
{SIG_HOJO}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], detectors=PD,
    note="特定の個人が詐欺の犯罪被害者である事実と連絡先を法律事務所へ")

add(34, charset="utf-8", sender=H,
    to=["安全リスク研究所 西園寺 様 <saionji@anzen-risk.co.jp>"],
    subject="面談対応のご相談（要注意申出者）",
    body=f"""株式会社安全リスク研究所
西園寺様

いつもお世話になっております。日の出産業の北條です。

来週10月14日に本社で面談予定の申出者について、同席をお願いしたくご連絡しました。

　申出者：楢崎 武史 氏（50代・川崎市）
　経緯　：加湿器の焦げを理由に、製品代金とは別に200万円の「慰謝料」を繰り返し要求
　留意点：社内で調べたところ、2019年に同様の要求で他社を脅したとして恐喝未遂容疑で
　　　　　逮捕された旨の報道があり、同一人物の可能性が高いと考えています

面談は録音のうえ、当社からは私と法務の武藤が出席いたします。
事前打合せのお時間をいただけますでしょうか。
{SIG_HOJO}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=PD,
    note="特定個人の逮捕歴（犯罪の経歴）を外部コンサルへ")

_hl = [["ぎょうざ 体調不良申出 一覧（2026/09/28 現在）"], [],
       ["受付No", "氏名", "年齢", "電話番号", "症状", "受診", "診断名"],
       ["H-01", "角田 瑠衣", 28, "045-662-8801", "嘔吐・下痢", "あり", "急性胃腸炎"],
       ["H-02", "東海林 大輔", 39, "090-1186-7792", "腹痛", "あり", "感染性腸炎"],
       ["H-03", "御手洗 由紀", 47, "078-391-5572", "下痢", "なし", "—"],
       ["H-04", "越智 慎吾", 46, "089-941-2270", "発熱・下痢", "あり", "急性胃腸炎（入院1日）"],
       ["H-05", "久世 紗希", 30, "086-231-4478", "吐き気", "なし", "—"],
       ["H-06", "真栄田 翔", 26, "080-1734-5208", "腹痛・血便", "あり", "カンピロバクター腸炎の疑い"]]
add(35, charset="shift_jis", sender=N,
    to=["佐藤 修平 様 <s.sato@kitaguni-foods.co.jp>"],
    subject="体調不良申出 一覧（9/28現在）",
    body=f"""佐藤様

お世話になっております。南雲です。
保健所からの照会に備え、体調不良の申出を一覧にまとめました。
御社側の出荷記録（ロット・出荷先）との突合をお願いします。

受診された4件のうち、H-06は保健所が便検査を実施中とのことです。
{SIG_NAGUMO}""",
    attachments=[{"kind": "xlsx", "name": "体調不良申出一覧_0928.xlsx",
                  "sheets": {"一覧": _hl, "ロット別": [["ロット", "件数"], ["GZ6A", 1], ["GZ6C", 5]]}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=PD,
    note="XLSXで6名の氏名・電話と症状・診断名（要配慮の一覧）を製造委託先へ")


# ======================================================================================
# 止めるべきもの：3者以上の社外宛先が互いに見える（Bcc にすべき）
# ======================================================================================

add(36, charset="iso-2022-jp", sender=E,
    to=["石動 剛 様 <isurugi@kawasaki-denki.co.jp>", "宮内 様 <miyauchi@aoba-unyu.co.jp>",
        "高城 様 <takagi@tokiwa-sonpo.co.jp>"],
    subject="HM-300 回収対策連絡会（第4回）日程のご相談",
    body=f"""川崎電機株式会社 石動様
青葉運輸株式会社 宮内様
常盤損害保険株式会社 高城様

いつもお世話になっております。日の出産業 回収対策室の遠藤です。

第4回の回収対策連絡会を下記いずれかの日程で開催したく、ご都合をお知らせください。

　候補1：10月15日（木）14:00〜15:30
　候補2：10月16日（金）10:00〜11:30
　候補3：10月19日（月）15:00〜16:30

場所：弊社本社 5F 第2会議室（オンライン参加も可）
議題：回収率の推移、未回収層への周知策、返送物流の見直し、保険請求の進め方

ご多用のところ恐れ入りますが、10/9までにご返信をお願いいたします。
{SIG_ENDO}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社外3社がToで互いに見える（Bccにすべき）")

add(37, charset="utf-8", sender=H,
    to=["青葉台市消費生活センター <shohi-soudan@city.aobadai.lg.jp>",
        "北浜市消費生活センター <shohisha@city.kitahama.lg.jp>",
        "南山県消費生活センター <seikatsu-c@pref.minamiyama.lg.jp>"],
    subject="【製品回収のお知らせ】スチーム加湿器 HM-300 につきまして",
    body=f"""消費生活センター ご担当者様

平素より大変お世話になっております。日の出産業株式会社 お客様相談室の北條でございます。

弊社が販売いたしましたスチーム加湿器「HM-300」におきまして、
電源コード接続部の不具合により、まれに本体底面が過熱し焦げが生じるおそれがあることが判明いたしました。
つきましては、対象製品を自主回収し、ご返金させていただくことといたしました。

　対象製品：スチーム加湿器 HM-300（2025年9月〜2026年2月製造分）
　対象台数：約18,400台
　対応内容：製品代金 12,980円（税込）のご返金
　お問い合わせ：HM-300回収専用ダイヤル 0120-61-3000（9:00〜20:00 土日も受付）

貴センターに関連するご相談が寄せられた際には、上記専用ダイヤルをご案内いただけますと幸いです。
社告の写しをご希望の場合はお申し付けください。
{SIG_HOJO}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="3つの自治体センターがToに並び互いに見える")

add(38, charset="shift_jis", sender=D,
    to=["kengo.azusawa.home@gmail.com", "hitomi.2kaido@gmail.com", "tsuyuri.mao@gmail.com"],
    subject="【日の出産業】代替品発送のご案内",
    body=f"""お客様各位

このたびは弊社製品「しっとりハンド」につきまして、多大なるご迷惑をおかけしておりますことを
心よりお詫び申し上げます。

お申出いただきました代替品（改良処方品）を、本日10月7日に発送いたしました。
お届けまで2〜3日ほどお時間をいただきます。
お手元の旧製品は、同封の返信用封筒にてご返送いただけますようお願いいたします。

ご不明な点がございましたら、お客様相談室までお問い合わせください。
{SIG_DESK}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="個人のお客様3名をToに並べて送信：互いのアドレスが見える")

add(39, charset="utf-8", sender=K,
    to=["Daniel Lin <daniel.lin@formosa-home.com.tw>", "Priya Raman <priya@liongate-retail.com.sg>",
        "Mark Ellison <m.ellison@pacific-homeware.com>"],
    subject="Voluntary recall: HK-120 electric kettle (handle) - action for distributors",
    body=f"""Dear partners,

We are initiating a voluntary recall of the HK-120 electric kettle, production lots
2605 and 2606, because the handle may crack and detach during use.

Please take the following actions:
1. Stop shipments and sales of the affected lots immediately.
2. Report your inventory and sell-through quantities by 16 October.
3. Post the attached customer notice (English / Chinese versions to follow) on your website.

Replacement units with the reinforced handle will be available from early November.
Our team will arrange a call with each of you separately next week.
{SIG_MORISHITA}
{DISC_EN}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="英文：海外代理店3社がToで互いに見える")


# ======================================================================================
# 止めるべきもの：なりすまし・打ち間違いのドメイン（look-alike）
# ======================================================================================

add(40, charset="iso-2022-jp", sender=N,
    to=["佐藤 修平 様 <s.sato@kitaguni-food.co.jp>"],
    subject="金属検出機の感度試験 立会い日程",
    body=f"""北国フーズ株式会社
佐藤様

お世話になっております。南雲です。
先日お話しした金属検出機（第2ライン）の感度試験、立会い日程の候補をお送りします。

　10/13（火）午後　／　10/14（水）終日　／　10/16（金）午前

テストピースはFe 1.0mm、SUS 1.5mmの2種類を弊社から持参します。
ご都合のよい日をお知らせください。
{SIG_NAGUMO}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="宛先が kitaguni-food.co.jp（提携先 kitaguni-foods.co.jp の s 抜け）")

add(41, charset="shift_jis", sender=E,
    to=["宮内 様 <miyauchi@aoba-unyu.jp>"],
    subject="10月分 回収品集荷の月次計画",
    body=f"""青葉運輸 宮内様

お世話になっております。遠藤です。
10月の回収品集荷の見込み件数をお送りします。

　10/1〜10/10：約120件
　10/11〜10/20：約90件
　10/21〜10/31：約60件

ドライバーの方の手配をご検討いただけますでしょうか。
{SIG_ENDO}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="aoba-unyu.jp（正しくは aoba-unyu.co.jp、co. の欠落）")

add(42, charset="iso-2022-jp", sender=U,
    to=["野々村 様 <nonomura@nishiki-insastu.co.jp>"],
    subject="社告（新聞掲載用）の入稿データについて",
    body=f"""錦印刷株式会社
野々村様

いつもお世話になっております。宇佐美です。
社告の新聞掲載用データ、最終稿が確定しましたので明日午前中にお送りします。
サイズは全5段の1/4（天地 約8cm）、モノクロでお願いいたします。

掲載紙：全国紙2紙、ブロック紙3紙（掲載日は10月12日で調整中）
{SIG_USAMI}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="nishiki-insastu.co.jp（nishiki-insatsu の文字の入れ替わり）")

add(43, charset="iso-2022-jp", sender=H,
    to=["弁護士 梶 様 <kaji@shirakawa-law.co.jp>"],
    subject="次回打合せ日程のご相談",
    body=f"""白川法律事務所
梶先生

いつもお世話になっております。北條です。
先日の件、次回の打合せを以下のいずれかでお願いできますでしょうか。

　10月20日（火）16時〜／10月21日（水）10時〜

場所は御事務所に伺います。
{SIG_HOJO}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="shirakawa-law.co.jp（提携先 shirakawa-law.jp と別TLD）")

add(44, charset="utf-8", sender=KO,
    to=["南雲 拓也 <t.nagumo@hinode-sanngyo.co.jp>"],
    subject="本日の入電件数（ぎょうざ・ふりかけ）",
    body="""南雲さん

お疲れさまです。小峰です。
本日17時時点の入電件数です。

　ぎょうざ関連　　38件（うち異物 4件、体調不良 1件）
　ふりかけ関連　　12件（アレルゲン表示の問合せ 11件）
　その他　　　　　21件

詳細は明朝の朝会で報告します。

小峰""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="社内宛てのつもりが hinode-sanngyo.co.jp（n が1文字多い偽ドメイン）")

add(45, charset="shift_jis", sender=E,
    to=["大槻 様 <otsuki@midori-ginko-co.jp>"],
    subject="返金用口座への入金予定について",
    body=f"""みどり銀行 法人営業部
大槻様

お世話になっております。日の出産業の遠藤です。
返金専用口座への資金移動を、10月9日に3,000万円予定しております。
総合振込の件数が増える見込みのため、当日の処理枠についてご相談させてください。
{SIG_ENDO}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="midori-ginko-co.jp（.co. をハイフンにした偽ドメイン）")


# ======================================================================================
# 止めるべきもの：秘密区分の表示（社外秘・取扱注意・Confidential…）
# ======================================================================================

add(46, charset="iso-2022-jp", sender=N,
    to=["佐藤 修平 様 <s.sato@kitaguni-foods.co.jp>"],
    subject="【社外秘】ぎょうざ異物混入 原因調査（中間報告）",
    body=f"""【社外秘】
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
本資料は日の出産業株式会社の社外秘情報です。関係者以外への開示を禁じます。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

佐藤様

南雲です。社内向けにまとめた中間報告をそのままお送りします。

1. 異物の同定：SUS304 片（ミンサー刃と組成一致）
2. 混入工程：第2ライン ミンサー工程（9/4 刃交換時の欠損を見落とし）
3. 影響範囲：ロット GZ6A〜GZ6E、推定出荷 41,200パック
4. 当社の判断：自主回収は見送り、申出者への個別対応で対処する方向（10/2 経営会議）
5. 保健所対応：体調不良申出との因果は否定的との見解を得る方向で調整中

最終報告は10月末を予定しています。
{SIG_NAGUMO}""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="本文冒頭に【社外秘】の区分表示、製造委託先へ")

add(47, charset="iso-2022-jp", sender=N,
    to=["戸川 様 <togawa@hanazono-keshohin.co.jp>"],
    subject="しっとりハンド 再発防止策（案）",
    body=f"""花園化粧品株式会社
戸川様

お世話になっております。南雲です。
再発防止策（案）を添付します。来週の定例までにコメントをいただけますと助かります。
{SIG_NAGUMO}""",
    attachments=[{"kind": "docx", "name": "再発防止策案_しっとりハンド.docx", "page_header": "取扱注意",
                  "title": "再発防止策（案）",
                  "paragraphs": ["しっとりハンド 再発防止策（案）", "文書区分：取扱注意",
                                 "1. 香料ロット切替時の感作性評価の追加",
                                 "2. 受入検査項目の見直し（不純物の規格追加）",
                                 "3. 申出受付からの情報共有を48時間以内に短縮"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="DOCXのヘッダーと本文に「取扱注意」の区分表示")

add(48, charset="utf-8", sender=K,
    to=["Tran Van Minh <minh.tran@saigon-precision.com.vn>"],
    subject="HK-120 handle failure analysis - our test data",
    body=f"""Dear Mr. Minh,

Please find attached our test data on the HK-120 handle failures (drop tests and
thermal cycling). The second sheet compares the returned units with the reference samples.
We would appreciate your comments before our call on Thursday.
{SIG_MORISHITA}""",
    attachments=[{"kind": "xlsx", "name": "HK-120_failure_analysis.xlsx", "page_header": "CONFIDENTIAL",
                  "sheets": {"Summary": [["HK-120 handle failure analysis - CONFIDENTIAL"], [],
                                         ["Test", "Samples", "Failures"], ["Drop 1.0 m", 20, 7],
                                         ["Thermal cycling 500x", 20, 4]],
                             "Returned units": [["Serial", "Crack location", "Resin lot"],
                                                ["HK120-2605-01873", "upper joint", "R-2604-11"],
                                                ["HK120-2605-02217", "upper joint", "R-2604-11"],
                                                ["HK120-2606-00388", "lower rib", "R-2605-02"]]}}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="英文：XLSXのヘッダー・タイトルに CONFIDENTIAL の区分表示")

add(49, charset="shift_jis", sender=U,
    to=["野々村 様 <nonomura@nishiki-insatsu.co.jp>"],
    subject="お詫び社告（店頭掲示用）原稿",
    body=f"""野々村様

お世話になっております。宇佐美です。
店頭掲示用のお詫び社告の原稿をPDFでお送りします。
A3ポスター 300部でお見積りをお願いいたします。
{SIG_USAMI}""",
    attachments=[{"kind": "pdf", "name": "店頭社告_原稿_v3.pdf", "page_footer": "部外秘　品質保証部",
                  "lines": ["お詫びと製品回収のお知らせ（原稿 v3）",
                            "【検討メモ】回収率が30%を下回る場合は新聞社告の再掲を検討",
                            "【検討メモ】返金額に送料相当500円を上乗せするかは10/8経営会議で判断",
                            "",
                            "このたび弊社が販売したスチーム加湿器HM-300において…",
                            "お問い合わせ：0120-61-3000"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PDFのフッターに「部外秘」の区分表示、印刷会社へ")

add(50, charset="iso-2022-jp", sender=N,
    to=["石動 剛 様 <isurugi@kawasaki-denki.co.jp>"],
    subject="回収判断会議の資料（共有）",
    body=f"""石動様

南雲です。昨日の回収判断会議で使用した資料を共有します。
費用負担の協議の前提になりますので、ご確認をお願いします。
{SIG_NAGUMO}""",
    attachments=[{"kind": "pptx", "name": "HM-300_回収判断会議.pptx", "page_footer": "極秘",
                  "slides": [["HM-300 回収判断会議", "2026年9月11日 経営会議資料"],
                             ["回収費用の試算", "回収・返金：約2.4億円", "物流・告知：約0.6億円"],
                             ["費用負担の考え方", "製造起因部分は川崎電機様へ求償（案）"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PPTXの各スライドに「極秘」の表示、製造委託先へ")


# ======================================================================================
# 止めるべきもの：読めない添付（パスワード付き・破損）
# ======================================================================================

add(51, charset="shift_jis", sender=N,
    to=["佐藤 修平 様 <s.sato@kitaguni-foods.co.jp>"],
    subject="検査成績書の送付（パスワードは別送）",
    body=f"""佐藤様

お世話になっております。南雲です。
日本食品検査協会の検査成績書をお送りします。
ファイルはパスワード付きZIPにしておりますので、パスワードは別メールにてお送りします。
{SIG_NAGUMO}""",
    attachments=[{"kind": "zip", "name": "検査成績書_20261005.zip", "password": "Hs2026#kensa",
                  "files": [{"kind": "pdf", "name": "検査成績書_GZ6C.pdf",
                             "lines": ["検査成績書", "検体：手包みぎょうざ GZ6C", "金属異物：検出せず（n=200）"]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="パスワード付きZIP（PPAP）で中身を検査できない")

add(52, charset="utf-8", sender=N,
    to=["高城 様 <takagi@tokiwa-sonpo.co.jp>"],
    subject="損害額算定資料（閲覧パスワード付きPDF）",
    body=f"""高城様

南雲です。損害額の算定資料をお送りします。
PDFには閲覧用パスワードを設定しています。パスワードはお電話でお伝えします。
{SIG_NAGUMO}""",
    attachments=[{"kind": "pdf", "name": "損害額算定資料_HM-300.pdf", "password": "tokiwa1005",
                  "lines": ["損害額算定資料", "家財損害 5件 合計 386,200円"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="パスワードで保護されたPDF")

add(53, charset="iso-2022-jp", sender=E,
    to=["宮内 様 <miyauchi@aoba-unyu.co.jp>"],
    subject="集荷実績の照合用ファイル",
    body=f"""宮内様

お世話になっております。遠藤です。
9月分の集荷実績の照合用ファイルをお送りします。
御社の請求明細と件数が合っているかご確認ください。
{SIG_ENDO}""",
    attachments=[{"kind": "corrupt", "name": "集荷実績_202609.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="破損したXLSXで中身を検査できない")

add(54, charset="utf-8", sender=N,
    to=["石動 剛 様 <isurugi@kawasaki-denki.co.jp>"],
    subject="返送品の分解調査写真（報告書PDF）",
    body=f"""石動様

南雲です。返送品10台の分解調査報告書をPDFでお送りします。
写真が多いため少し重いです。開けない場合はお知らせください。
{SIG_NAGUMO}""",
    attachments=[{"kind": "corrupt", "name": "分解調査報告書_HM-300.pdf"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="破損したPDFで中身を検査できない")

add(55, charset="utf-8", sender=K,
    to=["Nguyen Thi Lan <lan.nguyen@saigon-precision.com.vn>"],
    subject="Returned units data (password-protected)",
    body=f"""Dear Ms. Lan,

As agreed, I am sending the returned-unit data as an encrypted ZIP file.
The password will follow in a separate e-mail.
{SIG_MORISHITA}""",
    attachments=[{"kind": "zip", "name": "HK120_returned_units.zip", "password": "Kettle!2605",
                  "files": [{"kind": "csv", "name": "returned_units.csv", "encoding": "utf-8",
                             "rows": [["serial", "received", "defect"],
                                      ["HK120-2605-01873", "2026-09-22", "handle crack"]]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="英文：暗号化ZIPで中身を検査できない")


# ======================================================================================
# 通すべきもの
# ======================================================================================

add(56, charset="iso-2022-jp", sender=N,
    to=["佐藤 修平 様 <s.sato@kitaguni-foods.co.jp>"],
    subject="Re: 第三者検査の検体送付について",
    body=f"""佐藤様

お世話になっております。南雲です。
検体の件、承知いたしました。GZ6A・GZ6C の各ロットから20パックずつ、
10月8日着で日本食品検査協会へ冷凍便で直送いただければ結構です。
送り状番号が分かりましたらお知らせください。

引き続きよろしくお願いいたします。
{SIG_NAGUMO}
{DISC_JP}""",
    expect="pass", entities=[], detectors=[],
    note="通常の業務連絡＋定型の機密免責文（区分表示ではない）")

add(57, charset="utf-8", sender=K,
    to=["Tran Van Minh <minh.tran@saigon-precision.com.vn>"],
    subject="Re: Reference samples for HK-120",
    body=f"""Dear Mr. Minh,

Thank you. We received the five reference samples this morning
(DHL waybill 4417 2093 85) in good condition.
Our lab will start the drop tests on Monday and share the first results by the 20th.
{SIG_MORISHITA}
{DISC_EN}""",
    expect="pass", entities=[], detectors=[],
    note="英文の業務連絡＋定型の confidential 免責文、追跡番号のみ")

add(58, charset="iso-2022-jp", sender=H,
    to=["一ノ瀬 様 <ichinose@nihon-shokuhin-kensa.or.jp>"],
    subject="秘密保持契約書（案）のご確認のお願い",
    body=f"""一般社団法人日本食品検査協会
検査部 一ノ瀬様

いつもお世話になっております。日の出産業の北條です。
原因調査のご依頼に先立ち、秘密保持契約（NDA）を締結させていただきたく、
当社ひな形による契約書案を添付いたします。

第3条の「秘密情報」の範囲と、第7条の有効期間（3年）について
ご意見がございましたら、修正案をお示しいただければ幸いです。
押印は電子契約サービスで対応可能です。
{SIG_HOJO}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_日本食品検査協会.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」）と一般社団法人日本食品検査協会（以下「乙」）は、"
                                 "甲が乙に委託する検査業務に関し、次のとおり秘密保持契約を締結する。",
                                 "第1条（目的）本契約は、検査業務の遂行のために開示される情報の取扱いを定める。",
                                 "第3条（秘密情報）本契約において秘密情報とは、開示の際に秘密である旨を明示した"
                                 "技術上又は営業上の情報をいう。",
                                 "第7条（有効期間）本契約の有効期間は締結日から3年間とする。"]}],
    expect="pass", entities=[], detectors=[],
    note="NDA（秘密保持契約）についてのメールと契約書案：区分表示ではない")

add(59, charset="utf-8", sender=K,
    to=["Susan Park <s.park@lakeshore-analytical.com>"],
    subject="Mutual NDA before sharing kettle resin samples",
    body=f"""Dear Ms. Park,

Thank you for the call today. Before we send the handle resin samples and our
internal test protocol, our legal team would like to put a mutual non-disclosure
agreement in place. Could you send us your standard mutual NDA, or would you prefer
to review ours? We are flexible on the governing law (New York or Japan).
{SIG_MORISHITA}""",
    expect="pass", entities=[], detectors=[],
    note="英文：NDA締結の相談（区分表示ではない）")

add(60, charset="shift_jis", sender=E,
    to=["宮内 様 <miyauchi@aoba-unyu.co.jp>"],
    subject="回収品の持込受付拠点（営業所）一覧",
    body=f"""宮内様

お世話になっております。遠藤です。
お客様が回収品を直接お持込みいただける御社営業所を、社告のQ&Aに掲載したいと考えています。
以下の内容で誤りがないかご確認をお願いします。

{padded(["営業所", "所在地", "電話", "受付時間"], [
    ["札幌北営業所", "北海道札幌市東区北十九条東1-2-3", "011-752-3300", "9-18時"],
    ["仙台営業所", "宮城県仙台市宮城野区扇町4-7-1", "022-235-4101", "9-18時"],
    ["東京中央営業所", "東京都江東区新木場2-11-5", "03-3521-7720", "8-20時"],
    ["名古屋南営業所", "愛知県名古屋市港区いろは町1-22", "052-652-8804", "9-18時"],
    ["大阪北営業所", "大阪府大阪市西淀川区中島2-5-9", "06-6475-1120", "8-20時"],
    ["福岡営業所", "福岡県福岡市東区箱崎ふ頭3-4-10", "092-641-5515", "9-18時"]])}

よろしくお願いいたします。
{SIG_ENDO}""",
    expect="pass", entities=[], detectors=[],
    note="事業所（営業所）の一覧：人の一覧ではない")

_centers = padded(["センター名", "電話番号", "相談受付"], [
    ["青葉台市消費生活センター", "045-900-1188", "平日 9:00-16:00"],
    ["北浜市消費生活センター", "078-652-0999", "平日 9:30-16:30"],
    ["南山県消費生活センター", "0742-20-1550", "平日 9:00-17:00 / 土 9:00-12:00"],
    ["緑ヶ丘市消費生活相談室", "0475-52-1300", "火・木 10:00-15:00"],
    ["消費者ホットライン", "188", "最寄りの窓口につながります"]], gap="\t")
add(61, charset="utf-8", sender=H,
    to=["広報ワークス 三枝 様 <saegusa@koho-works.co.jp>"],
    subject="想定問答集への追記（相談窓口の案内）",
    body=f"""株式会社広報ワークス
三枝様

お世話になっております。北條です。
記者発表用の想定問答集に、消費生活センターの相談窓口を追記したいと思います。
回収対象地域の主なセンターは以下のとおりです。

{_centers}

Q「自社窓口以外の相談先は？」の回答例に使っていただけますでしょうか。
{SIG_HOJO}""",
    expect="pass", entities=[], detectors=[],
    note="公的機関の相談窓口（電話番号）の一覧：人の一覧ではない")

add(62, charset="shift_jis", sender=U,
    to=["野々村 様 <nonomura@nishiki-insatsu.co.jp>"],
    subject="店頭ポスター 配送先（取扱店舗）リスト",
    body=f"""野々村様

お世話になっております。宇佐美です。
店頭ポスターの配送先（取扱店舗）リストをお送りします。
古い形式（.xls）で恐縮ですが、販売会社のシステムから出力したものです。
{SIG_USAMI}""",
    attachments=[{"kind": "xls", "name": "取扱店舗リスト.xls", "sheets": {"店舗": [
        ["店舗コード", "店舗名", "住所", "代表電話", "部数"],
        ["D-0112", "ドラッグいずみ 浦和高砂店", "埼玉県さいたま市浦和区高砂2-4-1", "048-811-2020", 2],
        ["D-0245", "ドラッグいずみ 板橋本町店", "東京都板橋区本町31-6", "03-3963-5511", 2],
        ["H-0031", "ホームセンターかなめ 郡山店", "福島県郡山市堤下町1-88", "024-941-3131", 3],
        ["H-0057", "ホームセンターかなめ 岡崎店", "愛知県岡崎市羽根町小豆坂35", "0564-55-8080", 3],
        ["S-0408", "スーパーまるしん 新潟万代店", "新潟県新潟市中央区万代3-1-1", "025-241-7300", 1],
        ["S-0415", "スーパーまるしん 金沢本町店", "石川県金沢市本町2-15-1", "076-224-6600", 1]]}}],
    expect="pass", entities=[], detectors=[],
    note="XLS（旧形式）の取扱店舗一覧：店舗の代表電話・所在地のみ")

add(63, charset="iso-2022-jp", sender=N,
    to=["高城 様 <takagi@tokiwa-sonpo.co.jp>"],
    subject="担当者変更のお知らせ",
    body="""常盤損害保険株式会社
高城様

いつもお世話になっております。日の出産業 品質保証部の南雲です。
10月1日付で、PL保険関係の窓口を当部 製品安全課の私が引き継ぐことになりました。
今後ともどうぞよろしくお願いいたします。

┏━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
　日の出産業株式会社
　品質保証部 製品安全課 課長代理
　南雲 拓也（なぐも たくや）
　〒103-0027 東京都中央区日本橋2-11-8 日の出ビル6F
　TEL：03-5201-4480（代表）／ 03-5201-4481（直通）
　携帯：080-4471-3396
　FAX：03-5201-4489
　E-mail：t.nagumo@hinode-sangyo.co.jp
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━┛""",
    expect="pass", entities=[], detectors=[],
    note="送信者自身の署名（携帯・直通・住所）だけの挨拶メール")

_q64 = "\n".join("> " + ln for ln in f"""日の出産業 小峰様

お世話になっております。コールブリッジの堀之内です。
昨日の架電結果です。つながらなかった5件は本日再架電します。

{padded(["受付ID", "氏名", "電話番号", "結果"], [
    ["K-5501", P[30][0], P[30][5], "不通"], ["K-5503", P[32][0], P[32][5], "留守電"],
    ["K-5505", P[34][0], P[34][5], "話し中"], ["K-5506", P[35][0], P[35][5], "不通"],
    ["K-5507", P[36][0], P[36][5], "留守電"]])}

以上です。""".split("\n"))
add(64, charset="shift_jis", sender=KO,
    to=["堀之内 様 <horinouchi@call-bridge.co.jp>"],
    subject="Re: 10/2 架電結果（不通分）",
    body=f"""堀之内様

ご報告ありがとうございます。小峰です。
再架電で3回つながらない方には、SMSでのご案内に切り替えてください。
文面は先週お送りしたものでお願いします。

{SIG_KOMINE}

2026年10月3日 9:12 堀之内 <horinouchi@call-bridge.co.jp>:
{_q64}""",
    expect="pass", entities=[], detectors=[],
    note="返信：人の一覧は相手のメールの引用（> 行）のみ、新規本文に個人データなし")

add(65, charset="iso-2022-jp", sender=H,
    to=["青葉台市消費生活センター 相談員 久保田様 <shohi-soudan@city.aobadai.lg.jp>"],
    subject="RE: 【照会】ハンドクリームによる皮膚障害の相談について",
    body=f"""久保田様

ご照会ありがとうございます。北條でございます。
お問い合わせの件、当社でも同じ方からお申出をいただいており、現在対応中です。
詳細は明日改めてお電話でご説明させていただきます。
{SIG_HOJO}

-----Original Message-----
From: 青葉台市消費生活センター <shohi-soudan@city.aobadai.lg.jp>
Sent: Tuesday, October 6, 2026 2:41 PM
To: お客様相談室 <soudan@hinode-sangyo.co.jp>
Subject: 【照会】ハンドクリームによる皮膚障害の相談について

日の出産業株式会社 お客様相談室 御中

青葉台市消費生活センターの久保田です。
当センターに、貴社の「しっとりハンド」を使用して手に湿疹が出たとの相談がありました。

相談者：宍戸 光太郎 様（52歳、水戸市宮町在住）
症状：両手の湿疹・かゆみ、皮膚科で接触皮膚炎と診断
要望：治療費の負担、原因の説明

貴社の対応状況をお知らせください。""",
    expect="pass", entities=[], detectors=[],
    note="返信：診断名を含む個人情報は相手（センター）からの引用部分のみ")

add(66, charset="utf-8", sender=K,
    to=["Claims Desk <claims.jp@meridian-global.com>"],
    subject="Re: Claim MG-JP-26-1209 - additional documents",
    body=f"""Dear Mr. Hughes,

Thank you. We will obtain the receipts from the claimant and send them by courier
early next week. Our reference for this case is Q-26-0488.
{SIG_MORISHITA}

On Wed, 7 Oct 2026 at 10:05, Oliver Hughes <claims.jp@meridian-global.com> wrote:
> Dear Mr. Morishita,
>
> For claim MG-JP-26-1209 we still need the following from the claimant:
>   Name: Ms. Nanami Fukushi, Aomori
>   Phone: 017-722-9035
>   Injury: urticaria and anaphylaxis, hospitalised overnight on 26 September
> - itemised hospital receipts
> - the signed consent form for the medical certificate
>
> Kind regards,
> Oliver Hughes""",
    expect="pass", entities=[], detectors=[],
    note="英文返信：被害者情報は相手の引用（On … wrote: 以下）のみ")

_int67 = padded(["受付No", "氏名", "電話", "住所", "状況"], [
    [f"C26-10{i + 1:02d}", p[0], p[5], p[4], s] for i, (p, s) in enumerate(zip(P[10:20], [
        "回収済", "回収済", "キット発送済", "架電中", "回収済", "返金済", "キット発送済", "架電中",
        "回収済", "返金済"]))])
add(67, charset="utf-8", sender=KO,
    to=["お客様相談室 <soudan@hinode-sangyo.co.jp>", "遠藤 恭平 <k.endo@hinode-sangyo.co.jp>"],
    subject="10/5 回収申出 受付分（10件）",
    body=f"""相談室各位、遠藤さん

お疲れさまです。小峰です。
本日受付分の回収申出10件です。キット発送の手配をお願いします。

{_int67}

小峰""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=[],
    note="宛先がすべて社内：10名の一覧でも通す")

add(68, charset="shift_jis", sender=H,
    to=["経理部 久我 <m.kuga@hinode-sangyo.co.jp>"],
    subject="外部委員謝金の個人番号（支払調書用）",
    body=f"""久我さん

お疲れさまです。北條です。
消費者モニター委員会の外部委員の個人番号です。本人確認書類の写しは
書留で経理部宛に回付済みです。取扱いは特定個人情報の規程どおりにお願いします。

　鳥飼 冴子 様　個人番号 {MN[0]}
　葛城 忠彦 様　個人番号 {MN[1]}
　根来 道子 様　個人番号 {MN[2]}

北條""",
    expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=[],
    note="社内（経理）宛てのマイナンバー：宛先がすべて社内")

add(69, charset="iso-2022-jp", sender=U,
    to=["南雲 拓也 <t.nagumo@mail.hinode-sangyo.co.jp>", "品質保証部 <qa@hinode-sangyo.co.jp>"],
    subject="【健康被害】ふりかけ喫食後の入院事案 第一報",
    body=f"""南雲さん、品証各位

お疲れさまです。宇佐美です。第一報です。

申出者：福士 七海 様（青森市）、お子様 結菜ちゃん（5歳）
内容　：9/26 ふりかけ（FR-0826）喫食後にアナフィラキシー、救急搬送・1泊入院
既往　：えびアレルギー（通院中）
電話　：017-722-9035

お母様はかなりお怒りです。本日中に品証からも一度お電話をお願いできますか。

宇佐美""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], detectors=[],
    note="社内（サブドメイン mail.hinode-sangyo.co.jp 含む）宛ての健康被害情報")

add(70, charset="utf-8", sender=N,
    to=["北條 真理子 <m.hojo@hinode-sangyo.co.jp>"],
    subject="【社外秘】経営会議資料（回収費用）",
    body="""北條室長

お疲れさまです。南雲です。
明日の経営会議資料です（社外秘）。パスワードは別途チャットでお送りします。

南雲""",
    attachments=[{"kind": "zip", "name": "経営会議資料_1008.zip", "password": "Keiei-1008",
                  "files": [{"kind": "txt", "name": "回収費用.txt", "text": "回収費用見込み 3.0億円"}]}],
    expect="pass", entities=[], detectors=[],
    note="社内宛て：社外秘表示・暗号化ZIPでも宛先がすべて社内")

add(71, charset="shift_jis", sender=S,
    to=["経理部 久我 <m.kuga@hinode-sangyo.co.jp>"],
    subject="カード返金の個別処理のお願い",
    body=f"""久我さん

お疲れさまです。佐々木です。
決済代行経由の売上取消ができなかったお客様1件について、個別に返金処理をお願いします。

　お客様：勅使河原 徹 様
　カード番号：{CARD[2]}
　金額：12,980円

処理が終わったら伝票番号を教えてください。
佐々木""",
    expect="pass", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=[],
    note="社内（経理）宛てのカード番号：宛先がすべて社内")

add(72, charset="iso-2022-jp", sender=E,
    to=["宮内 様 <miyauchi@aoba-unyu.co.jp>"],
    subject="個別集荷のお願い（1件・至急）",
    body=f"""宮内様

お世話になっております。遠藤です。
明日午前に1件だけ個別集荷をお願いできますでしょうか。

　{P[37][0]} 様
　〒{P[37][3]} {P[37][4]}
　TEL {P[37][5]}
　品名：加湿器（HM-300）1台　※元箱なし、梱包資材をお持ちください

急なお願いで恐縮ですが、よろしくお願いいたします。
{SIG_ENDO}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=PD,
    note="集荷先1名の氏名・住所・電話のみ（1〜4名は警告どまり）")

add(73, charset="iso-2022-jp", sender=N,
    to=["石動 剛 様 <isurugi@kawasaki-denki.co.jp>"],
    subject="10/13 現地調査（申出者宅）のご案内",
    body=f"""石動様

お世話になっております。南雲です。
10月13日の現地調査（焦損した設置場所の確認）について、申出者ご夫妻のご了承をいただきました。

　訪問先：〒{P[14][3]} {P[14][4]}
　ご主人：与那覇 浩之 様　携帯 090-5528-1673
　奥様　：{P[14][0]} 様　携帯 080-6631-0427

13:30 に新大阪駅の中央改札でお待ち合わせでいかがでしょうか。
{SIG_NAGUMO}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=PD,
    note="申出者2名（夫妻）の連絡先を現地調査の同行者へ：少人数")

add(74, charset="shift_jis", sender=E,
    to=["榊原 様 <sakakibara@sakura-hotel.jp>"],
    subject="10/10 説明会 追加参加者のご連絡",
    body=f"""榊原様

たびたび失礼いたします。遠藤です。
説明会の追加参加者が4名となりました。受付名簿への追記をお願いいたします。

・{P[1][0]} 様　{P[1][5]}
・{P[11][0]} 様　{P[11][5]}
・{P[26][0]} 様　{P[26][5]}
・{P[39][0]} 様　{P[39][5]}

席は合計14席でご準備ください。
{SIG_ENDO}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=PD,
    note="4名の氏名・電話のみ（5名未満は警告どまり）")

add(75, charset="utf-8", sender=U,
    to=["出荷管理 <shukka@hakobu-fulfillment.co.jp>"],
    subject="代替品 個別出荷のお願い（3件）",
    body=f"""ハコブ・フルフィルメント株式会社
出荷管理ご担当者様

お世話になっております。日の出産業の宇佐美です。
代替品（しっとりハンド 改良処方 50g）の個別出荷を3件お願いします。

{P[21][0]} 様／〒{P[21][3]} {P[21][4]}／{P[21][5]}
{P[27][0]} 様／〒{P[27][3]} {P[27][4]}／{P[27][5]}
{P[34][0]} 様／〒{P[34][3]} {P[34][4]}／{P[34][5]}

お詫び状（同梱用）は明日御社に届く予定です。
{SIG_USAMI}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=PD,
    note="3名の出荷先のみ（5名未満）")

add(76, charset="iso-2022-jp", sender=N,
    to=["佐藤 修平 様 <s.sato@kitaguni-foods.co.jp>"],
    cc=["高城 様 <takagi@tokiwa-sonpo.co.jp>"],
    subject="ぎょうざ案件 今後の進め方（保険会社様にもご共有）",
    body=f"""北国フーズ 佐藤様
（cc：常盤損害保険 高城様）

お世話になっております。日の出産業の南雲です。
本件、保険会社様にも経過を共有させていただきます。

・第三者検査の結果：10月16日頃に判明予定
・保健所：現時点で行政処分の予定なしとの連絡
・賠償対応：個別案件ごとに三者で協議

次回の三者打合せは10月22日（木）15時からでいかがでしょうか。
{SIG_NAGUMO}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="社外2社（To+Cc）の通常の三者連絡：個人データなし")

add(77, charset="shift_jis", sender=E,
    to=["石動 剛 様 <isurugi@kawasaki-denki.co.jp>"],
    cc=["宮内 様 <miyauchi@aoba-unyu.co.jp>"],
    subject="回収品の厚木工場への返送（10/2発送分）",
    body=f"""石動様
（cc：青葉運輸 宮内様）

お世話になっております。遠藤です。
10/2に回収品をパレット3枚で厚木工場宛てに発送しました。

　送り状番号：5531-0472-8816／5531-0472-8820／5531-0472-8835
　台数：合計 286台（箱番号 B-0201〜B-0230）
　到着予定：10/3 午前

受領後、台数の確認をお願いします。
{SIG_ENDO}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="社外2社（製造委託先＋運送会社）、送り状番号のみ")

add(78, charset="iso-2022-jp", sender=U,
    to=["四十物 隆 様 <aimono.t@yahoo.co.jp>"],
    subject="【日の出産業】回収品の受領とご返金のご案内（受付番号 C26-0909-014）",
    body=f"""四十物 隆 様

このたびは弊社製品のご返送にご協力いただき、誠にありがとうございました。
9月28日に回収品を受領いたしましたので、ご連絡いたします。

ご返金（12,980円）は、ご指定の口座へ10月9日にお振込みいたします。
お振込名義は「ヒノデサンギヨウ（カ」と表示されます。

このたびは大変ご迷惑をおかけいたしましたこと、重ねてお詫び申し上げます。
{SIG_USAMI}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="フリーメールの申出者本人への返信（一人、本人の情報のみ）")

add(79, charset="utf-8", sender=K,
    to=["Rahul Verma <rahul.verma.tokyo@icloud.com>"],
    subject="Your HM-300 humidifier - collection and refund",
    body=f"""Dear Mr. Verma,

Thank you for contacting Hinode Sangyo Customer Relations, and we sincerely apologise
for the trouble caused by our HM-300 humidifier.

A courier from Aoba Unyu will collect the unit on Saturday, 17 October, between
10:00 and 12:00. You do not need to pack it; the driver will bring a box.
The refund of JPY 12,980 will be made within two weeks after we receive the unit.

Your reference number is C26-1004-022.
{SIG_MORISHITA}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="英文：フリーメールのお客様一人への案内")

add(80, charset="shift_jis", sender=D,
    to=["お客様相談室 <soudan@hinode-sangyo.co.jp>"],
    bcc=[P[0][6], P[2][6], P[4][6], P[7][6], P[12][6], P[16][6], P[19][6], P[27][6]],
    subject="【重要】回収キット発送のお知らせ（日の出産業）",
    body=f"""お客様各位

平素より弊社製品をご愛用いただき、誠にありがとうございます。
このたびはスチーム加湿器HM-300の回収にお申込みいただき、ありがとうございました。

本日、回収キット（返送用段ボール・着払い伝票）を発送いたしました。
お手元に届きましたら、製品を梱包のうえ、お近くのコンビニエンスストア等から
ご返送くださいますようお願い申し上げます。

※本メールは、回収をお申込みいただいたお客様に一斉にお送りしております（Bcc送信）。
{SIG_DESK}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="お客様8名へはBcc（To は自社）：互いに見えない、フリーメール宛ての警告のみ")

add(81, charset="utf-8", sender=N,
    to=["佐藤 修平 様 <s.sato@kitaguni-foods.co.jp>"],
    subject="9月の申出件数（健康被害含む）の集計",
    body=f"""佐藤様

お世話になっております。南雲です。
9月の申出件数を集計しましたので共有します（個人が特定できる情報は含めていません）。

{padded(["区分", "件数", "うち医療機関受診"], [
    ["異物混入", "27", "—"], ["体調不良（腹痛・下痢等）", "14", "5"],
    ["アレルギー症状", "2", "1"], ["味・においの異常", "9", "—"], ["包装不良", "6", "—"]])}

体調不良の14件はいずれも保健所が調査済みで、製品との因果関係は確認されていません。
{SIG_NAGUMO}""",
    expect="pass", entities=[], detectors=[],
    note="健康被害の件数の集計のみ：個人と結びつかない")

add(82, charset="iso-2022-jp", sender=H,
    to=["弁護士 梶 様 <kaji@shirakawa-law.jp>"],
    subject="示談書案の受け渡し方法について",
    body=f"""梶先生

お世話になっております。北條です。
示談書案につきましては、機密性の高い書類ですので、メールではなく
10月20日の打合せの際に紙でお渡しさせてください。
事前にご確認いただきたい論点は、打合せ冒頭でご説明いたします。
{SIG_HOJO}""",
    expect="pass", entities=[], detectors=[],
    note="「機密性の高い」への言及のみ：区分表示ではない")

add(83, charset="shift_jis", sender=S,
    to=["小野寺 様 <onodera@smilepay-service.jp>"],
    subject="返金単価表（製品別）",
    body=f"""小野寺様

お世話になっております。佐々木です。
今後の売上取消の際に参照いただく、製品別の返金単価表です。

{padded(["製品コード", "製品名", "返金額（税込）"], [
    ["HM-300-WH", "スチーム加湿器 HM-300 ホワイト", "12,980円"],
    ["HM-300-BK", "スチーム加湿器 HM-300 ブラック", "12,980円"],
    ["HM-300-FL", "HM-300 交換用フィルター（2枚）", "1,650円"],
    ["HC-050", "しっとりハンド 50g", "880円"],
    ["HC-100", "しっとりハンド 100g", "1,540円"]])}

送料相当分の上乗せはありません。
{SIG_SASAKI}""",
    expect="pass", entities=[], detectors=[],
    note="製品コードと価格の一覧のみ")

add(84, charset="utf-8", sender=E,
    to=["石動 剛 様 <isurugi@kawasaki-denki.co.jp>"],
    subject="個別返送分の追跡番号（8件）",
    body=f"""石動様

遠藤です。お客様から御社工場へ直接返送された8件の追跡番号です。
受付番号と台数のみ記載しています。

C26-0915-003  2281-4470-9921  1台
C26-0915-011  2281-4470-9936  1台
C26-0916-002  2281-4471-0015  2台
C26-0916-019  2281-4471-0020  1台
C26-0917-007  2281-4471-0384  1台
C26-0918-004  2281-4471-0399  1台
C26-0918-015  2281-4471-0402  3台
C26-0919-001  2281-4471-0417  1台

受領されましたらお知らせください。
{SIG_ENDO}""",
    expect="pass", entities=[], detectors=[],
    note="受付番号と追跡番号のみ：個人データなし")

add(85, charset="iso-2022-jp", sender=E,
    to=["新発田 様 <shibata@kaishu-support.co.jp>"],
    subject="Re: 9月分 請求書の記載事項について",
    body=f"""新発田様

お世話になっております。遠藤です。
9月分の請求書、拝受しました。経理から記載事項について一点だけ確認がございます。

登録番号（インボイス）が「T3180001096422」となっておりますが、
御社の法人番号 3180001096422 と一致していることを確認しました。
念のため、請求書の発行元住所（名古屋市中村区名駅4-6-23）も登記上の本店と
同じでよいかご確認ください。

請求金額 4,356,000円（税込）は10月末日にお支払い予定です。
{SIG_ENDO}""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="取引先の法人番号・インボイス登録番号と会社住所のみ（人の情報ではない）")

add(86, charset="shift_jis", sender=H,
    to=["北浜市消費生活センター <shohisha@city.kitahama.lg.jp>"],
    subject="社告（HM-300回収）の写しの送付",
    body=f"""北浜市消費生活センター
ご担当者様

お世話になっております。日の出産業 お客様相談室の北條です。
先日お電話でご依頼のありました社告の写しをPDFでお送りいたします。
窓口での掲示等にご活用ください。
{SIG_HOJO}""",
    attachments=[{"kind": "pdf", "name": "社告_HM-300回収.pdf", "title": "製品回収のお知らせ",
                  "lines": ["お詫びと製品回収のお知らせ", "",
                            "弊社が販売したスチーム加湿器「HM-300」において、電源コード接続部の不具合により、",
                            "まれに本体底面が過熱し焦げが生じるおそれがあることが判明いたしました。",
                            "対象製品をお持ちのお客様は、ただちに使用を中止し、下記までご連絡ください。",
                            "", "HM-300回収専用ダイヤル 0120-61-3000（9:00〜20:00 土日も受付）",
                            "日の出産業株式会社 代表取締役社長 日野 泰三"]}],
    expect="pass", entities=[], detectors=[],
    note="公開用の社告PDF：個人データも区分表示もない")

add(87, charset="shift_jis", sender=N,
    to=["石動 剛 様 <isurugi@kawasaki-denki.co.jp>"],
    subject="ロット別 不具合発生状況（9月末集計）",
    body=f"""石動様

南雲です。ロット別の不具合発生状況を集計しました。
製造月ごとの発生率の推移は2枚目のシートをご覧ください。
{SIG_NAGUMO}""",
    attachments=[{"kind": "xlsx", "name": "HM-300_ロット別不具合集計_202609.xlsx", "sheets": {
        "ロット別": [["HM-300 ロット別 不具合集計（2026/9/30）"], [],
                  ["製造ロット", "出荷台数", "焦損申出", "異音", "発生率(ppm)"],
                  ["2509A", 3200, 2, 1, 625], ["2510A", 3400, 4, 0, 1176], ["2511B", 3100, 5, 2, 1613],
                  ["2512A", 2900, 3, 1, 1034], ["2601A", 2800, 1, 0, 357], ["2602A", 3000, 0, 1, 0]],
        "推移": [["製造月", "発生率(ppm)"], ["2025-09", 625], ["2025-10", 1176], ["2025-11", 1613],
               ["2025-12", 1034], ["2026-01", 357], ["2026-02", 0]]}}],
    expect="pass", entities=[], detectors=[],
    note="ロット別の不具合統計（XLSX複数シート）：個人データなし")

add(88, charset="iso-2022-jp", sender=U,
    to=["佐藤 修平 様 <s.sato@kitaguni-foods.co.jp>"],
    subject="異物の写真（C26-0923-008）",
    body=f"""佐藤様

宇佐美です。本日届いた現品の異物写真をお送りします。
賞味期限 27.03.12、ロット GZ6C です。現品は明日発送します。
{SIG_USAMI}""",
    attachments=[{"kind": "png", "name": "異物_C26-0923-008.png"}],
    expect="pass", entities=[], detectors=[],
    note="製品写真とロット番号のみ")

add(89, charset="iso-2022-jp", sender=U,
    to=["戸川 様 <togawa@hanazono-keshohin.co.jp>"],
    subject="Re: パッチテスト用サンプルの件",
    body=f"""戸川様

お世話になっております。宇佐美です。
パッチテスト用サンプル、ありがとうございました。
申出者の戸塚様には本日お電話でご連絡し、来週受診の際にお持ちいただくことになりました。
結果が分かりましたら改めてご連絡します。
{SIG_USAMI}""",
    expect="pass", entities=[], detectors=[],
    note="申出者の氏名のみ（他の情報と結びつかない）")

add(90, charset="shift_jis", sender=N,
    to=["佐藤 修平 様 <s.sato@kitaguni-foods.co.jp>"],
    subject="再発防止策の説明資料（取引先説明会用）",
    body=f"""佐藤様

南雲です。来月の取引先説明会でお話しいただく再発防止策の説明資料です。
御社のロゴ差し替えとデータの更新をお願いします。
{SIG_NAGUMO}""",
    attachments=[{"kind": "pptx", "name": "再発防止策_取引先説明会.pptx", "slides": [
        ["手包みぎょうざ 再発防止策", "北国フーズ株式会社／日の出産業株式会社"],
        ["設備面", "ミンサー刃の毎日点検と交換記録のダブルチェック", "金属検出機の感度 Fe1.0→0.8mm"],
        ["管理面", "異物申出の48時間以内の共有", "月次の品質合同会議"]]}],
    expect="pass", entities=[], detectors=[],
    note="区分表示のない説明資料（PPTX）")

add(91, charset="utf-8", sender=KO,
    to=["堀之内 様 <horinouchi@call-bridge.co.jp>"],
    subject="応対スクリプト改訂版（ふりかけ表示欠落）",
    body=f"""堀之内様

お世話になっております。小峰です。
ふりかけのアレルゲン表示欠落に関する応対スクリプトを改訂しました。
明日の朝礼でオペレーターの皆さんに周知をお願いします。
{SIG_KOMINE}""",
    attachments=[{"kind": "docx", "name": "応対スクリプト_ふりかけ_v2.docx", "paragraphs": [
        "応対スクリプト：小魚ふりかけ アレルゲン表示欠落", "1. 対象ロット FR-0826 かどうかを確認する",
        "2. 体調に異変がある場合は、医療機関の受診を勧め、相談室へ即時エスカレーション",
        "3. 返金は商品代金＋送料相当（一律 500円）",
        "4. 報道関係からの問合せは広報へ転送（内線 2100）"],
        "tables": [[["よくある質問", "回答"], ["他のふりかけは大丈夫か", "対象はFR-0826のみです"],
                    ["食べてしまったが症状がない", "えびアレルギーがなければ問題ありません"]]]}],
    expect="pass", entities=[], detectors=[],
    note="応対スクリプト（DOCX）：個人データなし")

add(92, charset="iso-2022-jp", sender=U,
    to=["野々村 様 <nonomura@nishiki-insatsu.co.jp>"],
    subject="お詫び状 レイアウト修正点",
    html="""<html><body>
<p>錦印刷株式会社<br>野々村様</p>
<p>お世話になっております。宇佐美です。<br>お詫び状のレイアウトについて、修正点をお送りします。</p>
<table border="1" cellpadding="3">
<tr><th>箇所</th><th>修正前</th><th>修正後</th></tr>
<tr><td>見出し</td><td>14pt</td><td>16pt 太字</td></tr>
<tr><td>問合せ先</td><td>本文中</td><td>枠囲みで下部に配置</td></tr>
<tr><td>フリーダイヤル</td><td>0120-61-4470</td><td>0120-61-3000（回収専用）</td></tr>
</table>
<p>再校は10/8までにいただけますと助かります。</p>
<p>日の出産業株式会社 お客様相談室<br>宇佐美 彩</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="HTMLのみのメールだが表はレイアウト修正点のみ")

add(93, charset="shift_jis", sender=H,
    to=["北浜市消費生活センター 相談員 浜口様 <shohisha@city.kitahama.lg.jp>"],
    subject="ご照会（センター受付 K26-0552）への回答",
    body=f"""北浜市消費生活センター
相談員 浜口様

お世話になっております。日の出産業 お客様相談室の北條です。
ご照会いただきました件（貴センター受付番号 K26-0552）について回答いたします。

当該のご相談者様とは10月5日にお電話でお話しし、回収と全額返金でご了承いただきました。
回収キットは10月6日に発送済みです。
ご相談者様から改めて貴センターへご連絡があった場合は、当室までお知らせください。
{SIG_HOJO}""",
    expect="pass", entities=[], detectors=[],
    note="センター受付番号のみで個人を特定する情報なし")

add(94, charset="utf-8", sender=K,
    to=["Daniel Lin <daniel.lin@formosa-home.com.tw>"],
    subject="HK-120 recall kit: customer notice and manual (ZIP)",
    body=f"""Dear Daniel,

As promised on the call, here is the recall kit for Taiwan: the customer notice
(English draft for your translation) and the quick guide for the reinforced handle.
{SIG_MORISHITA}""",
    attachments=[{"kind": "zip", "name": "HK-120_recall_kit_TW.zip", "files": [
        {"kind": "pdf", "name": "customer_notice_EN.pdf",
         "lines": ["Important safety notice: HK-120 electric kettle",
                   "Stop using kettles from lots 2605 and 2606.", "Contact your retailer for a free replacement."]},
        {"kind": "txt", "name": "readme.txt", "text": "Translate the notice into Traditional Chinese.\n"}]}],
    expect="pass", entities=[], detectors=[],
    note="英文：暗号化なしZIPに公開用の告知文のみ")

_csv95 = [["氏名", "電話番号", "メールアドレス", "製品"]] + [[p[0], p[5], p[6] or "", "HM-300"] for p in P[20:32]]
add(95, charset="utf-8", sender=S,
    to=["情報システム部 吉岡 <t.yoshioka@mail.hinode-sangyo.co.jp>"],
    subject="FW: CRM取込エラーのデータ",
    body="""吉岡さん

お疲れさまです。佐々木です。
CRMへの取込でエラーになったデータです。文字コードの問題かと思います。
調べていただけますか。

佐々木""",
    attachments=[{"kind": "csv", "name": "取込エラー_1005.csv", "encoding": "utf-8", "rows": _csv95}],
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=[],
    note="社内（情報システム部、サブドメイン）宛ての顧客CSV")

add(96, charset="iso-2022-jp", sender=N,
    to=["高城 様 <takagi@tokiwa-sonpo.co.jp>"],
    subject="FW: 検査結果のご報告（日本食品検査協会）",
    body=f"""高城様

南雲です。第三者検査機関からの結果報告のメールを転送します。
ご参考までにお送りします。
{SIG_NAGUMO}""",
    attachments=[{"kind": "eml", "name": "検査結果のご報告.eml", "message": {
        "charset": "iso-2022-jp", "sender": "一ノ瀬 <ichinose@nihon-shokuhin-kensa.or.jp>",
        "to": ["南雲 拓也 <t.nagumo@hinode-sangyo.co.jp>"],
        "subject": "検査結果のご報告",
        "body": """日の出産業株式会社
南雲様

お世話になっております。日本食品検査協会の一ノ瀬です。
ご依頼の検体（ぎょうざ GZ6A・GZ6C 各20パック）の検査が終了しました。

・金属異物：いずれも検出せず
・一般生菌数：基準内
・大腸菌群：陰性

成績書は郵送にてお送りいたします。

一般社団法人日本食品検査協会 検査部
一ノ瀬 亘
TEL 03-3810-5521"""}}],
    expect="pass", entities=[], detectors=[],
    note="転送（eml）だが中身は検査機関の業務連絡のみ")

add(97, charset="shift_jis", sender=H,
    to=["弁護士 白川 理恵 先生 <r.shirakawa@shirakawa-law.jp>"],
    subject="申出者の健康情報の取扱いルールについてのご相談",
    body=f"""白川先生

いつもお世話になっております。北條です。
相談室の運用ルールの見直しについてご意見をいただきたく、ご連絡しました。

健康被害の申出では、病歴や診断書の内容といった要配慮個人情報を取得することがあります。
現在は、製造委託先や保険会社に共有する際に都度口頭で同意を得ていますが、
以下の点について法的な整理をお願いできますでしょうか。

1. 要配慮個人情報の取得時の同意の取り方（書面か、録音でよいか）
2. 製造委託先への提供が「委託」に当たるか、第三者提供に当たるか
3. 保険会社への提供時の本人同意の要否

来週中に一度お打合せのお時間をいただけますと幸いです。
{SIG_HOJO}""",
    expect="pass", entities=[], detectors=[],
    note="要配慮個人情報の取扱いの一般的な相談：特定の個人なし")


# ======================================================================================
# どちらとも言えるもの
# ======================================================================================

add(98, charset="shift_jis", sender=U,
    to=["佐藤 修平 様 <s.sato@kitaguni-foods.co.jp>"],
    subject="体調不良の申出（氏名非開示のご希望あり）",
    body=f"""佐藤様

お世話になっております。宇佐美です。
体調不良のお申出が1件ありました。ご本人が氏名の開示を望まれていないため、
以下の範囲でお知らせします。

　受付番号：C26-1002-017
　属性　　：40代女性、札幌市中央区在住
　購入　　：9月27日、スーパーまるしん 南一条店
　喫食　　：9月28日夕食
　症状　　：腹痛・下痢、9月29日に近所の内科を受診し「感染性胃腸炎」との診断

ロット番号はパッケージ廃棄のため不明です。出荷記録から候補の絞り込みをお願いします。
{SIG_USAMI}""",
    expect="either", entities=["SENSITIVE_CATEGORY"], detectors=PD,
    note="氏名なしだが属性・購入店・日付・診断名：特定可能性の判断が分かれる")

add(99, charset="utf-8", sender=U,
    to=["戸川 様 <togawa@hanazono-keshohin.co.jp>"],
    subject="しっとりハンド 使用後の赤みについて（1件）",
    body=f"""戸川様

お世話になっております。宇佐美です。
本日、甲斐 智子 様（宮崎市）から「使ってから手の甲が少し赤くなった気がする」との
お電話がありました。医療機関は受診されておらず、現在は使用を中止して落ち着いているそうです。
念のため、同ロット（HC6H11）の他の申出状況を教えていただけますか。
{SIG_USAMI}""",
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=PD,
    note="氏名＋自覚症状のみ（受診・診断なし）：要配慮に当たるか判断が分かれる")

add(100, charset="iso-2022-jp", sender=H,
    to=["弁護士 梶 様 <kaji@shirakawa-law.jp>"],
    subject="Re: 示談交渉の進め方",
    body=f"""梶先生

北條です。ご助言ありがとうございました。
なお、本件は社内でも取扱注意の案件としておりますので、先生から申出者側へ
ご連絡いただく際は、当社の回収費用の総額には触れないようお願いいたします。

交渉方針は先生のご提案どおり、治療費・休業損害は実費、慰謝料は別途協議で進めます。
{SIG_HOJO}""",
    expect="either", entities=[], detectors=["confidential_marking"],
    note="本文中の「取扱注意」：区分表示か単なる言及か判断が分かれる")
