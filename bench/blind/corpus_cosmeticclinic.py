"""Blind corpus: cosmeticclinic — 日の出メディカルサポート株式会社 (日の出産業's medical-services
subsidiary) that runs the back office of cosmetic surgery and dermatology clinics
(美容外科・美容皮膚科) for medical corporations it contracts with: counselling records,
treatment plans, before/after photo consent, medical loans (メディカルローン), influencer /
monitor campaigns, advertising agencies, clinical labs, complaints and refunds.

Every sender is on hinode-sangyo.co.jp (or its subdomain medical.hinode-sangyo.co.jp).
The clinics, labs, agencies, credit companies and patients are external. Every clinic,
company, person, patient, phone number, address, account, card number, My Number and
other identifier in this file is invented; any likeness to a real one is accidental.
My Numbers and card numbers come from build.my_number() / build.card_number(), seeded
from 9101 upward (one per call).
"""

from __future__ import annotations

import datetime as _dt
import random

from build import card_number, my_number

SEED = 9101
rng = random.Random(SEED)

_counter = [SEED]


def _mn() -> str:
    v = my_number(_counter[0])
    _counter[0] += 1
    return v


def _cc() -> str:
    v = card_number(_counter[0])
    _counter[0] += 1
    return v


# -- invented people ---------------------------------------------------------------------

_SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"), ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"), ("三浦", "ミウラ", "Miura"),
    ("竹内", "タケウチ", "Takeuchi"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("東海林", "ショウジ", "Shoji"), ("五十嵐", "イガラシ", "Igarashi"), ("百目鬼", "ドウメキ", "Domeki"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("薬袋", "ミナイ", "Minai"), ("御手洗", "ミタライ", "Mitarai"),
    ("纐纈", "コウケツ", "Koketsu"), ("宍戸", "シシド", "Shishido"), ("栗栖", "クリス", "Kurisu"),
    ("砂金", "イサゴ", "Isago"), ("舟橋", "フナハシ", "Funahashi"), ("及川", "オイカワ", "Oikawa"),
    ("鬼頭", "キトウ", "Kito"), ("仲宗根", "ナカソネ", "Nakasone"), ("比嘉", "ヒガ", "Higa"),
    ("喜屋武", "キャン", "Kyan"), ("能登谷", "ノトヤ", "Notoya"), ("嵯峨", "サガ", "Saga"),
]
_MEI_F = [
    ("美咲", "ミサキ", "Misaki"), ("陽菜", "ヒナ", "Hina"), ("結衣", "ユイ", "Yui"),
    ("彩花", "アヤカ", "Ayaka"), ("真由美", "マユミ", "Mayumi"), ("恵子", "ケイコ", "Keiko"),
    ("智子", "トモコ", "Tomoko"), ("麻衣", "マイ", "Mai"), ("沙織", "サオリ", "Saori"),
    ("里奈", "リナ", "Rina"), ("優子", "ユウコ", "Yuko"), ("千尋", "チヒロ", "Chihiro"),
    ("菜々子", "ナナコ", "Nanako"), ("瑞穂", "ミズホ", "Mizuho"), ("杏奈", "アンナ", "Anna"),
    ("楓", "カエデ", "Kaede"), ("琴音", "コトネ", "Kotone"), ("詩織", "シオリ", "Shiori"),
    ("由紀", "ユキ", "Yuki"), ("紗希", "サキ", "Saki"), ("玲奈", "レイナ", "Reina"),
    ("明日香", "アスカ", "Asuka"), ("乃亜", "ノア", "Noa"), ("真央", "マオ", "Mao"),
    ("芽衣", "メイ", "Mei"), ("朋美", "トモミ", "Tomomi"), ("佳苗", "カナエ", "Kanae"),
]
_MEI_M = [
    ("健太", "ケンタ", "Kenta"), ("翔", "ショウ", "Sho"), ("大輔", "ダイスケ", "Daisuke"),
    ("拓也", "タクヤ", "Takuya"), ("直樹", "ナオキ", "Naoki"), ("亮介", "リョウスケ", "Ryosuke"),
    ("悠真", "ユウマ", "Yuma"), ("蓮", "レン", "Ren"), ("誠", "マコト", "Makoto"),
    ("和也", "カズヤ", "Kazuya"), ("隼人", "ハヤト", "Hayato"),
]
_PLACES = [
    ("154-0004", "東京都", "世田谷区", "太子堂"), ("166-0004", "東京都", "杉並区", "阿佐谷南"),
    ("135-0061", "東京都", "江東区", "豊洲"), ("152-0035", "東京都", "目黒区", "自由が丘"),
    ("223-0061", "神奈川県", "横浜市港北区", "日吉"), ("211-0063", "神奈川県", "川崎市中原区", "小杉町"),
    ("330-0063", "埼玉県", "さいたま市浦和区", "高砂"), ("273-0005", "千葉県", "船橋市", "本町"),
    ("530-0041", "大阪府", "大阪市北区", "天神橋"), ("560-0012", "大阪府", "豊中市", "上野坂"),
    ("464-0841", "愛知県", "名古屋市千種区", "覚王山通"), ("810-0041", "福岡県", "福岡市中央区", "大名"),
    ("658-0072", "兵庫県", "神戸市東灘区", "岡本"), ("606-0801", "京都府", "京都市左京区", "下鴨宮河町"),
    ("060-0063", "北海道", "札幌市中央区", "南三条西"), ("980-0811", "宮城県", "仙台市青葉区", "一番町"),
    ("730-0031", "広島県", "広島市中区", "紙屋町"), ("430-0946", "静岡県", "浜松市中央区", "元城町"),
    ("900-0015", "沖縄県", "那覇市", "久茂地"), ("371-0022", "群馬県", "前橋市", "千代田町"),
]
_BLDG = ["", "", "", " メゾン桜坂203", " パークハイツ1102", " コーポ日向101", " グランシエル708",
         " ヴィラ若葉2F", " サンライズ杉本305", "-403"]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp", "hotmail.co.jp"]

_used: set[str] = set()


def person(sex: str = "f", lo: int = 1966, hi: int = 2004) -> dict:
    while True:
        sei = rng.choice(_SEI)
        mei = rng.choice(_MEI_F if sex == "f" else _MEI_M)
        if sei[0] + mei[0] not in _used:
            _used.add(sei[0] + mei[0])
            break
    zip_, pref, city, town = rng.choice(_PLACES)
    addr = f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
    addr += rng.choice(_BLDG)
    dob = _dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    mobile = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    local = rng.choice([
        f"{mei[2].lower()}.{sei[2].lower()}",
        f"{sei[2].lower()}{mei[2].lower()[0]}{rng.randint(1, 99)}",
        f"{mei[2].lower()}_{dob.year % 100:02d}{dob.month:02d}",
        f"{mei[2].lower()}{sei[2].lower()[:3]}.{rng.randint(100, 999)}",
    ])
    return {
        "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "name2": f"{sei[0]}{mei[0]}",
        "kana": f"{sei[1]} {mei[1]}", "romaji": f"{mei[2]} {sei[2]}",
        "ROMAJI": f"{sei[2].upper()} {mei[2].upper()}",
        "email": f"{local}@{rng.choice(_FREE)}", "phone": mobile, "zip": zip_,
        "pref": pref, "addr": addr, "dob": dob,
        "age": 2026 - dob.year - (1 if (dob.month, dob.day) > (9, 1) else 0),
        "sex": "女" if sex == "f" else "男",
    }


def people(n: int, sex: str = "f", **kw) -> list[dict]:
    return [person("m" if sex == "mix" and rng.random() < 0.3 else
                   ("f" if sex == "mix" else sex), **kw) for _ in range(n)]


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fw":
        return zen(f"{era}{y}年{d.month}月{d.day}日")
    return f"{era}{y}年{d.month}月{d.day}日"


_ZEN = str.maketrans("0123456789-.()/", "０１２３４５６７８９－．（）／")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def ymd(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def pad(s: str, width: int) -> str:
    """Pad with ASCII spaces to a display width (full-width characters count 2)."""
    w = sum(2 if ord(c) > 0x2E7F else 1 for c in s)
    return s + " " * max(width - w, 1)


def acct(bank: str | None = None) -> str:
    banks = ["みどり銀行 渋谷支店", "東都信用金庫 本店営業部", "ゆうちょ銀行 〇一八店",
             "さくら野銀行 梅田支店", "北辰銀行 札幌中央支店", "あけぼの銀行 天神支店",
             "楽天銀行 第一営業支店", "住信SBIネット銀行 法人第一支店"]
    return f"{bank or rng.choice(banks)} 普通 {rng.randint(1000000, 9999999)}"


def dl_no() -> str:
    return f"{rng.choice(['30', '44', '62', '51'])}{rng.randint(10, 24)}{rng.randint(10000000, 99999999)}"


def passport() -> str:
    return f"T{rng.choice('KRZ')}{rng.randint(1000000, 9999999)}"


# -- our senders (signatures are their own business contacts: never labelled) -------------

_SIG_HEAD = "日の出メディカルサポート株式会社（日の出産業グループ）"
_SIG_ADDR = "〒150-0031 東京都渋谷区桜丘町12-8 日の出桜丘ビル5F"


def sig(dept: str, name: str, mail: str, tel: str = "03-5489-7720", style: int = 0) -> str:
    if style == 1:
        return (f"\n--\n{name}（{dept}）\n{_SIG_HEAD}\n{_SIG_ADDR}\n"
                f"TEL {tel}  FAX 03-5489-7721\nMail: {mail}\n")
    if style == 2:
        return (f"\n＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n日の出メディカルサポート株式会社\n"
                f"{dept}\n{name}\n{_SIG_ADDR}\nTEL：{tel}（直通）\nE-mail：{mail}\n"
                f"＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n")
    if style == 3:
        return (f"\n----------------------------------------\n{name}\n{dept}\n"
                f"Hinode Medical Support Co., Ltd. (Hinode Sangyo Group)\n"
                f"12-8 Sakuragaoka-cho, Shibuya-ku, Tokyo 150-0031, Japan\n"
                f"Tel: +81-3-5489-7720 / {mail}\n----------------------------------------\n")
    return (f"\n━━━━━━━━━━━━━━━━━━━━━━\n{_SIG_HEAD}\n{dept}　{name}\n{_SIG_ADDR}\n"
            f"TEL {tel} / FAX 03-5489-7721\n{mail}\n━━━━━━━━━━━━━━━━━━━━━━\n")


MIZUHARA = ("水原 佳織 <k.mizuhara@hinode-sangyo.co.jp>", "運営管理部", "水原 佳織",
            "k.mizuhara@hinode-sangyo.co.jp")
TODO = ("藤堂 亮 <r.todo@hinode-sangyo.co.jp>", "経理部 ローン・返金担当", "藤堂 亮",
        "r.todo@hinode-sangyo.co.jp")
KASHIWAGI = ("柏木 真帆 <m.kashiwagi@hinode-sangyo.co.jp>", "マーケティング部", "柏木 真帆",
             "m.kashiwagi@hinode-sangyo.co.jp")
OSAKO = ("大迫 隆之 <t.osako@medical.hinode-sangyo.co.jp>", "お客様相談室", "大迫 隆之",
         "t.osako@medical.hinode-sangyo.co.jp")
SHINOMIYA = ("篠宮 彩 <a.shinomiya@hinode-sangyo.co.jp>", "人事総務部", "篠宮 彩",
             "a.shinomiya@hinode-sangyo.co.jp")
SUGAWARA = ("菅原 徹 <t.sugawara@hinode-sangyo.co.jp>", "情報システム部", "菅原 徹",
            "t.sugawara@hinode-sangyo.co.jp")
LEE = ("Mina Lee <mina.lee@medical.hinode-sangyo.co.jp>", "国際患者サポート室", "李 美娜",
       "mina.lee@medical.hinode-sangyo.co.jp")
USAMI = ("宇佐美 恭平 <k.usami@hinode-sangyo.co.jp>", "法務・コンプライアンス室", "宇佐美 恭平",
         "k.usami@hinode-sangyo.co.jp")
NOZAKI = ("野崎 遥 <h.nozaki@medical.hinode-sangyo.co.jp>", "クリニック業務支援課", "野崎 遥",
          "h.nozaki@medical.hinode-sangyo.co.jp")


def S(who: tuple, style: int = 0) -> str:
    return sig(who[1], who[2], who[3], style=style)


DISCLAIMER_JA = (
    "\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
    "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = (
    "\nThis e-mail and any attachments may contain confidential information intended solely "
    "for the addressee. If you have received it in error, please notify the sender and "
    "delete it. Any unauthorised use or disclosure is prohibited.\n")

MESSAGES: list[dict] = []


def M(**kw) -> None:
    MESSAGES.append(kw)


# == 001-025 =============================================================================

_p = people(8)
_menu = ["二重埋没法", "ヒアルロン酸注入（涙袋）", "医療脱毛（全身）", "脂肪吸引（太もも）",
         "ボトックス（エラ）", "糸リフト", "鼻中隔延長", "ピコレーザー（シミ）"]
_hist = ["なし", "アトピー性皮膚炎（外用薬使用中）", "なし", "甲状腺機能低下症 服薬中",
         "ケロイド体質", "なし", "喘息（小児期）", "抗うつ薬服用中"]
_rows = [["カウンセリング記録（2026年8月分・渋谷院）"], [],
         ["受付日", "氏名", "フリガナ", "生年月日", "年齢", "電話番号", "希望施術", "既往歴・服薬",
          "成約"]]
for i, p in enumerate(_p):
    _rows.append([f"2026/08/{3 + i * 3:02d}", p["name"], p["kana"], ymd(p["dob"]), p["age"],
                  p["phone"], _menu[i], _hist[i], rng.choice(["成約", "検討中", "見送り"])])
M(
    id="cosmeticclinic-001",
    subject="8月分カウンセリングデータの共有（成約率分析用）",
    sender=KASHIWAGI[0],
    to=["森川 俊 <s.morikawa@brightlink-ad.co.jp>"],
    charset="iso-2022-jp",
    body=(
        "株式会社ブライトリンク\n森川様\n\nいつもお世話になっております。日の出メディカルサポートの柏木です。\n\n"
        "先日の定例でご依頼いただいた、広告流入別の成約率分析の件です。\n"
        "渋谷院の8月分カウンセリング記録をエクスポートしましたので添付いたします。\n"
        "「集計」シートに媒体別の件数、「記録」シートに明細が入っています。\n\n"
        "媒体コードとの突合は来週の定例までにお願いできますと幸いです。\n"
        + S(KASHIWAGI)),
    attachments=[{"kind": "xlsx", "name": "counseling_2026-08_shibuya.xlsx",
                  "sheets": {"集計": [["媒体", "件数", "成約"], ["Instagram広告", 31, 9],
                                      ["リスティング", 22, 7], ["紹介", 6, 4]],
                             "記録": _rows}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX of 8 patients' counselling records (name, DOB, phone, medical history) to an ad agency",
)

M(
    id="cosmeticclinic-002",
    subject="【料金表】秋キャンペーン用 施術価格一覧（LP掲載用）",
    sender=KASHIWAGI[0],
    to=["adfront-lp@adfront.co.jp"],
    cc=["n.hirose@hinode-sangyo.co.jp"],
    body=(
        "株式会社アドフロント\nLP制作チーム御中\n\nお世話になっております。柏木です。\n"
        "秋キャンペーンLPに掲載する価格を確定しましたのでお送りします（税込）。\n\n"
        "施術コード  施術名                          通常価格     キャンペーン価格\n"
        "----------  ------------------------------  -----------  ----------------\n"
        "EY-01       二重埋没法（両目・2点留め）     ¥98,000      ¥69,800\n"
        "EY-05       眼瞼下垂（挙筋前転）            ¥385,000     ¥330,000\n"
        "IJ-12       ヒアルロン酸 1cc                ¥66,000      ¥49,800\n"
        "IJ-20       ボトックス（エラ・50単位）      ¥45,000      ¥29,800\n"
        "LS-03       ピコトーニング 1回              ¥19,800      ¥14,800\n"
        "HR-10       医療脱毛 全身5回コース          ¥298,000     ¥248,000\n\n"
        "・モニター価格は掲載しないでください（医療広告ガイドライン上の扱いを確認中です）\n"
        "・「通常価格」の打ち消し線表示はNGです。並記のみでお願いします\n"
        "・リスク・副作用の記載は前回の文面をそのまま流用ください\n\n"
        "メディカルローン利用時の月々表示は、別途みどり銀行さんの確認が取れ次第ご連絡します。\n"
        + S(KASHIWAGI, 1)),
    expect="pass",
    entities=[],
    detectors=[],
    note="price list of treatments with product codes to an ad agency: no personal data",
)

_p = people(9, "mix")
_lines = []
for p in _p:
    _lines.append("\t".join([p["name"], p["kana"], ymd(p["dob"], "-"), p["phone"], p["addr"],
                             rng.choice(["会社員", "パート", "自営業", "学生", "公務員"]),
                             f"{rng.randint(18, 85) * 10}万円", f"{rng.randint(20, 160) * 10000:,}円"]))
M(
    id="cosmeticclinic-003",
    subject="Re: メディカルローン 8月申込者一覧（審査結果反映前）",
    sender=TODO[0],
    to=["経理部 ローン担当 <loan-team@hinode-sangyo.co.jp>"],
    cc=["小田切 昌子 <m.odagiri@hinode-sangyo.co.jp>"],
    body=(
        "小田切さん、ローン担当各位\n\n藤堂です。\n8月の申込者一覧です。審査結果の列はまだ空けてあります。\n"
        "社内共有用なので、外部（信販会社）へはこのまま転送しないでください。\n\n"
        "氏名\tフリガナ\t生年月日\t電話\t住所\t職業\t年収\t申込額\n"
        + "\n".join(_lines) + "\n\n"
        "審査NGだった方へのご案内文は来週月曜に私から回します。\n" + S(TODO, 2)),
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="9 loan applicants' records, but every recipient is internal (hinode-sangyo.co.jp)",
)

M(
    id="cosmeticclinic-004",
    subject="メディカルローン提携契約の更新について",
    sender=TODO[0],
    to=["法人営業部 那須様 <y.nasu@midori-ginkou.co.jp>"],
    body=(
        "みどり銀行\n法人営業部 那須様\n\nいつも大変お世話になっております。\n"
        "日の出メディカルサポートの藤堂でございます。\n\n"
        "10月末で満了となる提携メディカルローンの契約につきまして、\n"
        "下記の条件で更新をお願いできればと考えております。\n\n"
        "  ・対象クリニック：提携4院（クレアージュ美容クリニック 渋谷院・新宿院、はくほう美容皮膚科、"
        "ルナリア美容外科）\n"
        "  ・取扱上限額：1件あたり300万円（現行どおり）\n"
        "  ・加盟店手数料：現行3.2%→2.9%へのご相談\n"
        "  ・申込書類の電子化（来年4月目途）\n\n"
        "ご都合のよい日時を2〜3候補いただけましたら、弊社会議室または貴行へお伺いいたします。\n"
        "何卒よろしくお願いいたします。\n" + S(TODO)),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipient domain midori-ginkou.co.jp is a look-alike of partner midori-ginko.co.jp (letter added)",
)

_p = people(6, lo=1990, hi=2005)
_tbl = ["No  氏名            年齢  電話番号        メールアドレス                      希望施術",
        "--  --------------  ----  --------------  ----------------------------------  ----------------"]
_wish = ["二重全切開", "鼻尖形成", "医療脱毛", "小顔ボトックス", "クマ取り（経結膜）", "糸リフト"]
for i, p in enumerate(_p):
    _tbl.append(f"{i + 1:<3} {pad(p['name'], 15)} {p['age']:<5} {p['phone']:<15} "
                f"{p['email']:<35} {_wish[i]}")
M(
    id="cosmeticclinic-005",
    subject="モニター候補者リスト（10月撮影分）",
    sender=KASHIWAGI[0],
    to=["キャスティング部 <casting@muse-casting.jp>"],
    body=(
        "株式会社ミューズキャスティング\nキャスティング部 ご担当者様\n\n"
        "お世話になっております。日の出メディカルサポート マーケティング部の柏木です。\n\n"
        "10月撮影分のモニター候補として、クリニックのHP経由で応募のあった方を一覧にしました。\n"
        "SNSのフォロワー数の確認と、撮影日程の打診をお願いできますでしょうか。\n\n"
        + "\n".join(_tbl) + "\n\n"
        "※年齢は応募フォームの自己申告です。20歳未満の方は含めていません。\n"
        "※撮影前に必ずクリニック側で診察・同意取得を行います。\n\n"
        "よろしくお願いいたします。\n" + S(KASHIWAGI, 2)),
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="space-padded list of 6 monitor applicants with phone and e-mail to a casting agency",
)

M(
    id="cosmeticclinic-006",
    subject="Re: 秘密保持契約書（ドラフト）のご確認",
    sender=USAMI[0],
    to=["法務ご担当 有村様 <legal@muse-casting.jp>"],
    body=(
        "株式会社ミューズキャスティング\n有村様\n\nお世話になっております。日の出メディカルサポート法務の宇佐美です。\n\n"
        "秘密保持契約書のドラフトにつき、弊社からのコメントを反映した版をお送りします。\n"
        "主な修正点は以下のとおりです。\n\n"
        "1. 第2条（秘密情報の定義）：口頭で開示した情報は、開示後30日以内に書面で特定したものに限る\n"
        "2. 第5条（目的外使用の禁止）：インフルエンサーの施術情報・患者情報は「個人情報」として別条立て\n"
        "3. 第9条（有効期間）：契約終了後3年間→5年間\n"
        "4. 第12条（管轄）：東京地方裁判所を第一審の専属的合意管轄裁判所とする\n\n"
        "ドラフトはクラウドの共有フォルダに格納済みです（前回と同じリンクです）。\n"
        "ご確認のほど、よろしくお願いいたします。\n\n"
        "> 第5条の範囲について、弊社所属インフルエンサーの投稿前原稿も秘密情報に含めていただけますか。\n"
        "> ご検討をお願いいたします。\n"
        + S(USAMI, 1) + DISCLAIMER_JA),
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA draft with the usual disclaimer; no marking, no personal data",
)

_pt = person()
M(
    id="cosmeticclinic-007",
    subject="術前検査結果のご連絡（感染症）",
    sender=NOZAKI[0],
    to=["はくほう美容皮膚科 看護部 <nurse@hakuho-hifuka.jp>"],
    body=(
        "はくほう美容皮膚科\n看護師長 真壁様\n\nお世話になっております。業務支援課の野崎です。\n"
        "東都臨床検査センターより術前検査の結果が届きましたので、取り急ぎご連絡いたします。\n\n"
        f"患者様：{_pt['name']} 様（{_pt['kana']}）　生年月日 {wareki(_pt['dob'])}\n"
        "予定施術：10/14 全身脂肪吸引（腹部・腰）\n\n"
        "HBs抗原：陰性\nHCV抗体：陽性（0.1未満→今回 8.42 S/CO）\nTPHA：陰性\nHIV：陰性\n\n"
        "HCV抗体が陽性のため、執刀医の判断で施術の可否をご検討ください。\n"
        "結果報告書の原本はクリニック宛に郵送されます。\n" + S(NOZAKI)),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one patient's infectious-disease test result (HCV positive) with name and DOB to an external clinic",
)

M(
    id="cosmeticclinic-008",
    subject="提携院一覧（Googleビジネスプロフィール更新用）",
    sender=KASHIWAGI[0],
    to=["s.morikawa@brightlink-ad.co.jp"],
    charset="shift_jis",
    body=(
        "森川様\n\nお世話になっております。柏木です。\n"
        "MEO対策で各院のプロフィールを揃えたいので、正式な院名・住所・代表番号を下記にまとめました。\n\n"
        "■クレアージュ美容クリニック 渋谷院\n"
        "　〒150-0043 東京都渋谷区道玄坂2-14-6 道玄坂スクエア7F\n　TEL 03-6416-5570（受付 10:00-19:00）\n"
        "■クレアージュ美容クリニック 新宿院\n"
        "　〒160-0023 東京都新宿区西新宿1-19-3 西新宿KSビル9F\n　TEL 03-5909-1180\n"
        "■はくほう美容皮膚科\n"
        "　〒530-0012 大阪府大阪市北区芝田1-8-22 梅田パークサイド4F\n　TEL 06-6375-0412\n"
        "■ルナリア美容外科 名古屋栄院\n"
        "　〒460-0008 愛知県名古屋市中区栄3-7-18 栄メディカルモール6F\n　TEL 052-228-3321\n"
        "■スイメイスキンクリニック 福岡天神\n"
        "　〒810-0001 福岡県福岡市中央区天神2-5-30 天神ノースビル3F\n　TEL 092-739-8840\n\n"
        "休診日は各院で異なるため、別途スプレッドシートで共有します。\n" + S(KASHIWAGI, 1)),
    expect="pass",
    entities=[],
    detectors=[],
    note="list of clinic branches with business addresses and switchboards: businesses, not people",
)

M(
    id="cosmeticclinic-009",
    subject="【キックオフ】冬の肌育キャンペーン 関係各社のみなさまへ",
    sender=KASHIWAGI[0],
    to=["森川 俊 <s.morikawa@brightlink-ad.co.jp>", "有村 瑠美 <legal@muse-casting.jp>",
        "院長 白鳥 <shiratori@suimei-skin.or.jp>"],
    cc=["n.hirose@hinode-sangyo.co.jp"],
    body=(
        "関係各社のみなさま\n\nお世話になっております。日の出メディカルサポートの柏木です。\n"
        "冬の肌育キャンペーン（スイメイスキンクリニック様）のキックオフを下記で行います。\n\n"
        "日時：11月6日（木）15:00〜16:30\n場所：弊社 桜丘ビル5F 会議室B／Teams併用\n\n"
        "アジェンダ\n 1) キャンペーン概要と KPI（弊社）\n 2) 広告出稿計画（ブライトリンク様）\n"
        " 3) インフルエンサー施策（ミューズキャスティング様）\n 4) 医療広告ガイドライン上の留意点（白鳥院長）\n\n"
        "資料は前日までに共有フォルダに格納します。\n" + S(KASHIWAGI)),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (ad agency, casting agency, clinic) visible to each other in To",
)

_p = people(7)
M(
    id="cosmeticclinic-010",
    subject="Re: 撮影当日の来院者リスト",
    sender=MIZUHARA[0],
    to=["スタジオ・ハレ 江口様 <eguchi@studio-hare.jp>"],
    body=(
        "江口様\n\nご確認ありがとうございます。水原です。\n"
        "来院者の方には、当日クリニック受付で同意書の控えをお渡しする段取りにしております。\n"
        "撮影ブースは2番診察室をお使いください。機材の搬入は9:30からで問題ございません。\n\n"
        "引き続きよろしくお願いいたします。\n" + S(MIZUHARA, 1) + "\n"
        "江口 様 wrote:\n"
        "> 水原様\n> 以下、御社から頂いたリストを念のため再掲します。時間の変更があればお知らせください。\n>\n"
        + "\n".join(f"> {10 + i}:00  {p['name']}  {p['phone']}" for i, p in enumerate(_p))
        + "\n>\n> スタジオ・ハレ 江口\n"),
    expect="pass",
    entities=[],
    detectors=[],
    note="the 7-person list is only in '>' quoted text from the recipient's own mail; new text has no data",
)

_pt = person()
_card = _cc()
M(
    id="cosmeticclinic-011",
    subject="返金処理のお願い（取引ID PX-20260912-0471）",
    sender=TODO[0],
    to=["加盟店サポート <merchant-support@paynext.co.jp>"],
    body=(
        "ペイネクスト株式会社\n加盟店サポートご担当者様\n\n"
        "いつもお世話になっております。加盟店ID HM-00318（ルナリア美容外科）の経理代行をしております\n"
        "日の出メディカルサポートの藤堂です。\n\n"
        "下記取引の一部返金をお願いいたします。端末からの取消期限を過ぎてしまったため、\n"
        "御社での処理をお願いしたくご連絡しました。\n\n"
        f"  取引ID　　：PX-20260912-0471\n  決済日　　：2026/09/12\n"
        f"  カード名義：{_pt['ROMAJI']}\n  カード番号：{_card[:4]} {_card[4:8]} {_card[8:12]} {_card[12:]}\n"
        "  有効期限　：08/29\n  決済金額　：¥330,000\n  返金額　　：¥110,000（コース未消化分）\n\n"
        "お手数をおかけしますが、処理完了のご連絡をいただけますと幸いです。\n" + S(TODO)),
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a patient's full credit card number in the body to a payment processor",
)

M(
    id="cosmeticclinic-012",
    subject="新規加盟院のご担当者について",
    sender=TODO[0],
    to=["提携推進課 <partner@aozora-mcredit.co.jp>"],
    body=(
        "あおぞらメディカルクレジット株式会社\n提携推進課 御中\n\n"
        "お世話になっております。日の出メディカルサポートの藤堂です。\n"
        "11月から取扱いを開始するスイメイスキンクリニック（福岡天神）の窓口担当者をご連絡します。\n\n"
        "　担当者：事務長　楠本 ゆかり\n　直通　：092-739-8841\n　携帯　：080-4417-2093\n"
        "　メール：y.kusumoto@suimei-skin.or.jp\n\n"
        "加盟店審査の書類は、同院から直接御社宛に郵送されます。\n" + S(TODO, 2)),
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one business contact person's details to a credit company: fewer than five people, may warn",
)

M(
    id="cosmeticclinic-013",
    subject="施術別売上データ（9月）送付の件",
    sender=KASHIWAGI[0],
    to=["森川 俊 <s.morikawa@brightlink-ad.co.jp>"],
    body=(
        "森川様\n\nお世話になっております。柏木です。\n"
        "ROAS算出用に、9月の施術別売上を院ごとにまとめたものを添付します。\n"
        "個人が特定できる情報は入っていません。\n\n何卒よろしくお願いいたします。\n" + S(KASHIWAGI)),
    attachments=[{"kind": "xlsx", "name": "施術別売上_202609.xlsx",
                  "page_header": "社外秘　日の出メディカルサポート",
                  "sheets": {"渋谷院": [["施術カテゴリ", "件数", "売上(税込)"],
                                        ["二重・目元", 84, 11340000], ["注入", 212, 13992000],
                                        ["脱毛", 156, 9204000], ["リフトアップ", 37, 8880000]],
                             "新宿院": [["施術カテゴリ", "件数", "売上(税込)"],
                                        ["二重・目元", 61, 8235000], ["注入", 180, 11880000],
                                        ["脱毛", 98, 5782000]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="社外秘 stamp only in the XLSX page header; body says nothing of it",
)

_p = people(6, "mix", lo=1970, hi=2002)
_wa = ["会社員（医療事務）", "パート", "自営業（美容室）", "会社員", "派遣社員", "公務員"]
M(
    id="cosmeticclinic-014",
    subject="仮審査依頼（クレアージュ新宿院 9/20-9/26受付分）",
    sender=TODO[0],
    to=["審査部 <shinsa@aozora-mcredit.co.jp>"],
    body=(
        "あおぞらメディカルクレジット\n審査部 御中\n\n"
        "いつもお世話になっております。\n先週受付分の仮審査をお願いいたします（タブ区切りで貼り付けています）。\n\n"
        "申込No\t氏名\t生年月日\t携帯\t勤務先/職業\t税込年収\t申込金額\t回数\n"
        + "\n".join(f"C-{2609200 + i}\t{p['name']}\t{ymd(p['dob'])}\t{p['phone']}\t{_wa[i]}\t"
                    f"{rng.randint(20, 70) * 10}万\t{rng.randint(25, 180) * 10000:,}\t{rng.choice([12, 24, 36, 60])}"
                    for i, p in enumerate(_p))
        + "\n\n本人確認書類の写しは各院から別途FAXいたします。\n" + S(TODO, 1)),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated list of 6 loan applicants (name, DOB, mobile, income) to a credit company",
)

_pt = person()
M(
    id="cosmeticclinic-015",
    subject="ご来院日時変更のご確認",
    sender=NOZAKI[0],
    to=[f"{_pt['email']}"],
    body=(
        f"{_pt['name']} 様\n\n"
        "クレアージュ美容クリニック 渋谷院の予約センター（運営：日の出メディカルサポート）でございます。\n"
        "お電話にてご依頼いただきました来院日時の変更を承りました。\n\n"
        "　変更前：10月3日（土）11:00\n　変更後：10月10日（土）14:30\n\n"
        "当日はお時間の10分前までに7階受付へお越しください。\n"
        "ご不明な点は予約センター（0120-418-776／10:00〜19:00）までお問い合わせください。\n\n"
        "クレアージュ美容クリニック 渋谷院 予約センター\n"),
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="appointment change mail to a single patient on free mail; nothing about treatment",
)

_pt = person()
M(
    id="cosmeticclinic-016",
    subject="症例写真撮影の同意書（10/18撮影分）",
    sender=MIZUHARA[0],
    to=["江口 恭子 <eguchi@studio-hare.jp>"],
    body=(
        "スタジオ・ハレ\n江口様\n\nいつもお世話になっております。水原です。\n"
        "10/18の症例写真撮影について、患者様の同意書をスキャンしてWordに起こしたものを添付します。\n"
        "撮影範囲（顔を含まない・腹部と大腿のみ）をご確認のうえ、当日の構図をご準備ください。\n\n"
        "よろしくお願いいたします。\n" + S(MIZUHARA)),
    attachments=[{"kind": "docx", "name": "症例写真同意書_1018.docx",
                  "title": "症例写真の撮影および使用に関する同意書",
                  "paragraphs": [
                      "症例写真の撮影および使用に関する同意書",
                      "クレアージュ美容クリニック 院長 殿",
                      "私は、下記施術の術前・術後写真を、顔が特定されない範囲で当院のホームページ・SNS・広告に"
                      "使用することに同意します。",
                  ],
                  "tables": [[["氏名", _pt["name"]], ["フリガナ", _pt["kana"]],
                              ["生年月日", wareki(_pt["dob"])],
                              ["住所", f"〒{_pt['zip']} {_pt['addr']}"],
                              ["施術内容", "脂肪吸引（腹部・大腿内側）／2026年7月22日実施"],
                              ["撮影範囲", "腹部・大腿（顔は含まない）"],
                              ["署名日", "2026年9月30日"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one patient's photo consent form (name, DOB, address, liposuction performed) to a photo studio",
)

M(
    id="cosmeticclinic-017",
    subject="学術集会 演題登録データ（施術件数・合併症の集計）",
    sender=NOZAKI[0],
    to=["日本美容医療安全学会 事務局 <office@jsams.or.jp>"],
    body=(
        "日本美容医療安全学会 事務局 御中\n\n"
        "お世話になっております。クレアージュ美容クリニックの業務支援を担当しております野崎です。\n"
        "白鳥院長の演題「糸リフト術後合併症の後方視的検討」の付表データをお送りします。\n"
        "症例は全て集計値のみで、個人を識別できる情報は含んでおりません。\n\n"
        "【表1】年代別症例数（2024/4〜2026/3、n=412）\n"
        "  20代: 38  30代: 121  40代: 164  50代: 71  60代以上: 18\n\n"
        "【表2】合併症の内訳\n"
        "  皮膚の陥凹        23 (5.6%)\n  糸の露出           7 (1.7%)\n"
        "  感染               3 (0.7%)\n  左右差（再施術）  12 (2.9%)\n\n"
        "抄録の文字数は規定（800字）に収めています。\n" + S(NOZAKI, 1)),
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate statistics of procedures and complications; no identifiable person",
)

M(
    id="cosmeticclinic-018",
    subject="Fw: 10月の当番表（渋谷・新宿）",
    sender=MIZUHARA[0],
    to=["野崎 遥 <h.nozaki@hinode-sangyou.co.jp>"],
    body=(
        "野崎さん\n\n水原です。クリニック側から届いた10月の受付当番表を転送します。\n"
        "土日の応援シフトだけ、業務支援課の分を埋めて戻してもらえますか。\n\n"
        "---------- 転送メッセージ ----------\n差出人: クレアージュ美容クリニック 事務局\n件名: 10月の当番表\n\n"
        "10/4（土） 渋谷：受付2名　新宿：受付2名＋応援1名\n"
        "10/11（土）渋谷：受付3名（学会で医師1名減）\n"
        "10/18（土）症例撮影のため渋谷2番診察室使用不可\n" + S(MIZUHARA, 1)),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="colleague's address typed as hinode-sangyou.co.jp: look-alike of the company's own domain",
)

_p = people(12)
M(
    id="cosmeticclinic-019",
    subject="10月 来院予定者一覧（パスワードは別送します）",
    sender=NOZAKI[0],
    to=["事務長 楠本様 <y.kusumoto@suimei-skin.or.jp>"],
    body=(
        "楠本様\n\nお世話になっております。野崎です。\n"
        "10月の来院予定者一覧を添付いたします。\n解凍パスワードは別メールにてお送りいたします。\n\n"
        "よろしくお願いいたします。\n" + S(NOZAKI)),
    attachments=[{"kind": "zip", "name": "raiin_202610.zip", "password": "Suimei#1026",
                  "files": [{"kind": "xlsx", "name": "来院予定_202610.xlsx",
                             "sheets": {"10月": [["日付", "氏名", "電話", "施術"]] +
                                        [[f"10/{i + 2}", p["name"], p["phone"], "ダーマペン"]
                                         for i, p in enumerate(_p)]}}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) that cannot be inspected",
)

M(
    id="cosmeticclinic-020",
    subject="【請求書送付】2026年9月分 広告運用代行費",
    sender=TODO[0],
    to=["経理部 <keiri@brightlink-ad.co.jp>"],
    body=(
        "株式会社ブライトリンク\n経理部 御中\n\nいつもお世話になっております。\n"
        "9月分の運用代行手数料（弊社→御社への再委託分の精算）につき、請求書を添付いたします。\n\n"
        "　請求書番号：HMS-INV-2609-0087\n　発行日　　：2026年9月30日\n　ご請求額　：¥1,452,000（税込）\n"
        "　お支払期限：2026年10月31日\n\n"
        "　【お振込先】みどり銀行 桜丘町支店 普通 3318702\n"
        "　　　　　　　口座名義 ニチノデメディカルサポート（カ\n\n"
        "　登録番号：T6011001098765\n\n"
        "ご査収のほどよろしくお願いいたします。\n" + S(TODO, 1)),
    attachments=[{"kind": "pdf", "name": "HMS-INV-2609-0087.pdf",
                  "lines": ["請求書", "株式会社ブライトリンク 御中", "請求書番号 HMS-INV-2609-0087",
                            "登録番号 T6011001098765", "日の出メディカルサポート株式会社"],
                  "table": [["品目", "数量", "単価", "金額"],
                            ["Instagram広告運用代行（9月）", "1", "880,000", "880,000"],
                            ["リスティング運用代行（9月）", "1", "440,000", "440,000"],
                            ["消費税（10%）", "", "", "132,000"], ["合計", "", "", "1,452,000"]]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice with invoice number, company bank account and T-number: business data only",
)

_pt = person(lo=1984, hi=1990)
M(
    id="cosmeticclinic-021",
    subject="ご相談：ルナリア美容外科 術後トラブル案件（示談交渉の見通し）",
    sender=USAMI[0],
    to=["白川法律事務所 弁護士 桐生先生 <kiryu@shirakawa-law.jp>"],
    body=(
        "白川法律事務所\n桐生先生\n\nいつもお世話になっております。日の出メディカルサポートの宇佐美です。\n"
        "先日お電話でご相談した件、経緯を文章にまとめましたのでご確認ください。\n\n"
        f"患者は{_pt['name']}氏（{_pt['age']}歳、女性、{_pt['pref']}在住）。2026年6月にルナリア美容外科 名古屋栄院で"
        "鼻中隔延長術（肋軟骨移植）を受けましたが、術後2週目に鼻柱部の感染を発症し、"
        "7月に抗菌薬の点滴と移植軟骨の一部除去を行っています。\n"
        "本人からは、術前説明で感染リスクの説明が不十分だったとして、施術費用全額（187万円）と"
        "通院交通費の返金、慰謝料の支払いを求める内容証明が届いております。\n"
        "なお、本人は術前問診でうつ病による心療内科通院歴を申告しており、先方代理人からは"
        "「精神的苦痛の増悪」を主張される可能性があります。\n\n"
        "カルテ写しと術前同意書は来週、事務所へ持参いたします。\n"
        "示談での解決を目指す場合の見通しと、提示額の考え方についてご助言いただけますでしょうか。\n"
        + S(USAMI)),
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named patient's post-operative infection and psychiatric history in running text, to a law firm",
)

M(
    id="cosmeticclinic-022",
    subject="11/22 ドクター向け勉強会 ご出席者（3名）のご連絡",
    sender=SHINOMIYA[0],
    to=["宴会予約 <banquet@sakura-hotel.jp>"],
    body=(
        "さくらホテル\n宴会予約ご担当 様\n\n"
        "いつもお世話になっております。日の出メディカルサポート人事総務部の篠宮です。\n"
        "11/22（日）「美容皮膚科レーザー勉強会」（鳳凰の間・午後）の講師控室ご利用者をご連絡します。\n\n"
        "・白鳥 直哉（スイメイスキンクリニック院長）　当日連絡先 090-7731-4028\n"
        "・蔵前 しおり（はくほう美容皮膚科 医師）　当日連絡先 080-2266-9174\n"
        "・Dr. Park Ji-hoon（ソウル・通訳同行）　当日連絡先 070-5518-3302\n\n"
        "控室には加湿器とペットボトルの水を3本ずつご用意いただけますと幸いです。\n" + S(SHINOMIYA, 2)),
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three speakers' names and contact mobiles to a hotel: under five people, may warn",
)

_p = people(20, "mix", lo=1960, hi=2003)
M(
    id="cosmeticclinic-023",
    subject="DM発送リスト（周年記念 ご優待ハガキ）入稿データ",
    sender=MIZUHARA[0],
    to=["錦印刷 データ入稿窓口 <nyuko@nishiki-insatsu.co.jp>"],
    body=(
        "錦印刷株式会社\nデータ入稿ご担当者様\n\n"
        "お世話になっております。日の出メディカルサポートの水原です。\n"
        "はくほう美容皮膚科 開院5周年のご優待ハガキ、宛名データを入稿いたします。\n"
        "（CSV・Shift_JIS、1行目が項目名です）\n\n"
        "今回はテスト発送として20件のみ、本番分（約3,800件）は校正OK後に別途お送りします。\n"
        "仕上がり予定日：10月9日\n\nよろしくお願いいたします。\n" + S(MIZUHARA, 2)),
    attachments=[{"kind": "csv", "name": "dm_test_20.csv", "encoding": "cp932",
                  "rows": [["会員番号", "郵便番号", "住所", "氏名", "最終来院日"]] +
                          [[f"HK{40000 + i * 37}", p["zip"], p["addr"], p["name"] + " 様",
                            f"2025/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"]
                           for i, p in enumerate(_p)]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of 20 patients' names and home addresses to a printing partner",
)

_pt = person(lo=1992, hi=1999)
M(
    id="cosmeticclinic-024",
    subject="Re: 術後の腫れについて",
    sender=OSAKO[0],
    to=[f"{_pt['name']} <{_pt['email']}>"],
    body=(
        f"{_pt['name']} 様\n\n"
        "クレアージュ美容クリニック お客様相談室（運営：日の出メディカルサポート）の大迫でございます。\n"
        "ご不安な中ご連絡いただき、ありがとうございます。担当医に確認いたしました。\n\n"
        "9月26日に行いました「二重切開法（両目）＋目頭切開」は、術後2〜3週間程度は腫れや内出血が残ることが"
        "多く、現在（術後10日目）の左目の腫れの強さは経過の範囲内と考えられるとのことです。\n"
        "処方しておりますセフカペン（抗生剤）は飲み切っていただき、ロキソプロフェンは痛むときのみで"
        "結構です。\n\n"
        "ただし、熱感や膿が出るなどの症状がある場合は、すぐに渋谷院（03-6416-5570）へお電話ください。\n"
        "10月9日の抜糸のご予約はそのままお取りしております。\n\n"
        "お大事になさってください。\n" + S(OSAKO, 1) + "\n"
        f"2026年10月6日 21:14 {_pt['name']} <{_pt['email']}>:\n"
        "> 手術から10日経ちますが左だけ腫れが引きません。失敗でしょうか。\n"),
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["freemail_recipient", "personal_data"],
    note="a patient's own treatment details sent back to that patient: sensitive, but to the data subject herself",
)

_inf = [person(lo=1995, hi=2003) for _ in range(3)]
M(
    id="cosmeticclinic-025",
    subject="【ご案内】12月 肌育モニター撮影のスケジュール",
    sender=KASHIWAGI[0],
    to=[f"{p['name']} <{p['email']}>" for p in _inf],
    body=(
        "インフルエンサーのみなさま\n\n"
        "このたびはスイメイスキンクリニックの肌育モニターにご応募いただき、ありがとうございます。\n"
        "日の出メディカルサポート マーケティング部の柏木です。\n\n"
        "撮影・施術の日程は以下の3候補です。ご都合の良い日を返信でお知らせください。\n"
        "　A：12/3（水）13:00〜\n　B：12/6（土）10:00〜\n　C：12/10（水）16:00〜\n\n"
        "PR表記（#PR #スイメイスキンクリニック）は必須となります。\n"
        "投稿ガイドラインは日程確定後に個別にお送りします。\n" + S(KASHIWAGI, 2)),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private persons on free mail in To can see each other's addresses: should have been Bcc",
)


# == 026-050 =============================================================================

_pt = person(lo=1975, hi=1985)
M(
    id="cosmeticclinic-026",
    subject="RE: 返金のご相談（渋谷院 9月施術の患者様）",
    sender=OSAKO[0],
    to=["クレアージュ美容クリニック 事務長 南雲様 <nagumo@claage-clinic.jp>"],
    body=(
        "南雲様\n\nご連絡ありがとうございます。お客様相談室の大迫です。\n\n"
        "本件、弊社側で返金額の稟議を上げます。院長のご意見（全額ではなく未施術分＋再施術費用の負担）で\n"
        "進めてよろしいでしょうか。稟議が通り次第、返金の方法（振込）を本人にご案内いたします。\n\n"
        "金曜までに一度お電話でお打ち合わせできれば幸いです。\n" + S(OSAKO) + "\n"
        "-----Original Message-----\n"
        "From: 南雲 <nagumo@claage-clinic.jp>\nSent: Tuesday, October 6, 2026 6:42 PM\n"
        "To: 大迫 隆之 <t.osako@medical.hinode-sangyo.co.jp>\nSubject: 返金のご相談（渋谷院 9月施術の患者様）\n\n"
        "大迫様\n\n"
        f"患者：{_pt['name']}様（{_pt['kana']}） {ymd(_pt['dob'])}生 TEL {_pt['phone']}\n"
        "9/12にヒアルロン酸注入（鼻根・顎）を実施。9/15に顎部の硬結と発赤、"
        "皮膚科で遅発性アレルギー反応と診断され、ステロイド内服中とのことです。\n"
        "ヒアルロニダーゼでの溶解を済ませ、本人は全額返金を希望されています。\n"
        "院長は未施術分の返金＋再施術費用当院負担で調整したい意向です。\n"),
    expect="pass",
    entities=[],
    detectors=[],
    note="patient's record and diagnosis appear only under -----Original Message----- from the recipient",
)

_p = people(7)
_proc = ["二重埋没法", "クマ取り", "ボトックス（額）", "ヒアルロン酸（唇）", "糸リフト", "鼻尖縮小",
         "脂肪注入（頬）"]
_rows_html = "\n".join(
    f"<tr><td>10/{17 + i // 4}</td><td>{10 + (i % 4) * 2}:00</td><td>{p['name']}</td>"
    f"<td>{p['phone']}</td><td>{_proc[i]}</td><td>術後{rng.choice([1, 3, 6])}か月</td></tr>"
    for i, p in enumerate(_p))
M(
    id="cosmeticclinic-027",
    subject="術後写真 撮影スケジュール（10/17・10/18）",
    sender=MIZUHARA[0],
    to=["eguchi@studio-hare.jp"],
    cc=["k.mizuhara@hinode-sangyo.co.jp"],
    html=(
        "<html><body style=\"font-family:'Meiryo',sans-serif;font-size:14px\">"
        "<p>スタジオ・ハレ<br>江口様</p>"
        "<p>いつもお世話になっております。水原です。<br>"
        "術後写真の撮影スケジュールが確定しましたので共有いたします。</p>"
        "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"
        "<tr style=\"background:#f3e5f5\"><th>日付</th><th>時間</th><th>患者様氏名</th><th>連絡先</th>"
        "<th>施術</th><th>経過</th></tr>\n" + _rows_html + "</table>"
        "<p>当日遅刻の連絡は直接患者様から入ることがありますので、その際は受付へお回しください。</p>"
        "<p>日の出メディカルサポート株式会社<br>運営管理部 水原 佳織<br>TEL 03-5489-7720</p>"
        "</body></html>"),
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 7 patients: name, phone, procedure undergone, to a photo studio",
)

M(
    id="cosmeticclinic-028",
    subject="11月度 広告効果レビュー会の日程調整",
    sender=KASHIWAGI[0],
    to=["南雲 <nagumo@claage-clinic.jp>", "森川 俊 <s.morikawa@brightlink-ad.co.jp>"],
    cc=["広瀬 直人 <n.hirose@hinode-sangyo.co.jp>"],
    body=(
        "南雲様、森川様\n\nお世話になっております。柏木です。\n"
        "11月度の広告効果レビュー会の日程を調整させてください。\n\n"
        "候補：\n  ① 11/11（水）10:00-11:00\n  ② 11/12（木）16:00-17:00\n  ③ 11/13（金）13:30-14:30\n\n"
        "クリニック様からはCV後の来院率、ブライトリンク様からは媒体別CPAの推移をご共有いただけますと幸いです。\n"
        "ご都合をご返信ください。\n" + S(KASHIWAGI, 1)),
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="ordinary three-way meeting mail: two external organisations in To",
)

_pt = person(lo=1993, hi=1998)
_mnv = _mn()
M(
    id="cosmeticclinic-029",
    subject="報酬の支払調書作成のお願い（インフルエンサー1名分）",
    sender=TODO[0],
    to=["田中税理士事務所 芦田様 <ashida@tanaka-zeirishi.jp>"],
    body=(
        "田中税理士事務所\n芦田様\n\nお世話になっております。日の出メディカルサポートの藤堂です。\n"
        "PR投稿の報酬を年間50万円超お支払いしたインフルエンサーの方がいらっしゃいましたので、\n"
        "支払調書の作成をお願いいたします。本人から提供を受けた情報は以下のとおりです。\n\n"
        f"【支払を受ける者】\n  氏名　　：{_pt['name']}（{_pt['kana']}）\n"
        f"  住所　　：{_pt['addr']}\n  個人番号：{_mnv[:4]} {_mnv[4:8]} {_mnv[8:]}\n"
        "  区分　　：広告宣伝のための報酬\n  支払金額：1,320,000円（源泉徴収税額 134,772円）\n\n"
        "番号確認・身元確認は弊社にて実施済みです（通知カード＋運転免許証）。\n" + S(TODO)),
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="an influencer's My Number with name and address to a tax accountant",
)

M(
    id="cosmeticclinic-030",
    subject="Re: 発注品の出荷状況（PO-26-1187）",
    sender=NOZAKI[0],
    to=["受注センター <order@meditrade.co.jp>"],
    body=(
        "メディトレード株式会社\n受注センター 御中\n\n"
        "ご連絡ありがとうございます。野崎です。\n下記の出荷、承知いたしました。\n\n"
        "  発注番号  PO-26-1187\n"
        "  品番      HA-JUV-V2（ヒアルロン酸製剤 1mL×2）   20箱   → 渋谷院\n"
        "  品番      BT-100U（A型ボツリヌス毒素製剤 100単位） 8バイアル → 新宿院（冷蔵便）\n"
        "  品番      NDL-30G13（注射針 30G 13mm）          10箱   → 渋谷院\n\n"
        "  ヤマト運輸 お問合せ伝票番号：4826-3391-7702 / 4826-3391-7713\n\n"
        "冷蔵便は新宿院の受取時間（10:00〜12:00）指定でお願いいたします。\n" + S(NOZAKI, 2)),
    expect="pass",
    entities=[],
    detectors=[],
    note="supplier mail with order numbers, product codes and tracking numbers",
)

_rows = [["member_id", "mobile", "email", "birthday", "gender", "visits"]]
for i in range(12):
    p = person()
    _rows.append([f"CLG{778000 + i * 113}", p["phone"].replace("-", ""), p["email"],
                  ymd(p["dob"], "-"), "F", rng.randint(1, 14)])
M(
    id="cosmeticclinic-031",
    subject="カスタムオーディエンス用データ",
    sender=KASHIWAGI[0],
    to=["運用チーム <ops@brightlink-ad.co.jp>"],
    body=(
        "運用チームのみなさま\n\n柏木です。\n"
        "類似オーディエンス作成用の元データ（既存会員）です。\n"
        "まずはテストで12件、問題なければ全件（約2万件）をお送りします。ハッシュ化は御社側でお願いします。\n\n"
        "柏木\n"),
    attachments=[{"kind": "csv", "name": "audience_seed_test.csv", "encoding": "utf-8",
                  "rows": _rows}],
    expect="stop",
    entities=["PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="CSV of 12 members' mobile, e-mail and birthday without a name column, to an ad agency",
)

M(
    id="cosmeticclinic-032",
    subject="ビフォーアフター写真の掲載ルールについて（確認）",
    sender=KASHIWAGI[0],
    to=["佐竹 <satake@adfront.co.jp>"],
    body=(
        "佐竹様\n\nお世話になっております。柏木です。\n"
        "ご質問いただいたビフォーアフター写真の掲載ルールについて、社内の整理をお伝えします。\n\n"
        "・医療広告ガイドライン上、術前術後の写真は「限定解除」の要件を満たす場合のみ掲載可\n"
        "  （治療内容、費用、主なリスク・副作用を写真と同じページに詳細に記載）\n"
        "・バナー広告、SNS広告の画像には使用不可\n"
        "・写真の加工（明るさ補正を含む）は不可。撮影条件を揃えて撮り直します\n"
        "・患者様の同意書は弊社で保管し、掲載期間は同意書記載の期間を上限とします\n\n"
        "LPのワイヤーは上記を前提に修正をお願いできますでしょうか。\n" + S(KASHIWAGI)),
    expect="pass",
    entities=[],
    detectors=[],
    note="policy discussion about before/after photos; no patient is identified",
)

M(
    id="cosmeticclinic-033",
    subject="延滞者状況報告（9月末）",
    sender=TODO[0],
    to=["債権管理部 <saiken@aozora-mcredit.co.jp>"],
    body=(
        "債権管理部 御中\n\nお世話になっております。藤堂です。\n"
        "9月末時点の延滞状況報告をExcelで添付いたします。\n"
        "書式は先月いただいたテンプレートに合わせています。\n\nよろしくお願いいたします。\n" + S(TODO, 1)),
    attachments=[{"kind": "corrupt", "name": "entai_report_202609.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be inspected",
)

_p = people(15, "mix")
_tests = ["HBs抗原/HCV抗体/梅毒/HIV", "血算・生化学", "HBs抗原/HCV抗体", "凝固系（PT/APTT）"]
_flag = ["前回HCV抗体 判定保留", "前回 梅毒TP抗体 陽性（治療済と申告）", "前回 HbA1c 7.8%",
         "", "", "", "前回 肝機能異常（AST 88）", "", "", "前回 HBs抗原 陽性", "", "", "", "", ""]
M(
    id="cosmeticclinic-034",
    subject="再検査・追加検査のご依頼（10月第2週 集荷分）",
    sender=NOZAKI[0],
    to=["東都臨床検査センター 営業所 <eigyo-shibuya@toto-rinsho.co.jp>"],
    body=(
        "東都臨床検査センター\n渋谷営業所 ご担当者様\n\n"
        "いつもお世話になっております。日の出メディカルサポートの野崎です。\n"
        "10月第2週集荷分の検査依頼一覧をお送りします。\n"
        "「依頼一覧」シートに今回の依頼、「前回所見」シートに再検査の理由となった前回結果を入れております。\n\n"
        "よろしくお願いいたします。\n" + S(NOZAKI)),
    attachments=[{"kind": "xlsx", "name": "検査依頼_2026W41.xlsx", "title": "検査依頼一覧",
                  "sheets": {
                      "表紙": [["検査依頼一覧（10月第2週）"], ["依頼元", "クレアージュ美容クリニック 渋谷院・新宿院"],
                               ["件数", len(_p)]],
                      "依頼一覧": [["検体No", "患者氏名", "カナ", "性別", "生年月日", "検査項目", "施設"]] +
                                 [[f"TR-{5521 + i}", p["name"], p["kana"], p["sex"],
                                   wareki(p["dob"], "short"), _tests[i % 4],
                                   rng.choice(["渋谷院", "新宿院"])] for i, p in enumerate(_p)],
                      "前回所見": [["検体No", "患者氏名", "前回所見"]] +
                                 [[f"TR-{5521 + i}", p["name"], _flag[i]] for i, p in enumerate(_p)
                                  if _flag[i]]}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX with 15 patients (name, DOB, tests) and a sheet of prior abnormal results, to a lab",
)

M(
    id="cosmeticclinic-035",
    subject="個人情報・機密情報の取扱い研修（受付スタッフ向け）のご相談",
    sender=SHINOMIYA[0],
    to=["研修企画部 <kikaku@manabiya-training.co.jp>"],
    body=(
        "株式会社まなびや研修\n研修企画部 御中\n\n"
        "はじめてご連絡いたします。日の出メディカルサポート人事総務部の篠宮と申します。\n"
        "弊社が受付業務を受託している美容クリニック（4院・約60名）のスタッフ向けに、\n"
        "個人情報および機密情報の取扱いに関する研修を検討しております。\n\n"
        "特に以下のテーマを扱っていただける講師の方を探しております。\n"
        "　・要配慮個人情報（診療情報）の取扱いと第三者提供のルール\n"
        "　・症例写真・SNS投稿に関するトラブル事例\n"
        "　・メール誤送信の防止（宛先確認、BCC、添付ファイル）\n\n"
        "1回90分×2回、オンライン併用を想定しています。概算のお見積りをいただけますでしょうか。\n"
        + S(SHINOMIYA, 1)),
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions 機密情報 and 要配慮個人情報 as training topics only; no marking, no data",
)

M(
    id="cosmeticclinic-036",
    subject="予約CRM移行 本番切替日の確定について",
    sender=SUGAWARA[0],
    to=["ツバサシステム 導入PM 西條様 <saijo@tsubasa-sytem.jp>"],
    body=(
        "ツバサシステム株式会社\n西條様\n\nお世話になっております。日の出メディカルサポート情報システム部の菅原です。\n\n"
        "予約CRMの移行について、クリニック側の了承が取れましたので本番切替日を確定させてください。\n\n"
        "　・切替日：11月16日（月）休診日\n　・旧システム参照停止：11月15日 20:00\n"
        "　・データ移行リハーサル：11月7日（土）夜間\n　・切替後の立会い：11/17〜11/18 各院に1名ずつ\n\n"
        "移行対象のデータ項目の最終版は、前回お送りしたマッピング表（v0.9）からの差分のみ別途共有します。\n"
        + S(SUGAWARA, 1)),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp is a typo look-alike of partner tsubasa-system.jp (letter dropped)",
)

M(
    id="cosmeticclinic-037",
    subject="Quotation request: LX-Pico 2 handpieces and service contract",
    sender=SUGAWARA[0],
    to=["Sales Asia <sales.asia@lumenix-medical.de>"],
    charset="utf-8",
    body=(
        "Dear Lumenix Sales Team,\n\n"
        "We manage the equipment of four aesthetic clinics in Japan (Tokyo, Osaka, Nagoya, Fukuoka)\n"
        "and would like a quotation for the following:\n\n"
        "  - LX-Pico 2, 532 nm handpiece (part no. LXP2-HP532) x 2\n"
        "  - LX-Pico 2, 1064 nm zoom handpiece (part no. LXP2-HZ1064) x 1\n"
        "  - Extended service contract, 3 years, for serial numbers LXP2-0418877 and LXP2-0419012\n\n"
        "Please quote in EUR, DAP Tokyo, and indicate the lead time. Our Japanese distributor\n"
        "(Meditrade) is in copy of our internal discussion and will handle import clearance.\n\n"
        "Best regards,\n" + S(SUGAWARA, 3)),
    expect="pass",
    entities=[],
    detectors=[],
    note="English quotation request to a foreign device maker: part numbers and serials only",
)

_pt = person(lo=1978, hi=1986)
_pp = passport()
M(
    id="cosmeticclinic-038",
    subject="ご宿泊予約（術後ケアプラン・10/20〜10/23）",
    sender=LEE[0],
    to=["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
    body=(
        "さくらホテル 宿泊予約ご担当様\n\n"
        "いつもお世話になっております。日の出メディカルサポート国際患者サポート室の李です。\n"
        "シンガポール在住の患者様のご宿泊を、提携の術後ケアプランでお願いいたします。\n\n"
        f"  宿泊者　：{_pt['name']}（{_pt['ROMAJI']}）様\n  旅券番号：{_pp}\n"
        f"  生年月日：{ymd(_pt['dob'])}\n  日程　　：10/20（火）〜10/23（金） 3泊\n"
        "  お部屋　：デラックスツイン シングルユース（ルームサービス付プラン）\n\n"
        "施術後のため、チェックイン時にマスク・サングラス着用でのご来館となる旨、フロントの方へお伝えください。\n"
        "宿泊代金は弊社請求でお願いいたします。\n" + S(LEE, 2)),
    expect="stop",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a patient's passport number with name and DOB to a hotel",
)

M(
    id="cosmeticclinic-039",
    subject="【社外秘】2027年度 施術料金改定案（ご参考）",
    sender=KASHIWAGI[0],
    to=["佐竹 <satake@adfront.co.jp>"],
    body=(
        "【社外秘】\n\n佐竹様\n\nお世話になっております。柏木です。\n"
        "来年度のLP改修に向けて、検討中の料金改定案を先行で共有します。\n"
        "まだクリニック側の承認前ですので、取扱いにご注意ください。\n\n"
        "  二重埋没法（両目）       98,000 → 108,000\n"
        "  ボトックス（エラ）       45,000 →  49,800\n"
        "  医療脱毛 全身5回        298,000 → 318,000\n"
        "  ダーマペン4 1回          24,800 →  据え置き\n\n"
        "正式決定は12月の経営会議の予定です。\n" + S(KASHIWAGI)),
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="mail stamped 【社外秘】 in subject and body, sent to an ad agency",
)

_p = people(6)
M(
    id="cosmeticclinic-040",
    subject="苦情案件 週次まとめ（10/5-10/11）",
    sender=OSAKO[0],
    to=["運営管理部 <unei@medical.hinode-sangyo.co.jp>"],
    cc=["宇佐美 恭平 <k.usami@hinode-sangyo.co.jp>"],
    body=(
        "運営管理部 各位\n\nお客様相談室の大迫です。今週の苦情案件をまとめました。\n\n"
        + "\n".join(
            f"【{i + 1}】{p['name']}様（{p['age']}歳）TEL {p['phone']}\n"
            f"　　{c}\n　　対応：{a}"
            for i, (p, c, a) in enumerate(zip(_p, [
                "ボトックス後の眼瞼下垂（右）。他院眼科で診察済み",
                "医療脱毛で熱傷（Ⅱ度、下腿）。皮膚科通院中",
                "二重埋没の糸の露出。再施術希望",
                "カウンセラーの勧誘が強引との申し出（施術なし）",
                "ローン審査落ちの説明に不満",
                "ピコレーザー後の色素沈着。内服処方",
            ], ["経過観察、2週後再診", "治療費を当院負担で調整中", "無償で再施術",
                "院長より謝罪済み", "信販会社へ確認中", "返金要求あり、法務相談へ"])))
        + "\n\n法務相談の案件は宇佐美さんに引き継ぎ済みです。\n" + S(OSAKO, 1)),
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="complaints with patients' health details, but sent only to internal addresses (incl. medical. subdomain)",
)

_pt = person(lo=1968, hi=1980)
M(
    id="cosmeticclinic-041",
    subject="FW: 【事故報告】糸リフト後の顔面神経麻痺について",
    sender=USAMI[0],
    to=["東和損害保険 医療賠償責任保険担当 <ibaiseki@towa-sonpo.co.jp>"],
    body=(
        "東和損害保険株式会社\n医療賠償責任保険ご担当者様\n\n"
        "お世話になっております。日の出メディカルサポート法務の宇佐美です。\n"
        "契約者（医療法人社団煌彩会）より事故報告がありましたので、転送いたします。\n"
        "保険金請求に至る可能性があるため、事前相談として受付をお願いいたします。\n\n"
        "---------- Forwarded message ---------\n"
        "From: 南雲 <nagumo@claage-clinic.jp>\nDate: 2026年10月8日(木) 19:02\n"
        "Subject: 【事故報告】糸リフト後の顔面神経麻痺について\nTo: 宇佐美 <k.usami@hinode-sangyo.co.jp>\n\n"
        "宇佐美様\n\n新宿院で発生した事故について報告します。\n\n"
        f"患者氏名：{_pt['name']}（{_pt['age']}歳・女性）\n生年月日：{wareki(_pt['dob'])}\n"
        f"住所：{_pt['addr']}\n連絡先：{_pt['phone']}\n"
        "施術：9月29日 糸リフト（両頬・コグ糸8本） 執刀医 堀之内\n"
        "経過：10月2日より右口角の下垂。10月5日に大学病院形成外科で顔面神経頬筋枝の不全麻痺と診断。\n"
        "本人は弁護士への相談を示唆しています。\n"),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward (new text to the insurer) of an incident report with a named patient's diagnosis",
)

M(
    id="cosmeticclinic-042",
    subject="Re: 術後滞在向け 提携候補ホテルのご提案",
    sender=LEE[0],
    to=["法人営業 <corporate@tabiyori-travel.co.jp>"],
    body=(
        "旅寄トラベル\n法人営業 ご担当様\n\nご提案ありがとうございます。李です。\n"
        "クリニックからの距離を踏まえ、以下の5施設で見積りをお願いできますでしょうか。\n\n"
        "・ホテル桜丘レジデンス（渋谷区桜丘町）　TEL 03-5456-1100　渋谷院まで徒歩6分\n"
        "・アーバンステイ道玄坂（渋谷区道玄坂）　TEL 03-3464-7272　徒歩3分\n"
        "・西新宿パークサイドイン（新宿区西新宿）　TEL 03-5322-0808　新宿院まで徒歩5分\n"
        "・ホテルリブラ梅田（大阪市北区芝田）　TEL 06-6372-3300　はくほう美容皮膚科まで徒歩4分\n"
        "・栄グランドイン（名古屋市中区栄）　TEL 052-261-0055　名古屋栄院まで徒歩7分\n\n"
        "条件：シングル 年間200室泊程度、アーリーチェックイン可、ルームサービスありを希望します。\n" + S(LEE)),
    expect="pass",
    entities=[],
    detectors=[],
    note="list of hotels with switchboard numbers: businesses, not people",
)

_docs = people(5, "mix", lo=1965, hi=1990)
_drows = [["非常勤医師 報酬明細（2026年1〜9月）"], ["氏名", "住所", "個人番号", "支払総額", "源泉徴収税額"]]
for p in _docs:
    _drows.append([p["name"], p["addr"], _mn(), rng.randint(180, 960) * 10000,
                   rng.randint(18, 98) * 10000])
M(
    id="cosmeticclinic-043",
    subject="非常勤医師の報酬データ送付（年末調整準備）",
    sender=TODO[0],
    to=["芦田 <ashida@tanaka-zeirishi.jp>"],
    body=(
        "芦田様\n\nお世話になっております。藤堂です。\n"
        "年末の支払調書・源泉徴収票の準備用に、非常勤医師5名の報酬データを添付いたします。\n"
        "10〜12月分は見込みで、確定次第差し替えます。\n\n何卒よろしくお願いいたします。\n" + S(TODO, 2)),
    attachments=[{"kind": "xlsx", "name": "hijokin_ishi_2026.xlsx", "sheets": {"報酬": _drows}}],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX with five doctors' My Numbers, names and addresses to a tax accountant",
)

M(
    id="cosmeticclinic-044",
    subject="院内報 冬号 入稿原稿（HTML版）",
    sender=MIZUHARA[0],
    to=["制作部 森下様 <morishita@nishiki-insatsu.co.jp>"],
    html=(
        "<html><body><p>錦印刷 制作部<br>森下様</p>"
        "<p>お世話になっております。水原です。院内報 冬号の原稿をお送りします。"
        "巻末の「各院のご案内」は以下の表をそのままレイアウトしてください。</p>"
        "<table border=\"1\"><tr><th>院名</th><th>所在地</th><th>電話</th><th>診療時間</th></tr>"
        "<tr><td>クレアージュ美容クリニック 渋谷院</td><td>東京都渋谷区道玄坂2-14-6 7F</td>"
        "<td>03-6416-5570</td><td>10:00〜19:00</td></tr>"
        "<tr><td>クレアージュ美容クリニック 新宿院</td><td>東京都新宿区西新宿1-19-3 9F</td>"
        "<td>03-5909-1180</td><td>11:00〜20:00</td></tr>"
        "<tr><td>はくほう美容皮膚科</td><td>大阪府大阪市北区芝田1-8-22 4F</td>"
        "<td>06-6375-0412</td><td>10:00〜18:30</td></tr>"
        "<tr><td>ルナリア美容外科 名古屋栄院</td><td>愛知県名古屋市中区栄3-7-18 6F</td>"
        "<td>052-228-3321</td><td>10:00〜19:00</td></tr></table>"
        "<p>表紙の写真はスタジオ・ハレさんから直接入稿されます。</p>"
        "<p>日の出メディカルサポート 運営管理部 水原</p></body></html>"),
    expect="pass",
    entities=[],
    detectors=[],
    note="HTML table of clinic branches (business addresses, switchboards) to the printer",
)

_kp = [("KIM Seo-yeon", "1994-03-18", "+82-10-4418-2093", "Rhinoplasty (tip plasty)"),
       ("PARK Ha-eun", "1991-11-02", "+82-10-7735-1180", "Double eyelid (incisional)"),
       ("LEE Ji-woo", "1998-06-27", "+82-10-2209-6634", "Liposuction (thighs)"),
       ("CHOI Yu-na", "1989-01-09", "+82-10-5561-0472", "Thread lift"),
       ("JUNG Min-ji", "1996-08-14", "+82-10-8093-3315", "Fat grafting (cheeks) – diabetic, HbA1c 6.9"),
       ("HAN So-hee", "1993-12-30", "+82-10-3370-9928", "Botox + filler")]
M(
    id="cosmeticclinic-045",
    subject="Confirmed arrivals – November group (Lunaria Nagoya)",
    sender=LEE[0],
    to=["Ms. Yoon <yoon.coordinator@seoul-beautytrip.co.kr>"],
    body=(
        "Dear Ms. Yoon,\n\nThank you for sending the November group. Below are the confirmed bookings\n"
        "at Lunaria Aesthetic Surgery (Nagoya Sakae). Please check the names and procedures against\n"
        "your records and let me know of any mistake by Friday.\n\n"
        "Name               DOB         Mobile             Procedure\n"
        "-----------------  ----------  -----------------  ------------------------------------------\n"
        + "\n".join(f"{n:<18} {d:<11} {t:<18} {pr}" for n, d, t, pr in _kp)
        + "\n\nAirport pick-up: Chubu Centrair, 11/9, flight 7C1602, arrival 13:05.\n"
        "Ms. Jung will need a pre-operative blood test on arrival day because of her diabetes.\n\n"
        "Kind regards,\n" + S(LEE, 3)),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English list of 6 foreign patients with DOB, mobile and procedures (one with diabetes) to an agent",
)

M(
    id="cosmeticclinic-046",
    subject="美容医療ローン 新金利テーブルの確認",
    sender=TODO[0],
    to=["那須 洋平 <y.nasu@midori-ginko.co.jp>"],
    body=(
        "みどり銀行 法人営業部\n那須様\n\n"
        "先日はお時間をいただき、ありがとうございました。藤堂です。\n"
        "お打ち合わせでご提示いただいた新金利テーブルについて、LP掲載前に数字を確認させてください。\n\n"
        "  支払回数   実質年率   10万円あたり月々（参考）\n"
        "  --------   --------   ----------------------\n"
        "    12回      6.9%        8,640円\n"
        "    24回      6.9%        4,470円\n"
        "    36回      7.9%        3,130円\n"
        "    60回      8.9%        2,070円\n\n"
        "・ボーナス併用払いの可否\n・学生の方の申込要件（親権者同意書の要否）\n"
        "の2点もあわせてご教示ください。\n" + S(TODO)),
    expect="pass",
    entities=[],
    detectors=[],
    note="loan rate table with a real partner bank; no personal data",
)

_p = people(5, lo=1970, hi=2000)
_f = ["二重全切開 術後7日 抜糸済み", "脂肪吸引（二の腕） 術後3日", "鼻尖形成 術後14日",
      "眼瞼下垂 術後5日 左の腫れ強め", "フェイスリフト 術後10日"]
M(
    id="cosmeticclinic-047",
    subject="術後フォローコール 対象者（10/12実施分）",
    sender=NOZAKI[0],
    to=["コールセンター運用 <ops@call-prime.co.jp>"],
    body=(
        "コールプライム株式会社\n運用ご担当者様\n\n"
        "お世話になっております。野崎です。10/12（月）の術後フォローコール対象者です。\n"
        "スクリプトはB（外科系）でお願いいたします。\n\n"
        + "\n".join(f"・{p['name']}様　{p['phone']}　{_f[i]}" for i, p in enumerate(_p))
        + "\n\n不在の場合は留守電を残さず、翌日に再架電をお願いします。\n" + S(NOZAKI, 1)),
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="「・」 bullet list of 5 patients with phone and surgery undergone, to a call-centre vendor",
)

_pt = person(lo=1996, hi=2001)
M(
    id="cosmeticclinic-048",
    subject="PR報酬お振込みのご案内と登録内容のご確認",
    sender=TODO[0],
    to=[f"{_pt['email']}"],
    body=(
        f"{_pt['name']} 様\n\n"
        "いつもお世話になっております。日の出メディカルサポート経理部の藤堂です。\n"
        "9月分のPR投稿報酬のお振込みについてご案内いたします。\n"
        "ご登録いただいている内容は以下のとおりです。誤りがございましたらご返信ください。\n\n"
        f"　ご住所　：〒{_pt['zip']} {_pt['addr']}\n"
        f"　振込先　：{acct()}\n　口座名義：{_pt['kana']}\n\n"
        "　お振込額：88,000円（源泉徴収後 78,976円）\n　お振込日：10月30日（金）\n\n"
        "支払調書は1月末に郵送いたします。\n" + S(TODO, 1)),
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["freemail_recipient", "personal_data"],
    note="one influencer's own address and bank account sent to her own free-mail address",
)

M(
    id="cosmeticclinic-049",
    subject="モニター契約書ひな形のリーガルチェックのお願い",
    sender=USAMI[0],
    to=["桐生 <kiryu@shirakawa-law.co.jp>"],
    body=(
        "白川法律事務所\n桐生先生\n\nお世話になっております。宇佐美です。\n"
        "症例写真モニター契約書のひな形を改訂しましたので、リーガルチェックをお願いいたします。\n\n"
        "主な改訂点：\n・モニター割引の返還条件（途中解約時）\n・SNS投稿の削除請求への対応期間\n"
        "・未成年者の申込不可の明記\n\n"
        "11月中旬の運用開始を予定しております。お忙しいところ恐縮ですがよろしくお願いいたします。\n"
        + S(USAMI)),
    attachments=[{"kind": "docx", "name": "モニター契約書_ひな形_v3.docx",
                  "paragraphs": ["症例写真モニター契約書（ひな形）",
                                 "第1条（目的）本契約は、甲が実施する施術の症例写真を乙が提供し…",
                                 "第2条（割引）甲は乙に対し、所定のモニター価格で施術を提供する。",
                                 "氏名：＿＿＿＿＿＿＿＿　生年月日：＿＿＿＿年＿＿月＿＿日"]}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="shirakawa-law.co.jp is a look-alike of partner shirakawa-law.jp (co. added)",
)

_p = people(9, "mix", lo=1970, hi=2002)
M(
    id="cosmeticclinic-050",
    subject="債権回収業務委託の対象者リスト（第3四半期）",
    sender=TODO[0],
    to=["回収業務部 <kaishu@ryokufu-servicer.co.jp>"],
    body=(
        "緑風債権回収株式会社\n回収業務部 御中\n\n"
        "いつもお世話になっております。日の出メディカルサポート経理部の藤堂です。\n"
        "院内分割（自社割賦）で3か月以上延滞している方の一覧を、委託契約に基づきお送りします。\n"
        "詳細は添付のWordファイルをご確認ください。\n\n" + S(TODO)),
    attachments=[{"kind": "docx", "name": "委託対象者一覧_2026Q3.docx",
                  "paragraphs": ["債権回収委託 対象者一覧（2026年第3四半期）",
                                 "委託元：日の出メディカルサポート株式会社"],
                  "tables": [[["No", "氏名", "住所", "電話", "延滞額", "最終入金日"]] +
                             [[str(i + 1), p["name"], p["addr"], p["phone"],
                               f"{rng.randint(8, 90) * 10000:,}円",
                               f"2026/{rng.randint(3, 6):02d}/{rng.randint(1, 28):02d}"]
                              for i, p in enumerate(_p)]]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of 9 debtors (name, address, phone, arrears) to a collection agency",
)


# == 051-075 =============================================================================

_m1, _m2 = person(lo=1997, hi=2003), person(lo=1995, hi=2002)
M(
    id="cosmeticclinic-051",
    subject="撮影モデル2名の交通費精算について",
    sender=TODO[0],
    to=["経理代行チーム <team@keiri-assist.co.jp>"],
    body=(
        "株式会社経理アシスト\n経理代行チーム 御中\n\n"
        "お世話になっております。藤堂です。\n"
        "10/17の広告撮影に来ていただいたモデル2名の交通費を、立替精算でお振込みお願いします。\n\n"
        f"1) {_m1['name']}　{acct()}　名義 {_m1['kana']}　金額 6,480円（新幹線 静岡→東京 片道分）\n"
        f"2) {_m2['name']}　{acct()}　名義 {_m2['kana']}　金額 1,320円\n\n"
        "領収書の画像は経費システムに登録済みです（申請番号 EX-26-10-0331、0332）。\n" + S(TODO, 2)),
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="two models' names and bank accounts to an accounting service: under five people, may warn",
)

M(
    id="cosmeticclinic-052",
    subject="苦情対応マニュアル 改訂版（第4版）の送付",
    sender=OSAKO[0],
    to=["はくほう美容皮膚科 事務長 藤枝様 <fujieda@hakuho-hifuka.jp>"],
    body=(
        "藤枝様\n\nお世話になっております。お客様相談室の大迫です。\n"
        "苦情対応マニュアルの改訂版をPDFでお送りします。\n"
        "主な変更は、返金基準（第3章）と、SNSでの誹謗中傷への対応フロー（第6章）です。\n\n"
        "院内の朝礼等でご周知いただけますと幸いです。\n" + S(OSAKO)),
    attachments=[{"kind": "pdf", "name": "苦情対応マニュアル_第4版.pdf",
                  "title": "苦情対応マニュアル 第4版",
                  "page_footer": "取扱注意 ― 日の出メディカルサポート お客様相談室",
                  "lines": ["苦情対応マニュアル（第4版）", "第1章 基本姿勢", "第2章 初期対応と記録",
                            "第3章 返金基準", "  ・未施術分：全額返金（事務手数料を除く）",
                            "  ・施術済み：医師の判断により再施術または一部返金",
                            "第6章 SNS上の誹謗中傷への対応", "  ・削除依頼は法務・コンプライアンス室経由で行う"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="取扱注意 marking only in the PDF's page footer",
)

_p = people(8)
M(
    id="cosmeticclinic-053",
    subject="FW: 11月 モニター当選者リスト",
    sender=KASHIWAGI[0],
    to=["広瀬 直人 <n.hirose@hinode-sangyo.co.jp>", "mkt-all@hinode-sangyo.co.jp"],
    body=(
        "広瀬さん、マーケ各位\n\nクリニックから届いた当選者リストを転送します。社内のみで扱ってください。\n"
        "撮影日程の調整は私から各人へ個別に連絡します（BCCで一斉送信はしないこと）。\n\n"
        "-------- Original Message --------\nFrom: 南雲 <nagumo@claage-clinic.jp>\n"
        "Subject: 11月 モニター当選者リスト\n\n"
        + "\n".join(f"{p['name']} / {p['age']}歳 / {p['phone']} / {p['email']}" for p in _p)
        + "\n" + S(KASHIWAGI, 1)),
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="forward of an 8-person list, but only to internal addresses",
)

_p = people(6, "mix", lo=1958, hi=1988)
_blocks = []
for i, p in enumerate(_p):
    _blocks.append(
        f"■{zen(str(i + 1))}　契約番号　ＡＺ－{zen(str(880210 + i * 7))}\n"
        f"　氏名　　：{p['name']}（{p['kana']}）\n"
        f"　生年月日：{wareki(p['dob'], 'fw')}\n"
        f"　新携帯　：{zen(p['phone'])}\n"
        f"　新住所　：{p['addr']}")
M(
    id="cosmeticclinic-054",
    subject="ローン契約者 住所・連絡先変更届のまとめ（９月受付分）",
    sender=TODO[0],
    to=["契約管理課 <keiyaku@aozora-mcredit.co.jp>"],
    charset="iso-2022-jp",
    body=(
        "あおぞらメディカルクレジット\n契約管理課 御中\n\n"
        "お世話になっております。日の出メディカルサポートの藤堂です。\n"
        "９月に各院の窓口で受け付けた変更届を取りまとめました。原本は月末に郵送いたします。\n\n"
        + "\n\n".join(_blocks) + "\n\n以上６件です。\n" + S(TODO)),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="6 loan customers in blocks with full-width mobiles and 和暦 DOB to a credit company",
)

M(
    id="cosmeticclinic-055",
    subject="求人掲載原稿（看護師／美容外科・日勤のみ）",
    sender=SHINOMIYA[0],
    to=["掲載担当 <keisai@kango-navi.jp>"],
    body=(
        "看護ナビ 掲載ご担当者様\n\nお世話になっております。日の出メディカルサポートの篠宮です。\n"
        "下記の原稿で掲載をお願いいたします。\n\n"
        "【職種】看護師（正・准）\n【勤務地】クレアージュ美容クリニック 渋谷院／新宿院\n"
        "【給与】月給 36万円〜45万円＋インセンティブ\n【勤務時間】10:00〜19:00（休憩60分）\n"
        "【休日】シフト制 月9日＋夏季・冬季休暇\n【応募資格】看護師免許、臨床経験3年以上（美容未経験可）\n"
        "【応募方法】サイトの応募フォームより\n【採用担当】人事総務部 篠宮\n\n"
        "掲載期間は11/1〜11/30の4週間プランでお願いします。\n" + S(SHINOMIYA)),
    expect="pass",
    entities=[],
    detectors=[],
    note="job advertisement text to a job site: no personal data",
)

_pt = person(lo=1997, hi=2002)
M(
    id="cosmeticclinic-056",
    subject="診療情報提供のお願い（ご紹介）",
    sender=NOZAKI[0],
    to=["こころの森クリニック 受付 <uketsuke@kokoro-mori.jp>"],
    body=(
        "こころの森クリニック\n院長 先生 御侍史\n\n"
        "ルナリア美容外科 名古屋栄院の業務支援を担当しております、日の出メディカルサポートの野崎です。\n"
        "同院 堀之内医師よりご紹介状のご送付にあたり、事前にご連絡差し上げます。\n\n"
        f"{_pt['name']}様（{_pt['age']}歳・女性）は、この2年間で鼻の手術を計4回（うち3回は他院）受けておられ、"
        "今回も5回目の修正術を強く希望されています。\n診察では客観的な変形は軽微であるにもかかわらず、"
        "外出困難や希死念慮をほのめかす発言があり、身体醜形障害の可能性が否定できないと判断しております。\n"
        "ご本人の同意を得て、貴院での精神科的評価をお願いできればと存じます。\n\n"
        "初診のご予約方法についてご教示いただけますと幸いです。\n" + S(NOZAKI, 2)),
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named patient's suspected mental disorder and surgical history in running text",
)

M(
    id="cosmeticclinic-057",
    subject="在庫表（10/9棚卸）と補充発注",
    sender=NOZAKI[0],
    to=["order@meditrade.co.jp"],
    body=(
        "メディトレード 受注センター御中\n\n野崎です。10/9の棚卸結果と補充発注分をCSVでお送りします。\n"
        "「発注数」が0でない行が今回の発注です。納品先は渋谷院でお願いします。\n\n" + S(NOZAKI, 1)),
    attachments=[{"kind": "csv", "name": "inventory_20261009.csv", "encoding": "cp932",
                  "rows": [["品番", "品名", "単位", "在庫", "発注点", "発注数"],
                           ["HA-JUV-V2", "ヒアルロン酸製剤 1mL×2", "箱", 14, 20, 20],
                           ["HA-JUV-VL", "ヒアルロン酸製剤（ソフト）", "箱", 22, 15, 0],
                           ["BT-100U", "A型ボツリヌス毒素製剤 100単位", "V", 5, 8, 10],
                           ["NDL-30G13", "注射針 30G 13mm", "箱", 9, 10, 10],
                           ["CAN-25G50", "カニューレ 25G 50mm", "箱", 18, 10, 0],
                           ["LID-CRM", "麻酔クリーム 30g", "本", 6, 12, 24],
                           ["GZ-STR", "滅菌ガーゼ", "袋", 40, 30, 0]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="inventory CSV of products to a supplier: no personal data",
)

_pt = person(lo=1994, hi=1999)
M(
    id="cosmeticclinic-058",
    subject="受付スタッフ（派遣）の在留資格更新について",
    sender=SHINOMIYA[0],
    to=["営業担当 羽生様 <hanyu@global-staff.co.jp>"],
    body=(
        "グローバルスタッフ株式会社\n羽生様\n\n"
        "お世話になっております。日の出メディカルサポート人事総務部の篠宮です。\n"
        "新宿院に派遣いただいている受付スタッフの方の在留期間が近づいておりますので、確認させてください。\n\n"
        "　氏名　　　　：NGUYEN THI HOA（グエン ティ ホア）\n"
        "　在留カード番号：UH48817302FA\n"
        "　在留資格　　：技術・人文知識・国際業務\n"
        "　在留期間満了日：2026年12月14日\n\n"
        "更新申請の状況（申請済みかどうか）と、申請中の場合は受付票の写しのご提出をお願いいたします。\n"
        + S(SHINOMIYA, 2)),
    expect="stop",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="a worker's residence card number to a staffing agency",
)

M(
    id="cosmeticclinic-059",
    subject="PR投稿レポート（10月・スイメイスキンクリニック）",
    sender=KASHIWAGI[0],
    to=["森川 俊 <s.morikawa@brightlink-ad.co.jp>"],
    body=(
        "森川様\n\nお世話になっております。柏木です。\n10月のPR投稿の結果をまとめました。\n\n"
        "1. 七瀬りおさん（@rio_nanase_beauty、フォロワー18.2万）\n"
        "   施術：ダーマペン4＋ヴェルヴェットスキン（10/2）\n"
        "   本人のストーリーズで「ニキビ跡とアトピーの赤みが落ち着いた」と公開済み\n"
        "   リーチ 142,000／保存 3,880／予約CV 41\n\n"
        "2. 公式アカウント投稿（院長によるQ&A）\n"
        "   リーチ 38,500／保存 1,020／予約CV 12\n\n"
        "11月は同じインフルエンサーさんの2回目施術のレポ投稿を予定しています。\n" + S(KASHIWAGI, 1)),
    expect="either",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="an influencer's treatment and skin condition, which she herself published, in a report to the ad agency",
)

_a1, _a2 = person(lo=1985, hi=1999), person(lo=1985, hi=1999)
M(
    id="cosmeticclinic-060",
    subject="【ご連絡】メディカルローンお申込み書類の不備について",
    sender=TODO[0],
    to=[f"{_a1['name']} 様 <{_a1['email']}>", f"{_a2['name']} 様 <{_a2['email']}>"],
    cc=["審査部 <shinsa@aozora-mcredit.co.jp>"],
    body=(
        "お申込者様\n\n"
        "クレアージュ美容クリニックのローン窓口（日の出メディカルサポート）でございます。\n"
        "先日お申込みいただいたメディカルローンにつき、あおぞらメディカルクレジットより、"
        "下記書類の不備のご連絡がございました。\n\n"
        "　・本人確認書類の裏面の写し\n　・勤務先の電話番号（代表番号）\n\n"
        "お手数ですが、10月20日までに本メールへのご返信にてご提出ください。\n" + S(TODO, 1)),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient"],
    note="two applicants (free mail) and a credit company all in To/Cc: three external parties see each other",
)

M(
    id="cosmeticclinic-061",
    subject="9月 媒体別パフォーマンスレポート",
    sender=KASHIWAGI[0],
    to=["s.morikawa@brightlink-ad.co.jp"],
    body=(
        "森川様\n\n柏木です。9月のパフォーマンスレポート（院別・媒体別）を添付します。\n"
        "新宿院のリスティングのCPAが悪化しているので、定例で要因を議論させてください。\n\n" + S(KASHIWAGI)),
    attachments=[{"kind": "xlsx", "name": "performance_202609.xlsx",
                  "sheets": {"サマリー": [["2026年9月 媒体別パフォーマンス"], [],
                                          ["院", "媒体", "費用", "CV", "CPA", "来院", "来院率"],
                                          ["渋谷", "Instagram", 1820000, 164, 11098, 121, "73.8%"],
                                          ["渋谷", "リスティング", 960000, 88, 10909, 70, "79.5%"],
                                          ["新宿", "Instagram", 1240000, 102, 12157, 71, "69.6%"],
                                          ["新宿", "リスティング", 880000, 51, 17255, 36, "70.6%"]],
                             "前月比": [["院", "媒体", "CPA前月比"], ["渋谷", "Instagram", "-4.2%"],
                                        ["新宿", "リスティング", "+31.0%"]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="ad performance figures per clinic and medium: no personal data",
)

_p = people(6, lo=1980, hi=2000)
_pr = ["二重埋没法", "眼瞼下垂手術", "ヒアルロン酸（顎）", "鼻尖縮小＋耳介軟骨移植", "医療脱毛",
       "クマ取り＋脂肪注入"]
M(
    id="cosmeticclinic-062",
    subject="症例写真 掲載可否一覧（LP差し替え用）",
    sender=MIZUHARA[0],
    to=["佐竹 <satake@adfront.co.jp>"],
    body=(
        "佐竹様\n\nお世話になっております。水原です。\n"
        "LPの症例写真差し替えにあたり、同意取得状況の一覧をPDFでお送りします。\n"
        "「掲載可」の方の写真のみ、期限内でご使用ください。\n\n" + S(MIZUHARA)),
    attachments=[{"kind": "pdf", "name": "症例写真_同意状況_202610.pdf",
                  "lines": ["症例写真 同意取得状況（2026年10月時点）", "クレアージュ美容クリニック"],
                  "table": [["症例No", "氏名", "年齢", "施術", "掲載", "掲載期限", "連絡先"]] +
                           [[f"CS-{300 + i}", p["name"], str(p["age"]), _pr[i],
                             rng.choice(["可", "可", "不可（目元のみ可）"]), "2027/09/30", p["email"]]
                            for i, p in enumerate(_p)]}],
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="PDF table of 6 patients with name, procedure undergone and e-mail to an ad agency",
)

M(
    id="cosmeticclinic-063",
    subject="施術メニューパンフレット 校了データ",
    sender=MIZUHARA[0],
    to=["森下 <morishita@nishiki-insatsu.co.jp>"],
    body=(
        "森下様\n\n水原です。メニューパンフレットの校了データ（PDF）をお送りします。\n"
        "部数は各院500部×4院、納品は10/30でお願いします。\n\n" + S(MIZUHARA, 1)),
    attachments=[{"kind": "pdf", "name": "menu_pamphlet_final.pdf", "title": "施術メニュー 2026秋冬",
                  "lines": ["施術メニュー 2026 秋冬", "目元の施術", "  二重埋没法（両目）　98,000円",
                            "  眼瞼下垂（挙筋前転）　385,000円",
                            "肌の施術", "  ピコトーニング　19,800円", "  ダーマペン4　24,800円",
                            "主なリスク・副作用：腫れ、内出血、左右差、感染など",
                            "お問い合わせ 0120-418-776（10:00〜19:00）"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="menu brochure PDF with prices and a toll-free number to the printer",
)

M(
    id="cosmeticclinic-064",
    subject="問診票・同意書の増刷のお願い",
    sender=MIZUHARA[0],
    to=["森下 <morishita@nishiki-insatu.co.jp>"],
    body=(
        "錦印刷 森下様\n\nいつもお世話になっております。水原です。\n"
        "下記の帳票の増刷をお願いいたします。版は前回（2026年4月）と同じです。\n\n"
        "　・初診問診票（A4両面）　　　　 3,000部\n　・施術同意書（A4・3枚複写）　　2,000セット\n"
        "　・症例写真同意書（A4片面）　　 1,000部\n\n"
        "納品先：クレアージュ美容クリニック 渋谷院\n希望納期：11月6日\n" + S(MIZUHARA, 2)),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp is a look-alike of partner nishiki-insatsu.co.jp (letter dropped)",
)

_p = people(10, lo=1990, hi=2004)
_irows = [["氏名", "アカウント", "電話", "住所", "振込先", "報酬(税込)"]]
for p in _p:
    _irows.append([p["name"], "@" + p["romaji"].split()[0].lower() + "_" + rng.choice(["beauty", "cosme", "diary", "skin"]),
                   p["phone"], p["addr"], acct(), rng.choice([33000, 55000, 88000, 110000])])
M(
    id="cosmeticclinic-065",
    subject="インフルエンサー報酬の支払代行データ",
    sender=TODO[0],
    to=["精算担当 <seisan@brightlink-ad.co.jp>"],
    body=(
        "株式会社ブライトリンク\n精算ご担当者様\n\n藤堂です。\n"
        "10月分のインフルエンサー報酬について、御社経由での支払代行をお願いいたします。\n"
        "対象者データをZIPにまとめて添付しました。\n\n" + S(TODO)),
    attachments=[{"kind": "zip", "name": "influencer_payment_202610.zip",
                  "files": [{"kind": "csv", "name": "payees_202610.csv", "encoding": "utf-8",
                             "rows": _irows},
                            {"kind": "txt", "name": "readme.txt",
                             "text": "振込予定日：2026/11/10\n手数料は弊社負担\n"}]}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="ZIP with a CSV of 10 influencers' phone, address and bank account to an ad agency",
)

M(
    id="cosmeticclinic-066",
    subject="11月の検体集荷スケジュール",
    sender=NOZAKI[0],
    to=["eigyo-shibuya@toto-rinsho.co.jp"],
    body=(
        "東都臨床検査センター 渋谷営業所 御中\n\n野崎です。11月の集荷スケジュールをお送りします。\n\n"
        "院名                         集荷曜日      時間帯       備考\n"
        "---------------------------  ------------  -----------  -------------------\n"
        "クレアージュ 渋谷院          月・水・金    17:00-17:30  11/23は祝日のため休み\n"
        "クレアージュ 新宿院          火・木        16:30-17:00  \n"
        "はくほう美容皮膚科           月・木        15:00-15:30  大阪営業所ご担当\n"
        "ルナリア美容外科 名古屋栄院  水            16:00-16:30  名古屋営業所ご担当\n\n"
        "冷凍検体が出る日は前日までに各院から連絡します。\n" + S(NOZAKI)),
    expect="pass",
    entities=[],
    detectors=[],
    note="pick-up schedule per clinic branch: businesses, no people",
)

_pt = person(lo=1975, hi=1990)
M(
    id="cosmeticclinic-067",
    subject="患者様からの申入れメール（原文添付）",
    sender=USAMI[0],
    to=["桐生 <kiryu@shirakawa-law.jp>"],
    body=(
        "桐生先生\n\n宇佐美です。本日、お客様相談室宛に届いた患者様からのメールを原文のまま添付します。\n"
        "SNSへの投稿予告が含まれているため、対応方針をご相談させてください。\n\n" + S(USAMI, 1)),
    attachments=[{"kind": "eml", "name": "申入れメール_1009.eml",
                  "message": {
                      "sender": f"{_pt['name']} <{_pt['email']}>",
                      "to": ["お客様相談室 <soudan@medical.hinode-sangyo.co.jp>"],
                      "subject": "脂肪吸引の後遺症について",
                      "body": (
                          "担当者様\n\n"
                          f"{_pt['name']}と申します（生年月日 {ymd(_pt['dob'])}、電話 {_pt['phone']}）。\n"
                          "8月にはくほう美容皮膚科で太ももの脂肪吸引を受けましたが、左の太ももに凹凸と"
                          "しびれが残り、整形外科で外側大腿皮神経障害と言われました。\n"
                          "説明ではこんなリスクは聞いていません。誠意ある対応がなければ、経過写真を"
                          "SNSに投稿します。\n"),
                  }}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="attached .eml of a patient's complaint with name, DOB, phone and nerve-injury diagnosis",
)

M(
    id="cosmeticclinic-068",
    subject="Re: November group – pick-up times",
    sender=LEE[0],
    to=["Ms. Yoon <yoon.coordinator@seoul-beautytrip.co.kr>"],
    body=(
        "Dear Ms. Yoon,\n\nThank you, all confirmed. Our driver (Mr. Ogura) will hold a sign with your\n"
        "agency's logo at the South arrival gate. The van takes up to 7 passengers with luggage.\n"
        "Check-in at the hotel is arranged for 15:00.\n\nBest regards,\nMina Lee\n\n"
        "On Thu, Oct 22, 2026 at 10:14 AM Yoon <yoon.coordinator@seoul-beautytrip.co.kr> wrote:\n"
        "> Dear Ms. Lee,\n> Here is the final list for the pick-up.\n>\n"
        "> 1. KIM Seo-yeon   1994-03-18  +82-10-4418-2093\n"
        "> 2. PARK Ha-eun    1991-11-02  +82-10-7735-1180\n"
        "> 3. LEE Ji-woo     1998-06-27  +82-10-2209-6634\n"
        "> 4. CHOI Yu-na     1989-01-09  +82-10-5561-0472\n"
        "> 5. JUNG Min-ji    1996-08-14  +82-10-8093-3315\n"
        "> 6. HAN So-hee     1993-12-30  +82-10-3370-9928\n>\n> Best,\n> Yoon\n"),
    expect="pass",
    entities=[],
    detectors=[],
    note="the 6-person list is only in the '> ' quote of the recipient's own mail",
)

_pt = person(lo=1996, hi=2002)
M(
    id="cosmeticclinic-069",
    subject="PR契約書（電子署名前の確認用）",
    sender=KASHIWAGI[0],
    to=[f"{_pt['email']}"],
    body=(
        f"{_pt['name']} 様\n\n"
        "日の出メディカルサポートの柏木です。\n先日お話しした PR 契約書を PDF でお送りします。\n"
        "PDFにはパスワードを設定しております。パスワードはLINEでお伝えします。\n\n"
        "内容をご確認のうえ、問題なければ電子署名のURLをお送りします。\n" + S(KASHIWAGI, 2)),
    attachments=[{"kind": "pdf", "name": "PR契約書_2026.pdf", "password": "rio2026pr",
                  "lines": ["PR業務委託契約書", "甲：日の出メディカルサポート株式会社",
                            f"乙：{_pt['name']}", f"住所：{_pt['addr']}", "報酬：1投稿あたり88,000円"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected PDF that cannot be inspected (to a free-mail influencer)",
)

M(
    id="cosmeticclinic-070",
    subject="施術同意書（新様式）の版下",
    sender=MIZUHARA[0],
    to=["森下 <morishita@nishiki-insatsu.co.jp>"],
    body=(
        "森下様\n\n水原です。施術同意書の新様式（Word）をお送りします。記入欄は空欄のままの版下です。\n"
        "3枚複写（患者控え・クリニック控え・弊社控え）で、控えごとに色を変えてください。\n\n" + S(MIZUHARA)),
    attachments=[{"kind": "docx", "name": "施術同意書_新様式.docx", "title": "施術同意書",
                  "paragraphs": ["施術同意書", "私は、下記の施術について医師から説明を受け、内容を理解したうえで同意します。",
                                 "□ 施術の内容と目的　□ 予想される効果　□ 主なリスク・副作用　□ 費用と支払方法"],
                  "tables": [[["氏名", ""], ["フリガナ", ""], ["生年月日", "昭和・平成　　年　　月　　日"],
                              ["住所", "〒"], ["電話番号", ""], ["既往歴・アレルギー", "□なし □あり（　　　）"],
                              ["施術名", ""], ["署名", ""]]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="blank consent-form template: field labels without any person's data",
)

_pt = person(lo=1999, hi=2006)
M(
    id="cosmeticclinic-071",
    subject="返戻レセプトの確認（9月診療分・保険診療）",
    sender=NOZAKI[0],
    to=["医事課 <iji@hakuho-hifuka.jp>"],
    body=(
        "はくほう美容皮膚科 医事課 御中\n\n業務支援課の野崎です。\n"
        "9月診療分で1件返戻がありましたので、保険証の確認をお願いします。\n\n"
        f"患者氏名　：{_pt['name']}（{_pt['kana']}）\n生年月日　：{ymd(_pt['dob'])}\n"
        "保険者番号：06270418\n記号・番号：大ア９１２・４４０８\n"
        "傷病名　　：尋常性ざ瘡、ざ瘡瘢痕\n返戻理由　：資格喪失後の受診（8月末で資格喪失）\n\n"
        "新しい保険証の提示を受けて再請求をお願いいたします。\n" + S(NOZAKI, 1)),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a patient's health-insurance symbol/number and diagnosis to an external clinic",
)

M(
    id="cosmeticclinic-072",
    subject="10/15 クリニック合同定例 議事メモ",
    sender=MIZUHARA[0],
    to=["森川 俊 <s.morikawa@brightlink-ad.co.jp>"],
    body=(
        "森川様\n\n水原です。昨日の合同定例の議事メモを共有します（御社関連部分のみ抜粋）。\n\n"
        "出席：南雲（クレアージュ事務長）、藤枝（はくほう事務長）、楠本（スイメイ事務長）、\n"
        "　　　堀之内（ルナリア医師）、弊社 水原・柏木\n\n"
        "1. 年末年始の休診日は各院HPに12/1掲載 → LPバナーも同日差し替え\n"
        "2. 新宿院の予約枠を土曜のみ2枠増 → 広告の配信強化は11月後半から\n"
        "3. 口コミサイトの返信は各院事務長が担当、広告代理店は関与しない\n\n"
        "以上です。\n" + S(MIZUHARA, 2)),
    expect="pass",
    entities=[],
    detectors=[],
    note="meeting minutes naming attendees without any other data about them",
)

_p = people(7, lo=1968, hi=2000)
_sym = [("ボトックス（額）", "眼瞼下垂", 45000), ("医療脱毛", "熱傷Ⅱ度", 120000),
        ("ヒアルロン酸（鼻）", "血流障害・皮膚壊死", 980000), ("二重埋没", "糸露出", 0),
        ("脂肪吸引", "神経障害", 1650000), ("ピコレーザー", "色素沈着", 88000),
        ("糸リフト", "顔面神経不全麻痺", 2200000)]
M(
    id="cosmeticclinic-073",
    subject="賠償事案一覧（上期）のご報告",
    sender=USAMI[0],
    to=["東和損害保険 医療賠償責任保険担当 <ibaiseki@towa-sonpo.co.jp>"],
    body=(
        "東和損害保険株式会社 医療賠償責任保険ご担当者様\n\n宇佐美です。\n"
        "更新手続きに際しご依頼いただいた、上期の事案一覧（Excel 97-2003形式）を添付します。\n\n"
        + S(USAMI)),
    attachments=[{"kind": "xls", "name": "jian_ichiran_2026H1.xls",
                  "sheets": {"事案一覧": [["No", "患者氏名", "年齢", "施設", "施術", "症状・診断",
                                           "請求額"]] +
                                         [[i + 1, p["name"], p["age"],
                                           rng.choice(["渋谷", "新宿", "はくほう", "ルナリア"]),
                                           s[0], s[1], s[2]] for i, (p, s) in enumerate(zip(_p, _sym))]}}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="legacy XLS listing 7 named patients with complications/diagnoses to an insurer",
)

M(
    id="cosmeticclinic-074",
    subject="受付スタッフ向け ローン商品勉強会のお願い",
    sender=TODO[0],
    to=["渋谷支店 融資課 井口様 <t.iguchi@shibuya.midori-ginko.co.jp>"],
    cc=["水原 佳織 <k.mizuhara@hinode-sangyo.co.jp>", "野崎 遥 <h.nozaki@medical.hinode-sangyo.co.jp>"],
    body=(
        "みどり銀行 渋谷支店\n融資課 井口様\n\nお世話になっております。日の出メディカルサポートの藤堂です。\n"
        "新金利テーブルの開始にあわせて、クリニック受付スタッフ向けの勉強会をお願いできないでしょうか。\n\n"
        "　・対象：渋谷院・新宿院の受付／カウンセラー 約20名\n　・時間：60分程度（質疑含む）\n"
        "　・候補日：11/9（月）、11/16（月）いずれも休診日の14時〜\n\n"
        "弊社から水原・野崎も同席いたします。\n" + S(TODO)),
    expect="pass",
    entities=[],
    detectors=[],
    note="partner's real subdomain (shibuya.midori-ginko.co.jp) plus internal Cc; ordinary request",
)

_c1, _c2 = _cc(), _cc()
_h1, _h2 = person(), person()
M(
    id="cosmeticclinic-075",
    subject="チャージバック照会へのご回答（2件）",
    sender=TODO[0],
    to=["リスク管理チーム <chargeback@paynext.co.jp>"],
    body=(
        "ペイネクスト株式会社 リスク管理チーム御中\n\n"
        "加盟店ID HM-00318 の藤堂です。ご照会のあった2件について回答いたします。\n\n"
        f"(1) 照会No CB-77120\n    カード番号 {_c1}\n    名義 {_h1['ROMAJI']}\n"
        "    利用日 2026/08/02  金額 ¥298,000（医療脱毛 全身5回コース）\n"
        "    回答：役務提供中（3回消化済）。本人の署名入り契約書あり\n\n"
        f"(2) 照会No CB-77134\n    カード番号 {_c2[:4]}-{_c2[4:8]}-{_c2[8:12]}-{_c2[12:]}\n"
        f"    名義 {_h2['ROMAJI']}\n"
        "    利用日 2026/08/19  金額 ¥49,800（ボトックス）\n"
        "    回答：施術済み。カルテ・同意書の写しを提出可能\n\n"
        "必要書類は御社ポータルにアップロードいたします。\n" + S(TODO, 1)),
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="two card numbers with cardholder names (and treatments) to a payment processor",
)


# == 076-100 =============================================================================

_inf = people(5, lo=1994, hi=2003)
M(
    id="cosmeticclinic-076",
    subject="【一斉送信】12月 PR投稿ガイドラインの改定について",
    sender=KASHIWAGI[0],
    to=["柏木 真帆 <m.kashiwagi@hinode-sangyo.co.jp>"],
    bcc=[p["email"] for p in _inf],
    body=(
        "インフルエンサーのみなさま\n\n"
        "※本メールはBCCで一斉にお送りしています。\n\n"
        "いつもご協力ありがとうございます。日の出メディカルサポートの柏木です。\n"
        "12月投稿分より、PR投稿ガイドラインを以下のとおり改定します。\n\n"
        "1. 「#PR」表記は投稿の冒頭（1行目）に記載してください\n"
        "2. 施術の効果を断定する表現（「必ず」「絶対」）は使用できません\n"
        "3. 価格を記載する場合は、クリニックHPの税込価格と一致させてください\n"
        "4. 施術から投稿までの期間は最低2週間空けてください\n\n"
        "ご不明点は担当までご連絡ください。\n" + S(KASHIWAGI, 1)),
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="bulk mail done right: five free-mail influencers in Bcc, only the sender in To",
)

M(
    id="cosmeticclinic-077",
    subject="元従業員に関する調査のご依頼",
    sender=USAMI[0],
    to=["調査部 <chosa@kyokuto-research.co.jp>"],
    body=(
        "極東リサーチ株式会社\n調査部 御中\n\n"
        "お世話になっております。日の出メディカルサポート法務・コンプライアンス室の宇佐美です。\n\n"
        "今年3月まで新宿院の受付として勤務していた契約社員 宍戸 理沙（ししど りさ、1996年5月17日生）が、"
        "9月に詐欺容疑で警視庁に逮捕されたとの報道がありました。\n"
        "在職中に患者様のカード情報を持ち出していた可能性があるため、"
        "逮捕容疑の詳細と、当社顧客情報との関連の有無について調査をお願いしたく存じます。\n\n"
        "なお、本人の在職中の住所は東京都中野区弥生町3-21-4 コーポ弥生202 でした。\n"
        "お見積りと調査期間の目安をご教示ください。\n" + S(USAMI, 2)),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named former employee's arrest (criminal record) with address, in running text to an investigator",
)

M(
    id="cosmeticclinic-078",
    subject="検査委託契約の更新と料金改定について（三者確認）",
    sender=NOZAKI[0],
    to=["南雲 <nagumo@claage-clinic.jp>"],
    cc=["東都臨床検査センター 中條様 <chujo@toto-rinsho.co.jp>", "藤堂 亮 <r.todo@hinode-sangyo.co.jp>"],
    body=(
        "南雲様、中條様\n\nお世話になっております。野崎です。\n"
        "検査委託契約の更新にあたり、料金改定の内容を三者で確認させてください。\n\n"
        "  術前感染症セット    2,200円 → 2,420円\n  血算・生化学（15項目） 1,650円 → 1,760円\n"
        "  凝固系               1,100円 → 据え置き\n\n"
        "契約書は東都臨床検査センター様→クレアージュ様の直接契約、請求は弊社経由という現行スキームのままです。\n"
        "11月末までにご意見をいただけますと幸いです。\n" + S(NOZAKI)),
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two external organisations (clinic, lab) plus an internal Cc: a normal three-way business mail",
)

_pt = person(lo=1970, hi=1985)
M(
    id="cosmeticclinic-079",
    subject="全身麻酔症例の事前申し送り（11/5 渋谷院）",
    sender=NOZAKI[0],
    to=["麻酔科パートナーズ 手配担当 <tehai@masui-partners.jp>"],
    body=(
        "麻酔科パートナーズ 手配ご担当者様\n\n"
        "いつもお世話になっております。日の出メディカルサポートの野崎です。\n"
        "11/5（木）渋谷院の全身麻酔症例について、麻酔科の先生への事前申し送りです。\n\n"
        f"・患者：{_pt['name']}様　{_pt['age']}歳　女性　身長158cm／体重61kg\n"
        "・術式：脂肪吸引（腹部・腰・背中）＋脂肪注入（バスト）\n"
        "・既往：高血圧（アムロジピン内服）\n"
        "・宗教上の理由（エホバの証人）により、輸血は自己血を含め一切拒否。"
        "本人署名の輸血拒否・免責証明書あり\n\n"
        "出血量が想定を超える場合の中止基準について、執刀医と事前にご相談いただけますと幸いです。\n"
        + S(NOZAKI, 2)),
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named patient's religion (transfusion refusal) and medical history to an external anaesthesia service",
)

M(
    id="cosmeticclinic-080",
    subject="カウンセリング用 ローン返済シミュレーション表",
    sender=TODO[0],
    to=["藤枝 <fujieda@hakuho-hifuka.jp>"],
    body=(
        "藤枝様\n\n藤堂です。カウンセリングでお使いいただく返済シミュレーション表を作りました。\n"
        "（実質年率6.9%・ボーナス払いなし・あくまで目安です）\n\n"
        "施術金額＼回数     12回       24回       36回       60回\n"
        "----------------  ---------  ---------  ---------  ---------\n"
        "   100,000円       8,640円    4,470円    3,130円    2,070円\n"
        "   300,000円      25,920円   13,410円    9,390円    6,210円\n"
        "   500,000円      43,200円   22,350円   15,650円   10,350円\n"
        " 1,000,000円      86,400円   44,700円   31,300円   20,700円\n\n"
        "患者様には「審査の結果によってはご利用いただけない場合があります」と必ず添えてください。\n"
        + S(TODO, 1)),
    expect="pass",
    entities=[],
    detectors=[],
    note="repayment simulation table with amounts only; no person",
)

M(
    id="cosmeticclinic-081",
    subject="予約CRM 管理者アカウントの棚卸し",
    sender=SUGAWARA[0],
    to=["菅原 徹 <t.sugawara@xn--hinode-sangy-ggk.co.jp>", "it-admin@xn--hinode-sangy-ggk.co.jp"],
    body=(
        "情シス各位\n\n菅原です。四半期の管理者アカウント棚卸しです。\n"
        "下記のうち、不要なものがあれば金曜までに返信してください。\n\n"
        "  admin-shibuya01   渋谷院 事務長用\n  admin-shinjuku01  新宿院 事務長用\n"
        "  admin-hakuho01    はくほう 医事課用\n  vendor-tsubasa    ツバサシステム 保守用（期限 12/31）\n"
        "  admin-old-lunaria ルナリア 旧システム移行用（停止予定）\n\n" + S(SUGAWARA)),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="recipients on xn--hinode-sangy-ggk.co.jp, an IDN homoglyph (Cyrillic о) of the company's own domain",
)

M(
    id="cosmeticclinic-082",
    subject="Invitation: joint seminar on laser safety (Tokyo, 22 Nov)",
    sender=LEE[0],
    to=["Dr. Kang <dr.kang@gangnam-lumiere.kr>"],
    body=(
        "Dear Dr. Kang,\n\n"
        "On behalf of Hinode Medical Support, I am pleased to invite you to our seminar\n"
        "\"Laser safety in aesthetic dermatology\" on Sunday 22 November, 14:00–17:00,\n"
        "at Sakura Hotel Tokyo (Phoenix Room). Simultaneous interpretation (KR/JP) is provided.\n\n"
        "We would be honoured if you could give a 30-minute talk on pico-laser complications.\n"
        "Travel and accommodation will be covered by us.\n\n"
        "Kind regards,\n" + S(LEE, 3) + DISCLAIMER_EN),
    expect="pass",
    entities=[],
    detectors=[],
    note="English invitation with the standard confidentiality disclaimer; no marking, no data",
)

_pt = person(lo=1982, hi=1992)
M(
    id="cosmeticclinic-083",
    subject="郵送物停止のお願い（契約番号 AZ-880337）",
    sender=TODO[0],
    to=["契約管理課 <keiyaku@aozora-mcredit.co.jp>"],
    body=(
        "契約管理課 御中\n\n藤堂です。至急のお願いです。\n\n"
        f"契約番号 AZ-880337 の{_pt['name']}様より、配偶者からのDV被害により住民票の閲覧制限"
        "（支援措置）を受けており、現在は転居先を配偶者に知られないようにしているとのお申し出がありました。\n"
        f"旧住所（{_pt['addr']}）への郵送物を直ちに停止いただき、"
        "以後の連絡は本人携帯（" + _pt["phone"] + "）へのSMSのみとしてください。\n\n"
        "新住所は書面でのみお伝えするとのことで、本人から御社へ直接届出が行われます。\n" + S(TODO)),
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named customer as a DV crime victim, with address and phone, to a credit company",
)

M(
    id="cosmeticclinic-084",
    subject="LP掲載用 医師プロフィール（堀之内医師）",
    sender=KASHIWAGI[0],
    to=["佐竹 <satake@adfront.co.jp>"],
    body=(
        "佐竹様\n\n柏木です。ルナリア美容外科のLPに掲載する医師紹介文です。院長確認済みです。\n\n"
        "――――\nルナリア美容外科 名古屋栄院 院長\n堀之内 拓真（ほりのうち たくま）\n\n"
        "【経歴】\n2009年 名古屋市立大学医学部 卒業\n2011年 同大学 形成外科学教室 入局\n"
        "2017年 大手美容外科 勤務（名古屋院 院長）\n2022年 ルナリア美容外科 名古屋栄院 院長就任\n\n"
        "【資格・所属学会】\n日本形成外科学会 専門医／日本美容外科学会（JSAPS）正会員\n"
        "――――\n\n写真はスタジオ・ハレさんで撮影したものを別途お送りします。\n" + S(KASHIWAGI, 2)),
    expect="pass",
    entities=[],
    detectors=[],
    note="a doctor's public professional profile for a website: no contact data or identifiers",
)

_pt = person(lo=1975, hi=1990)
M(
    id="cosmeticclinic-085",
    subject="手話通訳者の派遣依頼（11/11 カウンセリング）",
    sender=NOZAKI[0],
    to=["派遣コーディネート係 <haken@shuwa-bridge.or.jp>"],
    body=(
        "一般社団法人 しゅわブリッジ\n派遣コーディネート係 御中\n\n"
        "はじめてご依頼いたします。日の出メディカルサポートの野崎と申します。\n"
        "運営を受託しているクリニックでのカウンセリングに、手話通訳者の派遣をお願いしたくご連絡しました。\n\n"
        f"　利用者：{_pt['name']}様（{_pt['kana']}）\n"
        "　障害　：聴覚障害（身体障害者手帳 2級）、口話は困難とのこと\n"
        f"　連絡先：{_pt['email']}（FAX・メールのみ可）\n"
        "　日時　：11月11日（水）14:00〜15:30\n　場所　：はくほう美容皮膚科（大阪市北区芝田1-8-22 4F）\n"
        "　内容　：ニキビ跡治療のカウンセリング・医師診察\n\n"
        "費用はクリニック負担です。ご対応可否をお知らせください。\n" + S(NOZAKI)),
    expect="stop",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named patient's disability (hearing impairment, certificate grade) to an interpreter service",
)

_md = people(4, "mix", lo=1995, hi=2004)
M(
    id="cosmeticclinic-086",
    subject="10/24 広告撮影 モデル入り時間のご連絡",
    sender=KASHIWAGI[0],
    to=["eguchi@studio-hare.jp"],
    body=(
        "江口様\n\n柏木です。10/24の広告撮影（クレアージュ新宿院）のモデル4名の入り時間です。\n"
        "当日の緊急連絡先として携帯番号も記載しておきます。\n\n"
        + "\n".join(f"{t}　{p['name']}（{p['sex']}）　{p['phone']}"
                    for t, p in zip(["9:00", "9:30", "11:00", "13:00"], _md))
        + "\n\nヘアメイクは9:00から控室で開始します。ケータリングは5名分でお願いします。\n" + S(KASHIWAGI)),
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four models' names and mobiles to a photo studio: under five people, may warn",
)

M(
    id="cosmeticclinic-087",
    subject="Partnership proposal – Japan market entry deck",
    sender=LEE[0],
    to=["Dr. Kang <dr.kang@gangnam-lumiere.kr>"],
    body=(
        "Dear Dr. Kang,\n\nThank you for the productive meeting last week. As promised, please find\n"
        "attached our proposal for the Japan market entry of Gangnam Lumière, including the projected\n"
        "patient referral volumes and the revenue-sharing model.\n\n"
        "We look forward to your comments.\n\nBest regards,\n" + S(LEE, 3)),
    attachments=[{"kind": "pptx", "name": "HMS_GangnamLumiere_proposal.pptx",
                  "title": "Japan market entry proposal",
                  "page_footer": "CONFIDENTIAL – Hinode Medical Support Co., Ltd.",
                  "slides": [["Japan market entry", "Proposal for Gangnam Lumière", "November 2026"],
                             ["Market", "Aesthetic medicine in Japan: JPY 450 bn (2025)",
                              "Our network: 4 clinics, 38,000 patients/year"],
                             ["Revenue sharing", "Referral fee 12% of treatment revenue",
                              "Minimum guarantee JPY 18 m/year"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="CONFIDENTIAL marking in the PPTX footer of every slide, sent to a foreign clinic",
)

M(
    id="cosmeticclinic-088",
    subject="Re: 来期の出店計画について",
    sender=KASHIWAGI[0],
    to=["森川 俊 <s.morikawa@brightlink-ad.co.jp>"],
    body=(
        "森川様\n\nご質問ありがとうございます。柏木です。\n"
        "来期の出店計画は社外秘の扱いとなっており、資料をそのままお送りすることができません。\n"
        "申し訳ありませんが、次回の定例で概要のみ口頭でご説明させてください。\n\n"
        "なお、広告予算の枠取りの目安としては、上期に関西で1院増える前提で見ておいていただければ大丈夫です。\n"
        + S(KASHIWAGI, 1) + "\n> 来期の出店予定があれば、媒体の枠取りのために早めに教えていただけますか。\n"),
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions that a plan is 社外秘 and is not being sent: a mention, not a marking",
)

_pt = person(lo=1988, hi=1996)
M(
    id="cosmeticclinic-089",
    subject=f"【至急】{_pt['name']}様 耳介軟骨移植部のケロイド再発について",
    sender=OSAKO[0],
    to=["堀之内 <horinouchi@lunaria-biyou.com>"],
    body=(
        "堀之内先生\n\nお客様相談室の大迫です。件名の件、本日ご本人から電話がありました。\n"
        "耳の採取部が再び盛り上がってきたとのことで、来週中の診察を希望されています。\n"
        "前回のステロイド注射から6週間経過しています。\n\n"
        "診察枠をご指定いただければ、こちらからご本人に連絡いたします。\n" + S(OSAKO, 2)),
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="subject line names a patient together with her keloid recurrence; body adds treatment history",
)

M(
    id="cosmeticclinic-090",
    subject="ご照会への回答（美容医療に関する相談件数）",
    sender=OSAKO[0],
    to=["消費生活センター 相談員 <soudan@city.hinata.lg.jp>"],
    body=(
        "ひなた市消費生活センター\n相談員 ご担当者様\n\n"
        "お世話になっております。日の出メディカルサポート お客様相談室の大迫でございます。\n"
        "先日ご照会いただいた、当社受託クリニックにおける相談受付状況について回答いたします。\n\n"
        "  2026年4〜9月の受付件数：計184件\n"
        "   ・契約・解約に関するもの　　　62件\n   ・施術結果に関するもの　　　　71件\n"
        "   ・接客・説明に関するもの　　　39件\n   ・その他　　　　　　　　　　　12件\n"
        "  うち返金に至ったもの：28件（全体の15.2%）\n\n"
        "個別のご相談については、ご本人の同意をいただいたうえで個別に対応させていただきます。\n"
        + S(OSAKO)),
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate complaint counts to a municipal consumer centre; no individual",
)

M(
    id="cosmeticclinic-091",
    subject="受付業務手順書の製本のお願い",
    sender=MIZUHARA[0],
    to=["森下 <morishita@nishiki-insatsu.co.jp>"],
    body=(
        "森下様\n\n水原です。各院の受付に配置する業務手順書の製本をお願いしたく、Wordデータを送ります。\n"
        "A4・リング製本で8部、表紙はPP加工ありでお願いします。\n\n" + S(MIZUHARA, 1)),
    attachments=[{"kind": "docx", "name": "受付業務手順書_v2.docx", "title": "受付業務手順書",
                  "page_header": "部外秘　日の出メディカルサポート 運営管理部",
                  "paragraphs": ["受付業務手順書（第2版）", "1. 開院準備", "  ・予約CRMへのログイン（共用IDは使用禁止）",
                                 "2. 初診受付", "  ・問診票の記入確認、本人確認書類の提示依頼",
                                 "3. 会計", "  ・メディカルローン利用時は信販会社の審査画面で承認番号を確認",
                                 "4. クレーム一次対応", "  ・その場で返金を約束しない。お客様相談室へエスカレーション"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="部外秘 stamp only in the DOCX page header, sent to a printing partner",
)

M(
    id="cosmeticclinic-092",
    subject="LP用 症例紹介テキスト（5症例）",
    sender=KASHIWAGI[0],
    to=["佐竹 <satake@adfront.co.jp>"],
    body=(
        "佐竹様\n\n柏木です。LPの症例紹介テキストです。写真はイニシャルのみで掲載します。\n\n"
        "症例1　M.K様（28歳・会社員）　二重埋没法（2点留め）　施術日 2026/6/14\n"
        "症例2　A.T様（34歳・看護師）　クマ取り（経結膜脱脂）　施術日 2026/7/2\n"
        "症例3　Y.S様（41歳・主婦）　ヒアルロン酸（ほうれい線）　施術日 2026/7/19\n"
        "症例4　R.N様（23歳・学生）　鼻尖縮小　施術日 2026/8/8\n"
        "症例5　S.I様（52歳・自営業）　糸リフト　施術日 2026/8/30\n\n"
        "各症例の費用・リスクの記載は前回のフォーマットに従ってください。\n" + S(KASHIWAGI)),
    expect="either",
    entities=["SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five cases with initials, age, occupation, procedure and date: pseudonymous, could be re-identified",
)

M(
    id="cosmeticclinic-093",
    subject="勉強会 会場予約の確定（11/22 鳳凰の間）",
    sender=SHINOMIYA[0],
    to=["宴会予約 <banquet@sakura-hotels.jp>"],
    body=(
        "さくらホテル 宴会予約ご担当様\n\nお世話になっております。篠宮です。\n"
        "11/22（日）の会場予約につき、下記で確定をお願いいたします。\n\n"
        "　会場：鳳凰の間（スクール形式 80名）\n　時間：13:00〜18:00（設営12:00〜）\n"
        "　機材：プロジェクター2台、同時通訳ブース1、ワイヤレスマイク4本\n"
        "　飲食：休憩時のコーヒーサービス 80名分\n\n"
        "請求書は日の出メディカルサポート株式会社 人事総務部宛でお願いします。\n" + S(SHINOMIYA)),
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="sakura-hotels.jp is a look-alike of partner sakura-hotel.jp (letter added)",
)

M(
    id="cosmeticclinic-094",
    subject="10月度 月次運営レポート提出日のご案内",
    sender=MIZUHARA[0],
    to=["楠本 ゆかり <y.kusumoto@suimei-skin.or.jp>"],
    body=(
        "スイメイスキンクリニック\n楠本様\n\nいつもお世話になっております。水原です。\n"
        "10月度の月次運営レポートは、11月10日（火）にご提出いたします。\n"
        "今月から「予約キャンセル率」と「ローン利用率」の項目を追加しております。\n"
        "ご要望の項目があれば11月5日までにお知らせください。\n\n"
        "引き続きよろしくお願いいたします。\n" + S(MIZUHARA) +
        "\n本メールおよび添付ファイルには、機密情報が含まれている場合があります。"
        "本メールの宛先に心当たりのない方は、誠に恐れ入りますが送信者へご連絡のうえ、"
        "本メールを破棄してください。無断での複製・転送・開示は固くお断りいたします。\n"),
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary mail with the standard Japanese confidentiality disclaimer only",
)

M(
    id="cosmeticclinic-095",
    subject="月次運営レポート（9月度）",
    sender=MIZUHARA[0],
    to=["南雲 <nagumo@claage-clinic.jp>"],
    body=(
        "南雲様\n\nお世話になっております。水原です。\n9月度の月次運営レポートをPDFでお送りします。\n"
        "ご確認のほどよろしくお願いいたします。\n" + S(MIZUHARA, 2)),
    attachments=[{"kind": "corrupt", "name": "monthly_report_202609.pdf"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="the PDF attachment is corrupt and cannot be inspected",
)

_cand = people(6, "mix", lo=1980, hi=2000)
_cur = ["総合病院 外科病棟", "クリニック（皮膚科）", "訪問看護", "大学病院 手術室", "美容外科（他院）",
        "ブランク2年（育児）"]
M(
    id="cosmeticclinic-096",
    subject="看護師 面接候補者のご案内（11/4・11/5）",
    sender=SHINOMIYA[0],
    to=["ルナリア美容外科 堀之内院長 <horinouchi@lunaria-biyou.com>"],
    body=(
        "堀之内先生\n\nお世話になっております。人事総務部の篠宮です。\n"
        "名古屋栄院の看護師採用につき、一次面接の候補者をご案内します。\n\n"
        + "\n".join(
            f"――候補者{i + 1}――\n氏名：{p['name']}（{p['kana']}）\n年齢：{p['age']}歳\n"
            f"現職：{_cur[i]}\n携帯：{p['phone']}\nメール：{p['email']}\n"
            f"面接：11/{4 + i // 3} {10 + (i % 3) * 2}:00"
            for i, p in enumerate(_cand))
        + "\n\n面接後の評価は採用管理システムにご入力ください。\n" + S(SHINOMIYA, 1)),
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="6 job candidates in per-person blocks (phone, e-mail) to an external clinic",
)

_p = people(10, "mix", lo=1965, hi=2003)
_hx = ["なし", "高血圧", "なし", "糖尿病（内服）", "なし", "B型肝炎キャリア", "喘息", "なし",
       "バセドウ病", "なし"]
_tx = ["二重埋没", "眼瞼下垂", "脂肪吸引", "糸リフト", "鼻尖形成", "ヒアルロン酸", "医療脱毛",
       "クマ取り", "ボトックス", "豊胸（脂肪注入）"]
M(
    id="cosmeticclinic-097",
    subject="合併症率分析用データ（サンプル10件）",
    sender=NOZAKI[0],
    to=["分析チーム <analytics@medivision-consulting.com>"],
    body=(
        "メディビジョン・コンサルティング\n分析チーム御中\n\n野崎です。\n"
        "合併症率分析のデータ形式確認用に、サンプル10件をお送りします。氏名は外してあります。\n"
        "形式に問題がなければ全件（約4,200件）を来週お送りします。\n\n" + S(NOZAKI)),
    attachments=[{"kind": "xlsx", "name": "sample_cases.xlsx",
                  "sheets": {"cases": [["施術症例データ（抽出：2026/10/12）"],
                                       ["カルテ番号", "生年月日", "性別", "郵便番号", "施術", "既往歴",
                                        "合併症"]] +
                                      [[f"K{rng.randint(100000, 999999)}", ymd(p["dob"]), p["sex"],
                                        p["zip"], _tx[i], _hx[i],
                                        rng.choice(["なし", "なし", "腫脹遷延", "感染", "左右差"])]
                                       for i, p in enumerate(_p)]}}],
    expect="stop",
    entities=["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX of 10 patients without names: chart no., DOB, postcode, procedure, medical history",
)

M(
    id="cosmeticclinic-098",
    subject="冬キャンペーン インフルエンサー起用案",
    sender=KASHIWAGI[0],
    to=["有村 瑠美 <legal@muse-casting.jp>"],
    body=(
        "有村様\n\n柏木です。冬キャンペーンの起用案についてご提案ありがとうございました。\n"
        "クリニック側と協議し、以下の方向でお願いしたいと考えています。\n\n"
        "・第1候補：@miku_skinlog（フォロワー9.8万／スキンケア系）\n"
        "・第2候補：@natsu_cosme_diary（フォロワー6.1万／コスメ系）\n"
        "・男性枠：@ren_mens_beauty（フォロワー4.3万）\n\n"
        "投稿数は各2本（施術レポ＋経過）、ストーリーズ3本で見積りをお願いいたします。\n"
        "ハッシュタグは #PR #スイメイスキンクリニック #肌育 を必須とします。\n" + S(KASHIWAGI, 2)),
    expect="pass",
    entities=[],
    detectors=[],
    note="campaign plan naming public social-media handles and follower counts only",
)

_pt = person(lo=1985, hi=1995)
M(
    id="cosmeticclinic-099",
    subject="資格取得届の作成依頼（新宿院 受付 1名）",
    sender=SHINOMIYA[0],
    to=["星野社会保険労務士事務所 <office@hoshino-sr.jp>"],
    body=(
        "星野社会保険労務士事務所 御中\n\nいつもお世話になっております。篠宮です。\n"
        "11/1入社の受付スタッフについて、健康保険・厚生年金の資格取得届の作成をお願いします。\n\n"
        f"　氏名　　　　：{_pt['name']}（{_pt['kana']}）\n"
        f"　生年月日　　：{wareki(_pt['dob'])}\n"
        f"　基礎年金番号：{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}\n"
        "　報酬月額　　：260,000円（通勤手当 12,400円含む）\n"
        "　被扶養者　　：なし\n\n"
        "雇用契約書の写しは共有フォルダに格納済みです。\n" + S(SHINOMIYA)),
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="an employee's basic pension number with name and DOB to a labour-law office",
)

M(
    id="cosmeticclinic-100",
    subject="年末年始の営業日程について",
    sender=MIZUHARA[0],
    to=["南雲 <nagumo@claage-clinic.jp>", "中條 <chujo@toto-rinsho.co.jp>",
        "受注センター <order@meditrade.co.jp>"],
    body=(
        "関係各位\n\nいつもお世話になっております。日の出メディカルサポートの水原です。\n"
        "弊社の年末年始の営業日程をお知らせいたします。\n\n"
        "　休業期間：12月29日（火）〜1月4日（月）\n"
        "　12月28日（月）は15時で受付を終了いたします。\n\n"
        "休業中の緊急のご連絡は、運営管理部の当番携帯までお願いいたします（従来どおり）。\n"
        + S(MIZUHARA, 1)),
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (clinic, lab, supplier) in To: notice should have been Bcc",
)
