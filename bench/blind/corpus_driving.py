"""driving — 日の出産業 自動車教習所事業（日の出自動車教習所 川越校・狭山校）のメール。

入校受付と教習生名簿、適性検査（視力・色覚・病気の症状等申告）、運転免許証番号、
仮免許・卒業検定、指導員の勤務表、送迎バスのルートと乗車名簿、公安委員会・運転免許
センター・指定自動車教習所協会への書類、高齢者講習・取消処分者講習、企業（青葉運輸・
川崎電機・北国フーズ…）との法人研修契約、合宿免許（さくらホテル）など。
Blind corpus: written from BRIEF.md and build.py only.  My Number / card seeds start at 1701.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

# -- invented people ---------------------------------------------------------------------

_SEI = [
    ("五十嵐", "いがらし", "Igarashi"), ("宇佐美", "うさみ", "Usami"), ("榎本", "えのもと", "Enomoto"),
    ("尾形", "おがた", "Ogata"), ("柏木", "かしわぎ", "Kashiwagi"), ("桐生", "きりゅう", "Kiryu"),
    ("久我", "くが", "Kuga"), ("小比類巻", "こひるいまき", "Kohiruimaki"), ("志村", "しむら", "Shimura"),
    ("須藤", "すどう", "Sudo"), ("瀬戸口", "せとぐち", "Setoguchi"), ("高城", "たかぎ", "Takagi"),
    ("千葉", "ちば", "Chiba"), ("津久井", "つくい", "Tsukui"), ("寺門", "てらかど", "Terakado"),
    ("徳永", "とくなが", "Tokunaga"), ("中邑", "なかむら", "Nakamura"), ("沼田", "ぬまた", "Numata"),
    ("根岸", "ねぎし", "Negishi"), ("野々村", "ののむら", "Nonomura"), ("萩原", "はぎわら", "Hagiwara"),
    ("東", "ひがし", "Higashi"), ("福士", "ふくし", "Fukushi"), ("堀之内", "ほりのうち", "Horinouchi"),
    ("真壁", "まかべ", "Makabe"), ("三津谷", "みつや", "Mitsuya"), ("武藤", "むとう", "Muto"),
    ("目黒", "めぐろ", "Meguro"), ("茂木", "もてぎ", "Motegi"), ("八木橋", "やぎはし", "Yagihashi"),
    ("湯浅", "ゆあさ", "Yuasa"), ("米倉", "よねくら", "Yonekura"), ("若狭", "わかさ", "Wakasa"),
    ("粟飯原", "あいはら", "Aihara"), ("一戸", "いちのへ", "Ichinohe"), ("大豆生田", "おおまみゅうだ", "Omamyuda"),
    ("鍛治", "かじ", "Kaji"), ("上遠野", "かとおの", "Katono"), ("城之内", "じょうのうち", "Jonouchi"),
    ("田所", "たどころ", "Tadokoro"), ("堤", "つつみ", "Tsutsumi"), ("仲宗根", "なかそね", "Nakasone"),
    ("比嘉", "ひが", "Higa"), ("舟橋", "ふなはし", "Funahashi"), ("星野", "ほしの", "Hoshino"),
    ("溝口", "みぞぐち", "Mizoguchi"), ("矢作", "やはぎ", "Yahagi"), ("結城", "ゆうき", "Yuki"),
    ("吉良", "きら", "Kira"), ("鷲尾", "わしお", "Washio"), ("海老原", "えびはら", "Ebihara"),
    ("小山内", "おさない", "Osanai"), ("金城", "きんじょう", "Kinjo"), ("栗原", "くりはら", "Kurihara"),
    ("坂東", "ばんどう", "Bando"), ("関口", "せきぐち", "Sekiguchi"), ("長谷川", "はせがわ", "Hasegawa"),
    ("松本", "まつもと", "Matsumoto"), ("山口", "やまぐち", "Yamaguchi"), ("加藤", "かとう", "Kato"),
    ("小林", "こばやし", "Kobayashi"), ("斎藤", "さいとう", "Saito"), ("猪狩", "いがり", "Igari"),
    ("塙", "はなわ", "Hanawa"), ("國分", "こくぶん", "Kokubun"), ("芹沢", "せりざわ", "Serizawa"),
]
_MEI_Y = [
    ("陽翔", "はると", "Haruto", "男"), ("蓮", "れん", "Ren", "男"), ("湊", "みなと", "Minato", "男"),
    ("大和", "やまと", "Yamato", "男"), ("悠真", "ゆうま", "Yuma", "男"), ("颯太", "そうた", "Sota", "男"),
    ("樹", "いつき", "Itsuki", "男"), ("陸斗", "りくと", "Rikuto", "男"), ("拓海", "たくみ", "Takumi", "男"),
    ("光", "ひかる", "Hikaru", "男"), ("朝陽", "あさひ", "Asahi", "男"), ("瑛太", "えいた", "Eita", "男"),
    ("陽菜", "ひな", "Hina", "女"), ("結衣", "ゆい", "Yui", "女"), ("芽依", "めい", "Mei", "女"),
    ("葵", "あおい", "Aoi", "女"), ("凛", "りん", "Rin", "女"), ("紗希", "さき", "Saki", "女"),
    ("美咲", "みさき", "Misaki", "女"), ("彩花", "あやか", "Ayaka", "女"), ("琴音", "ことね", "Kotone", "女"),
    ("杏", "あん", "An", "女"), ("優奈", "ゆうな", "Yuna", "女"), ("心春", "こはる", "Koharu", "女"),
]
_MEI_M = [
    ("翔太", "しょうた", "Shota", "男"), ("健一", "けんいち", "Kenichi", "男"), ("誠", "まこと", "Makoto", "男"),
    ("浩二", "こうじ", "Koji", "男"), ("和也", "かずや", "Kazuya", "男"), ("正樹", "まさき", "Masaki", "男"),
    ("剛", "つよし", "Tsuyoshi", "男"), ("大輔", "だいすけ", "Daisuke", "男"), ("直人", "なおと", "Naoto", "男"),
    ("圭介", "けいすけ", "Keisuke", "男"), ("亮太", "りょうた", "Ryota", "男"), ("慎也", "しんや", "Shinya", "男"),
    ("千尋", "ちひろ", "Chihiro", "女"), ("真由美", "まゆみ", "Mayumi", "女"), ("詩織", "しおり", "Shiori", "女"),
    ("奈々", "なな", "Nana", "女"), ("麻衣", "まい", "Mai", "女"), ("由香里", "ゆかり", "Yukari", "女"),
    ("智子", "ともこ", "Tomoko", "女"), ("久美子", "くみこ", "Kumiko", "女"),
]
_MEI_O = [
    ("勝", "まさる", "Masaru", "男"), ("義男", "よしお", "Yoshio", "男"), ("清", "きよし", "Kiyoshi", "男"),
    ("茂", "しげる", "Shigeru", "男"), ("隆", "たかし", "Takashi", "男"), ("武", "たけし", "Takeshi", "男"),
    ("昭二", "しょうじ", "Shoji", "男"), ("弘", "ひろし", "Hiroshi", "男"), ("幸子", "さちこ", "Sachiko", "女"),
    ("和子", "かずこ", "Kazuko", "女"), ("節子", "せつこ", "Setsuko", "女"), ("恵子", "けいこ", "Keiko", "女"),
    ("洋子", "ようこ", "Yoko", "女"), ("美代子", "みよこ", "Miyoko", "女"), ("トシ子", "としこ", "Toshiko", "女"),
]
_TOWNS = [
    ("350-1123", "埼玉県川越市脇田本町"), ("350-0043", "埼玉県川越市新富町"), ("350-1124", "埼玉県川越市新宿町"),
    ("350-0811", "埼玉県川越市小ケ谷"), ("350-0822", "埼玉県川越市山田"), ("350-1305", "埼玉県狭山市入間川"),
    ("350-1327", "埼玉県狭山市笹井"), ("350-1317", "埼玉県狭山市水野"), ("358-0003", "埼玉県入間市豊岡"),
    ("356-0004", "埼玉県ふじみ野市上福岡"), ("350-0214", "埼玉県坂戸市千代田"), ("350-2203", "埼玉県鶴ヶ島市上広谷"),
    ("354-0021", "埼玉県富士見市鶴馬"), ("359-1111", "埼玉県所沢市緑町"), ("355-0005", "埼玉県東松山市松山町"),
    ("350-0451", "埼玉県入間郡毛呂山町毛呂本郷"), ("350-1251", "埼玉県日高市高麗本郷"),
]
_FREE = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "softbank.ne.jp",
         "outlook.jp", "gmail.com"]


def _kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def _license(rng: random.Random) -> str:
    """12 digits: 公安委員会 code, year, serial, check digit (mod 11), reissue count."""
    weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        head = rng.choice(["40", "40", "40", "30", "45", "46"]) + f"{rng.randint(0, 99):02d}" + \
            f"{rng.randint(0, 999999):06d}"
        r = sum(int(d) * w for d, w in zip(head, weights)) % 11
        c = (11 - r) % 11
        if c < 10:
            return head + str(c) + rng.choice("0000012")


def _residence_card(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUWXYZ"
    return (rng.choice(L) + rng.choice(L) + f"{rng.randint(0, 99999999):08d}" + rng.choice(L)
            + rng.choice(L))


def _people(seed: int, n: int, age: str = "young") -> list[dict]:
    rng = random.Random(f"driving-people-{seed}")
    sei = rng.sample(_SEI, n)
    pool = {"young": _MEI_Y, "mid": _MEI_M, "old": _MEI_O}[age]
    out = []
    for s in sei:
        m = rng.choice(pool)
        year = {"young": rng.randint(2004, 2008), "mid": rng.randint(1968, 1999),
                "old": rng.randint(1941, 1955)}[age]
        zipc, town = rng.choice(_TOWNS)
        a, b, c = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 22)
        style = rng.randrange(3)
        addr = (f"{town}{a}-{b}-{c}" if style == 0 else f"{town}{a}丁目{b}番{c}号" if style == 1
                else f"{town}{a}-{b}-{c} コーポ{rng.choice(['若葉', 'みどり', 'メゾン川越', 'サンハイツ'])}{rng.randint(1, 3)}0{rng.randint(1, 6)}")
        out.append({
            "sei": s[0], "mei": m[0], "name": f"{s[0]} {m[0]}", "kana": f"{s[1]} {m[1]}",
            "kata": _kata(f"{s[1]} {m[1]}"), "romaji": f"{m[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {m[2].upper()}",
            "sex": m[3], "dob": (year, rng.randint(1, 12), rng.randint(1, 28)), "zip": zipc, "addr": addr,
            "mobile": f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "land": f"049-2{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
            "email": f"{m[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}@{rng.choice(_FREE)}",
            "lic": _license(rng), "no": f"{rng.randint(0, 9999):04d}",
        })
    return out


def _ymd(d: tuple, sep: str = "/") -> str:
    return f"{d[0]}{sep}{d[1]:02d}{sep}{d[2]:02d}"


def _jdate(d: tuple) -> str:
    return f"{d[0]}年{d[1]}月{d[2]}日"


def _wareki(d: tuple, short: bool = False) -> str:
    y, m, day = d
    if y >= 1989:
        era, e, n = "平成", "H", y - 1988
    else:
        era, e, n = "昭和", "S", y - 1925
    return f"{e}{n}.{m}.{day}" if short else f"{era}{n}年{m}月{day}日"


_FW = str.maketrans("0123456789-/.", "０１２３４５６７８９－／．")


def _fw(s: str) -> str:
    return s.translate(_FW)


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def _pad(rows: list[list[str]], gap: int = 2, rule: str = "-") -> str:
    widths = [max(_w(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        cells = [str(c) + " " * (widths[i] - _w(str(c))) for i, c in enumerate(r)]
        lines.append((" " * gap).join(cells).rstrip())
        if k == 0 and rule:
            lines.append(rule * (sum(widths) + gap * (len(widths) - 1)))
    return "\n".join(lines)


def _corp_no(base12: str) -> str:
    """法人番号: check digit first (9 - Σ P_n Q_n mod 9)."""
    total = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP = _corp_no("030001098765")  # 日の出産業株式会社（架空）

# -- senders and signatures ---------------------------------------------------------------

_D = "hinode-sangyo.co.jp"
KAWAGOE = ("日の出自動車教習所 川越校", "〒350-1137 埼玉県川越市砂新田9丁目2番14号",
           "TEL 049-247-1180 / FAX 049-247-1181")
SAYAMA = ("日の出自動車教習所 狭山校", "〒350-1305 埼玉県狭山市入間川9-31-5",
          "TEL 04-2958-3300 / FAX 04-2958-3301")
HQ = ("日の出産業株式会社 自動車教習所事業部", "〒330-0854 埼玉県さいたま市大宮区桜木町9-8-7 日の出ビル5F",
      "TEL 048-641-2200（代表）")

STAFF = {
    "okabe": ("岡部 聡", "okabe.s", "教務課", KAWAGOE, "Satoshi Okabe"),
    "ashida": ("芦田 恵理子", "ashida.e", "教務課長", KAWAGOE, "Eriko Ashida"),
    "isurugi": ("石動 さやか", "isurugi.s", "受付・フロント", KAWAGOE, "Sayaka Isurugi"),
    "morinaga": ("森永 菜々", "morinaga.n", "受付", SAYAMA, "Nana Morinaga"),
    "saotome": ("早乙女 拓真", "saotome.t", "技能教習指導員", KAWAGOE, "Takuma Saotome"),
    "kito": ("鬼頭 宏美", "kito.h", "技能教習指導員", SAYAMA, "Hiromi Kito"),
    "otobe": ("乙部 正雄", "otobe.m", "送迎・配車担当", SAYAMA, "Masao Otobe"),
    "shoji": ("東海林 克也", "shoji.k", "法人営業グループ", HQ, "Katsuya Shoji"),
    "domeki": ("百目鬼 由佳", "domeki.y", "法人営業グループ", HQ, "Yuka Domeki"),
    "teshigawara": ("勅使河原 純", "teshigawara.j", "総務人事課", HQ, "Jun Teshigawara"),
    "iokibe": ("五百旗頭 真理", "iokibe.m", "経理課", HQ, "Mari Iokibe"),
    "tsuchimikado": ("土御門 浩一", "tsuchimikado.k", "管理者（所長）", KAWAGOE, "Koichi Tsuchimikado"),
    "yakushiji": ("薬師寺 翔", "yakushiji.s", "情報システム担当", HQ, "Sho Yakushiji"),
    "kirara": ("雲母 理沙", "kirara.r", "合宿免許デスク", SAYAMA, "Risa Kirara"),
    "takanashi": ("小鳥遊 誠", "takanashi.m", "技能検定員・教務係長", KAWAGOE, "Makoto Takanashi"),
    "nikaido": ("二階堂 亮", "nikaido.r", "高齢者講習担当", SAYAMA, "Ryo Nikaido"),
}


def frm(key: str) -> str:
    name, local, *_ = STAFF[key]
    return f"{name} <{local}@{_D}>"


def addr(key: str) -> str:
    return f"{STAFF[key][1]}@{_D}"


def sig(key: str, style: int = 0) -> str:
    name, local, dept, school, roman = STAFF[key]
    if style == 0:
        head = "" if school is HQ else "日の出産業株式会社 自動車教習所事業部\n"
        return (f"\n--\n{head}{school[0]} {dept}\n{name}（{roman}）\n"
                f"{school[1]}\n{school[2]}\nE-mail: {local}@{_D}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━━━\n {school[0]}\n {dept}　{name}\n {school[2]}\n"
                f" https://www.hinode-sangyo.co.jp/driving/\n━━━━━━━━━━━━━━━━━━━━━━━━\n")
    if style == 2:
        return f"\n――――――――――\n日の出産業（株）教習所事業部 {dept}\n{name} / {roman}\n{school[2]}\n"
    if style == 3:
        return (f"\nBest regards,\n\n{roman}\n{dept}, Hinode Driving School\nHinode Sangyo Co., Ltd.\n"
                f"9-8-7 Sakuragicho, Omiya-ku, Saitama 330-0854, Japan\nTel: +81-48-641-2200\n")
    return f"\n{name}\n{school[0]}（内線 {len(local) * 7 % 90 + 10}）\n"


DISCLAIMER_JA = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information. If you are not "
                 "the intended recipient, please notify the sender and delete this e-mail.\n")

# -- people used below ---------------------------------------------------------------------

P = {n: _people(n, 12) for n in range(1, 101)}
PM = {n: _people(1000 + n, 12, "mid") for n in range(1, 101)}
PO = {n: _people(2000 + n, 12, "old") for n in range(1, 101)}

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)

# ============================================================================================
# 001 入校生データ（CSV CP932）→ ツバサシステム  stop
_p = P[1][:8]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="8 students' records (DOB, address, mobile) in a CP932 CSV sent to the system vendor",
    sender=frm("okabe"), to=["三上 健太 <k-mikami@tsubasa-system.jp>"], charset="iso-2022-jp",
    subject="教習原簿データ移行テスト用CSVの送付",
    body=f"""ツバサシステム株式会社
