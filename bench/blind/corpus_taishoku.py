"""ブラインド評価コーパス: 退職・離職の人事手続き（AREA = taishoku, SEED = 29801）。

日の出産業株式会社 人事部（労務課・給与社会保険グループ）を中心に、退職届、離職票、
退職金の振込先、健康保険の任意継続、年金手帳の返却、ハローワーク、再就職支援会社
（アウトプレースメント）、退職代行、退職者の私用連絡先・自宅住所をめぐるメール 100 通。
人物・番号・住所はすべて架空。マイナンバーとカード番号は build.py の my_number(SEED + k) /
card_number(SEED + k) だけで作り、k は通し番号（番号ごとに別の k）。
"""

from __future__ import annotations

import unicodedata
from collections import namedtuple

from build import card_number, my_number

SEED = 29801


def MN(k: int) -> str:
    return my_number(SEED + k)


def CARD(k: int) -> str:
    return card_number(SEED + k)


def g4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


_ZEN = str.maketrans("0123456789-/().", "０１２３４５６７８９－／（）．")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(n - _w(s), 1)


# 架空の退職者・退職予定者
P = namedtuple("P", "no name kana roma dept dob wareki tel mail zip addr bank")
R = [
    P("H10234", "四十物 健太", "アイモノ ケンタ", "Aimono Kenta", "営業第一部", "1968-05-14", "昭和43年5月14日",
      "090-3318-7042", "k.aimono68@gmail.com", "144-0051", "東京都大田区西蒲田7-21-4",
      "みどり銀行 蒲田支店 普通 3081726"),
    P("H10411", "小鳥遊 美和", "タカナシ ミワ", "Takanashi Miwa", "経理部", "1972-11-02", "昭和47年11月2日",
      "080-6624-1957", "miwa.t1102@yahoo.co.jp", "210-0005", "神奈川県川崎市川崎区東田町3-9-205",
      "みどり銀行 川崎支店 普通 1140593"),
    P("H10588", "東海林 誠", "ショウジ マコト", "Shoji Makoto", "製造技術部", "1965-02-27", "昭和40年2月27日",
      "090-4107-3386", "shoji.m@icloud.com", "330-0843", "埼玉県さいたま市大宮区吉敷町2-44",
      "さいたま中央信用金庫 大宮支店 普通 0627481"),
    P("H10702", "五百旗頭 里奈", "イオキベ リナ", "Iokibe Rina", "人事部", "1990-08-19", "平成2年8月19日",
      "070-2281-6640", "rina.iokibe@outlook.jp", "260-0013", "千葉県千葉市中央区中央4-7-11-802",
      "みどり銀行 千葉支店 普通 2293114"),
    P("H10815", "月見里 浩二", "ヤマナシ コウジ", "Yamanashi Koji", "物流管理部", "1963-12-05", "昭和38年12月5日",
      "090-8852-0173", "yamanashi.k63@docomo.ne.jp", "252-0231", "神奈川県相模原市中央区相模原6-18-3",
      "相模野銀行 相模原支店 普通 5510287"),
    P("H10933", "薬袋 千夏", "ミナイ チナツ", "Minai Chinatsu", "品質保証部", "1985-06-30", "昭和60年6月30日",
      "080-1935-4482", "chinatsu.minai@gmail.com", "400-0031", "山梨県甲府市丸の内2-30-8",
      "みどり銀行 甲府支店 普通 4478023"),
    P("H11047", "九十九 大輔", "ツクモ ダイスケ", "Tsukumo Daisuke", "営業第二部", "1979-03-08", "昭和54年3月8日",
      "090-6670-2815", "tsukumo.d@ezweb.ne.jp", "150-0011", "東京都渋谷区東3-14-6-301",
      "みどり銀行 渋谷支店 普通 0915562"),
    P("H11152", "栗花落 彩", "ツユリ アヤ", "Tsuyuri Aya", "総務部", "1994-01-22", "平成6年1月22日",
      "070-4458-9921", "aya.tsuyuri@icloud.com", "231-0062", "神奈川県横浜市中区桜木町1-5-12-406",
      "みどり銀行 横浜支店 普通 7702154"),
    P("H11290", "百目鬼 剛", "ドウメキ ツヨシ", "Domeki Tsuyoshi", "製造部", "1961-09-17", "昭和36年9月17日",
      "090-2204-5837", "domeki61@yahoo.co.jp", "370-0849", "群馬県高崎市八島町58-2",
      "群馬中央銀行 高崎駅前支店 普通 3320981"),
    P("H11306", "保志 裕美", "ホシ ヒロミ", "Hoshi Hiromi", "経理部", "1982-04-03", "昭和57年4月3日",
      "080-5519-3302", "hiromi.hoshi@gmail.com", "273-0005", "千葉県船橋市本町5-11-9",
      "みどり銀行 船橋支店 普通 6651029"),
    P("H11455", "比嘉 翔太", "ヒガ ショウタ", "Higa Shota", "情報システム部", "1992-07-11", "平成4年7月11日",
      "090-9143-6028", "higa.shota0711@gmail.com", "170-0013", "東京都豊島区東池袋2-38-7-502",
      "みどり銀行 池袋支店 普通 2087315"),
    P("H11517", "鬼頭 直子", "キトウ ナオコ", "Kito Naoko", "営業第一部", "1976-10-25", "昭和51年10月25日",
      "080-3376-8814", "naoko.kito@softbank.ne.jp", "466-0015", "愛知県名古屋市昭和区御器所通3-12-1",
      "みどり銀行 名古屋支店 普通 3390471"),
    P("H11638", "勘解由小路 透", "カデノコウジ トオル", "Kadenokoji Toru", "経営企画部", "1966-03-29",
      "昭和41年3月29日", "090-1187-4460", "kadenokoji.t@outlook.jp", "606-8203",
      "京都府京都市左京区田中関田町22-4", "京都東信用金庫 百万遍支店 普通 0118844"),
    P("H11702", "金城 さくら", "キンジョウ サクラ", "Kinjo Sakura", "物流管理部", "1988-12-12", "昭和63年12月12日",
      "070-6602-3147", "sakura.kinjo@yahoo.co.jp", "900-0015", "沖縄県那覇市久茂地3-8-14",
      "琉球みなみ銀行 久茂地支店 普通 5574012"),
    P("H11864", "御手洗 啓介", "ミタライ ケイスケ", "Mitarai Keisuke", "製造技術部", "1970-05-05", "昭和45年5月5日",
      "090-7725-1098", "mitarai.keisuke@gmail.com", "213-0011", "神奈川県川崎市高津区久本1-4-27",
      "みどり銀行 溝の口支店 普通 1829630"),
    P("H11970", "一尺八寸 瞳", "カマツカ ヒトミ", "Kamatsuka Hitomi", "人事部", "1987-02-14", "昭和62年2月14日",
      "080-4820-7761", "hitomi.k214@icloud.com", "141-0031", "東京都品川区西五反田8-3-16-1203",
      "みどり銀行 五反田支店 普通 4012287"),
    P("H12033", "名嘉真 隆", "ナカマ タカシ", "Nakama Takashi", "営業第二部", "1974-08-08", "昭和49年8月8日",
      "090-3092-8455", "nakama.t@docomo.ne.jp", "338-0001", "埼玉県さいたま市中央区上落合5-17-3",
      "みどり銀行 与野支店 普通 0733516"),
    P("H12147", "雲母 優子", "キララ ユウコ", "Kirara Yuko", "品質保証部", "1983-11-27", "昭和58年11月27日",
      "070-1559-2083", "yuko.kirara@gmail.com", "182-0022", "東京都調布市国領町2-9-11",
      "みどり銀行 調布支店 普通 2561740"),
    P("H12259", "嘉数 正樹", "カカズ マサキ", "Kakazu Masaki", "製造部", "1962-06-21", "昭和37年6月21日",
      "090-5531-7704", "kakazu62@ezweb.ne.jp", "310-0015", "茨城県水戸市宮町1-6-40",
      "常陽みらい銀行 水戸駅前支店 普通 6640085"),
    P("H12384", "仁井田 桃子", "ニイダ モモコ", "Niida Momoko", "総務部", "1996-09-03", "平成8年9月3日",
      "080-7248-3390", "momo.niida@yahoo.co.jp", "124-0012", "東京都葛飾区立石4-25-8",
      "みどり銀行 青砥支店 普通 5106298"),
    P("H12415", "熊谷 俊介", "クマガイ シュンスケ", "Kumagai Shunsuke", "営業第一部", "1981-01-16", "昭和56年1月16日",
      "090-2647-0031", "s.kumagai0116@gmail.com", "980-0021", "宮城県仙台市青葉区中央2-10-23",
      "七北田銀行 仙台駅前支店 普通 3017462"),
    P("H12508", "椎名 恵理", "シイナ エリ", "Shiina Eri", "経理部", "1977-07-07", "昭和52年7月7日",
      "070-8816-5524", "eri.shiina@outlook.jp", "181-0013", "東京都三鷹市下連雀3-33-2",
      "みどり銀行 三鷹支店 普通 1470635"),
    P("H12671", "真栄田 修", "マエダ オサム", "Maeda Osamu", "物流管理部", "1964-04-18", "昭和39年4月18日",
      "090-4415-6209", "maeda.osamu@docomo.ne.jp", "335-0004", "埼玉県蕨市中央1-21-5",
      "みどり銀行 蕨支店 普通 7320418"),
    P("H12790", "廿日出 玲奈", "ハツカデ レイナ", "Hatsukade Reina", "経営企画部", "1993-03-21", "平成5年3月21日",
      "080-2079-1446", "reina.hatsukade@gmail.com", "153-0064", "東京都目黒区下目黒2-19-6-305",
      "みどり銀行 目黒支店 普通 8842176"),
    P("H12826", "宍戸 勝也", "シシド カツヤ", "Shishido Katsuya", "製造部", "1960-10-10", "昭和35年10月10日",
      "090-6308-2275", "shishido.k@yahoo.co.jp", "321-0953", "栃木県宇都宮市東宿郷4-2-20",
      "とちの木銀行 宇都宮東支店 普通 2208531"),
    P("H12944", "若月 芽衣", "ワカツキ メイ", "Wakatsuki Mei", "営業第二部", "1998-05-29", "平成10年5月29日",
      "070-3361-8807", "mei.wakatsuki@icloud.com", "220-0023", "神奈川県横浜市西区平沼1-13-9-708",
      "みどり銀行 横浜西口支店 普通 6085412"),
]


def slash(d: str) -> str:
    return d.replace("-", "/")


def kanji_date(d: str) -> str:
    y, m, dd = d.split("-")
    return f"{y}年{int(m)}月{int(dd)}日"


_HQ = "〒141-0032 東京都品川区大崎2-11-8 日の出大崎ビル7F"

_SIGS = {
    "kubo": ("人事部 労務課", "久保 拓也", "kubo.takuya", "03-5437-2214"),
    "saeki": ("人事部 労務課 課長", "佐伯 真理子", "saeki.mariko", "03-5437-2210"),
    "miyaji": ("人事部 給与・社会保険グループ", "宮路 葵", "miyaji.aoi", "03-5437-2218"),
    "hasebe": ("取締役 人事部長", "長谷部 誠一", "hasebe.seiichi", "03-5437-2201"),
    "iwanaga": ("総務部 総務課", "岩永 千尋", "iwanaga.chihiro", "03-5437-2120"),
    "tsuruta": ("経理部 出納グループ", "鶴田 恭平", "tsuruta.kyohei", "03-5437-2305"),
    "okochi": ("情報システム部", "大河内 聡", "okochi.satoshi", "03-5437-2450"),
    "kajiwara": ("営業第一部 課長", "梶原 亮", "kajiwara.ryo", "03-5437-2530"),
    "nonomura": ("大阪支店 総務課", "野々村 葉子", "nonomura.yoko", "06-6241-8803"),
}


def sig(key: str, style: int = 0) -> str:
    dept, name, local, tel = _SIGS[key]
    dom = "osaka.hinode-sangyo.co.jp" if key == "nonomura" else "hinode-sangyo.co.jp"
    addr = "〒541-0046 大阪府大阪市中央区平野町3-5-12 日の出本町ビル4F" if key == "nonomura" else _HQ
    if style == 1:
        return (f"\n-- \n{name}\n日の出産業株式会社 {dept}\nTEL: {tel} / FAX: 03-5437-2299\n"
                f"Mail: {local}@{dom}\n")
    if style == 2:
        return (f"\n************************************\n 日の出産業株式会社\n {dept}\n {name}\n"
                f" {addr}\n TEL {tel}\n E-mail {local}@{dom}\n************************************\n")
    return (f"\n――――――――――――――――――――――――\n日の出産業株式会社 {dept}\n{name}\n{addr}\n"
            f"TEL {tel}（直通）  FAX 03-5437-2299\n{local}@{dom}\n――――――――――――――――――――――――\n")


def frm(key: str) -> str:
    dept, name, local, _ = _SIGS[key]
    dom = "osaka.hinode-sangyo.co.jp" if key == "nonomura" else "hinode-sangyo.co.jp"
    return f"{name} <{local}@{dom}>"


DISCLAIMER_JA = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者にご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information. If you are "
                 "not the intended recipient, please notify the sender and delete this e-mail.\n")

# 社外の相手先
SR = "田辺社会保険労務士事務所 田辺 修 <tanabe@tanabe-sr.jp>"
SR2 = "森下 加奈 <morishita@tanabe-sr.jp>"
KENPO = "関東機械工業健康保険組合 任意継続係 <nini-keizoku@kanto-kikai-kenpo.or.jp>"
KIKIN = "日本産業企業年金基金 給付課 <kyufu@sangyo-nenkin.or.jp>"
NEXT = "柏木 晴美 <kashiwagi@next-career.co.jp>"
REBORN = "小野寺 航 <onodera@reborn-career.jp>"
TAX = "税理士法人高峰会計 石黒 <ishiguro@takamine-tax.jp>"
BANK = "みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"
TSUBASA = "ツバサシステム 給与サポート <hr-support@tsubasa-system.jp>"
LAW = "白川 雅之 <shirakawa@shirakawa-law.jp>"
HOTEL = "さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"
INSATSU = "錦印刷 営業部 松尾 <matsuo@nishiki-insatsu.co.jp>"
FOODS = "北国フーズ ギフトセンター <gift@kitaguni-foods.co.jp>"
CARDCO = "かえでカード 法人デスク <corporate-desk@kaede-card.co.jp>"
LIFE = "星空生命 団体保険課 <dantai@hoshizora-life.co.jp>"
GYOSEI = "みなと行政書士事務所 吉永 <yoshinaga@minato-gyosei.jp>"
DAIKO = "退職代行やまびこ 担当 <support@yamabiko-taishoku.com>"
LEASE = "ひかりリース 車両管理課 <sharyo@hikari-lease.co.jp>"

