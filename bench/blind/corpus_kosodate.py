"""Blind evaluation corpus — AREA: kosodate (子育て支援 / childcare support for employees).

企業主導型保育園（株式会社ミライキッズ「ひなたのもり保育園 川口園」、社会福祉法人あおぞら会
「そらいろ保育園」）との契約と入園申込、ベビーシッター補助（割引券・法人契約）、子の看護（等）休暇、
保育園からの連絡、利用者名簿 — as 日の出産業's 人事部・総務部・経理部 and its employees write it.

Everything here is invented: every person, child, phone number, address, account, card,
My Number and every organisation and domain other than those BRIEF.md names. This file
was written blind, from bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only,
without reading mailguard's code, rules or tests.
"""

from __future__ import annotations

import random

from build import card_number, my_number

SEED = 38601
rng = random.Random(SEED)

# ---------------------------------------------------------------------------------------
# small helpers (data only; every message below is written by hand)

_ZEN = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def zen(s: str) -> str:
    return s.translate(_ZEN)


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of a 12-digit base."""
    total = 0
    for n in range(1, 13):
        total += int(base12[12 - n]) * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def ymd(d, sep="/"):
    y, m, dd = d
    return f"{y}{sep}{m:02d}{sep}{dd:02d}"


def jdate(d):
    y, m, dd = d
    return f"{y}年{m}月{dd}日"


def wareki(d, style="kanji"):
    y, m, dd = d
    if (y, m) >= (2019, 5):
        era, ab, ey = "令和", "R", y - 2018
    elif y >= 1989:
        era, ab, ey = "平成", "H", y - 1988
    else:
        era, ab, ey = "昭和", "S", y - 1925
    if style == "abbr":
        return f"{ab}{ey}.{m}.{dd}"
    return f"{era}{'元' if ey == 1 else ey}年{m}月{dd}日"


SURNAMES = [
    ("薬師寺", "ヤクシジ", "yakushiji"), ("百瀬", "モモセ", "momose"),
    ("一ノ瀬", "イチノセ", "ichinose"), ("栗林", "クリバヤシ", "kuribayashi"),
    ("芦田", "アシダ", "ashida"), ("真壁", "マカベ", "makabe"), ("蓮見", "ハスミ", "hasumi"),
    ("早乙女", "サオトメ", "saotome"), ("木全", "キマタ", "kimata"),
    ("畔柳", "クロヤナギ", "kuroyanagi"), ("小比類巻", "コヒルイマキ", "kohiruimaki"),
    ("釜萢", "カマヤチ", "kamayachi"), ("佐伯", "サエキ", "saeki"),
    ("高砂", "タカサゴ", "takasago"), ("野々村", "ノノムラ", "nonomura"),
    ("乙部", "オトベ", "otobe"), ("設楽", "シタラ", "shitara"), ("仁科", "ニシナ", "nishina"),
    ("鵜飼", "ウカイ", "ukai"), ("丹羽", "ニワ", "niwa"), ("瀬戸口", "セトグチ", "setoguchi"),
    ("宮城", "ミヤギ", "miyagi"), ("江藤", "エトウ", "eto"), ("渡会", "ワタライ", "watarai"),
    ("加賀谷", "カガヤ", "kagaya"), ("柊", "ヒイラギ", "hiiragi"),
    ("松任谷", "マツトウヤ", "matsutoya"), ("福留", "フクドメ", "fukudome"),
    ("大楠", "オオクス", "ookusu"), ("井筒", "イヅツ", "izutsu"), ("舘", "タチ", "tachi"),
    ("四釜", "シカマ", "shikama"), ("神保", "ジンボ", "jimbo"), ("鴨志田", "カモシダ", "kamoshida"),
]
GIVEN = [
    ("彩花", "アヤカ", "ayaka"), ("拓海", "タクミ", "takumi"), ("由佳", "ユカ", "yuka"),
    ("健太郎", "ケンタロウ", "kentaro"), ("麻衣", "マイ", "mai"), ("俊介", "シュンスケ", "shunsuke"),
    ("沙耶", "サヤ", "saya"), ("直樹", "ナオキ", "naoki"), ("美咲", "ミサキ", "misaki"),
    ("大輔", "ダイスケ", "daisuke"), ("千尋", "チヒロ", "chihiro"), ("亮", "リョウ", "ryo"),
    ("恵美", "エミ", "emi"), ("翔平", "ショウヘイ", "shohei"), ("香織", "カオリ", "kaori"),
    ("悠介", "ユウスケ", "yusuke"), ("奈緒", "ナオ", "nao"), ("智也", "トモヤ", "tomoya"),
]
CHILD = [
    ("陽翔", "ハルト"), ("結菜", "ユイナ"), ("蒼", "アオイ"), ("凛", "リン"), ("湊", "ミナト"),
    ("芽依", "メイ"), ("律", "リツ"), ("紬", "ツムギ"), ("碧", "アオ"), ("陽葵", "ヒマリ"),
    ("悠真", "ユウマ"), ("咲良", "サクラ"), ("樹", "イツキ"), ("澪", "ミオ"), ("颯", "ハヤテ"),
    ("杏", "アン"), ("朔", "サク"), ("心晴", "コハル"),
]
DEPTS = ["営業一課", "営業二課", "製造部 第一製造課", "品質管理部", "物流センター", "経理部",
         "開発部", "購買部", "川口工場 総務課", "技術サービス課"]
TOWNS = [("332-0034", "埼玉県川口市並木"), ("332-0021", "埼玉県川口市西川口"),
         ("333-0811", "埼玉県川口市戸塚"), ("335-0004", "埼玉県蕨市中央"),
         ("335-0022", "埼玉県戸田市上戸田"), ("115-0045", "東京都北区赤羽"),
         ("175-0094", "東京都板橋区成増"), ("123-0865", "東京都足立区新田"),
         ("336-0042", "埼玉県さいたま市南区大谷口"), ("334-0002", "埼玉県川口市鳩ヶ谷本町")]
BLDG = ["", "", "", " コーポ青葉", " パークハイツ", " メゾン芝", " グランデ川口", " 戸田ヒルズ"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp"]


def _mobile():
    return f"0{rng.choice('789')}0-{rng.randrange(1000, 10000)}-{rng.randrange(10000):04d}"


def _addr():
    zipc, town = rng.choice(TOWNS)
    a = f"{town}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 25)}"
    b = rng.choice(BLDG)
    if b:
        a += f"{b}{rng.randint(1, 3)}0{rng.randint(1, 6)}"
    return zipc, a


def people(n):
    out = []
    for s in rng.sample(SURNAMES, n):
        g = rng.choice(GIVEN)
        c = rng.choice(CHILD)
        zipc, a = _addr()
        out.append({
            "sei": s[0], "sei_kana": s[1], "sei_r": s[2],
            "mei": g[0], "mei_kana": g[1], "mei_r": g[2],
            "kid": c[0], "kid_kana": c[1],
            "kid_dob": (rng.choice([2021, 2022, 2023, 2024]), rng.randint(1, 12), rng.randint(1, 28)),
            "dob": (rng.randint(1984, 1995), rng.randint(1, 12), rng.randint(1, 28)),
            "tel": _mobile(), "zip": zipc, "addr": a,
            "emp": f"{rng.choice('HKS')}{rng.randint(10, 24):02d}{rng.randrange(1000):03d}",
            "dept": rng.choice(DEPTS),
            "mail": f"{g[2]}.{s[2]}{rng.randint(1, 99)}@{rng.choice(FREEMAIL)}",
        })
    return out


def kid_class(d):
    return {2024: "0歳児 ひよこ", 2023: "1歳児 りす", 2022: "2歳児 うさぎ", 2021: "3歳児 きりん"}[d[0]]


# ---------------------------------------------------------------------------------------
# organisations, senders, signatures

HQ = "hinode-sangyo.co.jp"
MORISHITA = "森下 沙織 <morishita.saori@hinode-sangyo.co.jp>"
INAGAKI = "稲垣 拓真 <inagaki.takuma@hinode-sangyo.co.jp>"
SHINONOME = "東雲 遥 <shinonome.haruka@hinode-sangyo.co.jp>"
YABUKI = "矢吹 篤 <yabuki.atsushi@hinode-sangyo.co.jp>"
ODAGIRI = "小田切 譲 <odagiri.yuzuru@hinode-sangyo.co.jp>"
KUONJI = "久遠寺 綾 <kuonji.aya@hinode-sangyo.co.jp>"
MITSUYA = "三ツ矢 蓮 <mitsuya.ren@hinode-sangyo.co.jp>"

USAMI = "宇佐美 恵 <usami.megumi@mirai-kids.co.jp>"          # 園長, ひなたのもり保育園 川口園
MK_JIMU = "ひなたのもり保育園 事務室 <hoiku-jimu@mirai-kids.co.jp>"
AOZORA = "そらいろ保育園 事務局 <jimukyoku@aozorakai.or.jp>"
BCS = "ベビーケアサポート 法人窓口 <houjin@babycare-support.jp>"
SASAKI = "佐々木 典子 <sasaki.noriko@sasaki-sr.jp>"            # 社会保険労務士
CITY = "東浜市 保育課 <hoiku@city.higashihama.lg.jp>"
KIKOU = "児童育成推進機構 <jisseki@jidou-ikusei-kikou.or.jp>"
ODA = "小田 京子 <oda.kyoko@kawasaki-denki.co.jp>"            # 川崎電機 人事部（共同利用先）

SIG_MORISHITA = """
――――――――――――――――――――
日の出産業株式会社 人事部 労務課
森下 沙織（もりした さおり）
〒332-0012 埼玉県川口市本町4-9-21 日の出ビル5F
TEL 048-226-7310（直通）／内線 2315
morishita.saori@hinode-sangyo.co.jp
――――――――――――――――――――"""

SIG_INAGAKI = """
--
日の出産業(株) 総務部 福利厚生グループ
稲垣 拓真 / Takuma Inagaki
TEL: 048-226-7288  FAX: 048-226-7299
Mail: inagaki.takuma@hinode-sangyo.co.jp"""

SIG_SHINONOME = """
*************************************
 日の出産業株式会社
 人事部 人事企画課 主任　東雲 遥
 〒332-0012 埼玉県川口市本町4-9-21
 TEL:048-226-7305　内線:2302
*************************************"""

SIG_YABUKI = """
------------------------------
日の出産業株式会社　経理部　矢吹　篤
TEL 048-226-7350 / yabuki.atsushi@hinode-sangyo.co.jp
------------------------------"""

SIG_KUONJI = """
====
日の出産業株式会社
総務部 課長 久遠寺 綾
TEL 048-226-7280 / FAX 048-226-7299
〒332-0012 埼玉県川口市本町4-9-21 日の出ビル
===="""

SIG_EN = """
Best regards,

Haruka Shinonome
HR Planning Section, Hinode Sangyo Co., Ltd.
4-9-21 Honcho, Kawaguchi-shi, Saitama 332-0012, Japan
Tel: +81-48-226-7305"""

DISC_JP = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
送信者までご連絡のうえ、本メールおよび添付ファイルを削除してくださいますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it."""

MESSAGES: list[dict] = []


def add(**m):
    m["id"] = f"kosodate-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(m)


# ---------------------------------------------------------------------------------------
# 001 — 入園申込者一覧, padded columns in the body, to the daycare operator
_p = people(6)
_rows = "\n".join(
    f" {i + 1:>2}   {p['sei'] + ' ' + p['mei']:　<7}{p['dept']:<13}{p['kid']:　<4}{ymd(p['kid_dob'])}   {p['tel']}"
    for i, p in enumerate(_p))
add(
    sender=MORISHITA, to=[USAMI], cc=[MK_JIMU, MITSUYA], charset="iso-2022-jp",
    subject="【日の出産業】4月入園 従業員枠の申込者について",
    body=f"""株式会社ミライキッズ
ひなたのもり保育園 川口園
園長 宇佐美 様

いつもお世話になっております。日の出産業 人事部の森下です。

4月入園分の従業員枠について、社内で受け付けた申込者を下記のとおりお知らせいたします。
入園前面談の日程をご調整いただけますでしょうか。

受付  保護者氏名      所属           園児名    園児生年月日   保護者携帯
----  --------------  -------------  --------  ------------  -------------
{_rows}

※2番の方は育休中のため、面談は平日午前をご希望です。
※申込書の原本は来週月曜に社内便ではなく郵送でお送りします。

どうぞよろしくお願いいたします。
{SIG_MORISHITA}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 applicants (parent name, child name, DOB, mobile) in a padded table to the external daycare",
)

# 002 — internal: full roster XLSX from 総務 to 人事
_p = people(12)
add(
    sender=INAGAKI, to=[MORISHITA], cc=[KUONJI], charset="utf-8",
    subject="【共有】ひなたのもり保育園 利用者名簿（4月1日時点）",
    body=f"""森下さん

お疲れさまです。稲垣です。
園から届いた最新の利用者名簿を、社内用に整えたものを添付します。
退園予定の2名は別シートに分けてあります。
労務の台帳と突き合わせて、所属や内線の違いがあれば教えてください。

稲垣
{SIG_INAGAKI}""",
    attachments=[{
        "kind": "xlsx", "name": "利用者名簿_20250401.xlsx",
        "sheets": {
            "名簿": [["ひなたのもり保育園 川口園 従業員枠 利用者名簿（2025/4/1）"], [],
                     ["No", "社員番号", "保護者氏名", "所属", "園児氏名", "園児生年月日", "携帯", "住所"]]
                    + [[i + 1, p["emp"], f"{p['sei']} {p['mei']}", p["dept"], f"{p['sei']} {p['kid']}",
                        ymd(p["kid_dob"]), p["tel"], f"〒{p['zip']} {p['addr']}"] for i, p in enumerate(_p[:10])],
            "退園予定": [["保護者氏名", "園児氏名", "退園予定日", "理由"]]
                        + [[f"{p['sei']} {p['mei']}", p["kid"], "2025/06/30", "転居"] for p in _p[10:]],
        },
    }],
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="full user roster, but every recipient is internal",
)

# 003 — 看護休暇の相談: one employee's child, diagnosis, to the external 社労士
add(
    sender=MORISHITA, to=[SASAKI], charset="iso-2022-jp",
    subject="子の看護休暇を使い切った社員の扱いについてご相談",
    body=f"""社会保険労務士法人ささき事務所
佐々木先生

いつも大変お世話になっております。日の出産業の森下でございます。

看護休暇の運用について、1件ご相談させてください。

製造部 第一製造課の羽賀 健一さん（勤続8年）ですが、長男の湊くん（4歳）が
先月末に川崎病と診断されて10日間入院しました。退院後も心臓の経過観察のため
月2回の通院が続く見込みで、本人は今年度の看護休暇5日をすでに使い切っています。
年次有給休暇の残りも2日しかありません。

（1）就業規則上の特別休暇（会社裁量）として追加で付与してよいか
（2）付与する場合、有給・無給どちらにしても他の社員との公平性の点で問題がないか
（3）時間単位の取得を本人のみに認めることは可能か

の3点について、ご意見をいただけますと幸いです。
お忙しいところ恐縮ですが、よろしくお願いいたします。
{SIG_MORISHITA}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named employee's child's diagnosis and hospitalisation (要配慮) sent to an external 社労士",
)

