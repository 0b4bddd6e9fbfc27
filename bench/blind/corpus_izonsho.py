"""Blind evaluation corpus — area: izonsho (依存症対応 / 従業員支援 EAP).

Mail of 日の出産業株式会社 人事部 健康管理室・労務課・総務部 about the company's
employee-assistance work with addiction: alcohol, gambling and drug dependence,
referrals to specialist clinics and recovery facilities, self-help groups (断酒会, AA, GA),
return-to-work judgements (復職判定), family counselling, drink-driving incidents,
alcohol checks of drivers, plus ordinary seminar, vendor and scheduling mail.

Every person, number, address, clinic, facility and organisation in this file is
invented (fictional but plausible); My Numbers and card numbers come from the helpers
in build.py. This file was written blind, from bench/blind/BRIEF.md, bench/blind/build.py
and shared/SPEC.md only: no mailguard code, rules, tests or other corpus files were read.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 20001
rng = random.Random(SEED)

# -- helpers -----------------------------------------------------------------------------

_ZEN = str.maketrans("0123456789-()/.", "０１２３４５６７８９－（）／．")


def zen(s: str) -> str:
    """ASCII digits and separators → full-width, as some people type them."""
    return s.translate(_ZEN)


def _width(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in s)


def pad(s: str, w: int) -> str:
    return s + " " * max(w - _width(s), 0)


def table(rows: list[list[str]], gap: int = 2) -> str:
    """A plain-text table padded with spaces, header, then a rule of dashes."""
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for n, r in enumerate(rows):
        out.append((" " * gap).join(pad(c, widths[i]) for i, c in enumerate(r)).rstrip())
        if n == 0:
            out.append("-" * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(out)


def mobile() -> str:
    return "0{}0-{:04d}-{:04d}".format(rng.choice("789"), rng.randrange(1000, 10000),
                                       rng.randrange(10000))


def corp_number(base12: str) -> str:
    """法人番号: check digit first, then the 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        total += digits[12 - n] * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def not_my_number(seed: int) -> str:
    """12 digits whose My Number check digit is wrong (an order number, say)."""
    s = my_number(seed)
    return s[:11] + str((int(s[11]) + 3) % 10)


def _mn_valid(d: str) -> bool:
    t = sum(int(d[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = t % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)


def licence(prefix: str = "30") -> str:
    """12-digit driving-licence number (never a valid My Number by accident)."""
    while True:
        d = prefix + "".join(str(rng.randrange(10)) for _ in range(12 - len(prefix)))
        if not _mn_valid(d):
            return d


def showa(y: int, m: int, d: int) -> str:
    return f"昭和{y - 1925}年{m}月{d}日"


def heisei(y: int, m: int, d: int) -> str:
    return f"平成{y - 1988}年{m}月{d}日"


SURNAMES = ["佐々木", "髙橋", "小松原", "五十嵐", "神保", "浅沼", "鬼塚", "東海林", "栗栖",
            "宍戸", "門脇", "帯刀", "久保寺", "椎名", "保坂", "日比野", "乙部", "四方田",
            "薬師寺", "百瀬", "馬場", "早乙女", "土橋", "寒河江", "猪股", "越智", "二階堂",
            "纐纈", "眞田", "角田", "勅使河原", "米満", "甘利", "蔀", "舘野", "桑畑"]
GIVEN = ["健一", "大輔", "翔", "隆", "誠司", "拓也", "光男", "正樹", "和彦", "勇気", "達也",
         "浩二", "慎吾", "亮介", "秀人", "剛", "純一", "聡", "悠斗", "勝", "智之", "直樹",
         "修", "康平", "雄一郎", "美穂", "恵子", "綾香", "真由美", "千尋"]


def people(n: int) -> list[str]:
    sur = rng.sample(SURNAMES, n)
    return [f"{s} {rng.choice(GIVEN)}" for s in sur]


# -- the people who write ------------------------------------------------------------------

ONODERA = "小野寺 美和 <onodera.miwa@hinode-sangyo.co.jp>"
MIKAMI = "三上 亮 <mikami.ryo@hinode-sangyo.co.jp>"
TAKENOUCHI = "竹之内 進 <takenouchi.susumu@hinode-sangyo.co.jp>"
IZUTSU = "井筒 孝典 <izutsu.takanori@hinode-sangyo.co.jp>"
KUROSAWA = "黒澤 直子 <kurosawa.naoko@hinode-sangyo.co.jp>"
ASAHINA = "朝比奈 悠 <asahina.yu@hinode-sangyo.co.jp>"
HATANAKA = "畑中 由紀子 <hatanaka.yukiko@hinode-sangyo.co.jp>"
ETO = "江藤 剛 <eto.tsuyoshi@hinode-sangyo.co.jp>"

# external people (all invented)
HOJO = "北條 さやか <hojo.sayaka@minatodai-clinic.jp>"            # clinic PSW
CLINIC_RENKEI = "みなと台クリニック 地域連携室 <renkei@minatodai-clinic.jp>"
HAMAKAZE = "浜風病院 地域医療連携室 <chiiki@hamakaze-hp.or.jp>"
MANABE = "真鍋 航 <manabe@asahi-recovery.or.jp>"                  # recovery facility
SAKURAGAOKA = "桜ヶ丘リカバリーセンター 相談室 <soudan@sakuragaoka-rc.or.jp>"
USAMI = "宇佐美 遥 <usami.haruka@mentalbridge.co.jp>"             # EAP provider
SAKAMAKI = "坂巻 亜紀 <sakamaki.aki@mentalbridge.co.jp>"
KAI = "甲斐 千尋 <kai@mizuhodai-sr.jp>"                           # 社労士
SHIRAKAWA = "白川 恭介 <k.shirakawa@shirakawa-law.jp>"
HANYU = "羽生 玲奈 <r.hanyu@shirakawa-law.jp>"
SAKAKIBARA = "榊原 道子 <sakakibara.michiko@seiwa-u.ac.jp>"
BENTON = "Laura Benton <laura.benton@globalcare-eap.com>"
NOTO = "能登 雅人 <noto.masato@tsubasa-system.jp>"
HOTEL_BANQUET = "さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"
HOTEL_FRONT = "さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"

# -- signatures and disclaimers ----------------------------------------------------------

SIG_ONODERA = """
--
日の出産業株式会社 人事部 健康管理室
保健師　小野寺 美和
〒330-0854 埼玉県さいたま市大宮区桜木町4-2-11 日の出ビル6F
TEL 048-641-2290（直通）／ 内線 3217
Mail: onodera.miwa@hinode-sangyo.co.jp
"""

SIG_MIKAMI = """
━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 健康管理室　公認心理師／産業カウンセラー
三上 亮（Mikami Ryo）
TEL: 048-641-2291　FAX: 048-641-2299
━━━━━━━━━━━━━━━━━━━━
"""

SIG_MIKAMI_EN = """
--
Ryo Mikami
Certified Public Psychologist, Health Management Office, HR Division
Hinode Sangyo Co., Ltd.
4-2-11 Sakuragicho, Omiya-ku, Saitama 330-0854, Japan
Tel: +81-48-641-2291
"""

SIG_TAKENOUCHI = """
-----------------------------------------
日の出産業株式会社　人事部 労務課 課長
竹之内 進
〒330-0854 さいたま市大宮区桜木町4-2-11
TEL:048-641-2201 / FAX:048-641-2209
-----------------------------------------
"""

SIG_IZUTSU = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業㈱ 総務部 総務課
安全運転管理者　井筒 孝典
TEL 048-641-2215　携帯 090-3318-7402
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
"""

SIG_ASAHINA = """
---
日の出産業株式会社 人事部 人材開発課
朝比奈 悠（あさひな ゆう）
TEL 048-641-2230　内線 3105
asahina.yu@hinode-sangyo.co.jp
"""

SIG_HATANAKA = """
――――――――――――――――
日の出産業株式会社 経理部 経理課
畑中 由紀子
TEL:048-641-2240
――――――――――――――――
"""

SIG_KUROSAWA = """
黒澤
（健康管理室 統括産業医　内線3210）
"""

SIG_ETO = """
日の出産業 物流部 北関東配送センター
センター長 江藤 剛
TEL 048-781-5530
"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールを破棄してください。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail.
"""

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# == 001-020 ==============================================================================

# 001
add(sender=ONODERA, to=[HOJO], subject="受診のご相談（弊社社員）", charset="iso-2022-jp",
    body="""みなと台クリニック
精神保健福祉士　北條 様

いつもお世話になっております。日の出産業 健康管理室の小野寺です。
先日お電話でご相談いたしました弊社社員の件、初診のご予約をお願いしたく
改めてご連絡いたします。

　氏名　　：砂川 恒夫（すながわ つねお）
　生年月日：昭和４６年９月１８日（５４歳）
　所属　　：製造本部 川越工場 品質保証課

本年の定期健康診断で γ-GTP 412 IU/L、AST 88、ALT 61 と高値が続いており、
産業医面談では「毎晩焼酎を５合程度、休日は朝から飲んでいる」との申告がありました。
AUDIT は 24 点です。今年に入って月曜日の欠勤が４回あり、上長からも出勤時の酒臭の
指摘が出ております。
本人は受診に同意しております。アルコール依存症の疑いとして、専門外来での評価を
お願いできれば幸いです。

ご都合のよい日時を２～３候補いただけましたら、本人と調整いたします。
何卒よろしくお願い申し上げます。
""" + SIG_ONODERA,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="referral of one named employee with 和暦 DOB, liver values and suspected alcohol dependence to an outside clinic")

# 002
add(sender=KUROSAWA, to=[TAKENOUCHI], cc=[ONODERA], subject="持田さん 復職可否について（産業医意見）",
    charset="cp932",
    body="""竹之内課長

お疲れさまです。黒澤です。
営業部第二課の持田和也さん（主任）について、昨日の面談結果をお伝えします。

・浜風病院 精神科にて「アルコール依存症」の診断、2/3～4/25 入院（ARP修了）
・退院後は月2回の外来通院、シアナミド内服継続中。断酒は本日時点で約3か月
・地域の断酒会（大宮支部 火曜例会）に週1回参加、本人の手帳で確認済み
・睡眠はおおむね良好、抑うつ症状なし。肝機能は γ-GTP 58 まで改善

主治医意見書でも復職可とされており、産業医としても「条件付きで復職可」と判断します。
条件案：
 1) 6/1 から1か月は短時間勤務（10:00-16:00）
 2) 社用車の運転は当面6か月禁止
 3) 月1回の産業医面談、外来・断酒会の継続
 4) 取引先との会食・接待の同席は当面免除

判定会議は 5/28（水）15:00 でお願いできればと思います。
資料は小野寺さんにまとめてもらいます。
""" + SIG_KUROSAWA,
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="diagnosis and return-to-work conditions of a named employee, but all recipients internal")

# 003
add(sender=MIKAMI, to=[USAMI], subject="復職判定会議記録の送付（持田様）", charset="utf-8",
    body="""株式会社メンタルブリッジ
宇佐美様

お世話になっております。日の出産業の三上です。
先日の判定会議の記録を添付いたします。
復職後のフォローアップ面談（月1回×6か月）について、貴社カウンセラーの
ご担当をお願いできますでしょうか。初回は6月第2週を想定しております。

よろしくお願いいたします。
""" + SIG_MIKAMI,
    attachments=[{
        "kind": "docx", "name": "復職判定会議記録_0528.docx", "page_header": "社外秘",
        "title": "復職判定会議記録",
        "paragraphs": [
            "復職判定会議 記録",
            "開催日：2025年5月28日（水）15:00～16:10　場所：本社6F 第3会議室",
            "出席者：黒澤（産業医）、竹之内（労務課長）、栗原（営業部長）、三上、小野寺",
            "対象者：持田 和也（営業部第二課 主任、42歳）",
            "休職期間：2025年2月3日～2025年5月31日（私傷病休職）",
            "診断名：アルコール依存症（浜風病院 精神科 主治医意見書 5/20付）",
            "経過：2/3～4/25 入院（アルコールリハビリテーションプログラム修了）。退院後は"
            "外来通院（月2回）、抗酒剤シアナミド内服。断酒継続約3か月。断酒会へ週1回参加。",
            "判定：条件付き復職可（2025年6月1日付）",
        ],
        "tables": [[
            ["項目", "内容", "期間"],
            ["勤務時間", "10:00～16:00 の短時間勤務", "6/1～6/30"],
            ["運転業務", "社用車の運転禁止", "6/1～11/30"],
            ["通院", "外来通院・断酒会参加の継続、通院日の勤務配慮", "当面"],
            ["面談", "産業医面談 月1回、EAPカウンセリング 月1回", "6か月"],
        ]],
    }],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "confidential_marking"],
    note="DOCX stamped 社外秘 with a named employee's alcohol-dependence diagnosis and hospital stay, to the outside EAP provider")

# 004
add(sender=ASAHINA, to=[SAKAKIBARA], subject="ご講演のお願い（職場のアルコール問題について）",
    charset="iso-2022-jp",
    body="""清和大学 人間科学部
榊原 道子 先生

突然のご連絡失礼いたします。
日の出産業株式会社 人事部 人材開発課の朝比奈と申します。

弊社では毎年12月に、管理職向けの安全衛生研修を実施しております。
本年度は「職場におけるアルコール問題と早期介入」をテーマとしたく、
先生のご著書『飲酒と働き方』を拝読し、ぜひご講演をお願いできないかと
ご連絡を差し上げました。

　日時　：2025年12月10日（水）14:00～15:30（90分）
　会場　：さくらホテル大宮 2F 「桜の間」
　対象　：管理職 約80名
　内容　：多量飲酒の職場サイン、声のかけ方、専門機関へのつなぎ方 など
　謝礼　：弊社規定により 10万円（税込）＋交通費実費

ご多忙のところ恐縮ですが、ご検討いただけますと幸いです。
詳細は改めてお打ち合わせさせていただければと存じます。
""" + SIG_ASAHINA,
    expect="pass", entities=[], detectors=[],
    note="lecture request to one outside academic; no personal data")

# 005
add(sender=TAKENOUCHI, to=[SHIRAKAWA], subject="社員の酒気帯び運転による逮捕について（ご相談）",
    charset="cp932",
    body="""白川法律事務所
白川 恭介 先生

