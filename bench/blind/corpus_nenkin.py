"""Blind evaluation corpus — area: nenkin (企業年金・退職給付の事務).

The corporate pension and retirement-benefit administration of 日の出産業株式会社:
企業型DC enrolment with the record-keeper, 基礎年金番号 collection, retirees' payout
addresses and bank accounts, beneficiary changes after a death, iDeCo transfers,
actuarial consultants, trust-bank mail, plan governance and investment-education seminars.

Every person, number, address, account and organisation outside the brief's own list is
invented; any resemblance to a real person or number is accidental.  Written blind, from
bench/blind/BRIEF.md, bench/blind/build.py and shared/SPEC.md only (no product code, no
other author's corpus file was read).
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata

from build import card_number, my_number

SEED = 16401
R = random.Random(SEED)

# ---------------------------------------------------------------- helpers (data only)

_SURNAMES = [
    ("榊原", "サカキバラ", "sakakibara"), ("東海林", "ショウジ", "shoji"),
    ("五十嵐", "イガラシ", "igarashi"), ("勅使河原", "テシガワラ", "teshigawara"),
    ("小鳥遊", "タカナシ", "takanashi"), ("長谷部", "ハセベ", "hasebe"),
    ("百目鬼", "ドウメキ", "domeki"), ("鬼塚", "オニヅカ", "onizuka"),
    ("我妻", "ワガツマ", "wagatsuma"), ("四十物", "アイモノ", "aimono"),
    ("葛西", "カサイ", "kasai"), ("蓮見", "ハスミ", "hasumi"),
    ("御手洗", "ミタライ", "mitarai"), ("大河内", "オオコウチ", "okochi"),
    ("砂川", "スナガワ", "sunagawa"), ("比嘉", "ヒガ", "higa"),
    ("仲宗根", "ナカソネ", "nakasone"), ("岩渕", "イワブチ", "iwabuchi"),
    ("土屋", "ツチヤ", "tsuchiya"), ("三好", "ミヨシ", "miyoshi"),
    ("真壁", "マカベ", "makabe"), ("北條", "ホウジョウ", "hojo"),
    ("片桐", "カタギリ", "katagiri"), ("桑原", "クワバラ", "kuwabara"),
    ("芦田", "アシダ", "ashida"), ("柳瀬", "ヤナセ", "yanase"),
    ("野々村", "ノノムラ", "nonomura"), ("椎名", "シイナ", "shiina"),
    ("早乙女", "サオトメ", "saotome"), ("兵頭", "ヒョウドウ", "hyodo"),
    ("日向", "ヒュウガ", "hyuga"), ("蒲生", "ガモウ", "gamo"),
    ("栗林", "クリバヤシ", "kuribayashi"), ("及川", "オイカワ", "oikawa"),
    ("瀬戸口", "セトグチ", "setoguchi"), ("宮路", "ミヤジ", "miyaji"),
    ("鮫島", "サメジマ", "samejima"), ("渡嘉敷", "トカシキ", "tokashiki"),
    ("保坂", "ホサカ", "hosaka"), ("寒川", "サムカワ", "samukawa"),
    ("一ノ瀬", "イチノセ", "ichinose"), ("木暮", "コグレ", "kogure"),
    ("丹羽", "ニワ", "niwa"), ("沼尻", "ヌマジリ", "numajiri"),
    ("猪俣", "イノマタ", "inomata"), ("阿久津", "アクツ", "akutsu"),
]
_GIVEN = [
    ("遼", "リョウ", "ryo", "男"), ("美咲", "ミサキ", "misaki", "女"),
    ("健太郎", "ケンタロウ", "kentaro", "男"), ("千尋", "チヒロ", "chihiro", "女"),
    ("直樹", "ナオキ", "naoki", "男"), ("由美子", "ユミコ", "yumiko", "女"),
    ("翔", "ショウ", "sho", "男"), ("智子", "トモコ", "tomoko", "女"),
    ("和也", "カズヤ", "kazuya", "男"), ("彩", "アヤ", "aya", "女"),
    ("俊介", "シュンスケ", "shunsuke", "男"), ("恵理", "エリ", "eri", "女"),
    ("大輔", "ダイスケ", "daisuke", "男"), ("玲奈", "レイナ", "reina", "女"),
    ("隆", "タカシ", "takashi", "男"), ("真由美", "マユミ", "mayumi", "女"),
    ("拓海", "タクミ", "takumi", "男"), ("佳奈", "カナ", "kana", "女"),
    ("修", "オサム", "osamu", "男"), ("紀子", "ノリコ", "noriko", "女"),
    ("陽介", "ヨウスケ", "yosuke", "男"), ("麻衣", "マイ", "mai", "女"),
    ("浩二", "コウジ", "koji", "男"), ("早苗", "サナエ", "sanae", "女"),
    ("悠真", "ユウマ", "yuma", "男"), ("幸子", "サチコ", "sachiko", "女"),
    ("誠", "マコト", "makoto", "男"), ("若菜", "ワカナ", "wakana", "女"),
    ("勲", "イサオ", "isao", "男"), ("節子", "セツコ", "setsuko", "女"),
    ("正典", "マサノリ", "masanori", "男"), ("久美", "クミ", "kumi", "女"),
]
_PLACES = [
    ("177-0045", "東京都", "練馬区", "石神井台"), ("134-0088", "東京都", "江戸川区", "西葛西"),
    ("223-0064", "神奈川県", "横浜市港北区", "日吉本町"), ("252-0318", "神奈川県", "相模原市南区", "上鶴間本町"),
    ("330-0064", "埼玉県", "さいたま市浦和区", "岸町"), ("350-1122", "埼玉県", "川越市", "脇田町"),
    ("274-0825", "千葉県", "船橋市", "前原西"), ("277-0005", "千葉県", "柏市", "柏"),
    ("591-8025", "大阪府", "堺市北区", "長曽根町"), ("561-0858", "大阪府", "豊中市", "服部西町"),
    ("663-8113", "兵庫県", "西宮市", "甲子園口"), ("464-0841", "愛知県", "名古屋市千種区", "覚王山通"),
    ("432-8002", "静岡県", "浜松市中央区", "富塚町"), ("814-0002", "福岡県", "福岡市早良区", "西新"),
    ("981-0943", "宮城県", "仙台市青葉区", "国見"), ("305-0032", "茨城県", "つくば市", "竹園"),
    ("370-0031", "群馬県", "高崎市", "上大類町"), ("062-0051", "北海道", "札幌市豊平区", "月寒東一条"),
    ("920-0965", "石川県", "金沢市", "笠市町"), ("700-0815", "岡山県", "岡山市北区", "野田屋町"),
]
_BANKS = [
    ("みどり銀行", "本店営業部", "001"), ("みどり銀行", "川越支店", "214"),
    ("さざなみ銀行", "船橋支店", "338"), ("あかね銀行", "梅田支店", "105"),
    ("かすみ銀行", "浦和支店", "402"), ("東都信用金庫", "大塚支店", "017"),
    ("はやて銀行", "仙台駅前支店", "226"), ("しおかぜ銀行", "西新支店", "531"),
]

_USED: set[tuple[str, str]] = set()


class P:
    """One invented person."""

    def __init__(self, sex: str | None = None, born: tuple[int, int] = (1960, 2001)) -> None:
        while True:
            s = R.choice(_SURNAMES)
            g = R.choice([x for x in _GIVEN if sex is None or x[3] == sex])
            if (s[0], g[0]) not in _USED:
                _USED.add((s[0], g[0]))
                break
        self.sei, self.mei = s[0], g[0]
        self.name = f"{s[0]} {g[0]}"
        self.name_nospace = f"{s[0]}{g[0]}"
        self.kana = f"{s[1]} {g[1]}"
        self.romaji = f"{g[2].capitalize()} {s[2].capitalize()}"
        self.sex = g[3]
        year = R.randint(born[0], born[1])
        if year == 1989:
            year = 1990
        self.dob = _dt.date(year, R.randint(1, 12), R.randint(1, 28))
        self.pension = f"{R.randint(1000, 9999)}-{R.randint(0, 999999):06d}"
        z, pref, city, town = R.choice(_PLACES)
        self.zip = z
        self.pref = pref
        self.addr_nozip = f"{pref}{city}{town}{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)}"
        if R.random() < 0.35:
            self.addr_nozip += f" {R.choice(['コーポ', 'メゾン', 'パレス', 'ハイツ'])}{R.choice(['桜', '若葉', '柊', '楓', '青葉'])}{R.randint(1, 5)}0{R.randint(1, 9)}"
        self.addr = f"〒{z} {self.addr_nozip}"
        self.mobile = f"{R.choice(['090', '080', '070'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
        b = R.choice(_BANKS)
        self.bank, self.branch, self.branch_no = b
        self.account = f"{R.randint(1000000, 9999999)}"
        self.kind = "普通" if R.random() < 0.9 else "当座"
        self.empno = f"{R.randint(10, 99)}{R.randint(1000, 9999)}"
        self.email = f"{g[2]}.{s[2]}@hinode-sangyo.co.jp"
        self.salary = R.randrange(220000, 620000, 500)


def people(n: int, **kw) -> list[P]:
    return [P(**kw) for _ in range(n)]


_FW = str.maketrans("0123456789-./:()", "０１２３４５６７８９－．／：（）")


def fw(s: str) -> str:
    """ASCII digits and separators → full width, as some people type them."""
    return s.translate(_FW)


def wareki(d: _dt.date, style: str = "long") -> str:
    if d >= _dt.date(1989, 1, 8):
        era, short, y = "平成", "H", d.year - 1988
    else:
        era, short, y = "昭和", "S", d.year - 1925
    if style == "short":
        return f"{short}{y}.{d.month}.{d.day}"
    if style == "fw":
        return fw(f"{era}{y}年{d.month}月{d.day}日").replace("年", "年")
    return f"{era}{y}年{d.month}月{d.day}日"


def ymd(d: _dt.date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s: str, w: int, fill: str = " ") -> str:
    s = str(s)
    gap = w - width(s)
    if fill == "　":
        return s + "　" * (gap // 2) + " " * (gap % 2)
    return s + " " * max(gap, 0)


def table(rows: list[list[str]], rule: str = "-", gap: int = 2) -> str:
    """A plain-text table padded with spaces, header then a rule, as people paste them."""
    ws = [max(width(str(r[i])) for r in rows) + gap for i in range(len(rows[0]))]
    out = ["".join(pad(c, w) for c, w in zip(rows[0], ws)).rstrip()]
    out.append(rule * (sum(ws) - gap))
    for r in rows[1:]:
        out.append("".join(pad(c, w) for c, w in zip(r, ws)).rstrip())
    return "\n".join(out)


def corporate_number(base12: str) -> str:
    """法人番号: check digit in front of a 12-digit base."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