# 004 — 育休中の社員4名の私用アドレスを To に並べてしまった説明会案内
add(
    sender=INAGAKI,
    to=["sagara.miho.0612@gmail.com", "k-hasumi@yahoo.co.jp", "ayaka.nonomura@icloud.com",
        "t.makabe88@gmail.com"],
    charset="iso-2022-jp",
    subject="【育休中の皆さまへ】復職前オンライン説明会（保育園・シッター補助）のご案内",
    body=f"""育児休業中の皆さま

ご無沙汰しております。総務部 福利厚生グループの稲垣です。
お子さまとの毎日、いかがお過ごしでしょうか。

復職を控えた皆さま向けに、下記のとおりオンライン説明会を開催します。
・ひなたのもり保育園（企業主導型）の従業員枠と申込スケジュール
・ベビーシッター割引券（1回あたり4,400円分）の申請方法
・子の看護等休暇の改正点（4月から）

日時：6月18日（水）10:00～10:45
形式：Teams（参加URLは前日にお送りします）
お子さま同伴・カメラオフで構いません。

参加可否をこのメールへの返信でお知らせください。
{SIG_INAGAKI}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="four private persons' addresses visible to each other in To: should have been Bcc",
)

# 005 — 秘密保持契約書（案）の送付: mail about an NDA, no marking
add(
    sender=SHINONOME, to=[USAMI], cc=[MORISHITA], charset="utf-8",
    subject="秘密保持契約書（案）の送付について",
    body=f"""株式会社ミライキッズ 宇佐美様

お世話になっております。日の出産業の東雲です。

先日の打合せでお話しした、利用契約の締結に先立つ秘密保持契約書の案をお送りします。
当社の定型フォームをベースに、保育の現場で扱う情報の範囲に合わせて第2条を修正しています。
内容をご確認のうえ、修正のご希望があれば変更履歴付きでお戻しください。

締結は電子契約（クラウドサイン）を想定しております。

よろしくお願いいたします。
{SIG_SHINONOME}""",
    attachments=[{
        "kind": "docx", "name": "秘密保持契約書（案）_ミライキッズ様.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と株式会社ミライキッズ（以下「乙」という。）は、"
            "企業主導型保育施設の利用契約の検討（以下「本件」という。）に関し、次のとおり契約を締結する。",
            "第1条（目的）本契約は、本件に関して相互に開示される秘密情報の取扱いを定めることを目的とする。",
            "第2条（秘密情報）本契約において秘密情報とは、開示当事者が書面により秘密である旨を明示して"
            "開示した技術上、営業上の情報及び従業員並びにその家族に関する個人情報をいう。",
            "第3条（秘密保持義務）受領当事者は、秘密情報を第三者に開示又は漏えいしてはならない。",
            "第4条（返還）本件の検討終了後、受領当事者は秘密情報を速やかに返還又は廃棄する。",
            "第5条（有効期間）本契約の有効期間は締結日から3年間とする。",
        ],
    }],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA with a draft contract; no personal data, no classification stamp",
)

# 006 — 割引券申請者一覧 CSV (CP932) to the babysitter association
_p = people(8)
add(
    sender=INAGAKI, to=["割引券事務局 <jimukyoku@zenkoku-bs.or.jp>"], charset="shift_jis",
    subject="ベビーシッター割引券 7月分 申請（日の出産業株式会社）",
    body=f"""公益社団法人 全国ベビーシッター協会
割引券事務局 御中

お世話になっております。日の出産業株式会社 総務部の稲垣です。
7月分の割引券につきまして、対象者一覧を添付のとおり提出いたします。
合計枚数は 46枚 です。承認通知は当社宛にお送りください。

よろしくお願い申し上げます。
{SIG_INAGAKI}""",
    attachments=[{
        "kind": "csv", "name": "割引券申請者一覧_2025年7月.csv", "encoding": "cp932",
        "rows": [["社員番号", "氏名", "フリガナ", "対象児童氏名", "児童生年月日", "申請枚数"]]
                + [[p["emp"], f"{p['sei']} {p['mei']}", f"{p['sei_kana']} {p['mei_kana']}",
                    p["kid"], ymd(p["kid_dob"], "-"), rng.choice([4, 5, 6, 8])] for p in _p],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="CSV of 8 employees with their children's names and DOBs to an external association",
)

# 007 — look-alike of the company's own domain; 看護休暇の取得状況 with reasons
add(
    sender=MORISHITA, to=["東雲 遥 <shinonome.haruka@hinode-sangyou.co.jp>"], cc=[MITSUYA],
    charset="iso-2022-jp",
    subject="5月 看護休暇 取得状況（部長会資料用）",
    body=f"""東雲さん

お疲れさまです。部長会資料用に、5月の看護休暇の取得状況をまとめました。

・営業一課 芦田 麻衣　　2日　子 RSウイルス感染症
・開発部　 福留 翔平　　1日　子 予防接種（日本脳炎）
・物流C　　乙部 奈緒　　1.5日 子 中耳炎の通院
・品証　　 鵜飼 智也　　3日　子 手足口病
・経理部　 神保 香織　　0.5日 子 1歳6か月健診

事由欄は集計のときは「病気・けが」「予防接種・健診」の2区分に丸めてください。
よろしくお願いします。

森下""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyou.co.jp is a typo of the own domain; 5 named employees with children's illnesses",
)

# 008 — one parent's mobile as emergency contact during 慣らし保育
add(
    sender=INAGAKI, to=[MK_JIMU], charset="iso-2022-jp",
    subject="慣らし保育期間中の連絡先について（桐生）",
    body=f"""ひなたのもり保育園 事務室 ご担当者様

お世話になっております。日の出産業の稲垣です。

来週から慣らし保育が始まる桐生 真琴さん（営業二課）ですが、日中は外回りが多く
会社の代表番号ではつかまりにくいため、期間中は本人の携帯へ直接ご連絡ください。

　桐生 真琴　携帯 090-6614-2087

2週目以降は通常どおり、申込書記載の連絡先で問題ありません。
{SIG_INAGAKI}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one employee's mobile number to the daycare: a single record, may warn but must go",
)

# 009 — PPAP: password ZIP of 入園申込書
add(
    sender=MORISHITA, to=[USAMI], cc=[MK_JIMU], charset="iso-2022-jp",
    subject="入園申込書一式の送付（パスワード別送）",
    body=f"""宇佐美園長

お世話になっております。日の出産業 森下です。
7月入園の相楽さん分の申込書一式（申込書・就労証明書・緊急連絡先票）を添付いたします。
ファイルはパスワード付きZIPにしております。パスワードは別メールにてお送りします。

ご査収のほどよろしくお願いいたします。
{SIG_MORISHITA}""",
    attachments=[{
        "kind": "zip", "name": "入園申込書一式_相楽.zip", "password": "Hnd2025!07",
        "files": [
            {"kind": "docx", "name": "入園申込書_相楽.docx",
             "paragraphs": ["入園申込書", "保護者氏名 相楽 美帆", "園児氏名 相楽 陽葵"]},
            {"kind": "pdf", "name": "就労証明書_相楽.pdf", "lines": ["就労証明書", "相楽 美帆"]},
        ],
    }],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP attachment cannot be inspected",
)

# 010 — reply: new text harmless, roster only in the quote
_p = people(6)
_q = "\n".join(f"> {i + 1}. {p['sei']} {p['kid']}ちゃん（{ymd(p['kid_dob'])}生）保護者 {p['sei']} {p['mei']} 様 {p['tel']}"
               for i, p in enumerate(_p))
add(
    sender=MORISHITA, to=[USAMI], charset="iso-2022-jp",
    subject="Re: 園児名簿のご確認のお願い",
    body=f"""宇佐美園長

お世話になっております。森下です。
名簿を確認いたしました。記載内容に誤りはございません。
1点だけ、3番の方は4月から所属が物流センターに変わっておりますので、
園の台帳上の勤務先欄のみ修正をお願いいたします（連絡先は変更ありません）。

引き続きよろしくお願いいたします。
{SIG_MORISHITA}

2025年4月8日(火) 17:42 宇佐美 恵 <usami.megumi@mirai-kids.co.jp>:
> 日の出産業株式会社
> 森下様
>
> いつもお世話になっております。ひなたのもり保育園の宇佐美です。
> 4月時点の貴社従業員枠の園児名簿をお送りしますので、ご確認をお願いいたします。
>
{_q}
>
> 修正がございましたら今週中にご連絡ください。
""",
    expect="pass", entities=[], detectors=[],
    note="roster appears only in the quoted mail from the daycare; new text has no personal data",
)

# 011 — 見積依頼 to three daycare operators, all in To
add(
    sender=SHINONOME,
    to=["株式会社ミライキッズ 法人営業部 <eigyo@mirai-kids.co.jp>",
        "社会福祉法人あおぞら会 法人本部 <houjin@aozorakai.or.jp>",
        "こどもの森保育 <info@kodomonomori-hoiku.co.jp>"],
    charset="utf-8",
    subject="企業主導型保育施設 共同利用枠のお見積りご依頼（日の出産業）",
    body=f"""各位

突然のご連絡失礼いたします。日の出産業株式会社 人事部の東雲と申します。

当社では、川口工場・本社の従業員向けに、2026年4月から企業主導型保育施設の
共同利用枠（従業員枠）の追加確保を検討しております。
つきましては、以下の条件でお見積りとご提案をいただけますでしょうか。

　・対象年齢：0歳児～2歳児
　・希望枠数：6～8名（年度途中の入園を含む）
　・所在地：川口駅・西川口駅から徒歩圏、または工場（領家）から車で10分以内
　・延長保育：19:30まで

恐れ入りますが、6月27日（金）までにご回答いただけますと幸いです。
{SIG_SHINONOME}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing external organisations can see each other in To: should have been Bcc",
)

# 012 — price list of the daycare to the partner company sharing the slots
add(
    sender=SHINONOME, to=[ODA], charset="iso-2022-jp",
    subject="ひなたのもり保育園 2025年度 利用料のご案内",
    body=f"""川崎電機株式会社 人事部
小田様

お世話になっております。日の出産業の東雲です。
先日お問い合わせいただいた、共同利用枠の2025年度利用料を下記にまとめました。

　区分　　　　　　 月額（従業員枠）　地域枠
　0歳児　　　　　　 37,000円　　　　 42,000円
　1・2歳児　　　　　33,000円　　　　 38,000円
　3歳児以上　　　　 無償化対象（給食費 月5,500円）
　延長保育（30分）　  300円／回
　一時預かり　　　　2,200円／日（半日1,300円）

※いずれも税込、おむつ定額サービス（月2,500円）は任意です。
※貴社負担分の請求は、これまでどおり当社経由でお願いします。

ご不明点があればお気軽にどうぞ。
{SIG_SHINONOME}""",
    expect="pass", entities=[], detectors=[],
    note="price list to a partner company: no personal data",
)

