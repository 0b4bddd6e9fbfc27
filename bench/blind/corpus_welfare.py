# -*- coding: utf-8 -*-
"""Blind corpus, area "welfare": 日の出産業 人事部 福利厚生課 / 総務部.

社宅・寮, 保養所, 健康保険組合, 団体保険・共済, 財形貯蓄, 社員旅行, 慶弔見舞金,
育児・介護休業, 産業医面談, 永年勤続表彰 — mail to outside providers and to
employees' private addresses.  Every person, number and address below is invented.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number  # noqa: F401  (helpers from the renderer)

# -- small helpers (formatting only; every message is written by hand below) -------------

SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("藤田", "フジタ", "Fujita"), ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"),
    ("三浦", "ミウラ", "Miura"), ("藤原", "フジワラ", "Fujiwara"), ("松田", "マツダ", "Matsuda"),
    ("中野", "ナカノ", "Nakano"), ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"),
    ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"),
    ("石田", "イシダ", "Ishida"), ("上田", "ウエダ", "Ueda"), ("柴田", "シバタ", "Shibata"),
    ("酒井", "サカイ", "Sakai"), ("工藤", "クドウ", "Kudo"), ("宮崎", "ミヤザキ", "Miyazaki"),
    ("内田", "ウチダ", "Uchida"), ("安藤", "アンドウ", "Ando"), ("丸山", "マルヤマ", "Maruyama"),
    ("今井", "イマイ", "Imai"), ("千葉", "チバ", "Chiba"), ("菊地", "キクチ", "Kikuchi"),
    ("東海林", "ショウジ", "Shoji"), ("四月一日", "ワタヌキ", "Watanuki"), ("百目鬼", "ドウメキ", "Domeki"),
    ("纐纈", "コウケツ", "Koketsu"), ("薬袋", "ミナイ", "Minai"), ("栗花落", "ツユリ", "Tsuyuri"),
    ("九十九", "ツクモ", "Tsukumo"), ("勅使河原", "テシガワラ", "Teshigawara"), ("鰐部", "ワニベ", "Wanibe"),
    ("五十嵐", "イガラシ", "Igarashi"), ("小鳥遊", "タカナシ", "Takanashi"), ("左右田", "ソウダ", "Soda"),
    ("舎人", "トネリ", "Toneri"), ("雲母", "キラ", "Kira"), ("一尺八寸", "カマツカ", "Kamatsuka"),
    ("御手洗", "ミタライ", "Mitarai"), ("廿日出", "ハツカデ", "Hatsukade"), ("阿久津", "アクツ", "Akutsu"),
    ("我妻", "ワガツマ", "Wagatsuma"), ("比嘉", "ヒガ", "Higa"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("熊谷", "クマガイ", "Kumagai"), ("蛭子", "エビス", "Ebisu"), ("政所", "マンドコロ", "Mandokoro"),
    ("及川", "オイカワ", "Oikawa"), ("笠原", "カサハラ", "Kasahara"), ("宍戸", "シシド", "Shishido"),
    ("猪瀬", "イノセ", "Inose"), ("目黒", "メグロ", "Meguro"), ("外間", "ホカマ", "Hokama"),
    ("生田目", "ナマタメ", "Namatame"), ("忽那", "クツナ", "Kutsuna"), ("粟飯原", "アイハラ", "Aihara"),
]
MEI_M = [
    ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("健一", "ケンイチ", "Kenichi"),
    ("拓也", "タクヤ", "Takuya"), ("直樹", "ナオキ", "Naoki"), ("悠斗", "ユウト", "Yuto"),
    ("和也", "カズヤ", "Kazuya"), ("剛", "ツヨシ", "Tsuyoshi"), ("陽介", "ヨウスケ", "Yosuke"),
    ("隆", "タカシ", "Takashi"), ("誠", "マコト", "Makoto"), ("亮", "リョウ", "Ryo"),
    ("慎吾", "シンゴ", "Shingo"), ("浩二", "コウジ", "Koji"), ("修", "オサム", "Osamu"),
    ("蓮", "レン", "Ren"), ("大和", "ヤマト", "Yamato"), ("颯太", "ソウタ", "Sota"),
    ("達也", "タツヤ", "Tatsuya"), ("哲也", "テツヤ", "Tetsuya"), ("康弘", "ヤスヒロ", "Yasuhiro"),
    ("智史", "サトシ", "Satoshi"), ("将大", "マサヒロ", "Masahiro"), ("圭介", "ケイスケ", "Keisuke"),
    ("雄一郎", "ユウイチロウ", "Yuichiro"), ("航", "ワタル", "Wataru"), ("光太郎", "コウタロウ", "Kotaro"),
    ("伸也", "シンヤ", "Shinya"), ("忠彦", "タダヒコ", "Tadahiko"), ("昌平", "ショウヘイ", "Shohei"),
]
MEI_F = [
    ("美咲", "ミサキ", "Misaki"), ("彩花", "アヤカ", "Ayaka"), ("由美子", "ユミコ", "Yumiko"),
    ("真由美", "マユミ", "Mayumi"), ("恵", "メグミ", "Megumi"), ("結衣", "ユイ", "Yui"),
    ("沙織", "サオリ", "Saori"), ("麻衣", "マイ", "Mai"), ("千尋", "チヒロ", "Chihiro"),
    ("加奈子", "カナコ", "Kanako"), ("瞳", "ヒトミ", "Hitomi"), ("裕子", "ユウコ", "Yuko"),
    ("明日香", "アスカ", "Asuka"), ("智子", "トモコ", "Tomoko"), ("陽菜", "ヒナ", "Hina"),
    ("葵", "アオイ", "Aoi"), ("さくら", "サクラ", "Sakura"), ("奈々", "ナナ", "Nana"),
    ("香織", "カオリ", "Kaori"), ("理恵", "リエ", "Rie"), ("早紀", "サキ", "Saki"),
    ("美穂", "ミホ", "Miho"), ("綾乃", "アヤノ", "Ayano"), ("詩織", "シオリ", "Shiori"),
    ("佳奈", "カナ", "Kana"), ("ひとみ", "ヒトミ", "Hitomi"), ("律子", "リツコ", "Ritsuko"),
    ("小百合", "サユリ", "Sayuri"), ("藍", "アイ", "Ai"), ("静香", "シズカ", "Shizuka"),
]
TOWNS = [
    ("231-0023", "神奈川県横浜市中区山下町"), ("210-0007", "神奈川県川崎市川崎区駅前本町"),
    ("330-0063", "埼玉県さいたま市浦和区高砂"), ("273-0005", "千葉県船橋市本町"),
    ("180-0004", "東京都武蔵野市吉祥寺本町"), ("143-0016", "東京都大田区大森北"),
    ("136-0071", "東京都江東区亀戸"), ("120-0034", "東京都足立区千住"),
    ("170-0013", "東京都豊島区東池袋"), ("183-0023", "東京都府中市宮町"),
    ("192-0083", "東京都八王子市旭町"), ("252-0231", "神奈川県相模原市中央区相模原"),
    ("260-0013", "千葉県千葉市中央区中央"), ("350-1123", "埼玉県川越市脇田本町"),
    ("302-0024", "茨城県取手市新町"), ("310-0015", "茨城県水戸市宮町"),
    ("320-0811", "栃木県宇都宮市大通り"), ("370-0841", "群馬県高崎市栄町"),
    ("422-8067", "静岡県静岡市駿河区南町"), ("460-0008", "愛知県名古屋市中区栄"),
    ("530-0012", "大阪府大阪市北区芝田"), ("650-0021", "兵庫県神戸市中央区三宮町"),
    ("980-0021", "宮城県仙台市青葉区中央"), ("812-0011", "福岡県福岡市博多区博多駅前"),
    ("213-0001", "神奈川県川崎市高津区溝口"), ("277-0005", "千葉県柏市柏"),
    ("335-0002", "埼玉県蕨市塚越"), ("206-0033", "東京都多摩市落合"),
    ("224-0003", "神奈川県横浜市都筑区中川中央"), ("158-0094", "東京都世田谷区玉川"),
]
BUILDINGS = ["コーポ若葉", "メゾン・ド・ソレイユ", "グランハイツ", "パークサイド青葉", "サンライズ",
             "ハイム緑ヶ丘", "エスポワール", "ベルデ", "アーバンコート", "シャトー桜"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]
BRANCHES = ["日本橋支店", "本店営業部", "川崎支店", "横浜駅前支店", "大宮支店", "船橋支店", "新宿支店",
            "吉祥寺支店", "町田支店", "千葉支店"]


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "FWA" else 1 for c in s)


def pad(s: str, w: int) -> str:
    """pad with ASCII spaces to display width w."""
    return s + " " * max(w - width(s), 0)


def zpad(s: str, w: int) -> str:
    """pad with full-width spaces (and one ASCII space if odd) to display width w."""
    gap = max(w - width(s), 0)
    return s + "　" * (gap // 2) + " " * (gap % 2)


def zen(s: str) -> str:
    """ASCII → full-width (digits, hyphen, letters, punctuation)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("　" if c == " " else c)
                   for c in s)


def wareki(y: int, m: int, d: int, style: str = "kanji") -> str:
    if (y, m, d) >= (2019, 5, 1):
        era, e, n = "令和", "R", y - 2018
    elif (y, m, d) >= (1989, 1, 8):
        era, e, n = "平成", "H", y - 1988
    else:
        era, e, n = "昭和", "S", y - 1925
    if style == "short":
        return f"{e}{n}.{m}.{d}"
    if style == "zen":
        return zen(f"{e}{n}.{m}.{d}")
    if style == "kanji_zen":
        return f"{era}{zen(str(n)) if n > 1 else '元'}年{zen(str(m))}月{zen(str(d))}日"
    return f"{era}{n if n > 1 else '元'}年{m}月{d}日"


def corp_number(seed: str) -> str:
    """13-digit 法人番号 with a valid leading check digit."""
    rng = random.Random(f"corp-{seed}")
    base = [rng.randrange(10) for _ in range(12)]
    base[0] = rng.randrange(1, 10)
    s = sum(d * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(base)))
    return str(9 - s % 9) + "".join(map(str, base))


def people(seed: str, n: int, born: tuple[int, int] = (1963, 2002), sex: str = "") -> list[dict]:
    """n invented persons (deterministic per seed)."""
    rng = random.Random(f"welfare-people-{seed}")
    out: list[dict] = []
    used: set[tuple[str, str]] = set()
    while len(out) < n:
        s = rng.choice(SEI)
        sx = sex or rng.choice("MF")
        m = rng.choice(MEI_M if sx == "M" else MEI_F)
        if (s[0], m[0]) in used or any(p["sei"] == s[0] for p in out):
            continue
        used.add((s[0], m[0]))
        y, mo, d = rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28)
        z, town = rng.choice(TOWNS)
        street = f"{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
        bld = ""
        if rng.random() < 0.5:
            bld = f" {rng.choice(BUILDINGS)}{rng.randint(1, 9)}{rng.randint(0, 1)}{rng.randint(1, 9)}"
        mobile = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        romaji = f"{m[2]} {s[2]}"
        local = f"{m[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}"
        if rng.random() < 0.4:
            local = f"{s[2].lower()}_{m[2][0].lower()}{rng.randint(1970, 2005)}"
        out.append({
            "sei": s[0], "mei": m[0], "name": f"{s[0]} {m[0]}", "name2": f"{s[0]}{m[0]}",
            "kana": f"{s[1]} {m[1]}", "romaji": romaji, "ro_sei": s[2], "ro_mei": m[2],
            "sex": "男" if sx == "M" else "女", "mf": sx,
            "y": y, "m": mo, "d": d, "dob": f"{y}/{mo:02d}/{d:02d}", "age": 2025 - y - (1 if mo > 6 else 0),
            "zip": z, "addr": f"{town}{street}{bld}", "pref": town[:3],
            "mobile": mobile, "email": f"{local}@{rng.choice(FREEMAIL)}",
            "emp": f"{rng.choice(['1', '2', '3'])}{rng.randint(0, 9)}{rng.randint(1000, 9999)}",
            "branch": rng.choice(BRANCHES), "acct": f"{rng.randint(1000000, 9999999)}",
            "pension": f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}",
            "kigo": f"{rng.randint(11, 98)}", "bango": f"{rng.randint(1, 2400)}",
            "passport": f"{rng.choice(['TK', 'TR', 'TZ', 'MZ', 'TS', 'TH'])}{rng.randint(1000000, 9999999)}",
            "room": f"{rng.randint(1, 4)}0{rng.randint(1, 8)}",
            "ext": f"{rng.randint(2, 7)}{rng.randint(100, 999)}",
        })
    return out


DEPTS = ["営業一課", "営業二課", "経理課", "総務課", "製造部 第一製造課", "品質保証課", "物流センター",
         "情報システム課", "購買課", "技術開発部", "川崎工場 生産管理課", "大阪支店 営業課", "名古屋営業所"]


def dept(rng: random.Random) -> str:
    return rng.choice(DEPTS)


# -- signatures of the senders (all internal) -------------------------------------------

SIG_YANASE = """
──────────────────────────
日の出産業株式会社　人事部　福利厚生課
柳瀬　美和（Yanase Miwa）
〒103-0027 東京都中央区日本橋3-14-8 日の出ビル6F
TEL：03-5201-7714（直通）／FAX：03-5201-7790
Mail：m-yanase@hinode-sangyo.co.jp
──────────────────────────"""

SIG_SUNAKAWA = """
--
日の出産業株式会社 総務部 総務課
砂川 恭平 / SUNAKAWA Kyohei
TEL 03-5201-7701  内線 2210
〒103-0027 東京都中央区日本橋3-14-8"""

SIG_SASAKURA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
日の出産業株式会社
人事部 労務課　笹倉 直子
TEL:03-5201-7720 FAX:03-5201-7791
n-sasakura@hinode-sangyo.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_MONMA = """
----------------------------------------
日の出産業（株） 総務部 寮・社宅担当
門馬 翔（もんま しょう）
TEL 03-5201-7705 / 携帯 080-4471-2093（業務用）
----------------------------------------"""

SIG_HIWATASHI = """
======================================
日の出産業株式会社 健康管理室
保健師 樋渡 さやか
TEL 03-5201-7730（健康管理室直通）
======================================"""

SIG_INUI = """
──
日の出産業株式会社
人事部 福利厚生課 課長　乾 俊之
〒103-0027 東京都中央区日本橋3-14-8 日の出ビル
TEL 03-5201-7710 / t-inui@hinode-sangyo.co.jp"""

SIG_MANABE = """
____________________________
日の出産業株式会社 人事部 人事課
真鍋 理沙 (Manabe Risa)
Tel: 03-5201-7712
r-manabe@hinode-sangyo.co.jp
____________________________"""

SIG_EN = """
--
Miwa Yanase
Benefits Section, Human Resources Dept.
Hinode Sangyo Co., Ltd.
3-14-8 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7714"""

DISCLAIMER_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received it in error, please notify the sender
and delete it."""

YANASE = "柳瀬 美和 <m-yanase@hinode-sangyo.co.jp>"
SUNAKAWA = "砂川 恭平 <k-sunakawa@hinode-sangyo.co.jp>"
SASAKURA = "笹倉 直子 <n-sasakura@hinode-sangyo.co.jp>"
MONMA = "門馬 翔 <s-monma@hinode-sangyo.co.jp>"
HIWATASHI = "樋渡 さやか <s-hiwatashi@hinode-sangyo.co.jp>"
INUI = "乾 俊之 <t-inui@hinode-sangyo.co.jp>"
MANABE = "真鍋 理沙 <r-manabe@hinode-sangyo.co.jp>"

MESSAGES: list[dict] = []


def add(**m) -> None:
    MESSAGES.append(m)


# ======================================================================================
# 社宅・寮
# ======================================================================================

_p = people("001", 8)
_rows = "\n".join(f"{pad(p['room'], 6)}{pad(p['name'], 16)}{pad(f'2025/0{i % 4 + 1}/01', 13)}{p['mobile']}"
                  for i, p in enumerate(_p))
add(
    id="welfare-001", charset="iso-2022-jp",
    sender=MONMA,
    to=["管理部 賃貸管理課 <chintai@hikari-jutaku.co.jp>"],
    subject="グリーンハイツ大森（借上社宅）入居者一覧の送付",
    body=f"""ひかり住宅管理株式会社
