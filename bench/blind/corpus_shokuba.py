"""Blind corpus, area "shokuba": 日の出産業株式会社 の内部通報窓口（ハラスメント・コンプライアンス）.

Mail of the company's harassment and compliance hotline (法務・コンプライアンス部 内部通報窓口,
人事部 労務課, 研修担当, 経理): reports of power and sexual harassment naming accused and
victims, investigation interviews, the external law firm (白川法律事務所) and an external
investigator, disciplinary outcomes, whistleblower protection, and the ordinary training,
policy and survey mail with anonymised statistics.

Every person, number and address in this file is invented (fictional but plausible); My
Numbers and card numbers come from build.my_number / build.card_number.  The file was
written blind, from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only,
without reading any of mailguard's code, rules or tests, nor any other corpus file.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 21401
rng = random.Random(SEED)

MESSAGES: list[dict] = []


def add(expect: str, entities: list[str], detectors: list[str], note: str, **msg) -> None:
    MESSAGES.append({"id": f"shokuba-{len(MESSAGES) + 1:03d}", **msg, "expect": expect,
                     "entities": entities, "detectors": detectors, "note": note})


# -- small helpers for invented data --------------------------------------------------------

_FW = str.maketrans("0123456789-()/.", "０１２３４５６７８９－（）／．")


def fw(s: str) -> str:
    """Full-width digits and separators, as some people type them."""
    return s.translate(_FW)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, e, ey = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, e, ey = "平成", "H", y - 1988
    else:
        era, e, ey = "昭和", "S", y - 1925
    if style == "short":
        return f"{e}{ey}.{m}.{d}"
    if style == "fw":
        return fw(f"{era}{ey}年{m}月{d}日")
    return f"{era}{'元' if ey == 1 else ey}年{m}月{d}日"


def corporate_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


SEI = [("佐々木", "ササキ", "Sasaki"), ("東海林", "ショウジ", "Shoji"), ("五十嵐", "イガラシ", "Igarashi"),
       ("小鳥遊", "タカナシ", "Takanashi"), ("勅使河原", "テシガワラ", "Teshigawara"),
       ("長谷部", "ハセベ", "Hasebe"), ("宇佐美", "ウサミ", "Usami"), ("真壁", "マカベ", "Makabe"),
       ("一ノ瀬", "イチノセ", "Ichinose"), ("鬼塚", "オニヅカ", "Onizuka"), ("百瀬", "モモセ", "Momose"),
       ("相馬", "ソウマ", "Soma"), ("柘植", "ツゲ", "Tsuge"), ("比嘉", "ヒガ", "Higa"),
       ("金城", "キンジョウ", "Kinjo"), ("古閑", "コガ", "Koga"), ("城之内", "ジョウノウチ", "Jonouchi"),
       ("三上", "ミカミ", "Mikami"), ("大庭", "オオバ", "Oba"), ("桐谷", "キリタニ", "Kiritani"),
       ("我妻", "ワガツマ", "Wagatsuma"), ("西條", "サイジョウ", "Saijo"), ("野々宮", "ノノミヤ", "Nonomiya"),
       ("鷲尾", "ワシオ", "Washio"), ("水無瀬", "ミナセ", "Minase"), ("藤堂", "トウドウ", "Todo"),
       ("蛭田", "ヒルタ", "Hiruta"), ("四十物", "アイモノ", "Aimono"), ("馬場", "ババ", "Baba"),
       ("奥寺", "オクデラ", "Okudera"), ("砂川", "スナガワ", "Sunagawa"), ("日下部", "クサカベ", "Kusakabe"),
       ("石動", "イスルギ", "Isurugi"), ("猪狩", "イガリ", "Igari"), ("漆原", "ウルシバラ", "Urushibara"),
       ("丹羽", "ニワ", "Niwa"), ("江口", "エグチ", "Eguchi"), ("千葉", "チバ", "Chiba"),
       ("平良", "タイラ", "Taira"), ("岸本", "キシモト", "Kishimoto")]
MEI = [("颯太", "ソウタ", "Sota"), ("美咲", "ミサキ", "Misaki"), ("健一", "ケンイチ", "Kenichi"),
       ("彩花", "アヤカ", "Ayaka"), ("拓海", "タクミ", "Takumi"), ("由佳", "ユカ", "Yuka"),
       ("直樹", "ナオキ", "Naoki"), ("千尋", "チヒロ", "Chihiro"), ("大輔", "ダイスケ", "Daisuke"),
       ("真由", "マユ", "Mayu"), ("翔", "ショウ", "Sho"), ("恵理子", "エリコ", "Eriko"),
       ("康平", "コウヘイ", "Kohei"), ("奈々", "ナナ", "Nana"), ("誠", "マコト", "Makoto"),
       ("沙織", "サオリ", "Saori"), ("亮介", "リョウスケ", "Ryosuke"), ("麻衣", "マイ", "Mai"),
       ("隆之", "タカユキ", "Takayuki"), ("陽菜", "ヒナ", "Hina"), ("優斗", "ユウト", "Yuto"),
       ("志帆", "シホ", "Shiho"), ("剛", "ツヨシ", "Tsuyoshi"), ("智子", "トモコ", "Tomoko"),
       ("浩之", "ヒロユキ", "Hiroyuki"), ("葵", "アオイ", "Aoi"), ("悠真", "ユウマ", "Yuma"),
       ("里美", "サトミ", "Satomi")]
DEPTS = ["営業一部", "営業二部", "製造部 第一課", "品質保証部", "物流センター", "経理部", "総務部",
         "技術開発部", "購買部", "カスタマーサポート課", "生産管理部", "情報システム部"]
TITLES = ["部長", "課長", "課長代理", "係長", "主任", "", "", "", ""]
HOMES = [("154-0015", "東京都", "世田谷区", "桜新町二丁目"), ("211-0063", "神奈川県", "川崎市中原区", "小杉町三丁目"),
         ("330-0061", "埼玉県", "さいたま市浦和区", "常盤六丁目"), ("273-0005", "千葉県", "船橋市", "本町四丁目"),
         ("177-0045", "東京都", "練馬区", "石神井台一丁目"), ("223-0062", "神奈川県", "横浜市港北区", "日吉本町五丁目"),
         ("135-0061", "東京都", "江東区", "豊洲三丁目"), ("272-0021", "千葉県", "市川市", "八幡二丁目"),
         ("332-0034", "埼玉県", "川口市", "並木一丁目"), ("183-0056", "東京都", "府中市", "寿町二丁目"),
         ("252-0303", "神奈川県", "相模原市南区", "相模大野七丁目"), ("300-0815", "茨城県", "土浦市", "中高津三丁目")]

# the named characters of the cases below are never reused for generated people
_used_names: set[str] = {"長谷部直樹", "相馬由佳", "柘植康平", "宇佐美翔", "百瀬奈々", "三上誠", "金城陽菜",
                         "西條隆之", "桐谷彩花", "我妻健一", "水無瀬拓海", "古閑里美", "日下部葵",
                         "鬼塚健一", "比嘉誠", "真壁千尋", "丹羽剛", "一ノ瀬陽菜"}


def person(dob_from: int = 1962, dob_to: int = 2001) -> dict:
    while True:
        s, m = rng.choice(SEI), rng.choice(MEI)
        if s[0] + m[0] not in _used_names:
            _used_names.add(s[0] + m[0])
            break
    y = rng.randint(dob_from, dob_to)
    pre = rng.choice(["090", "080", "070"])
    home = rng.choice(HOMES)
    return {
        "sei": s[0], "mei": m[0], "name": f"{s[0]} {m[0]}", "kana": f"{s[1]} {m[1]}",
        "roma": f"{m[2]} {s[2]}", "sei_r": s[2], "mei_r": m[2],
        "emp": f"H{rng.randint(10000, 99999)}",
        "mobile": f"{pre}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        "ext": str(rng.randint(2000, 6999)),
        "email": f"{m[2].lower()}.{s[2].lower()}@hinode-sangyo.co.jp",
        "dob": (y, rng.randint(1, 12), rng.randint(1, 28)),
        "dept": rng.choice(DEPTS), "title": rng.choice(TITLES),
        "home": f"〒{home[0]} {home[1]}{home[2]}{home[3]}{rng.randint(1, 28)}番{rng.randint(1, 20)}号",
        "home_short": f"{home[1]}{home[2]}{home[3]}{rng.randint(1, 28)}-{rng.randint(1, 20)}",
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


def pad(s: str, width: int) -> str:
    """Pad to a display width, counting full-width characters as two columns."""
    w = sum(1 if ord(c) < 0x2000 or 0xFF61 <= ord(c) <= 0xFF9F else 2 for c in s)
    return s + " " * max(width - w, 1)


def iso(d: tuple[int, int, int]) -> str:
    return f"{d[0]}/{d[1]:02d}/{d[2]:02d}"


# -- the people who write and receive this mail --------------------------------------------

AIZAWA = "相沢 真理子 <m-aizawa@hinode-sangyo.co.jp>"
KUBOTA = "久保田 航 <w-kubota@hinode-sangyo.co.jp>"
SAIONJI = "西園寺 玲奈 <r-saionji@hinode-sangyo.co.jp>"
KATSUMATA = "勝又 徹 <t-katsumata@hinode-sangyo.co.jp>"
ASHIDA = "芦田 恵 <m-ashida@hinode-sangyo.co.jp>"
NOTO = "能登 浩二 <k-noto@hinode-sangyo.co.jp>"
MIYASAKA = "宮坂 紀子 <n-miyasaka@hinode-sangyo.co.jp>"
HOTLINE = "日の出産業 内部通報窓口 <hotline@hinode-sangyo.co.jp>"

SHIRAKAWA = "白川 修一 <shirakawa@shirakawa-law.jp>"
MIYAKE = "三宅 梓 <a.miyake@shirakawa-law.jp>"
HAMADA = "浜田 佳代 <hamada@shirakawa-law.jp>"
IWAKI = "岩城 聡 <s.iwaki@factline-research.co.jp>"
HORI = "堀 志保 <s.hori@factline-research.co.jp>"
NONOMURA = "野々村 和美 <nonomura@kokoro-care.jp>"
SAEKI = "佐伯 陽子 <y-saeki@learningbridge.co.jp>"
MORISHITA = "森下 拓 <t.morishita@tsubasa-system.jp>"
OKITA = "沖田 玲子 <okita@okita-sr.jp>"
ETO = "江藤 昌平 <s-eto@hikari-sonpo.co.jp>"
DOYLE = "Margaret Doyle <m.doyle@ethicsline-partners.com>"
IMAIZUMI = "今泉 敦 <imaizumi@hinode-logistics.co.jp>"

SIG_AIZAWA = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
法務・コンプライアンス部 内部通報窓口
課長　相沢 真理子（あいざわ まりこ）
〒103-0027 東京都中央区日本橋三丁目8番2号 日の出ビル7F
TEL 03-5201-4870（直通）　内線 4870
m-aizawa@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_KUBOTA = """
--
久保田 航 / Wataru Kubota
日の出産業株式会社 法務・コンプライアンス部
TEL: 03-5201-4872  FAX: 03-5201-4899
w-kubota@hinode-sangyo.co.jp"""

SIG_SAIONJI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　人事部 労務課
西園寺　玲奈（さいおんじ れな）
TEL：03-5201-4731　FAX：03-5201-4739
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_KATSUMATA = """
日の出産業株式会社
執行役員 人事部長　勝又 徹
〒103-0027 東京都中央区日本橋3-8-2
TEL 03-5201-4700"""

SIG_MIYASAKA = """
------------------------------------------
日の出産業株式会社 人事部 人材開発課
宮坂 紀子 Noriko Miyasaka
TEL 03-5201-4745 / 内線 4745
------------------------------------------"""

SIG_ASHIDA = """
日の出産業（株）経理部　芦田
TEL 03-5201-4620"""

SIG_NOTO = """
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/
日の出産業株式会社 総務部 総務課
能登 浩二
TEL 03-5201-4600 / FAX 03-5201-4609
_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/_/"""

SIG_HOTLINE = """
――――――――――――――――――――――
日の出産業株式会社 内部通報窓口（法務・コンプライアンス部）
専用ダイヤル 0120-415-870（平日 9:00〜18:00）
hotline@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_EN = """
Mariko Aizawa
Manager, Whistleblowing Office
Legal & Compliance Department
Hinode Sangyo Co., Ltd.
3-8-2 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-4870"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""


# ==========================================================================================
# messages
# ==========================================================================================

# 001 ------------------------------------------------------------------------------------
_p = people(6)
_rows = "\n".join(
    f" {i + 1:<3} {pad(p['name'], 14)}{pad(p['dept'], 16)}{p['emp']:<9}{p['mobile']}"
    for i, p in enumerate(_p))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "six interviewees with mobile numbers in a padded table to the external investigator",
    sender=AIZAWA, to=[IWAKI], cc=[HORI], charset="iso-2022-jp",
    subject="【HS-2024-017】ヒアリング対象者および日程のご連絡",
    body=f"""岩城様
（cc: 堀様）

いつもお世話になっております。日の出産業の相沢です。

先日ご依頼いたしました物流センターにおけるパワーハラスメント申告の件
（当社管理番号 HS-2024-017）につき、ヒアリング対象者が確定しましたのでご連絡いたします。
各人には本日付で、所属長を通さず個別に連絡済みです。日程調整は直接携帯にお電話いただいて
差し支えありません。

 No. 氏名          所属            社員番号 携帯
 --- ------------- --------------- -------- -------------
{_rows}

※ 2番・3番は夜勤シフトのため、午後2時以降の連絡を希望しています。
※ 6番の方は申告者本人です。ヒアリングは最後にお願いいたします。

会議室は本社7階の小会議室Bを10月21日〜23日で押さえております。
よろしくお願いいたします。
{SIG_AIZAWA}
""")

# 002 ------------------------------------------------------------------------------------
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], [],
    "intake form with the reporter's diagnosis, but every recipient is internal",
    sender=HOTLINE, to=[AIZAWA, KUBOTA], charset="cp932",
    subject="[通報受付] HS-2024-021 受付票（電話受付分）",
    body="""相沢課長、久保田さん

専用ダイヤルで受け付けた通報について、受付票を共有します。

■受付日時　　2024年10月3日（木）18:42〜19:20
■受付方法　　専用ダイヤル（受付者：久保田）
■通報者　　　一ノ瀬 遥（イチノセ ハルカ）　技術開発部 第二課
■連絡先　　　080-6613-2087（私用携帯・平日19時以降を希望）
■被申告者　　鬼塚 賢治　技術開発部 第二課 課長
■通報内容
　・本年7月頃から、課の定例会議で繰り返し「使えない」「辞めてしまえ」等の発言を受けている。
　・9月12日、設計レビューの場で資料を床に投げつけられ、他の課員の前で1時間近く叱責された。
　・9月中旬から不眠が続き、9月27日に心療内科を受診、「適応障害」と診断された。
　　診断書は後日提出する。
■通報者の希望
　・通報者が特定されないよう配慮してほしい
　・鬼塚課長の下から異動したい
■匿名希望　　なし（実名可。ただし被申告者への開示は不可）