M: list[dict] = []

# ---------------------------------------------------------------- 001
_rows = [R[0], R[2], R[8], R[18], R[24]]
_tbl = "\n".join(
    pad(p.no, 10) + pad(p.name, 16) + pad(slash(p.dob), 12) + pad("2026/09/30", 12) + p.addr
    for p in _rows)
M.append(dict(
    id="taishoku-001", charset="iso-2022-jp",
    sender=frm("kubo"), to=[SR], cc=[SR2],
    subject="【資格喪失届】9月末退職者5名分の作成のお願い",
    body=f"""田辺社会保険労務士事務所
田辺 様

いつも大変お世話になっております。日の出産業 人事部の久保です。

9月30日付の退職者について、健康保険・厚生年金保険の被保険者資格喪失届の作成を
お願いいたします。対象者は下記の5名です。

社員番号  氏名            生年月日    退職日      住所
--------  --------------  ----------  ----------  ------------------------------------
{_tbl}

保険証は4名分を回収済みで、本日レターパックにてお送りしました。
東海林様の分のみ未回収のため、回収でき次第あらためてお送りします。

お手数をおかけしますが、よろしくお願いいたします。
""" + sig("kubo"),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="5名の退職者（氏名・生年月日・住所）を空白揃えの表で社労士事務所へ",
))

# ---------------------------------------------------------------- 002
_rows = [R[1], R[5], R[9], R[13], R[19], R[10]]
_reason = ["4D（自己都合）", "4D（自己都合）", "3D（正当理由のある自己都合）", "4D（自己都合）", "3A（退職勧奨）", "4D（自己都合）"]
_tsv = "\n".join(
    "\t".join([p.name, p.wareki, "令和8年10月31日", r, "要" if i % 3 else "不要", p.tel])
    for i, (p, r) in enumerate(zip(_rows, _reason)))
M.append(dict(
    id="taishoku-002", charset="shift_jis",
    sender=frm("miyaji"), to=[SR2],
    subject="10月末退職者 離職票交付の要否と連絡先（6名）",
    body=f"""森下様

お世話になっております。日の出産業の宮路です。
先日お電話でご相談した10月末退職者の雇用保険資格喪失届・離職証明書の件、
本人確認が取れましたので一覧をお送りします（Excelから貼り付けています）。

氏名\t生年月日\t離職日\t離職理由\t離職票\t連絡先（本人携帯）
{_tsv}

離職票「要」の方は、ハローワークから交付され次第、ご本人の自宅あてに簡易書留で
お送りする予定です。ご不明点があれば本人携帯へ直接お問い合わせいただいて構いません。

どうぞよろしくお願いいたします。
""" + sig("miyaji", 1),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="タブ区切りで6名の氏名・生年月日・携帯番号・離職理由を社外の社労士へ",
))

# ---------------------------------------------------------------- 003
M.append(dict(
    id="taishoku-003", charset="utf-8",
    sender=frm("miyaji"), to=[KENPO],
    subject="任意継続被保険者資格取得申出書の送付について（日の出産業株式会社）",
    body="""関東機械工業健康保険組合
任意継続係 ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部の宮路でございます。

先月末で退職した当社社員より任意継続の希望があり、申出書の原本を本人から
直接郵送する予定ですが、期限（資格喪失日から20日以内）が迫っているため、
取り急ぎ内容を先にお知らせいたします。

　被保険者氏名：保志 裕美（ホシ ヒロミ）
　被保険者証　：記号 4102　番号 87
　生年月日　　：昭和57年4月3日
　資格喪失日　：令和8年11月1日
　住所　　　　：〒273-0005 千葉県船橋市本町5-11-9
　被扶養者　　：なし

保険料の納付書は上記住所あてにお送りいただけますでしょうか。
ご確認のほど、よろしくお願い申し上げます。
""" + sig("miyaji", 2),
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="健康保険証の記号・番号（1名分でも）を健保組合へ: 規則2",
))

# ---------------------------------------------------------------- 004
M.append(dict(
    id="taishoku-004", charset="iso-2022-jp",
    sender=frm("kubo"), to=["比嘉 翔太 <higa.shota0711@gmail.com>"],
    subject="年金手帳の返却について",
    body="""比嘉さん

ご無沙汰しています。人事部の久保です。
在職中お預かりしていた年金手帳ですが、入社時の手続き以降こちらで保管したままに
なっていたことが分かりました。大変失礼いたしました。

本日、ご自宅あてに簡易書留でお送りしました。念のため番号を記載しますので、
お手元に届いたら手帳の記載と相違がないかご確認ください。

　基礎年金番号：4520-318876

転職先で提出を求められた場合は、こちらの番号をお伝えいただければ大丈夫です。
何かあればこのアドレスか下記の直通までご連絡ください。
""" + sig("kubo", 1),
    expect="stop", entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data", "freemail_recipient"],
    note="基礎年金番号を退職者の私用Gmailへ送る: 番号は一人分でも規則2",
))

# ---------------------------------------------------------------- 005
_rows = [R[0], R[3], R[6], R[11], R[16], R[20], R[23]]
_amounts = [18450000, 2310000, 6870000, 9120000, 11350000, 7480000, 1960000]
_sheet = [["令和8年11月25日支払 退職金 総合振込依頼明細", "", "", "", "", "", ""],
          ["依頼人：日の出産業株式会社（依頼人コード 0073315）", "", "", "", "", "", ""],
          [],
          ["No", "受取人名（カナ）", "銀行名", "支店名", "預金種目", "口座番号", "振込金額"]]
for i, (p, a) in enumerate(zip(_rows, _amounts), 1):
    bank, branch, kind, acct = p.bank.split(" ")
    _sheet.append([i, p.kana, bank, branch, kind, acct, a])
M.append(dict(
    id="taishoku-005", charset="utf-8",
    sender=frm("tsuruta"), to=[BANK],
    subject="総合振込（退職金）明細ご送付の件",
    body="""みどり銀行 法人営業部
ご担当者様

いつも大変お世話になっております。日の出産業 経理部の鶴田でございます。

11月25日付の退職金総合振込につきまして、明細を添付にてお送りいたします。
件数7件、合計金額は集計シートに記載のとおりです。
伝送データは別途ご案内のとおり本日中に送信いたします。

ご確認のほどよろしくお願いいたします。
""" + sig("tsuruta"),
    attachments=[dict(kind="xlsx", name="退職金総合振込明細_20261125.xlsx", sheets={
        "振込明細": _sheet,
        "集計": [["件数", 7], ["合計金額", sum(_amounts)], ["振込指定日", "2026-11-25"]],
    })],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="7名分の退職金振込先口座（タイトル行つきXLSX、2シート）を銀行へ",
))

# ---------------------------------------------------------------- 006
_a, _b = R[12], R[22]
M.append(dict(
    id="taishoku-006", charset="shift_jis",
    sender=frm("miyaji"), to=[TAX],
    subject="退職所得の受給に関する申告書（2名分）記載内容のご確認",
    body=f"""税理士法人高峰会計
石黒先生

いつもお世話になっております。日の出産業の宮路です。
今月支給予定の退職金について、退職所得の受給に関する申告書の記載内容を
以下にまとめました。源泉徴収税額の計算をお願いできますでしょうか。

■1人目
　氏名：{_a.name}（{_a.kana}）
　個人番号：{g4(MN(0))}
　生年月日：{_a.wareki}
　住所：{_a.addr}
　勤続期間：平成元年4月1日～令和8年10月31日

■2人目
　氏名：{_b.name}（{_b.kana}）
　個人番号：{MN(1)}
　生年月日：{_b.wareki}
　住所：{_b.addr}
　勤続期間：昭和58年4月1日～令和8年10月31日（役員期間なし）

申告書の原本は来週月曜にまとめてお持ちします。
よろしくお願いいたします。
""" + sig("miyaji"),
    expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="2名のマイナンバーを税理士へ本文で送付: 規則2",
))

# ---------------------------------------------------------------- 007
_rows = [R[4], R[7], R[10], R[14], R[17]]
_pen = ["1130-472815", "5601-228304", "2288-907152", "4017-663290", "3372-114508"]
_csv = [["社員番号", "氏名", "フリガナ", "生年月日", "個人番号", "基礎年金番号", "資格喪失年月日"]]
for i, (p, pn) in enumerate(zip(_rows, _pen)):
    _csv.append([p.no, p.name, p.kana, slash(p.dob), MN(2 + i), pn, "2026/12/01"])
M.append(dict(
    id="taishoku-007", charset="iso-2022-jp",
    sender=frm("kubo"), to=[SR],
    subject="11月末退職者 喪失届用データ（CSV）",
    body="""田辺先生

お世話になっております。久保です。
11月末退職者5名分の喪失届用データをCSVでお送りします。
電子申請用に個人番号と基礎年金番号の列も入れてあります。

文字コードはShift_JISです。文字化けするようでしたらお知らせください。

久保
""",
    attachments=[dict(kind="csv", name="soshitsu_202611.csv", encoding="cp932", rows=_csv)],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="マイナンバー・基礎年金番号入りの5名分CSV（CP932）を社労士へ",
))

# ---------------------------------------------------------------- 008
_rows = [R[2], R[8], R[12], R[18], R[22], R[24]]
_wish = ["生産技術・設備保全（埼玉県内）", "製造現場の指導職、短時間勤務も可", "経営企画・事業開発、京都近郊",
         "品質管理、茨城県内", "物流センター管理職", "技能講師・シニア再雇用"]
_blocks = "\n\n".join(
    f"【{i}】{p.name}（{p.kana}）\n　生年月日：{kanji_date(p.dob)}\n　携帯：{p.tel}\n"
    f"　連絡用メール：{p.mail}\n　希望：{w}"
    for i, (p, w) in enumerate(zip(_rows, _wish), 1))
M.append(dict(
    id="taishoku-008", charset="utf-8",
    sender=frm("saeki"), to=[NEXT],
    subject="早期退職者 再就職支援 ご登録者の情報",
    body=f"""株式会社ネクストキャリアパートナーズ
柏木様

お世話になっております。日の出産業の佐伯です。
先日ご契約いただいた再就職支援サービスについて、利用を希望した6名の情報を
お送りします。いずれも本人から提供の同意を得ております。

{_blocks}

初回面談の日程調整は、各自へ直接ご連絡いただければ幸いです。
引き続きよろしくお願いいたします。
""" + sig("saeki"),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="1人1ブロックで6名の生年月日・携帯・私用メールを再就職支援会社へ",
))

# ---------------------------------------------------------------- 009
_rows = [R[1], R[6], R[15], R[19], R[21]]
_ages = [53, 47, 39, 30, 49]
_tr = "\n".join(
    f"<tr><td>{p.name}</td><td>{a}</td><td>{p.tel}</td><td>〒{p.zip} {p.addr}</td>"
    f"<td>{w}</td></tr>"
    for p, a, w in zip(_rows, _ages, ["神奈川", "都内", "都内・リモート", "都内", "都内"]))
M.append(dict(
    id="taishoku-009", charset="utf-8",
    sender=frm("saeki"), to=[REBORN],
    subject="キャリア相談会 参加者のご連絡",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>株式会社リボーンキャリア<br>小野寺様</p>
<p>いつもお世話になっております。日の出産業の佐伯です。<br>
12月のキャリア相談会に参加を希望する退職予定者をご連絡いたします。
案内状はご自宅に郵送いただけますと助かります。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>氏名</th><th>年齢</th><th>携帯電話</th><th>自宅住所</th><th>希望勤務地</th></tr>
{_tr}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 労務課<br>佐伯 真理子<br>TEL 03-5437-2210</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="HTMLのみのメールの表で5名の携帯・自宅住所を再就職支援会社へ",
))

# ---------------------------------------------------------------- 010
M.append(dict(
    id="taishoku-010", charset="iso-2022-jp",
    sender=frm("saeki"), to=[NEXT],
    subject="個別支援のご相談（面談記録を添付します）",
    body="""柏木様

いつもお世話になっております。佐伯です。
先日お話しした個別支援の件、本人の了解を得たうえで、退職前面談の記録を
添付いたします。再就職先を探すにあたって配慮が必要な点が書かれていますので、
担当のキャリアコンサルタントの方にもご共有ください。

ご不明点は私までお願いします。
""" + sig("saeki", 1),
    attachments=[dict(kind="docx", name="退職前面談記録_若月.docx", title="退職前面談記録", paragraphs=[
        "退職前面談記録",
        "面談日：2026年10月14日　面談者：人事部 佐伯",
        "対象者：若月 芽衣（営業第二部）　退職予定日：2026年11月30日",
        "退職理由：2025年春ごろから不眠と動悸が続き、同年8月に心療内科で適応障害と診断された。"
        "3か月の休職後に復職したが、営業職での勤務継続は難しいとの主治医意見があり、本人の希望で退職。",
        "服薬は継続中。通院は月2回（水曜午後）。",
        "再就職先の希望：内勤事務、残業少なめ、週1回の通院に配慮のある職場。",
        "本人より、新しい職場には診断名を伝えたくないとの申し出あり。",
    ])],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="1名の診断名（適応障害）・通院状況をDOCXで社外へ: 要配慮個人情報",
))

# ---------------------------------------------------------------- 011
M.append(dict(
    id="taishoku-011", charset="iso-2022-jp",
    sender=frm("miyaji"), to=[KENPO],
    subject="傷病手当金（資格喪失後の継続給付）について",
    body="""健康保険組合 ご担当者様

日の出産業株式会社 人事部の宮路です。
10月31日付で退職した被保険者について、資格喪失後の傷病手当金の継続給付の可否を
ご確認いただきたくご連絡しました。

　氏名：名嘉真 隆
　記号・番号：4102－219
　傷病名：腰椎椎間板ヘルニア（令和8年7月に手術、現在もリハビリ通院中）
　労務不能期間：令和8年7月10日～（継続中）
　退職日まで1年以上の被保険者期間あり

申請書の事業主証明欄は当社で記入済みです。ご本人からの提出方法について
ご指示いただけますと幸いです。
""" + sig("miyaji"),
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="退職者1名の傷病名と保険証の記号・番号を健保組合へ",
))