導入支援部　三上様

いつもお世話になっております。
日の出自動車教習所 川越校 教務課の岡部です。

先日のお打ち合わせでご依頼いただいた移行テスト用のデータですが、
9月第2週入校分を旧システムから抽出しましたので添付にてお送りします。
文字コードは Shift_JIS、1行目が項目名です。

住所の丁目・番地が全角／半角混在しているのが旧システムの癖ですので、
取り込み時の正規化の挙動をご確認いただけますと助かります。

よろしくお願いいたします。
{sig("okabe")}""",
    attachments=[{"kind": "csv", "name": "nyuko_0908-0912.csv", "encoding": "cp932", "rows":
                  [["教習生番号", "氏名", "フリガナ", "生年月日", "性別", "郵便番号", "住所", "携帯電話", "教習車種"]]
                  + [[f"K26-{2310 + i}", p["name"], p["kata"], _ymd(p["dob"]), p["sex"], p["zip"], p["addr"],
                      p["mobile"], ["普通AT", "普通MT", "普通AT", "準中型"][i % 4]] for i, p in enumerate(_p)]}],
)

# 002 青葉運輸 研修日程の調整（署名のみ）  pass
add(
    expect="pass", entities=[], detectors=[],
    note="ordinary scheduling mail to a partner; only the sender's signature",
    sender=frm("shoji"), to=["大杉 隆之 <t-osugi@aoba-unyu.co.jp>"], charset="iso-2022-jp",
    subject="Re: 大型免許取得研修（第3期）日程のご相談",
    body=f"""青葉運輸株式会社
安全推進部　大杉様

いつも大変お世話になっております。日の出産業の東海林です。

第3期の日程につきまして、教務と調整いたしました結果、
以下の2案でご提案させていただきます。

　A案：11月4日（水）入校　→　12月中旬 卒業検定
　B案：11月16日（月）入校　→　12月下旬 卒業検定

いずれも技能教習は平日午前（1・2時限）を優先して確保いたします。
年末は検定枠が混み合いますので、A案をおすすめいたします。

ご検討のほどよろしくお願いいたします。
{sig("shoji", 2)}""",
)

# 003 仮免許 申請取りまとめ（空白揃えの表）→ 県警  stop
_p = P[3][:6]
_rows = [["受験番号", "氏名", "フリガナ", "生年月日", "住所"]] + [
    [f"09-{31 + i:03d}", p["name"], p["kata"], _ymd(p["dob"], "."), p["addr"]] for i, p in enumerate(_p)]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="space-padded table of 6 applicants with DOB and address to the prefectural police",
    sender=frm("takanashi"), to=["menkyo-kyoshu@police.pref-saitama.lg.jp"], charset="shift_jis",
    subject="仮運転免許申請者一覧の送付について（9月18日 修了検定分）",
    body=f"""埼玉県警察本部 運転免許課
教習所指導係 御中

日の出自動車教習所 川越校の小鳥遊です。
9月18日実施の修了検定・仮免学科試験の合格者につき、
仮運転免許申請者の一覧を下記のとおりお送りいたします。
申請書原本は明日の定期便にてお届けします。

{_pad(_rows)}

以上6名です。ご査収のほどお願い申し上げます。
{sig("takanashi", 4)}""",
)

# 004 大型研修 受講者確認表（XLSX 免許証番号入り）→ 青葉運輸  stop
_p = PM[4][:7]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="XLSX with 7 trainees' DOB and driver's licence numbers sent back to the client",
    sender=frm("domeki"), to=["大杉 隆之 <t-osugi@aoba-unyu.co.jp>"],
    cc=[f"東海林 克也 <{addr('shoji')}>"], charset="utf-8",
    subject="【青葉運輸様】大型免許研修 受講者確認表のご確認のお願い",
    body=f"""大杉様

いつもお世話になっております。日の出産業 法人営業の百目鬼です。

第3期 大型免許取得研修の受講者確認表を作成しましたので添付いたします。
現有免許の種類と免許証番号は、ご提出いただいた写しから転記しております。
誤記がないか、お手数ですが「受講者一覧」シートをご確認ください。
（免許証番号は入校時の本人確認・教習原簿作成に使用します）

ご確認後、問題なければその旨ご返信いただけますと幸いです。
{sig("domeki", 0)}""",
    attachments=[{"kind": "xlsx", "name": "大型研修_第3期_受講者確認表.xlsx", "sheets": {
        "受講者一覧": [["青葉運輸株式会社 様　大型免許取得研修（第3期）受講者確認表"], [],
                  ["No", "社員番号", "氏名", "フリガナ", "生年月日", "現有免許", "免許証番号", "有効期限"]]
        + [[i + 1, f"AU-{40210 + i * 7}", p["name"], p["kata"], _ymd(p["dob"], "-"),
            ["中型", "準中型", "普通", "中型"][i % 4], p["lic"], f"{2027 + i % 3}-{p['dob'][1]:02d}-{p['dob'][2]:02d}"]
           for i, p in enumerate(_p)],
        "研修日程": [["区分", "期間", "備考"], ["学科", "11/4〜11/6", "大型特有の学科 1時限"],
                 ["技能 第一段階", "11/4〜11/20", "場内"], ["技能 第二段階", "11/23〜12/10", "路上"],
                 ["卒業検定", "12/14 予定", ""]],
    }}],
)

# 005 病気の症状等申告（てんかん）1名 → 運転適性相談  stop
_p = P[5][0]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one student's epilepsy history (medical, 要配慮個人情報) sent outside",
    sender=frm("ashida"), to=["tekisei-soudan@police.pref-saitama.lg.jp"], charset="iso-2022-jp",
    subject="運転適性相談の事前予約のお願い（入校予定者1名）",
    body=f"""運転免許センター　運転適性相談窓口　ご担当者様

お世話になっております。日の出自動車教習所 川越校 教務課長の芦田でございます。

入校予定者のうち1名について、入校時の「病気の症状等申告書」で
申告がありましたので、入校前に適性相談をお受けいただきたくご連絡いたしました。

　氏名　　：{_p['name']}（{_p['kana']}）
　生年月日：{_jdate(_p['dob'])}
　申告内容：てんかんの既往あり。現在も服薬治療中。
　　　　　　最終発作は2年前とのこと。主治医の診断書（様式）を本人が持参予定。

ご本人は平日午後の来所を希望しております。
ご都合のよい日時をお知らせいただけますでしょうか。

何卒よろしくお願い申し上げます。
{sig("ashida")}""",
)

# 006 合宿免許 入校案内（Bcc）  pass
_p = P[6][:7]
add(
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="notice to students sent with Bcc (To is the sender); free-mail recipients only",
    sender=frm("kirara"), to=[frm("kirara")], bcc=[p["email"] for p in _p], charset="utf-8",
    subject="【日の出自動車教習所】合宿免許 10月第1期 入校のご案内",
    body=f"""合宿免許 10月第1期にお申し込みの皆さま

このたびは日の出自動車教習所の合宿免許にお申し込みいただき、ありがとうございます。
入校日のご案内をお送りします。

■ 集合：10月5日（月）12:30　JR川越駅 西口ロータリー（送迎バス「日の出」表示）
■ 持ち物：本人確認書類（住民票の写し・マイナンバーカード等）、眼鏡・コンタクト（使用の方）、
　　　　　筆記用具、着替え（14日分目安）、常備薬
■ 宿泊：さくらホテル川越（2名1室）。チェックインは教習所での入校式後になります。

当日の連絡先：合宿免許デスク 04-2958-3300（8:30〜19:00）

※本メールはBCCでお送りしています。返信はこのアドレス宛にお願いします。
{sig("kirara", 1)}""",
)

# 007 送迎バス運休のお知らせ（To に教習生5名）  stop
_p = P[7][:5]
add(
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="5 students' private addresses visible to each other in To (should have been Bcc)",
    sender=frm("otobe"), to=[p["email"] for p in _p], charset="iso-2022-jp",
    subject="【送迎バス】9/24（木）Bルート 午後便 運休のお知らせ",
    body=f"""教習生のみなさま

狭山校 送迎担当の乙部です。
車両点検のため、9月24日（木）のBルート午後便（13:10・15:40発）を運休いたします。
該当時間に技能教習のご予約がある方は、お手数ですが自家用車・自転車等での
ご来校をお願いいたします。どうしても来校が難しい場合は予約変更を承ります。

ご迷惑をおかけして申し訳ございません。
{sig("otobe", 1)}""",
)

# 008 予約変更 2名 → look-alike（co. 抜け）  stop
_p = P[8][:2]
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="colleague's address typed as hinode-sangyo.jp (co. dropped): look-alike of the own domain",
    sender=frm("morinaga"), to=["石動 さやか <isurugi.s@hinode-sangyo.jp>"], charset="shift_jis",
    subject="川越校へ移籍希望の教習生2名について",
    body=f"""石動さん

お疲れさまです。狭山校受付の森永です。
引っ越しのため川越校で続きを受けたいという教習生が2名います。
原簿の移送手続きをお願いできますか。

・{_p[0]['name']}（{_p[0]['kana']}）　携帯 {_p[0]['mobile']}　第一段階 みきわめ済
・{_p[1]['name']}（{_p[1]['kana']}）　携帯 {_p[1]['mobile']}　第二段階 6時限目まで

ご本人には川越校から連絡が行くと伝えてあります。
よろしくお願いします。

森永
""",
)

# 009 新任指導員の入社手続き（個人番号・基礎年金番号）→ 社労士  stop
_p = PM[9][0]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a new instructor's My Number and basic pension number sent to the labour consultant",
    sender=frm("teshigawara"), to=["橘 社会保険労務士事務所 <office@tachibana-sr.jp>"], charset="shift_jis",
    subject="資格取得届の作成依頼（10/1入社 指導員1名）",
    body=f"""橘社会保険労務士事務所
橘先生

いつもお世話になっております。日の出産業 総務人事課の勅使河原です。
10月1日付で狭山校に技能教習指導員を1名採用いたしましたので、
健康保険・厚生年金・雇用保険の資格取得届の作成をお願いいたします。

【被保険者情報】
氏名　　　　：{_p['name']}（{_p['kata']}）
生年月日　　：{_wareki(_p['dob'])}
性別　　　　：{_p['sex']}
住所　　　　：〒{_p['zip']} {_p['addr']}
個人番号　　：{my_number(1701)}
基礎年金番号：{4300 + int(_p['no'][:2])}-{int(_p['no']) * 37 % 1000000:06d}
雇用形態　　：正社員（試用期間3か月）
月額報酬　　：265,000円（通勤手当含む）

扶養家族はなしとのことです。
お手数ですが、よろしくお願いいたします。
{sig("teshigawara", 0)}""",
)

# 010 北国フーズからの名簿への返信（引用のみ）  pass
_p = PM[10][:6]
_quoted = "\n".join(f"> {i + 1}. {p['name']}　{_ymd(p['dob'])}生　{p['mobile']}" for i, p in enumerate(_p))
add(
    expect="pass", entities=[], detectors=[],
    note="reply to the client: the 6-person list appears only as quoted text",
    sender=frm("domeki"), to=["木村 亜希子 <a-kimura@kitaguni-foods.co.jp>"], charset="iso-2022-jp",
    subject="Re: 準中型研修 受講予定者のご連絡",
    body=f"""木村様

お世話になっております。日の出産業の百目鬼です。
受講予定者6名のご連絡、確かに受領いたしました。
入校説明会は10月7日（水）14時から川越校2階の学科教室で行います。
当日は各自、運転免許証と筆記用具をご持参ください。

引き続きよろしくお願いいたします。

百目鬼

木村 亜希子 wrote:
> 日の出産業 百目鬼様
>
> お世話になっております。北国フーズ人事部の木村です。
> 準中型研修の受講予定者が確定しましたのでお知らせします。
>
{_quoted}
>
> よろしくお願いいたします。
""",
)

# 011 合宿申込者のカード決済エラー照会（カード番号）  stop
_p = P[11][0]
add(
    expect="stop",
    entities=["CREDIT_CARD", "PERSON_NAME"],
    detectors=["personal_data"],
    note="a student's full credit card number sent to the payment provider by mail",
    sender=frm("kirara"), to=["加盟店サポート <merchant-support@smartpay-kessai.jp>"], charset="utf-8",
    subject="決済エラーの照会（加盟店ID HND-0088412）",
    body=f"""スマートペイ決済 加盟店サポート窓口 御中

日の出自動車教習所（加盟店ID：HND-0088412）の雲母と申します。
合宿免許のWeb申込で、以下のカードの与信が3回続けてエラーとなりました。
お客様からは「カード会社側では問題ないと言われた」とのお問い合わせを受けております。
原因をご確認いただけますでしょうか。

　カード番号：{card_number(1702)}
　有効期限　：09/29
　名義　　　：{_p['ROMAJI']}
　金額　　　：298,000円（合宿免許 普通AT 10月第2期）
　エラーコード：G12（9/14 21:03、21:05、21:11）

お手数ですがよろしくお願いいたします。
{sig("kirara", 0)}""",
)

# 012 送迎ルート改定（停留所一覧）→ 山びこバス  pass
add(
    expect="pass", entities=[], detectors=[],
    note="bus stops, times and landmarks: a list of places, not people",
    sender=frm("otobe"), to=["運行管理課 <unko@yamabiko-bus.co.jp>"], charset="iso-2022-jp",
    subject="11月からの送迎Aルート改定について",
    body=f"""山びこバス株式会社
運行管理課 御中

いつもお世話になっております。日の出自動車教習所 狭山校の乙部です。
11月2日（月）から送迎Aルートを下記のとおり改定したく、ご確認をお願いします。

{_pad([["便", "発車", "停留所", "目印・所在地"],
       ["A1", "8:05", "入間市駅 南口", "ロータリー内 3番のりば"],
       ["A1", "8:14", "豊岡一丁目", "セブンイレブン入間豊岡1丁目店 前"],
       ["A1", "8:22", "笹井公民館", "狭山市笹井2-20 公民館駐車場"],
       ["A1", "8:31", "狭山市駅 西口", "西口ロータリー 一般車乗降場"],
       ["A1", "8:40", "狭山校", "狭山市入間川9-31-5"],
       ["A2", "12:35", "入間市駅 南口", "同上"],
       ["A2", "13:05", "狭山校", ""]])}

