"""Blind corpus: 日の出産業 エネルギー事業部 (電力・ガスの小売と設備保守).

Written from BRIEF.md only.  Every person, number and address below is invented.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

MESSAGES: list[dict] = []
M = MESSAGES.append

# ---------------------------------------------------------------------------------------
# invented people
# ---------------------------------------------------------------------------------------

SURNAMES = [
    ("佐久間", "サクマ", "Sakuma"), ("五十嵐", "イガラシ", "Igarashi"), ("東海林", "ショウジ", "Shoji"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("百目鬼", "ドウメキ", "Domeki"), ("四十物", "アイモノ", "Aimono"),
    ("御手洗", "ミタライ", "Mitarai"), ("九十九", "ツクモ", "Tsukumo"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("我妻", "ワガツマ", "Wagatsuma"), ("忽那", "クツナ", "Kutsuna"), ("左右田", "ソウダ", "Soda"),
    ("仁平", "ニヘイ", "Nihei"), ("栗花落", "ツユリ", "Tsuyuri"), ("月見里", "ヤマナシ", "Yamanashi"),
    ("一ノ瀬", "イチノセ", "Ichinose"), ("廿日出", "ハツカデ", "Hatsukade"), ("神野", "ジンノ", "Jinno"),
    ("鬼頭", "キトウ", "Kito"), ("木暮", "コグレ", "Kogure"), ("渡部", "ワタナベ", "Watanabe"),
    ("高橋", "タカハシ", "Takahashi"), ("鈴木", "スズキ", "Suzuki"), ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"),
    ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("森田", "モリタ", "Morita"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("三浦", "ミウラ", "Miura"),
    ("原田", "ハラダ", "Harada"), ("小野寺", "オノデラ", "Onodera"), ("菅原", "スガワラ", "Sugawara"),
    ("千葉", "チバ", "Chiba"), ("宇佐美", "ウサミ", "Usami"), ("鶴見", "ツルミ", "Tsurumi"),
    ("相馬", "ソウマ", "Soma"), ("浅倉", "アサクラ", "Asakura"), ("蓮沼", "ハスヌマ", "Hasunuma"),
    ("真壁", "マカベ", "Makabe"), ("的場", "マトバ", "Matoba"), ("柳瀬", "ヤナセ", "Yanase"),
    ("古閑", "コガ", "Koga"), ("眞鍋", "マナベ", "Manabe"), ("轟", "トドロキ", "Todoroki"),
    ("雲雀", "ヒバリ", "Hibari"), ("汐見", "シオミ", "Shiomi"), ("二階堂", "ニカイドウ", "Nikaido"),
    ("漆畑", "ウルシバタ", "Urushibata"), ("羽賀", "ハガ", "Haga"), ("椎名", "シイナ", "Shiina"),
]

GIVEN = [
    ("キヨ", "キヨ", "Kiyo", "f"), ("正雄", "マサオ", "Masao", "m"), ("和子", "カズコ", "Kazuko", "f"),
    ("茂", "シゲル", "Shigeru", "m"), ("トメ", "トメ", "Tome", "f"), ("幸子", "サチコ", "Sachiko", "f"),
    ("勝", "マサル", "Masaru", "m"), ("節子", "セツコ", "Setsuko", "f"), ("博", "ヒロシ", "Hiroshi", "m"),
    ("美智子", "ミチコ", "Michiko", "f"), ("健一", "ケンイチ", "Kenichi", "m"), ("由美", "ユミ", "Yumi", "f"),
    ("大輔", "ダイスケ", "Daisuke", "m"), ("彩", "アヤ", "Aya", "f"), ("翔太", "ショウタ", "Shota", "m"),
    ("陽菜", "ヒナ", "Hina", "f"), ("誠", "マコト", "Makoto", "m"), ("恵子", "ケイコ", "Keiko", "f"),
    ("隆", "タカシ", "Takashi", "m"), ("久美子", "クミコ", "Kumiko", "f"), ("清", "キヨシ", "Kiyoshi", "m"),
    ("文子", "フミコ", "Fumiko", "f"), ("昭", "アキラ", "Akira", "m"), ("弘子", "ヒロコ", "Hiroko", "f"),
    ("拓也", "タクヤ", "Takuya", "m"), ("真由美", "マユミ", "Mayumi", "f"), ("悠斗", "ユウト", "Yuto", "m"),
    ("千尋", "チヒロ", "Chihiro", "f"), ("一郎", "イチロウ", "Ichiro", "m"), ("良子", "ヨシコ", "Yoshiko", "f"),
    ("智", "サトシ", "Satoshi", "m"), ("奈緒", "ナオ", "Nao", "f"), ("武", "タケシ", "Takeshi", "m"),
    ("光子", "ミツコ", "Mitsuko", "f"), ("浩二", "コウジ", "Koji", "m"), ("里美", "サトミ", "Satomi", "f"),
    ("銀次", "ギンジ", "Ginji", "m"), ("ハル", "ハル", "Haru", "f"), ("忠男", "タダオ", "Tadao", "m"),
]

OLD_GIVEN = {"キヨ", "正雄", "和子", "茂", "トメ", "幸子", "勝", "節子", "博", "美智子", "清", "文子", "昭",
             "弘子", "一郎", "良子", "武", "光子", "銀次", "ハル", "忠男", "恵子", "隆"}

# (都道府県, 市区町村, 町名, 郵便番号, 市外局番)
PLACES = [
    ("埼玉県", "川口市", "芝中田", "333-0848", "048"), ("埼玉県", "川口市", "青木", "332-0031", "048"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330-0061", "048"),
    ("埼玉県", "さいたま市見沼区", "東大宮", "337-0051", "048"),
    ("埼玉県", "越谷市", "千間台西", "343-0041", "048"), ("埼玉県", "草加市", "谷塚町", "340-0028", "048"),
    ("埼玉県", "所沢市", "小手指町", "359-1141", "04"), ("埼玉県", "上尾市", "原市", "362-0021", "048"),
    ("東京都", "足立区", "江北", "123-0872", "03"), ("東京都", "練馬区", "大泉学園町", "178-0061", "03"),
    ("東京都", "板橋区", "成増", "175-0094", "03"), ("東京都", "北区", "赤羽台", "115-0053", "03"),
    ("千葉県", "船橋市", "前原西", "274-0825", "047"), ("千葉県", "松戸市", "常盤平", "270-2261", "047"),
    ("千葉県", "柏市", "豊四季", "277-0021", "04"), ("神奈川県", "横浜市港北区", "日吉本町", "223-0062", "045"),
    ("神奈川県", "川崎市中原区", "木月", "211-0025", "044"),
]

BUILDINGS = ["", "", "", "", "コーポ桜 102", "メゾン青葉 203号室", "グリーンハイツ 1F", "サンパレス東 405",
             "ハイム杉の木 B-12", "第二清風荘 7号", "リバーサイド芝 301"]

FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "outlook.jp",
            "softbank.ne.jp"]

DEVICES = ["在宅酸素濃縮装置", "人工呼吸器（NPPV）", "人工呼吸器（TPPV）", "電動式吸引器",
           "在宅腹膜透析装置（APD）", "輸液ポンプ", "電動エアマット（褥瘡予防）", "酸素濃縮装置＋吸引器"]
DISEASES = ["COPD（慢性閉塞性肺疾患）", "ALS（筋萎縮性側索硬化症）", "慢性腎不全", "間質性肺炎",
            "筋ジストロフィー", "脳梗塞後遺症", "肺がん術後", "重症心不全"]

_FW = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def zen(s: str) -> str:
    """ASCII digits and hyphens → full width (as many people type them)."""
    return s.translate(_FW)


def wareki(y: int, m: int, d: int, short: bool = False) -> str:
    if y >= 1989:
        era, n, ab = "平成", y - 1988, "H"
    elif y >= 1926:
        era, n, ab = "昭和", y - 1925, "S"
    else:
        era, n, ab = "大正", y - 1911, "T"
    if short:
        return f"{ab}{n}.{m}.{d}"
    return f"{era}{n}年{m}月{d}日"


def person(seed: int | str, old: bool = False) -> dict:
    r = random.Random(f"utilities-person-{seed}")
    s = r.choice(SURNAMES)
    g = r.choice([x for x in GIVEN if x[0] in OLD_GIVEN] if old else GIVEN)
    pl = r.choice(PLACES)
    chome, ban, go = r.randint(1, 5), r.randint(1, 32), r.randint(1, 28)
    bld = r.choice(BUILDINGS)
    y = r.randint(1929, 1950) if old else r.randint(1948, 1999)
    mo, d = r.randint(1, 12), r.randint(1, 28)
    ac = pl[4]
    if len(ac) == 2:
        land = f"{ac}-{r.randint(2000, 6999)}-{r.randint(1000, 9999)}"
    else:
        land = f"{ac}-{r.randint(200, 999)}-{r.randint(1000, 9999)}"
    mob = f"{r.choice(['090', '080', '070'])}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    user = r.choice([f"{g[2].lower()}.{s[2].lower()}", f"{s[2].lower()}{r.randint(1, 99)}",
                     f"{g[2][0].lower()}{s[2].lower()}{y % 100:02d}", f"{s[2].lower()}_{g[2].lower()}"])
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name_nosp": f"{s[0]}{g[0]}",
        "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2].upper()}",
        "sex": g[3], "pref": pl[0], "city": pl[1], "town": pl[2], "zip": pl[3],
        "banchi": f"{chome}-{ban}-{go}", "bld": bld,
        "addr": f"{pl[0]}{pl[1]}{pl[2]}{chome}-{ban}-{go}" + (f" {bld}" if bld else ""),
        "addr_short": f"{pl[1]}{pl[2]}{chome}-{ban}-{go}",
        "addr_jp": f"{pl[0]}{pl[1]}{pl[2]}{chome}丁目{ban}番{go}号" + (f" {bld}" if bld else ""),
        "y": y, "m": mo, "d": d, "dob": f"{y}/{mo:02d}/{d:02d}", "dob_wa": wareki(y, mo, d),
        "dob_s": wareki(y, mo, d, short=True), "age": 2025 - y,
        "land": land, "mob": mob, "tel": r.choice([land, mob]),
        "email": f"{user}@{r.choice(FREEMAIL)}",
        "cust": f"{r.randint(10, 49)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
        "spid": f"03-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-"
                f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
        "meter": f"{r.choice('ABCEHKMT')}{r.randint(10, 99)}-{r.randint(100000, 999999)}",
        "branch": f"{r.randint(101, 489)}", "acct": f"{r.randint(1000000, 9999999)}",
        "device": r.choice(DEVICES), "disease": r.choice(DISEASES),
        "arrears": r.randint(3, 48) * 1000 + r.randint(0, 999),
    }


def people(prefix: str, n: int, old: bool = False) -> list[dict]:
    return [person(f"{prefix}-{i}", old=old) for i in range(n)]


ASAHIGAOKA = [("中央", "330-0101"), ("本郷", "330-0103"), ("緑町", "330-0105"), ("東台", "330-0107"),
              ("桜坂", "330-0112"), ("旭丘北", "330-0115")]


KAWAGUCHI_N = [("芝中田", "333-0848"), ("青木", "332-0031"), ("朝日", "332-0001"), ("安行領家", "334-0062"),
               ("戸塚東", "333-0802")]


def localize(ps: list[dict], seed: str, city: str = "旭丘市", towns: list = ASAHIGAOKA) -> list[dict]:
    """Move invented people into one city (default the fictional 埼玉県旭丘市), for mails about one area."""
    r = random.Random(f"utilities-local-{seed}")
    for p in ps:
        town, zp = r.choice(towns)
        b = f"{r.randint(1, 4)}-{r.randint(1, 30)}-{r.randint(1, 25)}"
        p.update(pref="埼玉県", city=city, town=town, zip=zp, banchi=b,
                 addr=f"埼玉県{city}{town}{b}" + (f" {p['bld']}" if p["bld"] else ""),
                 addr_short=f"{city}{town}{b}",
                 addr_jp=f"埼玉県{city}{town}{b.replace('-', '丁目', 1).replace('-', '番', 1)}号")
        if p["land"].startswith(("03", "04-", "045", "044", "047")):
            p["land"] = f"048-9{r.randint(10, 99)}-{r.randint(1000, 9999)}"
            p["tel"] = p["mob"] if r.random() < 0.5 else p["land"]
    return ps


def w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in str(s))


def pad(s: str, width: int, fill: str = " ") -> str:
    s = str(s)
    if fill == "\u3000":
        gap = max(width - w(s), 0)
        return s + "\u3000" * (gap // 2) + " " * (gap % 2)
    return s + fill * max(width - w(s), 0)


def table(rows: list[list], gap: int = 2, fill: str = " ", rule: str = "-") -> str:
    widths = [max(w(r[i]) for r in rows) for i in range(len(rows[0]))]
    sp = fill * gap if fill == " " else "\u3000"
    out = [sp.join(pad(c, widths[i], fill) for i, c in enumerate(rows[0])).rstrip()]
    if rule:
        out.append(sp.join(rule * (widths[i] // w(rule)) for i in range(len(widths))))
    for r in rows[1:]:
        out.append(sp.join(pad(c, widths[i], fill) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


# ---------------------------------------------------------------------------------------
# the sender's side: signatures and disclaimers (never labelled)
# ---------------------------------------------------------------------------------------

OFFICE = "〒330-0846 埼玉県さいたま市大宮区大門町3-88 日の出産業ビル"


def sig(name: str, group: str, tel: str, mail: str, style: int = 0) -> str:
    if style == 0:
        return (f"\n--\n日の出産業株式会社\nエネルギー事業部 {group}\n{name}\n{OFFICE}\n"
                f"TEL: {tel}  FAX: 048-641-2299\nE-mail: {mail}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━\n 日の出産業株式会社 エネルギー事業部\n {group}　{name}\n"
                f" TEL {tel} / Mail {mail}\n━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n以上、よろしくお願いいたします。\n\n日の出産業（株）エネルギー事業部\n{group} {name}（内線{tel[-4:]}）\n"
    return (f"\n*************************************\n{name}\nHinode Sangyo Co., Ltd. Energy Division\n"
            f"{group}\nTel: +81-{tel[1:]}\n{mail}\n*************************************\n")


DISC_JA = ("\n――――――――――――――――――――――――――――\n本メールには機密情報が含まれている場合があります。"
           "誤って受信された場合は、お手数ですが送信者にご連絡のうえ、本メールを削除してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you have "
           "received it in error, please notify the sender and delete it.\n")

H = "hinode-sangyo.co.jp"
KURODA = f"黒田 智也 <t.kuroda@{H}>"           # 料金グループ
MIZUNO = f"水野 由香里 <y.mizuno@{H}>"          # お客さまセンター
HORIE = f"堀江 修 <o.horie@{H}>"                # 保守サービス課
SAGARA = f"相良 美穂 <m.sagara@{H}>"            # 契約管理グループ
NONOMURA = f"野々村 拓 <t.nonomura@{H}>"        # 代理店営業課
EGUCHI = f"江口 沙織 <s.eguchi@{H}>"            # 見守りサービス推進室
DAIMON = f"大門 健吾 <k.daimon@{H}>"            # 保安・防災グループ
KUSUMOTO = f"楠本 愛 <a.kusumoto@{H}>"          # 債権管理グループ
HAYASHIDA = f"Ryo Hayashida <r.hayashida@{H}>"  # スマートメーター推進
IMAIZUMI = f"今泉 直子 <n.imaizumi@{H}>"        # 業務委託管理

S_KURODA = sig("黒田 智也", "料金グループ", "048-641-2231", f"t.kuroda@{H}")
S_MIZUNO = sig("水野 由香里", "お客さまセンター", "048-641-2250", f"y.mizuno@{H}", 1)
S_HORIE = sig("堀江 修", "保守サービス課", "048-641-2274", f"o.horie@{H}")
S_SAGARA = sig("相良 美穂", "契約管理グループ", "048-641-2238", f"m.sagara@{H}", 2)
S_NONOMURA = sig("野々村 拓", "代理店営業課", "048-641-2215", f"t.nonomura@{H}", 1)
S_EGUCHI = sig("江口 沙織", "見守りサービス推進室", "048-641-2290", f"s.eguchi@{H}")
S_DAIMON = sig("大門 健吾", "保安・防災グループ", "048-641-2261", f"k.daimon@{H}")
S_KUSUMOTO = sig("楠本 愛", "債権管理グループ", "048-641-2243", f"a.kusumoto@{H}", 2)
S_HAYASHIDA = sig("Ryo Hayashida", "Smart Meter Program", "048-641-2280", f"r.hayashida@{H}", 3)
S_IMAIZUMI = sig("今泉 直子", "業務委託管理チーム", "048-641-2226", f"n.imaizumi@{H}", 1)


# =======================================================================================
# 001-025
# =======================================================================================

_p = localize(people("u001", 6, old=True), "u001")
M({
    "id": "utilities-001", "charset": "iso-2022-jp",
    "sender": DAIMON,
    "to": ["三ツ木 亮 <r.mitsugi@kanto-soden.co.jp>"],
    "cc": [f"保安・防災G <hoan@{H}>"],
    "subject": "【ご依頼】11/18 計画停電（旭丘市東部）に伴う要配慮需要家のご連絡",
    "body": "関東送配電株式会社\n旭丘ネットワークセンター 配電保守課\n三ツ木 様\n\n"
            "いつもお世話になっております。日の出産業 エネルギー事業部 保安・防災グループの大門です。\n\n"
            "11月18日（火）9:00～15:00 の配電線切替工事に伴う計画停電について、弊社供給先のうち\n"
            "停電時に医療機器の電源確保が必要なお客さまを下記のとおりご連絡いたします。\n"
            "事前の個別連絡と、当日の電源車手配のご検討をお願いいたします。\n\n"
            + table([["No", "氏名", "住所", "電話", "使用機器"]]
                    + [[str(i + 1), p["name"], p["addr_short"], p["tel"], p["device"]]
                       for i, p in enumerate(_p)])
            + "\n\n※予備バッテリーの有無は3件のみ確認済みです。残りは弊社から本日中に確認します。\n"
            + S_DAIMON,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "6 home-medical-device users (name, address, phone, device) in a padded table to the grid operator",
})

_p = people("u002", 8)
M({
    "id": "utilities-002", "charset": "cp932",
    "sender": KUSUMOTO,
    "to": ["錦印刷 受注センター <order@nishiki-insatsu.co.jp>"],
    "subject": "督促状（第2回）差込データ送付の件　12月発送分",
    "body": "錦印刷株式会社\n受注センター ご担当者様\n\nお世話になっております。日の出産業の楠本です。\n"
            "12月発送分の督促状（第2回・圧着はがき）の差込データをお送りします。\n"
            "件数は8件です。校正は前回と同じ流れでお願いいたします。\n\n"
            "発送希望日：12月5日（金）\n" + S_KUSUMOTO,
    "attachments": [{
        "kind": "csv", "name": "tokusoku_202512_2nd.csv", "encoding": "cp932",
        "rows": [["お客さま番号", "郵便番号", "住所1", "住所2", "氏名", "滞納月数", "請求額", "供給停止予定日"]]
                + [[p["cust"], p["zip"], f"{p['pref']}{p['city']}{p['town']}{p['banchi']}", p["bld"],
                    p["name"] + " 様", str(2 + i % 3), f"{p['arrears']:,}", "2026/01/09"]
                   for i, p in enumerate(_p)],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "CP932 CSV of 8 customers in arrears (name, postal address) sent to the printer",
})

M({
    "id": "utilities-003", "charset": "iso-2022-jp",
    "sender": NONOMURA,
    "to": ["紅葉商事 営業部 小松様 <komatsu@kouyou-shoji.co.jp>"],
    "subject": "近隣の受付窓口一覧（お客さまご案内用）",
    "body": "紅葉商事株式会社\n営業部 小松様\n\n"
            "お世話になっております。日の出産業 代理店営業課の野々村です。\n"
            "先日お問い合わせいただいた、お客さまをご案内できる近隣の受付窓口を下記にまとめました。\n"
            "店頭にも掲示いただいて構いません。\n\n"
            + table([["窓口名", "所在地", "電話", "受付時間"],
                     ["大宮お客さまセンター", "さいたま市大宮区大門町３－８８", "０４８－６４１－２２００", "平日９～１８時"],
                     ["川口営業所", "川口市本町２－１－５ 川口第一ビル２Ｆ", "０４８－２２２－４１１０", "平日９～１７時"],
                     ["越谷サービスステーション", "越谷市南越谷１－１６－３", "０４８－９８８－７０３１", "平日・土 ９～１７時"],
                     ["所沢営業所", "所沢市日吉町１２－８", "０４－２９２２－６６４０", "平日９～１７時"],
                     ["船橋ガスショップ", "船橋市本町４－３－１２", "０４７－４３１－８８５０", "１０～１９時（水曜定休）"],
                     ["北斗エネルギーサービス 上尾店", "上尾市宮本町２－７", "０４８－７７１－３３０２", "１０～１８時"]],
                    fill="\u3000", rule="")
            + "\n\n※ガス漏れ等の緊急時は２４時間受付（０１２０－４５１－０９９）へおかけください。\n"
            + S_NONOMURA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of offices and shops with switchboard numbers: businesses, not people",
})

_p = person("u004")
_cc = card_number(4001)
M({
    "id": "utilities-004", "charset": "utf-8",
    "sender": MIZUNO,
    "to": ["銀河ペイメント 加盟店サポート <merchant-support@ginga-payment.co.jp>"],
    "subject": "クレジット払い手動登録のお願い（Web登録エラー）",
    "body": "銀河ペイメント株式会社\n加盟店サポートご担当者様\n\n"
            "日の出産業お客さまセンターの水野です。\n"
            "お客さまよりお電話で、電気料金のクレジットカード払いへの変更をご依頼いただきましたが、\n"
            "Web登録画面でエラー（E-2041）となるため、手動での登録をお願いできますでしょうか。\n\n"
            f"　お客さま番号：{_p['cust']}\n"
            f"　契約者氏名　：{_p['name']}（{_p['kana']}）\n"
            f"　カード番号　：{_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}\n"
            "　有効期限　　：09/28\n"
            f"　カード名義　：{_p['ROMAJI']}\n"
            f"　ご連絡先　　：{_p['mob']}\n\n"
            "登録完了後、当方までご一報いただけますと幸いです。\n" + S_MIZUNO,
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a customer's full credit card number in the body to the payment processor",
})

_p = people("u005", 2)
M({
    "id": "utilities-005", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["川崎電機 工事課 沼田様 <numata@kawasaki-denki.co.jp>"],
    "subject": "Re: 12/3 定期点検の訪問先（2件）",
    "body": "沼田様\n\nお世話になっております。堀江です。\n12/3（水）の定期点検、訪問先は以下の2件でお願いします。\n\n"
            f"・10:00～ {_p[0]['name']} 様\n　{_p[0]['addr']}\n　TEL {_p[0]['tel']}（事前にお電話ください）\n"
            f"・14:00～ {_p[1]['name']} 様\n　{_p[1]['addr']}\n　TEL {_p[1]['tel']}\n　※駐車場なし。近隣のコインパーキングをご利用ください。\n\n"
            "作業報告書は当日中に共有フォルダへアップロードをお願いします。\n" + S_HORIE,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two customers' visit details to the contractor: below the list threshold, may warn",
})

M({
    "id": "utilities-006", "charset": "iso-2022-jp",
    "sender": NONOMURA,
    "to": ["北斗エネルギーサービス 岩佐様 <iwasa@hokuto-es.co.jp>",
           "みなとガス販売 営業部 <eigyo@minato-gas-hanbai.co.jp>",
           "紅葉商事 小松様 <komatsu@kouyou-shoji.co.jp>"],
    "subject": "【ご案内】2026年4月 料金メニュー改定 代理店説明会",
    "body": "代理店各位\n\nいつも大変お世話になっております。日の出産業 代理店営業課の野々村でございます。\n\n"
            "2026年4月の料金メニュー改定に先立ち、代理店さま向け説明会を下記のとおり開催いたします。\n\n"
            "　日時：2026年1月22日（木）14:00～16:00\n"
            "　会場：さくらホテル大宮 3階「桔梗の間」\n"
            "　内容：改定概要、切替手続き、販売手数料の変更点\n\n"
            "ご出席者のお名前を1月9日までにご返信ください。\n" + S_NONOMURA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three agency companies in To can see each other: should have been Bcc",
})

M({
    "id": "utilities-007", "charset": "utf-8",
    "sender": IMAIZUMI,
    "to": ["ツバサシステム 法務 森下様 <morishita@tsubasa-system.jp>"],
    "subject": "秘密保持契約書（案）へのコメント",
    "body": "ツバサシステム株式会社\n法務部 森下様\n\n"
            "お世話になっております。日の出産業の今泉です。\n"
            "コールセンター業務委託契約に付随する秘密保持契約書（案）について、当社法務からのコメントをお送りします。\n\n"
            "1. 第2条（機密情報の定義）\n"
            "　口頭で開示した情報も、開示後30日以内に書面で特定したものは機密情報に含める形にしたいと考えております。\n"
            "2. 第5条（返還・廃棄）\n"
            "　契約終了時の廃棄については、廃棄証明書の提出を義務とさせてください。\n"
            "3. 第9条（有効期間）\n"
            "　契約終了後も3年間は秘密保持義務が存続する旨を明記願います。\n\n"
            "修正版をWordの変更履歴付きでいただけましたら、来週中に社内決裁に回します。\n"
            + S_IMAIZUMI + DISC_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "discussion of an NDA's clauses plus the standard disclaimer: no marking, no personal data",
})

_p = person("u008")
M({
    "id": "utilities-008", "charset": "iso-2022-jp",
    "sender": MIZUNO,
    "to": ["ツバサシステム SV 大森様 <sv-omori@tsubasa-systern.jp>"],
    "subject": "エスカレーション：折返し対応のお願い",
    "body": "大森様\n\nお疲れさまです。日の出産業 お客さまセンターの水野です。\n"
            "本日午前に二次受付へ入ったお申し出について、明日午前中の折返しをお願いします。\n\n"
            f"　お客さま：{_p['name']} 様\n　電話：{_p['mob']}\n"
            "　内容：検針票の使用量が前年同月の約2倍。漏電を心配されている。\n\n"
            "保守サービス課の点検が必要な場合は、そのまま訪問日程の調整まで進めてください。\n" + S_MIZUNO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "tsubasa-systern.jp imitates the partner tsubasa-system.jp (rn for m)",
})

_a = localize(people("u009a", 6), "a", "川口市", KAWAGUCHI_N)
_b = localize(people("u009b", 5), "b", "川口市", KAWAGUCHI_N)


def _route(ps, start):
    notes = ["犬あり（門扉内）", "", "メーター裏手", "オートロック：管理人室経由", "", "不在多い・夕方可"]
    return [[start + i, p["spid"], p["addr_short"], p["bld"] or "戸建", ["屋外東面", "PS内", "裏口横"][i % 3],
             p["tel"], notes[i % len(notes)]] for i, p in enumerate(ps)]


M({
    "id": "utilities-009", "charset": "iso-2022-jp",
    "sender": IMAIZUMI,
    "to": ["東和検針サービス 業務課 <gyomu@towa-kenshin.co.jp>"],
    "subject": "12月 検針ルート表（川口北エリア）送付",
    "body": "東和検針サービス株式会社\n業務課 御中\n\n"
            "お世話になっております。日の出産業 業務委託管理チームの今泉です。\n"
            "12月分の検針ルート表をお送りします。ルートA・Bの2シートです。\n"
            "前月から順路を一部入れ替えていますのでご注意ください。\n" + S_IMAIZUMI,
    "attachments": [{
        "kind": "xlsx", "name": "検針ルート表_202512_川口北.xlsx",
        "sheets": {
            "ルートA": [["2025年12月 検針ルート表（川口北エリア・ルートA）"], [],
                       ["順路", "供給地点特定番号", "住所", "建物", "計器位置", "不在時連絡先", "注意事項"]]
                      + _route(_a, 1),
            "ルートB": [["2025年12月 検針ルート表（川口北エリア・ルートB）"], [],
                       ["順路", "供給地点特定番号", "住所", "建物", "計器位置", "不在時連絡先", "注意事項"]]
                      + _route(_b, 101),
        },
    }],
    "expect": "stop",
    "entities": ["JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX route list of 11 households (address, contact phone) with no name column",
})

_p = people("u010", 7, old=True)
M({
    "id": "utilities-010", "charset": "utf-8",
    "sender": DAIMON,
    "to": [f"お客さまセンター SV <cc-sv@{H}>", f"保守サービス課 <hoshu@{H}>"],
    "subject": "【社内】医療機器使用需要家リスト 11月更新分",
    "body": "関係各位\n\n保安・防災Gの大門です。11月更新分の医療機器使用需要家リストです。\n"
            "停電・供給停止の連絡時は必ずこのリストと照合してください（社外持ち出し禁止）。\n\n"
            "氏名\t生年月日\t住所\t電話\t機器\t疾患\n"
            + "\n".join(f"{p['name']}\t{p['dob_s']}\t{p['addr']}\t{p['tel']}\t{p['device']}\t{p['disease']}"
                        for p in _p)
            + "\n\n追加2件・削除1件（ご逝去）です。\n" + S_DAIMON,
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a sensitive list, but every recipient is internal",
})

_p = people("u011", 9)
M({
    "id": "utilities-011", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["丸光設備工業 工務部 <koumu@marumitsu-setsubi.co.jp>"],
    "subject": "ガスメーター取替工事 対象一覧（1月施工分）",
    "body": "丸光設備工業株式会社\n工務部 ご担当者様\n\n"
            "お世話になっております。日の出産業 保守サービス課の堀江です。\n"
            "1月施工分のガスメーター取替（検定満期）対象一覧をお送りします。\n"
            "ファイルにはパスワードを設定しております。パスワードは別途お送りします。\n" + S_HORIE,
    "attachments": [{
        "kind": "zip", "name": "工事対象一覧_202601.zip", "password": "Mr7#kq2Lx9",
        "files": [{"kind": "xlsx", "name": "工事対象一覧_202601.xlsx",
                   "sheets": {"対象": [["氏名", "住所", "電話", "計器番号"]]
                              + [[p["name"], p["addr"], p["tel"], p["meter"]] for p in _p]}}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP): the attachment cannot be inspected",
})

M({
    "id": "utilities-012", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["丸光設備工業 工務部 <koumu@marumitsu-setsubi.co.jp>"],
    "subject": "【パスワード】ガスメーター取替工事 対象一覧（1月施工分）",
    "body": "丸光設備工業株式会社\n工務部 ご担当者様\n\n"
            "先ほどお送りしたファイルのパスワードをお知らせします。\n\n"
            "　ファイル名：工事対象一覧_202601.zip\n　パスワード：Mr7#kq2Lx9\n\n"
            "なお、来年度からは共有ストレージでの受け渡しに切り替える予定です。\n" + S_HORIE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the separate password mail: no attachment, no personal data",
})

_p = people("u013", 7)
M({
    "id": "utilities-013", "charset": "cp932",
    "sender": SAGARA,
    "to": ["北斗エネルギーサービス 契約事務 <keiyaku@hokuto-es.co.jp>"],
    "subject": "引越しに伴う使用開始・停止の確認依頼（11/25受付分）",
    "body": "北斗エネルギーサービス\n契約事務ご担当者様\n\n"
            "いつもお世話になっております。日の出産業 契約管理グループの相良です。\n"
            "貴社経由でお申込みのあった引越し手続きのうち、旧住所側の停止日が未確定の7件です。\n"
            "お客さまにご確認のうえ、停止日をご返信ください（Excelに貼れるようタブ区切りにしています）。\n\n"
            "氏名\t旧住所\t新住所\t使用開始日\t連絡先\n"
            + "\n".join(f"{p['name']}\t{p['addr_short']}\t{q['addr_short']}\t12/{1 + i * 3}\t{p['mob']}"
                        for i, (p, q) in enumerate(zip(_p, people("u013new", 7))))
            + "\n" + S_SAGARA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated list of 7 movers (name, old and new address, mobile) to an agency",
})

_p = person("u014", old=True)
M({
    "id": "utilities-014", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["丸光設備工業 現場代理人 田井様 <tai@marumitsu-setsubi.co.jp>"],
    "subject": "分電盤交換工事（12/10）の段取りについて",
    "body": "田井様\n\nお世話になっております。堀江です。\n"
            f"12/10の分電盤交換工事（{_p['addr']}、{_p['name']}様宅）ですが、\n"
            "奥様のお話では、ご主人が慢性腎不全で夜間に自動腹膜透析の装置を使われているとのことです。\n"
            "停電を伴う作業は午前中（10時～12時）に終えるよう段取りをお願いします。\n"
            f"前日に奥様の携帯（{_p['mob']}）へ確認のお電話を入れてください。\n" + S_HORIE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one identifiable customer's illness (dialysis) stated in passing to a contractor",
})

_p = people("u015", 6)
M({
    "id": "utilities-015", "charset": "iso-2022-jp",
    "sender": IMAIZUMI,
    "to": ["東和検針サービス 岸本様 <kishimoto@towa-kenshin.co.jp>"],
    "subject": "Re: 再検針対象のご確認（6件）",
    "body": "岸本様\n\nご連絡ありがとうございます。\n6件とも再検針をお願いいたします。結果は通常どおり連携ファイルでいただければ結構です。\n\n"
            "今泉\n\n"
            "> 日の出産業 今泉様\n>\n> 東和検針サービスの岸本です。\n"
            "> 11月検針で指針値に疑義のあった以下6件、再検針してよろしいでしょうか。\n>\n"
            + "\n".join(f"> {i + 1}. {p['name']}様　{p['addr_short']}　{p['tel']}　計器 {p['meter']}"
                        for i, p in enumerate(_p))
            + "\n>\n> よろしくお願いいたします。\n",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the 6-person list is only in the '>' quote of the contractor's own mail",
})

_p = people("u016", 5)
M({
    "id": "utilities-016", "charset": "utf-8",
    "sender": HORIE,
    "to": ["丸光設備工業 緊急対応班 <kinkyu@marumitsu-setsubi.co.jp>"],
    "subject": "FW: 【至急】ガス臭気申告 5件（夜間受付分）",
    "body": "緊急対応班 各位\n\n夜間のコールセンター受付分を転送します。本日中に全件の点検をお願いします。\n堀江\n\n"
            "---------- 転送されたメッセージ ----------\n"
            "From: ツバサシステム 夜間受付 <yakan@tsubasa-system.jp>\n"
            "Date: 2025年11月27日(木) 6:12\n"
            "Subject: 【至急】ガス臭気申告 5件（夜間受付分）\n"
            f"To: <hoshu@{H}>\n\n"
            "日の出産業 保守サービス課 御中\n\n夜間受付分のガス臭気申告をご報告します。\n\n"
            + "\n".join(f"【{i + 1}】受付 {2:02d}:{10 + i * 7:02d}\n　申告者：{p['name']}\n　住所：{p['addr']}\n"
                        f"　電話：{p['tel']}\n　状況：{['台所付近でにおい', '屋外メーター付近', '給湯器まわり', '廊下で微かに', '風呂場'][i]}\n"
                        for i, p in enumerate(_p))
            + "\n以上です。\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a forward (new text to the contractor) carrying 5 callers' records in blocks",
})

M({
    "id": "utilities-017", "charset": "iso-2022-jp",
    "sender": NONOMURA,
    "to": ["北斗エネルギーサービス 岩佐様 <iwasa@hokuto-es.co.jp>"],
    "subject": "料金改定 影響試算の資料",
    "body": "岩佐様\n\nお世話になっております。野々村です。\n"
            "先日の打合せでお話しした、料金改定による代表的な使用パターン別の影響試算をお送りします。\n"
            "ご確認のほどよろしくお願いいたします。\n" + S_NONOMURA,
    "attachments": [{
        "kind": "pdf", "name": "料金改定_影響試算_v3.pdf", "page_header": "社外秘",
        "title": "2026年度 料金改定 影響試算",
        "lines": ["2026年度 料金メニュー改定 影響試算（代表モデル）", "",
                  "前提：燃料費調整額は2025年10月実績で固定、再エネ賦課金は据え置き"],
        "table": [["モデル", "月間使用量", "現行（円）", "改定後（円）", "差額"],
                  ["単身世帯", "180kWh", "6,214", "6,402", "+188"],
                  ["2人世帯", "300kWh", "9,870", "10,245", "+375"],
                  ["4人世帯", "450kWh", "14,320", "14,991", "+671"],
                  ["オール電化", "700kWh", "20,105", "21,380", "+1,275"]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the PDF carries a 社外秘 stamp in its page header; the mail itself does not",
})

M({
    "id": "utilities-018", "charset": "iso-2022-jp",
    "sender": NONOMURA,
    "to": ["北斗エネルギーサービス 岩佐様 <iwasa@hokuto-es.co.jp>"],
    "subject": "Re: 料金改定の根拠資料について",
    "body": "岩佐様\n\nお世話になっております。野々村です。\n"
            "ご要望いただいた原価の内訳ですが、社外秘の扱いとなっており資料としてお渡しすることができません。\n"
            "代わりに、1月の代理店説明会で口頭にてご説明させていただきます。\n"
            "公表済みの情報（燃料費調整単価の推移）はプレスリリースのURLをご参照ください。\n\n"
            "ご不便をおかけしますが、何卒ご理解のほどお願い申し上げます。\n" + S_NONOMURA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mentions that data is 社外秘 and is not being sent: a mention, not a marking",
})

_p = people("u019", 6, old=True)
_f = people("u019fam", 6)
M({
    "id": "utilities-019", "charset": "utf-8",
    "sender": EGUCHI,
    "to": ["みまもりリンク 運用センター <ops@mimamori-link.jp>"],
    "subject": "見守りサービス 新規契約者の登録依頼（12月開始分）",
    "body": "株式会社みまもりリンク\n運用センター ご担当者様\n\n"
            "いつもお世話になっております。日の出産業 見守りサービス推進室の江口です。\n"
            "12月1日開始分の新規契約者6名の登録をお願いいたします。\n"
            "登録票はWordの表でお送りします。緊急連絡先はご家族です。\n" + S_EGUCHI,
    "attachments": [{
        "kind": "docx", "name": "見守り登録票_12月開始.docx",
        "paragraphs": ["見守りサービス 新規登録票（2025年12月開始）", "日の出産業株式会社 見守りサービス推進室"],
        "tables": [[["氏名", "生年月日", "住所", "緊急連絡先", "続柄"]]
                   + [[p["name"], p["dob_wa"], p["addr"], f["mob"], ["長男", "長女", "次女", "甥", "長男の妻", "次男"][i]]
                      for i, (p, f) in enumerate(zip(_p, _f))]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of 6 elderly subscribers (name, 和暦 birth date, address, family phone)",
})


def corp_number(seed: int) -> str:
    """A 13-digit 法人番号 with a valid check digit (first digit)."""
    rng = random.Random(f"corp-{seed}")
    base = [rng.randrange(10) for _ in range(12)]
    base[0] = rng.randrange(1, 10)
    total = 0
    for n in range(1, 13):  # n-th digit from the right of the 12
        p = base[12 - n]
        total += p * (1 if n % 2 == 1 else 2)
    check = 9 - total % 9
    return str(check) + "".join(map(str, base))


_corps = [("北国フーズ株式会社 大宮工場", "さいたま市北区吉野町2-210-4", "048-665-3100"),
          ("株式会社東栄精機", "川口市領家5-8-22", "048-225-7410"),
          ("医療法人社団 桜和会 旭丘記念病院", "旭丘市中央1-3-1", "048-910-2200"),
          ("大宮中央冷蔵株式会社", "さいたま市見沼区大和田町1-1330", "048-686-5521"),
          ("学校法人 若葉学園", "上尾市原市4120", "048-721-0081"),
          ("株式会社ヤマセ包装", "越谷市流通団地3-2-9", "048-988-4412")]
M({
    "id": "utilities-020", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["川崎電機 保安管理部 市原様 <ichihara@kawasaki-denki.co.jp>"],
    "subject": "高圧受電設備 年次点検の日程（1～2月）",
    "body": "川崎電機株式会社\n保安管理部 市原様\n\nお世話になっております。日の出産業の堀江です。\n"
            "1～2月に実施する高圧需要家の年次点検（停電点検）の日程案です。\n"
            "各事業所の了承は取得済みです。\n\n"
            + table([["法人番号", "事業所", "所在地", "代表電話", "点検日"]]
                    + [[corp_number(20 + i), c[0], c[1], c[2], d]
                       for i, (c, d) in enumerate(zip(_corps, ["1/11(日)", "1/18(日)", "1/25(日)", "2/1(日)",
                                                              "2/8(日)", "2/15(日)"]))])
            + "\n\n旭丘記念病院は非常用発電機への切替確認に立ち会いが必要です。\n" + S_HORIE,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "business customers (companies, a hospital as an institution) with 法人番号: not people",
})

_p = people("u021", 6)
_rows = "".join(
    f"<tr><td>{p['cust']}</td><td>{p['kana']}</td><td>みどり銀行</td><td>{p['branch']}</td>"
    f"<td>普通</td><td>{p['acct']}</td><td>{p['kana']}</td></tr>\n" for p in _p)
M({
    "id": "utilities-021", "charset": "utf-8",
    "sender": KURODA,
    "to": ["みどり銀行 収納代行課 <shuno@midori-ginko.co.jp>"],
    "subject": "口座振替依頼書 不備分の再照会（6件）",
    "html": "<html><body style=\"font-family:'Meiryo'\">"
            "<p>みどり銀行 収納代行課 御中</p>"
            "<p>いつもお世話になっております。日の出産業 料金グループの黒田です。<br>"
            "先月ご返却いただいた口座振替依頼書のうち、下記6件について口座情報を再照会させてください。</p>"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
            "<tr style=\"background:#dde\"><th>お客さま番号</th><th>氏名（カナ）</th><th>金融機関</th>"
            "<th>店番</th><th>種目</th><th>口座番号</th><th>口座名義</th></tr>\n"
            + _rows + "</table>"
            "<p>お手数ですが12月10日までにご回答いただけますと幸いです。</p>"
            "<p>--<br>日の出産業株式会社 エネルギー事業部 料金グループ<br>黒田 智也<br>TEL 048-641-2231</p>"
            "</body></html>",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of 6 customers' bank accounts to the bank",
})

_p = person("u022")
M({
    "id": "utilities-022", "charset": "iso-2022-jp",
    "sender": KURODA,
    "to": ["みどり銀行 収納代行課 佐野様 <sano@midori-ginko.co.jp>"],
    "subject": "口座振替の開始日確認（1件）",
    "body": "佐野様\n\nお世話になっております。黒田です。\n"
            "下記のお客さまの口座振替は、1月分（1/26振替）から開始となりますでしょうか。\n\n"
            f"　口座名義：{_p['kana']}\n　支店番号：{_p['branch']}\n　普通預金　口座番号：{_p['acct']}\n\n"
            "ご確認をお願いいたします。\n" + S_KURODA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "one customer's bank account to the bank handling the direct debit: one person, may warn",
})

M({
    "id": "utilities-023", "charset": "utf-8",
    "sender": EGUCHI,
    "to": ["kazuhiro.hasunuma@gmail.com", "miho.h.0712@gmail.com", "hasunuma.takeru@gmail.com"],
    "subject": "【日の出の見守り】通知先ご家族の登録が完了しました",
    "body": "蓮沼 様ご家族の皆さま\n\n"
            "日の出産業 見守りサービス推進室の江口でございます。\n"
            "このたびは「日の出の見守り」をお申込みいただき、誠にありがとうございます。\n\n"
            "お母さまのご契約について、通知先として皆さま3名のメールアドレスの登録が完了しました。\n"
            "電気のご使用が長時間ない場合などに、このアドレスへ自動でお知らせが届きます。\n\n"
            "通知の停止・変更はマイページからいつでも行えます。\n" + S_EGUCHI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "three private persons in To see each other's addresses: should have been Bcc",
})

_p = person("u024")
M({
    "id": "utilities-024", "charset": "iso-2022-jp",
    "sender": SAGARA,
    "to": [f"{_p['name']} <{_p['email']}>"],
    "subject": "電気・ガスのご使用停止手続き完了のお知らせ",
    "body": f"{_p['name']} 様\n\n"
            "このたびは日の出産業の電気・ガスをご利用いただき、ありがとうございました。\n"
            "お引越しに伴うご使用停止の手続きが完了しましたのでお知らせいたします。\n\n"
            f"　お客さま番号：{_p['cust']}\n　停止日：2025年12月14日（日）\n"
            "　立会い：不要（ガスメーターの閉栓は屋外で行います）\n"
            "　最終のご請求：1月中旬にご登録のクレジットカードへご請求します\n\n"
            "新しいお住まいでのお申込みもお待ちしております。\n" + S_SAGARA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "confirmation to the customer's own free-mail address: one private recipient",
})

_d = {"北地区": localize(people("u025n", 4, old=True), "n"), "南地区": localize(people("u025s", 3, old=True), "s"),
      "東地区": localize(people("u025e", 3, old=True), "e")}
M({
    "id": "utilities-025", "charset": "utf-8",
    "sender": DAIMON,
    "to": ["旭丘市 危機管理課 <kikikanri@city.asahigaoka.lg.jp>"],
    "subject": "災害時避難行動要支援者名簿との突合用データ",
    "body": "旭丘市 危機管理課 御中\n\n"
            "日の出産業 保安・防災グループの大門です。\n"
            "協定に基づき、停電時に電源確保が必要な在宅医療機器使用者のデータをお送りします。\n"
            "地区ごとにシートを分けています。突合後の結果は様式2でご返送ください。\n" + S_DAIMON,
    "attachments": [{
        "kind": "xlsx", "name": "在宅医療機器使用者_旭丘市_2025Q4.xlsx",
        "sheets": {
            **{k: [[f"停電時要配慮需要家リスト（{k}）"], ["作成：2025/11/28"],
                   ["氏名", "カナ", "生年月日", "住所", "電話", "医療機器", "主病名"]]
                  + [[p["name"], p["kana"], p["dob"], p["addr"], p["tel"], p["device"], p["disease"]] for p in v]
               for k, v in _d.items()},
            "凡例": [["項目", "説明"], ["医療機器", "主治医意見書または申告に基づく"],
                   ["主病名", "申告に基づく（未確認を含む）"]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "multi-sheet XLSX of 10 medical-device users with diagnoses to the city office",
})


# =======================================================================================
# 026-050
# =======================================================================================

_p = person("u026")
_mn = my_number(2601)
M({
    "id": "utilities-026", "charset": "iso-2022-jp",
    "sender": IMAIZUMI,
    "to": ["森永税理士事務所 谷口様 <taniguchi@morinaga-tax.jp>"],
    "subject": "支払調書作成の件（個人検針員分の追加1名）",
    "body": "森永税理士事務所\n谷口様\n\nいつもお世話になっております。日の出産業の今泉です。\n"
            "報酬の支払調書について、個人で検針業務を委託している方が1名追加になりましたので情報をお送りします。\n\n"
            f"　氏名：{_p['name']}\n　住所：{_p['addr_jp']}\n"
            f"　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}\n"
            "　2025年支払額：1,284,600円（源泉徴収税額 131,125円）\n\n"
            "番号確認書類の写しは郵送いたします。\n" + S_IMAIZUMI,
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "an individual meter reader's My Number in the body to the tax accountant",
})

_p = person("u027")
M({
    "id": "utilities-027", "charset": "utf-8",
    "sender": SAGARA,
    "to": ["みなとガス販売 契約窓口 <madoguchi@minato-gas-hanbai.co.jp>"],
    "subject": "Re: 名義変更の本人確認について",
    "body": "みなとガス販売 契約窓口 ご担当者様\n\n"
            "日の出産業 契約管理グループの相良です。\n"
            "お問い合わせの名義変更（相続による）の件、当社側で確認した本人確認書類の内容は以下のとおりです。\n"
            "店頭でお客さまがいらした際の照合にお使いください。\n\n"
            f"新契約者：{_p['name']}（{_p['kana']}）\n"
            f"生年月日：{_p['dob_wa']}\n"
            f"確認書類：運転免許証　番号 第{random.Random(27).randint(10**11, 10**12 - 1)}号（有効期限 令和9年3月2日）\n\n"
            "旧契約者（故人）の死亡日は戸籍謄本で確認済みです。\n" + S_SAGARA,
    "expect": "stop",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "a driver's licence number of a customer sent to an agency",
})

M({
    "id": "utilities-028", "charset": "iso-2022-jp",
    "sender": NONOMURA,
    "to": ["みなとガス販売 営業部 <eigyo@minato-gas-hanbai.co.jp>"],
    "subject": "2026年4月適用 料金単価表（代理店配布用）",
    "body": "みなとガス販売株式会社\n営業部 御中\n\nお世話になっております。日の出産業の野々村です。\n"
            "4月適用の料金単価表（確定版）です。店頭掲示・チラシへの転記にご利用ください。\n\n"
            "■ひので電灯B（従量電灯）\n"
            "  基本料金      30A   935円25銭\n"
            "                40A 1,247円00銭\n"
            "  電力量料金  ～120kWh     30円12銭/kWh\n"
            "              120～300kWh  36円58銭/kWh\n"
            "              300kWh超     40円64銭/kWh\n\n"
            "■ひのでガス一般A\n"
            "  基本料金    0～20m3   759円\n"
            "  単位料金    0～20m3   178円40銭/m3\n\n"
            "■セット割：電気・ガス同時契約で電力量料金から毎月110円割引\n\n"
            "商品コード：HD-EL-B26 / HD-GS-A26\n" + S_NONOMURA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "price list with product codes to an agency: ordinary business",
})

_p = person("u029")
M({
    "id": "utilities-029", "charset": "iso-2022-jp",
    "sender": KURODA,
    "to": ["みどり銀行 収納代行課 佐野様 <sano@midori-ginko.com>"],
    "subject": "振替不能の理由照会（11月振替分）",
    "body": "佐野様\n\nお世話になっております。日の出産業 料金グループの黒田です。\n"
            "11月26日振替分で、下記のお客さまが「該当口座なし」で不能となっております。\n"
            "口座解約の有無をご確認いただけますでしょうか。\n\n"
            f"　口座名義：{_p['kana']}\n　店番：{_p['branch']}　普通　{_p['acct']}\n"
            f"　お客さま番号：{_p['cust']}\n\n" + S_KURODA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "midori-ginko.com is a TLD swap of the partner bank midori-ginko.co.jp",
})

M({
    "id": "utilities-030", "charset": "iso-2022-jp",
    "sender": IMAIZUMI,
    "to": ["東和検針サービス 岸本様 <kishimoto@towa-kenshin.co.jp>"],
    "subject": "Re: 11月検針結果ファイルの差し替え",
    "body": "岸本様\n\nお世話になっております。今泉です。\n"
            "ご指摘の件、当社側で指針値を補正したファイルをお戻しします。\n"
            "差し替えをお願いいたします。\n\n今泉\n",
    "attachments": [{"kind": "corrupt", "name": "検針結果_202511_補正版.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be inspected",
})

M({
    "id": "utilities-031", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["丸光設備工業 田井様 <tai@marumitsu-setsubi.co.jp>"],
    "cc": ["川崎電機 沼田様 <numata@kawasaki-denki.co.jp>"],
    "subject": "集合住宅（グランシエル与野）設備更新 三者打合せの日程",
    "body": "丸光設備工業 田井様\n川崎電機 沼田様\n\n"
            "お世話になっております。日の出産業の堀江です。\n"
            "グランシエル与野の受変電設備・ガス設備同時更新の件で、三者打合せの日程を調整させてください。\n\n"
            "　候補1：12/8（月）10:00～\n　候補2：12/9（火）15:00～\n　候補3：12/11（木）13:30～\n\n"
            "場所は弊社大宮本社 5階会議室を予定しています。\n"
            "管理組合（理事長）への説明資料のたたき台は川崎電機さんにお願いできればと考えております。\n"
            + S_HORIE,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "an ordinary three-way meeting mail: two external organisations only",
})

_p = people("u032", 8)
M({
    "id": "utilities-032", "charset": "utf-8",
    "sender": KUSUMOTO,
    "to": ["白川法律事務所 弁護士 白川様 <shirakawa@shirakawa-law.jp>"],
    "subject": "支払督促申立ての対象者（第3四半期分）",
    "body": "白川法律事務所\n白川 先生\n\nいつも大変お世話になっております。日の出産業 債権管理グループの楠本です。\n"
            "第3四半期の支払督促申立て対象者をお送りします。いずれも供給停止後6か月以上経過し、\n"
            "督促状・訪問にも応答のない方です。\n\n"
            + "\n".join(f"■{i + 1}\n{p['name']}（{p['kana']}）\n{p['zip']} {p['addr']}\n"
                        f"TEL：{p['tel']}\n未収額：{p['arrears'] * 3:,}円（{['2025年3～6月分', '2025年1～5月分', '2024年12月～2025年4月分', '2025年2～6月分'][i % 4]}）\n"
                        for i, p in enumerate(_p))
            + "\nご多忙のところ恐縮ですが、ご検討のほどよろしくお願いいたします。\n" + S_KUSUMOTO,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "8 debtors as one block each (name, address, phone, arrears) to the law firm",
})

_p = person("u033")
M({
    "id": "utilities-033", "charset": "iso-2022-jp",
    "sender": KUSUMOTO,
    "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "ご相談：分割払いの申し出について",
    "body": "白川先生\n\nお世話になっております。楠本です。\n"
            "1件ご相談させてください。\n\n"
            f"{_p['addr']} の {_p['name']} 様から、未収金 {_p['arrears'] * 4:,}円 について\n"
            "月5,000円の分割払いの申し出がありました。すでに時効の援用を示唆する発言もあり、\n"
            "分割合意書の文言をどのようにすべきかご助言いただけますでしょうか。\n\n"
            "来週どこかでお電話でご相談できれば幸いです。\n" + S_KUSUMOTO,
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one debtor's name and address in a consultation with the company's lawyer",
})

_p = people("u034", 10)
M({
    "id": "utilities-034", "charset": "utf-8",
    "sender": HAYASHIDA,
    "to": ["ツバサシステム アウトバウンド課 <outbound@tsubasa-system.jp>"],
    "subject": "スマートメーター通信不良 宅内確認の架電依頼",
    "body": "ツバサシステム株式会社\nアウトバウンド課 ご担当者様\n\n"
            "日の出産業 スマートメーター推進の林田です。\n"
            "通信不良が3日以上続いているお客さまへ、宅内ブレーカーの状態確認の架電をお願いします。\n"
            "対象リストはZIPにまとめています（CSV、UTF-8）。\n\n"
            "トークスクリプトは前回（10月）と同じものをご使用ください。\n" + S_HAYASHIDA,
    "attachments": [{
        "kind": "zip", "name": "架電リスト_20251201.zip",
        "files": [{"kind": "csv", "name": "outbound_list_20251201.csv", "encoding": "utf-8",
                   "rows": [["customer_no", "name", "name_kana", "tel", "meter_id", "last_comm"]]
                   + [[p["cust"], p["name"], p["kana"], p["tel"], p["meter"], f"2025-11-{20 + i % 8}"]
                      for i, p in enumerate(_p)]},
                  {"kind": "txt", "name": "readme.txt", "text": "架電期限：12/5\n結果は result 列に記入して返送\n"}],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "unencrypted ZIP holding a UTF-8 CSV of 10 customers (name, phone)",
})

M({
    "id": "utilities-035", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["有限会社 坂東住設 坂東様 <bando@bando-jusetsu.co.jp>"],
    "subject": "協力会社登録のご案内資料一式",
    "body": "有限会社坂東住設\n坂東様\n\n"
            "先日はお時間をいただきありがとうございました。日の出産業 保守サービス課の堀江です。\n"
            "協力会社としてのご登録にあたり、作業手順書と工事単価表をZIPでお送りします。\n"
            "ご不明点がございましたらお気軽にお問い合わせください。\n" + S_HORIE,
    "attachments": [{
        "kind": "zip", "name": "協力会社資料_日の出産業.zip",
        "files": [{"kind": "docx", "name": "ガスメーター取替作業手順書.docx",
                   "paragraphs": ["ガスメーター取替作業手順書（第4版）", "1. 事前連絡", "2. 閉栓・取外し",
                                  "3. 新メーター取付・漏えい検査", "4. 開栓・点火確認", "5. 報告書提出"]},
                  {"kind": "pdf", "name": "工事単価表_2025.pdf",
                   "lines": ["工事単価表（2025年度）"],
                   "table": [["作業", "単位", "単価（税抜）"], ["メーター取替（〜6号）", "1台", "4,800円"],
                             ["メーター取替（10号〜）", "1台", "7,200円"], ["漏えい検査", "1件", "2,500円"],
                             ["再訪問", "1回", "1,500円"]]}],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ZIP of a procedure manual and a price table: no personal data, no marking",
})

_p = people("u036", 6)
M({
    "id": "utilities-036", "charset": "utf-8",
    "sender": HAYASHIDA,
    "to": ["Daniel Kerr <d.kerr@gridlink-tech.com>"],
    "subject": "HEMS pilot - participant list for app onboarding",
    "body": "Hi Daniel,\n\nThanks for the call yesterday. As agreed, attached is the list of households that "
            "opted in to the HEMS pilot in Saitama. Please create their app accounts and send the "
            "invitation e-mails by Dec 10.\n\nThe addresses are in Japanese; the names are romanised as "
            "they registered them.\n\nBest regards,\n" + S_HAYASHIDA,
    "attachments": [{
        "kind": "csv", "name": "hems_pilot_participants.csv", "encoding": "utf-8",
        "rows": [["Name", "E-mail", "Phone", "Address", "Meter ID"]]
                + [[p["romaji"], p["email"], "+81-" + p["mob"][1:], p["addr"], p["meter"]] for p in _p],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "English mail with a CSV of 6 pilot households (romaji names, e-mail, phone, address)",
})

M({
    "id": "utilities-037", "charset": "utf-8",
    "sender": HAYASHIDA,
    "to": ["Daniel Kerr <d.kerr@gridlink-tech.com>"],
    "cc": [f"スマートメーター推進 <smartmeter@{H}>"],
    "subject": "Re: Firmware 4.2.1 rollout window",
    "body": "Hi Daniel,\n\nWe can accept the 4.2.1 rollout in two waves:\n\n"
            "  Wave 1: Dec 16-17, about 12,000 meters (Kawaguchi, Soka)\n"
            "  Wave 2: Jan 13-15, the remaining 41,000 meters\n\n"
            "Please avoid 07:00-09:00 and 17:00-20:00 JST, when reading traffic peaks. "
            "Our NOC contact during the window is the usual hotline.\n\n"
            "Regards,\nRyo\n" + S_HAYASHIDA + DISC_EN
            + "\n> Hi Ryo, could you confirm the rollout window for firmware 4.2.1?\n> Thanks, Daniel\n",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English business mail with the standard confidentiality disclaimer only",
})

M({
    "id": "utilities-038", "charset": "utf-8",
    "sender": HAYASHIDA,
    "to": ["Daniel Kerr <d.kerr@gridlink-tech.com>", "Priya Nair <p.nair@gridlink-tech.com>"],
    "subject": "[CONFIDENTIAL] Root cause summary - head-end outage Nov 21",
    "body": "CONFIDENTIAL - for GridLink engineering only\n\n"
            "Daniel, Priya,\n\nPlease find below our summary of the head-end outage on Nov 21.\n\n"
            "- 02:14 JST certificate on HES-02 expired; meters in cluster C failed TLS handshake\n"
            "- 02:40 automatic failover to HES-03 did not trigger (health check looked at port only)\n"
            "- 05:55 certificate renewed manually; backlog of 38,200 reads recovered by 09:30\n\n"
            "We would like your fix plan for the failover check before the Wave 1 rollout.\n\n"
            "Regards,\nRyo Hayashida\n" + S_HAYASHIDA,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail itself is classified CONFIDENTIAL (subject and banner) to an external vendor",
})

_p = person("u039", old=True)
M({
    "id": "utilities-039", "charset": "iso-2022-jp",
    "sender": EGUCHI,
    "to": ["みまもりリンク 運用センター 北条様 <hojo@mimamori-link.jp>"],
    "subject": "訪問確認の頻度について（1件）",
    "body": "北条様\n\nお世話になっております。江口です。\n"
            f"{_p['addr']} の {_p['name']} 様（見守りプラン契約者）について、ご長男から\n"
            "「最近物忘れが目立ち、ガスの消し忘れも心配なので、訪問確認を月2回に増やしたい」とのご相談がありました。\n"
            "プラン変更の手続きは当方で行いますので、訪問スケジュールの調整をお願いいたします。\n" + S_EGUCHI,
    "expect": "either",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "one elderly subscriber's forgetfulness reported by family: health-related but no diagnosis",
})

_p = person("u040")
M({
    "id": "utilities-040", "charset": "iso-2022-jp",
    "sender": SAGARA,
    "to": ["ツバサシステム バックオフィス <backoffice@tsubasa-system.jp>"],
    "subject": "名義変更 本人確認完了分の登録依頼",
    "body": "ツバサシステム バックオフィス ご担当者様\n\n"
            "日の出産業の相良です。電話受付分の名義変更について、本人確認が完了しましたので登録をお願いします。\n\n"
            f"お客さま番号　{_p['cust']}\n新名義　　　　{_p['name']}\n生年月日　　　{_p['dob']}\n"
            "確認書類　　　健康保険証（国民健康保険）\n"
            f"　　記号 {random.Random(40).randint(1000, 9999)}　番号 {random.Random(41).randint(100000, 999999)}\n\n"
            + S_SAGARA,
    "expect": "stop",
    "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "health insurance card 記号・番号 of a customer sent to the call-centre contractor",
})

_p = person("u041")
_cc = card_number(4101)
M({
    "id": "utilities-041", "charset": "utf-8",
    "sender": MIZUNO,
    "to": [f"料金グループ 黒田 <t.kuroda@{H}>"],
    "subject": "クレカ登録エラーの件（社内）",
    "body": "黒田さん\n\nお疲れさまです。水野です。\n電話でお客さまから伺ったカード情報です。決済側への手動登録をお願いできますか。\n"
            "登録が済んだらこのメールは削除します。\n\n"
            f"{_p['name']}様（{_p['cust']}）\nカード：{_cc}\n期限：11/27\n\n水野\n",
    "expect": "pass",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": [],
    "note": "a card number, but the only recipient is internal",
})

_p = people("u042", 5)
M({
    "id": "utilities-042", "charset": "utf-8",
    "sender": HORIE,
    "to": ["丸光設備工業 開閉栓班 <kaiheisen@marumitsu-setsubi.co.jp>"],
    "subject": "開栓立会い予定（１２／６　土曜分）",
    "body": "開閉栓班　ご担当者様\n\nお世話になっております。堀江です。\n"
            "１２／６（土）の開栓立会い予定をお送りします。\n\n"
            + table([["時間帯", "お名前", "ご住所", "ご連絡先"]]
                    + [[zen(t), p["name"], zen(p["addr_short"]), zen(p["mob"])]
                       for t, p in zip(["9-10時", "10-11時", "11-12時", "13-14時", "15-16時"], _p)],
                    fill="\u3000", rule="－")
            + "\n\n※２件目は新築のため、ガス栓の位置をお客さまと一緒にご確認ください。\n" + S_HORIE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "5 customers with full-width digits in a full-width-space table to the contractor",
})

_p = people("u043", 3)
M({
    "id": "utilities-043", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["丸光設備工業 開閉栓班 <kaiheisen@marumitsu-setsubi.co.jp>"],
    "subject": "追加：開栓立会い ３件（１２／７）",
    "body": "開閉栓班 様\n\n追加で３件お願いします。\n\n"
            + "\n".join(f"{zen(t)}　{p['name']}様　{zen(p['addr_short'])}　ＴＥＬ{zen(p['tel'])}"
                        for t, p in zip(["１０：００", "１３：３０", "１５：００"], _p))
            + "\n\n堀江\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three customers' appointments: under five people, may warn",
})

_p = people("u044", 6)
M({
    "id": "utilities-044", "charset": "iso-2022-jp",
    "sender": IMAIZUMI,
    "to": ["東和検針サービス 岸本様 <kishimoto@towa-kenshin.co.jp>"],
    "subject": "Re: 不在で検針できなかったお宅について",
    "body": "岸本様\n\nお世話になっております。今泉です。\n"
            "お問い合わせの件、当社で把握している連絡先を下記にまとめました。\n"
            "再訪問の前にお電話で在宅時間をご確認ください。\n\n"
            + "\n".join(f"・{p['name']}様／{p['addr_short']}／{p['tel']}" for p in _p)
            + "\n\n今泉\n\n"
            "差出人: 岸本 <kishimoto@towa-kenshin.co.jp>\n送信日時: 2025年11月26日 17:40\n"
            "宛先: 今泉 直子\n件名: 不在で検針できなかったお宅について\n\n"
            "今泉様\n\n11月検針でメーターボックスが施錠されており検針できなかったお宅が6件ありました。\n"
            "お客さまの連絡先を共有いただくことは可能でしょうか。\n\n岸本\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a reply whose new text (not the quote) lists 6 customers' contacts",
})

_p = people("u045", 7)
M({
    "id": "utilities-045", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["川崎電機 沼田様 <numata@kawasaki-denki.co.jp>"],
    "subject": "RE: 11月 漏電調査 完了報告",
    "body": "沼田様\n\nご報告ありがとうございます。7件とも内容を確認しました。\n"
            "請求書は月末締めでお送りください。\n\n堀江\n\n"
            "-----Original Message-----\n"
            "差出人: 沼田 <numata@kawasaki-denki.co.jp>\n送信日時: 2025年11月28日 16:05\n"
            f"宛先: 堀江 修 <o.horie@{H}>\n件名: 11月 漏電調査 完了報告\n\n"
            "堀江様\n\n11月分の漏電調査が完了しましたのでご報告します。\n\n"
            + "\n".join(f"{p['name']}様　{p['addr']}　{p['tel']}　{['異常なし', '洗濯機アース不良→是正', '屋外コンセント浸水→交換', '異常なし'][i % 4]}"
                        for i, p in enumerate(_p))
            + "\n\n川崎電機 沼田\n",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the 7-customer list is only in the quoted original from the recipient himself",
})

_p = localize(people("u046", 5, old=True), "u046", "上尾市",
              [("原市", "362-0021"), ("平塚", "362-0059"), ("小敷谷", "362-0063"), ("緑丘", "362-0017")])
M({
    "id": "utilities-046", "charset": "utf-8",
    "sender": EGUCHI,
    "to": ["北斗エネルギーサービス 岩佐様 <iwasa@hokuto-es.co.jp>"],
    "subject": "見守りサービス ご案内訪問のお願い（上尾地区）",
    "body": "岩佐様\n\nいつもありがとうございます。見守りサービス推進室の江口です。\n"
            "電話でご興味を示された上尾地区の方々です。貴社営業の方からご訪問のうえ、\n"
            "サービスのご説明をお願いできますでしょうか。\n\n"
            + "\n".join(f"・{p['name']}様（{p['dob_wa']}生）　{p['land']}\n　　{p['addr_short']}"
                        for p in _p)
            + "\n\nいずれも日中はご在宅とのことです。\n" + S_EGUCHI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "5 elderly prospects in ・ bullets with 和暦 birth dates and phones to an agency",
})

M({
    "id": "utilities-047", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["丸光設備工業 工務部 <koumu@marumitsu-setsubi.co.jp>"],
    "subject": "緊急出動時の対応要領（改訂版）",
    "body": "丸光設備工業 工務部 御中\n\nお世話になっております。堀江です。\n"
            "ガス漏れ通報時の緊急出動対応要領を改訂しましたのでお送りします。\n"
            "現場の皆さまへの周知をお願いいたします。\n" + S_HORIE,
    "attachments": [{
        "kind": "docx", "name": "緊急出動対応要領_v5.docx", "page_header": "取扱注意",
        "paragraphs": ["ガス漏れ通報時 緊急出動対応要領（第5版）", "1. 受付から30分以内に現着すること",
                       "2. 現着時は屋外から臭気確認、火気使用の中止を呼びかける",
                       "3. 必要に応じて元栓閉止、換気", "4. 保安センターへ状況報告（専用回線）"],
        "tables": [[["区分", "現着目標", "報告先"], ["A（屋内臭気強）", "30分", "保安センター＋消防"],
                    ["B（屋外臭気）", "60分", "保安センター"]]],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the DOCX carries a 取扱注意 classification in its page header",
})

M({
    "id": "utilities-048", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["有限会社 坂東住設 坂東様 <bando@bando-jusetsu.co.jp>"],
    "subject": "作業報告書の様式変更について",
    "body": "坂東様\n\nお世話になっております。堀江です。\n"
            "1月受付分から作業報告書の様式を変更します。新様式のWordファイルを添付しますので、\n"
            "以後はこちらでご提出をお願いします。\n\n変更点：写真欄を2枚→4枚、漏えい検査の数値欄を追加\n"
            + S_HORIE + DISC_JA,
    "attachments": [{
        "kind": "docx", "name": "作業報告書_様式2026.docx",
        "paragraphs": ["作業報告書", "作業日：　　年　　月　　日", "作業者：", "お客さま番号：", "作業内容："],
        "tables": [[["項目", "結果", "備考"], ["漏えい検査", "", ""], ["点火確認", "", ""], ["写真", "", ""]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a blank form and the standard disclaimer: nothing personal, no marking",
})

M({
    "id": "utilities-049", "charset": "utf-8",
    "sender": DAIMON,
    "to": ["関東送配電 三ツ木様 <r.mitsugi@kanto-soden.co.jp>",
           "丸光設備工業 田井様 <tai@marumitsu-setsubi.co.jp>"],
    "cc": ["川崎電機 沼田様 <numata@kawasaki-denki.co.jp>",
           "旭丘市 危機管理課 <kikikanri@city.asahigaoka.lg.jp>"],
    "subject": "12/14 旭丘駅前地区 停電作業の関係者連絡",
    "body": "関係者各位\n\n日の出産業 保安・防災グループの大門です。\n"
            "12/14（日）の旭丘駅前地区の停電作業について、関係者の連絡体制を共有します。\n\n"
            "　作業時間：8:30～13:00（予定）\n　停電範囲：旭丘市中央1～3丁目の一部（約420戸）\n"
            "　現地本部：旭丘市中央公民館 駐車場\n\n"
            "当日の連絡は各社の代表窓口経由でお願いします。\n" + S_DAIMON,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four external organisations in To/Cc see each other",
})

_p = people("u050", 2)
M({
    "id": "utilities-050", "charset": "iso-2022-jp",
    "sender": MIZUNO,
    "to": ["黒田 智也 <t.kuroda@hinode-sangyo.jp>"],
    "subject": "返金処理の2件",
    "body": "黒田さん\n\nお疲れさまです。水野です。\n二重引落しの返金、以下2件お願いします。\n\n"
            + "\n".join(f"{p['name']}様　{p['cust']}　{p['tel']}" for p in _p)
            + "\n\n水野\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for a colleague but addressed to hinode-sangyo.jp (co. dropped): look-alike",
})


# =======================================================================================
# 051-075
# =======================================================================================

_p = people("u051", 9)
M({
    "id": "utilities-051", "charset": "cp932",
    "sender": f"楠本 愛 <a.kusumoto@mail.{H}>",
    "to": [f"債権管理G <saiken@{H}>", f"大宮お客さまセンター 水野 <y.mizuno@mail.{H}>"],
    "subject": "供給停止予告 対象者（12/12停止予定）",
    "body": "各位\n\n12/12供給停止予定の対象者です。予告訪問の割り振りにお使いください。\n"
            "医療機器使用の有無は保安Gのリストと照合済み（該当なし）です。\n\n楠本\n",
    "attachments": [{
        "kind": "csv", "name": "停止予告_20251212.csv", "encoding": "cp932",
        "rows": [["お客さま番号", "氏名", "住所", "電話", "未収額"]]
                + [[p["cust"], p["name"], p["addr"], p["tel"], p["arrears"]] for p in _p],
    }],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "debtor list sent between internal addresses, including the mail. subdomain",
})

_p = people("u052", 9)
M({
    "id": "utilities-052", "charset": "iso-2022-jp",
    "sender": KURODA,
    "to": ["錦印刷 受注センター <order@nishiki-insatsu.co.jp>"],
    "subject": "検針票（お知らせ票）再発行分の印刷依頼",
    "body": "錦印刷 受注センター 御中\n\nお世話になっております。黒田です。\n"
            "宛名ラベル方式で再発行する検針票の対象を、PDFの一覧でお送りします。\n"
            "宛名は「ご使用者様」で印字してください（氏名は入れません）。\n" + S_KURODA,
    "attachments": [{
        "kind": "pdf", "name": "再発行対象_202511.pdf",
        "lines": ["検針票 再発行対象一覧（2025年11月検針分）", ""],
        "table": [["No", "計器番号", "送付先住所", "郵便番号", "電話（不達時）"]]
                 + [[str(i + 1), p["meter"], p["addr"], p["zip"], p["tel"]] for i, p in enumerate(_p)],
    }],
    "expect": "stop",
    "entities": ["JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table of 9 households' addresses and phones without any name column",
})

M({
    "id": "utilities-053", "charset": "iso-2022-jp",
    "sender": KURODA,
    "to": ["北国フーズ 経理部 大崎様 <osaki@kitaguni-foods.co.jp>"],
    "subject": "11月分 電気料金 請求明細（大宮工場）",
    "body": "北国フーズ株式会社\n経理部 大崎様\n\nいつもお世話になっております。日の出産業 料金グループの黒田です。\n"
            "11月分の電気料金請求明細をお送りします。\n"
            "PDFにはパスワードを設定しております（御社の法人番号の下4桁です）。\n" + S_KURODA,
    "attachments": [{
        "kind": "pdf", "name": "請求明細_202511_大宮工場.pdf", "password": "4418",
        "lines": ["電気料金請求明細書", "北国フーズ株式会社 大宮工場 御中", "ご請求額 4,812,335円"],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF cannot be inspected",
})

_tn = corp_number(99)
M({
    "id": "utilities-054", "charset": "iso-2022-jp",
    "sender": KURODA,
    "to": ["北国フーズ 経理部 大崎様 <osaki@kitaguni-foods.co.jp>"],
    "subject": "10月分 ガス料金 ご請求書の送付",
    "body": "大崎様\n\nお世話になっております。黒田です。\n10月分のガス料金のご請求書（適格請求書）をお送りします。\n"
            "お支払期日は11月30日です。\n" + S_KURODA,
    "attachments": [{
        "kind": "pdf", "name": "請求書_HNS-G-2510-0381.pdf",
        "lines": ["請求書", "北国フーズ株式会社 御中", "請求番号：HNS-G-2510-0381",
                  f"登録番号：T{_tn}", "日の出産業株式会社", "", "ご請求金額：1,207,480円（税込）",
                  "振込先：みどり銀行 大宮支店 当座 0123456 ヒノデサンギヨウ（カ", ""],
        "table": [["項目", "数量", "金額"], ["基本料金", "1", "52,800"], ["従量料金", "9,820m3", "1,045,000"],
                  ["消費税（10%）", "", "109,680"]],
    }],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "a business invoice with the company's T-number and its own bank account",
})

_p = people("u055", 10)
M({
    "id": "utilities-055", "charset": "utf-8",
    "sender": MIZUNO,
    "to": ["ツバサシステム 品質管理 <qa@tsubasa-system.jp>"],
    "subject": "11月 応対品質モニタリング 対象コールの送付",
    "body": "ツバサシステム 品質管理ご担当者様\n\n"
            "日の出産業 お客さまセンターの水野です。\n"
            "11月の応対品質モニタリングの対象コール（抽出10件）をExcelでお送りします。\n"
            "録音データは別途ストレージに格納済みです。評価シートは「評価」シートにご記入ください。\n" + S_MIZUNO,
    "attachments": [{
        "kind": "xlsx", "name": "モニタリング対象_202511.xlsx",
        "sheets": {
            "対象コール": [["受付日時", "オペレーターID", "お客さま番号", "氏名", "電話番号", "用件"]]
                         + [[f"2025/11/{3 + i * 2} {9 + i % 8}:{(i * 13) % 60:02d}", f"OP{2040 + i}", p["cust"],
                             p["name"], p["tel"],
                             ["引越し", "料金照会", "支払方法変更", "停電問合せ", "名義変更"][i % 5]]
                            for i, p in enumerate(_p)],
            "評価": [["受付日時", "挨拶", "本人確認", "説明", "クロージング", "コメント"]],
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX of 10 calls with customer names and phone numbers to the call-centre contractor",
})

M({
    "id": "utilities-056", "charset": "iso-2022-jp",
    "sender": MIZUNO,
    "to": ["ツバサシステム SV 大森様 <sv-omori@tsubasa-system.jp>"],
    "subject": "11月 KPI 実績の確認",
    "body": "大森様\n\nお疲れさまです。水野です。11月のKPI、当方集計と突合しました。\n\n"
            "　入電数　　　 　41,208件（前月比 +6.2%）\n"
            "　応答率　　　　 92.4%（目標 90%）\n"
            "　平均待ち時間　 48秒\n"
            "　一次解決率　　 81.7%\n"
            "　平均処理時間　 6分12秒\n\n"
            "12月は料金改定の問い合わせ増が見込まれるため、夕方帯の増員をご検討ください。\n" + S_MIZUNO,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate KPIs only",
})

_rc = "RK" + str(random.Random(57).randint(10**7, 10**8 - 1)) + "FG"
M({
    "id": "utilities-057", "charset": "utf-8",
    "sender": SAGARA,
    "to": ["紅葉商事 小松様 <komatsu@kouyou-shoji.co.jp>"],
    "subject": "外国籍のお客さまの新規契約 本人確認結果",
    "body": "小松様\n\nお世話になっております。日の出産業の相良です。\n"
            "貴社店頭でお申込みいただいた外国籍のお客さまの本人確認が完了しました。\n\n"
            "  Name: NGUYEN VAN THANH（グエン・ヴァン・タン）\n"
            f"  在留カード番号: {_rc}\n"
            "  在留期間（満了日）: 2027年8月14日\n"
            "  契約開始日: 12月10日\n\n"
            "ご本人は日本語の読み書きが難しいため、契約書の控えはベトナム語版もお渡しください。\n" + S_SAGARA,
    "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a residence card number of a named customer sent to an agency",
})

M({
    "id": "utilities-058", "charset": "utf-8",
    "sender": SAGARA,
    "to": ["みなとガス販売 契約窓口 <madoguchi@minato-gas-hanbai.co.jp>"],
    "subject": "Re: 短期滞在のお客さまの使用開始",
    "body": "ご担当者様\n\n相良です。\nご相談の件、旅券での本人確認で問題ございません。以下の内容で登録を進めます。\n\n"
            "氏名　　：Marta Kowalczyk\n"
            f"旅券番号：TR{random.Random(58).randint(1000000, 9999999)}（ポーランド）\n"
            "住所　　：東京都練馬区大泉学園町6-14-3 サンハイツ大泉 202\n"
            "使用開始：2025年12月3日\n\n"
            "保証金のご案内をお忘れなくお願いします。\n\n相良\n",
    "expect": "stop",
    "entities": ["JP_PASSPORT", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a passport number of a named customer sent to an agency",
})

_t = people("u059", 3)
M({
    "id": "utilities-059", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["北国フーズ 大宮工場 総務課 <soumu-omiya@kitaguni-foods.co.jp>"],
    "subject": "1/11 年次点検 入構者のご連絡",
    "body": "北国フーズ株式会社 大宮工場\n総務課 ご担当者様\n\n"
            "お世話になっております。日の出産業の堀江です。\n"
            "1月11日（日）の高圧受電設備 年次点検の入構者をご連絡します。\n\n"
            + "\n".join(f"　{i + 1}. {t['name']}（{c}）　携帯 {t['mob']}"
                        for i, (t, c) in enumerate(zip(_t, ["日の出産業", "川崎電機", "川崎電機"])))
            + "\n\n車両：ハイエース 1台（大宮 400 さ 12-34）\n" + S_HORIE,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three workers' names and mobiles for site entry: a short attendee list, may warn",
})

_t = people("u060", 5)
M({
    "id": "utilities-060", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["旭丘記念病院 施設課 <shisetsu@ohkai-asahigaoka.or.jp>"],
    "subject": "1/18 停電点検 作業員名簿（入館証発行用）",
    "body": "旭丘記念病院 施設課 御中\n\nお世話になっております。日の出産業の堀江です。\n"
            "1月18日の停電点検の作業員名簿です。入館証の発行をお願いいたします。\n\n"
            "所属　　　　　氏名　　　　　緊急連絡先（携帯）\n"
            "－－－－－－－－－－－－－－－－－－－－－－－－－\n"
            + "\n".join(f"{pad(c, 14)}{pad(t['name'], 14)}{t['mob']}"
                        for c, t in zip(["日の出産業", "日の出産業", "川崎電機", "川崎電機", "川崎電機"], _t))
            + "\n\n当日は8:00に通用口へ集合します。\n" + S_HORIE,
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "5 workers' names and mobiles for site passes: staff roster, arguably business contacts",
})

_p = people("u061", 8)
M({
    "id": "utilities-061", "charset": "cp932",
    "sender": KURODA,
    "to": ["青葉運輸 法人営業 竹内様 <takeuchi@aoba-unyu.co.jp>"],
    "subject": "Web明細切替キャンペーン 当選品の発送先",
    "body": "青葉運輸株式会社\n法人営業 竹内様\n\nお世話になっております。日の出産業の黒田です。\n"
            "Web明細切替キャンペーンの当選品（お米5kg）の発送先です。\n"
            "伝票発行用にカンマ区切りで貼り付けます。\n\n"
            "氏名,郵便番号,住所,電話\n"
            + "\n".join(f"{p['name']},{p['zip']},{p['addr']},{p['tel']}" for p in _p)
            + "\n\n配達日時の指定はありません。\n" + S_KURODA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "comma-separated shipping list of 8 private winners in the body to the carrier",
})

M({
    "id": "utilities-062", "charset": "iso-2022-jp",
    "sender": NONOMURA,
    "to": ["青葉運輸 法人営業 竹内様 <takeuchi@aoba-unyu.co.jp>"],
    "subject": "販促物の配送先（営業所一覧）",
    "body": "竹内様\n\nお世話になっております。野々村です。\n"
            "来月の販促物（パンフレット・のぼり）の配送先となる営業所の一覧です。\n\n"
            "拠点,郵便番号,住所,TEL,FAX,受取担当\n"
            "大宮本社,330-0846,埼玉県さいたま市大宮区大門町3-88,048-641-2200,048-641-2299,総務課\n"
            "川口営業所,332-0012,埼玉県川口市本町2-1-5,048-222-4110,048-222-4119,営業課\n"
            "越谷SS,343-0845,埼玉県越谷市南越谷1-16-3,048-988-7031,048-988-7039,窓口\n"
            "所沢営業所,359-1123,埼玉県所沢市日吉町12-8,04-2922-6640,04-2922-6649,営業課\n"
            "船橋ガスショップ,273-0005,千葉県船橋市本町4-3-12,047-431-8850,047-431-8859,店長\n"
            "柏営業所,277-0005,千葉県柏市柏1-7-20,04-7164-3301,04-7164-3309,営業課\n\n"
            "平日9時～17時の受取でお願いします。\n" + S_NONOMURA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "comma-separated list of the company's own offices: businesses, not people",
})

_p = localize(people("u063", 5, old=True), "u063")
M({
    "id": "utilities-063", "charset": "utf-8",
    "sender": DAIMON,
    "to": ["丸光設備工業 田井様 <tai@marumitsu-setsubi.co.jp>"],
    "subject": "Fwd: 停電作業時にご配慮いただきたい利用者さま",
    "body": "田井様\n\n訪問看護ステーションから下記の連絡がありました。12/14の作業前に各戸へ\n"
            "ポータブル電源の貸出しをお願いします。\n\n大門\n\n"
            "-------- Forwarded Message --------\n"
            "件名: 停電作業時にご配慮いただきたい利用者さま\n"
            "日付: Thu, 27 Nov 2025 11:02:45 +0900\n"
            "差出人: あさがお訪問看護ステーション 所長 <shocho@asagao-houmonkango.or.jp>\n"
            f"宛先: k.daimon@{H}\n\n"
            "日の出産業 大門様\n\n当ステーションの利用者さまで、停電の影響が大きい方をお知らせします。\n\n"
            + "\n".join(f"◆ {p['name']} 様（{p['age']}歳）\n   {p['addr']}\n   {p['tel']}\n"
                        f"   {p['disease']}／{p['device']}使用\n" for p in _p)
            + "\nどうぞよろしくお願いいたします。\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "forwarded nursing-station list of 5 patients with diagnoses and devices to a contractor",
})

M({
    "id": "utilities-064", "charset": "iso-2022-jp",
    "sender": DAIMON,
    "to": ["旭丘中央町会 会長 長尾様 <nagao.chuocho@yahoo.co.jp>"],
    "subject": "12/14 停電作業のお知らせ（回覧のお願い）",
    "body": "旭丘中央町会\n会長 長尾様\n\n"
            "いつもお世話になっております。日の出産業 保安・防災グループの大門です。\n"
            "12月14日（日）に予定している停電作業について、町会の回覧板でのご周知をお願いできればと存じます。\n"
            "回覧用のお知らせ文を以下に記載します。\n\n"
            "――――――――――――\n"
            "【停電作業のお知らせ】\n"
            "日時：12月14日（日）8:30～13:00\n"
            "範囲：中央1丁目～3丁目の一部\n"
            "電気設備の更新工事のため、上記の時間帯に停電いたします。\n"
            "お問い合わせ：日の出産業 お客さまセンター 0120-451-077\n"
            "――――――――――――\n\n"
            "ご不明点がございましたらお気軽にご連絡ください。\n" + S_DAIMON,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a public notice to one neighbourhood chairman on free mail",
})

_p = person("u065")
M({
    "id": "utilities-065", "charset": "iso-2022-jp",
    "sender": SAGARA,
    "to": ["北斗エネルギーサービス 契約事務 <keiyaku@hokuto-es.co.jp>"],
    "subject": "【重要】新住所の取扱いについて（1件）",
    "body": "北斗エネルギーサービス 契約事務 ご担当者様\n\n"
            "日の出産業 契約管理グループの相良です。\n"
            f"先日お申込みのあった {_p['name']} 様（お客さま番号 {_p['cust']}）について、\n"
            "ご本人がDV被害により避難中で、警察にも相談済みとのことです。\n"
            f"新住所（{_p['addr']}）は、ご家族を名乗る方からの問い合わせを含め、\n"
            "一切お答えにならないよう徹底をお願いいたします。\n\n"
            "当社システムでも住所照会ロックを設定済みです。\n" + S_SAGARA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named customer is a domestic-violence victim (crime victim) with her new address",
})

M({
    "id": "utilities-066", "charset": "iso-2022-jp",
    "sender": IMAIZUMI,
    "to": ["株式会社 北辰メーターサービス 総務部 <soumu@hokushin-meter.co.jp>"],
    "subject": "業務委託開始に向けた秘密保持契約の締結について",
    "body": "株式会社北辰メーターサービス\n総務部 ご担当者様\n\n"
            "はじめてご連絡いたします。日の出産業 業務委託管理チームの今泉と申します。\n"
            "来年4月からの検針業務委託に先立ち、秘密保持契約（NDA）を締結させていただきたく存じます。\n\n"
            "契約書は当社ひな形を使用し、機密情報の範囲には検針データ・お客さま情報・設備情報を含めます。\n"
            "また、個人情報の取扱いについては別途「個人情報取扱特記事項」で定めます。\n\n"
            "電子契約（クラウドサイン）での締結を予定しております。ご担当者さまのお名前と\n"
            "メールアドレスをお知らせいただけますでしょうか。\n" + S_IMAIZUMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "arranging an NDA: the words 機密情報 and 秘密保持 are not a marking",
})

_p = person("u067")
_bp = f"{random.Random(67).randint(1000, 9999)}-{random.Random(68).randint(100000, 999999)}"
M({
    "id": "utilities-067", "charset": "utf-8",
    "sender": f"人事グループ 宮下 <h.miyashita@{H}>",
    "to": ["朝日エナジーサービス 総務部 <soumu@asahi-energy-service.co.jp>"],
    "subject": "出向者の社会保険手続きについて（1月1日付）",
    "body": "朝日エナジーサービス株式会社\n総務部 ご担当者様\n\n"
            "お世話になっております。日の出産業 人事グループの宮下です。\n"
            "1月1日付で貴社へ出向するエネルギー事業部社員1名について、社会保険の資格取得手続きに\n"
            "必要な情報をお送りします。\n\n"
            f"氏名：{_p['name']}（{_p['kana']}）\n生年月日：{_p['dob_wa']}\n基礎年金番号：{_bp}\n"
            "標準報酬月額：41万円\n\n"
            "扶養家族の情報は別途お送りします。\n\n"
            "日の出産業株式会社 人事グループ\n宮下 春香（内線 1108）\n",
    "expect": "stop",
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "an employee's basic pension number sent to an affiliate outside the domain",
})

_ag = [("北斗エネルギーサービス", 412, 388, "3.0%"), ("みなとガス販売", 276, 301, "3.0%"),
       ("紅葉商事", 158, 140, "2.5%"), ("有限会社 松葉燃料店", 64, 71, "2.5%"),
       ("上尾ガスセンター", 92, 85, "2.5%")]
M({
    "id": "utilities-068", "charset": "iso-2022-jp",
    "sender": NONOMURA,
    "to": ["北斗エネルギーサービス 岩佐様 <iwasa@hokuto-es.co.jp>"],
    "subject": "上期 代理店実績のまとめ",
    "body": "岩佐様\n\nお世話になっております。野々村です。\n"
            "上期の実績をまとめましたのでご確認ください。\n" + S_NONOMURA,
    "attachments": [{
        "kind": "xlsx", "name": "代理店実績_2025上期.xlsx", "page_footer": "社外秘　日の出産業株式会社",
        "sheets": {"実績": [["2025年度上期 代理店別 獲得実績"], [],
                           ["代理店", "電気 獲得件数", "ガス 獲得件数", "手数料率"]]
                          + [list(a) for a in _ag],
                   "前年比": [["代理店", "前年比（電気）", "前年比（ガス）"]]
                            + [[a[0], "108%", "96%"] for a in _ag]},
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the XLSX footer carries 社外秘; the commission table of all agencies goes to one agency",
})

M({
    "id": "utilities-069", "charset": "iso-2022-jp",
    "sender": NONOMURA,
    "to": ["みなとガス販売 営業部 <eigyo@minato-gas-hanbai.co.jp>"],
    "subject": "冬のセット割キャンペーン 貴社実績",
    "body": "みなとガス販売 営業部 御中\n\nお世話になっております。野々村です。\n"
            "冬のセット割キャンペーンの貴社分の実績をお送りします。\n" + S_NONOMURA,
    "attachments": [{
        "kind": "xlsx", "name": "セット割実績_みなとガス販売.xlsx",
        "sheets": {"週次": [["週", "申込件数", "うち電気新規", "うちガス新規", "キャンセル"],
                           ["11/3週", 21, 14, 7, 1], ["11/10週", 26, 15, 11, 0],
                           ["11/17週", 33, 20, 13, 2], ["11/24週", 29, 18, 11, 1]],
                   "店舗別": [["店舗", "件数"], ["本店", 61], ["与野店", 28], ["浦和店", 20]]},
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate figures for the agency itself, no marking",
})

_p = people("u070", 6, old=True)
_rows = [(p, f"12/{1 + i}", ["ご本人と通話、異常なし", "長女様へ連絡、訪問済み", "不通→警備員派遣", "ご本人と通話、入院中と判明",
                             "近隣の方が確認", "ご本人と通話、異常なし"][i]) for i, p in enumerate(_p)]
M({
    "id": "utilities-070", "charset": "utf-8",
    "sender": EGUCHI,
    "to": ["みまもりリンク 運用センター 北条様 <hojo@mimamori-link.jp>"],
    "subject": "11月 見守りアラート対応結果の突合",
    "body": "北条様\n\nお世話になっております。江口です。\n"
            "11月末～12月初のアラート対応結果です。貴社ログとの突合をお願いします。\n\n"
            + "\n".join(f"{p['name']} {d} {r} {p['tel']}" for p, d, r in _rows) + "\n\n江口\n",
    "html": "<html><body><p>北条様</p><p>お世話になっております。江口です。<br>"
            "11月末～12月初のアラート対応結果です。貴社ログとの突合をお願いします。</p>"
            "<table border='1'><tr><th>契約者</th><th>アラート日</th><th>対応結果</th><th>連絡先</th></tr>"
            + "".join(f"<tr><td>{p['name']}</td><td>{d}</td><td>{r}</td><td>{p['tel']}</td></tr>"
                      for p, d, r in _rows)
            + "</table><p>江口</p></body></html>",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "text+HTML table of 6 watched-over subscribers with phones; one row notes a hospitalisation",
})

M({
    "id": "utilities-071", "charset": "utf-8",
    "sender": f"法人営業グループ 宇野 <k.uno@{H}>",
    "to": ["北国フーズ 総務部 大崎様 <osaki@kitaguni-foods.co.jp>"],
    "subject": "無料省エネ診断のご案内",
    "html": "<html><body style='font-family:sans-serif'>"
            "<p>北国フーズ株式会社<br>総務部 大崎様</p>"
            "<p>いつもお世話になっております。日の出産業 法人営業グループの宇野です。</p>"
            "<p>高圧でご契約の法人さま向けに、<b>無料の省エネ診断</b>を実施しております。</p>"
            "<table border='1' cellpadding='6'>"
            "<tr><th>診断メニュー</th><th>所要時間</th><th>費用</th></tr>"
            "<tr><td>デマンド分析（30分値）</td><td>書面</td><td>無料</td></tr>"
            "<tr><td>空調・照明の現地調査</td><td>半日</td><td>無料</td></tr>"
            "<tr><td>冷凍設備の運用改善提案</td><td>1日</td><td>無料（2026年3月まで）</td></tr>"
            "</table>"
            "<p>ご希望の場合は本メールにご返信ください。</p>"
            "<p>日の出産業株式会社 エネルギー事業部 法人営業グループ<br>宇野 康平<br>TEL 048-641-2208</p>"
            "</body></html>",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML-only sales mail with a service table to one business customer",
})

M({
    "id": "utilities-072", "charset": "iso-2022-jp",
    "sender": NONOMURA,
    "to": ["北斗エネルギーサービス 岩佐様 <iwasa@hokuto-es.co.jp>"],
    "subject": "【極秘】4月改定の事前共有（公表前）",
    "body": "岩佐様\n\n【極秘】公表前情報につき取扱いにご注意ください。\n\n"
            "お世話になっております。野々村です。\n"
            "2月10日のプレスリリースに先立ち、主要代理店さまにのみ改定幅を事前共有いたします。\n\n"
            "　従量電灯：平均 +3.8%\n　ガス一般：平均 +2.1%\n　セット割：110円→165円に拡充\n\n"
            "公表日まで社内でも限られた方のみでのご共有をお願いいたします。\n" + S_NONOMURA,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail is classified 【極秘】 in subject and banner and goes to an agency",
})

_p = person("u073")
M({
    "id": "utilities-073", "charset": "iso-2022-jp",
    "sender": MIZUNO,
    "to": [f"{_p['name']} <{_p['email']}>"],
    "subject": "Re: 個人情報の取扱いについてのお問い合わせ",
    "body": f"{_p['name']} 様\n\n"
            "日の出産業 お客さまセンターの水野でございます。お問い合わせありがとうございます。\n\n"
            "お客さまの情報は、当社のプライバシーポリシーに基づき機密として厳重に管理しております。\n"
            "検針・点検を委託している協力会社とは秘密保持契約を締結しており、業務に必要な範囲でのみ\n"
            "情報を提供しております。第三者への販売等は一切行っておりません。\n\n"
            "開示・利用停止のご請求は、マイページの「各種お手続き」から承ります。\n" + S_MIZUNO,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "privacy explanation to one customer; 機密 and 秘密保持 appear only as words",
})

M({
    "id": "utilities-074", "charset": "iso-2022-jp",
    "sender": HAYASHIDA,
    "to": ["青葉運輸 法人営業 竹内様 <takeuchi@aoba-unyu.com>"],
    "subject": "スマートメーター配送の件（12月第2週）",
    "body": "竹内様\n\nお世話になっております。日の出産業 スマートメーター推進の林田です。\n"
            "12月第2週の配送をお願いします。\n\n"
            "　12/8（月）　川口倉庫 → 丸光設備工業 資材置場　　単相メーター 240台\n"
            "　12/9（火）　川口倉庫 → 川崎電機 浦和事業所　　　 三相メーター 60台\n"
            "　12/11（木）　川口倉庫 → 坂東住設 倉庫　　　　　　 単相メーター 120台\n\n"
            "パレット数は前回同様でお願いします。\n" + S_HAYASHIDA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.com instead of the partner aoba-unyu.co.jp (TLD swap)",
})

M({
    "id": "utilities-075", "charset": "iso-2022-jp",
    "sender": HAYASHIDA,
    "to": ["青葉運輸 法人営業 竹内様 <takeuchi@aoba-unyu.co.jp>"],
    "subject": "Re: スマートメーター配送 送り状番号",
    "body": "竹内様\n\n送り状番号のご連絡ありがとうございます。到着を確認しました。\n\n"
            "　12/8分　送り状 4821-7730-5516（240台）受領済\n"
            "　12/9分　送り状 4821-7730-5524（60台）受領済\n"
            "　12/11分 送り状 4821-7730-5532（120台）本日着予定\n\n"
            "1月分の予定は来週お送りします。\n\n林田\n",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tracking numbers to the real partner domain",
})


# =======================================================================================
# 076-100
# =======================================================================================

_p = people("u076", 6)
M({
    "id": "utilities-076", "charset": "iso-2022-jp",
    "sender": MIZUNO,
    "to": ["ツバサシステム SV 大森様 <sv-omori@tsubasa-system.jp>"],
    "subject": "折返し依頼（Web問合せ・夜間分）",
    "body": "大森様\n\n水野です。夜間にWebフォームから入った折返し希望です。本日中の対応をお願いします。\n\n"
            "受付番号　　　お客さま番号　　　電話番号　　　　希望時間帯\n"
            "------------------------------------------------------------\n"
            + "\n".join(f"W{251128001 + i}   {p['cust']}    {p['tel']:<15} {['午前', '12-13時', '17時以降', '午後', '午前', '終日可'][i]}"
                        for i, p in enumerate(_p))
            + "\n\n水野\n",
    "expect": "stop",
    "entities": ["PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "6 customers' phone numbers with customer numbers, no name column",
})

_p = people("u077", 4)
M({
    "id": "utilities-077", "charset": "iso-2022-jp",
    "sender": MIZUNO,
    "to": ["ツバサシステム SV 大森様 <sv-omori@tsubasa-system.jp>"],
    "subject": "検針票の再送希望（4件）",
    "body": "大森様\n\n本日分の検針票再送希望です。郵送で手配済みの旨、お客さまへご連絡ください。\n\n"
            + "\n".join(f"({i + 1}) {p['name']}様　{p['tel']}" for i, p in enumerate(_p))
            + "\n\n水野\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four customers' names and phones: under the list threshold, may warn",
})

_p = people("u078", 6)
M({
    "id": "utilities-078", "charset": "utf-8",
    "sender": HORIE,
    "to": ["川崎電機 沼田様 <numata@kawasaki-denki.co.jp>"],
    "subject": "来週の再点検まわりの順番",
    "body": "沼田様\n\nお疲れさまです。堀江です。\n来週の再点検、効率よく回れるよう順番を考えてみました。\n\n"
            f"月曜は朝一で{_p[0]['addr_short']}の{_p[0]['name']}様（{_p[0]['tel']}）、"
            f"そのあと近くの{_p[1]['name']}様のお宅（{_p[1]['addr_short']}、電話は{_p[1]['tel']}）に回ってください。"
            f"午後は{_p[2]['name']}様で、ご高齢なので到着前に{_p[2]['tel']}へ一報を。\n"
            f"火曜は{_p[3]['addr_short']}の{_p[3]['name']}様（{_p[3]['tel']}）からお願いします。"
            f"続いて{_p[4]['name']}様（{_p[4]['addr_short']}／{_p[4]['tel']}）、最後が{_p[5]['name']}様で、"
            f"こちらは{_p[5]['addr_short']}、携帯{_p[5]['mob']}です。\n\n"
            "何かあれば携帯までお願いします。\n\n堀江\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "six customers' names, addresses and phones written in running prose",
})

_p = people("u079", 7, old=True)
_f = people("u079fam", 7)
M({
    "id": "utilities-079", "charset": "utf-8",
    "sender": EGUCHI,
    "to": ["みまもりリンク システム担当 <system@mimamori-link.jp>"],
    "subject": "通知先メールアドレスの一括更新ファイル",
    "body": "みまもりリンク システムご担当者様\n\n江口です。\n"
            "ご家族の通知先メールアドレスの変更申請（11月受付分）をCSVで送ります。\n"
            "一括取込でお願いします（UTF-8 BOM付）。\n\n江口\n",
    "attachments": [{
        "kind": "csv", "name": "notify_update_202511.csv", "encoding": "utf-8-sig",
        "rows": [["契約者番号", "契約者氏名", "通知先氏名", "通知先メール", "通知先電話"]]
                + [[f"MM-{40120 + i}", p["name"], f["name"], f["email"], f["mob"]]
                   for i, (p, f) in enumerate(zip(_p, _f))],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "UTF-8 (BOM) CSV of 7 subscribers with family members' e-mails and phones",
})

_p = person("u080")
_mn = my_number(8001)
M({
    "id": "utilities-080", "charset": "iso-2022-jp",
    "sender": IMAIZUMI,
    "to": [f"人事グループ 宮下 <h.miyashita@{H}>"],
    "cc": [f"給与担当 <kyuyo@{H}>"],
    "subject": "検針パート 新規採用者の個人番号（1月入社）",
    "body": "宮下さん\n\nお疲れさまです。今泉です。\n1月入社の検針パートの方の個人番号です。本人確認は番号カードで済ませています。\n\n"
            f"　{_p['name']}　{_p['addr']}\n　個人番号：{zen(_mn)}\n\n"
            "扶養控除等申告書の原本は社内便で送ります。\n\n今泉\n",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "a full-width My Number sent only to internal HR addresses",
})

M({
    "id": "utilities-081", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["北国フーズ 大宮工場 設備課 <setsubi-omiya@kitaguni-foods.co.jp>"],
    "subject": "受変電設備 月次点検報告書（11月）",
    "body": "北国フーズ株式会社 大宮工場\n設備課 ご担当者様\n\n"
            "お世話になっております。日の出産業の堀江です。\n11月の月次点検報告書をお送りします。\n" + S_HORIE,
    "attachments": [{"kind": "corrupt", "name": "月次点検報告書_202511_大宮工場.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the PDF is damaged and cannot be read",
})

M({
    "id": "utilities-082", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["北国フーズ 大宮工場 設備課 <setsubi-omiya@kitaguni-foods.co.jp>"],
    "subject": "受変電設備 月次点検報告書（10月）",
    "body": "北国フーズ株式会社 大宮工場\n設備課 ご担当者様\n\n"
            "お世話になっております。日の出産業の堀江です。\n10月の月次点検報告書をお送りします。\n"
            "絶縁抵抗値に経年低下の傾向が見られますので、次回の年次点検で詳細調査を行います。\n" + S_HORIE,
    "attachments": [{
        "kind": "pdf", "name": "月次点検報告書_202510_大宮工場.pdf",
        "lines": ["受変電設備 月次点検報告書", "需要場所：北国フーズ株式会社 大宮工場",
                  "点検日：2025年10月21日", "点検者：日の出産業 保守サービス課（電気主任技術者 外部委託）", ""],
        "table": [["点検項目", "測定値", "判定"], ["受電電圧", "6,620V", "良"], ["最大需要電力", "842kW", "良"],
                  ["絶縁抵抗（低圧動力）", "12MΩ", "要観察"], ["変圧器温度", "58℃", "良"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an equipment inspection report for a business customer: no personal data",
})

M({
    "id": "utilities-083", "charset": "iso-2022-jp",
    "sender": NONOMURA,
    "to": ["北斗エネルギーサービス 岩佐様 <iwasa@hokuto-es.co.jp>",
           "みなとガス販売 営業部 <eigyo@minato-gas-hanbai.co.jp>"],
    "cc": ["松葉燃料店 松葉様 <matsuba.nenryo@gmail.com>"],
    "subject": "上尾地区の販売エリア調整について",
    "body": "北斗エネルギーサービス 岩佐様\nみなとガス販売 営業部 御中\n松葉燃料店 松葉様\n\n"
            "お世話になっております。日の出産業の野々村です。\n"
            "上尾地区で訪問販売の重複が発生している件、各社のご意見を踏まえて調整案をまとめました。\n"
            "12月15日の打合せでご議論いただければと思います。\n\n"
            "　案A：町丁目単位で担当を固定\n　案B：既存顧客の紹介案件のみ重複可\n\n" + S_NONOMURA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "two agency companies and a shop owner on gmail in To/Cc: three external parties visible",
})

M({
    "id": "utilities-084", "charset": "iso-2022-jp",
    "sender": NONOMURA,
    "to": [f"代理店営業課 <dairiten@{H}>"],
    "bcc": ["iwasa@hokuto-es.co.jp", "eigyo@minato-gas-hanbai.co.jp", "komatsu@kouyou-shoji.co.jp",
            "info@matsuba-nenryo.co.jp", "ageo-gas@ageo-gascenter.co.jp", "sales@fujimi-propane.co.jp",
            "eigyo@kawagoe-energy.jp", "honten@soka-denki-shokai.co.jp", "info@omiya-jusetsu.co.jp",
            "contact@koshigaya-gas.jp"],
    "subject": "年末年始の受付体制について",
    "body": "代理店各位\n\n（本メールはBCCでお送りしております）\n\n"
            "いつもお世話になっております。日の出産業 代理店営業課です。\n"
            "年末年始の受付体制についてご案内いたします。\n\n"
            "　12月29日～1月3日：申込受付システムは稼働、審査・登録は1月5日以降\n"
            "　緊急連絡（ガス漏れ・停電）：24時間受付 0120-451-099\n\n"
            "本年も大変お世話になりました。来年もよろしくお願いいたします。\n" + S_NONOMURA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ten agencies, all in Bcc: nobody sees anyone else",
})

M({
    "id": "utilities-085", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["丸光設備工業 工務部 <koumu@marumitsu-setsubi.co.jp>"],
    "subject": "来年度 工事単価の見直し案",
    "body": "丸光設備工業 工務部 御中\n\nお世話になっております。堀江です。\n"
            "来年度の工事単価について、当社案をお送りします。ご意見をいただければ幸いです。\n"
            "（社内資料と合わせてZIPにしています）\n" + S_HORIE,
    "attachments": [{
        "kind": "zip", "name": "工事単価見直し_2026.zip",
        "files": [{"kind": "xlsx", "name": "工事単価_2026案.xlsx", "page_header": "部外秘",
                   "sheets": {"単価案": [["作業", "2025単価", "2026案", "増減"],
                                        ["メーター取替（〜6号）", 4800, 5000, 200],
                                        ["漏えい検査", 2500, 2600, 100],
                                        ["再訪問", 1500, 1500, 0]],
                              "社内メモ": [["他社比較：坂東住設 4,600円／北辰 5,200円"],
                                        ["目標：総額+3%以内"]]}},
                  {"kind": "txt", "name": "説明メモ.txt", "text": "労務単価上昇分を反映。再訪問は据え置き。\n"}],
    }],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the XLSX inside the ZIP carries a 部外秘 page header (with an internal memo sheet)",
})

M({
    "id": "utilities-086", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["株式会社東栄精機 総務部 <soumu@toei-seiki.co.jp>"],
    "subject": "キュービクル更新工事 お見積書送付",
    "body": "株式会社東栄精機\n総務部 ご担当者様\n\n"
            "いつもお世話になっております。日の出産業の堀江です。\n"
            "先日現地調査させていただいたキュービクル更新工事のお見積書をお送りします。\n"
            "有効期限は2026年1月末です。\n" + S_HORIE,
    "attachments": [{
        "kind": "docx", "name": "御見積書_東栄精機_キュービクル更新.docx",
        "paragraphs": ["御見積書", "株式会社東栄精機 御中", "見積番号：HNS-Q-25-1142",
                       "件名：高圧受電設備（キュービクル）更新工事", "御見積金額：18,700,000円（税抜）"],
        "tables": [[["品名", "数量", "金額"], ["キュービクル本体（300kVA）", "1式", "11,200,000"],
                    ["据付・配線工事", "1式", "4,800,000"], ["停電切替作業", "1式", "1,300,000"],
                    ["諸経費", "1式", "1,400,000"]]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a quotation DOCX to a business customer",
})

_p = people("u087", 12)
M({
    "id": "utilities-087", "charset": "cp932",
    "sender": KUSUMOTO,
    "to": ["紅葉商事 集金課 <shukin@kouyou-shoji.co.jp>"],
    "subject": "11月 振替不能先の集金訪問依頼",
    "body": "紅葉商事 集金課 御中\n\nお世話になっております。日の出産業 債権管理グループの楠本です。\n"
            "11月振替不能となったお客さまのうち、貴社担当地域の12件です。\n"
            "古いExcel形式（xls）でお送りしますのでご注意ください。\n" + S_KUSUMOTO,
    "attachments": [{
        "kind": "xls", "name": "振替不能_202511_紅葉商事.xls",
        "sheets": {"振替不能": [["お客さま番号", "氏名", "住所", "電話", "不能理由", "請求額"]]
                   + [[p["cust"], p["name"], p["addr"], p["tel"],
                       ["残高不足", "口座解約", "残高不足", "取引停止"][i % 4], p["arrears"] // 3]
                      for i, p in enumerate(_p)]},
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of 12 customers whose direct debit failed (name, address, phone)",
})

M({
    "id": "utilities-088", "charset": "iso-2022-jp",
    "sender": KURODA,
    "to": ["みどり銀行 収納代行課 佐野様 <sano@midori-ginko.co.jp>"],
    "subject": "11月振替結果の件数確認",
    "body": "佐野様\n\nお世話になっております。黒田です。\n11月26日振替分の結果データを受領しました。件数の確認をお願いします。\n\n"
            "　依頼件数　　　 58,214件\n　振替済　　　　 57,602件\n　振替不能　　　　　612件\n"
            "　　うち残高不足　 498件／口座解約 71件／その他 43件\n"
            "　依頼金額　　 612,845,220円\n\n"
            "相違がなければ、ご返信は不要です。\n" + S_KURODA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "only aggregate counts and amounts",
})

_p = people("u089", 5)
M({
    "id": "utilities-089", "charset": "utf-8",
    "sender": KURODA,
    "to": ["銀河ペイメント 移行プロジェクト <migration@ginga-payment.co.jp>"],
    "subject": "決済代行切替 移行テスト用データ（本番データ5件）",
    "body": "銀河ペイメント 移行プロジェクト ご担当者様\n\n"
            "日の出産業 料金グループの黒田です。\n"
            "トークン化の移行テストで、テストカードでは再現しないエラーがあるため、\n"
            "エラーになった本番データ5件をお送りします。原因調査をお願いします。\n\n" + S_KURODA,
    "attachments": [{
        "kind": "csv", "name": "migration_error_5.csv", "encoding": "cp932",
        "rows": [["お客さま番号", "カード名義", "カード番号", "有効期限", "エラーコード"]]
                + [[p["cust"], p["ROMAJI"], card_number(8900 + i), f"{(i * 5) % 12 + 1:02d}/{27 + i % 3}",
                    ["E101", "E101", "E340", "E101", "E512"][i]] for i, p in enumerate(_p)],
    }],
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "CSV with 5 real card numbers and holder names to the payment processor",
})

_p = person("u090")
M({
    "id": "utilities-090", "charset": "iso-2022-jp",
    "sender": MIZUNO,
    "to": [f"{_p['name']} <{_p['email'].split('@')[0]}@icloud.com>"],
    "subject": "クレジットカード払いへの変更受付のお知らせ",
    "body": f"{_p['name']} 様\n\n"
            "日の出産業をご利用いただきありがとうございます。\n"
            "電気・ガス料金のお支払方法の変更を承りました。\n\n"
            "　ご登録カード：VISA ＊＊＊＊－＊＊＊＊－＊＊＊＊－4821\n"
            "　適用開始：2026年1月ご請求分から\n"
            "　お客さま番号：" + _p["cust"] + "\n\n"
            "お心当たりのない場合は、お客さまセンター（0120-451-077）までご連絡ください。\n" + S_MIZUNO,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a masked card (last 4 digits) in a confirmation to the customer's own iCloud address",
})

_p = person("u091")
M({
    "id": "utilities-091", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["丸光設備工業 田井様 <tai@marumitsu-setsubi.co.jp>"],
    "subject": "給湯器交換の訪問日について",
    "body": "田井様\n\nお世話になっております。堀江です。\n"
            f"{_p['addr']} の {_p['name']} 様の給湯器交換ですが、\n"
            "ご本人が信仰されている宗教の安息日にあたるため、金曜日の日没後から土曜日は訪問できないとのことです。\n"
            "日曜日か平日での日程調整をお願いします。\n\n堀江\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named customer's religious observance (creed) is disclosed to a contractor",
})

_p = person("u092")
M({
    "id": "utilities-092", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["川崎電機 沼田様 <numata@kawasaki-denki.co.jp>"],
    "subject": "漏電調査の日程（1件）",
    "body": "沼田様\n\n堀江です。\n"
            f"{_p['name']} 様（{_p['tel']}）の漏電調査ですが、土曜日は都合が悪いとのことで、\n"
            "平日の午後でご調整いただけますか。ご本人へ直接お電話いただいて構いません。\n\n堀江\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one customer's name and phone for scheduling; no reason given, nothing sensitive",
})

M({
    "id": "utilities-093", "charset": "utf-8",
    "sender": HAYASHIDA,
    "to": ["Priya Nair <p.nair@gridlink-tech.com>"],
    "subject": "Deck for the Dec 12 steering meeting",
    "body": "Hi Priya,\n\nAttached is our draft deck for the steering meeting. Slide 3 covers the data "
            "handling points your legal team asked about. Comments welcome by Wednesday.\n\nRyo\n"
            + S_HAYASHIDA,
    "attachments": [{
        "kind": "pptx", "name": "SteeringMeeting_Dec12_draft.pptx",
        "slides": [["Smart Meter Program - Steering Meeting", "December 12, 2025", "Hinode Sangyo / GridLink"],
                   ["Rollout status", "53,000 meters installed (78%)", "Read success rate 99.2%"],
                   ["Data confidentiality and privacy", "Customer data stays in the Japan region",
                    "Vendor access only through the NDA-covered support channel",
                    "Confidentiality obligations survive contract end (3 years)"],
                   ["Next steps", "Firmware 4.2.1 in two waves", "HES failover fix before Wave 1"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a slide titled 'Data confidentiality' is a topic, not a classification marking",
})

M({
    "id": "utilities-094", "charset": "iso-2022-jp",
    "sender": EGUCHI,
    "to": ["北斗エネルギーサービス 岩佐様 <iwasa@hokuto-es.co.jp>"],
    "subject": "見守りサービス 販売パートナー向けご提案資料",
    "body": "岩佐様\n\nお世話になっております。江口です。\n"
            "見守りサービスの取次ぎについてのご提案資料をお送りします。\n"
            "取次ぎをお引き受けいただける場合は、機密保持契約の締結後に、対象エリアの詳細データを共有いたします。\n"
            + S_EGUCHI,
    "attachments": [{
        "kind": "pptx", "name": "見守りサービス_取次ぎのご提案.pptx",
        "slides": [["日の出の見守り 取次ぎのご提案", "日の出産業株式会社 見守りサービス推進室"],
                   ["サービス概要", "電力使用データから生活リズムの変化を検知", "ご家族へメール・電話で通知",
                    "オプション：月1回の訪問確認"],
                   ["取次ぎ手数料", "新規1件あたり 3,000円", "継続12か月で追加 2,000円"]],
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "sales deck to an agency; the NDA is only mentioned",
})

_p = people("u095", 6)
M({
    "id": "utilities-095", "charset": "iso-2022-jp",
    "sender": SAGARA,
    "to": ["みなとガス販売 契約窓口 <madoguchi@minato-gas-hanbai.co.jp>"],
    "subject": "転送：解約引き止め対象のお客さま",
    "body": "みなとガス販売 契約窓口 ご担当者様\n\n相良です。\n"
            "コールセンターから上がってきた、他社への切替を検討中のお客さまの一覧です（元メールを添付します）。\n"
            "貴社の既存のお付き合いのある方が多いので、ご訪問いただけると助かります。\n" + S_SAGARA,
    "attachments": [{
        "kind": "eml", "name": "解約検討中のお客さま.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": "ツバサシステム SV 大森 <sv-omori@tsubasa-system.jp>",
            "to": [f"契約管理G <keiyaku-g@{H}>"],
            "subject": "解約検討中のお客さま（11月第4週）",
            "body": "日の出産業 契約管理G 御中\n\n今週、他社への切替を示唆されたお客さまです。\n\n"
                    + "\n".join(f"{p['cust']}　{p['name']}様　{p['addr_short']}　{p['tel']}　"
                                f"{['他社の見積り取得済み', '新電力から訪問営業', 'ガスのみ切替検討', '価格比較中'][i % 4]}"
                                for i, p in enumerate(_p))
                    + "\n\nツバサシステム 大森\n",
        },
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an attached mail (message/rfc822) carrying 6 customers' records, sent to an agency",
})

M({
    "id": "utilities-096", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["川崎電機 沼田様 <numata@kawasaki-denki.co.jp>"],
    "subject": "FW: 11/20 安全衛生協議会 議事録",
    "body": "沼田様\n\n先日の安全衛生協議会の議事録を転送します（元メールを添付）。\n"
            "ご欠席だったので念のため共有いたします。\n\n堀江\n",
    "attachments": [{
        "kind": "eml", "name": "安全衛生協議会_議事録.eml",
        "message": {
            "charset": "iso-2022-jp",
            "sender": f"保守サービス課 庶務 <hoshu-shomu@{H}>",
            "to": [f"保守サービス課 <hoshu@{H}>"],
            "subject": "11/20 安全衛生協議会 議事録",
            "body": "各位\n\n11/20 安全衛生協議会の議事録です。\n\n"
                    "1. 10月の災害発生状況：休業災害0件、不休災害1件（脚立からの転落、軽微）\n"
                    "2. 冬季の注意喚起：凍結路面での車両事故防止、CO中毒防止\n"
                    "3. ヒヤリハット報告：12件（うち高所作業 5件）\n"
                    "4. 次回：1月22日（木）15:00～\n\n庶務\n",
        },
    }],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a forwarded safety meeting minute with no personal data",
})

M({
    "id": "utilities-097", "charset": "iso-2022-jp",
    "sender": HORIE,
    "to": ["川崎電機 工事課 沼田様 <numata@kawasaki-dennki.co.jp>"],
    "subject": "1月の高圧需要家 年次点検 作業班の割当",
    "body": "沼田様\n\nお世話になっております。堀江です。\n1月の年次点検の作業班割当です。\n\n"
            "　1/11（日）北国フーズ 大宮工場　　　　A班（4名）\n"
            "　1/18（日）旭丘記念病院　　　　　　　A班＋B班（7名）\n"
            "　1/25（日）大宮中央冷蔵　　　　　　　B班（4名）\n\n"
            "停電時間は各事業所と調整済みです。\n" + S_HORIE,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kawasaki-dennki.co.jp has an extra n: a look-alike of the partner kawasaki-denki.co.jp",
})

_z = [("旭丘市中央2丁目", "03-0120-4471-8820-0193-55"), ("旭丘市中央2丁目", "03-0120-4471-8820-0207-18"),
      ("旭丘市本郷1丁目", "03-0120-4471-9035-1140-62"), ("旭丘市本郷1丁目", "03-0120-4471-9035-1162-04"),
      ("旭丘市緑町4丁目", "03-0120-4472-1178-0031-90")]
M({
    "id": "utilities-098", "charset": "iso-2022-jp",
    "sender": IMAIZUMI,
    "to": ["東和検針サービス 岸本様 <kishimoto@towa-kenshin.co.jp>"],
    "subject": "計器の設置位置確認のお願い（5地点）",
    "body": "岸本様\n\nお世話になっております。今泉です。\n"
            "スマートメーター取替の事前調査として、次回検針時に下記5地点の計器設置位置の写真撮影をお願いします。\n\n"
            "　地区　　　　　　　供給地点特定番号\n"
            + "\n".join(f"　{pad(a, 18)}{b}" for a, b in _z)
            + "\n\n詳細な番地はハンディ端末の検針データでご確認ください。\n\n今泉\n",
    "expect": "either",
    "entities": [],
    "detectors": [],
    "note": "5 supply-point IDs (each one household) with only the town block: identifiable only with other data",
})

M({
    "id": "utilities-099", "charset": "iso-2022-jp",
    "sender": IMAIZUMI,
    "to": ["東和検針サービス 経理課 <keiri@towa-kenshin.co.jp>"],
    "subject": "11月分 検針業務委託料 請求書の確認",
    "body": "東和検針サービス株式会社\n経理課 御中\n\nお世話になっております。日の出産業の今泉です。\n"
            "11月分の請求書（請求番号 TK-2511-0077）を受領しました。\n"
            "当方の検収結果と照合したところ、以下の差異がありましたのでご確認ください。\n\n"
            "　貴社請求：検針件数 48,260件 × 単価 62円 ＝ 2,992,120円\n"
            "　当方検収：検針件数 48,198件（再検針 62件は契約上 無償）\n"
            "　差額　　：3,844円\n\n"
            "修正後の請求書を再発行いただけますでしょうか。発注番号は PO-EN-25-0412 です。\n" + S_IMAIZUMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "invoice check with invoice and order numbers: ordinary business",
})

_p = people("u100", 5, old=True)
M({
    "id": "utilities-100", "charset": "utf-8",
    "sender": EGUCHI,
    "to": ["光損保 提携営業部 原口様 <haraguchi@hikari-sonpo.co.jp>"],
    "subject": "見守りプラス（保険付帯）お申込者の引受審査依頼",
    "body": "光損害保険株式会社\n提携営業部 原口様\n\n"
            "いつもお世話になっております。日の出産業 見守りサービス推進室の江口です。\n"
            "保険付帯の「見守りプラス」お申込者5名について、引受審査をお願いいたします。\n"
            "申込書の告知欄の内容を表にまとめました。\n" + S_EGUCHI,
    "attachments": [{
        "kind": "docx", "name": "見守りプラス_申込者一覧_202512.docx",
        "paragraphs": ["見守りプラス 申込者一覧（2025年12月受付）"],
        "tables": [[["申込者", "生年月日", "電話", "告知事項（既往歴・通院）", "要介護度"]]
                   + [[p["name"], p["dob_s"], p["land"],
                       ["高血圧で通院中", "2型糖尿病（インスリン使用）", "なし", "脳梗塞（2019年）・リハビリ通院",
                        "心房細動・抗凝固薬服用"][i], ["なし", "要支援1", "なし", "要介護2", "要支援2"][i]]
                      for i, p in enumerate(_p)]],
    }],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX of 5 applicants with medical history and care levels to an insurer",
})
