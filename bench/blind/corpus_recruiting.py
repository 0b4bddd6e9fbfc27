"""Blind corpus, area "recruiting" — written from bench/blind/BRIEF.md alone.

Mail of 日の出産業's 人事部 採用グループ and its branches around hiring: 新卒採用 (説明会,
エントリー, 適性検査, 面接日程, 内定者名簿, 内定式・研修, 入社手続き), 中途採用 through
人材紹介会社 and job boards (推薦, 選考結果, リファレンスチェック, 年収交渉), インターンシップ
(保険, 宿泊, 海外派遣), and the onboarding paperwork that follows (マイナンバー, 年金・保険証,
在留カード, 健康診断書, 給与口座, 社宅).  Stops are mostly lists of candidates and new hires in
every layout people paste or attach, plus single-person 要配慮個人情報 (health checks, disability,
religion, arrest), identity numbers, open To/Cc to several candidates or agencies, look-alike
domains, stamped documents and PPAP; passes are the everyday mail that only looks risky
(one candidate, a few attendees, agency invoices, price lists, NDAs, quoted threads,
internal-only lists, business directories, statistics).
"""

from __future__ import annotations

import datetime as _dt
import random as _random
import unicodedata as _ud

from build import card_number, my_number

# ---------------------------------------------------------------------------------------
# invented people
# ---------------------------------------------------------------------------------------