変更点は「笹井公民館」の新設と、A2便の豊岡一丁目通過です。
運転士さんへのご周知をよろしくお願いいたします。
{sig("otobe", 1)}""",
)

# 013 取消処分者講習 受講者名簿（DOCX 取消理由入り）→ 県警  stop
_p = PM[13][:5]
_reasons = ["酒気帯び運転（罰金刑）", "違反点数累積（速度超過ほか）", "救護義務違反（ひき逃げ）",
            "酒酔い運転", "違反点数累積（信号無視ほか）"]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="DOCX roster of 5 revoked drivers with offences (criminal record) sent to the police",
    sender=frm("nikaido"), to=["kotsu-shido@police.pref-saitama.lg.jp"], charset="iso-2022-jp",
    subject="取消処分者講習（10月期）受講者名簿の提出",
    body=f"""埼玉県警察本部 運転免許課
講習係 御中

日の出自動車教習所 狭山校 講習担当の二階堂です。
10月期 取消処分者講習（10/13・10/14 実施）の受講者名簿を添付にて提出いたします。
受講終了証明書の交付番号は講習終了後に追ってご報告いたします。

よろしくお願いいたします。
{sig("nikaido", 0)}""",
    attachments=[{"kind": "docx", "name": "取消処分者講習_10月期_受講者名簿.docx",
                  "title": "取消処分者講習 受講者名簿",
                  "paragraphs": ["取消処分者講習 受講者名簿（令和8年10月期）", "実施機関：日の出自動車教習所 狭山校", ""],
                  "tables": [[["No", "氏名", "生年月日", "住所", "取消理由", "欠格期間満了日"]]
                             + [[str(i + 1), p["name"], _wareki(p["dob"]), p["addr"], _reasons[i],
                                 f"令和{8 + i % 2}年{(i * 3) % 12 + 1}月{10 + i}日"] for i, p in enumerate(_p)]]}],
)

# 014 予約変更の確認（教習生本人 1名）  pass
_p = P[14][0]
add(
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="reply to one student on free mail about her own booking",
    sender=frm("isurugi"), to=[f"{_p['name']} <{_p['email']}>"], charset="iso-2022-jp",
    subject="Re: 技能教習の予約変更について",
    body=f"""{_p['sei']}様

日の出自動車教習所 川越校 受付の石動です。
ご連絡ありがとうございます。

9月19日（土）3時限目のご予約を取り消し、
9月21日（月・祝）5時限目（14:10〜15:00）に変更いたしました。
教習生番号 K26-2207 で予約画面からもご確認いただけます。

当日はお気をつけてお越しください。
{sig("isurugi", 4)}""",
)

# 015 高齢者講習 予約者一覧（HTML のみ）→ 交通安全協会  stop
_p = PO[15][:7]
_tr = "\n".join(f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{_wareki(p['dob'])}</td><td>{p['land']}</td>"
                f"<td>10月{6 + i // 3}日</td><td>KR-{88120 + i * 13}</td></tr>" for i, p in enumerate(_p))
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only mail with a table of 7 elderly drivers (DOB, phone)",
    sender=frm("nikaido"), to=["川越交通安全協会 事務局 <jimukyoku@anzen-kyokai-kawagoe.or.jp>"], charset="utf-8",
    subject="高齢者講習 10月前半 予約者一覧",
    html=f"""<html><body style="font-family:'MS Pゴシック',sans-serif">
<p>川越交通安全協会 事務局 ご担当者様</p>
<p>いつもお世話になっております。日の出自動車教習所 狭山校の二階堂です。<br>
10月前半の高齢者講習の予約状況をお送りします。協会経由でお申込みの方も含まれています。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>No</th><th>氏名</th><th>生年月日</th><th>電話番号</th><th>受講日</th><th>通知書番号</th></tr>
{_tr}
</table>
<p>キャンセル待ちが3名いますので、空きが出ましたらご連絡します。</p>
<p>--<br>日の出自動車教習所 狭山校 高齢者講習担当<br>二階堂 亮<br>TEL 04-2958-3300</p>
</body></html>""",
)

# 016 法人向け安全運転講習会のご案内（3社を To/Cc）  stop
add(
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three client companies see each other in To/Cc (should have been Bcc)",
    sender=frm("shoji"),
    to=["大杉 隆之 <t-osugi@aoba-unyu.co.jp>", "木村 亜希子 <a-kimura@kitaguni-foods.co.jp>"],
    cc=["安全衛生課 <anzen@kumagai-kensetsu.co.jp>"], charset="iso-2022-jp",
    subject="【ご案内】法人向け 冬季安全運転講習会（12月）",
    body=f"""法人研修ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業 自動車教習所事業部 法人営業の東海林でございます。

例年ご好評いただいております冬季安全運転講習会を、今年も下記のとおり開催いたします。

　日時：12月3日（木）・12月10日（木）　各日 9:30〜16:00
　会場：日の出自動車教習所 川越校（コース・学科教室）
　内容：スリップ体験（散水路面）、死角確認、夜間走行の注意点、事故事例研究
　定員：各日20名（先着順）
　受講料：1名 16,500円（税込・昼食付）

お申込みは11月20日までに、添付の申込書にてお願いいたします。
{sig("shoji", 2)}""",
    attachments=[{"kind": "pdf", "name": "冬季安全運転講習会_案内.pdf",
                  "lines": ["冬季安全運転講習会 ご案内", "主催：日の出産業株式会社 自動車教習所事業部",
                            "日時：12月3日（木）・12月10日（木） 9:30〜16:00", "会場：日の出自動車教習所 川越校",
                            "受講料：16,500円（税込）", "お申込み：FAX 049-247-1181 または担当営業まで"]}],
)

# 017 法人向け教習ローン（青葉運輸・みどり銀行）  pass
add(
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="normal three-way meeting mail with two partner organisations",
    sender=frm("shoji"),
    to=["大杉 隆之 <t-osugi@aoba-unyu.co.jp>", "法人営業部 松浦 <matsuura.h@midori-ginko.co.jp>"],
    charset="iso-2022-jp",
    subject="ドライバー育成支援ローンのお打ち合わせ日程",
    body=f"""青葉運輸株式会社　大杉様
株式会社みどり銀行　松浦様

いつもお世話になっております。日の出産業の東海林です。

先日お話のありました、社員の大型・けん引免許取得費用を対象とした
「ドライバー育成支援ローン」の枠組みについて、三者で一度お打ち合わせをさせてください。

候補日：10月8日（木）15時〜、10月9日（金）10時〜、10月13日（火）14時〜
場所　：みどり銀行 川越支店 応接室（またはオンライン）

ご都合のよい日時をお知らせいただけますと幸いです。
{sig("shoji", 0)}""",
)

# 018 料金改定案（DOCX 社外秘スタンプ）→ 錦印刷  stop
add(
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="DOCX stamped 社外秘 in its header sent to the printer",
    sender=frm("tsuchimikado"), to=["営業部 今西 <imanishi@nishiki-insatsu.co.jp>"], charset="shift_jis",
    subject="2027年度パンフレット 料金ページ原稿",
    body=f"""錦印刷株式会社
今西様

お世話になっております。日の出自動車教習所の土御門です。
来年度パンフレットの料金ページ原稿を添付します。
正式決定前の案ですので、校正刷りは当方のみにお送りください。
レイアウトは今年度版を踏襲でお願いします。
{sig("tsuchimikado", 2)}""",
    attachments=[{"kind": "docx", "name": "2027年度_教習料金改定案.docx", "page_header": "社外秘",
                  "title": "2027年度 教習料金改定案",
                  "paragraphs": ["2027年度 教習料金改定案（取締役会 付議前）", "改定の趣旨：燃料費・車両更新費の上昇に伴う見直し"],
                  "tables": [[["車種", "現行（税込）", "改定案（税込）", "差額"],
                              ["普通AT", "308,000", "324,500", "+16,500"],
                              ["普通MT", "325,600", "342,100", "+16,500"],
                              ["準中型", "396,000", "418,000", "+22,000"],
                              ["大型（中型所持）", "385,000", "407,000", "+22,000"]]]}],
)

# 019 卒業生データ（パスワード付きZIP）→ ツバサシステム  stop
_p = P[19][:10]
add(
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): contents cannot be inspected",
    sender=frm("yakushiji"), to=["三上 健太 <k-mikami@tsubasa-system.jp>"], charset="iso-2022-jp",
    subject="卒業生データ（上期分）送付",
    body=f"""ツバサシステム 三上様

日の出産業 情報システム担当の薬師寺です。
上期の卒業生データをパスワード付きZIPでお送りします。
パスワードは別メールにてお知らせします。
{sig("yakushiji", 2)}""",
    attachments=[{"kind": "zip", "name": "sotsugyo_2026H1.zip", "password": "Hn#2026sotsu",
                  "files": [{"kind": "xlsx", "name": "sotsugyo_2026H1.xlsx", "sheets": {"卒業生": [
                      ["氏名", "生年月日", "卒業日", "電話"]] + [[p["name"], _ymd(p["dob"]), "2026/08/31", p["mobile"]]
                                                       for p in _p]}}]}],
)

# 020 パスワードのお知らせ（添付なし）  pass
add(
    expect="pass", entities=[], detectors=[],
    note="the separate password mail: no attachment, no personal data",
    sender=frm("yakushiji"), to=["三上 健太 <k-mikami@tsubasa-system.jp>"], charset="iso-2022-jp",
    subject="パスワードのお知らせ",
    body=f"""三上様

先ほどお送りした「sotsugyo_2026H1.zip」のパスワードをお知らせします。

　Hn#2026sotsu

展開できない場合はご連絡ください。
{sig("yakushiji", 2)}""",
)

# 021 適性検査（色覚）1名 → 北国フーズ 人事  stop
_p = PM[21][0]
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one named trainee's colour-vision test result (health check result) sent to the employer",
    sender=frm("okabe"), to=["木村 亜希子 <a-kimura@kitaguni-foods.co.jp>"], charset="iso-2022-jp",
    subject="準中型研修 受講者様の適性検査結果について（ご相談）",
    body=f"""北国フーズ株式会社
人事部　木村様

いつもお世話になっております。日の出自動車教習所 川越校 教務課の岡部です。

本日入校の受講者のうち、{_p['name']}様について、入校時の適性検査（色彩識別）で
赤・青・黄の識別に時間を要し、色覚に異常の疑いがあるとの結果になりました。
準中型免許の取得自体は信号の色が識別できれば可能ですが、
念のため眼科での精密検査をおすすめしております。

ご本人には先ほどご説明済みです。研修日程への影響が出る可能性がありますので、
ご報告とご相談を兼ねてご連絡いたしました。
{sig("okabe")}""",
)

# 022 月次業務報告（統計のみ）→ 指定自動車教習所協会  pass
add(
    expect="pass", entities=[], detectors=[],
    note="monthly aggregate statistics, no individuals",
    sender=frm("ashida"), to=["統計担当 <toukei@shiteikyo-saitama.or.jp>"], charset="shift_jis",
    subject="8月分 教習業務月次報告",
    body=f"""埼玉県指定自動車教習所協会
統計ご担当者様

日の出自動車教習所（川越校・狭山校）の8月分実績をご報告します。

{_pad([["区分", "川越校", "狭山校", "計"],
       ["入所者数", "142", "98", "240"],
       ["うち合宿", "0", "37", "37"],
       ["卒業者数", "131", "91", "222"],
       ["修了検定 合格率", "87.2%", "84.6%", "86.1%"],
       ["卒業検定 合格率", "91.5%", "89.0%", "90.5%"],
       ["高齢者講習 受講者", "212", "176", "388"]], rule="=")}

年齢層別の内訳は様式2に記入のうえ、郵送いたします。
{sig("ashida", 4)}""",
)

# 023 臨時便 乗車予定者（TSV 本文）→ 山びこバス  stop
_p = P[23][:8]
_tsv = "\n".join(["氏名\t乗車停留所\t時刻\t携帯"] + [
    f"{p['name']}\t{['入間市駅南口', '豊岡一丁目', '狭山市駅西口', '笹井公民館'][i % 4]}\t{['16:40', '16:48', '16:55', '17:02'][i % 4]}\t{p['mobile']}"
    for i, p in enumerate(_p)])
add(
    expect="stop",
    entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="tab-separated (.tsv) attachment: 8 riders with mobile numbers sent to the bus contractor",
    sender=frm("otobe"), to=["運行管理課 <unko@yamabiko-bus.co.jp>"], charset="shift_jis",
    subject="9/26 夜間教習 臨時便の乗車予定者",
    body=f"""山びこバス 運行管理課 ご担当者様

狭山校の乙部です。9/26（土）の夜間教習にあわせた臨時便の乗車予定者です。
遅れている方がいたら、運転士さんから直接携帯に電話してもらって構いません。
一覧はタブ区切りのテキストで添付します（Excelに貼り付けられます）。

よろしくお願いします。
{sig("otobe", 1)}""",
    attachments=[{"kind": "txt", "name": "rinjibin_0926.tsv", "encoding": "cp932", "text": _tsv + "\n"}],
)

# 024 請求書の送付 → look-alike（.com）  stop
add(
    expect="stop", entities=["JP_CORPORATE_NUMBER"], detectors=["lookalike_domain"],
    note="aoba-unyu.com is a TLD swap of the partner aoba-unyu.co.jp",
    sender=frm("iokibe"), to=["経理部 <keiri@aoba-unyu.com>"], charset="iso-2022-jp",
    subject="ご請求書送付のご案内（大型免許取得研修 第2期）",
    body=f"""青葉運輸株式会社
経理部 御中

平素は格別のお引き立てを賜り、誠にありがとうございます。
日の出産業株式会社 経理課の五百旗頭でございます。

大型免許取得研修（第2期）の受講料につきまして、請求書をお送りいたします。

　請求書番号：INV-DS-2026-0917
　ご請求金額：2,695,000円（税込）
　お支払期限：2026年10月31日
　登録番号　：T{HINODE_CORP}

ご査収のほど、よろしくお願い申し上げます。
{sig("iokibe", 0)}""",
    attachments=[{"kind": "pdf", "name": "INV-DS-2026-0917.pdf",
                  "lines": ["請 求 書", "青葉運輸株式会社 御中", "請求書番号 INV-DS-2026-0917",
                            f"日の出産業株式会社　登録番号 T{HINODE_CORP}",
                            "大型免許取得研修 第2期 受講料 7名 × 385,000円 = 2,695,000円（税込）",
                            "お振込先：みどり銀行 大宮支店 普通 0481726 ヒノデサンギヨウ（カ"]}],
)

# 025 年末調整 個人番号一覧（社内のみ）  pass
_p = PM[25][:6]
add(
    expect="pass",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_ADDRESS"],
    detectors=[],
    note="My Numbers of 6 instructors, but every recipient is internal",
    sender=frm("teshigawara"), to=[frm("iokibe")], cc=[f"総務人事課 <soumu@{_D}>"], charset="utf-8",
    subject="年末調整用 個人番号一覧（指導員・狭山校分）",
    body=f"""五百旗頭さん

お疲れさまです。勅使河原です。
狭山校の指導員6名分、扶養控除等申告書の回収が終わりましたので
個人番号を一覧にしました（社内限り、作業後は削除をお願いします）。

