"""Blind corpus, area "hearingaid": 日の出産業の補聴器・メガネ販売事業 (shops, ENT referrals,
audiograms, 身体障害者手帳 / 補装具費, repairs to makers, follow-up calls, home visits,
care managers, DM campaigns, 認定補聴器技能者).

Every person, customer, clinic, shop address, phone number, account, certificate number and
external organisation/domain in this file is invented (the partner domains are the ones
BRIEF.md gives).  Seeds for build.my_number()/build.card_number() start at 7201 and go up
by one per number used (7201, 7202, …).  Lists are generated with random.Random(7201).
"""

from __future__ import annotations

import random

from build import card_number, my_number

R = random.Random(7201)
_SEED = [7201]


def _next_seed() -> int:
    s = _SEED[0]
    _SEED[0] += 1
    return s


def mynum() -> str:
    return my_number(_next_seed())


def card() -> str:
    return card_number(_next_seed())


def corp_number(base12: str) -> str:
    """法人番号: check digit first (9 - Σ P_n·Q_n mod 9, Q_n = 1 odd / 2 even from the right)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


ZEN = str.maketrans("0123456789-/.():", "０１２３４５６７８９－／．（）：")


def zen(s: str) -> str:
    return s.translate(ZEN)


SEI = ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤", "吉田",
       "山田", "佐々木", "松本", "井上", "木村", "清水", "山崎", "森", "池田", "橋本", "阿部",
       "石川", "前田", "藤田", "後藤", "岡田", "長谷川", "村上", "近藤", "石井", "坂本", "遠藤",
       "青木", "藤井", "西村", "福田", "太田", "三浦", "岡本", "関口", "大河内", "神保", "桑原"]
RARE = ["勘解由小路", "四月一日", "小鳥遊", "月見里", "百目鬼", "薬袋", "九十九", "東海林",
        "五百旗頭", "鬼頭", "躑躅森", "左右田", "廿楽", "蛇穴", "御手洗", "日比生"]
MEI_F = ["和子", "節子", "幸子", "久子", "文子", "敏子", "美智子", "登美子", "静江", "トシ",
         "ハル", "キヨ", "澄子", "弘子", "恵美子", "悦子", "フミ", "千代子", "初枝", "ミツ"]
MEI_M = ["清", "茂", "勇", "正雄", "弘", "昭二", "武", "博", "義男", "哲也", "進", "稔",
         "實", "忠", "貞夫", "孝", "健一", "三郎", "勝利", "辰雄"]

AREAS = [("166-00", "東京都杉並区阿佐谷南"), ("166-00", "東京都杉並区阿佐谷北"),
         ("166-00", "東京都杉並区高円寺南"), ("177-00", "東京都練馬区石神井町"),
         ("180-00", "東京都武蔵野市吉祥寺北町"), ("350-00", "埼玉県川越市新富町"),
         ("350-11", "埼玉県川越市的場"), ("359-11", "埼玉県所沢市緑町"),
         ("359-11", "埼玉県所沢市小手指町"), ("330-08", "埼玉県さいたま市大宮区桜木町"),
         ("330-00", "埼玉県さいたま市浦和区常盤"), ("165-00", "東京都中野区鷺宮"),
         ("354-00", "埼玉県富士見市鶴瀬東"), ("352-00", "埼玉県新座市野火止"),
         ("167-00", "東京都杉並区荻窪"), ("176-00", "東京都練馬区豊玉北")]
BLDG = ["", "", "", "", "コーポ緑 ", "ハイツ若葉 ", "メゾン欅 ", "グリーンヒル "]


def name(rare: bool = False, sex: str = "") -> str:
    sei = R.choice(RARE) if rare else R.choice(SEI)
    sex = sex or R.choice("FM")
    return sei + "\u3000" + R.choice(MEI_F if sex == "F" else MEI_M)


_LAST_TOWN = [""]


def address(with_zip: bool = True) -> tuple[str, str]:
    pre, town = R.choice(AREAS)
    _LAST_TOWN[0] = town
    z = f"〒{pre}{R.randint(10, 99)}"
    a = f"{town}{R.randint(1, 6)}-{R.randint(1, 30)}-{R.randint(1, 22)}"
    b = R.choice(BLDG)
    if b:
        a += f" {b}{R.randint(1, 3)}0{R.randint(1, 8)}"
    return z, a


def mobile() -> str:
    return f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"


def landline() -> str:
    """A landline whose area code fits the last address drawn (if any)."""
    town = _LAST_TOWN[0]
    if town.startswith("東京都"):
        return f"03-33{R.randint(10, 99)}-{R.randint(1000, 9999)}"
    if "川越" in town or "富士見" in town:
        return f"049-2{R.randint(10, 99)}-{R.randint(1000, 9999)}"
    if "所沢" in town:
        return f"04-29{R.randint(10, 99)}-{R.randint(1000, 9999)}"
    if "さいたま" in town or "新座" in town:
        return f"048-6{R.randint(10, 99)}-{R.randint(1000, 9999)}"
    return R.choice([f"03-33{R.randint(10, 99)}-{R.randint(1000, 9999)}",
                     f"049-2{R.randint(10, 99)}-{R.randint(1000, 9999)}",
                     f"04-29{R.randint(10, 99)}-{R.randint(1000, 9999)}",
                     f"048-6{R.randint(10, 99)}-{R.randint(1000, 9999)}"])


def phone() -> str:
    return mobile() if R.random() < 0.45 else landline()


def dob(lo: int = 1934, hi: int = 1956) -> tuple[int, int, int]:
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def wareki(y: int, m: int, d: int, style: str = "long") -> str:
    if y >= 2019:
        era, ab, n = "令和", "R", y - 2018
    elif y >= 1989:
        era, ab, n = "平成", "H", y - 1988
    else:
        era, ab, n = "昭和", "S", y - 1925
    if style == "short":
        return f"{ab}{n}.{m}.{d}"
    return f"{era}{n}年{m}月{d}日"


def seireki(y: int, m: int, d: int) -> str:
    return f"{y}/{m:02d}/{d:02d}"


FREQ = ["125", "250", "500", "1k", "2k", "4k", "8k"]


def thresholds(base: int) -> list[int]:
    v = []
    cur = base
    for i in range(7):
        cur = max(5, cur + R.choice([0, 5, 5, 10, 10, 15]) if i else base)
        v.append(min(cur, 110))
    return v


def four_avg(v: list[int]) -> str:
    return f"{(v[2] + 2 * v[3] + v[4]) / 4:.1f}"


def M(n: int, expect: str, charset: str, sender: str, to: list[str], subject: str,
      entities: list[str], detectors: list[str], note: str, *, body: str | None = None,
      html: str | None = None, cc: list[str] | None = None, bcc: list[str] | None = None,
      attachments: list[dict] | None = None) -> dict:
    m = {"id": f"hearingaid-{n:03d}", "expect": expect, "entities": entities,
         "detectors": detectors, "note": note, "charset": charset, "sender": sender,
         "to": to, "cc": cc or [], "bcc": bcc or [], "subject": subject}
    if body is not None:
        m["body"] = body
    if html is not None:
        m["html"] = html
    if attachments:
        m["attachments"] = attachments
    return m


# -- our people and signatures -----------------------------------------------------------

TAKAGI = "高木 美穂 <m.takagi@hinode-sangyo.co.jp>"
MORISHITA = "森下 健太 <k.morishita@hinode-sangyo.co.jp>"
TESHIGAWARA = "勅使河原 亮 <r.teshigawara@hinode-sangyo.co.jp>"
SAOTOME = "早乙女 由紀 <y.saotome@hinode-sangyo.co.jp>"
HASEBE = "長谷部 聡 <s.hasebe@hinode-sangyo.co.jp>"
ONODERA = "小野寺 彩 <a.onodera@hinode-sangyo.co.jp>"
NONOMURA = "野々村 拓也 <t.nonomura@hinode-sangyo.co.jp>"
USAMI = "宇佐美 恵 <m.usami@hinode-sangyo.co.jp>"
NAKASONE = "仲宗根 翔 <s.nakasone@hinode-sangyo.co.jp>"
SHITARA = "設楽 千尋 <c.shitara@mail.hinode-sangyo.co.jp>"
ASAGAYA = "日の出メガネ・補聴器 阿佐ヶ谷店 <asagaya@hinode-sangyo.co.jp>"

SIG_TAKAGI = """--
日の出産業株式会社
日の出メガネ・補聴器 阿佐ヶ谷店 店長
認定補聴器技能者 高木 美穂
〒166-0004 東京都杉並区阿佐谷南1-8-3 阿佐ヶ谷駅前ビル1F
TEL 03-3311-4128 / FAX 03-3311-4129
m.takagi@hinode-sangyo.co.jp"""

SIG_MORISHITA = """━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社　補聴器事業部
日の出メガネ・補聴器 川越店
森下 健太（もりした けんた）
〒350-0043 埼玉県川越市新富町2-3-11
TEL：049-226-5570　FAX：049-226-5571
━━━━━━━━━━━━━━━━━━━━"""

SIG_TESHI = """──────────────
日の出産業株式会社 補聴器事業部 企画課
勅使河原 亮 Ryo Teshigawara
TEL 03-5301-7720（代表） 内線 214
r.teshigawara@hinode-sangyo.co.jp
──────────────"""

SIG_SAOTOME = """日の出産業株式会社　販売促進課
早乙女 由紀
〒166-0001 東京都杉並区阿佐谷北3-2-9 日の出ビル4F
TEL 03-5301-7725"""

SIG_HASEBE = """***************************
日の出産業株式会社 総務部
長谷部 聡
TEL:03-5301-7710 FAX:03-5301-7719
***************************"""

SIG_ONODERA = """日の出メガネ・補聴器 大宮店
小野寺 彩（認定補聴器技能者）
〒330-0854 さいたま市大宮区桜木町4-1-7
TEL 048-641-3302"""

SIG_NONOMURA = """-- 
日の出産業株式会社 メガネ事業部 商品課
野々村 拓也
TEL 03-5301-7740 / FAX 03-5301-7749"""

SIG_USAMI = """日の出産業株式会社 経理部
宇佐美 恵
03-5301-7715"""

SIG_NAKASONE = """仲宗根 翔 / Sho Nakasone
日の出産業株式会社 情報システム課
内線 230 / 03-5301-7730"""

SIG_SHITARA = """日の出メガネ・補聴器 所沢店
設楽 千尋
〒359-1123 所沢市日吉町10-5 所沢サンロード2F
TEL 04-2921-0881"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and delete
it. Hinode Sangyo Co., Ltd."""

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------------------------------
# 001 stop: follow-up call list (space-padded) pasted into the body for the call-centre vendor
_rows = []
for i in range(8):
    _rows.append((f"F{2406 + i:05d}", name(rare=(i == 5)), phone(),
                  f"2024/{R.randint(1, 3)}/{R.randint(1, 28)}",
                  R.choice(["SNR-R5 RIC", "SNR-B3 耳かけ", "PX-700 CIC", "PX-520 ITE"]),
                  R.choice(["", "午前中希望", "ご家族(長男)が対応", "留守電多い", "", "夕方以降"])))
_t = "受付No    氏名              電話番号          購入日      機種            備考\n"
_t += "-" * 86 + "\n"
for r in _rows:
    _t += f"{r[0]:<9} {r[1]:<10}  {r[2]:<16}  {r[3]:<10}  {r[4]:<14}  {r[5]}\n"
add(M(1, "stop", "cp932", TESHIGAWARA,
      ["コールブリッジ株式会社 受託窓口 <outbound@callbridge.co.jp>"],
      "【架電依頼】3か月点検フォローコール 6月分リスト",
      ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
      "eight customers' names and phone numbers pasted as a table to an external call-centre vendor",
      body=f"""コールブリッジ株式会社
アウトバウンド受託窓口 ご担当者様

いつもお世話になっております。日の出産業の勅使河原です。
6月分の「補聴器ご購入後3か月点検」のご案内架電をお願いいたします。
対象は下記8名様です。トークスクリプトは先月と同じ版（v3.2）でお願いします。

{_t}
・架電期間：6/10（月）～6/21（金）10:00～18:00
・結果は毎週金曜に共有フォルダの結果シートへご記入ください
・来店予約が取れた場合は各店舗へ直接お電話いただいて構いません

以上、よろしくお願いいたします。

{SIG_TESHI}
"""))

# 002 pass: repair request to a maker, reception number and serial only
add(M(2, "pass", "iso-2022-jp", MORISHITA,
      ["ソノーラ補聴器 修理センター <repair@sonora-hearing.co.jp>"],
      "修理依頼（受付番号 KW-24-0611）SNR-R5 音が途切れる",
      [], [],
      "repair request to the maker with a reception number, model and serial; no customer data",
      body=f"""ソノーラ補聴器株式会社
修理センター 御中

いつも大変お世話になっております。
日の出メガネ・補聴器 川越店の森下でございます。

下記の修理をお願いしたく、本日発送いたしました。

　受付番号　：KW-24-0611
　機種　　　：SNR-R5 RIC（右耳用）
　製造番号　：SR5-2207-884216
　購入日　　：2022年9月
　保証　　　：保証期間外（有償修理・上限15,000円まで可）
　症状　　　：会話中に数秒間音が途切れる。電池交換・フィルター交換では改善せず。
　　　　　　　レシーバー断線の可能性あり。
　発送　　　：青葉運輸 伝票番号 4471-2209-6635

見積もりが上限を超える場合は、作業前にご連絡をお願いいたします。
代替機の貸出は当店在庫で対応済みです。

{SIG_MORISHITA}
"""))

# 003 stop: audiogram / fitting report to the referring ENT clinic (one patient, 和暦 DOB)
_r = thresholds(35)
_l = thresholds(30)
add(M(3, "stop", "iso-2022-jp", TAKAGI,
      ["加藤耳鼻咽喉科 加藤先生 <info@kato-jibika.jp>"],
      "補聴器適合のご報告（ご紹介患者様）",
      ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
      "hearing test results of a named patient with date of birth sent to an external ENT clinic",
      body=f"""加藤耳鼻咽喉科
加藤 誠一 先生

平素より大変お世話になっております。
日の出メガネ・補聴器 阿佐ヶ谷店の高木でございます。
先日ご紹介いただきました患者様につきまして、試聴の経過をご報告申し上げます。

■患者様　：御手洗 ハル 様（昭和１４年１１月２日生）
■来店日　：6月4日、6月18日（2回）
■当店測定結果（気導・dBHL）

　周波数(Hz)  {'  '.join(f'{f:>4}' for f in FREQ)}
　右          {'  '.join(f'{x:>4}' for x in _r)}
　左          {'  '.join(f'{x:>4}' for x in _l)}

　平均聴力レベル（4分法）右 {four_avg(_r)}dB／左 {four_avg(_l)}dB
　最高語音明瞭度　右 70%（80dB）／左 65%（80dB）
　診断：両側感音難聴（加齢性）との先生のご所見と相違ございません。

■試聴機：PX-520 ITE 両耳、2週間貸出中
　装用下の語音明瞭度は右 60%、左 55%まで改善しております。

次回7月2日にご家族同席で最終調整を予定しております。
引き続きどうぞよろしくお願い申し上げます。

