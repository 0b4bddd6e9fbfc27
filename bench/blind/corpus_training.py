"""Blind corpus, area ``training``: the mail of 日の出産業's in-house and outside training.

Written from BRIEF.md alone (with build.py's renderer and its my_number()/card_number()
helpers), without reading mailguard's code, its tests or the other corpus files.  It covers
what 人材開発課, 安全衛生課, factory 総務 and the overseas division send about training:
rosters to 研修会社 and e-learning vendors (LMS account imports), 資格試験・技能講習
group applications, 修了証 printing and reissue, 語学研修 at home and abroad (travel agency,
passports, TOEIC placement), 安全衛生教育 (特別教育・職長教育・救命講習), correspondence and
fee/支払調書 paperwork with outside lecturers, 合宿研修 lodging, meals and buses, subsidy
paperwork with a 社労士, and the quotes, invoices, schedules, NDAs, surveys and statistics
around them, both the ones that must stop and the risky-looking ones that must go.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

from build import card_number, my_number

MESSAGES: list[dict] = []


def add(n: int, expect: str, sender: str, to: list[str], subject: str, *,
        cc: list[str] | None = None, bcc: list[str] | None = None, charset: str = "utf-8",
        body: str | None = None, html: str | None = None,
        attachments: list[dict] | None = None, entities: tuple | list = (),
        detectors: tuple | list = (), note: str = "") -> None:
    m: dict = {"id": f"training-{n:03d}", "expect": expect, "sender": sender, "to": to,
               "subject": subject, "charset": charset}
    if cc:
        m["cc"] = cc
    if bcc:
        m["bcc"] = bcc
    if body is not None:
        m["body"] = body
    if html is not None:
        m["html"] = html
    if attachments:
        m["attachments"] = attachments
    m["entities"] = list(entities)
    m["detectors"] = list(detectors)
    m["note"] = note
    MESSAGES.append(m)


# -- invented people ----------------------------------------------------------------------

_SEI = [
    ("佐々木", "ササキ", "Sasaki"), ("小野寺", "オノデラ", "Onodera"), ("日下部", "クサカベ", "Kusakabe"),
    ("百目鬼", "ドウメキ", "Domeki"), ("比嘉", "ヒガ", "Higa"), ("宇佐美", "ウサミ", "Usami"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("大和田", "オオワダ", "Owada"), ("菅原", "スガワラ", "Sugawara"),
    ("工藤", "クドウ", "Kudo"), ("今泉", "イマイズミ", "Imaizumi"), ("松永", "マツナガ", "Matsunaga"),
    ("野々村", "ノノムラ", "Nonomura"), ("福留", "フクドメ", "Fukudome"), ("有馬", "アリマ", "Arima"),
    ("水野", "ミズノ", "Mizuno"), ("新垣", "アラカキ", "Arakaki"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("相馬", "ソウマ", "Soma"), ("久保田", "クボタ", "Kubota"), ("田部井", "タベイ", "Tabei"),
    ("寒河江", "サガエ", "Sagae"), ("坂東", "バンドウ", "Bando"), ("吉永", "ヨシナガ", "Yoshinaga"),
    ("荻野", "オギノ", "Ogino"), ("辻本", "ツジモト", "Tsujimoto"), ("半田", "ハンダ", "Handa"),
    ("鬼塚", "オニツカ", "Onitsuka"), ("桐生", "キリュウ", "Kiryu"), ("三浦", "ミウラ", "Miura"),
    ("関口", "セキグチ", "Sekiguchi"), ("早乙女", "サオトメ", "Saotome"), ("浜崎", "ハマサキ", "Hamasaki"),
    ("葛西", "カサイ", "Kasai"), ("市来", "イチキ", "Ichiki"), ("岩渕", "イワブチ", "Iwabuchi"),
    ("舟橋", "フナハシ", "Funahashi"), ("栗林", "クリバヤシ", "Kuribayashi"), ("月岡", "ツキオカ", "Tsukioka"),
    ("上田", "ウエダ", "Ueda"), ("長谷部", "ハセベ", "Hasebe"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("熊谷", "クマガイ", "Kumagai"), ("安齋", "アンザイ", "Anzai"), ("籾山", "モミヤマ", "Momiyama"),
    ("四方田", "ヨモダ", "Yomoda"), ("鷲尾", "ワシオ", "Washio"), ("丹羽", "ニワ", "Niwa"),
    ("江藤", "エトウ", "Eto"), ("柴崎", "シバサキ", "Shibasaki"), ("猪俣", "イノマタ", "Inomata"),
    ("南雲", "ナグモ", "Nagumo"), ("小暮", "コグレ", "Kogure"), ("秦", "ハタ", "Hata"),
    ("神林", "カンバヤシ", "Kanbayashi"), ("真壁", "マカベ", "Makabe"), ("能登", "ノト", "Noto"),
    ("堀之内", "ホリノウチ", "Horinouchi"), ("若狭", "ワカサ", "Wakasa"), ("磯貝", "イソガイ", "Isogai"),
    ("藤巻", "フジマキ", "Fujimaki"), ("大城", "オオシロ", "Oshiro"), ("宍戸", "シシド", "Shishido"),
    ("樋渡", "ヒワタシ", "Hiwatashi"), ("茂木", "モテギ", "Motegi"), ("井筒", "イヅツ", "Izutsu"),
    ("轟", "トドロキ", "Todoroki"), ("根岸", "ネギシ", "Negishi"), ("梶原", "カジワラ", "Kajiwara"),
    ("平良", "タイラ", "Taira"),
]

_MEI = [
    ("大輔", "ダイスケ", "Daisuke"), ("美咲", "ミサキ", "Misaki"), ("翔太", "ショウタ", "Shota"),
    ("由紀", "ユキ", "Yuki"), ("拓海", "タクミ", "Takumi"), ("亮", "リョウ", "Ryo"),
    ("千夏", "チナツ", "Chinatsu"), ("健吾", "ケンゴ", "Kengo"), ("彩花", "アヤカ", "Ayaka"),
    ("陽菜", "ヒナ", "Hina"), ("蓮", "レン", "Ren"), ("悠真", "ユウマ", "Yuma"),
    ("真由美", "マユミ", "Mayumi"), ("智也", "トモヤ", "Tomoya"), ("沙織", "サオリ", "Saori"),
    ("和也", "カズヤ", "Kazuya"), ("恵", "メグミ", "Megumi"), ("隆之", "タカユキ", "Takayuki"),
    ("菜々子", "ナナコ", "Nanako"), ("圭介", "ケイスケ", "Keisuke"), ("瑞穂", "ミズホ", "Mizuho"),
    ("修", "オサム", "Osamu"), ("葵", "アオイ", "Aoi"), ("航", "ワタル", "Wataru"),
    ("香織", "カオリ", "Kaori"), ("直樹", "ナオキ", "Naoki"), ("麻衣", "マイ", "Mai"),
    ("康介", "コウスケ", "Kosuke"), ("友美", "トモミ", "Tomomi"), ("雄一郎", "ユウイチロウ", "Yuichiro"),
    ("里奈", "リナ", "Rina"), ("剛史", "タケシ", "Takeshi"), ("綾乃", "アヤノ", "Ayano"),
    ("大地", "ダイチ", "Daichi"), ("結衣", "ユイ", "Yui"), ("哲平", "テッペイ", "Teppei"),
    ("紗希", "サキ", "Saki"), ("優斗", "ユウト", "Yuto"), ("詩織", "シオリ", "Shiori"),
    ("貴洋", "タカヒロ", "Takahiro"), ("萌", "モエ", "Moe"), ("俊介", "シュンスケ", "Shunsuke"),
    ("千尋", "チヒロ", "Chihiro"), ("光太郎", "コウタロウ", "Kotaro"), ("颯", "ハヤテ", "Hayate"),
    ("遥", "ハルカ", "Haruka"), ("昌平", "ショウヘイ", "Shohei"), ("朋子", "トモコ", "Tomoko"),
    ("慎吾", "シンゴ", "Shingo"), ("奈緒", "ナオ", "Nao"),
]
_FEMALE = {"美咲", "由紀", "千夏", "彩花", "陽菜", "真由美", "沙織", "恵", "菜々子", "瑞穂", "葵",
           "香織", "麻衣", "友美", "里奈", "綾乃", "結衣", "紗希", "詩織", "萌", "千尋", "遥", "朋子",
           "奈緒"}

_ADDR = [
    ("060-0807", "北海道", "札幌市北区北七条西"), ("980-0811", "宮城県", "仙台市青葉区一番町"),
    ("330-0063", "埼玉県", "さいたま市浦和区高砂"), ("273-0005", "千葉県", "船橋市本町"),
    ("223-0061", "神奈川県", "横浜市港北区日吉"), ("194-0013", "東京都", "町田市原町田"),
    ("181-0013", "東京都", "三鷹市下連雀"), ("421-0122", "静岡県", "静岡市駿河区用宗"),
    ("466-0815", "愛知県", "名古屋市昭和区山手通"), ("520-0044", "滋賀県", "大津市京町"),
    ("525-0032", "滋賀県", "草津市大路"), ("603-8148", "京都府", "京都市北区小山下総町"),
    ("564-0063", "大阪府", "吹田市江坂町"), ("662-0833", "兵庫県", "西宮市北昭和町"),
    ("700-0822", "岡山県", "岡山市北区表町"), ("812-0011", "福岡県", "福岡市博多区博多駅前"),
    ("900-0015", "沖縄県", "那覇市久茂地"), ("370-0849", "群馬県", "高崎市八島町"),
    ("950-0911", "新潟県", "新潟市中央区笹口"), ("310-0015", "茨城県", "水戸市宮町"),
    ("134-0088", "東京都", "江戸川区西葛西"), ("252-0303", "神奈川県", "相模原市南区相模大野"),
    ("524-0037", "滋賀県", "守山市梅田町"), ("170-0005", "東京都", "豊島区南大塚"),
    ("522-0074", "滋賀県", "彦根市大東町"), ("520-3031", "滋賀県", "栗東市綣"),
    ("604-8005", "京都府", "京都市中京区恵比須町"), ("569-0071", "大阪府", "高槻市城北町"),
]

_DEPT = ["営業一部", "営業二部", "生産技術部", "品質保証部", "経理部", "総務部", "情報システム部",
         "物流管理部", "滋賀工場 製造課", "滋賀工場 設備保全課", "研究開発センター", "購買部",
         "海外事業部", "法務部", "経営企画部", "九州支店 営業課"]

_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp", "ezweb.ne.jp",
         "softbank.ne.jp", "gmail.com"]


def people(seed: str, n: int, *, born: tuple[int, int] = (1966, 2000), region: tuple = (),
           depts: list[str] | None = None) -> list[dict]:
    """n invented people, deterministic for a seed; surnames are unique within the list."""
    rng = random.Random(f"training-people-{seed}")
    addrs = [a for a in _ADDR if a[1] in region] if region else _ADDR
    out = []
    first = date(born[0], 1, 1)
    span = (date(born[1], 12, 31) - first).days
    for sei, sei_k, sei_r in rng.sample(_SEI, n):
        mei, mei_k, mei_r = rng.choice(_MEI)
        dob = first + timedelta(days=rng.randrange(span))
        zipc, pref, town = rng.choice(addrs)
        banchi = f"{rng.randint(1, 6)}-{rng.randint(1, 28)}-{rng.randint(1, 22)}"
        if rng.random() < 0.35:
            banchi += f" {rng.choice(['コーポ', 'ハイツ', 'メゾン', 'グランシャトー'])}{rng.choice(['桜', '緑ヶ丘', '南', 'エスト'])}{rng.randint(1, 5)}0{rng.randint(1, 8)}"
        mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        local = rng.choice([f"{mei_r.lower()}.{sei_r.lower()}", f"{sei_r.lower()}{mei_r[0].lower()}",
                            f"{mei_r.lower()}{rng.randint(1, 99):02d}", f"{sei_r.lower()}_{rng.randint(100, 999)}"])
        out.append({
            "sei": sei, "mei": mei, "name": f"{sei} {mei}", "name_z": f"{sei}　{mei}",
            "kana": f"{sei_k} {mei_k}", "romaji": f"{mei_r} {sei_r.upper()}",
            "first": mei_r, "last": sei_r, "sex": "女" if mei in _FEMALE else "男",
            "dob": dob, "zip": zipc, "pref": pref, "addr": f"{pref}{town}{banchi}",
            "mobile": mobile, "emp": f"{rng.choice(['1', '2', '3'])}{rng.randint(1000, 9999)}",
            "dept": rng.choice(depts or _DEPT),
            "email": f"{sei_r.lower()}.{mei_r.lower()}@hinode-sangyo.co.jp",
            "pmail": f"{local}@{rng.choice(_FREE)}",
        })
    return out


def wareki(d: date, style: str = "kanji") -> str:
    if d >= date(1989, 1, 8):
        era, k, y = "平成", "H", d.year - 1988
    else:
        era, k, y = "昭和", "S", d.year - 1925
    if style == "kanji":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "short":
        return f"{k}{y}.{d.month}.{d.day}"
    if style == "zen":
        return zen(f"{k}{y}.{d.month}.{d.day}")
    if style == "kanjizen":
        return f"{era}{zen(str(y))}年{zen(str(d.month))}月{zen(str(d.day))}日"
    raise ValueError(style)


def zen(s: str, jis: bool = False) -> str:
    """ASCII digits and separators to full width (jis=True: a dash ISO-2022-JP can carry)."""
    table = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789.()/:ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    table[ord("-")] = "−" if jis else "－"
    table[ord(" ")] = "　"
    return s.translate(table)


def dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "FWA" else 1 for c in s)


def pad(s: str, width: int, full: bool = False) -> str:
    gap = width - dw(s)
    if full:
        return s + "　" * (gap // 2) + " " * (gap % 2)
    return s + " " * gap


def grid(rows: list[list[str]], *, sep: str = "  ", rule: str | None = "-", full: bool = False,
         indent: str = "") -> str:
    """Rows as a plain-text table padded with spaces, a rule under the header."""
    ncol = max(len(r) for r in rows)
    widths = [max(dw(r[i]) for r in rows if i < len(r)) for i in range(ncol)]
    if full:
        widths = [w + (w % 2) for w in widths]
    lines = []
    for i, r in enumerate(rows):
        lines.append(indent + sep.join(pad(c, widths[j], full) for j, c in enumerate(r)).rstrip())
        if i == 0 and rule:
            if full:
                lines.append(indent + rule * ((sum(widths) + dw(sep) * (ncol - 1)) // 2))
            else:
                lines.append(indent + sep.join(rule * w for w in widths))
    return "\n".join(lines)


def ymd(d: date, sep: str = "/") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def corp_number(body12: str) -> str:
    """法人番号: the check digit (first) for a 12-digit body."""
    digits = [int(c) for c in body12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + body12


def card_brand(num: str) -> str:
    if num.startswith("4"):
        return "VISA"
    if num.startswith("35"):
        return "JCB"
    return "Mastercard"


def grp(n: str) -> str:
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


# -- the staff who send ---------------------------------------------------------------------

MORISHITA = "森下 千尋 <morishita.c@hinode-sangyo.co.jp>"
ONUKI = "大貫 悠斗 <y-onuki@hinode-sangyo.co.jp>"
NAKAZONO = "中園 あかね <nakazono@hinode-sangyo.co.jp>"
ISURUGI = "石動 剛 <isurugi.tsuyoshi@hinode-sangyo.co.jp>"
OKONOGI = "小此木 誠 <okonogi-m@hinode-sangyo.co.jp>"
MAEDA = "真栄田 康平 <maeda.kohei@hinode-sangyo.co.jp>"
FUJIGAYA = "藤ヶ谷 理沙 <fujigaya.risa@hinode-sangyo.co.jp>"
IGARASHI = "五十嵐 蓮 <igarashi.ren@hinode-sangyo.co.jp>"
SHOJI = "東海林 美穂 <shoji.miho@hinode-sangyo.co.jp>"
WHITFIELD = "Daniel Whitfield <d.whitfield@hinode-sangyo.co.jp>"

SIG_MORISHITA = """
────────────────────────
日の出産業株式会社 人事部 人材開発課
森下 千尋（もりした ちひろ）
〒105-0014 東京都港区芝2-14-6 日の出ビル8F
TEL 03-5419-2230（直通）　内線 4127
Mail morishita.c@hinode-sangyo.co.jp
────────────────────────"""

SIG_ONUKI = """
--
日の出産業株式会社
人事部 人材開発課　大貫 悠斗
TEL: 03-5419-2231 / FAX: 03-5419-2299
y-onuki@hinode-sangyo.co.jp"""

SIG_NAKAZONO = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社　人事部 採用課
中園 あかね
〒105-0014 東京都港区芝2-14-6
TEL 03-5419-2240　携帯 080-4471-9025（採用専用）
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_OKONOGI = """
======================================
 日の出産業(株) 環境安全部 安全衛生課
 小此木 誠  Makoto Okonogi
 〒525-0058 滋賀県草津市野路東7-3-1（滋賀工場内）
 TEL 077-561-3380  FAX 077-561-3389
