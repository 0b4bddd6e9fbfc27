"""Blind corpus, area "shuro" — 就労支援事業（就労移行支援・就労継続支援A型/B型）.

日の出産業株式会社 福祉事業部 runs ひので就労支援センター川崎 (就労移行支援) and
ひのでワークス鶴見 (就労継続支援A型・B型): users' support plans, disability certificates and
diagnoses, internships at partner companies, job placement (障害者雇用), Hello Work,
municipal welfare offices, families, attendance and wages (工賃), consultation records,
medical institutions.

Every person, number, address, clinic, municipality and domain outside the brief's own
is invented for this corpus; any resemblance to a real person is accidental.
my_number()/card_number() seeds start at 7401 (7401, 7402, … in order of use).
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

_rng = random.Random(7401)
_seed = [7401]


def _next_seed() -> int:
    s = _seed[0]
    _seed[0] += 1
    return s


def mynum(sep: str = "") -> str:
    n = my_number(_next_seed())
    return sep.join([n[0:4], n[4:8], n[8:12]]) if sep else n


def card(sep: str = "-") -> str:
    n = card_number(_next_seed())
    return sep.join([n[0:4], n[4:8], n[8:12], n[12:16]])


def corp_number(base12: str) -> str:
    """法人番号: check digit in front (9 - Σ P_n·Q_n mod 9)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


_FW = str.maketrans("0123456789-()./:, ", "０１２３４５６７８９－（）．／：，　")


def fw(s: str) -> str:
    return s.translate(_FW)


def _w(s) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "FW" else 1 for c in str(s))


def pad_table(rows, sep="  ", rule="-", fullwidth_fill=False) -> str:
    ncol = max(len(r) for r in rows)
    widths = [max(_w(r[i]) if i < len(r) else 0 for r in rows) for i in range(ncol)]
    out = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            gap = widths[i] - _w(c)
            if fullwidth_fill:
                cells.append(str(c) + "　" * (gap // 2) + " " * (gap % 2))
            else:
                cells.append(str(c) + " " * gap)
        out.append(sep.join(cells).rstrip())
        if k == 0 and rule:
            out.append(rule * (sum(widths) + _w(sep) * (ncol - 1)))
    return "\n".join(out)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if y >= 1989:
        era, short, ey = "平成", "H", y - 1988
    else:
        era, short, ey = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{ey}年{m}月{d}日"
    if style == "fw":
        return fw(f"{era}{ey}年{m}月{d}日")
    if style == "short":
        return f"{short}{ey}.{m}.{d}"
    if style == "fwshort":
        return fw(f"{short}{ey}.{m}.{d}").replace("S", "Ｓ").replace("H", "Ｈ")
    return f"{y}/{m:02d}/{d:02d}"


SURNAMES = [
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"), ("渡辺", "わたなべ", "Watanabe"), ("伊藤", "いとう", "Ito"),
    ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山口", "やまぐち", "Yamaguchi"),
    ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"),
    ("清水", "しみず", "Shimizu"), ("森田", "もりた", "Morita"), ("石川", "いしかわ", "Ishikawa"),
    ("前田", "まえだ", "Maeda"), ("藤田", "ふじた", "Fujita"), ("勅使河原", "てしがわら", "Teshigawara"),
    ("五十嵐", "いがらし", "Igarashi"), ("小鳥遊", "たかなし", "Takanashi"),
    ("薬師寺", "やくしじ", "Yakushiji"), ("御手洗", "みたらい", "Mitarai"), ("左右田", "そうだ", "Soda"),
    ("一ノ瀬", "いちのせ", "Ichinose"), ("鬼頭", "きとう", "Kito"), ("纐纈", "こうけつ", "Koketsu"),
    ("四十物", "あいもの", "Aimono"), ("京極", "きょうごく", "Kyogoku"), ("仲宗根", "なかそね", "Nakasone"),
    ("我妻", "わがつま", "Wagatsuma"), ("猪狩", "いがり", "Igari"), ("釜石", "かまいし", "Kamaishi"),
    ("宇佐美", "うさみ", "Usami"), ("真栄田", "まえだ", "Maeda"), ("税所", "さいしょ", "Saisho"),
    ("粟飯原", "あいはら", "Aihara"), ("十文字", "じゅうもんじ", "Jumonji"), ("桧山", "ひやま", "Hiyama"),
    ("日比野", "ひびの", "Hibino"), ("栗林", "くりばやし", "Kuribayashi"), ("安齋", "あんざい", "Anzai"),
]
GIVEN = [
    ("翔太", "しょうた", "Shota"), ("美咲", "みさき", "Misaki"), ("大輔", "だいすけ", "Daisuke"),
    ("彩花", "あやか", "Ayaka"), ("健一", "けんいち", "Kenichi"), ("由美子", "ゆみこ", "Yumiko"),
    ("拓海", "たくみ", "Takumi"), ("千尋", "ちひろ", "Chihiro"), ("和也", "かずや", "Kazuya"),
    ("真由", "まゆ", "Mayu"), ("蓮", "れん", "Ren"), ("陽菜", "ひな", "Hina"), ("直樹", "なおき", "Naoki"),
    ("恵", "めぐみ", "Megumi"), ("亮介", "りょうすけ", "Ryosuke"), ("沙織", "さおり", "Saori"),
    ("悠斗", "ゆうと", "Yuto"), ("麻衣", "まい", "Mai"), ("雄一郎", "ゆういちろう", "Yuichiro"),
    ("紗希", "さき", "Saki"), ("勇気", "ゆうき", "Yuki"), ("早苗", "さなえ", "Sanae"),
    ("慎吾", "しんご", "Shingo"), ("葵", "あおい", "Aoi"), ("光太郎", "こうたろう", "Kotaro"),
    ("瑞穂", "みずほ", "Mizuho"), ("友和", "ともかず", "Tomokazu"), ("詩織", "しおり", "Shiori"),
]
TOWNS = [
    ("神奈川県川崎市川崎区", ["砂子", "小川町", "大島", "渡田向町", "追分町"]),
    ("神奈川県川崎市幸区", ["南幸町", "戸手", "小倉", "古市場"]),
    ("神奈川県横浜市鶴見区", ["豊岡町", "生麦", "潮田町", "下末吉"]),
    ("東京都大田区", ["西六郷", "仲六郷", "東矢口", "南蒲田"]),
    ("神奈川県川崎市中原区", ["木月", "新丸子町", "上小田中", "井田"]),
    ("神奈川県横浜市港北区", ["日吉本町", "綱島西", "大倉山"]),
    ("神奈川県川崎市高津区", ["溝口", "久本", "末長"]),
]
BUILDINGS = ["", "", "", " ハイツ若葉203", " コーポ栄102", " サンライズ鶴見305", " メゾン砂子401",
             "-201", " グリーンヒル2F"]
DISAB = [
    ("精神", "統合失調症", "精神2級"), ("精神", "うつ病", "精神3級"), ("精神", "双極性障害", "精神2級"),
    ("発達", "自閉スペクトラム症", "精神3級"), ("発達", "ADHD", "精神3級"),
    ("知的", "軽度知的障害", "療育B2"), ("知的", "知的障害", "療育B1"), ("精神", "てんかん", "精神3級"),
    ("身体", "下肢機能障害", "身体4級"), ("身体", "聴覚障害", "身体3級"),
    ("精神", "高次脳機能障害", "精神2級"), ("精神", "社交不安障害", "精神3級"),
]
BANKS = [("みどり銀行", ["川崎支店", "鶴見支店", "蒲田支店", "元住吉支店"]),
         ("はまかぜ信用金庫", ["本店営業部", "生麦支店"]), ("ゆうちょ銀行", ["〇一八店"])]


def people(n: int, rng: random.Random | None = None, age=(19, 58)) -> list[dict]:
    rng = rng or _rng
    sur = rng.sample(SURNAMES, n)
    giv = [rng.choice(GIVEN) for _ in range(n)]
    out = []
    for s, g in zip(sur, giv):
        y = 2025 - rng.randint(*age)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        pref, towns = rng.choice(TOWNS)
        addr = (f"{pref}{rng.choice(towns)}{rng.randint(1, 6)}-{rng.randint(1, 28)}-"
                f"{rng.randint(1, 22)}{rng.choice(BUILDINGS)}")
        bank, branches = rng.choice(BANKS)
        dis = rng.choice(DISAB)
        out.append({
            "name": f"{s[0]} {g[0]}", "sei": s[0], "mei": g[0],
            "kana": f"{s[1]} {g[1]}",
            "kata": "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in f"{s[1]} {g[1]}"),
            "romaji": f"{g[2]} {s[2].upper()}", "sei_r": s[2], "mei_r": g[2],
            "y": y, "m": m, "d": d, "dob": f"{y}/{m:02d}/{d:02d}",
            "age": 2025 - y,
            "tel": f"0{rng.choice(['90', '80', '70'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "addr": addr, "zip": f"〒{rng.randint(210, 240)}-{rng.randint(1, 9999):04d}",
            "mail": f"{s[2].lower()}.{g[2][0].lower()}{rng.randint(10, 99)}@"
                    f"{rng.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com', 'outlook.jp', 'docomo.ne.jp'])}",
            "bank": bank, "branch": rng.choice(branches), "acct": f"{rng.randint(1000000, 9999999)}",
            "kind": dis[0], "diag": dis[1], "techo": dis[2],
            "jukyu": f"14{rng.randint(10000000, 99999999)}",
            "sex": rng.choice(["男", "女"]),
            "wage": rng.randrange(8000, 42000, 10),
            "days": rng.randint(11, 21),
        })
    return out


# -- the office ---------------------------------------------------------------------------

D = "hinode-sangyo.co.jp"
STAFF = {
    "sasaki": ("佐々木 美穂", "sasaki.miho", "就労支援員", "kawasaki"),
    "okabe": ("岡部 拓也", "okabe.takuya", "職業指導員", "kawasaki"),
    "murakami": ("村上 恵子", "murakami.keiko", "サービス管理責任者", "kawasaki"),
    "hasegawa": ("長谷川 智", "hasegawa.satoshi", "生活支援員", "tsurumi"),
    "takeuchi": ("竹内 亜紀", "takeuchi.aki", "事務", "kawasaki"),
    "okochi": ("大河内 修", "okochi.osamu", "センター長", "kawasaki"),
    "onodera": ("小野寺 香織", "onodera.kaori", "就労定着支援員", "kawasaki"),
    "fujimaki": ("藤巻 圭", "fujimaki.kei", "経理課", "honbu"),
    "mori": ("森 健太郎", "mori.kentaro", "情報システム課", "honbu"),
}
OFFICES = {
    "kawasaki": ("ひので就労支援センター川崎（就労移行支援・就労定着支援）",
                 "〒210-0006 神奈川県川崎市川崎区砂子1-8-3 日の出ビル4F", "TEL 044-211-4870 / FAX 044-211-4871"),
    "tsurumi": ("ひのでワークス鶴見（就労継続支援A型・B型）",
                "〒230-0062 神奈川県横浜市鶴見区豊岡町22-9", "TEL 045-581-3302"),
    "honbu": ("日の出産業株式会社 福祉事業部 本部",
              "〒210-0007 神奈川県川崎市川崎区駅前本町11-2", "TEL 044-200-1185（代表）"),
}


def frm(key: str) -> str:
    name, local, _, _ = STAFF[key]
    return f"{name} <{local}@{D}>"


def addr(key: str) -> str:
    return f"{STAFF[key][1]}@{D}"


def sig(key: str, style: int = 0) -> str:
    name, local, role, office = STAFF[key]
    oname, oaddr, otel = OFFICES[office]
    mail = f"{local}@{D}"
    if style == 0:
        return (f"\n──────────────────────\n日の出産業株式会社 福祉事業部\n{oname}\n{role}　{name}\n"
                f"{oaddr}\n{otel}\nMail: {mail}\n──────────────────────")
    if style == 1:
        return f"\n--\n{oname}\n{role} {name}\n{otel}\n{mail}"
    if style == 2:
        return (f"\n＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝\n{name}（{role}）\n日の出産業株式会社\n{oname}\n"
                f"{oaddr}\n{otel}\n＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝")
    if style == 3:
        rn = {"okochi": "Osamu Okochi", "murakami": "Keiko Murakami", "onodera": "Kaori Onodera",
              "mori": "Kentaro Mori"}.get(key, name)
        return (f"\n--\n{rn}\nHinode Sangyo Co., Ltd. — Employment Support Division\n"
                f"1-8-3 Isago, Kawasaki-ku, Kawasaki, Kanagawa 210-0006, Japan\n"
                f"Tel +81-44-211-4870 | {mail}")
    return f"\n{name}\n{oname}\n{otel}"


DISC_JA = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you are not "
           "the intended recipient, please notify the sender immediately and delete this e-mail.")

# external addresses used across the file
HW = "ハローワーク朝日野 専門援助部門 <senmon.enjo@hellowork-asahino.go.jp>"
CITY_A = "朝日野市 障害福祉課 <shogaifukushi@city.asahino.lg.jp>"
CITY_K = "北嶺市 障害者支援課 <shien@city.kitamine.lg.jp>"
HIDAMARI = "相談支援事業所ひだまり 木村様 <kimura@soudan-hidamari.or.jp>"
KOTONOHA = "指定特定相談支援事業所ことのは <soudan@sodan-kotonoha.jp>"

MESSAGES: list[dict] = []


def M(**kw) -> None:
    kw.setdefault("cc", [])
    kw.setdefault("bcc", [])
    kw.setdefault("attachments", [])
    kw["id"] = f"shuro-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(kw)


# ---------------------------------------------------------------------------------------
# 001 — internship roster with disability type and emergency phones, to a partner employer
_p = people(6)
_rows = [["氏名", "ふりがな", "年齢", "障害種別", "緊急連絡先"]] + [
    [p["name"], p["kana"], f"{p['age']}歳", f"{p['kind']}（{p['techo']}）", p["tel"]] for p in _p]
M(expect="stop", charset="cp932",
  entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="partner employer gets a 6-person internship roster with disability type and phones",
  sender=frm("okabe"), to=["北国フーズ 人事部 三浦様 <miura.k@kitaguni-foods.co.jp>"],
  cc=[addr("sasaki")],
  subject="【実習受入れ】11月の職場実習メンバーについて",
  body=f"""北国フーズ株式会社
人事部 三浦様

いつも大変お世話になっております。
ひので就労支援センター川崎の岡部です。

11月10日（月）から始まる職場実習（川崎第二工場・惣菜ライン）のメンバーが確定しましたので
ご連絡いたします。当日の受付にお使いください。

{pad_table(_rows)}

※障害特性上、口頭指示よりも手順書を見ながらの作業が向いている方が多いです。
※初日は支援員2名が終日同行いたします。

ご不明点があればお知らせください。
よろしくお願いいたします。
{sig("okabe")}""")

# 002 — Hello Work question about a job posting
M(expect="pass", charset="iso-2022-jp", entities=[], detectors=[],
  note="question to Hello Work about a posting number; no personal data",
  sender=frm("sasaki"), to=[HW],
  subject="求人番号14010-06532181の就業時間について",
  body=f"""ハローワーク朝日野
専門援助部門 ご担当者様

お世話になっております。ひので就労支援センター川崎の佐々木でございます。

貴所で公開されている下記求人について、確認させていただきたい点がございます。

　求人番号：14010-06532181
　事業所名：常盤製菓株式会社 朝日野工場
　職種　　：製造補助（障害者求人）

就業時間が「8:30～17:30の間で実働6時間以上」となっておりますが、
入社当初の3か月程度、週20時間程度の短時間勤務からの開始が可能かどうか、
事業所様にご確認いただくことは可能でしょうか。

お手数をおかけしますが、よろしくお願いいたします。
{sig("sasaki", 1)}""")

# 003 — My Number of one user to the municipal welfare office
_p = people(1)[0]
_mn = mynum(" ")
M(expect="stop", charset="utf-8",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="a user's 個人番号, birth date and mental-health certificate grade sent to the city",
  sender=frm("takeuchi"), to=[CITY_A],
  subject="受給者証更新申請書の個人番号記載漏れについて",
  body=f"""朝日野市 障害福祉課 給付係 ご担当者様

いつもお世話になっております。
日の出産業（ひので就労支援センター川崎）事務の竹内です。

先週郵送いたしました訓練等給付費の支給決定更新申請書のうち、1名分で
個人番号欄が空欄のまま提出されていたとのご連絡をいただき、申し訳ございません。
ご本人に確認が取れましたので、取り急ぎメールにてお知らせいたします。

　氏名　　　：{_p['name']}（{_p['kana']}）
　生年月日　：{wareki(_p['y'], _p['m'], _p['d'])}
　個人番号　：{_mn}
　障害の状況：精神障害者保健福祉手帳 2級（{_p['diag']}）
　受給者証番号：{_p['jukyu']}

原本の訂正が必要でしたら、来所のうえ訂正印を押しますのでお申し付けください。
{sig("takeuchi", 2)}""")

# 004 — internal: user list with diagnoses for the support meeting
_p = people(9)
_q = people(5)
M(expect="pass", charset="cp932",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], detectors=[],
  note="full user list with diagnoses, but every recipient is internal",
  sender=frm("murakami"),
  to=[addr("sasaki"), addr("okabe"), addr("onodera"), "川崎センター職員 <staff-kawasaki@hinode-sangyo.co.jp>"],
  subject="【共有】4月 支援会議用 利用者一覧",
  body=f"""各位

お疲れさまです。村上です。
4/14（月）の支援会議で使う利用者一覧を添付します。
移行・A型の2シートです。主治医欄は先月の通院同行の記録から更新しました。
会議後はファイルサーバの「支援会議」フォルダに保存し、ローカルのコピーは削除してください。

村上
""",
  attachments=[{"kind": "xlsx", "name": "利用者一覧_2025-04.xlsx", "sheets": {
      "就労移行": [["ひので就労支援センター川崎　利用者一覧（2025年4月）"], [],
                ["No", "氏名", "生年月日", "障害種別", "手帳", "主治医・医療機関", "連絡先"]] + [
          [i + 1, p["name"], p["dob"], p["diag"], p["techo"],
           ["あさひのメンタルクリニック", "北嶺総合病院 精神科", "すずらん心療内科"][i % 3], p["tel"]]
          for i, p in enumerate(_p)],
      "A型": [["No", "氏名", "生年月日", "障害種別", "手帳", "連絡先"]] + [
          [i + 1, p["name"], p["dob"], p["diag"], p["techo"], p["tel"]] for i, p in enumerate(_q)],
  }}])