いつも大変お世話になっております。日の出産業 労務課の竹之内でございます。
標記の件、至急ご相談させていただきたく、取り急ぎ概要をお送りいたします。

【対象者】物流部 北関東配送センター　ドライバー　長谷部 亮太（38歳、入社12年目）
【概要】
10月12日（日）22時40分頃、上尾市内の国道17号にて飲酒検問を受け、呼気から
0.35mg/L のアルコールが検出されたため、酒気帯び運転の容疑で上尾警察署に
現行犯逮捕されました。私有車での私用運転（休日）で、事故はありません。
10月14日に釈放され、現在は在宅で捜査中とのことです。
運転免許証番号は 301245789103 で、行政処分（免許取消の見込み）の通知はまだ届いておりません。

本人は以前から飲酒量が多く、昨年の健診後に保健師面談を受けております。
【ご相談事項】
 1. 就業規則第58条（懲戒解雇事由）の適用可否と、処分決定の時期
 2. ドライバー職から内勤への配置転換の可否
 3. 刑事手続き中の本人への聴取の進め方

明日以降でお電話可能なお時間をお知らせいただけますと幸いです。
""" + SIG_TAKENOUCHI,
    expect="stop",
    entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="arrest for drink-driving of a named employee plus his licence number, to the outside law firm")

# 006
add(sender=TAKENOUCHI, to=[SAKAMAKI], subject="Re: EAPサービス お見積りの件", charset="utf-8",
    body="""坂巻様

お世話になっております。竹之内です。
お見積りをお送りいただきありがとうございました。社内で確認し、以下2点お伺いします。

1. 「依存症専門相談オプション」は、家族相談も回数に含まれますでしょうか。
2. 年度途中（10月）開始の場合、基本料金は月割りでのご請求になりますか。

下記のプランBを軸に検討しております。

  プラン        内容                              月額（税抜）
  --------------------------------------------------------------
  A ベーシック   電話相談24h・対面5回/人年          180,000円
  B スタンダード A＋依存症専門相談オプション        245,000円
  C プレミアム   B＋管理職コンサル・研修2回          320,000円

お手数ですがよろしくお願いいたします。

> 日の出産業株式会社
> 竹之内様
>
> いつもお世話になっております。メンタルブリッジの坂巻です。
> ご依頼のお見積りを添付いたします。ご不明点はお気軽にお問い合わせください。
>
> 株式会社メンタルブリッジ 法人営業部 坂巻 亜紀
> TEL 03-5215-8830
""" + SIG_TAKENOUCHI,
    expect="pass", entities=[], detectors=[],
    note="vendor price discussion with a plan table; no people")

# 007
add(sender=ONODERA, to=["持田 恵美 <emi.mochida0612@gmail.com>"],
    subject="今後の通院とご家族向けプログラムについて", charset="utf-8",
    body="""持田 恵美 様

先日はお忙しいところ、健康管理室までお越しいただきありがとうございました。
保健師の小野寺です。お話しした内容を念のためメールでもお送りします。

和也さんの今後の予定
・浜風病院の外来は第1・第3木曜日の午後（主治医：大塚先生）
・シアナミド（抗酒剤）は毎朝、ご家族の前で服用していただくのが理想です
・断酒会は大宮支部の火曜例会に、ご本人が継続して参加されています
・再飲酒があっても責めずに、主治医か私にご連絡ください

ご家族向けには、みなと台クリニックの「家族教室」（毎月第2土曜 10:00～12:00）があり、
アルコール依存症の方のご家族が、病気の理解や対応の仕方を学ぶ場になっています。
参加は無料で、事前予約制です。ご希望でしたら私から連絡を入れます。

おひとりで抱え込まず、何かあればいつでもご相談ください。
""" + SIG_ONODERA,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="family counselling follow-up to the wife's Gmail naming the husband's alcohol dependence and treatment")

# 008
_clinics = [
    ["医療機関名", "所在地", "電話", "対応"],
    ["みなと台クリニック", "さいたま市中央区上落合3-8-2", "048-851-3320", "アルコール/薬物/ギャンブル"],
    ["浜風病院 精神科", "川越市南台1-17-5", "049-247-6110", "アルコール（入院可）"],
    ["県立こころの医療センター", "伊奈町小室8-1", "048-723-1020", "アルコール/薬物"],
    ["北本メンタルクリニック", "北本市本町4-22", "048-590-7730", "ギャンブル"],
    ["所沢ひかり病院", "所沢市東新井町9-3", "04-2929-3311", "アルコール（入院可）"],
    ["神田橋こころのクリニック", "東京都千代田区神田司町2-9", "03-5289-4470", "ギャンブル/ゲーム"],
    ["越谷駅前クリニック", "越谷市弥生町16-1", "048-960-2205", "アルコール"],
    ["戸田みらいクリニック", "戸田市本町1-30-8", "048-430-8812", "薬物/市販薬"],
]
add(sender=ONODERA, to=[USAMI], subject="紹介先医療機関リスト（埼玉・都内）", charset="utf-8",
    body="""宇佐美様

お世話になっております。小野寺です。
先日のお打ち合わせでお話しした、弊社で紹介実績のある依存症専門医療機関の一覧です。
貴社カウンセラーの方が紹介先を案内される際の参考にしてください。

""" + table(_clinics) + """

※ 予約状況は各院に直接ご確認ください。浜風病院・所沢ひかり病院は入院待機が1～2か月です。
""" + SIG_ONODERA,
    expect="pass", entities=[], detectors=[],
    note="list of eight clinics with switchboard numbers: businesses, not people")

# 009
_drv = people(30)
_rows9 = [["2025年9月 アルコールチェック記録（北関東配送センター）"], [],
          ["日付", "社員番号", "氏名", "携帯電話", "車両", "測定時刻", "測定値(mg/L)", "確認者"]]
for i, nm in enumerate(_drv):
    val = "0.00" if i not in (7, 19) else ("0.05" if i == 7 else "0.10")
    _rows9.append([f"2025/09/{1 + i % 26:02d}", f"H{rng.randrange(10000, 99999)}", nm, mobile(),
                   f"大宮400そ{rng.randrange(10, 99)}-{rng.randrange(10, 99)}",
                   f"{7 + i % 2}:{rng.randrange(0, 60):02d}", val, "井筒"])
add(sender=IZUTSU, to=[NOTO], cc=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="【問合せ】アルコールチェック記録の取込エラー", charset="cp932",
    body="""ツバサシステム株式会社
能登様

いつもお世話になっております。日の出産業 総務の井筒です。
新システムへの9月分記録の取込で、「測定値」列がエラーになる行があります。
元データを添付しますので、どの行がエラーになっているか確認いただけますか。
（CSV変換前のExcelそのままです）

お手数ですがよろしくお願いします。
""" + SIG_IZUTSU,
    attachments=[{"kind": "xlsx", "name": "アルコールチェック記録_202509.xlsx",
                  "sheets": {"9月記録": _rows9, "凡例": [["測定値", "判定"], ["0.00", "可"],
                                                       ["0.01以上", "乗務不可・再検査"]]}}],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="XLSX of 30 drivers with names and mobile numbers sent to the system vendor: list of people")

# 010
add(sender=ASAHINA,
    to=["川崎電機 人事部 研修担当 <kenshu@kawasaki-denki.co.jp>",
        "青葉運輸 安全推進室 <anzen@aoba-unyu.co.jp>",
        "北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>"],
    subject="【ご案内】飲酒運転防止・アルコール問題 合同研修会（11/20）", charset="iso-2022-jp",
    body="""各社 ご担当者様

いつもお世話になっております。日の出産業 人材開発課の朝比奈です。
昨年に続き、取引先各社さま合同での研修会を下記のとおり開催いたします。

　日時：2025年11月20日（木）13:30～16:30
　会場：さくらホテル大宮 3F「芙蓉の間」
　内容：第1部 飲酒運転の実態と企業責任（講師：青葉運輸 安全推進室長 様）
　　　　第2部 アルコール問題の早期発見と相談窓口（講師：弊社 産業医）
　定員：各社10名まで

参加人数を11月7日（金）までにご返信ください。
""" + SIG_ASAHINA,
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external companies openly in To: should have been Bcc")

# 011
add(sender=ONODERA, to=[HOJO], subject="Re: 受診のご相談（弊社社員）", charset="iso-2022-jp",
    body="""北條様

ご調整いただきありがとうございます。
ご本人に確認が取れましたので、11月6日（木）14:00 で確定をお願いいたします。
当日は私は同行せず、ご本人おひとりで伺う予定です。

引き続きよろしくお願いいたします。
小野寺

> 日の出産業株式会社 小野寺様
>
> お世話になっております。みなと台クリニックの北條です。
> 砂川恒夫様の初診枠ですが、11月6日（木）14:00 または 11月11日（火）10:30 で
> お取りできます。アルコール依存症の評価のため、初回は約90分を予定しております。
> 健診結果（γ-GTP等）のコピーを当日お持ちいただけますと助かります。
>
> 北條 さやか（精神保健福祉士）
> 医療法人社団清流会 みなと台クリニック
""",
    expect="pass", entities=[], detectors=[],
    note="new text is only a time confirmation; the patient's details are in quoted text the clinic wrote")

# 012
_mn12 = my_number(SEED + 1)
add(sender=TAKENOUCHI, to=[KAI], subject="傷病手当金 支給申請（岩渕さん分）のお願い", charset="utf-8",
    body=f"""みずほ台社会保険労務士事務所
甲斐先生

いつもお世話になっております。竹之内です。
休職中の社員について、傷病手当金の申請書作成をお願いいたします。
医師の意見書（療養担当者記入欄）は本人経由で入手済みで、明日郵送いたします。

■ 被保険者
氏名：岩渕 誠（いわぶち まこと）
生年月日：S55.2.29
個人番号：{_mn12[:4]} {_mn12[4:8]} {_mn12[8:]}
基礎年金番号：4129-073856
傷病名：アルコール依存症、アルコール性肝炎（浜風病院）
療養期間：2025年8月18日～9月30日（うち入院 8/18～9/26）
■ 振込先
みどり銀行 大宮支店　普通 3581204　イワブチ マコト

待期期間・報酬支払の有無は、添付の勤怠集計のとおりです（8/15 から欠勤、8月分給与は日割）。
ご不明点があればご連絡ください。
""" + SIG_TAKENOUCHI,
    attachments=[{"kind": "csv", "name": "kintai_iwabuchi_202508.csv", "encoding": "cp932",
                  "rows": [["日付", "区分", "備考"], ["2025/08/13", "出勤", ""],
                           ["2025/08/14", "出勤", ""], ["2025/08/15", "欠勤", "体調不良"],
                           ["2025/08/18", "欠勤", "入院"], ["2025/08/19", "欠勤", "入院"]]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER",
              "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="sickness-allowance claim to the outside 社労士: My Number, pension number, bank account, diagnosis")

# 013
_n13 = people(6)
_t13 = [["日付", "氏名", "測定値", "対応"]]
for nm, d, v, act in zip(_n13, ["9/2", "9/5", "9/11", "9/11", "9/19", "9/26"],
                         ["0.08", "0.12", "0.05", "0.21", "0.06", "0.09"],
                         ["乗務停止・再検査で0.00確認後 午後から乗務", "当日乗務停止、上長面談",
                          "再検査0.00", "当日乗務停止、保健師面談予定", "再検査0.00",
                          "当日乗務停止、2回目のため所長面談"]):
    _t13.append([d, nm, v, act])
add(sender=IZUTSU, to=[ETO], cc=["安全運転推進委員会 <anzen-iinkai@hinode-sangyo.co.jp>"],
    subject="9月 アルコール検知者まとめ（北関東）", charset="cp932",
    body="""江藤センター長

お疲れさまです。井筒です。
9月の出庫前チェックでの検知者をまとめました（いずれも乗務前に検知、運転なし）。

""" + table(_t13) + """

2回以上検知の方は、保健師面談につなぐ運用でお願いします。
""" + SIG_IZUTSU,
    expect="pass", entities=["PERSON_NAME"], detectors=[],
    note="six drivers' breath-test detections, but sent only inside the company")

# 014
add(sender=ONODERA, to=[HOJO], subject="紹介資料の送付（パスワード別送）", charset="iso-2022-jp",
    body="""北條様

お世話になっております。小野寺です。
先日お電話でご相談した件の紹介資料一式を、ZIPファイルにてお送りします。
パスワードは別のメールでお知らせいたします。

ご確認のほどよろしくお願いいたします。
""" + SIG_ONODERA,
    attachments=[{"kind": "zip", "name": "紹介資料_1104.zip", "password": "Hn2025eap!",
                  "files": [{"kind": "docx", "name": "紹介状.docx",
                             "paragraphs": ["紹介状", "患者氏名：（略）"]}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to a clinic: cannot be inspected")

# 015
add(sender=TAKENOUCHI, to=[NOTO], subject="機密保持契約書（案）のご送付", charset="utf-8",
    body="""ツバサシステム株式会社
能登様

お世話になっております。日の出産業の竹之内です。
EAP相談記録クラウドの導入検討にあたり、弊社書式の機密保持契約書（案）をお送りします。
相談記録には健康情報が含まれるため、第4条（再委託）と第7条（返還・廃棄）を
特にご確認いただければと存じます。

修正のご希望があれば、変更履歴付きでご返送ください。
締結後に、テスト環境でのデータ連携の打ち合わせをさせていただければ幸いです。
""" + SIG_TAKENOUCHI + DISC_JA,
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_ツバサシステム.docx",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」"
                      "という。）は、甲の従業員支援業務に係るシステム導入の検討（以下「本件」という。）"
                      "に関し、次のとおり契約を締結する。",
                      "第1条（秘密情報）本契約において秘密情報とは、本件に関し甲が乙に開示する一切の情報をいう。",
                      "第4条（再委託）乙は、甲の書面による事前の承諾なく、本件業務を第三者に再委託してはならない。",
                      "第7条（返還・廃棄）乙は、本件終了後、甲の指示に従い秘密情報を返還または廃棄する。",
                  ]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA with the NDA draft; no marking, no people")

# 016
add(sender=MIKAMI, to=["黒澤 直子 <kurosawa.naoko@hinode-sangyou.co.jp>"],
    subject="新規ケース：経理部 葛西さん", charset="utf-8",
    body="""黒澤先生