次回窓口会議で調査体制をご相談させてください。
""" + SIG_HOTLINE)

# 003 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named reporter's diagnosis (適応障害) and leave, sent to the external law firm",
    sender=KUBOTA, to=[MIYAKE], cc=[SHIRAKAWA], charset="utf-8",
    subject="HS-2024-021 申告者の休業と被申告者の処遇について（ご相談）",
    body=f"""白川法律事務所
三宅先生
（cc: 白川先生）

お世話になっております。日の出産業 法務・コンプライアンス部の久保田でございます。

先週ご相談した技術開発部の件（HS-2024-021）で、本日、申告者の一ノ瀬から診断書の提出がありました。
傷病名は「適応障害」、「2024年10月15日から3か月間の休業加療を要する」との記載です。
本人は休職を希望しており、人事部とも調整を始めています。

つきましては、以下の3点についてご意見をいただけますでしょうか。

1. 休業期間中に一ノ瀬本人へのヒアリングを行ってよいか（主治医の意見を取るべきか）
2. 被申告者の鬼塚課長について、調査終了まで自宅待機とすることの可否
3. 一ノ瀬の休職が、後に不利益取扱いと主張されないための留意点

お忙しいところ恐縮ですが、今週中にお電話でも結構ですのでご教示いただけますと幸いです。
{SIG_KUBOTA}
""")

# 004 ------------------------------------------------------------------------------------
add("pass", [], ["multiple_external_domains"],
    "three-way kickoff scheduling with the law firm and the investigator: two external organisations, no personal data",
    sender=AIZAWA, to=[SHIRAKAWA, IWAKI], charset="iso-2022-jp",
    subject="HS-2024-021 調査キックオフ打合せ日程のご相談",
    body=f"""白川先生
株式会社ファクトライン 岩城様

お世話になっております。日の出産業の相沢です。

技術開発部の件につきまして、調査のキックオフ打合せを下記いずれかで
お願いできればと存じます。ご都合のよい候補を返信いただけますでしょうか。

　候補1：10月17日（木）15:00〜16:30
　候補2：10月18日（金）10:00〜11:30
　候補3：10月21日（月）13:30〜15:00

場所：当社本社7階 第3会議室（Teams併用可）
議題：調査範囲、ヒアリング対象者の選定方針、スケジュール、報告書の体裁

資料は前日までにお送りします。
{SIG_AIZAWA}
""")

# 005 ------------------------------------------------------------------------------------
_p = people(24)
_sheet = [["2024年度下期 管理職向けハラスメント防止研修 受講者名簿"], [],
          ["No", "氏名", "フリガナ", "所属", "役職", "メールアドレス", "受講回"]]
for i, p in enumerate(_p):
    _sheet.append([i + 1, p["name"], p["kana"], p["dept"], p["title"] or "課長代理",
                   p["email"], f"第{i % 3 + 1}回"])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
    "24 managers with e-mail addresses in an XLSX attendee roster to the training vendor",
    sender=MIYASAKA, to=[SAEKI], charset="utf-8",
    subject="管理職向けハラスメント防止研修 受講者名簿の送付",
    body=f"""株式会社ラーニングブリッジ
佐伯様

いつもお世話になっております。日の出産業の宮坂です。

11月開催の管理職向けハラスメント防止研修（全3回）の受講者名簿をお送りします。
事前課題の配信にご利用ください。受講回の振り分けは「受講者一覧」シートのとおりです。
欠席者が出た場合は追ってご連絡いたします。

どうぞよろしくお願いいたします。
{SIG_MIYASAKA}
""",
    attachments=[{"kind": "xlsx", "name": "受講者名簿_2024下期.xlsx", "sheets": {
        "受講者一覧": _sheet,
        "日程": [["回", "日付", "時間", "会場"],
                 ["第1回", "2024/11/07", "13:30-17:00", "本社 大会議室"],
                 ["第2回", "2024/11/14", "13:30-17:00", "本社 大会議室"],
                 ["第3回", "2024/11/28", "13:30-17:00", "大阪支店 研修室"]]}}])

# 006 ------------------------------------------------------------------------------------
add("pass", [], [],
    "reply to the law firm: the diagnosis appears only in the quoted text of their own mail",
    sender=AIZAWA, to=[MIYAKE], charset="iso-2022-jp",
    subject="Re: 【白川法律事務所】HS-2024-021 ご相談への回答",
    body=f"""三宅先生

早速のご回答ありがとうございます。
ご指摘の点、承知いたしました。ヒアリングは主治医の意見を確認してから日程を組み直します。
鬼塚課長の自宅待機については、来週の人事部長決裁で進める予定です。

引き続きよろしくお願いいたします。

相沢

> 日の出産業株式会社
> 相沢様
>
> お世話になっております。白川法律事務所の三宅です。
> 一ノ瀬様の診断書（適応障害、3か月の休業加療）を前提にしますと、休業中のヒアリングは
> 主治医の意見を確認のうえ、本人の同意がある場合に限り、短時間・オンラインで実施する
> のが相当と考えます。
> 鬼塚氏の自宅待機は、就業規則第58条に基づく業務命令として可能です。ただし賃金は
> 全額支給としてください。
>
> 三宅 梓
> 白川法律事務所 弁護士
""")

# 007 ------------------------------------------------------------------------------------
add("stop", [], ["unscannable_attachment"],
    "password-protected ZIP of investigation material to the law firm (PPAP)",
    sender=KUBOTA, to=[SHIRAKAWA], charset="iso-2022-jp",
    subject="HS-2024-017 調査資料一式（パスワード別送）",
    body=f"""白川先生

お世話になっております。久保田です。
物流センターの件、これまでのヒアリング記録と時系列表を一式お送りします。
添付ZIPファイルのパスワードは、別メールにてお知らせいたします。

ご確認のほどよろしくお願いいたします。
{SIG_KUBOTA}
""",
    attachments=[{"kind": "zip", "name": "HS-2024-017_調査資料.zip", "password": "kT7#vQ2m-HS17",
                  "files": [
                      {"kind": "docx", "name": "ヒアリング記録_第1回.docx",
                       "paragraphs": ["ヒアリング記録", "対象者：長谷部 直樹", "日時：2024年10月21日"]},
                      {"kind": "xlsx", "name": "時系列表.xlsx",
                       "sheets": {"時系列": [["日付", "出来事"], ["2024/08/02", "倉庫内での叱責"]]}}]}])

# 008 ------------------------------------------------------------------------------------
add("pass", [], [],
    "the separate password mail: no attachment, no personal data",
    sender=KUBOTA, to=[SHIRAKAWA], charset="iso-2022-jp",
    subject="HS-2024-017 調査資料一式（パスワードのお知らせ）",
    body="""白川先生

先ほどお送りしたファイルのパスワードをお知らせします。

　kT7#vQ2m-HS17

よろしくお願いいたします。
久保田
""")

# 009 ------------------------------------------------------------------------------------
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "seminar invitation with four partner companies' compliance officers visible in To/Cc",
    sender=AIZAWA,
    to=["コンプライアンス推進室 早川様 <hayakawa@kawasaki-denki.co.jp>",
        "総務部 井筒様 <izutsu-m@aoba-unyu.co.jp>",
        "法務課 楠本様 <kusumoto@kitaguni-foods.co.jp>"],
    cc=["総務部 稲垣様 <inagaki@nishiki-insatsu.co.jp>"], charset="utf-8",
    subject="【ご案内】取引先合同 ハラスメント防止・公益通報制度セミナー（11/20）",
    body=f"""お取引先各位

平素より大変お世話になっております。
日の出産業株式会社 法務・コンプライアンス部の相沢でございます。

昨年好評をいただきました取引先合同セミナーを、本年も下記のとおり開催いたします。
カスタマーハラスメント対策と、改正公益通報者保護法への実務対応を中心に、
白川法律事務所の白川修一弁護士にご講演いただきます。

　日時：2024年11月20日（水）14:00〜16:30
　会場：日の出ビル 2階 ホール（オンライン同時配信あり）
　定員：会場40名／オンライン100名
　参加費：無料

お申込みは11月8日（金）までに、本メールへのご返信にてお知らせください。
各社2名様までご参加いただけます。
{SIG_AIZAWA}
""")

# 010 ------------------------------------------------------------------------------------
add("pass", [], [],
    "half-year hotline statistics (counts by category and route): anonymised, no people",
    sender=KUBOTA, to=[SHIRAKAWA], cc=[AIZAWA], charset="cp932",
    subject="2024年度上期 内部通報受付状況のご報告（定例）",
    body=f"""白川先生

いつもお世話になっております。久保田です。
定例のご報告として、2024年度上期（4月〜9月）の受付状況をお送りします。

【区分別】
  区分                    件数   前年同期   うち調査中
  ----------------------  -----  ---------  ----------
  パワーハラスメント         14         11           5
  セクシュアルハラスメント    4          3           1
  マタニティ・育児関連        1          0           0
  不正会計・経費              2          4           0
  労働時間・安全衛生          6          5           2
  その他                      3          2           1
  ----------------------  -----  ---------  ----------
  合計                       30         25           9

【受付経路別】 社内窓口 19件／外部窓口（貴事務所） 8件／その他（上長経由等） 3件
【匿名/顕名】 匿名 11件（37%）／顕名 19件

処分に至った案件は3件（けん責2件、降格1件）です。
詳細は来月の定例会でご説明いたします。
{SIG_KUBOTA}
""")

# 011 ------------------------------------------------------------------------------------
add("stop", [], ["lookalike_domain"],
    "law firm address typed as shirakawa-law.co.jp (an added co.): look-alike of the partner domain",
    sender=AIZAWA, to=["三宅 梓 <a.miyake@shirakawa-law.co.jp>"], charset="iso-2022-jp",
    subject="次回打合せ（10/24）の資料について",
    body=f"""三宅先生

お世話になっております。日の出産業の相沢です。
10月24日の打合せでは、HS-2024-021 の調査計画案と、ヒアリング質問項目の素案を
ご確認いただく予定です。資料は前日午前中にお送りします。

当日は人事部長の勝又も同席いたします。
{SIG_AIZAWA}
""")

# 012 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named employee's arrest (盗撮容疑) sent to the law firm: criminal/arrest information",
    sender=KATSUMATA, to=[SHIRAKAWA], cc=[AIZAWA], charset="cp932",
    subject="【至急ご相談】当社社員の逮捕について",
    body=f"""白川先生

夜分に失礼いたします。日の出産業の勝又です。
取り急ぎご相談させてください。

当社営業二部の早乙女 亮介（36歳）が、昨夜、JR駅構内でのスマートフォンによる盗撮
（迷惑防止条例違反）の容疑で現行犯逮捕されたと、本日午前に家族から連絡がありました。
現在も警察署に勾留中とのことです。

同人については、本年6月に同部の女性社員からセクハラの申告（HS-2024-012）があり、
調査中でした。

・本人との接見や事実確認をどのように進めるべきか
・懲戒処分（懲戒解雇を含む）の検討時期
・報道があった場合の対応

以上について、明日お時間をいただけないでしょうか。
{SIG_KATSUMATA}
""")

# 013 ------------------------------------------------------------------------------------
add("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "maternity harassment: a named employee's pregnancy to the law firm; pregnancy is not in APPI's list but is health data in practice",
    sender=SAIONJI, to=[MIYAKE], charset="utf-8",
    subject="マタニティハラスメント申告の件（HS-2024-025）",
    body=f"""三宅先生

いつもお世話になっております。人事部労務課の西園寺です。
新たにマタハラの申告がありましたので、対応方針についてご相談させてください。

申告者は品質保証部の百瀬 奈々さんです。
現在妊娠7か月で、来年2月から産前産後休業、その後1年間の育児休業を予定しています。
9月の面談で上司の野々宮課長から
「産休明けに今のポジションがあると思わないでほしい」
「育休を取るなら主任は降りてもらう」
と言われたとのことです。野々宮課長は事実関係を一部認めています。

均等法9条・育介法10条との関係で、当社として取るべき措置（降格の撤回は既に決定済み）と、
野々宮課長への処分の相場感を伺えれば幸いです。
{SIG_SAIONJI}
""")

# 014 ------------------------------------------------------------------------------------
_mn1, _mn2 = my_number(SEED + 1), my_number(SEED + 2)
add("pass", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], [],
    "two freelance investigators' My Numbers and addresses, but sent only inside the company",
    sender=ASHIDA, to=[SAIONJI], charset="iso-2022-jp",
    subject="外部調査員（個人）報酬の支払調書用 個人番号の件",
    body=f"""西園寺さん

経理の芦田です。お疲れさまです。
個人で契約している調査員お二人の個人番号、本人確認書類の写しと照合が済みました。
支払調書の作成用に、台帳へ転記をお願いします。

　比嘉 誠　　個人番号 {_mn1}
　　　　　　〒901-2102 沖縄県浦添市前田二丁目14番7号
　真壁 千尋　個人番号 {_mn2}
　　　　　　〒166-0003 東京都杉並区高円寺南五丁目3番21-402

原本（写し）は経理部の施錠キャビネットで保管しています。
{SIG_ASHIDA}
""")

# 015 ------------------------------------------------------------------------------------
add("stop", ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
    "CSV with two payees' My Numbers sent to the outside tax accountant",
    sender=ASHIDA, to=["小林 祐介 <y-kobayashi@minato-kaikei.jp>"], charset="cp932",
    subject="報酬、料金、契約金及び賞金の支払調書 作成資料（2024年分 追加2件）",
    body=f"""税理士法人みなと会計
小林様

いつもお世話になっております。日の出産業 経理部の芦田です。
2024年分の支払調書につき、調査業務を委託した個人2名分の資料を追加でお送りします。
源泉徴収税額は支払時に控除済みです。

よろしくお願いいたします。
{SIG_ASHIDA}
""",
    attachments=[{"kind": "csv", "name": "支払調書_追加分_2024.csv", "encoding": "cp932", "rows": [
        ["区分", "氏名", "住所", "個人番号", "支払金額", "源泉徴収税額", "摘要"],
        ["報酬", "比嘉 誠", "沖縄県浦添市前田2-14-7", _mn1, "880000", "89848", "社内調査業務"],
        ["報酬", "真壁 千尋", "東京都杉並区高円寺南5-3-21-402", _mn2, "495000", "50539", "ヒアリング立会"]]}])

# 016 ------------------------------------------------------------------------------------
_cc16 = card_number(SEED + 1)
_cc16s = " ".join(_cc16[i:i + 4] for i in range(0, 16, 4))
add("stop", ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
    "a corporate card number with expiry and holder name in the body to a seminar company",
    sender=MIYASAKA, to=["HRアカデミー セミナー事務局 <seminar@hr-academy.jp>"], charset="utf-8",
    subject="公開講座「ハラスメント相談対応・調査実務」申込（2名）",
    body=f"""HRアカデミー セミナー事務局 御中