def not_my_number(prefix: str) -> str:
    """A 12-digit number (a record-keeper's member number) whose My Number check digit fails."""
    body = [int(c) for c in prefix[:11]]
    total = sum(body[11 - n] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = total % 11
    good = 0 if r <= 1 else 11 - r
    return prefix[:11] + str((good + 3) % 10)


# ---------------------------------------------------------------- people of the company

MORIMOTO = "森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>"
KASHIWAGI = "柏木 慎吾 <kashiwagi.shingo@hinode-sangyo.co.jp>"
USAMI = "宇佐美 典子 <usami.noriko@hinode-sangyo.co.jp>"
KAJIWARA = "梶原 亮 <kajiwara.ryo@hinode-sangyo.co.jp>"
HORIE = "日の出産業企業年金基金 事務局 <kikin-jimu@hinode-sangyo.co.jp>"
TANIGUCHI = "谷口 和美 <taniguchi.kazumi@osaka.hinode-sangyo.co.jp>"
MORIMOTO_EN = "Ayaka Morimoto <morimoto.ayaka@hinode-sangyo.co.jp>"

SIG_MORIMOTO = """
--
日の出産業株式会社　人事部　福利厚生・年金グループ
森本　彩花（もりもと　あやか）
〒104-0031 東京都中央区京橋2-8-15 日の出京橋ビル7階
TEL 03-5201-7740（直通）／FAX 03-5201-7749
morimoto.ayaka@hinode-sangyo.co.jp
"""

SIG_KASHIWAGI = """
━━━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事部 福利厚生・年金グループ 課長
柏木 慎吾  Shingo Kashiwagi
TEL: 03-5201-7741  Mobile: 080-4471-2290
E-mail: kashiwagi.shingo@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━
"""

SIG_USAMI = """
宇佐美（人事部 年金G／内線 7743）
"""

SIG_KAJIWARA = """
-------------------------------------
日の出産業株式会社 財務部 資金グループ
梶原 亮
〒104-0031 東京都中央区京橋2-8-15
TEL 03-5201-7610 FAX 03-5201-7619
-------------------------------------
"""

SIG_KIKIN = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業企業年金基金 事務局
常務理事　堀江 正和／担当　宇佐美 典子
〒104-0031 東京都中央区京橋2-8-15（日の出産業㈱内）
TEL 03-5201-7745
"""

SIG_TANIGUCHI = """
日の出産業株式会社 大阪工場 総務課
谷口 和美
TEL 06-6152-3301（代）
"""

SIG_EN = """
Best regards,

Ayaka Morimoto
Pension & Benefits Group, Human Resources Dept.
Hinode Sangyo Co., Ltd.
2-8-15 Kyobashi, Chuo-ku, Tokyo 104-0031, Japan
Tel: +81-3-5201-7740
"""

DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除していただきますようお願いいたします。
"""

DISC_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail.
"""

# ---------------------------------------------------------------- external contacts

RK = "やまびこ年金レコードキーピング 岡部様 <okabe.kenji@yamabiko-rk.co.jp>"
RK2 = "imaizumi.yuka@yamabiko-rk.co.jp"
RK_DESK = "dc-jimu@yamabiko-rk.co.jp"
MIDORI = "佐久間 智子 <sakuma.tomoko@midori-ginko.co.jp>"
MIDORI2 = "nenkin-eigyo@midori-ginko.co.jp"
TRUST = "吉永 浩 <yoshinaga.hiroshi@hoshizora-trust.co.jp>"
ACTU = "三輪 聡 <miwa.satoshi@akatsuki-actuarial.co.jp>"
ACTU2 = "nakahara.e@akatsuki-actuarial.co.jp"
LIFE = "平野 美保 <hirano.miho@tsutsuji-life.co.jp>"
SR = "藤本社労士事務所 <office@fujimoto-sr.jp>"
PRINT = "関 達也 <seki.tatsuya@nishiki-insatsu.co.jp>"
LAW = "白川 俊彦 <shirakawa@shirakawa-law.jp>"
SEMINAR = "小野寺 事務局 <onodera@lifeplan-kyoiku.or.jp>"
HOTEL = "矢島 <yajima.kei@sakura-hotel.jp>"
IDECO = "かもめ証券 DCサポート <dc-support@kamome-sec.co.jp>"
NB = "Emily Carter <emily.carter@northbridge-benefits.com>"
AUDIT = "津田 <tsuda.kyoko@kirameki-audit.jp>"
SYS = "ツバサシステム サポート <support@tsubasa-system.jp>"

MESSAGES: list[dict] = []


def add(n: int, **kw) -> None:
    kw.setdefault("charset", "utf-8")
    kw.setdefault("cc", [])
    kw.setdefault("bcc", [])
    kw.setdefault("attachments", [])
    MESSAGES.append({"id": f"nenkin-{n:03d}", **kw})

# ======================================================================== 001–020

# 001 — DC enrolment CSV with 基礎年金番号 to the record-keeper
_new = people(8, born=(1995, 2002))
add(1, sender=MORIMOTO, to=[RK], cc=[RK_DESK], charset="iso-2022-jp",
    subject="【日の出産業】企業型DC 新規加入者データ送付（4月1日入社分）",
    body=f"""やまびこ年金レコードキーピング株式会社
加入者管理部　岡部様

いつも大変お世話になっております。
日の出産業の森本でございます。

4月1日付入社の新入社員につき、企業型DC資格取得データを添付のとおりお送りいたします。
対象は{len(_new)}名です。基礎年金番号は本人提出の「基礎年金番号通知書」の写しで確認済みです。

初回掛金は5月拠出分からとなります。
データに不備がございましたらご連絡ください。

よろしくお願いいたします。
{SIG_MORIMOTO}""",
    attachments=[{"kind": "csv", "name": "DC_shikaku_shutoku_0401.csv", "encoding": "cp932",
                  "rows": [["事業所コード", "社員番号", "氏名", "氏名カナ", "性別", "生年月日",
                            "基礎年金番号", "資格取得日", "掛金額"]] +
                  [["H0001", p.empno, p.name, p.kana, p.sex, ymd(p.dob), p.pension.replace("-", ""),
                    "2025/04/01", "5000"] for p in _new]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="8 new members with birth dates and 基礎年金番号 in a CSV to the record-keeper")

# 002 — reply; the record-keeper's list is only quoted with '>'
_q = people(3)
add(2, sender=USAMI, to=[RK2], charset="utf-8",
    subject="Re: 基礎年金番号の不一致について（照会）",
    body=f"""今泉様

お世話になっております。日の出産業の宇佐美です。
ご照会の件、3名とも本人に年金手帳の再確認を依頼しました。
回答が揃い次第、来週中にまとめてご連絡いたします。

取り急ぎ受領のご連絡まで。
{SIG_USAMI}
> 日の出産業株式会社
> 宇佐美様
>
> 機構照合の結果、下記3名の基礎年金番号が一致しませんでした。
> ご確認をお願いいたします。
>
> {_q[0].name}　{ymd(_q[0].dob)}生　{_q[0].pension}
> {_q[1].name}　{ymd(_q[1].dob)}生　{_q[1].pension}
> {_q[2].name}　{ymd(_q[2].dob)}生　{_q[2].pension}
>
> やまびこ年金レコードキーピング 受給者・加入者サービス課 今泉
""",
    expect="pass", entities=[], detectors=[],
    note="the pension numbers appear only in the '>' quote of the record-keeper's own mail")

# 003 — one mid-career hire, full-width, no labels beyond prose
_p3 = P(sex="男", born=(1985, 1988))
add(3, sender=KASHIWAGI, to=[RK], charset="cp932",
    subject="中途入社者の加入手続きについて",
    body=f"""岡部様

お世話になります。柏木です。
6月16日付で中途入社した{_p3.sei}　{_p3.mei}さんの件です。

前職で企業型DCに加入しており、資産は当社プランへ移換予定です。
生年月日は{wareki(_p3.dob, 'fw')}、年金手帳の番号は{fw(_p3.pension)}と本人から聞いております。
前職の記録関連運営管理機関はまだ確認中です。

移換の申出書は本人経由で別途郵送いたします。
{SIG_KASHIWAGI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    detectors=["personal_data"],
    note="one person's 基礎年金番号 in running text, full-width, 和暦 birth date, to an external record-keeper")

# 004 — internal: collection status list with pension numbers
_p4 = people(12)
_rows4 = [["所属", "社員番号", "氏名", "基礎年金番号", "回収"]]
for i, p in enumerate(_p4):
    _rows4.append([R.choice(["営業一部", "営業二部", "大阪工場", "物流センター", "経理部"]), p.empno,
                   p.name, p.pension if i % 4 else "（未提出）", "済" if i % 4 else "未"])
add(4, sender=USAMI, to=["soumu-tantou@hinode-sangyo.co.jp"],
    cc=[KASHIWAGI, "taniguchi.kazumi@osaka.hinode-sangyo.co.jp"], charset="iso-2022-jp",
    subject="基礎年金番号 回収状況（9/30時点）",
    body=f"""各部門 総務ご担当者様

お疲れさまです。人事部年金Gの宇佐美です。
DC加入手続き用の基礎年金番号の回収状況です。「未」の方への声かけをお願いします。

{table(_rows4)}

未提出の方は10/10までに人事部へ提出をお願いします。
{SIG_USAMI}""",
    expect="pass", entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"], detectors=[],
    note="12 employees' 基礎年金番号, but every recipient is internal (incl. a subdomain)")

# 005 — DB lump-sum payment instruction, XLSX, to the DB trustee
_p5 = people(6, born=(1958, 1964))
add(5, sender=KASHIWAGI, to=[LIFE], cc=["dantai-nenkin@tsutsuji-life.co.jp"], charset="iso-2022-jp",
    subject="DB退職一時金 支払指図書（9月末退職者6名）",
    body=f"""つつじ生命保険株式会社
団体年金部　平野様

いつもお世話になっております。日の出産業の柏木です。
9月末定年退職者6名分の退職一時金（DB）支払指図を添付にてお送りします。
振込指定日は10月25日でお願いいたします。

ご確認のほどよろしくお願いいたします。
{SIG_KASHIWAGI}{DISC_JA}""",
    attachments=[{"kind": "xlsx", "name": "DB一時金支払指図_202509.xlsx", "title": "DB退職一時金支払指図",
                  "sheets": {
                      "支払指図": [["確定給付企業年金 退職一時金 支払指図書（2025年9月退職分）"], [],
                                ["No", "加入者番号", "氏名", "生年月日", "退職日", "支給額", "金融機関",
                                 "支店", "種別", "口座番号", "口座名義"]] +
                      [[i + 1, f"DB{p.empno}", p.name, ymd(p.dob), "2025/09/30",
                        R.randrange(3000000, 12000000, 1000), p.bank, p.branch, p.kind, p.account,
                        p.kana] for i, p in enumerate(_p5)],
                      "備考": [["源泉徴収は退職所得の受給に関する申告書に基づき計算済み"],
                             ["照会先：人事部 福利厚生・年金G 柏木"]]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="six retirees with birth dates and bank accounts in an XLSX to the DB trustee")

# 006 — one pensioner's address change
_p6 = P(born=(1945, 1955))
add(6, sender=USAMI, to=[LIFE], charset="utf-8",
    subject="年金受給者 住所変更のご連絡",
    body=f"""平野様

お世話になっております。日の出産業企業年金基金の宇佐美です。
受給者の方から転居のご連絡がありましたので、登録住所の変更をお願いいたします。

  受給者番号：J-{R.randint(100000, 999999)}
  氏名：{_p6.name}（{_p6.kana}）
  新住所：{_p6.addr}
  電話：{_p6.mobile}
  変更日：2025年8月1日

10月支払分の通知書から新住所での送付をお願いします。
{SIG_KIKIN}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a single pensioner's new address and phone to the trustee: one person, may warn")

# 007 — death in service, cause of death stated
_p7 = P(sex="男", born=(1968, 1975))
_p7s = P(sex="女", born=(1970, 1978))
add(7, sender=KASHIWAGI, to=[RK], charset="iso-2022-jp",
    subject="加入者死亡に伴う死亡一時金の手続きについて",
    body=f"""岡部様

お世話になっております。日の出産業の柏木です。
大変残念なお知らせですが、当社加入者の{_p7.name}さん（社員番号{_p7.empno}）が
7月12日、くも膜下出血のため急逝されました。出張先での発症とのことです。

死亡一時金の受取人は奥様の{_p7s.name}様になる見込みです。
ご連絡先は携帯 {_p7s.mobile} です。請求書類一式を奥様宛にご送付いただけますでしょうか。
送付先住所は別途ご連絡いたします。

よろしくお願いいたします。
{SIG_KASHIWAGI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a named member's cause of death (medical) goes to the record-keeper: 要配慮個人情報 of one person")

# 008 — pensioner died; spouse's details for the death lump sum (two people)
_p8 = P(sex="男", born=(1938, 1944))
_p8s = P(sex="女", born=(1942, 1948))
add(8, sender=USAMI, to=[LIFE], charset="cp932",
    subject="受給者ご逝去の件（遺族一時金の請求）",
    body=f"""つつじ生命　平野様

いつもお世話になっております。年金基金事務局の宇佐美です。
受給者の{_p8.name}様が8月20日にご逝去された旨、ご家族からご連絡をいただきました。
9月支払分以降の年金の停止と、遺族一時金の請求手続きをお願いいたします。

請求者（配偶者）
　氏名　{_p8s.name}
　住所　{_p8s.addr}
　電話　{_p8s.mobile}
　振込先　{_p8s.bank} {_p8s.branch} {_p8s.kind} {_p8s.account}

請求書の様式をお送りいただければ、ご遺族へ転送いたします。
{SIG_KIKIN}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="death notice with the spouse's contact and account: two people, no ID number or health data")

# 009 — iDeCo transfer, one leaver with pension number
_p9 = P(sex="女", born=(1988, 1994))
add(9, sender=USAMI, to=[IDECO], charset="utf-8",
    subject="企業型DC資格喪失者のiDeCoへの移換について（ご本人依頼）",
    body=f"""かもめ証券株式会社
確定拠出年金サポートセンター ご担当者様

突然のご連絡失礼いたします。日の出産業株式会社 人事部の宇佐美と申します。
当社を8月末に退職した{_p9.name}様より、貴社iDeCoへの移換を希望されており、
手続きの確認を依頼されましたのでご連絡いたしました。

氏名：{_p9.name}（{_p9.kana}）
生年月日：{ymd(_p9.dob, '-')}
基礎年金番号：{_p9.pension}
住所：{_p9.addr}
資格喪失日：2025年9月1日

ご本人から加入申出書を提出する前に、当社側で準備すべき書類があればご教示ください。
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a leaver's 基礎年金番号, birth date and address to an iDeCo provider")

# 010 — single free-mail recipient, no personal data
add(10, sender=MORIMOTO, to=["yuki.hanamura.0712@gmail.com"], charset="utf-8",
    subject="Re: 育休中のiDeCo加入について",
    body=f"""花村さん

育休中にご連絡ありがとうございます。人事部の森本です。
ご質問の件、当社の企業型DCは育児休業中も加入者資格は継続しますが、
休業期間中は給与がないため事業主掛金の拠出は停止となります。

iDeCoへの同時加入は、当社規約上マッチング拠出を選択していなければ可能です。
詳しくは社内ポータルの「DCのしおり」12ページをご覧ください。
復職時の手続きは、復職1か月前ごろに改めてご案内します。

お子さんとゆっくりお過ごしください。
{SIG_MORIMOTO}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one employee on free mail, general explanation, no personal data")

# 011 — actuarial census, no names, 40 rows
_p11 = people(40, born=(1963, 2002))
add(11, sender=KASHIWAGI, to=[ACTU], cc=[ACTU2], charset="iso-2022-jp",
    subject="財政再計算用 加入者データのご提出",
    body=f"""暁アクチュアリアル・コンサルティング
三輪様

お世話になっております。日の出産業の柏木です。
2026年財政再計算の基礎データ（2025年3月末基準）をお送りします。
加入者シートと受給者シートの2シート構成です。氏名は削除しております。

ご不明点がありましたらご連絡ください。
{SIG_KASHIWAGI}""",
    attachments=[{"kind": "xlsx", "name": "基礎データ_20250331.xlsx",
                  "sheets": {
                      "加入者": [["日の出産業 DB 加入者データ（基準日 2025/3/31）"],
                              ["社員番号", "性別", "生年月日", "入社年月日", "資格等級", "累計ポイント", "基本給"]] +
                      [[p.empno, p.sex, ymd(p.dob),
                        ymd(_dt.date(max(p.dob.year + 22, 1985), R.randint(1, 12), 1)),
                        R.choice(["G3", "G4", "G5", "M1", "M2"]), R.randint(120, 2400), p.salary]
                       for p in _p11[:30]],
                      "受給者": [["受給者番号", "性別", "生年月日", "年金月額", "支給開始"]] +
                      [[f"J{R.randint(10000, 99999)}", p.sex, ymd(p.dob.replace(year=p.dob.year - 25)),
                        R.randrange(20000, 90000, 100), "2015/04"] for p in _p11[30:]]}}],
    expect="stop", entities=["DATE_OF_BIRTH"], detectors=["personal_data"],
    note="40 member rows (employee no, sex, birth date, salary) without names, to the actuary: a list of people")

# 012 — aggregated valuation figures
add(12, sender=KASHIWAGI, to=[ACTU], charset="utf-8",
    subject="Re: 年齢階層別の集計値について",
    body=f"""三輪様

お世話になっております。柏木です。
ご依頼の年齢階層別集計（2025年3月末）を以下にお示しします。

{table([["年齢階層", "人数", "平均勤続", "平均基本給"],
        ["〜29歳", "312", "3.8年", "248,500"],
        ["30〜39歳", "418", "9.6年", "321,000"],
        ["40〜49歳", "506", "17.2年", "402,300"],
        ["50〜59歳", "377", "26.9年", "468,900"],
        ["60歳〜", "64", "33.1年", "372,000"]])}

合計 1,677名です。脱退率の前提は前回と同じで問題ございません。
{SIG_KASHIWAGI}""",
    expect="pass", entities=[], detectors=[],
    note="aggregated counts by age band: no individual records")

# 013 — confidential-stamped PDF to the trust bank
add(13, sender=KAJIWARA, to=[TRUST], charset="iso-2022-jp",
    subject="政策的資産構成割合の見直し（案）ご送付",
    body=f"""星空信託銀行
年金信託部　吉永様

いつもお世話になっております。日の出産業財務部の梶原です。
来月の資産運用委員会に先立ち、政策的資産構成割合の見直し案をお送りします。
ご意見を頂戴できれば幸いです。
{SIG_KAJIWARA}""",
    attachments=[{"kind": "pdf", "name": "政策AM見直し案_v3.pdf", "page_header": "社外秘",
                  "title": "政策的資産構成割合の見直し（案）",
                  "lines": ["日の出産業企業年金基金　資産運用委員会資料", "",
                            "政策的資産構成割合の見直し（案）", "",
                            "1. 現行：国内債券 40% / 国内株式 20% / 外国債券 15% / 外国株式 15% / 一般勘定 10%",
                            "2. 見直し案：国内債券 35% / 国内株式 20% / 外国債券 20% / 外国株式 15% / オルタナ 10%",
                            "3. 期待収益率 2.6% → 2.9%、リスク 6.1% → 6.8%"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the attached PDF carries a 社外秘 page stamp and goes to the trust bank")

# 014 — monthly asset report acknowledgement, fund codes
add(14, sender=KAJIWARA, to=[TRUST], charset="utf-8",
    subject="Re: 8月末 資産残高報告書の送付",
    body=f"""吉永様

お世話になっております。梶原です。
8月末の残高報告書、受領いたしました。ありがとうございます。

1点確認させてください。
「HZ外国株式インデックス（為替ヘッジなし）」ファンドコード JP90C000K4T2 の
時価が前月比で大きく減少していますが、一部解約の反映でしょうか。
7月の指図書（指図番号 SZ-2025-0718-03）との突合をお願いできれば幸いです。
{SIG_KAJIWARA}
-----Original Message-----
From: 吉永 浩 <yoshinaga.hiroshi@hoshizora-trust.co.jp>
Sent: Tuesday, September 9, 2025 10:12 AM
Subject: 8月末 資産残高報告書の送付

日の出産業株式会社 梶原様
8月末の資産残高報告書をお送りします。ご査収ください。
""",
    expect="pass", entities=[], detectors=[],
    note="asset report question with fund code and instruction number: business data only")

# 015 — seminar request, aggregates only
add(15, sender=MORIMOTO, to=[SEMINAR], charset="iso-2022-jp",
    subject="DC継続投資教育セミナー 開催のご相談",
    body=f"""一般社団法人ライフプラン教育協会
事務局　小野寺様

はじめまして。日の出産業株式会社 人事部の森本と申します。
貴会ホームページを拝見し、企業型DCの継続投資教育セミナーについてご相談したくご連絡しました。

・対象：DC加入者（主に40〜50代）約120名
・形式：本社会議室での集合研修（90分）＋後日オンデマンド配信
・時期：11月中旬〜12月上旬の平日午後
・内容：資産配分の見直し、iDeCoとの併用、受取方法

概算のお見積りと講師のご経歴をお送りいただけますでしょうか。
{SIG_MORIMOTO}{DISC_JA}""",
    expect="pass", entities=[], detectors=[],
    note="seminar enquiry with headcounts only")

# 016 — e-learning registration: 9 employees with email and birth date, tab separated
_p16 = people(9)
_lines16 = "\n".join(f"{p.name}\t{R.choice(['営業一部', '経理部', '大阪工場', '品質保証部', '総務部'])}\t{p.email}\t{ymd(p.dob)}"
                     for p in _p16)
add(16, sender=MORIMOTO, to=[SEMINAR], charset="utf-8",
    subject="Re: eラーニング受講者登録のお願い",
    body=f"""小野寺様

お世話になっております。森本です。
先日ご案内いただいたeラーニングの受講者登録について、第1陣の9名分をお送りします。
ログインIDはメールアドレス、初期パスワードは生年月日8桁とのことでしたので、
生年月日も併記しております。

氏名\t所属\tメールアドレス\t生年月日
{_lines16}

残りの方は来週お送りします。
{SIG_MORIMOTO}""",
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="nine employees' names, e-mail addresses and birth dates, tab-separated, to a seminar provider")

# 017 — three lecturers' rooms at the hotel
_p17 = people(3)
add(17, sender=MORIMOTO, to=[HOTEL], charset="cp932",
    subject="11/20 セミナー講師ご宿泊の件",
    body=f"""さくらホテル
宴会営業　矢島様

いつもお世話になっております。日の出産業の森本です。
11月20日の年金セミナーにつき、前泊される3名のお部屋をお願いいたします。

・{_p17[0].name}様　携帯 {_p17[0].mobile}　11/19 IN
・{_p17[1].name}様　携帯 {_p17[1].mobile}　11/19 IN
・{_p17[2].name}様　携帯 {_p17[2].mobile}　11/19 IN（遅着 22時頃）

請求は当社宛の一括でお願いします。
{SIG_MORIMOTO}""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three guests with mobile numbers to the hotel: under five, may warn")

# 018 — retirees in To on free mail: visible to each other
add(18, sender=USAMI, charset="iso-2022-jp",
    to=["k.makabe1951@yahoo.co.jp", "hojo-setsuko@icloud.com", "t.aimono@gmail.com",
        "sunagawa.isao@docomo.ne.jp", "mitarai_h@outlook.jp"],
    subject="【年金基金】受給者の集い（11月8日）のご案内",
    body=f"""受給者の皆さま

日頃より日の出産業企業年金基金の運営にご理解を賜り、ありがとうございます。
恒例の「受給者の集い」を下記のとおり開催いたします。

　日時：2025年11月8日（土）13:30〜16:00
　会場：さくらホテル 2階「桔梗の間」
　内容：基金の運営状況のご報告、年金と税金の基礎知識（講師：藤本社労士）、懇親会

ご出欠を10月17日までに本メールへの返信でお知らせください。
{SIG_KIKIN}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="five private persons (pensioners) in To can see each other's addresses: should have been Bcc")

# 019 — same kind of notice, pensioners in Bcc
add(19, sender=HORIE, to=["kikin-jimu@hinode-sangyo.co.jp"], charset="utf-8",
    bcc=["wagatsuma.t@ezweb.ne.jp", "noriko.samukawa@gmail.com", "k-hosaka@yahoo.co.jp",
         "tokashiki1949@icloud.com", "s.miyaji@softbank.ne.jp", "iwabuchi.osamu@outlook.jp",
         "kogure-masanori@yahoo.co.jp", "niwa.kumi.55@gmail.com"],
    subject="現況届ご提出のお願い（年金基金）",
    body=f"""年金受給者の皆さまへ

いつもお世話になっております。日の出産業企業年金基金 事務局です。
本年も「現況届」のご提出時期となりました。
先週、ご登録のご住所あてに用紙を郵送しております。
ご署名のうえ、同封の返信用封筒で10月31日までにご返送ください。

ご不明な点は事務局（03-5201-7745 平日9時〜17時）までお問い合わせください。
※本メールは送信専用ではありません。ご返信いただいても結構です。
{SIG_KIKIN}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="pensioners addressed in Bcc only, To is the fund's own address: nothing visible, may warn on free mail")

# 020 — look-alike of a partner bank (dropped 'co.')
add(20, sender=KASHIWAGI, to=["sakuma.tomoko@midori-ginko.jp"], charset="iso-2022-jp",
    subject="運用商品除外の加入者通知スケジュールについて",
    body=f"""みどり銀行　年金営業部
佐久間様

いつもお世話になっております。日の出産業の柏木です。
先日の運営管理機関連絡会で合意した「MG日本株アクティブ」の除外について、
加入者への通知スケジュール案をお送りします。

　10/1　　労使合意（書面）
　10/15　 加入者通知（社内ポータル・書面）
　1/15　　除外日（残高は指定運用方法へ移換）

ご確認いただき、問題なければ来週の定例でご説明いただけますでしょうか。
{SIG_KASHIWAGI}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="recipient domain midori-ginko.jp is a look-alike of the partner midori-ginko.co.jp (dropped 'co.')")
# ======================================================================== 021–040

# 021 — PPAP zip to the record-keeper
_p21 = people(14)
add(21, sender=USAMI, to=[RK], cc=[RK_DESK], charset="iso-2022-jp",
    subject="掛金変更者一覧（10月拠出分）の送付",
    body=f"""岡部様

お世話になっております。日の出産業の宇佐美です。
10月拠出分の掛金変更者一覧をお送りします。
ファイルはパスワード付きZIPにしております。パスワードは別メールにてお知らせします。

よろしくお願いいたします。
{SIG_USAMI}{DISC_JA}""",
    attachments=[{"kind": "zip", "name": "掛金変更者一覧_202510.zip", "password": "Hn7#kk2510",
                  "files": [{"kind": "xlsx", "name": "掛金変更者一覧_202510.xlsx",
                             "sheets": {"変更者": [["社員番号", "氏名", "変更前掛金", "変更後掛金"]] +
                                        [[p.empno, p.name, 8000, 11000] for p in _p21]}}]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): the attachment cannot be inspected")

# 022 — the password mail that follows
add(22, sender=USAMI, to=[RK], cc=[RK_DESK], charset="iso-2022-jp",
    subject="パスワードのお知らせ：掛金変更者一覧（10月拠出分）",
    body=f"""岡部様

先ほどお送りしたファイルのパスワードをお知らせします。

　Hn7#kk2510

※パスワードは大文字・小文字を区別します。
{SIG_USAMI}""",
    expect="pass", entities=[], detectors=[],
    note="a password on its own: no personal data, no attachment")

# 023 — disability benefit claim: disability grade and diagnosis of a named member
_p23 = P(sex="男", born=(1970, 1978))
add(23, sender=KASHIWAGI, to=[RK], charset="cp932",
    subject="障害給付金の請求について（ご相談）",
    body=f"""やまびこ年金レコードキーピング
岡部様

いつもお世話になっております。日の出産業の柏木です。
当社のDC加入者　{_p23.name}（社員番号 {_p23.empno}）について、障害給付金の請求に関するご相談です。

本人は昨年3月に脳梗塞で倒れ、右半身麻痺の後遺症が残っており、
本年6月に障害基礎年金2級の認定を受けたと報告がありました。
現在は休職中で、ご家族から「DCの障害給付金も受け取れるのか」と問い合わせを受けています。

請求に必要な書類（年金証書の写し、診断書の要否など）をご教示いただけますでしょうか。
{SIG_KASHIWAGI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named member's stroke, paralysis and disability-pension grade: 要配慮個人情報 of one person")

# 024 — three external organisations in To/Cc
add(24, sender=KASHIWAGI, charset="iso-2022-jp",
    to=[RK, "yoshinaga.hiroshi@hoshizora-trust.co.jp"],
    cc=["miwa.satoshi@akatsuki-actuarial.co.jp", MORIMOTO],
    subject="【日程調整】DB→DC一部移行 キックオフミーティング",
    body=f"""関係各社のご担当者様

いつも大変お世話になっております。日の出産業の柏木です。
来年度予定しているDBからDCへの一部移行について、関係各社合同でのキックオフを
開催したく、日程調整のご連絡をいたしました。

候補日（いずれも14:00〜15:30、当社本社7階会議室またはTeams）
　① 10月21日（火）
　② 10月23日（木）
　③ 10月28日（火）

ご都合のよい日を10月10日までにご返信ください。
{SIG_KASHIWAGI}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="record-keeper, trust bank and actuary (three external organisations) all in To/Cc")

# 025 — two external organisations: a normal three-way meeting mail
add(25, sender=MORIMOTO, charset="utf-8",
    to=[MIDORI], cc=["okabe.kenji@yamabiko-rk.co.jp"],
    subject="加入者向けWebサイト リニューアルの打合せ（10/16）",
    body=f"""みどり銀行 佐久間様
（cc：やまびこ年金レコードキーピング 岡部様）

お世話になっております。日の出産業の森本です。
加入者向けWebサイトのリニューアルについて、10月16日（木）15時から
当社にて打合せをお願いできますでしょうか。

議題：
　1. ログイン画面の変更点と加入者への周知方法
　2. スマートフォンアプリの導入時期
　3. コールセンター問い合わせ件数の見込み

資料は前日までに共有いたします。
{SIG_MORIMOTO}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: an ordinary three-way meeting mail")

# 026 — My Number of one retiree for the withholding slip
_p26 = P(sex="男", born=(1960, 1963))
_mn26 = my_number(SEED + 1)
add(26, sender=USAMI, to=["imaizumi.yuka@yamabiko-rk.co.jp"], charset="iso-2022-jp",
    subject="老齢給付金（一時金）受給者の個人番号について",
    body=f"""今泉様

お世話になっております。日の出産業の宇佐美です。
一時金で受給予定の{_p26.name}様の件、源泉徴収票作成用の個人番号をご連絡します。

　{_p26.name}（{_p26.kana}）
　個人番号：{_mn26[:4]} {_mn26[4:8]} {_mn26[8:]}

本人確認書類の写しは簡易書留で郵送済みです。
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="a retiree's マイナンバー to the record-keeper")

# 027 — internal: My Numbers of five retirees to payroll
_p27 = people(5, born=(1959, 1961))
_rows27 = "\n".join(f"{p.empno}  {pad(p.name, 14)}{my_number(SEED + 10 + i)}" for i, p in enumerate(_p27))
add(27, sender=USAMI, to=["kyuyo-team@hinode-sangyo.co.jp"], charset="iso-2022-jp",
    subject="【取扱注意】3月定年退職者 個人番号（退職所得の源泉徴収票用）",
    body=f"""給与チームの皆さん

お疲れさまです。宇佐美です。
3月定年退職者5名の個人番号です。退職所得の源泉徴収票の作成にご利用ください。
利用後は本メールを削除してください。

社員番号 氏名           個人番号
{_rows27}
{SIG_USAMI}""",
    expect="pass", entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=[],
    note="My Numbers and a 取扱注意 stamp, but the only recipient is internal")

# 028 — print partner: address list for payment notices
_p28 = people(25, born=(1938, 1960))
add(28, sender=USAMI, to=[PRINT], charset="cp932",
    subject="年金支払通知書 宛名データ（10月定時分）",
    body=f"""錦印刷株式会社
営業二部　関様

いつもお世話になっております。日の出産業企業年金基金の宇佐美です。
10月定時支払の「年金支払通知書」の宛名データをお送りします。
件数は25件です。封入・封緘・発送まで、いつもどおりお願いいたします。

発送予定日：10月10日（金）
{SIG_KIKIN}""",
    attachments=[{"kind": "csv", "name": "atena_202510.csv", "encoding": "cp932",
                  "rows": [["受給者番号", "郵便番号", "住所", "氏名", "支払額"]] +
                  [[f"J{R.randint(10000, 99999)}", p.zip, p.addr_nozip, p.name + " 様",
                    R.randrange(18000, 95000, 100)] for p in _p28]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="25 pensioners' names and home addresses in a CSV to the printing partner")

# 029 — printing proof with dummy placeholder data
add(29, sender=USAMI, to=[PRINT], charset="utf-8",
    subject="Re: 年金支払通知書 新レイアウト校正（初校）",
    body=f"""関様

お世話になっております。宇佐美です。
初校PDFを確認しました。以下2点の修正をお願いします。

1) 宛名欄の見本「見本 花子 様」の文字サイズを1ポイント大きく
2) 問い合わせ先の電話番号を「03-5201-7745（年金基金事務局）」に変更

見本の住所・金額はダミーのままで結構です。再校は来週水曜までにいただければ助かります。
{SIG_KIKIN}""",
    attachments=[{"kind": "pdf", "name": "支払通知書_初校_朱入れ.pdf",
                  "lines": ["年金支払通知書（見本）", "",
                            "〒104-0031 東京都中央区京橋2-8-15（見本）",
                            "見本 花子 様", "",
                            "受給者番号 J00000　支払額 ＊＊,＊＊＊円（見本）",
                            "問い合わせ先：日の出産業企業年金基金 03-5201-7745"]}],
    expect="pass", entities=[], detectors=[],
    note="a printing proof with placeholder (見本) data and the fund's own number: no real person")

# 030 — English census to a global benefits consultant
_p30 = people(12, born=(1970, 1996))
add(30, sender=MORIMOTO_EN, to=[NB], charset="utf-8",
    subject="Japan census data for the global retirement benchmarking",
    body=f"""Dear Emily,

Thank you for the call last week. As agreed, please find attached the census file for
our Japan employees in the benchmarking scope (12 managers in the Tokyo head office).
Names have been removed; the employee ID is our internal number.

Please let me know if you need the DC account balances as of a different date.
{SIG_EN}{DISC_EN}""",
    attachments=[{"kind": "csv", "name": "JP_census_2025Q3.csv", "encoding": "utf-8",
                  "rows": [["EmployeeID", "Gender", "DateOfBirth", "HireDate", "BaseSalaryJPY",
                            "DCBalanceJPY"]] +
                  [[p.empno, "M" if p.sex == "男" else "F", p.dob.isoformat(),
                    f"{max(p.dob.year + 23, 1995)}-04-01", p.salary * 12,
                    R.randrange(800000, 9000000, 1000)] for p in _p30]}],
    expect="stop", entities=["DATE_OF_BIRTH"], detectors=["personal_data"],
    note="12 employees' birth dates, salaries and DC balances (no names) in a CSV to a foreign consultant")

# 031 — English, aggregated headcounts only
add(31, sender=MORIMOTO_EN, to=[NB], charset="utf-8",
    subject="Re: Plan design questionnaire – Japan",
    body=f"""Hi Emily,

Here are the answers for Japan:

- DB plan (cash balance type): 1,677 active members, 412 pensioners
- Corporate DC: 1,702 active members, employer contribution 3% of base pay (cap JPY 27,500/month)
- Matching contributions: not offered
- Default fund: balanced fund (40% equities)
- Investment education: annual seminar plus e-learning, participation 38% in FY2024

Happy to walk you through the cash balance formula on our next call.
{SIG_EN}
On Mon, Sep 22, 2025 at 4:05 PM Emily Carter <emily.carter@northbridge-benefits.com> wrote:
> Hi Ayaka, could you complete the short plan design questionnaire for Japan?
""",
    expect="pass", entities=[], detectors=[],
    note="plan design answers with headcounts only, in English")

# 032 — own domain with another TLD
add(32, sender=MORIMOTO_EN, to=["hr.benefits@hinode-sangyo.com"], charset="utf-8",
    subject="Japan retirement plan summary for the group HR meeting",
    body=f"""Hello team,

Ahead of the group HR meeting, here is a short summary of the Japan retirement plans:

1. Cash balance DB plan: credits of 2.5% of pay plus interest credits linked to JGB 10y.
2. Corporate DC: employer contribution 3% of base pay; 24 funds on the menu.
3. Retirement lump sum: paid by the company, points-based.

Funding ratio of the DB plan was 112% at the last valuation.
{SIG_EN}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyo.com swaps the TLD of the company's own hinode-sangyo.co.jp")

# 033 — leave of absence for depression, to the labour consultant
_p33 = P(sex="女", born=(1982, 1990))
add(33, sender=KASHIWAGI, to=[SR], charset="iso-2022-jp",
    subject="休職者のDC掛金・DB勤続期間の取扱いについて",
    body=f"""藤本先生

いつもお世話になっております。日の出産業の柏木です。
休職者の年金制度上の取扱いについてご相談させてください。

経理部の{_p33.name}さん（入社12年目）が、うつ病の診断で7月から休職しています。
主治医の見立てでは休職は半年程度とのことです。
　・休職期間中、DCの事業主掛金を止めてよいか（規約上は「休職期間は拠出しない」）
　・DBの勤続期間から休職期間を除算すべきか
の2点について、規約の読み方をご教示いただけますでしょうか。
{SIG_KASHIWAGI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's depression diagnosis to an outside labour consultant")

# 034 — general legal question to the labour consultant
add(34, sender=KASHIWAGI, to=[SR], charset="utf-8",
    subject="DC拠出限度額の見直し（2024年12月施行）の影響について",
    body=f"""藤本先生

お世話になっております。柏木です。
2024年12月施行の拠出限度額見直し（DB併用時の「月額5.5万円−他制度掛金相当額」）について、
当社DBの他制度掛金相当額が確定しました（月額1.2万円）。

これにより、DCの上限は月額4.3万円となり、現行の掛金（最大2.75万円）には影響がない
理解でよろしいでしょうか。規約変更の要否もあわせてご確認いただけますと幸いです。
{SIG_KASHIWAGI}{DISC_JA}""",
    expect="pass", entities=[], detectors=[],
    note="a legal/plan question, no personal data")

# 035 — forward of an employee's mail with his pension number
_p35 = P(sex="男", born=(1990, 1998))
add(35, sender=MORIMOTO, to=[RK], charset="iso-2022-jp",
    subject="FW: 年金手帳の番号について",
    body=f"""岡部様

お世話になっております。森本です。
先日ご照会いただいた加入者の基礎年金番号について、本人から回答がありましたので転送いたします。
記録の修正をお願いいたします。
{SIG_MORIMOTO}
---------- Forwarded message ---------
From: {_p35.name} <{_p35.email}>
Date: 2025年9月18日(木) 9:42
Subject: 年金手帳の番号について
To: 森本 彩花 <morimoto.ayaka@hinode-sangyo.co.jp>

森本さん

お疲れさまです。物流センターの{_p35.sei}です。
実家にあった年金手帳を確認したところ、番号は {_p35.pension} でした。
以前提出したものは学生時代の別の番号だったかもしれません。失礼しました。
""",
    expect="stop", entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    note="a forwarded employee mail carrying his 基礎年金番号: forwarded text is new to the recipient")

# 036 — reply; the list sits under -----Original Message-----
_p36 = people(6)
_orig36 = "\n".join(f"  {i + 1}. {p.name}　{p.pension}　{ymd(p.dob)}" for i, p in enumerate(_p36))
add(36, sender=USAMI, to=[RK_DESK], charset="cp932",
    subject="RE: 【要確認】資格取得データのエラー（6件）",
    body=f"""やまびこ年金RK 事務センター御中

お世話になっております。日の出産業の宇佐美です。
ご指摘の6件、社内の人事データと突合のうえ、10月3日までに修正データをお送りします。
エラーの原因は、当社側で旧姓のまま登録していたためと思われます。

{SIG_USAMI}
-----Original Message-----
From: dc-jimu@yamabiko-rk.co.jp
Sent: Friday, September 26, 2025 5:31 PM
To: usami.noriko@hinode-sangyo.co.jp
Subject: 【要確認】資格取得データのエラー（6件）

日の出産業株式会社 ご担当者様

下記6件につき、氏名と基礎年金番号の組合せが機構記録と一致しません。
{_orig36}

ご確認のほどお願いいたします。
""",
    expect="pass", entities=[], detectors=[],
    note="the six members' data sit only in the quoted original from the record-keeper itself")

# 037 — reply whose NEW text corrects one pension number
_p37 = P(sex="女", born=(1975, 1985))
_wrong37 = _p37.pension[:-2] + f"{(int(_p37.pension[-2:]) + 7) % 100:02d}"
add(37, sender=USAMI, to=[RK_DESK], charset="utf-8",
    subject="RE: RE: 【要確認】資格取得データのエラー（6件）",
    body=f"""事務センター ご担当者様

宇佐美です。追加でもう1件、訂正をお願いします。

{_p37.name}（旧姓：{R.choice(['山根', '大森', '石黒'])}）
　誤）{_wrong37}
　正）{_p37.pension}

残り5件は明日お送りします。
{SIG_USAMI}
> 下記6件につき、氏名と基礎年金番号の組合せが機構記録と一致しません。
> ご確認のほどお願いいたします。
""",
    expect="stop", entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    note="the new text (above the quote) carries one member's corrected 基礎年金番号")

# 038 — DOCX with a 部外秘 header to the law firm
add(38, sender=KASHIWAGI, to=[LAW], charset="iso-2022-jp",
    subject="退職金規程改定案のリーガルチェックのお願い",
    body=f"""白川法律事務所
白川先生

いつもお世話になっております。日の出産業の柏木です。
退職金規程の改定案（ポイント制への移行）について、不利益変更の観点から
ご確認をお願いしたく、改定案をお送りいたします。

ご多忙のところ恐縮ですが、11月上旬までにご意見をいただけますと幸いです。
{SIG_KASHIWAGI}""",
    attachments=[{"kind": "docx", "name": "退職金規程_改定案_20250930.docx", "page_header": "部外秘",
                  "title": "退職金規程 改定案",
                  "paragraphs": ["退職金規程（改定案）", "第1条（目的）この規程は、従業員の退職金に関する事項を定める。",
                                 "第5条（退職金の算定）退職金は、退職時の累計ポイントにポイント単価を乗じて算定する。",
                                 "附則 経過措置として、移行日前の勤続期間に係る額は旧規程により算定した額を保障する。"],
                  "tables": [[["等級", "年間付与ポイント"], ["G3", "20"], ["G4", "28"], ["G5", "36"], ["M1", "48"]]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the attached draft carries a 部外秘 page header and goes to an outside law firm")

# 039 — about the NDA, no marking
add(39, sender=KASHIWAGI, to=[ACTU], charset="utf-8",
    subject="秘密保持契約書（案）の送付",
    body=f"""三輪様

お世話になっております。柏木です。
財政再計算業務の開始にあたり、秘密保持契約書の当社案をお送りします。
第3条（秘密情報の範囲）に加入者データを明記しております。
ご確認のうえ、修正があれば変更履歴でお戻しください。
{SIG_KASHIWAGI}{DISC_JA}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案.docx", "title": "秘密保持契約書",
                  "paragraphs": ["秘密保持契約書",
                                 "日の出産業株式会社（以下「甲」という。）と株式会社暁アクチュアリアル・コンサルティング（以下「乙」という。）は、以下のとおり契約を締結する。",
                                 "第1条（目的）甲が乙に委託する年金数理業務に関し、相互に開示する秘密情報の取扱いを定める。",
                                 "第3条（秘密情報）本契約において秘密情報とは、甲が乙に開示する加入者データ、給与データその他一切の情報をいう。",
                                 "第7条（返還・廃棄）乙は業務終了後、秘密情報を速やかに返還または廃棄する。"]}],
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA; the words 秘密情報 are the contract's subject, not a classification stamp")

# 040 — corrupt attachment
add(40, sender=MORIMOTO, to=[RK], charset="iso-2022-jp",
    subject="資格喪失届（9月分）",
    body=f"""岡部様

お世話になっております。森本です。
9月分の資格喪失届をお送りします。今月は退職者7名です。
{SIG_MORIMOTO}""",
    attachments=[{"kind": "corrupt", "name": "加入者資格喪失届_9月.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the XLSX is corrupt and cannot be read")
# ======================================================================== 041–060

# 041 — password-protected PDF to the trust bank
add(41, sender=USAMI, to=[TRUST], charset="utf-8",
    subject="受給権者の本人確認書類の送付",
    body=f"""星空信託銀行 年金信託部
吉永様

お世話になっております。日の出産業企業年金基金の宇佐美です。
年金受給開始にあたっての本人確認書類（3名分）をPDFにてお送りします。
PDFにはパスワードを設定しております。パスワードはお電話でお伝えします。
{SIG_KIKIN}""",
    attachments=[{"kind": "pdf", "name": "本人確認書類_3名.pdf", "password": "kikin0930",
                  "lines": ["本人確認書類（写し）", "1. 運転免許証", "2. 運転免許証", "3. 旅券"]}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF: cannot be inspected")

# 042 — screenshot to the system partner
add(42, sender=MORIMOTO, to=[SYS], charset="iso-2022-jp",
    subject="年金管理システムのエラーについて（画面キャプチャ添付）",
    body=f"""ツバサシステム株式会社
サポートご担当者様

いつもお世話になっております。日の出産業の森本です。
年金管理システムで「掛金一括計算」を実行すると、途中で
「E-4012 計算対象期間が不正です」と表示されて処理が止まります。
発生は今朝9時頃からで、端末を変えても同様です。

エラー画面のキャプチャを添付します。ご確認をお願いいたします。
契約番号：TS-HN-2019-004
{SIG_MORIMOTO}""",
    attachments=[{"kind": "png", "name": "error_E4012.png"}],
    expect="pass", entities=[], detectors=[],
    note="support request to the system partner with a screenshot and an error code")

# 043 — HTML-only: pensioners' amounts and accounts
_p43 = people(7, born=(1940, 1958))
_tr43 = "".join(
    f"<tr><td>{p.name}</td><td>{p.kana}</td><td>{p.bank}</td><td>{p.branch}</td><td>{p.kind}</td>"
    f"<td>{p.account}</td><td align=\"right\">{R.randrange(20000, 120000, 100):,}</td></tr>" for p in _p43)
add(43, sender=KAJIWARA, to=[MIDORI2], charset="utf-8",
    subject="【総合振込】年金基金 10月定時支払 追加分のご依頼",
    html=f"""<html><body>
<p>みどり銀行 年金営業部 御中</p>
<p>いつもお世話になっております。日の出産業 財務部の梶原です。<br>
10月定時支払のうち、システム登録が間に合わなかった7名分を追加でお願いいたします。<br>
振込指定日は10月15日です。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>受給者氏名</th><th>カナ</th><th>銀行</th><th>支店</th><th>種別</th><th>口座番号</th><th>支払額</th></tr>
{_tr43}
</table>
<p>よろしくお願いいたします。</p>
<p>日の出産業株式会社 財務部 資金グループ<br>梶原 亮<br>TEL 03-5201-7610</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="HTML-only table of seven pensioners with bank accounts and amounts, to the bank")

# 044 — HTML-only: a list of organisations' help desks
add(44, sender=MORIMOTO, to=[SEMINAR], charset="utf-8",
    subject="配布資料に掲載する問い合わせ窓口一覧",
    html="""<html><body>
<p>小野寺様</p>
<p>お世話になっております。森本です。<br>
セミナー配布資料の最終ページに掲載する「お問い合わせ窓口」を以下のとおりお送りします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>内容</th><th>窓口</th><th>電話</th><th>受付時間</th></tr>
<tr><td>残高・運用指図</td><td>やまびこ年金RK コールセンター</td><td>0120-381-204</td><td>平日9:00〜21:00</td></tr>
<tr><td>商品の内容</td><td>みどり銀行 DCダイヤル</td><td>0120-556-730</td><td>平日9:00〜17:00</td></tr>
<tr><td>DB年金の支払</td><td>つつじ生命 団体年金サービスセンター</td><td>0570-02-8841</td><td>平日9:00〜17:00</td></tr>
<tr><td>iDeCoへの移換</td><td>かもめ証券 DCサポートセンター</td><td>0120-771-950</td><td>平日9:00〜18:00</td></tr>
<tr><td>社内の制度</td><td>日の出産業 人事部 年金G</td><td>03-5201-7740</td><td>平日9:00〜17:30</td></tr>
</table>
<p>森本 彩花（日の出産業 人事部）</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="a list of organisations' call centres: businesses, not people")

# 045 — plain ZIP of a CSV: DC withdrawal lump-sum candidates with addresses
_p45 = people(6, born=(1992, 2001))
add(45, sender=USAMI, to=[RK], charset="cp932",
    subject="脱退一時金 対象者リスト（ご案内送付用）",
    body=f"""岡部様

お世話になっております。宇佐美です。
資産額が少額の資格喪失者のうち、脱退一時金の要件に該当しそうな方をリストアップしました。
ご案内文書の送付をお願いします。住所は退職時の届出住所です。

ZIPにまとめて添付しております（パスワードはかけておりません）。
{SIG_USAMI}""",
    attachments=[{"kind": "zip", "name": "dattai_list_202510.zip",
                  "files": [{"kind": "csv", "name": "dattai_list.csv", "encoding": "cp932",
                             "rows": [["氏名", "生年月日", "資格喪失日", "郵便番号", "住所", "個人別管理資産"]] +
                             [[p.name, ymd(p.dob), "2025/06/30", p.zip, p.addr_nozip,
                               R.randrange(40000, 140000, 1)] for p in _p45]}]}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="six former members' birth dates and addresses in a CSV inside a plain ZIP")

# 046 — ZIP of plan documents and a product list
add(46, sender=KASHIWAGI, to=[MIDORI], charset="utf-8",
    subject="規約および運用商品一覧（最新版）",
    body=f"""佐久間様

お世話になっております。柏木です。
ご依頼の規約（2025年4月改定版）と運用商品一覧をZIPでお送りします。
商品一覧は除外予定の商品に印を付けております。
{SIG_KASHIWAGI}""",
    attachments=[{"kind": "zip", "name": "DC規約_商品一覧.zip",
                  "files": [
                      {"kind": "txt", "name": "規約_抜粋.txt", "encoding": "utf-8",
                       "text": "日の出産業企業型確定拠出年金規約（抜粋）\n第12条 事業主掛金は、基本給の3%とする。\n第13条 掛金の上限は月額27,500円とする。\n第20条 運用の方法は別表のとおりとする。\n"},
                      {"kind": "csv", "name": "運用商品一覧.csv", "encoding": "utf-8",
                       "rows": [["商品コード", "商品名", "分類", "信託報酬(税込)", "除外予定"],
                                ["DC01A0031", "MG定期預金（5年）", "元本確保型", "—", ""],
                                ["DC02B1187", "HZ国内債券インデックス", "国内債券", "0.154%", ""],
                                ["DC03C2204", "HZ国内株式インデックス", "国内株式", "0.154%", ""],
                                ["DC03C2290", "MG日本株アクティブ", "国内株式", "1.650%", "○"],
                                ["DC04D3310", "HZ外国債券インデックス", "外国債券", "0.187%", ""],
                                ["DC05E4420", "HZ外国株式インデックス", "外国株式", "0.110%", ""],
                                ["DC06F5102", "つつじバランス40", "バランス", "0.440%", ""]]}]}],
    expect="pass", entities=[], detectors=[],
    note="plan rules excerpt and a fund list with product codes: no personal data")

# 047 — PPTX with individual projections of five named employees
_p47 = people(5, born=(1972, 1995))
_slides47 = [["選択制DC導入に関する個別試算", "日の出産業株式会社 人事部", "2025年10月"],
             ["試算の前提", "・前払退職金の選択率 30%", "・想定利回り 2.0%", "・社会保険料率は2025年度率"]]
for p in _p47:
    _slides47.append([f"個別試算：{p.name}",
                      f"生年月日 {ymd(p.dob)}　月給 {p.salary:,}円",
                      f"DC拠出 月額 {min(p.salary * 3 // 100, 27500):,}円",
                      f"65歳時点 見込残高 {R.randrange(3000000, 16000000, 10000):,}円"])
add(47, sender=KASHIWAGI, to=[ACTU], charset="iso-2022-jp",
    subject="選択制DC 個別試算資料（労使協議用）",
    body=f"""三輪様

お世話になっております。柏木です。
労使協議で使う個別試算資料を作成しました。モデルとして実在の社員5名の数字を使っています。
試算ロジックに誤りがないかご確認いただけますでしょうか。
{SIG_KASHIWAGI}""",
    attachments=[{"kind": "pptx", "name": "選択制DC_個別試算.pptx", "slides": _slides47}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="five real employees' names, birth dates and salaries, one per slide, to the actuary")

# 048 — generic seminar deck
add(48, sender=MORIMOTO, to=[SEMINAR], charset="utf-8",
    subject="セミナー資料（社内説明パート）のご確認",
    body=f"""小野寺様

森本です。セミナー冒頭15分の「当社制度のご説明」パートのスライドを作成しました。
講師の方のパートとの重複がないかご確認いただけますでしょうか。
{SIG_MORIMOTO}""",
    attachments=[{"kind": "pptx", "name": "当社制度のご説明.pptx", "page_footer": "日の出産業株式会社 人事部",
                  "slides": [["当社の退職給付制度", "退職一時金（ポイント制）", "確定給付企業年金（キャッシュバランス）",
                              "企業型確定拠出年金"],
                             ["企業型DCのポイント", "会社掛金：基本給の3%", "運用商品：24本",
                              "指定運用方法：バランス型"],
                             ["よくある質問", "Q. 途中で引き出せますか？　A. 原則60歳まで引き出せません",
                              "Q. 転職したら？　A. 転職先のDCまたはiDeCoへ移換できます"]]}],
    expect="pass", entities=[], detectors=[],
    note="a generic seminar deck about the plans: no personal data")

# 049 — forwarded retiree mail attached as .eml
_p49 = P(sex="男", born=(1955, 1960))
add(49, sender=USAMI, to=[LIFE], charset="iso-2022-jp",
    subject="受給者からの口座変更依頼（メール添付）",
    body=f"""平野様

お世話になっております。年金基金の宇佐美です。
受給者の方から、振込口座の変更依頼がメールで届きました。
原本のメールを添付いたしますので、変更手続きをお願いいたします。
（届出書は後日郵送で回収します。）
{SIG_KIKIN}""",
    attachments=[{"kind": "eml", "name": "口座変更のお願い.eml",
                  "message": {"sender": f"{_p49.name} <{_p49.romaji.split()[1].lower()}.{_p49.dob.year}@yahoo.co.jp>",
                              "to": ["kikin-jimu@hinode-sangyo.co.jp"], "charset": "iso-2022-jp",
                              "subject": "口座変更のお願い",
                              "body": f"""年金基金 ご担当者様

いつもお世話になっております。平成27年に退職した{_p49.name}です。
年金の振込口座を下記に変更したくご連絡しました。

新しい口座　{_p49.bank} {_p49.branch}（店番{_p49.branch_no}）{_p49.kind} {_p49.account}
名義　{_p49.kana}
基礎年金番号　{_p49.pension}
住所　{_p49.addr}

よろしくお願いいたします。
"""}}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="an attached (forwarded) retiree mail with his 基礎年金番号, account and address")

# 050 — governance: evaluation questionnaire to the plan administrator
add(50, sender=KASHIWAGI, to=[MIDORI], cc=[MIDORI2], charset="utf-8",
    subject="運営管理機関の定期評価について（アンケートご協力のお願い）",
    body=f"""みどり銀行 年金営業部
佐久間様

平素より大変お世話になっております。
確定拠出年金法に基づく運営管理機関の定期評価（5年ごと）を本年度実施いたします。
つきましては、以下の項目について11月14日までにご回答をお願いできますでしょうか。

　1. 運用商品の選定理由とモニタリング体制
　2. 加入者からの問い合わせ件数・主な内容（2024年度、件数ベース）
　3. 投資教育の支援実績
　4. 情報セキュリティ体制（ISMS認証の有無、委託先管理）

ご回答いただいた内容は、労使で構成する年金委員会に報告いたします。
{SIG_KASHIWAGI}""",
    expect="pass", entities=[], detectors=[],
    note="plan-governance questionnaire: no personal data")

# 051 — legacy XLS: status check list of 15 pensioners
_p51 = people(15, born=(1936, 1958))
add(51, sender=USAMI, to=[LIFE], charset="cp932",
    subject="現況確認 未回答者リスト",
    body=f"""平野様

お世話になっております。宇佐美です。
現況届が未着の受給者15名のリストです（旧システムからの出力のためxls形式です）。
住民票コードでの照会をかけていただけますでしょうか。
{SIG_KIKIN}""",
    attachments=[{"kind": "xls", "name": "genkyo_mikaitou.xls",
                  "sheets": {"未回答": [["受給者番号", "氏名", "生年月日", "住所", "電話"]] +
                             [[f"J{R.randint(10000, 99999)}", p.name, wareki(p.dob), p.addr_nozip,
                               p.mobile if i % 3 else "（不明）"] for i, p in enumerate(_p51)]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="15 pensioners with 和暦 birth dates, addresses and phones in a legacy XLS")

# 052 — DB valuation schedule
add(52, sender=HORIE, to=[LIFE], charset="iso-2022-jp",
    subject="財政検証のスケジュールについて",
    body=f"""つつじ生命保険株式会社 団体年金部
平野様

いつもお世話になっております。日の出産業企業年金基金 事務局の堀江です。
2025年度決算に伴う財政検証のスケジュールを以下のとおり想定しております。

　4月下旬　基礎データ提出（基金→貴社）
　5月下旬　決算見込み・財政検証結果（速報）
　6月中旬　代議員会
　6月末　　決算報告書提出

昨年より2週間ほど前倒しとなりますが、ご対応可能かご教示ください。
{SIG_KIKIN}""",
    expect="pass", entities=[], detectors=[],
    note="a valuation timetable: no personal data")

# 053 — EITHER: death after 'illness', no diagnosis
_p53 = P(sex="男", born=(1966, 1972))
add(53, sender=MORIMOTO, to=[RK], charset="utf-8",
    subject="加入者の死亡について（ご連絡）",
    body=f"""岡部様

お世話になっております。森本です。
加入者の{_p53.name}さん（社員番号 {_p53.empno}）が、かねてより病気療養中のところ
9月2日に亡くなられました。
死亡一時金の請求書類をご遺族にお送りいただきたく、送付先は追ってご連絡します。

資格喪失日は9月3日となります。
{SIG_MORIMOTO}""",
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="'病気療養中' names no diagnosis: a health hint of a named person, judgeable either way")

# 054 — two heirs on free mail and a law firm in To
add(54, sender=USAMI, charset="iso-2022-jp",
    to=["kuribayashi.mayumi@gmail.com", "k.kuribayashi1974@yahoo.co.jp", LAW],
    subject="遺族一時金のお受取りについて",
    body=f"""栗林 真由美様
栗林 健太郎様
白川法律事務所 白川先生

日の出産業企業年金基金 事務局の宇佐美でございます。
故 栗林様の遺族一時金につきまして、受取人の順位に関するお申し出をいただいております。
基金規約上、同順位の遺族が複数いる場合は代表者1名への支給となります。

ご遺族間でご協議のうえ、代表者を書面でお知らせいただけますでしょうか。
なお、白川先生にはご遺族のご依頼により本件をご相談いただいていると伺っております。
{SIG_KIKIN}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="two private persons and a law firm (three external parties) see each other in To")

# 055 — one retiree on iCloud, his own address
_p55 = P(sex="男", born=(1956, 1960))
add(55, sender=USAMI, to=[f"{_p55.romaji.split()[1].lower()}.{_p55.romaji.split()[0].lower()}@icloud.com"],
    charset="utf-8",
    subject="年金証書の送付先のご確認",
    body=f"""{_p55.sei}様

ご無沙汰しております。日の出産業企業年金基金 事務局の宇佐美です。
来月お送りする年金証書の送付先ですが、下記のご住所でよろしいでしょうか。

　{_p55.addr}
　{_p55.name} 様

お引越しのご予定などがあれば、今月中にお知らせください。
{SIG_KIKIN}""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["freemail_recipient", "personal_data"],
    note="a retiree's own address sent to him on free mail: one person, may warn")

# 056 — the retiree's own 基礎年金番号 back to him on Gmail
_p56 = P(sex="女", born=(1958, 1961))
add(56, sender=USAMI, to=[f"{_p56.romaji.split()[0].lower()}{_p56.dob.year % 100}@gmail.com"], charset="iso-2022-jp",
    subject="Re: 基礎年金番号の確認",
    body=f"""{_p56.sei}様

お問い合わせありがとうございます。年金基金事務局の宇佐美です。
当基金にご登録いただいている基礎年金番号は
　{fw(_p56.pension)}
です。年金事務所での手続きの際にお使いください。
{SIG_KIKIN}
> 年金事務所で手続きをするのに番号が分からず困っています。
> 基金に登録されている番号を教えてもらえませんか。
""",
    expect="stop", entities=["JP_BASIC_PENSION_NUMBER"], detectors=["freemail_recipient", "personal_data"],
    note="a 基礎年金番号 (full-width) leaves for a free-mail address, even if it is her own")

# 057 — residence card number of a foreign member
_p57n = "グエン・ティ・ラン"
_rc57 = f"{R.choice('ABEFGH')}{R.choice('CDHKLM')}{R.randint(10000000, 99999999)}{R.choice('ABCDEF')}{R.choice('JKLMNP')}"
add(57, sender=MORIMOTO, to=[RK], charset="utf-8",
    subject="外国籍加入者の氏名変更・在留カード情報の登録について",
    body=f"""岡部様

お世話になっております。森本です。
大阪工場の外国籍社員 {_p57n}（NGUYEN THI LAN）さんの記録について、
在留カードの更新に伴いローマ字表記が変わりましたので、登録内容の変更をお願いします。

　在留カード番号：{_rc57}
　在留期間（満了日）：2028年7月14日
　氏名（ローマ字）：NGUYEN THI LAN

カードの写しは本人同意のうえ郵送いたします。
{SIG_MORIMOTO}""",
    expect="stop", entities=["PERSON_NAME", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="a named foreign employee's 在留カード number goes to the record-keeper")

# 058 — English to a former foreign employee, generic
add(58, sender=MORIMOTO_EN, to=["minh.tran.vn88@gmail.com"], charset="utf-8",
    subject="Re: Withdrawal of my DC pension after returning to Vietnam",
    body=f"""Dear Mr. Tran,

Thank you for your message. After you leave Japan, you may be able to claim a lump-sum
withdrawal of your corporate DC assets if your balance and contribution period meet the
conditions. The record-keeper will send you the claim form if you request it from their
call centre (+81-120-381-204, weekdays).

For the national pension lump-sum withdrawal, please apply to the Japan Pension Service
within two years after leaving Japan.
{SIG_EN}""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="general guidance to one former employee on free mail")

# 059 — passport number to the labour consultant
_p59 = P(sex="男", born=(1990, 1996))
_pp59 = f"{R.choice(['TR', 'TZ', 'MU', 'TK'])}{R.randint(1000000, 9999999)}"
add(59, sender=KASHIWAGI, to=[SR], charset="cp932",
    subject="脱退一時金の代理請求（旅券情報）",
    body=f"""藤本先生

お世話になっております。柏木です。
帰国予定の社員の脱退一時金、代理請求の件で、旅券の情報をお送りします。

　氏名　　{_p59.romaji.upper()}（{_p59.name}）
　生年月日　{ymd(_p59.dob, '.')}
　旅券番号　{_pp59}
　出国予定日　2025年11月30日

旅券の写しは本人から受け取り次第、郵送いたします。
{SIG_KASHIWAGI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="one person's passport number and birth date to the labour consultant")

# 060 — health-insurance card symbol and number as ID
_p60 = P(sex="女", born=(1980, 1992))
add(60, sender=USAMI, to=[RK2], charset="iso-2022-jp",
    subject="本人確認書類の情報について",
    body=f"""今泉様

お世話になっております。宇佐美です。
{_p60.name}さんの住所変更にあたり、本人確認書類の情報をお知らせします。
本人が運転免許証を持っていないため、健康保険の資格確認書でお願いします。

　保険者番号　{fw('06139' + str(R.randint(100, 999)))}
　記号　{fw(str(R.randint(100, 999)))}　番号　{fw(str(R.randint(1000, 9999)))}
　氏名　{_p60.name}
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    note="a health-insurance 記号・番号 (full-width) of a named employee to the record-keeper")
# ======================================================================== 061–080

# 061 — driver's licence number for an identity check
_p61 = P(sex="男", born=(1957, 1961))
_dl61 = f"{R.randint(30, 62)}{R.randint(10, 99)}{R.randint(10000000, 99999999)}"
add(61, sender=USAMI, to=[TRUST], charset="utf-8",
    subject="年金受給開始手続き：本人確認情報",
    body=f"""吉永様

お世話になっております。年金基金の宇佐美です。
来月から年金受給を開始する{_p61.name}様の本人確認情報です。

運転免許証番号 {_dl61}
（有効期限 令和9年{_p61.dob.month}月{_p61.dob.day}日まで）

送金口座の届出書は本人から直接貴行へ郵送されます。
{SIG_KIKIN}""",
    expect="stop", entities=["PERSON_NAME", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="a pensioner's driver's licence number to the trust bank")

# 062 — internal: death with cause, to payroll and the fund
_p62 = P(sex="男", born=(1964, 1970))
add(62, sender=KASHIWAGI, to=["kyuyo-team@hinode-sangyo.co.jp", "kikin-jimu@hinode-sangyo.co.jp"],
    cc=["soumu-bucho@hinode-sangyo.co.jp"], charset="iso-2022-jp",
    subject="【社内限り】在職死亡に伴う諸手続き（{0}さん）".format(_p62.sei),
    body=f"""関係各位

お疲れさまです。柏木です。
品質保証部の{_p62.name}さん（{_p62.empno}）が、10月4日に急性心筋梗塞で亡くなりました。
ご自宅で倒れられたとのことです。謹んでご冥福をお祈りします。

以下の手続きをお願いします。
・給与：10月分日割り、弔慰金の支給（給与チーム）
・DB：遺族一時金の請求案内（年金基金）
・DC：死亡一時金の請求案内（人事 年金G 森本）

ご遺族（奥様）の連絡先 {_p62.mobile}
ご遺族への連絡窓口は総務部長に一本化しています。
{SIG_KASHIWAGI}""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], detectors=[],
    note="a named employee's cause of death, but the mail is internal only")

# 063 — look-alike of the printing partner (letter dropped)
add(63, sender=USAMI, to=["seki.tatsuya@nishiki-insatu.co.jp"], charset="iso-2022-jp",
    subject="年金支払通知書 12月分の入稿スケジュール",
    body=f"""錦印刷　関様

お世話になっております。宇佐美です。
12月定時分の入稿スケジュールのご相談です。

　宛名データ入稿　11月28日（金）
　校正戻し　　　　12月2日（火）
　発送　　　　　　12月5日（金）

年末のため発送日を1日前倒しにしたいのですが、可能でしょうか。
{SIG_KIKIN}""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp drops a letter from the partner nishiki-insatsu.co.jp")

# 064 — look-alike of the partner bank (l for i)
add(64, sender=KAJIWARA, to=["sakuma.tomoko@midori-glnko.co.jp"], charset="utf-8",
    subject="Re: 年金基金口座の振替日変更について",
    body=f"""佐久間様

お世話になっております。梶原です。
掛金の口座振替日を毎月27日から25日に変更する件、
当社経理の承認が下りましたので、お手続きを進めていただけますでしょうか。
変更後の初回は2026年1月拠出分からでお願いします。
{SIG_KAJIWARA}
> 振替日変更の申込書をお送りします。ご記入のうえご返送ください。
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="midori-glnko.co.jp swaps i for l in the partner bank's domain (homoglyph)")

# 065 — typo of the company's own domain, with a pension-number list
_p65 = people(6)
_l65 = "\n".join(f"・{p.name}（{p.empno}）… {p.pension}" for p in _p65)
add(65, sender=USAMI, to=["taniguchi.kazumi@hinode-sangyou.co.jp"], charset="cp932",
    subject="大阪工場 新入社員の基礎年金番号（確認用）",
    body=f"""谷口さん

お疲れさまです。本社人事の宇佐美です。
大阪工場の10月入社6名について、届いている基礎年金番号を共有します。
本人の書類と一致しているか確認をお願いします。

{_l65}

よろしくお願いします。
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but sent to hinode-sangyou.co.jp (letter added): external, with 基礎年金番号")

# 066 — internal subdomains, pension-number list
_p66 = people(7)
add(66, sender=USAMI, to=["taniguchi.kazumi@osaka.hinode-sangyo.co.jp"],
    cc=["jinji-nenkin@mail.hinode-sangyo.co.jp"], charset="iso-2022-jp",
    subject="Re: 大阪工場 新入社員の基礎年金番号（確認用）",
    body=f"""谷口さん

確認ありがとうございました。修正後の一覧です。

{table([["社員番号", "氏名", "基礎年金番号", "生年月日"]] + [[p.empno, p.name, p.pension, wareki(p.dob, 'short')] for p in _p66], rule="=")}

これでRKへ提出します。
{SIG_USAMI}""",
    expect="pass", entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"], detectors=[],
    note="pension numbers of seven people, but both recipients are on internal subdomains")

# 067 — 【社外秘】 in the subject and on the body
add(67, sender=KASHIWAGI, to=[ACTU], charset="iso-2022-jp",
    subject="【社外秘】積立不足への対応方針（経営会議付議前ドラフト）",
    body=f"""三輪様

お世話になっております。柏木です。
経営会議付議前のドラフトですので、取扱いにはご注意ください。

━━━━━━━━━━━━━━━━━━━
社外秘　積立不足への対応方針（案）
━━━━━━━━━━━━━━━━━━━
1. 2025年3月末の積立比率は0.94（非継続基準）
2. 特別掛金の償却期間を10年から7年へ短縮する案を軸に検討
3. 併せて、予定利率を2.5%から2.0%へ引き下げ
4. 掛金増加額は年間約3.2億円の見込み

この方針案での掛金試算を、来週中にお願いできますでしょうか。
{SIG_KASHIWAGI}""",
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="subject and body are stamped 社外秘 and go to the actuary")

# 068 — ordinary mail with the standard disclaimer and a tracking number
add(68, sender=MORIMOTO, to=[RK2], charset="utf-8",
    subject="加入者向け冊子の返送について",
    body=f"""今泉様

お世話になっております。森本です。
先日お送りいただいた「DCガイドブック2025」の余部120部を返送いたしました。
簡易書留で、お問い合わせ番号は 3318-4402-7751 です。
明後日には到着するかと思います。
{SIG_MORIMOTO}{DISC_JA}""",
    expect="pass", entities=[], detectors=[],
    note="ordinary mail with a tracking number and the standard 機密情報 disclaimer")

# 069 — 取扱注意 PDF stamp to the auditor
add(69, sender=KAJIWARA, to=[AUDIT], charset="iso-2022-jp",
    subject="退職給付債務 計算結果（2025年9月中間期）",
    body=f"""きらめき監査法人
津田様

いつもお世話になっております。日の出産業 財務部の梶原です。
中間期の退職給付債務の計算結果（数理人作成）をお送りいたします。
ご査収のほどよろしくお願いいたします。
{SIG_KAJIWARA}""",
    attachments=[{"kind": "pdf", "name": "PBO_202509.pdf", "page_header": "取扱注意",
                  "title": "退職給付債務計算結果",
                  "lines": ["退職給付債務計算結果（2025年9月30日）", "",
                            "退職給付債務（PBO）  18,442百万円", "年金資産  16,910百万円",
                            "割引率 1.4%　長期期待運用収益率 2.0%", "勤務費用（年額） 812百万円"]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="the PDF is stamped 取扱注意 in its page header and goes to the auditor")

# 070 — auditor, aggregate figures, no marking
add(70, sender=KAJIWARA, to=[AUDIT], charset="utf-8",
    subject="Re: 退職給付に関する質問事項への回答",
    body=f"""津田様

お世話になっております。梶原です。
ご質問いただいた3点について回答いたします。

1) 割引率の根拠：デュレーション13.2年に対応する優良社債利回り（1.4%）を使用しています。
2) 数理計算上の差異：発生年度の翌期から10年で定額償却しています。
3) 制度改定予定：2026年4月にDBの一部をDCへ移行予定ですが、期末時点では未決定です。

補足資料が必要でしたらお申し付けください。
{SIG_KAJIWARA}""",
    expect="pass", entities=[], detectors=[],
    note="audit Q&A with aggregate figures only")

# 071 — one record per block: five new pensioners
_p71 = people(5, born=(1959, 1960))
_b71 = "\n\n".join(f"■{i + 1}\n氏名：{p.name}（{p.kana}）\n生年月日：{wareki(p.dob)}\n住所：{p.addr}\n電話：{p.mobile}"
                   for i, p in enumerate(_p71))
add(71, sender=USAMI, to=[LIFE], charset="iso-2022-jp",
    subject="年金支給開始者（2026年1月）の登録依頼",
    body=f"""つつじ生命　平野様

お世話になっております。年金基金の宇佐美です。
2026年1月から年金の支給が始まる方5名の登録をお願いいたします。

{_b71}

裁定請求書の原本は本日発送しました。
{SIG_KIKIN}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="five people, one block each, with 和暦 birth date, address and phone")

# 072 — tab-separated, kana names, short 和暦 dates
_p72 = people(6)
_t72 = "\n".join(f"{p.kana}\t{wareki(p.dob, 'short')}\t{p.zip}\t{p.addr_nozip}" for p in _p72)
add(72, sender=MORIMOTO, to=[MIDORI], charset="utf-8",
    subject="Web初期パスワード 再発行・郵送のお願い（6名）",
    body=f"""佐久間様

お世話になっております。森本です。
加入者Webの初期パスワード通知を紛失した方が6名おります。
再発行のうえ、自宅宛に郵送をお願いできますでしょうか。

ｶﾅ氏名\t生年月日\t〒\t住所
{_t72}

いずれも本人から人事部への申出を受けております。
{SIG_MORIMOTO}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="six members in kana with S/H-era dates and home addresses, tab-separated, to the bank")

# 073 — table padded with full-width spaces
_p73 = people(5)
_h73 = f"{pad('社員番号', 10)}{pad('氏　名', 16, '　')}{pad('生年月日', 22)}掛金（変更後）"
_r73 = "\n".join(f"{pad(fw(p.empno), 14)}{pad(p.name_nospace, 16, '　')}{pad(wareki(p.dob, 'fw'), 22)}{fw(str(R.choice([11000, 13500, 16000])))}円"
                 for p in _p73)
add(73, sender=TANIGUCHI, to=[RK], charset="cp932",
    subject="大阪工場分　掛金変更届",
    body=f"""やまびこ年金レコードキーピング
岡部様

いつもお世話になっております。
日の出産業 大阪工場 総務課の谷口でございます。
昇格に伴う掛金変更が5名ございますので、お届けいたします。

{_h73}
{'─' * 36}
{_r73}

適用は11月拠出分からでございます。
{SIG_TANIGUCHI}""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="five members with full-width employee numbers and 和暦 birth dates, sent from a subdomain to the record-keeper")

# 074 — four people only
_p74 = people(4)
add(74, sender=TANIGUCHI, to=[RK], charset="iso-2022-jp",
    subject="掛金変更届（追加分）",
    body=f"""岡部様

谷口です。先日の届に漏れがありましたので、4名追加でお願いします。

{table([["氏名", "生年月日", "変更後掛金"]] + [[p.name, ymd(p.dob), "11,000円"] for p in _p74])}

お手数をおかけします。
{SIG_TANIGUCHI}""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="four people's names and birth dates: under the five-record line, may warn")

# 075 — fund line-up with codes that look like numbers
add(75, sender=KASHIWAGI, to=[MIDORI], charset="iso-2022-jp",
    subject="運用商品ラインナップ見直し候補（比較表）",
    body=f"""佐久間様

柏木です。年金委員会に諮る候補商品の比較表です。
協会コードと信託報酬に誤りがないかご確認いただけますでしょうか。

{table([["協会コード", "商品名", "分類", "信託報酬", "3年リターン"],
        ["0331118A", "HZ国内債券インデックス", "国内債券", "0.154%", "-1.8%"],
        ["0331219B", "つつじ国内債券アクティブ", "国内債券", "0.528%", "-1.2%"],
        ["0431422C", "HZ国内株式インデックス", "国内株式", "0.154%", "+14.6%"],
        ["0431527D", "MG日本株アクティブ", "国内株式", "1.650%", "+9.3%"],
        ["0531633E", "HZ外国株式インデックス", "外国株式", "0.110%", "+19.8%"],
        ["0531788F", "かもめ全世界株式", "外国株式", "0.105%", "+18.1%"],
        ["0631841G", "つつじバランス40", "バランス", "0.440%", "+5.2%"],
        ["0731902H", "MG元本確保型 定期預金5年", "元本確保", "—", "+0.2%"]])}

商品番号は貴行資料（2025年8月版）から転記しています。
{SIG_KASHIWAGI}""",
    expect="pass", entities=[], detectors=[],
    note="a list of funds with codes and fees: products, not people")

# 076 — internal all-staff announcement
add(76, sender=MORIMOTO, to=["all-staff@hinode-sangyo.co.jp"], charset="iso-2022-jp",
    subject="【全社員】企業型DC 継続投資教育（eラーニング）受講のお願い",
    body=f"""社員の皆さま

人事部 年金グループです。
企業型DCの継続投資教育として、今年度もeラーニングを実施します。

　受講期間：11月4日〜12月19日
　所要時間：約30分（動画3本＋確認テスト）
　受講方法：社内ポータル →「福利厚生」→「DC eラーニング」

受講状況は部門ごとに集計し、12月の年金委員会に報告します。
問い合わせ：人事部 年金G（内線 7740〜7743）
{SIG_MORIMOTO}""",
    expect="pass", entities=[], detectors=[],
    note="internal all-staff announcement")

# 077 — arrest / disciplinary dismissal, forfeiture of employer contributions
_p77 = P(sex="男", born=(1975, 1985))
add(77, sender=KASHIWAGI, to=[RK], charset="utf-8",
    subject="懲戒解雇者に係る事業主返還の手続きについて",
    body=f"""岡部様

お世話になっております。日の出産業の柏木です。
大変申し上げにくいご相談ですが、営業二部の{_p77.name}（社員番号{_p77.empno}、勤続4年）が
取引先からの集金の着服により業務上横領の容疑で逮捕され、10月20日付で懲戒解雇となりました。

当社DC規約では勤続3年以上のため事業主返還の対象外と理解しておりますが、
退職金規程上の不支給との関係で、DC側で何らかの手続きが必要かご教示ください。
資格喪失届は今週中に提出いたします。
{SIG_KASHIWAGI}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's arrest (criminal record) goes to the record-keeper")

# 078 — generic forfeiture question
add(78, sender=KASHIWAGI, to=[RK], charset="iso-2022-jp",
    subject="事業主返還の計算方法について",
    body=f"""岡部様

お世話になっております。柏木です。
規約改定の検討にあたり、事業主返還の計算方法を確認させてください。

　・勤続3年未満の資格喪失者について、返還額は「事業主掛金累計額」と
　　「個人別管理資産額」のいずれか少ない額、という理解でよいか
　・返還金の当社口座への入金タイミング（喪失月の翌々月末？）

昨年度の返還実績（件数・総額）も合わせてご提供いただけますと助かります。
{SIG_KASHIWAGI}""",
    expect="pass", entities=[], detectors=[],
    note="a rules question without any person")

# 079 — dialysis: a pensioner's health stated to the trustee
_p79 = P(sex="男", born=(1952, 1957))
add(79, sender=USAMI, to=[LIFE], charset="cp932",
    subject="年金の一時金選択（繰上げ）についてのご相談",
    body=f"""平野様

お世話になっております。年金基金の宇佐美です。
受給者の{_p79.name}様（受給者番号 J{R.randint(10000, 99999)}）から、残りの保証期間分を
一時金で受け取りたいとのご相談がありました。

ご本人によると、昨年から週3回の人工透析を受けており、
治療費の負担が大きくなっているとのことです。
規約第38条の「災害、重篤な疾病その他特別な事情」に該当するか、
貴社のご見解をいただけますでしょうか。
{SIG_KIKIN}""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named pensioner's dialysis treatment (medical) goes to the DB trustee")

# 080 — internal discussion of the same kind of case
_p80 = P(sex="女", born=(1965, 1970))
add(80, sender=USAMI, to=[KASHIWAGI], cc=["kikin-jimu@hinode-sangyo.co.jp"], charset="utf-8",
    subject="早期退職優遇の申出（健康上の理由）",
    body=f"""柏木課長

お疲れさまです。宇佐美です。
経理部の{_p80.name}さんから、乳がんの治療継続のため早期退職優遇制度を使いたいと
申出がありました。診断書の提出も可能とのことです。

DBは55歳到達前のため一時金のみ、DCは60歳まで運用継続となります。
面談は来週火曜に設定しています。ご同席いただけますでしょうか。
{SIG_USAMI}""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="a named employee's cancer diagnosis, but only between internal colleagues")
# ======================================================================== 081–100

# 081 — forward of the record-keeper's list to the actuary
_p81 = people(20, born=(1962, 1966))
_l81 = "\n".join(f"{p.empno},{p.name},{ymd(p.dob)},{R.randrange(4000000, 25000000, 1):,}" for p in _p81)
add(81, sender=KASHIWAGI, to=[ACTU2], charset="utf-8",
    subject="FW: 60歳到達予定者の残高一覧",
    body=f"""中原様

柏木です。RKから届いた一覧を転送します。
DB→DC移行時の試算で、60歳到達予定者の残高を参照いただければと思います。
{SIG_KASHIWAGI}
-------- 転送メッセージ --------
差出人: dc-jimu@yamabiko-rk.co.jp
送信日時: 2025年10月6日 11:20
宛先: kashiwagi.shingo@hinode-sangyo.co.jp
件名: 60歳到達予定者の残高一覧

日の出産業株式会社 柏木様
2026年度中に60歳に到達する加入者の残高一覧です（CSV形式で本文に貼付）。

社員番号,氏名,生年月日,個人別管理資産額
{_l81}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a forwarded list of 20 members with birth dates and balances: forwarded text counts")

# 082 — English reply, census quoted with "On … wrote:"
_p82 = people(6)
_q82 = "\n".join(f"> {p.empno}  {p.dob.isoformat()}  {'M' if p.sex == '男' else 'F'}" for p in _p82)
add(82, sender=MORIMOTO_EN, to=[NB], charset="utf-8",
    subject="Re: Census data check – 6 records with missing hire dates",
    body=f"""Hi Emily,

Thanks for flagging these. The hire dates were left blank because these six were
transferred from our logistics subsidiary; I will ask our HRIS team to send the original
hire dates by Friday.
{SIG_EN}
On Thu, Oct 2, 2025 at 9:14 AM Emily Carter <emily.carter@northbridge-benefits.com> wrote:
> Hi Ayaka,
> In the census you sent, the following records have no hire date:
{_q82}
> Could you check?
""",
    expect="pass", entities=[], detectors=[],
    note="the records are only in the quoted text of the consultant's own mail")

# 083 — CSV UTF-8: DC pensioners' address and phone updates
_p83 = people(10, born=(1955, 1962))
add(83, sender=MORIMOTO, to=[RK2], charset="utf-8",
    subject="DC年金受給者 住所・電話番号の更新（10名）",
    body=f"""今泉様

お世話になっております。森本です。
DCの年金受給中の元社員10名について、社友会名簿の更新で判明した新住所・電話番号を
CSV（UTF-8）でお送りします。受給者記録の更新をお願いいたします。
{SIG_MORIMOTO}""",
    attachments=[{"kind": "csv", "name": "jukyusha_koushin.csv", "encoding": "utf-8",
                  "rows": [["氏名", "カナ", "郵便番号", "住所", "電話番号"]] +
                  [[p.name, p.kana, p.zip, p.addr_nozip, p.mobile] for p in _p83]}],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="ten retirees' addresses and phone numbers in a UTF-8 CSV")

# 084 — aggregated balances by fund
add(84, sender=KAJIWARA, to=[TRUST], charset="utf-8",
    subject="商品別残高の突合（9月末）",
    body=f"""吉永様

梶原です。9月末の商品別残高を当社側で集計したものです。
貴行の資産管理報告との差異がないか、突合をお願いします。
{SIG_KAJIWARA}""",
    attachments=[{"kind": "csv", "name": "shohin_zandaka_202509.csv", "encoding": "cp932",
                  "rows": [["商品コード", "商品名", "加入者数", "残高（円）"],
                           ["DC01A0031", "MG定期預金（5年）", "612", "1,204,331,508"],
                           ["DC02B1187", "HZ国内債券インデックス", "288", "402,118,930"],
                           ["DC03C2204", "HZ国内株式インデックス", "731", "1,883,020,114"],
                           ["DC05E4420", "HZ外国株式インデックス", "1,102", "3,610,447,902"],
                           ["DC06F5102", "つつじバランス40", "845", "2,005,671,220"],
                           ["合計", "", "—", "9,105,589,674"]]}],
    expect="pass", entities=[], detectors=[],
    note="balances by fund: aggregated, no people")

# 085 — DOCX table of seven retirement allowance transfers
_p85 = people(7, born=(1960, 1965))
add(85, sender=KAJIWARA, to=["hojin-eigyo@midori-ginko.co.jp"], charset="iso-2022-jp",
    subject="退職金 振込依頼書の送付（10月31日振込分）",
    body=f"""みどり銀行 京橋支店 法人営業課 御中

いつもお世話になっております。日の出産業 財務部の梶原です。
10月31日振込の退職金振込依頼書をお送りします。7件、合計金額は依頼書記載のとおりです。
原本は本日、支店窓口へ持参いたします。
{SIG_KAJIWARA}""",
    attachments=[{"kind": "docx", "name": "退職金振込依頼書_1031.docx",
                  "paragraphs": ["退職金 振込依頼書", "依頼人：日の出産業株式会社　振込指定日：2025年10月31日"],
                  "tables": [[["No", "受取人", "銀行", "支店", "種別", "口座番号", "金額"]] +
                             [[str(i + 1), p.kana, p.bank, p.branch, p.kind, p.account,
                               f"{R.randrange(8000000, 26000000, 1000):,}"] for i, p in enumerate(_p85)]]}],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="seven retirees' accounts and amounts in a DOCX table to the bank")

# 086 — application draft with the company's 法人番号
_cn86 = corporate_number("010401" + f"{R.randint(100000, 999999)}")
add(86, sender=KASHIWAGI, to=[SR], charset="utf-8",
    subject="規約変更承認申請書（案）のご確認",
    body=f"""藤本先生

お世話になっております。柏木です。
DC規約変更の承認申請書（案）を作成しました。様式の記載に誤りがないかご確認ください。
{SIG_KASHIWAGI}""",
    attachments=[{"kind": "docx", "name": "規約変更承認申請書_案.docx",
                  "paragraphs": ["確定拠出年金規約変更承認申請書",
                                 f"事業主の名称：日の出産業株式会社　法人番号：{_cn86}",
                                 "事業所の所在地：東京都中央区京橋2-8-15",
                                 "代表者：代表取締役社長 日野 昭彦",
                                 "変更の内容：運用の方法の除外（MG日本株アクティブ）",
                                 "変更予定日：2026年1月15日"]}],
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="an application form with the company's own 法人番号 and address: no personal data")

# 087 — three external organisations for a co-hosted seminar
add(87, sender=MORIMOTO, charset="utf-8",
    to=["onodera@lifeplan-kyoiku.or.jp", "yajima.kei@sakura-hotel.jp"],
    cc=["nagai.ryo@kamome-sec.co.jp"],
    subject="11/20 年金セミナー 当日の進行について",
    body=f"""小野寺様、矢島様、永井様

お世話になっております。日の出産業の森本です。
11月20日のセミナー当日の進行を共有いたします。

　12:30　会場設営（ホテル様）、受付準備（当社）
　13:30　開会・当社制度説明（森本）
　13:45　第1部 資産形成の基礎（ライフプラン教育協会 講師）
　14:45　第2部 退職後の受取方法とiDeCo（かもめ証券 永井様）
　15:45　質疑・アンケート記入
　16:00　終了

変更があればお知らせください。
{SIG_MORIMOTO}""",
    expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (association, hotel, securities firm) in To/Cc")

# 088 — two external organisations
add(88, sender=MORIMOTO, charset="iso-2022-jp",
    to=["yajima.kei@sakura-hotel.jp"], cc=["onodera@lifeplan-kyoiku.or.jp"],
    subject="会場レイアウトと機材のご確認",
    body=f"""矢島様
（cc：ライフプラン教育協会 小野寺様）

お世話になっております。森本です。
当日の会場はスクール形式で120席、演台とプロジェクター2台をお願いします。
講師用のピンマイクと、質疑用のハンドマイク2本も合わせてご用意ください。
{SIG_MORIMOTO}""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal arrangement mail")

# 089 — per-person survey answers with age and department
_p89 = people(7)
_s89 = "\n".join(f"{i + 1}. {p.name}（{R.choice(['営業一部', '経理部', '大阪工場', '総務部'])}・{2025 - p.dob.year}歳）"
                 f"：{R.choice(['商品の違いがよく分かった', 'iDeCoとの違いをもっと聞きたい', '時間が短い', '受取方法の説明が役立った', '専門用語が多く難しかった'])}"
                 for i, p in enumerate(_p89))
add(89, sender=MORIMOTO, to=[SEMINAR], charset="cp932",
    subject="アンケート回答（個票）の送付",
    body=f"""小野寺様

お世話になっております。森本です。
先日のセミナーのアンケート回答のうち、講師へのフィードバック用に記名回答を抜き出しました。

{_s89}

次回の内容検討にお役立てください。
{SIG_MORIMOTO}""",
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="seven named employees with department, age and their answers: a list of people to an outside body")

# 090 — aggregated survey
add(90, sender=MORIMOTO, to=[SEMINAR], charset="iso-2022-jp",
    subject="アンケート集計結果",
    body=f"""小野寺様

森本です。アンケートの集計結果です（回答104名／参加118名）。

{table([["設問", "とても良い", "良い", "普通", "不満"],
        ["内容の分かりやすさ", "38", "47", "15", "4"],
        ["講師の説明", "44", "41", "16", "3"],
        ["時間の長さ", "12", "40", "35", "17"]])}

自由記述では「受取方法」「iDeCoとの併用」への関心が高く見られました。
{SIG_MORIMOTO}""",
    expect="pass", entities=[], detectors=[],
    note="aggregated survey results")

# 091 — EITHER: name badges, names and departments only
_p91 = people(7)
add(91, sender=MORIMOTO, to=[HOTEL], charset="utf-8",
    subject="名札作成のお願い（11/20 セミナー運営スタッフ）",
    body=f"""矢島様

森本です。当日の運営スタッフ7名の名札作成をお願いします。
（所属／氏名の2段組でお願いします）

""" + "\n".join(f"{R.choice(['人事部', '総務部', '財務部'])}　{p.name}" for p in _p91) + f"""

当日11時に受付でお受け取りします。
{SIG_MORIMOTO}""",
    expect="either", entities=["PERSON_NAME"], detectors=[],
    note="seven staff names with department only, for name badges: an employee list with almost no attributes")

# 092 — CONFIDENTIAL footer on a PPTX, English
add(92, sender=MORIMOTO_EN, to=[NB], charset="utf-8",
    subject="Deck for the regional benefits steering committee",
    body=f"""Hi Emily,

Attached is the Japan section for next week's steering committee deck. Please merge it
into the master file; the numbers are final.
{SIG_EN}""",
    attachments=[{"kind": "pptx", "name": "Japan_retirement_update.pptx",
                  "page_footer": "CONFIDENTIAL – Internal Only", "title": "Japan retirement update",
                  "slides": [["Japan retirement update", "DB funding ratio 112% (non-continuation basis 94%)",
                              "Planned partial DB-to-DC shift in April 2026"],
                             ["Cost impact", "Employer cost +JPY 320m p.a. for 7 years",
                              "Union consultation from November 2025"]]}],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="every slide carries a 'CONFIDENTIAL – Internal Only' footer and goes to an outside consultant")

# 093 — EITHER: other companies' pension officers, business contacts
_o93 = [("北国フーズ", "kitaguni-foods.co.jp"), ("川崎電機", "kawasaki-denki.co.jp"),
        ("青葉運輸", "aoba-unyu.co.jp"), ("丸正化成", "marusho-kasei.co.jp"),
        ("東邦ゴム工業", "toho-gomu.co.jp"), ("若狭精機", "wakasa-seiki.co.jp")]
_p93 = people(6)
_r93 = [["会社名", "部署", "氏名", "直通電話", "メール"]]
for (co, dom), p in zip(_o93, _p93):
    _r93.append([co, "人事部 年金担当", p.name, f"03-{R.randint(3000, 6999)}-{R.randint(1000, 9999)}",
                 f"{p.romaji.split()[1].lower()}@{dom}"])
add(93, sender=KASHIWAGI, to=["jimukyoku@kanto-nenkin-jitsumu.or.jp"], charset="iso-2022-jp",
    subject="幹事会 出席者名簿（10/29）",
    body=f"""関東企業年金実務者協議会 事務局御中

日の出産業の柏木です。10月29日の幹事会の出席者名簿を取りまとめました。
当日の受付でご利用ください。

{table(_r93)}

当社からは柏木が出席いたします。
{SIG_KASHIWAGI}""",
    expect="either", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="six other companies' pension officers with direct lines and work e-mails: business contacts, yet a list of people")

# 094 — internal My Number list, but an outsider in Cc
_p94 = people(5, born=(1959, 1961))
_m94 = "\n".join(f"{p.name}\t{my_number(SEED + 40 + i)}\t{ymd(p.dob)}" for i, p in enumerate(_p94))
add(94, sender=USAMI, to=["kyuyo-team@hinode-sangyo.co.jp"], cc=["okabe.kenji@yamabiko-rk.co.jp"],
    charset="utf-8",
    subject="Re: 一時金受給者の個人番号",
    body=f"""給与チーム各位（cc: RK 岡部様）

宇佐美です。一時金を選択した5名の個人番号です。
RKへの提出用と、当社の退職所得の源泉徴収票作成用に共有します。

氏名\t個人番号\t生年月日
{_m94}
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="five My Numbers; mostly internal, but the record-keeper in Cc is external")

# 095 — one employee's password reset, 12-digit member number (not a My Number)
_p95 = P(sex="女", born=(1985, 1995))
add(95, sender=MORIMOTO, to=[RK2], charset="iso-2022-jp",
    subject="加入者Webのパスワードリセット依頼",
    body=f"""今泉様

お世話になっております。森本です。
加入者Webのパスワードロック解除をお願いします。

　加入者番号：{not_my_number('2024' + str(R.randint(1000000, 9999999)))}
　氏名：{_p95.name}
　連絡用メール：{_p95.email}

本人は社内メールでの通知を希望しています。
{SIG_MORIMOTO}""",
    expect="pass", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="one member's name, work e-mail and record-keeper member number: one person, may warn")

# 096 — corporate card number for the seminar fee
_cc96 = card_number(SEED + 7)
add(96, sender=MORIMOTO, to=[SEMINAR], charset="iso-2022-jp",
    subject="受講料のお支払い（法人カード）",
    body=f"""小野寺様

お世話になっております。森本です。
オンデマンド配信の追加ライセンス料（55,000円）は法人カードでお支払いします。

　カード番号：{_cc96[:4]}-{_cc96[4:8]}-{_cc96[8:12]}-{_cc96[12:]}
　有効期限：09/28
　名義：HINODE SANGYO CO LTD / AYAKA MORIMOTO

決済完了のご連絡をお待ちしております。
{SIG_MORIMOTO}""",
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a credit card number in the body to an outside association")

# 097 — the actuary's invoice with its T-number
_cn97 = corporate_number("011001" + f"{R.randint(100000, 999999)}")
add(97, sender=KAJIWARA, to=[ACTU], charset="utf-8",
    subject="Re: ご請求書送付の件（年金数理業務 2025年度上期）",
    body=f"""三輪様

お世話になっております。日の出産業 財務部の梶原です。
ご請求書（請求書番号 AKC-2025-0912）を受領いたしました。
登録番号 T{_cn97} を確認のうえ、10月末日に下記口座へお振込みいたします。

　みどり銀行 神田支店 普通 4410273　カ）アカツキアクチュアリアルコンサルティング

金額：1,980,000円（税込）
{SIG_KAJIWARA}""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="an invoice acknowledgement: the firm's T-number and company bank account, no personal data")

# 098 — XLSX, two sheets, title row: 22 leavers
_p98 = people(22)
add(98, sender=MORIMOTO, to=[RK], cc=[RK_DESK], charset="iso-2022-jp",
    subject="資格喪失届（10月分・22名）",
    body=f"""岡部様

お世話になっております。森本です。
10月分の資格喪失届をお送りします。組織再編に伴う転籍者が多く、今月は22名です。
転籍先（日の出ロジスティクス）への移換予定者は2枚目のシートに分けております。
{SIG_MORIMOTO}""",
    attachments=[{"kind": "xlsx", "name": "資格喪失届_202510.xlsx", "title": "資格喪失届",
                  "sheets": {
                      "喪失者": [["企業型DC 加入者資格喪失届（2025年10月）", "", "", "", "日の出産業株式会社"],
                              ["社員番号", "氏名", "生年月日", "喪失日", "喪失事由"]] +
                      [[p.empno, p.name, ymd(p.dob), "2025/10/01", R.choice(["退職", "転籍", "退職"])]
                       for p in _p98[:15]],
                      "転籍者": [["社員番号", "氏名", "生年月日", "転籍日", "移換先"]] +
                      [[p.empno, p.name, ymd(p.dob), "2025/10/01", "日の出ロジスティクスDC"] for p in _p98[15:]]}}],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="22 members' names and birth dates in a two-sheet XLSX with a title row")

# 099 — half-width kana names and member numbers, no other fields
_p99 = people(6)
_hw = str.maketrans("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンー ",
                    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｰ ")


def _hankaku(s: str) -> str:
    out = []
    for c in s:
        d = unicodedata.normalize("NFD", c)
        if len(d) == 2 and d[1] == "\u3099":
            out.append(d[0].translate(_hw) + "ﾞ")
        elif len(d) == 2 and d[1] == "\u309a":
            out.append(d[0].translate(_hw) + "ﾟ")
        else:
            out.append({"ャ": "ｬ", "ュ": "ｭ", "ョ": "ｮ", "ッ": "ｯ", "ァ": "ｧ", "ィ": "ｨ", "ェ": "ｪ", "ォ": "ｫ"}
                       .get(c, c.translate(_hw)))
    return "".join(out)


_r99 = "\n".join(f"{pad(_hankaku(p.kana), 24)}{R.randint(10000000, 99999999)}   {R.choice([3000, 5000, 8000])}"
                 for p in _p99)
add(99, sender=USAMI, to=[RK_DESK], charset="cp932",
    subject="マッチング拠出 申込者（11月拠出開始分）",
    body=f"""事務センター ご担当者様

日の出産業の宇佐美です。11月拠出開始のマッチング拠出申込者6名です。
給与システムからの出力のため、氏名は半角カナです。

ｼﾒｲ                    ｶﾆｭｳｼｬﾊﾞﾝｺﾞｳ  ｶｹｷﾝ
{_r99}
{SIG_USAMI}""",
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="six people in half-width kana with member numbers and contribution amounts: a list of people")

# 100 — the pension number in the subject line
_p100 = P(sex="男", born=(1979, 1986))
add(100, sender=KASHIWAGI, to=[RK], charset="iso-2022-jp",
    subject=f"基礎年金番号 {_p100.pension} の重複登録について",
    body=f"""岡部様

お世話になっております。柏木です。
件名の基礎年金番号で加入者記録が2件作成されていることに、当社の月次突合で気付きました。
原因は当社からの資格取得データの二重送信です。申し訳ございません。
社員番号の若い方（{_p100.empno}）を正として、もう一方の記録の削除をお願いいたします。
{SIG_KASHIWAGI}""",
    expect="stop", entities=["JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    note="a 基礎年金番号 written in the subject line of a new mail to the record-keeper")
