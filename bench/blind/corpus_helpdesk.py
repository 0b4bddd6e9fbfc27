"""Blind evaluation corpus — area: helpdesk (情報システム部 / ITヘルプデスク).

SaaS アカウント発行・削除依頼をベンダーへ, 利用者一覧, 多要素認証用の携帯番号, PC 貸与台帳,
退職者のアカウント停止, 障害連絡, パスワード付きZIP, ログ提出.

Everything in this file is invented: people, numbers, addresses, log lines and the
companies other than those the brief names. It was written blind, from BRIEF.md,
build.py and SPEC.md only, without reading mailguard's code, rules or tests.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 32001
rng = random.Random(SEED)

DOM = "hinode-sangyo.co.jp"

# -- helpers --------------------------------------------------------------------------

_FW = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def fw(s: str) -> str:
    return s.translate(_FW)


_k = {"mn": 0, "cc": 0}


def mynum() -> str:
    v = my_number(SEED + _k["mn"])
    _k["mn"] += 1
    return v


def card() -> str:
    v = card_number(SEED + _k["cc"])
    _k["cc"] += 1
    return v


def corp_number(base12: str) -> str:
    """法人番号: check digit = 9 - (Σ Pn·Qn mod 9), Qn = 1 (odd n) / 2 (even n)."""
    s = 0
    for n in range(1, 13):
        s += int(base12[12 - n]) * (1 if n % 2 else 2)
    return str(9 - s % 9) + base12


HINODE_CORP = corp_number("010401089213")

POOL = [
    ("小鳥遊", "紗季", "タカナシ", "サキ", "takanashi", "saki"),
    ("東海林", "亮介", "ショウジ", "リョウスケ", "shoji", "ryosuke"),
    ("五百旗頭", "誠", "イオキベ", "マコト", "iokibe", "makoto"),
    ("勅使河原", "千尋", "テシガワラ", "チヒロ", "teshigawara", "chihiro"),
    ("百目鬼", "大地", "ドウメキ", "ダイチ", "domeki", "daichi"),
    ("九十九", "遥", "ツクモ", "ハルカ", "tsukumo", "haruka"),
    ("御手洗", "陽菜", "ミタライ", "ヒナ", "mitarai", "hina"),
    ("佐藤", "裕太", "サトウ", "ユウタ", "sato", "yuta"),
    ("鈴木", "彩花", "スズキ", "アヤカ", "suzuki", "ayaka"),
    ("高橋", "悠真", "タカハシ", "ユウマ", "takahashi", "yuma"),
    ("田中", "美咲", "タナカ", "ミサキ", "tanaka", "misaki"),
    ("伊藤", "翔", "イトウ", "ショウ", "ito", "sho"),
    ("渡辺", "結衣", "ワタナベ", "ユイ", "watanabe", "yui"),
    ("山本", "拓真", "ヤマモト", "タクマ", "yamamoto", "takuma"),
    ("中村", "葵", "ナカムラ", "アオイ", "nakamura", "aoi"),
    ("小林", "蓮", "コバヤシ", "レン", "kobayashi", "ren"),
    ("加藤", "真由", "カトウ", "マユ", "kato", "mayu"),
    ("吉田", "健太郎", "ヨシダ", "ケンタロウ", "yoshida", "kentaro"),
    ("山口", "さくら", "ヤマグチ", "サクラ", "yamaguchi", "sakura"),
    ("松本", "航", "マツモト", "ワタル", "matsumoto", "wataru"),
    ("井上", "菜々子", "イノウエ", "ナナコ", "inoue", "nanako"),
    ("木村", "俊介", "キムラ", "シュンスケ", "kimura", "shunsuke"),
    ("林", "千夏", "ハヤシ", "チナツ", "hayashi", "chinatsu"),
    ("斎藤", "隼人", "サイトウ", "ハヤト", "saito", "hayato"),
    ("清水", "由佳", "シミズ", "ユカ", "shimizu", "yuka"),
    ("山崎", "大輔", "ヤマザキ", "ダイスケ", "yamazaki", "daisuke"),
    ("森", "香織", "モリ", "カオリ", "mori", "kaori"),
    ("阿部", "一真", "アベ", "カズマ", "abe", "kazuma"),
    ("池田", "莉子", "イケダ", "リコ", "ikeda", "riko"),
    ("橋本", "康平", "ハシモト", "コウヘイ", "hashimoto", "kohei"),
    ("石川", "舞", "イシカワ", "マイ", "ishikawa", "mai"),
    ("前田", "悟", "マエダ", "サトル", "maeda", "satoru"),
    ("藤田", "真奈美", "フジタ", "マナミ", "fujita", "manami"),
    ("後藤", "雄一", "ゴトウ", "ユウイチ", "goto", "yuichi"),
    ("岡田", "明日香", "オカダ", "アスカ", "okada", "asuka"),
    ("長谷川", "智也", "ハセガワ", "トモヤ", "hasegawa", "tomoya"),
    ("村上", "絢子", "ムラカミ", "アヤコ", "murakami", "ayako"),
    ("近藤", "剛", "コンドウ", "ツヨシ", "kondo", "tsuyoshi"),
    ("石井", "詩織", "イシイ", "シオリ", "ishii", "shiori"),
    ("坂本", "圭", "サカモト", "ケイ", "sakamoto", "kei"),
    ("遠藤", "早紀", "エンドウ", "サキ", "endo", "saki"),
    ("青木", "啓介", "アオキ", "ケイスケ", "aoki", "keisuke"),
    ("藤井", "瑞穂", "フジイ", "ミズホ", "fujii", "mizuho"),
    ("西村", "拓也", "ニシムラ", "タクヤ", "nishimura", "takuya"),
    ("福田", "麻衣", "フクダ", "マイ", "fukuda", "mai"),
    ("太田", "修", "オオタ", "オサム", "ota", "osamu"),
    ("三浦", "萌", "ミウラ", "モエ", "miura", "moe"),
    ("比嘉", "優斗", "ヒガ", "ユウト", "higa", "yuto"),
    ("金城", "美月", "キンジョウ", "ミヅキ", "kinjo", "mizuki"),
    ("宇佐美", "恒夫", "ウサミ", "ツネオ", "usami", "tsuneo"),
    ("我妻", "沙耶", "ワガツマ", "サヤ", "wagatsuma", "saya"),
    ("猪狩", "浩二", "イガリ", "コウジ", "igari", "koji"),
    ("丹野", "由紀子", "タンノ", "ユキコ", "tanno", "yukiko"),
    ("頼", "宗一郎", "ライ", "ソウイチロウ", "rai", "soichiro"),
    ("及川", "千里", "オイカワ", "チサト", "oikawa", "chisato"),
    ("能登", "晴美", "ノト", "ハルミ", "noto", "harumi"),
    ("雲母", "亜希", "キララ", "アキ", "kirara", "aki"),
    ("四月一日", "侑", "ワタヌキ", "ユウ", "watanuki", "yu"),
    ("日下部", "岳", "クサカベ", "ガク", "kusakabe", "gaku"),
    ("鬼塚", "恵理", "オニヅカ", "エリ", "onizuka", "eri"),
]

ADDR = [
    ("330-0845", "埼玉県さいたま市大宮区仲町3-18-2 グランメゾン大宮502"),
    ("272-0034", "千葉県市川市市川2-9-11"),
    ("214-0014", "神奈川県川崎市多摩区登戸1587-3 ハイツ登戸201"),
    ("181-0013", "東京都三鷹市下連雀4-6-22"),
    ("135-0016", "東京都江東区東陽5-12-8-1104"),
    ("260-0013", "千葉県千葉市中央区中央3-5-1"),
    ("231-0062", "神奈川県横浜市中区桜木町2-2-7 桜木町レジデンス903"),
    ("343-0808", "埼玉県越谷市赤山本町8-14"),
    ("300-1234", "茨城県牛久市中央1-22-9"),
    ("206-0011", "東京都多摩市関戸2-40-13"),
    ("252-0303", "神奈川県相模原市南区相模大野7-3-19"),
    ("167-0051", "東京都杉並区荻窪1-33-4 コーポ荻窪103"),
    ("277-0005", "千葉県柏市柏4-8-16"),
    ("350-1123", "埼玉県川越市脇田本町11-5"),
    ("186-0002", "東京都国立市東1-15-30 メゾン国立3F"),
    ("273-0005", "千葉県船橋市本町6-2-21"),
]

DEPTS = ["営業第一部", "営業第二部", "経理部", "生産管理部", "品質保証部", "総務部", "物流部",
         "経営企画室", "購買部", "技術開発部", "人事部", "カスタマーサポート課"]


def people(n: int) -> list[dict[str, str]]:
    keys = ("sei", "mei", "ksei", "kmei", "rsei", "rmei")
    return [dict(zip(keys, p)) for p in rng.sample(POOL, n)]


def name(p: dict[str, str], sep: str = " ") -> str:
    return p["sei"] + sep + p["mei"]


def kana(p: dict[str, str], sep: str = " ") -> str:
    return p["ksei"] + sep + p["kmei"]


def roma(p: dict[str, str], style: int = 0) -> str:
    if style == 0:
        return f"{p['rmei'].title()} {p['rsei'].title()}"
    return f"{p['rsei'].upper()} {p['rmei'].title()}"


def mail(p: dict[str, str], style: int = 0, dom: str = DOM) -> str:
    local = [f"{p['rmei'][0]}-{p['rsei']}", f"{p['rmei']}.{p['rsei']}",
             f"{p['rsei']}.{p['rmei'][0]}", f"{p['rsei']}{p['rmei'][0]}"][style]
    return f"{local}@{dom}"


def mobile(sep: str = "-") -> str:
    pre = rng.choice(["090", "080", "070", "090", "080"])
    return f"{pre}{sep}{rng.randrange(1000, 10000)}{sep}{rng.randrange(1000, 10000)}"


def empno(prefix: str = "") -> str:
    return f"{prefix}{rng.randrange(100001, 239999)}"


def dob(lo: int = 1962, hi: int = 2003) -> tuple[int, int, int]:
    return rng.randrange(lo, hi), rng.randrange(1, 13), rng.randrange(1, 29)


def wareki(d: tuple[int, int, int], style: str = "kanji") -> str:
    y, m, dd = d
    if (y, m, dd) >= (1989, 1, 8):
        era, e, ey = "平成", "H", y - 1988
    else:
        era, e, ey = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{ey}年{m}月{dd}日"
    if style == "fwkanji":
        return fw(f"{era}{ey}年{m}月{dd}日")
    if style == "fwshort":
        return fw(f"{e}{ey}.{m}.{dd}").replace("S", "Ｓ").replace("H", "Ｈ")
    return f"{e}{ey}.{m}.{dd}"


def ymd(d: tuple[int, int, int], style: str = "/") -> str:
    y, m, dd = d
    if style == "/":
        return f"{y}/{m:02d}/{dd:02d}"
    if style == "-":
        return f"{y}-{m:02d}-{dd:02d}"
    return f"{y}年{m}月{dd}日"


def addr() -> tuple[str, str]:
    return rng.choice(ADDR)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int, fill: str = " ") -> str:
    return s + fill * max(0, w - width(s))


def table(rows: list[list[str]], gap: str = "  ", rule: str = "-") -> str:
    ws = [max(width(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = [gap.join(pad(c, ws[i]) for i, c in enumerate(rows[0])).rstrip()]
    if rule:
        out.append(gap.join(rule * ws[i] for i in range(len(ws))))
    for r in rows[1:]:
        out.append(gap.join(pad(c, ws[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


STAFF = {
    "murase": ("村瀬 拓海", "Takumi Murase", "t-murase", "情報システム部 ITヘルプデスク", "2231"),
    "tokano": ("戸叶 ゆかり", "Yukari Tokano", "y-tokano", "情報システム部 インフラグループ", "2240"),
    "okochi": ("大河内 健", "Ken Okochi", "ken.okochi", "情報システム部 部長代理", "2201"),
    "hiwatashi": ("樋渡 真理子", "Mariko Hiwatashi", "m-hiwatashi", "総務部 IT推進課", "1315"),
    "narumi": ("鳴海 光", "Hikaru Narumi", "h-narumi", "情報システム部 セキュリティ推進グループ", "2252"),
    "itokazu": ("糸数 まどか", "Madoka Itokazu", "m-itokazu", "情報システム部 ITヘルプデスク", "2233"),
    "chiba": ("千葉 直樹", "Naoki Chiba", "n-chiba", "情報システム部 業務システムグループ", "2264"),
}


def sender(key: str) -> str:
    n, _, local, _, _ = STAFF[key]
    return f"{n} <{local}@{DOM}>"


def sign(key: str, style: int = 0) -> str:
    n, en, local, dept, ext = STAFF[key]
    if style == 0:
        return (f"--\n日の出産業株式会社\n{dept}\n{n}\n"
                f"〒103-0027 東京都中央区日本橋2-11-5 日の出日本橋ビル7F\n"
                f"TEL: 03-5201-7730（代表）／内線 {ext}\nMail: {local}@{DOM}")
    if style == 1:
        return ("━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
                f" 日の出産業株式会社　{dept}\n {n}\n"
                f" TEL 03-5201-7730(代)  FAX 03-5201-7739\n"
                f" E-mail {local}@{DOM}\n"
                "━━━━━━━━━━━━━━━━━━━━━━━━━━━")
    if style == 2:
        return (f"--\n{en}\nIT Department, Hinode Sangyo Co., Ltd.\n"
                f"2-11-5 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan\n"
                f"Tel: +81-3-5201-7730 (ext. {ext})\n{local}@{DOM}")
    return f"日の出産業 {dept} {n}（内線{ext}）"


DISC_JA = ("※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。")
DISC_EN = ("This e-mail and any attachments may contain confidential information. If you "
           "are not the intended recipient, please notify the sender immediately and delete "
           "this e-mail. Any unauthorised use or disclosure is prohibited.")

M: list[dict] = []

# -- 001: new-hire SaaS accounts, padded columns in the body (8 people) -------------------
_p = people(8)
_rows = [["氏名", "ローマ字", "メールアドレス", "所属"]]
for i, p in enumerate(_p):
    _rows.append([name(p), roma(p), mail(p, 1), rng.choice(DEPTS)])
M.append({
    "id": "helpdesk-001",
    "sender": sender("murase"),
    "to": ["クラウドノート サポートセンター <support@cloudnote.co.jp>"],
    "cc": [f"情報システム部 <isys@{DOM}>"],
    "subject": "【アカウント発行依頼】新入社員8名分（日の出産業）",
    "charset": "iso-2022-jp",
    "body": f"""クラウドノート株式会社
サポートセンター ご担当者様

いつもお世話になっております。
日の出産業株式会社 情報システム部の村瀬です。

4月1日付の新入社員分として、下記8名のアカウント発行をお願いいたします。
ライセンスは先月追加いただいた Standard プラン（契約番号 CN-2291-0457）から割り当ててください。
初期パスワードは従来どおり、管理者宛の通知メールでお送りいただけますと助かります。

{table(_rows)}

発行完了のご連絡は、本メールへの返信でいただけますと幸いです。
以上、よろしくお願いいたします。

{sign("murase")}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "8 new hires' names and e-mail addresses in padded columns, sent to an external SaaS vendor",
})

