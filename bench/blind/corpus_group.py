"""Blind evaluation corpus — area: group (グループ会社管理).

Mail of 日の出産業's group-company administration: 出向者・兼務者の管理, グループ会社間の
人事・経理連絡, 出向契約, 出向者の給与負担 (出向負担金), 共通サービス (shared payroll,
社宅, IT, 安否確認 …).  Group companies have their own domains (hinode-logistics.co.jp,
hinode-bs.co.jp, …) and are therefore *external* recipients under the policy.

Everything here is invented: people, numbers, addresses, companies other than the ones
named in the brief.  It was written blind, from bench/blind/BRIEF.md, bench/blind/build.py
and shared/SPEC.md only, without reading mailguard's code, rules or tests.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 37001
rng = random.Random(SEED)

_mn = iter(range(100))
_cn = iter(range(100))


def next_my_number() -> str:
    return my_number(SEED + next(_mn))


def next_card() -> str:
    return card_number(SEED + next(_cn))


def corp_no(base12: str) -> str:
    """法人番号 (13 digits): check digit first, then the 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        total += digits[12 - n] * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


ZEN = str.maketrans("0123456789-/.", "０１２３４５６７８９－／．")


def zen(s: str) -> str:
    return s.translate(ZEN)


# --- invented people ---------------------------------------------------------------
NAMES = [
    ("大河内", "聡", "オオコウチ", "サトシ", "Okochi", "Satoshi", "M"),
    ("六車", "美沙", "ムグルマ", "ミサ", "Muguruma", "Misa", "F"),
    ("東海林", "拓海", "ショウジ", "タクミ", "Shoji", "Takumi", "M"),
    ("薬師寺", "玲奈", "ヤクシジ", "レナ", "Yakushiji", "Rena", "F"),
    ("五十嵐", "浩二", "イガラシ", "コウジ", "Igarashi", "Koji", "M"),
    ("勅使河原", "潤", "テシガワラ", "ジュン", "Teshigawara", "Jun", "M"),
    ("小鳥遊", "結衣", "タカナシ", "ユイ", "Takanashi", "Yui", "F"),
    ("百目鬼", "修", "ドウメキ", "オサム", "Domeki", "Osamu", "M"),
    ("石動", "香織", "イスルギ", "カオリ", "Isurugi", "Kaori", "F"),
    ("御手洗", "健太", "ミタライ", "ケンタ", "Mitarai", "Kenta", "M"),
    ("春日井", "陽子", "カスガイ", "ヨウコ", "Kasugai", "Yoko", "F"),
    ("寒河江", "智也", "サガエ", "トモヤ", "Sagae", "Tomoya", "M"),
    ("納富", "直樹", "ノウドミ", "ナオキ", "Noudomi", "Naoki", "M"),
    ("鬼頭", "真由美", "キトウ", "マユミ", "Kito", "Mayumi", "F"),
    ("阿久津", "大輝", "アクツ", "ダイキ", "Akutsu", "Daiki", "M"),
    ("仁科", "恵理", "ニシナ", "エリ", "Nishina", "Eri", "F"),
    ("轟", "隆之", "トドロキ", "タカユキ", "Todoroki", "Takayuki", "M"),
    ("相馬", "千尋", "ソウマ", "チヒロ", "Soma", "Chihiro", "F"),
    ("比嘉", "勇人", "ヒガ", "ハヤト", "Higa", "Hayato", "M"),
    ("雲母", "しおり", "キララ", "シオリ", "Kirara", "Shiori", "F"),
    ("長宗我部", "亮", "チョウソカベ", "リョウ", "Chosokabe", "Ryo", "M"),
    ("瀬戸口", "奈々", "セトグチ", "ナナ", "Setoguchi", "Nana", "F"),
    ("釘宮", "雅人", "クギミヤ", "マサト", "Kugimiya", "Masato", "M"),
    ("猪瀬", "由香", "イノセ", "ユカ", "Inose", "Yuka", "F"),
    ("樋渡", "和也", "ヒワタシ", "カズヤ", "Hiwatashi", "Kazuya", "M"),
    ("舟橋", "亜希子", "フナハシ", "アキコ", "Funahashi", "Akiko", "F"),
    ("笠原", "翔", "カサハラ", "ショウ", "Kasahara", "Sho", "M"),
    ("宮路", "紗季", "ミヤジ", "サキ", "Miyaji", "Saki", "F"),
    ("西園寺", "崇", "サイオンジ", "タカシ", "Saionji", "Takashi", "M"),
    ("田所", "美穂", "タドコロ", "ミホ", "Tadokoro", "Miho", "F"),
    ("栗栖", "信吾", "クリス", "シンゴ", "Kurisu", "Shingo", "M"),
    ("鮫島", "梨花", "サメジマ", "リカ", "Samejima", "Rika", "F"),
    ("玉置", "誠", "タマキ", "マコト", "Tamaki", "Makoto", "M"),
    ("堀之内", "彩花", "ホリノウチ", "アヤカ", "Horinouchi", "Ayaka", "F"),
    ("安曇", "剛", "アズミ", "ツヨシ", "Azumi", "Tsuyoshi", "M"),
    ("木暮", "佳奈", "コグレ", "カナ", "Kogure", "Kana", "F"),
    ("大豆生田", "洋平", "オオマミュウダ", "ヨウヘイ", "Omamiuda", "Yohei", "M"),
    ("葛城", "瑞穂", "カツラギ", "ミズホ", "Katsuragi", "Mizuho", "F"),
    ("羽生", "康平", "ハニュウ", "コウヘイ", "Hanyu", "Kohei", "M"),
    ("越智", "理沙", "オチ", "リサ", "Ochi", "Risa", "F"),
    ("畔柳", "悟", "クロヤナギ", "サトル", "Kuroyanagi", "Satoru", "M"),
    ("日比野", "明日香", "ヒビノ", "アスカ", "Hibino", "Asuka", "F"),
    ("蓮見", "一樹", "ハスミ", "カズキ", "Hasumi", "Kazuki", "M"),
    ("廿日出", "亜矢", "ハツカデ", "アヤ", "Hatsukade", "Aya", "F"),
    ("江藤", "光", "エトウ", "ヒカル", "Eto", "Hikaru", "M"),
    ("水流", "恭子", "ツル", "キョウコ", "Tsuru", "Kyoko", "F"),
    ("穂積", "賢治", "ホヅミ", "ケンジ", "Hozumi", "Kenji", "M"),
    ("真壁", "早苗", "マカベ", "サナエ", "Makabe", "Sanae", "F"),
    ("伊集院", "蒼", "イジュウイン", "アオイ", "Ijuin", "Aoi", "M"),
    ("久慈", "昌弘", "クジ", "マサヒロ", "Kuji", "Masahiro", "M"),
    ("生天目", "遥", "ナマタメ", "ハルカ", "Namatame", "Haruka", "F"),
    ("泉谷", "慎吾", "イズミヤ", "シンゴ", "Izumiya", "Shingo", "M"),
    ("月岡", "奈緒", "ツキオカ", "ナオ", "Tsukioka", "Nao", "F"),
    ("嶋津", "拓也", "シマヅ", "タクヤ", "Shimazu", "Takuya", "M"),
    ("柘植", "綾乃", "ツゲ", "アヤノ", "Tsuge", "Ayano", "F"),
    ("能登", "圭", "ノト", "ケイ", "Noto", "Kei", "M"),
    ("品川", "未来", "シナガワ", "ミク", "Shinagawa", "Miku", "F"),
    ("渕上", "豪", "フチガミ", "ゴウ", "Fuchigami", "Go", "M"),
    ("秋葉", "詩織", "アキバ", "シオリ", "Akiba", "Shiori", "F"),
    ("梶原", "聖", "カジワラ", "セイ", "Kajiwara", "Sei", "M"),
]

ADDRESSES = [
    ("144-0051", "東京都大田区西蒲田3-14-9"),
    ("211-0025", "神奈川県川崎市中原区木月2-8-21-305"),
    ("330-0061", "埼玉県さいたま市浦和区常盤5-11-4"),
    ("273-0005", "千葉県船橋市本町6-2-17 サンライズ船橋402"),
    ("177-0045", "東京都練馬区石神井台1-23-8"),
    ("223-0062", "神奈川県横浜市港北区日吉本町4-7-12"),
    ("154-0011", "東京都世田谷区上馬2-30-6 コーポ上馬201"),
    ("272-0021", "千葉県市川市八幡3-9-15"),
    ("333-0848", "埼玉県川口市芝下1-18-3"),
    ("133-0056", "東京都江戸川区南小岩7-4-22"),
    ("564-0063", "大阪府吹田市江坂町2-15-1-1104"),
    ("464-0850", "愛知県名古屋市千種区今池5丁目8-3"),
    ("663-8113", "兵庫県西宮市甲子園口4-6-28"),
    ("813-0013", "福岡県福岡市東区香椎駅前1-12-5"),
    ("981-0933", "宮城県仙台市青葉区柏木2-4-19"),
    ("183-0046", "東京都府中市西原町3-2-44"),
    ("252-0303", "神奈川県相模原市南区相模大野8-5-3"),
    ("305-0032", "茨城県つくば市竹園2-11-7"),
    ("115-0055", "東京都北区赤羽西6-33-2"),
    ("731-0138", "広島県広島市安佐南区祇園3-16-8"),
    ("166-0004", "東京都杉並区阿佐谷南1-47-6"),
    ("370-0072", "群馬県高崎市大八木町2-9-30"),
    ("260-0844", "千葉県千葉市中央区千葉寺町1203-5"),
    ("192-0904", "東京都八王子市子安町4-17-2 メゾン子安103"),
    ("238-0008", "神奈川県横須賀市大滝町1-26"),
    ("350-1123", "埼玉県川越市脇田本町22-8"),
]


def pick(n: int) -> list[tuple]:
    return rng.sample(NAMES, n)


def addr(i: int | None = None) -> tuple[str, str]:
    return ADDRESSES[i] if i is not None else rng.choice(ADDRESSES)


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def emp_no() -> str:
    return f"H{rng.randrange(10, 26):02d}{rng.randrange(1000, 10000)}"


def dob() -> tuple[int, int, int]:
    return rng.randrange(1963, 2001), rng.randrange(1, 13), rng.randrange(1, 29)


def wareki(y: int, m: int, d: int, style: str = "long") -> str:
    if (y, m, d) >= (1989, 1, 8):
        era, short, ey = "平成", "H", y - 1988
    else:
        era, short, ey = "昭和", "S", y - 1925
    if style == "short":
        return f"{short}{ey}.{m}.{d}"
    if style == "zen":
        return f"{era}{zen(str(ey))}年{zen(str(m))}月{zen(str(d))}日"
    return f"{era}{ey}年{m}月{d}日"


def pension_no() -> str:
    return f"{rng.randrange(1000, 10000)}-{rng.randrange(100000, 1000000)}"


def acct() -> str:
    return f"{rng.randrange(1000000, 10000000)}"


# --- senders and their signatures (the sender's own contacts are never labelled) ----------
HQ = "〒103-0027 東京都中央区日本橋2-7-3 日の出産業本社ビル8F"

OKABE = "岡部 真理子 <okabe.mariko@hinode-sangyo.co.jp>"
SIG_OKABE = f"""--
日の出産業株式会社
人事部 人事企画課（グループ出向管理）
岡部 真理子（Okabe Mariko）
{HQ}
TEL 03-5201-7741（直通）／FAX 03-5201-7799
okabe.mariko@hinode-sangyo.co.jp"""

SEKI = "関 慎一郎 <seki.shinichiro@hinode-sangyo.co.jp>"
SIG_SEKI = f"""━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 経理部 連結決算課
関 慎一郎
{HQ}
TEL：03-5201-7760  FAX：03-5201-7798
Mail：seki.shinichiro@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━"""

HASEBE = "長谷部 健 <hasebe.ken@hinode-sangyo.co.jp>"
SIG_HASEBE = """------------------------------------------
日の出産業㈱ 総務部 グループ管理課
長谷部 健 (Ken Hasebe)
TEL 03-5201-7720 / 内線 2207
hasebe.ken@hinode-sangyo.co.jp
------------------------------------------"""

USAMI = "宇佐美 彩 <usami.aya@hinode-sangyo.co.jp>"
SIG_USAMI = """**************************************
日の出産業株式会社
人事部 労務課　宇佐美 彩
TEL 03-5201-7745　内線2415
**************************************"""

SAEGUSA = "三枝 亮 <saegusa.ryo@hinode-sangyo.co.jp>"
SIG_SAEGUSA = f"""--------------------------------------------------
三枝 亮 / Ryo Saegusa
日の出産業株式会社 経営企画部 グループ統括室
{HQ}
Tel: +81-3-5201-7701  Mobile: 080-4417-2093
--------------------------------------------------"""

TOKANO = "戸叶 大輔 <tokano.daisuke@hinode-sangyo.co.jp>"
SIG_TOKANO = """--
戸叶 大輔（とかの だいすけ）
日の出産業株式会社 情報システム部 基盤グループ
内線 2630 / 03-5201-7790"""

SANADA = "真田 朋美 <sanada.tomomi@hinode-sangyo.co.jp>"
SIG_SANADA = f"""＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社
人事部 給与厚生課　真田 朋美
{HQ}
TEL 03-5201-7748　FAX 03-5201-7799
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

DISCLAIMER_JA = """本メールには機密情報が含まれている場合があります。本メールの宛先に
お心当たりのない方は、誠に恐れ入りますが送信者までご連絡のうえ、本メールを
削除してくださいますようお願い申し上げます。"""

DISCLAIMER_EN = """This e-mail and any attachments may contain confidential information. If you
are not the intended recipient, please notify the sender immediately and delete
this e-mail. Any unauthorised copying, disclosure or distribution is prohibited."""

# --- external organisations used in this area ------------------------------------------
# group companies (external under the policy: only hinode-sangyo.co.jp is internal)
HL = "hinode-logistics.co.jp"       # 日の出ロジスティクス株式会社
HBS = "hinode-bs.co.jp"             # 日の出ビジネスサービス株式会社 (shared services)
HTS = "hinode-ts.co.jp"             # 日の出テクノサービス株式会社 (group IT)
HFAC = "hinode-fac.co.jp"           # 日の出ファシリティーズ株式会社 (社宅・施設)
HHF = "hinode-heartful.co.jp"       # 日の出ハートフル株式会社 (特例子会社)
HBUSSAN = "hinode-bussan.jp"        # 株式会社ひので物産
HUS = "hinode-us.com"               # Hinode America, Inc.
HSG = "hinode-sg.com.sg"            # Hinode Sangyo Asia Pte. Ltd.
HEU = "hinode-europe.de"            # Hinode Europe GmbH
KENPO = "hinode-kenpo.or.jp"        # 日の出産業健康保険組合
SR = "sakurazaka-sr.jp"             # 社会保険労務士法人さくら坂
CLINIC = "kusunoki-clinic.jp"       # くすのき内科クリニック (産業医)
TRAVEL = "tabi-navi.co.jp"          # 旅ナビ株式会社 (法人旅行)
CARD = "asuka-card.co.jp"           # あすかカード株式会社 (法人カード)
ANPI = "anpi-call.jp"               # 安否コール株式会社

S: list[dict] = []   # the messages, in writing order; ids are given at the end


def add(**m) -> None:
    S.append(m)


# =====================================================================================
# STOP — lists of people (five or more records) to an external recipient
# =====================================================================================

# 出向負担金の明細: names + salary rows, padded columns, to a group company
_rows = pick(7)
_lines = ["社員番号  氏名              等級  出向元支給額  貴社負担額",
          "--------  ----------------  ----  ------------  ----------"]
_total = 0
for _p in _rows:
    _amt = rng.randrange(380, 720) * 1000 + rng.choice([0, 200, 400, 600, 800])
    _total += _amt
    _nm = f"{_p[0]} {_p[1]}"
    _lines.append(f"{emp_no()}   {_nm}{'　' * (8 - len(_nm))}  {rng.choice(['M1', 'M2', 'S2', 'S3', 'G4'])}"
                  f"    {_amt:>10,}    {_amt:>10,}")
_lines.append("                                        ----------")
_lines.append(f"                            合計        {_total:>10,}    {_total:>10,}")
add(
    sender=SEKI,
    to=["竹下 恵美 <takeshita.emi@hinode-logistics.co.jp>"],
    subject="【ご請求】2025年10月分 出向者負担金の明細につきまして",
    charset="iso-2022-jp",
    body=f"""日の出ロジスティクス株式会社