# 005 — three employers visible in To
M(expect="stop", charset="iso-2022-jp", entities=[],
  detectors=["external_recipients_visible", "multiple_external_domains"],
  note="three different employer organisations in To can see each other's addresses",
  sender=frm("okochi"),
  to=["北国フーズ 三浦様 <miura.k@kitaguni-foods.co.jp>",
      "常盤製菓株式会社 総務部 <soumu@tokiwa-seika.co.jp>",
      "丸中ロジスティクス 人事課 菅原様 <sugawara@marunaka-logi.co.jp>"],
  subject="合同企業見学会（6月18日）ご協力のお願い",
  body=f"""関係各社 ご担当者様

平素より当センターの就労支援にご理解とご協力を賜り、厚く御礼申し上げます。
ひので就労支援センター川崎 センター長の大河内でございます。

今年度も利用者向けの「合同企業見学会」を下記のとおり計画しております。
昨年度に引き続き、職場見学の受け入れにご協力いただけますと幸いです。

　日時：2025年6月18日（水）13:30～16:00
　内容：職場見学（各社40分程度）、質疑応答
　人数：利用者8名程度＋支援員3名

各社様の見学可能な時間帯を、5月30日（金）までにご返信いただけますでしょうか。
何卒よろしくお願い申し上げます。
{sig("okochi")}""")

# 006 — look-alike of the partner domain (dropped letter)
M(expect="stop", charset="utf-8", entities=[], detectors=["lookalike_domain"],
  note="kitaguni-food.co.jp is a one-letter look-alike of partner kitaguni-foods.co.jp",
  sender=frm("okabe"), to=["三浦 和彦 <miura.k@kitaguni-food.co.jp>"],
  subject="Re: 実習日程の件",
  body=f"""三浦様

ご返信ありがとうございます。岡部です。
ご提示いただいた日程で問題ございません。

・11/10（月）9:00 川崎第二工場 正門集合
・実習生2名＋支援員1名
・持ち物：上履き、昼食、筆記用具

当日はどうぞよろしくお願いいたします。

> 岡部様
> 工場長と調整しました。11/10（月）から2週間でいかがでしょうか。
> 北国フーズ 三浦
{sig("okabe", 1)}""")

# 007 — reply to a consultation office; the diagnosis is only in the quoted text
_p = people(1)[0]
M(expect="pass", charset="iso-2022-jp", entities=[], detectors=[],
  note="new text only proposes dates; the user's details are in quoted text from the recipient",
  sender=frm("murakami"), to=[HIDAMARI],
  subject="Re: 【ひだまり】モニタリング面談の日程について",
  body=f"""木村様

お世話になっております。村上です。
モニタリング面談の件、承知いたしました。
当センター側は以下の日程でしたら対応可能です。

　・5月21日（水）14:00～
　・5月23日（金）10:00～

ご本人のご都合も伺ったうえでご連絡いただけますと助かります。
{sig("murakami", 1)}

-----Original Message-----
From: 木村 陽子 <kimura@soudan-hidamari.or.jp>
Sent: Monday, May 12, 2025 4:02 PM
To: 村上 恵子
Subject: 【ひだまり】モニタリング面談の日程について

村上様

いつもお世話になっております。ひだまりの木村です。
{_p['name']}さん（{_p['diag']}）のモニタリング時期となりましたので、
センターでの面談をお願いしたく存じます。
最近は服薬が安定して通所も週4日続いていると伺っています。
5月下旬でご都合のよい日をお知らせください。
""")

# 008 — basic pension number to a labour consultant (障害年金)
_p = people(1)[0]
M(expect="stop", charset="utf-8",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="基礎年金番号 and diagnosis of a user sent to an outside labour consultant",
  sender=frm("onodera"), to=["やまぶき社会保険労務士事務所 山吹様 <yamabuki@sr-yamabuki.jp>"],
  subject="障害年金（事後重症）請求のご相談　資料送付",
  body=f"""やまぶき社会保険労務士事務所
山吹先生

お世話になっております。ひので就労支援センター川崎の小野寺です。
先日お電話でご相談した利用者さんの障害年金請求の件、ご本人の同意が取れましたので
基本情報をお送りします。

■ご本人情報
氏名：{_p['name']}
生年月日：{_p['dob']}
基礎年金番号：{random.Random(74).randint(1000, 9999)}-{random.Random(75).randint(100000, 999999)}
傷病名：双極性障害（Ⅱ型）
初診日：2016年ごろ（すずらん心療内科、カルテ保存期間の確認中）
現在の通院先：北嶺総合病院 精神科（月1回）

初診日の証明が取れるかどうかが心配とのことです。
受診状況等証明書の取り寄せ方法についてご助言いただけますでしょうか。
{sig("onodera")}
{DISC_JA}""")

# 009 — price list for contract work (B型 作業受託)
_pr = [["作業内容", "単価（税抜）", "想定数量", "備考"],
       ["DM封入（3点まで）", "4.5円", "20,000通", "宛名ラベル貼付含む"],
       ["DM封入（4点以上）", "6.0円", "5,000通", ""],
       ["チラシ三つ折り", "1.8円", "30,000枚", "機械折り不可のもの"],
       ["シール貼り", "1.2円", "10,000枚", "1枚1箇所"],
       ["検品・数量カウント", "800円/時", "—", "最低2時間から"]]
M(expect="pass", charset="cp932", entities=[], detectors=[],
  note="quotation of contract-work unit prices to a partner printer; business data only",
  sender=frm("hasegawa"), to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
  subject="DM封入作業のお見積り（ひのでワークス鶴見）",
  body=f"""錦印刷株式会社
営業部 ご担当者様

いつもお仕事のご依頼をいただきありがとうございます。
ひのでワークス鶴見の長谷川です。

お問い合わせいただいた12月分の封入・軽作業について、単価表をお送りします。

{pad_table(_pr, fullwidth_fill=True)}

納期は数量確定から10営業日を目安にお考えください。
年末は作業者の出勤日数が少なくなるため、早めにご相談いただけますと助かります。
{sig("hasegawa", 2)}""")

# 010 — password-protected ZIP of a support plan to the city
M(expect="stop", charset="iso-2022-jp", entities=[], detectors=["unscannable_attachment"],
  note="encrypted ZIP (PPAP) to the city cannot be inspected",
  sender=frm("murakami"), to=["北嶺市 障害者支援課 計画係 <keikaku@city.kitamine.lg.jp>"],
  subject="個別支援計画書の送付について（パスワードは別送します）",
  body=f"""北嶺市 障害者支援課 計画係
ご担当者様

お世話になっております。ひので就労支援センター川崎の村上です。
ご依頼のありました個別支援計画書（写し）をお送りいたします。
添付ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

ご確認のほど、よろしくお願いいたします。
{sig("murakami")}""",
  attachments=[{"kind": "zip", "name": "個別支援計画書_2025.zip", "password": "Hnd#2025kk",
                "files": [{"kind": "docx", "name": "個別支援計画書.docx",
                           "paragraphs": ["個別支援計画書", "利用者氏名：", "長期目標：一般就労"]}]}])

# 011 — follow-up report on an employee (定着支援) with medication details
_p = people(1)[0]
M(expect="stop", charset="utf-8", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="employer gets a named employee's treatment and medication details",
  sender=frm("onodera"), to=["青葉運輸 人事部 野口様 <noguchi@aoba-unyu.co.jp>"],
  subject="定着支援面談のご報告（9月分）",
  body=f"""青葉運輸株式会社
人事部 野口様

いつもお世話になっております。小野寺です。
9月25日に実施した{_p['name']}さんとの定着支援面談の内容をご報告します。

1. 勤務状況
　遅刻・欠勤なし。倉庫内のピッキング作業にも慣れ、ミスも減っているとのことです。

2. 体調面
　8月下旬から寝つきが悪く、主治医（北嶺総合病院 精神科）と相談のうえ、
　抗うつ薬の量を調整中です。通院は当面月2回になる見込みです。
　服薬調整中は朝に眠気が残ることがあるため、始業直後のフォークリフト作業は
　避けていただけると安心です。

3. 今後
　次回面談は10月下旬を予定しています。

何かお気づきの点があればいつでもご連絡ください。
{sig("onodera", 1)}""")

# 012 — a parent on free mail: only a meeting time
M(expect="pass", charset="iso-2022-jp", entities=[], detectors=["freemail_recipient"],
  note="one family member on free mail; meeting time only",
  sender=frm("sasaki"), to=["高橋 様 <takahashi.family55@gmail.com>"],
  subject="ご家族面談の日時について",
  body=f"""高橋様

いつもお世話になっております。
ひので就労支援センター川崎の佐々木です。

先日お電話でお話しした面談の日時、以下で確定とさせてください。

　日時：6月7日（土）10:00～11:00
　場所：ひので就労支援センター川崎 4階 面談室
　（JR川崎駅 東口から徒歩7分、日の出ビル4Fです）

ご本人もご一緒に来所される予定と伺っております。
ご都合が悪くなった場合はお気軽にご連絡ください。
{sig("sasaki", 0)}""")

# 013 — HTML-only table of off-site workers (names, addresses, phones) to a park office
_p = people(6)
_tr = "".join(f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['addr']}</td><td>{p['tel']}</td></tr>"
              for i, p in enumerate(_p))
M(expect="stop", charset="utf-8", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="HTML table of six workers' names, home addresses and mobiles to an outside park office",
  sender=frm("hasegawa"), to=["森林公園管理事務所 <kanri@shinrin-park-asahino.or.jp>"],
  subject="施設外就労（園内清掃）作業者名簿の提出",
  html=f"""<html><body>
<p>森林公園管理事務所 ご担当者様</p>
<p>お世話になっております。ひのでワークス鶴見の長谷川です。<br>
来月から始まる園内清掃（施設外就労）の作業者名簿を提出いたします。<br>
入園許可証の発行をよろしくお願いいたします。</p>
<table border="1" cellpadding="4">
<tr><th>No</th><th>氏名</th><th>住所</th><th>携帯電話</th></tr>
{_tr}
</table>
<p>引率は長谷川（生活支援員）が担当いたします。</p>
<p>--<br>ひのでワークス鶴見（就労継続支援A型・B型）<br>生活支援員 長谷川 智<br>TEL 045-581-3302</p>
</body></html>""")

# 014 — HTML-only list of partner companies (businesses, not people)
_co = [("北国フーズ株式会社 川崎第二工場", "川崎市川崎区浮島町4-2", "044-270-5511", "食品製造"),
       ("常盤製菓株式会社 朝日野工場", "朝日野市工業団地2-14", "0467-88-2100", "菓子製造"),
       ("丸中ロジスティクス株式会社", "横浜市鶴見区大黒町9-1", "045-500-7320", "倉庫・物流"),
       ("青葉運輸株式会社 川崎営業所", "川崎市川崎区東扇島18", "044-288-0451", "運送"),
       ("さくらホテル 川崎駅前", "川崎市川崎区駅前本町26-1", "044-222-3900", "宿泊（客室清掃）"),
       ("錦印刷株式会社", "川崎市幸区堀川町580", "044-511-6620", "印刷・製本")]
