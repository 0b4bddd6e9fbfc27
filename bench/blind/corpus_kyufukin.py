"""Blind corpus, area ``kyufukin``: the benefit-payment office run by 日の出産業's BPO division.

日の出産業株式会社 BPO事業部 runs, under contract with the (fictional) city of 東雲市 (静岡県),
the 東雲市臨時特別給付金事務局: the back office that receives applications (bank accounts,
identity documents, sometimes My Numbers), keeps the household register extract (世帯) it
was given, checks eligibility with the city's tax, resident-register and pension sections,
deals with transfers the bank returns (振込不能・組戻し), handles DV victims and other
支援措置 cases specially, answers complaints (with counsel at 白川法律事務所), and works with
its call-centre subcontractor (リンクコール), its staffing agency (スタッフブリッジ), the bank
(みどり銀行), the system vendor (ツバサシステム), the carrier (青葉運輸) and the printing and
mailing vendor (錦印刷).

Every person, address, telephone number, account, identity-document number, receipt number
and organisation that is not in BRIEF.md's list is invented.  My Numbers and card numbers
come from build.my_number / build.card_number with seeds 10601, 10602, … (one per call) and
belong to no one.  SEED = 10601 also seeds random.Random for all other invented data.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 10601
_rng = random.Random(SEED)
_seed_counter = [SEED]


def _mynum() -> str:
    s = _seed_counter[0]
    _seed_counter[0] += 1
    return my_number(s)


def _card() -> str:
    s = _seed_counter[0]
    _seed_counter[0] += 1
    return card_number(s)


def _corp_number(base12: str) -> str:
    """法人番号: check digit (first digit) + 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):  # n-th digit from the right
        total += digits[12 - n] * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