# -- 002: the separate password mail (PPAP second half), nothing personal -------------------
M.append({
    "id": "helpdesk-002",
    "sender": sender("tokano"),
    "to": ["森岡 様 <morioka@tsubasa-system.jp>"],
    "subject": "【パスワード通知】サーバ設定ファイル一式の件",
    "charset": "iso-2022-jp",
    "body": f"""ツバサシステム株式会社
森岡様

お世話になっております。日の出産業の戸叶です。

先ほど別便でお送りした「srv-config_20250611.zip」の解凍パスワードをお知らせします。

　パスワード：　Kt7#wQz2Lm

お手数ですがご確認をお願いいたします。

{sign("tokano", 3)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the password half of a PPAP pair: no attachment, no personal data, one partner recipient",
})

# -- 003: retirees' account deletion, CSV (CP932), 6 rows ---------------------------------
_p = people(6)
_rows = [["社員番号", "氏名", "フリガナ", "メールアドレス", "退職日", "最終出社日", "備考"]]
for p in _p:
    _rows.append([empno(), name(p, "　"), kana(p, "　"), mail(p, 0),
                  "2025/03/31", f"2025/03/{rng.randrange(10, 29)}",
                  rng.choice(["", "", "有休消化", "転籍（日の出ロジ）", ""])])
M.append({
    "id": "helpdesk-003",
    "sender": sender("tokano"),
    "to": ["森岡 様 <morioka@tsubasa-system.jp>"],
    "cc": [f"村瀬 <t-murase@{DOM}>"],
    "subject": "3月末退職者のアカウント削除のお願い",
    "charset": "cp932",
    "body": f"""森岡様

お世話になっております。日の出産業 情報システム部の戸叶です。

3月末退職者のアカウント削除（グループウェア／ワークフロー両方）をお願いいたします。
対象者は添付CSVのとおり6名です。
削除は各人の退職日翌日（4/1）午前中の実施でお願いできますでしょうか。
メールボックスは30日間保持のうえ削除、で従来どおりです。

よろしくお願いいたします。

{sign("tokano")}
""",
    "attachments": [{"kind": "csv", "name": "退職者一覧_202503.csv", "encoding": "cp932",
                     "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "CSV of 6 retirees (employee no., name, kana, e-mail, dates) to the system vendor",
})

# -- 004: MFA SMS registrants, XLSX with a title row and a second sheet (12 people) -------
_p = people(12)
_sheet = [["多要素認証（SMS）登録者一覧　2025年度上期"], [],
          ["No", "社員番号", "氏名", "所属", "携帯電話番号", "貸与/私有", "登録日"]]
for i, p in enumerate(_p, 1):
    _sheet.append([i, empno("H"), name(p), rng.choice(DEPTS), mobile(),
                   rng.choice(["貸与", "私有", "私有"]), f"2025/04/{rng.randrange(1, 29):02d}"])
M.append({
    "id": "helpdesk-004",
    "sender": sender("narumi"),
    "to": ["菅原 様 <sugawara@securegate.jp>"],
    "subject": "SMS認証 登録者リストのご送付（日の出産業）",
    "charset": "utf-8",
    "body": f"""セキュアゲート株式会社
菅原様

いつもお世話になっております。日の出産業の鳴海です。

先日のお打合せでご依頼いただいた、SMS認証の初期登録用リストを添付いたします。
今回は営業部門を中心に12名分です。残りの部門は来月まとめてお送りします。

登録完了後、各ユーザーへの案内メールはこちらから送付しますので、
御社からの直接送信は不要です。

{sign("narumi")}

{DISC_JA}
""",
    "attachments": [{"kind": "xlsx", "name": "SMS認証_登録者一覧_2025上期.xlsx",
                     "sheets": {"登録者": _sheet,
                                "変更履歴": [["日付", "内容", "担当"],
                                             ["2025/04/03", "初版作成", "鳴海"],
                                             ["2025/04/10", "営業第二部 3名追加", "鳴海"]]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX of 12 employees' mobile numbers for SMS MFA to the MFA vendor (disclaimer at the end is not a marking)",
})

# -- 005: internal only: retirees' home addresses for PC return kits --------------------
_p = people(6)
_blocks = []
for p in _p:
    z, a = addr()
    _blocks.append(f"■{name(p)}（{rng.choice(DEPTS)}）\n　〒{z} {a}\n　連絡先：{mobile()}")
M.append({
    "id": "helpdesk-005",
    "sender": f"人事部 嘉手納 里美 <s-kadena@{DOM}>",
    "to": [f"ITヘルプデスク <helpdesk@{DOM}>"],
    "cc": [f"総務部 庶務課 <shomu@{DOM}>"],
    "subject": "退職者PC返却キット送付先",
    "charset": "iso-2022-jp",
    "body": "ヘルプデスク各位\n\n人事の嘉手納です。\n6月末退職者のうち在宅勤務中の方の返却キット送付先です。\n"
            "本人確認済みです。発送手配をお願いします。\n\n" + "\n\n".join(_blocks) +
            "\n\n以上です。\n人事部 嘉手納（内線1402）\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": [],
    "note": "home addresses and phones of 6 people, but every recipient is internal",
})

# -- 006: MFA list without a name column, tab-separated (7 rows) --------------------------
_p = people(7)
_lines = ["ユーザーID\t携帯番号\t認証方式\t備考"]
for p in _p:
    _lines.append(f"{mail(p, 2)}\t{mobile('')}\t{rng.choice(['SMS', 'SMS', '音声'])}\t"
                  f"{rng.choice(['', '機種変更', '番号変更', '', '新規'])}")
M.append({
    "id": "helpdesk-006",
    "sender": sender("itokazu"),
    "to": ["support@securegate.jp"],
    "subject": "【日の出産業】認証用電話番号の変更依頼（7件）",
    "charset": "utf-8",
    "body": "セキュアゲート サポート窓口 御中\n\n"
            "お世話になっております。日の出産業 ヘルプデスクの糸数です。\n"
            "以下7件について、認証用電話番号の登録変更をお願いします。\n"
            "（Excelからそのまま貼り付けています。見づらくてすみません）\n\n"
            + "\n".join(_lines) + "\n\n"
            "変更後、旧番号でのSMS送信は停止してください。\n"
            "よろしくお願いいたします。\n\n" + sign("itokazu", 1) + "\n",
    "expect": "stop",
    "entities": ["EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "7 rows of user ID (e-mail) + mobile number, no name column, tab-separated, to the MFA vendor",
})

# -- 007: PPAP: the PC ledger in a password ZIP -----------------------------------------
_p = people(9)
_ledger = [["資産番号", "使用者", "所属", "機種", "シリアル"]]
for p in _p:
    _ledger.append([f"HS-PC-{rng.randrange(1000, 9999)}", name(p), rng.choice(DEPTS),
                    "LB-X13 Gen4", f"PF{rng.randrange(100000, 999999)}"])
M.append({
    "id": "helpdesk-007",
    "sender": sender("hiwatashi"),
    "to": ["宮内 様 <miyauchi@mirai-lease.co.jp>"],
    "subject": "リース満了PCの一覧送付（パスワード別送）",
    "charset": "cp932",
    "body": f"""みらいリース株式会社
宮内様

平素より大変お世話になっております。
日の出産業 総務部の樋渡でございます。

9月でリース満了となるPCの一覧を添付にてお送りいたします。
ファイルにはパスワードを設定しておりますので、別メールにてお知らせいたします。

ご査収のほど、よろしくお願い申し上げます。

{sign("hiwatashi", 1)}
""",
    "attachments": [{"kind": "zip", "name": "リース満了PC一覧.zip", "password": "mL9!xr4Tq",
                     "files": [{"kind": "xlsx", "name": "リース満了PC一覧.xlsx",
                                "sheets": {"一覧": _ledger}}]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to an external lessor: cannot be inspected",
})

# -- 008: reply to the vendor; the user list is only in the quoted part -----------------
_p = people(8)
_q = "\n".join(f"> {i}. {name(p)}　{mail(p, 1)}" for i, p in enumerate(_p, 1))
M.append({
    "id": "helpdesk-008",
    "sender": sender("murase"),
    "to": ["安達 様 <adachi@cloudnote.co.jp>"],
    "subject": "Re: 【クラウドノート】アカウント発行完了のお知らせ",
    "charset": "iso-2022-jp",
    "body": f"""安達様

早速のご対応ありがとうございます。
8名分、こちらでもログインできることを確認いたしました。
初回ログイン時のパスワード変更も問題なく動作しています。

引き続きよろしくお願いいたします。

村瀬

> 日の出産業株式会社
> 村瀬様
>
> いつもお世話になっております。クラウドノートの安達です。
> ご依頼いただいた下記アカウントの発行が完了しました。
>
{_q}
>
> 初期パスワードは管理者様宛に別途お送りしております。
> ご確認のほどよろしくお願いいたします。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the 8-user list appears only in '>' quoted text of the vendor's own mail; new text is a thank-you",
})

# -- 009: log submission: sign-in log with 9 users' e-mail + source IP ------------------
_p = people(9)
_ips = ["203.0.113.45", "198.51.100.23", "192.0.2.118", "203.0.113.201", "10.20.4.33"]
_log = []
for h in range(22):
    p = rng.choice(_p)
    _log.append(f"2025-06-12T{8 + h // 3:02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}+09:00 "
                f"{rng.choice(['SUCCESS', 'SUCCESS', 'FAILURE'])} user={mail(p, 0)} "
                f"src={rng.choice(_ips)} app={rng.choice(['Groupware', 'VPN', 'Workflow'])} "
                f"mfa={rng.choice(['sms', 'app', 'none'])}")
for p in _p:  # make sure every user appears
    _log.append(f"2025-06-12T18:{rng.randrange(60):02d}:{rng.randrange(60):02d}+09:00 SUCCESS "
                f"user={mail(p, 0)} src=10.20.4.{rng.randrange(2, 250)} app=Groupware mfa=app")