{SIG_TAKAGI}
"""))

# 004 pass: the same kind of data between two of our own shops
_r = thresholds(45)
add(M(4, "pass", "utf-8", ONODERA,
      ["設楽 千尋 <c.shitara@mail.hinode-sangyo.co.jp>", "tokorozawa@hinode-sangyo.co.jp"],
      "Re: 転居されたお客様の測定データ引継ぎ",
      ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], [],
      "audiogram of a customer moved between two of our own shops: all recipients internal",
      body=f"""設楽さん

お疲れさまです、大宮の小野寺です。
所沢へ転居された 躑躅森 貞夫 様 の測定データを送ります。

右気導：{', '.join(map(str, _r))}（125Hz〜8kHz）
左気導：{', '.join(map(str, thresholds(40)))}
4分法 右 {four_avg(_r)}dB
補聴器：SNR-B3 耳かけ 両耳（2023年購入）、プログラム2は外出用です。
連絡先：{landline()}（奥様が出られることが多いです）

中耳炎の既往があるので、耳栓は開放型のままでお願いします。
何かあれば内線でどうぞ。

{SIG_ONODERA}
"""))

# 005 stop: DM mailing list as CSV to the printer (partner, but a list of 40 people)
_rows = [["顧客コード", "氏名", "郵便番号", "住所", "DM区分"]]
for i in range(40):
    z, a = address()
    _rows.append([f"C{R.randint(100000, 999999)}", name(rare=(i % 13 == 7)), z.lstrip("〒"), a,
                  R.choice(["補聴器", "メガネ", "両方"])])
add(M(5, "stop", "cp932", SAOTOME,
      ["錦印刷 営業部 平田様 <hirata@nishiki-insatsu.co.jp>"],
      "夏の感謝祭DM 宛名データのご送付",
      ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
      "40 customers' names and postal addresses in a CSV to the printing partner",
      body=f"""錦印刷株式会社
平田様

お世話になっております。日の出産業の早乙女です。
夏の感謝祭DMの宛名データを添付いたします（CP932のCSV、40件）。
今回は阿佐ヶ谷店・高円寺店分のみの先行分で、残りは来週お送りします。

宛名面のレイアウトは前回と同じで、DM区分の列は印字不要です。
校正は6/14（金）までにいただけますと助かります。

{SIG_SAOTOME}
""",
      attachments=[{"kind": "csv", "name": "DM宛名_阿佐ヶ谷高円寺_先行分.csv", "rows": _rows}]))

# 006 pass: DM campaign schedule and counts to the printer, no people
add(M(6, "pass", "iso-2022-jp", SAOTOME,
      ["hirata@nishiki-insatsu.co.jp"],
      "Re: 夏の感謝祭DM 部数と納期について",
      [], [],
      "DM print run: counts per shop, schedule and sizes; no personal data",
      body=f"""平田様

お世話になっております。早乙女です。
ご質問いただいた部数と納期、下記のとおりです。

  店舗         部数     差込
  阿佐ヶ谷店   1,250    あり
  高円寺店       830    あり
  川越店       1,400    あり
  所沢店         960    なし（店頭配布分）
  大宮店       1,120    あり
  -----------------------------
  合計         5,560

・仕様：A4三つ折り、圧着ハガキは今回なし
・投函希望日：7月8日（月）
・宛名データは6/14と6/21の2回に分けてお送りします

見積書（No. NS-24-0387）の件、社内決裁が下りましたので正式に発注いたします。
発注書は経理から別途PDFでお送りします。

> 部数と、差込印刷の有無をお知らせいただけますでしょうか。
> 錦印刷 平田

{SIG_SAOTOME}
"""))

# 007 stop: three care-management offices can see each other in To
add(M(7, "stop", "iso-2022-jp", TAKAGI,
      ["ひだまり居宅介護支援事業所 <info@hidamari-care.jp>",
       "こぶし ケアプランセンター <kobushi-cp@kobushi-kyotaku.jp>",
       "やすらぎ介護サービス 居宅部 <kyotaku@yasuragi-kaigo.co.jp>"],
      "【ご案内】ケアマネジャー様向け 補聴器なんでも相談会（7/11）",
      [], ["external_recipients_visible", "multiple_external_domains"],
      "three separate care offices in To can see each other's addresses; should have been Bcc",
      body=f"""居宅介護支援事業所 ケアマネジャー各位

いつも大変お世話になっております。
日の出メガネ・補聴器 阿佐ヶ谷店の高木でございます。

ご利用者様の「聞こえ」についてお困りのケアマネジャー様向けに、
下記のとおり相談会を開催いたします。お気軽にご参加ください。

　日時：7月11日（木）14:00～15:30
　会場：阿佐ヶ谷地域区民センター 第2集会室
　内容：・加齢性難聴の基礎知識
　　　　・補聴器の種類と費用、助成制度（身体障害者手帳・区の購入費助成）
　　　　・ご自宅への訪問調整について
　参加費：無料　定員：20名

お申込みは本メールへのご返信でお願いいたします。

{SIG_TAKAGI}
"""))

# 008 pass: the same kind of invitation done right (Bcc)
add(M(8, "pass", "cp932", SHITARA,
      ["設楽 千尋 <c.shitara@mail.hinode-sangyo.co.jp>"],
      "所沢店より 補聴器の無料点検会のお知らせ",
      [], [],
      "invitation to several care offices, all in Bcc (only the sender in To)",
      bcc=["soudan@tokorozawa-houkatsu.or.jp", "care@midori-kyotaku.jp",
           "kyotaku@komorebi-kaigo.co.jp", "info@sayama-cm.jp", "cm-office@nishi-care.jp"],
      body=f"""居宅介護支援事業所・地域包括支援センター ご担当者様
（本メールはBCCにて一斉にお送りしております）

いつもお世話になっております。日の出メガネ・補聴器 所沢店の設楽です。

ご利用者様の補聴器の「無料点検会」を下記のとおり行います。
他店でご購入の補聴器でも、清掃・電池チェック・簡単な調整をいたします。

　◆6月27日（木）・28日（金）10:00～16:00
　◆会場：所沢店 店頭（所沢サンロード2F）
　◆ご予約不要、送迎のご相談も承ります

チラシ（PDF）は店頭でもお渡ししております。
今後も地域の皆さまの聞こえのお手伝いをさせていただければ幸いです。

{SIG_SHITARA}
"""))

# 009 stop: 補装具費支給 application details with a My Number (full-width) to the city
_mn = mynum()
add(M(9, "stop", "iso-2022-jp", MORISHITA,
      ["川越市 障害者福祉課 補装具担当 <shogai-fukushi@city.kawagoe-sample.lg.jp>"],
      "補装具費支給申請（補聴器）書類の件",
      ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
      ["personal_data"],
      "a customer's My Number, address, DOB and hearing disability grade sent to the city office",
      body=f"""川越市役所 障害者福祉課
補装具ご担当 様

いつもお世話になっております。日の出メガネ・補聴器 川越店の森下です。
先日お電話でご相談した補装具費支給申請の件、申請者様の情報をお送りします。
ご本人様は窓口までお越しになるのが難しいため、代理で書類を整えております。

　申請者氏名　：五百旗頭　勝利（いおきべ　かつとし）
　生年月日　　：昭和１２年５月２０日
　住所　　　　：埼玉県川越市的場２－１７－６
　個人番号　　：{zen(_mn[:4] + ' ' + _mn[4:8] + ' ' + _mn[8:])}
　手帳　　　　：身体障害者手帳　聴覚障害　４級（平成３０年交付）
　医師意見書　：加藤耳鼻咽喉科（補聴器適合判定医）６月３日付
　見積機種　　：ＳＮＲ－Ｂ３　高度難聴用　耳かけ型　右耳

見積書の原本は郵送いたします。不足書類があればお知らせください。

{SIG_MORISHITA}
"""))

# 010 pass: general question to a city office, no person
add(M(10, "pass", "cp932", TAKAGI,
      ["杉並区 障害者施策課 <shisaku@city.suginami-sample.lg.jp>"],
      "高齢者補聴器購入費助成の取扱い店舗登録について（問合せ）",
      [], [],
      "question to a city office about a subsidy scheme in general; no individual",
      body=f"""杉並区役所 障害者施策課 ご担当者様

突然のご連絡失礼いたします。
阿佐ヶ谷で補聴器・メガネ店を営んでおります日の出産業の高木と申します。

令和6年度から始まった「高齢者補聴器購入費助成」について、
取扱い店舗の登録方法を教えていただきたくご連絡いたしました。

1. 店舗登録に必要な書類（認定補聴器専門店の認定証の写しで足りるか）
2. 助成券の受付開始日と、区への請求のサイクル
3. 非課税扱い（障害者総合支援法の補装具）との併用可否

お忙しいところ恐れ入りますが、ご教示いただけますと幸いです。
お電話（03-3311-4128）でも結構です。

{SIG_TAKAGI}
"""))

# 011 stop: look-alike of the partner kawasaki-denki.co.jp (.jp)
add(M(11, "stop", "utf-8", NONOMURA,
      ["川崎電機 今井様 <imai@kawasaki-denki.jp>"],
      "Re: 空気電池PR41 7月納品分のご確認",
      [], ["lookalike_domain"],
      "reply to the partner 川崎電機 typed as kawasaki-denki.jp instead of kawasaki-denki.co.jp",
      body=f"""川崎電機株式会社
今井様

お世話になっております。日の出産業の野々村です。
7月納品分、下記で確定させてください。

  品番         品名                 数量
  PR41-6P      空気電池 312 6個入   1,200
  PR48-6P      空気電池 13  6個入     600
  PR70-6P      空気電池 10  6個入   1,800
  DRY-KIT02    乾燥ケース            120

納品先は本社倉庫（阿佐谷北）でお願いします。
注文番号は HS-PO-240719 です。

野々村

> 7月分の数量確定をお願いできますでしょうか。
> 川崎電機 今井

{SIG_NONOMURA}
"""))

# 012 pass: the same partner, correct domain, order and product codes only
add(M(12, "pass", "iso-2022-jp", NONOMURA,
      ["imai@kawasaki-denki.co.jp"],
      "発注書送付 HS-PO-240802（集音器・電池）",
      [], [],
      "purchase order to the partner on its real domain: order number and product codes",
      body=f"""川崎電機株式会社 営業第二部
今井 様

いつもお世話になっております。
8月分の発注書（HS-PO-240802）を添付にてお送りいたします。

  ・KD-SA10 集音器（店頭販売用）　　　　30台
  ・PR41-6P 空気電池　　　　　　　　 1,500パック
  ・PR70-6P 空気電池　　　　　　　　 2,000パック

納期：8月20日（火）必着
納品先：日の出産業株式会社 本社倉庫
　　　　〒166-0001 東京都杉並区阿佐谷北3-2-9 日の出ビル1F 搬入口

請求書は従来どおり月末締めでお願いします。
{DISCLAIMER_JA}

{SIG_NONOMURA}
""",
      attachments=[{"kind": "pdf", "name": "HS-PO-240802.pdf", "title": "発注書 HS-PO-240802",
                    "lines": ["発注書", "発注番号 HS-PO-240802", "川崎電機株式会社 御中",
                              "日の出産業株式会社 メガネ事業部 商品課"],
                    "table": [["品番", "品名", "数量", "単価", "金額"],
                              ["KD-SA10", "集音器", "30", "6,800", "204,000"],
                              ["PR41-6P", "空気電池312", "1500", "230", "345,000"],
                              ["PR70-6P", "空気電池10", "2000", "230", "460,000"]]}]))

# 013 stop: the DM list again, this time in a password ZIP (PPAP)
add(M(13, "stop", "cp932", SAOTOME,
      ["hirata@nishiki-insatsu.co.jp"],
      "夏の感謝祭DM 宛名データ（残り分）",
      [], ["unscannable_attachment"],
      "password-protected ZIP: the attachment cannot be inspected",
      body=f"""錦印刷 平田様

お世話になっております。早乙女です。
残りの宛名データ（川越・所沢・大宮分）をお送りします。
社内規定によりパスワード付きZIPにしております。パスワードは別メールでお送りします。

よろしくお願いいたします。

{SIG_SAOTOME}
""",
      attachments=[{"kind": "zip", "name": "DM宛名_残り分.zip", "password": "Hinode0621",
                    "files": [{"kind": "csv", "name": "dm_kawagoe.csv",
                               "rows": [["氏名", "郵便番号", "住所"]] +
                               [[name(), *address()] for _ in range(25)]}]}]))

# 014 stop: a damaged XLSX to the maker
add(M(14, "stop", "utf-8", ONODERA,
      ["フォニックス・ジャパン カスタマーサポート <support@phonix-japan.co.jp>"],
      "修理依頼一覧（大宮店 6月分）",
      [], ["unscannable_attachment"],
      "the attached XLSX is corrupt and cannot be read",
      body=f"""フォニックス・ジャパン株式会社
カスタマーサポート ご担当者様

お世話になっております。大宮店の小野寺です。
6月分の修理依頼一覧を添付します。現品は本日まとめて発送しました（4箱）。
ご確認のほどよろしくお願いいたします。

{SIG_ONODERA}
""",
      attachments=[{"kind": "corrupt", "name": "修理依頼一覧_大宮_202406.xlsx"}]))

# 015 stop: a 社外秘 document (header stamp) to an outside consultant
add(M(15, "stop", "iso-2022-jp", TESHIGAWARA,
      ["みらいコンサルティング 坂口様 <sakaguchi@mirai-consulting.co.jp>"],
      "次回定例の資料（価格改定案）",
      [], ["confidential_marking"],
      "the attached DOCX is stamped 社外秘 in its page header and goes to an outside consultant",
      body=f"""みらいコンサルティング
坂口様

お世話になっております。勅使河原です。
次回定例（6/20）で議論いただく価格改定案のドラフトを添付します。
補聴器の両耳セット割と下取り制度の見直しが中心です。

ご意見を事前にいただけますと幸いです。

{SIG_TESHI}
""",
      attachments=[{"kind": "docx", "name": "2024下期_価格改定案_v2.docx",
                    "page_header": "社外秘", "title": "2024下期 価格改定案",
                    "paragraphs": ["2024年度下期 補聴器価格改定案（ドラフト v2）",
                                   "1. 両耳セット割引を10%から12%へ拡大する。",
                                   "2. 下取り制度：他社製品も一律2万円で下取り。",
                                   "3. メガネ併売割：補聴器購入者のメガネ20%引き。",
                                   "4. 実施時期：10月1日（競合の改定前）。"],
                    "tables": [[["区分", "現行", "改定案", "粗利影響"],
                                ["両耳セット割", "10%", "12%", "-1.8pt"],
                                ["下取り", "自社のみ1万円", "一律2万円", "-0.9pt"]]]}]))

# 016 pass: NDA talk with the law firm
add(M(16, "pass", "utf-8", TESHIGAWARA,
      ["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
      "秘密保持契約書（ノルドオーディオ社）のレビューのお願い",
      [], [],
      "mail about reviewing an NDA (機密保持) with a law firm; no marking, no personal data",
      body=f"""白川法律事務所
白川 先生

いつもお世話になっております。日の出産業の勅使河原です。

デンマークの補聴器メーカー Nord Audio 社と、新製品の先行販売に関する
秘密保持契約（Mutual NDA）を締結する予定です。先方ひな形（英文）を添付しますので、
下記の点を中心にご確認いただけますでしょうか。