賃貸管理課 御中

いつも大変お世話になっております。
日の出産業の門馬でございます。

先日ご依頼のありました、グリーンハイツ大森（当社借上分）の
現入居者一覧を下記のとおりお送りいたします。
緊急時（漏水・火災報知器作動など）の連絡先としてご利用ください。

号室  氏名            入居日       携帯電話
----  --------------  -----------  -------------
{_rows}

※205号室は3月末で退去済みのため、空室扱いでお願いいたします。

よろしくお願いいたします。
{SIG_MONMA}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="8 residents (name + mobile) in a space-padded table to an outside property manager",
)

_p = people("002", 2)
add(
    id="welfare-002", charset="iso-2022-jp",
    sender=MONMA,
    to=["佐久間 様 <sakuma@hikari-jutaku.co.jp>"],
    subject="Re: 4月入居者のご連絡（グリーンハイツ大森 302号室）",
    body=f"""ひかり住宅管理株式会社
佐久間様

お世話になっております。日の出産業 門馬です。
302号室の入居者が決まりましたのでご連絡します。

　入居者　　：{_p[0]['name']}（{_p[0]['kana']}）
　入居予定日：2025年4月5日（土）
　携帯　　　：{_p[0]['mobile']}
　緊急連絡先：{_p[1]['name']}（妻）{_p[1]['mobile']}

鍵の受け渡しは当日10時に現地でお願いできればと存じます。
ご都合が悪いようでしたらお知らせください。
{SIG_MONMA}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one new resident and his emergency contact (2 people) to the property manager: may warn",
)

_p = people("003", 7)
_r = random.Random("003")
add(
    id="welfare-003", charset="utf-8",
    sender=MONMA,
    to=["関東賃貸サービス 寮管理チーム <ryo-kanri@kanto-chintai.co.jp>"],
    subject="緑風寮 退去予定者リスト（2025年度第1四半期）",
    body=f"""関東賃貸サービス株式会社
寮管理チーム ご担当者様

お世話になっております。
日の出産業 総務部の門馬です。

緑風寮の第1四半期の退去予定をExcelにまとめましたので添付します。
「退去予定」シートに転居先と連絡先、「鍵返却」シートに鍵番号を記載しています。
退去立会いの日程調整を各人と直接していただけますと助かります。
{SIG_MONMA}
""",
    attachments=[{
        "kind": "xlsx", "name": "緑風寮_退去予定_2025Q1.xlsx",
        "sheets": {
            "退去予定": [["2025年度 第1四半期　緑風寮 退去予定者"], [],
                      ["部屋", "社員番号", "退去予定日", "転居先住所", "連絡先"]] + [
                [p["room"], p["emp"], f"2025/{_r.randint(4, 6)}/{_r.randint(1, 28)}",
                 f"〒{p['zip']} {p['addr']}", p["mobile"]] for p in _p],
            "鍵返却": [["部屋", "鍵番号", "本数", "返却予定"]] + [
                [p["room"], f"K-{_r.randint(100, 999)}", 2, "退去日当日"] for p in _p],
        },
    }],
    expect="stop", entities=["JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="XLSX list of 7 dorm leavers without a name column (employee no., new home address, mobile) to an outside company",
)

add(
    id="welfare-004", charset="iso-2022-jp",
    sender=MONMA,
    to=["ひかり住宅管理 修繕受付 <shuzen@hikari-jutaku.co.jp>"],
    subject="【修繕依頼】メゾン蒲田（社宅）105号室 給湯器エラー",
    body=f"""ひかり住宅管理株式会社
修繕受付ご担当者様

お世話になっております。日の出産業の門馬です。

当社社宅として借り上げております「メゾン蒲田」105号室にて、
昨晩より給湯器にエラー（E-111）が表示され、お湯が出ない状態とのことです。

・物件名：メゾン蒲田 105号室
・症状　：給湯器リモコンにE-111表示、点火しない
・発生　：3月12日 夜
・立会い：入居者本人に在宅可能日を確認済み（平日夕方以降・土日可）

入居者への連絡は当方から行いますので、業者様の候補日を
2〜3いただけますでしょうか。
お手数をおかけしますが、よろしくお願いいたします。
{SIG_MONMA}
""",
    expect="pass", entities=[], detectors=[],
    note="repair request for a company flat; no personal data of the resident",
)

_p = people("005", 12, born=(1970, 1998))
add(
    id="welfare-005", charset="cp932",
    sender=MONMA,
    to=["契約更新センター <koushin@kanto-chintai.co.jp>"],
    cc=["奥寺 様 <okudera@kanto-chintai.co.jp>"],
    subject="借上社宅 契約更新対象者データ（6月更新分）",
    body=f"""関東賃貸サービス株式会社
契約更新センター御中
（cc: 奥寺様）

いつもお世話になっております。日の出産業 総務部の門馬です。

6月に更新を迎える借上社宅について、貴社所定の項目で
契約者データをCSVにて作成しました。
更新契約書の作成をお願いいたします。

・対象：12件
・ファイル：shataku_koushin_202506.csv（Shift_JIS）

不備等ございましたらご連絡ください。
{SIG_MONMA}
""",
    attachments=[{
        "kind": "csv", "name": "shataku_koushin_202506.csv", "encoding": "cp932",
        "rows": [["契約者氏名", "フリガナ", "生年月日", "物件名", "号室", "勤務先事業所", "更新日"]] + [
            [p["name"], p["kana"], wareki(p["y"], p["m"], p["d"], "short"),
             random.Random(p["emp"]).choice(["パレス溝口", "ハイツ柏の葉", "ヴィラ浦和", "コート府中"]),
             p["room"], random.Random(p["name"]).choice(["本社", "川崎工場", "大宮営業所"]),
             "2025/06/01"] for p in _p],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="CP932 CSV of 12 tenants with kana and 和暦 birth dates to a leasing company",
)

_p = people("006", 6)
_rows = "\n".join(f"{p['room']}\t{p['name']}\t{p['emp']}\t{p['mobile']}" for p in _p)
add(
    id="welfare-006", charset="iso-2022-jp",
    sender=SUNAKAWA,
    to=["門馬 翔 <s-monma@hinode-sanygo.co.jp>"],
    subject="東雲寮 入寮者（4/1付）",
    body=f"""門馬さん

お疲れさまです。砂川です。
4/1付の東雲寮入寮者です。鍵の手配をお願いします。

部屋\t氏名\t社員番号\t携帯
{_rows}

寮母さんへの共有は門馬さんからお願いできますか。
{SIG_SUNAKAWA}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["lookalike_domain", "personal_data"],
    note="meant for a colleague but addressed to hinode-sanygo.co.jp (letters swapped); carries 6 residents with mobiles",
)

add(
    id="welfare-007", charset="utf-8",
    sender=MONMA,
    to=["奥寺 様 <okudera@kanto-chintai.co.jp>"],
    subject="Re: 川崎工場近隣の借上候補物件について",
    body=f"""関東賃貸サービス
奥寺様

ご提案ありがとうございました。社内で確認し、下記4件を候補として
内見を進めたいと考えております。

物件名                所在地                          間取り  家賃      管理会社
--------------------  ------------------------------  ------  --------  ----------------------------
パレス溝口            川崎市高津区溝口2丁目           1K      68,000円  溝口ハウジング 044-811-2200
ハイツ鹿島田          川崎市幸区新塚越                1DK     72,000円  鹿島田不動産 044-522-7310
ルミエール武蔵小杉    川崎市中原区小杉町3丁目         1K      79,000円  小杉エステート 044-733-9051
グレイス元住吉        川崎市中原区木月1丁目           1LDK    95,000円  同上

内見は3月第3週の平日午後を希望します。
調整のほどよろしくお願いいたします。
{SIG_MONMA}

> 奥寺です。先日お話しした川崎工場近隣の候補を添付の通りお送りします。
> 法人契約可・礼金なしの物件に絞っております。
""",
    expect="pass", entities=[], detectors=[],
    note="list of rental properties and their agents' switchboards: a business list, no people",
)

