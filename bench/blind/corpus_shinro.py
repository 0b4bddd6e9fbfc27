"""Blind evaluation corpus — area: shinro (進路支援).

日の出産業株式会社 進路支援事業部 is a contractor that supports high schools' career
guidance: students' job applications with grades and attendance, the unified application
form (統一応募書類: 履歴書・調査書), company recruiters, the public employment office
(ハローワーク 学卒担当), university admissions, guardians, health certificates.

Every person, school, company, address and number in this file is invented.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

SEED = 15001
rng = random.Random(SEED)

_counter = [SEED]


def next_my_number() -> str:
    v = my_number(_counter[0])
    _counter[0] += 1
    return v


def next_card() -> str:
    v = card_number(_counter[0])
    _counter[0] += 1
    return v


def corp_number(base12: str) -> str:
    """法人番号: check digit first (9 - Σ(Pn×Qn) mod 9)."""
    s = sum(int(base12[-n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - s % 9) + base12


_FW = str.maketrans("0123456789-()/.:,", "０１２３４５６７８９－（）／．：，")


def fw(s: str) -> str:
    return s.translate(_FW)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - width(s), 0)


def zpad(s: str, w: int) -> str:
    """pad with full-width spaces (w counted in full-width characters)."""
    return s + "\u3000" * max(w - len(s), 0)


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(2019, 5, 1):
        era, abbr, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, abbr, y = "平成", "H", d.year - 1988
    else:
        era, abbr, y = "昭和", "S", d.year - 1925
    if style == "abbr":
        return f"{abbr}{y}.{d.month}.{d.day}"
    if style == "fwabbr":
        return fw(f"{abbr}{y}.{d.month}.{d.day}").replace("H", "Ｈ").replace("S", "Ｓ")
    if style == "fw":
        return fw(f"{era}{y}年{d.month}月{d.day}日")
    return f"{era}{y}年{d.month}月{d.day}日"


SURNAMES = [
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"), ("伊藤", "いとう", "Ito"), ("渡辺", "わたなべ", "Watanabe"),
    ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山田", "やまだ", "Yamada"),
    ("佐々木", "ささき", "Sasaki"), ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"),
    ("木村", "きむら", "Kimura"), ("林", "はやし", "Hayashi"), ("清水", "しみず", "Shimizu"),
    ("山崎", "やまざき", "Yamazaki"), ("森", "もり", "Mori"), ("池田", "いけだ", "Ikeda"),
    ("橋本", "はしもと", "Hashimoto"), ("阿部", "あべ", "Abe"), ("石川", "いしかわ", "Ishikawa"),
    ("前田", "まえだ", "Maeda"), ("藤田", "ふじた", "Fujita"), ("小川", "おがわ", "Ogawa"),
    ("岡田", "おかだ", "Okada"), ("後藤", "ごとう", "Goto"), ("長谷川", "はせがわ", "Hasegawa"),
    ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"), ("石井", "いしい", "Ishii"),
    ("坂本", "さかもと", "Sakamoto"), ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"),
    ("藤井", "ふじい", "Fujii"), ("西村", "にしむら", "Nishimura"), ("福田", "ふくだ", "Fukuda"),
    ("太田", "おおた", "Ota"), ("三浦", "みうら", "Miura"), ("藤原", "ふじわら", "Fujiwara"),
    ("岡本", "おかもと", "Okamoto"), ("松田", "まつだ", "Matsuda"), ("中川", "なかがわ", "Nakagawa"),
    ("小鳥遊", "たかなし", "Takanashi"), ("月見里", "やまなし", "Yamanashi"),
    ("御手洗", "みたらい", "Mitarai"), ("我妻", "わがつま", "Wagatsuma"), ("薬袋", "みない", "Minai"),
    ("百目鬼", "どうめき", "Domeki"), ("左右田", "そうだ", "Soda"), ("四十物", "あいもの", "Aimono"),
    ("釜萢", "かまやち", "Kamayachi"), ("仁平", "にへい", "Nihei"), ("雲雀", "ひばり", "Hibari"),
    ("忽那", "くつな", "Kutsuna"), ("蓬田", "よもぎだ", "Yomogida"), ("鷲尾", "わしお", "Washio"),
    ("望月", "もちづき", "Mochizuki"), ("杉山", "すぎやま", "Sugiyama"), ("増田", "ますだ", "Masuda"),
    ("大石", "おおいし", "Oishi"), ("勝又", "かつまた", "Katsumata"), ("漆畑", "うるしばた", "Urushibata"),
]
GIVEN_M = [
    ("陽翔", "はると", "Haruto"), ("蓮", "れん", "Ren"), ("湊", "みなと", "Minato"),
    ("悠真", "ゆうま", "Yuma"), ("大翔", "ひろと", "Hiroto"), ("颯太", "そうた", "Sota"),
    ("樹", "いつき", "Itsuki"), ("陸斗", "りくと", "Rikuto"), ("翔太", "しょうた", "Shota"),
    ("健太", "けんた", "Kenta"), ("拓海", "たくみ", "Takumi"), ("大和", "やまと", "Yamato"),
    ("瑛太", "えいた", "Eita"), ("海斗", "かいと", "Kaito"), ("隼人", "はやと", "Hayato"),
    ("航", "わたる", "Wataru"), ("奏", "かなで", "Kanade"), ("蒼空", "そら", "Sora"),
    ("圭吾", "けいご", "Keigo"), ("駿", "しゅん", "Shun"),
]
GIVEN_F = [
    ("陽菜", "ひな", "Hina"), ("結衣", "ゆい", "Yui"), ("凛", "りん", "Rin"),
    ("美咲", "みさき", "Misaki"), ("葵", "あおい", "Aoi"), ("さくら", "さくら", "Sakura"),
    ("心春", "こはる", "Koharu"), ("彩花", "あやか", "Ayaka"), ("莉子", "りこ", "Riko"),
    ("芽衣", "めい", "Mei"), ("七海", "ななみ", "Nanami"), ("優奈", "ゆうな", "Yuna"),
    ("詩織", "しおり", "Shiori"), ("千尋", "ちひろ", "Chihiro"), ("琴音", "ことね", "Kotone"),
    ("朱里", "あかり", "Akari"), ("柚希", "ゆずき", "Yuzuki"), ("真白", "ましろ", "Mashiro"),
    ("紗良", "さら", "Sara"), ("日和", "ひより", "Hiyori"),
]
GIVEN_ADULT = [
    ("和子", "かずこ", "Kazuko"), ("裕子", "ゆうこ", "Yuko"), ("直美", "なおみ", "Naomi"),
    ("恵", "めぐみ", "Megumi"), ("久美子", "くみこ", "Kumiko"), ("智子", "ともこ", "Tomoko"),
    ("浩二", "こうじ", "Koji"), ("誠", "まこと", "Makoto"), ("剛", "たけし", "Takeshi"),
    ("秀樹", "ひでき", "Hideki"), ("隆", "たかし", "Takashi"), ("大輔", "だいすけ", "Daisuke"),
]
CITIES = [
    ("静岡県", "静岡市葵区", ["瀬名川", "北安東", "籠上", "千代田"], "054", "420"),
    ("静岡県", "静岡市駿河区", ["中原", "高松", "池田"], "054", "422"),
    ("静岡県", "浜松市中央区", ["富塚町", "佐鳴台", "高丘東"], "053", "432"),
    ("静岡県", "磐田市", ["見付", "中泉", "富士見町"], "0538", "438"),
    ("静岡県", "藤枝市", ["青木", "前島", "田沼"], "054", "426"),
    ("静岡県", "焼津市", ["小川", "大住", "石津"], "054", "425"),
    ("静岡県", "島田市", ["道悦", "中河町", "阿知ケ谷"], "0547", "427"),
    ("静岡県", "富士市", ["吉原", "今泉", "伝法"], "0545", "417"),
    ("愛知県", "豊橋市", ["花田町", "牛川町", "飯村町"], "0532", "440"),
]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
            "softbank.ne.jp", "outlook.jp"]


def _home_phone(area: str) -> str:
    if len(area) == 3:
        return f"{area}-{rng.randint(200, 699)}-{rng.randint(0, 9999):04d}"
    return f"{area}-{rng.randint(20, 99)}-{rng.randint(0, 9999):04d}"


def person(sex: str | None = None, adult: bool = False, used: set | None = None) -> dict:
    sex = sex or rng.choice("MF")
    while True:
        s = rng.choice(SURNAMES)
        if used is None or s[0] not in used:
            break
    if used is not None:
        used.add(s[0])
    if adult:
        pool = [g for g in GIVEN_ADULT if (g[0] in ("浩二", "誠", "剛", "秀樹", "隆", "大輔")) == (sex == "M")]
        g = rng.choice(pool)
        dob = date(1974, 4, 1) + timedelta(days=rng.randrange(365 * 12))
    else:
        g = rng.choice(GIVEN_M if sex == "M" else GIVEN_F)
        dob = date(2008, 4, 2) + timedelta(days=rng.randrange(365))
    pref, city, towns, area, zip3 = rng.choice(CITIES)
    town = rng.choice(towns)
    if town.endswith("町"):
        street = f"{town}{rng.randint(100, 2999)}-{rng.randint(1, 30)}"
    else:
        street = f"{town}{rng.randint(1, 6)}丁目{rng.randint(1, 30)}-{rng.randint(1, 25)}"
    mobile = f"0{rng.choice([70, 80, 90])}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"
    local = rng.choice([f"{g[2].lower()}.{s[2].lower()}", f"{s[2].lower()}{g[2].lower()[:3]}",
                        f"{g[2].lower()}{rng.randint(1, 99):02d}", f"{s[2][0].lower()}{g[2].lower()}_{dob.month:02d}{dob.day:02d}"])
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name_z": f"{s[0]}\u3000{g[0]}",
        "kana": f"{s[1]} {g[1]}", "kata": _kata(f"{s[1]}\u3000{g[1]}"),
        "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2]}",
        "sex": "男" if sex == "M" else "女", "dob": dob,
        "zip": f"{zip3}-{rng.randint(0, 9999):04d}", "pref": pref, "city": city,
        "addr": f"{pref}{city}{street}", "mobile": mobile, "home": _home_phone(area),
        "email": f"{local}@{rng.choice(FREEMAIL)}",
    }


def _kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def people(n: int, **kw) -> list[dict]:
    used: set = set()
    return [person(used=used, **kw) for _ in range(n)]


def hyotei() -> str:
    return f"{rng.randint(28, 48) / 10:.1f}"


# -- the organisation's people ---------------------------------------------------------

SAEKI = "佐伯 真澄 <saeki.masumi@hinode-sangyo.co.jp>"
ONODERA = "小野寺 航 <onodera.w@hinode-sangyo.co.jp>"
MOMOSE = "百瀬 いずみ <momose.i@hama.hinode-sangyo.co.jp>"
SHOJI = "Satoshi Shoji <shoji.s@hinode-sangyo.co.jp>"
MITSUYA = "三ツ矢 玲奈 <mitsuya.r@hinode-sangyo.co.jp>"
KITO = "鬼頭 隆之 <kito.t@hinode-sangyo.co.jp>"
SUMIYOSHI = "住吉 佳乃 <sumiyoshi.k@hinode-sangyo.co.jp>"

SIG_SAEKI = """
--
日の出産業株式会社 進路支援事業部 キャリアサポート課
佐伯 真澄 (Saeki Masumi)
〒420-0853 静岡県静岡市葵区追手町9-18 日の出ビル4F
TEL: 054-251-7730  FAX: 054-251-7731
Mail: saeki.masumi@hinode-sangyo.co.jp
"""

SIG_ONODERA = """
━━━━━━━━━━━━━━━━━━━━━━
 日の出産業株式会社
 進路支援事業部　高校就職支援チーム
 小野寺　航（おのでら　わたる）
 TEL 054-251-7742（直通）　携帯 080-3361-2078
 onodera.w@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_MOMOSE = """
**************************************
日の出産業(株) 浜松営業所 進路支援グループ
百瀬いずみ
〒430-0933 静岡県浜松市中央区鍛冶町1-22 浜松日の出ビル
TEL 053-455-0181
**************************************
"""

SIG_SHOJI = """
------------------------------------------------------------
東海林 聡 / Satoshi Shoji
Manager, Career Support Division
Hinode Sangyo Co., Ltd.
9-18 Otemachi, Aoi-ku, Shizuoka 420-0853 Japan
Tel +81-54-251-7730
------------------------------------------------------------
"""

SIG_MITSUYA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
進路支援事業部 進学サポート課
三ツ矢 玲奈
TEL：054-251-7735　Mail：mitsuya.r@hinode-sangyo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
"""

SIG_KITO = """
日の出産業株式会社　総務部
鬼頭 隆之　内線 2104
"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。本メールの宛先に心当たりのない方は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
"""

# -- external parties (all invented) ----------------------------------------------------

KITAURA = "大河内 先生 <okochi.t@kitaura-th.ed.jp>"          # 県立北浦工業高等学校
SAKURAGAOKA = "宮坂 先生 <miyasaka@sakuragaoka-gakuen.ed.jp>"  # 私立桜ヶ丘学園高等学校
NANRYO = "千葉 先生 <chiba.n@nanryo-hs.ed.jp>"                # 県立南陵高等学校
HIGASHIHAMA = "柴崎 先生 <shibasaki.m@higashihama-ch.ed.jp>"  # 市立東浜商業高等学校
MINATO = "二階堂 先生 <nikaido@minato-sogo-h.ed.jp>"          # 県立みなと総合高等学校
FUGAKU = "進路指導部 <shinro@fugaku-agri.ed.jp>"              # 県立富岳農業高等学校
BOARD = "北浦市教育委員会 学校教育課 <gakko-kyoiku@city-kitaura.lg.jp>"
HELLOWORK = "ハローワーク北浦 学卒担当 <gakusotsu@hw-kitaura.go.jp>"
MINAMIKAZE = "南風大学 入試課 <nyushi@minamikaze-u.ac.jp>"
SEIRYO = "静陵短期大学 入試広報課 <koho@seiryo-jc.ac.jp>"
KAWASAKI = "堀之内 様 <horinouchi@kawasaki-denki.co.jp>"
AOBA = "矢作 様 <yahagi.k@aoba-unyu.co.jp>"
KITAGUNI = "北国フーズ 人事部 <jinji@kitaguni-foods.co.jp>"
KANESHIRO = "金城建設 採用担当 <saiyo@kaneshiro-kensetsu.co.jp>"
DAIMON = "大門精機 総務課 <saiyo@daimon-seiki.co.jp>"
MARUFUJI = "谷川 様 <tanigawa@marufuji-seiko.co.jp>"
SHINONOME = "東雲ロジスティクス 人事課 <hr@shinonome-logi.co.jp>"


MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# 001 — 職場見学 参加者一覧: plain-text columns, 8 students with mobiles → school
_p = people(8)
_sites = ["川崎電機 富士工場", "大門精機 本社工場", "丸藤精工 磐田事業所", "青葉運輸 静岡センター"]
_rows = "\n".join(
    f"{i:<4}{pad(p['name'], 16)}{pad('3-' + str(rng.randint(1, 4)), 6)}{pad(rng.choice(_sites), 24)}{p['mobile']}"
    for i, p in enumerate(_p, 1))
add(
    id="shinro-001", expect="stop", sender=SAEKI, to=[KITAURA], charset="iso-2022-jp",
    subject="応募前職場見学 参加者一覧（確定版）のご送付",
    body=f"""静岡県立北浦工業高等学校