　・秘密情報の定義が広すぎないか（口頭開示の扱い）
　・存続期間 5年 は妥当か
　・準拠法がデンマーク法になっている点
　・顧客の聴力データは開示対象に含めない旨を明記したい

来週中にご意見をいただければ、先方との調整に間に合います。
どうぞよろしくお願いいたします。

{SIG_TESHI}
""",
      attachments=[{"kind": "docx", "name": "NordAudio_MutualNDA_draft.docx",
                    "paragraphs": ["MUTUAL NON-DISCLOSURE AGREEMENT",
                                   "This Agreement is made between Nord Audio A/S and Hinode Sangyo Co., Ltd.",
                                   "1. Definition of Confidential Information ...",
                                   "2. Term: five (5) years from the Effective Date.",
                                   "3. Governing law: the laws of Denmark."]}]))

# 017 stop: forwarding an ENT referral letter (inline) to the maker's fitting support
add(M(17, "stop", "iso-2022-jp", SHITARA,
      ["ソノーラ補聴器 フィッティングサポート <fitting@sonora-hearing.co.jp>"],
      "FW: 診療情報提供書（補聴器適合のご依頼）",
      ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
      "forward of a clinic's referral letter (diagnosis, DOB, name) to the maker: new text to them",
      body=f"""ソノーラ補聴器 フィッティングサポート ご担当者様

所沢店の設楽です。いつもありがとうございます。
下記の患者様、耳鳴りの併発があり、TRT機能付きのモデルでの調整方法を
ご相談させてください。紹介状の内容を転送します。

----- Forwarded Message -----
差出人: みなみ耳鼻科クリニック <office@minami-ent-clinic.jp>
送信日時: 2024年6月12日 17:42
宛先: 設楽 千尋 <c.shitara@mail.hinode-sangyo.co.jp>
件名: 診療情報提供書（補聴器適合のご依頼）

日の出メガネ・補聴器 所沢店 御中

患者氏名：廿楽 昭二 様（男性）
生年月日：S16.8.27
傷病名　：右突発性難聴（令和5年11月発症）後の高度感音難聴、両側耳鳴
経過　　：ステロイド加療後も右聴力の回復は不十分。左は軽度の加齢性難聴。
　　　　　平均聴力 右72.5dB、左38.8dB。耳鳴苦痛度 THI 58点。
依頼　　：右耳への補聴器適合と耳鳴に対する音響療法をご検討ください。

みなみ耳鼻科クリニック 院長 南 和彦

{SIG_SHITARA}
"""))

# 018 pass: reply to the clinic; the referral is only quoted
add(M(18, "pass", "cp932", TAKAGI,
      ["加藤耳鼻咽喉科 受付 <info@kato-jibika.jp>"],
      "Re: 患者様ご紹介の件",
      [], [],
      "reply to the clinic; the patient's details appear only in the quoted text",
      body=f"""加藤耳鼻咽喉科
受付ご担当 様

お世話になっております。阿佐ヶ谷店の高木です。
ご紹介ありがとうございます。ご本人様から本日お電話をいただき、
来週火曜の午前にご来店のご予約をいただきました。
試聴の結果がまとまりましたら、改めて先生宛にご報告いたします。

高木

> 日の出メガネ・補聴器 阿佐ヶ谷店 高木様
>
> いつもお世話になっております。下記患者様をご紹介いたします。
> 患者氏名：薬袋 静江 様　昭和10年3月14日生
> 診断：両側感音難聴（平均聴力 右56.3dB 左52.5dB）
> 補聴器の試聴をお願いいたします。
> 加藤耳鼻咽喉科 受付

{SIG_TAKAGI}
"""))

# 019 stop: home-visit list, one block per person, with care level and dementia notes
_blocks = []
for i, (cl, memo) in enumerate([("要介護2", "認知症あり（軽度）、ご長女様同席希望"),
                                 ("要支援1", "右耳の補聴器ハウリング"),
                                 ("要介護3", "脳梗塞後遺症で左手が不自由、電池交換介助要"),
                                 ("要介護1", "補聴器紛失の可能性、再作成検討"),
                                 ("要支援2", "難聴進行の訴え、再測定希望"),
                                 ("要介護2", "アルツハイマー型認知症、装用拒否あり")]):
    z, a = address()
    _blocks.append(f"""【{i + 1}】{name(rare=(i == 3))} 様
　住所：{z} {a}
　電話：{landline()}
　介護度：{cl}
　メモ：{memo}""")
add(M(19, "stop", "utf-8", TAKAGI,
      ["ひだまり居宅介護支援事業所 ケアマネ 内藤様 <naito@hidamari-care.jp>"],
      "7月 訪問調整の予定（ひだまり様ご担当分）",
      ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
      "six care-service users with addresses, phones, care levels and dementia notes to a care office",
      body=f"""ひだまり居宅介護支援事業所
内藤様

いつもお世話になっております。日の出メガネ・補聴器の高木です。
7月のご自宅訪問（補聴器の点検・調整）について、内藤様ご担当の利用者様の一覧です。
訪問日時は各ご家庭と調整のうえ、改めてご連絡いたします。

{chr(10).join(_blocks)}

ご都合の悪い方がいらっしゃいましたらお知らせください。

{SIG_TAKAGI}
"""))

# 020 either: care manager mail naming one user and her hearing-aid adjustment visit
add(M(20, "either", "iso-2022-jp", ONODERA,
      ["こぶし ケアプランセンター 大庭様 <ohba@kobushi-kyotaku.jp>"],
      "Re: 小鳥遊様の訪問日程",
      ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
      "names one user and a hearing-aid adjustment visit: implies hearing loss, but no test data",
      body=f"""大庭様

お世話になっております。大宮店の小野寺です。
小鳥遊 トシ 様のご自宅での補聴器調整、7月3日（水）14時で承知しました。
当日はデイサービスからお戻りになった後とのことですので、
少し遅れる可能性も含めてお待ちしております。

左耳の聞こえが悪くなったとのお話でしたので、当日は簡易聴力測定の機材も持参します。

小野寺

> 小野寺様
> 小鳥遊様のご訪問、7/3（水）14時はいかがでしょうか。
> こぶし ケアプランセンター 大庭

{SIG_ONODERA}
"""))

# 021 stop: staff certification roster (XLSX, title row, two sheets) to the association
_staff = [("高木 美穂", "1981/04/12"), ("森下 健太", "1988/10/03"), ("小野寺 彩", "1990/01/25"),
          ("設楽 千尋", "1985/07/19"), ("鬼頭 雅人", "1979/12/02"), ("日比生 奈々", "1993/05/30"),
          ("東海林 修", "1976/08/08")]
_sheet = [["認定補聴器技能者 更新講習 受講者名簿（日の出産業株式会社）"], [],
          ["No", "氏名", "生年月日", "認定番号", "所属店舗", "携帯電話", "受講希望日"]]
for i, (n, b) in enumerate(_staff):
    _sheet.append([i + 1, n, b, f"第{R.randint(10000, 19999)}号", R.choice(["阿佐ヶ谷", "川越", "大宮", "所沢"]),
                   mobile(), R.choice(["9/14", "9/15", "10/5"])])
add(M(21, "stop", "cp932", HASEBE,
      ["日本補聴器技能者協会 研修係 <kenshu@hochouki-kyokai.or.jp>"],
      "更新講習 受講申込（日の出産業 7名）",
      ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
      "seven staff with DOB, certification numbers and mobile numbers in an XLSX to an association",
      body=f"""日本補聴器技能者協会
研修係 御中

いつもお世話になっております。日の出産業株式会社 総務部の長谷部です。
認定補聴器技能者の更新講習について、当社7名分の受講申込をいたします。
名簿を添付いたしますのでご確認ください。受講料は請求書到着後にお振込みいたします。

{SIG_HASEBE}
""",
      attachments=[{"kind": "xlsx", "name": "更新講習受講者名簿_日の出産業.xlsx",
                    "sheets": {"受講者": _sheet,
                               "請求先": [["請求先", "日の出産業株式会社 総務部"],
                                          ["住所", "〒166-0001 東京都杉並区阿佐谷北3-2-9"],
                                          ["TEL", "03-5301-7710"]]}}]))

# 022 pass: internal congratulations (names only)
add(M(22, "pass", "iso-2022-jp", HASEBE,
      ["補聴器事業部 全員 <hochouki-all@hinode-sangyo.co.jp>"],
      "【祝】認定補聴器技能者試験 合格のお知らせ",
      [], [],
      "internal announcement of staff who passed an exam; names only, internal recipients",
      body=f"""補聴器事業部の皆さん

お疲れさまです。総務の長谷部です。
今年度の認定補聴器技能者試験に、当社から次の2名が合格しました。

　・日比生 奈々さん（所沢店）
　・鬼頭 雅人さん（川越店）

これで当社の認定補聴器技能者は合計9名、全店舗に2名以上の配置となります。
認定証の写しは総務で保管しますので、届きましたら原本をお持ちください。
資格手当は8月支給分から反映します。

おめでとうございます！

{SIG_HASEBE}
"""))

# 023 stop: a card number sent by mail because the terminal was down
_cc = card()
add(M(23, "stop", "utf-8", SHITARA,
      ["ペイステーション 加盟店サポート <merchant@paystation.co.jp>"],
      "端末障害時の手動売上処理のお願い（所沢店）",
      ["CREDIT_CARD", "PERSON_NAME"], ["personal_data"],
      "a customer's full credit card number and name sent to the payment agency by mail",
      body=f"""ペイステーション株式会社
加盟店サポート ご担当者様

加盟店番号 8820-4471 日の出メガネ・補聴器 所沢店の設楽です。
本日午前に決済端末が通信エラーとなり、下記の売上を処理できませんでした。
お電話で伺った手順に従い、手動売上の処理をお願いいたします。

　カード会員名：ＫＵＧＥ　ＳＵＭＩＫＯ（久下 澄子 様）
　カード番号　：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限　　：09/27
　金額　　　　：385,000円（補聴器 両耳 一括）
　取引日時　　：6月15日 11:20

お手数ですが処理完了のご連絡をお願いいたします。

{SIG_SHITARA}
"""))

# 024 pass: price list to a care office
add(M(24, "pass", "cp932", MORISHITA,
      ["やすらぎ介護サービス 居宅部 <kyotaku@yasuragi-kaigo.co.jp>"],
      "補聴器の価格表をお送りします",
      [], [],
      "product price list to one care office; no personal data",
      body=f"""やすらぎ介護サービス 居宅部
ご担当者様

いつもお世話になっております。日の出メガネ・補聴器 川越店の森下です。
先日お問い合わせいただいた補聴器の価格表を添付いたします。
身体障害者手帳をお持ちの方は補装具費の支給対象となり、自己負担は原則1割です。
詳細はお気軽にお問い合わせください。

{SIG_MORISHITA}
""",
      attachments=[{"kind": "xlsx", "name": "補聴器価格表_2024.xlsx",
                    "sheets": {"耳かけ型": [["2024年度 補聴器価格表（税込・片耳）"], [],
                                           ["品番", "メーカー", "クラス", "価格"],
                                           ["SNR-B3", "ソノーラ", "スタンダード", 148000],
                                           ["SNR-R5", "ソノーラ", "プレミアム", 385000],
                                           ["PX-300", "フォニックス", "エントリー", 98000]],
                               "耳あな型": [["品番", "メーカー", "クラス", "価格"],
                                          ["PX-520", "フォニックス", "スタンダード", 220000],
                                          ["PX-700", "フォニックス", "プレミアム", 420000]]}}]))

# 025 stop: HTML-only table of seminar participants with hearing complaints to a co-host maker
_tr = ""
for i in range(8):
    _tr += (f"<tr><td>{i + 1}</td><td>{name()}</td><td>{R.randint(66, 91)}</td>"
            f"<td>{phone()}</td><td>{R.choice(['両耳とも聞き取りにくい', '右耳 難聴（手帳6級）', 'テレビの音が大きいと家族に言われる', '耳鳴りがひどい', '他店補聴器が合わない', '左 突発性難聴の既往'])}</td></tr>\n")
add(M(25, "stop", "utf-8", TESHIGAWARA,
      ["フォニックス・ジャパン 営業企画 <event@phonix-japan.co.jp>"],
      "6/29 聞こえの相談会 参加者一覧",
      ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
      "HTML table of eight participants with phones and hearing complaints to the co-hosting maker",
      html=f"""<html><body>
<p>フォニックス・ジャパン 営業企画ご担当者様</p>
<p>いつもお世話になっております。日の出産業の勅使河原です。<br>
6/29 共催の「聞こえの相談会」、現時点の参加申込者は下記のとおりです。<br>
当日のブース割り振りのご参考にしてください。</p>
<table border="1" cellpadding="4">
<tr><th>No</th><th>お名前</th><th>年齢</th><th>電話</th><th>ご相談内容</th></tr>
{_tr}</table>
<p>よろしくお願いいたします。</p>
<pre>{SIG_TESHI}</pre>
</body></html>"""))

# 026 pass: English mail to the overseas maker about a shipment
add(M(26, "pass", "utf-8", TESHIGAWARA,
      ["Lars Mikkelsen <lars.mikkelsen@nordaudio.com>"],
      "PO HS-NA-2406: shipment and invoice",
      [], [],
      "English business mail about a purchase order, invoice and tracking number",
      body=f"""Dear Lars,

Thank you for the quick turnaround on our order.

We have received your invoice NA-INV-88213 for PO HS-NA-2406 (40 x Aurora 7 RIC,
20 x Aurora 7 charger kits). Could you confirm the shipping date? Our customs broker
needs the AWB number in advance; last time it was 176-44820931.

Also, the demo units for the Tokyo trade show should arrive by 5 September at the latest.

Best regards,
Ryo Teshigawara
Planning, Hearing Aid Division
Hinode Sangyo Co., Ltd.
Tel +81-3-5301-7720
{DISCLAIMER_EN}
"""))

# 027 stop: English custom-earmold order with a named customer's audiogram
_r = thresholds(50)
_l = thresholds(55)
add(M(27, "stop", "utf-8", TESHIGAWARA,
      ["Nord Audio Custom Lab <customlab@nordaudio.com>"],
      "Custom shell order CS-0614 / audiogram attached",
      ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
      "English order to the overseas maker carrying a named customer's audiogram and DOB",
      body=f"""Hello Custom Lab team,

Please find below the details for custom shell order CS-0614. The ear impressions
were shipped yesterday by DHL (waybill 4418 2290 61).

Client: Mr. Shigeru Kugayama (born 14 March 1941)
Model: Aurora 7 ITC, binaural, power receiver
Air conduction thresholds (dB HL):
  Hz     {'  '.join(f'{f:>4}' for f in FREQ)}
  Right  {'  '.join(f'{x:>4}' for x in _r)}
  Left   {'  '.join(f'{x:>4}' for x in _l)}
Diagnosis from his ENT: bilateral sensorineural hearing loss, history of otosclerosis
surgery on the left (2009). Please keep the vent small on the left side.

Kind regards,
Ryo Teshigawara
Hinode Sangyo Co., Ltd. / Hearing Aid Division
"""))

# 028 pass: lens order with a job number and prescription values, no name
add(M(28, "pass", "iso-2022-jp", NONOMURA,
      ["ひかりレンズ 受注センター <order@hikari-lens.co.jp>"],
      "レンズ発注 JOB-24-06-3318（遠近両用）",
      [], [],
      "lens order with a job number and prescription values only; no one identifiable",
      body=f"""ひかりレンズ株式会社