管理本部 経理課 竹下様

いつもお世話になっております。日の出産業 経理部の関です。

10月分の出向者負担金について、明細をお送りいたします。
請求書原本は本日付で郵送しておりますので、到着まで今しばらくお待ちください。

""" + "\n".join(_lines) + f"""

※負担割合は出向契約書 第6条のとおり100%（通勤手当は除く）です。
※11月分から等級改定の反映がございますので、別途ご連絡いたします。

お手数ですが、月末までにお振込みをお願いいたします。

{SIG_SEKI}
""",
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="7 secondees' names with grade and salary rows to a group company (external domain)",
)

# 出向予定者一覧 XLSX (title row, two sheets) to the partner receiving the secondees
_rows = pick(6)
_sheet = [["2026年4月1日付 出向予定者一覧（日の出産業株式会社 → 川崎電機株式会社）"], [],
          ["No", "氏名", "フリガナ", "生年月日", "現住所", "携帯電話", "出向先部署", "役職"]]
for _i, _p in enumerate(_rows, 1):
    _y, _m, _d = dob()
    _z, _a = addr()
    _sheet.append([_i, f"{_p[0]}　{_p[1]}", f"{_p[2]} {_p[3]}", f"{_y}/{_m:02d}/{_d:02d}",
                   f"〒{_z} {_a}", mobile(),
                   rng.choice(["生産技術部", "品質保証部", "調達部", "川崎工場 製造二課"]),
                   rng.choice(["主任", "担当", "係長", "課長代理"])])
add(
    sender=OKABE,
    to=["吉岡 拓真 <yoshioka.t@kawasaki-denki.co.jp>"],
    subject="出向予定者一覧（2026年4月1日付）の送付",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
人事部 人材開発グループ
吉岡 様

平素より大変お世話になっております。
日の出産業 人事部の岡部でございます。

先日の打合せでお話しした、4月1日付の出向予定者の一覧をお送りいたします。
社宅のご手配と入館証のご準備にお使いください。
※生年月日は貴社入館システムの登録にご入用とのことでしたので記載しております。

ご不明な点がございましたら、お気軽にお知らせください。
引き続きどうぞよろしくお願いいたします。

{SIG_OKABE}
""",
    attachments=[{
        "kind": "xlsx", "name": "出向予定者一覧_20260401.xlsx",
        "sheets": {"出向予定者": _sheet,
                   "補足": [["項目", "内容"], ["出向期間", "2026/4/1～2028/3/31（予定）"],
                            ["勤務地", "川崎電機 川崎事業所"],
                            ["給与負担", "出向契約書 第5条による（出向先負担 90%）"]]},
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX roster of 6 secondees with birth dates, home addresses and mobiles to a partner",
)

# 兼務者一覧 CSV (cp932) to the shared payroll company
_rows = pick(9)
_csv = [["社員番号", "氏名", "本務所属", "兼務先会社", "兼務先部署", "按分率（本務:兼務）",
         "直通電話", "メールアドレス"]]
for _p in _rows:
    _csv.append([emp_no(), f"{_p[0]} {_p[1]}",
                 rng.choice(["経営企画部", "経理部", "人事部", "物流企画部", "営業本部"]),
                 rng.choice(["日の出ロジスティクス", "日の出テクノサービス", "ひので物産"]),
                 rng.choice(["管理部", "業務改革室", "経理課", "総務課"]),
                 rng.choice(["70:30", "50:50", "80:20"]),
                 f"03-5201-{rng.randrange(7100, 7999)}",
                 f"{_p[5][0].lower()}.{_p[4].lower()}@hinode-sangyo.co.jp"])
add(
    sender=USAMI,
    to=["日の出BS 給与計算チーム <payroll@hinode-bs.co.jp>"],
    subject="兼務者一覧（10月1日発令分）",
    charset="shift_jis",
    body=f"""日の出BS 給与計算チーム 御中

お疲れさまです。日の出産業 人事部 労務課の宇佐美です。

10/1付で兼務発令のあった社員の一覧を添付します。
兼務手当の計算（兼務先との按分）への反映をお願いします。
按分率は一覧の右から3列目です。

よろしくお願いします。

{SIG_USAMI}
""",
    attachments=[{"kind": "csv", "name": "kenmu_20251001.csv", "encoding": "cp932", "rows": _csv}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="CSV of 9 concurrent-post employees (name, direct line, e-mail) to the group shared-service company",
)

# 振込口座変更: tab-separated paste from Excel, to shared payroll
_rows = pick(5)
_tsv = ["社員番号\t氏名カナ\t金融機関\t支店\t種目\t口座番号\t適用開始"]
for _p in _rows:
    _tsv.append("\t".join([emp_no(), f"{_p[2]} {_p[3]}",
                           rng.choice(["みどり銀行", "みどり銀行", "東都信用金庫", "ゆうちょ銀行"]),
                           rng.choice(["日本橋支店(101)", "川崎支店(215)", "大宮支店(307)", "船橋支店(412)"]),
                           "普通", acct(), "2025/11支給"]))
add(
    sender=SANADA,
    to=["日の出BS 給与厚生G <kyuyo-g@hinode-bs.co.jp>"],
    subject="【給与】出向者 振込口座変更（11月支給分から）",
    charset="iso-2022-jp",
    body="""日の出ビジネスサービス株式会社
給与厚生グループ 御中

いつもありがとうございます。日の出産業 人事部 給与厚生課の真田です。

出向中の社員から振込口座の変更届が出ましたので、下記のとおり反映をお願いいたします。
（Excelからそのまま貼り付けています。見づらくて申し訳ありません）

""" + "\n".join(_tsv) + f"""

変更届の原本は社内便でお送りします。

{SIG_SANADA}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="5 secondees' bank accounts (kana names, tab-separated) to the shared payroll company",
)

# records without a name column: 社員番号 + 和暦 birth dates, full-width spaces
_lines = []
for _ in range(6):
    _y, _m, _d = rng.randrange(1963, 1996), rng.randrange(1, 13), rng.randrange(1, 29)
    _hire = _y + rng.randrange(22, 25)
    _lines.append("　".join([emp_no(), wareki(_y, _m, _d, "short"), f"{_hire}.4.1",
                            f"{rng.randrange(max(_hire + 3, 2015), 2025)}.{rng.choice([4, 7, 10])}.1",
                            f"{2026 - _hire}年0ヶ月"]))
add(
    sender=USAMI,
    to=["平賀 <hiraga.s@hinode-logistics.co.jp>"],
    subject="Re: 退職金の勤続通算について（在籍情報）",
    charset="utf-8",
    body="""平賀さん

お疲れさまです。宇佐美です。
ご依頼の件、対象6名分の在籍情報です。氏名は社員番号で照合してください。

社員番号　生年月日　入社日　出向開始日　通算勤続
""" + "\n".join(_lines) + f"""

生年月日は人事システムの表示のまま（和暦略号）です。
西暦が必要でしたら言ってください。

{SIG_USAMI}

> 宇佐美さん
> 出向者の退職金計算にあたり、各人の生年月日・入社日・出向開始日を
> ご教示いただけますでしょうか。対象は添付の社員番号の6名です。
> 日の出ロジ 人事総務課 平賀
""",
    expect="stop",
    entities=["DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="6 employee records (id, birth date, hire dates) without a name column to a group company",
)

# 社宅入居申請: one block per person, to the group facilities company
_rows = pick(5)
_blocks = []
for _i, _p in enumerate(_rows, 1):
    _z, _a = addr()
    _blocks.append(f"""【{_i}】
氏名　　　：{_p[0]} {_p[1]}（{_p[2]} {_p[3]}）
入居希望日：2026年3月{rng.randrange(20, 31)}日
現住所　　：〒{_z} {_a}
携帯　　　：{mobile()}
家族構成　：{rng.choice(["本人のみ", "本人・配偶者", "本人・配偶者・子1", "本人・配偶者・子2"])}""")
add(
    sender=HASEBE,
    to=["社宅管理センター <shataku@hinode-fac.co.jp>"],
    cc=["okabe.mariko@hinode-sangyo.co.jp"],
    subject="社宅入居申請（4月出向者 5名分）",
    charset="iso-2022-jp",
    body="""日の出ファシリティーズ株式会社
社宅管理センター ご担当者様

お世話になっております。日の出産業 総務部の長谷部です。
4月1日付で川崎電機へ出向する社員の借上社宅について、入居申請をお送りします。
物件のご提案をいただけますと幸いです。

""" + "\n\n".join(_blocks) + f"""

以上5名です。勤務地はいずれも川崎事業所（JR川崎駅徒歩12分）です。
よろしくお願いいたします。

{SIG_HASEBE}
""",
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="5 per-person blocks (name, home address, mobile) to the group facilities company",
)

# HTML-only English mail with a table, to the US subsidiary
_rows = pick(5)
_tr = []
for _p in _rows:
    _y, _m, _d = dob()
    _z, _a = addr()
    _tr.append(f"<tr><td>{_p[4].upper()} {_p[5]}</td><td>{_y}-{_m:02d}-{_d:02d}</td>"
               f"<td>〒{_z} {_a}</td><td>{mobile()}</td><td>2026-0{rng.randrange(4, 8)}-01</td></tr>")
add(
    sender=OKABE,
    to=["Jennifer Carter <jcarter@hinode-us.com>"],
    subject="Incoming assignees from Tokyo - FY2026 (housing & onboarding)",
    charset="utf-8",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Jennifer,</p>
<p>Thank you for your help as always. As discussed in our call last week, please find below the
list of employees who will be assigned from Hinode Sangyo (Tokyo) to Hinode America in FY2026.
Could you forward it to the relocation agent so that they can start the housing search?</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>Name</th><th>Date of birth</th><th>Current address (Japan)</th>
<th>Mobile</th><th>Start date</th></tr>
""" + "\n".join(_tr) + """
</table>
<p>Visa applications will be handled by our travel agency; I will send the schedule separately.</p>
<p>Best regards,<br>
Mariko Okabe<br>
HR Planning (Group Secondment), Hinode Sangyo Co., Ltd.<br>
Tel +81-3-5201-7741</p>
</body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML table of 5 assignees with birth dates, home addresses, mobiles to an overseas subsidiary",
)

# 出向辞令一覧 DOCX to the outside labour-and-social-security office
_rows = pick(6)
_tbl = [["氏名", "社員番号", "現所属", "出向先", "発令日", "住所"]]
for _p in _rows:
    _z, _a = addr()
    _tbl.append([f"{_p[0]} {_p[1]}", emp_no(), rng.choice(["営業本部", "物流企画部", "経理部", "生産管理部"]),
                 rng.choice(["日の出ロジスティクス㈱", "日の出テクノサービス㈱", "川崎電機㈱"]),
                 "2025年10月1日", _a])
add(
    sender=USAMI,
    to=["社会保険労務士法人さくら坂 西村様 <nishimura@sakurazaka-sr.jp>"],
    subject="10月1日付 出向発令者の一覧（雇用保険手続き用）",
    charset="shift_jis",
    body=f"""社会保険労務士法人さくら坂
西村 様

いつも大変お世話になっております。
日の出産業の宇佐美でございます。

10月1日付で出向発令のあった社員6名の一覧をWordでお送りいたします。
雇用保険の手続き（出向先での資格取得の要否の確認を含む）につき、
ご確認のほどよろしくお願い申し上げます。

{SIG_USAMI}
""",
    attachments=[{"kind": "docx", "name": "出向発令者一覧_202510.docx",
                  "paragraphs": ["出向発令者一覧", "発令日：2025年10月1日　作成：人事部労務課", ""],
                  "tables": [_tbl]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="DOCX table of 6 secondees with home addresses to an outside 社労士 office",
)

# 資格取得届 対象者 PDF with 基礎年金番号
_rows = pick(5)
_tbl = [["氏名", "生年月日", "基礎年金番号", "資格取得日", "報酬月額"]]
for _p in _rows:
    _y, _m, _d = dob()
    _tbl.append([f"{_p[0]} {_p[1]}", wareki(_y, _m, _d), pension_no(), "R7.10.1",
                 f"{rng.randrange(28, 62) * 10000:,}円"])
add(
    sender=USAMI,
    to=["nishimura@sakurazaka-sr.jp"],
    cc=["hiraga.s@hinode-logistics.co.jp"],
    subject="日の出ロジ 資格取得届の対象者（出向者5名）",
    charset="iso-2022-jp",
    body=f"""西村様

お世話になっております。日の出産業 宇佐美です。
日の出ロジスティクスで給与支給となる出向者5名について、
健康保険・厚生年金の資格取得届の作成をお願いいたします。
対象者の情報はPDFにまとめました（日の出ロジの平賀さんにもCcしています）。

{SIG_USAMI}
""",
    attachments=[{"kind": "pdf", "name": "shikaku_shutoku_taishosha.pdf",
                  "lines": ["健康保険・厚生年金保険 被保険者資格取得届 対象者一覧",
                            "事業所：日の出ロジスティクス株式会社", ""],
                  "table": _tbl}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data", "multiple_external_domains"],
    note="PDF table of 5 people with basic pension numbers and birth dates to a 社労士 office and a group company",
)

# 通勤経路一覧: plain ZIP with a UTF-8 CSV, to a group company
_rows = pick(12)
_csv = [["社員番号", "氏名", "自宅住所", "最寄駅", "通勤経路", "6ヶ月定期代"]]
for _p in _rows:
    _z, _a = addr()
    _csv.append([emp_no(), _p[0] + _p[1], _a, rng.choice(["蒲田", "武蔵小杉", "浦和", "船橋", "石神井公園", "日吉"]) + "駅",
                 rng.choice(["JR京浜東北線→JR東海道線", "東急東横線→JR南武線", "JR総武線→JR横須賀線"]),
                 f"{rng.randrange(48, 130) * 1000}"])
add(
    sender=HASEBE,
    to=["総務課 <soumu@hinode-logistics.co.jp>"],
    subject="出向者の通勤経路一覧（通勤手当 切替用）",
    charset="utf-8",
    body=f"""日の出ロジスティクス 総務課 御中

日の出産業 総務部の長谷部です。
10月から貴社勤務となった出向者12名の通勤経路の一覧をお送りします。
通勤手当は貴社負担に切り替わりますので、定期代の確認をお願いします。
容量の都合でZIPにしています（パスワードはかけていません）。

{SIG_HASEBE}
""",
    attachments=[{"kind": "zip", "name": "tsukin_keiro.zip",
                  "files": [{"kind": "csv", "name": "通勤経路一覧.csv", "encoding": "utf-8", "rows": _csv},
                            {"kind": "txt", "name": "readme.txt",
                             "text": "定期代は2025年9月時点の金額です。経路変更があれば総務部まで。"}]}],
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="ZIP (not encrypted) holding a CSV of 12 secondees' home addresses to a group company",
)

# FW of an internal mail (attached .eml) with concurrent-post staff contacts, to the HR-system vendor
_rows = pick(6)
_inner = []
for _p in _rows:
    _inner.append(f"{_p[0]} {_p[1]}　携帯 {mobile()}　私用 {_p[4].lower()}{rng.randrange(10, 99)}@"
                  f"{rng.choice(['gmail.com', 'yahoo.co.jp', 'icloud.com'])}")
add(
    sender=TOKANO,
    to=["藤本 <fujimoto@tsubasa-system.jp>"],
    subject="FW: 兼務者 連絡先一覧（緊急連絡網用）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム 藤本様

お世話になっております。日の出産業 情報システム部の戸叶です。
グループ人事システムの緊急連絡網機能の移行テストですが、
実際のデータ形式を見たいとのことでしたので、人事部から来たメールをそのまま転送します。
取込レイアウトの確認をお願いします。

{SIG_TOKANO}
""",
    attachments=[{"kind": "eml", "name": "兼務者 連絡先一覧（緊急連絡網用）.eml", "message": {
        "sender": OKABE, "to": ["tokano.daisuke@hinode-sangyo.co.jp"],
        "subject": "兼務者 連絡先一覧（緊急連絡網用）", "charset": "iso-2022-jp",
        "body": "戸叶さん\n\n緊急連絡網に登録する兼務者の連絡先です。\n\n" + "\n".join(_inner)
                + "\n\nよろしくお願いします。\n岡部"}}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forwarded internal mail (.eml) with 6 people's mobiles and private e-mails sent to an outside vendor",
)

# Fwd in the body: a group company's list forwarded to another group company
_rows = pick(5)
_lst = "\n".join(f"{i}. {p[0]}　{p[1]}　{mobile()}　{rng.choice(['扶養控除等申告書', '保険料控除申告書', '住宅借入金等特別控除申告書'])} 未提出"
                 for i, p in enumerate(_rows, 1))
add(
    sender=SEKI,
    to=["年末調整チーム <nencho@hinode-bs.co.jp>"],
    subject="Fwd: 年末調整書類 未提出者（日の出ロジ在籍の出向者）",
    charset="utf-8",
    body=f"""日の出BS 年末調整チーム各位

経理部の関です。下記、日の出ロジから届いた未提出者リストです。
年末調整の取りまとめは御社にお願いしているので、督促をお願いできますか。

---------- 転送メッセージ ----------
From: 日の出ロジスティクス 人事総務課 <jinji@hinode-logistics.co.jp>
Date: 2025年11月21日(金) 16:02
Subject: 年末調整書類 未提出者（日の出ロジ在籍の出向者）
To: seki.shinichiro@hinode-sangyo.co.jp

関様

年末調整書類が未提出の出向者は以下5名です。
ご本人の携帯にも連絡しましたがつながりませんでした。

{_lst}

日の出ロジスティクス 人事総務課
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="forward (new text to its recipient) of a 5-person list with mobiles to another group company",
)

# comma-separated, no header: 安否確認サービスへの登録依頼
_rows = pick(6)
_lines = [f"{p[0]}{p[1]},{mobile()},{p[4].lower()}.{p[5].lower()}{rng.randrange(1, 99)}@"
          f"{rng.choice(['gmail.com', 'yahoo.co.jp', 'outlook.jp', 'docomo.ne.jp'])}" for p in _rows]
add(
    sender=HASEBE,
    to=["support@anpi-call.jp"],
    subject="出向者グループへのユーザー追加のお願い（契約ID: HNS-20417）",
    charset="iso-2022-jp",
    body="""安否コール株式会社
カスタマーサポート 御中

いつもお世話になっております。日の出産業 総務部の長谷部です。

グループ会社へ出向中の社員を、弊社アカウントの「出向者」グループに追加したいのですが、
管理画面からのCSVインポートがエラーになってしまいました。
お手数ですが、以下を代理で登録いただけますでしょうか（氏名,携帯,メールの順です）。

""" + "\n".join(_lines) + f"""

エラー画面のキャプチャが必要でしたらお送りします。

{SIG_HASEBE}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="6 comma-separated rows (name, mobile, private e-mail) with no header pasted into mail to a vendor",
)

# rooming list with ・ bullets to the partner hotel
_rows = pick(7)
_lst = "\n".join(f"・{p[0]} {p[1]}（{p[2]} {p[3]}）　{mobile()}　{rng.choice(['禁煙', '禁煙', '喫煙'])}"
                 for p in _rows)
add(
    sender="宮内 沙耶 <miyauchi.saya@hinode-sangyo.co.jp>",
    to=["さくらホテル 宴会予約係 <banquet@sakura-hotel.jp>"],
    subject="【11/13-14 出向者研修】宿泊者名簿の送付",
    charset="iso-2022-jp",
    body=f"""さくらホテル
宴会・宿泊予約ご担当 様

いつもお世話になっております。
日の出産業 人事部の宮内です。

11月13日（木）～14日（金）の出向者フォローアップ研修につきまして、
宿泊者の名簿をお送りいたします。当日の緊急連絡用に携帯番号も記載しました。

{_lst}

以上7名、シングル7室でお願いいたします。
会場（鳳凰の間）のレイアウトは前回と同じでお願いします。

--
日の出産業株式会社 人事部 人材開発課
宮内 沙耶
TEL 03-5201-7743
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="rooming list of 7 named people with mobiles (bullets) to a partner hotel",
)

# legacy XLS of dependents to the shared payroll company
_rows = pick(6)
_sheet = [["扶養家族 異動一覧（出向者分）"], ["社員番号", "被扶養者氏名", "続柄", "生年月日", "同居区分", "異動"]]
for _p in _rows:
    _first, _rel, _y = rng.choice([("陽菜", "長女", rng.randrange(2008, 2024)), ("蓮", "長男", rng.randrange(2008, 2024)),
                                   ("悠真", "次男", rng.randrange(2010, 2025)), ("紬", "次女", rng.randrange(2012, 2025)),
                                   ("澄江", "母", rng.randrange(1945, 1960)), ("和夫", "父", rng.randrange(1943, 1958)),
                                   ("由紀", "妻", rng.randrange(1975, 1995))])
    _m, _d = rng.randrange(1, 13), rng.randrange(1, 29)
    _sheet.append([emp_no(), f"{_p[0]} {_first}", _rel, f"{_y}/{_m}/{_d}",
                   rng.choice(["同居", "別居"]), rng.choice(["追加", "削除"])])
add(
    sender=SANADA,
    to=["kyuyo-g@hinode-bs.co.jp"],
    subject="扶養異動（出向者分）",
    charset="shift_jis",
    body=f"""給与厚生グループ 御中

日の出産業 真田です。
出向者分の扶養異動をまとめました（xls）。家族手当・源泉の反映をお願いします。

{SIG_SANADA}
""",
    attachments=[{"kind": "xls", "name": "fuyo_idou_shukkosha.xls", "sheets": {"異動一覧": _sheet}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="legacy XLS of 6 dependents (name, relation, birth date) to the shared payroll company",
)

# PPTX: 人事交流 candidates with age, rating and mobile, to a group company
_rows = pick(6)
_slides = [["2026年度 グループ人事交流（出向）候補者", "日の出産業 人事部 → 日の出ロジスティクス 管理本部",
            "対象：6名 ／ 期間：2年（延長可）"]]
for _k in range(0, 6, 3):
    _sl = [f"候補者一覧（{_k // 3 + 1}/2）"]
    for _p in _rows[_k:_k + 3]:
        _sl.append(f"{_p[0]} {_p[1]}（{rng.randrange(28, 52)}歳）{rng.choice(['営業企画部', '物流企画部', '経理部'])}"
                   f" ／ 評価 {rng.choice(['A', 'B+', 'B', 'S'])} ／ 携帯 {mobile()}")
    _slides.append(_sl)
_slides.append(["今後の進め方", "11月：本人面談", "12月：受入部署と調整", "1月：内示"])
add(
    sender=OKABE,
    to=["管理本部長 野々村様 <nonomura@hinode-logistics.co.jp>"],
    subject="人事交流（出向）候補者のご説明資料",
    charset="iso-2022-jp",
    body=f"""野々村本部長

お世話になっております。日の出産業 人事部の岡部です。
来週のご説明に先立ち、候補者の資料をお送りします。
評価は直近2期の総合評価です。お目通しいただけますと幸いです。

{SIG_OKABE}
""",
    attachments=[{"kind": "pptx", "name": "人事交流候補者_2026.pptx", "slides": _slides}],
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PPTX listing 6 candidates with age, appraisal and mobile to a group company",
)

# full-width digits: emergency contacts of secondees, to the partner receiving them
_rows = pick(5)
_lines = ["出向者　　　　緊急連絡先　　続柄　電話番号",
          "－－－－－－　－－－－－－　－－　－－－－－－－－－－－－"]
for _p in _rows:
    _fam = rng.choice([("和子", "母"), ("美智子", "母"), ("隆", "父"), ("博之", "父"),
                       ("恵", "妻") if _p[6] == "M" else ("健一", "夫")])
    _lines.append(f"{_p[0]}{_p[1]}　{_p[0]}{_fam[0]}　{_fam[1]}　{zen(mobile())}")
add(
    sender=OKABE,
    to=["青葉運輸 人事課 小松様 <komatsu@aoba-unyu.co.jp>"],
    subject="出向者の緊急連絡先について",
    charset="iso-2022-jp",
    body="""青葉運輸株式会社
人事課　小松様

お世話になっております。日の出産業の岡部です。
先日ご依頼のありました、出向者の緊急連絡先をお知らせいたします。

""" + "\n".join(_lines) + f"""

変更がありましたら、都度ご連絡いたします。
何卒よろしくお願いいたします。

{SIG_OKABE}
""",
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="5 rows of secondees' emergency contacts with full-width phone numbers to a partner",
)

# 給与負担区分 XLSX (title row, 2 sheets) to the partner
_rows = pick(8)
_sheet = [["出向者 給与負担区分表（2025年度下期）", "", "", "", "", "", ""], [],
          ["社員番号", "氏名", "基本給", "諸手当", "賞与引当(月割)", "出向元負担", "出向先負担"]]
_sum = [0, 0]
for _p in _rows:
    _b = rng.randrange(260, 520) * 1000
    _t = rng.randrange(10, 90) * 1000
    _s = rng.randrange(60, 150) * 1000
    _moto = round((_b + _t + _s) * 0.1)
    _saki = _b + _t + _s - _moto
    _sum[0] += _moto
    _sum[1] += _saki
    _sheet.append([emp_no(), f"{_p[0]} {_p[1]}", _b, _t, _s, _moto, _saki])
add(
    sender=SEKI,
    to=["川崎電機 経理部 原田様 <harada.k@kawasaki-denki.co.jp>"],
    subject="出向者 給与負担区分表（2025年度下期）",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社 経理部
原田 様

いつもお世話になっております。日の出産業 経理部の関でございます。
下期の出向者負担金の算定根拠として、給与負担区分表をお送りいたします。
負担割合は出向契約書どおり、出向元10%・出向先90%で計算しております。

ご確認のほど、よろしくお願い申し上げます。

{SIG_SEKI}
""",
    attachments=[{"kind": "xlsx", "name": "給与負担区分表_2025下期.xlsx",
                  "sheets": {"明細": _sheet,
                             "集計": [["区分", "金額"], ["出向元負担 計", _sum[0]], ["出向先負担 計", _sum[1]]]}}],
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="XLSX of 8 named secondees' pay breakdown (employee data rows) to a partner",
)

# =====================================================================================
# STOP — My Number, cards, identity documents, social insurance numbers
# =====================================================================================

_p = NAMES[22]  # 釘宮 雅人
add(
    sender=USAMI,
    to=["小田切 <odagiri.m@hinode-bs.co.jp>"],
    subject="【年末調整】個人番号の提出漏れ（帰任者1名）",
    charset="iso-2022-jp",
    body=f"""日の出BS 年末調整チーム
小田切様

お世話になっております。労務課の宇佐美です。
10月に川崎電機から帰任した社員について、個人番号の連携が漏れておりました。
申し訳ありません。以下のとおりです。

　社員番号：{emp_no()}
　氏名　　：{_p[0]} {_p[1]}（{_p[2]} {_p[3]}）
　個人番号：{' '.join(next_my_number()[i:i + 4] for i in (0, 4, 8))}

扶養親族分は本人確認書類と合わせて別途お送りします。

{SIG_USAMI}
""",
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="one employee's My Number to the group shared-service company",
)

_p = NAMES[46]  # 穂積 賢治
_fam = [(f"{_p[0]} {_p[1]}", "本人", "昭和51年9月14日"), (f"{_p[0]} 小百合", "配偶者", "昭和53年2月1日"),
        (f"{_p[0]} 颯太", "長男", "平成22年7月30日")]
_sheet = [["給与所得者の扶養控除等（異動）申告書 記載事項", "", "", ""],
          ["氏名", "続柄", "生年月日", "個人番号"]]
for _f in _fam:
    _sheet.append([_f[0], _f[1], _f[2], next_my_number()])
add(
    sender=USAMI,
    to=["西村様 <nishimura@sakurazaka-sr.jp>"],
    subject="穂積さんの扶養控除等申告書の件",
    charset="shift_jis",
    body=f"""西村様

いつもお世話になっております。日の出産業の宇佐美です。
日の出ロジへ出向中の穂積さんの扶養控除等申告書、記載内容をExcelに起こしました。
個人番号も含めて転記しておりますので、ご確認をお願いいたします。

{SIG_USAMI}
""",
    attachments=[{"kind": "xlsx", "name": "扶養控除申告_穂積.xlsx", "sheets": {"申告書": _sheet}}],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="XLSX with My Numbers and birth dates of an employee and two dependants to a 社労士 office",
)

_p = NAMES[54]  # 柘植 綾乃
_cardno = next_card()
add(
    sender=SEKI,
    to=["法人カードデスク <corpdesk@asuka-card.co.jp>"],
    subject="法人カード 利用者変更のお願い（出向に伴う）",
    charset="iso-2022-jp",
    body=f"""あすかカード株式会社
法人カードデスク 御中

いつもお世話になっております。
日の出産業株式会社（法人会員番号 AC-0088213）経理部の関と申します。

下記カードの利用者が11月1日付でグループ会社へ出向するため、
利用停止のうえ、後任者への再発行をお願いしたく存じます。

　カード番号：{'-'.join(_cardno[i:i + 4] for i in range(0, 16, 4))}
　現利用者　：{_p[0]} {_p[1]}（{_p[4].upper()} {_p[5].upper()}）
　停止希望日：2025年10月31日

後任者の申込書は別途郵送いたします。

{SIG_SEKI}
""",
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a corporate card number with its holder's name to the card company",
)

add(
    sender=OKABE,
    to=["日の出ロジ 人事総務課 平賀様 <hiraga.s@hinode-logistics.co.jp>"],
    subject="RE: 出向受入れに伴う在留カードの確認",
    charset="utf-8",
    body=f"""平賀様

お世話になっております。岡部です。
お問い合わせの件、本人から提出を受けた在留カードの記載事項は次のとおりです。

　氏名：NGUYEN VAN NAM（グエン ヴァン ナム）
　在留カード番号：UH{rng.randrange(10000000, 99999999)}EA
　在留資格：技術・人文知識・国際業務
　在留期間（満了日）：2027年08月14日

就労制限はございません。写しは原本確認のうえ人事部で保管しております。

{SIG_OKABE}

-----Original Message-----
From: 平賀 <hiraga.s@hinode-logistics.co.jp>
Sent: Tuesday, October 7, 2025 10:12 AM
Subject: 出向受入れに伴う在留カードの確認

岡部様
来月受入れのグエンさんについて、在留カードの番号と期限を教えていただけますか。
""",
    expect="stop",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a secondee's residence card number in new text to a group company",
)

_p = NAMES[44]  # 江藤 光
add(
    sender="平井 千夏 <hirai.chinatsu@hinode-sangyo.co.jp>",
    to=["法人営業部 海外赴任デスク <kaigai@tabi-navi.co.jp>"],
    subject="タイ赴任者 航空券・査証手配のお願い",
    charset="iso-2022-jp",
    body=f"""旅ナビ株式会社
海外赴任デスク ご担当者様

いつもお世話になっております。日の出産業 人事部の平井です。
グループ会社（タイ現地法人）への出向者1名の赴任手配をお願いいたします。

■赴任者
　氏名（パスポート表記）：{_p[4].upper()} {_p[5].upper()}
　生年月日：1987年5月23日
　旅券番号：TK{rng.randrange(1000000, 9999999)}
　旅券有効期限：2032年3月9日
■赴任日：2026年1月13日（成田→バンコク、片道）
■査証：Non-Immigrant B（就労）

招聘状は現地法人から直接お送りする予定です。
よろしくお願いいたします。

日の出産業株式会社 人事部 人事企画課 平井 千夏
TEL 03-5201-7742
""",
    expect="stop",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="passport number and birth date of one assignee to a travel agency",
)

_p = NAMES[33]  # 堀之内 彩花
add(
    sender=USAMI,
    to=["平賀 <hiraga.s@hinode-logistics.co.jp>"],
    subject="Re: 堀之内さんの基礎年金番号",
    charset="iso-2022-jp",
    body=f"""平賀さん

お疲れさまです。宇佐美です。
堀之内さんの基礎年金番号、年金手帳の写しで確認できました。

　{_p[0]} {_p[1]}　基礎年金番号 {pension_no()}

資格取得届への記入、よろしくお願いします。

宇佐美

> 宇佐美さん
> 来月から当社で社保加入の堀之内さんですが、基礎年金番号がわからないそうで、
> 日の出産業さんの方で把握されていませんか。
> 平賀
""",
    expect="stop",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="one secondee's basic pension number in new text to a group company",
)

_p = NAMES[10]  # 春日井 陽子
add(
    sender=SANADA,
    to=["適用課 <tekiyo@hinode-kenpo.or.jp>"],
    subject="被保険者証の再交付申請について（出向者）",
    charset="iso-2022-jp",
    body=f"""日の出産業健康保険組合
適用課 御中

いつもお世話になっております。日の出産業 人事部 給与厚生課の真田です。
日の出テクノサービスへ出向中の下記の者が保険証を紛失したため、再交付をお願いします。
申請書は本日郵送いたしました。

　被保険者氏名：{_p[0]} {_p[1]}
　生年月日　　：{wareki(1991, 11, 3, 'zen')}
　記号・番号　：記号 ５１０３　番号 {zen(str(rng.randrange(100, 2000)))}
　紛失日　　　：2025年10月下旬（本人申告）

{SIG_SANADA}
""",
    expect="stop",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="health insurance card 記号・番号 of one person to the (external) health insurance society",
)

_p = NAMES[56]  # 品川 未来 -> use a male driver instead
_p = NAMES[57]  # 渕上 豪
add(
    sender=HASEBE,
    to=["青葉運輸 安全管理課 <anzen@aoba-unyu.co.jp>"],
    subject="出向者の社用車運転登録について",
    charset="utf-8",
    body=f"""青葉運輸株式会社
安全管理課 御中

お世話になっております。日の出産業 総務部の長谷部です。
12月から貴社 横浜営業所に出向する渕上が、業務で社用車を運転いたします。
運転者登録に必要な情報をお送りしますので、手続きをお願いいたします。

氏名：渕上 豪（フチガミ ゴウ）
運転免許証番号：第{rng.randrange(30, 34)}{rng.randrange(1000000000, 9999999999)}号
免許の種類：普通・準中型
有効期限：令和9年6月15日まで

運転記録証明書は本人が取得次第お送りします。

{SIG_HASEBE}
""",
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME"],
    detectors=["personal_data"],
    note="one secondee's driving licence number to a partner",
)

_p = NAMES[46]  # 穂積 賢治 — his own mail forwarded
_child_mn = next_my_number()
add(
    sender=USAMI,
    to=["年末調整チーム <nencho@hinode-bs.co.jp>"],
    subject="FW: 扶養追加（長女出生）の個人番号",
    charset="iso-2022-jp",
    body=f"""日の出BS 年末調整チーム 御中

労務課の宇佐美です。
出向者の穂積さんから届いたメールを添付で転送します。
扶養追加の処理をお願いします。

{SIG_USAMI}
""",
    attachments=[{"kind": "eml", "name": "扶養追加の件.eml", "message": {
        "sender": "穂積 賢治 <hozumi.k@hinode-logistics.co.jp>",
        "to": ["usami.aya@hinode-sangyo.co.jp"],
        "subject": "扶養追加の件", "charset": "iso-2022-jp",
        "body": f"""宇佐美さん

お世話になっております。日の出ロジに出向中の穂積です。
9月に長女が生まれましたので扶養に追加をお願いします。

　氏名：穂積 咲良（ほづみ さくら）
　生年月日：2025年9月18日
　個人番号：{_child_mn}

よろしくお願いいたします。
穂積"""}}],
    expect="stop",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="attached forwarded mail carrying a child's My Number, to the shared-service company",
)

# =====================================================================================
# STOP — 要配慮個人情報
# =====================================================================================

add(
    sender=OKABE,
    to=["吉岡 拓真 <yoshioka.t@kawasaki-denki.co.jp>"],
    subject="出向者の休職について（ご連絡）",
    charset="iso-2022-jp",
    body=f"""吉岡様

お世話になっております。日の出産業の岡部です。
お電話でお伝えした件、メールでも共有いたします。

貴社 品質保証部に出向中の 樋渡 和也 が、主治医より「うつ病」との診断を受け、
11月10日から3か月間の休職となりました。
休職期間中の給与・社会保険は出向元（弊社）で対応いたしますので、
10月分までの出向負担金のみご請求させていただく予定です。

ご本人への連絡は当面、弊社人事部を通していただけますと幸いです。
ご迷惑をおかけしますが、何卒よろしくお願いいたします。

{SIG_OKABE}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named secondee's diagnosis (depression) and sick leave to a partner",
)

_rows = pick(5)
_sheet = [["出向者 定期健康診断 有所見者一覧（2025年度）"], [],
          ["氏名", "生年月日", "出向先", "総合判定", "主な所見"]]
for _p in _rows:
    _y, _m, _d = dob()
    _sheet.append([f"{_p[0]} {_p[1]}", f"{_y}/{_m}/{_d}",
                   rng.choice(["日の出ロジスティクス", "川崎電機", "日の出テクノサービス"]),
                   rng.choice(["C（要再検査）", "D（要精密検査）", "D（要治療）"]),
                   rng.choice(["高血圧（収縮期168）", "肝機能異常（ALT 92）", "HbA1c 7.4 糖尿病疑い",
                               "心電図 心房細動", "LDL 212 脂質異常症"])])
add(
    sender=USAMI,
    to=["くすのき内科クリニック 楠木先生 <kusunoki@kusunoki-clinic.jp>"],
    subject="出向者の有所見者について（就業判定のお願い）",
    charset="shift_jis",
    body=f"""楠木先生

いつも大変お世話になっております。日の出産業 人事部の宇佐美です。
今年度の定期健診で所見のあった出向者5名について、就業判定をお願いできればと存じます。
一覧を添付いたしますので、次回の面談日程と合わせてご確認ください。

{SIG_USAMI}
""",
    attachments=[{"kind": "xlsx", "name": "有所見者一覧_出向者.xlsx", "sheets": {"一覧": _sheet}}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="XLSX of 5 named people's health-check findings to an outside clinic",
)

_rows = pick(6)
_lines = ["No  社員番号   氏名            障害の種別    等級   週所定  備考",
          "--  ---------  --------------  ------------  -----  ------  ----------"]
for _i, _p in enumerate(_rows, 1):
    _nm = f"{_p[0]} {_p[1]}"
    _kind, _grade, _note = rng.choice([("身体（下肢）", "2級", "重度"), ("身体（聴覚）", "3級", ""),
                                       ("身体（内部）", "4級", ""), ("知的", "B1", ""), ("知的", "A", "重度"),
                                       ("精神", "2級", "10月入社"), ("精神", "3級", "")])
    _lines.append(f"{_i:<2}  {emp_no()}    {_nm}{'　' * (7 - len(_nm))}  "
                  f"{_kind}{'　' * (6 - len(_kind))}  {_grade:<5}  {rng.choice(['40h', '30h', '20h']):<6}  {_note}")
add(
    sender=OKABE,
    to=["日の出ハートフル 管理部 <kanri@hinode-heartful.co.jp>"],
    subject="障害者雇用率 グループ通算の対象者確認（10月1日時点）",
    charset="iso-2022-jp",
    body="""日の出ハートフル株式会社
管理部 御中

お疲れさまです。日の出産業 人事部の岡部です。
グループ適用（関係子会社特例）の算定にあたり、日の出産業から貴社へ出向中の対象者を
下記のとおり整理しました。手帳の等級と週所定労働時間に相違がないかご確認ください。

""" + "\n".join(_lines) + f"""

ハローワークへの報告は11月14日締切です。

{SIG_OKABE}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6 named employees with disability type and grade to the group special-subsidiary (external domain)",
)

_p = NAMES[26]  # 笠原 翔
add(
    sender=USAMI,
    to=["jinji@hinode-logistics.co.jp"],
    cc=["hiraga.s@hinode-logistics.co.jp"],
    subject="笠原さんの労災（通勤災害）手続きについて",
    charset="utf-8",
    body=f"""日の出ロジスティクス 人事総務課 御中

お疲れさまです。日の出産業 労務課の宇佐美です。

貴社へ出向中の笠原 翔さんが、11/4朝の通勤途中に駅の階段で転倒し、
右足関節骨折（全治8週間、手術予定）と診断されました。
出向中の労災保険は出向先の適用となりますので、様式第16号の3の作成をお願いします。
医療機関：川崎中央病院 整形外科（入院中）

休業補償の期間の給与の扱いは、出向契約書 第9条に沿って協議させてください。

{SIG_USAMI}
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named secondee's injury diagnosis and hospitalisation to a group company",
)

add(
    sender=OKABE,
    to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["kobayashi@shirakawa-law.jp"],
    subject="出向者の懲戒処分についてのご相談",
    charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。日の出産業 人事部の岡部でございます。
至急ご相談したい案件がございます。

日の出ロジスティクスへ出向中の社員 安曇 剛（41歳、営業本部 課長代理）が、
10月26日（日）深夜に酒気帯び運転で検挙され、翌日に罰金刑（略式命令）となったと
本人より申告がありました。私有車での運転で、業務とは関係ございません。

懲戒処分を出向元・出向先のどちらの規程で行うべきか、また出向の解除（復帰命令）の
可否について、ご意見を伺えますでしょうか。就業規則の該当条文を添付いたします。

{SIG_OKABE}
""",
    attachments=[{"kind": "pdf", "name": "就業規則_懲戒条項抜粋.pdf",
                  "lines": ["就業規則（抜粋）", "第62条（懲戒の種類）譴責、減給、出勤停止、降格、諭旨解雇、懲戒解雇",
                            "第63条（懲戒事由）", "　(5) 私生活上の非違行為により会社の名誉を著しく害したとき",
                            "出向規程 第14条（出向中の服務）出向者は出向先の服務規律に従う。"]}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named employee's arrest and criminal penalty to an outside law firm",
)

add(
    sender="宮内 沙耶 <miyauchi.saya@hinode-sangyo.co.jp>",
    to=["banquet@sakura-hotel.jp"],
    subject="Re: 研修懇親会のお料理について",
    charset="iso-2022-jp",
    body="""さくらホテル 宴会予約係 御中

お世話になっております。日の出産業の宮内です。
お料理の件、1点追加でお願いがございます。

参加者のうち、日の出テクノサービスから参加するラフマン・アリフさんは
イスラム教を信仰しているため、豚肉・アルコールを含まないハラール対応の
メニューをご用意いただけますでしょうか。
お祈りの時間に控室を使わせていただけると大変助かります。

お手数ですが、よろしくお願いいたします。

--
日の出産業株式会社 人事部 人材開発課 宮内 沙耶

> 日の出産業株式会社 宮内様
> 懇親会のお料理は、前回と同じコース（和洋折衷）で承っております。
> アレルギー等ございましたらお知らせください。
""",
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named person's religion in new text to a partner hotel",
)

add(
    sender=USAMI,
    to=["伊吹 圭介 <ibuki@hinode-ts.co.jp>"],
    subject="泉谷さん 復職に関する資料",
    charset="utf-8",
    body=f"""伊吹様

お世話になっております。日の出産業の宇佐美です。
来月から貴社で復職予定の泉谷さんについて、産業医面談の記録と
主治医の診断書の内容をまとめた資料をお送りします。
受入部署の方への共有範囲はご相談させてください。

{SIG_USAMI}
""",
    attachments=[{"kind": "docx", "name": "復職支援プラン_泉谷.docx",
                  "paragraphs": ["復職支援プラン", "対象者：泉谷 慎吾（社員番号 H177241）",
                                 "診断名：適応障害（主治医：みなと心療内科 2025年10月20日付診断書）",
                                 "経過：2025年6月より休職。睡眠リズムは改善、服薬継続中。",
                                 "就業上の配慮：3か月間は残業禁止、短時間勤務（6時間）から開始",
                                 "産業医意見：復職可（2025年11月5日面談）"],
                  "tables": [[["期間", "勤務時間", "業務内容"], ["1か月目", "10:00-17:00", "資料作成補助"],
                              ["2-3か月目", "9:30-17:30", "通常業務（顧客対応なし）"]]]}],
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX with a named employee's diagnosis and medication to a group company",
)

# =====================================================================================
# STOP — three or more external parties visible to each other in To/Cc
# =====================================================================================

add(
    sender=OKABE,
    to=["日の出ロジ 人事総務課 <jinji@hinode-logistics.co.jp>",
        "日の出BS 総務部 <soumu@hinode-bs.co.jp>",
        "日の出テクノサービス 総務人事部 <jinji@hinode-ts.co.jp>",
        "日の出ファシリティーズ 管理部 <kanri@hinode-fac.co.jp>",
        "ひので物産 人事課 <jinji@hinode-bussan.jp>"],
    subject="【グループ各社】出向者受入状況の定期報告（12月末締め）のお願い",
    charset="iso-2022-jp",
    body=f"""グループ各社 人事ご担当者様

いつもお世話になっております。日の出産業 人事部の岡部です。
年2回の出向者受入状況の定期報告につき、今期もご協力をお願いいたします。

■提出物：出向者受入状況報告書（所定様式、前回と同じもの）
■対象　：2025年12月1日時点で貴社に在籍する日の出産業からの出向者
■締切　：12月26日（金）
■提出先：本メールへの返信でお願いします

様式はグループポータルの「人事＞出向」フォルダに置いてあります。
ご不明点は岡部までお問い合わせください。

{SIG_OKABE}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="five group companies (five external domains) in To: should have been Bcc",
)

add(
    sender="平井 千夏 <hirai.chinatsu@hinode-sangyo.co.jp>",
    to=["hirai.chinatsu@hinode-sangyo.co.jp"],
    cc=["kenta.mitarai0812@gmail.com", "rena_yakushiji@yahoo.co.jp",
        "koji.igarashi.1979@icloud.com", "tsukioka.nao@gmail.com"],
    subject="海外出向前説明会のご案内（12/6）",
    charset="iso-2022-jp",
    body="""海外出向予定者の皆さま

人事部の平井です。
来年1～4月に海外現地法人へ赴任予定の皆さまに、出向前説明会のご案内です。
休暇中の方もいらっしゃるため、ご登録いただいた個人アドレスにお送りしています。

日時：12月6日（土）10:00～12:00
場所：本社 8F 大会議室（オンライン参加可、URLは前日にお送りします）
内容：赴任手当・留守宅手当、社会保険、税務、帯同家族の手続き

ご家族の同席も歓迎です。出欠を12/1までにこのメールへご返信ください。

日の出産業株式会社 人事部 人事企画課 平井
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four private free-mail addresses in Cc can see each other: should have been Bcc",
)

add(
    sender=HASEBE,
    to=["soumu@hinode-logistics.co.jp", "soumu@hinode-ts.co.jp", "kanri@hinode-fac.co.jp"],
    cc=["ツバサシステム 営業部 <sales@tsubasa-system.jp>"],
    subject="共通サービス（グループウェア・社内便）利用料改定のお知らせ",
    charset="shift_jis",
    body=f"""各位

日の出産業 総務部 グループ管理課の長谷部です。

2026年4月より、グループ共通サービスの利用料を下記のとおり改定いたします。
　・グループウェア：1ID 月額 980円 → 1,050円
　・社内便（定期便）：1拠点 月額 12,000円 → 13,500円
ツバサシステム様には、請求システムの単価マスタ変更をお願いしております。

詳細な説明資料は来週の総務担当者会議でお配りします。

{SIG_HASEBE}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three group companies and a vendor in To/Cc: four external parties visible to each other",
)

add(
    sender=SAEGUSA,
    to=["Michael Brooks <mbrooks@hinode-us.com>", "Tan Wei Ling <weiling.tan@hinode-sg.com.sg>",
        "Stefan Kruger <s.krueger@hinode-europe.de>"],
    subject="Intercompany secondment cost recharge - FY2025 year-end schedule",
    charset="utf-8",
    body=f"""Dear all,

As in previous years, we will close the intercompany recharge of secondment costs
(salary, social insurance and allowances of Japanese assignees) for FY2025 as follows:

  - Dec 12: each subsidiary confirms the headcount and assignment months
  - Jan 16: Tokyo issues the recharge invoices
  - Feb 27: payment due (please use the intercompany netting account)

The transfer pricing documentation will be updated by our tax advisor in March.
Please let me know if your local auditor needs anything in addition.

Best regards,
{SIG_SAEGUSA}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three overseas subsidiaries (three external domains) in To: should have been Bcc",
)

add(
    sender=SEKI,
    to=["竹下 恵美 <takeshita.emi@hinode-logistics.co.jp>", "伊吹 <ibuki@hinode-ts.co.jp>"],
    cc=["日の出ファシリティーズ 経理 <keiri@hinode-fac.co.jp>"],
    subject="出向負担金の精算方法の変更について（2026年度から）",
    charset="iso-2022-jp",
    body=f"""竹下様、伊吹様
（Cc：日の出ファシリティーズ経理ご担当者様）

お世話になっております。日の出産業 経理部の関です。

2026年度から、出向負担金の精算を毎月請求から四半期ごとのまとめ請求に変更したいと考えております。
各社の支払サイトへの影響をご確認いただき、11月末までにご意見をいただけますでしょうか。

{SIG_SEKI}
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three group companies (three external organisations) visible in To and Cc",
)

add(
    sender="平井 千夏 <hirai.chinatsu@hinode-sangyo.co.jp>",
    to=["daiki.akutsu@gmail.com", "kuroyanagi.s@outlook.jp", "hibino.asuka.0707@gmail.com"],
    subject="一時帰国時の健康診断（予約のご案内）",
    charset="utf-8",
    body="""海外出向中の皆さま

人事部の平井です。年末年始の一時帰国に合わせて、法定の健康診断を受診いただけるよう
下記の日程で枠を確保しました。ご都合のよい日を返信でお知らせください。

　12月26日（金）午前／12月27日（土）午前／1月5日（月）午前
　会場：丸の内けんしんプラザ（東京駅 丸の内北口 徒歩3分）

会社アドレスが現地で使えない方もいるとのことで、個人アドレスにお送りしています。

人事部 平井
""",
    expect="stop",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="three private persons on free mail in To can see each other's addresses",
)

# =====================================================================================
# STOP — look-alike recipient domains
# =====================================================================================

add(
    sender=OKABE,
    to=["人事部長 矢島 <yajima.koichi@hinode-sangyou.co.jp>"],
    subject="川崎電機 出向者の評価について（ご報告）",
    charset="iso-2022-jp",
    body=f"""矢島部長

お疲れさまです。岡部です。
川崎電機の吉岡様から、出向者の上期評価のフィードバックをいただきました。

　大豆生田 洋平（社員番号 H198834）：A（目標120%達成、次期リーダー候補とのこと）

詳細は明日の定例でご説明します。

岡部
""",
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["lookalike_domain", "personal_data"],
    note="internal colleague addressed at hinode-sangyou.co.jp (letter added) — look-alike of own domain",
)

add(
    sender=HASEBE,
    to=["三枝 亮 <saegusa.ryo@hinode-sangyo.jp>"],
    subject="グループ総務担当者会議 議題案",
    charset="utf-8",
    body=f"""三枝さん

お疲れさまです。長谷部です。
来週のグループ総務担当者会議の議題案です。ご意見あればください。

1. 共通サービス利用料の改定（2026年4月）
2. 社内便ルートの見直し（川崎・横浜）
3. 出向者の社宅規程の統一について
4. その他

{SIG_HASEBE}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="colleague's address typed as hinode-sangyo.jp (dropped co.) — look-alike of own domain",
)

add(
    sender=OKABE,
    to=["吉岡 拓真 <yoshioka.t@kawasaki-denkl.co.jp>"],
    subject="出向契約 更新手続きのスケジュール",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
吉岡 様

お世話になっております。日の出産業の岡部です。
2026年3月末で期間満了となる出向契約の更新につきまして、
下記のスケジュールで進めさせていただければと存じます。

　1月中旬　更新対象者のご確認（弊社→貴社）
　2月上旬　契約書案のご送付
　3月中旬　ご締結

ご都合が悪い点があればお知らせください。

{SIG_OKABE}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner kawasaki-denki.co.jp spelt kawasaki-denkl.co.jp (l for i homoglyph)",
)

add(
    sender=OKABE,
    to=["白川先生 <shirakawa@shirakawa-law.co.jp>"],
    subject="出向契約書（雛形）改定案のレビューのお願い",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 人事部の岡部でございます。
グループ会社間の出向契約書の雛形を改定いたしました。
主な変更点は、(1)出向負担金の算定方法、(2)労災発生時の費用負担、
(3)出向期間中の秘密保持義務の3点です。
ご多忙のところ恐縮ですが、12月中旬までにご確認いただけますと幸いです。

{SIG_OKABE}
""",
    attachments=[{"kind": "docx", "name": "出向契約書_雛形_改定案v3.docx",
                  "paragraphs": ["出向契約書（案）",
                                 "日の出産業株式会社（以下「甲」という）と＿＿＿＿＿＿（以下「乙」という）とは、"
                                 "甲の従業員を乙に出向させることに関し、次のとおり契約を締結する。",
                                 "第1条（目的）", "第5条（出向負担金）乙は甲に対し、出向者の給与相当額のうち別紙に定める割合を負担する。",
                                 "第9条（労働災害）", "第12条（秘密保持）"]}],
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner law firm shirakawa-law.jp addressed as shirakawa-law.co.jp (another TLD)",
)

add(
    sender=USAMI,
    to=["日の出産業 人事部 葛城 <katsuragi.mizuho@hinode-sangyo-co.jp>"],
    subject="兼務発令の件（確認）",
    charset="iso-2022-jp",
    body=f"""葛城さん

お疲れさまです。宇佐美です。
12/1付の兼務発令、次の内容で辞令を作成してよいか確認させてください。

　氏名：葛城 瑞穂（社員番号 H214406）
　本務：経営企画部 グループ統括室 課長
　兼務：日の出ビジネスサービス㈱ 経営管理部長（非常勤）
　兼務手当：月額 30,000円

問題なければ、明日中に返信をお願いします。
宇佐美
""",
    expect="stop",
    entities=["PERSON_NAME"],
    detectors=["lookalike_domain", "personal_data"],
    note="internal address typed hinode-sangyo-co.jp (hyphen for dot) — look-alike of own domain",
)

add(
    sender=TOKANO,
    to=["ツバサシステム 保守窓口 <hoshu@tsubasa-sytem.jp>"],
    subject="グループ人事システム 定期メンテナンス日程のご相談",
    charset="utf-8",
    body=f"""ツバサシステム株式会社
保守窓口 御中

いつもお世話になっております。日の出産業 情報システム部の戸叶です。
来年1月の定期メンテナンスについて、年末調整の処理と重なるため、
1月17日（土）→1月24日（土）への変更は可能でしょうか。
グループ5社の人事担当には弊社から周知いたします。

{SIG_TOKANO}
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner tsubasa-system.jp typed tsubasa-sytem.jp (letter dropped)",
)

add(
    sender="宮内 沙耶 <miyauchi.saya@hinode-sangyo.co.jp>",
    to=["人材開発課 <jinzai@hinode-snagyo.co.jp>"],
    subject="出向者懇親会の会場下見について",
    charset="iso-2022-jp",
    body="""人材開発課の皆さん

宮内です。来週水曜の15時から、さくらホテルで懇親会会場の下見をしてきます。
同行できる方がいたら声をかけてください。
当日の受付は2名体制を予定しています。

宮内
""",
    expect="stop",
    entities=[],
    detectors=["lookalike_domain"],
    note="team address typed hinode-snagyo.co.jp (letters swapped) — look-alike of own domain",
)

# =====================================================================================
# STOP — confidentiality markings on the document or the mail
# =====================================================================================

add(
    sender=OKABE,
    to=["平賀 <hiraga.s@hinode-logistics.co.jp>"],
    subject="出向規程 改定案（グループ共通化）",
    charset="iso-2022-jp",
    body=f"""平賀さん

お世話になっております。岡部です。
グループ共通の出向規程の改定案です。経営会議前の段階ですので、
貴社内でも人事総務課の中だけでご確認ください。

{SIG_OKABE}
""",
    attachments=[{"kind": "docx", "name": "出向規程_改定案_20251105.docx",
                  "page_header": "社外秘",
                  "paragraphs": ["出向規程（改定案）", "第1条（目的）この規程は、日の出産業グループ各社間の出向に関する取扱いを定める。",
                                 "第8条（出向手当）出向先の所定労働時間が出向元を上回る場合、月額2万円の出向手当を支給する。",
                                 "第11条（給与の負担）給与は出向元が支給し、出向先は出向負担金を出向元に支払う。"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX stamped 社外秘 in its page header sent to a group company",
)

add(
    sender=SAEGUSA,
    to=["川崎電機 人事部長 沖田様 <okita.h@kawasaki-denki.co.jp>"],
    subject="【取扱注意】出向者処遇の比較（ご参考）",
    charset="iso-2022-jp",
    body=f"""【取扱注意】

沖田部長

お世話になっております。日の出産業 経営企画部の三枝です。
先日ご相談のあった、出向者の処遇の比較を以下にまとめました。

　項目　　　　　日の出産業　　川崎電機
　所定労働時間　7.5h　　　　　8.0h
　年間休日　　　125日　　　　　120日
　住宅手当　　　最大3万円　　　最大2万円
　出向手当　　　月2万円（案）　―

差額の補填方法は、次回の協議でご相談させてください。

{SIG_SAEGUSA}
""",
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="mail classified 【取扱注意】 in subject and body, sent to a partner",
)

add(
    sender=SAEGUSA,
    to=["Michael Brooks <mbrooks@hinode-us.com>"],
    subject="Draft intercompany service agreement (shared services)",
    charset="utf-8",
    body=f"""Hi Michael,

Attached is the draft of the intercompany service agreement covering the shared
services (payroll, accounting and IT) that Tokyo will provide to Hinode America
from April 2026. The fee schedule in Annex 2 is still under review by our tax team.

Could you have your legal counsel take a look by the end of the month?

Regards,
{SIG_SAEGUSA}
""",
    attachments=[{"kind": "pdf", "name": "ISA_draft_v2.pdf", "page_header": "CONFIDENTIAL - DRAFT",
                  "page_footer": "Hinode Sangyo Co., Ltd. - Confidential",
                  "lines": ["INTERCOMPANY SERVICE AGREEMENT", "between Hinode Sangyo Co., Ltd. and Hinode America, Inc.",
                            "1. Services: payroll processing, general accounting, IT helpdesk",
                            "2. Fees: cost plus 5% (see Annex 2)", "3. Term: April 1, 2026 - March 31, 2027"]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PDF marked CONFIDENTIAL in its header and footer sent to an overseas subsidiary",
)

add(
    sender=SEKI,
    to=["日の出BS 経理部 <keiri@hinode-bs.co.jp>"],
    subject="グループ人件費 配賦案（2026年度予算）",
    charset="shift_jis",
    body=f"""日の出BS 経理部 御中

経理部の関です。2026年度予算のグループ人件費配賦案を送ります。
予算会議前の数字ですので、取扱いにはご注意ください。

{SIG_SEKI}
""",
    attachments=[{"kind": "xlsx", "name": "人件費配賦案_2026.xlsx", "page_header": "極秘",
                  "sheets": {"配賦案": [["極秘　グループ人件費配賦案（2026年度）"], [],
                                        ["会社", "人件費（百万円）", "出向受入人数", "配賦率"],
                                        ["日の出ロジスティクス", 1840, 42, "31%"],
                                        ["日の出ビジネスサービス", 620, 18, "12%"],
                                        ["日の出テクノサービス", 955, 27, "19%"],
                                        ["日の出ファシリティーズ", 410, 9, "7%"]]}}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="XLSX classified 極秘 (header and title row) sent to a group company",
)

add(
    sender=HASEBE,
    to=["藤本 <fujimoto@tsubasa-system.jp>"],
    subject="共通サービス再編の方向性（RFP前の事前共有）",
    charset="iso-2022-jp",
    body=f"""ツバサシステム 藤本様

お世話になっております。日の出産業の長谷部です。
RFPの前段として、グループ共通サービス再編の方向性をまとめた資料を共有いたします。
NDAの範囲内でのお取扱いをお願いいたします。

{SIG_HASEBE}
""",
    attachments=[{"kind": "pptx", "name": "共通サービス再編_方向性.pptx", "page_footer": "部外秘",
                  "slides": [["グループ共通サービス再編の方向性", "2025年11月 総務部 グループ管理課"],
                             ["現状の課題", "各社個別の給与・経理システム（5系統）", "出向者の給与負担計算が手作業"],
                             ["再編案", "日の出BSへの業務集約", "共通基盤のクラウド移行（2027年度）"]]}],
    expect="stop",
    entities=[],
    detectors=["confidential_marking"],
    note="PPTX with a 部外秘 footer on every slide sent to a vendor",
)

# =====================================================================================
# STOP — attachments that cannot be read
# =====================================================================================

_rows = pick(9)
add(
    sender=OKABE,
    to=["平賀 <hiraga.s@hinode-logistics.co.jp>"],
    subject="出向者名簿（2025年12月1日現在）",
    charset="iso-2022-jp",
    body=f"""平賀さん

お世話になっております。岡部です。
12月1日現在の出向者名簿をお送りします。
パスワードは別メールでお送りします。

{SIG_OKABE}
""",
    attachments=[{"kind": "zip", "name": "shukkosha_meibo_20251201.zip", "password": "Hns#2025Dec",
                  "files": [{"kind": "csv", "name": "出向者名簿.csv",
                             "rows": [["氏名", "生年月日", "携帯"]] +
                                     [[f"{p[0]} {p[1]}", "1985/1/1", mobile()] for p in _rows]}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to a group company: content cannot be inspected",
)

add(
    sender=OKABE,
    to=["吉岡 拓真 <yoshioka.t@kawasaki-denki.co.jp>"],
    subject="出向契約書（締結版）の送付",
    charset="iso-2022-jp",
    body=f"""吉岡様

お世話になっております。日の出産業の岡部です。
締結済みの出向契約書をPDFでお送りいたします。
閲覧用のパスワードは、先日お電話でお伝えしたものと同じです。
原本は本日、簡易書留にて発送いたしました。

{SIG_OKABE}
""",
    attachments=[{"kind": "pdf", "name": "出向契約書_締結版_川崎電機.pdf", "password": "kd-2026-04",
                  "lines": ["出向契約書", "日の出産業株式会社と川崎電機株式会社は、次のとおり契約を締結する。"]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected PDF to a partner: cannot be inspected",
)

add(
    sender=SEKI,
    to=["日の出BS 経理部 <keiri@hinode-bs.co.jp>"],
    subject="共通サービス費 精算表（10月分）",
    charset="utf-8",
    body=f"""日の出BS 経理部 御中

関です。10月分の共通サービス費の精算表を添付します。
先月とレイアウトは同じです。

{SIG_SEKI}
""",
    attachments=[{"kind": "corrupt", "name": "共通サービス費精算_202510.xlsx"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="corrupt XLSX attachment to a group company: cannot be inspected",
)

add(
    sender=OKABE,
    to=["小林 <kobayashi@shirakawa-law.jp>"],
    subject="出向契約関係書類（ご相談資料）",
    charset="iso-2022-jp",
    body=f"""白川法律事務所
小林先生

お世話になっております。日の出産業の岡部でございます。
来週のご相談に先立ち、関係書類一式をお送りいたします。
ZIPファイルのパスワードは、この後別メールにてお知らせいたします。

{SIG_OKABE}
""",
    attachments=[{"kind": "zip", "name": "相談資料一式.zip", "password": "Shira2025!",
                  "files": [{"kind": "docx", "name": "経緯メモ.docx", "paragraphs": ["経緯メモ", "2025年10月…"]},
                            {"kind": "pdf", "name": "出向契約書.pdf", "lines": ["出向契約書"]}]}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted ZIP to a partner law firm: cannot be inspected",
)

add(
    sender=USAMI,
    to=["伊吹様 <ibuki@hinode-ts.co.jp>"],
    subject="Re: 出向者の勤怠データ",
    charset="iso-2022-jp",
    body=f"""伊吹様

お世話になっております。宇佐美です。
ご依頼の勤怠データを添付いたします。
システムから出力したものをそのまま添付しています。

{SIG_USAMI}

> 宇佐美様
> 10月分の出向者の勤怠データをお送りいただけますでしょうか。
> 日の出テクノサービス 伊吹
""",
    attachments=[{"kind": "corrupt", "name": "kintai_202510.pdf"}],
    expect="stop",
    entities=[],
    detectors=["unscannable_attachment"],
    note="corrupt PDF attachment to a group company: cannot be inspected",
)

# =====================================================================================
# PASS — all recipients internal (whatever the mail carries)
# =====================================================================================

_rows = pick(5)
_sheet = [["出向者マスタ（個人番号含む・人事部限り）"],
          ["社員番号", "氏名", "生年月日", "個人番号", "住所", "出向先"]]
for _p in _rows:
    _y, _m, _d = dob()
    _sheet.append([emp_no(), f"{_p[0]} {_p[1]}", f"{_y}/{_m}/{_d}", next_my_number(), addr()[1],
                   rng.choice(["日の出ロジスティクス", "川崎電機", "日の出テクノサービス"])])
add(
    sender=USAMI,
    to=["矢島 浩一 <yajima.koichi@hinode-sangyo.co.jp>"],
    cc=["okabe.mariko@hinode-sangyo.co.jp"],
    subject="出向者マスタ更新（年末調整前の確認用）",
    charset="iso-2022-jp",
    body=f"""矢島部長
（Cc：岡部さん）

お疲れさまです。宇佐美です。
年末調整前の確認用に、出向者マスタの更新分を添付します。
個人番号を含むため、確認後は共有フォルダの所定の場所に保存をお願いします。

{SIG_USAMI}
""",
    attachments=[{"kind": "xlsx", "name": "出向者マスタ_更新分.xlsx", "sheets": {"更新分": _sheet}}],
    expect="pass",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=[],
    note="My Numbers and addresses of 5 people, but every recipient is internal",
)

add(
    sender=OKABE,
    to=["矢島 浩一 <yajima.koichi@hinode-sangyo.co.jp>"],
    subject="【報告】出向者 休職の経過（樋渡さん）",
    charset="iso-2022-jp",
    body=f"""矢島部長

お疲れさまです。岡部です。
川崎電機に出向中の樋渡さんの件、経過をご報告します。

・11/10より休職（主治医診断：うつ病、3か月の療養を要する）
・川崎電機 吉岡様には電話とメールで連絡済み
・休職中の給与・社保は出向元で対応、出向負担金は10月分まで請求
・1月中旬に産業医面談を予定

引き続き、状況を共有いたします。

岡部
""",
    expect="pass",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="a named secondee's diagnosis, but sent only to an internal manager",
)

add(
    sender=SAEGUSA,
    to=["経営企画部 グループ統括室 <group-tokatsu@hinode-sangyo.co.jp>"],
    subject="出向者処遇の見直し案（部内レビュー用）",
    charset="utf-8",
    body=f"""室内各位

三枝です。来週の経営会議に上げる出向者処遇の見直し案です。
部内レビュー用なので、コメントは今週中にこのスレッドで返してください。

{SIG_SAEGUSA}
""",
    attachments=[{"kind": "docx", "name": "出向者処遇見直し案_v0.9.docx", "page_header": "社外秘",
                  "paragraphs": ["社外秘", "出向者処遇の見直し案", "1. 出向手当の新設（月額2万円）",
                                 "2. 出向負担金の算定基礎に賞与引当を含める", "3. 帰任時の等級保障"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="社外秘 document, but the only recipient is an internal mailbox",
)

add(
    sender=OKABE,
    to=["宇佐美 彩 <usami.aya@hinode-sangyo.co.jp>"],
    subject="出向者名簿（暗号化ZIP）",
    charset="iso-2022-jp",
    body="""宇佐美さん

岡部です。12/1現在の出向者名簿です。
平賀さんに送ったものと同じファイルです。パスワードはいつものものです。

岡部
""",
    attachments=[{"kind": "zip", "name": "shukkosha_meibo_20251201.zip", "password": "Hns#2025Dec",
                  "files": [{"kind": "txt", "name": "出向者名簿.txt", "text": "（暗号化済）"}]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="encrypted ZIP, but sent only to an internal colleague",
)

_rows = pick(6)
_tbl = []
for _p in _rows:
    _tbl.append(f"{_p[0]} {_p[1]}\t{rng.choice(['みどり銀行 日本橋支店', 'みどり銀行 大宮支店', '東都信用金庫 本店'])}\t普通 {acct()}")
add(
    sender=SANADA,
    to=["給与厚生課 <kyuyo@hinode-sangyo.co.jp>"],
    cc=["usami.aya@hinode-sangyo.co.jp"],
    subject="帰任者の給与振込口座（12月支給から本社払い）",
    charset="shift_jis",
    body="""給与厚生課各位（Cc：労務課 宇佐美さん）

真田です。11月末で帰任する6名は、12月支給分から本社で給与を支払います。
振込口座は次のとおりです。日の出BSでの支払いは11月分で終了です。

""" + "\n".join(_tbl) + f"""

{SIG_SANADA}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=[],
    note="6 people's bank accounts, but To and Cc are all internal",
)

_rows = pick(8)
_lines = []
for _p in _rows:
    _z, _a = addr()
    _lines.append(f"■{_p[0]} {_p[1]}　{_a}　{mobile()}")
add(
    sender=HASEBE,
    to=["人事部 出向管理 <shukko@mail.hinode-sangyo.co.jp>"],
    subject="出向者の現住所・連絡先（総務保管分との突合結果）",
    charset="iso-2022-jp",
    body="""人事部 出向管理ご担当

総務部の長谷部です。社宅台帳と人事マスタの突合で差異のあった8名です。
総務側の最新情報を記載しますので、人事マスタの更新をお願いします。

""" + "\n".join(_lines) + f"""

{SIG_HASEBE}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="8 people's addresses and mobiles to mail.hinode-sangyo.co.jp, an internal subdomain",
)

add(
    sender="宮内 沙耶 <miyauchi.saya@hinode-sangyo.co.jp>",
    to=["jinzai@hinode-sangyo.co.jp"],
    cc=["nonomura@hinode-logistics.co.jp"],
    subject="出向者送別会のご案内（11/28）",
    charset="iso-2022-jp",
    body="""人材開発課の皆さん
（Cc：日の出ロジ 野々村本部長）

宮内です。12月1日付で日の出ロジスティクスへ出向する
鬼頭さん、蓮見さん、生天目さんの送別会を下記のとおり開催します。
野々村本部長にもご参加いただけることになりました。

日時：11月28日（金）18:30～
場所：日本橋「炉端 ひので」（本社から徒歩5分）
会費：5,000円（当日集金）

出欠は11/21までに宮内へお願いします。
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="names only (no data) and a single external recipient in Cc: ordinary mail",
)

# =====================================================================================
# PASS — quoted text the recipient already has
# =====================================================================================

_rows = pick(6)
_q = []
for _p in _rows:
    _z, _a = addr()
    _q.append(f"> {_p[0]} {_p[1]}　新住所：〒{_z} {_a}　TEL {mobile()}")
add(
    sender=USAMI,
    to=["平賀 <hiraga.s@hinode-logistics.co.jp>"],
    subject="Re: 出向者の住所変更届（10月受付分）",
    charset="iso-2022-jp",
    body=f"""平賀さん

お疲れさまです。宇佐美です。
6名分、受領しました。本社の人事マスタにも反映済みです。
通勤手当の変更がある方は、別途申請書の回付をお願いします。

宇佐美

2025/11/04 14:22、平賀 <hiraga.s@hinode-logistics.co.jp> のメッセージ:
> 宇佐美さん
>
> 10月に住所変更の届出があった出向者です。
""" + "\n".join(_q) + """
>
> 日の出ロジ 平賀
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the 6-person address list is only in '>' quoted text from the recipient; new text has none",
)

_rows = pick(5)
_q = []
for _p in _rows:
    _first, _rel, _y = rng.choice([("結衣", "長女", rng.randrange(2009, 2024)), ("大和", "長男", rng.randrange(2009, 2024)),
                                   ("芽依", "次女", rng.randrange(2012, 2025)), ("和子", "母", rng.randrange(1946, 1958)),
                                   ("千春", "妻", rng.randrange(1978, 1996))])
    _m, _d = rng.randrange(1, 13), rng.randrange(1, 29)
    _q.append(f"{_p[0]} {_first}（{_rel}）　{_y}年{_m}月{_d}日生")
add(
    sender=SANADA,
    to=["小田切 <odagiri.m@hinode-bs.co.jp>"],
    subject="RE: 扶養家族の生年月日 確認のお願い",
    charset="shift_jis",
    body="""小田切様

お世話になっております。真田です。
本人確認書類と照合しました。5名とも記載のとおりで相違ありません。
このまま処理を進めていただいて大丈夫です。

真田

-----Original Message-----
From: 小田切 <odagiri.m@hinode-bs.co.jp>
Sent: Monday, November 10, 2025 5:41 PM
To: 真田 朋美 <sanada.tomomi@hinode-sangyo.co.jp>
Subject: 扶養家族の生年月日 確認のお願い

真田様

扶養追加の処理にあたり、下記の生年月日に誤りがないかご確認ください。

""" + "\n".join(_q) + """

日の出BS 給与厚生グループ 小田切
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="dependants' birth dates appear only under -----Original Message----- from the recipient",
)

_rows = pick(5)
_q = []
for _p in _rows:
    _y, _m, _d = dob()
    _q.append(f"> | {_p[4].upper()} {_p[5]} | {_y}-{_m:02d}-{_d:02d} | {mobile()} |")
add(
    sender=OKABE,
    to=["Jennifer Carter <jcarter@hinode-us.com>"],
    subject="Re: Incoming assignees from Tokyo - FY2026 (housing & onboarding)",
    charset="utf-8",
    body=f"""Hi Jennifer,

Thank you, that all looks correct. I have asked our travel agency to send you the visa
schedule directly by Friday.

Best regards,
Mariko

On Tue, Nov 4, 2025 at 9:12 AM Jennifer Carter <jcarter@hinode-us.com> wrote:
> Hi Mariko,
> The relocation agent has confirmed the data below. Could you double-check?
> | Name | DOB | Mobile |
""" + "\n".join(_q) + """
> Thanks,
> Jennifer
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="the assignee table is only in the quoted part after 'On … wrote:'",
)

# =====================================================================================
# PASS — contracts, NDAs, disclaimers, mentions of risky words
# =====================================================================================

add(
    sender=OKABE,
    to=["白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="Re: 出向契約書 雛形へのコメント",
    charset="iso-2022-jp",
    body=f"""白川先生

お世話になっております。日の出産業の岡部でございます。
雛形へのコメントをありがとうございました。ご指摘の3点について、弊社の考えをお伝えいたします。

1. 第12条（秘密保持）：出向終了後も3年間存続させる案に賛成いたします。
2. 第5条（出向負担金）：賞与引当相当額を含める方向で修正いたします。
3. 第9条（労災）：上乗せ補償の負担は出向先とする案で、グループ各社と調整いたします。

修正版は来週中にお送りいたします。

{SIG_OKABE}

> 岡部様
> ご送付いただいた雛形につき、主に3点コメントいたします。
> 白川
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="discussion of a secondment contract's confidentiality clause: a mention, not a marking",
)

add(
    sender=HASEBE,
    to=["藤本 <fujimoto@tsubasa-system.jp>"],
    subject="グループ各社との秘密保持契約について",
    charset="utf-8",
    body=f"""ツバサシステム 藤本様

いつもお世話になっております。日の出産業の長谷部です。

グループ人事システムの導入にあたり、日の出ロジスティクス等グループ各社とも
秘密保持契約（NDA）を個別に締結する必要があるかとのご質問の件です。
弊社と貴社の間の機密保持契約書 第2条でグループ会社の情報も対象に含めておりますので、
個別の締結は不要と考えております。念のため該当条文の写しをお送りします。

{SIG_HASEBE}
""",
    attachments=[{"kind": "pdf", "name": "NDA_第2条抜粋.pdf",
                  "lines": ["機密保持契約書（抜粋）",
                            "第2条（秘密情報）本契約において秘密情報とは、甲及び甲の子会社が乙に開示する",
                            "技術上又は営業上の情報をいう。"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="mail about an NDA with an excerpt of its clause: no marking, no personal data",
)

add(
    sender=HASEBE,
    to=["総務課 <soumu@hinode-logistics.co.jp>"],
    subject="12月の総務担当者会議 会議室のご案内",
    charset="iso-2022-jp",
    body=f"""日の出ロジスティクス 総務課 御中

日の出産業 総務部の長谷部です。
12月10日（水）14:00からの総務担当者会議は、本社8F「第3会議室」で行います。
受付で「グループ総務会議」とお伝えいただければご案内いたします。
駐車場をご利用の場合は前日までにお知らせください。

{SIG_HASEBE}

{DISCLAIMER_JA}

{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="ordinary meeting notice ending with the standard Japanese/English confidentiality disclaimer",
)

add(
    sender=USAMI,
    to=["年末調整チーム <nencho@hinode-bs.co.jp>"],
    subject="出向者のマイナンバー取扱いについて（確認）",
    charset="iso-2022-jp",
    body=f"""日の出BS 年末調整チーム 御中

お世話になっております。日の出産業 労務課の宇佐美です。

今年度から年末調整を御社に委託するにあたり、出向者のマイナンバーの扱いを確認させてください。
弊社の整理では、
　・在籍出向者の個人番号は出向元（弊社）で保管し、御社には提供しない
　・源泉徴収票の個人番号欄は弊社で印字する
という分担で考えております。御社の手順書と齟齬がないかご確認いただけますでしょうか。

{SIG_USAMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="talks about マイナンバー handling but carries no number",
)

add(
    sender=USAMI,
    to=["楠木先生 <kusunoki@kusunoki-clinic.jp>"],
    subject="出向者の定期健康診断 日程のご相談",
    charset="iso-2022-jp",
    body=f"""楠木先生

いつもお世話になっております。日の出産業の宇佐美です。
来年度の出向者の定期健康診断について、日程のご相談です。

　・日の出ロジスティクス出向者　　22名　5月中旬希望
　・日の出テクノサービス出向者　　14名　5月下旬希望
　・川崎電機出向者　　　　　　　　 9名　6月上旬希望

受診票は各社から直接お送りする形でよろしいでしょうか。

{SIG_USAMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="health-check scheduling with head counts only: no individual's health data",
)

add(
    sender=OKABE,
    to=["沖田様 <okita.h@kawasaki-denki.co.jp>"],
    subject="出向者の評価面談の進め方",
    charset="iso-2022-jp",
    body=f"""沖田部長

お世話になっております。日の出産業の岡部です。
下期の出向者評価面談の進め方について、ご提案いたします。

評価シートの様式は貴社のものをそのままお使いいただき、記入後のシートを
弊社人事部へご送付いただければと思います。
なお、弊社の評価基準書は社外秘の扱いとなっておりますので、今回はお送りしておりません。
ポイントは来週のお打合せで口頭にてご説明いたします。

{SIG_OKABE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="mentions that a 社外秘 document is NOT being sent: a mention, not a marking",
)

add(
    sender=USAMI,
    to=["西村様 <nishimura@sakurazaka-sr.jp>"],
    subject="算定基礎届の書類送付について",
    charset="shift_jis",
    body=f"""西村様

お世話になっております。日の出産業の宇佐美です。
算定基礎届に必要な賃金台帳の写しは、個人情報を含むため
メールではなく「取扱注意」の朱書きをした封筒にて簡易書留でお送りします。
明日発送予定ですので、週明けには届くかと存じます。

{SIG_USAMI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="says papers go by post in an envelope marked 取扱注意: a mention, the mail itself is not marked",
)

# =====================================================================================
# PASS — invoices, business lists, numbers that are not people's data
# =====================================================================================

_tno = corp_no("010401087533")
add(
    sender=SEKI,
    to=["竹下 恵美 <takeshita.emi@hinode-logistics.co.jp>"],
    subject="請求書送付のご案内（出向者負担金 2025年11月分）",
    charset="iso-2022-jp",
    body=f"""日の出ロジスティクス株式会社
経理課 竹下様

いつもお世話になっております。日の出産業 経理部の関です。
11月分の出向者負担金の請求書をお送りいたします。

　請求書番号：INV-2511-0427
　請求金額　：8,412,600円（税込）※出向負担金は不課税、事務手数料分のみ課税
　お支払期限：2025年12月26日
　振込先　　：みどり銀行 日本橋支店 当座 0418827 ニチノデサンギヨウ（カ
　登録番号　：T{_tno}

明細（対象者別）は、従来どおりグループポータルからダウンロードしてください。

{SIG_SEKI}
""",
    attachments=[{"kind": "pdf", "name": "INV-2511-0427.pdf",
                  "lines": ["請求書", "日の出ロジスティクス株式会社 御中", "請求書番号 INV-2511-0427",
                            "件名：出向者負担金（2025年11月分）",
                            "出向者負担金（18名分）　8,395,000円", "事務手数料　16,000円　消費税 1,600円",
                            "合計　8,412,600円", f"日の出産業株式会社　登録番号 T{_tno}"]}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="invoice with totals, invoice number, the company's T-number and company bank account",
)

_cos = [("日の出ロジスティクス株式会社", "010401115208", "東京都江東区新木場2-9-1", "03-3522-6100"),
        ("日の出ビジネスサービス株式会社", "010001148871", "東京都中央区日本橋2-7-3", "03-5201-8000"),
        ("日の出テクノサービス株式会社", "020001077312", "神奈川県川崎市幸区堀川町580-16", "044-520-3300"),
        ("日の出ファシリティーズ株式会社", "010401123090", "東京都港区芝浦3-4-1", "03-6453-2210"),
        ("日の出ハートフル株式会社", "030001133480", "埼玉県さいたま市大宮区桜木町1-10-17", "048-640-5151"),
        ("株式会社ひので物産", "120001201465", "大阪府大阪市北区梅田3-3-10", "06-6346-7700")]
_csv = [["会社名", "法人番号", "本店所在地", "代表電話", "共通サービス区分"]]
for _c in _cos:
    _csv.append([_c[0], corp_no(_c[1]), _c[2], _c[3], rng.choice(["A（給与・経理・IT）", "B（給与・IT）", "C（ITのみ）"])])
add(
    sender=TOKANO,
    to=["藤本 <fujimoto@tsubasa-system.jp>"],
    subject="会社マスタ登録用データ（グループ6社）",
    charset="utf-8",
    body=f"""藤本様

お世話になっております。戸叶です。
グループ人事システムの会社マスタ登録用に、6社の基本情報をCSVでお送りします。
法人番号は国税庁の公表サイトで確認済みです。

{SIG_TOKANO}
""",
    attachments=[{"kind": "csv", "name": "company_master.csv", "encoding": "utf-8", "rows": _csv}],
    expect="pass",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="a list of companies (法人番号, head-office address, switchboard), not of people",
)

add(
    sender=HASEBE,
    to=["青葉運輸 法人営業部 <hojin@aoba-unyu.co.jp>"],
    subject="社内便 集配ルート見直しのお願い（グループ拠点一覧）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
法人営業部 御中

いつもお世話になっております。日の出産業 総務部の長谷部です。
2026年1月から、社内便の集配ルートに下記のグループ拠点を追加したく、お見積りをお願いいたします。

拠点名　　　　　　　　　　　所在地　　　　　　　　　　　　　　代表電話
－－－－－－－－－－－－－　－－－－－－－－－－－－－－－－－　－－－－－－－－
日の出ロジ 新木場センター　東京都江東区新木場2-9-1　　　　　　03-3522-6100
日の出ロジ 横浜営業所　　　神奈川県横浜市鶴見区大黒町8-31　　045-503-2711
日の出テクノ 川崎事業所　　神奈川県川崎市幸区堀川町580-16　　044-520-3300
日の出ファシリティーズ　　　東京都港区芝浦3-4-1　　　　　　　03-6453-2210
ひので物産 東京支店　　　　東京都千代田区神田錦町1-8　　　　　03-3294-1180

集配は週2回（火・金）を想定しております。

{SIG_HASEBE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="list of group business sites with office addresses and switchboards: businesses, not people",
)

add(
    sender=HASEBE,
    to=["伊吹 <ibuki@hinode-ts.co.jp>"],
    subject="2026年度 共通サービス料金表",
    charset="shift_jis",
    body=f"""伊吹様

お世話になっております。長谷部です。
2026年度の共通サービス料金表をお送りします。

サービスコード  サービス名                    単位        月額単価
--------------  ----------------------------  ----------  --------
CS-101          給与計算（出向者含む）        1名         1,800円
CS-102          年末調整                      1名（年）   2,400円
CS-210          経理記帳代行                  1社         180,000円
CS-305          グループウェア                1ID         1,050円
CS-306          ヘルプデスク                  1ID         420円
CS-410          社内便（定期便）              1拠点       13,500円

前年度からの変更点はCS-305とCS-410のみです。

{SIG_HASEBE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="a price list with service codes: no personal data",
)

add(
    sender=HASEBE,
    to=["青葉運輸 引越センター <hikkoshi@aoba-unyu.co.jp>"],
    subject="Re: 帰任に伴う引越し 見積・手配状況",
    charset="iso-2022-jp",
    body=f"""青葉運輸 引越センター ご担当者様

お世話になっております。日の出産業 総務部の長谷部です。
ご連絡ありがとうございます。下記3件、承知いたしました。

　受付番号 AH-251104-0032　搬出 12/20　→ 追跡番号 5512-8830-4471
　受付番号 AH-251104-0033　搬出 12/21　→ 追跡番号 5512-8830-4488
　受付番号 AH-251104-0037　搬出 12/27　→ 追跡番号 5512-8830-4495

請求書は、法人契約番号 AU-77310 宛てでお願いいたします。
作業当日の立会いは各ご本人が行います。

{SIG_HASEBE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="order, tracking and contract numbers only: no personal data",
)

add(
    sender=SEKI,
    to=["Michael Brooks <mbrooks@hinode-us.com>"],
    subject="Secondment cost allocation - revised policy from FY2026",
    charset="utf-8",
    body=f"""Dear Michael,

Following our discussion in Osaka, here is a summary of the revised policy for the
allocation of secondment costs from FY2026:

1. Base salary and bonus: borne 100% by the host company.
2. Home-country social insurance: borne by the host company, recharged quarterly.
3. Expatriate allowances (hardship, housing, home leave): borne by the host company.
4. Tax equalisation: administered by Tokyo, cost recharged at actual.

The updated group policy document will be issued by the end of January.
Please let me know if any of these raise issues under local regulations.

Kind regards,
Shinichiro Seki
Consolidated Accounting, Hinode Sangyo Co., Ltd.

{DISCLAIMER_EN}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="English policy mail to a subsidiary with a standard disclaimer: nothing personal",
)

add(
    sender=OKABE,
    to=["沖田様 <okita.h@kawasaki-denki.co.jp>"],
    cc=["yoshioka.t@kawasaki-denki.co.jp"],
    subject="出向契約の更新対象（契約番号ベース）",
    charset="iso-2022-jp",
    body=f"""沖田部長
（Cc：吉岡様）

お世話になっております。日の出産業の岡部です。
2026年3月末に満了する出向契約は次の4件です（個別の対象者は別途ご連絡いたします）。

　SK-2022-018　基本契約　　　満了 2026/03/31　更新予定
　SK-2022-019　個別契約(1)　 満了 2026/03/31　更新予定
　SK-2023-004　個別契約(2)　 満了 2026/03/31　終了（帰任）
　SK-2023-011　個別契約(3)　 満了 2026/03/31　更新予定

{SIG_OKABE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="contract numbers and dates only, two addresses of one partner",
)

_sheet = [["共通サービス利用実績（2025年度上期）"], [],
          ["会社", "給与計算（人）", "年末調整（人）", "グループウェア（ID）", "ヘルプデスク（件）"],
          ["日の出ロジスティクス", 412, 405, 460, 218],
          ["日の出テクノサービス", 268, 262, 301, 340],
          ["日の出ファシリティーズ", 95, 93, 102, 47],
          ["日の出ハートフル", 38, 38, 25, 12],
          ["ひので物産", 121, 118, 140, 66]]
add(
    sender=HASEBE,
    to=["日の出BS 総務部 <soumu@hinode-bs.co.jp>"],
    subject="共通サービス利用実績（上期）",
    charset="iso-2022-jp",
    body=f"""日の出BS 総務部 御中

長谷部です。上期の共通サービス利用実績をまとめました。
下期の料金精算の基礎数値としてお使いください。

{SIG_HASEBE}
""",
    attachments=[{"kind": "xlsx", "name": "共通サービス利用実績_2025上期.xlsx", "sheets": {"実績": _sheet}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="usage counts per company: aggregate business data",
)

add(
    sender=OKABE,
    to=["平賀 <hiraga.s@hinode-logistics.co.jp>"],
    subject="出向規程（現行版）の送付",
    charset="utf-8",
    body=f"""平賀さん

お世話になっております。岡部です。
新任の方向けに現行の出向規程が欲しいとのことでしたので、PDFをお送りします。
イントラにも掲載している版と同じものです。

{SIG_OKABE}
""",
    attachments=[{"kind": "pdf", "name": "出向規程_2021年4月改定.pdf",
                  "lines": ["出向規程", "（2021年4月1日改定）",
                            "第1条（目的）この規程は、従業員の出向に関する取扱いを定める。",
                            "第2条（定義）在籍出向とは、会社に在籍のまま他社の業務に従事することをいう。",
                            "第6条（出向期間）原則として3年以内とする。",
                            "第11条（給与）出向者の給与は出向元が支給する。"]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="the current (published) secondment rules, no marking and no personal data",
)

add(
    sender=OKABE,
    to=["okabe.mariko@hinode-sangyo.co.jp"],
    bcc=["jinji@hinode-logistics.co.jp", "soumu@hinode-bs.co.jp", "jinji@hinode-ts.co.jp",
         "kanri@hinode-fac.co.jp", "kanri@hinode-heartful.co.jp", "jinji@hinode-bussan.jp"],
    subject="【グループ各社】年末年始の人事部窓口について",
    charset="iso-2022-jp",
    body=f"""グループ各社 人事ご担当者様
（本メールはBccにて一斉送信しております）

日の出産業 人事部の岡部です。
年末年始の人事部窓口は、12月27日（土）～1月4日（日）まで休業いたします。
出向者に関する緊急のご連絡は、人事部代表（03-5201-7740）の留守番電話にお願いいたします。

{SIG_OKABE}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="group companies addressed in Bcc, only the sender in To: nobody sees the others",
)


add(
    sender=SAEGUSA,
    to=["野々村本部長 <nonomura@hinode-logistics.co.jp>"],
    subject="出向者の構成（年代別・職種別）",
    charset="utf-8",
    body=f"""野々村本部長

お世話になっております。三枝です。
ご依頼の、貴社への出向者の構成（12/1時点）です。個人は特定できない集計にしています。

　年代　　20代 6名／30代 14名／40代 15名／50代 7名（計42名）
　職種　　物流企画 11名／倉庫管理 17名／経理・総務 8名／システム 6名
　平均出向期間　2.7年

来期の受入計画の検討にお役立てください。

{SIG_SAEGUSA}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="aggregate statistics of secondees, no individual can be identified",
)

add(
    sender=USAMI,
    to=["伊吹様 <ibuki@hinode-ts.co.jp>"],
    subject="出向者 届出書式（新様式）",
    charset="iso-2022-jp",
    body=f"""伊吹様

お世話になっております。宇佐美です。
住所変更・扶養異動などの届出書式を新しくしました。空の様式を添付します。
出向者の方から提出があった場合は、この様式でお送りください。

{SIG_USAMI}
""",
    attachments=[{"kind": "xlsx", "name": "出向者届出書式_2026.xlsx",
                  "sheets": {"住所変更届": [["住所変更届（出向者用）"], [], ["社員番号", ""], ["氏名", ""],
                                            ["新住所", ""], ["電話番号", ""], ["変更日", ""]],
                             "扶養異動届": [["扶養異動届"], [], ["氏名", "続柄", "生年月日", "異動区分"],
                                            ["", "", "", ""], ["", "", "", ""]]}}],
    expect="pass",
    entities=[],
    detectors=[],
    note="blank forms with field labels only: no data filled in",
)

add(
    sender="戸塚 美咲 <totsuka.misaki@hinode-sangyo.co.jp>",
    to=["ibuki@hinode-ts.co.jp"],
    cc=["hiraga.s@hinode-logistics.co.jp"],
    subject="グループ人事担当 打合せ（12/3）のご案内",
    charset="iso-2022-jp",
    body="""日の出テクノサービス 伊吹様
日の出ロジスティクス 平賀様

お世話になっております。日の出産業 人事部の戸塚です。
出向者の評価制度の統一について、3社で打合せを行いたく、ご案内いたします。

日時：12月3日（水）15:00～16:30
場所：オンライン（Teams、招待は別途お送りします）
議題：評価シートの共通化、評価スケジュール

ご都合が悪い場合はお知らせください。

--
日の出産業株式会社 人事部 戸塚 美咲
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="two group companies (two external organisations) in To/Cc: a normal three-way meeting mail",
)

add(
    sender=OKABE,
    to=["平賀 <hiraga.s@hinode-logistics.co.jp>"],
    cc=["白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="出向契約の見直しに関する三者打合せ",
    charset="iso-2022-jp",
    body=f"""平賀さん
白川先生

お世話になっております。日の出産業の岡部です。
出向契約の雛形見直しについて、三者でお打合せの機会をいただきたく存じます。
12月8日（月）・10日（水）・11日（木）のいずれかの午後でご都合はいかがでしょうか。

{SIG_OKABE}
""",
    expect="pass",
    entities=[],
    detectors=["multiple_external_domains"],
    note="a group company and the partner law firm: two external organisations, ordinary meeting mail",
)


# =====================================================================================
# PASS — one to four people's records, single free-mail recipients
# =====================================================================================

_p = NAMES[38]  # 羽生 康平
_z, _a = addr(5)
add(
    sender=HASEBE,
    to=["社宅管理センター <shataku@hinode-fac.co.jp>"],
    subject="社宅入居申請（1名・1月着任）",
    charset="iso-2022-jp",
    body=f"""社宅管理センター ご担当者様

お世話になっております。日の出産業 総務部の長谷部です。
1月に日の出ロジ 横浜営業所へ出向する社員の社宅入居申請です。

　氏名：{_p[0]} {_p[1]}
　現住所：〒{_z} {_a}
　携帯：{mobile()}
　入居希望日：2026年1月10日（単身）

よろしくお願いいたします。

{SIG_HASEBE}
""",
    expect="pass",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one person's address and mobile to a group company: under the five-record threshold (may warn)",
)

_rows = pick(3)
add(
    sender="宮内 沙耶 <miyauchi.saya@hinode-sangyo.co.jp>",
    to=["banquet@sakura-hotel.jp"],
    subject="1/22 研修 講師・事務局の控室利用者",
    charset="iso-2022-jp",
    body="""さくらホテル 宴会予約係 御中

日の出産業の宮内です。1月22日の研修で控室を利用する者は以下の3名です。
当日何かございましたら、携帯までご連絡ください。

""" + "\n".join(f"　{p[0]} {p[1]}　{mobile()}" for p in _rows) + """

--
日の出産業株式会社 人事部 人材開発課 宮内 沙耶
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three named people with mobiles to a hotel: a short attendee list (may warn)",
)

_rows = pick(4)
_lines = []
for _p in _rows:
    _lines.append(f"・{_p[0]} {_p[1]}（{rng.choice(['経理部', '人事部', '経営企画部'])}）"
                  f" → 兼 日の出BS {rng.choice(['経理部', '給与厚生G', '総務部'])}　"
                  f"{_p[5][0].lower()}.{_p[4].lower()}@hinode-sangyo.co.jp")
add(
    sender=USAMI,
    to=["日の出BS 総務部 <soumu@hinode-bs.co.jp>"],
    subject="1/1付 兼務者のメール配信リスト追加",
    charset="iso-2022-jp",
    body="""日の出BS 総務部 御中

宇佐美です。1月1日付で御社兼務となる4名です。
御社の部内メーリングリストへの追加をお願いします。

""" + "\n".join(_lines) + f"""

{SIG_USAMI}
""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="four people's names and work e-mails to a group company: under five records (may warn)",
)

_p = NAMES[40]  # 畔柳 悟
add(
    sender=OKABE,
    to=["平賀 <hiraga.s@hinode-logistics.co.jp>"],
    subject="川崎電機 新任の受入担当者のご紹介",
    charset="utf-8",
    body=f"""平賀さん

お疲れさまです。岡部です。
川崎電機の出向受入担当が12月から交代になるそうです。
貴社から川崎電機へ応援出向の件でご連絡される際は、こちらの方へお願いします。

　川崎電機株式会社 人事部 人材開発グループ
　吉岡 拓真 様
　TEL 044-211-3675（直通）
　yoshioka.t@kawasaki-denki.co.jp

{SIG_OKABE}
""",
    expect="pass",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="one partner contact person's business details: ordinary business mail (may warn)",
)

add(
    sender=TOKANO,
    to=["日の出BS 情報システム <it@hinode-bs.co.jp>"],
    subject="グループウェア 管理者権限の申請",
    charset="utf-8",
    body=f"""日の出BS 情報システム ご担当者様

戸叶です。グループウェアの管理者権限を、下記2名に付与してください（タブ区切り）。

氏名\t所属\t内線\tメール
真壁 早苗\t情報システム部\t2634\tmakabe.sanae@hinode-sangyo.co.jp
能登 圭\t情報システム部\t2637\tnoto.kei@hinode-sangyo.co.jp

申請書は社内ポータルで回付済みです（申請番号 IT-REQ-25-1183）。

{SIG_TOKANO}
""",
    expect="pass",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="two staff members' names and work e-mails (tab-separated) to a group company (may warn)",
)

_p = NAMES[14]  # 阿久津 大輝
add(
    sender=USAMI,
    to=["平賀 <hiraga.s@hinode-logistics.co.jp>"],
    subject="阿久津さんの退職金 勤続通算の確認",
    charset="iso-2022-jp",
    body=f"""平賀さん

お疲れさまです。宇佐美です。
来年3月で出向期間が満了となる阿久津さんについて、勤続通算の確認です。

　氏名：阿久津 大輝
　生年月日：{wareki(1983, 4, 2, 'zen')}
　入社：2006年4月1日／出向開始：2021年4月1日
　通算勤続：20年0ヶ月（2026年3月末時点）

相違がなければ、このまま退職金規程の通算に反映します。

{SIG_USAMI}
""",
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one person's birth date and service record to a group company: a single record (may warn)",
)

add(
    sender="平井 千夏 <hirai.chinatsu@hinode-sangyo.co.jp>",
    to=["ochi-risa.0415@ezweb.ne.jp"],
    subject="在籍証明書の発行について",
    charset="iso-2022-jp",
    body="""越智 様

日の出産業 人事部の平井です。
在籍証明書（出向期間を含む）の発行のご依頼、承りました。
本日ご登録の住所あてに郵送いたしましたので、数日中に届くかと思います。
ご不明点があれば人事部代表までお電話ください。

日の出産業株式会社 人事部 平井
TEL 03-5201-7740（代表）
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to a former employee's carrier address: one free-mail recipient, nothing sensitive",
)

add(
    sender=OKABE,
    to=["羽生 康平 <kohei.hanyu.8@yahoo.co.jp>"],
    subject="出向後の処遇について（ご確認）",
    charset="iso-2022-jp",
    body=f"""羽生さん

人事部の岡部です。休暇中に失礼します。
会社のメールが使えないとのことでしたので、こちらにお送りします。
1月からの出向後の処遇は、先日の面談でお伝えしたとおりです。

　基本給：変更なし
　出向手当：月額20,000円
　住宅：借上社宅（自己負担 月15,000円）
　勤務地：日の出ロジスティクス 横浜営業所

ご質問があれば、休暇明けにお話しましょう。

{SIG_OKABE}
""",
    expect="pass",
    entities=[],
    detectors=["freemail_recipient"],
    note="an employee's own terms sent to his private address: one free-mail recipient (may warn)",
)

add(
    sender=SEKI,
    to=["法人営業部 <hojin@midori-ginko.co.jp>"],
    subject="出向者負担金の入金予定（12月）",
    charset="iso-2022-jp",
    body=f"""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 経理部の関です。
12月の資金繰り表に関連して、グループ会社からの入金予定をお知らせいたします。

　12/26　日の出ロジスティクス㈱　出向者負担金　8,412,600円
　12/26　日の出テクノサービス㈱　出向者負担金　5,127,000円
　12/26　川崎電機㈱　　　　　　　出向者負担金　3,910,300円

入金口座：日本橋支店 当座 0418827

{SIG_SEKI}
""",
    expect="pass",
    entities=[],
    detectors=[],
    note="expected receipts from companies with the company's own account: no personal data",
)

add(
    sender=SEKI,
    to=["日の出BS 経理部 <keiri@hinode-bs.co.jp>"],
    subject="出向負担金の精算に関する覚書（案）",
    charset="iso-2022-jp",
    body=f"""日の出BS 経理部 御中

関です。共通サービス費と出向負担金の相殺精算に関する覚書の案です。
ご確認のうえ、修正点があればお知らせください。

{SIG_SEKI}
""",
    attachments=[{"kind": "docx", "name": "覚書_相殺精算_案.docx",
                  "paragraphs": ["覚書（案）",
                                 "日の出産業株式会社（以下「甲」）と日の出ビジネスサービス株式会社（以下「乙」）は、"
                                 "甲乙間の出向負担金及び共通サービス費の精算について、次のとおり合意する。",
                                 "第1条 甲及び乙は、毎月末日締めで相互の債権債務を相殺する。",
                                 "第2条 相殺後の差額は翌月末日までに支払う。"],
                  "tables": [[["", "甲", "乙"],
                              ["所在地", "東京都中央区日本橋2-7-3", "東京都中央区日本橋2-7-3"],
                              ["名称", "日の出産業株式会社", "日の出ビジネスサービス株式会社"],
                              ["代表者", "代表取締役社長 日野 正臣", "代表取締役 桐生 隆"]]]}],
    expect="pass",
    entities=[],
    detectors=[],
    note="draft memorandum between two companies: company names, addresses and representatives only",
)

# =====================================================================================
# EITHER
# =====================================================================================

add(
    sender=OKABE,
    to=["Somchai Rattanakul <somchai.r@hinode-sangyo.co.th>"],
    subject="Arrival schedule of the new assignee (January 2026)",
    charset="utf-8",
    body=f"""Dear Khun Somchai,

Thank you for your support with the work permit. Our new assignee will arrive in
Bangkok on January 13 (TG643) and start work at Hinode Sangyo (Thailand) on January 15.
Could you arrange the airport pick-up and the temporary apartment for the first month?

Best regards,
Mariko Okabe
HR Planning, Hinode Sangyo Co., Ltd.
""",
    expect="either",
    entities=[],
    detectors=["lookalike_domain"],
    note="hinode-sangyo.co.th is the real Thai subsidiary but is a TLD swap of the own domain",
)

_officers = [("日野 正臣", "代表取締役社長", "日の出ロジスティクス㈱ 取締役（非常勤）"),
             ("桐生 隆", "常務執行役員", "日の出ビジネスサービス㈱ 代表取締役"),
             ("砂原 克典", "取締役 経理部長", "ひので物産㈱ 監査役（非常勤）"),
             ("綾部 公子", "執行役員 人事部長", "日の出ハートフル㈱ 取締役（非常勤）"),
             ("矢島 浩一", "人事部長", "日の出ファシリティーズ㈱ 監査役（非常勤）")]
add(
    sender=SAEGUSA,
    to=["ひので物産 総務部 <soumu@hinode-bussan.jp>"],
    subject="グループ役員の兼務状況（株主総会招集通知の作成用）",
    charset="iso-2022-jp",
    body="""ひので物産 総務部 御中

お世話になっております。日の出産業 経営企画部の三枝です。
招集通知の「役員の重要な兼職の状況」の記載用に、当社役員の兼務状況をお送りします。

氏名　　　　当社での地位　　　　　兼務先での地位
""" + "\n".join(f"{o[0]}　{o[1]}　{o[2]}" for o in _officers) + f"""

登記簿の記載と相違ないことは確認済みです。

{SIG_SAEGUSA}
""",
    expect="either",
    entities=["PERSON_NAME"],
    detectors=["personal_data"],
    note="5 officers' names and posts (public, registered information) — a list of people, but of public roles",
)

# -------------------------------------------------------------------------------------
# ids: shuffle the writing order with the seed, then number AREA-001 … AREA-100
rng.shuffle(S)
MESSAGES = [{"id": f"group-{i:03d}", **m} for i, m in enumerate(S, 1)]
