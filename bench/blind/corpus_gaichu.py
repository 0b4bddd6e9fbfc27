"""ブラインド評価コーパス — 害虫防除・住まいのサービス子会社 (AREA = gaichu, SEED = 30201)

日の出産業株式会社 ハウスケア事業部（ゴキブリ・ネズミ・シロアリ防除、ハチの巣駆除、
飲食店・ホテルの定期衛生管理、ハウスクリーニング）の送信メール 100 通。
訪問予定の顧客宅リスト、作業報告書、定期契約者、口座振替、協力業者（外注の技術者・
一人親方）、管理会社、お客様からの苦情対応などを題材にしている。

人物・住所・電話番号・口座番号はすべて架空。マイナンバーは my_number(SEED + k)、
カード番号は card_number(SEED + k) だけを使う（k は番号ごとに別）。
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata

from build import card_number, my_number

SEED = 30201

# --------------------------------------------------------------------------------------
# 小道具
# --------------------------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(s: str) -> str:
    """数字と記号を全角にする（手入力の名簿によくある形）。"""
    return s.translate(_ZEN)


def _dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int, fill: str = " ") -> str:
    """等幅フォント前提で桁をそろえる（全角は2桁）。"""
    n = max(w - _dw(s), 1)
    if fill == "　":
        return s + "　" * max(n // 2, 1)
    return s + fill * n


def wareki(d: _dt.date, style: str = "kanji") -> str:
    if d >= _dt.date(1989, 1, 8):
        era, kan, y = "H", "平成", d.year - 1988
    else:
        era, kan, y = "S", "昭和", d.year - 1925
    if style == "kanji":
        return f"{kan}{y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{era}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{kan}{y}年{d.month}月{d.day}日")
    if style == "zenshort":
        return ("Ｈ" if era == "H" else "Ｓ") + zen(f"{y}.{d.month}.{d.day}")
    raise ValueError(style)


_SUR = [
    ("佐久間", "サクマ", "Sakuma"), ("東海林", "ショウジ", "Shoji"), ("百瀬", "モモセ", "Momose"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("御園", "ミソノ", "Misono"), ("蓮見", "ハスミ", "Hasumi"), ("栗原", "クリハラ", "Kurihara"),
    ("五味", "ゴミ", "Gomi"), ("宇佐美", "ウサミ", "Usami"), ("猪瀬", "イノセ", "Inose"),
    ("相馬", "ソウマ", "Soma"), ("神保", "ジンボ", "Jimbo"), ("葛西", "カサイ", "Kasai"),
    ("榎本", "エノモト", "Enomoto"), ("比嘉", "ヒガ", "Higa"), ("諸星", "モロボシ", "Moroboshi"),
    ("門脇", "カドワキ", "Kadowaki"), ("米倉", "ヨネクラ", "Yonekura"), ("鮫島", "サメジマ", "Samejima"),
    ("四十物", "アイモノ", "Aimono"), ("仲宗根", "ナカソネ", "Nakasone"), ("鬼塚", "オニヅカ", "Onizuka"),
    ("樋渡", "ヒワタシ", "Hiwatashi"), ("矢作", "ヤハギ", "Yahagi"), ("大豆生田", "オオマメウダ", "Omameuda"),
    ("藤枝", "フジエダ", "Fujieda"), ("安曇", "アズミ", "Azumi"), ("水無瀬", "ミナセ", "Minase"),
    ("砂川", "スナガワ", "Sunagawa"), ("冨樫", "トガシ", "Togashi"), ("早乙女", "サオトメ", "Saotome"),
    ("一戸", "イチノヘ", "Ichinohe"), ("七海", "ナナミ", "Nanami"), ("嘉数", "カカズ", "Kakazu"),
    ("重松", "シゲマツ", "Shigematsu"), ("舘野", "タテノ", "Tateno"), ("沓掛", "クツカケ", "Kutsukake"),
    ("山之内", "ヤマノウチ", "Yamanouchi"), ("若狭", "ワカサ", "Wakasa"), ("塩見", "シオミ", "Shiomi"),
    ("伊集院", "イジュウイン", "Ijuin"), ("金城", "キンジョウ", "Kinjo"), ("羽生", "ハニュウ", "Hanyu"),
]
_GIV = [
    ("健一", "ケンイチ", "Kenichi"), ("美智子", "ミチコ", "Michiko"), ("翔太", "ショウタ", "Shota"),
    ("由美", "ユミ", "Yumi"), ("正和", "マサカズ", "Masakazu"), ("千尋", "チヒロ", "Chihiro"),
    ("勝利", "カツトシ", "Katsutoshi"), ("恵理", "エリ", "Eri"), ("大輔", "ダイスケ", "Daisuke"),
    ("咲", "サキ", "Saki"), ("秀樹", "ヒデキ", "Hideki"), ("和代", "カズヨ", "Kazuyo"),
    ("陸", "リク", "Riku"), ("多恵子", "タエコ", "Taeko"), ("慎吾", "シンゴ", "Shingo"),
    ("綾乃", "アヤノ", "Ayano"), ("茂", "シゲル", "Shigeru"), ("瑞穂", "ミズホ", "Mizuho"),
    ("拓真", "タクマ", "Takuma"), ("節子", "セツコ", "Setsuko"), ("悠人", "ユウト", "Yuto"),
    ("佳織", "カオリ", "Kaori"), ("清", "キヨシ", "Kiyoshi"), ("真由美", "マユミ", "Mayumi"),
    ("航", "ワタル", "Wataru"), ("弘子", "ヒロコ", "Hiroko"), ("康弘", "ヤスヒロ", "Yasuhiro"),
    ("菜々子", "ナナコ", "Nanako"), ("功", "イサオ", "Isao"), ("玲奈", "レイナ", "Reina"),
]
# (郵便番号の頭, 都道府県, 市区町村, 町域, 市外局番)
_TOWNS = [
    ("211-00", "神奈川県", "川崎市中原区", "木月", "044"),
    ("213-00", "神奈川県", "川崎市高津区", "溝口", "044"),
    ("223-00", "神奈川県", "横浜市港北区", "日吉本町", "045"),
    ("225-00", "神奈川県", "横浜市青葉区", "美しが丘", "045"),
    ("158-00", "東京都", "世田谷区", "等々力", "03"),
    ("152-00", "東京都", "目黒区", "碑文谷", "03"),
    ("177-00", "東京都", "練馬区", "石神井町", "03"),
    ("252-03", "神奈川県", "相模原市南区", "相模大野", "042"),
    ("194-00", "東京都", "町田市", "玉川学園", "042"),
    ("183-00", "東京都", "府中市", "若松町", "042"),
    ("251-00", "神奈川県", "藤沢市", "鵠沼海岸", "0466"),
    ("242-00", "神奈川県", "大和市", "中央林間", "046"),
    ("333-08", "埼玉県", "川口市", "芝新町", "048"),
    ("272-00", "千葉県", "市川市", "八幡", "047"),
    ("222-00", "神奈川県", "横浜市港北区", "篠原町", "045"),
    ("216-00", "神奈川県", "川崎市宮前区", "宮崎", "044"),
]
_BLDG = ["メゾン", "パーク", "コーポ", "グランシャトー", "サンライズ", "ハイツ", "エスポワール", "ヴィラ"]
_BANKS = [("みどり銀行", "武蔵小杉支店", "0601", "214"), ("みどり銀行", "溝の口支店", "0601", "231"),
          ("東都銀行", "日吉支店", "0622", "108"), ("相模中央信用金庫", "大野支店", "1190", "015"),
          ("湘南信用組合", "藤沢支店", "2301", "003"), ("みどり銀行", "府中支店", "0601", "355")]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "outlook.jp",
         "softbank.ne.jp", "gmail.com"]


def _tel(rng: random.Random, area: str) -> str:
    if area == "03":
        return f"03-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    if len(area) == 3:
        return f"{area}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    return f"{area}-{rng.randint(20, 99)}-{rng.randint(1000, 9999)}"


def _people(n: int, salt: str) -> list[dict]:
    rng = random.Random(f"{SEED}-{salt}")
    out: list[dict] = []
    seen: set[tuple[str, str]] = set()
    while len(out) < n:
        s, g = rng.choice(_SUR), rng.choice(_GIV)
        if (s[0], g[0]) in seen:
            continue
        seen.add((s[0], g[0]))
        zp, pref, city, town, area = rng.choice(_TOWNS)
        no = f"{rng.randint(1, 5)}-{rng.randint(1, 38)}-{rng.randint(1, 24)}"
        bldg = ""
        if rng.random() < 0.35:
            bldg = (f"{rng.choice(_BLDG)}{town}{rng.choice(['', '第2', 'II', 'ヒルズ'])} "
                    f"{rng.randint(1, 6)}0{rng.randint(1, 9)}号室")
        bank = rng.choice(_BANKS)
        sep = rng.choice([".", "_", "-", ""])
        mail = f"{s[2].lower()}{sep}{g[2].lower()[:rng.randint(1, 4)]}{rng.randint(1, 99)}@{rng.choice(_FREE)}"
        out.append({
            "name": f"{s[0]} {g[0]}", "sei": s[0], "mei": g[0], "kana": f"{s[1]} {g[1]}",
            "sei_kana": s[1], "roma": f"{g[2]} {s[2]}", "zip": f"{zp}{rng.randint(10, 99)}",
            "pref": pref, "city": city, "addr": f"{pref}{city}{town}{no}",
            "addr_s": f"{city}{town}{no}", "bldg": bldg, "area": area,
            "tel": _tel(rng, area),
            "mobile": f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "mail": mail,
            "dob": _dt.date(rng.randint(1944, 1998), rng.randint(1, 12), rng.randint(1, 28)),
            "bank": bank[0], "branch": bank[1], "bank_code": bank[2], "branch_code": bank[3],
            "acct_type": rng.choice(["普通", "普通", "普通", "当座"]),
            "acct": f"{rng.randint(1000000, 9999999)}",
            "cust_no": f"K{rng.randint(10, 99)}-{rng.randint(10000, 99999)}",
        })
    return out


C = _people(90, "customers")      # お客様（個人宅・定期契約者）
T = _people(44, "technicians")    # 協力業者の技術者・自社スタッフ

# 社内の送信者
STAFF = {
    "onodera": ("小野寺 拓海", "おのでら たくみ", "営業一課", "t-onodera@hinode-sangyo.co.jp", "044-411-5820", "080-4417-2290"),
    "fukudome": ("福留 亜希子", "ふくどめ あきこ", "業務管理課", "a.fukudome@hinode-sangyo.co.jp", "044-411-5833", ""),
    "izutsu": ("井筒 剛", "いづつ ごう", "技術課 主任", "izutsu@hinode-sangyo.co.jp", "044-411-5841", "090-6621-0384"),
    "manabe": ("真鍋 由梨", "まなべ ゆり", "お客様相談室", "y-manabe@hinode-sangyo.co.jp", "0120-48-1108", ""),
    "okochi": ("大河内 恵", "おおこうち めぐみ", "経理課", "okochi.megumi@hinode-sangyo.co.jp", "044-411-5806", ""),
    "kusakabe": ("日下部 聡", "くさかべ さとし", "協力会社管理室", "s.kusakabe@hinode-sangyo.co.jp", "044-411-5852", "070-3318-4420"),
    "mikumo": ("三雲 亮", "みくも りょう", "情報システム課", "mikumo@hinode-sangyo.co.jp", "044-411-5870", ""),
    "isurugi": ("石動 晴美", "いするぎ はるみ", "総務人事課", "h-isurugi@hinode-sangyo.co.jp", "044-411-5801", ""),
    "shiina": ("椎名 航平", "しいな こうへい", "川崎北営業所 所長", "k.shiina@hinode-sangyo.co.jp", "044-866-3391", "080-2290-7716"),
    "mori": ("森 潤", "もり じゅん", "購買・海外調達", "j.mori@hinode-sangyo.co.jp", "044-411-5866", ""),
}


def frm(key: str) -> str:
    return f"{STAFF[key][0]} <{STAFF[key][3]}>"


def sig(key: str, style: int = 0) -> str:
    name, kana, dept, mail, tel, mob = STAFF[key]
    if style == 0:
        lines = ["", "──────────────────────────",
                 "日の出産業株式会社 ハウスケア事業部",
                 f"{dept}　{name}（{kana}）",
                 "〒211-0004 神奈川県川崎市中原区新丸子東3-1180 日の出ビル4F",
                 f"TEL：{tel}　FAX：044-411-5899"]
        if mob:
            lines.append(f"携帯：{mob}")
        lines += [f"Mail：{mail}", "──────────────────────────"]
        return "\n".join(lines)
    if style == 1:
        return (f"\n-- \n{name}\n日の出産業(株) ハウスケア事業部 {dept}\n"
                f"TEL {tel}" + (f" / 携帯 {mob}" if mob else "") + f"\n{mail}\n")
    if style == 2:
        return (f"\n**************************************\n 日の出産業株式会社\n ハウスケア事業部 {dept}\n"
                f" {name}\n 〒211-0004 川崎市中原区新丸子東3-1180\n Tel.{tel}\n"
                " https://www.hinode-sangyo.co.jp/housecare/\n**************************************")
    if style == 3:
        return f"\n{dept} {name.split()[0]}（内線 {tel[-3:]}）"
    # English
    en = {"mori": "Jun Mori, Procurement & Global Sourcing", "onodera": "Takumi Onodera, Sales Dept. 1",
          "izutsu": "Go Izutsu, Technical Section", "isurugi": "Harumi Isurugi, General Affairs & HR"}
    return (f"\nBest regards,\n\n{en.get(key, name)}\nHinode Sangyo Co., Ltd. - House Care Division\n"
            f"3-1180 Shinmaruko-higashi, Nakahara-ku, Kawasaki, Kanagawa 211-0004, Japan\n"
            f"Tel: +81-{tel[1:]}\nEmail: {mail}")


DISC_JA = ("\n\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_EN = ("\n\nThis e-mail and any attachments may contain confidential information. If you are "
           "not the intended recipient, please notify the sender immediately and delete this e-mail. "
           "Any unauthorised copying or distribution is prohibited.")

PD = "personal_data"
EXV = "external_recipients_visible"
MED = "multiple_external_domains"
LAD = "lookalike_domain"
FREE = "freemail_recipient"
CONF = "confidential_marking"
UNS = "unscannable_attachment"

MESSAGES: list[dict] = []

# --------------------------------------------------------------------------------------
# 001–020
# --------------------------------------------------------------------------------------

_rows = C[0:6]
_times = ["9:00", "10:30", "11:30", "13:30", "15:00", "16:30"]
_jobs = ["ゴキブリ定期", "ネズミ点検", "シロアリ点検", "ゴキブリ定期", "ハチ巣撤去", "ゴキブリ定期"]
_notes = ["", "駐車場なし・近くのコインP", "床下点検口は和室", "", "玄関前の軒下", "鍵は管理人室で受取"]
_t = "No 時間   お客様名          住所                                              電話             作業           備考\n"
_t += "-- ------ ----------------- ------------------------------------------------- ---------------- -------------- ----------------\n"
for i, p in enumerate(_rows, 1):
    _t += (pad(str(i), 3) + pad(_times[i - 1], 7) + pad(p["name"] + " 様", 18)
           + pad(p["addr"] + (" " + p["bldg"] if p["bldg"] else ""), 50) + pad(p["tel"], 17)
           + pad(_jobs[i - 1], 15) + _notes[i - 1] + "\n")
MESSAGES.append({
    "id": "gaichu-001", "charset": "iso-2022-jp",
    "sender": frm("fukudome"), "to": [f"{T[0]['name']} <{T[0]['mail']}>"],
    "subject": "明日の訪問先リスト（" + T[0]["sei"] + "さん分）",
    "body": f"""{T[0]['sei']}さん

お疲れさまです。日の出産業 業務管理課の福留です。
明日の訪問先をお送りします。回る順番はこの通りでお願いします。
到着が15分以上遅れそうなときは、お客様に直接お電話いただいて大丈夫です。

{_t}
作業報告書は終わった順に写真を付けてアプリから上げてください。
よろしくお願いします。
{sig('fukudome', 1)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [PD, FREE],
    "note": "6軒分の訪問先（氏名・住所・電話）を協力技術者の個人Gmailへ本文の桁揃え表で送付",
})

# 002 — XLSX 週間訪問予定（協力業者へ）
_hdr = ["日付", "時間帯", "契約No", "お客様名", "フリガナ", "住所", "電話番号", "作業区分", "備考"]
_s1 = [["2025年11月 第2週 訪問予定（松葉防除様ご担当分）", "", "", "", "", "", "", "", ""],
       ["作成：日の出産業 業務管理課", "", "", "", "", "", "", "", ""], _hdr]