受注センター 御中

いつもお世話になっております。日の出産業 メガネ事業部の野々村です。
下記、発注をお願いいたします。

JOB番号：JOB-24-06-3318（阿佐ヶ谷店）
商品：HL-PROGRESSIVE 1.67 AS 遠近両用 / 加工：フチなし（ツーポイント）
　　　　S　　　C　　　AX　　ADD　 PD
　R　 -2.25　-0.50　 180　 +2.00　32.0
　L　 -2.00　-0.75　 175　 +2.00　31.5
フレーム：SBF-2211 GOLD（当店より送付）
納期：6/25店着希望

よろしくお願いいたします。

{SIG_NONOMURA}
"""))

# 029 stop: 小児治療用眼鏡 療養費 — insurance card symbol/number and amblyopia diagnosis to a health insurer
add(M(29, "stop", "cp932", NONOMURA,
      ["北関東広域健康保険組合 給付課 <kyufu@kenpo-kitakanto.or.jp>"],
      "療養費（小児弱視等の治療用眼鏡）申請についての確認",
      ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"], ["personal_data"],
      "a child's insurance card symbol/number, DOB and amblyopia diagnosis sent to a health insurer",
      body=f"""北関東広域健康保険組合
給付課 ご担当者様

お世話になっております。日の出メガネ・補聴器（日の出産業株式会社）の野々村です。
被保険者様から、治療用眼鏡の療養費申請について当店から確認してほしいとのご依頼があり、
ご連絡いたしました。

　被保険者証　記号 ３１２０４　番号 ８８
　対象者（被扶養者）：桑原 陽向 様（平成３０年１０月９日生）
　傷病名：両眼 不同視弱視（あおい眼科 処方、令和6年5月20日付）
　作成眼鏡：小児用フレーム＋球面レンズ 36,300円（税込）

申請に眼科の作成指示書の原本が必要か、写しで足りるかをご教示ください。

{SIG_NONOMURA}
"""))

# 030 pass: internal: DM list CSV between the promotion section and a shop
_rows = [["顧客ID", "氏名", "郵便番号", "住所", "電話", "最終来店"]]
for i in range(12):
    z, a = address()
    _rows.append([f"K{R.randint(10000, 99999)}", name(), z.lstrip("〒"), a, phone(),
                  f"2023/{R.randint(1, 12)}/{R.randint(1, 28)}"])
add(M(30, "pass", "utf-8", SAOTOME,
      ["川越店 森下 <k.morishita@hinode-sangyo.co.jp>"],
      "DM除外チェックのお願い（川越店分）",
      ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], [],
      "customer list sent from one department to a shop: all recipients internal",
      body=f"""森下さん

お疲れさまです。販促の早乙女です。
夏DMの川越店分のうち、1年以上ご来店のない12名を抽出しました。
ご逝去・施設入所などでDM不要の方がいれば、除外列に×をつけて返してください。

今週中だと助かります。

早乙女
""",
      attachments=[{"kind": "csv", "name": "kawagoe_dm_check.csv", "encoding": "utf-8",
                    "rows": _rows}]))

# 031 stop: look-alike of our own domain (hinode-sangyou.co.jp) with a short sales list
_lines = []
for i in range(5):
    _lines.append(f"{name()}\t{phone()}\t{R.choice(['SNR-R5 両耳', 'PX-520 右', 'PX-700 両耳', 'SNR-B3 左'])}\t{R.randrange(150, 800) * 1000:,}円")
add(M(31, "stop", "cp932", ONODERA,
      ["森下 健太 <k.morishita@hinode-sangyou.co.jp>"],
      "大宮店 6月前半の成約一覧",
      ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
      "meant for a colleague but typed hinode-sangyou.co.jp (look-alike of our domain); five customers",
      body=f"""森下さん

お疲れさまです。大宮の小野寺です。
エリア会議用に、6月前半の成約一覧を送ります。

氏名\t電話\t機種\t金額
{chr(10).join(_lines)}

両耳の比率が上がってきています。詳細は会議で。

小野寺
"""))

# 032 pass: tracking numbers with the delivery partner
add(M(32, "pass", "iso-2022-jp", NONOMURA,
      ["青葉運輸 法人営業 <houjin@aoba-unyu.co.jp>"],
      "Re: 6/17出荷分 配達状況の確認",
      [], [],
      "delivery partner, tracking numbers and shop deliveries only",
      body=f"""青葉運輸 法人営業 ご担当者様

お世話になっております。野々村です。
6/17出荷分、下記3口のうち所沢店向けがまだ届いていないようです。
配達状況をご確認いただけますでしょうか。

  伝票番号          届け先
  4471-2210-0185    日の出メガネ・補聴器 川越店（着済）
  4471-2210-0196    日の出メガネ・補聴器 大宮店（着済）
  4471-2210-0200    日の出メガネ・補聴器 所沢店（未着）

よろしくお願いいたします。

{SIG_NONOMURA}
"""))

# 033 stop: driver's licence, DOB and address for an instalment contract
add(M(33, "stop", "utf-8", MORISHITA,
      ["ゆとりクレジット 加盟店審査課 <shinsa@yutori-credit.co.jp>"],
      "分割払い申込 本人確認情報の送付（川越店）",
      ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
      ["personal_data"],
      "a customer's driver's licence number, DOB, address and phone sent to a credit company",
      body=f"""ゆとりクレジット株式会社
加盟店審査課 御中

加盟店コード 55-2031 日の出メガネ・補聴器 川越店 森下です。
補聴器の分割払いお申込みについて、本人確認書類の内容をお送りします。
（申込書原本は本日郵送いたしました）

お申込者：蛇穴 忠（さらぎ ただし）
生年月日：1946年2月11日
住所　　：埼玉県川越市新富町1-22-4
電話　　：049-224-8813
運転免許証番号：第 4309 6612 0872 号（埼玉県公安委員会）
お支払回数：24回　ご購入額：528,000円

審査結果はFAX（049-226-5571）でいただけますと助かります。

{SIG_MORISHITA}
"""))

# 034 pass: one customer's name and phone to the maker for a direct callback
add(M(34, "pass", "cp932", SHITARA,
      ["ソノーラ補聴器 修理センター 江口様 <eguchi@sonora-hearing.co.jp>"],
      "Re: 修理品 TK-24-0588 のお届け先変更",
      ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
      "one customer's name and phone for a direct delivery: a single person's contact, may be warned",
      body=f"""ソノーラ補聴器 江口様

お世話になっております。所沢店の設楽です。
修理品 TK-24-0588 ですが、お客様のご希望で店舗ではなく
ご自宅へ直送していただくことになりました。
配達前にお客様へ直接お電話いただけますでしょうか。

　お客様：左右田 様
　電話　：080-3318-5527（日中は携帯のみ）

お届け先住所は伝票にご記入済みのものをお使いください。

{SIG_SHITARA}
"""))

# 035 stop: residence-card number of a foreign customer for the credit check
add(M(35, "stop", "utf-8", ONODERA,
      ["shinsa@yutori-credit.co.jp"],
      "本人確認（在留カード）の件 / 大宮店",
      ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], ["personal_data"],
      "a foreign customer's residence-card number and DOB sent to the credit company",
      body=f"""ゆとりクレジット 審査課 ご担当者様

大宮店の小野寺です。先ほどお電話した件です。
お申込者様は外国籍の方で、運転免許証をお持ちでないため在留カードで確認しました。

Name: NGUYEN THI HOA（グエン ティ ホア）
Date of birth: 1969/07/23
在留カード番号：UH48201736FA
在留資格：永住者　有効期限：2029年7月23日

ご購入はご主人様用の補聴器（片耳 148,000円、12回払い）です。
よろしくお願いいたします。

{SIG_ONODERA}
"""))

# 036 pass: appointment confirmation to one customer on free mail
add(M(36, "pass", "iso-2022-jp", ASAGAYA,
      ["kurosawa.fumi1952@gmail.com"],
      "ご来店予約の確認（日の出メガネ・補聴器 阿佐ヶ谷店）",
      [], ["freemail_recipient"],
      "appointment confirmation to one customer's own free-mail address; nothing sensitive",
      body=f"""黒澤 様

このたびはご予約をいただきありがとうございます。
下記の内容で承りました。

　日時：6月22日（土）10:30～（約60分）
　内容：補聴器の定期点検・クリーニング
　持ち物：補聴器本体、充電器、保証書

ご都合が悪くなった場合は、お電話（03-3311-4128）でご連絡ください。
ご来店をお待ちしております。

日の出メガネ・補聴器 阿佐ヶ谷店
〒166-0004 東京都杉並区阿佐谷南1-8-3 阿佐ヶ谷駅前ビル1F
営業時間 10:00～19:00（水曜定休）
"""))

# 037 stop: a new employee's basic pension number to the labour-and-social-security office
add(M(37, "stop", "cp932", HASEBE,
      ["藤本社会保険労務士事務所 <office@sr-fujimoto.jp>"],
      "資格取得届の件（7/1入社 1名）",
      ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"], ["personal_data"],
      "a new hire's basic pension number, DOB and address to an outside labour consultant",
      body=f"""藤本社会保険労務士事務所
藤本先生

いつもお世話になっております。日の出産業 総務の長谷部です。
7月1日入社の社員1名について、社会保険の資格取得手続きをお願いします。

　氏名：一ノ瀬 萌（いちのせ もえ）
　生年月日：平成9年4月3日
　住所：〒177-0041 東京都練馬区石神井町5-9-2 メゾン欅 203
　基礎年金番号：4102-538817
　配属：所沢店（メガネ販売・補聴器アシスタント）
　標準報酬月額の算定用：月給 238,000円

扶養家族はおりません。よろしくお願いいたします。

{SIG_HASEBE}
"""))

# 038 stop: tax-free eyeglasses sale — a tourist's passport number to the tax-free operator
add(M(38, "stop", "utf-8", NONOMURA,
      ["TaxFree One Support <support@taxfree-one.jp>"],
      "免税販売の取消処理について / Passport data for cancellation",
      ["PERSON_NAME", "JP_PASSPORT"], ["personal_data"],
      "a customer's passport number and name sent to the tax-free operator",
      body=f"""TaxFree One サポートデスク ご担当者様

日の出メガネ・補聴器 阿佐ヶ谷店（店舗ID TF-13-0877）の野々村です。
本日の免税販売1件を誤って登録したため、取消処理をお願いいたします。

Customer / 購入者：LIM WEI TING
Passport No. / 旅券番号：TW2290814
Nationality：Singapore
Transaction：2024-06-19 15:42 / ¥68,200（メガネ一式）

Registration was made twice by mistake; please cancel the second one (No. 0877-0619-02).

{SIG_NONOMURA}
"""))

# 039 pass: a list of our shops (businesses) to the printer for a flyer
add(M(39, "pass", "iso-2022-jp", SAOTOME,
      ["錦印刷 デザイン室 <design@nishiki-insatsu.co.jp>"],
      "チラシ裏面の店舗一覧（最新版）",
      [], [],
      "list of our own shops with addresses and phone numbers: businesses, not people",
      body=f"""錦印刷 デザイン室 御中

お世話になっております。早乙女です。
チラシ裏面に掲載する店舗一覧の最新版です。高円寺店の電話番号が変わっています。

・阿佐ヶ谷店　〒166-0004 東京都杉並区阿佐谷南1-8-3　TEL 03-3311-4128
・高円寺店　　〒166-0003 東京都杉並区高円寺南4-27-1　TEL 03-3314-2260（新）
・川越店　　　〒350-0043 埼玉県川越市新富町2-3-11　　TEL 049-226-5570
・所沢店　　　〒359-1123 埼玉県所沢市日吉町10-5　　　TEL 04-2921-0881
・大宮店　　　〒330-0854 埼玉県さいたま市大宮区桜木町4-1-7　TEL 048-641-3302
・本社　　　　〒166-0001 東京都杉並区阿佐谷北3-2-9　TEL 03-5301-7700

営業時間はいずれも10:00～19:00、水曜定休（大宮店のみ木曜定休）です。

{SIG_SAOTOME}
"""))

# 040 stop: battery subscription list, one record per block, to the delivery partner
_blk = []
for i in range(6):
    z, a = address()
    _blk.append(f"■ お届け先{i + 1}\n{name()} 様\n{z}\n{a}\nTEL {phone()}\n品目：{R.choice(['PR41', 'PR48', 'PR70'])} 6個入×{R.randint(2, 5)}\n")
add(M(40, "stop", "cp932", NONOMURA,
      ["青葉運輸 法人営業 <houjin@aoba-unyu.co.jp>"],
      "電池定期便 7月発送分 お届け先",
      ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
      "six customers' names, addresses and phones (one block each) to the delivery partner",
      body=f"""青葉運輸 法人営業 ご担当者様

いつもお世話になっております。日の出産業の野々村です。
補聴器用電池の定期便、7月発送分のお届け先をお送りします。
送り状の発行をお願いいたします（集荷は7/3 本社倉庫）。

{chr(10).join(_blk)}
以上6件です。

{SIG_NONOMURA}
"""))

# 041 pass: maker and ENT clinic in one three-way mail (two external organisations)
add(M(41, "pass", "iso-2022-jp", TAKAGI,
      ["加藤耳鼻咽喉科 加藤先生 <info@kato-jibika.jp>"],
      "補聴器適合勉強会（8/22）講師の件",
      [], ["multiple_external_domains"],
      "a normal three-way meeting mail: an ENT clinic and a maker, no personal data",
      cc=["フォニックス・ジャパン 教育担当 石毛様 <ishige@phonix-japan.co.jp>"],
      body=f"""加藤先生
（cc：フォニックス・ジャパン 石毛様）

いつもお世話になっております。阿佐ヶ谷店の高木です。
8月22日（木）の地域勉強会について、先生にご講演をご快諾いただきありがとうございます。
フォニックス・ジャパンの石毛様には、最新機種の実機デモをお願いしております。

　19:00～19:40　加藤先生「補聴器適合検査の実際」
　19:45～20:15　石毛様「充電式補聴器の最新動向」
　会場：阿佐ヶ谷地域区民センター 第1集会室

スライドは8/15頃までにいただけますと、配布資料の準備が間に合います。
どうぞよろしくお願いいたします。

{SIG_TAKAGI}
"""))

# 042 stop: three families on free mail can see each other
add(M(42, "stop", "utf-8", SHITARA,
      ["yamaguchi.keiko@gmail.com", "t-ochiai@yahoo.co.jp", "hiroko.s.1970@icloud.com"],
      "補聴器の無料点検会のご案内（所沢店）",
      [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
      "three private persons on free mail in To: each can see the others' addresses",
      body=f"""ご家族の皆さま

先日はお問い合わせをいただきありがとうございました。
日の出メガネ・補聴器 所沢店の設楽です。

お問い合わせいただいた補聴器の無料点検会、下記の日程で行います。
ご家族様のご都合のよい時間にお越しください。

　6月27日（木）・28日（金）10:00～16:00
　所沢店 店頭（所沢サンロード2F）

{SIG_SHITARA}
"""))

# 043 stop: new text to a care manager with a named user's care level, dementia and hearing
add(M(43, "stop", "cp932", ONODERA,
      ["こぶし ケアプランセンター 大庭様 <ohba@kobushi-kyotaku.jp>"],
      "Re: 小鳥遊様 訪問のご報告",
      ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
      "the new text reports a named person's hearing test result and dementia to a care office",
      body=f"""大庭様

