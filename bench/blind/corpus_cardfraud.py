"""Blind corpus — area: cardfraud.

A credit-card issuer's fraud and chargeback desk, run as a BPO by 日の出産業
(カード不正モニタリングセンター / チャージバック審査チーム / 本人確認チーム): suspicious
transactions, cardholders' identity checks, merchants, the police, acquirers, card
networks abroad, victims of scams.

Every person, every address, phone number, card number, My Number, licence / passport /
residence-card / pension / insurance number, bank account and every organisation other
than those named in BRIEF.md is invented.

Written blind from BRIEF.md, build.py and SPEC.md only.
"""

from __future__ import annotations

import itertools
import random
import unicodedata

from build import card_number, my_number

SEED = 13801
rng = random.Random(SEED)
_serial = itertools.count(SEED)

# -- numbers ---------------------------------------------------------------------------


def new_card() -> str:
    """Next Luhn-valid card number from the build helper (n counting up from SEED),
    kept only when it falls in a Visa / Mastercard / JCB range."""
    while True:
        c = card_number(next(_serial))
        if c[0] == "4" or c[:2] in ("51", "52", "53", "54", "55") or 3528 <= int(c[:4]) <= 3589:
            return c


def new_mynumber() -> str:
    return my_number(next(_serial))


def corp_number() -> str:
    """A 13-digit 法人番号 with a valid leading check digit."""
    base = [rng.randrange(10) for _ in range(12)]
    base[0] = rng.randrange(1, 10)
    total = sum(base[12 - n] * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + "".join(map(str, base))


def sp4(card: str, sep: str = " ") -> str:
    return sep.join(card[i:i + 4] for i in range(0, 16, 4))


def masked(card: str, style: int = 0) -> str:
    if style == 0:
        return f"{card[:4]}-****-****-{card[-4:]}"
    if style == 1:
        return f"{card[:6]}******{card[-4:]}"
    return f"************{card[-4:]}"


def zen(s: str) -> str:
    """ASCII → full-width (digits, letters, - . / :)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def digits(k: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(k))


_FULL = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー"
_HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ"
assert len(_FULL) == len(_HALF)


def hankaku(s: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if ch in _FULL:
            out.append(_HALF[_FULL.index(ch)])
        elif ch == "\u3099":
            out.append("ﾞ")
        elif ch == "\u309a":
            out.append("ﾟ")
        elif ch == "\u3000":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "FWA" else 1 for c in s)


def pad(s: object, w: int) -> str:
    s = str(s)
    return s + " " * max(w - dwidth(s), 1)


def cols(rows: list[list[object]], widths: list[int]) -> str:
    return "\n".join("".join(pad(c, w) for c, w in zip(r, widths)).rstrip() for r in rows)


# -- dates -----------------------------------------------------------------------------


def _era(y: int, m: int, d: int) -> tuple[str, str, int]:
    if (y, m, d) >= (2019, 5, 1):
        return "令和", "R", y - 2018
    if (y, m, d) >= (1989, 1, 8):
        return "平成", "H", y - 1988
    return "昭和", "S", y - 1925


def wareki(dob: tuple[int, int, int], style: str = "kanji") -> str:
    y, m, d = dob
    era, ab, ey = _era(y, m, d)
    if style == "abbr":
        return f"{ab}{ey}.{m}.{d}"
    if style == "zenabbr":
        return zen(f"{ab}{ey}.{m}.{d}")
    if style == "zen":
        return f"{era}{zen(str(ey))}年{zen(str(m))}月{zen(str(d))}日"
    return f"{era}{ey}年{m}月{d}日"


def seireki(dob: tuple[int, int, int], style: str = "slash") -> str:
    y, m, d = dob
    if style == "kanji":
        return f"{y}年{m}月{d}日"
    if style == "dash":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "en":
        return f"{d:02d} {['JAN','FEB','MAR','APR','MAY','JUN','JUL','AUG','SEP','OCT','NOV','DEC'][m-1]} {y}"
    return f"{y}/{m:02d}/{d:02d}"


def age(dob: tuple[int, int, int]) -> int:
    return 2025 - dob[0] - (1 if (dob[1], dob[2]) > (6, 15) else 0)


# -- invented people -------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("清水", "シミズ", "Shimizu"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤原", "フジワラ", "Fujiwara"), ("岡田", "オカダ", "Okada"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("坂本", "サカモト", "Sakamoto"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("藤井", "フジイ", "Fujii"), ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"), ("岡本", "オカモト", "Okamoto"),
    ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"),
    ("竹内", "タケウチ", "Takeuchi"), ("菅原", "スガワラ", "Sugawara"), ("野村", "ノムラ", "Nomura"),
    ("四月一日", "ワタヌキ", "Watanuki"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("東海林", "ショウジ", "Shoji"), ("五百旗頭", "イオキベ", "Iokibe"), ("百目鬼", "ドウメキ", "Domeki"),
    ("一寸木", "マスキ", "Masuki"), ("薬袋", "ミナイ", "Minai"), ("栗花落", "ツユリ", "Tsuyuri"),
    ("御手洗", "ミタライ", "Mitarai"), ("九十九", "ツクモ", "Tsukumo"), ("十河", "ソゴウ", "Sogo"),
    ("廿日出", "ハツカデ", "Hatsukade"), ("鬼頭", "キトウ", "Kito"), ("甲斐", "カイ", "Kai"),
    ("宇佐美", "ウサミ", "Usami"), ("比嘉", "ヒガ", "Higa"), ("仲宗根", "ナカソネ", "Nakasone"),
]
GIVEN = [
    ("大輔", "ダイスケ", "Daisuke"), ("健太", "ケンタ", "Kenta"), ("翔太", "ショウタ", "Shota"),
    ("拓也", "タクヤ", "Takuya"), ("和也", "カズヤ", "Kazuya"), ("直樹", "ナオキ", "Naoki"),
    ("誠", "マコト", "Makoto"), ("浩二", "コウジ", "Koji"), ("隆", "タカシ", "Takashi"),
    ("修", "オサム", "Osamu"), ("蓮", "レン", "Ren"), ("悠真", "ユウマ", "Yuma"),
    ("陽菜", "ヒナ", "Hina"), ("美咲", "ミサキ", "Misaki"), ("由美子", "ユミコ", "Yumiko"),
    ("恵子", "ケイコ", "Keiko"), ("千尋", "チヒロ", "Chihiro"), ("彩", "アヤ", "Aya"),
    ("真由美", "マユミ", "Mayumi"), ("智子", "トモコ", "Tomoko"), ("加奈", "カナ", "Kana"),
    ("裕子", "ユウコ", "Yuko"), ("さくら", "サクラ", "Sakura"), ("結衣", "ユイ", "Yui"),
    ("和子", "カズコ", "Kazuko"), ("節子", "セツコ", "Setsuko"), ("茂", "シゲル", "Shigeru"),
    ("勝", "マサル", "Masaru"), ("英樹", "ヒデキ", "Hideki"), ("亮", "リョウ", "Ryo"),
    ("康弘", "ヤスヒロ", "Yasuhiro"), ("美穂", "ミホ", "Miho"), ("俊介", "シュンスケ", "Shunsuke"),
    ("文子", "フミコ", "Fumiko"), ("一郎", "イチロウ", "Ichiro"), ("葵", "アオイ", "Aoi"),
]
PLACES = [
    "東京都世田谷区経堂", "東京都練馬区豊玉北", "東京都江東区北砂", "東京都八王子市打越町",
    "神奈川県川崎市中原区木月", "神奈川県横浜市港北区日吉本町", "神奈川県藤沢市鵠沼石上",
    "埼玉県さいたま市浦和区常盤", "埼玉県川口市芝新町", "千葉県船橋市前原西", "千葉県柏市明原",
    "大阪府堺市北区中百舌鳥町", "大阪府豊中市庄内西町", "兵庫県西宮市甲子園口", "京都府京都市伏見区深草西浦町",
    "愛知県名古屋市昭和区八事本町", "愛知県豊橋市花田町", "静岡県浜松市中央区佐鳴台",
    "福岡県福岡市東区香椎駅前", "福岡県北九州市小倉北区京町", "北海道札幌市豊平区月寒中央通",
    "宮城県仙台市青葉区上杉", "広島県広島市安佐南区祇園", "新潟県新潟市中央区女池",
    "岡山県岡山市北区奉還町", "熊本県熊本市中央区水前寺", "沖縄県那覇市古島", "長野県松本市清水",
]
BLDG = ["コーポ若葉", "メゾン木月", "サンハイツ", "グランシャリオ", "パークサイド", "レジデンス緑丘"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp",
            "softbank.ne.jp", "hotmail.co.jp"]

_used_names: set[str] = set()


def person() -> dict:
    while True:
        s, g = rng.choice(SURNAMES), rng.choice(GIVEN)
        if s[0] + g[0] not in _used_names:
            _used_names.add(s[0] + g[0])
            break
    y, m, d = rng.randint(1941, 2004), rng.randint(1, 12), rng.randint(1, 28)
    place = rng.choice(PLACES)
    addr = f"{place}{rng.randint(1, 7)}-{rng.randint(1, 32)}-{rng.randint(1, 24)}"
    if rng.random() < 0.3:
        addr += f" {rng.choice(BLDG)}{rng.randint(1, 9)}0{rng.randint(1, 9)}"
    mail_local = f"{g[2].lower()}{rng.choice(['.', '_', ''])}{s[2].lower()}"
    if rng.random() < 0.6:
        mail_local += str(rng.randint(1, 99))
    return {
        "name": f"{s[0]} {g[0]}", "sei": s[0], "mei": g[0],
        "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}",
        "emboss": f"{g[2].upper()} {s[2].upper()}",
        "dob": (y, m, d), "addr": addr, "zip": f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}",
        "mobile": f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        "email": f"{mail_local}@{rng.choice(FREEMAIL)}",
    }


def people(k: int) -> list[dict]:
    return [person() for _ in range(k)]


def yen(lo: int, hi: int) -> int:
    return rng.randrange(lo, hi, 10)


def hhmm() -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


# -- our side: senders, signatures, disclaimers ----------------------------------------

DOM = "hinode-sangyo.co.jp"
SAEKI = f"佐伯 真理子 <saeki.mariko@{DOM}>"
OHASHI = f"大橋 亮介 <ohashi.ryosuke@{DOM}>"
TODA = f"戸田 美穂 <toda.miho@{DOM}>"
KANEKO = f"金子 達也 <kaneko.tatsuya@{DOM}>"
NOTO = f"能登 かおり <noto.kaori@{DOM}>"
HIRANO = f"平野 剛 <hirano.tsuyoshi@{DOM}>"
MORIOKA = f"Ken Morioka <morioka.ken@{DOM}>"
ISHIGURO = f"石黒 淳 <ishiguro.jun@{DOM}>"
UEHARA = f"上原 陽子 <uehara.yoko@{DOM}>"

_ADDR = "〒231-0023 神奈川県横浜市中区山下町58-2 日の出ビル7F"


def sig(name: str, team: str, mail: str, ext: str, style: int = 0) -> str:
    if style == 0:
        return (f"\n--\n日の出産業株式会社 BPO事業本部\n{team}\n{name}\n{_ADDR}\n"
                f"TEL 045-662-3810（内線{ext}）　FAX 045-662-3819\nMail: {mail}\n")
    if style == 1:
        return (f"\n━━━━━━━━━━━━━━━━━━━━━━\n　日の出産業株式会社\n　{team}　{name}\n"
                f"　{_ADDR}\n　TEL：045-662-3810 ／ 直通：045-662-{ext}\n　E-mail：{mail}\n"
                "━━━━━━━━━━━━━━━━━━━━━━\n")
    return (f"\n*************************************\n{name}\n日の出産業(株) {team}\n"
            f"TEL 045-662-3810 (ext.{ext})\n{mail}\n*************************************\n")


SIG_SAEKI = sig("佐伯 真理子", "カード不正モニタリングセンター SV", f"saeki.mariko@{DOM}", "4410")
SIG_OHASHI = sig("大橋 亮介", "チャージバック審査チーム", f"ohashi.ryosuke@{DOM}", "4432", 1)
SIG_TODA = sig("戸田 美穂", "本人確認チーム リーダー", f"toda.miho@{DOM}", "4451", 2)
SIG_KANEKO = sig("金子 達也", "カード不正モニタリングセンター", f"kaneko.tatsuya@{DOM}", "4417")
SIG_NOTO = sig("能登 かおり", "品質管理・個人情報管理責任者", f"noto.kaori@{DOM}", "4400", 1)
SIG_HIRANO = sig("平野 剛", "BPO事業本部 カードセンター長", f"hirano.tsuyoshi@{DOM}", "4401")
SIG_ISHIGURO = sig("石黒 淳", "情報システム課", f"ishiguro.jun@{DOM}", "2210", 2)
SIG_UEHARA = sig("上原 陽子", "経理部", f"uehara.yoko@{DOM}", "1130", 1)
SIG_MORIOKA = (
    "\nBest regards,\n\nKen Morioka\nInternational Disputes Desk\nHinode Sangyo Co., Ltd. (BPO Division)\n"
    "58-2 Yamashita-cho, Naka-ku, Yokohama 231-0023, Japan\nTel: +81-45-662-3810 / ext. 4460\n"
    f"morioka.ken@{DOM}\n")

DISC_JA = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISC_EN = ("\nThis e-mail and any attachments may contain confidential information. If you are not "
           "the intended recipient, please notify the sender immediately and delete this e-mail "
           "and any copies. Any unauthorised use or disclosure is prohibited.\n")

# -- their side ------------------------------------------------------------------------

LUMINA = "瀬戸 直美 <seto.naomi@lumina-card.co.jp>"          # issuer client, 不正対策部
LUMINA2 = "片桐 様 <katagiri.s@lumina-card.co.jp>"            # issuer client, 会員サービス部
MIDORI = "野口 浩之 <noguchi.h@midori-ginko.co.jp>"          # partner bank, カード業務部
HOSHI = "ほしかわペイメント チャージバック窓口 <cb-desk@hoshikawa-pay.co.jp>"  # acquirer
NEXA = "戸川 様 <togawa@nexa-acquiring.com>"                  # acquirer
GCN = "Priya Raman <disputes@gcn-asia.com>"                   # card network, Singapore
ORBIS = "Lukas Brenner <l.brenner@orbispay.eu>"               # network / acquirer, Europe
SHIRAKAWA = "松永 様 <matsunaga@shirakawa-law.jp>"
TSUBASA = "久保田 様 <kubota@tsubasa-system.jp>"
AOBA = "青葉運輸 法人お客様窓口 <houjin@aoba-unyu.co.jp>"
KAWASAKI = "川崎電機 EC事業部 <ec-support@kawasaki-denki.co.jp>"
SAKURA = "さくらホテル 予約課 <reserve@sakura-hotel.jp>"
KITAGUNI = "北国フーズ 通販事業部 <tsuhan@kitaguni-foods.co.jp>"
NISHIKI = "大森 様 <omori@nishiki-insatsu.co.jp>"
POLICE = "坂下 巡査部長 <sakashita-k@police.pref.yamabuki.lg.jp>"
SHOHI = "若葉市消費生活センター <shohi-center@city.wakaba.lg.jp>"

TEAM = f"fraud-team@{DOM}"

MESSAGES: list[dict] = []


def add(**m: object) -> None:
    if m.get("charset") == "iso-2022-jp":  # what a JIS mail client does with the cp932-only forms
        for k in ("body", "html", "subject"):
            if isinstance(m.get(k), str):
                m[k] = m[k].replace("～", "〜").replace("－", "−")
    m.setdefault("cc", [])
    m.setdefault("bcc", [])
    m.setdefault("attachments", [])
    MESSAGES.append(m)

# =====================================================================================
# 001-020
# =====================================================================================

# 001 — daily hold list to the issuer: full card numbers, space-padded columns
_cards = [new_card() for _ in range(5)]
_mer = ["ONLINE GAME CHARGE SG", "AMZ*MKTP JP", "APPLE.COM/BILL", "TRIP*HOTEL HK", "GIFTCARD MALL US"]
_rows = [["受付No.", "カード番号", "利用日時", "加盟店名", "金額(円)"],
         ["-" * 10, "-" * 19, "-" * 11, "-" * 22, "-" * 8]]
for _i, _c in enumerate(_cards):
    _rows.append([f"F0612-{31 + _i * 7:03d}", sp4(_c), f"06/12 {hhmm()}", _mer[_i], f"{yen(9800, 198000):,}"])
add(
    id="cardfraud-001", expect="stop", sender=SAEKI, to=[LUMINA], charset="iso-2022-jp",
    subject="【日次報告】6/12 午前 要確認取引（仮止め5件）",
    body=f"""ルミナスカード株式会社
不正対策部 瀬戸様

いつもお世話になっております。
日の出産業 カード不正モニタリングセンターの佐伯です。

本日9:00～13:00のモニタリングで「要確認」判定となった取引をご報告いたします。
いずれも会員様への架電がつながらず、一時利用停止（仮止め）を実施済みです。

{cols(_rows, [12, 21, 13, 24, 10])}

本止め・再発行の要否について、15時までにご判断いただけますと幸いです。
よろしくお願いいたします。
{SIG_SAEKI}""",
    entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="five full card numbers to the issuer client (external): card numbers always stop",
)

# 002 — retrieval request to an acquirer: ARN, auth code, last 4 only
_arn = "7" + digits(22)
add(
    id="cardfraud-002", expect="pass", sender=OHASHI, to=[HOSHI], charset="utf-8",
    subject="売上票写し（Retrieval Request）送付のお願い／当社受付 CB-25-06-0417",
    body=f"""ほしかわペイメント株式会社
チャージバック窓口 ご担当者様

いつも大変お世話になっております。
日の出産業（ルミナスカード様 業務受託）チャージバック審査チームの大橋でございます。

下記売上につき、会員様より「身に覚えがない」とのお申し出があり、
売上票（またはご注文記録）の写しのご提供をお願いしたくご連絡いたしました。

　当社受付番号 ：CB-25-06-0417
　ARN         ：{_arn}
　承認番号     ：{digits(6)}
　加盟店番号   ：{digits(15)}
　売上日       ：2025/05/28
　金額         ：JPY 86,400
　カード下4桁  ：{rng.randint(1000, 9999)}
　理由コード   ：4837（No Cardholder Authorization）

ご回答期限は6月27日（金）となっております。
お手数をおかけしますが、よろしくお願いいたします。
{SIG_OHASHI}""",
    entities=[], detectors=[],
    note="acquirer request with ARN, auth code, merchant id and last 4 only: no personal data",
)

# 003 — answer to the police: one victim's record, victim of a scam (要配慮)
_v = person()
add(
    id="cardfraud-003", expect="stop", sender=HIRANO, to=[POLICE], charset="iso-2022-jp",
    subject="【回答】捜査関係事項照会書（山サ第1187号）に係る被害者情報について",
    body=f"""山吹県警察本部 生活安全部
サイバー犯罪対策課　坂下巡査部長 殿

平素より大変お世話になっております。
ルミナスカード株式会社の業務委託先、日の出産業株式会社の平野でございます。

6月10日付でご照会いただきました件、カード会社の了承を得ましたので、
下記のとおり回答いたします。

■被害者（カード会員）
　氏名　　：{_v['name']}（{_v['kana']}）
　生年月日：{wareki(_v['dob'])}
　住所　　：〒{_v['zip']} {_v['addr']}
　電話　　：{_v['mobile']}

■被害の概要
　同氏は5月下旬、宅配業者を装ったSMSから偽サイトに誘導され、カード情報を入力。
　その後、海外EC加盟店で計7回、合計412,300円の不正利用被害に遭われました。
　6月3日に若葉中央警察署へ被害届を提出済みと伺っております。

原本は本日付で簡易書留にて発送いたします。
{SIG_HIRANO}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="one identifiable person as a crime victim (要配慮) plus address/DOB, to the police (external)",
)