# -- text helpers --------------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-()./:ABCDEFGHIJKLMNOPQRSTUVWXYZ ",
                     "０１２３４５６７８９－（）．／：ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ　")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _lj(s: str, width: int, fill: str = " ") -> str:
    pad = width - _w(s)
    if fill == "　":
        return s + "　" * (pad // 2) + " " * (pad % 2)
    return s + fill * max(pad, 0)


def _table(rows: list[list[str]], gap: int = 2, rule: str | None = "-", fill: str = " ") -> str:
    widths = [max(_w(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        out.append((" " * gap).join(_lj(str(c), widths[i], fill) for i, c in enumerate(r)).rstrip())
        if k == 0 and rule:
            total = sum(widths) + gap * (len(widths) - 1)
            out.append(rule * (total // _w(rule)))
    return "\n".join(out)


def _wareki(dob: tuple[int, int, int], style: str = "kanji") -> str:
    y, m, d = dob
    if (y, m, d) >= (2019, 5, 1):
        era, ey, ab = "令和", y - 2018, "R"
    elif (y, m, d) >= (1989, 1, 8):
        era, ey, ab = "平成", y - 1988, "H"
    else:
        era, ey, ab = "昭和", y - 1925, "S"
    if style == "kanji":
        return f"{era}{'元' if ey == 1 else ey}年{m}月{d}日"
    if style == "abbr":
        return f"{ab}{ey}.{m}.{d}"
    if style == "zen":
        return _zen(f"{era}{ey}年{m}月{d}日")
    if style == "zenabbr":
        return _zen(f"{ab}{ey}.{m}.{d}")
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "nen":
        return f"{y}年{m}月{d}日"
    raise ValueError(style)


def _age(dob: tuple[int, int, int]) -> int:
    y, m, d = dob
    return 2025 - y - (1 if (m, d) > (6, 1) else 0)


# -- invented people -------------------------------------------------------------------------

_SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"), ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("望月", "モチヅキ", "Mochizuki"), ("杉山", "スギヤマ", "Sugiyama"), ("池田", "イケダ", "Ikeda"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
    ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
    ("大石", "オオイシ", "Oishi"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("松下", "マツシタ", "Matsushita"), ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"),
    ("竹内", "タケウチ", "Takeuchi"), ("海野", "ウンノ", "Unno"), ("和田", "ワダ", "Wada"),
    ("石田", "イシダ", "Ishida"), ("柴田", "シバタ", "Shibata"), ("増田", "マスダ", "Masuda"),
    ("大塚", "オオツカ", "Otsuka"), ("内田", "ウチダ", "Uchida"), ("芹沢", "セリザワ", "Serizawa"),
    ("東海林", "ショウジ", "Shoji"), ("五月女", "ソウトメ", "Sotome"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("小鳥遊", "タカナシ", "Takanashi"), ("栗花落", "ツユリ", "Tsuyuri"),
    ("九十九", "ツクモ", "Tsukumo"), ("一寸木", "マスキ", "Masuki"), ("四十物", "アイモノ", "Aimono"),
    ("勝間田", "カツマタ", "Katsumata"), ("河原崎", "カワラザキ", "Kawarazaki"), ("漆畑", "ウルシバタ", "Urushibata"),
]
_FEMALE = [
    ("陽子", "ヨウコ", "Yoko"), ("美咲", "ミサキ", "Misaki"), ("恵美", "エミ", "Emi"),
    ("由美子", "ユミコ", "Yumiko"), ("さくら", "サクラ", "Sakura"), ("真由美", "マユミ", "Mayumi"),
    ("智子", "トモコ", "Tomoko"), ("千尋", "チヒロ", "Chihiro"), ("和子", "カズコ", "Kazuko"),
    ("結衣", "ユイ", "Yui"), ("静香", "シズカ", "Shizuka"), ("文子", "フミコ", "Fumiko"),
    ("葵", "アオイ", "Aoi"), ("理沙", "リサ", "Risa"), ("ハル", "ハル", "Haru"),
    ("久美子", "クミコ", "Kumiko"), ("芳江", "ヨシエ", "Yoshie"), ("沙耶", "サヤ", "Saya"),
]
_MALE = [
    ("健一", "ケンイチ", "Kenichi"), ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"),
    ("浩", "ヒロシ", "Hiroshi"), ("誠", "マコト", "Makoto"), ("隆", "タカシ", "Takashi"),
    ("拓海", "タクミ", "Takumi"), ("茂", "シゲル", "Shigeru"), ("正雄", "マサオ", "Masao"),
    ("亮介", "リョウスケ", "Ryosuke"), ("蓮", "レン", "Ren"), ("悠斗", "ユウト", "Yuto"),
    ("勝利", "カツトシ", "Katsutoshi"), ("修", "オサム", "Osamu"), ("義男", "ヨシオ", "Yoshio"),
    ("康平", "コウヘイ", "Kohei"), ("清", "キヨシ", "Kiyoshi"), ("陸", "リク", "Riku"),
]
_TOWNS = [
    ("本町", "420-0851"), ("桜ケ丘", "420-0903"), ("若葉台", "420-0912"), ("港南", "424-0812"),
    ("緑町", "420-0044"), ("宮前", "420-0061"), ("北浜", "424-0832"), ("川端町", "420-0026"),
    ("東雲台", "420-0937"), ("富士見町", "420-0072"), ("茶町", "420-0017"), ("西ヶ谷", "421-1221"),
    ("大谷", "422-8011"), ("清見", "424-0205"), ("千代田", "420-0803"), ("瀬名川", "420-0916"),
]
_BLDG = ["", "", "", "", " メゾン若葉201", " コーポ緑102", " サンハイツ東雲305", " グランシャトー港南1105",
         " 第二清見荘B-3", " パークサイド宮前702"]
_BANKS = [
    ("みどり銀行", [("本店営業部", "001"), ("東雲支店", "112"), ("港南支店", "118"), ("清見支店", "126")]),
    ("しずなみ銀行", [("東雲駅前支店", "305"), ("北浜支店", "311"), ("桜ケ丘出張所", "319")]),
    ("東雲信用金庫", [("本店", "001"), ("宮前支店", "014"), ("大谷支店", "022")]),
    ("駿遠農業協同組合", [("東雲中央支店", "041"), ("西ヶ谷支店", "047")]),
]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
             "softbank.ne.jp", "hotmail.co.jp"]


def _person(sex: str | None = None, young: bool = False) -> dict:
    sei = _rng.choice(_SURNAMES)
    sex = sex or _rng.choice("MF")
    mei = _rng.choice(_MALE if sex == "M" else _FEMALE)
    y = _rng.randint(1990, 2007) if young else _rng.randint(1936, 2003)
    dob = (y, _rng.randint(1, 12), _rng.randint(1, 28))
    town, zipc = _rng.choice(_TOWNS)
    chome, ban, go = _rng.randint(1, 5), _rng.randint(1, 30), _rng.randint(1, 25)
    bldg = _rng.choice(_BLDG)
    bank, branches = _rng.choice(_BANKS)
    branch, bcode = _rng.choice(branches)
    return {
        "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "name_nosp": sei[0] + mei[0],
        "kana": f"{sei[1]} {mei[1]}", "romaji": f"{sei[2].upper()} {mei[2]}",
        "ro_sei": sei[2], "ro_mei": mei[2], "sex": sex, "dob": dob,
        "zip": zipc, "town": town,
        "addr": f"静岡県東雲市{town}{chome}丁目{ban}番{go}号{bldg}",
        "addr_short": f"東雲市{town}{chome}-{ban}-{go}{bldg}",
        "addr_town": f"{town}{chome}-{ban}-{go}{bldg}",
        "mobile": f"0{_rng.choice('987')}0-{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}",
        "tel": f"0548-{_rng.randint(20, 69)}-{_rng.randint(1000, 9999)}",
        "bank": bank, "branch": branch, "bcode": bcode,
        "acct_type": _rng.choice(["普通"] * 9 + ["当座"]),
        "acct": f"{_rng.randint(0, 9999999):07d}",
        "holder": f"{sei[1]} {mei[1]}",
        "receipt": f"A{_rng.randint(100000, 499999)}",
        "setai": f"{_rng.randint(10000000, 39999999)}",
        "email": f"{sei[2].lower()}.{mei[2].lower()[:3]}{_rng.randint(10, 99)}@{_rng.choice(_FREEMAIL)}",
    }


def _people(n: int, **kw) -> list[dict]:
    return [_person(**kw) for _ in range(n)]


# -- the office -------------------------------------------------------------------------------

_OFFICE = ("〒420-0851 静岡県東雲市本町2-5-1 東雲本町ビル4F\n"
           "TEL 0548-20-7710（事務局代表） FAX 0548-20-7719")

_STAFF = {
    "okonogi": ("小此木 真帆", "おこのぎ まほ", "okonogi.maho@hinode-sangyo.co.jp", "運営スーパーバイザー"),
    "usami": ("宇佐美 浩之", "うさみ ひろゆき", "usami.hiroyuki@hinode-sangyo.co.jp", "事務局長"),
    "domeki": ("百目鬼 拓也", "どうめき たくや", "domeki.takuya@bpo.hinode-sangyo.co.jp", "審査チームリーダー"),
    "teshi": ("勅使河原 綾", "てしがわら あや", "teshigawara.aya@hinode-sangyo.co.jp", "支払・経理担当"),
    "kamo": ("鴨志田 由紀", "かもしだ ゆき", "kamoshida.yuki@hinode-sangyo.co.jp", "コールセンター統括SV"),
    "igarashi": ("五十嵐 航", "いがらし わたる", "igarashi.wataru@hinode-sangyo.co.jp", "システム担当"),
    "manabe": ("眞鍋 沙織", "まなべ さおり", "manabe.saori@bpo.hinode-sangyo.co.jp", "発送管理担当"),
    "urushi": ("漆原 健吾", "うるしばら けんご", "urushibara.kengo@hinode-sangyo.co.jp", "プロジェクトマネージャー"),
    "kasai": ("葛西 まどか", "かさい まどか", "kasai.madoka@hinode-sangyo.co.jp", "苦情・要望対応担当"),
    "nezu": ("根津 大輔", "ねづ だいすけ", "nezu.daisuke@bpo.hinode-sangyo.co.jp", "特別対応（DV等）担当"),
}


def _from(k: str) -> str:
    name, _, addr, _ = _STAFF[k]
    return f"{name} <{addr}>"


def _sig(k: str, style: int = 0) -> str:
    name, kana, addr, title = _STAFF[k]
    if style == 0:
        return ("\n--\n日の出産業株式会社 BPO事業部\n"
                f"東雲市臨時特別給付金事務局 {title}\n{name}（{kana}）\n{_OFFICE}\n{addr}\n")
    if style == 1:
        return ("\n━━━━━━━━━━━━━━━━━━━━━━━━\n"
                " 東雲市臨時特別給付金事務局（受託：日の出産業株式会社）\n"
                f" {title}　{name}\n TEL:0548-20-7710（内線{_rng.randint(301, 349)}）\n"
                f" Mail:{addr}\n━━━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n日の出産業㈱ BPO事業部 給付金事務局\n{name.split()[0]}\n"
    if style == 3:
        sei, mei = name.split()
        return ("\n--\n"
                f"{_STAFF[k][2].split('@')[0].replace('.', ' ').title()}\n"
                f"{title} / Shinonome City Benefit Payment Office\n"
                "Hinode Sangyo Co., Ltd. BPO Division\n"
                "2-5-1 Honmachi, Shinonome, Shizuoka 420-0851, Japan\n"
                f"Tel +81-548-20-7710  {addr}\n")
    return (f"\n＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n{name}\n日の出産業株式会社\nBPO事業部 東雲市給付金事務局\n"
            f"直通 0548-20-{_rng.randint(7720, 7790)}\n＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n")


_DISC_JA = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
            "お手数ですが送信者にご連絡のうえ、本メールを削除してください。"
            "本メールの無断転載・転送はご遠慮ください。\n")
_DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. "
            "If you are not the intended recipient, please notify the sender immediately "
            "and delete this e-mail. Any unauthorised use or disclosure is prohibited.\n")

# external contacts (invented people at partner / other organisations)
CITY = "千葉 陽子 <chiba-yoko@city.shinonome.lg.jp>"
CITY2 = "長谷部 誠 <hasebe-makoto@city.shinonome.lg.jp>"
NISHIKI = "二階堂 亮 <nikaido.ryo@nishiki-insatsu.co.jp>"
NISHIKI_HASSOU = "錦印刷 発送センター <hassou-center@nishiki-insatsu.co.jp>"
MIDORI = "相馬 国彦 <soma.kunihiko@midori-ginko.co.jp>"
MIDORI_KOUKIN = "みどり銀行 公金事務課 <koukin-jimu@midori-ginko.co.jp>"
TSUBASA = "堀之内 聡 <horinouchi@tsubasa-system.jp>"
TSUBASA_SUP = "ツバサシステム サポート <support@tsubasa-system.jp>"
SHIRAKAWA = "白川 透 <shirakawa@shirakawa-law.jp>"
AOBA = "青葉運輸 東雲営業所 <shinonome-eigyo@aoba-unyu.co.jp>"
LINKCALL = "大河内 千景 <okochi.chikage@linkcall.co.jp>"
STAFFBR = "森永 恭子 <morinaga@staffbridge.co.jp>"
SHAKYO = "四方田 隆之 <yomoda@shinonome-shakyo.or.jp>"

MESSAGES: list[dict] = []


def _add(expect: str, entities: list[str], detectors: list[str], note: str, **msg) -> None:
    msg_id = f"kyufukin-{len(MESSAGES) + 1:03d}"
    MESSAGES.append({"id": msg_id, "expect": expect, "entities": entities,
                     "detectors": detectors, "note": note, **msg})


# ============================================================================================
# 001-020
# ============================================================================================

# 001 — application data CSV (20 households) to the system vendor for re-import
_p = _people(20)
_rows = [["受付番号", "世帯主氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話番号",
          "金融機関名", "支店名", "預金種目", "口座番号", "口座名義（カナ）"]]
for p in _p:
    _rows.append([p["receipt"], p["name"], p["kana"], _wareki(p["dob"], "slash"), p["zip"], p["addr"],
                  p["mobile"] if _rng.random() < .7 else p["tel"], p["bank"], p["branch"], p["acct_type"],
                  p["acct"], p["holder"]])
_add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
     ["personal_data"],
     "20 applicants' names, birth dates, addresses, phones and bank accounts in a CSV to the system vendor",
     sender=_from("igarashi"), to=[TSUBASA], cc=[TSUBASA_SUP],
     subject="【東雲市給付金】9/12取込エラー分（20件）の再取込のお願い",
     charset="iso-2022-jp",
     body=f"""ツバサシステム株式会社
堀之内様

いつもお世話になっております。日の出産業の五十嵐です。

9/12夜間バッチで「口座名義カナ不正」エラーとなった20件について、
こちらで半角カナ→全角カナの補正をかけたデータを作成しました。
添付のCSV（Shift_JIS）を本番環境へ再取込いただけますでしょうか。

・対象：9/12受付分のうちエラーコード E-214 の20件
・補正内容：口座名義の半角カナ／濁点分離を全角に統一
・取込希望日：9/16（月）夜間バッチ

取込後、件数照合の結果だけご連絡いただければ幸いです。
よろしくお願いいたします。
{_sig("igarashi")}""",
     attachments=[{"kind": "csv", "name": "reimport_20240912_E214.csv", "encoding": "cp932", "rows": _rows}])

# 002 — weekly statistics by district to the city (numbers only)
_dist = [["地区", "対象世帯数", "申請件数", "申請率", "前週比"]]
for name in ["本町・茶町", "桜ケ丘・若葉台", "港南・北浜", "緑町・宮前", "東雲台・瀬名川", "西ヶ谷・大谷", "清見"]:
    tgt = _rng.randint(1800, 5200)
    app = int(tgt * _rng.uniform(.55, .86))
    _dist.append([name, f"{tgt:,}", f"{app:,}", f"{app / tgt * 100:.1f}%", f"+{_rng.randint(40, 390)}"])
_add("pass", [], [],
     "aggregate application counts per district to the city: no person's data",
     sender=_from("okonogi"), to=[CITY], cc=[CITY2],
     subject="申請受付状況（週次報告 9/9～9/13）",
     charset="iso-2022-jp",
     body=f"""東雲市 福祉部 福祉政策課
千葉様

お世話になっております。給付金事務局の小此木です。
今週分の申請受付状況をご報告いたします。

{_table(_dist)}

・窓口受付は先週より微減（1日平均112件→97件）、郵送・オンラインが増加傾向です。
・清見地区は高齢世帯が多く申請率が低めのため、社協さんとの出張受付を
　10月第1週に追加で調整中です（別途ご相談させてください）。

ご不明点がございましたらお知らせください。
{_sig("okonogi", 1)}""")

# 003 — one applicant's My Number in running text to the tax section
_p = _person()
_mn = _mynum()
_add("stop", ["PERSON_NAME", "JP_MY_NUMBER"], ["personal_data"],
     "a My Number of one applicant written in the prose of an inquiry to the city's tax section",
     sender=_from("domeki"), to=["市民税課 課税第一係 <kazei1@city.shinonome.lg.jp>"],
     subject="課税状況の個別照会（受付番号 " + _p["receipt"] + "）",
     body=f"""市民税課 課税第一係 御中

給付金事務局 審査チームの百目鬼です。
標記の件、1件だけ個別にご確認をお願いいたします。

受付番号{_p['receipt']}でご申請いただいた{_p['town']}在住の{_p['name']}様ですが、
連携データでは令和6年度住民税が「未申告」扱いとなっております。
ご本人からは「3月に申告済み」とのお申し出があり、申請書に記載の個人番号
{_mn[:4]} {_mn[4:8]} {_mn[8:]} で照会いただくと申告書の受付記録が確認できるかと思います。

非課税判定に影響しますので、お手数ですが10/4までにご回答いただけますと助かります。
{_sig("domeki", 2)}""")

# 004 — shipping schedule to the printer, with the standard disclaimer
_add("pass", [], [],
     "mailing schedule and quantities to the printing vendor; the standard confidentiality disclaimer is not a marking",
     sender=_from("manabe"), to=[NISHIKI],
     subject="第2弾 確認書の封入封緘・差出スケジュールについて",
     charset="iso-2022-jp",
     body=f"""錦印刷株式会社
二階堂様

いつもお世話になっております。日の出産業 給付金事務局の眞鍋です。
第2弾（プッシュ型確認書）の差出スケジュールが市と確定しましたのでお知らせします。

　■宛名データ受け渡し　10月7日（月）午前　※SFTPにて、従来どおり
　■校正（宛名面）　　　10月9日（水）
　■封入封緘　　　　　　10月10日（木）～11日（金）
　■差出　　　　　　　　10月15日（火）東雲郵便局 料金後納
　■通数　　　　　　　　約3,200通（うち返信用封筒同封 3,200）

返信用封筒は前回の残り（約600枚）を先に使い、不足分のみ増刷でお願いします。
増刷の見積もりを別途いただけますでしょうか。
{_sig("manabe")}{_DISC_JA}""")

# 005 — DV victim: do not mail to the registered address; send to the shelter address instead
_v = _person("F")
_shelter = f"静岡県東雲市{_rng.choice(_TOWNS)[0]}{_rng.randint(1, 4)}-{_rng.randint(1, 20)}-{_rng.randint(1, 15)}"
_add("stop", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
     "one DV victim's name, registered address and hidden new address, with the fact of the abuse, to the printer",
     sender=_from("nezu"), to=[NISHIKI_HASSOU],
     subject="【至急】発送差し止め・送付先変更のお願い（1件）",
     charset="cp932",
     body=f"""錦印刷 発送センター ご担当者様

給付金事務局の根津です。至急のお願いです。

明日差出予定の第2弾確認書のうち、下記の方は配偶者からの暴力（DV）の被害により
住民基本台帳の支援措置を受けている方であることが本日判明しました。
加害者が住民票上の住所に居住しているため、そちらへは絶対に送付しないでください。

　氏名：{_v['name']}（{_v['kana']}）
　住民票上の住所（送付禁止）：{_v['addr']}
　送付先（居所）：{_shelter}　{_rng.choice(['若葉寮', 'みどりハイツ'])}気付

封入済みの場合は抜き取りのうえ、居所宛てに差し替えをお願いします。
作業完了後、お電話でご一報ください（内線は使わず、私の携帯へお願いします）。
{_sig("nezu", 2)}""")

# 006 — internal: review list with bank accounts (internal only)
_p = _people(30)
_sheet = [["審査対象一覧（9/17 受付分）", "", "", "", "", "", ""],
          ["受付番号", "申請者氏名", "生年月日", "住所", "金融機関", "支店", "口座番号"]]
for p in _p:
    _sheet.append([p["receipt"], p["name"], _wareki(p["dob"], "abbr"), p["addr_short"], p["bank"],
                   p["branch"], f"{p['acct_type']} {p['acct']}"])
_add("pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BANK_ACCOUNT"], [],
     "30 applicants' records, but every recipient is internal (hinode-sangyo.co.jp and its subdomain)",
     sender=_from("domeki"), to=["審査チーム <shinsa-team@bpo.hinode-sangyo.co.jp>"],
     cc=[_from("okonogi")],
     subject="9/17受付分 審査割当",
     body=f"""審査チーム各位

9/17受付分（30件）の一覧です。Excelの「担当」列に名前を入れてから着手してください。
口座名義と申請者名の不一致が目立つので、通帳コピーとの突合を省略しないこと。

本日中に一次審査、明日午前に二次審査の予定です。
{_sig("domeki", 2)}""",
     attachments=[{"kind": "xlsx", "name": "審査割当_0917.xlsx", "sheets": {"0917": _sheet}}])

# 007 — look-alike of the printer's domain (dropped "s"), harmless content
_add("stop", [], ["lookalike_domain"],
     "recipient domain nishiki-insatu.co.jp is a typo of the partner nishiki-insatsu.co.jp",
     sender=_from("manabe"), to=["二階堂 亮 <nikaido.ryo@nishiki-insatu.co.jp>"],
     subject="Re: 封筒色校の件",
     charset="iso-2022-jp",
     body=f"""二階堂様

お世話になっております。眞鍋です。
封筒の色校、本日拝受しました。市の担当の方にも見ていただき、
「給付金在中」の赤字をもう少し濃く（DIC 156 相当）との指示がありました。
再色校は不要で、そのまま本刷りに進めていただいて構いません。

納品は10/4（金）午前、事務局3階の倉庫へお願いします。
{_sig("manabe", 2)}""")

# 008 — reply to a citizen on free mail about her own application (name and receipt number only)
_c = _person("F")
_add("pass", [], ["freemail_recipient"],
     "reply to one applicant about her own application: her name and receipt number only, one free-mail recipient",
     sender="東雲市臨時特別給付金事務局 <info-kyufu@hinode-sangyo.co.jp>",
     to=[f"{_c['email']}"],
     subject="【東雲市給付金事務局】お問い合わせの件（受付番号 " + _c["receipt"] + "）",
     body=f"""{_c['name']} 様

東雲市臨時特別給付金事務局でございます。
お問い合わせいただきました申請の状況についてご案内いたします。

　受付番号：{_c['receipt']}
　状況　　：審査完了（支給決定）
　振込予定日：令和6年10月18日（金）

振込日の前後に「支給決定通知書」を郵送いたします。
通帳には「シノノメシキユウフキン」と記帳されます。

※本メールは送信専用アドレスから送信しております。ご返信いただいてもお答えできませんので、
　お問い合わせはコールセンター（0120-310-558／平日9時～18時）までお願いいたします。

東雲市臨時特別給付金事務局
""")

# 009 — three external organisations in To (city, printer, system vendor)
_add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
     "three external organisations (city, printer, system vendor) can see each other in To",
     sender=_from("urushi"), to=[CITY, NISHIKI, TSUBASA],
     subject="第2弾発送に向けた三者打合せのご案内（10/3）",
     charset="iso-2022-jp",
     body=f"""関係者各位

お世話になっております。日の出産業の漆原です。
第2弾確認書の発送に向け、宛名データの受け渡し手順を確認したく、
下記のとおり打合せを設定させてください。

　日時：10月3日（木）14:00～15:00
　場所：東雲市役所 本庁舎5階 503会議室（Web参加可：URLは前日お送りします）
　議題：1. 宛名データの抽出条件（市）
　　　　2. データ連携・SFTP受け渡し手順（ツバサシステム様）
　　　　3. 印字・封入・差出スケジュール（錦印刷様）
　　　　4. 返戻郵便の取扱い

ご都合が悪い場合は9/30までにお知らせください。
{_sig("urushi")}""")

# 010 — 社外秘 only in the header of the attached manual, sent to the staffing agency
_add("stop", [], ["confidential_marking"],
     "the attached operations manual carries a 社外秘 stamp in its page header; the mail text does not",
     sender=_from("kamo"), to=[STAFFBR],
     subject="派遣前研修用資料の送付",
     body=f"""スタッフブリッジ株式会社
森永様

お世話になっております。給付金事務局コールセンターの鴨志田です。
来週の派遣前研修で使う運用マニュアルをお送りします。
受講される方に事前に目を通していただけるよう、ご案内をお願いできますでしょうか。

研修日程は 9/24（火）・25（水）の10時～16時、事務局4階研修室です。
{_sig("kamo", 4)}""",
     attachments=[{"kind": "docx", "name": "コールセンター運用マニュアル_v3.docx",
                   "page_header": "社外秘　日の出産業株式会社 BPO事業部",
                   "title": "東雲市臨時特別給付金 コールセンター運用マニュアル",
                   "paragraphs": [
                       "東雲市臨時特別給付金 コールセンター運用マニュアル（第3版）",
                       "1. 受電時の基本応対：名乗り、本人確認（氏名・生年月日・受付番号の3点）",
                       "2. エスカレーション基準：怒声・脅迫・長時間（20分超）の架電はSVへ転送",
                       "3. DV等支援措置に関わるお申し出は、内容を聞き取らず特別対応担当へ即時転送",
                       "4. 口座変更の受付は電話では行わず、変更届の郵送を案内する",
                       "5. 個人番号は口頭で聴取しない。申請書への記載も任意である旨を案内する",
                       "6. 応対履歴は必ず当日中にCRMへ入力し、紙のメモはシュレッダーへ",
                   ],
                   "tables": [[["区分", "転送先", "内線"], ["苦情", "苦情・要望対応担当", "331"],
                               ["DV等", "特別対応担当", "338"], ["システム障害", "システム担当", "342"]]]}])

# 011 — NDA discussion with a new shredding vendor
_add("pass", [], [],
     "mail about the NDA draft with a new vendor: talk of 秘密保持, no marking and no personal data",
     sender=_from("urushi"), to=["市来 真一 <ichiki@clean-bunsho.co.jp>"],
     subject="秘密保持契約書（案）へのコメント",
     charset="iso-2022-jp",
     body=f"""クリーン文書処理株式会社
市来様

お世話になっております。日の出産業の漆原です。
先日お送りいただいた秘密保持契約書（案）について、当社法務からのコメントをお伝えします。

1. 第2条（秘密情報の定義）
　「個人情報を含む」旨を明記し、溶解処理前の保管中の情報も対象としていただきたい。
2. 第6条（再委託）
　再委託は事前の書面承諾を要する旨に修正をお願いします（東雲市との委託契約上の要件です）。
3. 第9条（有効期間）
　契約終了後も5年間は秘密保持義務が存続する形にしてください。

修正版をいただければ、こちらで押印手続きを進めます。
また、溶解証明書の様式（見本）もあわせてお送りいただけますと幸いです。
{_sig("urushi")}""")

# 012 — returned transfers, tab-separated, to the city
_p = _people(8)
_reasons = ["口座なし", "名義相違", "解約済", "口座なし", "科目相違", "名義相違", "支店統廃合", "その他（凍結）"]
_lines = ["受付番号\t氏名\t金融機関\t支店\t種目\t口座番号\t返戻理由"]
for p, r in zip(_p, _reasons):
    _lines.append("\t".join([p["receipt"], p["name"], p["bank"], p["branch"], p["acct_type"], p["acct"], r]))
_tab = "\n".join(_lines)
_add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
     "8 recipients of returned transfers with names and bank accounts, tab-separated, to the city",
     sender=_from("teshi"), to=[CITY],
     subject="9/20振込分 振込不能（返戻）一覧",
     charset="cp932",
     body=f"""千葉様

お世話になっております。事務局 支払担当の勅使河原です。
9/20振込分のうち、金融機関から返戻となったものは以下の8件です。

{_tab}

いずれも申請者へ口座確認の文書を送付し、回答があり次第、再振込の対象とします。
「支店統廃合」の1件は、統合先支店で再振込可能か銀行に確認中です。
{_sig("teshi", 2)}""")

# 013 — HTML-only: list of application venues (public facilities) for the flyer
_venues = [("本町公民館 2階 会議室", "静岡県東雲市本町4-3-10", "0548-21-3301", "10/7（月）・10/8（火）"),
           ("桜ケ丘地区センター", "静岡県東雲市桜ケ丘2-8-1", "0548-33-1150", "10/9（水）"),
           ("港南コミュニティホール", "静岡県東雲市港南1-15-6", "0548-45-0222", "10/10（木）"),
           ("清見支所 1階 多目的室", "静岡県東雲市清見355", "0548-67-2100", "10/11（金）・10/15（火）"),
           ("西ヶ谷ふれあい会館", "静岡県東雲市西ヶ谷1802-4", "0548-61-0708", "10/16（水）"),
           ("東雲台 市民交流プラザ", "静岡県東雲市東雲台3-1-1", "0548-38-5500", "10/17（木）")]
_tr = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in _venues)
_add("pass", [], [],
     "HTML table of public venues (facility names, addresses, switchboard numbers): businesses, not people",
     sender=_from("okonogi"), to=["坂巻 由香 <sakamaki.yuka@nishiki-insatsu.co.jp>"],
     subject="出張受付チラシ 会場一覧（確定版）",
     html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>錦印刷株式会社 制作部<br>坂巻様</p>
<p>お世話になっております。給付金事務局の小此木です。<br>
出張受付チラシに掲載する会場一覧が確定しましたので、お送りいたします。<br>
前回お送りした案から「西ヶ谷ふれあい会館」の日程が変わっていますのでご注意ください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde8f4"><th>会場</th><th>所在地</th><th>電話（施設代表）</th><th>日程</th></tr>
{_tr}
</table>
<p>受付時間はいずれも 10:00～12:00／13:00～16:00 です。<br>
初校は10/1（火）中にいただけますと助かります。</p>
<p>--<br>日の出産業株式会社 BPO事業部<br>東雲市臨時特別給付金事務局 小此木 真帆<br>
TEL 0548-20-7710</p>
</body></html>""")

# 014 — PPAP: password-protected ZIP to the city
_p = _people(14)
_rows = [["受付番号", "氏名", "住所", "電話", "口座"]] + [
    [p["receipt"], p["name"], p["addr"], p["mobile"], f"{p['bank']} {p['branch']} {p['acct']}"] for p in _p]
_add("stop", [], ["unscannable_attachment"],
     "password-protected ZIP (PPAP) to the city: its contents cannot be inspected",
     sender=_from("domeki"), to=[CITY2],
     subject="差分データ（9/24受付分）送付",
     charset="iso-2022-jp",
     body=f"""東雲市 福祉政策課
長谷部様

お世話になっております。給付金事務局の百目鬼です。
9/24受付分の差分データをお送りします。
添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りします。
{_sig("domeki")}""",
     attachments=[{"kind": "zip", "name": "diff_0924.zip", "password": "Kyf#0924shn",
                   "files": [{"kind": "xlsx", "name": "diff_0924.xlsx", "sheets": {"差分": _rows}}]}])

# 015 — two re-transfer requests to the bank (two people's accounts)
_p = _people(2)
_add("pass", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
     "two people's accounts for a recall (組戻し) request to the bank: under five records, may warn",
     sender=_from("teshi"), to=[MIDORI],
     subject="組戻し依頼（2件）のご相談",
     body=f"""みどり銀行 事務集中部
相馬様

いつもお世話になっております。東雲市給付金事務局の勅使河原です。
9/27付の総合振込のうち、当方の入力誤りにより下記2件を誤った口座へ振り込んでしまいました。
組戻しの手続きをお願いしたく、ご連絡いたしました。

(1) 受取人：{_p[0]['holder']}　{_p[0]['bank']} {_p[0]['branch']} {_p[0]['acct_type']} {_p[0]['acct']}
    金額：100,000円（正しい受取人とは別人）
(2) 受取人：{_p[1]['holder']}　{_p[1]['bank']} {_p[1]['branch']} {_p[1]['acct_type']} {_p[1]['acct']}
    金額：100,000円（同一人への二重振込）

必要な依頼書の様式がございましたらお送りください。
組戻し手数料は当社負担で結構です。
{_sig("teshi")}""")

# 016 — XLSX of household members WITHOUT a name column to the printer
_rows = [["世帯構成確認用データ（宛名差込前）　作成：9/26", "", "", "", "", ""],
         ["世帯番号", "続柄", "性別", "生年月日", "郵便番号", "住所"]]
for _ in range(4):
    head = _person()
    members = [("世帯主", head)] + [(rel, _person(young=True)) for rel in _rng.sample(["妻", "夫", "子", "子", "母"], 2)]
    for rel, m in members:
        _rows.append([head["setai"], rel, "男" if m["sex"] == "M" else "女", _wareki(m["dob"], "kanji"),
                      head["zip"], head["addr"]])
_add("stop", ["DATE_OF_BIRTH", "JP_ADDRESS"], ["personal_data"],
     "12 household members' birth dates and addresses by household number, no name column, to the printer",
     sender=_from("manabe"), to=[NISHIKI_HASSOU],
     subject="差込テスト用データ",
     body=f"""錦印刷 発送センター
ご担当者様

眞鍋です。差込レイアウトのテスト用に、世帯構成の実データを一部抜き出して送ります。
（氏名は抜いてあります）
世帯ごとに同封物が変わるので、世帯番号でグルーピングされるかを確認してください。
{_sig("manabe", 2)}""",
     attachments=[{"kind": "xlsx", "name": "sashikomi_test.xlsx", "sheets": {"テスト": _rows}}])

# 017 — complaint case to the lawyer: the complainant's mental illness and disability
_c = _person("M")
_add("stop", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
     "one complainant named with his psychiatric diagnosis and disability certificate, to the law firm",
     sender=_from("kasai"), to=[SHIRAKAWA],
     subject="ご相談：長時間架電が続いている申出人への対応",
     charset="cp932",
     body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 給付金事務局の葛西です。
先日お電話でご相談した件、経緯を整理しましたのでお送りします。

申出人は{_c['name']}氏（{_age(_c['dob'])}歳、{_c['town']}在住、連絡先 {_c['mobile']}）です。
9月以降、ほぼ毎日コールセンターへ架電があり、1回あたり1～2時間に及んでいます。
ご家族の話によれば、ご本人は統合失調症で通院中で、精神障害者保健福祉手帳2級をお持ちとのことです。
ご本人の支給はすでに完了しており、申出の内容は「隣人の給付金を止めろ」というものが中心です。

障害の特性に配慮しつつ、通話時間の制限や書面回答への切替えを行ってよいか、
ご助言をいただけますでしょうか。
{_sig("kasai")}""")