お世話になっております。大宮店の小野寺です。
本日、小鳥遊 トシ様のご自宅に伺いましたのでご報告します。

・簡易測定の結果、左耳の平均聴力が前回48dB→61dBに低下していました。
　耳垢の詰まりもあり、一度耳鼻科の受診をお勧めしました。
・認知症の進行もあってか、補聴器の出し入れが難しくなっています。
　ヘルパーさんの朝の装用介助をケアプランに入れていただけないでしょうか。
・電池は充電式への切替えをご家族とご相談中です。

小野寺

> 小野寺様
> 当日の様子を教えていただけますか。
> 大庭

{SIG_ONODERA}
"""))

# 044 pass: reply to a care manager; the details are only in the quoted part
add(M(44, "pass", "iso-2022-jp", MORISHITA,
      ["やすらぎ介護サービス 居宅部 坪井様 <tsuboi@yasuragi-kaigo.co.jp>"],
      "Re: 訪問調整のご依頼",
      [], [],
      "new text only sets a date; the user's details are in the text being replied to",
      body=f"""坪井様

お世話になっております。川越店の森下です。
ご依頼の件、7月9日（火）の午前10時に伺います。
当日は調整用のパソコンと予備の電池を持参いたします。

森下

-----Original Message-----
From: 坪井 <tsuboi@yasuragi-kaigo.co.jp>
Sent: Monday, June 17, 2024 9:12 AM
To: 森下 健太 <k.morishita@hinode-sangyo.co.jp>
Subject: 訪問調整のご依頼

日の出メガネ 森下様
利用者の 神保 義男 様（要介護2、川越市的場3-4-18、049-231-7764）が
補聴器の音が小さいとおっしゃっています。脳梗塞の後遺症で外出が難しいため、
ご自宅での調整をお願いできますでしょうか。
やすらぎ介護サービス 坪井
"""))

# 045 stop: DOCX fitting-test report for one patient to an ENT clinic
_r = thresholds(40)
_l = thresholds(45)
add(M(45, "stop", "utf-8", SHITARA,
      ["みなみ耳鼻科クリニック <office@minami-ent-clinic.jp>"],
      "補聴器適合検査報告書の送付（廿楽様）",
      ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
      "a DOCX fitting report with a named patient's audiogram and speech scores to the clinic",
      body=f"""みなみ耳鼻科クリニック
南 和彦 先生

いつもお世話になっております。所沢店の設楽です。
ご紹介いただいた患者様の補聴器適合検査報告書を添付いたします。
ご査収のほどよろしくお願いいたします。

{SIG_SHITARA}
""",
      attachments=[{"kind": "docx", "name": "補聴器適合検査報告書_廿楽様.docx",
                    "title": "補聴器適合検査報告書",
                    "paragraphs": ["補聴器適合検査報告書",
                                   "患者氏名：廿楽 昭二 様　生年月日：昭和16年8月27日",
                                   "検査日：2024年6月24日　検査者：設楽 千尋（認定補聴器技能者）",
                                   "装用機種：SNR-R5 RIC 右耳（耳鳴マスカー機能 ON）",
                                   "所見：装用閾値は500Hz～2kHzで30～35dB。語音明瞭度は非装用40%→装用65%に改善。"],
                    "tables": [[["", *FREQ],
                                ["右 裸耳", *map(str, _r)],
                                ["左 裸耳", *map(str, _l)],
                                ["右 装用", "35", "30", "30", "30", "35", "45", "60"]]]}]))

# 046 stop: password-protected PDF quotation to a customer on free mail
add(M(46, "stop", "cp932", TAKAGI,
      ["sato-kazu-1949@yahoo.co.jp"],
      "お見積書送付のご案内（日の出メガネ・補聴器）",
      [], ["unscannable_attachment", "freemail_recipient"],
      "encrypted (password) PDF to a free-mail customer: the attachment cannot be inspected",
      body=f"""佐藤 様

先日はご来店いただきありがとうございました。
お見積書をお送りいたします。PDFにはパスワードを設定しております。
パスワードはお電話でお伝えした4桁の数字です。

ご不明な点がございましたら、お気軽にお問い合わせください。

{SIG_TAKAGI}
""",
      attachments=[{"kind": "pdf", "name": "御見積書_Q-24-0612.pdf", "password": "0612",
                    "lines": ["御見積書 Q-24-0612", "PX-520 ITE 両耳 440,000円（非課税）"]}]))

# 047 stop: 部外秘 marking in subject and body, to a real-estate agent
add(M(47, "stop", "iso-2022-jp", TESHIGAWARA,
      ["向陽不動産 店舗開発部 <tenpo@kouyou-fudosan.co.jp>"],
      "【部外秘】2025年度 出店候補エリアについて",
      [], ["confidential_marking"],
      "the mail is classified 【部外秘】 in its subject and header line and goes to an outside agent",
      body=f"""━━━━━━━━━━━━
取扱区分：部外秘
━━━━━━━━━━━━

向陽不動産株式会社
店舗開発部 ご担当者様

いつもお世話になっております。日の出産業の勅使河原です。
2025年度の出店候補エリアを下記のとおり絞り込みました。
いずれも駅徒歩5分以内・1階路面・20坪前後で物件をお探しいただけますでしょうか。

　第1候補：西武新宿線 田無駅周辺（高齢化率 28%、競合2店）
　第2候補：JR 浦和駅西口（既存大宮店からの移管客 約300名見込み）
　第3候補：東武東上線 ふじみ野駅周辺

社内でもまだ役員会前の段階ですので、お取扱いにご注意ください。

{SIG_TESHI}
"""))

# 048 pass: the word 社外秘 only mentioned, not a marking
add(M(48, "pass", "utf-8", TESHIGAWARA,
      ["tenpo@kouyou-fudosan.co.jp"],
      "Re: 物件資料のご依頼について",
      [], [],
      "mentions that the internal plan is 社外秘 and cannot be sent; no marked document goes out",
      body=f"""向陽不動産 店舗開発部
ご担当者様

お世話になっております。勅使河原です。
ご依頼の「出店計画書」は社外秘扱いのため、申し訳ありませんがお送りできません。
代わりに、物件探しに必要な条件だけ下記にまとめました。

　・面積：18～25坪
　・1階路面、バリアフリー（段差なし）必須
　・駐車場 2台以上（近隣コインパーキング可）
　・防音室（聴力測定室）設置のため、天井高2.6m以上が望ましい

条件に合う物件があればご紹介ください。

{SIG_TESHI}
"""))

# 049 stop: an internal complaint list forwarded to the maker as an attached mail
_rows = "\n".join(f"{i + 1}. {name()}様（{phone()}）{R.choice(['SNR-R5', 'SNR-B3', 'SNR-R5 充電器'])}：{R.choice(['充電できない日がある', '左右で音量差', 'Bluetooth接続が切れる', '充電ケースのふたが閉まらない', 'ピー音が出る'])}"
                  for i in range(6))
add(M(49, "stop", "utf-8", TESHIGAWARA,
      ["ソノーラ補聴器 品質保証部 <qa@sonora-hearing.co.jp>"],
      "FW: SNR-R5 充電不良のお客様一覧（全店集計）",
      ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
      "an internal mail listing six complaining customers with phones forwarded (attached) to the maker",
      body=f"""ソノーラ補聴器 品質保証部 ご担当者様

お世話になっております。日の出産業の勅使河原です。
SNR-R5の充電不良について、当社全店で集計した一覧を社内メールごと転送いたします。
ロット起因かどうかご確認いただけますでしょうか。

{SIG_TESHI}
""",
      attachments=[{"kind": "eml", "name": "SNR-R5充電不良_全店集計.eml",
                    "message": {"charset": "utf-8", "sender": HASEBE,
                                "to": ["補聴器事業部 全員 <hochouki-all@hinode-sangyo.co.jp>"],
                                "subject": "SNR-R5 充電不良のお客様一覧（全店集計）",
                                "body": f"各店から報告のあった充電不良の件、下記6件です。\n\n{_rows}\n\n総務 長谷部\n"}}]))

# 050 stop: tab-separated purchaser list with e-mail addresses to an EC platform vendor
_tsv = "注文番号\t氏名\tメール\t住所\n"
for i in range(10):
    z, a = address()
    nm = name()
    _tsv += f"EC-{240600 + i * 7}\t{nm}\t{R.choice(['k', 'h', 'm', 't', 's'])}{R.choice(['.yoshida', 'ayashi', '_mori', 'aneko', 'uzuki'])}{R.randint(10, 99)}@{R.choice(['gmail.com', 'yahoo.co.jp', 'ezweb.ne.jp', 'outlook.jp'])}\t{z} {a}\n"
add(M(50, "stop", "cp932", NAKASONE,
      ["ショップライン サポート <support@shopline-jp.com>"],
      "【調査依頼】6月 電池通販の重複注文について",
      ["PERSON_NAME", "EMAIL_ADDRESS", "JP_ADDRESS"], ["personal_data"],
      "ten online customers' names, e-mails and addresses pasted tab-separated to the EC vendor",
      body=f"""ショップライン サポートご担当者様

日の出産業 情報システム課の仲宗根です（ストアID hinode-denchi）。
6月の電池通販で、同一注文が二重に計上されている事象が発生しています。
対象の注文を下記に貼り付けますので、ログの確認をお願いします。

{_tsv}
決済は一度しか行われていないことを確認済みです。

{SIG_NAKASONE}
"""))

# 051 pass: internal follow-up call results, tab-separated
_tsv = "氏名\t電話\t結果\t次回\n"
for i in range(9):
    _tsv += f"{name()}\t{phone()}\t{R.choice(['来店予約 7/2', '不在', '問題なし', '音がこもる→来店予約', '電池の購入希望', '転居予定（ご家族談）'])}\t{R.choice(['-', '8月', '再架電'])}\n"
add(M(51, "pass", "cp932", TESHIGAWARA,
      ["高木 美穂 <m.takagi@hinode-sangyo.co.jp>", "asagaya@hinode-sangyo.co.jp"],
      "6月 フォローコール結果（阿佐ヶ谷店分）",
      ["PERSON_NAME", "PHONE_NUMBER"], [],
      "call results with customers' phones sent to our own shop: all recipients internal",
      body=f"""高木さん

お疲れさまです。勅使河原です。
コールセンターから戻ってきた6月分の結果のうち、阿佐ヶ谷店分です。

{_tsv}
来店予約の2件は店舗カレンダーにも入れておきました。

勅使河原
"""))

# 052 stop: PPTX case study with a real customer's name, age and audiogram for a maker seminar
_r = thresholds(50)
add(M(52, "stop", "utf-8", TAKAGI,
      ["フォニックス・ジャパン 教育担当 石毛様 <ishige@phonix-japan.co.jp>"],
      "販売店事例発表のスライド（ドラフト）",
      ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
      "PPTX case study naming a real customer with her audiogram and diagnosis, sent to the maker",
      body=f"""石毛様

お世話になっております。阿佐ヶ谷店の高木です。
9月の販売店事例発表会のスライド、ドラフトをお送りします。
ご本人様の了承はまだ取れていないので、お名前は後で伏せるかもしれません。

{SIG_TAKAGI}
""",
      attachments=[{"kind": "pptx", "name": "事例発表_阿佐ヶ谷店_draft.pptx",
                    "slides": [["高度難聴のお客様への両耳装用事例", "日の出メガネ・補聴器 阿佐ヶ谷店 高木 美穂"],
                               ["お客様プロフィール", "勘解由小路 澄子 様（78歳・女性）",
                                "メニエール病の既往、右耳は高度感音難聴",
                                f"右気導 {', '.join(map(str, _r))} dB"],
                               ["調整の経過", "初回：PX-700 右のみ", "3か月後：両耳装用へ", "語音明瞭度 45%→70%"]]}]))

# 053 pass: the same kind of slides, anonymised
add(M(53, "pass", "iso-2022-jp", ONODERA,
      ["ishige@phonix-japan.co.jp"],
      "事例発表スライド（大宮店・匿名化済み）",
      [], [],
      "seminar slides with an anonymised case (70代女性 A様): no identifiable person",
      body=f"""フォニックス・ジャパン 石毛様

お世話になっております。大宮店の小野寺です。
事例発表会のスライドをお送りします。お客様は「A様（70代女性）」として匿名化し、
オージオグラムもグラフの形だけ残して数値は丸めています。

発表時間は15分の予定でよろしかったでしょうか。

{SIG_ONODERA}
""",
      attachments=[{"kind": "pptx", "name": "事例発表_大宮店.pptx",
                    "slides": [["片耳装用から両耳装用へ", "大宮店 小野寺 彩"],
                               ["A様（70代・女性）", "両側の加齢性難聴（中等度）",
                                "ご相談：家族との会話、テレビ"],
                               ["結果", "両耳装用で会話の聞き返しが減少", "装用時間 1日4時間→10時間"]]}]))

# 054 stop: look-alike of the partner bank (midori-ginkou.co.jp)
add(M(54, "stop", "cp932", USAMI,
      ["みどり銀行 法人営業部 <houjin@midori-ginkou.co.jp>"],
      "口座振替依頼書（補聴器分割払い）の件",
      [], ["lookalike_domain"],
      "the partner bank's domain is midori-ginko.co.jp; midori-ginkou.co.jp is a look-alike",
      body=f"""みどり銀行 法人営業部
ご担当者様

いつもお世話になっております。日の出産業 経理部の宇佐美です。
自社分割払い（補聴器）の口座振替サービス導入の件、
委託者コードの発行状況を教えていただけますでしょうか。
申込書は6月5日に支店窓口へ提出済みです。

{SIG_USAMI}
"""))

# 055 stop: look-alike of the printing partner (nishiki-insatu.co.jp)
add(M(55, "stop", "iso-2022-jp", SAOTOME,
      ["錦印刷 平田様 <hirata@nishiki-insatu.co.jp>"],
      "Re: DM校正（初校）について",
      [], ["lookalike_domain"],
      "reply to the printer sent to nishiki-insatu.co.jp, a look-alike of nishiki-insatsu.co.jp",
      body=f"""平田様

お世話になっております。早乙女です。
初校ありがとうございました。下記2点の修正をお願いします。

1. 表面キャッチ「聞こえの悩み、ひとりで抱えないで」の文字を一回り大きく
2. 裏面の高円寺店の電話番号を新番号（03-3314-2260）へ

修正後、再校をPDFでお送りください。

> 初校をお送りします。ご確認をお願いいたします。
> 錦印刷 平田

{SIG_SAOTOME}
"""))

# 056 stop: staff bank accounts (CSV) to the payroll outsourcer
_rows = [["社員番号", "氏名", "銀行", "支店", "種別", "口座番号", "名義カナ"]]
for i, (n, k) in enumerate([("高木 美穂", "タカギ ミホ"), ("森下 健太", "モリシタ ケンタ"),
                            ("小野寺 彩", "オノデラ アヤ"), ("設楽 千尋", "シタラ チヒロ"),
                            ("鬼頭 雅人", "キトウ マサト"), ("日比生 奈々", "ヒビオ ナナ")]):
    _rows.append([f"H{1040 + i * 3}", n, R.choice(["みどり銀行", "武蔵野信用金庫", "三つ葉銀行"]),
                  R.choice(["阿佐ヶ谷支店", "川越支店", "大宮支店", "所沢駅前支店"]), "普通",
                  f"{R.randint(1000000, 9999999)}", k])
add(M(56, "stop", "utf-8", HASEBE,
      ["給与計算サポート 受付 <uketsuke@kyuyo-support.co.jp>"],
      "7月給与 振込口座変更者リスト",
      ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
      "six employees' bank accounts in a CSV to the payroll outsourcer",
      body=f"""給与計算サポート株式会社
