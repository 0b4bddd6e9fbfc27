"""Blind corpus — 日の出産業 不動産事業部 (マンション管理・賃貸管理).

Written from bench/blind/BRIEF.md only. Every person, number, address and domain below is
invented (names from a seeded generator or written by hand).
"""

from __future__ import annotations

import random

from build import card_number, my_number

# -- small helpers ----------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-()/:.", "０１２３４５６７８９－（）／：．")


def zen(s: str) -> str:
    """ASCII digits and separators → full-width, as people type them."""
    return s.translate(_ZEN)


def corp_no(body12: str) -> str:
    """13-digit 法人番号 with a valid leading check digit."""
    total = 0
    for i, ch in enumerate(reversed(body12), start=1):
        total += int(ch) * (1 if i % 2 else 2)
    return str(9 - total % 9) + body12


def pad(s: str, width: int, fill: str = " ") -> str:
    """Pad to a display width (full-width characters count 2)."""
    w = sum(2 if ord(c) > 0x2E7F else 1 for c in s)
    return s + fill * max(0, width - w)


def zpad(s: str, width: int) -> str:
    """Pad with full-width spaces to `width` characters."""
    return s + "\u3000" * max(0, width - len(s))


SEI = [("小鳥遊", "タカナシ", "Takanashi"), ("四月一日", "ワタヌキ", "Watanuki"),
       ("勅使河原", "テシガワラ", "Teshigawara"), ("薬師寺", "ヤクシジ", "Yakushiji"),
       ("鬼頭", "キトウ", "Kito"), ("百目鬼", "ドウメキ", "Domeki"),
       ("九十九", "ツクモ", "Tsukumo"), ("御手洗", "ミタライ", "Mitarai"),
       ("長宗我部", "チョウソカベ", "Chosokabe"), ("甲斐", "カイ", "Kai"),
       ("乙部", "オトベ", "Otobe"), ("柘植", "ツゲ", "Tsuge"),
       ("漆原", "ウルシバラ", "Urushibara"), ("榊", "サカキ", "Sakaki"),
       ("比嘉", "ヒガ", "Higa"), ("知念", "チネン", "Chinen"),
       ("与那覇", "ヨナハ", "Yonaha"), ("栗栖", "クリス", "Kurisu"),
       ("鵜飼", "ウカイ", "Ukai"), ("苫米地", "トマベチ", "Tomabechi"),
       ("鰐淵", "ワニブチ", "Wanibuchi"), ("左右田", "ソウダ", "Soda"),
       ("阿久津", "アクツ", "Akutsu"), ("五味", "ゴミ", "Gomi"),
       ("六車", "ムグルマ", "Muguruma"), ("八木沢", "ヤギサワ", "Yagisawa"),
       ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"),
       ("高橋", "タカハシ", "Takahashi"), ("田中", "タナカ", "Tanaka"),
       ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
       ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
       ("山本", "ヤマモト", "Yamamoto"), ("加藤", "カトウ", "Kato"),
       ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
       ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
       ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
       ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
       ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
       ("藤原", "フジワラ", "Fujiwara"), ("岡田", "オカダ", "Okada"),
       ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"),
       ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
       ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
       ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
       ("福田", "フクダ", "Fukuda"), ("三浦", "ミウラ", "Miura"),
       ("岡本", "オカモト", "Okamoto"), ("中川", "ナカガワ", "Nakagawa"),
       ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"),
       ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"),
       ("和田", "ワダ", "Wada"), ("石井", "イシイ", "Ishii"),
       ("大塚", "オオツカ", "Otsuka"), ("雲母", "キララ", "Kirara"),
       ("舘", "タチ", "Tachi"), ("嘉手納", "カデナ", "Kadena"),
       ("一尺八寸", "カマツカ", "Kamatsuka"), ("月見里", "ヤマナシ", "Yamanashi"),
       ("五十嵐", "イガラシ", "Igarashi"), ("猪狩", "イガリ", "Igari"),
       ("釜萢", "カマヤチ", "Kamayachi"), ("目黒", "メグロ", "Meguro"),
       ("笠原", "カサハラ", "Kasahara"), ("芦名", "アシナ", "Ashina"),
       ("宍戸", "シシド", "Shishido"), ("蔀", "シトミ", "Shitomi"),
       ("纐纈", "コウケツ", "Koketsu"), ("温井", "ヌクイ", "Nukui")]

MEI = [("美咲", "ミサキ", "Misaki"), ("翔太", "ショウタ", "Shota"), ("陽菜", "ヒナ", "Hina"),
       ("蓮", "レン", "Ren"), ("悠人", "ユウト", "Yuto"), ("結衣", "ユイ", "Yui"),
       ("健一", "ケンイチ", "Kenichi"), ("和子", "カズコ", "Kazuko"), ("正男", "マサオ", "Masao"),
       ("節子", "セツコ", "Setsuko"), ("昭", "アキラ", "Akira"),
       ("敏行", "トシユキ", "Toshiyuki"), ("恵美子", "エミコ", "Emiko"),
       ("千尋", "チヒロ", "Chihiro"), ("直樹", "ナオキ", "Naoki"), ("彩花", "アヤカ", "Ayaka"),
       ("隆", "タカシ", "Takashi"), ("幸子", "サチコ", "Sachiko"),
       ("大輔", "ダイスケ", "Daisuke"), ("麻衣", "マイ", "Mai"), ("浩二", "コウジ", "Koji"),
       ("由美", "ユミ", "Yumi"), ("誠", "マコト", "Makoto"), ("早苗", "サナエ", "Sanae"),
       ("拓海", "タクミ", "Takumi"), ("葵", "アオイ", "Aoi"),
       ("康弘", "ヤスヒロ", "Yasuhiro"), ("真由美", "マユミ", "Mayumi"),
       ("勇気", "ユウキ", "Yuki"), ("琴音", "コトネ", "Kotone"), ("義男", "ヨシオ", "Yoshio"),
       ("トメ", "トメ", "Tome"), ("清", "キヨシ", "Kiyoshi"), ("紗希", "サキ", "Saki"),
       ("圭介", "ケイスケ", "Keisuke"), ("菜々子", "ナナコ", "Nanako"),
       ("光太郎", "コウタロウ", "Kotaro"), ("ひとみ", "ヒトミ", "Hitomi"),
       ("忠", "タダシ", "Tadashi"), ("久美子", "クミコ", "Kumiko")]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]

TOWNS = [("東京都", "世田谷区", "桜丘"), ("東京都", "杉並区", "高円寺南"),
         ("東京都", "江東区", "東雲"), ("東京都", "練馬区", "石神井町"),
         ("神奈川県", "川崎市中原区", "新丸子東"), ("神奈川県", "横浜市港北区", "日吉本町"),
         ("埼玉県", "さいたま市浦和区", "常盤"), ("千葉県", "船橋市", "前原西"),
         ("千葉県", "市川市", "南八幡"), ("東京都", "大田区", "北千束"),
         ("神奈川県", "相模原市南区", "相模大野"), ("東京都", "府中市", "紅葉丘"),
         ("北海道", "札幌市豊平区", "月寒東"), ("大阪府", "豊中市", "上野坂"),
         ("静岡県", "浜松市中央区", "佐鳴台"), ("福岡県", "福岡市早良区", "西新")]

KANJI_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]


def wareki(y: int, m: int, d: int, style: str = "long") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, e, short = "令和", y - 2018, "R"
    elif (y, m, d) >= (1989, 1, 8):
        era, e, short = "平成", y - 1988, "H"
    else:
        era, e, short = "昭和", y - 1925, "S"
    if style == "short":
        return f"{short}{e}.{m}.{d}"
    return f"{era}{'元' if e == 1 else e}年{m}月{d}日"


class P:
    """One invented person."""

    def __init__(self, rng: random.Random, i: int):
        self.sei, self.sei_k, self.sei_r = rng.choice(SEI)
        self.mei, self.mei_k, self.mei_r = rng.choice(MEI)
        self.name = f"{self.sei} {self.mei}"
        self.name_nosp = f"{self.sei}{self.mei}"
        self.kana = f"{self.sei_k} {self.mei_k}"
        self.romaji = f"{self.mei_r} {self.sei_r}"
        self.mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
        area = rng.choice(["03", "044", "045", "048", "047", "042"])
        if len(area) == 2:
            self.tel = f"{area}-{rng.randrange(3000, 6999)}-{rng.randrange(1000, 9999)}"
        else:
            self.tel = f"{area}-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"
        sep = rng.choice([".", "_", ""])
        self.email = (f"{self.sei_r.lower()}{sep}{self.mei_r.lower()[:rng.randrange(1, 5)]}"
                      f"{rng.randrange(10, 99)}@{rng.choice(FREEMAIL)}")
        self.by, self.bm, self.bd = rng.randrange(1938, 2003), rng.randrange(1, 13), rng.randrange(1, 29)
        self.dob = f"{self.by}/{self.bm:02d}/{self.bd:02d}"
        self.dob_w = wareki(self.by, self.bm, self.bd)
        self.dob_s = wareki(self.by, self.bm, self.bd, "short")
        self.age = 2026 - self.by
        pref, city, town = rng.choice(TOWNS)
        self.addr = (f"{pref}{city}{town}{rng.randrange(1, 9)}-{rng.randrange(1, 30)}-"
                     f"{rng.randrange(1, 20)}")
        self.zip = f"{rng.randrange(100, 400)}-{rng.randrange(1000, 9999)}"
        self.room = f"{rng.randrange(1, 12)}{rng.randrange(1, 9):02d}"
        self.acct = f"{rng.randrange(1000000, 9999999)}"
        self.i = i


def people(seed: int, n: int) -> list[P]:
    rng = random.Random(f"condo-{seed}")
    out: list[P] = []
    rooms: set[str] = set()
    while len(out) < n:
        p = P(rng, len(out))
        if p.room in rooms:
            continue
        rooms.add(p.room)
        out.append(p)
    return out


def low_rooms(ps: list[P], floors: int, seed: int) -> list[P]:
    """Re-number rooms for a low-rise building (e.g. コーポ若葉 2F, メゾン朝霧 5F)."""
    rng = random.Random(f"rooms-{seed}")
    used: set[str] = set()
    for p in ps:
        while True:
            room = f"{rng.randrange(1, floors + 1)}{rng.randrange(1, 9):02d}"
            if room not in used:
                used.add(room)
                p.room = room
                break
    return ps


DISCLAIMER = (
    "※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
    "送信者にご連絡のうえ削除してください。\n"
    "This e-mail and any attachments may contain confidential information. If you are "
    "not the intended recipient, please notify the sender and delete it."
)


def sig(name: str, team: str, mail: str, tel: str = "03-5437-8210", fax: str = "03-5437-8219",
        disclaimer: bool = False) -> str:
    s = (f"\n--\n日の出産業株式会社 不動産事業部 {team}\n{name}\n"
         f"〒141-0031 東京都品川区西五反田七丁目22番17号 日の出五反田ビル4F\n"
         f"TEL {tel} / FAX {fax}\nMail: {mail}\n")
    if disclaimer:
        s += "\n" + DISCLAIMER + "\n"
    return s


def sig_short(name: str, mail: str) -> str:
    return f"\n日の出産業（株）不動産事業部　{name}\n{mail}　内線 4{len(name)}27\n"


MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
# 001-020
# ---------------------------------------------------------------------------------------

_p = people(1, 6)
_rows = "\n".join(
    f"{pad(p.room + '号室', 9)}{pad(p.name, 16)}{pad(m, 20)}{pad(a, 11)}{p.mobile}"
    for p, m, a in zip(_p,
                       ["R7.10～R8.7(10ヶ月)", "R8.1～R8.7(7ヶ月)", "R7.6～R8.7(14ヶ月)",
                        "R8.2～R8.7(6ヶ月)", "R7.12～R8.7(8ヶ月)", "R8.3～R8.7(5ヶ月)"],
                       ["286,000", "197,400", "411,600", "171,000", "226,400", "142,500"]))
MESSAGES.append({
    "id": "condo-001", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "桐生 真一 <kiryu.s@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 川端先生 <kawabata@shirakawa-law.jp>"],
    "subject": "サンライズ桜ヶ丘管理組合 管理費等滞納者の件（支払督促のご相談）",
    "body": f"""白川法律事務所
川端先生

いつも大変お世話になっております。
日の出産業 不動産事業部の桐生でございます。

先日の理事会（8月23日開催）にて、下記滞納者について
支払督促の申立てを先生にご依頼する方向で承認が得られました。
現時点の滞納状況をお送りいたしますので、ご確認をお願いいたします。

部屋番号 氏名            滞納期間            滞納額(円) 連絡先
--------------------------------------------------------------------------
{_rows}
--------------------------------------------------------------------------
※滞納額は管理費・修繕積立金・駐車場使用料の合計、遅延損害金は含みません。

督促状（内容証明）は6月と7月に2回送付済みで、いずれも応答がございません。
必要な書類（管理規約、総会議事録、督促の記録）は別途お送りいたします。

よろしくお願いいたします。
{sig("桐生 真一", "マンション管理課", "kiryu.s@hinode-sangyo.co.jp")}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six delinquent owners (name, room, arrears, mobile) in a space-padded table to the law firm",
})

_p = people(2, 14)
_head = ["部屋番号", "区分所有者氏名", "フリガナ", "送付先住所", "郵便番号", "電話番号", "議決権数"]
_rows2 = [[p.room, p.name, p.kana, p.addr, p.zip, p.tel if k % 3 else p.mobile, 1]
          for k, p in enumerate(_p)]
MESSAGES.append({
    "id": "condo-002", "expect": "stop", "charset": "utf-8",
    "sender": "百瀬 恭子 <momose.k@hinode-sangyo.co.jp>",
    "to": ["錦印刷 宛名印刷受付 <atena@nishiki-insatsu.co.jp>"],
    "subject": "【宛名印刷】ヒノデパレス中原 第28回通常総会 招集通知 封筒",
    "body": f"""錦印刷株式会社
宛名印刷ご担当 様

お世話になっております。日の出産業の百瀬です。

ヒノデパレス中原 第28回通常総会の招集通知の封筒宛名印刷をお願いします。
区分所有者名簿（送付先住所）をExcelで添付しました。
「送付先」シートの全件が対象です。外部居住の所有者様が多いため
郵便番号の桁落ちがないかだけご注意ください。

・封筒：長3 窓なし、差出人は管理組合名で印字
・納期：9月12日（金）午前着
・数量：名簿の全件＋予備10枚

どうぞよろしくお願いいたします。
{sig("百瀬 恭子", "マンション管理課", "momose.k@hinode-sangyo.co.jp")}""",
    "attachments": [{
        "kind": "xlsx", "name": "ヒノデパレス中原_区分所有者名簿_2026.xlsx",
        "sheets": {
            "送付先": [["ヒノデパレス中原管理組合　区分所有者名簿（令和8年8月末現在）"], [],
                       _head] + _rows2,
            "変更履歴": [["日付", "部屋", "内容"],
                         ["2026/05/12", _p[3].room, "所有者変更（売買）"],
                         ["2026/07/01", _p[7].room, "送付先住所変更"]],
        }}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "owners' register (14 rows: name, kana, address, phone) in an XLSX with a title row, to the printer",
})

_p = low_rooms(people(3, 8), 2, 3)
_csv = [["契約番号", "物件名", "部屋", "契約者氏名", "カナ", "生年月日", "携帯電話", "勤務先", "月額賃料"]]
for k, p in enumerate(_p):
    _csv.append([f"HS-{26080 + k * 7}", "コーポ若葉" if k % 2 else "メゾン朝霧", p.room,
                 p.name_nosp, p.kana, p.dob, p.mobile,
                 ["(株)東和精機", "さくら保育園", "自営業", "医療法人清風会", "(有)丸辰運送",
                  "学生", "派遣（テクノスタッフ）", "無職（年金）"][k], 58000 + k * 3500])
MESSAGES.append({
    "id": "condo-003", "expect": "stop", "charset": "cp932",
    "sender": "東海林 翠 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["あんしん家賃保証 業務部 <gyomu@anshin-yachin.co.jp>"],
    "subject": "9月分 保証契約 更新対象者リスト送付",
    "body": f"""あんしん家賃保証株式会社
業務部 ご担当者様

いつもお世話になっております。
日の出産業 賃貸管理課の東海林です。

10月に保証契約の更新を迎える賃借人の一覧をCSVでお送りします。
更新保証料の請求書は従来どおり弊社宛にお願いいたします。

ご不明点がございましたらご連絡ください。
{sig("東海林 翠", "賃貸管理課", "shoji.m@hinode-sangyo.co.jp", disclaimer=True)}""",
    "attachments": [{"kind": "csv", "name": "hosho_koushin_202610.csv", "encoding": "cp932",
                     "rows": _csv}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "eight tenants with date of birth, mobile and employer in a CP932 CSV to the rent guarantor",
})

MESSAGES.append({
    "id": "condo-004", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "宇佐美 拓 <usami.t@hinode-sangyo.co.jp>",
    "to": ["おもいで整理サービス 現地調査係 <genchi@omoide-seiri.jp>"],
    "subject": "コーポ若葉 203号室 特殊清掃・残置物撤去のお見積り依頼",
    "body": """おもいで整理サービス
現地調査ご担当 様

日の出産業 賃貸管理課の宇佐美でございます。
先ほどお電話した件、メールでも状況をお送りします。

物件：コーポ若葉 203号室（千葉県船橋市前原西三丁目）
賃借人：釜萢 義男 様（昭和２１年生、７９歳、単身）

８月２９日、新聞が溜まっているとの近隣の方からの連絡で室内を確認したところ、
釜萢様がお亡くなりになっているのを発見しました。警察の検案では
死後およそ１０日、持病の糖尿病と慢性腎不全で通院中だったとのことで、
死因は虚血性心疾患とのことです。

ご遺族（長女 釜萢 久美子 様、090-3318-6072）からは
残置物の撤去と特殊清掃について弊社に一任するとのご了承をいただいています。
鍵は弊社で保管していますので、現地調査の候補日をいくつかいただけますでしょうか。

よろしくお願いいたします。

日の出産業株式会社 不動産事業部 賃貸管理課
宇佐美 拓
TEL 03-5437-8214（直通）
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "solitary death: the named tenant's diabetes/renal failure and cause of death, plus the daughter's mobile, to a cleaning contractor",
})