# 004 — internal hand-over with an XLSX full of card numbers: internal only
_ps = people(8)
_sheet = [["6/13 夜間帯 仮止め一覧（引継ぎ用）"], [],
          ["No", "会員名（カナ）", "カード番号", "登録電話", "判定スコア", "状況"]]
for _i, _p in enumerate(_ps, 1):
    _sheet.append([_i, _p["kana"], sp4(new_card(), "-"), _p["mobile"], rng.randint(820, 990),
                   rng.choice(["架電不通", "留守電", "本人否認", "折返し待ち"])])
add(
    id="cardfraud-004", expect="pass", sender=SAEKI, to=[TEAM],
    cc=[f"kaneko.tatsuya@mail.{DOM}"], charset="iso-2022-jp",
    subject="夜間帯引継ぎ：仮止め8件（6/13）",
    body=f"""夜間チームの皆さん

おつかれさまです、佐伯です。
本日日中に架電が完了しなかった仮止め8件を添付のとおり引き継ぎます。
折返し待ちの2件は、会員様から入電があった際に本人確認のうえ解除判断をお願いします。

※ファイルは共有フォルダ「\\\\fs01\\fraud\\引継ぎ\\2025-06」にも格納しています。
{SIG_SAEKI}""",
    attachments=[{"kind": "xlsx", "name": "引継ぎ_仮止め_20250613.xlsx", "sheets": {"仮止め": _sheet}}],
    entities=["PERSON_NAME", "CREDIT_CARD", "PHONE_NUMBER"], detectors=[],
    note="card list with names and phones, but every recipient is internal (incl. mail. subdomain)",
)

# 005 — fraud reporting batch to a card network abroad: CSV with PANs
_csv = [["PAN", "EXPIRY", "TXN_DATE", "MERCHANT", "MCC", "COUNTRY", "AMOUNT", "CURRENCY", "FRAUD_TYPE"]]
for _ in range(6):
    _csv.append([new_card(), f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}",
                 f"2025-06-{rng.randint(1, 14):02d}", rng.choice(["BESTBUYS ONLINE", "STEAMGAMES",
                 "LUXE WATCH HK", "FLYFAST AIR", "CRYPTO-X EXCHANGE", "GIFT HUB"]),
                 rng.choice(["5732", "5816", "5944", "4511", "6051"]),
                 rng.choice(["SG", "HK", "US", "GB", "NL"]), f"{rng.randint(80, 2400)}.{rng.randint(0, 99):02d}",
                 "USD", rng.choice(["Card Not Present", "Counterfeit", "Account Takeover"])])
add(
    id="cardfraud-005", expect="stop", sender=MORIOKA, to=[GCN], charset="utf-8",
    subject="Fraud reporting batch - Lumina Card - week 24",
    body=f"""Dear Priya,

Please find attached this week's confirmed fraud transactions for Lumina Card (BIN range as agreed).
Six records this time; two of them look like the same counterfeit ring you flagged in May.

Could you confirm receipt and let us know whether you need the terminal IDs as well?
{SIG_MORIOKA}""",
    attachments=[{"kind": "csv", "name": "fraud_report_lumina_w24.csv", "encoding": "utf-8", "rows": _csv}],
    entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="CSV of full PANs to a card network abroad",
)

# 006 — dispute follow-up in English, masked PAN only
add(
    id="cardfraud-006", expect="pass", sender=MORIOKA, to=[GCN], charset="utf-8",
    subject="RE: Dispute GCN-DSP-2025-0048213 - pre-arbitration response",
    body=f"""Hi Priya,

Thanks for the quick turnaround. Our position on the case:

  Case ID         : GCN-DSP-2025-0048213
  Card            : {masked(new_card(), 1)}
  Reason code     : 10.4 (Other Fraud - Card Absent Environment)
  Amount          : USD 1,284.00
  Merchant        : FLYFAST AIR (MID {digits(12)})

The merchant's compelling evidence only shows a matching e-mail domain, not a device or IP match
with prior undisputed transactions, so we do not accept the representment. We will file for
pre-arbitration by 30 June unless the acquirer withdraws.

{SIG_MORIOKA}
> On 12 Jun 2025, Priya Raman wrote:
> Dear Ken, the acquirer has represented the case with the attached evidence. Please advise
> whether the issuer will proceed to pre-arbitration.
""",
    entities=[], detectors=[],
    note="case id, first6/last4 masked PAN, reason code: no personal data",
)

# 007 — look-alike of the partner bank (letter added): harmless statistics
add(
    id="cardfraud-007", expect="stop", sender=OHASHI, to=["野口 浩之 <noguchi.h@midori-ginkou.co.jp>"],
    charset="cp932", subject="5月度 チャージバック処理件数のご報告",
    body=f"""みどり銀行 カード業務部
野口様

いつもお世話になっております。日の出産業の大橋です。
5月度の処理実績をご報告いたします。

　区分　　　　　　受付　完了　仕掛
　不正利用　　　　 142　 131　　11
　商品未着　　　　　38　　35　　 3
　二重請求　　　　　17　　17　　 0
　その他　　　　　　 9　　 8　　 1
　合計　　　　　　 206　 191　　15

平均処理日数は11.4日（前月比 -0.8日）でした。
詳細は月次定例（6/20）にてご説明いたします。
{SIG_OHASHI}""",
    entities=[], detectors=["lookalike_domain"],
    note="midori-ginkou.co.jp is a look-alike of partner midori-ginko.co.jp (letter added)",
)

# 008 — quarterly KPI workbook to the real partner bank
add(
    id="cardfraud-008", expect="pass", sender=HIRANO, to=[MIDORI], charset="iso-2022-jp",
    subject="2025年度第1四半期 業務KPIレポート送付",
    body=f"""みどり銀行 カード業務部
野口様

いつもお世話になっております。日の出産業の平野でございます。
第1四半期のKPIレポートを添付にてお送りします。

主なトピック
・架電応答率は 92.1%（目標90%）で3か月連続達成
・不正検知後の平均初動時間 14分 → 11分 に短縮
・チャージバック回収率は 68.5%（前年同期 63.0%）

ご不明な点がございましたらお知らせください。
{SIG_HIRANO}""",
    attachments=[{"kind": "xlsx", "name": "KPI_2025Q1_みどり銀行様.xlsx", "sheets": {
        "サマリー": [["2025年度 第1四半期 KPIサマリー"], [], ["指標", "4月", "5月", "6月", "目標"],
                   ["架電応答率(%)", 91.4, 92.8, 92.1, 90.0], ["平均初動時間(分)", 14, 12, 11, 15],
                   ["誤検知率(%)", 3.2, 2.9, 2.7, 3.5], ["CB回収率(%)", 66.2, 69.0, 68.5, 65.0]],
        "理由コード別": [["理由コード別 受付件数"], ["コード", "内容", "件数"],
                     ["4837", "No Cardholder Authorization", 311], ["4853", "Cardholder Dispute", 92],
                     ["4834", "Duplicate Processing", 41], ["4863", "Cardholder Does Not Recognize", 27]],
        "業種別": [["加盟店業種(MCC)別"], ["MCC", "業種", "件数", "金額(千円)"],
                ["5732", "家電量販", 58, 9120], ["5816", "デジタルゲーム", 122, 4380],
                ["4511", "航空", 19, 6710], ["5944", "宝飾・時計", 11, 8830]]}}],
    entities=[], detectors=[],
    note="aggregate KPI figures to the real partner bank: no people",
)

# 009 — identity check: one licence number in a sentence, 和暦 full-width DOB
_p = person()
_lic = f"{rng.choice(['30', '45', '62', '73', '85'])}{digits(10)}"
add(
    id="cardfraud-009", expect="stop", sender=TODA, to=[LUMINA2], charset="iso-2022-jp",
    subject="Re: 本人確認結果のご報告（受付 ID-250611-022）",
    body=f"""片桐様

お世話になっております。日の出産業 本人確認チームの戸田です。

ご依頼の件、本日14時に会員様と通話がつながり、{_p['name']}様（{wareki(_p['dob'], 'zen')}生）
ご本人であることを運転免許証（第{zen(_lic)}号）の提示にて確認いたしました。
ご住所の変更はなく、5月末の海外利用3件はいずれもご本人のご利用とのことです。

仮止めは解除して差し支えないと判断しております。ご確認をお願いいたします。
{SIG_TODA}
> 戸田様
> ID-250611-022 の件、本人確認の結果をご連絡ください。
> ルミナスカード 片桐
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"], detectors=["personal_data"],
    note="one cardholder's driving-licence number (full-width) in a sentence to the issuer",
)

# 010 — callback list without a name column, tab-separated
_ps = people(6)
_lines = ["会員番号\t登録電話\t生年月日\t登録住所"]
for _p in _ps:
    _lines.append(f"LM{digits(8)}\t{_p['mobile']}\t{seireki(_p['dob'])}\t{_p['addr']}")
_tab = "\n".join(_lines)
add(
    id="cardfraud-010", expect="stop", sender=KANEKO, to=[LUMINA2], charset="cp932",
    subject="翌営業日架電のお願い（不通6件）",
    body=f"""ルミナスカード 会員サービス部
片桐様

お疲れ様です。日の出産業 金子です。
本日3回架電してもつながらなかった会員様6件です。
明日の午前中、貴社コールセンターからの架電をお願いできますでしょうか。

{_tab}

※いずれも海外ECでの高額利用で仮止め中です。
{SIG_KANEKO}""",
    entities=["PHONE_NUMBER", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="six people's phone/DOB/address rows without a name column, to the issuer",
)

# 011 — list of merchants (businesses) with 法人番号 and switchboards
_mrows = [["加盟店名", "加盟店ID", "法人番号", "代表電話", "所在地"]]
for _n, _a, _t in [("株式会社ときめきガジェット", "東京都渋谷区道玄坂1-19-8", "03-6416-"),
                   ("ゆめやオンライン株式会社", "大阪府大阪市北区梅田2-4-21", "06-6341-"),
                   ("合同会社ルクス時計店", "東京都中央区銀座6-11-3", "03-3571-"),
                   ("株式会社ギフトハブジャパン", "福岡県福岡市中央区天神3-2-10", "092-715-"),
                   ("株式会社エアポートトラベルサービス", "千葉県成田市花崎町828-5", "0476-22-"),
                   ("株式会社デジコインマート", "東京都港区芝5-26-20", "03-5443-")]:
    _mrows.append([_n, f"NX{digits(9)}", corp_number(), f"{_t}{digits(4)}", _a])
add(
    id="cardfraud-011", expect="pass", sender=OHASHI, to=[NEXA], charset="utf-8",
    subject="不正利用多発加盟店（6月前半）のご連絡",
    body="""ネクサ・アクワイアリング株式会社
加盟店管理部 戸川様

いつもお世話になっております。日の出産業の大橋です。
6月1日～15日に不正利用のチャージバックが5件以上発生した加盟店を下記にまとめました。
加盟店様へのモニタリング強化のご検討をお願いできればと存じます。

""" + "\n".join(" / ".join(r) for r in _mrows) + f"""

件数の内訳は別途お送りするCB明細をご参照ください。
{SIG_OHASHI}""",
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="list of merchants (companies): 法人番号, switchboards, office addresses — not people",
)

# 012 — three merchants in To: they see each other
add(
    id="cardfraud-012", expect="stop", sender=SAEKI,
    to=["ゆめやオンライン 不正対策ご担当 <security@yumeya-online.jp>",
        "ときめきガジェット カスタマー <cs@tokimeki-gadget.com>",
        "ジュエリー彩光 EC担当 <ec@saiko-jewelry.co.jp>"],
    charset="iso-2022-jp",
    subject="【注意喚起】同一グループによる不正注文の疑いについて",
    body=f"""加盟店各位

いつもお世話になっております。
ルミナスカード株式会社の委託を受け不正モニタリングを行っております、日の出産業の佐伯です。

6月第2週以降、貴社を含む複数のECサイトで、以下の特徴を持つ注文が相次いでおります。
・深夜1時～4時台の注文、配送先は「営業所止め」
・注文者名と配送先氏名が異なる
・同一端末から短時間に複数カードで決済を試行

該当注文がございましたら出荷前に保留いただき、当センターまでご一報ください。
{SIG_SAEKI}""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external merchants in To can see each other: should have been Bcc",
)