お世話になります。日の出産業株式会社 人事部の宮坂と申します。
12月5日開催の公開講座につき、下記2名で申し込みます。

受講者：
　相沢 真理子（法務・コンプライアンス部 課長）
　久保田 航（法務・コンプライアンス部 主任）

お支払いはWebフォームがエラーになってしまったため、こちらでお伝えします。
　カード番号：{_cc16s}
　有効期限：08/27
　名義：NORIKO MIYASAKA

領収書の宛名は「日の出産業株式会社」でお願いいたします。
{SIG_MIYASAKA}
""")

# 017 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "kana name, 和暦 birth date, full-width mobile and a PTSD diagnosis of one employee to the EAP",
    sender=SAIONJI, to=[NONOMURA], charset="iso-2022-jp",
    subject="カウンセリングのご予約依頼（当社社員1名）",
    body=f"""株式会社ココロケア
野々村様

お世話になっております。日の出産業 人事部労務課の西園寺です。
EAP契約に基づき、社員1名のカウンセリングをお願いしたくご連絡いたしました。

ヤマモト ユイさん（{wareki(1997, 5, 14, 'fw')}生まれ）、営業一部の社員です。
社内のセクハラ事案の被害者で、先月から心療内科に通院しており、PTSDとの診断を受けて
現在服薬中です。本人は女性のカウンセラーを希望しています。
平日の夕方であれば対応可能とのことです。
ご連絡は本人の携帯 {fw('090-3348-7152')} へ直接お願いします（本人了承済み）。

どうぞよろしくお願いいたします。
{SIG_SAIONJI}
""")

# 018 ------------------------------------------------------------------------------------
add("pass", [], ["freemail_recipient"],
    "receipt acknowledgement to an anonymous reporter's free-mail address: no personal data",
    sender=HOTLINE, to=["hinode.tsuho2024@gmail.com"], charset="iso-2022-jp",
    subject="【受付番号 HS-2024-031】ご通報を受け付けました",
    body=f"""ご通報者様

日の出産業株式会社 内部通報窓口です。
10月8日にお寄せいただいたご通報を、受付番号 HS-2024-031 として受け付けました。

・ご通報者が特定される情報は、ご本人の同意なく調査関係者に開示しません。
・ご通報を理由とする解雇、降格、配置転換その他の不利益な取扱いは、社内規程および
　公益通報者保護法により禁止されています。
・調査に着手するかどうかは、原則として20日以内にこのアドレス宛にお知らせします。

追加の情報がございましたら、本メールにご返信ください。
{SIG_HOTLINE}
""")

# 019 ------------------------------------------------------------------------------------
_p = people(6, dob_from=1965, dob_to=1992)
_kinds = ["パワハラ（暴言）", "セクハラ（身体接触）", "パワハラ（過大な要求）", "セクハラ（不適切な発言）",
          "パワハラ（人格否定）", "パワハラ（威圧的言動）"]
_acts = ["けん責", "減給（1回・平均賃金の半日分）", "降格", "出勤停止5日", "けん責", "諭旨解雇"]
_tr = "\n".join(
    f"<tr><td>2024/{rng.randint(4, 9):02d}/{rng.randint(1, 28):02d}</td><td>{p['name']}</td>"
    f"<td>{p['emp']}</td><td>{iso(p['dob'])}</td><td>{p['dept']}</td><td>{k}</td><td>{a}</td></tr>"
    for p, k, a in zip(_p, _kinds, _acts))
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "HTML-only table of six disciplined employees with birth dates to the group company's HR (an external domain)",
    sender=KATSUMATA, to=[IMAIZUMI], charset="utf-8",
    subject="グループ懲戒処分実績（ハラスメント関連）の共有",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>日の出ロジスティクス株式会社<br>人事部 今泉様</p>
<p>お世話になっております。日の出産業の勝又です。<br>
先日の人事担当者会議でお話しした、当社の2024年度上期のハラスメント関連懲戒処分の実績です。
貴社の処分基準の見直しの参考にしてください。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>処分日</th><th>氏名</th><th>社員番号</th><th>生年月日</th><th>所属</th><th>事案区分</th><th>処分</th></tr>
{_tr}
</table>
<p>なお、6件目は本人から異議申立てがあり、現在も協議中です。</p>
<p>日の出産業株式会社<br>執行役員 人事部長　勝又 徹<br>TEL 03-5201-4700</p>
</body></html>""")

# 020 ------------------------------------------------------------------------------------
add("pass", [], [],
    "password ZIP of interview transcripts, but all recipients are internal (incl. a mail. subdomain)",
    sender=KUBOTA, to=[AIZAWA, "法務共有 <legal-share@mail.hinode-sangyo.co.jp>"], charset="utf-8",
    subject="HS-2024-019 ヒアリング録音反訳（PW付）",
    body="""相沢さん

HS-2024-019 のヒアリング3回分の反訳が業者から戻ってきましたので、共有フォルダ用にも送ります。
パスワードはいつもの案件用ルールです（管理番号＋受付月）。

久保田
""",
    attachments=[{"kind": "zip", "name": "HS-2024-019_反訳.zip", "password": "HS2024019-07",
                  "files": [{"kind": "txt", "name": "反訳_1.txt", "text": "（反訳本文）"}]}])

# 021 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME"], ["confidential_marking", "personal_data"],
    "draft investigation report stamped 極秘 in the DOCX header, sent to the law firm",
    sender=AIZAWA, to=[SHIRAKAWA], cc=[MIYAKE], charset="iso-2022-jp",
    subject="HS-2024-017 調査報告書（ドラフト v0.3）",
    body=f"""白川先生、三宅先生

お世話になっております。相沢です。
物流センターの件、調査報告書のドラフト（v0.3）をお送りします。
「4. 認定事実」の書きぶりと、「6. 再発防止策」の妥当性についてご意見をいただけますと幸いです。

{SIG_AIZAWA}
""",
    attachments=[{"kind": "docx", "name": "HS-2024-017_調査報告書_v0.3.docx",
                  "title": "調査報告書（ドラフト）", "page_header": "極秘　取締役会・監査役限り",
                  "paragraphs": [
                      "調査報告書（ドラフト v0.3）",
                      "1. 事案の概要",
                      "被申告者：物流センター 第2倉庫 主任　長谷部 直樹（社員番号 H58213、入社2009年）",
                      "申告者：同倉庫 契約社員 1名（本人の希望により報告書では「申告者」と表記する）",
                      "2. 調査の経過　2024年10月21日から23日にかけて、関係者6名にヒアリングを実施した。",
                      "3. 申告内容　被申告者が、フォークリフト作業中のミスを理由に、申告者に対し"
                      "「次やったら辞めてもらう」等と怒鳴り、始末書を3日連続で書かせた。",
                      "4. 認定事実　上記のうち、怒鳴った事実及び始末書の件は複数の証言により認定できる。",
                      "5. 評価　業務上必要かつ相当な範囲を超えた言動であり、パワーハラスメントに該当する。",
                      "6. 再発防止策　倉庫主任層への研修、始末書運用の見直し。"]}])