# 018 — reply to the city; the list of six people is only in the quoted text
_q = _people(6)
_qt = "\n".join(f"> {i}. {p['receipt']} {p['name']}（{p['addr_short']}）" for i, p in enumerate(_q, 1))
_add("pass", [], [],
     "reply whose only list of people is quoted ('>') from the city's own mail; the new text has no personal data",
     sender=_from("domeki"), to=[CITY],
     subject="Re: 審査保留者の再確認について",
     charset="iso-2022-jp",
     body=f"""千葉様

ご連絡ありがとうございます。6件とも確認いたしました。
明日午前中に再審査を行い、結果を午後にご報告いたします。

百目鬼

> 給付金事務局 百目鬼様
>
> 先日保留となった下記6件について、住民記録係で転入日を確認しました。
> いずれも基準日（6/3）時点で市内に住民登録があります。
> 再審査をお願いします。
>
{_qt}
>
> 東雲市 福祉政策課 千葉
""")

# 019 — HTML-only: elderly single households not yet applied, to the social welfare council
_p = _people(10)
for p in _p:
    p["dob"] = (_rng.randint(1933, 1952), _rng.randint(1, 12), _rng.randint(1, 28))
_tr = "".join(f"<tr><td>{p['name']}</td><td>{_age(p['dob'])}</td><td>{p['addr_town']}</td>"
              f"<td>{p['tel']}</td><td>{_rng.choice(['', '民生委員訪問済', '不在2回', '日中不在が多い'])}</td></tr>"
              for p in _p)
_add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
     "HTML-only table of 10 non-applicant households (name, age, address, phone) to the social welfare council",
     sender=_from("okonogi"), to=[SHAKYO],
     subject="未申請（高齢単身世帯）訪問リストのご共有",
     html=f"""<html><body>
<p>東雲市社会福祉協議会<br>四方田様</p>
<p>いつもお世話になっております。給付金事務局の小此木です。<br>
市からご依頼のあった訪問支援の件、清見地区の未申請の高齢単身世帯のうち、
まだ連絡がついていない方の一覧をお送りします。<br>
訪問の際の申請サポートをよろしくお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>氏名</th><th>年齢</th><th>住所（東雲市）</th><th>電話</th><th>備考</th></tr></thead>
<tbody>{_tr}</tbody></table>
<p>申請期限は11/29（金）です。</p>
<p>日の出産業株式会社 BPO事業部 東雲市臨時特別給付金事務局<br>小此木 真帆</p>
</body></html>""")

# 020 — invoice confirmation with the printer's T-number (company data only)
_tn = _corp_number("130401" + "".join(str(_rng.randrange(10)) for _ in range(6)))
_add("pass", ["JP_CORPORATE_NUMBER"], [],
     "invoice confirmation: invoice number, the printer's registration number (T-number) and company account",
     sender=_from("teshi"), to=[NISHIKI],
     subject="請求書受領のご連絡（NI-2409-0318）",
     charset="iso-2022-jp",
     body=f"""錦印刷株式会社
二階堂様

いつもお世話になっております。日の出産業の勅使河原です。
下記請求書、確かに受領いたしました。

　請求書番号：NI-2409-0318
　件名　　　：東雲市臨時特別給付金 第1弾 申請書印刷・封入封緘・発送代行
　金額　　　：2,486,150円（税込）
　登録番号　：T{_tn}
　お支払予定：10月31日（木） 貴社ご指定口座（みどり銀行 本店営業部 当座 0081234）へお振込み

なお、郵送料の立替分（後納）は別請求とのことでしたので、そちらもお待ちしております。
{_sig("teshi", 4)}""")

# ============================================================================================
# 021-040
# ============================================================================================

# 021 — callback list as 「・」 bullets to the call-centre subcontractor
_p = _people(6)
_topics = ["振込日の確認", "確認書を紛失、再発行希望", "口座変更したい", "申請したが通知が来ない",
           "代理申請の方法", "不支給理由の説明を求める"]
_bul = "\n".join(f"・{p['name']} 様（{p['mobile'] if i % 2 else p['tel']}）／{t}"
                 for i, (p, t) in enumerate(zip(_p, _topics)))
_add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
     "six callers' names and phone numbers as bullets to the call-centre subcontractor",
     sender=_from("kamo"), to=[LINKCALL],
     subject="本日分 折り返し架電リスト",
     charset="cp932",
     body=f"""大河内さん

お疲れさまです。鴨志田です。
本日の受電のうち、SV判断で折り返しとした分です。明日午前中の架電をお願いします。

{_bul}

不在の場合は留守電に事務局名のみ残し、用件は吹き込まないでください。
{_sig("kamo", 2)}""")

# 022 — three of our staff with their mobiles for an on-site day (under five people)
_s = _people(3, young=True)
_add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
     "three staff members' names and work mobiles for an outreach day, to the city: under five records",
     sender=_from("okonogi"), to=[CITY],
     subject="10/11 清見支所 出張受付の当日体制",
     body=f"""千葉様

お世話になっております。小此木です。
10/11（金）清見支所での出張受付、当日の体制をお知らせします。

　責任者　{_s[0]['name']}　業務用携帯 {_s[0]['mobile']}
　受付　　{_s[1]['name']}　業務用携帯 {_s[1]['mobile']}
　受付　　{_s[2]['name']}　業務用携帯 {_s[2]['mobile']}

9:15に支所へ到着し、机の配置と案内表示の設置を行います。
支所の方のお手を煩わせることはないようにいたしますが、
駐車場（公用車1台分）の確保のみお願いできますでしょうか。
{_sig("okonogi")}""")

# 023 — a citizen on Gmail is sent back her application details including her My Number
_c = _person("F")
_mn = _mynum()
_add("stop", ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"],
     ["personal_data", "freemail_recipient"],
     "a My Number (with name, birth date, address) written back to an applicant's Gmail address",
     sender=_from("domeki"), to=[f"{_c['name']} <{_c['ro_sei'].lower()}.{_c['ro_mei'].lower()}.0{_rng.randint(1, 9)}@gmail.com>"],
     subject="ご申請内容の確認のお願い",
     body=f"""{_c['name']} 様

東雲市臨時特別給付金事務局の百目鬼でございます。
お電話でお話しした件につき、システムに登録されているご申請内容を以下にお示しします。
相違がないかご確認のうえ、ご返信ください。

　氏名　　　：{_c['name']}（{_c['kana']}）
　生年月日　：{_wareki(_c['dob'])}
　住所　　　：〒{_c['zip']} {_c['addr']}
　個人番号　：{_mn}
　振込先　　：{_c['bank']} {_c['branch']}

個人番号の末尾が申請書の記載と一致しないとのことでしたので、
書面の原本と照らし合わせていただけますと幸いです。
{_sig("domeki", 1)}""")

# 024 — internal: the DV / support-measure list, only to the internal special-handling team
_p = _people(7, sex="F")
_blk = "\n".join(f"{i:>2}  {p['name']:<8}  住民票：{p['addr_short']}\n"
                 f"    居所：{_rng.choice(['シェルター（所在非開示）', '県外親族宅', '市内（' + _rng.choice(_TOWNS)[0] + '）'])}"
                 f"  連絡：{p['mobile']}（本人のみ）" for i, p in enumerate(_p, 1))
_add("pass", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], [],
     "DV support-measure list with addresses and phones, but only to an internal team on the internal subdomain",
     sender=_from("nezu"), to=["特別対応チーム <dv-team@bpo.hinode-sangyo.co.jp>"],
     cc=["宇佐美 浩之 <usami.hiroyuki@hinode-sangyo.co.jp>"],
     subject="DV等支援措置対象者 最新リスト（9/30時点）",
     body=f"""特別対応チーム各位

9/30時点の支援措置対象者（給付金申請済み／未申請を含む）です。
前回から2名追加（6、7）。いずれも配偶者からの暴力による支援措置で、市の女性相談から連絡済み。

{_blk}

・住民票上の住所への郵送は全件停止。発送データから除外済みであることを毎回確認のこと。
・本人以外からの問い合わせには「お答えできない」で統一。
・このリストは印刷禁止、共有フォルダ（特別対応）以外に保存しないこと。

根津""")

# 025 — account-holder inquiry to the bank, one block per person
_p = _people(5)
for p in _p:
    p["bank"] = "みどり銀行"
    p["branch"], p["bcode"] = _rng.choice(_BANKS[0][1])
_blocks = "\n\n".join(
    f"【{i}】受付番号 {p['receipt']}\n　申請者氏名　　：{p['name']}\n　届出口座　　　：{p['branch']}（{p['bcode']}）"
    f" {p['acct_type']} {p['acct']}\n　口座名義（届出）：{p['holder']}\n　照会事項　　　：名義の相違有無"
    for i, p in enumerate(_p, 1))