_p = people("008", 3)
add(
    id="welfare-008", charset="iso-2022-jp",
    sender=MONMA,
    to=["東雲寮 管理人室 <shinonome-ryo@hikari-jutaku.co.jp>"],
    subject="東雲寮 入寮申込書の送付（5月入寮 1名）",
    body=f"""東雲寮 管理人 様

いつもありがとうございます。総務部の門馬です。
5月入寮予定者の入寮申込書を添付いたします。
健康状態欄に記載がありますので、念のためご一読ください。

何かございましたら私までご連絡ください。
{SIG_MONMA}
""",
    attachments=[{
        "kind": "docx", "name": "入寮申込書_2025年5月.docx",
        "paragraphs": ["東雲寮 入寮申込書", "下記のとおり入寮を申し込みます。"],
        "tables": [[
            ["氏名", _p[0]["name"], "フリガナ", _p[0]["kana"]],
            ["生年月日", wareki(_p[0]["y"], _p[0]["m"], _p[0]["d"]), "性別", _p[0]["sex"]],
            ["所属", "製造部 第一製造課", "携帯電話", _p[0]["mobile"]],
            ["緊急連絡先", f"{_p[1]['name']}（父）", "電話", _p[1]["mobile"]],
            ["健康状態・既往症", "てんかん（服薬中・発作は2年以上なし）。夜勤不可。", "", ""],
            ["入寮希望日", "2025年5月7日", "車両", "なし"],
        ]],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one applicant's dorm form (DOCX) states his epilepsy: 要配慮個人情報 of one person to an outside dorm manager",
)


# ======================================================================================
# 保養所
# ======================================================================================

_p = people("009", 10)
_r = random.Random("009")
_rows = "\n".join(
    f"{i + 1:03d},{p['emp']},{p['name']},8/{_r.randint(1, 24)}〜{_r.randint(1, 2)}泊,{_r.randint(2, 5)},{p['mobile'].replace('-', '')}"
    for i, p in enumerate(_p))
add(
    id="welfare-009", charset="utf-8",
    sender=YANASE,
    to=["やまなみリゾート 予約センター <yoyaku@yamanami-resort.co.jp>"],
    subject="【日の出産業】夏季保養所（蓼科山荘）抽選結果・当選者のご連絡",
    body=f"""やまなみリゾート管理株式会社
予約センター 御中

いつもお世話になっております。日の出産業 福利厚生課の柳瀬です。
蓼科山荘の夏季利用について抽選を行いましたので、当選者をお知らせします。
カンマ区切りで貼り付けておりますのでそのまま取り込んでいただけます。

受付番号,社員番号,氏名,利用日,人数,連絡先
{_rows}

落選者への連絡は当社で行います。
キャンセルが出た場合は補欠の方を改めてご連絡いたします。
{SIG_YANASE}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="10 lottery winners (name, employee no., phone) comma-separated in the body to the resort operator",
)

_p = people("010", 1, sex="M")
add(
    id="welfare-010", charset="iso-2022-jp",
    sender=YANASE,
    to=["やまなみリゾート 予約センター <yoyaku@yamanami-resort.co.jp>"],
    subject="蓼科山荘 10月11日（土）1泊 予約のお願い",
    body=f"""やまなみリゾート管理
予約センター 御中

お世話になっております。日の出産業の柳瀬です。
下記の通り、保養所のご予約をお願いいたします。

■利用者（代表）　{_p[0]['name']} 様（技術開発部）
■連絡先　　　　　{zen(_p[0]['mobile'])}
■利用日　　　　　10月11日（土）〜12日（日）　1泊
■人数　　　　　　大人2名、子ども2名（6歳・3歳）
■夕食　　　　　　和会席（子どもはお子様膳）
■駐車場　　　　　1台

空室確認のうえ、ご返信いただけますと幸いです。
{SIG_YANASE}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one employee's booking with his mobile (full-width digits): a single person's record, may warn",
)

add(
    id="welfare-011", charset="cp932",
    sender=YANASE,
    to=["やまなみリゾート 営業担当 <eigyo@yamanami-resort.co.jp>"],
    subject="年末年始の空室状況について",
    body=f"""やまなみリゾート管理株式会社
営業部 鶴見様

いつもお世話になっております。日の出産業の柳瀬でございます。

年末年始（12/28〜1/4）の蓼科山荘・伊豆高原荘の空室状況を
お教えいただけますでしょうか。
社内案内を11月上旬に出したいため、10月末までにいただけますと助かります。

また、今年度より和室2部屋を法人枠として確保いただける件、
条件（最低利用泊数・キャンセル料）を改めてご教示ください。

よろしくお願いいたします。
{SIG_YANASE}
""",
    expect="pass", entities=[], detectors=[],
    note="availability enquiry; no personal data",
)

_p = people("012", 5, born=(1978, 2019))
_head = _p[0]
_html_rows = "".join(
    f"<tr><td>{p['name']}</td><td>{p['kana']}</td><td>{p['y']}年{p['m']}月{p['d']}日</td><td>{rel}</td></tr>"
    for p, rel in zip(_p, ["本人", "配偶者", "長女", "長男", "母"]))
add(
    id="welfare-012", charset="utf-8",
    sender=YANASE,
    to=["さくらホテル 宿泊予約課 <reservation@sakura-hotel.jp>"],
    subject="法人契約 宿泊者名簿のご提出（8/14〜8/16）",
    html=f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10.5pt">
<p>株式会社さくらホテル<br>宿泊予約課 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 福利厚生課の柳瀬です。<br>
法人契約（保養所代替）でご予約いただいている8/14〜8/16の宿泊者名簿をお送りします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>氏名</th><th>フリガナ</th><th>生年月日</th><th>続柄</th></tr>
{_html_rows}
</table>
<p>代表者住所：〒{_head['zip']} {_head['addr']}<br>
代表者連絡先：{_head['mobile']}</p>
<p>チェックインは15時頃の予定です。よろしくお願いいたします。</p>
<p>──────────────<br>日の出産業株式会社 人事部 福利厚生課<br>柳瀬 美和<br>TEL 03-5201-7714</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="HTML-only guest register: 5 family members with birth dates plus home address, to a partner hotel",
)

_to = ["片桐 美帆 <miho.katagiri@gmail.com>", "Takeru Nozoe <t.nozoe1984@yahoo.co.jp>",
       "宇佐美 健 <usami-ken@icloud.com>", "花房 真琴 <makoto.hanabusa@outlook.jp>"]
add(
    id="welfare-013", charset="iso-2022-jp",
    sender=YANASE,
    to=_to,
    subject="【保養所】伊豆高原荘 キャンセル待ちのご案内",
    body=f"""保養所キャンセル待ちにお申込みの皆さま

休職・育休中の方も含まれるため、ご登録の個人アドレス宛にお送りしています。
福利厚生課の柳瀬です。

伊豆高原荘 9月20日（土）泊について、キャンセルが2室出ました。
お申込み順にご案内しますので、9月5日（金）17時までに
このメールへの返信で利用可否をお知らせください。

期限までにご返信がない場合は次の方へご案内いたします。
{SIG_YANASE}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="four employees' private addresses (four free-mail persons) all visible in To: should have been Bcc",
)

_p = people("014", 6)
_quoted = "\n".join(f"> {p['name']}　{p['mobile']}　大人{random.Random(p['name']).randint(1, 3)}名" for p in _p)
add(
    id="welfare-014", charset="iso-2022-jp",
    sender=YANASE,
    to=["鶴見 様 <tsurumi@yamanami-resort.co.jp>"],
    subject="Re: 9月連休 ご予約者様の確認",
    body=f"""鶴見様

お世話になっております。柳瀬です。
ご確認ありがとうございます。6件とも相違ございません。
引き続きよろしくお願いいたします。

柳瀬

2025/08/28 10:12、鶴見 <tsurumi@yamanami-resort.co.jp> のメール:
> 日の出産業 柳瀬様
>
> いつもお世話になっております。やまなみリゾート管理の鶴見です。
> 9月連休の蓼科山荘、下記6件で承っております。念のためご確認ください。
>
{_quoted}
>
> 以上、よろしくお願いいたします。
""",
    expect="pass", entities=[], detectors=[],
    note="the 6-person list is only in quoted text the recipient sent; new text has no data",
)

_p = people("015", 2, born=(1980, 2016))
add(
    id="welfare-015", charset="iso-2022-jp",
    sender=YANASE,
    to=["さくらホテル 宿泊予約課 <reservation@sakura-hotel.jp>"],
    subject="11/3 ご宿泊（日の出産業 法人枠）お部屋のご配慮のお願い",
    body=f"""さくらホテル 宿泊予約課 御中

お世話になっております。日の出産業の柳瀬です。
11月3日にご予約の当社社員 {_p[0]['name']} 様ご家族について、
お部屋のご配慮をお願いしたくご連絡いたしました。

ご長男（{_p[1]['mei']}くん・9歳）が車いすを使用しているため、
バリアフリールームまたはエレベーター近くのお部屋をご用意いただけますでしょうか。
また、卵アレルギーがあるとのことで、朝食の対応可否もお教えください。

ご家族のご了承をいただいたうえでご連絡しております。
{SIG_YANASE}
""",
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a child's wheelchair use and allergy, shared with consent for room arrangements: disability/health, yet needed by the hotel",
)


# ======================================================================================
# 健康保険組合
# ======================================================================================

_p = people("016", 3, born=(1998, 2003))
_blocks = "\n\n".join(
    f"""【{i + 1}】
  氏名　　　　：{p['name']}（{p['kana']}）
  生年月日　　：{wareki(p['y'], p['m'], p['d'])}
  性別　　　　：{p['sex']}
  基礎年金番号：{p['pension']}
  住所　　　　：〒{p['zip']} {p['addr']}
  資格取得日　：令和7年4月1日
  報酬月額　　：{random.Random(p['name']).choice(['232,000', '245,000', '251,000'])}円"""
    for i, p in enumerate(_p))
add(
    id="welfare-016", charset="iso-2022-jp",
    sender=SASAKURA,
    to=["適用課 <tekiyo@hinode-kenpo.or.jp>"],
    subject="被保険者資格取得届（4月入社 3名）",
    body=f"""日の出産業健康保険組合
適用課 御中

いつもお世話になっております。日の出産業 労務課の笹倉です。
4月1日入社の3名について、資格取得届の記載内容を下記にお送りします。
原本は本日郵送いたしました。

{_blocks}

被扶養者はいずれもおりません。
ご確認のほどよろしくお願いいたします。
{SIG_SASAKURA}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="基礎年金番号 of three new hires (one record per block) to the health insurance society, an external domain",
)

_p = people("017", 2, born=(1985, 2024))
_mn = my_number(17)
_mn_z = zen(f"{_mn[:4]} {_mn[4:8]} {_mn[8:]}")
add(
    id="welfare-017", charset="cp932",
    sender=SASAKURA,
    to=["適用課 石渡 様 <ishiwata@hinode-kenpo.or.jp>"],
    subject="被扶養者（異動）届　記載事項の確認",
    body=f"""日の出産業健康保険組合
適用課　石渡様

お世話になっております。労務課の笹倉です。
先日お電話でご相談した被扶養者追加の件、届出の記載事項は以下のとおりです。

　被保険者　：{_p[0]['name']}（記号・番号は届出書に記載済み）
　追加する方：{_p[1]['name']}（長女）
　生年月日　：令和７年２月１８日
　個人番号　：{_mn_z}
　異動事由　：出生

出生日から5日以内の提出になりますので、取り急ぎメールでも共有します。
{SIG_SASAKURA}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="a newborn dependant's マイナンバー in full-width digits, to the health insurance society",
)

_p = people("018", 6)
_rows = "\n".join(f"{p['kigo']}\t{p['bango']}\t{p['name']}\t令和7年3月31日\t{random.Random(p['bango']).choice(['未回収', '回収済', '回収済（扶養分未）'])}"
                  for p in _p)
add(
    id="welfare-018", charset="iso-2022-jp",
    sender=SASAKURA,
    to=["日の出産業健保 適用課 <tekiyo@hinode-kenpo.or.jp>"],
    subject="3月末退職者 保険証回収状況",
    body=f"""健保組合 適用課 御中

お疲れさまです。日の出産業 労務課 笹倉です。
3月末退職者の保険証回収状況です（Excelからコピーしたためタブ区切りです）。

記号\t番号\t氏名\t資格喪失日\t回収状況
{_rows}

未回収の方には本人あて督促を送付済みです。
{SIG_SASAKURA}
""",
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    note="health insurance card 記号・番号 of 6 leavers (tab-separated) to the 健保組合",
)

add(
    id="welfare-019", charset="iso-2022-jp",
    sender=YANASE,
    to=["保健事業課 <hoken-jigyo@hinode-kenpo.or.jp>"],
    subject="スポーツクラブ法人会員補助の対象拡大について（ご相談）",
    body=f"""日の出産業健康保険組合
保健事業課 御中

いつもお世話になっております。日の出産業 福利厚生課の柳瀬です。

現在、健保の保健事業としてスポーツクラブ利用補助（1回500円）を実施いただいていますが、
会社側でも別途補助を上乗せする案が出ております。
健保補助と会社補助の併用に制限があるかどうか、ご教示いただけますでしょうか。

あわせて、オンラインフィットネスが補助対象になる予定があるかもお伺いできれば幸いです。
{SIG_YANASE}
""",
    expect="pass", entities=[], detectors=[],
    note="policy question to the 健保組合; no personal data",
)

_p = people("020", 7, born=(1962, 1995))
_r = random.Random("020")
_find = ["HbA1c 7.2% 要精密検査", "血圧 168/102 要治療", "胸部X線 要精密検査", "LDL 212 要受診",
         "便潜血陽性 要精密検査", "心電図 ST低下 要精密検査", "肝機能 ALT 98 要再検査"]
add(
    id="welfare-020", charset="utf-8",
    sender=HIWATASHI,
    to=["城東健診センター 予約係 <yoyaku@joto-kenshin.or.jp>"],
    subject="二次検診 予約依頼（定期健診 要精密者）",
    body=f"""城東健診センター
予約係 ご担当者様

お世話になっております。日の出産業 健康管理室の樋渡です。
6月の定期健康診断で要精密・要再検査となった社員の二次検診予約をお願いしたく、
対象者一覧を添付いたします。

受診希望日は各人の勤務都合により7月中で調整いただけますと幸いです。
{SIG_HIWATASHI}
""",
    attachments=[{
        "kind": "xlsx", "name": "二次検診対象者_2025.xlsx",
        "sheets": {"対象者": [["令和7年度 定期健康診断 二次検診対象者"],
                           ["No", "社員番号", "氏名", "生年月日", "性別", "所見"]] + [
            [i + 1, p["emp"], p["name"], p["dob"], p["sex"], f] for i, (p, f) in enumerate(zip(_p, _find))]},
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="health-check findings of 7 named employees (XLSX) to an outside clinic",
)

_p = people("021", 1)
add(
    id="welfare-021", charset="iso-2022-jp",
    sender=SASAKURA,
    to=["適用課 <tekiyo@hinode-kenpo.or.jp>"],
    subject="保険証紛失による再交付申請について",
    body=f"""日の出産業健康保険組合 適用課 御中

いつもお世話になっております。日の出産業 労務課の笹倉です。

物流センター勤務の{_p[0]['name']}さんより、通勤途中に財布ごと保険証を紛失したと
申し出がありました。警察への遺失届は提出済み（受理番号は申請書に記載）です。
紛失した保険証は記号{_p[0]['kigo']}・番号{_p[0]['bango']}のもので、本人分のみです。

再交付申請書は社内便で本日発送しますので、旧証の無効化処理をお願いできますでしょうか。
{SIG_SASAKURA}
""",
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    note="one employee's 保険証の記号・番号 in running text, to the external 健保組合",
)

_p = people("022", 4, born=(1998, 2003))
_lines = "\n".join(f"・{p['name']}（{p['kana']}） 生年月日 {p['dob']}　個人番号 {my_number(220 + i)}"
                   for i, p in enumerate(_p))
add(
    id="welfare-022", charset="iso-2022-jp",
    sender=SASAKURA,
    to=["給与計算担当 <kyuyo@hinode-sangyo.co.jp>"],
    cc=["乾 俊之 <t-inui@hinode-sangyo.co.jp>"],
    subject="4月入社者 個人番号（資格取得届用）",
    body=f"""給与計算担当 各位

労務課の笹倉です。
4月入社者の個人番号を共有します。資格取得届・給与支払報告書の作成にのみ使用し、
作業後はメールを削除してください。

{_lines}

本人確認書類の写しは労務課の施錠キャビネットで保管しています。
{SIG_SASAKURA}
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER"], detectors=[],
    note="My Numbers of 4 hires, but every recipient is internal",
)

_p = people("023", 1, born=(1966, 1980))
add(
    id="welfare-023", charset="utf-8",
    sender=SASAKURA,
    to=["給付課 <kyufu@hinode-kenpo.or.jp>"],
    subject="限度額適用認定証の交付申請（至急）",
    body=f"""日の出産業健康保険組合
給付課 ご担当者様

お世話になっております。日の出産業 労務課の笹倉です。

営業二課の{_p[0]['name']}さん（記号 {_p[0]['kigo']} 番号 {_p[0]['bango']}）が、
大腸がんの手術のため4月14日から三田中央病院に入院予定です。
高額療養費の限度額適用認定証を入院日までに交付いただきたく、申請書を本日速達で送付しました。

本人が入院準備中のため、認定証は会社（労務課）宛にお送りいただけますと助かります。
{SIG_SASAKURA}
""",
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one employee's cancer surgery and his insurance card number, to the external 健保組合",
)

_p = people("024", 1, born=(1960, 1964))
add(
    id="welfare-024", charset="iso-2022-jp",
    sender=SASAKURA,
    to=[f"{_p[0]['name']} <{_p[0]['ro_sei'].lower()}.{_p[0]['ro_mei'].lower()}62@yahoo.co.jp>"],
    subject="任意継続被保険者のお手続きについて",
    body=f"""{_p[0]['name']} 様

長い間お疲れさまでした。日の出産業 労務課の笹倉です。
ご退職後の健康保険（任意継続）のお手続きについて、ご案内を添付しました。
申出書には、添付の「記載内容のご確認」の内容をそのままご記入ください。

提出期限は資格喪失日から20日以内（4月20日必着）です。
ご不明な点はご遠慮なくお問い合わせください。
{SIG_SASAKURA}
""",
    attachments=[{
        "kind": "pdf", "name": "任意継続のご案内.pdf",
        "lines": ["任意継続被保険者資格取得申出書　記載内容のご確認",
                  "",
                  f"氏名：{_p[0]['name']}　（{_p[0]['kana']}）",
                  f"生年月日：{wareki(_p[0]['y'], _p[0]['m'], _p[0]['d'])}",
                  f"健康保険 記号：{_p[0]['kigo']}　番号：{_p[0]['bango']}",
                  f"基礎年金番号：{_p[0]['pension']}",
                  f"住所：〒{_p[0]['zip']} {_p[0]['addr']}",
                  "資格喪失日：令和7年4月1日",
                  "",
                  "保険料（月額）は標準報酬月額上限により 30,000円程度となります。"],
    }],
    expect="stop",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data", "freemail_recipient"],
    note="a retiree's 基礎年金番号 and 保険証番号 in a PDF sent to his private Yahoo address",
)


# ======================================================================================
# 団体保険・共済
# ======================================================================================

_p = people("025", 15, born=(1964, 2002))
_r = random.Random("025")
_join = [[p["emp"], p["name"], p["kana"], p["dob"], p["sex"], _r.choice([500, 1000, 1500, 2000])] for p in _p[:10]]
_leave = [[p["emp"], p["name"], p["dob"], "退職", "2025/03/31"] for p in _p[10:]]
add(
    id="welfare-025", charset="utf-8",
    sender=YANASE,
    to=["団体保険部 <dantai@yamabiko-life.co.jp>"],
    subject="団体定期保険（総合福祉団体定期）4月異動明細",
    body=f"""やまびこ生命保険株式会社
団体保険部 ご担当者様

いつもお世話になっております。日の出産業 福利厚生課の柳瀬です。
4月度の加入・脱退の異動明細を送付いたします。
ご査収のほどよろしくお願いいたします。
{SIG_YANASE}
""",
    attachments=[{
        "kind": "xlsx", "name": "団体定期_異動明細_202504.xlsx",
        "sheets": {
            "加入": [["【社外秘】総合福祉団体定期保険　異動明細（加入）　2025年4月"], [],
                   ["社員番号", "氏名", "カナ", "生年月日", "性別", "保険金額(万円)"]] + _join,
            "脱退": [["【社外秘】異動明細（脱退）"], ["社員番号", "氏名", "生年月日", "事由", "脱退日"]] + _leave,
        },
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data", "confidential_marking"],
    note="XLSX with 15 insured employees (two sheets) stamped 【社外秘】 in the title rows, to the insurer",
)

_p = people("026", 1, born=(1985, 1995))
add(
    id="welfare-026", charset="iso-2022-jp",
    sender=INUI,
    to=["やまびこ生命 給付査定部 <gltd-kyufu@yamabiko-life.co.jp>"],
    subject="団体長期障害所得補償保険（GLTD）給付請求の件",
    body=f"""やまびこ生命保険株式会社
給付査定部 御中

いつもお世話になっております。日の出産業 人事部の乾です。

当社社員 {_p[0]['name']}（生年月日 {_p[0]['dob']}、品質保証課）について、
GLTDの給付請求を行いたくご連絡いたしました。
同人は適応障害の診断により昨年11月1日から休職しており、
免責期間（180日）を経過する見込みです。

主治医の診断書（原本）と休職辞令の写しは別途郵送いたします。
必要書類に不足があればご指示ください。
{SIG_INUI}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one employee's diagnosis (適応障害) and sick leave, to the insurer",
)

add(
    id="welfare-027", charset="iso-2022-jp",
    sender=YANASE,
    to=["有村 様 <arimura@yamabiko-life.co.jp>"],
    subject="RE: 団体定期保険 料率改定のご案内",
    body=f"""有村様

お世話になっております。柳瀬です。
料率改定のご案内ありがとうございました。
社内で保険料の負担割合（会社・本人）を再検討のうえ、
10月中旬までに継続可否をご回答いたします。

取り急ぎ御礼まで。
{SIG_YANASE}

-----Original Message-----
From: 有村 亜希子 <arimura@yamabiko-life.co.jp>
Sent: Tuesday, September 2, 2025 3:41 PM
To: 柳瀬 美和 <m-yanase@hinode-sangyo.co.jp>
Subject: 団体定期保険 料率改定のご案内

日の出産業株式会社
柳瀬様

平素より格別のお引き立てを賜り、誠にありがとうございます。
12月1日の更新より、団体定期保険の料率が平均3.8%改定となります。
詳細は添付資料をご参照ください。

やまびこ生命保険株式会社 法人営業部 有村 亜希子
TEL 03-6811-4402
""",
    expect="pass", entities=[], detectors=[],
    note="reply about premium rates; only the insurer's business contact in the quoted original",
)

add(
    id="welfare-028", charset="utf-8",
    sender=YANASE,
    to=["有村 様 <arimura@yamabiko-life.co.jp>"],
    subject="団体保険パンフレット 送付先・部数",
    html="""<html><body>
<p>やまびこ生命保険株式会社<br>有村様</p>
<p>お世話になっております。日の出産業の柳瀬です。<br>
募集期間用のパンフレットは、下記の各事業所へ直接お送りください。</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>事業所</th><th>送付先住所</th><th>代表電話</th><th>部数</th></tr>
<tr><td>本社</td><td>〒103-0027 東京都中央区日本橋3-14-8 日の出ビル6F 人事部</td><td>03-5201-7700</td><td>300</td></tr>
<tr><td>川崎工場</td><td>〒210-0858 神奈川県川崎市川崎区大川町8-2</td><td>044-333-5100</td><td>250</td></tr>
<tr><td>大宮営業所</td><td>〒330-0854 埼玉県さいたま市大宮区桜木町1-10-17 シーノ大宮7F</td><td>048-641-2280</td><td>40</td></tr>
<tr><td>大阪支店</td><td>〒530-0012 大阪府大阪市北区芝田2-4-11</td><td>06-6372-8810</td><td>80</td></tr>
<tr><td>物流センター</td><td>〒273-0016 千葉県船橋市潮見町34-3</td><td>047-433-9020</td><td>60</td></tr>
</table>
<p>各事業所の総務担当宛で結構です。よろしくお願いいたします。</p>
<p>日の出産業株式会社 人事部 福利厚生課 柳瀬</p>
</body></html>""",
    expect="pass", entities=[], detectors=[],
    note="HTML table of the company's own offices (addresses, switchboards): business list, not people",
)

_p = people("029", 20, born=(1963, 2003))
_r = random.Random("029")
add(
    id="welfare-029", charset="utf-8",
    sender=YANASE,
    to=["かえで損保 法人サービス課 <hojin-service@kaede-sonpo.co.jp>"],
    subject="団体傷害所得補償 新規加入申込データ",
    body=f"""かえで損害保険株式会社
法人サービス課 御中

お世話になっております。日の出産業の柳瀬です。
今年度募集分の新規加入申込データ（UTF-8 CSV）をお送りします。
氏名は申込書原本と突合いただくため、社員番号のみとしております。
{SIG_YANASE}
""",
    attachments=[{
        "kind": "csv", "name": "kanyu_moushikomi_2025.csv", "encoding": "utf-8",
        "rows": [["社員番号", "生年月日", "性別", "職種級別", "加入口数", "保険料(月)"]] + [
            [p["emp"], p["dob"], "M" if p["mf"] == "M" else "F", _r.choice(["A", "A", "B"]),
             (k := _r.randint(1, 4)), k * 780] for p in _p],
    }],
    expect="stop", entities=["DATE_OF_BIRTH"], detectors=["personal_data"],
    note="CSV of 20 insured persons with no name column (employee no., birth date, sex) to an insurer",
)

_p = people("030", 9, born=(1970, 2000))
add(
    id="welfare-030", charset="cp932",
    sender=YANASE,
    to=["かえで損保 法人サービス課 <hojin-service@kaede-sonpo.co.jp>"],
    subject="団体傷害保険 被保険者追加（派遣受入者分）",
    body=f"""かえで損害保険株式会社
法人サービス課 御中

いつもお世話になっております。日の出産業 福利厚生課の柳瀬です。
川崎工場で受け入れている派遣社員について、団体傷害保険の被保険者追加をお願いします。
ZIPにCSVと送付状を入れております。
{SIG_YANASE}
""",
    attachments=[{
        "kind": "zip", "name": "hihokensha_tsuika.zip",
        "files": [
            {"kind": "csv", "name": "被保険者追加.csv", "encoding": "cp932",
             "rows": [["No", "氏名カナ", "生年月日", "性別", "就業場所", "開始日"]] + [
                 [i + 1, p["kana"], wareki(p["y"], p["m"], p["d"]), p["sex"], "川崎工場", "2025/05/01"]
                 for i, p in enumerate(_p)]},
            {"kind": "txt", "name": "送付状.txt", "encoding": "cp932",
             "text": "送付状\nかえで損害保険株式会社 御中\n被保険者追加 9名分を送付します。\n日の出産業株式会社 人事部 福利厚生課"},
        ],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="plain ZIP holding a CP932 CSV of 9 people (kana name, 和暦 birth date) to an insurer",
)


# ======================================================================================
# 財形貯蓄（みどり銀行）
# ======================================================================================

_p = people("031", 8)
_r = random.Random("031")
_trs = "\n".join(
    f"<tr><td>{p['emp']}</td><td>{p['name']}</td><td>{p['branch']}</td><td>普通</td><td>{p['acct']}</td>"
    f"<td align=right>{_r.choice([5000, 10000, 20000, 30000]):,}</td><td>{_r.choice(['一般', '住宅', '年金'])}</td></tr>"
    for p in _p)
add(
    id="welfare-031", charset="utf-8",
    sender=YANASE,
    to=["みどり銀行 法人営業部 財形担当 <zaikei@midori-ginko.co.jp>"],
    subject="財形貯蓄 新規申込者一覧（10月積立開始分）",
    html=f"""<html><body style="font-family:sans-serif">
<p>株式会社みどり銀行<br>法人営業部 財形ご担当 様</p>
<p>いつもお世話になっております。日の出産業 福利厚生課の柳瀬でございます。<br>
10月から積立を開始する新規申込者は以下のとおりです。</p>
<table border="1" cellspacing="0">
<thead><tr><th>社員番号</th><th>氏名</th><th>取引店</th><th>種別</th><th>口座番号</th><th>積立額(月)</th><th>財形種類</th></tr></thead>
<tbody>
{_trs}
</tbody></table>
<p>申込書原本は行内便でお届けします。</p>
<p>--<br>日の出産業株式会社 人事部 福利厚生課<br>柳瀬 美和 TEL 03-5201-7714</p>
</body></html>""",
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="HTML-only table of 8 employees' bank accounts to the partner bank (external)",
)

_p = people("032", 1)
add(
    id="welfare-032", charset="iso-2022-jp",
    sender=YANASE,
    to=["財形担当 <zaikei@midori-ginkou.co.jp>"],
    subject="財形（一般）一部払出のお願い",
    body=f"""みどり銀行 財形ご担当様

お世話になっております。日の出産業の柳瀬です。
下記社員の一般財形について、一部払出をお願いいたします。

　氏名　　：{_p[0]['name']}
　口座　　：{_p[0]['branch']} 普通 {_p[0]['acct']}
　払出金額：300,000円
　払出希望日：11月10日

払出請求書は本人記入済みのものを別途お送りします。
{SIG_YANASE}
""",
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["lookalike_domain", "personal_data"],
    note="addressed to midori-ginkou.co.jp, a one-letter look-alike of the partner bank midori-ginko.co.jp",
)

add(
    id="welfare-033", charset="iso-2022-jp",
    sender=YANASE,
    to=["那須 様 <nasu@midori-ginko.co.jp>"],
    subject="財形年金の適用利率について",
    body=f"""みどり銀行 法人営業部
那須様

お世話になっております。日の出産業の柳瀬です。
社員から問い合わせがあり、財形年金貯蓄の現在の適用利率と、
来年1月の見直し予定について教えていただけますでしょうか。

社内イントラの制度説明ページも更新したいので、
公表可能な資料があれば併せていただけますと幸いです。
{SIG_YANASE}

> 那須です。いつもお世話になっております。
> 今期の財形セミナーの日程案をお送りします。
> ――――――――――――
> 株式会社みどり銀行 法人営業部 那須 俊介
> TEL 03-3270-5511（代表）
""",
    expect="pass", entities=[], detectors=[],
    note="rate enquiry to the partner bank; only the banker's business signature in quoted text",
)

_p = people("034", 1)
_mn = my_number(34)
add(
    id="welfare-034", charset="cp932",
    sender=YANASE,
    to=["那須 様 <nasu@midori-ginko.co.jp>"],
    subject="財形住宅貯蓄の払出（住宅取得）に伴う申告内容",
    body=f"""みどり銀行 那須様

お世話になっております。柳瀬です。
住宅取得による財形住宅の払出について、非課税措置の申告に必要な情報をお送りします。

　申告者　　：{_p[0]['name']}（{_p[0]['kana']}）
　個人番号　：{_mn[:4]}-{_mn[4:8]}-{_mn[8:]}
　新住所　　：〒{_p[0]['zip']} {_p[0]['addr']}
　取得物件　：新築マンション（登記完了 9月30日）

登記事項証明書の写しは本人から直接店頭へ持参する予定です。
{SIG_YANASE}
""",
    expect="stop", entities=["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="one employee's マイナンバー to the partner bank: any My Number going outside must stop",
)

_p = people("035", 1)
add(
    id="welfare-035", charset="iso-2022-jp",
    sender=YANASE,
    to=["那須 様 <nasu@midori-ginko.co.jp>"],
    subject="財形残高証明書の発行依頼（1名）",
    body=f"""那須様

いつもありがとうございます。日の出産業 柳瀬です。
住宅ローン審査のため、下記社員の財形残高証明書の発行をお願いできますでしょうか。

・{_p[0]['name']}　{_p[0]['branch']} 普通預金 口座番号 {_p[0]['acct']}
・基準日：9月30日
・部数：1部（会社宛送付）

よろしくお願いいたします。
{SIG_YANASE}
""",
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="one employee's account number to the partner bank for a balance certificate: may warn",
)

add(
    id="welfare-036", charset="iso-2022-jp",
    sender=YANASE,
    to=["みどり銀行 財形担当 <zaikei@midori-ginko.co.jp>"],
    subject="財形 控除額変更者一覧（12月給与分）",
    body=f"""みどり銀行 財形ご担当者様

お世話になっております。日の出産業の柳瀬です。
12月給与からの財形控除額変更者一覧をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせします。
{SIG_YANASE}
""",
    attachments=[{
        "kind": "zip", "name": "zaikei_henko_202512.zip", "password": "Hn2512zk!",
        "files": [{"kind": "xlsx", "name": "控除額変更者一覧.xlsx",
                   "sheets": {"変更": [["社員番号", "氏名", "口座番号", "変更前", "変更後"]] + [
                       [p["emp"], p["name"], p["acct"], 10000, 20000] for p in people("036", 9)]}}],
    }],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): the guard cannot inspect it",
)

add(
    id="welfare-037", charset="iso-2022-jp",
    sender=YANASE,
    to=["みどり銀行 財形担当 <zaikei@midori-ginko.co.jp>"],
    subject="【パスワード】財形 控除額変更者一覧（12月給与分）",
    body=f"""みどり銀行 財形ご担当者様

先ほどお送りしたファイルのパスワードをお知らせします。

　Hn2512zk!

よろしくお願いいたします。
日の出産業 福利厚生課 柳瀬
""",
    expect="pass", entities=[], detectors=[],
    note="the follow-up password mail: nothing personal in it",
)


# ======================================================================================
# 社員旅行
# ======================================================================================

_p = people("038", 3, born=(1975, 1999))
_blk = "\n".join(
    f"{i + 1}. {p['ro_sei'].upper()} {p['ro_mei'].upper()}（{p['name']}）  "
    f"旅券番号 {p['passport']} / 生年月日 {p['dob']} / 有効期限 20{random.Random(p['passport']).randint(28, 34)}/0{random.Random(p['name']).randint(1, 9)}/15"
    for i, p in enumerate(_p))
add(
    id="welfare-038", charset="utf-8",
    sender=YANASE,
    to=["旅路トラベル 法人旅行部 <hojin@tabiji-travel.co.jp>"],
    subject="台湾研修旅行 追加参加者の旅券情報",
    body=f"""旅路トラベル株式会社
法人旅行部 ご担当者様

お世話になっております。日の出産業 福利厚生課の柳瀬です。
台湾研修旅行（11/20〜23）の追加参加者3名の旅券情報です。
航空券発券にお使いください。

{_blk}

残りの参加者は前回送付分から変更ありません。
{SIG_YANASE}
""",
    expect="stop", entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="passport numbers of three travellers to a travel agency: an identity document number must stop",
)

_p = people("039", 24, born=(1965, 2003))
_r = random.Random("039")
_sheet = lambda ps: [["氏名", "フリガナ", "性別", "年齢", "所属", "携帯電話"]] + [
    [p["name"], p["kana"], p["sex"], p["age"], dept(_r), p["mobile"]] for p in ps]
add(
    id="welfare-039", charset="utf-8",
    sender=YANASE,
    to=["旅路トラベル 平塚 様 <hiratsuka@tabiji-travel.co.jp>"],
    subject="社員旅行（箱根）参加者名簿・バス号車割",
    body=f"""旅路トラベル
平塚様

お世話になっております。柳瀬です。
箱根社員旅行の参加者名簿（号車別）を添付いたします。
当日の緊急連絡用に携帯番号も入れております。
旅行傷害保険の手配もこの名簿でお願いします。
{SIG_YANASE}
""",
    attachments=[{
        "kind": "xlsx", "name": "箱根旅行_参加者名簿.xlsx",
        "sheets": {"1号車": [["2025年度 社員旅行（箱根）参加者名簿　1号車"]] + _sheet(_p[:12]),
                   "2号車": [["2025年度 社員旅行（箱根）参加者名簿　2号車"]] + _sheet(_p[12:]),
                   "集計": [["号車", "人数"], ["1号車", 12], ["2号車", 12]]},
    }],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="XLSX roster of 24 participants with mobiles over several sheets, to a travel agency",
)

add(
    id="welfare-040", charset="iso-2022-jp",
    sender=YANASE,
    to=["旅路トラベル 平塚 様 <hiratsuka@tabiji-travel.co.jp>"],
    subject="2026年度 社員旅行のお見積り依頼",
    body=f"""旅路トラベル株式会社
平塚様

いつも大変お世話になっております。日の出産業の柳瀬です。
来年度の社員旅行について、下記条件でお見積りをお願いできますでしょうか。

　・時期　：2026年10月中旬の金土（1泊2日）
　・人数　：約180名（本社・川崎工場）
　・行き先：北関東方面（日光・鬼怒川など）
　・移動　：貸切バス 4台程度
　・宿泊　：和室4〜5名1室、宴会場あり
　・予算　：1人あたり35,000円前後（会社補助込み）

候補を2〜3案いただけますと、社内の旅行委員会で検討いたします。
{SIG_YANASE}
""",
    expect="pass", entities=[], detectors=[],
    note="quotation request; numbers are headcounts and budget only",
)

add(
    id="welfare-041", charset="utf-8",
    sender=YANASE,
    to=["旅路トラベル 平塚 様 <hiratsuka@tabiji-travel.co.jp>"],
    subject="Re: 行程表（案）修正のお願い",
    body=f"""平塚様

行程表（案）ありがとうございました。
旅行委員会で確認し、2日目の昼食会場を変更したいとの意見が出ましたので、
修正版をPDFで作りました。立ち寄り先の連絡先もあわせて記載しています。
この内容で各施設の再手配が可能か、ご確認をお願いいたします。

柳瀬
""",
    attachments=[{
        "kind": "pdf", "name": "箱根旅行_行程表_修正案.pdf",
        "lines": ["2025年度 社員旅行 行程表（修正案）", "1日目 10/17（金）　2日目 10/18（土）", ""],
        "table": [["日", "時刻", "行程・施設", "電話"],
                  ["1", "8:00", "本社前 集合・出発（貸切バス）", "-"],
                  ["1", "12:00", "昼食：箱根湯本 はつ花亭", "0460-85-5210"],
                  ["1", "14:00", "大涌谷 散策", "-"],
                  ["1", "16:00", "宿泊：箱根強羅 翠松館（宴会18:30〜）", "0460-82-3311"],
                  ["2", "9:30", "芦ノ湖 遊覧船（元箱根港）", "0460-83-6022"],
                  ["2", "12:00", "昼食：御殿場 高原ビール園（変更）", "0550-87-5500"],
                  ["2", "14:00", "御殿場アウトレット 自由行動", "0550-81-3122"],
                  ["2", "17:30", "本社着 解散", "-"]],
    }],
    expect="pass", entities=[], detectors=[],
    note="itinerary PDF listing restaurants and inns with their switchboards: businesses, not people",
)

add(
    id="welfare-042", charset="iso-2022-jp",
    sender=YANASE,
    to=["旅路トラベル 平塚 様 <hiratsuka@tabiji-travel.co.jp>",
        "さくらホテル 宴会課 <banquet@sakura-hotel.jp>",
        "青葉運輸 貸切バス営業所 <kashikiri@aoba-unyu.co.jp>"],
    subject="社員旅行（10/17）最終打合せの日程について",
    body=f"""旅路トラベル 平塚様
さくらホテル 宴会課 ご担当者様
青葉運輸 貸切バス営業所 ご担当者様

いつもお世話になっております。日の出産業 福利厚生課の柳瀬です。
10月17日の社員旅行について、関係者で最終打合せを行いたく存じます。

候補日：10/6（月）15時〜／10/7（火）10時〜／10/8（水）14時〜
場所　：当社本社6階 会議室（オンライン参加も可）

ご都合のよい日時を今週中にご返信ください。
{SIG_YANASE}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations (travel agency, hotel, bus company) see each other in To",
)

add(
    id="welfare-043", charset="iso-2022-jp",
    sender=YANASE,
    to=["旅路トラベル 平塚 様 <hiratsuka@tabiji-travel.co.jp>"],
    cc=["さくらホテル 宴会課 <banquet@sakura-hotel.jp>"],
    subject="宴会プランの件（旅路トラベル様経由でのご手配）",
    body=f"""旅路トラベル 平塚様
（cc：さくらホテル 宴会課様）

お世話になっております。日の出産業の柳瀬です。
宴会プランの変更について、ホテル様とも直接認識を合わせたく、ccに入れております。

・宴会開始：18:30 → 19:00 に変更
・料理：会席プラン（8,000円）→ 同プランに飲み放題120分を追加
・人数：180名（変更なし）

手配・請求はこれまでどおり旅路トラベル様経由でお願いします。
{SIG_YANASE}
""",
    expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: a normal three-way mail",
)

_p = people("044", 12, born=(1970, 2002))
_r = random.Random("044")
_diet = ["", "", "", "ハラール対応（宗教上の理由により豚肉・アルコール不可）", "", "菜食（仏教の戒律により肉・魚不可）",
         "", "", "", "", "エビ・カニ不可", ""]
add(
    id="welfare-044", charset="utf-8",
    sender=YANASE,
    to=["さくらホテル 宿泊課 <shukuhaku@sakura-hote1.jp>"],
    subject="社員旅行 部屋割り表・お食事のご配慮について",
    body=f"""さくらホテル 宿泊課 ご担当者様

お世話になっております。日の出産業 福利厚生課の柳瀬です。
10/17ご宿泊分の部屋割り表（1〜3号室分）を添付いたします。
お食事の配慮が必要な方は表の備考欄に記載しておりますので、ご対応をお願いいたします。
{SIG_YANASE}
""",
    attachments=[{
        "kind": "docx", "name": "部屋割り表_1017.docx",
        "paragraphs": ["社員旅行 部屋割り表（10月17日 ご宿泊）", "日の出産業株式会社 人事部 福利厚生課"],
        "tables": [[["部屋", "氏名", "性別", "備考（食事）"]] + [
            [f"{501 + i // 4}号室", p["name"], p["sex"], _diet[i]] for i, p in enumerate(_p)]],
    }],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["lookalike_domain", "personal_data"],
    note="sent to sakura-hote1.jp (digit 1 for l) with a 12-person rooming DOCX that reveals religious diets",
)

_p = people("045", 4)
_lst = "\n".join(f"　{p['name']}（{d}）　{p['mobile']}" for p, d in zip(_p, ["総幹事", "1号車", "2号車", "会計"]))
add(
    id="welfare-045", charset="iso-2022-jp",
    sender=YANASE,
    to=["旅路トラベル 平塚 様 <hiratsuka@tabiji-travel.co.jp>"],
    subject="当日の幹事連絡先",
    body=f"""平塚様

お世話になっております。柳瀬です。
旅行当日の幹事と連絡先をお知らせします。添乗員の方と共有をお願いします。

{_lst}

私は当日不参加のため、何かあれば総幹事までお願いいたします。
{SIG_YANASE}
""",
    expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four organisers' mobiles to the travel agency: under five people, may warn",
)

_p = people("046", 6, born=(1970, 2000))
_rl = "\n".join(f"{i + 1:<3}{pad(p['ro_sei'].upper() + '/' + p['ro_mei'].upper(), 22)}{p['mf']:<4}"
                f"{p['y']}-{p['m']:02d}-{p['d']:02d}   {p['passport']:<12}JPN   {'Twin' if i < 4 else 'Single'}"
                for i, p in enumerate(_p))
add(
    id="welfare-046", charset="utf-8",
    sender="Miwa Yanase <m-yanase@hinode-sangyo.co.jp>",
    to=["Reservations Team <groups@lotus-dmc.com>"],
    subject="Rooming list - Hinode Sangyo incentive trip, Taipei 20-23 Nov",
    body=f"""Dear Ms. Lin,

Thank you for your support with our incentive trip.
Please find below the rooming list for the first group (6 guests) as requested
for hotel registration.

No Name (SURNAME/GIVEN)     Sex DOB          Passport    Nat.  Room
-- ------------------------ --- ----------   ----------- ----- ------
{_rl}

Rooms 1-2 are twin-share (guests 1+2, 3+4); the others are single.
Please let me know if anything else is required.

Best regards,
{SIG_EN}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], detectors=["personal_data"],
    note="English rooming list with passport numbers and birth dates of six travellers to an overseas operator",
)

_p = people("047", 11, born=(1965, 2003))
_lines = "\n".join(f"{p['name']},{p['kana']},{p['dob']},{p['sex']}" for p in _p)
add(
    id="welfare-047", charset="utf-8",
    sender=YANASE,
    to=["総務部 庶務 <shomu@mail.hinode-sangyo.co.jp>"],
    subject="旅行保険 加入者データ（代理店送付前の確認）",
    body=f"""庶務ご担当 各位

福利厚生課の柳瀬です。
旅行傷害保険の加入者データです。代理店へ送る前に、
参加取消の反映漏れがないか確認をお願いします。

氏名,フリガナ,生年月日,性別
{_lines}

確認後、こちらからまとめて代理店に送付します（皆さんからは送らないでください）。
柳瀬
""",
    expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=[],
    note="11 people with birth dates, but only to an internal subdomain (mail.hinode-sangyo.co.jp)",
)


# ======================================================================================
# 慶弔見舞金
# ======================================================================================

add(
    id="welfare-048", charset="iso-2022-jp",
    sender=SUNAKAWA,
    to=["でんぽうネット 法人受付 <hojin@denpo-net.jp>"],
    subject="弔電手配のお願い（法人アカウント HS-20417）",
    body=f"""でんぽうネット 法人受付ご担当者様

いつもお世話になっております。日の出産業 総務課の砂川です。
下記のとおり弔電の手配をお願いいたします。

　お届け先：セレモニーホール西船橋（千葉県船橋市本郷町457-1）
　日時　　：9月14日（日）18時からの通夜に間に合うよう
　宛名　　：喪主　渋川 哲朗 様
　差出人　：日の出産業株式会社 代表取締役社長 日野 誠一郎
　文例　　：No.1023（台紙：供花付き「白菊」）

ご請求は法人アカウント宛でお願いいたします。
{SIG_SUNAKAWA}
""",
    expect="pass", entities=[], detectors=[],
    note="telegram order: a funeral hall's address and the chief mourner's name only (no personal data)",
)

_p = people("049", 1, born=(1968, 1990))
add(
    id="welfare-049", charset="iso-2022-jp",
    sender=YANASE,
    to=["産業共済会 給付係 <kyufu@sangyo-kyosai.or.jp>"],
    subject="FW: 傷病見舞金の申請について",
    body=f"""産業共済会 給付係 御中

お世話になっております。日の出産業 福利厚生課の柳瀬です。
会員の傷病見舞金申請について、所属長からのメールを転送いたします。
申請書と入院証明書は本日郵送しました。

-------- Forwarded Message --------
件名: 傷病見舞金の申請について
日付: 2025/06/03 9:12
差出人: 今泉 大悟 <d-imaizumi@hinode-sangyo.co.jp>
宛先: 柳瀬 美和 <m-yanase@hinode-sangyo.co.jp>

柳瀬さん

お疲れさまです。川崎工場 生産管理課の今泉です。
課員の{_p[0]['name']}（社員番号{_p[0]['emp']}）が、腰椎椎間板ヘルニアの手術のため
5月20日から6月2日まで入院しておりました。
共済会の傷病見舞金の対象になると思いますので、手続きをお願いします。

今泉
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a forward (new text to the mutual-aid society) naming one member's surgery and hospital stay",
)

_p = people("050", 1)
add(
    id="welfare-050", charset="iso-2022-jp",
    sender=YANASE,
    to=["給与計算担当 <kyuyo@hinode-sangyo.co.jp>"],
    subject="結婚祝金の支給（7月給与で支給）",
    body=f"""給与計算ご担当 各位

福利厚生課の柳瀬です。
結婚祝金の支給対象者です。7月給与で非課税支給をお願いします。

　氏名：{_p[0]['name']}（社員番号 {_p[0]['emp']}）
　事由：本人結婚（入籍日 6月7日）
　金額：30,000円
　振込：給与振込口座（みどり銀行 {_p[0]['branch']} 普通 {_p[0]['acct']}）

柳瀬
""",
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=[],
    note="one person's bank account to an internal payroll address only",
)

_p = people("051", 5)
_r = random.Random("051")
_occ = ["ご出産祝い（長男誕生）", "ご結婚祝い", "ご尊父様ご逝去（ご自宅へ供花）", "ご出産祝い（長女誕生）", "新築祝い"]
_blk = "\n".join(f"""■ {i + 1}件目　{o}
　お届け先：{p['name']} 様
　住所　　：〒{p['zip']} {p['addr']}
　電話　　：{p['mobile']}
　お届け日：{_r.randint(6, 7)}月{_r.randint(1, 28)}日　午前指定
""" for i, (p, o) in enumerate(zip(_p, _occ)))
add(
    id="welfare-051", charset="utf-8",
    sender=SUNAKAWA,
    to=["花結 法人受注係 <order@hanayui.jp>"],
    subject="慶弔のお花 手配依頼（5件）",
    body=f"""花結（はなゆい）法人受注係 御中

いつもお世話になっております。日の出産業 総務課の砂川です。
慶弔規程によるお花の手配をお願いいたします。
いずれも「日の出産業株式会社 社員一同」の札でお願いします。

{_blk}
ご予算はいずれも税込11,000円です。請求書は月末締めで総務課宛にお願いします。
{SIG_SUNAKAWA}
""",
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five employees' home addresses and phones (one record per block) to a florist",
)

_p = people("052", 1, sex="F")
add(
    id="welfare-052", charset="iso-2022-jp",
    sender=SUNAKAWA,
    to=["花結 法人受注係 <order@hanayui.jp>"],
    subject="お祝い花のお届け（1件）",
    body=f"""花結 法人受注係 御中

お世話になっております。日の出産業の砂川です。
出産祝いのアレンジメントを1件お願いします。

お届け先　{_p[0]['name']} 様
　　　　　〒{_p[0]['zip']} {_p[0]['addr']}
　　　　　TEL {_p[0]['mobile']}
お届け日　8月2日（土）14-16時
札　　　　祝 ご出産　日の出産業株式会社 経理課一同
ご予算　　5,500円（税込）

よろしくお願いいたします。
{SIG_SUNAKAWA}
""",
    expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a single delivery to one employee's home: one person's record, may warn",
)

add(
    id="welfare-053", charset="iso-2022-jp",
    sender=INUI,
    to=["かえで損保 法人サービス課 <hojin-service@kaede-sonpo.co.jp>"],
    subject="台風15号 被害状況（事業所別）のご報告",
    body=f"""かえで損害保険株式会社
法人サービス課 御中

いつもお世話になっております。日の出産業 人事部の乾です。
台風15号による当社事業所の被害状況を取りまとめましたのでご報告いたします。

事業所　　　　　所在地　　　　　　　　　　　　被害　　　　　　　　　社員被災（件）
──────────────────────────────────────────────────
本社　　　　　　東京都中央区日本橋　　　　　　なし　　　　　　　　　０
川崎工場　　　　川崎市川崎区大川町　　　　　　倉庫屋根一部破損　　　２
物流センター　　船橋市潮見町　　　　　　　　　敷地内冠水　　　　　　５
大宮営業所　　　さいたま市大宮区桜木町　　　　なし　　　　　　　　　１

社員の住家被害については、当社の災害見舞金規程で対応しております。
事業所の物損について保険金請求の手続きをご案内ください。
{SIG_INUI}
""",
    expect="pass", entities=[], detectors=[],
    note="damage report by office with counts only: a business list, no individual",
)


# ======================================================================================
# 育児・介護休業
# ======================================================================================

_p = people("054", 1, sex="F", born=(1988, 1996))
_mn = my_number(54)
add(
    id="welfare-054", charset="iso-2022-jp",
    sender=SASAKURA,
    to=["あおぞら社労士法人 手続きチーム <tetsuzuki@aozora-sr.jp>"],
    subject="育児休業給付金 初回申請（1名）のご依頼",
    body=f"""あおぞら社会保険労務士法人
手続きチーム ご担当者様

いつもお世話になっております。日の出産業 労務課の笹倉です。
下記社員の育児休業給付金の初回申請をお願いいたします。

　氏名　　　　　　：{_p[0]['name']}
　生年月日　　　　：{wareki(_p[0]['y'], _p[0]['m'], _p[0]['d'])}
　雇用保険被保険者番号：5012-{random.Random('054').randint(100000, 999999)}-3
　個人番号　　　　：{_mn}
　育休開始日　　　：2025年7月14日
　振込口座　　　　：{_p[0]['branch']} 普通 {_p[0]['acct']}

賃金台帳と出勤簿は共有フォルダに格納済みです。
{SIG_SASAKURA}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"],
    detectors=["personal_data"],
    note="one employee's マイナンバー and bank account to an outside labour-law office",
)

_p = people("055", 2, born=(1945, 1985))
add(
    id="welfare-055", charset="iso-2022-jp",
    sender=SASAKURA,
    to=["あおぞら社労士法人 小田切 様 <odagiri@aozora-sr.jp>"],
    subject="介護休業の取得可否について（ご相談）",
    body=f"""小田切先生

お世話になっております。日の出産業の笹倉です。
介護休業についてご相談させてください。

経理課の{_p[1]['name']}さんから、お母様（{_p[0]['name']}様、要介護3）の
認知症が進み、施設入所までの間の介護体制を整えるため、
10月から2か月の介護休業を取りたいとの申し出がありました。
すでに今年3月に通算40日取得しているため、残日数の考え方と、
分割取得の回数制限について確認させていただけますでしょうか。

本人から提出された介護認定通知の写し（PDF）を添付します。
{SIG_SASAKURA}
""",
    attachments=[{"kind": "corrupt", "name": "介護認定通知_写し.pdf"}],
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "unscannable_attachment"],
    note="an employee's mother's dementia and care level named in the body; the attached PDF is corrupt",
)

add(
    id="welfare-056", charset="iso-2022-jp",
    sender=SASAKURA,
    to=["あおぞら社労士法人 小田切 様 <odagiri@aozora-sr.jp>"],
    subject="育児・介護休業法改正（2025年10月施行分）の対応について",
    body=f"""小田切先生

いつもお世話になっております。日の出産業 労務課の笹倉です。

10月施行の改正（柔軟な働き方を実現するための措置、個別の意向聴取）について、
当社の就業規則・育児介護休業規程の改定案を作成したいと考えております。
以下についてご教示いただけますでしょうか。

1. 措置として「始業時刻等の変更」と「テレワーク」を選ぶ場合の規程例
2. 意向聴取の記録様式の保存期間
3. 過半数代表者への意見聴取のスケジュール感

次回の定例（9/10）でお時間をいただければ幸いです。
{SIG_SASAKURA}
{DISCLAIMER_JA}
""",
    expect="pass", entities=[], detectors=[],
    note="legal question to the labour-law office with the standard disclaimer; no personal data",
)

_p = people("057", 6, born=(1986, 1997))
_r = random.Random("057")
_rows = "\n".join(
    f"{zpad(p['name'], 16)}{zpad(wareki(p['y'], p['m'], p['d'], 'zen'), 18)}{zpad(zen(f'2025/{_r.randint(7, 12)}/{_r.randint(1, 28)}'), 24)}{zen(f'2026/{_r.randint(3, 9)}/{_r.randint(1, 28)}')}"
    for p in _p)
add(
    id="welfare-057", charset="utf-8",
    sender=SASAKURA,
    to=["あおぞら社労士法人 手続きチーム <tetsuzuki@aozora-sr.jp>"],
    subject="今年度下期 育児休業取得予定者",
    body=f"""手続きチーム ご担当者様

お世話になっております。日の出産業 労務課の笹倉です。
今年度下期に育児休業を取得予定の社員です。給付金申請のスケジュールを組むためにご利用ください。

氏名　　　　　　生年月日　　　　　休業開始予定　　　　　　休業終了予定
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
{_rows}

男性社員の産後パパ育休は別途ご連絡します。
{SIG_SASAKURA}
""",
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="6 employees with full-width 和暦 birth dates in a full-width-space padded table, to the labour-law office",
)

_p = people("058", 1, sex="F")
add(
    id="welfare-058", charset="iso-2022-jp",
    sender=SASAKURA,
    to=[f"{_p[0]['name']} <{_p[0]['ro_mei'].lower()}.{_p[0]['ro_sei'].lower()}.home@gmail.com>"],
    subject="復職前面談の日程について",
    body=f"""{_p[0]['sei']}さん

ご無沙汰しております。労務課の笹倉です。
育休中のため、ご登録いただいた個人アドレスにご連絡しています。

4月の復職に向けて、所属長を交えた面談（30分程度・オンライン可）を
行いたいと思います。下記からご都合のよい日時をお知らせください。

　・3月3日（月）10:00〜
　・3月5日（水）14:00〜
　・3月7日（金）10:00〜

お子さんの体調などで変更があっても大丈夫ですので、気軽にご連絡ください。
{SIG_SASAKURA}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one employee on leave at her private Gmail, scheduling only",
)

add(
    id="welfare-059", charset="iso-2022-jp",
    sender=SASAKURA,
    to=["給付課 <kyufu@hinode-kenpo.or.jp>"],
    subject="出産育児一時金の直接支払制度について",
    body=f"""日の出産業健康保険組合
給付課 御中

お世話になっております。日の出産業 労務課の笹倉です。
社員から、出産予定の産院が直接支払制度に対応していない場合の
手続きについて問い合わせがありました。

・受取代理制度の利用可否
・差額申請の際に必要な書類（領収・明細書の写しのほか）
・付加給付の有無

社内の手続き案内を更新したいので、ご教示いただけますと幸いです。
{SIG_SASAKURA}
""",
    expect="pass", entities=[], detectors=[],
    note="procedural question to the 健保組合; no individual named",
)

_p = people("060", 1, sex="F", born=(1990, 1996))
add(
    id="welfare-060", charset="iso-2022-jp",
    sender=SASAKURA,
    to=["あおぞら社労士法人 小田切 様 <odagiri@aozora-sr.jp>"],
    subject="産前休業の前倒しについて",
    body=f"""小田切先生

お世話になっております。笹倉です。
品質保証課の{_p[0]['name']}さんですが、切迫早産で昨日から入院となり、
産前休業の開始を当初予定の11月1日から前倒ししたいと本人から連絡がありました。
入院中の期間を傷病手当金とするか産前休業とするか、
どちらが本人にとって有利か、ご助言いただけますでしょうか。
{SIG_SASAKURA}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named employee's hospitalisation for threatened premature labour, stated in passing, to an outside office",
)


# ======================================================================================
# 産業医面談
# ======================================================================================

_p = people("061", 7, born=(1970, 2000))
_r = random.Random("061")
_rows = "\n".join(f"  {p['emp']}   {pad(dept(_r), 24)}{p['y']}.{p['m']:02d}.{p['d']:02d}   {_r.randint(81, 132)}h   {_r.choice(['2か月連続', '初回', '3か月連続', '初回'])}"
                  for p in _p)
add(
    id="welfare-061", charset="utf-8",
    sender=HIWATASHI,
    to=["くすのきクリニック 産業医 楠木先生 <kusunoki@kusunoki-clinic.jp>"],
    subject="8月 長時間労働者面談 対象者について",
    body=f"""楠木先生

いつもお世話になっております。日の出産業 健康管理室の樋渡です。
8月の時間外労働が80時間を超えた社員は以下の7名です。
氏名は面談当日に紙でお渡しします。

  社員番号 所属                    生年月日     時間外  備考
  -------- ----------------------- ------------ ------- ----------
{_rows}

面談は9月9日（火）13時からの訪問時にお願いできればと思います。
{SIG_HIWATASHI}
""",
    expect="stop", entities=["DATE_OF_BIRTH"], detectors=["personal_data"],
    note="7 employees' records (employee no., department, birth date, overtime hours) without names, to an outside doctor",
)

_p = people("062", 1, born=(1985, 1998))
add(
    id="welfare-062", charset="iso-2022-jp",
    sender=HIWATASHI,
    to=["楠木先生 <kusunoki@kusunoki-clinic.jp>"],
    subject="【取扱注意】ストレスチェック高ストレス者 面談申出の件",
    body=f"""楠木先生

お世話になっております。健康管理室の樋渡です。
ストレスチェックで高ストレスと判定された情報システム課の{_p[0]['name']}さんから、
医師面談の申出がありました。
事前の聞き取りでは、3か月ほど前から不眠と抑うつ気分が続いており、
近所の心療内科で睡眠薬を処方されているとのことです。

次回訪問時（10/14）の15時枠で面談をお願いできますでしょうか。
{SIG_HIWATASHI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "confidential_marking"],
    note="one employee's insomnia, depressed mood and psychiatric prescription, subject stamped 【取扱注意】, to the outside doctor",
)

_bcc = ["Ryota Okabe <okabe.ryota88@gmail.com>", "宮地 由佳 <yuka-miyaji@yahoo.co.jp>",
        "sho.tachibana@icloud.com", "袴田 沙耶 <saya.hakamada@outlook.jp>",
        "nishikido-k@docomo.ne.jp", "植草 徹 <t.uekusa0707@gmail.com>"]
add(
    id="welfare-063", charset="iso-2022-jp",
    sender=YANASE,
    to=[YANASE],
    bcc=_bcc,
    subject="【保養所】年末年始 抽選結果のお知らせ",
    body=f"""休職・育休中で個人アドレスをご登録の皆さま

福利厚生課の柳瀬です（Bccで一斉にお送りしています）。
年末年始の保養所抽選の結果、今回お申込みの方はいずれも残念ながら落選となりました。
キャンセルが出た場合は、お申込み順に個別にご連絡いたします。

2月の連休分の受付は1月6日から社内ポータルで開始します。
{SIG_YANASE}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="six private addresses, but all in Bcc (To is the sender): nobody sees the others",
)

_p = people("064", 1, born=(1968, 1980), sex="M")
add(
    id="welfare-064", charset="utf-8",
    sender=INUI,
    to=["川崎電機 人事部 厚生課 <kosei@kawasaki-denki.co.jp>"],
    subject="出向者の就業上の措置に関する産業医意見書の送付",
    body=f"""川崎電機株式会社
人事部 厚生課 御中

いつもお世話になっております。日の出産業 人事部の乾です。
貴社へ出向中の当社社員について、当社産業医の意見書を添付いたします。
出向先での就業上の措置につき、ご配慮をお願いいたします。
{SIG_INUI}
""",
    attachments=[{
        "kind": "docx", "name": "産業医意見書.docx", "page_header": "取扱注意",
        "title": "就業上の措置に係る意見書",
        "paragraphs": ["就業上の措置に係る意見書", "日の出産業株式会社 人事部長 殿",
                       "産業医 くすのきクリニック 楠木 宗一郎"],
        "tables": [[
            ["対象者", _p[0]["name"], "生年月日", wareki(_p[0]["y"], _p[0]["m"], _p[0]["d"])],
            ["所属", "出向（川崎電機 横浜事業所）", "", ""],
            ["所見", "高血圧症（治療中、血圧180/110）、狭心症の既往", "", ""],
            ["就業区分", "就業制限", "", ""],
            ["措置の内容", "時間外労働は月20時間以内。深夜業・出張は当面禁止。", "", ""],
            ["期間", "令和7年7月1日〜令和7年9月30日（再評価）", "", ""],
        ]],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    detectors=["personal_data", "confidential_marking"],
    note="doctor's opinion (hypertension, angina) on one seconded employee in a DOCX headed 取扱注意, to the partner company",
)

_p = people("065", 2, born=(1975, 1995))
add(
    id="welfare-065", charset="iso-2022-jp",
    sender=HIWATASHI,
    to=["乾 俊之 <t-inui@hinode-sangyo.co.jp>"],
    cc=["人事部長 <hr-manager@hinode-sangyo.co.jp>"],
    subject="産業医面談結果（9月）",
    body=f"""乾課長
（cc：人事部長）

健康管理室の樋渡です。9月の産業医面談結果を共有します。

1. {_p[0]['name']}（営業一課）
   うつ病で通院中。主治医の復職可診断あり。産業医判断：10/1より短時間勤務（6h）で復職可。
2. {_p[1]['name']}（物流センター）
   長時間労働面談。睡眠障害の訴えあり、専門医受診を勧奨。残業制限（月30h）を推奨。

就業上の措置は所属長への通知文案を作成のうえ、改めてご相談します。
{SIG_HIWATASHI}
""",
    expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=[],
    note="diagnoses of two employees, but sent only inside the company",
)

add(
    id="welfare-066", charset="iso-2022-jp",
    sender=HIWATASHI,
    to=["楠木先生 <kusunoki@kusunoki-clinic.jp>"],
    subject="面談記録（7月分）送付",
    body=f"""楠木先生

お世話になっております。樋渡です。
7月分の面談記録をPDFでお送りします（パスワード付き）。
パスワードはいつものとおりお電話でお伝えします。
{SIG_HIWATASHI}
""",
    attachments=[{
        "kind": "pdf", "name": "面談記録_202507.pdf", "password": "kusu0725",
        "lines": ["産業医面談記録 2025年7月", "対象者 4名"],
        "table": [["氏名", "区分", "所見"]] + [[p["name"], "長時間", "疲労蓄積"] for p in people("066", 4)],
    }],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF: cannot be inspected",
)

add(
    id="welfare-067", charset="iso-2022-jp",
    sender=INUI,
    to=["くすのきクリニック 事務長 <jimu@kusunoki-clinic.jp>"],
    subject="産業医業務委託契約の更新について",
    body=f"""くすのきクリニック
事務長 様

いつもお世話になっております。日の出産業 人事部の乾です。
来年3月末で満了となる産業医業務委託契約について、更新のご相談です。

今回の更新では、ストレスチェックの実施者業務を追加したく、
委託範囲と報酬の見直しをお願いしたいと考えております。
また、面談で取り扱う健康情報の管理について、現行契約の秘密保持条項（第12条）に加え、
個人情報の取扱いに関する覚書を別途締結させていただきたく存じます。
覚書の案は当社法務と調整のうえ、来月中にお送りします。

ご多用のところ恐縮ですが、ご検討のほどよろしくお願いいたします。
{SIG_INUI}
""",
    expect="pass", entities=[], detectors=[],
    note="contract renewal and talk about a confidentiality clause: no marking, no personal data",
)

_p = people("068", 3, born=(1975, 2000))
add(
    id="welfare-068", charset="iso-2022-jp",
    sender=HIWATASHI,
    to=["楠木先生 <kusunoki@kusunoki-clinic.jp>"],
    subject="明日の面談予定",
    body=f"""楠木先生

明日はよろしくお願いいたします。樋渡です。
面談予定は3名です。13時から{_p[0]['sei']}さん（営業二課、パニック障害で通院中・復職後1か月のフォロー）、
14時から{_p[1]['name']}さん（総務課、アルコール依存症の治療経過の確認）、
15時から{_p[2]['sei']}さん（技術開発部、長時間労働者面談）の順です。

応接室Bを押さえております。
{SIG_HIWATASHI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="names only in running text, each tied to a psychiatric or addiction condition, to an outside doctor",
)


# ======================================================================================
# 永年勤続表彰
# ======================================================================================

_p = people("069", 12, born=(1958, 1985))
_r = random.Random("069")
add(
    id="welfare-069", charset="utf-8",
    sender=MANABE,
    to=["おもいでギフト 法人営業部 <hojin@omoide-gift.co.jp>"],
    subject="永年勤続表彰 記念品の発送先リスト",
    body=f"""株式会社おもいでギフト
法人営業部 御中

お世話になっております。日の出産業 人事課の真鍋です。
永年勤続表彰の記念品（カタログギフト）の発送先リストを添付いたします。
各自の自宅宛に、11月20日着でお願いいたします。
{SIG_MANABE}
""",
    attachments=[{
        "kind": "xlsx", "name": "記念品発送先_2025.xlsx", "title": "永年勤続 記念品発送先",
        "sheets": {
            "発送先": [["令和7年度 永年勤続表彰 記念品発送先一覧", "", "", "", "", ""],
                    ["日の出産業株式会社 人事部人事課", "", "", "", "", ""],
                    ["No", "氏名", "勤続", "郵便番号", "住所", "電話番号"]] + [
                [i + 1, p["name"], f"{_r.choice([10, 20, 30])}年", p["zip"], p["addr"], p["mobile"]]
                for i, p in enumerate(_p)],
            "コース": [["勤続", "コース", "単価"], ["10年", "Aコース", 10000], ["20年", "Bコース", 30000],
                    ["30年", "Cコース", 50000]],
        },
    }],
    expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="XLSX with title rows above 12 employees' home addresses and phones, to a gift vendor",
)

add(
    id="welfare-070", charset="iso-2022-jp",
    sender=MANABE,
    to=["おもいでギフト 岸田 様 <kishida@omoide-gift.co.jp>"],
    subject="記念品カタログの選定と数量について",
    body=f"""おもいでギフト
岸田様

お世話になっております。真鍋です。
カタログのサンプルありがとうございました。今年度は以下で決定しました。

　勤続10年：Aコース（10,000円）　　23名
　勤続20年：Bコース（30,000円）　　17名
　勤続30年：Cコース（50,000円）　　 9名
　合計　　　　　　　　　　　　　　　49名

発送先リストは対象者の確認が済み次第、改めてお送りします。
見積書の再発行をお願いできますでしょうか。
{SIG_MANABE}
""",
    expect="pass", entities=[], detectors=[],
    note="counts per service-length band only; no individuals",
)

add(
    id="welfare-071", charset="iso-2022-jp",
    sender=MANABE,
    to=["さくらホテル 宴会課 <banquet@sakura-hotel.jp>"],
    subject="永年勤続表彰式・祝賀会 会場のご予約",
    body=f"""株式会社さくらホテル
宴会課 ご担当者様

いつもお世話になっております。日の出産業 人事課の真鍋です。
本年度の永年勤続表彰式・祝賀会の会場を仮予約させていただきたく、ご連絡いたしました。

日時：12月5日（金）16:00〜19:30（式典16:30〜、祝賀会17:30〜）
人数：約80名（表彰者49名＋役員・所属長）
会場：「桜の間」を希望（式典・祝賀会とも同室、転換あり）
料理：立食ブッフェ 1名8,000円程度

見積書とレイアウト図をお送りいただけますでしょうか。
{SIG_MANABE}
""",
    expect="pass", entities=[], detectors=[],
    note="venue booking with the partner hotel; no personal data",
)

_p = people("072", 14, born=(1960, 1990))
_r = random.Random("072")
add(
    id="welfare-072", charset="utf-8",
    sender=MANABE,
    to=["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    subject="表彰状 印字データ（勤続20年・30年）",
    body=f"""錦印刷株式会社
営業部 ご担当者様

お世話になっております。日の出産業の真鍋です。
表彰状の印字用データをPDFでお送りします。
氏名は旧字体を含みますので、PDFの字形どおりにお願いいたします。
{SIG_MANABE}
""",
    attachments=[{
        "kind": "pdf", "name": "表彰状印字データ.pdf",
        "lines": ["令和7年度 永年勤続表彰 表彰状印字データ", ""],
        "table": [["No", "氏名", "ふりがな", "所属", "入社年月日", "勤続"]] + [
            [i + 1, p["name"], p["kana"], dept(_r), f"{1995 if i < 9 else 2005}年4月1日", "30年" if i < 9 else "20年"]
            for i, p in enumerate(_p)],
    }],
    expect="stop", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="PDF table of 14 employees (name, kana, department, hire date) to the printer: a list of people",
)

add(
    id="welfare-073", charset="iso-2022-jp",
    sender=MANABE,
    to=["錦印刷 営業部 <eigyo@nishiki-insatu.co.jp>"],
    subject="表彰状 文面の最終確認",
    body=f"""錦印刷 営業部 ご担当者様

お世話になっております。日の出産業の真鍋です。
表彰状の文面を最終版にいたしました。ご確認のうえ校正をお願いします。

　　　表彰状
　　　　　　（氏名）殿
　あなたは永年にわたり社業の発展に尽くされ
　その功績は誠に顕著であります
　よってここに記念品を贈りこれを表彰します
　　令和七年十二月五日
　　日の出産業株式会社　代表取締役社長　日野 誠一郎

用紙は前年と同じ鳥の子紙でお願いします。
{SIG_MANABE}
""",
    expect="stop", entities=[], detectors=["lookalike_domain"],
    note="harmless content, but the domain nishiki-insatu.co.jp drops an 's' from the partner nishiki-insatsu.co.jp",
)

_p = people("074", 1)
add(
    id="welfare-074", charset="iso-2022-jp",
    sender=MANABE,
    to=["錦印刷 高瀬 様 <takase@nishiki-insatsu.co.jp>"],
    subject="Re: 表彰状 試し刷りの件",
    body=f"""高瀬様

試し刷りをお送りいただきありがとうございました。
見本に入れていただいた「{_p[0]['name']} 殿」の行は、字間をもう少し詰めていただけますか。
それ以外は問題ございません。本刷りに進めてください。

真鍋

> 日の出産業 真鍋様
> 錦印刷の高瀬です。表彰状の試し刷りをPDFでお送りします。
> 見本として名簿の1番目の方のお名前で組んでおります。
""",
    expect="pass", entities=[], detectors=[],
    note="one name on a proof print, with no other data about the person",
)


# ======================================================================================
# 福利厚生代行会社
# ======================================================================================

_p = people("075", 30, born=(1963, 2003))
add(
    id="welfare-075", charset="utf-8",
    sender=YANASE,
    to=["ウェルビーサポート 導入支援 <onboarding@wellbe-support.co.jp>"],
    subject="会員登録データ（初回一括登録分・30名）",
    body=f"""ウェルビーサポート株式会社
導入支援チーム ご担当者様

お世話になっております。日の出産業 福利厚生課の柳瀬です。
福利厚生サービスの会員登録データ（第1弾：本社分30名）をお送りします。
貴社フォーマットに合わせ、UTF-8のCSVで作成しております。

ログインIDの通知メールは各人の会社アドレスではなく、
本人が登録を希望した個人アドレスあてでお願いいたします。
{SIG_YANASE}
""",
    attachments=[{
        "kind": "csv", "name": "member_import_hq.csv", "encoding": "utf-8",
        "rows": [["employee_id", "last_name", "first_name", "last_name_kana", "first_name_kana",
                  "birth_date", "email"]] + [
            [p["emp"], p["sei"], p["mei"], p["kana"].split()[0], p["kana"].split()[1], p["dob"], p["email"]]
            for p in _p],
    }],
    expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="CSV of 30 members with birth dates and private e-mail addresses to the benefits outsourcer",
)

add(
    id="welfare-076", charset="iso-2022-jp",
    sender=YANASE,
    to=["ウェルビーサポート 営業 丹羽 様 <niwa@wellbe-support.co.jp>"],
    subject="Re: 来年度のメニュー追加のご提案",
    body=f"""丹羽様

ご提案ありがとうございました。
育児・介護関連のメニュー（ベビーシッター補助、介護相談窓口）は
当社でもニーズが高いため、前向きに検討させていただきます。
費用感（1人あたり月額）と導入までのスケジュールを
次回打合せでご説明いただけますでしょうか。

柳瀬

差出人: 丹羽 健吾 <niwa@wellbe-support.co.jp>
送信日時: 2025年9月16日 11:05
宛先: 柳瀬 美和
件名: 来年度のメニュー追加のご提案

柳瀬様
いつもお世話になっております。ウェルビーサポートの丹羽です。
来年度に向けて、メニュー追加のご提案資料をお送りします。
""",
    expect="pass", entities=[], detectors=[],
    note="reply about service menus; nothing personal",
)

_p = people("077", 6)
_lst = "\n".join(f"・{p['emp']}　{p['name']}　（{p['kana']}）　退会日 2025/0{random.Random(p['emp']).randint(4, 9)}/30　会員ID WB-{p['ext']}{p['room']}"
                 for p in _p)
add(
    id="welfare-077", charset="iso-2022-jp",
    sender=YANASE,
    to=["給与計算担当 <kyuyo@hinode-sangyo.jp>"],
    subject="福利厚生サービス 退会者（上期）",
    body=f"""給与計算ご担当 各位

福利厚生課の柳瀬です。
上期の福利厚生サービス退会者です。会費控除の停止をお願いします。

{_lst}

以上6名です。
柳瀬
""",
    expect="stop", entities=["PERSON_NAME"], detectors=["lookalike_domain", "personal_data"],
    note="meant for internal payroll but sent to hinode-sangyo.jp (the 'co.' dropped): 6 members with IDs leave the company",
)

add(
    id="welfare-078", charset="utf-8",
    sender=INUI,
    to=["ウェルビーサポート 丹羽 様 <niwa@wellbe-support.co.jp>"],
    subject="上期 利用実績レポート（部門別）のご確認",
    body=f"""丹羽様

お世話になっております。日の出産業 人事部の乾です。
上期の利用実績を部門別に集計しました。
レポートの数値と貴社の請求明細に差異がないかご確認ください。
{SIG_INUI}
""",
    attachments=[{
        "kind": "xlsx", "name": "利用実績_上期_部門別.xlsx", "page_header": "社外秘",
        "sheets": {"部門別": [["部門", "会員数", "利用件数", "補助額(円)"],
                           ["本社 管理部門", 128, 341, 512000], ["本社 営業部門", 96, 188, 287000],
                           ["川崎工場", 214, 402, 598000], ["物流センター", 77, 95, 132000],
                           ["大阪支店", 41, 66, 98000]],
                   "メニュー別": [["メニュー", "件数"], ["宿泊補助", 420], ["育児", 133], ["自己啓発", 212],
                             ["スポーツ", 327]]},
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="aggregate figures only, but the XLSX carries a 社外秘 page header: marking only inside the attachment",
)

_cn = corp_number("079")
add(
    id="welfare-079", charset="iso-2022-jp",
    sender=YANASE,
    to=["ウェルビーサポート 経理 <keiri@wellbe-support.co.jp>"],
    subject="9月分ご請求書の記載について",
    body=f"""ウェルビーサポート株式会社
経理ご担当者様

お世話になっております。日の出産業 福利厚生課の柳瀬です。
9月分のご請求書（請求番号 WB-2025-09-0418）を受領いたしました。

インボイスの登録番号が「T{_cn}」と記載されておりますが、
当社の取引先マスタでは別の番号で登録されているようです。
登録番号に変更があったかどうか、ご確認いただけますでしょうか。
{SIG_YANASE}
""",
    expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="an invoice number and the vendor's T-number (corporate number): business data, no people",
)

add(
    id="welfare-080", charset="iso-2022-jp",
    sender=YANASE,
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="福利厚生ポータル 取込エラーの件（ファイル添付）",
    body=f"""ツバサシステム株式会社
サポートご担当者様

お世話になっております。日の出産業の柳瀬です。
福利厚生ポータルへの利用申請データ取込でエラーが出ます。
取込に使用したファイルを添付しますので、原因をご確認いただけますか。

エラーメッセージ：「E4012 ファイル形式が不正です」
{SIG_YANASE}
""",
    attachments=[{"kind": "corrupt", "name": "riyoshinsei_import_0915.xlsx"}],
    expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be inspected",
)

add(
    id="welfare-081", charset="iso-2022-jp",
    sender=YANASE,
    to=["ウェルビーサポート 丹羽 様 <niwa@wellbe-support.co.jp>"],
    subject="次回定例（10/8）のアジェンダ",
    body=f"""丹羽様

お世話になっております。日の出産業の柳瀬です。
10月8日（水）14時からの定例のアジェンダ案です。

　1. 上期利用状況の振り返り
　2. 年末年始の宿泊補助の告知スケジュール
　3. 新メニュー（介護相談窓口）の導入判断
　4. その他

会場は当社6階 第2会議室です。受付で私をお呼び出しください。
{SIG_YANASE}
{DISCLAIMER_JA}
""",
    expect="pass", entities=[], detectors=[],
    note="ordinary meeting mail ending with the standard 機密情報 disclaimer",
)


# ======================================================================================
# 社員の私用アドレス宛
# ======================================================================================

_p = people("082", 1)
add(
    id="welfare-082", charset="iso-2022-jp",
    sender=MONMA,
    to=[f"{_p[0]['name']} <{_p[0]['ro_sei'].lower()}{_p[0]['y'] % 100:02d}@gmail.com>"],
    subject="【内定者の方へ】社宅入居のご案内",
    body=f"""{_p[0]['name']} 様

4月からご入社の皆さまへ、総務部 寮・社宅担当の門馬です。
社宅入居を希望された方に、入居のご案内をお送りします。

　物件　　：ハイツ柏の葉 203号室（1K・家具家電付き）
　入居可能日：3月25日（火）以降
　自己負担：月額15,000円（給与天引き）
　鍵の受取：入居日当日、本社1階 総務部受付

入居日が決まりましたら、このメールにご返信ください。
ご不明な点はお気軽にどうぞ。
{SIG_MONMA}
""",
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="one new hire at a private Gmail; flat details without any personal identifiers",
)

_p = people("083", 1)
add(
    id="welfare-083", charset="iso-2022-jp",
    sender=YANASE,
    to=[f"{_p[0]['name']} <{_p[0]['email'].split('@')[0]}@yahoo.co.jp>"],
    subject="弔慰金のお振込みについて",
    body=f"""{_p[0]['name']} 様

このたびはご尊父様のご逝去に際し、心よりお悔やみ申し上げます。
忌引休暇中と伺いましたので、個人アドレスにご連絡いたしました。福利厚生課の柳瀬です。

慶弔見舞金規程に基づく弔慰金（50,000円）を、下記口座へ10月25日にお振込みいたします。

　振込先：みどり銀行 {_p[0]['branch']} 普通 {_p[0]['acct']}（給与振込口座）

口座に変更がある場合のみ、ご返信ください。
ご返信は落ち着かれてからで結構です。
{SIG_YANASE}
""",
    expect="pass", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data", "freemail_recipient"],
    note="the recipient's own salary account, sent to her own private address: one person, may warn",
)

_ret = ["土門 清 <kiyoshi.domon@docomo.ne.jp>", "芹沢 和子 <kazuko-serizawa@yahoo.co.jp>",
        "Hiroshi Maekawa <h.maekawa1958@gmail.com>", "灘 正勝 <nada-masakatsu@ezweb.ne.jp>",
        "岩城 千代 <chiyo.iwaki@icloud.com>"]
add(
    id="welfare-084", charset="iso-2022-jp",
    sender=MANABE,
    to=_ret,
    subject="定年退職者記念品（旅行券）発送のお知らせ",
    body=f"""今年度 定年退職された皆さま

ご退職後もお変わりなくお過ごしでしょうか。人事課の真鍋です。
退職時にお約束していた記念品（旅行券 50,000円分）を、本日簡易書留で
ご自宅あてに発送いたしました。数日中に到着する予定です。

到着しない場合は、お手数ですが人事課までご連絡ください。
今後ともお元気でお過ごしください。
{SIG_MANABE}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="five retirees' private addresses visible to each other in To",
)

_p = people("085", 1, born=(1985, 1998))
add(
    id="welfare-085", charset="iso-2022-jp",
    sender=HIWATASHI,
    to=[f"{_p[0]['name']} <{_p[0]['ro_mei'].lower()}-{_p[0]['ro_sei'].lower()}@docomo.ne.jp>"],
    subject="産業医面談のフォローについて",
    body=f"""{_p[0]['name']} さん

健康管理室の樋渡です。休職中のため、ご登録の携帯アドレスにお送りします。

先日の産業医面談で楠木先生から、うつ病の治療経過は順調とのご意見をいただきました。
復職判定に向けて、主治医の先生に「復職可能」の診断書（就業上の配慮事項を含む）を
作成していただくようお願いします。

体調の良い日に、生活記録表の提出もお願いいたします。
無理はなさらないでください。
{SIG_HIWATASHI}
""",
    expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data", "freemail_recipient"],
    note="the recipient's own depression treatment, sent to a carrier mail address: 要配慮 of one person leaves the company",
)

add(
    id="welfare-086", charset="iso-2022-jp",
    sender=YANASE,
    to=["Kana Tsukumo <kana.tsukumo@outlook.jp>"],
    subject="社内報 秋号をお送りします",
    body=f"""九十九さん

福利厚生課の柳瀬です。育休中の方には社内報をPDFでお送りしています。
秋号は保養所のリニューアル特集です。復職後のご利用もお待ちしています。
{SIG_YANASE}
""",
    attachments=[{
        "kind": "pdf", "name": "社内報_ひので_秋号.pdf",
        "lines": ["社内報「ひので」2025 秋号", "", "特集：蓼科山荘がリニューアルしました",
                  "客室を全面改装し、ペット同伴可能な部屋を2室新設しました。",
                  "利用料金：大人1泊2食 4,500円（社員・家族）",
                  "", "トピックス：川崎工場 安全衛生表彰を受賞", "編集：人事部 福利厚生課"],
    }],
    expect="pass", entities=[], detectors=["freemail_recipient"],
    note="company newsletter PDF to one employee's private Outlook address; nothing personal",
)

_cc = card_number(87)
add(
    id="welfare-087", charset="iso-2022-jp",
    sender=YANASE,
    to=["さくらホテル 宿泊予約課 <reservation@sakura-hotel.jp>"],
    subject="年末年始 法人枠予約のギャランティについて",
    body=f"""さくらホテル 宿泊予約課 御中

お世話になっております。日の出産業の柳瀬です。
年末年始の法人枠（3室×4泊）のギャランティとして、法人カードを登録させてください。

　カード番号：{_cc[:4]} {_cc[4:8]} {_cc[8:12]} {_cc[12:]}
　有効期限　：09/28
　名義　　　：HINODE SANGYO CO LTD

精算は従来どおり請求書払いでお願いいたします。
{SIG_YANASE}
""",
    expect="stop", entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a full (corporate) card number in the body to the hotel: any card number must stop",
)

_rels = [("妻", "F", (1970, 1995)), ("長男", "M", (2008, 2022)), ("母", "F", (1945, 1960)),
         ("長女", "F", (2005, 2020)), ("夫", "M", (1968, 1990)), ("次男", "M", (2010, 2022)),
         ("父", "M", (1942, 1958)), ("妻", "F", (1975, 1998))]
_p = [people(f"088d{i}", 1, born=b, sex=sx)[0] for i, (_, sx, b) in enumerate(_rels)]
_ins = [people(f"088i{i}", 1, born=(1965, 1995), sex="F" if rel == "夫" else ("" if rel not in ("妻",) else "M"))[0]
        for i, (rel, _, _) in enumerate(_rels)]
_rows = "\n".join(f"{pad(h['kigo'] + '-' + h['bango'], 10)}{pad(h['name'], 14)}{pad(h['sei'] + ' ' + p['mei'], 14)}{pad(rel, 6)}{p['dob']}"
                  for h, p, (rel, _, _) in zip(_ins, _p, _rels))
add(
    id="welfare-088", charset="iso-2022-jp",
    sender=SASAKURA,
    to=["あおぞら社労士法人 手続きチーム <tetsuzuki@aozora-sr.jp>"],
    subject="転送: 【健保】被扶養者資格再確認 書類未提出者について",
    body=f"""手続きチーム ご担当者様

お世話になっております。日の出産業の笹倉です。
健保組合から下記の連絡がありました。未提出者への督促文の作成をお願いできますか。

---------- 転送メッセージ ----------
From: 日の出産業健康保険組合 適用課 <tekiyo@hinode-kenpo.or.jp>
Date: 2025年8月4日 16:20
Subject: 【健保】被扶養者資格再確認 書類未提出者について
To: 笹倉 直子 <n-sasakura@hinode-sangyo.co.jp>

日の出産業 労務課 笹倉様

被扶養者資格再確認につき、7月末時点で書類が未提出の方は以下のとおりです。
8月29日までにご提出がない場合、被扶養者資格を取り消します。

記号-番号  被保険者      被扶養者      続柄  生年月日
--------  ------------  ------------  ----  ----------
{_rows}

健康保険組合 適用課
""",
    expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="a forwarded 健保 mail (new text to the labour-law office) listing 8 dependants with card numbers and birth dates",
)

_p = people("089", 7)
_q = "\n".join(f"{i + 1}. {p['name']}　{p['mobile']}" for i, p in enumerate(_p))
add(
    id="welfare-089", charset="cp932",
    sender=YANASE,
    to=["旅路トラベル 平塚 様 <hiratsuka@tabiji-travel.co.jp>"],
    subject="RE: 【旅路トラベル】キャンセル待ち登録者のご確認",
    body=f"""平塚様

ご確認ありがとうございます。リストの7名で相違ございません。
繰り上げの際は、従来どおり私経由でご連絡をお願いいたします。

柳瀬

差出人: 平塚 耕平 <hiratsuka@tabiji-travel.co.jp>
送信日時: 2025年9月24日 18:02
宛先: 柳瀬 美和 <m-yanase@hinode-sangyo.co.jp>
件名: 【旅路トラベル】キャンセル待ち登録者のご確認

日の出産業 柳瀬様

旅路トラベルの平塚です。
社員旅行のキャンセル待ちとして、弊社で以下の方を登録しております。
念のためご確認ください。

{_q}

旅路トラベル株式会社 法人旅行部 平塚 耕平
""",
    expect="pass", entities=[], detectors=[],
    note="the 7-person list sits under an Outlook 差出人/送信日時 header: quoted from the recipient's own mail",
)

_p = people("090", 7)
_r = random.Random("090")
_inner = "\n".join(f"{p['room']}　{p['name']}　{_r.choice(['品川', '足立', '川崎', '横浜', '大宮'])} {_r.randint(300, 599)} "
                   f"{_r.choice('あいうえかきくけこさす')} {_r.randint(10, 99)}-{_r.randint(10, 99)}　{p['mobile']}" for p in _p)
add(
    id="welfare-090", charset="iso-2022-jp",
    sender=MONMA,
    to=["佐久間 様 <sakuma@hikari-jutaku.co.jp>"],
    subject="FW: 東雲寮 駐車場利用者一覧（最新）",
    body=f"""佐久間様

お世話になっております。門馬です。
駐車場の契約者照合の件、社内で取りまとめたメールをそのまま添付で転送します。
区画番号との突合をお願いできますでしょうか。
{SIG_MONMA}
""",
    attachments=[{
        "kind": "eml", "name": "東雲寮 駐車場利用者一覧（最新）.eml",
        "message": {
            "sender": SUNAKAWA, "to": [MONMA], "charset": "iso-2022-jp",
            "subject": "東雲寮 駐車場利用者一覧（最新）",
            "body": f"""門馬さん

砂川です。駐車場利用者の最新版です（部屋・氏名・車両番号・携帯）。

{_inner}

砂川
""",
        },
    }],
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="an internal mail forwarded as an .eml attachment: 7 residents with car plates and mobiles go to the property manager",
)

add(
    id="welfare-091", charset="utf-8",
    sender=YANASE,
    to=["ウェルビーサポート 丹羽 様 <niwa@wellbe-support.co.jp>"],
    subject="契約保養施設一覧の更新について",
    body=f"""丹羽様

お世話になっております。柳瀬です。
社内ポータルに掲載している契約保養施設一覧です。
貴社側で契約終了・追加となった施設があれば、ご指摘いただけますか。

施設名,所在地,電話,区分
蓼科山荘,長野県茅野市北山4035-2,0266-67-2201,直営保養所
伊豆高原荘,静岡県伊東市八幡野1180-5,0557-54-3310,直営保養所
ホテル湯の花,群馬県吾妻郡草津町草津387,0279-88-6621,契約施設
白浜シーサイドホテル,和歌山県西牟婁郡白浜町1632,0739-42-2801,契約施設
ニセコ ペンション銀嶺,北海道虻田郡倶知安町山田170-12,0136-22-5517,契約施設
さくらホテル 熱海,静岡県熱海市東海岸町8-3,0557-81-4400,契約施設

よろしくお願いいたします。
{SIG_YANASE}
""",
    expect="pass", entities=[], detectors=[],
    note="CSV-style list of resort facilities with addresses and phones: businesses, not people",
)

add(
    id="welfare-092", charset="iso-2022-jp",
    sender=HIWATASHI,
    to=["保健事業課 <hoken-jigyo@hinode-kenpo.or.jp>"],
    subject="提携健診機関リストの確認",
    body=f"""保健事業課 ご担当者様

お世話になっております。日の出産業 健康管理室の樋渡です。
今年度の人間ドック補助の対象となる提携機関について、社内案内に載せる前に
下記で誤りがないかご確認をお願いします。

・城東健診センター（江東区）　03-5683-1200
・日本橋ウェルネスクリニック（中央区）　03-3271-8840
・川崎みなと健診プラザ（川崎市川崎区）　044-223-9911
・大宮さくら内科クリニック（さいたま市大宮区）　048-645-0707
・船橋総合健診センター（船橋市）　047-420-3636

補助上限額（30,000円）にも変更がないか併せてお教えください。
{SIG_HIWATASHI}
""",
    expect="pass", entities=[], detectors=[],
    note="bullet list of clinics with their switchboards: a business list",
)

add(
    id="welfare-093", charset="iso-2022-jp",
    sender=INUI,
    to=["ウェルビーサポート 丹羽 様 <niwa@wellbe-support.co.jp>"],
    subject="福利厚生制度 改定案（たたき台）",
    body=f"""丹羽様

お世話になっております。日の出産業の乾です。
来年度の福利厚生制度改定のたたき台を添付します。
貴社サービスでの実現可否についてご意見をいただけますと幸いです。
{SIG_INUI}
""",
    attachments=[{
        "kind": "docx", "name": "福利厚生制度改定案_v0.3.docx", "page_header": "部外秘",
        "paragraphs": ["2026年度 福利厚生制度 改定案（たたき台）", "1. カフェテリアプランの導入（年間ポイント 60,000pt）",
                       "2. 保養所2施設の売却と契約施設への移行", "3. 財形奨励金の廃止と確定拠出年金マッチング拠出への振替",
                       "4. 永年勤続表彰の記念品を旅行券からポイント付与に変更"],
        "tables": [[["項目", "現行費用(千円)", "改定後(千円)"], ["保養所維持費", "48,000", "0"],
                    ["カフェテリアプラン", "0", "41,000"], ["財形奨励金", "6,200", "0"]]],
    }],
    expect="stop", entities=[], detectors=["confidential_marking"],
    note="an internal plan whose DOCX header is stamped 部外秘, sent to the outsourcer; no personal data",
)

add(
    id="welfare-094", charset="iso-2022-jp",
    sender=YANASE,
    to=["有村 様 <arimura@yamabiko-life.co.jp>"],
    subject="Re: 加入率の資料について",
    body=f"""有村様

お世話になっております。柳瀬です。
お問い合わせの部門別加入率ですが、社内資料は社外秘扱いのため、
そのままお送りすることができません。申し訳ございません。
全社の加入率（68.4%）と前年比（+2.1pt）であればお伝えできますので、
提案資料にはこちらの数値をお使いください。

よろしくお願いいたします。
{SIG_YANASE}
""",
    expect="pass", entities=[], detectors=[],
    note="the word 社外秘 is only mentioned (declining to send a document): not a marking",
)

add(
    id="welfare-095", charset="iso-2022-jp",
    sender=INUI,
    to=["あおぞら社労士法人 小田切 様 <odagiri@aozora-sr.jp>"],
    cc=["日の出産業健保 保健事業課 <hoken-jigyo@hinode-kenpo.or.jp>",
        "やまびこ生命 有村 様 <arimura@yamabiko-life.co.jp>",
        "ウェルビーサポート 丹羽 様 <niwa@wellbe-support.co.jp>"],
    subject="健康経営推進会議（第1回）開催のご案内",
    body=f"""関係各位

いつもお世話になっております。日の出産業 人事部の乾です。
当社の健康経営推進にあたり、外部の皆さまにもご参加いただく会議を立ち上げます。

　日時：11月12日（水）15:00〜16:30
　場所：日の出産業 本社6階 大会議室（Teams併用）
　議題：健康経営優良法人認定に向けた取組状況、各社からのご提案

ご出欠を11月5日までにお知らせください。
{SIG_INUI}
""",
    expect="stop", entities=[],
    detectors=["external_recipients_visible", "multiple_external_domains"],
    note="four external organisations visible in To/Cc (labour office, 健保, insurer, outsourcer): should have been Bcc",
)

_p = people("096", 8)
_r = random.Random("096")
_why = ["本人結婚", "本人入院（胃がん手術）", "子女出生", "配偶者の父死亡", "本人入院（脳梗塞）",
        "住宅床上浸水", "子女出生", "本人傷病（うつ病により30日以上休業）"]
_amt = {"本人結婚": "30,000", "子女出生": "20,000", "配偶者の父死亡": "10,000", "住宅床上浸水": "50,000"}
add(
    id="welfare-096", charset="utf-8",
    sender=YANASE,
    to=["産業共済会 給付係 <kyufu@sangyo-kyosai.or.jp>"],
    subject="9月度 慶弔給付 支給一覧",
    body=f"""産業共済会 給付係 御中

お世話になっております。日の出産業 福利厚生課の柳瀬です。
9月度の慶弔給付の支給一覧をPDFでお送りします。
共済会負担分の振込をお願いいたします。
{SIG_YANASE}
""",
    attachments=[{
        "kind": "pdf", "name": "慶弔給付支給一覧_202509.pdf",
        "lines": ["令和7年9月度　慶弔給付 支給一覧", "日の出産業株式会社 人事部 福利厚生課", ""],
        "table": [["No", "会員番号", "氏名", "事由", "金額", "振込口座"]] + [
            [i + 1, p["emp"], p["name"], w, _amt.get(w, "30,000"), f"{p['branch']} 普通 {p['acct']}"]
            for i, (p, w) in enumerate(zip(_p, _why))],
    }],
    expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="PDF of 8 members with bank accounts, some rows naming cancer, stroke and depression, to the mutual-aid society",
)


# ======================================================================================
# English mail with an EAP provider
# ======================================================================================

add(
    id="welfare-097", charset="utf-8",
    sender="Miwa Yanase <m-yanase@hinode-sangyo.co.jp>",
    to=["Daniel Cho <daniel.cho@mindbridge-eap.com>"],
    subject="Re: EAP service agreement renewal",
    body=f"""Dear Daniel,

Thank you for the renewal proposal. We would like to keep the current scope
(telephone and online counselling in Japanese and English, 24/7) and add the
manager consultation line from April.

Could you send the revised fee schedule and the utilisation report template?
We only need aggregated figures by quarter, as before.

Best regards,
{SIG_EN}
{DISCLAIMER_EN}

On Tue, Feb 10, 2026 at 9:31 AM Daniel Cho <daniel.cho@mindbridge-eap.com> wrote:
> Dear Ms. Yanase,
> Our agreement expires on 31 March. Please find attached our renewal proposal.
> Daniel Cho | Account Manager | MindBridge EAP | +81-3-4520-1188
""",
    expect="pass", entities=[], detectors=[],
    note="English contract mail with the standard confidentiality disclaimer; no personal data",
)

_p = people("098", 1, sex="M", born=(1980, 1990))
add(
    id="welfare-098", charset="utf-8",
    sender="Miwa Yanase <m-yanase@hinode-sangyo.co.jp>",
    to=["MindBridge EAP Intake <intake@mindbridge-eap.com>"],
    subject="Referral for counselling - expatriate employee",
    body=f"""Dear Intake Team,

With the employee's consent, I would like to refer one of our staff members for
counselling in English.

  Name: {_p[0]['ro_mei']} {_p[0]['ro_sei'].upper()}
  Mobile: +81-{_p[0]['mobile'][1:]}
  Private e-mail: {_p[0]['ro_mei'].lower()}.{_p[0]['ro_sei'].lower()}@gmail.com
  Background: returned from our Singapore office in January; diagnosed with
  panic disorder by his physician last month and currently on reduced hours.

He prefers evening sessions (after 19:00 JST). Please contact him directly.

Kind regards,
{SIG_EN}
""",
    expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="English referral naming one employee's panic disorder diagnosis, to an outside EAP provider",
)


# ======================================================================================
# borderline
# ======================================================================================

_p = people("099", 5, born=(1960, 1985))
_r = random.Random("099")
_seat = "\n".join(f"　{t}卓　{p['name']}（{dept(_r)}・勤続{y}年）" for t, p, y in zip("AABBC", _p, [30, 30, 20, 20, 10]))
add(
    id="welfare-099", charset="iso-2022-jp",
    sender=MANABE,
    to=["さくらホテル 宴会課 <banquet@sakura-hotel.jp>"],
    subject="表彰式 来賓・代表受賞者の席次",
    body=f"""さくらホテル 宴会課 ご担当者様

お世話になっております。日の出産業の真鍋です。
12/5の表彰式で、壇上に上がる代表受賞者の席次をお知らせします。
名札と席札の作成をお願いいたします。

{_seat}

その他の受賞者は自由席です。
{SIG_MANABE}
""",
    expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="five names with department and years of service for place cards: attributes, but hardly more than a seating chart",
)

_p = people("100", 1, sex="F", born=(1990, 1997))
add(
    id="welfare-100", charset="iso-2022-jp",
    sender=YANASE,
    to=["やまなみリゾート 予約センター <yoyaku@yamanami-resort.co.jp>"],
    subject="伊豆高原荘 11/22ご予約分のお部屋について",
    body=f"""やまなみリゾート管理 予約センター 御中

お世話になっております。日の出産業の柳瀬です。
11月22日ご予約の{_p[0]['name']}様（当社社員）ですが、
現在妊娠7か月とのことで、階段の少ない1階の和洋室に変更できないかご相談です。
お食事も生ものを避けた献立に差し替えいただけると助かります。

ご本人から、施設側へ伝えてよいとの了承はいただいております。
{SIG_YANASE}
""",
    expect="either", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one employee's pregnancy passed on, with consent, for room arrangements: health-related, debatable as 要配慮",
)