# 022 ------------------------------------------------------------------------------------
add("pass", [], [],
    "mail about an NDA with the investigator; the draft's clauses mention 機密情報 but it carries no marking",
    sender=KUBOTA, to=[IWAKI], charset="utf-8",
    subject="秘密保持契約書（調査業務委託）ドラフトの送付",
    body=f"""株式会社ファクトライン
岩城様

お世話になっております。日の出産業の久保田です。
調査業務委託に先立ち締結をお願いしている秘密保持契約書のドラフトをお送りします。
当社の標準様式から、第5条（返還・廃棄）と第8条（有効期間）を調査業務向けに修正しています。

修正のご希望があれば、変更履歴でお戻しください。
{SIG_KUBOTA}
{DISC_JA}
""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_ファクトライン_draft.docx",
                  "title": "秘密保持契約書",
                  "paragraphs": [
                      "秘密保持契約書",
                      "日の出産業株式会社（以下「甲」という。）と株式会社ファクトライン（以下「乙」という。）は、"
                      "甲が乙に委託する社内調査業務に関し、次のとおり契約を締結する。",
                      "第1条（機密情報の定義）本契約において機密情報とは、甲が乙に開示する一切の情報であって、"
                      "開示の際に秘密である旨を明示したもの、及び調査の過程で乙が知り得た個人に関する情報をいう。",
                      "第2条（秘密保持）乙は、機密情報を善良な管理者の注意をもって管理し、第三者に開示してはならない。",
                      "第5条（返還・廃棄）乙は、業務終了後30日以内に機密情報を返還又は廃棄し、その旨を書面で報告する。",
                      "第8条（有効期間）本契約の有効期間は締結日から3年間とする。"]}])

# 023 ------------------------------------------------------------------------------------
add("stop", [], ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "three former employees on private free-mail addresses visible to each other in To",
    sender=AIZAWA,
    to=["宇佐美 智子 <tomoko.usami1985@gmail.com>", "kiritani-h@yahoo.co.jp",
        "Daisuke Wagatsuma <d.wagatsuma@icloud.com>"], charset="iso-2022-jp",
    subject="ヒアリングへのご協力のお願い（日の出産業 法務・コンプライアンス部）",
    body=f"""突然のご連絡失礼いたします。
日の出産業株式会社 法務・コンプライアンス部の相沢と申します。

在職中に物流センターでご勤務されていた皆様に、当時の職場環境について
お話を伺いたく、ご連絡いたしました。30分程度、オンラインまたはお電話で結構です。
謝礼として些少ですがクオカードをお送りいたします。

ご協力いただける場合は、ご都合のよい日時を本メールにご返信ください。
お伺いした内容は調査の目的以外には使用いたしません。
{SIG_AIZAWA}
""")

# 024 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "English update to an overseas ethics consultant naming the victim's hospitalisation for depression",
    sender=KATSUMATA, to=[DOYLE], charset="utf-8",
    subject="Case HS-2024-021 - status update",
    body=f"""Dear Margaret,

Thank you for your call last week. Here is a short update on case HS-2024-021
(R&D department, Tokyo head office).

- The reporter, Ms. Haruka Ichinose (R&D, Section 2), was admitted to a psychiatric ward
  on 22 October with major depressive disorder. Her doctor expects a stay of about six weeks.
- The accused manager, Mr. Kenji Onizuka, has been placed on paid home leave since
  18 October pending the investigation.
- Our outside counsel (Shirakawa Law Office) will finish the interviews by mid-November.

We would appreciate your view on whether the case should be reported to the audit committee
of the parent board before the investigation is complete.

Best regards,
Toru Katsumata
Executive Officer, Human Resources
Hinode Sangyo Co., Ltd.
{DISC_EN}
""")

# 025 ------------------------------------------------------------------------------------
add("pass", [], [],
    "list of company sites with office addresses and switchboard numbers: businesses, not people",
    sender=MIYASAKA, to=[SAEKI], charset="cp932",
    subject="研修実施拠点と会場のご案内",
    body=f"""佐伯様

お世話になっております。宮坂です。
来年度の全社員向けハラスメント研修（巡回型）の実施拠点をお知らせします。
講師の方の移動手配のご参考にしてください。

・本社　　　　〒103-0027 東京都中央区日本橋3-8-2 日の出ビル　　 TEL 03-5201-4500（代表）
・大阪支店　　〒541-0053 大阪府大阪市中央区本町2-5-11　　　　　TEL 06-6263-8800（代表）
・名古屋支店　〒460-0003 愛知県名古屋市中区錦1-17-6　　　　　　TEL 052-232-6100（代表）
・福岡営業所　〒812-0011 福岡県福岡市博多区博多駅前3-9-5　　　 TEL 092-481-3300
・仙台営業所　〒980-0811 宮城県仙台市青葉区一番町2-4-8　　　　 TEL 022-262-7710
・川崎工場　　〒210-0858 神奈川県川崎市川崎区大川町11-3　　　　TEL 044-322-5100
・物流センター〒270-0237 千葉県野田市中里1515-2　　　　　　　　TEL 04-7198-2210

各拠点とも研修室（30〜60名）があります。プロジェクターは本社・大阪のみ常設です。
{SIG_MIYASAKA}
""")

# 026 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named reporter's disability (精神障害者保健福祉手帳, ASD) sent to the external investigator",
    sender=KUBOTA, to=[IWAKI], charset="utf-8",
    subject="HS-2024-028 ヒアリング時のご配慮のお願い",
    body=f"""岩城様

お世話になっております。久保田です。
来週予定しているHS-2024-028のヒアリングについて、事前にお伝えしておきたいことがあります。

申告者の宇佐美 翔さん（カスタマーサポート課）は、精神障害者保健福祉手帳（2級）を
お持ちで、障害者雇用枠で2021年に入社されています。自閉スペクトラム症の特性があり、
・質問は一つずつ、具体的にしていただく
・長時間の場合は30分ごとに休憩を入れる
・ジョブコーチの同席を認める
といった配慮をお願いできればと思います。

申告内容は、上司が本人の特性をからかう発言を朝礼で繰り返している、というものです。
{SIG_KUBOTA}
""")

# 027 ------------------------------------------------------------------------------------
_depts = [("営業部門", 212, 78.3, 12.1), ("製造部門", 348, 71.0, 16.4), ("物流部門", 156, 64.7, 21.8),
          ("管理部門", 131, 85.5, 6.9), ("技術開発部門", 97, 80.4, 13.4)]
_txt = "\n".join(f"  {d:<10} n={n:<4} 理解している {a:.1f}%  見聞きした {b:.1f}%" for d, n, a, b in _depts)
_htm = "".join(f"<tr><td>{d}</td><td align=right>{n}</td><td align=right>{a:.1f}%</td>"
               f"<td align=right>{b:.1f}%</td></tr>" for d, n, a, b in _depts)
add("pass", [], [],
    "survey results as percentages by department (n over 90 each): anonymised statistics",
    sender=AIZAWA, to=[MORISHITA], charset="utf-8",
    subject="ハラスメント実態調査 速報値の確認",
    body=f"""森下様

お世話になっております。相沢です。
速報値ありがとうございました。部門別の数値を以下のとおり理解しておりますが、相違ないでしょうか。

{_txt}

「見聞きした」は設問Q7で「この1年間に職場でハラスメントを見聞きした」と回答した割合です。
最終報告では、回答が10名未満となる課単位の集計は表示しない設定でお願いします。
{SIG_AIZAWA}
""",
    html=f"""<html><body><p>森下様</p><p>お世話になっております。相沢です。<br>
速報値ありがとうございました。部門別の数値を以下のとおり理解しておりますが、相違ないでしょうか。</p>
<table border=1 cellpadding=3><tr><th>部門</th><th>回答数</th><th>理解している</th><th>見聞きした</th></tr>
{_htm}</table>
<p>最終報告では、回答が10名未満となる課単位の集計は表示しない設定でお願いします。</p>
<pre>{SIG_AIZAWA}</pre></body></html>""")

# 028 ------------------------------------------------------------------------------------
add("stop", [], ["unscannable_attachment"],
    "the XLSX attached to the survey vendor is corrupt and cannot be read",
    sender=KUBOTA, to=[MORISHITA], charset="iso-2022-jp",
    subject="Re: 回答者属性マスタの再送",
    body=f"""森下様

失礼いたしました。先ほどのファイルが開けないとのことで、保存し直したものを再送します。
これでも開けない場合はお電話ください。

久保田

-----Original Message-----
From: 森下 拓 <t.morishita@tsubasa-system.jp>
Sent: Wednesday, October 16, 2024 11:02 AM
Subject: 回答者属性マスタの再送

久保田様
頂戴したファイルが破損しているようで、開くことができませんでした。
お手数ですが再送をお願いできますでしょうか。
""",
    attachments=[{"kind": "corrupt", "name": "回答者属性マスタ_v2.xlsx"}])

# 029 ------------------------------------------------------------------------------------
_p = people(40)
_rows = [["社員番号", "氏名", "メールアドレス", "生年月日", "所属"]]
for p in _p:
    _rows.append([p["emp"], p["name"], p["email"], iso(p["dob"]), p["dept"]])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"], ["personal_data"],
    "CSV of 40 employees with e-mail and birth date to the survey platform vendor",
    sender=KUBOTA, to=[MORISHITA], charset="utf-8",
    subject="従業員意識調査 配信対象者リスト（本社・第1便）",
    body=f"""ツバサシステム
森下様

お世話になっております。日の出産業の久保田です。
従業員意識調査（ハラスメント・コンプライアンス）の配信対象者リストのうち、
本社分の第1便をお送りします。年代別集計のため生年月日を含めています。
工場・支店分は来週お送りします。
{SIG_KUBOTA}
""",
    attachments=[{"kind": "csv", "name": "配信対象者_本社_01.csv", "encoding": "utf-8", "rows": _rows}])

# 030 ------------------------------------------------------------------------------------
add("pass", ["PERSON_NAME"], [],
    "disciplinary committee minutes marked 極秘, but addressed only to internal recipients",
    sender=KATSUMATA, to=[AIZAWA, "懲戒委員会 <chokai-iinkai@hinode-sangyo.co.jp>"], charset="cp932",
    subject="【極秘】第3回懲戒委員会 議事録（案）",
    body="""委員各位

第3回懲戒委員会の議事録（案）です。修正があれば金曜までにご連絡ください。

【極秘】取扱：委員限り
日時：2024年10月29日（火）16:00〜17:40
出席：勝又（委員長）、相沢、大庭、丹羽、江口（オブザーバー：白川弁護士）

1. 長谷部 直樹（物流センター 主任、社員番号 H58213）
   調査報告書に基づき審議。パワーハラスメントの事実を認定。
   処分：降格（主任→一般職）、および減給1回。本人弁明書は10/25受領済み。
2. 柘植 康平（製造部第一課 主任）
   けん責とする方向で概ね一致。次回、弁明の機会を付与した後に決定。

以上
""" + SIG_KATSUMATA)

# 031 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named employee's religious belief at the heart of the complaint, sent to the investigator",
    sender=AIZAWA, to=[IWAKI], charset="iso-2022-jp",
    subject="HS-2024-030 通報内容の補足",
    body=f"""岩城様

お世話になっております。相沢です。
HS-2024-030について、申告者本人から補足がありましたのでお伝えします。

申告者の薬師寺 沙織さん（購買部）はキリスト教（プロテスタント）の信徒で、
毎週日曜は教会の礼拝に通っています。上司の御手洗課長が、日曜の棚卸し出勤を
断ったことをきっかけに、朝礼で「宗教にハマっている人は当てにならない」
「お祈りで在庫は減らない」などと発言するようになった、とのことです。

同席していた課員3名の氏名は、明日のお打合せでお伝えします。
{SIG_AIZAWA}
""")

# 032 ------------------------------------------------------------------------------------
add("pass", ["PERSON_NAME"], ["personal_data"],
    "first report of a power-harassment allegation to the law firm: names and roles, no health or other special-care data",
    sender=KUBOTA, to=[MIYAKE], charset="utf-8",
    subject="HS-2024-033 通報概要（第一報）",
    body=f"""三宅先生

お世話になっております。久保田です。
外部窓口経由ではなく社内窓口に入った案件ですが、念のため第一報を共有します。

　受付日　：2024年10月18日
　通報者　：匿名（メール）
　被申告者：柘植 康平（製造部 第一課 主任）
　対象者　：相馬 由佳（同課 一般職）ほか課員数名
　概要　　：ライン停止のたびに対象者を名指しで大声で叱責し、作業日報を床に投げる。
　　　　　　「給料泥棒」「お前がいると不良が増える」などの発言が複数回あったとのこと。

現時点では工場の総務課長経由で事実確認を始めたところです。
調査の進め方に問題があればご指摘ください。
{SIG_KUBOTA}
""")

# 033 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
    "meant for a colleague, but sent to hinode-sangyou.co.jp: a look-alike of the company's own domain",
    sender=KUBOTA, to=["西園寺 玲奈 <r-saionji@hinode-sangyou.co.jp>"], charset="iso-2022-jp",
    subject="通報者の連絡先（HS-2024-033）",
    body="""西園寺さん

お疲れさまです。久保田です。
HS-2024-033で、対象者の相馬 由佳さんが人事面談を希望しています。
社内の電話だと周りに聞かれるので、私用携帯（070-4418-9236）に
18時以降に連絡してほしいとのことです。対応をお願いできますか。

久保田
""")

# 034 ------------------------------------------------------------------------------------
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "law firm, investigator and insurer (three external organisations) visible in To/Cc",
    sender=AIZAWA, to=[SHIRAKAWA, IWAKI], cc=[ETO], charset="utf-8",
    subject="HS-2024-021 関係者打合せ（保険会社様ご同席）のご案内",
    body=f"""白川先生
ファクトライン 岩城様
ひかり損害保険 江藤様

お世話になっております。日の出産業の相沢です。

技術開発部の件につき、雇用慣行賠償責任保険の事故報告を行ったことから、
次回打合せには保険会社の江藤様にもご同席いただくことになりました。

　日時：11月6日（水）10:00〜11:00
　場所：当社本社7階 第3会議室

調査の進捗と、今後想定される請求への対応方針を議題とする予定です。
{SIG_AIZAWA}
""")

# 035 ------------------------------------------------------------------------------------
_p = people(6)
_q = "\n".join(f"  {d}  {p['name']}（{p['dept']}）  携帯 {p['mobile']}"
               for d, p in zip(["10/21 10:00", "10/21 13:30", "10/21 15:30", "10/22 10:00",
                                "10/22 14:00", "10/23 10:00"], _p))
add("pass", [], [],
    "short reply; the six interviewees' phones appear only in the investigator's own quoted mail",
    sender=AIZAWA, to=[IWAKI], charset="iso-2022-jp",
    subject="RE: 【ファクトライン】ヒアリング実施予定表",
    body=f"""岩城様

予定表のご確認ありがとうございます。この内容で確定とさせてください。
会議室の鍵は当日朝、7階受付でお受け取りください。

相沢

-----Original Message-----
From: 岩城 聡 <s.iwaki@factline-research.co.jp>
Sent: Friday, October 18, 2024 5:47 PM
To: 相沢 真理子 <m-aizawa@hinode-sangyo.co.jp>
Subject: 【ファクトライン】ヒアリング実施予定表

相沢様

各対象者と電話で調整し、以下のとおり日程が決まりました。

{_q}

ご確認をお願いいたします。

株式会社ファクトライン 調査部
岩城 聡
""")

# 036 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], ["personal_data"],
    "forward (new text to the recipient) of an employee's own mail describing her depression diagnosis and medication",
    sender=SAIONJI, to=[MIYAKE], charset="utf-8",
    subject="FW: ご相談（営業三課の件）",
    body=f"""三宅先生

お世話になっております。西園寺です。
本人の了解を得て、相談のメールをそのまま転送いたします。
ご一読のうえ、明日のお打合せでご助言いただければ幸いです。

---------- Forwarded message ---------
From: 金城 陽菜 <hina.kinjo@hinode-sangyo.co.jp>
Date: 2024年10月10日(木) 22:14
Subject: ご相談
To: 西園寺 玲奈 <r-saionji@hinode-sangyo.co.jp>

西園寺さん

夜分にすみません。営業三課の金城です。
春に課長が替わってから、毎日のように「数字が取れないなら来なくていい」と言われ、
夏ごろから眠れない日が続いていました。先月、心療内科を受診したところ「抑うつ状態」と
診断され、今は睡眠薬と抗うつ薬を飲みながら出社しています。

このまま今の課で働き続けるのは正直つらいです。
異動の相談をさせていただけないでしょうか。

金城 陽菜
営業三課
携帯 080-2257-6031
""")

# 037 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"], ["personal_data"],
    "clinic booking with an employee's health-insurance card symbol/number, birth date and symptoms",
    sender=SAIONJI, to=["日本橋メンタルクリニック 予約受付 <yoyaku@nihonbashi-mental.jp>"], charset="cp932",
    subject="初診予約のお願い（日の出産業 従業員）",
    body=f"""日本橋メンタルクリニック
予約ご担当者様

いつもお世話になっております。日の出産業株式会社 人事部の西園寺です。
当社産業医の紹介により、従業員1名の初診予約をお願いいたします。

　受診者　　：稲葉 麻衣（イナバ マイ）
　生年月日　：1994年2月8日
　保険証　　：記号 4512　番号 83（本人）
　保険者番号：06130827
　主訴　　　：上司からの叱責が続いた後の不眠・食欲不振（産業医面談で抑うつ傾向を指摘）
　希望日時　：10月24日（木）・25日（金）の午後

紹介状は本人が当日持参いたします。
{SIG_SAIONJI}
""")

# 038 ------------------------------------------------------------------------------------
add("pass", [], [],
    "policy draft (no marking) sent to the law firm for review",
    sender=AIZAWA, to=[SHIRAKAWA], charset="iso-2022-jp",
    subject="ハラスメント防止規程 改定案のご確認依頼",
    body=f"""白川先生

いつもお世話になっております。相沢です。
カスタマーハラスメントへの対応と、就活生・インターンへのハラスメント防止を盛り込んだ
ハラスメント防止規程の改定案をお送りします。新旧対照表も付けております。
12月の取締役会に付議する予定ですので、11月中旬までにご意見をいただけますと幸いです。
{SIG_AIZAWA}
""",
    attachments=[{"kind": "docx", "name": "ハラスメント防止規程_改定案_新旧対照.docx",
                  "title": "ハラスメント防止規程 改定案",
                  "paragraphs": ["ハラスメント防止規程（改定案）",
                                 "第1条（目的）この規程は、職場におけるハラスメントを防止し、…",
                                 "第3条の2（顧客等からの著しい迷惑行為）会社は、顧客等からの…"],
                  "tables": [[["条項", "現行", "改定案", "理由"],
                              ["第2条", "従業員", "従業員及び求職者・インターン", "対象の拡大"],
                              ["第3条の2", "（新設）", "顧客等からの著しい迷惑行為への対応", "カスハラ対策"]]]}])

# 039 ------------------------------------------------------------------------------------
add("stop", [], ["confidential_marking"],
    "subject and document header carry 社外秘; sent to the law firm",
    sender=KUBOTA, to=[MIYAKE], charset="utf-8",
    subject="【社外秘】公益通報対応規程 改定案（取締役会付議前）",
    body=f"""三宅先生

お世話になっております。久保田です。
取締役会付議前の公益通報対応規程の改定案です。
従事者指定の手続（第7条）と、通報者探索の禁止（第12条）の文言をご確認ください。
{SIG_KUBOTA}
""",
    attachments=[{"kind": "docx", "name": "公益通報対応規程_改定案_1018.docx",
                  "page_header": "社外秘", "title": "公益通報対応規程 改定案",
                  "paragraphs": ["公益通報対応規程（改定案）",
                                 "第7条（公益通報対応業務従事者の指定）代表取締役は、…",
                                 "第12条（通報者の探索の禁止）何人も、通報者を特定しようとしてはならない。"]}])

# 040 ------------------------------------------------------------------------------------
add("pass", [], [],
    "English mail to an overseas consultant about a policy translation: no personal data",
    sender=AIZAWA, to=[DOYLE], charset="utf-8",
    subject="Updated whistleblowing policy - English translation for review",
    body=f"""Dear Margaret,

I hope this finds you well.

Following the amendment of our Whistleblowing Policy in September, we have prepared an
English translation for our overseas subsidiaries in Vietnam and Thailand. Could you have a
look at sections 4 (Who may report) and 9 (Protection against retaliation) and let us know
whether the wording is in line with what you see elsewhere in the region?

A short call next week would also be welcome. Tuesday or Thursday afternoon (JST) works for us.

Kind regards,
{SIG_EN}
{DISC_EN}
""")

# 041 ------------------------------------------------------------------------------------
_p = people(5, dob_from=1960, dob_to=1990)
_blocks = "\n\n".join(
    f"【{i + 1}】{p['name']}（{p['kana']}）\n　住所：{p['home']}\n　電話：{p['mobile']}\n"
    f"　退職：{rng.randint(2019, 2023)}年{rng.randint(1, 12)}月（当時 物流センター {p['title'] or '一般職'}）"
    for i, p in enumerate(_p))
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "five former employees, one block each with home address and phone, to the law firm",
    sender=KUBOTA, to=[SHIRAKAWA], charset="iso-2022-jp",
    subject="HS-2024-017 退職者（参考人候補）の連絡先",
    body=f"""白川先生

お世話になっております。久保田です。
先日ご依頼のあった、物流センターの退職者で参考人となり得る方の連絡先です。
人事記録上の最終住所・電話番号のため、現在も有効かは未確認です。

{_blocks}

ご連絡の際は、当社からの依頼である旨をお伝えいただければと存じます。
{SIG_KUBOTA}
""")

# 042 ------------------------------------------------------------------------------------
_p = people(3)
_r = "\n".join(f"{p['name']}　{p['dept']}　内線{p['ext']}　携帯 {p['mobile']}" for p in _p)
add("pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "three additional interviewees with extensions and mobiles to the investigator: under five people",
    sender=AIZAWA, to=[HORI], charset="cp932",
    subject="追加ヒアリング（3名）の件",
    body=f"""堀様

お世話になっております。相沢です。
岩城様からご依頼のあった追加ヒアリングの対象者3名です。

{_r}

いずれも日中は内線でつかまります。携帯は夕方以降でお願いします。
{SIG_AIZAWA}
""")

# 043 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
    "workers'-compensation claim prep: basic pension number, birth date and diagnosis of one employee to the outside 社労士",
    sender=SAIONJI, to=[OKITA], charset="utf-8",
    subject="労災（精神障害）請求の準備について",
    body=f"""沖田先生

いつもお世話になっております。日の出産業 人事部の西園寺です。
先日お電話でご相談した、パワハラを原因とする精神障害の労災請求の件です。
本人から請求の意向が示されましたので、様式第8号（休業補償給付）の作成をお願いいたします。

　被災労働者：一ノ瀬 遥（技術開発部 第二課）
　生年月日　：平成6年6月12日
　基礎年金番号：4127-583906
　傷病名　　：適応障害（2024年9月27日初診）
　休業期間　：2024年10月15日〜（継続中）

出来事の時系列は、社内調査の認定事実をもとに別途まとめてお送りします。
{SIG_SAIONJI}
""")

# 044 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "JP_RESIDENCE_CARD", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a foreign employee's residence-card number and harassment based on national origin, to the law firm",
    sender=SAIONJI, to=[MIYAKE], charset="utf-8",
    subject="外国籍社員からのハラスメント申告（在留資格への影響について）",
    body=f"""三宅先生

お世話になっております。西園寺です。
川崎工場の外国籍社員から申告があり、在留資格との関係でご相談したい点があります。

申告者：グエン・ティ・ラン（NGUYEN THI LAN）さん、ベトナム国籍
在留カード番号：RK40719385ZA（在留資格「技術・人文知識・国際業務」、期限 2025年8月）

班長から「ベトナム人は時間を守らない」「国に帰れ」といった発言を繰り返し受けているとの
申告です。本人は、申告したことで契約を更新されず、在留資格の更新にも影響するのでは
ないかと強く心配しています。

契約更新と在留資格更新に関して、当社として本人に説明すべき内容をご教示ください。
{SIG_SAIONJI}
""")

# 045 ------------------------------------------------------------------------------------
_tno = "T" + corporate_number("010005032817")
add("pass", ["JP_CORPORATE_NUMBER"], [],
    "payment notice to the law firm: invoice number and the firm's registration (T-) number only",
    sender=ASHIDA, to=[HAMADA], charset="iso-2022-jp",
    subject="ご請求書（2024年9月分）お支払い予定のご連絡",
    body=f"""白川法律事務所
浜田様

いつもお世話になっております。日の出産業 経理部の芦田です。
下記ご請求書を受領いたしました。10月31日（木）にお振込み予定です。

　請求書番号：SL-2409-0113
　登録番号　：{_tno}
　件名　　　：顧問料（9月分）および社内調査対応（HS-2024-017）
　金額　　　：1,617,000円（税込）

お振込手数料は当社にて負担いたします。
{SIG_ASHIDA}
""")

# 046 ------------------------------------------------------------------------------------
add("stop", [], ["unscannable_attachment"],
    "password-protected PDF of interview records sent to the investigator",
    sender=AIZAWA, to=[IWAKI], cc=[HORI], charset="utf-8",
    subject="ヒアリング記録（清書版）送付",
    body=f"""岩城様、堀様

お世話になっております。相沢です。
10/21〜23実施分のヒアリング記録を、当社書式に清書したものをお送りします。
閲覧用パスワードは、先日お電話でお伝えしたものと同じです。
{SIG_AIZAWA}
""",
    attachments=[{"kind": "pdf", "name": "ヒアリング記録_HS-2024-017.pdf", "password": "fl-1021",
                  "lines": ["ヒアリング記録", "対象者：長谷部 直樹", "日時：2024年10月21日 10:00"]}])

# 047 ------------------------------------------------------------------------------------
add("pass", [], [],
    "printing order with product codes and branch delivery addresses (businesses)",
    sender=NOTO, to=["丸山 様 <maruyama@nishiki-insatsu.co.jp>"], charset="cp932",
    subject="啓発ポスター・相談窓口カード 増刷のお願い",
    body=f"""錦印刷株式会社
営業部 丸山様

いつもお世話になっております。日の出産業 総務部の能登です。
標記につき、前回と同じ仕様で増刷をお願いいたします。

　品番            品名                          数量    納品先
  NP-A2-0417      ハラスメント防止ポスター A2     60枚   本社 総務部
  NP-A2-0417      ハラスメント防止ポスター A2     25枚   大阪支店 総務課
  NC-CD-0093      相談窓口カード（名刺サイズ）  2,000枚  本社 総務部
  NC-CD-0093      相談窓口カード（名刺サイズ）    800枚  川崎工場 総務課

納品先住所：
　本社　　　〒103-0027 東京都中央区日本橋3-8-2 日の出ビル7F
　大阪支店　〒541-0053 大阪府大阪市中央区本町2-5-11
　川崎工場　〒210-0858 神奈川県川崎市川崎区大川町11-3

相談窓口カードの専用ダイヤル番号（0120-415-870）に変更はありません。
見積書と納期のご連絡をお待ちしております。
{SIG_NOTO}
""")

# 048 ------------------------------------------------------------------------------------
add("stop", [], ["confidential_marking"],
    "training deck with a 社外秘 footer on every slide sent to the training vendor",
    sender=MIYASAKA, to=[SAEKI], charset="iso-2022-jp",
    subject="研修資料（当社事例編）のご確認",
    body=f"""佐伯様

お世話になっております。宮坂です。
管理職研修の後半で使う「当社事例編」のスライドを作成しました。
事例は個人が特定されないよう加工済みですが、社内資料の扱いとさせてください。
講義の流れとして違和感がないか、ご確認をお願いします。
{SIG_MIYASAKA}
""",
    attachments=[{"kind": "pptx", "name": "管理職研修_当社事例編.pptx", "page_footer": "社外秘",
                  "title": "当社事例編",
                  "slides": [["当社で実際にあった事例から", "2023〜2024年度の通報から5件を加工して紹介"],
                             ["事例1：倉庫での叱責", "ミスのたびに大声で叱責、始末書を連日作成させた",
                              "→ 降格・減給"],
                             ["事例2：会議での人格否定", "「使えない」「辞めてしまえ」", "→ 調査中"],
                             ["管理職に求められること", "指導とハラスメントの境界", "記録と相談"]]}])

# 049 ------------------------------------------------------------------------------------
add("pass", [], [],
    "role-play scenarios with fictional characters (Aさん, B課長): no real people, no marking",
    sender=MIYASAKA, to=[SAEKI], charset="utf-8",
    subject="ロールプレイ用シナリオ 修正版",
    body=f"""佐伯様

先日はありがとうございました。
ご指摘を踏まえ、ロールプレイ用シナリオを修正しました。登場人物はすべて架空です。
B課長の台詞を少しマイルドにし、「グレーゾーン」の議論がしやすいようにしています。
{SIG_MIYASAKA}
""",
    attachments=[{"kind": "pptx", "name": "ロールプレイシナリオ_v2.pptx",
                  "slides": [["シナリオ1：期限に遅れた報告書", "登場人物：Aさん（入社2年目）、B課長",
                              "B課長「何度言ったらわかるの？」"],
                             ["シナリオ2：飲み会の誘い", "登場人物：Cさん（派遣社員）、D係長",
                              "D係長「たまには付き合ってよ」"],
                             ["ふりかえり", "どこからがハラスメント？", "相談を受けた側の対応"]]}])

# 050 ------------------------------------------------------------------------------------
add("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "outing complaint: a named employee's sexual orientation to the law firm; not in APPI's list, but JIS Q 15001 treats sex life as sensitive",
    sender=AIZAWA, to=[MIYAKE], charset="iso-2022-jp",
    subject="HS-2024-034 アウティングに関する申告",
    body=f"""三宅先生

お世話になっております。相沢です。
先週受け付けたSOGIハラスメント（アウティング）の案件についてご相談です。

申告者は生産管理部の水無瀬 拓海さんです。同性のパートナーと同居していることを
信頼していた同期1名にだけ話していたところ、その同期が部内の飲み会で本人の了解なく
話してしまい、以降、部内で揶揄される発言が続いているとのことです。

パワハラ防止指針上のアウティングに当たると考えていますが、
同期社員への処分の要否についてご意見をください。
{SIG_AIZAWA}
""")

# 051 ------------------------------------------------------------------------------------
_p = people(7)
_cos = ["日の出産業", "日の出産業", "日の出ロジスティクス", "日の出ロジスティクス", "日の出テクノサービス",
        "日の出テクノサービス", "日の出ビジネスサポート"]
_sheet = [["会社", "氏名", "役職", "携帯（緊急時）", "メール"]]
for c, p in zip(_cos, _p):
    _sheet.append([c, p["name"], "通報窓口担当", p["mobile"], p["email"]])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "legacy XLS of seven contact persons with personal mobiles to the group company (external domain)",
    sender=AIZAWA, to=[IMAIZUMI], charset="utf-8",
    subject="グループ各社 通報窓口担当者一覧（緊急連絡先入り）",
    body=f"""今泉様

お世話になっております。相沢です。
グループ通報窓口連絡会でお約束した、各社窓口担当者の一覧をお送りします。
夜間・休日の緊急時にのみ使う私用携帯の番号も入っていますので、取扱いにご注意ください。
{SIG_AIZAWA}
""",
    attachments=[{"kind": "xls", "name": "グループ通報窓口担当者.xls", "sheets": {"担当者": _sheet}}])

# 052 ------------------------------------------------------------------------------------
add("pass", [], [],
    "HTML-only table of the group companies' hotline desks: switchboards and role addresses, no people",
    sender=AIZAWA, to=[IMAIZUMI], charset="utf-8",
    subject="グループ共通ポスター掲載用 相談窓口一覧",
    html="""<html><body>
<p>今泉様</p>
<p>お世話になっております。相沢です。<br>
グループ共通ポスターに掲載する相談窓口の一覧です。貴社分の記載に誤りがないかご確認ください。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>会社</th><th>窓口</th><th>電話</th><th>メール</th><th>受付時間</th></tr>
<tr><td>日の出産業</td><td>内部通報窓口</td><td>0120-415-870</td><td>hotline@hinode-sangyo.co.jp</td><td>平日 9-18時</td></tr>
<tr><td>日の出ロジスティクス</td><td>コンプライアンス相談室</td><td>0120-552-014</td><td>soudan@hinode-logistics.co.jp</td><td>平日 9-17時</td></tr>
<tr><td>日の出テクノサービス</td><td>相談窓口</td><td>03-5201-6600</td><td>compliance@hinode-techno.co.jp</td><td>平日 9-17時</td></tr>
<tr><td>外部窓口（全社共通）</td><td>白川法律事務所</td><td>03-3580-2215</td><td>hotline@shirakawa-law.jp</td><td>平日 10-18時</td></tr>
</table>
<p>日の出産業株式会社 法務・コンプライアンス部　相沢</p>
</body></html>""")

# 053 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named employee's health-check results quoted as evidence, sent to the investigator",
    sender=KUBOTA, to=[IWAKI], charset="cp932",
    subject="HS-2024-036 証拠資料（健診結果の回覧について）",
    body=f"""岩城様

お世話になっております。久保田です。
HS-2024-036の証拠資料として、申告者から提供されたチャット画面の写しをお送りします。

被申告者の大庭課長が、部下の三上 誠さんの定期健康診断の結果票を撮影し、
課のグループチャットに「これで営業できるのか」とコメントを付けて投稿したものです。
写っている内容は、血圧 168/102、γ-GTP 142、判定「要精密検査（高血圧・肝機能）」です。

投稿は翌日に削除されていますが、課員12名が閲覧可能な状態でした。
{SIG_KUBOTA}
""",
    attachments=[{"kind": "png", "name": "チャット画面_0912.png"}])

# 054 ------------------------------------------------------------------------------------
_p = people(20)
_cat = ["パワハラ", "セクハラ", "パワハラ", "その他", "パワハラ", "労働時間", "セクハラ", "パワハラ",
        "経費不正", "パワハラ"]
_sheet = [["内部通報受付台帳（2024年度）"], [],
          ["管理番号", "受付日", "通報者", "連絡先", "区分", "被申告者", "状況", "備考"]]
for i, p in enumerate(_p[:10]):
    _sheet.append([f"HS-2024-{i + 12:03d}", f"2024/{rng.randint(5, 10):02d}/{rng.randint(1, 28):02d}",
                   p["name"], p["mobile"], _cat[i], _p[i + 10]["name"],
                   rng.choice(["調査中", "完了", "完了", "受付"]),
                   "通報者は不眠で通院中" if i == 4 else ""])
add("pass", ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], [],
    "the named hotline register (XLSX) shared between internal recipients only",
    sender=AIZAWA, to=[KATSUMATA, KUBOTA], charset="iso-2022-jp",
    subject="通報受付台帳（10月末時点）",
    body="""勝又部長、久保田さん

10月末時点の受付台帳を更新しました。
HS-2024-016 は本人の意向で取下げとなったため、状況を「完了」にしています。

相沢
""",
    attachments=[{"kind": "xlsx", "name": "通報受付台帳_2024_10末.xlsx", "sheets": {"台帳": _sheet}}])

# 055 ------------------------------------------------------------------------------------
_p = people(16)
_sheet = [["通報受付台帳（実名版）2024年度上期"],
          ["管理番号", "通報者氏名", "通報者連絡先", "通報者メール", "区分", "被申告者", "結果"]]
for i in range(8):
    a, b = _p[i], _p[i + 8]
    _sheet.append([f"HS-2024-{i + 3:03d}", a["name"], a["mobile"], a["email"],
                   rng.choice(["パワハラ", "セクハラ", "パワハラ", "労働時間"]), b["name"],
                   "通報者が適応障害で休職" if i == 2 else rng.choice(["処分なし", "けん責", "注意指導", "調査中"])])
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"], ["personal_data"],
    "named register of eight reporters with phones, e-mails and one diagnosis, sent to the law firm",
    sender=AIZAWA, to=[SHIRAKAWA], charset="utf-8",
    subject="年次監査用 通報受付台帳（実名版）の送付",
    body=f"""白川先生

お世話になっております。相沢です。
年次の制度運用監査に向けて、上期分の通報受付台帳をお送りします。
先生から「対応の適切性を確認するため実名版で」とのご指示でしたので、そのまま添付しています。
{SIG_AIZAWA}
""",
    attachments=[{"kind": "xlsx", "name": "通報受付台帳_実名版_2024上期.xlsx",
                  "sheets": {"台帳": _sheet, "凡例": [["区分", "説明"], ["パワハラ", "パワーハラスメント"]]}}])

# 056 ------------------------------------------------------------------------------------
_rows = [["管理番号", "受付月", "区分", "経路", "顕名/匿名", "状況", "措置"]]
for i in range(18):
    _rows.append([f"HS-2024-{i + 3:03d}", f"2024-{rng.randint(4, 9):02d}",
                  rng.choice(["パワハラ", "セクハラ", "労働時間", "経費", "その他"]),
                  rng.choice(["社内窓口", "外部窓口", "上長経由"]), rng.choice(["顕名", "匿名"]),
                  rng.choice(["完了", "調査中"]), rng.choice(["なし", "注意指導", "けん責", "配置転換"])])
add("pass", [], [],
    "anonymised case register (numbers, months, categories, status; no names) to the law firm",
    sender=KUBOTA, to=[SHIRAKAWA], charset="cp932",
    subject="通報受付台帳（匿名化版）",
    body=f"""白川先生

お世話になっております。久保田です。
年次監査用に、氏名等を削除した匿名化版の台帳をCSVでお送りします。
実名版は監査当日に当社内でご覧いただく形でお願いできればと存じます。
{SIG_KUBOTA}
""",
    attachments=[{"kind": "csv", "name": "通報受付台帳_匿名化_2024上期.csv", "encoding": "cp932", "rows": _rows}])

# 057 ------------------------------------------------------------------------------------
add("stop", [], ["lookalike_domain"],
    "partner address typed as kawasaki-denki.jp (dropped co.): look-alike of kawasaki-denki.co.jp",
    sender=AIZAWA, to=["早川 様 <hayakawa@kawasaki-denki.jp>"], charset="iso-2022-jp",
    subject="合同セミナー 共催のご相談",
    body=f"""川崎電機株式会社
コンプライアンス推進室 早川様

いつもお世話になっております。日の出産業の相沢です。
先日の懇親会でお話しした、来年度の合同セミナーを貴社と共催する件、
社内で前向きに検討することになりました。
一度、事務局同士で打合せの機会をいただけますでしょうか。
{SIG_AIZAWA}
{DISC_JA}
""")

# 058 ------------------------------------------------------------------------------------
add("pass", [], [],
    "ordinary request to the logistics partner (correct domain) about drivers' conduct rules; one contact",
    sender=NOTO, to=["配車課 井筒 様 <izutsu-m@aoba-unyu.co.jp>"], charset="utf-8",
    subject="物流センター構内ルール改定（ドライバー様への言動に関する項目）の周知のお願い",
    body=f"""青葉運輸株式会社
配車課 井筒様

いつもお世話になっております。日の出産業 総務部の能登です。

物流センターの構内ルールを11月1日付で改定し、当社従業員からドライバーの皆様への
威圧的な言動の禁止と、ドライバーの皆様からのご相談窓口（当社総務部）を明記しました。
あわせて、当社従業員へのカスタマーハラスメントについても対応方針を定めています。

改定版を添付いたしますので、貴社ドライバーの皆様へご周知いただけますと幸いです。
ご不明点は私（能登）までご連絡ください。
{SIG_NOTO}
""",
    attachments=[{"kind": "pdf", "name": "物流センター構内ルール_2024年11月改定.pdf",
                  "title": "構内ルール", "lines": ["物流センター構内ルール（2024年11月1日改定）",
                                                   "第9項　構内における言動",
                                                   "当社従業員は、ドライバーに対し威圧的な言動をしてはならない。",
                                                   "相談窓口：日の出産業 総務部 03-5201-4600"]}])

# 059 ------------------------------------------------------------------------------------
add("stop", [], ["lookalike_domain"],
    "law firm domain written shirakawa-1aw.jp (digit 1 for l): homoglyph look-alike",
    sender=KUBOTA, to=["浜田 佳代 <hamada@shirakawa-1aw.jp>"], charset="iso-2022-jp",
    subject="顧問契約書（更新）の原本送付について",
    body=f"""白川法律事務所
浜田様

お世話になっております。日の出産業の久保田です。
顧問契約の更新につき、当社押印済みの原本2部を本日レターパックで発送しました。
1部にご押印のうえ、ご返送いただけますようお願いいたします。
{SIG_KUBOTA}
""")

# 060 ------------------------------------------------------------------------------------
add("stop", [], ["lookalike_domain"],
    "branch colleague addressed at hinode-sangyo.com: TLD-swapped look-alike of the company's own domain",
    sender=HOTLINE, to=["大阪支店 総務課 <osaka-soumu@hinode-sangyo.com>"], charset="cp932",
    subject="通報窓口ポスターの掲示状況確認のお願い",
    body=f"""大阪支店 総務課 御中

内部通報窓口です。
年次点検のため、各拠点の通報窓口ポスターの掲示状況を確認しています。
お手数ですが、掲示場所（休憩室・更衣室など）と掲示枚数を、11月15日までにご返信ください。
ポスターが不足している場合は、本社総務部から追加でお送りします。
{SIG_HOTLINE}
""")

# 061 ------------------------------------------------------------------------------------
add("pass", [], ["multiple_external_domains"],
    "scheduling with our counsel and the accused's counsel: two external organisations, a name only",
    sender=AIZAWA, to=[MIYAKE, "藤堂 健司 <todo@toranomon-sogo-law.jp>"], charset="iso-2022-jp",
    subject="鬼塚氏 弁明聴取の日程について",
    body=f"""虎ノ門総合法律事務所 藤堂先生
白川法律事務所 三宅先生

お世話になっております。日の出産業の相沢です。
鬼塚氏の弁明聴取につき、藤堂先生ご同席のもとで実施したく、日程をご相談させてください。

　候補：11月11日（月）14時〜／11月12日（火）10時〜／11月13日（水）15時〜
　場所：白川法律事務所 会議室（当社は相沢・勝又が出席）

所要時間は2時間程度を見込んでおります。
{SIG_AIZAWA}
""")

# 062 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named accused employee's prior criminal conviction (傷害罪・罰金刑) to the law firm",
    sender=KATSUMATA, to=[SHIRAKAWA], charset="cp932",
    subject="被申告者の経歴に関するご相談",
    body=f"""白川先生

お世話になっております。勝又です。
HS-2024-038の被申告者、西條 隆之（営業一部 係長）について、調査の過程で、
同人が平成28年に傷害罪で罰金30万円の略式命令を受けていたことが判明しました
（本人の元同僚からの情報提供、本人も認めています）。

採用時（平成30年中途入社）の面接ではこの点の申告はなく、履歴書の賞罰欄も「なし」でした。
今回の部下への暴行の申告と合わせ、経歴詐称を理由とする処分が可能かどうか、
ご意見を伺えますでしょうか。
{SIG_KATSUMATA}
""")

# 063 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a named employee has filed a police report as the victim of a sexual offence: crime-victim data to the law firm",
    sender=AIZAWA, to=[MIYAKE], cc=[SHIRAKAWA], charset="cp932",
    subject="HS-2024-012 申告者が被害届を提出した件",
    body=f"""三宅先生、白川先生

お世話になっております。相沢です。
HS-2024-012について、重要な進展がありましたのでご報告します。

申告者の桐谷 彩花さん（営業二部）が、6月の部の懇親会の帰りに早乙女から受けた
行為について、昨日、警察署に不同意わいせつの被害届を提出し、受理されたとのことです。
本人から人事部に連絡があり、警察から会社にも事情聴取の協力依頼が来る可能性がある、
と伝えられています。

社内調査を継続してよいか、警察の捜査との関係で留意すべき点をご教示ください。
{SIG_AIZAWA}
""")

# 064 ------------------------------------------------------------------------------------
add("pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
    "arrest of a named employee discussed for press handling, but only with internal departments",
    sender=KATSUMATA, to=[NOTO, "広報室 <koho@hinode-sangyo.co.jp>"], charset="utf-8",
    subject="報道対応の準備について（営業二部 社員の件）",
    body=f"""能登さん、広報室各位

勝又です。口頭でお伝えした件、念のため文面でも共有します。

営業二部の早乙女 亮介が、盗撮の容疑で逮捕されています。現在勾留中で、
起訴されるかどうかはまだ分かりません。社名が報道される可能性に備え、

・問い合わせ窓口は広報室に一本化
・「事実関係を確認中であり、捜査に全面的に協力する」旨の想定回答
・社内向け説明は、処分決定までは行わない

で準備をお願いします。被害者や社内の申告者に関する情報は一切出さないでください。
{SIG_KATSUMATA}
""")

# 065 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "PDF of the occupational physician's opinion (diagnosis, leave) on one named employee, to the law firm",
    sender=SAIONJI, to=[MIYAKE], charset="iso-2022-jp",
    subject="産業医意見書の写し（HS-2024-021）",
    body=f"""三宅先生

お世話になっております。西園寺です。
先日ご依頼いただいた産業医意見書の写しをお送りします。
復職判定の時期について、ご意見の参考にしていただければと存じます。
{SIG_SAIONJI}
""",
    attachments=[{"kind": "pdf", "name": "産業医意見書_写し.pdf", "title": "就業上の措置に関する意見書",
                  "lines": ["就業上の措置に関する意見書",
                            "日の出産業株式会社 人事部長 殿",
                            "対象者：一ノ瀬 遥（技術開発部 第二課）",
                            "診断名：適応障害（主治医診断書 2024年10月10日付による）",
                            "意見：2025年1月14日まで休業を要する。",
                            "復職時は、現在の上司の指揮命令下に置かないことが望ましい。",
                            "2024年10月30日　産業医 猪狩 浩之"]}])

# 066 ------------------------------------------------------------------------------------
add("pass", [], [],
    "English reply; the hospitalisation detail appears only in the quoted \"wrote:\" part",
    sender=AIZAWA, to=[DOYLE], cc=[KATSUMATA], charset="utf-8",
    subject="Re: Case HS-2024-021 - status update",
    body=f"""Dear Margaret,

Thank you for the quick turnaround. We will brief the audit committee at its meeting on
27 November, after the interviews are complete, as you suggest. I will send you the
agenda item in advance.

Best regards,
Mariko

On Fri, 1 Nov 2024 at 09:12, Margaret Doyle <m.doyle@ethicsline-partners.com> wrote:
> Dear Toru,
>
> Thanks for the update. Given that Ms. Ichinose is in hospital with major depressive
> disorder, I would not push for her interview before she is discharged. I also think the
> audit committee can wait for the interviews to finish, provided you keep a note of the
> reasons for the timing.
>
> Margaret
""")

# 067 ------------------------------------------------------------------------------------
add("pass", [], [],
    "English billing mail mentioning only the last four digits of a card: no card number",
    sender=MIYASAKA, to=["EthicsLearn Billing <billing@ethicslearn.com>"], charset="utf-8",
    subject="Invoice INV-88213 - payment confirmation",
    body=f"""Hello,

This is to confirm that invoice INV-88213 (Harassment Prevention e-Learning, 300 seats,
annual licence) was paid on 5 November by our corporate card ending in 4421.
Could you please send us a receipt addressed to "Hinode Sangyo Co., Ltd."?

Thank you,
Noriko Miyasaka
Talent Development, HR Department
Hinode Sangyo Co., Ltd.
""")

# 068 ------------------------------------------------------------------------------------
_p = people(4)
_lst = "\n".join(f"  {i + 1}. {p['mei_r']} {p['sei_r'].upper()} <{p['email']}> - {r}"
                 for i, (p, r) in enumerate(zip(_p, ["Administrator", "Administrator", "Reporter",
                                                     "Reporter"])))
add("pass", ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
    "four administrator accounts (names and work e-mails) to the e-learning vendor: under five people",
    sender=MIYASAKA, to=["EthicsLearn Support <support@ethicslearn.com>"], charset="utf-8",
    subject="Admin accounts for our tenant (hinode-sangyo)",
    body=f"""Hello Support team,

Please create the following administrator / reporting accounts for our tenant
"hinode-sangyo" on the Harassment Prevention e-Learning platform:

{_lst}

Learner accounts will follow next week as a CSV upload.

Best regards,
Noriko Miyasaka
Hinode Sangyo Co., Ltd.
""")

# 069 ------------------------------------------------------------------------------------
_p = people(35)
_rows = [["employee_id", "last_name", "first_name", "email", "department", "language"]]
_en = {"営業一部": "Sales 1", "営業二部": "Sales 2", "製造部 第一課": "Manufacturing 1",
       "品質保証部": "Quality Assurance", "物流センター": "Logistics Center", "経理部": "Accounting",
       "総務部": "General Affairs", "技術開発部": "R&D", "購買部": "Procurement",
       "カスタマーサポート課": "Customer Support", "生産管理部": "Production Control",
       "情報システム部": "IT"}
for p in _p:
    _rows.append([p["emp"], p["sei_r"], p["mei_r"], p["email"], _en[p["dept"]], "ja"])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
    "learner upload CSV: 35 employees with names and e-mails to the overseas e-learning vendor",
    sender=MIYASAKA, to=["EthicsLearn Support <support@ethicslearn.com>"], charset="utf-8",
    subject="User upload file - Harassment prevention e-learning (batch 2)",
    body="""Hello Support team,

Attached is the second batch of learners (35 users). Please enrol them in the course
"Respect at Work (JP)" with a due date of 20 December.

Best regards,
Noriko Miyasaka
Hinode Sangyo Co., Ltd.
""",
    attachments=[{"kind": "csv", "name": "learners_batch2.csv", "encoding": "utf-8", "rows": _rows}])

# 070 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE"], ["personal_data"],
    "the external investigator's driver's-licence number sent to the building manager for a pass",
    sender=NOTO, to=["日本橋ビルマネジメント 防災センター <bousai@nb-bm.co.jp>"], charset="iso-2022-jp",
    subject="長期入館証の発行申請（外部委託先 1名）",
    body=f"""日本橋ビルマネジメント株式会社
防災センター ご担当者様

いつもお世話になっております。日の出ビル7F 日の出産業の能登です。
11月中、当社の委託先の方が連日来館されますので、長期入館証の発行をお願いいたします。

　氏名：岩城 聡（イワキ サトシ）
　所属：株式会社ファクトライン
　本人確認書類：運転免許証　第304219875601号
　期間：2024年11月1日〜11月30日
　入館フロア：7F

発行後、当社総務部までご連絡ください。受け取りに伺います。
{SIG_NOTO}
""")

# 071 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], ["personal_data"],
    "a witness's passport number and birth date for online identity check, sent to the investigator",
    sender=AIZAWA, to=[HORI], charset="utf-8",
    subject="海外赴任中の参考人のオンラインヒアリングについて",
    body=f"""堀様

お世話になっております。相沢です。
タイ子会社に赴任中の参考人について、オンラインでのヒアリングの準備が整いました。
先方の希望で、冒頭の本人確認は旅券で行うことになりましたので、照合用の情報をお送りします。

　氏名：KUSAKABE AOI（日下部 葵）
　生年月日：1990年11月3日
　旅券番号：TZ4817263

バンコクとの時差（-2時間）にご注意ください。
{SIG_AIZAWA}
""")

# 072 ------------------------------------------------------------------------------------
add("pass", ["PERSON_NAME"], ["personal_data"],
    "disciplinary outcome for one named employee to the law firm: one person's record, no special-care data",
    sender=KATSUMATA, to=[SHIRAKAWA], charset="utf-8",
    subject="HS-2024-021 処分決定のご報告",
    body=f"""白川先生

お世話になっております。勝又です。
技術開発部の件につき、本日の懲戒委員会で以下のとおり決定しましたのでご報告いたします。

　対象者：鬼塚 賢治（技術開発部 第二課 課長、社員番号 H47720）
　処分　：降格（課長→課長代理）および減給（1回、平均賃金の1日分の半額）
　発令日：2024年12月1日
　付随措置：部下を持たない職務への配置換え、再発防止研修の受講

本人には明日、弁明内容を踏まえた理由書とともに通知します。
ご指導いただき、ありがとうございました。
{SIG_KATSUMATA}
""")

# 073 ------------------------------------------------------------------------------------
add("pass", [], [],
    "anonymised in-house announcement draft sent to the law firm for review",
    sender=AIZAWA, to=[MIYAKE], charset="iso-2022-jp",
    subject="社内公表文（案）のご確認",
    body=f"""三宅先生

お世話になっております。相沢です。
懲戒処分の社内公表文（案）です。個人が特定されない表現になっているか、ご確認ください。

-----
懲戒処分について（お知らせ）

技術開発部門の管理職1名が、部下に対し、業務上必要かつ相当な範囲を超える言動を
繰り返し行ったことが社内調査により認められたため、就業規則に基づき降格および減給の
懲戒処分を行いました。
会社は、ハラスメントを決して許さず、再発防止に取り組んでまいります。
相談は内部通報窓口（0120-415-870）または外部窓口までお寄せください。
-----
{SIG_AIZAWA}
""")

# 074 ------------------------------------------------------------------------------------
_p = people(8, dob_from=1958, dob_to=1988)
_rows = [["氏名", "フリガナ", "住所", "電話", "退職年月", "在籍時所属"]]
for p in _p:
    _rows.append([p["name"], p["kana"], p["home_short"], p["mobile"],
                  f"{rng.randint(2018, 2024)}/{rng.randint(1, 12):02d}", p["dept"]])
add("stop", ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
    "plain ZIP with a CSV of eight former employees (address, phone) sent to the investigator",
    sender=KUBOTA, to=[IWAKI], charset="utf-8",
    subject="退職者ヒアリング用資料（ZIP）",
    body=f"""岩城様

お世話になっております。久保田です。
退職者ヒアリングの依頼文（案）と、対象となる退職者8名の連絡先をまとめてお送りします。
ファイルが複数になるためZIPにまとめています。
{SIG_KUBOTA}
""",
    attachments=[{"kind": "zip", "name": "退職者ヒアリング資料.zip", "files": [
        {"kind": "csv", "name": "退職者連絡先.csv", "encoding": "cp932", "rows": _rows},
        {"kind": "docx", "name": "依頼文_案.docx",
         "paragraphs": ["ヒアリングご協力のお願い", "拝啓 時下ますますご清祥のこととお慶び申し上げます。",
                        "当社では現在、職場環境に関する調査を行っております。"]}]}])

# 075 ------------------------------------------------------------------------------------
add("stop", [], ["confidential_marking"],
    "mail stamped 取扱注意 at the top (a classification of the mail) to the investigator",
    sender=AIZAWA, to=[IWAKI], charset="cp932",
    subject="調査方針メモ（HS-2024-038）",
    body=f"""┏━━━━━━━━━━━━━━━━━┓
┃　取扱注意　関係者限り　　　　　　┃
┗━━━━━━━━━━━━━━━━━┛

岩城様

お世話になっております。相沢です。
HS-2024-038の調査方針について、社内で確認した内容をお送りします。

1. 調査範囲は営業一部の2023年4月以降の言動に限定する
2. 被申告者へのヒアリングは最後に行い、申告者の特定につながる質問はしない
3. 暴行の有無については、診療記録等の客観資料の提出を申告者に求めない
4. 報告書は事実認定までとし、処分の相当性は当社で判断する

ご不明点があればお知らせください。
{SIG_AIZAWA}
""")

# 076 ------------------------------------------------------------------------------------
add("pass", [], [],
    "mentions that the report is handled as 社外秘 (a mention, not a marking on this mail); no personal data",
    sender=KUBOTA, to=[ETO], charset="iso-2022-jp",
    subject="事故報告（雇用慣行賠償）の追加書類について",
    body=f"""ひかり損害保険株式会社
江藤様

お世話になっております。日の出産業の久保田です。
ご依頼いただいた追加書類についてです。

調査報告書は社内規程上、社外秘扱いとなっているため、原本をお渡しすることが
できません。代わりに、事実経過と当社の措置をまとめた要旨を作成し、
11月中旬までにお送りする形でよろしいでしょうか。

その他の書類（就業規則、ハラスメント防止規程）は来週お送りします。
{SIG_KUBOTA}
""")

# 077 ------------------------------------------------------------------------------------
add("stop", [], ["unscannable_attachment"],
    "corrupt DOCX of an interview record attached for the law firm",
    sender=SAIONJI, to=[MIYAKE], charset="utf-8",
    subject="面談記録（10/29 復職前面談）",
    body=f"""三宅先生

お世話になっております。西園寺です。
10月29日に実施した面談の記録を添付します。
（Wordのバージョンの関係で開けない場合はお知らせください）
{SIG_SAIONJI}
""",
    attachments=[{"kind": "corrupt", "name": "面談記録_1029.docx"}])

# 078 ------------------------------------------------------------------------------------
add("stop", [], ["unscannable_attachment"],
    "encrypted ZIP (referral letter) sent to the EAP provider",
    sender=SAIONJI, to=[NONOMURA], charset="iso-2022-jp",
    subject="紹介状の送付（暗号化ファイル）",
    body=f"""野々村様

お世話になっております。西園寺です。
先日ご予約いただいた社員について、産業医からの紹介状をお送りします。
パスワードは、お電話でお伝えいたします。
{SIG_SAIONJI}
""",
    attachments=[{"kind": "zip", "name": "紹介状.zip", "password": "kc-2024-1107",
                  "files": [{"kind": "pdf", "name": "紹介状.pdf", "lines": ["紹介状", "（本文）"]}]}])

# 079 ------------------------------------------------------------------------------------
add("pass", [], [],
    "venue booking at the partner hotel: dates, room, headcount; the only contact is the sender",
    sender=MIYASAKA, to=["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"], charset="cp932",
    subject="研修会場のご予約（日の出産業）",
    body=f"""さくらホテル
宴会予約ご担当者様

いつもお世話になっております。日の出産業株式会社の宮坂です。
新任管理職向けハラスメント防止研修の会場として、下記のとおり予約をお願いいたします。

　日程：2025年1月16日（木）、1月23日（木）
　時間：各日 9:30〜17:30（9:00から準備で入室希望）
　人数：各日40名（スクール形式）
　備品：プロジェクター、スクリーン、マイク2本、ホワイトボード
　昼食：別途手配のため不要

お見積りを頂戴できますでしょうか。
{SIG_MIYASAKA}
""")

# 080 ------------------------------------------------------------------------------------
add("pass", [], [],
    "catering order with product codes and quantities to the partner food company",
    sender=MIYASAKA, to=["法人営業部 <hojin@kitaguni-foods.co.jp>"], charset="utf-8",
    subject="お弁当のご注文（1/16・1/23 研修用）",
    body=f"""北国フーズ株式会社
法人営業部 御中

いつもお世話になっております。日の出産業の宮坂です。
研修用のお弁当を下記のとおり注文いたします。

| 日付 | 商品コード | 商品名 | 数量 |
|------|-----------|--------|------|
| 1/16 | KF-BT-102 | 北の幕の内弁当 | 38 |
| 1/16 | KF-BT-215 | ベジタリアン弁当 | 2 |
| 1/23 | KF-BT-102 | 北の幕の内弁当 | 39 |
| 1/23 | KF-DR-001 | お茶（500ml） | 40 |

お届け先：さくらホテル 2階「桜の間」（11:45着）
請求書は当社 人事部 宛にお願いいたします。
{SIG_MIYASAKA}
""")

# 081 ------------------------------------------------------------------------------------
add("pass", [], [],
    "question to the partner bank about a transfer to the law firm's office account (a business account)",
    sender=ASHIDA, to=["法人営業部 杉浦様 <sugiura@midori-ginko.co.jp>"], charset="iso-2022-jp",
    subject="総合振込の受付締切について（10月31日分）",
    body=f"""みどり銀行 日本橋支店
法人営業部 杉浦様

いつもお世話になっております。日の出産業 経理部の芦田です。
10月31日付の総合振込に、下記1件を追加したいのですが、
前営業日の何時までにデータを送信すれば間に合いますでしょうか。

　振込先：みどり銀行 虎ノ門支店 普通 3318027 ｼﾗｶﾜﾎｳﾘﾂｼﾞﾑｼｮ
　金額　：1,617,000円

お手数ですがご教示ください。
{SIG_ASHIDA}
""")

# 082 ------------------------------------------------------------------------------------
add("stop", [], ["confidential_marking"],
    "anonymised statistics, but the XLSX carries a 部外秘 page header; sent to the audit firm",
    sender=KUBOTA, to=["松永 亮 <r.matsunaga@aozora-audit.jp>"], charset="utf-8",
    subject="内部通報制度の運用状況（監査資料）",
    body=f"""あおぞら監査法人
松永様

お世話になっております。日の出産業 法務・コンプライアンス部の久保田です。
内部統制監査の資料として、内部通報制度の運用状況をお送りします。
個人を特定できる情報は含めておりません。
{SIG_KUBOTA}
""",
    attachments=[{"kind": "xlsx", "name": "内部通報運用状況_FY2024上期.xlsx", "page_header": "部外秘",
                  "title": "内部通報制度 運用状況",
                  "sheets": {"件数": [["内部通報制度 運用状況（2024年度上期）"], [],
                                      ["区分", "件数", "調査実施", "是正措置あり"],
                                      ["パワハラ", 14, 12, 6], ["セクハラ", 4, 4, 2],
                                      ["不正会計・経費", 2, 2, 1], ["その他", 10, 5, 1]],
                             "対応日数": [["指標", "値"], ["受付から調査着手まで（中央値）", "4日"],
                                          ["受付から是正まで（中央値）", "38日"]]}}])

# 083 ------------------------------------------------------------------------------------
_qs = ["Q1 ハラスメント防止方針を知っている", "Q2 相談窓口を知っている", "Q3 窓口を利用しても不利益はないと思う",
       "Q4 上司は相談しやすい", "Q5 職場でハラスメントを見聞きした", "Q6 自身が被害を受けた"]
_sheet = [["従業員意識調査 2024 設問別集計（全社 n=944）"], [],
          ["設問", "そう思う", "ややそう思う", "あまり思わない", "思わない"]]
for q in _qs:
    a = rng.randint(20, 55)
    b = rng.randint(15, 35)
    c = rng.randint(5, 100 - a - b - 2)
    _sheet.append([q, f"{a}%", f"{b}%", f"{c}%", f"{100 - a - b - c}%"])
add("pass", [], [],
    "survey results by question as percentages of 944 answers (XLSX, no marking): anonymised statistics",
    sender=AIZAWA, to=[MORISHITA], charset="cp932",
    subject="設問別集計表の体裁について",
    body=f"""森下様

お世話になっております。相沢です。
設問別集計表を、役員報告用に体裁を整えてみました。
最終版もこの形式（パーセント表示、小数点以下なし）で出力いただけますでしょうか。
{SIG_AIZAWA}
""",
    attachments=[{"kind": "xlsx", "name": "設問別集計_体裁案.xlsx", "sheets": {"全社": _sheet}}])

# 084 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "the subject line itself ties a named employee to depression; sent to the law firm",
    sender=KUBOTA, to=[MIYAKE], charset="iso-2022-jp",
    subject="稲葉さん（うつ病で休職中）の復職面談へのご同席について",
    body=f"""三宅先生

お世話になっております。久保田です。
件名の面談ですが、12月3日（火）15時から、本社7階で行うことになりました。
先生にはオブザーバーとしてご同席いただけると伺っております。
当日はよろしくお願いいたします。
{SIG_KUBOTA}
""")

# 085 ------------------------------------------------------------------------------------
_p = people(3)
_dx = ["適応障害", "うつ病", "急性ストレス反応"]
_sheet = [["ハラスメント関連 休職者一覧（2024/11/1 現在）"],
          ["氏名", "所属", "休職開始日", "傷病名", "関連事案", "復職見込み"]]
for p, d in zip(_p, _dx):
    _sheet.append([p["name"], p["dept"], f"2024/{rng.randint(6, 10):02d}/{rng.randint(1, 28):02d}",
                   d, f"HS-2024-0{rng.randint(12, 38)}", rng.choice(["未定", "2025年1月", "2025年3月"])])
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "XLSX of three employees on leave with their diagnoses sent to the outside 社労士",
    sender=SAIONJI, to=[OKITA], charset="utf-8",
    subject="休職者一覧（傷病手当金・労災の確認用）",
    body=f"""沖田先生

お世話になっております。西園寺です。
ハラスメント事案に関連して休職している社員の一覧です。
傷病手当金と労災のどちらで手続きすべきか、各人についてご確認をお願いいたします。
{SIG_SAIONJI}
""",
    attachments=[{"kind": "xlsx", "name": "休職者一覧_1101.xlsx", "sheets": {"一覧": _sheet}}])

# 086 ------------------------------------------------------------------------------------
_p = people(12)
_r = "\n".join(f"  {p['name']:<8}\t{p['dept']:<12}\t内線 {p['ext']}" for p in _p)
add("pass", ["PERSON_NAME"], [],
    "list of twelve managers (name, department, extension) who have not finished the training, sent to an internal list only",
    sender=MIYASAKA, to=["管理職各位 <managers@hinode-sangyo.co.jp>"], cc=[KATSUMATA], charset="iso-2022-jp",
    subject="【再送】ハラスメント防止e-ラーニング 未受講者のお知らせ（11/30締切）",
    body=f"""管理職各位

人事部 人材開発課の宮坂です。
ハラスメント防止e-ラーニングの受講期限（11/30）が近づいています。
11月20日時点で未受講の方は以下のとおりです。該当の方は期限内の受講をお願いします。

{_r}

受講できない事情がある場合は、宮坂（内線 4745）までご連絡ください。
{SIG_MIYASAKA}
""")

# 087 ------------------------------------------------------------------------------------
add("pass", [], [],
    "draft questionnaire (DOCX) for the survey vendor: questions only",
    sender=KUBOTA, to=[MORISHITA], charset="utf-8",
    subject="2025年度 意識調査 設問案の送付",
    body=f"""森下様

お世話になっております。久保田です。
来年度の意識調査の設問案をお送りします。
今年度からの変更点は、カスタマーハラスメントに関する設問（Q9〜Q11）の追加です。
回答画面での表示イメージをいただけますと助かります。
{SIG_KUBOTA}
""",
    attachments=[{"kind": "docx", "name": "意識調査2025_設問案.docx",
                  "paragraphs": ["2025年度 従業員意識調査（設問案）",
                                 "本調査は無記名で行い、回答者が特定されることはありません。"],
                  "tables": [[["No", "設問", "回答形式"],
                              ["Q1", "会社のハラスメント防止方針を知っていますか", "4択"],
                              ["Q5", "この1年間に職場でハラスメントを見聞きしましたか", "はい/いいえ"],
                              ["Q9", "顧客・取引先から著しい迷惑行為を受けたことがありますか", "はい/いいえ"],
                              ["Q12", "その他、ご意見があればご記入ください", "自由記述"]]]}])

# 088 ------------------------------------------------------------------------------------
_p = people(6)
_shift = "\n".join(f"{p['name']}\t{s}\t{p['mobile']}" for p, s in
                   zip(_p, ["A班 班長", "A班", "A班", "B班 班長", "B班", "B班"]))
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "forward-as-attachment of an internal mail listing six warehouse workers' mobiles, sent to the law firm",
    sender=AIZAWA, to=[MIYAKE], charset="iso-2022-jp",
    subject="FW: 第二倉庫 夜勤シフト表と緊急連絡先",
    body=f"""三宅先生

相沢です。
先日ご質問のあった、事案発生当時の第二倉庫の夜勤体制について、
センター長から届いたメールを添付で転送します。当時の在籍者6名と連絡先が記載されています。
{SIG_AIZAWA}
""",
    attachments=[{"kind": "eml", "name": "第二倉庫 夜勤シフト表と緊急連絡先.eml", "message": {
        "sender": "野田物流センター長 丹羽 剛 <t-niwa@hinode-sangyo.co.jp>", "to": [AIZAWA],
        "subject": "第二倉庫 夜勤シフト表と緊急連絡先", "charset": "iso-2022-jp",
        "body": f"""相沢課長

お疲れさまです。丹羽です。
8月当時の第二倉庫 夜勤メンバーと緊急連絡先です（シフト表より抜粋）。

氏名\t班\t緊急連絡先
{_shift}

長谷部主任は日勤のため入っていません。
丹羽
"""}}])

# 089 ------------------------------------------------------------------------------------
add("pass", [], ["freemail_recipient"],
    "reply to the reporter's own free-mail address; his allegations appear only in the quoted text",
    sender=HOTLINE, to=["hinode.tsuho2024@gmail.com"], charset="utf-8",
    subject="Re: 【受付番号 HS-2024-031】ご通報を受け付けました",
    body=f"""ご通報者様

内部通報窓口です。追加のご情報をありがとうございました。
いただいた内容を踏まえ、本日付で調査を開始しましたのでお知らせします。

調査にあたっては、ご通報者が特定されることのないよう、聞き取りの順番や質問内容に
配慮いたします。万一、ご通報を理由とする不利益な取扱いや嫌がらせを受けた場合は、
直ちにこのアドレスまでお知らせください。

{SIG_HOTLINE}

2024年10月12日(土) 1:37 <hinode.tsuho2024@gmail.com>:
> 追加でお伝えします。
> 購買部の会議で、課長が私の発注ミスについて「こんな簡単なこともできないなら辞めろ」と
> 30分以上怒鳴り続けました。同席者は4名いました。
> 録音データもありますが、提出すると私だと分かってしまうのではないかと心配です。
""")

# 090 ------------------------------------------------------------------------------------
add("either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["freemail_recipient", "personal_data"],
    "leave notice with her own diagnosis sent to the employee's private carrier address at her request: the data subject herself is the recipient",
    sender=SAIONJI, to=["haruka.i.0612@docomo.ne.jp"], charset="iso-2022-jp",
    subject="休職発令のお知らせ（人事部 西園寺）",
    body=f"""一ノ瀬 遥 様

人事部労務課の西園寺です。療養中のところ失礼いたします。
ご希望のとおり、会社のアドレスではなくこちらにお送りしています。

ご提出いただいた診断書（傷病名：適応障害、3か月の休業加療を要する）に基づき、
2024年10月15日付で休職を発令いたしました。休職期間は2025年1月14日までです。

傷病手当金の申請書類は、来週ご自宅に郵送いたします。
社内調査の状況については、ご回復を優先し、ご希望があるときにお伝えします。
どうぞご無理のないようお過ごしください。
{SIG_SAIONJI}
""")

# 091 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
    "a partner company's employee named with her diagnosis (急性ストレス反応) in mail to that partner",
    sender=AIZAWA, to=["人事部 城之内様 <jonouchi@kawasaki-denki.co.jp>"], charset="cp932",
    subject="当社社員による貴社社員様への言動について（ご報告）",
    body=f"""川崎電機株式会社
人事部 城之内様

平素より大変お世話になっております。日の出産業の相沢でございます。
先日お電話でご報告いたしました件、書面にてご報告申し上げます。

当社購買部の社員が、9月の定例納期会議の場で、貴社の古閑 里美様に対し、
大声での叱責や人格を否定する発言を行ったことを、社内調査で確認いたしました。
古閑様がその後体調を崩され、医療機関で「急性ストレス反応」と診断されたと伺い、
誠に申し訳なく、心よりお詫び申し上げます。

当社としては、当該社員を貴社担当から外し、懲戒処分を検討しております。
改めてお詫びに伺いたく、ご都合をお知らせいただけますと幸いです。
{SIG_AIZAWA}
""")

# 092 ------------------------------------------------------------------------------------
add("pass", [], [],
    "short notice to the partner's HR that an investigation has started; one contact person (the sender)",
    sender=KUBOTA, to=["人事部 城之内様 <jonouchi@kawasaki-denki.co.jp>"], charset="utf-8",
    subject="ご申告いただいた件の調査開始について",
    body=f"""川崎電機株式会社
人事部 城之内様

お世話になっております。日の出産業 法務・コンプライアンス部の久保田です。
先日ご申告いただいた当社社員の言動の件につき、本日付で社内調査を開始いたしました。
結果がまとまり次第、相沢よりご報告いたします。

本件の当社窓口は私、久保田（03-5201-4872）となります。
{SIG_KUBOTA}
{DISC_JA}
""")

# 093 ------------------------------------------------------------------------------------
_p = people(8)
_tbl = [["日時", "氏名", "所属・役職", "メールアドレス", "備考"]]
for i, p in enumerate(_p):
    _tbl.append([f"11/{12 + i // 3} {['10:00', '13:30', '15:30'][i % 3]}", p["name"],
                 f"{p['dept']} {p['title']}".strip(), p["email"], "オンライン" if i % 4 == 3 else "対面"])
add("stop", ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
    "DOCX interview schedule of eight employees with their e-mail addresses to the investigator",
    sender=KUBOTA, to=[HORI], charset="iso-2022-jp",
    subject="HS-2024-038 ヒアリング日程表",
    body=f"""堀様

お世話になっております。久保田です。
HS-2024-038のヒアリング日程表をお送りします。
オンラインの方には、貴社からTeamsの招待を直接お送りいただけますでしょうか。
{SIG_KUBOTA}
""",
    attachments=[{"kind": "docx", "name": "HS-2024-038_ヒアリング日程表.docx",
                  "paragraphs": ["HS-2024-038 ヒアリング日程表", "場所：本社7階 小会議室B"],
                  "tables": [_tbl]}])

# 094 ------------------------------------------------------------------------------------
_p = people(12, dob_from=1963, dob_to=1985)
_tbl = [["No", "氏名", "生年月日", "所属"]]
for i, p in enumerate(_p):
    _tbl.append([str(i + 1), p["name"], wareki(*p["dob"]), p["dept"]])
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
    "PDF roster of twelve course graduates with 和暦 birth dates to the training vendor",
    sender=MIYASAKA, to=[SAEKI], charset="cp932",
    subject="ハラスメント相談員養成講座 修了証発行用名簿",
    body=f"""佐伯様

お世話になっております。宮坂です。
相談員養成講座の修了者名簿をお送りします。
修了証には生年月日の記載が必要とのことでしたので、和暦で記載しております。
{SIG_MIYASAKA}
""",
    attachments=[{"kind": "pdf", "name": "修了者名簿.pdf", "title": "修了者名簿",
                  "lines": ["ハラスメント相談員養成講座（2024年度）修了者名簿", ""], "table": _tbl}])

# 095 ------------------------------------------------------------------------------------
_p = people(6)
_roles = ["申告者", "被申告者", "参考人", "参考人", "参考人", "所属長"]
add("stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
    "PPTX briefing with a slide listing six people involved and their mobiles, sent to the law firm",
    sender=AIZAWA, to=[SHIRAKAWA], charset="utf-8",
    subject="調査委員会 第1回 説明資料",
    body=f"""白川先生

お世話になっております。相沢です。
来週の調査委員会（第1回）の説明資料をお送りします。
2枚目に関係者一覧を入れております。
{SIG_AIZAWA}
""",
    attachments=[{"kind": "pptx", "name": "調査委員会_第1回.pptx",
                  "slides": [["HS-2024-038 調査委員会（第1回）", "2024年11月8日", "法務・コンプライアンス部"],
                             ["関係者一覧"] + [f"{r}：{p['name']}（{p['dept']}）{p['mobile']}"
                                               for r, p in zip(_roles, _p)],
                             ["今後の進め方", "11月中旬 ヒアリング", "12月上旬 報告書"]]}])

# 096 ------------------------------------------------------------------------------------
_p = people(5)
_b = "\n".join(f"・{p['name']}（{p['dept']}）　{fw(p['mobile'])}　{p['email']}" for p in _p)
add("stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
    "five in-house counsellors with full-width mobiles and e-mails, as bullets, to the EAP provider",
    sender=SAIONJI, to=[NONOMURA], charset="iso-2022-jp",
    subject="社内相談員向けスーパービジョン研修 参加者のご連絡",
    body=f"""野々村様

お世話になっております。西園寺です。
12月のスーパービジョン研修に参加する社内相談員5名をお知らせします。
事前アンケートは各人に直接お送りください。緊急時は携帯にご連絡いただいて構いません。

{_b}

よろしくお願いいたします。
{SIG_SAIONJI}
""")

# 097 ------------------------------------------------------------------------------------
_p = people(4)
_t = "\n".join(f"{p['name']}\t{p['dept']}\t内線{p['ext']}\t{p['email']}" for p in _p)
add("pass", ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
    "four new in-house counsellors (extension, e-mail) to the EAP provider: under five people",
    sender=SAIONJI, to=[NONOMURA], charset="utf-8",
    subject="社内相談員の交代について",
    body=f"""野々村様

いつもお世話になっております。西園寺です。
12月1日付で社内相談員が一部交代しますので、ご連絡先の更新をお願いいたします。
新任の4名は以下のとおりです。

氏名\t所属\t内線\tメール
{_t}

退任者への連絡は11月末までとしてください。
{SIG_SAIONJI}
""")

# 098 ------------------------------------------------------------------------------------
add("stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
    "the accused's own ADHD diagnosis (with 和暦 birth date) reported to the investigator",
    sender=KUBOTA, to=[IWAKI], charset="cp932",
    subject="被申告者の弁明内容について（HS-2024-041）",
    body=f"""岩城様

お世話になっております。久保田です。
HS-2024-041の被申告者、我妻 健一（{wareki(1983, 4, 2)}生、情報システム部 課長）から
弁明書が提出されましたので、要点をお伝えします。

・部下への暴言は一部認める
・本人は数年前からADHD（注意欠如・多動症）の診断を受けて通院しており、
　感情のコントロールが難しい場面があると主張
・主治医の診断書を提出する用意がある

調査報告書で、この主張をどのように扱うべきか、次回ご相談させてください。
{SIG_KUBOTA}
""")

# 099 ------------------------------------------------------------------------------------
_p = people(15)
_rows = [["社員番号", "氏名", "メール", "生年月日", "入社年月日"]]
for p in _p:
    _rows.append([p["emp"], p["name"], p["email"], iso(p["dob"]),
                  f"{rng.randint(2005, 2024)}/04/01"])
add("pass", ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"], [],
    "CSV of fifteen new-hire survey targets sent to internal addresses only (incl. a mail. subdomain)",
    sender=HOTLINE, to=["人事オペレーション <hr-ops@mail.hinode-sangyo.co.jp>"],
    cc=[KUBOTA], charset="utf-8",
    subject="パルスサーベイ対象者（中途入社者）リスト",
    body="""人事オペレーション ご担当者様

内部通報窓口です。
中途入社者向けパルスサーベイの対象者リストです。配信設定をお願いします。
""" + SIG_HOTLINE,
    attachments=[{"kind": "csv", "name": "pulse_survey_targets.csv", "encoding": "utf-8", "rows": _rows}])

# 100 ------------------------------------------------------------------------------------
add("stop", [], ["external_recipients_visible", "multiple_external_domains"],
    "English RFP sent to three competing training vendors who can all see each other in To",
    sender=MIYASAKA,
    to=["proposals@respectatwork-asia.com", "Sales Team <sales@complianceacademy.com>",
        "hello@safeworkplace-training.com"], charset="utf-8",
    subject="Request for proposal: harassment prevention training for overseas subsidiaries",
    body=f"""Dear Sir or Madam,

Hinode Sangyo Co., Ltd. is looking for a partner to deliver harassment prevention training
at our subsidiaries in Vietnam (about 420 staff) and Thailand (about 260 staff) during the
first half of 2025.

We would be grateful for a proposal covering:
  1. Course outline for managers and for all staff (local language delivery)
  2. Delivery format (on-site / live online / e-learning) and schedule
  3. Fees, including trainer travel expenses
  4. References from similar projects in the region

Please send your proposal by 13 December 2024. Questions are welcome by e-mail.

Kind regards,
Noriko Miyasaka
Talent Development, HR Department
Hinode Sangyo Co., Ltd.
Tel: +81-3-5201-4745
""")