_add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
     "five applicants' account records, one block each, to the bank",
     sender=_from("teshi"), to=[MIDORI_KOUKIN],
     subject="口座名義照会のお願い（5件）",
     charset="iso-2022-jp",
     body=f"""みどり銀行 公金事務課 御中

東雲市臨時特別給付金事務局（日の出産業）の勅使河原です。
市との協定に基づき、下記5件の口座名義照会をお願いいたします。

{_blocks}

回答は従来どおり、照会回答書（様式3）をFAXでお送りいただけますと幸いです。
{_sig("teshi")}""")

# 026 — EITHER: warning reply to a citizen; her My Number is only in the quoted text
_c = _person("M")
_mn = _mynum()
_add("either", [], ["freemail_recipient"],
     "reply to the citizen himself; his My Number appears only in quoted text he sent, but re-sending it is debatable",
     sender=_from("kamo"), to=[_c["email"].split("@")[0] + "@yahoo.co.jp"],
     subject="Re: 申請書の個人番号欄について",
     body=f"""{_c['name']} 様

東雲市臨時特別給付金事務局でございます。
お問い合わせありがとうございます。

申請書の「個人番号」欄は任意記載ですので、空欄のままご提出いただいて差し支えありません。
なお、個人番号はメールでお送りいただかないようお願いいたします。
今回いただいたメールは、確認後に当事務局のシステムから削除いたします。

東雲市臨時特別給付金事務局 コールセンター
0120-310-558（平日9時～18時）

-----Original Message-----
From: {_c['name']}
Sent: Tuesday, October 1, 2024 9:12 PM
Subject: 申請書の個人番号欄について

申請書の個人番号欄に書く番号はこれで合ってますか？
{_mn}
通知カードは昔なくしてしまい、住民票に載っていた番号を写しました。
""")

# 027 — forward of the city's mail listing 7 ineligibility decisions to the subcontractor
_p = _people(7)
_why = ["基準日時点で市外", "課税世帯（本人申告あり）", "世帯主以外からの申請", "重複申請",
        "課税世帯（扶養親族の所得）", "申請期限後の到着", "課税世帯"]
_fw = "\n".join(f"{p['receipt']}　{p['name']}　{p['addr']}　不支給（{w}）" for p, w in zip(_p, _why))
_add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
     "a forward (new text for the recipient) of the city's list of 7 people's ineligibility decisions with addresses",
     sender=_from("kamo"), to=[LINKCALL],
     subject="FW: 不支給決定者の一覧（10月第1週）",
     body=f"""大河内さん

市からの連絡を転送します。下記7名から問い合わせがあった場合は、
理由を読み上げず「通知書に記載のとおり」と案内し、詳細はSVへ回してください。

鴨志田

---------- Forwarded message ---------
From: 千葉 陽子 <chiba-yoko@city.shinonome.lg.jp>
Date: 2024年10月4日(金) 17:48
Subject: 不支給決定者の一覧（10月第1週）
To: 給付金事務局 <kyufu-jimu@hinode-sangyo.co.jp>

事務局ご担当者様

10月第1週の不支給決定分です。本日付で通知書を発送しました。

{_fw}

東雲市 福祉政策課 千葉
""")

# 028 — mere mention of 社外秘 (no marking of the mail itself)
_add("pass", [], [],
     "the word 社外秘 is only mentioned (the manual will not be sent); no marking, no personal data",
     sender=_from("kamo"), to=[STAFFBR],
     subject="Re: 研修資料の事前送付について",
     charset="iso-2022-jp",
     body=f"""森永様

お世話になっております。鴨志田です。
研修資料の事前送付のご依頼について、運用マニュアルは当社の社外秘資料にあたるため、
恐れ入りますがメールでのお渡しはできません。
研修当日に会場で配布し、終了時に回収する形とさせてください。

事前にお読みいただく資料としては、市の公開している「給付金のご案内」リーフレット
（市ホームページに掲載）をご案内いただければ十分です。
{_sig("kamo", 4)}""")

# 029 — PDF mailing list (18 recipients) to the printing vendor
_p = _people(18)
_tbl = [["No", "受付番号", "郵便番号", "住所", "氏名"]] + [
    [str(i), p["receipt"], p["zip"], p["addr"], p["name"] + " 様"] for i, p in enumerate(_p, 1)]
_add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
     "PDF table of 18 addressees (name, postcode, address) to the printing vendor",
     sender=_from("manabe"), to=[NISHIKI_HASSOU], cc=[NISHIKI],
     subject="支給決定通知書 手差し分（18件）",
     body=f"""錦印刷 発送センター御中

お世話になっております。眞鍋です。
システム連携から漏れた支給決定通知書18件分の宛名リストをPDFでお送りします。
お手数ですが、宛名ラベルを手作業で作成し、明日の差出分に加えてください。
{_sig("manabe")}""",
     attachments=[{"kind": "pdf", "name": "手差し宛名リスト_1007.pdf", "title": "手差し宛名リスト",
                   "lines": ["支給決定通知書 手差し分 宛名リスト（10/7）", ""], "table": _tbl}])

# 030 — two external organisations (city + printer): meeting memo, no personal data
_add("pass", [], ["multiple_external_domains"],
     "meeting memo to two external organisations (city and printer): a normal three-way mail",
     sender=_from("urushi"), to=[CITY], cc=[NISHIKI],
     subject="【議事メモ】確認書の文言修正打合せ（10/2）",
     body=f"""千葉様、二階堂様

昨日はありがとうございました。打合せの要点をお送りします。

1. 確認書 表面
　・「支給要件に該当しない場合」の記載を、市の要綱の表現に合わせて修正（市→事務局へ10/4までに文案）
　・問い合わせ先の電話番号を太字・14ptへ拡大
2. 返信用封筒
　・料金受取人払の承認番号を新番号に差し替え（錦印刷様）
3. スケジュール
　・校正は10/9のまま。差出は10/15で変更なし

認識違いがあればご指摘ください。
{_sig("urushi")}""")

# 031 — one applicant's health insurance card number in running text
_c = _person("M")
_add("stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"], ["personal_data"],
     "one applicant's health insurance card symbol and number (identity document) written out to the city",
     sender=_from("domeki"), to=["住民記録係 <jumin-kiroku@city.shinonome.lg.jp>"],
     subject="本人確認書類の照合について（1件）",
     charset="cp932",
     body=f"""市民課 住民記録係 御中

給付金事務局 審査チームです。
代理申請1件について、本人確認書類の照合をお願いいたします。

申請書に添付された被保険者証の写しは、券面が不鮮明で生年月日が読み取りにくくなっております。
転記した内容は以下のとおりです。

{_c['name']}様（{_wareki(_c['dob'], 'abbr')}生）
国民健康保険被保険者証　保険者番号 {_rng.randint(10000, 99999)}3　記号 東雲{_rng.randint(10, 99)}　番号 {_rng.randint(100000, 999999)}

住民記録上の生年月日と一致するかご確認いただけますでしょうか。
一致すれば、このまま審査を進めます。

百目鬼""")

# 032 — business list: financial institutions that cannot receive the transfer
_banks = [["金融機関名", "金融機関コード", "取扱", "備考"],
          ["みどり銀行", "0591", "可", "指定金融機関"],
          ["しずなみ銀行", "0158", "可", ""],
          ["東雲信用金庫", "1503", "可", ""],
          ["駿遠農業協同組合", "7708", "可", "JAネットバンク含む"],
          ["ネクストフィナンシャル銀行", "0047", "不可", "個人事業用口座のみ不可"],
          ["サクラピア信用組合", "2241", "不可", "2024/8 合併によりコード変更"],
          ["（外国銀行の在日支店）", "―", "不可", ""]]
_add("pass", [], [],
     "list of financial institutions (names, bank codes): businesses, not people",
     sender=_from("teshi"), to=[CITY2],
     subject="振込可否の金融機関一覧（更新）",
     charset="iso-2022-jp",
     body=f"""長谷部様

お世話になっております。勅使河原です。
振込不能を減らすため、申請書の記入例に載せる「振込可否の金融機関一覧」を更新しました。

{_table(_banks, rule="=")}

市ホームページへの掲載もご検討いただけますと幸いです。
{_sig("teshi", 1)}""")

# 033 — English mail to the interpreting service with a residence card number
_c = {"name": "NGUYEN THI HOA", "card": "UH" + str(_rng.randint(10000000, 99999999)) + "FA",
      "addr": f"3-{_rng.randint(1, 20)}-{_rng.randint(1, 12)} Kohnan, Shinonome-shi, Shizuoka 424-0812"}
_add("stop", ["PERSON_NAME", "JP_RESIDENCE_CARD", "JP_ADDRESS"], ["personal_data"],
     "a named applicant's residence card number and address sent to an external interpreting service",
     sender=_from("okonogi"), to=["Translation Desk <desk@tsuyaku-hub.jp>"],
     subject="Request: Vietnamese letter for one applicant",
     body=f"""Dear Translation Desk,

This is Okonogi from the Shinonome City Benefit Payment Office.
We would like to order a Vietnamese translation of our standard "additional documents
required" letter (1 page, Japanese original attached to our previous order, ref. TH-0912).

The letter is for the following applicant, so please fill in the personal details
in the translated version as well:

  Name: {_c['name']}
  Residence card No.: {_c['card']} (valid until 2026-03-31)
  Address: {_c['addr']}
  Missing document: copy of bank passbook (front page)

We need the PDF by Friday, 11 October.

Best regards,
{_sig("okonogi", 3)}""")

# 034 — one person's new address for a re-send, to the printer's shipping desk
_c = _person()
_new = _person()
_add("pass", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
     "one addressee's old and new address for a single re-send: one person, may warn",
     sender=_from("manabe"), to=[NISHIKI_HASSOU],
     subject="再発送1件（転居）",
     body=f"""発送センター ご担当者様

眞鍋です。返戻になった通知書1件、転居先が判明したので再発送をお願いします。

　宛名：{_c['name']} 様
　旧住所：{_c['addr_short']}
　新住所：〒{_new['zip']} {_new['addr']}

封筒は手書きで構いません（料金後納の印字があるもの）。
{_sig("manabe", 2)}""")

# 035 — driver's licence number in the prose of a mail to the city
_c = _person("F")
_lic = "49" + "".join(str(_rng.randrange(10)) for _ in range(10))
_add("stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE"], ["personal_data"],
     "one applicant's driver's licence number in running text to the city",
     sender=_from("domeki"), to=[CITY],
     subject="同姓同名の申請者の取扱い",
     charset="iso-2022-jp",
     body=f"""千葉様

審査チームの百目鬼です。
同姓同名・同一生年月日の申請が2件あり、別人かどうか判断がつかないためご相談です。

後から届いた方の申請書には運転免許証の写しが添付されており、
免許証番号は第{_lic}号、氏名は{_c['name']}、住所は{_c['town']}となっています。
先に届いた方は健康保険証の写しで、住所が{_rng.choice(_TOWNS)[0]}です。

住民記録上、同一人物の転居（市内転居）かどうかご確認をお願いできますか。
同一人物であれば後着分を重複申請として取り下げの案内をいたします。

百目鬼""")

# 036 — English mail to the system vendor's engineer, with the standard disclaimer
_add("pass", [], [],
     "English scheduling mail to a partner's engineer; the standard confidentiality disclaimer only",
     sender=_from("igarashi"), to=["Rajesh Patel <r.patel@tsubasa-system.jp>"], cc=[TSUBASA],
     subject="Load test window for the benefit application system",
     body=f"""Hi Rajesh,

Thanks for the load test plan. A few points from our side:

1. Window: we can give you Saturday 19 October, 22:00 to Sunday 02:00 JST.
   The call centre is closed then, so no live traffic on the back office screens.
2. Volume: please target 300 concurrent online applications; the peak we saw in
   September was about 180.
3. Test data: synthetic only. Please do not copy anything from production.
4. Rollback: if response time exceeds 5 seconds for more than 10 minutes,
   stop the test and call me on the office line.

Horinouchi-san, please share the final plan with the city by Tuesday.

Best,
{_sig("igarashi", 3)}{_DISC_EN}""")

# 037 — basic pension number of one person in an eligibility query
_c = _person("M")
_c["dob"] = (1947, _rng.randint(1, 12), _rng.randint(1, 28))
_pn = f"{_rng.randint(1000, 9999)}-{_rng.randint(100000, 999999)}"
_add("stop", ["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"], ["personal_data"],
     "one applicant's basic pension number (with name and birth date) in a query to the city",
     sender=_from("domeki"), to=["国保年金課 <kokuho-nenkin@city.shinonome.lg.jp>"],
     subject="年金収入の確認依頼",
     body=f"""国保年金課 ご担当者様

お世話になっております。給付金事務局（日の出産業）でございます。
家計急変の特例申請1件について、年金収入額の確認をお願いしたくご連絡いたしました。

申請者：{_c['name']}（{_wareki(_c['dob'], 'zen')}生）
基礎年金番号：{_pn}
申請内容：令和6年1月以降、遺族年金の支給停止により収入が減少

申請書に添付された年金額改定通知書の写しが一部欠けており、
支給停止の時期が読み取れません。お手数ですが停止年月のみご教示ください。
{_sig("domeki", 0)}""")

# 038 — internal forward of a complaint with health details to legal / privacy
_c = _person("F")
_add("pass", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], [],
     "a complaint with a named caller's illness is forwarded, but only to internal legal and privacy addresses",
     sender=_from("kasai"), to=["法務部 <houmu@hinode-sangyo.co.jp>"],
     cc=["個人情報保護管理者 <privacy@hinode-sangyo.co.jp>"],
     subject="FW: 【苦情】コールセンター応対について（要相談）",
     body=f"""法務部 ご担当者様

苦情案件1件、法的な見解をいただきたく転送します。
申出人はうつ病で休職中とのことで、応対時の言葉づかいで症状が悪化したと主張しています。
損害賠償に言及がありました。

葛西

-------- 転送メッセージ --------
件名: 【苦情】コールセンター応対について
差出人: 鴨志田 由紀
日時: 2024/10/03 16:22

受電日時：10/3 14:05～14:48
申出人：{_c['name']} 様（{_c['mobile']}）
内容：9/28の応対でオペレーターに「書類が揃わないと無理です」と強い口調で言われた。
　　　うつ病で休職中であり、その後眠れなくなった。通院先の医師にも伝えている。
　　　謝罪と、責任者からの説明を求める。
対応：SV鴨志田が謝罪し、担当者を特定のうえ改めて連絡すると回答。
""")

# 039 — passport number of an applicant who just returned from abroad
_c = _person("M")
_pp = _rng.choice(["TK", "TR", "TZ"]) + str(_rng.randint(1000000, 9999999))
_add("stop", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], ["personal_data"],
     "one applicant's passport number and birth date, used as his ID, sent to the city",
     sender=_from("domeki"), to=[CITY2],
     subject="海外からの帰国者の申請（旅券による本人確認）",
     body=f"""長谷部様

百目鬼です。確認させてください。
8月に海外から帰国し市内に転入した方から申請があり、本人確認書類が旅券のみです。

　氏名：{_c['romaji']}（{_c['name']}）
　生年月日：{_wareki(_c['dob'], 'nen')}
　旅券番号：{_pp}

要綱上、旅券は本人確認書類として認められていますが、
現行の旅券には住所欄がないため、住民票の写しの追加提出を求めるべきか判断を仰ぎたく存じます。
{_sig("domeki", 2)}""")