_tr = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in _co)
M(expect="pass", charset="cp932", entities=[], detectors=[],
  note="table of companies' sites and switchboards: a business list, not people",
  sender=frm("okabe"), to=[HW],
  subject="職場実習 受入れ協力企業一覧（2025年度）",
  html=f"""<div style="font-family:'MS PGothic'">
<p>ハローワーク朝日野 専門援助部門<br>ご担当者様</p>
<p>お世話になっております。ひので就労支援センター川崎の岡部です。<br>
先日の連絡会でお話のあった、当センターの職場実習受入れ協力企業の一覧をお送りします。</p>
<table border="1" style="border-collapse:collapse">
<tr><th>企業名</th><th>所在地</th><th>代表電話</th><th>業種</th></tr>
{_tr}
</table>
<p>求人開拓の際の参考にしていただければ幸いです。</p>
<p>岡部 拓也<br>ひので就労支援センター川崎<br>TEL 044-211-4870</p>
</div>""")

# 015 — wage transfer data for nine users to the bank
_p = people(9)
_csv = [["受取人名", "銀行名", "支店名", "預金種目", "口座番号", "振込金額"]] + [
    [p["kata"], p["bank"], p["branch"], "普通", p["acct"], str(p["wage"])] for p in _p]
M(expect="stop", charset="cp932", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
  detectors=["personal_data"],
  note="nine users' bank accounts in a CSV to the bank's corporate desk",
  sender=frm("fujimaki"), to=["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.co.jp>"],
  subject="10月分工賃 総合振込データの送付",
  body=f"""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 経理課の藤巻です。
ひのでワークス鶴見（就労継続支援B型）の10月分工賃の総合振込データを添付いたします。
振込指定日は11月14日（金）でお願いいたします。

件数：9件
{sig("fujimaki", 1)}""",
  attachments=[{"kind": "csv", "name": "kouchin_furikomi_202510.csv", "rows": _csv}])

# 016 — English: study-visit itinerary for a foreign partner
M(expect="pass", charset="utf-8", entities=[], detectors=[],
  note="English itinerary to a foreign partner; no personal data, standard disclaimer",
  sender=frm("okochi"), to=["Dr. Emma Lindqvist <emma.lindqvist@inclusivework.org>"],
  subject="Study visit to Kawasaki — draft itinerary",
  body=f"""Dear Dr. Lindqvist,

Thank you for your message and for your interest in our employment support programme.
Please find below a draft itinerary for your visit on 14–15 October.

  Day 1 (Tue 14 Oct)
   10:00  Welcome and overview of the centre (transition support, job retention support)
   11:00  Observation: office-skills training room
   14:00  Visit to a partner employer (food factory, Kawasaki)
  Day 2 (Wed 15 Oct)
   10:00  Hinode Works Tsurumi (sheltered workshop, type A/B)
   13:30  Round table with Hello Work and the municipal welfare office

We will arrange an interpreter for both days. Please let me know if you would like to
add anything, e.g. a session on job coaching.

Kind regards,
{sig("okochi", 3)}
{DISC_EN}""")