ご担当者様

日の出産業 総務部の長谷部です。
7月支給分から振込口座が変わる社員のリストを添付します。
（人事異動に伴う給与口座の統一のため、今回は6名です）

{SIG_HASEBE}
""",
      attachments=[{"kind": "csv", "name": "口座変更_202407.csv", "rows": _rows}]))

# 057 pass: one customer's refund account to the maker (recall), single person
add(M(57, "pass", "iso-2022-jp", MORISHITA,
      ["ソノーラ補聴器 お客様相談室 <soudan@sonora-hearing.co.jp>"],
      "充電器リコール 返金先のご連絡（受付 RC-2406-117）",
      ["PERSON_NAME", "JP_BANK_ACCOUNT"], ["personal_data"],
      "one customer's refund account for a recall, to the maker: a single person, may be warned",
      body=f"""ソノーラ補聴器 お客様相談室 御中

川越店の森下です。充電器リコールの返金先をご連絡します。

受付番号：RC-2406-117
お客様：東海林 稔 様
振込先：みどり銀行 川越支店 普通 3381204　ショウジ ミノル

ご本人様の同意を得てお伝えしています。よろしくお願いいたします。

{SIG_MORISHITA}
"""))

# 058 stop: ZIP (no password) of a CSV with twelve customers' hearing thresholds for the maker
_rows = [["顧客ID", "氏名", "生年月日", "耳", *FREQ]]
for i in range(12):
    y, m, d = dob()
    nm = name()
    for ear in ("R", "L"):
        _rows.append([f"P{3300 + i}", nm, seireki(y, m, d), ear, *thresholds(R.choice([25, 35, 45, 55]))])
add(M(58, "stop", "cp932", NAKASONE,
      ["フォニックス・ジャパン フィッティングソフト担当 <fitsoft@phonix-japan.co.jp>"],
      "フィッティングソフト移行テスト用データ",
      ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
      "a ZIP with a CSV of twelve customers' names, DOB and hearing thresholds sent to the maker",
      body=f"""フォニックス・ジャパン ご担当者様

日の出産業 情報システム課の仲宗根です。
旧フィッティングソフトからの移行テスト用に、当社データの一部（12名分）をお送りします。
インポート時に文字化けする件の再現にお使いください。

{SIG_NAKASONE}
""",
      attachments=[{"kind": "zip", "name": "migration_test.zip",
                    "files": [{"kind": "csv", "name": "audiogram_export_sample.csv", "rows": _rows},
                              {"kind": "txt", "name": "readme.txt",
                               "text": "旧ソフト v4.2 からCSVエクスポート。文字コード CP932。"}]}]))

# 059 stop: asking an ENT clinic about a customer's history (otitis media, discharge)
add(M(59, "stop", "utf-8", MORISHITA,
      ["みなみ耳鼻科クリニック 看護師長様 <office@minami-ent-clinic.jp>"],
      "補聴器装用中の耳漏についてご相談",
      ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
      "names a customer and describes his ear discharge and otitis history to a clinic",
      body=f"""みなみ耳鼻科クリニック
看護師長様

突然のご連絡失礼いたします。日の出メガネ・補聴器 川越店の森下です。
貴院に通院中の 大河内 辰雄 様（川越市在住）の補聴器についてご相談です。

ご本人によると慢性中耳炎で通院されているとのことですが、
最近右耳から耳漏があり、耳栓に付着しています。
補聴器の装用を続けてよいか、先生のご意見を伺えますでしょうか。
必要であれば当面は左耳のみの装用をお勧めしようと考えております。

{SIG_MORISHITA}
"""))

# 060 stop: a pupil's hearing data to a school for the deaf
add(M(60, "stop", "iso-2022-jp", TAKAGI,
      ["杉並ろう学校 小学部 難聴担当 <shogakubu@suginami-rogakko.ed.jp>"],
      "補聴器調整のご報告（3年2組 児童）",
      ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
      "a named pupil's hearing levels and disability grade sent to the school",
      body=f"""杉並ろう学校 小学部
ご担当の先生方

いつもお世話になっております。日の出メガネ・補聴器 阿佐ヶ谷店の高木です。
先日ご来店いただいた児童の補聴器調整結果をご報告します。

　児童：3年2組　月見里 颯太 さん
　聴力：両側高度感音難聴（平均聴力 右92.5dB／左88.8dB）、身体障害者手帳 3級
　調整：FMシステム（ロジャー）との接続プログラムを追加、教室用は音量 -2
　お願い：授業中にハウリングが出る場合は、イヤモールドの再作成を検討します。

ご不明な点がありましたらご連絡ください。

{SIG_TAKAGI}
"""))

# 061 stop: three makers in To for a quotation (competitors see each other)
add(M(61, "stop", "cp932", TESHIGAWARA,
      ["ソノーラ補聴器 営業部 <sales@sonora-hearing.co.jp>",
       "フォニックス・ジャパン 営業部 <sales@phonix-japan.co.jp>",
       "耳やす工業 営業課 <eigyo@mimiyasu.co.jp>"],
      "見積依頼：下期 充電式RIC 導入について",
      [], ["external_recipients_visible", "multiple_external_domains"],
      "three competing makers in To can see each other: should have been Bcc",
      body=f"""各社 ご担当者様

いつもお世話になっております。日の出産業の勅使河原です。
下期から全店で充電式RICタイプを標準品として導入する予定です。
下記条件でお見積りをお願いいたします。

　・年間想定台数：600台（両耳換算300組）
　・店頭デモ機：各店2台×5店舗
　・保証：3年（紛失補償1回含む）希望
　・回答期限：7月5日（金）

各社の条件を比較のうえ、7月中に決定いたします。

{SIG_TESHI}
"""))

# 062 pass: two makers, one in To and one in Cc, joint project (two organisations)
add(M(62, "pass", "utf-8", TESHIGAWARA,
      ["耳やす工業 石塚様 <ishizuka@mimiyasu.co.jp>"],
      "イヤモールド外注の件 打合せ日程",
      [], ["multiple_external_domains"],
      "two external organisations (ear-mould lab and maker) in one meeting mail; no personal data",
      cc=["ソノーラ補聴器 江口様 <eguchi@sonora-hearing.co.jp>"],
      body=f"""耳やす工業 石塚様
（cc: ソノーラ補聴器 江口様）

お世話になっております。勅使河原です。
イヤモールドの外注先変更について、三者で打合せをさせてください。
候補日は以下です。

　6/26（水）15:00～
　6/27（木）10:00～
　6/28（金）14:00～

場所は弊社本社4F会議室、またはオンライン（Teams）でも構いません。

{SIG_TESHI}
"""))

# 063 stop: PDF stamped CONFIDENTIAL to the overseas maker
add(M(63, "stop", "utf-8", TESHIGAWARA,
      ["Lars Mikkelsen <lars.mikkelsen@nordaudio.com>"],
      "Our 2025 sales forecast for Aurora series",
      [], ["confidential_marking"],
      "the attached PDF carries a CONFIDENTIAL stamp in its header and goes outside",
      body=f"""Dear Lars,

As discussed in Copenhagen, please find attached our sales forecast for the Aurora
series in 2025. It reflects the planned opening of our sixth shop.

We would appreciate your comments before the volume agreement is signed.

Best regards,
Ryo Teshigawara
Hinode Sangyo Co., Ltd.
""",
      attachments=[{"kind": "pdf", "name": "Hinode_Aurora_Forecast_2025.pdf",
                    "page_header": "CONFIDENTIAL", "title": "Aurora forecast 2025",
                    "lines": ["Hinode Sangyo - Aurora series forecast 2025", ""],
                    "table": [["Model", "Q1", "Q2", "Q3", "Q4", "Total"],
                              ["Aurora 7 RIC", "80", "95", "110", "140", "425"],
                              ["Aurora 7 ITC", "20", "25", "30", "35", "110"],
                              ["Aurora 5 BTE", "30", "30", "35", "40", "135"]]}]))

# 064 pass: English mail with the standard disclaimer
add(M(64, "pass", "iso-2022-jp", TESHIGAWARA,
      ["Lars Mikkelsen <lars.mikkelsen@nordaudio.com>"],
      "Re: Training visit in October",
      [], [],
      "ordinary English mail ending with the standard confidentiality disclaimer",
      body=f"""Hi Lars,

Thanks for offering the product training in Tokyo. 15-16 October works for us.
We will have 9 certified hearing aid specialists attending, plus two from our
eyewear team who handle the sales floor.

Could your trainer bring the new remote-fitting app demo as well?

Best,
Ryo
{DISCLAIMER_EN}

On Tue, Jun 18, 2024 at 4:02 PM Lars Mikkelsen <lars.mikkelsen@nordaudio.com> wrote:
> Dear Ryo, we could send a trainer to Tokyo in mid-October. Would 15-16 Oct suit you?
"""))

# 065 stop: XLSX with 極秘 in the page header to the consultant
add(M(65, "stop", "cp932", USAMI,
      ["みらいコンサルティング 坂口様 <sakaguchi@mirai-consulting.co.jp>"],
      "店舗別損益（2023年度）",
      [], ["confidential_marking"],
      "the attached XLSX is stamped 極秘 in its page header; going to an outside consultant",
      body=f"""坂口様

お世話になっております。経理部の宇佐美です。
勅使河原から依頼のありました店舗別損益をお送りします。

{SIG_USAMI}
""",
      attachments=[{"kind": "xlsx", "name": "店舗別損益_2023.xlsx", "page_header": "極秘",
                    "sheets": {"店舗別": [["2023年度 店舗別損益（単位：千円）"],
                                         ["店舗", "売上", "粗利", "営業利益"],
                                         ["阿佐ヶ谷", 182400, 91200, 21800],
                                         ["高円寺", 96300, 47100, 6200],
                                         ["川越", 154800, 76300, 15400],
                                         ["所沢", 121900, 58800, 9900],
                                         ["大宮", 168700, 83500, 18100]]}}]))

# 066 stop: corrupt PDF to the city welfare office
add(M(66, "stop", "iso-2022-jp", MORISHITA,
      ["shogai-fukushi@city.kawagoe-sample.lg.jp"],
      "補装具費 見積書・意見書（写し）の送付",
      [], ["unscannable_attachment"],
      "the attached PDF is damaged and cannot be read",
      body=f"""川越市 障害者福祉課 ご担当者様

お世話になっております。川越店の森下です。
先日の申請の件、見積書と意見書の写しをPDFでお送りします。
原本は本日郵送しました。

{SIG_MORISHITA}
""",
      attachments=[{"kind": "corrupt", "name": "見積書_意見書_写し.pdf"}]))

# 067 stop: staff My Numbers (XLSX) to the labour-and-social-security office
_rows = [["年末調整用 個人番号一覧（日の出産業 所沢店・大宮店）"],
         ["氏名", "フリガナ", "生年月日", "個人番号", "続柄"]]
for n, k, b, rel in [("設楽 千尋", "シタラ チヒロ", "1985/07/19", "本人"),
                     ("設楽 悠真", "シタラ ユウマ", "2016/02/11", "子"),
                     ("小野寺 彩", "オノデラ アヤ", "1990/01/25", "本人"),
                     ("日比生 奈々", "ヒビオ ナナ", "1993/05/30", "本人"),
                     ("日比生 光", "ヒビオ ヒカル", "1991/09/14", "配偶者")]:
    _rows.append([n, k, b, mynum(), rel])
add(M(67, "stop", "utf-8", HASEBE,
      ["office@sr-fujimoto.jp"],
      "扶養控除等申告書 個人番号の件",
      ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
      "five people's My Numbers with DOB in an XLSX to an outside office",
      body=f"""藤本先生

総務の長谷部です。
扶養控除等申告書の個人番号欄が空欄だった分、一覧にしてお送りします。

{SIG_HASEBE}
""",
      attachments=[{"kind": "xlsx", "name": "個人番号_追加分.xlsx", "sheets": {"一覧": _rows}}]))

# 068 stop: 「・」 bullet list with full-width phones to a staffing agency for home visits
_bl = []
for i in range(5):
    z, a = address()
    _bl.append(f"・{name()}様　{zen(a)}　ＴＥＬ {zen(landline())}　{R.choice(['午前', '午後', '14時以降'])}")
add(M(68, "stop", "cp932", SHITARA,
      ["ジンザイリンク 派遣担当 村井様 <murai@jinzai-link.co.jp>"],
      "訪問サポート（派遣スタッフ様）7/8の訪問先",
      ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
      "five elderly customers' names, addresses and phones (full-width) to a staffing agency",
      body=f"""ジンザイリンク 村井様

いつもお世話になっております。所沢店の設楽です。
7/8（月）に派遣スタッフの方に同行いただく訪問先は以下の5件です。

{chr(10).join(_bl)}

集合は9:30に所沢店でお願いします。社用車で回ります。

{SIG_SHITARA}
"""))

# 069 stop: kana names with 和暦 DOB, trial customers, to the maker's campaign office
_kn = ["サトウ　ハル", "ワタナベ　キヨ", "スズキ　シゲル", "タカハシ　イサム", "ナカムラ　トミコ",
       "コバヤシ　ススム", "ヤマモト　ミツ"]
_ll = []
for i, k in enumerate(_kn):
    y, m, d = dob()
    _ll.append(f"{i + 1:>2}  {k:<10}  {wareki(y, m, d, 'short'):<10}  {phone()}  {R.choice(['PX-520', 'PX-700', 'PX-300'])}")
add(M(69, "stop", "iso-2022-jp", ONODERA,
      ["フォニックス・ジャパン キャンペーン事務局 <campaign@phonix-japan.co.jp>"],
      "試聴キャンペーン 応募者報告（大宮店）",
      ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
      "seven trial customers with kana names, 和暦 DOB and phone numbers to the maker",
      body=f"""フォニックス・ジャパン キャンペーン事務局 御中

大宮店の小野寺です。6月分の試聴キャンペーン応募者をご報告します。

No  フリガナ      生年月日    電話             試聴機
{chr(10).join(_ll)}

景品（電池1年分）の発送をよろしくお願いいたします。

{SIG_ONODERA}
"""))

# 070 stop: warranty registration list in romaji (English) to the overseas maker
_wl = []
for i, (n, e) in enumerate([("Hisako Yoshimura", "hisa.yoshimura@gmail.com"),
                            ("Tadao Kurihara", "kurihara.t41@yahoo.co.jp"),
                            ("Mitsuko Anzai", "m-anzai@outlook.jp"),
                            ("Kenji Obinata", "obinata.kenji@icloud.com"),
                            ("Yoshie Takarada", "takarada-y@docomo.ne.jp"),
                            ("Noboru Hanamura", "hanamura1939@gmail.com")]):
    _wl.append(f"{i + 1}) {n} <{e}>  serial A7R-{R.randint(100000, 999999)}  purchased 2024-06-{R.randint(1, 28):02d}")
add(M(70, "stop", "utf-8", TESHIGAWARA,
      ["Nord Audio Warranty <warranty@nordaudio.com>"],
      "Warranty registration - Hinode Sangyo June batch",
      ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
      "six end customers' names and personal e-mail addresses to the overseas maker",
      body=f"""Dear Warranty team,