# ---------------------------------------------------------------- 012
M.append(dict(
    id="taishoku-012", charset="shift_jis",
    sender=frm("hasebe"), to=[LAW], cc=[frm("saeki")],
    subject="従業員の処分と退職の扱いについてご相談",
    body="""白川先生

いつもお世話になっております。日の出産業の長谷部です。
急ぎご相談したい件がございます。

製造部の戸来 康平（38歳、勤続15年）が、11月3日に駅構内での盗撮の疑いで
神奈川県警に逮捕されました。本人は容疑を認めているとのことで、
昨日、家族を通じて退職願が提出されています。

懲戒解雇とするか、退職願を受理して自己都合退職とするか、
また退職金（規程上は約620万円）の減額・不支給が可能かどうか、
ご見解をいただけますでしょうか。

明日午後にお電話させていただければ幸いです。
""" + sig("hasebe"),
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="特定の従業員の逮捕（犯罪の経歴）を社外の法律事務所へ: 要配慮個人情報",
))

# ---------------------------------------------------------------- 013
M.append(dict(
    id="taishoku-013", charset="utf-8",
    sender=frm("kajiwara"),
    to=["四十物 健太 <k.aimono68@gmail.com>", "鬼頭 直子 <naoko.kito@softbank.ne.jp>",
        "熊谷 俊介 <s.kumagai0116@gmail.com>", "九十九 大輔 <tsukumo.d@ezweb.ne.jp>"],
    subject="営業一部OB・OG 忘年会のお知らせ",
    body="""皆さま

ご無沙汰しております。営業一部の梶原です。
今年も営業一部の忘年会を開催します。退職された皆さまにもぜひお越しいただきたく、
個人アドレスあてにご案内をお送りしました。

　日時：12月18日（金）19:00～
　場所：さくらホテル 2F「桜の間」
　会費：6,000円（当日集金）

出欠を12月4日までにこのメールへの返信でお知らせください。
久しぶりに皆さんにお会いできるのを楽しみにしています。

梶原
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="退職者4名の私用アドレスをToに並べて送信: Bccにすべき（規則4）",
))

# ---------------------------------------------------------------- 014
M.append(dict(
    id="taishoku-014", charset="iso-2022-jp",
    sender=frm("kubo"), to=["月見里 浩二 <yamanashi.k63@docomo.ne.jp>"],
    cc=[NEXT, SR2],
    subject="離職票の到着と再就職支援の初回面談について",
    body="""月見里様

お世話になっております。日の出産業 人事部の久保です。
先日お問い合わせいただいた離職票ですが、社労士事務所からハローワークへの
手続きが完了し、今週中にご自宅へ届く見込みです。
手続きの詳細は社労士事務所の森下様からご説明いただけるよう、CCに入れております。

また、再就職支援の初回面談についても、ネクストキャリアパートナーズの柏木様を
CCに入れましたので、ご都合のよい日程を直接ご相談ください。

引き続きよろしくお願いいたします。
""" + sig("kubo"),
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="退職者の私用アドレス＋社外2社がTo/Ccで互いに見える: 社外3者（規則4）",
))

# ---------------------------------------------------------------- 015
M.append(dict(
    id="taishoku-015", charset="utf-8",
    sender=frm("tsuruta"), to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginkou.co.jp>"],
    subject="退職金振込先の変更（1件）",
    body="""みどり銀行 法人営業部
ご担当者様

お世話になっております。日の出産業 経理部の鶴田です。
先日お送りした退職金総合振込明細のうち1件、受取人より振込先変更の申し出がありました。

　受取人：小鳥遊 美和（タカナシ ミワ）
　変更前：みどり銀行 川崎支店 普通 1140593
　変更後：みどり銀行 武蔵小杉支店 普通 2205817

振込指定日は変更ありません。お手数ですが差し替えをお願いいたします。
""" + sig("tsuruta", 1),
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="宛先がmidori-ginkou.co.jp（取引先midori-ginko.co.jpの1文字追加）",
))

# ---------------------------------------------------------------- 016
M.append(dict(
    id="taishoku-016", charset="shift_jis",
    sender=frm("miyaji"), to=["ツバサシステム サポート <hr-support@tsubasa-sytem.jp>"],
    subject="給与マスタの退職処理依頼（3名）",
    body="""ツバサシステム サポート窓口 御中

日の出産業の宮路です。いつもお世話になっております。
12月度給与計算に向けて、以下3名の退職処理（在籍区分の変更）をお願いします。

　H11047　九十九 大輔　退職日 2026/11/30　最終給与 12月支給分
　H12384　仁井田 桃子　退職日 2026/11/30　最終給与 12月支給分
　H12944　若月 芽衣　　退職日 2026/11/30　最終給与 12月支給分（住民税一括徴収）

住民税の一括徴収は若月さんのみです。
作業完了しましたらご連絡ください。
""" + sig("miyaji", 1),
    expect="stop", entities=["PERSON_NAME"], detectors=["lookalike_domain", "personal_data"],
    note="宛先tsubasa-sytem.jp（取引先tsubasa-system.jpの1文字欠落）",
))

# ---------------------------------------------------------------- 017
M.append(dict(
    id="taishoku-017", charset="iso-2022-jp",
    sender=frm("saeki"), to=["白川 雅之 <shirakawa@shirakawa-iaw.jp>"],
    subject="退職勧奨の進め方についてのご相談（日程調整）",
    body="""白川先生

いつもお世話になっております。日の出産業の佐伯です。
来期の組織再編に伴い、一部の部署で退職勧奨を検討しております。
面談の進め方や、退職合意書の文案について一度ご相談させていただけないでしょうか。

候補日：
　11月10日（火）14:00～16:00
　11月12日（木）10:00～12:00
　11月13日（金）15:00以降

ご都合をお知らせいただけますと幸いです。
""" + sig("saeki"),
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="宛先shirakawa-iaw.jp（取引先shirakawa-law.jpのl→i）",
))

# ---------------------------------------------------------------- 018
M.append(dict(
    id="taishoku-018", charset="utf-8",
    sender=frm("kajiwara"), to=["長谷部 誠一 <hasebe.seiichi@hinode-sangyo-co.jp>"],
    subject="Fw: 退職届の提出について",
    body="""長谷部部長

お疲れさまです。梶原です。
本日、部下の熊谷から退職届が提出されましたので転送します。
慰留しましたが意思は固いようです。以降の手続きをお願いいたします。

-------- Forwarded Message --------
件名: 退職届の提出について
差出人: 熊谷 俊介

梶原課長

一身上の都合により、2026年12月31日をもって退職いたしたく、ここに届け出ます。

　所属：営業第一部
　氏名：熊谷 俊介
　退職後の連絡先：〒980-0021 宮城県仙台市青葉区中央2-10-23
　　　　　　　　　（実家に戻る予定です）

在職中は大変お世話になりました。引き継ぎは責任を持って行います。
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="社内宛のつもりがhinode-sangyo-co.jp（ドットをハイフンにした偽ドメイン）",
))

# ---------------------------------------------------------------- 019
M.append(dict(
    id="taishoku-019", charset="iso-2022-jp",
    sender=frm("iwanaga"), to=["さくらホテル 宴会予約 <banquet@sakura-hotle.jp>"],
    subject="定年退職者送別会のご予約（12月11日）",
    body="""さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業 総務部の岩永です。
下記のとおり、定年退職者の送別会の予約をお願いいたします。

　日時：2026年12月11日（金）18:30～20:30
　人数：40名（立食）
　予算：お一人様8,000円（飲み放題込み）
　その他：花束3つ、マイク1本、プロジェクターの用意をお願いします

見積書をお送りいただけますでしょうか。よろしくお願いいたします。
""" + sig("iwanaga"),
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="宛先sakura-hotle.jp（取引先sakura-hotel.jpの文字入れ替え）",
))

# ---------------------------------------------------------------- 020
M.append(dict(
    id="taishoku-020", charset="shift_jis",
    sender=frm("iwanaga"), to=["錦印刷 営業部 松尾 <matsuo@nishiki-insatu.co.jp>"],
    subject="退職挨拶状の差出人情報（修正）",
    body="""錦印刷 松尾様

お世話になっております。日の出産業の岩永です。
先日入稿した退職挨拶状のうち、勘解由小路様の分は差出人を会社ではなく
ご自宅にしてほしいとのことで、以下に差し替えをお願いします。

　差出人：勘解由小路 透
　〒606-8203 京都府京都市左京区田中関田町22-4
　電話 090-1187-4460

校正はPDFでいただければ本人に確認します。
""" + sig("iwanaga", 1),
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="宛先nishiki-insatu.co.jp（取引先nishiki-insatsu.co.jpの1文字欠落）",
))

# ---------------------------------------------------------------- 021
M.append(dict(
    id="taishoku-021", charset="iso-2022-jp",
    sender=frm("tsuruta"), to=["みどり銀行 財形担当 <zaikei@rnidori-ginko.co.jp>"],
    subject="財形貯蓄 退職者解約の手続きについて",
    body="""みどり銀行 財形ご担当者様

日の出産業 経理部の鶴田でございます。
10月末退職者1名の一般財形貯蓄について、退職に伴う解約手続きをお願いいたします。

　契約者：月見里 浩二
　解約金振込先：相模野銀行 相模原支店 普通 5510287
　退職日：2026年10月31日

解約請求書は本人記入済みのものを本日発送いたしました。
よろしくお願いいたします。
""" + sig("tsuruta"),
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["lookalike_domain", "personal_data"],
    note="宛先rnidori-ginko.co.jp（mをrnにしたmidori-ginko.co.jpの同形異字）",
))

# ---------------------------------------------------------------- 022
M.append(dict(
    id="taishoku-022", charset="utf-8",
    sender=frm("kajiwara"), to=["川崎電機 購買部 堀口様 <horiguchi@kawasaki-denki.com>"],
    subject="弊社担当者変更のご挨拶",
    body="""川崎電機株式会社
購買部 堀口様

いつも大変お世話になっております。日の出産業 営業第一部の梶原でございます。

これまで貴社を担当しておりました熊谷が、12月末をもって退職することとなりました。
在任中のご厚情に心より御礼申し上げます。
後任は同じ営業第一部の宇佐美 陽介が務めます。12月中に熊谷とともにご挨拶に伺います。

今後とも変わらぬご愛顧を賜りますよう、よろしくお願い申し上げます。
""" + sig("kajiwara"),
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="宛先kawasaki-denki.com（取引先kawasaki-denki.co.jpのTLD違い）",
))

# ---------------------------------------------------------------- 023
M.append(dict(
    id="taishoku-023", charset="utf-8",
    sender=frm("saeki"), to=[NEXT],
    subject="早期退職優遇制度の要項（ご参考）",
    body="""柏木様

お世話になっております。佐伯です。
説明会資料の作成にあたり、当社の早期退職優遇制度の要項を添付いたします。
応募条件と加算金の部分をご参照ください。

よろしくお願いいたします。
""" + sig("saeki", 1),
    attachments=[dict(kind="pdf", name="早期退職優遇制度要項_2027.pdf", title="早期退職優遇制度 要項",
                      page_header="社外秘", page_footer="日の出産業株式会社 人事部",
                      lines=["早期退職優遇制度（2027年度）実施要項",
                             "1. 対象：2027年3月31日時点で満45歳以上かつ勤続10年以上の正社員",
                             "2. 募集人員：120名（製造部門60名、間接部門60名）",
                             "3. 募集期間：2027年1月12日～1月29日",
                             "4. 退職日：2027年3月31日",
                             "5. 優遇措置：会社都合退職金に加え、基本給の24か月分を特別加算",
                             "6. 再就職支援：外部の再就職支援会社のサービスを会社負担で提供",
                             "7. 会社が業務上必要と認める者については応募を承認しないことがある"])],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PDFのヘッダーに「社外秘」の表示がある文書を社外へ",
))

# ---------------------------------------------------------------- 024
M.append(dict(
    id="taishoku-024", charset="iso-2022-jp",
    sender=frm("hasebe"), to=[LAW],
    subject="【取扱注意】退職勧奨の候補者について",
    body="""【取扱注意】

白川先生

お世話になっております。長谷部です。
先日ご相談した件で、現時点の候補者3名を記載します。
面談の順番と伝え方についてご助言をいただけますと幸いです。

1. 東海林 誠（製造技術部）1965年2月27日生　直近3期評価 C/C/D
2. 御手洗 啓介（製造技術部）1970年5月5日生　直近3期評価 C/D/C
3. 真栄田 修（物流管理部）1964年4月18日生　直近3期評価 D/C/C

いずれも本人にはまだ何も伝えておりません。
""" + sig("hasebe", 1),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["confidential_marking", "personal_data"],
    note="件名と本文冒頭に【取扱注意】の表示、3名の生年月日・評価つき",
))

# ---------------------------------------------------------------- 025
M.append(dict(
    id="taishoku-025", charset="shift_jis",
    sender=frm("saeki"), to=[SR],
    subject="退職金規程 改定案のレビューのお願い",
    body="""田辺先生

いつもお世話になっております。佐伯です。
来年4月施行予定の退職金規程の改定案を添付いたします。
ポイント制への移行部分と、経過措置の条文についてご意見をいただけますでしょうか。
12月の労使協議会にかける予定です。

よろしくお願いいたします。
""" + sig("saeki"),
    attachments=[dict(kind="docx", name="退職金規程_改定案_v3.docx", page_header="部外秘",
                      title="退職金規程（改定案）", paragraphs=[
                          "退職金規程（改定案）",
                          "第1条（目的）この規程は、就業規則第58条に基づき、従業員の退職金に関する事項を定める。",
                          "第5条（算定方法）退職金は、退職時の累積ポイントにポイント単価を乗じて算出する。",
                          "第6条（ポイント単価）ポイント単価は10,000円とする。",
                          "第12条（不支給・減額）懲戒解雇された者には退職金を支給しない。",
                          "附則 第2条（経過措置）施行日前の勤続期間については、旧規程により算出した額を移行ポイントに換算する。",
                      ],
                      tables=[[["資格等級", "年間付与ポイント"], ["J1〜J3", "10"], ["S1〜S2", "18"],
                               ["M1〜M2", "28"]]])],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="ヘッダーに「部外秘」とあるDOCXを社外の社労士へ",
))

