"""Blind evaluation corpus — area: ijime (いじめ重大事態 第三者調査委員会 事務局).

日の出産業株式会社 公共サービス事業部 runs, under contract for 東雲市教育委員会, the
secretariat of a third-party investigation committee for school bullying cases: pupils'
interviews (聴取), injuries and mental health, guardians, teachers, school counsellors,
lawyers, the police.  Mail goes to the board of education, the schools, the committee
members (a lawyer, a professor, a clinical psychologist, a paediatrician), the guardians'
lawyers, vendors (transcription, survey, printing, hotel, bank, IT) and guardians on
free mail.

Every person, pupil, school, city, address, phone number, account and identifier in this
file is invented (東雲市 is a fictional city); My Numbers and card numbers come from the
build.py helpers.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import itertools
import random

from build import card_number, my_number

SEED = 13501
rng = random.Random(SEED)

_mn_seq = itertools.count(SEED)
_card_seq = itertools.count(SEED)


def next_my_number() -> str:
    return my_number(next(_mn_seq))


def next_card() -> str:
    return card_number(next(_card_seq))


def mobile() -> str:
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}"


def landline() -> str:
    return f"047-{rng.randrange(300, 480)}-{rng.randrange(1000, 10000)}"


_ZEN = str.maketrans("0123456789-()/.:", "０１２３４５６７８９－（）／．：")


def zen(s: str) -> str:
    """ASCII digits and separators → full-width, as some people type them."""
    return s.translate(_ZEN)


def corporate_number(base12: str) -> str:
    """法人番号: check digit (9 - Σ Pn·Qn mod 9) in front of the 12-digit base."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        q = 1 if n % 2 else 2
        total += p * q
    return str(9 - total % 9) + base12


def grp4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# -- people of the secretariat (senders) ------------------------------------------------

D = "@hinode-sangyo.co.jp"
MORISHITA = "森下 恭平 <morishita.kyohei" + D + ">"
HASEGAWA = "長谷川 紗季 <hasegawa.saki" + D + ">"
DAIMON = "大門 拓真 <daimon.takuma" + D + ">"
ONODERA = "小野寺 倫子 <onodera.michiko" + D + ">"
SAEKI = "佐伯 亮 <saeki.ryo" + D + ">"
KIRISHIMA = "霧島 葉月 <kirishima.hazuki" + D + ">"
JIMUKYOKU = "第三者委員会事務局 <daisansha-jimukyoku" + D + ">"
LEGAL = "法務部 桐生 <kiryu.legal" + D + ">"

# -- external parties ------------------------------------------------------------------

BOE = "@kyoiku.city.shinonome.lg.jp"
KURIBAYASHI = "栗林 亜矢 <kuribayashi-a" + BOE + ">"
ISURUGI = "石動 修 <isurugi-o" + BOE + ">"
BOE_KAIKEI = "東雲市教育委員会 指導課 庶務係 <shido-shomu" + BOE + ">"
BOE_KOKAI = "東雲市教育委員会 情報公開担当 <joho-kokai" + BOE + ">"
SCH = "@dai2-jh.shinonome.ed.jp"
OTOBE = "乙部 真理子 <otobe-m" + SCH + ">"
TORIKAI = "鳥飼 正和 <torikai-m" + SCH + ">"
YUASA = "湯浅 千尋 <yuasa-c" + SCH + ">"
AZUMI = "安曇 透 <azumi@shirakawa-law.jp>"
KASHIMURA = "樫村 早苗 <kashimura.s@edu.seiran-u.ac.jp>"
SHITOMI = "蔀 由佳 <shitomi@kokoro-support.or.jp>"
SHISHIDO = "宍戸 健吾 <shishido@minami-kodomo-cl.jp>"
TATSUMI = "巽 雅人 <tatsumi@kusunoki-sogo-law.jp>"
MIMITEC = "株式会社ミミテック 鴨下 <kamoshita@mimitec-hanyaku.co.jp>"
WHITCOMBE = "Dr Eleanor Whitcombe <e.whitcombe@northfield.ac.uk>"
MANABE_MOTHER = "真鍋 恵理子 <eriko.manabe.0809@icloud.com>"

# -- standard texts --------------------------------------------------------------------

DISC_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。"
           "本メールの無断転載・複製・転送はご遠慮ください。")
DISC_JA2 = ("※このメールは、宛先に記載された方のみを対象としております。"
            "お心当たりのない場合は、誠に恐れ入りますが破棄していただきますようお願い申し上げます。")
DISC_EN = ("This e-mail and any attachments may contain confidential information and are "
           "intended solely for the addressee. If you have received this e-mail in error, "
           "please notify the sender immediately and delete it.")


def sig(name: str, kana: str, local: str, ext: str = "") -> str:
    line_ext = f"（内線 {ext}）" if ext else ""
    return (
        "――――――――――――――――――――――――――――\n"
        "日の出産業株式会社 公共サービス事業部\n"
        "東雲市いじめ問題第三者調査委員会 事務局\n"
        f"{name}（{kana}）\n"
        "〒273-0005 千葉県東雲市本町2-14-3 東雲駅前ビル4階\n"
        f"TEL 047-390-6612{line_ext}  FAX 047-390-6613\n"
        f"E-mail {local}@hinode-sangyo.co.jp\n"
        "――――――――――――――――――――――――――――"
    )


SIG_HASEGAWA = sig("長谷川 紗季", "はせがわ さき", "hasegawa.saki", "214")
SIG_DAIMON = sig("大門 拓真", "だいもん たくま", "daimon.takuma", "216")
SIG_MORISHITA = sig("森下 恭平", "もりした きょうへい", "morishita.kyohei", "210")
SIG_KIRISHIMA = sig("霧島 葉月", "きりしま はづき", "kirishima.hazuki", "218")
SIG_SHORT_DAIMON = "--\n日の出産業(株) 第三者委員会事務局 大門\nTEL 047-390-6612 / 携帯 080-7713-2059"
SIG_ONODERA = ("━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社 経理部 経理課\n小野寺 倫子\n"
               "〒103-0027 東京都中央区日本橋3-8-14 日の出ビル6F\n"
               "TEL 03-6825-4400（代表）\n━━━━━━━━━━━━━━━━━━━━")
SIG_SAEKI = ("-- \n佐伯 亮 / Ryo Saeki\n日の出産業株式会社 情報システム部\n"
             "TEL 03-6825-4455  saeki.ryo@hinode-sangyo.co.jp")
SIG_EN = ("--\nSaki Hasegawa\nSecretariat, Shinonome City Third-Party Committee on Bullying\n"
          "Hinode Sangyo Co., Ltd. (Public Services Division)\n"
          "4F Shinonome Ekimae Bldg., 2-14-3 Honcho, Shinonome-shi, Chiba 273-0005, Japan\n"
          "Tel +81-47-390-6612")

MESSAGES: list[dict] = []


def add(**kw) -> None:
    kw.setdefault("cc", [])
    kw.setdefault("bcc", [])
    kw.setdefault("attachments", [])
    kw.setdefault("charset", "utf-8")
    if kw["charset"] == "iso-2022-jp":
        # what a JIS mail client actually transmits for these two characters
        for key in ("subject", "body", "html"):
            if kw.get(key):
                kw[key] = kw[key].replace("～", "〜").replace("－", "−")
    n = len(MESSAGES) + 1
    assert kw["id"] == f"ijime-{n:03d}", (kw["id"], n)
    MESSAGES.append(kw)