""" + "\n".join(f"{i + 1}) {p['name']}　{_ymd(p['dob'])}　{my_number(1703 + i)}　{p['addr']}" for i, p in enumerate(_p))
    + f"""

源泉徴収簿への転記が終わったら声をかけてください。
{sig("teshigawara", 4)}""",
)

# 026 外免切替の支援（在留カード・旅券）→ 行政書士  stop
_p = {"name": "グエン・ヴァン・ミン", "romaji": "NGUYEN VAN MINH", "dob": (1996, 3, 17)}
_rng = random.Random("driving-26")
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD", "JP_PASSPORT", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="a foreign trainee's residence card and passport numbers sent to an outside office",
    sender=frm("domeki"), to=["佐藤 <sato@sato-gyosei.jp>"], charset="utf-8",
    subject="外免切替サポートの件（アオバ運輸様 受講者 / Nguyen様）",
    body=f"""佐藤行政書士事務所
佐藤先生

お世話になっております。日の出産業の百目鬼です。
先日ご相談した外免切替（ベトナム免許→日本の中型免許）の件、
ご本人の書類情報をお送りします。翻訳文の手配をお願いできればと思います。

Name / 氏名：{_p['romaji']}（{_p['name']}）
Date of birth：{_ymd(_p['dob'], '-')}
在留カード番号：{_residence_card(_rng)}（在留資格：特定技能1号、期限 2028/06/30）
Passport No.：C{_rng.randint(1000000, 9999999)}
住所：〒350-1124 埼玉県川越市新宿町5-12-3 アオバ寮201

He can come to your office on weekdays after 17:00.
よろしくお願いいたします。
{sig("domeki", 2)}""",
)

# 027 秘密保持契約書（NDA）の話  pass
add(
    expect="pass", entities=[], detectors=[],
    note="mail about an NDA: mentions 機密情報 but carries no marking and no personal data",
    sender=frm("yakushiji"), to=["法務 <legal@tsubasa-system.jp>"], cc=[frm("tsuchimikado")], charset="iso-2022-jp",
    subject="Re: 秘密保持契約書（教習原簿システム更改）ドラフトの件",
    body=f"""ツバサシステム株式会社
法務ご担当者様

お世話になっております。日の出産業の薬師寺です。
秘密保持契約書のドラフト、社内で確認いたしました。

1点だけご相談です。第2条の「機密情報」の定義に、教習生の個人情報が
含まれることを明記していただけないでしょうか。
また第7条の返還・廃棄について、廃棄証明書の提出を追記いただけると助かります。

その他の条項は原案どおりで問題ございません。
修正版をいただけましたら、押印手続きに回します。
{sig("yakushiji", 0)}""",
)

# 028 準中型研修 修了者名簿（PDF 表）→ 北国フーズ  stop
_p = PM[28][:9]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="PDF table of 9 employees with DOB and results sent to the client",
    sender=frm("domeki"), to=["木村 亜希子 <a-kimura@kitaguni-foods.co.jp>"], charset="shift_jis",
    subject="準中型免許取得研修（8月期）修了者名簿",
    body=f"""木村様

お世話になっております。百目鬼です。
8月期の準中型研修が全員卒業となりましたので、修了者名簿（PDF）をお送りします。
各自、運転免許センターでの本免学科試験は卒業日から1年以内に受験が必要です。
{sig("domeki", 2)}""",
    attachments=[{"kind": "pdf", "name": "準中型研修_8月期_修了者名簿.pdf", "title": "修了者名簿",
                  "lines": ["北国フーズ株式会社 様", "準中型免許取得研修（8月期）修了者名簿", "日の出自動車教習所 川越校", ""],
                  "table": [["社員番号", "氏名", "生年月日", "入校日", "卒業日", "卒検"]]
                  + [[f"KF{31050 + i * 11}", p["name"], _ymd(p["dob"]), "2026/08/03",
                      f"2026/08/{20 + i % 6}", "合格"] for i, p in enumerate(_p)]}],
)

# 029 見積書の送付（免責文つき）  pass
add(
    expect="pass", entities=[], detectors=[],
    note="quotation mail with the standard legal disclaimer",
    sender=frm("shoji"), to=["総務部 人材開発課 <jinzai@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
    subject="新入社員向け安全運転講習 お見積りの件",
    body=f"""川崎電機株式会社
総務部 人材開発課 御中

いつもお世話になっております。日の出産業の東海林です。
来春の新入社員向け安全運転講習につき、お見積書（HQ-2026-0918）を添付いたします。
受講人数が40名を超える場合は、2日程に分けての実施をご提案いたします。

ご不明点がございましたらお気軽にお問い合わせください。
{sig("shoji", 0)}{DISCLAIMER_JA}""",
    attachments=[{"kind": "pdf", "name": "見積書_HQ-2026-0918.pdf",
                  "lines": ["御 見 積 書", "川崎電機株式会社 御中", "見積番号 HQ-2026-0918",
                            "新入社員向け安全運転講習（1日コース） 40名", "単価 14,300円 × 40名 = 572,000円（税込）",
                            "有効期限：発行日より60日"]}],
)

# 030 保護者説明会（保護者3名を To/Cc）  stop
_p = PM[30][:3]
add(
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    note="three parents (three private persons) can see each other's addresses",
    sender=frm("isurugi"), to=[f"{_p[0]['name']} 様 <{_p[0]['romaji'].split()[1].lower()}-home@yahoo.co.jp>"],
    cc=[f"{_p[1]['romaji'].split()[1].lower()}.family@docomo.ne.jp", f"{_p[2]['romaji'].lower().replace(' ', '')}@gmail.com"],
    charset="iso-2022-jp",
    subject="卒業前入校（高校3年生）保護者説明会のご案内",
    body=f"""保護者の皆さま

いつもお世話になっております。日の出自動車教習所 川越校 受付の石動です。
高校3年生の卒業前入校につきまして、保護者説明会を下記のとおり開催いたします。

　日時：11月14日（土）10:00〜11:00
　場所：川越校 2階 第1学科教室
　内容：教習の流れ、学校行事との両立、料金・お支払い方法（分割・ローン）

ご都合がつかない場合は、個別にご説明いたしますのでご連絡ください。
{sig("isurugi", 1)}""",
)

# 031 採点基準（部外秘）→ ツバサシステム  stop
add(
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="mail classified 【部外秘】 in subject and body sent to the vendor",
    sender=frm("takanashi"), to=["三上 健太 <k-mikami@tsubasa-system.jp>"], charset="utf-8",
    subject="【部外秘】技能検定 減点基準（内部運用版）のシステム設定について",
    body=f"""三上様

川越校の小鳥遊です。
検定採点入力画面の減点項目マスタについて、当所の内部運用版をお送りします。

区分：部外秘（検定員以外への開示不可）

　・安全不確認（交差点）　　　10点 / 20点（危険度により）
　・合図不履行　　　　　　　　 5点
　・脱輪（S字・クランク）　　 20点（乗り上げ継続は検定中止）
　・速度超過（場内 指定速度）　10点
　・ふらつき・停止位置不適　　 5点
　※当所独自の「要注意」フラグ運用（減点なし・検定員メモのみ）を追加

マスタの項目コードは別途Excelでお送りします。
{sig("takanashi", 2)}""",
)

# 032 移行データ一式（ZIP：CSV UTF-8 ＋ 手順書）  stop
_p = P[32][:6]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="unencrypted ZIP holding a UTF-8 CSV of 6 students' records",
    sender=frm("yakushiji"), to=["三上 健太 <k-mikami@tsubasa-system.jp>"], charset="utf-8",
    subject="移行リハーサル用データ一式（狭山校）",
    body=f"""三上様

薬師寺です。狭山校分のリハーサル用データ一式をZIPにまとめました。
今回はパスワードなしでお送りします（先方ストレージの都合とのことでしたので）。
中身はCSV（UTF-8, BOMなし）と取込手順メモです。
{sig("yakushiji", 2)}""",
    attachments=[{"kind": "zip", "name": "sayama_rehearsal_0921.zip", "files": [
        {"kind": "csv", "name": "genbo_export.csv", "encoding": "utf-8", "rows":
         [["student_no", "name", "name_kana", "birth_date", "tel", "mail", "stage"]]
         + [[f"S26-{1180 + i}", p["name"], p["kata"], _ymd(p["dob"], "-"), p["mobile"], p["email"],
             ["1", "2", "2", "1", "仮免", "卒検待ち"][i]] for i, p in enumerate(_p)]},
        {"kind": "docx", "name": "取込手順メモ.docx", "paragraphs": [
            "1. genbo_export.csv を UTF-8 として読み込む", "2. stage 列の「仮免」「卒検待ち」はコード変換表に従う",
            "3. 取込後、件数照合（6件）"]}]}],
)

# 033 提携宿泊施設一覧 → 合宿ナビ  pass
add(
    expect="pass", entities=[], detectors=[],
    note="list of hotels (businesses) with their switchboards",
    sender=frm("kirara"), to=["掲載担当 <keisai@gasshuku-navi.com>"], charset="utf-8",
    subject="掲載情報の更新（提携宿泊施設）",
    body=f"""合宿ナビ 掲載ご担当者様

日の出自動車教習所 狭山校 合宿免許デスクの雲母です。
来期から提携宿泊施設が変わりますので、掲載情報の更新をお願いします。

{_pad([["施設名", "所在地", "電話", "部屋タイプ"],
       ["さくらホテル川越", "埼玉県川越市脇田町9-1", "049-226-8800", "ツイン／シングル"],
       ["ビジネスイン狭山", "埼玉県狭山市入間川1-22-8", "04-2959-7711", "シングル"],
       ["民宿 ひので荘", "埼玉県日高市高麗本郷3-9", "042-989-0456", "和室（3〜4名）"],
       ["ホテル ルミエール入間", "埼玉県入間市豊岡4-1-30", "04-2962-5151", "シングル（女性専用フロア）"]])}

写真は後ほど別便でお送りします。
{sig("kirara", 0)}""",
)

# 034 内部メール（送迎リスト）を添付して転送 → 山びこバス  stop
_p = P[34][:7]
_inner = f"""乙部さん

受付の森永です。来週から自宅近くでの乗降を希望している教習生の一覧です。

""" + "\n".join(f"{p['name']}　{p['addr']}　{p['mobile']}" for p in _p) + "\n\n確認お願いします。\n森永\n"
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="attached internal mail (message/rfc822) carries 7 students' addresses and phones",
    sender=frm("otobe"), to=["運行管理課 <unko@yamabiko-bus.co.jp>"], charset="iso-2022-jp",
    subject="FW: 自宅付近乗降の希望者（10月〜）",
    body=f"""山びこバス 運行管理課 御中

乙部です。受付から回ってきた一覧をそのまま添付で転送します。
ルートに組み込めるかどうか、ご検討ください。
{sig("otobe", 1)}""",
    attachments=[{"kind": "eml", "name": "自宅付近乗降の希望者.eml", "message": {
        "sender": frm("morinaga"), "to": [frm("otobe")], "subject": "自宅付近乗降の希望者（10月〜）",
        "charset": "iso-2022-jp", "body": _inner}}],
)

# 035 保護者メールの転送（ADHD の診断）→ 指導員派遣会社  stop
_p = P[35][0]
add(
    expect="stop",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forward of a parent's mail disclosing a named student's ADHD diagnosis",
    sender=frm("kito"), to=["配属担当 <haizoku@shidoin-haken.co.jp>"], charset="utf-8",
    subject="FW: 息子の教習についてのお願い",
    body=f"""ドライブスタッフ派遣 配属ご担当者様

狭山校の鬼頭です。
来週から{_p['sei']}さんの技能教習を御社派遣の指導員さんにお願いする予定のため、
保護者の方からのご要望を転送します。事前にお目通しください。

---------- Forwarded message ---------
From: {_p['sei']} 由美子 <yumiko.{_p['romaji'].split()[1].lower()}@outlook.jp>
Date: 2026年9月15日(火) 21:42
Subject: 息子の教習についてのお願い
To: <kito.h@hinode-sangyo.co.jp>

鬼頭先生

いつも息子の{_p['name']}がお世話になっております。
息子は中学生の時にADHD（注意欠如・多動症）の診断を受けており、現在も服薬しています。
一度に複数の指示を受けると混乱しやすいので、指示は一つずつ、
短く伝えていただけると助かります。本人は気にしているので、
他の教習生の前では触れないでいただけますでしょうか。

よろしくお願いいたします。
{_p['sei']}
""",
)

# 036 仮免結果 3名 → 青葉運輸  pass
_p = PM[36][:3]
add(
    expect="pass", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="results of three trainees to the client: under five people (may warn)",
    sender=frm("takanashi"), to=["大杉 隆之 <t-osugi@aoba-unyu.co.jp>"], charset="iso-2022-jp",
    subject="修了検定の結果（9/18実施分）",
    body=f"""大杉様

日の出自動車教習所 川越校の小鳥遊です。
9月18日の修了検定の結果をご報告します。

　{_p[0]['name']}様　技能 合格（減点15）／学科 合格（47点）
　{_p[1]['name']}様　技能 合格（減点30）／学科 合格（45点）
　{_p[2]['name']}様　技能 不合格（検定中止：脱輪）／学科 未受験

{_p[2]['sei']}様は補習1時限のうえ、9月25日の再検定を予定しております。
{sig("takanashi", 4)}""",
)

# 037 受講スケジュール（壊れた XLSX）→ 青葉運輸  stop
add(
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="corrupt XLSX attachment cannot be inspected",
    sender=frm("domeki"), to=["大杉 隆之 <t-osugi@aoba-unyu.co.jp>"], charset="shift_jis",
    subject="第3期 受講スケジュール（確定版）",
    body=f"""大杉様

百目鬼です。第3期の受講スケジュール確定版をお送りします。
前回版からの変更箇所は黄色でマーキングしております。
{sig("domeki", 4)}""",
    attachments=[{"kind": "corrupt", "name": "第3期_受講スケジュール_確定版.xlsx"}],
)

# 038 合宿ルーミングリスト 3名 → look-alike（hote1）  stop
_p = P[38][:3]
add(
    expect="stop", entities=["PERSON_NAME"], detectors=["lookalike_domain", "personal_data"],
    note="sakura-hote1.jp swaps l for 1 in the partner domain sakura-hotel.jp",
    sender=frm("kirara"), to=["フロント <front@sakura-hote1.jp>"], charset="iso-2022-jp",
    subject="合宿免許 10月第1期 追加ルーミング",
    body=f"""さくらホテル川越 フロントご担当者様

日の出自動車教習所 合宿免許デスクの雲母です。
10月第1期に追加申込がありましたので、ルーミングの追加をお願いします。

　・{_p[0]['name']}（{_p[0]['sex']}）　10/5〜10/18　シングル
　・{_p[1]['name']}（{_p[1]['sex']}）　10/5〜10/18　ツイン（相部屋）
　・{_p[2]['name']}（{_p[2]['sex']}）　10/5〜10/18　ツイン（相部屋）

よろしくお願いいたします。
{sig("kirara", 4)}""",
)

# 039 色覚の再検査 2名（社内）  pass
_p = P[39][:2]
add(
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="health results of two students, but internal only",
    sender=frm("isurugi"), to=[frm("ashida")], charset="iso-2022-jp",
    subject="本日の適性検査 色彩識別で要確認2名",
    body=f"""芦田課長

お疲れさまです。石動です。
本日の入校者の適性検査で、色彩識別の要確認が2名いました。

・{_p[0]['name']}さん：赤と黄の識別に時間がかかる（本人は先天性の色覚異常と申告）
・{_p[1]['name']}さん：検査時に裸眼視力0.6、眼鏡を忘れて来校