# 013 — the same sort of notice, done right (Bcc)
add(
    id="cardfraud-013", expect="pass", sender=SAEKI, to=[f"fraud-center@{DOM}"],
    bcc=["security@yumeya-online.jp", "cs@tokimeki-gadget.com", "ec@saiko-jewelry.co.jp",
         "info@hanamaru-ticket.jp"],
    charset="iso-2022-jp",
    subject="年末年始に向けた不正注文対策のお願い",
    body=f"""加盟店各位（BCCにて一斉送信しております）

平素より格別のご高配を賜り厚く御礼申し上げます。
日の出産業株式会社 カード不正モニタリングセンターでございます。

例年、年末年始は家電・ギフト券・チケットを狙った不正注文が増加いたします。
3Dセキュア（本人認証サービス）の必須化、および高額注文時の目視確認について
あらためてご協力をお願い申し上げます。

ご不明点は下記までお問い合わせください。
{SIG_SAEKI}""",
    entities=[], detectors=[],
    note="merchants in Bcc only, To is internal: nobody sees anybody",
)

# 014 — PDF analysis with a 社外秘 page header, to the law firm
add(
    id="cardfraud-014", expect="stop", sender=HIRANO, to=[SHIRAKAWA], charset="iso-2022-jp",
    subject="上期 不正利用傾向分析レポートの送付",
    body=f"""白川法律事務所
松永様

いつもお世話になっております。日の出産業の平野です。
白川先生よりご依頼のありました上期の傾向分析資料を添付いたします。
7月の打合せの前にお目通しいただけますと幸いです。
{SIG_HIRANO}""",
    attachments=[{"kind": "pdf", "name": "不正利用傾向分析_2025上期.pdf", "page_header": "社外秘",
                  "title": "不正利用傾向分析 2025年上期",
                  "lines": ["不正利用傾向分析レポート（2025年1月～6月）", "",
                            "1. 総括：CNP（非対面）不正が全体の 87% を占める",
                            "2. 手口：フィッシングSMS経由のカード情報窃取が前年比 1.6 倍",
                            "3. 加盟店業種：デジタルコンテンツ、家電、航空券が上位",
                            "4. 対策：3Dセキュア2.0 未導入加盟店での被害が 74%"],
                  "table": [["月", "件数", "金額(千円)"], ["1月", "318", "41,220"], ["2月", "296", "38,905"],
                            ["3月", "351", "47,118"], ["4月", "402", "52,760"], ["5月", "377", "49,031"],
                            ["6月", "365", "45,887"]]}],
    entities=[], detectors=["confidential_marking"],
    note="PDF stamped 社外秘 in its page header goes to an external law firm",
)

# 015 — NDA talk with the law firm + standard disclaimer
add(
    id="cardfraud-015", expect="pass", sender=NOTO, to=[SHIRAKAWA], charset="iso-2022-jp",
    subject="Re: 秘密保持契約書（案）の修正について",
    body=f"""白川法律事務所
松永様

いつもお世話になっております。日の出産業の能登でございます。
秘密保持契約書（案）へのコメント、ありがとうございました。

当社からの修正希望は以下の2点です（修正履歴付きファイルを添付します）。
1. 第3条：「秘密情報」の定義から、公知の情報および独自に開発した情報を除外
2. 第8条：有効期間を契約終了後3年間から5年間へ

ご確認のほど、よろしくお願いいたします。
{SIG_NOTO}{DISC_JA}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_v3_日の出産業修正.docx",
                  "title": "秘密保持契約書（案）",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）と白川法律事務所（以下「乙」という。）は、"
                                 "次のとおり秘密保持契約を締結する。",
                                 "第1条（目的）本契約は、甲乙間の業務委託に関して開示される秘密情報の取扱いを定める。",
                                 "第3条（秘密情報）本契約において秘密情報とは、開示者が秘密である旨を明示して開示した"
                                 "情報をいう。ただし、公知の情報及び受領者が独自に開発した情報を除く。",
                                 "第8条（有効期間）本契約の有効期間は、契約終了後5年間とする。"]}],
    entities=[], detectors=[],
    note="mail about an NDA with a draft NDA and the standard disclaimer: no marking, no data",
)

# 016 — PPAP zip to the issuer
add(
    id="cardfraud-016", expect="stop", sender=OHASHI, to=[LUMINA], charset="iso-2022-jp",
    subject="チャージバック申請書類一式（6月第3週分）",
    body=f"""瀬戸様

お世話になっております。日の出産業の大橋です。
6月第3週分の申請書類一式をお送りします。
解凍パスワードは別メールにてお送りいたします。
{SIG_OHASHI}""",
    attachments=[{"kind": "zip", "name": "CB申請_2025W25.zip", "password": "Lm#2506w25",
                  "files": [{"kind": "txt", "name": "readme.txt", "text": "申請書類 12件"}]}],
    entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP): cannot be scanned",
)

# 017 — corrupt xlsx re-sent to the acquirer
add(
    id="cardfraud-017", expect="stop", sender=OHASHI, to=[HOSHI], charset="utf-8",
    subject="RE: 添付ファイルが開けない件（CB明細 6/13）",
    body=f"""ほしかわペイメント
チャージバック窓口 ご担当者様

お世話になっております。日の出産業の大橋です。
ファイルが開けないとのご連絡ありがとうございます。保存し直したものを再送いたします。
こちらでも開けない場合はお手数ですがお知らせください。
{SIG_OHASHI}
-----Original Message-----
From: cb-desk@hoshikawa-pay.co.jp
Sent: Friday, June 13, 2025 4:52 PM
Subject: 添付ファイルが開けない件（CB明細 6/13）

日の出産業 大橋様
本日いただいたExcelファイルが「破損しています」と表示され開けません。再送をお願いします。
""",
    attachments=[{"kind": "corrupt", "name": "CB明細_20250613.xlsx"}],
    entities=[], detectors=["unscannable_attachment"],
    note="corrupt XLSX attachment to an external acquirer",
)

# 018 — reply to a victim on free mail: guidance only
add(
    id="cardfraud-018", expect="pass", sender=KANEKO, to=["mitsuki.hr0327@gmail.com"], charset="iso-2022-jp",
    subject="Re: カードの不正利用について",
    body=f"""ご連絡ありがとうございます。
ルミナスカード 不正利用受付窓口（運営：日の出産業株式会社）の金子と申します。

お申し出のカードは本日付で利用停止とし、新しい番号のカードを再発行いたします。
お手元には1週間から10日ほどでご登録住所へお届けの予定です。

身に覚えのないご利用分は、調査完了後にご請求から取り消しとなります。
ご利用代金明細に表示されている場合も、お支払いの必要はございません。

※本メールへの返信でカード番号や暗証番号をお送りいただくことはお控えください。
{SIG_KANEKO}""",
    entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient (the victim), generic guidance, no personal data",
)

# 019 — reply to a victim; their card number and address only in the quoted text
_p = person()
_c = new_card()
_q = f"""> 件名: 身に覚えのない請求
> 送信日時: 2025年6月14日 22:41
>
> ルミナスカードご担当者様
> 明細に知らない海外サイトの請求が3件あります。
> カード番号 {sp4(_c, '-')}
> 名前 {_p['name']}
> 住所 {_p['addr']}
> 電話 {_p['mobile']}
> 至急止めてください。"""
add(
    id="cardfraud-019", expect="pass", sender=KANEKO, to=[f"{_p['romaji'].lower().replace(' ', '.')}@icloud.com"],
    charset="utf-8", subject="Re: 身に覚えのない請求",
    body=f"""{_p['sei']}様

ルミナスカード 不正利用受付窓口の金子でございます。
お知らせいただいたカードは、昨夜のうちに利用停止の手続きを完了しております。

なお、安全のため、今後はメールにカード番号等を記載なさらないようお願いいたします。
詳しい状況を伺いたく、明日午前中に登録のお電話番号へご連絡いたします。
{SIG_KANEKO}
{_q}
""",
    entities=[], detectors=["freemail_recipient"],
    note="card number/address only in quoted text the recipient wrote; new text carries nothing",
)

# 020 — forward of a victim's mail (card number, address) to a merchant
_p = person()
_c = new_card()
add(
    id="cardfraud-020", expect="stop", sender=SAEKI, to=["ときめきガジェット カスタマー <cs@tokimeki-gadget.com>"],
    charset="iso-2022-jp", subject="FW: 注文した覚えのない商品が届きました",
    body=f"""ときめきガジェット
カスタマーサポート ご担当者様

お世話になっております。日の出産業の佐伯です。
下記、カード会員様からのお申し出を転送いたします。
貴社サイトでの注文（注文番号 TG-884120）の登録情報と照合いただけますでしょうか。

---------- Forwarded message ---------
From: {_p['name']} <{_p['email']}>
Date: 2025年6月13日(金) 19:05
Subject: 注文した覚えのない商品が届きました
To: ルミナスカード お客様窓口

本日、ときめきガジェットからワイヤレスイヤホンが届きましたが注文していません。
カードの明細にも 39,800円 の請求があります。

氏名：{_p['name']}
カード番号：{sp4(_c)}
住所：〒{_p['zip']} {_p['addr']}
電話：{_p['mobile']}
{SIG_SAEKI}""",
    entities=["PERSON_NAME", "CREDIT_CARD", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forwarded mail is new text to the merchant: full card number + address of a cardholder",
)

# =====================================================================================
# 021-040
# =====================================================================================

# 021 — HTML-only table: account-takeover cases, 5 people
_ps = people(5)
_tr = "\n".join(
    f"<tr><td>{_i}</td><td>{_p['kana']}</td><td>{_p['mobile']}</td><td>{_p['email']}</td>"
    f"<td>{_p['addr']}</td><td>{rng.choice(['6/11', '6/12', '6/13'])} {hhmm()}</td></tr>"
    for _i, _p in enumerate(_ps, 1))
add(
    id="cardfraud-021", expect="stop", sender=SAEKI, to=[LUMINA], charset="utf-8",
    subject="会員サイト 不正ログイン・登録情報変更の疑い（5件）",
    html=f"""<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10pt">
<p>ルミナスカード株式会社<br>不正対策部 瀬戸様</p>
<p>いつもお世話になっております。日の出産業の佐伯です。<br>
会員サイトにて、海外IPからのログイン直後にメールアドレスが変更された会員様が5件ございました。
いずれもカードは仮止め済みです。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde6f0"><th>No</th><th>会員氏名（カナ）</th><th>登録電話</th><th>変更後メールアドレス</th><th>変更前住所</th><th>変更日時</th></tr>
{_tr}
</table>
<p>パスワードリセットの強制実施をご検討ください。</p>
<p>--<br>日の出産業株式会社 カード不正モニタリングセンター<br>佐伯 真理子<br>TEL 045-662-3810（内線4410）</p>
</body></html>""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS"], detectors=["personal_data"],
    note="HTML-only mail with a table of five people's contact data to the issuer",
)

# 022 — HTML-only table of service desks (businesses) to the consumer centre
add(
    id="cardfraud-022", expect="pass", sender=NOTO, to=[SHOHI], charset="utf-8",
    subject="ルミナスカード 相談窓口一覧の送付について",
    html=f"""<html><body>
<p>若葉市消費生活センター<br>ご担当者様</p>
<p>いつもお世話になっております。日の出産業株式会社の能登でございます。<br>
先日お問い合わせいただきました、カード不正利用に関する相談窓口の一覧をお送りいたします。
市民の方からご相談があった際のご案内にご活用ください。</p>
<table border="1" cellpadding="3" cellspacing="0">
<thead><tr><th>窓口</th><th>所在地</th><th>電話</th><th>受付時間</th></tr></thead>
<tbody>
<tr><td>不正利用受付デスク（24時間）</td><td>神奈川県横浜市中区山下町58-2</td><td>0120-81-3801</td><td>24時間365日</td></tr>
<tr><td>会員サービスセンター 東京</td><td>東京都千代田区内神田2-8-4</td><td>03-5289-7710</td><td>9:00～17:00</td></tr>
<tr><td>会員サービスセンター 大阪</td><td>大阪府大阪市中央区備後町3-6-2</td><td>06-6223-4180</td><td>9:00～17:00</td></tr>
<tr><td>会員サービスセンター 福岡</td><td>福岡県福岡市博多区博多駅前2-19-24</td><td>092-473-6620</td><td>9:00～17:00</td></tr>
<tr><td>盗難・紛失専用ダイヤル</td><td>―</td><td>0120-81-3802</td><td>24時間365日</td></tr>
</tbody></table>
<p>日の出産業株式会社 品質管理・個人情報管理責任者 能登 かおり<br>TEL 045-662-3810</p>
</body></html>""",
    entities=[], detectors=[],
    note="HTML table of service desks: businesses' switchboards and office addresses, not people",
)