# ---------------------------------------------------------------- 026
M.append(dict(
    id="taishoku-026", charset="utf-8",
    sender="Emily Sato <sato.emily@hinode-sangyo.co.jp>", to=["Daniel Whitford <d.whitford@harbor-pa.com>"],
    subject="Attrition data for the retention workshop",
    body="""Hi Daniel,

As discussed on Tuesday, please find attached our voluntary attrition figures for
FY2024-FY2026 by division and tenure band. The numbers are aggregated; no
individual data is included.

Could you let me know by Friday whether the format works for your model?

Best regards,
Emily Sato
Global HR, Hinode Sangyo Co., Ltd.
Tel: +81-3-5437-2227
""",
    attachments=[dict(kind="xlsx", name="attrition_FY24-26.xlsx", page_footer="Confidential",
                      sheets={"Summary": [["CONFIDENTIAL - Hinode Sangyo HR"], [],
                                          ["Division", "FY2024", "FY2025", "FY2026"],
                                          ["Manufacturing", "6.1%", "7.4%", "8.2%"],
                                          ["Sales", "9.8%", "11.2%", "10.5%"],
                                          ["Corporate", "4.3%", "5.0%", "6.6%"]],
                              "ByTenure": [["Tenure", "Leavers FY2026"], ["<3 yrs", 41],
                                           ["3-10 yrs", 57], ["10+ yrs", 33]]})],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="XLSXに CONFIDENTIAL の表示（タイトル行とフッター）: 社外のコンサルへ",
))

# ---------------------------------------------------------------- 027
M.append(dict(
    id="taishoku-027", charset="iso-2022-jp",
    sender=frm("hasebe"), to=["みやび人事コンサルティング 井筒 <izutsu@miyabi-hrc.co.jp>"],
    subject="希望退職募集の実施スケジュール案",
    body="""■■ 極秘 ■■

井筒様

お世話になっております。日の出産業の長谷部です。
本件は取締役会決議前のため、社内でも限られた者しか知らない内容です。

　・取締役会決議：2026年12月17日
　・労働組合への説明：2026年12月21日
　・社内発表：2027年1月8日
　・募集期間：2027年1月12日～29日
　・募集人員：120名

上記スケジュールで、説明会資料と管理職向け面談マニュアルのご準備をお願いできますでしょうか。
""" + sig("hasebe"),
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="本文冒頭に「極秘」のスタンプ: 社外のコンサルへ",
))

# ---------------------------------------------------------------- 028
M.append(dict(
    id="taishoku-028", charset="shift_jis",
    sender=frm("miyaji"), to=["東海林 誠 <shoji.m@icloud.com>"],
    subject="源泉徴収票の送付",
    body="""東海林様

日の出産業 人事部の宮路です。
ご依頼のありました令和8年分の源泉徴収票（退職時）をお送りします。
添付ファイルはパスワード付きZIPです。パスワードは別メールでお知らせします。

ご確認をお願いいたします。
""" + sig("miyaji", 1),
    attachments=[dict(kind="zip", name="gensen_shoji.zip", password="Hs2026#1130", files=[
        dict(kind="pdf", name="源泉徴収票_東海林.pdf",
             lines=["令和8年分 給与所得の源泉徴収票", "支払を受ける者：東海林 誠",
                    "支払金額 4,812,000円", "源泉徴収税額 152,300円"])])],
    expect="stop", entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
    note="パスワード付きZIP（中身を検査できない）を退職者の私用アドレスへ",
))

# ---------------------------------------------------------------- 029
M.append(dict(
    id="taishoku-029", charset="iso-2022-jp",
    sender=frm("kubo"), to=["寿精工 人事課 福田 <fukuda@kotobuki-seiko.co.jp>"],
    subject="退職証明書の送付について",
    body="""寿精工株式会社 人事課
福田様

お世話になっております。日の出産業 人事部の久保です。
先日ご依頼いただいた退職証明書を、ご本人の同意を得たうえでお送りいたします。
PDFにはパスワードを設定しています。パスワードはご本人経由でお伝えします。

よろしくお願いいたします。
""" + sig("kubo"),
    attachments=[dict(kind="pdf", name="退職証明書.pdf", password="kotobuki2026",
                      lines=["退職証明書", "氏名：御手洗 啓介", "在籍期間：1993年4月1日～2026年10月31日",
                             "退職理由：自己都合", "日の出産業株式会社 代表取締役"])],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="パスワードで保護されたPDF（検査不能）を社外へ",
))

# ---------------------------------------------------------------- 030
M.append(dict(
    id="taishoku-030", charset="utf-8",
    sender=frm("kubo"), to=[SR2],
    subject="12月退職者データ（再送）",
    body="""森下様

お世話になっております。久保です。
昨日お送りしたファイルが開けないとのことでしたので、再保存して再送します。
これでも開けない場合はお知らせください。

久保
""",
    attachments=[dict(kind="corrupt", name="12月退職者データ.xlsx")],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="壊れたXLSX（検査不能）を社外の社労士へ",
))

# ---------------------------------------------------------------- 031
M.append(dict(
    id="taishoku-031", charset="shift_jis",
    sender=frm("saeki"), to=[DAIKO],
    subject="退職合意書および貸与品返却のご案内（九十九様の件）",
    body="""退職代行やまびこ ご担当者様

日の出産業株式会社 人事部の佐伯です。
九十九様の退職の件、ご連絡ありがとうございました。
退職合意書と、返却いただく貸与品の一覧を添付いたします。
ご本人にお渡しいただき、署名済みの合意書を返送くださいますようお願いいたします。

添付ファイルのパスワードは、別途お送りいたします。
""" + sig("saeki"),
    attachments=[dict(kind="zip", name="合意書_貸与品一覧.zip", password="Y-2026-1130", files=[
        dict(kind="docx", name="退職合意書.docx", paragraphs=["退職合意書", "甲：日の出産業株式会社", "乙：九十九 大輔"]),
        dict(kind="xlsx", name="貸与品一覧.xlsx", sheets={"貸与品": [["品名", "管理番号"], ["ノートPC", "PC-2231"],
                                                                  ["社員証", "ID-11047"], ["携帯電話", "MB-0587"]]})])],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="暗号化ZIP（DOCX・XLSX入り）を退職代行業者へ",
))

# ---------------------------------------------------------------- 032
M.append(dict(
    id="taishoku-032", charset="iso-2022-jp",
    sender=frm("saeki"), to=[LAW],
    subject="FW: 【退職代行】通知書の送付",
    body="""白川先生

お世話になっております。佐伯です。
退職代行業者から以下のメールと通知書が届きました。
有給休暇の一括取得と未払残業代の請求が含まれているようですので、
対応についてご相談させてください。
添付の通知書は当方でも開けなかったため、そのまま転送しております。

---------- 転送メッセージ ----------
From: 退職代行やまびこ <support@yamabiko-taishoku.com>
件名: 【退職代行】通知書の送付

日の出産業株式会社 人事部 御中

当社は、貴社従業員 九十九 大輔 様より退職の意思表示の伝達を受任いたしました。
詳細は添付の通知書をご確認ください。
なお、本人への直接のご連絡はお控えくださいますようお願いいたします。
""" + sig("saeki", 1),
    attachments=[dict(kind="corrupt", name="通知書_九十九様.docx")],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="壊れたDOCX（読めない添付）を社外の法律事務所へ転送",
))

# ---------------------------------------------------------------- 033
_rows = [R[3], R[9], R[15], R[20], R[23]]
_inner = "\n".join(f"・{p.name}　{p.tel}　{p.mail}" for p in _rows)
M.append(dict(
    id="taishoku-033", charset="utf-8",
    sender=frm("saeki"), to=[REBORN],
    subject="FW: セミナー参加希望者の連絡先",
    body="""小野寺様

お世話になっております。佐伯です。
社内で取りまとめたセミナー参加希望者の連絡先を、元のメールごと転送します。
ご案内はこちらの連絡先へ直接お願いいたします。

佐伯
""",
    attachments=[dict(kind="eml", name="セミナー参加希望者.eml", message=dict(
        charset="iso-2022-jp", sender=frm("kubo"), to=[frm("saeki")],
        subject="セミナー参加希望者（退職予定者）",
        body=f"""佐伯課長

お疲れさまです。久保です。
リボーンキャリアさんのセミナーに参加を希望した退職予定者の連絡先です。

{_inner}

以上5名です。よろしくお願いします。
"""))],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="添付した社内メール（eml）に5名の携帯・私用メール: 転送は新しい送信",
))

# ---------------------------------------------------------------- 034
_rows = [R[4], R[8], R[18], R[22], R[24]]
_lines = "\n".join(f"{p.name}様　〒{p.zip} {p.addr}　TEL {p.tel}" for p in _rows)
M.append(dict(
    id="taishoku-034", charset="shift_jis",
    sender=frm("iwanaga"), to=[FOODS],
    subject="転送：定年退職者 記念品の送り先",
    body=f"""北国フーズ ギフトセンター御中

お世話になっております。日の出産業の岩永です。
ご注文済みの記念品（商品番号 KF-GS-5000）の送り先について、
人事部から届いたメールを転送しますので、各ご自宅あてに発送をお願いします。
お届け日は12月20日指定でお願いいたします。

----- 転送メッセージ -----
差出人: 久保 拓也
件名: 記念品の送り先
岩永さん
定年退職者5名の送り先です。ご本人確認済みです。

{_lines}
""" + sig("iwanaga", 2),
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="転送した社内メール本文に5名の自宅住所・電話: 社外の業者へ",
))

# ---------------------------------------------------------------- 035
_rows = [R[0], R[2], R[8], R[13], R[24]]
M.append(dict(
    id="taishoku-035", charset="iso-2022-jp",
    sender=frm("miyaji"), to=[KIKIN],
    subject="企業年金 受給説明会の資料（参加者リスト付き）",
    body="""日本産業企業年金基金 給付課 ご担当者様

日の出産業の宮路です。
12月3日の受給説明会の資料案をお送りします。
最後のスライドに当日参加予定の退職予定者を載せていますので、
個別の受給見込額をご用意いただけますと助かります。

宮路
""",
    attachments=[dict(kind="pptx", name="企業年金受給説明会_20261203.pptx", slides=[
        ["企業年金 受給説明会", "日の出産業株式会社 人事部", "2026年12月3日"],
        ["本日の内容", "受給の要件", "一時金と年金の選択", "税金の取扱い", "手続きの流れ"],
        ["手続きの流れ", "退職日の翌月に裁定請求書が届きます", "選択届を基金へ返送", "初回振込は原則2か月後"],
        ["参加予定者"] + [f"{p.no}  {p.name}  {p.wareki}生  {p.dept}" for p in _rows],
    ])],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="PPTXの最終スライドに5名の社員番号・氏名・生年月日",
))

# ---------------------------------------------------------------- 036
_rows = [R[0], R[1], R[4], R[8], R[12], R[18], R[22], R[23]]
M.append(dict(
    id="taishoku-036", charset="utf-8",
    sender=frm("iwanaga"), to=[INSATSU],
    subject="宛名印刷データ（退職者あて年賀状）",
    body="""錦印刷 松尾様

いつもお世話になっております。岩永です。
退職者あての年賀状の宛名印刷データをZIPでお送りします。
中身はCSVとExcelの同じデータです。どちらか使いやすい方でお願いします。

よろしくお願いします。
""" + sig("iwanaga", 1),
    attachments=[dict(kind="zip", name="atena_2027.zip", files=[
        dict(kind="csv", name="atena.csv", encoding="utf-8",
             rows=[["氏名", "郵便番号", "住所"]] + [[p.name, p.zip, p.addr] for p in _rows]),
        dict(kind="xlsx", name="atena.xlsx",
             sheets={"宛名": [["氏名", "敬称", "郵便番号", "住所"]] + [[p.name, "様", p.zip, p.addr] for p in _rows]}),
    ])],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="パスワードなしZIP内のCSV（UTF-8）とXLSXに8名の自宅住所",
))

# ---------------------------------------------------------------- 037
_rows = [R[0], R[6], R[11], R[16], R[20]]
M.append(dict(
    id="taishoku-037", charset="shift_jis",
    sender=frm("tsuruta"), to=[CARDCO],
    subject="法人カード 退職者分の解約依頼",
    body="""かえでカード 法人デスク御中

日の出産業 経理部の鶴田です。
下期の退職者に貸与していた法人カード5枚の解約をお願いいたします。
カードは回収済みで、はさみを入れて廃棄しております。
一覧はExcel（xls）で添付します。

よろしくお願いいたします。
""" + sig("tsuruta"),
    attachments=[dict(kind="xls", name="法人カード解約一覧.xls", sheets={"解約": [
        ["法人カード解約依頼一覧（日の出産業株式会社）"],
        ["使用者氏名", "カード番号", "所属", "退職日"],
    ] + [[p.name, g4(CARD(12 + i), "-"), p.dept, "2026/11/30"] for i, p in enumerate(_rows)]})],
    expect="stop", entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    note="旧形式XLSに5名のクレジットカード番号",
))

# ---------------------------------------------------------------- 038
M.append(dict(
    id="taishoku-038", charset="utf-8",
    sender=frm("tsuruta"), to=[CARDCO],
    subject="法人カード解約（追加1件）",
    body=f"""かえでカード 法人デスク
ご担当者様

お世話になっております。日の出産業の鶴田です。
昨日お願いした解約に1件追加をお願いします。

　使用者：仁井田 桃子
　カード番号：{CARD(17)}
　有効期限：08/29

本人が未精算の経費がありますので、最終の請求分までは当社払いで結構です。
""" + sig("tsuruta", 1),
    expect="stop", entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    note="クレジットカード番号1件を本文で社外へ: 規則2",
))

# ---------------------------------------------------------------- 039
M.append(dict(
    id="taishoku-039", charset="iso-2022-jp",
    sender=frm("kubo"), to=[GYOSEI],
    subject="外国籍社員の退職に伴う届出のご依頼",
    body="""みなと行政書士事務所
吉永先生

お世話になっております。日の出産業の久保です。
技術・人文知識・国際業務の在留資格で勤務していた社員が退職しましたので、
所属機関に関する届出（契約終了）の代理をお願いいたします。

　氏名：NGUYEN VAN THANH（グエン・ヴァン・タイン）
　生年月日：1995年2月8日
　国籍：ベトナム
　在留カード番号：UH48217736FA
　契約終了日：2026年11月15日

本人は転職先が決まっており、そちらでも別途届出が必要になるかと思います。
""" + sig("kubo"),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="在留カード番号（1名）を行政書士へ: 規則2",
))