_s2 = [["2025年11月 第2週 訪問予定（続き）"], _hdr]
_slots = ["午前", "午後", "9-12時", "13-15時", "15-17時"]
_kubun = ["ゴキブリ定期(年4回)", "ネズミ定期", "シロアリ予防(再施工)", "トコジラミ調査", "ハチ巣駆除"]
for i, p in enumerate(C[6:18]):
    day = ["11/10(月)", "11/11(火)", "11/12(水)", "11/13(木)", "11/14(金)", "11/15(土)"][i // 2]
    row = [day, _slots[i % 5], p["cust_no"], p["name"], p["kana"], p["addr"] + (" " + p["bldg"] if p["bldg"] else ""),
           p["tel"] if i % 3 else p["mobile"], _kubun[i % 5], "要事前TEL" if i % 4 == 0 else ""]
    (_s1 if i < 6 else _s2).append(row)
MESSAGES.append({
    "id": "gaichu-002", "charset": "shift_jis",
    "sender": frm("fukudome"), "to": ["菅野 様 <kanno@matsuba-bojo.co.jp>"],
    "cc": [frm("kusakabe")],
    "subject": "【日の出産業】11月第2週 訪問予定表の送付",
    "body": f"""松葉防除サービス株式会社
工務部 菅野様

いつもお世話になっております。日の出産業の福留です。
11月第2週（11/10～11/15）の貴社ご担当分の訪問予定表をお送りいたします。
シートが日付で2つに分かれておりますのでご注意ください。

前週から1件、トコジラミ調査が追加になっております。
ご不明点がございましたらご連絡ください。
{sig('fukudome', 0)}""",
    "attachments": [{"kind": "xlsx", "name": "訪問予定_1110-1115_松葉防除様.xlsx",
                     "sheets": {"11-10～11-12": _s1, "11-13～11-15": _s2,
                                "凡例": [["区分", "説明"], ["定期", "年間契約の定期訪問"], ["再施工", "保証期間内の再施工"]]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "12軒の訪問予定（氏名・カナ・住所・電話）をXLSX 2シートで外部の協力業者へ",
})

# 003 — CSV 口座振替データ（みどり銀行）
_rows = [["顧客番号", "預金者名（カナ）", "金融機関コード", "支店コード", "預金種目", "口座番号", "引落金額", "摘要"]]
for p in C[18:27]:
    _rows.append([p["cust_no"], p["kana"].replace(" ", "　"), p["bank_code"], p["branch_code"],
                  "1" if p["acct_type"] == "普通" else "2", p["acct"], str(random.Random(p["acct"]).choice([3300, 4400, 5500, 8800])),
                  "ﾋﾉﾃﾞ ﾃｲｷﾎﾞｳｼﾞｮ"])
MESSAGES.append({
    "id": "gaichu-003", "charset": "utf-8",
    "sender": frm("okochi"), "to": ["みどり銀行 収納サービス部 <shuno-service@midori-ginko.co.jp>"],
    "subject": "12月分 口座振替依頼データの送付（日の出産業）",
    "body": f"""みどり銀行 収納サービス部 ご担当者様

いつもお世話になっております。日の出産業 経理課の大河内でございます。
伝送システムが先週からエラーで送れないため、取り急ぎ12月27日引落分の
口座振替依頼データ（追加分）をCSVにてお送りします。
件数：9件

お手数ですが、受領のご連絡をいただけますと幸いです。
{sig('okochi', 2)}""",
    "attachments": [{"kind": "csv", "name": "furikae_add_202512.csv", "encoding": "cp932", "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": [PD],
    "note": "定期契約者9名の口座振替データ（カナ名義・口座番号）をCSVで銀行にメール送付",
})

# 004 — DM宛名リスト（錦印刷）
_rows = [["郵便番号", "住所1", "住所2", "氏名", "敬称"]]
for p in C[27:42]:
    _rows.append([p["zip"], p["addr"], p["bldg"], p["name"], "様"])
MESSAGES.append({
    "id": "gaichu-004", "charset": "iso-2022-jp",
    "sender": frm("onodera"), "to": ["錦印刷 営業部 瀬尾様 <seo@nishiki-insatsu.co.jp>"],
    "subject": "冬のシロアリ点検DM 宛名データ",
    "body": f"""錦印刷株式会社
瀬尾様

お世話になっております。日の出産業の小野寺です。
先日ご相談した「冬の床下無料点検」DMの宛名データを添付いたします。
今回は過去3年以内に施工したお客様のうち、保証が切れる方が対象です。
（第一弾15件、残りは来週お送りします）

はがきの版下は前回（6月）と同じで、差出人欄だけ「川崎北営業所」に変更をお願いします。
{sig('onodera', 0)}""",
    "attachments": [{"kind": "csv", "name": "DM宛名_第1弾.csv", "encoding": "utf-8-sig", "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": [PD],
    "note": "施工済み顧客15名の氏名・住所（DM宛名）を印刷会社へCSV（UTF-8 BOM）で",
})

# 005 — HTML だけのメール：全戸一斉駆除の結果
_tr = ""
for i, p in enumerate(C[42:50]):
    room = f"{(i // 3) + 1}0{i % 3 + 1}"
    res = ["実施", "不在（再訪）", "実施", "実施", "辞退", "実施", "不在（再訪）", "実施"][i]
    _tr += (f"<tr><td>{room}</td><td>{p['name']} 様</td><td>{p['mobile']}</td>"
            f"<td>{res}</td><td>{'ベイト剤追加' if i % 3 == 0 else ''}</td></tr>\n")
MESSAGES.append({
    "id": "gaichu-005", "charset": "utf-8",
    "sender": frm("izutsu"), "to": ["長谷部 様 <hasebe@konan-housing.co.jp>"],
    "subject": "コーポ篠原 全戸一斉ゴキブリ駆除 実施結果のご報告",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>港南ハウジング管理株式会社<br>管理部 長谷部様</p>
<p>いつも大変お世話になっております。日の出産業 技術課の井筒です。<br>
本日実施いたしました「コーポ篠原」全戸一斉駆除の結果をご報告いたします。<br>
不在のお部屋は来週水曜に再訪問いたしますので、入居者様へのご案内をお願いできますでしょうか。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>号室</th><th>ご入居者様</th><th>ご連絡先</th><th>実施</th><th>備考</th></tr>
{_tr}</table>
<p>使用薬剤：ヒドラメチルノン系ベイト剤、ピレスロイド系乳剤（共用部のみ）</p>
<p>--<br>日の出産業株式会社 ハウスケア事業部 技術課<br>井筒 剛<br>TEL 044-411-5841</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "HTMLのみのメールの表に入居者8名の氏名・携帯番号（管理会社宛）",
})

# 006 — 1人1ブロックの苦情一覧
_comp = ["作業員の方が室内で靴下のまま歩き回り不快だった。", "散布後の臭いが3日経っても取れない。",
         "予約時間に連絡なく1時間遅れて来た。", "ベランダのハトよけネットの施工が雑。",
         "点検と言われて高額なシロアリ工事を勧められた。"]
_b = ""
for i, p in enumerate(C[50:55]):
    _b += (f"■ {i + 1}件目\n　受付日：10月{3 + i * 4}日\n　お名前：{p['name']} 様（{p['bldg'] or 'コーポ篠原 10' + str(i + 2) + '号室'}）\n"
           f"　ご連絡先：{p['mobile']}\n　内容：{_comp[i]}\n　対応：{'担当者から電話で謝罪済み' if i % 2 == 0 else '未対応（管理会社様経由を希望）'}\n\n")
MESSAGES.append({
    "id": "gaichu-006", "charset": "shift_jis",
    "sender": frm("manabe"), "to": ["能登 様 <noto@aoi-fudosan.jp>"],
    "subject": "10月 入居者様からのご意見（貴社管理物件分）",
    "body": f"""あおい不動産管理株式会社
物件管理課　能登様

いつもお世話になっております。
日の出産業 お客様相談室の真鍋でございます。

10月中に弊社相談室へ寄せられた、貴社管理物件の入居者様からのご意見を
下記のとおりまとめました。ご迷惑をおかけし誠に申し訳ございません。

{_b}各件の再発防止策は、11月の定例会でご報告いたします。
{sig('manabe', 0)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [PD],
    "note": "入居者5名の苦情を1人1ブロック（氏名・部屋・携帯）で管理会社へ",
})

# 007 — タブ区切り：シロアリ保証登録
_t = "保証書番号\t施主名\t施工住所\t電話\t施工日\t保証期間\n"
for i, p in enumerate(C[55:62]):
    _t += f"HS-25{1040 + i * 3}\t{p['name']}\t{p['addr']}\t{p['tel']}\t2025/09/{2 + i * 3:02d}\t5年\n"
MESSAGES.append({
    "id": "gaichu-007", "charset": "iso-2022-jp",
    "sender": frm("izutsu"), "to": ["ひかり損害保険 企業営業部 <kigyo-eigyo@hikari-sonpo.co.jp>"],
    "subject": "シロアリ防除施工保証 9月度 登録物件の報告",
    "body": f"""ひかり損害保険株式会社
企業営業部 ご担当者様

日の出産業の井筒です。いつもお世話になっております。
9月度に施工し、施工保証（賠償責任保険付帯）の対象となる物件を報告いたします。
Excelからそのまま貼り付けておりますので、列がずれて見えるかもしれません。

{_t}
以上7件です。保険料の請求は従来どおり月末締めでお願いいたします。
{sig('izutsu', 1)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "施主7名の氏名・住所・電話をタブ区切りで保険会社へ",
})

# 008 — 「・」箇条書き：口座振替不能の未収先
_b = ""
for i, p in enumerate(C[62:68]):
    _b += f"・{p['name']} 様　{p['mobile'] if i % 2 else p['tel']}　未収{i % 3 + 2}ヶ月分 {(i % 3 + 2) * 4400:,}円（{p['addr_s']}）\n"
MESSAGES.append({
    "id": "gaichu-008", "charset": "shift_jis",
    "sender": frm("okochi"), "to": ["ミライ債権回収 受託管理課 <jutaku@mirai-servicer.co.jp>"],
    "subject": "回収委託先の追加について",
    "body": f"""ミライ債権回収株式会社
受託管理課 御中

お世話になっております。日の出産業 経理課 大河内です。
口座振替が3回以上不能となっており、督促状にもご返答のないお客様について、
下記6件の回収委託を追加でお願いしたく存じます。

{_b}
契約書の写しは別途郵送いたします。
{sig('okochi', 0)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": [PD],
    "note": "口座振替不能の顧客6名（氏名・電話・住所・未収額）を「・」箇条書きで回収業者へ",
})

# 009 — DOCX 作業員名簿（さくらホテル 入館申請）
_tbl = [["No.", "氏名", "ふりがな", "生年月日", "現住所", "携帯電話", "所属"]]
_hira = str.maketrans({chr(k): chr(k - 0x60) for k in range(0x30A1, 0x30F7)})
for i, p in enumerate(T[0:6]):
    _tbl.append([str(i + 1), p["name"], p["kana"].translate(_hira), wareki(p["dob"]), p["addr"], p["mobile"],
                 ["外注（個人）", "外注（個人）", "外注（個人）", "日の出産業", "松葉防除サービス", "松葉防除サービス"][i]])
MESSAGES.append({
    "id": "gaichu-009", "charset": "utf-8",
    "sender": frm("shiina"), "to": ["さくらホテル 施設管理課 <shisetsu@sakura-hotel.jp>"],
    "subject": "12月 客室定期防除 作業員名簿のご提出",
    "body": f"""さくらホテル
施設管理課 御中

いつもお世話になっております。日の出産業 川崎北営業所の椎名です。
12月の客室定期防除（12/8～12/10 夜間）に従事する作業員名簿を提出いたします。
入館証の発行をよろしくお願いいたします。
{sig('shiina', 2)}""",
    "attachments": [{"kind": "docx", "name": "作業員名簿_202512_さくらホテル様.docx",
                     "paragraphs": ["作業員名簿", "件名：客室 定期害虫防除（2025年12月）",
                                    "元請：日の出産業株式会社　現場責任者：椎名 航平"],
                     "tables": [_tbl]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "作業員6名の生年月日・住所・携帯をDOCX表でホテルへ",
})

# 010 — PDF 施工実績一覧（協会）
_tbl = [["施工番号", "施主", "施工場所", "電話", "施工日", "使用薬剤"]]
for i, p in enumerate(C[68:76]):
    _tbl.append([f"S{2508 + i}-{i + 11}", p["name"], p["addr"], p["tel"], f"R7.{8 + i // 4}.{3 + i * 2}",
                 ["ネオニコチノイド系", "ピレスロイド系", "ベイト工法"][i % 3]])
MESSAGES.append({
    "id": "gaichu-010", "charset": "iso-2022-jp",
    "sender": frm("izutsu"), "to": ["関東しろあり防除協会 事務局 <jimukyoku@kanto-shiroari.or.jp>"],
    "subject": "施工実績報告（2025年度上期）の提出",
    "body": f"""関東しろあり防除協会 事務局 御中

日の出産業株式会社の井筒でございます。
会員施工実績報告（2025年度上期・8～9月分）をPDFにて提出いたします。
様式は協会指定の第3号様式に合わせております。
{sig('izutsu', 0)}""",
    "attachments": [{"kind": "pdf", "name": "施工実績報告_2025上期_日の出産業.pdf",
                     "title": "施工実績報告", "lines": ["第3号様式　施工実績報告書", "会員名：日の出産業株式会社",
                                                  "対象期間：令和7年8月～9月", ""],
                     "table": _tbl}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "施主8名の氏名・住所・電話のPDF表を業界団体へ",
})

# 011 — PPTX お客様の声（広告代理店へ）
_sl = [["2026年度 チラシ・Web「お客様の声」掲載候補", "掲載同意の確認は営業担当が電話で実施予定",
        "候補5名（施工満足度アンケート 5点満点の方）"]]
_voice = ["夜中に天井裏で走り回る音が消えて、やっと眠れるようになりました。",
          "スズメバチの巣を当日中に撤去してもらえて助かりました。",
          "床下の写真を見せながら説明してくれたので安心できました。",
          "定期契約にしてから店のゴキブリクレームがゼロになりました。",
          "高齢の母の一人暮らしでも丁寧に対応していただけました。"]
for i, p in enumerate(C[76:81]):
    age = 2025 - p["dob"].year
    _sl.append([f"候補{i + 1}：{p['name']} 様（{age}歳）", f"住所：{p['addr']}", f"TEL：{p['tel']}",
                f"ご利用：{['ネズミ駆除', 'ハチ駆除', 'シロアリ防除', 'ゴキブリ定期', 'ハウスクリーニング'][i]}",
                f"コメント：{_voice[i]}"])
MESSAGES.append({
    "id": "gaichu-011", "charset": "shift_jis",
    "sender": frm("onodera"), "to": ["ブライト企画 制作部 <seisaku@bright-kikaku.co.jp>"],
    "subject": "「お客様の声」掲載候補の資料です",
    "body": f"""ブライト企画
制作部 内海様

お世話になっております。日の出産業の小野寺です。
先日の打合せでお話しした、来期チラシ用「お客様の声」の候補者資料を添付します。
写真撮影が可能かどうかは、候補者ごとにこちらから確認してお伝えします。

デザインのたたき台、年明けまでにいただけると助かります。
{sig('onodera', 1)}""",
    "attachments": [{"kind": "pptx", "name": "お客様の声_掲載候補.pptx", "slides": _sl}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "顧客5名の氏名・年齢・住所・電話をPPTXスライドで広告代理店へ",
})

# 012 — ZIP（パスワードなし）：システム移行用データ
_rows = [["顧客ID", "氏名", "氏名カナ", "郵便番号", "住所", "電話番号", "メールアドレス", "契約開始日", "振替銀行", "支店", "口座番号"]]
for p in C[0:20]:
    _rows.append([p["cust_no"], p["name"], p["kana"], p["zip"], p["addr"], p["tel"], p["mail"],
                  f"20{18 + int(p['acct'][-1]) % 7}-0{int(p['acct'][-2]) % 9 + 1}-01", p["bank"], p["branch"], p["acct"]])
_hist = [["顧客ID", "作業日", "作業コード", "技術者コード", "金額"]]
for i, p in enumerate(C[0:20]):
    _hist.append([p["cust_no"], f"2025-0{i % 9 + 1}-1{i % 9}", f"W{100 + i % 7}", f"TC{20 + i % 5}", 4400 + (i % 4) * 1100])
MESSAGES.append({
    "id": "gaichu-012", "charset": "utf-8",
    "sender": frm("mikumo"), "to": ["ツバサシステム 導入支援 平賀様 <hiraga@tsubasa-system.jp>"],
    "subject": "Re: 顧客管理システム移行 テストデータのご提供",
    "body": f"""ツバサシステム株式会社
平賀様

お世話になっております。日の出産業 情報システム課の三雲です。
移行リハーサル用のデータをZIPでお送りします。
本番データから契約者20件を抜き出したものです（マスキングは間に合いませんでした）。

- 定期契約者マスタ.csv（UTF-8）
- 作業履歴.xlsx

文字化けなどあればご連絡ください。
{sig('mikumo', 1)}""",
    "attachments": [{"kind": "zip", "name": "移行テストデータ_20251120.zip", "files": [
        {"kind": "csv", "name": "定期契約者マスタ.csv", "encoding": "utf-8", "rows": _rows},
        {"kind": "xlsx", "name": "作業履歴.xlsx", "sheets": {"作業履歴": _hist}}]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_BANK_ACCOUNT"],
    "detectors": [PD],
    "note": "ZIP内CSVに契約者20名の住所・電話・メール・口座（システム会社へ、マスキングなし）",
})

# 013 — 転送（本文に管理会社のメール）
_b = ""
for i, p in enumerate(C[20:26]):
    _b += f"{2 + i // 3}0{i % 3 + 1}号室　{p['name']}様　{p['mobile']}\n"
MESSAGES.append({
    "id": "gaichu-013", "charset": "iso-2022-jp",
    "sender": frm("fukudome"), "to": [f"{T[1]['name']} <{T[1]['mail']}>"],
    "subject": "Fwd: 【港南ハウジング】パークサイド宮崎 不在住戸の再訪問について",
    "body": f"""{T[1]['sei']}さん

お疲れさまです。福留です。
下記、管理会社さんからの連絡です。来週木曜の午後で再訪問お願いできますか。
各戸への電話は{T[1]['sei']}さんから直接してもらってOKとのことです。

---------- Forwarded message ---------
From: 長谷部 <hasebe@konan-housing.co.jp>
Date: 2025年11月18日(火) 16:02
Subject: 【港南ハウジング】パークサイド宮崎 不在住戸の再訪問について
To: 福留 亜希子 <a.fukudome@hinode-sangyo.co.jp>

日の出産業 福留様

お世話になります。港南ハウジングの長谷部です。
先日の一斉駆除で不在だった住戸の入居者様に確認したところ、
下記の方が再訪問を希望されています。日程は各自に直接ご連絡ください。

{_b}
よろしくお願いいたします。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [PD, FREE],
    "note": "管理会社のメール（入居者6名の氏名・携帯）を協力技術者の携帯メールへ転送：転送は新しい本文",
})

# 014 — 社内メールを .eml で添付して協力業者へ
_b = ""
for i, p in enumerate(C[26:33]):
    _b += (f"({i + 1}) {p['name']}様 / {p['addr']} / {p['mobile'] if i % 2 else p['tel']} / "
           f"{['軒下 キイロスズメバチ', '庭木 アシナガバチ', '戸袋内 ミツバチ?', '換気口 スズメバチ', '物置 アシナガ', '2階ベランダ', '生垣 コガタスズメ'][i]}\n")
_inner = {"sender": frm("manabe"), "to": [frm("shiina")], "charset": "iso-2022-jp",
          "subject": "【相談室】ハチ駆除 依頼一覧（9/16受付分）",
          "body": f"""椎名所長

相談室の真鍋です。本日受付のハチ駆除依頼です。
川崎北営業所で回りきれない分は協力会社へお願いします。

{_b}
以上7件
"""}
MESSAGES.append({
    "id": "gaichu-014", "charset": "iso-2022-jp",
    "sender": frm("shiina"), "to": ["テクノ衛生 配車担当 <haisha@techno-eisei.jp>"],
    "subject": "転送：ハチ駆除 依頼一覧（9/16受付分）",
    "body": f"""有限会社テクノ衛生
配車ご担当者様

日の出産業 川崎北の椎名です。お世話になります。
本日受付分のハチ駆除、うちの班だけでは回りきれません。
添付の相談室メールの7件のうち、対応可能なものを本日中にお知らせください。
{sig('shiina', 3)}""",
    "attachments": [{"kind": "eml", "name": "ハチ駆除依頼一覧_0916.eml", "message": _inner}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "添付した社内メール(.eml)に依頼者7名の氏名・住所・電話：協力業者へ",
})

# 015 — マイナンバー（1名）
_p = T[7]
MESSAGES.append({
    "id": "gaichu-015", "charset": "iso-2022-jp",
    "sender": frm("okochi"), "to": ["尾崎税理士事務所 <info@ozaki-zeirishi.jp>"],
    "subject": "支払調書の件（外注技術者 1名分）",
    "body": f"""尾崎税理士事務所
尾崎先生

お世話になっております。日の出産業 経理課の大河内です。
報酬の支払調書ですが、先日お送りした一覧から1名漏れておりました。
下記を追加いただけますでしょうか。

氏名：{_p['name']}（{_p['kana']}）
住所：{_p['zip']} {_p['addr']}
個人番号：{my_number(SEED + 0)}
支払金額：1,284,000円（源泉徴収税額 131,090円）
区分：害虫駆除作業 外注費

よろしくお願いいたします。
{sig('okochi', 0)}""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": [PD],
    "note": "外注技術者1名のマイナンバーを税理士事務所へ本文で送付",
})

# 016 — クレジットカード番号（1名）
_p = C[33]
_cn = card_number(SEED + 0)
MESSAGES.append({
    "id": "gaichu-016", "charset": "utf-8",
    "sender": frm("manabe"), "to": ["ペイネクスト カスタマーサポート <support@paynext.co.jp>"],
    "subject": "電話受付分のカード決済登録のお願い",
    "body": f"""ペイネクスト株式会社
カスタマーサポート ご担当者様

日の出産業（加盟店番号 PN-0048821）の真鍋です。
お客様から電話でカード払いのご希望があり、管理画面へのログインが
ロックされてしまったため、代理での登録をお願いできますでしょうか。

お名前：{_p['kana']}
カード番号：{_cn[:4]}-{_cn[4:8]}-{_cn[8:12]}-{_cn[12:]}
有効期限：08/28
金額：38,500円（シロアリ予防 再施工）
ご連絡先：{_p['mobile']}

お手数ですがよろしくお願いいたします。
{sig('manabe', 1)}""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "顧客のカード番号・有効期限を決済代行会社へメール本文で",
})

# 017 — 運転免許証番号
_a, _b2 = T[8], T[9]
MESSAGES.append({
    "id": "gaichu-017", "charset": "shift_jis",
    "sender": frm("isurugi"), "to": ["東和オートリース 法人営業課 <hojin@towa-autolease.co.jp>"],
    "subject": "社用車 運転者追加登録（2名）",
    "body": f"""東和オートリース株式会社
法人営業課 御中

いつもお世話になっております。日の出産業 総務人事課の石動です。
12月1日付で技術課に配属となる2名を、リース車両（サービスカー）の運転者として
追加登録をお願いいたします。

1. {_a['name']}（{_a['kana']}）
   生年月日：{_a['dob']:%Y年%m月%d日}
   運転免許証番号：第4520{_a['acct'][:6]}30号
   免許の条件等：眼鏡等

2. {_b2['name']}（{_b2['kana']}）
   生年月日：{_b2['dob']:%Y年%m月%d日}
   運転免許証番号：第3017{_b2['acct'][1:7]}21号

免許証のコピーが必要でしたらお知らせください。
{sig('isurugi', 0)}""",
    "expect": "stop",
    "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": [PD],
    "note": "従業員2名の運転免許証番号と生年月日をリース会社へ",
})

# 018 — 健康保険証の記号・番号＋負傷（要配慮）
_p = T[10]
MESSAGES.append({
    "id": "gaichu-018", "charset": "iso-2022-jp",
    "sender": frm("isurugi"), "to": ["ひかり損害保険 事故受付センター <jiko-uketsuke@hikari-sonpo.co.jp>"],
    "subject": "傷害保険 事故報告（作業中の転落）",
    "body": f"""ひかり損害保険株式会社 事故受付センター 御中

証券番号 HK-2291-04417 の契約者、日の出産業株式会社の石動と申します。
作業中の事故について、取り急ぎメールにてご報告いたします。

被保険者：{_p['name']}（{_p['kana']}）　{wareki(_p['dob'])}生
事故日時：2025年11月12日 14時20分ごろ
場所：川崎市宮前区の戸建住宅（ハチの巣駆除作業中）
状況：2階軒下の巣を撤去中、脚立から転落
傷病名：右足関節果部骨折、腰椎捻挫（宮前中央病院にて手術、約3週間の入院見込み）
健康保険証：協会けんぽ 記号 31250718 番号 62

診断書は後日郵送いたします。
{sig('isurugi', 1)}""",
    "expect": "stop",
    "entities": ["JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": [PD],
    "note": "従業員1名の健康保険証記号番号と負傷・入院（病歴）を保険会社へ",
})

# 019 — 要配慮（1名の病歴）：薬剤メーカーへ
_p = C[34]
MESSAGES.append({
    "id": "gaichu-019", "charset": "utf-8",
    "sender": frm("izutsu"), "to": ["東洋ケミカル 品質保証部 <qa@toyo-chemical.co.jp>"],
    "subject": "ご相談：散布後の健康被害の申し出について",
    "body": f"""東洋ケミカル株式会社
品質保証部 ご担当者様

日の出産業 技術課の井筒です。いつもお世話になっております。
貴社製品「トーヨーEC乳剤50」を使用した現場で、お客様から健康被害のお申し出がありました。
成分と症状の関係について見解をいただけますでしょうか。

お客様：{_p['name']} 様
ご住所：{_p['addr']}
施工日：11月6日（床下・外周散布）
申し出内容：
　同居のご長男（8歳）が気管支喘息の持病があり、施工の翌日に発作を起こし
　{_p['city']}内の小児科に救急受診。主治医からは化学物質過敏症の疑いもあると
　言われたとのことです。奥様ご本人も頭痛とめまいで内科を受診されています。

使用量・希釈倍率は作業報告書のとおりで、規定範囲内でした。
{sig('izutsu', 0)}""",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": [PD],
    "note": "特定可能な顧客家族の病歴（喘息・受診）を住所氏名付きで薬剤メーカーへ",
})

# 020 — 要配慮（逮捕歴）
_p = T[11]
MESSAGES.append({
    "id": "gaichu-020", "charset": "shift_jis",
    "sender": frm("kusakabe"), "to": ["能登 様 <noto@aoi-fudosan.jp>"],
    "subject": "担当技術者の交代について（お詫び）",
    "body": f"""あおい不動産管理株式会社
物件管理課 能登様

日の出産業 協力会社管理室の日下部です。
貴社物件「メゾン宮崎」ほか3物件の定期点検を担当しておりました協力業者の技術者
{_p['name']}（{2025 - _p['dob'].year}歳）について、ご報告とお詫びを申し上げます。

同人は先週、私生活上の事件で住居侵入の疑いにより神奈川県警に逮捕されたとの連絡を
所属会社から受けました。業務中の事案ではないことを確認しておりますが、
本日付で弊社案件からは外し、12月以降は別の技術者が担当いたします。

入居者様へのご説明が必要な場合は、弊社からも伺います。
{sig('kusakabe', 0)}""",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": [PD],
    "note": "特定の技術者の逮捕（犯罪の経歴）を管理会社へ伝える要配慮個人情報",
})

# --------------------------------------------------------------------------------------
# 021–032 宛先の問題（To/Cc の見せ合い、類似ドメイン）
# --------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "gaichu-021", "charset": "iso-2022-jp",
    "sender": frm("onodera"),
    "to": ["長谷部様 <hasebe@konan-housing.co.jp>", "能登様 <noto@aoi-fudosan.jp>",
           "古賀様 <koga@grandres-mgmt.co.jp>", "星野様 <hoshino@hoshizora-kanri.co.jp>",
           "山手エステート 管理課 <kanri@yamate-estate.co.jp>", "三和コミュニティ 工務 <koumu@sanwa-community.jp>"],
    "subject": "年末年始の営業日および緊急対応窓口のお知らせ",
    "body": f"""管理会社各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 ハウスケア事業部でございます。

誠に勝手ながら、年末年始の営業日を下記のとおりとさせていただきます。

　休業期間：2025年12月28日（日）～2026年1月4日（日）
　緊急窓口：0120-48-1108（ハチ・ネズミ等の緊急案件のみ、9時～17時）

休業期間中にいただいたご依頼は、1月5日より順次対応いたします。
何卒ご理解賜りますようお願い申し上げます。
{sig('onodera', 0)}""",
    "expect": "stop",
    "entities": [],
    "detectors": [EXV, MED],
    "note": "6社の管理会社担当者をToに並べた一斉案内（Bccにすべき）",
})

_to = [f"{p['name']} 様 <{p['mail']}>" for p in C[35:39]]
MESSAGES.append({
    "id": "gaichu-022", "charset": "utf-8",
    "sender": frm("fukudome"), "to": _to,
    "subject": "【日の出産業】秋の定期点検 日程候補のご案内",
    "body": f"""定期契約のお客様へ

いつも日の出産業のハウスケアサービスをご利用いただき、ありがとうございます。
秋の定期点検（年4回契約の第3回）の日程候補をご案内いたします。

　候補A：10月14日（火）午前
　候補B：10月17日（金）午後
　候補C：10月25日（土）午前

ご都合のよい日程を、このメールへの返信でお知らせください。
いずれもご都合が合わない場合は、ご希望の日時をお書き添えください。
{sig('fukudome', 2)}""",
    "expect": "stop",
    "entities": [],
    "detectors": [EXV, MED, FREE],
    "note": "個人客4名（Gmail・Yahoo等）のアドレスをToに並べて送信：互いに見える",
})

MESSAGES.append({
    "id": "gaichu-023", "charset": "shift_jis",
    "sender": frm("shiina"), "to": ["長谷部様 <hasebe@konan-housing.co.jp>"],
    "cc": ["菅野様 <kanno@matsuba-bojo.co.jp>", "テクノ衛生 配車担当 <haisha@techno-eisei.jp>"],
    "subject": "篠原台団地 一斉防除（1/20〜1/24）の作業分担について",
    "body": f"""港南ハウジング管理 長谷部様
（CC：松葉防除サービス 菅野様、テクノ衛生 配車ご担当様）

お世話になっております。日の出産業 川崎北営業所の椎名です。
篠原台団地（全6棟・240戸）の一斉防除につきまして、作業分担案を共有いたします。

　1号棟・2号棟：日の出産業
　3号棟・4号棟：松葉防除サービス様
　5号棟・6号棟：テクノ衛生様
　共用部・ゴミ置場：日の出産業

各社の作業員数と車両台数を1月9日までにお知らせください。
駐車スペースは管理事務所前に3台分確保いただいております。
{sig('shiina', 1)}""",
    "expect": "stop",
    "entities": [],
    "detectors": [EXV, MED],
    "note": "管理会社1社と協力業者2社の計3社がTo/Ccで互いに見える",
})

MESSAGES.append({
    "id": "gaichu-024", "charset": "iso-2022-jp",
    "sender": frm("izutsu"), "to": ["古賀 様 <koga@grandres-mgmt.co.jp>"],
    "cc": ["菅野 様 <kanno@matsuba-bojo.co.jp>", f"{T[2]['name']} 様 <{T[2]['mail']}>"],
    "subject": "グランレジデンス溝口 ネズミ侵入口の封鎖工事 日程",
    "body": f"""グランレジデンス・マネジメント
古賀様

日の出産業 技術課の井筒です。
先日調査したネズミの侵入口（1階ゴミ置場裏の配管貫通部ほか4か所）の封鎖工事ですが、
12月3日（水）9時～ で実施させていただきます。

当日は松葉防除の菅野様、外注の{T[2]['sei']}さんと3名で伺います。
ゴミ置場を2時間ほど使用できなくなりますので、掲示をお願いできますでしょうか。
{sig('izutsu', 1)}""",
    "expect": "stop",
    "entities": [],
    "detectors": [EXV, MED, FREE],
    "note": "管理会社・協力業者・個人技術者(Gmail)の3当事者がTo/Ccで見える",
})

_b = ""
for p in C[39:42]:
    _b += f"・{p['name']}様 {p['addr_s']} TEL {p['tel']}\n"
MESSAGES.append({
    "id": "gaichu-025", "charset": "iso-2022-jp",
    "sender": frm("fukudome"), "to": ["椎名 航平 <k.shiina@hinode-sangyou.co.jp>"],
    "subject": "明日の振替分（3件）",
    "body": f"""椎名所長

業務管理の福留です。
雨天で延期になった3件、明日の午後に振り替えました。
川崎北の班で回っていただけますか。

{_b}
鍵の受け取りなどは特にありません。
福留""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [LAD, PD],
    "note": "社内宛のつもりが hinode-sangyou.co.jp（1文字追加の類似ドメイン）、顧客3名の情報付き",
})

MESSAGES.append({
    "id": "gaichu-026", "charset": "utf-8",
    "sender": frm("okochi"), "to": ["みどり銀行 法人営業部 坂口様 <sakaguchi@midori-ginkou.co.jp>"],
    "subject": "11月分 口座振替の結果について",
    "body": f"""みどり銀行 法人営業部
坂口様

いつもお世話になっております。日の出産業 経理課の大河内です。
11月27日振替分の結果を拝受いたしました。ありがとうございます。

　依頼件数　1,284件／振替済　1,241件／不能　43件
　不能の内訳：残高不足 38件、取引なし 3件、預金者都合 2件

不能分の再振替（12月10日）につきましては、別途伝送にてお送りします。
手数料の請求書は従来どおり郵送でお願いいたします。
{sig('okochi', 1)}""",
    "expect": "stop",
    "entities": [],
    "detectors": [LAD],
    "note": "宛先 midori-ginkou.co.jp はパートナー midori-ginko.co.jp の類似（1文字追加）",
})

MESSAGES.append({
    "id": "gaichu-027", "charset": "shift_jis",
    "sender": frm("shiina"), "to": ["さくらホテル 施設管理課 丸山様 <maruyama@sakura-hotel.co.jp>"],
    "subject": "客室定期防除 1月の対象フロア",
    "body": f"""さくらホテル 施設管理課
丸山様

お世話になっております。日の出産業の椎名です。
1月の客室定期防除の対象フロアは 8F～12F（計96室）となります。
稼働の低い 1/13～1/15 の深夜帯を予定しておりますが、ご都合いかがでしょうか。

また、厨房のチャバネゴキブリ対策として、2月からベイト剤の種類を
ローテーションで切り替えたいと考えております。次回の定例でご説明させてください。
{sig('shiina', 0)}""",
    "expect": "stop",
    "entities": [],
    "detectors": [LAD],
    "note": "sakura-hotel.co.jp はパートナー sakura-hotel.jp の TLD 違いの類似ドメイン",
})

MESSAGES.append({
    "id": "gaichu-028", "charset": "iso-2022-jp",
    "sender": frm("izutsu"), "to": ["北国フーズ 品質管理課 <hinshitsu@kitaguni-food.co.jp>"],
    "subject": "相模原工場 防虫モニタリング 12月の実施日",
    "body": f"""北国フーズ株式会社
品質管理課 御中

日の出産業 技術課の井筒です。いつもお世話になっております。
相模原工場の防虫モニタリング、12月は以下で実施いたします。

　12月9日（火）8:30～ 捕虫器（ライトトラップ）32台の捕獲紙交換・同定
　12月9日（火）13:00～ 粘着トラップ 120か所の回収・設置

11月の結果で包装室のチョウバエ類がやや増加しております。
排水溝の清掃状況を当日確認させてください。
{sig('izutsu', 2)}""",
    "expect": "stop",
    "entities": [],
    "detectors": [LAD],
    "note": "kitaguni-food.co.jp はパートナー kitaguni-foods.co.jp から s が落ちた類似ドメイン",
})

MESSAGES.append({
    "id": "gaichu-029", "charset": "utf-8",
    "sender": frm("mori"), "to": ["川崎電機 営業部 <eigyo@kawasaki-denkl.co.jp>"],
    "subject": "捕虫器 KD-LT30 の見積依頼",
    "body": f"""川崎電機株式会社 営業部 御中

いつもお世話になっております。日の出産業 購買の森です。
下記の見積をお願いいたします。

　品番 KD-LT30（LED捕虫器 壁掛型）　40台
　品番 KD-GS30-P（交換用粘着シート 30枚入）　120箱
　納期希望：2026年1月末　納入先：弊社 中原倉庫

食品工場向けの新規案件で使用予定です。
{sig('mori', 1)}""",
    "expect": "stop",
    "entities": [],
    "detectors": [LAD],
    "note": "kawasaki-denkl.co.jp（i→l のホモグリフ）はパートナー kawasaki-denki.co.jp の類似",
})

MESSAGES.append({
    "id": "gaichu-030", "charset": "iso-2022-jp",
    "sender": frm("onodera"), "to": ["瀬尾様 <seo@nishiki-insatsu.jp>"],
    "subject": "春のハチ対策チラシ 入稿データ",
    "body": f"""錦印刷 瀬尾様

お世話になっております。日の出産業の小野寺です。
春のハチ対策チラシ（A4両面・3万部）の入稿データを添付します。
表面の価格表記は税込で統一しています。色校は1部で結構です。
{sig('onodera', 1)}""",
    "attachments": [{"kind": "pdf", "name": "hachi_flyer_2026spring.pdf",
                     "lines": ["ハチの巣 駆除します！", "アシナガバチ 8,800円～ / スズメバチ 16,500円～",
                               "川崎・横浜エリア 最短当日訪問", "日の出産業のハウスケア 0120-48-1108"]}],
    "expect": "stop",
    "entities": [],
    "detectors": [LAD],
    "note": "nishiki-insatsu.jp は nishiki-insatsu.co.jp から co. が落ちた類似ドメイン",
})

MESSAGES.append({
    "id": "gaichu-031", "charset": "shift_jis",
    "sender": frm("kusakabe"), "to": ["石動 晴美 <h-isurugi@hinode-sangyo-co.jp>"],
    "subject": "協力会社 基本契約の更新（2026年度）",
    "body": f"""石動さん

協力会社管理の日下部です。
2026年度の協力会社基本契約の更新対象は、前年から1社減って14社です。
契約書の雛形は法務確認済みの版（v3.2）を使います。

押印の段取りについて、来週どこかで15分ほどお時間ください。
{sig('kusakabe', 3)}""",
    "expect": "stop",
    "entities": [],
    "detectors": [LAD],
    "note": "hinode-sangyo-co.jp（ドットがハイフン）は自社ドメインの類似：社内宛の誤記",
})

MESSAGES.append({
    "id": "gaichu-032", "charset": "utf-8",
    "sender": frm("mikumo"), "to": ["平賀様 <hiraga@tsubasa-sytem.jp>"],
    "subject": "スケジュール管理画面の表示不具合",
    "body": f"""ツバサシステム 平賀様

お世話になっております。日の出産業 三雲です。
昨日のアップデート以降、スケジュール管理画面で「週表示」にすると
技術者ごとの列が重なって表示される不具合が出ております（Chrome / Edge とも）。

スクリーンショットを添付します。至急ご確認をお願いできますでしょうか。
{sig('mikumo', 1)}""",
    "attachments": [{"kind": "png", "name": "schedule_bug.png"}],
    "expect": "stop",
    "entities": [],
    "detectors": [LAD],
    "note": "tsubasa-sytem.jp（s 脱落）はパートナー tsubasa-system.jp の類似ドメイン",
})

# --------------------------------------------------------------------------------------
# 033–052 通してよいメール（社内、免責文、NDA、事業者の一覧、1～4名、2社）
# --------------------------------------------------------------------------------------


def corp_number(base12: str) -> str:
    """法人番号（13桁：先頭がチェックデジット）。"""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# 033 — 社内だけ：訪問リスト
_b = "時間　　お客様　　　　　住所　　　　　　　　　　　　　　　　　電話\n" + "－" * 40 + "\n"
for i, p in enumerate(C[42:52]):
    _b += f"{pad(['9:00', '9:45', '10:30', '11:15', '13:00', '13:45', '14:30', '15:15', '16:00', '16:45'][i], 8)}{pad(p['name'], 16)}{pad(p['addr_s'], 38)}{zen(p['tel'])}\n"
MESSAGES.append({
    "id": "gaichu-033", "charset": "shift_jis",
    "sender": frm("fukudome"),
    "to": [frm("shiina"), "川崎北営業所 技術班 <kawasakikita-tech@mail.hinode-sangyo.co.jp>"],
    "cc": [frm("izutsu")],
    "subject": "11/21(金) 川崎北 ルート表",
    "body": f"""川崎北のみなさん

お疲れさまです。業務管理の福留です。
11/21(金)のルート表です。2台で半分ずつ回ってください（前半5件=1号車、後半5件=2号車）。

{_b}
※ 社内限り。協力業者さんへ転送する場合は、氏名と電話を消してからにしてください。
福留（内線233）""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "顧客10名のルート表だが宛先は社内（サブドメイン含む）のみ",
})

# 034 — 社内だけ：マイナンバー
_p = T[12]
MESSAGES.append({
    "id": "gaichu-034", "charset": "iso-2022-jp",
    "sender": frm("kusakabe"), "to": [frm("okochi")],
    "subject": "新規外注先（個人）のマイナンバー届出",
    "body": f"""大河内さん

協力会社管理の日下部です。
12月から外注契約を結ぶ個人事業主の方から、番号確認書類を受領しました。
支払調書用に経理側の台帳へ登録をお願いします（原本は金庫に保管済み）。

　氏名：{_p['name']}（屋号：{_p['sei']}環境サービス）
　住所：{_p['addr']}
　個人番号：{my_number(SEED + 7)}
　本人確認：運転免許証にて確認済み

登録後、このメールは削除をお願いします。
{sig('kusakabe', 1)}""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "マイナンバーを含むが社内の経理宛のみ",
})

# 035 — 和文の免責文つき見積
MESSAGES.append({
    "id": "gaichu-035", "charset": "shift_jis",
    "sender": frm("onodera"), "to": ["古賀 様 <koga@grandres-mgmt.co.jp>"],
    "subject": "お見積書送付：グランレジデンス溝口 共用部定期防除",
    "body": f"""グランレジデンス・マネジメント株式会社
古賀様

いつもお世話になっております。日の出産業の小野寺です。
ご依頼いただいておりました共用部定期防除のお見積書をお送りいたします。

　見積番号：HS-Q-2025-1187
　内容：共用部ゴキブリ・ネズミ定期防除（年6回）
　金額：年額 198,000円（税込）
　有効期限：2026年1月31日

ご不明点がございましたら、お気軽にお問い合わせください。
{sig('onodera', 0)}{DISC_JA}""",
    "attachments": [{"kind": "pdf", "name": "御見積書_HS-Q-2025-1187.pdf",
                     "lines": ["御見積書", "グランレジデンス・マネジメント株式会社 御中", "見積番号 HS-Q-2025-1187"],
                     "table": [["項目", "数量", "単価", "金額"], ["共用部 定期防除", "6回", "30,000", "180,000"],
                               ["消費税(10%)", "", "", "18,000"], ["合計", "", "", "198,000"]]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "通常の見積送付。末尾の「機密情報が含まれている場合」は定型の免責文",
})

# 036 — 英文の免責文つき発注（海外サプライヤー）
MESSAGES.append({
    "id": "gaichu-036", "charset": "utf-8",
    "sender": frm("mori"), "to": ["Sales Team <sales@brightline-traps.com>"],
    "subject": "PO HS-2025-0917 / Bait stations BT-200",
    "body": f"""Dear Brightline Traps Sales Team,

Please find our purchase order below.

  PO number: HS-2025-0917
  Item: BT-200 tamper-resistant rodent bait station (black), 600 units
  Item: BT-200-KEY key set, 20 units
  Incoterms: FOB Los Angeles
  Requested ship date: January 15, 2026

Kindly send us the proforma invoice and confirm the lead time.
{sig('mori', 9)}{DISC_EN}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "英文の発注。末尾は定型の confidentiality disclaimer",
})

# 037 — NDA の話題
MESSAGES.append({
    "id": "gaichu-037", "charset": "iso-2022-jp",
    "sender": frm("kusakabe"), "to": ["こずえ環境 代表 梢様 <kozue@kozue-kankyo.co.jp>"],
    "subject": "協力会社契約に先立つ秘密保持契約の締結について",
    "body": f"""株式会社こずえ環境
代表取締役 梢様

先日はお時間をいただきありがとうございました。日の出産業の日下部です。
協力会社としてお取引を始めるにあたり、まずは秘密保持契約（NDA）を締結させて
いただきたく存じます。

弊社からお客様のご住所などをお伝えする前に、NDAの締結が社内規程上必要となります。
契約書は弊社雛形を郵送いたしますので、ご確認のうえ2部ご捺印ください。
修正のご要望があれば、遠慮なくお知らせください。
{sig('kusakabe', 0)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "秘密保持契約の締結についての連絡（機密の話題であって機密表示ではない）",
})

# 038 — NDA 案文（DOCX）を法律事務所へ
MESSAGES.append({
    "id": "gaichu-038", "charset": "utf-8",
    "sender": frm("kusakabe"), "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "協力会社向け秘密保持契約書（案）のご確認のお願い",
    "body": f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の日下部です。
協力会社向けの秘密保持契約書を改訂しました。案文をお送りしますので、
第3条（秘密情報の範囲）と第7条（個人情報の取扱い）を中心にご確認いただけますでしょうか。

お客様の住所・電話番号を協力会社に渡す運用があるため、再委託の禁止と
返還・廃棄の条項を厚くしております。
{sig('kusakabe', 1)}""",
    "attachments": [{"kind": "docx", "name": "秘密保持契約書_協力会社用_案v3.docx",
                     "paragraphs": ["秘密保持契約書（案）",
                                    "日の出産業株式会社（以下「甲」という。）と＿＿＿＿（以下「乙」という。）は、"
                                    "甲が乙に委託する害虫防除業務に関し、次のとおり秘密保持契約を締結する。",
                                    "第1条（目的）本契約は、甲乙間で開示される秘密情報の取扱いを定めることを目的とする。",
                                    "第3条（秘密情報）本契約において秘密情報とは、甲が乙に開示する顧客情報、"
                                    "価格情報その他一切の情報をいう。",
                                    "第7条（個人情報）乙は、甲から提供を受けた個人情報を委託業務の目的以外に利用してはならない。",
                                    "第9条（返還・廃棄）乙は、業務終了後速やかに秘密情報を返還又は廃棄する。"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "NDA案文の法務確認依頼。条文中の「秘密情報」は機密表示ではない",
})

# 039 — 事業所の一覧（会社の代表番号）
MESSAGES.append({
    "id": "gaichu-039", "charset": "iso-2022-jp",
    "sender": frm("onodera"), "to": ["星野様 <hoshino@hoshizora-kanri.co.jp>"],
    "subject": "弊社営業所一覧（ご依頼窓口）",
    "body": f"""ほしぞら管理株式会社
星野様

お世話になっております。日の出産業の小野寺です。
先ほどお電話でお話しした、物件エリアごとの弊社窓口をお送りします。

　営業所　　　　　住所　　　　　　　　　　　　　　　　　　　電話
　------------------------------------------------------------------------
　本社（中原）　　川崎市中原区新丸子東3-1180 日の出ビル4F　　044-411-5800
　川崎北営業所　　川崎市宮前区宮崎2-7-3 宮崎台ビル1F　　　　 044-866-3390
　横浜北営業所　　横浜市港北区新横浜2-15-8 第5新横浜ビル　　 045-470-2215
　相模原営業所　　相模原市南区相模大野6-1-22　　　　　　　　 042-740-8831
　多摩営業所　　　府中市府中町1-30-5 けやきビル2F　　　　　　042-336-1147

夜間・休日の緊急窓口は 0120-48-1108 です。
{sig('onodera', 1)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "営業所（事業所）の住所・代表電話の一覧：人の名簿ではない",
})

# 040 — 協力会社（法人）の一覧
MESSAGES.append({
    "id": "gaichu-040", "charset": "shift_jis",
    "sender": frm("kusakabe"), "to": ["能登 様 <noto@aoi-fudosan.jp>"],
    "subject": "Re: 協力会社の一覧について",
    "body": f"""能登様

日の出産業の日下部です。
貴社の業者登録用に、弊社が作業をお願いしている協力会社の一覧をお送りします。
いずれも弊社の協力会社基本契約・秘密保持契約を締結済みの会社です。

会社名,所在地,代表電話,主な作業
松葉防除サービス株式会社,横浜市都筑区仲町台1-9-4,045-948-3310,ゴキブリ・ネズミ防除
有限会社テクノ衛生,川崎市高津区久地3-2-18,044-822-5576,ハチ駆除・消毒
株式会社こずえ環境,相模原市中央区淵野辺2-4-1,042-769-0124,シロアリ防除
株式会社ハヤテクリーン,横浜市緑区長津田5-3-30,045-985-7702,ハウスクリーニング
南武ペストコントロール株式会社,府中市晴見町4-11-6,042-360-9981,鳥害対策・ネズミ防除

ご不明点があればお知らせください。
{sig('kusakabe', 0)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "協力会社（法人）の所在地・代表電話の一覧：事業者の一覧",
})

# 041 — 料金表 XLSX
MESSAGES.append({
    "id": "gaichu-041", "charset": "iso-2022-jp",
    "sender": frm("onodera"), "to": ["あおい不動産管理 能登様 <noto@aoi-fudosan.jp>"],
    "subject": "2026年度 管理会社様向け料金表",
    "body": f"""能登様

お世話になっております。日の出産業の小野寺です。
2026年4月以降の管理会社様向け料金表をお送りします。
人件費と薬剤費の上昇により一部改定させていただきました。改定箇所は黄色です。
{sig('onodera', 1)}""",
    "attachments": [{"kind": "xlsx", "name": "料金表_管理会社様向け_2026.xlsx", "sheets": {
        "防除": [["2026年度 料金表（管理会社様向け・税抜）"], [], ["品番", "作業", "単位", "現行", "改定後"],
                 ["P-101", "ゴキブリ駆除（1K～2DK）", "戸", 8000, 8800], ["P-102", "ゴキブリ駆除（3LDK以上）", "戸", 12000, 12000],
                 ["P-201", "ネズミ調査", "棟", 15000, 16500], ["P-301", "ハチ巣撤去（アシナガ）", "件", 8000, 8000],
                 ["P-302", "ハチ巣撤去（スズメバチ）", "件", 15000, 16500]],
        "清掃": [["品番", "作業", "単位", "価格"], ["C-11", "エアコン洗浄", "台", 11000], ["C-21", "退去後ハウスクリーニング 1K", "戸", 25000]]}}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "料金表（品番・価格）だけのXLSX",
})

# 042 — 請求書（法人番号・登録番号、会社口座）
_cn13 = corp_number("020101041187")
MESSAGES.append({
    "id": "gaichu-042", "charset": "utf-8",
    "sender": frm("okochi"), "to": ["とりまる食堂 経理部 <keiri@torimaru.co.jp>"],
    "subject": "請求書送付のご案内（INV-2511-0342）",
    "body": f"""株式会社とりまる食堂
経理部 御中

いつもお世話になっております。日の出産業 経理課の大河内でございます。
11月分の店舗定期防除（12店舗）の請求書をお送りいたします。

　請求書番号：INV-2511-0342
　ご請求金額：290,400円（税込）
　お支払期限：2025年12月31日
　お振込先：みどり銀行 新丸子支店 普通 0123456 ヒノデサンギヨウ（カ
　適格請求書発行事業者登録番号：T{_cn13}

何卒よろしくお願い申し上げます。
{sig('okochi', 0)}""",
    "attachments": [{"kind": "pdf", "name": "INV-2511-0342.pdf",
                     "lines": ["請求書", "株式会社とりまる食堂 御中", "請求書番号 INV-2511-0342",
                               f"登録番号 T{_cn13}", "ご請求金額 290,400円（税込）"],
                     "table": [["店舗", "作業", "金額"], ["武蔵小杉店", "定期防除", "22,000"], ["溝の口店", "定期防除", "22,000"],
                               ["日吉店", "定期防除", "22,000"], ["（ほか9店舗）", "", "198,000"], ["消費税", "", "26,400"]]}],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "法人顧客への請求書：登録番号（法人番号）と会社口座のみで個人データなし",
})

# 043 — 署名だけ（日程の返信）
MESSAGES.append({
    "id": "gaichu-043", "charset": "shift_jis",
    "sender": frm("izutsu"), "to": ["山手エステート 管理課 <kanri@yamate-estate.co.jp>"],
    "subject": "Re: ヴィラ日吉 貯水槽まわりの消毒日程",
    "body": f"""山手エステート 管理課 御中

日の出産業の井筒です。
12月16日（火）10時からで承知いたしました。
作業時間は1時間半ほどで、断水はございません。

当日は私が伺います。何かあれば下記携帯までお願いします。
{sig('izutsu', 0)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "日程の返信。電話・住所は送信者自身の署名のみ",
})

# 044 — 返信（> 引用の中に名簿、新しい本文は短い）
_q = ""
for i, p in enumerate(C[52:59]):
    _q += f"> {i + 1}. {p['name']}様（{p['bldg'] or 'ヴィラ日吉 ' + str(200 + i) + '号室'}）{p['mobile']}\n"
MESSAGES.append({
    "id": "gaichu-044", "charset": "iso-2022-jp",
    "sender": frm("fukudome"), "to": ["長谷部様 <hasebe@konan-housing.co.jp>"],
    "subject": "Re: 個別駆除 希望者リスト（ヴィラ日吉）",
    "body": f"""長谷部様

お世話になっております。日の出産業の福留です。
リストを拝受しました。7件とも来週中に各戸へ電話して日程を決めます。
決まった日程は一覧にしてお送りします。

福留

2025/11/19 10:14、長谷部 <hasebe@konan-housing.co.jp> のメール:
> 日の出産業 福留様
>
> いつもお世話になっております。港南ハウジングの長谷部です。
> ヴィラ日吉で個別駆除を希望された入居者様の一覧です。
>
{_q}>
> よろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "入居者7名の一覧は相手のメールからの引用（>）のみ：新しい本文に個人データなし",
})

# 045 — 返信（-----Original Message----- の下に名簿）
_q = ""
for i, p in enumerate(C[59:65]):
    _q += f"{pad(str(301 + i), 6)}{pad(p['name'], 16)}{p['tel']}\n"
MESSAGES.append({
    "id": "gaichu-045", "charset": "shift_jis",
    "sender": frm("izutsu"), "to": ["能登 様 <noto@aoi-fudosan.jp>"],
    "subject": "RE: メゾン宮崎 3階 トコジラミ調査",
    "body": f"""能登様

日の出産業の井筒です。ご連絡ありがとうございます。
3階の6戸、12月2日（火）の13時から順に調査いたします。
入居者様へのご連絡は貴社からお願いできれば助かります。
調査は1戸あたり20分程度、室内のベッド周りを拝見します。

井筒

-----Original Message-----
From: 能登 <noto@aoi-fudosan.jp>
Sent: Tuesday, November 25, 2025 9:41 AM
To: 井筒 剛 <izutsu@hinode-sangyo.co.jp>
Subject: メゾン宮崎 3階 トコジラミ調査

井筒様

あおい不動産管理の能登です。
3階の入居者から刺されたとの申し出が続いており、調査をお願いします。
対象は以下の6戸です。

号室  入居者名        電話
{_q}
よろしくお願いします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "6戸の入居者一覧は Original Message 以下の引用のみ",
})

# 046 — 英文の返信（On ... wrote: の下に名簿）
_q = ""
for i, p in enumerate(C[70:75]):
    _q += f"> - {p['roma']} ({['Night Manager', 'Chief Engineer', 'Housekeeping Lead', 'F&B Manager', 'Security'][i]}): +81 {p['mobile'][1:]}\n"
MESSAGES.append({
    "id": "gaichu-046", "charset": "utf-8",
    "sender": frm("onodera"), "to": ["Daniel Whitmore <d.whitmore@harborview-hotels.com>"],
    "subject": "Re: Night-time contacts for the bed bug inspection",
    "body": f"""Dear Daniel,

Thank you for the list. Our team will call the Night Manager first on arrival,
and we will start with the 14th floor as agreed. The inspection report will be
sent to you by noon the following day.

Kind regards,
Takumi

On Wed, Nov 26, 2025 at 6:12 PM Daniel Whitmore <d.whitmore@harborview-hotels.com> wrote:
> Hi Takumi-san,
>
> Here are the night-time contacts for the inspection on Dec 4:
{_q}>
> Please call in that order.
> Daniel
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "英文の返信。5名の連絡先は On ... wrote: 以下の引用のみ",
})

# 047 — 1名の連絡先（協力業者へ）
_p = C[65]
MESSAGES.append({
    "id": "gaichu-047", "charset": "iso-2022-jp",
    "sender": frm("fukudome"), "to": ["菅野様 <kanno@matsuba-bojo.co.jp>"],
    "subject": "追加1件のお願い（ネズミ調査）",
    "body": f"""松葉防除 菅野様

お世話になっております。日の出産業の福留です。
急ぎで1件追加をお願いできますでしょうか。

　お客様：{_p['name']} 様
　住所：{_p['addr']}
　電話：{_p['tel']}
　内容：天井裏の足音（ネズミ調査）、11/28(金)午後希望

調査報告は通常どおり弊社アプリでお願いします。
{sig('fukudome', 1)}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "顧客1名の連絡先を協力業者へ（1～4名は通してよい、警告は可）",
})

# 048 — 2名（立会い）
_a, _b2 = C[66], C[67]
MESSAGES.append({
    "id": "gaichu-048", "charset": "utf-8",
    "sender": frm("izutsu"), "to": ["古賀様 <koga@grandres-mgmt.co.jp>"],
    "subject": "床下点検の立会いについて（グランレジデンス溝口 1階）",
    "body": f"""古賀様

日の出産業の井筒です。
1階の床下点検で、室内の点検口を使わせていただく2戸の方の立会い日時が決まりました。

　101号室 {_a['name']}様（{_a['mobile']}）12/5(金) 10:00
　103号室 {_b2['name']}様（{_b2['mobile']}）12/5(金) 11:00

当日、管理人さんにもお伝えいただけますと幸いです。
{sig('izutsu', 3)}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "入居者2名の氏名・携帯のみ（5名未満）",
})

# 049 — 4名（講習会の出席者）
_b = ""
for p in T[24:28]:
    _b += f"・{p['name']}（{p['kana']}）携帯 {p['mobile']}\n"
MESSAGES.append({
    "id": "gaichu-049", "charset": "shift_jis",
    "sender": frm("isurugi"), "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "1/16 会議室ご予約の件（出席者の緊急連絡先）",
    "body": f"""さくらホテル 宴会予約係 御中

日の出産業 総務人事課の石動です。
1月16日（金）「梅の間」でご予約しております社内安全講習会の件です。
当日の運営スタッフ4名の緊急連絡先をお知らせします。

{_b}
資料の搬入は当日9時を予定しております。
{sig('isurugi', 0)}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "4名の携帯番号：5名未満なので通してよい",
})

# 050 — 2社（To と Cc）
MESSAGES.append({
    "id": "gaichu-050", "charset": "iso-2022-jp",
    "sender": frm("shiina"), "to": ["長谷部様 <hasebe@konan-housing.co.jp>"],
    "cc": ["菅野様 <kanno@matsuba-bojo.co.jp>"],
    "subject": "三者打合せの日程（コーポ篠原 ネズミ対策）",
    "body": f"""港南ハウジング 長谷部様
（CC：松葉防除 菅野様）

日の出産業の椎名です。
コーポ篠原のネズミ対策について、現地で三者打合せをさせてください。
候補は 12/8(月)14時、12/9(火)10時 です。ご都合をお知らせください。
{sig('shiina', 1)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [MED],
    "note": "外部は2社（管理会社と協力業者）だけの三者打合せ",
})

# 051 — 個人客 1名（Gmail）への完了報告
_p = C[68]
MESSAGES.append({
    "id": "gaichu-051", "charset": "utf-8",
    "sender": frm("shiina"), "to": [f"{_p['name']} 様 <{_p['mail']}>"],
    "subject": "ハチの巣駆除 完了のご報告",
    "body": f"""{_p['name']} 様

本日はハチの巣駆除のご依頼をいただき、誠にありがとうございました。
日の出産業 川崎北営業所の椎名でございます。

軒下のキイロスズメバチの巣（直径約25cm）を撤去し、戻りバチ対策の薬剤処理を行いました。
2週間以内に再発した場合は無償で対応いたしますので、お気軽にご連絡ください。

　作業料金：16,500円（税込）　お支払い：現地にて現金でお預かり済み
{sig('shiina', 0)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [FREE],
    "note": "お客様本人（Gmail）1名への作業完了報告",
})

# 052 — 作業報告書 DOCX（本人宛、iCloud）
_p = C[69]
MESSAGES.append({
    "id": "gaichu-052", "charset": "iso-2022-jp",
    "sender": frm("izutsu"), "to": [f"{_p['name']} 様 <{_p['mail'].split('@')[0]}@icloud.com>"],
    "subject": "シロアリ点検 作業報告書の送付",
    "body": f"""{_p['name']} 様

先日は床下点検のお時間をいただき、ありがとうございました。
日の出産業 技術課の井筒です。作業報告書をお送りいたします。

点検の結果、浴室下の土台にヤマトシロアリの蟻道を確認しました。
被害は表面のみですが、早めの処理をおすすめいたします。お見積りは別途お送りします。
{sig('izutsu', 0)}""",
    "attachments": [{"kind": "docx", "name": "作業報告書_シロアリ点検.docx",
                     "paragraphs": ["作業報告書（シロアリ点検）", f"お客様名：{_p['name']} 様",
                                    f"ご住所：{_p['addr']}", "点検日：2025年11月14日　担当：井筒 剛",
                                    "結果：浴室下土台に蟻道あり（ヤマトシロアリ）。玄関框 異常なし。"],
                     "tables": [[["箇所", "判定", "備考"], ["浴室下", "被害あり", "蟻道・食害（軽度）"],
                                 ["玄関", "異常なし", ""], ["和室下", "異常なし", "湿気やや多い"]]]}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": [PD, FREE],
    "note": "お客様本人1名への作業報告書（本人の住所のみ）",
})

# --------------------------------------------------------------------------------------
# 053–076 止めるべきメール（機密表示、読めない添付、番号、要配慮、名簿いろいろ）
# --------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "gaichu-053", "charset": "shift_jis",
    "sender": frm("kusakabe"), "to": ["松葉 社長 <matsuba@matsuba-bojo.co.jp>"],
    "subject": "【社外秘】2026年度 協力会社単価（改定案）",
    "body": f"""【社外秘】
――――――――――――――――――――――――
松葉防除サービス株式会社
代表取締役 松葉様

いつもお世話になっております。日の出産業 協力会社管理室の日下部です。
2026年度の協力会社単価の改定案をお送りします。正式決定前の案ですので、
貴社内でも限られた方のみでのご確認をお願いいたします。

　作業区分　　　　　　　　現行　　　　改定案
　ゴキブリ定期（1戸）　　 3,800円　→ 4,100円
　ネズミ調査（1棟）　　　 7,500円　→ 8,000円
　ハチ巣撤去（スズメ）　　 9,000円　→ 9,500円
　夜間割増　　　　　　　　 25%　　　→ 30%

ご意見は12月12日までにいただけますと幸いです。
{sig('kusakabe', 0)}""",
    "expect": "stop",
    "entities": [],
    "detectors": [CONF],
    "note": "件名と本文冒頭に【社外秘】の表示がある単価表を協力会社へ",
})

MESSAGES.append({
    "id": "gaichu-054", "charset": "iso-2022-jp",
    "sender": frm("onodera"), "to": ["古賀様 <koga@grandres-mgmt.co.jp>"],
    "subject": "見積の根拠資料（ご参考）",
    "body": f"""古賀様

日の出産業の小野寺です。
先日の価格交渉の件、社内で使っている積算シートをご参考までにお送りします。
作業時間と薬剤費の内訳をご覧いただければ、今回の金額の根拠がご理解いただけると思います。
{sig('onodera', 1)}""",
    "attachments": [{"kind": "xlsx", "name": "積算シート_グランレジデンス溝口.xlsx", "page_header": "社外秘",
                     "sheets": {"積算": [["【社外秘】積算シート（原価・粗利）"], [],
                                         ["項目", "数量", "原価単価", "原価計", "売価", "粗利率"],
                                         ["技術者人工", "1.5人日", 18000, 27000, "", ""],
                                         ["薬剤（ベイト剤）", "40個", 120, 4800, "", ""],
                                         ["車両・交通費", "1式", 3500, 3500, "", ""],
                                         ["合計", "", "", 35300, 55000, "35.8%"]]}}],
    "expect": "stop",
    "entities": [],
    "detectors": [CONF],
    "note": "ヘッダーとタイトル行に「社外秘」表示の原価シートを管理会社へ",
})

MESSAGES.append({
    "id": "gaichu-055", "charset": "utf-8",
    "sender": frm("manabe"), "to": ["テクノ衛生 業務部 <gyomu@techno-eisei.jp>"],
    "subject": "苦情対応の手順書について",
    "body": f"""有限会社テクノ衛生
業務部 ご担当者様

日の出産業 お客様相談室の真鍋です。
先月の件を受けて、弊社の苦情一次対応の手順書をお送りします。
現場で作業員の方がお客様から苦情を受けた際は、この手順でご対応ください。
{sig('manabe', 0)}""",
    "attachments": [{"kind": "docx", "name": "苦情一次対応手順書_v2.docx", "page_header": "取扱注意",
                     "paragraphs": ["苦情一次対応手順書（第2版）",
                                    "1. まずお詫びし、事実関係を確認する（言い訳をしない）。",
                                    "2. 金銭の要求には現場で回答しない。相談室（0120-48-1108）へ引き継ぐ。",
                                    "3. 薬剤による体調不良の申し出は、使用薬剤名とロット番号を記録する。",
                                    "4. 当日中に作業報告書の備考欄へ記載する。"]}],
    "expect": "stop",
    "entities": [],
    "detectors": [CONF],
    "note": "ヘッダーに「取扱注意」の表示があるDOCXを協力業者へ",
})

MESSAGES.append({
    "id": "gaichu-056", "charset": "utf-8",
    "sender": frm("mori"), "to": ["Ms. Rachel Tan <rachel.tan@pestshield-asia.com>"],
    "subject": "Proposal deck for the franchise discussion",
    "body": f"""Dear Rachel,

Thank you for the productive call yesterday. As promised, I attach our internal
deck on the Kanagawa house-care business, including the unit economics per
technician and our renewal rates, for your review ahead of the meeting on the 9th.
{sig('mori', 9)}""",
    "attachments": [{"kind": "pptx", "name": "Hinode_HouseCare_Overview.pptx", "page_footer": "CONFIDENTIAL - Internal Use Only",
                     "slides": [["Hinode House Care - Business Overview", "FY2025 revenue: JPY 2.4bn", "Active contracts: 11,800"],
                                ["Unit economics", "Revenue per technician: JPY 14.2m", "Gross margin: 41%"],
                                ["Renewal", "Annual renewal rate: 87%", "Churn drivers: relocation, price"]]}],
    "expect": "stop",
    "entities": [],
    "detectors": [CONF],
    "note": "全スライドのフッターに CONFIDENTIAL - Internal Use Only の資料を海外企業へ",
})

MESSAGES.append({
    "id": "gaichu-057", "charset": "iso-2022-jp",
    "sender": frm("okochi"), "to": ["みどり銀行 法人営業部 坂口様 <sakaguchi@midori-ginko.co.jp>"],
    "subject": "設備資金のご相談資料",
    "body": f"""みどり銀行 法人営業部
坂口様

いつもお世話になっております。日の出産業 経理課の大河内です。
サービスカー入替（12台）の設備資金につきまして、ご相談資料をお送りいたします。
来週のご面談の際に補足させてください。
{sig('okochi', 0)}""",
    "attachments": [{"kind": "pdf", "name": "ハウスケア事業部_中期計画_抜粋.pdf", "page_header": "部外秘",
                     "lines": ["ハウスケア事業部 中期事業計画（2026～2028）抜粋",
                               "売上計画：2026年度 25.1億円 / 2027年度 27.4億円 / 2028年度 29.8億円",
                               "設備投資：サービスカー入替 12台（EV 4台を含む）総額 4,320万円",
                               "人員計画：技術者 +8名（うち外注から内製化 5名）"]}],
    "expect": "stop",
    "entities": [],
    "detectors": [CONF],
    "note": "ページヘッダーに「部外秘」の中期計画PDFを銀行へ",
})

MESSAGES.append({
    "id": "gaichu-058", "charset": "shift_jis",
    "sender": frm("fukudome"), "to": ["長谷部様 <hasebe@konan-housing.co.jp>"],
    "subject": "篠原台団地 入居者別作業記録（パスワード別送）",
    "body": f"""港南ハウジング 長谷部様

お世話になっております。日の出産業の福留です。
篠原台団地の入居者別作業記録をお送りします。
ファイルにはパスワードを設定しておりますので、別メールでお知らせいたします。
{sig('fukudome', 0)}""",
    "attachments": [{"kind": "zip", "name": "篠原台団地_作業記録.zip", "password": "Hnd#2025shino",
                     "files": [{"kind": "xlsx", "name": "作業記録.xlsx",
                                "sheets": {"1号棟": [["号室", "氏名", "電話", "結果"]] +
                                           [[f"1{i:02d}", p["name"], p["tel"], "実施"] for i, p in enumerate(C[70:80], 1)]}}]}],
    "expect": "stop",
    "entities": [],
    "detectors": [UNS],
    "note": "パスワード付きZIP（PPAP）：中身を検査できない",
})

MESSAGES.append({
    "id": "gaichu-059", "charset": "iso-2022-jp",
    "sender": frm("onodera"), "to": ["とりまる食堂 店舗開発部 <tenpo@torimaru.co.jp>"],
    "subject": "新店舗 防除工事のお見積り",
    "body": f"""株式会社とりまる食堂
店舗開発部 御中

日の出産業の小野寺です。
新百合ヶ丘店の開店前防除工事のお見積りをお送りします。
PDFにはパスワードをかけております（パスワードは御社の店舗コード6桁です）。
{sig('onodera', 0)}""",
    "attachments": [{"kind": "pdf", "name": "お見積書_新百合ヶ丘店.pdf", "password": "480217",
                     "lines": ["御見積書", "新百合ヶ丘店 開店前防除工事", "合計 418,000円（税込）"]}],
    "expect": "stop",
    "entities": [],
    "detectors": [UNS],
    "note": "パスワード保護のPDF：検査できない添付",
})

MESSAGES.append({
    "id": "gaichu-060", "charset": "utf-8",
    "sender": frm("izutsu"), "to": ["北国フーズ 品質管理課 <hinshitsu@kitaguni-foods.co.jp>"],
    "subject": "11月 防虫モニタリング報告書",
    "body": f"""北国フーズ株式会社 品質管理課 御中

日の出産業 技術課の井筒です。
11月の相模原工場 防虫モニタリング報告書をお送りします。
捕獲数の推移グラフは2枚目のシートにあります。
{sig('izutsu', 1)}""",
    "attachments": [{"kind": "corrupt", "name": "防虫モニタリング報告_202511.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": [UNS],
    "note": "壊れたXLSX：中身を検査できない",
})

MESSAGES.append({
    "id": "gaichu-061", "charset": "shift_jis",
    "sender": frm("manabe"), "to": ["古賀様 <koga@grandres-mgmt.co.jp>"],
    "subject": "入居者様からのお申し出の経緯書",
    "body": f"""グランレジデンス・マネジメント
古賀様

日の出産業 お客様相談室の真鍋でございます。
先日お電話でご報告した件の経緯書をお送りいたします。
ご確認のほど、よろしくお願いいたします。
{sig('manabe', 1)}""",
    "attachments": [{"kind": "corrupt", "name": "経緯書_1118.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": [UNS],
    "note": "壊れたDOCX：検査できない添付",
})

# 062 — 全角数字・全角スペースで桁揃えした入構者名簿
_b = "氏名　　　　　　　フリガナ　　　　　　　　携帯電話　　　　　　　車両\n"
_b += "――――――――――――――――――――――――――――――――――――\n"
for i, p in enumerate(T[0:5]):
    _b += (pad(p["name"], 18, "　") + pad(p["kana"], 24, "　") + pad(zen(p["mobile"]), 22, "　")
           + ["川崎４８０ さ １２－０７", "川崎４８０ さ ３３－１９", "横浜５００ ち ８８－２１", "（同乗）", "相模５００ す ４１－６０"][i] + "\n")
MESSAGES.append({
    "id": "gaichu-062", "charset": "iso-2022-jp",
    "sender": frm("izutsu"), "to": ["北国フーズ 相模原工場 総務 <somu-sagamihara@kitaguni-foods.co.jp>"],
    "subject": "12月9日 工場入構申請（日の出産業）",
    "body": f"""北国フーズ株式会社
相模原工場 総務ご担当者様

日の出産業の井筒です。
12月9日（火）の防虫モニタリングで入構する作業員を申請いたします。

{_b}
入構時間：8:15　退出予定：16:30
{sig('izutsu', 0)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "作業員5名の氏名・カナ・携帯（全角数字、全角スペース揃え）を取引先工場へ",
})

# 063 — 旧形式 XLS：口座振替依頼書の未返送者
_rows = [["口座振替依頼書 未返送者一覧（2025/11/30現在）"], ["契約番号", "氏名", "郵便番号", "住所", "電話", "契約開始"]]
for i, p in enumerate(C[80:90]):
    _rows.append([p["cust_no"], p["name"], p["zip"], p["addr"], p["tel"], f"2025/{9 + i % 3}/01"])
MESSAGES.append({
    "id": "gaichu-063", "charset": "shift_jis",
    "sender": frm("okochi"), "to": ["ペイネクスト 収納代行サポート <shuno@paynext.co.jp>"],
    "subject": "依頼書 再送付のお願い（10件）",
    "body": f"""ペイネクスト株式会社
収納代行サポート ご担当者様

日の出産業 経理課の大河内です。
口座振替依頼書がまだ返送されていないお客様の一覧をお送りします。
貴社から依頼書の再送付（返信用封筒つき）をお願いいたします。
{sig('okochi', 1)}""",
    "attachments": [{"kind": "xls", "name": "依頼書未返送_20251130.xls", "sheets": {"未返送": _rows}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "顧客10名の氏名・住所・電話を旧形式XLSで収納代行会社へ",
})

# 064 — 英文：旅券番号
_b = ""
for i, p in enumerate(T[24:27]):
    _b += (f"{i + 1}. {p['roma'].split()[1].upper()} {p['roma'].split()[0]}\n"
           f"   Date of birth: {p['dob']:%d %b %Y}\n"
           f"   Passport No.: T{'RKZ'[i]}{p['acct']}\n   Expiry: {p['dob'].day:02d} Mar 203{i + 1}\n\n")
MESSAGES.append({
    "id": "gaichu-064", "charset": "utf-8",
    "sender": frm("isurugi"), "to": ["Training Office <training@pestshield-asia.com>"],
    "subject": "Participants for the IPM training in Singapore (Feb 2026)",
    "body": f"""Dear Training Office,

Please find below the details of our three participants for the IPM technician
training in Singapore (February 16-20, 2026), for the hotel booking and site passes.

{_b}Please let me know if you need copies of the passports.
{sig('isurugi', 9)}""",
    "expect": "stop",
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": [PD],
    "note": "技術者3名の旅券番号と生年月日を海外の研修先へ（英文）",
})

# 065 — 在留カード番号
MESSAGES.append({
    "id": "gaichu-065", "charset": "iso-2022-jp",
    "sender": frm("isurugi"), "to": ["グローバルワークス 担当 今泉様 <imaizumi@gworks-staff.co.jp>"],
    "subject": "グエンさんの在留期間更新について",
    "body": f"""グローバルワークス株式会社
今泉様

お世話になっております。日の出産業 総務人事課の石動です。
貴社からご紹介いただいた技術補助のグエンさんの在留期間が近づいていますので、
更新手続きのサポートをお願いできますでしょうか。

　氏名：NGUYEN VAN KHOA（グエン ヴァン コア）
　生年月日：1997年8月14日
　在留カード番号：UH48207715KE
　在留資格：特定技能1号　在留期間満了日：2026年2月3日

雇用契約書の写しは明日郵送します。
{sig('isurugi', 0)}""",
    "expect": "stop",
    "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": [PD],
    "note": "外国籍従業員の在留カード番号・生年月日を人材会社へ",
})

# 066 — 基礎年金番号
_a, _b2 = T[20], T[21]
MESSAGES.append({
    "id": "gaichu-066", "charset": "shift_jis",
    "sender": frm("isurugi"), "to": ["木村社会保険労務士事務所 <office@kimura-sr.jp>"],
    "subject": "資格取得届の作成依頼（パート2名・12/1入社）",
    "body": f"""木村社会保険労務士事務所
木村先生

いつもお世話になっております。日の出産業の石動です。
12月1日付で入社するパート2名（ハウスクリーニング担当）の資格取得届をお願いします。

■ {_a['name']}（{_a['kana']}）
　生年月日：{wareki(_a['dob'], 'short')}
　住所：{_a['zip']} {_a['addr']}
　基礎年金番号：{_a['acct'][:4]}-{_a['acct'][1:7]}
　報酬月額：128,000円

■ {_b2['name']}（{_b2['kana']}）
　生年月日：{wareki(_b2['dob'], 'short')}
　住所：{_b2['zip']} {_b2['addr']}
　基礎年金番号：{_b2['acct'][:4]}-{_b2['acct'][2:7]}9
　報酬月額：142,000円
{sig('isurugi', 1)}""",
    "expect": "stop",
    "entities": ["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": [PD],
    "note": "パート2名の基礎年金番号・生年月日・住所を社労士事務所へ",
})

# 067 — XLSX：マイナンバー一覧（6名）
_rows = [["令和7年分 報酬支払調書 作成用（外注技術者）"], [],
         ["No", "氏名", "フリガナ", "住所", "個人番号", "支払金額", "源泉徴収税額"]]
for i, p in enumerate(T[12:18]):
    amt = 600000 + i * 187000
    _rows.append([i + 1, p["name"], p["kana"], p["addr"], my_number(SEED + 1 + i), amt, int(amt * 0.1021)])
MESSAGES.append({
    "id": "gaichu-067", "charset": "iso-2022-jp",
    "sender": frm("okochi"), "to": ["尾崎税理士事務所 <info@ozaki-zeirishi.jp>"],
    "subject": "支払調書の作成資料（外注6名分）",
    "body": f"""尾崎先生

日の出産業の大河内です。
令和7年分の報酬支払調書の作成資料をお送りします。
外注技術者6名分で、個人番号も入れております。提出期限の関係で、
1月20日ごろまでにご確認いただけますと助かります。
{sig('okochi', 1)}""",
    "attachments": [{"kind": "xlsx", "name": "支払調書作成資料_R7.xlsx",
                     "sheets": {"外注技術者": _rows, "集計": [["人数", 6], ["支払総額", sum(r[5] for r in _rows[3:])]]}}],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": [PD],
    "note": "外注技術者6名のマイナンバー・住所をXLSXで税理士事務所へ",
})

# 068 — 健康診断結果（1名）
_p = T[19]
MESSAGES.append({
    "id": "gaichu-068", "charset": "utf-8",
    "sender": frm("kusakabe"), "to": ["菅野様 <kanno@matsuba-bojo.co.jp>"],
    "subject": f"{_p['sei']}さんの夜間作業について",
    "body": f"""松葉防除 菅野様

日の出産業の日下部です。
さくらホテルの夜間作業のメンバーについてご相談です。

貴社から入っていただいている{_p['name']}さんですが、先月の特殊健康診断の結果表を
拝見したところ、肝機能（AST・ALT）が要精密検査、血圧も要治療となっていました。
有機リン系の薬剤を扱う夜間作業は、精密検査の結果が出るまで外していただけないでしょうか。

ご本人には菅野様からお伝えいただければと思います。
{sig('kusakabe', 1)}""",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME"],
    "detectors": [PD],
    "note": "特定の技術者1名の健康診断結果（要精密検査・要治療）を所属会社へ",
})

# 069 — 3名だけの一覧、ただし障害・認知症の記載
_b = ""
_sens = ["車椅子をご利用（身体障害者手帳1級）。玄関スロープ側から入室", "認知症のため、ご長女様（同居外）の立会いが必要",
         "聴覚障害あり。到着時はインターホンではなくSMSで連絡"]
for i, p in enumerate(C[3:6]):
    _b += f"{i + 1}) {p['name']}様　{p['addr']}　TEL {p['tel']}\n   ※{_sens[i]}\n"
MESSAGES.append({
    "id": "gaichu-069", "charset": "shift_jis",
    "sender": frm("fukudome"), "to": ["テクノ衛生 配車担当 <haisha@techno-eisei.jp>"],
    "subject": "12/3 ご訪問先（配慮事項あり）",
    "body": f"""テクノ衛生 配車ご担当様

日の出産業の福留です。12/3(水)のご訪問先3件をお送りします。
いずれも配慮が必要なお客様ですので、担当の方へ必ずお伝えください。

{_b}
よろしくお願いいたします。
{sig('fukudome', 3)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [PD],
    "note": "3名だけだが障害・認知症（要配慮個人情報）が氏名・住所に結び付いている",
})

# 070 — 返信だが、新しい本文に名簿
_new = ""
for i, p in enumerate(C[6:12]):
    _new += f"　{201 + i}号室　{p['name']}様　{p['mobile']}　{['12/9 10:00', '12/9 11:00', '12/9 13:30', '12/10 10:00', '12/10 11:00', '12/10 14:00'][i]}\n"
MESSAGES.append({
    "id": "gaichu-070", "charset": "iso-2022-jp",
    "sender": frm("fukudome"), "to": ["古賀様 <koga@grandres-mgmt.co.jp>"],
    "subject": "Re: 2階 個別駆除の日程について",
    "body": f"""古賀様

日の出産業の福留です。
各戸にお電話して、日程が決まりましたのでお知らせします。

{_new}
当日、管理人さんへの共有をお願いいたします。

福留

> 古賀です。
> 2階の個別駆除、入居者の皆さんと日程を調整して一覧で教えてください。
> 管理人に伝えておきます。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "返信だが入居者6名の氏名・携帯は新しく書いた本文にある",
})

# 071 — 転送：相談室の記録（1名の病歴）を法律事務所へ
_p = C[12]
MESSAGES.append({
    "id": "gaichu-071", "charset": "shift_jis",
    "sender": frm("manabe"), "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    "subject": "FW: 【相談室記録】薬剤による皮膚炎のお申し出",
    "body": f"""白川先生

お世話になっております。日の出産業の真鍋です。
先日ご相談した件、相談室の記録をそのまま転送いたします。
お客様から治療費と慰謝料のご請求が来ており、対応方針のご助言をお願いできればと存じます。

----- Forwarded Message -----
差出人: 真鍋 由梨
宛先: 井筒 剛; 椎名 航平
件名: 【相談室記録】薬剤による皮膚炎のお申し出

お客様：{_p['name']} 様（{_p['kana']}）
住所：{_p['addr']}
電話：{_p['mobile']}
内容：10/28の室内ゴキブリ駆除（残留噴霧）後、ご本人のアトピー性皮膚炎が悪化し、
　　　11/2から皮膚科に通院中。医師の診断書（接触皮膚炎の疑い）あり。
　　　ステロイド外用薬を処方されているとのこと。
希望：治療費全額と通院交通費、慰謝料。
""",
    "expect": "stop",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "顧客1名の病歴・通院（要配慮）を含む社内記録を外部へ転送（転送は新しい本文）",
})

# 072 — CSV（UTF-8）：アンケート回答
_rows = [["回答ID", "氏名", "メールアドレス", "年代", "サービス", "満足度", "自由記述"]]
_com = ["説明が丁寧だった", "到着が遅れた", "料金が明確で良い", "また頼みたい", "作業後の掃除が不十分",
        "電話対応が親切", "もう少し早く来てほしい", "臭いが気になった", "写真付きの報告書が良い", "特になし",
        "予約がネットでできると良い", "技術者の方が感じ良かった"]
for i, p in enumerate(C[13:25]):
    _rows.append([f"A{3001 + i}", p["name"], p["mail"], f"{(2025 - p['dob'].year) // 10 * 10}代",
                  ["ゴキブリ", "ネズミ", "ハチ", "シロアリ"][i % 4], 5 - i % 3, _com[i]])
MESSAGES.append({
    "id": "gaichu-072", "charset": "utf-8",
    "sender": frm("onodera"), "to": ["リサーチアイ 分析チーム <analysis@research-eye.co.jp>"],
    "subject": "顧客満足度調査 回答データ（10月分）",
    "body": f"""株式会社リサーチアイ
分析チーム ご担当者様

お世話になっております。日の出産業の小野寺です。
10月分の満足度アンケートの回答データをお送りします。
今回から自由記述欄を追加しています。集計レポートは月末までにお願いします。
{sig('onodera', 0)}""",
    "attachments": [{"kind": "csv", "name": "survey_202510.csv", "encoding": "utf-8", "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": [PD],
    "note": "回答者12名の氏名・メールアドレスのCSVを調査会社へ",
})

# 073 — ZIP（XLSX ＋ 写真）
_rows = [["メゾン宮崎 各戸点検表（2025年11月）"], ["号室", "入居者", "住所", "電話", "チャバネ", "クロゴキ", "処置"]]
for i, p in enumerate(C[25:32]):
    _rows.append([f"{1 + i // 4}0{i % 4 + 1}", p["name"], f"川崎市宮前区宮崎2-{14 + i}-3", p["mobile"],
                  i % 3, (i + 1) % 2, "ベイト設置" if i % 2 else "なし"])
MESSAGES.append({
    "id": "gaichu-073", "charset": "iso-2022-jp",
    "sender": frm("izutsu"), "to": ["能登様 <noto@aoi-fudosan.jp>"],
    "subject": "メゾン宮崎 11月点検結果（点検表・写真）",
    "body": f"""能登様

日の出産業の井筒です。
メゾン宮崎の11月点検結果をZIPにまとめてお送りします。
1階のゴミ置場付近でクロゴキブリの捕獲が増えていますので、清掃頻度の見直しをご検討ください。
{sig('izutsu', 1)}""",
    "attachments": [{"kind": "zip", "name": "メゾン宮崎_202511.zip", "files": [
        {"kind": "xlsx", "name": "各戸点検表_202511.xlsx", "sheets": {"点検表": _rows}},
        {"kind": "png", "name": "gomi_okiba_01.png"}, {"kind": "png", "name": "gomi_okiba_02.png"}]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "ZIP内XLSXに入居者7名の氏名・電話（写真と一緒に管理会社へ）",
})

# 074 — カード番号3件（コールセンター委託先へ）
_b = ""
for i, p in enumerate(C[32:35]):
    c = card_number(SEED + 1 + i)
    _b += f"{i + 1}. {p['name']} 様 / TEL {p['tel']} / カード {c} / 期限 {(i * 3 + 4):02d}/2{7 + i}\n"
MESSAGES.append({
    "id": "gaichu-074", "charset": "utf-8",
    "sender": frm("manabe"), "to": ["コールブリッジ SV 奥田様 <okuda@callbridge.co.jp>"],
    "subject": "再決済のお電話のお願い（3件）",
    "body": f"""コールブリッジ株式会社
SV 奥田様

日の出産業の真鍋です。いつも受電業務をありがとうございます。
先月のカード決済でエラーになった3件について、お客様へ確認のお電話をお願いします。
番号の聞き間違いの可能性があるため、照合用に控えを記載します。

{_b}
確認が取れたらシステムに再登録をお願いいたします。
{sig('manabe', 1)}""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "顧客3名のクレジットカード番号をコールセンター委託先へ本文で",
})

# 075 — 英文：4つのホテルの担当者をToに並べる
MESSAGES.append({
    "id": "gaichu-075", "charset": "utf-8",
    "sender": frm("onodera"),
    "to": ["Daniel Whitmore <d.whitmore@harborview-hotels.com>", "Facilities <facilities@bayside-grand.jp>",
           "Ken Ishii <k.ishii@shinyoko-inn.co.jp>", "Maria Lopez <m.lopez@tokyobay-suites.com>"],
    "subject": "Invitation: Bed bug prevention seminar for hotel managers (Jan 22)",
    "body": f"""Dear Facility Managers,

Hinode House Care would like to invite you to a free seminar on bed bug
prevention for hotels, held at our Shin-Yokohama office on January 22, 2026
(14:00-16:00). Topics include early detection, room turnover checks and
how to respond to guest complaints.

Please reply by January 9 if you would like to attend.
{sig('onodera', 9)}""",
    "expect": "stop",
    "entities": [],
    "detectors": [EXV, MED],
    "note": "4つの別ホテルの担当者をToに並べた案内（Bccにすべき）",
})

# 076 — 【1】形式：講習の受講者名簿（和暦の生年月日）
_b = ""
for i, p in enumerate(T[28:33]):
    dob = wareki(p["dob"], ["zen", "short", "zenshort", "kanji", "zen"][i])
    _b += f"【{i + 1}】{p['name']}（{p['kana']}）\n　生年月日　{dob}\n　住所　　　{p['addr']}\n　連絡先　　{p['mobile']}\n\n"
MESSAGES.append({
    "id": "gaichu-076", "charset": "shift_jis",
    "sender": frm("isurugi"), "to": ["神奈川県ペストコントロール協会 講習係 <koshu@kanagawa-pca.or.jp>"],
    "subject": "防除作業監督者講習 受講申込（日の出産業 5名）",
    "body": f"""神奈川県ペストコントロール協会
講習係 御中

日の出産業株式会社 総務人事課の石動でございます。
2月開催の防除作業監督者講習に、下記5名の受講を申し込みます。

{_b}受講料は請求書をいただき次第お振込みいたします。
{sig('isurugi', 2)}""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "受講者5名の生年月日（和暦）・住所・携帯を1人1ブロックで協会へ",
})

# --------------------------------------------------------------------------------------
# 077–097 通してよいメール（続き）
# --------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "gaichu-077", "charset": "iso-2022-jp",
    "sender": frm("onodera"), "to": [frm("shiina"), frm("izutsu")],
    "subject": "グランレジデンス溝口 積算シート（社内用）",
    "body": f"""椎名さん、井筒さん

小野寺です。グランレジデンス溝口の積算シートです。
先方から値下げ要請が来ているので、粗利30%を切らない範囲で調整案を考えたいです。
明日の朝会で5分ください。
小野寺""",
    "attachments": [{"kind": "xlsx", "name": "積算シート_グランレジデンス溝口_社内.xlsx", "page_header": "社外秘",
                     "sheets": {"積算": [["【社外秘】積算シート"], ["項目", "原価", "売価"],
                                         ["技術者人工", 27000, ""], ["薬剤", 4800, ""], ["合計", 35300, 55000]],
                                "値下げ案": [["案", "売価", "粗利率"], ["A", 52000, "32.1%"], ["B", 50000, "29.4%"]]}}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘表示のシートだが宛先は社内のみ",
})

_p = C[35]
MESSAGES.append({
    "id": "gaichu-078", "charset": "utf-8",
    "sender": frm("manabe"),
    "to": ["技術課 <gijutsu@hinode-sangyo.co.jp>", "相談室 共有 <soudan@cs.hinode-sangyo.co.jp>"],
    "subject": "【要対応】薬剤散布を控えるお客様（化学物質過敏症）",
    "body": f"""技術課各位

相談室の真鍋です。次回定期訪問の際の注意事項です。

お客様：{_p['name']} 様（契約No {_p['cust_no']}）
住所：{_p['addr']}
電話：{_p['tel']}
ご本人が化学物質過敏症と診断されており（通院中）、今後は散布を行わず
ベイト剤とトラップのみで対応してほしいとのご要望です。
訪問前に必ずお電話で体調を確認してください。

システムの顧客メモにも登録済みです。
{sig('manabe', 3)}""",
    "expect": "pass",
    "entities": ["SENSITIVE_CATEGORY", "PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "顧客の病歴を含むが宛先は社内（サブドメイン含む）のみ",
})

MESSAGES.append({
    "id": "gaichu-079", "charset": "shift_jis",
    "sender": frm("okochi"), "to": [frm("isurugi")],
    "subject": "年末調整資料（パスワード付き）",
    "body": f"""石動さん

経理の大河内です。年末調整の提出状況をまとめたファイルです。
パスワードはいつものもので開けます。
大河内""",
    "attachments": [{"kind": "zip", "name": "年末調整_提出状況.zip", "password": "nencho2025!",
                     "files": [{"kind": "csv", "name": "提出状況.csv",
                                "rows": [["社員番号", "氏名", "提出"], ["1021", "井筒 剛", "済"], ["1044", "福留 亜希子", "未"]]}]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "パスワード付きZIPだが社内宛のみ",
})

MESSAGES.append({
    "id": "gaichu-080", "charset": "iso-2022-jp",
    "sender": frm("mori"), "to": ["青葉運輸 川崎営業所 <kawasaki@aoba-unyu.co.jp>"],
    "subject": "集荷のお願い（粘着トラップ 各営業所向け）",
    "body": f"""青葉運輸株式会社 川崎営業所 御中

いつもお世話になっております。日の出産業 購買の森です。
明日12月2日（火）15時に、中原倉庫での集荷をお願いいたします。

　送り先　　　　　個口　　お問い合わせ番号
　横浜北営業所　　 4　　　 4410-2287-3301
　相模原営業所　　 3　　　 4410-2287-3312
　多摩営業所　　　 2　　　 4410-2287-3323

伝票は印字済みのものを貼付しておきます。
{sig('mori', 0)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "集荷依頼：営業所宛の送り状番号（お問い合わせ番号）のみ",
})

MESSAGES.append({
    "id": "gaichu-081", "charset": "shift_jis",
    "sender": frm("mori"), "to": ["川崎電機 営業部 <eigyo@kawasaki-denki.co.jp>"],
    "subject": "注文書 PO-HS-25-1412（捕虫器・交換球）",
    "body": f"""川崎電機株式会社 営業部 御中

お世話になっております。日の出産業 購買の森です。
お見積り（見積No. KD-E-88120）のとおり発注いたします。

　注文番号：PO-HS-25-1412
　KD-LT30　LED捕虫器 壁掛型　40台　@18,600
　KD-UV20L　交換用ランプ　　　60本　@2,150
　納入日：2026年1月23日　納入先：日の出産業 中原倉庫

注文請書のご返送をお願いいたします。
{sig('mori', 1)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "正しいパートナードメインへの発注（注文番号・品番のみ）",
})

MESSAGES.append({
    "id": "gaichu-082", "charset": "iso-2022-jp",
    "sender": frm("onodera"), "to": ["とりまる食堂 店舗開発部 堀様 <hori@torimaru.co.jp>"],
    "subject": "Re: 防除費用の内訳について",
    "body": f"""堀様

日の出産業の小野寺です。
ご依頼の費用内訳ですが、原価の明細は弊社の社外秘資料にあたるため、
そのままお出しすることができません。申し訳ございません。

代わりに、作業ごとの標準価格と、今回の店舗規模での作業時間の目安を
まとめた資料をお作りします。今週中にお送りしますので少々お待ちください。
{sig('onodera', 0)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "「社外秘資料にあたるため出せない」という言及のみで、機密表示のある資料ではない",
})

_p = C[36]
MESSAGES.append({
    "id": "gaichu-083", "charset": "shift_jis",
    "sender": frm("okochi"), "to": [f"{_p['name']} 様 <{_p['mail'].split('@')[0]}@yahoo.co.jp>"],
    "subject": "口座振替のお手続きについて（日の出産業）",
    "body": f"""{_p['name']} 様

このたびは定期防除サービスをご契約いただき、誠にありがとうございます。
日の出産業 経理課の大河内でございます。

月々のお支払いを口座振替にされる場合は、同封の「預金口座振替依頼書」に
ご記入・お届け印を押印のうえ、返信用封筒でご返送ください。
お手続き完了までの1～2か月分は、振込用紙でのお支払いとなります。

　初回振替予定日：2026年2月27日（金）
　振替金額：月額 3,300円（税込）

ご不明な点は経理課までお問い合わせください。
{sig('okochi', 0)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [FREE],
    "note": "お客様本人（Yahoo!メール）1名への口座振替の案内",
})

MESSAGES.append({
    "id": "gaichu-084", "charset": "utf-8",
    "sender": frm("onodera"), "to": ["三和コミュニティ 工務 <koumu@sanwa-community.jp>"],
    "subject": "マンション共用部向けサービスのご案内",
    "html": """<html><body>
<p>三和コミュニティ株式会社<br>工務ご担当者様</p>
<p>突然のご連絡失礼いたします。日の出産業 ハウスケア事業部の小野寺と申します。<br>
マンション共用部向けの防除・衛生サービスをご案内させてください。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>サービス</th><th>内容</th><th>目安料金（税込）</th></tr>
<tr><td>共用部定期防除</td><td>ゴミ置場・機械室・植栽のゴキブリ・ネズミ対策（年6回）</td><td>月額 16,500円～</td></tr>
<tr><td>ハチ巣パトロール</td><td>5～9月に月1回、外周の巣を点検・撤去</td><td>年額 44,000円～</td></tr>
<tr><td>鳥害対策</td><td>ハト除けネット・剣山の施工</td><td>現地調査後お見積り</td></tr>
<tr><td>貯水槽まわり消毒</td><td>受水槽室の害虫防除と清掃</td><td>1回 22,000円～</td></tr>
</table>
<p>ご関心がございましたら、物件資料をお持ちしてご説明に伺います。</p>
<p>日の出産業株式会社 ハウスケア事業部 営業一課<br>小野寺 拓海<br>TEL 044-411-5820</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTMLのみの営業メール：サービスと料金の表で個人データなし",
})

MESSAGES.append({
    "id": "gaichu-085", "charset": "iso-2022-jp",
    "sender": frm("fukudome"), "to": ["長谷部様 <hasebe@konan-housing.co.jp>"],
    "subject": "1月の定期防除 物件別予定",
    "body": f"""長谷部様

日の出産業の福留です。1月の貴社管理物件の定期防除予定をお送りします。

物件名\t所在地\t実施日\t時間
コーポ篠原\t横浜市港北区篠原町\t1/13(火)\t9:00-12:00
パークサイド宮崎\t川崎市宮前区宮崎\t1/14(水)\t13:00-16:00
ヴィラ日吉\t横浜市港北区日吉本町\t1/16(金)\t9:00-11:00
篠原台団地\t横浜市港北区篠原町\t1/20(火)-1/24(土)\t終日
メゾン木月\t川崎市中原区木月\t1/27(火)\t10:00-12:00

掲示用のお知らせ文は来週お送りします。
{sig('fukudome', 1)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "物件（建物）ごとの日程表：人の一覧ではない",
})

MESSAGES.append({
    "id": "gaichu-086", "charset": "shift_jis",
    "sender": frm("mori"), "to": ["東洋ケミカル 受注センター <juchu@toyo-chemical.co.jp>"],
    "subject": "薬剤発注（12月分）",
    "body": f"""東洋ケミカル株式会社 受注センター 御中

日の出産業 購買の森です。12月分の薬剤を発注いたします。
明細はCSVを添付しております。危険物の荷姿は前回同様でお願いします。
{sig('mori', 2)}""",
    "attachments": [{"kind": "csv", "name": "hatchu_202512.csv", "encoding": "cp932", "rows": [
        ["品番", "品名", "荷姿", "数量", "納入先"],
        ["TC-EC50-1L", "トーヨーEC乳剤50", "1L×12本", 6, "中原倉庫"],
        ["TC-BG-H20", "ハイドロベイトG", "20g×50個", 30, "中原倉庫"],
        ["TC-MC15", "マイクロカプセル剤15", "500ml×20本", 4, "相模原営業所"],
        ["TC-TRP-R", "ラットトラップR（粘着）", "10枚×10袋", 12, "横浜北営業所"]]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "薬剤の品番・数量のCSV：個人データなし",
})

MESSAGES.append({
    "id": "gaichu-087", "charset": "iso-2022-jp",
    "sender": frm("izutsu"), "to": ["北国フーズ 品質管理課 <hinshitsu@kitaguni-foods.co.jp>"],
    "subject": "10月 防虫モニタリング報告書（相模原工場）",
    "body": f"""北国フーズ株式会社 品質管理課 御中

日の出産業の井筒です。10月の防虫モニタリング報告書をお送りします。
全エリアで管理基準内ですが、包装室のチョウバエ類が前月比で増加しています。
{sig('izutsu', 1)}""",
    "attachments": [{"kind": "pdf", "name": "防虫モニタリング報告書_202510.pdf",
                     "lines": ["防虫モニタリング報告書（2025年10月）", "北国フーズ株式会社 相模原工場 様",
                               "実施日：2025年10月14日　実施者：日の出産業株式会社 技術課", ""],
                     "table": [["エリア", "トラップ数", "飛翔性", "歩行性", "判定"],
                               ["原料受入", "12", "3", "0", "基準内"], ["加工室", "24", "1", "0", "基準内"],
                               ["包装室", "18", "9", "1", "要注意"], ["出荷場", "16", "5", "2", "基準内"]]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "工場の防虫点検報告（捕獲数のみ）",
})

MESSAGES.append({
    "id": "gaichu-088", "charset": "utf-8",
    "sender": frm("shiina"), "to": ["さくらホテル 総支配人室 <gm-office@sakura-hotel.jp>"],
    "subject": "トコジラミ対策 ご提案資料",
    "body": f"""さくらホテル
総支配人室 御中

いつもお世話になっております。日の出産業 川崎北営業所の椎名です。
先日ご相談いただいた客室のトコジラミ対策について、ご提案資料をお送りいたします。
来週の定例会でご説明させていただければ幸いです。
{sig('shiina', 0)}""",
    "attachments": [{"kind": "pptx", "name": "トコジラミ対策ご提案_さくらホテル様.pptx",
                     "slides": [["客室トコジラミ対策のご提案", "日の出産業株式会社 ハウスケア事業部"],
                                ["現状", "国内外の旅行者増加に伴い、宿泊施設での発生相談が増加", "早期発見が被害拡大防止の鍵"],
                                ["ご提案内容", "① 清掃スタッフ向けチェック研修（年2回）", "② 探知犬による全室調査（年1回）",
                                 "③ 発生時の24時間以内駆除体制"],
                                ["費用", "年額 1,320,000円（税込）より"]]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "パートナーのホテルへの提案PPTX：個人データも機密表示もなし",
})

MESSAGES.append({
    "id": "gaichu-089", "charset": "shift_jis",
    "sender": frm("izutsu"), "to": ["山手エステート 管理課 <kanri@yamate-estate.co.jp>"],
    "subject": "ヴィラ日吉 鳥害対策工事 完了報告（写真）",
    "body": f"""山手エステート 管理課 御中

日の出産業の井筒です。
ヴィラ日吉 屋上・各階廊下のハト除けネット工事が完了しました。
施工前後の写真と完了報告書をZIPにまとめて添付します。
{sig('izutsu', 0)}""",
    "attachments": [{"kind": "zip", "name": "ヴィラ日吉_鳥害対策_完了報告.zip", "files": [
        {"kind": "pdf", "name": "完了報告書.pdf", "lines": ["工事完了報告書", "物件：ヴィラ日吉",
                                                          "工事内容：ハト除けネット設置（屋上・3～5階廊下）",
                                                          "工期：2025年11月25日～26日", "施工：日の出産業株式会社"]},
        {"kind": "png", "name": "before_rooftop.png"}, {"kind": "png", "name": "after_rooftop.png"},
        {"kind": "txt", "name": "写真一覧.txt", "text": "before_rooftop.png 施工前 屋上\nafter_rooftop.png 施工後 屋上\n"}]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "パスワードなしZIP（報告書PDF・写真）：個人データなし",
})

_fw = {"sender": "川崎電機 営業部 <eigyo@kawasaki-denki.co.jp>", "to": [frm("mori")], "charset": "iso-2022-jp",
       "subject": "【ご案内】捕虫器 KD-LT20 生産終了のお知らせ",
       "body": """お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
誠に勝手ながら、LED捕虫器 KD-LT20 は2026年3月末をもって生産を終了いたします。
後継機種は KD-LT30 となります。交換用粘着シートは2031年3月まで供給いたします。

川崎電機株式会社 営業部"""}
MESSAGES.append({
    "id": "gaichu-090", "charset": "iso-2022-jp",
    "sender": frm("mori"), "to": ["菅野様 <kanno@matsuba-bojo.co.jp>"],
    "subject": "FW: 【ご案内】捕虫器 KD-LT20 生産終了のお知らせ",
    "body": f"""菅野様

日の出産業の森です。メーカーから添付のお知らせが来ました。
貴社でお持ちのKD-LT20の予備部品、必要でしたら年内にまとめて手配します。
{sig('mori', 1)}""",
    "attachments": [{"kind": "eml", "name": "KD-LT20生産終了のお知らせ.eml", "message": _fw}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "メーカーの一般案内メールを.eml添付で協力業者へ転送（個人データなし）",
})

MESSAGES.append({
    "id": "gaichu-091", "charset": "utf-8",
    "sender": frm("izutsu"), "to": ["Ms. Rachel Tan <rachel.tan@pestshield-asia.com>"],
    "subject": "Re: Agenda for the IPM training in February",
    "body": f"""Dear Rachel,

Thank you for sending the draft agenda. It looks good to us. Two small requests:

1. Could the session on rodent exclusion in food factories be moved to Day 2?
   Our technicians would like to see the site visit before the theory part.
2. We would appreciate an English glossary of the main insecticide classes,
   as some of our team are more comfortable reading than listening.

We will send the names of the participants separately.
{sig('izutsu', 9)}

> Dear Izutsu-san,
> Please find the draft agenda for the five-day programme attached.
> Rachel""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "海外研修先との英文のやりとり：個人データなし",
})

_p = C[37]
MESSAGES.append({
    "id": "gaichu-092", "charset": "iso-2022-jp",
    "sender": frm("manabe"), "to": [f"{_p['name']} 様 <{_p['mail'].split('@')[0]}@outlook.jp>"],
    "subject": "作業員の対応についてのお詫び",
    "body": f"""{_p['name']} 様

日の出産業 お客様相談室の真鍋でございます。
このたびは、弊社作業員の訪問時の対応によりご不快な思いをおかけし、
誠に申し訳ございませんでした。

ご指摘いただいた、事前連絡なく訪問時刻が遅れた件、作業後の清掃が不十分だった件に
ついて、担当者本人および所属営業所長から事情を確認いたしました。
今後は訪問30分前のお電話を徹底し、作業後の確認を所長が抜き打ちで行います。

改めて営業所長の椎名よりお詫びのお電話を差し上げたく存じます。
ご都合のよい時間帯をお知らせいただけますと幸いです。
{sig('manabe', 0)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [FREE],
    "note": "苦情を寄せたお客様本人（outlook.jp）1名へのお詫び",
})

_b = ""
for i, p in enumerate(T[28:35]):
    _b += f"{pad(p['name'], 14)}{['A', 'B', 'A', 'C（要再検査：血圧）', 'A', 'B', 'D（要精密：肝機能）'][i]}\n"
MESSAGES.append({
    "id": "gaichu-093", "charset": "shift_jis",
    "sender": frm("isurugi"), "to": [frm("izutsu"), frm("shiina"), frm("kusakabe")],
    "subject": "技術課 特殊健康診断の結果（管理職限り）",
    "body": f"""井筒さん、椎名さん、日下部さん

総務人事の石動です。10月の特殊健康診断（有機溶剤・特定化学物質）の判定結果です。
C・D判定の2名は、再検査が終わるまで夜間・散布作業のシフトを調整してください。

氏名          判定
{_b}
本人への通知は産業医面談の際に行います。
{sig('isurugi', 3)}""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "7名の健康診断判定（要配慮）だが宛先は社内の管理職のみ",
})

MESSAGES.append({
    "id": "gaichu-094", "charset": "iso-2022-jp",
    "sender": frm("fukudome"), "to": ["テクノ衛生 配車担当 <haisha@techno-eisei.jp>"],
    "subject": "12月 夜間作業の担当者割り",
    "body": f"""テクノ衛生 配車ご担当様

日の出産業の福留です。12月の夜間作業の担当割りです。

　12/8（月）さくらホテル 8F～9F　　：弊社 {T[28]['sei']}・貴社 {T[40]['sei']}様
　12/9（火）さくらホテル 10F～11F　：弊社 {T[29]['sei']}・貴社 {T[41]['sei']}様
　12/10（水）さくらホテル 12F　　　 ：弊社 {T[28]['sei']}・貴社 {T[42]['sei']}様

集合は各日 22:30、ホテル通用口です。
{sig('fukudome', 1)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "担当者の苗字だけで他の個人データはない作業割り",
})

MESSAGES.append({
    "id": "gaichu-095", "charset": "shift_jis",
    "sender": frm("onodera"), "to": ["とりまる食堂 店舗開発部 堀様 <hori@torimaru.co.jp>"],
    "subject": "防除費用の内訳（標準価格ベース）",
    "body": f"""堀様

日の出産業の小野寺です。
先日お約束した、標準価格ベースの費用内訳をお送りします（Excel 97-2003形式）。
{sig('onodera', 1)}""",
    "attachments": [{"kind": "xls", "name": "費用内訳_新百合ヶ丘店.xls", "sheets": {
        "内訳": [["新百合ヶ丘店 開店前防除工事 費用内訳"], ["作業", "標準単価", "数量", "金額"],
                 ["厨房 ゴキブリ初期駆除", 45000, 1, 45000], ["客席 残留処理", 30000, 1, 30000],
                 ["ネズミ侵入口 封鎖", 12000, 14, 168000], ["捕虫器設置", 18600, 6, 111600],
                 ["小計", "", "", 354600], ["諸経費", "", "", 25400], ["消費税", "", "", 38000], ["合計", "", "", 418000]]}}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "旧形式XLSの費用内訳：価格のみ",
})

MESSAGES.append({
    "id": "gaichu-096", "charset": "utf-8",
    "sender": frm("shiina"), "to": ["南多摩市 環境保全課 <kankyo-hozen@city.minamitama.lg.jp>"],
    "subject": "スズメバチ駆除 委託業務 実績報告（9月分）",
    "body": f"""南多摩市 環境保全課 御中

日の出産業株式会社 川崎北営業所の椎名です。
スズメバチ駆除委託業務の9月分の実績をご報告いたします。

　地区　　　　件数　　うちキイロ　うちオオスズメ
　北部地区　　 38　　　 27　　　　 4
　中部地区　　 52　　　 41　　　　 6
　南部地区　　 29　　　 20　　　　 2
　合計　　　　119　　　 88　　　　12

個別の作業報告書は紙で郵送いたします。
{sig('shiina', 2)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "自治体への委託業務実績：地区別の件数（統計）のみ",
})

MESSAGES.append({
    "id": "gaichu-097", "charset": "iso-2022-jp",
    "sender": frm("fukudome"), "to": [frm("fukudome")],
    "bcc": [f"{p['name']} 様 <{p['mail']}>" for p in C[38:46]],
    "subject": "【日の出産業】年末年始の定期訪問について",
    "body": f"""定期契約のお客様へ

いつも日の出産業のハウスケアサービスをご利用いただき、ありがとうございます。

12月28日～1月4日は定期訪問をお休みさせていただきます。
この期間に予定していたお客様には、担当者から日程変更のご連絡を差し上げます。
緊急のハチ・ネズミ等のご相談は 0120-48-1108 で承ります。

本メールは送信専用アドレスではありません。ご返信いただいても構いません。
{sig('fukudome', 2)}""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "個人客8名への案内だがBccで送っており、To は送信者自身のみ",
})

# --------------------------------------------------------------------------------------
# 098–100 判断が分かれるもの
# --------------------------------------------------------------------------------------

_b = "会社名,担当者,部署,直通,携帯,メール\n"
_pm = [("港南ハウジング管理", "長谷部 智也", "管理部", "045-548-2201", "090-7731-4408", "hasebe@konan-housing.co.jp"),
       ("あおい不動産管理", "能登 由香里", "物件管理課", "044-930-5512", "080-6652-1193", "noto@aoi-fudosan.jp"),
       ("グランレジデンス・マネジメント", "古賀 慎之介", "工務", "03-5761-8830", "090-2285-6617", "koga@grandres-mgmt.co.jp"),
       ("山手エステート", "石黒 美帆", "管理課", "045-622-1407", "070-4418-2250", "m.ishiguro@yamate-estate.co.jp"),
       ("ほしぞら管理", "星野 孝", "フロント", "042-751-3308", "080-9917-0342", "hoshino@hoshizora-kanri.co.jp")]
for r in _pm:
    _b += ",".join(r) + "\n"
MESSAGES.append({
    "id": "gaichu-098", "charset": "shift_jis",
    "sender": frm("kusakabe"), "to": ["こずえ環境 代表 梢様 <kozue@kozue-kankyo.co.jp>"],
    "subject": "管理会社ご担当者の連絡先（現場での直接連絡用）",
    "body": f"""梢様

日の出産業の日下部です。NDAのご締結ありがとうございました。
来月から貴社にお願いする物件の、管理会社ご担当者の連絡先です。
現場で鍵や立会いの確認が必要なときは、直接ご連絡いただいて構いません。

{_b}
※携帯番号は各ご担当者から業務用として了承をいただいております。
{sig('kusakabe', 1)}""",
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [PD],
    "note": "5名の連絡先だが全員が取引先の業務上の連絡先（本人了承済み）：名簿か名刺の共有か判断が分かれる",
})

_b = ""
_yago = ["害虫サービス", "ペストワークス", "防除", "白蟻研究所", "ハウスケア"]
for i, p in enumerate(T[35:40]):
    _b += f"・{p['sei']}{_yago[i]}（代表 {p['name']}）　{p['addr_s']}　携帯 {p['mobile']}\n"
MESSAGES.append({
    "id": "gaichu-099", "charset": "iso-2022-jp",
    "sender": frm("kusakabe"), "to": ["星野様 <hoshino@hoshizora-kanri.co.jp>"],
    "subject": "Re: 業者登録用 協力業者（個人事業主）の一覧",
    "body": f"""ほしぞら管理 星野様

日の出産業の日下部です。
貴社の出入業者登録用に、弊社の協力業者のうち個人事業主（一人親方）の5社をお知らせします。
事業所は各代表者の自宅を兼ねております。

{_b}
賠償責任保険の加入証明は別途PDFでお送りします。
{sig('kusakabe', 0)}""",
    "expect": "either",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "個人事業主5社の屋号・代表者・自宅兼事業所・携帯：事業者の一覧とも個人の名簿とも言える",
})

_p = C[46]
MESSAGES.append({
    "id": "gaichu-100", "charset": "utf-8",
    "sender": frm("fukudome"), "to": ["菅野様 <kanno@matsuba-bojo.co.jp>"],
    "subject": "12/4 訪問先の注意事項",
    "body": f"""菅野様

日の出産業の福留です。12/4(木)にお願いしている1件の注意事項です。

　お客様：{_p['name']} 様
　住所：{_p['addr']}
　電話：{_p['tel']}

奥様が現在妊娠中とのことで、今回は薬剤散布をせず、粘着トラップと
ベイト剤の設置のみでお願いします。作業中は換気をお願いしたいそうです。
{sig('fukudome', 1)}""",
    "expect": "either",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [PD],
    "note": "1名の連絡先に「妊娠中」の記載：健康に関する要配慮情報とみるか判断が分かれる",
})