# 017 — research data: 12 rows with birth dates and diagnoses, no names
_p = people(12)
M(expect="stop", charset="utf-8", entities=["DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="12-row research sheet with birth dates and diagnoses (no names) to a university",
  sender=frm("murakami"), to=["清稜大学 林研究室 <k.hayashi@seiryo-u.ac.jp>"],
  subject="共同研究データの送付（就職・定着状況）",
  body=f"""林先生

お世話になっております。村上です。
共同研究の件、2022～2024年度修了者の就職・定着状況のデータをお送りします。
氏名は研究IDに置き換えてあります。
集計の際に不明な点がございましたらご連絡ください。

村上 恵子（サービス管理責任者）
""",
  attachments=[{"kind": "xlsx", "name": "定着状況データ_2022-2024.xlsx", "sheets": {
      "data": [["研究ID", "性別", "生年月日", "診断名", "手帳", "利用期間(月)", "就職", "6か月定着"]] + [
          [f"R-{101 + i}", p["sex"], p["dob"], p["diag"], p["techo"], 8 + (i * 5) % 17,
           "有" if i % 4 else "無", "○" if i % 3 else "×"] for i, p in enumerate(_p)],
      "凡例": [["項目", "説明"], ["手帳", "精神=精神障害者保健福祉手帳、療育=療育手帳、身体=身体障害者手帳"]],
  }}])

# 018 — NDA talk with the system vendor
M(expect="pass", charset="iso-2022-jp", entities=[], detectors=[],
  note="mail about an NDA draft with a partner vendor; no marking, no personal data",
  sender=frm("mori"), to=["ツバサシステム 営業部 川端様 <kawabata@tsubasa-system.jp>"],
  subject="秘密保持契約書（案）へのコメント",
  body=f"""ツバサシステム株式会社
川端様

お世話になっております。日の出産業 情報システム課の森です。
支援記録システム導入に先立つ秘密保持契約書（案）を法務と確認しました。
以下2点についてご検討いただけますでしょうか。

1. 第5条（秘密情報の範囲）
　利用者の個人情報を「秘密情報」に明示的に含める文言を追加したい。
2. 第9条（契約終了時の措置）
　データ消去の証明書の提出を義務とし、期限を「30日以内」としたい。

修正版を反映いただいた後、押印の手続きに進めればと考えております。
{sig("mori", 1)}""")

# 019 — a manual stamped 社外秘 sent to an outside consultant
M(expect="stop", charset="cp932", entities=[], detectors=["confidential_marking"],
  note="attached manual carries a 社外秘 header stamp and goes to an outside consultant",
  sender=frm("okochi"), to=["福祉経営コンサルあおい 青井様 <info@fukushi-consult-aoi.jp>"],
  subject="支援マニュアル改訂版のご確認のお願い",
  body=f"""青井様

お世話になっております。大河内です。
先日のご指摘を反映した支援マニュアルの改訂版をお送りします。
第3章（職場実習の進め方）と第5章（定着支援）を中心にご確認いただけますでしょうか。
{sig("okochi", 1)}""",
  attachments=[{"kind": "docx", "name": "支援マニュアル_改訂版_v3.docx", "page_header": "社外秘",
                "title": "ひので就労支援センター 支援マニュアル",
                "paragraphs": ["【社外秘】ひので就労支援センター 支援マニュアル（第3版）",
                               "第3章 職場実習の進め方", "3.1 実習先の選定と事前訪問",
                               "3.2 実習中の巡回と記録", "第5章 定着支援",
                               "5.1 就職後6か月間の面談頻度", "5.2 企業担当者との情報共有のルール"]}])

# 020 — corrupt workbook to Hello Work
M(expect="stop", charset="utf-8", entities=[], detectors=["unscannable_attachment"],
  note="the attached workbook is damaged and cannot be inspected",
  sender=frm("okabe"), to=[HW],
  subject="求人開拓先リストの送付",
  body=f"""ハローワーク朝日野 ご担当者様

お世話になっております。岡部です。
先日の打合せでお約束した、今年度の求人開拓先リストを添付いたします。
ファイルが開けない場合はお知らせください。
{sig("okabe", 1)}""",
  attachments=[{"kind": "corrupt", "name": "求人開拓先リスト_2025.xlsx"}])

# 021 — internal: attendance and wage CSV
_p = people(10)
M(expect="pass", charset="cp932", entities=["PERSON_NAME"], detectors=[],
  note="attendance and wage CSV of ten users, internal recipients only",
  sender=frm("hasegawa"), to=[addr("fujimaki")], cc=["鶴見事業所 <works-tsurumi@hinode-sangyo.co.jp>"],
  subject="10月 出勤簿・工賃計算データ",
  body="""藤巻さん

お疲れさまです。長谷川です。
10月分の出勤簿と工賃計算データをお送りします。
作業時間は端数を15分単位で切り捨てています。確認よろしくお願いします。

長谷川
""",
  attachments=[{"kind": "csv", "name": "出勤簿_202510.csv", "rows":
                [["氏名", "出勤日数", "作業時間", "時間単価", "工賃"]] +
                [[p["name"], p["days"], f"{p['days'] * 5}", "230", str(p["days"] * 5 * 230)] for p in _p]}])

# 022 — A型 users' My Numbers to the payroll outsourcer
_p = people(6)
M(expect="stop", charset="utf-8",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
  note="six employees' 個人番号 with address and birth date to an outside payroll firm",
  sender=frm("fujimaki"), to=["アスカ給与計算センター 給与担当 <kyuyo@payroll-asuka.co.jp>"],
  subject="年末調整：A型利用者（雇用契約者）の扶養控除等申告データ",
  body=f"""アスカ給与計算センター
ご担当者様

お世話になっております。日の出産業 経理課の藤巻です。
ひのでワークス鶴見の就労継続支援A型の利用者（雇用契約者）6名分について、
扶養控除等申告書の内容をExcelにまとめましたので送付いたします。

よろしくお願いいたします。
{sig("fujimaki")}""",
  attachments=[{"kind": "xlsx", "name": "A型_扶養控除等申告_2025.xlsx", "sheets": {
      "申告書データ": [["氏名", "フリガナ", "生年月日", "住所", "個人番号", "扶養"]] + [
          [p["name"], p["kata"], p["dob"], p["addr"], mynum(), "なし"] for p in _p]}}])

# 023 — doctor's opinion request: health insurance and diagnosis
_p = people(1)[0]
M(expect="stop", charset="iso-2022-jp",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="clinic gets a user's insurance card number and diagnosis by mail",
  sender=frm("murakami"), to=["あさひのメンタルクリニック 地域連携室 <renkei@asahino-mental-cl.jp>"],
  subject="就労に関する意見書作成のお願い",
  body=f"""あさひのメンタルクリニック
地域連携室 ご担当者様

いつもお世話になっております。ひので就労支援センター川崎の村上です。
貴院に通院中の下記の方について、就職活動に向けた「就労に関する主治医意見書」の
作成をお願いしたく、ご連絡いたしました。

　患者氏名　：{_p['name']}（{_p['kana']}）
　生年月日　：{wareki(_p['y'], _p['m'], _p['d'])}
　保険証　　：記号 {random.Random(23).randint(1000, 9999)}　番号 {random.Random(24).randint(10, 999)}（協会けんぽ）
　診断名　　：{_p['diag']}
　主治医　　：岩瀬先生

ご本人の同意書は次回の受診時にご本人が持参いたします。
様式は当センター所定のもの（添付なし、郵送済み）でお願いいたします。
{sig("murakami", 2)}""")

# 024 — two external organisations (employer + vocational centre): a normal meeting mail
M(expect="pass", charset="cp932", entities=[], detectors=["multiple_external_domains"],
  note="meeting set-up with two external organisations; no personal data",
  sender=frm("onodera"), to=["川崎電機 総務部 加藤様 <kato.r@kawasaki-denki.co.jp>"],
  cc=["神奈川障害者職業センター ジョブコーチ 三好様 <miyoshi@shokugyo-center-kanagawa.or.jp>",
      addr("okabe")],
  subject="ジョブコーチ支援 打合せ日程のご相談",
  body=f"""川崎電機株式会社 総務部 加藤様
（cc：障害者職業センター 三好様）

お世話になっております。小野寺です。
来月から始まるジョブコーチ支援について、三者で打合せの場を持ちたいと考えております。
以下の候補からご都合のよい日時をお知らせください。

・7月2日（水）15:00～
・7月3日（木）10:00～
・7月4日（金）14:00～

場所は川崎電機様 本社会議室をお借りできればと存じます。
{sig("onodera", 1)}""")

# 025 — internal contact list sent to a look-alike of the company's own domain
_p = people(7)
_lines = "\n".join(f"{i + 1}. {p['name']}　携帯 {p['tel']}　{p['mail']}" for i, p in enumerate(_p))
M(expect="stop", charset="utf-8", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
  detectors=["lookalike_domain", "personal_data"],
  note="hinode-sangyou.co.jp is a look-alike of the own domain; it carries a 7-person contact list",
  sender=frm("sasaki"), to=["竹内 亜紀 <takeuchi.aki@hinode-sangyou.co.jp>"],
  subject="台風接近時の緊急連絡網（Aグループ）",
  body=f"""竹内さん

お疲れさまです。佐々木です。
台風接近時の休所連絡用に、Aグループの利用者連絡網をまとめました。
明日の朝7時の判断後、こちらに一斉に連絡をお願いします。

{_lines}

よろしくお願いします。
佐々木
""")

# 026 — invoice with the company's registration number (T + 法人番号)
_corp = corp_number("020001074401")
M(expect="pass", charset="cp932", entities=["JP_CORPORATE_NUMBER"], detectors=[],
  note="ordinary invoice to a partner: invoice number, T-number and company account only",
  sender=frm("fujimaki"), to=["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
  subject="請求書送付のご案内（請求書番号 HS-2025-0412）",
  body=f"""北国フーズ株式会社
経理部 御中

平素より格別のお引き立てを賜り、誠にありがとうございます。
日の出産業株式会社 経理課の藤巻でございます。

10月分の作業委託料（惣菜パック詰め補助・ひのでワークス鶴見）の請求書を添付にてお送りいたします。

　請求書番号：HS-2025-0412
　請求金額　：￥418,000（税込）
　お支払期日：2025年11月30日
　登録番号　：T{_corp}

お振込先は請求書に記載の弊社口座（みどり銀行 川崎支店 当座 0081234）となります。
ご査収のほど、よろしくお願い申し上げます。
{sig("fujimaki")}""",
  attachments=[{"kind": "pdf", "name": "請求書_HS-2025-0412.pdf", "title": "請求書",
                "lines": ["請求書", "北国フーズ株式会社 御中", "請求書番号 HS-2025-0412",
                          f"日の出産業株式会社　登録番号 T{_corp}", "ご請求金額 ￥418,000（税込）"],
                "table": [["品目", "数量", "単価", "金額"],
                          ["パック詰め補助作業（10月）", "1式", "380,000", "380,000"],
                          ["消費税（10%）", "", "", "38,000"]]}])

# 027 — forward of a mother's mail (hospitalisation, epilepsy) to the internship employer
_p = people(1)[0]
_fwd = f"""----- Forwarded Message -----
差出人: {_p['sei']} 由紀子 <yukiko.{_p['sei_r'].lower()}@yahoo.co.jp>
送信日時: 2025年9月29日 21:14
宛先: 岡部 拓也 <okabe.takuya@hinode-sangyo.co.jp>
件名: 息子の件

岡部様

いつもお世話になっております。{_p['name']}の母です。
息子は中学生のころからてんかんの持病があり、昨年も一度発作で1週間入院しました。
最近は薬で落ち着いていますが、寝不足のときに発作が出やすいようです。
実習先の方にも、もしものときの対応を知っておいていただけると安心です。
よろしくお願いいたします。"""
M(expect="stop", charset="iso-2022-jp", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="forward of a family's mail: a named user's epilepsy and hospitalisation go to the employer",
  sender=frm("okabe"), to=["常盤製菓 実習担当 <jisshu@tokiwa-seika.co.jp>"],
  subject="FW: 息子の件",
  body=f"""常盤製菓株式会社 実習ご担当者様

お世話になっております。岡部です。
来週から実習に伺う{_p['sei']}さんについて、お母様からいただいたメールを
ご参考までに転送いたします。発作時の対応については、初日に改めてご説明いたします。

岡部

{_fwd}""")

# 028 — parents' free-mail addresses visible in To
M(expect="stop", charset="utf-8", entities=[],
  detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
  note="four families' private addresses in To instead of Bcc",
  sender=frm("sasaki"),
  to=["ikuko.anzai@gmail.com", "hibino-home@yahoo.co.jp", "kuri.tomoko@docomo.ne.jp",
      "m.wagatsuma@icloud.com"],
  subject="ご家族懇談会のご案内（7月12日）",
  body=f"""ご家族の皆さま

いつも当センターの支援にご理解とご協力をいただき、ありがとうございます。
ひので就労支援センター川崎の佐々木です。

毎年恒例のご家族懇談会を、下記のとおり開催いたします。

　日時：7月12日（土）14:00～16:00
　会場：センター4階 多目的室
　内容：就職までの流れのご説明／先輩ご家族のお話／個別相談

出欠を7月4日（金）までにこのメールへの返信でお知らせください。
{sig("sasaki")}""")

# 029 — newsletter to families in Bcc
M(expect="pass", charset="iso-2022-jp", entities=[], detectors=["freemail_recipient"],
  note="families are in Bcc (To is the office itself); free-mail recipients only warn",
  sender=frm("sasaki"), to=[f"ひので就労支援センター川崎 <center-kawasaki@{D}>"],
  bcc=["ikuko.anzai@gmail.com", "hibino-home@yahoo.co.jp", "kuri.tomoko@docomo.ne.jp",
       "m.wagatsuma@icloud.com", "igari.fam@ezweb.ne.jp", "saisho1961@outlook.jp"],
  subject="センターだより 9月号",
  body=f"""ご家族の皆さま

※このメールはBCCでお送りしています。

■9月の予定
・9/6（土）開所日（午前のみ）：ビジネスマナー講座
・9/15（月・祝）休所
・9/24（水）企業見学（丸中ロジスティクス様）

■お知らせ
今月から昼食の注文方法が変わります。詳しくはご本人にお配りしたプリントをご覧ください。

■就職報告
今年度はこれまでに5名の方が就職されました（事務補助2名、物流2名、清掃1名）。

ご不明な点はセンターまでお問い合わせください。
ひので就労支援センター川崎　TEL 044-211-4870
""")

# 030 — residence card number of a foreign user to the employer
M(expect="stop", charset="cp932", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
  detectors=["personal_data"],
  note="在留カード番号 of a candidate sent to the employer's HR",
  sender=frm("okabe"), to=["丸中ロジスティクス 人事課 菅原様 <sugawara@marunaka-logi.co.jp>"],
  subject="雇用前確認書類について（グエンさん）",
  body=f"""丸中ロジスティクス株式会社
人事課 菅原様

お世話になっております。岡部です。
内定をいただいたグエンさんの就労資格確認の件、在留カードの記載事項をお知らせします。

　氏名：NGUYEN VAN MINH（グエン ヴァン ミン）
　生年月日：1996年3月17日
　在留カード番号：UH48203915KA
　在留資格：定住者（就労制限なし）
　在留期間満了日：2027年8月22日

原本は入社日にご本人が持参し、菅原様に確認いただく予定です。
{sig("okabe", 2)}""")

# 031 — flyer PDF to a special-needs school
M(expect="pass", charset="utf-8", entities=[], detectors=[],
  note="event flyer to a school's career counsellor; no personal data",
  sender=frm("okochi"), to=["朝日野特別支援学校 進路指導部 <shinro@asahino-sh.ed.jp>"],
  subject="事業所説明会（夏休み）のご案内",
  body=f"""朝日野特別支援学校
進路指導部 ご担当の先生方

いつもお世話になっております。ひので就労支援センター川崎の大河内です。
夏休み期間中に、高等部の生徒さん・保護者の方向けの事業所説明会を開催いたします。
チラシを添付しますので、ご案内いただけますと幸いです。

・8月2日（土）10:00～11:30
・8月20日（水）14:00～15:30
（いずれも見学・体験作業あり、定員各10名）
{sig("okochi")}""",
  attachments=[{"kind": "pdf", "name": "事業所説明会チラシ_2025夏.pdf", "title": "事業所説明会のご案内",
                "lines": ["ひので就労支援センター川崎 事業所説明会", "8月2日（土）10:00～11:30",
                          "8月20日（水）14:00～15:30", "内容：センター見学、パソコン・軽作業体験、個別相談",
                          "申込：TEL 044-211-4870（平日9:00～17:00）"]}])

# 032 — case-study slides naming a user with diagnosis, to a training organiser
_p = people(1)[0]
M(expect="stop", charset="utf-8", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="case-study slides name a user together with diagnosis and hospitalisation",
  sender=frm("murakami"), to=["神奈川県福祉事業者協議会 研修担当 <kenshu@fukushi-kyogikai.or.jp>"],
  subject="10/24 事例発表スライドの提出",
  body=f"""研修ご担当者様

お世話になっております。ひので就労支援センター川崎の村上です。
10月24日の事例検討会で発表するスライドを提出いたします。
当日はこのデータを会場PCに入れていただければと思います。

村上
""",
  attachments=[{"kind": "pptx", "name": "事例発表_ひので川崎.pptx", "title": "事例発表",
                "slides": [["就労移行支援における定着支援の一事例", "ひので就労支援センター川崎 村上恵子"],
                           ["対象者", f"{_p['name']}さん（{_p['age']}歳・{_p['sex']}性）",
                            f"診断：{_p['diag']}、{_p['techo']}",
                            "2019年に精神科病院へ3か月入院、退院後デイケアを経て当センター利用"],
                           ["支援経過", "通所安定まで半年", "企業実習2回の後、物流会社に就職"],
                           ["考察", "主治医との連携と服薬管理の支援が定着の鍵となった"]]}])

# 033 — anonymised case sent to a network: could be identifiable or not
M(expect="either", charset="iso-2022-jp", entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="anonymised case (age band, diagnosis, former job, city) — identifiability is arguable",
  sender=frm("murakami"), to=["就労支援ネットワーク事務局 <jimukyoku@shuro-network.jp>"],
  subject="ケース検討会 事前資料（ひので川崎）",
  body=f"""事務局 ご担当者様

お世話になっております。村上です。
次回ケース検討会の事前資料を本文にてお送りします。

【事例】Aさん（30代・男性）
・朝日野市在住、元システムエンジニア
・統合失調症（20代後半に発症）、精神障害者保健福祉手帳2級
・当センター利用2年目。事務補助での就職を希望しているが、
　面接の場面で強い緊張が出て、2社続けて不採用となっている。
【検討したいこと】
・面接練習以外に、どのような準備が有効か
・障害の開示の範囲について、本人とどう話し合うか

よろしくお願いいたします。
{sig("murakami", 1)}""")

# 034 — three municipalities visible in To
M(expect="stop", charset="cp932", entities=[],
  detectors=["external_recipients_visible", "multiple_external_domains"],
  note="three municipalities' offices in To (should have been Bcc)",
  sender=frm("okochi"),
  to=[CITY_A, CITY_K, "うぶすな町 福祉課 <fukushi@town.ubusuna.lg.jp>"],
  subject="第2回 就労支援連絡会の開催について",
  body=f"""関係市町 障害福祉ご担当者様

いつもお世話になっております。ひので就労支援センター川崎の大河内です。
第2回就労支援連絡会を下記のとおり開催いたします。

　日時：2025年11月20日（木）14:00～16:00
　会場：朝日野市役所 第3会議室
　議題：(1) 今年度上半期の就職・定着状況
　　　　(2) 就労選択支援の開始に向けた準備
　　　　(3) その他

資料は当日配布いたします。ご出席者のお名前を11月13日までにご返信ください。
{sig("okochi", 2)}""",
  attachments=[{"kind": "pptx", "name": "連絡会_次第.pptx",
                "slides": [["第2回 就労支援連絡会", "2025年11月20日"],
                           ["議題", "上半期の状況", "就労選択支援", "その他"]]}])

# 035 — reply to Hello Work: the list is only in the quoted message
_p = people(5)
_q = "\n".join(f"{p['name']}　{p['techo']}　{p['tel']}" for p in _p)
M(expect="pass", charset="utf-8", entities=[], detectors=[],
  note="new text is an acknowledgement; the list is quoted from Hello Work's own mail",
  sender=frm("onodera"), to=[HW],
  subject="Re: 面接会 参加予定者の確認",
  body=f"""ハローワーク朝日野 田村様

お世話になっております。小野寺です。
参加予定者の一覧、確かに受け取りました。5名とも当日は支援員が同行いたします。
集合時間が決まりましたら改めてご連絡ください。

小野寺

差出人: 田村 <senmon.enjo@hellowork-asahino.go.jp>
送信日時: 2025年10月6日 11:20
宛先: 小野寺 香織
件名: 面接会 参加予定者の確認

小野寺様
10月22日の障害者就職面接会の参加予定者は以下で相違ないでしょうか。
{_q}
ハローワーク朝日野 専門援助部門 田村
""")

# 036 — 取扱注意 stamp, a named intern's accommodations to the employer
M(expect="stop", charset="iso-2022-jp", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["confidential_marking", "personal_data"],
  note="mail stamped 取扱注意 carries a named intern's diagnosis and sensory needs",
  sender=frm("murakami"), to=["川崎電機 総務部 加藤様 <kato.r@kawasaki-denki.co.jp>"],
  subject="【取扱注意】実習生の配慮事項について",
  body=f"""取扱注意
━━━━━━━━━━━━━━━━━━━━

川崎電機株式会社 総務部 加藤様

お世話になっております。村上です。
来週から実習に伺う門馬 蓮さんの配慮事項をお送りします。

・診断：自閉スペクトラム症（精神障害者保健福祉手帳3級）
・聴覚過敏があるため、作業中はイヤーマフの着用をお認めください。
・予定の変更は前日までに書面（メモ）で伝えていただけると混乱が少ないです。
・昼休みは一人で過ごせる場所があると安心されます。

ご不明点があれば、私または担当の岡部までご連絡ください。
{sig("murakami")}""")

# 037 — five applicants to a training school, one record per block, 和暦 birth dates
_p = people(5)
_styles = ["kanji", "short", "fw", "fwshort", "kanji"]
_blocks = "\n\n".join(
    f"【{i + 1}】\n氏名：{p['name']}（{p['kana']}）\n生年月日：{wareki(p['y'], p['m'], p['d'], _styles[i])}\n"
    f"電話：{fw(p['tel']) if i % 2 else p['tel']}" for i, p in enumerate(_p))
M(expect="stop", charset="utf-8", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="five applicants' names, birth dates (和暦) and phones sent to a training school",
  sender=frm("okabe"), to=["朝日野高等職業技術校 入校係 <uketsuke@asahino-ptc.ac.jp>"],
  subject="ビジネス事務科（1月生）受講希望者の事前登録",
  body=f"""朝日野高等職業技術校 入校係 ご担当者様

お世話になっております。ひので就労支援センター川崎の岡部です。
1月開講のビジネス事務科について、当センターからの受講希望者5名の事前登録をお願いいたします。

{_blocks}

選考日程が決まりましたらお知らせいただけますと幸いです。
{sig("okabe")}""")

# 038 — PC order to the system vendor
M(expect="pass", charset="cp932", entities=[], detectors=[],
  note="purchase order with order number and model codes; no personal data",
  sender=frm("mori"), to=["ツバサシステム 受注センター <order@tsubasa-system.jp>"],
  subject="注文書送付（発注番号 PO-HS-25-0187）",
  body=f"""ツバサシステム株式会社
受注センター ご担当者様

いつもお世話になっております。日の出産業 情報システム課の森です。
下記の通り発注いたします。

　発注番号：PO-HS-25-0187
　品名　　：ノートPC TS-NB14G5（Win11 Pro）　5台
　　　　　　USBキーボード KB-109J　5台
　　　　　　画面読み上げソフト SR-Reader 2025 ライセンス　2本
　納品先　：ひので就労支援センター川崎（訓練室）
　希望納期：11月28日

見積番号 Q-25-3391 の条件でお願いいたします。
{sig("mori", 1)}""")

# 039 — look-alike of a partner (co. added), only schedule and names
M(expect="stop", charset="iso-2022-jp", entities=[], detectors=["lookalike_domain"],
  note="sakura-hotel.co.jp imitates partner sakura-hotel.jp",
  sender=frm("hasegawa"), to=["客室管理課 <housekeeping@sakura-hotel.co.jp>"],
  subject="客室清掃実習のシフトについて",
  body=f"""さくらホテル川崎駅前
客室管理課 ご担当者様

お世話になっております。ひのでワークス鶴見の長谷川です。
12月の客室清掃実習のシフトをお送りします。

　12/2（火）・12/4（木）　9:30～13:30　メンバー3名（石川さん、日比野さん、釜石さん）
　12/9（火）・12/11（木）　同上

引率は長谷川が担当します。よろしくお願いいたします。
{sig("hasegawa", 1)}""")

# 040 — booking confirmation with the real partner hotel
M(expect="pass", charset="utf-8", entities=[], detectors=[],
  note="venue booking confirmation with a partner hotel; booking number only",
  sender=frm("takeuchi"), to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
  subject="会議室ご予約の確認（予約番号 BQ-88104）",
  body=f"""さくらホテル川崎駅前
宴会予約係 ご担当者様

お世話になっております。日の出産業の竹内です。
先ほどお電話で仮予約した会議室について、内容の確認をお願いいたします。

　予約番号：BQ-88104
　日時　　：2026年2月6日（金）13:00～17:00
　会場　　：3階「桜の間」（スクール形式40名）
　備品　　：プロジェクター、マイク2本、ホワイトボード
　その他　：車椅子の方が2名参加予定のため、段差のない動線をご案内ください

正式な申込書はFAXでお送りします。
{sig("takeuchi")}
{DISC_JA}""")

# 041 — driver's licence number of a staff driver to the insurance agent
M(expect="stop", charset="cp932", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
  detectors=["personal_data"],
  note="a staff driver's licence number and birth date sent to an outside insurance agent",
  sender=frm("takeuchi"), to=["みなと保険サービス 自動車保険担当 <jidosha@minato-hoken.co.jp>"],
  subject="送迎車両の運転者追加について",
  body=f"""みなと保険サービス株式会社
自動車保険ご担当者様

お世話になっております。日の出産業の竹内です。
ひのでワークス鶴見の送迎車（ハイエース 横浜300 さ 12-34）について、
運転者を1名追加したくご連絡いたしました。

　氏名：栗林 直樹
　生年月日：昭和61年7月9日
　運転免許証番号：第 452107338910 号
　免許の色：ゴールド
　
11月1日からの補償でお願いできますでしょうか。
{sig("takeuchi", 1)}""")

# 042 — two partners in To/Cc about deliveries
M(expect="pass", charset="iso-2022-jp", entities=[], detectors=["multiple_external_domains"],
  note="two partner companies (shipper and carrier) on one logistics mail",
  sender=frm("hasegawa"), to=["北国フーズ 購買課 <kobai@kitaguni-foods.co.jp>"],
  cc=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
  subject="年末の納品スケジュール（パック詰め資材）",
  body=f"""北国フーズ株式会社 購買課 ご担当者様
（cc：青葉運輸 配車センター様）

お世話になっております。ひのでワークス鶴見の長谷川です。
年末の資材納品・完成品引取りのスケジュールを以下で調整させてください。

　資材納品：12/15（月）午前、12/22（月）午前
　完成品引取：12/19（金）15時、12/26（金）15時
　年内最終：12/26（金）　年始初回：1/6（火）

伝票番号は追ってお知らせします。青葉運輸様には引取時のパレット数（各回4枚程度）を
ご承知おきいただけますと助かります。
{sig("hasegawa", 0)}""")

# 043 — legacy XLS user register to the vendor for data migration
_p = people(8)
M(expect="stop", charset="utf-8",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="user register (8 rows, addresses, diagnoses) sent to the vendor in an .xls",
  sender=frm("mori"), to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
  subject="データ移行テスト用ファイルの送付",
  body=f"""ツバサシステム サポートご担当者様

お世話になっております。森です。
新システムへのデータ移行テストのため、旧台帳のExcel（xls形式）をお送りします。
とりあえず8名分だけ抜き出しました。文字化けや列のずれがないかご確認ください。
{sig("mori", 1)}""",
  attachments=[{"kind": "xls", "name": "利用者台帳_旧.xls", "sheets": {
      "台帳": [["利用者ID", "氏名", "フリガナ", "生年月日", "住所", "電話", "障害名", "手帳"]] + [
          [f"K{2301 + i}", p["name"], p["kata"], p["dob"], p["addr"], p["tel"], p["diag"], p["techo"]]
          for i, p in enumerate(_p)]}}])

# 044 — ZIP (not encrypted) with a CSV of graduates' contacts to a survey company
_p = people(10)
M(expect="stop", charset="cp932", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="a ZIP with ten graduates' e-mail and phone numbers goes to a survey firm",
  sender=frm("okochi"), to=["調査ラボ 大森様 <research@chosa-lab.co.jp>"],
  subject="修了生アンケートの送付先リスト",
  body=f"""株式会社調査ラボ
大森様

お世話になっております。大河内です。
修了生アンケート（Web回答）の送付先リストをZIPにまとめてお送りします。
CSVはUTF-8です。配信は12月1日以降でお願いいたします。
{sig("okochi", 1)}""",
  attachments=[{"kind": "zip", "name": "送付先リスト.zip", "files": [
      {"kind": "csv", "name": "shuryosei_2024.csv", "encoding": "utf-8",
       "rows": [["name", "email", "tel", "修了年月", "就職先"]] + [
           [p["name"], p["mail"], p["tel"], f"2024/{(i % 12) + 1:02d}",
            ["丸中ロジスティクス", "北国フーズ", "常盤製菓", "川崎電機", "（求職中）"][i % 5]]
           for i, p in enumerate(_p)]}]}])

# 045 — consultation record mail attached as .eml, sent to a consultation office
_p = people(1)[0]
_inner = {"charset": "iso-2022-jp", "sender": frm("sasaki"), "to": [addr("murakami")],
          "subject": f"相談記録（{_p['sei']}さん 10/14）",
          "body": f"""村上さん

本日の相談記録です。
・{_p['name']}さん、先週からうつ病の症状が再燃し、朝起きられない日が続いている。
・主治医から休養を勧められ、今週は通所を週2日に減らすことにした。
・本人は実習の延期を希望。母親とは関係が悪く、家では話せていないとのこと。

佐々木"""}
M(expect="stop", charset="iso-2022-jp", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="attached internal consultation record (named user, relapse of depression) goes outside",
  sender=frm("sasaki"), to=[HIDAMARI],
  subject="相談記録の共有",
  body=f"""木村様

お世話になっております。佐々木です。
本日の面談の記録を添付いたします。今後の計画変更についてご相談させてください。
{sig("sasaki", 1)}""",
  attachments=[{"kind": "eml", "name": "相談記録_1014.eml", "message": _inner}])

# 046 — forwards a Hello Work notice (no personal data) as an attached mail
_inner = {"charset": "utf-8", "sender": "ハローワーク朝日野 <senmon.enjo@hellowork-asahino.go.jp>",
          "to": [addr("okabe")], "subject": "【ご案内】障害者就職面接会（10/22）出展企業募集",
          "body": """関係機関各位

ハローワーク朝日野では、10月22日（水）に障害者就職面接会を開催します。
出展を希望される事業所様は、9月30日までに所定の申込書をご提出ください。
会場：朝日野市産業会館 大ホール　時間：13:00～16:00
"""}
M(expect="pass", charset="utf-8", entities=[], detectors=[],
  note="forwarded public announcement to a partner; no personal data",
  sender=frm("okabe"), to=["北国フーズ 三浦様 <miura.k@kitaguni-foods.co.jp>"],
  subject="FW: 障害者就職面接会（10/22）のご案内",
  body=f"""三浦様

お世話になっております。岡部です。
ハローワークから面接会の出展募集が届きましたので、添付にて転送いたします。
昨年ご出展いただいた際には3名の方と面談いただきました。
今年もご検討いただけますと幸いです。
{sig("okabe", 1)}""",
  attachments=[{"kind": "eml", "name": "面接会のご案内.eml", "message": _inner}])

# 047 — corporate card number for a training fee
_cn = card()
M(expect="stop", charset="cp932", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
  note="a full card number, expiry and holder sent by mail to a training provider",
  sender=frm("takeuchi"), to=["ジョブコーチ養成研修 事務局 <moushikomi@jobcoach-kenshu.jp>"],
  subject="研修受講料のカード決済について",
  body=f"""ジョブコーチ養成研修 事務局 御中

お世話になっております。日の出産業の竹内です。
先日申し込みました職場適応援助者養成研修（1月期・受講者2名）の受講料について、
法人カードでの決済をお願いいたします。

　カード番号：{_cn}
　有効期限：08/28
　名義：OSAMU OKOCHI（センター長 大河内 名義の法人カード）
　金額：132,000円（66,000円×2名）

領収書は「日の出産業株式会社」宛でお願いいたします。
{sig("takeuchi", 2)}""")

# 048 — internal: one user's My Number to payroll (internal only)
_p = people(1)[0]
M(expect="pass", charset="iso-2022-jp", entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=[],
  note="My Number handed to the internal payroll team; all recipients internal",
  sender=frm("hasegawa"), to=[addr("fujimaki")],
  subject="A型新規雇用者の個人番号（10/1入社）",
  body=f"""藤巻さん

お疲れさまです。長谷川です。
10月1日からA型で雇用契約を結んだ{_p['name']}さんの個人番号です。
通知カードの写しは鍵付きキャビネットに保管しています。

　{_p['name']}　{mynum("-")}

源泉徴収の登録をお願いします。
長谷川
""")

# 049 — full-width My Number, 和暦 birth date and address to another city
_p = people(1)[0]
M(expect="stop", charset="utf-8",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
  note="full-width 個人番号, 和暦 birth date and address of a user sent to the city",
  sender=frm("takeuchi"), to=[CITY_K],
  subject="転入者の支給申請について（個人番号のご連絡）",
  body=f"""北嶺市 障害者支援課 ご担当者様

お世話になっております。ひので就労支援センター川崎の竹内でございます。
先月北嶺市に転入された利用者の方の支給申請について、窓口でお尋ねのあった事項をお知らせします。

氏　　名　{_p['name']}
生年月日　{wareki(_p['y'], _p['m'], _p['d'], 'fw')}
新住所　　{fw('神奈川県北嶺市緑ケ丘3-10-19 コーポ栄102')}
個人番号　{fw(mynum('-'))}

申請書の原本は本日付で郵送いたしました。
{sig("takeuchi")}""")

# 050 — health-check results of two employees to the employer
_p = people(2)
M(expect="stop", charset="cp932", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="two named users' health-check findings sent to the employer",
  sender=frm("onodera"), to=["川崎電機 総務部 加藤様 <kato.r@kawasaki-denki.co.jp>"],
  subject="雇入時健康診断の結果（2名分）",
  body=f"""加藤様

お世話になっております。小野寺です。
12月入社予定の2名について、当センターで受診した健康診断の結果をまとめました。
雇入時健診の代わりにご活用いただけるか、産業医の先生にご確認いただけますでしょうか。
{sig("onodera", 1)}""",
  attachments=[{"kind": "xlsx", "name": "健診結果_2名.xlsx", "title": "健康診断結果",
                "sheets": {"結果": [["健康診断結果一覧（2025年10月受診）"], [],
                                    ["氏名", "身長", "体重", "血圧", "肝機能", "血糖", "所見", "判定"],
                                    [_p[0]["name"], 171.2, 88.4, "148/96", "ALT 62", "HbA1c 6.4",
                                     "高血圧・脂肪肝の疑い", "要精密検査"],
                                    [_p[1]["name"], 158.0, 49.1, "112/70", "異常なし", "異常なし",
                                     "貧血（Hb 10.8）", "要経過観察"]]}}])

# 051 — four lecturers with mobiles to the venue (under five people)
_p = people(4, age=(35, 65))
M(expect="pass", charset="utf-8", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
  note="four lecturers' names and mobiles to a venue: below the list threshold, may warn",
  sender=frm("takeuchi"), to=["朝日野市民会館 管理事務室 <kaikan@asahino-shiminkaikan.jp>"],
  subject="2/6 就労支援フォーラム 講師控室の利用について",
  body=f"""朝日野市民会館 管理事務室 ご担当者様

お世話になっております。日の出産業の竹内です。
2月6日の就労支援フォーラムでご登壇いただく講師の先生方の情報をお送りします。
当日、通用口での入館受付にお使いください。

・{_p[0]['name']} 様（携帯 {_p[0]['tel']}）
・{_p[1]['name']} 様（携帯 {_p[1]['tel']}）
・{_p[2]['name']} 様（携帯 {_p[2]['tel']}）
・{_p[3]['name']} 様（携帯 {_p[3]['tel']}）

控室は2階和室を10:00～17:00でお借りしております。
{sig("takeuchi", 1)}""")

# 052 — pick-up list for eight users (comma-separated) to a taxi company
_p = people(8)
_lines = "\n".join(f"{p['name']},{p['addr']},{p['tel']},{8 + i // 3}:{(i % 3) * 15:02d}"
                   for i, p in enumerate(_p))
M(expect="stop", charset="iso-2022-jp", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="eight users' home addresses and phones in a comma list to a taxi company",
  sender=frm("hasegawa"), to=["ひかりタクシー 配車係 <haisha@hikari-taxi.co.jp>"],
  subject="福祉送迎（12月）の乗車名簿",
  body=f"""ひかりタクシー株式会社
配車係 ご担当者様

お世話になっております。ひのでワークス鶴見の長谷川です。
送迎車の車検期間中（12/8～12/12）の代替送迎について、乗車名簿をお送りします。
形式は前回と同じで、氏名,住所,電話,迎え時刻 です。

氏名,住所,電話,迎え時刻
{_lines}

到着はいずれも鶴見事業所（豊岡町22-9）でお願いします。
{sig("hasegawa", 1)}""")

# 053 — homoglyph look-alike of the partner printer (l for i)
M(expect="stop", charset="cp932", entities=[], detectors=["lookalike_domain"],
  note="nishiki-lnsatsu.co.jp swaps i for l in partner nishiki-insatsu.co.jp",
  sender=frm("hasegawa"), to=["錦印刷 営業部 <eigyo@nishiki-lnsatsu.co.jp>"],
  subject="Re: 追加のDM封入について",
  body=f"""錦印刷 営業部 ご担当者様

お世話になっております。長谷川です。
追加の封入3,000通、承知いたしました。
資材は12/3（水）午前着でお願いできますでしょうか。納品は12/10（水）の予定です。

注文番号：NI-2025-1122-03
{sig("hasegawa", 1)}""")

# 054 — business cards for two staff from the partner printer
M(expect="pass", charset="iso-2022-jp", entities=[], detectors=[],
  note="business-card order with the company's own staff office contacts",
  sender=frm("takeuchi"), to=["錦印刷 名刺受付 <meishi@nishiki-insatsu.co.jp>"],
  subject="名刺印刷のお願い（2名分）",
  body=f"""錦印刷株式会社 名刺受付ご担当者様

いつもお世話になっております。日の出産業の竹内です。
前回と同じデザイン（テンプレートNo.HS-03）で、下記2名の名刺を各100枚お願いいたします。

(1) 就労定着支援員　小野寺 香織
    TEL 044-211-4870　onodera.kaori@hinode-sangyo.co.jp
(2) 職業指導員　岡部 拓也
    TEL 044-211-4870　okabe.takuya@hinode-sangyo.co.jp

所在地はいずれも川崎センター（砂子1-8-3 日の出ビル4F）です。
校正はPDFでお送りください。
{sig("takeuchi", 4)}""")

# 055 — criminal record of a candidate told to the employer
M(expect="stop", charset="utf-8", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="a named candidate's prison term and offence disclosed to an employer",
  sender=frm("okabe"), to=["丸中ロジスティクス 人事課 菅原様 <sugawara@marunaka-logi.co.jp>"],
  subject="九十九さんの面接前のご相談",
  body=f"""菅原様

いつもお世話になっております。岡部です。
来週面接をお願いしている九十九 勇気さんについて、事前にお伝えしておきたいことがあります。

九十九さんは窃盗罪で服役し、昨年6月に刑務所を出所されています。
出所後は地域生活定着支援センターの支援を受け、当センターには9月から通所しています。
軽度の知的障害があり、療育手帳（B2）を取得済みです。

本人は面接の場で経歴についてきちんと説明したいと話しています。
事前にお電話でご相談できればと思いますが、ご都合はいかがでしょうか。
{sig("okabe")}""")

# 056 — a named intern's religion to the partner hotel's staff canteen
M(expect="stop", charset="cp932", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="a named intern's religion (Islam, prayer times) sent to the employer",
  sender=frm("okabe"), to=["さくらホテル 人事総務 <jinji@sakura-hotel.jp>"],
  subject="実習中の昼食とお祈りの時間について",
  body=f"""さくらホテル川崎駅前
人事総務 ご担当者様

お世話になっております。岡部です。
来週から客室清掃の実習に伺う仲宗根 葵さんについてのご相談です。

仲宗根さんはイスラム教を信仰されており、
・豚肉・アルコールを含む食事がとれないため、昼食は持参いたします
・12時台と15時台に各10分程度、お祈りの時間をいただきたい
とのことです。更衣室の一角などをお借りできれば大変助かります。

ご検討のほど、よろしくお願いいたします。
{sig("okabe", 2)}""")

# 057 — abuse report to the city (victim, disability)
_p = people(1)[0]
M(expect="stop", charset="iso-2022-jp",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="named user with intellectual disability reported as a victim of abuse, by mail",
  sender=frm("murakami"), to=["朝日野市 障害者虐待防止センター <gyakutai@city.asahino.lg.jp>"],
  subject="障害者虐待の疑いに関する通報",
  body=f"""朝日野市 障害者虐待防止センター ご担当者様

ひので就労支援センター川崎 サービス管理責任者の村上です。
先ほどお電話で第一報をお伝えした件について、概要をお送りします。

■対象者
　氏名：{_p['name']}（{_p['kana']}）
　生年月日：{wareki(_p['y'], _p['m'], _p['d'])}
　障害：知的障害（療育手帳B1）
■把握した状況
　11月4日の朝、左腕と首の後ろに複数のあざがあるのを職員が確認。
　本人は「兄に叩かれた」と話しており、工賃も兄が管理して本人に渡されていない様子。
■当センターの対応
　写真記録を作成、本人には今日は帰宅したくないとの意向あり。

至急ご対応をお願いいたします。連絡先：044-211-4870（村上）
""")

# 058 — internal escalation of the same kind of concern (internal only)
_p = people(1)[0]
M(expect="pass", charset="utf-8", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
  note="sensitive case escalated to the centre head; all recipients internal",
  sender=frm("murakami"), to=[addr("okochi")], cc=[addr("sasaki")],
  subject="【至急】{0}さんの件（虐待の疑い）".format(_p["sei"]),
  body=f"""大河内センター長

村上です。{_p['name']}さん（{_p['diag']}、{_p['techo']}）の件です。
本日、グループホームの世話人から「夜間に居室から怒鳴り声がする」との連絡があり、
本人の腕に小さなあざを確認しました。本人は転んだと言っています。

明日の朝、市の虐待防止センターに相談するべきか判断をお願いします。
面談記録は共有フォルダの支援記録に入れてあります。

村上
""")

# 059 — password-protected PDF to a consultation office
M(expect="stop", charset="cp932", entities=[], detectors=["unscannable_attachment"],
  note="password-protected PDF cannot be inspected",
  sender=frm("sasaki"), to=[KOTONOHA],
  subject="モニタリング報告書（9月分）の送付",
  body=f"""ことのは 相談支援専門員 様

お世話になっております。佐々木です。
9月分のモニタリング報告書をお送りします。
PDFにはいつものパスワードを設定しています。
{sig("sasaki", 1)}""",
  attachments=[{"kind": "pdf", "name": "モニタリング報告書_202509.pdf", "password": "kotonoha0925",
                "lines": ["モニタリング報告書（2025年9月）", "利用者：", "支援の状況："]}]
  )

# 060 — three volunteers' private addresses visible
M(expect="stop", charset="utf-8", entities=[],
  detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
  note="three private volunteers can see each other's addresses in To",
  sender=frm("takeuchi"),
  to=["上原 さゆり <sayuri.uehara71@gmail.com>", "hiroshi.k1958@icloud.com",
      "野々村 <nonomura-t@ezweb.ne.jp>"],
  subject="【ボランティアの皆さまへ】12月の活動日",
  body=f"""ボランティアの皆さま

いつもご協力ありがとうございます。日の出産業の竹内です。
12月のパソコン講座サポートの活動日をお知らせします。

　12/3（水）、12/10（水）、12/17（水）　いずれも13:30～15:30

ご都合のつかない日がありましたら、お知らせください。
寒くなりましたので、どうぞお体に気をつけてお越しください。
{sig("takeuchi", 1)}""")

# 061 — mentions 社外秘 as a word, but carries no marked document
M(expect="pass", charset="iso-2022-jp", entities=[], detectors=[],
  note="the word 社外秘 is only mentioned; nothing is marked or attached",
  sender=frm("okochi"), to=["福祉経営コンサルあおい 青井様 <info@fukushi-consult-aoi.jp>"],
  subject="Re: 事業計画のヒアリングについて",
  body=f"""青井様

お世話になっております。大河内です。
ご依頼の件ですが、中期事業計画の本体は社内で社外秘扱いとしているため、
申し訳ありませんがファイルでのお渡しは控えさせてください。
ヒアリングの際に、定員・稼働率・就職率の推移を口頭でご説明する形でいかがでしょうか。

12月5日（金）の14時以降でしたら時間が取れます。
{sig("okochi", 1)}

> 大河内様
> 来期の支援体制の検討にあたり、事業計画の資料をご共有いただけますでしょうか。
> 青井""")

# 062 — English: workbook with a CONFIDENTIAL page header to an overseas partner
M(expect="stop", charset="utf-8", entities=[], detectors=["confidential_marking"],
  note="attached workbook carries a CONFIDENTIAL header and goes to an outside organisation",
  sender=frm("okochi"), to=["Dr. Emma Lindqvist <emma.lindqvist@inclusivework.org>"],
  subject="Figures for the joint report",
  body=f"""Dear Emma,

As promised, here are our centre's figures for the last three fiscal years
(capacity, utilisation, placements, 6-month retention) for the joint report.
Please see the attached workbook.

Best regards,
Osamu
{sig("okochi", 3)}""",
  attachments=[{"kind": "xlsx", "name": "Hinode_KPI_FY2022-2024.xlsx", "page_header": "CONFIDENTIAL",
                "title": "Hinode KPI (Confidential)",
                "sheets": {"KPI": [["CONFIDENTIAL — Hinode Sangyo internal figures"], [],
                                   ["FY", "Capacity", "Utilisation", "Placements", "6m retention"],
                                   ["2022", 20, "86%", 11, "82%"], ["2023", 20, "91%", 13, "85%"],
                                   ["2024", 24, "88%", 15, "87%"]]}}])

# 063 — Hello Work and two employers visible in To/Cc
M(expect="stop", charset="cp932", entities=[],
  detectors=["external_recipients_visible", "multiple_external_domains"],
  note="Hello Work and two employers (three external organisations) visible in To/Cc",
  sender=frm("okabe"), to=[HW],
  cc=["北国フーズ 三浦様 <miura.k@kitaguni-foods.co.jp>", "常盤製菓 総務部 <soumu@tokiwa-seika.co.jp>"],
  subject="10/22 面接会 ブース配置の件",
  body=f"""ハローワーク朝日野 田村様
（cc：北国フーズ様、常盤製菓様）

お世話になっております。岡部です。
面接会当日のブース配置について、当センター利用者が面談を希望している2社様の
ブースを近くにしていただけると、支援員の同行がしやすく助かります。
可能な範囲でご配慮いただけますでしょうか。
{sig("okabe", 1)}""")

# 064 — look-alike (dropped co.) with a hire's certificate and needs
M(expect="stop", charset="iso-2022-jp", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["lookalike_domain", "personal_data"],
  note="aoba-unyu.jp drops the co. of partner aoba-unyu.co.jp; carries a hire's disability",
  sender=frm("onodera"), to=["野口様 <noguchi@aoba-unyu.jp>"],
  subject="内定者の入社前情報",
  body=f"""青葉運輸株式会社 人事部 野口様

お世話になっております。小野寺です。
4月入社予定の宇佐美 拓海さんについて、入社前にお伝えしたい情報です。

・障害者手帳：精神障害者保健福祉手帳 3級（ADHD）
・忘れ物防止のため、作業手順はチェックリスト化していただけると助かります
・通院のため、月1回 土曜午前の休みをご配慮ください

よろしくお願いいたします。
{sig("onodera", 1)}""")

# 065 — the real partner domain: start date only
M(expect="pass", charset="utf-8", entities=[], detectors=[],
  note="start-date coordination with the partner employer; a name only",
  sender=frm("onodera"), to=["青葉運輸 人事部 野口様 <noguchi@aoba-unyu.co.jp>"],
  subject="Re: 入社日のご確認",
  body=f"""野口様

ご連絡ありがとうございます。小野寺です。
宇佐美さんの入社日は4月1日（水）で承知いたしました。
初日は8:30に川崎営業所の事務所へ伺うよう、本人に伝えます。
入社後1か月は、週1回程度私が職場訪問させていただきます。

引き続きよろしくお願いいたします。
{sig("onodera", 1)}

> 小野寺様
> 宇佐美さんの入社日ですが、4/1（水）でいかがでしょうか。
> 青葉運輸 野口""")

# 066 — tab-separated job-seeker list with certificate grades to Hello Work
_p = people(7)
_tsv = "\n".join("\t".join([p["name"], p["dob"], p["techo"], j]) for p, j in
                 zip(_p, ["事務補助", "軽作業", "清掃", "データ入力", "物流（ピッキング）", "調理補助", "事務補助"]))
M(expect="stop", charset="cp932", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="seven job seekers' birth dates and certificate grades, tab-separated, to Hello Work",
  sender=frm("sasaki"), to=[HW],
  subject="求職登録予定者の一覧",
  body=f"""ハローワーク朝日野 専門援助部門 ご担当者様

お世話になっております。佐々木です。
来月、求職登録に伺う予定の利用者の一覧です（Excelから貼り付けています）。

氏名\t生年月日\t手帳\t希望職種
{_tsv}

来所日時は個別にご相談させてください。
{sig("sasaki", 1)}""")

# 067 — three support staff with mobiles to the employer
M(expect="pass", charset="iso-2022-jp", entities=["PERSON_NAME", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="three accompanying staff members' mobiles to the employer: under five people",
  sender=frm("onodera"), to=["常盤製菓 総務部 <soumu@tokiwa-seika.co.jp>"],
  subject="職場訪問の同行者について",
  body=f"""常盤製菓株式会社 総務部 ご担当者様

お世話になっております。小野寺です。
11月の職場訪問は、以下の者が交代で伺います。
当日何かございましたら、各自の携帯へ直接ご連絡ください。

　小野寺 香織　080-3317-2046
　岡部 拓也　　090-6628-1153
　日比野 早苗　070-2259-8804（実習担当・新任）

よろしくお願いいたします。
{sig("onodera", 1)}""")

# 068 — support plan of one user (docx) to a consultation office
_p = people(1)[0]
M(expect="stop", charset="utf-8", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="individual support plan with diagnosis of a named user sent outside",
  sender=frm("murakami"), to=[KOTONOHA],
  subject="個別支援計画書（案）の共有",
  body=f"""ことのは 相談支援専門員 様

お世話になっております。村上です。
{_p['sei']}さんの個別支援計画書（案）を添付いたします。
サービス等利用計画との整合についてご意見をいただけますと幸いです。
{sig("murakami", 1)}""",
  attachments=[{"kind": "docx", "name": f"個別支援計画書_{_p['sei']}.docx", "title": "個別支援計画書",
                "paragraphs": ["個別支援計画書（案）", "作成日：2025年10月20日　作成者：村上 恵子"],
                "tables": [[["氏名", _p["name"]], ["生年月日", _p["dob"]],
                            ["障害・診断", f"{_p['diag']}（{_p['techo']}）"],
                            ["本人の希望", "事務の仕事で週30時間働きたい"],
                            ["長期目標", "1年以内に一般企業へ就職する"],
                            ["短期目標", "週5日、午前から通所できる生活リズムを整える"],
                            ["留意事項", "服薬の飲み忘れがあるため、昼の服薬確認を行う"]]]}])

# 069 — a mother (free mail, guardian) told about her son's medication
M(expect="either", charset="iso-2022-jp", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["freemail_recipient", "personal_data"],
  note="health details go to the user's own mother (guardian) on free mail — arguable",
  sender=frm("sasaki"), to=["吉田 和美 <kazumi.yoshida.0414@gmail.com>"],
  subject="悠斗さんの最近のご様子について",
  body=f"""吉田様

いつもお世話になっております。佐々木です。
先日の面談でお話しした悠斗さんのご様子について、その後の経過をお知らせします。

今週は通所が3日でした。ご本人の話では、先週から新しく出た抗精神病薬で
午前中に強い眠気があり、電車で寝過ごしてしまうことがあるそうです。
次回の受診（11/18）の際に、主治医の先生に眠気のことを伝えていただけますでしょうか。

ご不明な点があればお電話ください。
{sig("sasaki")}""")

# 070 — reply; the accommodation details are only in quoted text
M(expect="pass", charset="cp932", entities=[], detectors=[],
  note="new text is a visit date; the health details are quoted from the employer's own mail",
  sender=frm("onodera"), to=["川崎電機 総務部 加藤様 <kato.r@kawasaki-denki.co.jp>"],
  subject="Re: 森田さんの勤務について",
  body=f"""加藤様

ご連絡ありがとうございます。小野寺です。
状況承知いたしました。来週火曜日（11/11）の15時に職場へ伺い、
森田さんと加藤様とそれぞれお話しさせていただければと思います。
{sig("onodera", 1)}

> 小野寺様
> いつもお世話になっております。川崎電機の加藤です。
> 森田さんですが、ここ2週間ほど午後になると手の震えが出ており、
> 本人からは「薬が変わったせいかもしれない」と聞いています。
> てんかんの発作が心配なので、一度ご相談させてください。
> 加藤""")

# 071 — reply whose NEW text adds a diagnosis
M(expect="stop", charset="utf-8", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="the new reply text itself states a named employee's diagnosis and hospitalisation",
  sender=frm("onodera"), to=["川崎電機 総務部 加藤様 <kato.r@kawasaki-denki.co.jp>"],
  subject="Re: Re: 夏季の勤務時間について",
  body=f"""加藤様

小野寺です。ご相談の件、ありがとうございます。
我妻 直樹さんは双極性障害があり、昨年の夏にも躁状態になって2週間入院しています。
夏場に睡眠時間が短くなると波が出やすいので、残業はできるだけ避けていただき、
始業時刻も当面は9:30のままでお願いできますでしょうか。

{sig("onodera", 1)}

On 2025/07/02 10:14, 加藤 亮介 wrote:
> 小野寺様
> 繁忙期に入るため、我妻さんにも7月から8:30始業をお願いしたいのですが、
> 何か気をつけることはありますか。""")

# 072 — PDF list of placements (8 rows, disability type) to the city
_p = people(8)
_emp = ["丸中ロジスティクス", "北国フーズ", "常盤製菓", "川崎電機", "青葉運輸", "さくらホテル", "錦印刷", "朝日野市役所"]
M(expect="stop", charset="iso-2022-jp", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="PDF table of eight placed users with disability types to the city",
  sender=frm("takeuchi"), to=[CITY_A],
  subject="令和6年度 就職者実績報告",
  body=f"""朝日野市 障害福祉課 ご担当者様

お世話になっております。ひので就労支援センター川崎の竹内です。
令和6年度の就職者実績報告を添付PDFにてお送りいたします。
様式第4号（就職者一覧）も併せてご確認ください。
{sig("takeuchi", 2)}""",
  attachments=[{"kind": "pdf", "name": "R6_就職者実績報告.pdf", "title": "令和6年度 就職者実績報告",
                "lines": ["令和6年度 就職者実績報告（様式第4号 就職者一覧）",
                          "事業所名：ひので就労支援センター川崎", ""],
                "table": [["No", "氏名", "障害種別", "手帳", "就職先", "就職日"]] + [
                    [str(i + 1), p["name"], p["diag"], p["techo"], _emp[i], f"R6.{(i % 9) + 4}.1"]
                    for i, p in enumerate(_p)]}])

# 073 — aggregated figures only, to the city
M(expect="pass", charset="cp932", entities=[], detectors=[],
  note="aggregate counts by disability type; no individual",
  sender=frm("takeuchi"), to=[CITY_A],
  subject="就職者数の速報値について",
  body=f"""朝日野市 障害福祉課 ご担当者様

お世話になっております。竹内です。
お電話でお問い合わせのあった今年度上半期の就職者数（速報値）です。

　就職者数：8名
　　内訳（障害種別）　精神 5名／知的 2名／身体 1名
　　内訳（雇用形態）　正社員 1名／契約社員 5名／パート 2名
　6か月定着率（前年度就職者）：87.5％（16名中14名）

確定値は年度末の実績報告でご報告いたします。
{sig("takeuchi", 4)}""")

# 074 — look-alike bank domain (.com) with one user's account
M(expect="stop", charset="utf-8", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
  detectors=["lookalike_domain", "personal_data"],
  note="midori-ginko.com imitates partner midori-ginko.co.jp; a user's account goes there",
  sender=frm("fujimaki"), to=["みどり銀行 川崎支店 <kouza@midori-ginko.com>"],
  subject="工賃振込先の変更について",
  body=f"""みどり銀行 川崎支店 ご担当者様

お世話になっております。日の出産業 経理課の藤巻です。
工賃振込の登録先のうち1名分について、振込先口座の変更をお願いいたします。

　受取人：鬼頭 翔太（キトウ ショウタ）
　変更前：みどり銀行 川崎支店 普通 3381920
　変更後：みどり銀行 鶴見支店 普通 7042256

11月分の振込から変更後の口座でお願いいたします。
{sig("fujimaki", 1)}""")

# 075 — real bank domain: question on transfer fees
M(expect="pass", charset="iso-2022-jp", entities=[], detectors=[],
  note="question to the partner bank about fees; no personal data",
  sender=frm("fujimaki"), to=["みどり銀行 法人営業部 <houjin-eigyo@midori-ginko.co.jp>"],
  subject="総合振込の手数料についてのお問い合わせ",
  body=f"""みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 経理課の藤巻です。
来年度から就労継続支援B型の工賃振込件数が月40件程度に増える見込みです。
件数に応じた手数料の優遇プランがありましたら、ご案内いただけますでしょうか。

現在の契約：法人インターネットバンキング（ひので-BIZ）　契約番号 HB-004418
{sig("fujimaki")}""")

# 076 — English: delegation list with passport numbers, birth dates and e-mails
_p = people(5, age=(24, 55))
_pp = ["TK4829107", "TR0573316", "MZ2261984", "TS7710452", "TH3398025"]
_rows = [["Name", "Date of birth", "Passport No.", "E-mail", "Role"]] + [
    [p["romaji"], f"{p['d']:02d} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][p['m'] - 1]} {p['y']}",
     _pp[i], p["mail"], ["Job coach", "Support worker", "Participant", "Participant", "Interpreter"][i]]
    for i, p in enumerate(_p)]
M(expect="stop", charset="utf-8",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "EMAIL_ADDRESS"], detectors=["personal_data"],
  note="five delegates' passport numbers, birth dates and e-mails sent abroad for invitation letters",
  sender=frm("okochi"), to=["Dr. Emma Lindqvist <emma.lindqvist@inclusivework.org>"],
  cc=["Programme Office <programme@inclusivework.org>"],
  subject="Delegation details for the invitation letters",
  body=f"""Dear Emma,

Thank you for arranging the invitation letters for our delegation to Gothenburg in March.
Here are the details you asked for, as they appear in the passports.

{pad_table(_rows, sep="   ")}

Two of the delegates are service users of our centre; they will be accompanied by the
job coach throughout the programme.

Best regards,
{sig("okochi", 3)}
{DISC_EN}""")

# 077 — internal: multi-sheet wage workbook with bank accounts
_p = people(7)
M(expect="pass", charset="cp932", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=[],
  note="wage workbook with users' bank accounts, internal recipients only",
  sender=frm("fujimaki"), to=[addr("hasegawa")], cc=[f"経理課 <keiri@{D}>"],
  subject="工賃明細（4-6月）と振込先マスタの確認",
  body="""長谷川さん

お疲れさまです。藤巻です。
4-6月分の工賃明細と振込先マスタを1つのブックにまとめました。
振込先シートで口座変更の届出が漏れている人がいないか確認をお願いします。

藤巻
""",
  attachments=[{"kind": "xlsx", "name": "工賃明細_2025Q1.xlsx", "sheets": {
      m: [[f"ひのでワークス鶴見 工賃明細（{m}）"], ["氏名", "出勤日数", "工賃"]] +
         [[p["name"], max(p["days"] - k, 8), p["wage"] - 300 * k] for p in _p]
      for k, m in enumerate(["4月", "5月", "6月"])} | {
      "振込先": [["氏名", "銀行", "支店", "種別", "口座番号"]] +
               [[p["name"], p["bank"], p["branch"], "普通", p["acct"]] for p in _p]}}])

# 078 — the same kind of workbook to the outside tax accountant
_p = people(6)
M(expect="stop", charset="cp932", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
  note="six users' wages and bank accounts in a multi-sheet workbook to an outside accountant",
  sender=frm("fujimaki"), to=["神田税理士事務所 神田様 <kanda@zeirishi-kanda.jp>"],
  subject="工賃支払いの根拠資料（上半期）",
  body=f"""神田先生

いつもお世話になっております。藤巻です。
ご依頼の上半期の工賃支払いの根拠資料をお送りします。
「集計」シートが月別の合計、「個人別」と「振込先」が明細です。
{sig("fujimaki", 2)}""",
  attachments=[{"kind": "xlsx", "name": "工賃支払根拠_上半期.xlsx", "sheets": {
      "集計": [["月", "支払人数", "工賃総額"], ["4月", 31, 682400], ["5月", 30, 655100],
               ["6月", 32, 701900], ["7月", 33, 720350], ["8月", 29, 610200], ["9月", 31, 675800]],
      "個人別": [["氏名", "4月", "5月", "6月", "7月", "8月", "9月"]] +
               [[p["name"]] + [p["wage"] + 100 * j for j in range(6)] for p in _p],
      "振込先": [["氏名", "金融機関", "支店", "口座番号"]] +
               [[p["name"], p["bank"], p["branch"], p["acct"]] for p in _p]}}])

# 079 — two external organisations (city and consultation office): initials only
M(expect="pass", charset="utf-8", entities=[], detectors=["multiple_external_domains"],
  note="two external organisations on a meeting mail; the user appears by initials only",
  sender=frm("murakami"), to=[CITY_K], cc=[HIDAMARI],
  subject="サービス担当者会議の日程調整（T.K様）",
  body=f"""北嶺市 障害者支援課 ご担当者様
相談支援事業所ひだまり 木村様

お世話になっております。ひので就労支援センター川崎の村上です。
T.K様の支給決定更新に伴うサービス担当者会議について、以下の日程でいかがでしょうか。

　候補1：12月3日（水）10:00～11:00
　候補2：12月5日（金）14:00～15:00
　場所：ひので就労支援センター川崎 4階 面談室

ご都合をお知らせいただけますと幸いです。
{sig("murakami", 1)}""")

# 080 — a photo of the contact notebook to a father (image, content unknown to any scanner)
M(expect="either", charset="iso-2022-jp", entities=[], detectors=["freemail_recipient"],
  note="photo of a user's contact notebook to the father: an image whose content cannot be read",
  sender=frm("hasegawa"), to=["dad.kamaishi@docomo.ne.jp"],
  subject="本日の連絡帳",
  body="""釜石様

ひのでワークス鶴見の長谷川です。
ご依頼のあった本日の連絡帳のページを写真でお送りします。
作業中の様子は連絡帳に書いたとおりです。明日もよろしくお願いいたします。

長谷川（045-581-3302）
""",
  attachments=[{"kind": "png", "name": "IMG_20251107_161522.png"}])

# 081 — one record per block: seven interns for accident insurance
_p = people(7)
_blocks = "\n".join(
    f"■{i + 1}\n　氏名：{p['name']}\n　フリガナ：{p['kata']}\n　生年月日：{wareki(p['y'], p['m'], p['d'], 'short')}\n"
    f"　住所：{p['zip']} {p['addr']}" for i, p in enumerate(_p))
M(expect="stop", charset="cp932", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
  detectors=["personal_data"],
  note="seven interns' birth dates and home addresses, one block each, to an insurance agent",
  sender=frm("takeuchi"), to=["みなと保険サービス 団体保険担当 <dantai@minato-hoken.co.jp>"],
  subject="実習生の傷害保険 加入者追加",
  body=f"""みなと保険サービス株式会社
団体保険ご担当者様

お世話になっております。日の出産業の竹内です。
職場実習中の傷害保険について、12月から実習に参加する7名の追加加入をお願いいたします。

{_blocks}

保険期間は12/1～3/31でお願いします。
{sig("takeuchi")}""")

# 082 — premium estimate for 20 people (no individuals)
M(expect="pass", charset="utf-8", entities=[], detectors=[],
  note="premium estimate request with head counts only",
  sender=frm("takeuchi"), to=["みなと保険サービス 団体保険担当 <dantai@minato-hoken.co.jp>"],
  subject="来年度の実習生傷害保険の見積り依頼",
  body=f"""みなと保険サービス 団体保険ご担当者様

お世話になっております。竹内です。
来年度（2026年4月～）の実習生向け傷害保険について、見積りをお願いいたします。

・加入予定人数：年間のべ20名（同時最大8名）
・補償内容：現行プラン（証券番号 MH-7720-0193）と同等
・オプション：賠償責任補償の上限額を1億円に引き上げた場合の差額

2月末までにいただけますと助かります。
{sig("takeuchi", 1)}""")

# 083 — three hires' certificate types and grades for a subsidy application
_p = people(3)
_tbl = pad_table([["氏名", "生年月日", "手帳の種類・等級", "雇入日"]] + [
    [p["name"], wareki(p["y"], p["m"], p["d"], "fwshort"), t, d] for p, t, d in zip(
        _p, ["精神障害者保健福祉手帳 2級", "療育手帳 B2", "身体障害者手帳 4級（下肢）"],
        ["R7.4.1", "R7.5.12", "R7.6.1"])], rule="─")
M(expect="stop", charset="iso-2022-jp", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="three hires' disability certificate types and grades sent to the employer",
  sender=frm("onodera"), to=["常盤製菓 総務部 <soumu@tokiwa-seika.co.jp>"],
  subject="特定求職者雇用開発助成金の申請資料について",
  body=f"""常盤製菓株式会社 総務部 ご担当者様

お世話になっております。小野寺です。
助成金の第1期支給申請に必要な対象者の情報を、こちらで把握している範囲でまとめました。

{_tbl}

手帳の写しはご本人から直接ご提出いただく予定です。
{sig("onodera", 0)}""")

# 084 — a general subsidy question to the labour consultant
M(expect="pass", charset="cp932", entities=[], detectors=[],
  note="general question on a subsidy; no person",
  sender=frm("onodera"), to=["やまぶき社会保険労務士事務所 山吹様 <yamabuki@sr-yamabuki.jp>"],
  subject="障害者雇用の助成金についてのご質問",
  body=f"""山吹先生

お世話になっております。小野寺です。
当センターの就職先企業様から、次のようなご質問をいただきました。

「短時間（週10時間以上20時間未満）で雇用した場合も、特定求職者雇用開発助成金の対象になるか」

2024年4月の制度改正以降の取扱いについて、ご教示いただけますと幸いです。
企業様には先生のご見解をお伝えする形にさせていただきたいと考えております。
{sig("onodera", 1)}""")

# 085 — absence notice: a name and "体調不良" only
M(expect="pass", charset="utf-8", entities=[], detectors=[],
  note="absence notice to the internship site: a name and 'unwell', no diagnosis",
  sender=frm("hasegawa"), to=["常盤製菓 実習担当 <jisshu@tokiwa-seika.co.jp>"],
  subject="本日の実習（鬼頭さん）お休みのご連絡",
  body="""常盤製菓 実習ご担当者様

おはようございます。ひのでワークス鶴見の長谷川です。
本日実習予定の鬼頭さんですが、体調不良のためお休みさせていただきます。
明日は予定どおり伺える見込みです。急なご連絡となり申し訳ございません。

長谷川
""")

# 086 — internal: support-meeting minutes with diagnoses (docx)
_p = people(4)
M(expect="pass", charset="iso-2022-jp", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
  note="support-meeting minutes with diagnoses, internal recipients only",
  sender=frm("murakami"), to=["川崎センター職員 <staff-kawasaki@hinode-sangyo.co.jp>"],
  subject="11/10 支援会議 議事録",
  body="""各位

お疲れさまです。村上です。
11/10の支援会議の議事録を添付します。次回は11/24（月）です。

村上
""",
  attachments=[{"kind": "docx", "name": "支援会議議事録_1110.docx", "page_footer": "ひので就労支援センター川崎",
                "paragraphs": ["支援会議 議事録（2025年11月10日）", "出席：大河内、村上、佐々木、岡部、小野寺"],
                "tables": [[["利用者", "障害・状況", "検討事項", "担当"]] + [
                    [p["name"], f"{p['diag']}。{s}", k, t] for p, s, k, t in zip(
                        _p, ["服薬変更後、午前の眠気あり", "通所安定、実習希望", "家族関係の悩み",
                             "就職3か月目、定着良好"],
                        ["主治医への情報提供", "12月実習先の選定", "相談支援と連携", "次回訪問12月"],
                        ["佐々木", "岡部", "村上", "小野寺"])]]}])

# 087 — list of six outside trainees (other agencies' staff) to the training provider
_p = people(6, age=(26, 55))
_orgs = ["相談支援事業所ひだまり", "ことのは", "北嶺市社会福祉協議会", "朝日野就労センター",
         "うぶすな町地域活動支援センター", "ひので就労支援センター川崎"]
_csvrows = [["氏名", "所属", "メール", "携帯"]] + [
    [p["name"], o, p["mail"], p["tel"]] for p, o in zip(_p, _orgs)]
M(expect="stop", charset="cp932", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
  detectors=["personal_data"],
  note="six trainees' private e-mail and mobiles (a list of people) to the training provider",
  sender=frm("takeuchi"), to=["ジョブコーチ養成研修 事務局 <moushikomi@jobcoach-kenshu.jp>"],
  subject="1月期研修 合同申込（地域連絡会6名分）",
  body=f"""ジョブコーチ養成研修 事務局 御中

お世話になっております。日の出産業の竹内です。
地域連絡会の取りまとめとして、1月期研修の受講申込をまとめてお送りします。
受講案内は各自の連絡先へ直接お送りください。
{sig("takeuchi", 1)}""",
  attachments=[{"kind": "csv", "name": "申込者一覧.csv", "rows": _csvrows}])

# 088 — support ticket with the real vendor domain
M(expect="pass", charset="cp932", entities=[], detectors=[],
  note="support ticket follow-up to the partner vendor; ticket and error codes only",
  sender=frm("mori"), to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
  subject="Re: [TS-INC-20418] 支援記録の帳票出力エラー",
  body=f"""ツバサシステム サポートご担当者様

お世話になっております。森です。
ご案内いただいた手順（キャッシュ削除→再ログイン）で、帳票出力のエラー（E-5021）は解消しました。
念のため、同じ事象が他の端末（KWS-PC-07、KWS-PC-11）でも出ないか様子を見ます。
本件はクローズしていただいて結構です。
{sig("mori", 1)}

> 森様
> お問い合わせ番号 TS-INC-20418 について、以下の手順をお試しください。
> 1. ブラウザのキャッシュを削除　2. 再ログイン
> ツバサシステム サポートセンター""")

# 089 — look-alike partner domain (l for i) with a named intern's brain injury
M(expect="stop", charset="utf-8", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
  detectors=["lookalike_domain", "personal_data"],
  note="kawasakl-denki.co.jp imitates partner kawasaki-denki.co.jp; carries an intern's disability",
  sender=frm("okabe"), to=["加藤 亮介 <kato.r@kawasakl-denki.co.jp>"],
  subject="実習の振り返りについて",
  body=f"""加藤様

お世話になっております。岡部です。
2週間の実習、ありがとうございました。振り返りの面談の前に、こちらの所見をお送りします。

税所 恵さん（高次脳機能障害）
・記憶障害の影響で、口頭の指示は翌日に残りにくい。メモの活用で改善が見られた。
・疲れやすく、午後2時以降に集中力が落ちる。休憩を1回追加すると安定した。
・検品作業の正確さは高く評価いただいた点、本人も自信になったようです。

面談は11/21（金）15時からでお願いいたします。
{sig("okabe", 1)}""")

# 090 — blank evaluation template to the real partner
M(expect="pass", charset="iso-2022-jp", entities=[], detectors=[],
  note="blank evaluation template to a partner employer",
  sender=frm("okabe"), to=["川崎電機 総務部 加藤様 <kato.r@kawasaki-denki.co.jp>"],
  subject="実習評価シート（様式）の送付",
  body=f"""加藤様

お世話になっております。岡部です。
実習最終日にご記入をお願いしている評価シートの様式をお送りします。
手書きでもWordへの入力でも構いません。
{sig("okabe", 0)}""",
  attachments=[{"kind": "docx", "name": "実習評価シート_様式.docx", "title": "実習評価シート",
                "paragraphs": ["職場実習 評価シート", "実習生氏名：", "実習期間：",
                               "評価：A よくできた　B できた　C 支援があればできた　D 難しい"],
                "tables": [[["評価項目", "評価", "コメント"], ["挨拶・報告", "", ""],
                            ["指示の理解", "", ""], ["作業の正確さ", "", ""], ["作業の速さ", "", ""],
                            ["体力・持続力", "", ""], ["対人関係", "", ""]]]}])

# 091 — hyphen-for-dot look-alike of the own domain
M(expect="stop", charset="cp932", entities=[], detectors=["lookalike_domain"],
  note="hinode-sangyo-co.jp (hyphen for dot) is a look-alike of the own domain",
  sender=frm("takeuchi"), to=["大河内 修 <okochi.osamu@hinode-sangyo-co.jp>"],
  subject="10月 稼働状況報告",
  body="""大河内センター長

お疲れさまです。竹内です。
10月の稼働状況です。

　開所日数：22日
　契約者数：24名（定員20名）
　延べ利用者数：431名（稼働率 97.9％）
　新規契約：2名　退所：1名（就職）

本部への報告は明日送付します。

竹内
""")

# 092 — internal subdomain: absence list with phones
_p = people(5)
_lines = "\n".join(f"・{p['name']}（{p['tel']}）{r}" for p, r in zip(
    _p, ["通院のため午後から", "電話連絡なし・要確認", "家族から欠席連絡", "遅刻（電車遅延）", "欠席"]))
M(expect="pass", charset="utf-8", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=[],
  note="absence list with phones to an internal subdomain address",
  sender=frm("sasaki"), to=["川崎センター職員 <staff-kawasaki@mail.hinode-sangyo.co.jp>"],
  subject="本日の欠席・遅刻連絡（11/12）",
  body=f"""各位

佐々木です。本日の欠席・遅刻の連絡です。

{_lines}

2番目の方は10時になっても連絡がなければ、私から携帯に電話します。
佐々木
""")

# 093 — PDF of five new A型 employees with pension numbers and addresses to the consultant
_p = people(5)
M(expect="stop", charset="iso-2022-jp",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
  detectors=["personal_data"],
  note="five new employees' basic pension numbers and addresses in a PDF to an outside consultant",
  sender=frm("fujimaki"), to=["やまぶき社会保険労務士事務所 <jimusho@sr-yamabuki.jp>"],
  subject="社会保険 資格取得届の作成依頼（A型 新規雇用5名）",
  body=f"""やまぶき社会保険労務士事務所 御中

お世話になっております。日の出産業 経理課の藤巻です。
ひのでワークス鶴見（A型）で12月1日付で雇用した5名の資格取得届の作成をお願いいたします。
必要事項を添付のPDFにまとめました。
{sig("fujimaki", 1)}""",
  attachments=[{"kind": "pdf", "name": "資格取得届_作成依頼_1201.pdf", "title": "資格取得届 作成依頼",
                "lines": ["社会保険 資格取得届 作成依頼（2025年12月1日取得）", "事業所：ひのでワークス鶴見", ""],
                "table": [["氏名", "生年月日", "基礎年金番号", "住所", "報酬月額"]] + [
                    [p["name"], wareki(p["y"], p["m"], p["d"]),
                     f"{random.Random(p['name']).randint(1000, 9999)}-{random.Random(p['addr']).randint(100000, 999999)}",
                     p["addr"], f"{88000 + 2000 * i:,}円"] for i, p in enumerate(_p)]}])

# 094 — reply to the consultant; insurance numbers only in the quoted message
_p = people(5)
_q = "\n".join(f"> {p['name']}  記号 {3100 + i * 7}  番号 {40 + i}" for i, p in enumerate(_p))
M(expect="pass", charset="cp932", entities=[], detectors=[],
  note="acknowledgement; the insured persons' numbers are in the consultant's quoted mail",
  sender=frm("fujimaki"), to=["やまぶき社会保険労務士事務所 <jimusho@sr-yamabuki.jp>"],
  subject="Re: 資格取得のご連絡（健康保険証の記号・番号）",
  body=f"""やまぶき社会保険労務士事務所 御中

藤巻です。ご連絡ありがとうございます。
保険証が届きましたら、事業所からご本人へ手渡しいたします。
引き続きよろしくお願いいたします。

-----Original Message-----
From: やまぶき社会保険労務士事務所 <jimusho@sr-yamabuki.jp>
Sent: Friday, December 5, 2025 5:41 PM
Subject: 資格取得のご連絡（健康保険証の記号・番号）

> 藤巻様
> 12/1付の資格取得が完了しました。健康保険の記号・番号は以下のとおりです。
{_q}
> 保険証は1週間ほどで事業所宛に届きます。
""")

# 095 — slides with a 部外秘 footer to an outside consultant
M(expect="stop", charset="utf-8", entities=[], detectors=["confidential_marking"],
  note="slides carry a 部外秘 footer on every page and go to an outside consultant",
  sender=frm("okochi"), to=["福祉経営コンサルあおい 青井様 <info@fukushi-consult-aoi.jp>"],
  subject="来期の体制案（打合せ資料）",
  body=f"""青井様

お世話になっております。大河内です。
12/5の打合せ資料をお送りします。当日はこの資料に沿ってご説明します。
{sig("okochi", 1)}""",
  attachments=[{"kind": "pptx", "name": "来期体制案_1205.pptx", "page_footer": "部外秘",
                "slides": [["来期の支援体制（案）", "福祉事業部"],
                           ["定員と人員配置", "就労移行 定員20→24名", "職業指導員 1名増員",
                            "就労選択支援の新規指定を申請"],
                           ["収支見込み", "基本報酬の区分変更による増収を見込む"]]}])

# 096 — legal consultation about one user (intellectual disability, guardianship, PDF record)
_p = people(1)[0]
M(expect="stop", charset="iso-2022-jp",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
  note="a named user's intellectual disability and money trouble sent to the law firm with a record",
  sender=frm("murakami"), to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
  subject="利用者の金銭トラブルについてのご相談",
  body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 ひので就労支援センター川崎の村上です。
利用者の金銭トラブルについてご相談させてください。

対象者は{_p['name']}さん（{wareki(_p['y'], _p['m'], _p['d'])}生）で、中度の知的障害があり
療育手帳B1をお持ちです。SNSで知り合った人物に「投資」名目で工賃や障害年金から
合計約80万円を渡してしまったことが分かりました。
成年後見制度の利用も含めて、今後の対応についてご助言をいただけますでしょうか。

面談記録をPDFで添付いたします。
{sig("murakami")}""",
  attachments=[{"kind": "pdf", "name": "面談記録_1104.pdf", "title": "面談記録",
                "lines": ["面談記録（2025年11月4日）", f"対象者：{_p['name']}　（療育手帳B1）",
                          "聴取者：村上、佐々木", "・7月ごろSNSで知り合った男性に複数回送金",
                          "・本人は「お金は増えて返ってくる」と説明されていた",
                          "・家族（姉）には未相談。本人は姉に知られることを強く拒否"]}])

# 097 — contract template review with the law firm
M(expect="pass", charset="cp932", entities=[], detectors=[],
  note="contract template review with a partner law firm; no personal data",
  sender=frm("murakami"), to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
  subject="利用契約書ひな形の改訂について",
  body=f"""白川先生

お世話になっております。村上です。
来年度の報酬改定に合わせて、利用契約書と重要事項説明書のひな形を見直しております。
特に以下の条項についてご確認をお願いできますでしょうか。

　第8条（利用者負担額）：上限月額の記載方法
　第14条（契約の解除）：長期欠席時の取扱い
　第17条（秘密保持）：退所後の情報の取扱い

改訂案（変更履歴付き）は来週お送りします。
{sig("murakami", 1)}
{DISC_JA}""")

# 098 — job-placement request to Hello Work for one user with diagnosis
_p = people(1)[0]
M(expect="stop", charset="utf-8",
  entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
  detectors=["personal_data"],
  note="one job seeker's diagnosis, certificate, birth date and phone sent to Hello Work",
  sender=frm("sasaki"), to=[HW],
  subject="職業紹介のご相談（就労移行利用者）",
  body=f"""ハローワーク朝日野 専門援助部門 田村様

お世話になっております。佐々木です。
以前お話しした利用者の方について、求職登録と職業紹介をお願いしたくご連絡しました。

　氏名：{_p['name']}（{_p['kana']}）
　生年月日：{_p['dob']}
　連絡先：{_p['tel']}
　障害：{_p['diag']}（{_p['techo']}）
　希望：事務補助、週20～30時間、川崎市内
　配慮事項：電話応対が苦手なため、メール・チャット中心の業務を希望

来週の窓口相談に本人と同行いたします。
{sig("sasaki")}""")

# 099 — visit announcement to Hello Work (staff names only)
M(expect="pass", charset="iso-2022-jp", entities=[], detectors=[],
  note="visit announcement with two staff names; no personal data",
  sender=frm("sasaki"), to=[HW],
  subject="来所のご連絡（11/19）",
  body=f"""ハローワーク朝日野 専門援助部門 ご担当者様

お世話になっております。ひので就労支援センター川崎の佐々木です。
11月19日（水）14時に、情報交換のため佐々木と岡部の2名で伺います。
今年度の障害者求人の動向について、お話を伺えれば幸いです。

よろしくお願いいたします。
{sig("sasaki", 4)}""")

# 100 — internal: encrypted ZIP between offices (internal only)
M(expect="pass", charset="cp932", entities=[], detectors=[],
  note="encrypted ZIP, but every recipient is internal",
  sender=frm("murakami"), to=[addr("hasegawa")], cc=[addr("okochi")],
  subject="鶴見への移籍者の支援記録（パスワード付き）",
  body="""長谷川さん

お疲れさまです。村上です。
12月から鶴見のA型に移る2名の支援記録をZIPでお送りします。
パスワードは社内チャットで送ります。

村上
""",
  attachments=[{"kind": "zip", "name": "支援記録_移籍者2名.zip", "password": "tsurumi-1201",
                "files": [{"kind": "txt", "name": "支援記録.txt", "text": "支援記録（移籍者2名）"}]}])