{_p[1]['sei']}さんは明日眼鏡持参で再検査予定です。{_p[0]['sei']}さんの扱いをご指示ください。

石動
""",
)

# 040 研修報告会資料（PPTX 受講者別診断結果）→ 青葉運輸  stop
_p = PM[40][:6]
add(
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="PPTX slide lists 6 named drivers with aptitude scores and accident history",
    sender=frm("shoji"), to=["大杉 隆之 <t-osugi@aoba-unyu.co.jp>"], charset="utf-8",
    subject="安全運転研修 報告会資料（10/2）",
    body=f"""大杉様

東海林です。10月2日の報告会で使用する資料を先にお送りします。
4枚目に受講者別の運転適性診断結果をまとめております。
{sig("shoji", 2)}""",
    attachments=[{"kind": "pptx", "name": "安全運転研修_報告会資料.pptx", "slides": [
        ["青葉運輸株式会社様 安全運転研修 報告", "2026年度 上期", "日の出産業株式会社 自動車教習所事業部"],
        ["研修概要", "対象：大型・中型ドライバー 6名", "期間：7月〜9月（月2回）", "内容：適性診断、実車指導、事故事例研究"],
        ["全体傾向", "安全確認の頻度は改善傾向", "速度の見積りが甘い傾向（特に夜間）"],
        ["受講者別 結果"] + [f"{p['name']}（{2026 - p['dob'][0]}歳）　診断{'ABCBDC'[i]}　事故歴：過去3年 {'0102101'[i]}件"
                          for i, p in enumerate(_p)],
        ["今後のご提案", "下期はD判定者を中心に個別指導を実施"]]}],
)

# 041 合宿生の宗教上の配慮（ハラール）→ さくらホテル  stop
add(
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named student's religion (Muslim, halal meals, prayer) sent to the partner hotel",
    sender=frm("kirara"), to=["宿泊予約課 <yoyaku@sakura-hotel.jp>"], charset="utf-8",
    subject="合宿免許 10月第2期 お食事の配慮について（1名）",
    body=f"""さくらホテル川越
宿泊予約課 ご担当者様

いつもお世話になっております。日の出自動車教習所 合宿免許デスクの雲母です。

10月第2期（10/12〜10/25）にご宿泊予定の
アブドゥル・ラフマン・ハキム様（ABDUL RAHMAN HAKIM、マレーシア出身）について、
ご本人がイスラム教徒のため、以下のご配慮をお願いできますでしょうか。

　・朝食・夕食：豚肉・アルコール（みりん含む）を使用しないメニュー（ハラール対応）
　・礼拝のため、1日5回程度お部屋で静かに過ごす時間があります
　・金曜日の昼は近くのモスクに行くため、教習の予定を調整済みです

対応可能な範囲で構いませんので、ご回答いただけますと幸いです。
{sig("kirara", 0)}""",
)

# 042 学生向け団体割引 料金表 → 大学生協  pass
add(
    expect="pass", entities=[], detectors=[],
    note="price list for a university co-op",
    sender=frm("domeki"), to=["購買部 <kobai@coop.tobu-gakuen.ac.jp>"], charset="shift_jis",
    subject="春休み 学生団体割引プランのご案内（2027年2〜3月）",
    body=f"""東武学園大学 生活協同組合
購買部 ご担当者様

いつもお世話になっております。日の出産業 法人営業の百目鬼です。
春休み期間の学生向け団体割引プランの料金をお知らせします。

{_pad([["プラン", "通常料金（税込）", "生協割引価格（税込）"],
       ["普通AT 通学", "308,000円", "286,000円"],
       ["普通MT 通学", "325,600円", "303,600円"],
       ["普通AT 合宿（2週間・宿泊食事付）", "298,000円", "278,000円"],
       ["二輪（普通・AT限定）", "132,000円", "121,000円"]], gap=3)}

※3名以上の同時申込でさらに1名あたり5,000円割引
※パンフレット200部を生協店舗あてに発送いたします
{sig("domeki", 0)}""",
)

# 043 場内事故でのけが（保険証の記号・番号）→ 熊谷建設  stop
_p = PM[43][0]
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one trainee's injury (medical) and health insurance card symbol/number sent to the employer",
    sender=frm("tsuchimikado"), to=["総務部 安全衛生課 <anzen@kumagai-kensetsu.co.jp>"], charset="iso-2022-jp",
    subject="【ご報告】大型特殊研修中の事故について",
    body=f"""熊谷建設株式会社
総務部 安全衛生課 御中

日の出自動車教習所 管理者の土御門でございます。
本日10時15分ごろ、当所コース内で大型特殊の技能教習中に、
御社よりご受講の{_p['name']}様が降車時にステップから転落する事故がございました。

川越中央病院にて診察を受け、右手首の骨折（全治6週間）との診断でした。
誠に申し訳ございません。

保険会社への届出のため、受診時に確認した保険証の情報をお知らせします。
　被保険者：{_p['name']}
　保険者番号：06130482
　記号：8241　番号：{int(_p['no']) % 500 + 12}

今後の教習再開時期については、ご本人・御社と相談のうえ決めさせていただきます。
{sig("tsuchimikado", 0)}""",
)

# 044 教本の増刷発注（発注番号・追跡番号）  pass
add(
    expect="pass", entities=[], detectors=[],
    note="order and tracking numbers only",
    sender=frm("okabe"), to=["今西 <imanishi@nishiki-insatsu.co.jp>"], charset="iso-2022-jp",
    subject="学科教本（第一段階）増刷のお願い",
    body=f"""錦印刷 今西様

岡部です。いつもありがとうございます。
学科教本（第一段階・2026年版）の在庫が少なくなりましたので増刷をお願いします。

　発注番号：PO-DS-26-0412
　品名　　：学科教本 第一段階（A4・112頁）　2,000部
　納品先　：川越校 1,200部／狭山校 800部
　希望納期：10月9日（金）

前回分（PO-DS-26-0288）は佐川急便 追跡番号 4021-8871-3306 で無事届いております。
{sig("okabe", 4)}""",
)

# 045 高齢者講習 予約者（XLS）→ 交通安全協会  stop
_p = PO[45][:6]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="legacy XLS with 6 elderly drivers' DOB, address and phone",
    sender=frm("nikaido"), to=["川越交通安全協会 事務局 <jimukyoku@anzen-kyokai-kawagoe.or.jp>"], charset="shift_jis",
    subject="高齢者講習 協会取次分 予約確定者（11月）",
    body=f"""交通安全協会 事務局 ご担当者様

狭山校 二階堂です。11月分の協会取次の予約確定者を送ります。
（協会さんのシステムに合わせて .xls 形式にしています）
{sig("nikaido", 4)}""",
    attachments=[{"kind": "xls", "name": "koureisha_11gatsu.xls", "sheets": {"11月": [
        ["受付番号", "氏名", "ふりがな", "生年月日", "住所", "電話", "受講日"]]
        + [[f"KA-{7001 + i}", p["name"], p["kana"], _wareki(p["dob"], True), p["addr"], p["land"], f"11/{4 + i * 2}"]
           for i, p in enumerate(_p)]}}],
)

# 046 深視力の再検査（1名）→ 川崎電機  either
_p = PM[46][0]
add(
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one employee's depth-perception/vision retest: health result or routine licensing condition?",
    sender=frm("okabe"), to=["人材開発課 野口 <noguchi@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
    subject="中型研修 受講者様の視力検査について",
    body=f"""川崎電機株式会社
人材開発課　野口様

お世話になっております。日の出自動車教習所 川越校 教務課の岡部です。
中型免許研修の{_p['name']}様ですが、入校時の深視力検査で基準（平均誤差2cm以下）に届かず、
本日再検査となりました。眼鏡を新しくされてから再度受けていただく予定です。
入校日が1週間ほど後ろにずれる可能性がありますので、取り急ぎご連絡いたします。
{sig("okabe", 2)}""",
)

# 047 支払調書用 個人番号（XLSX 3名）→ 税理士  stop
_p = PM[47][:3]
add(
    expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="My Numbers of three part-time lecturers in an XLSX to the tax accountant",
    sender=frm("iokibe"), to=["かえで税理士法人 <info@kaede-tax.jp>"], charset="utf-8",
    subject="報酬の支払調書作成用資料（外部講師3名）",
    body=f"""かえで税理士法人　ご担当者様

日の出産業 経理課の五百旗頭です。
高齢者講習・取消処分者講習の外部講師3名分の支払調書作成用資料をお送りします。
個人番号は本人から提示を受けた番号カードで確認済みです。
{sig("iokibe", 2)}""",
    attachments=[{"kind": "xlsx", "name": "支払調書資料_外部講師.xlsx", "sheets": {
        "講師": [["令和8年分 報酬、料金、契約金及び賞金の支払調書 作成用"], [],
               ["氏名", "住所", "個人番号", "支払金額", "源泉徴収税額"]]
        + [[p["name"], p["addr"], my_number(1710 + i), f"{(i + 3) * 121000:,}", f"{(i + 3) * 12355:,}"]
           for i, p in enumerate(_p)],
        "メモ": [["支払日は毎月末締め翌月25日"]]}}],
)

# 048 講習当日の担当指導員配置 → 川崎電機  pass
add(
    expect="pass", entities=[], detectors=[],
    note="instructors' assignment by surname and time slot; no personal data",
    sender=frm("saotome"), to=["人材開発課 野口 <noguchi@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
    subject="4/8 新入社員講習 当日の指導員配置",
    body=f"""野口様

川越校 指導員の早乙女です。当日の配置が決まりましたのでお知らせします。

　 9:30〜10:20　学科（危険予測）　　　　　早乙女
　10:30〜12:00　コース（死角・内輪差）　　A班 早乙女／B班 二階堂
　13:00〜14:30　スリップ体験　　　　　　　鬼頭
　14:40〜16:00　路上（川越市内）　　　　　早乙女・二階堂・鬼頭

雨天の場合もプログラムは変わりません。
{sig("saotome", 4)}""",
)

# 049 雨天時の自宅前送迎（「・」箇条書き 5名）→ 山びこバス  stop
_p = P[49][:5]
add(
    expect="stop",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="bullet list of 5 students with home address and mobile",
    sender=frm("otobe"), to=["運行管理課 <unko@yamabiko-bus.co.jp>"], charset="iso-2022-jp",
    subject="雨天時 自宅前送迎の対象者（10月分）",
    body=f"""運行管理課 ご担当者様

乙部です。10月の雨天時に自宅前で乗降する対象者です（最寄りの停留所まで距離がある方）。

""" + "\n".join(f"・{p['name']} 様　{p['addr']}　{p['mobile']}" for p in _p) + f"""

雨天判断は前日17時に当方から連絡します。
{sig("otobe", 1)}""",
)

# 050 同行指導員の緊急連絡先（1人1ブロック）→ さくらホテル  stop
_p = PM[50][:5]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="one block per instructor: 5 people with DOB, mobile and family emergency contact",
    sender=frm("kirara"), to=["宿泊予約課 <yoyaku@sakura-hotel.jp>"], charset="utf-8",
    subject="合宿期間中の指導員宿泊（5名）と緊急連絡先",
    body=f"""さくらホテル川越 宿泊予約課 御中

雲母です。10月の合宿期間中、夜間教習対応のため指導員5名が宿泊いたします。
宿泊者名簿用に必要事項をお送りします。

""" + "\n\n".join(f"""【{i + 1}】{p['name']}（{p['kana']}）
　生年月日：{_jdate(p['dob'])}
　携帯　　：{p['mobile']}
　緊急連絡先：{['妻', '母', '夫', '父', '妻'][i]} {p['land']}""" for i, p in enumerate(_p)) + f"""

よろしくお願いいたします。
{sig("kirara", 0)}""",
)

# 051 卒業生名簿（社内サブドメイン宛）  pass
_p = P[51][:9]
add(
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=[],
    note="9 graduates' records to an internal subdomain address only",
    sender=frm("okabe"), to=[f"卒業生フォロー <alumni@mail.{_D}>"], charset="shift_jis",
    subject="8月卒業生 アンケート送付リスト",
    body=f"""卒業生フォロー担当各位

岡部です。8月卒業生のアンケート送付リストです。SMSで送る方のみ抜粋しています。

{_pad([["氏名", "生年月日", "携帯"]] + [[p["name"], _ymd(p["dob"]), p["mobile"]] for p in _p], rule="-")}

よろしくお願いします。
""",
)

# 052 障害ログの送付（提携先のサブドメイン）  pass
add(
    expect="pass", entities=[], detectors=[],
    note="partner's own subdomain (support.tsubasa-system.jp); an error log without personal data",
    sender=frm("yakushiji"), to=["サポートセンター <helpdesk@support.tsubasa-system.jp>"], charset="utf-8",
    subject="[問合せ] 予約アプリ 9/22 朝の同期エラー（契約番号 TS-HND-0193）",
    body=f"""ツバサシステム サポートセンター御中

日の出産業 情報システムの薬師寺です（契約番号 TS-HND-0193）。
本日朝、教習予約アプリと原簿サーバの同期が失敗していました。ログを貼り付けます。

2026-09-22 06:00:02 [INFO ] sync start (site=KAWAGOE)
2026-09-22 06:00:31 [WARN ] retry 1/3: upstream timeout (genbo-api:443)
2026-09-22 06:01:32 [WARN ] retry 2/3: upstream timeout (genbo-api:443)
2026-09-22 06:02:33 [ERROR] sync aborted: 0 records applied, 412 pending
2026-09-22 06:30:00 [INFO ] sync start (site=KAWAGOE)
2026-09-22 06:30:44 [INFO ] sync done: 412 records applied

6:30の定時実行では回復していますが、原因のご調査をお願いします。
{sig("yakushiji", 2)}""",
)

# 053 二種免許 養成者リスト（全角数字・和暦）→ ときわタクシー  stop
_p = PM[53][:6]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="6 trainees with 和暦 DOB and full-width phone numbers",
    sender=frm("domeki"), to=["乗務員採用課 <saiyo@tokiwa-taxi.co.jp>"], charset="shift_jis",
    subject="普通二種 養成コース 受講者の連絡先について",
    body=f"""ときわタクシー株式会社
乗務員採用課　ご担当者様

百目鬼です。普通二種 養成コースの受講者について、
当所で把握している連絡先を照合のためお送りします。御社の採用名簿と相違がないかご確認ください。

""" + "\n".join(f"{_fw(str(i + 1))}．{p['name']}　{_fw(_wareki(p['dob']).replace('年', '年'))}生　携帯{_fw(p['mobile'])}"
                for i, p in enumerate(_p)) + f"""

相違があればご指摘ください。
{sig("domeki", 4)}""",
)

# 054 各校の所在地・営業時間 → 免許ポータル  pass
add(
    expect="pass", entities=[], detectors=[],
    note="the schools' own addresses, phones and hours (branch list)",
    sender=frm("morinaga"), to=["掲載審査 <shinsa@e-menkyo.jp>"], charset="iso-2022-jp",
    subject="教習所情報の修正依頼（日の出自動車教習所）",
    body=f"""e-免許ナビ 掲載審査ご担当者様

日の出自動車教習所 狭山校の森永です。掲載中の校舎情報に誤りがありましたので修正をお願いします。