# 040 — tracking numbers of returned registered mail (no names)
_trk = "\n".join(f"　{i:>2}. {_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}"
                 f"　{_rng.choice(['あて所に尋ねあたりません', '保管期間経過', '転居先不明', '受取拒否'])}"
                 for i in range(1, 13))
_add("pass", [], [],
     "returned registered-mail tracking numbers with return reasons only: no names or addresses",
     sender=_from("manabe"), to=[NISHIKI_HASSOU],
     subject="簡易書留 返戻分の追跡番号",
     charset="iso-2022-jp",
     body=f"""発送センター ご担当者様

お世話になっております。眞鍋です。
10/15差出分のうち、事務局に返戻された簡易書留の追跡番号です。
差出控えとの突合をお願いします（差出票の控えと枚数が合わないようです）。

{_trk}

返戻の現物は事務局で保管しております。
{_sig("manabe", 2)}""")

# ============================================================================================
# 041-060
# ============================================================================================

# 041 — a credit card number written on an application by mistake
_c = _person("M")
_cc = _card()
_add("stop", ["PERSON_NAME", "CREDIT_CARD"], ["personal_data"],
     "a credit card number an applicant wrote in the account field, copied into a mail to the city",
     sender=_from("teshi"), to=[CITY],
     subject="口座欄にクレジットカード番号が記入された申請の扱い",
     charset="cp932",
     body=f"""千葉様

お世話になっております。勅使河原です。
取扱いについてご相談させてください。

{_c['name']}様（受付番号{_c['receipt']}）の申請書で、振込先口座欄に
「{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}」とクレジットカードの番号が記入されていました。
キャッシュカードと取り違えたものと思われます。

申請者に口座を確認する文書を送る予定ですが、申請書原本のカード番号部分は
マスキング（黒塗り）したうえで保管してよいか、市としてのご判断をいただけますか。
{_sig("teshi", 2)}""")

# 042 — two external organisations (city, social welfare council): scheduling
_add("pass", [], ["multiple_external_domains"],
     "scheduling mail to the city and the social welfare council: two external organisations, no personal data",
     sender=_from("okonogi"), to=[CITY, SHAKYO],
     subject="高齢者向け申請サポート説明会の日程調整",
     charset="iso-2022-jp",
     body=f"""東雲市 千葉様
東雲市社会福祉協議会 四方田様

お世話になっております。給付金事務局の小此木です。
民生委員の皆さま向けの申請サポート説明会について、候補日を挙げさせていただきます。

　案1：10月21日（月）13:30～15:00
　案2：10月23日（水）10:00～11:30
　案3：10月25日（金）13:30～15:00

会場は社協さんの「ふくし会館 2階ホール」を想定しております。
ご都合のよい日を10/11までにお知らせいただけますでしょうか。
説明資料（申請書の記入例・よくある質問）は事務局で用意いたします。
{_sig("okonogi")}""")

# 043 — 【取扱注意】 in the subject, otherwise harmless statistics
_add("stop", [], ["confidential_marking"],
     "the subject carries the handling marking 【取扱注意】 on a mail to the city",
     sender=_from("kasai"), to=[CITY2],
     subject="【取扱注意】苦情・要望の受付状況（9月分）",
     body=f"""長谷部様

お世話になっております。葛西です。
9月分の苦情・要望の受付状況をご報告します。

　苦情　　　　　 42件（前月 57件）
　　うち 応対品質　18件
　　うち 振込遅延　15件
　　うち 制度への不満 9件
　要望　　　　　 23件
　感謝　　　　　　6件

振込遅延に関する苦情は、9/20の一括振込以降減少しています。
応対品質については、研修を10月中に再実施する予定です。
{_sig("kasai", 1)}""")

# 044 — a dispatched operator's shift, sent to her own free-mail address
_add("pass", [], ["freemail_recipient"],
     "a dispatched operator's own shift sent to her personal free-mail address: one free-mail recipient",
     sender=_from("kamo"), to=["misaki.t0322@yahoo.co.jp"],
     subject="10月後半のシフト確定のお知らせ",
     body=f"""高畑さん

お疲れさまです。コールセンターの鴨志田です。
10月後半のシフトが確定しましたのでお知らせします（個人アドレス宛てで、とのご希望でしたのでこちらへ）。

　10/21（月）9:00-18:00
　10/22（火）9:00-18:00
　10/24（木）13:00-20:00（夜間延長日）
　10/25（金）9:00-18:00
　10/28（月）9:00-18:00
　10/30（水）13:00-20:00

変更希望は前週の水曜までにスタッフブリッジの森永さん経由でお願いします。
{_sig("kamo", 2)}""")

# 045 — a classification line 「機密区分：社外秘」 at the top of the mail body
_add("stop", [], ["confidential_marking"],
     "the mail body is classified 機密区分：社外秘 and goes to the city",
     sender=_from("usami"), to=[CITY2], cc=[CITY],
     subject="11月以降の人員体制について",
     charset="iso-2022-jp",
     body=f"""機密区分：社外秘

東雲市 福祉部 福祉政策課
長谷部様、千葉様

いつもお世話になっております。日の出産業 給付金事務局長の宇佐美です。
11月以降の人員体制（案）をご説明いたします。

　・審査チーム　　　　14名 → 9名（11/1～）
　・コールセンター　　22席 → 12席（11/1～）、12/1以降は8席
　・発送・入力　　　　 8名 → 5名
　・単価：審査・入力は従前どおり、コールセンターは席単価を4.2%減額

申請期限（11/29）後の問い合わせ減少を見込んだ計画です。
ご意見を10/18までにいただけますと幸いです。
{_sig("usami")}""")

# 046 — reply to the bank; its list of 6 returned transfers is quoted under Original Message
_q = _people(6)
for p in _q:
    p["branch"], p["bcode"] = _rng.choice(_BANKS[0][1])
_ql = "\n".join(f"{p['branch']}　{p['acct_type']}　{p['acct']}　{p['holder']}　{_rng.choice(['口座なし', '名義相違', '解約'])}"
                for p in _q)
_add("pass", [], [],
     "reply whose list of six accounts is only quoted under -----Original Message----- from the bank's own mail",
     sender=_from("teshi"), to=[MIDORI],
     subject="RE: 10/4振込分の返却について",
     body=f"""相馬様

ご連絡ありがとうございます。6件、確かに承知いたしました。
申請者へ確認のうえ、再振込は10/22（火）の総合振込に含める予定です。
引き続きよろしくお願いいたします。

勅使河原

-----Original Message-----
From: 相馬 国彦 <soma.kunihiko@midori-ginko.co.jp>
Sent: Monday, October 7, 2024 11:05 AM
To: 勅使河原 綾 <teshigawara.aya@hinode-sangyo.co.jp>
Subject: 10/4振込分の返却について

東雲市臨時特別給付金事務局
勅使河原様

10/4付総合振込のうち、下記6件が振込不能となりましたので返却いたします。

{_ql}

みどり銀行 事務集中部 相馬
""")

# 047 — English mail classified CONFIDENTIAL to an outside consultant
_add("stop", [], ["confidential_marking"],
     "an English mail classified CONFIDENTIAL (cost breakdown) to an external consultant",
     sender=_from("urushi"), to=["Daniel Weiss <d.weiss@govtech-advisory.com>"],
     subject="Cost breakdown - Shinonome benefit office (for your review)",
     body=f"""CLASSIFICATION: CONFIDENTIAL

Dear Daniel,

As discussed, here is the cost breakdown of the Shinonome benefit payment office for
the benchmarking exercise. Please do not share it outside the review team.

  Back office (review, data entry)   JPY 38.2m   52%
  Call centre (22 seats, 5 months)   JPY 24.9m   34%
  Printing and mailing (vendor)      JPY  6.1m    8%
  System (vendor, licence + ops)     JPY  4.4m    6%

Margin on the contract is currently 11.8%, below our 15% target, mainly because the
call volume in September was 40% higher than planned.

Kind regards,
{_sig("urushi", 3)}""")

# 048 — English reply; applicants' addresses appear only in the quoted "On ... wrote:" part
_ql = "\n".join(f"> 2024-10-08T02:1{i}:0{i} WARN  mail bounce to={p['email']} code=550"
                for i, p in enumerate(_people(5)))
_add("pass", [], [],
     "English reply; the applicants' e-mail addresses are only in the quoted log from the partner's own mail",
     sender=_from("igarashi"), to=["Rajesh Patel <r.patel@tsubasa-system.jp>"],
     subject="Re: Bounce warnings in the notification job",
     body=f"""Hi Rajesh,

Thanks. Those five are genuine bounces (typos by the applicants), not a system fault.
We will contact them by post. Please just suppress the retry for code 550 so the job
does not keep resending every hour.

Wataru

On Tue, 8 Oct 2024 at 10:42, Rajesh Patel <r.patel@tsubasa-system.jp> wrote:
> Hi Igarashi-san,
>
> The notification job logged these warnings overnight:
>
{_ql}
>
> Could you check whether the addresses are correct on your side?
>
> Rajesh
""")

# 049 — plain ZIP with a UTF-8 CSV of 25 applicants to the vendor's support desk
_p = _people(25)
_rows = [["receipt_no", "name", "name_kana", "birth_date", "zip", "address", "tel", "email"]]
for p in _p:
    _rows.append([p["receipt"], p["name"], p["kana"], _wareki(p["dob"], "iso"), p["zip"], p["addr"],
                  p["mobile"], p["email"]])
_add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
     ["personal_data"],
     "an unencrypted ZIP holding a CSV of 25 online applicants' records to the system vendor's support desk",
     sender=_from("igarashi"), to=[TSUBASA_SUP],
     subject="[問合せ#4471] オンライン申請の文字化け（25件）",
     body=f"""ツバサシステム サポートご担当者様

日の出産業の五十嵐です。問合せ#4471の件です。
10/7受付のオンライン申請のうち、25件で氏名・住所の一部が文字化けしています。
該当データをエクスポートしたものをZIPで添付しますので、原因の調査をお願いします。
（「髙」「﨑」などの異体字を含む申請に集中しているようです）
{_sig("igarashi")}""",
     attachments=[{"kind": "zip", "name": "mojibake_20241007.zip",
                   "files": [{"kind": "csv", "name": "mojibake_20241007.csv", "encoding": "utf-8",
                              "rows": _rows}]}])

# 050 — FAQ draft for the city's review (docx, no personal data)
_add("pass", [], [],
     "FAQ draft for the city's review: no personal data, no marking",
     sender=_from("kamo"), to=[CITY],
     subject="よくある質問（FAQ）第4版の確認のお願い",
     body=f"""千葉様

お世話になっております。鴨志田です。
コールセンターで使用しているFAQを第4版に更新しました。
市ホームページ掲載分との整合をご確認いただけますでしょうか。
変更箇所は赤字にしてあります（Q7、Q12、Q15）。
{_sig("kamo")}""",
     attachments=[{"kind": "docx", "name": "FAQ_第4版_案.docx", "title": "給付金FAQ 第4版（案）",
                   "paragraphs": [
                       "東雲市臨時特別給付金 よくある質問（第4版・案）",
                       "Q1. 給付金の対象は？　A. 令和6年6月3日時点で市内に住民登録があり、世帯全員が住民税非課税の世帯です。",
                       "Q7. 確認書をなくしました。　A. コールセンターへご連絡ください。再発行いたします（約1週間）。",
                       "Q12. 口座を変更したい。　A. 変更届（様式第5号）をご郵送ください。電話では受け付けられません。",
                       "Q15. DV等で住民票の住所と異なる場所に住んでいる。　A. 特別対応窓口にご相談ください。お住まいの場所が他に知られることはありません。",
                   ]}])

# 051 — ZIP with a DOCX list of DV support-measure persons, to the printer (to exclude them)
_p = _people(6, sex="F")
_tbl = [["No", "氏名", "住民票上の住所", "区分", "措置開始"]] + [
    [str(i), p["name"], p["addr"], _rng.choice(["DV（配偶者）", "DV（元交際相手）", "ストーカー被害", "児童虐待（子）"]),
     f"R{_rng.randint(3, 6)}.{_rng.randint(1, 12)}"] for i, p in enumerate(_p, 1)]
_add("stop", ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
     "ZIP with a DOCX table of six DV/stalking victims (names, addresses, type of abuse) to the printer",
     sender=_from("nezu"), to=[NISHIKI_HASSOU],
     subject="発送除外リスト（10/15差出分）",
     charset="iso-2022-jp",
     body=f"""発送センター ご担当者様

根津です。10/15差出分の発送除外リストをお送りします。
宛名データから該当の方が除かれていることを、差出前に必ず突合してください。
突合後、ファイルは削除をお願いします。
{_sig("nezu", 2)}""",
     attachments=[{"kind": "zip", "name": "jogai_1015.zip",
                   "files": [{"kind": "docx", "name": "発送除外リスト_1015.docx",
                              "paragraphs": ["発送除外リスト（支援措置対象者）10/15差出分"],
                              "tables": [_tbl]}]}])

# 052 — KPI workbook for the call centre (aggregates only)
_kpi = [["コールセンター日次実績（10月第1週）", "", "", "", ""],
        ["日付", "入電数", "応答数", "応答率", "平均処理時間（秒）"]]
for d in range(1, 6):
    inc = _rng.randint(600, 1100)
    ans = int(inc * _rng.uniform(.82, .97))
    _kpi.append([f"10/{d}", inc, ans, f"{ans / inc:.1%}", _rng.randint(260, 410)])
_add("pass", [], [],
     "call-centre KPI workbook (calls, answer rate, handling time): aggregates only",
     sender=_from("kamo"), to=[CITY2],
     subject="コールセンター実績（10月第1週）",
     body=f"""長谷部様

お世話になっております。鴨志田です。
10月第1週のコールセンター実績をお送りします。
10/1・10/2は確認書到着直後のため入電が集中し、応答率が目標（90%）を下回りました。
10/3以降は席数を4席増やし、回復しております。
{_sig("kamo", 1)}""",
     attachments=[{"kind": "xlsx", "name": "CC実績_10月第1週.xlsx",
                   "sheets": {"日次": _kpi,
                              "時間帯別": [["時間帯", "入電数"], ["9-10時", 812], ["10-12時", 1420],
                                       ["12-13時", 388], ["13-15時", 1104], ["15-18時", 961]]}}])

# 053 — forwarded mail as an .eml attachment: six complainants with phones, to the law firm
_p = _people(6)
_inner = "\n".join(f"{i}) {p['name']}　{p['mobile']}　{_rng.choice(['脅迫的発言あり', '同一内容で30回以上架電', '窓口で大声', '職員の氏名を執拗に聴取', 'SNSへの投稿を示唆', '面会強要'])}"
                   for i, p in enumerate(_p, 1))
_add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
     "an attached (.eml) internal mail listing six complainants with phone numbers, sent to the law firm",
     sender=_from("kasai"), to=[SHIRAKAWA],
     subject="不当要求事案の一覧（ご相談用）",
     body=f"""白川先生

いつもお世話になっております。葛西です。
来週のご相談に先立ち、コールセンターから上がってきた報告メールを添付でお送りします。
対応方針（警告書の送付の要否など）についてご意見をいただければ幸いです。
{_sig("kasai")}""",
     attachments=[{"kind": "eml", "name": "不当要求報告_1004.eml",
                   "message": {"sender": _from("kamo"), "to": [_from("kasai")],
                               "subject": "不当要求と思われる申出人（9月分）",
                               "body": f"葛西さん\n\n9月中に不当要求と判断した申出人です。\n\n{_inner}\n\n鴨志田\n"}}])