お疲れさまです。三上です。
本日、経理部の葛西隆之さん（35）が自発的に相談に来られました。概要です。

・競艇とスマホのスロットアプリで、ここ2年で借入が消費者金融4社・約480万円
・給与の前借り申請が2回。奥さまは借金の全容を先週知ったとのこと
・睡眠が3～4時間、食欲低下、「消えてしまいたいと思うことがある」と発言あり
　（具体的な計画は否定）
・ギャンブル障害の疑い＋抑うつ状態と見立てています

希死念慮があるため、今週中に先生の面談を入れていただけないでしょうか。
みなと台クリニックのギャンブル外来への紹介も検討したいです。
""" + SIG_MIKAMI,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for the in-house doctor but addressed to hinode-sangyou.co.jp (look-alike) with a named gambling/depression case")

# 017
add(sender=ASAHINA, to=["錦印刷 営業部 須藤様 <sudo@nishiki-insatsu.co.jp>"],
    subject="リーフレット印刷のご依頼（お酒と上手につきあうために）", charset="iso-2022-jp",
    body="""錦印刷株式会社
営業部 須藤様

いつもお世話になっております。日の出産業の朝比奈です。
先日お見積りいただいたリーフレットについて、正式に発注いたします。

　品名　：『お酒と上手につきあうために』
　品番　：NS-LF-2207（A4 三つ折り・両面4色）
　部数　：3,000部
　納期　：11月14日（金）本社 総務部着
　発注番号：HS-PO-25-0931

最終稿のPDFを添付します。裏面の相談窓口の電話番号（048-641-2290）のみ、
前回校正から変更しておりますのでご確認ください。
""" + SIG_ASAHINA,
    attachments=[{"kind": "pdf", "name": "leaflet_final_v3.pdf", "title": "お酒と上手につきあうために",
                  "lines": ["お酒と上手につきあうために",
                            "■ 純アルコール20gの目安：ビール中瓶1本、日本酒1合、チューハイ(7%)350ml",
                            "■ 週に2日は休肝日を",
                            "■ こんなサインはありませんか：飲酒量が増えた、記憶がなくなる、翌朝に残る",
                            "■ ひとりで悩まずご相談ください",
                            "　健康管理室（保健師・カウンセラー）TEL 048-641-2290（平日9時～17時）",
                            "　EAP外部相談窓口（24時間・匿名可）0120-556-081"]}],
    expect="pass", entities=[], detectors=[],
    note="print order with product code, PO number and the company help-line number")

# 018
add(sender=MIKAMI, to=["岩渕 誠 <iwabuchi.m55@yahoo.co.jp>"], subject="復職判定結果のお知らせ",
    charset="utf-8",
    body="""岩渕さん

健康管理室の三上です。療養お疲れさまでした。
ご希望どおり、ご自宅のアドレスにお送りします。
10月8日の復職判定会議の結果を添付しますので、ご確認ください。

10月20日（月）の初出勤日は、9時に6階の健康管理室へお越しください。
""" + SIG_MIKAMI,
    attachments=[{"kind": "pdf", "name": "復職判定通知書.pdf",
                  "lines": ["復職判定通知書", "2025年10月9日",
                            "岩渕 誠 殿（経理部 経理課）",
                            "日の出産業株式会社 人事部長",
                            "2025年10月8日の復職判定会議において、下記のとおり判定しましたので通知します。",
                            "1. 判定：復職可（2025年10月20日付）",
                            "2. 傷病名：アルコール依存症、アルコール性肝炎（主治医意見書による）",
                            "3. 条件：(1) 1か月間の時間外労働禁止 (2) 外来通院（月2回）および抗酒剤内服の継続",
                            "         (3) 産業医面談 月1回（6か月）",
                            "4. 再飲酒等により就業が困難となった場合は、改めて判定を行う。"]}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="return-to-work decision with the diagnosis, sent to the employee's own Yahoo address: sensitive data leaves")

# 019
add(sender=ASAHINA, to=["北国フーズ 法人営業 <hojin@kitaguni-foods.co.jp>"],
    subject="12/10 研修会 お弁当・飲料のご注文", charset="cp932",
    body="""北国フーズ株式会社
法人営業ご担当者様

いつもお世話になっております。日の出産業の朝比奈です。
12月10日（水）の研修会用に、下記のとおり注文いたします。

  品番        品名                         数量   単価
  ------------------------------------------------------
  KF-B1120    幕の内弁当「彩」              82     1,080
  KF-B1302    ヘルシー弁当（減塩）           8     1,180
  KF-D0451    ノンアルコールビールテイスト   40       160
  KF-D0107    緑茶 500ml                     90       110

配達：12月10日（水）11:30 さくらホテル大宮 搬入口（3F 芙蓉の間）
請求書は経理部 畑中宛にお願いします。

研修のテーマが飲酒問題のため、懇親会は行いません。
ノンアルコール飲料は休憩用です。
""" + SIG_ASAHINA,
    expect="pass", entities=[], detectors=[],
    note="catering order with product codes and quantities")

# 020
add(sender=MIKAMI, to=[MANABE], subject="ギャンブル回復プログラムへの受け入れのご相談",
    charset="iso-2022-jp",
    body="""NPO法人あさひリカバリー
施設長 真鍋 様

いつもお世話になっております。日の出産業 健康管理室の三上です。
弊社社員１名について、通所型のギャンブル回復プログラムへの受け入れをご相談させてください。

氏名は葛西 隆之（かさい たかゆき）さん、35歳、経理部勤務です。
10月14日にみなと台クリニックで「ギャンブル障害」と診断され、同院の外来に月2回通院中です。
借入は消費者金融４社で約480万円あり、白川法律事務所で任意整理の手続きに入っています。
抑うつ状態もあり、主治医からは夜間の単独行動を控えるよう言われています。

ご本人は仕事を続けながら、平日夜と土曜のプログラムに通うことを希望しています。
連絡先は本人携帯 080-6624-3197 です（日中は業務中のため、18時以降が確実です）。

見学日程をいただけましたら、本人に伝えます。
よろしくお願いいたします。
""" + SIG_MIKAMI,
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="referral of a named employee with gambling-disorder diagnosis, depression and mobile number to a recovery facility")

# == 021-040 ==============================================================================

# 021
_staff21 = [("大庭 千夏", mobile()), ("籾山 亘", mobile()), ("朝比奈 悠", mobile()),
            ("小野寺 美和", mobile())]
add(sender=ASAHINA, to=[HOTEL_BANQUET], subject="12/10 研修会 当日スタッフ連絡先", charset="utf-8",
    body="""さくらホテル大宮
宴会予約 ご担当者様

お世話になっております。日の出産業の朝比奈です。
12/10（水）当日、会場に入る弊社スタッフの連絡先をお知らせします。
搬入・設営で何かあれば、上から順にご連絡ください。

""" + "\n".join(f"　{n}　{p}" for n, p in _staff21) + """

当日は 11:00 から設営に入らせていただきます。
""" + SIG_ASAHINA,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four staff names with mobiles to the venue: under five, may be warned")

# 022
_g22 = []
for nm, kana, mail in [("榊原 道子", "サカキバラ ミチコ", "sakakibara.michiko@seiwa-u.ac.jp"),
                       ("黒澤 直子", "クロサワ ナオコ", "kurosawa.naoko@hinode-sangyo.co.jp"),
                       ("纐纈 康平", "コウケツ コウヘイ", "koketsu.kohei@hinode-sangyo.co.jp"),
                       ("寒河江 綾香", "サガエ アヤカ", "sagae.ayaka@hinode-sangyo.co.jp"),
                       ("帯刀 正樹", "タテワキ マサキ", "tatewaki.masaki@hinode-sangyo.co.jp"),
                       ("乙部 千尋", "オトベ チヒロ", "otobe.chihiro@hinode-sangyo.co.jp")]:
    _g22.append([nm, kana, mobile(), mail, rng.choice(["18:30", "19:00", "20:15", "21:00"])])
add(sender=ASAHINA, to=[HOTEL_FRONT], subject="12/9 宿泊者名簿（日の出産業 研修前泊）",
    charset="utf-8",
    body="""さくらホテル大宮
宿泊予約係 御中

いつもお世話になっております。日の出産業 人材開発課の朝比奈です。
12月9日（火）1泊、シングル6室の宿泊者名簿をお送りします。
チェックイン時刻の目安も記載しております。

""" + table([["氏名", "フリガナ", "携帯", "メール", "到着"]] + _g22) + """

お支払いは法人後払い（請求書）でお願いいたします。
""" + SIG_ASAHINA,
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six guests' names, mobiles and e-mail addresses in a padded table to the hotel: a list of people")

# 023
add(sender=MIKAMI, to=["持田 和也 <kazu.mochida.77@gmail.com>"], subject="面談日程のご連絡",
    charset="utf-8",
    body="""持田さん

健康管理室の三上です。いつもありがとうございます。
先日お話しした、職場に戻られる前の面談の日程です。

　日時：5月22日（木）10:00～11:00
　場所：本社6F 健康管理室（面談室B）

ご都合が悪ければ、このメールに返信ください。
当日は体調に無理のない範囲でお越しください。
""" + SIG_MIKAMI,
    expect="either", entities=[], detectors=["freemail_recipient"],
    note="pre-return interview date to the employee's own Gmail: implies sick leave but names no condition")

# 024
_card24 = card_number(SEED + 1)
add(sender=HATANAKA, to=[HOTEL_BANQUET], subject="研修会場ご利用料金のお支払い（法人カード）",
    charset="iso-2022-jp",
    body=f"""さくらホテル大宮
宴会予約 ご担当者様

お世話になっております。日の出産業 経理部の畑中です。
12月10日の研修会場・宿泊料金につきまして、今回は法人カードでの事前決済を
お願いしたく、カード情報をお知らせいたします。

　カード番号：{_card24[:4]} {_card24[4:8]} {_card24[8:12]} {_card24[12:]}
　有効期限　：08/28
　名義　　　：HINODE SANGYO CO LTD / SUSUMU TAKENOUCHI

決済が完了しましたら、領収書を経理部宛にご送付ください。
""" + SIG_HATANAKA,
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a full corporate card number by mail to the hotel")

# 025
_t25 = "T" + corp_number("010401087356")
add(sender=HATANAKA, to=["川崎電機 営業管理課 <eigyo-kanri@kawasaki-denki.co.jp>"],
    subject="ご請求書の記載について（アルコール検知器）", charset="cp932",
    body=f"""川崎電機株式会社
営業管理課 ご担当者様

いつもお世話になっております。日の出産業 経理部の畑中です。
10月31日付ご請求書（請求番号 KD-INV-2510-00472）を拝受しました。
インボイス記載事項について1点確認させてください。

　品名：据置型アルコール検知器 AC-3500 ×40台、専用マウスピース MP-35 ×2,000個
　金額：2,376,000円（税込）
　登録番号：{_t25}

登録番号が、国税庁の公表サイトで検索すると「川崎電機販売株式会社」と表示されます。
ご請求元の会社名と相違がないか、ご確認いただけますでしょうか。
""" + SIG_HATANAKA,
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice query with a supplier's registration (corporate) number; business data only")

# 026
_n26 = people(8)
_rows26 = [["受付No", "社員番号", "氏名", "年齢", "所属", "相談区分", "紹介先", "状況"]]
for i, nm in enumerate(_n26):
    _rows26.append([f"E25-{i + 3:03d}", f"H{rng.randrange(10000, 99999)}", nm,
                    str(rng.randrange(24, 61)),
                    rng.choice(["製造本部", "営業部", "物流部", "経理部", "開発部", "総務部"]),
                    ["アルコール", "ギャンブル", "アルコール", "薬物（市販薬）", "家族（配偶者の飲酒）",
                     "アルコール", "ギャンブル", "アルコール"][i],
                    rng.choice(["みなと台クリニック", "浜風病院", "あさひリカバリー", "なし"]),
                    rng.choice(["継続", "終結", "通院中", "休職中"])])
add(sender=MIKAMI, to=[USAMI], subject="上期の相談記録（引継ぎ用）", charset="utf-8",
    body="""宇佐美様

三上です。来月からの外部相談窓口の一本化に向けて、
上期に健康管理室で受けた依存関連の相談記録をCSVでお送りします。
貴社のケース管理に取り込んでいただければと思います。
""" + SIG_MIKAMI,
    attachments=[{"kind": "csv", "name": "EAP相談記録_2025上期.csv", "encoding": "utf-8",
                  "rows": _rows26}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="CSV of eight named employees with their dependence category and referral clinic, to the EAP vendor")

# 027
add(sender=MIKAMI, to=[BENTON], subject="Q3 EAP utilisation - Hinode Sangyo (aggregated)",
    charset="utf-8",
    body="""Dear Laura,

Please find below our Q3 (July-September) figures for the group utilisation review.
As agreed, these are aggregated counts only.

  Category                 New cases   Ongoing   Closed
  -----------------------------------------------------
  Alcohol                          9        14        5
  Gambling                         4         6        1
  Drugs / OTC medicine             1         2        0
  Family members                   6         5        3
  Other (stress, sleep)            3        11        7

Referrals to specialist clinics: 8. Return-to-work decisions: 3 (all approved with
conditions). Average time from first contact to clinic appointment: 11 days.

Happy to walk you through the trends on our call next week.

Best regards,
""" + SIG_MIKAMI_EN + DISC_EN,
    expect="pass", entities=[], detectors=[],
    note="aggregated counts in English to a foreign vendor; no individuals")

# 028
add(sender=ONODERA, to=["川口メンタルクリニック 受付 <uketsuke@kawaguchi-mental.jp>"],
    subject="外国籍社員の受診予約（通訳同伴）について", charset="utf-8",
    body="""川口メンタルクリニック
ご担当者様

お世話になっております。日の出産業 健康管理室 保健師の小野寺です。
弊社の外国籍社員について、アルコール外来の初診予約をお願いしたくご連絡しました。

氏名：NGUYEN VAN HUNG（グエン・ヴァン・フン）
国籍：ベトナム　生年月日：1996年3月7日
在留カード番号：KX48271953EA（特定技能1号）
所属：川越工場 製造2課（寮住まい）