進路指導部　大河内 先生

いつも大変お世話になっております。
日の出産業 進路支援事業部の佐伯でございます。

8月の応募前職場見学につきまして、参加者が確定いたしましたので一覧をお送りいたします。
当日の緊急連絡用に、生徒さんの携帯電話番号も併記しております。

No  氏名            組    見学先                  携帯電話
--  --------------  ----  ----------------------  -------------
{_rows}

集合は各事業所の正門前 8:45 です。雨天でも実施いたします。
ご不明点がございましたらお知らせください。
{SIG_SAEKI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="8 students' names with mobile numbers in padded columns to a school (external): list of people",
)

# 002 — reply to a partner recruiter about a 求人票 (quoted text, no personal data)
add(
    id="shinro-002", expect="pass", sender=ONODERA, to=["矢作 健一 <yahagi.k@aoba-unyu.co.jp>"],
    charset="utf-8", subject="Re: 2027年3月新規高卒者 求人票の件",
    body=f"""青葉運輸株式会社
人事課 矢作様

いつもお世話になっております。日の出産業の小野寺です。

ハローワーク受付印の入った求人票（求人番号 22010-08815761）の写し、確かに受領いたしました。
弊社で担当している県内12校の進路指導部へ、今週中に配布いたします。

なお、選考日（9月16日）につきまして、学校側から「午前のみで終わるか」との質問が
多く寄せられております。筆記試験と面接の所要時間の目安をお教えいただけますと幸いです。

引き続きよろしくお願いいたします。
{SIG_ONODERA}
> 日の出産業株式会社
> 小野寺様
>
> お世話になっております。青葉運輸の矢作です。
> 来春の高卒採用につきまして、ハローワークの確認が済みましたので
> 求人票の写しをお送りします。募集職種は構内作業（フォークリフト）と
> 配送助手の2職種、各3名の予定です。
>
> 各校への配布をよろしくお願いいたします。
>
> ----
> 青葉運輸株式会社 人事課
> 矢作 健一
> TEL 054-283-1150（代表）
""",
    entities=[], detectors=[],
    note="ordinary business reply to a partner: 求人番号 and a quoted business signature only",
)