MESSAGES.append({
    "id": "condo-005", "expect": "stop", "charset": "utf-8",
    "sender": "百瀬 恭子 <momose.k@hinode-sangyo.co.jp>",
    "to": ["sakaki.tadashi58@gmail.com", "y-igari_1102@yahoo.co.jp",
           "kirara.home@icloud.com"],
    "cc": ["kiryu.s@hinode-sangyo.co.jp"],
    "subject": "Re: 夜間の足音について（ご相談への回答）",
    "body": """皆様

いつもお世話になっております。
サンライズ桜ヶ丘 管理会社の日の出産業 百瀬でございます。

先日ご連名でいただいた夜間の生活音に関するご相談について、
管理組合とも協議のうえ、以下のとおり対応させていただきます。

・9月1日より、全戸に「生活音に関するお願い」を配布し、掲示板にも掲出します。
・特定の住戸を名指しする対応は行いませんので、ご了承ください。
・引き続き音が気になる場合は、日時と状況を記録のうえ管理室までお知らせください。

ご不便をおかけしますが、何卒よろしくお願いいたします。

日の出産業株式会社 不動産事業部 マンション管理課
百瀬 恭子
TEL 03-5437-8210
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "three residents on free mail addressed together in To: they see each other's addresses, should have been Bcc",
})

_p = people(6, 7)
_cars = ["トヨタ プリウス 白", "ホンダ N-BOX 黒", "日産 セレナ 銀", "スバル フォレスター 紺",
         "マツダ CX-5 赤", "ダイハツ タント 白", "トヨタ アルファード 黒"]
_plates = ["品川 330 さ 12-48", "練馬 580 あ 70-03", "世田谷 300 ほ 4-19", "品川 331 ね 88-21",
           "多摩 302 り 15-60", "杉並 580 う 3-07", "世田谷 330 め 61-92"]
_tsv = "区画\t部屋\t契約者\t車種・色\t登録番号\t携帯\n" + "\n".join(
    f"P-{k + 1:02d}\t{p.room}\t{p.name}\t{c}\t{pl}\t{p.mobile}"
    for k, (p, c, pl) in enumerate(zip(_p, _cars, _plates)))
MESSAGES.append({
    "id": "condo-006", "expect": "stop", "charset": "utf-8",
    "sender": "磯崎 由紀 <isozaki.y@hinode-sangyo.co.jp>",
    "to": ["パークロード 運営管理部 <unei@parkroad.co.jp>"],
    "subject": "サンライズ桜ヶ丘 機械式駐車場 契約者一覧（ゲート更新用）",
    "body": f"""パークロード株式会社
運営管理部 ご担当者様

お世話になっております。日の出産業の磯崎です。
ゲートリモコン更新作業に必要とのことでしたので、現在の契約者一覧を貼り付けます。
（Excelからそのままコピーしています）

{_tsv}

作業当日に不在の方へは、弊社から個別にご連絡いたします。
よろしくお願いいたします。

磯崎
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "seven parking contractors (name, plate, mobile) pasted tab-separated into the body to the parking operator",
})

_p = people(7, 5)
_days = ["9/6(土) 10:00", "9/6(土) 13:30", "9/7(日) 10:00", "9/9(火) 18:30", "9/13(土) 11:00"]
_blocks = "\n\n".join(
    f"■{k + 1}件目\n　物件・部屋：パークサイド東雲 {p.room}号室\n　入居者　　：{p.name} 様（{p.kana}）\n"
    f"　受渡し日時：{d}\n　連絡先　　：{zen(p.mobile)}\n　備考　　　：{b}"
    for k, (p, d, b) in enumerate(zip(_p, _days, ["ディンプルキー2本", "カードキー＋ディンプル",
                                                  "管理人立会い不要", "夜間のため玄関前で",
                                                  "代理人（ご両親）受取"])))
MESSAGES.append({
    "id": "condo-007", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "蓮見 さやか <hasumi.s@hinode-sangyo.co.jp>",
    "to": ["キーステーション 予約センター <yoyaku@keystation.jp>"],
    "subject": "【鍵交換・受渡し】パークサイド東雲 9月新規入居分 5件",
    "body": f"""キーステーション株式会社
予約センター 御中

いつもお世話になっております。日の出産業 賃貸管理課の蓮見です。
9月の新規入居分、シリンダー交換後の鍵受け渡しを下記のとおりお願いします。

{_blocks}

当日の鍵受領書は入居者様の署名をいただいた上で弊社へご返送ください。
以上、よろしくお願いいたします。
{sig("蓮見 さやか", "賃貸管理課", "hasumi.s@hinode-sangyo.co.jp")}""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five new tenants, one block each (name, kana, full-width mobile), to the locksmith",
})

_p = low_rooms(people(8, 6), 5, 8)
_tr = "\n".join(
    f"<tr><td>{d}</td><td>{p.room}</td><td>{p.name}</td><td>{p.mobile}</td><td>{w}</td></tr>"
    for p, d, w in zip(_p, ["9/2 10:00", "9/2 14:00", "9/4 10:00", "9/5 15:00", "9/8 10:00",
                           "9/8 13:00"],
                       ["1K", "1LDK", "1K", "2DK", "1K", "1LDK ペット可"]))
MESSAGES.append({
    "id": "condo-008", "expect": "stop", "charset": "utf-8",
    "sender": "宇佐美 拓 <usami.t@hinode-sangyo.co.jp>",
    "to": ["大岡リフォーム 工事課 <koji@reform-ooka.co.jp>"],
    "subject": "9月 退去立会いスケジュール（メゾン朝霧）",
    "html": f"""<html><body>
<p>大岡リフォーム株式会社<br>工事課 御中</p>
<p>お世話になっております。日の出産業の宇佐美です。<br>
9月前半のメゾン朝霧 退去立会い予定です。原状回復の見積りのため、同行をお願いします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>立会日時</th><th>部屋</th><th>退去者</th><th>携帯</th><th>間取り</th></tr>
{_tr}
</table>
<p>当日連絡がつかない場合は上記携帯へ直接お電話いただいて構いません。</p>
<p>日の出産業株式会社 不動産事業部 賃貸管理課<br>宇佐美 拓<br>TEL 03-5437-8214</p>
</body></html>""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail: six leaving tenants with mobiles in a table, to the renovation contractor",
})

_mn = my_number(9)
MESSAGES.append({
    "id": "condo-009", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "蓮見 さやか <hasumi.s@hinode-sangyo.co.jp>",
    "to": ["早坂税理士事務所 <office@tax-hayasaka.jp>"],
    "subject": "不動産の使用料等の支払調書 作成用 貸主情報",
    "body": f"""早坂税理士事務所
早坂先生

お世話になっております。日の出産業の蓮見です。
法人借上げ（社宅）物件の支払調書作成に必要な貸主様の情報をお送りします。

　貸主氏名：温井 光太郎
　住所　　：神奈川県横浜市港北区日吉本町３－１４－８
　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　物件　　：グランフォレスト日の出台 ７０５号室
　年間賃料：１，６８０，０００円

番号確認書類（通知カード写し）は別途郵送いたします。
よろしくお願いいたします。

蓮見
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a landlord's My Number with name and address sent to the external tax accountant",
})

MESSAGES.append({
    "id": "condo-010", "expect": "stop", "charset": "cp932",
    "sender": "東海林 翠 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["ライフガード保証 審査課 <shinsa@lifeguard-hosho.jp>"],
    "subject": "審査依頼：メゾン朝霧 302号室 申込者 本人確認情報",
    "body": """ライフガード保証株式会社
審査課 ご担当者様

日の出産業の東海林です。先ほどFAXした申込書が一部判読しづらいとのことでしたので、
本人確認書類の記載内容を転記してお送りします。

申込者：芦名 琴音（アシナ コトネ）
生年月日：平成10年2月17日
現住所：東京都練馬区石神井町5-11-3 シャトー石神井202
携帯：080-7712-3094
本人確認書類：運転免許証　番号 305418662310（令和11年3月17日まで有効）
勤務先：株式会社ミナト広告（勤続3年、年収約380万円）

緊急連絡先は母（芦名 ひとみ様）で、申込書記載のとおりです。
審査結果は本日中にいただけますと幸いです。
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
                 "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "one applicant's driver's licence number (identity document) with DOB and address to the guarantor",
})

MESSAGES.append({
    "id": "condo-011", "expect": "stop", "charset": "utf-8",
    "sender": "Sayaka Hasumi <hasumi.s@hinode-sangyo.co.jp>",
    "to": ["Global Rent Guarantee Screening <screening@global-rent-guarantee.com>"],
    "subject": "Application: Park Side Shinonome #1104 / applicant residence card",
    "body": """Dear Screening Team,

This is Hasumi from Hinode Sangyo, rental management.
Please find below the details of the applicant for Park Side Shinonome, room 1104.
He has not received a Japanese phone contract yet, so please contact him by e-mail.

  Name:            NGUYEN VAN THANH (グエン ヴァン タイン)
  Date of birth:   1996-08-14
  Residence card:  UH48201937KQ  (status: Engineer/Specialist in Humanities, valid to 2029-04-30)
  E-mail:          thanh.nv.jp@gmail.com
  Employer:        Tsubame Software K.K. (since 2026-04)

The application form and the copy of the card are in our system (case no. GR-26-0917).
Could you let us know the result by Friday?

Best regards,
Sayaka Hasumi
Rental Management Section, Real Estate Division
Hinode Sangyo Co., Ltd.
+81-3-5437-8210
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "English mail carrying a foreign applicant's residence card number to an external guarantor",
})

MESSAGES.append({
    "id": "condo-012", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "八十島 亮 <yasojima.r@hinode-sangyo.co.jp>",
    "to": ["百瀬 恭子 <momose.k@hinode-sangyou.co.jp>"],
    "subject": "理事会資料（第3回）の確認",
    "body": """百瀬さん

お疲れさまです。八十島です。
来週のヒノデパレス中原 第3回理事会の資料、ざっと目を通しました。

・長期修繕計画の見直し案は、前回指摘の外壁タイル補修の単価を反映してください
・エレベーター更新は2社比較の表を1枚にまとめた方が理事さんに伝わると思います
・議事録案の「次回開催日」が空欄です

修正できたらもう一度回してください。
よろしく。

八十島
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "meant for a colleague but addressed to hinode-sangyou.co.jp, a one-letter look-alike of the own domain",
})

_p13 = people(13, 1)[0]
MESSAGES.append({
    "id": "condo-013", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "桐生 真一 <kiryu.s@hinode-sangyo.co.jp>",
    "to": ["川端 <kawabata@shirakawa-Iaw.jp>"],
    "subject": "Re: 支払督促 申立書の記載事項について",
    "body": f"""川端先生

お世話になっております。日の出産業の桐生です。
ご質問の相手方の送達先について、登記簿上の住所と異なるため、
現在判明している住所をお知らせします。

　相手方：{_p13.name}（{_p13.room}号室 区分所有者）
　送達先：{_p13.addr}
　携帯　：{_p13.mobile}

よろしくお願いいたします。

桐生
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "partner law firm's domain spelled with a capital I instead of l (shirakawa-Iaw.jp): homoglyph look-alike",
})

MESSAGES.append({
    "id": "condo-014", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "百瀬 恭子 <momose.k@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 五反田支店 法人営業 <hojin-gotanda@midori-ginkou.co.jp>"],
    "subject": "管理組合口座 収納代行の切替スケジュールについて",
    "body": """みどり銀行 五反田支店
法人営業ご担当 様

いつもお世話になっております。日の出産業の百瀬です。

グランフォレスト日の出台管理組合の管理費等の口座振替について、
11月引落分から新しい収納代行サービスへ切り替えたく、
スケジュールのご相談をさせてください。

1. 新規の預金口座振替依頼書の回収期限（各戸配布は9月中旬予定）
2. 10月振替分までの従来方式との並行期間
3. 振替結果データの受け渡し方法

来週どこかで30分ほどお時間をいただけますでしょうか。

日の出産業株式会社 不動産事業部 マンション管理課
百瀬 恭子
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "bank partner midori-ginko.co.jp misspelled as midori-ginkou.co.jp: look-alike domain",
})

MESSAGES.append({
    "id": "condo-015", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "東海林 翠 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["あんしん家賃保証 代位弁済係 <daiben@anshin-yachin.co.jp>"],
    "subject": "代位弁済請求 8月分（賃借人一覧）",
    "body": """あんしん家賃保証株式会社
代位弁済係 ご担当者様

日の出産業 賃貸管理課の東海林です。
8月分の代位弁済請求の対象賃借人一覧をお送りします。
パスワード付きZIPにしていますので、パスワードは別メールにてお送りします。

よろしくお願いいたします。
""",
    "attachments": [{"kind": "zip", "name": "daiben_202608.zip", "password": "Hs2026#0831",
                     "files": [{"kind": "csv", "name": "daiben_202608.csv",
                                "rows": [["部屋", "氏名", "滞納額"],
                                         ["101", "鬼頭 隆", "64000"],
                                         ["205", "甲斐 由美", "128000"]]}]}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP): the attachment cannot be inspected",
})

MESSAGES.append({
    "id": "condo-016", "expect": "stop", "charset": "utf-8",
    "sender": "桐生 真一 <kiryu.s@hinode-sangyo.co.jp>",
    "to": ["一尺八寸 清 <kamatsuka.kiyo@gmail.com>"],
    "subject": "第4回理事会 議事録（案）の送付",
    "body": """サンライズ桜ヶ丘管理組合
理事長 一尺八寸 様

いつもお世話になっております。日の出産業の桐生です。

先日の第4回理事会の議事録（案）をPDFでお送りします。
ファイルには閲覧用パスワードを設定しております（前回と同じものです）。
ご確認のうえ、修正点があればお知らせください。

桐生
""",
    "attachments": [{"kind": "pdf", "name": "第4回理事会議事録_案.pdf", "password": "sakura2026",
                     "lines": ["サンライズ桜ヶ丘管理組合 第4回理事会 議事録（案）",
                               "日時：令和8年8月23日 19:00～20:45", "場所：集会室",
                               "1. 管理費等滞納者への対応について", "2. 駐輪場の整理について"]}],
    "entities": [],
    "detectors": ["unscannable_attachment", "freemail_recipient"],
    "note": "password-protected PDF minutes to the board chair's gmail: unreadable attachment",
})

MESSAGES.append({
    "id": "condo-017", "expect": "stop", "charset": "cp932",
    "sender": "不破 健吾 <fuwa.k@hinode-sangyo.co.jp>",
    "to": ["東光設備工業 工務部 <komu@toko-setsubi.co.jp>"],
    "subject": "排水管高圧洗浄 在宅確認表の送付",
    "body": """東光設備工業株式会社
工務部 御中

お世話になっております。日の出産業 建物保全課の不破です。
メゾン朝霧の排水管高圧洗浄について、在宅確認表をお送りします。
不在住戸は当日管理人が立ち会います。

よろしくお願いいたします。

不破 健吾
日の出産業株式会社 不動産事業部 建物保全課
TEL 03-5437-8216
""",
    "attachments": [{"kind": "corrupt", "name": "在宅確認表_メゾン朝霧.xlsx"}],
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be read",
})