Please register the extended 3-year warranty for the following customers who bought
Aurora 7 RIC in June. Their e-mail addresses are for your warranty certificates.

{chr(10).join(_wl)}

Thank you,
Ryo Teshigawara
Hinode Sangyo Co., Ltd.
"""))

# 071 stop: disability certificate number and grade to the maker for tax-exempt invoicing
add(M(71, "stop", "cp932", MORISHITA,
      ["ソノーラ補聴器 受注センター <juchu@sonora-hearing.co.jp>"],
      "非課税扱いでの発注（補装具）について",
      ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
      "a named customer's disability certificate number and hearing-impairment grade to the maker",
      body=f"""ソノーラ補聴器 受注センター ご担当者様

川越店の森下です。下記、補装具としての非課税扱いで発注いたします。
証明として手帳の情報をお知らせします。

　ご使用者：四月一日 清 様
　身体障害者手帳：第 11-0847 号（聴覚障害 6級）
　機種：SNR-B3 耳かけ 左耳　カラー：ベージュ
　発注番号：KW-PO-0703

納品は川越店宛でお願いします。

{SIG_MORISHITA}
"""))

# 072 pass: reply thread; the customer list is only in the quoted original
_q = "\n".join(f"> {name()}様　{landline()}　{R.choice(['点検済', '電池購入', '調整済'])}" for _ in range(8))
add(M(72, "pass", "utf-8", TAKAGI,
      ["コールブリッジ 山脇様 <yamawaki@callbridge.co.jp>"],
      "Re: 6月フォローコール 中間報告",
      [], [],
      "the eight-customer list is only in the quoted mail from the vendor; the new text has none",
      body=f"""山脇様

お世話になっております。阿佐ヶ谷店の高木です。
中間報告ありがとうございました。内容承知いたしました。
不在の方は、来週もう一度だけお電話いただけますでしょうか。

高木

-----Original Message-----
差出人: 山脇 <yamawaki@callbridge.co.jp>
送信日時: 2024年6月14日 18:05
宛先: 高木 美穂 <m.takagi@hinode-sangyo.co.jp>
件名: 6月フォローコール 中間報告

日の出メガネ 高木様
本日までの架電結果です。
{_q}
コールブリッジ 山脇
"""))

# 073 stop: eye clinic prescription (post-cataract) forwarded to the lens lab with the name
add(M(73, "stop", "iso-2022-jp", NONOMURA,
      ["ひかりレンズ 受注センター <order@hikari-lens.co.jp>"],
      "FW: 眼鏡処方箋（あおい眼科）特注レンズの可否",
      ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
      "forwarded eye-clinic prescription with a named patient's DOB and cataract/glaucoma history",
      body=f"""ひかりレンズ 受注センター 御中

野々村です。下記処方で特注レンズが製作可能か、ご確認いただけますか。

---------- Forwarded message ----------
From: あおい眼科 <uketsuke@aoi-ganka.jp>
Date: 2024年6月20日
Subject: 眼鏡処方箋

患者：百目鬼 フミ 様（1938年12月1日生）
病名：両眼 白内障術後（眼内レンズ挿入 R6.4）、左 緑内障 治療中
処方：R S+1.00 C-1.25 AX90 / L S+1.50 C-1.00 AX85 / ADD +3.00 PD 60
備考：羞明強く、遮光レンズ（短波長カット）を推奨

{SIG_NONOMURA}
"""))

# 074 stop: incident report to the liability insurer with health details
add(M(74, "stop", "utf-8", HASEBE,
      ["常盤損害保険 事故受付センター <jiko@tokiwa-sonpo.co.jp>"],
      "事故報告（施設賠償責任保険 証券番号 TK-8820114）",
      ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
      "injured customer's name, DOB, phone, injury and dementia diagnosis to the insurer",
      body=f"""常盤損害保険株式会社
事故受付センター ご担当者様

日の出産業株式会社 総務部の長谷部です。
6月21日に当社大宮店で発生した事故について、第一報をお送りします。

発生日時：2024年6月21日（金）15:10頃
場所　　：日の出メガネ・補聴器 大宮店 店内（聴力測定室前の段差）
被害者　：鬼頭 キヨ 様（昭和９年７月７日生、電話 048-653-2071）
状況　　：測定室から出る際に段差でつまずき転倒、右手首を負傷。
　　　　　同日 大宮中央病院にて右橈骨遠位端骨折と診断。
　　　　　ご家族によると、アルツハイマー型認知症で通院中とのこと。
対応　　：店長が救急車を要請、ご長男様へ連絡済み。

詳細は追って事故報告書にてご報告いたします。

{SIG_HASEBE}
"""))

# 075 stop: fraud-victim customer reported to the consumer centre
add(M(75, "stop", "cp932", TAKAGI,
      ["杉並区消費者センター 相談係 <soudan@shohi.city.suginami-sample.lg.jp>"],
      "訪問販売による高額補聴器の被害について（情報提供）",
      ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], ["personal_data"],
      "a named customer who fell victim to a fraud, with address and phone, to the consumer centre",
      body=f"""杉並区消費者センター 相談係 御中

日の出メガネ・補聴器 阿佐ヶ谷店の高木と申します。
当店のお客様が、訪問販売業者から集音器を「医療用補聴器」と偽って
高額で購入させられた詐欺被害に遭われたため、ご本人の了承のうえ情報提供いたします。

　被害者：薬袋 正雄 様（82歳）
　住所　：東京都杉並区高円寺南3-12-8
　電話　：03-3312-6604
　被害額：48万円（6月10日、現金で支払い）
　業者名：「メディカル聴覚サポート」を名乗る2人組

杉並警察署には6月18日に被害届を提出済みとのことです。
クーリングオフ等のご相談にのっていただけますと幸いです。

{SIG_TAKAGI}
"""))

# 076 stop: legacy XLS of yearly sales per customer to the tax accountant
_rows = [["顧客名", "住所", "購入日", "品目", "金額", "支払方法"]]
for i in range(14):
    z, a = address()
    _rows.append([name(), a, f"2023/{R.randint(1, 12)}/{R.randint(1, 28)}",
                  R.choice(["補聴器 片耳", "補聴器 両耳", "メガネ", "遠近両用メガネ"]),
                  R.randrange(30, 800) * 1000, R.choice(["現金", "クレジット", "分割"])])
add(M(76, "stop", "cp932", USAMI,
      ["河合税理士事務所 <info@kawai-tax.jp>"],
      "高額売上の明細（税務調査対応）",
      ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
      "fourteen customers' names and addresses with purchases in a legacy XLS to the tax accountant",
      body=f"""河合税理士事務所
河合先生

お世話になっております。経理部の宇佐美です。
税務調査で確認を求められた3万円以上の売上明細を、XLS形式でお送りします。
大宮店分のみの抜粋です。

{SIG_USAMI}
""",
      attachments=[{"kind": "xls", "name": "売上明細_大宮_2023.xls", "sheets": {"明細": _rows}}]))

# 077 stop: look-alike of tsubasa-system.jp ("rn" for "m")
add(M(77, "stop", "utf-8", NAKASONE,
      ["ツバサシステム サポート <support@tsubasa-systern.jp>"],
      "POSレジ 障害連絡（チケット #22814）",
      [], ["lookalike_domain"],
      "tsubasa-systern.jp imitates the partner tsubasa-system.jp (rn for m)",
      body=f"""ツバサシステム サポートご担当者様

日の出産業の仲宗根です。
本日10時頃から、川越店のPOSレジでレシート印字ができない状態です。
再起動・ロール紙交換では改善しませんでした。
リモート保守の接続をお願いできますでしょうか。

  店舗コード：HS-KWG
  端末番号：POS-02
  エラー表示：E-431 PRINTER OFFLINE

{SIG_NAKASONE}
"""))

# 078 stop: look-alike of aoba-unyu.co.jp (.jp) with one customer's address
add(M(78, "stop", "iso-2022-jp", SHITARA,
      ["青葉運輸 所沢営業所 <tokorozawa@aoba-unyu.jp>"],
      "集荷依頼（修理品のお客様宅より）",
      ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
      "aoba-unyu.jp is a look-alike of the partner aoba-unyu.co.jp; carries a customer's address",
      body=f"""青葉運輸 所沢営業所 御中

日の出メガネ・補聴器 所沢店の設楽です。
修理品の集荷を、お客様のご自宅からお願いいたします。

　集荷先：春日 ミツ 様
　住所　：埼玉県所沢市小手指町2-14-9
　電話　：04-2948-3317
　希望日：6/26（水）午前
　品名　：補聴器（精密機器）1個口　着払い（当社契約 No. 2207-41）

よろしくお願いいたします。

{SIG_SHITARA}
"""))

# 079 pass: internal coordination of a disability-certificate application
add(M(79, "pass", "cp932", MORISHITA,
      ["小野寺 彩 <a.onodera@hinode-sangyo.co.jp>"],
      "手帳申請の書類 どこまで準備しましたか？",
      ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
      "disability-certificate case discussed between two colleagues: internal only",
      body=f"""小野寺さん

お疲れさまです。森下です。
大宮店で担当している 九十九 博 様の身体障害者手帳（聴覚6級見込み）の件、
指定医の診断書はもう出ていますか？
川越市は補装具の申請に見積書2通が必要なので、もし大宮でも同じなら
見積書のフォーマットを共有します。

森下
"""))

# 080 pass: forwarding a maker's product announcement to a care office
add(M(80, "pass", "iso-2022-jp", TAKAGI,
      ["ひだまり居宅介護支援事業所 内藤様 <naito@hidamari-care.jp>"],
      "FW: 【新製品のお知らせ】充電式耳あな型補聴器 PX-Charge",
      [], [],
      "forward of a maker's product announcement; no personal data",
      body=f"""内藤様

お世話になっております。高木です。
先日お話しした、電池交換が不要な耳あな型の新製品の案内が届きましたので転送します。
指先の細かい作業が難しい方にも扱いやすいと思います。

-------- 転送メッセージ --------
差出人: フォニックス・ジャパン 営業企画 <news@phonix-japan.co.jp>
件名: 【新製品のお知らせ】充電式耳あな型補聴器 PX-Charge

販売店各位
8月1日より、充電式耳あな型補聴器「PX-Charge」を発売いたします。
・1回の充電で約24時間使用可能
・ケースに置くだけで充電
・希望小売価格 片耳 298,000円（非課税対象機種）
販促資料は販売店ポータルからダウンロードいただけます。

{SIG_TAKAGI}
"""))

# 081 pass: English reply; the customer details are only in the quoted "wrote:" part
add(M(81, "pass", "utf-8", TESHIGAWARA,
      ["Custom Lab <customlab@nordaudio.com>"],
      "Re: Custom shell order CS-0614 / audiogram attached",
      [], [],
      "new text only confirms a remake; the client's audiogram is in the quoted message",
      body=f"""Hello,

Thank you, please go ahead with the remake at no charge as you proposed.
New delivery date 12 July is fine for us.

Regards,
Ryo

On Fri, 21 Jun 2024 at 09:14, Custom Lab <customlab@nordaudio.com> wrote:
> Dear Ryo,
> The shell for Mr. Shigeru Kugayama (born 14 March 1941) was made with a large vent
> by mistake. Given his bilateral sensorineural loss (R 65 dB / L 70 dB PTA) and the
> otosclerosis history on the left, we propose a remake at no charge.
> Best, Custom Lab
"""))

# 082 pass: catalogue PDF to one customer on free mail
add(M(82, "pass", "cp932", SHITARA,
      ["hanamura.noboru@yahoo.co.jp"],
      "メガネフレームのカタログをお送りします",
      [], ["freemail_recipient"],
      "a catalogue to one customer's own free-mail address",
      body=f"""花村 様

先日はご来店ありがとうございました。所沢店の設楽です。
お話ししていた軽量チタンフレームのカタログをお送りします。
気になる型番がございましたら、取り寄せいたしますのでお申し付けください。

{SIG_SHITARA}
""",
      attachments=[{"kind": "pdf", "name": "titan_light_catalog_2024.pdf",
                    "title": "チタンライト 2024 カタログ",
                    "lines": ["チタンライト 2024 コレクション", "TL-101 ～ TL-128 全28型"],
                    "table": [["型番", "カラー", "重量", "価格"],
                              ["TL-101", "GUN", "9g", "32,000"],
                              ["TL-114", "BROWN", "8g", "36,000"]]}]))

# 083 pass: two partners (delivery and printer) in one mail
add(M(83, "pass", "iso-2022-jp", SAOTOME,
      ["青葉運輸 法人営業 <houjin@aoba-unyu.co.jp>"],
      "DM発送スケジュールの共有（錦印刷様→青葉運輸様）",
      [], ["multiple_external_domains"],
      "delivery partner in To and printer in Cc: two external organisations, no personal data",
      cc=["hirata@nishiki-insatsu.co.jp"],
      body=f"""青葉運輸 ご担当者様
（cc：錦印刷 平田様）

お世話になっております。日の出産業の早乙女です。
夏DMの発送について、両社にスケジュールを共有いたします。

　7/4（木）　錦印刷様にて印刷・封入完了
　7/5（金）　青葉運輸様 集荷（錦印刷 第2工場、14時）
　7/8（月）　差出（5,560通、料金後納）

集荷の荷姿・パレット数は錦印刷様から直接ご連絡いただけますと助かります。

{SIG_SAOTOME}
"""))

# 084 pass: internal staff rota with mobile numbers
add(M(84, "pass", "utf-8", HASEBE,
      ["補聴器事業部 全員 <hochouki-all@hinode-sangyo.co.jp>"],
      "7月 訪問担当ローテーションと緊急連絡先",
      ["PERSON_NAME", "PHONE_NUMBER"], [],
      "staff rota with private mobiles sent to an internal list only",
      body=f"""皆さん

総務の長谷部です。7月の訪問担当ローテーションを添付します。
訪問中の緊急連絡先として、各自の携帯番号も載せています（社外秘扱いでお願いします）。

{SIG_HASEBE}
""",
      attachments=[{"kind": "xlsx", "name": "訪問ローテ_202407.xlsx", "title": "訪問ローテーション",
                    "sheets": {"7月": [["7月 訪問担当"], ["週", "担当", "携帯"],
                                      ["7/1-7/5", "高木 美穂", mobile()],
                                      ["7/8-7/12", "森下 健太", mobile()],
                                      ["7/15-7/19", "小野寺 彩", mobile()],
                                      ["7/22-7/26", "設楽 千尋", mobile()],
                                      ["7/29-8/2", "鬼頭 雅人", mobile()]]}}]))

# 085 pass: venue booking with the hotel partner
add(M(85, "pass", "cp932", TAKAGI,
      ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
      "9/12 補聴器フェア 会場予約の件",
      [], [],
      "venue booking with the hotel partner; no personal data",
      body=f"""さくらホテル 宴会予約ご担当者様

いつもお世話になっております。日の出産業の高木です。
9月12日（木）の「補聴器フェア」の会場について、下記で仮予約をお願いいたします。