# ---------------------------------------------------------------- 040
M.append(dict(
    id="taishoku-040", charset="utf-8",
    sender="Emily Sato <sato.emily@hinode-sangyo.co.jp>", to=[SR], cc=[frm("kubo")],
    subject="脱退一時金の請求サポートについて / Lump-sum withdrawal payment",
    body="""田辺先生

いつもお世話になっております。グローバル人事の佐藤エミリーです。
来月帰国する外国籍社員について、脱退一時金の請求手続きのサポートをお願いしたく
ご連絡しました。本人の了承は得ています。

Name: Ahmed Rashid KHAN
Date of birth: 1991-06-14
Passport No.: TR4471902
Basic pension number（基礎年金番号）: 6104-553829
Last working day: 2026-12-18

出国後の書類送付先は本人から直接お伝えするとのことです。
ご不明点があれば私か久保までお願いします。

Emily Sato / 佐藤エミリー
Global HR, Hinode Sangyo Co., Ltd.
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="旅券番号と基礎年金番号（1名）を社労士へ: 規則2",
))

# ---------------------------------------------------------------- 041
M.append(dict(
    id="taishoku-041", charset="shift_jis",
    sender=frm("iwanaga"), to=[LEASE],
    subject="社有車 運転者登録の削除（退職者2名）",
    body="""ひかりリース 車両管理課 御中

いつもお世話になっております。日の出産業 総務部の岩永です。
社有車の運転者登録から、退職者2名の削除をお願いいたします。

　1) 鬼頭 直子　運転免許証番号 第302104118730号　対象車両 品川300 ち 12-34
　2) 熊谷 俊介　運転免許証番号 第221306547215号　対象車両 品川300 ち 56-78

保険の運転者限定も合わせて変更をお願いします。
""" + sig("iwanaga"),
    expect="stop", entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="運転免許証番号2名分をリース会社へ: 規則2",
))

# ---------------------------------------------------------------- 042
_rows = [R[2], R[4], R[8], R[18], R[22], R[24]]
_pen = ["1022-384751", "1130-472815", "0987-215536", "1301-660927", "1125-498304", "0964-117283"]
M.append(dict(
    id="taishoku-042", charset="utf-8",
    sender=frm("miyaji"), to=[KIKIN],
    subject="年金受給待期者の一覧（PDF）",
    body="""ご担当者様

日の出産業の宮路です。
今年度の定年退職者のうち、企業年金の受給待期者となる6名の一覧をPDFでお送りします。
裁定請求書の送付先は記載の住所でお願いします。
""" + sig("miyaji", 1),
    attachments=[dict(kind="pdf", name="受給待期者一覧_2026.pdf", title="受給待期者一覧",
                      lines=["企業年金 受給待期者一覧（2026年度 定年退職者）", "日の出産業株式会社 人事部", ""],
                      table=[["氏名", "生年月日", "基礎年金番号", "住所"]] +
                      [[p.name, slash(p.dob), pn, p.addr] for p, pn in zip(_rows, _pen)])],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PDFの表に6名の基礎年金番号・生年月日・住所",
))

# ---------------------------------------------------------------- 043
_rows = [R[0], R[4], R[12], R[18], R[22]]
_items = "\n".join(
    f"・{p.name}（{zen(p.wareki.replace('昭和', 'S').replace('年', '.').replace('月', '.').replace('日', ''))}生）\n"
    f"　　〒{zen(p.zip)}　{zen(p.addr)}\n　　ＴＥＬ　{zen(p.tel)}"
    for p in _rows)
M.append(dict(
    id="taishoku-043", charset="iso-2022-jp",
    sender=frm("kubo"), to=[LIFE],
    subject="団体保険 退職者継続加入の申込者について",
    body=f"""星空生命保険株式会社
団体保険課 ご担当者様

日の出産業の久保でございます。
団体定期保険の退職者継続制度に、以下の５名が申し込みました。
申込書類はご自宅へ直接お送りいただけますでしょうか。

{_items}

以上、よろしくお願い申し上げます。
""" + sig("kubo", 2),
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="「・」箇条書き・全角数字・和暦略記で5名の住所・電話・生年月日",
))

# ---------------------------------------------------------------- 044
M.append(dict(
    id="taishoku-044", charset="shift_jis",
    sender=frm("saeki"), to=[SR],
    subject="休職期間満了による退職の取扱いについて",
    body="""田辺先生

お世話になっております。佐伯です。
休職中の社員の件でご相談です。

品質保証部の薬袋 千夏（2024年1月から私傷病休職）が、来年1月末で休職期間満了となります。
先月の産業医面談では「双極性障害の寛解には至っておらず、現時点で復職は困難」との
意見書が出ています。主治医の診断書も同じ内容です。

このまま休職期間満了で退職扱いとする場合の注意点（通知の時期、離職理由の区分など）を
ご教示いただけますでしょうか。産業医意見書の写しは郵送いたします。
""" + sig("saeki"),
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="特定の社員の病名（双極性障害）と産業医意見を社外へ: 要配慮個人情報",
))

# ---------------------------------------------------------------- 045
M.append(dict(
    id="taishoku-045", charset="utf-8",
    sender=frm("saeki"), to=[REBORN],
    subject="障害者雇用枠での再就職支援について",
    body="""小野寺様

いつもお世話になっております。日の出産業の佐伯です。
再就職支援の対象者のうち1名について、個別のご配慮をお願いしたくご連絡しました。

金城 さくらさん（物流管理部、10月末退職）は、身体障害者手帳（3級・聴覚障害）を
お持ちで、障害者雇用枠での求人を中心に探したいとのご希望です。
面談は手話通訳または筆談でお願いできればとのことです。
連絡はメールかSMS（070-6602-3147）が確実です。

よろしくお願いいたします。
""" + sig("saeki", 1),
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], detectors=["personal_data"],
    note="1名の障害の内容・手帳等級を再就職支援会社へ: 要配慮個人情報",
))

# ---------------------------------------------------------------- 046
_rows = [R[3], R[10], R[15], R[23], R[24]]
_EN_DEPT = {"製造部": "Manufacturing", "人事部": "HR", "情報システム部": "IT", "経営企画部": "Corp Planning", "営業第二部": "Sales 2"}
_eng = "\n".join(
    f"{p.roma:<20}{_EN_DEPT[p.dept]:<16}{p.mail:<30}+81-{p.tel[1:]}" for p in _rows)
M.append(dict(
    id="taishoku-046", charset="utf-8",
    sender="Emily Sato <sato.emily@hinode-sangyo.co.jp>", to=["Bridgeway APAC Operations <apac-ops@bridgeway-ct.com>"],
    subject="Candidates for the Singapore relocation programme",
    body=f"""Dear Bridgeway team,

Following our call, here are the five leavers who opted into the regional
career transition programme. All of them have agreed to be contacted directly.

Name                Department      Personal e-mail               Mobile
------------------  --------------  ----------------------------  ---------------
{_eng}

Please send the onboarding pack to their personal addresses by the end of the month.

Kind regards,
Emily Sato
Global HR | Hinode Sangyo Co., Ltd.
""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="English mail: 5 leavers' personal e-mail and mobile numbers to an external firm",
))

# ---------------------------------------------------------------- 047
M.append(dict(
    id="taishoku-047", charset="iso-2022-jp",
    sender=frm("saeki"), to=[SR, KENPO, KIKIN],
    subject="定年退職者向け合同説明会の打合せについて",
    body="""関係各位

いつもお世話になっております。日の出産業 人事部の佐伯です。
2月に予定している定年退職者向け合同説明会（社会保険・健康保険の任意継続・企業年金）の
打合せを下記のとおり行いたく、ご案内いたします。

　日時：1月15日（金）14:00～15:30
　場所：弊社本社 7階 第2会議室（オンライン参加可）

当日は各ご担当のパートの時間配分を決めたいと考えております。
ご都合が悪い場合はお知らせください。
""" + sig("saeki"),
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="社外3団体（社労士・健保・年金基金）をToに並記: Bccにすべき（規則4）",
))

# ---------------------------------------------------------------- 048
M.append(dict(
    id="taishoku-048", charset="shift_jis",
    sender=frm("kubo"),
    to=[NEXT, REBORN, "キャリアブリッジ 営業部 <sales@career-bridge.jp>"],
    subject="再就職支援サービスのお見積りのお願い",
    body="""各社ご担当者様

お世話になっております。日の出産業 人事部の久保です。
来年度の早期退職者向け再就職支援サービスについて、お見積りをお願いいたします。

　対象人数：最大120名（45歳以上、製造・間接部門）
　期間：2027年4月から最長12か月
　希望：個別カウンセリング、求人紹介、セミナー

1月22日（金）までにご提出いただけますと幸いです。
""" + sig("kubo"),
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="相見積り先の競合3社を同じToに: 互いに見える（規則4）",
))

# ---------------------------------------------------------------- 049
M.append(dict(
    id="taishoku-049", charset="iso-2022-jp",
    sender=frm("saeki"), to=[NEXT],
    subject="支援対象者の連絡方法についてのお願い",
    body="""柏木様

お世話になっております。佐伯です。
支援対象者のうち、栗花落 彩さんの連絡方法についてお願いがあります。

栗花落さんは元交際相手からのストーカー被害を受けており、警察に相談のうえ
先月転居しています。退職もそれが理由です。
郵送物は一切送らず、連絡は必ずご本人のメールのみでお願いします。
第三者からの問い合わせには、在籍の有無も含めてお答えにならないようご注意ください。
""" + sig("saeki", 1),
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="特定個人が犯罪被害者であることを社外へ: 要配慮個人情報",
))

# ---------------------------------------------------------------- 050
M.append(dict(
    id="taishoku-050", charset="utf-8",
    sender=frm("iwanaga"), to=[HOTEL],
    subject="12/11 送別会 お料理についてのご相談",
    body="""さくらホテル 宴会予約ご担当 様

お世話になっております。日の出産業 総務部の岩永です。
12月11日の送別会（40名・立食）のお料理について追加のお願いです。

主賓の一人、製造技術部のラフマン・アリさんはイスラム教を信仰されているため、
豚肉・アルコールを使用しないハラール対応のお料理を一部ご用意いただけますでしょうか。
また、当日は会場近くに礼拝に使える小部屋があれば1時間ほどお借りしたいです。

可能な範囲でご対応いただければ幸いです。
""" + sig("iwanaga"),
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="特定の人の信仰（宗教）をホテルへ: 要配慮個人情報（1名でも規則3）",
))

# ---------------------------------------------------------------- 051
_rows = [R[1], R[5], R[7], R[11], R[14], R[17], R[21]]
_blocks = "\n".join(
    f"No.{i}\n氏名　　：{p.name}\n個人番号：{MN(18 + i)}\n新住所　：〒{p.zip} {p.addr}\n"
    for i, p in enumerate(_rows))
M.append(dict(
    id="taishoku-051", charset="shift_jis",
    sender=frm("miyaji"), to=[TAX],
    subject="給与支払報告書（退職者分）の住所更新について",
    body=f"""石黒先生

お世話になっております。宮路です。
給与支払報告書の提出にあたり、退職後に転居した7名の新住所が判明しましたので
お知らせします。個人番号もあわせて記載します。

{_blocks}
報告書の提出先市区町村も新住所に合わせて変更をお願いします。
""" + sig("miyaji"),
    expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="1人1ブロックで7名のマイナンバーと新住所を税理士へ",
))

# ---------------------------------------------------------------- 052
_rows = [R[6], R[9], R[14], R[17], R[19], R[21]]
M.append(dict(
    id="taishoku-052", charset="iso-2022-jp",
    sender=frm("okochi"), to=[TSUBASA],
    subject="データ移行テスト用ファイル（退職者マスタ抽出）",
    body="""ツバサシステム ご担当者様

日の出産業 情報システム部の大河内です。
新給与システムへの移行テスト用に、退職者マスタから抽出したデータを添付します。
氏名列は外してありますが、それ以外は本番データそのままです。
テスト後は削除をお願いします。
""" + sig("okochi", 1),
    attachments=[dict(kind="csv", name="taishoku_master_extract.csv", encoding="utf-8", rows=[
        ["emp_no", "birth_date", "zip", "address", "tel", "retire_date"]] +
        [[p.no, p.dob, p.zip, p.addr, p.tel, "2026-09-30"] for p in _rows])],
    expect="stop", entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="氏名列なしのCSV（UTF-8）でも6名の生年月日・住所・電話は人の一覧",
))

# ---------------------------------------------------------------- 053
_rows = [R[6], R[10], R[16], R[19], R[23]]
_items = ["ノートPC（PC-2231）", "社員証・入館カード", "スマートフォン（MB-0587）", "作業服一式・安全靴", "ノートPC（PC-1870）"]
M.append(dict(
    id="taishoku-053", charset="utf-8",
    sender=frm("iwanaga"), to=[LAW],
    subject="貸与品未返却者への督促状送付のご依頼",
    body="""白川先生

お世話になっております。日の出産業 総務部の岩永です。
退職後、再三の依頼にもかかわらず貸与品を返却していない元社員が5名おります。
先生のお名前で督促状を送付いただけないかご相談です。
一覧をWordで添付いたします。

よろしくお願いいたします。
""" + sig("iwanaga"),
    attachments=[dict(kind="docx", name="貸与品未返却者一覧.docx", paragraphs=[
        "貸与品未返却者一覧（2026年11月末時点）", "日の出産業株式会社 総務部"],
        tables=[[["氏名", "退職日", "未返却品", "住所", "電話"]] +
                [[p.name, "2026/10/31", it, p.addr, p.tel] for p, it in zip(_rows, _items)]])],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="DOCXの表で5名の元社員の住所・電話を法律事務所へ",
))