# 023 — DOCX victim statement with a residence-card number
_p = person()
_rc = f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(8)}{rng.choice(['CD', 'FA', 'EK', 'JR'])}"
add(
    id="cardfraud-023", expect="stop", sender=TODA, to=[LUMINA2], charset="iso-2022-jp",
    subject="不正利用被害申告書（受付 ID-250612-009）",
    body=f"""片桐様

お世話になっております。日の出産業 本人確認チームの戸田です。
電話で聴取した内容を申告書の様式に起こしましたので、添付にてお送りします。
会員様ご本人の署名は郵送で回収予定です。
{SIG_TODA}""",
    attachments=[{"kind": "docx", "name": "被害申告書_ID-250612-009.docx", "title": "不正利用被害申告書",
                  "paragraphs": ["カード不正利用 被害申告書", "受付番号：ID-250612-009　聴取日：2025年6月12日"],
                  "tables": [[["項目", "内容"], ["氏名", _p["emboss"]], ["生年月日", seireki(_p["dob"], "kanji")],
                              ["住所", f"〒{_p['zip']} {_p['addr']}"], ["電話", _p["mobile"]],
                              ["本人確認書類", f"在留カード（番号 {_rc}）"],
                              ["被害内容", "6/8～6/10 に海外ゲームサイトで計5回 合計 96,500円"]]]}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_RESIDENCE_CARD"],
    detectors=["personal_data"],
    note="DOCX with one cardholder's residence-card number and address to the issuer",
)

# 024 — XLSX with several sheets, title row: chargeback ledger with names and PANs
_ps = people(7)
_s1 = [["ルミナスカード様 チャージバック案件管理表（2025年6月受付分）"], ["作成：日の出産業 CB審査チーム"],
       ["案件番号", "会員氏名", "カード番号", "連絡先", "売上日", "金額", "理由"]]
for _i, _p in enumerate(_ps):
    _s1.append([f"CB-25-06-{402 + _i:04d}", _p["name"], new_card(), _p["mobile"],
                f"2025/05/{rng.randint(10, 31):02d}", yen(3000, 250000),
                rng.choice(["不正利用", "商品未着", "二重請求", "解約済み定期課金"])])
_s2 = [["対応履歴"], ["案件番号", "日付", "担当", "内容"],
       ["CB-25-06-0402", "2025/06/03", "大橋", "アクワイアラへ申請"],
       ["CB-25-06-0404", "2025/06/05", "大橋", "加盟店反論あり、再申請検討"],
       ["CB-25-06-0407", "2025/06/09", "今井", "会員へ追加資料依頼"]]
add(
    id="cardfraud-024", expect="stop", sender=OHASHI, to=[LUMINA], cc=[f"hirano.tsuyoshi@{DOM}"],
    charset="iso-2022-jp", subject="6月受付分 チャージバック案件管理表（中間）",
    body=f"""瀬戸様

お世話になっております。日の出産業の大橋です。
6月受付分の案件管理表（中間版）を送付いたします。
「対応履歴」シートに加盟店からの反論状況を追記しております。
{SIG_OHASHI}""",
    attachments=[{"kind": "xlsx", "name": "CB案件管理表_202506_中間.xlsx",
                  "sheets": {"案件一覧": _s1, "対応履歴": _s2}}],
    entities=["PERSON_NAME", "CREDIT_CARD", "PHONE_NUMBER"], detectors=["personal_data"],
    note="XLSX ledger of seven cardholders with full card numbers and phones to the issuer",
)

# 025 — XLSX merchant ranking and daily trend: no people
_days = [["日別推移（件数）"], ["日付", "検知", "仮止め", "本止め", "誤検知"]]
for _d in range(1, 15):
    _k = rng.randint(80, 160)
    _days.append([f"6/{_d}", _k, _k // 3, _k // 7, rng.randint(2, 9)])
add(
    id="cardfraud-025", expect="pass", sender=SAEKI, to=[LUMINA], charset="iso-2022-jp",
    subject="6月前半 検知実績と加盟店別ランキング",
    body=f"""瀬戸様

いつもお世話になっております。日の出産業の佐伯です。
6月1日～14日の検知実績をお送りします。
デジタルコンテンツ系の加盟店が引き続き上位を占めております。
{SIG_SAEKI}""",
    attachments=[{"kind": "xlsx", "name": "検知実績_202506前半.xlsx", "sheets": {
        "日別推移": _days,
        "加盟店ランキング": [["加盟店別 不正検知件数 TOP5"], ["順位", "加盟店名", "MCC", "件数"],
                        [1, "STEAMGAMES", "5816", 74], [2, "GIFT HUB", "5947", 51],
                        [3, "ときめきガジェット", "5732", 33], [4, "FLYFAST AIR", "4511", 21],
                        [5, "ゆめやオンライン", "5311", 18]]}}],
    entities=[], detectors=[],
    note="aggregate figures and merchant ranking: no personal data",
)

# 026 — PPTX with a 社外秘 footer on every slide, to the system vendor
add(
    id="cardfraud-026", expect="stop", sender=ISHIGURO, to=[TSUBASA], charset="iso-2022-jp",
    subject="検知ルール見直し案（打合せ資料）",
    body=f"""ツバサシステム株式会社
久保田様

お世話になっております。日の出産業 情報システム課の石黒です。
来週の打合せ資料を先にお送りします。スコア閾値の変更案は4枚目です。
{SIG_ISHIGURO}""",
    attachments=[{"kind": "pptx", "name": "検知ルール見直し案_0618.pptx", "page_footer": "社外秘 / Internal Use Only",
                  "slides": [["検知ルール見直し案", "2025年6月18日", "日の出産業 情報システム課"],
                             ["現状の課題", "誤検知率 2.7%", "深夜帯の検知遅延", "少額テスト決済の見逃し"],
                             ["見直し方針", "ベロシティルールの追加", "デバイス指紋の活用"],
                             ["閾値変更案", "スコア 850 → 820", "少額（1,000円未満）連続3回で仮止め"]]}],
    entities=[], detectors=["confidential_marking"],
    note="PPTX marked 社外秘 / Internal Use Only on each slide to an external vendor",
)

# 027 — PPTX without marking; the body mentions 機密 in passing
add(
    id="cardfraud-027", expect="pass", sender=ISHIGURO, to=[TSUBASA], charset="utf-8",
    subject="次期スコアリングエンジン導入スケジュール（案）",
    body=f"""久保田様

いつもお世話になっております。石黒です。
導入スケジュール案を添付いたします。
会員データなど機密性の高い情報は含めておりませんので、貴社内で自由に回覧いただいて構いません。
テスト環境の準備時期についてご意見をいただけますと幸いです。
{SIG_ISHIGURO}""",
    attachments=[{"kind": "pptx", "name": "スコアリング導入スケジュール案.pptx",
                  "slides": [["次期スコアリングエンジン導入", "スケジュール（案）"],
                             ["フェーズ1（7月～8月）", "要件定義", "テスト環境構築"],
                             ["フェーズ2（9月～10月）", "並行稼働", "閾値チューニング"],
                             ["フェーズ3（11月）", "本番切替", "旧エンジン停止"]]}],
    entities=[], detectors=[],
    note="project schedule deck; 機密 only mentioned in a sentence, no marking, no data",
)

# 028 — CSV (cp932) call results with half-width kana names
_ps = people(8)
_csv = [["会員ｶﾅ氏名", "電話番号", "架電日時", "結果", "備考"]]
for _p in _ps:
    _csv.append([hankaku(_p["kana"]), _p["mobile"], f"2025/06/13 {hhmm()}",
                 rng.choice(["本人利用", "不正（否認）", "不通", "留守電"]),
                 rng.choice(["", "再発行希望", "家族が利用", "SMS送付済"])])
add(
    id="cardfraud-028", expect="stop", sender=KANEKO, to=[LUMINA2], charset="cp932",
    subject="架電結果（6/13分）",
    body=f"""片桐様

お疲れ様です。日の出産業の金子です。
6/13分の架電結果をCSVでお送りします。ご確認をお願いします。
{SIG_KANEKO}""",
    attachments=[{"kind": "csv", "name": "架電結果_20250613.csv", "encoding": "cp932", "rows": _csv}],
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="CSV of eight people (half-width kana names, phones) to the issuer",
)

# 029 — one card number in full-width digits, in a sentence, to a merchant partner
_c = new_card()
add(
    id="cardfraud-029", expect="stop", sender=SAEKI, to=[KAWASAKI], charset="iso-2022-jp",
    subject="ご注文 KD-20250611-00873 の決済について（ご確認のお願い）",
    body=f"""川崎電機株式会社
EC事業部 ご担当者様

いつもお世話になっております。日の出産業の佐伯です。

貴社オンラインストアのご注文（注文番号 KD-20250611-00873、ノートPC 1台）の決済に
使用されたカード番号{zen(_c)}について、カード会員様から不正利用のお申し出がございました。

出荷前であれば、お手数ですが出荷を保留いただけますでしょうか。
{SIG_SAEKI}""",
    entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a full card number written in full-width digits, to a partner merchant",
)

# 030 — order detail request with order and tracking numbers, masked card
add(
    id="cardfraud-030", expect="pass", sender=SAEKI, to=[KAWASAKI], charset="iso-2022-jp",
    subject="Re: ご注文情報のご提供依頼（3件）",
    body=f"""川崎電機 EC事業部 ご担当者様

お世話になっております。日の出産業の佐伯です。
昨日ご相談した3件について、下記の情報を確認させてください。

　注文番号　　　　　　　 配送伝票番号（青葉運輸）　カード末尾
　KD-20250609-00412　　　4412-8830-{digits(4)}　　　 ****{digits(4)}
　KD-20250610-01177　　　4412-8831-{digits(4)}　　　 ****{digits(4)}
　KD-20250611-00873　　　（未出荷）　　　　　　　　 ****{digits(4)}

確認したい項目：注文時のIPアドレス、端末情報、3Dセキュア認証結果の有無
ご注文者様の個人情報は不要です。
{SIG_SAEKI}""",
    entities=[], detectors=[],
    note="order numbers, tracking numbers and masked cards only; explicitly no personal data",
)

# 031 — five parcels' recipients (name, address, phone) to the carrier
_ps = people(5)
_lines = []
for _p in _ps:
    _lines.append(f"■ 伝票番号 {digits(4)}-{digits(4)}-{digits(4)}\n"
                  f"　お届け先：{_p['name']} 様\n　住所：{_p['addr']}\n　電話：{_p['mobile']}")
add(
    id="cardfraud-031", expect="stop", sender=SAEKI, to=[AOBA], charset="iso-2022-jp",
    subject="配達状況および受取人確認のお願い（不正注文の疑い 5件）",
    body=f"""青葉運輸株式会社
法人お客様窓口 ご担当者様

いつもお世話になっております。日の出産業株式会社の佐伯と申します。
カード不正利用の調査にあたり、下記5件の配達状況と受取時の状況をご確認いただけますでしょうか。
いずれも届け先が実在の会員様住所と一致しておらず、転送業者の可能性がございます。

""" + "\n\n".join(_lines) + f"""

ご回答は本メールへの返信で構いません。
{SIG_SAEKI}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five recipients' name/address/phone blocks to the carrier partner",
)

# 032 — two parcels only: under the list threshold
_ps = people(2)
add(
    id="cardfraud-032", expect="pass", sender=SAEKI, to=[AOBA], charset="iso-2022-jp",
    subject="Re: 配達状況のご確認（2件）",
    body=f"""青葉運輸 法人お客様窓口 ご担当者様

ご回答ありがとうございました。追加で2件、配達完了時の受領印の有無を教えてください。

1) 伝票 {digits(4)}-{digits(4)}-{digits(4)}　{_ps[0]['name']} 様　{_ps[0]['addr']}
2) 伝票 {digits(4)}-{digits(4)}-{digits(4)}　{_ps[1]['name']} 様　{_ps[1]['addr']}

よろしくお願いいたします。
{SIG_SAEKI}
> 日の出産業 佐伯様
> お問い合わせの5件、いずれも6/12に配達完了、置き配指定でございました。
> 青葉運輸 法人お客様窓口
""",
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="two recipients' name and address to the carrier: under five, may be warned",
)

# 033 — dementia diagnosis of one cardholder, to a jeweller
_p = person()
add(
    id="cardfraud-033", expect="stop", sender=OHASHI, to=["ジュエリー彩光 EC担当 <ec@saiko-jewelry.co.jp>"],
    charset="iso-2022-jp", subject="ご注文取消のご相談（注文番号 SJ-0529-118）",
    body=f"""株式会社ジュエリー彩光
EC担当 ご担当者様

お世話になっております。ルミナスカードの業務委託先、日の出産業の大橋でございます。

5月29日の貴社オンラインショップでのご注文（ダイヤモンドネックレス 1,280,000円）について、
カード会員の{_p['name']}様（{age(_p['dob'])}歳）のご家族からご相談がございました。
ご家族によれば、{_p['sei']}様は昨年アルツハイマー型認知症との診断を受けており、
ご注文の記憶がないとのことです。

契約の取消しについてご検討いただけますでしょうか。診断書の写しは別途ご家族から取り寄せ予定です。
{SIG_OHASHI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named cardholder's medical diagnosis (要配慮) to an external merchant",
)

# 034 — the same kind of case, discussed internally only
_p = person()
add(
    id="cardfraud-034", expect="pass", sender=TODA, to=[f"hirano.tsuyoshi@{DOM}", f"noto.kaori@{DOM}"],
    charset="iso-2022-jp", subject="【相談】ご家族からの取消申出（精神疾患）の扱いについて",
    body=f"""平野さん、能登さん

おつかれさまです。戸田です。判断に迷う案件のため相談させてください。

会員：{_p['name']}様（{_p['mobile']}）
ご家族（母）から、ご本人が統合失調症で通院中であり、6月上旬のオンラインカジノ関連の
利用（計38万円）は症状によるものなので取り消してほしい、とのお申し出です。
ご本人は「自分で使った」と話しており、不正利用には該当しない見込みです。

カード会社へのエスカレーションの要否、明日の朝会で相談させてください。
{SIG_TODA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=[],
    note="sensitive health information, but all recipients are internal",
)

# 035 — a merchant representative's arrest, to the issuer
_p = person()
add(
    id="cardfraud-035", expect="stop", sender=HIRANO, to=[LUMINA], charset="iso-2022-jp",
    subject="加盟店調査結果のご報告（合同会社ルクス時計店）",
    body=f"""瀬戸様

お世話になっております。日の出産業の平野です。
ご依頼の加盟店調査について、途中経過をご報告いたします。

・当該加盟店は2023年設立、売上の9割が海外発行カードによる決済
・代表社員の{_p['name']}氏は、2024年11月に別会社での詐欺容疑により逮捕され、
　その後不起訴となっていることが報道で確認できました
・現在も同氏が実質的に経営しているとみられます

アクワイアラへの加盟店契約見直しの申し入れをご検討ください。
{SIG_HIRANO}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named person's arrest (criminal record, 要配慮) to the issuer",
)

# 036 — merchant told that a named cardholder was a fraud victim (borderline)
_p = person()
add(
    id="cardfraud-036", expect="either", sender=SAEKI, to=["はなまるチケット お客様窓口 <info@hanamaru-ticket.jp>"],
    charset="iso-2022-jp", subject="チケット購入（受付番号 HM-77120）の取消について",
    body=f"""はなまるチケット株式会社
お客様窓口 ご担当者様

お世話になっております。日の出産業の佐伯でございます。
6月7日の公演チケット購入（受付番号 HM-77120、2枚 17,600円）につきまして、
カード会員の{_p['name']}様は第三者によるカードの不正利用の被害に遭われていることが確認されました。

チケットの発券停止と売上取消をお願いできますでしょうか。
{SIG_SAEKI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="named cardholder as a card-fraud victim to the merchant: crime-victim fact or routine chargeback context",
)

# 037 — look-alike of the law firm (co. inserted) with one debtor's record
_p = person()
add(
    id="cardfraud-037", expect="stop", sender=OHASHI, to=["松永 様 <matsunaga@shirakawa-law.co.jp>"],
    charset="iso-2022-jp", subject="支払督促申立て準備の件（債務者情報）",
    body=f"""白川法律事務所
松永様

お世話になっております。日の出産業の大橋です。
先日ご相談した、不正利用を装った返金請求の件で、債務者情報をお送りします。

債務者：{_p['name']}
住所：{_p['addr']}
請求額：1,146,000円（返金済み額）

申立書のドラフトをいただけますと幸いです。
{SIG_OHASHI}""",
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["lookalike_domain", "personal_data"],
    note="shirakawa-law.co.jp imitates partner shirakawa-law.jp (another TLD)",
)

# 038 — look-alike of our own domain (co. dropped)
add(
    id="cardfraud-038", expect="stop", sender=KANEKO, to=[f"佐伯 真理子 <saeki.mariko@hinode-sangyo.jp>"],
    charset="iso-2022-jp", subject="来週のシフト交代の件",
    body="""佐伯さん

おつかれさまです。金子です。
来週水曜の夜間シフトですが、Bチームの方と交代することになりました。
シフト表の更新をお願いできますでしょうか。

金子""",
    entities=[], detectors=["lookalike_domain"],
    note="hinode-sangyo.jp looks like our own hinode-sangyo.co.jp (co. dropped): external look-alike",
)

# 039 — homoglyph look-alike of the vendor (rn for m)
add(
    id="cardfraud-039", expect="stop", sender=ISHIGURO, to=["久保田 様 <kubota@tsubasa-systern.jp>"],
    charset="utf-8", subject="検知ログ抽出のご依頼（6/1～6/14）",
    body=f"""久保田様

お世話になっております。石黒です。
6/1～6/14のスコアリングログ（スコア800以上のみ）の抽出をお願いできますでしょうか。
項目は前回と同じで構いません。納期は6/20を希望します。
{SIG_ISHIGURO}""",
    entities=[], detectors=["lookalike_domain"],
    note="tsubasa-systern.jp ('rn' for 'm') imitates partner tsubasa-system.jp",
)

# 040 — a different, real merchant whose name merely resembles a partner
add(
    id="cardfraud-040", expect="pass", sender=SAEKI, to=["北風フーズ 通販担当 <ec-info@kitakaze-foods.jp>"],
    charset="iso-2022-jp", subject="加盟店様向け 不正対策説明会（オンライン）のご案内",
    body=f"""株式会社北風フーズ
通販ご担当者様

はじめてご連絡いたします。ネクサ・アクワイアリング様のご紹介により、
カード不正対策の説明会をご案内しております日の出産業の佐伯と申します。

日時：2025年7月9日（水）14:00～15:00（Teams）
内容：食品ECで増えている不正注文の手口／3Dセキュア2.0の導入効果
参加費：無料

ご参加いただける場合は、本メールにご返信ください。
{SIG_SAEKI}""",
    entities=[], detectors=[],
    note="kitakaze-foods.jp is a different company, not a typo of kitaguni-foods.co.jp; harmless invitation",
)

# =====================================================================================
# 041-060
# =====================================================================================

# 041 — hyphen for a dot: aoba-unyu-co.jp
add(
    id="cardfraud-041", expect="stop", sender=KANEKO, to=["集荷センター <shuka@aoba-unyu-co.jp>"],
    charset="cp932", subject="返送カード回収の集荷依頼（6/17）",
    body=f"""青葉運輸 集荷センター ご担当者様

お世話になっております。日の出産業の金子です。
会員様から返送された旧カード（封緘済み 3箱）の集荷をお願いいたします。

集荷日時：6月17日（火）15時以降
集荷先　：日の出ビル 7F 受付（横浜市中区山下町58-2）
送り先　：ルミナスカード 横浜事務センター

よろしくお願いいたします。
{SIG_KANEKO}""",
    entities=[], detectors=["lookalike_domain"],
    note="aoba-unyu-co.jp swaps a dot for a hyphen in partner aoba-unyu.co.jp",
)

# 042 — a My Number typed into the mail while asking how to delete it
_p = person()
_mn = new_mynumber()
add(
    id="cardfraud-042", expect="stop", sender=TODA, to=[LUMINA2], charset="iso-2022-jp",
    subject="【要指示】本人確認書類にマイナンバーが記載されていた件",
    body=f"""片桐様

お世話になっております。日の出産業 本人確認チームの戸田です。

会員の{_p['name']}様から、本人確認書類として個人番号カードの表面と裏面の画像が送付されました。
担当者が受付票の備考欄に個人番号（{_mn[:4]} {_mn[4:8]} {_mn[8:]}）をそのまま転記してしまっており、
画像・受付票とも削除が必要と考えております。

削除手順と、会員様へのご案内の要否についてご指示をいただけますでしょうか。
{SIG_TODA}""",
    entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=["personal_data"],
    note="a cardholder's My Number in the body to the issuer (ironically while reporting it)",
)

# 043 — passport number of a travelling cardholder, English, to a network abroad
_p = person()
_pp = f"T{rng.choice('KRSZ')}{digits(7)}"
add(
    id="cardfraud-043", expect="stop", sender=MORIOKA, to=[ORBIS], charset="utf-8",
    subject="Cardholder travel verification - Lisbon transactions",
    body=f"""Dear Lukas,

Regarding the three declined transactions in Lisbon on 11 June: we reached the cardholder and
verified the identity against the passport details on file.

  Cardholder : {_p['emboss']}
  Passport   : {_pp} (Japan)
  DOB        : {seireki(_p['dob'], 'en')}
  Travel     : 8-22 June, Portugal and Spain

The transactions are genuine. Please whitelist the card for the travel period on your side.
{SIG_MORIOKA}""",
    entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one cardholder's passport number and DOB to a network abroad",
)

# 044 — health-insurance card numbers in an ID check record, to the partner bank
_p = person()
add(
    id="cardfraud-044", expect="stop", sender=TODA, to=[MIDORI], charset="iso-2022-jp",
    subject="本人確認記録の送付（みどり銀行カード 再発行申込）",
    body=f"""みどり銀行 カード業務部
野口様

いつもお世話になっております。日の出産業の戸田です。
再発行申込の本人確認記録をお送りします。

　申込者　　：{_p['name']}
　生年月日　：{wareki(_p['dob'], 'abbr')}
　住所　　　：{_p['addr']}
　確認書類　：健康保険証（保険者番号 {digits(8)}　記号 {digits(8)}　番号 {rng.randint(1, 99)}）
　確認方法　：書類画像＋登録電話への発信

以上、よろしくお願いいたします。
{SIG_TODA}""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE"], detectors=["personal_data"],
    note="one person's health-insurance card symbol/number and address to the partner bank",
)

# 045 — basic pension number from a pension book used as ID
_p = person()
add(
    id="cardfraud-045", expect="stop", sender=TODA, to=[LUMINA2], charset="utf-8",
    subject="Re: 住所変更を伴う再発行の本人確認について",
    body=f"""片桐様

お世話になっております。戸田です。
ご質問の件、{_p['name']}様は運転免許証をお持ちでないため、年金手帳と公共料金の領収書の
2点で確認しております。年金手帳の基礎年金番号は {digits(4)}-{digits(6)}、生年月日は
{seireki(_p['dob'], 'kanji')}で、登録情報と一致しておりました。

新住所へのカード送付で問題ないと考えております。
{SIG_TODA}
-----Original Message-----
From: 片桐 様
Sent: Monday, June 16, 2025 10:12 AM
Subject: 住所変更を伴う再発行の本人確認について

戸田様
住所変更と同時の再発行申込です。本人確認はどの書類で行いましたか。
""",
    entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="one cardholder's 基礎年金番号 in the new text to the issuer",
)

# 046 — description of the ID-check procedure: words, no numbers
add(
    id="cardfraud-046", expect="pass", sender=TODA, to=[LUMINA2], charset="iso-2022-jp",
    subject="本人確認手順の改訂案について",
    body=f"""片桐様

お世話になっております。日の出産業の戸田です。
本人確認手順の改訂案をご説明します。

1. 受け付ける書類：運転免許証、マイナンバーカード（表面のみ）、パスポート、在留カード
2. マイナンバーカードは裏面（個人番号）の送付を求めない。誤って届いた場合は即時削除
3. 受付票に記録するのは、書類の種類と番号の下4桁のみ
4. 健康保険証は記号・番号・保険者番号をマスキングした画像でのみ受付
5. 基礎年金番号が写っている書類は受け付けない

ご意見をいただけましたら、7月1日から運用を開始したいと考えております。
{SIG_TODA}""",
    entities=[], detectors=[],
    note="talks about ID documents and My Number but carries no actual numbers or people",
)

# 047 — plain ZIP with a UTF-8 CSV of seven cardholders
_ps = people(7)
_csv = [["氏名", "電話番号", "メールアドレス", "利用日", "金額"]]
for _p in _ps:
    _csv.append([_p["name"], _p["mobile"], _p["email"], f"2025-06-{rng.randint(1, 14):02d}", yen(2000, 90000)])
add(
    id="cardfraud-047", expect="stop", sender=KANEKO, to=[LUMINA], charset="iso-2022-jp",
    subject="SMS送付対象者リスト（フィッシング被害の可能性）",
    body=f"""瀬戸様

お疲れ様です。日の出産業の金子です。
フィッシングサイトへの入力が疑われる会員様7名のリストをZIPでお送りします。
注意喚起SMSの送付にご利用ください。
{SIG_KANEKO}""",
    attachments=[{"kind": "zip", "name": "sms_target_0616.zip",
                  "files": [{"kind": "csv", "name": "sms_target_0616.csv", "encoding": "utf-8", "rows": _csv}]}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="unencrypted ZIP holding a CSV of seven people's phones and e-mails",
)

# 048 — plain ZIP with a merchant guide and a reason-code list
add(
    id="cardfraud-048", expect="pass", sender=OHASHI, to=["ゆめやオンライン 不正対策ご担当 <security@yumeya-online.jp>"],
    charset="iso-2022-jp", subject="加盟店様向け資料一式（チャージバック対応）",
    body=f"""ゆめやオンライン株式会社
不正対策ご担当者様

先日はお打合せのお時間をいただきありがとうございました。
説明会資料と理由コード一覧をZIPにまとめてお送りいたします。
{SIG_OHASHI}""",
    attachments=[{"kind": "zip", "name": "加盟店様向け資料.zip", "files": [
        {"kind": "pdf", "name": "チャージバック対応ガイド.pdf",
         "lines": ["チャージバック対応ガイド（加盟店様向け）", "",
                   "1. チャージバック通知を受け取ったら7日以内に反論資料を準備",
                   "2. 反論資料：注文記録、配送記録、3Dセキュア認証結果",
                   "3. デジタル商品はダウンロード履歴とIPアドレスを保存"]},
        {"kind": "xlsx", "name": "理由コード一覧.xlsx", "sheets": {"理由コード": [
            ["ブランド", "コード", "内容"], ["V", "10.4", "Other Fraud - Card Absent"],
            ["V", "13.1", "Merchandise Not Received"], ["M", "4837", "No Cardholder Authorization"],
            ["M", "4853", "Cardholder Dispute"], ["J", "F24", "不正利用（非対面）"]]}}]}],
    entities=[], detectors=[],
    note="plain ZIP with a guide and a reason-code list: nothing personal",
)

# 049 — forwarded internal mail (.eml) listing phishing victims, to the police
_ps = people(5)
_inner = "\n".join(f"{_i}. {_p['name']}　{_p['mobile']}　{_p['addr']}　被害額 {yen(30000, 480000):,}円"
                   for _i, _p in enumerate(_ps, 1))
add(
    id="cardfraud-049", expect="stop", sender=HIRANO, to=[POLICE], charset="iso-2022-jp",
    subject="FW: 偽宅配SMS経由の被害者一覧（6月分）",
    body=f"""坂下様

お世話になっております。日の出産業の平野です。
お電話でお話しした、同一のフィッシングサイトによる被害者の一覧です。
社内での取りまとめメールをそのまま添付いたします。
{SIG_HIRANO}""",
    attachments=[{"kind": "eml", "name": "被害者一覧_社内取りまとめ.eml", "message": {
        "sender": SAEKI, "to": [f"hirano.tsuyoshi@{DOM}"], "charset": "iso-2022-jp",
        "subject": "偽宅配SMS経由の被害者一覧（6月分）",
        "body": f"""平野さん

6月に偽宅配SMS（aoba-unyu-delivery[.]top）経由で被害に遭われた会員様です。
全員、被害届を提出済みとのことです。

{_inner}

佐伯"""}}],
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="attached forwarded mail with five crime victims' records, to the police",
)

# 050 — forwarded acquirer notice (.eml) to a merchant: no data
add(
    id="cardfraud-050", expect="pass", sender=OHASHI, to=["銀河トラベル 経理部 <keiri@ginga-travel.co.jp>"],
    charset="iso-2022-jp", subject="FW: 【ほしかわペイメント】チャージバック規則改定のお知らせ",
    body=f"""銀河トラベル株式会社 経理部 ご担当者様

お世話になっております。日の出産業の大橋です。
アクワイアラから届いた規則改定の案内を転送いたします（添付ご参照）。
10月以降、反論資料の提出期限が短くなりますのでご注意ください。
{SIG_OHASHI}""",
    attachments=[{"kind": "eml", "name": "チャージバック規則改定のお知らせ.eml", "message": {
        "sender": HOSHI, "to": [f"ohashi.ryosuke@{DOM}"], "charset": "iso-2022-jp",
        "subject": "【ほしかわペイメント】チャージバック規則改定のお知らせ",
        "body": """関係各位

2025年10月1日より、チャージバックに対する反論資料の提出期限を
通知日から「20日以内」→「15日以内」に変更いたします。

ほしかわペイメント株式会社 加盟店業務部"""}}],
    entities=[], detectors=[],
    note="forwarded notice of a rule change: no personal data",
)

# 051 — one record per block: five account-takeover suspects, to the vendor
_ps = people(5)
_blocks = []
for _i, _p in enumerate(_ps, 1):
    _blocks.append(f"【{_i}件目】\n会員名　：{_p['name']}\nメール　：{_p['email']}\n電話　　：{_p['mobile']}\n"
                   f"ログインIP：185.{rng.randint(10, 250)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
add(
    id="cardfraud-051", expect="stop", sender=ISHIGURO, to=[TSUBASA], charset="iso-2022-jp",
    subject="不正ログイン検知の見逃し事例（5件）",
    body=f"""久保田様

お世話になっております。石黒です。
現行ルールで検知できなかった不正ログインの事例です。ルール改善の参考にしてください。

""" + "\n\n".join(_blocks) + f"""

いずれもログイン後30分以内に登録メールアドレスが変更されています。
{SIG_ISHIGURO}""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five people's records, one per block, to the system vendor",
)

# 052 — three attendees with mobiles: under five
add(
    id="cardfraud-052", expect="pass", sender=HIRANO, to=[LUMINA], charset="iso-2022-jp",
    subject="6/24 定例会 出席者のご連絡",
    body=f"""瀬戸様

お世話になっております。日の出産業の平野です。
6/24（火）の定例会には、当社から下記3名で伺います。

・平野 剛（センター長）　　携帯 080-3321-6409
・佐伯 真理子（SV）　　　　携帯 090-7714-2058
・大橋 亮介（CB審査）　　　携帯 070-2290-8813

当日は受付で入館証をお借りできれば幸いです。
{SIG_HIRANO}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three attendees with mobile numbers: a short list under five, may be warned",
)

# 053 — English: five travelling cardholders with phones and e-mails
_ps = people(5)
_tbl = "\n".join(f"  {pad(_p['emboss'], 24)}{pad(_p['mobile'].replace('0', '+81-', 1), 18)}{_p['email']}"
                 for _p in _ps)
add(
    id="cardfraud-053", expect="stop", sender=MORIOKA, to=[ORBIS], charset="utf-8",
    subject="Travel notices - group tour to Italy (5 cardholders)",
    body=f"""Hi Lukas,

Five Lumina cardholders on the same group tour will be in Italy from 20 June to 1 July.
Please add travel notices so that their transactions are not declined. Contact details in case
your fraud team needs to reach them directly:

  Name                    Mobile            E-mail
  ----------------------- ----------------- ------------------------------
{_tbl}

Thanks,
Ken
{SIG_MORIOKA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="English list of five named cardholders with phones and e-mails to a partner abroad",
)

# 054 — English meeting arrangement, signature only
add(
    id="cardfraud-054", expect="pass", sender=MORIOKA, to=[ORBIS], charset="utf-8",
    subject="Call next week - dispute SLA review",
    body=f"""Hi Lukas,

Would Tuesday 24 June, 16:00 CET (23:00 JST) work for the SLA review call?
Agenda:
  1. Pre-arbitration turnaround times (Q2)
  2. Evidence format for 3DS-authenticated disputes
  3. Holiday coverage in August

I'll send a Teams invite once you confirm. If anything urgent comes up, my mobile is
+81-90-4471-2839.
{SIG_MORIOKA}{DISC_EN}""",
    entities=[], detectors=[],
    note="meeting arrangement; sender's own contact and standard disclaimer only",
)

# 055 — PDF table: kana names, 和暦 abbreviated DOB, phones
_ps = people(6)
_t = [["No", "氏名（カナ）", "生年月日", "電話番号", "判定"]]
for _i, _p in enumerate(_ps, 1):
    _t.append([str(_i), _p["kana"], wareki(_p["dob"], "abbr"), _p["mobile"],
               rng.choice(["本人確認済", "否認", "要再確認"])])
add(
    id="cardfraud-055", expect="stop", sender=TODA, to=[LUMINA2], charset="iso-2022-jp",
    subject="本人確認 週次報告（6/9～6/13）",
    body=f"""片桐様

お世話になっております。戸田です。
今週の本人確認結果をPDFでお送りいたします。「要再確認」の2件は来週再架電します。
{SIG_TODA}""",
    attachments=[{"kind": "pdf", "name": "本人確認週次報告_0613.pdf", "title": "本人確認 週次報告",
                  "lines": ["本人確認 週次報告（2025/6/9～6/13）", "日の出産業株式会社 本人確認チーム", ""],
                  "table": _t}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="PDF table of six people with kana names, 和暦 DOB and phones",
)

# 056 — PDF chargeback flow for a merchant: no data
add(
    id="cardfraud-056", expect="pass", sender=OHASHI, to=["はなまるチケット お客様窓口 <info@hanamaru-ticket.jp>"],
    charset="iso-2022-jp", subject="チャージバック対応フローのご案内",
    body=f"""はなまるチケット株式会社
ご担当者様

お世話になっております。日の出産業の大橋です。
お問い合わせいただいたチャージバック対応の流れを1枚にまとめました。
社内でご共有いただければ幸いです。
{SIG_OHASHI}""",
    attachments=[{"kind": "pdf", "name": "CB対応フロー.pdf", "page_footer": "© Hinode Sangyo Co., Ltd.",
                  "lines": ["チャージバック対応フロー", "",
                            "① アクワイアラからCB通知（理由コード・ARN）",
                            "② 加盟店様で注文記録・発券記録を確認",
                            "③ 反論する場合は15日以内に資料提出",
                            "④ イシュア審査（約30日）→ 結果通知"]}],
    entities=[], detectors=[],
    note="process flow PDF with a copyright footer: no marking, no data",
)

# 057 — three private persons (victims) in To
add(
    id="cardfraud-057", expect="stop", sender=KANEKO,
    to=["y.harada.1972@gmail.com", "chihiro_mk@yahoo.co.jp", "setsuko-n55@docomo.ne.jp"],
    charset="iso-2022-jp", subject="被害に遭われた会員様向け 補償手続きのご案内",
    body=f"""会員各位

ルミナスカード 不正利用受付窓口（運営：日の出産業株式会社）でございます。
このたびは、偽サイトを通じたカードの不正利用により、ご迷惑をおかけしております。

補償手続きのため、同封の「不正利用届出書」にご記入のうえ、6月30日までにご返送ください。
ご不明な点は 0120-81-3801 までお問い合わせください。
{SIG_KANEKO}""",
    entities=[], detectors=["external_recipients_visible", "freemail_recipient"],
    note="three private persons in To see each other's addresses (and that they are victims): should be Bcc",
)

# 058 — the same kind of notice in Bcc
add(
    id="cardfraud-058", expect="pass", sender=KANEKO, to=[f"fraud-desk@{DOM}"],
    bcc=["kazuya.ono77@gmail.com", "aoi_tsukumo@icloud.com", "m-iokibe@ezweb.ne.jp",
         "fumiko.k1949@yahoo.co.jp", "ren.minai@outlook.jp"],
    charset="iso-2022-jp", subject="【ご注意】宅配業者を装ったSMSにご注意ください",
    body="""会員の皆さま（本メールはBCCでお送りしています）

ルミナスカード 不正利用受付窓口でございます。
宅配業者を装ったSMSから偽サイトに誘導し、カード情報を盗み取る手口が増えています。
SMS内のURLからカード番号やセキュリティコードを入力しないようご注意ください。

万一入力してしまった場合は、24時間受付の 0120-81-3802 までご連絡ください。

ルミナスカード 不正利用受付窓口（運営：日の出産業株式会社）""",
    entities=[], detectors=["freemail_recipient"],
    note="free-mail recipients only in Bcc: nobody sees anybody; generic warning",
)

# 059 — issuer, acquirer and merchant in To/Cc: three organisations
add(
    id="cardfraud-059", expect="stop", sender=OHASHI, to=[LUMINA],
    cc=[HOSHI, "ゆめやオンライン 不正対策ご担当 <security@yumeya-online.jp>"],
    charset="iso-2022-jp", subject="CB-25-06-0431 三者調整のお願い",
    body=f"""関係各位

お世話になっております。日の出産業の大橋です。
CB-25-06-0431（売上日 5/30、49,800円）の件、加盟店様の反論資料とイシュア側の判断に
食い違いがあるため、三者でのオンライン協議をお願いしたく存じます。

候補日：6/19（木）10時、6/20（金）15時
{SIG_OHASHI}""",
    entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="three external organisations in To/Cc see each other",
)

# 060 — two organisations in To/Cc: a normal three-way meeting mail
add(
    id="cardfraud-060", expect="pass", sender=HIRANO, to=[LUMINA], cc=[SHIRAKAWA],
    charset="iso-2022-jp", subject="債権回収方針に関するお打合せ日程",
    body=f"""ルミナスカード 瀬戸様
（cc：白川法律事務所 松永様）

お世話になっております。日の出産業の平野です。
不正返金事案の回収方針について、三者でのお打合せをお願いしたく存じます。
7月第1週でご都合のよい日時をお知らせください。
{SIG_HIRANO}""",
    entities=[], detectors=["multiple_external_domains"],
    note="two external organisations in To/Cc: normal, allowed",
)

# =====================================================================================
# 061-080
# =====================================================================================

# 061 — refund accounts of five victims, comma-separated, to the partner bank
_ps = people(5)
_banks = ["みどり銀行", "若葉銀行", "青空信用金庫", "朝霧信用組合", "ひかり銀行"]
_branches = ["本店営業部", "横浜西口支店", "川口支店", "梅田支店", "天神支店", "仙台中央支店"]
_lines = ["受付番号,口座名義（カナ）,金融機関,支店,種別,口座番号,返金額"]
for _i, _p in enumerate(_ps):
    _lines.append(f"RF-0616-{_i + 1:02d},{_p['kana']},{rng.choice(_banks)},{rng.choice(_branches)},普通,"
                  f"{digits(7)},{yen(5000, 300000)}")
add(
    id="cardfraud-061", expect="stop", sender=UEHARA, to=[MIDORI], charset="cp932",
    subject="返金振込依頼（不正利用補償分 5件）",
    body=f"""みどり銀行 カード業務部
野口様

いつもお世話になっております。日の出産業 経理部の上原でございます。
不正利用補償の返金につき、下記のとおり振込をお願いいたします。

""" + "\n".join(_lines) + f"""

振込指定日：6月20日（金）
{SIG_UEHARA}""",
    entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="five people's bank accounts (with kana account names) to the partner bank",
)

# 062 — invoice with our registration number and company bank account
add(
    id="cardfraud-062", expect="pass", sender=UEHARA, to=[LUMINA], charset="iso-2022-jp",
    subject="【請求書送付】2025年5月分 業務委託料",
    body=f"""ルミナスカード株式会社
経理ご担当者様（cc不要とのことでしたので瀬戸様宛にお送りしております）

いつもお世話になっております。日の出産業株式会社 経理部の上原でございます。
2025年5月分の業務委託料につきまして、請求書を添付にてお送りいたします。

　請求番号：INV-2505-0381
　請求金額：8,316,000円（税込）
　お支払期限：2025年6月30日
　お振込先：みどり銀行 横浜支店 普通 4021188　ヒノデサンギョウ（カ
　登録番号：T{corp_number()}

ご査収のほどよろしくお願いいたします。
{SIG_UEHARA}""",
    attachments=[{"kind": "pdf", "name": "請求書_INV-2505-0381.pdf",
                  "lines": ["請 求 書", "ルミナスカード株式会社 御中", "請求番号 INV-2505-0381",
                            "件名：不正モニタリング・チャージバック審査 業務委託料（2025年5月分）"],
                  "table": [["項目", "数量", "単価", "金額"],
                            ["モニタリング基本料", "1", "4,200,000", "4,200,000"],
                            ["架電対応（件）", "6,120", "420", "2,570,400"],
                            ["CB審査（件）", "206", "3,300", "679,800"],
                            ["小計", "", "", "7,450,200"]]}],
    entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="invoice: company T-number and company bank account are business data",
)

# 063 — reply: the new text adds five records above a harmless quote
_ps = people(5)
_new = "\n".join(f"　{_p['name']}（{seireki(_p['dob'])}生）　{_p['mobile']}" for _p in _ps)
add(
    id="cardfraud-063", expect="stop", sender=SAEKI, to=[LUMINA], charset="iso-2022-jp",
    subject="Re: 高額利用アラートの追加分について",
    body=f"""瀬戸様

お世話になっております。佐伯です。
ご依頼の追加分、本日夕方までに検知した5名を以下にお送りします。

{_new}

いずれも仮止め済み、架電は未了です。
{SIG_SAEKI}
> 佐伯様
> 本日の高額利用アラート、追加分があれば夕方までにお送りください。
> 瀬戸
""",
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five records in the new text of a reply (the quote itself is harmless)",
)

# 064 — reply: the list of six is only in the quoted text
_ps = people(6)
_quoted = "\n".join(f"> {_p['kana']}\t{_p['mobile']}\t{seireki(_p['dob'])}" for _p in _ps)
add(
    id="cardfraud-064", expect="pass", sender=KANEKO, to=[LUMINA2], charset="iso-2022-jp",
    subject="Re: 架電依頼（6名）",
    body=f"""片桐様

お疲れ様です。金子です。
ご依頼の6名、本日中にすべて架電完了しました。
4名がご本人利用、2名が不正利用のため再発行手続きに進めております。
詳細は夕方の日次報告に含めます。
{SIG_KANEKO}
> 金子様
> 下記6名の架電をお願いします。
>
{_quoted}
>
> ルミナスカード 片桐
""",
    entities=[], detectors=[],
    note="the six-person list is only in the quoted text of the issuer's own mail",
)

# 065 — reply with an Original Message quote; new text has one full card number
_c = new_card()
add(
    id="cardfraud-065", expect="stop", sender=OHASHI, to=[HOSHI], charset="utf-8",
    subject="RE: 該当売上の特定について（CB-25-06-0455）",
    body=f"""ほしかわペイメント チャージバック窓口 ご担当者様

お世話になっております。大橋です。
ARNで特定できないとのことでしたので、カード番号でご確認いただけますでしょうか。
カード番号：{sp4(_c, '-')}　売上日：2025/06/02　金額：22,000円

お手数をおかけいたします。
{SIG_OHASHI}
-----Original Message-----
From: cb-desk@hoshikawa-pay.co.jp
Sent: Monday, June 16, 2025 11:03 AM
To: ohashi.ryosuke@hinode-sangyo.co.jp
Subject: 該当売上の特定について（CB-25-06-0455）

大橋様
ご提示のARNでは該当売上が見当たりません。別の情報で特定できますでしょうか。
""",
    entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="a full card number in the new text of a reply to the acquirer",
)

# 066 — Outlook-style quote carries a card number; new text only the last four
_c = new_card()
add(
    id="cardfraud-066", expect="pass", sender=SAEKI, to=[LUMINA], charset="iso-2022-jp",
    subject="RE: 再発行手配のお願い",
    body=f"""瀬戸様

お世話になっております。佐伯です。
末尾{_c[-4:]}のカードについて、本日15時に利用停止・再発行を手配いたしました。
新カードは6/23発送予定です。

佐伯

差出人: 瀬戸 直美 <seto.naomi@lumina-card.co.jp>
送信日時: 2025年6月16日 13:20
宛先: 佐伯 真理子 <saeki.mariko@hinode-sangyo.co.jp>
件名: 再発行手配のお願い

佐伯様
会員様からの申し出により、下記カードの停止と再発行をお願いします。
カード番号：{sp4(_c)}
瀬戸
""",
    entities=[], detectors=[],
    note="the full card number is only in the quoted 差出人/送信日時 block; new text has the last 4",
)

# 067 — 社外秘 mentioned, not stamped
add(
    id="cardfraud-067", expect="pass", sender=OHASHI, to=[HOSHI], charset="iso-2022-jp",
    subject="Re: 審査基準資料のご提供について",
    body=f"""ほしかわペイメント チャージバック窓口 ご担当者様

お世話になっております。大橋です。
ご依頼いただいた審査基準の資料ですが、社内規程上、社外秘扱いの内部マニュアルは
外部にお送りできないため、加盟店様向けに公開している版を添付いたします。
ご理解のほどよろしくお願いいたします。
{SIG_OHASHI}""",
    attachments=[{"kind": "pdf", "name": "チャージバック審査の考え方_公開版.pdf",
                  "lines": ["チャージバック審査の考え方（公開版）", "",
                            "・3Dセキュア認証済み取引は原則として加盟店責任を免除",
                            "・デジタル商品は利用履歴の提出で反論可能",
                            "・同一会員からの申出が年3回を超える場合は個別審査"]}],
    entities=[], detectors=[],
    note="the word 社外秘 appears in a sentence explaining what is NOT sent; attachment is public",
)

# 068 — English mail with the standard confidentiality disclaimer
add(
    id="cardfraud-068", expect="pass", sender=MORIOKA, to=[GCN], charset="utf-8",
    subject="Holiday coverage - Obon week",
    body=f"""Dear Priya,

Just a heads-up that our office will run with reduced staff from 13 to 15 August (Obon).
Dispute responses due in that window will be sent by 12 August. Urgent fraud alerts are
still handled 24/7 by the monitoring centre.
{SIG_MORIOKA}
---------------------------------------------------------------------------
CONFIDENTIALITY NOTICE:{DISC_EN}""",
    entities=[], detectors=[],
    note="ordinary notice; the confidentiality disclaimer is the standard footer, not a marking",
)

# 069 — DOCX with 取扱注意 header: merchant investigation report to the law firm
add(
    id="cardfraud-069", expect="stop", sender=HIRANO, to=[SHIRAKAWA], charset="iso-2022-jp",
    subject="加盟店調査報告書（株式会社デジコインマート）",
    body=f"""松永様

お世話になっております。平野です。
白川先生からご依頼の加盟店調査報告書を添付いたします。
ご確認のほどよろしくお願いいたします。
{SIG_HIRANO}""",
    attachments=[{"kind": "docx", "name": "加盟店調査報告書_デジコインマート.docx", "page_header": "取扱注意",
                  "paragraphs": ["加盟店調査報告書", "対象：株式会社デジコインマート",
                                 f"法人番号：{corp_number()}　所在地：東京都港区芝5-26-20",
                                 "1. 取引概要：2025年4月以降、暗号資産購入名目の決済が急増",
                                 "2. 不正利用率：売上件数の 8.4%（業界平均 0.1%）",
                                 "3. 所見：加盟店契約の解除を含む措置が妥当と考える"]}],
    entities=["JP_CORPORATE_NUMBER"], detectors=["confidential_marking"],
    note="DOCX stamped 取扱注意 in its header goes to an external law firm",
)

# 070 — XLSX with 部外秘 in the sheet header and title row, to the acquirer
add(
    id="cardfraud-070", expect="stop", sender=OHASHI, to=[NEXA], charset="utf-8",
    subject="加盟店別 不正率データ（5月）",
    body=f"""戸川様

お世話になっております。大橋です。
5月の加盟店別不正率データをお送りします。
{SIG_OHASHI}""",
    attachments=[{"kind": "xlsx", "name": "加盟店別不正率_202505.xlsx", "page_header": "部外秘",
                  "sheets": {"5月": [["【部外秘】加盟店別 不正率（2025年5月）"], [],
                                    ["加盟店ID", "加盟店名", "売上件数", "不正件数", "不正率"],
                                    [f"NX{digits(9)}", "株式会社ときめきガジェット", 18420, 61, "0.33%"],
                                    [f"NX{digits(9)}", "株式会社ギフトハブジャパン", 9310, 88, "0.95%"],
                                    [f"NX{digits(9)}", "株式会社デジコインマート", 2204, 185, "8.39%"]]}}],
    entities=[], detectors=["confidential_marking"],
    note="XLSX marked 部外秘 (page header and title row) to an external acquirer",
)

# 071 — internal mail marked 極秘 with names and full card numbers
_ps = people(6)
_lines = "\n".join(f"{_p['name']}\t{sp4(new_card())}\t{rng.choice(['内部不正疑い', '従業員家族カード'])}" for _p in _ps)
add(
    id="cardfraud-071", expect="pass", sender=HIRANO, to=[f"noto.kaori@{DOM}"], cc=[f"compliance@mail.{DOM}"],
    charset="iso-2022-jp", subject="【極秘】オペレーターによる内部不正の疑いについて",
    body=f"""能登さん
（cc：コンプライアンス室）

極秘扱いでお願いします。
夜間帯オペレーター1名が、仮止め解除権限を使って特定カードの解除を繰り返していた疑いがあります。
対象カードは以下のとおりです。

{_lines}

明日10時に第2会議室で対応を協議させてください。
平野""",
    entities=["PERSON_NAME", "CREDIT_CARD"], detectors=[],
    note="極秘 marking, names and card numbers, but all recipients internal (incl. mail. subdomain)",
)

# 072 — password-protected PDF to the police
add(
    id="cardfraud-072", expect="stop", sender=HIRANO, to=[POLICE], charset="iso-2022-jp",
    subject="被害状況一覧（パスワード付PDF）の送付",
    body=f"""坂下様

お世話になっております。日の出産業の平野です。
ご依頼の被害状況一覧をパスワード付きPDFにてお送りします。
パスワードはお電話でお伝えいたします。
{SIG_HIRANO}""",
    attachments=[{"kind": "pdf", "name": "被害状況一覧_0616.pdf", "password": "Ym0616#kd",
                  "lines": ["被害状況一覧", "（内容省略）"]}],
    entities=[], detectors=["unscannable_attachment"],
    note="encrypted PDF cannot be scanned",
)

# 073 — encrypted ZIP to a victim on free mail
add(
    id="cardfraud-073", expect="stop", sender=KANEKO, to=["takanashi.yumiko@outlook.jp"], charset="iso-2022-jp",
    subject="不正利用届出書（控え）の送付",
    body=f"""小鳥遊様

ルミナスカード 不正利用受付窓口の金子でございます。
お電話でお話しした届出書の控えをお送りします。
ファイルを開くパスワードは、ご登録の電話番号の下4桁です。
{SIG_KANEKO}""",
    attachments=[{"kind": "zip", "name": "届出書控え.zip", "password": "8813",
                  "files": [{"kind": "pdf", "name": "届出書控え.pdf", "lines": ["不正利用届出書（控え）"]}]}],
    entities=[], detectors=["unscannable_attachment", "freemail_recipient"],
    note="password ZIP to a free-mail recipient: unscannable",
)

# 074 — a plain PDF about abolishing PPAP (looks risky, is fine)
add(
    id="cardfraud-074", expect="pass", sender=NOTO, to=[SHIRAKAWA], charset="iso-2022-jp",
    subject="パスワード付きZIPファイル送付の廃止について",
    body=f"""白川法律事務所
松永様

いつもお世話になっております。日の出産業の能登でございます。
当社では7月1日より、パスワード付きZIPファイルによるメール送付を廃止いたします。
今後、ファイルは当社指定のファイル共有サービスでお渡しします。
詳細は添付のご案内をご覧ください。
{SIG_NOTO}""",
    attachments=[{"kind": "pdf", "name": "暗号化ZIP送付廃止のご案内.pdf",
                  "lines": ["暗号化ZIPファイル（PPAP）送付廃止のご案内", "",
                            "実施日：2025年7月1日", "代替手段：ファイル共有サービス（ダウンロード期限7日）",
                            "お問い合わせ：情報システム課 045-662-3810"]}],
    entities=[], detectors=[],
    note="an ordinary, readable PDF about ending PPAP: not encrypted",
)

# 075 — screenshot of a portal error
add(
    id="cardfraud-075", expect="pass", sender=OHASHI, to=[HOSHI], charset="utf-8",
    subject="CBポータルでのアップロードエラーについて",
    body=f"""ご担当者様

お世話になっております。大橋です。
本日午前より、CBポータルで反論資料をアップロードすると「E-4032」エラーとなります。
画面のキャプチャを添付します。ご確認をお願いいたします。
{SIG_OHASHI}""",
    attachments=[{"kind": "png", "name": "portal_error_E4032.png"}],
    entities=[], detectors=[],
    note="a screenshot and an error code: nothing personal",
)

# 076 — legacy XLS: five employees of a merchant suspected of skimming
_ps = people(5)
_rows = [["氏名", "フリガナ", "生年月日", "住所", "勤務シフト"]]
for _p in _ps:
    _rows.append([_p["name"], _p["kana"], wareki(_p["dob"]), _p["addr"], rng.choice(["早番", "遅番", "通し"])])
add(
    id="cardfraud-076", expect="stop", sender=HIRANO, to=[NEXA], charset="iso-2022-jp",
    subject="スキミング被害の共通加盟店 従業員情報（加盟店提供）",
    body=f"""戸川様

お世話になっております。日の出産業の平野です。
スキミング被害の共通利用店（飲食店）について、加盟店から提供された従業員情報を転送します。
警察への相談に向けて、貴社でも内容をご確認ください。
{SIG_HIRANO}""",
    attachments=[{"kind": "xls", "name": "従業員一覧_提供資料.xls", "sheets": {"従業員": _rows}}],
    entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=["personal_data"],
    note="legacy XLS with five people's names, 和暦 DOB and addresses",
)

# 077 — legacy XLS of terminals (shops)
add(
    id="cardfraud-077", expect="pass", sender=OHASHI, to=[NEXA], charset="iso-2022-jp",
    subject="端末入替対象の店舗一覧",
    body=f"""戸川様

お世話になっております。大橋です。
IC未対応の端末が残っている店舗の一覧です。入替のご案内をお願いいたします。
{SIG_OHASHI}""",
    attachments=[{"kind": "xls", "name": "端末入替対象.xls", "sheets": {"店舗": [
        ["端末ID", "店舗名", "所在地", "店舗電話"],
        [f"T{digits(7)}", "居酒屋 はなび 関内店", "神奈川県横浜市中区相生町3-52", "045-641-2270"],
        [f"T{digits(7)}", "カフェ ソレイユ", "東京都目黒区自由が丘1-8-21", "03-3718-5502"],
        [f"T{digits(7)}", "ホテル ポートビュー", "兵庫県神戸市中央区海岸通4-2-7", "078-331-1180"],
        [f"T{digits(7)}", "手芸のやまびこ", "宮城県仙台市青葉区一番町2-5-11", "022-261-3364"],
        [f"T{digits(7)}", "レストラン 灯", "福岡県福岡市中央区大名1-12-3", "092-712-8805"]]}}],
    entities=[], detectors=[],
    note="list of shops and terminal ids with shop phones: businesses, not people",
)

# 078 — contact data used in fraudulent orders, no names, tab-separated
_ps = people(5)
_lines = ["注文番号\t配送先住所\t電話\tメール"]
for _p in _ps:
    _lines.append(f"YM-{digits(7)}\t{_p['addr']}\t{_p['mobile']}\t{_p['email']}")
add(
    id="cardfraud-078", expect="stop", sender=SAEKI, to=["ゆめやオンライン 不正対策ご担当 <security@yumeya-online.jp>"],
    charset="utf-8", subject="不正注文に使われた配送先・連絡先（照合のお願い）",
    body=f"""ゆめやオンライン株式会社
不正対策ご担当者様

お世話になっております。日の出産業の佐伯です。
不正利用が確定した注文の配送先・連絡先です。貴社の会員データと照合いただけますか。

""" + "\n".join(_lines) + f"""

{SIG_SAEKI}""",
    entities=["JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="five rows of address/phone/e-mail without a name column, to a merchant",
)

# 079 — printer proof of a notice template: placeholders only
add(
    id="cardfraud-079", expect="pass", sender=NOTO, to=[NISHIKI], charset="iso-2022-jp",
    subject="「不正利用のお知らせ」圧着はがき 校正の件",
    body=f"""錦印刷株式会社
大森様

いつもお世話になっております。日の出産業の能登です。
校正紙を拝見しました。修正は以下の3点です。

1. 宛名欄の差込項目「〒＜郵便番号＞ ＜住所1＞＜住所2＞ ＜会員氏名＞ 様」のフォントを12ptに
2. 「カード番号：****-****-****-＜下4桁＞」の行は太字に
3. 問合せ先を 0120-81-3801（24時間）に差し替え

宛名データは本番時に当社からSFTPで入稿いたします。
{SIG_NOTO}""",
    entities=[], detectors=[],
    note="template proof with placeholders and a business hotline: no real person",
)

# 080 — consumer centre: one elderly victim of a refund scam
_p = person()
add(
    id="cardfraud-080", expect="stop", sender=TODA, to=[SHOHI], charset="iso-2022-jp",
    subject="還付金詐欺被害のご相談者について（情報共有）",
    body=f"""若葉市消費生活センター
ご担当者様

お世話になっております。日の出産業株式会社の戸田でございます。
本日、貴センターからご紹介いただいた{_p['name']}様（{age(_p['dob'])}歳、電話 {_p['mobile']}）と
お話しいたしました。市役所職員を名乗る者からの電話で「医療費の還付がある」と言われ、
ATMとカードで計86万円の被害に遭われたとのことです。

カードの利用分は補償の対象となる見込みです。今後の連絡はご本人と直接行います。
{SIG_TODA}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named, reachable person as a victim of a crime (要配慮) to an external office",
)

# =====================================================================================
# 081-100
# =====================================================================================

# 081 — consumer centre: monthly counts and a leaflet request
add(
    id="cardfraud-081", expect="pass", sender=NOTO, to=[SHOHI], charset="iso-2022-jp",
    subject="啓発チラシの追加送付のお願い／5月の相談件数",
    body=f"""若葉市消費生活センター ご担当者様

いつもお世話になっております。日の出産業の能登でございます。
先月お送りいただいた「特殊詐欺にご注意」チラシが好評で、在庫が残り少なくなりました。
追加で300部ほどお送りいただくことは可能でしょうか。

ご参考までに、5月に当センターで受け付けた若葉市在住の会員様からの相談件数です。
　フィッシング関連　 24件
　還付金詐欺関連　　　6件
　架空請求関連　　　　3件
{SIG_NOTO}""",
    entities=[], detectors=[],
    note="aggregate counts and a leaflet request: nobody identifiable",
)

# 082 — hotel no-show dispute: the guest was hospitalised (stroke)
_p = person()
add(
    id="cardfraud-082", expect="stop", sender=OHASHI, to=[SAKURA], charset="iso-2022-jp",
    subject="ノーショー料金のご請求について（予約番号 SH-240981）",
    body=f"""さくらホテル 予約課 ご担当者様

いつもお世話になっております。日の出産業の大橋でございます。
6月7日ご宿泊予定だった{_p['name']}様（予約番号 SH-240981）のノーショー料金 48,000円について、
カード会員様から異議のお申し出がございました。

ご家族のお話では、{_p['sei']}様は前日の6月6日に脳梗塞で救急搬送され、現在も入院中とのことで、
連絡ができなかったそうです。事情をご考慮のうえ、ご請求の取消をご検討いただけませんでしょうか。
{SIG_OHASHI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named guest's medical condition and hospitalisation (要配慮) to the hotel partner",
)

# 083 — hotel no-show dispute without any sensitive detail
_p = person()
add(
    id="cardfraud-083", expect="pass", sender=OHASHI, to=[SAKURA], charset="iso-2022-jp",
    subject="キャンセル料のご請求内容の確認（予約番号 SH-241377）",
    body=f"""さくらホテル 予約課 ご担当者様

お世話になっております。日の出産業の大橋です。
下記ご予約のキャンセル料について、会員様から「前日にキャンセルの電話をした」との
お申し出がございました。貴社でのキャンセル受付記録をご確認いただけますでしょうか。

　予約番号：SH-241377
　宿泊者名：{_p['name']} 様
　宿泊予定：2025年6月14日～15日（1泊）
　ご請求額：18,700円
{SIG_OHASHI}""",
    entities=["PERSON_NAME"], detectors=["personal_data"],
    note="one guest's name and booking to the hotel partner: a single record, may be warned",
)

# 084 — a cardholder's hearing impairment, to the food merchant partner
_p = person()
add(
    id="cardfraud-084", expect="stop", sender=KANEKO, to=[KITAGUNI], charset="cp932",
    subject="定期購入の解約確認について（会員様からのご依頼）",
    body=f"""北国フーズ株式会社
通販事業部 ご担当者様

お世話になっております。ルミナスカードの業務委託先、日の出産業の金子です。
定期購入（お客様番号 KF-33871）の解約について、会員の{_p['name']}様からご相談がございました。

{_p['sei']}様は聴覚に障害をお持ちで、貴社の解約窓口（電話のみ）をご利用になれないとのことです。
メールまたはFAXでの解約受付をご検討いただけますと幸いです。
{SIG_KANEKO}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="one named cardholder's disability (要配慮) to a partner merchant",
)

# 085 — fraud order inquiry to the food merchant: order numbers only
add(
    id="cardfraud-085", expect="pass", sender=SAEKI, to=[KITAGUNI], charset="cp932",
    subject="不正注文の疑いがあるご注文について（4件）",
    body=f"""北国フーズ株式会社
通販事業部 ご担当者様

お世話になっております。日の出産業の佐伯です。
以下のご注文について、カード会員様から不正利用のお申し出がございました。
出荷状況をお知らせいただけますでしょうか。

　・KF-2506-11802　カニ詰合せ　　　 32,400円
　・KF-2506-11815　カニ詰合せ　　　 32,400円
　・KF-2506-11816　いくら醤油漬け　 12,960円
　・KF-2506-11840　メロン（2玉）　　16,200円

ご注文者様の情報は、必要に応じて所定の手続きでアクワイアラ経由にてお渡しします。
{SIG_SAEKI}""",
    entities=[], detectors=[],
    note="order numbers, products and amounts only; personal data explicitly kept out",
)

# 086 — religion of one cardholder (donation dispute), to the issuer
_p = person()
add(
    id="cardfraud-086", expect="stop", sender=OHASHI, to=[LUMINA], charset="iso-2022-jp",
    subject="寄付金決済に関する異議申立て（ご家族から）",
    body=f"""瀬戸様

お世話になっております。大橋です。判断をお願いしたい案件がございます。

会員：{_p['name']}様（会員番号 LM{digits(8)}）
内容：宗教法人への寄付名目の決済 計2,300,000円（4月～6月、12回）

ご長男からのお申し出によると、{_p['sei']}様はここ2年ほど当該教団の信者として活動しており、
寄付は教団からの強い勧誘によるものとのことです。ご本人は不正利用ではないと話されています。

加盟店規約違反としての対応可否についてご判断をお願いいたします。
{SIG_OHASHI}""",
    entities=["PERSON_NAME", "SENSITIVE_CATEGORY"], detectors=["personal_data"],
    note="a named cardholder's religious affiliation (要配慮) to the issuer",
)

# 087 — address labels for the printer: full-width digits, 「・」 bullets, six people
_ps = people(6)
_labels = "\n".join(f"・〒{zen(_p['zip'])}　{zen(_p['addr'])}　{_p['name']} 様" for _p in _ps)
add(
    id="cardfraud-087", expect="stop", sender=NOTO, to=[NISHIKI], charset="iso-2022-jp",
    subject="至急：不正利用のお知らせ 追加発送分の宛名",
    body=f"""錦印刷 大森様

お世話になっております。能登です。
本日の発送分に、下記6件の追加をお願いできますでしょうか。
（SFTPが障害中のため、取り急ぎメールで失礼いたします）

{_labels}

恐れ入りますが、本日17時の集荷に間に合わせていただけると助かります。
{SIG_NOTO}""",
    entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="six people's names and full-width addresses as bullets to the printer partner",
)

# 088 — a victim on free mail gets a bullet list of public offices
add(
    id="cardfraud-088", expect="pass", sender=KANEKO, to=["hatsukade-s@ezweb.ne.jp"], charset="iso-2022-jp",
    subject="ご相談窓口のご案内",
    body=f"""廿日出様

ルミナスカード 不正利用受付窓口の金子でございます。
お電話でお尋ねのあった、お近くの相談窓口をご案内いたします。

・若葉中央警察署（代表）　　　　0263-31-0110 ※被害届はこちら
・若葉市消費生活センター　　　　0263-40-5511
・警察相談専用電話　　　　　　　#9110
・消費者ホットライン　　　　　　188
・山吹県警察本部 サイバー犯罪相談窓口　0263-24-0110

カード会社への届出番号は「ID-250616-031」です。警察へのご相談の際にお伝えください。
{SIG_KANEKO}""",
    entities=[], detectors=["freemail_recipient"],
    note="one free-mail recipient; a list of public offices' phone numbers, not people",
)

# 089 — authorisation log with full PANs, UTF-8 CSV, to the vendor for debugging
_csv = [["auth_ts", "pan", "amount", "currency", "mcc", "merchant_id", "resp_code", "score"]]
for _ in range(10):
    _csv.append([f"2025-06-15T{hhmm()}:{rng.randint(0, 59):02d}+09:00", new_card(), rng.randint(100, 300000),
                 "JPY", rng.choice(["5816", "5732", "4511", "5999"]), digits(15),
                 rng.choice(["00", "05", "51", "59"]), rng.randint(300, 999)])
add(
    id="cardfraud-089", expect="stop", sender=ISHIGURO, to=[TSUBASA], charset="utf-8",
    subject="【不具合調査】スコア未付与のオーソリログ（6/15）",
    body=f"""久保田様

お世話になっております。石黒です。
6/15 深夜帯にスコアが付与されなかったオーソリの生ログを抽出しました。
原因調査をお願いできますでしょうか。
{SIG_ISHIGURO}""",
    attachments=[{"kind": "csv", "name": "auth_noscore_20250615.csv", "encoding": "utf-8", "rows": _csv}],
    entities=["CREDIT_CARD"], detectors=["personal_data"],
    note="raw authorisation log with ten full PANs to the vendor",
)

# 090 — the same kind of log with tokens instead of PANs
_log = "\n".join(f"2025-06-16T{hhmm()}:{rng.randint(0, 59):02d}+09:00 tok_{digits(6)}{rng.choice('abcdef')}{digits(5)} "
                 f"amt={rng.randint(100, 90000)} mcc={rng.choice(['5816', '5732', '4511'])} resp=00 score=null"
                 for _ in range(8))
add(
    id="cardfraud-090", expect="pass", sender=ISHIGURO, to=[TSUBASA], charset="utf-8",
    subject="Re: 【不具合調査】スコア未付与（再発分）",
    body=f"""久保田様

石黒です。本日も同様の事象が8件発生しました。
今回はトークン化済みのログを添付します（PANは含まれていません）。
{SIG_ISHIGURO}""",
    attachments=[{"kind": "txt", "name": "noscore_20250616.log", "text": _log}],
    entities=[], detectors=[],
    note="tokenised log lines: no card numbers, no people",
)

# 091 — inline forward of a merchant's mail with five buyers' records, to the issuer
_ps = people(5)
_orders = "\n".join(f"{_i}) 注文 TG-{digits(6)} / {_p['name']} / {_p['addr']} / {_p['mobile']}"
                    for _i, _p in enumerate(_ps, 1))
add(
    id="cardfraud-091", expect="stop", sender=SAEKI, to=[LUMINA], charset="iso-2022-jp",
    subject="転送：ときめきガジェットからの回答（注文者情報）",
    body=f"""瀬戸様

お世話になっております。佐伯です。
加盟店から注文者情報の回答がありましたので、転送いたします。
5件とも配送先が別人名義になっております。

-------- 転送メッセージ --------
差出人: ときめきガジェット カスタマー <cs@tokimeki-gadget.com>
日付: 2025/06/16 11:48
件名: Re: 注文情報のご照会

日の出産業 佐伯様
ご照会の5件の注文者情報は以下のとおりです。

{_orders}

ときめきガジェット カスタマーサポート
{SIG_SAEKI}""",
    entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="a forward (new text to the issuer) with five buyers' names, addresses and phones",
)

# 092 — to a cardholder on free mail: their own registered phone, masked nothing else
_p = person()
add(
    id="cardfraud-092", expect="pass", sender=KANEKO, to=[_p["email"].split("@")[0] + "@gmail.com"],
    charset="iso-2022-jp", subject="SMS認証コードの送信先について",
    body=f"""{_p['sei']}様

ルミナスカード 不正利用受付窓口の金子でございます。
ご本人確認のSMSは、ご登録の携帯電話番号 {_p['mobile']} 宛にお送りしております。
番号が変わっている場合は、会員サイトの「登録情報変更」からお手続きください。
{SIG_KANEKO}""",
    entities=["PHONE_NUMBER"], detectors=["freemail_recipient", "personal_data"],
    note="one free-mail recipient told their own phone number: one person's data, may be warned",
)

# 093 — to a cardholder on free mail: the full card number in a transaction list
_p = person()
_c = new_card()
add(
    id="cardfraud-093", expect="stop", sender=KANEKO, to=[_p["email"].split("@")[0] + "@gmail.com"],
    charset="utf-8", subject="ご利用内容の確認のお願い",
    body=f"""{_p['sei']}様

ルミナスカード 不正利用受付窓口の金子でございます。
下記のご利用にお心当たりがあるか、ご確認をお願いいたします。

ご利用カード：{sp4(_c)}
　06/14 21:02　STEAMGAMES　　　　 8,800円
　06/14 21:05　STEAMGAMES　　　　 8,800円
　06/14 21:09　GIFT HUB　　　　　30,000円

お心当たりがない場合は、本メールにご返信ください。
{SIG_KANEKO}""",
    entities=["CREDIT_CARD"], detectors=["freemail_recipient", "personal_data"],
    note="a full card number sent to a free-mail address",
)

# 094 — internal only: a My Number found in a ticket, reported to the privacy officer
_p = person()
_mn = new_mynumber()
add(
    id="cardfraud-094", expect="pass", sender=TODA, to=[f"noto.kaori@{DOM}"], cc=[f"isms@mail.{DOM}"],
    charset="iso-2022-jp", subject="【インシデント報告】受付票への個人番号記載（社内）",
    body=f"""能登さん

戸田です。受付票の点検で、個人番号の記載を1件発見しました。

受付番号：ID-250613-017
会員：{_p['name']}
記載内容：{_mn}
発見日時：6/16 10:40（戸田）

受付票からは削除済みです。バックアップからの削除手順をご指示ください。
戸田""",
    entities=["PERSON_NAME", "JP_MY_NUMBER"], detectors=[],
    note="a My Number, but only to internal recipients (incl. mail. subdomain)",
)

# 095 — To internal, Cc the issuer: five cardholders' phones
_ps = people(5)
_lst = "\n".join(f"- {_p['name']}様　{_p['mobile']}　{yen(10000, 200000):,}円" for _p in _ps)
add(
    id="cardfraud-095", expect="stop", sender=SAEKI, to=[f"kaneko.tatsuya@{DOM}"], cc=[LUMINA],
    charset="iso-2022-jp", subject="本日の折返し対応リスト（cc：ルミナスカード様）",
    body=f"""金子さん
（cc：ルミナスカード 瀬戸様）

おつかれさまです。佐伯です。
本日17時までに折返しが必要な会員様です。対応をお願いします。

{_lst}

瀬戸様、ご参考までに共有いたします。
{SIG_SAEKI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five people's names and phones; one recipient (Cc) is external",
)

# 096 — DOCX table: suspicious applications without names
_ps = people(5)
_t = [["申込番号", "生年月日", "申込住所", "勤務先電話（申告）", "不審点"]]
for _p in _ps:
    _t.append([f"AP{digits(9)}", seireki(_p["dob"], "kanji"), _p["addr"], _p["mobile"],
               rng.choice(["住所が私書箱", "同一電話で複数申込", "勤務先実在せず", "免許証画像の加工痕"])])
add(
    id="cardfraud-096", expect="stop", sender=TODA, to=[LUMINA2], charset="iso-2022-jp",
    subject="新規申込 なりすまし疑い（5件）の報告",
    body=f"""片桐様

お世話になっております。戸田です。
新規申込の審査補助で、なりすましの疑いがある5件を報告書にまとめました。
審査保留としてよいかご判断をお願いします。
{SIG_TODA}""",
    attachments=[{"kind": "docx", "name": "なりすまし疑い申込_0616.docx",
                  "paragraphs": ["新規申込 なりすまし疑い 報告書", "作成：日の出産業 本人確認チーム 2025/6/16"],
                  "tables": [_t]}],
    entities=["DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="DOCX table of five applicants' DOB/address/phone without a name column",
)

# 097 — to the police: a suspected fraudster's name and phone (borderline)
_p = person()
add(
    id="cardfraud-097", expect="either", sender=HIRANO, to=[POLICE], charset="iso-2022-jp",
    subject="不正注文の受取人に関する情報提供",
    body=f"""坂下様

お世話になっております。日の出産業の平野です。
先日ご相談した件で、複数の不正注文の受取人として同一人物の名義が使われていることが分かりました。

受取人名義：{_p['name']}
受取時の連絡先：{_p['mobile']}

本人による犯行か、名義を悪用されている第三者かは不明です。ご参考までにお知らせいたします。
{SIG_HIRANO}""",
    entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one person's name/phone linked to suspected fraud: one record, but suspicion of crime may be read as sensitive",
)

# 098 — to the police: acknowledgement of an inquiry, no data
add(
    id="cardfraud-098", expect="pass", sender=HIRANO, to=[POLICE], charset="iso-2022-jp",
    subject="捜査関係事項照会書（山サ第1204号）受領のご連絡",
    body=f"""山吹県警察本部 サイバー犯罪対策課
坂下巡査部長 殿

お世話になっております。日の出産業の平野でございます。
6月16日付の捜査関係事項照会書（山サ第1204号）を確かに受領いたしました。
カード会社の確認を経たうえで、6月27日までに書面にてご回答いたします。
{SIG_HIRANO}""",
    entities=[], detectors=[],
    note="acknowledgement with a reference number only",
)

# 099 — English: six refund recipients with e-mails, to an acquirer abroad
_ps = people(6)
_rows = "\n".join(f"{_p['emboss']}\t{_p['email']}\t{rng.randint(40, 900)}.{rng.randint(0, 99):02d} AUD" for _p in _ps)
add(
    id="cardfraud-099", expect="stop", sender=MORIOKA, to=["Refund Ops <refunds@kestrel-ms.com.au>"],
    charset="utf-8", subject="Refunds for cancelled tour bookings - Lumina cardholders",
    body=f"""Hello Refund team,

Following our call, below are the Lumina cardholders whose tour bookings with your merchant
(Southern Cross Tours, MID {digits(12)}) were cancelled. Please process the credits so that we
can close the disputes. The merchant will e-mail each cardholder the confirmation.

Name\tE-mail\tAmount
{_rows}
{SIG_MORIOKA}""",
    entities=["PERSON_NAME", "EMAIL_ADDRESS"], detectors=["personal_data"],
    note="tab-separated list of six named cardholders with e-mails to an acquirer abroad",
)

# 100 — sole-proprietor merchants with owners' mobiles (business list or people list?)
_ps = people(5)
_shops = ["整体院 ほぐし堂", "古着屋 ヴィンテージK", "ネイルサロン Lumi", "個別指導塾 まなび舎", "カメラ修理 光学堂"]
_lines = [f"{pad('屋号', 24)}{pad('代表者', 16)}{pad('連絡先（携帯）', 18)}所在地（自宅兼店舗）",
          "-" * 100]
for _s, _p in zip(_shops, _ps):
    _lines.append(f"{pad(_s, 24)}{pad(_p['name'], 16)}{pad(_p['mobile'], 18)}{_p['addr']}")
add(
    id="cardfraud-100", expect="either", sender=OHASHI, to=[NEXA], charset="iso-2022-jp",
    subject="CB多発の個人事業主加盟店（5店）",
    body=f"""戸川様

お世話になっております。大橋です。
チャージバックが多発している個人事業主の加盟店5店です。
加盟店契約の確認をお願いできますでしょうか。

""" + "\n".join(_lines) + f"""

{SIG_OHASHI}""",
    entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="five merchants that are sole proprietors: owners' names, mobiles and home addresses — business list or people list",
)