# 054 — printer's proof: one specimen addressee ("見本") on the notice layout
_add("pass", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
     "a proof of the notice with one specimen addressee (見本): a single invented record, may warn",
     sender=_from("manabe"), to=[NISHIKI],
     subject="Re: 支給決定通知書 初校",
     body=f"""二階堂様

眞鍋です。初校ありがとうございます。
赤字を入れたPDFをお戻しします。主な修正は以下の3点です。
　・宛名の敬称「様」を氏名と同じポイントに
　・振込予定日の欄を太枠に
　・問い合わせ先の受付時間を「平日9時～18時」に修正
{_sig("manabe", 2)}""",
     attachments=[{"kind": "pdf", "name": "通知書_初校_赤字.pdf",
                   "lines": ["【見本】", "〒420-0851", "静岡県東雲市本町一丁目1番1号", "東雲 太郎 様",
                             "", "東雲市臨時特別給付金 支給決定通知書",
                             "振込予定日：令和6年○月○日", "振込金額：100,000円",
                             "※赤字：敬称のポイントを氏名に合わせる"]}])

# 055 — legacy XLS of eight defective account entries, to the city
_p = _people(8)
_rows = [["受付番号", "氏名", "カナ", "金融機関", "支店", "口座番号", "不備内容"]]
for p in _p:
    _rows.append([p["receipt"], p["name"], p["kana"], p["bank"], p["branch"], p["acct"],
                  _rng.choice(["通帳コピーなし", "口座番号6桁", "名義が別人", "支店名誤り"])])
_add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
     "legacy .xls of eight applicants with their bank accounts and defects, to the city",
     sender=_from("domeki"), to=[CITY],
     subject="口座不備一覧（10/8時点）",
     charset="iso-2022-jp",
     body=f"""千葉様

口座不備で保留中の8件の一覧を添付します（市の旧システムで開けるよう.xls形式にしました）。
補正依頼文書は10/9に発送予定です。
{_sig("domeki", 2)}""",
     attachments=[{"kind": "xls", "name": "koza_fubi_1008.xls", "sheets": {"不備": _rows}}])

# 056 — batch error summary: batch IDs and counts only
_errs = "\n".join(f"  {b}  {c:>4}件  {e}" for b, c, e in [
    ("BATCH-20241007-01", _rng.randint(3, 40), "E-214 口座名義カナ不正"),
    ("BATCH-20241007-02", _rng.randint(3, 40), "E-305 郵便番号と住所の不整合"),
    ("BATCH-20241008-01", _rng.randint(3, 40), "E-214 口座名義カナ不正"),
    ("BATCH-20241008-01", _rng.randint(3, 40), "E-511 タイムアウト"),
    ("BATCH-20241009-01", 0, "（エラーなし）")])
_add("pass", [], [],
     "batch error summary (batch IDs, error codes, counts): no personal data",
     sender=_from("igarashi"), to=[TSUBASA],
     subject="夜間バッチのエラー傾向について",
     body=f"""堀之内様

お世話になっております。五十嵐です。
今週の夜間バッチのエラー件数をまとめました。

{_errs}

E-511（タイムアウト）は10/8のみで、同時刻にDBのバックアップが走っていたようです。
バックアップの開始時刻を1時間後ろにずらせないかご検討ください。
E-214は半角カナ変換の仕様変更で解消する認識でよろしいでしょうか。
{_sig("igarashi", 4)}""")

# 057 — PPTX case study: a named applicant's disability and dialysis, to the city
_c = _person("M")
_c["dob"] = (1952, 3, 17)
_add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"], ["personal_data"],
     "slides naming one applicant with his physical disability grade and dialysis treatment, to the city",
     sender=_from("okonogi"), to=[CITY, CITY2],
     subject="事例検討会の資料（10/17）",
     body=f"""千葉様、長谷部様

10/17の事例検討会の資料をお送りします。
代理申請の判断に迷った事例を2件取り上げています。
{_sig("okonogi")}""",
     attachments=[{"kind": "pptx", "name": "事例検討_1017.pptx",
                   "slides": [["事例検討会（10/17）", "代理申請の判断に迷った事例", "給付金事務局"],
                              ["事例1：代理人の権限確認",
                               f"申請者：{_c['name']} 様（{_age(_c['dob'])}歳）{_c['addr']}",
                               "身体障害者手帳1級、週3回の人工透析のため外出困難",
                               "長男が代理申請。委任状の筆跡が本人と異なる",
                               "→ 電話で本人の意思を確認のうえ受理"],
                              ["事例2：施設入所者の申請", "施設長による代理申請の可否", "→ 要綱上は不可。成年後見人の有無を確認"]]}])

# 058 — internal: one applicant's My Number between two internal teams
_c = _person()
_mn = _mynum()
_add("pass", ["PERSON_NAME", "JP_MY_NUMBER"], [],
     "a My Number between two internal teams: every recipient is internal",
     sender=_from("teshi"), to=[_from("domeki")],
     subject="重複支給の疑い 1件",
     body=f"""百目鬼さん

お疲れさまです。勅使河原です。
振込データ作成時に重複チェックで1件ひっかかりました。

{_c['name']}（個人番号 {_mn}）が、受付番号{_c['receipt']}と{_person()['receipt']}の2件で支給決定になっています。
世帯主変更の前後で別世帯として登録されたようです。
どちらか取り消しの判断をお願いします。今日の振込データからは2件とも外しておきます。

勅使河原""")

# 059 — look-alike of our own domain (extra "u"): the duty phone roster of six staff
_s = _people(6, young=True)
_ros = "\n".join(f"{d}　{p['name']}　{p['mobile']}" for d, p in zip(["10/12(土)", "10/13(日)", "10/14(月祝)", "10/19(土)", "10/20(日)", "10/26(土)"], _s))
_add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
     "six staff members' private mobiles sent to hinode-sangyou.co.jp, a look-alike of the own domain",
     sender=_from("kamo"), to=["SV各位 <cc-sv@hinode-sangyou.co.jp>"],
     subject="休日の緊急連絡当番表（10月）",
     charset="iso-2022-jp",
     body=f"""SV各位

お疲れさまです。鴨志田です。
10月の休日緊急連絡当番です。当番の方は携帯を必ず手元に置いてください。

{_ros}

※個人携帯の番号ですので、取扱いに注意してください。
鴨志田""")

# 060 — internal: password-protected ZIP between internal colleagues
_add("pass", [], [],
     "an encrypted ZIP sent only to an internal colleague: no external recipient",
     sender=_from("domeki"), to=[_from("usami")],
     subject="監査対応資料（パスワード別送）",
     body=f"""宇佐美さん

来週の市の監査で提示する資料一式です。念のためパスワードをかけています。
パスワードはTeamsで送ります。

百目鬼""",
     attachments=[{"kind": "zip", "name": "kansa_shiryo.zip", "password": "Au-2024-1022",
                   "files": [{"kind": "txt", "name": "目次.txt", "text": "1. 審査手順書\n2. 抽出チェック結果\n"}]}])

# ============================================================================================
# 061-080
# ============================================================================================

# 061 — look-alike of the bank's domain (dropped "co."): one account inquiry
_c = _person()
_c["branch"], _c["bcode"] = _rng.choice(_BANKS[0][1])
_add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["lookalike_domain", "personal_data"],
     "recipient domain midori-ginko.jp drops the 'co.' of the partner bank midori-ginko.co.jp",
     sender=_from("teshi"), to=["相馬 国彦 <soma.kunihiko@midori-ginko.jp>"],
     subject="入金確認のお願い（1件）",
     body=f"""相馬様

お世話になっております。勅使河原です。
10/4振込分のうち1件、申請者から「入金がない」とのお申し出がありました。
当方の振込データ上は正常終了となっております。

　{_c['branch']}（{_c['bcode']}）{_c['acct_type']} {_c['acct']}　{_c['holder']}　100,000円

貴行側で入金記帳されているかご確認いただけますでしょうか。
{_sig("teshi", 2)}""")

# 062 — internal only: a 社外秘 marked mail
_add("pass", [], [],
     "a 社外秘-marked mail about the contract margin, but all recipients are internal",
     sender=_from("urushi"), to=[_from("usami")], cc=["BPO事業部 管理課 <bpo-kanri@hinode-sangyo.co.jp>"],
     subject="【社外秘】東雲市案件 収支見通し（10月改定）",
     body=f"""【社外秘】

宇佐美さん、管理課各位

東雲市案件の収支見通しを改定しました。
・9月の入電超過により、コールセンター原価が計画比+18%
・11月の減員（市と協議中）が認められれば、年度末の粗利率は13.5%まで回復
・認められない場合は10.2%にとどまる見込み

市との協議は10/18回答予定です。
漆原""")

# 063 — look-alike of the system vendor's domain ("rn" for "m")
_add("stop", [], ["lookalike_domain"],
     "recipient domain tsubasa-systern.jp imitates tsubasa-system.jp with 'rn' for 'm'",
     sender=_from("igarashi"), to=["堀之内 聡 <horinouchi@tsubasa-systern.jp>"],
     subject="次回リリース（v2.4.1）の適用日程",
     charset="iso-2022-jp",
     body=f"""堀之内様

お世話になっております。五十嵐です。
v2.4.1（半角カナ変換の改修を含む）の本番適用日程ですが、
10/19（土）の負荷試験の後、10/20（日）9:00～12:00でお願いできますでしょうか。
適用後の確認は当方で行います。
{_sig("igarashi", 4)}""")

# 064 — two external organisations (law firm + city): policy, anonymised
_add("pass", [], ["multiple_external_domains"],
     "policy mail to the law firm with the city in Cc: two external organisations, complainants not identified",
     sender=_from("kasai"), to=[SHIRAKAWA], cc=[CITY2],
     subject="不当要求への対応方針（案）の確認",
     body=f"""白川先生
（cc：東雲市 長谷部様）

お世話になっております。葛西です。
先日のご助言を踏まえ、不当要求への対応方針（案）をまとめました。

1. 1回の通話は原則30分まで。超える場合は「書面で回答する」旨を伝えて終話する。
2. 脅迫・侮辱的発言が2回続いた場合は、警告のうえ終話し、記録を残す。
3. 同一内容の架電が1週間に10回を超える場合、市と協議のうえ書面で回答し、以後の電話対応を控える。
4. 来所時に大声等があった場合は、複数名で対応し、必要に応じて警察に通報する。

個別の申出人については、別途ご相談させてください。
市のご意見もいただけますと幸いです。
{_sig("kasai")}""")

# 065 — three private persons in To (should have been Bcc)
_cs = _people(3)
_tos = [f"{_cs[0]['ro_sei'].lower()}{_rng.randint(100, 999)}@gmail.com",
        f"{_cs[1]['ro_mei'].lower()}_{_cs[1]['ro_sei'].lower()}@yahoo.co.jp",
        f"{_cs[2]['ro_sei'].lower()}.family@icloud.com"]
_add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
     "three private persons' addresses openly in To: they can see each other, should have been Bcc",
     sender="東雲市臨時特別給付金事務局 <info-kyufu@hinode-sangyo.co.jp>", to=_tos,
     subject="【東雲市給付金】説明会の日時変更のお知らせ",
     body="""説明会にお申し込みいただいた皆さま

東雲市臨時特別給付金事務局でございます。
10月19日（土）に予定しておりました「申請方法の説明会」は、会場の都合により
10月26日（土）10:00～11:00（会場：本町公民館 2階）に変更となりました。
ご迷惑をおかけし申し訳ございません。

ご都合が合わない場合は、コールセンター（0120-310-558）へご連絡ください。

東雲市臨時特別給付金事務局
""")

# 066 — business list: collection-box locations for the carrier
_boxes = [["回収箇所", "所在地", "回収時刻"],
          ["東雲市役所 本庁舎1階", "東雲市本町1-1-1", "10:00 / 16:00"],
          ["清見支所", "東雲市清見355", "11:00"],
          ["港南支所", "東雲市港南2-3-8", "11:30"],
          ["西ヶ谷出張所", "東雲市西ヶ谷1810", "13:00"],
          ["東雲台 市民交流プラザ", "東雲市東雲台3-1-1", "14:00"],
          ["ふくし会館（社協）", "東雲市宮前1-6-2", "15:00"]]
_add("pass", [], [],
     "list of public collection points (facility addresses, times) for the carrier: not people",
     sender=_from("manabe"), to=[AOBA],
     subject="申請書回収ボックスの巡回ルート（10/21～）",
     charset="iso-2022-jp",
     body=f"""青葉運輸株式会社 東雲営業所 御中

お世話になっております。給付金事務局の眞鍋です。
10/21（月）以降の回収ボックス巡回ルートを下記のとおり変更します。

{_table(_boxes, rule="─", fill=" ")}

回収したボックスは封印シールを確認のうえ、事務局3階の受付にお持ちください。
封印の破損があった場合は、その場で写真を撮り、ご連絡をお願いします。
{_sig("manabe")}""")

# 067 — look-alike of the law firm's domain ("i" for "l"); one complainant's name and phone
_c = _person("M")
_add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
     "recipient domain shirakawa-iaw.jp imitates the partner shirakawa-law.jp (l→i)",
     sender=_from("kasai"), to=["白川 透 <shirakawa@shirakawa-iaw.jp>"],
     subject="Re: 面談日程の件",
     charset="cp932",
     body=f"""白川先生

ご返信ありがとうございます。10/24（木）15時で承知しました。
当日ご相談したい申出人は{_c['name']}氏（携帯 {_c['mobile']}）です。
通話記録の書き起こしは当日お持ちします。

葛西""")

# 068 — reply to a citizen on a carrier address: required documents
_add("pass", [], ["freemail_recipient"],
     "reply to one citizen on a carrier address listing the documents to send: no personal data",
     sender="東雲市臨時特別給付金事務局 <info-kyufu@hinode-sangyo.co.jp>",
     to=["hiro-0918.k@docomo.ne.jp"],
     subject="Re: 申請に必要な書類について",
     charset="iso-2022-jp",
     body="""お問い合わせいただいた方へ

東雲市臨時特別給付金事務局でございます。
ご申請には、以下の書類をご同封ください。

　1. 申請書（確認書）　※世帯主の方の署名が必要です
　2. 本人確認書類の写し（運転免許証、マイナンバーカードの表面、健康保険証など）
　3. 振込先口座が確認できる書類の写し（通帳の表紙の裏面、キャッシュカードなど）

マイナンバーカードの写しは、裏面（個人番号が記載された面）は不要です。
ご不明な点は、コールセンター（0120-310-558）へお問い合わせください。

東雲市臨時特別給付金事務局
""")

# 069 — a named person's arrest record, to the city
_c = _person("M")
_add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
     "one named person's arrest for assault (criminal record) reported to the city",
     sender=_from("usami"), to=[CITY2],
     subject="窓口での暴行事案について（ご報告）",
     body=f"""長谷部様

日の出産業 給付金事務局長の宇佐美です。
10/9（水）午後、事務局の窓口で発生した事案についてご報告いたします。

申請者の{_c['name']}氏（{_wareki(_c['dob'])}生）が、不支給決定に納得できないとして
窓口職員の胸ぐらをつかみ、駆けつけた東雲警察署の警察官により暴行の容疑で現行犯逮捕されました。
職員に大きなけがはなく、翌日から通常勤務しております。

同氏は昨年も市役所本庁舎で同様のトラブルにより逮捕歴があると警察から聞いております。
今後の来所時の対応について、市と協議させていただけますでしょうか。
{_sig("usami")}""")