======================================"""

SIG_MAEDA = """
―――――――――――――――
日の出産業株式会社 滋賀工場
総務課　真栄田 康平
TEL 077-561-3301（代）
―――――――――――――――"""

SIG_FUJIGAYA = """
-----------------------------------
藤ヶ谷 理沙 / Risa Fujigaya
日の出産業株式会社 海外事業部 企画グループ
TEL 03-5419-2610
-----------------------------------"""

SIG_IGARASHI = """
--
五十嵐 蓮
日の出産業株式会社 情報システム部 業務システム課
内線 4410 / 03-5419-2410"""

SIG_ISURUGI = """
━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社 人事部
人材開発課長　石動 剛
TEL 03-5419-2201
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_SHOJI = """
□■□■□■□■□■□■□■□■□■
日の出産業株式会社 経理部 経理課
東海林 美穂
TEL 03-5419-2350　FAX 03-5419-2359
□■□■□■□■□■□■□■□■□■"""

SIG_WHITFIELD = """
--
Daniel Whitfield
Global Talent Development, Human Resources
Hinode Sangyo Co., Ltd.
8F Hinode Bldg., 2-14-6 Shiba, Minato-ku, Tokyo 105-0014, Japan
Tel +81-3-5419-2260"""

DISCLAIMER_JA = """
本メールおよび添付ファイルには、機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。
本メールの全部または一部の無断転載・複製を禁じます。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information intended solely for
the addressee. If you have received it in error, please notify the sender and delete it.
Any unauthorised use, disclosure or copying is prohibited."""


# ==========================================================================================
# STOP — lists of people
# ==========================================================================================

_p = people("001", 12, born=(2001, 2003))
_rows = [["No", "氏名", "フリガナ", "配属予定", "生年月日", "メールアドレス"]]
for i, p in enumerate(_p, 1):
    _rows.append([f"{i:2d}", p["name"], p["kana"], p["dept"].split()[0], ymd(p["dob"]), p["email"]])