■川越校
　〒350-1137 埼玉県川越市砂新田9丁目2番14号
　TEL 049-247-1180　平日 9:00〜20:00／土日祝 9:00〜18:00（第2水曜休）
■狭山校
　〒350-1305 埼玉県狭山市入間川9-31-5
　TEL 04-2958-3300　平日 8:30〜20:30／土日祝 8:30〜18:30（火曜休）
■本部（法人窓口）
　〒330-0854 埼玉県さいたま市大宮区桜木町9-8-7 日の出ビル5F
　TEL 048-641-2200

狭山校の定休日が「水曜」となっていましたが、正しくは「火曜」です。
{sig("morinaga", 1)}""",
)

# 055 外国人受講者リスト（英語・旅券番号）→ 人材会社  stop
_rng = random.Random("driving-55")
_names = ["TRAN THI HOA", "PHAM DUC ANH", "SANTOS MARK JOSEPH", "BUDI SANTOSO", "LE VAN THANH", "RAI SUMAN"]
_nat = ["Vietnam", "Vietnam", "Philippines", "Indonesia", "Vietnam", "Nepal"]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="English list of 6 trainees with passport and residence card numbers",
    sender=frm("domeki"), to=["Ms. Linh Pham <linh.pham@global-drive-staff.com>"], charset="utf-8",
    subject="Medium-size licence course: trainee list for document check",
    body=f"""Dear Ms. Pham,

Thank you for your continued cooperation.
Please find below the trainees registered for the medium-size licence course starting on 19 October.
Could you check the passport and residence card numbers against your records?
The Saitama licensing centre will reject applications with any mismatch.

No | Name | Nationality | Date of birth | Passport No. | Residence Card No.
""" + "\n".join(f"{i + 1} | {n} | {_nat[i]} | {_rng.randint(1992, 2001)}-{_rng.randint(1, 12):02d}-{_rng.randint(1, 28):02d}"
                f" | {'CNPBCN'[i]}{_rng.randint(1000000, 9999999)} | {_residence_card(_rng)}" for i, n in enumerate(_names))
    + f"""

We would appreciate your reply by 9 October.
{sig("domeki", 3)}""",
)

# 056 非常勤指導員 謝金の振込データ（CSV CP932）→ みどり銀行  stop
_p = PM[56][:6]
_rng = random.Random("driving-56")
add(
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="CP932 CSV of 6 people's bank accounts (payroll transfer data)",
    sender=frm("iokibe"), to=["法人営業部 松浦 <matsuura.h@midori-ginko.co.jp>"], charset="shift_jis",
    subject="総合振込データ（非常勤指導員 9月分謝金）",
    body=f"""みどり銀行 法人営業部　松浦様

日の出産業 経理課の五百旗頭です。
Web伝送の障害中とのことで、9月分の総合振込データをCSVでお送りします。
振込指定日は9月30日でお願いいたします。
{sig("iokibe", 2)}""",
    attachments=[{"kind": "csv", "name": "furikomi_202609.csv", "encoding": "cp932", "rows":
                  [["銀行コード", "支店コード", "預金種目", "口座番号", "受取人名", "金額"]]
                  + [[_rng.choice(["0188", "0017", "9900", "0005"]), f"{_rng.randint(100, 899)}", "1",
                      f"{_rng.randint(1000000, 9999999)}", p["kata"].replace(" ", "　"), f"{(i + 4) * 18500}"]
                     for i, p in enumerate(_p)]}],
)

# 057 法人窓口担当のご紹介（1名の業務連絡先）  pass
add(
    expect="pass", entities=[], detectors=[],
    note="introduces one staff member's business contact details",
    sender=frm("shoji"), to=["人材開発課 野口 <noguchi@kawasaki-denki.co.jp>"], cc=[frm("domeki")],
    charset="iso-2022-jp",
    subject="担当変更のご挨拶",
    body=f"""川崎電機株式会社
人材開発課　野口様

いつもお世話になっております。日の出産業の東海林です。
10月より御社のご担当を、同じ法人営業グループの百目鬼に引き継ぐこととなりました。

　担当：百目鬼 由佳（どうめき ゆか）
　直通：048-641-2213
　携帯：080-4471-2906（社用）
　メール：domeki.y@hinode-sangyo.co.jp

私も引き続きフォローいたしますので、今後ともよろしくお願いいたします。
{sig("shoji", 0)}""",
)

# 058 人件費・稼働率分析（XLSX 取扱注意）→ 経営コンサル  stop
add(
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="XLSX whose page footer carries 取扱注意",
    sender=frm("tsuchimikado"), to=["吉岡 <yoshioka@mirai-keiei.co.jp>"], charset="iso-2022-jp",
    subject="稼働率分析の元データ",
    body=f"""ミライ経営研究所　吉岡様

土御門です。先日ご依頼の元データをお送りします。
指導員の人件費と時限あたりの稼働率を校舎別・月別にまとめたものです。
{sig("tsuchimikado", 2)}""",
    attachments=[{"kind": "xlsx", "name": "指導員稼働率_2026上期.xlsx", "page_footer": "取扱注意",
                  "sheets": {"校舎別": [["区分", "4月", "5月", "6月", "7月", "8月", "9月"],
                                      ["川越 稼働率", "78%", "81%", "74%", "88%", "93%", "80%"],
                                      ["狭山 稼働率", "71%", "70%", "69%", "85%", "91%", "77%"],
                                      ["人件費（千円）", "18,420", "18,610", "18,380", "21,050", "22,700", "19,030"]],
                             "前提": [["指導員数 川越24名 狭山17名（9月末）"]]}}],
)

# 059 返信（Original Message の下に名簿）  pass
_p = PM[59][:5]
add(
    expect="pass", entities=[], detectors=[],
    note="the client's list with licence numbers appears only below -----Original Message-----",
    sender=frm("domeki"), to=["大杉 隆之 <t-osugi@aoba-unyu.co.jp>"], charset="shift_jis",
    subject="RE: 第4期受講予定者のご連絡",
    body=f"""大杉様

お世話になっております。百目鬼です。
第4期の受講予定者5名、承知いたしました。
入校日程が決まり次第、改めてご案内いたします。

-----Original Message-----
From: 大杉 隆之 <t-osugi@aoba-unyu.co.jp>
Sent: Tuesday, September 22, 2026 5:48 PM
To: 百目鬼 由佳 <domeki.y@hinode-sangyo.co.jp>
Subject: 第4期受講予定者のご連絡

百目鬼様

第4期の受講予定者です。

""" + "\n".join(f"{p['name']}　{_ymd(p['dob'])}　免許証番号 {p['lic']}" for p in _p) + """

よろしくお願いします。
青葉運輸 大杉
""",
)

# 060 返信だが新たに5名の予約一覧を追加  stop
_p = PM[60][:5]
add(
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="reply whose own new text adds 5 trainees' bookings and mobiles; only the old part is quoted",
    sender=frm("okabe"), to=["大杉 隆之 <t-osugi@aoba-unyu.co.jp>"], charset="iso-2022-jp",
    subject="Re: 第3期 初回技能教習の予約について",
    body=f"""大杉様

岡部です。初回の技能教習を以下のとおり予約しました。
当日連絡がつかない場合に備え、ご本人の携帯も控えております。

""" + "\n".join(f"{p['name']}様　11/{4 + i // 2} {['1', '3'][i % 2]}時限　携帯 {p['mobile']}" for i, p in enumerate(_p)) + f"""

{sig("okabe", 4)}
> 岡部様
> 第3期の初回技能教習、入校日の翌日以降で予約をお願いできますか。
> 青葉運輸 大杉
""",
)

# 061 ストーカー被害の教習生（1名）→ 山びこバス  stop
_p = P[61][0]
add(
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named student is a crime victim (stalking, police involved): 要配慮 even for one person",
    sender=frm("ashida"), to=["運行管理課 主任 <shunin@yamabiko-bus.co.jp>"], charset="iso-2022-jp",
    subject="送迎時のお願い（教習生1名・個別対応）",
    body=f"""山びこバス 運行管理課 主任様

川越校 教務課長の芦田です。内々のお願いでご連絡いたしました。

教習生の{_p['name']}さんが、元交際相手からのストーカー被害に遭っており、
現在、川越警察署に相談し警告が出ている状況です。
ご本人とご家族の希望で、以下の対応をお願いできますでしょうか。

　・乗降場所は毎回変えず、必ず教習所の正面玄関前とする
　・本人の乗車予定について、第三者からの問い合わせには一切答えない
　・不審な人物・車両を見かけた場合は、すぐ教習所（049-247-1180）へ連絡

運転士の方には必要最小限の範囲でお伝えください。
{sig("ashida", 0)}""",
)

# 062 聴覚障害の教習生 → 手話通訳の派遣依頼  stop
_p = P[62][0]
add(
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named student's hearing disability (身体障害者手帳) sent to an interpreter agency",
    sender=frm("okabe"), to=["派遣コーディネート <haken@shuwa-net.or.jp>"], charset="utf-8",
    subject="学科教習への手話通訳者派遣のお願い",
    body=f"""NPO法人 手話ネット埼玉
派遣コーディネート ご担当者様

日の出自動車教習所 川越校の岡部と申します。
10月入校の教習生について、学科教習への手話通訳者の派遣をお願いしたくご連絡しました。

　教習生：{_p['name']}様（{_p['kana']}）
　状況　：聴覚障害（両耳、身体障害者手帳2級）。補聴器使用、手話が第一言語。
　　　　　免許条件は「ワイドミラー・聴覚障害者標識」の予定です。
　期間　：10月6日〜11月上旬（学科 全26時限のうち、第一段階10時限を優先）

費用負担や申込様式について、ご教示いただけますと幸いです。
{sig("okabe", 0)}""",
)

# 063 適性検査の集計（個人なし）→ 協会  pass
add(
    expect="pass", entities=[], detectors=[],
    note="aggregate counts of aptitude-test retests; no individual can be identified",
    sender=frm("ashida"), to=["統計担当 <toukei@shiteikyo-saitama.or.jp>"], charset="iso-2022-jp",
    subject="Re: 適性検査 再検査件数の調査について",
    body=f"""協会 統計ご担当者様

芦田です。ご照会の件、上期（4〜9月）の集計をお送りします。

　入校時適性検査 受検者数　　　　1,284名
　視力 再検査（眼鏡等持参）　　　　 41名
　色彩識別 要確認　　　　　　　　　　 6名（うち入校見送り 0名）
　病気の症状等申告「該当あり」　　　 9名（適性相談へ案内 9名）
　深視力 再検査（中型・大型）　　　　 7名

個人が特定される情報は含めておりません。
{sig("ashida", 4)}""",
)

# 064 研修日程 → ホモグリフのドメイン（IDN）  stop
add(
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="xn--oba-unyu-06g.co.jp is аoba-unyu.co.jp with a Cyrillic а (homoglyph of the partner)",
    sender=frm("domeki"), to=["大杉 隆之 <t-osugi@xn--oba-unyu-06g.co.jp>"], charset="utf-8",
    subject="Re: 至急 第4期研修の日程変更について",
    body=f"""大杉様

お世話になっております。百目鬼です。
ご連絡いただいた第4期の日程変更の件、入校日を11月30日（月）に変更して差し支えございません。
ご依頼のあった「前払い分の返金口座変更」については、書面での手続きが必要ですので、
恐れ入りますが担当の東海林よりお電話で確認させていただきます。
{sig("domeki", 2)}""",
)

# 065 修了証明書一覧（パスワード付きPDF）→ 川崎電機  stop
_p = PM[65][:8]
add(
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF cannot be inspected",
    sender=frm("domeki"), to=["人材開発課 野口 <noguchi@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
    subject="安全運転講習 修了証明書一覧（PDF）",
    body=f"""野口様

百目鬼です。4月実施分の修了証明書一覧をPDFでお送りします。
パスワードは、御社の取引先コード（6桁）です。
{sig("domeki", 4)}""",
    attachments=[{"kind": "pdf", "name": "修了証明書一覧_0408.pdf", "password": "KD4418",
                  "table": [["氏名", "生年月日", "修了番号"]]
                  + [[p["name"], _ymd(p["dob"]), f"SR-0408-{i + 1:03d}"] for i, p in enumerate(_p)]}],
)

# 066 社内の PPAP（狭山→川越）  pass
_p = P[66][:10]
add(
    expect="pass", entities=[], detectors=[],
    note="password ZIP, but the recipient is internal",
    sender=frm("morinaga"), to=[frm("isurugi")], charset="shift_jis",
    subject="移籍者の原簿データ（パスワード付）",
    body=f"""石動さん

森永です。移籍者の原簿データを送ります。パスワードはいつもの校舎コード＋月です。
""",
    attachments=[{"kind": "zip", "name": "iseki_0922.zip", "password": "SY0922",
                  "files": [{"kind": "csv", "name": "iseki.csv", "encoding": "cp932",
                             "rows": [["氏名", "生年月日", "携帯"]] + [[p["name"], _ymd(p["dob"]), p["mobile"]] for p in _p]}]}],
)

# 067 シミュレーター更新計画（PDF CONFIDENTIAL）→ 海外ベンダー  stop
add(
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="attached PDF carries a CONFIDENTIAL page header",
    sender=frm("tsuchimikado"), to=["Daniel Weber <d.weber@drivesim-tech.com>"], charset="utf-8",
    subject="Simulator replacement plan FY2027",
    body=f"""Dear Mr. Weber,

Thank you for the meeting last week.
As promised, I attach our internal replacement plan for the driving simulators at both schools,
including the budget ceiling approved by our board. We would like to receive your quotation
for six units (four AT, two MT) with the hazard-prediction module by the end of October.

{sig("tsuchimikado", 3)}""",
    attachments=[{"kind": "pdf", "name": "Simulator_Replacement_Plan_FY2027.pdf", "page_header": "CONFIDENTIAL",
                  "title": "Simulator Replacement Plan FY2027",
                  "lines": ["Hinode Driving School - Simulator Replacement Plan FY2027", "",
                            "Scope: 6 units (Kawagoe 4, Sayama 2)", "Budget ceiling: JPY 38,000,000 (board approval 2026-09-10)",
                            "Target installation: February 2027", "Evaluation: price 40%, hazard module 30%, support 30%"]}],
)

# 068 指導員研修の共催打ち合わせ（外部2団体）  pass
add(
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: an ordinary three-way meeting",
    sender=frm("ashida"), to=["研修部 <kenshu@shiteikyo-saitama.or.jp>"],
    cc=["川越交通安全協会 事務局 <jimukyoku@anzen-kyokai-kawagoe.or.jp>"], charset="iso-2022-jp",
    subject="地域指導員研修（2月）共催の打ち合わせについて",
    body=f"""指定自動車教習所協会 研修部 ご担当者様
（cc：川越交通安全協会 事務局様）

川越校の芦田です。2月の地域指導員研修を共催する件で、
一度三者でお打ち合わせをお願いできればと存じます。

　候補：10月20日（火）14時／10月22日（木）10時
　場所：川越校 2階 会議室

議題案：研修テーマ（高齢ドライバー対応）、講師選定、会場・駐車場
{sig("ashida", 0)}""",
)

# 069 社外秘資料の回覧（社内のみ）  pass
add(
    expect="pass", entities=[], detectors=[],
    note="社外秘 document circulated internally only",
    sender=frm("tsuchimikado"), to=[frm("ashida"), frm("takanashi")], cc=[frm("shoji")], charset="iso-2022-jp",
    subject="【社外秘】来年度 料金改定案（取締役会前）",
    body=f"""各位