# 070 — English room booking for trainers at the partner hotel (names only, no contact data)
_add("pass", [], [],
     "English room-block request to the partner hotel: dates and counts, trainers named only",
     sender=_from("kamo"), to=["Reservations <reservations@sakura-hotel.jp>"],
     subject="Room block request: 21-24 October (Hinode Sangyo)",
     body=f"""Dear Reservations team,

We would like to reserve a block of single rooms for our trainers who will run the
operator training at our Shinonome office.

  Check-in : Monday, 21 October 2024
  Check-out: Thursday, 24 October 2024 (3 nights)
  Rooms    : 4 single rooms, non-smoking, breakfast included
  Billing  : to Hinode Sangyo Co., Ltd. (corporate rate, contract no. SK-HS-0441)

The guests will be Ms. Kamoshida and three colleagues; I will send the final list of
names by Friday.

Kind regards,
{_sig("kamo", 3)}""")

# 071 — dementia and hospitalisation of one applicant, to the city's long-term care section
_c = _person("F")
_c["dob"] = (1938, _rng.randint(1, 12), _rng.randint(1, 28))
_add("stop", ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
     "one applicant's dementia diagnosis and hospital stay, with name, address and birth date, to the city",
     sender=_from("domeki"), to=["介護保険課 <kaigo@city.shinonome.lg.jp>"], cc=[CITY],
     subject="入院中の申請者に係る代理申請について",
     body=f"""介護保険課 ご担当者様
（cc：福祉政策課 千葉様）

給付金事務局 審査チームの百目鬼です。
代理申請の可否についてご相談させてください。

申請者：{_c['name']}様（{_wareki(_c['dob'])}生、{_age(_c['dob'])}歳）
住所：{_c['addr']}
状況：アルツハイマー型認知症で7月から市内の病院に入院中。要介護4。
　　　ご本人による申請は困難で、別居の姪の方から代理申請の申し出あり。

姪の方は同一世帯員ではないため、要綱上の代理人にあたらない可能性があります。
担当のケアマネジャーの方から状況を伺えれば判断材料になるのですが、ご紹介いただけますでしょうか。
{_sig("domeki")}""")

# 072 — meeting minutes (docx) with the attendees' names and organisations only
_add("pass", [], [],
     "minutes listing attendees by name and organisation only (business contacts, no personal data)",
     sender=_from("urushi"), to=[CITY, CITY2],
     subject="定例会（第8回）議事録の送付",
     body=f"""千葉様、長谷部様

先日の定例会の議事録（案）をお送りします。
修正がございましたら、10/18（金）までにお知らせください。
{_sig("urushi")}""",
     attachments=[{"kind": "docx", "name": "定例会議事録_第8回.docx", "title": "定例会議事録（第8回）",
                   "paragraphs": ["東雲市臨時特別給付金事務 定例会（第8回）議事録",
                                  "日時：令和6年10月10日（木）10:00～11:30　場所：市役所5階 503会議室",
                                  "1. 申請状況：申請率 74.2%（前回比 +3.1pt）",
                                  "2. 苦情対応：不当要求への対応方針（案）を事務局から説明、市で検討",
                                  "3. 11月以降の体制：事務局から減員案を提示、次回までに市が回答",
                                  "次回：10月24日（木）10:00～"],
                   "tables": [[["所属", "氏名"], ["東雲市 福祉政策課", "長谷部 誠（課長補佐）"],
                               ["東雲市 福祉政策課", "千葉 陽子（主査）"],
                               ["日の出産業 BPO事業部", "宇佐美 浩之（事務局長）"],
                               ["日の出産業 BPO事業部", "漆原 健吾（PM）"]]]}])

# 073 — tab-separated inquiry log WITHOUT names: phone numbers and street addresses
_lines = ["受付日時\t電話番号\t住所\t内容\t対応"]
for _ in range(9):
    p = _person()
    _lines.append("\t".join([f"10/{_rng.randint(7, 11)} {_rng.randint(9, 17)}:{_rng.randint(0, 59):02d}",
                             _rng.choice([p["mobile"], p["tel"]]), p["addr_short"],
                             _rng.choice(["確認書未着", "振込日の確認", "口座変更", "申請書の書き方", "対象かどうか"]),
                             _rng.choice(["折り返し済", "未対応", "再送手配"])]))
_log = "\n".join(_lines)
_add("stop", ["PHONE_NUMBER", "JP_ADDRESS"], ["personal_data"],
     "nine callers' phone numbers and street addresses, no name column, tab-separated, to the subcontractor",
     sender=_from("kamo"), to=[LINKCALL],
     subject="夜間留守電分の引継ぎ",
     body=f"""大河内さん

お疲れさまです。夜間の留守番電話に残っていた9件です。
住所は留守電で名乗られたものを書き起こしています。明日の架電をお願いします。

{_log}

鴨志田""")

# 074 — staffing request to the agency: requirements only
_add("pass", [], [],
     "request for additional operators (skills, hours, rate): no personal data",
     sender=_from("kamo"), to=[STAFFBR],
     subject="オペレーター追加募集のお願い（11月～）",
     charset="iso-2022-jp",
     body=f"""森永様

いつもお世話になっております。鴨志田です。
申請期限前の入電増に備え、11月の1か月間、オペレーターを追加でお願いしたく存じます。

　人数　　：4名
　期間　　：11/1（金）～11/29（金）平日
　時間　　：9:00～18:00（うち2名は13:00～20:00の遅番可能な方）
　要件　　：コールセンター経験6か月以上、PCでの文字入力に抵抗のない方
　　　　　　ポルトガル語またはベトナム語ができる方がいれば優先
　研修　　：10/29（火）・30（水）

ご提案いただける方がいらっしゃいましたら、スキルシートをお送りください。
{_sig("kamo", 4)}""")

# 075 — full-width, space-padded transfer list to the bank
_p = _people(6)
for p in _p:
    p["branch"], p["bcode"] = _rng.choice(_BANKS[0][1])
_rows = [["支店", "種目", "口座番号", "名義", "金額"]] + [
    [p["branch"], p["acct_type"], _zen(p["acct"]), p["holder"], "１００，０００"] for p in _p]
_add("stop", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
     "six accounts with holder names in full-width digits and padded columns, to the bank",
     sender=_from("teshi"), to=[MIDORI_KOUKIN],
     subject="再振込分の明細（10/22実行分）",
     body=f"""みどり銀行 公金事務課 御中

お世話になっております。勅使河原です。
10/22実行の再振込分（6件）の明細です。総合振込データと合わせてご確認ください。

{_table(_rows, gap=2, rule="－", fill="　")}

合計　６件　６００，０００円
{_sig("teshi")}""")

# 076 — three applicants on hold (under five records) to the city
_p = _people(3)
_add("pass", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
     "three applicants with addresses and hold reasons to the city: under five records, may warn",
     sender=_from("domeki"), to=[CITY],
     subject="審査保留3件（住所不一致）",
     charset="cp932",
     body=f"""千葉様

百目鬼です。申請書の住所と住民記録の住所が一致しない3件です。
転居の届出状況をご確認いただけますでしょうか。

1) {_p[0]['receipt']}　{_p[0]['name']}　申請書：{_p[0]['addr_short']}
2) {_p[1]['receipt']}　{_p[1]['name']}　申請書：{_p[1]['addr_short']}
3) {_p[2]['receipt']}　{_p[2]['name']}　申請書：{_p[2]['addr_short']}

いずれも住民記録では旧住所のままになっています。
{_sig("domeki", 2)}""")

# 077 — household composition with 和暦 birth dates, to another municipality
_head = _person("M")
_mem = [("世帯主", _head)] + [(r, _person(sex=s, young=True)) for r, s in
                               [("妻", "F"), ("子", "M"), ("子", "F"), ("子", "M"), ("母", "F")]]
for (_r, _m), _y in zip(_mem, [1972, 1976, 2004, 2008, 2011, 1944]):
    _m["dob"] = (_y, _rng.randint(1, 12), _rng.randint(1, 28))
_lines = "\n".join(f"　{r:<3}　{m['sei'] if r == '世帯主' else _head['sei']} {m['mei']}　{_wareki(m['dob'], 'zenabbr')}生"
                   for r, m in _mem)
_add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
     "a six-member household with names and 和暦 birth dates, to another municipality",
     sender=_from("domeki"), to=["若葉町 住民福祉課 <jumin-fukushi@town.wakaba.lg.jp>"],
     subject="転出世帯の給付金受給状況の照会",
     charset="iso-2022-jp",
     body=f"""若葉町 住民福祉課 ご担当者様

突然のご連絡失礼いたします。
東雲市臨時特別給付金事務局（東雲市からの受託事業者：日の出産業株式会社）でございます。

下記の世帯が7月に貴町から東雲市へ転入されました。
同種の給付金を貴町で受給済みかどうか（二重受給の確認）をご教示いただけますでしょうか。

旧住所：若葉町大字中原{_rng.randint(100, 999)}番地
{_lines}

東雲市福祉政策課からの照会文書は別途郵送いたします。
{_sig("domeki")}""")

# 078 — one complainant's callback details to the law firm (not sensitive)
_c = _person("F")
_add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
     "one complainant's name and phone for a callback by counsel: one person, not sensitive, may warn",
     sender=_from("kasai"), to=[SHIRAKAWA],
     subject="折り返しのお願い（申出人1名）",
     body=f"""白川先生

葛西です。先ほどお電話した件です。
申出人の{_c['name']}様が「弁護士から説明を受けたい」とのことで、
先生から折り返しのお電話をお願いできますでしょうか。

　{_c['name']}様　{_c['tel']}（平日18時以降が希望）

内容は、不支給決定（課税世帯）の理由についての説明です。
{_sig("kasai", 2)}""")

# 079 — DOCX statement of a DV victim, attached to the city's women's consultation
_v = _person("F")
_add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
     ["personal_data"],
     "a DV victim's written statement (name, birth date, addresses, phone, abuse) attached for the city",
     sender=_from("nezu"), to=["女性相談室 <josei-soudan@city.shinonome.lg.jp>"],
     subject="申出書の写しの送付（給付金の受取口座変更）",
     body=f"""女性相談室 ご担当者様

給付金事務局 特別対応担当の根津です。
昨日ご本人から提出された申出書の写しを添付いたします。
支援措置の確認と、受取口座を本人名義に変更することについて、市のご判断をお願いいたします。
{_sig("nezu")}""",
     attachments=[{"kind": "docx", "name": "申出書_写し.docx",
                   "paragraphs": ["東雲市臨時特別給付金 受取口座変更に関する申出書",
                                  f"申出者氏名：{_v['name']}（{_v['kana']}）",
                                  f"生年月日：{_wareki(_v['dob'])}",
                                  f"住民票上の住所：{_v['addr']}",
                                  f"現在の居所：静岡県東雲市{_rng.choice(_TOWNS)[0]}（詳細は非開示）",
                                  f"連絡先：{_v['mobile']}（本人携帯。平日10時～15時のみ）",
                                  "申出の理由：夫からの暴力により、令和6年5月から子2人と避難しています。"
                                  "夫が世帯主として給付金を申請しており、私と子の分を私名義の口座で受け取りたい。",
                                  "保護命令：令和6年6月 静岡地方裁判所 発令済"]}])

# 080 — EITHER: one person's public-assistance status to the social welfare council
_c = _person("M")
_add("either", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
     "one named person's public-assistance (生活保護) status and phone to the welfare council: not APPI 要配慮 but sensitive in practice",
     sender=_from("okonogi"), to=[SHAKYO],
     subject="申請サポートのお願い（1件）",
     charset="cp932",
     body=f"""四方田様

お世話になっております。小此木です。
申請サポートを1件お願いしたくご連絡しました。

{_c['name']}様（{_c['tel']}）は生活保護を受給中で、ケースワーカーからは
「給付金は収入認定されないので申請するように」と伝えられているそうですが、
書類の記入に不慣れで、申請書をどう書けばよいか分からないとのことです。
ご自宅へ伺って記入をお手伝いいただけますでしょうか。
{_sig("okonogi", 2)}""")

# ============================================================================================
# 081-100
# ============================================================================================

# 081 — workbook: harmless summary sheet first, a 15-row detail sheet behind it
_p = _people(15)
_res = ["支給"] * 11 + ["保留"] * 2 + ["不支給"] * 2
_rng.shuffle(_res)
_det = [["受付番号", "世帯主氏名", "生年月日", "住所", "電話", "判定"]] + [
    [p["receipt"], p["name"], _wareki(p["dob"], "abbr"), p["addr"], p["mobile"], r]
    for p, r in zip(_p, _res)]
_add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
     "XLSX whose first sheet is a count summary but whose second sheet lists 15 households in detail",
     sender=_from("domeki"), to=[CITY2],
     subject="家計急変分 審査結果（集計）",
     body=f"""長谷部様

家計急変の特例分の審査結果を集計しました（添付の「集計」シートをご覧ください）。
支給11件、保留2件、不支給2件です。
{_sig("domeki", 2)}""",
     attachments=[{"kind": "xlsx", "name": "家計急変_審査結果.xlsx",
                   "sheets": {"集計": [["家計急変 特例分 審査結果", ""], ["区分", "件数"], ["支給", 11],
                                     ["保留", 2], ["不支給", 2], ["計", 15]],
                              "明細": _det}}])

# 082 — four re-transfers to the bank (at the threshold, under five)
_p = _people(4)
for p in _p:
    p["branch"], p["bcode"] = _rng.choice(_BANKS[0][1])
_r = "\n".join(f"　・{p['holder']}　{p['branch']} {p['acct_type']} {p['acct']}" for p in _p)
_add("pass", ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
     "four account holders for re-transfer to the bank: under five records, may warn",
     sender=_from("teshi"), to=[MIDORI],
     subject="再振込4件の事前連絡",
     charset="iso-2022-jp",
     body=f"""相馬様

勅使河原です。明日の総合振込に、先日返却となった方の再振込を4件含めます。
いずれも申請者から正しい口座の届出があったものです。

{_r}

念のため事前にお知らせいたします。
{_sig("teshi", 2)}""")

# 083 — text + HTML: five nuisance callers' numbers (no names) to the law firm
_nums = [(_person()["mobile"], _rng.randint(12, 60), t) for t in
         ["「職員の家を突き止める」", "無言電話", "「火をつける」との発言", "罵倒・長時間", "同じ質問を繰り返す"]]
_txt = "\n".join(f"  {n}  {c}回  {t}" for n, c, t in _nums)
_tr = "".join(f"<tr><td>{n}</td><td align=right>{c}</td><td>{t}</td></tr>" for n, c, t in _nums)
_add("stop", ["PHONE_NUMBER"], ["personal_data"],
     "five callers' phone numbers with counts and what they said (no names), text and HTML, to the law firm",
     sender=_from("kasai"), to=[SHIRAKAWA],
     subject="着信拒否を検討している番号（5件）",
     body=f"""白川先生

葛西です。着信拒否設定を検討している番号です（9/1～10/10の着信回数）。

{_txt}

3番目の番号については、警察への相談も検討しています。
{_sig("kasai", 2)}""",
     html=f"""<html><body><p>白川先生</p><p>葛西です。着信拒否設定を検討している番号です（9/1～10/10の着信回数）。</p>
<table border=1 cellpadding=3><tr><th>電話番号</th><th>回数</th><th>内容</th></tr>{_tr}</table>
<p>3番目の番号については、警察への相談も検討しています。</p><p>葛西</p></body></html>""")