# 013 — 社外秘 page header on a PDF to the daycare operator
add(
    sender=SHINONOME, to=[USAMI], charset="utf-8",
    subject="委託条件の比較表をお送りします",
    body=f"""宇佐美様

お世話になっております。東雲です。
本日の打合せで話題に出た委託条件の比較表（社内検討用に作成したもの）を添付します。
次回までに、貴社側で調整可能な項目にチェックをいただけますと助かります。

よろしくお願いいたします。
{SIG_SHINONOME}""",
    attachments=[{
        "kind": "pdf", "name": "委託条件比較表_202506.pdf", "title": "委託条件比較表",
        "page_header": "社外秘", "page_footer": "日の出産業株式会社 人事部",
        "lines": ["企業主導型保育施設 委託条件比較（2025年6月 人事部作成）", ""],
        "table": [["項目", "ミライキッズ", "あおぞら会", "当社希望"],
                  ["従業員枠 単価（月額）", "33,000円", "35,500円", "32,000円以下"],
                  ["枠の確保料", "なし", "年額 60万円", "なし"],
                  ["延長保育", "19:30", "20:00", "20:00"],
                  ["病児保育の提携", "あり", "なし", "あり"],
                  ["解約予告", "6か月", "3か月", "3か月"]],
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached PDF carries a 社外秘 header stamp, sent outside",
)

# 014 — HTML-only mail with a table of parents' contacts for the daycare's app
_p = people(6)
_tr = "\n".join(
    f"<tr><td>{p['sei']} {p['kid']}</td><td>{kid_class(p['kid_dob'])}</td><td>{p['sei']} {p['mei']}</td>"
    f"<td>{p['mail']}</td><td>{p['tel']}</td></tr>" for p in _p)
add(
    sender=INAGAKI, to=[AOZORA], charset="utf-8",
    subject="保護者連絡用メールアドレスのご登録をお願いします",
    html=f"""<html><body>
<p>そらいろ保育園 事務局 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 総務部の稲垣です。<br>
連絡アプリへの切り替えに伴い、当社従業員枠のご家庭の登録用アドレスを下表のとおりお送りします。<br>
会社アドレスではなく、保護者ご本人が普段使っているアドレスです。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>園児名</th><th>クラス</th><th>保護者名</th><th>メールアドレス</th><th>携帯電話</th></tr>
{_tr}
</table>
<p>登録完了のご連絡は私宛にいただければ、各保護者に社内で周知いたします。</p>
<p>--<br>日の出産業(株) 総務部 福利厚生グループ<br>稲垣 拓真<br>TEL: 048-226-7288</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML table of 6 parents with private e-mail and mobile, to the external daycare",
)

# 015 — internal: employee asks her manager for 看護休暇, diagnosis stated
add(
    sender="桐生 真琴 <kiryu.makoto@hinode-sangyo.co.jp>",
    to=["鳥羽 修一 <toba.shuichi@hinode-sangyo.co.jp>"],
    cc=["人事部 労務課 <roumu@mail.hinode-sangyo.co.jp>"], charset="iso-2022-jp",
    subject="子の看護休暇の申請（6/10～6/12）",
    body="""鳥羽課長

お疲れさまです。桐生です。
長女の紬が昨夜から高熱で、今朝小児科でインフルエンザA型と診断されました。
保育園は解熱後3日まで登園できないため、6/10（火）～6/12（木）の3日間、
子の看護休暇を取得させてください。

6/11のサカエ物産さんとの打合せは、高砂さんに同行をお願い済みです。
急ぎの連絡は携帯にお願いします。

勤怠システムへの入力は本日中に行います。
ご迷惑をおかけしますが、よろしくお願いいたします。

営業二課 桐生""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="child's diagnosis, but only internal recipients (subdomain included)",
)

# 016 — 在留カード番号 of a foreign employee, to the daycare
add(
    sender=MORISHITA, to=[MK_JIMU], charset="utf-8",
    subject="入園手続き：本人確認書類の記載事項（ヌエンさん）",
    body=f"""ひなたのもり保育園 事務室 ご担当者様

お世話になっております。日の出産業の森下です。
品質管理部のヌエンさんの入園申込について、本人確認書類の写しが不鮮明とのことでしたので、
記載事項を書き起こしてお送りします。

　氏名　　　　　NGUYEN THI LAN（ヌエン・ティ・ラン）
　生年月日　　　1994年3月17日
　在留カード番号 UH48201736FA
　在留資格　　　技術・人文知識・国際業務
　在留期間満了日 2027年9月30日

写しは改めて本人から撮り直したものを提出させます。
{SIG_MORISHITA}""",
    expect="stop", entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="residence card number of a named employee sent outside",
)

# 017 — list of facilities (businesses), not people
add(
    sender=SHINONOME, to=[ODA], charset="iso-2022-jp",
    subject="川口エリアの病児保育施設（ご参考）",
    body=f"""小田様

お世話になっております。東雲です。
先日の定例会で話題になった病児・病後児保育施設を、当社で把握している範囲でまとめました。
利用登録は各施設で直接、事前に必要です。

■くすのき小児科 病児保育室ぽかぽか
　川口市本町2-7-3　TEL 048-222-4170　定員6名　8:00-18:00
■川口中央病院 病後児保育室ひだまり
　川口市栄町1-14-9　TEL 048-251-3300　定員4名　8:30-17:30
■西川口こどもクリニック 病児保育たんぽぽ
　川口市西川口4-2-21　TEL 048-256-8812　定員3名
■わらび小児科 病児保育ルーム
　蕨市中央3-9-1　TEL 048-431-0726　定員5名
■戸田すこやか病児保育室
　戸田市上戸田2-20-5　TEL 048-446-9025　定員4名
■鳩ヶ谷キッズクリニック 病後児室
　川口市鳩ヶ谷本町1-3-18　TEL 048-283-5547　定員2名

※料金は各施設1日2,000円前後、市外在住の場合は加算あり。
{SIG_SHINONOME}""",
    expect="pass", entities=[], detectors=[],
    note="a list of facilities with addresses and switchboards: businesses, not people",
)

# 018 — マイナンバー in the body, to the city's 保育課
_mn = my_number(SEED + 0)
add(
    sender=MORISHITA, to=[CITY], charset="iso-2022-jp",
    subject="施設等利用給付認定申請書の記載内容について（羽賀）",
    body=f"""東浜市 こども未来部 保育課 ご担当者様

お世話になっております。日の出産業株式会社 人事部の森下と申します。
当社従業員の羽賀 健一が提出した施設等利用給付認定申請書について、
個人番号欄の記入漏れのご連絡をいただきましたので、本人の了解を得て代わりにお知らせします。

　申請者氏名　羽賀 健一（はが けんいち）
　生年月日　　昭和62年11月4日
　住所　　　　東浜市緑が丘3-8-14
　個人番号　　{_mn[:4]} {_mn[4:8]} {_mn[8:]}

対象児童は長男 羽賀 湊（令和2年9月21日生）です。
ご確認のほど、よろしくお願いいたします。
{SIG_MORISHITA}""",
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="an employee's My Number sent by mail to the city",
)

# 019 — corrupt XLSX to the babysitter company
add(
    sender=INAGAKI, to=[BCS], charset="iso-2022-jp",
    subject="5月分 法人契約 利用実績の照合",
    body=f"""ベビーケアサポート 法人窓口 ご担当者様

お世話になっております。日の出産業の稲垣です。
5月分のご請求について、当社側の集計表と照合した結果を添付します。
差異は3件で、いずれも延長時間の端数処理の違いと思われます。

ご確認をお願いいたします。
{SIG_INAGAKI}""",
    attachments=[{"kind": "corrupt", "name": "利用実績照合_2025年5月.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached workbook is corrupt and cannot be inspected",
)

# 020 — English inquiry to a nanny agency, standard disclaimer
add(
    sender=SHINONOME, to=["Claire Whitfield <claire.whitfield@tokyo-nanny.com>"], charset="utf-8",
    subject="Inquiry: bilingual nanny services for our relocating staff",
    body=f"""Dear Ms. Whitfield,

Thank you for your time on the phone yesterday.

As mentioned, Hinode Sangyo will welcome several engineers from our Penang and Dallas
offices this autumn, some of whom will relocate with small children. We are looking at
a corporate arrangement for bilingual (English/Japanese) nannies around Kawaguchi and
northern Tokyo, mainly for pick-ups from daycare and evening care until about 20:00.

Could you send us:
 - your corporate plan and hourly rates (weekday / weekend / sick-child care),
 - how matching and the first meeting with a family usually work,
 - whether your service qualifies for the government babysitter discount vouchers.

We do not need any family details at this stage; we will share them only once a
contract is in place.
{SIG_EN}
{DISC_EN}""",
    expect="pass", entities=[], detectors=[],
    note="business inquiry in English with a standard confidentiality disclaimer",
)

# 021 — 総合振込 CSV with employees' bank accounts, to the partner bank
_p = people(6)
_banks = [("0161", "みどり"), ("0005", "ミツビシUFJ"), ("9900", "ユウチヨ"), ("0009", "ミツイスミトモ")]
add(
    sender=YABUKI, to=["大森 隆之 <oomori.takayuki@midori-ginko.co.jp>"], charset="utf-8",
    subject="総合振込データの取込エラーについて",
    body=f"""みどり銀行 法人営業部
大森様

いつもお世話になっております。日の出産業 経理部の矢吹です。

本日、ベビーシッター補助の立替精算分を総合振込でアップロードしたところ、
「レコード区分不正」のエラーで取り込めませんでした。
実際にアップロードしたファイルを添付しますので、どこが原因か見ていただけますでしょうか。
振込指定日が6/30のため、できれば明日中に再送したいと考えております。

お手数をおかけしますが、よろしくお願いいたします。
{SIG_YABUKI}""",
    attachments=[{
        "kind": "csv", "name": "sogo_furikomi_20250630.csv", "encoding": "utf-8",
        "rows": [["銀行コード", "銀行名", "支店コード", "預金種目", "口座番号", "受取人名", "金額"]]
                + [[b[0], b[1], f"{rng.randint(1, 899):03d}", "1", f"{rng.randrange(10 ** 7):07d}",
                    f"{p['sei_kana']} {p['mei_kana']}", rng.choice([8800, 13200, 17600, 4400])]
                   for p, b in zip(_p, [rng.choice(_banks) for _ in _p])],
    }],
    expect="stop", entities=["JP_BANK_ACCOUNT", "PERSON_NAME"], detectors=["personal_data"],
    note="transfer file with 6 employees' bank accounts and names sent to the bank by mail",
)

# 022 — 勤怠システムの設定依頼 to the real partner domain, no personal data
add(
    sender=ODAGIRI, to=["ツバサシステム サポートデスク <support@tsubasa-system.jp>"],
    cc=[MORISHITA], charset="iso-2022-jp",
    subject="【設定依頼】休暇区分「子の看護等休暇」の追加（4月改正対応）",
    body="""ツバサシステム株式会社 サポートデスク
飯塚様

お世話になっております。日の出産業 情報システム部の小田切です。
育児・介護休業法の改正に合わせ、勤怠システムの休暇区分を以下のとおり変更したいと考えています。

1. 区分名の変更：「子の看護休暇」→「子の看護等休暇」
2. 取得事由の選択肢を追加
   - 病気・けが
   - 予防接種・健康診断
   - 感染症に伴う学級閉鎖等
   - 入園（入学）式・卒園式
3. 対象年齢の判定を「小学校就学前」→「小学校3年生修了まで」に変更
4. 時間単位取得（中抜けなし）は現行どおり

テスト環境での設定手順書、または作業見積りをいただけますでしょうか。
本番反映は7月1日を希望しています。

--
情報システム部 小田切（内線 2480）""",
    expect="pass", entities=[], detectors=[],
    note="system configuration request to a partner; no personal data",
)

# 023 — look-alike of the partner tsubasa-system.jp (letter dropped)
add(
    sender=MORISHITA, to=["飯塚 様 <iizuka@tsubasa-sytem.jp>"], charset="iso-2022-jp",
    subject="看護休暇の残日数計算についての質問",
    body=f"""ツバサシステム 飯塚様

お世話になっております。日の出産業 人事部の森下です。
先日設定いただいた看護等休暇の残日数について、1点確認させてください。

付与日は「毎年4月1日」の設定ですが、年度途中に2人目の子が生まれた社員の場合、
上限5日→10日への切り替えは出生日で自動的に行われますでしょうか。
それとも人事側で手動で付与日数を変更する必要がありますでしょうか。

運用マニュアルに追記したいので、ご回答をお待ちしております。
{SIG_MORISHITA}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="tsubasa-sytem.jp is a look-alike of the partner tsubasa-system.jp",
)

# 024 — child's health insurance card symbol/number to the daycare
add(
    sender=INAGAKI, to=[MK_JIMU], charset="shift_jis",
    subject="入園書類の不足分について（相楽 陽葵ちゃん）",
    body=f"""ひなたのもり保育園 事務室 御中

いつもお世話になっております。日の出産業の稲垣です。
ご指摘いただいた不足書類のうち、健康保険証の写しの代わりに、記載事項をお知らせします。
（本人がマイナ保険証のみのため、資格情報のお知らせから転記しています）

　被保険者氏名　相楽 美帆
　対象児童　　　相楽 陽葵（令和5年8月2日生）
　保険者番号　　06131529
　記号　　　　　1207　番号　348　枝番　02

原本確認が必要でしたら、入園前面談の際に本人が持参いたします。
{SIG_INAGAKI}""",
    expect="stop", entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="health insurance symbol/number of a named child sent outside",
)

# 025 — a normal three-way mail: daycare + partner company
add(
    sender=SHINONOME, to=[USAMI, ODA], cc=[MORISHITA], charset="iso-2022-jp",
    subject="共同利用 定例会（7月）の日程調整",
    body=f"""宇佐美園長
川崎電機 小田様

お世話になっております。日の出産業の東雲です。
7月の共同利用定例会の候補日をお送りします。ご都合のよい日をお知らせください。

　① 7月 9日（水）14:00～15:00
　② 7月11日（金）10:00～11:00
　③ 7月16日（水）15:00～16:00

場所は前回同様、保育園2階の多目的室をお借りできればと思います。
議題：秋の入園枠の配分、延長保育の利用実績、防災訓練の保護者参加について

よろしくお願いいたします。
{SIG_SHINONOME}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To: a normal meeting mail",
)

# 026 — FW of an internal list of 看護休暇 with illnesses, to the external 社労士
add(
    sender=MORISHITA, to=[SASAKI], charset="iso-2022-jp",
    subject="FW: 5月 子の看護休暇 取得者（各課報告まとめ）",
    body=f"""佐々木先生

お世話になっております。森下です。
先日ご相談した取得日数の上限管理の件、実際の状況が分かるよう各課からの報告をそのまま転送します。
時間単位での取得が多い課と、まとめて取る課で傾向が分かれています。

{SIG_MORISHITA}

-----Original Message-----
From: 久遠寺 綾 <kuonji.aya@hinode-sangyo.co.jp>
Sent: Monday, June 2, 2025 9:14 AM
To: 森下 沙織 <morishita.saori@hinode-sangyo.co.jp>
Subject: 5月 子の看護休暇 取得者（各課報告まとめ）

森下さん
各課から上がってきた5月分です。

氏名            所属            取得        事由
--------------- --------------- ----------- ------------------------------
早乙女 彩花     営業一課        2日         長男 水痘（みずぼうそう）
木全 直樹       製造部          3時間×2回  長女 アトピー性皮膚炎 通院
瀬戸口 由佳     物流センター    3日         次男 ノロウイルス胃腸炎
宮城 大輔       開発部          1日         長男 喘息発作 受診
柊 恵美         購買部          0.5日       長女 4種混合 予防接種
渡会 俊介       技術サービス課  2日         双子 溶連菌感染症

久遠寺""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a forward is new text: 6 named employees with their children's illnesses, sent outside",
)

# 027 — one free-mail recipient: the employee herself on 育休
add(
    sender=MORISHITA, to=["sagara.miho.0612@gmail.com"], charset="iso-2022-jp",
    subject="復職と入園手続きのご案内",
    body=f"""相楽さん

ご無沙汰しております。人事部の森下です。
私用アドレスに失礼します。陽葵ちゃんの7月入園、内定のご連絡が園から届きました。おめでとうございます。

復職までの流れをまとめますので、ご確認ください。

1) 6/20まで　復職日の確定（所属長と面談、Teamsで可）
2) 6/25まで　入園申込書・緊急連絡先票を園へ提出（書式は園から郵送されます）
3) 7/1～　　慣らし保育（1～2週間）、この期間は短時間勤務の申請ができます
4) 7/14　　 復職

社内の手続き書類は、復職日にまとめてお渡しします。
ご不明な点があれば、このアドレス宛に返信いただいて構いません。
{SIG_MORISHITA}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient (the employee herself), no list or sensitive data",
)

# 028 — DOCX table: 入園前面談の日程 with parents' mobiles
_p = people(7)
add(
    sender=SHINONOME, to=[AOZORA], charset="utf-8",
    subject="入園前面談の日程表（日の出産業 従業員枠）",
    body=f"""そらいろ保育園 事務局 ご担当者様

お世話になっております。日の出産業の東雲です。
ご依頼いただいた入園前面談の日程を、社内で希望を取りまとめて表にしました。
当日の連絡は各保護者の携帯へ直接お願いできますでしょうか。

ご確認のほどよろしくお願いいたします。
{SIG_SHINONOME}""",
    attachments=[{
        "kind": "docx", "name": "入園前面談_日程表.docx",
        "paragraphs": ["そらいろ保育園 入園前面談 日程表（日の出産業株式会社 従業員枠）",
                       "面談場所：そらいろ保育園 1階 相談室／所要 約30分"],
        "tables": [[["日時", "保護者氏名", "園児名（月齢）", "携帯電話"]]
                   + [[f"9/{8 + i // 2}（{'月火水木金'[(i // 2) % 5]}）{'10:00' if i % 2 == 0 else '13:30'}",
                       f"{p['sei']} {p['mei']}", f"{p['kid']}（{rng.randint(6, 30)}か月）", p["tel"]]
                      for i, p in enumerate(_p)]],
    }],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="DOCX table with 7 parents' names and mobile numbers to an external daycare",
)

