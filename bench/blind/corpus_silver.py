"""Blind evaluation corpus — area: silver (シルバー人材センター受託運営).

日の出産業株式会社 シニアワーク事業部 runs 「南野市シルバー人材センター」 under a contract
with 南野市 (福祉部 高齢福祉課): registered elderly members (会員), their health conditions
and work capacity, job assignments at clients' homes and companies, the group accident
insurance (シルバー団体傷害保険), the city's welfare office and the 社会福祉協議会.

Every person, number, address and organisation outside BRIEF.md's own list is invented
(南野市 itself is fictional); My Numbers and card numbers come from build.py's helpers.
Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 12601
rng = random.Random(SEED)

_counters = {"mn": SEED, "cc": SEED}


def next_my_number() -> str:
    v = my_number(_counters["mn"])
    _counters["mn"] += 1
    return v


def next_card() -> str:
    v = card_number(_counters["cc"])
    _counters["cc"] += 1
    return v


def corp_number(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    total = sum(int(base12[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + base12


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(n - dw(s), 0)


_FW = str.maketrans("0123456789-/.()", "０１２３４５６７８９－／．（）")


def fw(s: str) -> str:
    return s.translate(_FW)


def mn_spaced(v: str) -> str:
    return f"{v[:4]} {v[4:8]} {v[8:]}"


# -- invented people -----------------------------------------------------------------------

SURNAMES = [
    ("佐々木", "ササキ", "Sasaki"), ("五十嵐", "イガラシ", "Igarashi"), ("東海林", "ショウジ", "Shoji"),
    ("百目鬼", "ドウメキ", "Domeki"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("鬼頭", "キトウ", "Kito"), ("帯刀", "タテワキ", "Tatewaki"),
    ("宍戸", "シシド", "Shishido"), ("米倉", "ヨネクラ", "Yonekura"), ("蛭田", "ヒルタ", "Hiruta"),
    ("粕谷", "カスヤ", "Kasuya"), ("大和田", "オオワダ", "Owada"), ("瀬川", "セガワ", "Segawa"),
    ("桑原", "クワバラ", "Kuwabara"), ("立花", "タチバナ", "Tachibana"), ("菅野", "カンノ", "Kanno"),
    ("若林", "ワカバヤシ", "Wakabayashi"), ("野々村", "ノノムラ", "Nonomura"),
    ("榎本", "エノモト", "Enomoto"), ("柳田", "ヤナギダ", "Yanagida"), ("古屋", "フルヤ", "Furuya"),
    ("日下部", "クサカベ", "Kusakabe"), ("真壁", "マカベ", "Makabe"), ("四月一日", "ワタヌキ", "Watanuki"),
    ("小此木", "オコノギ", "Okonogi"), ("栗山", "クリヤマ", "Kuriyama"), ("塙", "ハナワ", "Hanawa"),
    ("猪狩", "イカリ", "Ikari"), ("阿久津", "アクツ", "Akutsu"), ("根岸", "ネギシ", "Negishi"),
    ("深谷", "フカヤ", "Fukaya"), ("石渡", "イシワタ", "Ishiwata"), ("荻野", "オギノ", "Ogino"),
    ("浅見", "アサミ", "Asami"), ("関根", "セキネ", "Sekine"), ("須藤", "スドウ", "Sudo"),
    ("増田", "マスダ", "Masuda"), ("平林", "ヒラバヤシ", "Hirabayashi"), ("沼尻", "ヌマジリ", "Numajiri"),
    ("乙部", "オトベ", "Otobe"), ("神子田", "ミコダ", "Mikoda"), ("外山", "トヤマ", "Toyama"),
    ("鷲尾", "ワシオ", "Washio"), ("樋渡", "ヒワタシ", "Hiwatashi"), ("椎名", "シイナ", "Shiina"),
]
GIVEN_M = [
    ("清", "キヨシ", "Kiyoshi"), ("勝", "マサル", "Masaru"), ("茂", "シゲル", "Shigeru"),
    ("實", "ミノル", "Minoru"), ("昭二", "ショウジ", "Shoji"), ("武雄", "タケオ", "Takeo"),
    ("正一", "ショウイチ", "Shoichi"), ("博", "ヒロシ", "Hiroshi"), ("敏夫", "トシオ", "Toshio"),
    ("義雄", "ヨシオ", "Yoshio"), ("忠", "タダシ", "Tadashi"), ("幸雄", "ユキオ", "Yukio"),
    ("文男", "フミオ", "Fumio"), ("輝夫", "テルオ", "Teruo"), ("進", "ススム", "Susumu"),
    ("功", "イサオ", "Isao"), ("邦彦", "クニヒコ", "Kunihiko"), ("善次", "ゼンジ", "Zenji"),
]
GIVEN_F = [
    ("和子", "カズコ", "Kazuko"), ("幸子", "サチコ", "Sachiko"), ("節子", "セツコ", "Setsuko"),
    ("美代子", "ミヨコ", "Miyoko"), ("キヨ", "キヨ", "Kiyo"), ("トシ子", "トシコ", "Toshiko"),
    ("久美子", "クミコ", "Kumiko"), ("文江", "フミエ", "Fumie"), ("弘子", "ヒロコ", "Hiroko"),
    ("洋子", "ヨウコ", "Yoko"), ("照代", "テルヨ", "Teruyo"), ("敏江", "トシエ", "Toshie"),
    ("恵子", "ケイコ", "Keiko"), ("静枝", "シズエ", "Shizue"), ("ハル", "ハル", "Haru"),
    ("律子", "リツコ", "Ritsuko"), ("千鶴", "チヅル", "Chizuru"), ("登美子", "トミコ", "Tomiko"),
]
TOWNS = [("本町", "0512"), ("栄町", "0513"), ("緑が丘", "0521"), ("西原", "0524"),
         ("上野田", "0531"), ("東台", "0533"), ("柳沢", "0535"), ("宮下", "0541"),
         ("千草台", "0543"), ("鶴ヶ丘", "0546"), ("大字北谷", "0552"), ("若葉", "0555")]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp",
            "icloud.com", "outlook.jp"]
BRANCHES = ["南野", "南野駅前", "鶴ヶ丘", "北谷", "千草台", "西原出張所"]
_used: set[str] = set()


def person(sex: str | None = None) -> dict:
    while True:
        s = rng.choice(SURNAMES)
        sx = sex or rng.choice("MF")
        g = rng.choice(GIVEN_M if sx == "M" else GIVEN_F)
        if s[0] + g[0] not in _used:
            break
    _used.add(s[0] + g[0])
    y, m, d = rng.randint(1938, 1960), rng.randint(1, 12), rng.randint(1, 28)
    town, zc = rng.choice(TOWNS)
    c, b, go = rng.randint(1, 5), rng.randint(1, 32), rng.randint(1, 24)
    mob = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    return {
        "name": f"{s[0]} {g[0]}", "sei": s[0], "mei": g[0],
        "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}", "sei_r": s[2], "mei_r": g[2],
        "sex": "男" if sx == "M" else "女",
        "y": y, "m": m, "d": d,
        "birth": f"{y}/{m:02d}/{d:02d}",
        "wareki": f"昭和{y - 1925}年{m}月{d}日",
        "wshort": f"S{y - 1925}.{m}.{d}",
        "age": 2025 - y - (1 if (m, d) > (4, 1) else 0),
        "tel": f"048-7{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        "mobile": mob,
        "zip": f"349-{zc}",
        "town": town,
        "addr": f"埼玉県南野市{town}{c}-{b}-{go}",
        "addr_long": f"埼玉県南野市{town}{c}丁目{b}番{go}号",
        "no": f"{rng.choice(['19', '20', '21', '22', '23', '24'])}{rng.randint(100, 999)}",
        "bank": f"みどり銀行 {rng.choice(BRANCHES)}支店 普通 {rng.randint(1000000, 9999999)}",
        "email": f"{g[2].lower()}.{s[2].lower()}{rng.randint(10, 99)}@{rng.choice(FREEMAIL)}",
    }


def people(n: int, sex: str | None = None) -> list[dict]:
    return [person(sex) for _ in range(n)]


# -- signatures and disclaimers ------------------------------------------------------------

ONODERA = "小野寺 真理子 <onodera@hinode-sangyo.co.jp>"
HAYASE = "早瀬 健一 <hayase@hinode-sangyo.co.jp>"
MIYAUCHI = "宮内 さやか <miyauchi@hinode-sangyo.co.jp>"
OTSUKI = "大槻 隆 <otsuki@hinode-sangyo.co.jp>"
TSURUMI = "鶴見 紗英 <tsurumi@hinode-sangyo.co.jp>"
SEKIGUCHI = "関口 浩二 <sekiguchi@hinode-sangyo.co.jp>"
HIGASHI = "東 恵美 <higashi@hinode-sangyo.co.jp>"
ARAI = "新井 拓海 <arai@hinode-sangyo.co.jp>"
CENTER = "南野市シルバー人材センター <minamino-silver@hinode-sangyo.co.jp>"

SIG_HAYASE = """
――――――――――――――――――――――――
日の出産業株式会社 シニアワーク事業部
南野市シルバー人材センター（受託運営） 就業開拓担当
早瀬 健一（はやせ けんいち）
〒349-0512 埼玉県南野市本町2-14-3 南野市福祉会館2F
TEL 048-711-2080 ／ FAX 048-711-2081
hayase@hinode-sangyo.co.jp
――――――――――――――――――――――――"""

SIG_MIYAUCHI = """
--
南野市シルバー人材センター 会員サービス係
（運営：日の出産業株式会社）
宮内 さやか
TEL: 048-711-2080（内線23）  Mail: miyauchi@hinode-sangyo.co.jp"""

SIG_OTSUKI = """
************************************
 日の出産業株式会社
 シニアワーク事業部 安全就業推進課
 大槻 隆  Takashi Otsuki
 〒349-0512 埼玉県南野市本町2-14-3
 TEL 048-711-2085  携帯 080-4417-2290（業務用）
************************************"""

SIG_TSURUMI = """
==============================
日の出産業株式会社 シニアワーク事業部 経理係
鶴見 紗英
TEL 048-711-2080 内線31 / tsurumi@hinode-sangyo.co.jp
=============================="""

SIG_SEKIGUCHI = """
-- 
関口 浩二 / Koji Sekiguchi
日の出産業株式会社 情報システム課（シニアワーク事業部 兼務）
TEL 048-711-2090"""

SIG_ONODERA = """
□■□■□■□■□■□■□■□■□■□■
南野市シルバー人材センター 事務局（総務）
日の出産業株式会社 シニアワーク事業部
小野寺 真理子
〒349-0512 埼玉県南野市本町二丁目14番3号
TEL 048-711-2080 FAX 048-711-2081
□■□■□■□■□■□■□■□■□■□■"""

SIG_HIGASHI = """
_____________________________
日の出産業株式会社
シニアワーク事業部長／南野市シルバー人材センター 事務局長
東 恵美
TEL 048-711-2080（代表）"""

SIG_ARAI = """
---------------------------------
南野市シルバー人材センター
新井 拓海（あらい たくみ）
電話 048-711-2080 受付 平日8:30〜17:15
---------------------------------"""

SIG_EN = """
--
Kenichi Hayase
Senior Work Division, Hinode Sangyo Co., Ltd.
(operator of the Minamino City Silver Human Resources Center)
2-14-3 Honcho, Minamino-shi, Saitama 349-0512, Japan
Tel +81-48-711-2080"""

DISC_JP = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが
　送信者までご連絡のうえ、本メールを削除してください。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not the
intended recipient, please notify the sender immediately and delete this e-mail."""

CITY = "南野市 高齢福祉課 <kourei-fukushi@city.minamino.lg.jp>"
CITY_P = "南野市 福祉部 高齢福祉課 長谷部 様 <hasebe-k@city.minamino.lg.jp>"
SHAKYO = "南野市社会福祉協議会 地域福祉係 <chiiki@minamino-shakyo.or.jp>"
INSURER = "星見損害保険 団体保険部 石橋 <ishibashi.m@hoshimi-sonpo.co.jp>"

MESSAGES: list[dict] = []


def add(**kw) -> None:
    kw["id"] = f"silver-{len(MESSAGES) + 1:03d}"
    MESSAGES.append(kw)


# ==========================================================================================
# 001 stop — member contact list, plain text columns, to a client company
_p = people(6)
_rows = "\n".join(f"{pad(p['name'], 14)}  {pad(str(p['age']), 4)}  {pad(p['mobile'], 14)}  {p['addr']}"
                  for p in _p)
add(expect="stop", sender=HAYASE, to=["森下 直樹 <morishita@aozora-kanri.co.jp>"],
    subject="グリーンコート南野 共用部清掃 就業会員のご連絡", charset="iso-2022-jp",
    body=f"""あおぞら住宅管理株式会社
管理部 森下様

いつもお世話になっております。
南野市シルバー人材センター（日の出産業）の早瀬でございます。

4月1日から開始する「グリーンコート南野」共用部清掃の就業会員が決まりましたので
ご連絡いたします。鍵の受け渡し等で直接ご連絡いただく場面もあるかと存じますので、
携帯番号と住所も併せて記載しております。

{pad('氏名', 14)}  {pad('年齢', 4)}  {pad('携帯電話', 14)}  住所
{'-' * 14}  {'-' * 4}  {'-' * 14}  {'-' * 30}
{_rows}

ローテーション（週3日・2名体制）は来週中にシフト表でお送りします。
何卒よろしくお願いいたします。
{SIG_HAYASE}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="six members' names, mobiles and home addresses in padded columns to a client company")

# 002 pass — quotation to one household on free mail
add(expect="pass", sender=ARAI, to=["takanashi.y1962@gmail.com"],
    subject="お庭の剪定作業 お見積りの件（南野市シルバー人材センター）", charset="iso-2022-jp",
    body=f"""高梨 様

この度は剪定作業のご依頼をいただき、誠にありがとうございます。
南野市シルバー人材センターの新井です。先日の現地確認をもとにお見積りをお送りします。

　■作業内容：松（2本）・ツゲ生垣（約12m）の剪定、枝葉の処分
　■作業人数：会員2名（1日）
　■金額（税込）
　　　剪定作業　　　　2名×1日　　　25,600円
　　　枝葉処分費　　　軽トラ1台分　　4,400円
　　　事務費（8%）　　　　　　　　　2,048円
　　　──────────────────────
　　　合計　　　　　　　　　　　　 32,048円

ご都合のよい日を第3希望までお知らせください。雨天の場合は順延となります。
お支払いは作業完了後、後日お送りする請求書にて銀行振込またはセンター窓口でお願いします。
{SIG_ARAI}""",
    entities=[], detectors=["freemail_recipient"],
    note="ordinary quotation to one private client on free mail; no personal data of others")

# 003 stop — one member's illness in a sentence, to a household (reply)
_p = person("M")
add(expect="stop", sender=MIYAUCHI, to=["島津 真紀 <maki.shimazu@yahoo.co.jp>"],
    subject="Re: いつもの方は今回来られないのでしょうか", charset="iso-2022-jp",
    body=f"""島津 様

ご連絡ありがとうございます。南野市シルバー人材センターの宮内です。
ご心配をおかけして申し訳ございません。

いつも伺っておりました{_p['name']}さんは、先月狭心症の発作で入院され、退院後も
主治医から当面は屋外での作業を控えるよう言われているとのことです。
そのため今月からは別の会員（女性2名）で伺わせていただきます。
作業内容は引き継いでおりますので、ご安心ください。

{SIG_MIYAUCHI}

> 南野市シルバー人材センター ご担当者様
> いつも庭の草取りでお世話になっております。
> 毎回来てくださっていた男性の方が、今回の予定表にお名前がなかったのですが、
> どうかされたのでしょうか。
> 島津
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "freemail_recipient"],
    note="a named member's heart condition and hospitalisation told to a private client (要配慮, one person)")