土御門です。来年度料金改定案の最新版です。取締役会前につき社外秘でお願いします。
教務の立場から、セット料金の組み方に意見があれば金曜までにください。
""",
    attachments=[{"kind": "docx", "name": "2027年度_教習料金改定案_v3.docx", "page_header": "社外秘",
                  "paragraphs": ["2027年度 教習料金改定案 v3", "普通AT 324,500円（+16,500）", "普通MT 342,100円（+16,500）"]}],
)

# 070 高齢者講習 受講済者報告（全角空白揃え・和暦・免許証番号）→ 県警  stop
_p = PO[70][:6]
_rows = [["氏名", "生年月日", "免許証番号", "受講日"]] + [
    [p["name"], _wareki(p["dob"]), p["lic"], f"令和8年9月{8 + i}日"] for i, p in enumerate(_p)]
_tbl = "\n".join("　".join(str(c) + "　" * ((max(_w(str(r[k])) for r in _rows) - _w(str(c))) // 2) for k, c in enumerate(r)).rstrip()
                 for r in _rows)
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="6 elderly drivers with 和暦 DOB and licence numbers, padded with full-width spaces",
    sender=frm("nikaido"), to=["menkyo-kyoshu@police.pref-saitama.lg.jp"], charset="shift_jis",
    subject="高齢者講習 受講済者報告（9月第2週）",
    body=f"""運転免許課 講習係 御中

日の出自動車教習所 狭山校の二階堂です。
9月第2週の高齢者講習 受講済者を報告いたします（終了証明書は交付済み）。

{_tbl}

以上、6名。
{sig("nikaido", 4)}""",
)

# 071 臨時送迎 2名 → 山びこバス  pass
_p = P[71][:2]
add(
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="two students' names and mobiles: under five people",
    sender=frm("otobe"), to=["運行管理課 <unko@yamabiko-bus.co.jp>"], charset="iso-2022-jp",
    subject="明日 A2便 乗車追加2名",
    body=f"""運行管理課 ご担当者様

乙部です。明日のA2便（入間市駅南口 12:35）に2名追加です。

　{_p[0]['name']}さん　{_p[0]['mobile']}
　{_p[1]['name']}さん　{_p[1]['mobile']}

よろしくお願いします。
""",
)

# 072 入金確認 → look-alike（ドットをハイフンに）  stop
add(
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="midori-ginko-co.jp puts a hyphen for the dot of midori-ginko.co.jp",
    sender=frm("iokibe"), to=["法人営業部 <hojin@midori-ginko-co.jp>"], charset="iso-2022-jp",
    subject="Re: 口座振替の設定変更について",
    body=f"""みどり銀行 法人営業部 ご担当者様

日の出産業 経理課の五百旗頭です。
ご連絡いただいた振替口座の変更について、弊社では依頼を出しておりません。
念のため、現在の振替口座（大宮支店 当座）から変更しないようお願いいたします。
また、ご案内のあった「確認用フォーム」へのログインは控えております。
{sig("iokibe", 2)}""",
)

# 073 指導員の健康診断結果（1名）→ 社労士  stop
_p = PM[73][0]
add(
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one instructor's health check result (hypertension, sleep apnoea) sent outside",
    sender=frm("teshigawara"), to=["橘 社会保険労務士事務所 <office@tachibana-sr.jp>"], charset="utf-8",
    subject="指導員の乗務制限についてご相談",
    body=f"""橘先生

勅使河原です。労務のご相談です。

川越校の技能教習指導員 {_p['name']}（{_ymd(_p['dob'])}生）が、
8月の定期健康診断で「高血圧（要精密検査）」「睡眠時無呼吸症候群の疑い」と判定されました。
本人は業務継続を希望していますが、産業医からは精密検査の結果が出るまで
路上教習を控えるよう意見が出ています。

この場合の配置転換（学科専任）と手当の扱いについて、留意点をご教示ください。
{sig("teshigawara", 0)}""",
)

# 074 保守訪問の日程（英文・免責文）  pass
add(
    expect="pass", entities=[], detectors=[],
    note="English business mail with the standard disclaimer",
    sender=frm("yakushiji"), to=["Daniel Weber <d.weber@drivesim-tech.com>"], charset="utf-8",
    subject="Re: Annual maintenance visit - Kawagoe school",
    body=f"""Dear Mr. Weber,

Thank you for your e-mail. The 14th and 15th of October suit us well.
Your engineers can use the staff car park (spaces 21-24); please ask them to check in at
the front desk of the Kawagoe school at 8:30. The simulator room will be closed to students on both days.

{sig("yakushiji", 3)}{DISCLAIMER_EN}""",
)

# 075 運転免許センターからの照会を転送（6名）→ ツバサシステム  stop
_p = P[75][:6]
add(
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="forward of the licensing centre's mail listing 6 graduates: new text to the vendor",
    sender=frm("okabe"), to=["三上 健太 <k-mikami@tsubasa-system.jp>"], charset="shift_jis",
    subject="転送: 卒業証明書の記載誤りについて（照会）",
    body=f"""三上様

岡部です。免許センターから下記の照会がありました。
卒業証明書の生年月日が和暦変換で1日ずれているようです。システム側の原因調査をお願いします。

----- 転送メッセージ -----
差出人: 運転免許センター 試験係 <shiken@police.pref-saitama.lg.jp>
件名: 卒業証明書の記載誤りについて（照会）

日の出自動車教習所 御中

本日受付の本免学科試験申請のうち、下記6名の卒業証明書の生年月日が
住民票の記載と一致しませんでした。ご確認のうえ再発行をお願いします。

""" + "\n".join(f"  証明書番号 {2609100 + i * 3}  {p['name']}  証明書記載 {_wareki(p['dob'])}" for i, p in enumerate(_p)) + """

運転免許センター 試験係
""",
)

# 076 請求書（登録番号・会社口座）→ 川崎電機  pass
add(
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice with the company's T-number and company bank account: business data",
    sender=frm("iokibe"), to=["経理部 支払担当 <shiharai@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
    subject="請求書送付（安全運転講習 4月実施分）",
    body=f"""川崎電機株式会社
経理部 支払ご担当者様

日の出産業株式会社 経理課の五百旗頭でございます。
4月実施の新入社員向け安全運転講習の請求書を添付いたします。

　請求書番号：INV-DS-2026-0421
　金額　　　：572,000円（税込）
　登録番号　：T{HINODE_CORP}
　お振込先　：みどり銀行 大宮支店 普通預金 0481726
　　　　　　　口座名義 ヒノデサンギヨウ（カ

よろしくお願いいたします。
{sig("iokibe", 0)}""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-DS-2026-0421.pdf",
                  "lines": ["請 求 書", "川崎電機株式会社 御中", f"登録番号 T{HINODE_CORP}",
                            "新入社員向け安全運転講習 40名 572,000円（税込）"]}],
)

# 077 団体合宿の宿泊費を法人カードで決済 → さくらホテル  stop
add(
    expect="stop", entities=["CREDIT_CARD", "PERSON_NAME"], detectors=["personal_data"],
    note="a full card number (client's corporate card, named holder) sent by mail",
    sender=frm("kirara"), to=["宿泊予約課 <yoyaku@sakura-hotel.jp>"], charset="iso-2022-jp",
    subject="団体合宿（川崎電機様）宿泊費のお支払いについて",
    body=f"""さくらホテル川越 宿泊予約課 御中

雲母です。川崎電機様の団体合宿（11/9〜11/20、8名）の宿泊費ですが、
先方より法人カードでの事前決済をご希望とのことで、カード情報をお預かりしました。

　カード番号：{card_number(1704)}
　有効期限　：03/28
　名義　　　：TAKESHI NOGUCHI（川崎電機株式会社）

決済後、領収書は川崎電機様宛てでお願いいたします。
{sig("kirara", 4)}""",
)

# 078 予約アプリの告知チラシ（提携2社）  pass
add(
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two partner organisations in To/Cc for a print job",
    sender=frm("yakushiji"), to=["三上 健太 <k-mikami@tsubasa-system.jp>"],
    cc=["今西 <imanishi@nishiki-insatsu.co.jp>"], charset="utf-8",
    subject="予約アプリ告知チラシ：QRコードと画面キャプチャの受け渡し",
    body=f"""ツバサシステム 三上様
錦印刷 今西様

薬師寺です。予約アプリ告知チラシの件、お二方を直接おつなぎします。
画面キャプチャ（最新版 v2.3）とQRコードの入稿データは、三上様から今西様へ
直接お送りいただけますでしょうか。入稿締切は10月2日です。

QRのリンク先：https://yoyaku.hinode-sangyo.co.jp/app
{sig("yakushiji", 2)}""",
)

# 079 教習ローン申込（免許証番号入り）→ みどり銀行  stop
_p = P[79][0]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    detectors=["personal_data"],
    note="one applicant's data including a driver's licence number sent to the bank",
    sender=frm("isurugi"), to=["ローンセンター <loan-center@midori-ginko.co.jp>"], charset="iso-2022-jp",
    subject="教習ローン 仮審査の申込（提携コード HND-01）",
    body=f"""みどり銀行 ローンセンター御中

日の出自動車教習所 川越校 受付の石動です。
教習ローンの仮審査をお願いいたします（店頭で本人記入の申込書を確認済み）。

　申込者　：{_p['name']}（{_p['kata']}）
　生年月日：{_jdate(_p['dob'])}
　住所　　：〒{_p['zip']} {_p['addr']}
　電話　　：{_p['mobile']}
　勤務先　：株式会社マルヤマ青果（アルバイト、勤続1年8か月）
　年収　　：約180万円
　本人確認：原付免許 免許証番号 {_p['lic']}
　借入希望：286,000円（24回）

ご回答はFAX（049-247-1181）でお願いいたします。
{sig("isurugi", 0)}""",
)