M.append({
    "id": "helpdesk-009",
    "sender": sender("narumi"),
    "to": ["SOC窓口 <soc@cyberwatch-sec.jp>"],
    "subject": "【ログ提出】不審サインイン調査（チケット CW-2025-0613）",
    "charset": "utf-8",
    "body": f"""サイバーウォッチ株式会社 SOCご担当者様

日の出産業の鳴海です。
CW-2025-0613 の件、6/12 分のサインインログを抽出しましたので添付します。
対象はグループウェア・VPN・ワークフローの3系統です。
海外IPからの失敗が続いているアカウントがあり、ご確認いただけますでしょうか。

{sign("narumi", 0)}
""",
    "attachments": [{"kind": "txt", "name": "signin_log_20250612.txt", "text": "\n".join(_log) + "\n"}],
    "expect": "stop",
    "entities": ["EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "sign-in log naming 9 distinct employees (e-mail + IP + times) submitted to an external SOC",
})

# -- 010: look-alike of the partner domain (dropped letter) --------------------------------
M.append({
    "id": "helpdesk-010",
    "sender": sender("itokazu"),
    "to": ["森岡 様 <morioka@tsubasa-sytem.jp>"],
    "subject": "MFAリセットのお願い（営業第二部 東海林様）",
    "charset": "iso-2022-jp",
    "body": f"""ツバサシステム 森岡様

お世話になっております。日の出産業ヘルプデスクの糸数です。

営業第二部の東海林さんがスマートフォンを機種変更され、認証アプリが使えなくなっています。
お手数ですが、MFAの登録リセットをお願いできますでしょうか。
リセット後はご本人に再登録していただきます。

{sign("itokazu", 3)}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-sytem.jp is the partner tsubasa-system.jp with a letter dropped",
})

# -- 011: incident report to the one vendor ---------------------------------------------
M.append({
    "id": "helpdesk-011",
    "sender": sender("chiba"),
    "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "cc": [f"情報システム部 <isys@{DOM}>", f"大河内 <ken.okochi@{DOM}>"],
    "subject": "【障害連絡】ワークフローシステム 503エラー発生（10:42〜）",
    "charset": "utf-8",
    "body": f"""ツバサシステム株式会社 サポートご担当者様

日の出産業 情報システム部の千葉です。
本日10:42頃より、ワークフローシステムで503エラーが断続的に発生しています。

■事象
・申請画面を開くと「503 Service Unavailable」が表示される（全ユーザー）
・10:42〜現在（11:15）まで継続、数分おきに一時的に回復
■環境
・APサーバ：wf-ap01 / wf-ap02（ロードバランサ配下）
・DBサーバ：wf-db01 の CPU 使用率は平常（20%前後）
■当社管理番号
・INC-20250702-0031

至急、原因調査をお願いいたします。
状況に変化があれば追ってご連絡します。

{sign("chiba")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary incident report to one partner vendor: server names and ticket numbers only",
})

# -- 012: incident notice to four partner companies in To (should have been Bcc) -------
M.append({
    "id": "helpdesk-012",
    "sender": sender("chiba"),
    "to": ["川崎電機 購買部 大橋様 <ohashi@kawasaki-denki.co.jp>",
           "青葉運輸 配車センター 今井様 <imai@aoba-unyu.co.jp>",
           "北国フーズ 資材課 <shizai@kitaguni-foods.co.jp>",
           "錦印刷 営業部 野口様 <noguchi@nishiki-insatsu.co.jp>"],
    "subject": "【障害のお知らせ】受発注EDIシステムの接続障害について",
    "charset": "iso-2022-jp",
    "body": f"""お取引先各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 情報システム部でございます。

本日9時30分頃より、弊社受発注EDIシステムへの接続ができない障害が発生しております。
現在、復旧作業を進めております。

　発生日時：2025年7月8日（火）9:30頃〜
　影響範囲：EDI経由の発注データ送受信、出荷実績の照会
　復旧見込：本日15時頃（見込み）

復旧までの間、お急ぎの発注につきましてはFAX（03-5201-7739）にてご送付ください。
ご迷惑をおかけし誠に申し訳ございません。復旧次第、改めてご連絡いたします。

{sign("chiba", 1)}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four partner organisations addressed together in To: they see each other, should have been Bcc",
})

# -- 013: meeting mail to two external organisations ------------------------------------
M.append({
    "id": "helpdesk-013",
    "sender": sender("okochi"),
    "to": ["森岡 様 <morioka@tsubasa-system.jp>"],
    "cc": ["三輪 様 <miwa@nextsupport.co.jp>", f"千葉 <n-chiba@{DOM}>"],
    "subject": "7/8 EDI障害の振り返り打合せ日程",
    "charset": "iso-2022-jp",
    "body": f"""ツバサシステム 森岡様
ネクストサポート 三輪様

お世話になっております。日の出産業の大河内です。
先日のEDI障害について、三社で振り返りの場を設けたく存じます。

候補日：7/15（火）14:00-15:00、7/16（水）10:00-11:00、7/17（木）16:00-17:00
場所：弊社本社 7F 会議室B（Web併用）

ご都合のよい日時をお知らせください。

{sign("okochi")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "two external organisations in To/Cc: a normal three-way meeting mail",
})

# -- 014: PC lending ledger, XLSX, title row, two sheets (10 people) ---------------------
_p = people(10)
_sheet = [["PC貸与台帳（2025/06/30時点）　情報システム部"], [],
          ["資産番号", "機種", "シリアル番号", "社員番号", "使用者氏名", "所属", "貸与日", "リース満了"]]
for p in _p:
    _sheet.append([f"HS-NB-{rng.randrange(10000, 99999)}", rng.choice(["LB-X13 Gen4", "DX-5440", "SV-14 Pro"]),
                   f"{rng.choice(['PF', 'CN', '5CG'])}{rng.randrange(1000000, 9999999)}", empno(),
                   name(p), rng.choice(DEPTS), f"2022/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}",
                   "2025/09/30"])
M.append({
    "id": "helpdesk-014",
    "sender": sender("hiwatashi"),
    "to": ["宮内 様 <miyauchi@mirai-lease.co.jp>"],
    "subject": "再リース対象機の確認（貸与台帳抜粋）",
    "charset": "cp932",
    "body": f"""みらいリース株式会社
宮内様

お世話になっております。日の出産業の樋渡です。
再リース対象機の確認のため、弊社の貸与台帳から該当分を抜粋してお送りします。
シリアル番号の突合をお願いできますでしょうか。

{sign("hiwatashi")}
""",
    "attachments": [{"kind": "xlsx", "name": "PC貸与台帳_再リース対象.xlsx",
                     "sheets": {"貸与台帳": _sheet,
                                "集計": [["機種", "台数"], ["LB-X13 Gen4", 4], ["DX-5440", 3], ["SV-14 Pro", 3]]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "lending ledger rows tie 10 named employees to employee numbers and departments, sent to a lessor",
})

# -- 015: PC return list with serials only (no people) -----------------------------------
_rows = [["資産番号", "型番", "シリアル", "状態"]]
for _ in range(10):
    _rows.append([f"HS-NB-{rng.randrange(10000, 99999)}", rng.choice(["LB-X13 Gen4", "DX-5440"]),
                  f"PF{rng.randrange(1000000, 9999999)}",
                  rng.choice(["良好", "良好", "天板キズ", "キーボード一部不良", "良好"])])
M.append({
    "id": "helpdesk-015",
    "sender": sender("hiwatashi"),
    "to": ["返却センター <henkyaku@mirai-lease.co.jp>"],
    "subject": "返却PC 10台の集荷依頼",
    "charset": "iso-2022-jp",
    "body": "みらいリース 返却センター ご担当者様\n\n"
            "お世話になっております。日の出産業の樋渡です。\n"
            "リース満了に伴い、下記10台の集荷をお願いいたします。\n"
            "データ消去は弊社にて実施済み（消去証明書は別途）です。\n\n"
            + table(_rows, gap="　", rule="－") + "\n\n"
            "集荷希望日：7月22日（火）午後\n集荷先：本社 7F 情報システム部\n\n"
            + sign("hiwatashi", 1) + "\n",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "asset numbers, models and serials of PCs: no person in the list",
})

# -- 016: HTML-only mail, English, 6 new agent accounts ----------------------------------
_p = people(6)
_tr = "".join(f"<tr><td>{p['rmei'].title()}</td><td>{p['rsei'].title()}</td><td>{mail(p, 1)}</td>"
              f"<td>{rng.choice(['Agent', 'Agent', 'Light agent'])}</td><td>+81 {mobile()[1:]}</td></tr>"
              for p in _p)
M.append({
    "id": "helpdesk-016",
    "sender": sender("murase"),
    "to": ["Brightdesk Support <support@brightdesk.com>"],
    "subject": "New agent accounts for Hinode Sangyo (6 users)",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family:Arial">
<p>Hello Brightdesk team,</p>
<p>Please create the following agent accounts on our tenant <b>hinode-sangyo.brightdesk.com</b>.
Mobile numbers are for the SMS second factor.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>First name</th><th>Last name</th><th>Email</th><th>Role</th><th>Mobile</th></tr>
{_tr}
</table>
<p>Thank you in advance.</p>
<p>Best regards,<br>Takumi Murase<br>IT Department, Hinode Sangyo Co., Ltd.<br>+81-3-5201-7730</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only table of 6 users (name, e-mail, mobile) to a foreign SaaS vendor",
})

# -- 017: network diagram PDF stamped 社外秘 ----------------------------------------------
M.append({
    "id": "helpdesk-017",
    "sender": sender("tokano"),
    "to": ["森岡 様 <morioka@tsubasa-system.jp>"],
    "subject": "ネットワーク構成図（最新版）の送付",
    "charset": "iso-2022-jp",
    "body": f"""森岡様

お世話になっております。日の出産業の戸叶です。
来週のFW更改作業に向けて、最新のネットワーク構成図をお送りします。
コアスイッチ周りが前回版から変わっていますのでご確認ください。

{sign("tokano")}
""",
    "attachments": [{"kind": "pdf", "name": "NW構成図_v3.2.pdf", "title": "ネットワーク構成図 v3.2",
                     "page_header": "社外秘",
                     "lines": ["日の出産業株式会社 ネットワーク構成図 v3.2（2025年6月）",
                               "", "本社 コアSW: HS-CORE-01/02（スタック構成）",
                               "FW: HS-FW-01（Active）/ HS-FW-02（Standby）",
                               "DMZ: 172.16.10.0/24  業務LAN: 10.20.0.0/16",
                               "拠点VPN: 大阪支店 / 名古屋営業所 / 仙台物流センター",
                               "管理セグメント: 10.99.0.0/24（踏み台 hs-jump01 経由のみ）"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "attached network diagram carries a 社外秘 page header and goes to a vendor",
})

# -- 018: internal review of the same 社外秘 document -----------------------------------
M.append({
    "id": "helpdesk-018",
    "sender": sender("tokano"),
    "to": [f"インフラグループ <infra@{DOM}>"],
    "cc": [f"大河内 <ken.okochi@{DOM}>"],
    "subject": "【社外秘】ネットワーク構成図 v3.2 レビュー依頼",
    "charset": "iso-2022-jp",
    "body": "インフラG各位\n\n戸叶です。構成図を v3.2 に更新しました。\n"
            "金曜までに差分のレビューをお願いします（コアSWとDMZ部分）。\n\n戸叶\n",
    "attachments": [{"kind": "pdf", "name": "NW構成図_v3.2.pdf", "page_header": "社外秘",
                     "lines": ["日の出産業株式会社 ネットワーク構成図 v3.2", "本社 コアSW: HS-CORE-01/02"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘 document, but all recipients are internal",
})

# -- 019: forwarded user ticket with a My Number pasted in ------------------------------
_mn = mynum()
M.append({
    "id": "helpdesk-019",
    "sender": sender("itokazu"),
    "to": ["ジンジワークス サポート <support@jinji-works.co.jp>"],
    "subject": "FW: 年末調整画面で個人番号が登録できません",
    "charset": "utf-8",
    "body": f"""ジンジワークス サポートご担当者様

日の出産業 ヘルプデスクの糸数です。
社員から下記の問い合わせがあり、弊社側では原因が分からないため転送いたします。
エラー画面の文言から、入力チェックの問題ではないかと思われます。ご確認をお願いします。

-------- 転送メッセージ --------
差出人: 比嘉 優斗 <y-higa@{DOM}>
件名: 年末調整画面で個人番号が登録できません

ヘルプデスクご担当者様

物流部の比嘉です。年末調整の扶養控除申告の画面で、
自分のマイナンバーを入れると「番号の形式が正しくありません」と出て先に進めません。

入力した番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
（スペースなしでも試しましたが同じでした）

よろしくお願いします。
比嘉
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a forwarded user ticket contains the employee's My Number, sent to an external vendor",
})

# -- 020: corporate card number to a foreign SaaS billing desk (English) ----------------
_cc = card()
M.append({
    "id": "helpdesk-020",
    "sender": sender("okochi"),
    "to": ["Brightdesk Billing <billing@brightdesk.com>"],
    "subject": "Update payment method - account HINODE-SANGYO-JP",
    "charset": "utf-8",
    "body": f"""Hello,

Our corporate card expired last month and the renewal invoice INV-88213 failed.
Could you please update the card on file for account HINODE-SANGYO-JP?

  Card number : {_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}
  Expiry      : 09/29
  Cardholder  : KEN OKOCHI

I tried to do it in the billing portal, but the page keeps timing out.

Thanks,
{sign("okochi", 2)}
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a credit card number in clear text to an external billing desk",
})

# -- 021: a question about paying by credit card (no card number) ------------------------
M.append({
    "id": "helpdesk-021",
    "sender": sender("hiwatashi"),
    "to": ["勤怠クラウド 営業窓口 <sales@kintaicloud.jp>"],
    "subject": "お支払い方法の変更について（契約ID KC-100482）",
    "charset": "iso-2022-jp",
    "body": f"""株式会社勤怠クラウド 営業ご担当者様

いつもお世話になっております。日の出産業 総務部の樋渡です。

現在、月額利用料を請求書払い（銀行振込）にしておりますが、
来期から法人クレジットカード払いに切り替えることは可能でしょうか。
可能であれば、切替の手続き方法と締め日の扱いを教えてください。
カード情報の登録はWeb画面から行う形でしょうか。

よろしくお願いいたします。

{sign("hiwatashi")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "asks about credit card payment; no card number, no personal data",
})

# -- 022: PC return notice to four retirees' gmail addresses in To -----------------------
_p = people(4)
M.append({
    "id": "helpdesk-022",
    "sender": f"日の出産業 ITヘルプデスク <helpdesk@{DOM}>",
    "to": [f"{name(p)} <{p['rsei']}.{p['rmei']}{rng.randrange(10, 99)}@gmail.com>" for p in _p],
    "subject": "【ご返却のお願い】貸与PC・スマートフォンの返却について",
    "charset": "utf-8",
    "body": f"""退職予定の皆さま

日の出産業 ITヘルプデスクです。
在職中に貸与しておりましたPC・スマートフォンのご返却について、ご案内いたします。

・返却期限：7月25日（金）必着
・返却方法：先日ご自宅にお送りした返却キット（着払い伝票同封）をご利用ください
・同梱物：PC本体、ACアダプタ、社用スマートフォン、セキュリティカード

ご不明点はヘルプデスク（03-5201-7735 平日9:00〜17:30）までお問い合わせください。

日の出産業株式会社 情報システム部 ITヘルプデスク
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "four private persons' free-mail addresses openly in To: each is a party, they see each other",
})

# -- 023: one retiree's private address, PC return instructions + tracking number -------
_p = people(1)[0]
M.append({
    "id": "helpdesk-023",
    "sender": sender("itokazu"),
    "to": [f"{name(_p)} <{_p['rsei']}_{_p['rmei'][:3]}@yahoo.co.jp>"],
    "subject": "返却キット発送のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""{_p['sei']}様

ご退職前のお忙しいところ失礼いたします。
日の出産業 ヘルプデスクの糸数です。

本日、PC返却キットを青葉運輸にて発送いたしました。
お問い合わせ番号：4471-2093-8856
明日午前中にお届けの予定です。

返送の際は、同封の着払い伝票をお使いください。
ご不明点があればご連絡ください。

{sign("itokazu")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "one free-mail recipient (a retiree) and a parcel tracking number: ordinary",
})

# -- 024: a corrupt XLSX attached -----------------------------------------------------
M.append({
    "id": "helpdesk-024",
    "sender": sender("murase"),
    "to": ["安達 様 <adachi@cloudnote.co.jp>"],
    "subject": "Re: ライセンス棚卸のご依頼",
    "charset": "iso-2022-jp",
    "body": f"""安達様

お世話になっております。日の出産業の村瀬です。
ライセンス棚卸の件、利用者一覧を添付いたします。
不要になったアカウントには備考欄に「削除」と記載しております。

{sign("murase")}
""",
    "attachments": [{"kind": "corrupt", "name": "利用者一覧_棚卸.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached XLSX is corrupt and cannot be read",
})

# -- 025: one employee's disability in running text -------------------------------------
M.append({
    "id": "helpdesk-025",
    "sender": sender("murase"),
    "to": ["森岡 様 <morioka@tsubasa-system.jp>"],
    "subject": "ワークフロー画面の読み上げソフト対応について",
    "charset": "utf-8",
    "body": f"""森岡様

お世話になっております。日の出産業の村瀬です。

来月から経理部に配属される九十九 遥さんは視覚障害（全盲）があり、
画面読み上げソフト（NVDA）を使って業務をされます。
障害者手帳は1級とのことで、マウス操作はできず、キーボードのみでの操作となります。

ワークフローの申請・承認画面で、ボタンにラベルがなく読み上げられない箇所があると
人事から聞いております。改修の可否と概算費用をご検討いただけますでしょうか。

{sign("murase")}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's disability (要配慮個人情報) in running text, to a vendor",
})

# -- 026: maintenance confirmation with a long disclaimer -------------------------------
M.append({
    "id": "helpdesk-026",
    "sender": sender("tokano"),
    "to": ["ツバサシステム 保守窓口 <hoshu@tsubasa-system.jp>"],
    "subject": "Re: 定期メンテナンス実施日のご確認",
    "charset": "cp932",
    "body": f"""ツバサシステム 保守窓口 ご担当者様

お世話になっております。日の出産業の戸叶です。
8月の定期メンテナンスは、ご提示の 8/23（土）9:00〜18:00 で問題ございません。
当日は弊社側の立会いとして戸叶・千葉の2名がサーバ室に待機します。
作業手順書の最新版を前日までにいただけますと幸いです。

{sign("tokano", 1)}

――――――――――――――――――――――――――――
{DISC_JA}
本メールの内容を許可なく第三者に開示・転送することを禁じます。
――――――――――――――――――――――――――――
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary scheduling mail; the standard disclaimer mentions 機密情報 but is no marking",
})

# -- 027: look-alike of the own domain (co. dropped) with a list of 6 ---------------------
_p = people(6)
_lines = [f"・{name(p)}（{rng.choice(DEPTS)}）　社用携帯 {mobile()}" for p in _p]
M.append({
    "id": "helpdesk-027",
    "sender": sender("chiba"),
    "to": [f"小林 蓮 <r-kobayashi@hinode-sangyo.jp>"],
    "subject": "Re: 仙台物流センター 端末入替対象者",
    "charset": "iso-2022-jp",
    "body": "小林さん\n\n千葉です。入替対象者と社用携帯の一覧です。\n"
            "キッティング後、各自に電話で受け取り日程を調整してください。\n\n"
            + "\n".join(_lines) + "\n\n以上、よろしくお願いします。\n" + sign("chiba", 3) + "\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "meant for a colleague but addressed to hinode-sangyo.jp (co. dropped): a look-alike, with 6 people's phones",
})

# -- 028: sender and recipients on the internal subdomain --------------------------------
_p = people(7)
_rows = [["氏名", "内線", "PHS", "ログインID"]]
for p in _p:
    _rows.append([name(p), str(rng.randrange(1100, 2999)), mobile(), mail(p, 3).split("@")[0]])
M.append({
    "id": "helpdesk-028",
    "sender": f"千葉 直樹 <n-chiba@mail.{DOM}>",
    "to": [f"大阪支店 総務 <osaka-somu@mail.{DOM}>"],
    "cc": [f"ITヘルプデスク <helpdesk@{DOM}>"],
    "subject": "大阪支店 新システム利用者の確認",
    "charset": "utf-8",
    "body": "大阪支店 総務ご担当者様\n\n情報システム部 千葉です。\n"
            "新システムの利用者として登録する方の一覧です。漏れがないかご確認ください。\n\n"
            + table(_rows) + "\n\n千葉\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "user list with phones, but mail.hinode-sangyo.co.jp is an internal subdomain: all internal",
})

# -- 029: four vendors in To/Cc for a kickoff -------------------------------------------
M.append({
    "id": "helpdesk-029",
    "sender": sender("okochi"),
    "to": ["安達 様 <adachi@cloudnote.co.jp>", "森岡 様 <morioka@tsubasa-system.jp>"],
    "cc": ["三輪 様 <miwa@nextsupport.co.jp>", "勤怠クラウド 導入支援 <onboarding@kintaicloud.jp>",
           f"千葉 <n-chiba@{DOM}>"],
    "subject": "SSO統合プロジェクト キックオフのご案内",
    "charset": "iso-2022-jp",
    "body": f"""関係各社 ご担当者様

いつもお世話になっております。日の出産業 情報システム部の大河内です。

社内SaaSのシングルサインオン統合プロジェクトについて、
キックオフミーティングを下記のとおり開催いたします。

日時：8月5日（火）13:30〜15:00
場所：弊社本社 7F 大会議室 ／ オンライン併用
議題：体制・スケジュール確認、各サービスのSAML対応状況

ご出席者のお名前を 7/31 までにお知らせください。

{sign("okochi")}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "four external vendor organisations visible to each other in To/Cc",
})

# -- 030: data-centre entry registration, DOCX table (6 people with DOB, mobile) ---------
_p = people(6)
_t = [["No", "氏名", "フリガナ", "所属会社", "生年月日", "携帯電話"]]
for i, p in enumerate(_p, 1):
    _t.append([str(i), name(p), kana(p), rng.choice(["日の出産業（株）", "日の出産業（株）", "ツバサシステム（株）"]),
               ymd(dob(1970, 2000)), mobile()])
M.append({
    "id": "helpdesk-030",
    "sender": sender("tokano"),
    "to": ["東京データセンター 入館受付 <nyukan@tokyo-dc.co.jp>"],
    "subject": "入館者登録申請（8/23 定期メンテナンス）",
    "charset": "cp932",
    "body": f"""東京データセンター株式会社
入館受付ご担当者様

いつもお世話になっております。日の出産業の戸叶です。
8月23日の定期メンテナンスに伴い、入館者登録をお願いいたします。
所定の申請書に記入のうえ添付いたしました。

ラック番号：B3-12, B3-13
作業時間：9:00〜18:00

{sign("tokano")}
""",
    "attachments": [{"kind": "docx", "name": "入館者登録申請書_0823.docx",
                     "paragraphs": ["入館者登録申請書", "申請会社：日の出産業株式会社",
                                    "作業日：2025年8月23日（土）", "作業内容：定期メンテナンス（OS更新）",
                                    "以下の者の入館を申請します。"],
                     "tables": [_t]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of 6 people with date of birth and mobile, to the data-centre operator",
})

# -- 031: data-centre entry for two named workers (names and company only) ---------------
M.append({
    "id": "helpdesk-031",
    "sender": sender("chiba"),
    "to": ["nyukan@tokyo-dc.co.jp"],
    "subject": "入館申請（7/18 障害対応・緊急）",
    "charset": "iso-2022-jp",
    "body": f"""入館受付ご担当者様

日の出産業の千葉です。急ぎのお願いです。
本日のストレージ障害対応のため、下記2名の入館をお願いします。

　作業者：千葉 直樹（日の出産業）、森岡 俊（ツバサシステム）
　入館予定：7/18 16:00頃
　ラック：B3-12

身分証は当日提示いたします。

{sign("chiba", 3)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "two workers named for building entry, with no other data about them",
})

# -- 032: PC shipping to remote workers, PDF with home addresses (7 rows) ----------------
_p = people(7)
_t = [["No", "お届け先氏名", "郵便番号", "住所", "電話番号", "品名"]]
for i, p in enumerate(_p, 1):
    z, a = addr()
    _t.append([str(i), name(p), z, a, mobile(), "ノートPC（精密機器）"])
M.append({
    "id": "helpdesk-032",
    "sender": sender("itokazu"),
    "to": ["青葉運輸 法人営業 今井様 <imai@aoba-unyu.co.jp>"],
    "subject": "在宅勤務者向けPC発送 集荷・配送のお願い",
    "charset": "utf-8",
    "body": f"""青葉運輸株式会社
今井様

いつもお世話になっております。日の出産業の糸数です。
在宅勤務者向けの交換用PCを発送したく、お届け先一覧をPDFでお送りします。
集荷は7/28（月）午後、本社7Fでお願いします。
各個口とも「精密機器・天地無用」でお願いいたします。

{sign("itokazu")}
""",
    "attachments": [{"kind": "pdf", "name": "発送先一覧_0728.pdf", "title": "PC発送先一覧",
                     "lines": ["在宅勤務者向け PC 発送先一覧（2025/07/28 集荷分）", ""],
                     "table": _t}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table of 7 employees' home addresses and phones to the carrier",
})

# -- 033: plain ZIP with a UTF-8 CSV export (names, e-mail, DOB) to an HR-system vendor --
_p = people(9)
_rows = [["employee_id", "last_name", "first_name", "last_name_kana", "first_name_kana", "email",
          "birth_date", "hire_date", "dept_code"]]
for p in _p:
    _rows.append([empno(), p["sei"], p["mei"], p["ksei"], p["kmei"], mail(p, 0),
                  ymd(dob(1965, 2002), "-"), f"20{rng.randrange(5, 25):02d}-04-01",
                  f"D{rng.randrange(100, 400)}"])
M.append({
    "id": "helpdesk-033",
    "sender": sender("chiba"),
    "to": ["ジンジワークス 導入支援 <onboarding@jinji-works.co.jp>"],
    "subject": "移行テスト用データの送付（第1回）",
    "charset": "utf-8",
    "body": f"""ジンジワークス 導入支援チーム ご担当者様

日の出産業の千葉です。
移行リハーサル用に、現行システムから従業員マスタを抽出しました。
まずは技術開発部の一部（9名分）のみです。文字コードはUTF-8、カンマ区切りです。

取込エラーが出た場合はログをご共有ください。

{sign("chiba")}
""",
    "attachments": [{"kind": "zip", "name": "employee_master_test01.zip",
                     "files": [{"kind": "csv", "name": "employee_master_test01.csv",
                                "encoding": "utf-8", "rows": _rows}]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "real employee master (9 rows with birth dates) inside an unencrypted ZIP, as 'test data' for a vendor",
})

# -- 034: plain ZIP of manuals (no personal data) ---------------------------------------
M.append({
    "id": "helpdesk-034",
    "sender": sender("murase"),
    "to": ["三輪 様 <miwa@nextsupport.co.jp>"],
    "subject": "一次受付用マニュアル一式の送付",
    "charset": "iso-2022-jp",
    "body": f"""ネクストサポート株式会社
三輪様

お世話になっております。日の出産業の村瀬です。
来月からの一次受付委託に向けて、社内向けマニュアル一式をZIPでお送りします。
・パスワードリセット手順
・VPN接続トラブル対応
・プリンタ設定手順
内容に不明点があればお知らせください。

{sign("murase")}
""",
    "attachments": [{"kind": "zip", "name": "helpdesk_manual_v2.zip",
                     "files": [{"kind": "txt", "name": "01_パスワードリセット手順.txt",
                                "text": "1. 管理画面にログイン\n2. 対象ユーザーを検索\n3. 「リセット」を押下\n"
                                        "4. 本人確認は社員番号と内線番号で行う（電話口で読み上げてもらう）\n"},
                               {"kind": "txt", "name": "02_VPN接続トラブル.txt",
                                "text": "症状別の切り分け\n- 証明書エラー: 証明書の再配布\n- タイムアウト: 自宅ルータ確認\n"},
                               {"kind": "pdf", "name": "03_プリンタ設定手順.pdf",
                                "lines": ["複合機 HS-MFP-7F の設定手順", "ドライバは社内ポータルから取得"]}]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an unencrypted ZIP of procedure manuals, nothing personal or marked",
})

# -- 035: a protected PDF sent out -----------------------------------------------------
M.append({
    "id": "helpdesk-035",
    "sender": sender("narumi"),
    "to": ["菅原 様 <sugawara@securegate.jp>"],
    "subject": "認証基盤 利用状況報告書（6月分）",
    "charset": "utf-8",
    "body": f"""菅原様

お世話になっております。日の出産業の鳴海です。
6月分の利用状況報告書をお送りします。
社内規程によりPDFにパスワードを設定しております。パスワードは別途お電話でお伝えします。

{sign("narumi")}
""",
    "attachments": [{"kind": "pdf", "name": "認証基盤利用状況報告_202506.pdf", "password": "Hs2025-06",
                     "lines": ["認証基盤 利用状況報告（2025年6月）", "認証成功 182,330 件 / 失敗 2,104 件"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached PDF is password-protected: its content cannot be inspected",
})

# -- 036: password ZIP of logs to the SOC ------------------------------------------------
M.append({
    "id": "helpdesk-036",
    "sender": sender("narumi"),
    "to": ["SOC窓口 <soc@cyberwatch-sec.jp>"],
    "cc": [f"情報セキュリティ委員会 <sec-committee@{DOM}>"],
    "subject": "【CW-2025-0701】端末ログ一式（暗号化ZIP）",
    "charset": "iso-2022-jp",
    "body": f"""サイバーウォッチ SOCご担当者様

日の出産業の鳴海です。
CW-2025-0701 の件、該当端末2台のイベントログとEDRログを暗号化ZIPにしてお送りします。
解凍パスワードは、チケットに登録済みの連絡先へSMSでお送りします。

{sign("narumi", 1)}
""",
    "attachments": [{"kind": "zip", "name": "CW-2025-0701_logs.zip", "password": "Qz!83kd-Lw",
                     "files": [{"kind": "txt", "name": "HS-NB-40211_Security.evtx.txt",
                                "text": "4624 An account was successfully logged on.\n" * 40},
                               {"kind": "csv", "name": "edr_alerts.csv",
                                "rows": [["time", "host", "rule"], ["2025-07-01 09:12", "HS-NB-40211", "T1059"]]}]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "encrypted ZIP of endpoint logs to an external SOC: cannot be inspected",
})

# -- 037: internal password ZIP --------------------------------------------------------
M.append({
    "id": "helpdesk-037",
    "sender": sender("narumi"),
    "to": [f"内部監査室 <audit@{DOM}>"],
    "subject": "特権ID利用記録（Q1）の提出",
    "charset": "iso-2022-jp",
    "body": "内部監査室 御中\n\n情報システム部 鳴海です。\n"
            "ご依頼の特権ID利用記録（4〜6月）を暗号化ZIPで提出します。\n"
            "パスワードは Teams のチャットでお伝えします。\n\n鳴海\n",
    "attachments": [{"kind": "zip", "name": "privileged_id_log_Q1.zip", "password": "audit-Q1-7731",
                     "files": [{"kind": "csv", "name": "priv_log.csv",
                                "rows": [["日時", "ID", "操作"], ["2025/04/02 10:11", "adm-tokano", "GPO変更"]]}]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "encrypted ZIP, but to an internal department only",
})

# -- 038: driver's licence number for an electronic certificate application --------------
_p = people(1)[0]
_z, _a = addr()
_d = dob(1972, 1990)
M.append({
    "id": "helpdesk-038",
    "sender": sender("okochi"),
    "to": ["ジャパンサートサービス 申請受付 <apply@jcert-service.jp>"],
    "subject": "電子証明書（法人代表者用）発行申請の補足情報",
    "charset": "utf-8",
    "body": f"""ジャパンサートサービス株式会社
申請受付ご担当者様

お世話になっております。日の出産業 情報システム部の大河内です。
申請番号 JC-250714-0082 について、不足していると連絡のあった本人確認情報をお送りします。

　申請者氏名：{name(_p)}（{kana(_p)}）
　生年月日：{wareki(_d)}
　住所：〒{_z} {_a}
　運転免許証番号：第{rng.randrange(30, 31)}{rng.randrange(1000000000, 9999999999)}号
　有効期限：令和9年{_d[1]}月{_d[2]}日まで

ご確認のほどよろしくお願いいたします。

{sign("okochi")}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "one person's driver's licence number, birth date and address to a certificate authority",
})

# -- 039: passport number for an overseas Wi-Fi router rental ---------------------------
_p = people(1)[0]
_d = dob(1980, 1996)
M.append({
    "id": "helpdesk-039",
    "sender": sender("itokazu"),
    "to": ["グローバルWiFiレンタル 法人デスク <corp@gwifi-rental.jp>"],
    "subject": "海外用WiFiルーター レンタル申込（8/3〜8/12 ベトナム）",
    "charset": "iso-2022-jp",
    "body": f"""グローバルWiFiレンタル 法人デスク ご担当者様

お世話になっております。日の出産業 ヘルプデスクの糸数です。
下記のとおり海外用WiFiルーターのレンタルを申し込みます。
渡航者情報の記入欄がWebフォームにないため、メールにてお送りします。

利用者：{roma(_p, 1)}（{name(_p)}）
生年月日：{ymd(_d)}
旅券番号：T{rng.choice('KRZ')}{rng.randrange(1000000, 9999999)}
渡航先：ベトナム（ハノイ）
利用期間：2025/8/3〜8/12
受取：成田空港第1ターミナル カウンター

請求は弊社契約（法人ID GW-33018）でお願いします。

{sign("itokazu")}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "one traveller's passport number and birth date to a rental company",
})

# -- 040: account suspension during sick leave, with the diagnosis ----------------------
_p = people(1)[0]
M.append({
    "id": "helpdesk-040",
    "sender": sender("tokano"),
    "to": ["勤怠クラウド サポート <support@kintaicloud.jp>"],
    "subject": "休職者アカウントの一時停止について",
    "charset": "cp932",
    "body": f"""勤怠クラウド サポートご担当者様

お世話になっております。日の出産業の戸叶です。

品質保証部の{name(_p)}（社員番号 {empno()}）が、うつ病の診断により
8月1日から3か月間休職することになりました。
休職期間中は打刻・申請ができないよう、アカウントを一時停止したいと考えております。
データは保持したまま停止する方法はありますでしょうか。

復職時期は主治医の判断次第で前後する可能性があります。

{sign("tokano")}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named employee's medical diagnosis (要配慮個人情報) told to an external vendor",
})

# -- 041: the same kind of request without any reason -----------------------------------
M.append({
    "id": "helpdesk-041",
    "sender": sender("tokano"),
    "to": ["勤怠クラウド サポート <support@kintaicloud.jp>"],
    "subject": "アカウント一時停止の方法について（質問）",
    "charset": "iso-2022-jp",
    "body": f"""勤怠クラウド サポートご担当者様

お世話になっております。日の出産業の戸叶です。
長期休職者が出た場合に、データを保持したままアカウントを一時停止する方法はありますか。
対象は1名で、停止期間は8月から3か月程度の予定です。
ライセンス費用がその間どうなるかもあわせて教えてください。

{sign("tokano", 3)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "general question about suspending an account; no one named, no reason given",
})

# -- 042: forward (FW) of HR's retiree list to the vendor --------------------------------
_p = people(7)
_lines = "\n".join(f"{empno()}　{name(p)}　{rng.choice(DEPTS)}　{mail(p, 0)}　{rng.choice(['7/31', '7/31', '7/15', '7/20'])}"
                   for p in _p)
M.append({
    "id": "helpdesk-042",
    "sender": sender("murase"),
    "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "FW: 7月退職者のお知らせ（情報システム部向け）",
    "charset": "iso-2022-jp",
    "body": f"""ツバサシステム サポートご担当者様

日の出産業の村瀬です。
人事部から下記の連絡がありましたので、退職日付でのアカウント停止をお願いします。

-----Forwarded Message-----
From: 人事部 嘉手納 里美 <s-kadena@{DOM}>
To: ITヘルプデスク <helpdesk@{DOM}>
Subject: 7月退職者のお知らせ（情報システム部向け）

ヘルプデスク各位

7月の退職者は以下のとおりです。アカウント停止の手配をお願いします。

社員番号　氏名　所属　メール　退職日
{_lines}

人事部 嘉手納
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "forward of HR's internal mail listing 7 retirees: new text to the external recipient",
})

# -- 043: reply with the list only under -----Original Message----- ------------------------
_p = people(6)
_q = "\n".join(f"  {p['rsei']}{p['rmei'][0]}  {name(p)}  最終ログイン {rng.randrange(2023, 2025)}/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}"
               for p in _p)
M.append({
    "id": "helpdesk-043",
    "sender": sender("murase"),
    "to": ["勤怠クラウド サポート <support@kintaicloud.jp>"],
    "subject": "RE: 長期未ログインアカウントのご確認",
    "charset": "cp932",
    "body": f"""勤怠クラウド サポートご担当者様

ご連絡ありがとうございます。日の出産業の村瀬です。
ご指摘の6アカウントは、いずれも退職済みのため削除して問題ありません。
お手数ですが削除をお願いいたします。

村瀬

-----Original Message-----
From: 勤怠クラウド サポート <support@kintaicloud.jp>
Sent: Monday, July 14, 2025 10:21 AM
To: 村瀬 拓海 <t-murase@{DOM}>
Subject: 長期未ログインアカウントのご確認

日の出産業株式会社 村瀬様

いつもご利用ありがとうございます。
下記のアカウントが180日以上ログインされていません。ご確認をお願いします。

{_q}

株式会社勤怠クラウド サポートセンター
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the 6-account list is only in the vendor's own quoted mail; new text names nobody",
})

# -- 044: full-width digits, 「・」 bullets, 5 people's mobiles -----------------------------
_p = people(5)
_lines = "\n".join(f"・{name(p, '　')}　{fw(mobile())}" for p in _p)
M.append({
    "id": "helpdesk-044",
    "sender": sender("hiwatashi"),
    "to": ["菅原 様 <sugawara@securegate.jp>"],
    "subject": "ＳＭＳ認証 追加登録のお願い（総務部）",
    "charset": "iso-2022-jp",
    "body": f"""セキュアゲート株式会社
菅原様

いつも大変お世話になっております。
日の出産業 総務部の樋渡でございます。

総務部の下記５名につきまして、ＳＭＳ認証の追加登録をお願い申し上げます。

{_lines}

以上５名でございます。
ご多用のところ恐縮ですが、何卒よろしくお願い申し上げます。

{sign("hiwatashi", 1)}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "5 people's mobile numbers in full-width digits, bullet list, to the MFA vendor",
})

# -- 045: two people's mobiles (below the list threshold) --------------------------------
_p = people(2)
M.append({
    "id": "helpdesk-045",
    "sender": sender("itokazu"),
    "to": ["support@securegate.jp"],
    "subject": "認証用電話番号の変更（2件）",
    "charset": "utf-8",
    "body": f"""セキュアゲート サポート窓口 御中

日の出産業 ヘルプデスクの糸数です。
下記2名の認証用電話番号の変更をお願いします。

1) {name(_p[0])}　新番号 {mobile()}
2) {name(_p[1])}　新番号 {mobile()}

よろしくお願いいたします。
{sign("itokazu", 3)}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two employees' mobile numbers to the MFA vendor: under the five-person list threshold (may be warned)",
})

# -- 046: homoglyph look-alike of the own domain (0 for o) ------------------------------
M.append({
    "id": "helpdesk-046",
    "sender": sender("itokazu"),
    "to": ["吉田 健太郎 <k-yoshida@hinode-sangy0.co.jp>"],
    "subject": "VPNパスワードリセット完了のお知らせ",
    "charset": "iso-2022-jp",
    "body": f"""吉田さん

ヘルプデスクの糸数です。
ご依頼のVPNパスワードをリセットしました。
仮パスワードは内線でお伝えしますので、ログイン後すぐに変更してください。

{sign("itokazu", 3)}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "hinode-sangy0.co.jp uses a zero for the o of the own domain: homoglyph look-alike",
})

# -- 047: partner domain with another TLD (.com) ----------------------------------------
M.append({
    "id": "helpdesk-047",
    "sender": sender("chiba"),
    "to": ["川崎電機 大橋様 <ohashi@kawasaki-denki.com>"],
    "subject": "【復旧のお知らせ】受発注EDIシステム",
    "charset": "iso-2022-jp",
    "body": f"""川崎電機株式会社
購買部 大橋様

いつもお世話になっております。日の出産業 情報システム部の千葉です。
本日発生しておりましたEDI接続障害は、14時20分に復旧いたしました。
障害中にFAXでいただいた発注分は、弊社側でシステム登録済みです。
ご迷惑をおかけし、申し訳ございませんでした。

{sign("chiba")}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "kawasaki-denki.com instead of the partner's kawasaki-denki.co.jp: TLD swap",
})

# -- 048: the same recovery notice to the right partner domain --------------------------
M.append({
    "id": "helpdesk-048",
    "sender": sender("chiba"),
    "to": ["北国フーズ 資材課 <shizai@kitaguni-foods.co.jp>"],
    "cc": [f"営業第一部 <eigyo1@{DOM}>"],
    "subject": "Re: EDI障害の件（発注番号 PO-2025-07-1184）",
    "charset": "utf-8",
    "body": f"""北国フーズ株式会社 資材課 ご担当者様

お世話になっております。日の出産業の千葉です。
お問い合わせの発注番号 PO-2025-07-1184（品番 HN-4410-B × 240）は、
障害復旧後の 14:35 に正常に受信しております。出荷予定日は 7/11 です。
お手数をおかけいたしました。

{sign("chiba")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "order number and product code to a partner: ordinary business",
})

# -- 049: 【取扱注意】 in the subject and on the procedure -----------------------------------
M.append({
    "id": "helpdesk-049",
    "sender": sender("murase"),
    "to": ["三輪 様 <miwa@nextsupport.co.jp>"],
    "subject": "【取扱注意】VPN接続設定手順（管理者向け）",
    "charset": "cp932",
    "body": f"""三輪様

お世話になっております。日の出産業の村瀬です。
一次受付で必要になるVPN設定の管理者向け手順を添付します。

取扱区分：取扱注意（委託業務以外での利用・複製禁止）

接続先ゲートウェイやグループ名が記載されていますので、
受付スタッフ以外への展開はお控えください。

{sign("murase")}
""",
    "attachments": [{"kind": "txt", "name": "VPN設定手順_管理者向け.txt", "encoding": "cp932",
                     "text": "【取扱注意】\nVPN接続設定手順（管理者向け）\n\n"
                             "接続先: vpn-gw.hinode-sangyo.co.jp / ポート 443\n"
                             "グループ: HS-REMOTE-STD\n証明書: 社内CA（HS-ROOT-CA-2024）\n"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail and the attached procedure are classified 取扱注意, sent to an outsourcer",
})

# -- 050: the word 社外秘 only mentioned ----------------------------------------------------
M.append({
    "id": "helpdesk-050",
    "sender": sender("tokano"),
    "to": ["森岡 様 <morioka@tsubasa-system.jp>"],
    "subject": "Re: 現行サーバ構成資料のご提供について",
    "charset": "iso-2022-jp",
    "body": f"""森岡様

お世話になっております。日の出産業の戸叶です。

ご依頼の現行サーバ構成資料ですが、社内規程上「社外秘」区分の資料のため、
原本のままお渡しすることができません。申し訳ございません。
概要のみ以下に記載いたしますので、見積の前提としてお使いください。

・物理サーバ 6台（うち仮想基盤 3台）
・仮想マシン 約40台
・バックアップ：日次フル（テープ世代管理 14世代）

詳細は来週のお打合せの際に画面共有でご説明いたします。

{sign("tokano")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "社外秘 is only mentioned (the document is withheld); nothing is marked or personal",
})

# -- 051: legacy XLS export of the PC ledger --------------------------------------------
_p = people(11)
_rows = [["管理番号", "使用者", "社員No", "内線", "メールアドレス", "OS", "設置場所"]]
for p in _p:
    _rows.append([f"D-{rng.randrange(1000, 9999)}", name(p), empno(), str(rng.randrange(1100, 2999)),
                  mail(p, 2), rng.choice(["Win10", "Win11"]), rng.choice(["本社5F", "本社6F", "大阪支店", "仙台物流C"])])
M.append({
    "id": "helpdesk-051",
    "sender": sender("hiwatashi"),
    "to": ["宮内 様 <miyauchi@mirai-lease.co.jp>"],
    "subject": "Windows10端末の入替見積依頼",
    "charset": "cp932",
    "body": f"""宮内様

いつもお世話になっております。日の出産業の樋渡です。
Windows10サポート終了に伴う入替の見積をお願いしたく、
旧資産管理システムから出力した端末一覧（xls）を添付いたします。
古いシステムのため、Excel97-2003形式になっております。

{sign("hiwatashi")}
""",
    "attachments": [{"kind": "xls", "name": "端末一覧_旧資産管理.xls", "sheets": {"端末一覧": _rows}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "legacy XLS with 11 named users, employee numbers and e-mail addresses, sent to a lessor",
})

# -- 052: PPTX emergency contact tree with personal mobiles ----------------------------
_p = people(6)
_m = [mobile() for _ in _p]
_slides = [["障害時連絡体制（2025年度）", "日の出産業株式会社 情報システム部", "一次受付委託先向け説明資料"],
           ["エスカレーション順序", "1. 一次受付（ネクストサポート）", "2. 当番（下表）", "3. 部長代理"],
           ["夜間・休日 当番連絡先"] + [f"{name(p)}　{m}（私用携帯）" for p, m in zip(_p[:3], _m[:3])],
           ["夜間・休日 当番連絡先（続き）"] + [f"{name(p)}　{m}（私用携帯）" for p, m in zip(_p[3:], _m[3:])]]
M.append({
    "id": "helpdesk-052",
    "sender": sender("okochi"),
    "to": ["三輪 様 <miwa@nextsupport.co.jp>"],
    "subject": "障害時連絡体制の資料送付",
    "charset": "iso-2022-jp",
    "body": f"""三輪様

お世話になっております。日の出産業の大河内です。
夜間・休日の障害時連絡体制をまとめた資料をお送りします。
当番者の連絡先は私用携帯のため、取扱いにはご留意ください。

{sign("okochi")}
""",
    "attachments": [{"kind": "pptx", "name": "障害時連絡体制_2025.pptx", "slides": _slides}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "slides list 6 staff with their private mobile numbers, sent to an outsourcer",
})

# -- 053: business contact list (vendor support desks), not people ------------------------
_rows = [["サービス", "会社", "窓口", "電話", "受付時間"],
         ["グループウェア", "ツバサシステム（株）", "サポートセンター", "0120-338-410", "24時間"],
         ["勤怠管理", "（株）勤怠クラウド", "カスタマーサポート", "03-6450-2218", "平日9-18時"],
         ["SMS認証", "セキュアゲート（株）", "テクニカルサポート", "050-3816-7702", "平日9-20時"],
         ["複合機", "東京オフィス機器（株）", "保守受付", "0120-71-5530", "平日8:30-19時"],
         ["回線", "日本ネットワーク工事（株）", "故障受付", "0120-09-1133", "24時間"],
         ["PCリース", "みらいリース（株）", "返却センター", "03-5812-9040", "平日9-17時"]]
M.append({
    "id": "helpdesk-053",
    "sender": sender("murase"),
    "to": ["三輪 様 <miwa@nextsupport.co.jp>"],
    "subject": "ベンダー連絡先一覧（一次受付用）",
    "charset": "utf-8",
    "body": "三輪様\n\nお世話になっております。日の出産業の村瀬です。\n"
            "一次受付で故障と判断した場合のベンダー連絡先一覧です。\n\n"
            + table(_rows) + "\n\n連絡時は弊社の契約番号を伝えてください（別紙の契約一覧参照）。\n\n"
            + sign("murase") + "\n",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of companies' support desks and switchboards: businesses, not people",
})

# -- 054: retirees, one block per person, 和暦 birth dates -----------------------------
_p = people(5)
_blocks = []
for p in _p:
    _blocks.append(f"【{name(p)}】\n　ログインID：{p['rsei']}{rng.randrange(10, 99)}\n"
                   f"　生年月日：{wareki(dob(1960, 1998), rng.choice(['kanji', 'short', 'fwkanji']))}\n"
                   f"　退職日：2025年7月31日")
M.append({
    "id": "helpdesk-054",
    "sender": sender("tokano"),
    "to": ["勤怠クラウド サポート <support@kintaicloud.jp>"],
    "subject": "退職者アカウント停止依頼（同姓同名確認のため生年月日を記載）",
    "charset": "iso-2022-jp",
    "body": "勤怠クラウド サポートご担当者様\n\n"
            "お世話になっております。日の出産業の戸叶です。\n"
            "下記5名のアカウント停止をお願いします。\n"
            "前回、同姓の別アカウントを停止されてしまったため、念のため生年月日も記載します。\n\n"
            + "\n\n".join(_blocks) + "\n\n" + sign("tokano") + "\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "5 retirees, one block each with login ID and 和暦 date of birth, to an external vendor",
})

# -- 055: real health-check results used as 'test data' ---------------------------------
_p = people(6)
_rows = [["社員番号", "氏名", "年齢", "BMI", "血圧", "HbA1c", "判定", "所見"]]
_find = ["異常なし", "高血圧症 治療中", "2型糖尿病の疑い 要精密検査", "脂質異常症", "異常なし", "心電図異常 要再検査"]
for p, f in zip(_p, _find):
    _rows.append([empno(), name(p), str(rng.randrange(25, 61)), f"{rng.uniform(18, 31):.1f}",
                  f"{rng.randrange(105, 165)}/{rng.randrange(65, 100)}", f"{rng.uniform(5.0, 7.4):.1f}",
                  "A" if f == "異常なし" else rng.choice(["C", "D"]), f])
M.append({
    "id": "helpdesk-055",
    "sender": sender("chiba"),
    "to": ["ヘルスリンク 導入担当 <implement@healthlink-care.jp>"],
    "subject": "健診データ取込テストのサンプル",
    "charset": "cp932",
    "body": f"""ヘルスリンク株式会社 導入ご担当者様

日の出産業の千葉です。
健診結果の取込テスト用に、昨年度データから数件抜き出したCSVをお送りします。
項目の並びが御社フォーマットと合っているかご確認いただけますでしょうか。

{sign("chiba")}
""",
    "attachments": [{"kind": "csv", "name": "kenshin_sample.csv", "encoding": "cp932", "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "real health-check results (要配慮個人情報) of 6 named employees sent as sample data",
})

# -- 056: dummy test data, no real people ----------------------------------------------
M.append({
    "id": "helpdesk-056",
    "sender": sender("chiba"),
    "to": ["ヘルスリンク 導入担当 <implement@healthlink-care.jp>"],
    "subject": "Re: 健診データ取込テストのサンプル（差し替え）",
    "charset": "utf-8",
    "body": f"""ヘルスリンク 導入ご担当者様

日の出産業の千葉です。
先ほどのサンプルは社内確認の結果、実データを含むため破棄をお願いいたします。
代わりにダミーデータで作成した取込テスト用ファイルの項目定義を記載します。

  項目：社員番号(8桁), 受診日, BMI, 収縮期血圧, 拡張期血圧, HbA1c, 判定(A-E)
  サンプル行：00000001, 2025/05/12, 22.1, 118, 72, 5.4, A
  サンプル行：00000002, 2025/05/12, 27.8, 142, 91, 6.1, C

氏名列はテストでは使用しません。

{sign("chiba", 3)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "dummy rows with placeholder IDs and no names: no real person is identifiable",
})

# -- 057: employees' bank accounts for expense reimbursement setup ------------------------
_p = people(6)
_banks = ["みどり銀行 日本橋支店", "みずなみ銀行 大宮支店", "東邦信用金庫 本店営業部", "ゆうちょ銀行 〇一八支店",
          "みどり銀行 船橋支店", "関東りそな銀行 柏支店"]
_lines = []
for p, b in zip(_p, _banks):
    _lines.append(f"{empno()},{name(p)},{kana(p)},{b},普通,{rng.randrange(1000000, 9999999)}")
M.append({
    "id": "helpdesk-057",
    "sender": sender("chiba"),
    "to": ["ケイヒクラウド カスタマーサクセス <cs@keihi-cloud.com>"],
    "subject": "振込先口座の初期登録データ（先行部署分）",
    "charset": "utf-8",
    "body": "ケイヒクラウド カスタマーサクセス ご担当者様\n\n"
            "日の出産業の千葉です。\n経費精算の振込先口座の初期登録をお願いしたく、先行導入の経理部6名分を記載します。\n"
            "（社員番号,氏名,カナ,金融機関・支店,種別,口座番号）\n\n"
            + "\n".join(_lines) + "\n\n" + sign("chiba") + "\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "6 employees' personal bank accounts, comma-separated in the body, to a SaaS vendor",
})

# -- 058: purchase order with the company's corporate number and company bank account ----
M.append({
    "id": "helpdesk-058",
    "sender": sender("hiwatashi"),
    "to": ["ケイヒクラウド 営業部 <sales@keihi-cloud.com>"],
    "subject": "注文書送付（ケイヒクラウド 年間ライセンス）",
    "charset": "iso-2022-jp",
    "body": f"""株式会社ケイヒクラウド 営業部 御中

お世話になっております。日の出産業 総務部の樋渡です。
年間ライセンスの注文書をお送りいたします。

　注文番号：HS-PO-25-0917
　品目：ケイヒクラウド Business（KC-BIZ-100） 120ユーザー × 12か月
　金額：1,728,000円（税抜）
　発注者：日の出産業株式会社（法人番号 {HINODE_CORP}）
　適格請求書発行事業者登録番号：T{HINODE_CORP}

返金が生じた場合の振込先：みどり銀行 日本橋支店 当座 0581234 ヒノデサンギヨウ（カ

{sign("hiwatashi", 1)}
""",
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "a purchase order: the company's own corporate/T-number and company bank account, no person's data",
})

# -- 059: basic pension numbers in an HR-system migration sample (XLSX) ------------------
_p = people(5)
_sheet = [["人事システム移行 サンプルデータ（社会保険）"],
          ["社員番号", "氏名", "生年月日", "基礎年金番号", "資格取得日"]]
for p in _p:
    _sheet.append([empno(), name(p), ymd(dob(1968, 2000)),
                   f"{rng.randrange(1000, 9999)}-{rng.randrange(100000, 999999)}",
                   f"20{rng.randrange(8, 24):02d}/04/01"])
M.append({
    "id": "helpdesk-059",
    "sender": sender("chiba"),
    "to": ["ジンジワークス 導入支援 <onboarding@jinji-works.co.jp>"],
    "subject": "社会保険項目の移行サンプル",
    "charset": "utf-8",
    "body": f"""ジンジワークス 導入支援チーム ご担当者様

千葉です。社会保険タブの移行項目確認用に、サンプルを5件お送りします。
基礎年金番号のハイフン有無の扱いをご確認ください。

{sign("chiba")}
""",
    "attachments": [{"kind": "xlsx", "name": "shaho_sample.xlsx", "sheets": {"社保": _sheet}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "basic pension numbers (with names and birth dates) of 5 employees to a vendor",
})

# -- 060: residence card number for a data-centre badge ----------------------------------
M.append({
    "id": "helpdesk-060",
    "sender": sender("tokano"),
    "to": ["東京データセンター 入館受付 <nyukan@tokyo-dc.co.jp>"],
    "subject": "常駐者入館カード発行申請（外国籍の方）",
    "charset": "utf-8",
    "body": f"""東京データセンター 入館受付ご担当者様

お世話になっております。日の出産業の戸叶です。
9月からサーバ運用に常駐する技術者の入館カード発行をお願いします。
外国籍のため、御社規定に従い在留カードの情報を記載します。

　氏名：NGUYEN VAN THANH（グエン ヴァン タン）
　国籍：ベトナム
　在留カード番号：{rng.choice(['UH', 'AB', 'EK'])}{rng.randrange(10000000, 99999999)}{rng.choice(['FA', 'KL', 'CE'])}
　在留期間（満了日）：2027年3月15日
　所属：日の出産業株式会社 情報システム部（派遣）

{sign("tokano")}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "one person's residence card number to a data-centre operator",
})

# -- 061: English SSO support question about one user ----------------------------------
M.append({
    "id": "helpdesk-061",
    "sender": sender("murase"),
    "to": ["Nimbus Identity Support <support@nimbusid.com>"],
    "subject": "SAML error AADSTS-like 'InvalidNameID' for one user - case #NI-552031",
    "charset": "utf-8",
    "body": f"""Hi Nimbus support,

Since this morning one of our users (yui.watanabe@{DOM}) gets
"InvalidNameID: the NameID format is not supported" when signing in to Brightdesk
through Nimbus. Other users in the same group are fine.

We already checked that her attribute mapping is identical to the others.
Could you check the sign-in trace for case #NI-552031?

Regards,
{sign("murase", 2)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "support case about one user's work account: no list, nothing sensitive",
})

# -- 062: English, romaji CSV in the body for SSO provisioning (6 users) -----------------
_p = people(6)
_lines = ["first_name,last_name,email,department,mobile"]
for p in _p:
    _lines.append(f"{p['rmei'].title()},{p['rsei'].title()},{mail(p, 1)},"
                  f"{rng.choice(['Sales', 'Finance', 'Logistics', 'QA', 'R&D'])},+81-{mobile()[1:]}")
M.append({
    "id": "helpdesk-062",
    "sender": sender("murase"),
    "to": ["Nimbus Identity Onboarding <onboarding@nimbusid.com>"],
    "subject": "Users for the pilot group (SCIM not ready yet)",
    "charset": "utf-8",
    "body": "Hello,\n\nAs our SCIM connector is not ready yet, here are the users for the pilot group.\n"
            "Could you import them manually? Mobile is for the push-fallback SMS.\n\n"
            + "\n".join(_lines) + "\n\nThank you,\n" + sign("murase", 2) + "\n\n" + DISC_EN + "\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "comma-separated list of 6 users (romaji names, e-mail, mobile) to a foreign vendor",
})

# -- 063: English reply, the user list only in the "On ... wrote:" quote --------------------
_p = people(7)
_q = "\n".join(f"> - {roma(p)} <{mail(p, 1)}>: {rng.choice(['no MFA device', 'locked', 'no MFA device'])}"
               for p in _p)
M.append({
    "id": "helpdesk-063",
    "sender": sender("murase"),
    "to": ["Nimbus Identity Support <support@nimbusid.com>"],
    "subject": "Re: Users without an MFA method (tenant hinode-sangyo)",
    "charset": "utf-8",
    "body": f"""Thanks for the report. We will contact these users internally this week
and ask them to register an authenticator. No action needed on your side for now.

Takumi

On Tue, Jul 15, 2025 at 4:02 PM Nimbus Identity Support <support@nimbusid.com> wrote:
> Hello Takumi,
>
> As requested, here are the users in your tenant without an MFA method:
>
{_q}
>
> Best regards,
> Nimbus Identity Support
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the 7-user list is only in the vendor's quoted mail; the new text names nobody",
})

# -- 064: notice to 5 contractors of different companies in To --------------------------
M.append({
    "id": "helpdesk-064",
    "sender": f"日の出産業 ITヘルプデスク <helpdesk@{DOM}>",
    "to": ["清原 様 <kiyohara@ark-tech.co.jp>", "三好 様 <miyoshi@pinecone-soft.jp>",
           "遠山 様 <toyama@kaede-design.co.jp>", "Raj Patel <raj.patel@indigo-devs.com>",
           "沖田 様 <okita@sunrise-partners.co.jp>"],
    "subject": "【重要】業務委託者アカウントのパスワード変更のお願い",
    "charset": "utf-8",
    "body": f"""業務委託でご協力いただいている皆さま

日の出産業 ITヘルプデスクです。
パスワードポリシー変更に伴い、8月15日までに弊社アカウントのパスワード変更をお願いします。

・12文字以上、英大文字・小文字・数字・記号をすべて含むこと
・過去5回分と同じパスワードは使用不可
・変更は https://portal.{DOM}/password から行えます

期限を過ぎるとログインできなくなりますのでご注意ください。

日の出産業株式会社 情報システム部 ITヘルプデスク（TEL 03-5201-7735）
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "five contractors of five companies addressed together in To: should have been Bcc",
})

# -- 065: the same kind of notice done right, recipients in Bcc -------------------------
M.append({
    "id": "helpdesk-065",
    "sender": f"日の出産業 ITヘルプデスク <helpdesk@{DOM}>",
    "to": [f"日の出産業 ITヘルプデスク <helpdesk@{DOM}>"],
    "bcc": ["kiyohara@ark-tech.co.jp", "miyoshi@pinecone-soft.jp", "toyama@kaede-design.co.jp",
            "okita@sunrise-partners.co.jp"],
    "subject": "【再送】業務委託者アカウントのパスワード変更期限について",
    "charset": "iso-2022-jp",
    "body": """業務委託の皆さま

※本メールはBCCにてお送りしています。

パスワード変更の期限（8月15日）が近づいております。
まだ変更がお済みでない方は、お早めに対応をお願いします。
すでに変更済みの方は、本メールは破棄してください。

日の出産業株式会社 ITヘルプデスク（TEL 03-5201-7735）
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "external contractors are in Bcc, the To is the helpdesk itself: nobody sees anyone",
})

# -- 066: the partner's own subdomain (not a look-alike) ---------------------------------
M.append({
    "id": "helpdesk-066",
    "sender": sender("chiba"),
    "to": ["ツバサシステム ヘルプデスク <helpdesk@support.tsubasa-system.jp>"],
    "subject": "問合せ #TS-77120 追加情報",
    "charset": "iso-2022-jp",
    "body": f"""ツバサシステム ヘルプデスク ご担当者様

日の出産業の千葉です。問合せ #TS-77120 の追加情報です。
エラーは wf-ap02 のみで発生しており、wf-ap01 では再現しません。
イベントビューアーに ID 1000（w3wp.exe）が 11:02、11:17 に記録されています。

{sign("chiba", 3)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "support.tsubasa-system.jp is a subdomain of the partner itself, not a look-alike",
})

# -- 067: look-alike of the partner bank (ginko -> ginkou) --------------------------------
M.append({
    "id": "helpdesk-067",
    "sender": sender("hiwatashi"),
    "to": ["みどり銀行 法人サービス部 <hojin-service@midori-ginkou.co.jp>"],
    "subject": "法人インターネットバンキング 利用者追加の手続きについて",
    "charset": "iso-2022-jp",
    "body": f"""みどり銀行 法人サービス部 御中

いつもお世話になっております。日の出産業 総務部の樋渡でございます。
法人インターネットバンキングの利用者を1名追加したく、必要な書類をご教示いただけますでしょうか。
あわせて、電子証明書の再発行手順もお知らせいただけますと幸いです。

{sign("hiwatashi")}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-ginkou.co.jp is a typo look-alike of the partner bank midori-ginko.co.jp",
})

# -- 068: forwarded as attachment (.eml) — HR's retiree list with phones -------------------
_p = people(7)
_inner = "\n".join(f"{i}. {name(p)}（{rng.choice(DEPTS)}）最終出社 7/{rng.randrange(10, 29)}　携帯 {mobile()}　{mail(p, 0)}"
                   for i, p in enumerate(_p, 1))
M.append({
    "id": "helpdesk-068",
    "sender": sender("murase"),
    "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "FW: 退職者のPC回収・アカウント停止について",
    "charset": "iso-2022-jp",
    "body": f"""ツバサシステム サポートご担当者様

日の出産業の村瀬です。
人事からの連絡を添付で転送します。記載の7名について、
最終出社日の翌日にアカウント停止をお願いいたします。

{sign("murase", 3)}
""",
    "attachments": [{"kind": "eml", "name": "退職者のPC回収・アカウント停止について.eml",
                     "message": {"sender": f"人事部 嘉手納 里美 <s-kadena@{DOM}>",
                                 "to": [f"ITヘルプデスク <helpdesk@{DOM}>"],
                                 "subject": "退職者のPC回収・アカウント停止について",
                                 "charset": "iso-2022-jp",
                                 "body": "ヘルプデスク各位\n\n7月末退職者の一覧です。PC回収の連絡は各自の携帯へお願いします。\n\n"
                                         + _inner + "\n\n人事部 嘉手納\n"}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "attached .eml (forward) lists 7 retirees with mobile and e-mail, sent to a vendor",
})

# -- 069: license quote with product codes and prices ------------------------------------
M.append({
    "id": "helpdesk-069",
    "sender": sender("murase"),
    "to": ["安達 様 <adachi@cloudnote.co.jp>"],
    "subject": "追加ライセンスのお見積り依頼",
    "charset": "cp932",
    "body": f"""安達様

お世話になっております。日の出産業の村瀬です。
下記の追加ライセンスについて、お見積りをお願いいたします。

　品番            品名                         数量   希望単価
　CN-STD-M       Standard 月額                 20    1,200円
　CN-ADM-OPT     管理者オプション                2    3,000円
　CN-ARC-1Y      アーカイブ1年延長              1    48,000円

前回見積番号 Q-2025-0388 と同条件でお願いできればと思います。
納期：9/1 利用開始希望

{sign("murase")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "product codes, quantities and prices: ordinary business",
})

# -- 070: internal regulation excerpt with an 'Internal Use Only' header -----------------
M.append({
    "id": "helpdesk-070",
    "sender": sender("narumi"),
    "to": ["Raj Patel <raj.patel@indigo-devs.com>"],
    "subject": "Our information security rules for contractors (excerpt)",
    "charset": "utf-8",
    "body": f"""Dear Raj,

Before your team starts on the Brightdesk integration, please read the attached excerpt
of our information security regulations, in particular sections 4 (remote access) and
7 (handling of customer data).

Best regards,
{sign("narumi", 2)}
""",
    "attachments": [{"kind": "docx", "name": "InfoSec_Regulations_excerpt_EN.docx",
                     "title": "Information Security Regulations (excerpt)",
                     "page_header": "INTERNAL USE ONLY",
                     "page_footer": "Hinode Sangyo Co., Ltd. - Internal Use Only - Do not distribute",
                     "paragraphs": ["Information Security Regulations (excerpt)",
                                    "4. Remote access: only company-issued devices may connect to the VPN.",
                                    "7. Customer data must not be stored on personal devices or cloud drives.",
                                    "9. Incidents must be reported to the IT helpdesk within one hour."]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the attached regulation is stamped INTERNAL USE ONLY in header and footer, sent to a contractor",
})

# -- 071: server log submission under NDA, hosts and IPs only ----------------------------
_log = []
for i in range(30):
    _log.append(f"Jul 16 02:{i * 2 % 60:02d}:{rng.randrange(60):02d} wf-ap02 w3wp[{rng.randrange(3000, 9000)}]: "
                f"{rng.choice(['ERROR', 'WARN', 'ERROR'])} pool=WorkflowPool "
                f"msg=\"{rng.choice(['Connection timeout to 10.20.8.15:1433', 'Recycling worker process', 'Request queue full (5000)'])}\"")
M.append({
    "id": "helpdesk-071",
    "sender": sender("chiba"),
    "to": ["森岡 様 <morioka@tsubasa-system.jp>"],
    "subject": "Re: #TS-77120 ログご提出",
    "charset": "utf-8",
    "body": f"""森岡様

千葉です。ご依頼のAPサーバのアプリケーションログを添付します。
御社とは保守契約に付帯する秘密保持契約を締結済みのため、マスキングせずにお送りしています。
なお、利用者情報は含まれておりません（サーバ側のログのみです）。

{sign("chiba")}
""",
    "attachments": [{"kind": "txt", "name": "wf-ap02_app_20250716.log", "text": "\n".join(_log) + "\n"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "server log with host names and internal IPs only; the NDA is just mentioned",
})

# -- 072: one user's VPN log for an investigation -------------------------------------------
_log = []
for i in range(12):
    _log.append(f"2025-07-{rng.randrange(1, 16):02d} {rng.randrange(7, 23):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d},"
                f"h-saito@{DOM},{rng.choice(['203.0.113.77', '198.51.100.140', '203.0.113.77'])},"
                f"{rng.choice(['connect', 'disconnect', 'auth-fail'])},{rng.choice(['HS-NB-40211', 'unknown'])}")
M.append({
    "id": "helpdesk-072",
    "sender": sender("narumi"),
    "to": ["SOC窓口 <soc@cyberwatch-sec.jp>"],
    "subject": "【CW-2025-0722】VPN接続ログ（対象アカウント1件）",
    "charset": "utf-8",
    "body": f"""サイバーウォッチ SOCご担当者様

鳴海です。CW-2025-0722 の対象アカウントについて、7/1〜7/15 のVPN接続ログを抽出しました。
対象は1アカウントのみです。未登録端末（unknown）からの接続試行がありご確認をお願いします。

date,user,src_ip,event,device
""" + "\n".join(_log) + "\n\n" + sign("narumi", 3) + "\n",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "VPN log of a single work account for an investigation: no list of people, nothing sensitive",
})

# -- 073: three retirees (below the list threshold) ------------------------------------
_p = people(3)
M.append({
    "id": "helpdesk-073",
    "sender": sender("tokano"),
    "to": ["ツバサシステム サポート <support@tsubasa-system.jp>"],
    "subject": "アカウント停止依頼（8月退職者 3名）",
    "charset": "iso-2022-jp",
    "body": "ツバサシステム サポートご担当者様\n\n日の出産業の戸叶です。\n"
            "8月退職者3名のアカウント停止をお願いします。\n\n"
            + "\n".join(f"　{name(p)}　{mail(p, 0)}　8/{rng.choice([15, 20, 31])}付" for p in _p)
            + "\n\n以上3名です。\n\n" + sign("tokano", 3) + "\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three retirees' names and e-mails: under five people, may be warned but must go",
})

# -- 074: one new account request --------------------------------------------------------
_p = people(1)[0]
M.append({
    "id": "helpdesk-074",
    "sender": sender("murase"),
    "to": ["support@cloudnote.co.jp"],
    "subject": "アカウント追加発行のお願い（1名）",
    "charset": "iso-2022-jp",
    "body": f"""クラウドノート サポートセンター ご担当者様

お世話になっております。日の出産業の村瀬です。
中途入社者1名のアカウント発行をお願いいたします。

　氏名：{name(_p)}
　メール：{mail(_p, 1)}
　プラン：Standard（契約番号 CN-2291-0457）

{sign("murase")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "one employee's work account request: a single business contact, nothing sensitive",
})

# -- 075: XLSX whose first sheet is a summary, second sheet the user list (9) ------------
_p = people(9)
_list = [["氏名", "メールアドレス", "雇用区分", "打刻方法", "承認者"]]
for p in _p:
    _list.append([name(p), mail(p, 3), rng.choice(["正社員", "契約社員", "パート"]),
                  rng.choice(["ICカード", "PC打刻", "スマホ打刻"]), rng.choice(["課長", "所長", "部長"])])
M.append({
    "id": "helpdesk-075",
    "sender": sender("itokazu"),
    "to": ["勤怠クラウド 導入支援 <onboarding@kintaicloud.jp>"],
    "subject": "仙台物流センター 追加導入分のユーザー登録について",
    "charset": "utf-8",
    "body": f"""勤怠クラウド 導入支援ご担当者様

日の出産業の糸数です。
仙台物流センターの追加導入分について、登録用ファイルをお送りします。
1シート目が集計、2シート目が登録対象者です。

{sign("itokazu")}
""",
    "attachments": [{"kind": "xlsx", "name": "仙台物流C_登録.xlsx",
                     "sheets": {"集計": [["区分", "人数"], ["正社員", 4], ["契約社員", 3], ["パート", 2], ["合計", 9]],
                                "登録対象者": _list}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "second sheet of the XLSX lists 9 people with e-mail and employment type",
})

# -- 076: head-counts by department, no names --------------------------------------------
M.append({
    "id": "helpdesk-076",
    "sender": sender("murase"),
    "to": ["安達 様 <adachi@cloudnote.co.jp>"],
    "subject": "ライセンス利用状況（部署別）",
    "charset": "iso-2022-jp",
    "body": f"""安達様

村瀬です。ライセンス棚卸の結果、部署別の利用人数は以下のとおりです。

部署           利用者数   うち未ログイン90日超
-------------  ---------  --------------------
営業第一部            42                     3
営業第二部            38                     1
経理部                15                     0
生産管理部            27                     4
物流部                33                     6
合計                 155                    14

未ログインの14ライセンスは来月解約予定です。

{sign("murase", 3)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate counts per department: no individual",
})

# -- 077: reply; the quote is the vendor's, but new text adds 5 corrected records --------
_p = people(5)
_fix = "\n".join(f"  {name(p)}  誤）{p['rsei']}@{DOM} → 正）{mail(p, 1)}" for p in _p)
M.append({
    "id": "helpdesk-077",
    "sender": sender("murase"),
    "to": ["安達 様 <adachi@cloudnote.co.jp>"],
    "subject": "Re: 一括登録エラーのご連絡",
    "charset": "utf-8",
    "body": f"""安達様

ご連絡ありがとうございます。村瀬です。
こちらの登録ファイルのミスでした。申し訳ありません。
正しいアドレスは以下のとおりです。再登録をお願いいたします。

{_fix}

村瀬

> 日の出産業 村瀬様
>
> 一括登録ファイルのうち5件が「ドメイン不一致」でエラーとなりました。
> お手数ですがご確認ください。
>
> クラウドノート 安達
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "the new text of a reply (not the quote) lists 5 people's names and e-mail addresses",
})

# -- 078: no name column: employee no., mobile, date of birth (6 rows) -------------------
_rows = [["社員番号", "携帯番号", "生年月日", "本人確認"]]
for _ in range(6):
    _rows.append([empno("H"), mobile(), ymd(dob(1965, 2001)), rng.choice(["済", "済", "未"])])
M.append({
    "id": "helpdesk-078",
    "sender": sender("narumi"),
    "to": ["菅原 様 <sugawara@securegate.jp>"],
    "subject": "音声認証の本人確認情報（6件）",
    "charset": "cp932",
    "body": "菅原様\n\n鳴海です。音声認証で本人確認に使う情報を登録したく、6件分お送りします。\n"
            "氏名は不要とのことでしたので社員番号のみにしています。\n\n"
            + table(_rows, gap="    ", rule="=") + "\n\n" + sign("narumi") + "\n",
    "expect": "stop",
    "entities": ["PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "6 records of employee number + mobile + date of birth with no name column, to a vendor",
})

# -- 079: internal: sick-leave details between IT and HR ---------------------------------
_p = people(1)[0]
M.append({
    "id": "helpdesk-079",
    "sender": sender("tokano"),
    "to": [f"人事部 嘉手納 <s-kadena@{DOM}>"],
    "subject": "休職者のアカウント扱いについて（確認）",
    "charset": "iso-2022-jp",
    "body": f"""嘉手納さん

戸叶です。品質保証部の{name(_p)}さんの件、
適応障害での休職（8/1〜10/31）と伺っています。
休職中はメール・勤怠のアカウントを一時停止し、PCは自宅保管のままでよいでしょうか。
復職面談の日程が決まったら教えてください。

戸叶
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a diagnosis tied to a named employee, but IT and HR are both internal",
})

# -- 080: a corrupt DOCX -----------------------------------------------------------------
M.append({
    "id": "helpdesk-080",
    "sender": sender("chiba"),
    "to": ["森岡 様 <morioka@tsubasa-system.jp>"],
    "subject": "作業報告書（7/18 ストレージ障害対応）",
    "charset": "iso-2022-jp",
    "body": f"""森岡様

先日はありがとうございました。千葉です。
7/18 のストレージ障害対応について、弊社側の作業報告書を添付いたします。
内容をご確認のうえ、御社報告書との差異があればご指摘ください。

{sign("chiba")}
""",
    "attachments": [{"kind": "corrupt", "name": "作業報告書_0718.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the attached DOCX is corrupt and cannot be read",
})

# -- 081: mail about abolishing password ZIPs (PPAP), no attachment ----------------------
M.append({
    "id": "helpdesk-081",
    "sender": sender("narumi"),
    "to": ["ツバサシステム 営業部 <eigyo@tsubasa-system.jp>"],
    "subject": "パスワード付きZIPファイル送付の廃止について（ご案内）",
    "charset": "iso-2022-jp",
    "body": f"""ツバサシステム株式会社 営業部 御中

平素より大変お世話になっております。日の出産業 情報システム部の鳴海です。

弊社では、10月1日よりパスワード付きZIPファイル（いわゆるPPAP）のメール送受信を廃止いたします。
以降、ファイルの受け渡しは弊社指定のファイル共有サービスをご利用ください。
パスワード付きZIPが添付されたメールは、弊社のメールサーバで受信時に削除されます。

ご不便をおかけしますが、ご理解・ご協力のほどよろしくお願いいたします。

{sign("narumi", 1)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "talks about password ZIPs but carries no attachment and no personal data",
})

# -- 082: a readable PDF work report, nothing personal ---------------------------------
M.append({
    "id": "helpdesk-082",
    "sender": sender("tokano"),
    "to": ["ツバサシステム 保守窓口 <hoshu@tsubasa-system.jp>"],
    "subject": "8/23 定期メンテナンス 作業報告書",
    "charset": "utf-8",
    "body": f"""ツバサシステム 保守窓口 ご担当者様

戸叶です。8/23 の定期メンテナンスの弊社側作業報告書をお送りします。
OS更新後の再起動確認まで完了しています。

{sign("tokano")}
""",
    "attachments": [{"kind": "pdf", "name": "作業報告書_20250823.pdf", "title": "定期メンテナンス作業報告書",
                     "lines": ["定期メンテナンス 作業報告書", "作業日：2025年8月23日 9:00〜16:40",
                               "作業内容：wf-ap01/02, wf-db01 の OS 累積更新適用",
                               "結果：全サーバ正常起動、サービス稼働確認済み", "次回予定：2025年11月22日"],
                     "table": [["サーバ", "更新前", "更新後", "結果"],
                               ["wf-ap01", "KB50391", "KB50422", "OK"],
                               ["wf-ap02", "KB50391", "KB50422", "OK"],
                               ["wf-db01", "KB50391", "KB50422", "OK"]]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "readable PDF report about servers: nothing personal or marked",
})

# -- 083: corporate card number in Japanese, to change the payment card ----------------
_cc = card()
M.append({
    "id": "helpdesk-083",
    "sender": sender("hiwatashi"),
    "to": ["勤怠クラウド 請求窓口 <billing@kintaicloud.jp>"],
    "subject": "Re: お支払い方法の変更について（契約ID KC-100482）",
    "charset": "iso-2022-jp",
    "body": f"""株式会社勤怠クラウド 請求ご担当者様

お世話になっております。日の出産業の樋渡です。
ご案内ありがとうございます。Web画面でのカード登録がエラーになるため、
恐れ入りますが下記カードでの登録をお願いできますでしょうか。

　カード番号：{fw(_cc[:4])}－{fw(_cc[4:8])}－{fw(_cc[8:12])}－{fw(_cc[12:])}
　有効期限：１２／２８
　名義：ＭＡＲＩＫＯ　ＨＩＷＡＴＡＳＨＩ

{sign("hiwatashi", 1)}
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a card number in full-width digits, with the holder's name, sent to a vendor",
})

# -- 084: health insurance card symbol/number for a welfare-service registration ----------
_p = people(1)[0]
_d = dob(1975, 1995)
M.append({
    "id": "helpdesk-084",
    "sender": sender("itokazu"),
    "to": ["福利プラス 会員登録センター <touroku@fukuri-plus.jp>"],
    "subject": "会員登録エラーの件（代理での登録依頼）",
    "charset": "utf-8",
    "body": f"""福利プラス 会員登録センター ご担当者様

日の出産業 ヘルプデスクの糸数です。
社員がWebから会員登録できないとのことで、本人了承のうえ代理でご連絡しています。

　氏名：{name(_p)}
　生年月日：{wareki(_d, "short")}
　健康保険証　記号：{rng.randrange(100, 999)}　番号：{rng.randrange(1000, 9999)}
　保険者番号：06{rng.randrange(100000, 999999)}

登録画面で「保険証情報が一致しません」と表示されるそうです。
ご確認をお願いいたします。

{sign("itokazu")}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"],
    "detectors": ["personal_data"],
    "note": "one employee's health insurance card symbol and number to an external service",
})

# -- 085: one carrier-mail recipient (an employee's own phone) ---------------------------
M.append({
    "id": "helpdesk-085",
    "sender": sender("itokazu"),
    "to": ["m-fujita.0715@docomo.ne.jp"],
    "subject": "認証アプリの設定手順",
    "charset": "iso-2022-jp",
    "body": f"""藤田さん

ヘルプデスクの糸数です。お電話でお話しした認証アプリの設定手順です。

1. ストアで「HS Authenticator」を検索してインストール
2. アプリを開き「アカウントを追加」をタップ
3. PCに表示されたQRコードを読み取る
4. 表示された6桁のコードをPCに入力

うまくいかない場合はヘルプデスク（03-5201-7735）までお電話ください。

{sign("itokazu", 3)}
""",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "a single carrier-mail recipient and setup steps: ordinary",
})

# -- 086: three new hires' private addresses (different providers) visible in To ----------
_p = people(3)
M.append({
    "id": "helpdesk-086",
    "sender": f"日の出産業 ITヘルプデスク <helpdesk@{DOM}>",
    "to": [f"{name(_p[0])} <{_p[0]['rmei']}.{_p[0]['rsei']}.0401@gmail.com>",
           f"{name(_p[1])} <{_p[1]['rsei']}{_p[1]['rmei'][0]}2025@yahoo.co.jp>",
           f"{name(_p[2])} <{_p[2]['rmei']}_{_p[2]['rsei']}@icloud.com>"],
    "subject": "【入社前のご案内】社内アカウントの初期設定について",
    "charset": "utf-8",
    "body": f"""10月入社予定の皆さま

日の出産業 ITヘルプデスクです。
入社初日にスムーズに業務を始めていただくため、社内アカウントの初期設定についてご案内します。

・初日 9:00〜 本社7F 研修室にてPCをお渡しします
・スマートフォンに認証アプリ「HS Authenticator」を事前にインストールしておいてください
・初期パスワードは当日、紙でお渡しします

ご不明点はこのメールにご返信ください。
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "three private persons (gmail, yahoo, icloud) see each other's addresses in To: three parties",
})

# -- 087: tracking numbers for shipped PCs ----------------------------------------------
M.append({
    "id": "helpdesk-087",
    "sender": sender("hiwatashi"),
    "to": ["返却センター <henkyaku@mirai-lease.co.jp>"],
    "subject": "返却PC 発送済みのご連絡（伝票番号）",
    "charset": "iso-2022-jp",
    "body": f"""みらいリース 返却センター ご担当者様

日の出産業の樋渡です。本日、返却PCを下記のとおり発送いたしました。

　青葉運輸 伝票番号：4471-2093-9120（3箱）
　青葉運輸 伝票番号：4471-2093-9131（2箱）
　同梱：返却明細書（資産番号 HS-NB-30112〜30121）

到着後、受領書の発行をお願いいたします。

{sign("hiwatashi")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "tracking and asset numbers only",
})

# -- 088: internal: the full PC ledger to General Affairs --------------------------------
_p = people(12)
_sheet = [["PC貸与台帳（全社）"], ["資産番号", "使用者", "社員番号", "メール", "貸与日"]]
for p in _p:
    _sheet.append([f"HS-NB-{rng.randrange(10000, 99999)}", name(p), empno(), mail(p, 0),
                   f"2023/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}"])
M.append({
    "id": "helpdesk-088",
    "sender": sender("itokazu"),
    "to": [f"総務部 樋渡 <m-hiwatashi@{DOM}>"],
    "cc": [f"ITヘルプデスク <helpdesk@{DOM}>"],
    "subject": "PC貸与台帳（7月末版）",
    "charset": "utf-8",
    "body": "樋渡さん\n\n糸数です。7月末時点の貸与台帳を添付します。\n固定資産の照合にお使いください。\n\n糸数\n",
    "attachments": [{"kind": "xlsx", "name": "PC貸与台帳_202507.xlsx", "sheets": {"台帳": _sheet}}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "a 12-person ledger, but sent only to internal addresses",
})

# -- 089: text + HTML alternative, deletion of 5 accounts at a chat service -------------
_p = people(5)
_r = [(name(p), mail(p, 0), f"2025/0{rng.randrange(5, 8)}/{rng.randrange(1, 29):02d}") for p in _p]
M.append({
    "id": "helpdesk-089",
    "sender": sender("murase"),
    "to": ["チャットワークス サポート <support@chatworks.jp>"],
    "subject": "ユーザー削除依頼（5名）",
    "charset": "utf-8",
    "body": "チャットワークス サポートご担当者様\n\n日の出産業の村瀬です。以下5名のユーザー削除をお願いします。\n\n"
            + "\n".join(f"{a} / {b} / 最終利用日 {c}" for a, b, c in _r) + "\n\n" + sign("murase") + "\n",
    "html": "<html><body><p>チャットワークス サポートご担当者様</p><p>日の出産業の村瀬です。以下5名のユーザー削除をお願いします。</p>"
            "<table border='1'><tr><th>氏名</th><th>メールアドレス</th><th>最終利用日</th></tr>"
            + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in _r)
            + "</table><p>日の出産業株式会社 情報システム部 村瀬 拓海<br>TEL 03-5201-7730</p></body></html>",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five people's names and e-mails (text and HTML table) to a SaaS vendor",
})

# -- 090: maintenance schedule table (HTML), one partner --------------------------------
M.append({
    "id": "helpdesk-090",
    "sender": sender("chiba"),
    "to": ["北国フーズ 情報システム課 <jsys@kitaguni-foods.co.jp>"],
    "subject": "EDIシステム 計画停止のお知らせ（9月）",
    "charset": "utf-8",
    "body": "北国フーズ 情報システム課 御中\n\n9月のEDI計画停止日程をお知らせします。\n"
            "9/13（土）22:00〜9/14（日）6:00　DBサーバ更新\n9/27（土）20:00〜24:00　証明書更新\n\n"
            "日の出産業 情報システム部 千葉\n",
    "html": "<html><body><p>北国フーズ 情報システム課 御中</p><p>9月のEDI計画停止日程をお知らせします。</p>"
            "<table border='1'><tr><th>日時</th><th>内容</th><th>影響</th></tr>"
            "<tr><td>9/13（土）22:00〜9/14（日）6:00</td><td>DBサーバ更新</td><td>全機能停止</td></tr>"
            "<tr><td>9/27（土）20:00〜24:00</td><td>証明書更新</td><td>送信のみ停止</td></tr></table>"
            "<p>日の出産業 情報システム部 千葉</p></body></html>",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a maintenance schedule to one partner: ordinary",
})

# -- 091 (either): a domain that may be the partner's new subsidiary or a look-alike ------
M.append({
    "id": "helpdesk-091",
    "sender": sender("tokano"),
    "to": ["ツバサシステムズサポート 保守受付 <uketsuke@tsubasa-sys.jp>"],
    "subject": "保守窓口変更後の初回問合せ（ファイルサーバ容量警告）",
    "charset": "iso-2022-jp",
    "body": f"""ツバサシステムズサポート株式会社 保守受付 ご担当者様

はじめてご連絡いたします。日の出産業の戸叶です。
ツバサシステム様から、10月より保守受付が御社に移管されたとのご案内をいただきました。

ファイルサーバ fs01 のDドライブ使用率が92%を超え、警告が出ております。
古いスナップショットの削除手順についてご教示いただけますでしょうか。

{sign("tokano")}
""",
    "expect": "either",
    "entities": [],
    "detectors": [],
    "note": "tsubasa-sys.jp may be the partner's real new subsidiary or a confusable of tsubasa-system.jp",
})

# -- 092 (either): training attendees, names and departments only (6) --------------------
_p = people(6)
M.append({
    "id": "helpdesk-092",
    "sender": sender("hiwatashi"),
    "to": ["ITスキル研修センター 受付 <uketsuke@it-skill-center.co.jp>"],
    "subject": "9/10 情報セキュリティ基礎研修 受講者のご連絡",
    "charset": "iso-2022-jp",
    "body": "ITスキル研修センター 受付ご担当者様\n\n日の出産業 総務部の樋渡です。\n"
            "9/10 開催の情報セキュリティ基礎研修について、受講者は以下6名です。\n\n"
            + "\n".join(f"　{name(p)}（{rng.choice(DEPTS)}）" for p in _p)
            + "\n\n請求書は総務部 樋渡宛にお送りください。\n\n" + sign("hiwatashi") + "\n",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "six attendees with only name and department: a list of people, but hardly any data about them",
})

# -- 093 (either): log with opaque user IDs only (8 users) ------------------------------
_ids = [f"u{rng.randrange(100000, 240000)}" for _ in range(8)]
_log = [f"2025-08-0{rng.randrange(1, 8)} {rng.randrange(8, 20):02d}:{rng.randrange(60):02d} uid={rng.choice(_ids)} "
        f"action={rng.choice(['download', 'share-external', 'download', 'delete'])} "
        f"file=/share/{rng.choice(['eigyo', 'keiri', 'soumu'])}/{rng.randrange(1000, 9999)}.xlsx"
        for _ in range(25)]
M.append({
    "id": "helpdesk-093",
    "sender": sender("narumi"),
    "to": ["SOC窓口 <soc@cyberwatch-sec.jp>"],
    "subject": "【CW-2025-0805】ファイル共有の操作ログ",
    "charset": "utf-8",
    "body": f"""サイバーウォッチ SOCご担当者様

鳴海です。外部共有が急増した件の操作ログです。
ユーザーは社内ID（u+6桁）に置き換えています。対応表は弊社のみで保持しています。

""" + "\n".join(_log) + "\n\n" + sign("narumi", 3) + "\n",
    "expect": "either",
    "entities": [],
    "detectors": [],
    "note": "8 users appear only as pseudonymous IDs: personal data by linkage, arguable either way",
})

# -- 094: signed NDA sent to a new vendor ------------------------------------------------
M.append({
    "id": "helpdesk-094",
    "sender": sender("okochi"),
    "to": ["ネクストサポート 法務担当 <legal@nextsupport.co.jp>"],
    "subject": "秘密保持契約書（押印済み）の送付",
    "charset": "iso-2022-jp",
    "body": f"""ネクストサポート株式会社 法務ご担当者様

お世話になっております。日の出産業の大河内です。
ヘルプデスク業務委託に関する秘密保持契約書について、弊社押印済みのPDFをお送りします。
原本2部は本日郵送いたしましたので、1部にご押印のうえご返送をお願いいたします。

{sign("okochi")}
""",
    "attachments": [{"kind": "pdf", "name": "秘密保持契約書_ネクストサポート様.pdf",
                     "lines": ["秘密保持契約書",
                               "日の出産業株式会社（以下「甲」）とネクストサポート株式会社（以下「乙」）は、",
                               "甲が乙に委託するヘルプデスク業務に関し、以下のとおり秘密保持契約を締結する。",
                               "第1条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して",
                               "開示した技術上・営業上の情報をいう。",
                               "第2条（秘密保持義務）受領者は、秘密情報を第三者に開示・漏えいしてはならない。",
                               "第8条（有効期間）本契約の有効期間は締結日から3年間とする。",
                               "甲 東京都中央区日本橋2-11-5 日の出産業株式会社 代表取締役 日野 一郎",
                               "乙 東京都千代田区神田須田町1-8-3 ネクストサポート株式会社 代表取締役 三輪 誠司"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an NDA document: talks about confidentiality but is no marking; representatives are business contacts",
})

# -- 095: look-alike of the partner carrier (co. dropped) ------------------------------
M.append({
    "id": "helpdesk-095",
    "sender": sender("itokazu"),
    "to": ["青葉運輸 今井様 <imai@aoba-unyu.jp>"],
    "subject": "集荷日の変更のお願い（7/28→7/29）",
    "charset": "iso-2022-jp",
    "body": f"""青葉運輸株式会社
今井様

お世話になっております。日の出産業の糸数です。
7/28にお願いしておりました交換用PCの集荷ですが、
キッティングが遅れているため、7/29（火）午後に変更をお願いできますでしょうか。
個口数（7個口）に変更はございません。

{sign("itokazu")}
""",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.jp drops the co. of the partner's aoba-unyu.co.jp: a look-alike",
})

# -- 096: internal all-staff incident notice --------------------------------------------
M.append({
    "id": "helpdesk-096",
    "sender": f"日の出産業 ITヘルプデスク <helpdesk@{DOM}>",
    "to": [f"全社員 <all@{DOM}>"],
    "subject": "【障害】グループウェアにログインできない事象について（第2報）",
    "charset": "iso-2022-jp",
    "body": """社員各位

ITヘルプデスクです。
本日8:50頃から発生しているグループウェアのログイン障害について、第2報です。

・原因：認証サーバの証明書期限切れ
・状況：証明書を更新済み。10:20に復旧を確認しました
・対応：ログインできない場合はブラウザを再起動してください

ご迷惑をおかけしました。
問合せ先：ITヘルプデスク 内線2230 ／ 外線 03-5201-7735
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "an all-staff incident notice, internal only",
})

# -- 097: 3 people in the body + 4 more in an attached CSV = 7 --------------------------
_p = people(7)
_body = "\n".join(f"・{name(p)}　{mail(p, 1)}　（{rng.choice(DEPTS)}）" for p in _p[:3])
_rows = [["氏名", "メールアドレス", "所属", "プラン"]] + [[name(p), mail(p, 1), rng.choice(DEPTS), "Standard"] for p in _p[3:]]
M.append({
    "id": "helpdesk-097",
    "sender": sender("murase"),
    "to": ["support@cloudnote.co.jp"],
    "subject": "アカウント発行依頼（10月入社・異動者）",
    "charset": "iso-2022-jp",
    "body": f"""クラウドノート サポートセンター ご担当者様

日の出産業の村瀬です。10月1日付のアカウント発行をお願いします。

【10月入社】
{_body}

【異動に伴う新規発行】
添付CSVの4名分です。

{sign("murase")}
""",
    "attachments": [{"kind": "csv", "name": "異動者_新規発行.csv", "encoding": "cp932", "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three people in the body and four in the CSV: seven people's records in one message",
})

# -- 098: one vendor engineer's company mobile for building entry --------------------------
M.append({
    "id": "helpdesk-098",
    "sender": sender("chiba"),
    "to": ["日本橋ビルマネジメント 防災センター <bousai@nihonbashi-bm.co.jp>"],
    "subject": "休日作業・入館申請（8/23）",
    "charset": "iso-2022-jp",
    "body": f"""日本橋ビルマネジメント 防災センター 御中

日の出ビル7Fの日の出産業 千葉です。
8/23（土）の休日作業に伴い、下記のとおり入館を申請します。

　作業会社：ツバサシステム株式会社
　作業責任者：森岡 俊（当日連絡先 会社携帯 080-3391-5524）
　人数：3名
　時間：8:30〜18:00
　搬入物：なし

{sign("chiba")}
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "one vendor engineer's company mobile as the on-site contact: a single business contact",
})

# -- 099: English, UTF-8 CSV of 15 licensed users to a reseller --------------------------
_p = people(15)
_rows = [["UserPrincipalName", "DisplayName", "Department", "JobTitle", "UsageLocation", "License"]]
for p in _p:
    _rows.append([mail(p, 1), roma(p), rng.choice(["Sales", "Finance", "Logistics", "QA", "HR", "IT"]),
                  rng.choice(["Staff", "Manager", "Senior Staff", "Assistant Manager"]), "JP",
                  rng.choice(["E3", "E3", "F3", "E5"])])
M.append({
    "id": "helpdesk-099",
    "sender": sender("okochi"),
    "to": ["License Plus Support <support@licenseplus.co.jp>"],
    "cc": [f"村瀬 <t-murase@{DOM}>"],
    "subject": "License true-up: user export (Hinode Sangyo)",
    "charset": "utf-8",
    "body": f"""License Plus サポートご担当者様

日の出産業の大河内です。
年次のライセンス棚卸（true-up）用に、管理画面からエクスポートしたユーザー一覧をお送りします。
F3 への切替候補は Logistics の現場スタッフです。ご提案をお願いします。

{sign("okochi")}
""",
    "attachments": [{"kind": "csv", "name": "users_export_20250901.csv", "encoding": "utf-8", "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "admin-console export of 15 users (UPN, display name, department, title) to a reseller",
})

# -- 100: 【機密】 stamp on firewall rules sent to the vendor ------------------------------
M.append({
    "id": "helpdesk-100",
    "sender": sender("tokano"),
    "to": ["森岡 様 <morioka@tsubasa-system.jp>"],
    "subject": "FWルール変更申請（9月分）",
    "charset": "cp932",
    "body": f"""【機密】
―――――――――――――――――――
森岡様

戸叶です。9月分のFWルール変更申請をお送りします。
反映は 9/13 のメンテナンス枠でお願いします。

No  送信元             宛先               ポート   動作
--  -----------------  -----------------  -------  ------
1   10.20.30.0/24      172.16.10.21       443      許可
2   any                172.16.10.25       25       許可
3   10.99.0.10         10.20.0.0/16       3389     許可
4   any                10.20.8.15         1433     拒否

{sign("tokano")}
""",
    "attachments": [{"kind": "txt", "name": "fw_rule_change_202509.txt", "encoding": "cp932",
                     "text": "機密区分：機密\nFWルール変更申請 2025年9月\n1 10.20.30.0/24 -> 172.16.10.21:443 permit\n"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the mail and its attachment are stamped 【機密】 / 機密区分：機密, sent to a vendor",
})

MESSAGES = M