9月以降、寮での飲酒後の転倒が2回あり、10/3 には救急搬送（急性アルコール中毒）
されています。健診で γ-GTP 236。本人は日本語の日常会話は可能ですが、医療の説明は
ベトナム語の通訳（弊社手配）が同伴します。
保険証は協会けんぽです。候補日を教えていただければ調整いたします。
""" + SIG_ONODERA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="residence card number plus an alcohol-related emergency of a named foreign employee to a clinic")

# 029
add(sender=ASAHINA, to=[SAKAMAKI], cc=[HOTEL_BANQUET],
    subject="12/10 研修会 事前打合せの日程", charset="iso-2022-jp",
    body="""メンタルブリッジ 坂巻様
さくらホテル大宮 宴会ご担当者様

お世話になっております。日の出産業の朝比奈です。
12/10 の研修会について、会場での三者打合せをお願いできればと思います。
下記の候補でご都合はいかがでしょうか。

　① 11月18日（火）15:00～
　② 11月19日（水）10:00～
　③ 11月21日（金）14:00～

所要は1時間程度、会場（3F 芙蓉の間）の下見を兼ねます。
メンタルブリッジ様にはグループワークの進め方をご説明いただく予定です。
""" + SIG_ASAHINA,
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="ordinary three-way scheduling with two external organisations")

# 030
add(sender=TAKENOUCHI, to=[HANYU], cc=[SHIRAKAWA],
    subject="開発部社員の逮捕について（第一報）", charset="utf-8",
    body="""白川法律事務所
羽生先生（cc 白川先生）

お世話になっております。竹之内です。
お電話でお伝えした件、第一報として事実関係をまとめます。

・対象者：開発部 第1グループ　堀之内 学（41歳）
・11月2日（日）朝、自宅で覚醒剤取締法違反（所持）の疑いで埼玉県警に逮捕。
　現在、浦和警察署に勾留中（奥さまから11/3朝に上長へ連絡）
・本人は2年前から市販の咳止め薬を大量に服用しており、昨年「薬物依存」の診断で
　戸田みらいクリニックに通院歴あり（健康管理室で把握）
・社内での使用・所持の事実は現時点で確認されていません

勾留中の欠勤の扱いと、起訴前の段階での懲戒手続きの可否についてご相談させてください。
報道の可能性も踏まえ、広報対応の要否もご意見いただければ幸いです。
""" + SIG_TAKENOUCHI,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="arrest and drug-dependence history of a named employee to the law firm")

# 031
add(sender=ONODERA, to=["<hanako.k.1971@gmail.com>"], subject="自助グループの例会のご案内",
    charset="iso-2022-jp",
    body="""お問い合わせいただいた件について

日の出産業 健康管理室 保健師の小野寺です。
先日お電話でお尋ねのあった、ご家族の立場で参加できる集まりを
いくつかご紹介します。いずれも予約不要・匿名で参加できます。

・さいたま断酒会（家族の部）　毎月第1日曜 13:30～　浦和コミュニティセンター 9F
・アラノン大宮グループ　毎週水曜 19:00～　大宮ソニックシティ近くの教会ホール
・ギャマノン埼玉　毎週土曜 14:00～　川口市民会館 第2会議室
・県精神保健福祉センター「家族教室」（全5回）　要申込 048-723-3333

会場や時間は変更されることがありますので、各会のホームページでご確認ください。
ご家族だけで抱え込まないことがいちばん大切です。いつでもご相談ください。
""" + SIG_ONODERA,
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="public meeting list to one private address; no one's condition named")

# 032
add(sender=MIKAMI, to=[USAMI], subject="【社外秘】依存症対応フロー（改定案）のご確認", charset="utf-8",
    body="""宇佐美様

三上です。先日ご相談した依存症対応フローの改定案を添付します。
貴社窓口との連携部分（ステップ3～5）にご意見をいただけますでしょうか。
""" + SIG_MIKAMI,
    attachments=[{"kind": "docx", "name": "依存症対応フロー_改定案v2.docx",
                  "page_header": "社外秘　日の出産業株式会社 人事部",
                  "paragraphs": [
                      "【社外秘】依存症対応フロー（改定案 v2）",
                      "ステップ1：上長・同僚による気づき（遅刻・欠勤、酒臭、借金の噂 等）",
                      "ステップ2：健康管理室への相談（本人または上長）",
                      "ステップ3：EAP外部窓口での初回アセスメント（3営業日以内）",
                      "ステップ4：専門医療機関への紹介、家族相談の案内",
                      "ステップ5：休職・復職判定、職場の受け入れ準備",
                      "運用上の注意：懲戒手続きと治療支援の窓口は分ける。"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="document and subject stamped 社外秘 sent to an outside vendor; no personal data")

# 033
add(sender=MIKAMI, to=[BENTON], subject="Re: Case review call", charset="utf-8",
    body="""Hi Laura,

Tuesday 18 November at 10:00 JST works for me. I will send a Teams link.

Best,
Ryo

On Mon, 10 Nov 2025 at 17:42, Laura Benton <laura.benton@globalcare-eap.com> wrote:
> Hi Ryo,
> Could we review case GC-1182 (the warehouse supervisor, 47, alcohol use disorder,
> relapsed after 5 months) before the quarterly meeting? His counsellor in Osaka
> suggests a residential programme. Would Tuesday or Wednesday morning your time suit?
> Laura
""" + SIG_MIKAMI_EN,
    expect="pass", entities=[], detectors=[],
    note="new text is only a time; the case details are in the partner's own quoted mail")

# 034
add(sender=ONODERA, to=[USAMI], subject="FW: 診療情報提供書の件（砂川様）", charset="iso-2022-jp",
    body="""宇佐美様

小野寺です。クリニックから下記の連絡がありましたので共有します。
貴社での月1回のフォロー面談の際、参考にしてください。

-----Original Message-----
From: 北條 さやか <hojo.sayaka@minatodai-clinic.jp>
Sent: Thursday, November 13, 2025 4:05 PM
To: 小野寺 美和 <onodera.miwa@hinode-sangyo.co.jp>
Subject: 診療情報提供書の件（砂川様）

日の出産業 小野寺様

お世話になっております。みなと台クリニックの北條です。
砂川恒夫様（S46.9.18生）の初診結果について、主治医の了承を得てご報告します。

診断：アルコール依存症（中等度）、アルコール性肝障害
方針：外来通院（週1回×4週、以後隔週）、飲酒量低減薬ナルメフェンを開始。
　　　断酒を最終目標とし、当院の集団療法（木曜午後）への参加を勧めています。
就労：現時点で休業の必要はないが、夜勤と車両運転は避けることが望ましい。

北條
""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="forward of the clinic's diagnosis of a named employee to a third party: forwarded text counts")

# 035
add(sender=ASAHINA, to=[HOTEL_BANQUET], subject="Re: 12/10 会場レイアウトの件", charset="utf-8",
    body="""さくらホテル大宮
宴会予約 ご担当者様

お世話になっております。日の出産業の朝比奈です。
レイアウト図ありがとうございました。1点だけ変更をお願いします。

・スクール形式 → 後半のグループワーク用に「島型（6名×14島）」へ変更
・プロジェクターは2台（前方・中央）、ワイヤレスマイク3本
・受付台は入口左側に長机2本

変更後の図面をお送りいただけますと幸いです。
""" + SIG_ASAHINA + DISC_JA,
    expect="pass", entities=[], detectors=[],
    note="venue logistics with the standard 機密情報 disclaimer, which is not a marking")

# 036
_n36 = people(6)
_tr36 = ""
for i, nm in enumerate(_n36):
    y, mo, d = rng.randrange(1968, 2001), rng.randrange(1, 13), rng.randrange(1, 29)
    lic = licence("30")
    _tr36 += (f"<tr><td>{i + 1}</td><td>{nm}</td><td>{y}/{mo:02d}/{d:02d}</td>"
              f"<td>{lic}</td><td>{rng.choice(['北関東配送C', '川越工場', '本社営業部'])}</td></tr>\n")