# 029 — corporate card number for the babysitter service
_cc = card_number(SEED + 0)
add(
    sender=INAGAKI, to=[BCS], charset="iso-2022-jp",
    subject="法人契約の決済カード登録について",
    body=f"""ベビーケアサポート 法人窓口
ご担当者様

お世話になっております。日の出産業の稲垣です。
法人契約の月額基本料と、会社負担分の利用料の決済について、
Webフォームがエラーで登録できなかったため、メールにてお送りいたします。

　カード番号　{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限　　09/28
　名義　　　　HINODE SANGYO CO LTD

登録が完了しましたらご連絡ください。
{SIG_INAGAKI}""",
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a (corporate) credit card number sent in clear to an outside company",
)

# 030 — invoice handling with the daycare's T-number
_t = corp_number("201104873512")
add(
    sender=YABUKI, to=["ミライキッズ 経理 <seikyu@mirai-kids.co.jp>"], charset="shift_jis",
    subject="請求書（No.MK-2025-0612）の登録番号について",
    body=f"""株式会社ミライキッズ 経理ご担当者様

お世話になっております。日の出産業 経理部の矢吹です。
6月分の利用料のご請求書（No.MK-2025-0612、金額 1,287,000円）を受領いたしました。

1点、適格請求書発行事業者の登録番号が「T{_t[:-1]}」と1桁欠けているようです。
国税庁の公表サイトでは T{_t} と確認できましたので、
お手数ですが訂正したご請求書の再発行をお願いできますでしょうか。
支払予定日（7月末）には影響ございません。
{SIG_YABUKI}""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice number and a company's registration number: business data only",
)

# 031 — records without a name column, tab-separated
_p = people(6)
_tsv = "\n".join(f"{p['emp']}\t{ymd(p['kid_dob'])}\t{p['tel']}\t{p['addr']}" for p in _p)
add(
    sender=MORISHITA, to=[MK_JIMU], charset="utf-8",
    subject="追加申込分（10月入園）のデータ",
    body=f"""事務室ご担当者様

お世話になっております。森下です。
10月入園の追加申込6件分です。氏名は申込書原本でご確認いただくとのことでしたので、
社員番号で管理しています（Excelから貼り付けています）。

社員番号\t園児生年月日\t保護者携帯\t現住所
{_tsv}

よろしくお願いします。
{SIG_MORISHITA}""",
    expect="stop", entities=["DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="6 records (employee no., child DOB, mobile, home address) without a name column, sent outside",
)

# 032 — mentions 社外秘 in running text only; summary of rules
add(
    sender=SHINONOME, to=[USAMI], charset="iso-2022-jp",
    subject="Re: 当社の看護休暇制度について",
    body=f"""宇佐美園長

お世話になっております。東雲です。
お問い合わせの件、当社の育児・介護休業規程は社外秘の扱いとしているため
規程そのものはお渡しできないのですが、保護者対応に必要な範囲で要点をお伝えします。

・子の看護等休暇：子1人につき年5日（2人以上は10日）、時間単位で取得可
・対象：小学校3年生修了まで（4月から拡大）
・事由：病気・けが、予防接種・健診、学級閉鎖等、入園式・卒園式
・看護休暇中の呼出しの際は、園から本人携帯へ直接ご連絡いただいて問題ありません

園だよりで紹介していただけるとのこと、ありがとうございます。
{SIG_SHINONOME}

> 貴社の看護休暇の制度について、保護者向けのお便りで紹介したいので
> 概要を教えていただけますか。""",
    expect="pass", entities=[], detectors=[],
    note="the word 社外秘 appears in running text, not as a marking; content is a public summary",
)

# 033 — religion (給食の配慮) of a named child, to the daycare
add(
    sender=INAGAKI, to=[MK_JIMU], cc=[MORISHITA], charset="utf-8",
    subject="給食の個別対応のお願い（10月入園 カーン・アリヤちゃん）",
    body=f"""ひなたのもり保育園 事務室
栄養士 ご担当者様

お世話になっております。日の出産業の稲垣です。
10月から1歳児クラスに入園予定のカーン・アリヤちゃん（保護者：当社 開発部 カーン・イムラン）について、
ご家庭がイスラム教を信仰されており、宗教上の理由で以下の除去をお願いしたいとのことです。

　・豚肉およびラード・ゼラチン等の豚由来原料
　・みりん・料理酒などアルコールを含む調味料
　・ハラール認証のない肉類（鶏肉・牛肉）は代替食で対応希望

ご対応が難しい項目があれば、面談の際にご相談させてください。
{SIG_INAGAKI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="religion of a named family (要配慮) sent to an external daycare",
)

# 034 — unencrypted ZIP: CSV of 12 employees eligible for childcare measures, to 社労士
_p = people(12)
add(
    sender=MORISHITA, to=[SASAKI], charset="iso-2022-jp",
    subject="両立支援制度 対象者データのご送付",
    body=f"""佐々木先生

いつもお世話になっております。森下です。
来月の制度見直しのシミュレーション用に、対象者データをお送りします。
ZIPにまとめていますが、パスワードはかけておりません。

よろしくお願いいたします。
{SIG_MORISHITA}""",
    attachments=[{
        "kind": "zip", "name": "両立支援_対象者データ.zip",
        "files": [
            {"kind": "csv", "name": "対象者一覧.csv", "encoding": "cp932",
             "rows": [["社員番号", "氏名", "生年月日", "入社日", "子の生年月日", "短時間勤務", "看護休暇残"]]
                     + [[p["emp"], f"{p['sei']} {p['mei']}", ymd(p["dob"]), f"20{rng.randint(8, 22):02d}/04/01",
                         ymd(p["kid_dob"]), rng.choice(["あり", "なし", "なし"]), rng.choice([5, 3.5, 2, 10, 4])]
                        for p in _p]},
            {"kind": "txt", "name": "readme.txt",
             "text": "看護休暇残は2025/5/31時点、時間単位取得分は0.125日単位で換算しています。"},
        ],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="ZIP (not encrypted) holding a CSV of 12 employees with DOBs, sent to an outside office",
)

# 035 — company-wide notice, internal only
add(
    sender="人事部 <jinji@hinode-sangyo.co.jp>", to=["全社員 <all-staff@hinode-sangyo.co.jp>"],
    charset="iso-2022-jp",
    subject="【人事部】4月1日から「子の看護等休暇」に変わります",
    body="""社員各位

人事部よりお知らせします。
育児・介護休業法の改正に伴い、4月1日から「子の看護休暇」は「子の看護等休暇」となり、
以下のとおり使いやすくなります。

■対象となる子：小学校就学前 → 小学校3年生修了まで
■取得できる事由：これまでの病気・けが、予防接種・健診に加えて
　　・感染症に伴う学級閉鎖・学年閉鎖
　　・入園（入学）式、卒園式
■勤続6か月未満の社員も取得できるようになります

日数（1人5日、2人以上10日）と時間単位での取得は変わりません。
申請は従来どおり勤怠システムの「休暇申請」からお願いします。

問い合わせ：人事部 労務課（内線 2315）""",
    expect="pass", entities=[], detectors=[],
    note="internal company-wide notice",
)

# 036 — three babysitter companies visible in To/Cc
add(
    sender=INAGAKI, to=[BCS],
    cc=["シッターナビ 法人営業 <sales@sitter-navi.com>", "ほいくママ 法人担当 <biz@hoikumama.co.jp>"],
    charset="iso-2022-jp",
    subject="ベビーシッター法人契約 お見積りのお願い",
    body=f"""ご担当者様

お世話になっております。日の出産業株式会社 総務部の稲垣です。
来年度から従業員向けのベビーシッター法人契約の導入を検討しており、
以下の条件でお見積りをお願いできますでしょうか。

・想定利用者：30家庭前後（うち病児対応希望 10家庭程度）
・利用時間：平日 17:00～21:00 が中心、土曜の利用もあり
・割引券（内閣府事業）との併用可否
・初期費用、月額基本料、1時間あたりの単価

7月4日（金）までにご回答いただけますと幸いです。
{SIG_INAGAKI}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing external vendors can see each other in To/Cc: should have been Bcc",
)

# 037 — look-alike of the partner bank (dropped "co.")
add(
    sender=YABUKI, to=["大森 隆之 <oomori.takayuki@midori-ginko.jp>"], charset="iso-2022-jp",
    subject="7月の振込予定について",
    body=f"""みどり銀行 大森様

お世話になっております。日の出産業の矢吹です。
7月はベビーシッター補助の精算と保育園利用料の支払いが重なるため、
25日の総合振込は通常より件数が多くなる見込みです（約60件）。
締め時刻の延長が必要になりそうでしたら、事前に相談させてください。
{SIG_YABUKI}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="midori-ginko.jp is the partner midori-ginko.co.jp with 'co.' dropped",
)

# 038 — four people's names and e-mails (under the list threshold)
add(
    sender=INAGAKI, to=["シッターナビ 法人営業 <sales@sitter-navi.com>"], charset="utf-8",
    subject="法人会員の先行登録（4名）",
    body=f"""シッターナビ株式会社
法人営業ご担当者様

お世話になっております。日の出産業の稲垣です。
トライアル利用の先行登録として、以下4名分の招待メールの送付をお願いします。

　桐生 真琴　　kiryu.makoto@hinode-sangyo.co.jp
　相楽 美帆　　sagara.miho@hinode-sangyo.co.jp
　羽賀 健一　　haga.kenichi@hinode-sangyo.co.jp
　一ノ瀬 奈緒　ichinose.nao@hinode-sangyo.co.jp

いずれも会社アドレスです。お子さまの情報は各自が登録時に入力します。
{SIG_INAGAKI}""",
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="four people's names and work e-mails: below the five-person list threshold, may warn",
)

# 039 — parent's disability, to the daycare
add(
    sender=MORISHITA, to=[USAMI], charset="iso-2022-jp",
    subject="送迎時の駐車スペースについてのご相談",
    body=f"""宇佐美園長

お世話になっております。森下です。
11月入園予定の加賀谷 陽翔くんの保護者（当社 品質管理部 加賀谷 亮さん）から相談がありました。

加賀谷さんは下肢に障害があり（身体障害者手帳 3級）、車椅子で送迎されます。
正門前の送迎用スペースのうち、スロープに近い1台分を優先的に使わせていただけないでしょうか。
また、2階の保育室への移動が必要な行事の際は、事前にご相談させてください。

ご本人からは、園の職員の方にお伝えいただいて構わないと了解をいただいています。
{SIG_MORISHITA}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's disability (要配慮) sent to an external daycare, even with consent",
)

# 040 — reply; the clinic's message about a child's diagnosis is only quoted
add(
    sender=INAGAKI, to=["病児保育室ぽかぽか <byoji@kusunoki-kids.jp>"], charset="iso-2022-jp",
    subject="RE: 病児保育のご利用について（日の出産業様 法人契約）",
    body=f"""病児保育室ぽかぽか ご担当者様

お世話になっております。日の出産業の稲垣です。
ご連絡ありがとうございました。法人契約の利用枠（月20日）の残数は、
当社側でも毎月10日に確認するようにいたします。
今月分は、ご請求書の明細に利用日のみ記載いただければ十分です。

引き続きよろしくお願いいたします。
{SIG_INAGAKI}

-----Original Message-----
From: 病児保育室ぽかぽか <byoji@kusunoki-kids.jp>
Sent: Thursday, June 12, 2025 4:05 PM
To: 稲垣 拓真 <inagaki.takuma@hinode-sangyo.co.jp>
Subject: 病児保育のご利用について（日の出産業様 法人契約）

日の出産業 稲垣様

本日、貴社の蓮見様のお子さま（蓮見 凛ちゃん、2歳）を
突発性発疹の診断でお預かりしました。明日もご利用予約をいただいています。
今月の法人枠は残り7日となっておりますのでお知らせいたします。

くすのき小児科 病児保育室ぽかぽか""",
    expect="pass", entities=[], detectors=[],
    note="the child's diagnosis is only in the quoted original from the clinic; new text is harmless",
)

# 041 — multi-sheet XLSX roster with title row and an allergy column, to the daycare
_p = people(14)
_allergy = ["なし", "なし", "なし", "卵（除去）", "なし", "乳・卵（除去）", "なし", "小麦（微量可）",
            "なし", "なし", "えび・かに", "なし", "なし", "なし"]


def _sheet(ps, al, cls):
    return ([[f"2025年度 日の出産業株式会社 従業員枠 利用者名簿（{cls}）"], ["作成：総務部 福利厚生G"],
             ["園児氏名", "ふりがな", "生年月日", "保護者氏名", "所属", "携帯電話", "住所", "食物アレルギー"]]
            + [[f"{p['sei']} {p['kid']}", f"{p['sei_kana']} {p['kid_kana']}", wareki(p["kid_dob"], "abbr"),
                f"{p['sei']} {p['mei']}", p["dept"], p["tel"], p["addr"], a] for p, a in zip(ps, al)])


add(
    sender=INAGAKI, to=[MK_JIMU], cc=[USAMI], charset="utf-8",
    subject="2025年度 利用者名簿（日の出産業分）の提出",
    body=f"""ひなたのもり保育園
事務室ご担当者様、宇佐美園長

お世話になっております。日の出産業の稲垣です。
年度初めの利用者名簿を、クラス別シートにして提出いたします。
食物アレルギーは各家庭の申告どおり転記していますので、詳細は面談でご確認ください。

{SIG_INAGAKI}""",
    attachments=[{
        "kind": "xlsx", "name": "2025年度_利用者名簿_日の出産業.xlsx",
        "sheets": {cls: _sheet([p for p in _p if p["kid_dob"][0] == y],
                               [a for p, a in zip(_p, _allergy) if p["kid_dob"][0] == y], cls)
                   for y, cls in ((2024, "0歳児"), (2023, "1歳児"), (2022, "2歳児"), (2021, "3歳児"))},
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="14-child roster (DOB, parent, mobile, address, food allergies) in a multi-sheet XLSX, sent outside",
)

# 042 — hotel event with a childcare room: only head counts
add(
    sender=KUONJI, to=["宴会予約課 <banquet@sakura-hotel.jp>"], charset="iso-2022-jp",
    subject="ファミリーデー（10/18）託児ルームの追加手配",
    body=f"""さくらホテル 宴会予約課
ご担当 松浦様

いつもお世話になっております。日の出産業 総務部の久遠寺です。
10月18日（土）のファミリーデーにつき、参加申込の集計が出ましたので
託児ルームの追加手配をお願いいたします。

　0～2歳　　 8名（授乳・おむつ替えスペース希望）
　3～5歳　　14名
　小学生　　 6名（別室でワークショップ）

保育スタッフはベビーケアサポート社から5名派遣予定です。
控室として小宴会場「桔梗」をあわせて押さえていただけますでしょうか。
{SIG_KUONJI}""",
    expect="pass", entities=[], detectors=[],
    note="head counts by age for an event: no person-level data",
)

# 043 — 【社外秘】 stamp at the top of the mail body, to the partner company
add(
    sender=SHINONOME, to=[ODA], charset="iso-2022-jp",
    subject="2026年度 運営費負担の試算（ご共有）",
    body=f"""【社外秘】

小田様

お世話になっております。東雲です。
来年度の共同利用にかかる運営費負担について、当社案の試算をお送りします。

　総額（年間）　　　　　 18,600千円
　　うち助成金充当見込み　12,900千円
　　企業負担　　　　　　  5,700千円
　当社：貴社 按分　　　　 60：40（枠数比）
　貴社ご負担見込み　　　  2,280千円（前年比 +180千円）

按分比率については、実利用の日数ベースにする案もありますので、
定例会でご意見をいただければと思います。
{SIG_SHINONOME}""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the mail itself is stamped 【社外秘】 and goes outside",
)

# 044 — driver's licence number for sitter-service ID verification
add(
    sender=INAGAKI, to=["シッターナビ 会員サポート <support@sitter-navi.com>"], charset="shift_jis",
    subject="本人確認書類の代行登録について（設楽）",
    body=f"""シッターナビ 会員サポート ご担当者様

お世話になっております。日の出産業の稲垣です。
法人会員の設楽 悠介さん（当社 開発部）が、アプリから免許証画像をアップロードできないとのことで、
本人に代わって記載事項をお送りします。

　氏名　　　　　設楽 悠介
　生年月日　　　平成元年6月30日
　住所　　　　　埼玉県川口市戸塚2-11-4 メゾン芝203
　運転免許証番号 第 3019 0451 2830 号
　有効期限　　　令和9年7月30日まで

登録後、本人のアプリで確認できるようになりましたらお知らせください。
{SIG_INAGAKI}""",
    expect="stop",
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="an employee's driver's licence number (identity document) sent outside",
)

# 045 — order of supplies with product codes
add(
    sender=INAGAKI, to=["キッズサプライ 受注センター <order@kids-supply.co.jp>"], charset="shift_jis",
    subject="注文書：保育用品（日の出産業 / 発注No.HS-25-0418）",
    body=f"""キッズサプライ株式会社 受注センター 御中

お世話になっております。日の出産業の稲垣です。
保育園の備品として、下記を注文いたします。納品先は保育園（ひなたのもり保育園 川口園）です。

品番            品名                          数量   単価
--------------  ----------------------------  -----  --------
KS-BSN-200      午睡チェックセンサー           4     18,700
KS-MAT-55G      お昼寝マット（グリーン）      10      3,300
KS-FA-BOX1      園用救急セット                 2      6,820
KS-TOY-3302     布製ブロック36ピース           3      4,950

発注No.：HS-25-0418
納期：7月10日まで
請求書送付先：日の出産業株式会社 総務部 稲垣
{SIG_INAGAKI}""",
    expect="pass", entities=[], detectors=[],
    note="purchase order with product codes and prices",
)

# 046 — password-protected PDF contract
add(
    sender=SHINONOME, to=["あおぞら会 法人本部 <houjin@aozorakai.or.jp>"], charset="iso-2022-jp",
    subject="共同利用契約書（押印済）の送付",
    body=f"""社会福祉法人あおぞら会 法人本部
ご担当者様

お世話になっております。日の出産業の東雲です。
共同利用契約書の当社押印済みPDFをお送りします。
PDFには閲覧パスワードを設定しております。パスワードはお電話でお伝えします。
{SIG_SHINONOME}""",
    attachments=[{"kind": "pdf", "name": "共同利用契約書_日の出産業_押印済.pdf", "password": "aozora0701",
                  "lines": ["共同利用契約書", "日の出産業株式会社と社会福祉法人あおぞら会は…"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected",
)

# 047 — aggregate numbers only, to the subsidy body
add(
    sender=MORISHITA, to=[KIKOU], charset="utf-8",
    subject="従業員枠 利用状況報告（2025年6月1日現在）",
    body=f"""一般財団法人 児童育成推進機構
実績報告ご担当者様

日の出産業株式会社（利用契約先：ひなたのもり保育園 川口園）の森下です。
6月1日現在の従業員枠の利用状況をご報告いたします。

　年齢　　 定員　在籍　うち当社　うち共同利用先
　0歳児　　 3　　 3　　 2　　　　1
　1歳児　　 6　　 5　　 3　　　　2
　2歳児　　 6　　 6　　 4　　　　2
　3歳児以上 4　　 2　　 2　　　　0
　計　　　 19　　16　　11　　　　5

充足率は84.2％です。9月入園で2名の追加を見込んでいます。
{SIG_MORISHITA}""",
    expect="pass", entities=[], detectors=[],
    note="aggregate enrolment numbers only",
)

# 048 — daycare notice forwarded to parents' private addresses in Cc
add(
    sender=MORISHITA, to=[MORISHITA],
    cc=["miho-s@docomo.ne.jp", "kamayachi_yuka@ezweb.ne.jp", "r.kagaya.0705@gmail.com",
        "ukai-tomoya@softbank.ne.jp", "emi_hiiragi@yahoo.co.jp"],
    charset="iso-2022-jp",
    subject="【園からのお知らせ】手足口病の発生について",
    body=f"""ひなたのもり保育園をご利用の皆さま

人事部の森下です。休職中・在宅勤務中の方もいらっしゃるため、私用アドレスにお送りします。
園から以下のお知らせがありましたので転記します。

------
1歳児クラスで手足口病の発生が確認されました。
手のひら・足の裏・口の中の発疹、発熱などの症状が見られた場合は、
登園前に医療機関を受診してください。登園の際は登園届（保護者記入）が必要です。
------

ご不明な点は園へ直接お問い合わせください。
{SIG_MORISHITA}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="five private persons' addresses visible to each other in Cc: should have been Bcc",
)

# 049 — an internal mail attached as .eml (8 users with mobiles), to the sitter company
_p = people(8)
_inner = "\n".join(f"{p['sei']} {p['mei']}（{p['dept']}）　{p['tel']}" for p in _p)
add(
    sender=INAGAKI, to=[BCS], charset="utf-8",
    subject="割引券利用者の連絡先（社内まとめ）",
    body=f"""ベビーケアサポート ご担当者様

お世話になっております。稲垣です。
お問い合わせいただいた、割引券を利用予定の社員の連絡先です。
社内でまとめたメールをそのまま添付しますので、ご確認ください。
{SIG_INAGAKI}""",
    attachments=[{
        "kind": "eml", "name": "割引券利用者連絡先.eml",
        "message": {
            "sender": KUONJI, "to": [INAGAKI], "charset": "iso-2022-jp",
            "subject": "割引券 利用予定者の連絡先",
            "body": f"""稲垣さん

7月に割引券を使う予定の人の携帯です。シッター会社との日程調整用に使ってください。

{_inner}

久遠寺""",
        },
    }],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="attached mail lists 8 employees with mobile numbers, sent to an outside company",
)

# 050 — question on the law amendment to the 社労士, no personal data
add(
    sender=MORISHITA, to=[SASAKI], charset="iso-2022-jp",
    subject="看護等休暇の労使協定の見直しについて",
    body=f"""佐々木先生

お世話になっております。森下です。
4月の法改正で、子の看護等休暇について「継続雇用期間6か月未満」を労使協定で除外する
仕組みが廃止されたと理解しております。
当社の現行の労使協定にはこの除外規定が残っているため、

　・協定の再締結が必要か、それとも該当条項の失効で足りるか
　・週所定2日以下の社員の除外は引き続き有効か

について、ご教示いただけますでしょうか。
次回の訪問時（6/24）に伺う形でも構いません。
{SIG_MORISHITA}""",
    expect="pass", entities=[], detectors=[],
    note="legal question to the 社労士 without any personal data",
)

# 051 — a child's passport number (returning from an overseas posting), to the daycare
add(
    sender=MORISHITA, to=[MK_JIMU], charset="utf-8",
    subject="海外赴任からの帰任者のお子さまの入園手続きについて",
    body=f"""ひなたのもり保育園 事務室 ご担当者様

お世話になっております。日の出産業の森下です。
8月にシンガポールから帰任する仁科 智也さんのお子さまについて、
住民票の登録が入園申込の締切に間に合わないため、本人確認はパスポートで
お願いしたいとのことです。記載事項は以下のとおりです。

　園児氏名　仁科 律（にしな りつ）
　生年月日　2022年10月5日（シンガポール出生）
　旅券番号　TR7340618
　有効期限　2027年11月2日

転入届の提出後、住民票の写しを改めてお届けします。
{SIG_MORISHITA}""",
    expect="stop", entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a named child's passport number sent outside",
)

# 052 — announcement with the private addresses correctly in Bcc
add(
    sender=INAGAKI, to=[INAGAKI],
    bcc=["sagara.miho.0612@gmail.com", "k-hasumi@yahoo.co.jp", "ayaka.nonomura@icloud.com",
         "t.makabe88@gmail.com", "shitara-nao@outlook.jp"],
    charset="iso-2022-jp",
    subject="【再送】6/18 復職前説明会の参加URL",
    body=f"""育児休業中の皆さま

総務部の稲垣です。明日の説明会の参加URLをお送りします（Bccでお送りしています）。

　日時：6月18日（水）10:00～10:45
　URL ：https://teams.microsoft.com/l/meetup-join/19%3ameeting_hinode0618

資料は説明会の後、会社アドレスにもお送りしますので、当日はメモ不要です。
途中入退室も自由です。お子さまの様子に合わせてご参加ください。
{SIG_INAGAKI}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="private addresses are in Bcc, not visible to each other: must go (free-mail recipients)",
)

# 053 — 「・」 bullets: five employees with mobile numbers
_p = people(5)
_bul = "\n".join(f"・{p['sei']} {p['mei']}（{p['dept']}）{zen(p['tel']) if i % 2 else p['tel']}"
                 for i, p in enumerate(_p))
add(
    sender=INAGAKI, to=[BCS], charset="iso-2022-jp",
    subject="法人契約 利用登録者（第1陣）",
    body=f"""ベビーケアサポート 法人窓口 ご担当者様

お世話になっております。日の出産業の稲垣です。
法人契約の第1陣として、下記5名の利用登録をお願いいたします。
初回のカウンセリングのお電話は、18時以降にいただけると助かるとのことです。

{_bul}

以上、よろしくお願いいたします。
{SIG_INAGAKI}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="bullet list of 5 employees with mobile numbers (some full-width) sent outside",
)

# 054 — a child's medical certificate as PDF, for sick-child sitting
add(
    sender=INAGAKI, to=["ベビーケアサポート 病児手配 <dispatch@babycare-support.jp>"],
    charset="iso-2022-jp",
    subject="病児シッターの手配（6/19・6/20）と診断書の送付",
    body=f"""ベビーケアサポート 病児手配ご担当者様

お世話になっております。日の出産業の稲垣です。
当社社員 栗林 彩花さんのお子さまについて、病児シッターの手配をお願いします。
本人が在宅で会議に出る必要があるため、6/19（木）・6/20（金）の9:00～18:00を希望しています。
医師の診断書（写し）を添付しますので、手配時の確認にお使いください。
{SIG_INAGAKI}""",
    attachments=[{
        "kind": "pdf", "name": "診断書_栗林颯.pdf", "title": "診断書",
        "lines": ["診 断 書", "", "氏名　栗林 颯（くりばやし はやて）　男", "生年月日　令和4年2月14日",
                  "病名　溶連菌感染症", "上記により、抗菌薬内服開始後24時間は集団保育を控えること。",
                  "令和7年6月18日", "くすのき小児科　医師　楠 正臣"],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named child's medical certificate (diagnosis) attached, sent outside",
)

# 055 — internal: the daycare called, 人事 passes it on to the parent
add(
    sender=MORISHITA, to=["羽賀 健一 <haga.kenichi@mail.hinode-sangyo.co.jp>"],
    cc=["製造部 第一製造課 課長 <seizo1-mgr@hinode-sangyo.co.jp>"], charset="iso-2022-jp",
    subject="【至急】保育園から連絡がありました（湊くん）",
    body="""羽賀さん

ラインに出ていて携帯がつながらないとのことで、園から人事に電話がありました。
湊くんが昼寝のあとから38.4℃の発熱、ぐったりしているのでお迎えをお願いしたいとのことです。
園（048-2XX-XXXX）に折り返しをお願いします。

課長にもCCしています。今日の残りは看護休暇で処理して構いません。

人事部 森下""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="a child's fever passed on inside the company; all recipients internal",
)

# 056 — look-alike of the partner law firm (homoglyph l -> 1)
add(
    sender=SHINONOME, to=["白川 弁護士 <shirakawa@shirakawa-1aw.jp>"], charset="iso-2022-jp",
    subject="保育施設 利用契約書のリーガルチェックのお願い",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業 人事部の東雲です。
企業主導型保育施設の利用契約について、ミライキッズ社から最終案が届きました。
第12条（事故発生時の責任）と第18条（中途解約）を中心に、
当社に不利な点がないかご確認いただけますでしょうか。

契約書は明日、共有フォルダにアップロードいたします。
7月第1週の締結を予定しています。
{SIG_SHINONOME}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="shirakawa-1aw.jp imitates the partner shirakawa-law.jp (l replaced by 1)",
)

# 057 — the same kind of request to the real law firm, NDA/個人情報 clauses mentioned
add(
    sender=SHINONOME, to=["白川 弁護士 <shirakawa@shirakawa-law.jp>"], cc=[MORISHITA],
    charset="utf-8",
    subject="Re: 利用契約書 第9条（個人情報の取扱い）の修正案",
    body=f"""白川先生

お世話になっております。東雲です。
ご指摘いただいた第9条について、修正案を作成しましたので添付いたします。

・園が保有する園児・保護者の個人情報を当社に提供する範囲を「利用料精算に必要な範囲」に限定
・事故発生時の報告は、個人を特定しない形での一次報告を先行
・秘密保持条項は別途締結済みの秘密保持契約を準用

ご確認のほどよろしくお願いいたします。
{SIG_SHINONOME}

> 第9条は、園から貴社への情報提供の範囲が広すぎるように思います。
> 必要最小限に絞る形で修正案をご検討ください。""",
    attachments=[{
        "kind": "docx", "name": "利用契約書_第9条修正案.docx",
        "paragraphs": ["第9条（個人情報の取扱い）",
                       "1 乙は、本契約の履行に関して取得した園児及び保護者の個人情報を、個人情報保護法その他の"
                       "関係法令に従い適切に取り扱う。",
                       "2 乙は、利用料の精算に必要な範囲に限り、甲に対し利用者の氏名及び利用日数を提供する。",
                       "3 事故が発生した場合、乙は速やかに甲へ報告する。ただし一次報告は個人を特定しない形で行う。"],
    }],
    expect="pass", entities=[], detectors=[],
    note="contract clause about personal data sent to the real partner law firm; no personal data itself",
)

# 058 — English list of expat families for a nanny agency
_fam = [("Rajesh", "Iyer", "Aarav", (2021, 11, 3), "080-4471-2290", "2-14-7 Shibaura, Minato-ku, Tokyo"),
        ("Emily", "Tanaka-Brooks", "Leo", (2022, 6, 19), "090-3318-5072", "4-1-22 Ebisu, Shibuya-ku, Tokyo"),
        ("Wei", "Lin", "Yutong", (2023, 2, 8), "070-2649-8813", "1-5-3 Kawaguchi, Kawaguchi-shi, Saitama"),
        ("Marco", "Bellini", "Sofia", (2021, 4, 27), "080-9052-1146", "3-9-18 Akabane, Kita-ku, Tokyo"),
        ("Siti", "Rahman", "Adam", (2022, 12, 1), "090-7785-3021", "5-2-6 Toda, Toda-shi, Saitama")]
_en = "\n".join(f"{i + 1}. {f} {l} — child: {c}, DOB {d[0]}-{d[1]:02d}-{d[2]:02d} — mobile {t}\n   {a}"
                for i, (f, l, c, d, t, a) in enumerate(_fam))
add(
    sender=SHINONOME, to=["Claire Whitfield <claire.whitfield@tokyo-nanny.com>"], charset="utf-8",
    subject="Families for the first matching round",
    body=f"""Dear Claire,

Thank you for the contract, which our legal team has now signed.
Below are the five families for the first matching round. They are expecting a call
from your coordinators next week; evenings after 19:00 work best for most of them.

{_en}

Please let me know once the first meetings are scheduled.
{SIG_EN}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="five families (names, child DOB, mobile, home address) in romaji, sent to an outside agency",
)

# 059 — XLSX with a 個人番号 column, to the city
_p = people(6)
add(
    sender=MORISHITA, to=[CITY], charset="iso-2022-jp",
    subject="就労証明書の一括提出について（日の出産業株式会社）",
    body=f"""東浜市 こども未来部 保育課 御中

お世話になっております。日の出産業株式会社 人事部の森下です。
10月入園の申込に必要な就労証明書について、今回は6名分をExcelでまとめて提出いたします。
様式の記載事項は市の標準様式に準じております。

ご確認のほどよろしくお願いいたします。
{SIG_MORISHITA}""",
    attachments=[{
        "kind": "xlsx", "name": "就労証明書_一括_202509.xlsx",
        "sheets": {"就労証明": [["就労証明書 一括データ（事業所：日の出産業株式会社 川口本社）"],
                                ["氏名", "フリガナ", "生年月日", "住所", "個人番号", "雇用形態", "就労時間（月）"]]
                   + [[f"{p['sei']} {p['mei']}", f"{p['sei_kana']} {p['mei_kana']}", jdate(p["dob"]),
                       p["addr"], my_number(SEED + 1 + i), rng.choice(["正社員", "正社員", "契約社員"]),
                       rng.choice([160, 150, 120, 168])] for i, p in enumerate(_p)]},
    }],
    expect="stop", entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="workbook with 6 employees' My Numbers, DOBs and addresses, sent to the city by mail",
)

# 060 — tracking number for returned vouchers
add(
    sender=INAGAKI, to=["割引券事務局 <jimukyoku@zenkoku-bs.or.jp>"], charset="iso-2022-jp",
    subject="未使用割引券の返送について",
    body=f"""全国ベビーシッター協会 割引券事務局 御中

お世話になっております。日の出産業株式会社の稲垣です。
年度末で使用期限を迎えた未使用の割引券 12枚（券番号 25-00871～25-00882）を、
本日レターパックプラスで返送いたしました。

　お問い合わせ番号：3518-2764-0093

到着しましたらご確認をお願いいたします。
{SIG_INAGAKI}""",
    expect="pass", entities=[], detectors=[],
    note="voucher and tracking numbers only",
)

# 061 — harmless PDF guide to the partner company
add(
    sender=SHINONOME, to=[ODA], charset="iso-2022-jp",
    subject="入園のしおり（2025年度版）のPDF",
    body=f"""小田様

お世話になっております。東雲です。
園から2025年度版の「入園のしおり」のPDFをいただきましたので、転送用にお送りします。
貴社の社内ポータルに掲載していただいて問題ないと、園長の了承を得ています。
{SIG_SHINONOME}""",
    attachments=[{
        "kind": "pdf", "name": "入園のしおり_2025.pdf", "title": "入園のしおり 2025年度",
        "lines": ["ひなたのもり保育園 川口園　入園のしおり（2025年度）", "",
                  "開園時間　7:30～19:30（延長保育 19:30まで）", "休園日　日曜・祝日・年末年始",
                  "持ち物　着替え3組、おむつ（定額サービス利用時は不要）、食事用エプロン",
                  "登園届　感染症罹患後は医師の意見書または登園届が必要です",
                  "お問い合わせ　048-259-7700（園代表）"],
    }],
    expect="pass", entities=[], detectors=[],
    note="a public guide PDF with the daycare's switchboard only",
)

# 062 — an employee mails her own application data to her private address
add(
    sender="桐生 真琴 <kiryu.makoto@hinode-sangyo.co.jp>", to=["makoto.kiryu.1989@gmail.com"],
    charset="utf-8",
    subject="入園申込書 下書き（自宅で印刷用）",
    body="""自分用メモ。家のプリンタで印刷して手書きで清書する。

保護者氏名：桐生 真琴（きりゅう まこと）
生年月日：1989年7月22日
住所：〒335-0022 埼玉県戸田市上戸田3-6-12 パークハイツ402
携帯：090-6614-2087
勤務先：日の出産業株式会社 営業二課（川口本社）
勤務時間：9:00～17:30（時短 9:00～16:00 申請中）

園児氏名：桐生 紬（きりゅう つむぎ）
生年月日：令和4年3月9日

※就労証明書は人事の森下さんに依頼済み""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["freemail_recipient", "personal_data"],
    note="one person's own data to her own free-mail address: single record, may warn but must go",
)

# 063 — one record per block, full-width digits and 和暦 dates
_p = people(5)
_blocks = "\n\n".join(
    f"【{zen(str(i + 1))}】{p['sei']}　{p['mei']}（{p['sei_kana']}　{p['mei_kana']}）\n"
    f"　生年月日：{zen(wareki(p['dob']))}\n"
    f"　お子さま：{p['kid']}（{zen(wareki(p['kid_dob']))}生）\n"
    f"　住所：〒{zen(p['zip'])}　{zen(p['addr'])}\n"
    f"　携帯：{zen(p['tel'])}"
    for i, p in enumerate(_p))
add(
    sender=INAGAKI, to=[AOZORA], charset="shift_jis",
    subject="一時預かり登録者の情報（日の出産業）",
    body=f"""そらいろ保育園
事務局　ご担当者様

お世話になっております。日の出産業の稲垣でございます。
一時預かりの事前登録を希望する社員５名の情報をお送りいたします。
登録票の様式に合わせて転記しております。

{_blocks}

以上でございます。登録完了のご連絡をお待ちしております。
{SIG_INAGAKI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="5 records, one per block, full-width digits and 和暦 dates, sent to an external daycare",
)

# 064 — one child's mild food allergy told to a sitter: a judgement call
add(
    sender="一ノ瀬 奈緒 <ichinose.nao@hinode-sangyo.co.jp>",
    to=["ベビーケアサポート 担当 <matching@babycare-support.jp>"], charset="iso-2022-jp",
    subject="6/21 シッティングの件（一ノ瀬）",
    body="""ベビーケアサポート ご担当者様

日の出産業の法人契約で利用している一ノ瀬です。
6/21（土）13:00～18:00のシッティングについて、事前にお伝えしておきます。

息子（一ノ瀬 颯、3歳）は卵に軽いアレルギーがあるため、おやつはこちらで用意して
テーブルに置いておきます。それ以外のものは与えないようにお願いします。
お昼寝は14時ごろから1時間ほどです。

当日はよろしくお願いいたします。
一ノ瀬""",
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a parent tells the sitter of her own child's mild food allergy: health data, but shared by the parent for care",
)

# 065 — DV victim, address to be withheld: to the daycare
add(
    sender=MORISHITA, to=[USAMI], charset="iso-2022-jp",
    subject="【ご配慮のお願い】早乙女さんのお迎え対応について",
    body=f"""宇佐美園長

いつもお世話になっております。森下です。
お電話でもお伝えしましたが、念のため書面でお送りします。

当社 営業一課の早乙女 彩花さんは、元配偶者からのDV被害により、
現在、裁判所の保護命令（接近禁止）が出ている状況です。
お子さま（早乙女 結菜ちゃん、2歳児クラス）について、以下のご配慮をお願いいたします。

　1. 父親を名乗る人物からの問い合わせには、在園の有無も含めて回答しないこと
　2. お迎えは本人と、事前登録済みの祖母（早乙女 千尋さん）のみとすること
　3. 現住所は園の名簿にも記載せず、会社住所を連絡先とすること

不審な来園があった場合は、110番のうえ私の携帯（080-3927-5510）にもご連絡ください。
{SIG_MORISHITA}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee having been a DV crime victim (要配慮) sent to an external daycare",
)

# 066 — two external organisations in To: sitter company + the association
add(
    sender=INAGAKI, to=[BCS, "割引券事務局 <jimukyoku@zenkoku-bs.or.jp>"], charset="iso-2022-jp",
    subject="割引券の利用対象となるサービスの確認",
    body=f"""ベビーケアサポート 法人窓口 ご担当者様
全国ベビーシッター協会 割引券事務局 ご担当者様

お世話になっております。日の出産業の稲垣です。
お二方にまとめてお伺いしてしまい恐縮ですが、認識を揃えたく同報にてお送りします。

ベビーケアサポート社の「病児シッター（訪問型）」は、割引券の対象サービスに含まれますでしょうか。
また、1回の利用で2枚（きょうだい利用）使用する場合の上限についてもご教示ください。
社内の利用案内を来週改訂する予定です。
{SIG_INAGAKI}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To: a normal three-way question",
)

# 067 — legacy XLS: 看護休暇 record with reasons, to the 社労士
_p = people(10)
_why = ["子 発熱（突発性発疹）", "子 予防接種", "子 気管支喘息 通院", "子 インフルエンザB型", "子 嘔吐下痢",
        "子 アデノウイルス", "子 3歳児健診", "子 てんかん 定期受診", "子 骨折 通院", "子 学級閉鎖"]
add(
    sender=MORISHITA, to=[SASAKI], charset="shift_jis",
    subject="看護休暇 取得実績（2024年度）",
    body=f"""佐々木先生

お世話になっております。森下です。
労働局の調査対応に向けて、2024年度の看護休暇の取得実績を添付いたします。
古い勤怠システムから出力したため、xls形式のままで失礼いたします。
{SIG_MORISHITA}""",
    attachments=[{
        "kind": "xls", "name": "看護休暇取得実績_2024.xls",
        "sheets": {"2024年度": [["社員番号", "氏名", "所属", "取得日数", "最終取得日", "事由"]]
                   + [[p["emp"], f"{p['sei']} {p['mei']}", p["dept"], rng.choice([1, 2, 2.5, 3, 4, 5]),
                       f"2025/0{rng.randint(1, 3)}/{rng.randint(10, 28)}", w] for p, w in zip(_p, _why)]},
    }],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="legacy XLS with 10 named employees and their children's illnesses, sent outside",
)

# 068 — English reply; the agency's list of nannies only quoted
add(
    sender=SHINONOME, to=["Claire Whitfield <claire.whitfield@tokyo-nanny.com>"], charset="utf-8",
    subject="Re: Proposed nannies for the Iyer and Lin families",
    body=f"""Hi Claire,

Thanks a lot — both families were very happy with the proposals. Mr. Iyer would like
to meet the first candidate on Saturday morning; Ms. Lin will contact you directly.
Please invoice the first meetings to us under the corporate plan.

Kind regards,
Haruka

On Tue, 24 Jun 2025 at 11:02, Claire Whitfield <claire.whitfield@tokyo-nanny.com> wrote:
> Dear Haruka,
>
> Please find our proposals below:
>
> Iyer family:
>   - Maria Santos, 090-2216-4471, English/Tagalog, 8 yrs experience
>   - Yuki Morimoto, 080-7743-1029, English/Japanese, 5 yrs experience
> Lin family:
>   - Hannah Cho, 070-5521-8830, English/Korean/Japanese
>   - Akiko Fujisawa, 090-6610-2748, English/Japanese, nursery teacher licence
>
> Best,
> Claire""",
    expect="pass", entities=[], detectors=[],
    note="the nannies' contacts are only in the quoted reply from the agency",
)

# 069 — look-alike of the partner kawasaki-denki.co.jp (extra n)
add(
    sender=SHINONOME, to=["小田 京子 <oda.kyoko@kawasaki-dennki.co.jp>"], charset="iso-2022-jp",
    subject="秋の入園枠の配分について（ご相談）",
    body=f"""小田様

お世話になっております。東雲です。
9月・10月入園で空きが出る1歳児枠2つについて、配分のご相談です。
当社側の希望者は2名、貴社側も2名と伺っておりますので、
今回は各社1枠とし、残りは12月の空き状況を見て調整する案でいかがでしょうか。

ご検討のほど、よろしくお願いいたします。
{SIG_SHINONOME}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kawasaki-dennki.co.jp is a look-alike of the partner kawasaki-denki.co.jp",
)

# 070 — comma-separated names and e-mails, pasted from a CSV
_p = people(7)
_csv = "\n".join(f"{p['sei']} {p['mei']},{p['mail']}" for p in _p)
add(
    sender=INAGAKI, to=[MK_JIMU], charset="iso-2022-jp",
    subject="連絡アプリ 保護者アカウントの登録用データ",
    body=f"""ひなたのもり保育園 事務室 ご担当者様

お世話になっております。稲垣です。
連絡アプリへの登録用に、保護者の氏名とメールアドレスをお送りします。
CSVをそのまま貼り付けていますので、一括取込にお使いください。

氏名,メールアドレス
{_csv}

よろしくお願いいたします。
{SIG_INAGAKI}""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="7 parents' names with private e-mail addresses, comma-separated, sent outside",
)

# 071 — internal: account list for the daycare app, HR and IT only
_p = people(9)
add(
    sender=ODAGIRI, to=[MORISHITA], cc=[INAGAKI], charset="utf-8",
    subject="連絡アプリ SSO対象者リスト（確認依頼）",
    body="""森下さん

情シスの小田切です。
保育園の連絡アプリを会社アカウントでもログインできるようにする件、
対象者の突合結果を添付します。私用アドレスで登録済みの方は「私用」列に入れてあります。
間違いがないか見てもらえますか。

小田切""",
    attachments=[{
        "kind": "csv", "name": "sso_target.csv", "encoding": "utf-8",
        "rows": [["社員番号", "氏名", "会社アドレス", "私用"]]
                + [[p["emp"], f"{p['sei']} {p['mei']}", f"{p['mei_r']}.{p['sei_r']}@hinode-sangyo.co.jp",
                    p["mail"]] for p in _p],
    }],
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=[],
    note="list of 9 employees with e-mail addresses, internal recipients only",
)

# 072 — 基礎年金番号 to the 社労士 for the childcare-leave extension
add(
    sender=MORISHITA, to=[SASAKI], charset="iso-2022-jp",
    subject="育児休業の延長手続き（相楽 美帆）のお願い",
    body=f"""佐々木先生

お世話になっております。森下です。
相楽 美帆さんの育児休業について、保育所に入所できなかったため延長の手続きをお願いいたします。
（入所不承諾通知書は本日郵送しました）

　被保険者氏名　相楽 美帆
　生年月日　　　平成3年12月6日
　基礎年金番号　4102-583917
　子の氏名　　　相楽 陽葵
　子の生年月日　令和5年8月2日
　延長後の終了予定日　令和7年8月1日

社会保険料の免除の延長申出もあわせてお願いできれば幸いです。
{SIG_MORISHITA}""",
    expect="stop", entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="an employee's basic pension number sent outside",
)

# 073 — question to the city without personal data
add(
    sender=SHINONOME, to=[CITY], charset="iso-2022-jp",
    subject="企業主導型保育施設の地域枠と無償化の手続きについて（問い合わせ）",
    body=f"""東浜市 こども未来部 保育課 ご担当者様

日の出産業株式会社 人事部の東雲と申します。
当社が利用契約を結んでいる企業主導型保育施設の地域枠について、お伺いします。

1. 地域枠で入園する東浜市民の3歳児以上の方が無償化を受ける場合、
   施設等利用給付認定の申請は保護者から市へ直接行う形でよいでしょうか。
2. 企業として市に提出・報告すべき書類はありますでしょうか。

社内向けの案内を作成するため、概略だけでもご教示いただけますと幸いです。
{SIG_SHINONOME}""",
    expect="pass", entities=[], detectors=[],
    note="procedural question to the city; no personal data",
)

# 074 — DOCX with 部外秘 footer, to the 社労士
add(
    sender=MORISHITA, to=[SASAKI], charset="iso-2022-jp",
    subject="育児・介護休業規程 改定案のご確認",
    body=f"""佐々木先生

お世話になっております。森下です。
4月改正に対応した育児・介護休業規程の改定案（新旧対照表付き）をお送りします。
第15条（子の看護等休暇）と第16条の2（柔軟な働き方を実現するための措置）を中心に、
条文の過不足をご確認いただけますでしょうか。
{SIG_MORISHITA}""",
    attachments=[{
        "kind": "docx", "name": "育児介護休業規程_改定案_新旧対照.docx",
        "title": "育児・介護休業規程 改定案", "page_footer": "部外秘　人事部",
        "paragraphs": ["育児・介護休業規程 改定案（2025年4月施行分）",
                       "第15条（子の看護等休暇）小学校第3学年修了までの子を養育する従業員は、"
                       "負傷し、若しくは疾病にかかった子の世話、予防接種・健康診断、感染症に伴う学級閉鎖等、"
                       "入園式・卒園式への参加のために、年5日（2人以上の場合は年10日）を限度として休暇を取得できる。",
                       "第16条の2（柔軟な働き方）会社は、3歳から小学校就学前の子を養育する従業員に対し、"
                       "始業時刻の変更、テレワーク等の措置のうち2以上を講じる。"],
        "tables": [[["条", "現行", "改定案"],
                    ["15条", "小学校就学の始期に達するまで", "小学校第3学年修了まで"],
                    ["15条", "病気・けが、予防接種・健診", "＋学級閉鎖等、入園式・卒園式"],
                    ["15条3項", "勤続6か月未満を除外", "削除"]]],
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached regulations draft carries a 部外秘 footer on every page, sent outside",
)

# 075 — printing order to the partner printer
add(
    sender=KUONJI, to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"], charset="iso-2022-jp",
    subject="「仕事と子育て 両立支援ガイド」印刷のお見積り依頼",
    body=f"""錦印刷株式会社 営業部
堀口様

いつもお世話になっております。日の出産業 総務部の久遠寺です。
社員向け冊子「仕事と子育て 両立支援ガイド」の印刷をお願いしたく、お見積りをお願いします。

　仕様：A4 中綴じ 12ページ フルカラー
　部数：800部（予備含む）
　納期：8月22日（金）本社着
　入稿：7月末（PDF、トンボ付き）

裏表紙の問い合わせ先は「人事部 労務課 内線2315／roumu@hinode-sangyo.co.jp」のみ掲載します。
{SIG_KUONJI}""",
    expect="pass", entities=[], detectors=[],
    note="printing order to a partner; only the company's own desk contact",
)

# 076 — look-alike of the partner printer (other TLD)
add(
    sender=KUONJI, to=["錦印刷 堀口様 <horiguchi@nishiki-insatsu.com>"], charset="iso-2022-jp",
    subject="両立支援ガイド 初校の戻し",
    body=f"""錦印刷 堀口様

お世話になっております。久遠寺です。
初校を確認しましたので、赤字を入れたPDFは別途ストレージで共有いたします。
主な修正は以下の3点です。

　・P3 表の「子の看護休暇」を「子の看護等休暇」に統一
　・P7 ベビーシッター割引券の金額「2,200円」→「4,400円」
　・P11 図版の差し替え（保育園の外観写真）

再校は8月4日ごろいただけますと助かります。
{SIG_KUONJI}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatsu.com imitates the partner nishiki-insatsu.co.jp (other TLD)",
)

# 077 — PPTX report to the partner company with a slide listing admitted families
_p = people(5)
add(
    sender=SHINONOME, to=[ODA], charset="utf-8",
    subject="共同利用 定例会資料（7月）",
    body=f"""小田様

お世話になっております。東雲です。
明日の定例会の資料をお送りします。スライド4は当社分の内定者一覧です。
{SIG_SHINONOME}""",
    attachments=[{
        "kind": "pptx", "name": "共同利用定例会_202507.pptx", "title": "共同利用 定例会 7月",
        "slides": [["共同利用 定例会（2025年7月）", "日の出産業株式会社 人事部"],
                   ["1. 利用状況", "在籍 16名（当社11／貴社5）", "充足率 84.2%"],
                   ["2. 延長保育の利用", "月平均 42回", "19:00以降の利用が増加"],
                   ["3. 秋の入園枠", "1歳児 2枠", "配分案：各社1枠"],
                   ["4. 当社 9月入園内定者"]
                   + [f"{p['sei']} {p['mei']}（{p['dept']}）　子 {p['kid']} {ymd(p['kid_dob'])}生"
                      for p in _p]],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="slide lists 5 employees with their children's names and DOBs, sent to another company",
)

# 078 — HTML + text mail: guided tour for the partner's employees
add(
    sender=SHINONOME, to=[ODA], charset="utf-8",
    subject="【ご案内】ひなたのもり保育園 見学会（川崎電機の皆さま向け）",
    body=f"""小田様

お世話になっております。東雲です。
貴社の従業員の皆さま向けの見学会を、以下の日程で園と調整しました。
社内でのご案内にお使いください。

日時：7月26日（土）10:00～11:30
場所：ひなたのもり保育園 川口園（川口市本町3-2-10）
申込：7月22日までに園（048-259-7700）へ直接
{SIG_SHINONOME}""",
    html="""<html><body>
<p>小田様</p>
<p>お世話になっております。東雲です。<br>
貴社の従業員の皆さま向けの見学会を、以下の日程で園と調整しました。社内でのご案内にお使いください。</p>
<table border="1" cellpadding="4">
<tr><th>日時</th><td>7月26日（土）10:00～11:30</td></tr>
<tr><th>場所</th><td>ひなたのもり保育園 川口園（川口市本町3-2-10）</td></tr>
<tr><th>申込</th><td>7月22日までに園（048-259-7700）へ直接</td></tr>
</table>
<p>日の出産業株式会社 人事部 人事企画課 東雲 遥<br>TEL:048-226-7305</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="event announcement with the daycare's own address and switchboard",
)

# 079 — daycare + partner company + a parent's private address: three parties visible
add(
    sender=SHINONOME, to=[USAMI, ODA], cc=["保護者会 代表 江藤 <eto.kaori.hogosha@gmail.com>"],
    charset="iso-2022-jp",
    subject="送迎時の駐車場利用ルールについて（三者打合せのお願い）",
    body=f"""宇佐美園長
川崎電機 小田様
保護者会 江藤様

お世話になっております。日の出産業の東雲です。
朝の送迎時に園前の道路で路上駐車が続いている件で、近隣から苦情が寄せられています。
駐車場の利用ルールを三者で確認したく、打合せのお時間をいただけますでしょうか。

候補：7月14日（月）18:30～／7月17日（木）18:30～（園の多目的室）
{SIG_SHINONOME}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two external organisations plus a private person see each other in To/Cc (three parties)",
)

# 080 — a child's pre-admission health check results, to the daycare
add(
    sender=INAGAKI, to=[MK_JIMU], charset="iso-2022-jp",
    subject="入園前健康診断の結果（栗林 颯くん）",
    body=f"""ひなたのもり保育園 事務室 看護師ご担当者様

お世話になっております。日の出産業の稲垣です。
保護者の栗林さんから、入園前健康診断の結果を園に伝えてほしいと依頼がありましたので、転記いたします。

　園児氏名：栗林 颯（令和4年2月14日生）
　身長 88.2cm／体重 12.1kg
　既往歴：熱性けいれん（1歳5か月・2歳1か月の2回）
　　　　　→ 38℃以上の発熱時はダイアップ坐薬の使用指示あり（主治医意見書は別途提出）
　予防接種：年齢相当分 接種済み

詳細は面談の際に保護者から説明いたします。
{SIG_INAGAKI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named child's health check results and medical history (要配慮) sent outside",
)

# 081 — four visitors with phone numbers (a short list)
_p = people(4)
_vis = "\n".join(f"　{p['sei']} {p['mei']}様（お子さま {rng.randint(8, 26)}か月）　{p['tel']}" for p in _p)
add(
    sender=SHINONOME, to=[AOZORA], charset="iso-2022-jp",
    subject="園見学（7/5）の参加者について",
    body=f"""そらいろ保育園 事務局 ご担当者様

お世話になっております。日の出産業の東雲です。
7月5日（土）10時からの園見学には、当社から以下の4名が伺います。
当日遅れる場合などは、各自から直接ご連絡いたします。

{_vis}

どうぞよろしくお願いいたします。
{SIG_SHINONOME}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four attendees with phone numbers: below the five-person threshold, may warn",
)

# 082 — five names with departments only: a judgement call
add(
    sender=INAGAKI, to=[USAMI], charset="iso-2022-jp",
    subject="見学会の参加者（日の出産業分）",
    body=f"""宇佐美園長

お世話になっております。稲垣です。
7/26の見学会、当社からの参加者は以下の5名です。名札の準備にお使いください。

　鴨志田（営業一課）
　四釜（製造部）
　舘（物流センター）
　神保（経理部）
　高砂（開発部）

それぞれ子ども連れで伺う予定です。
{SIG_INAGAKI}""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="five surnames with departments only, no contact details: a list of people or just a guest list",
)

# 083 — look-alike of the own domain (hyphen for dot), sent by an employee
add(
    sender="羽賀 健一 <haga.kenichi@hinode-sangyo.co.jp>",
    to=["人事部 労務課 <roumu@hinode-sangyo-co.jp>"], cc=["製造部 第一製造課 課長 <seizo1-mgr@hinode-sangyo.co.jp>"],
    charset="iso-2022-jp",
    subject="看護休暇の申請と診断書について",
    body="""人事部 労務課 御中

製造部の羽賀です。
長男の湊が急性気管支炎で昨日から入院しており、6/23～6/27の5日間、
子の看護等休暇を申請します。足りない分は年休で処理してください。
診断書は退院後に提出します。

第一製造課 羽賀 健一""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyo-co.jp (hyphen for dot) is a look-alike of the own domain; child's diagnosis",
)

# 084 — payment notice with the daycare's (company) bank account
add(
    sender=YABUKI, to=["ミライキッズ 経理 <seikyu@mirai-kids.co.jp>"], charset="iso-2022-jp",
    subject="6月分 利用料のお振込みについて",
    body=f"""株式会社ミライキッズ 経理ご担当者様

お世話になっております。日の出産業の矢吹です。
6月分の利用料（請求書No.MK-2025-0612、1,287,000円）を本日お振込みいたしました。

　振込先：みどり銀行 川口支店 普通 4617203 カ）ミライキッズ
　振込日：2025年7月31日

振込手数料は当社負担としております。ご確認をお願いいたします。
{SIG_YABUKI}""",
    expect="pass", entities=[], detectors=[],
    note="a company's bank account on a payment notice: business data",
)

# 085 — postpartum depression as the reason for priority admission, to the city
add(
    sender=MORISHITA, to=[CITY], charset="iso-2022-jp",
    subject="保育の必要性に関する意見書の提出について（宮城）",
    body=f"""東浜市 保育課 ご担当者様

お世話になっております。日の出産業の森下です。
当社の宮城 大輔さんから依頼があり、会社としての意見書を添えてご連絡いたします。

宮城さんの配偶者（宮城 沙耶さん）は、出産後に産後うつ病と診断され、
現在、東浜メンタルクリニックに通院中です。主治医からは日中の育児負担の軽減を勧められており、
宮城さん本人も繁忙期で育児時間の確保が難しいため、長女（宮城 芽依ちゃん、0歳）の
保育の優先度についてご配慮いただけますようお願い申し上げます。

主治医の診断書は、本人から直接ご提出いたします。
{SIG_MORISHITA}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named person's mental-health diagnosis (要配慮) sent to the city",
)

# 086 — ordinary question with the Japanese disclaimer at the end
add(
    sender=INAGAKI, to=[AOZORA], charset="shift_jis",
    subject="2学期の行事予定について",
    body=f"""そらいろ保育園 事務局 ご担当者様

いつもお世話になっております。日の出産業の稲垣です。
社内の休暇取得の目安にしたいので、2学期の主な行事（運動会・発表会・個人面談）の
日程が決まりましたら、お知らせいただけますでしょうか。
保護者参加の行事は、看護等休暇や年休の取得を勧めるよう社内で周知する予定です。

よろしくお願いいたします。
{SIG_INAGAKI}
{DISC_JP}""",
    expect="pass", entities=[], detectors=[],
    note="ordinary mail; the 機密 in the standard disclaimer is not a marking",
)

# 087 — English RFP to three nanny agencies, all in To
add(
    sender=SHINONOME,
    to=["Claire Whitfield <claire.whitfield@tokyo-nanny.com>", "info@nannyworks.jp",
        "Corporate Team <corporate@sitterhub.com>"],
    charset="utf-8",
    subject="Request for proposal: corporate nanny plan (Hinode Sangyo)",
    body=f"""Dear all,

Hinode Sangyo Co., Ltd. invites proposals for a corporate nanny and babysitting plan for
about 25 families of our international staff in Saitama and northern Tokyo, starting
January 2026.

Please include rates (regular, late evening, sick-child care), your insurance coverage,
staff screening and training, and eligibility for the government discount vouchers.
Proposals are due on 15 August.
{SIG_EN}""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three competing external agencies can see each other in To: should have been Bcc",
)

# 088 — XLSX with a Confidential page header, to the partner company
add(
    sender=SHINONOME, to=[ODA], charset="utf-8",
    subject="費用按分の明細（2025年度上期）",
    body=f"""小田様

お世話になっております。東雲です。
上期の費用按分の明細を添付します。請求書は来週発行いたします。
{SIG_SHINONOME}""",
    attachments=[{
        "kind": "xlsx", "name": "費用按分明細_2025上期.xlsx", "page_header": "Confidential",
        "sheets": {"按分": [["共同利用 費用按分明細（2025年度上期）"],
                            ["項目", "総額", "日の出産業", "川崎電機", "按分基準"],
                            ["従業員枠 利用料", 3960000, 2772000, 1188000, "在籍月数"],
                            ["枠確保協力金", 600000, 360000, 240000, "枠数"],
                            ["行事・備品", 184000, 110400, 73600, "枠数"]],
                   "前提": [["按分基準は2025年4月1日の協定書第3条による"]]},
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached workbook carries a Confidential header, sent outside",
)

# 089 — internal: refund list with employees' bank accounts
_p = people(7)
_lines = "\n".join(f"{p['emp']}  {p['sei']} {p['mei']:<4}  みどり銀行 {rng.choice(['川口', '戸田', '蕨', '赤羽'])}支店 普通 {rng.randrange(10 ** 7):07d}  {rng.choice([4400, 8800, 13200])}円"
                   for p in _p)
add(
    sender=YABUKI, to=[INAGAKI], cc=[MORISHITA], charset="iso-2022-jp",
    subject="シッター補助 立替精算の振込先（7月分）",
    body=f"""稲垣さん

経理の矢吹です。7月分のシッター補助立替精算、振込先の確認をお願いします。
給与振込口座と同じでよいと回答のあった7名分です。

{_lines}

問題なければ25日の総合振込に乗せます。
{SIG_YABUKI}""",
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=[],
    note="7 employees' bank accounts, but all recipients internal",
)

# 090 — PDF table of enrolled children for the subsidy report
_p = people(8)
add(
    sender=MORISHITA, to=[KIKOU], charset="iso-2022-jp",
    subject="助成金 実績報告の添付資料（利用児童名簿）",
    body=f"""一般財団法人 児童育成推進機構 御中

お世話になっております。日の出産業株式会社の森下です。
実績報告書の添付資料として、従業員枠の利用児童名簿（PDF）を提出いたします。
{SIG_MORISHITA}""",
    attachments=[{
        "kind": "pdf", "name": "利用児童名簿_2025年度.pdf", "title": "利用児童名簿",
        "lines": ["従業員枠 利用児童名簿（ひなたのもり保育園 川口園／2025年6月1日現在）",
                  "契約企業：日の出産業株式会社", ""],
        "table": [["No", "児童氏名", "生年月日", "保護者氏名", "保護者勤務先", "入所日"]]
                 + [[str(i + 1), f"{p['sei']} {p['kid']}", wareki(p["kid_dob"]), f"{p['sei']} {p['mei']}",
                     "日の出産業（株）", f"2025/0{rng.randint(4, 6)}/01"] for i, p in enumerate(_p)],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="PDF table of 8 children with DOBs and parents' names, sent outside",
)

# 091 — Outlook-style quoted emergency contact list; new text harmless
_p = people(6)
_net = "\n".join(f"{i + 1}) {p['sei']} {p['mei']}　{p['tel']}　→ 次は {i + 2}) へ" for i, p in enumerate(_p))
add(
    sender=INAGAKI, to=[MK_JIMU], charset="iso-2022-jp",
    subject="RE: 緊急連絡網（1歳児クラス）の更新について",
    body=f"""事務室ご担当者様

お世話になっております。稲垣です。
更新版の連絡網、確認しました。当社分の保護者には園から直接配布いただけるとのこと、
承知いたしました。当社からの再配布は控えます。

稲垣

差出人: ひなたのもり保育園 事務室 <hoiku-jimu@mirai-kids.co.jp>
送信日時: 2025年6月20日 金曜日 15:22
宛先: 稲垣 拓真 <inagaki.takuma@hinode-sangyo.co.jp>
件名: 緊急連絡網（1歳児クラス）の更新について

日の出産業 稲垣様

1歳児クラスの緊急連絡網を更新しましたので、ご確認ください。

{_net}

ひなたのもり保育園 事務室""",
    expect="pass", entities=[], detectors=[],
    note="the contact list is only in the quoted mail under 差出人/送信日時; new text has no personal data",
)

# 092 — FW of the daycare's infection list to the partner company
add(
    sender=SHINONOME, to=[ODA], charset="iso-2022-jp",
    subject="FW: 【園より】感染症の罹患状況（6/23時点）",
    body=f"""小田様

お世話になっております。東雲です。
園から届いた罹患状況を共有します。貴社の該当ご家庭にもお伝えください。
{SIG_SHINONOME}

---------- Forwarded message ---------
From: 宇佐美 恵 <usami.megumi@mirai-kids.co.jp>
Date: 2025年6月23日(月) 18:05
Subject: 【園より】感染症の罹患状況（6/23時点）
To: 東雲 遥 <shinonome.haruka@hinode-sangyo.co.jp>

東雲様

本日時点の罹患状況です。企業様ご担当者限りでお願いいたします。

　クラス　 園児名　　　　　 病名　　　　　 登園再開見込み　保護者勤務先
　1歳児　 芦田 芽依　　　　手足口病　　　 6/25　　　　　 日の出産業
　1歳児　 丹羽 樹　　　　　手足口病　　　 6/26　　　　　 川崎電機
　2歳児　 松任谷 澪　　　　RSウイルス　　 6/27　　　　　 日の出産業
　2歳児　 福留 悠真　　　　ヘルパンギーナ 6/24　　　　　 日の出産業
　0歳児　 大楠 心晴　　　　RSウイルス　　 未定（入院中） 川崎電機

ひなたのもり保育園 園長 宇佐美""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a forward is new text to its recipient: 5 named children with diagnoses, sent to another company",
)

# 093 — internal: an employee replies with his My Number
_mn = my_number(SEED + 7)
add(
    sender="羽賀 健一 <haga.kenichi@hinode-sangyo.co.jp>", to=[MORISHITA], charset="iso-2022-jp",
    subject="Re: 施設等利用給付認定申請書の個人番号について",
    body=f"""森下さん

羽賀です。代わりに市へ連絡していただけるとのこと、ありがとうございます。
通知カードを確認しました。

　羽賀 健一　個人番号 {_mn}

よろしくお願いします。

> 羽賀さん
> 市から個人番号欄の記入漏れの連絡がありました。
> 番号を教えていただければ、こちらから市に連絡します。""",
    expect="pass", entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=[],
    note="a My Number, but the mail stays inside the company",
)

# 094 — corrupt DOCX to the daycare
add(
    sender=INAGAKI, to=[AOZORA], charset="iso-2022-jp",
    subject="入園申込書（記入済み）の送付",
    body=f"""そらいろ保育園 事務局 ご担当者様

お世話になっております。稲垣です。
ご依頼の入園申込書（記入済み）をお送りします。
保護者が自宅で入力したものをそのまま添付しています。
{SIG_INAGAKI}""",
    attachments=[{"kind": "corrupt", "name": "入園申込書_記入済.docx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached DOCX is corrupt and cannot be inspected",
)

# 095 — request for sick-child sitting describing one child's symptoms: judgement call
add(
    sender=INAGAKI, to=["ベビーケアサポート 病児手配 <dispatch@babycare-support.jp>"], charset="utf-8",
    subject="【急ぎ】明日の病児シッター手配のお願い（法人契約）",
    body=f"""ベビーケアサポート 病児手配ご担当者様

日の出産業の稲垣です。急ぎのお願いです。
当社社員の子ども（鵜飼 咲良ちゃん、3歳）について、明日 8:30～17:30 の病児シッターを手配できますでしょうか。

今朝から38.5℃の発熱と2回の嘔吐があり、夕方に受診予定です（診断名は未確定）。
保護者は鵜飼 智也さん（品質管理部）で、手配が決まりましたら本人から直接ご連絡します。
{SIG_INAGAKI}""",
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named child's current symptoms (no diagnosis) to a sitter service needed for the care itself",
)

# 096 — harmless PNG attachment
add(
    sender=INAGAKI, to=[MK_JIMU], charset="iso-2022-jp",
    subject="送迎用駐車スペースの配置図",
    body=f"""事務室ご担当者様

お世話になっております。稲垣です。
来月から当社の第2駐車場の一部を送迎用に開放します。配置図（画像）を添付しますので、
保護者向けのお知らせにお使いください。利用時間は 7:30～9:30／16:30～19:30 です。
{SIG_INAGAKI}""",
    attachments=[{"kind": "png", "name": "送迎用駐車場_配置図.png"}],
    expect="pass", entities=[], detectors=[],
    note="an image of a parking plan: nothing personal",
)

# 097 — list of companies (switchboards, addresses, corporate numbers)
_cos = [("日の出産業株式会社", "川口市本町4-9-21", "048-226-7000", corp_number("030001072834")),
        ("川崎電機株式会社", "川口市領家5-14-2", "048-224-3111", corp_number("030001048817")),
        ("株式会社戸田精工", "戸田市美女木6-3-8", "048-421-5520", corp_number("030001093356")),
        ("蕨ロジテック株式会社", "蕨市錦町1-12-4", "048-443-0918", corp_number("030001110472")),
        ("合同会社アカバネデザイン", "東京都北区赤羽西2-8-1", "03-5948-2270", corp_number("011503004125"))]
_tbl = "\n".join(f"{n:　<14} {a:　<15} {t:<13} {c}" for n, a, t, c in _cos)
add(
    sender=SHINONOME, to=[USAMI], charset="utf-8",
    subject="共同利用契約企業の一覧（園の台帳用）",
    body=f"""宇佐美園長

お世話になっております。東雲です。
園の台帳用にとご依頼いただいた、共同利用契約企業の一覧です。
代表番号と法人番号を記載しています（担当者は各社とも人事・総務部門です）。

企業名           所在地            代表電話       法人番号
---------------  ----------------  -------------  -------------
{_tbl}

よろしくお願いいたします。
{SIG_SHINONOME}""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="a list of five companies with switchboards and 法人番号: businesses, not people",
)

# 098 — internal (mail. subdomain): application list to the HR mailing list
_p = people(6)
_app = "\n".join(f"{p['emp']}\t{p['sei']} {p['mei']}\t{p['kid']}\t{ymd(p['kid_dob'])}\t{p['tel']}" for p in _p)
add(
    sender=MORISHITA, to=["人事部 <jinji-all@mail.hinode-sangyo.co.jp>"], charset="utf-8",
    subject="10月入園 申込受付状況（6/30締切時点）",
    body=f"""人事部各位

10月入園の申込受付を締め切りました。受付分は以下の6件です。
園への提出前に、所属長の承認が揃っているか確認をお願いします。

社員番号\t氏名\t園児名\t園児生年月日\t携帯
{_app}

森下""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=[],
    note="six applicants' records, but sent to an internal subdomain list only",
)

# 099 — subsidy application mentioning the company's own corporate number
_own = corp_number("030001072834")
add(
    sender=SHINONOME, to=["児童育成推進機構 助成課 <josei@jidou-ikusei-kikou.or.jp>"],
    charset="iso-2022-jp",
    subject="企業主導型保育事業 利用契約の届出について（問い合わせ）",
    body=f"""一般財団法人 児童育成推進機構 助成課 ご担当者様

日の出産業株式会社 人事部の東雲と申します。
来年度から、あおぞら会様の施設とも共同利用契約を締結する予定です。
契約企業としての届出様式と提出期限をご教示いただけますでしょうか。

　企業名：日の出産業株式会社
　法人番号：{_own}
　所在地：埼玉県川口市本町4-9-21
　常時雇用する従業員数：1,240名
{SIG_SHINONOME}""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="the company's own corporate number and address: business data only",
)

# 100 — emergency contact cards, one block per family with a 【】 header
_p = people(5)
_rel = [("和子", "祖母"), ("正義", "祖父"), ("由美子", "叔母"), ("節子", "祖母"), ("幸雄", "祖父")]
_cards = "\n".join(
    f"【{p['sei']} {p['kid']}（{kid_class(p['kid_dob'])}）】\n"
    f"  第1連絡先：{p['sei']} {p['mei']}（保護者・当社{p['dept']}） {p['tel']}\n"
    f"  第2連絡先：{p['sei']} {r[0]}（{r[1]}） {_mobile()}\n"
    f"  自宅：{p['addr']}\n"
    for p, r in zip(_p, _rel))
add(
    sender=INAGAKI, to=[MK_JIMU], cc=[MORISHITA], charset="utf-8",
    subject="緊急連絡先カードの記載内容（差し替え分）",
    body=f"""ひなたのもり保育園 事務室 ご担当者様

お世話になっております。稲垣です。
緊急連絡先カードの差し替えが必要な5家庭分、記載内容をまとめてお送りします。
カードの原本は各家庭から来週持参します。

{_cards}
以上です。よろしくお願いします。
{SIG_INAGAKI}""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="5 families' emergency contacts (two phones each) and home addresses, sent outside",
)