# 080 協会の法令改正通知を転送 → 川崎電機  pass
add(
    expect="pass", entities=[], detectors=[],
    note="forward of an association's general notice: no personal data",
    sender=frm("shoji"), to=["人材開発課 野口 <noguchi@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
    subject="FW: 【周知】安全運転管理者のアルコールチェック義務について",
    body=f"""野口様

東海林です。協会から周知があった内容を、ご参考までに転送いたします。
社用車をお持ちの事業所では、点検記録の保存期間にご注意ください。

-------- Forwarded Message --------
From: 埼玉県指定自動車教習所協会 <info@shiteikyo-saitama.or.jp>
Subject: 【周知】安全運転管理者のアルコールチェック義務について

会員各位

安全運転管理者選任事業所におけるアルコール検知器を用いた確認について、
記録の1年間保存が義務付けられています。法人講習等の機会に周知をお願いします。

埼玉県指定自動車教習所協会 事務局
""",
)

# 081 派遣指導員4名のシフト表（XLSX）→ 派遣会社  pass
add(
    expect="pass", entities=[], detectors=[],
    note="the agency's own four dispatched instructors by surname and shift; no personal data",
    sender=frm("kito"), to=["配属担当 <haizoku@shidoin-haken.co.jp>"], charset="utf-8",
    subject="10月 派遣指導員シフト（狭山校）",
    body=f"""ドライブスタッフ派遣 配属ご担当者様

狭山校の鬼頭です。10月の派遣指導員シフトを添付します。
第3週は合宿が重なるため、夜間（7・8時限）を厚めにしています。
{sig("kito", 4)}""",
    attachments=[{"kind": "xlsx", "name": "派遣指導員シフト_10月.xlsx", "sheets": {
        "第1週": [["10月 派遣指導員シフト（狭山校）"], ["日付", "平田", "宮坂", "ノリス", "古川"],
                ["10/1（木）", "1-5", "4-8", "休", "1-5"], ["10/2（金）", "1-5", "4-8", "1-5", "休"],
                ["10/3（土）", "休", "1-5", "1-5", "4-8"]],
        "第3週": [["日付", "平田", "宮坂", "ノリス", "古川"], ["10/15（木）", "4-8", "4-8", "1-5", "1-5"],
                ["10/16（金）", "4-8", "休", "4-8", "1-5"]]}}],
)

# 082 講習出席者 3名 → look-alike（文字入れ替え）  stop
_p = PM[82][:3]
add(
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="kawasaki-dneki.co.jp swaps two letters of the partner kawasaki-denki.co.jp",
    sender=frm("domeki"), to=["人材開発課 <jinzai@kawasaki-dneki.co.jp>"], charset="iso-2022-jp",
    subject="フォローアップ講習 出席者の確認",
    body=f"""川崎電機株式会社 人材開発課 御中

百目鬼です。10月のフォローアップ講習、以下3名の出席で承っております。
受講案内は各自のメールアドレスに直接お送りしてよろしいでしょうか。

　{_p[0]['name']}　{_p[0]['romaji'].split()[1].lower()}.{_p[0]['romaji'].split()[0][0].lower()}@kawasaki-denki.co.jp
　{_p[1]['name']}　{_p[1]['romaji'].split()[1].lower()}.{_p[1]['romaji'].split()[0][0].lower()}@kawasaki-denki.co.jp
　{_p[2]['name']}　{_p[2]['romaji'].split()[1].lower()}.{_p[2]['romaji'].split()[0][0].lower()}@kawasaki-denki.co.jp
{sig("domeki", 4)}""",
)

# 083 講習出席者 4名の携帯 → 北国フーズ  pass
_p = PM[83][:4]
add(
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four attendees with mobiles: the upper end of the allowed short list",
    sender=frm("saotome"), to=["木村 亜希子 <a-kimura@kitaguni-foods.co.jp>"], charset="shift_jis",
    subject="Re: 配送ドライバー向け講習 当日の連絡先",
    body=f"""木村様

早乙女です。当日、路上に出る4名の携帯番号を控えとしてお送りします。
集合に遅れた場合はこちらから直接連絡いたします。

{_p[0]['name']}　{_p[0]['mobile']}
{_p[1]['name']}　{_p[1]['mobile']}
{_p[2]['name']}　{_p[2]['mobile']}
{_p[3]['name']}　{_p[3]['mobile']}

{sig("saotome", 4)}
> 早乙女様
> 当日の連絡先を共有いただけますか。北国フーズ 木村
""",
)

# 084 教習修了報告書（壊れたPDF）→ 県警  stop
add(
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="corrupt PDF attachment cannot be inspected",
    sender=frm("takanashi"), to=["menkyo-kyoshu@police.pref-saitama.lg.jp"], charset="iso-2022-jp",
    subject="教習修了報告書（9月分）の送付",
    body=f"""運転免許課 教習所指導係 御中

川越校の小鳥遊です。9月分の教習修了報告書をPDFで送付いたします。
原本は月末の定期便でお届けします。
{sig("takanashi", 4)}""",
    attachments=[{"kind": "corrupt", "name": "教習修了報告書_202609.pdf"}],
)

# 085 保護者への入校手続き確認（本人1名の情報）  pass
_p = P[85][0]
add(
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="one student's details to the parent on free mail: a single person, may warn",
    sender=frm("isurugi"), to=[f"{_p['romaji'].split()[1].lower()}.family@yahoo.co.jp"], charset="iso-2022-jp",
    subject="入校手続き内容のご確認（{}様）".format(_p["name"]),
    body=f"""{_p['sei']}様（保護者様）

日の出自動車教習所 川越校 受付の石動です。
本日はご来校ありがとうございました。お手続きの内容をご確認ください。

　教習生　：{_p['name']}（{_p['kana']}）
　生年月日：{_jdate(_p['dob'])}
　住所　　：{_p['addr']}
　コース　：普通AT（通学）　入校日 10月5日
　お支払い：保護者様名義 口座振込（一括）

内容に誤りがございましたらご返信ください。
{sig("isurugi", 1)}""",
)

# 086 新校舎計画（PPTX 極秘）→ 不動産会社  stop
add(
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="PPTX stamped 極秘 on slide and footer sent to a real-estate firm",
    sender=frm("tsuchimikado"), to=["開発事業部 <kaihatsu@musashino-fudosan.co.jp>"], charset="utf-8",
    subject="狭山校移転候補地の件（資料送付）",
    body=f"""武蔵野不動産株式会社
開発事業部 ご担当者様

土御門です。先日の候補地の件、社内検討資料を共有いたします。
面積要件とコース配置案をご確認のうえ、適地のご提案をお願いいたします。
{sig("tsuchimikado", 0)}""",
    attachments=[{"kind": "pptx", "name": "狭山校_移転計画案.pptx", "page_footer": "極秘／持出禁止",
                  "slides": [["【極秘】狭山校 移転・新校舎計画（案）", "2026年9月 経営会議資料"],
                             ["要件", "敷地 18,000㎡以上", "コース延長 1,200m（大型・けん引対応）", "駅から送迎15分以内"],
                             ["スケジュール", "2027年3月 用地決定", "2028年4月 新校舎開校"],
                             ["投資額", "上限 22億円（用地・造成・校舎）"]]}],
)

# 087 「社外秘」に触れるが公開資料のみ → 川崎電機  pass
add(
    expect="pass", entities=[], detectors=[],
    note="mentions that internal rules are 社外秘, but sends only the public brochure (no marking)",
    sender=frm("domeki"), to=["人材開発課 野口 <noguchi@kawasaki-denki.co.jp>"], charset="iso-2022-jp",
    subject="Re: 教習所の安全管理規程について",
    body=f"""野口様

百目鬼です。お問い合わせの件、当所の安全管理規程そのものは社外秘の扱いとなっており
お送りできないのですが、概要は公開パンフレットの「安全への取り組み」に記載しております。
PDFを添付しますので、社内稟議にご活用ください。
{sig("domeki", 2)}""",
    attachments=[{"kind": "pdf", "name": "日の出自動車教習所_会社案内.pdf",
                  "lines": ["日の出自動車教習所 会社案内", "安全への取り組み",
                            "・全教習車にドライブレコーダーとデュアルブレーキを装備",
                            "・指導員は年2回の社内研修と外部研修を受講", "・教習前の車両点検を毎朝実施"]}],
)

# 088 修了証 印刷用データ（CSV UTF-8 9名）→ 錦印刷  stop
_p = PM[88][:9]
add(
    expect="stop", entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="UTF-8 CSV of 9 employees (name, employee no., department, e-mail) sent to the printer",
    sender=frm("domeki"), to=["今西 <imanishi@nishiki-insatsu.co.jp>"], charset="utf-8",
    subject="修了証の差込印刷データ（川崎電機様 4月講習）",
    body=f"""今西様

百目鬼です。修了証の差込印刷用データをお送りします。
メールアドレス列は、デジタル修了証の送付にも使うため一緒に入れてあります。
{sig("domeki", 4)}""",
    attachments=[{"kind": "csv", "name": "shuryosho_kd_0408.csv", "encoding": "utf-8", "rows":
                  [["氏名", "ローマ字", "社員番号", "所属", "メール"]]
                  + [[p["name"], p["romaji"], f"KD-{22000 + i * 17}", ["生産技術部", "品質保証部", "営業部"][i % 3],
                      f"{p['romaji'].split()[1].lower()}.{p['romaji'].split()[0].lower()}@kawasaki-denki.co.jp"]
                     for i, p in enumerate(_p)]}],
)

# 089 名札作成用の参加者一覧（会社名・役職・氏名のみ）→ さくらホテル  either
_p = PM[89][:6]
_co = ["青葉運輸", "北国フーズ", "熊谷建設", "川崎電機", "ときわタクシー", "青葉運輸"]
_yaku = ["安全推進部長", "物流課長", "安全衛生課", "総務部 主任", "運行管理者", "配車係長"]
add(
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="6 business people with company and title only (for name badges): a people list or just business contacts?",
    sender=frm("shoji"), to=["宴会営業 <enkai@sakura-hotel.jp>"], charset="iso-2022-jp",
    subject="安全運転管理者 意見交換会（10/29）名札の作成",
    body=f"""さくらホテル川越 宴会営業 ご担当者様

東海林です。10月29日の意見交換会の名札作成をお願いします。

""" + "\n".join(f"{_co[i]}　{_yaku[i]}　{p['name']} 様" for i, p in enumerate(_p)) + f"""

卓上札も同じ表記でお願いします。
{sig("shoji", 2)}""",
)

# 090 教習車の点検対象（車両一覧）→ 整備工場  pass
add(
    expect="pass", entities=[], detectors=[],
    note="list of vehicles and registration plates, not people",
    sender=frm("saotome"), to=["サービス課 <service@kawagoe-motors.co.jp>"], charset="shift_jis",
    subject="10月 定期点検の対象車両",
    body=f"""川越モータース サービス課 御中

川越校の早乙女です。10月の12か月点検の対象車両です。引き取りは各日8時でお願いします。

{_pad([["号車", "車種", "登録番号", "走行距離", "引取日"],
       ["3号", "普通AT（カローラ）", "川越 500 す 12-03", "84,210km", "10/6"],
       ["7号", "普通MT（カローラ）", "川越 500 す 12-07", "102,955km", "10/6"],
       ["21号", "準中型（エルフ）", "川越 400 は 21-21", "66,480km", "10/13"],
       ["31号", "大型（ギガ）", "川越 100 あ 31-31", "41,002km", "10/20"],
       ["B-2", "送迎バス（ローザ）", "所沢 200 さ 8-02", "188,330km", "10/27"]])}

7号車はクラッチの滑りが出ているので、あわせて見ていただけますか。
{sig("saotome", 4)}""",
)

# 091 講習会の講師打ち合わせ（2社＋フリー講師）  stop
add(
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="two client companies and a freelance lecturer on free mail: three external parties visible",
    sender=frm("shoji"),
    to=["大杉 隆之 <t-osugi@aoba-unyu.co.jp>", "人材開発課 野口 <noguchi@kawasaki-denki.co.jp>"],
    cc=["交通心理士 矢島 <yajima.kotsushinri@gmail.com>"], charset="iso-2022-jp",
    subject="合同講習（11月）講師打ち合わせのご案内",
    body=f"""青葉運輸 大杉様
川崎電機 野口様
（cc：講師 矢島先生）

東海林です。11月の合同講習でご講演いただく矢島先生を交え、
内容の打ち合わせをオンラインで行いたく存じます。

　日時：10月16日（金）16:00〜16:45
　方法：Teams（URLは前日にお送りします）

事前に各社の事故傾向（件数のみで結構です）をお知らせいただけますと助かります。
{sig("shoji", 2)}""",
)

# 092 路線別乗車人数（統計）→ 山びこバス  pass
add(
    expect="pass", entities=[], detectors=[],
    note="ridership statistics by route; no individuals",
    sender=frm("otobe"), to=["運行管理課 <unko@yamabiko-bus.co.jp>"], charset="iso-2022-jp",
    subject="8月 送迎バス 路線別乗車人数",
    body=f"""運行管理課 御中

乙部です。8月の路線別乗車人数をお送りします。来期の便数見直しにご活用ください。

{_pad([["ルート", "便数/日", "延べ乗車", "1便平均", "前年同月比"],
       ["A（入間市駅）", "6", "2,214", "13.4", "+8%"],
       ["B（狭山市駅）", "5", "1,630", "11.9", "-3%"],
       ["C（鶴ヶ島・坂戸）", "4", "904", "8.2", "+1%"],
       ["合宿（川越駅）", "2", "318", "5.1", "+22%"]], gap=3)}

{sig("otobe", 1)}""",
)

# 093 修了検定結果 4名 → look-alike（sangyou）  stop
_p = P[93][:4]
add(
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["lookalike_domain", "personal_data"],
    note="hinode-sangyou.co.jp adds a letter to the own domain: look-alike",
    sender=frm("takanashi"), to=["芦田 恵理子 <ashida.e@hinode-sangyou.co.jp>"], charset="shift_jis",
    subject="本日の修了検定 不合格者",
    body=f"""芦田課長

小鳥遊です。本日の修了検定の不合格者です。補習の手配をお願いします。

""" + "\n".join(f"{p['name']}（{_ymd(p['dob'])}）　{['脱輪', '一時不停止', '安全不確認', '速度超過'][i]}"
                for i, p in enumerate(_p)) + """

小鳥遊
""",
)

# 094 大型特殊研修の問診票まとめ（6名の既往歴）→ 熊谷建設  stop
_p = PM[94][:6]
_ill = ["高血圧（服薬中）", "なし", "糖尿病（インスリン使用）", "腰椎ヘルニア手術歴", "なし", "睡眠時無呼吸症候群（CPAP使用）"]
add(
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="6 trainees with medical history from the health questionnaire (要配慮 and a list)",
    sender=frm("okabe"), to=["総務部 安全衛生課 <anzen@kumagai-kensetsu.co.jp>"], charset="utf-8",
    subject="大型特殊研修 入校時問診の結果について",
    body=f"""熊谷建設株式会社 安全衛生課 御中

川越校 教務課の岡部です。大型特殊研修の入校時問診で、既往歴の申告がありましたので共有します。
教習中の体調変化に備え、緊急時の対応方針についてご相談させてください。

氏名\t生年月日\t申告された既往歴・治療
""" + "\n".join(f"{p['name']}\t{_ymd(p['dob'])}\t{_ill[i]}" for i, p in enumerate(_p)) + f"""

{sig("okabe", 0)}""",
)

# 095 取消処分者講習 受講者（社内のみ）  pass
_p = PM[95][:5]
add(
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=[],
    note="revoked drivers' list with offences, but only internal recipients",
    sender=frm("nikaido"), to=[frm("tsuchimikado")], cc=[frm("kito")], charset="iso-2022-jp",
    subject="11月期 取消処分者講習 受講予定（内部共有）",
    body=f"""所長、鬼頭さん

二階堂です。11月期の受講予定者です。飲酒関連が3名いるため、
2日目のグループ討議は鬼頭さんにも入っていただきたいです。

""" + "\n".join(f"{p['name']}　{_wareki(p['dob'], True)}　{['酒気帯び運転', '酒酔い運転', '違反累積', '酒気帯び運転', '無免許運転'][i]}"
                for i, p in enumerate(_p)) + """

二階堂
""",
)

# 096 パンフレットと統計資料（ZIP）→ 川崎電機  pass
add(
    expect="pass", entities=[], detectors=[],
    note="ZIP of a brochure and aggregate statistics; no people, no marking",
    sender=frm("domeki"), to=["人材開発課 野口 <noguchi@kawasaki-denki.co.jp>"], charset="utf-8",
    subject="稟議用資料一式（講習プログラム・実績）",
    body=f"""野口様

百目鬼です。稟議用にとのことでしたので、講習プログラムと過去3年の実績をZIPにまとめました。
{sig("domeki", 4)}""",
    attachments=[{"kind": "zip", "name": "kd_ringi_shiryo.zip", "files": [
        {"kind": "pdf", "name": "講習プログラム.pdf", "lines": ["新入社員向け安全運転講習 プログラム",
                                                        "9:30 学科（危険予測）", "10:30 コース実習", "13:00 スリップ体験",
                                                        "14:40 路上実習", "16:00 修了"]},
        {"kind": "xlsx", "name": "実績_2024-2026.xlsx", "sheets": {"実績": [
            ["年度", "実施回数", "受講者数", "満足度（5段階）"], ["2024", 14, 402, 4.3], ["2025", 17, 488, 4.4],
            ["2026（9月まで）", 11, 311, 4.5]]}}]}],
)

# 097 英文の返信（引用部分にリスト）  pass
_rng = random.Random("driving-97")
_q = "\n".join(f"> {n} | Passport {'CNPBCN'[i]}{_rng.randint(1000000, 9999999)} | RC {_residence_card(_rng)}"
               for i, n in enumerate(["NGUYEN THI LAN", "DO MINH TUAN", "REYES ANNA MARIE", "SARI DEWI", "GURUNG BIKASH"]))
add(
    expect="pass", entities=[], detectors=[],
    note="English reply; the partner's trainee list is only quoted under 'On ... wrote:'",
    sender=frm("domeki"), to=["Ms. Linh Pham <linh.pham@global-drive-staff.com>"], charset="utf-8",
    subject="Re: Corrected trainee data",
    body=f"""Dear Ms. Pham,

Thank you, we have received the corrected data and updated our records.
The application documents will be ready for signature on 12 October.

Best regards,
Yuka Domeki

On Thu, 8 Oct 2026 at 18:02, Linh Pham <linh.pham@global-drive-staff.com> wrote:
> Dear Ms. Domeki,
> Please find the corrected data below.
{_q}
> Kind regards, Linh
""",
)

# 098 指導員の資格更新（免許証番号）→ 県警  stop
_p = PM[98][:5]
add(
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="5 instructors with DOB and driver's licence numbers sent to the police",
    sender=frm("ashida"), to=["menkyo-kyoshu@police.pref-saitama.lg.jp"], charset="shift_jis",
    subject="教習指導員 法定講習 受講者の届出",
    body=f"""運転免許課 教習所指導係 御中

日の出自動車教習所 川越校の芦田です。
教習指導員の法定講習（11月期）受講者を下記のとおり届け出ます。

""" + "\n".join(f"{i + 1}  {p['name']}  生年月日 {_wareki(p['dob'])}  運転免許証番号 第{p['lic']}号  指導員資格 {['普通', '普通・準中型', '大型', '普通', '二輪'][i]}"
                for i, p in enumerate(_p)) + f"""

ご確認のほどよろしくお願いいたします。
{sig("ashida", 4)}""",
)

# 099 卒業証明書の再発行照会（1名）→ 免許センター  pass
_p = P[99][0]
add(
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one graduate's name and DOB to the licensing centre: a single person, may warn",
    sender=frm("okabe"), to=["試験係 <shiken@police.pref-saitama.lg.jp>"], charset="iso-2022-jp",
    subject="Re: 卒業証明書の記載誤りについて（再発行のご報告）",
    body=f"""運転免許センター 試験係 御中

日の出自動車教習所 川越校の岡部です。
ご指摘のありました卒業証明書について、下記のとおり再発行いたしました。

　氏名：{_p['name']}
　生年月日：{_wareki(_p['dob'])}（正）
　新証明書番号：2609231

ご本人には本日、窓口でお渡し済みです。ご迷惑をおかけしました。
{sig("okabe", 4)}""",
)

# 100 受講者本人（gmail）と勤務先人事の2者宛  pass
_p = PM[100][0]
add(
    expect="pass", entities=[], detectors=["multiple_external_domains", "freemail_recipient"],
    note="two external parties (the trainee's own free mail and his employer): allowed",
    sender=frm("isurugi"),
    to=[f"{_p['name']} <{_p['romaji'].split()[0].lower()}.{_p['romaji'].split()[1].lower()}.drive@gmail.com>"],
    cc=["木村 亜希子 <a-kimura@kitaguni-foods.co.jp>"], charset="iso-2022-jp",
    subject="準中型研修 補習のご案内",
    body=f"""{_p['sei']}様
（cc：北国フーズ 木村様）

川越校 受付の石動です。
補習1時限を10月2日（金）2時限目（9:50〜10:40）に予約いたしました。
受付で教習原簿を受け取ってから2番乗り場へお越しください。
{sig("isurugi", 4)}""",
)

# -- ids ------------------------------------------------------------------------------------
for _i, _m in enumerate(MESSAGES, 1):
    _m["id"] = f"driving-{_i:03d}"
assert len(MESSAGES) == 100