# 004 pass — internal only: members with work restrictions and diagnoses
_p = people(7)
_dx = ["腰部脊柱管狭窄症", "高血圧（服薬中）", "糖尿病・インスリン使用", "ペースメーカー装着",
       "右膝人工関節", "緑内障（視野狭窄）", "心房細動"]
_lim = ["重量物不可", "炎天下不可", "単独作業不可", "刈払機・電動工具不可",
        "脚立・高所不可", "車両誘導不可", "長時間立位不可"]
_rows = "\n".join(f"{p['no']}　{pad(p['name'], 12)}　{pad(_dx[i], 24)}　{pad(_lim[i], 20)}　{p['tel']}"
                  for i, p in enumerate(_p))
add(expect="pass", sender=MIYAUCHI,
    to=[ONODERA], cc=["大槻 隆 <otsuki@mail.hinode-sangyo.co.jp>"],
    subject="就業制限のある会員の一覧（配置検討用）", charset="cp932",
    body=f"""小野寺さん
（cc 大槻さん）

来月の配置会議用に、健康申告書・主治医意見書で就業制限がついている会員を
まとめました。配置の際に参照してください。センター内のみでお願いします。

会員番号　氏名　　　　　　疾患・状態　　　　　　　　　制限　　　　　　　　　自宅電話
{_rows}

大槻さん：ペースメーカーの方は電動工具の扱いについて安全委員会でも確認お願いします。

宮内""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], detectors=[],
    note="health conditions of seven members but every recipient is internal (incl. mail. subdomain)")

# 005 stop — CSV (cp932) member roster with 和暦 birth dates, to the city
_p = people(12)
_rows = [["会員番号", "氏名", "フリガナ", "性別", "生年月日", "住所", "電話番号", "入会年月"]]
for p in _p:
    _rows.append([p["no"], p["name"], p["kana"], p["sex"], p["wareki"], p["addr_long"],
                  p["tel"], f"R{rng.randint(1, 6)}.{rng.randint(4, 12)}"])
add(expect="stop", sender=ONODERA, to=[CITY],
    subject="【報告】令和6年度末 会員名簿の提出について", charset="cp932",
    body=f"""南野市 福祉部 高齢福祉課 御中

平素より大変お世話になっております。
南野市シルバー人材センター事務局の小野寺です。

委託仕様書 第8条に基づく年度末報告のうち、会員名簿（令和7年3月31日現在）を
CSV形式にてお送りいたします。
今回は新規入会者分のみの抜粋（12名）となります。全体版は紙で別途ご提出いたします。

ご確認のほど、よろしくお願い申し上げます。
{SIG_ONODERA}""",
    attachments=[{"kind": "csv", "name": "会員名簿_R6年度新規入会者.csv", "encoding": "cp932",
                  "rows": _rows}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CP932 CSV roster of 12 members with 和暦 birth dates, addresses and phones to the city")

# 006 pass — price list for a partner company
add(expect="pass", sender=HAYASE, to=["北国フーズ 総務課 内藤様 <naito@kitaguni-foods.co.jp>"],
    subject="工場内軽作業（箱折り・シール貼り）の単価について", charset="cp932",
    body=f"""北国フーズ株式会社
総務課 内藤様

いつも大変お世話になっております。南野市シルバー人材センターの早瀬です。
先日ご相談いただいた南野第二工場での軽作業につきまして、単価表をお送りします。

  作業区分                 単位        単価（税別）
  -----------------------  ----------  ------------
  箱折り（A式段ボール）     1時間/人    1,150円
  シール・ラベル貼り        1時間/人    1,150円
  検品補助（目視）          1時間/人    1,200円
  構内清掃                  1時間/人    1,100円
  事務費                    契約金額の  8%

  ・就業時間は9:00〜16:00（休憩60分）を想定しています。
  ・1日あたり最少2名からお受けできます。
  ・ご契約は請負（または委任）となり、作業の指示は当センターの班長を通じて行います。

ご不明点がございましたらお気軽にお問い合わせください。
{SIG_HAYASE}""",
    entities=[], detectors=[],
    note="price list of job types to a partner company; no people's data")

# 007 stop — three client companies visible in To
add(expect="stop", sender=HIGASHI,
    to=["森下 直樹 <morishita@aozora-kanri.co.jp>", "公園緑地協会 管理課 <kanri@minamino-kouen.or.jp>",
        "内藤 <naito@kitaguni-foods.co.jp>"],
    subject="発注者連絡会（5月28日）開催のご案内", charset="iso-2022-jp",
    body=f"""発注者各位

平素は南野市シルバー人材センターの事業にご理解とご協力を賜り、厚く御礼申し上げます。
このたび、下記のとおり発注者連絡会を開催いたします。ご多用中恐縮ですが、
ご出席くださいますようお願い申し上げます。

　　　　　　　　　　　　　記
　日　時：令和7年5月28日（水）14:00〜15:30
　会　場：南野市福祉会館 3階 第2会議室
　議　題：(1) 令和6年度 事業実績報告
　　　　　(2) 夏季の熱中症対策と作業時間の見直し
　　　　　(3) 意見交換
　出欠のご回答：5月20日（火）までに本メールへご返信ください。

以上
{SIG_HIGASHI}""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations can see each other in To; should have been Bcc")

# 008 pass — reply; the member list is only in the quoted text
_p = people(5)
_q = "\n".join(f">   {pad(p['name'], 12)} {p['mobile']}" for p in _p)
add(expect="pass", sender=HAYASE, to=["広瀬 <hirose@kawasaki-denki.co.jp>"],
    subject="Re: Re: 6月 部品仕分け作業の就業会員", charset="utf-8",
    body=f"""広瀬様

ご連絡ありがとうございます。早瀬です。
6月7日（土）の件、承知いたしました。当日は上記5名のうち1名が通院のため欠ける予定でしたので、
交代要員を1名手配済みです。入構手続きはいつもどおり守衛所でお願いいたします。

引き続きよろしくお願いいたします。
{SIG_HAYASE}

> 早瀬様
> お世話になっております。川崎電機 広瀬です。
> 下記メンバーで承知しました。7日の土曜出勤は可能でしょうか。
>
> > 6月の就業会員は以下の5名です。
> >
{_q}
> >
> > よろしくお願いいたします。
""",
    entities=[], detectors=[],
    note="five members' mobiles appear only in quoted text the partner already has; new text is plain")

# 009 stop — look-alike of the organisation's own domain
add(expect="stop", sender=ONODERA, to=["東 恵美 <higashi@hinode-sangyou.co.jp>"],
    subject="4月度 受注・就業実績（速報値）", charset="iso-2022-jp",
    body=f"""東部長

お疲れさまです。小野寺です。
4月度の実績速報をお送りします。確定値は10日の締め後にお送りします。

　受注件数　　　　　　　　　　　 312件（前年同月比 +4.0%）
　　うち一般家庭　　　　　　　　 201件
　　うち企業・公共　　　　　　　 111件
　就業延人員　　　　　　　　　 4,870人日
　契約金額　　　　　　　　　 21,640千円
　新規入会　　　　　　　　　　　 18名／退会 9名

理事会資料への反映をお願いします。
{SIG_ONODERA}""",
    entities=[], detectors=["lookalike_domain"],
    note="recipient domain hinode-sangyou.co.jp is a one-letter look-alike of the own domain")

# 010 pass — NDA talk with the system vendor, draft NDA attached
add(expect="pass", sender=SEKIGUCHI, to=["ツバサシステム 佐伯様 <saeki@tsubasa-system.jp>"],
    subject="会員管理システム更改に伴う秘密保持契約書（案）のご確認", charset="utf-8",
    body=f"""ツバサシステム株式会社
佐伯様

お世話になっております。日の出産業 関口です。
会員管理システム更改の件、データ移行作業の前に秘密保持契約を締結したく、
当社法務と調整した案を添付いたします。

主な修正点は以下のとおりです。
 - 第2条 機密情報の定義に「会員の個人情報」を明示
 - 第6条 再委託の禁止（事前の書面承諾がある場合を除く）
 - 第9条 契約終了時のデータ消去証明書の提出

ご確認のうえ、コメントがあれば今月中にいただけますと幸いです。
押印は電子契約サービスで行う想定です。
{SIG_SEKIGUCHI}
{DISC_JP}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_v2.docx", "title": "秘密保持契約書（案）",
                  "paragraphs": [
                      "秘密保持契約書（案）",
                      "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
                      "会員管理システム更改業務に関し、次のとおり秘密保持契約を締結する。",
                      "第1条（目的）本契約は、甲乙間の業務の遂行にあたり相互に開示する情報の取扱いを定める。",
                      "第2条（機密情報の定義）本契約において機密情報とは、開示者が書面又は電磁的方法により"
                      "開示した技術上・営業上の情報及び甲の会員の個人情報をいう。",
                      "第6条（再委託）乙は、甲の事前の書面による承諾なく、本業務を第三者に再委託してはならない。",
                      "第9条（返還・消去）乙は、契約終了時に機密情報を返還又は消去し、消去証明書を提出する。",
                  ]}],
    entities=[], detectors=[],
    note="mail about an NDA; the draft uses 機密情報 as a defined term, not as a marking")

# 011 stop — XLSX health check results to a clinic
_p = people(8)
_find = ["高血圧（服薬中）", "糖尿病 HbA1c 7.8", "心房細動・抗凝固薬服用", "腰部脊柱管狭窄症",
         "白内障術後", "特記なし", "不整脈（経過観察）", "変形性膝関節症"]
_j = ["B", "B", "C", "B", "A", "A", "C", "B"]
_sheet = [["令和7年度 会員就業前健康チェック結果（就業判定用）"], [],
          ["会員番号", "氏名", "生年月日", "年齢", "血圧", "既往歴・所見", "判定"]]
for i, p in enumerate(_p):
    _sheet.append([p["no"], p["name"], p["birth"], p["age"],
                   f"{rng.randint(118, 176)}/{rng.randint(68, 104)}", _find[i], _j[i]])
add(expect="stop", sender=OTSUKI, to=["みなみの内科クリニック 健診担当 <kenshin@minamino-naika.jp>"],
    subject="就業判定のご相談（C判定者2名について）", charset="utf-8",
    body=f"""みなみの内科クリニック
健診ご担当 様

いつもお世話になっております。南野市シルバー人材センター 安全就業推進課の大槻です。
先日実施いただいた就業前健康チェックの結果について、センターで暫定判定を付けた一覧を
お送りします。C判定とした2名について、就業可能な作業の範囲をご意見いただけますでしょうか。

よろしくお願いいたします。
{SIG_OTSUKI}""",
    attachments=[{"kind": "xlsx", "name": "健康チェック結果_就業判定.xlsx",
                  "sheets": {"結果一覧": _sheet,
                             "判定基準": [["区分", "内容"], ["A", "制限なし"],
                                      ["B", "高所・重量物・炎天下作業を除き可"], ["C", "要医師意見"]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="XLSX of eight members' health findings and birth dates (要配慮, list) sent outside")

# 012 pass — list of the centre's district offices (business, not people)
_offices = [("本部事務所", "南野市本町2-14-3 福祉会館2F", "048-711-2080", "平日 8:30-17:15"),
            ("北部作業所", "南野市大字北谷1120", "048-722-6613", "平日 8:30-16:00"),
            ("鶴ヶ丘分室", "南野市鶴ヶ丘3-2-1 鶴ヶ丘公民館内", "048-730-0418", "火・木 9:00-15:00"),
            ("駅前相談窓口", "南野市栄町1-5 南野駅前ビル1F", "048-711-2099", "月・水・金 10:00-15:00"),
            ("リサイクル工房", "南野市西原4-8-20", "048-745-3321", "土日 9:00-16:00")]
_html_rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in _offices)
_txt_rows = "\n".join(f"・{a}　{b}　TEL {c}（{d}）" for a, b, c, d in _offices)
add(expect="pass", sender=ONODERA, to=[CITY_P],
    subject="市HP掲載用 センター事務所・窓口一覧（更新版）", charset="utf-8",
    body=f"""長谷部様

お世話になっております。小野寺です。
市ホームページ掲載用の事務所・窓口一覧を更新しましたのでお送りします。
鶴ヶ丘分室の開室日が変更になっています。

{_txt_rows}

よろしくお願いいたします。
{SIG_ONODERA}""",
    html=f"""<html><body><p>長谷部様</p>
<p>お世話になっております。小野寺です。<br>市ホームページ掲載用の事務所・窓口一覧を更新しましたのでお送りします。
鶴ヶ丘分室の開室日が変更になっています。</p>
<table border="1" cellpadding="4"><tr><th>名称</th><th>所在地</th><th>電話</th><th>受付</th></tr>
{_html_rows}</table>
<p>よろしくお願いいたします。</p><pre>{SIG_ONODERA}</pre></body></html>""",
    entities=[], detectors=[],
    note="list of the centre's own offices with switchboard numbers: business, not people")

# 013 stop — one member's My Number to the tax accountant
_p = person("M")
_mn = next_my_number()
add(expect="stop", sender=TSURUMI, to=["工藤税理士事務所 工藤様 <kudo@kudo-tax.jp>"],
    subject="支払調書（報酬・料金）追加分の件", charset="iso-2022-jp",
    body=f"""工藤先生

いつもお世話になっております。日の出産業 経理の鶴見です。
先日ご指摘いただいた支払調書の追加分1件について、必要事項をお送りします。

　氏名　　：{_p['name']}（{_p['kana']}）
　住所　　：{_p['addr_long']}
　個人番号：{mn_spaced(_mn)}
　支払金額：612,400円（令和6年分 配分金）

お手数ですが、法定調書合計表への反映をお願いいたします。
{SIG_TSURUMI}""",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="a member's My Number with name and address sent to an outside tax office")

# 014 pass — English thank-you mail to an overseas partner, with disclaimer
add(expect="pass", sender=HAYASE, to=["Lin Pei-Hua <peihua.lin@sageworks.org.tw>"],
    subject="Thank you for your visit to Minamino", charset="utf-8",
    body=f"""Dear Ms. Lin,

Thank you very much for visiting the Minamino City Silver Human Resources Center last week
with your colleagues from SageWorks Taipei. Our members enjoyed showing you the garden
maintenance team and the recycling workshop.

As promised, here are the figures we mentioned during the presentation:
  - Registered members: about 1,140 (average age 74.6)
  - Contracts per year: roughly 3,600, two thirds from private households
  - Most common jobs: garden work, cleaning, bicycle parking attendants

We would be happy to join your online seminar in October. Please let us know the date
once it is fixed.

Best regards,
{SIG_EN}
{DISC_EN}""",
    entities=[], detectors=[],
    note="ordinary English business mail with aggregate figures and the standard disclaimer")

# 015 stop — accident report to the insurer: injury, health insurance number
_p = person("F")
add(expect="stop", sender=OTSUKI, to=[INSURER],
    subject="【第一報】就業中事故のご報告（証券番号 SHG-2025-004187）", charset="iso-2022-jp",
    body=f"""星見損害保険株式会社
団体保険部 石橋様

いつもお世話になっております。南野市シルバー人材センターの大槻です。
標記の件、就業中事故が発生しましたので第一報をお送りいたします。

【事故報告（第一報）】
証券番号　　：SHG-2025-004187（シルバー団体傷害保険）
被保険者　　：{_p['name']}（{_p['kana']}）
会員番号　　：{_p['no']}
生年月日　　：{_p['wareki']}
住所　　　　：{_p['addr']}
事故日時　　：令和7年6月12日（木）10時20分頃
事故場所　　：南野市千草台3丁目 個人宅（発注者）の庭
作業内容　　：植木剪定
事故状況　　：三脚脚立（2.1m）上で剪定中、脚立が傾き転落
傷病名　　　：右橈骨遠位端骨折、腰部打撲（南野中央病院 整形外科にて診断）
入院　　　　：6月12日より入院中（6月16日 手術予定）
健康保険　　：国民健康保険　記号 埼南47　番号 102938

詳細は後日、事故報告書（様式第3号）にてご提出いたします。
{SIG_OTSUKI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="one member's injury diagnosis and health insurance 記号・番号 sent to the insurer")

# 016 pass — one member (team leader) as the contact person, to a household
_p = person("M")
add(expect="pass", sender=ARAI, to=["sakamaki-h@docomo.ne.jp"],
    subject="草取り作業日のご連絡", charset="iso-2022-jp",
    body=f"""酒巻 様

お世話になっております。南野市シルバー人材センターの新井です。
ご依頼の草取り作業は、6月18日（水）9時から会員2名で伺います。

当日は班長の{_p['name']}（携帯 {_p['mobile']}）が責任者として伺いますので、
到着時刻の変更などがありましたら直接ご連絡ください。
雨天の場合は前日17時までにセンターからお電話いたします。
{SIG_ARAI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data", "freemail_recipient"],
    note="one team leader's mobile as the contact for a job: one person's data, may be warned")

# 017 stop — six members' private addresses visible in To
_p = people(6)
add(expect="stop", sender=MIYAUCHI, to=[f"{q['name']} <{q['email']}>" for q in _p],
    subject="【草刈り班】7月の作業予定", charset="iso-2022-jp",
    body=f"""草刈り班のみなさま

いつもありがとうございます。宮内です。7月の作業予定をお知らせします。

　7/ 3（木）　南野中央公園　　　8:00集合（現地）
　7/ 9（水）　柳沢調整池 法面　　7:30集合（北部作業所）
　7/17（木）　鶴ヶ丘緑道　　　　 8:00集合（現地）
　7/24（木）　千草台第二公園　　 8:00集合（現地）

※熱中症予防のため、作業は11時で終了とします。水分・塩分を必ずお持ちください。
※刈払機の替刃は北部作業所に補充してあります。

都合の悪い日があれば、返信かお電話でお知らせください。
{SIG_MIYAUCHI}""",
    entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="six members' private e-mail addresses visible to each other in To; should be Bcc")

# 018 pass — three members with mobiles to a client
_p = people(3)
_l = "\n".join(f"　・{q['name']}　{q['mobile']}" for q in _p)
add(expect="pass", sender=HAYASE, to=["公園緑地協会 管理課 杉浦様 <sugiura@minamino-kouen.or.jp>"],
    subject="6/14 南野中央公園 花壇植替え 出動者", charset="utf-8",
    body=f"""公益財団法人 南野市公園緑地協会
管理課 杉浦様

お世話になっております。早瀬です。
6月14日（土）の花壇植替えは、以下の3名で伺います。
当日の連絡先として携帯番号を記載します。

{_l}

苗の搬入は9時の予定と伺っておりますので、8時50分に管理事務所前に集合します。
{SIG_HAYASE}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three members' mobiles for one job: under five people, may be warned")

# 019 stop — internal memo with 社外秘 marking pasted into mail to a client
add(expect="stop", sender=HAYASE, to=["森下 直樹 <morishita@aozora-kanri.co.jp>"],
    subject="次年度の清掃単価について", charset="iso-2022-jp",
    body=f"""森下様

お世話になっております。早瀬です。
次年度の共用部清掃の単価について、当方の考え方を以下にまとめましたのでご確認ください。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【社外秘】令和7年度 受託単価改定方針（案）
作成：シニアワーク事業部　配布先：事業部内のみ
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
1. 最低賃金改定（+51円）を受け、全作業区分の単価を3.5%引上げ
2. あおぞら住宅管理様は取引量が大きいため、据え置き交渉があれば2.0%まで譲歩可
3. 事務費率8%は維持。譲歩の最終ラインは7%
4. 交渉期限：9月末

ご意見をいただけましたら幸いです。
{SIG_HAYASE}""",
    entities=[], detectors=["confidential_marking"],
    note="an internal memo stamped 【社外秘】 pasted into a mail to a client")

# 020 pass — three-way meeting: city and insurer (two external organisations)
add(expect="pass", sender=OTSUKI, to=[CITY_P], cc=[INSURER],
    subject="団体傷害保険の契約更新に関する三者打合せの日程", charset="iso-2022-jp",
    body=f"""南野市 高齢福祉課 長谷部様
（cc：星見損害保険 石橋様）

お世話になっております。大槻です。
標記の件、下記の候補日で打合せをお願いできればと存じます。

　候補1：7月8日（火）10:00〜11:00
　候補2：7月10日（木）14:00〜15:00
　候補3：7月11日（金）10:00〜11:00
　場所：南野市役所 本庁舎4階 小会議室（市にて確保いただけるとのこと）

議題は、補償内容の見直し（通院日額）と保険料の按分方法です。
ご都合をお知らせください。
{SIG_OTSUKI}""",
    entities=[], detectors=["multiple_external_domains"],
    note="normal three-way meeting mail: two external organisations in To/Cc")

# 021 stop — password ZIP (PPAP) of the roster to the city
_p = people(9)
_sheet = [["会員番号", "氏名", "住所", "電話"]] + [[q["no"], q["name"], q["addr"], q["tel"]] for q in _p]
add(expect="stop", sender=ONODERA, to=[CITY],
    subject="会員名簿（令和7年5月1日現在）の送付", charset="cp932",
    body=f"""高齢福祉課 ご担当者様

お世話になっております。小野寺です。
ご依頼の会員名簿をパスワード付きZIPファイルにてお送りします。
パスワードは別メールにてお知らせいたします。

{SIG_ONODERA}""",
    attachments=[{"kind": "zip", "name": "会員名簿_R070501.zip", "password": "Mnm#2025-05",
                  "files": [{"kind": "xlsx", "name": "会員名簿_R070501.xlsx", "sheets": {"名簿": _sheet}}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the city: the attachment cannot be inspected")

# 022 pass — invoice with the company's own registration (T) number
_corp = corp_number(f"{rng.randint(10**11, 10**12 - 1)}")
add(expect="pass", sender=TSURUMI, to=["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    subject="【請求書送付】2025年5月分 軽作業委託料（INV-2505-0214）", charset="utf-8",
    body=f"""北国フーズ株式会社
経理部 ご担当者様

いつもお世話になっております。日の出産業 経理の鶴見です。
5月分の軽作業委託料の請求書をお送りします。お支払期日は6月30日です。

  請求番号：INV-2505-0214
  注文番号：KF-PO-88213
  ご請求額：412,896円（税込）

ご査収のほどよろしくお願いいたします。
{SIG_TSURUMI}""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2505-0214.pdf", "title": "請求書",
                  "lines": ["請求書", "北国フーズ株式会社 御中", "請求番号 INV-2505-0214　発行日 2025年6月2日",
                            "日の出産業株式会社　登録番号 T" + _corp,
                            "〒349-0512 埼玉県南野市本町2-14-3　TEL 048-711-2080",
                            "", "振込先：みどり銀行 南野支店 普通 3318402 ヒノデサンギョウ（カ"],
                  "table": [["品目", "数量", "単価", "金額"],
                            ["箱折り作業", "176時間", "1,150", "202,400"],
                            ["シール貼り", "128時間", "1,150", "147,200"],
                            ["事務費", "", "8%", "28,048"],
                            ["小計", "", "", "377,648"], ["消費税(10%)", "", "", "35,248"],
                            ["合計", "", "", "412,896"]]}],
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="ordinary invoice: order numbers, the company's T-number and company bank account only")

# 023 stop — list without a name column (tab-separated): IDs, birth dates, mobiles
_p = people(7)
_skill = ["フォークリフト免許あり", "", "腰痛なし・重量物可", "早朝可", "", "普通免許", "土日のみ"]
_rows = "\n".join(f"{q['no']}\t{q['birth']}\t{q['mobile']}\t{rng.choice(['月水金', '火木', '平日', '土日', '月〜土'])}\t{_skill[i]}"
                  for i, q in enumerate(_p))
add(expect="stop", sender=HAYASE, to=["青葉運輸 南野センター 寺内様 <terauchi@aoba-unyu.co.jp>"],
    subject="仕分け補助 候補会員のリスト", charset="utf-8",
    body=f"""青葉運輸株式会社 南野センター
寺内様

お世話になっております。早瀬です。
繁忙期の仕分け補助について、就業可能な会員の候補をお送りします。
氏名は面談時にお伝えします。年齢確認用に生年月日を入れています。

会員番号\t生年月日\t携帯\t可能曜日\t備考
{_rows}

シフトの希望がまとまりましたら、改めてご連絡いたします。
{SIG_HAYASE}""",
    entities=["PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="seven members' records (birth date, mobile) without a name column, tab-separated")

# 024 pass — a job of shredding confidential documents: the word, not a marking
add(expect="pass", sender=ARAI, to=["森司法書士事務所 <info@mori-shihoshoshi.jp>"],
    subject="機密文書の裁断作業のお見積り", charset="iso-2022-jp",
    body=f"""森司法書士事務所 御中

お問い合わせいただきありがとうございます。南野市シルバー人材センターの新井です。
事務所で保管期限を過ぎた機密文書の裁断作業について、下記のとおりお見積りいたします。

　作業内容：事務所内での書類のシュレッダー裁断、ホチキス・クリップ除去
　作業場所：貴事務所内（書類は持ち出しません）
　人　　数：会員1名　半日（3時間程度）×2日
　金　　額：9,900円（税込・事務費込み）

作業にあたる会員には守秘義務の誓約書を提出させております。
ご不明な点はお気軽にお問い合わせください。
{SIG_ARAI}""",
    entities=[], detectors=[],
    note="機密文書 is the subject matter of the job (shredding), not a marking of the mail")

# 025 stop — kana names and full-width mobiles to the social welfare council
_p = people(6)
_rows = "\n".join(f"{pad(q['kana'], 16)}　{pad(q['town'], 8)}　{fw(q['mobile'])}" for q in _p)
add(expect="stop", sender=MIYAUCHI, to=[SHAKYO],
    subject="見守り協力会員の登録者一覧（6月分）", charset="cp932",
    body=f"""南野市社会福祉協議会
地域福祉係 ご担当者様

いつもお世話になっております。シルバー人材センターの宮内です。
地域見守り事業に協力いただける会員の今月の登録者をお知らせします。
ご本人の同意をいただいた範囲で、連絡先を記載しております。

シメイ　　　　　　　　　地区　　　　　携帯
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
{_rows}

協力員証の発行をお願いいたします。
{SIG_MIYAUCHI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="six members' kana names with full-width mobile numbers to the 社会福祉協議会")

# 026 pass — mass notice to members with everyone in Bcc
_p = people(8)
add(expect="pass", sender=CENTER, to=[CENTER], bcc=[q["email"] for q in _p],
    subject="【会員のみなさまへ】安全就業講習会（刈払機・脚立）のご案内", charset="iso-2022-jp",
    body=f"""会員のみなさま

いつもセンターの事業にご協力いただき、ありがとうございます。
今年度の安全就業講習会を下記のとおり開催します。屋外作業に就業している方は、
できるだけご参加ください（就業扱いにはなりません）。

　日時：7月2日（水）9:30〜12:00
　会場：南野市福祉会館 3階 大会議室
　内容：①刈払機の安全な使い方　②脚立からの転落防止　③熱中症予防
　持ち物：筆記用具、会員証

お申込みは6月25日までに、センター窓口またはお電話（048-711-2080）でお願いします。

南野市シルバー人材センター 事務局""",
    entities=[], detectors=["freemail_recipient"],
    note="notice to members' free-mail addresses, all in Bcc; no personal data in the text")

# 027 stop — HTML-only assignment table with names and mobiles
_p = people(6)
_lines = ["A", "B", "A", "C", "B", "C"]
_trs = "\n".join(
    f'<tr><td>6/{9 + i}</td><td>{q["name"]}</td><td>{q["mobile"]}</td><td>{_lines[i]}ライン</td></tr>'
    for i, q in enumerate(_p))
add(expect="stop", sender=HAYASE, to=["北国フーズ 製造部 大場様 <ooba@kitaguni-foods.co.jp>"],
    subject="6月第2週 就業割当表", charset="utf-8",
    html=f"""<html><body style="font-family:'MS PGothic',sans-serif">
<p>北国フーズ株式会社<br>製造部 大場様</p>
<p>いつもお世話になっております。早瀬です。<br>
6月第2週の就業割当をお送りします。欠勤連絡は各会員から直接入ることがありますので、
携帯番号を載せています。</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#dde"><th>日付</th><th>会員氏名</th><th>携帯</th><th>担当</th></tr>
{_trs}
</table>
<p>よろしくお願いいたします。</p>
<p style="color:#666">日の出産業株式会社 シニアワーク事業部<br>早瀬 健一　TEL 048-711-2080</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="HTML-only mail with a table of six members' names and mobiles to a partner company")

# 028 pass — aggregate statistics to the city (no individuals)
add(expect="pass", sender=ONODERA, to=[CITY_P],
    subject="5月分 月次事業報告の送付", charset="utf-8",
    body=f"""長谷部様

お世話になっております。小野寺です。
5月分の月次事業報告（集計表）を添付いたします。
会員数は前月から6名増の1,146名となりました。

よろしくお願いいたします。
{SIG_ONODERA}""",
    attachments=[{"kind": "xlsx", "name": "月次事業報告_R0705.xlsx", "title": "月次事業報告 令和7年5月",
                  "sheets": {
                      "会員数": [["令和7年5月末 会員数（年齢階層別）"], [],
                               ["年齢", "男", "女", "計"], ["60-64", 21, 18, 39], ["65-69", 118, 96, 214],
                               ["70-74", 241, 187, 428], ["75-79", 189, 142, 331], ["80-", 84, 50, 134],
                               ["計", 653, 493, 1146]],
                      "受注・就業": [["区分", "受注件数", "就業延人員", "契約金額(千円)"],
                                ["一般家庭", 214, 1302, 6120], ["民間事業所", 61, 2410, 9880],
                                ["公共", 38, 1215, 5710], ["計", 313, 4927, 21710]]}}],
    entities=[], detectors=[],
    note="aggregate counts by age band and job type; no person can be identified")

# 029 stop — forward of a member's mail stating her disability, to a client
_p = person("F")
add(expect="stop", sender=HAYASE, to=["森下 直樹 <morishita@aozora-kanri.co.jp>"],
    subject="FW: 作業棟の変更について（ご相談）", charset="iso-2022-jp",
    body=f"""森下様

お世話になっております。早瀬です。
下記、会員からの相談を転送いたします。B棟（階段のみ）の担当を外し、エレベーターのある
A棟・C棟に配置替えをしたいと考えておりますが、管理組合様のご了承をいただけますでしょうか。

---------- 転送メッセージ ----------
差出人: {_p['name']} <{_p['email']}>
日付: 2025年6月3日 19:42
宛先: minamino-silver@hinode-sangyo.co.jp
件名: 作業棟の変更について（ご相談）

シルバー人材センター 早瀬様

グリーンコート南野で清掃をしている{_p['name']}です。
言い出しにくかったのですが、私は身体障害者手帳（4級・左下肢機能障害）を持っていて、
B棟の階段清掃が最近とてもつらくなってきました。
できればエレベーターのある棟に替えていただけないでしょうか。

{_p['name']}
携帯 {_p['mobile']}
---------- 転送メッセージ終了 ----------
{SIG_HAYASE}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forward (new text to the client) of a member's mail disclosing her disability grade")

# 030 either — a member's back pain mentioned casually to a household
_p = person("M")
add(expect="either", sender=ARAI, to=["kurosawa.fam@icloud.com"],
    subject="Re: 高木の剪定の件", charset="utf-8",
    body=f"""黒沢 様

お返事ありがとうございます。新井です。
高木（ケヤキ）の剪定ですが、いつも伺っている{_p['name']}さんが少し腰を痛めているとのことで、
今回は脚立を使う高所作業を別の会員に交代させていただきます。低木と草取りは
{_p['sei']}さんが担当します。

日程は7月5日（土）のままで変更ありません。
{SIG_ARAI}

On 2025/06/20 21:05, kurosawa.fam@icloud.com wrote:
> 新井様
> 来月の剪定、今年は高いところもお願いできますか。
> 黒沢
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="'少し腰を痛めている' of a named member: casual remark or health information? judgeable either way")

# 031 stop — corrupt XLSX to a client
add(expect="stop", sender=HAYASE, to=["かえで不動産 管理課 <kanri@kaede-fudosan.co.jp>"],
    subject="空き家巡回 3月分就業実績の送付", charset="cp932",
    body=f"""かえで不動産株式会社
管理課 ご担当者様

お世話になっております。早瀬です。
空き家巡回業務の3月分就業実績をお送りします。請求書は別途郵送いたします。
{SIG_HAYASE}""",
    attachments=[{"kind": "corrupt", "name": "空き家巡回_3月分就業実績.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected")

# 032 pass — generic safety guide PDF to a partner company
add(expect="pass", sender=OTSUKI, to=["川崎電機 南野工場 安全衛生課 <anzen@kawasaki-denki.co.jp>"],
    subject="会員向け安全就業の手引き（工場内作業編）のご提供", charset="utf-8",
    body=f"""川崎電機株式会社 南野工場
安全衛生課 御中

お世話になっております。南野市シルバー人材センターの大槻です。
先日の安全パトロールでお話のあった、会員向けの手引きを添付いたします。
工場内のルールと相違がありましたらご指摘ください。
{SIG_OTSUKI}""",
    attachments=[{"kind": "pdf", "name": "安全就業の手引き_工場内作業編.pdf", "title": "安全就業の手引き",
                  "lines": ["安全就業の手引き（工場内作業編）", "南野市シルバー人材センター 安全委員会",
                            "", "1. 作業前に体調を確認し、不調の時は班長に申し出る。",
                            "2. フォークリフトの通路を横切る時は指差し呼称を行う。",
                            "3. 20kgを超える荷物は二人で持つ。",
                            "4. 1時間に1回は水分補給をする。",
                            "5. ヒヤリハットは当日中にセンターへ報告する。",
                            "", "緊急時の連絡先：センター事務局 048-711-2080"]}],
    entities=[], detectors=[],
    note="generic safety guide, no personal data")

# 033 stop — a member's residence card number to the city
_rc = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + \
    f"{rng.randint(10**7, 10**8 - 1)}" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
add(expect="stop", sender=MIYAUCHI, to=[CITY_P],
    subject="外国籍の方の入会について（確認のお願い）", charset="iso-2022-jp",
    body=f"""高齢福祉課 長谷部様

お世話になっております。宮内です。
外国籍の方の入会申込みがあり、市の補助対象会員に含めてよいか確認させてください。

　氏名：陳 麗華（チン レイカ）
　生年月日：1957年10月3日
　在留資格：永住者
　在留カード番号：{_rc}（有効期限 2029年10月3日）
　住所：埼玉県南野市宮下2-9-11 メゾン宮下102

入会説明会は受講済みで、家事援助での就業を希望されています。
ご確認のほどよろしくお願いいたします。
{SIG_MIYAUCHI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="an applicant's residence card number with birth date and address sent to the city")

# 034 pass — property damage claim: insurer in To, client in Cc, no injury, no personal data
add(expect="pass", sender=OTSUKI, to=[INSURER], cc=["森下 直樹 <morishita@aozora-kanri.co.jp>"],
    subject="賠償責任保険 事故報告（飛び石による車両ガラス破損）", charset="utf-8",
    body=f"""星見損害保険株式会社 石橋様
（cc：あおぞら住宅管理 森下様）

お世話になっております。大槻です。
就業中に対物事故が発生しましたので、ご報告いたします。

 ・発生日時：2025年6月9日 9:40頃
 ・場所：グリーンコート南野 駐車場脇の植栽帯
 ・状況：会員が刈払機で除草中、飛び石により駐車中の社用車（あおぞら住宅管理様所有）の
   リアガラスが破損。人身被害なし。
 ・車両：ライトバン（ナンバーは森下様より別途ご連絡いただきます）
 ・対応：当日中に現場写真を撮影、飛散防止ネットの使用を再徹底

修理見積りは森下様から直接お送りいただく予定です。
{SIG_OTSUKI}""",
    entities=[], detectors=["multiple_external_domains"],
    note="property-damage report to insurer with the client in Cc: two organisations, no injury")

# 035 stop — English list of members with romaji names, ages, phones and e-mail to a researcher
_p = people(6)
_rows = "\n".join(f"{i + 1}. {q['romaji']:<22} age {q['age']:<3} {q['mobile']:<15} {q['email']}"
                  for i, q in enumerate(_p))
add(expect="stop", sender=HAYASE, to=["Dr. Emily Hart <e.hart@kanto-fukushi.ac.jp>"],
    subject="Interview participants (silver work study)", charset="utf-8",
    body=f"""Dear Dr. Hart,

Thank you for your patience. Six members have agreed to take part in your interview study
on work and wellbeing after retirement. Please contact them directly to arrange a time;
most of them prefer a phone call in the morning.

{_rows}

{'Mr.' if _p[0]['sex'] == '男' else 'Ms.'} {_p[0]['sei_r']} and {'Mr.' if _p[1]['sex'] == '男' else 'Ms.'} {_p[1]['sei_r']} would like to be interviewed at our office rather
than at home.

Best regards,
{SIG_EN}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="six members' romaji names, ages, mobiles and e-mails in an English mail to a university")

# 036 pass — English visit schedule for an overseas delegation
add(expect="pass", sender=HAYASE, to=["Park Ji-won <jwpark@seoul-senior.or.kr>"],
    cc=["早瀬 健一 <hayase@hinode-sangyo.co.jp>"],
    subject="Itinerary for your study visit on 22 October", charset="utf-8",
    body=f"""Dear Ms. Park,

Please find below the itinerary for your delegation's visit on Wednesday, 22 October.

  09:30  Arrival at Minamino Welfare Hall (2-14-3 Honcho)
  09:45  Overview of the Silver Human Resources Center (Ms. Higashi, Director)
  10:30  Visit: garden maintenance team at Minamino Central Park
  12:00  Lunch at the community cafe run by members
  13:30  Visit: recycling workshop (furniture repair)
  15:00  Q&A and closing

On the day, please call our office (+81-48-711-2080) if you are delayed. An interpreter
will be provided by the city.

Best regards,
{SIG_EN}""",
    entities=[], detectors=[],
    note="English visit itinerary with the office switchboard; no personal data")

# 037 stop — password-protected PDF to the insurer
add(expect="stop", sender=OTSUKI, to=[INSURER],
    subject="事故報告書（様式第3号）の送付　R7-06-012", charset="iso-2022-jp",
    body=f"""石橋様

お世話になっております。大槻です。
先日第一報をお送りした件の事故報告書（様式第3号）をPDFにてお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。
{SIG_OTSUKI}""",
    attachments=[{"kind": "pdf", "name": "事故報告書_R7-06-012.pdf", "password": "hoshimi0612",
                  "lines": ["事故報告書（様式第3号）", "被保険者：（略）", "傷病名：（略）"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF: the attachment cannot be inspected")

# 038 pass — a member's own payment statement sent to that member
_p = person("F")
add(expect="pass", sender=TSURUMI, to=[f"{_p['name']} <{_p['email']}>"],
    subject="5月分 配分金のお支払いについて", charset="utf-8",
    body=f"""{_p['name']} 様

いつもお疲れさまです。シルバー人材センター経理の鶴見です。
5月分の配分金を以下のとおりお振込みしましたのでお知らせします。

  会員番号：{_p['no']}
  就業内容：家事援助（6件）、宛名書き（2件）
  配分金額：38,760円
  振込日　：6月13日（金）
  振込先　：{_p['bank']}

明細書は次回の会報と一緒に郵送いたします。
{SIG_TSURUMI}""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data", "freemail_recipient"],
    note="one member's own payment details sent to that member: one person, may be warned")

# 039 stop — a member's driving licence number to a partner
_p = person("M")
_dl = f"{rng.choice(['30', '32'])}{rng.randint(10, 99)}{rng.randint(10**7, 10**8 - 1)}"
add(expect="stop", sender=HAYASE, to=["青葉運輸 南野センター 寺内様 <terauchi@aoba-unyu.co.jp>"],
    subject="構内車両運転の会員について（免許情報）", charset="utf-8",
    body=f"""寺内様

お世話になっております。早瀬です。
構内でのフォークリフト・軽トラック運転の登録に必要とのことでしたので、
担当予定の会員の免許情報をお送りします。

  氏名　　　：{_p['name']}
  生年月日　：{_p['wareki']}
  運転免許証：第 {_dl[:4]} {_dl[4:8]} {_dl[8:]} 号（中型・大特、令和9年{_p['m']}月{_p['d']}日まで有効）
  その他　　：フォークリフト運転技能講習 修了

写しが必要でしたら、センターで原本確認のうえお持ちします。
{SIG_HAYASE}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="a member's driving licence number with birth date sent to a partner company")

# 040 pass — internal only: My Numbers for the payment records
_p = people(6)
_sheet = [["支払調書用 個人番号一覧（令和6年分・追加）"], ["会員番号", "氏名", "個人番号", "支払金額"]]
for q in _p:
    _sheet.append([q["no"], q["name"], next_my_number(), rng.randint(120, 980) * 1000])
add(expect="pass", sender=TSURUMI, to=[ONODERA],
    subject="個人番号一覧（支払調書 追加6名分）", charset="utf-8",
    body=f"""小野寺さん

お疲れさまです。鶴見です。
支払調書の追加6名分の個人番号一覧です。番号の確認（本人確認書類との照合）を
お願いします。確認後は共有フォルダの所定の場所に保存してください。

鶴見""",
    attachments=[{"kind": "xlsx", "name": "個人番号一覧_追加分.xlsx", "sheets": {"一覧": _sheet}}],
    entities=["JP_MY_NUMBER", "PERSON_NAME"], detectors=[],
    note="My Numbers of six members but the only recipient is internal")

# 041 stop — forward of a client's card number to the payment agent
_p = person("F")
_card = next_card()
add(expect="stop", sender=TSURUMI, to=["スマイル決済 サポート <support@smile-kessai.co.jp>"],
    subject="Fw: 利用料のカード払いについて", charset="iso-2022-jp",
    body=f"""スマイル決済株式会社 サポートご担当者様

お世話になっております。日の出産業（南野市シルバー人材センター）経理の鶴見です。
加盟店ID：MS-20817 です。
利用者の方からメールでカード情報が届きました。オンライン決済画面の操作が難しいとの
ことで、御社で手動決済していただくことは可能でしょうか。

-----Forwarded Message-----
From: {_p['email']}
Sent: Tuesday, June 10, 2025 8:12 AM
To: minamino-silver@hinode-sangyo.co.jp
Subject: 利用料のカード払いについて

いつもお世話になっております。家事援助をお願いしている{_p['name']}です。
5月分の利用料 18,480円 をカードで払いたいです。
カード番号 {_card[:4]}-{_card[4:8]}-{_card[8:12]}-{_card[12:]}
有効期限 09/28
名義 {_p['romaji'].upper()}
よろしくお願いします。
""",
    entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="forwarded client mail carrying a full credit card number to an outside payment agent")

# 042 pass — internal only: password ZIP between staff
add(expect="pass", sender=SEKIGUCHI, to=[ONODERA, "東 恵美 <higashi@hinode-sangyo.co.jp>"],
    subject="会員管理システム 権限設定一覧（暗号化ZIP）", charset="utf-8",
    body=f"""小野寺さん、東部長

関口です。監査対応用に、会員管理システムの権限設定一覧をまとめました。
暗号化ZIPにしています。パスワードはTeamsでお送りします。
{SIG_SEKIGUCHI}""",
    attachments=[{"kind": "zip", "name": "権限設定一覧_202506.zip", "password": "kanri-audit-0625",
                  "files": [{"kind": "xlsx", "name": "権限設定一覧.xlsx",
                             "sheets": {"権限": [["ロール", "参照", "更新"], ["事務局", "○", "○"]]}}]}],
    entities=[], detectors=[],
    note="encrypted ZIP, but all recipients are internal")

# 043 stop — PDF of member bank accounts to the bank
_p = people(8)
_table = [["No", "会員番号", "受取人（カナ）", "金融機関・支店", "種目", "口座番号", "金額"]]
for i, q in enumerate(_p):
    acct = q["bank"].split()
    _table.append([str(i + 1), q["no"], q["kana"], f"{acct[0]} {acct[1]}", acct[2], acct[3],
                   f"{rng.randint(8, 96) * 1000 + rng.randint(0, 9) * 100:,}"])
add(expect="stop", sender=TSURUMI, to=["みどり銀行 南野支店 法人営業課 <minamino-hojin@midori-ginko.co.jp>"],
    subject="総合振込（6月13日実行分）の明細について", charset="cp932",
    body=f"""みどり銀行 南野支店
法人営業課 御中

いつもお世話になっております。日の出産業 経理の鶴見です。
6月13日実行の総合振込のうち、データ伝送でエラーとなった8件について、
明細をPDFでお送りします。窓口での手続きをお願いできますでしょうか。
{SIG_TSURUMI}""",
    attachments=[{"kind": "pdf", "name": "総合振込_エラー分明細_0613.pdf", "title": "総合振込 明細",
                  "lines": ["総合振込 明細（エラー分）", "振込指定日：2025年6月13日",
                            "依頼人：日の出産業株式会社（南野市シルバー人材センター配分金）", ""],
                  "table": _table}],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="PDF table of eight members' names and bank accounts sent to the bank")

# 044 pass — CSV of job orders from businesses (business list)
_rows = [["受付番号", "発注者", "作業内容", "作業場所", "代表電話", "人数", "期間"],
         ["R7-0611", "北国フーズ株式会社 南野第二工場", "箱折り・シール貼り", "南野市西原6-2", "048-745-1100", "4", "7/1-9/30"],
         ["R7-0614", "あおぞら住宅管理株式会社", "共用部清掃", "南野市本町3-8-1 グリーンコート南野", "048-711-5530", "2", "通年"],
         ["R7-0620", "青葉運輸株式会社 南野センター", "仕分け補助", "南野市大字北谷2201", "048-722-3001", "3", "12/1-12/28"],
         ["R7-0622", "南野市公園緑地協会", "花壇管理", "南野市栄町2-1 南野中央公園", "048-711-7070", "5", "通年"],
         ["R7-0627", "さくらホテル南野駅前", "客室清掃補助", "南野市栄町1-3", "048-711-3939", "2", "7/15-8/31"],
         ["R7-0630", "かえで不動産株式会社", "空き家巡回", "南野市内一円", "048-730-2288", "1", "通年"]]
add(expect="pass", sender=HAYASE, to=[CITY],
    subject="6月 新規受注（事業所）一覧", charset="utf-8",
    body=f"""高齢福祉課 ご担当者様

お世話になっております。早瀬です。
6月に受け付けた事業所からの新規受注一覧をCSVでお送りします。
就業機会拡大の取組み報告の資料としてお使いください。
{SIG_HAYASE}""",
    attachments=[{"kind": "csv", "name": "新規受注一覧_R0706.csv", "encoding": "utf-8", "rows": _rows}],
    entities=[], detectors=[],
    note="list of client businesses with switchboard numbers: businesses, not people")

# 045 stop — ZIP with a UTF-8 CSV member master to the system vendor
_p = people(10)
_rows = [["kaiin_no", "shimei", "kana", "seibetsu", "seinengappi", "yubin", "jusho", "tel", "keitai", "mail"]]
for q in _p:
    _rows.append([q["no"], q["name"], q["kana"], q["sex"], q["birth"], q["zip"], q["addr"], q["tel"],
                  q["mobile"], q["email"]])
add(expect="stop", sender=SEKIGUCHI, to=["ツバサシステム 佐伯様 <saeki@tsubasa-system.jp>"],
    subject="移行テスト用データ（会員マスタ）", charset="utf-8",
    body=f"""佐伯様

お世話になっております。関口です。
移行テスト用に、現行システムから会員マスタを10件抽出しました。
文字コードはUTF-8、区切りはカンマです。旧字体（「實」など）の変換確認にお使いください。
{SIG_SEKIGUCHI}""",
    attachments=[{"kind": "zip", "name": "kaiin_master_test.zip",
                  "files": [{"kind": "csv", "name": "kaiin_master_10.csv", "encoding": "utf-8", "rows": _rows}]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="real-looking member master (10 rows) inside a ZIP sent to the vendor as 'test data'")

# 046 pass — meeting minutes to the city (staff names only)
add(expect="pass", sender=ONODERA, to=[CITY_P],
    subject="第2回 受託事業定例会 議事録（案）", charset="utf-8",
    body=f"""長谷部様

お世話になっております。小野寺です。
先日の定例会の議事録（案）を添付します。修正点があれば今週中にお知らせください。
{SIG_ONODERA}""",
    attachments=[{"kind": "docx", "name": "定例会議事録_第2回_案.docx", "title": "第2回 受託事業定例会 議事録",
                  "paragraphs": ["第2回 南野市シルバー人材センター受託事業 定例会 議事録（案）",
                                 "日時：令和7年6月17日（火）10:00〜11:30　場所：市役所本庁舎4階 小会議室",
                                 "出席：（市）高齢福祉課 長谷部、同 北村　（受託者）東、小野寺、大槻",
                                 "1. 5月実績：受注313件、就業延人員4,927人日。前年同月比で微増。",
                                 "2. 熱中症対策：7〜8月は屋外作業を11時までとする方針を確認。",
                                 "3. 会員募集：市報8月号に入会説明会の案内を掲載する。",
                                 "次回：7月15日（火）10:00〜"]}],
    entities=[], detectors=[],
    note="minutes with staff names and aggregate figures; no personal data of members")

# 047 stop — PPTX case study naming a member with a diagnosis, marked 取扱注意
_p = person("F")
add(expect="stop", sender=HIGASHI, to=[CITY_P],
    subject="研修会資料（就業継続支援の事例）", charset="utf-8",
    body=f"""長谷部様

お世話になっております。東です。
来週の地域包括ケア研修会で使用する資料をお送りします。
事例部分はご本人の了解を得ていますが、扱いにはご注意ください。
{SIG_HIGASHI}""",
    attachments=[{"kind": "pptx", "name": "研修会資料_就業継続支援.pptx", "page_footer": "取扱注意",
                  "slides": [["就業継続支援の取組み", "南野市シルバー人材センター", "令和7年7月"],
                             ["事例：認知機能の低下が見られた会員",
                              f"{_p['name']} さん（{_p['age']}歳・{_p['town']}在住）",
                              "令和6年秋、軽度認知障害（MCI）と診断",
                              "宛名書き → 公園の花壇管理（2名1組）へ配置替え",
                              "地域包括支援センターと月1回情報共有"],
                             ["まとめ", "早期の気づきと配置の工夫で就業継続が可能"]]}],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "confidential_marking"],
    note="PPTX names a member with an MCI diagnosis; every slide carries a 取扱注意 footer")

# 048 pass — forward of a client's request (business content only) to the prefectural federation
add(expect="pass", sender=HAYASE, to=["埼玉県シルバー人材センター連合会 派遣事業係 <haken@sai-silver-rengo.or.jp>"],
    subject="FW: 検品作業の人員のご相談", charset="iso-2022-jp",
    body=f"""連合会 派遣事業係 ご担当者様

お世話になっております。南野市シルバー人材センターの早瀬です。
下記の依頼について、作業内容から請負ではなく派遣での対応が適当と考えております。
連合会での派遣契約の取扱いが可能か、ご相談させてください。

-------- Original Message --------
From: 広瀬 <hirose@kawasaki-denki.co.jp>
Sent: Monday, June 16, 2025 11:03
To: hayase@hinode-sangyo.co.jp
Subject: 検品作業の人員のご相談

早瀬様
南野工場の出荷前検品で、8月から3名ほどお願いしたいと考えています。
当社社員の指示のもとでライン作業に入っていただく形になります。
時間は9:00〜15:00、週3日程度です。

川崎電機株式会社 南野工場 生産管理課
広瀬 亮　TEL 048-745-8800（代表）
""",
    entities=[], detectors=[],
    note="forward of a client's business request with its sender's business signature only")

# 049 stop — new insured members, one block per person, 和暦 dates, full-width digits
_p = people(6)
_blocks = "\n".join(
    f"""■{fw(str(i + 1))}
　氏　　名：{q['name']}（{q['kana']}）
　生年月日：{fw(q['wareki'])}
　住　　所：〒{fw(q['zip'])} {q['addr_long']}
　加入日　：令和７年６月１日
""" for i, q in enumerate(_p))
add(expect="stop", sender=OTSUKI, to=[INSURER],
    subject="シルバー団体傷害保険 6月加入者のご連絡", charset="iso-2022-jp",
    body=f"""星見損害保険株式会社
団体保険部 石橋様

お世話になっております。大槻です。
6月1日付で入会した会員の保険加入手続きをお願いいたします。

{_blocks}
以上６名です。保険料は7月分の請求に含めてください。
{SIG_OTSUKI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="six new members, one block each, with 和暦 birth dates in full-width digits and addresses")

# 050 pass — reply; the list of members is only under -----Original Message-----
_p = people(6)
_q = "\n".join(f"  {q['name']}（{q['mobile']}）" for q in _p)
add(expect="pass", sender=HAYASE, to=["公園緑地協会 管理課 杉浦様 <sugiura@minamino-kouen.or.jp>"],
    subject="RE: 7月 草刈り 出動会員について", charset="cp932",
    body=f"""杉浦様

ご確認ありがとうございます。早瀬です。
雨天順延の場合の連絡はセンターから一括でいたしますので、ご安心ください。
よろしくお願いいたします。

早瀬

-----Original Message-----
From: 杉浦 <sugiura@minamino-kouen.or.jp>
Sent: Wednesday, June 25, 2025 4:51 PM
To: 早瀬 健一 <hayase@hinode-sangyo.co.jp>
Subject: RE: 7月 草刈り 出動会員について

早瀬様
承知しました。雨天順延時の連絡はどなたにすればよいでしょうか。

-----Original Message-----
From: 早瀬 健一 <hayase@hinode-sangyo.co.jp>
Subject: 7月 草刈り 出動会員について

杉浦様
7月の出動会員は以下の6名です。
{_q}
""",
    entities=[], detectors=[],
    note="six members' mobiles appear only in the quoted earlier mail the recipient already has")

# 051 stop — reply thread: the new text discloses one member's dialysis
_p = person("M")
add(expect="stop", sender=HAYASE, to=["広瀬 <hirose@kawasaki-denki.co.jp>"],
    subject="Re: 検品ラインの曜日固定について", charset="utf-8",
    body=f"""広瀬様

お世話になっております。早瀬です。
曜日固定の件、ご事情は承知しました。ただ、ご指名いただいた{_p['name']}さんは
人工透析を週3回（火・木・土）受けておられるため、月・水・金以外の就業ができません。
月・水・金の固定でよろしければ、ご本人も継続を希望されています。

ご検討のほどよろしくお願いいたします。
{SIG_HAYASE}

> 早瀬様
> いつもありがとうございます。
> 検品ラインの人員を曜日で固定したいのですが、{_p['sei']}さんに火曜と木曜を
> お願いすることはできますか。慣れている方なので助かります。
> 広瀬
""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="new reply text tells a client that a named member is on dialysis (要配慮, one person)")

# 052 pass — English reply; the health details are only in the quoted text
add(expect="pass", sender=HAYASE, to=["Park Ji-won <jwpark@seoul-senior.or.kr>"],
    subject="Re: Special arrangements for our delegation", charset="utf-8",
    body=f"""Dear Ms. Park,

Thank you for letting us know in advance. We have booked a wheelchair-accessible van
for the whole day, and the lunch venue will prepare a low-sugar menu for one guest.
The park visit route has been changed to avoid the stairs.

Please do not hesitate to tell us if anything else is needed.

Best regards,
Kenichi Hayase

On Mon, 6 Oct 2025 at 10:14, Park Ji-won <jwpark@seoul-senior.or.kr> wrote:
> Dear Mr. Hayase,
> One of our members, Mr. Kim Dong-su (78), uses a wheelchair since his stroke last year
> and has type 2 diabetes. Could you arrange transport and lunch accordingly?
> Best regards,
> Ji-won
""",
    entities=[], detectors=[],
    note="health details of a visitor are only in the quoted text written by the recipient herself")

# 053 stop — a member's basic pension number to the labour consultant
_p = person("M")
_bp = f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
add(expect="stop", sender=ONODERA, to=["はなむら社会保険労務士事務所 花村様 <hanamura@hanamura-sr.jp>"],
    subject="派遣就業会員の雇用保険手続きについて", charset="iso-2022-jp",
    body=f"""花村先生

いつもお世話になっております。南野市シルバー人材センター事務局の小野寺です。
シルバー派遣で週20時間以上の就業となる会員が出ましたので、手続きをお願いいたします。

　氏名：{_p['name']}（{_p['kana']}）
　生年月日：{_p['wshort']}
　基礎年金番号：{_bp}
　派遣先：川崎電機株式会社 南野工場
　就業開始：令和7年8月1日

必要書類がありましたらお知らせください。
{SIG_ONODERA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    note="a member's 基礎年金番号 with birth date (S-era short form) sent to a labour consultant")

# 054 pass — exactly four members with mobiles to a partner hotel
_p = people(4, "F")
_l = "\n".join(f"  {i + 1}) {q['name']}\t{q['mobile']}" for i, q in enumerate(_p))
add(expect="pass", sender=HAYASE, to=["さくらホテル南野駅前 客室課 <kyakushitsu@sakura-hotel.jp>"],
    subject="夏季 客室清掃補助の会員（4名）", charset="utf-8",
    body=f"""さくらホテル南野駅前
客室課 ご担当者様

お世話になっております。早瀬です。
7月15日からの客室清掃補助は、以下の4名で対応いたします。
初日のオリエンテーションの際の連絡先として携帯番号をお知らせします。

{_l}

制服のサイズは別途お知らせします。
{SIG_HAYASE}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four members' names and mobiles: below the five-person list threshold, may be warned")

# 055 stop — a member's health insurance number for a pre-work check-up booking
_p = person("M")
add(expect="stop", sender=OTSUKI, to=["さくらぎ整形外科 受付 <uketsuke@sakuragi-seikei.jp>"],
    subject="就業前健診の予約（シルバー人材センター）", charset="cp932",
    body=f"""さくらぎ整形外科 受付ご担当者様

いつもお世話になっております。南野市シルバー人材センターの大槻です。
派遣就業前の健康診断について、会員1名の予約をお願いいたします。

　受診者　　：{_p['name']} 様（{_p['kana']}）
　生年月日　：{_p['birth']}
　保険証　　：国民健康保険　記号 {fw('47')}　番号 {fw(str(rng.randint(100000, 999999)))}
　希望日　　：7月22日（火）午前 または 7月24日（木）午前

費用はセンター請求でお願いします。
{SIG_OTSUKI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    note="one member's health insurance 記号・番号 (full-width) with birth date sent to a clinic")

# 056 pass — list of hotels (businesses) for a convention
add(expect="pass", sender=ONODERA, to=["埼玉県シルバー人材センター連合会 総務課 <soumu@sai-silver-rengo.or.jp>"],
    subject="県大会（南野開催）の宿泊施設リスト", charset="utf-8",
    body=f"""連合会 総務課 ご担当者様

お世話になっております。南野市シルバー人材センターの小野寺です。
11月の県大会の宿泊について、南野駅周辺の施設をまとめました。
団体料金は各ホテルに直接お問い合わせください。

 施設名                      所在地                  電話            客室数
 --------------------------  ----------------------  --------------  ------
 さくらホテル南野駅前        南野市栄町1-3           048-711-3939    120
 ホテル南野ガーデン          南野市栄町2-11          048-711-6200     86
 ビジネスイン鶴ヶ丘          南野市鶴ヶ丘1-1-5       048-730-1234     54
 南野温泉 ゆらり荘           南野市大字北谷3400      048-722-8811     32
 東横ステイ南野              南野市本町1-9-2         048-711-1045    148

よろしくお願いいたします。
{SIG_ONODERA}""",
    entities=[], detectors=[],
    note="a list of hotels with front-desk numbers: businesses, not people")

# 057 stop — an applicant's criminal record discussed with the city
_p = person("M")
add(expect="stop", sender=HIGASHI, to=[CITY_P],
    subject="入会審査についてのご相談", charset="iso-2022-jp",
    body=f"""長谷部様

お世話になっております。東です。
入会審査で判断に迷うケースがあり、市のご意見を伺いたくご連絡しました。

入会希望者の{_p['name']}氏（{_p['age']}歳、{_p['town']}在住）が、面談の際にご本人から、
平成28年に傷害罪で有罪判決（執行猶予付き）を受けたことがあると申告されました。
現在は猶予期間も満了しており、就業希望は公園清掃です。
定款上の入会要件には該当していますが、個人宅での就業は避ける方向で考えております。

お手すきの際にお電話いただけますと幸いです。
{SIG_HIGASHI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named applicant's criminal conviction (要配慮) sent to the city")

# 058 either — newsletter draft with the names of members receiving awards
_p = people(8)
_award = [[q["name"], q["town"], f"{rng.choice([10, 15, 20])}年"] for q in _p]
add(expect="either", sender=ONODERA, to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="会報「みなみの」第58号 原稿入稿", charset="utf-8",
    body=f"""錦印刷株式会社
営業部 ご担当者様

いつもお世話になっております。南野市シルバー人材センターの小野寺です。
会報第58号の原稿をお送りします。表彰者の欄は本人の掲載同意を得ています。
初校は7月10日頃にいただけますと助かります。
{SIG_ONODERA}""",
    attachments=[{"kind": "docx", "name": "会報58号_原稿.docx", "title": "会報みなみの 第58号",
                  "paragraphs": ["会報 みなみの　第58号（令和7年7月発行）",
                                 "■ 令和7年度 定時総会を開催しました",
                                 "6月20日、福祉会館にて定時総会を開催し、全議案が承認されました。",
                                 "■ 永年会員表彰",
                                 "長年にわたりセンターの事業にご尽力いただいた次の方々が表彰されました。"],
                  "tables": [[["氏名", "地区", "会員歴"]] + _award]}],
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="newsletter naming eight award recipients with district and membership years: publication with consent, or a list of people?")

# 059 stop — a member was a victim of a fraud, told to the social welfare council
_p = person("F")
add(expect="stop", sender=MIYAUCHI, to=["社協 地域福祉係 大谷様 <ootani@minamino-shakyo.or.jp>"],
    subject="会員の見守りについてのお願い", charset="utf-8",
    body=f"""大谷様

いつもお世話になっております。シルバー人材センターの宮内です。
会員の{_p['name']}さん（{_p['addr']}）が、先週、還付金詐欺の被害に遭われ、
約80万円を振り込んでしまったとのことです。警察には届出済みです。
おひとり暮らしで、最近は少し気落ちされているご様子なので、
民生委員さんと連携して見守りをお願いできないでしょうか。

センターでも就業時に声かけを続けます。
{SIG_MIYAUCHI}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named member's address and having been a crime victim (要配慮) sent to the council")

# 060 pass — IT maintenance window with the vendor
add(expect="pass", sender=SEKIGUCHI, to=["ツバサシステム 運用保守窓口 <hoshu@tsubasa-system.jp>"],
    subject="【作業連絡】会員管理サーバ OSパッチ適用（7/5）", charset="utf-8",
    body=f"""ツバサシステム 運用保守ご担当者様

日の出産業 関口です。下記の作業について、当日の立会いをお願いします。

  作業日時：2025/07/05(土) 9:00-12:00
  対象　　：kaiin-ap01 (10.20.31.11) / kaiin-db01 (10.20.31.21)
  内容　　：OSセキュリティパッチ適用、再起動、サービス起動確認
  切戻し　：VMスナップショットから復元（取得は8:30）
  連絡先　：当日は関口の業務携帯へ

チケット番号：TSB-INC-2025-0871
{SIG_SEKIGUCHI}""",
    entities=[], detectors=[],
    note="IT maintenance notice: host names, private IPs, ticket numbers; no personal data")

# 061 stop — a member's religious practice explained to a household
_p = person("F")
add(expect="stop", sender=ARAI, to=["furukawa-t@ezweb.ne.jp"],
    subject="日曜日の家事援助について", charset="iso-2022-jp",
    body=f"""古川 様

お世話になっております。南野市シルバー人材センターの新井です。
日曜日の家事援助のご希望について、担当の{_p['name']}さんに確認いたしました。

{_p['sei']}さんは教会に通われているクリスチャンで、日曜日の午前中は礼拝のため
就業できないとのことです。日曜日は午後2時以降、または土曜日であれば対応可能です。

ご希望をお知らせいただければ調整いたします。
{SIG_ARAI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="a named member's religion told to a private client (要配慮, one person)")

# 062 pass — company switchboard list of major clients
add(expect="pass", sender=HAYASE, to=["南野商工会議所 中小企業相談所 <soudan@minamino-cci.or.jp>"],
    subject="高齢者就業の事例紹介にご協力いただける事業所", charset="utf-8",
    body=f"""南野商工会議所 中小企業相談所 御中

お世話になっております。南野市シルバー人材センターの早瀬です。
先日ご依頼のあった「高齢者活用事例セミナー」の登壇候補として、ご了解をいただいた
事業所をお知らせします。連絡は各社の代表電話へお願いいたします。

・北国フーズ株式会社 南野第二工場（食品製造）　代表 048-745-1100
・川崎電機株式会社 南野工場（電子部品）　代表 048-745-8800
・あおぞら住宅管理株式会社（マンション管理）　代表 048-711-5530
・さくらホテル南野駅前（宿泊）　代表 048-711-3939
・青葉運輸株式会社 南野センター（物流）　代表 048-722-3001

よろしくお願いいたします。
{SIG_HAYASE}""",
    entities=[], detectors=[],
    note="list of client companies with switchboard numbers: businesses, not people")

# 063 stop — XLSX of members fit for work with a chronic-condition column
_p = people(9)
_cond = ["腰椎ヘルニア（重量物不可）", "高血圧", "ペースメーカー（溶接ライン不可）", "特になし",
         "糖尿病（低血糖時に休憩要）", "難聴（補聴器）", "特になし", "喘息（粉塵不可）", "膝関節症"]
_hdr = ["氏名", "年齢", "携帯", "可能時間", "配慮事項（持病等）"]
_s1 = [["検品ライン 就業可能会員一覧（8月〜）"], ["作成：南野市シルバー人材センター"], _hdr]
_s2 = [["構内清掃 就業可能会員一覧（8月〜）"], _hdr]
for i, q in enumerate(_p):
    row = [q["name"], q["age"], q["mobile"], rng.choice(["9-12時", "9-15時", "13-16時"]), _cond[i]]
    (_s1 if i < 5 else _s2).append(row)
add(expect="stop", sender=HAYASE, to=["広瀬 <hirose@kawasaki-denki.co.jp>"],
    subject="8月からの就業可能会員一覧", charset="utf-8",
    body=f"""広瀬様

お世話になっております。早瀬です。
8月からの検品ライン・構内清掃について、就業可能な会員の一覧をお送りします。
配置の際にご配慮いただきたい点を右端の列に記載しております。
{SIG_HAYASE}""",
    attachments=[{"kind": "xlsx", "name": "就業可能会員一覧_8月.xlsx",
                  "sheets": {"検品ライン": _s1, "構内清掃": _s2,
                             "備考": [["※配慮事項は本人の健康申告書に基づく"]]}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="XLSX (two sheets, title rows) of nine members with mobiles and chronic illnesses")

# 064 pass — reply to a household naming the member who will come (name only)
add(expect="pass", sender=ARAI, to=["minoru.hatakeyama@outlook.jp"],
    subject="Re: 障子の張替えについて", charset="utf-8",
    body=f"""畠山 様

ご返信ありがとうございます。新井です。
障子4枚の張替え、7月8日（火）に伺って引き取り、11日（金）にお届けします。
当日は会員の須藤が9時頃に伺います。障子紙は標準品（無地）で承ります。

{SIG_ARAI}

-----Original Message-----
From: minoru.hatakeyama@outlook.jp
Sent: Thursday, July 3, 2025 7:15 PM
Subject: 障子の張替えについて

和室の障子4枚の張替えをお願いしたいです。来週であればいつでも在宅しています。
畠山
""",
    entities=[], detectors=["freemail_recipient"],
    note="a member named only as the worker who will come; no other data about him")

# 065 stop — English PDF with a Confidential footer to an overseas partner
add(expect="stop", sender=HIGASHI, to=["Lin Pei-Hua <peihua.lin@sageworks.org.tw>"],
    subject="Cost structure material for the joint seminar", charset="utf-8",
    body=f"""Dear Ms. Lin,

As discussed, I attach our material on the cost structure of the centre for the joint
seminar in October. Please let me know if you need the figures in another format.

Kind regards,
Emi Higashi
Director, Minamino City Silver Human Resources Center
Hinode Sangyo Co., Ltd.""",
    attachments=[{"kind": "pdf", "name": "Minamino_cost_structure_FY2025.pdf",
                  "title": "Operating cost structure FY2025",
                  "page_footer": "CONFIDENTIAL - Hinode Sangyo internal use only",
                  "lines": ["Operating cost structure FY2025 (draft)", "",
                            "Contract fee from the city: JPY 48.2 million",
                            "Administrative margin on contracts (8%): JPY 20.6 million",
                            "Staff costs: JPY 51.9 million", "Target margin in next tender: 6.5%"]}],
    entities=[], detectors=["confidential_marking"],
    note="attached PDF carries a CONFIDENTIAL / internal-use-only footer, sent abroad")

# 066 pass — aggregated accident statistics to a university
add(expect="pass", sender=OTSUKI, to=["Dr. Emily Hart <e.hart@kanto-fukushi.ac.jp>"],
    subject="就業中事故の集計データ（令和4〜6年度）", charset="utf-8",
    body=f"""Hart先生

お世話になっております。大槻です。
ご依頼の就業中事故の集計をお送りします。個人が特定されないよう件数のみとしています。

  事故の型          60代  70-74  75-79  80以上   計
  ----------------  ----  -----  -----  ------  ---
  転倒・転落           2      9     11       6   28
  刈払機・刃物          1      4      3       0    8
  熱中症               0      3      5       4   12
  交通（自転車）        1      2      4       2    9
  その他               0      1      2       1    4

年度別の内訳が必要でしたらお知らせください。
{SIG_OTSUKI}""",
    entities=[], detectors=[],
    note="counts by accident type and age band only; no one can be identified")

# 067 stop — 【極秘】 mail to the law firm about an injured member
_p = person("M")
add(expect="stop", sender=HIGASHI, to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    subject="【極秘】就業中事故に係る損害賠償請求の件", charset="iso-2022-jp",
    body=f"""白川先生

いつもお世話になっております。日の出産業 東です。
先日お電話でご相談した件、経緯をまとめました。

・被災会員：{_p['name']}氏（{_p['age']}歳）
・令和7年5月、発注者宅の庭で作業中に、発注者が設置した物置の屋根が落下し頭部を負傷
・診断：頭部外傷、外傷性くも膜下出血。現在も高次脳機能障害の疑いで通院中
・ご家族から、発注者と当センター双方に対し損害賠償を求める意向が示されています

来週、ご家族との面談前に打合せの時間をいただけますでしょうか。
{SIG_HIGASHI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "confidential_marking"],
    note="subject marked 【極秘】 and a named member's head injury diagnosis sent to the law firm")

# 068 pass — reply to an applicant on free mail with the orientation details
add(expect="pass", sender=MIYAUCHI, to=["t.onozuka55@softbank.ne.jp"],
    subject="入会説明会のご案内", charset="iso-2022-jp",
    body=f"""小野塚 様

お問い合わせありがとうございます。南野市シルバー人材センターの宮内です。
入会をご希望の方には、まず説明会にご参加いただいております。

　日時：毎月第1・第3水曜日 10:00〜11:30（次回は7月16日）
　会場：南野市福祉会館 2階 研修室
　持ち物：本人確認書類（運転免許証など）、認印、筆記用具
　年会費：2,000円（入会時にお支払いください）

予約は不要です。ご不明な点はお電話でもお気軽にどうぞ。
{SIG_MIYAUCHI}""",
    entities=[], detectors=["freemail_recipient"],
    note="orientation details to one private person on free mail")

# 069 stop — look-alike of a partner domain (dropped co.)
add(expect="stop", sender=HAYASE, to=["内藤様 <naito@kitaguni-foods.jp>"],
    subject="8月の作業日程の調整", charset="utf-8",
    body=f"""北国フーズ株式会社
総務課 内藤様

お世話になっております。早瀬です。
8月はお盆期間（13日〜16日）に会員の休みが集中するため、作業日を以下で調整させてください。

  8/4-8/8   4名体制
  8/12      2名体制
  8/13-8/16 休み
  8/18-     通常（4名）

ご都合が悪ければお知らせください。
{SIG_HAYASE}""",
    entities=[], detectors=["lookalike_domain"],
    note="kitaguni-foods.jp drops the co. of the partner domain kitaguni-foods.co.jp")

# 070 pass — map image to a household
add(expect="pass", sender=ARAI, to=["kurosawa.fam@icloud.com"],
    subject="剪定枝の置き場所について", charset="utf-8",
    body=f"""黒沢 様

新井です。先日はありがとうございました。
剪定した枝の仮置き場所を図にしましたので添付します（赤丸の位置）。
回収は翌週火曜日に軽トラックで伺います。
{SIG_ARAI}""",
    attachments=[{"kind": "png", "name": "okiba_map.png"}],
    entities=[], detectors=["freemail_recipient"],
    note="small image to one private client; nothing personal")

# 071 stop — look-alike of a partner domain (hyphen for a dot)
add(expect="stop", sender=HAYASE, to=["寺内様 <terauchi@aoba-unyu-co.jp>"],
    subject="年末繁忙期の仕分け補助 お見積り", charset="iso-2022-jp",
    body=f"""青葉運輸株式会社 南野センター
寺内様

お世話になっております。早瀬です。
12月の仕分け補助について、お見積りをお送りします。

　期間：12月1日〜12月28日（日曜除く）
　人数：1日あたり3名（9:00〜15:00）
　単価：1,200円／時間・人（税別）
　見積額：1,425,600円（税別・事務費込み）

ご検討のほどよろしくお願いいたします。
{SIG_HAYASE}""",
    entities=[], detectors=["lookalike_domain"],
    note="aoba-unyu-co.jp puts a hyphen for the dot of the partner domain aoba-unyu.co.jp")

# 072 pass — reply to a member; the My Number is only in the quoted text
_p = person("M")
_mn = next_my_number()
add(expect="pass", sender=TSURUMI, to=[f"{_p['name']} <{_p['email']}>"],
    subject="Re: マイナンバーの提出について", charset="iso-2022-jp",
    body=f"""{_p['name']} 様

ご連絡ありがとうございます。経理の鶴見です。
大変恐縮ですが、個人番号はメールではお受けしておりません。
お手数ですが、次回センターにお越しの際に、マイナンバーカード（または通知カードと
本人確認書類）をお持ちください。窓口で確認させていただきます。
いただいたメールはこちらで削除いたしました。

{SIG_TSURUMI}

> 経理ご担当様
> 提出するように言われていたマイナンバーです。
> {_mn[:4]}-{_mn[4:8]}-{_mn[8:]}
> {_p['name']}
""",
    entities=[], detectors=["freemail_recipient"],
    note="the member's own My Number appears only in the quoted text he wrote himself")

# 073 stop — look-alike of a partner domain (rn for m)
add(expect="stop", sender=SEKIGUCHI, to=["佐伯様 <saeki@tsubasa-systern.jp>"],
    subject="保守契約の更新について", charset="utf-8",
    body=f"""佐伯様

お世話になっております。関口です。
会員管理システムの保守契約（契約番号 TSB-M-2022-018）の更新について、
来年度から夜間オンコールを外した場合の金額をお見積りいただけますか。

よろしくお願いします。
{SIG_SEKIGUCHI}""",
    entities=[], detectors=["lookalike_domain"],
    note="tsubasa-systern.jp: 'rn' imitates the 'm' of the partner domain tsubasa-system.jp")

# 074 pass — internal only: 社外秘 memo to staff (one on the mail. subdomain)
add(expect="pass", sender=HIGASHI,
    to=["事業部スタッフ <senior-work@hinode-sangyo.co.jp>", "大槻 隆 <otsuki@mail.hinode-sangyo.co.jp>"],
    subject="【社外秘】次期受託契約の入札方針", charset="iso-2022-jp",
    body=f"""事業部のみなさん

東です。次期（令和8年度〜）受託契約の入札方針を共有します。
社外秘です。外部の方との打合せで言及しないようお願いします。

１．価格：現行比 -3% を上限とする
２．提案の柱：就業開拓員の増員、デジタル受付、熱中症対策
３．スケジュール：9月 仕様書公表予定、10月 提案書提出

以上
{SIG_HIGASHI}""",
    entities=[], detectors=[],
    note="社外秘 marking, but every recipient is internal (including the mail. subdomain)")

# 075 stop — look-alike of a partner domain (another TLD)
add(expect="stop", sender=HIGASHI, to=["白川先生 <shirakawa@shirakawa-law.com>"],
    subject="業務委託契約書（市との契約）のリーガルチェックのお願い", charset="utf-8",
    body=f"""白川先生

いつもお世話になっております。日の出産業 東です。
南野市との業務委託契約書（令和8年度〜）の案が市から示されました。
損害賠償条項と再委託条項について、当社に不利な点がないかご確認をお願いできますでしょうか。
原本は来週お持ちします。
{SIG_HIGASHI}""",
    entities=[], detectors=["lookalike_domain"],
    note="shirakawa-law.com swaps the TLD of the partner domain shirakawa-law.jp")

# 076 pass — reply; the 社外秘 stamp belongs to the client's own quoted mail
add(expect="pass", sender=HAYASE, to=["森下 直樹 <morishita@aozora-kanri.co.jp>"],
    subject="Re: 大規模修繕工事の予定（共有）", charset="iso-2022-jp",
    body=f"""森下様

共有いただきありがとうございます。早瀬です。
足場設置期間（9月〜11月）は外廊下の清掃ができなくなりますので、その間は
エントランスとゴミ置場の清掃を重点的に行うよう、会員に指示しておきます。
作業時間の変更が必要でしたらご相談ください。
{SIG_HAYASE}

> 早瀬様
> 社内資料の抜粋ですが、清掃スケジュールに関係するので共有します。
> 取扱いにはご注意ください。
>
> 【社外秘】グリーンコート南野 大規模修繕工事 工程（案）
> 　9月1日　足場設置開始
> 　9月〜11月　外壁・外廊下・防水工事
> 　11月末　足場解体
> あおぞら住宅管理 森下
""",
    entities=[], detectors=[],
    note="the 【社外秘】 stamp is the client's own, only in the quoted text; new text is plain")

# 077 stop — look-alike of a partner domain (letters swapped)
add(expect="stop", sender=ONODERA, to=["錦印刷 営業部 <eigyo@nishkii-insatsu.co.jp>"],
    subject="Re: 会報第58号 部数の確認", charset="utf-8",
    body=f"""錦印刷株式会社 営業部 ご担当者様

お世話になっております。小野寺です。
部数は前号と同じく1,300部でお願いいたします。
納品先はセンター事務局（福祉会館2階）、納品希望日は7月25日です。
{SIG_ONODERA}""",
    entities=[], detectors=["lookalike_domain"],
    note="nishkii-insatsu.co.jp swaps two letters of the partner domain nishiki-insatsu.co.jp")

# 078 pass — list of parks (places) to a team leader on free mail
add(expect="pass", sender=MIYAUCHI, to=["班長 外山さん <toyama.isao48@yahoo.co.jp>"],
    subject="8月 公園清掃の担当箇所", charset="cp932",
    body=f"""外山さん

いつもありがとうございます。宮内です。
8月の第2班の担当箇所をお送りします。鍵は北部作業所のキーボックスです。

　・南野中央公園　　　　南野市栄町2-1　　　　　トイレ・園路
　・千草台第二公園　　　南野市千草台4-7　　　　園路・遊具まわり
　・柳沢ふれあい広場　　南野市柳沢1-18　　　　 草刈り（刈払機2台）
　・鶴ヶ丘緑道　　　　　南野市鶴ヶ丘2丁目〜3丁目　清掃のみ
　・北谷親水公園　　　　南野市大字北谷1500　　 草刈り・ゴミ拾い

暑さが厳しいので、11時には必ず作業を終えてください。
{SIG_MIYAUCHI}""",
    entities=[], detectors=["freemail_recipient"],
    note="list of parks and their locations (places, not people) to one member on free mail")

# 079 stop — three private households visible to each other in To
add(expect="stop", sender=ARAI,
    to=["高梨 様 <takanashi.y1962@gmail.com>", "島津 様 <maki.shimazu@yahoo.co.jp>",
        "黒沢 様 <kurosawa.fam@icloud.com>"],
    subject="冬季剪定の受付開始のお知らせ", charset="iso-2022-jp",
    body=f"""お客様各位

いつも南野市シルバー人材センターをご利用いただき、ありがとうございます。
昨年ご利用いただいたお客様に、冬季剪定の受付開始をお知らせいたします。

　受付期間：10月1日〜11月15日
　作業期間：12月〜翌年2月
　お申込み：お電話（048-711-2080）または本メールへのご返信

例年12月は大変混み合いますので、お早めにお申込みください。
{SIG_ARAI}""",
    entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private clients can see each other's addresses in To: should have been Bcc")

# 080 pass — tracking numbers for uniforms with the supplier
add(expect="pass", sender=ONODERA, to=["ワークウェア田中 受注センター <order@workwear-tanaka.co.jp>"],
    subject="Re: ご注文品発送のお知らせ（注文番号 WT-250618-033）", charset="utf-8",
    body=f"""ワークウェア田中 受注センター御中

お世話になっております。南野市シルバー人材センターの小野寺です。
発送のご連絡ありがとうございました。2個口のうち1個のみ届いております。

  注文番号：WT-250618-033
  品目　　：空調服ベスト（L/LL）40着、ファン・バッテリーセット 40組
  伝票番号：4471-2290-8813（受領済）／4471-2290-8824（未着）

お手数ですが、未着分の配送状況をご確認いただけますでしょうか。
{SIG_ONODERA}""",
    entities=[], detectors=[],
    note="order and tracking numbers with a supplier; no personal data")

# 081 stop — two companies and one private person visible in To/Cc
add(expect="stop", sender=HAYASE, to=["森下 直樹 <morishita@aozora-kanri.co.jp>"],
    cc=["杉浦 <sugiura@minamino-kouen.or.jp>", "柳沢町会 会長 <yanagisawa.chokai@gmail.com>"],
    subject="柳沢地区 合同清掃（9/7）の役割分担", charset="iso-2022-jp",
    body=f"""関係者各位

お世話になっております。南野市シルバー人材センターの早瀬です。
9月7日（日）の柳沢地区合同清掃の役割分担（案）をお送りします。

　・柳沢調整池周辺の草刈り　　　：シルバー人材センター（会員8名）
　・グリーンコート南野周辺の清掃：あおぞら住宅管理様
　・柳沢ふれあい広場の清掃　　　：町会のみなさま
　・ゴミ袋・軍手の手配　　　　　：公園緑地協会様

集合は8時、柳沢ふれあい広場です。ご意見があればお知らせください。
{SIG_HAYASE}""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two organisations and a private person can see each other in To/Cc: three parties")

# 082 pass — blank form (labels only, no one's data) to the city
add(expect="pass", sender=MIYAUCHI, to=[CITY_P],
    subject="就業能力申告書（様式案）のご確認", charset="utf-8",
    body=f"""長谷部様

お世話になっております。宮内です。
入会時に提出いただく「就業能力申告書」の様式を見直しました。
健康状態の欄は任意記入とし、記入しない場合も不利益がない旨を明記しています。
様式（空欄）を添付しますのでご確認ください。
{SIG_MIYAUCHI}""",
    attachments=[{"kind": "docx", "name": "就業能力申告書_様式案.docx", "title": "就業能力申告書（様式案）",
                  "paragraphs": ["就業能力申告書（様式第2号）",
                                 "※健康状態の欄は任意です。記入しない場合も入会・就業に不利益はありません。"],
                  "tables": [[["氏名", ""], ["生年月日", "昭和・平成　　年　　月　　日"], ["住所", ""],
                              ["電話番号", ""], ["希望する仕事", "□植木 □除草 □清掃 □家事援助 □事務"],
                              ["健康状態（任意）", ""], ["就業できる曜日・時間", ""]]]}],
    entities=[], detectors=[],
    note="a blank form: field labels (氏名, 生年月日, 健康状態) with no one's data")

# 083 stop — legacy XLS roster of training attendees to the training company
_p = people(10)
_sheet = [["刈払機取扱作業者 安全衛生教育 受講者名簿"], ["No", "氏名", "ふりがな", "生年月日", "住所", "電話"]]
for i, q in enumerate(_p):
    _sheet.append([i + 1, q["name"], q["kana"], q["wshort"], q["addr"], q["tel"]])
add(expect="stop", sender=OTSUKI, to=["安全教育センター 受講受付 <jukou@anzen-kyoiku.co.jp>"],
    subject="刈払機安全衛生教育（7/29）受講申込み", charset="cp932",
    body=f"""安全教育センター株式会社
受講受付 ご担当者様

お世話になっております。南野市シルバー人材センターの大槻です。
7月29日開催の刈払機取扱作業者安全衛生教育に、会員10名の受講を申し込みます。
受講者名簿（Excel）を添付しますので、修了証の作成にお使いください。
{SIG_OTSUKI}""",
    attachments=[{"kind": "xls", "name": "受講者名簿_0729.xls", "sheets": {"名簿": _sheet}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="legacy XLS roster of ten members with S-era birth dates, addresses and phones")

# 084 either — five member names only, for visitor passes
_p = people(5)
_l = "\n".join(f"　{q['name']}" for q in _p)
add(expect="either", sender=HAYASE, to=["川崎電機 南野工場 守衛所 <shuei@kawasaki-denki.co.jp>"],
    subject="入構証の発行依頼（8月 検品作業）", charset="iso-2022-jp",
    body=f"""川崎電機株式会社 南野工場
守衛所 ご担当者様

お世話になっております。南野市シルバー人材センターの早瀬です。
8月1日から検品作業に入る会員の入構証の発行をお願いいたします。
所属はいずれも「南野市シルバー人材センター」です。

{_l}

初日は8時40分に守衛所へ伺います。
{SIG_HAYASE}""",
    entities=[], detectors=[],
    note="five names with nothing but their employer, for building passes: a list of people or just names?")

# 085 stop — forward of a team leader's contact list as an attached .eml
_p = people(7)
_l = "\n".join(f"{i + 1}. {q['name']}　自宅 {q['tel']}　携帯 {q['mobile']}" for i, q in enumerate(_p))
_leader = _p[0]
add(expect="stop", sender=HAYASE, to=["杉浦 <sugiura@minamino-kouen.or.jp>"],
    subject="FW: 第3班 連絡網", charset="utf-8",
    body=f"""杉浦様

早瀬です。第3班の班長から連絡網が届きましたので、添付のとおり転送します。
当日の急な変更は、班長または各会員に直接ご連絡いただいて構いません。
{SIG_HAYASE}""",
    attachments=[{"kind": "eml", "name": "第3班 連絡網.eml",
                  "message": {"sender": f"{_leader['name']} <{_leader['email']}>",
                              "to": ["minamino-silver@hinode-sangyo.co.jp"],
                              "subject": "第3班 連絡網", "charset": "iso-2022-jp",
                              "body": f"""センター 早瀬様

第3班の連絡網です。公園協会さんにもお渡しください。

{_l}

班長 {_leader['name']}"""}}],
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="attached forwarded mail carries seven members' home and mobile numbers")

# 086 stop — DOCX with a 部外秘 header to the city
add(expect="stop", sender=HIGASHI, to=[CITY_P],
    subject="来年度の委託料に関する参考資料", charset="utf-8",
    body=f"""長谷部様

お世話になっております。東です。
来年度の委託料の協議に向けて、参考資料をお送りします。
ご査収ください。
{SIG_HIGASHI}""",
    attachments=[{"kind": "docx", "name": "受託事業_収支見込_R7.docx", "page_header": "部外秘",
                  "title": "受託事業 収支見込",
                  "paragraphs": ["南野市シルバー人材センター受託事業 収支見込（令和7年度）",
                                 "収入：委託料 48,200千円、事務費収入 20,600千円",
                                 "支出：人件費 51,900千円、物件費 12,400千円",
                                 "差引：4,500千円（利益率 6.6%）",
                                 "※本社管理費の配賦前"]}],
    entities=[], detectors=["confidential_marking"],
    note="the attached DOCX carries a 部外秘 page header")

# 087 stop — DOCX table of members' emergency contacts to a partner hotel
_p = [person(), person("M"), person(), person("F"), person()]
_rel = [("長男", "M"), ("妻", "F"), ("長女", "F"), ("夫", "M"), ("次男", "M")]
_tbl = [["会員氏名", "緊急連絡先（氏名）", "続柄", "電話"]]
for i, q in enumerate(_p):
    kin = person(_rel[i][1])
    _tbl.append([q["name"], f"{q['sei']} {kin['mei']}", _rel[i][0], kin["mobile"]])
add(expect="stop", sender=HAYASE, to=["さくらホテル南野駅前 総務 <soumu@sakura-hotel.jp>"],
    subject="客室清掃補助 会員の緊急連絡先", charset="utf-8",
    body=f"""さくらホテル南野駅前
総務ご担当者様

お世話になっております。早瀬です。
ホテル様の安全管理規程でご提出が必要とのことでしたので、就業する会員の
緊急連絡先一覧をお送りします。
{SIG_HAYASE}""",
    attachments=[{"kind": "docx", "name": "緊急連絡先一覧.docx",
                  "paragraphs": ["就業会員 緊急連絡先一覧（さくらホテル南野駅前）"], "tables": [_tbl]}],
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="DOCX table of five members with their relatives' names and phones")

# 088 pass — quotation reply to a company with quoted thread
add(expect="pass", sender=HAYASE, to=["かえで不動産 管理課 三宅様 <miyake@kaede-fudosan.co.jp>"],
    subject="Re: 空き家巡回 契約更新のお見積り", charset="cp932",
    body=f"""三宅様

お世話になっております。早瀬です。
空き家巡回の契約更新について、お見積りをお送りします。

　対象物件：22件（前年度 18件）
　巡回頻度：月2回（外観確認・通水・換気・郵便物整理）
　単価　　：1件1回 2,200円（税別）
　年間見積：1,161,600円（税別）

報告書の様式は現行どおりです。ご検討よろしくお願いいたします。
{SIG_HAYASE}

差出人: 三宅 <miyake@kaede-fudosan.co.jp>
送信日時: 2025年9月2日 15:20
宛先: 早瀬 健一
件名: 空き家巡回 契約更新のお見積り

早瀬様
来年度も継続をお願いしたく、お見積りをいただけますか。物件数が22件に増える予定です。
かえで不動産 三宅
""",
    entities=[], detectors=[],
    note="ordinary quotation to a company with a quoted thread and signatures")

# 089 stop — one member's mental disability to an employment-support office
_p = person("M")
add(expect="stop", sender=MIYAUCHI, to=["就労支援センターひだまり 相談員 <soudan@hidamari-shuro.or.jp>"],
    subject="会員の就業についてのご相談", charset="iso-2022-jp",
    body=f"""就労支援センターひだまり
相談員 様

はじめてご連絡いたします。南野市シルバー人材センターの宮内と申します。
当センター会員の{_p['name']}さん（{_p['age']}歳）について、ご相談させてください。

{_p['sei']}さんは統合失調症で通院されており、精神障害者保健福祉手帳（2級）をお持ちです。
最近、作業中に他の会員とのトラブルが続いており、ご本人も悩んでおられます。
ご本人の了解を得ていますので、一度面談の機会をいただけないでしょうか。
{SIG_MIYAUCHI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named member's psychiatric diagnosis and disability certificate sent outside")

# 090 stop — inline answers between quoted lines; the new text lists six members
_p = people(6)
_l = "\n".join(f"  {pad(q['name'], 12)} {q['mobile']}  （{q['age']}歳）" for q in _p)
add(expect="stop", sender=HAYASE, to=["寺内様 <terauchi@aoba-unyu.co.jp>"],
    subject="Re: 12月の仕分け補助について（質問）", charset="utf-8",
    body=f"""寺内様

早瀬です。ご質問に行間で回答いたします。

> 1. 12月の人数は1日3名で確定でしょうか。

はい、3名で確定です。

> 2. 当日来られる方のお名前と連絡先を事前にいただけますか。

ローテーションに入る6名は以下のとおりです。
{_l}

> 3. 昼食は各自持参でしょうか。

各自持参します。休憩室をお借りできれば助かります。

よろしくお願いいたします。
{SIG_HAYASE}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="the list of six members' mobiles is new text written between quoted questions")

# 091 stop — XLSX of My Numbers for payment records to the tax accountant
_p = people(6)
_sheet = [["令和6年分 報酬・料金等の支払調書 対象者（追加）"], [],
          ["会員番号", "氏名", "住所", "個人番号", "支払金額"]]
for q in _p:
    _sheet.append([q["no"], q["name"], q["addr_long"], next_my_number(), rng.randint(510, 990) * 1000])
add(expect="stop", sender=TSURUMI, to=["工藤税理士事務所 <office@kudo-tax.jp>"],
    subject="支払調書 対象者一覧（追加6名）", charset="utf-8",
    body=f"""工藤税理士事務所 御中

お世話になっております。日の出産業 経理の鶴見です。
支払調書の追加対象者6名分の一覧をお送りします。
先日の1名分と合わせてご対応をお願いいたします。
{SIG_TSURUMI}""",
    attachments=[{"kind": "xlsx", "name": "支払調書_追加対象者.xlsx", "sheets": {"対象者": _sheet}}],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="XLSX with six members' My Numbers and addresses sent to an outside tax office")

# 092 pass — English mail to an overseas supplier about cooling hats
add(expect="pass", sender=ONODERA, to=["Sales Team <sales@sunshade-gear.com.au>"],
    subject="Quotation request: cooling hats for outdoor workers", charset="utf-8",
    body=f"""Dear Sales Team,

We are a senior employment centre in Japan and would like a quotation for your
"CoolBrim" neck-shade hats for our members who work outdoors in summer.

  Item: CoolBrim neck-shade hat, model CB-220
  Colours: khaki and light grey
  Quantity: 200 pieces (100 each)
  Delivery: Saitama, Japan, by the end of May 2026

Could you also tell us the unit price for 400 pieces and the shipping cost?

Kind regards,
Mariko Onodera
Minamino City Silver Human Resources Center (Hinode Sangyo Co., Ltd.)
Tel +81-48-711-2080""",
    entities=[], detectors=[],
    note="English purchase enquiry to a supplier; no personal data")

# 093 stop — a member's passport number to the city
_p = person("F")
_pp = f"T{rng.choice('KRZ')}{rng.randint(1000000, 9999999)}"
add(expect="stop", sender=MIYAUCHI, to=[CITY],
    subject="海外からの帰国者の入会に係る本人確認について", charset="utf-8",
    body=f"""高齢福祉課 ご担当者様

お世話になっております。宮内です。
長年海外にお住まいで最近帰国された方から入会の申込みがありました。
住民票の異動手続き中のため、本人確認は旅券で行っています。補助対象としてよいかご確認ください。

  氏名　　：{_p['name']}（{_p['romaji'].upper()}）
  生年月日：{_p['birth']}
  旅券番号：{_pp}
  帰国日　：2025年8月20日
{SIG_MIYAUCHI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="an applicant's passport number with name and birth date sent to the city")

# 094 stop — text file of members' e-mail addresses (no names) to a mail delivery vendor
_p = people(14)
_txt = "\n".join(f"{q['email']}\t{q['town']}" for q in _p)
add(expect="stop", sender=SEKIGUCHI, to=["配信プロ サポート <support@haishin-pro.jp>"],
    subject="初期登録用アドレスリストの送付（アカウント HP-55102）", charset="utf-8",
    body=f"""配信プロ サポートご担当者様

お世話になっております。日の出産業 関口です。
会員向けメール配信の初期登録用に、配信希望者のアドレス一覧をお送りします。
タブ区切りで、2列目は配信グループ（地区）です。一括登録をお願いできますでしょうか。
{SIG_SEKIGUCHI}""",
    attachments=[{"kind": "txt", "name": "address_list.txt", "text": _txt, "encoding": "utf-8"}],
    entities=["EMAIL_ADDRESS"], detectors=["personal_data"],
    note="fourteen members' private e-mail addresses (no name column) in a text file to a vendor")

# 095 stop — header-less CP932 CSV of mailing labels to the printer
_p = people(15)
_rows = [[f"〒{q['zip']}", q["addr_long"], f"{q['name']} 様"] for q in _p]
add(expect="stop", sender=ONODERA, to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="会報 郵送分の宛名データ", charset="cp932",
    body=f"""錦印刷株式会社 営業部 ご担当者様

お世話になっております。小野寺です。
会報第58号の郵送分（メールアドレスのない会員）の宛名データをお送りします。
今回は15件です。宛名ラベルの印刷と封入・発送をお願いいたします。
{SIG_ONODERA}""",
    attachments=[{"kind": "csv", "name": "atena_058.csv", "encoding": "cp932", "rows": _rows}],
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="header-less CSV of fifteen members' names and home addresses to the printer")

# 096 pass — newsletter PDF to one member on free mail
add(expect="pass", sender=MIYAUCHI, to=["kanno.h1950@icloud.com"],
    subject="会報みなみの 第58号（PDF版）", charset="utf-8",
    body=f"""菅野 様

いつもありがとうございます。宮内です。
ご希望のあった会報のPDF版をお送りします。紙の会報は今月末に郵送されます。
{SIG_MIYAUCHI}""",
    attachments=[{"kind": "pdf", "name": "minamino_kaiho_058.pdf", "title": "会報みなみの 第58号",
                  "lines": ["会報 みなみの　第58号", "■ 定時総会を開催しました",
                            "6月20日、福祉会館で定時総会を開催し、全議案が承認されました。",
                            "■ 熱中症にご注意を", "屋外作業は11時までとします。こまめな水分補給を。",
                            "■ 入会説明会", "毎月第1・第3水曜日 10時から 福祉会館2階"]}],
    entities=[], detectors=["freemail_recipient"],
    note="general newsletter to one member on free mail")

# 097 stop — homoglyph look-alike of the own domain (zero for o)
add(expect="stop", sender=TSURUMI, to=["小野寺 真理子 <onodera@hinode-sangy0.co.jp>"],
    subject="8月分 立替経費の精算について", charset="iso-2022-jp",
    body=f"""小野寺さん

お疲れさまです。鶴見です。
8月分の立替経費（講習会の会場費、空調服の送料）の精算書を作成しました。
承認をお願いします。

　会場費　　　　　 6,600円
　送料　　　　　　 2,420円
　合計　　　　　　 9,020円

鶴見""",
    entities=[], detectors=["lookalike_domain"],
    note="hinode-sangy0.co.jp uses a zero for the o of the own domain")

# 098 stop — XLSX price settings with a 【社外秘】 title row inside the sheet
add(expect="stop", sender=HAYASE, to=["かえで不動産 管理課 三宅様 <miyake@kaede-fudosan.co.jp>"],
    subject="料金表の送付", charset="utf-8",
    body=f"""三宅様

お世話になっております。早瀬です。
ご依頼の料金表をExcelでお送りします。ご確認ください。
{SIG_HAYASE}""",
    attachments=[{"kind": "xlsx", "name": "料金表_2025.xlsx",
                  "sheets": {"発注者別": [["【社外秘】発注者別 料金設定表（値引条件含む）"], [],
                                      ["発注者", "作業", "標準単価", "適用単価", "値引理由"],
                                      ["あおぞら住宅管理", "共用部清掃", 1200, 1130, "年間契約"],
                                      ["かえで不動産", "空き家巡回", 2400, 2200, "物件数20件超"],
                                      ["北国フーズ", "箱折り", 1200, 1150, "長期契約"],
                                      ["南野市公園緑地協会", "花壇管理", 1250, 1250, "-"]],
                             "標準": [["作業", "標準単価"], ["清掃", 1200], ["巡回", 2400]]}}],
    entities=[], detectors=["confidential_marking"],
    note="the XLSX sheet's title row is stamped 【社外秘】 (other clients' discounts)")

# 099 stop — full-width bullet list of members' mobiles to a condominium association
_p = people(6)
_l = "\n".join(f"・{q['name'].replace(' ', '　')}{'（班長）' if i == 0 else ''}　{fw(q['mobile'])}"
               for i, q in enumerate(_p))
add(expect="stop", sender=MIYAUCHI, to=["南野ハイツ管理組合 理事会 <riji@minami-heights.jp>"],
    subject="緊急連絡網（植栽管理班）", charset="cp932",
    body=f"""南野ハイツ管理組合
理事会 御中

いつもお世話になっております。宮内です。
植栽管理を担当する班の緊急連絡網をお送りします。
台風などで作業を中止する場合は、班長からご連絡いたします。

{_l}

よろしくお願いいたします。
{SIG_MIYAUCHI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="「・」 list of six members with full-width mobile numbers to a condominium association")

# 100 stop — ZIP for the city; one DOCX inside is marked 機密
add(expect="stop", sender=ONODERA, to=[CITY_P],
    subject="上半期 実績報告一式の提出", charset="utf-8",
    body=f"""長谷部様

お世話になっております。小野寺です。
上半期の実績報告一式をZIPにまとめてお送りします。
（報告書本文、集計表、体制表の3点です）
{SIG_ONODERA}""",
    attachments=[{"kind": "zip", "name": "上半期実績報告_R7.zip",
                  "files": [{"kind": "pdf", "name": "実績報告書.pdf",
                             "lines": ["上半期 実績報告書", "受注件数 1,862件", "就業延人員 28,940人日"]},
                            {"kind": "csv", "name": "集計表.csv", "encoding": "utf-8",
                             "rows": [["月", "受注件数"], ["4", 312], ["5", 313], ["6", 309]]},
                            {"kind": "docx", "name": "体制表_次期提案用.docx", "page_header": "機密",
                             "paragraphs": ["次期受託提案用 職員配置計画",
                                            "就業開拓員を2名増員し、人件費は本社配賦で吸収する。",
                                            "入札価格は現行比 -3% を上限とする。"]}]}],
    entities=[], detectors=["confidential_marking"],
    note="one DOCX inside the ZIP carries a 機密 header (internal bid plan)")