# ---------------------------------------------------------------- 054
_rows = [R[0], R[8], R[12], R[18], R[22]]
_txt = "\n".join(f"{p.name}　{p.tel}　{p.addr}" for p in _rows)
_trs = "".join(f"<tr><td>{p.name}</td><td>{p.tel}</td><td>{p.addr}</td></tr>" for p in _rows)
M.append(dict(
    id="taishoku-054", charset="iso-2022-jp",
    sender=frm("iwanaga"), to=[HOTEL],
    subject="送別会 主賓の送迎車手配について",
    body=f"""さくらホテル ご担当者様

岩永です。12月11日の送別会で、定年退職される主賓5名のご自宅からの送迎をお願いしたく、
お迎え先を下記にまとめました。

{_txt}

当日朝に運転手の方から各自へ確認のお電話をいただけると助かります。
""" + sig("iwanaga", 1),
    html=f"""<html><body><p>さくらホテル ご担当者様</p>
<p>岩永です。12月11日の送別会で、定年退職される主賓5名のご自宅からの送迎をお願いしたく、
お迎え先を下記にまとめました。</p>
<table border="1"><tr><th>お名前</th><th>電話</th><th>お迎え先</th></tr>{_trs}</table>
<p>当日朝に運転手の方から各自へ確認のお電話をいただけると助かります。</p></body></html>""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="テキスト＋HTMLの表で5名の自宅住所・電話をホテルへ",
))

# ---------------------------------------------------------------- 055
M.append(dict(
    id="taishoku-055", charset="shift_jis",
    sender=frm("kajiwara"),
    to=["川崎電機 購買部 堀口様 <horiguchi@kawasaki-denki.co.jp>",
        "青葉運輸 営業課 三浦様 <miura@aoba-unyu.co.jp>",
        "北国フーズ 資材部 関様 <seki@kitaguni-foods.co.jp>"],
    subject="担当者交代のご挨拶",
    body="""お取引先各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
日の出産業 営業第一部の梶原でございます。

貴社を担当しておりました熊谷 俊介が、12月31日をもちまして退職いたします。
後任は宇佐美 陽介が担当いたします。年内に改めてご挨拶に伺います。

今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。
""" + sig("kajiwara", 2),
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="取引先3社を同じToに並べた一斉送信: Bccにすべき（規則4）",
))

# ================================================================ pass
# ---------------------------------------------------------------- 056
_rows = [R[3], R[7], R[15], R[19], R[23]]
M.append(dict(
    id="taishoku-056", charset="utf-8",
    sender=frm("kubo"), to=[frm("miyaji")], cc=["人事部 労務課 <jinji-romu@hinode-sangyo.co.jp>"],
    subject="年末調整不要者（12月退職者）の個人番号リスト",
    body="""宮路さん

お疲れさまです。久保です。
12月退職者の源泉徴収票作成用に、個人番号入りのリストを共有します。
マイナンバー保管フォルダにも同じものを置いてあります。

久保
""",
    attachments=[dict(kind="csv", name="12月退職者_個人番号.csv", encoding="cp932",
                      rows=[["社員番号", "氏名", "生年月日", "個人番号"]] +
                      [[p.no, p.name, slash(p.dob), MN(7 + i)] for i, p in enumerate(_rows)])],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"], detectors=[],
    note="マイナンバー入りの一覧だが宛先はすべて社内",
))

# ---------------------------------------------------------------- 057
M.append(dict(
    id="taishoku-057", charset="iso-2022-jp",
    sender=frm("kajiwara"), to=[frm("hasebe")], cc=[frm("saeki")],
    subject="鬼頭さんの退職届（写し）",
    body="""長谷部部長、佐伯課長

お疲れさまです。梶原です。
鬼頭さんから退職届が出ましたので、写しを添付します。
本人から、乳がんの治療に専念するためと説明がありました。
抗がん剤治療が来月から始まるとのことで、有給休暇の消化を優先させたいと思います。
原本は本日社内便で人事部に送ります。

梶原
""",
    attachments=[dict(kind="png", name="taishokutodoke_kito.png")],
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="病名を含むが社内の上長・人事だけへの送信",
))

# ---------------------------------------------------------------- 058
_rows = [R[11], R[12], R[20], R[16], R[13], R[22]]
M.append(dict(
    id="taishoku-058", charset="shift_jis",
    sender=frm("nonomura"), to=[frm("kubo")],
    subject="大阪支店取りまとめ分 退職者連絡先一覧",
    body="""久保さん

お疲れさまです。大阪支店総務の野々村です。
本社でまとめて離職票を発送されるとのことでしたので、
大阪支店で取りまとめた退職者6名（支店・営業所の在籍者）の連絡先をExcelにまとめました。
""" + sig("nonomura", 1),
    attachments=[dict(kind="xlsx", name="大阪支店_退職者連絡先.xlsx", sheets={
        "一覧": [["大阪支店取りまとめ 退職者連絡先（2026年度下期）"], [],
                 ["社員番号", "氏名", "郵便番号", "住所", "携帯電話", "退職日"]] +
                [[p.no, p.name, p.zip, p.addr, p.tel, "2026-11-30"] for p in _rows],
        "メモ": [["離職票の要否は本人確認済み"]]})],
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="社内サブドメイン（osaka.hinode-sangyo.co.jp）から本社への社内送信",
))

# ---------------------------------------------------------------- 059
M.append(dict(
    id="taishoku-059", charset="utf-8",
    sender=frm("miyaji"), to=[frm("tsuruta")],
    subject="退職金支給額一覧（パスワード付き）",
    body="""鶴田さん

お疲れさまです。宮路です。
11月支給の退職金額一覧をパスワード付きZIPでお送りします。
パスワードはいつものものです（Teamsでもお送りします）。

宮路
""",
    attachments=[dict(kind="zip", name="退職金支給額_202611.zip", password="naibu-2611", files=[
        dict(kind="xlsx", name="退職金支給額.xlsx", sheets={"Sheet1": [["氏名", "支給額"], ["四十物 健太", 18450000]]})])],
    expect="pass", entities=[], detectors=[],
    note="暗号化ZIPだが宛先は社内のみ",
))

# ---------------------------------------------------------------- 060
M.append(dict(
    id="taishoku-060", charset="iso-2022-jp",
    sender=frm("hasebe"), to=[frm("saeki"), frm("kubo")],
    subject="希望退職 想定問答集（たたき台）",
    body="""佐伯さん、久保さん

長谷部です。
社内説明会向けの想定問答集のたたき台を作りました。
管理職向けの版と一般社員向けの版を分けるかどうか、明日の定例で相談しましょう。
""" + sig("hasebe", 1),
    attachments=[dict(kind="docx", name="想定問答集_希望退職.docx", page_header="社外秘",
                      paragraphs=["希望退職募集に関する想定問答集（社外秘）",
                                  "Q1. なぜ今、希望退職を募集するのですか。",
                                  "A1. 事業構造の転換に伴い、人員配置を見直す必要があるためです。",
                                  "Q2. 応募しなかった場合、不利益な扱いはありますか。",
                                  "A2. 応募は任意であり、応募しないことを理由とする不利益な取扱いは一切ありません。"])],
    expect="pass", entities=[], detectors=[],
    note="社外秘の文書だが社内宛のみ",
))

# ---------------------------------------------------------------- 061
M.append(dict(
    id="taishoku-061", charset="shift_jis",
    sender=frm("kubo"), to=[SR2],
    subject="離職票 追加1名分のお願い",
    body="""森下様

お世話になっております。久保です。
先日の一覧に漏れていた方が1名いましたので、追加でお願いします。

　氏名：椎名 恵理（シイナ エリ）
　生年月日：1977年7月7日
　住所：〒181-0013 東京都三鷹市下連雀3-33-2
　離職日：2026年11月30日（自己都合）

離職票は本人の自宅あてで大丈夫です。
""" + sig("kubo", 1),
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="1名分の氏名・生年月日・住所: 5名未満で番号類なし（警告まで）",
))

# ---------------------------------------------------------------- 062
M.append(dict(
    id="taishoku-062", charset="iso-2022-jp",
    sender=frm("kubo"), to=["比嘉 翔太 <higa.shota0711@gmail.com>"],
    subject="離職票を発送しました",
    body="""比嘉さん

お久しぶりです。人事部の久保です。
ハローワークから離職票（1・2）が届きましたので、本日ご自宅あてに発送しました。

　発送方法：簡易書留
　お問い合わせ番号：3021-4487-6615

届きましたら、お近くのハローワークで求職の申込みをしてください。
記載内容に疑問点があれば、遠慮なくご連絡ください。

久保
""" + sig("kubo", 1),
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="退職者本人の私用アドレス1件へ発送連絡（追跡番号のみ）",
))

# ---------------------------------------------------------------- 063
M.append(dict(
    id="taishoku-063", charset="utf-8",
    sender=frm("miyaji"), to=["百目鬼 剛 <domeki61@yahoo.co.jp>"],
    subject="Re: 任意継続と国民健康保険のどちらがよいか",
    body="""百目鬼様

お問い合わせありがとうございます。人事部の宮路です。

一般的には、退職時の標準報酬月額が高い方や、扶養している家族がいる方は
任意継続のほうが保険料が安くなることが多いです。
一方、国民健康保険は前年の所得で保険料が決まるため、
2年目以降は国保のほうが安くなるケースもあります。

具体的な金額は、お住まいの市役所（国保年金課）で試算してもらえますので、
任意継続の保険料（健保組合からの通知額）と比べてご判断ください。
任意継続の申出期限は資格喪失日から20日以内ですのでご注意ください。

> 任意継続と国保、どちらにしたらよいか迷っています。
> 妻を扶養に入れています。

宮路
""" + sig("miyaji", 1),
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="私用アドレス1件へ一般的な説明のみ（引用部分は本人の文）",
))

# ---------------------------------------------------------------- 064
M.append(dict(
    id="taishoku-064", charset="shift_jis",
    sender=frm("tsuruta"), to=["栗花落 彩 <aya.tsuyuri@icloud.com>"],
    subject="退職金のお振込日について",
    body="""栗花落様

日の出産業 経理部の鶴田です。
退職金のお振込日についてお問い合わせいただきありがとうございます。

11月25日（水）に、在職中の給与振込口座へお振込みいたします。
源泉徴収票（退職所得）は12月上旬にご自宅へ郵送します。

よろしくお願いいたします。
""" + sig("tsuruta"),
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="退職者本人の私用アドレスへ振込日の案内（口座番号なし）",
))

# ---------------------------------------------------------------- 065
_rows = [R[1], R[5], R[9], R[13], R[19], R[10]]
_q = "\n".join(f"> {p.name}\t{p.wareki}\t{p.tel}" for p in _rows)
M.append(dict(
    id="taishoku-065", charset="iso-2022-jp",
    sender=frm("miyaji"), to=[SR2],
    subject="Re: 10月末退職者 離職票交付の要否と連絡先（6名）",
    body=f"""森下様

ご確認ありがとうございます。宮路です。
ご指摘のとおり、金城さんは離職票「要」でした。訂正をお願いします。
ほかの方は一覧のとおりで問題ありません。

宮路

On 2026/10/28 16:02, 森下 加奈 wrote:
> 宮路様
> いただいた一覧、以下の内容で手続きを進めます。
>
{_q}
>
> 金城様の離職票が「不要」となっていますが、よろしいでしょうか。
""",
    expect="pass", entities=[], detectors=[],
    note="6名の一覧は相手のメールの引用（>）のみ: 新しい本文に個人データなし",
))

# ---------------------------------------------------------------- 066
_rows = [R[2], R[8], R[12], R[18], R[22]]
_q = "\n".join(f"  {p.name}  {p.tel}  {p.mail}" for p in _rows)
M.append(dict(
    id="taishoku-066", charset="utf-8",
    sender=frm("saeki"), to=[NEXT],
    subject="RE: 初回面談の日程確定のご連絡",
    body=f"""柏木様

日程調整ありがとうございました。佐伯です。
5名とも面談日が決まったとのこと、承知いたしました。
当日は会議室を確保しておきますので、受付でお名前をお伝えください。

引き続きよろしくお願いいたします。

-----Original Message-----
From: 柏木 晴美 <kashiwagi@next-career.co.jp>
Sent: Thursday, November 5, 2026 11:20 AM
To: 佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>
Subject: 初回面談の日程確定のご連絡

佐伯様

初回面談の日程が確定しましたのでご報告します。
ご本人へは下記の連絡先に通知済みです。

{_q}

11/16（月）10:00～、11/17（火）13:00～ の2日間で実施します。
""",
    expect="pass", entities=[], detectors=[],
    note="5名の連絡先は -----Original Message----- 以下の引用のみ",
))

# ---------------------------------------------------------------- 067
M.append(dict(
    id="taishoku-067", charset="utf-8",
    sender="Emily Sato <sato.emily@hinode-sangyo.co.jp>", to=["Rachel Ng <rachel.ng@bridgeway-ct.com>"],
    subject="Re: Onboarding status of the five participants",
    body="""Hi Rachel,

Thank you for the update. Great to hear that all five have completed onboarding.
I will let our HR director know. Let's keep the monthly check-in on the first Tuesday.

Best,
Emily

On Mon, Nov 30, 2026 at 9:14 AM Rachel Ng <rachel.ng@bridgeway-ct.com> wrote:
> Hi Emily,
>
> Quick status on the participants:
>   Iokibe Rina       rina.iokibe@outlook.jp         +81-70-2281-6640  done
>   Higa Shota        higa.shota0711@gmail.com       +81-90-9143-6028  done
>   Kamatsuka Hitomi  hitomi.k214@icloud.com         +81-80-4820-7761  done
>   Hatsukade Reina   reina.hatsukade@gmail.com      +81-80-2079-1446  done
>   Wakatsuki Mei     mei.wakatsuki@icloud.com       +81-70-3361-8807  done
>
> Regards,
> Rachel
""",
    expect="pass", entities=[], detectors=[],
    note="English reply; the list is only in the quoted part (On ... wrote:)",
))

# ---------------------------------------------------------------- 068
M.append(dict(
    id="taishoku-068", charset="iso-2022-jp",
    sender=frm("saeki"), to=[LAW],
    subject="退職時の秘密保持誓約書の改訂について",
    body="""白川先生

いつもお世話になっております。日の出産業の佐伯です。
退職者から提出を受けている秘密保持誓約書について、改訂のご相談です。

現行の誓約書では「在職中に知り得た機密情報」の範囲が曖昧で、
先日も退職者から「どこまでが秘密情報なのか」と質問がありました。
以下の点についてご意見をいただけますでしょうか。

　1. 秘密情報の定義を営業秘密（不正競争防止法）に合わせて具体化すべきか
　2. 競業避止義務の期間（現行2年）は妥当か
　3. 退職後に誓約書の提出を拒否された場合の対応

取引先との機密保持契約（NDA）との整合もあわせてご確認いただけると助かります。
""" + sig("saeki") + DISCLAIMER_JA,
    expect="pass", entities=[], detectors=[],
    note="秘密保持誓約書・NDAについての相談（機密の語は話題であって表示ではない）",
))

# ---------------------------------------------------------------- 069
M.append(dict(
    id="taishoku-069", charset="shift_jis",
    sender=frm("iwanaga"), to=[HOTEL],
    subject="12/11 送別会 お見積りの件",
    body="""さくらホテル 宴会予約ご担当 様

お世話になっております。日の出産業の岩永です。
お見積書（見積番号 SH-2611-0482）を拝受しました。ありがとうございます。

花束を3つから5つに変更したいのですが、追加料金をお知らせいただけますか。
また、お支払いは後日請求書払いでお願いいたします。
""" + sig("iwanaga", 2) + DISCLAIMER_JA,
    expect="pass", entities=[], detectors=[],
    note="通常の取引メール＋定型の免責文（機密情報が含まれている場合…）",
))

# ---------------------------------------------------------------- 070
M.append(dict(
    id="taishoku-070", charset="utf-8",
    sender="Emily Sato <sato.emily@hinode-sangyo.co.jp>", to=["Rachel Ng <rachel.ng@bridgeway-ct.com>"],
    subject="Programme fee for FY2027",
    body="""Hi Rachel,

Thanks for sending over the proposal. Before we sign, could you confirm whether
the per-participant fee of SGD 4,800 includes the relocation workshop, or whether
that is billed separately?

We are also considering adding up to ten participants in Q2.

Best regards,
Emily Sato
Global HR | Hinode Sangyo Co., Ltd.
2-11-8 Osaki, Shinagawa-ku, Tokyo 141-0032
Tel: +81-3-5437-2227
""" + DISCLAIMER_EN,
    expect="pass", entities=[], detectors=[],
    note="English business mail with the standard confidentiality disclaimer",
))

# ---------------------------------------------------------------- 071
M.append(dict(
    id="taishoku-071", charset="iso-2022-jp",
    sender=frm("kubo"), to=[SR2],
    subject="各事業所の管轄ハローワーク一覧",
    body="""森下様

お世話になっております。久保です。
事業所ごとの管轄ハローワークを確認しましたので、ご参考までにお送りします。

事業所            管轄ハローワーク        所在地                                電話
----------------  ----------------------  ------------------------------------  ------------
本社（品川）      ハローワーク品川        東京都港区芝5-35-3                    03-5419-8609
川崎工場          ハローワーク川崎        神奈川県川崎市川崎区南町17-2          044-244-8609
大宮物流センター  ハローワーク大宮        埼玉県さいたま市大宮区吉敷町1-103     048-667-8609
大阪支店          ハローワーク大阪東      大阪府大阪市中央区農人橋2-1-36        06-6942-4771

よろしくお願いいたします。
""" + sig("kubo"),
    expect="pass", entities=[], detectors=[],
    note="事業所・公共機関の一覧（人ではない）",
))

# ---------------------------------------------------------------- 072
M.append(dict(
    id="taishoku-072", charset="utf-8",
    sender=frm("saeki"), to=["名嘉真 隆 <nakama.t@docomo.ne.jp>"],
    subject="再就職支援会社の拠点のご案内",
    body="""名嘉真様

日の出産業 人事部の佐伯です。
ご質問のあった再就職支援会社の拠点をお知らせします。
ご自宅から通いやすい拠点を選んで、直接ご予約ください。

・ネクストキャリアパートナーズ 新宿センター　東京都新宿区西新宿1-22-2　03-6302-1140
・ネクストキャリアパートナーズ 大宮センター　埼玉県さいたま市大宮区桜木町1-7-5　048-640-2231
・ネクストキャリアパートナーズ 横浜センター　神奈川県横浜市西区北幸2-8-4　045-312-0987

ご不明点があればご連絡ください。
""" + sig("saeki", 1),
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="事業所（拠点）の一覧を私用アドレス1件へ: 人の一覧ではない",
))

# ---------------------------------------------------------------- 073
M.append(dict(
    id="taishoku-073", charset="shift_jis",
    sender=frm("kubo"), to=[NEXT],
    subject="Re: 再就職支援プラン料金表",
    body="""柏木様

料金表をお送りいただきありがとうございます。久保です。
下記の理解で合っているかご確認ください。

　スタンダード（6か月）　　1名あたり 550,000円（税別）
　プレミアム（12か月）　　 1名あたり 880,000円（税別）
　シニアプラン（6か月）　　1名あたり 480,000円（税別）
　集合セミナー（半日）　　 1回 150,000円（税別・20名まで）

50名以上のご契約で10%割引とのことでしたが、途中追加の人数も含めて計算されますでしょうか。
""" + sig("kubo", 1),
    expect="pass", entities=[], detectors=[],
    note="料金表（商品・価格）: 個人データなし",
))

# ---------------------------------------------------------------- 074
M.append(dict(
    id="taishoku-074", charset="iso-2022-jp",
    sender=frm("miyaji"), to=[SR], cc=[KENPO],
    subject="任意継続の手続きフローの確認（打合せ日程）",
    body="""田辺先生
（cc：関東機械工業健康保険組合 任意継続係 ご担当者様）

お世話になっております。日の出産業の宮路です。
退職者の任意継続について、当社・社労士事務所・健保組合の間での書類の流れを
一度整理したく、オンラインでの打合せをお願いできますでしょうか。

候補：12月8日（火）15時、12月10日（木）10時

どちらかご都合のよい日時をお知らせください。
""" + sig("miyaji"),
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="社外2団体（社労士・健保）のTo/Cc: 通常の三者間調整",
))

# ---------------------------------------------------------------- 075
M.append(dict(
    id="taishoku-075", charset="utf-8",
    sender=frm("saeki"), to=["若月 芽衣 <mei.wakatsuki@icloud.com>"], cc=[REBORN],
    subject="リボーンキャリアの担当者をご紹介します",
    body="""若月さん

お疲れさまです。人事部の佐伯です。
再就職支援をお願いしているリボーンキャリアの小野寺さんをCCに入れました。
今後の面談日程などは、小野寺さんと直接やり取りしていただければと思います。

小野寺さん、どうぞよろしくお願いいたします。
""" + sig("saeki", 1),
    expect="pass", entities=[], detectors=["freemail_recipient", "multiple_external_domains"],
    note="退職者本人（私用）と支援会社の2者: 社外3者未満",
))

# ---------------------------------------------------------------- 076
M.append(dict(
    id="taishoku-076", charset="shift_jis",
    sender=frm("iwanaga"), to=[HOTEL],
    subject="送別会 当日の緊急連絡先",
    body="""さくらホテル ご担当者様

岩永です。12月11日の送別会、当日の幹事の連絡先をお知らせします。
私が不在の場合は下記の者にご連絡ください。

　岩永 千尋　（総務部）　　　090-2276-4318
　仁科 光太郎（営業第一部）　080-9903-1527
　阿久津 麗　（製造部）　　　070-5548-2061

よろしくお願いいたします。
""" + sig("iwanaga", 1),
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="幹事3名の携帯番号: 5名未満（警告まで）",
))

# ---------------------------------------------------------------- 077
_rows = [R[7], R[15], R[19], R[23]]
_l = "\n".join(f"({i}) {p.name}　〒{p.zip}　{p.addr}　{p.tel}" for i, p in enumerate(_rows, 1))
M.append(dict(
    id="taishoku-077", charset="iso-2022-jp",
    sender=frm("iwanaga"), to=[FOODS],
    subject="退職記念品（追加4件）のお届け先",
    body=f"""北国フーズ ギフトセンター 御中

日の出産業 総務部の岩永です。
先日の記念品とは別に、中途退職者4名分の追加をお願いします。
商品は KF-GS-3000（北の味覚詰め合わせ）で、各ご自宅へ直送でお願いします。

{_l}

請求書は先日の分とまとめていただいて構いません。
""" + sig("iwanaga"),
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="4名の自宅住所・電話: 5名未満（警告まで）",
))

# ---------------------------------------------------------------- 078
M.append(dict(
    id="taishoku-078", charset="utf-8",
    sender=frm("kajiwara"), to=["川崎電機 購買部 堀口様 <horiguchi@kawasaki-denki.co.jp>"],
    subject="担当者変更のご案内（日の出産業 営業第一部）",
    body="""川崎電機株式会社
購買部 堀口様

いつも大変お世話になっております。日の出産業の梶原です。
弊社の熊谷が12月末で退職することとなり、1月より下記の者が担当させていただきます。

　後任担当：宇佐美 陽介（営業第一部）
　TEL：03-5437-2538
　E-mail：usami.yosuke@hinode-sangyo.co.jp

進行中の見積（見積No. Q-26-1187）と納期の件も、責任を持って引き継ぎます。
今後ともよろしくお願い申し上げます。
""" + sig("kajiwara"),
    expect="pass", entities=[], detectors=[],
    note="取引先1社へ後任担当の業務連絡先（社員の業務用連絡先1名）",
))

# ---------------------------------------------------------------- 079
M.append(dict(
    id="taishoku-079", charset="iso-2022-jp",
    sender=frm("kubo"), to=["寿精工 人事課 福田 <fukuda@kotobuki-seiko.co.jp>"],
    subject="Re: 退職証明書のご依頼について",
    body="""寿精工株式会社
福田様

お問い合わせありがとうございます。日の出産業 人事部の久保です。

退職証明書は、労働基準法第22条により退職者本人の請求に基づいて交付する書類のため、
誠に恐縮ながら、当社から貴社へ直接お送りすることはいたしかねます。
ご本人に当社人事部あて請求いただくようお伝えいただけますでしょうか。
ご本人へ交付後、ご本人から貴社へご提出いただく形となります。

何卒ご理解のほどお願い申し上げます。

> 先月まで貴社にご在籍の御手洗啓介様について、
> 当社入社にあたり退職証明書をお送りいただけますでしょうか。
""" + sig("kubo"),
    expect="pass", entities=[], detectors=[],
    note="転職先への回答: 個人データを出さずに断る通常の業務メール",
))

# ---------------------------------------------------------------- 080
M.append(dict(
    id="taishoku-080", charset="shift_jis",
    sender=frm("miyaji"), to=["嘉数 正樹 <kakazu62@ezweb.ne.jp>"],
    subject="Re: 企業年金の受け取り方法について",
    body="""嘉数様

ご連絡ありがとうございます。日の出産業 人事部の宮路です。
企業年金の受け取り方法（一時金・年金・併用）は、基金から届く選択届でお選びいただきます。
税金の扱いが異なりますので、基金の相談窓口（0120-55-8741、平日9時～17時）で
試算をお聞きになることをおすすめします。

ほかにもご不明な点があれば、お気軽にご連絡ください。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 給与・社会保険グループ
宮路 葵（みやじ あおい）
〒141-0032 東京都品川区大崎2-11-8 日の出大崎ビル7F
TEL：03-5437-2218（直通）／ 03-5437-2200（代表）
FAX：03-5437-2299
携帯：080-3417-6250（社用）
E-mail：miyaji.aoi@hinode-sangyo.co.jp
URL：https://www.hinode-sangyo.co.jp/
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="送信者の詳しい署名（住所・電話・携帯）だけ: 私用アドレス1件",
))