# 003 — 健康診断書 of one student as PDF → partner company (要配慮: health check results)
_p = person("M")
add(
    id="shinro-003", expect="stop", sender=MOMOSE, to=[KAWASAKI], charset="cp932",
    subject="内定者 健康診断書（写し）の送付について",
    body=f"""川崎電機株式会社
人事部 採用グループ　堀之内様

平素より大変お世話になっております。
日の出産業 浜松営業所の百瀬でございます。

先日ご依頼のありました、内定者の健康診断書（写し）を学校よりお預かりしましたので、
PDFにて送付いたします。原本は学校から簡易書留で別途お送りするとのことです。

ご査収のほど、よろしくお願い申し上げます。
{SIG_MOMOSE}""",
    attachments=[{
        "kind": "pdf", "name": "健康診断書_写し.pdf", "title": "健康診断書",
        "lines": [
            "健 康 診 断 書",
            f"氏名　{_p['name']}　　性別　男　　生年月日　{wareki(_p['dob'])}",
            "学校名　静岡県立北浦工業高等学校　電気科　3年",
            "身長　171.4 cm　　体重　63.8 kg　　BMI 21.7",
            "視力　右 0.6（矯正 1.0）　左 0.3（矯正 1.0）　　色覚　異常なし",
            "聴力　右 異常なし　左 異常なし",
            "血圧　138 / 86 mmHg（再測定 132 / 84）",
            "尿検査　蛋白（±）　糖（－）　潜血（＋）　→ 要再検査",
            "胸部X線　所見なし",
            "既往歴　気管支喘息（小学6年まで通院）",
            "総合判定　B（経過観察）　尿潜血について3か月後に再検査を推奨",
            "令和8年7月24日　星野健診クリニック　医師　星野 達郎",
        ],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one student's health check results and medical history in a PDF to a company: 要配慮個人情報",
)

# 004 — list of companies (求人一覧): businesses, not people → school
_co = [
    ("川崎電機㈱ 富士工場", "富士市", "製造（電子部品組立）", "0545-61-2200", "22030-04418361"),
    ("大門精機㈱", "藤枝市", "機械加工・検査", "054-641-3390", "22040-02205861"),
    ("丸藤精工㈱ 磐田事業所", "磐田市", "NC旋盤オペレーター", "0538-32-8711", "22050-07731261"),
    ("青葉運輸㈱ 静岡センター", "静岡市駿河区", "構内作業・配送助手", "054-283-1150", "22010-08815761"),
    ("北国フーズ㈱ 焼津工場", "焼津市", "食品製造・品質管理補助", "054-627-4410", "22020-03360961"),
    ("金城建設㈱", "静岡市葵区", "施工管理補助", "054-272-0098", "22010-09127461"),
    ("東雲ロジスティクス㈱", "島田市", "倉庫管理・事務", "0547-37-5120", "22060-01983361"),
    ("さくらホテル 静岡駅前", "静岡市葵区", "フロント・調理補助", "054-205-8800", "22010-09244161"),
    ("錦印刷㈱ 浜松工場", "浜松市中央区", "印刷オペレーター", "053-438-2611", "22070-05127061"),
    ("ひかりワークス㈱", "静岡市駿河区", "事務補助・軽作業", "054-288-3072", "22010-09390761"),
]
_rows = "\n".join(f"{zpad(a, 13)}{zpad(b, 7)}{zpad(c, 13)}{d}　{e}" for a, b, c, d, e in _co)
add(
    id="shinro-004", expect="pass", sender=SAEKI, to=[SAKURAGAOKA], charset="iso-2022-jp",
    subject="9月第2週 追加求人のご案内（10社）",
    body=f"""桜ヶ丘学園高等学校
進路部　宮坂先生

お世話になっております。日の出産業の佐伯です。
今週ハローワークの確認が済んだ追加求人をまとめました。求人票の原本は
明日の巡回時にお持ちいたします。

事業所名　　　　　　　　　所在地　　　職種　　　　　　　　　　　代表電話　　　　求人番号
――――――――――――――――――――――――――――――――――――――――――――――――
{_rows}

※ 応募前職場見学の受付は各社とも9月12日（金）までです。
{SIG_SAEKI}""",
    entities=[], detectors=[],
    note="a list of businesses (求人) with switchboards and 求人番号: no person's data",
)

# 005 — 合同企業説明会 案内 to four schools' teachers in To (should have been Bcc)
add(
    id="shinro-005", expect="stop", sender=ONODERA,
    to=[KITAURA, SAKURAGAOKA, NANRYO, HIGASHIHAMA], charset="iso-2022-jp",
    subject="【ご案内】高校生のための合同企業説明会（第2回）開催について",
    body=f"""進路指導ご担当の先生方

いつも大変お世話になっております。
日の出産業株式会社 進路支援事業部の小野寺でございます。

標記の説明会を下記のとおり開催いたします。生徒さんへの周知をお願いいたします。

　日時：2026年10月7日（水）13:30～16:00（受付 13:00～）
　会場：静岡市民文化会館 中ホール
　出展：県内企業 24社（一覧は後日お送りします）
　持ち物：筆記用具、上履き、学校配布の参加票

参加人数の見込みを 9月25日（金）までにご返信いただけますと幸いです。
{SIG_ONODERA}""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four schools (four external organisations) can see each other in To",
)

# 006 — list without a name column: 受付番号, DOB, phone, mail (tab-separated) → university
_p = people(6)
_rows = "\n".join(
    f"K26-{rng.randint(100, 999)}\t{p['dob'].strftime('%Y/%m/%d')}\t{p['sex']}\t"
    f"{rng.choice(['北浦工業', '南陵', '桜ヶ丘学園', '東浜商業'])}\t{p['mobile']}\t{p['email']}"
    for p in _p)
add(
    id="shinro-006", expect="stop", sender=MITSUYA, to=[MINAMIKAZE], charset="utf-8",
    subject="総合型選抜 事前面談 申込者リスト（弊社受付分）",
    body=f"""南風大学 入試課 御中

いつもお世話になっております。
日の出産業 進学サポート課の三ツ矢です。

10月の総合型選抜 事前面談について、弊社窓口で受け付けた申込者をお送りします。
氏名は面談当日に受付番号で照合いただく運用と伺っておりますので、記載しておりません。

受付番号\t生年月日\t性別\t在籍校\t連絡先(携帯)\tメール
{_rows}

面談枠の割り当てが決まりましたら、お知らせください。
{SIG_MITSUYA}""",
    entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="six applicants' DOB, mobile and e-mail rows without a name column to a university",
)

# 007 — internal only: full XLSX roster of 30 students
_p = people(30)
_rows = [[f"3-{(i // 8) + 1}", (i % 8) + 1, p["name"], p["kana"], p["dob"].isoformat(), p["addr"],
          p["mobile"], hyotei(), rng.randint(0, 9)] for i, p in enumerate(_p)]
add(
    id="shinro-007", expect="pass", sender=ONODERA,
    to=["進路支援チーム <shinro-team@hinode-sangyo.co.jp>"], cc=[MOMOSE], charset="utf-8",
    subject="【共有】北浦工業 3年 就職希望者名簿（9/1時点）",
    body=f"""チームの皆さん

北浦工業から受け取った就職希望者名簿の最新版を共有します。
担当割り振りはシート2に記入してください。社外への転送は禁止です。

小野寺
{SIG_ONODERA}""",
    attachments=[{
        "kind": "xlsx", "name": "北浦工業_就職希望者名簿_0901.xlsx",
        "sheets": {
            "名簿": [["北浦工業高等学校 3年 就職希望者名簿（2026/9/1）"], [],
                     ["組", "番号", "氏名", "ふりがな", "生年月日", "住所", "携帯", "評定平均", "欠席日数"]] + _rows,
            "担当割り振り": [["担当", "組"], ["小野寺", "3-1, 3-2"], ["百瀬", "3-3"], ["佐伯", "3-4"]],
        },
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=[],
    note="all recipients internal (incl. subdomain hama.hinode-sangyo.co.jp): passes whatever it carries",
)

# 008 — look-alike of the partner kawasaki-denki.co.jp (dropped "co.")
add(
    id="shinro-008", expect="stop", sender=MOMOSE,
    to=["堀之内 様 <horinouchi@kawasaki-denki.jp>"], charset="cp932",
    subject="応募書類発送のご連絡（北浦工業高校）",
    body=f"""川崎電機株式会社
人事部　堀之内様

いつもお世話になっております。日の出産業の百瀬です。

北浦工業高校から、貴社富士工場の求人への応募書類（1名分）を本日発送したと
連絡がありました。学校からの簡易書留で、明後日には到着する見込みです。
選考日程のご案内は学校の進路指導部宛にお願いいたします。
{SIG_MOMOSE}""",
    entities=[], detectors=["lookalike_domain"],
    note="recipient domain kawasaki-denki.jp is a look-alike of partner kawasaki-denki.co.jp",
)

# 009 — one student's 履歴書 (統一応募書類) as PDF → company: one person's record (may warn)
_p = person("M")
add(
    id="shinro-009", expect="pass", sender=SAEKI, to=[DAIMON], charset="utf-8",
    subject="応募書類（履歴書の写し）送付のご連絡 ― 南陵高校 1名",
    body=f"""大門精機株式会社
総務課 採用ご担当者様

お世話になっております。日の出産業の佐伯でございます。

南陵高校より貴社求人（機械加工・検査）へ1名の応募がございました。
学校長の推薦書・調査書は学校から郵送されますが、面接準備のため履歴書の写しを
先にお送りしてほしいとのご依頼でしたので、PDFを添付いたします。

選考日：10月16日（金）9:00～　（筆記・面接）
{SIG_SAEKI}""",
    attachments=[{
        "kind": "pdf", "name": "履歴書_写し_南陵高校.pdf",
        "lines": [
            "履 歴 書（全国高等学校統一用紙）　　　　令和8年10月1日現在",
            f"ふりがな　{_p['kana']}",
            f"氏名　{_p['name']}　　　性別　男",
            f"生年月日　{wareki(_p['dob'])}生（満18歳）",
            f"現住所　〒{_p['zip']}　{_p['addr']}",
            f"電話　{_p['home']}　　連絡先　同上",
            "学歴　令和6年3月　北浦市立第二中学校 卒業",
            "　　　令和6年4月　静岡県立南陵高等学校 全日制課程 普通科 入学",
            "　　　令和9年3月　同校 卒業見込み",
            "資格等　危険物取扱者 乙種第4類（令和7年12月）、実用英語技能検定 準2級",
            "趣味・特技　自転車での長距離走行、模型製作",
            "校内外の諸活動　ロボット研究部（部長）",
            "志望の動機　職場見学で精密部品の検査工程を拝見し、ものづくりを支える仕事に就きたいと考えました。",
        ],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one applicant's 履歴書 (one person's record) to the company he applied to: may warn, not held",
)

# 010 — a guardian's マイナンバー in the body → school's scholarship teacher
_p = person()
_g = person("M", adult=True)
_mn = next_my_number()
add(
    id="shinro-010", expect="stop", sender=MITSUYA, to=[HIGASHIHAMA], charset="iso-2022-jp",
    subject="給付奨学金（予約採用）マイナンバー提出書類の件",
    body=f"""東浜商業高等学校
奨学金ご担当　柴崎先生

お世話になっております。日の出産業の三ツ矢です。

3年B組 {_p['name']}さんの給付奨学金の申込みについて、保護者の方が
マイナンバー提出書の記入に迷われ、弊社の相談窓口に来所されました。
記入内容を確認しましたので、学校での取りまとめ用に共有いたします。

　生計維持者1（父）　{_g['name']}
　個人番号　{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　生計維持者2（母）　別途提出予定

番号確認書類（通知カードの写し）は、保護者の方が直接学校へ持参されるそうです。
{SIG_MITSUYA}""",
    entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=["personal_data"],
    note="a guardian's マイナンバー with his name to a school (external)",
)

# 011 — reply to one guardian on free mail; her phone only in the quoted text
_g = person("F", adult=True)
add(
    id="shinro-011", expect="pass", sender=SAEKI, to=[f"{_g['name']} <{_g['email']}>"],
    charset="iso-2022-jp", subject="Re: 三者面談の日程について",
    body=f"""{_g['sei']}様

ご連絡ありがとうございます。日の出産業の佐伯です。

それでは 10月3日（土）16:00 から、学校の進路相談室にて面談を行います。
担任の先生にもお伝えしておきます。当日はお気をつけてお越しください。

佐伯
{SIG_SAEKI}
-----Original Message-----
From: {_g['name']} <{_g['email']}>
Sent: Monday, September 28, 2026 9:12 PM
To: saeki.masumi@hinode-sangyo.co.jp
Subject: 三者面談の日程について

佐伯様
いつも娘がお世話になっております。
面談の件ですが、平日は仕事のため10月3日の土曜日の夕方ですと助かります。
当日の連絡は携帯 {_g['mobile']} までお願いします。
""",
    entities=[], detectors=["freemail_recipient"],
    note="one guardian on free mail; her phone number is only in the quoted original",
)

# 012 — katakana names with 和暦 DOBs, full-width padded → partner company (入構申請)
_p = people(7)
_rows = "\n".join(f"{zpad(p['kata'], 12)}{zpad(wareki(p['dob'], 'fw'), 12)}{p['sex']}" for p in _p)
add(
    id="shinro-012", expect="stop", sender=MOMOSE, to=[KAWASAKI], charset="cp932",
    subject="工場見学会 参加生徒名簿（入構手続き用）",
    body=f"""川崎電機株式会社 富士工場
総務課 入構受付ご担当者様（人事部 堀之内様経由）

お世話になっております。日の出産業の百瀬です。
10月2日の工場見学会について、入構申請に必要な参加生徒の情報をお送りします。
（学校：静岡県立北浦工業高等学校 電気科・電子機械科）

氏名（カナ）　　　　　　生年月日　　　　　　　　性別
{_rows}

引率：大河内先生（進路指導主事）、ほか弊社スタッフ1名
{SIG_MOMOSE}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="seven students' katakana names with 和暦 full-width DOBs: list of people to a company",
)

# 013 — 【社外秘】 marking on the mail itself (aggregated figures only) → school
add(
    id="shinro-013", expect="stop", sender=SHOJI, to=[NANRYO], charset="utf-8",
    subject="【社外秘】2026年度 内定状況集計（9月末時点）",
    body="""南陵高等学校
3学年主任　千葉先生

お世話になっております。日の出産業の東海林です。
ご依頼の9月末時点の内定状況を集計しました。

　区分：社外秘（弊社内部資料）

　学科　　　就職希望　内定　内定率
　普通科　　　　18　　　11　　61.1%
　総合学科　　　23　　　17　　73.9%
　合計　　　　　41　　　28　　68.3%

県内受託校全体の平均は 71.2% です。
""" + SIG_SHOJI,
    entities=[], detectors=["confidential_marking"],
    note="the mail is stamped 社外秘 (subject and classification line) and goes to a school",
)

# 014 — mail about an NDA draft with the partner law firm (mentions, not markings)
add(
    id="shinro-014", expect="pass", sender=KITO, to=["黒岩 弁護士 <kuroiwa@shirakawa-law.jp>"],
    charset="iso-2022-jp", subject="みなと総合高校との秘密保持契約書（案）のご確認依頼",
    body=f"""白川法律事務所
黒岩先生

いつもお世話になっております。日の出産業 総務部の鬼頭です。

来年度から進路支援業務を受託する県立みなと総合高等学校と、業務委託契約に先立ち
秘密保持契約を締結する予定です。学校側のひな形に弊社で修正を入れた案を添付します。

特に以下の点についてご意見をいただけますでしょうか。
　1. 第3条（秘密情報の範囲）に生徒の個人情報を明示的に含めるべきか
　2. 第7条（返還・廃棄）の期限「契約終了後30日以内」が実務上妥当か
　3. 再委託（印刷会社への名簿印刷の委託など）の事前承諾の要否

来週中にご返信いただけますと幸いです。
{SIG_KITO}""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_案_v3.docx", "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "静岡県立みなと総合高等学校（以下「甲」という。）と日の出産業株式会社（以下「乙」という。）は、"
            "進路支援業務の委託に関し、次のとおり秘密保持契約を締結する。",
            "第1条（目的）本契約は、甲が乙に開示する秘密情報の取扱いを定めることを目的とする。",
            "第3条（秘密情報）本契約において秘密情報とは、甲が乙に開示する一切の情報をいい、生徒及び保護者の個人情報を含む。",
            "第5条（目的外使用の禁止）乙は、秘密情報を本業務以外の目的に使用してはならない。",
            "第7条（返還・廃棄）乙は、契約終了後30日以内に秘密情報を返還又は廃棄する。",
            "第9条（再委託）乙は、甲の書面による事前の承諾なく、本業務を第三者に再委託してはならない。",
        ],
    }],
    entities=[], detectors=[],
    note="mail about an NDA (秘密保持契約) with the partner law firm: the word is mentioned, nothing is marked",
)

# 015 — one applicant's epilepsy in a sentence (new text) in a reply → company
_p = person("M")
add(
    id="shinro-015", expect="stop", sender=ONODERA, to=[MARUFUJI], charset="utf-8",
    subject="Re: 選考日程のご連絡（NC旋盤オペレーター）",
    body=f"""丸藤精工株式会社
谷川様

ご連絡ありがとうございます。日の出産業の小野寺です。
10月16日の選考日程、学校にも伝えました。

1点ご相談です。受験予定の北浦工業の{_p['name']}さんについて、担任の先生から
「てんかんの持病があり、服薬で発作は2年以上ないが、夜勤と高所作業は避けたい」
との申し出がありました。配属の可能性について、面接前にご意見をいただけますか。

よろしくお願いいたします。
{SIG_ONODERA}
> 日の出産業株式会社 小野寺様
>
> 丸藤精工の谷川です。選考は10月16日（金）9時から、本社にて
> 筆記（一般常識）と面接を行います。筆記用具をご持参ください。
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named applicant's epilepsy (medical history) in the new text to a company",
)

# 016 — EITHER: initials-only case list of 7 students to the city board of education
_rows = "\n".join(
    f"　{chr(rng.randint(65, 90))}.{chr(rng.randint(65, 90))}　{rng.choice(['電気科', '機械科', '電子機械科'])}"
    f"　{rng.choice(['男', '女'])}　{rng.choice(['製造', '運輸', '建設', '食品'])}　評定{hyotei()}　欠席{rng.randint(0, 12)}日"
    for _ in range(7))
add(
    id="shinro-016", expect="either", sender=SHOJI, to=[BOARD], charset="iso-2022-jp",
    subject="就職内定 事例報告（北浦工業・匿名化済み）",
    body=f"""北浦市教育委員会 学校教育課 御中

日の出産業の東海林でございます。
研修資料用にご依頼のあった内定事例を、イニシャルのみにしてお送りします。

　イニシャル　学科　性別　内定業種　評定　欠席
{_rows}

個人が特定されないよう、資料への掲載時は学科名も伏せていただけますと幸いです。
""" + SIG_SHOJI,
    entities=[], detectors=[],
    note="seven pseudonymised rows (initials, course, grades, absences): identifiable in a small school? either",
)

# 017 — HTML-only table of 7 applicants with addresses and phones → construction company
_p = people(7)
_trs = "\n".join(
    f"<tr><td>{p['name']}</td><td>{p['kana']}</td><td>{rng.choice(['北浦工業', '南陵', '富岳農業'])}</td>"
    f"<td>{p['addr']}</td><td>{p['home']}</td><td>{rng.choice(['施工管理補助', '設備保守'])}</td></tr>"
    for p in _p)
add(
    id="shinro-017", expect="stop", sender=SAEKI, to=[KANESHIRO], charset="utf-8",
    subject="2次募集 応募予定者一覧",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>金城建設株式会社<br>採用ご担当者様</p>
<p>お世話になっております。日の出産業の佐伯です。<br>
2次募集に応募予定の生徒を下記にまとめました。面接会場の準備にお役立てください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>氏名</th><th>ふりがな</th><th>学校</th><th>住所</th><th>電話</th><th>希望職種</th></tr>
{_trs}
</table>
<p>応募書類は各校から10月20日までに郵送されます。</p>
<p>--<br>日の出産業株式会社 進路支援事業部 キャリアサポート課<br>佐伯 真澄<br>TEL: 054-251-7730</p>
</body></html>""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only table of seven applicants with addresses and phones to a company",
)

# 018 — two external organisations in To/Cc (company + school): normal 3-way scheduling
add(
    id="shinro-018", expect="pass", sender=SAEKI, to=[DAIMON], cc=[NANRYO], charset="iso-2022-jp",
    subject="職場見学の日程調整（南陵高校 機械系志望 1名）",
    body=f"""大門精機株式会社 総務課 ご担当者様
（cc：南陵高等学校 千葉先生）

お世話になっております。日の出産業の佐伯です。

南陵高校の生徒1名が貴社の職場見学を希望しております。
下記の候補日のうち、ご都合のよい日をお知らせいただけますでしょうか。

　① 9月8日（火）午後
　② 9月10日（木）午前
　③ 9月11日（金）午後

千葉先生が引率される予定です。
{SIG_SAEKI}""",
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations (company and school) in To/Cc: a normal three-way mail",
)

# 019 — password-protected ZIP of application documents (PPAP) → partner
add(
    id="shinro-019", expect="stop", sender=ONODERA, to=[AOBA], charset="iso-2022-jp",
    subject="応募書類一式（3名分）の送付",
    body=f"""青葉運輸株式会社
人事課　矢作様

お世話になっております。日の出産業の小野寺です。
応募書類一式（3名分）をZIPファイルにてお送りします。
パスワードは別途メールにてお知らせいたします。
{SIG_ONODERA}""",
    attachments=[{
        "kind": "zip", "name": "oubo_shorui_3mei.zip", "password": "Aoba#2026kz",
        "files": [
            {"kind": "pdf", "name": "rirekisho_1.pdf", "lines": ["履歴書", "氏名 杉山 湊"]},
            {"kind": "pdf", "name": "rirekisho_2.pdf", "lines": ["履歴書", "氏名 勝又 陸斗"]},
            {"kind": "pdf", "name": "rirekisho_3.pdf", "lines": ["履歴書", "氏名 漆畑 芽衣"]},
        ],
    }],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) cannot be inspected",
)

# 020 — aggregated placement statistics by school → city board of education
add(
    id="shinro-020", expect="pass", sender=SHOJI, to=[BOARD], charset="iso-2022-jp",
    subject="受託校 就職内定率の推移（速報）",
    body="""北浦市教育委員会 学校教育課 御中

いつもお世話になっております。日の出産業の東海林です。
市内受託校の内定率（各年9月末）をまとめましたのでご報告します。

学校名          2024年度  2025年度  2026年度
--------------  --------  --------  --------
北浦工業          72.4%     75.0%     78.9%
東浜商業          66.1%     69.8%     70.2%
北浦第一          58.3%     61.0%     64.5%
市全体            67.9%     70.6%     72.8%

詳細な分析は10月の定例会でご報告いたします。
""" + SIG_SHOJI,
    entities=[], detectors=[],
    note="aggregated rates per school: no person's data",
)

# 021 — CSV (CP932) of 12 applicants' full records → public employment office
_p = people(12)
_rows = [["氏名", "フリガナ", "性別", "生年月日", "郵便番号", "住所", "電話番号", "学校名", "応募先求人番号"]]
_rows += [[p["name"], p["kata"].replace("\u3000", " "), p["sex"], p["dob"].strftime("%Y/%m/%d"), p["zip"],
           p["addr"], p["home"], rng.choice(["北浦工業高校", "東浜商業高校"]),
           f"220{rng.randint(10, 70)}-{rng.randint(10000000, 99999999)}"] for p in _p]
add(
    id="shinro-021", expect="stop", sender=SAEKI, to=[HELLOWORK], charset="cp932",
    subject="学校斡旋 応募者データ（10月1日応募開始分）",
    body=f"""ハローワーク北浦
学卒担当 ご担当者様

いつもお世話になっております。日の出産業の佐伯です。
受託校2校の10月1日応募開始分の応募者データをCSVでお送りします。
ご確認のほどよろしくお願いいたします。
{SIG_SAEKI}""",
    attachments=[{"kind": "csv", "name": "oubosha_1001.csv", "encoding": "cp932", "rows": _rows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="CSV (CP932) of twelve applicants' names, DOBs, addresses and phones to the employment office",
)

# 022 — question to the employment office about 求人番号 (no person's data)
add(
    id="shinro-022", expect="pass", sender=ONODERA, to=[HELLOWORK], charset="utf-8",
    subject="求人票の確認状況について（3件）",
    body=f"""ハローワーク北浦 学卒担当 ご担当者様

お世話になっております。日の出産業の小野寺です。
下記3件の求人について、9月1日以降も受付印入りの写しが届いていないと企業から
問い合わせがありました。確認状況をお教えいただけますでしょうか。

  ・22030-04418361　川崎電機株式会社 富士工場（製造）
  ・22060-01983361　東雲ロジスティクス株式会社（倉庫管理）
  ・22010-09390761　ひかりワークス株式会社（事務補助）

お手数をおかけしますが、よろしくお願いいたします。
{SIG_ONODERA}""",
    entities=[], detectors=[],
    note="求人番号 and company names only: ordinary business mail",
)

# 023 — XLSX with My Numbers and a 基礎年金番号 of new hires → partner HR
_p = people(3)
_mns = [next_my_number() for _ in _p]
_rows = [["2027年4月入社 内定者 入社手続き情報（日の出産業 取りまとめ）"], [],
         ["氏名", "フリガナ", "生年月日", "個人番号", "基礎年金番号", "住所"]]
for i, (p, mn) in enumerate(zip(_p, _mns)):
    pension = f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}" if i == 1 else "（未取得）"
    _rows.append([p["name"], p["kata"], p["dob"].strftime("%Y/%m/%d"), mn, pension, p["addr"]])
add(
    id="shinro-023", expect="stop", sender=ONODERA, to=[AOBA], charset="iso-2022-jp",
    subject="内定者 入社手続き書類（個人番号・年金番号）",
    body=f"""青葉運輸株式会社
人事課　矢作様

お世話になっております。日の出産業の小野寺です。
入社手続きに必要な情報を内定者3名分まとめました。
2人目の方は既卒（昨年度卒業）でアルバイト先で厚生年金に加入していたため、
基礎年金番号の記載があります。
{SIG_ONODERA}""",
    attachments=[{"kind": "xlsx", "name": "naiteisha_tetsuzuki.xlsx", "sheets": {"手続き情報": _rows}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="My Numbers and a basic pension number of new hires in an XLSX to a company",
)

# 024 — guardians in Bcc, To is the sender: correct bulk announcement
_gs = [person(adult=True) for _ in range(9)]
add(
    id="shinro-024", expect="pass", sender=SAEKI, to=[SAEKI], bcc=[g["email"] for g in _gs],
    charset="iso-2022-jp", subject="【保護者の皆様へ】進路説明会（10/18）のご案内",
    body=f"""保護者の皆様

日頃より大変お世話になっております。
北浦工業高等学校の進路支援を担当しております、日の出産業の佐伯です。

3年生の保護者の皆様を対象に、下記のとおり進路説明会を開催いたします。

　日時　10月18日（日）10:00～11:30
　場所　北浦工業高等学校 第一体育館
　内容　内定後の手続き、入社までの準備、奨学金返還について

出欠は学校配布の用紙でお知らせください。
本メールは送信専用ではありません。ご質問はこのアドレスへどうぞ。
{SIG_SAEKI}""",
    entities=[], detectors=["freemail_recipient"],
    note="guardians are in Bcc (To is the sender): they cannot see each other",
)

# 025 — look-alike of partner aoba-unyu.co.jp (letter added)
add(
    id="shinro-025", expect="stop", sender=ONODERA, to=["矢作 様 <yahagi.k@aoba-unyuu.co.jp>"],
    charset="utf-8", subject="内定者の入社前研修について",
    body=f"""青葉運輸株式会社 人事課 矢作様

お世話になっております。日の出産業の小野寺です。

2月に予定されている入社前研修について、学校の学年末考査（2月24日～26日）と
重ならない日程をご検討いただけないか、北浦工業から相談がありました。
3月上旬であれば全員参加可能とのことです。
{SIG_ONODERA}""",
    entities=[], detectors=["lookalike_domain"],
    note="aoba-unyuu.co.jp is a look-alike of partner aoba-unyu.co.jp (letter added)",
)

# 026 — invoice PDF with the company's T-number and company bank account → school office
_tno = "T" + corp_number("080001037215")
add(
    id="shinro-026", expect="pass", sender=KITO, to=["事務室 <jimu@minato-sogo-h.ed.jp>"],
    charset="cp932", subject="【請求書】進路ガイダンス業務委託料（9月分）",
    body=f"""静岡県立みなと総合高等学校
事務室 ご担当者様

いつもお世話になっております。日の出産業 総務部の鬼頭です。
9月分の進路ガイダンス業務委託料の請求書をお送りいたします。
お支払期日は10月31日です。よろしくお願いいたします。
{SIG_KITO}""",
    attachments=[{
        "kind": "pdf", "name": "請求書_202609_みなと総合.pdf", "title": "請求書",
        "lines": [
            "請 求 書　　　　　　　　　請求書番号 INV-2609-0147　　発行日 2026年9月30日",
            "静岡県立みなと総合高等学校 御中",
            "日の出産業株式会社　〒420-0853 静岡県静岡市葵区追手町9-18　TEL 054-251-7730",
            f"登録番号　{_tno}",
        ],
        "table": [
            ["品目", "数量", "単価", "金額"],
            ["進路ガイダンス（3年・全体）", "1", "88,000", "88,000"],
            ["面接練習講座（2時間×4コマ）", "4", "22,000", "88,000"],
            ["職場見学 引率補助", "2", "11,000", "22,000"],
            ["小計", "", "", "198,000"],
            ["消費税（10%）", "", "", "19,800"],
            ["合計", "", "", "217,800"],
            ["お振込先：みどり銀行 静岡中央支店 普通 1402266 ヒノデサンギヨウ（カ", "", "", ""],
        ],
    }],
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with the company's own T-number and company bank account: business data only",
)

# 027 — XLSX with a title row, several sheets: 25 students' survey with guardians' phones → school
_p = people(25)
_rows = [["2026年度 3年 進路希望調査 個票（日の出産業 集計）"], [],
         ["組", "番号", "氏名", "第1希望", "第2希望", "評定平均", "欠席(1年)", "欠席(2年)", "欠席(3年)", "保護者氏名", "保護者連絡先"]]
for i, p in enumerate(_p):
    g = person(adult=True)
    _rows.append([f"{i // 9 + 1}組", i % 9 + 1, p["name"], rng.choice(["就職（製造）", "就職（事務）", "専門学校", "短大", "大学"]),
                  rng.choice(["就職（運輸）", "公務員", "未定", "専門学校"]), hyotei(), rng.randint(0, 8),
                  rng.randint(0, 8), rng.randint(0, 5), f"{p['sei']} {g['mei']}", g["mobile"]])
add(
    id="shinro-027", expect="stop", sender=MOMOSE, to=[NANRYO], charset="utf-8",
    subject="進路希望調査の集計結果（個票つき）",
    body=f"""南陵高等学校
3学年主任　千葉先生

お世話になっております。日の出産業の百瀬です。
7月に実施した進路希望調査の集計が終わりましたので、Excelでお送りします。
「集計」シートが学年会用、「個票」シートが担任の先生方の面談用です。
{SIG_MOMOSE}""",
    attachments=[{
        "kind": "xlsx", "name": "進路希望調査_2026_南陵.xlsx",
        "sheets": {
            "集計": [["区分", "人数"], ["大学", 31], ["短大", 9], ["専門学校", 27], ["就職", 41], ["公務員", 6], ["未定", 4]],
            "個票": _rows,
            "メモ": [["欠席日数は7月17日時点"], ["保護者連絡先は緊急連絡網より転記"]],
        },
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="XLSX sheet of 25 students with grades, absences and guardians' phones to a school",
)

# 028 — disability (療育手帳) of one named student → 特例子会社
_p = person("F")
add(
    id="shinro-028", expect="stop", sender=SAEKI, to=["ひかりワークス 採用担当 <saiyo@hikari-works.co.jp>"],
    charset="iso-2022-jp", subject="障害者雇用枠への応募について（ご相談）",
    body=f"""ひかりワークス株式会社
採用ご担当者様

お世話になっております。日の出産業の佐伯です。

東浜商業高校3年の{_p['name']}さんが、貴社の事務補助（障害者雇用枠）への応募を希望しています。
本人は療育手帳（B2）を所持しており、中学までは特別支援学級に在籍していました。
口頭での指示より、手順書があると作業が安定するとのことです。

実習（2週間程度）を受け入れていただけるか、ご検討をお願いいたします。
{SIG_SAEKI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named student's disability (療育手帳) to a company: 要配慮個人情報",
)

# 029 — ordinary request to a junior college, Japanese disclaimer at the end
add(
    id="shinro-029", expect="pass", sender=MITSUYA, to=[SEIRYO], charset="iso-2022-jp",
    subject="出張ガイダンス用 パンフレットご送付のお願い",
    body=f"""静陵短期大学 入試広報課 御中

いつもお世話になっております。日の出産業の三ツ矢です。

11月5日に富岳農業高校で実施する進学ガイダンスで、貴学のブースを設けます。
つきましては、大学案内パンフレットを40部、学校宛にご送付いただけますでしょうか。

　送付先：〒418-0022 静岡県富士宮市小泉1240 静岡県立富岳農業高等学校 進路指導部
　到着希望：11月2日（月）まで

よろしくお願いいたします。
{SIG_MITSUYA}{DISC_JA}""",
    entities=[], detectors=[],
    note="ordinary request with a school's address and the standard disclaimer: pass",
)

# 030 — five guardians' free-mail addresses visible in To
_gs = [person(adult=True) for _ in range(5)]
add(
    id="shinro-030", expect="stop", sender=ONODERA,
    to=[f"{g['name']} 様 <{g['email']}>" for g in _gs], charset="utf-8",
    subject="職場見学バスの集合時間変更のお知らせ",
    body=f"""保護者の皆様

いつもお世話になっております。日の出産業の小野寺です。

明日（9月9日）の職場見学について、道路工事のためバスの出発時刻を
8:00 から 7:45 に変更いたします。集合場所（北浦駅北口ロータリー）は変わりません。
お子様へのお声がけをお願いいたします。
{SIG_ONODERA}""",
    entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="five private persons (guardians) see each other's addresses in To: should have been Bcc",
)

# 031 — tracking numbers of registered mail → school
add(
    id="shinro-031", expect="pass", sender=SAEKI, to=[KITAURA], charset="iso-2022-jp",
    subject="応募書類の発送（簡易書留）お問い合わせ番号",
    body=f"""北浦工業高等学校
大河内先生

お世話になっております。日の出産業の佐伯です。
本日、4社分の応募書類を簡易書留で発送しました。お問い合わせ番号は下記のとおりです。

　川崎電機 富士工場　　　　　　　　384-21-70552-6
　大門精機　　　　　　　　　　　　384-21-70553-0
　丸藤精工 磐田事業所　　　　　　　384-21-70554-3
　東雲ロジスティクス　　　　　　　384-21-70555-7

到着確認が取れましたらご連絡いたします。
{SIG_SAEKI}""",
    entities=[], detectors=[],
    note="registered-mail tracking numbers and company names only",
)

# 032 — English, romaji names with DOBs and e-mails: 5 internship applicants → partner hotel
_p = people(5)
_rows = "\n".join(f"{i}. {p['ROMAJI']:<22} DOB {p['dob'].isoformat()}   {p['email']}" for i, p in enumerate(_p, 1))
add(
    id="shinro-032", expect="stop", sender=SHOJI, to=["Emily Carter <e.carter@sakura-hotel.jp>"],
    charset="utf-8", subject="Internship applicants - Front Desk Program (5 students)",
    body=f"""Dear Ms. Carter,

Thank you for offering the front-desk internship again this winter.
Please find below the five students from Sakuragaoka Gakuen who would like to apply.
Their dates of birth are included for the insurance registration you mentioned.

{_rows}

All five have passed Eiken Grade Pre-2 or higher. Their homeroom teacher will
contact you about the interview dates.

Best regards,
{SIG_SHOJI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="five students in romaji with dates of birth and e-mail addresses to a partner hotel",
)

# 033 — DOCX with a 部外秘 page header → company
add(
    id="shinro-033", expect="stop", sender=ONODERA, to=[MARUFUJI], charset="utf-8",
    subject="高校生の採用面接について（資料送付）",
    body=f"""丸藤精工株式会社 谷川様

お世話になっております。日の出産業の小野寺です。
先日お話しした、高校生の採用面接で避けるべき質問の資料をお送りします。
面接官の方々で共有していただければと思います。
{SIG_ONODERA}""",
    attachments=[{
        "kind": "docx", "name": "高校生採用面接ガイドライン.docx", "page_header": "日の出産業株式会社　部外秘",
        "title": "高校生採用面接ガイドライン",
        "paragraphs": [
            "高校生採用面接ガイドライン（進路支援事業部 内部用）",
            "1. 本籍・出生地、家族の職業・収入、住宅状況に関する質問は行わない。",
            "2. 思想・信条、支持政党、購読新聞に関する質問は行わない。",
            "3. 面接評価は事前に定めた評価項目に基づき、複数名で行う。",
            "4. 学校からの推薦書・調査書は選考目的以外に使用しない。",
        ],
    }],
    entities=[], detectors=["confidential_marking"],
    note="the attached DOCX carries a 部外秘 page header (classification stamp) and goes to a company",
)

# 034 — internal only: a student's health certificate details between two staff
_p = person("F")
add(
    id="shinro-034", expect="pass", sender=MOMOSE, to=[SAEKI], charset="cp932",
    subject="健康診断書の件（北国フーズ 内定者）",
    body=f"""佐伯さん

お疲れさまです。百瀬です。
北国フーズに内定した{_p['name']}さん（{wareki(_p['dob'])}生）の健康診断書が学校から届きました。
貧血（Hb 10.2）で要精密検査となっており、食品工場の立ち仕事に差し支えないか、
本人と先生で近く受診するそうです。会社への伝え方を相談させてください。

原本は浜松営業所の施錠キャビネットに保管しています。

百瀬
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=[],
    note="health data of a student, but the only recipient is internal",
)

# 035 — a guardian's credit card number → mock-exam vendor
_g = person("M", adult=True)
_p = person()
_cc = next_card()
add(
    id="shinro-035", expect="stop", sender=MITSUYA, to=["全国進学模試センター 受付 <uketsuke@zenkoku-moshi.co.jp>"],
    charset="iso-2022-jp", subject="第3回共通テスト模試 受験料のカード決済のお願い",
    body=f"""全国進学模試センター
受付ご担当者様

お世話になっております。日の出産業の三ツ矢です。
南陵高校の団体申込みのうち1名について、保護者の方からカードでの支払いを希望されています。
電話でお伺いしたカード情報をお知らせしますので、決済をお願いいたします。

　受験者　　{_p['name']}（南陵高校3年）
　カード名義　{_g['ROMAJI'].upper()}
　カード番号　{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限　08/29
　金額　6,600円

よろしくお願いいたします。
{SIG_MITSUYA}""",
    entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a guardian's credit card number and name to an external vendor",
)

# 036 — English mail to an overseas university about a fair (no personal data)
add(
    id="shinro-036", expect="pass", sender=SHOJI, to=["International Admissions <admissions@sunbridge.edu.au>"],
    charset="utf-8", subject="Study Abroad Fair in Shizuoka - booth confirmation",
    body=f"""Dear International Admissions Team,

Thank you for agreeing to join our Study Abroad Fair for high-school students.

  Date:   Saturday, 14 November 2026, 10:00-16:00
  Venue:  Shizuoka Convention Hall, Room B
  Booth:  No. 7 (table, two chairs, power outlet)

We expect around 300 students and parents. Brochures in Japanese would be very
welcome; please ship them to our office by 6 November.

Kind regards,
{SIG_SHOJI}{DISC_EN}""",
    entities=[], detectors=[],
    note="English business mail to a foreign university with an English disclaimer: pass",
)

# 037 — DOCX table of 6 students' contacts → freelance interview coach on gmail
_p = people(6)
_tbl = [["氏名", "学校", "志望先", "携帯", "メール"]]
_tbl += [[p["name"], rng.choice(["北浦工業", "南陵", "東浜商業"]), rng.choice(["製造", "事務", "販売", "運輸"]),
          p["mobile"], p["email"]] for p in _p]
add(
    id="shinro-037", expect="stop", sender=SAEKI, to=["星崎 ゆかり <yukari.hoshizaki@gmail.com>"],
    charset="utf-8", subject="面接練習（10/5）の担当生徒について",
    body=f"""星崎さん

いつもありがとうございます。佐伯です。
10/5の面接練習で星崎さんにご担当いただく生徒の一覧をお送りします。
前日に本人へ確認の連絡をお願いできれば助かります。

当日は9:30に東浜商業の会議室集合です。
{SIG_SAEKI}""",
    attachments=[{"kind": "docx", "name": "面接練習_割当表_1005.docx",
                  "paragraphs": ["面接練習 割当表（10月5日）", "講師：星崎ゆかり"], "tables": [_tbl]}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data", "freemail_recipient"],
    note="DOCX table of six students' mobiles and e-mails to a free-mail address",
)

# 038 — a named student's arrest and probation → partner law firm
_p = person("M")
add(
    id="shinro-038", expect="stop", sender=KITO, to=["黒岩 弁護士 <kuroiwa@shirakawa-law.jp>"],
    charset="iso-2022-jp", subject="履歴書の賞罰欄についてご相談",
    body=f"""白川法律事務所
黒岩先生

お世話になっております。日の出産業の鬼頭です。
受託校の生徒について、ご相談させてください。

南陵高校3年の{_p['name']}さんは、昨年11月に窃盗の疑いで逮捕され、
家庭裁判所で保護観察処分を受けています（現在も保護観察中）。
本人が就職試験を受けるにあたり、統一応募書類の履歴書には賞罰欄がありませんが、
面接で聞かれた場合にどう答えるべきか、学校から相談がありました。

法的な観点から助言をいただけますでしょうか。
{SIG_KITO}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named student's arrest and probation (criminal record) to an external law firm",
)

# 039 — mentions 社外秘 without marking anything → company
add(
    id="shinro-039", expect="pass", sender=SHOJI, to=[DAIMON], charset="utf-8",
    subject="Re: 他社の採用実績データについて",
    body=f"""大門精機株式会社 総務課 ご担当者様

お問い合わせありがとうございます。日の出産業の東海林です。

ご依頼のあった「同業他社の高卒採用人数と初任給」のデータですが、各社から
社外秘としてお預かりしている情報のため、個別の数値はお出しできません。
代わりに、公開されている県の統計（製造業・高卒初任給の平均 194,300円）を
ご参考にしていただければと思います。

ご理解のほどよろしくお願いいたします。
{SIG_SHOJI}""",
    entities=[], detectors=[],
    note="the word 社外秘 is only mentioned (refusing to send data): no marking",
)

# 040 — password-protected PDF (調査書) → university
add(
    id="shinro-040", expect="stop", sender=MITSUYA, to=[MINAMIKAZE], charset="utf-8",
    subject="調査書（出願前確認用）の送付",
    body=f"""南風大学 入試課 御中

日の出産業の三ツ矢です。
学校推薦型選抜の出願前確認用に、調査書のPDFをお送りします。
PDFにはパスワードを設定しております。パスワードは学校からお電話でお伝えします。
{SIG_MITSUYA}""",
    attachments=[{"kind": "pdf", "name": "chosasho_kakunin.pdf", "password": "mk2026",
                  "lines": ["調査書", "学習成績の状況 4.3", "出欠の記録"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected",
)

# 041 — three students with mobiles → partner food company (under the list threshold)
_p = people(3)
_rows = "\n".join(f"　・{p['name']}（{s}）　携帯 {p['mobile']}"
                  for p, s in zip(_p, ["北浦工業 化学工業科", "東浜商業 流通経済科", "南陵 総合学科"]))
add(
    id="shinro-041", expect="pass", sender=MOMOSE, to=[KITAGUNI], charset="cp932",
    subject="一次面接 受験者（3名）のご連絡",
    body=f"""北国フーズ株式会社
人事部 ご担当者様

お世話になっております。日の出産業の百瀬です。
10月16日の一次面接の受験者は次の3名です。当日の遅刻連絡等は本人の携帯へお願いします。

{_rows}
{SIG_MOMOSE}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three people's names and mobiles to the company they apply to: below five, may warn",
)

# 042 — PDF table of 10 mock-exam records with DOBs → partner printer
_p = people(10)
_tbl = [["受験番号", "氏名", "生年月日", "学校", "国語", "数学", "英語", "合計", "判定"]]
for p in _p:
    a, b, c = rng.randint(40, 95), rng.randint(30, 98), rng.randint(35, 97)
    _tbl.append([f"M{rng.randint(100000, 999999)}", p["name"], p["dob"].strftime("%Y.%m.%d"),
                 rng.choice(["南陵", "桜ヶ丘学園"]), a, b, c, a + b + c, rng.choice("ABCD")])
add(
    id="shinro-042", expect="stop", sender=MITSUYA, to=["錦印刷 営業2課 <eigyo2@nishiki-insatsu.co.jp>"],
    charset="iso-2022-jp", subject="個人成績票 印刷データ（入稿）",
    body=f"""錦印刷株式会社
営業2課 ご担当者様

お世話になっております。日の出産業の三ツ矢です。
校内模試の個人成績票の入稿データ（PDF）をお送りします。
A4 片面、100部（1名10部ずつ）でお願いいたします。
{SIG_MITSUYA}""",
    attachments=[{"kind": "pdf", "name": "seiseki_nyuko.pdf", "title": "校内模試 個人成績票",
                  "lines": ["校内模試（第2回）個人成績票 入稿データ"], "table": _tbl}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="PDF table of ten students' names, DOBs and scores to a printer",
)

# 043 — look-alike of the organisation's own domain (TLD swap): meant for a colleague
add(
    id="shinro-043", expect="stop", sender=ONODERA, to=["住吉 佳乃 <sumiyoshi.k@hinode-sangyo.com>"],
    charset="utf-8", subject="月次報告（9月）の下書き",
    body=f"""住吉さん

お疲れさまです。小野寺です。
9月の月次報告の下書きです。受託校別の面談件数と、内定の出ていない生徒への
フォロー状況を追記してもらえますか。明日の午前中に部長へ提出します。

　面談件数：北浦工業 46件 / 南陵 31件 / 東浜商業 28件
　職場見学：延べ 112名

小野寺""",
    entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyo.com is a look-alike (TLD swap) of the internal domain",
)

# 044 — reply to a school: the student list is only in the quoted text
_p = people(6)
_q = "\n".join(f"> {p['name']}\t{p['mobile']}\t{rng.choice(['大学', '専門', '就職'])}" for p in _p)
add(
    id="shinro-044", expect="pass", sender=SAEKI, to=[SAKURAGAOKA], charset="iso-2022-jp",
    subject="Re: 個別相談会の参加者について",
    body=f"""宮坂先生

ご連絡ありがとうございます。名簿、確かに受領しました。
当日は相談員を2名に増やして対応いたします。

佐伯
{SIG_SAEKI}
On 2026/10/02 17:05, 宮坂 <miyasaka@sakuragaoka-gakuen.ed.jp> wrote:
> 日の出産業 佐伯様
>
> 10/10の個別相談会の参加者です。連絡先も入れておきます。
>
{_q}
>
> 桜ヶ丘学園 進路部 宮坂
""",
    entities=[], detectors=[],
    note="the six-student list is only in the quoted text from the recipient; the new text is a receipt",
)

# 045 — a named student was a victim of stalking → company
_p = person("F")
add(
    id="shinro-045", expect="stop", sender=SAEKI, to=[SHINONOME], charset="utf-8",
    subject="内定者の住所情報の取扱いについてお願い",
    body=f"""東雲ロジスティクス株式会社
人事課 ご担当者様

お世話になっております。日の出産業の佐伯です。

貴社に内定をいただいた東浜商業の{_p['name']}さんについてお願いがございます。
本人は昨年、元交際相手からのストーカー被害に遭い、警察に相談して現在も
接近禁止の措置が取られています。社内の名簿や寮の案内などで住所が他の方に
知られることのないよう、ご配慮をお願いできますでしょうか。
{SIG_SAEKI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named student having been a crime victim (stalking) to a company: 要配慮個人情報",
)

# 046 — EITHER: the guardian's own child's re-examination result → the guardian (free mail)
_g = person("F", adult=True)
add(
    id="shinro-046", expect="either", sender=MOMOSE, to=[f"{_g['name']} 様 <{_g['email']}>"],
    charset="iso-2022-jp", subject="健康診断の再検査について",
    body=f"""{_g['sei']}様

いつもお世話になっております。日の出産業の百瀬です。
学校の先生からお願いされ、ご連絡いたします。

{_g['sei']} {rng.choice(GIVEN_M)[0]}さんの就職用健康診断で、心電図に所見（右脚ブロック）があり、
要精密検査となりました。入社書類の提出期限が11月末のため、それまでに循環器内科を
受診していただけますでしょうか。結果は学校へご提出ください。
{SIG_MOMOSE}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="a student's health finding sent to that student's own guardian on free mail: either",
)

# 047 — unencrypted ZIP with a UTF-8 CSV export of 15 students → partner system vendor
_p = people(15)
_rows = [["student_id", "name", "name_kana", "birth_date", "tel", "email", "school_code"]]
_rows += [[f"S{rng.randint(2600000, 2699999)}", p["name"], p["kana"], p["dob"].isoformat(), p["mobile"],
           p["email"], rng.choice(["KT01", "NR02", "HH03"])] for p in _p]
add(
    id="shinro-047", expect="stop", sender=ONODERA, to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    charset="utf-8", subject="進路管理システム 移行テスト用データ",
    body=f"""ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業の小野寺です。
新システムへの移行テストについて、本番データから15件を抜き出したものを
お送りします。文字化けの確認（旧字・かな）にお使いください。
{SIG_ONODERA}""",
    attachments=[{"kind": "zip", "name": "migration_sample.zip",
                  "files": [{"kind": "csv", "name": "students_export.csv", "encoding": "utf-8", "rows": _rows}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="ZIP with a UTF-8 CSV of fifteen real student records to a partner vendor",
)

# 048 — list of hotels (businesses) as venue candidates → event company
add(
    id="shinro-048", expect="pass", sender=SHOJI, to=["絆イベント企画 <event@kizuna-event.co.jp>"],
    charset="iso-2022-jp", subject="合同企業説明会 会場候補（ホテル）",
    body=f"""絆イベント企画株式会社 ご担当者様

お世話になっております。日の出産業の東海林です。
2月の合同企業説明会の会場候補です。各ホテルの宴会予約へ空き状況の確認をお願いします。

・さくらホテル 静岡駅前　　静岡市葵区黒金町3-2　　TEL 054-205-8800　　最大 400名
・ホテル駿河ガーデン　　　静岡市葵区紺屋町11-5　　TEL 054-252-6610　　最大 250名
・浜松ベイサイドホテル　　浜松市中央区板屋町1-8　TEL 053-450-2200　　最大 350名
・グランヴィラ富士　　　　富士市本市場432　　　　TEL 0545-60-1121　　 最大 200名
・ホテル藤枝ステーション　藤枝市駅前1-5-3　　　　TEL 054-646-3300　　最大 180名

{SIG_SHOJI}""",
    entities=[], detectors=[],
    note="list of hotels with switchboards and addresses: businesses, not people",
)

# 049 — three partner companies' recruiters visible in To
add(
    id="shinro-049", expect="stop", sender=ONODERA, to=[KAWASAKI, AOBA, KITAGUNI], charset="utf-8",
    subject="合同企業説明会 出展のご確認",
    body=f"""各社 採用ご担当者様

いつもお世話になっております。日の出産業の小野寺です。
10月7日の合同企業説明会について、出展のご確認をお願いいたします。

・ブース：長机1台、椅子3脚（電源が必要な場合はご連絡ください）
・搬入：当日 11:30～12:30
・資料：生徒向けパンフレット 60部程度

9月25日までにご返信ください。
{SIG_ONODERA}""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (three partner companies) can see each other in To",
)

# 050 — reply; the student's asthma is only in the quoted original from the school
_p = person("M")
add(
    id="shinro-050", expect="pass", sender=SAEKI, to=[HIGASHIHAMA], charset="cp932",
    subject="RE: 面接日の変更について",
    body=f"""柴崎先生

ご連絡ありがとうございます。承知いたしました。
企業には「学校行事のため」として面接日の変更をお願いしておきます。
変更後の日程が決まりましたらすぐにご連絡します。

佐伯

-----Original Message-----
From: 柴崎 先生 <shibasaki.m@higashihama-ch.ed.jp>
Sent: Tuesday, October 6, 2026 4:40 PM
To: saeki.masumi@hinode-sangyo.co.jp
Subject: 面接日の変更について

佐伯様
3年C組の{_p['name']}ですが、喘息の発作で昨日から入院しており、
10月9日の面接に出られそうにありません。日程変更を企業にお願いできますか。
東浜商業 柴崎
""",
    entities=[], detectors=[],
    note="the student's illness is only in the quoted text from the recipient; new text carries none",
)

# 051 — a new hire's driver's licence number → partner haulier
_p = person("M")
_lic = f"47{rng.randint(24, 26)}{rng.randint(10000000, 99999999)}"
add(
    id="shinro-051", expect="stop", sender=ONODERA, to=[AOBA], charset="iso-2022-jp",
    subject="内定者の運転免許取得のご報告",
    body=f"""青葉運輸株式会社
人事課　矢作様

お世話になっております。日の出産業の小野寺です。
配送助手で内定をいただいた北浦工業の{_p['name']}さんが、準中型免許を取得しました。
入社時の社用車登録に必要とのことでしたので、免許証の記載事項をお知らせします。

　氏名　　　　{_p['name']}
　生年月日　　{wareki(_p['dob'], 'abbr')}
　免許証番号　第 {_lic} 号
　交付　　　　令和8年9月18日　　有効期限　令和11年10月{_p['dob'].day}日まで
　種類　　　　準中型・普通

免許証の写しは本人が入社手続きの際に持参します。
{SIG_ONODERA}""",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a named new hire's driver's licence number and DOB to a company: identity document number",
)

# 052 — forwarded .eml: a school's list of guardians' emergency contacts → event company
_p = people(6, adult=True)
_lines = "\n".join(f"{i}) {p['name']}（{rng.choice(['父', '母'])}）　{p['mobile']}　{p['email']}"
                   for i, p in enumerate(_p, 1))
add(
    id="shinro-052", expect="stop", sender=SHOJI, to=["絆イベント企画 <event@kizuna-event.co.jp>"],
    charset="utf-8", subject="FW: 保護者見学会 緊急連絡先",
    body=f"""絆イベント企画 ご担当者様

日の出産業の東海林です。
保護者見学会の当日運営用に、学校から届いた緊急連絡先のメールを転送します。
受付スタッフの方で共有をお願いします。
{SIG_SHOJI}""",
    attachments=[{"kind": "eml", "name": "保護者見学会 緊急連絡先.eml", "message": {
        "sender": "大河内 先生 <okochi.t@kitaura-th.ed.jp>", "to": [SHOJI], "charset": "iso-2022-jp",
        "subject": "保護者見学会 緊急連絡先",
        "body": f"""東海林様

北浦工業の大河内です。11月の保護者見学会、バス参加の保護者の緊急連絡先です。

{_lines}

よろしくお願いします。
""",
    }}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="forwarded mail (attached .eml) with six guardians' mobiles and e-mails: new to the recipient",
)

# 053 — one teacher's business contact passed to a company
add(
    id="shinro-053", expect="pass", sender=ONODERA, to=[MARUFUJI], charset="utf-8",
    subject="Re: 北浦工業の窓口について",
    body=f"""丸藤精工株式会社 谷川様

お世話になっております。日の出産業の小野寺です。
北浦工業高校の窓口は、進路指導部の大河内先生です。

　静岡県立北浦工業高等学校 進路指導部　大河内 拓也 先生
　TEL 054-266-3170（進路指導室 直通）　FAX 054-266-3179
　okochi.t@kitaura-th.ed.jp

平日は16時以降がつかまりやすいとのことです。
{SIG_ONODERA}""",
    entities=[], detectors=[],
    note="one teacher's business contact (school number and address): pass",
)

# 054 — XLSX with a 社外秘 page footer (list of businesses) → partner printer
_biz = [["求人開拓 DM 送付先リスト（2026年度）"], [], ["No", "事業所名", "郵便番号", "所在地", "代表TEL", "業種"]]
for i, (n, z, a, t, k) in enumerate([
    ("有限会社 駿河板金", "421-0103", "静岡市駿河区丸子2-14-3", "054-259-2231", "建設"),
    ("株式会社 大井川製茶", "427-0011", "島田市東町1811", "0547-35-1188", "食品"),
    ("遠州ダイカスト株式会社", "438-0011", "磐田市見付5820", "0538-32-4410", "製造"),
    ("富士ケミカル工業株式会社", "417-0001", "富士市今泉3-9-1", "0545-52-7000", "化学"),
    ("焼津マリン冷蔵株式会社", "425-0021", "焼津市中港4-2-8", "054-627-0091", "物流"),
    ("株式会社 藤枝オートサービス", "426-0067", "藤枝市前島2-1-40", "054-636-5520", "整備"),
], 1):
    _biz.append([i, n, z, a, t, k])
add(
    id="shinro-054", expect="stop", sender=SAEKI, to=["錦印刷 営業2課 <eigyo2@nishiki-insatsu.co.jp>"],
    charset="cp932", subject="求人開拓DM 宛名ラベル印刷のお願い",
    body=f"""錦印刷株式会社
営業2課 ご担当者様

お世話になっております。日の出産業の佐伯です。
求人開拓DMの宛名ラベル印刷をお願いいたします。送付先リストを添付します（全6件の見本、本番は約400件）。
ラベルはA4 12面でお願いします。
{SIG_SAEKI}""",
    attachments=[{"kind": "xlsx", "name": "求人開拓先リスト_2026.xlsx", "page_footer": "社外秘",
                  "page_header": "日の出産業株式会社 進路支援事業部", "sheets": {"DM送付先": _biz}}],
    entities=[], detectors=["confidential_marking"],
    note="the attached workbook is stamped 社外秘 in its footer (data itself is a business list)",
)

# 055 — four students with DOBs and phones → junior college (under five)
_p = people(4)
_rows = "\n".join(f"  {p['name']}（{p['kana']}）  {p['dob'].strftime('%Y年%m月%d日')}生  TEL {p['mobile']}" for p in _p)
add(
    id="shinro-055", expect="pass", sender=MITSUYA, to=["静陵短期大学 入試課 <nyushi@seiryo-jc.ac.jp>"],
    charset="utf-8", subject="オープンキャンパス 個別相談の予約（4名）",
    body=f"""静陵短期大学 入試課 御中

日の出産業の三ツ矢です。
10月24日のオープンキャンパスで、個別相談を希望する生徒4名の予約をお願いします。
受付票の作成に必要とのことで、生年月日と連絡先を添えております。

{_rows}

いずれも幼児教育学科志望です。
{SIG_MITSUYA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four people's records to a college: below the five-person list threshold, may warn",
)

# 056 — a named applicant's religion (Muslim: prayer, halal) → partner food company
_p = person("F")
add(
    id="shinro-056", expect="stop", sender=MOMOSE, to=[KITAGUNI], charset="cp932",
    subject="応募予定者の勤務上の配慮についてご相談",
    body=f"""北国フーズ株式会社
人事部 ご担当者様

いつもお世話になっております。日の出産業の百瀬です。

貴社焼津工場の求人に応募を予定している東浜商業の{_p['name']}さんについてご相談です。
本人はイスラム教徒で、勤務時間中に1日2回、各10分ほどの礼拝の時間と場所を希望しています。
また、豚由来の原料を扱うラインへの配属は避けたいとのことです。

応募前に、こうした配慮が可能かどうかお聞かせいただけますでしょうか。
{SIG_MOMOSE}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named student's religion to a company: 要配慮個人情報",
)

# 057 — FW: in the body, a school's list of 6 students with phones and addresses → company
_p = people(6)
_fwd = "\n".join(f"{p['name']}／{p['addr']}／{p['home']}" for p in _p)
add(
    id="shinro-057", expect="stop", sender=SAEKI, to=[KANESHIRO], charset="iso-2022-jp",
    subject="FW: 2次募集 応募希望者について（南陵高校）",
    body=f"""金城建設 採用ご担当者様

お世話になっております。日の出産業の佐伯です。
南陵高校の千葉先生から届いたメールを転送いたします。
面接案内の郵送先としてお使いください。
{SIG_SAEKI}
---------- Forwarded message ---------
From: 千葉 先生 <chiba.n@nanryo-hs.ed.jp>
Date: 2026年10月19日(月) 15:22
Subject: 2次募集 応募希望者について
To: <saeki.masumi@hinode-sangyo.co.jp>

佐伯様
金城建設の2次募集を希望している生徒です（氏名／住所／電話）。

{_fwd}

南陵高校 千葉
""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a forwarded school mail with six students' addresses and phones: a forward is new text",
)

# 058 — programme of a guidance event (speaker names only) → school
add(
    id="shinro-058", expect="pass", sender=SAEKI, to=[FUGAKU], charset="iso-2022-jp",
    subject="進路ガイダンス（11/5）当日プログラム",
    body=f"""富岳農業高等学校 進路指導部 御中

お世話になっております。日の出産業の佐伯です。
11月5日の進路ガイダンスのプログラムをお送りします。

　13:10-13:20　開会・諸連絡（進路指導部）
　13:20-14:00　講演「働くってどういうこと？」　講師：弊社 小野寺
　14:10-15:00　分野別ブース（農業・食品／製造／福祉／公務員／進学）
　15:10-15:30　振り返りシート記入・閉会

体育館に長机 20台のご用意をお願いいたします。
{SIG_SAEKI}""",
    entities=[], detectors=[],
    note="event programme with a staff member's name only",
)

# 059 — corrupt XLSX → employment office
add(
    id="shinro-059", expect="stop", sender=ONODERA, to=[HELLOWORK], charset="utf-8",
    subject="応募者登録票（10月分）",
    body=f"""ハローワーク北浦 学卒担当 ご担当者様

日の出産業の小野寺です。10月分の応募者登録票をお送りします。
{SIG_ONODERA}""",
    attachments=[{"kind": "corrupt", "name": "応募者登録票_10月.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

# 060 — internal only (subdomain + main domain), marked 社外秘
add(
    id="shinro-060", expect="pass", sender=SHOJI,
    to=["進路支援事業部 <bu-all@shinro.hinode-sangyo.co.jp>"], cc=[KITO], charset="utf-8",
    subject="【社外秘】来年度の受託料金 改定方針",
    body="""事業部の皆さん

東海林です。来年度の受託料金について、経営会議で以下の方針が決まりました。
社外（学校・企業を含む）には、正式な通知まで口外しないでください。

　・進路ガイダンス：1回 80,000円 → 88,000円
　・面接練習講座：1コマ 20,000円 → 22,000円
　・職場見学引率：据え置き

区分：社外秘
""" + SIG_SHOJI,
    entities=[], detectors=[],
    note="社外秘 marking but every recipient is internal (shinro.hinode-sangyo.co.jp and hinode-sangyo.co.jp)",
)

# 061 — English: a student's passport number → overseas university
_p = person("F")
_pp = f"T{rng.choice('KRSZ')}{rng.randint(1000000, 9999999)}"
add(
    id="shinro-061", expect="stop", sender=SHOJI, to=["International Admissions <admissions@sunbridge.edu.au>"],
    charset="utf-8", subject="Foundation Program application - supporting details",
    body=f"""Dear Admissions Officer,

Further to the online application submitted last week, please find the applicant's
passport details, which the portal did not accept because of a format error.

  Applicant:        {_p['ROMAJI']}
  Date of birth:    {_p['dob'].strftime('%d %B %Y')}
  Passport number:  {_pp}
  Issued:           Japan, 12 August 2026 (expires 12 August 2031)
  High school:      Sakuragaoka Gakuen High School, Shizuoka

Could you let us know once the record has been updated?

Kind regards,
{SIG_SHOJI}""",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a named student's passport number and DOB to a foreign university",
)

# 062 — legacy XLS of 8 applicants → logistics company
_p = people(8)
_rows = [["氏名", "性別", "生年月日", "住所", "自宅電話", "学校"]]
_rows += [[p["name"], p["sex"], wareki(p["dob"]), p["addr"], p["home"], rng.choice(["北浦工業", "東浜商業", "富岳農業"])]
          for p in _p]
add(
    id="shinro-062", expect="stop", sender=MOMOSE, to=[SHINONOME], charset="cp932",
    subject="応募予定者一覧（倉庫管理・事務）",
    body=f"""東雲ロジスティクス株式会社
人事課 ご担当者様

お世話になっております。日の出産業の百瀬です。
貴社求人に応募予定の生徒一覧をお送りします（古い形式のExcelで失礼します）。
{SIG_MOMOSE}""",
    attachments=[{"kind": "xls", "name": "oubo_yotei.xls", "sheets": {"一覧": _rows}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="legacy XLS with eight applicants' 和暦 DOBs, addresses and home phones",
)

# 063 — English reply; candidate's details only in the quoted part
_p = person("M")
add(
    id="shinro-063", expect="pass", sender=SHOJI, to=["Daniel Reyes <d.reyes@harborview-hotels.com>"],
    charset="utf-8", subject="Re: Trainee interview - time slot",
    body=f"""Hi Daniel,

Thanks - 3:00 pm on 21 October works well. The teacher will accompany him.
I'll send the Zoom link to the school myself.

Best,
Satoshi

On Mon, 12 Oct 2026 at 10:14, Daniel Reyes <d.reyes@harborview-hotels.com> wrote:
> Hi Satoshi,
> We'd like to interview {_p['romaji']} (DOB {_p['dob'].isoformat()}, mobile {_p['mobile']})
> for the kitchen trainee position. Would 21 Oct, 3 pm JST be OK?
> Regards, Daniel
""",
    entities=[], detectors=[],
    note="the candidate's data is only in the quoted text from the recipient",
)

# 064 — look-alike of partner kitaguni-foods.co.jp (hyphen for a dot)
add(
    id="shinro-064", expect="stop", sender=MOMOSE, to=["北国フーズ 人事部 <jinji@kitaguni-foods-co.jp>"],
    charset="iso-2022-jp", subject="一次面接の日程確定のご連絡",
    body=f"""北国フーズ株式会社 人事部 ご担当者様

お世話になっております。日の出産業の百瀬です。
一次面接は10月16日（金）13:30から、焼津工場にて実施と学校へ伝えました。
引率は東浜商業の柴崎先生です。
{SIG_MOMOSE}""",
    entities=[], detectors=["lookalike_domain"],
    note="kitaguni-foods-co.jp is a look-alike (hyphen for dot) of partner kitaguni-foods.co.jp",
)

# 065 — CSV of 6 new hires' health check results → company
_p = people(6)
_rows = [["氏名", "身長", "体重", "血圧", "視力(右/左)", "尿", "胸部X線", "総合判定", "所見"]]
for p in _p:
    _rows.append([p["name"], f"{rng.randint(150, 182)}.{rng.randint(0, 9)}", f"{rng.randint(44, 82)}.{rng.randint(0, 9)}",
                  f"{rng.randint(104, 142)}/{rng.randint(60, 92)}", f"{rng.choice(['1.2', '0.8', '0.5'])}/{rng.choice(['1.0', '0.7', '0.3'])}",
                  rng.choice(["異常なし", "蛋白(±)", "潜血(+)"]), rng.choice(["異常なし", "異常なし", "陳旧性陰影"]),
                  rng.choice(["A", "A", "B", "C"]), rng.choice(["", "要再検（尿）", "経過観察（血圧）", "貧血傾向"])])
add(
    id="shinro-065", expect="stop", sender=SAEKI, to=[DAIMON], charset="utf-8",
    subject="雇入時健康診断 結果一覧（内定者6名）",
    body=f"""大門精機株式会社 総務課 ご担当者様

お世話になっております。日の出産業の佐伯です。
提携クリニックで実施した雇入時健康診断の結果一覧をお送りします。
個人票の原本は各学校経由で本人に渡しております。
{SIG_SAEKI}""",
    attachments=[{"kind": "csv", "name": "kenshin_kekka.csv", "encoding": "utf-8", "rows": _rows}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="CSV of six people's health check results with findings: list and 要配慮個人情報",
)

# 066 — PPTX service introduction (no personal data) → school
add(
    id="shinro-066", expect="pass", sender=SHOJI, to=[MINATO], charset="iso-2022-jp",
    subject="進路支援サービスのご紹介資料",
    body=f"""みなと総合高等学校
二階堂先生

先日はお時間をいただきありがとうございました。日の出産業の東海林です。
打ち合わせでご説明した資料をお送りします。校内でご検討の際にお使いください。
{SIG_SHOJI}""",
    attachments=[{"kind": "pptx", "name": "日の出産業_進路支援サービスのご紹介.pptx", "slides": [
        ["日の出産業の進路支援サービス", "高校の進路指導を、現場で支えます", "2026年10月"],
        ["サービス内容", "求人開拓・求人票の整理", "職場見学・面接練習の運営", "進学ガイダンス・個別相談"],
        ["導入実績", "県内 14校（2026年度）", "就職内定率 平均 +6.8pt（導入3年目）"],
        ["料金", "基本パック 年額 1,320,000円（税込）", "オプション：面接練習 22,000円／コマ"],
    ]}],
    entities=[], detectors=[],
    note="sales deck with prices and aggregate figures only",
)

# 067 — PPTX whose last slide lists 5 alumni speakers' mobiles and e-mails → event company
_p = people(5)
_lines = [f"{p['name']}（{rng.choice(['川崎電機', '青葉運輸', '北国フーズ', '金城建設', 'さくらホテル'])}）　{p['mobile']}　{p['email']}"
          for p in _p]
add(
    id="shinro-067", expect="stop", sender=ONODERA, to=["絆イベント企画 <event@kizuna-event.co.jp>"],
    charset="utf-8", subject="「先輩と話そう」登壇者資料",
    body=f"""絆イベント企画 ご担当者様

日の出産業の小野寺です。12月の「先輩と話そう」の進行資料をお送りします。
最後のスライドに登壇する卒業生の連絡先をまとめていますので、当日の連絡にご利用ください。
{SIG_ONODERA}""",
    attachments=[{"kind": "pptx", "name": "先輩と話そう_進行資料.pptx", "slides": [
        ["先輩と話そう 2026", "北浦工業・南陵・東浜商業 合同", "12月12日（土）13:00～"],
        ["進行", "13:00 開会", "13:10 先輩紹介（各3分）", "13:30 グループトーク（3回転）", "15:00 閉会"],
        ["登壇者 連絡先（スタッフ用）"] + _lines,
    ]}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="a slide lists five people's mobiles and e-mails: list of people in a PPTX",
)

# 068 — XLSX of a company's sites (businesses) → school
add(
    id="shinro-068", expect="pass", sender=MOMOSE, to=[KITAURA], charset="cp932",
    subject="東雲ロジスティクス 職場見学の受入れ拠点",
    body=f"""北浦工業高等学校
大河内先生

お世話になっております。日の出産業の百瀬です。
東雲ロジスティクスから職場見学の受入れ可能な拠点一覧をいただきました。
生徒さんの希望を伺う際にご活用ください。
{SIG_MOMOSE}""",
    attachments=[{"kind": "xlsx", "name": "東雲ロジ_見学受入拠点.xlsx", "sheets": {"拠点": [
        ["東雲ロジスティクス株式会社 職場見学受入拠点（2026年度）"], [],
        ["拠点名", "所在地", "代表TEL", "受入可能人数", "見学可能日"],
        ["島田本社センター", "静岡県島田市中河町281-1", "0547-37-5120", 8, "火・木"],
        ["焼津冷凍センター", "静岡県焼津市石津1420", "054-628-3301", 4, "水"],
        ["浜松西センター", "静岡県浜松市中央区高丘東3-5-2", "053-439-8804", 6, "月・金"],
        ["富士物流センター", "静岡県富士市伝法2880", "0545-21-0990", 5, "木"],
        ["豊橋センター", "愛知県豊橋市飯村町1-44", "0532-61-2707", 4, "火"],
    ]}}],
    entities=[], detectors=[],
    note="a company's sites with addresses and switchboards: businesses, not people",
)

# 069 — school + two guardians of different students in To/Cc (three parties visible)
_g1, _g2 = person("F", adult=True), person("M", adult=True)
add(
    id="shinro-069", expect="stop", sender=MITSUYA, to=[HIGASHIHAMA],
    cc=[f"{_g1['name']} 様 <{_g1['email']}>", f"{_g2['name']} 様 <{_g2['email']}>"], charset="iso-2022-jp",
    subject="奨学金 個別相談の日程について",
    body=f"""柴崎先生
（cc：相談をご希望の保護者様）

お世話になっております。日の出産業の三ツ矢です。
奨学金の個別相談を、10月22日（木）の放課後に学校の相談室で行います。
　16:00～　1組目
　16:40～　2組目
順番は当日先生からお伝えいただきます。
{SIG_MITSUYA}""",
    entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="a school and two unrelated guardians (three external parties) see each other in To/Cc",
)

# 070 — internal only: the company's own new employees' My Numbers, marked 極秘
_p = people(4)
_rows = "\n".join(f"{p['name']}\t{p['dob'].isoformat()}\t{next_my_number()}" for p in _p)
add(
    id="shinro-070", expect="pass", sender=KITO, to=["人事課 <jinji@hinode-sangyo.co.jp>"], charset="utf-8",
    subject="【極秘】10月入社 中途採用者 個人番号",
    body=f"""人事課 各位

総務の鬼頭です。10月入社の4名の個人番号を、源泉徴収票の準備用にお送りします。
取扱区分：極秘（取扱者限定）

氏名\t生年月日\t個人番号
{_rows}

確認後、このメールは削除してください。
{SIG_KITO}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"], detectors=[],
    note="My Numbers marked 極秘, but the only recipient is internal",
)

# 071 — a foreign student's residence card number → partner food company
_rc = f"{rng.choice(['AB', 'EH', 'UK', 'PL'])}{rng.randint(10000000, 99999999)}{rng.choice(['CD', 'FA', 'JK'])}"
add(
    id="shinro-071", expect="stop", sender=MOMOSE, to=[KITAGUNI], charset="utf-8",
    subject="内定者の在留資格変更手続きについて",
    body=f"""北国フーズ株式会社 人事部 ご担当者様

お世話になっております。日の出産業の百瀬です。
東浜商業のグエン・ティ・ホア（NGUYEN THI HOA）さんの在留資格変更（家族滞在→特定活動）の
申請に、雇用予定先として貴社の書類が必要になります。申請書の記入用に本人情報をお知らせします。

　氏名　　　NGUYEN THI HOA
　生年月日　2008年7月19日
　国籍　　　ベトナム
　在留カード番号　{_rc}
　在留期限　2027年2月28日

入管への申請は1月上旬を予定しています。
{SIG_MOMOSE}""",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a named student's residence card number and DOB to a company",
)

# 072 — one record per block: 5 recommended applicants → university
_p = people(5)
_blocks = "\n\n".join(
    f"【{i}】{p['name']}（{p['kana']}）\n　生年月日：{p['dob'].strftime('%Y年%-m月%-d日')}\n　現住所：〒{p['zip']} {p['addr']}\n"
    f"　電話：{p['home']}\n　志望学科：{rng.choice(['経営学科', '情報学科', '看護学科', '観光学科'])}"
    for i, p in enumerate(_p, 1))
add(
    id="shinro-072", expect="stop", sender=MITSUYA, to=[MINAMIKAZE], charset="iso-2022-jp",
    subject="指定校推薦 出願予定者のお知らせ（桜ヶ丘学園）",
    body=f"""南風大学 入試課 御中

いつもお世話になっております。日の出産業の三ツ矢です。
桜ヶ丘学園高等学校の指定校推薦 出願予定者を、学校に代わりお知らせいたします。

{_blocks}

出願書類は11月1日から学校より郵送いたします。
{SIG_MITSUYA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five applicants, one record per block (DOB, address, phone) to a university",
)

# 073 — CSV of a session schedule (rooms and companies, no people) → school
add(
    id="shinro-073", expect="pass", sender=SAEKI, to=[SAKURAGAOKA], charset="utf-8",
    subject="企業説明会（校内）の時間割",
    body=f"""宮坂先生

お世話になっております。日の出産業の佐伯です。
校内企業説明会の時間割をCSVでお送りします。教室の割り当てをご確認ください。
{SIG_SAEKI}""",
    attachments=[{"kind": "csv", "name": "setsumeikai_jikanwari.csv", "encoding": "utf-8", "rows": [
        ["日付", "時間", "教室", "企業", "定員"],
        ["2026/10/21", "13:30-14:10", "視聴覚室", "川崎電機株式会社", 40],
        ["2026/10/21", "13:30-14:10", "2-1教室", "さくらホテル", 30],
        ["2026/10/21", "14:20-15:00", "視聴覚室", "青葉運輸株式会社", 40],
        ["2026/10/21", "14:20-15:00", "2-1教室", "北国フーズ株式会社", 30],
        ["2026/10/21", "15:10-15:50", "視聴覚室", "金城建設株式会社", 40],
    ]}],
    entities=[], detectors=[],
    note="a timetable of companies and rooms: no person's data",
)

# 074 — PDF with a 取扱注意 page header → school
add(
    id="shinro-074", expect="stop", sender=ONODERA, to=[HIGASHIHAMA], charset="cp932",
    subject="面接評価シート（様式）の送付",
    body=f"""柴崎先生

お世話になっております。日の出産業の小野寺です。
模擬面接で使っている評価シートの様式をお送りします。先生方の練習でもお使いください。
{SIG_ONODERA}""",
    attachments=[{"kind": "pdf", "name": "mensetsu_hyoka_sheet.pdf", "page_header": "取扱注意",
                  "page_footer": "日の出産業株式会社 進路支援事業部",
                  "lines": ["模擬面接 評価シート", "1. 入退室・礼法（5段階）", "2. 志望動機の明確さ（5段階）",
                            "3. 受け答えの内容（5段階）", "4. 表情・声量（5段階）", "総合所見："]}],
    entities=[], detectors=["confidential_marking"],
    note="the attached PDF carries a 取扱注意 stamp in its page header and goes to a school",
)

# 075 — EITHER: surnames with interview times only (6 rows) → construction company
_p = people(6)
_rows = "\n".join(f"　{9 + i // 2}:{'00' if i % 2 == 0 else '30'}　{p['sei']}さん（{rng.choice(['北浦工業', '南陵'])}）"
                  for i, p in enumerate(_p))
add(
    id="shinro-075", expect="either", sender=SAEKI, to=[KANESHIRO], charset="iso-2022-jp",
    subject="10/23 面接の順番",
    body=f"""金城建設 採用ご担当者様

日の出産業の佐伯です。10月23日の面接の順番を学校と調整しました。

{_rows}

控室の準備をお願いいたします。
{SIG_SAEKI}""",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="six applicants by surname and school with interview times only: minimal data, either",
)

# 076 — a named applicant's mental-health diagnosis → university (accommodation request)
_p = person("F")
add(
    id="shinro-076", expect="stop", sender=MITSUYA, to=["南風大学 学生支援センター <shien@minamikaze-u.ac.jp>"],
    charset="utf-8", subject="受験時の配慮申請に関するご相談",
    body=f"""南風大学 学生支援センター 御中

日の出産業の三ツ矢です。受託校の生徒の受験上の配慮についてご相談いたします。

南陵高校3年の{_p['name']}さん（{_p['dob'].strftime('%Y年%m月%d日')}生）は、高校2年の秋に適応障害と
パニック障害の診断を受け、現在も月2回心療内科に通院しています。大人数の試験会場では
過呼吸の症状が出ることがあるため、別室受験を希望しています。

診断書は出願時に提出予定です。申請の締切と必要書類をお教えください。
{SIG_MITSUYA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named student's psychiatric diagnosis and treatment to a university: 要配慮個人情報",
)

# 077 — quotation / price list → school
add(
    id="shinro-077", expect="pass", sender=KITO, to=[FUGAKU], charset="iso-2022-jp",
    subject="お見積り（面接対策講座・進路ガイダンス）",
    body=f"""富岳農業高等学校 進路指導部 御中

お世話になっております。日の出産業 総務部の鬼頭です。
ご依頼のお見積りをお送りします。

　見積番号：Q-2026-0918
　品目　　　　　　　　　　　　数量　　単価　　　　金額
　面接対策講座（2時間）　　　　 3　　 22,000円　　66,000円
　進路ガイダンス（全体）　　　　 1　　 88,000円　　88,000円
　応募書類添削（1名あたり）　　30　　　1,100円　　33,000円
　合計（税込）　　　　　　　　　　　　　　　　　 187,000円

有効期限：2026年11月30日
{SIG_KITO}""",
    entities=[], detectors=[],
    note="a quotation with prices and a quote number: business data",
)

# 078 — 「・」 bullets: boarding list with guardians' phones, 6 students → bus company
_p = people(6)
_lines = "\n".join(f"・{p['name']}（{rng.choice(['北浦工業', '南陵'])}）　保護者連絡先 {person(adult=True)['mobile']}" for p in _p)
add(
    id="shinro-078", expect="stop", sender=ONODERA, to=["旭ヶ丘バス 運行管理 <unko@asahigaoka-bus.co.jp>"],
    charset="cp932", subject="11/12 職場見学バス 乗車名簿",
    body=f"""旭ヶ丘バス株式会社
運行管理ご担当者様

お世話になっております。日の出産業の小野寺です。
11月12日の職場見学バス（2号車）の乗車名簿です。事故等の際の連絡先として、
保護者の携帯番号を添えております。

{_lines}

引率：小野寺（携帯は署名欄のとおり）
{SIG_ONODERA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="bulleted list of six students with guardians' mobiles to a bus company",
)

# 079 — question to a university about application documents
add(
    id="shinro-079", expect="pass", sender=MITSUYA, to=[MINAMIKAZE], charset="utf-8",
    subject="総合型選抜の出願書類について（質問）",
    body=f"""南風大学 入試課 御中

いつもお世話になっております。日の出産業の三ツ矢です。
総合型選抜の出願書類について、受託校の先生方から質問がありましたので確認させてください。

1. 活動報告書は、手書きとWord作成のどちらでもよいでしょうか。
2. 英語資格の証明書は、スコアレポートのコピーで足りますか。
3. 調査書の発行日は出願開始日より前でも問題ありませんか。

お手数をおかけしますが、ご回答をお願いいたします。
{SIG_MITSUYA}""",
    entities=[], detectors=[],
    note="questions about application rules: no personal data",
)

# 080 — the separate password mail that follows a ZIP (no attachment)
add(
    id="shinro-080", expect="pass", sender=ONODERA, to=[AOBA], charset="iso-2022-jp",
    subject="【パスワード】応募書類一式（3名分）の送付",
    body=f"""青葉運輸株式会社
人事課　矢作様

先ほどお送りしたZIPファイルのパスワードをお知らせします。

　Aoba#2026kz

よろしくお願いいたします。
{SIG_ONODERA}""",
    entities=[], detectors=[],
    note="a password notice with no attachment and no personal data",
)

# 081 — one guardian on a carrier address: appointment confirmation
_g = person("M", adult=True)
add(
    id="shinro-081", expect="pass", sender=SAEKI, to=[f"{_g['name']} 様 <{_g['email'].split('@')[0]}@docomo.ne.jp>"],
    charset="iso-2022-jp", subject="個別相談のご予約を承りました",
    body=f"""{_g['sei']}様

日の出産業の佐伯です。個別相談のご予約ありがとうございます。

　日時：10月24日（土）10:30～11:00
　場所：日の出ビル4F 進路相談室（静岡市葵区追手町9-18）

駐車場はビル裏の提携駐車場をご利用ください（1時間無料）。
{SIG_SAEKI}""",
    entities=[], detectors=["freemail_recipient"],
    note="one guardian on a carrier address: ordinary confirmation",
)

# 082 — health insurance card symbol/number of an intern → partner hotel
_p = person("F")
_g = person("M", adult=True)
add(
    id="shinro-082", expect="stop", sender=SAEKI, to=["早乙女 様 <saotome@sakura-hotel.jp>"], charset="utf-8",
    subject="インターンシップ参加者の保険情報",
    body=f"""さくらホテル 人事部 早乙女様

お世話になっております。日の出産業の佐伯です。
冬季インターンシップの参加者について、万一の受診に備えた保険情報をお送りします。

　参加者　{_p['name']}（桜ヶ丘学園 2年）　生年月日 {_p['dob'].strftime('%Y/%m/%d')}
　健康保険　被扶養者（被保険者：父 {_g['name']}）
　保険者番号　0622{rng.randint(1000, 9999)}
　記号　{rng.randint(1000, 9999)}　番号　{rng.randint(10, 999)}

よろしくお願いいたします。
{SIG_SAEKI}""",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a named student's health insurance 記号・番号 to a hotel",
)

# 083 — full-width digits: 5 students' mobiles and abbreviated 和暦 DOBs → company
_p = people(5)
_rows = "\n".join(f"{zpad(p['name_z'], 7)}{fw(p['mobile'])}　{wareki(p['dob'], 'fwabbr')}" for p in _p)
add(
    id="shinro-083", expect="stop", sender=MOMOSE, to=[MARUFUJI], charset="iso-2022-jp",
    subject="会社見学の参加者について",
    body=f"""丸藤精工株式会社
谷川様

お世話になっております。日の出産業の百瀬です。
11月の会社見学の参加者（北浦工業 電子機械科）をお知らせします。

氏名　　　　　　携帯電話　　　　　　　生年月日
{_rows}

保険加入のため生年月日も記載しております。
{SIG_MOMOSE}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="five students with full-width mobile numbers and 和暦 (Ｈ) DOBs to a company",
)

# 084 — rules question to the employment office (一人一社制), no personal data
add(
    id="shinro-084", expect="pass", sender=SHOJI, to=[HELLOWORK], charset="utf-8",
    subject="複数応募の開始時期について",
    body=f"""ハローワーク北浦 学卒担当 ご担当者様

日の出産業の東海林です。いつもお世話になっております。
本県の申合せでは、10月1日からは1人1社、10月16日以降は1人2社まで応募可とされていますが、
既に1社目の不採用通知が届いている場合、16日より前に2社目へ応募することは可能でしょうか。

複数の受託校から同様の質問がありましたので、ご教示いただけますと幸いです。
{SIG_SHOJI}""",
    entities=[], detectors=[],
    note="a question about application rules: no person's data",
)

# 085 — homoglyph look-alike of partner sakura-hotel.jp (l → 1)
add(
    id="shinro-085", expect="stop", sender=SAEKI, to=["早乙女 様 <saotome@sakura-hote1.jp>"], charset="iso-2022-jp",
    subject="冬季インターンシップの日程について",
    body=f"""さくらホテル 人事部 早乙女様

お世話になっております。日の出産業の佐伯です。
冬季インターンシップは 12月26日（土）～28日（月）の3日間で学校の了承が取れました。
集合時間と服装についてご指示をいただけますでしょうか。
{SIG_SAEKI}""",
    entities=[], detectors=["lookalike_domain"],
    note="sakura-hote1.jp is a homoglyph look-alike of partner sakura-hotel.jp",
)

# 086 — DOCX interview record: father in prison, student's ASD diagnosis → school counsellor
_p = person("M")
add(
    id="shinro-086", expect="stop", sender=MOMOSE, to=["スクールカウンセラー室 <sc-room@nanryo-hs.ed.jp>"],
    charset="cp932", subject="面談記録の共有（3年 男子生徒）",
    body=f"""南陵高等学校
スクールカウンセラー　先生

日の出産業の百瀬です。千葉先生からのご依頼で、先日の進路面談の記録をお送りします。
今後の支援の参考にしていただければと思います。
{SIG_MOMOSE}""",
    attachments=[{"kind": "docx", "name": "面談記録_1009.docx", "title": "進路面談記録", "paragraphs": [
        "進路面談記録（2026年10月9日）　面談者：百瀬",
        f"生徒：{_p['name']}（3年2組）",
        "家庭状況：父は昨年から刑務所に服役中で、母と祖母の3人暮らし。経済的に進学は難しい。",
        "本人の特性：中学2年で自閉スペクトラム症（ASD）の診断あり。急な予定変更が苦手。",
        "希望：地元の製造業で、決まった手順の作業が中心の職場。",
        "今後：特性に理解のある企業の職場見学を11月中に設定する。",
    ]}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="DOCX record of one named student's diagnosis and his father's imprisonment to a school (external)",
)

# 087 — English: one business contact person for a foreign recruiter
add(
    id="shinro-087", expect="pass", sender=SHOJI, to=["Daniel Reyes <d.reyes@harborview-hotels.com>"],
    charset="utf-8", subject="Your contact for the Shizuoka schools",
    body=f"""Hi Daniel,

From next month, my colleague will be your main contact for the school visits:

  Masumi Saeki, Career Support Division
  Tel +81-54-251-7730 / saeki.masumi@hinode-sangyo.co.jp

She speaks English and will coordinate the campus visits in November.

Best regards,
{SIG_SHOJI}""",
    entities=[], detectors=[],
    note="one colleague's business contact to a foreign recruiter: pass",
)

# 088 — bank accounts of 7 guardians for travel allowance → partner bank
_p = people(7, adult=True)
_rows = "\n".join(
    f"{i}\t{rng.choice(['みどり銀行', 'するが信用金庫', '駿遠銀行'])}\t{rng.choice(['静岡中央', '藤枝', '焼津', '浜松北'])}支店\t普通\t"
    f"{rng.randint(1000000, 9999999)}\t{p['kata'].replace(chr(0x3000), ' ')}\t{rng.choice([1240, 860, 2100, 1560])}円"
    for i, p in enumerate(_p, 1))
add(
    id="shinro-088", expect="stop", sender=KITO, to=["みどり銀行 法人営業部 <houjin@midori-ginko.co.jp>"],
    charset="utf-8", subject="総合振込データの件（職場見学 交通費）",
    body=f"""みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 総務部の鬼頭です。
インターネットバンキングの総合振込ファイルがエラーになるため、内容をメールでお送りします。
10月30日付で振込をお願いできますでしょうか。

No\t銀行\t支店\t種別\t口座番号\t口座名義\t金額
{_rows}

振込元：当社 普通預金 静岡中央支店 1402266
{SIG_KITO}""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="seven private persons' bank accounts with holder names to a bank: list of people",
)

# 089 — logo PNG for a newsletter → school
add(
    id="shinro-089", expect="pass", sender=SAEKI, to=[KITAURA], charset="iso-2022-jp",
    subject="進路だより掲載用ロゴ",
    body=f"""大河内先生

進路だより11月号に掲載いただく弊社ロゴ（PNG）をお送りします。
サイズの調整はご自由にどうぞ。
{SIG_SAEKI}""",
    attachments=[{"kind": "png", "name": "hinode_logo.png"}],
    entities=[], detectors=[],
    note="a logo image: nothing to hold",
)

# 090 — PPTX with a "Confidential — Internal Only" footer → junior college
add(
    id="shinro-090", expect="stop", sender=MITSUYA, to=[SEIRYO], charset="utf-8",
    subject="学生募集についての打ち合わせ資料",
    body=f"""静陵短期大学 入試広報課 御中

日の出産業の三ツ矢です。来週の打ち合わせに先立ち、資料をお送りします。
{SIG_MITSUYA}""",
    attachments=[{"kind": "pptx", "name": "2027_boshu_senryaku.pptx", "page_footer": "Confidential — Internal Only",
                  "slides": [
                      ["2027年度 学生募集の進め方（案）", "日の出産業 進学サポート課"],
                      ["受託校での接触状況", "ガイダンス参加 1,240名", "個別相談 186名"],
                      ["提案", "高校訪問の重点校を5校に絞る", "オープンキャンパス送迎バスの運行"],
                  ]}],
    entities=[], detectors=["confidential_marking"],
    note="every slide of the PPTX carries a 'Confidential — Internal Only' footer; goes to a college",
)

# 091 — unencrypted ZIP of job-offer PDFs (businesses only) → school
add(
    id="shinro-091", expect="pass", sender=SAEKI, to=[NANRYO], charset="utf-8",
    subject="追加求人票（3社分）",
    body=f"""千葉先生

お世話になっております。日の出産業の佐伯です。
追加の求人票3社分をZIPにまとめてお送りします（パスワードはかけていません）。
{SIG_SAEKI}""",
    attachments=[{"kind": "zip", "name": "kyujinhyo_3sha.zip", "files": [
        {"kind": "pdf", "name": "kyujin_kanashiro.pdf", "lines": [
            "求人票（高卒）　求人番号 22010-09127461", "金城建設株式会社　静岡市葵区",
            "職種：施工管理補助　基本給 195,000円　賞与 年2回", "選考日：10月23日"]},
        {"kind": "pdf", "name": "kyujin_hikari.pdf", "lines": [
            "求人票（高卒）　求人番号 22010-09390761", "ひかりワークス株式会社　静岡市駿河区",
            "職種：事務補助・軽作業　基本給 182,000円", "選考日：10月20日"]},
        {"kind": "pdf", "name": "kyujin_shinonome.pdf", "lines": [
            "求人票（高卒）　求人番号 22060-01983361", "東雲ロジスティクス株式会社　島田市",
            "職種：倉庫管理・事務　基本給 188,000円　寮あり", "選考日：10月16日"]},
    ]}],
    entities=[], detectors=[],
    note="open ZIP of job offers (company data only)",
)

# 092 — English: three overseas universities in To (should have been Bcc)
add(
    id="shinro-092", expect="stop", sender=SHOJI,
    to=["International Admissions <admissions@sunbridge.edu.au>",
        "Office of Admissions <intl@lakeside-college.ca>",
        "Recruitment Team <recruit@northgate.ac.nz>"], charset="utf-8",
    subject="Invitation: Study Abroad Fair in Shizuoka (14 November)",
    body=f"""Dear colleagues,

We are pleased to invite your institution to our Study Abroad Fair for Japanese
high-school students on Saturday, 14 November 2026, in Shizuoka.

Booths are free of charge. Please reply by 20 October with the name of your
representative and whether you need an interpreter.

Kind regards,
{SIG_SHOJI}""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three foreign universities (three external organisations) can see each other in To",
)

# 093 — forwarded .eml of a company's schedule change (no personal data) → school
add(
    id="shinro-093", expect="pass", sender=MOMOSE, to=[KITAURA], charset="iso-2022-jp",
    subject="FW: 選考日変更のお知らせ（川崎電機）",
    body=f"""大河内先生

川崎電機から選考日変更の連絡がありましたので転送します。
受験予定の生徒さんへの周知をお願いいたします。
{SIG_MOMOSE}""",
    attachments=[{"kind": "eml", "name": "選考日変更のお知らせ.eml", "message": {
        "sender": KAWASAKI, "to": [MOMOSE], "charset": "iso-2022-jp",
        "subject": "選考日変更のお知らせ",
        "body": """日の出産業 百瀬様

川崎電機 人事部の堀之内です。
富士工場の選考日を、会場都合により 10月16日（金）から 10月19日（月）に変更させてください。
時間（9:00～）と持ち物に変更はありません。

川崎電機株式会社 人事部 採用グループ
堀之内 / TEL 0545-61-2200（代表）
""",
    }}],
    entities=[], detectors=[],
    note="forward of a company's schedule change: business content only",
)

# 094 — PDF copy of a My Number card's details (full-width digits) → company
_p = person("M")
_mn = next_my_number()
add(
    id="shinro-094", expect="stop", sender=ONODERA, to=[SHINONOME], charset="cp932",
    subject="内定者の個人番号確認書類",
    body=f"""東雲ロジスティクス株式会社
人事課 ご担当者様

お世話になっております。日の出産業の小野寺です。
内定者1名分の個人番号確認書類を、学校からお預かりしてPDFにしました。
{SIG_ONODERA}""",
    attachments=[{"kind": "pdf", "name": "kojin_bango_kakunin.pdf", "lines": [
        "個人番号確認書類（写し）",
        f"氏名　{_p['name']}",
        f"生年月日　{wareki(_p['dob'], 'fw')}",
        f"住所　{_p['addr']}",
        f"個人番号　{fw(_mn[:4])}　{fw(_mn[4:8])}　{fw(_mn[8:])}",
        "提出先：東雲ロジスティクス株式会社 人事課",
    ]}],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="a My Number in full-width digits with name, 和暦 DOB and address in a PDF to a company",
)

# 095 — bug report to a partner vendor with a screenshot and an error log
add(
    id="shinro-095", expect="pass", sender=ONODERA, to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    charset="utf-8", subject="【不具合】求人票PDFの一括出力でエラー",
    body=f"""ツバサシステム サポートご担当者様

日の出産業の小野寺です。進路管理システムで不具合が発生しています。

・画面：求人管理 ＞ 求人票一括出力
・操作：12件を選択して「PDF出力」を押下
・結果：「E-4102 テンプレートの読み込みに失敗しました」と表示される
・発生日時：10月14日 15:32 頃（3回再現）
・環境：Windows 11 / Edge 129

エラー画面のキャプチャを添付します。調査をお願いいたします。
{SIG_ONODERA}""",
    attachments=[{"kind": "png", "name": "error_E4102.png"},
                 {"kind": "txt", "name": "client_log.txt", "text":
                  "2026-10-14 15:32:07 INFO  export start (jobs=12)\n2026-10-14 15:32:08 ERROR E-4102 template load failed: kyujin_v3.xlsx\n"}],
    entities=[], detectors=[],
    note="bug report with a screenshot and a log: no personal data",
)

# 096 — English: a named trainee's type 1 diabetes → foreign hotel recruiter
_p = person("M")
add(
    id="shinro-096", expect="stop", sender=SHOJI, to=["Daniel Reyes <d.reyes@harborview-hotels.com>"],
    charset="utf-8", subject="Kitchen trainee - a note before the interview",
    body=f"""Hi Daniel,

Before the interview on 21 October, the school asked me to share one point.
{_p['romaji']} has type 1 diabetes and uses an insulin pump. He needs a short break
to check his blood sugar every three to four hours and should be able to keep
snacks at his station. His doctor says kitchen work is no problem otherwise.

Could you let me know whether this can be arranged?

Best regards,
{SIG_SHOJI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named candidate's medical condition (diabetes) in English to a foreign company",
)

# 097 — list of clinics (businesses) for the hiring health check → school
add(
    id="shinro-097", expect="pass", sender=MOMOSE, to=[FUGAKU], charset="cp932",
    subject="雇入時健康診断の受診可能な医療機関",
    body=f"""富岳農業高等学校 進路指導部 御中

日の出産業の百瀬です。内定者の雇入時健康診断を受けられる近隣の医療機関をまとめました。
予約は各医療機関へ直接お願いします（費用は企業負担が一般的です）。

　医療機関　　　　　　　所在地　　　　　　　　　電話　　　　　　　受付
　星野健診クリニック　　富士宮市中央町8-12　　　0544-26-1180　　　平日 9-11時
　富士宮中央病院 健診科　富士宮市宮原500　　　　0544-27-3100　　　火・木
　ふじのくに健診センター　富士市吉原2-4-10　　　0545-51-7711　　　平日・土午前

健康診断の項目は企業によって異なりますので、求人票の記載をご確認ください。
{SIG_MOMOSE}""",
    entities=[], detectors=[],
    note="list of clinics (businesses); 健康診断 is the topic, no person's health data",
)

# 098 — the mail body is stamped 極秘 → city board of education
add(
    id="shinro-098", expect="stop", sender=SHOJI, to=[BOARD], charset="iso-2022-jp",
    subject="次年度 進路支援業務 見積内訳",
    body="""■ 機密区分：極秘
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

北浦市教育委員会 学校教育課 御中

日の出産業の東海林です。
次年度の市立高校向け進路支援業務について、社内原価を含む見積内訳をお送りします。

　人件費（コーディネーター 3名）　 9,840,000円
　職場見学バス借上げ　　　　　　　1,260,000円
　印刷・資料作成　　　　　　　　　　 420,000円
　管理費（10%）　　　　　　　　　 1,152,000円
　合計　　　　　　　　　　　　　　12,672,000円

""" + SIG_SHOJI,
    entities=[], detectors=["confidential_marking"],
    note="the mail carries a classification stamp 機密区分：極秘 and goes to an external body",
)

# 099 — training announcement that explains 要配慮個人情報 (topic, no person) → school
add(
    id="shinro-099", expect="pass", sender=KITO, to=[MINATO], charset="utf-8",
    subject="教職員向け 個人情報の取扱い研修のご案内",
    body=f"""みなと総合高等学校
二階堂先生

日の出産業 総務部の鬼頭です。
受託校の先生方を対象に、進路指導で扱う個人情報についての研修を行います。

　日時：11月25日（水）16:00～17:00
　内容：
　　・応募書類・調査書の送付方法（メール送信時の注意、誤送信の事例）
　　・要配慮個人情報（病歴、障害、犯罪の経歴など）の取扱いと本人同意
　　・企業から健康診断書や家族情報を求められた場合の対応

オンライン参加も可能です。参加人数をお知らせください。
{SIG_KITO}""",
    entities=[], detectors=[],
    note="the words 要配慮個人情報・病歴 describe a training topic: no identifiable person",
)

# 100 — three recruiters' business contacts (company lines) → school
add(
    id="shinro-100", expect="pass", sender=SAEKI, to=[SAKURAGAOKA], charset="iso-2022-jp",
    subject="合同説明会 参加企業のご担当者",
    body=f"""宮坂先生

お世話になっております。日の出産業の佐伯です。
お問い合わせのあった参加企業のご担当者は次のとおりです。

　川崎電機株式会社　人事部　堀之内様　（代表）0545-61-2200
　青葉運輸株式会社　人事課　矢作様　　（代表）054-283-1150
　北国フーズ株式会社　人事部　平岡様　（代表）054-627-4410

生徒さんからの質問は、まず弊社にお寄せいただいても構いません。
{SIG_SAEKI}""",
    entities=[], detectors=[],
    note="three companies' recruiters with company switchboards: business contacts, not a list of people",
)