_SEI = [
    ("佐々木", "ササキ", "Sasaki"), ("高橋", "タカハシ", "Takahashi"), ("渡辺", "ワタナベ", "Watanabe"),
    ("伊藤", "イトウ", "Ito"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤井", "フジイ", "Fujii"), ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("藤田", "フジタ", "Fujita"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"),
    ("三浦", "ミウラ", "Miura"), ("岡本", "オカモト", "Okamoto"), ("松田", "マツダ", "Matsuda"),
    ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"),
    ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"),
    ("中野", "ナカノ", "Nakano"), ("今井", "イマイ", "Imai"), ("河野", "コウノ", "Kono"),
    ("東海林", "ショウジ", "Shoji"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("四十物", "アイモノ", "Aimono"),
    ("百目鬼", "ドウメキ", "Domeki"), ("五十嵐", "イガラシ", "Igarashi"),
    ("我妻", "ワガツマ", "Wagatsuma"), ("鬼頭", "キトウ", "Kito"), ("南雲", "ナグモ", "Nagumo"),
    ("宇佐美", "ウサミ", "Usami"), ("比嘉", "ヒガ", "Higa"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("久米", "クメ", "Kume"), ("設楽", "シタラ", "Shitara"), ("雨宮", "アメミヤ", "Amemiya"),
    ("千葉", "チバ", "Chiba"), ("柳瀬", "ヤナセ", "Yanase"), ("芦田", "アシダ", "Ashida"),
]
_MEI_M = [
    ("蓮", "レン", "Ren"), ("大翔", "ヒロト", "Hiroto"), ("悠真", "ユウマ", "Yuma"),
    ("湊", "ミナト", "Minato"), ("陽太", "ヨウタ", "Yota"), ("樹", "イツキ", "Itsuki"),
    ("颯太", "ソウタ", "Sota"), ("拓海", "タクミ", "Takumi"), ("翔", "ショウ", "Sho"),
    ("健太", "ケンタ", "Kenta"), ("大輔", "ダイスケ", "Daisuke"), ("直樹", "ナオキ", "Naoki"),
    ("亮介", "リョウスケ", "Ryosuke"), ("和也", "カズヤ", "Kazuya"), ("慎之介", "シンノスケ", "Shinnosuke"),
    ("隼人", "ハヤト", "Hayato"), ("優斗", "ユウト", "Yuto"), ("圭", "ケイ", "Kei"),
]
_MEI_F = [
    ("陽菜", "ヒナ", "Hina"), ("結衣", "ユイ", "Yui"), ("美咲", "ミサキ", "Misaki"),
    ("葵", "アオイ", "Aoi"), ("凛", "リン", "Rin"), ("さくら", "サクラ", "Sakura"),
    ("七海", "ナナミ", "Nanami"), ("彩花", "アヤカ", "Ayaka"), ("真由", "マユ", "Mayu"),
    ("千尋", "チヒロ", "Chihiro"), ("遥", "ハルカ", "Haruka"), ("莉子", "リコ", "Riko"),
    ("梨沙", "リサ", "Risa"), ("恵", "メグミ", "Megumi"), ("紗希", "サキ", "Saki"),
    ("ひかり", "ヒカリ", "Hikari"), ("菜々子", "ナナコ", "Nanako"), ("詩織", "シオリ", "Shiori"),
]
_ADDR = [
    ("東京都", "世田谷区", "経堂", "156-0052"), ("東京都", "杉並区", "高円寺南", "166-0003"),
    ("東京都", "練馬区", "石神井町", "177-0041"), ("東京都", "江東区", "大島", "136-0072"),
    ("東京都", "八王子市", "南大沢", "192-0364"), ("東京都", "調布市", "国領町", "182-0022"),
    ("神奈川県", "横浜市港北区", "日吉本町", "223-0062"), ("神奈川県", "川崎市中原区", "木月", "211-0025"),
    ("神奈川県", "相模原市南区", "相模大野", "252-0303"), ("埼玉県", "さいたま市浦和区", "常盤", "330-0061"),
    ("埼玉県", "川口市", "芝新町", "333-0851"), ("千葉県", "船橋市", "前原西", "274-0825"),
    ("千葉県", "松戸市", "新松戸", "270-0034"), ("茨城県", "つくば市", "天久保", "305-0005"),
    ("大阪府", "吹田市", "山田西", "565-0824"), ("大阪府", "大阪市淀川区", "西中島", "532-0011"),
    ("兵庫県", "神戸市灘区", "六甲台町", "657-0013"), ("京都府", "京都市左京区", "田中里ノ内町", "606-8236"),
    ("愛知県", "名古屋市千種区", "不老町", "464-0814"), ("福岡県", "福岡市東区", "箱崎", "812-0053"),
    ("宮城県", "仙台市青葉区", "川内", "980-0862"), ("北海道", "札幌市北区", "北十八条西", "060-0818"),
    ("静岡県", "静岡市駿河区", "大谷", "422-8017"), ("広島県", "東広島市", "西条町下見", "739-0047"),
]
_BLDG = ["コーポ若葉", "メゾン青山", "サンハイツ", "グリーンヒル", "パレス桜", "レジデンス花水木",
         "ハイツ藤", "ラフォーレ", "シャトー緑が丘", "アーバンコート"]
_UNIV = [
    ("東都大学", "経済学部"), ("東都大学", "理工学部"), ("北辰工業大学", "工学部"),
    ("関西学芸大学", "文学部"), ("関西学芸大学", "社会学部"), ("西海大学", "法学部"),
    ("明英大学", "商学部"), ("明英大学", "情報科学部"), ("みなと国際大学", "国際教養学部"),
    ("杜の都大学", "農学部"), ("南山手大学", "経営学部"), ("東都大学大学院", "工学研究科"),
    ("北辰工業大学大学院", "情報理工学研究科"), ("青嵐女子大学", "人間科学部"),
]
_FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp",
             "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]


def _people(seed: str, n: int, born: tuple[int, int] = (2003, 2004)) -> list[dict]:
    rng = _random.Random(f"recruiting-{seed}")
    sei_pool = rng.sample(_SEI, n)
    out = []
    for i in range(n):
        sei = sei_pool[i]
        male = rng.random() < 0.5
        mei = rng.choice(_MEI_M if male else _MEI_F)
        y = rng.randint(*born)
        dob = _dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
        pref, city, town, zipc = rng.choice(_ADDR)
        addr = f"{pref}{city}{town}{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
        if rng.random() < 0.55:
            addr += f" {rng.choice(_BLDG)}{rng.randint(1, 5)}0{rng.randint(1, 9)}"
        tel = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        dom = rng.choice(_FREEMAIL)
        local = rng.choice([
            f"{mei[2].lower()}.{sei[2].lower()}", f"{sei[2].lower()}{mei[2].lower()[0]}{rng.randint(10, 99)}",
            f"{mei[2].lower()}{y % 100:02d}{dob.month:02d}", f"{sei[2][0].lower()}{mei[2].lower()}_{rng.randint(1, 999)}",
        ])
        univ, fac = rng.choice(_UNIV)
        out.append({
            "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}", "name2": f"{sei[0]}{mei[0]}",
            "kana": f"{sei[1]} {mei[1]}", "roma": f"{mei[2]} {sei[2]}", "ROMA": f"{sei[2].upper()} {mei[2]}",
            "sex": "男" if male else "女", "dob": dob, "zip": zipc, "addr": addr, "pref": pref,
            "city": city, "tel": tel, "mail": f"{local}@{dom}", "univ": univ, "fac": fac,
        })
    return out


_ERA = [("令和", "R", _dt.date(2019, 5, 1)), ("平成", "H", _dt.date(1989, 1, 8)),
        ("昭和", "S", _dt.date(1926, 12, 25))]


def _wareki(d: _dt.date, style: str = "kanji") -> str:
    for kanji, letter, start in _ERA:
        if d >= start:
            n = d.year - start.year + 1
            break
    if style == "kanji":
        return f"{kanji}{n}年{d.month}月{d.day}日"
    if style == "letter":
        return f"{letter}{n}.{d.month}.{d.day}"
    if style == "zen":
        return _zen(f"{kanji}{n}年{d.month}月{d.day}日")
    if style == "zenletter":
        return _zen(f"{letter}{n}.{d.month}.{d.day}")
    raise ValueError(style)


def _zen(s: str, dash: str = "－") -> str:
    """ASCII digits/letters/dot/hyphen to full width (dash: what '-' becomes)."""
    out = []
    for ch in s:
        if ch == "-":
            out.append(dash)
        elif ch == ".":
            out.append("．")
        elif "0" <= ch <= "9" or "A" <= ch <= "Z" or "a" <= ch <= "z":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def _w(s: str) -> int:
    return sum(2 if _ud.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(rows: list[list[str]], gap: int = 2, rule: str | None = "-", zen_space: bool = False) -> str:
    """Columns padded with spaces under a header (as people paste from Excel into a mail)."""
    widths = [max(_w(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            fill = widths[i] - _w(c)
            if zen_space:
                cells.append(c + "　" * (fill // 2) + " " * (fill % 2))
            else:
                cells.append(c + " " * fill)
        sep = ("　" if zen_space else " " * gap)
        lines.append(sep.join(cells).rstrip())
        if k == 0 and rule:
            lines.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# signatures and boilerplate of the sending staff
# ---------------------------------------------------------------------------------------

SAEKI = "人事部 佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>"
SIG_SAEKI = """
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 採用グループ　佐伯 真理子（さえき まりこ）
〒103-0027 東京都中央区日本橋2-7-1 日の出ビル8F
TEL：03-5201-4410（代表）／内線 2314
Mail：saeki.mariko@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

OKOCHI = "大河内 蓮 <okochi.ren@hinode-sangyo.co.jp>"
SIG_OKOCHI = """
--
日の出産業株式会社 人事部 新卒採用担当
大河内 蓮 (Ren Okochi)
TEL 03-5201-4410 / 直通 03-5201-4437
〒103-0027 東京都中央区日本橋2-7-1"""

HOJO = "北条 彩 <hojo.aya@hinode-sangyo.co.jp>"
SIG_HOJO = """
----------------------------------
北条 彩（ほうじょう あや）
日の出産業株式会社　人事部　キャリア採用チーム
直通：03-5201-4452　FAX：03-5201-4499
hojo.aya@hinode-sangyo.co.jp
----------------------------------"""

KURI = "栗林健吾 <kuribayashi.k@hinode-sangyo.co.jp>"
SIG_KURI = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　大阪支社
人事総務課　栗林 健吾
〒530-0001 大阪府大阪市北区梅田3-4-5 梅田第二ビル12F
TEL 06-6345-7781　FAX 06-6345-7790
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

NONO = "野々村 千尋 <nonomura.c@hinode-sangyo.co.jp>"
SIG_NONO = """
日の出産業株式会社
人事部 労務グループ　野々村 千尋
TEL：03-5201-4418　内線：2321
〒103-0027 東京都中央区日本橋2-7-1 日の出ビル8F"""

TAKI = "滝本 優 <takimoto.yu@hinode-sangyo.co.jp>"
SIG_TAKI = """
-- 
滝本 優（インターンシップ担当）
日の出産業株式会社 人事部 採用グループ
03-5201-4410（代表） / 080-4417-2096（採用用携帯）"""

MAKABE = "真壁 秀一 <makabe.shuichi@hinode-sangyo.co.jp>"
SIG_MAKABE = """
日の出産業株式会社
執行役員 人事部長　真壁 秀一
TEL 03-5201-4401"""

SAIYO = "日の出産業 採用事務局 <saiyo@hinode-sangyo.co.jp>"
SIG_SAIYO = """
==================================================
日の出産業株式会社　新卒採用事務局
E-mail：saiyo@hinode-sangyo.co.jp
TEL：0120-41-0627（平日 9:30〜17:30）
採用サイト：https://recruit.hinode-sangyo.co.jp/
=================================================="""

SIG_EN = """
Best regards,

Mariko Saeki
Talent Acquisition, Human Resources Dept.
Hinode Sangyo Co., Ltd.
2-7-1 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-4410"""

DISC_JA = """
※本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Any unauthorised use or disclosure is prohibited."""


def _dob(d: _dt.date, style: str) -> str:
    return {
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "iso": d.isoformat(),
        "jp": f"{d.year}年{d.month}月{d.day}日",
        "dot": f"{d.year}.{d.month}.{d.day}",
    }.get(style) or _wareki(d, style)


MESSAGES: list[dict] = []


def _add(**m) -> None:
    MESSAGES.append(m)


# =======================================================================================
# STOP — lists of candidates / new hires going outside
# =======================================================================================

_p = _people("naiteisha-2027", 14)
_add(
    id="recruiting-001", expect="stop", charset="iso-2022-jp",
    sender=SAEKI, to=["研修事業部 三好様 <miyoshi@nextstage-kenshu.co.jp>"],
    cc=["okochi.ren@hinode-sangyo.co.jp"],
    subject="2027年度 内定者研修の受講者名簿送付の件",
    body=f"""ネクストステージ研修株式会社
研修事業部　三好様

いつも大変お世話になっております。
日の出産業の佐伯でございます。

先日お打ち合わせいたしました2027年度入社内定者向けの入社前研修（2月3日〜5日）につきまして、
受講予定者の名簿を添付のとおりお送りいたします。

・シート「受講者一覧」：14名分（氏名・フリガナ・生年月日・学校名・連絡先）
・シート「グループ分け案」：弊社での仮の班編成です

事前課題の送付は貴社から内定者へ直接メールでお送りいただく形で問題ございません。
受講票の発送先につきましては別途ご連絡いたします。

何卒よろしくお願い申し上げます。
{SIG_SAEKI}""",
    attachments=[{
        "kind": "xlsx", "name": "2027内定者研修_受講者名簿.xlsx",
        "sheets": {
            "受講者一覧": [["2027年度 入社前研修 受講者名簿（日の出産業株式会社）"], [],
                      ["No", "氏名", "フリガナ", "性別", "生年月日", "学校名", "学部・研究科", "携帯電話", "メールアドレス"]]
            + [[i + 1, x["name"], x["kana"], x["sex"], x["dob"].strftime("%Y/%m/%d"), x["univ"], x["fac"],
                x["tel"], x["mail"]] for i, x in enumerate(_p)],
            "グループ分け案": [["班", "メンバー"], ["A", "、".join(x["sei"] for x in _p[:5])],
                         ["B", "、".join(x["sei"] for x in _p[5:10])], ["C", "、".join(x["sei"] for x in _p[10:])]],
        },
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="14 offerees' DOB, mobile and private e-mail in an XLSX to an external training company",
)

_p = _people("mensetsu-2nd", 6, (1998, 2002))
_rows = [["時間", "氏名", "所属", "携帯", "メール"]] + [
    [t, x["name"], f"{x['univ']}", x["tel"], x["mail"]]
    for t, x in zip(["10:00", "10:45", "11:30", "13:30", "14:15", "15:00"], _p)]
_add(
    id="recruiting-002", expect="stop", charset="utf-8",
    sender=OKOCHI, to=["三上 洋介 <mikami@cdo-partners.jp>"],
    subject="【日程確定】3/12(木) 二次面接のタイムテーブル",
    body=f"""三上様

お世話になっております。日の出産業 人事部の大河内です。
3/12(木)の二次面接、下記6名で確定しましたのでお知らせします。
当日遅延などがあった場合に三上様からも直接連絡が取れるよう、連絡先も載せておきます。

{_pad(_rows)}

会場：本社8F 第3会議室（受付で「採用面接」とお伝えください）
評価シートは当日お渡しします。

よろしくお願いいたします。
{SIG_OKOCHI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="space-padded table of 6 candidates with mobile and e-mail sent to an outside interviewer",
)

_p = _people("setsumeikai-0618", 38)
_add(
    id="recruiting-003", expect="stop", charset="shift_jis",
    sender=SAIYO, to=["運営チーム <ops@event-square.co.jp>"],
    subject="6/18 会社説明会（ベルサール会場） 参加予約者リスト",
    body=f"""イベントスクエア株式会社
運営チーム ご担当者様

お世話になっております。日の出産業㈱ 新卒採用事務局です。
6/18(水)の会社説明会につきまして、受付用の参加予約者リスト（CSV）をお送りいたします。
当日は受付にて氏名をご確認のうえ、資料セットをお渡しいただけますと幸いです。

予約数：38名（6/16 17:00時点）
追加があれば前日17時までに差分をお送りします。
{SIG_SAIYO}""",
    attachments=[{
        "kind": "csv", "name": "0618説明会_予約者.csv", "encoding": "cp932",
        "rows": [["受付番号", "氏名", "フリガナ", "大学", "学部", "メールアドレス", "電話番号"]]
        + [[f"E{618000 + i * 7}", x["name"], x["kana"], x["univ"], x["fac"], x["mail"], x["tel"]]
           for i, x in enumerate(_p)],
    }],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CP932 CSV of 38 seminar registrants (name, e-mail, phone) to an event operator",
)

_p = _people("intern-summer-hoken", 8, (2003, 2005))
_tab = "氏名\tフリガナ\t生年月日\t住所\n" + "\n".join(
    f"{x['name']}\t{x['kana']}\t{_wareki(x['dob'], 'letter')}\t〒{x['zip']} {x['addr']}" for x in _p)
_add(
    id="recruiting-004", expect="stop", charset="shift_jis",
    sender=TAKI, to=["あおい保険サービス 今村様 <imamura@aoi-hoken.co.jp>"],
    subject="夏期インターンシップ参加学生の傷害保険加入について",
    body=f"""あおい保険サービス株式会社
今村様

いつもお世話になっております。日の出産業の滝本です。
先日ご相談した8月の就業型インターンシップ（工場実習あり）の傷害保険の件、
加入対象の学生が確定しましたので、Excelから貼り付けでお送りします。

期間：8/18〜8/29（10日間）
実習場所：弊社 厚木工場

{_tab}

保険料の見積りと申込書のご準備をお願いできますでしょうか。
お手数をおかけしますがよろしくお願いいたします。
{SIG_TAKI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="tab-separated list of 8 interns with 和暦 DOB and home address to an insurance agency",
)

_p = _people("spi-batch3", 27)
_add(
    id="recruiting-005", expect="stop", charset="utf-8",
    sender=OKOCHI, to=["アセスメントラボ サポート <support@assess-lab.co.jp>"],
    subject="Re: 受検者一括登録用ファイルのご送付（第3回）",
    body=f"""アセスメントラボ
カスタマーサポート ご担当者様

お世話になっております。日の出産業の大河内です。
ご案内いただいたフォーマットにて、第3回 Web適性検査の受検者ファイルをお送りします。
受検期限は 4/25(金) 23:59 でお願いします。

・受検者数：27名
・文字コード：UTF-8（BOMなし）

登録完了のご連絡をいただけましたら、学生へ受検案内を送付いたします。
{SIG_OKOCHI}""",
    attachments=[{
        "kind": "csv", "name": "jukensha_upload_03.csv", "encoding": "utf-8",
        "rows": [["candidate_id", "last_name", "first_name", "last_name_kana", "first_name_kana",
                  "birth_date", "email"]]
        + [[f"HS27-{3000 + i}", x["sei"], x["mei"], x["kana"].split()[0], x["kana"].split()[1],
            x["dob"].isoformat(), x["mail"]] for i, x in enumerate(_p)],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="UTF-8 CSV of 27 applicants (name, DOB, e-mail) to an aptitude-test vendor",
)

_p = _people("shataku-april", 5, (1990, 1999))
_blocks = []
for i, x in enumerate(_p, 1):
    _blocks.append(f"""【{i}】{x['name']}（{x['kana']}）
　入社日　　：2026年4月{[1, 1, 1, 15, 15][i - 1]}日
　配属先　　：{['名古屋営業所', '名古屋営業所', '大阪支社', '福岡営業所', '大阪支社'][i - 1]}
　現住所　　：〒{x['zip']} {x['addr']}
　携帯　　　：{x['tel']}
　入居人数　：{['本人のみ', '2名（配偶者）', '本人のみ', '3名（配偶者・子1）', '本人のみ'][i - 1]}
　希望条件　：{['駅徒歩10分以内', '2LDK以上、保育園が近いと助かる', '特になし', '駐車場1台', '営業所まで30分以内'][i - 1]}""")
_add(
    id="recruiting-006", expect="stop", charset="iso-2022-jp",
    sender=NONO, to=["リロケーションプラス 社宅手配担当 <shataku@reloc-plus.co.jp>"],
    subject="4月入社 中途採用者5名 借上社宅の手配依頼",
    body=f"""株式会社リロケーションプラス
社宅手配ご担当者様

いつもお世話になっております。日の出産業 労務グループの野々村です。
4月入社予定のキャリア採用者のうち、転居を伴う5名について借上社宅の手配をお願いいたします。
内見の日程調整はご本人と直接進めていただいて構いません。

{chr(10).join(_blocks)}

家賃上限は規程どおり（単身8万円／世帯12万円）です。
ご不明点がございましたらご連絡ください。
{SIG_NONO}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one block per person: 5 new hires' home address, mobile and family size to a relocation company",
)

_p = _people("final-html", 7, (2002, 2004))
_tr = "".join(
    f"<tr><td>{t}</td><td>{x['name']}</td><td>{x['univ']} {x['fac']}</td><td>{x['tel']}</td><td>{x['mail']}</td></tr>"
    for t, x in zip(["9:30", "10:30", "11:30", "13:00", "14:00", "15:00", "16:00"], _p))
_add(
    id="recruiting-007", expect="stop", charset="utf-8",
    sender=SAEKI, to=["リクルーティングワークス 川辺様 <kawabe@rpo-works.jp>"],
    subject="最終面接（5/22）の出席者一覧",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>株式会社リクルーティングワークス<br>川辺様</p>
<p>いつもお世話になっております。日の出産業の佐伯です。<br>
5/22(木)の最終面接の出席者が確定しましたので共有いたします。<br>
前日のリマインド連絡（メール・SMS）を貴社にてお願いできますでしょうか。</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde6f5"><th>開始</th><th>氏名</th><th>大学・学部</th><th>携帯電話</th><th>メール</th></tr>
{_tr}
</table>
<p>面接官：真壁（人事部長）、各事業部長<br>会場：本社10F 役員会議室</p>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 採用グループ<br>佐伯 真理子<br>TEL 03-5201-4410</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 7 final-interview candidates' phone and e-mail to an RPO",
)

_p = _people("konshinkai-bus", 6)
_add(
    id="recruiting-008", expect="stop", charset="shift_jis",
    sender=KURI, to=["東海観光バス 配車係 <haisha@tokai-kanko-bus.co.jp>"],
    subject="10/1 内定式 送迎バス ご乗車予定者（大阪発）",
    body=f"""東海観光バス株式会社
配車係 ご担当者様

お世話になっております。日の出産業大阪支社の栗林でございます。
10月1日の内定式（本社）へ向かう送迎便につきまして、大阪支社集合組の乗車予定者をお知らせします。
集合に遅れた場合に乗務員の方から直接ご連絡いただけるよう、携帯番号を添えております。

・{_p[0]['name']}　携帯 {_p[0]['tel']}
・{_p[1]['name']}　携帯 {_p[1]['tel']}
・{_p[2]['name']}　携帯 {_p[2]['tel']}
・{_p[3]['name']}　携帯 {_p[3]['tel']}
・{_p[4]['name']}　携帯 {_p[4]['tel']}
・{_p[5]['name']}　携帯 {_p[5]['tel']}
（引率：弊社 栗林　080-3921-5570）

集合：大阪支社ビル前 6:40／出発 7:00
以上、よろしくお願い申し上げます。
{SIG_KURI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="bullet list of 6 offerees with their mobile numbers to a bus company",
)

_p = _people("uniform-size", 9, (2002, 2004))
_add(
    id="recruiting-009", expect="stop", charset="iso-2022-jp",
    sender=TAKI, to=["丸三ユニフォーム 営業部 <eigyo@marusan-uniform.co.jp>"],
    subject="2026年4月入社 技術職 作業服・安全靴のご手配（直送分）",
    body=f"""丸三ユニフォーム株式会社
営業部　ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 人事部の滝本でございます。

4月入社の技術職9名分の作業服・安全靴につきまして、
入社前に各自の自宅で試着してもらうため、ご本人宛の直送をお願いしたく存じます。
サイズと送付先を添付のWordにまとめましたのでご確認ください。

納品希望：3月10日（火）まで
請求書は従来どおり本社人事部宛でお願いいたします。
{SIG_TAKI}""",
    attachments=[{
        "kind": "docx", "name": "作業服サイズ表_送付先一覧.docx",
        "paragraphs": ["2026年度入社 技術職 作業服・安全靴 手配表", "日の出産業株式会社 人事部", ""],
        "tables": [[["氏名", "上衣", "下衣(W)", "安全靴", "郵便番号", "送付先住所", "電話"]]
                   + [[x["name"], ["M", "L", "LL", "S", "M", "L", "M", "3L", "L"][i],
                       str([76, 82, 88, 64, 79, 85, 73, 95, 82][i]),
                       str([26.5, 27.0, 28.0, 23.0, 26.0, 27.5, 24.5, 28.5, 26.5][i]),
                       x["zip"], x["addr"], x["tel"]] for i, x in enumerate(_p)]],
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="DOCX table of 9 new hires' home addresses and phones (with sizes) to a uniform supplier",
)

_p = _people("sr-shutoku", 11, (1985, 2004))
_add(
    id="recruiting-010", expect="stop", charset="utf-8",
    sender=NONO, to=["藤堂社会保険労務士事務所 <info@todo-sr.jp>"],
    subject="4/1付 資格取得手続き対象者一覧（PDF）",
    body=f"""藤堂社会保険労務士事務所
藤堂先生、ご担当者様

いつもお世話になっております。日の出産業の野々村です。
4月1日付入社者の社会保険・雇用保険の資格取得届の作成をお願いしたく、
対象者一覧をPDFでお送りします（新卒8名、中途3名の計11名）。

マイナンバーは従来どおり専用の受け渡し方法で別途お渡しします。
報酬月額は確定次第お知らせいたします。
{SIG_NONO}""",
    attachments=[{
        "kind": "pdf", "name": "資格取得対象者一覧_20260401.pdf", "title": "資格取得対象者一覧",
        "lines": ["日の出産業株式会社　2026年4月1日付 入社者一覧（資格取得手続き用）", ""],
        "table": [["No", "氏名", "フリガナ", "性別", "生年月日", "住所", "区分"]]
        + [[str(i + 1), x["name"], x["kana"], x["sex"], _dob(x["dob"], "kanji"),
            f"{x['zip']} {x['addr']}", "新卒" if x["dob"].year >= 2000 else "中途"] for i, x in enumerate(_p)],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PDF table of 11 new hires' DOB and home address to a labour-and-social-security office",
)

_p = _people("career-opq", 9, (1984, 1997))
_add(
    id="recruiting-011", expect="stop", charset="shift_jis",
    sender=HOJO, to=["テストワークス 法人サポート <corp-support@testworks.jp>"],
    subject="性格検査（中途）受検者登録ファイル",
    body=f"""株式会社テストワークス
法人サポート ご担当者様

お世話になっております。日の出産業 キャリア採用チームの北条です。
今月分の中途応募者の性格検査について、受検者登録ファイルをZIPでお送りします。
（社内のメールシステムの都合で、Excelファイルは圧縮しております）

受検案内メールは、いつもどおり貴社システムから各受検者へ配信してください。
{SIG_HOJO}""",
    attachments=[{
        "kind": "zip", "name": "jukensha_career_202605.zip",
        "files": [{
            "kind": "xlsx", "name": "受検者登録_202605.xlsx",
            "sheets": {"登録": [["企業コード", "HNS0419"], [],
                              ["受検者番号", "氏名", "ふりがな", "生年月日", "メールアドレス", "電話番号", "応募職種"]]
                       + [[f"C{2605}{i:03d}", x["name"], x["kana"], x["dob"].strftime("%Y/%m/%d"), x["mail"],
                           x["tel"], ["法人営業", "生産技術", "経理", "社内SE", "品質保証", "法人営業",
                                      "物流企画", "人事労務", "生産技術"][i]] for i, x in enumerate(_p)]},
        }],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="ZIP (no password) holding an XLSX of 9 mid-career applicants' DOB, e-mail, phone to a test vendor",
)

_p = _people("bizcareer-suisen", 6, (1983, 1996))
_fw = "\n\n".join(
    f"""■候補者{chr(65 + i)}：{x['name']}（{2026 - x['dob'].year}歳・{x['sex']}性）
現職：{['中堅物流会社 倉庫管理', '自動車部品メーカー 生産管理', '食品商社 営業', '外資系3PL 購買', '地方銀行 法人営業', 'SIer 物流システム PM'][i]}
現年収：{[520, 610, 480, 700, 560, 830][i]}万円／希望：{[580, 650, 520, 750, 600, 850][i]}万円
連絡先：{x['tel']}／{x['mail']}
居住地：{x['pref']}{x['city']}"""
    for i, x in enumerate(_p))
_add(
    id="recruiting-012", expect="stop", charset="iso-2022-jp",
    sender=HOJO, to=["日の出ロジスティクス 総務人事 坂井様 <sakai.t@hinode-logi.co.jp>"],
    subject="FW: 【ビズキャリア】物流管理職ポジション ご推薦（6名）",
    body=f"""坂井さん

お疲れさまです。北条です。
ビズキャリアさんから当社宛に来た推薦ですが、物流管理のポジションはロジスティクスさんでの採用の方が
合いそうな方が多いので、そのまま転送します。面談をご希望の方がいれば教えてください。

北条

-------- 転送メッセージ --------
差出人: ビズキャリア 石黒 <ishiguro@bizcareer.co.jp>
宛先: hojo.aya@hinode-sangyo.co.jp
件名: 【ビズキャリア】物流管理職ポジション ご推薦（6名）

日の出産業株式会社
北条様

いつもお世話になっております。ビズキャリアの石黒です。
物流管理職ポジションにつきまして、下記6名をご推薦いたします。
詳細な職務経歴書は書類選考へ進む方のみお送りいたします。

{_fw}

ご検討のほどよろしくお願いいたします。
ビズキャリア株式会社　石黒 亮
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forward of an agency's 6 recommended candidates (phone, e-mail, salary) to a separate group company",
)

_p = _people("gakunai-suisen", 5, (2003, 2004))
_inner = {
    "charset": "iso-2022-jp",
    "sender": "東都大学 キャリアセンター 早坂 <hayasaka@career.tohto-u.ac.jp>",
    "to": ["saeki.mariko@hinode-sangyo.co.jp"],
    "subject": "学校推薦 学生のご紹介（日の出産業株式会社様）",
    "body": "日の出産業株式会社\n人事部 佐伯様\n\nお世話になっております。東都大学キャリアセンターの早坂です。\n"
            "学校推薦の件、学内選考の結果、下記5名を推薦いたします。\n\n"
            + "\n".join(f"{i + 1}. {x['name']}（{x['kana']}）　学籍番号 {24 + i % 2}T{5100 + i * 37}　"
                        f"生年月日 {_dob(x['dob'], 'jp')}\n   連絡先 {x['tel']}　{x['mail']}"
                        for i, x in enumerate(_p))
            + "\n\n推薦書は本日郵送いたしました。\n面接日程は学生へ直接ご連絡いただいて差し支えございません。\n\n"
              "東都大学 キャリアセンター 早坂 由紀子\nTEL 03-3812-5501\n",
}
_add(
    id="recruiting-013", expect="stop", charset="utf-8",
    sender=SAEKI, to=["川辺様 <kawabe@rpo-works.jp>"],
    subject="FW: 東都大 学校推薦の学生5名（面接日程の調整をお願いします）",
    body=f"""川辺様

いつもありがとうございます。佐伯です。
東都大学から学校推薦の学生5名の連絡がありましたので、元のメールを添付で転送いたします。
推薦枠は1次面接免除となりますので、6月第1週の2次面接の枠で日程調整をお願いできますでしょうか。

どうぞよろしくお願いいたします。
{SIG_SAEKI}""",
    attachments=[{"kind": "eml", "name": "学校推薦 学生のご紹介.eml", "message": _inner}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forward-as-attachment of a university's mail listing 5 recommended students with DOB and contacts to an RPO",
)

_p = _people("career-kanri-xls", 12, (1980, 1998))
_add(
    id="recruiting-014", expect="stop", charset="shift_jis",
    sender=HOJO, to=["kawabe@rpo-works.jp"], cc=["nishino@rpo-works.jp"],
    subject="中途応募者管理表（5月末時点）の共有",
    body=f"""リクルーティングワークス
川辺様、西野様

お世話になっております。北条です。
5月末時点の中途応募者管理表を共有いたします（社内の古いテンプレートのため .xls です）。
書類選考中の方について、貴社で一次面接の日程調整をお願いしたく存じます。

ステータス欄が「書類通過」の方が対象です。
よろしくお願いいたします。
{SIG_HOJO}""",
    attachments=[{
        "kind": "xls", "name": "中途応募者管理表_0531.xls",
        "sheets": {
            "応募者": [["応募日", "氏名", "年齢", "電話番号", "メール", "現住所", "応募職種", "現年収", "ステータス"]]
            + [[f"2026/05/{(i * 3) % 28 + 1:02d}", x["name"], 2026 - x["dob"].year, x["tel"], x["mail"],
                x["pref"] + x["city"], ["法人営業", "経理", "社内SE", "生産技術"][i % 4],
                f"{[450, 520, 610, 380, 700, 560][i % 6]}万", ["書類通過", "書類選考中", "不合格", "書類通過"][i % 4]]
               for i, x in enumerate(_p)],
            "媒体別": [["媒体", "応募数"], ["転職サイトA", 31], ["エージェント", 12], ["自社サイト", 7]],
        },
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="legacy XLS of 12 mid-career applicants with phone, e-mail and salary to an RPO",
)

_p = _people("kenshin-yoyaku", 7, (2002, 2004))
_rows = [["氏名", "性別", "生年月日", "受診希望日"]] + [
    [x["name"], x["sex"], _wareki(x["dob"], "zen"), _zen(f"3月{[9, 9, 10, 10, 11, 11, 12][i]}日")]
    for i, x in enumerate(_p)]
_add(
    id="recruiting-015", expect="stop", charset="iso-2022-jp",
    sender=NONO, to=["日本橋健診クリニック 企業健診窓口 <kigyo@nihonbashi-kenshin.or.jp>"],
    subject="雇入時健康診断のご予約（日の出産業・7名）",
    body=f"""日本橋健診クリニック
企業健診ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部 労務グループの野々村でございます。

4月入社予定者の雇入時健康診断につきまして、下記の日程で予約をお願いいたします。
コースは定期健診と同じ「Ａコース（法定項目）」です。

{_pad(_rows, rule=None, zen_space=True)}

結果は個人票と一覧表で弊社人事部宛にご送付ください。
お手数ですが、予約可否をご返信いただけますと幸いです。
{SIG_NONO}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="full-width padded list of 7 new hires with 和暦 full-width DOB for health-check booking at a clinic",
)

_p = _people("rooming-kenshu", 10, (2002, 2004))
_csv = "部屋,氏名,性別,携帯番号\n" + "\n".join(
    f"{[601, 601, 602, 602, 603, 603, 604, 604, 605, 605][i]},{x['name']},{x['sex']},{x['tel']}"
    for i, x in enumerate(sorted(_p, key=lambda y: y['sex'])))
_add(
    id="recruiting-016", expect="stop", charset="utf-8",
    sender=OKOCHI, to=["さくらホテル 宴会・宿泊予約 <yoyaku@sakura-hotel.jp>"],
    subject="Re: 4/7-4/9 新入社員研修 ご宿泊者名簿",
    body=f"""さくらホテル
宿泊予約ご担当 吉岡様

いつもお世話になっております。日の出産業の大河内です。
先日ご依頼いただいた宿泊者名簿、部屋割りが決まりましたのでお送りします。
（Excelからコピーしたので見づらかったら申し訳ありません）

{_csv}

チェックインは4/7 18時頃、全員同時の予定です。
引率は大河内（080-6612-3380）が同宿します。
よろしくお願いいたします。
{SIG_OKOCHI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="comma-separated rooming list of 10 new employees with mobile numbers pasted into a mail to a hotel",
)

_p = _people("kyuyo-koza", 6, (1995, 2004))
_banks = [("みどり銀行", "0177", "日本橋支店", "101"), ("ゆうちょ銀行", "9900", "〇一八店", "018"),
          ("東都信用金庫", "1311", "経堂支店", "024"), ("みどり銀行", "0177", "吹田支店", "452"),
          ("関西中央銀行", "0160", "梅田支店", "210"), ("ネットバンクあおぞら", "0038", "本店営業部", "001")]
_add(
    id="recruiting-017", expect="stop", charset="iso-2022-jp",
    sender=NONO, to=["ペイロールサービス 導入担当 <onboarding@payroll-service.co.jp>"],
    subject="4月入社者 給与振込口座の登録依頼",
    body=f"""ペイロールサービス株式会社
導入ご担当者様

お世話になっております。日の出産業の野々村です。
4月入社者のうち、口座届が提出済みの6名分について給与振込口座の登録をお願いいたします。
添付のExcelをご確認ください。残りの方は回収でき次第お送りします。

初回支給は4月25日です。
{SIG_NONO}""",
    attachments=[{
        "kind": "xlsx", "name": "振込口座届_4月入社.xlsx",
        "sheets": {"口座": [["社員番号", "氏名", "カナ", "銀行名", "銀行コード", "支店名", "支店コード", "種別", "口座番号"]]
                          + [[f"26{i + 41:04d}", x["name"], x["kana"], b[0], b[1], b[2], b[3], "普通",
                              f"{(7 * i + 3) % 10}{4810265 + i * 90173 % 1000000:06d}"[:7]]
                             for i, (x, b) in enumerate(zip(_p, _banks))]},
    }],
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="XLSX of 6 new hires' salary bank accounts to an outsourced payroll provider",
)

_en = ["Nguyen Thi Lan", "Arjun Mehta", "Siti Rahmawati", "Lucas Bernard", "Kim Ji-woo"]
_nat = ["Vietnam", "India", "Indonesia", "France", "Korea"]
_add(
    id="recruiting-018", expect="stop", charset="utf-8",
    sender=SAEKI, to=["Global Mobility Asia <arrivals@gma-relo.com>"],
    subject="Summer internship 2026 - arrival support for 5 interns",
    body=f"""Dear GMA Arrivals Team,

Thank you for your support again this year. Below are the five overseas interns joining
our Tokyo head office from July 6 to August 28. Please arrange airport pick-up, the
serviced apartments and the orientation on July 4 as discussed.

Name                 Date of birth   Nationality  E-mail                           Mobile (home)
-------------------  --------------  -----------  -------------------------------  ----------------
{_en[0]:<19}  1999-08-14      {_nat[0]:<11}  lan.nguyen.t@gmail.com           +84 912 447 208
{_en[1]:<19}  2002-01-30      {_nat[1]:<11}  arjun.mehta02@outlook.com        +91 98201 55473
{_en[2]:<19}  2001-11-05      {_nat[2]:<11}  siti.rahma@yahoo.com             +62 812 9034 6671
{_en[3]:<19}  2000-06-21      {_nat[3]:<11}  lucas.bernard@icloud.com         +33 6 48 21 93 07
{_en[4]:<19}  2002-09-17      {_nat[4]:<11}  jiwoo.kim.917@gmail.com          +82 10 7734 2219

Flight details will follow once the tickets are issued.
{SIG_EN}
{DISC_EN}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="English mail: padded table of 5 foreign interns' DOB, e-mail and phone to a relocation agency",
)

_p = _people("naiteisha-slides", 6)
_add(
    id="recruiting-019", expect="stop", charset="shift_jis",
    sender=SAEKI, to=["三好様 <miyoshi@nextstage-kenshu.co.jp>"],
    subject="内定者紹介スライド（懇親ワークの事前資料）",
    body=f"""三好様

お世話になっております。日の出産業の佐伯です。
明日の打ち合わせに先立ち、内定者の自己紹介スライドをお送りいたします。
ワークのファシリテーターの方に事前にお目通しいただければと存じます。
各人の連絡先も入っておりますので、当日の班連絡にご活用ください。

佐伯
{SIG_SAEKI}""",
    attachments=[{
        "kind": "pptx", "name": "内定者紹介_2027.pptx",
        "slides": [["2027年度 内定者紹介", "日の出産業株式会社 人事部", "内定者6名"]]
        + [[x["name"] + "（" + x["kana"] + "）",
            f"{x['univ']} {x['fac']}", f"出身：{x['pref']}",
            f"趣味：{['登山', 'バスケットボール', '写真', '料理', '鉄道旅行', '吹奏楽'][i]}",
            f"携帯：{x['tel']}", f"メール：{x['mail']}"] for i, x in enumerate(_p)],
    }],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="PPTX, one slide per offeree with mobile and e-mail (6 people), to a training company",
)

_p = _people("refcheck-batch", 5, (1982, 1994))
_r = _people("refcheck-referees", 5, (1965, 1985))
_blk = []
for i, (x, y) in enumerate(zip(_p, _r)):
    _blk.append(f"""（{i + 1}）候補者：{x['name']}　{x['mail']}　{x['tel']}
　　推薦者：{y['name']}様（前職 {['上司', '上司', '同僚', '上司', '取引先'][i]}）　{y['tel']}""")
_add(
    id="recruiting-020", expect="stop", charset="utf-8",
    sender=HOJO, to=["トラストリファレンス 受付 <order@trust-ref.jp>"],
    subject="リファレンスチェックのご依頼（5件）",
    body=f"""株式会社トラストリファレンス
ご担当者様

お世話になっております。日の出産業の北条です。
最終面接に進む下記5名についてリファレンスチェックをお願いいたします。
いずれも本人の同意取得済みです。推薦者への連絡は貴社から直接お願いします。

{chr(10).join(_blk)}

報告期限：6/20(金)
よろしくお願いいたします。
{SIG_HOJO}""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="5 candidates (e-mail, phone) plus their referees' phones, one block each, to a reference-check firm",
)

_p = _people("scout-pipe", 7, (1985, 1996))
_add(
    id="recruiting-021", expect="stop", charset="utf-8",
    sender=HOJO, to=["ハイクラスパートナーズ 野口様 <noguchi@hc-partners.jp>"],
    subject="Re: 工場長候補のスカウト対象について",
    body="""野口様

お世話になっております。北条です。
先日お話しした工場長候補の件、当社の過去応募者DBから再アプローチしたい方を抽出しました。
貴社経由でご意向確認をお願いできればと思います。

| 氏名 | 年齢 | 居住地 | 電話 | 現職 |
|------|------|--------|------|------|
""" + "\n".join(
        f"| {x['name']} | {2026 - x['dob'].year} | {x['pref']}{x['city']} | {x['tel']} | "
        f"{['製造課長', '生産管理部長', '品質保証課長', '工場次長', '製造部長', '設備保全課長', '工務課長'][i]} |"
        for i, x in enumerate(_p)) + f"""

2023年以前の応募の方もいるので、現況と異なる可能性があります。
{SIG_HOJO}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="pipe-delimited table of 7 past applicants with age, residence and phone to a headhunter",
)

_p = _people("fusaiyo-atena", 23, (2002, 2004))
_add(
    id="recruiting-022", expect="stop", charset="shift_jis",
    sender=SAIYO, to=["錦印刷 営業部 平田様 <hirata@nishiki-insatsu.co.jp>"],
    subject="封筒宛名印字のデータ入稿（選考結果通知）",
    body=f"""錦印刷株式会社
営業部　平田様

いつもお世話になっております。日の出産業 新卒採用事務局でございます。
先日お見積りいただいた長3封筒の宛名印字につきまして、データを入稿いたします。
23件、CSV（Shift-JIS）です。封入物は弊社で行いますので、印字のみお願いいたします。

納期：7月3日（木）午前着
{SIG_SAIYO}""",
    attachments=[{
        "kind": "csv", "name": "atena_0701.csv", "encoding": "cp932",
        "rows": [["郵便番号", "住所1", "住所2", "氏名", "敬称"]]
        + [[x["zip"], x["addr"].split(" ")[0], (x["addr"].split(" ") + [""])[1], x["name"], "様"] for x in _p],
    }],
    entities=["PERSON_NAME", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="CP932 CSV of 23 applicants' names and home addresses to a printer for envelope addressing",
)

_p = _people("welcome-kit", 9, (2002, 2004))
_add(
    id="recruiting-023", expect="stop", charset="iso-2022-jp",
    sender=OKOCHI, to=["青葉運輸 法人営業 <hojin@aoba-unyu.co.jp>"],
    subject="内定者ウェルカムキット 個別配送の送り先リスト",
    body=f"""青葉運輸株式会社
法人営業ご担当者様

いつもお世話になっております。日の出産業の大河内です。
12月の内定者ウェルカムキットの個別配送につきまして、送り先リストをお送りします。
集荷は12/5(金)、本社8F 人事部までお願いいたします。配達指定は12/7午前です。

伝票の印字にお使いください。
{SIG_OKOCHI}""",
    attachments=[{
        "kind": "xlsx", "name": "送り先リスト_ウェルカムキット.xlsx",
        "sheets": {"送り先": [["ウェルカムキット配送先（12/5集荷分）"], ["荷主：日の出産業株式会社 人事部"], [],
                             ["No", "お届け先氏名", "郵便番号", "住所", "電話番号", "品名", "個数"]]
                            + [[i + 1, x["name"], x["zip"], x["addr"], x["tel"], "書籍・記念品", 1]
                               for i, x in enumerate(_p)]},
    }],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="XLSX with a title row: 9 offerees' home addresses and phones to a carrier",
)

_p = _people("follow-mendan", 6)
_add(
    id="recruiting-024", expect="stop", charset="utf-8",
    sender=SAEKI, to=["柏木 冴子 <saeko.kashiwagi.cc@gmail.com>"],
    subject="転送: 内定者フォロー面談 担当割り当て（11月）",
    body=f"""柏木さん

いつもありがとうございます。佐伯です。
社内で決めた11月のフォロー面談の割り当てを転送します。柏木さんには下記の6名をお願いできればと思います。
本人たちには「キャリアカウンセラーの柏木さんから連絡がある」と伝えてあります。

---------- Forwarded message ---------
From: 大河内 蓮 <okochi.ren@hinode-sangyo.co.jp>
Date: 2026年11月4日(水) 18:12
Subject: 内定者フォロー面談 担当割り当て（11月）
To: 人事部採用G <saiyo-g@hinode-sangyo.co.jp>

採用Gの皆さん

11月のフォロー面談、外部カウンセラー枠（柏木さん）は以下の6名でお願いします。
辞退懸念が高い順に並べています。

{chr(10).join(f"・{x['name']}（{x['univ']}）{x['tel']}／{x['mail']}　志望：{['営業', '物流企画', '経理', '生産技術', '営業', '情報システム'][i]}　懸念度：{'高高中中低低'[i]}" for i, x in enumerate(_p))}

大河内
""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="forwarded internal list of 6 offerees with phone, e-mail and risk rating to a freelance counsellor on Gmail",
)


# =======================================================================================
# STOP — My Number, identity documents, insurance numbers, cards
# =======================================================================================

_p = _people("mn-single", 1, (1991, 1991))[0]
_add(
    id="recruiting-025", expect="stop", charset="iso-2022-jp",
    sender=NONO, to=["藤堂社会保険労務士事務所 山岸様 <yamagishi@todo-sr.jp>"],
    subject="Re: 5/16入社 中途1名の雇用保険取得について",
    body=f"""山岸様

お世話になっております。日の出産業の野々村です。
ご連絡いただいた件、本人から個人番号の提出がありましたのでお知らせいたします。

　氏名　　　：{_p['name']}（{_p['kana']}）
　生年月日　：{_wareki(_p['dob'])}
　個人番号　：{my_number(2501)[:4]} {my_number(2501)[4:8]} {my_number(2501)[8:]}
　前職　　　：株式会社アルテ物流（離職票は本人が持参済み）

資格取得日は5月16日でお願いいたします。
よろしくお願いいたします。
{SIG_NONO}

> 先日ご依頼の中途入社の方の雇用保険資格取得につきまして、
> マイナンバーが未記載のため、お手数ですがご本人の個人番号をお知らせいただけますでしょうか。
> 藤堂社会保険労務士事務所　山岸""",
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one new hire's My Number with name and 和暦 DOB sent to a labour-law office",
)

_p = _people("mn-osaka", 6, (1996, 2004))
_add(
    id="recruiting-026", expect="stop", charset="shift_jis",
    sender=KURI, to=["なにわ労務管理事務所 <office@naniwa-sr.jp>"],
    subject="大阪支社 4月入社者の社保・雇保 取得届（マイナンバー・基礎年金番号）",
    body=f"""なにわ労務管理事務所
ご担当者様

いつもお世話になっております。日の出産業大阪支社の栗林です。
4月1日入社の大阪支社採用6名分の資格取得届用データを添付いたします。
個人番号・基礎年金番号はシート「番号」に分けてあります。

ご確認のほどよろしくお願いいたします。
{SIG_KURI}""",
    attachments=[{
        "kind": "xlsx", "name": "大阪支社_4月入社_取得届データ.xlsx",
        "sheets": {
            "基本情報": [["氏名", "フリガナ", "性別", "生年月日", "住所", "報酬月額"]]
            + [[x["name"], x["kana"], x["sex"], _wareki(x["dob"], "letter"), x["addr"], [228000, 228000, 245000, 228000, 262000, 231000][i]]
               for i, x in enumerate(_p)],
            "番号": [["氏名", "個人番号", "基礎年金番号"]]
            + [[x["name"], my_number(2600 + i), f"{4 + i % 5}{(1830 + i * 271) % 1000:03d}-{(584203 + i * 70117) % 1000000:06d}"]
               for i, x in enumerate(_p)],
        },
    }],
    entities=["JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX with 6 new hires' My Numbers and basic pension numbers to an outside labour office",
)

_add(
    id="recruiting-027", expect="stop", charset="utf-8",
    sender=HOJO, to=["みなと国際法務事務所 行政書士 小西様 <konishi@minato-gyosei.jp>"],
    subject="在留資格変更許可申請（技術・人文知識・国際業務）のご依頼",
    body=f"""みなと国際法務事務所
行政書士 小西様

お世話になっております。日の出産業の北条でございます。
内定を出しました留学生1名の在留資格変更につきまして、申請のご依頼をさせていただきたくご連絡しました。

　氏名：TRAN VAN MINH（チャン・ヴァン・ミン）
　国籍：ベトナム
　生年月日：2001年3月9日
　在留カード番号：UH38201745EA
　現在の在留資格：留学（在留期限 2027年3月31日）
　在籍校：明英大学 情報科学部 4年
　入社予定日：2027年4月1日　職種：社内SE

雇用契約書と会社側の書類は今週中に揃えます。
必要書類のリストをお送りいただけますと助かります。
{SIG_HOJO}""",
    entities=["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="residence card number and DOB of a foreign offeree to an immigration lawyer",
)

_add(
    id="recruiting-028", expect="stop", charset="iso-2022-jp",
    sender=NONO, to=["yamagishi@todo-sr.jp"],
    subject="基礎年金番号のご連絡（6/1入社 2名）",
    body="""山岸様

お世話になっております。野々村です。
6月1日入社の2名について、年金手帳（基礎年金番号通知書）の写しが揃いましたので番号をお知らせします。

１．鬼塚 康平（オニツカ コウヘイ）　基礎年金番号：4103−728915
２．芦原 晴美（アシハラ ハルミ）　　基礎年金番号：2207−316480

芦原さんは旧姓「望月」で登録されている可能性があるとのことです。
念のためお含みおきください。

野々村
""" + SIG_NONO,
    entities=["JP_BASIC_PENSION_NUMBER", "PERSON_NAME"],
    detectors=["personal_data"],
    note="basic pension numbers of two new hires to a labour-law office",
)

_add(
    id="recruiting-029", expect="stop", charset="shift_jis",
    sender=KURI, to=["あおい保険サービス 今村様 <imamura@aoi-hoken.co.jp>"],
    subject="営業車の運転者追加（新入社員）",
    body="""今村様

お世話になっております。日の出産業大阪支社の栗林です。
7月から営業車に乗務する中途入社者を、運転者限定の対象に追加していただきたくご連絡しました。

　氏名：　霜田 拓真（しもだ たくま）
　生年月日：　1994年10月22日
　運転免許証番号：　第 622104938150 号
　免許の色：　ブルー
　有効期限：　2028年11月22日まで
　対象車両：　大阪 400 ほ 32-18（プロボックス）

免許証のコピーは郵送でお送りします。
手続き完了のご連絡をお待ちしております。
""" + SIG_KURI,
    entities=["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a new hire's driving licence number and DOB to an insurance agency",
)

_add(
    id="recruiting-030", expect="stop", charset="utf-8",
    sender=TAKI, to=["日の丸トラベル 法人デスク <corp-desk@hinomaru-travel.co.jp>"],
    subject="海外インターンシップ（シンガポール）航空券手配のお願い",
    body="""日の丸トラベル株式会社
法人デスク ご担当者様

お世話になっております。日の出産業 人事部の滝本です。
シンガポール現地法人でのインターンシップに参加する学生の航空券手配をお願いいたします。

・搭乗者：MIZUSHIMA KANATA（水島 奏多）様
・性別：男性
・生年月日：2004年2月11日
・旅券番号：TZ4180276（有効期限 2031年5月）
・往路：8/3 羽田→シンガポール（午前便希望）
・復路：8/31 シンガポール→羽田

ご請求は弊社人事部宛でお願いいたします。
""" + SIG_TAKI,
    entities=["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="a student intern's passport number and DOB sent to a travel agency",
)

_cc = card_number(3101)
_add(
    id="recruiting-031", expect="stop", charset="iso-2022-jp",
    sender=MAKABE, to=["ジョブメディア 営業 森永様 <morinaga@jobmedia.co.jp>"],
    subject="Re: 求人広告掲載料のお支払い方法について",
    body=f"""ジョブメディア株式会社
森永様

お世話になっております。真壁です。
ご案内いただいた件、今回の掲載料（申込番号 JM-2026-08841、税込 1,188,000円）は
法人カードでの決済でお願いします。

　カード番号：{_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}
　有効期限：09/29
　名義：HINODE SANGYO CO LTD

決済完了後に領収書をPDFでお送りください。
{SIG_MAKABE}""",
    entities=["CREDIT_CARD"],
    detectors=["personal_data"],
    note="corporate credit card number and expiry sent by mail to a job-ad vendor",
)

_add(
    id="recruiting-032", expect="stop", charset="shift_jis",
    sender=NONO, to=["日本橋健診クリニック 企業健診窓口 <kigyo@nihonbashi-kenshin.or.jp>"],
    subject="受診者の保険証情報（6/3 雇入時健診）",
    body="""企業健診ご担当者様

お世話になっております。日の出産業の野々村です。
6/3に受診予定の中途入社者について、保険証がまだ手元に届いていないため、
資格取得済みの情報を先にお知らせいたします。

氏名：　　　宍戸 美穂
生年月日：　昭和６２年８月３０日
保険者番号：０６１３９８７２（日の出産業健康保険組合）
記号：　　　５２　　番号：　　３０８１

当日は受診票のみ持参させます。
よろしくお願いいたします。
""" + SIG_NONO,
    entities=["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="health-insurance card symbol/number and 和暦 DOB of one new hire to a clinic",
)


# =======================================================================================
# STOP — 要配慮個人情報 (even of one person)
# =======================================================================================

_add(
    id="recruiting-033", expect="stop", charset="utf-8",
    sender=NONO, to=["神田産業保健クリニック 佐野先生 <sano@kanda-sangyohoken.jp>"],
    subject="雇入時健診結果のご確認（就業判定のお願い）",
    body=f"""佐野先生

いつもお世話になっております。日の出産業 労務グループの野々村です。
4月入社予定者のうち、雇入時健診で所見のあった1名について、
就業上の配慮の要否をご判断いただきたく、健診結果の個人票を添付いたします。

配属予定は厚木工場（交替勤務あり）です。
ご多忙のところ恐縮ですが、よろしくお願いいたします。
{SIG_NONO}""",
    attachments=[{
        "kind": "pdf", "name": "雇入時健診_個人票_鳴海.pdf",
        "lines": ["雇入時健康診断 個人結果票", "",
                  "氏名：鳴海 航平（ナルミ コウヘイ）　性別：男　生年月日：1998年7月4日",
                  "受診日：2026年3月11日　受診機関：日本橋健診クリニック", "",
                  "既往歴：高血圧（2024年〜服薬中）、気管支喘息（小児期）",
                  "血圧：162/104 mmHg（再検 158/100）",
                  "尿蛋白：(+)　心電図：左室肥大の疑い",
                  "総合判定：D2 要精密検査（循環器内科）",
                  "医師所見：降圧薬の内服継続。夜勤の可否は専門医受診結果を踏まえ判断のこと。"],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one new hire's health-check results and medical history (PDF) to an outside occupational physician",
)

_add(
    id="recruiting-034", expect="stop", charset="iso-2022-jp",
    sender=HOJO, to=["ビズキャリア 石黒様 <ishiguro@bizcareer.co.jp>"],
    subject="鴨下様の選考について（リファレンス結果を踏まえて）",
    body="""石黒様

お世話になっております。日の出産業の北条です。
ご推薦いただいた鴨下 智史様の件、リファレンスチェックの報告書が届きましたので共有いたします。

前職の上長の方からのコメントで、2024年秋から約4か月、適応障害の診断により休職されていたこと、
復職後は時短勤務で対応されていたことが分かりました。
業務評価自体は高く、当社としても前向きに考えたいのですが、配属先の繁忙期の負荷を考えると
ご本人の現在の通院状況や主治医の意見を確認させていただく必要があると考えております。

恐れ入りますが、ご本人に上記確認の可否をお伺いいただけますでしょうか。
""" + SIG_HOJO,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="named candidate's mental-health diagnosis and leave history sent to a recruitment agency",
)

_add(
    id="recruiting-035", expect="stop", charset="shift_jis",
    sender=KURI, to=["ひだまりワークス 支援員 岩佐様 <iwasa@hidamari-works.or.jp>"],
    subject="実習受け入れの件（蔀さん）",
    body="""就労移行支援事業所 ひだまりワークス
岩佐様

お世話になっております。日の出産業大阪支社の栗林です。
障害者雇用枠でご紹介いただいた蔀（しとみ）有紗さんの職場実習について、受け入れ部署と調整がつきました。

・実習期間：9月8日〜9月19日（平日 10:00〜15:00）
・部署：大阪支社 総務課（書類整理・データ入力）
・いただいた情報：精神障害者保健福祉手帳２級（双極性障害）、服薬中、
　疲れが出ると午後に集中力が落ちやすい、電話対応は当面なし

上記の配慮事項は職場の上長とだけ共有しております。
実習中の面談日程についてご都合をお知らせください。
""" + SIG_KURI,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named candidate's disability certificate grade and diagnosis to an employment-support office",
)

_add(
    id="recruiting-036", expect="stop", charset="utf-8",
    sender=OKOCHI, to=["さくらホテル 吉岡様 <yoshioka@sakura-hotel.jp>"],
    subject="新入社員研修 お食事・お部屋についてのご相談",
    body=f"""吉岡様

いつもお世話になっております。日の出産業の大河内です。
4/7〜4/9の新入社員研修について、1点ご相談させてください。

参加者のうち、アフマド・ラフィ・ハキム（Ahmad Rafi Hakim）さんがイスラム教徒のため、
・期間中のお食事をハラール対応（豚肉・アルコール不使用）にしていただけるか
・1日5回のお祈りのため、研修会場近くに小部屋を一つお借りできるか
をご確認いただけますでしょうか。

ご本人からは、難しければ持参の食事で対応するとも聞いております。
{SIG_OKOCHI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named new employee's religion sent to a hotel (partner domain, still external)",
)

_add(
    id="recruiting-037", expect="stop", charset="iso-2022-jp",
    sender=MAKABE, to=["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
    cc=["hojo.aya@hinode-sangyo.co.jp"],
    subject="【ご相談】内定者の逮捕報道と内定取消の可否について",
    body="""白川先生

いつも大変お世話になっております。日の出産業の真壁でございます。
至急ご相談したい件があり、ご連絡いたしました。

2027年4月入社予定の内定者　雲母 悠斗（きらら ゆうと、明英大学 商学部4年）が、
11月2日に傷害の疑いで逮捕されたとの報道がありました（本人の実名報道あり）。
大学からも同日に連絡があり、現在勾留中とのことです。

内定通知書には「内定取消事由」として「犯罪行為その他これに類する行為があった場合」を定めておりますが、
起訴前の段階で取消を判断してよいものか、また本人・保護者への連絡方法について
ご助言をいただけますでしょうか。

内定通知書と誓約書の写しは別途お送りいたします。
""" + SIG_MAKABE,
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="arrest of a named offeree (criminal matter) sent to the company's outside lawyer",
)

_add(
    id="recruiting-038", expect="stop", charset="shift_jis",
    sender=SAEKI, to=["手話通訳派遣センター 派遣調整係 <haken@shuwa-center.or.jp>"],
    subject="採用面接への手話通訳者派遣のお願い",
    body=f"""手話通訳派遣センター
派遣調整係 御中

はじめてご連絡いたします。日の出産業株式会社 人事部の佐伯と申します。
弊社の採用面接に、手話通訳者の派遣をお願いしたくご連絡いたしました。

・面接日時：2026年6月24日（水）14:00〜15:00
・場所：東京都中央区日本橋2-7-1 日の出ビル8F
・受験者：猪狩 菜摘 様（先天性の聴覚障害、身体障害者手帳2級）
　ご本人は手話が第一言語で、筆談も可とのことです。
・面接官：2名（人事、配属予定部署の課長）

費用のお見積りもあわせてお送りいただけますと幸いです。
{SIG_SAEKI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="a named applicant's hearing disability and certificate grade sent to an interpreter service",
)

_p = _people("hairyo-kenshu", 6, (2002, 2004))
_cond = ["気管支喘息（発作時吸入薬を携帯）", "てんかん（服薬でコントロール中、過去2年発作なし）",
         "1型糖尿病（インスリン注射のため食前に離席あり）", "食物アレルギー：そば・落花生（アナフィラキシー既往）",
         "心室中隔欠損の手術歴あり、激しい運動は不可", "うつ病で通院中（月1回）、宿泊研修は個室希望"]
_add(
    id="recruiting-039", expect="stop", charset="utf-8",
    sender=SAEKI, to=["三好様 <miyoshi@nextstage-kenshu.co.jp>"],
    subject="内定者研修 参加者の配慮事項について",
    body=f"""三好様

お世話になっております。佐伯です。
内定者研修（野外ワークを含むプログラム）に向けて、事前に配慮が必要な内定者の情報をまとめました。
講師・スタッフの方にのみご共有いただけますでしょうか。

詳細は添付のWordをご覧ください。

佐伯
{SIG_SAEKI}""",
    attachments=[{
        "kind": "docx", "name": "研修参加者_配慮事項.docx",
        "paragraphs": ["内定者研修　健康上の配慮事項（6名）", ""]
        + [f"{x['name']}（{x['univ']}）：{c}" for x, c in zip(_p, _cond)]
        + ["", "緊急時は人事部 佐伯（080-2210-6734）まで連絡してください。"],
    }],
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX listing 6 offerees with their medical conditions to a training company",
)


# =======================================================================================
# STOP — three or more external parties visible to each other
# =======================================================================================

_add(
    id="recruiting-040", expect="stop", charset="iso-2022-jp",
    sender=SAIYO,
    to=["hina.kusakabe@gmail.com", "t.morooka0512@yahoo.co.jp", "yuma_sengoku@icloud.com",
        "a-hirayama@outlook.jp"],
    subject="【日の出産業】一次面接（グループ面接）日程のご案内",
    body=f"""皆様

日の出産業株式会社 新卒採用事務局です。
先日はWeb適性検査の受検ありがとうございました。
一次面接（グループ面接）のご案内をお送りいたします。

日時：2026年4月14日（火）13:30〜14:30（13:15受付開始）
場所：日の出産業株式会社 本社 8F（東京都中央区日本橋2-7-1）
持ち物：筆記用具、学生証
服装：自由（スーツでなくて構いません）

出欠を4月10日（金）までに本メールへの返信でお知らせください。
やむを得ずご都合が合わない場合は、候補日を再調整いたします。
{SIG_SAIYO}""",
    entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="four applicants' private addresses openly in To (should have been Bcc)",
)

_add(
    id="recruiting-041", expect="stop", charset="shift_jis",
    sender=OKOCHI,
    to=["東都大学 キャリアセンター <career@tohto-u.ac.jp>", "北辰工業大学 就職課 <shushoku@hokushin-it.ac.jp>",
        "関西学芸大学 キャリア支援課 <career-support@kansai-gakugei.ac.jp>"],
    cc=["saeki.mariko@hinode-sangyo.co.jp"],
    subject="学内企業説明会へのご参加について（日の出産業株式会社）",
    body=f"""キャリアセンター ご担当者様

平素より大変お世話になっております。
日の出産業株式会社 人事部の大河内でございます。

2028年卒業予定の学生の皆様を対象とした学内企業説明会につきまして、
今年度も参加させていただきたく、ご案内をお願い申し上げます。

　希望時期：2027年2月〜3月
　形式：対面（オンライン併用も可）
　説明者：人事部1名、若手社員2名（貴学OB・OGを予定）

参加申込書のご送付、または学内システムでの申込方法をお知らせいただけますと幸いです。
何卒よろしくお願い申し上げます。
{SIG_OKOCHI}""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three universities' career centres in To, each can see the others",
)

_add(
    id="recruiting-042", expect="stop", charset="utf-8",
    sender=HOJO,
    to=["ishiguro@bizcareer.co.jp", "recruit@jobrink.jp", "sales02@agent-one.co.jp"],
    cc=["noguchi@hc-partners.jp"],
    subject="【新規求人】生産技術エンジニア（厚木工場）のご紹介依頼",
    body=f"""人材紹介会社各位

いつもお世話になっております。日の出産業 キャリア採用チームの北条です。
厚木工場の生産技術エンジニアについて、新たに求人を開始いたしますのでご紹介をお願いいたします。

■ポジション：生産技術エンジニア（設備導入・工程改善）
■勤務地：神奈川県厚木市（厚木工場）
■想定年収：550万〜750万円
■必須：製造業での生産技術経験3年以上
■歓迎：PLC・ロボット立ち上げ経験
■採用予定数：2名
■選考：書類 → 一次（オンライン）→ 適性検査 → 最終（対面）

求人票の詳細は各社の管理画面に登録済みです。
よろしくお願いいたします。
{SIG_HOJO}""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four recruitment agencies (competitors) in To/Cc of one mail",
)

_add(
    id="recruiting-043", expect="stop", charset="utf-8",
    sender="Mariko Saeki <saeki.mariko@hinode-sangyo.co.jp>",
    to=["Dr. Priya Raman <p.raman@careers.nusantara-tech.edu.sg>", "internships@hcmc-ue.edu.vn",
        "Ms. Laila Putri <laila.putri@univ-merdeka.ac.id>"],
    subject="Hinode Sangyo Summer Internship 2026 - call for applications",
    body=f"""Dear Internship Coordinators,

I hope this message finds you well. Following last year's successful programme, Hinode
Sangyo is again offering a paid summer internship at our Tokyo head office and Atsugi
plant, and we would be grateful if you could share the call with your students.

  Period: July 6 - August 28, 2026 (8 weeks)
  Fields: supply chain planning, production engineering, IT
  Support: round-trip airfare, serviced apartment, monthly stipend JPY 180,000
  Deadline: April 30, 2026 (online application form)

The application page and a one-page flyer are available at
https://recruit.hinode-sangyo.co.jp/global-internship/
{SIG_EN}""",
    entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="English mail with three overseas universities openly in To",
)


# =======================================================================================
# STOP — look-alike recipient domains
# =======================================================================================

_add(
    id="recruiting-044", expect="stop", charset="iso-2022-jp",
    sender=OKOCHI, to=["ツバサシステム 菅野様 <kanno@tsubasa-sytem.jp>"],
    subject="採用サイト エントリーフォーム項目追加のご相談",
    body=f"""ツバサシステム株式会社
菅野様

いつもお世話になっております。日の出産業の大河内です。
採用サイトのエントリーフォームについて、次年度向けに以下の変更をお願いしたく存じます。

1. 「希望勤務地」を単一選択から複数選択に変更
2. 「インターンシップ参加歴」の設問を追加（はい／いいえ）
3. 確認画面の文言修正（別紙）

公開希望日は3月1日です。お見積りと工数感をいただけますと助かります。
{SIG_OKOCHI}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner tsubasa-system.jp mistyped as tsubasa-sytem.jp (letter dropped)",
)

_add(
    id="recruiting-045", expect="stop", charset="shift_jis",
    sender=HOJO, to=["小田切 部長 <odagiri.k@hinode-sangyo.com>"],
    subject="経理職 一次面接通過者のご連絡",
    body=f"""小田切部長

お疲れさまです。北条です。
経理職の一次面接の結果、下記3名が通過となりました。
最終面接の候補日を2〜3日いただけますでしょうか。

・氏家 麻美（32歳）現職：上場メーカー経理　携帯 090-3318-7264
・冨永 諒（28歳）現職：会計事務所　携帯 080-5547-0913
・真鍋 さおり（35歳）現職：商社 財務　携帯 070-1290-4486

よろしくお願いいたします。
{SIG_HOJO}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but addressed to hinode-sangyo.com (own domain, other TLD)",
)

_p = _people("naitei-lookalike", 8)
_add(
    id="recruiting-046", expect="stop", charset="iso-2022-jp",
    sender=SAEKI, to=["大阪支社 人事総務課 <jinji-osaka@hinode-sangyou.co.jp>"],
    subject="大阪配属予定の内定者一覧（連絡先つき）",
    body=f"""大阪支社 人事総務課の皆さま

お疲れさまです。本社採用Gの佐伯です。
大阪支社配属予定の内定者8名の一覧です。内定者懇親会のご案内にお使いください。

{_pad([["氏名", "大学", "携帯", "メール"]] + [[x['name'], x['univ'], x['tel'], x['mail']] for x in _p], rule='=')}

佐伯
{SIG_SAEKI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="list of 8 offerees meant for the Osaka branch, sent to hinode-sangyou.co.jp (letter added)",
)

_add(
    id="recruiting-047", expect="stop", charset="utf-8",
    sender=TAKI, to=["川崎電機 人事課 上原様 <uehara@kawasaki-denkl.co.jp>"],
    subject="合同インターンシップ（工場見学）の打ち合わせ日程",
    body=f"""川崎電機株式会社
人事課　上原様

お世話になっております。日の出産業の滝本です。
来年2月の合同インターンシップ（両社の工場見学）について、打ち合わせのお時間をいただけますでしょうか。

候補日：
　12/9(火) 10:00〜11:00
　12/10(水) 15:00〜16:00
　12/12(金) 13:00〜14:00

オンライン（Teams）を想定しております。
{SIG_TAKI}""",
    entities=[],
    detectors=["lookalike_domain"],
    note="partner kawasaki-denki.co.jp with the i replaced by l (homoglyph-style typo)",
)


# =======================================================================================
# STOP — confidentiality markings on the mail or a document
# =======================================================================================

_add(
    id="recruiting-048", expect="stop", charset="shift_jis",
    sender=SAEKI, to=["川辺様 <kawabe@rpo-works.jp>"],
    subject="2027年度 採用計画（部門別人数）",
    body=f"""川辺様

お世話になっております。佐伯です。
来期の業務範囲のお見積りのため、2027年度の採用計画（部門別の人数と予算）をお送りします。
取扱いにはご注意ください。

佐伯
{SIG_SAEKI}""",
    attachments=[{
        "kind": "xlsx", "name": "2027採用計画_v3.xlsx", "page_header": "社外秘",
        "sheets": {"計画": [["【社外秘】2027年度 採用計画（2026/09 経営会議承認版）"], [],
                            ["部門", "新卒", "中途", "予算(千円)", "備考"],
                            ["営業本部", 12, 4, 38400, "関西強化"],
                            ["生産本部", 15, 6, 45200, "厚木第2ライン増設"],
                            ["物流企画", 4, 2, 12800, ""],
                            ["管理部門", 3, 3, 11600, "経理・情シス"],
                            ["合計", 34, 15, 108000, ""]]},
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="XLSX hiring plan stamped 社外秘 (title row and page header) sent to an RPO",
)

_add(
    id="recruiting-049", expect="stop", charset="utf-8",
    sender="Aya Hojo <hojo.aya@hinode-sangyo.co.jp>", to=["Daniel Koh <daniel.koh@talentbridge-asia.com>"],
    subject="Salary bands for the Singapore supply-chain manager role",
    body="""Hi Daniel,

Thanks for the call yesterday. As promised, attached are our salary bands for grades
M1-M3 so that you can calibrate the candidates you approach for the Singapore role.
Please use them only for this search.

Kind regards,
Aya Hojo
Career Recruitment Team, HR Dept.
Hinode Sangyo Co., Ltd.
""",
    attachments=[{
        "kind": "pdf", "name": "HS_salary_bands_M1-M3.pdf", "page_footer": "CONFIDENTIAL - Hinode Sangyo HR",
        "title": "Salary bands M1-M3",
        "lines": ["Hinode Sangyo Co., Ltd. - Management grade salary bands (FY2026)", ""],
        "table": [["Grade", "Title", "Base (JPY k) min", "mid", "max", "Bonus target"],
                  ["M1", "Manager", "8,400", "9,600", "10,800", "20%"],
                  ["M2", "Senior Manager", "10,200", "11,700", "13,200", "25%"],
                  ["M3", "General Manager", "12,600", "14,400", "16,200", "30%"]],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="English mail; PDF of salary bands with a CONFIDENTIAL footer on every page to a headhunter",
)

_add(
    id="recruiting-050", expect="stop", charset="iso-2022-jp",
    sender=MAKABE, to=["HRストラテジー 代表 久保田様 <kubota@hr-strategy.co.jp>"],
    subject="【社外秘】2027年度 新卒採用方針（経営会議資料抜粋）",
    body=f"""久保田様

お世話になっております。真壁です。
来週のワークショップに先立ち、経営会議で承認された採用方針の抜粋をお送りします。

＜区分：社外秘＞
1. 採用数：新卒34名（前年比＋6名）、うち理系20名
2. 重点：生産技術・情報系の母集団形成、関西圏の大学との関係強化
3. 初任給：学部卒 月額26万円（＋1.5万円）へ改定予定（11月の労使協議で確定）
4. 選考：一次面接のオンライン化、リクルーター面談の廃止
5. 内定辞退率の目標：25%以下（前年実績 31%）

ワークショップでは3と5を中心にご意見をいただければと思います。
{SIG_MAKABE}""",
    entities=[],
    detectors=["confidential_marking"],
    note="subject and body carry a 社外秘 classification; unreleased pay and hiring plans to a consultant",
)

_add(
    id="recruiting-051", expect="stop", charset="shift_jis",
    sender=OKOCHI, to=["三上様 <mikami@cdo-partners.jp>"],
    subject="面接評価基準（2027年度版）の送付",
    body=f"""三上様

お世話になっております。大河内です。
来月から外部面接官としてご参加いただくにあたり、今年度の面接評価基準をお送りします。
ご一読のうえ、当日の評価シートとあわせてご利用ください。
{SIG_OKOCHI}""",
    attachments=[{
        "kind": "docx", "name": "面接評価基準_2027.docx", "page_header": "取扱注意　日の出産業株式会社 人事部",
        "title": "面接評価基準 2027",
        "paragraphs": ["面接評価基準（2027年度 新卒採用）", "",
                       "評価項目は以下の5つとし、各項目をS/A/B/C/Dの5段階で評価する。",
                       "1. 主体性　2. 論理的思考力　3. 協働性　4. 誠実さ　5. 当社志向度",
                       "総合評価B以上で次選考へ推薦する。ただしC評価が2項目以上ある場合は要協議とする。"],
        "tables": [[["評価", "基準"], ["S", "入社後すぐにリーダー候補"], ["A", "明確に期待できる"],
                    ["B", "標準"], ["C", "懸念あり"], ["D", "不可"]]],
    }],
    entities=[],
    detectors=["confidential_marking"],
    note="DOCX whose page header is stamped 取扱注意, sent to an outside interviewer",
)


# =======================================================================================
# STOP — attachments that cannot be read
# =======================================================================================

_add(
    id="recruiting-052", expect="stop", charset="iso-2022-jp",
    sender=HOJO, to=["三上様 <mikami@cdo-partners.jp>"],
    subject="6/5 面接候補者の応募書類",
    body=f"""三上様

お世話になっております。北条です。
6/5(金)にご面接いただく候補者の履歴書・職務経歴書を送付いたします。
添付ファイルはパスワード付きZIPです。パスワードは別メールにてお送りします。

よろしくお願いいたします。
{SIG_HOJO}""",
    attachments=[{
        "kind": "zip", "name": "応募書類_0605.zip", "password": "Hs#0605kmr",
        "files": [{"kind": "pdf", "name": "履歴書_松浦.pdf",
                   "lines": ["履歴書", "氏名 松浦 圭吾", "生年月日 1990年4月18日", "住所 神奈川県藤沢市鵠沼海岸3-9-12"]},
                  {"kind": "docx", "name": "職務経歴書_松浦.docx",
                   "paragraphs": ["職務経歴書", "松浦 圭吾", "2013年〜 株式会社湘南精機 生産技術課"]}],
    }],
    entities=[],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) of a candidate's résumé to an outside interviewer",
)

_add(
    id="recruiting-053", expect="stop", charset="utf-8",
    sender=SAIYO, to=["riko.ashida0321@gmail.com"],
    subject="【日の出産業】内定通知書の送付について",
    body=f"""芦田 莉子 様

日の出産業株式会社 新卒採用事務局です。
このたびは弊社の選考にご参加いただき、誠にありがとうございました。
内定通知書をPDFにてお送りいたします（原本は別途郵送いたします）。

PDFにはパスワードを設定しております。パスワードはご登録の生年月日（8桁）です。

内定承諾書のご提出期限は 7月10日（金）です。
ご不明な点がございましたら、お気軽にお問い合わせください。
{SIG_SAIYO}""",
    attachments=[{
        "kind": "pdf", "name": "内定通知書_芦田莉子様.pdf", "password": "20040321",
        "lines": ["内定通知書", "芦田 莉子 様", "2027年4月1日付で採用することを内定いたしました。"],
    }],
    entities=[],
    detectors=["unscannable_attachment", "freemail_recipient"],
    note="password-protected PDF offer letter to a candidate's Gmail: cannot be inspected",
)

_add(
    id="recruiting-054", expect="stop", charset="shift_jis",
    sender=HOJO, to=["ジョブリンク 小池様 <koike@jobrink.jp>"],
    subject="Re: 面接日程の候補について",
    body=f"""小池様

お世話になっております。北条です。
ご依頼の面接日程の候補枠を、Excelにまとめて添付いたしました。
○のついている枠で候補者様とご調整いただけますでしょうか。
{SIG_HOJO}""",
    attachments=[{"kind": "corrupt", "name": "面接候補枠_6月.xlsx"}],
    entities=[],
    detectors=["unscannable_attachment"],
    note="attached XLSX is corrupt and cannot be read",
)

_p = _people("elearning-ppap", 12)
_add(
    id="recruiting-055", expect="stop", charset="utf-8",
    sender=OKOCHI, to=["ツバサシステム 菅野様 <kanno@tsubasa-system.jp>"],
    subject="入社前eラーニング アカウント発行用データ",
    body=f"""菅野様

いつもお世話になっております。日の出産業の大河内です。
入社前eラーニングのアカウント発行用に、内定者のデータをお送りします。
社内ルールによりパスワード付きZIPにしております。解凍パスワードは後ほど別送します。

発行後、ログイン案内は貴社システムから各内定者へ送信をお願いします。
{SIG_OKOCHI}""",
    attachments=[{
        "kind": "zip", "name": "elearning_accounts.zip", "password": "tsubasa2027!",
        "files": [{"kind": "csv", "name": "accounts.csv", "encoding": "utf-8",
                   "rows": [["氏名", "メールアドレス", "生年月日"]]
                   + [[x["name"], x["mail"], x["dob"].isoformat()] for x in _p]}],
    }],
    entities=[],
    detectors=["unscannable_attachment"],
    note="encrypted ZIP (offeree data inside, unreadable) to the e-learning partner",
)


# =======================================================================================
# PASS — everyday recruiting mail that only looks risky
# =======================================================================================

_add(
    id="recruiting-056", expect="pass", charset="iso-2022-jp",
    sender=SAIYO, to=["kouki.amamiya@gmail.com"],
    subject="Re: 二次面接の日程について",
    body=f"""雨宮 晃希 様

日の出産業株式会社 新卒採用事務局です。
ご返信ありがとうございます。二次面接は以下の日程で確定いたしました。

　日時：5月20日（水）10:45〜11:30
　場所：本社8F（受付でお名前と「二次面接」とお伝えください）
　面接官：人事部 大河内、営業本部 課長

当日、交通機関の遅延等で遅れる場合は、採用事務局（0120-41-0627）までご連絡ください。
お会いできることを楽しみにしております。
{SIG_SAIYO}

> 日の出産業株式会社
> 新卒採用事務局 ご担当者様
>
> お世話になっております。東都大学の雨宮晃希です。
> 二次面接の日程ですが、5月20日の10:45からでお願いできますでしょうか。
> よろしくお願いいたします。""",
    entities=[],
    detectors=["freemail_recipient"],
    note="one candidate, on Gmail, gets their own interview confirmation",
)

_add(
    id="recruiting-057", expect="pass", charset="shift_jis",
    sender=MAKABE, to=["s.ogasawara_1104@yahoo.co.jp"],
    subject="採用内定のご連絡（日の出産業株式会社）",
    body=f"""小笠原 翔 様

拝啓　時下ますますご清祥のこととお慶び申し上げます。
先日は弊社の最終面接にお越しいただき、誠にありがとうございました。

慎重に選考を重ねました結果、小笠原様を採用させていただくことに内定いたしましたので、
ご連絡申し上げます。

　入社日：2026年7月1日（水）
　配属：物流企画部（東京本社）
　処遇：月額基本給 385,000円、賞与年2回（前年実績 4.2か月）
　試用期間：3か月

正式な内定通知書と労働条件通知書は本日郵送いたしました。
ご不明な点は人事部 北条（03-5201-4452）までお問い合わせください。
敬具
{SIG_MAKABE}""",
    entities=[],
    detectors=["freemail_recipient"],
    note="offer to the candidate himself on free mail; his own terms, one person",
)

_add(
    id="recruiting-058", expect="pass", charset="utf-8",
    sender=HOJO, to=["ジョブリンク 小池様 <koike@jobrink.jp>"],
    subject="書類選考結果のご連絡（大道寺様）",
    body=f"""ジョブリンク株式会社
小池様

いつもお世話になっております。日の出産業の北条です。
ご推薦いただいた大道寺様（品質保証ポジション）について、書類選考の結果、
ぜひ一次面接にお越しいただきたいと考えております。

面接候補日：
　6/9(火) 14:00〜／6/10(水) 10:00〜／6/12(金) 16:00〜
形式：オンライン（Teams、所要60分）

ご本人のご都合をお伺いいただけますでしょうか。
{SIG_HOJO}""",
    entities=[],
    detectors=[],
    note="screening result for one candidate, name only, to the agency that introduced him",
)

_add(
    id="recruiting-059", expect="pass", charset="iso-2022-jp",
    sender=OKOCHI, to=["三上様 <mikami@cdo-partners.jp>"],
    subject="明日の面接 3名分の連絡先",
    body=f"""三上様

お世話になっております。大河内です。
明日の午後の面接は以下の3名です。私が午後不在のため、万一遅刻等があれば直接ご連絡ください。

　13:30　芹沢 日向　090−6731−2084
　14:15　宮路 楓　　080−2298−5510
　15:00　相馬 蒼　　070−4417−8836

よろしくお願いいたします。
{SIG_OKOCHI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three candidates' mobiles to an outside interviewer: under five people, may warn",
)

_add(
    id="recruiting-060", expect="pass", charset="shift_jis",
    sender=TAKI, to=["川崎電機 人事課 上原様 <uehara@kawasaki-denki.co.jp>"],
    subject="2/18 工場見学の参加学生（4名）",
    body=f"""上原様

お世話になっております。日の出産業の滝本です。
2/18（水）の川崎電機様 相模原工場の見学につきまして、参加学生が4名に確定しました。
入構手続きに必要とのことでしたので、氏名と当日の連絡先をお知らせします。

　1. 若林 湊（北辰工業大学）　080-3346-1927
　2. 千賀 七海（東都大学）　　090-5528-0473
　3. 赤星 大翔（明英大学）　　070-8812-3390
　4. 鷲尾 結衣（杜の都大学）　080-7305-6618

引率は滝本と大河内の2名です。
どうぞよろしくお願いいたします。
{SIG_TAKI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four students' names and phones to a partner for factory entry: under five people",
)

_add(
    id="recruiting-061", expect="pass", charset="utf-8",
    sender=HOJO, to=["ジョブメディア 森永様 <morinaga@jobmedia.co.jp>"],
    subject="求人原稿（法人営業）修正版",
    body=f"""森永様

お世話になっております。北条です。
法人営業職の求人原稿、社内確認を経て以下のとおり修正をお願いします。

【職種】法人営業（物流ソリューション提案）
【給与】年収 450万円〜680万円（経験・能力を考慮）
　　　　月給 28万円〜42万円＋賞与年2回
【勤務地】東京本社（中央区日本橋）／転勤なし
【休日】完全週休2日制（土日祝）、年間休日125日
【福利厚生】退職金制度、住宅手当（月2万円）、資格取得支援

キャッチコピーは前回ご提案のB案でお願いします。
掲載開始は6月2日（月）からを希望しております。
{SIG_HOJO}""",
    entities=[],
    detectors=[],
    note="job-ad copy with salary ranges to a job-board vendor: no personal data",
)

_add(
    id="recruiting-062", expect="pass", charset="iso-2022-jp",
    sender=NONO, to=["エージェントワン 経理部 <keiri@agent-one.co.jp>"],
    subject="Re: 紹介手数料ご請求書（請求書番号 AO-2026-0417）",
    body=f"""エージェントワン株式会社
経理部 ご担当者様

お世話になっております。日の出産業 人事部の野々村です。
標記のご請求書を受領いたしました。

　請求書番号：AO-2026-0417
　内容：人材紹介手数料（4/1入社 灰原様分）
　金額：2,145,000円（税込）
　お支払予定日：5月30日（当社規定の月末締め翌月末払い）

お振込手数料は弊社負担にて、みどり銀行からお振込みいたします。
登録番号（T1010401089234）も確認いたしました。
{SIG_NONO}""",
    entities=["JP_CORPORATE_NUMBER"],
    detectors=[],
    note="agency invoice acknowledgement: invoice number, amount and the agency's T-number, no personal data",
)

_add(
    id="recruiting-063", expect="pass", charset="shift_jis",
    sender=OKOCHI, to=["アセスメントラボ 営業 長尾様 <nagao@assess-lab.co.jp>"],
    subject="秘密保持契約書（案）へのコメント",
    body=f"""長尾様

お世話になっております。日の出産業の大河内です。
Web適性検査の導入にあたっての秘密保持契約書（案）について、法務確認が終わりましたのでコメントをお返しします。

・第2条（秘密情報の定義）：受検者の個人情報を明示的に含める旨を追記
・第5条（目的外利用の禁止）：統計的な研究利用の場合も事前同意を要する旨に修正
・第9条（有効期間）：契約終了後3年 → 5年
・第11条（返還・破棄）：破棄証明書の提出を義務化

修正履歴つきのWordは、法務から直接お送りします。
{SIG_OKOCHI}""",
    entities=[],
    detectors=[],
    note="mail about an NDA with a test vendor; no marking, no personal data",
)

_add(
    id="recruiting-064", expect="pass", charset="utf-8",
    sender=HOJO, to=["ハイクラスパートナーズ 野口様 <noguchi@hc-partners.jp>"],
    subject="工場長候補 求める人物像の補足",
    body=f"""野口様

いつもお世話になっております。日の出産業の北条です。
昨日のお打ち合わせでお話しした工場長候補の人物像について、補足をお送りします。

・マネジメント人数 100名以上の経験（製造現場）
・ISO 9001／14001の運用経験
・多拠点（海外含む）の立上げ経験があれば尚可
・年収レンジは 1,000万〜1,300万円を想定

候補者がいらっしゃいましたら、レジュメをお送りください。
{SIG_HOJO}
{DISC_JA}
{DISC_EN}""",
    entities=[],
    detectors=[],
    note="requirements for a headhunter with standard JA/EN confidentiality disclaimers only",
)

_p = _people("internal-mn", 8)
_add(
    id="recruiting-065", expect="pass", charset="iso-2022-jp",
    sender=NONO, to=["nakajo.r@hinode-sangyo.co.jp"], cc=["saeki.mariko@hinode-sangyo.co.jp"],
    subject="【人事部内】内定者マイナンバー収集状況（8名分）",
    body=f"""中條さん

お疲れさまです。野々村です。
内定者のマイナンバー収集状況です。確認済みの8名分を添付の管理表に入力しました。
共有フォルダの「番号管理」以外には保存しないようお願いします。

残り6名は今週中に回収予定です。
{SIG_NONO}""",
    attachments=[{
        "kind": "xlsx", "name": "マイナンバー管理表_2027内定者.xlsx",
        "sheets": {"回収済": [["氏名", "生年月日", "個人番号", "確認書類"]]
                   + [[x["name"], x["dob"].strftime("%Y/%m/%d"), my_number(6500 + i),
                       ["マイナンバーカード", "通知カード＋免許証"][i % 2]] for i, x in enumerate(_p)]},
    }],
    entities=["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="My Numbers of 8 offerees, but every recipient is internal",
)

_add(
    id="recruiting-066", expect="pass", charset="shift_jis",
    sender=NONO, to=["保健師 真田 <sanada.h@hinode-sangyo.co.jp>"],
    subject="雇入時健診で所見のあった入社予定者について",
    body=f"""真田さん

お疲れさまです。野々村です。
雇入時健診の結果、所見があった入社予定者は以下の2名です。
産業医面談の設定をお願いできますでしょうか。

・鳴海 航平（厚木工場配属予定）：高血圧（服薬中）、D2 要精密検査
・早乙女 真由（本社経理配属予定）：貧血（Hb 9.8）、C 要経過観察

個人票はいつもの保健フォルダに格納しました。
{SIG_NONO}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=[],
    note="health-check findings of two named people, but sent only to the internal nurse",
)

_add(
    id="recruiting-067", expect="pass", charset="iso-2022-jp",
    sender=HOJO, to=["ビズキャリア 石黒様 <ishiguro@bizcareer.co.jp>"],
    subject="Re: 【ビズキャリア】法人営業ポジション ご推薦（5名）",
    body=f"""石黒様

お世話になっております。北条です。
ご推薦ありがとうございます。社内で確認し、BさんとDさんの2名について書類選考に進めたいと思います。
職務経歴書をお送りいただけますでしょうか。

北条

> ■候補者A：多賀 亮介（34歳）現職：食品メーカー 法人営業　090-1184-5520
> ■候補者B：城戸 彩花（29歳）現職：物流会社 営業　080-6623-1975
> ■候補者C：古閑 直樹（41歳）現職：商社 課長　070-3390-2841
> ■候補者D：伏見 隼人（31歳）現職：SIer 営業　090-4478-6602
> ■候補者E：浜 紗希（27歳）現職：人材会社 RA　080-2215-7390
>
> ご検討のほどよろしくお願いいたします。
> ビズキャリア株式会社　石黒 亮
""",
    entities=[],
    detectors=[],
    note="the only personal data is quoted from the agency's own mail being answered",
)

_add(
    id="recruiting-068", expect="pass", charset="utf-8",
    sender=HOJO, to=["小池様 <koike@jobrink.jp>"],
    subject="RE: 候補者ご推薦（社内SE／栗栖様）",
    body=f"""小池様

お世話になっております。日の出産業の北条です。
栗栖様のご推薦ありがとうございます。経歴を拝見し、ぜひ面接でお話を伺いたいと考えております。
候補日は改めてお送りいたします。

{SIG_HOJO}

-----Original Message-----
From: 小池 真一 <koike@jobrink.jp>
Sent: Tuesday, June 2, 2026 5:41 PM
To: hojo.aya@hinode-sangyo.co.jp
Subject: 候補者ご推薦（社内SE／栗栖様）

日の出産業株式会社
北条様

ジョブリンクの小池です。社内SEポジションに栗栖様をご推薦いたします。

氏名：栗栖 崇（クリス タカシ）
生年月日：1989年12月3日
住所：東京都三鷹市下連雀4-15-22
電話：090-8823-4410
メール：takashi.kurisu89@gmail.com
現職：株式会社ミナトテック 情報システム部（2016年〜）
""",
    entities=[],
    detectors=[],
    note="candidate's record appears only under -----Original Message----- from the agency itself",
)

_add(
    id="recruiting-069", expect="pass", charset="shift_jis",
    sender=OKOCHI, to=["川辺様 <kawabe@rpo-works.jp>"],
    subject="大学キャリアセンター 連絡先一覧（訪問計画用）",
    body=f"""川辺様

お世話になっております。大河内です。
秋の大学訪問の計画用に、当社が付き合いのある大学のキャリアセンターの連絡先をまとめました。

大学名              部署                    代表電話        所在地
------------------------------------------------------------------------------------
東都大学            キャリアセンター        03-3812-5501    東京都文京区本郷台1-1
北辰工業大学        就職課                  042-677-3310    東京都八王子市北野台2-2
関西学芸大学        キャリア支援課          06-6388-2201    大阪府吹田市千里山西5-3
西海大学            キャリア支援センター    092-641-7700    福岡県福岡市東区箱崎6-1
明英大学            就職・キャリア支援部    03-5285-1118    東京都新宿区戸山台3-4
杜の都大学          キャリア支援室          022-217-4590    宮城県仙台市青葉区川内12

訪問は10月〜11月で、各校1回を想定しています。
{SIG_OKOCHI}""",
    entities=[],
    detectors=[],
    note="directory of university career offices (switchboards, office addresses): businesses, not people",
)

_add(
    id="recruiting-070", expect="pass", charset="iso-2022-jp",
    sender=SAIYO, to=["morinaga@jobmedia.co.jp"],
    subject="Re: 2028年卒向け 掲載プランのお見積り",
    body=f"""森永様

お世話になっております。日の出産業 新卒採用事務局です。
お見積りありがとうございます。社内で検討のうえ、スタンダードプランで進めたいと思います。

＜ご提示いただいた内容＞
　ライトプラン　　　　：　800,000円（掲載のみ）
　スタンダードプラン　：1,500,000円（掲載＋スカウト300通）
　プレミアムプラン　　：2,400,000円（掲載＋スカウト1,000通＋合説出展1回）
　オプション：スカウト追加100通　120,000円

発注書（注文番号 HS-PO-2026-1182）は来週お送りいたします。
{SIG_SAIYO}""",
    entities=[],
    detectors=[],
    note="price list and a purchase-order number to a job-board vendor",
)

_add(
    id="recruiting-071", expect="pass", charset="utf-8",
    sender=OKOCHI, to=["長尾様 <nagao@assess-lab.co.jp>"],
    subject="適性検査の結果傾向についてのご相談",
    body=f"""長尾様

お世話になっております。大河内です。
今年度の受検結果を集計しましたので、来週の振り返り会の前にお送りします。

　受検者数：1,284名（前年 1,106名）
　平均偏差値：言語 52.3／非言語 50.8／性格適合度 61%
　一次面接通過者の平均：言語 55.1／非言語 54.9
　内定者（34名）の平均：言語 56.7／非言語 57.2

非言語の足切りラインを45から48に上げた場合の影響について、ご意見をいただきたいです。
{SIG_OKOCHI}""",
    entities=[],
    detectors=[],
    note="aggregate test statistics only, no individual records",
)

_add(
    id="recruiting-072", expect="pass", charset="shift_jis",
    sender=HOJO, to=["ハイクラスパートナーズ 野口様 <noguchi@hc-partners.jp>"],
    cc=["川辺様 <kawabe@rpo-works.jp>", "hojo.aya@hinode-sangyo.co.jp"],
    subject="工場長候補の面接進行について（RPO窓口のご紹介）",
    body=f"""野口様
（cc：リクルーティングワークス 川辺様）

お世話になっております。日の出産業の北条です。
工場長候補の件、今後の面接日程の調整はリクルーティングワークスの川辺様が窓口となります。
お二方で直接やり取りいただけますと幸いです。

候補者情報のやり取りについては、従来どおり貴社の管理システム経由でお願いします。
{SIG_HOJO}""",
    entities=[],
    detectors=["multiple_external_domains"],
    note="a headhunter and the RPO introduced to each other: two external organisations, no data",
)

_add(
    id="recruiting-073", expect="pass", charset="utf-8",
    sender="Ren Okochi <okochi.ren@hinode-sangyo.co.jp>", to=["Prof. Hans Weber <h.weber@tu-rheinland.de>"],
    subject="Re: Exchange students at Hinode Sangyo - programme details",
    body="""Dear Professor Weber,

Thank you for your interest in sending exchange students to our internship programme.
Here are the details you asked for:

- Duration: 8 weeks, from July 6, 2026
- Location: Atsugi plant (production engineering) or Tokyo head office (supply chain)
- Language: English in daily work; Japanese lessons twice a week
- Accommodation: serviced apartment, paid by Hinode Sangyo
- Selection: CV, motivation letter, and a 30-minute online interview in April

We would be glad to receive up to three applications from your department.

Kind regards,
Ren Okochi
HR Department, Hinode Sangyo Co., Ltd.
""" + DISC_EN,
    entities=[],
    detectors=[],
    note="English programme details to one overseas professor; disclaimer only",
)

_add(
    id="recruiting-074", expect="pass", charset="iso-2022-jp",
    sender=KURI, to=["さくらホテル 大阪 宴会予約 <banquet-osaka@sakura-hotel.jp>"],
    subject="面接会場（小会議室）のご予約について",
    body=f"""さくらホテル 大阪
宴会予約ご担当者様

お世話になっております。日の出産業大阪支社の栗林でございます。
関西地区の二次面接の会場として、小会議室のご予約をお願いいたします。

　日程：7月14日（火）・15日（水）　各日 9:00〜18:00
　部屋：小会議室2室（面接用・控室用）
　レイアウト：面接用は島型（机2台・椅子4脚）、控室はスクール形式12席
　その他：ペットボトルの水 各日20本

見積書を大阪支社 人事総務課宛にお送りいただけますでしょうか。
{SIG_KURI}""",
    entities=[],
    detectors=[],
    note="meeting-room booking at the partner hotel; no people's data",
)

_add(
    id="recruiting-075", expect="pass", charset="shift_jis",
    sender=OKOCHI, to=["菅野様 <kanno@tsubasa-system.jp>"],
    subject="採用サイト 5月のアクセス・エントリー実績",
    body=f"""菅野様

お世話になっております。大河内です。
5月の採用サイト実績、こちらでも集計しました。レポートの数値と差異がないかご確認ください。

　PV：48,220（前月比 +12%）
　エントリー数：612（うち理系 241）
　エントリーフォーム離脱率：38%（「学歴」入力画面で最多）
　スマホ比率：81%

学歴入力の改善案を次回の定例でご提案いただけますと助かります。
{SIG_OKOCHI}""",
    entities=[],
    detectors=[],
    note="site statistics to the (correctly spelled) web partner",
)

_add(
    id="recruiting-076", expect="pass", charset="utf-8",
    sender=NONO, to=["naomi.kaji0215@icloud.com"],
    subject="【日の出産業】入社手続き書類のご案内",
    body=f"""梶 尚美 様

日の出産業株式会社 人事部 労務グループの野々村です。
7月1日のご入社に向けて、手続き書類のご案内をお送りいたします。

■入社日当日にお持ちいただくもの
　・マイナンバーカード（お持ちでない場合は通知カード＋運転免許証などの本人確認書類）
　・基礎年金番号がわかるもの（年金手帳または基礎年金番号通知書）
　・雇用保険被保険者証（前職で発行されたもの）
　・源泉徴収票（2026年分、前職のもの）
　・給与振込口座の届出書（同封の用紙）
　・健康診断書（入社前3か月以内のもの。受診がまだの方は弊社指定機関でも可）

個人番号は書類の写しでの提出となりますので、メールではお送りにならないようお願いいたします。
ご不明点は本メールへご返信ください。
{SIG_NONO}""",
    entities=[],
    detectors=["freemail_recipient"],
    note="onboarding checklist to one new hire on iCloud: names the documents, carries no numbers",
)

_add(
    id="recruiting-077", expect="pass", charset="iso-2022-jp",
    sender=NONO, to=["kigyo@nihonbashi-kenshin.or.jp"],
    subject="雇入時健診 追加予約（1名）",
    body=f"""企業健診ご担当者様

お世話になっております。日の出産業の野々村です。
中途入社予定者1名の雇入時健診の予約をお願いいたします。

　氏名：梶 尚美（カジ ナオミ）
　生年月日：昭和63年2月15日
　性別：女
　希望日：6月17日（水）午前
　コース：Aコース（法定項目）

請求は通常どおり弊社宛でお願いいたします。
{SIG_NONO}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one person's name and DOB to book a health check: a single record, may warn",
)

_add(
    id="recruiting-078", expect="pass", charset="shift_jis",
    sender=HOJO, to=["order@trust-ref.jp"],
    subject="リファレンスチェック依頼（1件）",
    body=f"""トラストリファレンス ご担当者様

お世話になっております。日の出産業の北条です。
下記1名のリファレンスチェックをお願いいたします。本人の同意は取得済みです。

　候補者：氏家 麻美　様
　メール：asami.ujiie@outlook.jp
　電話：090-3318-7264
　推薦者数：2名（ご本人から貴社システムで登録いただきます）

報告期限は7/3(金)でお願いします。
{SIG_HOJO}""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one candidate's contact details to a reference-check vendor: single person, may warn",
)

_add(
    id="recruiting-079", expect="pass", charset="utf-8",
    sender=SAIYO, to=["イベント事業部 <expo@career-expo.co.jp>"],
    subject="Re: 【お申込受付】キャリアEXPO 2027 東京 出展お申込み",
    body=f"""キャリアエキスポ株式会社
イベント事業部 ご担当者様

お世話になっております。日の出産業 新卒採用事務局です。
出展申込の受付確認をありがとうございます。内容に相違ございません。

　申込番号：CE27-T-00318
　会場：東京ビッグサイト 東4ホール　ブース：D-27（3m×3m）
　出展料：1,320,000円（税込）
　追加備品：モニター貸出 1台（33,000円）、電源 1kW（22,000円）

搬入に関するご案内は9月中旬とのこと、承知いたしました。
{SIG_SAIYO}""",
    entities=[],
    detectors=[],
    note="booth order confirmation: order number and prices only",
)

_add(
    id="recruiting-080", expect="pass", charset="iso-2022-jp",
    sender=SAIYO, to=["平田様 <hirata@nishiki-insatsu.co.jp>"],
    subject="会社案内パンフレット（2028年卒向け）の印刷発注",
    body=f"""錦印刷株式会社
平田様

いつもお世話になっております。日の出産業 新卒採用事務局です。
校了データをお送りしましたので、下記のとおり印刷をお願いいたします。

　品名：会社案内パンフレット 2028（A4・中綴じ 16ページ・フルカラー）
　部数：5,000部
　用紙：マットコート 135kg（表紙 180kg）
　単価：@88円　合計 440,000円（税別）
　納品先：本社8F 人事部（3,000部）／大阪支社（2,000部）
　納期：2月20日（金）

見積番号 NI-26-0931 でいただいた内容から変更はございません。
{SIG_SAIYO}""",
    entities=[],
    detectors=[],
    note="printing order with quantities and unit prices to the partner printer",
)

_add(
    id="recruiting-081", expect="pass", charset="shift_jis",
    sender=OKOCHI, to=["青葉運輸 お客様センター <cs@aoba-unyu.co.jp>"],
    subject="お問い合わせ番号の配達状況について",
    body=f"""青葉運輸株式会社
お客様センター ご担当者様

お世話になっております。日の出産業 人事部の大河内です。
12/5に集荷いただいた荷物のうち、下記4件がまだ「輸送中」のままとなっております。
配達予定日は12/7とお伺いしておりましたが、状況を確認いただけますでしょうか。

　お問い合わせ番号：4310-2287-6651
　お問い合わせ番号：4310-2287-6662
　お問い合わせ番号：4310-2287-6673
　お問い合わせ番号：4310-2287-6684

よろしくお願いいたします。
{SIG_OKOCHI}""",
    entities=[],
    detectors=[],
    note="tracking numbers only, to the partner carrier",
)

_add(
    id="recruiting-082", expect="pass", charset="utf-8",
    sender=HOJO, to=["小池様 <koike@jobrink.jp>"],
    subject="Re: 面接の評価基準をご共有いただけないか",
    body=f"""小池様

お世話になっております。北条です。
ご相談いただいた件ですが、面接の評価基準そのものは社外秘の扱いとなっておりまして、
資料としてお渡しすることはできかねます。申し訳ございません。

その代わり、候補者の方への事前のご案内としては、次の3点を重視していることをお伝えいただいて構いません。
　・これまでの業務で自ら課題を見つけて改善した経験
　・部門をまたいだ調整の経験
　・当社の事業（物流×製造）への関心

引き続きよろしくお願いいたします。
{SIG_HOJO}""",
    entities=[],
    detectors=[],
    note="mentions 社外秘 only to decline sharing; no marked document attached",
)

_add(
    id="recruiting-083", expect="pass", charset="iso-2022-jp",
    sender=SAIYO, to=["saiyo@hinode-sangyo.co.jp"],
    bcc=["hina.kusakabe@gmail.com", "t.morooka0512@yahoo.co.jp", "yuma_sengoku@icloud.com",
         "a-hirayama@outlook.jp", "kouki.amamiya@gmail.com", "riko.ashida0321@gmail.com"],
    subject="【日の出産業】内定者懇親会のご案内",
    body=f"""内定者の皆様

日の出産業株式会社 新卒採用事務局です。
（本メールは内定者の皆様へBccにて一斉にお送りしております）

下記のとおり内定者懇親会を開催いたします。先輩社員も参加します。

　日時：8月22日（土）17:00〜19:30
　場所：日本橋エリアのレストラン（詳細は出席の方にお知らせします）
　会費：無料（交通費は規定により支給）

出欠を8月8日（金）までに本メールへの返信でお知らせください。
{SIG_SAIYO}""",
    entities=[],
    detectors=["freemail_recipient"],
    note="mass mail to offerees done right: recipients in Bcc, nothing personal in the body",
)

_add(
    id="recruiting-084", expect="pass", charset="shift_jis",
    sender=KURI, to=["吹田市 就労支援センター <shuro-shien@city.suita-minami.lg.jp>"],
    subject="求人票のご提出（事務職・障害者雇用枠）",
    body=f"""就労支援センター ご担当者様

お世話になっております。日の出産業株式会社 大阪支社の栗林でございます。
先日ご相談いたしました求人について、求人票を作成しましたのでお送りいたします。

　職種：一般事務（書類整理、データ入力、郵便物仕分け）
　就業場所：大阪府大阪市北区梅田3-4-5 梅田第二ビル12F
　雇用形態：契約社員（正社員登用制度あり）
　時給：1,250円〜　週20〜30時間（応相談）
　配慮：通院のための休暇取得可、短時間勤務からのスタート可

センターの掲示・ご紹介をいただけますと幸いです。
{SIG_KURI}""",
    entities=[],
    detectors=[],
    note="job posting to a municipal support centre; general terms, no individual",
)

_add(
    id="recruiting-085", expect="pass", charset="utf-8",
    sender=SAEKI, to=["芦田 莉子 <riko.ashida0321@gmail.com>"],
    subject="Re: 入社前の資格取得について",
    body=f"""芦田 莉子 様

ご連絡ありがとうございます。日の出産業の佐伯です。

ご質問の件、入社前に取得していただく必須の資格はございません。
物流企画部への配属を希望されているとのことでしたので、もし時間があれば
日商簿記3級や物流技術管理士補の勉強をしておくと、入社後の研修がスムーズかと思います。
受験料は入社後の資格取得支援制度の対象外となりますので、ご了承ください。

引き続き、ご不明点があればお気軽にご連絡ください。
{SIG_SAEKI}

2026年7月14日(火) 21:03 芦田 莉子 <riko.ashida0321@gmail.com>:
> 日の出産業株式会社
> 人事部 佐伯様
>
> お世話になっております。内定者の芦田莉子です。
> 入社前に取得しておくべき資格はありますでしょうか。
> 携帯：090-6621-0734 にご連絡いただいても大丈夫です。
> よろしくお願いいたします。
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="reply to one offeree on Gmail; her phone only appears in the quoted text",
)

_add(
    id="recruiting-086", expect="pass", charset="shift_jis",
    sender=KURI, to=["banquet-osaka@sakura-hotel.jp"],
    subject="Re: 面接会場のご予約について（当日の連絡先）",
    body=f"""さくらホテル 大阪
宴会予約ご担当者様

お世話になっております。栗林です。
お見積りありがとうございました。この内容で確定をお願いいたします。

当日の責任者と連絡先は以下のとおりです。
　7/14：栗林 健吾（携帯 080-3921-5570）
　7/15：寺岡 美穂（携帯 090-7716-2043）

よろしくお願いいたします。
{SIG_KURI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="two staff members' mobiles given to the hotel as day-of contacts",
)

_add(
    id="recruiting-087", expect="pass", charset="utf-8",
    sender="Aya Hojo <hojo.aya@hinode-sangyo.co.jp>", to=["Rahul Varma <rahul.varma.dev@gmail.com>"],
    subject="Offer of employment - Hinode Sangyo Co., Ltd.",
    body="""Dear Mr. Varma,

Thank you for taking the time to meet our team over the past weeks. We are delighted to
offer you the position of IT Systems Engineer in our Tokyo head office.

  Start date: October 1, 2026
  Annual base salary: JPY 7,200,000 (paid monthly), plus performance bonus
  Working hours: flexible, core time 10:00-15:00
  Visa: we will sponsor your Engineer/Specialist in Humanities/International Services visa

The formal offer letter and the working-conditions notice will follow by courier.
Please let us know your decision by August 21, 2026.

We look forward to welcoming you to Hinode Sangyo.

Kind regards,
Aya Hojo
Career Recruitment Team, HR Dept.
Hinode Sangyo Co., Ltd.
""",
    entities=[],
    detectors=["freemail_recipient"],
    note="English offer to the candidate himself on Gmail: his own terms, no third-party data",
)

_p = _people("internal-spi", 15)
_add(
    id="recruiting-088", expect="pass", charset="iso-2022-jp",
    sender=OKOCHI, to=["saiyo-g@hinode-sangyo.co.jp"],
    subject="第3回 適性検査 結果一覧（面接官用）",
    body=f"""採用Gの皆さん

お疲れさまです。大河内です。
第3回の適性検査の結果が出ましたので、CSVを添付します。
一次面接の評価シートに転記してから面接官へ渡してください。
{SIG_OKOCHI}""",
    attachments=[{
        "kind": "csv", "name": "spi_result_03.csv", "encoding": "cp932",
        "rows": [["受検者ID", "氏名", "大学", "生年月日", "言語", "非言語", "性格タイプ"]]
        + [[f"HS27-{3000 + i}", x["name"], x["univ"], x["dob"].strftime("%Y/%m/%d"), 40 + (i * 7) % 25,
            38 + (i * 11) % 27, "ABCDE"[i % 5]] for i, x in enumerate(_p)],
    }],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=[],
    note="15 candidates' test results, sent only to the internal recruiting team",
)

_add(
    id="recruiting-089", expect="pass", charset="shift_jis",
    sender=HOJO, to=["情報システム部 石渡部長 <ishiwata.t@hinode-sangyo.co.jp>"],
    subject="FW: 候補者ご推薦（社内SE／栗栖様）",
    body=f"""石渡部長

お疲れさまです。北条です。
ジョブリンク経由で社内SEの候補者の推薦がありました。経歴をご確認いただき、
面接に進めるかどうかご判断をお願いします。

-----Original Message-----
From: 小池 真一 <koike@jobrink.jp>
Sent: Tuesday, June 2, 2026 5:41 PM
To: hojo.aya@hinode-sangyo.co.jp
Subject: 候補者ご推薦（社内SE／栗栖様）

氏名：栗栖 崇（クリス タカシ）
生年月日：1989年12月3日
住所：東京都三鷹市下連雀4-15-22
電話：090-8823-4410
メール：takashi.kurisu89@gmail.com
現職：株式会社ミナトテック 情報システム部（2016年〜）
希望年収：720万円
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=[],
    note="agency's candidate record forwarded to an internal manager only",
)

_p = _people("internal-subdomain", 9)
_add(
    id="recruiting-090", expect="pass", charset="utf-8",
    sender=SAEKI, to=["総務 発送担当 <hasso@mail.hinode-sangyo.co.jp>"],
    cc=["jinji-osaka@osaka.hinode-sangyo.co.jp"],
    subject="内定式の案内状 発送先（9名）",
    body=f"""発送担当の皆さま

お疲れさまです。人事の佐伯です。
内定式の案内状の発送をお願いします。宛先は以下の9名です（大阪配属の方も本社から発送）。

""" + "\n".join(f"{x['zip']}\t{x['addr']}\t{x['name']} 様\t{x['tel']}" for x in _p) + f"""

9/12(金)の集荷に間に合えば大丈夫です。
{SIG_SAEKI}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=[],
    note="9 offerees' addresses, but all recipients are on internal subdomains",
)

_add(
    id="recruiting-091", expect="pass", charset="iso-2022-jp",
    sender=TAKI, to=["北国フーズ 千歳工場 総務課 <chitose-soumu@kitaguni-foods.co.jp>"],
    subject="合同インターンシップ 参加学生の緊急連絡先",
    body=f"""北国フーズ株式会社
千歳工場 総務課 ご担当者様

お世話になっております。日の出産業の滝本です。
来週の工場実習に参加する当社インターン生4名の緊急連絡先をお知らせします。
実習中に体調不良などがあった場合にご利用ください。

・久米 湊　　　携帯 080−2214−6609
・比嘉 陽菜　　携帯 090−5573−1180
・宇佐美 颯太　携帯 070−3348−9921
・南雲 葵　　　携帯 080−6610−4425

引率の滝本の携帯（080-4417-2096）にもいつでもご連絡ください。
{SIG_TAKI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="four interns' mobiles to a partner factory: under five, may warn",
)

_add(
    id="recruiting-092", expect="pass", charset="shift_jis",
    sender=HOJO, to=["ishiguro@bizcareer.co.jp"],
    subject="Re: 鴨下様 内定承諾のご連絡",
    body=f"""石黒様

ご連絡ありがとうございます。北条です。
鴨下様が内定をご承諾くださったとのこと、大変うれしく思います。
入社日は9月1日（火）で確定とさせてください。

入社手続きのご案内は、来週中に当社から鴨下様へ直接お送りいたします。
紹介手数料のご請求は入社月の月末締めでお願いいたします。

引き続きよろしくお願いいたします。
{SIG_HOJO}""",
    entities=[],
    detectors=[],
    note="acceptance and start date of one candidate, name only, to the agency",
)

_add(
    id="recruiting-093", expect="pass", charset="utf-8",
    sender=NONO, to=["みどり銀行 日本橋支店 法人営業 <nihonbashi-hojin@midori-ginko.co.jp>"],
    subject="内定式会場での口座開設受付のご相談",
    body=f"""みどり銀行 日本橋支店
法人営業ご担当者様

いつもお世話になっております。日の出産業の野々村です。
例年お願いしている内定式当日の給与口座開設受付について、今年もお願いできればと存じます。
当日の会場と、内定者の居住地に近い貴行の支店は以下のとおりです。

　会場：本社 10F ホール（東京都中央区日本橋2-7-1）　10/1 13:00〜15:00
　参考：大阪支社の内定者は梅田支店（06-6341-2200）での受付を案内予定です

対象は約30名の見込みです。必要な持ち物を案内したいので、ご指示ください。
{SIG_NONO}""",
    entities=[],
    detectors=[],
    note="bank-branch arrangement with the partner bank: office and branch numbers only",
)

_add(
    id="recruiting-094", expect="pass", charset="iso-2022-jp",
    sender=OKOCHI, to=["アセスメントラボ 請求担当 <billing@assess-lab.co.jp>"],
    subject="Re: 5月分 受検料のご請求について",
    body=f"""ご担当者様

お世話になっております。日の出産業の大河内です。
5月分のご請求内容を確認いたしました。

　受検者数：312名（うち再受検 4名は無償）
　単価：3,300円（税込）
　請求額：1,016,400円
　請求書番号：AL-INV-202605-0088

社内の支払処理に回しましたので、6月末にお振込みいたします。
{SIG_OKOCHI}""",
    entities=[],
    detectors=[],
    note="billing confirmation: counts, unit price, invoice number",
)

_add(
    id="recruiting-095", expect="pass", charset="iso-2022-jp",
    sender=HOJO, to=["三上様 <mikami@cdo-partners.jp>"],
    subject="【パスワード】6/5 面接候補者の応募書類",
    body="""三上様

先ほどお送りしたZIPファイルのパスワードをお知らせします。

　Hs#0605kmr

ご確認のほどよろしくお願いいたします。
北条
""",
    entities=[],
    detectors=[],
    note="the follow-up mail carrying only the ZIP password; no attachment, no personal data",
)

_add(
    id="recruiting-096", expect="pass", charset="shift_jis",
    sender=HOJO, to=["小池様 <koike@jobrink.jp>"],
    subject="Re: 【ジョブリンク】真鍋様 選考辞退のご連絡",
    body=f"""小池様

ご連絡ありがとうございます。北条です。
真鍋様のご辞退の件、承知いたしました。残念ですが、ご事情を考えるとやむを得ないと思います。
ご本人にもよろしくお伝えください。

財務ポジションは引き続き募集しておりますので、他にお心当たりの方がいればご紹介ください。

北条

> 日の出産業株式会社
> 北条様
>
> 最終面接を予定しておりました真鍋様より、ご家族の介護の事情で転居が必要になり、
> 今回は選考を辞退したいとのご連絡がありました。
> ご調整いただいていたところ大変申し訳ございません。
> ジョブリンク　小池
""",
    entities=[],
    detectors=[],
    note="candidate's withdrawal reason appears only in the agency's quoted mail",
)

_add(
    id="recruiting-097", expect="pass", charset="utf-8",
    sender=SAIYO, to=["クリエイティブ・ミント 編集部 <edit@creative-mint.co.jp>"],
    subject="採用サイト 社員インタビュー原稿の確認結果",
    body=f"""クリエイティブ・ミント
編集部 ご担当者様

お世話になっております。日の出産業 新卒採用事務局です。
社員インタビュー（物流企画部 久我さん）の原稿について、本人と部門の確認が終わりました。

・3段落目「入社2年目で」→「入社3年目で」に修正
・写真はB案（倉庫内で撮影したもの）を採用
・見出しの「物流の未来をつくる」はそのままでOK

修正版を6/30までにいただけますと助かります。
{SIG_SAIYO}""",
    entities=[],
    detectors=[],
    note="edit notes for an employee interview article: a colleague's name and department only",
)


# =======================================================================================
# EITHER — a privacy officer could honestly judge these both ways
# =======================================================================================

_add(
    id="recruiting-098", expect="either", charset="shift_jis",
    sender=HOJO, to=["川辺様 <kawabe@rpo-works.jp>"],
    subject="取引中の人材紹介会社 担当者一覧",
    body=f"""川辺様

お世話になっております。北条です。
来月から貴社にエージェントとのやり取りをお任せするにあたり、現在取引中の紹介会社の担当者一覧です。

会社名                      担当者        直通電話        メール
---------------------------------------------------------------------------------------
ビズキャリア株式会社        石黒 亮       03-6455-2718    ishiguro@bizcareer.co.jp
ジョブリンク株式会社        小池 真一     03-5319-8840    koike@jobrink.jp
エージェントワン株式会社    堀井 まどか   050-3187-2206   horii@agent-one.co.jp
ハイクラスパートナーズ      野口 恭平     03-4570-1193    noguchi@hc-partners.jp
ミライ人材株式会社          瀬川 大地     080-9120-4418   segawa@mirai-jinzai.com
テックキャリア株式会社      浅見 玲奈     03-6822-0957    asami@techcareer.co.jp

各社には担当変更のご挨拶を当社から入れておきます。
{SIG_HOJO}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="six agency contacts' direct lines and e-mails: business contacts, yet a list of named people",
)

_add(
    id="recruiting-099", expect="either", charset="utf-8",
    sender=OKOCHI, to=["長尾様 <nagao@assess-lab.co.jp>"],
    subject="妥当性検証用データ（受検番号ベース）",
    body=f"""長尾様

お世話になっております。大河内です。
ご提案いただいた適性検査の妥当性検証のため、入社3年目社員の検査結果と人事評価を
受検番号ベースで紐づけたデータをお送りします。氏名は削除しています。

受検番号      入社年  大学区分  言語  非言語  性格タイプ  人事評価(直近)
-----------------------------------------------------------------------
HS23-1042     2023    A         58    61      C           A
HS23-1057     2023    B         49    52      A           B
HS23-1063     2023    A         62    55      D           S
HS23-1088     2023    C         45    47      B           B
HS23-1101     2023    B         53    58      C           C
HS23-1119     2023    A         60    63      E           A
HS23-1134     2023    B         51    49      A           B

貴社側で受検番号から個人を特定できない形での分析をお願いいたします。
{SIG_OKOCHI}""",
    entities=[],
    detectors=[],
    note="7 employees' scores and ratings keyed by test ID only (pseudonymised, vendor may re-identify)",
)

_add(
    id="recruiting-100", expect="either", charset="iso-2022-jp",
    sender=HOJO, to=["ishiguro@bizcareer.co.jp"],
    subject="比留間様 最終面接の日程変更について",
    body=f"""石黒様

お世話になっております。北条です。
比留間様から直接ご連絡があり、定期的な通院の予定と重なってしまうため、
最終面接を別日にしてほしいとのことでした。
当社としては問題ありませんので、以下の候補からご本人のご都合を確認いただけますでしょうか。

　7/8(水) 15:00〜／7/9(木) 10:00〜／7/13(月) 13:00〜

通院の件は面接官には伝えず、日程変更のみ共有します。
{SIG_HOJO}""",
    entities=["PERSON_NAME"],
    detectors=[],
    note="a named candidate's 'regular hospital visits' with no diagnosis: borderline health information",
)
