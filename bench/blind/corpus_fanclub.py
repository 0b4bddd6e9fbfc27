"""Blind corpus, area "fanclub": 日の出産業 runs the fan club (サンライズ・クラブ) and the
merchandise shop of a fictional professional football club, 湊サンライズFC — member
registrations and renewals, ticket pre-sale lotteries, autograph events and their winners,
shipping of goods, accessible seats for members with disabilities, banned members, player
appearance bookings, printing of member cards, card payments.

Every person, member number, phone number, address, card number, My Number and every
organisation outside the brief's list is invented; any likeness to a real one is chance.
Check-digit-valid My Numbers and Luhn-valid card numbers come from build.my_number() /
build.card_number() with seeds starting at 8101 (8101, 8102, … in order of use).
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata

from build import card_number, my_number

R = random.Random(8101)
_SEED = [8101]


def next_my_number() -> str:
    s = _SEED[0]
    _SEED[0] += 1
    return my_number(s)


def next_card() -> str:
    s = _SEED[0]
    _SEED[0] += 1
    return card_number(s)


# -- formatting helpers ------------------------------------------------------------------

_FW = str.maketrans("0123456789-/().:,", "０１２３４５６７８９－／（）．：，")


def fw(s: str) -> str:
    """ASCII digits and separators to full width."""
    return s.translate(_FW)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, n: int, fill: str = " ") -> str:
    return s + fill * max(0, n - _w(s))


def text_table(rows: list[list[str]], gap: int = 2, rule: str = "-") -> str:
    widths = [max(_w(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, row in enumerate(rows):
        out.append((" " * gap).join(pad(str(c), widths[i]) for i, c in enumerate(row)).rstrip())
        if k == 0:
            out.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(out)


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(2019, 5, 1):
        era, short, y = "令和", "R", d.year - 2018
    elif d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fwkanji":
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    if style == "fwshort":
        return fw(f"{short}{y}.{d.month}.{d.day}").replace("S", "Ｓ").replace("H", "Ｈ").replace("R", "Ｒ")
    raise ValueError(style)


def corporate_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- people ------------------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"), ("清水", "シミズ", "Shimizu"),
    ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
    ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
    ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("藤井", "フジイ", "Fujii"),
    ("岡本", "オカモト", "Okamoto"), ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"),
    ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"), ("竹内", "タケウチ", "Takeuchi"),
    ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"), ("中野", "ナカノ", "Nakano"),
    ("石井", "イシイ", "Ishii"), ("上野", "ウエノ", "Ueno"), ("新井", "アライ", "Arai"),
    ("菅原", "スガワラ", "Sugawara"), ("平野", "ヒラノ", "Hirano"), ("野口", "ノグチ", "Noguchi"),
    ("大野", "オオノ", "Ono"), ("千葉", "チバ", "Chiba"), ("久保", "クボ", "Kubo"),
]
RARE = [
    ("勅使河原", "テシガワラ", "Teshigawara"), ("四月一日", "ワタヌキ", "Watanuki"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("東海林", "ショウジ", "Shoji"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("薬袋", "ミナイ", "Minai"), ("九十九", "ツクモ", "Tsukumo"),
    ("百目鬼", "ドウメキ", "Domeki"), ("月見里", "ヤマナシ", "Yamanashi"),
    ("御手洗", "ミタライ", "Mitarai"), ("一尺八寸", "カマツカ", "Kamatsuka"),
    ("興梠", "コオロギ", "Korogi"), ("左右田", "ソウダ", "Soda"), ("我妻", "ワガツマ", "Wagatsuma"),
    ("粟飯原", "アイハラ", "Aihara"), ("小比類巻", "コヒルイマキ", "Kohiruimaki"),
    ("十文字", "ジュウモンジ", "Jumonji"), ("鬼頭", "キトウ", "Kito"), ("栗花落", "ツユリ", "Tsuyuri"),
    ("八月朔日", "ホズミ", "Hozumi"),
]
GIVEN = [
    ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("美咲", "ミサキ", "Misaki"),
    ("陽菜", "ヒナ", "Hina"), ("健一", "ケンイチ", "Kenichi"), ("直樹", "ナオキ", "Naoki"),
    ("由美子", "ユミコ", "Yumiko"), ("真由美", "マユミ", "Mayumi"), ("拓海", "タクミ", "Takumi"),
    ("結衣", "ユイ", "Yui"), ("蓮", "レン", "Ren"), ("さくら", "サクラ", "Sakura"),
    ("浩二", "コウジ", "Koji"), ("聡", "サトシ", "Satoshi"), ("恵", "メグミ", "Megumi"),
    ("優斗", "ユウト", "Yuto"), ("彩", "アヤ", "Aya"), ("和也", "カズヤ", "Kazuya"),
    ("千尋", "チヒロ", "Chihiro"), ("俊介", "シュンスケ", "Shunsuke"), ("智子", "トモコ", "Tomoko"),
    ("琴音", "コトネ", "Kotone"), ("隆", "タカシ", "Takashi"), ("玲奈", "レイナ", "Reina"),
    ("悠真", "ユウマ", "Yuma"), ("沙織", "サオリ", "Saori"), ("亮", "リョウ", "Ryo"),
    ("奈々", "ナナ", "Nana"), ("誠", "マコト", "Makoto"), ("芽衣", "メイ", "Mei"),
    ("康弘", "ヤスヒロ", "Yasuhiro"), ("早苗", "サナエ", "Sanae"), ("颯太", "ソウタ", "Sota"),
    ("明美", "アケミ", "Akemi"), ("湊", "ミナト", "Minato"), ("凛", "リン", "Rin"),
    ("哲也", "テツヤ", "Tetsuya"), ("裕子", "ユウコ", "Yuko"), ("大和", "ヤマト", "Yamato"),
    ("紗希", "サキ", "Saki"), ("正樹", "マサキ", "Masaki"), ("友美", "トモミ", "Tomomi"),
]
ADDRS = [
    ("231-0023", "神奈川県横浜市中区山下町"), ("231-0861", "神奈川県横浜市中区元町"),
    ("220-0012", "神奈川県横浜市西区みなとみらい"), ("211-0004", "神奈川県川崎市中原区新丸子東"),
    ("237-0062", "神奈川県横須賀市浦郷町"), ("251-0037", "神奈川県藤沢市鵠沼海岸"),
    ("254-0034", "神奈川県平塚市宝町"), ("252-0303", "神奈川県相模原市南区相模大野"),
    ("144-0051", "東京都大田区西蒲田"), ("154-0024", "東京都世田谷区三軒茶屋"),
    ("194-0013", "東京都町田市原町田"), ("261-0026", "千葉県千葉市美浜区幕張西"),
    ("273-0005", "千葉県船橋市本町"), ("330-0063", "埼玉県さいたま市浦和区高砂"),
    ("332-0017", "埼玉県川口市栄町"), ("420-0852", "静岡県静岡市葵区紺屋町"),
    ("530-0001", "大阪府大阪市北区梅田"), ("450-0002", "愛知県名古屋市中村区名駅"),
    ("060-0001", "北海道札幌市中央区北一条西"), ("812-0011", "福岡県福岡市博多区博多駅前"),
    ("980-0811", "宮城県仙台市青葉区一番町"), ("305-0032", "茨城県つくば市竹園"),
    ("243-0018", "神奈川県厚木市中町"), ("247-0056", "神奈川県鎌倉市大船"),
    ("238-0011", "神奈川県横須賀市米が浜通"), ("233-0002", "神奈川県横浜市港南区上大岡西"),
    ("210-0007", "神奈川県川崎市川崎区駅前本町"), ("236-0042", "神奈川県横浜市金沢区釜利谷東"),
    ("259-1116", "神奈川県伊勢原市石田"), ("226-0025", "神奈川県横浜市緑区十日市場町"),
]
BUILDINGS = ["", "", "", "", " サンライズハイツ302", " コーポ湊201", " グランメゾン港南805",
             " 第二松風荘11号", " パークサイド大船1103", " シティハイム2-B", " ベイコート弐番館407"]
FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "yahoo.co.jp", "yahoo.co.jp", "icloud.com",
            "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp"]
_USED: set[str] = set()


def person(rare: bool = False, born: tuple[int, int] = (1950, 2008)) -> dict:
    while True:
        s = R.choice(RARE if rare else SURNAMES)
        g = R.choice(GIVEN)
        if s[0] + g[0] not in _USED:
            break
    _USED.add(s[0] + g[0])
    zip_, city = R.choice(ADDRS)
    if R.random() < 0.5:
        street = f"{R.randint(1, 5)}-{R.randint(1, 28)}-{R.randint(1, 19)}"
    else:
        street = f"{R.randint(1, 4)}丁目{R.randint(1, 30)}番{R.randint(1, 22)}号"
    addr = city + street + R.choice(BUILDINGS)
    dob = _dt.date(R.randint(*born), R.randint(1, 12), R.randint(1, 28))
    user = R.choice([
        f"{g[2].lower()}.{s[2].lower()}{R.randint(1, 99)}",
        f"{s[2].lower()}_{g[2][0].lower()}{dob.year % 100:02d}",
        f"sunrise{R.choice(['_', '-', ''])}{g[2].lower()}{R.randint(10, 999)}",
        f"{g[2][0].lower()}{s[2].lower()}{dob.month:02d}{dob.day:02d}",
        f"minato-{s[2].lower()}{R.randint(1, 9)}",
    ])
    phone = f"0{R.choice('987')}0-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name_nospace": s[0] + g[0],
        "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2]}",
        "zip": zip_, "addr": addr, "pref": city[:city.index("都") + 1] if "都" in city[:4]
        else city[:city.index("道") + 1] if city.startswith("北海道")
        else city[:city.index("府") + 1] if "府" in city[:4] else city[:city.index("県") + 1],
        "phone": phone, "email": f"{user}@{R.choice(FREEMAIL)}",
        "dob": dob, "member": f"SR{R.randint(10, 26)}{R.randint(100000, 999999)}",
        "land": (lambda a: f"0{a}-{R.randint(1000, 9999) if a == '3' else R.randint(200, 999)}-{R.randint(1000, 9999)}")(
            R.choice(['45', '44', '46', '3', '43', '48'])),
    }


def people(n: int, rare: int = 0, **kw) -> list[dict]:
    out = [person(rare=(i < rare), **kw) for i in range(n)]
    R.shuffle(out)
    return out


def ymd(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


# -- signatures and boilerplate ----------------------------------------------------------

OFFICE = "〒231-0062 神奈川県横浜市中区桜木町1-101 日の出ビル7F"


def sig(name: str, kana: str, dept: str, mail: str, tel: str = "045-680-1172",
        style: int = 0) -> str:
    if style == 0:
        return (f"\n--\n日の出産業株式会社 ファンクラブ事業部 {dept}\n{name}（{kana}）\n"
                f"{OFFICE}\nTEL {tel} / FAX 045-680-1173\n{mail}\n")
    if style == 1:
        run = f"（運営：日の出産業株式会社 {dept}）" if dept else "（運営：日の出産業株式会社）"
        who = f"担当：{name}\n" if name else ""
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━\n湊サンライズFC オフィシャルファンクラブ事務局\n"
                f"{run}\n{who}TEL：{tel}（平日10:00～18:00）\n"
                f"Mail：{mail}\n━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n{name}\n日の出産業㈱ {dept}\n内線 7{R.randint(100, 999)} / {tel}\n"
    return (f"\n---------------------------------\n{kana}\nHinode Sangyo Co., Ltd.\n"
            f"Fan Club Division, {dept}\nTel: +81-{tel[1:]}\nE-mail: {mail}\n"
            f"---------------------------------\n")


DISCLAIMER_JA = ("\n※本メールには機密情報が含まれている場合があります。"
                 "誤って受信された場合は、お手数ですが送信者にご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information intended "
                 "solely for the addressee. If you have received it in error, please notify the "
                 "sender and delete it.\n")

# senders (staff of the fan club division)
TAKAMATSU = "高松 由紀 <takamatsu@hinode-sangyo.co.jp>"
SAIJO = "西条 拓也 <t-saijo@hinode-sangyo.co.jp>"
KAWABATA = "川端 みのり <kawabata.m@hinode-sangyo.co.jp>"
OKOCHI = "大河内 誠 <okochi@hinode-sangyo.co.jp>"
MIKAMI = "三上 綾香 <a-mikami@hinode-sangyo.co.jp>"
INABA = "稲葉 健太 <inaba@hinode-sangyo.co.jp>"
SAKAGUCHI = "坂口 さやか <s-sakaguchi@hinode-sangyo.co.jp>"
MUKAI = "Emily Mukai <mukai.emily@hinode-sangyo.co.jp>"
NOZAWA = "野沢 啓介 <nozawa@hinode-sangyo.co.jp>"
FC_DESK = "サンライズ・クラブ事務局 <fc-info@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    m.setdefault("cc", [])
    m.setdefault("bcc", [])
    m.setdefault("attachments", [])
    n = len(MESSAGES) + 1
    m["id"] = f"fanclub-{n:03d}"
    MESSAGES.append(m)

# =======================================================================================
# 001 stop — pre-sale lottery winners as CSV to the ticket agency
_p = people(30, rare=3)
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="30 lottery winners with phone and e-mail in a CSV to an external ticket agency",
    sender=SAIJO, to=["チケットプラス株式会社 発券センター <hakken@ticketplus.jp>"],
    cc=["高松 由紀 <takamatsu@hinode-sangyo.co.jp>"],
    subject="【サンライズ・クラブ】ホーム開幕戦 会員先行抽選 当選者データのご送付",
    body=("チケットプラス株式会社\n発券センター 御中\n\n"
          "いつもお世話になっております。日の出産業の西条です。\n\n"
          "3/8（土）ホーム開幕戦の会員先行抽選（第1次）の当選者データをお送りします。\n"
          "添付CSVの30件について、QRチケットの分配設定をお願いいたします。\n"
          "券種コードは前回お打合せのとおり（SS指定＝A01、ゴール裏自由＝B03）です。\n\n"
          "第2次抽選分は3/1以降にあらためてお送りします。\n"
          "ご不明点があればご連絡ください。\n"
          + sig("西条 拓也", "さいじょう たくや", "チケット企画課", "t-saijo@hinode-sangyo.co.jp",
                "045-680-1175")),
    attachments=[{"kind": "csv", "name": "senko_1ji_tousen_0301.csv", "rows":
                  [["会員番号", "氏名", "フリガナ", "電話番号", "メールアドレス", "券種コード", "枚数"]]
                  + [[p["member"], p["name"], p["kana"], p["phone"], p["email"],
                      R.choice(["A01", "B03", "B03"]), R.choice([1, 2, 2, 4])] for p in _p]}],
)

# 002 pass — internal: renewal payment reconciliation list to accounting
_p = people(25, rare=2)
add(
    expect="pass", charset="cp932",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="member renewal list goes only to internal accounting",
    sender=TAKAMATSU, to=["経理課 <keiri@hinode-sangyo.co.jp>"],
    cc=["三上 綾香 <a-mikami@hinode-sangyo.co.jp>"],
    subject="2月分 継続会員 入金照合リスト",
    body=("経理課 三上さん\n\nお疲れさまです。会員サービス課の高松です。\n"
          "2月分の継続（更新）会員のうち、コンビニ払いで入金済みの25件をCSVにしました。\n"
          "振込明細との照合をお願いします。金額が4,400円の方はジュニア会員です。\n\n"
          "よろしくお願いします。\n高松"),
    attachments=[{"kind": "csv", "name": "keizoku_202502_nyukin.csv", "encoding": "utf-8",
                  "rows": [["会員番号", "氏名", "郵便番号", "住所", "電話番号", "会員種別", "金額", "入金日"]]
                  + [[p["member"], p["name"], p["zip"], p["addr"], p["phone"],
                      k, 4400 if k == "ジュニア" else (11000 if k == "ゴールド" else 5500),
                      f"2025/02/{R.randint(1, 28):02d}"]
                     for p in _p for k in [R.choice(["レギュラー", "レギュラー", "ゴールド", "ジュニア"])]]}],
)

# 003 stop — autograph event winners as a space-padded table in the body
_p = people(8, rare=1)
_rows = [["No", "氏名", "会員番号", "居住地", "携帯電話"]] + [
    [str(i + 1), p["name"], p["member"], p["pref"], p["phone"]] for i, p in enumerate(_p)]
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="eight autograph-event winners with mobile numbers pasted into mail to the club's PR office",
    sender=OKOCHI, to=["森下 智恵 <morishita@minato-sunrise.co.jp>"],
    subject="Re: 4/20 ベイモール湊 サイン会 当選者のご連絡",
    body=("株式会社湊サンライズ 広報部\n森下様\n\n"
          "お世話になっております。日の出産業の大河内です。\n"
          "4/20（日）ベイモール湊でのサイン会（#10 早瀬選手・#23 真壁選手）の当選者が確定しましたので、\n"
          "以下のとおりご連絡いたします。当日の本人確認は会員証アプリで行います。\n\n"
          + text_table(_rows) + "\n\n"
          "※当日欠席の連絡があった場合は、携帯に事務局から確認の電話を入れます。\n"
          "※補欠当選者は別途お知らせします。\n\n"
          "引き続きよろしくお願いいたします。\n"
          + sig("大河内 誠", "おおこうち まこと", "イベント企画課", "okochi@hinode-sangyo.co.jp",
                "045-680-1180", style=2)),
)

# 004 stop — goods shipping list as XLSX (two sheets, title row) to the carrier
_p = people(14, rare=2)
_hdr = ["お届け先氏名", "郵便番号", "住所", "電話番号", "品名", "個数", "配達指定"]
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="14 members' names, addresses and phones in an XLSX shipping list to the carrier",
    sender=KAWABATA, to=["青葉運輸 横浜営業所 集荷受付 <yokohama-shuka@aoba-unyu.co.jp>"],
    subject="シーズンチケットホルダー特典 発送データ（2/26集荷分）",
    body=("青葉運輸株式会社\n横浜営業所 ご担当者様\n\n"
          "いつも大変お世話になっております。\n日の出産業 グッズ通販担当の川端でございます。\n\n"
          "2/26（水）集荷分のお届け先データをお送りいたします。\n"
          "「通常便」シートが10件、「時間指定」シートが4件です。\n"
          "品名はいずれも「特典マフラータオルセット」、60サイズ1個口となります。\n\n"
          "送り状の発行が済みましたら、伝票番号を入れたファイルをご返送いただけますと幸いです。\n\n"
          "何卒よろしくお願い申し上げます。\n"
          + sig("川端 みのり", "かわばた みのり", "グッズ通販課", "kawabata.m@hinode-sangyo.co.jp",
                "045-680-1178")),
    attachments=[{"kind": "xlsx", "name": "特典発送_0226集荷.xlsx", "title": "特典発送データ",
                  "sheets": {
                      "通常便": [["2025 シーズンチケットホルダー特典 発送リスト（通常便）"], [], _hdr]
                      + [[p["name"], p["zip"], p["addr"], p["phone"], "特典マフラータオルセット", 1, "指定なし"]
                         for p in _p[:10]],
                      "時間指定": [["2025 シーズンチケットホルダー特典 発送リスト（時間指定）"], [], _hdr]
                      + [[p["name"], p["zip"], p["addr"], p["phone"], "特典マフラータオルセット", 1,
                          R.choice(["午前中", "14-16時", "19-21時"])] for p in _p[10:]],
                  }}],
)

# 005 pass — one member's re-delivery to the carrier
_a = person()
add(
    expect="pass", charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one member's delivery address to the partner carrier: a single record, may be warned",
    sender=KAWABATA, to=["aoba-cs@aoba-unyu.co.jp"],
    subject="再配達のお願い（お問い合わせ番号 4829-1103-7756）",
    body=("青葉運輸 お客様センター御中\n\n"
          "お世話になっております。日の出産業の川端です。\n"
          "下記の荷物について、お届け先様より「不在票が入っていなかった」とご連絡がありました。\n"
          "お手数ですが、再配達の手配をお願いできますでしょうか。\n\n"
          "　お問い合わせ番号：4829-1103-7756\n"
          f"　お届け先：{_a['name']} 様\n"
          f"　住所：〒{_a['zip']} {_a['addr']}\n"
          f"　電話：{_a['phone']}\n"
          "　希望日時：3/4（火）19-21時\n\n"
          "よろしくお願いいたします。\n"
          + sig("川端 みのり", "かわばた みのり", "グッズ通販課", "kawabata.m@hinode-sangyo.co.jp",
                "045-680-1178", style=2)),
)

# 006 stop — one member's disability (wheelchair) to the stadium operator
_a = person(rare=True)
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named member's disability (手帳の等級, wheelchair) sent to the stadium operator",
    sender=SAKAGUCHI, to=["湊スタジアム運営 チケットセンター <ticket@minato-stadium.co.jp>"],
    subject="車椅子席のご手配について（3/15 vs 東都ユナイテッド戦）",
    body=("湊スタジアム運営株式会社\nチケットセンター ご担当者様\n\n"
          "いつもお世話になっております。サンライズ・クラブ事務局の坂口です。\n\n"
          "3/15の試合について、以下の会員様より車椅子席のご希望をいただいております。\n"
          "バックスタンド側の車椅子スペースを1区画、同伴者席1席をご手配いただけますでしょうか。\n\n"
          f"■会員氏名：{_a['name']}（{_a['kana']}）様\n"
          "■ご状況：脊髄損傷により電動車椅子をご使用（身体障害者手帳 1種1級）\n"
          "■介助者：1名同伴（奥様）\n"
          f"■当日連絡先：{_a['phone']}\n"
          "■ご要望：多機能トイレに近い区画を希望、入場はゲートEからの優先入場を希望\n\n"
          "ご確認のほどよろしくお願いいたします。\n"
          + sig("坂口 さやか", "さかぐち さやか", "カスタマーサポート課", "s-sakaguchi@hinode-sangyo.co.jp",
                "045-680-1190", style=1)),
)

# 007 pass — list of official goods shops (businesses) to the goods maker
add(
    expect="pass", charset="cp932",
    entities=[], detectors=[],
    note="a list of shops (business addresses and switchboards), not of people",
    sender=KAWABATA, to=["キズナスポーツ 営業部 <sales@kizuna-sports.co.jp>"],
    subject="新ユニフォーム 店頭展開予定店舗一覧",
    body=("キズナスポーツ株式会社\n営業部 小田切様\n\n"
          "お世話になっております。日の出産業の川端です。\n"
          "2025 1stユニフォームの店頭展開予定店舗をお送りします。納品先のご確認にお使いください。\n\n"
          "店舗名,郵便番号,所在地,電話番号,納品希望日\n"
          "サンライズ オフィシャルショップ 湊港スタジアム店,231-0001,神奈川県横浜市中区新港2-1-5,045-680-2201,2/20\n"
          "サンライズ オフィシャルショップ ベイモール湊店,220-0011,神奈川県横浜市西区高島1-3-8 ベイモール湊2F,045-680-2202,2/20\n"
          "サンライズ オフィシャルショップ 川崎駅前店,210-0007,神奈川県川崎市川崎区駅前本町14-2,044-210-3305,2/21\n"
          "スポーツデポ湊 藤沢店（委託）,251-0052,神奈川県藤沢市藤沢478-1,0466-20-7781,2/21\n"
          "湊サンライズ クラブハウス売店,237-0062,神奈川県横須賀市浦郷町5-2931,046-810-4420,2/22\n"
          "オンラインショップ物流センター（青葉運輸 本牧倉庫内）,231-0811,神奈川県横浜市中区本牧ふ頭3,045-620-1188,2/18\n\n"
          "以上6拠点です。よろしくお願いいたします。\n"
          + sig("川端 みのり", "かわばた みのり", "グッズ通販課", "kawabata.m@hinode-sangyo.co.jp",
                "045-680-1178")),
)

# 008 stop — HTML-only table of members needing accessible seats, with disabilities
_p = people(6, rare=1)
_needs = ["車椅子（自走式）・介助者1名", "視覚障害（全盲）・盲導犬同伴", "聴覚障害・筆談対応希望",
          "オストメイト対応トイレ希望（人工肛門）", "心臓ペースメーカー装着・階段不可",
          "知的障害（療育手帳B1）・付添2名"]
_tr = "".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['member']}</td><td>{n}</td><td>{p['phone']}</td></tr>"
    for i, (p, n) in enumerate(zip(_p, _needs)))
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="six named members with their disabilities in an HTML table to the stadium operator",
    sender=SAKAGUCHI, to=["<seat-support@minato-stadium.co.jp>"],
    cc=["坂口 さやか <s-sakaguchi@hinode-sangyo.co.jp>"],
    subject="【4月ホームゲーム】サポートが必要な会員様一覧",
    html=("<html><body style='font-family:Meiryo'>"
          "<p>湊スタジアム運営株式会社<br>場内サポート担当 各位</p>"
          "<p>いつもお世話になっております。サンライズ・クラブ事務局の坂口です。<br>"
          "4月のホームゲーム（4/5・4/19・4/26）で、座席・入場時にサポートが必要な会員様は下記のとおりです。</p>"
          "<table border='1' cellspacing='0' cellpadding='4'>"
          "<tr style='background:#ffd966'><th>No</th><th>氏名</th><th>会員番号</th><th>必要なサポート</th><th>当日連絡先</th></tr>"
          + _tr + "</table>"
          "<p>ご不明な点は坂口（045-680-1190）までお願いいたします。</p>"
          "<p>--<br>日の出産業株式会社 ファンクラブ事業部<br>坂口 さやか</p></body></html>"),
)

# 009 stop — banned members with arrests, DOCX to the security company
_p = people(6, rare=1, born=(1965, 2002))
_reasons = ["2024/8/17 場内での暴行により現行犯逮捕（傷害）", "2024/5/3 発煙筒持込み・使用、軽犯罪法違反で検挙",
            "2023/11/12 他会員へのつきまとい行為、ストーカー規制法違反で逮捕", "2024/9/28 チケット不正転売、有罪判決（罰金刑）",
            "2024/6/1 警備員への暴行、威力業務妨害で書類送検", "2023/10/8 場外乱闘で逮捕（暴行）・不起訴"]
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="banned members with dates of birth and arrests/convictions (criminal records) to the security contractor",
    sender=NOZAWA, to=["ガードワン 湊港スタジアム隊 <minato-tai@guardone-keibi.co.jp>"],
    subject="2025シーズン 入場禁止措置対象者リストの共有",
    body=("株式会社ガードワン\n湊港スタジアム隊 隊長 笹川様\n\n"
          "お世話になっております。日の出産業 会員管理担当の野沢です。\n\n"
          "2025シーズンの入場禁止措置対象者（会員資格停止者）のリストを添付いたします。\n"
          "各ゲートでの照合用に、警備員の皆様への共有をお願いいたします。\n"
          "顔写真は当日の朝礼でお渡しします。\n\n"
          "よろしくお願いいたします。\n"
          + sig("野沢 啓介", "のざわ けいすけ", "会員管理課", "nozawa@hinode-sangyo.co.jp", "045-680-1184")),
    attachments=[{"kind": "docx", "name": "入場禁止措置対象者_2025.docx", "title": "入場禁止措置対象者",
                  "paragraphs": ["湊サンライズFC 入場禁止措置対象者一覧（2025シーズン）",
                                 "作成：サンライズ・クラブ事務局（日の出産業株式会社）　2025年2月",
                                 "下記の者はホーム・アウェイを問わず入場をお断りします。"],
                  "tables": [[["氏名", "生年月日", "旧会員番号", "措置理由", "措置期間"]]
                             + [[p["name"], wareki(p["dob"]), p["member"], r,
                                 R.choice(["無期限", "2026シーズン終了まで", "2025シーズン終了まで"])]
                                for p, r in zip(_p, _reasons)]]}],
)

# 010 pass — reply to one member (free mail) about renewal, quoting her question
add(
    expect="pass", charset="iso-2022-jp",
    entities=[], detectors=["freemail_recipient"],
    note="ordinary reply to one member on free mail; no personal data beyond her own",
    sender=FC_DESK, to=["hina.ishii27@yahoo.co.jp"],
    subject="Re: 会員更新の手続きについて",
    body=("石井 陽菜 様\n\n"
          "サンライズ・クラブ事務局です。お問い合わせありがとうございます。\n\n"
          "2025シーズンの継続手続きは、3月31日（月）まで会員マイページから行っていただけます。\n"
          "年会費はレギュラー会員5,500円（税込）、お支払いはクレジットカード・コンビニ払いをお選びいただけます。\n"
          "期限を過ぎますと新規入会のお手続きとなり、継続年数がリセットされますのでご注意ください。\n\n"
          "ほかにご不明な点がございましたら、お気軽にお問い合わせください。\n"
          + sig("", "", "", "fc-info@hinode-sangyo.co.jp", "045-680-1170", style=1)
          + "\n> 昨年から会員になっています。更新はいつまでにすればいいでしょうか。\n"
          "> 支払い方法も教えてください。\n> 石井\n"),
)

# 011 stop — a member's full card number to the payment-system vendor
_a = person()
_c = next_card()
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    note="a member's full credit card number sent to the payment-system vendor",
    sender=INABA, to=["ツバサシステム サポート窓口 <support@tsubasa-system.jp>"],
    subject="【調査依頼】年会費決済のオーソリエラーについて",
    body=("ツバサシステム株式会社\nサポート窓口 ご担当者様\n\n"
          "お世話になっております。日の出産業 情報システム担当の稲葉です。\n\n"
          "会員マイページでの年会費決済で、下記の会員様のみ「E31：カード情報照合エラー」が3回続いております。\n"
          "会員様に電話で確認したところ、カード自体は他のサイトでは問題なく使えているとのことでした。\n"
          "決済モジュール側のログのご確認をお願いできますでしょうか。\n\n"
          f"　会員氏名：{_a['name']}\n"
          f"　会員番号：{_a['member']}\n"
          f"　カード番号：{_c[:4]}-{_c[4:8]}-{_c[8:12]}-{_c[12:]}\n"
          "　有効期限：09/27\n"
          "　エラー発生日時：2025/02/24 21:14、21:16、21:31\n\n"
          "よろしくお願いいたします。\n"
          + sig("稲葉 健太", "いなば けんた", "情報システム課", "inaba@hinode-sangyo.co.jp", "045-680-1186",
                style=2)),
)

# 012 stop — autograph winners notified with every address visible in To
_win = people(7)
add(
    expect="stop", charset="iso-2022-jp",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="seven private winners on free mail can see each other in To: should have been Bcc",
    sender=FC_DESK, to=[p["email"] for p in _win],
    subject="【当選のお知らせ】4/20 選手サイン会（ベイモール湊）",
    body=("サンライズ・クラブ会員の皆さま\n\n"
          "このたびは「#10 早瀬選手・#23 真壁選手 サイン会」にご応募いただき、誠にありがとうございました。\n"
          "厳正なる抽選の結果、ご当選されましたのでお知らせいたします。\n\n"
          "■日時：2025年4月20日（日）14:00～15:00（受付13:30～）\n"
          "■会場：ベイモール湊 1F センターコート\n"
          "■持ち物：会員証（アプリ可）、サインを希望されるグッズ1点\n\n"
          "※ご本人様以外の参加はできません。\n"
          "※ご欠席の場合は4/17までに事務局へご連絡ください。\n\n"
          "当日お会いできることを楽しみにしております。\n"
          + sig("", "", "", "fc-info@hinode-sangyo.co.jp", "045-680-1170", style=1)),
)

# 013 pass — NDA draft for a new payment provider (talk about 機密情報, no marking)
add(
    expect="pass", charset="utf-8",
    entities=[], detectors=[],
    note="mail about an NDA draft; the words 機密情報 appear only as contract terms",
    sender=MIKAMI, to=["ペイフロー株式会社 法務部 <legal@payflow.co.jp>"],
    cc=["稲葉 健太 <inaba@hinode-sangyo.co.jp>"],
    subject="秘密保持契約書（ドラフト）のご確認のお願い",
    body=("ペイフロー株式会社\n法務部 ご担当者様\n\n"
          "お世話になっております。日の出産業の三上でございます。\n"
          "ファンクラブ年会費のカード決済代行のご検討にあたり、先日お話しした秘密保持契約書の弊社ドラフトを添付いたします。\n"
          "第2条（機密情報の定義）および第7条（有効期間）について、ご意見をいただけますと幸いです。\n\n"
          "ご確認のほど、よろしくお願いいたします。\n"
          + sig("三上 綾香", "みかみ あやか", "管理課", "a-mikami@hinode-sangyo.co.jp", "045-680-1171")),
    attachments=[{"kind": "docx", "name": "秘密保持契約書_draft_v2.docx", "title": "秘密保持契約書（案）",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）とペイフロー株式会社（以下「乙」という。）は、"
                      "ファンクラブ年会費の決済代行業務の検討（以下「本目的」という。）に関し、次のとおり契約を締結する。",
                      "第1条（目的）本契約は、本目的のために相互に開示される情報の取扱いを定める。",
                      "第2条（機密情報の定義）本契約において機密情報とは、開示者が受領者に対し、書面、電磁的記録その他の方法により"
                      "開示した技術上又は営業上の情報であって、開示の際に機密である旨を明示したものをいう。",
                      "第3条（秘密保持義務）受領者は、機密情報を善良な管理者の注意をもって管理し、第三者に開示してはならない。",
                      "第7条（有効期間）本契約の有効期間は締結日から2年間とする。",
                      "（以下余白）"]}],
)

# 014 stop — look-alike of the carrier's domain (co. dropped), with one address
_a = person()
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
    note="aoba-unyu.jp is a look-alike of the partner carrier aoba-unyu.co.jp",
    sender=KAWABATA, to=["aoba-cs@aoba-unyu.jp"],
    subject="交換品の発送依頼（サイズ交換）",
    body=("青葉運輸 お客様センター 御中\n\n"
          "いつもありがとうございます。日の出産業の川端です。\n"
          "オンラインショップのユニフォームのサイズ交換品を、下記にお届けいただけますでしょうか。\n"
          "集荷は明日午前、本牧倉庫でお願いします。\n\n"
          f"{_a['name']} 様\n〒{_a['zip']}\n{_a['addr']}\n{_a['phone']}\n"
          "品名：2025 1stユニフォーム（Lサイズ）　80サイズ\n"
          "旧伝票：4829-1177-0032（返品回収済み）\n\n"
          "よろしくお願いいたします。\n川端"),
)

# 015 stop — 社外秘-marked fee revision draft to a consultant
add(
    expect="stop", charset="utf-8",
    entities=[], detectors=["confidential_marking"],
    note="subject and document header carry the 社外秘 marking and go to an external consultant",
    sender=NOZAWA, to=["未来総研 井波様 <inami@mirai-soken.co.jp>"],
    subject="【社外秘】2026シーズン ファンクラブ会費改定案（ドラフト）",
    body=("未来総研株式会社\n井波様\n\n"
          "お世話になっております。日の出産業の野沢です。\n"
          "次回定例（3/6）でご相談したい会費改定案のドラフトをお送りします。\n"
          "ゴールド会員の値上げ幅と、ジュニア会員の年齢上限の見直しが論点です。\n\n"
          "よろしくお願いいたします。\n野沢"),
    attachments=[{"kind": "docx", "name": "2026会費改定案_draft.docx", "page_header": "社外秘",
                  "title": "2026シーズン 会費改定案",
                  "paragraphs": ["2026シーズン サンライズ・クラブ 会費改定案（ドラフト）",
                                 "1. 背景：会員数は前年比104%、一方で会員証・特典の原価が上昇。",
                                 "2. 改定案：ゴールド 11,000円→13,200円、レギュラー据え置き、ジュニアは中学生までに拡大。",
                                 "3. 影響試算：会費収入 +6.8%、退会率 +1.5pt を想定。"],
                  "tables": [[["会員種別", "現行", "改定案", "想定会員数"],
                              ["ゴールド", "11,000", "13,200", "4,200"],
                              ["レギュラー", "5,500", "5,500", "18,600"],
                              ["ジュニア", "4,400", "4,400", "3,900"]]]}],
)

# 016 stop — password-protected ZIP (PPAP) of member-card print data to the printer
_p = people(6)
add(
    expect="stop", charset="cp932",
    entities=[], detectors=["unscannable_attachment"],
    note="encrypted ZIP cannot be inspected (password sent separately)",
    sender=TAKAMATSU, to=["錦印刷 カード事業部 <card@nishiki-insatsu.co.jp>"],
    subject="会員証 追加発行分 入稿データ（3月第1週）",
    body=("錦印刷株式会社\nカード事業部 ご担当者様\n\n"
          "いつもお世話になっております。日の出産業の高松です。\n"
          "3月第1週分の会員証 追加発行データをお送りします。\n"
          "ファイルはパスワード付きZIPにしております。パスワードは別メールにてお送りします。\n\n"
          "納期は従来どおり中5営業日でお願いいたします。\n"
          + sig("高松 由紀", "たかまつ ゆき", "会員サービス課", "takamatsu@hinode-sangyo.co.jp")),
    attachments=[{"kind": "zip", "name": "card_add_0303.zip", "password": "Sr2025#card0303",
                  "files": [{"kind": "xlsx", "name": "card_add_0303.xlsx", "sheets": {
                      "入稿": [["会員番号", "氏名", "ローマ字", "種別"]]
                      + [[p["member"], p["name"], p["ROMAJI"], "レギュラー"] for p in _p]}}]}],
)

# 017 pass — reply to the stadium; the member list with disabilities is only quoted
_p = people(5)
add(
    expect="pass", charset="utf-8",
    entities=[], detectors=[],
    note="the list with disabilities is quoted from the stadium's own mail; the new text holds no personal data",
    sender=SAKAGUCHI, to=["seat-support@minato-stadium.co.jp"],
    subject="Re: 3/15 車椅子席・サポート席 割当結果",
    body=("場内サポート担当 栗原様\n\n"
          "割当結果のご連絡ありがとうございます。内容を確認いたしました。\n"
          "No.3の方は当日お一人でいらっしゃるとのことですので、同伴者席は不要です。\n"
          "それ以外は割当のとおりで問題ございません。\n\n"
          "坂口\n\n"
          "-----Original Message-----\n"
          "From: 栗原 <seat-support@minato-stadium.co.jp>\n"
          "Sent: Tuesday, March 11, 2025 4:02 PM\n"
          "To: 坂口 さやか <s-sakaguchi@hinode-sangyo.co.jp>\n"
          "Subject: 3/15 車椅子席・サポート席 割当結果\n\n"
          "坂口様\n\n3/15の割当結果です。\n\n"
          + "\n".join(f"{i + 1}. {p['name']}様　{s}　{seat}　連絡先 {p['phone']}"
                      for i, (p, s, seat) in enumerate(zip(
                          _p, ["車椅子", "視覚障害・同伴者あり", "車椅子・介助者1名", "杖使用", "聴覚障害"],
                          ["BS-W1", "BS-12列5", "BS-W2", "MS-3列1", "BS-10列8"])))
          + "\n\n栗原\n湊スタジアム運営株式会社 場内サポート\n"),
)

# 018 stop — My Number of a retired player for the appearance-fee statement
_a = person(born=(1975, 1988))
_mn = next_my_number()
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="a person's My Number (with address) sent to the player's management agency",
    sender=MIKAMI, to=["アスリートブリッジ 契約管理 <contract@athlete-bridge.co.jp>"],
    subject="OB戦 出演料の支払調書作成について",
    body=("株式会社アスリートブリッジ\n契約管理ご担当 鳴海様\n\n"
          "お世話になっております。日の出産業 経理の三上です。\n"
          "先日のOBトークショー出演料の支払調書を作成するにあたり、登録内容を確認させてください。\n"
          "下記でお間違いないかご確認をお願いいたします。\n\n"
          f"　氏名：{_a['name']}（{_a['kana']}）\n"
          f"　住所：〒{_a['zip']} {_a['addr']}\n"
          f"　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}\n"
          "　支払金額：330,000円（源泉徴収税額 33,693円）\n\n"
          "お手数ですがよろしくお願いいたします。\n"
          + sig("三上 綾香", "みかみ あやか", "管理課", "a-mikami@hinode-sangyo.co.jp", "045-680-1171")),
)

# 019 stop — English mail to an overseas hotel with members' passport numbers
_p = people(2, born=(1970, 1995))
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="passport numbers and dates of birth of two tour members sent to an overseas hotel",
    sender=MUKAI, to=["Reservations <reservations@riverside-bkk.com>"],
    subject="Group booking SUNRISE-ACL0415 - guest details for early check-in",
    body=("Dear Reservations Team,\n\n"
          "Thank you for confirming our group booking (ref. SUNRISE-ACL0415) for the supporters' tour "
          "to the away match on 15 April.\n"
          "Two of our tour members will arrive a day early and would like an early check-in on 14 April. "
          "As requested for the immigration register, their details are below:\n\n"
          + "\n".join(f"  Guest {i + 1}: {p['ROMAJI']}\n    Date of birth: {p['dob'].strftime('%d %b %Y')}\n"
                      f"    Passport No.: {R.choice(['TR', 'TK', 'MZ', 'TS'])}{R.randint(1000000, 9999999)} (Japan)\n"
                      for i, p in enumerate(_p))
          + "\nCould you please confirm the twin room for both nights?\n\nBest regards,\n"
          + sig("", "Emily Mukai", "Tours & Events", "mukai.emily@hinode-sangyo.co.jp", "045-680-1183",
                style=3)),
)

# 020 pass — meeting with two external organisations in To/Cc
add(
    expect="pass", charset="iso-2022-jp",
    entities=[], detectors=["multiple_external_domains"],
    note="an ordinary three-way meeting mail: two external organisations",
    sender=SAIJO,
    to=["湊スタジアム運営 チケットセンター 長尾様 <nagao@minato-stadium.co.jp>"],
    cc=["チケットプラス 営業部 富樫様 <togashi@ticketplus.jp>", "t-saijo@hinode-sangyo.co.jp"],
    subject="【日程調整】2025シーズン 先行販売スケジュール打合せ",
    body=("湊スタジアム運営 長尾様\nチケットプラス 富樫様\n\n"
          "お世話になっております。日の出産業の西条です。\n"
          "2025シーズンの会員先行販売スケジュールについて、三者で打合せをお願いしたく存じます。\n"
          "下記候補日のうち、ご都合のよい日時をお知らせください。\n\n"
          "・2/12（水）14:00～15:00\n・2/13（木）10:00～11:00\n・2/14（金）16:00～17:00\n\n"
          "場所：湊港スタジアム 会議室B（オンライン併用）\n"
          "議題：抽選スケジュール、分配方式、車椅子席の販売方法、リセール開始時期\n\n"
          "よろしくお願いいたします。\n"
          + sig("西条 拓也", "さいじょう たくや", "チケット企画課", "t-saijo@hinode-sangyo.co.jp",
                "045-680-1175")),
)

# 021 stop — corrupt XLSX to the ticket agency
add(
    expect="stop", charset="cp932",
    entities=[], detectors=["unscannable_attachment"],
    note="the attached workbook is damaged and cannot be inspected",
    sender=SAIJO, to=["hakken@ticketplus.jp"],
    subject="Re: 第2次抽選 応募データの再送",
    body=("チケットプラス 発券センター 御中\n\n"
          "お世話になっております。西条です。\n"
          "先ほどのファイルが開けないとのこと、失礼いたしました。再出力したものを添付します。\n"
          "もし再度エラーになるようでしたらお知らせください。\n\n西条\n"),
    attachments=[{"kind": "corrupt", "name": "senko_2ji_oubo_再出力.xlsx"}],
)

# 022 stop — forward of a member's mail about her son's autism to the club
_a = person()
_son = _a["sei"] + R.choice(["蒼空", "陽翔", "悠人"])
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded member mail: a named child's developmental disability and the parent's contacts go to the club",
    sender=SAKAGUCHI, to=["森下 智恵 <morishita@minato-sunrise.co.jp>"],
    subject="FW: センサリールームの利用について（お問い合わせ）",
    body=("湊サンライズ 広報部 森下様\n\n"
          "お疲れさまです。坂口です。\n"
          "クラブで検討中のセンサリールームについて、会員様から下記のお問い合わせがありました。\n"
          "クラブ側のご判断が必要なため転送いたします。ご回答方針をご相談させてください。\n\n坂口\n"),
    attachments=[{"kind": "eml", "name": "お問い合わせ_センサリールーム.eml", "message": {
        "charset": "iso-2022-jp", "sender": f"{_a['name']} <{_a['email']}>",
        "to": ["fc-info@hinode-sangyo.co.jp"],
        "subject": "センサリールームの利用について",
        "body": (f"サンライズ・クラブ事務局 御中\n\n会員の{_a['name']}と申します（会員番号 {_a['member']}）。\n"
                 f"小学3年の息子（{_son}）が自閉症スペクトラム障害と診断されており、大きな音や人混みが苦手です。\n"
                 "以前から試合観戦に連れて行きたいと思っていたのですが、なかなか踏み切れずにいました。\n"
                 "スタジアムにセンサリールームができると聞きましたが、利用できるのはいつ頃からでしょうか。\n"
                 "予約方法なども教えていただけると助かります。\n\n"
                 f"{_a['name']}\n携帯：{_a['phone']}\nメール：{_a['email']}\n")}}],
)

# 023 pass — shipping notice with order and tracking numbers to one member
add(
    expect="pass", charset="iso-2022-jp",
    entities=[], detectors=["freemail_recipient"],
    note="shipping notice with an order number and a tracking number to the buyer on a carrier address",
    sender="サンライズ オフィシャルオンラインショップ <shop@hinode-sangyo.co.jp>",
    to=["k-tsukumo0412@docomo.ne.jp"],
    subject="【湊サンライズ公式オンラインショップ】商品発送のお知らせ（注文番号 SRS-2502-118734）",
    body=("九十九 様\n\n"
          "湊サンライズ公式オンラインショップをご利用いただき、ありがとうございます。\n"
          "ご注文の商品を本日発送いたしました。\n\n"
          "【注文番号】SRS-2502-118734\n"
          "【配送業者】青葉運輸\n"
          "【お問い合わせ番号】4829-2231-6605\n"
          "【商品】2025 選手プリントタオル #10 HAYASE × 1、応援フラッグ（大） × 1\n\n"
          "配送状況は青葉運輸のWebサイトでご確認いただけます。\n"
          "商品到着まで今しばらくお待ちください。\n\n"
          "――――――――――――――――\n湊サンライズ公式オンラインショップ\n運営：日の出産業株式会社\n"
          "お問い合わせ：shop@hinode-sangyo.co.jp（平日10時～17時）\n"),
)

# 024 stop — failed direct debits: members' bank accounts to the bank
_p = people(6, rare=1)
_banks = ["本店営業部", "横浜駅前支店", "川崎支店", "藤沢支店", "上大岡支店", "鎌倉支店"]
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="six members' names with their bank accounts sent to the bank",
    sender=MIKAMI, to=["みどり銀行 法人営業部 収納代行チーム <shuno@midori-ginko.co.jp>"],
    subject="口座振替不能分の照会（2月振替分）",
    body=("みどり銀行 法人営業部\n収納代行チーム ご担当者様\n\n"
          "平素より大変お世話になっております。日の出産業の三上でございます。\n"
          "2月27日振替分の結果データのうち、下記6件が「口座なし（結果コード3）」となっておりました。\n"
          "会員様からは口座変更はしていないと伺っているため、登録内容の照会をお願いできますでしょうか。\n\n"
          + text_table([["口座名義（カナ）", "支店", "種目", "口座番号", "金額"]]
                       + [[p["kana"], b, "普通", f"{R.randint(1000000, 9999999)}", "5,500"]
                          for p, b in zip(_p, _banks)])
          + "\n\n委託者コード：4410275（日の出産業㈱ ファンクラブ会費）\n\n"
          "お手数をおかけいたしますが、よろしくお願い申し上げます。\n"
          + sig("三上 綾香", "みかみ あやか", "管理課", "a-mikami@hinode-sangyo.co.jp", "045-680-1171")),
)

# 025 either — winners list for the website: initials and prefecture only
_p = people(12)
add(
    expect="either", charset="utf-8",
    entities=[], detectors=[],
    note="12 winners shown only as initials with prefecture for publication: hardly identifiable, judgement call",
    sender=OKOCHI, to=["web@minato-sunrise.co.jp"],
    subject="公式サイト掲載用：春のユニフォームプレゼント 当選者発表",
    body=("湊サンライズ Web担当 様\n\n"
          "お世話になっております。大河内です。\n"
          "春のユニフォームプレゼントキャンペーンの当選者発表を、公式サイトのお知らせに掲載お願いします。\n"
          "（表記は応募規約どおりイニシャル＋都道府県です）\n\n"
          "――――ここから――――\n"
          "【当選者発表】春のユニフォームプレゼントキャンペーン\n"
          "たくさんのご応募ありがとうございました。当選者は以下の皆さまです（敬称略）。\n"
          + "\n".join(f"　{p['romaji'].split()[0][0]}.{p['romaji'].split()[1][0]}（{p['pref']}）" for p in _p)
          + "\n当選者の皆さまには3月中旬に賞品を発送いたします。\n――――ここまで――――\n\n"
          "大河内\n"),
)

# 026 stop — look-alike of the printer's domain (letter dropped), design proof only
add(
    expect="stop", charset="iso-2022-jp",
    entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops a letter of the partner printer nishiki-insatsu.co.jp",
    sender=TAKAMATSU, to=["錦印刷 デザイン室 吉岡様 <yoshioka@nishiki-insatu.co.jp>"],
    subject="2025会員証 デザイン校正（第2稿）戻し",
    body=("錦印刷株式会社 デザイン室\n吉岡様\n\n"
          "お世話になっております。日の出産業の高松です。\n"
          "会員証デザイン第2稿、クラブ側の確認が取れましたので戻しをお送りします。\n\n"
          "・表面：エンブレムを5%拡大、背景グラデーションはこのままで\n"
          "・裏面：注意書きの文言を「本カードの譲渡・貸与を禁じます」に差し替え\n"
          "・ゴールド会員のみ箔押し（ゴールド）、レギュラーは通常印刷\n\n"
          "修正箇所に赤字を入れた画像を添付します。\n"
          "第3稿は3/5（水）頃にいただけますと助かります。\n"
          + sig("高松 由紀", "たかまつ ゆき", "会員サービス課", "takamatsu@hinode-sangyo.co.jp")),
    attachments=[{"kind": "png", "name": "card_proof2_akaji.png"}],
)

# 027 pass — internal: banned list with arrests to the in-house security desk
_p = people(5, born=(1968, 2000))
add(
    expect="pass", charset="utf-8",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=[],
    note="banned-member list with arrests, but every recipient is internal (subdomain included)",
    sender=NOZAWA, to=["stadium-ops@mail.hinode-sangyo.co.jp"],
    cc=["大河内 誠 <okochi@hinode-sangyo.co.jp>"],
    subject="入場禁止者（2月追加分）社内共有",
    body=("スタジアム運営チーム各位\n\n"
          "野沢です。2月の懲罰委員会で決定した入場禁止者の追加分です。社内限りでお願いします。\n\n"
          + "\n".join(f"◆{p['name']}（{p['kana']}）\n　生年月日：{ymd(p['dob'])}\n　会員番号：{p['member']}（失効）\n"
                      f"　経緯：{r}\n"
                      for p, r in zip(_p, ["1/19 アウェイ戦で相手サポーターに暴行、現行犯逮捕",
                                           "過去に窃盗で有罪判決。場内売店で再び万引き", "2/2 スタッフへの脅迫で警察に通報、任意同行",
                                           "チケット転売で逮捕歴あり（2023年）", "差別的横断幕の掲出（人種差別）"]))
          + "\n警備会社への共有は、こちらで名前と写真のみに絞って行います。\n\n野沢"),
)

# 028 stop — driver's licence transcribed for a name change, to the membership system vendor
_a = person(born=(1960, 1990))
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a member's driver's licence number, date of birth and address sent to the system vendor",
    sender=INABA, to=["ツバサシステム 保守チーム <hoshu@tsubasa-system.jp>"],
    subject="会員名義変更（手動対応）のお願い",
    body=("ツバサシステム 保守チーム 御中\n\n"
          "いつもお世話になっております。日の出産業の稲葉です。\n"
          "ご結婚による姓の変更で、会員マイページからの名義変更がエラーになる会員様がいらっしゃいます。\n"
          "本人確認書類（運転免許証）は事務局で確認済みですので、DB側での修正をお願いします。\n\n"
          f"会員番号　　：{_a['member']}\n"
          f"旧姓名　　　：{R.choice(['東', '宮本', '大塚'])} {_a['mei']}\n"
          f"新姓名　　　：{_a['name']}\n"
          f"生年月日　　：{wareki(_a['dob'], 'short')}\n"
          f"住所　　　　：{_a['addr']}\n"
          f"運転免許証番号：第{R.choice(['45', '30', '46'])}{R.randint(1000000000, 9999999999)}号\n\n"
          "ご対応完了後にご一報ください。\n"
          + sig("稲葉 健太", "いなば けんた", "情報システム課", "inaba@hinode-sangyo.co.jp", "045-680-1186")),
)

# 029 stop — escort kids (children) list with DOB and parents' mobiles, DOCX
_kids = people(6, born=(2015, 2018))
_par = people(6, born=(1978, 1990))
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six children's names and dates of birth with parents' mobiles in a DOCX to the event company",
    sender=OKOCHI, to=["ハレノヒ企画 進行 <shinko@harenohi-kikaku.co.jp>"],
    subject="4/5 エスコートキッズ 参加者名簿",
    body=("株式会社ハレノヒ企画\n進行ご担当 佐伯様\n\n"
          "お世話になっております。日の出産業の大河内です。\n"
          "4/5（土）ホームゲームのエスコートキッズ参加者（6名）の名簿を添付します。\n"
          "当日の集合は12:30、スタジアム北口の関係者入口です。\n"
          "ユニフォームのサイズは名簿の備考欄をご参照ください。\n\n"
          "どうぞよろしくお願いいたします。\n"
          + sig("大河内 誠", "おおこうち まこと", "イベント企画課", "okochi@hinode-sangyo.co.jp", "045-680-1180")),
    attachments=[{"kind": "docx", "name": "エスコートキッズ名簿_0405.docx",
                  "paragraphs": ["4/5 湊サンライズFC vs 北洋FC エスコートキッズ参加者名簿", "集合 12:30 北口関係者入口"],
                  "tables": [[["No", "氏名（お子様）", "生年月日", "学年", "保護者氏名", "保護者携帯", "備考"]]
                             + [[str(i + 1), k["sei"] + " " + k["mei"], ymd(k["dob"], "."),
                                 f"小{R.randint(1, 4)}", p["name"], p["phone"], R.choice(["130cm", "140cm", "120cm"])]
                                for i, (k, p) in enumerate(zip(_kids, _par))]]}],
)

# 030 pass — English royalty report to the overseas licensor
add(
    expect="pass", charset="utf-8",
    entities=[], detectors=[],
    note="English royalty report with SKUs and sales totals; no personal data",
    sender=MUKAI, to=["Daniel Reeves <d.reeves@pcm-global.com>"],
    subject="Q4 royalty report - Minato Sunrise licensed merchandise",
    body=("Hi Daniel,\n\n"
          "Please find below our Q4 (Oct-Dec 2024) royalty summary for the licensed merchandise. "
          "The detailed statement will follow with the invoice next week.\n\n"
          "SKU          Item                         Units   Net sales (JPY)\n"
          "-----------  ---------------------------  ------  ---------------\n"
          "PCM-SR-2201  Replica scarf (licensed)       1,842        4,605,000\n"
          "PCM-SR-2204  Retro jersey 1995 edition        611        7,943,000\n"
          "PCM-SR-2210  Enamel pin set                 2,390        2,151,000\n\n"
          "Royalty rate 8% -> JPY 1,175,920 (before withholding tax).\n\n"
          "Let me know if you need the figures broken down by channel.\n\nBest regards,\nEmily\n"
          + sig("", "Emily Mukai", "Merchandising", "mukai.emily@hinode-sangyo.co.jp", "045-680-1183", style=3)
          + DISCLAIMER_EN),
)

# 031 stop — undelivered parcels: PDF table with names, addresses, phones to the carrier
_p = people(7, rare=1)
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="seven undelivered parcels with addressees' names, addresses and phones in a PDF to the carrier",
    sender=KAWABATA, to=["aoba-cs@aoba-unyu.co.jp"], cc=["kawabata.m@hinode-sangyo.co.jp"],
    subject="長期保管・返送予定分の住所確認について",
    body=("青葉運輸 お客様センター ご担当者様\n\n"
          "お世話になっております。日の出産業 川端です。\n"
          "保管期限切れで返送予定となっている7件について、会員様に確認した正しい住所・電話番号を\n"
          "PDFにまとめました。返送を止めて再配達いただけますでしょうか。\n\n"
          "よろしくお願いいたします。\n川端"),
    attachments=[{"kind": "pdf", "name": "再配達依頼_住所訂正.pdf", "title": "再配達依頼",
                  "lines": ["再配達依頼（住所訂正）　日の出産業株式会社 グッズ通販課", ""],
                  "table": [["伝票番号", "お届け先", "住所（訂正後）", "電話番号", "不着理由"]]
                  + [[f"4829-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}", p["name"],
                      p["zip"] + " " + p["addr"], p["phone"], R.choice(["番地不足", "建物名なし", "長期不在", "転居"])]
                     for p in _p]}],
)

# 032 stop — tab-separated member e-mail list to the newsletter vendor
_p = people(10)
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="ten members' names and e-mail addresses pasted tab-separated to the mail-delivery vendor",
    sender=NOZAWA, to=["メールリンク サポート <support@mail-link.jp>"],
    subject="配信リストへの手動追加のお願い",
    body=("メールリンク株式会社 サポートご担当者様\n\n"
          "お世話になっております。日の出産業の野沢です。\n"
          "会員メルマガの配信リスト「SR_会員_全体」に、インポートで弾かれてしまった下記10件を\n"
          "手動で追加いただけますでしょうか（CSVの文字コード不具合のようです）。\n\n"
          "会員番号\t氏名\tメールアドレス\n"
          + "\n".join(f"{p['member']}\t{p['name']}\t{p['email']}" for p in _p)
          + "\n\nよろしくお願いいたします。\n"
          + sig("野沢 啓介", "のざわ けいすけ", "会員管理課", "nozawa@hinode-sangyo.co.jp", "045-680-1184", style=2)),
)

# 033 pass — goods price list (XLSX) to a consignment shop
add(
    expect="pass", charset="iso-2022-jp",
    entities=[], detectors=[],
    note="a merchandise price list: product codes and prices only",
    sender=KAWABATA, to=["ベイモール湊 テナント管理 <tenant@baymall-minato.jp>"],
    subject="2025シーズン グッズ価格表（委託販売分）",
    body=("ベイモール湊 テナント管理ご担当者様\n\n"
          "いつもお世話になっております。日の出産業の川端です。\n"
          "3月から委託販売いただくグッズの価格表をお送りします。\n"
          "掛率は前年どおり70%です。\n\n"
          "よろしくお願いいたします。\n"
          + sig("川端 みのり", "かわばた みのり", "グッズ通販課", "kawabata.m@hinode-sangyo.co.jp", "045-680-1178")),
    attachments=[{"kind": "xlsx", "name": "2025_goods_pricelist.xlsx", "sheets": {
        "価格表": [["湊サンライズFC 2025 オフィシャルグッズ 価格表（税込）"], [],
                ["商品コード", "商品名", "上代", "卸価格", "入数"],
                ["SR25-001", "レプリカユニフォーム 1st", 12100, 8470, 5],
                ["SR25-002", "レプリカユニフォーム 2nd", 12100, 8470, 5],
                ["SR25-010", "マフラータオル", 2200, 1540, 20],
                ["SR25-011", "タオルマフラー（選手名入り）", 2750, 1925, 20],
                ["SR25-020", "応援フラッグ（大）", 3300, 2310, 10],
                ["SR25-031", "キャップ", 3850, 2695, 10],
                ["SR25-040", "マスコット ぬいぐるみ", 2970, 2079, 12]],
        "新商品": [["商品コード", "商品名", "発売日"], ["SR25-050", "30周年記念ピンバッジ", "2025/04/05"],
                ["SR25-051", "ミニボール", "2025/04/05"]]}}],
)

# 034 stop — junior members' birthday cards: one record per block, 和暦 DOB, to the printer
_p = people(5, rare=2, born=(2012, 2019))
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="five junior members' names, dates of birth and home addresses, one block each, to the printer",
    sender=TAKAMATSU, to=["nishiki-insatsu.co.jp 宛名印刷 <atena@nishiki-insatsu.co.jp>"],
    subject="ジュニア会員 4月バースデーカード 宛名データ",
    body=("錦印刷 宛名印刷ご担当者様\n\n"
          "お世話になっております。日の出産業 高松です。\n"
          "4月生まれのジュニア会員さま分のバースデーカード宛名データです。\n"
          "今月は5名と少ないので本文に貼り付けます。カード内の「○才おめでとう」の年齢もご確認ください。\n\n"
          + "\n".join(f"【{i + 1}】\nお名前　{p['name']}（{p['kana']}）様\n"
                      f"生年月日　{wareki(p['dob'].replace(month=4), 'fwkanji')}\n"
                      f"お届け先　〒{fw(p['zip'])}　{p['addr']}\n"
                      for i, p in enumerate(_p))
          + "\n以上です。発送は4/1到着でお願いします。\n"
          + sig("高松 由紀", "たかまつ ゆき", "会員サービス課", "takamatsu@hinode-sangyo.co.jp", style=2)),
)

# 035 stop — four sponsor companies visible to each other in To
add(
    expect="stop", charset="cp932",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external sponsor organisations can see each other in To: should have been Bcc",
    sender=SAIJO,
    to=["川崎電機 宣伝部 <senden@kawasaki-denki.co.jp>", "北国フーズ 広報室 <koho@kitaguni-foods.co.jp>",
        "湊みなと信用金庫 地域貢献部 <chiiki@minato-shinkin.co.jp>", "hiraoka@hiraoka-kensetsu.co.jp"],
    subject="2025シーズン スポンサー様向け 年間シートのご案内",
    body=("スポンサー企業 ご担当者各位\n\n"
          "平素より湊サンライズFCへの格別のご支援を賜り、誠にありがとうございます。\n"
          "ファンクラブ・チケット事業を受託しております日の出産業の西条でございます。\n\n"
          "2025シーズンのスポンサー様向け年間シート（ホスピタリティ席）のご案内をお送りいたします。\n"
          "・ラウンジシート（軽食・ドリンク付）　1席 年間 198,000円\n"
          "・バックスタンド指定席　1席 年間 66,000円\n"
          "お申込みは2/21（金）までに、添付の申込書にてお願いいたします。\n\n"
          "今後ともよろしくお願い申し上げます。\n"
          + sig("西条 拓也", "さいじょう たくや", "チケット企画課", "t-saijo@hinode-sangyo.co.jp", "045-680-1175")),
    attachments=[{"kind": "pdf", "name": "2025_スポンサー年間シート申込書.pdf",
                  "lines": ["2025シーズン スポンサー様向け 年間シート申込書", "",
                            "貴社名：＿＿＿＿＿＿＿＿＿＿＿＿", "ご担当者：＿＿＿＿＿＿＿＿", "ラウンジシート　＿＿席",
                            "バックスタンド指定席　＿＿席"]}],
)

# 036 pass — room block for the fan tour at the partner hotel, with the standard disclaimer
add(
    expect="pass", charset="iso-2022-jp",
    entities=[], detectors=[],
    note="ordinary room-block request with a standard disclaimer; no personal data",
    sender=OKOCHI, to=["さくらホテル 宴会・団体予約 <group@sakura-hotel.jp>"],
    subject="アウェイ遠征ツアー（5/17-18）客室ブロックのお願い",
    body=("さくらホテル 団体予約ご担当 様\n\n"
          "いつもお世話になっております。日の出産業の大河内でございます。\n"
          "5/17（土）のアウェイ戦に合わせたファンクラブ会員向けツアーを企画しております。\n"
          "つきましては、下記の客室ブロックをお願いできますでしょうか。\n\n"
          "・宿泊日：2025年5月17日（土）1泊\n・ツイン 20室、シングル 4室（添乗員用含む）\n"
          "・朝食付き、夕食は不要\n・ブロック期限：4月25日\n\n"
          "参加者の名簿は確定後（4月下旬）にお送りいたします。\n"
          "お見積りをいただけますと幸いです。\n"
          + sig("大河内 誠", "おおこうち まこと", "イベント企画課", "okochi@hinode-sangyo.co.jp", "045-680-1180")
          + DISCLAIMER_JA),
)

# 037 stop — 【取扱注意】 player appearance schedule to the mall
add(
    expect="stop", charset="utf-8",
    entities=[], detectors=["confidential_marking"],
    note="the mail is stamped 【取扱注意】 and goes to an external mall operator",
    sender=OKOCHI, to=["ベイモール湊 販促課 <hansoku@baymall-minato.jp>"],
    subject="【取扱注意】選手来場イベント 出演予定（未発表）",
    body=("【取扱注意】本メールの内容はクラブ発表（3/20予定）まで外部への公開をお控えください。\n\n"
          "ベイモール湊 販促課 御中\n\n"
          "お世話になっております。日の出産業の大河内です。\n"
          "4/20のサイン会にあわせたトークショーの出演予定選手が固まりましたのでお知らせします。\n\n"
          "・#10 早瀬 翼 選手（トークショー・サイン会）\n"
          "・#23 真壁 航 選手（サイン会のみ）\n"
          "・新加入 #7 ルーカス・ソウザ 選手（トークショー、通訳同席）\n\n"
          "ステージ設営とポスター掲出は3/20の発表以降でお願いいたします。\n\n大河内\n"),
)

# 038 stop — 「・」 bullets of six invitees with full-width phone numbers to the stadium
_p = people(6, rare=1)
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six invited members with phone numbers (full-width) in bullets to the stadium reception",
    sender=SAIJO, to=["湊スタジアム運営 受付 <uketsuke@minato-stadium.co.jp>"],
    subject="3/29 ファンクラブ招待（ピッチサイド観戦）受付リスト",
    body=("湊スタジアム運営 受付ご担当者様\n\n"
          "お世話になっております。日の出産業の西条です。\n"
          "3/29のピッチサイド観戦企画にご招待する会員様です。関係者受付でのお名前照合をお願いします。\n\n"
          + "\n".join(f"・{p['name']}様（会員番号{fw(p['member'][2:])}）　℡{fw(p['phone'])}" for p in _p)
          + "\n\n※お名前が一致しない場合は事務局（西条携帯）までご連絡ください。\n\n西条\n"),
)

# 039 pass — internal: card number noted from a phone call, to accounting only
_a = person()
_c = next_card()
add(
    expect="pass", charset="iso-2022-jp",
    entities=["PERSON_NAME", "CREDIT_CARD"], detectors=[],
    note="a card number inside the company only: internal recipients pass whatever the content",
    sender=SAKAGUCHI, to=["三上 綾香 <a-mikami@hinode-sangyo.co.jp>"],
    subject="二重決済の返金確認（電話対応メモ）",
    body=("三上さん\n\nお疲れさまです。坂口です。\n"
          "本日お電話のあった会員様の件、二重決済の返金処理の確認をお願いします。\n\n"
          f"氏名：{_a['name']}様\n会員番号：{_a['member']}\n"
          f"ご利用カード：{_c}（ご本人が読み上げ）\n"
          "決済日：2/3 2回（各5,500円）\n\n"
          "決済代行の管理画面で返金済みか見ていただけると助かります。\n"
          "※カード番号はこのメール確認後に削除します。\n\n坂口"),
)

# 040 stop — CSV without a name column: addresses and phones of eight members
_p = people(8)
add(
    expect="stop", charset="utf-8",
    entities=["JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="eight people's addresses and phones (no name column) in a CSV to the carrier",
    sender=KAWABATA, to=["yokohama-shuka@aoba-unyu.co.jp"],
    subject="追加発送分（会員番号のみ）",
    body=("青葉運輸 横浜営業所 様\n\nお世話になっております。川端です。\n"
          "追加の8件です。宛名は会員番号で「サンライズ・クラブ会員様」としてください。\n"
          "品物は継続特典ピンバッジ（ネコポスサイズ）です。\n\n川端\n"),
    attachments=[{"kind": "csv", "name": "tsuika_8ken.csv", "encoding": "utf-8",
                  "rows": [["会員番号", "郵便番号", "住所", "電話番号", "品目"]]
                  + [[p["member"], p["zip"], p["addr"], p["phone"], "継続特典ピンバッジ"] for p in _p]}],
)

# 041 stop — English mail to an overseas fulfilment vendor with six Japanese buyers
_p = people(6)
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="six buyers' names, Japanese addresses, phones and e-mails sent to an overseas fulfilment vendor",
    sender=MUKAI, to=["ShipNest Ops <ops@shipnest.com>"],
    subject="Drop-ship orders for the limited retro jersey - 6 customers in Japan",
    body=("Hello ShipNest team,\n\n"
          "As agreed, the limited retro jerseys will be shipped directly from your warehouse to our fan "
          "club members. Here are the first six orders (name, postal code, address, phone, e-mail):\n\n"
          + "\n".join(f"{p['romaji']} ({p['name']}), {p['zip']}, {p['addr']}, {p['phone']}, {p['email']}"
                      for p in _p)
          + "\n\nPlease use EMS and send us the tracking numbers once dispatched.\n\nThanks,\nEmily\n"
          + sig("", "Emily Mukai", "Merchandising", "mukai.emily@hinode-sangyo.co.jp", "045-680-1183", style=3)),
)

# 042 pass — three attendees with phone numbers to the player agency
_p = people(3)
add(
    expect="pass", charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three people's contacts to an external agency: below the list threshold, may be warned",
    sender=OKOCHI, to=["鳴海 <narumi@athlete-bridge.co.jp>"],
    subject="Re: OBトークショー 当日の同行者について",
    body=("アスリートブリッジ 鳴海様\n\n"
          "ご連絡ありがとうございます。大河内です。\n"
          "当日、控室に入る弊社側のメンバーは下記3名です。入館証の準備をお願いいたします。\n\n"
          + "\n".join(f"　{p['name']}　携帯 {p['phone']}" for p in _p)
          + "\n\n※3名とも弊社の臨時スタッフ（学生アルバイト）です。\n\n"
          "よろしくお願いいたします。\n大河内\n\n"
          "> 大河内様\n> 当日控室に入られる方のお名前と連絡先を教えてください。\n> 鳴海\n"),
)

# 043 stop — plain ZIP with an XLSX member list and a DOCX cover to the ticket agency
_p = people(18, rare=2)
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a ZIP (not encrypted) holding 18 members' contacts and dates of birth, to the ticket agency",
    sender=SAIJO, to=["富樫 <togashi@ticketplus.jp>"],
    subject="年間チケット 名義登録データ一式",
    body=("チケットプラス 富樫様\n\n"
          "お世話になっております。西条です。\n"
          "年間チケット（ゴール裏）の名義登録データ一式をZIPでお送りします。\n"
          "中身は登録リスト（xlsx）と送付状（docx）です。\n\n"
          "よろしくお願いします。\n西条"),
    attachments=[{"kind": "zip", "name": "nenkan_meigi_2025.zip", "files": [
        {"kind": "xlsx", "name": "年間チケット名義登録.xlsx", "sheets": {
            "登録リスト": [["年間チケット名義登録（ゴール裏自由）"], ["会員番号", "氏名", "生年月日", "電話番号", "メール"]]
            + [[p["member"], p["name"], ymd(p["dob"], "-"), p["phone"], p["email"]] for p in _p]}},
        {"kind": "docx", "name": "送付状.docx",
         "paragraphs": ["送付状", "チケットプラス株式会社 御中", "年間チケット名義登録データ 18件を送付いたします。",
                        "日の出産業株式会社 ファンクラブ事業部"]}]}],
)

# 044 stop — internal colleague's address typed with an extra letter (look-alike of own domain)
add(
    expect="stop", charset="iso-2022-jp",
    entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyou.co.jp is a look-alike of the company's own domain",
    sender=TAKAMATSU, to=["稲葉 健太 <inaba@hinode-sangyou.co.jp>"],
    subject="会員マイページ改修 定例の資料",
    body=("稲葉さん\n\n"
          "お疲れさまです。高松です。\n"
          "明日の会員マイページ改修の定例、議題は以下でお願いします。\n\n"
          "1. 継続手続き画面の文言修正（3/1リリース分）\n"
          "2. 会員証アプリのQR表示速度\n"
          "3. 障がい者割引の申請フォーム追加の要否\n\n"
          "資料は共有フォルダの「マイページ改修/定例」に置いてあります。\n\n高松"),
)

# 045 pass — invoice to a corporate buyer with the company's own T-number
add(
    expect="pass", charset="utf-8",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="an invoice mail to a corporate customer; the only number is the company's 適格請求書 T-number",
    sender=MIKAMI, to=["総務部 購買担当 <kobai@hiraoka-kensetsu.co.jp>"],
    subject="ご請求書送付のご案内（請求書番号 INV-2502-0391）",
    body=("平岡建設株式会社\n総務部 購買ご担当者様\n\n"
          "平素は格別のご高配を賜り、厚く御礼申し上げます。\n"
          "先日ご注文いただきました社員様向け観戦チケット・グッズセットのご請求書をお送りいたします。\n\n"
          "　請求書番号：INV-2502-0391\n　ご注文番号：PO-88213\n"
          "　ご請求金額：437,800円（税込）\n　お支払期日：2025年3月31日\n"
          f"　登録番号：T{corporate_number('020001063518')}\n\n"
          "お振込先：みどり銀行 桜木町支店 普通 2750163 ヒノデサンギョウ（カ\n\n"
          "何卒よろしくお願い申し上げます。\n"
          + sig("三上 綾香", "みかみ あやか", "管理課", "a-mikami@hinode-sangyo.co.jp", "045-680-1171")),
)

# 046 stop — legacy XLS of old member data to the system vendor for migration
_p = people(12, rare=2)
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="12 members' records (DOB, address, phone) in a legacy .xls to the system vendor",
    sender=INABA, to=["移行チーム <migration@tsubasa-system.jp>"],
    subject="旧会員システム 移行テスト用データ",
    body=("ツバサシステム 移行チーム 各位\n\n"
          "お世話になっております。稲葉です。\n"
          "旧会員システム（2012年導入）から出力したテスト用データを送ります。\n"
          "文字化けの確認用に、外字を含む会員を意図的に含めています。\n\n稲葉\n"),
    attachments=[{"kind": "xls", "name": "old_member_sample.xls", "sheets": {
        "MEMBER": [["KAIIN_NO", "SHIMEI", "KANA", "SEINENGAPPI", "YUBIN", "JUSHO", "TEL"]]
        + [[p["member"], p["name"], p["kana"], wareki(p["dob"], "short"), p["zip"], p["addr"], p["land"]]
           for p in _p]}}],
)

# 047 stop — heat stroke at the stadium: a named member's diagnosis to the insurer
_a = person(born=(1948, 1960))
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named member's diagnosis (heat stroke, hospital) in an accident report to the insurer",
    sender=NOZAWA, to=["港南損害保険 事故受付 <jiko@konan-sonpo.co.jp>"],
    subject="【事故報告】7/12 湊港スタジアム場内 会員救護事案",
    body=("港南損害保険株式会社 事故受付センター 御中\n\n"
          "お世話になっております。日の出産業株式会社の野沢です（証券番号 SP-7718203）。\n"
          "ファンクラブイベント中に発生した救護事案について、第一報をお送りいたします。\n\n"
          "1. 発生日時：2025年7月12日（土）15時40分頃\n"
          "2. 場所：湊港スタジアム バックスタンド2階 ファンクラブ招待席\n"
          f"3. 対象者：{_a['name']}様（{2025 - _a['dob'].year}歳・ゴールド会員）\n"
          "4. 状況：試合前イベント待機中に気分不良を訴え、救護室で対応後、救急搬送。\n"
          "5. 搬送先・診断：湊市民病院　熱中症（II度）と診断、点滴治療を受け同日帰宅\n"
          f"6. ご本人連絡先：{_a['phone']}\n\n"
          "治療費の請求についてはご本人と相談中です。必要書類をご教示ください。\n"
          + sig("野沢 啓介", "のざわ けいすけ", "会員管理課", "nozawa@hinode-sangyo.co.jp", "045-680-1184")),
)

# 048 pass — newsletter to members in Bcc
_b = people(12)
add(
    expect="pass", charset="iso-2022-jp",
    entities=[], detectors=["freemail_recipient"],
    note="members are in Bcc, so they cannot see each other; the body carries no personal data",
    sender=FC_DESK, to=["fc-info@hinode-sangyo.co.jp"], bcc=[p["email"] for p in _b],
    subject="【サンライズ・クラブ通信 Vol.48】ホーム開幕戦のご案内",
    body=("サンライズ・クラブ会員の皆さま\n\n"
          "いつも湊サンライズFCへの熱いご声援をありがとうございます。\n"
          "いよいよ3/8（土）、ホーム開幕戦を迎えます！\n\n"
          "■来場特典：先着10,000名様に開幕記念クリアファイル\n"
          "■会員限定：キックオフ2時間前からの先行入場\n"
          "■スタジアムグルメ：北国フーズ様コラボ「サンライズ丼」新登場\n\n"
          "スタジアムでお待ちしております！\n\n"
          "※本メールは送信専用アドレスから配信しています。\n"
          "※配信停止は会員マイページの「メール設定」から行えます。\n"),
)

# 049 stop — stalking victim's name and police report to the stadium
_v = person()
_o = person()
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="names a member as the victim of stalking (被害届) and the offender, sent to the stadium operator",
    sender=NOZAWA, to=["長尾 <nagao@minato-stadium.co.jp>"],
    subject="座席配置のご配慮のお願い（会員間トラブル）",
    body=("湊スタジアム運営 長尾様\n\n"
          "お世話になっております。野沢です。お電話でお話しした件、メールでもお送りします。\n\n"
          f"年間シート会員の{_v['name']}様（{_v['member']}）が、別の会員である{_o['name']}（{_o['member']}）から\n"
          "つきまといの被害を受けており、先月警察に被害届を提出済みとのことです。\n"
          f"{_o['sei']}については当社で会員資格を停止しましたが、一般チケットで来場する可能性があります。\n\n"
          f"つきましては、{_v['sei']}様の年間シート（SS席 F列）周辺での巡回強化と、\n"
          f"{_o['sei']}を見かけた場合の当社への連絡をお願いできますでしょうか。\n\n"
          "よろしくお願いいたします。\n野沢\n"),
)

# 050 stop — a player's religion (dietary and prayer needs) to the hotel
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named player's religion (Muslim, halal, prayer) sent to the hotel",
    sender=OKOCHI, to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    subject="5/24 ファン感謝祭 出演選手の控室・お食事について",
    body=("さくらホテル 宴会予約ご担当 佐野様\n\n"
          "いつもお世話になっております。日の出産業の大河内です。\n"
          "5/24のファン感謝祭（鳳凰の間）につきまして、出演選手の控室とお食事の件でご相談です。\n\n"
          "出演選手のうち、#19 アミール・ハッサン選手はイスラム教徒のため、\n"
          "・控室のお食事はハラール対応（豚肉・アルコール由来の調味料不使用）でお願いします。\n"
          "・開演前（16時頃）にお祈りの時間が必要ですので、控室とは別に小部屋を1室ご用意いただけますでしょうか。\n"
          "　（メッカの方角がわかるとありがたいとのことです）\n\n"
          "ほかの選手は通常のケータリングで結構です。お見積りの修正をお願いいたします。\n"
          + sig("大河内 誠", "おおこうち まこと", "イベント企画課", "okochi@hinode-sangyo.co.jp", "045-680-1180")),
)

# 051 pass — mentions 社外秘 as a reason, carries no marking and no data
add(
    expect="pass", charset="iso-2022-jp",
    entities=[], detectors=[],
    note="the word 社外秘 is only mentioned (the figures will be given by phone); nothing is marked",
    sender=KAWABATA, to=["小田切 <odagiri@kizuna-sports.co.jp>"],
    subject="Re: 1stユニフォーム 追加生産数のご相談",
    body=("キズナスポーツ 小田切様\n\n"
          "お世話になっております。川端です。\n"
          "追加生産数のご相談の件、店舗別の販売実績は社内で社外秘扱いになっておりまして、\n"
          "メールでお送りすることができません。申し訳ございません。\n"
          "明日15時にお電話で数字をお伝えする形でもよろしいでしょうか。\n\n"
          "なお、全体の追加希望数はS～XLで計1,200枚（うちLが450枚）を想定しております。\n\n"
          "川端\n\n"
          "> 川端様\n> 追加生産の判断のため、店舗別の販売実績をいただけますか。\n> 小田切\n"),
)

# 052 stop — injured event staff: health-insurance card number and diagnosis to the insurer
_a = person(born=(1998, 2005))
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a part-timer's health insurance card symbol/number, DOB and fracture diagnosis to the insurer",
    sender=NOZAWA, to=["jiko@konan-sonpo.co.jp"],
    subject="傷害保険 請求書類の件（イベントスタッフ負傷）",
    body=("港南損害保険 事故受付センター 御中\n\n"
          "お世話になっております。日の出産業の野沢です。\n"
          "2/22のファンクラブイベント設営中に負傷したアルバイトスタッフの件、ご依頼の項目をお送りします。\n\n"
          f"・氏名：{_a['name']}（{_a['kana']}）\n"
          f"・生年月日：{wareki(_a['dob'], 'kanji')}\n"
          f"・健康保険証：記号 {R.randint(10000, 99999)}　番号 {R.randint(10, 999)}（協会けんぽ 神奈川支部）\n"
          "・受傷内容：脚立からの転落による左手首骨折（橈骨遠位端骨折）、全治6週間の診断\n"
          "・通院先：みなと整形外科クリニック\n\n"
          "診断書の原本は郵送いたします。\n"
          + sig("野沢 啓介", "のざわ けいすけ", "会員管理課", "nozawa@hinode-sangyo.co.jp", "045-680-1184", style=2)),
)

# 053 stop — basic pension number of a new shop part-timer to the labour consultant
_a = person(born=(1985, 2003))
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a new employee's 基礎年金番号 with DOB and address sent to an external labour consultant",
    sender=MIKAMI, to=["湊社会保険労務士法人 手続課 <tetsuzuki@minato-sr.jp>"],
    subject="資格取得届の作成依頼（オフィシャルショップ新規採用者）",
    body=("湊社会保険労務士法人\n手続課 ご担当者様\n\n"
          "いつもお世話になっております。日の出産業の三上です。\n"
          "3/1付でオフィシャルショップ（スタジアム店）に採用したパートタイマー1名について、\n"
          "社会保険の資格取得届の作成をお願いいたします。\n\n"
          f"氏名　　　　　{_a['name']}\n"
          f"フリガナ　　　{_a['kana']}\n"
          f"生年月日　　　{wareki(_a['dob'], 'kanji')}\n"
          f"住所　　　　　〒{_a['zip']} {_a['addr']}\n"
          f"基礎年金番号　{R.randint(1000, 9999)}-{R.randint(100000, 999999)}\n"
          "報酬月額　　　148,000円（週30時間）\n\n"
          "どうぞよろしくお願いいたします。\n"
          + sig("三上 綾香", "みかみ あやか", "管理課", "a-mikami@hinode-sangyo.co.jp", "045-680-1171")),
)

# 054 either — disability needs listed by member number only (no names)
add(
    expect="either", charset="cp932",
    entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="disability needs tied to member numbers only: identifiable to us, hardly to the stadium",
    sender=SAKAGUCHI, to=["seat-support@minato-stadium.co.jp"],
    subject="4/5 サポート席 追加2件",
    body=("栗原様\n\nお世話になっております。坂口です。\n4/5分、サポート席の追加が2件ありました。\n\n"
          "会員番号 SR19204411：車椅子（介助者1名）\n"
          "会員番号 SR22730598：視覚障害（白杖）、ゲートからの誘導希望\n\n"
          "座席が決まりましたらご連絡ください。\n坂口\n"),
)

# 055 stop — forward of an internal shipping mail (attached .eml) to the carrier
_p = people(6, rare=1)
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a forwarded internal mail (attached .eml) with six addressees' addresses goes to the carrier",
    sender=KAWABATA, to=["yokohama-shuka@aoba-unyu.co.jp"],
    subject="FW: 【至急】誤配送分の再発送先",
    body=("青葉運輸 横浜営業所 様\n\n"
          "お世話になっております。川端です。\n"
          "社内で取りまとめた再発送先を、そのまま転送いたします。\n"
          "6件とも明日の集荷でお願いできますでしょうか。\n\n川端\n"),
    attachments=[{"kind": "eml", "name": "再発送先.eml", "message": {
        "charset": "iso-2022-jp", "sender": SAKAGUCHI, "to": ["kawabata.m@hinode-sangyo.co.jp"],
        "subject": "【至急】誤配送分の再発送先",
        "body": ("川端さん\n\nお疲れさまです。坂口です。\n"
                 "ピッキングミスで別商品が届いた6名の再発送先です（お電話で住所も再確認済み）。\n\n"
                 + "\n".join(f"{i + 1}) {p['name']}\n   〒{p['zip']} {p['addr']}\n   TEL {p['phone']}"
                             for i, p in enumerate(_p))
                 + "\n\nよろしくお願いします。\n坂口\n")}}],
)

# 056 pass — two external organisations: sponsor and club, appearance booking
add(
    expect="pass", charset="iso-2022-jp",
    entities=[], detectors=["multiple_external_domains"],
    note="player appearance booking with the sponsor and the club: two external organisations",
    sender=OKOCHI, to=["川崎電機 宣伝部 江藤様 <eto@kawasaki-denki.co.jp>"],
    cc=["森下 智恵 <morishita@minato-sunrise.co.jp>"],
    subject="6/8 川崎電機様 家族感謝デー 選手派遣の件",
    body=("川崎電機株式会社 宣伝部\n江藤様\n\n（cc：湊サンライズ 広報部 森下様）\n\n"
          "お世話になっております。日の出産業の大河内です。\n"
          "6/8（日）の家族感謝デーへの選手派遣について、クラブ様と調整した内容をお送りします。\n\n"
          "・派遣選手：#4 大島選手、#17 片桐選手（2名）\n"
          "・時間：13:00～14:30（サッカー教室60分＋撮影会30分）\n"
          "・場所：川崎電機 中原事業所 グラウンド\n"
          "・派遣料：見積書のとおり（別途送付）\n\n"
          "当日の動線図を後日いただけますと助かります。\n"
          + sig("大河内 誠", "おおこうち まこと", "イベント企画課", "okochi@hinode-sangyo.co.jp", "045-680-1180")),
)

# 057 stop — chargeback list with full card numbers to the payment provider
_p = people(4)
_rows = [["取引ID", "決済日", "会員氏名", "カード番号", "金額", "CB理由コード"]]
for p in _p:
    _c = next_card()
    _rows.append([f"PF{R.randint(10 ** 9, 10 ** 10 - 1)}", f"2025/01/{R.randint(5, 28):02d}", p["name"], _c,
                  R.choice(["5500", "11000", "4400"]), R.choice(["4837", "4853", "10.4"])])
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "CREDIT_CARD"], detectors=["personal_data"],
    note="full credit card numbers (four members) in a CSV to the payment provider",
    sender=MIKAMI, to=["ペイフロー 加盟店サポート <merchant@payflow.co.jp>"],
    subject="チャージバック照会への回答（1月分 4件）",
    body=("ペイフロー株式会社 加盟店サポート 御中\n\n"
          "お世話になっております。日の出産業の三上です。\n"
          "1月分のチャージバック照会4件について、当社側の記録を添付CSVでお送りします。\n"
          "いずれも会員マイページへのログイン記録と会員証の発行記録がございます。\n\n"
          "ご確認のほどよろしくお願いいたします。\n"
          + sig("三上 綾香", "みかみ あやか", "管理課", "a-mikami@hinode-sangyo.co.jp", "045-680-1171")),
    attachments=[{"kind": "csv", "name": "chargeback_202501.csv", "encoding": "utf-8", "rows": _rows}],
)

# 058 stop — three partner organisations visible to each other
add(
    expect="stop", charset="cp932",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (stadium, hotel, printer) in To/Cc together",
    sender=OKOCHI,
    to=["長尾 <nagao@minato-stadium.co.jp>", "佐野 <banquet@sakura-hotel.jp>"],
    cc=["吉岡 <yoshioka@nishiki-insatsu.co.jp>", "okochi@hinode-sangyo.co.jp"],
    subject="ファン感謝祭 全体スケジュール（関係各社共有）",
    body=("関係各社 ご担当者様\n\n"
          "お世話になっております。日の出産業の大河内です。\n"
          "5/24 ファン感謝祭の全体スケジュールを共有いたします。\n\n"
          "5/10　パンフレット入稿（錦印刷様）\n"
          "5/17　スタジアム会場 仮設ステージ設営打合せ（湊スタジアム運営様）\n"
          "5/23　さくらホテル 鳳凰の間 前日搬入 18:00～\n"
          "5/24　本番（スタジアム 11:00～15:00 / ホテル 17:30～20:30）\n\n"
          "各社ご確認のほどお願いいたします。\n大河内\n"),
)

# 059 stop — look-alike of the system vendor (letter dropped)
add(
    expect="stop", charset="iso-2022-jp",
    entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp drops a letter of the partner tsubasa-system.jp",
    sender=INABA, to=["ツバサシステム 保守チーム <hoshu@tsubasa-sytem.jp>"],
    subject="3/2 夜間メンテナンス時間帯の件",
    body=("ツバサシステム 保守チーム 御中\n\n"
          "お世話になっております。稲葉です。\n"
          "3/2（日）の夜間メンテナンスですが、当日はアウェイ戦の試合終了が21時頃になるため、\n"
          "開始を23:00→24:00に後ろ倒しいただくことは可能でしょうか。\n"
          "試合後に会員マイページへのアクセスが集中するためです。\n\n"
          "ご検討よろしくお願いいたします。\n稲葉\n"),
)

# 060 pass — banner image to the printer
add(
    expect="pass", charset="utf-8",
    entities=[], detectors=[],
    note="ordinary print order with an image attachment; no personal data",
    sender=TAKAMATSU, to=["吉岡 <yoshioka@nishiki-insatsu.co.jp>"],
    subject="入会キャンペーン のぼり旗 入稿",
    body=("錦印刷 吉岡様\n\n"
          "お世話になっております。高松です。\n"
          "入会キャンペーンののぼり旗（600×1800、20枚）のデータを添付します。\n"
          "色味は前回のものに合わせていただければ大丈夫です。\n"
          "納品先はスタジアム店でお願いします。\n\n高松\n"),
    attachments=[{"kind": "png", "name": "nobori_campaign_600x1800.png"}],
)

# 061 stop — look-alike of the hotel's domain (l → i)
add(
    expect="stop", charset="iso-2022-jp",
    entities=[], detectors=["lookalike_domain"],
    note="sakura-hotei.jp swaps one letter of the partner sakura-hotel.jp",
    sender=OKOCHI, to=["佐野様 <banquet@sakura-hotei.jp>"],
    subject="Re: 5/24 控室のご用意について",
    body=("さくらホテル 佐野様\n\n"
          "ご返信ありがとうございます。大河内です。\n"
          "控室は「桜の間」と「楓の間」の2室で承知しました。\n"
          "選手6名・スタッフ4名が使用します。入り時間は16:00です。\n"
          "駐車場はマイクロバス1台分の確保をお願いいたします。\n\n大河内\n"),
)

# 062 stop — English PDF marked CONFIDENTIAL to the overseas licensor
add(
    expect="stop", charset="utf-8",
    entities=[], detectors=["confidential_marking"],
    note="the attached PDF is marked CONFIDENTIAL on every page and goes to an external licensor",
    sender=MUKAI, to=["d.reeves@pcm-global.com"], cc=["r.chen@pcm-global.com"],
    subject="Draft 2026 licensing plan",
    body=("Hi Daniel, hi Rachel,\n\n"
          "Ahead of our call on Thursday, attached is our draft licensing plan for 2026, including the "
          "proposed minimum guarantee and the new product categories.\n\n"
          "Looking forward to your comments.\n\nEmily\n"),
    attachments=[{"kind": "pdf", "name": "2026_licensing_plan_draft.pdf", "title": "2026 Licensing Plan (draft)",
                  "page_header": "CONFIDENTIAL", "page_footer": "Confidential - Hinode Sangyo / Minato Sunrise FC",
                  "lines": ["2026 Licensing Plan - Minato Sunrise FC (draft)", "",
                            "1. Minimum guarantee: JPY 18,000,000 (up from 15,000,000)",
                            "2. New categories: e-sports apparel, pet goods, premium collectibles",
                            "3. Territory: Japan, Taiwan, Thailand"]}],
)

# 063 stop — PPTX with 極秘 on every slide to the goods maker
add(
    expect="stop", charset="cp932",
    entities=[], detectors=["confidential_marking"],
    note="slides of the unannounced uniform carry a 極秘 footer and go to an external maker",
    sender=KAWABATA, to=["小田切 <odagiri@kizuna-sports.co.jp>"],
    subject="30周年記念ユニフォーム コンセプト資料",
    body=("キズナスポーツ 小田切様\n\n"
          "お世話になっております。川端です。\n"
          "30周年記念ユニフォームのコンセプト資料をお送りします。サンプル作成の参考にしてください。\n\n川端\n"),
    attachments=[{"kind": "pptx", "name": "30th_uniform_concept.pptx", "page_footer": "極秘｜発表前資料",
                  "slides": [["30周年記念ユニフォーム コンセプト", "1995年創設時のカラーを復刻", "発表：2025年6月（予定）"],
                             ["デザイン案A", "襟付き・ピンストライプ", "胸エンブレムは刺繍"],
                             ["販売計画", "受注生産 5,000枚", "価格 16,500円（税込）"]]}],
)

# 064 pass — confirming one member's own address back to her (free mail)
_a = person()
add(
    expect="pass", charset="iso-2022-jp",
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data", "freemail_recipient"],
    note="a member's own address sent back to her alone: one person's data, may be warned",
    sender=FC_DESK, to=[_a["email"]],
    subject="【サンライズ・クラブ】ご登録住所の確認のお願い",
    body=(f"{_a['name']} 様\n\n"
          "サンライズ・クラブ事務局です。\n"
          "会員特典をお送りしたところ、「あて所に尋ねあたりません」として返送されてまいりました。\n"
          "現在のご登録住所は下記のとおりです。\n\n"
          f"　〒{_a['zip']}\n　{_a['addr']}\n\n"
          "お手数ですが、会員マイページからご住所を更新いただくか、本メールへのご返信で正しいご住所をお知らせください。\n"
          + sig("", "", "", "fc-info@hinode-sangyo.co.jp", "045-680-1170", style=1)),
)

# 065 stop — password-protected PDF (tour participants) to the hotel
_p = people(8)
add(
    expect="stop", charset="utf-8",
    entities=[], detectors=["unscannable_attachment"],
    note="the PDF is password-protected and cannot be inspected",
    sender=OKOCHI, to=["group@sakura-hotel.jp"],
    subject="アウェイ遠征ツアー 参加者名簿（パスワード別送）",
    body=("さくらホテル 団体予約ご担当様\n\n"
          "お世話になっております。大河内です。\n"
          "5/17-18のツアー参加者名簿をお送りします。PDFにはパスワードを設定しています。\n"
          "パスワードはお電話でお伝えします。\n\n大河内\n"),
    attachments=[{"kind": "pdf", "name": "ツアー参加者名簿_0517.pdf", "password": "minato0517",
                  "lines": ["アウェイ遠征ツアー 参加者名簿"],
                  "table": [["氏名", "電話", "部屋"]] + [[p["name"], p["phone"], f"{R.randint(501, 530)}"] for p in _p]}],
)

# 066 pass — event flyer PDF to the event company
add(
    expect="pass", charset="iso-2022-jp",
    entities=[], detectors=[],
    note="an event flyer PDF with public information only",
    sender=OKOCHI, to=["佐伯 <saeki@harenohi-kikaku.co.jp>"],
    subject="ファン感謝祭 告知チラシ（最終版）",
    body=("ハレノヒ企画 佐伯様\n\nお世話になっております。大河内です。\n"
          "ファン感謝祭の告知チラシ最終版をお送りします。会場での配布用に500部印刷をお願いします。\n\n大河内\n"),
    attachments=[{"kind": "pdf", "name": "fan_kanshasai_flyer.pdf",
                  "lines": ["湊サンライズFC ファン感謝祭 2025", "5月24日（土）湊港スタジアム 11:00～15:00",
                            "選手によるサッカー教室・トークショー・抽選会", "ファンクラブ会員は入場無料（会員証提示）",
                            "お問い合わせ：サンライズ・クラブ事務局 045-680-1170"]}],
)

# 067 pass — reply to the carrier; its own list of five addresses is only quoted
_p = people(5)
add(
    expect="pass", charset="cp932",
    entities=[], detectors=[],
    note="the five addresses are quoted from the carrier's own mail; the reply adds none",
    sender=KAWABATA, to=["aoba-cs@aoba-unyu.co.jp"],
    subject="RE: 宛先不明による返送予定のお知らせ",
    body=("青葉運輸 お客様センター 御中\n\n"
          "ご連絡ありがとうございます。川端です。\n"
          "5件とも会員様へ確認のうえ、明日中に正しい住所をご連絡いたします。\n"
          "返送はそれまでお待ちいただけますでしょうか。\n\n川端\n\n"
          "差出人: 青葉運輸 お客様センター <aoba-cs@aoba-unyu.co.jp>\n"
          "送信日時: 2025年3月4日 11:20\n宛先: kawabata.m@hinode-sangyo.co.jp\n"
          "件名: 宛先不明による返送予定のお知らせ\n\n"
          "日の出産業株式会社 川端様\n\n下記5件が宛先不明のため、3/7に返送予定です。\n\n"
          + "\n".join(f"{p['name']}様　{p['zip']} {p['addr']}　{p['phone']}" for p in _p)
          + "\n\n青葉運輸株式会社 お客様センター\n"),
)

# 068 stop — IDN homoglyph of the bank's domain (Cyrillic о), punycode form
add(
    expect="stop", charset="iso-2022-jp",
    entities=[], detectors=["lookalike_domain"],
    note="xn--midori-gink-1nj.co.jp is midori-ginkо.co.jp with a Cyrillic о: homoglyph of the partner bank",
    sender=MIKAMI, to=["収納代行チーム <shuno@xn--midori-gink-1nj.co.jp>"],
    subject="3月振替分 データ伝送スケジュールの確認",
    body=("みどり銀行 収納代行チーム 御中\n\n"
          "お世話になっております。日の出産業の三上です。\n"
          "3月27日振替分の請求データ伝送ですが、3/14（金）15時までの伝送でよろしいでしょうか。\n"
          "件数は約3,800件の見込みです。\n\n"
          "ご確認をお願いいたします。\n三上\n"),
)

# 069 stop — residence card numbers of three event staff to the staffing agency
_p = people(3, born=(1996, 2004))
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="residence card numbers and DOB of three event staff sent to the staffing agency",
    sender=OKOCHI, to=["スタッフリンク 派遣管理 <haken@staff-link.co.jp>"],
    subject="ファン感謝祭 派遣スタッフの在留資格確認",
    body=("スタッフリンク株式会社 派遣管理ご担当者様\n\n"
          "お世話になっております。日の出産業の大河内です。\n"
          "5/24にご派遣いただく予定のスタッフのうち、下記3名の在留カード情報がお送りいただいた名簿と\n"
          "一致しないようです。ご確認いただけますでしょうか。\n\n"
          + "\n".join(f"({i + 1}) {p['romaji'].upper()}　生年月日 {ymd(p['dob'])}　"
                      f"在留カード番号 {R.choice(['UH', 'AB', 'TK', 'EQ'])}{R.randint(10000000, 99999999)}{R.choice(['FA', 'JC', 'KD'])}"
                      for i, p in enumerate(_p))
          + "\n\n（当社の受付名簿ではいずれも在留期限が2025/4/30となっています）\n\n"
          "よろしくお願いいたします。\n大河内\n"),
)

# 070 pass — internal: XLSX of members needing support, to the in-house team
_p = people(9, rare=2)
add(
    expect="pass", charset="cp932",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], detectors=[],
    note="members' disabilities in an XLSX, but only to internal staff",
    sender=SAKAGUCHI, to=["スタジアム運営チーム <stadium-ops@hinode-sangyo.co.jp>"],
    subject="サポート席利用会員 台帳（2025年3月更新）",
    body=("運営チームの皆さん\n\nお疲れさまです。坂口です。\n"
          "サポート席をご利用の会員様台帳を更新しました。当日の受付準備にお使いください。\n"
          "社外の方への転送はしないでください（スタジアムには座席番号のみ伝えています）。\n\n坂口\n"),
    attachments=[{"kind": "xlsx", "name": "サポート席台帳_202503.xlsx", "sheets": {
        "台帳": [["サポート席 利用会員台帳　2025/3/1時点"], ["会員番号", "氏名", "障害・必要な配慮", "同伴者", "連絡先"]]
        + [[p["member"], p["name"], R.choice(["車椅子", "視覚障害", "聴覚障害", "下肢障害（杖）", "精神障害（発作時の対応あり）"]),
            R.choice(["なし", "1名", "2名"]), p["phone"]] for p in _p],
        "座席": [["試合", "座席"], ["3/8", "BS-W1～W4"], ["3/15", "BS-W1～W3"]]}}],
)

# 071 stop — reply whose NEW text lists nine winners with e-mails; quoted part harmless
_p = people(9)
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="the new text of the reply lists nine winners with e-mail addresses to the player agency",
    sender=OKOCHI, to=["鳴海 <narumi@athlete-bridge.co.jp>"],
    subject="Re: 早瀬選手 オンラインお話し会の当選者",
    body=("鳴海様\n\nお世話になっております。大河内です。\n"
          "オンラインお話し会（3/22）の当選者9名です。招待URLの送付をお願いいたします。\n\n"
          + "\n".join(f"{p['name']}\t{p['email']}" for p in _p)
          + "\n\n大河内\n\n"
          "On 2025/03/14 10:02, 鳴海 wrote:\n"
          "> 大河内様\n> お話し会の招待URLはこちらから個別に送ります。\n"
          "> 当選者のお名前とメールアドレスをお知らせください。\n"),
)

# 072 pass — PPTX lottery statistics (no people) to the club
add(
    expect="pass", charset="utf-8",
    entities=[], detectors=[],
    note="aggregate lottery statistics in slides; no individual's data",
    sender=SAIJO, to=["森下 智恵 <morishita@minato-sunrise.co.jp>"],
    subject="開幕戦 先行抽選 結果報告",
    body=("森下様\n\nお世話になっております。西条です。\n"
          "開幕戦の会員先行抽選の結果報告資料をお送りします。\n"
          "ゴール裏の倍率が昨年より上がっています。\n\n西条\n"),
    attachments=[{"kind": "pptx", "name": "開幕戦_先行抽選結果.pptx",
                  "slides": [["開幕戦 会員先行抽選 結果", "応募者数 14,820名（前年比 112%）", "当選者数 9,300名"],
                             ["席種別倍率", "SS指定 2.4倍", "ゴール裏自由 1.8倍", "車椅子席 1.0倍（全員当選）"],
                             ["次回への改善", "応募画面の混雑対策", "同行者登録の簡素化"]]}],
)

# 073 pass — list of gates, first-aid rooms and info desks (places, not people)
add(
    expect="pass", charset="iso-2022-jp",
    entities=[], detectors=[],
    note="a list of stadium facilities and their extension numbers, not of people",
    sender=OKOCHI, to=["shinko@harenohi-kikaku.co.jp"],
    subject="ファン感謝祭 会場内 連絡先一覧",
    body=("ハレノヒ企画 進行ご担当 様\n\n当日の会場内の連絡先一覧です。\n\n"
          + text_table([["場所", "内線", "備考"],
                        ["北ゲート 受付", "2101", "ファンクラブ受付"],
                        ["南ゲート 受付", "2102", "一般来場者"],
                        ["救護室（メイン1F）", "2150", "看護師常駐"],
                        ["総合案内所", "2100", "迷子・落とし物"],
                        ["オフィシャルショップ", "2201", "グッズ販売"],
                        ["運営本部", "2000", "大河内・野沢"]])
          + "\n\n以上、よろしくお願いいたします。\n大河内\n"),
)

# 074 stop — kana names and full-width addresses of five members for card re-issue
_p = people(5, rare=2)
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five members' kana names, full-width addresses and phones for card re-issue, to the printer",
    sender=TAKAMATSU, to=["card@nishiki-insatsu.co.jp"],
    subject="会員証 再発行（紛失・破損）5件",
    body=("錦印刷 カード事業部 様\n\nいつもお世話になっております。高松です。\n"
          "再発行分5件です。直送でお願いします。\n\n"
          + "\n".join(f"■{p['kana']}\n　{fw(p['zip'])}　{fw(p['addr'])}\n　ＴＥＬ：{fw(p['phone'])}"
                      for p in _p)
          + "\n\n高松\n"),
)

# 075 stop — suspected resale accounts to the resale platform
_p = people(7)
add(
    expect="stop", charset="utf-8",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="seven suspected resellers' names, e-mails and phones sent to an external resale platform",
    sender=SAIJO, to=["チケリレー 不正対策チーム <fraud@ticket-relay.jp>"],
    subject="不正転売の疑いがあるアカウントについて（照会）",
    body=("チケリレー株式会社 不正対策チーム 御中\n\n"
          "お世話になっております。湊サンライズFCのチケット事業を担当している日の出産業の西条です。\n"
          "開幕戦の会員先行で当選したチケットが、貴社サービス以外のサイトで高額出品されている件について、\n"
          "当選者側のアカウントは下記です。貴社の公式リセールでの出品・購入履歴の有無をご確認いただけますでしょうか。\n\n"
          "氏名, メールアドレス, 電話番号, 当選枚数\n"
          + "\n".join(f"{p['name']}, {p['email']}, {p['phone']}, {R.choice([4, 4, 6, 8])}" for p in _p)
          + "\n\n同一の電話番号・住所で複数会員登録されているケースも含まれます。\n\n"
          + sig("西条 拓也", "さいじょう たくや", "チケット企画課", "t-saijo@hinode-sangyo.co.jp", "045-680-1175")),
)

# 076 pass — collaboration menu with the real partner (correct domain)
add(
    expect="pass", charset="iso-2022-jp",
    entities=[], detectors=[],
    note="ordinary mail to the partner kitaguni-foods.co.jp (correct domain), no personal data",
    sender=OKOCHI, to=["北国フーズ 広報室 <koho@kitaguni-foods.co.jp>"],
    subject="スタジアムグルメ コラボメニューの試食会日程",
    body=("北国フーズ株式会社 広報室\n真鍋様\n\n"
          "いつもお世話になっております。日の出産業の大河内です。\n"
          "コラボメニュー「サンライズ丼」「港のザンギ」の試食会ですが、\n"
          "2/25（火）14時、湊港スタジアム 3Fキッチンでいかがでしょうか。\n"
          "クラブからは広報の森下様、選手は#4 大島選手が参加予定です（撮影あり）。\n\n"
          "ご都合をお知らせください。\n"
          + sig("大河内 誠", "おおこうち まこと", "イベント企画課", "okochi@hinode-sangyo.co.jp", "045-680-1180")),
)

# 077 pass — rooming list of four with two mobiles to the hotel
add(
    expect="pass", charset="utf-8",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four guests, two with mobile numbers, to the partner hotel: below the list threshold",
    sender=OKOCHI, to=["group@sakura-hotel.jp"],
    subject="5/23 前日入り メンバーのルーミングリスト",
    body=("さくらホテル 団体予約 ご担当様\n\n"
          "お世話になっております。大河内です。\n"
          "ファン感謝祭の前日入りメンバー（4名）のルーミングリストです。\n\n"
          "部屋　　氏名　　　　　　　　緊急連絡先\n"
          "―――――――――――――――――――――――\n"
          "シングル　大河内 誠（弊社）　　　090-3318-5027\n"
          "シングル　野沢 啓介（弊社）　　　080-6124-9930\n"
          "ツイン　　MC 朝比奈 ユウ様\n"
          "　　　　　マネージャー 日下部様\n\n"
          "チェックインは20時頃の予定です。\n大河内\n"),
)

# 078 stop — look-alike of the law firm (other TLD) with a banned member's arrest
_a = person()
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["lookalike_domain", "personal_data"],
    note="shirakawa-law.co.jp is a TLD look-alike of the partner shirakawa-law.jp, and the mail names a member's arrest",
    sender=NOZAWA, to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.co.jp>"],
    subject="元会員からの損害賠償請求の件（ご相談）",
    body=("白川法律事務所\n白川先生\n\n"
          "いつもお世話になっております。日の出産業の野沢です。\n"
          f"昨年8月に場内暴行で逮捕され、当社が会員資格を剥奪した{_a['name']}氏から、\n"
          "「不当な除名で名誉を傷つけられた」として損害賠償を求める内容証明が届きました。\n"
          "刑事事件としては略式起訴・罰金刑で確定していると聞いております。\n\n"
          "来週どこかでご相談のお時間をいただけますでしょうか。\n野沢\n"),
)

# 079 pass — sales report with totals, NDA mentioned as the basis
add(
    expect="pass", charset="iso-2022-jp",
    entities=[], detectors=[],
    note="monthly sales totals to the maker; the NDA is only referred to",
    sender=KAWABATA, to=["小田切 <odagiri@kizuna-sports.co.jp>"],
    subject="2月 ライセンス商品 販売実績のご報告",
    body=("キズナスポーツ 小田切様\n\n"
          "お世話になっております。川端です。\n"
          "昨年締結した秘密保持契約に基づき、2月のライセンス商品の販売実績（合計値）をご報告します。\n\n"
          "　レプリカユニフォーム　　　1,284枚\n"
          "　トレーニングウェア上下　　　362セット\n"
          "　キッズユニフォーム　　　　　517枚\n"
          "　合計売上（税抜）　　　　　21,406,300円\n\n"
          "店舗別の内訳は次回の定例でご説明します。\n"
          + sig("川端 みのり", "かわばた みのり", "グッズ通販課", "kawabata.m@hinode-sangyo.co.jp", "045-680-1178")
          + DISCLAIMER_JA),
)

# 080 pass — tracking numbers only, no people
add(
    expect="pass", charset="utf-8",
    entities=[], detectors=[],
    note="order and tracking numbers only; no names, addresses or phones",
    sender=KAWABATA, to=["aoba-cs@aoba-unyu.co.jp"],
    subject="配達状況の一括確認のお願い",
    body=("青葉運輸 お客様センター 御中\n\n"
          "お世話になっております。川端です。\n"
          "下記10件、発送から5日以上経過しても「輸送中」のままになっております。\n"
          "状況をご確認いただけますでしょうか。\n\n"
          "注文番号\tお問い合わせ番号\n"
          + "\n".join(f"SRS-2502-{R.randint(100000, 199999)}\t4829-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
                      for _ in range(10))
          + "\n\nよろしくお願いいたします。\n川端\n"),
)

# 081 stop — damaged DOCX application form to the sponsor
add(
    expect="stop", charset="iso-2022-jp",
    entities=[], detectors=["unscannable_attachment"],
    note="the attached DOCX is corrupt and cannot be inspected",
    sender=SAIJO, to=["江藤 <eto@kawasaki-denki.co.jp>"],
    subject="社員様向け観戦招待 お申込書",
    body=("川崎電機 宣伝部 江藤様\n\n"
          "お世話になっております。西条です。\n"
          "社員様向け観戦招待（6/14）のお申込書をお送りします。\n"
          "ご記入のうえ、5/30までにご返送ください。\n\n西条\n"),
    attachments=[{"kind": "corrupt", "name": "観戦招待申込書_川崎電機様.docx"}],
)

# 082 stop — reply-all to supporters' group leaders, private addresses visible in To/Cc
_l = people(5)
add(
    expect="stop", charset="utf-8",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="five private supporters' leaders on different free-mail domains can see each other in To/Cc",
    sender=OKOCHI, to=[f"{p['name']} <{p['email']}>" for p in _l[:2]],
    cc=[p["email"] for p in _l[2:]] + ["野沢 啓介 <nozawa@hinode-sangyo.co.jp>"],
    subject="Re: 開幕戦の横断幕・ビッグフラッグ搬入について",
    body=("応援団リーダーの皆さま\n\n"
          "お世話になっております。日の出産業の大河内です。\n"
          "開幕戦の横断幕・ビッグフラッグの搬入は、当日9:00から北ゲート横の搬入口でお願いします。\n"
          "事前申請のない横断幕は掲出できませんので、2/28までに申請フォームからご提出ください。\n\n"
          "よろしくお願いいたします。\n大河内\n\n"
          "> 大河内さん\n> 搬入時間を教えてください。今年もビッグフラッグを出したいです。\n"),
)

# 083 pass — English reply to the hotel; its guest list is only quoted
add(
    expect="pass", charset="utf-8",
    entities=[], detectors=[],
    note="English reply; the hotel's own guest list is quoted and the new text has no personal data",
    sender=MUKAI, to=["Reservations <reservations@riverside-bkk.com>"],
    subject="Re: Rooming list for SUNRISE-ACL0415",
    body=("Dear Ms. Suda,\n\n"
          "Thank you, the rooming list looks correct. Please keep room 1208 for our tour leader.\n"
          "We will settle the extra breakfasts on site.\n\nBest regards,\nEmily Mukai\n\n"
          "On Tue, 8 Apr 2025 at 14:12, Reservations <reservations@riverside-bkk.com> wrote:\n"
          "> Dear Ms. Mukai,\n> Please find the rooming list below for your confirmation.\n"
          "> 1204  TANAKA Shota / TANAKA Misaki\n> 1205  ONO Ren / ONO Sakura\n"
          "> 1206  KIMURA Naoki / ARAI Yuto\n> 1207  HAYASHI Yumiko / HAYASHI Kotone\n"
          "> 1208  MUKAI Emily (tour leader)\n> Kind regards,\n> Pim Suda, Reservations\n"),
)

# 084 stop — one banned member's arrest with DOB and address to the partner law firm
_a = person(born=(1970, 1995))
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named person's arrest (criminal matter) with DOB and address: sensitive data even of one person",
    sender=NOZAWA, to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["野沢 啓介 <nozawa@hinode-sangyo.co.jp>"],
    subject="入場禁止の通知書 作成のお願い",
    body=("白川法律事務所\n白川先生\n\n"
          "お世話になっております。日の出産業の野沢です。\n"
          "先日ご相談した件、下記の者に対する入場禁止の通知書（内容証明）の作成をお願いいたします。\n\n"
          f"対象者：{_a['name']}（{_a['kana']}）\n"
          f"生年月日：{wareki(_a['dob'], 'fwshort')}\n"
          f"住所：{_a['zip']} {_a['addr']}\n"
          "経緯：2025/2/16 の試合後、スタジアム外周で他クラブのサポーターに暴行し、湊警察署に逮捕された。\n"
          "　　　過去にも2022年に同様の事案で書類送検歴あり（本人申告）。\n"
          "措置：無期限の入場禁止、会員資格の剥奪\n\n"
          "ご対応のほどよろしくお願いいたします。\n"
          + sig("野沢 啓介", "のざわ けいすけ", "会員管理課", "nozawa@hinode-sangyo.co.jp", "045-680-1184")),
)

# 085 pass — internal forward of a member's mail about her illness
_a = person()
add(
    expect="pass", charset="cp932",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], detectors=[],
    note="a member's illness is forwarded only to internal colleagues",
    sender=SAKAGUCHI, to=["高松 由紀 <takamatsu@hinode-sangyo.co.jp>", "a-mikami@hinode-sangyo.co.jp"],
    subject="転送: 年会費の返金について（ご相談）",
    body=("高松さん、三上さん\n\n坂口です。規約上は返金不可ですが、事情を考えると特例で検討したいです。\n"
          "ご意見ください。\n\n"
          "---------- 転送メッセージ ----------\n"
          f"From: {_a['name']} <{_a['email']}>\n件名: 年会費の返金について\n\n"
          "サンライズ・クラブ事務局さま\n\n"
          f"ゴールド会員の{_a['name']}です。先月、乳がんが見つかり、今シーズンは抗がん剤治療のため\n"
          "スタジアムに行くことができそうにありません。年会費の一部でも返金していただくことはできないでしょうか。\n\n"
          f"{_a['name']}\n電話 {_a['phone']}\n"),
)

# 086 stop — XLSX with 部外秘 page header (store sales) to the maker
add(
    expect="stop", charset="utf-8",
    entities=[], detectors=["confidential_marking"],
    note="the workbook's page header carries the 部外秘 marking; it goes to an external maker",
    sender=KAWABATA, to=["odagiri@kizuna-sports.co.jp"],
    subject="店舗別販売実績（ご参考）",
    body=("小田切様\n\nお世話になっております。川端です。\n"
          "上長の了承が取れましたので、店舗別の販売実績をお送りします。追加生産のご判断にお使いください。\n\n川端\n"),
    attachments=[{"kind": "xlsx", "name": "店舗別販売実績_2502.xlsx", "page_header": "部外秘",
                  "sheets": {"2月": [["部外秘　店舗別販売実績（2025年2月）"], [],
                                    ["店舗", "ユニフォーム", "タオル", "合計（円）"],
                                    ["スタジアム店", 612, 1830, 11420000],
                                    ["ベイモール湊店", 388, 920, 6804000],
                                    ["川崎駅前店", 184, 410, 3182300],
                                    ["オンライン", 100, 305, 1470000]]}}],
)

# 087 pass — card's last four digits only, to one member
add(
    expect="pass", charset="iso-2022-jp",
    entities=[], detectors=["freemail_recipient"],
    note="only the last four digits of the member's card: not a card number",
    sender=FC_DESK, to=["sunrise_ren842@icloud.com"],
    subject="【サンライズ・クラブ】年会費のお支払いについて",
    body=("会員様\n\nサンライズ・クラブ事務局です。お問い合わせいただき、ありがとうございます。\n"
          "年会費のお支払い状況を確認いたしました。\n"
          "2/14にご登録のクレジットカード（末尾 4417）にて 5,500円 の決済が完了しております。\n"
          "二重決済にはなっておりませんのでご安心ください。\n\n"
          + sig("", "", "", "fc-info@hinode-sangyo.co.jp", "045-680-1170", style=1)),
)

# 088 stop — member-card print CSV (UTF-8) with dates of birth, 40 rows, to the printer
_p = people(40, rare=4)
add(
    expect="stop", charset="cp932",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="40 members' names and dates of birth in the card print data sent to the printer",
    sender=TAKAMATSU, to=["錦印刷 カード事業部 <card@nishiki-insatsu.co.jp>"],
    cc=["吉岡 <yoshioka@nishiki-insatsu.co.jp>"],
    subject="2025会員証 本発行データ（第1回 40件）",
    body=("錦印刷株式会社 カード事業部 御中\n\n"
          "お世話になっております。日の出産業の高松です。\n"
          "2025会員証の本発行データ（第1回）をお送りいたします。\n"
          "今年から裏面に「誕生月」を印字するため、生年月日の列を追加しています（印字は月のみ）。\n\n"
          "校了済みのデザインで進めてください。\n"
          + sig("高松 由紀", "たかまつ ゆき", "会員サービス課", "takamatsu@hinode-sangyo.co.jp")),
    attachments=[{"kind": "csv", "name": "card_2025_honhakko_01.csv", "encoding": "utf-8",
                  "rows": [["kaiin_no", "shimei", "romaji", "shubetsu", "seinengappi", "yuko_kigen"]]
                  + [[p["member"], p["name"], p["ROMAJI"], R.choice(["GOLD", "REGULAR", "REGULAR", "JUNIOR"]),
                      ymd(p["dob"]), "2026/01/31"] for p in _p]}],
)

# 089 pass — list of sponsor companies with their corporate numbers
add(
    expect="pass", charset="utf-8",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="a list of companies with 法人番号: business data, not people",
    sender=MIKAMI, to=["経理部 <keiri@minato-sunrise.co.jp>"],
    subject="スポンサー協賛金 請求先一覧（法人番号付き）",
    body=("株式会社湊サンライズ 経理部 御中\n\n"
          "お世話になっております。日の出産業の三上です。\n"
          "ファンクラブ協賛枠のスポンサー様の請求先一覧です。法人番号を併記しました。\n\n"
          + text_table([["社名", "法人番号", "請求先部署", "代表電話"],
                        ["川崎電機株式会社", corporate_number("021001019452"), "宣伝部", "044-520-1100"],
                        ["北国フーズ株式会社", corporate_number("043000018822"), "広報室", "011-210-5500"],
                        ["湊みなと信用金庫", corporate_number("080005002213"), "地域貢献部", "045-640-0001"],
                        ["平岡建設株式会社", corporate_number("021001077310"), "総務部", "045-681-3300"]])
          + "\n\nよろしくお願いいたします。\n三上\n"),
)

# 090 pass — HTML attachment with the event timetable
add(
    expect="pass", charset="iso-2022-jp",
    entities=[], detectors=[],
    note="an HTML timetable of the event, no personal data",
    sender=OKOCHI, to=["shinko@harenohi-kikaku.co.jp"],
    subject="ファン感謝祭 進行表（HTML版）",
    body=("ハレノヒ企画 進行ご担当 様\n\n進行表をHTMLで作りました。スマホでも見られます。\n\n大河内\n"),
    attachments=[{"kind": "html", "name": "shinkou_0524.html", "html": (
        "<html><body><h2>ファン感謝祭 進行表（5/24）</h2><table border=1>"
        "<tr><th>時刻</th><th>内容</th><th>場所</th></tr>"
        "<tr><td>11:00</td><td>開場・会員受付</td><td>北ゲート</td></tr>"
        "<tr><td>11:30</td><td>サッカー教室（小学生）</td><td>ピッチ</td></tr>"
        "<tr><td>13:00</td><td>トークショー</td><td>メインステージ</td></tr>"
        "<tr><td>14:00</td><td>大抽選会</td><td>メインステージ</td></tr>"
        "<tr><td>15:00</td><td>終了・退場</td><td>全ゲート</td></tr></table></body></html>")}],
)

# 091 pass — internal: password ZIP between colleagues
add(
    expect="pass", charset="cp932",
    entities=[], detectors=[],
    note="an encrypted ZIP, but sent only to an internal colleague",
    sender=INABA, to=["高松 由紀 <takamatsu@hinode-sangyo.co.jp>"],
    subject="会員抽出データ（パスワード付き）",
    body=("高松さん\n\n稲葉です。ご依頼の継続未手続き会員の抽出データです。\n"
          "パスワードはTeamsで送ります。\n\n稲葉\n"),
    attachments=[{"kind": "zip", "name": "mikeizoku_20250303.zip", "password": "Kz8#mikei",
                  "files": [{"kind": "csv", "name": "mikeizoku.csv",
                             "rows": [["会員番号", "氏名", "電話"]]
                             + [[p["member"], p["name"], p["phone"]] for p in people(6)]}]}],
)

# 092 pass — one member (free mail) and the club in Cc: two parties
add(
    expect="pass", charset="utf-8",
    entities=[], detectors=["freemail_recipient", "multiple_external_domains"],
    note="one private member and the club's PR office: two external parties, no list",
    sender=OKOCHI, to=["kohiruimaki.saki@gmail.com"], cc=["森下 智恵 <morishita@minato-sunrise.co.jp>"],
    subject="Re: 選手への応援メッセージ企画について",
    body=("小比類巻 様\n\n"
          "サンライズ・クラブ事務局の大河内です。ご提案ありがとうございます。\n"
          "寄せ書きフラッグを選手に届ける企画について、クラブ広報の森下さんにもccで入っていただきました。\n"
          "実施方法は森下さんから改めてご連絡いたします。\n\n"
          "大河内\n\n"
          "> 事務局さま\n> 怪我で離脱中の真壁選手に、サポーターで寄せ書きを贈りたいのですが可能でしょうか。\n"),
)

# 093 pass — direct-debit schedule to the bank; the only account is the company's own
add(
    expect="pass", charset="iso-2022-jp",
    entities=[], detectors=[],
    note="schedule talk with the bank; only the company's own collection account is mentioned",
    sender=MIKAMI, to=["shuno@midori-ginko.co.jp"],
    subject="2025年度 口座振替スケジュールについて",
    body=("みどり銀行 法人営業部 収納代行チーム 御中\n\n"
          "平素より大変お世話になっております。日の出産業の三上です。\n"
          "2025年度のファンクラブ会費の口座振替スケジュールをご確認ください。\n\n"
          "・振替日：毎月27日（休日の場合は翌営業日）\n"
          "・データ伝送期限：振替日の9営業日前 15時\n"
          "・入金先：みどり銀行 桜木町支店 当座 0042117（日の出産業株式会社）\n"
          "・委託者コード：4410275\n\n"
          "変更点がございましたらご教示ください。\n"
          + sig("三上 綾香", "みかみ あやか", "管理課", "a-mikami@hinode-sangyo.co.jp", "045-680-1171", style=2)),
)

# 094 pass — order confirmation to a corporate customer
add(
    expect="pass", charset="cp932",
    entities=[], detectors=[],
    note="order confirmation to one company with order numbers and its business contact",
    sender=KAWABATA, to=["平岡建設 総務部 <kobai@hiraoka-kensetsu.co.jp>"],
    subject="ご注文内容の確認（受注番号 SRB-25-0217）",
    body=("平岡建設株式会社 総務部 御中\n\n"
          "このたびは社員様向けグッズセットをご注文いただき、誠にありがとうございます。\n"
          "ご注文内容を下記のとおり承りました。\n\n"
          "　受注番号：SRB-25-0217（貴社発注番号 PO-88213）\n"
          "　商品：観戦応援セット（タオルマフラー・フラッグ・キャップ） × 120セット\n"
          "　納品日：3/5（水）午前\n"
          "　納品先：平岡建設株式会社 本社 総務部（横浜市中区尾上町3-31 TEL 045-681-3300）\n\n"
          "内容に相違がございましたらご連絡ください。\n"
          + sig("川端 みのり", "かわばた みのり", "グッズ通販課", "kawabata.m@hinode-sangyo.co.jp", "045-680-1178")),
)

# 095 either — the stadium's own staff's mobiles sent back to the stadium
_p = people(5)
add(
    expect="either", charset="utf-8",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five of the stadium operator's own staff with mobiles, sent back to that operator: a judgement call",
    sender=OKOCHI, to=["長尾 <nagao@minato-stadium.co.jp>"],
    subject="ファン感謝祭 当日の緊急連絡網（貴社スタッフ分）",
    body=("長尾様\n\nお世話になっております。大河内です。\n"
          "当日の緊急連絡網のうち、貴社スタッフの皆さま分を以下のとおり記載しました。相違がないかご確認ください。\n\n"
          + "\n".join(f"・{p['name']}（{r}）　{p['phone']}" for p, r in zip(
              _p, ["場内統括", "警備連絡", "設備", "救護連絡", "駐車場"]))
          + "\n\n大河内\n"),
)

# 096 stop — renewal call list as a text file to the call-centre vendor
_p = people(15, rare=2)
_txt = "継続のご案内 架電リスト（2025/3/10）\n\n" + text_table(
    [["No", "氏名", "電話番号", "最終継続", "種別"]]
    + [[str(i + 1), p["name"], p["phone"] if i % 3 else p["land"], f"{R.randint(2019, 2023)}年", R.choice(["レギュラー", "ゴールド"])]
       for i, p in enumerate(_p)])
add(
    expect="stop", charset="iso-2022-jp",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="15 lapsed members' names and phone numbers in a text file to an external call centre",
    sender=NOZAWA, to=["コールネクスト SV <sv-team@callnext.co.jp>"],
    subject="継続案内コール 3/10開始分リスト",
    body=("コールネクスト株式会社 SVご担当者様\n\n"
          "お世話になっております。日の出産業の野沢です。\n"
          "継続未手続き会員への架電リスト（15件）をテキストで添付します。\n"
          "トークスクリプトは前回と同じものをご使用ください。\n\n"
          "よろしくお願いします。\n野沢\n"),
    attachments=[{"kind": "txt", "name": "kaden_list_0310.txt", "text": _txt, "encoding": "cp932"}],
)

# 097 pass — internal: 社外秘 document shared inside the company only
add(
    expect="pass", charset="utf-8",
    entities=[], detectors=[],
    note="a 社外秘 document circulated among internal recipients only",
    sender=NOZAWA, to=["ファンクラブ事業部 <fc-all@hinode-sangyo.co.jp>"],
    subject="【社外秘】2026会費改定案 社内説明資料",
    body=("事業部の皆さん\n\n野沢です。来週の部会で説明する会費改定案の資料です。\n"
          "社外秘のため、外部への転送は控えてください。\n\n野沢\n"),
    attachments=[{"kind": "docx", "name": "会費改定案_社内説明.docx", "page_header": "社外秘",
                  "paragraphs": ["2026会費改定案 社内説明資料", "ゴールド会員 13,200円（+2,200円）",
                                 "ジュニア会員の対象を中学生まで拡大", "会員向け告知は2025年11月を予定"]}],
)

# 098 pass — English to a foreign player's agent with two winners' e-mail addresses
_p = people(2)
add(
    expect="pass", charset="utf-8",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="two winners' names and e-mails to the player's agent: below the list threshold, may be warned",
    sender=MUKAI, to=["Marco Alves <marco@alves-sportsmgmt.com>"],
    subject="Online meet & greet with Lucas Souza - the two winners",
    body=("Hi Marco,\n\n"
          "The draw for Lucas's online meet & greet (28 March, 20:00 JST) is done. The two winners are:\n\n"
          + "\n".join(f"- {p['romaji']} <{p['email']}>" for p in _p)
          + "\n\nOur interpreter will join the call as well. Could you send the video-call link to both of "
          "them by 25 March, with me in copy?\n\nThanks a lot,\nEmily\n"
          + sig("", "Emily Mukai", "Tours & Events", "mukai.emily@hinode-sangyo.co.jp", "045-680-1183", style=3)),
)

# 099 pass — player appearance booking at the mall, players named only
add(
    expect="pass", charset="cp932",
    entities=[], detectors=[],
    note="appearance booking: players named as public figures, no personal data",
    sender=OKOCHI, to=["hansoku@baymall-minato.jp"],
    subject="4/20 サイン会 会場レイアウトのご確認",
    body=("ベイモール湊 販促課 御中\n\n"
          "お世話になっております。大河内です。\n"
          "4/20のサイン会の会場レイアウト案をお送りします（クラブ発表済みの内容です）。\n\n"
          "・出演：#10 早瀬選手、#23 真壁選手\n"
          "・センターコートに長机2台、選手用の椅子2脚、パーテーションで待機列を区切る\n"
          "・待機列は最大80名、整理券番号順にご案内\n"
          "・選手の入り：13:30 従業員通用口（警備2名の手配をお願いします）\n\n"
          "ご確認をお願いいたします。\n"
          + sig("大河内 誠", "おおこうち まこと", "イベント企画課", "okochi@hinode-sangyo.co.jp", "045-680-1180")),
)

# 100 pass — aggregate counts of disability-discount applications, no individuals
add(
    expect="pass", charset="iso-2022-jp",
    entities=[], detectors=[],
    note="aggregate counts of discount applications by type; no identifiable person",
    sender=SAIJO, to=["富樫 <togashi@ticketplus.jp>"],
    subject="障がい者割引チケット 販売枠の件",
    body=("チケットプラス 富樫様\n\n"
          "お世話になっております。西条です。\n"
          "会員の障がい者割引の申請状況（3月分）を集計しましたので、販売枠設定の参考にしてください。\n\n"
          "　車椅子席（本人＋介助者）　　月平均 38組\n"
          "　一般席（本人＋介助者1名）　月平均 112名\n"
          "　聴覚障害者向け字幕タブレット貸出　月平均 9台\n\n"
          "4月以降も同程度の枠で問題ないと考えております。\n"
          + sig("西条 拓也", "さいじょう たくや", "チケット企画課", "t-saijo@hinode-sangyo.co.jp", "045-680-1175")),
)