# ---------------------------------------------------------------- 081
M.append(dict(
    id="taishoku-081", charset="iso-2022-jp",
    sender=frm("saeki"), to=[DAIKO],
    subject="Re: 【退職代行】九十九様の退職について",
    body="""退職代行やまびこ ご担当者様

日の出産業株式会社 人事部の佐伯です。
ご連絡いただいた件、承知いたしました。

九十九様の退職日は、ご本人のご意向どおり11月30日として手続きを進めます。
残りの有給休暇は退職日まで全日消化として扱います。

つきましては、以下をご本人にお伝えいただけますでしょうか。
　・貸与品（PC、社員証、携帯電話）の返却（着払いで人事部あてに送付可）
　・健康保険証の返却
　・退職届の原本の郵送

離職票・源泉徴収票は、退職後にご自宅へ郵送いたします。
""" + sig("saeki"),
    expect="pass", entities=[], detectors=[],
    note="退職代行業者への通常の回答（氏名と手続きのみ）",
))

# ---------------------------------------------------------------- 082
M.append(dict(
    id="taishoku-082", charset="utf-8",
    sender="Emily Sato <sato.emily@hinode-sangyo.co.jp>", to=["Rachel Ng <rachel.ng@bridgeway-ct.com>"],
    subject="Offboarding process in Japan - overview",
    body="""Hi Rachel,

As requested, here is a short overview of how resignations are handled in Japan,
so your team can brief participants before their first session:

1. The employee submits a resignation letter (taishoku-todoke), usually one month ahead.
2. HR processes the loss of social insurance eligibility within 5 days of the last day.
3. The employment insurance separation notice (rishoku-hyo) is issued by Hello Work
   and mailed to the employee, typically 10-14 days after the last day.
4. Health insurance: the employee either continues the company plan for up to two
   years (nin'i keizoku) or joins the national plan.
5. The pension handbook, if held by the company, is returned to the employee.

Happy to walk through this on our next call.

Best,
Emily
""",
    expect="pass", entities=[], detectors=[],
    note="English process overview, no personal data",
))

# ---------------------------------------------------------------- 083
M.append(dict(
    id="taishoku-083", charset="shift_jis",
    sender=frm("kubo"), to=["ハローワーク品川 求人部門 <kyujin@hw-shinagawa.go.jp>"],
    subject="求人票の内容変更について（事業所番号 1301-612874-5）",
    body="""ハローワーク品川 求人部門 ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の久保です。
退職者の欠員補充のため提出している求人（求人番号 13010-28417661）について、
以下のとおり内容変更をお願いしたく、ご連絡いたしました。

　職種：経理事務（正社員）
　変更点：募集人数 1名 → 2名、就業時間に時短勤務（9:30～16:30）を追加

変更届は本日郵送いたします。
""" + sig("kubo"),
    expect="pass", entities=[], detectors=[],
    note="ハローワークへの求人変更連絡: 事業所番号・求人番号のみ",
))

# ---------------------------------------------------------------- 084
M.append(dict(
    id="taishoku-084", charset="iso-2022-jp",
    sender=frm("kubo"), to=["真栄田 修 <maeda.osamu@docomo.ne.jp>"],
    subject="年金手帳をご返却します",
    body="""真栄田様

日の出産業 人事部の久保です。
入社時にお預かりしていた年金手帳を、本日簡易書留でご自宅へお送りしました。
2〜3日で届く予定です。

なお、年金手帳は2022年4月以降新規発行が終了し、基礎年金番号通知書に
切り替わっていますが、お持ちの手帳は引き続き番号の確認書類として使えます。
大切に保管してください。
""" + sig("kubo", 1),
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="年金手帳の返却連絡（番号の記載なし）を私用アドレス1件へ",
))

# ---------------------------------------------------------------- 085
M.append(dict(
    id="taishoku-085", charset="utf-8",
    sender=frm("iwanaga"), to=[INSATSU],
    subject="退職挨拶状 発注のご連絡（注文番号 NP-26-3391）",
    body="""錦印刷 松尾様

お世話になっております。日の出産業の岩永です。
お見積り（見積番号 NE-26-1180）の内容で、退職挨拶状を発注いたします。

　品目：挨拶状（二つ折り・洋形2号封筒付き）
　数量：1,200部
　単価：68円（税別）
　納期：12月14日（月）
　注文番号：NP-26-3391

文面は先日の校正2稿で確定です。請求書は月末締めでお願いします。
""" + sig("iwanaga"),
    expect="pass", entities=[], detectors=[],
    note="発注メール（注文番号・見積番号・単価）のみ",
))