add(sender=IZUTSU, to=["北浦和自動車教習所 法人講習係 <hojin@kita-urawa-ds.co.jp>"],
    subject="特別安全運転講習 受講者のご連絡", charset="utf-8",
    html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>北浦和自動車教習所<br>法人講習係 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 総務部の井筒です。<br>
11月26日（水）の特別安全運転講習（飲酒運転防止コース）の受講者をお知らせします。<br>
受講証の発行に必要とのことでしたので、免許証番号も記載しております。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>生年月日</th><th>免許証番号</th><th>所属</th></tr>
""" + _tr36 + """</table>
<p>当日は8:50までに2F教室へ集合させます。よろしくお願いいたします。</p>
<p>日の出産業㈱ 総務部 総務課<br>安全運転管理者　井筒 孝典<br>TEL 048-641-2215</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of six drivers' birth dates and licence numbers to a driving school")

# 037
_serials = [f"AC35-{rng.choice(['2406', '2407', '2409'])}-{rng.randrange(100, 999):05d}" for _ in range(12)]
_sites = ["本社", "本社", "川越工場", "川越工場", "川越工場", "北関東配送C", "北関東配送C",
          "北関東配送C", "熊谷営業所", "所沢営業所", "春日部営業所", "千葉営業所"]
add(sender=IZUTSU, to=["川崎電機 サービスセンター <service@kawasaki-denki.co.jp>"],
    subject="アルコール検知器 年次校正のお申込み", charset="cp932",
    body="""川崎電機株式会社 サービスセンター御中

お世話になっております。日の出産業 総務部の井筒です。
据置型検知器 AC-3500 の年次校正（センサー交換含む）を申し込みます。

""" + "\n".join(f"{s}\t{site}" for s, site in zip(_serials, _sites)) + """

引取りは12月第1週を希望します。代替機の貸出（6台）もお願いできますか。
お見積り番号 KD-Q-25-1187 の条件でお願いします。
""" + SIG_IZUTSU,
    expect="pass", entities=[], detectors=[],
    note="device serial numbers and sites, tab-separated: product identifiers, not people")

# 038
add(sender=MIKAMI, to=[USAMI], subject="10月度 月次報告書", charset="utf-8",
    body="""宇佐美様

三上です。10月度の月次報告書をお送りします。
先方の書式に合わせてPDFにしています。
""" + SIG_MIKAMI,
    attachments=[{"kind": "corrupt", "name": "月次報告書_2025年10月.pdf"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="attached PDF is corrupt and cannot be inspected")

# 039
_br = [["拠点", "住所", "電話", "台数", "送り状番号"],
       ["本社", "さいたま市大宮区桜木町4-2-11", "048-641-2200", "8", "4410-2287-5031"],
       ["川越工場", "川越市芳野台2-8-40", "049-225-1180", "10", "4410-2287-5042"],
       ["北関東配送センター", "上尾市領家1155-3", "048-781-5530", "12", "4410-2287-5053"],
       ["熊谷営業所", "熊谷市銀座2-61", "048-526-0711", "3", "4410-2287-5064"],
       ["所沢営業所", "所沢市日吉町12-1 所沢NKビル5F", "04-2925-3360", "3", "4410-2287-5075"],
       ["春日部営業所", "春日部市中央1-52-3", "048-752-2019", "2", "4410-2287-5086"],
       ["千葉営業所", "千葉市中央区富士見2-9-28", "043-224-5518", "2", "4410-2287-5097"]]
add(sender=IZUTSU, to=["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    subject="配送状況の確認（アルコール検知器 拠点配送）", charset="utf-8",
    body="""青葉運輸株式会社
お客様センター ご担当者様

いつもお世話になっております。日の出産業 総務部の井筒です。
11/4 に発送をお願いした検知器の拠点配送について、熊谷と千葉がまだ未着です。
送り状番号の一覧をお送りしますので、状況をご確認いただけますか。

""" + table(_br) + """
""" + SIG_IZUTSU,
    expect="pass", entities=[], detectors=[],
    note="branch addresses, switchboards and tracking numbers: a list of sites, not people")

# 040
add(sender=ONODERA, to=["今泉 由美子 <yumiko.imaizumi@ezweb.ne.jp>"],
    subject="翔太さんの入院について（日の出産業 健康管理室）", charset="iso-2022-jp",
    body="""今泉 由美子 様

突然のご連絡失礼いたします。日の出産業 健康管理室の保健師、小野寺です。
本日お電話でお話しした件、ご案内をメールでお送りします。

息子さんの翔太さんは、11月8日の会社の懇親会後に急性アルコール中毒で救急搬送され、
その後の検査で、主治医から「アルコール使用障害の評価のため、2週間程度の入院」を
勧められました。本人も同意され、現在は浜風病院の精神科病棟（4階東）に入院中です。

　面会：平日15～19時、土日祝13～19時（受付で「4東」とお伝えください）
　持ち物：パジャマ2組、下着、洗面用具（アルコールを含む整髪料・洗口液は不可）
　病棟直通：049-247-6114

会社としては、療養を優先していただける体制を整えております。
ご不安なことがあれば、いつでもご連絡ください。
""" + SIG_ONODERA,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="hospitalisation of a named employee for alcohol use disorder, to his mother's carrier address")

# == 041-060 ==============================================================================

# 041
add(sender=KUROSAWA, to=["三上 亮 <mikami.ryo@mail.hinode-sangyo.co.jp>"],
    cc=["竹之内 進 <takenouchi.susumu@hinode-sangyo.co.jp>"],
    subject="葛西さん 面談結果", charset="utf-8",
    body="""三上さん、竹之内課長

本日 葛西隆之さんと面談しました。
・ギャンブル障害（みなと台で診断済）、中等度の抑うつエピソード
・希死念慮は「今はない」。奥さまと同居継続、夜間はスマホを奥さまに預ける約束
・就業は継続可。ただし当面、経理部の出納・振込業務からは外すのが望ましい
　（本人も希望。懲罰的な異動と受け取られないよう説明が必要）
・2週間後に再面談

労務課で配置の調整をお願いします。
""" + SIG_KUROSAWA,
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="named diagnosis, but recipients are on the internal domain and its mail. subdomain")

# 042
_p42 = [("カナモリ ユウジ", showa(1979, 4, 2), "ギャンブル（競馬・FX）", "2025/04～2025/09"),
        ("ヒグチ サトル", "平成２年１１月３日", "ギャンブル（パチスロ）", "2025/05～継続"),
        ("ナカゾノ ミキ", "S58.7.21", "市販薬（鎮痛薬）", "2025/06～2025/08"),
        ("ウメモト ケンタ", heisei(1995, 1, 30), "ギャンブル（オンラインくじ）", "2025/07～継続"),
        ("タチバナ コウジ", "Ｈ４．１２．１５", "ギャンブル（競艇）", "2025/09～継続")]
add(sender=MIKAMI, to=[MANABE], cc=["あさひリカバリー 事務局 <jimu@asahi-recovery.or.jp>"],
    subject="本年度 利用者一覧（ご請求内容の確認）", charset="cp932",
    body="""あさひリカバリー
真鍋様、事務局ご担当者様

お世話になっております。三上です。
10月分までのご請求について、弊社から紹介した利用者との突合をお願いします。
こちらの記録では下記の5名です。

""" + "\n".join(f"・{k}　{b}生　{t}　利用期間 {p}" for k, b, t, p in _p42) + """

ヒグチさん・ウメモトさん・タチバナさんは継続中のため、11月以降も同じ単価で
お願いいたします。ナカゾノさんは8月で終了しています。
""" + SIG_MIKAMI,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five people in kana with 和暦 birth dates and their addiction type, bullet list to a facility")

# 043
add(sender=TAKENOUCHI, to=[SHIRAKAWA], subject="就業規則（飲酒運転条項）改定のご相談", charset="iso-2022-jp",
    body="""白川先生

いつもお世話になっております。竹之内です。
来年4月の就業規則改定にあたり、飲酒運転に関する条項について一般的なご意見を伺いたく存じます。

1. 業務外（休日・私有車）の酒気帯び運転を、一律に懲戒解雇とする規定の有効性
2. 同乗・飲酒をすすめた社員（いわゆる周辺者）への処分規定の書きぶり
3. 依存症の治療を受けている社員について、処分と治療支援をどう両立させるか
   （治療中であることを処分の軽減事由として明記すべきか）

現行条文の抜粋を添付します。特定の事案ではなく、規程整備としてのご相談です。
次回の定例打合せ（11/27）でお時間をいただけますと幸いです。
""" + SIG_TAKENOUCHI,
    attachments=[{"kind": "docx", "name": "就業規則_抜粋_第58条.docx",
                  "paragraphs": ["第58条（懲戒解雇）", "従業員が次の各号のいずれかに該当するときは、懲戒解雇とする。",
                                 "（5）酒酔い運転又は酒気帯び運転により重大な事故を起こしたとき",
                                 "（6）前号のほか、飲酒運転により会社の信用を著しく失墜させたとき"]}],
    expect="pass", entities=[], detectors=[],
    note="general legal question about rules; no individual case")

# 044
add(sender=ASAHINA, to=["さくらホテル 宴会予約 <banquet@sakura-hotei.jp>"],
    subject="会場下見の日程について", charset="utf-8",
    body="""さくらホテル大宮
宴会予約 ご担当者様

お世話になっております。日の出産業の朝比奈です。
12/10 研修会の会場下見を、11月18日（火）15時からお願いできますでしょうか。
メンタルブリッジ様も同席予定です（2名）。

よろしくお願いいたします。
""" + SIG_ASAHINA,
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain sakura-hotei.jp is a look-alike of the partner sakura-hotel.jp")

# 045
add(sender=ONODERA, to=[HAMAKAZE], subject="病棟見学のお願い（企業の保健スタッフ）", charset="iso-2022-jp",
    body="""医療法人浜風会 浜風病院
地域医療連携室 御中

いつもお世話になっております。日の出産業株式会社 健康管理室の小野寺です。
弊社の保健スタッフ研修の一環として、アルコール病棟とARP（プログラム）の
見学をお願いできないかと思い、ご連絡いたしました。

　希望日：12月の平日午後（第2・第3週）
　人数　：3名（保健師2名、産業カウンセラー1名）
　目的　：入院治療の流れと、退院後の職場復帰支援の連携について学ぶため

ご対応いただける日をお知らせいただけましたら幸いです。
窓口は私（小野寺）が担当いたします。
""" + SIG_ONODERA,
    expect="pass", entities=[], detectors=[],
    note="visit request to a hospital department; only the sender's own contact")

# 046
add(sender=TAKENOUCHI, to=[KAI], subject="休職者の給与計算資料（11月分）", charset="utf-8",
    body="""甲斐先生

お世話になっております。竹之内です。
11月分の休職者の給与計算資料をお送りします。
PDFにはパスワードを設定しています。パスワードはいつものものです。
""" + SIG_TAKENOUCHI,
    attachments=[{"kind": "pdf", "name": "休職者_給与計算資料_202511.pdf", "password": "mzd2511",
                  "lines": ["休職者 給与計算資料 2025年11月", "（本文）"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected")

# 047
add(sender=MIKAMI, to=[USAMI, SAKAMAKI], subject="今後のメール連絡のルールについて", charset="utf-8",
    body="""宇佐美様、坂巻様

お世話になっております。三上です。
来月から相談窓口を一本化するにあたり、メールでのやり取りのルールを確認させてください。

1. 機密性の高い情報（氏名・診断名・通院先など）はメール本文に書かず、
   ケース番号（MB-25-xxxx）でやり取りする
2. 個人が特定される資料は、貴社の共有ストレージ（アクセス制限付き）経由で受け渡す
3. 緊急時（自傷他害のおそれ）は、メールではなく電話で連絡する

ご異論がなければ、この内容で運用マニュアルに追記します。
""" + SIG_MIKAMI,
    expect="pass", entities=[], detectors=[],
    note="talks about confidential information without being marked; two recipients of one vendor")

# 048
add(sender=ONODERA, to=[SAKURAGAOKA], subject="入寮プログラムのご相談", charset="utf-8",
    body="""桜ヶ丘リカバリーセンター
相談室 ご担当者様

お世話になります。日の出産業の小野寺です。先ほどはお電話ありがとうございました。
お話しした方の情報をお送りします。

山際 透　S52.11.3　090-4417-2286
さいたま市見沼区春野2-14-7 ハイツ春野203
大麻と処方薬（ベンゾジアゼピン系）の乱用歴10年以上。
昨年3月に大麻取締法違反で執行猶予付きの判決（保護観察なし）。
現在は休職中で、本人は入寮を強く希望しています。
主治医（県立こころの医療センター）からの情報提供書は本人が持参します。

面談の候補日をいただけましたら幸いです。
""" + SIG_ONODERA,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="unlabelled line of name, S-era DOB, mobile and address plus drug history and conviction")

# 049
_t49 = "T" + corp_number("011101093825")
add(sender=HATANAKA, to=["メンタルブリッジ 経理部 <keiri@mentalbridge.co.jp>"],
    subject="支払通知書の送付（10月分 EAPサービス料）", charset="iso-2022-jp",
    body="""株式会社メンタルブリッジ
経理部 ご担当者様

いつもお世話になっております。日の出産業 経理部の畑中です。
10月分サービス料の支払通知書をお送りします。11月28日にお振込予定です。
""" + SIG_HATANAKA,
    attachments=[{"kind": "pdf", "name": "支払通知書_2511_メンタルブリッジ.pdf",
                  "lines": ["支払通知書", "株式会社メンタルブリッジ 御中", f"登録番号 {_t49}",
                            "お支払予定日：2025年11月28日",
                            "振込先：みどり銀行 神田支店 普通 1092837 カ）メンタルブリッジ",
                            "請求番号 MB-2510-118"],
                  "table": [["品目", "数量", "金額"],
                            ["EAP基本料（スタンダード）", "1", "245,000"],
                            ["依存症専門相談（追加分）", "3", "36,000"],
                            ["消費税", "", "28,100"],
                            ["合計", "", "309,100"]]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="payment notice with the vendor's registration number and company bank account: business data")

# 050
add(sender=MIKAMI, to=["埼玉産業保健研究会 事務局 <jimukyoku@saitama-sanpo.or.jp>"],
    subject="事例発表スライドの提出", charset="utf-8",
    body="""埼玉産業保健研究会 事務局 御中

いつもお世話になっております。日の出産業の三上です。
12月例会の事例発表用スライドを提出いたします。
当日の発表時間は20分（質疑10分）と伺っております。
""" + SIG_MIKAMI,
    attachments=[{"kind": "pptx", "name": "事例発表_アルコール依存症社員の職場復帰.pptx",
                  "slides": [
                      ["アルコール依存症社員の職場復帰支援の一事例", "日の出産業株式会社 健康管理室 三上 亮"],
                      ["事例の概要", "持田 和也さん（42歳・営業部 主任）", "接待での多量飲酒が常態化",
                       "2024年11月 健診で γ-GTP 520、朝の酒臭で上長が相談"],
                      ["経過", "2025年2月 浜風病院に入院（ARP）", "4月退院、抗酒剤＋断酒会",
                       "6月 条件付き復職（短時間勤務・運転禁止）"],
                      ["考察", "早期の家族相談が奏功", "接待文化の見直しが課題"]]}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="conference slides meant to be a case study still name the employee with his diagnosis and treatment")

# 051
add(sender=MIKAMI, to=[SAKAKIBARA], subject="飲酒習慣アンケート 集計結果（匿名）", charset="utf-8",
    body="""榊原先生

先日はご講演のお引き受けありがとうございました。三上です。
ご依頼のあった、弊社の飲酒習慣アンケート（AUDIT）の匿名集計をお送りします。
個票はお渡しできませんが、年代別・点数帯別の人数は添付のとおりです。
""" + SIG_MIKAMI,
    attachments=[{"kind": "xlsx", "name": "AUDIT集計_2025.xlsx", "sheets": {
        "年代別": [["AUDIT 点数帯別 人数（回答 1,284名）"], [],
                  ["年代", "0-7点", "8-14点", "15-19点", "20点以上"],
                  ["20代", 201, 38, 6, 2], ["30代", 244, 61, 12, 4], ["40代", 268, 83, 19, 9],
                  ["50代", 197, 64, 15, 7], ["60代", 38, 12, 3, 1]],
        "性別": [["性別", "0-7点", "8-14点", "15-19点", "20点以上"],
                ["男性", 702, 221, 48, 21], ["女性", 246, 37, 7, 2]]}}],
    expect="pass", entities=[], detectors=[],
    note="aggregated survey counts to a researcher; no individual rows")

# 052
_n52 = people(7)
_rows52 = [["氏名", "免許証番号", "検知日", "測定値(mg/L)", "措置"]]
for nm in _n52:
    _rows52.append([nm, licence(rng.choice(["30", "50", "11"])),
                    f"2025/{rng.randrange(6, 11)}/{rng.randrange(1, 29)}",
                    f"0.{rng.randrange(3, 25):02d}", rng.choice(["入構拒否", "交代要請", "入構拒否・報告書"])])
add(sender=IZUTSU, to=["青葉運輸 安全推進室 <anzen@aoba-unyu.co.jp>"],
    subject="構内アルコールチェック 検知者一覧（6～10月）", charset="utf-8",
    body="""青葉運輸株式会社
安全推進室 ご担当者様

お世話になっております。日の出産業 総務部の井筒です。
弊社北関東配送センターの入構時チェックで、貴社ドライバーの方から
アルコールが検知された件の一覧をお送りします（6～10月、7名）。
再発防止策のご報告を12月の合同安全委員会までにお願いできますでしょうか。
""" + SIG_IZUTSU,
    attachments=[{"kind": "xls", "name": "入構時検知者一覧_6-10月.xls", "sheets": {"検知者": _rows52}}],
    expect="stop", entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="legacy XLS of seven drivers with licence numbers and breath readings to a partner")

# 053
add(sender=ASAHINA, to=["人事部 健康管理室 <kenko@hinode-sangyo.co.jp>", TAKENOUCHI],
    subject="EAP委託先 比較検討会議 議事録", charset="cp932",
    body="""各位

お疲れさまです。朝比奈です。10/30 の比較検討会議の議事録です。【社外秘】

出席：竹之内課長、黒澤先生、三上さん、小野寺さん、朝比奈（記録）

1. 候補3社の比較
   メンタルブリッジ：依存症専門相談あり、家族相談も回数内。月額245千円
   こころネット　　：24h電話は強いが依存症は外部紹介のみ。月額198千円
   ウェルネクスト　：特定保健指導とセット割あり。依存症対応は実績少
2. 結論：メンタルブリッジ（スタンダード）を第一候補とし、契約条件を詰める
3. 宿題：NDA締結（竹之内）、個人情報の受け渡しルール案（三上）

以上
""" + SIG_ASAHINA,
    expect="pass", entities=[], detectors=[],
    note="marked 社外秘 but all recipients internal")

# 054
add(sender=TAKENOUCHI, to=["ひかり損保 法人事故受付 <jiko-hojin@hikari-sonpo.co.jp>"],
    subject="事故のご報告（フリート契約 FL-7730281）", charset="cp932",
    body="""ひかり損害保険株式会社
法人事故受付センター 御中

日の出産業株式会社 労務課の竹之内です。社用車の事故についてご報告いたします。

証券番号：FL-7730281
事故日時：2025年11月15日（土）20時10分頃
場所：埼玉県上尾市緑丘3丁目 県道交差点
車両：大宮400そ27-18（ハイエース）
運転者：有村 健吾（ありむら けんご）　昭和62年6月3日生
運転免許証：第 301562087413 号
状況：配送帰庫途中、信号待ちの自転車に追突。相手方（川端 菜々子様、090-2281-6407）は
　　　右足打撲で上尾中央病院に搬送、通院加療の見込み。
　　　運転者は呼気0.28mg/Lで酒気帯び運転として現行犯逮捕されています。

飲酒運転の場合の対人・対物の支払いについて、ご案内をお願いいたします。
""" + SIG_TAKENOUCHI,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "PHONE_NUMBER",
              "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="accident report: driver's licence, DOB and arrest, plus the victim's name and phone, to the insurer")

# 055
add(sender=ASAHINA, to=[HOTEL_FRONT], subject="Re: ご予約確認（12/9 シングル6室）", charset="iso-2022-jp",
    body="""さくらホテル大宮
宿泊予約係 ご担当者様

ご確認ありがとうございます。内容に相違ございません。
当日はどうぞよろしくお願いいたします。

朝比奈

> 日の出産業株式会社 朝比奈様
> この度はご予約いただき誠にありがとうございます。
> ご予約番号：SH-1209-0388
> ご宿泊日：2025年12月9日（火）1泊　シングル6室
> お支払い：法人カード（末尾 4417）にて事前決済済み
> チェックイン 15:00 / チェックアウト 11:00
""",
    expect="pass", entities=[], detectors=[],
    note="confirmation reply; booking number and masked card tail in quoted text only")

# 056
_n56 = people(12)
_rows56 = [["社員番号", "氏名", "生年月日", "電話", "γ-GTP", "飲酒頻度", "1回量(合)", "指導区分"]]
for nm in _n56:
    _rows56.append([f"H{rng.randrange(10000, 99999)}", nm,
                    f"{rng.randrange(1966, 1990)}/{rng.randrange(1, 13)}/{rng.randrange(1, 29)}",
                    mobile(), str(rng.randrange(95, 480)), rng.choice(["毎日", "週5-6", "週3-4"]),
                    rng.choice(["2", "3", "4", "5以上"]), rng.choice(["積極的支援", "動機付け支援"])])
add(sender=ONODERA, to=["ウェルネクスト 保健指導チーム <hokenshido@wellnext.co.jp>"],
    subject="特定保健指導（飲酒）対象者データ", charset="utf-8",
    body="""株式会社ウェルネクスト
保健指導チーム ご担当者様

お世話になっております。日の出産業 健康管理室の小野寺です。
今年度の特定保健指導のうち、多量飲酒が主な課題となる12名分のデータをお送りします。
減酒支援（ブリーフインターベンション）の対象として初回面談の調整をお願いします。
""" + SIG_ONODERA,
    attachments=[{"kind": "zip", "name": "hokenshido_inshu_2025.zip",
                  "files": [{"kind": "csv", "name": "対象者リスト.csv", "encoding": "cp932",
                             "rows": _rows56},
                            {"kind": "txt", "name": "readme.txt",
                             "text": "対象者リスト.csv の列の説明\n飲酒頻度・1回量は問診票より\n"}]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="ZIP with a CSV of twelve employees' birth dates, phones and liver test results to a vendor")

# 057
_ord57 = not_my_number(SEED + 50)
add(sender=ASAHINA, to=["北国フーズ 受注センター <juchu@kitaguni-foods.co.jp>"],
    subject="ノンアルコール飲料の追加発注", charset="utf-8",
    body=f"""北国フーズ株式会社
受注センター ご担当者様

お世話になっております。日の出産業の朝比奈です。
12/10 研修会の休憩用飲料を追加で発注します。

受注番号（前回分）：{_ord57}
  JAN 4901234561127　ノンアルコールビールテイスト 350ml　24本
  JAN 4905678900312　ノンアルコールレモンサワーテイスト 350ml　24本
  JAN 4909876543216　炭酸水 500ml　48本

前回分と同じ納品先・請求先でお願いいたします。
""" + SIG_ASAHINA,
    expect="pass", entities=[], detectors=[],
    note="12-digit order number (not a valid My Number) and JAN codes")

# 058
add(sender=MIKAMI, to=[HOJO], subject="葛西様の件 社内経緯の共有", charset="utf-8",
    body="""北條様

お世話になっております。三上です。
来週の初診に先立ち、社内でのやり取りをそのまま添付します。
経緯の把握にお役立てください。
""" + SIG_MIKAMI,
    attachments=[{"kind": "eml", "name": "Re_葛西さん面談.eml", "message": {
        "sender": KUROSAWA, "to": [MIKAMI], "subject": "Re: 葛西さん 面談", "charset": "utf-8",
        "body": """三上さん

葛西隆之さん、本日面談しました。
ギャンブル（競艇・スロットアプリ）での借金が約480万円、抑うつ状態（PHQ-9 17点）。
希死念慮は一過性で、計画はなし。みなと台のギャンブル外来への紹介を進めてください。
紹介状は私が書きます。

黒澤
"""}}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="internal mail attached as .eml and sent to the clinic: named gambling and depression details")

# 059
add(sender=ONODERA, to=[USAMI], subject="RE: 家族相談の枠について", charset="iso-2022-jp",
    body="""宇佐美様

承知いたしました。では12月から、家族相談は月4枠でお願いいたします。
ご調整ありがとうございました。

小野寺

-----Original Message-----
From: 宇佐美 遥 <usami.haruka@mentalbridge.co.jp>
Sent: Wednesday, November 19, 2025 11:20 AM
To: 小野寺 美和
Subject: 家族相談の枠について

小野寺様
12月から家族相談の対面枠を月4枠確保できます（第1・第3水曜の午後）。

株式会社メンタルブリッジ カウンセリング部
公認心理師 宇佐美 遥
TEL 03-5215-8841 / 携帯 080-4471-2093
""",
    expect="pass", entities=[], detectors=[],
    note="short reply; the counsellor's phone numbers are her own signature in quoted text")

# 060
add(sender=ONODERA, to=[HOJO], subject="Re: 診療情報提供書の件（砂川様）", charset="iso-2022-jp",
    body="""北條様

ご報告ありがとうございました。小野寺です。
主治医の先生にお伝えいただきたいことが１点あります。

砂川さんは２年前（令和５年）にも酒気帯び運転で検挙され、罰金刑を受けています
（社内では減給処分）。ご本人は初診時にはお話ししていないかもしれません。
運転に関する就労上の意見をいただく際の参考にしていただければと思います。

> 砂川恒夫様の初診結果について、主治医の了承を得てご報告します。
> 診断：アルコール依存症（中等度）、アルコール性肝障害
""" + SIG_ONODERA,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="the reply's own new text adds a named employee's drink-driving conviction")

# == 061-080 ==============================================================================

# 061
add(sender=ASAHINA, to=[HOTEL_BANQUET], subject="当日の現地責任者について", charset="iso-2022-jp",
    body="""さくらホテル大宮 宴会予約ご担当者様

お世話になっております。朝比奈です。
12/10 当日ですが、私は午前中に別件があり、会場入りが12時過ぎになります。
それまでの現地責任者は下記の者が務めます。

　人材開発課　大庭 千夏（おおば ちなつ）　携帯 080-5532-1746

搬入業者（北国フーズ様）の受け入れもこの者が対応いたします。
""" + SIG_ASAHINA,
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one colleague's name and mobile as the on-site contact: a single record, may be warned")

# 062
add(sender=MIKAMI, to=[HOJO], cc=[USAMI], subject="葛西様 ケース会議のまとめ", charset="utf-8",
    body="""北條様
（cc：メンタルブリッジ 宇佐美様）

本日はケース会議にご参加いただきありがとうございました。三上です。
確認事項をまとめます。

対象：葛西 隆之 様（経理部）
現状：ギャンブル障害で外来通院中（隔週）、抑うつ状態は改善傾向。GAに週1回参加。
　　　任意整理は白川法律事務所で受任済み、返済計画は月8万円。
役割分担：
　・クリニック：診療、集団療法、家族教室への奥さまの参加案内
　・メンタルブリッジ：月2回のカウンセリング、再発時の24h電話対応
　・健康管理室：職場調整（出納業務から外す配置は11/1実施済み）、産業医面談
次回：2026年1月下旬
""" + SIG_MIKAMI,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "multiple_external_domains"],
    note="named gambling-disorder case summary to a clinic with the EAP vendor in Cc")

# 063
_n63 = people(5)
add(sender=MIKAMI, to=[USAMI], subject="Re: 集団プログラム（1月開講）参加者", charset="utf-8",
    body="""宇佐美様

三上です。1月開講の「節酒・断酒 集団プログラム」（全6回）の参加者が決まりました。
事前面談の日程連絡を各自の携帯にお願いします。

""" + "\n".join(f"{i + 1}. {nm}（{dept}）{typ}　{mobile()}" for i, (nm, dept, typ) in enumerate(zip(
        _n63, ["物流部", "製造本部", "営業部", "物流部", "開発部"],
        ["アルコール依存症で通院中", "多量飲酒（AUDIT 21）", "アルコール依存症・断酒中",
         "多量飲酒・肝機能障害", "アルコール依存症（再飲酒あり）"]))) + """

> 三上様
> 参加者が決まりましたら、お名前と連絡先をお知らせください。
> メンタルブリッジ 宇佐美
""" + SIG_MIKAMI,
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five named participants with mobiles and their alcohol diagnoses in the reply's new text")

# 064
add(sender=TAKENOUCHI, to=[KUROSAWA, MIKAMI],
    cc=["須藤 <sudo@nishiki-insatsu.co.jp>"], subject="堀之内さんの件（続報）", charset="cp932",
    body="""黒澤先生、三上さん

竹之内です。堀之内さんの続報です。
・11/21 に処分保留で釈放、11/24 から出社は控えてもらい自宅待機
・本人から、戸田みらいクリニックへの通院を再開したと連絡あり（薬物依存の治療）
・奥さまは今後も協力的

復職の判断とは別に、治療継続の確認を健康管理室でお願いします。
懲戒委員会は12/5 を予定しています。
""" + SIG_TAKENOUCHI,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="internal memo on a named employee's arrest and drug treatment with a printing-company contact in Cc by mistake")

# 065
add(sender=IZUTSU, to=["川崎電機 営業 <eigyo@kawasaki-denki.com>"],
    subject="マウスピース追加注文", charset="utf-8",
    body="""川崎電機株式会社 営業ご担当者様

お世話になっております。日の出産業の井筒です。
AC-3500 用マウスピース（MP-35）を 1,000個 追加注文します。
納品先は前回と同じ北関東配送センターでお願いします。
""" + SIG_IZUTSU,
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kawasaki-denki.com instead of the partner's kawasaki-denki.co.jp: TLD swap look-alike")

# 066
_c66a, _c66b = card_number(SEED + 2), card_number(SEED + 3)
add(sender=MIKAMI, to=["葛西 里美 <satomi-k.0520@softbank.ne.jp>"],
    subject="ご家族相談のまとめ（三上）", charset="utf-8",
    body=f"""葛西 里美 様

先日はご来室いただきありがとうございました。健康管理室の三上です。
お話しした内容をまとめます。

1. ご主人（隆之さん）の状況
　・ギャンブル障害の診断で、みなと台クリニックに隔週通院中です
　・GA（ギャンブラーズ・アノニマス）の大宮ミーティングに毎週木曜に参加しています
　・借入（消費者金融4社 約480万円）は白川法律事務所で任意整理中です
2. ご質問のあったクレジットカード（ご主人名義）
　・{_c66a}（キャッシング枠あり）→ 11/5 に利用停止済み
　・{_c66b} → 解約手続き中
3. ご家族として
　・借金の肩代わりはしないこと（弁護士の先生とも確認済み）
　・ギャマノン（家族の会）や家族教室の利用をおすすめします

何かあれば遠慮なくご連絡ください。
""" + SIG_MIKAMI,
    expect="stop", entities=["PERSON_NAME", "CREDIT_CARD", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="husband's gambling diagnosis, GA attendance and two full card numbers to the wife's carrier address")

# 067
add(sender=IZUTSU, to=["青葉運輸 安全推進室 <anzen@aoba-unyu.co.jp>"],
    subject="合同安全衛生委員会 資料（飲酒運転防止）", charset="cp932",
    body="""青葉運輸株式会社 安全推進室 御中

お世話になっております。井筒です。
12月の合同安全衛生委員会の資料（弊社分）を添付します。
月別の検知件数と、対策の実施状況をまとめています。個人名は入れていません。
""" + SIG_IZUTSU,
    attachments=[{"kind": "xlsx", "name": "合同安全委員会_日の出産業_2025下期.xlsx", "sheets": {
        "検知件数": [["出庫前・入構時アルコールチェック 検知件数"], [],
                    ["月", "チェック回数", "検知件数", "うち0.15以上", "乗務停止"],
                    ["6月", 3120, 4, 1, 4], ["7月", 3288, 6, 2, 6], ["8月", 3015, 9, 2, 9],
                    ["9月", 3190, 6, 1, 6], ["10月", 3342, 3, 0, 3]],
        "対策": [["対策", "実施時期", "状況"], ["検知器のクラウド連携", "7月", "完了"],
                ["管理職研修（アルコール問題）", "12月", "準備中"],
                ["2回検知者の保健師面談", "9月～", "運用中"]]}}],
    expect="pass", entities=[], detectors=[],
    note="monthly counts only, no individuals")

# 068
_n68 = people(6)
_lines68 = ["氏名\t年齢\tγ-GTP\tAST\tALT\t飲酒習慣\t面談希望"]
for nm in _n68:
    _lines68.append("\t".join([nm, str(rng.randrange(28, 60)), str(rng.randrange(150, 520)),
                               str(rng.randrange(35, 120)), str(rng.randrange(30, 110)),
                               rng.choice(["毎日 日本酒3合", "毎日 ビール1.5L", "毎日 焼酎4合",
                                           "週5 缶チューハイ(9%)3本"]),
                               rng.choice(["12/2午後", "12/4午前", "12/9午後"])]))
add(sender=ONODERA, to=["大河内 先生 <okochi@tsukishima-oh.jp>"],
    subject="川越工場 事後措置面談の対象者（肝機能・多量飲酒）", charset="utf-8",
    body="""月島産業保健事務所
大河内 先生

いつもお世話になっております。日の出産業 健康管理室の小野寺です。
川越工場の嘱託産業医面談（12月分）の対象者です。
健診で肝機能が要精検かつ多量飲酒の方を優先しています。

""" + "\n".join(_lines68) + """

面談室は工場2Fの保健室をご用意します。
""" + SIG_ONODERA,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="tab-separated health-check results of six named employees to an outside occupational doctor's office")

# 069
add(sender=ASAHINA, to=["三輪 <miwa.shigeru.danshu@gmail.com>"],
    subject="研修会での体験談のお願い", charset="iso-2022-jp",
    body="""三輪 茂 様

はじめまして。日の出産業株式会社 人事部の朝比奈と申します。
さいたま断酒会の事務局の方から、三輪様をご紹介いただきました。

12月10日（水）の管理職研修で、15分ほど「回復の歩み」として、ご自身の体験を
お話しいただくことは可能でしょうか。職場で周囲の人がどう声をかければよかったか、
という視点のお話を特にお聞きしたいと考えております。

謝礼は3万円（交通費込み）を予定しております。
ご検討のほど、よろしくお願い申し上げます。
""" + SIG_ASAHINA,
    expect="either", entities=[], detectors=["freemail_recipient"],
    note="invitation to a self-help-group member to tell his own recovery story: his condition is implied, to himself")

# 070
add(sender=IZUTSU, to=[NOTO], subject="マニュアル連携の件（飲酒運転発生時の対応）", charset="utf-8",
    body="""能登様

お世話になっております。井筒です。
アルコールチェックシステムのアラート通知と、社内の対応マニュアルを連動させたく、
現行マニュアルをお送りします。通知先・エスカレーションの設定案をいただけますか。
""" + SIG_IZUTSU,
    attachments=[{"kind": "pdf", "name": "飲酒運転発生時対応マニュアル_v4.pdf", "page_header": "部外秘",
                  "title": "飲酒運転発生時対応マニュアル",
                  "lines": ["飲酒運転発生時対応マニュアル（第4版）", "日の出産業株式会社 総務部",
                            "1. 出庫前チェックで検知した場合：乗務停止、上長・安全運転管理者へ連絡",
                            "2. 運転中・運転後に発覚した場合：直ちに運転を中止させ、警察へ通報",
                            "3. 事故を伴う場合：負傷者救護、110番・119番、保険会社へ連絡",
                            "4. 報道対応：広報部に一本化",
                            "5. 再発防止：本人の保健師面談、専門医療機関への紹介"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PDF manual stamped 部外秘 on every page, sent to a vendor")

# 071
add(sender=ONODERA, to=[ONODERA],
    bcc=["<kazuko.t.0315@gmail.com>", "<yuki-mama.2009@yahoo.co.jp>",
         "<n-sekiguchi@docomo.ne.jp>", "<m.hoshina@icloud.com>", "<hiro.aizawa77@outlook.jp>"],
    subject="家族教室 第3回のご案内（12/13）", charset="iso-2022-jp",
    body="""ご家族の皆さま

日の出産業 健康管理室の小野寺です。
家族教室の第3回を下記のとおり開催します。

　日時：12月13日（土）10:00～12:00
　会場：本社6F 健康管理室 研修スペース（オンライン参加も可）
　テーマ：「再飲酒・再発」を家族はどう受け止めるか
　講師：みなと台クリニック 精神保健福祉士 北條さやか氏

参加・不参加のご連絡は不要です。オンライン参加の方にはURLを前日にお送りします。
（このメールは、お一人ずつBCCでお送りしています）
""" + SIG_ONODERA,
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="families addressed correctly in Bcc; nothing personal in the text")

# 072
add(sender=MIKAMI, to=[USAMI], subject="11月 相談状況（窓口統合前の最終集計）", charset="utf-8",
    body="""【取扱注意】

宇佐美様

三上です。窓口統合前の最終集計として、11月の相談状況をお送りします。

　新規相談　14件（アルコール6、ギャンブル3、薬物・市販薬1、家族3、その他1）
　専門医療機関への紹介　5件
　休職中　3名、うち12月復職予定　1名
　自助グループにつながった方　4名

12月1日以降の新規相談は、すべて貴社窓口で受け付けていただく形になります。
""" + SIG_MIKAMI,
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the mail carries a 取扱注意 classification stamp; content is aggregate only")

# 073
add(sender=IZUTSU, to=["川崎電機 法人営業 <hojin@kawasaki-denki.co.jp>"],
    cc=["青葉運輸 上尾営業所 <ageo@aoba-unyu.co.jp>"],
    subject="共用デポへの検知器設置日程", charset="utf-8",
    body="""川崎電機 法人営業ご担当者様
（cc：青葉運輸 上尾営業所様）

お世話になっております。日の出産業の井筒です。
上尾の共用デポに設置する検知器（AC-3500×2台、クラウド連携）の設置日程です。

　設置日：12月3日（水）9:00～11:00
　立会い：弊社 井筒、青葉運輸様 営業所長
　電源：デポ事務所の壁面コンセント（100V）を使用

青葉運輸様のドライバーも同じ検知器を使うため、ID登録の方法を
当日ご説明いただけますと助かります。
""" + SIG_IZUTSU,
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc for an installation date: normal")

# 074
add(sender=MIKAMI, to=["ツバサシステム 導入支援 <donyu@tsubasa-sytem.jp>"],
    subject="相談記録クラウド 管理者アカウント発行のお願い", charset="utf-8",
    body="""ツバサシステム株式会社
導入支援ご担当者様

お世話になっております。日の出産業の三上です。
相談記録クラウドの管理者アカウントを、下記2名分発行をお願いします。
　・三上 亮（健康管理室）
　・小野寺 美和（健康管理室）
権限は「管理者（全ケース閲覧）」でお願いいたします。
""" + SIG_MIKAMI,
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp drops a letter of the partner tsubasa-system.jp")

# 075
add(sender=ASAHINA, to=["錦印刷 須藤様 <sudo@nishiki-insatsu.co.jp>"],
    subject="研修会プログラム（A4両面）の入稿", charset="cp932",
    body="""錦印刷 須藤様

お世話になっております。朝比奈です。
12/10 研修会のプログラム原稿です。講師紹介欄は先生方にご確認済みです。
100部、12/5 納品でお願いします（品番 NS-PG-0110）。

【講師紹介】
■ 榊原 道子（清和大学 人間科学部 教授）
　専門は産業精神保健。著書に『飲酒と働き方』『職場の依存症ハンドブック』。
■ 黒澤 直子（日の出産業 統括産業医）
　精神科専門医。2019年より当社の統括産業医。
■ 北條 さやか（みなと台クリニック 精神保健福祉士）
　アルコール・ギャンブル依存症の家族支援に長く携わる。
""" + SIG_ASAHINA,
    expect="pass", entities=[], detectors=[],
    note="public speaker bios for a printed programme; no contact data, no private facts")

# 076
add(sender=TAKENOUCHI, to=["みどり銀行 大宮支店 法人営業 <omiya-hojin@midori-ginko.jp>"],
    subject="債権差押命令に伴う給与振込口座の確認", charset="iso-2022-jp",
    body="""みどり銀行 大宮支店
法人営業ご担当者様

いつもお世話になっております。日の出産業 労務課の竹之内です。
弊社社員について、さいたま地方裁判所から給与債権の差押命令が届きました。
第三債務者として陳述書を提出するにあたり、給与振込口座が下記で相違ないか
ご確認いただけますでしょうか。

　口座名義：カサイ タカユキ
　口座　　：大宮支店　普通　4027718

12月分給与からの控除開始となる見込みです。
""" + SIG_TAKENOUCHI,
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="midori-ginko.jp drops the co. of the partner bank's domain; also an employee's account")

# 077
add(sender=MIKAMI, to=[KUROSAWA], subject="断酒会 出席状況（9～11月）", charset="utf-8",
    body="""黒澤先生

三上です。復職者フォローの資料として、断酒会の出席状況（本人の出席カードで確認）です。

  氏名        9月  10月  11月  備考
  ----------------------------------------------
  持田 和也    4     5     4   抗酒剤継続
  岩渕 誠      -     3     4   10/20復職
  砂川 恒夫    -     1     3   ナルメフェン服用中
  今泉 翔太    -     -     2   11月退院、AA併用

岩渕さんの12月の面談で、出席継続を確認していただければと思います。
""" + SIG_MIKAMI,
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="named attendance at a self-help group, internal recipients only")

# 078
add(sender=MIKAMI, to=[HOJO, MANABE, USAMI], subject="ケース会議の日程調整（K-0917）", charset="utf-8",
    body="""北條様、真鍋様、宇佐美様

いつもお世話になっております。日の出産業の三上です。
ケース K-0917 について、関係者での会議（オンライン60分）を設定したく、
下記から可能な日時をお知らせください。

　・12月8日（月）16:00
　・12月10日（水）17:30
　・12月12日（金）15:00

資料は前日までに共有フォルダに置きます。
""" + SIG_MIKAMI,
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three outside organisations (clinic, recovery facility, EAP vendor) visible to each other in To")

# 079
add(sender=MIKAMI, to=["APCWH 2026 Programme Committee <abstracts@apcwh2026.org>"],
    subject="Abstract submission: Workplace pathways to addiction treatment", charset="utf-8",
    body="""Dear Programme Committee,

Please find our abstract for the session "Mental health at work" below.

Title: From the break room to the clinic: a three-year evaluation of an in-house
pathway to addiction treatment in a Japanese manufacturer

Background: Employees with alcohol or gambling problems are rarely identified early.
Methods: Retrospective review of 2022-2025 counselling statistics (n = 1,284 AUDIT
respondents; 96 counselling cases), aggregated by category only.
Results: Median time from first contact to a specialist clinic fell from 34 to 11 days;
return-to-work within 6 months rose from 41% to 68%.
Conclusions: A named contact person, family sessions and pre-booked clinic slots matter.

Presenting author: Ryo Mikami (Hinode Sangyo Co., Ltd.)
""" + SIG_MIKAMI_EN,
    expect="pass", entities=[], detectors=[],
    note="conference abstract with aggregate statistics")

# 080
_r80 = [["Case ID", "Age", "Sex", "Dept", "Presenting issue", "Referral", "Status"]]
for i in range(7):
    _r80.append([f"HS-25-{rng.randrange(100, 999)}", str(rng.randrange(26, 62)),
                 rng.choice(["M", "M", "F"]),
                 rng.choice(["Logistics", "Plant (Kawagoe)", "Sales", "Finance", "R&D"]),
                 ["Alcohol use disorder", "Gambling disorder", "Alcohol use disorder",
                  "OTC codeine misuse", "Alcohol use disorder", "Gambling disorder",
                  "Methamphetamine - arrested"][i],
                 rng.choice(["Minatodai Clinic", "Hamakaze Hosp.", "Asahi Recovery", "-"]),
                 rng.choice(["Open", "Closed", "On leave", "RTW"])])
add(sender=MIKAMI, to=[BENTON], subject="Case-level data for the regional audit", charset="utf-8",
    body="""Dear Laura,

As requested for the regional audit, here is the case-level list for our site
(no names, as agreed).

""" + table(_r80) + """

Let me know if you need the counselling dates as well.

Kind regards,
""" + SIG_MIKAMI_EN + DISC_EN,
    expect="stop", entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="seven rows of individual cases (age, sex, department, diagnosis) without names: still a list of people with health data")

# == 081-100 ==============================================================================

# 081
add(sender=ASAHINA, to=["<ryo.kanbe.1990@gmail.com>"], subject="オンライン受講のご案内（12/10 研修会）",
    charset="utf-8",
    body="""神戸さん

人材開発課の朝比奈です。
育休中のため会社のメールが見られないとのことでしたので、こちらにお送りします。
12/10 の管理職研修はオンラインでも受講できます。

　配信URL：https://hinode-sangyo.webex.example/j/8812044731
　ミーティングID：881 204 4731　パスコード：1210

受講後、1週間以内に社内ポータルのアンケートに回答してください
（復帰後で構いません）。
""" + SIG_ASAHINA,
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="training link to one colleague's private address; nothing personal beyond the address itself")

# 082
add(sender=ETO, to=["青葉運輸 配車課 <haisha@aoba-unyu.co.jp>"], subject="上尾便 乗務員変更のお願い",
    charset="cp932",
    body="""青葉運輸 配車課 御中

お世話になっております。日の出産業 北関東配送センターの江藤です。
弊社ドライバーの有村健吾が、11/15 に私用運転中の酒気帯び運転で逮捕され、
当面乗務できなくなりました。
このため、上尾～熊谷の定期便（火・木・土）を12月末まで貴社で代行いただけないでしょうか。
費用は前回の代行時と同じ条件でお願いできればと思います。
""" + SIG_ETO,
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="tells a partner that a named driver was arrested: criminal information of one person")

# 083
add(sender=ONODERA, to=["全社員 <all-staff@hinode-sangyo.co.jp>"], subject="健康だより 12月号「年末年始とお酒」",
    charset="utf-8",
    html="""<html><body style="font-family:sans-serif">
<h2 style="color:#2a6">健康だより 12月号</h2>
<h3>年末年始とお酒 ～「飲みすぎ」のサインに気づいていますか～</h3>
<p>忘年会・新年会が続くこの季節、次のような変化はありませんか。</p>
<ul><li>飲む量・回数が以前より増えた</li><li>飲んだ翌日の記憶があいまいなことがある</li>
<li>朝、お酒が残っている感じがする（運転は絶対にやめましょう）</li>
<li>家族から飲酒について注意されたことがある</li></ul>
<p>当てはまる方は、健康管理室（内線3217）またはEAP外部窓口（0120-556-081、24時間・匿名可）へ。
ギャンブルや市販薬の使い方が気になる方のご相談も受け付けています。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>お酒</th><th>純アルコール20gの目安</th></tr>
<tr><td>ビール（5%）</td><td>中瓶1本 500ml</td></tr><tr><td>日本酒</td><td>1合 180ml</td></tr>
<tr><td>チューハイ（7%）</td><td>350ml缶 1本</td></tr><tr><td>ワイン</td><td>グラス2杯 200ml</td></tr>
</table>
<p>人事部 健康管理室</p></body></html>""",
    expect="pass", entities=[], detectors=[],
    note="HTML newsletter to the all-staff list: internal and general")

# 084
add(sender=TAKENOUCHI, to=[KAI], subject="診断書の写し（今泉さん 休職手続き）", charset="utf-8",
    body="""甲斐先生

竹之内です。今泉さんの休職手続き用に、診断書の写しをPDFでお送りします。
原本は本人が保管しています。傷病手当金の申請は12月に入ってからお願いする予定です。
""" + SIG_TAKENOUCHI,
    attachments=[{"kind": "pdf", "name": "診断書_写し_今泉.pdf",
                  "lines": ["診　断　書", "", "氏名：今泉 翔太　　生年月日：平成12年5月19日（25歳）",
                            "住所：埼玉県川越市新宿町5-11-3 コーポ新宿102",
                            "病名：１．アルコール使用障害（依存症）　２．急性アルコール中毒（治癒）",
                            "上記により、2025年11月9日から2026年1月31日まで休業加療を要する見込みである。",
                            "令和7年11月21日", "医療法人浜風会 浜風病院 精神科 医師 大塚 聡"]}],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="scanned-style PDF medical certificate of a named employee to the outside 社労士")

# 085
add(sender=ONODERA, to=[USAMI], subject="MB-25-0412 次回カウンセリング", charset="iso-2022-jp",
    body="""宇佐美様

小野寺です。MB-25-0412 の次回カウンセリングについて、
ご本人から「12/3（水）18:30 のオンライン」を希望と連絡がありました。
ご対応可能でしたら、そのまま確定のご連絡をご本人にお願いします。
""" + SIG_ONODERA,
    expect="pass", entities=[], detectors=[],
    note="case number and a time only, as the agreed rule says; nothing identifies the person")

# 086
_n86 = people(5)
_rows86 = [["検体番号", "氏名", "生年月日", "採取日", "判定"]]
for i, nm in enumerate(_n86):
    _rows86.append([f"TW-{rng.randrange(100000, 999999)}", nm,
                    f"{rng.randrange(1975, 2003)}年{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日",
                    "2025/11/17", "陰性" if i != 3 else "要確認（ベンゾジアゼピン類 陽性）"])
add(sender=TAKENOUCHI, to=["東和検査ラボ 受付 <uketsuke@towa-kensa.co.jp>"],
    subject="薬物スクリーニング結果の照会", charset="utf-8",
    body="""株式会社東和検査ラボ
受付ご担当者様

お世話になっております。日の出産業 労務課の竹之内です。
ドライバー職採用予定者の薬物スクリーニング（11/17採取分）の結果について照会です。
4番目の方の「要確認」について、処方薬による可能性の確認方法を教えてください。

""" + table(_rows86) + """
""" + SIG_TAKENOUCHI,
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="drug test results of five named candidates with birth dates to a lab")

# 087
add(sender=ONODERA,
    to=["<kazuko.t.0315@gmail.com>", "<yuki-mama.2009@yahoo.co.jp>", "<n-sekiguchi@docomo.ne.jp>",
        "<m.hoshina@icloud.com>", "<hiro.aizawa77@outlook.jp>"],
    subject="家族教室 第4回の日程変更について", charset="utf-8",
    body="""ご家族の皆さま

健康管理室の小野寺です。
1月に予定していた家族教室の第4回は、講師の都合により
1月24日（土）10:00～ に変更となりました。
会場・内容は変更ありません。ご不便をおかけして申し訳ありません。
""" + SIG_ONODERA,
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="five private persons (families in an addiction family class) can all see each other in To")

# 088
add(sender=MIKAMI, to=[SAKURAGAOKA], subject="通所プログラムの利用相談（市販薬）", charset="cp932",
    body="""桜ヶ丘リカバリーセンター 相談室 御中

日の出産業の三上です。市販薬の乱用で通所を希望している社員の情報です。
表形式で見られない場合は下記をご覧ください。

氏名：宝田 菜月　生年月日：1998/10/4　連絡先：070-3391-5820
使用状況：咳止め薬（ジヒドロコデイン含有）を1日2～3瓶、約1年半
通院歴：戸田みらいクリニック 精神科（2025年8月～）
""" + SIG_MIKAMI,
    html="""<html><body>
<p>桜ヶ丘リカバリーセンター 相談室 御中</p>
<p>日の出産業の三上です。市販薬の乱用で通所を希望している社員の情報です。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>氏名</th><td>宝田 菜月（たからだ なつき）</td></tr>
<tr><th>生年月日</th><td>1998/10/4</td></tr>
<tr><th>連絡先</th><td>070-3391-5820</td></tr>
<tr><th>使用状況</th><td>咳止め薬（ジヒドロコデイン含有）を1日2～3瓶、約1年半</td></tr>
<tr><th>通院歴</th><td>戸田みらいクリニック 精神科（2025年8月～）</td></tr>
</table>
<p>三上 亮（日の出産業 健康管理室）</p></body></html>""",
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="text+HTML record of one named employee's OTC drug misuse and psychiatric treatment to a facility")

# 089
_mn89 = my_number(SEED + 3)
add(sender=TAKENOUCHI, to=["労務課 給与担当 <roumu-kyuyo@hinode-sangyo.co.jp>"],
    subject="自立支援医療 申請書類の控え（岩渕さん）", charset="iso-2022-jp",
    body=f"""給与担当各位

竹之内です。岩渕さんの自立支援医療（精神通院医療）の申請書類の控えです。
受給者証が届いたら、写しを健康管理室にも回してください。

　氏名：岩渕 誠
　個人番号：{zen(_mn89)}
　健康保険証：記号 ４１０２７　番号 ３３８
　対象医療機関：浜風病院（精神科外来）
　病名：アルコール依存症
""" + SIG_TAKENOUCHI,
    expect="pass",
    entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="My Number (full-width), insurance card number and diagnosis, but only to an internal list")

# 090
add(sender=TAKENOUCHI, to=[SHIRAKAWA, HANYU], subject="懲戒委員会議事録（案）", charset="utf-8",
    body="""白川先生、羽生先生

竹之内です。12/5 の懲戒委員会の議事録（案）を添付します。
手続き面で問題がないか、ご確認をお願いいたします。
""" + SIG_TAKENOUCHI,
    attachments=[{"kind": "corrupt", "name": "懲戒委員会議事録_案.docx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached DOCX is corrupt and cannot be inspected")

# 091
_fb = [["No", "氏名（任意）", "所属", "満足度", "自由記述"],
       [1, "", "営業部", 5, "声のかけ方が具体的で参考になった"],
       [2, "", "物流部", 4, "アルコールチェックの意味がよく分かった"],
       [3, "江口 雅之", "製造本部", 4, "自分も毎晩飲まないと眠れず、睡眠薬と一緒に飲んでいる。相談したい"],
       [4, "", "総務部", 5, "家族への対応の話が良かった"],
       [5, "", "開発部", 3, "時間が短い"]]
add(sender=ASAHINA, to=[SAKAKIBARA], subject="ご講演のお礼とアンケート結果", charset="utf-8",
    body="""榊原先生

先日はご講演いただき、誠にありがとうございました。朝比奈です。
受講者アンケートの結果をお送りします。満足度は平均4.4と大変好評でした。
自由記述もそのまま添付しておりますので、今後のご参考になれば幸いです。
""" + SIG_ASAHINA,
    attachments=[{"kind": "xlsx", "name": "研修アンケート_1210.xlsx",
                  "sheets": {"集計": [["満足度", "人数"], [5, 41], [4, 28], [3, 8], [2, 1]],
                             "自由記述": _fb}}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="survey sheet keeps one respondent's name next to his own drinking and sleeping-pill disclosure")

# 092
add(sender=TAKENOUCHI, to=[SHIRAKAWA], subject="【至急】有村健吾 酒気帯び運転で逮捕の件",
    charset="iso-2022-jp",
    body="""白川先生

先ほどはお電話ありがとうございました。
資料一式は明朝10時に事務所へお持ちします。

竹之内
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="the subject line alone names an employee and his arrest")

# 093
add(sender=ASAHINA, to=["錦印刷 須藤様 <sudo@nishiki-insatsu.co.jp>"],
    subject="相談申込票（複写式）の版下", charset="utf-8",
    body="""須藤様

朝比奈です。健康管理室の相談申込票（2枚複写）の版下をお送りします。
1,000セット、品番 NS-FM-0312 でお願いします。
""" + SIG_ASAHINA,
    attachments=[{"kind": "docx", "name": "相談申込票_版下.docx",
                  "paragraphs": ["健康管理室 相談申込票", "※ 記入いただいた内容は、健康管理室の担当者のみが確認します。",
                                 "相談したい内容（あてはまるものに○）：飲酒／ギャンブル／薬・市販薬／家族のこと／その他"],
                  "tables": [[["氏名", "", "社員番号", ""], ["所属", "", "内線", ""],
                              ["連絡先（携帯）", "", "希望日時", ""]]]}],
    expect="pass", entities=[], detectors=[],
    note="blank form with field labels only, no data")

# 094
add(sender=MIKAMI, to=["Intake Team <intake@harbourview-recovery.com.au>"],
    subject="Referral for residential programme - Hinode Sangyo Sydney office", charset="utf-8",
    body="""Dear Intake Team,

Following my call with Dr Whitfield, I am writing to refer an employee of our Sydney
office for your 28-day residential programme.

Name: Daisuke KANEMOTO
Date of birth: 14 June 1979
Japanese passport: TR8041736
Diagnosis: alcohol use disorder (severe), diagnosed by his GP in North Sydney in
September; one alcohol-related seizure in October.
Preferred admission: week of 8 December. The company will cover the fees; our
Sydney HR will send the purchase order.

He speaks English at work level; his wife will attend the family weekend.

Kind regards,
""" + SIG_MIKAMI_EN,
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English referral with passport number and diagnosis of a named employee to an overseas rehab")

# 095
add(sender=ONODERA, to=[HAMAKAZE], subject="RE: 見学日程のご連絡", charset="utf-8",
    body="""浜風病院 地域医療連携室 御中

ご連絡ありがとうございます。12月16日（火）14時、3名で伺います。
当日はどうぞよろしくお願いいたします。

小野寺

差出人: 浜風病院 地域医療連携室 <chiiki@hamakaze-hp.or.jp>
送信日時: 2025年11月25日 10:12
宛先: 小野寺 美和 <onodera.miwa@hinode-sangyo.co.jp>
件名: 見学日程のご連絡

日の出産業 小野寺様
見学は12月16日（火）14時からでお受けできます。
なお、先日ご入院された今泉翔太様（アルコール使用障害）は12月1日退院予定です。
退院前カンファレンスのご案内は別途いたします。
""",
    expect="pass", entities=[], detectors=[],
    note="the patient mention is in the hospital's own quoted mail under 差出人/送信日時; new text is a time")

# 096
_mn96 = my_number(SEED + 2)
add(sender=ONODERA, to=[HOJO], subject="自立支援医療の申請について（砂川様）", charset="cp932",
    body=f"""北條様

小野寺です。砂川さんの自立支援医療（精神通院）の申請を、貴院の相談室で
代行していただけると伺いましたので、必要事項をお送りします。

氏名　砂川 恒夫
住所　〒350-1124 埼玉県川越市新宿町2-18-6
個人番号　{_mn96[:4]}-{_mn96[4:8]}-{_mn96[8:]}
保険証　協会けんぽ　記号 31050928　番号 112
病名　アルコール依存症

世帯の所得区分の書類は、本人が次回受診時に持参します。
""" + SIG_ONODERA,
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "JP_HEALTH_INSURANCE",
              "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="My Number, health insurance card number, address and diagnosis of one person to the clinic")

# 097
_n97 = people(5)
_fam = people(5)
_lines97 = []
for nm, fam, rel in zip(_n97, _fam, ["妻", "母", "夫", "妻", "兄"]):
    _lines97.append(f"{nm}　／　緊急連絡先：{fam}（{rel}）　{zen(mobile())}")
add(sender=ONODERA, to=["浜風病院 ARPデイケア <daycare@hamakaze-hp.or.jp>"],
    subject="職域向け断酒デイプログラム 参加者の緊急連絡先", charset="iso-2022-jp",
    body="""浜風病院 ARPデイケア ご担当者様

お世話になっております。日の出産業の小野寺です。
12月開始の職域向け断酒デイプログラムに参加する弊社社員５名の、
緊急連絡先をお知らせします。

""" + "\n".join(_lines97) + """

参加者ご本人には、プログラム中は携帯を預けることを了承いただいております。
""" + SIG_ONODERA,
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="five named participants in an abstinence programme with family contacts in full-width digits")

# 098
add(sender=MIKAMI, to=[HOJO], subject="ご相談（匿名でのケース検討）", charset="utf-8",
    body="""北條様

三上です。まだご本人の同意が取れていない段階のため、匿名でご相談させてください。

A氏（40代男性、物流部の課長職）
・この半年、月曜午前の不調による遅刻が目立つ
・健診で γ-GTP 310、本人は「付き合いで飲む程度」と説明
・部下から「朝、酒の匂いがする」との声が複数

受診をどう勧めるのがよいか、専門機関の立場からご助言いただけますと幸いです。
""" + SIG_MIKAMI,
    expect="either", entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="pseudonymised, but department, rank, age band and liver value may be enough to identify him")

# 099
add(sender=MIKAMI, to=[BENTON], subject="FY2025 EAP programme review deck", charset="utf-8",
    body="""Dear Laura,

Attached is the deck for next week's programme review. It only contains aggregated
figures. Happy to adjust the structure before it goes to your regional director.

Best regards,
""" + SIG_MIKAMI_EN,
    attachments=[{"kind": "pptx", "name": "FY2025_EAP_review_Hinode.pptx",
                  "page_footer": "Hinode Sangyo - Internal Only",
                  "slides": [["FY2025 EAP programme review", "Hinode Sangyo Co., Ltd. - Health Management Office"],
                             ["Utilisation", "96 cases, 38% addiction-related", "Family sessions up 40%"],
                             ["Pathway to treatment", "Median 11 days to a specialist clinic",
                              "Pre-booked slots with two partner clinics"],
                             ["Next steps", "Single external helpline from December",
                              "Manager training on alcohol and gambling"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="slides carry an 'Internal Only' footer and go to an outside vendor")

# 100
add(sender=ONODERA, to=[MANABE], subject="本年のお礼", charset="iso-2022-jp",
    body="""あさひリカバリー
真鍋 様

本年も大変お世話になりました。日の出産業 健康管理室の小野寺です。
弊社から紹介した方々を温かく受け入れていただき、心より感謝申し上げます。

今年は貴会のオープンセミナーに弊社の保健スタッフも参加させていただき、
回復支援の現場を知る貴重な機会となりました。
些少ではございますが、弊社の社会貢献予算から本年も寄付をさせていただきます
（12月中に振込予定、受領書の宛名は「日の出産業株式会社」でお願いします）。

来年もどうぞよろしくお願い申し上げます。
""" + SIG_ONODERA,
    expect="pass", entities=[], detectors=[],
    note="seasonal thanks and a donation notice; no individual named")

# -- ids -----------------------------------------------------------------------------------

for _i, _m in enumerate(MESSAGES, 1):
    _m["id"] = f"izonsho-{_i:03d}"

assert len(MESSAGES) == 100, len(MESSAGES)