# ======================================================================================
# 001 — padded-column list of pupils and guardians' phones to the school
# ======================================================================================
_r = [(mobile()) for _ in range(6)]
add(
    id="ijime-001", expect="stop", sender=HASEGAWA, to=[OTOBE], charset="iso-2022-jp",
    subject="【東雲二中】12月聴取対象生徒・保護者連絡先のご確認",
    body=f"""\
東雲市立東雲第二中学校
教頭 乙部 真理子 先生

いつもお世話になっております。
東雲市いじめ問題第三者調査委員会 事務局の長谷川です。

先日ご相談いたしました、12月の生徒聴取の対象者と保護者連絡先を下記のとおり整理しました。
保護者への日程のご連絡は学校から行っていただけるとのことでしたので、
念のため連絡先に誤りがないかご確認いただけますでしょうか。

No  学年組  生徒氏名        保護者氏名      保護者連絡先      聴取予定
--  ------  --------------  --------------  ----------------  ---------------
1   2-3     鮫島 蒼空       鮫島 直美       {_r[0]}     12/9(月) 16:00
2   2-3     仁科 結愛       仁科 剛         {_r[1]}     12/9(月) 17:00
3   2-3     百目鬼 律       百目鬼 香織     {_r[2]}     12/10(火) 16:00
4   2-1     蓮見 湊         蓮見 史郎       {_r[3]}     12/10(火) 17:00
5   2-4     東風平 葵       東風平 美咲     {_r[4]}     12/11(水) 16:00
6   2-3     五十嵐 心春     五十嵐 亘       {_r[5]}     12/11(水) 17:00

聴取は各回45分程度、教育センター2階の相談室で行います。
保護者の同席をご希望の場合は、事前にお知らせください。

よろしくお願いいたします。

{SIG_HASEGAWA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six pupils with guardians' names and mobiles in padded columns to the school (external)",
)

# ======================================================================================
# 002 — scheduling mail to the committee chair (partner law firm)
# ======================================================================================
add(
    id="ijime-002", expect="pass", sender=HASEGAWA, to=[AZUMI], charset="iso-2022-jp",
    subject="第3回委員会の日程調整について",
    body=f"""\
安曇先生

いつも大変お世話になっております。
第三者調査委員会 事務局の長谷川でございます。

第3回委員会の開催日につきまして、下記の候補日でご都合をお伺いできますでしょうか。

　・1月15日（水）18:30～20:30
　・1月17日（金）18:30～20:30
　・1月22日（水）19:00～21:00

会場はいずれも東雲市教育センター3階 大会議室を仮押さえしております。
他の委員の先生方にも同じ候補日でお伺いしておりますので、
12月20日（金）までにご返信いただけますと幸いです。

何卒よろしくお願い申し上げます。

{SIG_HASEGAWA}

{DISC_JA}
""",
    entities=[], detectors=[],
    note="ordinary scheduling mail to one partner lawyer; standard disclaimer",
)

# ======================================================================================
# 003 — three committee members of three organisations in To
# ======================================================================================
add(
    id="ijime-003", expect="stop", sender=DAIMON, to=[AZUMI, KASHIMURA, SHITOMI],
    charset="iso-2022-jp",
    subject="第2回委員会 資料送付（次第・前回議事要旨）",
    body=f"""\
委員各位

お世話になっております。事務局の大門です。
12月6日（金）開催の第2回委員会の次第をお送りいたします。
前回議事要旨は当日、紙でお配りします。

ご不明点がございましたら事務局までご連絡ください。

{SIG_SHORT_DAIMON}
""",
    attachments=[{
        "kind": "pdf", "name": "第2回委員会次第.pdf", "title": "第2回委員会 次第",
        "lines": [
            "東雲市いじめ問題第三者調査委員会　第２回　次第",
            "日時：令和6年12月6日（金）18時30分～20時30分",
            "場所：東雲市教育センター　3階　大会議室",
            "1　開会",
            "2　前回議事要旨の確認",
            "3　聴取計画について（資料1）",
            "4　アンケート調査票（案）について（資料2）",
            "5　今後の日程",
            "6　閉会",
        ],
    }],
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (law firm, university, counselling body) visible in To",
)

# ======================================================================================
# 004 — one pupil's diagnosis in a sentence to the board
# ======================================================================================
add(
    id="ijime-004", expect="stop", sender=HASEGAWA, to=[KURIBAYASHI], charset="cp932",
    subject="【ご報告】被害生徒の状況について（11/5時点）",
    body=f"""\
東雲市教育委員会 指導課
栗林 様

お世話になっております。事務局 長谷川です。
取り急ぎ、本日保護者様からいただいたご連絡を共有いたします。

被害生徒の真鍋陽斗さんについて、11月2日にしののめ心療クリニックを受診し、
「適応障害」と診断されたとのことです。主治医からは、当面の間は登校を控え、
週1回の通院を続けるよう指示があったと伺っております。

これを受け、12月に予定していたご本人への聴取は、主治医の意見を確認したうえで
時期を再検討したいと考えております。委員長にも同じ内容をお伝えしております。

以上、よろしくお願いいたします。

{SIG_HASEGAWA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named pupil's diagnosis (要配慮個人情報) in a sentence to the board of education",
)

# ======================================================================================
# 005 — internal-only memo with everything in it
# ======================================================================================
_p = [mobile() for _ in range(4)]
add(
    id="ijime-005", expect="pass", sender=HASEGAWA, to=[DAIMON], cc=[KIRISHIMA],
    charset="utf-8",
    subject="関係者整理メモ（事務局内部用）",
    body=f"""\
大門さん、霧島さん

明日の打合せ用に、関係者の整理メモを貼っておきます。外には出さないでください。

■被害生徒
　真鍋 陽斗（2-3）　適応障害（11/2 しののめ心療クリニック）、週1通院
　保護者：真鍋 恵理子（母）　{_p[0]}

■関係生徒（加害とされている生徒）
　小黒 颯（2-3）　保護者：小黒 伸也　{_p[1]}
　鮫島 蒼空（2-3）　保護者：鮫島 直美　{_p[2]}
　百目鬼 律（2-3）　保護者：百目鬼 香織　{_p[3]}

■その他
　・小黒さん側は代理人（ひかり法律事務所 二階堂先生）を立てる意向
　・元担任の神崎先生は3月で退職済み、個人の連絡先のみ

長谷川
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=[],
    note="all recipients internal: pupils, diagnosis and phones may circulate internally",
)

# ======================================================================================
# 006 — XLSX list of recorded interviews to the transcription vendor
# ======================================================================================
_t = [mobile() for _ in range(7)]
add(
    id="ijime-006", expect="stop", sender=KIRISHIMA, to=[MIMITEC], charset="utf-8",
    subject="反訳のご依頼（12月聴取分 7件）",
    body=f"""\
株式会社ミミテック
鴨下 様

いつもお世話になっております。
日の出産業 第三者委員会事務局の霧島です。

12月実施分の聴取録音7件について、反訳をお願いいたします。
録音データは別途、共有ストレージにアップロードいたします。
一覧と仕様を添付しましたのでご確認ください。納期は一覧に記載のとおりです。

よろしくお願いいたします。

{SIG_KIRISHIMA}
""",
    attachments=[{
        "kind": "xlsx", "name": "聴取録音一覧_202412.xlsx", "title": "聴取録音一覧",
        "sheets": {
            "録音一覧": [
                ["東雲市いじめ問題第三者調査委員会　聴取録音一覧（令和6年12月分）"],
                [],
                ["録音ID", "聴取日", "区分", "氏名", "所属", "連絡先（確認用）", "録音時間", "納期"],
                ["R-1201", "令和6年12月9日", "生徒", "鮫島 蒼空", "2年3組", _t[0], "0:42:10", "12/20"],
                ["R-1202", "令和6年12月9日", "生徒", "仁科 結愛", "2年3組", _t[1], "0:38:55", "12/20"],
                ["R-1203", "令和6年12月10日", "生徒", "百目鬼 律", "2年3組", _t[2], "0:51:02", "12/20"],
                ["R-1204", "令和6年12月10日", "生徒", "蓮見 湊", "2年1組", _t[3], "0:29:47", "12/24"],
                ["R-1205", "令和6年12月11日", "教員", "四十物 誠", "学年主任", _t[4], "1:10:31", "12/24"],
                ["R-1206", "令和6年12月11日", "教員", "神崎 亮太", "元担任", _t[5], "1:24:18", "12/25"],
                ["R-1207", "令和6年12月12日", "SC", "月見里 紬", "スクールカウンセラー", _t[6], "0:57:40", "12/25"],
            ],
            "反訳仕様": [
                ["項目", "内容"],
                ["反訳形式", "逐語（ケバ取りなし）"],
                ["話者表記", "委員A／委員B／対象者"],
                ["納品形式", "Word（.docx）"],
                ["備考", "固有名詞は一覧の表記に合わせる"],
            ],
        },
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="XLSX with a title row: seven interviewees with mobiles to an external vendor",
)

# ======================================================================================
# 007 — look-alike of the partner law firm's domain (digit 1 for l)
# ======================================================================================
add(
    id="ijime-007", expect="stop", sender=DAIMON, to=["安曇 透 <azumi@shirakawa-1aw.jp>"],
    charset="iso-2022-jp",
    subject="第2回委員会 議事要旨（案）のご確認",
    body=f"""\
安曇委員長

お世話になっております。事務局の大門です。
第2回委員会の議事要旨（案）を作成しましたので、ご確認をお願いいたします。
修正がございましたら、Wordの変更履歴でご指摘いただけますと助かります。

{SIG_DAIMON}
""",
    attachments=[{
        "kind": "docx", "name": "第2回議事要旨_案.docx", "title": "第2回委員会 議事要旨（案）",
        "paragraphs": [
            "東雲市いじめ問題第三者調査委員会　第2回　議事要旨（案）",
            "日時：令和6年12月6日（金）18:30～20:35　場所：東雲市教育センター",
            "出席委員：4名（全員）　事務局：3名",
            "1．前回議事要旨を確認し、了承した。",
            "2．聴取計画について、生徒聴取は保護者の同意を得たうえで12月中に実施することとした。",
            "3．アンケート調査票（案）について、設問7の表現を修正のうえ次回確定する。",
            "4．次回は1月中旬に開催する。",
        ],
    }],
    entities=[], detectors=["lookalike_domain"],
    note="shirakawa-1aw.jp is a look-alike of partner shirakawa-law.jp (1 for l)",
)

# ======================================================================================
# 008 — list of schools (businesses) to the printer
# ======================================================================================
add(
    id="ijime-008", expect="pass", sender=DAIMON,
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"], charset="cp932",
    subject="概要リーフレットの発送先（市立中学校8校）",
    body=f"""\
錦印刷株式会社 営業部 御中

お世話になっております。日の出産業の大門です。
先日お見積りいただいた概要リーフレットの発送先を下記にまとめました。
各校 職員室宛てに、指定部数をお送りください。

学校名                    〒          所在地                          代表電話        部数
------------------------  ----------  ------------------------------  --------------  ----
東雲市立東雲第一中学校    273-0011    千葉県東雲市栄町1-2-1           047-390-2101    40
東雲市立東雲第二中学校    273-0014    千葉県東雲市若葉町5-10-3        047-390-2102    45
東雲市立みなと中学校      273-0021    千葉県東雲市港町2-8             047-390-2103    35
東雲市立高台中学校        273-0032    千葉県東雲市高台3-1-15          047-390-2104    30
東雲市立北野中学校        273-0041    千葉県東雲市北野1-20-2          047-390-2105    30
東雲市立桜木中学校        273-0044    千葉県東雲市桜木4-6-1           047-390-2106    25
東雲市立西浜中学校        273-0052    千葉県東雲市西浜2-3-30          047-390-2107    25
東雲市立緑ヶ丘中学校      273-0063    千葉県東雲市緑ヶ丘6-1-7         047-390-2108    20

納品希望日は1月31日（金）です。よろしくお願いいたします。

{SIG_DAIMON}
""",
    entities=[], detectors=[],
    note="a list of schools with switchboards and addresses: businesses, not people",
)

# ======================================================================================
# 009 — password-protected ZIP to the victim's family's lawyer
# ======================================================================================
add(
    id="ijime-009", expect="stop", sender=HASEGAWA, to=[TATSUMI], charset="iso-2022-jp",
    subject="聴取記録（保護者様分）の送付",
    body=f"""\
楠総合法律事務所
弁護士 巽 雅人 先生

いつもお世話になっております。第三者調査委員会 事務局の長谷川です。
11月28日に実施した保護者様の聴取記録（確認用）をお送りいたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせいたします。

内容に事実誤認等がございましたら、12月13日（金）までにお知らせください。

{SIG_HASEGAWA}
""",
    attachments=[{
        "kind": "zip", "name": "聴取記録_1128.zip", "password": "Shn#1205a",
        "files": [{
            "kind": "docx", "name": "聴取記録_保護者_1128.docx",
            "paragraphs": ["聴取記録（確認用）", "日時：令和6年11月28日 14:00-15:30",
                           "聴取対象：被害生徒の母", "（以下、逐語記録）"],
        }],
    }],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to an external lawyer: contents cannot be inspected",
)

# ======================================================================================
# 010 — the password mail that follows (nothing in it)
# ======================================================================================
add(
    id="ijime-010", expect="pass", sender=HASEGAWA, to=[TATSUMI], charset="iso-2022-jp",
    subject="【パスワードのお知らせ】聴取記録（保護者様分）",
    body="""\
巽先生

先ほどお送りした「聴取記録_1128.zip」のパスワードをお知らせいたします。

　パスワード：Shn#1205a

よろしくお願いいたします。

事務局 長谷川
""",
    entities=[], detectors=[],
    note="the separate password mail carries no personal data itself",
)

# ======================================================================================
# 011 — DOCX report outline with 取扱注意 in the page header
# ======================================================================================
add(
    id="ijime-011", expect="stop", sender=MORISHITA, to=[KASHIMURA], charset="utf-8",
    subject="調査報告書 骨子案（第4章・第5章）",
    body=f"""\
樫村先生

お世話になっております。事務局長の森下です。
先日の打合せを踏まえ、報告書の第4章（学校の対応の検証）と第5章（再発防止策）の
骨子案を作成いたしました。ご担当の第5章について、ご意見をいただけますでしょうか。

お忙しいところ恐縮ですが、1月10日頃までにいただけますと幸いです。

{SIG_MORISHITA}
""",
    attachments=[{
        "kind": "docx", "name": "報告書骨子案_4-5章_v2.docx", "page_header": "取扱注意",
        "title": "調査報告書 骨子案",
        "paragraphs": [
            "第4章　学校の対応の検証",
            "4.1　いじめの認知と組織的対応",
            "4.2　学校いじめ対策組織の機能",
            "4.3　保護者との情報共有",
            "第5章　再発防止策",
            "5.1　教職員研修の在り方",
            "5.2　アンケート調査の活用と記録の保存",
            "5.3　教育委員会の支援体制",
        ],
    }],
    entities=[], detectors=["confidential_marking"],
    note="DOCX carries a 取扱注意 page header (classification stamp) to an external professor",
)

# ======================================================================================
# 012 — reply; the diagnosis and the address are only in the quoted text
# ======================================================================================
add(
    id="ijime-012", expect="pass", sender=HASEGAWA, to=[TATSUMI], charset="utf-8",
    subject="Re: 次回面談の日程と診断書の提出について",
    body=f"""\
巽先生

ご連絡ありがとうございます。事務局の長谷川です。
12月10日（火）14時から、東雲市教育センター2階 相談室にて承知いたしました。
診断書の写しは当日お預かりし、委員会での取扱いについては改めてご説明いたします。

引き続きよろしくお願いいたします。

長谷川

2024年12月3日(火) 9:41 巽 雅人 <tatsumi@kusunoki-sogo-law.jp>:
> 東雲市いじめ問題第三者調査委員会 事務局 御中
>
> 真鍋陽斗君の代理人の巽です。
> 陽斗君は11月2日にしののめ心療クリニックで適応障害と診断され、
> 現在も週1回通院しております。診断書の写しを次回面談時にお持ちします。
> なお、ご家族は11月末に千葉県東雲市若葉町3-7-21 メゾン若葉203号へ転居されました。
> 次回面談は12月10日14時でお願いできますでしょうか。
>
> 楠総合法律事務所 弁護士 巽 雅人
""",
    entities=[], detectors=[],
    note="the diagnosis and new address are only in the quoted text of the lawyer's own mail",
)

# ======================================================================================
# 013 — forward of the school's accident report (injury) to the paediatrician member
# ======================================================================================
add(
    id="ijime-013", expect="stop", sender=DAIMON, to=[SHISHIDO], charset="iso-2022-jp",
    subject="FW: 【事故報告】2年3組 生徒の負傷について",
    body=f"""\
宍戸先生

お世話になっております。事務局の大門です。
学校から提出された事故報告を転送いたします。
医学的な観点から、受傷機転の記載についてご意見をいただければ幸いです。

大門

-------- Forwarded Message --------
件名: 【事故報告】2年3組 生徒の負傷について
日付: 2024年10月21日 17:12
差出人: 鳥飼 正和 <torikai-m@dai2-jh.shinonome.ed.jp>
宛先: 東雲市教育委員会 指導課

東雲市教育委員会 指導課 御中

下記のとおり事故が発生しましたのでご報告いたします。

１．発生日時　令和6年10月18日（金）12時50分頃（昼休み）
２．発生場所　本校北校舎3階 廊下
３．負傷生徒　2年3組 真鍋 陽斗
４．負傷の状況　同学年の生徒数名と廊下にいた際に転倒し、右手をついて受傷。
５．受診状況　同日、東雲市民病院 整形外科を受診。右前腕骨折（橈骨遠位端骨折）、
　　全治約6週間の診断。ギプス固定。
６．その後の対応　保護者へ連絡し、翌日以降、経過を確認している。

東雲市立東雲第二中学校 校長 鳥飼 正和
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="forward (new text to its recipient) of a named pupil's fracture diagnosis",
)

# ======================================================================================
# 014 — CSV (CP932) of survey answers with kana names to the professor
# ======================================================================================
_kana = [("２", "３", "1", "アイモノ　ハルキ"), ("２", "３", "4", "イガラシ　コハル"),
         ("２", "３", "9", "コチンダ　アオイ"), ("２", "３", "12", "サメジマ　ソラ"),
         ("２", "３", "15", "タカナシ　ミオ"), ("２", "３", "18", "ドウメキ　リツ"),
         ("２", "３", "22", "ニシナ　ユア"), ("２", "３", "27", "ヤマナシ　ケント")]
_ans = ["見たことがある", "聞いたことがある", "見たことがある", "ない", "聞いたことがある",
        "ない", "見たことがある", "わからない"]
_free = ["休み時間にからかわれているのを何回か見た", "", "筆箱を隠されていた",
         "", "LINEのグループで悪口があったと聞いた", "", "先生に言ったほうがいいと思った", ""]
add(
    id="ijime-014", expect="stop", sender=HASEGAWA, to=[KASHIMURA], charset="cp932",
    subject="2年3組アンケート 原票データ（分析用）",
    body=f"""\
樫村先生

お世話になっております。事務局 長谷川です。
ご依頼のありました2年3組のアンケート原票データをCSVにしてお送りします。
学校が回収したものを、事務局で入力したものです（記名式）。

分析方針についてはまた次回の打合せでご相談させてください。

{SIG_HASEGAWA}
""",
    attachments=[{
        "kind": "csv", "name": "2-3_アンケート原票.csv", "encoding": "cp932",
        "rows": [["学年", "組", "出席番号", "氏名（カナ）", "設問5", "自由記述"]]
        + [[a, b, c, d, _ans[i], _free[i]] for i, (a, b, c, d) in enumerate(_kana)],
    }],
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="CP932 CSV: eight pupils' katakana names with class, number and survey answers",
)

# ======================================================================================
# 015 — meeting room booking at the partner hotel
# ======================================================================================
add(
    id="ijime-015", expect="pass", sender=KIRISHIMA,
    to=["さくらホテル東雲 宴会予約 <banquet-shinonome@sakura-hotel.jp>"], charset="cp932",
    subject="会議室ご予約のお願い（1月17日）",
    body=f"""\
さくらホテル東雲
宴会予約ご担当者様

いつもお世話になっております。日の出産業株式会社の霧島と申します。
下記のとおり会議室の予約をお願いいたします。

　日時　　：令和7年1月17日（金）18:00～21:00
　人数　　：8名（ロの字）
　設備　　：プロジェクター、マイク2本
　飲物　　：ペットボトルのお茶 8本
　請求先　：日の出産業株式会社 公共サービス事業部（請求書払い）

見積書をお送りいただけますと幸いです。

{SIG_KIRISHIMA}
""",
    entities=[], detectors=[],
    note="ordinary booking with a partner hotel, no personal data",
)

# ======================================================================================
# 016 — card number for a room guarantee
# ======================================================================================
_card16 = next_card()
add(
    id="ijime-016", expect="stop", sender=KIRISHIMA,
    to=["さくらホテル東雲 宿泊予約 <reserve-shinonome@sakura-hotel.jp>"], charset="iso-2022-jp",
    subject="宿泊予約（1/17 1泊）とカード保証について",
    body=f"""\
さくらホテル東雲 宿泊予約ご担当者様

お世話になっております。日の出産業の霧島です。
お電話でご案内いただいたとおり、保証用のカード情報をお送りいたします。

　宿泊者　　　：宍戸 健吾 様（1名）
　宿泊日　　　：1月17日（金）チェックイン／1泊
　お部屋　　　：シングル禁煙
　カード番号　：{grp4(_card16)}
　有効期限　　：08/27
　名義　　　　：KYOHEI MORISHITA

精算は当日、上記カードでお願いいたします。

霧島
""",
    entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a full credit card number in the body to the hotel",
)

# ======================================================================================
# 017 — My Numbers of committee members to the tax accountant
# ======================================================================================
_mn17 = [next_my_number() for _ in range(5)]
add(
    id="ijime-017", expect="stop", sender=ONODERA,
    to=["浜風会計 税理士 潮田 <ushioda@hamakaze-tax.jp>"], charset="utf-8",
    subject="支払調書作成用データ（第三者委員会 委員報酬 R6）",
    body=f"""\
税理士法人浜風会計
潮田 様

いつもお世話になっております。日の出産業 経理部の小野寺です。
第三者委員会の委員報酬について、支払調書作成用のデータをお送りいたします。
ご確認のほどよろしくお願いいたします。

{SIG_ONODERA}
""",
    attachments=[{
        "kind": "xlsx", "name": "委員報酬_支払調書用_R6.xlsx",
        "sheets": {
            "委員報酬": [
                ["令和6年分 報酬、料金、契約金及び賞金の支払調書 作成用"],
                ["氏名", "フリガナ", "住所", "個人番号", "支払金額", "源泉徴収税額"],
                ["安曇 透", "アズミ トオル", "千葉県東雲市栄町4-11-2", _mn17[0], 480000, 49008],
                ["樫村 早苗", "カシムラ サナエ", "東京都世田谷区桜丘2-31-6", _mn17[1], 360000, 36756],
                ["蔀 由佳", "シトミ ユカ", "千葉県船橋市本町7-3-12-905", _mn17[2], 360000, 36756],
                ["宍戸 健吾", "シシド ケンゴ", "千葉県東雲市高台1-8-4", _mn17[3], 360000, 36756],
                ["比嘉 優一", "ヒガ ユウイチ", "千葉県市川市八幡5-2-19", _mn17[4], 240000, 24504],
            ],
            "メモ": [["番号確認・身元確認済み（11/29 小野寺）"]],
        },
    }],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="five My Numbers with names and home addresses in an XLSX to an external accountant",
)

# ======================================================================================
# 018 — internal: a My Number in the body between accounting and the secretariat
# ======================================================================================
_mn18 = next_my_number()
add(
    id="ijime-018", expect="pass", sender=ONODERA, to=[MORISHITA], cc=[HASEGAWA],
    charset="iso-2022-jp",
    subject="委員のマイナンバー収集状況",
    body=f"""\
森下さん

経理の小野寺です。委員報酬のマイナンバー収集状況です。

　安曇委員長　　：提出済・確認済
　樫村委員　　　：提出済・確認済
　蔀委員　　　　：提出済・確認済
　宍戸委員　　　：提出済・確認済
　比嘉委員　　　：提出済（番号 {_mn18}）、身元確認書類が未着

比嘉委員の身元確認書類（運転免許証の写し等）を、次回委員会の際にいただけるよう
お声がけいただけますか。

{SIG_ONODERA}
""",
    entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=[],
    note="internal-only mail: a My Number may circulate between accounting and the secretariat",
)

# ======================================================================================
# 019 — tab-separated list without any name column to the board
# ======================================================================================
_addr19 = ["千葉県東雲市若葉町2-4-11", "千葉県東雲市若葉町5-1-3-402", "千葉県東雲市栄町3-18-6",
           "千葉県東雲市本町6-2-9 コーポ本町101", "千葉県東雲市北野2-15-22", "千葉県東雲市港町1-7-5"]
_rows19 = "\n".join(f"{i + 1:02d}\t2-{rng.choice('1234')}\t{rng.choice(['母', '父', '祖母'])}\t{mobile()}\t{a}"
                    for i, a in enumerate(_addr19))
add(
    id="ijime-019", expect="stop", sender=DAIMON, to=[KURIBAYASHI], charset="utf-8",
    subject="聴取候補（第2次）保護者連絡先 ※氏名は別紙",
    body=f"""\
栗林様

お世話になっております。大門です。
第2次聴取の候補について、保護者の連絡先を整理しました。
氏名は別紙（紙）で学校から受け取っておりますので、整理番号でご確認ください。

番号\t学年組\t続柄\t連絡先\t住所
{_rows19}

学校経由で同意書を配布いただく予定です。

{SIG_SHORT_DAIMON}
""",
    entities=["PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="six guardians' mobiles and home addresses, tab-separated, no name column",
)

# ======================================================================================
# 020 — NDA talk with the transcription vendor, NDA draft attached (no marking)
# ======================================================================================
add(
    id="ijime-020", expect="pass", sender=LEGAL, to=[MIMITEC], cc=[KIRISHIMA],
    charset="iso-2022-jp",
    subject="秘密保持契約書（案）のご確認のお願い",
    body="""\
株式会社ミミテック
鴨下 様

お世話になっております。日の出産業株式会社 法務部の桐生です。
反訳業務の開始にあたり、秘密保持契約（NDA）を締結させていただきたく、
当社ひな形をベースにした契約書案を添付いたします。

特に第3条（秘密情報の管理）と第6条（再委託の禁止）について、
貴社の運用上問題がないかご確認いただけますでしょうか。
修正のご希望があれば、変更履歴でお戻しください。

--
日の出産業株式会社 法務部
桐生 慎吾
TEL 03-6825-4420
""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書_案_ミミテック.docx", "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と株式会社ミミテック（以下「乙」という。）は、"
            "甲が乙に委託する反訳業務に関し、次のとおり秘密保持契約を締結する。",
            "第1条（目的）本契約は、甲が乙に開示する秘密情報の取扱いを定めることを目的とする。",
            "第2条（秘密情報）本契約において秘密情報とは、甲が乙に開示する音声データ、"
            "文書その他一切の情報をいう。",
            "第3条（秘密情報の管理）乙は、秘密情報を善良な管理者の注意をもって管理する。",
            "第6条（再委託の禁止）乙は、甲の書面による承諾なく業務を再委託してはならない。",
            "第9条（有効期間）本契約の有効期間は、締結日から3年間とする。",
        ],
    }],
    entities=[], detectors=[],
    note="mail about an NDA with the NDA draft: mentions of 秘密情報, not a classification stamp",
)

# ======================================================================================
# 021 — HTML-only table of guardian interviews to the school
# ======================================================================================
_g21 = [("鮫島 直美", "鮫島 蒼空", "samejima.naomi@gmail.com", "12/14(土) 10:00"),
        ("仁科 剛", "仁科 結愛", "t.nishina1979@yahoo.co.jp", "12/14(土) 11:00"),
        ("百目鬼 香織", "百目鬼 律", "doumeki-k@ezweb.ne.jp", "12/14(土) 13:30"),
        ("蓮見 史郎", "蓮見 湊", "hasumi.shiro@outlook.jp", "12/14(土) 14:30"),
        ("東風平 美咲", "東風平 葵", "kochinda.misaki@icloud.com", "12/15(日) 10:00"),
        ("五十嵐 亘", "五十嵐 心春", "w.igarashi@gmail.com", "12/15(日) 11:00")]
_rows21 = "\n".join(
    f"<tr><td>{i + 1}</td><td>{g}</td><td>{s}</td><td>{mobile()}</td><td>{m}</td><td>{t}</td></tr>"
    for i, (g, s, m, t) in enumerate(_g21))
add(
    id="ijime-021", expect="stop", sender=HASEGAWA, to=[OTOBE], charset="utf-8",
    subject="保護者面談の予定表（12/14・15）",
    html=f"""\
<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>乙部先生</p>
<p>お世話になっております。事務局の長谷川です。<br>
保護者面談の予定を下表のとおり確定しました。当日の受付でご確認をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>No</th><th>保護者</th><th>生徒</th><th>電話</th><th>メール</th><th>日時</th></tr>
{_rows21}
</table>
<p>会場：東雲市教育センター2階 相談室A</p>
<p>--<br>長谷川 紗季<br>日の出産業株式会社 第三者委員会事務局<br>TEL 047-390-6612</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="HTML-only table: six guardians with their child, phone and e-mail to the school",
)

# ======================================================================================
# 022 — the police: the victim filed a damage report (crime victim)
# ======================================================================================
add(
    id="ijime-022", expect="stop", sender=MORISHITA,
    to=["東雲警察署 生活安全課 少年係 <shonen@shinonome-ps.police.lg.jp>"], charset="iso-2022-jp",
    subject="東雲市いじめ問題第三者調査委員会からの情報提供依頼について",
    body=f"""\
東雲警察署 生活安全課 少年係 御中

平素より大変お世話になっております。
東雲市いじめ問題第三者調査委員会 事務局長の森下でございます。

先日お電話でご相談いたしました件につき、改めてご連絡申し上げます。
本委員会が調査している事案に関し、東雲第二中学校2年の真鍋陽斗さん（14歳）の
保護者が、令和6年10月22日に貴署へ暴行の被害届を提出されたと伺っております。

委員会として、いじめ防止対策推進法に基づく調査の範囲で、事実経過の確認に
ご協力いただける事項があるかどうか、ご相談させていただきたく存じます。
委員長名の依頼文書は、追って郵送にてお送りいたします。

{SIG_MORISHITA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="names a pupil as the victim of a reported crime (被害届): 要配慮個人情報, even to the police",
)

# ======================================================================================
# 023 — board + school (two external organisations) about the venue
# ======================================================================================
add(
    id="ijime-023", expect="pass", sender=DAIMON, to=[KURIBAYASHI], cc=[OTOBE],
    charset="cp932",
    subject="聴取会場（教育センター第2研修室）の確保について",
    body=f"""\
栗林様
（cc：東雲二中 乙部先生）

お世話になっております。事務局の大門です。
1月の教職員聴取について、会場を下記で確保いただけますでしょうか。

　・1月20日（月）15:30～19:00　教育センター 第2研修室
　・1月21日（火）15:30～19:00　教育センター 第2研修室

乙部先生には、当日の先生方の授業・部活動のご調整をお願いできればと存じます。
聴取の順番は追ってご連絡いたします。

{SIG_DAIMON}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations (board and school) in To/Cc: a normal three-way mail",
)

# ======================================================================================
# 024 — PDF with a Confidential page footer to the psychologist member
# ======================================================================================
add(
    id="ijime-024", expect="stop", sender=MORISHITA, to=[SHITOMI], charset="utf-8",
    subject="論点整理メモ（第3回委員会向け）",
    body=f"""\
蔀先生

いつもお世話になっております。事務局の森下です。
第3回委員会に向けて、委員長と相談のうえ論点整理メモを作成しました。
心理面のご知見から補足いただける点があればお知らせください。

{SIG_MORISHITA}
""",
    attachments=[{
        "kind": "pdf", "name": "論点整理メモ_第3回.pdf", "title": "論点整理メモ",
        "page_footer": "Confidential － 東雲市いじめ問題第三者調査委員会 委員限り",
        "lines": [
            "論点整理メモ（第3回委員会）",
            "論点1　いじめの認知時期：学校が把握し得た最初の時点はいつか",
            "論点2　学校いじめ対策組織への報告の有無と時期",
            "論点3　アンケート結果の共有と活用",
            "論点4　長期欠席に至った経過と学校の支援",
            "論点5　教育委員会への報告の適時性",
        ],
    }],
    entities=[], detectors=["confidential_marking"],
    note="PDF page footer stamps the document Confidential / 委員限り, sent outside",
)

# ======================================================================================
# 025 — corrupt XLSX to the board
# ======================================================================================
add(
    id="ijime-025", expect="stop", sender=HASEGAWA, to=[KURIBAYASHI], charset="iso-2022-jp",
    subject="全校アンケート集計（最終版）の送付",
    body=f"""\
栗林様

お世話になっております。長谷川です。
全校アンケートの集計（最終版）を添付いたします。
前回お送りした版から、設問8の集計方法を修正しております。

{SIG_HASEGAWA}
""",
    attachments=[{"kind": "corrupt", "name": "全校アンケート集計_最終.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be inspected",
)

# ======================================================================================
# 026 — English to an overseas expert about survey methodology
# ======================================================================================
add(
    id="ijime-026", expect="pass", sender=HASEGAWA, to=[WHITCOMBE], charset="utf-8",
    subject="Question on anonymous peer-nomination surveys",
    body=f"""\
Dear Dr Whitcombe,

Thank you again for your kind reply last month. I am writing on behalf of the
Shinonome City Third-Party Committee on Bullying, whose secretariat our company runs.

The committee is considering a school-wide questionnaire and has read your 2019 paper
on peer-nomination methods with great interest. We would be grateful for your view on
two points:

  1. whether anonymous self-report items alone are sufficient for a single-school
     investigation, or whether peer nomination adds enough to justify its burden;
  2. how you would handle follow-up interviews when respondents are anonymous.

If you are available, Professor Kashimura (a committee member) would like to arrange a
30-minute video call in late January.

Best regards,

{SIG_EN}

{DISC_EN}
""",
    entities=[], detectors=[],
    note="English mail to a foreign academic about methodology, nothing personal",
)

# ======================================================================================
# 027 — English: a named pupil's diagnosis described to the overseas expert
# ======================================================================================
add(
    id="ijime-027", expect="stop", sender=HASEGAWA, to=[WHITCOMBE], charset="utf-8",
    subject="Re: Question on anonymous peer-nomination surveys",
    body=f"""\
Dear Dr Whitcombe,

Many thanks for the call yesterday. As you suggested, here is a short description of
the case so that you can advise on the interview plan.

The pupil concerned, Haruto Manabe (14, second year of lower secondary), was diagnosed
with adjustment disorder on 2 November and has not attended school since mid-October.
His psychiatrist has advised that any interview should be short and held at home with
his mother present.

Professor Kashimura would welcome your thoughts before the committee meets on 17 January.

Kind regards,

{SIG_EN}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="English: a named pupil's psychiatric diagnosis sent to an external expert",
)

# ======================================================================================
# 028 — one free-mail guardian: interview appointment
# ======================================================================================
add(
    id="ijime-028", expect="pass", sender=HASEGAWA, to=[MANABE_MOTHER], charset="iso-2022-jp",
    subject="面談日時のご確認",
    body=f"""\
真鍋 様

いつもお世話になっております。
東雲市いじめ問題第三者調査委員会 事務局の長谷川でございます。

お電話でお約束いたしました面談の日時を、念のためご連絡いたします。

　日時：11月28日（木）14:00～15:30
　場所：東雲市教育センター 2階 相談室A（正面玄関を入って右手の階段をご利用ください）

ご都合が悪くなった場合は、お気軽に事務局までご連絡ください。

{SIG_HASEGAWA}
""",
    entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient (a guardian), appointment only",
)

# ======================================================================================
# 029 — three guardians on free mail visible to each other
# ======================================================================================
add(
    id="ijime-029", expect="stop", sender=DAIMON,
    to=["鮫島 直美 <samejima.naomi@gmail.com>", "仁科 剛 <t.nishina1979@yahoo.co.jp>",
        "百目鬼 香織 <doumeki-k@ezweb.ne.jp>"],
    charset="iso-2022-jp",
    subject="保護者説明会のご案内（12月21日）",
    body=f"""\
保護者の皆様

東雲市いじめ問題第三者調査委員会 事務局でございます。
調査の進め方についてご説明する保護者説明会を、下記のとおり開催いたします。

　日時：12月21日（土）10:00～11:00
　会場：東雲市教育センター 3階 大会議室
　内容：調査の目的と進め方、聴取へのご協力のお願い、個人情報の取扱い

出欠を12月18日（水）までに本メールへのご返信でお知らせください。

{SIG_DAIMON}
""",
    entities=[], detectors=["external_recipients_visible", "freemail_recipient",
                            "multiple_external_domains"],
    note="three private persons (guardians) can see each other's addresses in To: should be Bcc",
)

# ======================================================================================
# 030 — the same kind of notice done right: guardians in Bcc
# ======================================================================================
add(
    id="ijime-030", expect="pass", sender=JIMUKYOKU, to=[JIMUKYOKU],
    bcc=["東風平 美咲 <kochinda.misaki@icloud.com>", "蓮見 史郎 <hasumi.shiro@outlook.jp>",
         "五十嵐 亘 <w.igarashi@gmail.com>", "小黒 伸也 <oguro.family@docomo.ne.jp>",
         "四十物 紀子 <aimono.noriko@softbank.ne.jp>"],
    charset="utf-8",
    subject="【再送】保護者説明会の会場変更について",
    body="""\
保護者の皆様
（本メールはBCCにてお送りしております）

東雲市いじめ問題第三者調査委員会 事務局です。
12月21日（土）の保護者説明会の会場を、下記に変更いたします。

　変更前：東雲市教育センター 3階 大会議室
　変更後：東雲市教育センター 1階 多目的ホール

時間（10:00～11:00）に変更はございません。
ご不便をおかけしますが、よろしくお願いいたします。

東雲市いじめ問題第三者調査委員会 事務局
（日の出産業株式会社 公共サービス事業部）
TEL 047-390-6612
""",
    entities=[], detectors=["freemail_recipient"],
    note="guardians are in Bcc, nobody sees anyone else; free-mail recipients only warn",
)

# ======================================================================================
# 031 — DOCX table: kana names and 和暦 dates of birth, to the chair
# ======================================================================================
add(
    id="ijime-031", expect="stop", sender=DAIMON, to=[AZUMI], charset="cp932",
    subject="関係生徒の基本情報（聴取前確認用）",
    body=f"""\
安曇先生

お世話になっております。大門です。
聴取前にご確認いただく関係生徒の基本情報を、Wordの表にまとめました。
学校の指導要録から転記したものです。

{SIG_DAIMON}

{DISC_JA2}
""",
    attachments=[{
        "kind": "docx", "name": "関係生徒基本情報.docx",
        "paragraphs": ["関係生徒 基本情報（聴取前確認用）", "出典：東雲第二中学校 指導要録（写）"],
        "tables": [[
            ["ふりがな", "氏名", "生年月日", "学年組", "部活動"],
            ["まなべ はると", "真鍋 陽斗", "平成２２年８月９日", "2-3", "美術部"],
            ["おぐろ はやて", "小黒 颯", "平成２２年５月３０日", "2-3", "サッカー部"],
            ["さめじま そら", "鮫島 蒼空", "平成２２年１１月２日", "2-3", "サッカー部"],
            ["どうめき りつ", "百目鬼 律", "平成２３年１月１４日", "2-3", "なし"],
            ["にしな ゆあ", "仁科 結愛", "平成２２年６月２１日", "2-3", "吹奏楽部"],
            ["こちんだ あおい", "東風平 葵", "平成２２年９月３日", "2-4", "美術部"],
        ]],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="DOCX table: six pupils with kana and 和暦 full-width dates of birth to a partner lawyer",
)

# ======================================================================================
# 032 — invoice to the board with the company's T-number and bank account
# ======================================================================================
_corp = corporate_number("010401098765")
add(
    id="ijime-032", expect="pass", sender=ONODERA, to=[BOE_KAIKEI], charset="utf-8",
    subject="請求書送付（第三者委員会事務局運営業務 12月分）",
    body=f"""\
東雲市教育委員会 指導課 庶務係 御中

いつもお世話になっております。日の出産業株式会社 経理部の小野寺です。
第三者委員会事務局運営業務（12月分）の請求書をお送りいたします。

　請求番号：HS-2412-0387
　請求金額：1,386,000円（税込）
　お支払期限：令和7年1月31日

{SIG_ONODERA}
""",
    attachments=[{
        "kind": "pdf", "name": "請求書_HS-2412-0387.pdf", "title": "請求書",
        "lines": [
            "請　求　書",
            "東雲市教育委員会 御中　　　　　　　　　請求番号 HS-2412-0387",
            "日の出産業株式会社　東京都中央区日本橋3-8-14",
            f"登録番号 T{_corp}",
            "件名：東雲市いじめ問題第三者調査委員会 事務局運営業務（令和6年12月分）",
            "業務委託料　1,260,000円　消費税（10%）126,000円　合計 1,386,000円",
            "振込先：みどり銀行 日本橋支店 普通 0412957 ヒノデサンギヨウ（カ",
        ],
    }],
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with the company's T-number and company bank account: business data only",
)

# ======================================================================================
# 033 — a colleague in Cc with a typo in the internal domain (look-alike)
# ======================================================================================
add(
    id="ijime-033", expect="stop", sender=HASEGAWA, to=[KURIBAYASHI],
    cc=["大門 拓真 <daimon.takuma@hinode-sangyou.co.jp>"], charset="iso-2022-jp",
    subject="第3回委員会の開催日確定のご連絡",
    body=f"""\
栗林様
（cc：事務局 大門）

お世話になっております。長谷川です。
第3回委員会は1月17日（金）18:30から、教育センター大会議室で開催することになりました。
傍聴の取扱いについては、委員長から当日ご説明いただく予定です。

{SIG_HASEGAWA}
""",
    entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyou.co.jp is a look-alike of the own domain (letter added)",
)

# ======================================================================================
# 034 — XLSX with 部外秘 in the page header (budget, no personal data)
# ======================================================================================
add(
    id="ijime-034", expect="stop", sender=MORISHITA, to=[ISURUGI], charset="utf-8",
    subject="次年度 事務局運営費の積算（案）",
    body=f"""\
石動課長

いつもお世話になっております。森下です。
次年度予算要求に向けた事務局運営費の積算（案）をお送りいたします。
人件費単価は今年度と同水準で見込んでおります。

{SIG_MORISHITA}
""",
    attachments=[{
        "kind": "xlsx", "name": "R7_事務局運営費積算_案.xlsx", "page_header": "部外秘",
        "sheets": {
            "積算": [
                ["令和7年度 東雲市いじめ問題第三者調査委員会 事務局運営費 積算（案）"],
                ["費目", "単価", "数量", "単位", "金額"],
                ["事務局員人件費", 620000, 12, "人月", 7440000],
                ["委員報酬", 30000, 40, "回", 1200000],
                ["反訳委託", 18000, 60, "時間", 1080000],
                ["会場使用料", 25000, 10, "回", 250000],
                ["印刷製本", 450000, 1, "式", 450000],
            ],
            "前提": [["前提条件"], ["委員会開催 10回、聴取 60時間を想定"]],
        },
    }],
    entities=[], detectors=["confidential_marking"],
    note="XLSX page header 部外秘 (classification) on a budget sheet sent to the board",
)

# ======================================================================================
# 035 — the word 機密 only mentioned
# ======================================================================================
add(
    id="ijime-035", expect="pass", sender=MORISHITA, to=[KURIBAYASHI], charset="iso-2022-jp",
    subject="報告書の公表範囲についてのご相談",
    body=f"""\
栗林様

お世話になっております。森下です。
先日の件、委員長と話をしました。報告書の公表にあたっては、
公表版と全文版を分け、全文版の機密性の取扱い（誰に、どの範囲で開示するか）を
委員会で決めておく必要があるとのことです。

教育委員会としてのお考えも伺いたく、来週どこかで30分ほどお時間をいただけますか。

{SIG_MORISHITA}
""",
    entities=[], detectors=[],
    note="mentions 機密性 as a topic of discussion; no marking, no personal data",
)

# ======================================================================================
# 036 — forwarded guardian mail with a health insurance card number and an injury
# ======================================================================================
add(
    id="ijime-036", expect="stop", sender=DAIMON, to=[YUASA], charset="cp932",
    subject="転送：災害共済給付の申請書類について",
    body=f"""\
湯浅先生

お世話になっております。事務局の大門です。
保護者様から事務局あてに届いたメールを転送いたします。
災害共済給付の申請は学校経由とのことですので、ご対応をお願いできますでしょうか。

---------- 転送メッセージ ----------
From: 真鍋 恵理子 <eriko.manabe.0809@icloud.com>
Date: 2024年11月12日 21:03
Subject: 災害共済給付の申請書類について

事務局 大門様

お世話になっております。真鍋です。
陽斗の歯の治療（10月18日の件で前歯2本が欠けたもの、東雲駅前歯科で治療中）について、
学校から災害共済給付の申請ができると聞きました。
必要とのことでしたので、保険証の情報をお送りします。

　被保険者氏名：真鍋 恵理子（被扶養者：真鍋 陽斗）
　保険者番号：06120457
　記号：4521　番号：37

よろしくお願いいたします。
真鍋
""",
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forward carries a 健康保険証 記号・番号 and a named pupil's dental injury treatment",
)

# ======================================================================================
# 037 — disclosure request: a driver's licence number passed to the board
# ======================================================================================
add(
    id="ijime-037", expect="stop", sender=HASEGAWA, to=[BOE_KOKAI], charset="iso-2022-jp",
    subject="保有個人情報開示請求（本人確認済）の引継ぎ",
    body=f"""\
東雲市教育委員会 情報公開担当 御中

お世話になっております。第三者調査委員会 事務局の長谷川です。
事務局窓口で受け付けた保有個人情報開示請求について、本人確認の結果を引き継ぎます。

　請求者氏名　：小黒 伸也
　住所　　　　：千葉県東雲市北野3-9-14
　生年月日　　：昭和５６年２月１１日
　確認書類　　：運転免許証
　免許証番号　：第 451806723910 号
　請求内容　　：調査委員会が作成した本人の子に関する聴取記録

原本は本日付で簡易書留にてお送りいたします。

{SIG_HASEGAWA}
""",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a guardian's driver's licence number, address and 和暦 date of birth to the board",
)

# ======================================================================================
# 038 — a residence card number of a foreign guardian to the board
# ======================================================================================
add(
    id="ijime-038", expect="stop", sender=ONODERA, to=[BOE_KAIKEI], cc=[HASEGAWA],
    charset="utf-8",
    subject="保護者交通費の支払いに係る本人確認について",
    body=f"""\
東雲市教育委員会 指導課 庶務係 御中

お世話になっております。日の出産業 経理部の小野寺です。
聴取にご協力いただいた保護者様への交通費支払いにつき、本人確認の記録をお送りします。

　氏名：OLIVEIRA MARIA SANTOS（オリヴェイラ マリア サントス）様
　確認書類：在留カード
　在留カード番号：UH48213675EA
　確認日：令和6年12月12日（事務局窓口にて原本確認）

振込先は前回お知らせした口座から変更ございません。

{SIG_ONODERA}
""",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a named guardian's 在留カード number to the board of education",
)

# ======================================================================================
# 039 — interpreter request, no personal data
# ======================================================================================
add(
    id="ijime-039", expect="pass", sender=HASEGAWA,
    to=["リンゴブリッジ 派遣コーディネーター <coordinator@lingobridge.co.jp>"], charset="iso-2022-jp",
    subject="ポルトガル語通訳のご手配のお願い（12/12）",
    body=f"""\
株式会社リンゴブリッジ
派遣コーディネーター様

いつもお世話になっております。日の出産業の長谷川です。
下記のとおり、ポルトガル語の逐次通訳1名のご手配をお願いいたします。

　日時：12月12日（木）17:00～18:30（16:45集合）
　場所：東雲市教育センター 2階 相談室A
　内容：保護者様との面談の通訳（学校生活に関するお話を伺います）
　人数：保護者様1名

守秘義務に関する誓約書を当日ご提出いただきますので、ご了承ください。

{SIG_HASEGAWA}
""",
    entities=[], detectors=[],
    note="interpreter booking; the family is not named, nothing sensitive",
)

# ======================================================================================
# 040 — PPTX slide with a named pupil's mental health timeline to the board
# ======================================================================================
add(
    id="ijime-040", expect="stop", sender=MORISHITA, to=[ISURUGI], cc=[KURIBAYASHI],
    charset="utf-8",
    subject="教育長説明用資料（調査の中間状況）",
    body=f"""\
石動課長
（cc 栗林様）

お世話になっております。森下です。
来週の教育長へのご説明用に、調査の中間状況をスライド4枚にまとめました。
委員長の了解を得ております。

{SIG_MORISHITA}
""",
    attachments=[{
        "kind": "pptx", "name": "中間状況説明_教育長.pptx", "title": "調査の中間状況",
        "slides": [
            ["調査の中間状況", "東雲市いじめ問題第三者調査委員会 事務局", "令和6年12月"],
            ["調査の経過", "委員会 2回開催", "聴取 生徒6名・教職員3名 実施済", "アンケート 回収率 91%"],
            ["被害生徒の状況",
             "真鍋 陽斗さん（2年3組）",
             "10月18日 右前腕骨折（東雲市民病院）",
             "11月2日 適応障害と診断（しののめ心療クリニック）",
             "10月下旬以降 欠席継続、週1回通院"],
            ["今後の予定", "1月 教職員聴取", "2月 報告書素案", "3月 答申"],
        ],
    }],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="PPTX slide names the pupil with fracture and psychiatric diagnosis, to the board",
)

# ======================================================================================
# 041 — PPTX for the public guardians' briefing, nothing personal
# ======================================================================================
add(
    id="ijime-041", expect="pass", sender=DAIMON, to=[KURIBAYASHI], charset="iso-2022-jp",
    subject="保護者説明会 投影資料（案）",
    body=f"""\
栗林様

お世話になっております。大門です。
12月21日の保護者説明会で投影する資料の案をお送りします。
文言について教育委員会のお立場からご指摘があればお知らせください。

{SIG_DAIMON}
""",
    attachments=[{
        "kind": "pptx", "name": "保護者説明会_投影資料_案.pptx",
        "page_footer": "東雲市いじめ問題第三者調査委員会",
        "slides": [
            ["保護者説明会", "東雲市いじめ問題第三者調査委員会", "令和6年12月21日"],
            ["委員会の目的", "いじめ防止対策推進法第28条に基づく調査",
             "事実関係の明確化と再発防止策の提言", "特定の生徒の責任追及を目的とするものではありません"],
            ["調査の進め方", "アンケート調査（全校生徒）", "聴取（同意を得た生徒・保護者・教職員）",
             "記録の確認（学校・教育委員会）"],
            ["個人情報の取扱い", "回答は委員会と事務局のみが取り扱います",
             "報告書では個人が特定されないよう配慮します"],
            ["お問い合わせ", "事務局 TEL 047-390-6612（平日9時～17時）"],
        ],
    }],
    entities=[], detectors=[],
    note="public briefing slides with general text and the office's number only",
)

# ======================================================================================
# 042 — forwarded .eml: school counsellor's notes on a pupil's self-harm
# ======================================================================================
add(
    id="ijime-042", expect="stop", sender=HASEGAWA, to=[SHITOMI], charset="utf-8",
    subject="FW: SC面談記録の共有（2年女子）",
    body=f"""\
蔀先生

お世話になっております。事務局の長谷川です。
学校のスクールカウンセラーの月見里先生から届いたメールを添付で転送します。
次回の打合せで、聴取時の配慮についてご助言いただけますと幸いです。

{SIG_HASEGAWA}
""",
    attachments=[{
        "kind": "eml", "name": "SC面談記録の共有.eml",
        "message": {
            "sender": "月見里 紬 <yamanashi.tsumugi@sc-chiba.or.jp>",
            "to": ["長谷川 紗季 <hasegawa.saki@hinode-sangyo.co.jp>"],
            "subject": "SC面談記録の共有（2年女子）",
            "charset": "iso-2022-jp",
            "body": """\
事務局 長谷川様

スクールカウンセラーの月見里です。
委員会からご依頼のあった面談記録の要点をお送りします。

対象：2年3組 仁科 結愛さん
・9月以降、計5回面談。
・10月の面談で、左前腕に自傷（リストカット）の痕を確認。本人は「夏休みから」と話す。
・11月に保護者の同意を得て、東雲こころのクリニックを紹介。現在、うつ状態で通院中とのこと。
・いじめの場面を目撃したことについて強い罪悪感を述べている。

聴取の際は、本人の負担に十分ご配慮ください。

月見里 紬（スクールカウンセラー・公認心理師）
""",
        },
    }],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="attached forwarded mail: a named pupil's self-harm and depressive state (要配慮)",
)

# ======================================================================================
# 043 — forwarded .eml, a plain scheduling mail
# ======================================================================================
add(
    id="ijime-043", expect="pass", sender=DAIMON, to=[SHISHIDO], charset="iso-2022-jp",
    subject="FW: 1月の委員会開催日について（学校より）",
    body=f"""\
宍戸先生

お世話になっております。大門です。
学校から、1月の委員会開催日について下記の連絡がありましたので転送いたします。
1月17日（金）で変更ございません。

{SIG_SHORT_DAIMON}
""",
    attachments=[{
        "kind": "eml", "name": "1月の委員会開催日について.eml",
        "message": {
            "sender": OTOBE,
            "to": ["大門 拓真 <daimon.takuma@hinode-sangyo.co.jp>"],
            "subject": "1月の委員会開催日について",
            "charset": "iso-2022-jp",
            "body": """\
大門様

東雲二中の乙部です。
1月17日（金）の委員会ですが、本校は当日は午前授業のため、
校長・教頭とも18時30分からの会議に出席可能です。
資料の事前送付は1週間前までにいただけると助かります。

乙部
""",
        },
    }],
    entities=[], detectors=[],
    note="forwarded mail is only about the meeting date",
)

# ======================================================================================
# 044 — ZIP (no password) with a CSV of teachers and their mobiles
# ======================================================================================
_teachers = [("四十物 誠", "学年主任", "社会"), ("神崎 亮太", "元担任（R6.3退職）", "国語"),
             ("乙部 真理子", "教頭", "数学"), ("一口 浩二", "生徒指導主事", "保健体育"),
             ("小鳥遊 沙織", "2年3組副担任", "英語"), ("湯浅 千尋", "養護教諭", "—"),
             ("栗花落 崇", "部活動顧問（サッカー）", "理科")]
add(
    id="ijime-044", expect="stop", sender=KIRISHIMA, to=[MIMITEC], charset="cp932",
    subject="1月教職員聴取 反訳予定者リスト",
    body=f"""\
株式会社ミミテック 鴨下様

お世話になっております。霧島です。
1月の教職員聴取分の予定者リストをZIPでお送りします。
聴取後、録音データをアップロードした時点で改めてご連絡いたします。

霧島
""",
    attachments=[{
        "kind": "zip", "name": "教職員聴取_202501.zip",
        "files": [{
            "kind": "csv", "name": "教職員聴取予定者.csv", "encoding": "cp932",
            "rows": [["No", "氏名", "役職", "担当教科", "携帯（当日連絡用）", "聴取予定"]]
            + [[i + 1, n, r, s, mobile(), f"1/{20 + i // 4} {15 + i % 4}:30"]
               for i, (n, r, s) in enumerate(_teachers)],
        }, {
            "kind": "txt", "name": "readme.txt",
            "text": "聴取予定者リスト（1月分）。話者表記は役職で統一してください。",
        }],
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="ZIP holds a CSV of seven teachers with private mobiles, to the vendor",
)

# ======================================================================================
# 045 — ZIP with an agenda and a map, nothing personal
# ======================================================================================
add(
    id="ijime-045", expect="pass", sender=KIRISHIMA, to=[AZUMI], charset="utf-8",
    subject="第3回委員会 次第と会場案内図",
    body=f"""\
安曇先生

お世話になっております。事務局の霧島です。
第3回委員会の次第と、変更後の会場（さくらホテル東雲 2階 「桔梗」）の案内図を
ZIPにまとめてお送りします。駐車場はホテル地下をご利用ください。

{SIG_KIRISHIMA}

{DISC_JA}
""",
    attachments=[{
        "kind": "zip", "name": "第3回委員会_資料.zip",
        "files": [
            {"kind": "docx", "name": "第3回次第.docx",
             "paragraphs": ["第3回 東雲市いじめ問題第三者調査委員会 次第",
                            "日時：令和7年1月17日（金）18:30～", "場所：さくらホテル東雲 2階 桔梗",
                            "1 開会", "2 聴取結果の報告", "3 論点整理", "4 閉会"]},
            {"kind": "png", "name": "会場案内図.png"},
        ],
    }],
    entities=[], detectors=[],
    note="ZIP with an agenda and a map to one partner lawyer",
)

# ======================================================================================
# 046 — full-width digits, one record per block
# ======================================================================================
_blocks46 = []
for _n, (_s, _g, _rel) in enumerate([("小鳥遊 澪", "小鳥遊 典子", "母"), ("四十物 陽希", "四十物 紀子", "母"),
                                      ("栗花落 隼", "栗花落 大輔", "父"), ("一口 ひなた", "一口 早苗", "母"),
                                      ("月岡 湊斗", "月岡 慎", "父")], start=1):
    _blocks46.append(f"【{zen(str(_n))}】\n　生徒氏名：{_s}（２年{zen(rng.choice('124'))}組）\n"
                     f"　保護者：{_g}（{_rel}）\n　携帯：{zen(mobile())}\n"
                     f"　自宅：{zen(landline())}")
add(
    id="ijime-046", expect="stop", sender=DAIMON, to=[OTOBE], charset="cp932",
    subject="追加聴取の対象生徒について（５名）",
    body=f"""\
乙部先生

お世話になっております。大門です。
アンケート結果を受け、委員会から追加で聴取をお願いしたい生徒５名の連絡先を
下記のとおり確認させてください。先日学校からいただいた名簿をもとに打ち直しています。

{chr(10).join(_blocks46)}

誤りがございましたらご指摘ください。

{SIG_DAIMON}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five blocks (one per pupil) with guardians' phones typed in full-width digits",
)

# ======================================================================================
# 047 — anonymised pupil with a diagnosis: either
# ======================================================================================
add(
    id="ijime-047", expect="either", sender=MORISHITA, to=[KURIBAYASHI], charset="iso-2022-jp",
    subject="議会答弁用メモについて",
    body=f"""\
栗林様

お世話になっております。森下です。
ご依頼の議会答弁用メモについて、事務局として事実関係を以下のとおり整理しました。

・当該事案の被害生徒（以下「生徒A」。市内中学校2年）は、令和6年11月に医療機関で
　適応障害との診断を受けており、現在も通院中である。
・委員会は、生徒Aの主治医の意見を踏まえ、聴取の時期・方法を検討している。
・答申は令和7年3月末を目途としている。

個人が特定される表現は避けておりますが、公表の範囲についてはご判断ください。

{SIG_MORISHITA}
""",
    entities=["SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="diagnosis of a pseudonymised pupil (生徒A) the board can identify: judgeable either way",
)

# ======================================================================================
# 048 — aggregated statistics only
# ======================================================================================
add(
    id="ijime-048", expect="pass", sender=HASEGAWA, to=[KASHIMURA], charset="utf-8",
    subject="全校アンケート 単純集計（学年別）",
    body=f"""\
樫村先生

お世話になっております。長谷川です。
全校アンケートの単純集計（学年別）をお送りします。

設問5「この1年間に、からかいや悪口を見たり聞いたりしたことがありますか」
             見た    聞いた  ない    無回答  回答数
  1年        41      37      98      4       180
  2年        63      44      71      6       184
  3年        38      29      109     2       178
  計         142     110     278     12      542

自由記述は個人が推測できる内容を除いて、次回までに分類しておきます。

{SIG_HASEGAWA}
""",
    entities=[], detectors=[],
    note="aggregated survey counts: no person can be identified",
)

# ======================================================================================
# 049 — English, romaji names with mobiles, to the interpreter agency
# ======================================================================================
_rom = [("OLIVEIRA", "Lucas", "2-1"), ("SANTOS", "Beatriz", "2-1"), ("NAKAMURA", "Rafael", "2-2"),
        ("SILVA", "Gabriel", "2-4"), ("TAKAHASHI", "Julia Emi", "2-4"), ("PEREIRA", "Mateus", "1-3")]
_rom_rows = "\n".join(f"  {i + 1}. {s} {g:<10} class {c}   guardian mobile {mobile()}"
                      for i, (s, g, c) in enumerate(_rom))
add(
    id="ijime-049", expect="stop", sender=HASEGAWA,
    to=["Lingo Bridge Coordinator <coordinator@lingobridge.co.jp>"], charset="utf-8",
    subject="Interpreting for pupil interviews - list of families",
    body=f"""\
Dear coordinator,

Further to our phone call, these are the pupils whose families asked for a Portuguese
interpreter during the interviews in January. Please share this only with the interpreter
you assign, who will phone each family beforehand to introduce herself.

{_rom_rows}

All interviews take place at the Shinonome Education Centre, 2F.

Best regards,

{SIG_EN}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six pupils in romaji with guardians' mobiles, to an external agency",
)

# ======================================================================================
# 050 — one contact person at the school
# ======================================================================================
add(
    id="ijime-050", expect="pass", sender=DAIMON, to=[AZUMI], charset="iso-2022-jp",
    subject="学校側の窓口について",
    body=f"""\
安曇先生

お世話になっております。大門です。
先日ご質問いただいた件ですが、学校側の窓口は教頭の乙部真理子先生となりました。
職員室直通（047-390-2192）で、授業の空き時間であれば対応可能とのことです。

{SIG_SHORT_DAIMON}
""",
    entities=[], detectors=[],
    note="one business contact at the school (staff-room line), to a partner lawyer",
)

# ======================================================================================
# 051 — one member's bank account for the fee
# ======================================================================================
add(
    id="ijime-051", expect="pass", sender=ONODERA, to=[BOE_KAIKEI], charset="cp932",
    subject="委員謝金の振込先変更について（比嘉委員）",
    body=f"""\
東雲市教育委員会 指導課 庶務係 御中

お世話になっております。日の出産業 経理部の小野寺です。
比嘉委員より謝金の振込先変更の届出がありましたので、お知らせいたします。

　委員名　：比嘉 優一
　新振込先：みどり銀行 市川支店（店番 318） 普通 5062841
　口座名義：ヒガ ユウイチ

1月支払分から新口座でお願いいたします。

{SIG_ONODERA}
""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="one person's bank account to the board: under the list threshold (may warn)",
)

# ======================================================================================
# 052 — total-transfer CSV with kana account names of five members to the bank
# ======================================================================================
add(
    id="ijime-052", expect="stop", sender=ONODERA,
    to=["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"], charset="iso-2022-jp",
    subject="総合振込データ送付（12/25 振込分）",
    body=f"""\
みどり銀行 法人営業部 御中

いつもお世話になっております。日の出産業株式会社 経理部の小野寺です。
12月25日振込分の総合振込データ（委員報酬）を添付にてお送りいたします。
件数 5件、合計 1,630,220円です。

{SIG_ONODERA}
""",
    attachments=[{
        "kind": "csv", "name": "sogo_furikomi_1225.csv", "encoding": "cp932",
        "rows": [
            ["銀行コード", "支店コード", "預金種目", "口座番号", "受取人名", "振込金額"],
            ["0517", "215", "1", "3301784", "ｱｽﾞﾐ ﾄｵﾙ", "430992"],
            ["0517", "104", "1", "7719025", "ｶｼﾑﾗ ｻﾅｴ", "323244"],
            ["0009", "562", "1", "4420361", "ｼﾄﾐ ﾕｶ", "323244"],
            ["0517", "215", "1", "0925473", "ｼｼﾄﾞ ｹﾝｺﾞ", "323244"],
            ["0517", "318", "1", "5062841", "ﾋｶﾞ ﾕｳｲﾁ", "229496"],
        ],
    }],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="five people's bank accounts with half-width kana names in a CSV to the bank",
)

# ======================================================================================
# 053 — reply; the guardian's account is only under -----Original Message-----
# ======================================================================================
add(
    id="ijime-053", expect="pass", sender=HASEGAWA, to=[OTOBE], charset="cp932",
    subject="RE: 保護者からの申し入れについて",
    body=f"""\
乙部先生

ご連絡ありがとうございます。長谷川です。
内容承知しました。委員長に報告し、委員会としての対応を検討いたします。
結論が出ましたら、改めてご連絡いたします。

長谷川

-----Original Message-----
From: 乙部 真理子 <otobe-m@dai2-jh.shinonome.ed.jp>
Sent: Thursday, November 14, 2024 6:22 PM
To: 長谷川 紗季 <hasegawa.saki@hinode-sangyo.co.jp>
Subject: 保護者からの申し入れについて

長谷川様

本日、2年3組 小黒颯さんの父親（小黒伸也さん、090-2231-8764）から学校に来校があり、
「息子は加害者扱いされて不眠になり、心療内科に通い始めた。聴取は代理人同席でなければ
応じない」との申し入れがありました。委員会にお伝えいただけますでしょうか。

乙部
""",
    entities=[], detectors=[],
    note="the sensitive statement is only in the quoted original from the recipient herself",
)

# ======================================================================================
# 054 — reply; new text above the quote adds a hospitalisation
# ======================================================================================
add(
    id="ijime-054", expect="stop", sender=HASEGAWA, to=[KURIBAYASHI], charset="utf-8",
    subject="Re: 1月の聴取日程について",
    body=f"""\
栗林様

日程の件、ありがとうございます。1月20日・21日で進めます。

なお、本日真鍋さんのお母様からご連絡があり、陽斗さんは昨日から
東雲市民病院の精神科病棟に入院されたとのことです（2週間程度の見込み）。
ご本人への聴取は、退院後に主治医と相談のうえ改めて調整いたします。

長谷川

> 長谷川様
>
> 教育センターの研修室、1月20日・21日とも押さえました。
> 当日は私も同席いたします。
>
> 栗林
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="new text (not the quote) reports a named pupil's psychiatric hospitalisation",
)

# ======================================================================================
# 055 — look-alike of the printer's domain (letters swapped)
# ======================================================================================
add(
    id="ijime-055", expect="stop", sender=DAIMON,
    to=["錦印刷 制作部 <seisaku@nishiki-insastu.co.jp>"], charset="iso-2022-jp",
    subject="報告書（公表版）入稿データについて",
    body=f"""\
錦印刷株式会社 制作部 御中

お世話になっております。日の出産業の大門です。
報告書（公表版）の入稿データは、3月10日（月）にお送りする予定です。
A4・本文120頁程度、表紙のみカラー、無線綴じで変更ありません。

{SIG_DAIMON}
""",
    entities=[], detectors=["lookalike_domain"],
    note="nishiki-insastu.co.jp is a look-alike of partner nishiki-insatsu.co.jp (letters swapped)",
)

# ======================================================================================
# 056 — the real printer: a print order
# ======================================================================================
add(
    id="ijime-056", expect="pass", sender=DAIMON,
    to=["錦印刷 制作部 <seisaku@nishiki-insatsu.co.jp>"], charset="iso-2022-jp",
    subject="報告書（公表版）印刷のご発注",
    body=f"""\
錦印刷株式会社 制作部 御中

お世話になっております。日の出産業の大門です。
お見積り（見積番号 NK-25-0211）の内容で、下記のとおり発注いたします。

　品名：東雲市いじめ問題第三者調査委員会 調査報告書（公表版）
　仕様：A4 本文120頁 モノクロ／表紙4色 無線綴じ
　部数：300部
　納期：3月24日（月）
　納品先：東雲市教育委員会 指導課（東雲市役所 5階）

注文書は別途郵送いたします。

{SIG_DAIMON}
""",
    entities=[], detectors=[],
    note="print order to the real partner domain; public version of the report",
)

# ======================================================================================
# 057 — password-protected PDF to the board
# ======================================================================================
add(
    id="ijime-057", expect="stop", sender=MORISHITA, to=[ISURUGI], charset="cp932",
    subject="調査報告書（全文版・確定稿）",
    body=f"""\
石動課長

お世話になっております。森下です。
調査報告書の全文版（確定稿）をお送りいたします。
PDFには閲覧パスワードを設定しております。パスワードはお電話でお伝えします。

{SIG_MORISHITA}
""",
    attachments=[{
        "kind": "pdf", "name": "調査報告書_全文版_確定稿.pdf", "password": "Kyo2503!",
        "lines": ["東雲市いじめ問題第三者調査委員会 調査報告書（全文版）", "第1章 調査の概要"],
    }],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF to an external recipient cannot be inspected",
)

# ======================================================================================
# 058 — plain PDF notice of a meeting
# ======================================================================================
add(
    id="ijime-058", expect="pass", sender=KIRISHIMA, to=[KURIBAYASHI], charset="utf-8",
    subject="第3回委員会 開催告知（ホームページ掲載用）",
    body=f"""\
栗林様

お世話になっております。霧島です。
市ホームページに掲載いただく第3回委員会の開催告知をPDFでお送りします。

{SIG_KIRISHIMA}
""",
    attachments=[{
        "kind": "pdf", "name": "第3回委員会開催告知.pdf",
        "lines": [
            "東雲市いじめ問題第三者調査委員会（第3回）の開催について",
            "日時：令和7年1月17日（金）午後6時30分から",
            "場所：さくらホテル東雲 2階 桔梗",
            "議題：調査の進捗状況について（非公開）",
            "問合せ：東雲市教育委員会 指導課 047-390-1500",
        ],
    }],
    entities=[], detectors=[],
    note="public meeting notice with the board's switchboard",
)

# ======================================================================================
# 059 — UTF-8 CSV of respondents' e-mail addresses, no names, to the survey vendor
# ======================================================================================
_mails59 = ["k.hamada.home@gmail.com", "yuzuha-mama@yahoo.co.jp", "tomo.ishigaki@icloud.com",
            "s-koizumi77@docomo.ne.jp", "noriko.aimono@softbank.ne.jp", "hr.tanabe@outlook.jp",
            "kazu.miyagi0311@gmail.com", "m-kuroiwa@ezweb.ne.jp"]
add(
    id="ijime-059", expect="stop", sender=HASEGAWA,
    to=["エンケートラボ サポート <support@enquete-lab.co.jp>"], charset="utf-8",
    subject="保護者アンケート 督促メール配信先リスト",
    body=f"""\
株式会社エンケートラボ サポートご担当者様

お世話になっております。日の出産業の長谷川です。
保護者アンケートのうち、未回答の方への督促メールを配信したく、
配信先リストをCSVで添付いたします。配信は12月16日（月）10時でお願いします。

{SIG_HASEGAWA}
""",
    attachments=[{
        "kind": "csv", "name": "reminder_list.csv", "encoding": "utf-8",
        "rows": [["回答ID", "学年", "メールアドレス", "初回配信日", "状態"]]
        + [[f"P2-{103 + i * 7:04d}", rng.choice(["1", "2", "3"]), m, "2024/12/02", "未回答"]
           for i, m in enumerate(_mails59)],
    }],
    entities=["EMAIL_ADDRESS"], detectors=["personal_data"],
    note="eight guardians' private e-mail addresses in a CSV without a name column",
)

# ======================================================================================
# 060 — survey vendor: set-up request without personal data
# ======================================================================================
add(
    id="ijime-060", expect="pass", sender=HASEGAWA,
    to=["エンケートラボ サポート <support@enquete-lab.co.jp>"], charset="iso-2022-jp",
    subject="Webアンケートフォーム作成のご依頼",
    body=f"""\
株式会社エンケートラボ サポートご担当者様

お世話になっております。日の出産業の長谷川です。
下記の内容でWebアンケートフォームの作成をお願いいたします。

　・対象：東雲第二中学校 保護者（約540世帯）
　・設問数：12問（選択式9問、自由記述3問）
　・回答期間：12月2日～12月20日
　・回答は無記名、IPアドレスの記録なし
　・集計結果はCSVでのダウンロードを希望

設問案は来週お送りいたします。お見積りをお願いできますでしょうか。

{SIG_HASEGAWA}
""",
    entities=[], detectors=[],
    note="vendor set-up request, no personal data",
)

# ======================================================================================
# 061 — 「・」 bullets: the committee roster with private mobiles and e-mails
# ======================================================================================
_m61 = [mobile() for _ in range(5)]
add(
    id="ijime-061", expect="stop", sender=MORISHITA,
    to=["瀬戸口 彩 <setoguchi-a" + BOE + ">"], charset="iso-2022-jp",
    subject="委員の連絡先一覧（引継ぎ用）",
    body=f"""\
瀬戸口様

このたびはご着任おめでとうございます。事務局長の森下です。
栗林様からの引継ぎとして、委員の先生方の連絡先をお送りいたします。
夜間・休日の緊急連絡は携帯にお願いいたします。

・安曇 透（委員長／弁護士）　携帯 {_m61[0]}　azumi.toru.private@gmail.com
・樫村 早苗（清嵐大学教授）　携帯 {_m61[1]}　sanae.kashimura@icloud.com
・蔀 由佳（臨床心理士）　携帯 {_m61[2]}　shitomi.yuka@outlook.jp
・宍戸 健吾（小児科医）　携帯 {_m61[3]}　kengo.shishido@gmail.com
・比嘉 優一（社会福祉士）　携帯 {_m61[4]}　higa-yu@yahoo.co.jp

{SIG_MORISHITA}
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="five people's private mobiles and e-mails as 「・」 bullets to the board",
)

# ======================================================================================
# 062 — three guests with mobiles to the hotel (short list)
# ======================================================================================
_m62 = [mobile() for _ in range(3)]
add(
    id="ijime-062", expect="pass", sender=KIRISHIMA,
    to=["さくらホテル東雲 宿泊予約 <reserve-shinonome@sakura-hotel.jp>"], charset="cp932",
    subject="1/17 宿泊者名簿（3名）",
    body=f"""\
さくらホテル東雲 宿泊予約ご担当者様

お世話になっております。日の出産業の霧島です。
1月17日（金）ご宿泊の3名について、名簿をお送りします。
到着が遅くなる場合は各自から直接ご連絡いたします。

氏名            携帯番号         チェックイン予定
--------------  ---------------  ----------------
樫村 早苗       {_m62[0]}    21:30
蔀 由佳         {_m62[1]}    21:30
比嘉 優一       {_m62[2]}    22:00

お支払いは当社への請求書払いでお願いいたします。

霧島
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three guests with mobiles to a partner hotel: under five, may warn",
)

# ======================================================================================
# 063 — DOCX interview record: a teacher mentions a pupil's developmental disorder
# ======================================================================================
add(
    id="ijime-063", expect="stop", sender=KIRISHIMA, to=[AZUMI], charset="utf-8",
    subject="聴取記録（学年主任）反訳版の送付",
    body=f"""\
安曇先生

お世話になっております。事務局の霧島です。
12月11日に実施した学年主任への聴取記録（反訳版）をお送りします。
確認いただいた後、対象者本人の確認に回します。

{SIG_KIRISHIMA}
""",
    attachments=[{
        "kind": "docx", "name": "聴取記録_R-1205_学年主任.docx",
        "paragraphs": [
            "聴取記録（R-1205）",
            "日時：令和6年12月11日　対象：四十物 誠（学年主任）　聴取委員：安曇、樫村",
            "委員A：真鍋さんについて、1学期の時点で気になっていたことはありますか。",
            "対象者：真鍋くんは小学校からの引継ぎで自閉スペクトラム症（ASD）の診断があると"
            "聞いていました。通級指導も受けていて、こだわりが強い面があったので、"
            "からかいの対象になりやすいとは感じていました。",
            "委員A：そのことは学年の先生方で共有されていましたか。",
            "対象者：学年会で一度共有しましたが、具体的な支援策までは話せていませんでした。",
        ],
    }],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="DOCX interview record names a pupil with an ASD diagnosis (disability)",
)

# ======================================================================================
# 064 — the same kind of record between colleagues only
# ======================================================================================
add(
    id="ijime-064", expect="pass", sender=KIRISHIMA, to=[HASEGAWA, DAIMON], charset="utf-8",
    subject="聴取記録（元担任）反訳版 事務局内確認",
    body="""\
長谷川さん、大門さん

元担任の神崎先生の聴取記録（反訳版）が届きました。
委員長に送る前に、固有名詞の表記揺れだけ見てもらえますか。
金曜までに戻してもらえれば大丈夫です。

霧島
""",
    attachments=[{
        "kind": "docx", "name": "聴取記録_R-1206_元担任.docx",
        "paragraphs": [
            "聴取記録（R-1206）",
            "日時：令和6年12月11日　対象：神崎 亮太（元担任、携帯 090-6218-4407）",
            "対象者：小黒くんと鮫島くんが、真鍋くんの筆箱を隠したことは知っていました。",
            "対象者：真鍋くんは5月頃から腹痛で保健室に行くことが増え、6月には小児科で"
            "過敏性腸症候群と言われたとお母さんから聞きました。",
        ],
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=[],
    note="interview record with a diagnosis, but every recipient is internal",
)

# ======================================================================================
# 065 — look-alike: hyphen for the dot of the internal mail subdomain
# ======================================================================================
add(
    id="ijime-065", expect="stop", sender=HASEGAWA, to=[AZUMI],
    cc=["事務局共有 <jimukyoku@mail-hinode-sangyo.co.jp>"], charset="iso-2022-jp",
    subject="委員長ご意見の反映について",
    body=f"""\
安曇先生
（cc：事務局共有アドレス）

お世話になっております。長谷川です。
先日いただいたご意見を、報告書の第2章に反映しました。
修正箇所は黄色でマーカーを付けております。来週、共有フォルダに格納いたします。

{SIG_HASEGAWA}
""",
    entities=[], detectors=["lookalike_domain"],
    note="mail-hinode-sangyo.co.jp looks like mail.hinode-sangyo.co.jp (hyphen for a dot)",
)

# ======================================================================================
# 066 — internal subdomain mailbox: a full list, still internal
# ======================================================================================
_r66 = [(n, mobile(), a) for n, a in [
    ("真鍋 恵理子", "千葉県東雲市若葉町3-7-21 メゾン若葉203"), ("小黒 伸也", "千葉県東雲市北野3-9-14"),
    ("鮫島 直美", "千葉県東雲市若葉町2-4-11"), ("百目鬼 香織", "千葉県東雲市栄町3-18-6"),
    ("仁科 剛", "千葉県東雲市港町1-7-5"), ("東風平 美咲", "千葉県東雲市若葉町5-1-3-402")]]
add(
    id="ijime-066", expect="pass", sender=DAIMON,
    to=["事務局共有 <jimukyoku@mail.hinode-sangyo.co.jp>"], cc=[MORISHITA], charset="cp932",
    subject="保護者連絡先（事務局台帳）更新",
    body="保護者連絡先の台帳を更新しました。共有アドレスに保管用として送ります。\n\n"
         + "\n".join(f"{n}\t{t}\t{a}" for n, t, a in _r66)
         + "\n\n大門\n",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=[],
    note="mail.hinode-sangyo.co.jp is an internal subdomain: all recipients internal",
)

# ======================================================================================
# 067 — look-alike: the own name under another TLD
# ======================================================================================
add(
    id="ijime-067", expect="stop", sender=DAIMON, to=[KURIBAYASHI],
    cc=["森下 恭平 <morishita.kyohei@hinode-sangyo.com>"], charset="utf-8",
    subject="教職員聴取の順番について",
    body=f"""\
栗林様

お世話になっております。大門です。
1月20日・21日の教職員聴取の順番を下記のとおり予定しております。

　1/20　15:30 学年主任　16:45 生徒指導主事　18:00 副担任
　1/21　15:30 教頭　16:45 養護教諭　18:00 部活動顧問

{SIG_DAIMON}
""",
    entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyo.com is a look-alike of hinode-sangyo.co.jp (another TLD)",
)

# ======================================================================================
# 068 — religion of a family, in a sentence, to the psychologist member
# ======================================================================================
add(
    id="ijime-068", expect="stop", sender=HASEGAWA, to=[SHITOMI], charset="iso-2022-jp",
    subject="みなと小事案　保護者面談の概要",
    body=f"""\
蔀先生

いつもお世話になっております。長谷川です。
みなと小学校の事案について、昨日の保護者面談の概要をご報告します。

5年2組の蓮見つむぎさんのお母様によれば、ご家庭が天照真道会という宗教団体の
信者であり、給食前のお祈りや行事への不参加を理由に、同級生から「宗教」と呼ばれる
からかいが4月から続いていたとのことです。
お母様は「信仰のことを学校に知られたくなかった」とも話しておられました。

次回の委員会で、聴取の進め方についてご意見をいただければと存じます。

{SIG_HASEGAWA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named pupil's family religion (信条) in a sentence: 要配慮個人情報",
)

# ======================================================================================
# 069 — XLSX fact timeline mentions a pupil's origin
# ======================================================================================
add(
    id="ijime-069", expect="stop", sender=DAIMON, to=[KURIBAYASHI], charset="utf-8",
    subject="みなと中事案 事実経過表（第1版）",
    body=f"""\
栗林様

お世話になっております。大門です。
みなと中学校の事案の事実経過表（第1版）を作成しましたので共有いたします。
学校の記録と聴取結果を突き合わせたものです。

{SIG_DAIMON}
""",
    attachments=[{
        "kind": "xlsx", "name": "事実経過表_みなと中_v1.xlsx",
        "sheets": {
            "経過": [
                ["みなと中学校事案　事実経過表（第1版）"],
                ["日付", "出来事", "出典", "備考"],
                ["2024/4/15", "1年2組 オリヴェイラ ルーカスさんが転入（ブラジル出身、日本語指導対象）",
                 "学校記録", ""],
                ["2024/5/8", "同級生数名がルーカスさんの出自や肌の色をからかう発言", "聴取（生徒）",
                 "人種に関する発言"],
                ["2024/6/20", "保護者が担任に相談", "聴取（保護者）", "通訳なし"],
                ["2024/9/2", "ルーカスさん欠席開始", "出席簿", ""],
            ],
            "出典一覧": [["出典", "取得日"], ["学校記録", "2024/11/5"], ["出席簿", "2024/11/5"]],
        },
    }],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="XLSX timeline ties a named pupil to his origin / race (要配慮個人情報)",
)

# ======================================================================================
# 070 — explanation of the law to a new member
# ======================================================================================
add(
    id="ijime-070", expect="pass", sender=MORISHITA,
    to=["比嘉 優一 <higa@shinonome-shakyo.or.jp>"], charset="iso-2022-jp",
    subject="委員ご就任にあたっての資料のご案内",
    body=f"""\
比嘉先生

このたびは委員へのご就任をお引き受けいただき、ありがとうございます。
事務局長の森下でございます。

調査の根拠となる規定の概要をお送りいたします。

　・いじめ防止対策推進法 第28条（重大事態への対処）
　　生命・心身・財産に重大な被害が生じた疑い、または相当の期間学校を欠席する
　　ことを余儀なくされている疑いがある場合の調査について定めています。
　・いじめの重大事態の調査に関するガイドライン（文部科学省）
　　調査組織の構成、被害児童生徒・保護者への説明などの運用を示しています。

委員会の設置要綱と、これまでの議事要旨は、初回ご出席の際に紙でお渡しいたします。
守秘義務に関する誓約書へのご署名も、その際にお願いいたします。

{SIG_MORISHITA}

{DISC_JA}
""",
    entities=[], detectors=[],
    note="general explanation of the law to a new member; mention of 守秘義務 only",
)

# ======================================================================================
# 071 — 【極秘】 in the subject
# ======================================================================================
add(
    id="ijime-071", expect="stop", sender=MORISHITA, to=[ISURUGI], charset="iso-2022-jp",
    subject="【極秘】答申時期の見直しについて",
    body=f"""\
石動課長

森下です。委員長と協議した結果、追加聴取が必要となったため、
答申の時期を3月末から5月末に見直したいとの意向です。
市長部局へのご説明の進め方について、ご相談させてください。

本件は委員会で正式決定するまで、関係者限りでお願いいたします。

{SIG_MORISHITA}
""",
    entities=[], detectors=["confidential_marking"],
    note="the mail itself is classified 【極秘】 in its subject, sent outside",
)

# ======================================================================================
# 072 — ordinary mail with a disclaimer
# ======================================================================================
add(
    id="ijime-072", expect="pass", sender=KIRISHIMA, to=[TORIKAI], charset="cp932",
    subject="記録資料の返却について",
    body=f"""\
東雲第二中学校
鳥飼校長先生

お世話になっております。事務局の霧島です。
先日お借りしていた生徒指導記録のファイル（3冊）は、複写を終えましたので、
12月18日（水）午後に事務局職員がお届けにあがります。
受領書にご署名をお願いいたします。

{SIG_KIRISHIMA}

{DISC_JA}
""",
    entities=[], detectors=[],
    note="ordinary logistics with the standard confidentiality disclaimer",
)

# ======================================================================================
# 073 — XLSX of one pupil's infirmary visits (health records)
# ======================================================================================
add(
    id="ijime-073", expect="stop", sender=HASEGAWA, to=[SHITOMI], charset="utf-8",
    subject="保健室来室記録（抜粋）の共有",
    body=f"""\
蔀先生

お世話になっております。長谷川です。
養護教諭の湯浅先生からご提供いただいた、被害生徒の保健室来室記録の抜粋です。
心身の不調の経過について、次回ご所見をいただければ幸いです。

{SIG_HASEGAWA}
""",
    attachments=[{
        "kind": "xlsx", "name": "保健室来室記録_抜粋.xlsx",
        "sheets": {
            "来室記録": [
                ["保健室来室記録（抜粋）　2年3組　真鍋 陽斗"],
                ["日付", "時限", "主訴", "体温", "処置", "備考"],
                ["2024/5/14", "3", "腹痛", "36.5", "休養30分", "教室復帰"],
                ["2024/5/28", "2", "頭痛・吐き気", "36.8", "休養60分", "早退"],
                ["2024/6/11", "1", "腹痛", "36.4", "休養", "過敏性腸症候群で通院中と本人"],
                ["2024/9/9", "4", "不眠・倦怠感", "36.6", "休養", "「眠れない」と涙"],
                ["2024/10/7", "2", "動悸", "36.9", "休養、保護者連絡", "早退"],
            ],
        },
    }],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named pupil's health records (symptoms, diagnosis) in an XLSX, sent outside",
)

# ======================================================================================
# 074 — reply; new text reports a pupil's referral to the family court
# ======================================================================================
add(
    id="ijime-074", expect="stop", sender=MORISHITA, to=[AZUMI], charset="iso-2022-jp",
    subject="Re: 加害とされる生徒側の代理人について",
    body=f"""\
安曇先生

ご返信ありがとうございます。森下です。
代理人同席の件、承知いたしました。

一点ご報告です。本日、教育委員会から連絡があり、小黒颯さん（2年3組）は
10月18日の件について傷害の疑いで警察の調べを受け、11月末に家庭裁判所へ
送致されたとのことです。聴取の際の配慮事項としてお含みおきください。

森下

On Mon, 2 Dec 2024 at 20:15, 安曇 透 <azumi@shirakawa-law.jp> wrote:
> 森下様
>
> 小黒さん側の代理人（ひかり法律事務所 二階堂先生）が同席を希望されている件、
> 同席は認める方向で差し支えありません。発言は本人に限る旨を事前にお伝えください。
>
> 安曇
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="new text: a named juvenile's police investigation and family-court referral (犯罪歴)",
)

# ======================================================================================
# 075 — the police: a meeting request, no names
# ======================================================================================
add(
    id="ijime-075", expect="pass", sender=MORISHITA,
    to=["東雲警察署 生活安全課 <seian@shinonome-ps.police.lg.jp>"], charset="iso-2022-jp",
    subject="ご面会のお願い（東雲市いじめ問題第三者調査委員会）",
    body=f"""\
東雲警察署 生活安全課 御中

平素よりお世話になっております。
東雲市いじめ問題第三者調査委員会 事務局長の森下でございます。

委員会の調査に関し、学校と警察との連携の在り方について一般的なお話を伺いたく、
30分ほどご面会の機会をいただけないでしょうか。
1月中旬の平日午後でご都合のよい日時をお知らせいただけますと幸いです。

{SIG_MORISHITA}
""",
    entities=[], detectors=[],
    note="request for a meeting with the police; no individual is mentioned",
)

# ======================================================================================
# 076 — the victim's mother receives her own child's interview summary: either
# ======================================================================================
add(
    id="ijime-076", expect="either", sender=HASEGAWA, to=[MANABE_MOTHER], charset="utf-8",
    subject="陽斗さんの聴取記録（要旨）のご確認のお願い",
    body=f"""\
真鍋 恵理子 様

いつもお世話になっております。事務局の長谷川です。
先日ご自宅で実施した陽斗さんへの聴取について、記録の要旨をお送りいたします。

・10月18日、廊下で小黒さんらに押されて転倒し、右腕を骨折したこと
・その後、眠れない日が続き、11月2日に適応障害と診断されたこと
・現在は週1回通院しており、主治医からは無理に登校しなくてよいと言われていること

事実と異なる点がございましたら、12月20日までにお知らせください。
ご確認いただいた内容をもとに、委員会で検討いたします。

{SIG_HASEGAWA}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="a child's diagnosis sent to the child's own mother on free mail: defensible either way",
)

# ======================================================================================
# 077 — the former teacher on free mail, with a pupil's health and absence
# ======================================================================================
add(
    id="ijime-077", expect="stop", sender=DAIMON,
    to=["神崎 亮太 <ryota-kanzaki@yahoo.co.jp>"], charset="iso-2022-jp",
    subject="聴取に先立つご確認事項",
    body=f"""\
神崎 亮太 先生

ご退職後にもかかわらず、聴取へのご協力をご快諾いただきありがとうございます。
事務局の大門です。

当日お伺いしたい点を、事前にお知らせいたします。

１．真鍋陽斗さんが5月頃から腹痛で保健室を頻繁に利用し、6月に過敏性腸症候群と
　　診断されたことを、担任としてどのように把握されていたか
２．小黒颯さん・鮫島蒼空さんとの関係について、1学期中に気付かれたこと
３．学年会・学校いじめ対策組織への報告の有無

お手元にメモ等がございましたら、当日お持ちいただけますと幸いです。

{SIG_DAIMON}
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="a named pupil's diagnosis sent to a private free-mail address",
)

# ======================================================================================
# 078 — the former teacher on free mail, availability only
# ======================================================================================
add(
    id="ijime-078", expect="pass", sender=DAIMON,
    to=["神崎 亮太 <ryota-kanzaki@yahoo.co.jp>"], charset="iso-2022-jp",
    subject="聴取へのご協力のお願い（日程のご相談）",
    body=f"""\
神崎 亮太 先生

突然のご連絡失礼いたします。
東雲市いじめ問題第三者調査委員会 事務局の大門と申します。
東雲第二中学校の乙部教頭先生から、こちらのアドレスをお伺いしました。

委員会では、昨年度の2年生の学級運営について、元担任の先生からお話を伺いたいと
考えております。1時間程度、下記のいずれかでお時間をいただけないでしょうか。

　・12月11日（水）17:00～
　・12月13日（金）10:00～
　・12月14日（土）13:00～

場所は東雲市教育センターを予定しておりますが、ご希望があれば調整いたします。

{SIG_DAIMON}
""",
    entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient, scheduling only",
)

# ======================================================================================
# 079 — three organisations visible: board in To, school and law firm in Cc
# ======================================================================================
add(
    id="ijime-079", expect="stop", sender=HASEGAWA, to=[KURIBAYASHI], cc=[OTOBE, AZUMI],
    charset="cp932",
    subject="記録資料の提出期限について",
    body=f"""\
栗林様
（cc：東雲二中 乙部先生、安曇委員長）

お世話になっております。長谷川です。
委員会から依頼している記録資料（生徒指導記録、学年会記録、いじめ対策組織の会議録）の
提出期限を、12月20日（金）とさせていただきます。
委員長のご了解をいただいております。

{SIG_HASEGAWA}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (board, school, law firm) visible in To/Cc",
)

# ======================================================================================
# 080 — board in To, committee members in Bcc
# ======================================================================================
add(
    id="ijime-080", expect="pass", sender=HASEGAWA, to=[KURIBAYASHI], cc=[MORISHITA],
    bcc=[AZUMI, KASHIMURA, SHITOMI, SHISHIDO],
    charset="iso-2022-jp",
    subject="第3回委員会 開催場所変更のお知らせ",
    body=f"""\
関係各位
（委員の先生方にはBCCでお送りしております）

お世話になっております。事務局の長谷川です。
1月17日（金）の第3回委員会の会場を、下記のとおり変更いたします。

　変更前：東雲市教育センター 3階 大会議室
　変更後：さくらホテル東雲 2階「桔梗」

開始時刻（18:30）に変更はございません。

{SIG_HASEGAWA}
""",
    entities=[], detectors=[],
    note="one external organisation in To; the other organisations are in Bcc and cannot see each other",
)

# ======================================================================================
# 081 — a part-timer's basic pension number to the labour consultant
# ======================================================================================
add(
    id="ijime-081", expect="stop", sender=ONODERA,
    to=["青柳社労士事務所 <info@aoyagi-sr.jp>"], charset="iso-2022-jp",
    subject="資格取得届の作成依頼（事務局 記録係 1名）",
    body=f"""\
青柳社会保険労務士事務所 御中

いつもお世話になっております。日の出産業 経理部の小野寺です。
第三者委員会事務局の記録係として1月1日付で採用する者について、
社会保険の資格取得届の作成をお願いいたします。

　氏名　　　　：小湊 実花（こみなと みか）
　生年月日　　：平成７年１０月２６日
　住所　　　　：千葉県東雲市栄町2-6-8 栄ハイツ305
　基礎年金番号：4127-583096
　雇用形態　　：有期（週30時間）

雇用契約書の写しは郵送いたします。

{SIG_ONODERA}
""",
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a new employee's 基礎年金番号 with name, 和暦 birth date and address, sent outside",
)

# ======================================================================================
# 082 — passport numbers to the travel agency
# ======================================================================================
add(
    id="ijime-082", expect="stop", sender=HASEGAWA,
    to=["ひばりトラベル 法人デスク <booking@hibari-travel.co.jp>"], charset="utf-8",
    subject="招へい者の航空券・ホテル手配（2/3～2/6）",
    body=f"""\
株式会社ひばりトラベル 法人デスク御中

お世話になっております。日の出産業の長谷川です。
委員会の研修講師としてお招きする方の手配をお願いいたします。
航空券発券とホテルの外国人宿泊者登録に必要とのことでしたので、旅券情報をお送りします。

1) Eleanor WHITCOMBE（英国籍）
   旅券番号：548213967　有効期限：2031/06/14
2) 宮内 玲奈（日本国籍・同行通訳）
   旅券番号：TR8264031　有効期限：2029/09/30
   生年月日：1991/04/17

行程：2/3 ロンドン発 → 2/4 成田着、2/6 成田発（往復ビジネスクラス）
宿泊：さくらホテル東雲 2泊

{SIG_HASEGAWA}
""",
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="two travellers' passport numbers (one Japanese) to a travel agency",
)

# ======================================================================================
# 083 — English: availability for a video call
# ======================================================================================
add(
    id="ijime-083", expect="pass", sender=HASEGAWA, to=[WHITCOMBE], cc=[KASHIMURA],
    charset="utf-8",
    subject="Video call with Professor Kashimura - proposed times",
    body=f"""\
Dear Dr Whitcombe,

Thank you for agreeing to speak with Professor Kashimura. Would any of the following
times (UK time) suit you? The call will be on Zoom and should take about 30 minutes.

  - Tue 21 January, 09:00
  - Wed 22 January, 08:30
  - Fri 24 January, 09:30

Professor Kashimura is copied on this mail.

With best wishes,

{SIG_EN}

{DISC_EN}
""",
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations (UK university, Japanese university): normal meeting mail",
)

# ======================================================================================
# 084 — text + HTML: attendance statistics by class, no names
# ======================================================================================
add(
    id="ijime-084", expect="pass", sender=KIRISHIMA, to=[KASHIMURA], charset="utf-8",
    subject="2学年 学級別 欠席状況（月別集計）",
    body="""\
樫村先生

事務局の霧島です。2学年の学級別欠席日数（延べ）の月別集計です。
個人別のデータは事務局で保管しております。

組   4月  5月  6月  7月  9月  10月  11月
2-1   12   15   19    8   14    17    21
2-2    9   11   13    6   10    12    15
2-3   14   22   31   12   29    48    63
2-4   10   13   12    7   11    15    14

霧島
""",
    html="""\
<html><body>
<p>樫村先生</p>
<p>事務局の霧島です。2学年の学級別欠席日数（延べ）の月別集計です。<br>
個人別のデータは事務局で保管しております。</p>
<table border="1" cellpadding="3">
<tr><th>組</th><th>4月</th><th>5月</th><th>6月</th><th>7月</th><th>9月</th><th>10月</th><th>11月</th></tr>
<tr><td>2-1</td><td>12</td><td>15</td><td>19</td><td>8</td><td>14</td><td>17</td><td>21</td></tr>
<tr><td>2-2</td><td>9</td><td>11</td><td>13</td><td>6</td><td>10</td><td>12</td><td>15</td></tr>
<tr><td>2-3</td><td>14</td><td>22</td><td>31</td><td>12</td><td>29</td><td>48</td><td>63</td></tr>
<tr><td>2-4</td><td>10</td><td>13</td><td>12</td><td>7</td><td>11</td><td>15</td><td>14</td></tr>
</table>
<p>霧島</p>
</body></html>""",
    entities=[], detectors=[],
    note="class-level absence counts only; no row is a person",
)

# ======================================================================================
# 085 — HTML-only table of meetings held
# ======================================================================================
add(
    id="ijime-085", expect="pass", sender=KIRISHIMA, to=[ISURUGI], charset="utf-8",
    subject="委員会 開催実績（R6年度）",
    html="""\
<html><body style="font-family:sans-serif">
<p>石動課長</p>
<p>いつもお世話になっております。事務局の霧島です。<br>
議会資料用に、今年度の委員会開催実績をまとめました。</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>回</th><th>開催日</th><th>会場</th><th>主な議題</th><th>出席委員</th></tr></thead>
<tbody>
<tr><td>第1回</td><td>R6.10.30</td><td>東雲市教育センター</td><td>委員長選任、調査方針</td><td>5名</td></tr>
<tr><td>第2回</td><td>R6.12.6</td><td>東雲市教育センター</td><td>聴取計画、アンケート</td><td>5名</td></tr>
<tr><td>第3回</td><td>R7.1.17</td><td>さくらホテル東雲</td><td>聴取結果、論点整理</td><td>5名</td></tr>
<tr><td>第4回</td><td>R7.2.14（予定）</td><td>東雲市教育センター</td><td>報告書素案</td><td>—</td></tr>
</tbody></table>
<p>日の出産業株式会社 第三者委員会事務局<br>霧島 葉月 / TEL 047-390-6612</p>
</body></html>""",
    entities=[], detectors=[],
    note="HTML-only table of meetings: no people's records",
)

# ======================================================================================
# 086 — no names: 和暦 short dates of birth, old addresses and mobiles
# ======================================================================================
_dob86 = ["Ｈ２２．５．３０", "Ｈ２２．１２．７", "Ｈ２３．２．１９", "Ｈ２２．７．１", "Ｈ２２．１０．２５"]
_addr86 = ["東雲市若葉町4-3-17", "東雲市港町3-2-8-201", "東雲市北野5-11-6", "東雲市栄町1-9-3",
           "東雲市高台2-22-10"]
_rows86 = "\n".join(f"{i + 1}    {rng.choice(['男', '女'])}    {d}    千葉県{a}    {mobile()}"
                    for i, (d, a) in enumerate(zip(_dob86, _addr86)))
add(
    id="ijime-086", expect="stop", sender=DAIMON, to=[ISURUGI], charset="iso-2022-jp",
    subject="転出生徒の転出先照会について",
    body=f"""\
石動課長

お世話になっております。大門です。
昨年度の2年3組から転出した生徒5名について、委員会から聴取のご協力をお願いしたく、
転出先の照会をお願いできますでしょうか。氏名は学校保管の名簿でご確認ください。

No   性別  生年月日        旧住所                          保護者携帯（旧）
---  ----  --------------  ------------------------------  ----------------
{_rows86}

よろしくお願いいたします。

{SIG_DAIMON}
""",
    entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five pupils' 和暦 birth dates, home addresses and mobiles without a name column",
)

# ======================================================================================
# 087 — interview slot plan with numbered, unnamed pupils
# ======================================================================================
add(
    id="ijime-087", expect="pass", sender=HASEGAWA, to=[KURIBAYASHI], charset="cp932",
    subject="生徒聴取の時間割（案）",
    body=f"""\
栗林様

お世話になっております。長谷川です。
12月の生徒聴取の時間割（案）です。生徒は番号で表記しています。

日付        時間          会場        対象    担当委員
----------  ------------  ----------  ------  ----------------
12/9(月)    16:00-16:45   相談室A     生徒①  安曇・蔀
12/9(月)    17:00-17:45   相談室A     生徒②  安曇・蔀
12/10(火)   16:00-16:45   相談室A     生徒③  樫村・宍戸
12/10(火)   17:00-17:45   相談室B     生徒④  樫村・宍戸
12/11(水)   16:00-16:45   相談室A     生徒⑤  安曇・樫村
12/11(水)   17:00-17:45   相談室A     生徒⑥  安曇・樫村

各回、事務局から1名が記録係として同席します。

{SIG_HASEGAWA}
""",
    entities=[], detectors=[],
    note="schedule with numbered pupils and committee members' names only: no records of people",
)

# ======================================================================================
# 088 — corrupt PDF to the victim's lawyer
# ======================================================================================
add(
    id="ijime-088", expect="stop", sender=HASEGAWA, to=[TATSUMI], charset="utf-8",
    subject="委員会からの質問事項（書面）の送付",
    body=f"""\
巽先生

お世話になっております。事務局の長谷川です。
委員会から保護者様への質問事項を書面にまとめましたので、PDFでお送りいたします。
ご回答は1月31日（金）までにお願いできますでしょうか。

{SIG_HASEGAWA}
""",
    attachments=[{"kind": "corrupt", "name": "質問事項_保護者様.pdf"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the PDF attachment is corrupt and cannot be inspected",
)

# ======================================================================================
# 089 — link to shared storage instead of a ZIP
# ======================================================================================
add(
    id="ijime-089", expect="pass", sender=SAEKI, to=[KURIBAYASHI], cc=[MORISHITA],
    charset="utf-8",
    subject="資料の受け渡し方法の変更について（PPAP廃止）",
    body=f"""\
東雲市教育委員会 指導課
栗林 様

日の出産業 情報システム部の佐伯です。
当社では1月から、パスワード付きZIPファイルのメール送付を廃止いたします。
今後、委員会資料は共有ストレージ（ツバサシステム社提供）でお渡しします。

　URL：https://share.tsubasa-system.jp/s/hinode-daisansha
　アカウント：栗林様のメールアドレスで招待をお送りします
　ログイン：ワンタイムパスコード（メール）による二要素認証

ご不明な点は事務局または私までお問い合わせください。

{SIG_SAEKI}
""",
    entities=[], detectors=[],
    note="IT notice about file sharing, no personal data",
)

# ======================================================================================
# 090 — a legacy XLS contact tree forwarded to a committee member
# ======================================================================================
_xls90 = [["2年3組 緊急連絡網（令和6年度）"], ["出席番号", "生徒氏名", "保護者氏名", "電話", "住所"]]
for _i, (_s, _g, _a) in enumerate([
        ("四十物 陽希", "四十物 紀子", "千葉県東雲市若葉町1-4-9"),
        ("五十嵐 心春", "五十嵐 亘", "千葉県東雲市栄町5-2-14"),
        ("小黒 颯", "小黒 伸也", "千葉県東雲市北野3-9-14"),
        ("東風平 葵", "東風平 美咲", "千葉県東雲市若葉町5-1-3-402"),
        ("鮫島 蒼空", "鮫島 直美", "千葉県東雲市若葉町2-4-11"),
        ("小鳥遊 澪", "小鳥遊 典子", "千葉県東雲市港町4-1-2"),
        ("百目鬼 律", "百目鬼 香織", "千葉県東雲市栄町3-18-6"),
        ("真鍋 陽斗", "真鍋 恵理子", "千葉県東雲市若葉町3-7-21")], start=1):
    _xls90.append([_i * 3, _s, _g, landline(), _a])
add(
    id="ijime-090", expect="stop", sender=DAIMON,
    to=["比嘉 優一 <higa@shinonome-shakyo.or.jp>"], charset="cp932",
    subject="家庭訪問のための連絡網（学校提供）",
    body=f"""\
比嘉先生

お世話になっております。大門です。
ご担当いただく家庭訪問の事前連絡用に、学校から提供を受けた連絡網を添付します。
古い形式（.xls）のファイルですが、そのままお送りいたします。

{SIG_SHORT_DAIMON}
""",
    attachments=[{"kind": "xls", "name": "2-3連絡網.xls", "sheets": {"連絡網": _xls90}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="legacy XLS contact tree: eight families' names, phones and addresses, sent outside",
)

# ======================================================================================
# 091 — look-alike of the IT partner (letter dropped)
# ======================================================================================
add(
    id="ijime-091", expect="stop", sender=SAEKI,
    to=["ツバサシステム サポート <support@tsubasa-sytem.jp>"], charset="iso-2022-jp",
    subject="共有ストレージ 容量追加のお願い",
    body=f"""\
株式会社ツバサシステム サポートご担当者様

お世話になっております。日の出産業 情報システム部の佐伯です。
契約ID HS-0082 の共有ストレージについて、容量を100GBから300GBへ
追加したく、お見積りをお願いいたします。録音データの保存が増えたためです。

{SIG_SAEKI}
""",
    entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp is a look-alike of partner tsubasa-system.jp (letter dropped)",
)

# ======================================================================================
# 092 — four accounts to create: a short list to the IT partner
# ======================================================================================
add(
    id="ijime-092", expect="pass", sender=SAEKI,
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"], charset="utf-8",
    subject="共有ストレージ ゲストアカウント発行依頼（4件）",
    body=f"""\
株式会社ツバサシステム サポートご担当者様

お世話になっております。日の出産業 情報システム部の佐伯です。
契約ID HS-0082 に、下記4名のゲストアカウントの発行をお願いいたします。
権限はいずれも「閲覧のみ」、有効期限は2025/3/31です。

  1. 安曇 透      azumi@shirakawa-law.jp
  2. 樫村 早苗    kashimura.s@edu.seiran-u.ac.jp
  3. 蔀 由佳      shitomi@kokoro-support.or.jp
  4. 宍戸 健吾    shishido@minami-kodomo-cl.jp

{SIG_SAEKI}
""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="four people's names and work e-mails to the IT partner: under five, may warn",
)

# ======================================================================================
# 093 — XLSX of seven users with e-mails and mobiles for MFA, to the IT partner
# ======================================================================================
_u93 = [("安曇 透", "委員長", "azumi@shirakawa-law.jp"),
        ("樫村 早苗", "委員", "kashimura.s@edu.seiran-u.ac.jp"),
        ("蔀 由佳", "委員", "shitomi@kokoro-support.or.jp"),
        ("宍戸 健吾", "委員", "shishido@minami-kodomo-cl.jp"),
        ("比嘉 優一", "委員", "higa@shinonome-shakyo.or.jp"),
        ("栗林 亜矢", "教育委員会", "kuribayashi-a@kyoiku.city.shinonome.lg.jp"),
        ("瀬戸口 彩", "教育委員会", "setoguchi-a@kyoiku.city.shinonome.lg.jp")]
add(
    id="ijime-093", expect="stop", sender=SAEKI,
    to=["ツバサシステム 導入支援 <onboarding@tsubasa-system.jp>"], charset="iso-2022-jp",
    subject="二要素認証（SMS）設定用 利用者一覧",
    body=f"""\
株式会社ツバサシステム 導入支援ご担当者様

お世話になっております。佐伯です。
SMSによる二要素認証の一括設定用に、利用者一覧を添付いたします。
携帯番号は各利用者から設定の同意を得ております。

{SIG_SAEKI}
""",
    attachments=[{
        "kind": "xlsx", "name": "利用者一覧_MFA.xlsx",
        "sheets": {
            "利用者": [["No", "氏名", "区分", "メールアドレス", "SMS用携帯番号", "権限"]]
            + [[i + 1, n, k, m, mobile(), "閲覧" if k != "委員長" else "編集"]
               for i, (n, k, m) in enumerate(_u93)],
            "設定方針": [["項目", "値"], ["認証方式", "SMSワンタイムコード"], ["セッション", "8時間"]],
        },
    }],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="seven people's names, e-mails and private mobiles in an XLSX to the IT partner",
)

# ======================================================================================
# 094 — pseudonymised list of five pupils with roles: either
# ======================================================================================
add(
    id="ijime-094", expect="either", sender=MORISHITA, to=[KURIBAYASHI], charset="utf-8",
    subject="関係生徒の整理（仮名化版）",
    body=f"""\
栗林様

お世話になっております。森下です。
委員会で整理した関係生徒の一覧（仮名化版）をお送りします。
教育委員会内での検討用にお使いください。

記号  学年組  性別  部活動        関与の内容
----  ------  ----  ------------  ----------------------------------------
A     2-3     男    美術部        被害とされる生徒。10月以降欠席
B     2-3     男    サッカー部    10/18の転倒時に押したとされる
C     2-3     男    サッカー部    筆箱を隠した、LINEで悪口
D     2-3     男    なし          LINEグループの管理者
E     2-3     女    吹奏楽部      目撃、担任に相談

{SIG_MORISHITA}
""",
    entities=[], detectors=[],
    note="five pseudonymised pupils with class, sex, club and role: a list, but identifiable only to insiders",
)

# ======================================================================================
# 095 — a medical certificate transcribed in a block, to the paediatrician member
# ======================================================================================
add(
    id="ijime-095", expect="stop", sender=HASEGAWA, to=[SHISHIDO], charset="iso-2022-jp",
    subject="診断書の内容（転記）について",
    body=f"""\
宍戸先生

お世話になっております。長谷川です。
保護者代理人から提出された診断書の記載を、下記のとおり転記しました。
医学的な記載の読み方について、次回ご教示いただけますと幸いです。

＜診断書（写）転記＞
　患者氏名　：真鍋 陽斗
　生年月日　：平成２２年８月９日（１４歳）
　住所　　　：千葉県東雲市若葉町３－７－２１
　病名　　　：１．右橈骨遠位端骨折　２．適応障害
　付記　　　：令和６年１０月１８日受傷。１２月２日現在、骨癒合良好。
　　　　　　　精神面では抑うつ気分、不眠、登校時の動悸を認め、当面の通学は困難と判断する。
　医療機関　：しののめ心療クリニック　医師 早乙女 透子

{SIG_HASEGAWA}
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a medical certificate (diagnoses, 和暦 birth date, address) transcribed, sent outside",
)

# ======================================================================================
# 096 — reply to the paediatrician; medical talk only in the quote
# ======================================================================================
add(
    id="ijime-096", expect="pass", sender=HASEGAWA, to=[SHISHIDO], charset="iso-2022-jp",
    subject="Re: 診断書の内容（転記）について",
    body=f"""\
宍戸先生

ご丁寧にありがとうございます。長谷川です。
いただいたご説明は、次回委員会で先生からご報告いただく形でよろしいでしょうか。
資料が必要でしたら事務局で準備いたします。

長谷川

差出人: 宍戸 健吾 <shishido@minami-kodomo-cl.jp>
送信日時: 2024年12月6日 22:48
宛先: 長谷川 紗季
件名: Re: 診断書の内容（転記）について

> 長谷川様
> 骨折は順調に治癒しており、後遺症の可能性は低いと思います。
> 適応障害については、登校時の動悸の記載から、学校場面への強い不安が続いていると
> 読めます。聴取は主治医の了解を得てからが望ましいでしょう。
> 宍戸
""",
    entities=[], detectors=[],
    note="medical discussion only in the quoted mail of the recipient himself",
)

# ======================================================================================
# 097 — three law firms visible to each other
# ======================================================================================
add(
    id="ijime-097", expect="stop", sender=MORISHITA,
    to=[TATSUMI, "二階堂 朋之 <nikaido@hikari-law.jp>", "真栄田 京 <maeda@umikaze-law.jp>"],
    charset="iso-2022-jp",
    subject="報告書素案に対する意見書の提出期限について",
    body=f"""\
代理人の先生方

東雲市いじめ問題第三者調査委員会 事務局長の森下でございます。
報告書素案の該当部分について、ご意見書の提出期限を3月7日（金）とさせていただきます。
素案の閲覧は、事務局にて2月25日（火）から行っていただけます。

{SIG_MORISHITA}
""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three law firms (opposing parties' lawyers) can see each other in To",
)

# ======================================================================================
# 098 — NDA discussion with the partner law firm, internal legal in Cc
# ======================================================================================
add(
    id="ijime-098", expect="pass", sender=LEGAL, to=[AZUMI], cc=[MORISHITA], charset="cp932",
    subject="反訳業者との秘密保持契約の条項について",
    body="""\
安曇先生

いつもお世話になっております。日の出産業 法務部の桐生です。
反訳業者（ミミテック社）との機密保持契約について、先方から第6条（再委託の禁止）に
「ただし、甲の事前の承諾を得た場合はこの限りでない」との但書を入れたいとの要望がありました。

音声データの性質上、再委託先にも同等の秘密保持義務を課すことを条件に応じる方向で
考えておりますが、委員会のお立場からご懸念がないか伺えますでしょうか。

--
日の出産業株式会社 法務部
桐生 慎吾
TEL 03-6825-4420

本メールには機密情報が含まれている場合があります。誤って受信された場合は削除してください。
""",
    entities=[], detectors=[],
    note="mail about an NDA clause with a partner lawyer; disclaimer only",
)

# ======================================================================================
# 099 — PDF table of the other side's guardians with addresses and phones
# ======================================================================================
_t99 = [["No", "保護者氏名", "生徒（学年組）", "住所", "電話"]]
for _i, (_g, _s, _a) in enumerate([
        ("小黒 伸也", "小黒 颯（2-3）", "千葉県東雲市北野3-9-14"),
        ("鮫島 直美", "鮫島 蒼空（2-3）", "千葉県東雲市若葉町2-4-11"),
        ("百目鬼 香織", "百目鬼 律（2-3）", "千葉県東雲市栄町3-18-6"),
        ("栗花落 大輔", "栗花落 隼（2-2）", "千葉県東雲市高台4-7-1"),
        ("一口 早苗", "一口 ひなた（2-1）", "千葉県東雲市港町2-15-9")], start=1):
    _t99.append([_i, _g, _s, _a, mobile()])
add(
    id="ijime-099", expect="stop", sender=HASEGAWA, to=[KURIBAYASHI], charset="utf-8",
    subject="関係生徒保護者への通知文の送付先",
    body=f"""\
栗林様

お世話になっております。長谷川です。
報告書素案の閲覧についての通知文を、関係生徒の保護者5名に郵送いたします。
送付先の一覧をPDFにしましたので、住所に誤りがないかご確認ください。

{SIG_HASEGAWA}
""",
    attachments=[{
        "kind": "pdf", "name": "通知文送付先一覧.pdf",
        "lines": ["報告書素案 閲覧通知 送付先一覧（関係生徒保護者）", ""],
        "table": _t99,
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="PDF table of five guardians with their child, address and phone, sent outside",
)

# ======================================================================================
# 100 — closing thanks to the chair
# ======================================================================================
add(
    id="ijime-100", expect="pass", sender=MORISHITA, to=[AZUMI], charset="iso-2022-jp",
    subject="答申のお礼",
    body=f"""\
安曇委員長

事務局長の森下でございます。
本日は教育長への答申、誠にお疲れさまでございました。
約半年にわたり、委員長として委員会を取りまとめていただき、心より御礼申し上げます。

報告書（公表版）は3月24日に印刷が上がり、同日に市ホームページに掲載される予定です。
記録類の保存・廃棄の手順については、改めて教育委員会と協議のうえご報告いたします。

今後ともどうぞよろしくお願い申し上げます。

{SIG_MORISHITA}

{DISC_JA}
""",
    entities=[], detectors=[],
    note="closing thanks to the partner lawyer with a disclaimer",
)

assert len(MESSAGES) == 100