# ---------------------------------------------------------------- 086
M.append(dict(
    id="taishoku-086", charset="shift_jis",
    sender=frm("iwanaga"), to=[FOODS],
    subject="退職記念品のカタログ商品について",
    body="""北国フーズ ギフトセンター 御中

お世話になっております。日の出産業の岩永です。
退職記念品の候補として、カタログの以下の商品を検討しています。

　KF-GS-3000　北の味覚詰め合わせ　　　　3,000円
　KF-GS-5000　海鮮と銘菓のセット　　　　5,000円
　KF-SW-1200　ロールケーキ・チーズケーキ 1,200円
　KF-TE-0800　北海道紅茶ティーバッグ　　  800円

30個以上で法人割引があるとのことですが、割引率を教えていただけますか。
のし（「御礼」）の対応も可能でしょうか。
""" + sig("iwanaga", 1),
    expect="pass", entities=[], detectors=[],
    note="商品コードと価格の一覧（人の一覧ではない）",
))

# ---------------------------------------------------------------- 087
M.append(dict(
    id="taishoku-087", charset="iso-2022-jp",
    sender=frm("kubo"), to=[SR2],
    subject="離職票 発送済みのご報告",
    body="""森下様

お世話になっております。久保です。
ハローワークから戻った離職票を、本日3名のご自宅へ発送しました。
念のため追跡番号をお知らせします。

　若月様　　　レターパックプラス 4417-2260-9315
　九十九様　　レターパックプラス 4417-2260-9326
　仁井田様　　レターパックプラス 4417-2260-9330

以上で11月末退職者分はすべて完了です。ありがとうございました。
""" + sig("kubo", 1),
    expect="pass", entities=[], detectors=[],
    note="3名の姓と追跡番号のみ: 連絡先や識別番号はない",
))

# ---------------------------------------------------------------- 088
_rows = [R[2], R[8], R[18], R[22], R[24]]
_res = ["血圧 168/102 要精密検査", "HbA1c 7.9 糖尿病治療中", "肝機能 γ-GTP 210 要再検査",
        "心電図 心房細動の疑い", "胸部X線 異常なし"]
_inner = "\n".join(f"{p.no}\t{p.name}\t{r}" for p, r in zip(_rows, _res))
M.append(dict(
    id="taishoku-088", charset="utf-8",
    sender=frm("kubo"), to=["産業医 佐久間 <sakuma.sangyoi@hinode-sangyo.co.jp>"], cc=[frm("saeki")],
    subject="FW: 定年退職予定者の直近健診結果",
    body="""佐久間先生

人事部の久保です。
退職前の最終面談の参考に、定年退職予定者の直近の健診結果を保健師さんから
いただいたメールごと転送します。よろしくお願いいたします。
""",
    attachments=[dict(kind="eml", name="健診結果_定年退職予定者.eml", message=dict(
        charset="utf-8", sender="保健師 國分 <kokubu.hokenshi@hinode-sangyo.co.jp>", to=[frm("kubo")],
        subject="定年退職予定者の健診結果",
        body=f"久保さん\n\n依頼のあった5名の直近の健診所見です。\n\n{_inner}\n\n國分\n"))],
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="健診結果（要配慮）入りの転送だが宛先は社内の産業医と人事のみ",
))

# ---------------------------------------------------------------- 089
M.append(dict(
    id="taishoku-089", charset="shift_jis",
    sender=frm("miyaji"), to=[TSUBASA],
    subject="12月度 最終給与の計算条件について（2名）",
    body="""ツバサシステム 給与サポートご担当者様

いつもお世話になっております。日の出産業の宮路です。
12月度の給与計算で、以下2名が最終給与となります。

　H12415 熊谷 俊介　退職日 12/31　有給残 8日を買い取り（規程外のため個別処理）
　H12790 廿日出 玲奈　退職日 12/15　日割計算（15/31）

日割と買い取りの入力方法について、マニュアルの該当箇所を教えてください。
""" + sig("miyaji"),
    expect="pass", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="取引先（給与システム）へ2名の社員番号・退職日: 5名未満",
))

# ---------------------------------------------------------------- 090
M.append(dict(
    id="taishoku-090", charset="iso-2022-jp",
    sender=frm("iwanaga"), to=[frm("iwanaga")],
    bcc=["k.aimono68@gmail.com", "domeki61@yahoo.co.jp", "kakazu62@ezweb.ne.jp",
         "shishido.k@yahoo.co.jp", "maeda.osamu@docomo.ne.jp", "yamanashi.k63@docomo.ne.jp"],
    subject="日の出会（OB会）総会のご案内",
    body="""日の出会 会員各位
（本メールはBCCでお送りしています）

拝啓　師走の候、皆さまにはますますご健勝のこととお慶び申し上げます。
日の出会事務局（日の出産業 総務部）の岩永でございます。

本年の総会・懇親会を下記のとおり開催いたします。

　日時：2027年1月23日（土）12:00～14:30
　会場：さくらホテル 3F「橘の間」
　会費：5,000円

ご出欠を1月8日までにご返信ください。
皆さまのご参加を心よりお待ちしております。　敬具
""" + sig("iwanaga", 2),
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="退職者の私用アドレスはBccのみ（Toは自分）: 互いに見えない",
))

# ---------------------------------------------------------------- 091
M.append(dict(
    id="taishoku-091", charset="utf-8",
    sender=frm("okochi"), to=["エコリンクス 回収センター <kaishu@ecolinks.co.jp>"],
    subject="退職者返却PCの回収・データ消去のお願い",
    body="""株式会社エコリンクス 回収センター ご担当者様

日の出産業 情報システム部の大河内です。
退職者から返却されたPCについて、回収とデータ消去をお願いします。

　資産番号　　機種　　　　　　　シリアル
　PC-1870　　ThinkPad L14　　PF3KQ2X1
　PC-2231　　ThinkPad L14　　PF3KQ8M4
　PC-2304　　dynabook S73　　 9L214887H

消去証明書（ソフト消去＋物理破壊）の発行をお願いいたします。
回収希望日：12月9日（水）午後
""" + sig("okochi"),
    expect="pass", entities=[], detectors=[],
    note="資産番号・シリアルの一覧（人の一覧ではない）",
))

# ---------------------------------------------------------------- 092
M.append(dict(
    id="taishoku-092", charset="iso-2022-jp",
    sender=frm("miyaji"), to=["椎名 恵理 <eri.shiina@outlook.jp>"],
    subject="Re: 源泉徴収票の再発行のお願い",
    body="""椎名様

ご連絡ありがとうございます。人事部の宮路です。
源泉徴収票を再発行し、明日ご指定の住所へ郵送いたします。
転居先のご住所、承知しました。

宮路

-----Original Message-----
差出人: 椎名 恵理 <eri.shiina@outlook.jp>
送信日時: 2026年12月2日 21:48
宛先: 宮路 葵
件名: 源泉徴収票の再発行のお願い

宮路様
先月退職した椎名です。引っ越しの際に源泉徴収票を紛失してしまいました。
お手数ですが、以下の住所に再発行をお願いできますでしょうか。
〒181-0013 東京都三鷹市下連雀3-33-2 グランメゾン三鷹205
電話 070-8816-5524
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="本人の住所は返信の引用部分のみ（差出人:/送信日時:）、本人の私用アドレス1件",
))

# ---------------------------------------------------------------- 093
M.append(dict(
    id="taishoku-093", charset="shift_jis",
    sender=frm("miyaji"), to=[KENPO],
    subject="任意継続被保険者の保険料上限について（質問）",
    body="""関東機械工業健康保険組合
任意継続係 ご担当者様

お世話になっております。日の出産業株式会社 人事部の宮路です。
退職予定者への説明資料を作成しており、以下の点を教えてください。

1. 令和9年度の任意継続被保険者の標準報酬月額の上限額
2. 保険料の前納（半年・1年）の割引率
3. 再就職により資格喪失する場合の必要書類

ご回答はメールでいただけますと幸いです。
""" + sig("miyaji", 2),
    expect="pass", entities=[], detectors=[],
    note="制度についての一般的な質問のみ",
))

# ---------------------------------------------------------------- 094
M.append(dict(
    id="taishoku-094", charset="utf-8",
    sender=frm("kubo"), to=["五百旗頭 里奈 <rina.iokibe@outlook.jp>"],
    subject="退職手続きのご案内",
    body="""五百旗頭さん

お疲れさまです。人事部の久保です。
最終出社日に向けて、退職手続きの流れをまとめた案内をお送りします。
提出物の期限をご確認ください。

久保
""",
    attachments=[dict(kind="docx", name="退職手続きのご案内.docx", title="退職手続きのご案内", paragraphs=[
        "退職手続きのご案内",
        "1. 退職届：最終出社日の1か月前までに所属長へ提出",
        "2. 健康保険証：退職日の翌日以降、速やかに人事部へ返却（被扶養者分を含む）",
        "3. 貸与品：PC、社員証、名刺を最終出社日に返却",
        "4. 離職票：希望する場合は退職届の備考欄に記入",
        "5. 年金手帳：会社で保管している場合は退職後に郵送で返却",
        "6. 住民税：退職月により一括徴収または普通徴収へ切替",
    ], tables=[[["書類", "発行時期"], ["離職票", "退職後約2週間"], ["源泉徴収票", "退職後1か月以内"],
                ["退職所得の源泉徴収票", "退職金支給後1か月以内"]]])],
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="一般的な手続き案内のDOCXを本人の私用アドレス1件へ",
))

# ---------------------------------------------------------------- 095
M.append(dict(
    id="taishoku-095", charset="iso-2022-jp",
    sender=frm("miyaji"), to=["廿日出 玲奈 <reina.hatsukade@gmail.com>"],
    subject="退職金の試算結果について",
    body="""廿日出さん

人事部の宮路です。
ご依頼のあった退職金の試算結果をPDFでお送りします。
あくまで試算のため、実際の支給額は最終給与確定後に改めてお知らせします。
""" + sig("miyaji", 1),
    attachments=[dict(kind="pdf", name="退職金試算_廿日出.pdf", title="退職金試算書",
                      lines=["退職金試算書", "氏名：廿日出 玲奈", "生年月日：1993年3月21日",
                             "入社日：2016年4月1日", "退職予定日：2026年12月15日",
                             "勤続年数：10年8か月", "累積ポイント：214", "試算額：2,140,000円（自己都合係数0.8適用後 1,712,000円）"])],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["freemail_recipient", "personal_data"],
    note="本人1名の試算書（氏名・生年月日）を本人の私用アドレスへ: 1名分",
))

# ---------------------------------------------------------------- 096
_rows = [R[0], R[2], R[4], R[8], R[12], R[18], R[22], R[24]]
M.append(dict(
    id="taishoku-096", charset="shift_jis",
    sender=frm("saeki"), to=[frm("hasebe")], cc=["経営会議事務局 <keiei-kaigi@hinode-sangyo.co.jp>"],
    subject="経営会議資料：定年退職者と再雇用希望の状況",
    body="""長谷部部長

佐伯です。来週の経営会議資料をお送りします。
3枚目に対象者の一覧を入れています。社内限りでお願いします。
""",
    attachments=[dict(kind="pptx", name="経営会議_定年退職と再雇用.pptx", page_footer="社外秘", slides=[
        ["定年退職者と再雇用の状況", "2026年度下期", "人事部"],
        ["サマリー", "退職予定者 8名（定年6名・早期2名）", "再雇用希望 5名", "再雇用不希望 3名"],
        ["対象者一覧"] + [f"{p.no} {p.name} {slash(p.dob)} {p.dept}" for p in _rows],
    ])],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=[],
    note="8名の一覧・社外秘表示のPPTXだが宛先は社内のみ",
))

# ---------------------------------------------------------------- 097
M.append(dict(
    id="taishoku-097", charset="utf-8",
    sender=frm("miyaji"), to=[SR, KIKIN],
    subject="死亡退職に伴う遺族一時金の手続きについて",
    body="""田辺先生
日本産業企業年金基金 給付課 ご担当者様

お世話になっております。日の出産業の宮路です。
在職中に亡くなった社員について、遺族一時金と社会保険の手続きを並行して
進めたく、両者に同時にご連絡しております。

　氏名：故 室伏 正人（ムロフシ マサト）
　生年月日：1971年9月9日
　死亡日（退職日）：2026年11月21日

ご遺族（配偶者）への書類送付は当社経由でお願いいたします。
必要書類のリストをそれぞれお送りいただけますでしょうか。
""" + sig("miyaji"),
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["multiple_external_domains", "personal_data"],
    note="社外2者へ1名の氏名・生年月日: 2組織・5名未満・死因の記載なし",
))

# ================================================================ either
# ---------------------------------------------------------------- 098
M.append(dict(
    id="taishoku-098", charset="iso-2022-jp",
    sender=frm("kubo"), to=[SR2],
    subject="雇用保険被保険者番号の照会結果",
    body="""森下様

お世話になっております。久保です。
お問い合わせいただいた件、当社の記録を確認しました。

　氏名：一尺八寸 瞳（カマツカ ヒトミ）
　生年月日：昭和62年2月14日
　雇用保険被保険者番号：5012-438816-3
　資格取得日：平成22年4月1日

前職の番号と統合が必要とのことでしたら、本人確認書類の写しを用意します。
""" + sig("kubo", 1),
    expect="either", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="雇用保険被保険者番号は規則2の列挙外だが社会保険の識別番号に近い: 判断が分かれる",
))

# ---------------------------------------------------------------- 099
_rows = [R[0], R[2], R[8], R[18], R[24]]
_l = "\n".join(f"　{p.dept}　{p.name}　（{2026 - int(p.dob[:4]) - 22}年勤続）　2026年9月30日付" for p in _rows)
M.append(dict(
    id="taishoku-099", charset="shift_jis",
    sender=frm("iwanaga"), to=[INSATSU],
    subject="社内報12月号 原稿（退職者紹介）",
    body=f"""錦印刷 松尾様

お世話になっております。岩永です。
社内報12月号の「退職者紹介」欄の原稿です。レイアウトは前号と同じでお願いします。

{_l}

写真は別途データ便でお送りします。
""" + sig("iwanaga", 1),
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="5名の氏名・部署・退職日・勤続年数のみ（連絡先なし）を印刷会社へ: 人の一覧か判断が分かれる",
))

# ---------------------------------------------------------------- 100
M.append(dict(
    id="taishoku-100", charset="utf-8",
    sender=frm("saeki"), to=[NEXT],
    subject="面談時のご配慮のお願い",
    body="""柏木様

お世話になっております。佐伯です。
来週面談予定の月見里 浩二さんですが、退職前から体調を崩しがちで、
長時間の面談は負担になるかもしれません。
初回は1時間程度にとどめていただけますと助かります。

よろしくお願いいたします。
""" + sig("saeki", 1),
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="特定個人の「体調を崩しがち」という曖昧な健康情報: 病歴と言えるか判断が分かれる",
))

MESSAGES = M