add(1, "stop", MORISHITA, ["高森 純一 様 <j-takamori@bl-soken.co.jp>"],
    "【日の出産業】新入社員導入研修（第1クール）受講者名簿の送付",
    charset="iso-2022-jp",
    body=f"""株式会社ビジネスラーニング総研
研修運営部　高森様

いつも大変お世話になっております。
日の出産業 人材開発課の森下でございます。

4月8日（火）から始まります「2025年度 新入社員導入研修（第1クール）」の
受講者名簿をお送りいたします。名札とテキストの準備にお使いください。
生年月日は、ビジネスマナー検定の団体申込にも使うとのことでしたので載せてあります。

{grid(_rows)}

※配属予定は4月時点の仮配属です。
※当日の欠席・遅刻連絡は私（森下）宛にお願いいたします。

引き続きよろしくお願いいたします。
{SIG_MORISHITA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="12 new hires with birth dates and e-mail in a space-padded table to a training company")

_p = people("002", 40, born=(1968, 2002))
_csv = [["login_id", "姓", "名", "メールアドレス", "所属コード", "所属名", "役職", "受講グループ"]]
for p in _p:
    _csv.append([f"hs{p['emp']}", p["sei"], p["mei"], p["email"], f"D{_DEPT.index(p['dept']) + 101}", p["dept"],
                 random.Random(p["name"]).choice(["一般", "主任", "係長", "課長", ""]),
                 "2025_コンプライアンス必修"])
add(2, "stop", IGARASHI, ["Manabiba 導入支援チーム <onboarding@manabiba.com>"],
    "ユーザー一括登録用CSVの送付（日の出産業 / テナントID: hinode-sangyo）",
    body=f"""マナビバ 導入支援チーム 御中

お世話になっております。日の出産業 情報システム部の五十嵐です。

先日の打合せでご案内いただいたフォーマットで、
コンプライアンス必修研修の受講者アカウント（第1弾・40名分）を作成しました。
文字コードはUTF-8（BOMなし）、1行目ヘッダーです。

・ログインIDは社員番号の頭に hs を付けています
・パスワードは初回ログイン時に設定させる方式でお願いします
・受講グループ「2025_コンプライアンス必修」は未作成のため、取込時に新規作成願います

取込完了しましたらご一報いただけますと助かります。
よろしくお願いいたします。
{SIG_IGARASHI}""",
    attachments=[{"kind": "csv", "name": "manabiba_user_import_20250401.csv", "encoding": "utf-8",
                  "rows": _csv}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="40 employees' names and e-mail addresses in a UTF-8 CSV for an e-learning vendor")

_p = people("003", 7, born=(1970, 1999), region=("滋賀県", "京都府", "大阪府"))
_sheet = [["フォークリフト運転技能講習（31時間コース） 受講申込者一覧"], ["申込事業場：日の出産業株式会社 滋賀工場"], [],
          ["No", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話番号", "所持免許"]]
for i, p in enumerate(_p, 1):
    _sheet.append([i, p["name"], p["kana"], wareki(p["dob"]), p["zip"], p["addr"], p["mobile"],
                   random.Random(p["kana"]).choice(["普通自動車", "普通自動車", "なし", "中型自動車"])])
add(3, "stop", MAEDA, ["東和技能講習センター 受付 <uketsuke@towa-ginou.co.jp>"],
    "フォークリフト技能講習 申込（日の出産業 滋賀工場 7名）",
    charset="shift_jis",
    body=f"""東和技能講習センター
受付ご担当者様

いつもお世話になっております。
日の出産業 滋賀工場 総務課の真栄田です。

6月開講のフォークリフト運転技能講習（31時間コース）に、
当工場から7名を申し込みたく、申込者一覧をお送りします。
受講料は一括して会社から振り込みますので、請求書は「請求先」シートの宛先でお願いします。

写真（3cm×2.4cm）は各自が初日に持参する予定です。
不備がありましたらご指摘ください。
{SIG_MAEDA}""",
    attachments=[{"kind": "xlsx", "name": "技能講習申込書_日の出産業_滋賀工場.xlsx",
                  "sheets": {"申込者一覧": _sheet,
                             "請求先": [["請求先"], ["会社名", "日の出産業株式会社 滋賀工場"],
                                      ["住所", "〒525-0058 滋賀県草津市野路東7-3-1"],
                                      ["担当", "総務課 真栄田"], ["TEL", "077-561-3301"]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="7 applicants with home address, birth date and mobile in an XLSX (title rows above the header)")

_p = people("004", 8, born=(1972, 1990))
_lines = ["氏名\t所属\t役職\t携帯\tメール"]
for p in _p:
    _lines.append(f"{p['name']}\t{p['dept']}\t{random.Random(p['mei']).choice(['課長', '課長代理', 'マネージャー'])}\t{p['mobile']}\t{p['email']}")
_tab = "\n".join(_lines)
add(4, "stop", ONUKI, ["柏木 様 <kashiwagi@nextcareer-kensyu.jp>"],
    "新任管理職研修（7/10-11）参加者のご連絡",
    charset="shift_jis",
    body=f"""ネクストキャリア研修株式会社
営業部 柏木様

お世話になっております。日の出産業の大貫です。
7月10日・11日の新任管理職研修の参加者が確定しましたのでご連絡します。
事前課題の送付と、当日の緊急連絡用に携帯番号もお伝えしておきます
（Excelからそのまま貼り付けていますので見づらかったらすみません）。

{_tab}

以上8名です。事前課題は各自のメールアドレス宛に直接お送りいただいて構いません。
よろしくお願いします。
{SIG_ONUKI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="8 managers' mobiles and e-mail pasted tab-separated into the body for a training company")

_p = people("005", 16, born=(1975, 2001))
_trs = "\n".join(
    f"<tr><td>{i}</td><td>{p['name']}</td><td>{p['sex']}</td><td>〒{p['zip']} {p['addr']}</td>"
    f"<td>{p['mobile']}</td><td>{'喫煙' if i % 7 == 3 else '禁煙'}</td></tr>"
    for i, p in enumerate(_p, 1))
add(5, "stop", MORISHITA, ["さくらホテル 団体予約係 <group@sakura-hotel.jp>"],
    "6/19-20 日の出産業 中堅社員合宿研修　宿泊者名簿",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>さくらホテル 団体予約係　御中</p>
<p>いつもお世話になっております。日の出産業 人材開発課の森下です。<br>
6月19日（木）・20日（金）の中堅社員合宿研修につきまして、<br>
先日ご依頼いただいた宿泊者名簿（16名）をお送りいたします。<br>
部屋割りは別途、前日までにお送りします。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>No</th><th>氏名</th><th>性別</th><th>住所</th><th>連絡先（携帯）</th><th>客室</th></tr>
{_trs}
</table>
<p>夕食は宴会場での立食形式（18:30開始）で変更ございません。<br>
何卒よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 人材開発課<br>森下 千尋<br>TEL 03-5419-2230</p>
</body></html>""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="hotel guest register of 16 trainees (home address, mobile) as an HTML-only table")

_p = people("006", 9, born=(1985, 2002))
_csv = [["受験者氏名", "フリガナ", "生年月日", "性別", "郵便番号", "住所", "電話番号", "受験級"]]
for p in _p:
    _csv.append([p["name"], p["kana"], ymd(p["dob"], "-"), p["sex"], p["zip"], p["addr"], p["mobile"],
                 random.Random(p["sei"]).choice(["2級", "3級", "2級"])])
add(6, "stop", ONUKI, ["日本ビジネス検定協会 団体受験係 <dantai@jbk-kentei.or.jp>"],
    "団体受験申込（第58回 ビジネス実務検定）日の出産業株式会社",
    charset="iso-2022-jp",
    body=f"""一般財団法人 日本ビジネス検定協会
団体受験係 御中

いつもお世話になっております。
日の出産業株式会社 人事部の大貫と申します。

第58回ビジネス実務検定につきまして、団体受験の申込データを送付いたします。
貴協会指定の様式（CSV）で9名分を作成しております。
受験票は各受験者の自宅住所宛にご送付いただけますと幸いです。

団体番号：D-2210457
受験料：請求書払い（宛名：日の出産業株式会社 人事部）

ご査収のほどよろしくお願いいたします。
{SIG_ONUKI}""",
    attachments=[{"kind": "csv", "name": "団体申込_日の出産業_第58回.csv", "encoding": "cp932", "rows": _csv}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="9 exam candidates with birth date, home address and phone in a CP932 CSV to an exam body")

_p = people("007", 6, born=(1982, 1999))
_bul = "\n".join(
    f"・{p['name']}（{p['dept']}）　{p['email']}　直近スコア {random.Random(p['name']).randrange(380, 820, 5)}点"
    for p in _p)
add(7, "stop", FUJIGAYA, ["グローバルトーク株式会社 法人研修課 <corporate@globaltalk.co.jp>"],
    "下期ビジネス英会話研修　受講者とTOEICスコアのご連絡",
    charset="shift_jis",
    body=f"""グローバルトーク株式会社
法人研修課　ご担当者様

いつもお世話になっております。日の出産業 海外事業部の藤ヶ谷です。
10月開講のビジネス英会話（オンライン・少人数）の受講者が決まりました。
クラス分けの参考に、社内IPテストの直近スコアを添えてお知らせします。

{_bul}

レベルチェックの案内は、上記アドレスに直接お送りください。
受講者本人には、貴社からメールが届く旨を伝えてあります。

どうぞよろしくお願いいたします。
{SIG_FUJIGAYA}""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="6 learners with e-mail and TOEIC score as bullets to a language school")

_p = people("008", 5, born=(1968, 1996), region=("滋賀県", "京都府"))
_blocks = []
for i, p in enumerate(_p, 1):
    _blocks.append(f"""【{i}】
氏名　　：{p['name']}（{p['kana']}）
生年月日：{wareki(p['dob'], 'kanjizen')}
住所　　：〒{p['zip']} {p['addr']}
所属　　：{random.Random(p['sei']).choice(['滋賀工場 設備保全課', '滋賀工場 製造課', '生産技術部'])}""")
_blocks_txt = "\n\n".join(_blocks)
add(8, "stop", OKONOGI, ["日本安全技能協会 近畿支部 講習係 <kinki@anzen-ginou.or.jp>"],
    "低圧電気取扱業務特別教育　受講者の届出（日の出産業）",
    charset="iso-2022-jp",
    body=f"""一般社団法人 日本安全技能協会 近畿支部
講習係 御中

お世話になっております。日の出産業 安全衛生課の小此木です。
9月の低圧電気取扱業務特別教育（学科7時間・実技7時間）の受講者を届け出ます。
修了証の記載事項として、氏名・生年月日・住所が必要とのことでしたので下記のとおりです。

{_blocks_txt}

以上5名、よろしくお願いいたします。
{SIG_OKONOGI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="5 trainees, one block each (和暦 birth date, home address) for 特別教育 certificates")

_p = people("009", 30, born=(1966, 2001))
_sheet = [["修了証番号", "氏名", "フリガナ", "生年月日", "コース名", "修了日"]]
for i, p in enumerate(_p, 1):
    _sheet.append([f"HS-QC-2025-{i:04d}", p["name"], p["kana"], ymd(p["dob"], "."),
                   "品質管理基礎講座（QC検定3級対策）", "2025.11.28"])
add(9, "stop", MORISHITA, ["錦印刷 制作部 渡会様 <watarai@nishiki-insatsu.co.jp>"],
    "修了証 印刷データ（品質管理基礎講座 30名分）",
    body=f"""錦印刷株式会社
制作部　渡会様

お世話になっております。日の出産業の森下です。
先日お見積りいただいた修了証（A4・上質紙180kg・金箔押し）の印字データをお送りします。

・差込データ：添付Excelの「差込」シート（30名分）
・生年月日は「〇年〇月〇日生」の形で氏名の下に入れてください
・納期：12月5日（金）着でお願いできれば幸いです

校正は PDF で1部お送りいただければ結構です。
{SIG_MORISHITA}""",
    attachments=[{"kind": "xlsx", "name": "修了証差込データ_QC基礎_2025.xlsx", "title": "修了証差込データ",
                  "sheets": {"差込": _sheet, "レイアウト指示": [["項目", "フォント", "サイズ"],
                                                          ["氏名", "游明朝 Demibold", "28pt"],
                                                          ["生年月日", "游明朝", "12pt"]]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="30 names with birth dates and certificate numbers to the printer (a partner) for certificates")

_gaijin = [("Anh", "NGUYEN"), ("Wei", "CHEN"), ("Priya", "RAMAN"), ("Lucas", "MARTIN"), ("Sofia", "ROSSI")]
_p = people("010", 20, born=(1970, 2000))
_csv = [["employee_id", "first_name", "last_name", "email", "manager_email", "country", "business_unit"]]
for p in _p:
    _csv.append([f"HS{p['emp']}", p["first"], p["last"], p["email"], "d.whitfield@hinode-sangyo.co.jp"
                 if p["emp"].startswith("1") else "m.kaneshiro@hinode-sangyo.co.jp", "JP", p["dept"]])
for i, (f, l) in enumerate(_gaijin):
    _csv.append([f"HS8{i}41{i}", f, l.title(), f"{f.lower()}.{l.lower()}@hinode-sangyo.co.jp",
                 "d.whitfield@hinode-sangyo.co.jp", ["VN", "CN", "IN", "FR", "IT"][i], "Overseas Business"])
add(10, "stop", WHITFIELD, ["LearnSphere Implementation <implementation@learnsphere.io>"],
    "Hinode Sangyo - user provisioning file for the Leadership Essentials cohort",
    body=f"""Hi Megan,

As discussed on Tuesday's call, please find attached the provisioning file for the first
Leadership Essentials cohort (25 learners). The layout follows your template v2.3:
UTF-8, comma-separated, one header row.

A couple of notes:
- manager_email should drive the manager-approval workflow, so please map it as such.
- Five learners are based outside Japan; their country codes are in column F.
- SSO is not live yet, so please send the activation e-mails directly to the learners.

Let me know once the import has run and I will check a few accounts on our side.

Best regards,
{SIG_WHITFIELD}""",
    attachments=[{"kind": "csv", "name": "hinode_leadership_cohort1.csv", "encoding": "utf-8", "rows": _csv}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="English mail: 25 learners' names and e-mails in a UTF-8 CSV to an overseas LMS vendor")

_p = people("011", 6, born=(1988, 2000))
add(11, "stop", FUJIGAYA, ["青空トラベル 法人営業部 <houjin@aozora-travel.co.jp>"],
    "セブ島短期語学研修（2週間）参加者一覧の送付",
    charset="iso-2022-jp",
    body=f"""青空トラベル株式会社
法人営業部　野口様

いつもお世話になっております。日の出産業 海外事業部の藤ヶ谷です。
先日ご相談した、セブ島での短期語学研修（8/24 発・9/7 帰国）の参加者が決まりましたので、
一覧をWordでお送りします。航空券の仮押さえと、現地語学学校への申込をお願いできますでしょうか。

パスポートの情報は、各自の更新状況を確認したうえで改めてお送りします。

よろしくお願いいたします。
{SIG_FUJIGAYA}""",
    attachments=[{"kind": "docx", "name": "語学研修参加者一覧_セブ2025.docx",
                  "paragraphs": ["セブ島短期語学研修 参加者一覧", "日の出産業株式会社 海外事業部　2025年6月作成", ""],
                  "tables": [[["No", "氏名", "ローマ字（パスポート表記）", "生年月日", "性別", "携帯電話", "メール"]] +
                             [[str(i), p["name"], f"{p['last'].upper()} {p['first'].upper()}", ymd(p["dob"]),
                               p["sex"], p["mobile"], p["email"]] for i, p in enumerate(_p, 1)]]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="6 participants with birth date, mobile and e-mail in a DOCX table to a travel agency")

_p = people("012", 10, born=(2002, 2003))
_univ = ["東都工科大学", "関西学芸大学", "北陸経済大学", "南海外国語大学", "城西理科大学"]
add(12, "stop", NAKAZONO, ["ネクストキャリア研修 柏木様 <kashiwagi@nextcareer-kensyu.jp>"],
    "内定者研修（12/13）参加者名簿",
    body=f"""ネクストキャリア研修株式会社
柏木様

お世話になっております。日の出産業 採用課の中園です。
12月13日の内定者研修（ビジネスマナー・グループワーク）の参加者名簿をPDFでお送りします。
内定者はまだ社用アドレスがないため、連絡先は本人の携帯・個人メールになっています。
事前アンケートの配信にお使いください。

当日は私と大貫が終日同席いたします。
{SIG_NAKAZONO}""",
    attachments=[{"kind": "pdf", "name": "内定者研修_参加者名簿_1213.pdf", "title": "内定者研修 参加者名簿",
                  "lines": ["2026年4月入社 内定者研修（12/13）参加者名簿", "日の出産業株式会社 人事部 採用課", ""],
                  "table": [["No", "氏名", "フリガナ", "大学", "携帯", "メール"]] +
                           [[str(i), p["name"], p["kana"], _univ[i % 5], p["mobile"], p["pmail"]]
                            for i, p in enumerate(_p, 1)]}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="10 future hires' private mobiles and e-mail in a PDF table to a training company")

_pa = people("013a", 7, born=(1975, 1998))
_pb = people("013b", 6, born=(1970, 1999))
_hdr = ["社員番号", "氏名", "メールアドレス", "内線", "携帯"]
add(13, "stop", ONUKI, ["リーガルラーニング 研修事務局 <jimukyoku@legal-learning.jp>"],
    "ハラスメント防止研修（集合）受講者リスト",
    charset="shift_jis",
    body=f"""株式会社リーガルラーニング
研修事務局 御中

お世話になっております。日の出産業 人材開発課の大貫です。
11月のハラスメント防止研修（集合型・2回開催）の受講者リストをお送りします。
本部ごとにファイルが分かれていたため、zipにまとめました（パスワードはかけていません）。

・営業本部.csv　7名（11/6 回）
・管理本部.csv　6名（11/13 回）

会場設営の都合上、人数のみ先にお伝えしていた件と相違ありません。
{SIG_ONUKI}""",
    attachments=[{"kind": "zip", "name": "受講者リスト_本部別.zip", "files": [
        {"kind": "csv", "name": "営業本部.csv", "encoding": "cp932",
         "rows": [_hdr] + [[p["emp"], p["name"], p["email"], f"4{i}{i + 2}{i}", p["mobile"]] for i, p in enumerate(_pa)]},
        {"kind": "csv", "name": "管理本部.csv", "encoding": "cp932",
         "rows": [_hdr] + [[p["emp"], p["name"], p["email"], f"43{i}{i}", p["mobile"]] for i, p in enumerate(_pb)]}]}],
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="13 staff (e-mail, mobile) in two CSVs inside an unencrypted ZIP to a training company")

_p = people("014", 6, born=(1980, 1995))
_t = grid([["氏名", "所属", "内線", "携帯"]] +
          [[p["name_z"], p["dept"].replace(" ", "　"), zen(f"4{i}7{i}", True), zen(p["mobile"], True)]
           for i, p in enumerate(_p, 1)], sep="　", rule="─", full=True, indent="　")
add(14, "stop", MORISHITA, ["高森 純一 様 <j-takamori@bl-soken.co.jp>"],
    "FW: OJTトレーナー研修 参加者確定",
    charset="iso-2022-jp",
    body=f"""ビジネスラーニング総研
高森様

お世話になっております。森下です。
OJTトレーナー研修の参加者が確定しました。社内でまとめたメールをそのまま転送いたしますので、
グループ分けのご参考にしてください。

よろしくお願いいたします。
森下

-------- Forwarded Message --------
件名: OJTトレーナー研修 参加者確定
日付: 2025年5月12日 17:42
差出人: 大貫 悠斗 <y-onuki@hinode-sangyo.co.jp>
宛先: 人材開発課 <jinzai@hinode-sangyo.co.jp>

森下さん

各部からの推薦がそろいましたので共有します。

{_t}

携帯は当日の集合連絡用に本人に了承をもらっています。
大貫
""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a forward (new text to its recipient) of a full-width padded list of 6 trainers with mobiles")

_p = people("015", 7, born=(1978, 2000), depts=["九州支店 営業課", "九州支店 営業課", "九州支店 業務課", "九州支店 総務課"])
_orig = "\n".join(f"{i}. {p['name']}　{p['dept']}　TEL {p['mobile']}　{p['email']}" for i, p in enumerate(_p, 1))
add(15, "stop", ONUKI, ["ヒューマンスキル研究所 受付 <seminar@hs-kenkyujo.co.jp>"],
    "FW: 【九州支店】交渉力強化セミナー 受講希望者",
    body=f"""株式会社ヒューマンスキル研究所
セミナー受付ご担当者様

お世話になっております。日の出産業 人材開発課の大貫です。
福岡会場（10/22）の交渉力強化セミナーについて、九州支店から受講希望者の連絡がありましたので、
支店からのメールを添付で転送いたします。お手数ですが7名分の受付をお願いします。

請求書は本社人事部宛でお願いいたします。
{SIG_ONUKI}""",
    attachments=[{"kind": "eml", "name": "【九州支店】交渉力強化セミナー 受講希望者.eml", "message": {
        "sender": "市来 奈緒 <ichiki.nao@hinode-sangyo.co.jp>",
        "to": ["人材開発課 <jinzai@hinode-sangyo.co.jp>"],
        "subject": "【九州支店】交渉力強化セミナー 受講希望者",
        "charset": "iso-2022-jp",
        "body": f"""人材開発課 ご担当者様

九州支店 総務の市来です。
福岡会場の交渉力強化セミナーについて、支店の受講希望者は以下のとおりです。

{_orig}

よろしくお願いいたします。
九州支店 総務課 市来"""}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="a branch's mail attached as message/rfc822 and forwarded out: 7 people with phone and e-mail")

_p = people("016", 11, born=(1975, 2002))
_rows = [["訓練受講者一覧（人材開発支援助成金 人材育成支援コース）"], [],
         ["No", "氏名", "生年月日", "雇用保険被保険者番号", "雇入年月日", "訓練時間"]]
for i, p in enumerate(_p, 1):
    r = random.Random(p["name"])
    _rows.append([i, p["name"], ymd(p["dob"]), f"{r.randint(5000, 5299)}-{r.randint(100000, 999999)}-{r.randint(0, 9)}",
                  ymd(date(2010 + i % 14, 4, 1)), "20時間"])
add(16, "stop", ONUKI, ["社会保険労務士 岡部様 <okabe@chuo-roumu.jp>"],
    "人材開発支援助成金（計画届）受講者一覧の送付",
    charset="shift_jis",
    body=f"""中央労務パートナーズ
社会保険労務士　岡部様

いつもお世話になっております。日の出産業の大貫です。
人材開発支援助成金の訓練実施計画届について、受講者一覧を作成しましたのでお送りします。
総務から出てきたファイルが古い形式（.xls）のままですが、ご容赦ください。

訓練：DX基礎研修（Off-JT、20時間、外部講師）
期間：2025年8月4日から8月29日

ご確認のうえ、不足があればお知らせください。
{SIG_ONUKI}""",
    attachments=[{"kind": "xls", "name": "訓練受講者一覧.xls", "sheets": {"受講者": _rows}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="11 trainees with birth dates and 雇用保険 numbers in a legacy XLS to a 社労士 office")

_p = people("017", 5, born=(1966, 1995), region=("滋賀県",))
_t = grid([["氏名", "生年月日", "連絡先"]] +
          [[p["name_z"], wareki(p["dob"], "zen"), zen(p["mobile"])] for p in _p],
          sep="　　", rule="－", full=True)
add(17, "stop", OKONOGI, ["草津市防災協会 講習受付 <koushu@kusatsu-bousai.or.jp>"],
    "普通救命講習（8/30）受講申込",
    body=f"""草津市防災協会
講習受付ご担当者様

いつもお世話になっております。
日の出産業株式会社 滋賀工場 安全衛生課の小此木と申します。

8月30日（土）の普通救命講習Ⅰに、事業所の救護担当として下記5名を申し込みます。

{_t}

受講料（テキスト代）は当日現金でお支払いします。
ご確認よろしくお願いいたします。
{SIG_OKONOGI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="5 applicants with 和暦 (full-width) birth dates and full-width mobiles, full-width padded")

_p = people("018", 8, born=(1974, 1992))
_trs = "\n".join(
    f"  <tr><td>{p['first']} {p['last']}</td><td>{random.Random(p['last']).choice(['General Manager', 'Senior Manager', 'Manager', 'Plant Manager'])}</td>"
    f"<td>{p['email']}</td><td>+81 {p['mobile'][1:]}</td><td>{p['dob'].strftime('%d %b %Y')}</td></tr>"
    for p in _p)
add(18, "stop", WHITFIELD, ["Apex Leadership Programs <programs@apex-leadership.com>"],
    "Regional Leadership Program (Singapore, Sept) - Hinode participants",
    html=f"""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Ms. Lim,</p>
<p>Thank you for holding eight seats for us in the September intake of the Regional
Leadership Program. Below are our participants. Dates of birth are included because your
team needs them for the visitor pass to the training centre.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
  <tr><th>Name</th><th>Title</th><th>Email</th><th>Mobile</th><th>Date of birth</th></tr>
{_trs}
</table>
<p>Please send the pre-work directly to the participants and copy me.</p>
<p>Kind regards,<br>Daniel Whitfield<br>Global Talent Development, Hinode Sangyo Co., Ltd.<br>
Tel +81-3-5419-2260</p>
</body></html>""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="English HTML-only mail: a table of 8 participants with e-mail, mobile and birth date")

_p = people("019", 20, born=(1970, 2001))
_csv = [["お届け先氏名", "郵便番号", "住所", "電話番号", "品名", "個数"]]
for p in _p:
    _csv.append([p["name"], p["zip"].replace("-", ""), p["addr"], p["mobile"], "研修キット（テキスト・ワークシート）", "1"])
add(19, "stop", MORISHITA, ["青葉運輸 法人営業 <eigyo@aoba-unyu.co.jp>"],
    "オンライン研修キット 個人宅配送のお願い（20件）",
    charset="iso-2022-jp",
    body=f"""青葉運輸株式会社
法人営業ご担当者様

いつもお世話になっております。日の出産業 人材開発課の森下です。
来月のオンライン階層別研修（在宅受講）で使う研修キットを、受講者の自宅へ直送したく、
お届け先データ（20件）をお送りします。B2の取込用フォーマットに合わせてあります。

・発送元：日の出産業 本社 8階 人材開発課（集荷は10/6 午後希望）
・お届け日指定：10/9（木）午前中
・元払い、請求は月締めでお願いします

よろしくお願いいたします。
{SIG_MORISHITA}""",
    attachments=[{"kind": "csv", "name": "研修キット_お届け先一覧.csv", "encoding": "cp932", "rows": _csv}],
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="20 employees' home addresses and phones in a CP932 CSV to the carrier (a partner)")

_p = people("020", 14, born=(1968, 2000))
_courses = ["ロジカルシンキング入門", "はじめての簿記3級", "実践ビジネス英語", "生産管理の基礎", "Excel業務効率化"]
_sheet = [["2025年度 下期 通信教育 受講申込一覧（日の出産業株式会社）"], ["教材送付先：受講者自宅"], [],
          ["社員番号", "氏名", "生年月日", "郵便番号", "自宅住所", "電話番号", "申込コース"]]
for i, p in enumerate(_p):
    _sheet.append([p["emp"], p["name"], ymd(p["dob"]), p["zip"], p["addr"], p["mobile"], _courses[i % 5]])
add(20, "stop", MORISHITA, ["人材通信教育センター 法人窓口 <hojin@jinzai-tsushin.co.jp>"],
    "下期通信教育 申込データ（日の出産業）",
    body=f"""人材通信教育センター
法人窓口ご担当者様

お世話になっております。日の出産業 人材開発課の森下です。
下期の通信教育の申込を締め切りましたので、申込データ（14名）をお送りします。
教材は受講者の自宅へ直接お送りいただく形でお願いいたします。

「集計」シートにコース別の人数をまとめています。請求はコース別の明細付きでお願いします。

何卒よろしくお願いいたします。
{SIG_MORISHITA}""",
    attachments=[{"kind": "xlsx", "name": "通信教育申込_2025下期.xlsx", "sheets": {
        "申込一覧": _sheet,
        "集計": [["コース", "人数"]] + [[c, sum(1 for j in range(14) if j % 5 == k)] for k, c in enumerate(_courses)]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="14 applicants with birth date, home address and phone in a two-sheet XLSX")

_p = people("021", 5, born=(1958, 1985))
_bul = "\n".join(f"・{p['name']} 先生（{t}）\n　携帯 {p['mobile']}／{p['pmail']}"
                 for p, t in zip(_p, ["ロジカルシンキング", "タイムマネジメント", "メンタルヘルス・ラインケア",
                                      "プレゼンテーション", "財務諸表の読み方"]))
add(21, "stop", ISURUGI, ["高森 純一 様 <j-takamori@bl-soken.co.jp>"],
    "社内研修の講師連絡先（運営委託に伴う引継ぎ）",
    charset="shift_jis",
    body=f"""ビジネスラーニング総研
高森様

お世話になっております。人材開発課の石動です。
来期から階層別研修の運営を御社に委託するにあたり、
これまで当社が直接やり取りしていた個人講師の先生方の連絡先をお伝えします。
各先生には、今後は御社からご連絡が行く旨を私から伝えております。

{_bul}

謝金や日程の条件は、別途引継ぎ資料でお渡しします。
引き続きよろしくお願いいたします。
{SIG_ISURUGI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="5 freelance lecturers' private mobiles and e-mail addresses as bullets to a training company")

_p = people("022", 18, born=(2002, 2003))
_lines = ["氏名\tふりがな\t大学・学部\tメールアドレス"]
for p in _p:
    _lines.append(f"{p['name']}\t{p['kana']}\t{random.Random(p['kana']).choice(_univ)} {random.Random(p['mei']).choice(['工学部', '経済学部', '文学部', '理学部'])}\t{p['pmail']}")
add(22, "stop", NAKAZONO, ["Manabiba 導入支援チーム <onboarding@manabiba.com>"],
    "内定者向けeラーニング アカウント発行のお願い（18名）",
    charset="iso-2022-jp",
    body="""マナビバ 導入支援チーム
ご担当者様

お世話になっております。日の出産業 採用課の中園です。
2026年4月入社予定の内定者18名に、入社前eラーニング（ビジネス基礎パック）の
アカウントを発行していただきたく、一覧を貼り付けます。
社用アドレスがまだないため、本人の個人アドレスへ招待メールを送ってください。

""" + "\n".join(_lines) + f"""

受講期限は3月20日でお願いします。
{SIG_NAKAZONO}""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="18 future hires' private e-mail addresses, tab-separated, to an e-learning vendor")

_p = people("023", 5, born=(1968, 1980))
_paras = ["エグゼクティブ・コーチング 対象者プロフィール", "日の出産業株式会社 人事部 2025年度", ""]
for p in _p:
    age = 2025 - p["dob"].year
    _paras += [f"■ {p['name']}（{p['kana']}）", f"年齢：{age}歳　役職：{random.Random(p['sei']).choice(['部長', '執行役員', '部長', '工場長'])}（{p['dept']}）",
               f"連絡先：{p['mobile']}　{p['email']}",
               f"背景：{random.Random(p['mei']).choice(['昨年度に部長昇格。部下育成とチームの巻き込みに課題意識あり。', '海外子会社から帰任。組織変革をリードする役割を期待。', '次期役員候補。意思決定のスピードと周囲への説明に課題。'])}", ""]
add(23, "stop", ISURUGI, ["コーチブリッジ 佐伯様 <saeki@coach-bridge.jp>"],
    "エグゼクティブ・コーチング 対象者情報",
    body=f"""株式会社コーチブリッジ
佐伯様

お世話になっております。日の出産業の石動です。
先日ご契約いただいたエグゼクティブ・コーチング（6か月・月2回）について、
対象者5名のプロフィールをWordでお送りします。
初回セッションの日程調整は、各自の連絡先へ直接ご連絡いただいて構いません。

よろしくお願いいたします。
{SIG_ISURUGI}""",
    attachments=[{"kind": "docx", "name": "コーチング対象者プロフィール.docx", "paragraphs": _paras}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="5 executives, one block each (age, mobile, e-mail, background) in a DOCX to a coaching firm")


# ==========================================================================================
# STOP — 要配慮個人情報 (even of one person)
# ==========================================================================================

add(24, "stop", MORISHITA, ["八ヶ岳セミナーハウス 管理事務所 <info@yatsugatake-sh.jp>"],
    "7/3-4 研修ご利用の件（参加者の健康面についてのお願い）",
    charset="iso-2022-jp",
    body=f"""八ヶ岳セミナーハウス
管理事務所 ご担当者様

いつもお世話になっております。日の出産業 人材開発課の森下です。
7月3日からの2年目社員研修（24名）について、1点ご相談がございます。

参加者のうち、生産技術部の桐生 拓海（きりゅう たくみ）さんにてんかんの持病があり、
現在も服薬で発作はコントロールできているとのことですが、
念のため夜間の巡回や、万一の際の最寄りの救急病院を事前に確認させていただきたく存じます。
本人の了承は得ております。部屋は、引率の私どもの部屋の隣にしていただけますと助かります。

また、アウトドアのプログラム（沢歩き）は本人の希望で見学とさせてください。

お手数をおかけしますが、よろしくお願いいたします。
{SIG_MORISHITA}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named trainee's epilepsy and medication told to the seminar house (要配慮個人情報)")

add(25, "stop", ONUKI, ["高森 純一 様 <j-takamori@bl-soken.co.jp>"],
    "Re: 考課者研修の受講者について（情報保障のご相談）",
    charset="shift_jis",
    body=f"""高森様

お世話になっております。大貫です。
先ほどお電話でお話しした件、メールでも整理してお送りします。

考課者研修（9/18）の受講者のうち、営業二部の寒河江 由紀さんは
聴覚に障害があり（身体障害者手帳4級、両耳とも補聴器使用）、
講義の音声だけでは内容を追うのが難しい状況です。

・講師の方にピンマイクを付けていただけるか
・スライドの事前共有（前日までに本人へ）
・グループワークでは UDトーク 等の音声文字化アプリを使わせてほしい

本人からは「特別扱いはしてほしくないが、情報は同じように受け取りたい」と聞いています。
ご対応の可否をご検討いただけますでしょうか。
{SIG_ONUKI}

> 大貫様
> 先ほどはお電話ありがとうございました。
> 受講者の件、詳細をメールでいただけますと講師とも共有しやすいです。
> ビジネスラーニング総研 高森""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named trainee's hearing disability (障害者手帳 grade) in new text to a training company")

add(26, "stop", ISURUGI, ["リワークサポート 復職支援担当 <support@rework-support.jp>"],
    "復職者向けステップアップ研修のご相談（品質保証部 舟橋さん）",
    body=f"""株式会社リワークサポート
復職支援ご担当 塚原様

お世話になっております。日の出産業 人事部の石動です。
先日ご説明を伺った「復職者向けステップアップ研修」について、利用をお願いしたい社員がおります。

対象者：品質保証部　舟橋 亮（ふなはし りょう）　42歳
状況　：適応障害（抑うつ状態）により昨年10月から休職中。
　　　　主治医の意見書では、12月から短時間勤務での復職が可能との判断。
　　　　現在、睡眠導入剤を服用中。産業医面談は11/20に実施予定。

研修では、まず通勤訓練とPC作業の負荷確認から入りたいと考えています。
本人の同意は取得済みです。詳しい意見書の写しは、面談時にお持ちします。

ご検討のほどよろしくお願いいたします。
{SIG_ISURUGI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named employee's mental-health diagnosis and medication sent to an outside rework provider")

add(27, "stop", OKONOGI, ["日本安全技能協会 講師 国枝先生 <kunieda@anzen-ginou.or.jp>"],
    "フルハーネス特別教育　実技に参加させてよいかのご相談",
    charset="iso-2022-jp",
    body=f"""国枝先生

いつもお世話になっております。日の出産業 安全衛生課の小此木です。
来週のフルハーネス型墜落制止用器具 特別教育（実技）について、ご相談させてください。

受講予定者のうち2名が、今年の定期健康診断で次の結果でした。

　・設備保全課　鷲尾 健吾：血圧 172/104、「要精密検査」（高血圧）。現在は降圧剤を服用中。
　・製造課　　　南雲 沙織：めまいの既往あり（メニエール病、昨年通院）。

産業医からは「高所での実技は主治医の了承があれば可」と言われていますが、
協会として実技の参加基準のようなものがあれば教えていただけますでしょうか。
学科のみ受講して、実技は次回に回すことも考えています。

よろしくお願いいたします。
{SIG_OKONOGI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="health-check results and medical history of two named trainees sent to an outside instructor")

add(28, "stop", MORISHITA, ["さくらホテル 宴会担当 <banquet@sakura-hotel.jp>"],
    "合宿研修の夕食・朝食についてのお願い（ハラール対応）",
    body=f"""さくらホテル
宴会担当　今井様

いつもお世話になっております。日の出産業の森下です。
6/19-20の中堅社員合宿研修のお食事について、追加でお願いがございます。

参加者の Ahmad Faiz bin Rahman（アフマド ファイズ）さんはムスリムのため、
豚肉・アルコール（みりん・料理酒を含む）を使わないお食事をご用意いただけないでしょうか。
また、1日に数回お祈りの時間があり、研修の休憩時間に10分ほど使える
静かな小部屋（会議室の一角でも結構です）をお借りできればと思います。

本人と相談のうえ、ご連絡させていただいております。
ご対応の可否とお見積りをお知らせいただけますと幸いです。
{SIG_MORISHITA}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named participant's religion (Muslim, prayer times) told to the hotel: 信条 is 要配慮")

add(29, "stop", FUJIGAYA, ["青空トラベル 野口様 <noguchi@aozora-travel.co.jp>"],
    "セブ語学研修　参加者1名の持病と機内持込みについて",
    charset="shift_jis",
    body=f"""青空トラベル株式会社
野口様

お世話になっております。日の出産業の藤ヶ谷です。
セブ島語学研修の参加者のうち、長谷部 萌さん（1998年5月14日生）について
ご相談があります。

長谷部さんは1型糖尿病で、毎食前にインスリンを自己注射しています。
・注射器と血糖測定器を機内に持ち込みたい（英文の診断書は本人が用意済み）
・現地の寮で冷蔵庫を使わせてほしい
・海外旅行保険で既往症が対象外になるか確認したい

航空会社と現地学校への連絡をお願いできますでしょうか。
本人の了解を得てご連絡しております。
{SIG_FUJIGAYA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named participant's type-1 diabetes and insulin use (with birth date) to a travel agency")

add(30, "stop", ONUKI, ["柏木 様 <kashiwagi@nextcareer-kensyu.jp>"],
    "新任管理職研修 欠席者・振替のご連絡",
    charset="iso-2022-jp",
    body=f"""ネクストキャリア研修
柏木様

お世話になっております。日の出産業の大貫です。
7/10-11の新任管理職研修につきまして、欠席者が出ましたのでご連絡します。

　1. 吉永 直樹（営業一部）　出張のため欠席 → 9月開催回に振替希望
　2. 今泉 香織（経理部）　　決算対応のため2日目のみ欠席
　3. 根岸 隆之（物流管理部）心療内科に通院中のため、主治医の指示で今回は見送り
　　　（本人とは相談済みです。復帰後の受講でお願いします）

振替の可否と、キャンセル料の有無をお知らせください。
{SIG_ONUKI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="among 3 absentees, one named person's psychiatric treatment is disclosed to a training company")


# ==========================================================================================
# STOP — My Number, cards, ID documents
# ==========================================================================================

_mn = my_number(9101)
add(31, "stop", SHOJI, ["北村税理士事務所 北村様 <kitamura@kitamura-tax.jp>"],
    "講師謝金の支払調書作成について（秋月先生分）",
    body=f"""北村税理士事務所
北村様

いつもお世話になっております。日の出産業 経理部の東海林です。
社外講師への謝金について、報酬・料金等の支払調書の作成をお願いいたします。
講師ご本人から提供いただいた情報は以下のとおりです。

　氏名　　：秋月 遥（あきづき はるか）
　住所　　：〒181-0013 東京都三鷹市下連雀4-16-9-305
　個人番号：{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　支払金額：660,000円（源泉徴収税額 67,386円）
　内訳　　：2025年度 階層別研修（ロジカルシンキング）全6回

番号確認・身元確認は、マイナンバーカードの写しで当方にて実施済みです。
よろしくお願いいたします。
{SIG_SHOJI}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="an outside lecturer's My Number and home address sent to the tax accountant")

_p = people("032", 3, born=(1975, 1996))
_lic = ["601203948170", "601507722931", "601811046352"]
_body = "\n".join(f"{i}. {p['name']}（{p['kana']}）　{wareki(p['dob'], 'short')}生\n   運転免許証番号：第{n}号"
                  for i, (p, n) in enumerate(zip(_p, _lic), 1))
add(32, "stop", MAEDA, ["東和技能講習センター 受付 <uketsuke@towa-ginou.co.jp>"],
    "玉掛け技能講習 申込（3名）",
    charset="shift_jis",
    body=f"""東和技能講習センター
受付ご担当者様

お世話になっております。日の出産業 滋賀工場の真栄田です。
7月の玉掛け技能講習に3名申込みます。
申込書の「本人確認書類」欄は運転免許証で、番号も記入が必要とのことでしたので記載します。

{_body}

受講料は前回同様、会社からの振込でお願いします。
{SIG_MAEDA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="driver's licence numbers of three applicants, with birth dates, to a skills-course provider")

_p = people("033", 4, born=(1988, 2000))
_pp = ["TK4827391", "TZ1093846", "MU7720158", "TR5561043"]
_tbl = grid([["氏名(旅券表記)", "旅券番号", "有効期限", "生年月日"]] +
            [[f"{p['last'].upper()} {p['first'].upper()}", n, f"20{30 + i}/0{i + 3}/1{i}", ymd(p["dob"])]
             for i, (p, n) in enumerate(zip(_p, _pp))])
add(33, "stop", FUJIGAYA, ["青空トラベル 法人営業部 <houjin@aozora-travel.co.jp>"],
    "セブ語学研修　旅券情報の送付（4名分）",
    charset="iso-2022-jp",
    body=f"""青空トラベル株式会社
法人営業部 野口様

お世話になっております。日の出産業の藤ヶ谷です。
先日お伝えしていたパスポート情報がそろいましたので、航空券発券用にお送りします。
残り2名は更新申請中のため、受領しだい追ってご連絡します。

{_tbl}

発券後、eチケットは私宛にまとめてお送りください。
{SIG_FUJIGAYA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="passport numbers of 4 trainees (with birth dates) to a travel agency")

add(34, "stop", MAEDA, ["ことのは日本語学院 法人担当 <houjin@kotonoha-gakuin.jp>"],
    "技能実習生の日本語研修　受講登録について",
    body=f"""ことのは日本語学院
法人担当　坂井様

お世話になっております。日の出産業 滋賀工場 総務課の真栄田です。
10月から通っていただく技能実習生3名の受講登録に必要な情報をお送りします。
在留カードの写しは、初回の授業時に本人が持参します。

　・NGUYEN VAN HUNG（グエン ヴァン フン）
　　在留カード番号：UH48211937EA　在留期限：2027年9月30日
　・TRAN THI MAI（チャン ティ マイ）
　　在留カード番号：UH51038846EA　在留期限：2027年9月30日
　・LE MINH TUAN（レ ミン トゥアン）
　　在留カード番号：UH50927715EA　在留期限：2028年3月31日

クラスはN4対策コース（火・木 18:30-20:00）を希望します。
{SIG_MAEDA}""",
    entities=["PERSON_NAME", "JP_RESIDENCE_CARD"], detectors=["personal_data"],
    note="residence-card numbers of three technical interns sent to a Japanese-language school")

_cc = card_number(4411)
add(35, "stop", WHITFIELD, ["CodeCraft Academy Billing <billing@codecraft-academy.com>"],
    "Renewal of our team subscription (invoice CCA-2025-1187)",
    body=f"""Hello,

We would like to renew our team subscription (40 seats, annual plan) for the engineering
upskilling program. Your portal kept rejecting the card, so here are the details to charge
manually as your support team suggested:

  Card type:   {card_brand(_cc)} (corporate)
  Card number: {grp(_cc)}
  Expiry:      09/28
  Name on card: DANIEL WHITFIELD
  Billing entity: Hinode Sangyo Co., Ltd.

Please send the receipt to this address. Thank you!

Best,
{SIG_WHITFIELD}""",
    entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="English mail with a full credit-card number for an e-learning subscription renewal")

_p = people("036", 5, born=(1955, 1985))
_sheet = [["2025年 社外講師 報酬支払一覧（支払調書作成用）"], [],
          ["No", "氏名", "住所", "個人番号", "支払金額", "源泉徴収税額"]]
for i, p in enumerate(_p, 1):
    amt = [330000, 220000, 550000, 110000, 440000][i - 1]
    _sheet.append([i, p["name"], p["addr"], my_number(9200 + i), amt, int(amt * 0.1021)])
add(36, "stop", SHOJI, ["ペイロールワークス 年末調整チーム <nencho@payrollworks.co.jp>"],
    "支払調書データ（社外講師分）の送付",
    charset="shift_jis",
    body=f"""株式会社ペイロールワークス
年末調整チーム ご担当者様

お世話になっております。日の出産業 経理部の東海林です。
今年度から支払調書の作成もお願いすることになりました件、
まずは人材開発課分の社外講師（5名）のデータをお送りします。

個人番号の確認書類は当社で保管しております。
提出期限の1月末に間に合うよう、ご対応のほどよろしくお願いいたします。
{SIG_SHOJI}""",
    attachments=[{"kind": "xlsx", "name": "社外講師_支払調書データ_2025.xlsx", "sheets": {"講師": _sheet}}],
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="five lecturers' My Numbers and home addresses in an XLSX to a payroll outsourcer")

add(37, "stop", ONUKI, ["ITスキル検定センター 受付 <uketsuke@itskill-center.or.jp>"],
    "団体受験の本人確認書類について（1名）",
    charset="iso-2022-jp",
    body=f"""ITスキル検定センター
受付ご担当者様

お世話になっております。日の出産業 人事部の大貫です。
11月の団体受験について、受験者の1名が運転免許証・パスポートを持っていないため、
本人確認書類を健康保険証で登録したいとのことです。
申込フォームの入力欄に入らなかったため、メールでお送りします。

受験者：宇佐美 詩織（平成12年2月9日生）
本人確認書類：健康保険被保険者証
　記号：7310024　番号：186
　保険者番号：06271405

こちらで受付いただけるか、ご確認をお願いいたします。
{SIG_ONUKI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    note="a candidate's health-insurance card 記号・番号 (ID document) with birth date to an exam body")

add(38, "stop", ISURUGI, ["社会保険労務士 岡部様 <okabe@chuo-roumu.jp>"],
    "研修センター 嘱託講師の社会保険 資格取得手続きのお願い",
    body=f"""中央労務パートナーズ
岡部様

いつもお世話になっております。日の出産業の石動です。
10月1日付で、研修センターの嘱託講師として元・品質保証部長の方を再雇用することになりました。
健康保険・厚生年金の資格取得届の作成をお願いします。

　氏名　　　　：籾山 修（もみやま おさむ）
　生年月日　　：昭和35年3月21日
　住所　　　　：〒520-0044 滋賀県大津市京町2-8-17
　基礎年金番号：4120-583906
　報酬月額　　：320,000円（週4日勤務）

雇用契約書の写しは明日郵送いたします。
{SIG_ISURUGI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"], detectors=["personal_data"],
    note="a rehired lecturer's basic pension number, birth date and address sent to a 社労士")


# ==========================================================================================
# STOP — three or more external parties visible in To/Cc
# ==========================================================================================

add(39, "stop", ISURUGI,
    ["高森 純一 様 <j-takamori@bl-soken.co.jp>", "柏木 様 <kashiwagi@nextcareer-kensyu.jp>",
     "ヒューマンスキル研究所 営業部 <sales@hs-kenkyujo.co.jp>", "人材通信教育センター <hojin@jinzai-tsushin.co.jp>"],
    "【ご案内】2026年度 新入社員研修 企画提案のお願い",
    charset="iso-2022-jp",
    body=f"""各位

平素より大変お世話になっております。
日の出産業株式会社 人事部 人材開発課の石動でございます。

このたび、2026年度新入社員研修（4月上旬から5月中旬、約45名）の企画・運営について、
提案を募集することといたしました。添付の提案依頼書（RFP）をご確認のうえ、
ご提案いただけますと幸いです。

・提案書提出期限：2025年10月31日（金）17:00
・提出先：本メールの送信者宛
・プレゼンテーション：11月中旬（個別にご連絡します）

ご不明な点は10月17日までにメールでお問い合わせください。
何卒よろしくお願い申し上げます。
{SIG_ISURUGI}""",
    attachments=[{"kind": "pdf", "name": "RFP_2026新入社員研修.pdf", "title": "提案依頼書",
                  "lines": ["2026年度 新入社員研修 企画・運営 提案依頼書", "", "1. 目的：社会人基礎力と当社事業の理解",
                            "2. 対象：2026年4月入社 約45名（技術系30名・事務系15名）",
                            "3. 期間：2026年4月6日から5月15日（うち集合研修20日間）",
                            "4. 提案に含める事項：カリキュラム、講師体制、費用見積、効果測定の方法",
                            "5. 評価方法：内容40%、費用30%、実績30%"]}],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="an RFP to four competing training companies all in To: they see each other (should be Bcc)")

add(40, "stop", ONUKI,
    ["秋月 遥 <haruka.akizuki@gmail.com>", "小暮 慎吾 <kogure-shingo@yahoo.co.jp>", "樋渡 朋子 <tomoko.hiwatashi@icloud.com>"],
    "【日程調整】講師打合せ（下期階層別研修）",
    charset="shift_jis",
    body=f"""講師の先生方

いつも大変お世話になっております。日の出産業 人材開発課の大貫です。
下期の階層別研修について、講師の先生方と内容のすり合わせをしたく、
オンラインで1時間ほどお時間をいただけないでしょうか。

候補日：
　9/2（火）10:00-11:00
　9/4（木）15:00-16:00
　9/5（金）13:00-14:00

ご都合のよい日時を、このメールへの返信でお知らせください。
Teamsの招待は確定後にお送りします。
{SIG_ONUKI}""",
    detectors=["freemail_recipient", "external_recipients_visible", "multiple_external_domains"],
    note="three freelance lecturers (private persons on free mail) can see each other's addresses")

_p = people("041", 8, born=(2002, 2003))
add(41, "stop", NAKAZONO, [f"{p['name']} <{p['pmail']}>" for p in _p],
    "【日の出産業】入社前eラーニングのご案内",
    body=f"""内定者のみなさん

こんにちは。日の出産業 人事部 採用課の中園です。
寒くなってきましたが、お元気にお過ごしでしょうか。

入社前の準備として、eラーニング「ビジネス基礎パック」を用意しました。
近日中に「マナビバ」からアカウント登録の案内メールが届きますので、
3月20日までに全10講座の受講を完了してください（1講座20分程度です）。

わからないことがあれば、このメールに返信してください。
入社式でみなさんに会えるのを楽しみにしています。
{SIG_NAKAZONO}""",
    detectors=["freemail_recipient", "external_recipients_visible", "multiple_external_domains"],
    note="eight future hires' private addresses all in To instead of Bcc")

add(42, "stop", OKONOGI,
    ["川崎電機 安全環境課 <anzen@kawasaki-denki.co.jp>", "北国フーズ 総務部 <soumu@kitaguni-foods.co.jp>",
     "青葉運輸 滋賀営業所 <shiga@aoba-unyu.co.jp>"],
    "草津地区 合同安全衛生研修（11/14）のご案内と出席人数のお伺い",
    cc=["日本安全技能協会 近畿支部 <kinki@anzen-ginou.or.jp>"],
    charset="iso-2022-jp",
    body=f"""草津地区安全衛生協議会 会員各社 ご担当者様

いつもお世話になっております。今年度の幹事を務めております、日の出産業の小此木です。
恒例の合同安全衛生研修を下記のとおり開催いたします。

　日時：11月14日（金）13:30-16:30
　会場：日の出産業 滋賀工場 厚生棟2階 大会議室
　内容：「転倒・腰痛災害の防止」講師 日本安全技能協会 近畿支部
　　　　各社の取組事例発表（1社10分）

お手数ですが、各社の出席予定人数と事例発表の有無を10月31日までにお知らせください。
駐車場は第2駐車場をご利用ください。
{SIG_OKONOGI}""",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external organisations (three in To, one in Cc) visible to each other on a joint-training notice")

add(43, "stop", WHITFIELD,
    ["Priya Raghunathan <priya@brightpath-consulting.com>", "Markus Keller <m.keller@kellerpartners.de>",
     "Serena Tan <serena.tan@learnlab.sg>"],
    "Hinode Learning Week 2025 - speaker briefing",
    body=f"""Dear Priya, Markus and Serena,

Thank you all for agreeing to speak at Hinode Learning Week (13-17 October, Tokyo HQ and online).
Here is the briefing for your sessions:

- Slots: Priya 14 Oct 10:00 JST, Markus 15 Oct 16:00 JST, Serena 16 Oct 11:00 JST
- Format: 45 minutes plus 15 minutes Q&A, simultaneous interpretation into Japanese
- Slides: please send them by 3 October so the interpreters can prepare
- A tech check will be scheduled for the week before

If anything in the schedule does not work for you, just let me know.

Warm regards,
{SIG_WHITFIELD}""",
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="English mail to three speakers from three external companies, all in To")


# ==========================================================================================
# STOP — look-alike recipient domains
# ==========================================================================================

add(44, "stop", MORISHITA, ["さくらホテル 団体予約係 <group@sakura-hotei.jp>"],
    "6/19-20 合宿研修 ご予約内容の最終確認",
    charset="iso-2022-jp",
    body=f"""さくらホテル 団体予約係
ご担当者様

いつもお世話になっております。日の出産業の森下です。
6月19日・20日の合宿研修のご予約内容について、最終確認をお願いいたします。

　宿泊：6/19 1泊　ツイン8室・シングル2室（計18名）
　会議室：「桜の間」6/19 13:00から6/20 15:00（スクール形式、プロジェクター2台）
　食事：6/19 夕食（立食）、6/20 朝食・昼食（弁当）
　お支払い：請求書払い

変更があれば前日までにご連絡いたします。
よろしくお願いいたします。
{SIG_MORISHITA}""",
    detectors=["lookalike_domain"],
    note="sakura-hotei.jp: a one-letter look-alike of the partner hotel's sakura-hotel.jp")

_p = people("045", 8, born=(1976, 2000), depts=["滋賀工場 製造課", "滋賀工場 設備保全課", "滋賀工場 品質検査課", "滋賀工場 総務課"])
add(45, "stop", ONUKI, ["真栄田 康平 <maeda.kohei@hinode-sangyo.jp>"],
    "滋賀工場 階層別研修 受講者名簿（確認用）",
    charset="shift_jis",
    body=f"""真栄田さん

お疲れさまです。人材開発課の大貫です。
来月滋賀工場で実施する主任研修の受講者名簿を送ります。
工場側で把握している情報と相違がないか、確認をお願いします。
特に携帯番号は緊急連絡網にも使うので、変わっている人がいたら教えてください。

よろしくお願いします。
{SIG_ONUKI}""",
    attachments=[{"kind": "xlsx", "name": "主任研修_滋賀工場_受講者名簿.xlsx", "sheets": {
        "名簿": [["主任研修（滋賀工場開催）受講者名簿"], [],
               ["社員番号", "氏名", "所属", "携帯", "メール"]] +
              [[p["emp"], p["name"], p["dept"], p["mobile"], p["email"]] for p in _p]}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but sent to hinode-sangyo.jp (co. dropped), with an 8-person roster")

add(46, "stop", IGARASHI, ["ツバサシステム 三好様 <miyoshi@tsubasa-sysytem.jp>"],
    "LMSのSSO連携（SAML）設定値の件",
    body=f"""ツバサシステム
三好様

お世話になっております。日の出産業 情報システム部の五十嵐です。
eラーニング基盤（マナビバ）とのSSO連携について、当社IdP側の設定値をお送りします。

　Entity ID：https://idp.hinode-sangyo.co.jp/saml/metadata
　ACS URL ：https://hinode-sangyo.manabiba.com/sso/acs
　NameID   ：emailAddress
　署名      ：SHA-256

証明書は有効期限の関係で来月差し替え予定です。差し替え手順もご相談させてください。
{SIG_IGARASHI}""",
    detectors=["lookalike_domain"],
    note="tsubasa-sysytem.jp: a letter added to the partner domain tsubasa-system.jp")

add(47, "stop", OKONOGI, ["川崎電機 安全環境課 森園様 <morizono@kawasaki-denki.com>"],
    "合同安全教育（KYT研修）の日程候補",
    charset="iso-2022-jp",
    body=f"""川崎電機株式会社
安全環境課　森園様

お世話になっております。日の出産業の小此木です。
先日お話しした、両社の協力会社向けKYT（危険予知訓練）研修ですが、
講師の都合を確認したところ、以下の日程で調整可能とのことでした。

　候補1：12月3日（水）13:30-16:30
　候補2：12月10日（水）9:30-12:30

会場は御社の研修室をお借りできればと思っております。ご検討をお願いします。
{SIG_OKONOGI}""",
    detectors=["lookalike_domain"],
    note="kawasaki-denki.com: the partner's kawasaki-denki.co.jp with another TLD")

add(48, "stop", MORISHITA, ["錦印刷 制作部 渡会様 <watarai@nishiki-insatu.co.jp>"],
    "Re: 修了証 校正PDFの件",
    charset="shift_jis",
    body=f"""渡会様

お世話になっております。森下です。
校正PDFを確認しました。以下2点のみ修正をお願いします。

1. 社長名の「代表取締役社長」の前に社名を入れてください
2. 金箔の枠線をもう少し細く（0.5mm程度）

それ以外は問題ありません。修正後の校正は不要ですので、そのまま本刷りに進めてください。
{SIG_MORISHITA}

> 森下様
> 修了証の校正PDFをお送りします。ご確認をお願いいたします。
> 錦印刷 制作部 渡会""",
    detectors=["lookalike_domain"],
    note="nishiki-insatu.co.jp: one letter dropped from the partner printer's nishiki-insatsu.co.jp")


# ==========================================================================================
# STOP — confidentiality markings on documents / the mail
# ==========================================================================================

add(49, "stop", ISURUGI, ["高森 純一 様 <j-takamori@bl-soken.co.jp>"],
    "リーダー研修のケース教材（当社事例）について",
    body=f"""高森様

お世話になっております。石動です。
リーダー研修のケーススタディを当社の実例で作りたいとのお話でしたので、
社内の管理職研修で使っている事例集をお送りします。
この中から2件ほど選んで、御社でケース教材に仕立てていただけますでしょうか。

よろしくお願いいたします。
{SIG_ISURUGI}""",
    attachments=[{"kind": "pptx", "name": "管理職研修_社内事例集_2025.pptx", "page_footer": "社外秘　日の出産業株式会社 人事部",
                  "slides": [["管理職研修 社内事例集", "2025年度版", "人事部 人材開発課"],
                             ["事例1：滋賀工場 品質不良の再発", "2023年の顧客クレームと是正の経緯", "現場リーダーの判断と課題"],
                             ["事例2：九州支店 大口顧客の失注", "価格交渉と社内調整の遅れ", "振り返りで出た論点"],
                             ["事例3：新基幹システム導入の遅延", "部門間の利害対立", "プロジェクトリーダーの役割"]]}],
    detectors=["confidential_marking"],
    note="slides whose every page carries a 社外秘 footer sent to a training company")

add(50, "stop", ISURUGI, ["エイチアールデザイン 宮内様 <miyauchi@hrdesign.co.jp>"],
    "評価者研修の資料作成用　新人事評価制度の説明資料",
    charset="iso-2022-jp",
    body=f"""株式会社エイチアールデザイン
宮内様

いつもお世話になっております。日の出産業の石動です。
来年度から導入する新人事評価制度について、評価者研修の教材を作っていただく件、
社内説明用の資料をお送りしますので、こちらをベースにご検討ください。
等級ごとの評価基準は、まだ労使協議中のため変更の可能性があります。

よろしくお願いいたします。
{SIG_ISURUGI}""",
    attachments=[{"kind": "docx", "name": "新人事評価制度_説明資料_v0.9.docx", "page_header": "部外秘",
                  "title": "新人事評価制度 説明資料",
                  "paragraphs": ["新人事評価制度 説明資料（評価者向け）", "1. 制度改定の目的",
                                 "成果と行動の両面から評価し、処遇への反映を明確にする。",
                                 "2. 評価の構成", "業績評価 60%、行動評価 40%（管理職は 70% / 30%）",
                                 "3. 評価段階", "S・A・B・C・D の5段階。B を標準とする。",
                                 "4. 昇給への反映", "評価段階ごとの昇給率は別表（労使協議中）"],
                  "tables": [[["等級", "業績評価の観点", "行動評価の観点"], ["M1", "部門目標の達成", "組織運営・人材育成"],
                              ["S2", "担当業務の成果", "主体性・協働"], ["S1", "業務の正確さ", "基本行動"]]]}],
    detectors=["confidential_marking"],
    note="a DOCX whose page header is 部外秘 sent to an outside HR consultancy")

add(51, "stop", ISURUGI, ["柏木 様 <kashiwagi@nextcareer-kensyu.jp>"],
    "【取扱注意】次世代リーダー選抜研修　候補者情報",
    charset="shift_jis",
    body=f"""【取扱注意】本メールの内容は関係者限りでお願いします。

ネクストキャリア研修
柏木様

お世話になっております。石動です。
次世代リーダー選抜研修のアセスメント設計にあたり、候補者4名の情報をお送りします。

　・葛西 圭介（営業一部 課長）　直近2年の評価 A / S、360度評価で「巻き込み力」に課題
　・真壁 里奈（経営企画部 課長）評価 S / A、海外駐在の希望あり
　・轟 直樹（生産技術部 課長）　評価 A / A、部下の離職が続いている点を懸念
　・平良 瑞穂（法務部 課長）　　評価 A / B、本人は選抜を知らない

候補者本人には、選抜である旨はまだ伝えていません。
{SIG_ISURUGI}""",
    entities=["PERSON_NAME"], detectors=["confidential_marking", "personal_data"],
    note="the mail itself is stamped 【取扱注意】 (4 candidates' evaluations follow)")

add(52, "stop", WHITFIELD, ["Apex Leadership Programs <programs@apex-leadership.com>"],
    "Competency framework for the program design",
    body=f"""Dear Ms. Lim,

As promised, attached is our leadership competency framework. It should help your team
tailor the case studies and the 360 feedback questionnaire to our expectations.

Happy to walk you through it next week.

Kind regards,
{SIG_WHITFIELD}""",
    attachments=[{"kind": "pdf", "name": "Hinode_Competency_Framework_2025.pdf",
                  "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.", "page_footer": "Internal use only",
                  "title": "Hinode Competency Framework 2025",
                  "lines": ["Hinode Leadership Competency Framework 2025", "",
                            "1. Sets direction: translates strategy into clear priorities",
                            "2. Builds people: coaches, delegates and develops successors",
                            "3. Drives results: owns targets, removes obstacles",
                            "4. Works across boundaries: aligns functions and regions",
                            "", "Proficiency levels: Foundation / Proficient / Advanced / Role model"]}],
    detectors=["confidential_marking"],
    note="English: a PDF stamped CONFIDENTIAL / Internal use only on every page, sent outside")


# ==========================================================================================
# STOP — attachments that cannot be read
# ==========================================================================================

_p = people("053", 12, born=(1975, 2000))
add(53, "stop", ONUKI, ["ヒューマンスキル研究所 受付 <seminar@hs-kenkyujo.co.jp>"],
    "ファシリテーション研修 受講者名簿（パスワード付）",
    charset="iso-2022-jp",
    body=f"""ヒューマンスキル研究所
セミナー受付ご担当者様

お世話になっております。日の出産業の大貫です。
ファシリテーション研修（12/4）の受講者名簿を送付いたします。
添付ファイルはパスワードを設定しております。パスワードは別メールにてお送りします。

ご確認のほどよろしくお願いいたします。
{SIG_ONUKI}""",
    attachments=[{"kind": "zip", "name": "受講者名簿_1204.zip", "password": "Hs1204#fac",
                  "files": [{"kind": "xlsx", "name": "受講者名簿_1204.xlsx", "sheets": {"名簿": [["氏名", "所属", "携帯", "メール"]] +
                             [[p["name"], p["dept"], p["mobile"], p["email"]] for p in _p]}}]}],
    detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) of a roster: its content cannot be inspected")

add(54, "stop", OKONOGI, ["日本安全技能協会 近畿支部 講習係 <kinki@anzen-ginou.or.jp>"],
    "職長教育 修了者一覧（PDF・パスワード保護）",
    charset="shift_jis",
    body=f"""日本安全技能協会 近畿支部
講習係 御中

お世話になっております。日の出産業の小此木です。
先月社内で実施した職長・安全衛生責任者教育（RSTトレーナーによる社内講習）の
修了者一覧をお送りします。協会の修了者台帳への登録をお願いします。
PDFは開封パスワードを設定しています。パスワードはお電話でお伝えします。
{SIG_OKONOGI}""",
    attachments=[{"kind": "pdf", "name": "職長教育_修了者一覧_2025-10.pdf", "password": "anzen2510",
                  "lines": ["職長・安全衛生責任者教育 修了者一覧"],
                  "table": [["氏名", "生年月日", "所属"], ["小暮 航", "1984/05/02", "製造課"], ["根岸 陽菜", "1990/11/23", "設備保全課"]]}],
    detectors=["unscannable_attachment"],
    note="an encrypted (password-protected) PDF cannot be inspected")

add(55, "stop", MORISHITA, ["高森 純一 様 <j-takamori@bl-soken.co.jp>"],
    "2024年度 研修受講実績データ",
    body=f"""高森様

お世話になっております。森下です。
効果測定のレポート作成用に、2024年度の研修受講実績をExcelでお送りします。
（社内システムから出力したものをそのまま添付しています。）

ご不明点があればお知らせください。
{SIG_MORISHITA}""",
    attachments=[{"kind": "corrupt", "name": "研修受講実績_2024年度.xlsx"}],
    detectors=["unscannable_attachment"],
    note="the XLSX attachment is corrupt and cannot be read")


# ==========================================================================================
# PASS — internal recipients only, whatever the content
# ==========================================================================================

_p = people("056", 15, born=(2001, 2003))
add(56, "pass", MORISHITA,
    ["営業一部長 <eigyo1-bucho@hinode-sangyo.co.jp>", "生産技術部長 <seigi-bucho@hinode-sangyo.co.jp>",
     "品質保証部長 <hinsho-bucho@hinode-sangyo.co.jp>"],
    "新入社員 配属先別名簿（OJT開始前のご確認）",
    cc=["人材開発課 <jinzai@hinode-sangyo.co.jp>"],
    charset="iso-2022-jp",
    body=f"""各部長

お疲れさまです。人材開発課の森下です。
5月19日からのOJT開始に先立ち、配属先別の新入社員名簿をお送りします。
緊急連絡用に本人の携帯番号も載せていますので、取扱いにはご注意ください。

OJTトレーナーの最終決定は、5月9日までに人材開発課までお知らせください。
{SIG_MORISHITA}""",
    attachments=[{"kind": "xlsx", "name": "新入社員_配属先別名簿_2025.xlsx", "sheets": {
        "配属先別": [["2025年度 新入社員 配属先別名簿"], [], ["配属先", "氏名", "フリガナ", "生年月日", "携帯", "出身校"]] +
                 [[["営業一部", "生産技術部", "品質保証部"][i % 3], p["name"], p["kana"], ymd(p["dob"]), p["mobile"],
                   _univ[i % 5]] for i, p in enumerate(_p)]}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    note="a 15-person roster with birth dates and mobiles, but every recipient is internal")

add(57, "pass", OKONOGI,
    ["産業医 室 <sangyoi@shiga.hinode-sangyo.co.jp>", "滋賀工場 総務課 <soumu@shiga.hinode-sangyo.co.jp>"],
    "有機溶剤作業主任者講習 受講予定者の特殊健診結果（確認依頼）",
    body=f"""産業医 室井先生
総務課各位

お疲れさまです。安全衛生課の小此木です。
来月の有機溶剤作業主任者技能講習に派遣する6名について、
直近の有機溶剤特殊健康診断の結果を一覧にしました。
講習派遣と、その後の作業主任者選任に差し支えないか、ご意見をいただけますでしょうか。

氏名          所属        尿中代謝物   肝機能       判定
------------  ----------  -----------  -----------  ----------------
猪俣 大地     塗装課      分布1        異常なし     異常なし
宍戸 香織     塗装課      分布1        AST/ALT高値  要経過観察（脂肪肝）
四方田 亮     製造課      分布2        異常なし     要再検査
熊谷 智也     製造課      分布1        γ-GTP高値   要医療（アルコール性肝障害疑い）
丹羽 恵       品質検査課  分布1        異常なし     異常なし
若狭 光太郎   製造課      分布1        異常なし     異常なし

よろしくお願いします。
{SIG_OKONOGI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    note="health-check results of 6 named workers, but sent only to an internal subdomain")

_mn = my_number(9301)
add(58, "pass", MORISHITA, [SHOJI], "講師謝金　秋月先生のマイナンバー（社内便）",
    charset="shift_jis",
    body=f"""東海林さん

お疲れさまです。人材開発課の森下です。
秋月先生から、マイナンバーカードの写しと番号の提供がありましたので、
支払調書用にお知らせします。写しの原本は本日、社内便（親展）で経理部宛に送りました。

　氏名：秋月 遥
　住所：東京都三鷹市下連雀4-16-9-305
　個人番号：{_mn}

このメールは確認後に削除していただけると助かります。
{SIG_MORISHITA}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
    note="a lecturer's My Number goes from HR to accounting: all recipients internal")

_p = people("059", 20, born=(1975, 2000))
_lines = ["氏名\t所属\tL\tR\t合計\t前回比"]
for p in _p:
    r = random.Random(p["name"] + "toeic")
    l, rd = r.randrange(200, 460, 5), r.randrange(150, 440, 5)
    _lines.append(f"{p['name']}\t{p['dept']}\t{l}\t{rd}\t{l + rd}\t{r.choice(['+', '-'])}{r.randrange(0, 80, 5)}")
add(59, "pass", FUJIGAYA, ["海外事業部長 <kaigai-bucho@hinode-sangyo.co.jp>"],
    "7月 TOEIC IPテスト結果（海外事業部受験者分）",
    cc=[MORISHITA],
    charset="iso-2022-jp",
    body="""部長

お疲れさまです。藤ヶ谷です。
7月に実施したTOEIC IPテストの結果が出ましたので、部内受験者分を共有します。
海外赴任候補の要件（730点）を超えたのは4名でした。

""" + "\n".join(_lines) + f"""

人事の森下さんにもCCしています。
{SIG_FUJIGAYA}""",
    entities=["PERSON_NAME"],
    note="20 employees' test scores, tab-separated, to internal recipients only")


# ==========================================================================================
# PASS — one to four people's records to an external recipient
# ==========================================================================================

add(60, "pass", ONUKI, ["高森 純一 様 <j-takamori@bl-soken.co.jp>"],
    "考課者研修（9/18）受講者変更のご連絡",
    body=f"""高森様

お世話になっております。日の出産業の大貫です。
9/18の考課者研修について、受講者を1名変更させてください。

　変更前：購買部 磯貝 課長（業務都合により欠席）
　変更後：購買部 坂東 翔太 課長代理
　　　　　携帯 080-6614-2093　bando.shota@hinode-sangyo.co.jp

事前課題は坂東さんに直接お送りいただけますでしょうか。
お手数をおかけします。
{SIG_ONUKI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="one substitute attendee's mobile and e-mail to a training company: under five people")

add(61, "pass", MORISHITA, ["湯河原研修センター フロント <front@yugawara-kc.jp>"],
    "10/16-17 ご利用の件　引率者の連絡先",
    charset="shift_jis",
    body=f"""湯河原研修センター
フロントご担当者様

お世話になっております。日の出産業の森下です。
10月16日からの研修でお世話になります。当日の引率者3名の連絡先をお知らせします。
到着が遅れる場合などは、下記いずれかにご連絡ください。

　森下 千尋（人材開発課）　090-3318-7402
　大貫 悠斗（人材開発課）　080-2290-6157
　葛西 圭介（営業一部・ファシリテーター）　070-4103-8826

バスは10:40頃到着の予定です。
{SIG_MORISHITA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three escorts' mobiles for the day of the training: a short contact list, not a roster")

_p = people("062", 4, born=(1990, 2002))
add(62, "pass", ONUKI, ["日本ビジネス検定協会 団体受験係 <dantai@jbk-kentei.or.jp>"],
    "団体受験 追加申込（4名）",
    charset="iso-2022-jp",
    body=f"""日本ビジネス検定協会
団体受験係 御中

お世話になっております。日の出産業の大貫です。
先日の団体申込に、追加で4名をお願いできますでしょうか（団体番号 D-2210457）。

""" + "\n".join(f"　{p['name']}（{p['kana']}）　{wareki(p['dob'])}生　3級" for p in _p) + f"""

受験票は前回同様、本社人事部宛にまとめてお送りください。
{SIG_ONUKI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="four additional candidates with birth dates: one to four people's records may go")

add(63, "pass", FUJIGAYA, ["グローバルトーク株式会社 法人研修課 <corporate@globaltalk.co.jp>"],
    "Re: 英会話研修の追加受講者について",
    body=f"""グローバルトーク 法人研修課
ご担当者様

お世話になっております。藤ヶ谷です。
途中参加の件、ご快諾いただきありがとうございます。
追加の2名は以下のとおりです。レベルチェックの案内をお願いします。

・江藤 隆之（海外事業部）eto.takayuki@hinode-sangyo.co.jp
・秦 綾乃（購買部）hata.ayano@hinode-sangyo.co.jp

よろしくお願いいたします。
{SIG_FUJIGAYA}

-----Original Message-----
From: グローバルトーク 法人研修課 <corporate@globaltalk.co.jp>
Sent: Tuesday, October 14, 2025 10:12 AM
Subject: RE: 英会話研修の追加受講者について

藤ヶ谷様
途中からの参加でも問題ございません。お名前とメールアドレスをお知らせください。""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="two learners' names and company e-mail to the language school")


# ==========================================================================================
# PASS — lists of businesses, not people
# ==========================================================================================

add(64, "pass", ONUKI, ["柏木 様 <kashiwagi@nextcareer-kensyu.jp>"],
    "合宿研修の会場候補（施設一覧）",
    charset="shift_jis",
    body=f"""柏木様

お世話になっております。大貫です。
来年2月の管理職合宿研修について、社内で挙がっている会場候補をまとめました。
各施設への空き状況の確認をお願いできますでしょうか。

施設名                    所在地                      電話          収容  備考
------------------------  --------------------------  ------------  ----  ----------------
湯河原研修センター        神奈川県足柄下郡湯河原町    0465-62-4410  60名  温泉あり
八ヶ岳セミナーハウス      山梨県北杜市大泉町          0551-38-2270  40名  冬季は送迎バスあり
さくらホテル 箱根         神奈川県足柄下郡箱根町      0460-85-3311  80名  当社提携
びわ湖研修会館            滋賀県大津市におの浜        077-522-6810  120名 工場から近い
房総カンファレンスパーク  千葉県木更津市中島          0438-41-5520  50名  体育館あり

予算は1泊3食で1人18,000円以内を想定しています。
{SIG_ONUKI}""",
    note="a directory of training facilities with their switchboards: businesses, not people")

add(65, "pass", MORISHITA, ["ヒューマンスキル研究所 営業部 <sales@hs-kenkyujo.co.jp>"],
    "出張研修の実施拠点について",
    charset="iso-2022-jp",
    body=f"""ヒューマンスキル研究所
営業部 ご担当者様

お世話になっております。日の出産業の森下です。
お問い合わせいただいた、出張研修の実施拠点（各拠点の会議室）は以下です。
講師の方の移動手配にお使いください。

■本社　〒105-0014 東京都港区芝2-14-6 日の出ビル　TEL 03-5419-2200（代）
■滋賀工場　〒525-0058 滋賀県草津市野路東7-3-1　TEL 077-561-3301（代）
■大阪支店　〒530-0001 大阪府大阪市北区梅田3-2-15 梅田NKビル9F　TEL 06-6345-7120
■九州支店　〒812-0011 福岡県福岡市博多区博多駅前2-9-21　TEL 092-441-5530
■仙台営業所　〒980-0811 宮城県仙台市青葉区一番町1-6-3　TEL 022-262-8841

いずれも受付で「人事部の研修」とお伝えください。
{SIG_MORISHITA}""",
    note="our own offices' addresses and switchboards: business contacts only")

add(66, "pass", FUJIGAYA, ["青空トラベル 野口様 <noguchi@aozora-travel.co.jp>"],
    "来年度 海外語学研修の候補校",
    body=f"""野口様

お世話になっております。藤ヶ谷です。
来年度の海外語学研修について、社内で候補に挙がっている学校を一覧にしました。
それぞれ法人向けプログラムの有無と、8月の受入れ可否を確認いただけますか。

| 学校名 | 都市 | 代表電話 | Web |
|---|---|---|---|
| Pacific Language Institute | Vancouver, Canada | +1-604-555-0182 | pli-edu.com |
| Harbourside English College | Sydney, Australia | +61-2-5550-3391 | harbourside-ec.com.au |
| Cebu Global Academy | Cebu, Philippines | +63-32-555-0147 | cebuglobal-academy.ph |
| Kiwi Campus Auckland | Auckland, New Zealand | +64-9-555-0223 | kiwicampus.co.nz |

予算感は1人あたり2週間で40万円前後です。
{SIG_FUJIGAYA}""",
    note="a list of language schools with switchboards: organisations, not people")


# ==========================================================================================
# PASS — quoted text the recipient already has
# ==========================================================================================

_p = people("067", 8, born=(1978, 1999))
_q = "\n".join(f"> {i}. {p['name']}　{p['dept']}　{p['mobile']}" for i, p in enumerate(_p, 1))
add(67, "pass", MORISHITA, ["高森 純一 様 <j-takamori@bl-soken.co.jp>"],
    "Re: 【ご確認】OJTトレーナー研修 グループ分け案",
    charset="iso-2022-jp",
    body=f"""高森様

お世話になっております。森下です。
グループ分け案、確認いたしました。この内容で問題ございません。
当日はよろしくお願いいたします。

{SIG_MORISHITA}

2025年5月20日(火) 15:03 高森 純一 <j-takamori@bl-soken.co.jp>:
> 森下様
>
> いただいた名簿をもとに、グループ分け案を作成しました。
> 念のため、連絡先とあわせてご確認ください。
>
> 【Aグループ】
{_q}
>
> ビジネスラーニング総研 高森""",
    note="the roster appears only as '>' quoted text of the training company's own mail")

_p = people("068", 9, born=(1968, 1998))
_q = "\n".join(f"{p['name']}　{wareki(p['dob'], 'short')}生　修了証番号 KA-25-{3310 + i}" for i, p in enumerate(_p))
add(68, "pass", OKONOGI, ["日本安全技能協会 近畿支部 講習係 <kinki@anzen-ginou.or.jp>"],
    "RE: 低圧電気特別教育 修了者のご連絡",
    charset="shift_jis",
    body=f"""講習係 ご担当者様

お世話になっております。日の出産業の小此木です。
修了者のご連絡ありがとうございました。内容を確認し、社内の教育記録に登録いたしました。
修了証の原本は工場総務で受け取ります。

{SIG_OKONOGI}

-----Original Message-----
From: 日本安全技能協会 近畿支部 講習係 <kinki@anzen-ginou.or.jp>
Sent: Friday, September 26, 2025 4:41 PM
To: 小此木 誠 <okonogi-m@hinode-sangyo.co.jp>
Subject: 低圧電気特別教育 修了者のご連絡

日の出産業株式会社
小此木様

9/24-25の低圧電気取扱業務特別教育の修了者は以下のとおりです。

{_q}

修了証は本日発送いたしました。
一般社団法人 日本安全技能協会 近畿支部 講習係""",
    note="the list of 9 graduates with birth dates is only in the quoted Original Message")

_p = people("069", 8, born=(1974, 1992))
_q = "\n".join(f"> - {p['first']} {p['last']}, {p['email']}, +81 {p['mobile'][1:]}" for p in _p)
add(69, "pass", WHITFIELD, ["Apex Leadership Programs <programs@apex-leadership.com>"],
    "Re: Participant list confirmation",
    body=f"""Dear Ms. Lim,

Confirmed - the list below is correct and complete. Thank you for checking.

Best regards,
Daniel

On Mon, 18 Aug 2025 at 09:14, Apex Leadership Programs <programs@apex-leadership.com> wrote:
> Dear Daniel,
>
> Before we issue the visitor passes, could you confirm the participant list below?
>
{_q}
>
> Many thanks,
> Grace Lim, Program Coordinator""",
    note="English reply: the 8-person list is quoted under 'On ... wrote:' from the recipient's own mail")


# ==========================================================================================
# PASS — disclaimers, NDA talk
# ==========================================================================================

add(70, "pass", ONUKI, ["ヒューマンスキル研究所 受付 <seminar@hs-kenkyujo.co.jp>"],
    "ファシリテーション研修（12/4）会場・時間の確認",
    charset="iso-2022-jp",
    body=f"""ヒューマンスキル研究所
セミナー受付ご担当者様

お世話になっております。日の出産業の大貫です。
12月4日のファシリテーション研修について、以下の内容で相違ないかご確認ください。

　会場：日の出産業 本社 10階 大会議室A（定員30名・島型6卓）
　時間：9:30-17:30（受付開始 9:00）
　機材：プロジェクター、ホワイトボード2台、付箋・模造紙は当社で用意
　昼食：各自（近隣の飲食店マップを配布します）

講師の方の入館証は受付にご用意しておきます。
{SIG_ONUKI}
{DISCLAIMER_JA}""",
    note="ordinary logistics with the standard confidentiality disclaimer at the end")

add(71, "pass", WHITFIELD, ["LearnSphere Implementation <implementation@learnsphere.io>"],
    "Re: Go-live checklist for the Leadership Essentials cohort",
    body=f"""Hi Megan,

Thanks for the checklist. Items 1-6 are done on our side; the only open item is the
welcome banner text, which our communications team will send you by Friday.

We are fine with the go-live date of 3 November.

Best regards,
{SIG_WHITFIELD}
{DISCLAIMER_EN}""",
    note="English mail with a standard confidentiality disclaimer; no personal data")

add(72, "pass", ISURUGI, ["高森 純一 様 <j-takamori@bl-soken.co.jp>"],
    "秘密保持契約書（案）へのコメント",
    charset="shift_jis",
    body=f"""高森様

お世話になっております。石動です。
研修運営の業務委託に先立ち締結する秘密保持契約書（案）について、
当社の顧問弁護士（白川法律事務所）の確認が終わりましたので、コメントをお送りします。

・第2条（秘密情報の定義）：口頭で開示した情報も、開示後30日以内に書面で特定すれば対象とする
・第5条（返還・廃棄）：受講者名簿などの個人情報は、研修終了後60日以内に廃棄し、廃棄証明を提出
・第9条（有効期間）：契約終了後も3年間は存続

修正版をWordの変更履歴付きでお送りいただければ、社内の押印手続きに回します。
{SIG_ISURUGI}""",
    note="mail about an NDA (秘密保持契約) with a training company: talk about confidentiality, no marking")

add(73, "pass", WHITFIELD, ["LearnSphere Legal <legal@learnsphere.io>"],
    "Mutual NDA - our comments (v3)",
    body=f"""Dear LearnSphere Legal team,

Please find attached our comments on the mutual NDA (v3). In short:

1. We would like the definition of Confidential Information to cover learner data
   processed on the platform, not only business information.
2. Term: three years after termination rather than two.
3. Governing law: Japanese law, Tokyo District Court.

Once these are settled we can sign electronically.

Kind regards,
{SIG_WHITFIELD}""",
    attachments=[{"kind": "docx", "name": "Mutual_NDA_Hinode_LearnSphere_v3_comments.docx",
                  "paragraphs": ["MUTUAL NON-DISCLOSURE AGREEMENT (draft v3, Hinode comments)",
                                 "1. Definitions. \"Confidential Information\" means any information disclosed by either party "
                                 "that is marked or identified as confidential at the time of disclosure.",
                                 "[Hinode comment: please add learner data processed on the platform.]",
                                 "2. Obligations. The receiving party shall use Confidential Information solely for the Purpose.",
                                 "3. Term. This Agreement survives for three (3) years after termination.",
                                 "4. Governing law. Japanese law; exclusive jurisdiction of the Tokyo District Court."]}],
    note="English NDA negotiation: the draft speaks of confidential information but carries no marking")


# ==========================================================================================
# PASS — orders, invoices, prices, tracking
# ==========================================================================================

add(74, "pass", SHOJI, ["ネクストキャリア研修 経理部 <keiri@nextcareer-kensyu.jp>"],
    "請求書番号 NC-250731-0042 の金額について",
    charset="iso-2022-jp",
    body=f"""ネクストキャリア研修株式会社
経理部 ご担当者様

お世話になっております。日の出産業 経理部の東海林です。
下記請求書について、発注書の金額と相違があるようですので、ご確認をお願いいたします。

　請求書番号：NC-250731-0042（2025年7月31日付）
　当社発注番号：PO-HR-2025-0318
　請求金額：1,056,000円（税込）
　発注金額：968,000円（税込）

差額の88,000円は、欠席者2名分の受講料（キャンセル規定により請求不可）と思われます。
訂正した請求書の再発行をお願いできますでしょうか。
{SIG_SHOJI}""",
    note="an invoice query: invoice and order numbers and amounts only")

add(75, "pass", FUJIGAYA, ["グローバルトーク株式会社 営業部 <sales@globaltalk.co.jp>"],
    "Re: 来期の法人向け語学研修 お見積り",
    charset="shift_jis",
    body=f"""グローバルトーク 営業部
ご担当者様

お世話になっております。藤ヶ谷です。
お見積りありがとうございました。社内検討用に、いただいた内容を整理させてください。

プラン                        形式        期間      定員   受講料（1名・税抜）
----------------------------  ----------  --------  -----  -------------------
ビジネス英会話 スタンダード   オンライン  3か月     6名    84,000円
ビジネス英会話 集中           対面        2か月     4名    132,000円
TOEIC L&R 対策                オンライン  2か月     10名   48,000円
英文メール・ライティング      eラーニング 3か月     無制限 19,800円

20名以上の申込で10%割引、というご提示で間違いないでしょうか。
{SIG_FUJIGAYA}""",
    note="a price table of courses: products and prices, no people")

add(76, "pass", MORISHITA, ["錦印刷 制作部 渡会様 <watarai@nishiki-insatsu.co.jp>"],
    "研修テキスト 追加発注と配送状況の確認",
    body=f"""錦印刷
渡会様

お世話になっております。森下です。
研修テキスト「日の出産業の仕事の進め方（2025年版）」を追加で発注させてください。

　注文番号：HS-PO-25-1127
　品目：研修テキスト A4・中綴じ 48頁
　部数：120部
　単価：620円（税抜）
　納品先：日の出産業 滋賀工場 総務課

また、前回分（注文番号 HS-PO-25-0981）は、青葉運輸の問い合わせ番号
4471-2290-3185 で発送済みと伺いましたが、まだ工場に届いていないようです。
配送状況をご確認いただけますか。
{SIG_MORISHITA}""",
    note="order numbers, a unit price and a carrier tracking number: no personal data")


# ==========================================================================================
# PASS — statistics without people
# ==========================================================================================

add(77, "pass", MORISHITA, ["高森 純一 様 <j-takamori@bl-soken.co.jp>"],
    "効果測定レポート用　部署別受講率のデータ",
    charset="iso-2022-jp",
    body=f"""高森様

お世話になっております。森下です。
破損していたファイルの件、失礼しました。必要な集計値のみ本文に記載します。

部署            対象者  受講者  受講率   理解度テスト平均
--------------  ------  ------  -------  ----------------
営業本部          142     131    92.3%   78.4
生産本部          215     188    87.4%   74.1
管理本部           86      84    97.7%   81.9
研究開発センター   54      47    87.0%   83.2
全社              497     450    90.5%   77.6

部署名以外の個人が特定できる情報は含めていません。
{SIG_MORISHITA}""",
    note="completion statistics by department: aggregates, no people")

add(78, "pass", ONUKI, ["ネクストキャリア研修 講師 久住様 <kusumi@nextcareer-kensyu.jp>"],
    "新任管理職研修 受講後アンケートの集計結果",
    charset="shift_jis",
    body=f"""久住先生

先日は2日間の新任管理職研修、ありがとうございました。
受講後アンケートの集計結果をお送りします（回答者 26名 / 28名）。
自由記述は、個人が特定できそうな部分を伏せたうえで抜粋しています。
{SIG_ONUKI}""",
    attachments=[{"kind": "xlsx", "name": "アンケート集計_新任管理職研修_2025.xlsx", "sheets": {
        "設問別": [["設問", "5", "4", "3", "2", "1", "平均"],
                ["研修全体の満足度", 12, 10, 3, 1, 0, 4.27],
                ["内容は業務に役立つ", 14, 9, 3, 0, 0, 4.42],
                ["講師の説明はわかりやすかった", 16, 8, 2, 0, 0, 4.54],
                ["時間配分は適切だった", 6, 11, 7, 2, 0, 3.81]],
        "自由記述": [["コメント（抜粋）"], ["1on1のロールプレイがすぐに使えそうだった"],
                 ["2日目の午後は詰め込みすぎに感じた"], ["他部署の課長と話せたのがよかった"]]}}],
    note="survey results as counts and averages with anonymised comments")

add(79, "pass", FUJIGAYA, ["グローバルトーク株式会社 法人研修課 <corporate@globaltalk.co.jp>"],
    "TOEIC IPテスト　部門別の平均スコア（研修設計のご参考）",
    body=f"""グローバルトーク 法人研修課
ご担当者様

お世話になっております。藤ヶ谷です。
来期のカリキュラム設計のご参考に、7月のIPテストの部門別集計をお送りします。

・海外事業部：受験32名、平均 648点（最高 905 / 最低 410）
・営業本部　：受験57名、平均 512点
・生産本部　：受験41名、平均 455点
・研究開発　：受験19名、平均 601点
・全社　　　：受験149名、平均 541点（前年比 +18点）

600点未満の層が全体の6割を占めるため、中級の底上げを重視したいと考えています。
{SIG_FUJIGAYA}""",
    note="average scores by department: statistics without people")


# ==========================================================================================
# PASS — two external organisations, one free-mail recipient
# ==========================================================================================

add(80, "pass", MORISHITA, ["高森 純一 様 <j-takamori@bl-soken.co.jp>"],
    "合宿研修 三者打合せ（会場下見）の日程",
    cc=["さくらホテル 宴会担当 <banquet@sakura-hotel.jp>"],
    charset="iso-2022-jp",
    body=f"""ビジネスラーニング総研 高森様
さくらホテル 宴会担当 今井様

お世話になっております。日の出産業の森下です。
6月の合宿研修について、会場の下見を兼ねた三者打合せを行いたく、日程をご相談させてください。

　候補：5/21（水）14:00、5/23（金）10:00、5/27（火）15:00

会議室のレイアウト（スクール形式から島型への転換）と、
夜のグループワークで使える部屋の有無を確認させていただければと思います。
{SIG_MORISHITA}""",
    detectors=["multiple_external_domains"],
    note="a normal three-way meeting mail: two external organisations in To/Cc")

add(81, "pass", IGARASHI, ["Manabiba 導入支援チーム <onboarding@manabiba.com>"],
    "SSO連携テストの段取りについて",
    cc=["ツバサシステム 三好様 <miyoshi@tsubasa-system.jp>"],
    body=f"""マナビバ 導入支援チーム 御中
ツバサシステム 三好様

お世話になっております。日の出産業 情報システム部の五十嵐です。
SSO連携の結合テストについて、段取りを共有します。

1. 11/4 ツバサシステム様：IdP側のテスト用アプリ登録
2. 11/5 マナビバ様：検証テナントでのSP設定
3. 11/6 当社：テストユーザー3件でログイン確認（テスト用アカウントのみ使用）

両社間で直接やり取りいただく場合も、当社をCCに入れてください。
{SIG_IGARASHI}""",
    detectors=["multiple_external_domains"],
    note="vendor and partner (two external organisations) on a test plan: allowed")

add(82, "pass", ISURUGI, ["秋月 遥 <haruka.akizuki@gmail.com>"],
    "来年度の研修講師のご依頼",
    charset="shift_jis",
    body=f"""秋月 遥 先生

いつも大変お世話になっております。日の出産業の石動です。
今年度もロジカルシンキング研修を担当いただき、ありがとうございました。
受講者アンケートでも「すぐ使える」との声が多く、大変好評でした。

来年度も同じ内容で全6回、ご担当いただけないかご相談させてください。
日程は5月から11月の間で、先生のご都合を優先して調整いたします。
謝金は今年度と同額（1回あたり110,000円・税込）を考えております。

ご検討のほど、よろしくお願いいたします。
{SIG_ISURUGI}""",
    detectors=["freemail_recipient"],
    note="one freelance lecturer on gmail: a single free-mail recipient may go")

add(83, "pass", NAKAZONO, ["坂東 颯 <hayate.bando0612@yahoo.co.jp>"],
    "入社前研修の日程について（坂東さん）",
    charset="iso-2022-jp",
    body=f"""坂東 颯 さん

こんにちは。日の出産業 採用課の中園です。
ご連絡ありがとうございます。卒業研究の発表と重なるとのこと、承知しました。

12月13日の内定者研修は欠席で構いません。
当日の資料は後日お送りしますので、1月の2回目から参加してください。
eラーニングは予定どおり3月20日までに受講をお願いします。

何かあれば遠慮なく連絡してください。
{SIG_NAKAZONO}""",
    detectors=["freemail_recipient"],
    note="a reply to one future hire at his own free-mail address")


# ==========================================================================================
# PASS — ordinary training business that only looks risky
# ==========================================================================================

add(84, "pass", ISURUGI, ["高森 純一 様 <j-takamori@bl-soken.co.jp>"],
    "Re: ケース教材の作成方針",
    body=f"""高森様

お世話になっております。石動です。
ケース教材の作成方針、拝見しました。方向性はこれで進めてください。

念のため申し上げておきますと、当社の社外秘資料は研修教材には使わない方針ですので、
先日の打合せでお見せした事例も、会社名・数値・人物はすべて架空のものに置き換えてください。
ドラフトができた段階で、法務部にも一度見てもらう予定です。
{SIG_ISURUGI}""",
    note="the word 社外秘 only mentioned in a sentence; nothing is marked confidential")

add(85, "pass", ONUKI, ["柏木 様 <kashiwagi@nextcareer-kensyu.jp>"],
    "【日程変更】中堅社員研修 第3回",
    charset="shift_jis",
    body=f"""柏木様

お世話になっております。日の出産業の大貫です。
大変恐縮ですが、中堅社員研修 第3回の日程を変更させていただけないでしょうか。
同日に全社の棚卸しが入ってしまい、受講者の半数が参加できなくなりました。

　変更前：11月20日（木）9:30-17:30
　変更後：11月27日（木）9:30-17:30（会場は同じ本社10階）

講師の先生のご都合を確認いただけますと幸いです。
ご迷惑をおかけして申し訳ございません。
{SIG_ONUKI}""",
    note="a schedule change with dates and a room: nothing personal")

add(86, "pass", SHOJI, ["小暮 慎吾 <kogure-shingo@yahoo.co.jp>"],
    "謝金のお振込先の確認",
    charset="iso-2022-jp",
    body=f"""小暮 慎吾 様

いつもお世話になっております。日の出産業 経理部の東海林です。
10月の研修講師謝金について、お振込先を下記で登録いたしました。
相違がないか、念のためご確認いただけますでしょうか。

　金融機関：みどり銀行 高崎支店（店番 312）
　口座種別：普通
　口座番号：4718260
　口座名義：コグレ シンゴ

お支払いは11月末日を予定しております。
{SIG_SHOJI}""",
    entities=["JP_BANK_ACCOUNT"], detectors=["personal_data", "freemail_recipient"],
    note="confirming a lecturer's own bank account back to him: one person, his own data")

add(87, "pass", OKONOGI, ["日本安全技能協会 近畿支部 講習係 <kinki@anzen-ginou.or.jp>"],
    "修了証の再交付申請（1名）",
    body=f"""日本安全技能協会 近畿支部
講習係 御中

お世話になっております。日の出産業の小此木です。
2019年に貴協会で受講したフルハーネス特別教育の修了証を紛失した者がおり、
再交付をお願いしたくご連絡しました。

　氏名：月岡 大輔
　生年月日：1987年6月3日
　修了証番号：KA-19-2047
　受講日：2019年11月12日

再交付申請書と手数料の振込控えは、本日郵送いたします。
{SIG_OKONOGI}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one person's certificate reissue with birth date: a single record")

add(88, "pass", ONUKI, ["ITスキル検定センター 受付 <uketsuke@itskill-center.or.jp>"],
    "団体受験の会場について（団体番号 IT-G-0093）",
    charset="shift_jis",
    body=f"""ITスキル検定センター
受付ご担当者様

お世話になっております。日の出産業の大貫です。
11月の団体受験（団体番号 IT-G-0093、受験者12名）について、
会場を貴センター指定会場から当社本社の会議室に変更することは可能でしょうか。

試験監督をお願いする場合の費用と、必要な設備（PC台数・ネットワーク要件など）を
教えていただけますと幸いです。
{SIG_ONUKI}""",
    note="a group-exam venue question: a group number and a head count only")

add(89, "pass", WHITFIELD, ["Pacific Language Institute <corporate@pli-edu.com>"],
    "Corporate program schedule for August",
    body=f"""Dear Corporate Team,

Thank you for your proposal. We would like to go ahead with the two-week corporate
English program for six of our staff in August. A few questions on the schedule:

- Can the program start on Monday 4 August instead of 11 August?
- Is the afternoon business-presentation module included in the quoted CAD 3,850 per person?
- Do you arrange homestays, or should our travel agency book the residence?

Names and details will follow once our internal approval is complete.

Best regards,
{SIG_WHITFIELD}""",
    note="English schedule and price questions to an overseas school; no names yet")

add(90, "pass", IGARASHI, ["マナビバ サポート <support@manabiba.com>"],
    "【障害報告】動画教材が再生できない件（問合せ番号 MS-884120）",
    charset="iso-2022-jp",
    body=f"""マナビバ サポート窓口 御中

お世話になっております。日の出産業 情報システム部の五十嵐です。
問合せ番号 MS-884120 の件、追加の情報をお送りします。

・事象：コース「情報セキュリティ基礎2025」の第3章動画が再生されない
・発生日時：10/14 9:00頃から（社内から複数報告）
・環境：Windows 11 / Edge 129、社内プロキシ経由
・ブラウザのコンソール出力：
    GET https://cdn.manabiba.com/v/sec2025/ch3/master.m3u8 403 (Forbidden)
    MediaError: MEDIA_ERR_SRC_NOT_SUPPORTED (code 4)

社外回線（テザリング）からは再生できるため、CDN側のIP制限の可能性を疑っています。
{SIG_IGARASHI}""",
    note="a technical fault report with URLs and error codes; no personal data")

add(91, "pass", MORISHITA, ["ヒューマンスキル研究所 講師 志村様 <shimura@hs-kenkyujo.co.jp>"],
    "12/4 研修当日のご案内（アクセス・入館方法）",
    body=f"""志村先生

お世話になっております。日の出産業 人材開発課の森下です。
12月4日のファシリテーション研修、どうぞよろしくお願いいたします。
当日のご案内をお送りします。

・最寄駅：JR田町駅 芝浦口から徒歩7分、都営三田線 三田駅 A4出口から徒歩5分
・入館：1階受付で「人事部 森下」とお伝えください。入館証をお渡しします
・控室：10階 小会議室3（8:45から使用可）
・お車の場合：地下駐車場（2台分）を確保しています

当日の緊急連絡先は、人材開発課の代表 03-5419-2230 までお願いします。
{SIG_MORISHITA}""",
    note="directions and building entry for a lecturer: business information only")

add(92, "pass", OKONOGI, ["草津労働基準協会 事務局 <jimukyoku@kusatsu-roukikyo.or.jp>"],
    "雇入れ時教育のカリキュラムについてのご相談",
    charset="shift_jis",
    body=f"""草津労働基準協会
事務局 ご担当者様

お世話になっております。日の出産業 滋賀工場 安全衛生課の小此木です。
来年度から、派遣社員の方も含めた雇入れ時教育のカリキュラムを見直す予定です。
安衛則第35条の8項目について、以下の時間配分で考えていますが、
他社の事例などでご助言いただけることがあればお願いします。

　1. 機械等の危険性・取扱方法　　60分
　2. 安全装置・保護具の性能　　　30分
　3. 作業手順　　　　　　　　　　60分
　4. 作業開始時の点検　　　　　　20分
　5. 疾病の原因・予防　　　　　　20分
　6. 整理整頓・清潔の保持　　　　20分
　7. 事故時の応急措置・退避　　　30分
　8. その他必要な事項　　　　　　20分
{SIG_OKONOGI}""",
    note="curriculum questions to a labour-standards association; nothing personal")

add(93, "pass", MORISHITA, ["みやこ観光バス 法人営業 <hojin@miyako-kankobus.co.jp>"],
    "貸切バスの手配（10/16-17 湯河原）",
    charset="iso-2022-jp",
    body=f"""みやこ観光バス
法人営業ご担当者様

お世話になっております。日の出産業 人材開発課の森下です。
研修での貸切バスの手配をお願いしたく、ご連絡しました。

　10/16（木）8:00 本社前（港区芝）発 → 10:40 湯河原研修センター着
　10/17（金）15:30 湯河原研修センター発 → 18:00頃 本社前着
　人数：研修参加者38名＋引率2名（計40名）
　車両：大型1台（トランクに研修備品の段ボール6箱）

お見積りをいただけますでしょうか。
{SIG_MORISHITA}""",
    note="bus hire with a head count and an itinerary: no people's data")

add(94, "pass", ONUKI, ["コーチブリッジ 佐伯様 <saeki@coach-bridge.jp>"],
    "研修動画の録画と社内公開について",
    body=f"""佐伯様

お世話になっております。日の出産業の大貫です。
11月のマネジメントセミナーについて、当日の講義を録画し、
社内のeラーニングで公開させていただくことは可能でしょうか。

・公開範囲：当社の社員のみ（社外には公開しません）
・公開期間：2026年3月末まで
・受講者の顔や発言は映らないよう、講師の方と投影資料のみを撮影します

著作権や利用料の条件があれば、あわせてお知らせください。
{SIG_ONUKI}""",
    note="asking a coaching firm for permission to record a lecture; no personal data")

_cn = corp_number("010401098765")
add(95, "pass", SHOJI, ["ネクストキャリア研修 経理部 <keiri@nextcareer-kensyu.jp>"],
    "業務委託契約書の記載事項について",
    charset="shift_jis",
    body=f"""ネクストキャリア研修株式会社
経理部 ご担当者様

お世話になっております。日の出産業 経理部の東海林です。
社内講師養成プログラムの業務委託契約書について、当社側の記載事項をお知らせします。

　商号　　　：日の出産業株式会社
　本店所在地：東京都港区芝2-14-6
　法人番号　：{_cn}
　適格請求書発行事業者登録番号：T{_cn}
　支払条件　：月末締め翌月末払い（銀行振込）

請求書には当社の発注番号（PO-HR-2025-04xx）の記載をお願いします。
{SIG_SHOJI}""",
    entities=["JP_CORPORATE_NUMBER"],
    note="our company's 法人番号 and invoice T-number for a contract: company data, not a person's")

add(96, "pass", ISURUGI, [ISURUGI],
    "【ご案内】2026年度 社外講師説明会の開催について",
    bcc=["研修企画 <kikaku@bl-soken.co.jp>", "講師事務局 <koushi@hs-kenkyujo.co.jp>",
         "久住 様 <kusumi@nextcareer-kensyu.jp>", "佐伯 様 <saeki@coach-bridge.jp>",
         "宮内 様 <miyauchi@hrdesign.co.jp>"],
    charset="iso-2022-jp",
    body=f"""社外講師・研修会社 各位

（本メールはBCCにて一斉にお送りしております）

平素より当社の人材育成にご協力いただき、誠にありがとうございます。
2026年度の研修体系の改定にあたり、講師の皆様向けの説明会を開催いたします。

　日時：2026年2月6日（金）14:00-16:00（オンライン併用）
　会場：日の出産業 本社 10階 大会議室A
　内容：新しい研修体系、評価制度との連動、運営ルールの変更点

ご出欠を1月23日までに、本メールへの返信でお知らせください。
{SIG_ISURUGI}""",
    note="a notice to five outside organisations sent properly in Bcc: nobody sees the others")

add(97, "pass", OKONOGI, ["川崎電機 安全環境課 森園様 <morizono@kawasaki-denki.co.jp>"],
    "KYT研修の講師のご紹介",
    body=f"""森園様

お世話になっております。日の出産業の小此木です。
先日お話しした合同KYT研修の講師について、当社がいつもお願いしている方をご紹介します。
直接ご連絡いただいて構わないとのことです。

　日本安全技能協会 近畿支部 指導講師　国枝 様
　TEL 077-510-2284（支部代表）／ kunieda@anzen-ginou.or.jp

日程が決まりましたら、私にもご一報ください。
{SIG_OKONOGI}""",
    note="one instructor's business contact (association switchboard) introduced to a partner")


# ==========================================================================================
# EITHER — a privacy officer could honestly judge these either way
# ==========================================================================================

_p = people("098", 8, born=(1980, 1998))
_room_lines, _no = [], 701
for _sex in ("男", "女"):
    _grp = [p for p in _p if p["sex"] == _sex]
    for i, p in enumerate(_grp):
        _room_lines.append(f"　{_no + i // 2}号室　{p['name']}（{p['sex']}）")
    _no += (len(_grp) + 1) // 2
_rooms = "\n".join(_room_lines)
add(98, "either", MORISHITA, ["さくらホテル 団体予約係 <group@sakura-hotel.jp>"],
    "6/19 合宿研修 部屋割りのご連絡",
    charset="iso-2022-jp",
    body=f"""さくらホテル 団体予約係
ご担当者様

お世話になっております。日の出産業の森下です。
6月19日の合宿研修（第2班）の部屋割りをお送りします。チェックイン時の鍵の準備にお使いください。

{_rooms}

引率者（森下）は別途シングルでお願いいたします。
{SIG_MORISHITA}""",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="8 names with sex and room numbers only, to the partner hotel: attributes so thin it is arguable")

add(99, "either", MORISHITA, ["八ヶ岳セミナーハウス 管理事務所 <info@yatsugatake-sh.jp>"],
    "7/3-4 お食事についてのお願い（アレルギー対応）",
    charset="shift_jis",
    body=f"""八ヶ岳セミナーハウス
管理事務所 ご担当者様

お世話になっております。日の出産業の森下です。
7月3日からの研修のお食事について、アレルギー対応をお願いしたい参加者が2名おります。

　・丹羽 綾乃　えび・かに（甲殻類）
　・小野寺 航　そば（同じ釜のゆで汁も不可とのことです）

代替メニューをご用意いただけますでしょうか。追加料金があればお知らせください。
{SIG_MORISHITA}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="two named participants' food allergies: health data or just a meal request, arguable")

_p = people("100", 6, born=(1980, 2000))
add(100, "either", MORISHITA, ["錦印刷 制作部 渡会様 <watarai@nishiki-insatsu.co.jp>"],
    "名札の作成依頼（リーダー研修 6名）",
    body=f"""渡会様

お世話になっております。森下です。
リーダー研修用の名札（卓上・三角柱タイプ）を6名分お願いします。
表記は「所属　氏名」で、氏名は大きめにお願いします。

""" + "\n".join(f"・{p['dept']}　{p['name']}" for p in _p) + f"""

11月10日（月）までに本社 人材開発課あてに納品いただけますと助かります。
{SIG_MORISHITA}""",
    entities=["PERSON_NAME"],
    note="6 names with department only, for name cards: a list of people or just names, arguable")