# 084 — privacy training for dispatched staff (mentions 機密保持, no marking)
_add("pass", [], [],
     "training notice that talks about confidentiality pledges and privacy rules: no marking, no personal data",
     sender=_from("kamo"), to=[STAFFBR],
     subject="個人情報保護・機密保持研修の受講について",
     body=f"""森永様

お世話になっております。鴨志田です。
11月からの追加派遣の方にも、着任前に以下の研修を受講いただく必要があります。

　1. 個人情報保護研修（60分）：マイナンバーの取扱い、DV等支援措置対象者の情報管理
　2. 機密保持に関する説明と誓約書への署名（15分）
　3. 情報セキュリティ研修（30分）：私物スマートフォンの持込禁止、クリアデスク

誓約書の様式は前回と同じものです。
当日は身分証明書（原本）をお持ちいただくようお伝えください。
{_sig("kamo", 4)}""")

# 085 — 社外秘 only in the footer of the attached PDF script, to the interpreting service
_add("stop", [], ["confidential_marking"],
     "the attached call script PDF has a 社外秘 page footer; the mail text has no marking",
     sender=_from("kamo"), to=["Translation Desk <desk@tsuyaku-hub.jp>"],
     subject="応対スクリプトの翻訳見積依頼（ポルトガル語・ベトナム語）",
     body=f"""ツヤクハブ ご担当者様

お世話になっております。東雲市給付金事務局の鴨志田です。
外国語対応のため、コールセンターの応対スクリプト（A4・3ページ）の翻訳をお願いしたく、
お見積りをいただけますでしょうか。言語はポルトガル語とベトナム語です。
{_sig("kamo")}""",
     attachments=[{"kind": "pdf", "name": "応対スクリプト_v2.pdf", "page_footer": "社外秘",
                   "page_header": "日の出産業株式会社 BPO事業部",
                   "lines": ["東雲市臨時特別給付金 コールセンター応対スクリプト（第2版）",
                             "1. オープニング：お電話ありがとうございます。東雲市臨時特別給付金事務局の○○でございます。",
                             "2. ご本人確認：恐れ入りますが、確認書に記載の受付番号をお願いいたします。",
                             "3. 振込日のご案内：審査完了後、おおむね2週間で振り込まれます。",
                             "4. クロージング：ほかにご不明な点はございますか。"]}])

# 086 — reply to a citizen; her account and phone appear only in the quoted part
_c = _person("F")
_add("pass", [], ["freemail_recipient"],
     "reply to an applicant on free mail; her account and phone are only in the '>' quoted text she wrote",
     sender="東雲市臨時特別給付金事務局 <info-kyufu@hinode-sangyo.co.jp>",
     to=[_c["email"].split("@")[0] + "@outlook.jp"],
     subject="Re: 振込口座の変更について",
     body=f"""{_c['name']} 様

東雲市臨時特別給付金事務局でございます。
口座変更のご連絡ありがとうございます。
恐れ入りますが、口座の変更はメールでは承ることができません。
「振込口座変更届」をご自宅宛てに郵送いたしますので、通帳の写しを添えてご返送ください。

東雲市臨時特別給付金事務局

> 給付金事務局さま
> 振込先を変えたいです。前の口座は解約してしまいました。
> 新しい口座：{_c['bank']} {_c['branch']} {_c['acct_type']} {_c['acct']}
> 日中は仕事なので、連絡は {_c['mobile']} に夕方以降お願いします。
> {_c['name']}
""")

# 087 — 部外秘 only in the page header of the attached staffing plan, to the subcontractor
_plan = [["11月 席配置計画", "", "", ""], ["時間帯", "日本語席", "外国語席", "SV"],
         ["9:00-12:00", 10, 2, 2], ["12:00-13:00", 6, 1, 1], ["13:00-18:00", 10, 2, 2],
         ["18:00-20:00", 4, 0, 1]]
_add("stop", [], ["confidential_marking"],
     "the attached seat plan carries 部外秘 in its page header; sent to the call-centre subcontractor",
     sender=_from("kamo"), to=[LINKCALL],
     subject="11月の席配置計画",
     charset="iso-2022-jp",
     body=f"""大河内さん

お疲れさまです。鴨志田です。
11月の席配置計画を添付します。リンクコールさんの担当は日本語席のうち6席です。
人選を10/25までにお知らせください。
{_sig("kamo", 2)}""",
     attachments=[{"kind": "xlsx", "name": "席配置計画_11月.xlsx", "page_header": "部外秘",
                   "sheets": {"11月": _plan}}])

# 088 — purchase order numbers and product codes to the printer
_add("pass", [], [],
     "purchase order numbers, product codes and quantities: ordinary business data",
     sender=_from("manabe"), to=[NISHIKI],
     subject="追加発注（封筒・返信用封筒）",
     body=f"""二階堂様

眞鍋です。以下のとおり追加で発注いたします。

　発注番号　HS-PO-24-1187
　・長3封筒（窓付・給付金在中）　品番 NE-N3W-KY　8,000枚
　・返信用封筒（料金受取人払）　品番 NE-RT-KY02　8,000枚
　納期　10月25日（金）
　納品先　事務局3階 倉庫

見積番号 NI-Q-2410-052 の単価でお願いします。
{_sig("manabe", 2)}""")

# 089 — password-protected PDF of the decision list, to the city
_p = _people(12)
_add("stop", [], ["unscannable_attachment"],
     "an encrypted (password-protected) PDF sent to the city: its contents cannot be inspected",
     sender=_from("domeki"), to=[CITY],
     subject="支給決定者一覧（10/11決裁分）",
     body=f"""千葉様

10/11決裁分の支給決定者一覧をお送りします。
PDFにはパスワードを設定しています（いつものものです）。
{_sig("domeki", 2)}""",
     attachments=[{"kind": "pdf", "name": "支給決定者一覧_1011.pdf", "password": "shn1011",
                   "lines": ["支給決定者一覧（10/11決裁分）"],
                   "table": [["受付番号", "氏名", "住所"]] + [[p["receipt"], p["name"], p["addr"]] for p in _p]}])

# 090 — EITHER: an anonymised DV case summary that may still identify the person
_add("either", ["SENSITIVE_CATEGORY"], ["personal_data"],
     "DV case summary without a name but with district, age band and family details: identifiability is debatable",
     sender=_from("nezu"), to=["女性相談室 <josei-soudan@city.shinonome.lg.jp>"],
     subject="連絡会 事例報告（匿名化済み）",
     body=f"""女性相談室 ご担当者様

来週の連絡会で報告する事例の概要です（匿名化しています）。

・40代女性、清見地区在住、小学生の子2人と避難中（令和6年5月～）
・配偶者からの身体的暴力。保護命令発令済み
・夫が世帯主として給付金を申請・受給。本人と子の分の受取を希望
・事務局の対応：市と協議のうえ、本人・子の分を本人名義口座へ支給（10/4）

特定につながる表現があればご指摘ください。
{_sig("nezu", 2)}""")

# 091 — corrupt PDF attachment to the welfare council
_add("stop", [], ["unscannable_attachment"],
     "the attached PDF is corrupt and cannot be read",
     sender=_from("okonogi"), to=[SHAKYO],
     subject="訪問結果の記録様式",
     body=f"""四方田様

小此木です。訪問支援の結果を記入していただく様式をお送りします。
記入後はFAXで事務局へお送りください（0548-20-7719）。
{_sig("okonogi", 2)}""",
     attachments=[{"kind": "corrupt", "name": "訪問結果記録様式.pdf"}])

# 092 — audit schedule and list of documents to the auditor
_add("pass", [], [],
     "audit schedule and a list of documents to be prepared: no personal data",
     sender=_from("usami"), to=["桐生監査法人 長沼 <naganuma@kiryu-audit.jp>"],
     subject="委託業務監査の日程と準備資料",
     charset="iso-2022-jp",
     body=f"""桐生監査法人
長沼様

お世話になっております。日の出産業の宇佐美です。
東雲市から依頼された委託業務監査について、日程と準備資料をご確認ください。

　日程：10月22日（火）10:00～17:00、23日（水）10:00～12:00
　場所：東雲市臨時特別給付金事務局（東雲本町ビル4F）

　準備資料：
　　- 業務手順書（審査・支払・発送）
　　- 入退室記録（9月分）
　　- 個人情報の持出し・廃棄記録
　　- 再委託先（リンクコール、錦印刷）の管理記録
　　- サンプル抽出用の受付台帳（閲覧のみ・持出し不可）

サンプル抽出は当日その場でお願いいたします。
{_sig("usami")}""")

# 093 — ZIP holding a corrupt workbook, to the city
_add("stop", [], ["unscannable_attachment"],
     "a ZIP whose workbook inside is corrupt: the attachment cannot be inspected",
     sender=_from("igarashi"), to=[CITY2],
     subject="抽出データ（課税情報照合用）",
     body=f"""長谷部様

五十嵐です。課税情報照合用の抽出データをお送りします。
ファイルが開けない場合はお知らせください。
{_sig("igarashi", 2)}""",
     attachments=[{"kind": "zip", "name": "kazei_shogo_1015.zip",
                   "files": [{"kind": "corrupt", "name": "kazei_shogo_1015.xlsx"}]}])

# 094 — three external organisations (city, bank, printer) in To/Cc
_add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
     "the city, the bank and the printer can all see each other in To/Cc",
     sender=_from("teshi"), to=[CITY, MIDORI], cc=[NISHIKI],
     subject="第2弾 振込日と通知書発送日の調整",
     body=f"""関係者各位

お世話になっております。日の出産業の勅使河原です。
第2弾の振込日と支給決定通知書の発送日を、以下で調整させてください。

　振込データ送信：11月5日（火）15時まで（事務局→みどり銀行）
　振込指定日　　：11月8日（金）
　通知書差出　　：11月7日（木）（錦印刷）

通知書が振込より先に届くと問い合わせが増えるため、差出は振込日の前日としています。
ご都合の悪い点があればお知らせください。
{_sig("teshi")}""")

# 095 — a citizen, the city and the law firm all visible in To/Cc
_c = _person("M")
_add("stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
     "a complainant's private address, the city and the law firm are visible to each other in To/Cc",
     sender=_from("kasai"), to=[f"{_c['ro_sei'].lower()}{_rng.randint(1960, 1999)}@gmail.com"],
     cc=[CITY2, SHIRAKAWA],
     subject="面談日程のご案内",
     body=f"""{_c['name']} 様

東雲市臨時特別給付金事務局の葛西でございます。
ご要望のありました面談について、下記のとおりご案内いたします。

　日時：10月28日（月）14:00～15:00
　場所：東雲市役所 本庁舎5階 相談室
　出席：東雲市 福祉政策課、当事務局、当事務局の顧問弁護士

ご都合が悪い場合は、コールセンターへご連絡ください。
{_sig("kasai")}""")

# 096 — forward of a citizen's own mail disclosing her disability, to the welfare council
_c = _person("F")
_add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
     "forward (new text) of a citizen's mail disclosing her hearing disability, with address and phone, to the welfare council",
     sender=_from("okonogi"), to=[SHAKYO],
     subject="転送：申請のお手伝いについて",
     body=f"""四方田様

小此木です。申請サポートのご相談が事務局に届きましたので転送します。
聴覚障害のある方で、電話でのやり取りが難しいため、訪問でのサポートをお願いできればと思います。

---- 転送メール ----
差出人: {_c['name']} <{_c['email']}>
件名: 申請のお手伝いについて

給付金事務局さま
私は聴覚障害（身体障害者手帳2級）があり、電話ができません。
申請書の書き方がわからないので、だれかに来てもらえないでしょうか。
住所は{_c['addr']}です。
ショートメールなら {_c['mobile']} で受け取れます。
{_c['name']}
""")

# 097 — comma-separated re-send list of 15 addressees in the body, to the printer
_p = _people(15)
_csv = "\n".join(["受付番号,郵便番号,住所,氏名"] +
                 [f"{p['receipt']},{p['zip']},{p['addr']},{p['name']}" for p in _p])
_add("stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
     "15 addressees (postcode, address, name) pasted as CSV lines in the body, to the printer",
     sender=_from("manabe"), to=[NISHIKI_HASSOU],
     subject="確認書 再発送分（15件）",
     charset="cp932",
     body=f"""発送センター ご担当者様

眞鍋です。確認書の再発送分です。
以下をそのままCSVとして取り込んで、宛名印字をお願いします。

{_csv}

差出は10/18（金）でお願いします。
{_sig("manabe", 2)}""")

# 098 — application-server log excerpt with applicants' e-mail addresses and phones
_p = _people(6)
_log = "\n".join(
    f"2024-10-14 0{_rng.randint(1, 9)}:{_rng.randint(10, 59)}:{_rng.randint(10, 59)} ERROR [apply-api] "
    f"validation failed receipt={p['receipt']} email={p['email']} tel={p['mobile']} field=bank_branch_code"
    for p in _p)
_add("stop", ["EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
     "a log excerpt carrying six applicants' e-mail addresses and phone numbers, sent to the system vendor",
     sender=_from("igarashi"), to=[TSUBASA], cc=[TSUBASA_SUP],
     subject="【障害】オンライン申請で支店コードの検証エラー",
     body=f"""堀之内様

五十嵐です。今朝からオンライン申請で支店コードの検証エラーが出ています。
アプリケーションログの該当部分を貼り付けます。

{_log}

9/30の支店統廃合（しずなみ銀行）のマスタ更新が反映されていないように見えます。
至急ご確認ください。
{_sig("igarashi", 2)}""")

# 099 — English mail to an offshore data-entry vendor with five applicants' records
_p = _people(5)
_recs = "\n\n".join(f"Record {i}\n  Name: {p['romaji']} ({p['kana']})\n  Date of birth: {_wareki(p['dob'], 'iso')}\n"
                    f"  Bank: {p['bank']} / {p['branch']} / {p['acct_type']} {p['acct']}"
                    for i, p in enumerate(_p, 1))
_add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"], ["personal_data"],
     "five applicants' names, birth dates and bank accounts in English to an offshore data-entry vendor",
     sender=_from("urushi"), to=["Maricel Santos <m.santos@datapro-ph.com>"],
     subject="Sample records for the data-entry pilot",
     body=f"""Hi Maricel,

As agreed in our call, here are five records from the handwritten forms so that your
team can test the double-entry process. Please key them into the pilot template and
send it back by Wednesday.

{_recs}

Thanks,
{_sig("urushi", 3)}""")

# 100 — corrupt XLSX attachment to the printer
_add("stop", [], ["unscannable_attachment"],
     "the attached workbook is corrupt and cannot be inspected",
     sender=_from("manabe"), to=[NISHIKI],
     subject="第3弾 発送数量（地区別）",
     charset="iso-2022-jp",
     body=f"""二階堂様

眞鍋です。第3弾の地区別発送数量の表をお送りします。
合計は約2,100通の見込みです。お見積りの参考にしてください。
{_sig("manabe", 2)}""",
     attachments=[{"kind": "corrupt", "name": "hassou_suryo_3.xlsx"}])