MESSAGES.append({
    "id": "condo-018", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "八十島 亮 <yasojima.r@hinode-sangyo.co.jp>",
    "to": ["長谷川 正男 <m.hasegawa1951@yahoo.co.jp>"],
    "subject": "修繕積立金の見直し案について",
    "body": """グランフォレスト日の出台管理組合
理事長 長谷川 様

いつもお世話になっております。日の出産業の八十島でございます。

先日ご依頼いただいた修繕積立金の改定シミュレーションを添付いたします。
段階増額案（A案）と一括増額案（B案）の２案で作成しております。
次回理事会でご説明できるよう準備いたしますので、
事前にお目通しいただけますと幸いです。

八十島
""",
    "attachments": [{"kind": "pdf", "name": "修繕積立金改定シミュレーション.pdf",
                     "page_header": "取扱注意　日の出産業株式会社 不動産事業部",
                     "lines": ["グランフォレスト日の出台 修繕積立金 改定シミュレーション",
                               "前提：長期修繕計画（令和7年度見直し版）、総戸数86戸",
                               "A案：5年ごとに段階増額（現行 210円/㎡ → 令和18年 340円/㎡）",
                               "B案：令和9年度に一括で 310円/㎡ へ改定",
                               "参考：当社管理の同規模物件平均 287円/㎡（社内資料）"],
                     "table": [["年度", "A案 残高(千円)", "B案 残高(千円)"],
                               ["R9", "48,200", "61,900"], ["R12", "52,700", "88,400"],
                               ["R15", "31,900", "74,100"], ["R18", "66,300", "102,600"]]}],
    "entities": [],
    "detectors": ["confidential_marking", "freemail_recipient"],
    "note": "the body is ordinary; only the attached PDF carries a 取扱注意 page header",
})

MESSAGES.append({
    "id": "condo-019", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "八十島 亮 <yasojima.r@hinode-sangyo.co.jp>",
    "to": ["織田マンション管理士事務所 織田 <oda@kanrishi-oda.jp>"],
    "subject": "【社外秘】管理委託契約 更新条件（当社提示案）",
    "body": """織田先生

いつもお世話になっております。日の出産業の八十島です。

パークサイド東雲管理組合の管理委託契約更新にあたり、
当社からの提示条件を下記のとおりまとめました。
管理組合への正式提示前ですので、お取り扱いにご注意ください。

1. 委託管理費：月額 1,148,000円（税別）→ 1,226,000円（税別）
2. 管理員勤務：週5日 9:00～17:00 → 週5日 9:00～16:00
3. 清掃：日常清掃を外部委託（クリーンメイト社）へ変更
4. 緊急対応：24時間コールセンター（現行どおり）

以上、ご意見をいただけますと幸いです。

八十島
""",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "subject stamped 【社外秘】 on a mail to an outside consultant",
})