　会場：2F 桔梗の間（スクール形式 40席）
　時間：9:00～17:00（設営 8:00～、撤去 ～18:00）
　備品：プロジェクター、マイク2本、長机6台（展示用）
　その他：聴力測定を行うため、静かな控室を1室お借りしたいです

見積書をいただけますと幸いです。
{DISCLAIMER_JA}

{SIG_TAKAGI}
""",
      html=f"""<html><body style="font-family:'Meiryo',sans-serif">
<p>さくらホテル 宴会予約ご担当者様</p>
<p>いつもお世話になっております。日の出産業の高木です。<br>
9月12日（木）の「補聴器フェア」の会場について、下記で仮予約をお願いいたします。</p>
<table border="0" cellpadding="3">
<tr><td>会場</td><td>2F 桔梗の間（スクール形式 40席）</td></tr>
<tr><td>時間</td><td>9:00～17:00（設営 8:00～、撤去 ～18:00）</td></tr>
<tr><td>備品</td><td>プロジェクター、マイク2本、長机6台（展示用）</td></tr>
<tr><td>その他</td><td>聴力測定を行うため、静かな控室を1室お借りしたいです</td></tr>
</table>
<p>見積書をいただけますと幸いです。</p>
<p style="font-size:small;color:#666">{DISCLAIMER_JA.strip().replace(chr(10), '<br>')}</p>
<pre>{SIG_TAKAGI}</pre>
</body></html>"""))

# 086 stop: internal manual stamped 取扱注意 (PDF footer) sent to a care office
add(M(86, "stop", "utf-8", ONODERA,
      ["こぶし ケアプランセンター 大庭様 <ohba@kobushi-kyotaku.jp>"],
      "補聴器のお手入れ手順（ヘルパーさん向け）",
      [], ["confidential_marking"],
      "the attached PDF is an internal manual stamped 取扱注意 on every page, sent outside",
      body=f"""大庭様

お世話になっております。大宮店の小野寺です。
ヘルパーさん向けに、補聴器のお手入れ手順をまとめた資料をお送りします。
社内の研修資料を流用したものですが、ご活用ください。

{SIG_ONODERA}
""",
      attachments=[{"kind": "pdf", "name": "補聴器お手入れ手順_研修資料.pdf",
                    "page_footer": "取扱注意　日の出産業株式会社 補聴器事業部 研修資料",
                    "lines": ["補聴器のお手入れ手順（店舗スタッフ研修用）", "",
                              "1. 毎日：乾いた布で本体をふく。水洗いはしない。",
                              "2. 毎日：耳あかフィルターの確認。",
                              "3. 週1回：乾燥ケースに一晩入れる。",
                              "4. 電池交換：シールをはがして1分待ってから入れる。",
                              "5. 苦情対応時の値引き上限：店長判断で5%まで（社内限り）"]}]))

# 087 pass: thanks to an ENT clinic with a brochure
add(M(87, "pass", "iso-2022-jp", SHITARA,
      ["みなみ耳鼻科クリニック <office@minami-ent-clinic.jp>"],
      "日頃のご紹介への御礼と新しいパンフレットのご送付",
      [], [],
      "thank-you mail with a brochure to a clinic; no patient information",
      body=f"""みなみ耳鼻科クリニック
南 和彦 先生

いつも患者様をご紹介いただき、誠にありがとうございます。
所沢店の設楽でございます。

このたび、待合室に置いていただけるパンフレットを新しくいたしました。
補聴器の試聴の流れと、身体障害者手帳をお持ちの方の費用助成について
わかりやすくまとめております。来週、30部お届けに上がります。

今後ともどうぞよろしくお願い申し上げます。

{SIG_SHITARA}
""",
      attachments=[{"kind": "png", "name": "pamphlet_cover.png"}]))

# 088 pass: job posting to a recruiting agency
add(M(88, "pass", "cp932", HASEBE,
      ["ジンザイリンク 法人営業 村井様 <murai@jinzai-link.co.jp>"],
      "求人票のご依頼（補聴器販売スタッフ）",
      [], [],
      "job posting details to a recruiting agency; no individual data",
      body=f"""ジンザイリンク 村井様

いつもお世話になっております。日の出産業 総務の長谷部です。
下記の求人について、掲載をお願いいたします。

　職種：補聴器販売・フィッティングスタッフ（正社員）
　勤務地：浦和新店（2025年春オープン予定）
　資格：認定補聴器技能者 歓迎（入社後の取得支援あり）
　給与：月給 24万～32万円＋資格手当 2万円
　休日：週休2日（シフト制）、年間休日 115日

求人票のドラフトができましたらお送りください。

{SIG_HASEBE}
"""))

# 089 pass: two of our staff registered for maker training with their mobiles
add(M(89, "pass", "utf-8", HASEBE,
      ["フォニックス・ジャパン 教育担当 石毛様 <ishige@phonix-japan.co.jp>"],
      "フィッティング研修（7/23）参加者",
      ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
      "two attendees with their mobile numbers for the day: a couple of people, may be warned",
      body=f"""石毛様

お世話になっております。総務の長谷部です。
7/23の新機種フィッティング研修、当社からは下記2名が参加いたします。
当日の緊急連絡先として携帯番号を記載します。

　・日比生 奈々（所沢店）　090-6621-3048
　・鬼頭 雅人（川越店）　　080-4417-9925

よろしくお願いいたします。

{SIG_HASEBE}
"""))

# 090 pass: warranty registration for one customer (name and address) to the maker
add(M(90, "pass", "iso-2022-jp", ONODERA,
      ["ソノーラ補聴器 保証登録係 <hosho@sonora-hearing.co.jp>"],
      "保証書登録（1件）SNR-R5 SR5-2405-901377",
      ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
      "one customer's name and address for a warranty registration: a single person",
      body=f"""ソノーラ補聴器 保証登録係 御中

大宮店の小野寺です。保証書の登録をお願いします。

　製造番号：SR5-2405-901377（右）/ SR5-2405-901378（左）
　ご購入日：2024年6月22日
　ご購入者：鳩山 トシ子 様
　ご住所：〒330-0061 埼玉県さいたま市浦和区常盤6-3-15

保証書の控えは店舗で保管しております。

{SIG_ONODERA}
"""))

# 091 pass: invoice to a care facility with our T-number (corporate number only)
_tn = corp_number("011101047720")
add(M(91, "pass", "cp932", USAMI,
      ["特別養護老人ホーム 欅の郷 事務長 <jimu@keyaki-no-sato.or.jp>"],
      "請求書送付のご案内（6月分 補聴器点検・電池）",
      ["JP_CORPORATE_NUMBER"], [],
      "invoice with our registration number (T + 法人番号); company data only",
      body=f"""特別養護老人ホーム 欅の郷
事務長 様

いつもお世話になっております。日の出産業 経理部の宇佐美です。
6月分のご請求書をお送りいたします。

　請求書番号：INV-2406-0331
　ご請求額：38,940円（税込）
　内訳：補聴器出張点検 12名分、空気電池 PR41 30パック
　お支払期限：7月31日
　振込先：みどり銀行 阿佐ヶ谷支店 当座 0213348 ヒノデサンギョウ（カ

適格請求書発行事業者 登録番号：T{_tn}

{SIG_USAMI}
"""))

# 092 stop: subsidy applicants (five, with certificate grades) to the city
_ap = []
for i in range(5):
    y, m, d = dob(1936, 1952)
    _ap.append([f"{i + 1}", name(rare=(i == 2)), wareki(y, m, d), R.choice(["聴覚 4級", "聴覚 6級", "手帳なし（中等度難聴）", "聴覚 3級"]),
                R.choice(["SNR-B3", "PX-520", "PX-300"]), f"{R.randint(2, 9)}万円"])
add(M(92, "stop", "iso-2022-jp", TAKAGI,
      ["杉並区 障害者施策課 <shisaku@city.suginami-sample.lg.jp>"],
      "高齢者補聴器購入費助成 6月申請分の取りまとめ",
      ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
      "five applicants with DOB and disability grades in a PDF to the city office",
      body=f"""杉並区役所 障害者施策課 ご担当者様

お世話になっております。日の出メガネ・補聴器 阿佐ヶ谷店の高木です。
6月に当店で受け付けた助成申請5件の一覧をPDFでお送りします。
申請書の原本は本日郵送いたしました。

{SIG_TAKAGI}
""",
      attachments=[{"kind": "pdf", "name": "助成申請一覧_202406_阿佐ヶ谷店.pdf",
                    "title": "助成申請一覧", "lines": ["高齢者補聴器購入費助成 申請一覧（令和6年6月分）",
                                                     "取扱店：日の出メガネ・補聴器 阿佐ヶ谷店", ""],
                    "table": [["No", "氏名", "生年月日", "手帳", "機種", "助成額"], *_ap]}]))

# 093 pass: repair-completed notice to one customer on carrier mail
add(M(93, "pass", "utf-8", MORISHITA,
      ["kazuo-m@docomo.ne.jp"],
      "修理完了のお知らせ（日の出メガネ・補聴器 川越店）",
      [], ["freemail_recipient"],
      "repair-done notice to the customer himself on a carrier address; nothing sensitive",
      body=f"""松井 様

いつもご利用ありがとうございます。川越店の森下です。
お預かりしていた補聴器の修理が完了し、本日店舗に戻ってまいりました。

　受付番号：KW-24-0611
　修理内容：レシーバー交換（保証期間外・修理代 13,200円）

お受け取りの際は、お預かり証をお持ちください。
代替機はその際にご返却いただければ結構です。

{SIG_MORISHITA}
"""))

# 094 stop: a customer's hearing test results sent to her daughter's carrier address
_r = thresholds(40)
_l = thresholds(35)
add(M(94, "stop", "cp932", SHITARA,
      ["ezaki.yuka@ezweb.ne.jp"],
      "お母様の聴力測定結果について",
      ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data", "freemail_recipient"],
      "a named customer's audiogram sent to a family member on a carrier address",
      body=f"""江崎 由佳 様

先日はお母様の江崎 登美子 様にご同行いただき、ありがとうございました。
所沢店の設楽です。ご依頼のあった聴力測定の結果をお知らせします。

　　　　　 125 250 500 1k 2k 4k 8k（Hz）
　右耳　 {' '.join(f'{x:>3}' for x in _r)}（dB）
　左耳　 {' '.join(f'{x:>3}' for x in _l)}（dB）

右耳 {four_avg(_r)}dB、左耳 {four_avg(_l)}dB で、中等度の難聴です。
補聴器の効果は十分に期待できますので、まずは2週間の試聴をお勧めします。

{SIG_SHITARA}
"""))

# 095 stop: reply to the call-centre vendor whose new text adds five more customers
_add = "\n".join(f"　{name()}様　{phone()}" for _ in range(5))
add(M(95, "stop", "iso-2022-jp", TAKAGI,
      ["コールブリッジ 山脇様 <yamawaki@callbridge.co.jp>"],
      "Re: 6月フォローコール 追加対象",
      ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
      "in a reply, the new (unquoted) text adds five customers with phone numbers",
      body=f"""山脇様

お世話になっております。高木です。
追加対象の件、下記5名様もお願いいたします（先週ご購入の方です）。

{_add}

トークは3か月点検ではなく「1週間後のご様子伺い」でお願いします。

高木

> 高木様
> 追加の対象者がいればお知らせください。今週中であれば対応可能です。
> コールブリッジ 山脇
"""))

# 096 stop: hyphen for a dot: hinode-sangyo-co.jp is not our domain
add(M(96, "stop", "utf-8", NAKASONE,
      ["長谷部 聡 <s.hasebe@hinode-sangyo-co.jp>"],
      "PC入替スケジュール（大宮店・所沢店）",
      [], ["lookalike_domain"],
      "hinode-sangyo-co.jp (hyphen for the dot) imitates our own domain",
      body=f"""長谷部さん

情シスの仲宗根です。店舗PCの入替スケジュールです。

  大宮店  7/10（水）18:00～  3台（受付・測定室・バックヤード）
  所沢店  7/17（水）18:00～  2台

フィッティングソフトの再インストールがあるので、各店1時間ほど測定室が使えません。
店長への周知をお願いできますか。

仲宗根
"""))

# 097 pass: pickup request for one customer with the real delivery partner
add(M(97, "pass", "cp932", MORISHITA,
      ["青葉運輸 川越営業所 <kawagoe@aoba-unyu.co.jp>"],
      "集荷依頼 6/28（川越市内 個人宅）",
      ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
      "one customer's pickup address and phone to the delivery partner: a single person",
      body=f"""青葉運輸 川越営業所 御中

川越店の森下です。下記の集荷をお願いします。

　ご依頼主：神保 サダ 様
　集荷先：埼玉県川越市的場3-4-18
　電話：049-231-7764
　日時：6月28日（金）14～16時
　荷物：メガネ修理品 1個口（60サイズ）、当社着払い

{SIG_MORISHITA}
"""))

# 098 either: five customers' names with their purchased model, no contact details
_nl = "\n".join(f"{i + 1}. {name()} 様　{R.choice(['PX-300', 'PX-520'])}（{R.choice(['2018', '2019'])}年購入）" for i in range(5))
add(M(98, "either", "utf-8", ONODERA,
      ["フォニックス・ジャパン キャンペーン事務局 <campaign@phonix-japan.co.jp>"],
      "下取りキャンペーン 対象者の確認",
      ["PERSON_NAME"], ["personal_data"],
      "five names with only the model they bought: customer records without contacts, arguable",
      body=f"""キャンペーン事務局 御中

大宮店の小野寺です。
下取りキャンペーンの対象（2019年以前の御社製品購入者）に該当するか、
下記5名様のご購入機種をご確認いただけますか。

{_nl}

よろしくお願いいたします。
小野寺
"""))

# 099 either: audiogram tied only to the clinic's own chart number
_r = thresholds(45)
add(M(99, "either", "iso-2022-jp", TAKAGI,
      ["加藤耳鼻咽喉科 <info@kato-jibika.jp>"],
      "カルテ番号 K-22187 の患者様 再測定結果",
      ["SENSITIVE_CATEGORY"], ["personal_data"],
      "hearing results keyed only to the clinic's chart number: identifiable to the clinic, not to us",
      body=f"""加藤耳鼻咽喉科 御中

阿佐ヶ谷店の高木です。
ご依頼のあったカルテ番号 K-22187 の患者様（70代男性）の再測定結果です。

右：{' / '.join(map(str, _r))} dB（125Hz～8kHz）
前回より 2kHz 以上で10dB程度の低下が見られます。
補聴器の利得を上げて対応しておりますが、先生のご判断を仰ぎたく存じます。

{SIG_TAKAGI}
"""))

# 100 pass: three attendees with phones to the hotel for the reception desk
add(M(100, "pass", "utf-8", TAKAGI,
      ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
      "Re: 9/12 補聴器フェア 来賓の受付について",
      ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
      "three guests' names and phones for the reception desk: fewer than five, may be warned",
      body=f"""さくらホテル 宴会予約 ご担当者様

お世話になっております。高木です。
当日ご来賓としてお迎えする方は下記3名です。
フロントにお越しの際、桔梗の間へご案内いただけますと幸いです。

　加藤 誠一 様（加藤耳鼻咽喉科 院長）　03-3310-5521
　石毛 直人 様（フォニックス・ジャパン）　080-2291-4470
　内藤 良子 様（ひだまり居宅介護支援事業所）　090-8815-2036

よろしくお願いいたします。

{SIG_TAKAGI}
"""))