MESSAGES.append({
    "id": "condo-020", "expect": "stop", "charset": "utf-8",
    "sender": "桐生 真一 <kiryu.s@hinode-sangyo.co.jp>",
    "to": ["白川法律事務所 <info@shirakawa-law.jp>"],
    "subject": "迷惑行為への対応方針（案）ご確認のお願い",
    "body": """白川法律事務所 御中

いつもお世話になっております。日の出産業の桐生です。

共用部へのゴミ放置や夜間の大声など、迷惑行為が続く住戸への
管理会社としての対応フローを文書にまとめました。
規約上の根拠と、使用禁止請求に進む場合の手順について
ご助言をいただけますでしょうか。

桐生
""",
    "attachments": [{"kind": "docx", "name": "迷惑行為対応フロー_案.docx",
                     "page_header": "部外秘",
                     "paragraphs": ["迷惑行為への対応フロー（案）",
                                    "1. 管理員による事実確認（日時・内容の記録）",
                                    "2. 注意文書の投函（全戸配布 → 個別）",
                                    "3. 理事会での審議、理事長名での勧告",
                                    "4. 区分所有法57条以下の請求の検討"],
                     "tables": [[["段階", "実施者", "目安期間"],
                                 ["事実確認", "管理員・フロント", "2週間"],
                                 ["個別注意", "フロント", "1か月"],
                                 ["勧告", "理事長", "1か月"]]]}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX whose page header is 部外秘, sent to the outside law firm",
})

# ---------------------------------------------------------------------------------------
# 021-040
# ---------------------------------------------------------------------------------------

_p = people(21, 6)
_lst = "\n".join(f"　{k + 1}．{p.name}（{p.age}）　{p.addr}　ＴＥＬ {zen(p.tel)}"
                 for k, p in enumerate(_p))
MESSAGES.append({
    "id": "condo-021", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "百瀬 恭子 <momose.k@hinode-sangyo.co.jp>",
    "to": ["防災点検サービス 営業部 <eigyo@bousai-tenken.co.jp>"],
    "subject": "FW: 合同防災訓練 参加者名簿（桜丘三丁目町会）",
    "body": f"""防災点検サービス株式会社
営業部 ご担当者様

お世話になっております。日の出産業の百瀬です。
町会さんから届いた参加者名簿を転送します。
消火器・AEDの体験コーナーの班分けにお使いください。

---------- 転送されたメッセージ ----------
差出人: 桜丘三丁目町会 防災部 <sakuragaoka3.bousai@gmail.com>
日付: 2026年8月27日(木) 21:14
件名: 合同防災訓練 参加者名簿
宛先: momose.k@hinode-sangyo.co.jp

日の出産業 百瀬様

9/27の合同防災訓練、サンライズ桜ヶ丘からの参加申込者です。
（町会で取りまとめています）

{_lst}

当日はよろしくお願いいたします。
桜丘三丁目町会 防災部長　目黒
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a forwarded neighbourhood-association mail with six residents' names, addresses and phones: forward is new text",
})

MESSAGES.append({
    "id": "condo-022", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "不破 健吾 <fuwa.k@hinode-sangyo.co.jp>",
    "to": ["大和田建装 現場代理人 保坂 <hosaka@owada-kenso.co.jp>"],
    "subject": "サンライズ桜ヶ丘 バルコニー防水工事 8階の工程について",
    "body": """大和田建装
保坂様

お世話になっております。日の出産業の不破です。
8階のバルコニー防水の工程について1点ご相談です。

803号室の小鳥遊様から、ご主人が人工透析を受けていて
火・木・土の午前中は通院で不在、帰宅後は安静にしたいので
その時間帯の高圧洗浄と臭気の出る作業は避けてほしいとのご要望がありました。
8階は月・水・金の午前に寄せていただくことは可能でしょうか。

他の住戸は工程表どおりで問題ありません。
よろしくお願いします。

不破
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a works-schedule mail that mentions in passing one named resident's husband is on dialysis (health info)",
})

MESSAGES.append({
    "id": "condo-023", "expect": "stop", "charset": "utf-8",
    "sender": "宇佐美 拓 <usami.t@hinode-sangyo.co.jp>",
    "to": ["桜丘地域包括支援センター 相談係 <soudan@houkatsu-sakuragaoka.or.jp>"],
    "subject": "ご相談：ご高齢の入居者様の見守りについて",
    "body": """桜丘地域包括支援センター
ご担当者様

突然のご連絡失礼いたします。
世田谷区桜丘でマンションの賃貸管理をしております日の出産業の宇佐美と申します。

弊社管理物件にお住まいの下記の方について、ご相談させてください。

　お名前：五十嵐 トメ 様（８８歳、独居）
　ご住所：東京都世田谷区桜丘四丁目１８番３号 サンライズ桜ヶ丘 ４０２号室
　電話　：03-3429-5170

この１か月ほど、同じ内容のお問い合わせを１日に何度もいただいたり、
夜中に共用廊下で迷われていたりすることが続いています。
ご親族の方のお話では、昨年から物忘れ外来に通院していて
アルツハイマー型認知症と診断されているとのことです。
ご本人の安全のためにも、見守りやサービスのご案内をお願いできないでしょうか。

日の出産業株式会社 不動産事業部 賃貸管理課
宇佐美 拓　TEL 03-5437-8214
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one resident's dementia diagnosis with name, address and phone to an outside care centre",
})

MESSAGES.append({
    "id": "condo-024", "expect": "stop", "charset": "cp932",
    "sender": "宇佐美 拓 <usami.t@hinode-sangyo.co.jp>",
    "to": ["ひまわり損保 事故受付センター <jiko-uketsuke@himawari-sonpo.co.jp>"],
    "subject": "事故報告：メゾン朝霧 共用部ガラス破損（侵入窃盗）",
    "body": """ひまわり損害保険株式会社
事故受付センター 御中

証券番号：MA-26-4471893（メゾン朝霧 施設賠償・建物総合）

日の出産業の宇佐美です。標記の件、第一報です。

発生日時：令和8年8月30日（日）未明
場所　　：メゾン朝霧 1階 共用廊下側の窓ガラス、および 105号室
状況　　：105号室の鵜飼 彩花 様宅に窓を割って侵入され、現金と貴金属を盗まれる
　　　　　空き巣被害に遭われました。杉並警察署が臨場し、被害届は受理済み
　　　　　（受理番号：第2608-553号）です。共用部のガラス１枚も破損しています。
鵜飼様連絡先：070-2291-8804

共用部ガラスは管理組合の保険で、住戸内の家財は鵜飼様ご自身の保険で
対応する見込みです。鑑定人の手配をお願いいたします。

宇佐美
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a named tenant who was a burglary victim (crime victim = 要配慮) reported to the insurer",
})

MESSAGES.append({
    "id": "condo-025", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "東海林 翠 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["ライフガード保証 債権管理課 <saiken@lifeguard-hosho.jp>"],
    "subject": "契約番号LG-2411-08837 賃借人の状況について",
    "body": """ライフガード保証株式会社
債権管理課 ご担当者様

日の出産業の東海林です。
標記契約の賃借人（コーポ若葉 105号室 苫米地 圭介 様）について共有いたします。

８月分の家賃が未入金のため連絡を取っていたところ、
お母様から、苫米地様が８月１８日に窃盗の容疑で逮捕され、
現在勾留中であると連絡がありました。
９月分以降の家賃支払いの見込みが立たないため、
解約手続きと残置物の扱いについて御社のご指示をいただきたく存じます。

よろしくお願いいたします。

東海林
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named tenant's arrest (criminal record / arrest = 要配慮) told to the guarantor",
})

_p = people(26, 9)
_banks = [("みどり銀行", "五反田支店"), ("みどり銀行", "蒲田支店"), ("ゆうちょ銀行", "〇一八店"),
          ("みどり銀行", "川崎支店"), ("東都信用金庫", "中原支店"), ("みどり銀行", "本店営業部"),
          ("みどり銀行", "武蔵小杉支店"), ("ゆうちょ銀行", "〇二八店"), ("みどり銀行", "大井町支店")]
_rows = [["顧客番号", "部屋", "口座名義（カナ）", "金融機関", "支店", "種目", "口座番号", "振替金額"]]
for k, (p, (b, br)) in enumerate(zip(_p, _banks)):
    _rows.append([f"{400120 + k}", p.room, p.kana.replace(" ", "　"), b, br, "普通", p.acct,
                  str(28400 + k * 1200)])
MESSAGES.append({
    "id": "condo-026", "expect": "stop", "charset": "utf-8",
    "sender": "百瀬 恭子 <momose.k@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 収納サービス課 <shuno@midori-ginko.co.jp>"],
    "subject": "ヒノデパレス中原管理組合 口座振替 新規登録分（9月）",
    "body": """みどり銀行
収納サービス課 御中

いつもお世話になっております。日の出産業の百瀬です。
標記管理組合の口座振替について、9月新規登録分のデータを添付いたします。
原本の依頼書は本日発送いたしました。

よろしくお願いいたします。

日の出産業株式会社 不動産事業部 マンション管理課 百瀬
""",
    "attachments": [{"kind": "csv", "name": "furikae_shinki_202609.csv", "encoding": "utf-8",
                     "rows": _rows}],
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "nine owners' bank accounts (kana holder name, branch, account number) in a UTF-8 CSV to the bank",
})

MESSAGES.append({
    "id": "condo-027", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "不破 健吾 <fuwa.k@hinode-sangyo.co.jp>",
    "to": ["大和田建装 保坂 <hosaka@owada-kenso.co.jp>",
           "東光設備工業 菅野 <kanno@toko-setsubi.co.jp>",
           "昇陽エレベータ 保守課 <hoshu@shoyo-elevator.co.jp>"],
    "subject": "グランフォレスト日の出台 大規模修繕 業者間調整会議のご案内",
    "body": """関係各社 ご担当者様

お世話になっております。日の出産業 建物保全課の不破です。
大規模修繕工事の着工に先立ち、業者間の調整会議を開催します。

日時：9月10日（木）14:00～15:30
場所：グランフォレスト日の出台 集会室（1階）
議題：
　・足場組立期間中のエレベーター停止日の調整
　・給水管更生工事と外壁工事の工程の重なり
　・居住者向け工事説明会（9/20）の役割分担

ご出席者のお名前を9/7までにご返信ください。

不破 健吾
日の出産業株式会社 不動産事業部 建物保全課
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three contractor companies addressed together in To: three external organisations see each other",
})

MESSAGES.append({
    "id": "condo-028", "expect": "stop", "charset": "utf-8",
    "sender": "桐生 真一 <kiryu.s@hinode-sangyo.co.jp>",
    "to": ["kamatsuka.kiyo@gmail.com", "shishido-h@yahoo.co.jp",
           "wanibuchi.makoto@icloud.com", "tsuge_sanae@docomo.ne.jp",
           "k.nukui0412@outlook.jp"],
    "subject": "第5回理事会の開催について",
    "body": """サンライズ桜ヶ丘管理組合
理事各位

いつもお世話になっております。管理会社の日の出産業 桐生です。
第5回理事会を下記のとおり開催いたします。

　日時：令和8年9月27日（日）10:00～
　場所：集会室
　議題：(1) 管理費等滞納者への法的措置の進捗
　　　　(2) 駐輪場ラック増設の見積比較
　　　　(3) 次期大規模修繕に向けた建物診断の発注

ご都合が悪い方は9月20日までにご返信ください。

桐生
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "five board members' private addresses in To: each private person is a party, all visible to each other",
})

_cc = card_number(29)
MESSAGES.append({
    "id": "condo-029", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "宇佐美 拓 <usami.t@hinode-sangyo.co.jp>",
    "to": ["ペイスマート 加盟店サポート <support@paysmart.co.jp>"],
    "subject": "退去精算金のカード決済（手入力）のお願い",
    "body": f"""ペイスマート株式会社
加盟店サポート 御中

加盟店ID：HS-0042188　日の出産業株式会社 不動産事業部

退去精算金をカードで支払いたいとの申し出が退去者様からあり、
端末の不具合で決済できなかったため、手入力での決済をお願いできますでしょうか。

　カード名義：KOJI TACHI（舘 浩二 様、メゾン朝霧 207号室 退去）
　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限　：11/29
　金額　　　：86,350円（一括）

よろしくお願いいたします。

宇佐美
""",
    "entities": ["PERSON_NAME", "CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "a leaving tenant's credit card number and expiry sent to the payment processor by mail",
})

MESSAGES.append({
    "id": "condo-030", "expect": "stop", "charset": "utf-8",
    "sender": "東海林 翠 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["あんしん家賃保証 審査部 <shinsa@anshin-yachin.co.jp>"],
    "subject": "審査書類送付：グランフォレスト日の出台 106号室",
    "body": """あんしん家賃保証株式会社
審査部 ご担当者様

日の出産業の東海林です。
標記物件の入居申込について、申込内容の転記表（Word）を添付します。
申込者は学生のため、本人確認書類は健康保険証での提出となっています。

よろしくお願いいたします。
""",
    "attachments": [{"kind": "docx", "name": "入居申込内容_106号室.docx",
                     "paragraphs": ["入居申込内容（転記）", "物件：グランフォレスト日の出台 106号室"],
                     "tables": [[["項目", "内容"],
                                 ["申込者氏名", "纐纈 陽菜（コウケツ ヒナ）"],
                                 ["生年月日", "平成18年5月30日"],
                                 ["現住所", "静岡県浜松市中央区佐鳴台2-19-6"],
                                 ["携帯電話", "090-6638-2157"],
                                 ["本人確認書類", "健康保険証（被扶養者）"],
                                 ["保険者番号", "06220371"],
                                 ["記号・番号", "記号 41-207  番号 3318 （枝番 02）"],
                                 ["連帯保証人", "父 纐纈 康弘（会社員）"]]]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER",
                 "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "DOCX table with one applicant's health-insurance 記号・番号 (identity document) to the guarantor",
})

_p = people(31, 20)
_ans = [["No", "部屋", "氏名", "在宅可能日①", "在宅可能日②", "連絡先", "備考"]]
_opts = ["10/6 午前", "10/6 午後", "10/7 午前", "10/7 午後", "10/8 終日", "10/9 午前", "不在（鍵預け）"]
for k, p in enumerate(_p):
    _ans.append([k + 1, p.room, p.name, _opts[k % 7], _opts[(k + 3) % 7],
                 p.mobile if k % 4 else p.tel, "" if k % 5 else "ペットあり"])
MESSAGES.append({
    "id": "condo-031", "expect": "stop", "charset": "utf-8",
    "sender": "不破 健吾 <fuwa.k@hinode-sangyo.co.jp>",
    "to": ["東光設備工業 菅野 <kanno@toko-setsubi.co.jp>"],
    "subject": "給水管更生工事 室内作業の在宅アンケート集計",
    "body": """東光設備工業
菅野様

お世話になっております。日の出産業の不破です。
室内作業日の在宅アンケートを集計しましたので送ります。
「回答一覧」シートが回答のあった20戸分、「未回答」シートは部屋番号のみです。
割付案ができましたらご共有ください。

不破
""",
    "attachments": [{"kind": "xlsx", "name": "在宅アンケート集計_0901.xlsx",
                     "sheets": {"集計": [["給水管更生工事 室内作業 在宅アンケート集計"],
                                         ["配布", 86], ["回答", 20], ["未回答", 66]],
                                "回答一覧": _ans,
                                "未回答": [["部屋"]] + [[f"{f}{r:02d}"] for f in range(2, 5)
                                                     for r in range(1, 6)]}}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX with a summary sheet and a 20-row sheet of residents' names and phone numbers, to a contractor",
})

_p = people(32, 8)
_body32 = "部屋番号　携帯電話　　　　　メールアドレス\n" + "―" * 30 + "\n" + "\n".join(
    f"{zen(p.room)}　　　{zen(p.mobile)}　{p.email}" for p in _p)
MESSAGES.append({
    "id": "condo-032", "expect": "stop", "charset": "utf-8",
    "sender": "百瀬 恭子 <momose.k@hinode-sangyo.co.jp>",
    "to": ["防災点検サービス 点検課 <tenken@bousai-tenken.co.jp>"],
    "subject": "消防設備点検（室内感知器）当日の連絡先",
    "body": f"""防災点検サービス
点検課 ご担当者様

日の出産業の百瀬です。
明日のパークサイド東雲 室内感知器点検で、事前に「当日連絡がほしい」と
ご希望のあったお部屋の連絡先です。到着前に一報をお願いします。

{_body32}

以上です。よろしくお願いいたします。
百瀬
""",
    "entities": ["PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "eight residents' mobiles and e-mails by room number, no name column, full-width padded, to the inspector",
})

_p = people(33, 5)
MESSAGES.append({
    "id": "condo-033", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "蓮見 さやか <hasumi.s@hinode-sangyo.co.jp>",
    "to": ["大岡リフォーム 現場 <genba@reform-ooka.co.jp>"],
    "subject": "本日の立会い順の変更",
    "body": f"""大岡リフォーム 現場ご担当様

お疲れさまです。日の出産業の蓮見です。
本日の退去立会いですが、順番が変わりましたのでお知らせします。

最初は10時に{_p[0].room}号室の{_p[0].name}様（{_p[0].mobile}）、
そのあと11時に{_p[1].room}号室の{_p[1].name}様で、こちらはお電話が{_p[1].mobile}です。
お昼を挟んで13時半から{_p[2].room}号室の{_p[2].name}様（{_p[2].tel}）、
15時に{_p[3].room}号室の{_p[3].name}様、携帯は{_p[3].mobile}とのことです。
最後の{_p[4].room}号室の{_p[4].name}様は17時以降でないと戻れないそうなので、
{_p[4].mobile}に直接連絡して時間を決めてください。

鍵は全件、管理室のキーボックスに入っています。
蓮見（携帯 080-4402-1937）
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five tenants' names and phone numbers only in running prose, no table, to the contractor",
})

_p = people(34, 12)
_csv34 = [["物件", "部屋", "入居者名", "カナ", "生年月日", "電話", "メール", "契約開始"]]
for k, p in enumerate(_p):
    _csv34.append(["パークサイド東雲", p.room, p.name, p.kana, p.dob_s, p.mobile, p.email,
                   f"20{18 + k % 8}/0{1 + k % 9}/01"])
MESSAGES.append({
    "id": "condo-034", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "八十島 亮 <yasojima.r@hinode-sangyo.co.jp>",
    "to": ["ミライ住宅管理 引継ぎ担当 <hikitsugi@mirai-jutaku.co.jp>"],
    "subject": "パークサイド東雲 管理業務引継ぎ資料一式",
    "body": """ミライ住宅管理株式会社
引継ぎご担当 様

お世話になっております。日の出産業の八十島です。
10月1日付の管理会社変更に伴う引継ぎ資料をZIPにまとめてお送りします。

　・居住者名簿（CSV）
　・鍵台帳（Word）

設備関係の図面は後日、書面でお渡しいたします。
よろしくお願いいたします。

八十島
""",
    "attachments": [{"kind": "zip", "name": "東雲_引継ぎ資料.zip", "files": [
        {"kind": "csv", "name": "居住者名簿.csv", "encoding": "cp932", "rows": _csv34},
        {"kind": "docx", "name": "鍵台帳.docx",
         "tables": [[["鍵番号", "保管場所", "本数"], ["K-001", "管理室キーボックス", "2"],
                     ["K-014", "管理室金庫", "1"], ["MK-1", "日の出産業本社", "1"]]]}]}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "plain ZIP whose CSV holds twelve residents with DOB, phone and e-mail, handed to the new management company",
})

_p = people(35, 11)
_tbl35 = [["登録番号", "部屋", "氏名", "電話", "車種"]] + [
    [f"B-{301 + k}", p.room, p.name, p.mobile, ["自転車", "電動アシスト", "原付"][k % 3]]
    for k, p in enumerate(_p)]
MESSAGES.append({
    "id": "condo-035", "expect": "stop", "charset": "cp932",
    "sender": "磯崎 由紀 <isozaki.y@hinode-sangyo.co.jp>",
    "to": ["駐輪場サービス 受託管理 <jutaku@churin-service.jp>"],
    "subject": "駐輪場シール貼替え作業 登録者一覧（PDF）",
    "body": """駐輪場サービス株式会社
受託管理ご担当 様

日の出産業の磯崎です。
ヒノデパレス中原の駐輪場シール貼替え作業用に、登録者一覧をPDFで添付します。
シールのない自転車には、登録者へ電話確認のうえ警告札をお願いします。

磯崎 由紀
日の出産業株式会社 不動産事業部 賃貸管理課
""",
    "attachments": [{"kind": "pdf", "name": "駐輪場登録者一覧.pdf",
                     "lines": ["ヒノデパレス中原 駐輪場 登録者一覧（2026年9月）"],
                     "table": _tbl35}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table of eleven bicycle registrants with names and phones, to the parking service",
})

_p = low_rooms(people(36, 6), 5, 36)
_en = "\n".join(f"  {p.room:<6}{p.romaji:<22}{p.mobile:<16}{p.email:<34}JPY {95000 + k * 4000:,}"
                for k, p in enumerate(_p))
MESSAGES.append({
    "id": "condo-036", "expect": "stop", "charset": "utf-8",
    "sender": "Taku Usami <usami.t@hinode-sangyo.co.jp>",
    "to": ["Pacific Bridge Realty - Asset Mgmt <am@pacificbridge-realty.com>"],
    "subject": "Maison Asagiri - rent roll and tenant contacts (Aug 2026)",
    "body": f"""Dear Ms. Lau,

Please find below the rent roll for the units your client owns in Maison Asagiri,
including the tenant contacts you asked for ahead of the building inspection.

  Unit  Tenant                Phone           E-mail                            Rent
  ----------------------------------------------------------------------------------------
{_en}

All rents for August were received except unit {_p[2].room} (paid on 3 Sep).

Kind regards,
Taku Usami
Rental Management Section, Hinode Sangyo Co., Ltd.
Tel +81-3-5437-8214
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "English rent roll with six tenants' romaji names, phones and e-mails to an overseas owner's agent",
})

_p = low_rooms(people(37, 5), 2, 37)
_b37 = "\n".join(
    f"【{k + 1}】契約No.AY-{77120 + k * 13}\n"
    f"　賃借人：{p.name}（{p.kana}）　生年月日：{p.dob_w}\n"
    f"　住所：{['千葉県船橋市前原西三丁目7番2号 コーポ若葉', '東京都杉並区高円寺南五丁目21番9号 メゾン朝霧'][k % 2]} {p.room}号室\n"
    f"　電話：{p.mobile}\n　滞納：{2 + k % 3}か月分 {(2 + k % 3) * 61000:,}円\n"
    for k, p in enumerate(_p))
MESSAGES.append({
    "id": "condo-037", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "東海林 翠 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["あんしん家賃保証 代位弁済係 <daiben@anshin-yachin.co.jp>"],
    "subject": "代位弁済請求（9月締め）5件",
    "body": f"""あんしん家賃保証株式会社
代位弁済係 御中

日の出産業の東海林です。9月締めの代位弁済請求分、下記5件です。
（今月はZIPではなく本文でとのことでしたので本文に記載します）

{_b37}
請求書原本は郵送いたします。よろしくお願いいたします。
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five defaulting tenants, one block each with 和暦 DOB, address and phone, to the guarantor",
})

MESSAGES.append({
    "id": "condo-038", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "不破 健吾 <fuwa.k@hinode-sangyo.co.jp>",
    "to": ["ミヤビ住設 <info@miyabi-jusetsu.co.jp>"],
    "subject": "502号室 浴室手すり・段差解消工事のお見積り依頼",
    "body": """ミヤビ住設株式会社 御中

お世話になっております。日の出産業 建物保全課の不破です。
グランフォレスト日の出台 502号室の専有部改修について、お見積りをお願いします。

所有者の長宗我部 忠 様は車いすを使用されており、
身体障害者手帳（１級）をお持ちのため、区の住宅改修助成を申請予定とのことです。
助成申請用に、工事内容が分かる見積書と図面をご用意いただけますと助かります。

・浴室入口の段差解消（すのこ or 床上げ）
・浴室・トイレの手すり設置
・玄関框の段差スロープ

現地確認は平日午後であれば調整可能です。

不破 健吾
日の出産業株式会社 不動産事業部 建物保全課　TEL 03-5437-8216
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named owner's physical disability (wheelchair, disability certificate grade 1) told to a contractor",
})

MESSAGES.append({
    "id": "condo-039", "expect": "stop", "charset": "utf-8",
    "sender": "蓮見 さやか <hasumi.s@hinode-sangyo.co.jp>",
    "to": ["宍戸 様 <shishido.owner@outlook.jp>"],
    "subject": "メゾン朝霧 301号室 入居者様からのご相談",
    "body": """宍戸様

いつもお世話になっております。日の出産業の蓮見です。
ご所有の301号室の入居者、栗栖 誠 様からご相談がありましたのでご報告します。

栗栖様はキリスト教（プロテスタント）の教会で牧師をされている方で、
月に２回ほど、日曜の午後に信徒の方５～６名を招いて
ご自宅で聖書の勉強会を開きたいとのことです。
契約上は「住居専用」ですので、集会にあたるかどうか、オーナー様のご意向を伺えますでしょうか。

騒音面では、これまで苦情は一度もありません。

蓮見
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "one named tenant's religion stated in a report to the private owner",
})

MESSAGES.append({
    "id": "condo-040", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "百瀬 恭子 <momose.k@hinode-sangyo.co.jp>",
    "to": ["長谷川 正男 <m.hasegawa1951@yahoo.co.jp>"],
    "subject": "Re: 905号室からの苦情の件",
    "body": """長谷川理事長

お世話になっております。百瀬です。
905号室の方から苦情のあった上階（1005号室）の件、経過をご報告します。

1005号室の区分所有者 漆原 様のご家族とお会いしたところ、
息子さん（同居、30代）が統合失調症で通院中で、
症状が悪化すると夜間に大きな声を出してしまうことがあるとのことでした。
ご家族も主治医と相談して入院も含めて検討されているそうです。

905号室の方には、具体的な事情は伏せたうえで、ご家族が対応中である旨だけ
お伝えしようと思いますが、よろしいでしょうか。

> 905号室から、夜中の叫び声が週に何度もあると連絡がありました。
> 事情を確認してもらえますか。

百瀬
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "noise complaint reply naming a household and a son's schizophrenia (health info) to the chair's private mail",
})

# ---------------------------------------------------------------------------------------
# 041-055 (stop)
# ---------------------------------------------------------------------------------------

_p = people(41, 5)
_plain41 = "\n".join(f"・{p.room}号室　{p.name}様　{p.mobile}　入居日 9/{12 + k * 3}"
                     for k, p in enumerate(_p))
_html41 = "".join(f"<tr><td>{p.room}</td><td>{p.name}</td><td>{p.mobile}</td>"
                  f"<td>9/{12 + k * 3}</td></tr>" for k, p in enumerate(_p))
MESSAGES.append({
    "id": "condo-041", "expect": "stop", "charset": "utf-8",
    "sender": "蓮見 さやか <hasumi.s@hinode-sangyo.co.jp>",
    "to": ["ひかりネット工事 受付 <uketsuke@net-hikari.co.jp>"],
    "subject": "【開通工事手配】グランフォレスト日の出台 9月入居者",
    "body": f"""ひかりネット工事 受付ご担当様

日の出産業の蓮見です。9月入居の方の開通工事の手配をお願いします。
日程調整は各入居者様へ直接ご連絡ください。

{_plain41}

よろしくお願いします。
""",
    "html": f"""<html><body><p>ひかりネット工事 受付ご担当様</p>
<p>日の出産業の蓮見です。9月入居の方の開通工事の手配をお願いします。<br>
日程調整は各入居者様へ直接ご連絡ください。</p>
<table border="1"><tr><th>部屋</th><th>入居者</th><th>携帯</th><th>入居日</th></tr>{_html41}</table>
<p>よろしくお願いします。</p></body></html>""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "text+HTML alternative listing five new tenants with mobiles, to the internet installer",
})

MESSAGES.append({
    "id": "condo-042", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "八十島 亮 <yasojima.r@hinode-sangyo.co.jp>",
    "to": ["みどり台市 高齢福祉課 <koreifukushi@city.midoridai.lg.jp>",
           "桜丘三丁目町会 会長 目黒 <meguro.sakuragaoka@gmail.com>"],
    "cc": ["民生委員 猪狩 <igari-minsei@ezweb.ne.jp>"],
    "subject": "見守り協定に関する打合せ日程のご相談",
    "body": """みどり台市 高齢福祉課 ご担当者様
桜丘三丁目町会 目黒会長
民生委員 猪狩様

いつもお世話になっております。日の出産業 不動産事業部の八十島です。

先日ご提案いただいた、管理物件における高齢単身世帯の見守り協定について、
三者で一度打合せの場を設けたく、日程のご相談をさせてください。

候補：9月15日（火）午後 / 9月17日（木）午前 / 9月18日（金）午後
場所：町会会館 または 弊社五反田事務所

ご都合をお知らせいただけますと幸いです。

日の出産業株式会社 不動産事業部 マンション管理課 課長
八十島 亮
""",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "city office, a neighbourhood-association chair and a volunteer on private mail: three external parties visible in To/Cc",
})

_p = people(43, 6)
_px = [["社宅入居予定者 一覧（外国籍社員）", "", "", "", "", ""], ["作成：日の出産業 賃貸管理課", "", "", "", "", ""],
       ["No", "Name", "Nationality", "Date of Birth", "Passport No.", "入居物件"]]
_natl = ["India", "Vietnam", "Philippines", "USA", "Indonesia", "France"]
_nm = ["RAJESH KUMAR SHARMA", "TRAN THI MAI", "MARIA CLARA REYES", "DAVID J. MORRISON",
       "AHMAD FAUZI", "CLAIRE DUBOIS"]
for k, (n, nat) in enumerate(zip(_nm, _natl)):
    _px.append([k + 1, n, nat, f"19{88 + k}-0{1 + k}-1{k}",
                f"{['Z', 'C', 'P', '5', 'B', '1'][k]}{['8', 'N', 'A', '6', 'X', '9'][k]}{4701825 + k * 11137}",
                f"パークサイド東雲 {8}0{k + 1}"])
MESSAGES.append({
    "id": "condo-043", "expect": "stop", "charset": "utf-8",
    "sender": "宇佐美 拓 <usami.t@hinode-sangyo.co.jp>",
    "to": ["社宅パートナーズ 法人契約課 <hojin@shataku-partners.co.jp>"],
    "subject": "川崎電機様 外国籍社員 社宅契約用 入居者情報",
    "body": """社宅パートナーズ株式会社
法人契約課 御中

日の出産業の宇佐美です。
川崎電機様の10月入社の外国籍社員6名分、社宅契約の入居者情報をお送りします。
賃貸借契約書の入居者欄はパスポート表記でお願いします。

宇佐美
""",
    "attachments": [{"kind": "xlsx", "name": "shataku_nyukyosha_1001.xlsx",
                     "sheets": {"入居者": _px,
                                "物件": [["物件", "部屋", "間取り", "賃料"],
                                         ["パークサイド東雲", "801-806", "1LDK", "148,000"]]}}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "XLSX (title rows, two sheets) with six foreign employees' passport numbers and DOB to a company-housing agent",
})

_p = people(44, 5)
_c44 = "\n".join(f"{p.room},{p.name},{p.mobile},{d}" for p, d in
                 zip(_p, ["10/3 10:00", "10/3 11:30", "10/4 10:00", "10/4 14:00", "10/5 10:00"]))
MESSAGES.append({
    "id": "condo-044", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "宇佐美 拓 <usami.t@hinode-sangyo.co.jp>",
    "to": ["大岡リフォーム 工事課 岩渕 <iwabuchi@reform-ooka.co.jp>"],
    "subject": "Re: 10月初旬の立会い枠について",
    "body": f"""岩渕様

お世話になっております。宇佐美です。
ご連絡ありがとうございます。10月初旬の立会いは以下で確定しました。
（部屋,氏名,携帯,日時 の順です）

部屋,氏名,携帯,日時
{_c44}

ご対応よろしくお願いいたします。

宇佐美

> 日の出産業 宇佐美様
> いつもお世話になっております。大岡リフォームの岩渕です。
> 10月3日～5日で立会いに同行可能です。件数と時間が決まりましたら
> お知らせください。
> 大岡リフォーム株式会社 工事課 岩渕
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "reply whose quoted part is harmless but whose new text adds five tenants comma-separated with mobiles",
})

_p = low_rooms(people(45, 6), 2, 45)
_w = ["（株）東和精機", "ヤマネ食品（パート）", "自営（飲食）", "看護師", "派遣", "（有）丸辰運送"]
_t45 = "部屋　　契約者生年月日　　　携帯電話　　　　　　勤務先\n" + "－" * 34 + "\n" + "\n".join(
    f"{zen(p.room)}　　{zpad(zen(p.dob_w), 12)}{zen(p.mobile)}　　{w}" for p, w in zip(_p, _w))
MESSAGES.append({
    "id": "condo-045", "expect": "stop", "charset": "cp932",
    "sender": "東海林 翠 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["東都債権サービス 管理部 <kanri@toto-servicer.co.jp>"],
    "subject": "コーポ若葉 家賃振替不能（8月）",
    "body": f"""東都債権サービス株式会社
管理部 御中

日の出産業の東海林です。
8月27日振替分で振替不能となった賃借人です。照会用に契約者情報を記載します。
（契約者名は、御社システムの契約番号で照合をお願いします）

{_t45}

よろしくお願いいたします。
""",
    "entities": ["DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six tenants by room with 和暦 DOB, full-width mobiles and employer, no name column, to a servicer",
})

MESSAGES.append({
    "id": "condo-046", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "東海林 翠 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["ライフガード保証 審査課 <shinsa@lifeguard-hosho.jp>"],
    "subject": "Re: 収入証明について（コーポ若葉 102号室 申込者）",
    "body": """ライフガード保証 審査課
ご担当者様

日の出産業の東海林です。
年金受給者の申込者の収入確認について、年金証書の記載内容をお送りします。

　氏名：乙部 節子（オトベ セツコ）
　生年月日：Ｓ１６．１０．５
　基礎年金番号：４７０２－３８１５６９
　年金の種類：老齢基礎年金・老齢厚生年金
　年額：約１９６万円

連帯保証人は不要プランでの審査をお願いいたします。

東海林
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one applicant's basic pension number (full-width) with DOB to the guarantor",
})

_p = people(47, 9)
_x47 = [["受付順", "受付日", "部屋", "氏名", "希望区画", "連絡先"]] + [
    [k + 1, f"2026/0{1 + k % 8}/1{k}", p.room, p.name, ["平置き", "機械式上段", "機械式下段"][k % 3],
     p.mobile] for k, p in enumerate(_p)]
MESSAGES.append({
    "id": "condo-047", "expect": "stop", "charset": "cp932",
    "sender": "磯崎 由紀 <isozaki.y@hinode-sangyo.co.jp>",
    "to": ["パークロード 契約課 <keiyaku@parkroad.co.jp>"],
    "subject": "ヒノデパレス中原 駐車場空き待ちリスト",
    "body": """パークロード株式会社 契約課 御中

日の出産業の磯崎です。
10月に2区画空きが出ますので、空き待ちリスト（古いExcel形式です）をお送りします。
受付順にご案内をお願いいたします。

磯崎
""",
    "attachments": [{"kind": "xls", "name": "空き待ちリスト.xls",
                     "sheets": {"空き待ち": _x47}}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "legacy XLS with nine parking waiting-list residents and their mobiles, to the parking operator",
})

_p = people(48, 3)
MESSAGES.append({
    "id": "condo-048", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "蓮見 さやか <hasumi.s@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 引越センター <hikkoshi@aoba-unyu.jp>"],
    "subject": "法人提携引越 見積依頼 3件",
    "body": f"""青葉運輸 引越センター 御中

いつもお世話になっております。日の出産業の蓮見です。
提携プランでの引越見積を3件お願いします。訪問見積の日程は直接ご調整ください。

1) {_p[0].name}様　{_p[0].mobile}　メゾン朝霧 → 市内
2) {_p[1].name}様　{_p[1].mobile}　コーポ若葉 → 県外（札幌）
3) {_p[2].name}様　{_p[2].mobile}　パークサイド東雲 → 同一建物内の住替え

蓮見
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "partner aoba-unyu.co.jp written as aoba-unyu.jp (dropped co.): look-alike domain",
})

MESSAGES.append({
    "id": "condo-049", "expect": "stop", "charset": "utf-8",
    "sender": "八十島 亮 <yasojima.r@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 導入支援 <dounyu@tsubasa-sytem.jp>"],
    "subject": "管理システム移行 データ項目の確認",
    "body": """ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業の八十島です。
新管理システムへの移行に関して、移行対象のデータ項目を確認させてください。

・物件マスタ（建物・住戸・共用部設備）
・契約マスタ（賃貸借・管理委託・駐車場）
・入出金履歴（過去7年分）

個人情報を含むデータの受け渡し方法は、別途協議のうえ決めたいと考えております。

八十島
""",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "partner tsubasa-system.jp misspelled tsubasa-sytem.jp (dropped letter): look-alike",
})

_p = people(50, 10)
MESSAGES.append({
    "id": "condo-050", "expect": "stop", "charset": "utf-8",
    "sender": "桐生 真一 <kiryu.s@hinode-sangyo.co.jp>",
    "to": ["百瀬 恭子 <momose.k@hinode-sangyo.com>"],
    "subject": "サンライズ桜ヶ丘 名簿最新版",
    "body": """百瀬さん

お疲れさまです。桐生です。
明日の総会受付で使う名簿の最新版です。
委任状の提出有無の列を追加しています。

桐生
""",
    "attachments": [{"kind": "xlsx", "name": "総会受付名簿.xlsx",
                     "sheets": {"受付": [["部屋", "氏名", "電話", "委任状"]] + [
                         [p.room, p.name, p.tel, "済" if k % 2 else ""] for k, p in enumerate(_p)]}}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for a colleague, sent to hinode-sangyo.com (TLD swap) with a ten-owner list",
})

MESSAGES.append({
    "id": "condo-051", "expect": "stop", "charset": "utf-8",
    "sender": "Ryo Yasojima <yasojima.r@hinode-sangyo.co.jp>",
    "to": ["Kenneth Ho <kenneth.ho@harbourline-capital.com>"],
    "subject": "Portfolio performance FY2025 - rental buildings under management",
    "body": """Dear Mr. Ho,

Thank you for your time last week. As discussed, I attach the summary of
occupancy and net operating income for the rental buildings we manage on your behalf.

Please let me know if you need the breakdown by unit type.

Best regards,
Ryo Yasojima
Manager, Condominium Management Section
Hinode Sangyo Co., Ltd.
""",
    "attachments": [{"kind": "xlsx", "name": "FY2025_portfolio_summary.xlsx",
                     "page_footer": "Internal Only - Hinode Sangyo",
                     "sheets": {"Summary": [["Building", "Units", "Occupancy", "NOI (JPY k)"],
                                            ["Corpo Wakaba", 24, "91.7%", 14820],
                                            ["Maison Asagiri", 32, "96.9%", 27310],
                                            ["Park Side Shinonome", 58, "94.8%", 61240]],
                                "Notes": [["Internal benchmark: portfolio cap rate 4.6%"]]}}],
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "XLSX with an 'Internal Only' page footer sent to an outside investor",
})

MESSAGES.append({
    "id": "condo-052", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "百瀬 恭子 <momose.k@hinode-sangyo.co.jp>",
    "to": ["合同会社ミナトアセット 総務 <soumu@minato-asset.co.jp>",
           "株式会社ケイエス企画 <info@ks-kikaku.jp>"],
    "cc": ["九十九 昭 <tsukumo.a@yahoo.co.jp>", "月見里 千尋 <yamanashi.chihiro@gmail.com>"],
    "subject": "【ヒノデパレス中原】臨時総会 議案書の送付（外部居住の区分所有者様）",
    "body": """外部居住の区分所有者各位

いつもお世話になっております。ヒノデパレス中原の管理会社、日の出産業の百瀬です。
10月の臨時総会の議案書をPDFでお送りします（紙の議案書も郵送済みです）。
議決権行使書は10月10日までにご返送ください。

百瀬
""",
    "attachments": [{"kind": "pdf", "name": "臨時総会議案書.pdf",
                     "lines": ["ヒノデパレス中原管理組合 臨時総会 議案書",
                               "第1号議案 エレベーター更新工事の実施の件",
                               "第2号議案 修繕積立金の取崩しの件"]}],
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains",
                  "freemail_recipient"],
    "note": "two corporate owners in To and two private owners in Cc: four external parties see each other",
})

_p = people(53, 5)
_roles = ["理事長", "副理事長", "会計理事", "理事（防災）", "理事（広報）"]
MESSAGES.append({
    "id": "condo-053", "expect": "stop", "charset": "utf-8",
    "sender": "桐生 真一 <kiryu.s@hinode-sangyo.co.jp>",
    "to": ["織田マンション管理士事務所 <oda@kanrishi-oda.jp>"],
    "subject": "顧問契約開始にあたっての役員連絡先",
    "body": """織田先生

お世話になっております。日の出産業の桐生です。
サンライズ桜ヶ丘管理組合との顧問契約開始にあたり、
今期役員の連絡先一覧（Word）をお送りします。先生から直接ご連絡いただいて構わないとのことです。

桐生
""",
    "attachments": [{"kind": "docx", "name": "役員連絡先_第32期.docx",
                     "paragraphs": ["サンライズ桜ヶ丘管理組合 第32期 役員連絡先"],
                     "tables": [[["役職", "氏名", "部屋", "携帯電話", "メール"]] + [
                         [r, p.name, p.room, p.mobile, p.email] for r, p in zip(_roles, _p)]]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "DOCX table of five board members' mobiles and private e-mails to an outside consultant",
})

_p = people(54, 8)
_k54 = [["日付", "鍵番号", "部屋", "借受人", "電話", "返却"]] + [
    [f"8/{3 + k * 3}", f"K-{110 + k}", p.room, p.name, p.mobile, "済" if k < 6 else "未"]
    for k, p in enumerate(_p)]
MESSAGES.append({
    "id": "condo-054", "expect": "stop", "charset": "iso-2022-jp",
    "sender": "蓮見 さやか <hasumi.s@hinode-sangyo.co.jp>",
    "to": ["キーステーション 技術部 <gijutsu@keystation.jp>"],
    "subject": "キーボックス更新の件（貸出記録と設置位置図）",
    "body": """キーステーション株式会社
技術部 ご担当者様

日の出産業の蓮見です。
管理室キーボックスの更新にあたり、直近の貸出記録と設置位置図をまとめて送ります。
未返却の2件は入居者に返却を依頼中です。

蓮見
""",
    "attachments": [{"kind": "zip", "name": "keybox_0902.zip", "files": [
        {"kind": "xlsx", "name": "鍵貸出記録_8月.xlsx", "sheets": {"8月": _k54}},
        {"kind": "pdf", "name": "設置位置図.pdf", "lines": ["管理室 平面図", "キーボックス：入口右手 壁面"]},
    ]}],
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "plain ZIP holding an XLSX key-loan log of eight residents with phones, plus a floor plan",
})

_mn55 = my_number(55)
MESSAGES.append({
    "id": "condo-055", "expect": "stop", "charset": "utf-8",
    "sender": "東海林 翠 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["あんしん家賃保証 審査部 <shinsa@anshin-yachin.co.jp>"],
    "subject": "FW: 住民票の送付（パークサイド東雲 入居申込）",
    "body": """あんしん家賃保証 審査部 ご担当者様

日の出産業の東海林です。
申込者様から住民票の内容がメールで届きましたので、そのまま添付で転送いたします。
審査を進めていただけますでしょうか。
""",
    "attachments": [{"kind": "eml", "name": "住民票の送付.eml", "message": {
        "sender": "与那覇 翔太 <yonaha.shota.0707@icloud.com>",
        "to": ["shoji.m@hinode-sangyo.co.jp"],
        "subject": "住民票の送付",
        "charset": "utf-8",
        "body": f"""日の出産業 東海林様

お世話になっております。与那覇です。
住民票の写しがスキャンできなかったので、内容を書き写して送ります。

氏名　　　与那覇 翔太
生年月日　平成9年7月7日
住所　　　神奈川県相模原市南区相模大野6-2-14 ハイツ大野303
世帯主　　与那覇 翔太
個人番号　{_mn55}

よろしくお願いいたします。
""",
    }}],
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forwarded-as-attachment mail whose text carries the applicant's My Number (住民票 transcription)",
})

# ---------------------------------------------------------------------------------------
# 056-076 (pass)
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "condo-056", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "不破 健吾 <fuwa.k@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 松浦 <matsuura@nishiki-insatsu.co.jp>"],
    "subject": "大規模修繕工事のお知らせ（掲示・全戸配布）印刷のお願い",
    "body": """錦印刷株式会社
営業部 松浦様

いつもお世話になっております。日の出産業 建物保全課の不破です。
グランフォレスト日の出台の工事告知文の原稿をWordで添付します。

・A4 片面 モノクロ 100部（全戸配布86＋掲示・予備）
・A2 カラー 4部（エントランス、エレベーターホール掲示用）
・納品：9月8日（月）までに現地管理室へ

校正はPDFでいただけますと助かります。
よろしくお願いいたします。
{sig}""".replace("{sig}", sig("不破 健吾", "建物保全課", "fuwa.k@hinode-sangyo.co.jp", "03-5437-8216")),
    "attachments": [{"kind": "docx", "name": "工事のお知らせ_原稿.docx",
                     "paragraphs": ["居住者各位", "グランフォレスト日の出台管理組合 理事長",
                                    "大規模修繕工事の実施について（お知らせ）",
                                    "令和8年10月1日より令和9年3月31日まで、外壁補修・屋上防水・"
                                    "鉄部塗装工事を実施いたします。",
                                    "工事期間中はバルコニーへの立入りや洗濯物の外干しを制限させていただく期間がございます。",
                                    "工事説明会：9月20日（日）10:00 集会室",
                                    "施工：大和田建装株式会社　管理：日の出産業株式会社"],
                     "tables": [[["期間", "主な作業"], ["10月", "足場組立"],
                                 ["11月～1月", "外壁補修・塗装"], ["2月～3月", "防水・足場解体"]]]}],
    "entities": [],
    "detectors": [],
    "note": "building-works notice draft to the printing partner: no personal data",
})

MESSAGES.append({
    "id": "condo-057", "expect": "pass", "charset": "utf-8",
    "sender": "不破 健吾 <fuwa.k@hinode-sangyo.co.jp>",
    "to": ["大和田建装 保坂 <hosaka@owada-kenso.co.jp>"],
    "subject": "Re: 工程表 第3版",
    "body": """保坂様

お世話になっております。不破です。
工程表 第3版、確認しました。こちらで2点修正を入れたものを戻します。

・「エレベーター停止」の欄を東光設備さんの給水管工事の日程と合わせました
・11/3（祝）は作業なしに変更（管理組合のイベントのため）

これで管理組合へ提出します。

不破
""",
    "attachments": [{"kind": "xlsx", "name": "工程表_第3版_日の出修正.xlsx",
                     "sheets": {"全体工程": [["グランフォレスト日の出台 大規模修繕工事 全体工程表（第3版）"],
                                             ["工種", "10月", "11月", "12月", "1月", "2月", "3月"],
                                             ["仮設足場", "■■", "", "", "", "", "■"],
                                             ["外壁補修", "", "■■", "■■", "■", "", ""],
                                             ["屋上防水", "", "", "", "", "■■", "■"],
                                             ["鉄部塗装", "", "", "■", "■■", "", ""]],
                                "EV停止日": [["日付", "号機", "理由"],
                                             ["10/14", "1号機", "足場組立"],
                                             ["11/18", "2号機", "給水管切替"]]}}],
    "entities": [],
    "detectors": [],
    "note": "works schedule XLSX (several sheets, title row) exchanged with a contractor: no people",
})

_bld = [["サンライズ桜ヶ丘", "東京都世田谷区桜丘四丁目18番3号", "03-3429-0811", "RC 11F", 72, "1998"],
        ["ヒノデパレス中原", "神奈川県川崎市中原区新丸子東二丁目907番地", "044-411-2360", "SRC 14F", 118, "2001"],
        ["グランフォレスト日の出台", "埼玉県さいたま市浦和区常盤八丁目5番1号", "048-829-4471", "RC 9F", 86, "2007"],
        ["メゾン朝霧", "東京都杉並区高円寺南五丁目21番9号", "03-3315-6028", "RC 5F", 32, "1992"],
        ["パークサイド東雲", "東京都江東区東雲一丁目4番30号", "03-5530-1974", "RC 15F", 58, "2012"],
        ["コーポ若葉", "千葉県船橋市前原西三丁目7番2号", "（管理人なし）", "木造 2F", 24, "1989"]]
_t58 = "\n".join(f"{pad(b[0], 26)}{pad(b[1], 46)}{pad(b[2], 16)}{pad(b[3], 9)}{b[4]:>4}戸  {b[5]}"
                 for b in _bld)
MESSAGES.append({
    "id": "condo-058", "expect": "pass", "charset": "utf-8",
    "sender": "八十島 亮 <yasojima.r@hinode-sangyo.co.jp>",
    "to": ["ひまわり損保 法人営業 <hojin@himawari-sonpo.co.jp>"],
    "subject": "管理物件の保険更改 物件一覧",
    "body": f"""ひまわり損害保険株式会社
法人営業 ご担当者様

いつもお世話になっております。日の出産業の八十島です。
来期の保険更改のお見積りに必要な管理物件の一覧です。

物件名                    所在地                                        管理室TEL       構造     戸数  竣工
------------------------------------------------------------------------------------------------------------------
{_t58}

各物件の直近の事故履歴は別途お送りします。
{sig("八十島 亮", "マンション管理課 課長", "yasojima.r@hinode-sangyo.co.jp", disclaimer=True)}""",
    "entities": [],
    "detectors": [],
    "note": "a list of managed buildings with addresses and caretaker-office phones: businesses/buildings, not people",
})

_biz = [("大和田建装株式会社", "大規模修繕・塗装", "03-3762-5510", "工事部 保坂"),
        ("東光設備工業株式会社", "給排水設備", "03-3494-2281", "工務部 菅野"),
        ("昇陽エレベータ株式会社", "エレベーター保守", "0120-48-7710", "保守課"),
        ("キーステーション株式会社", "鍵・錠前", "03-6421-3390", "予約センター"),
        ("防災点検サービス株式会社", "消防設備点検", "03-5719-0448", "点検課 堀内"),
        ("クリーンメイト株式会社", "日常・定期清掃", "03-3785-6200", "業務課 新庄")]
MESSAGES.append({
    "id": "condo-059", "expect": "pass", "charset": "cp932",
    "sender": "八十島 亮 <yasojima.r@hinode-sangyo.co.jp>",
    "to": ["ミライ住宅管理 引継ぎ担当 <hikitsugi@mirai-jutaku.co.jp>"],
    "subject": "パークサイド東雲 協力業者一覧",
    "body": "ミライ住宅管理株式会社\n引継ぎご担当 様\n\n日の出産業の八十島です。\n"
            "現在パークサイド東雲で契約している協力業者の一覧です。\n"
            "各社には管理会社変更の旨を弊社から連絡済みです。\n\n"
            + "\n".join(f"・{n}（{c}）\n　代表 {t}　窓口：{d}" for n, c, t, d in _biz)
            + "\n\n以上、よろしくお願いいたします。\n八十島\n",
    "entities": [],
    "detectors": [],
    "note": "contractor companies with switchboards and desk names: a business list, not people's records",
})

MESSAGES.append({
    "id": "condo-060", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "八十島 亮 <yasojima.r@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 営業部 <eigyo@tsubasa-system.jp>"],
    "subject": "秘密保持契約書（案）へのコメント",
    "body": """ツバサシステム株式会社
営業部 ご担当者様

お世話になっております。日の出産業の八十島です。
管理システム導入にあたっての秘密保持契約書（案）、法務と確認しコメントを入れました。

主な修正点：
1. 第2条「秘密情報」の定義に、居住者の個人情報を明示的に含める
2. 第5条 再委託時の事前承諾を「書面」による承諾に限定
3. 第9条 契約終了時の返還・消去について、消去証明書の提出を追加

機密保持の期間（第11条）は御社案の3年で問題ございません。
ご確認のほどよろしくお願いいたします。

八十島
""",
    "attachments": [{"kind": "docx", "name": "秘密保持契約書_案_日の出コメント.docx",
                     "paragraphs": ["秘密保持契約書（案）",
                                    "日の出産業株式会社（以下「甲」という）とツバサシステム株式会社（以下「乙」という）は、"
                                    "甲乙間の取引に関し開示される秘密情報の取扱いについて、次のとおり契約を締結する。",
                                    "第2条（秘密情報）本契約において秘密情報とは、一方当事者が相手方に開示する技術上・営業上の情報であって、"
                                    "開示の際に秘密である旨を明示したものをいう。",
                                    "第11条（有効期間）本契約の有効期間は締結日から3年間とする。"]}],
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA draft (秘密保持契約): mentions of 秘密/機密 are not a confidentiality marking",
})

MESSAGES.append({
    "id": "condo-061", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "百瀬 恭子 <momose.k@hinode-sangyo.co.jp>",
    "to": ["クリーンメイト 業務課 新庄 <shinjo@cleanmate.co.jp>"],
    "subject": "ヒノデパレス中原 定期清掃日の変更について",
    "body": f"""クリーンメイト株式会社
業務課 新庄様

いつもお世話になっております。日の出産業の百瀬です。

ヒノデパレス中原の9月定期清掃（共用廊下・エントランスの洗浄ワックス）ですが、
同日にエレベーター点検が入ったため、9月19日（土）→ 9月26日（土）へ
変更をお願いできますでしょうか。

掲示物はこちらで差し替えます。
お手数ですがご確認をお願いいたします。
{sig("百瀬 恭子", "マンション管理課", "momose.k@hinode-sangyo.co.jp", disclaimer=True)}""",
    "entities": [],
    "detectors": [],
    "note": "ordinary scheduling mail whose standard disclaimer mentions 機密情報: not a marking",
})

_p = people(62, 30)
MESSAGES.append({
    "id": "condo-062", "expect": "pass", "charset": "utf-8",
    "sender": "桐生 真一 <kiryu.s@hinode-sangyo.co.jp>",
    "to": ["百瀬 恭子 <momose.k@hinode-sangyo.co.jp>"],
    "cc": ["八十島 亮 <yasojima.r@hinode-sangyo.co.jp>"],
    "subject": "サンライズ桜ヶ丘 区分所有者名簿（最新・社内用）",
    "body": """百瀬さん

お疲れさまです。桐生です。
来月から担当を引き継いでいただくサンライズ桜ヶ丘の区分所有者名簿です。
名義変更が2件あったので反映済みです。外部に出すときはマスキング版を作ってください。

桐生
""",
    "attachments": [{"kind": "xlsx", "name": "桜ヶ丘_区分所有者名簿_社内.xlsx",
                     "sheets": {"名簿": [["部屋", "氏名", "フリガナ", "住所", "電話", "生年月日"]] + [
                         [p.room, p.name, p.kana, p.addr, p.mobile, p.dob] for p in _p]}}],
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "a full owners' register, but every recipient is internal",
})

_mn63 = my_number(63)
MESSAGES.append({
    "id": "condo-063", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "蓮見 さやか <hasumi.s@hinode-sangyo.co.jp>",
    "to": ["経理部 支払調書担当 <shiharai-chosho@mail.hinode-sangyo.co.jp>"],
    "subject": "貸主 個人番号の登録依頼（法人借上げ物件）",
    "body": f"""経理部 支払調書ご担当 各位

お疲れさまです。不動産事業部の蓮見です。
法人借上げ物件の貸主様の個人番号を受領しましたので、登録をお願いします。

　貸主：六車 正男 様
　住所：東京都大田区北千束2-27-4
　個人番号：{_mn63}
　本人確認：マイナンバーカード（表裏）写し → 社内便で送付済み

登録後、写しは規程どおり廃棄をお願いします。
蓮見
""",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    "detectors": [],
    "note": "a landlord's My Number sent to accounting on the internal subdomain mail.hinode-sangyo.co.jp: internal",
})

_p = people(64, 6)
_q64 = "\n".join(f"> {p.room}号室 {p.name} 様　滞納 {3 + k}か月　連絡先 {p.mobile}"
                 for k, p in enumerate(_p))
MESSAGES.append({
    "id": "condo-064", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "桐生 真一 <kiryu.s@hinode-sangyo.co.jp>",
    "to": ["川端 <kawabata@shirakawa-law.jp>"],
    "subject": "Re: 申立対象者の確認",
    "body": f"""川端先生

お世話になっております。桐生です。
ご確認ありがとうございます。記載のとおりで相違ございません。
申立書の作成をよろしくお願いいたします。

桐生

> 日の出産業 桐生様
>
> 白川法律事務所の川端です。
> 申立対象者を以下のとおり整理しました。ご確認ください。
>
{_q64}
>
> 弁護士 川端 晴美
""",
    "entities": [],
    "detectors": [],
    "note": "the six-person arrears list appears only in '>' quoted text from the law firm; the new text carries nothing",
})

_p = people(65, 6)
_q65 = "\n".join(f"  {p.room}  {p.name}  {p.mobile}  {d}" for p, d in
                 zip(_p, ["10/10 10:00", "10/10 13:00", "10/11 10:00", "10/11 15:00",
                          "10/12 10:00", "10/12 14:00"]))
MESSAGES.append({
    "id": "condo-065", "expect": "pass", "charset": "cp932",
    "sender": "宇佐美 拓 <usami.t@hinode-sangyo.co.jp>",
    "to": ["大岡リフォーム 工事課 岩渕 <iwabuchi@reform-ooka.co.jp>"],
    "subject": "RE: 10月中旬 立会い予定（当社で組んだ案）",
    "body": f"""岩渕様

宇佐美です。
ご調整いただいた案で問題ありません。この日程で入居者様へ確定連絡します。

-----Original Message-----
From: 岩渕 <iwabuchi@reform-ooka.co.jp>
Sent: Tuesday, September 29, 2026 5:42 PM
To: 宇佐美 拓 <usami.t@hinode-sangyo.co.jp>
Subject: 10月中旬 立会い予定（当社で組んだ案）

宇佐美様

大岡リフォームの岩渕です。いただいた一覧をもとに、職人の手配に合わせて組み直しました。

{_q65}

ご確認よろしくお願いいたします。
""",
    "entities": [],
    "detectors": [],
    "note": "the tenant list is only under -----Original Message----- from the recipient; nothing new carries data",
})

_p = people(66, 3)
MESSAGES.append({
    "id": "condo-066", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "蓮見 さやか <hasumi.s@hinode-sangyo.co.jp>",
    "to": ["大岡リフォーム 現場 <genba@reform-ooka.co.jp>"],
    "subject": "明日の退去立会い 3件",
    "body": f"""大岡リフォーム 現場ご担当様

日の出産業の蓮見です。明日の退去立会いは3件です。

　10:00　{_p[0].room}号室　{_p[0].name}様　{_p[0].mobile}
　13:00　{_p[1].room}号室　{_p[1].name}様　{_p[1].mobile}
　15:30　{_p[2].room}号室　{_p[2].name}様　{_p[2].tel}

よろしくお願いします。
蓮見
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three tenants' phones to the contractor: under five people, may warn but must go",
})

_p = people(67, 4)
MESSAGES.append({
    "id": "condo-067", "expect": "pass", "charset": "utf-8",
    "sender": "磯崎 由紀 <isozaki.y@hinode-sangyo.co.jp>",
    "to": ["パークロード 運営管理部 <unei@parkroad.co.jp>"],
    "subject": "機械式駐車場 点検時の出庫依頼（該当4台）",
    "body": "パークロード 運営管理部 ご担当者様\n\n日の出産業の磯崎です。\n"
            "9/18の機械式駐車場点検で、下段パレットの車両は前日までに出庫が必要です。\n"
            "該当の契約者は以下4名です。\n\n"
            + "".join(f"◇区画 B-{k + 3}\n　{p.name}（{p.room}号室）\n　TEL：{p.mobile}\n\n"
                      for k, p in enumerate(_p))
            + "出庫のお願い文書は弊社から投函済みです。\n磯崎\n",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four parking contractors with phones, one block each: below the five-person threshold",
})

MESSAGES.append({
    "id": "condo-068", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "桐生 真一 <kiryu.s@hinode-sangyo.co.jp>",
    "to": ["川端 <kawabata@shirakawa-law.jp>", "織田 <oda@kanrishi-oda.jp>"],
    "cc": ["八十島 亮 <yasojima.r@hinode-sangyo.co.jp>"],
    "subject": "サンライズ桜ヶ丘 規約改正の打合せ（三者）",
    "body": """川端先生、織田先生

いつもお世話になっております。日の出産業の桐生です。
サンライズ桜ヶ丘の管理規約改正（民泊禁止条項・専有部リフォームの届出）について、
三者での打合せを下記で設定させていただきました。

　日時：9月24日（木）15:00～16:00
　場所：Web会議（URLは前日にお送りします）
　資料：改正案新旧対照表（前日までに送付）

よろしくお願いいたします。

桐生
""",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations (law firm and consultant) in To: a normal three-way meeting mail",
})

MESSAGES.append({
    "id": "condo-069", "expect": "pass", "charset": "utf-8",
    "sender": "蓮見 さやか <hasumi.s@hinode-sangyo.co.jp>",
    "to": ["柘植 彩花 <tsuge.ayaka.0315@gmail.com>"],
    "subject": "Re: 鍵のお受け取り日時について",
    "body": """柘植 彩花 様

日の出産業 賃貸管理課の蓮見です。
ご連絡ありがとうございます。鍵のお受け取りは、ご希望どおり
9月12日（土）11:00、弊社五反田事務所にてご用意いたします。

当日は以下をお持ちください。
・ご本人確認書類
・認印（鍵受領書へのご捺印用）

ご来社が難しくなった場合はお電話でご連絡ください。
どうぞよろしくお願いいたします。
""" + sig("蓮見 さやか", "賃貸管理課", "hasumi.s@hinode-sangyo.co.jp"),
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "reply to one new tenant on gmail about key handover: one free-mail recipient",
})

MESSAGES.append({
    "id": "condo-070", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "桐生 真一 <kiryu.s@hinode-sangyo.co.jp>",
    "to": ["一尺八寸 清 <kamatsuka.kiyo@gmail.com>"],
    "subject": "Re: 理事会資料は配ってもよいか",
    "body": """一尺八寸理事長

お世話になっております。桐生です。
お問い合わせの件、第4回理事会の資料（修繕積立金の収支と見積比較）は
社外秘扱いのものではございませんので、
ご関心のある組合員の方へ理事長からお配りいただいて問題ございません。

ただし、滞納状況の資料だけは個人が特定されるため回収させてください。

桐生
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "the word 社外秘 is only mentioned (saying the papers are not), not a marking",
})

_cn71 = corp_no("010401087352")
MESSAGES.append({
    "id": "condo-071", "expect": "pass", "charset": "utf-8",
    "sender": "経理 日の出産業 <keiri-fudosan@hinode-sangyo.co.jp>",
    "to": ["合同会社ミナトアセット 経理 <keiri@minato-asset.co.jp>"],
    "subject": "【請求書】賃貸管理手数料 2026年8月分",
    "body": f"""合同会社ミナトアセット
経理ご担当者様

いつもお世話になっております。日の出産業 不動産事業部の経理担当です。
2026年8月分の賃貸管理手数料の請求書をお送りします。

請求番号：HS-INV-2608-0217
請求金額：162,800円（税込）
お支払期日：2026年9月30日
振込先：みどり銀行 五反田支店 普通 1203348 ヒノデサンギヨウ（カ
登録番号：T{_cn71}

ご確認のほどよろしくお願いいたします。
""",
    "attachments": [{"kind": "pdf", "name": "請求書_HS-INV-2608-0217.pdf",
                     "lines": ["請求書", "合同会社ミナトアセット 御中", f"登録番号 T{_cn71}",
                               "日の出産業株式会社 東京都品川区西五反田七丁目22番17号"],
                     "table": [["品目", "数量", "金額"], ["賃貸管理手数料（メゾン朝霧 12戸）", "1", "98,000"],
                               ["賃貸管理手数料（コーポ若葉 8戸）", "1", "50,000"],
                               ["消費税（10%）", "", "14,800"], ["合計", "", "162,800"]]}],
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice with the company's T-number and its own bank account: business data, must go",
})

MESSAGES.append({
    "id": "condo-072", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "宇佐美 拓 <usami.t@hinode-sangyo.co.jp>",
    "to": ["前原西三丁目自治会 会長 <maebaranishi3.jichikai@yahoo.co.jp>"],
    "subject": "コーポ若葉での出来事についてのご報告",
    "body": """前原西三丁目自治会
会長 様

いつもお世話になっております。コーポ若葉を管理しております日の出産業の宇佐美です。

先日、コーポ若葉の一室でお住まいの方がお亡くなりになっているのが見つかり、
警察の車両が出入りするなど、近隣の皆様にはご心配をおかけいたしました。
事件性はないとのことで、現在はご遺族と今後の対応を進めております。

お問い合わせがございましたら、弊社までお寄せいただけますと幸いです。
回覧等でのお知らせが必要でしたらお申し付けください。

日の出産業株式会社 不動産事業部 賃貸管理課
宇佐美 拓　TEL 03-5437-8214
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "report of a death in the building to the residents' association without identifying the person",
})

MESSAGES.append({
    "id": "condo-073", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "百瀬 恭子 <momose.k@hinode-sangyo.co.jp>",
    "to": ["ビルケア東都 管理員センター <center@birucare-toto.co.jp>"],
    "subject": "パークサイド東雲 掲示物の差し替え（生活音のお願い）",
    "body": """ビルケア東都株式会社
管理員センター ご担当者様

いつもお世話になっております。日の出産業の百瀬です。
パークサイド東雲の管理員さんに、下記の掲示をお願いできますでしょうか。

――――――――――――――――――――
　　　生活音に関するお願い
　最近、夜間の足音やドアの開閉音についてのご相談が寄せられています。
　集合住宅では、上下左右のお部屋に思いのほか音が伝わります。
　特に22時以降は、椅子を引く音や洗濯機の使用にご配慮をお願いいたします。
　　　　　　　　　　　パークサイド東雲管理組合 理事会
――――――――――――――――――――

掲示期間：9月5日～10月4日（エントランス、各階エレベーターホール）
掲示物は9月4日に管理室へ郵送いたします。

百瀬
""",
    "entities": [],
    "detectors": [],
    "note": "a general noise notice for posting, naming nobody: ordinary mail to the caretaker company",
})

MESSAGES.append({
    "id": "condo-074", "expect": "pass", "charset": "utf-8",
    "sender": "東海林 翠 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["ライフガード保証 営業部 <eigyo@lifeguard-hosho.jp>"],
    "subject": "保証プランの料率について（確認）",
    "body": """ライフガード保証株式会社
営業部 ご担当者様

いつもお世話になっております。日の出産業 賃貸管理課の東海林です。
10月からの料率改定後の内容、下記の理解で合っているかご確認いただけますか。

プラン名            初回保証料        更新料（年）     対象
--------------------------------------------------------------
スタンダード        月額賃料等の50%    10,000円         個人
ライト              月額賃料等の30%    月額の1%/月      個人（連帯保証人あり）
法人プラン          月額賃料等の40%    10,000円         法人
シニア見守り付き    月額賃料等の60%    12,000円         65歳以上

また、シニア見守り付きプランの見守りサービスの提供会社も教えてください。

東海林
""",
    "entities": [],
    "detectors": [],
    "note": "a price list of guarantee plans in a padded table: no personal data",
})

_bl = [("サンライズ桜ヶ丘", "世田谷区桜丘4-18-3", "03-3429-0811", "10/5(月)", "9:00-17:00"),
       ("メゾン朝霧", "杉並区高円寺南5-21-9", "03-3315-6028", "10/6(火)", "9:00-15:00"),
       ("パークサイド東雲", "江東区東雲1-4-30", "03-5530-1974", "10/7(水)・10/8(木)", "9:00-17:00"),
       ("ヒノデパレス中原", "川崎市中原区新丸子東2-907", "044-411-2360", "10/13(火)", "9:00-17:00"),
       ("グランフォレスト日の出台", "さいたま市浦和区常盤8-5-1", "048-829-4471", "10/15(木)", "9:00-16:00")]
MESSAGES.append({
    "id": "condo-075", "expect": "pass", "charset": "cp932",
    "sender": "百瀬 恭子 <momose.k@hinode-sangyo.co.jp>",
    "to": ["防災点検サービス 点検課 堀内 <horiuchi@bousai-tenken.co.jp>"],
    "subject": "秋季 消防設備点検 物件別日程",
    "body": "堀内様\n\nお世話になっております。日の出産業の百瀬です。\n"
            "秋季の消防設備点検、物件別の日程が確定しました。現地の連絡先は各管理室です。\n\n"
            "物件名\t所在地\t管理室TEL\t点検日\t時間帯\n"
            + "\n".join("\t".join(b) for b in _bl)
            + "\n\n室内点検の不在住戸は後日、再訪をお願いします。\n百瀬\n",
    "entities": [],
    "detectors": [],
    "note": "tab-separated list of buildings, caretaker-office phones and dates: a business list",
})

MESSAGES.append({
    "id": "condo-076", "expect": "pass", "charset": "utf-8",
    "sender": "磯崎 由紀 <isozaki.y@hinode-sangyo.co.jp>",
    "to": ["ハウスリンク仲介 高円寺店 <koenji@houselink-chukai.jp>"],
    "subject": "メゾン朝霧 駐車場 空き区画のご案内",
    "html": """<html><body>
<p>ハウスリンク仲介 高円寺店 ご担当者様</p>
<p>いつもお世話になっております。日の出産業の磯崎です。<br>
メゾン朝霧の駐車場で、10月から下記の区画が空きますので、外部貸しも含めご紹介をお願いします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>区画</th><th>種別</th><th>サイズ制限</th><th>月額（税込）</th><th>空き予定</th></tr>
<tr><td>No.3</td><td>平置き</td><td>全長5.0m 幅1.9m</td><td>27,500円</td><td>10/1</td></tr>
<tr><td>No.7</td><td>平置き（屋根付）</td><td>全長4.8m 幅1.8m</td><td>30,800円</td><td>10/1</td></tr>
<tr><td>No.12</td><td>バイク</td><td>250cc以下</td><td>5,500円</td><td>即日</td></tr>
</table>
<p>募集図面はPDFで追ってお送りします。</p>
<p>日の出産業株式会社 不動産事業部 賃貸管理課 磯崎 由紀<br>TEL 03-5437-8210</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "HTML-only table of vacant parking spaces and prices: no people",
})

# ---------------------------------------------------------------------------------------
# 077-097 (pass)
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "condo-077", "expect": "pass", "charset": "utf-8",
    "sender": "Taku Usami <usami.t@hinode-sangyo.co.jp>",
    "to": ["Michael Tan <michael.tan@tanfamilyoffice.com.sg>"],
    "subject": "Monthly owner report - Park Side Shinonome #1203 (August 2026)",
    "body": """Dear Mr. Tan,

Please find below the owner report for your unit #1203 for August 2026.

  Rent received (Aug)          JPY 238,000
  Management fee (HOA)         JPY -31,400
  Repair reserve (HOA)         JPY -22,600
  Our management fee (5%)      JPY -11,900
  Aircon repair (living room)  JPY -19,800
  -----------------------------------------
  Net remittance               JPY 152,300   (to be remitted on 10 Sep)

The tenant renewed the lease in July for another two years on the same rent.
The HOA has approved the large-scale repair for 2028; no special levy is expected.

Kind regards,
Taku Usami
Rental Management Section, Hinode Sangyo Co., Ltd.
""",
    "entities": [],
    "detectors": [],
    "note": "English owner report for one unit: money figures only, no third person's data",
})

_p78 = low_rooms(people(78, 1), 5, 78)[0]
MESSAGES.append({
    "id": "condo-078", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "不破 健吾 <fuwa.k@hinode-sangyo.co.jp>",
    "to": ["東光設備工業 工務部 <komu@toko-setsubi.co.jp>"],
    "subject": "メゾン朝霧 漏水調査のお願い（至急）",
    "body": f"""東光設備工業 工務部 御中

お世話になっております。日の出産業の不破です。
メゾン朝霧で天井からの漏水の連絡がありました。本日中に調査をお願いできますか。

　場所：メゾン朝霧 {_p78.room}号室（天井の照明まわり）
　入居者：{_p78.name} 様
　連絡先：{_p78.mobile}（在宅しているとのことです）

上階は空室のため、鍵は管理室のキーボックス（K-03）をお使いください。

不破
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one tenant's name and mobile given to the plumber for a leak visit: a single person, must go",
})

MESSAGES.append({
    "id": "condo-079", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "八十島 亮 <yasojima.r@hinode-sangyo.co.jp>",
    "to": ["ミライ住宅管理 引継ぎ担当 <hikitsugi@mirai-jutaku.co.jp>",
           "パークサイド東雲管理組合 理事長 鬼頭 <kito.naoki.1967@gmail.com>"],
    "subject": "管理業務引継ぎ 打合せ次第",
    "body": """ミライ住宅管理 引継ぎご担当様
鬼頭理事長

お世話になっております。日の出産業の八十島です。
9月16日の引継ぎ打合せの次第をお送りします。

１．管理組合会計の引継ぎ（通帳・印鑑・未収金）
２．設備保守契約の承継（エレベーター・消防・清掃）
３．長期修繕計画・修繕履歴の引渡し
４．居住者からの継続案件（漏水、駐輪場）
５．鍵・書類の引渡し日程

所要時間は90分程度を予定しております。
よろしくお願いいたします。

八十島
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one company and one private board chair in To: only two external parties",
})

MESSAGES.append({
    "id": "condo-080", "expect": "pass", "charset": "utf-8",
    "sender": "百瀬 恭子 <momose.k@hinode-sangyo.co.jp>",
    "to": ["桜丘三丁目町会 <sakuragaoka3.chokai@gmail.com>"],
    "subject": "Re: 秋祭り協賛のお願い",
    "body": """桜丘三丁目町会
会計ご担当 様

いつもお世話になっております。サンライズ桜ヶ丘を管理しております日の出産業の百瀬です。

秋祭りの協賛の件、管理組合の理事会で承認されましたのでご連絡いたします。
　協賛金：20,000円（管理組合より）
　お支払：9月末までに町会指定口座へお振込み
　提灯への名入れ：「サンライズ桜ヶ丘管理組合」でお願いします

当日、マンション前の道路に屋台が出る時間帯がわかりましたら、
掲示でお知らせしたいので教えていただけますと助かります。

百瀬
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "ordinary neighbourhood-association sponsorship mail to one free-mail address",
})

_keys = "\n".join(f"{r}\t{s}\t{n}本\t{t}" for r, s, n, t in [
    ("201", "MIWA U9 #48213", 3, "ディンプル"), ("202", "MIWA U9 #48214", 3, "ディンプル"),
    ("305", "GOAL V18 #A7720", 2, "リバーシブル"), ("401", "MIWA PR #33081", 3, "ディンプル"),
    ("402", "MIWA PR #33082", 3, "ディンプル"), ("503", "SHOWA X #91106", 2, "カード併用"),
    ("504", "SHOWA X #91107", 2, "カード併用")])
MESSAGES.append({
    "id": "condo-081", "expect": "pass", "charset": "cp932",
    "sender": "蓮見 さやか <hasumi.s@hinode-sangyo.co.jp>",
    "to": ["キーステーション 予約センター <yoyaku@keystation.jp>"],
    "subject": "空室のシリンダー交換 7戸分",
    "body": f"""キーステーション 予約センター 御中

日の出産業の蓮見です。
メゾン朝霧の空室7戸、次の入居者募集前にシリンダー交換をお願いします。
現在のシリンダー情報は以下のとおりです（部屋／型番・キーNo.／本数／種類）。

{_keys}

作業日は9月中でお任せします。鍵は管理室で受け渡しです。
蓮見
""",
    "entities": [],
    "detectors": [],
    "note": "a list of vacant rooms and key serial numbers: no person behind the rows",
})

MESSAGES.append({
    "id": "condo-082", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "不破 健吾 <fuwa.k@hinode-sangyo.co.jp>",
    "to": ["昇陽エレベータ 営業部 <eigyo@shoyo-elevator.co.jp>"],
    "subject": "ヒノデパレス中原 エレベーター更新工事 見積依頼（図面・写真）",
    "body": """昇陽エレベータ株式会社
営業部 ご担当者様

お世話になっております。日の出産業 建物保全課の不破です。
ヒノデパレス中原のエレベーター2基の更新工事について、お見積りをお願いいたします。
竣工図の該当ページと、機械室・かご内の写真をZIPにまとめました。

・現行：2001年製 ロープ式 9人乗り×2基
・希望：準撤去リニューアル、停止期間は1基ずつ最長3週間
・提出期限：10月9日（金）

よろしくお願いいたします。
不破
""",
    "attachments": [{"kind": "zip", "name": "EV更新_資料.zip", "files": [
        {"kind": "pdf", "name": "竣工図_昇降機.pdf",
         "lines": ["ヒノデパレス中原 竣工図 昇降機設備", "1号機 P9-CO-60 9人乗り 14停止",
                   "2号機 P9-CO-60 9人乗り 14停止"]},
        {"kind": "png", "name": "機械室_01.png"}, {"kind": "png", "name": "かご内_01.png"}]}],
    "entities": [],
    "detectors": [],
    "note": "unencrypted ZIP of drawings and photos for a quotation: readable, no people",
})

_p = people(83, 2)
MESSAGES.append({
    "id": "condo-083", "expect": "pass", "charset": "utf-8",
    "sender": "宇佐美 拓 <usami.t@hinode-sangyo.co.jp>",
    "to": ["ひまわり損保 事故受付センター <jiko-uketsuke@himawari-sonpo.co.jp>"],
    "subject": "事故報告：パークサイド東雲 上下階漏水（個人賠償の可能性）",
    "body": f"""ひまわり損害保険株式会社 事故受付センター 御中

日の出産業の宇佐美です。漏水事故の報告です。

発生日：2026年9月3日
原因　：{_p[0].room}号室の洗濯機排水ホースの外れ（専有部）
被害　：{_p[1].room}号室の天井・壁クロス、照明器具

加害側：{_p[0].name} 様（{_p[0].mobile}）— 個人賠償責任保険（御社）加入とのこと
被害側：{_p[1].name} 様（{_p[1].mobile}）

双方とも、保険会社からの直接連絡にご了承いただいています。
共用部への被害はありません。

宇佐美
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two residents' names and mobiles in an accident report to the insurer: under five, no sensitive data",
})

MESSAGES.append({
    "id": "condo-084", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "東海林 翠 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["阿久津 様 <akutsu.r-1988@yahoo.co.jp>"],
    "subject": "家賃のお振込みについて（ご確認のお願い）",
    "body": """阿久津 様

いつもお世話になっております。
コーポ若葉を管理しております日の出産業の東海林でございます。

8月分・9月分のご家賃（各58,000円、合計116,000円）について、
本日時点で弊社での入金が確認できておりません。
行き違いでお振込みいただいている場合はご容赦ください。

お支払いが難しいご事情がある場合は、分割のご相談も承りますので、
9月15日までに弊社までご連絡をお願いいたします。
""" + sig("東海林 翠", "賃貸管理課", "shoji.m@hinode-sangyo.co.jp"),
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a rent reminder to the tenant himself on free mail: his own matter, one recipient",
})

MESSAGES.append({
    "id": "condo-085", "expect": "pass", "charset": "utf-8",
    "sender": "桐生 真一 <kiryu.s@hinode-sangyo.co.jp>",
    "to": ["桐生 真一 <kiryu.s@hinode-sangyo.co.jp>"],
    "bcc": ["kamatsuka.kiyo@gmail.com", "shishido-h@yahoo.co.jp", "wanibuchi.makoto@icloud.com",
            "tsuge_sanae@docomo.ne.jp", "k.nukui0412@outlook.jp", "gomi.kazuko@ezweb.ne.jp"],
    "subject": "【サンライズ桜ヶ丘】第5回理事会 資料送付",
    "body": """理事各位

いつもお世話になっております。管理会社の日の出産業 桐生です。
（本メールは理事の皆様へBCCでお送りしています）

9月27日の第5回理事会の資料をお送りします。
・駐輪場ラック増設 見積比較（3社）
・建物診断 発注仕様書（案）

当日は印刷したものもご用意します。

桐生
""",
    "attachments": [{"kind": "pdf", "name": "第5回理事会資料.pdf",
                     "lines": ["第5回理事会資料", "1. 駐輪場ラック増設 見積比較",
                               "A社 1,430,000円 / B社 1,295,000円 / C社 1,512,000円",
                               "2. 建物診断 発注仕様書（案）"]}],
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "six board members correctly put in Bcc (To is the sender): nobody sees anyone else",
})

MESSAGES.append({
    "id": "condo-086", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "八十島 亮 <yasojima.r@hinode-sangyo.co.jp>",
    "to": ["みどり台市 市民安全課 <shiminanzen@city.midoridai.lg.jp>"],
    "subject": "防犯カメラ設置費補助金の申請について（問い合わせ）",
    "body": """みどり台市 市民安全課 ご担当者様

お世話になっております。
市内のマンション「グランフォレスト日の出台」の管理会社、日の出産業の八十島と申します。

管理組合でエントランスと駐輪場への防犯カメラ設置を検討しており、
市の「地域防犯カメラ設置費補助金」の対象となるか伺いたくご連絡しました。

1. 管理組合（法人格なし）が申請者となれるか
2. 既存カメラの更新は対象となるか
3. 令和8年度の申請締切

お手数ですがご教示いただけますと幸いです。
""" + sig("八十島 亮", "マンション管理課 課長", "yasojima.r@hinode-sangyo.co.jp"),
    "entities": [],
    "detectors": [],
    "note": "an inquiry to the city office about a subsidy: ordinary mail",
})

MESSAGES.append({
    "id": "condo-087", "expect": "pass", "charset": "utf-8",
    "sender": "百瀬 恭子 <momose.k@hinode-sangyo.co.jp>",
    "to": ["ヒノデパレス中原管理組合 広報委員会 <koho@hinodepalace-kumiai.jp>"],
    "subject": "管理組合だより 10月号 原稿（修繕の実施状況）",
    "html": """<html><body>
<p>広報委員会の皆様</p>
<p>日の出産業の百瀬です。10月号の「修繕の実施状況」欄の原稿です。ご確認ください。</p>
<h3>今年度の修繕実施状況（9月末現在）</h3>
<table border="1" cellpadding="4">
<tr><th>工事</th><th>実施時期</th><th>施工</th><th>金額（税込）</th><th>状況</th></tr>
<tr><td>屋上防水 部分補修</td><td>5月</td><td>大和田建装</td><td>1,870,000円</td><td>完了</td></tr>
<tr><td>給水ポンプ オーバーホール</td><td>7月</td><td>東光設備工業</td><td>968,000円</td><td>完了</td></tr>
<tr><td>駐輪場ラック増設</td><td>11月予定</td><td>未定（見積中）</td><td>―</td><td>理事会審議中</td></tr>
<tr><td>エレベーター更新</td><td>令和9年度</td><td>昇陽エレベータ（予定）</td><td>約38,000,000円</td><td>臨時総会で審議</td></tr>
</table>
<p>写真は管理員さんが撮影したものを別途お送りします。</p>
</body></html>""",
    "entities": [],
    "detectors": [],
    "note": "HTML-only newsletter draft with a table of repair works and costs: no personal data",
})

MESSAGES.append({
    "id": "condo-088", "expect": "pass", "charset": "utf-8",
    "sender": "不破 健吾 <fuwa.k@hinode-sangyo.co.jp>",
    "to": ["一尺八寸 清 <kamatsuka.kiyo@gmail.com>"],
    "subject": "駐輪場ラック増設 見積比較表",
    "body": """一尺八寸理事長

お世話になっております。日の出産業の不破です。
駐輪場ラック増設の見積比較表をお送りします。
「比較」シートに3社の総額、「明細」シートに項目別の内訳をまとめました。

価格だけで見ればB社ですが、C社は電動アシスト車対応のスライド式で
将来の台数増にも対応できる点が優れています。

不破
""",
    "attachments": [{"kind": "xlsx", "name": "駐輪場ラック_見積比較.xlsx",
                     "sheets": {"比較": [["駐輪場ラック増設 見積比較（税込）"], [],
                                         ["業者", "方式", "増設台数", "金額", "工期"],
                                         ["A社 サイクルテック", "2段式", 24, 1430000, "5日"],
                                         ["B社 ミヤビ住設", "平置きラック", 18, 1295000, "3日"],
                                         ["C社 ダイトー設備", "スライド式", 22, 1512000, "4日"]],
                                "明細": [["業者", "項目", "金額"],
                                         ["A社", "ラック本体", 980000], ["A社", "施工費", 450000],
                                         ["B社", "ラック本体", 845000], ["B社", "施工費", 450000],
                                         ["C社", "ラック本体", 1102000], ["C社", "施工費", 410000]]}}],
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a multi-sheet quotation comparison (companies, prices) to the chair's private mail",
})

MESSAGES.append({
    "id": "condo-089", "expect": "pass", "charset": "utf-8",
    "sender": "Ryo Yasojima <yasojima.r@hinode-sangyo.co.jp>",
    "to": ["Legal - Pacific Bridge Realty <legal@pacificbridge-realty.com>"],
    "subject": "NDA and data processing terms for the property management agreement",
    "body": """Dear Legal Team,

Thank you for sending the draft mutual NDA. Before we sign, we would like to align on
two points, since the management agreement will involve tenants' personal information:

1. Definition of Confidential Information: please include personal data of tenants
   and applicants explicitly, and make clear it is handled under Japan's APPI.
2. Cross-border transfer: we would prefer that tenant data stays in our system in Japan
   and that your team receives only aggregated reports (rent roll without contacts).

We are fine with the 3-year term and with Singapore law for the NDA itself.
Could we have a short call next week?

Best regards,
Ryo Yasojima
Hinode Sangyo Co., Ltd.

This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender and delete it.
""",
    "entities": [],
    "detectors": [],
    "note": "English mail about an NDA and data handling, with a standard disclaimer: no marking, no data",
})

MESSAGES.append({
    "id": "condo-090", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "東海林 翠 <shoji.m@hinode-sangyo.co.jp>",
    "to": ["ライフガード保証 審査課 <shinsa@lifeguard-hosho.jp>"],
    "subject": "RE: 申込者の勤務先確認",
    "body": """ライフガード保証 審査課
ご担当者様

日の出産業の東海林です。お問い合わせの件、申込者の情報は以下のとおりです。

　申込者：雲母 麻衣（キララ マイ）
　生年月日：1994年11月8日
　携帯：090-2874-6315
　勤務先：医療法人社団 清風会 みどり台クリニック（医療事務、勤続5年）
　勤務先電話：048-861-3320

ご確認よろしくお願いいたします。

差出人: ライフガード保証 審査課 <shinsa@lifeguard-hosho.jp>
送信日時: 2026年9月2日 10:18
宛先: 東海林 翠 <shoji.m@hinode-sangyo.co.jp>
件名: 申込者の勤務先確認

日の出産業 東海林様
グランフォレスト日の出台 203号室の申込者について、勤務先の在籍確認のため
勤務先名と代表電話番号をお知らせください。
""",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one applicant's DOB and mobile (no ID document) to the guarantor: single person, may warn",
})

MESSAGES.append({
    "id": "condo-091", "expect": "pass", "charset": "cp932",
    "sender": "不破 健吾 <fuwa.k@hinode-sangyo.co.jp>",
    "to": ["川崎電機 設備営業部 <setsubi-eigyo@kawasaki-denki.co.jp>"],
    "subject": "共用部照明のLED化 お見積りのお願い",
    "body": """川崎電機株式会社
設備営業部 御中

いつもお世話になっております。日の出産業 建物保全課の不破です。
サンライズ桜ヶ丘の共用部照明をLEDに更新したく、お見積りをお願いします。

　・共用廊下 ダウンライト 132台
　・階段 ブラケット 44台
　・エントランス ペンダント 6台
　・外構 ポール灯 8台（人感センサー付希望）

現地調査は管理員在勤の平日9時～16時でお願いします。
""" + sig("不破 健吾", "建物保全課", "fuwa.k@hinode-sangyo.co.jp", "03-5437-8216"),
    "entities": [],
    "detectors": [],
    "note": "quotation request to a known partner at its exact domain",
})

MESSAGES.append({
    "id": "condo-092", "expect": "pass", "charset": "utf-8",
    "sender": "蓮見 さやか <hasumi.s@hinode-sangyo.co.jp>",
    "to": ["宍戸 様 <shishido.owner@outlook.jp>"],
    "subject": "FW: 【ご案内】保証料改定のお知らせ（ライフガード保証）",
    "body": """宍戸様

いつもお世話になっております。日の出産業の蓮見です。
ご所有物件の入居者様が加入している家賃保証会社から、料金改定の案内がありましたので転送します。
オーナー様のご負担は変わりません。

-------- Forwarded Message --------
From: ライフガード保証 営業部 <eigyo@lifeguard-hosho.jp>
Subject: 【ご案内】保証料改定のお知らせ
To: 提携管理会社各位

提携管理会社各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
2026年10月1日お申込み分より、下記のとおり保証料を改定いたします。

　スタンダードプラン　初回保証料 月額賃料等の50%（変更なし）
　更新保証料　　　　　年額 10,000円 → 12,000円

ライフガード保証株式会社 営業部
東京都中央区日本橋室町一丁目8番4号　TEL 03-6225-1180
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "forward of a company's fee notice to an owner: the forward counts but carries only business data",
})

MESSAGES.append({
    "id": "condo-093", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "宇佐美 拓 <usami.t@hinode-sangyo.co.jp>",
    "to": ["八十島 亮 <yasojima.r@hinode-sangyo.co.jp>"],
    "cc": ["不動産事業部 法務連絡 <fudosan-legal@hinode-sangyo.co.jp>"],
    "subject": "【事故報告】コーポ若葉203号室 入居者死亡の件",
    "body": """八十島課長

お疲れさまです。宇佐美です。標記の件、社内報告です。

・入居者：釜萢 義男 様（79歳、単身、入居2009年～）
・発見：8/29 14:10、近隣住民の通報を受け宇佐美が警察官立会いで入室
・警察の所見：死後約10日。持病の糖尿病・慢性腎不全で通院中、死因は虚血性心疾患
・遺族：長女 釜萢 久美子 様（090-3318-6072）。相続人は長女のみとのこと
・今後：特殊清掃（おもいで整理サービスに見積依頼済）、原状回復、告知事項の検討

オーナー様への報告は明日電話で行います。
宇佐美
""",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    "detectors": [],
    "note": "detailed death report with health information, but addressed only to internal colleagues",
})

MESSAGES.append({
    "id": "condo-094", "expect": "pass", "charset": "utf-8",
    "sender": "宇佐美 拓 <usami.t@hinode-sangyo.co.jp>",
    "to": ["芦名 オーナー <ashina.kotaro.owner@gmail.com>"],
    "subject": "メゾン朝霧 207号室 退去立会い報告書",
    "body": """芦名様

いつもお世話になっております。日の出産業の宇佐美です。
207号室の退去立会いが完了しましたので、報告書を添付いたします。

原状回復費用のうち、クロスの一部とクリーニング費用は退去者様負担、
フローリングの経年劣化分はオーナー様負担となる見込みです。
募集開始は工事完了後の9月20日頃を予定しております。

宇佐美
""",
    "attachments": [{"kind": "pdf", "name": "退去立会い報告書_207.pdf",
                     "lines": ["退去立会い報告書", "物件：メゾン朝霧 207号室（1K 24.3㎡）",
                               "立会日：2026年8月31日　立会者：日の出産業 宇佐美",
                               "所見：洋室クロスにタバコのヤニ汚れ、キッチン換気扇の油汚れ"],
                     "table": [["項目", "数量", "金額", "負担"],
                               ["クロス張替（洋室）", "38㎡", "45,600", "借主"],
                               ["ハウスクリーニング", "1式", "33,000", "借主"],
                               ["フローリング補修", "1式", "52,800", "貸主"],
                               ["鍵交換", "1式", "22,000", "貸主"]]}],
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "move-out inspection report for one unit with costs, the leaving tenant not named: to the private owner",
})

_p = people(95, 7)
_q95 = "\n".join(f"{p.room}  {p.romaji}  {p.mobile}" for p in _p)
MESSAGES.append({
    "id": "condo-095", "expect": "pass", "charset": "utf-8",
    "sender": "Taku Usami <usami.t@hinode-sangyo.co.jp>",
    "to": ["Pacific Bridge Realty - Asset Mgmt <am@pacificbridge-realty.com>"],
    "subject": "Re: Inspection access list",
    "body": f"""Dear Ms. Lau,

Thank you. Confirmed - we will contact the tenants on your list ourselves and
arrange access for 18 September. I will send the final time slots by Tuesday.

Best regards,
Taku Usami

On Fri, Sep 4, 2026 at 9:12 AM Lau Wing Yee <am@pacificbridge-realty.com> wrote:
Dear Mr. Usami,
Our surveyor needs access to the following units. Could you arrange it?

{_q95}

Many thanks,
Wing Yee Lau
""",
    "entities": [],
    "detectors": [],
    "note": "the seven-tenant list is only in the quoted part under 'On ... wrote:' from the recipient",
})

MESSAGES.append({
    "id": "condo-096", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "不破 健吾 <fuwa.k@hinode-sangyo.co.jp>",
    "to": ["大和田建装 保坂 <hosaka@owada-kenso.co.jp>"],
    "subject": "専有部 修繕履歴（サッシ・玄関扉）",
    "body": """保坂様

お世話になっております。不破です。
サッシ・玄関扉の改修範囲を決めるため、専有部側で既に交換済みの住戸をお知らせします。
これらの住戸は今回の工事対象から外す方向で考えています。

部屋   工事内容                 実施日       施工
----------------------------------------------------------
 204   玄関扉 交換（防犯型）     2019/07/22   管理組合発注
 311   サッシ カバー工法         2021/03/05   個人発注（理事会承認済）
 402   玄関扉 交換               2019/07/22   管理組合発注
 507   サッシ 複層ガラス化       2023/11/14   個人発注（理事会承認済）
 702   サッシ カバー工法         2024/02/09   個人発注（理事会承認済）
 805   玄関扉 交換（防犯型）     2019/07/22   管理組合発注

よろしくお願いします。
不破
""",
    "entities": [],
    "detectors": [],
    "note": "repair history keyed by room number: about the building, not people's records",
})

MESSAGES.append({
    "id": "condo-097", "expect": "pass", "charset": "iso-2022-jp",
    "sender": "百瀬 恭子 <momose.k@hinode-sangyo.co.jp>",
    "to": ["長谷川 正男 <m.hasegawa1951@yahoo.co.jp>"],
    "subject": "自治会の新役員のご紹介",
    "body": """長谷川理事長

お世話になっております。百瀬です。
常盤八丁目自治会の役員が交代されたとのことで、自治会から
管理組合との窓口になる方のご連絡先を伺いましたのでお知らせします。

　会長　　　八木沢 敏行 様　携帯 080-6219-4407
　防災部長　左右田 由美 様　携帯 070-3382-9150

11月の合同防災訓練の打合せは、まず八木沢会長にご連絡いただければとのことです。

百瀬
""",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "two association officers' mobiles passed to the board chair: two people, must go",
})

# ---------------------------------------------------------------------------------------
# 098-100 (either)
# ---------------------------------------------------------------------------------------

_p = people(98, 6)
_r98 = ["理事長", "副理事長", "会計", "理事", "理事", "監事"]
MESSAGES.append({
    "id": "condo-098", "expect": "either", "charset": "iso-2022-jp",
    "sender": "桐生 真一 <kiryu.s@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 松浦 <matsuura@nishiki-insatsu.co.jp>"],
    "subject": "掲示用「第32期 役員のお知らせ」印刷",
    "body": "松浦様\n\nお世話になっております。日の出産業の桐生です。\n"
            "サンライズ桜ヶ丘の掲示用「役員のお知らせ」をA3で3部お願いします。原稿は以下です。\n\n"
            "　　　第32期 管理組合役員のお知らせ\n"
            + "\n".join(f"　{zpad(r, 5)}{zpad(p.name, 8)}（{zen(p.room)}号室）" for r, p in zip(_r98, _p))
            + "\n\n　任期：令和8年7月1日～令和9年6月30日\n\n桐生\n",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "six board members' names with room numbers and roles, no contact data, for a lobby notice: debatable",
})

MESSAGES.append({
    "id": "condo-099", "expect": "either", "charset": "utf-8",
    "sender": "蓮見 さやか <hasumi.s@hinode-sangyo.co.jp>",
    "to": ["温井 様 <nukui.owner.k@icloud.com>"],
    "subject": "グランフォレスト日の出台 705号室 入居申込のご報告",
    "body": """温井様

いつもお世話になっております。日の出産業の蓮見です。
705号室に入居申込が1件ありましたのでご報告します。

申込者は20代後半の会社員の方（ベトナム国籍、在留資格「技術・人文知識・国際業務」）で、
勤務先は都内のソフトウェア会社です。日本語での会話は問題ありません。
保証会社の審査は承認済みです。

入居可否のご判断をいただけますでしょうか。

蓮見
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "nationality (not race) of an unnamed applicant told to the owner: borderline whether it is 要配慮 or identifiable",
})

MESSAGES.append({
    "id": "condo-100", "expect": "either", "charset": "iso-2022-jp",
    "sender": "桐生 真一 <kiryu.s@hinode-sangyo.co.jp>",
    "to": ["一尺八寸 清 <kamatsuka.kiyo@gmail.com>"],
    "subject": "8月末 管理費等 未収状況",
    "body": """一尺八寸理事長

お世話になっております。桐生です。
8月末時点の管理費等の未収状況です（部屋番号のみで記載しています）。

部屋    未収月数   未収額（円）
-------------------------------
 203      10        286,000
 308       7        197,400
 412      14        411,600
 506       6        171,000
 611       8        226,400
 705       5        142,500
 902       3         85,500

次回理事会で法的措置の対象とするか、ご審議をお願いいたします。

桐生
""",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "arrears by room number only (no names or contacts) to the board chair: rooms identify owners, honestly debatable",
})
