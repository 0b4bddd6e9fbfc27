"""Blind evaluation corpus — area: senin (船員・船舶管理 / crew-manning desk).

Mail of 日の出産業株式会社 船舶管理本部・船員部: seafarers' passports and seaman's books,
medical fitness certificates (PEME), crew lists for port agents, visas and crew landing
permits, wage (allotment) remittances to families abroad, manning agencies in the
Philippines and Indonesia, P&I club claims after injuries, plus ordinary ship-supply and
port-call mail, in Japanese and English.

Every person, vessel, number, account and address in this file is invented (names drawn
from common-name pools, numbers from a seeded random generator; My Numbers and card
numbers from build.my_number / build.card_number).  Written blind from BRIEF.md, build.py
and SPEC.md only: no mailguard code, rules, tests, bench scripts or other corpus files
were read.
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

SEED = 17001
_R = random.Random(SEED)

# -- small helpers -----------------------------------------------------------------------


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, n: int) -> str:
    return s + " " * max(0, n - _w(s))


def _table(rows, gap: int = 2, rule: str = "-") -> str:
    ncol = max(len(r) for r in rows)
    widths = [max(_w(str(r[i])) if i < len(r) else 0 for r in rows) for i in range(ncol)]
    out = []
    for k, r in enumerate(rows):
        out.append((" " * gap).join(_pad(str(c), widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            out.append(rule * (sum(widths) + gap * (ncol - 1)))
    return "\n".join(out)


def _ztable(rows) -> str:
    """Columns padded with full-width spaces (as pasted from a Japanese spreadsheet)."""
    ncol = max(len(r) for r in rows)
    widths = [max(_w(str(r[i])) if i < len(r) else 0 for r in rows) for i in range(ncol)]
    out = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            c = str(c)
            gap = widths[i] - _w(c)
            cells.append(c + "　" * (gap // 2) + " " * (gap % 2))
        out.append("　".join(cells).rstrip("　 "))
        if k == 0:
            out.append("―" * ((sum(widths) + 2 * (ncol - 1)) // 2))
    return "\n".join(out)


def _d(n: int) -> str:
    return "".join(str(_R.randrange(10)) for _ in range(n))


def _ph_pp() -> str:
    return "P" + _d(7) + _R.choice("ABC")


def _id_pp() -> str:
    return _R.choice("BCX") + _d(7)


def _jp_pp() -> str:
    return _R.choice(["TK", "TR", "MZ", "TS", "TZ", "MU"]) + _d(7)


def _sirb() -> str:
    return "C" + _d(7)


def _bukupelaut() -> str:
    return "F" + _d(6)


def _dob(y0: int = 1968, y1: int = 2000):
    return (_R.randint(y0, y1), _R.randint(1, 12), _R.randint(1, 28))


_MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _iso(d) -> str:
    return "%04d-%02d-%02d" % d


def _dmy(d) -> str:
    return "%02d-%s-%04d" % (d[2], _MON[d[1] - 1], d[0])


def _slash(d) -> str:
    return "%04d/%d/%d" % d


def _wareki(d, short: bool = False) -> str:
    y, m, dd = d
    if (y, m, dd) < (1989, 1, 8):
        era, n, ab = "昭和", y - 1925, "S"
    else:
        era, n, ab = "平成", y - 1988, "H"
    if short:
        return "%s%d.%d.%d" % (ab, n, m, dd)
    return "%s%s年%d月%d日" % (era, "元" if n == 1 else str(n), m, dd)


_ZEN = str.maketrans("0123456789-.()", "０１２３４５６７８９－．（）")


def _zen(s: str) -> str:
    return s.translate(_ZEN)


def _ph_mob() -> str:
    return "+63 9%02d %03d %04d" % (_R.randrange(5, 99), _R.randrange(1000), _R.randrange(10000))


def _id_mob() -> str:
    return "+62 8%02d-%04d-%04d" % (_R.randrange(11, 99), _R.randrange(10000), _R.randrange(10000))


def _jp_mob() -> str:
    return "0%d0-%04d-%04d" % (_R.choice([7, 8, 9]), _R.randrange(1000, 10000), _R.randrange(10000))


def _imo(prefix: int) -> str:
    s = str(prefix)
    c = sum(int(s[i]) * (7 - i) for i in range(6)) % 10
    return s + str(c)


_PH_SUR = ["BAUTISTA", "DELA CRUZ", "SANTOS", "VILLANUEVA", "RAMOS", "MENDOZA", "AQUINO",
           "GARCIA", "TORRES", "NAVARRO", "CASTILLO", "FLORES", "DOMINGO", "PASCUAL",
           "SORIANO", "MANALO", "OCAMPO", "SALAZAR", "LACSON", "MAGBANUA", "DIMACULANGAN",
           "TOLENTINO", "MACARAEG", "CABRERA", "EVANGELISTA", "PANGANIBAN", "SISON", "ABAD",
           "BELMONTE", "QUIAMBAO", "ESGUERRA", "VILLAFUERTE", "GATCHALIAN", "ILAGAN"]
_PH_GIV = ["Rodel", "Jomar", "Mark Anthony", "Jerome", "Ariel", "Noel", "Rommel", "Jayson",
           "Renato", "Edgardo", "Reynaldo", "Christian", "Kevin", "Dennis", "Alvin", "Ronald",
           "Arnel", "Marlon", "Efren", "Bernardo", "Joel", "Ramil", "Nestor", "Wilfredo",
           "Jhun", "Raymond", "Lester", "Erwin", "Virgilio", "Ryan Paul"]
_ID_GIV = ["Budi", "Agus", "Rizky", "Dedi", "Hendra", "Slamet", "Yusuf", "Andi", "Fajar", "Eko",
           "Wahyu", "Irfan", "Bayu", "Teguh", "Ahmad", "Rudi", "Joko", "Imam", "Arif", "Dimas",
           "Gilang", "Rahmat", "Sigit", "Taufik"]
_ID_SUR = ["Santoso", "Setiawan", "Pratama", "Kurniawan", "Wijaya", "Riyadi", "Hidayat",
           "Saputra", "Nugroho", "Prasetyo", "Ramadhan", "Maulana", "Firmansyah", "Santika",
           "Fauzi", "Hartono", "Susilo", "Syafii", "Rahman", "Anggara", "Siregar", "Nasution",
           "Lubis", "Simanjuntak"]
_JP = [("比嘉", "光", "ヒガ", "ヒカル", "HIGA", "Hikaru"),
       ("東海林", "大輔", "ショウジ", "ダイスケ", "SHOJI", "Daisuke"),
       ("仲宗根", "誠", "ナカソネ", "マコト", "NAKASONE", "Makoto"),
       ("鬼頭", "修平", "キトウ", "シュウヘイ", "KITO", "Shuhei"),
       ("五十嵐", "拓也", "イガラシ", "タクヤ", "IGARASHI", "Takuya"),
       ("八木沢", "亮", "ヤギサワ", "リョウ", "YAGISAWA", "Ryo"),
       ("宇喜多", "直人", "ウキタ", "ナオト", "UKITA", "Naoto"),
       ("勅使河原", "剛", "テシガワラ", "ツヨシ", "TESHIGAWARA", "Tsuyoshi"),
       ("大豆生田", "進", "オオマメウダ", "ススム", "OMAMEUDA", "Susumu"),
       ("百目鬼", "聡", "ドウメキ", "サトシ", "DOMEKI", "Satoshi"),
       ("小比類巻", "健", "コヒルイマキ", "ケン", "KOHIRUIMAKI", "Ken"),
       ("與那覇", "勝", "ヨナハ", "マサル", "YONAHA", "Masaru"),
       ("島袋", "清", "シマブクロ", "キヨシ", "SHIMABUKURO", "Kiyoshi"),
       ("漆原", "和也", "ウルシバラ", "カズヤ", "URUSHIBARA", "Kazuya"),
       ("瀬戸口", "潤", "セトグチ", "ジュン", "SETOGUCHI", "Jun"),
       ("久保寺", "隆", "クボデラ", "タカシ", "KUBODERA", "Takashi"),
       ("浜口", "伸一", "ハマグチ", "シンイチ", "HAMAGUCHI", "Shinichi"),
       ("薬師寺", "勇", "ヤクシジ", "イサム", "YAKUSHIJI", "Isamu"),
       ("一寸木", "浩二", "チョッキ", "コウジ", "CHOKKI", "Koji"),
       ("新垣", "翔太", "アラカキ", "ショウタ", "ARAKAKI", "Shota"),
       ("谷津", "昌平", "ヤツ", "ショウヘイ", "YATSU", "Shohei"),
       ("千々岩", "豊", "チヂイワ", "ユタカ", "CHIJIIWA", "Yutaka"),
       ("甑", "孝之", "コシキ", "タカユキ", "KOSHIKI", "Takayuki")]


_USED: set = set()


def _ph_name() -> tuple[str, str]:
    while True:
        s, g = _R.choice(_PH_SUR), _R.choice(_PH_GIV)
        if (s, g) not in _USED:
            _USED.add((s, g))
            return s, g


def _id_name() -> str:
    while True:
        n = "%s %s" % (_R.choice(_ID_GIV), _R.choice(_ID_SUR))
        if n not in _USED:
            _USED.add(n)
            return n


def _jp_people(n: int):
    return _R.sample(_JP, n)


_RANKS = ["MASTER", "C/O", "2/O", "3/O", "C/E", "1/E", "2/E", "3/E", "ETO", "BSN", "AB", "AB",
          "AB", "OS", "OS", "OLR", "OLR", "WPR", "C/CK", "MSM", "D/CDT", "E/CDT"]


_OFFICERS = {"MASTER", "C/O", "2/O", "3/O", "C/E", "1/E", "2/E", "3/E", "ETO"}


def _crew(n: int, mix: str = "jp-ph", ratings: bool = False):
    """n crew records: dicts with name, rank, nat, dob, pp, book."""
    out = []
    jp = _jp_people(min(n, 4)) if "jp" in mix else []
    ranks = _RANKS[9:] if ratings else _RANKS
    for i in range(n):
        rank = ranks[i] if i < len(ranks) else "AB"
        lo, hi = (1966, 1993) if rank in _OFFICERS else (1976, 2003)
        if "jp" in mix and i < len(jp) and rank in ("MASTER", "C/O", "C/E", "1/E"):
            p = jp[i]
            out.append({"name": "%s %s" % (p[4], p[5].upper()), "rank": rank, "nat": "JAPANESE",
                        "dob": _dob(1962, 1985), "pp": _jp_pp(), "book": "JP" + _d(6)})
        elif "id" in mix and ("ph" not in mix or i % 2):
            out.append({"name": _id_name().upper(), "rank": rank, "nat": "INDONESIAN",
                        "dob": _dob(lo, hi), "pp": _id_pp(), "book": _bukupelaut()})
        else:
            s, g = _ph_name()
            out.append({"name": "%s, %s" % (s, g.upper()), "rank": rank, "nat": "FILIPINO",
                        "dob": _dob(lo, hi), "pp": _ph_pp(), "book": _sirb()})
    return out


# -- signatures and boilerplate ------------------------------------------------------------

_ADDR = "〒650-0024 兵庫県神戸市中央区海岸通３丁目１－５ 日の出海岸ビル７階"


def _sig_matsunaga() -> str:
    return ("\n──────────────────────────\n"
            "日の出産業株式会社 船舶管理本部 船員部 配乗グループ\n"
            "松永 健吾（Kengo MATSUNAGA）\n" + _ADDR + "\n"
            "TEL 078-391-5520（代表）／FAX 078-391-5529\n"
            "matsunaga.k@hinode-sangyo.co.jp\n"
            "──────────────────────────\n")


def _sig_kishimoto() -> str:
    return ("\n-- \n日の出産業（株）船員部 配乗グループ（渡航・入出国手続）\n岸本 由佳\n"
            "TEL: 078-391-5524（直通）\nE-mail: kishimoto.y@hinode-sangyo.co.jp\n")


def _sig_oshiro() -> str:
    return ("\n*******************************************\n"
            " 日の出産業株式会社\n 船舶管理本部 工務グループ  大城 隆\n"
            " " + _ADDR + "\n TEL 078-391-5531 / 携帯 080-4417-2093（社用）\n"
            "*******************************************\n")


def _sig_dizon() -> str:
    return ("\nBest regards,\n\nMaricel DIZON\nCrewing Coordinator, Marine Personnel Dept.\n"
            "HINODE SANGYO CO., LTD.\n3-1-5 Kaigan-dori, Chuo-ku, Kobe 650-0024, Japan\n"
            "Tel: +81-78-391-5520  Fax: +81-78-391-5529\ncrewing@hinode-sangyo.co.jp\n")


def _sig_sakuma() -> str:
    return ("\nCapt. Wataru SAKUMA\nMarine Superintendent\nHinode Sangyo Co., Ltd. / Ship Management Div.\n"
            "Office +81-78-391-5533 | 24h Emergency +81-78-391-5599\n")


def _sig_taira() -> str:
    return ("\n======================\n日の出産業株式会社\n船員部 労務・給与チーム\n平良 さおり\n"
            "TEL 078-391-5524 内線 2214\n======================\n")


def _sig_ninomiya() -> str:
    return ("\n日の出産業株式会社　船舶管理本部　海務グループ\n二宮 悠斗\n"
            "TEL 078-391-5532 ／ ninomiya.y@hinode-sangyo.co.jp\n")


def _sig_en_ops() -> str:
    return ("\nRegards,\nHinode Sangyo Co., Ltd. – Fleet Operations Desk\n"
            "Tel +81-78-391-5530 / ops-desk@hinode-sangyo.co.jp\n")


_DISC_JA = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
            "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
_DISC_EN = ("\nThis e-mail and any attachments may contain confidential information and are "
            "intended solely for the addressee. If you have received it in error, please "
            "notify the sender and delete it.\n")

# vessels under management (all fictional)
V1 = ("AKEBONO STAR", _imo(963417), "3FQX7", "353" + _d(6))
V2 = ("KAIYO HARMONY", _imo(958123), "7JRK", "431" + _d(6))
V3 = ("CAMELLIA PIONEER", _imo(971240), "VRNT4", "477" + _d(6))
V4 = ("ORIENT MAPLE", _imo(946731), "3EWB9", "372" + _d(6))
V5 = ("第八 青嵐丸", "", "JD3421", "")  # 内航 coastal vessel, 499GT

MESSAGES: list[dict] = []


def _add(expect: str, entities: list, detectors: list, note: str, **m) -> None:
    n = len(MESSAGES) + 1
    MESSAGES.append({"id": "senin-%03d" % n, **m, "expect": expect, "entities": entities,
                     "detectors": detectors, "note": note})


PD = "personal_data"
VIS = "external_recipients_visible"
MULTI = "multiple_external_domains"
LOOK = "lookalike_domain"
FREE = "freemail_recipient"
CONF = "confidential_marking"
UNSCAN = "unscannable_attachment"
NAME, DOB, PP, PHONE, MAIL, ADDR, BANK = ("PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT",
                                          "PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS",
                                          "JP_BANK_ACCOUNT")
SENS = "SENSITIVE_CATEGORY"

# ==========================================================================================
# messages
# ==========================================================================================

# 001 — crew list pasted as a padded table for the Singapore agent --------------------------
_c = _crew(18, "jp-ph")
_add("stop", [NAME, DOB, PP], [PD],
     "18-row crew list with dates of birth and passport numbers to an external port agent",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["Singapore Ops <ops@straits-marine.com.sg>"],
     subject="%s (IMO %s) – Crew List for arrival Singapore" % (V1[0], V1[1]),
     charset="utf-8",
     body=("Dear Sir/Madam,\n\nGood day.\n\nPlease find below the crew list of MV %s for her "
           "arrival at Singapore (ETA 0600LT, 14th). Kindly arrange immigration clearance and "
           "submit to ICA/MPA as required.\n\n" % V1[0])
     + _table([["No", "Name", "Rank", "Nationality", "DOB", "Passport No", "Seaman Book"]]
              + [[str(i + 1), c["name"], c["rank"], c["nat"], _dmy(c["dob"]), c["pp"], c["book"]]
                 for i, c in enumerate(_c)])
     + "\n\nTotal: 18 persons incl. Master.\nPlease confirm receipt.\n" + _sig_dizon())

# 002 — ship supply order to the provisions partner (product codes, prices) --------------------
_add("pass", [], [],
     "provisions order to a partner: item codes, quantities and prices, no personal data",
     sender="大城 隆 <oshiro@hinode-sangyo.co.jp>",
     to=["北国フーズ 船舶納品課 <senpaku@kitaguni-foods.co.jp>"],
     subject="【発注】%s 神戸寄港分 食料品・仕出し" % V2[0],
     charset="iso-2022-jp",
     body=("北国フーズ株式会社\n船舶納品課 御中\n\nいつもお世話になっております。日の出産業の大城です。\n"
           "下記のとおり %s（神戸・六甲アイランド RC4 着岸予定）向けの食料品を発注いたします。\n"
           "納品は着岸当日 13:00〜15:00、舷側渡しでお願いします。\n\n" % V2[0])
     + _table([["品番", "品名", "規格", "数量", "単価(円)"],
               ["KF-10231", "精米（国産）", "10kg袋", "24", "4,380"],
               ["KF-20417", "冷凍鶏もも肉", "2kg", "30", "1,650"],
               ["KF-20988", "冷凍豚ロース", "2kg", "18", "2,420"],
               ["KF-31102", "鶏卵 L", "10ケース(30個)", "6", "5,900"],
               ["KF-40015", "キャベツ", "1玉", "40", "210"],
               ["KF-40211", "玉ねぎ", "20kg箱", "3", "3,480"],
               ["KF-55630", "インスタントコーヒー", "500g", "8", "1,980"],
               ["KF-60770", "ミネラルウォーター", "2L×6", "50", "540"]])
     + "\n\n発注番号：HS-PO-24-0817\n請求書は船名・発注番号を記載のうえ工務グループ宛にお送りください。\n"
     + _sig_oshiro())

# 003 — manning agency: contracts ending, CSV with mobiles and passport numbers ----------------
_rows = [["Crew ID", "Surname", "Given name", "Rank", "Vessel", "Contract end", "Passport No",
          "Passport expiry", "SIRB No", "Mobile"]]
for i in range(11):
    s, g = _ph_name()
    _rows.append(["PS-%05d" % _R.randrange(10000, 99999), s, g, _R.choice(_RANKS[9:]),
                  _R.choice([V1[0], V3[0], V4[0]]), "2025-%02d-%02d" % (_R.randint(1, 12), _R.randint(1, 28)),
                  _ph_pp(), "20%d-%02d-%02d" % (_R.randint(26, 33), _R.randint(1, 12), _R.randint(1, 28)),
                  _sirb(), _ph_mob()])
_add("stop", [NAME, PP, PHONE], [PD],
     "CSV of 11 seafarers with passport numbers and mobile numbers to a Manila manning agency",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["Operations – Pacific Star Manning <operations@pacificstar-manning.com.ph>"],
     cc=["松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>"],
     subject="Contract expiry / re-hire candidates Q3",
     charset="utf-8",
     body=("Hi Jen,\n\nAttached are the ratings whose contracts end in the coming months. "
           "Please check availability for re-hire and whether their passports are still valid "
           "for at least 18 months. Those with less validity should renew before line-up.\n\n"
           "Reply by Friday if possible.\n" + _sig_dizon()),
     attachments=[{"kind": "csv", "name": "rehire_candidates_Q3.csv", "encoding": "utf-8",
                   "rows": _rows}])

# 004 — ETA notice with IMO / call sign / MMSI to one port agent --------------------------------
_add("pass", [], [],
     "ETA / pre-arrival notice: IMO number, call sign, MMSI, drafts — vessel data, not people",
     sender="Fleet Ops <ops-desk@hinode-sangyo.co.jp>",
     to=["Rokko Kaiun Kobe Branch <kobe@rokko-kaiun.co.jp>"],
     subject="ETA NOTICE – %s / Kobe PC-14" % V3[0],
     charset="utf-8",
     body=("Dear Agent,\n\nPlease note the following pre-arrival information.\n\n"
           "Vessel      : %s\nIMO No.     : %s\nCall sign   : %s\nMMSI        : %s\n"
           "Flag        : Panama\nGT / NT     : 43,012 / 27,224\nLOA / Beam  : 229.0 m / 32.26 m\n"
           "Last port   : Qingdao\nETA Kobe PS : 0700LT 22nd, weather permitting\n"
           "Arr. draft  : F 11.80 m / A 12.10 m\nCargo       : Soybean meal in bulk, 61,450 MT\n"
           "ISPS level  : 1\nRequired    : fresh water 150 MT, garbage removal, no crew change\n\n"
           "Please advise berthing prospect and pilot boarding time.\n" % (V3[0], V3[1], V3[2], V3[3]))
     + _sig_en_ops())

# 005 — injury report to the P&I club: one seafarer, diagnosis ----------------------------------
_s, _g = _ph_name()
_add("stop", [NAME, SENS], [PD],
     "P&I notice of an injured seafarer with his diagnosis and treatment (要配慮: medical) to an external club",
     sender="Capt. Wataru Sakuma <sakuma.w@hinode-sangyo.co.jp>",
     to=["Claims Dept. <claims@toyo-pandi.or.jp>"],
     subject="Crew injury – %s – Bosun %s %s" % (V4[0], _g, _s.title()),
     charset="utf-8",
     body=("Dear Claims Handler,\n\nWe hereby give notice of a personal injury on board MV %s "
           "(entered with your Club, policy year 2025).\n\n"
           "On 3rd inst. at about 1015LT, while securing the No.3 hatch cover cleats at sea, "
           "Bosun %s %s (Filipino, 46 y/o) slipped and fell onto the hatch coaming. He was "
           "landed at Kaohsiung on 5th and examined at the Kaohsiung Veterans General Hospital: "
           "closed fracture of the left distal radius and contusion of the left hip. "
           "Open reduction and internal fixation was performed on 6th; the doctor declared him "
           "unfit for duty for about 10 weeks and he will be repatriated to Manila with a "
           "medical escort once cleared to fly.\n\nThe Master's report, accident photographs "
           "and the hospital's medical certificate will follow. Please appoint a local "
           "correspondent and advise on the sick wage and repatriation cost procedure.\n"
           % (V4[0], _g, _s.title())) + _sig_sakuma() + _DISC_EN)

# 006 — one contact person of the Busan agent (pass, may warn) -----------------------------------
_add("pass", [NAME, PHONE], [PD],
     "one agent employee's name and mobile for a crew change: one person's business contact",
     sender="松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>",
     to=["Haeyang Shipping Crew Dept <crew@haeyang-shipping.co.kr>"],
     subject="RE: %s crew change at Busan – boarding officer" % V2[0],
     charset="utf-8",
     body=("Dear Mr. Park,\n\nThank you for the arrangement. For the day of the crew change, "
           "our superintendent will coordinate with your boarding officer directly.\n\n"
           "Our side: Mr. Toru Samejima, Superintendent – mobile +81 90-6612-4087 (WhatsApp OK)\n\n"
           "He will arrive Gimhae on KE2118 the day before and stay at the usual hotel near "
           "Jungang-dong. Please share your boarding officer's name and mobile when fixed.\n\n"
           "Best regards,\nKengo Matsunaga\nHinode Sangyo Co., Ltd. Crewing Group\n"))

# 007 — allotment remittance list to the partner bank (CSV, CP932) -------------------------------
_rows = [["送金日", "乗組員名", "受取人名", "続柄", "銀行名", "支店", "口座種別", "口座番号", "金額(USD)"]]
_ph_banks = ["BDO Unibank", "Metrobank", "Land Bank of the Philippines", "BPI", "PNB"]
for i in range(9):
    s, g = _ph_name()
    wife = _R.choice(["Maricris", "Jocelyn", "Rowena", "Lorna", "Analyn", "Mylene", "Grace", "Cherry"])
    _rows.append(["2025/07/25", "%s %s" % (g, s.title()), "%s %s" % (wife, s.title()), "妻",
                  _R.choice(_ph_banks), _R.choice(["Cavite", "Iloilo", "Batangas", "Cebu Mango", "Tacloban"]),
                  "Savings", _d(10) if i % 2 else _d(12), "{:,}".format(_R.randrange(8, 22) * 100)])
for p in _jp_people(3):
    _rows.append(["2025/07/25", p[0] + " " + p[1], p[0] + " " + _R.choice(["恵子", "美和", "智子"]), "妻",
                  "みどり銀行", _R.choice(["神戸中央", "那覇", "鹿児島"]), "普通", _d(7),
                  "{:,}".format(_R.randrange(10, 30) * 100)])
_add("stop", [NAME, BANK], [PD],
     "12 families' bank accounts for allotment remittance (list of people) sent to the partner bank",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["みどり銀行 外為センター <gaitame-center@midori-ginko.co.jp>"],
     subject="7月分 家族送金（アロットメント）依頼データ送付の件",
     charset="cp932",
     body=("みどり銀行 外為センター\nご担当者様\n\nいつも大変お世話になっております。\n"
           "日の出産業 船員部の平良でございます。\n\n7月分の乗組員家族送金データを添付いたします。\n"
           "件数：12件（海外9件・国内3件）\n合計：別紙のとおり\n\n"
           "送金指定日は7月25日です。不備がございましたらご連絡くださいませ。\n" + _sig_taira()),
     attachments=[{"kind": "csv", "name": "allotment_202507.csv", "rows": _rows}])

# 008 — fleet list with IMO numbers to a prospective owner: business data -----------------------
_fleet = [["船名", "IMO", "船籍", "船種", "DWT", "建造年", "造船所"],
          [V1[0], V1[1], "Panama", "Bulk (Supramax)", "58,097", "2013", "因島ドック"],
          [V2[0], V2[1], "Japan", "PCTC", "21,340", "2009", "瀬戸内重工"],
          [V3[0], V3[1], "Panama", "Bulk (Kamsarmax)", "81,920", "2017", "大島造船所"],
          [V4[0], V4[1], "Marshall Is.", "Chemical Tanker", "19,996", "2011", "臼杵造船"],
          ["SEIRYU", _imo(975512), "Liberia", "Bulk (Handy)", "37,700", "2018", "佐伯重工"],
          ["第八 青嵐丸", "—", "日本", "内航一般貨物", "1,600", "2015", "檜垣造船"]]
_add("pass", [], [],
     "managed-fleet list (ships, IMO numbers, yards): business data, no people",
     sender="二宮 悠斗 <ninomiya.y@hinode-sangyo.co.jp>",
     to=["海洋汽船 船舶部 <senpaku@kaiyo-kisen.co.jp>"],
     subject="弊社管理船一覧のご送付",
     charset="iso-2022-jp",
     body=("海洋汽船株式会社\n船舶部 御中\n\n平素より格別のお引き立てを賜り、厚く御礼申し上げます。\n"
           "先日の打合せでご要望のありました、弊社管理船の一覧を下記にお送りいたします。\n\n"
           + _table(_fleet) + "\n\n※DWT は夏期満載喫水時。詳細な船体要目は別途お送りいたします。\n"
           + _sig_ninomiya()))

# 009 — visa for a Japanese officer: passport number in running text ------------------------------
_p = _jp_people(1)[0]
_d9 = _dob(1971, 1980)
_add("stop", [NAME, DOB, PP], [PD],
     "one officer's passport number and date of birth for a visa application to an external agent",
     sender="岸本 由佳 <kishimoto.y@hinode-sangyo.co.jp>",
     to=["ハーバービザサービス <apply@harbor-visa.jp>"],
     subject="ブラジル C1ビザ申請（乗船目的）の件",
     charset="iso-2022-jp",
     body=("ハーバービザサービス\n申請担当 様\n\nお世話になっております。日の出産業の岸本です。\n"
           "先日ご相談しましたサントス港での乗船に伴うビザ申請について、申請者情報をお送りします。\n\n"
           "%s %s（%s %s）さん、%s生まれ、旅券番号 %s（有効期限 2031年3月）、"
           "一等機関士として %s に乗船予定です。\n\n"
           "雇用証明書（英文）と船員手帳の写しは明日郵送いたします。申請料のお見積りもあわせてお願いいたします。\n"
           % (_p[0], _p[1], _p[5], _p[4], _wareki(_d9), _jp_pp(), V3[0])) + _sig_kishimoto())

# 010 — PPAP: password ZIP of crew documents to the port agent ------------------------------------
_add("stop", [], [UNSCAN],
     "password-protected ZIP of crew documents: cannot be inspected",
     sender="松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>",
     to=["六甲海運 神戸支店 代理店課 <agency@rokko-kaiun.co.jp>"],
     subject="【%s】交代乗組員書類（パスワード別送）" % V2[0],
     charset="iso-2022-jp",
     body=("六甲海運株式会社 神戸支店\n代理店課 御中\n\nお世話になっております。\n"
           "来週神戸での乗組員交代（乗船5名・下船5名）に係る書類一式を送付いたします。\n"
           "パスワードは別メールにてお送りいたします。\n\n"
           "・旅券写し\n・船員手帳写し\n・航空券 e-ticket\n\nご査収のほどよろしくお願いいたします。\n"
           + _sig_matsunaga()),
     attachments=[{"kind": "zip", "name": "crew_change_docs.zip", "password": "Hs#2025kobe",
                   "files": [{"kind": "txt", "name": "crew_list.txt",
                              "text": "\n".join("%s %s %s" % (c["name"], c["pp"], _iso(c["dob"]))
                                                for c in _crew(10, "jp-ph"))}]}])

# 011 — reply to the manning agency, their crew list only in the quote ----------------------------
_q = _crew(8, "ph", ratings=True)
_add("pass", [], [],
     "reply whose only personal data is the agency's own crew list quoted with '>'",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["Jen Tolentino <jtolentino@pacificstar-manning.com.ph>"],
     subject="Re: Line-up for %s – 8 ratings" % V4[0],
     charset="utf-8",
     body=("Hi Jen,\n\nWell received, thank you. Line-up is approved from our side; please "
           "proceed with PEME and visa processing. We will revert on the flight plan by Monday.\n"
           + _sig_dizon() + "\nOn Tue, 8 Jul 2025 at 16:42, Jen Tolentino wrote:\n"
           "> Dear Maricel,\n> Please see our proposed line-up below:\n>\n"
           + "\n".join("> %-28s %-5s %s  %s" % (c["name"], c["rank"], _dmy(c["dob"]), c["pp"]) for c in _q)
           + "\n>\n> All have valid US visa except the OS.\n> Regards, Jen\n"))

# 012 — PEME: one Indonesian rating found unfit, with the diagnosis --------------------------------
_n12 = _id_name()
_add("stop", [NAME, SENS], [PD],
     "PEME result of one named seafarer with diagnoses (hypertension, diabetes): 要配慮 health data to an agency",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["PT Nusantara Bahari – Crewing <crewing@nusantara-bahari.co.id>"],
     subject="PEME result – AB %s – replacement needed" % _n12,
     charset="utf-8",
     body=("Dear Pak Hendro,\n\nThe clinic has sent us the PEME result for AB %s (line-up for "
           "%s, joining Singapore). He was declared UNFIT: BP 168/104 on two readings, fasting "
           "blood sugar 182 mg/dL and HbA1c 8.1%%, i.e. uncontrolled hypertension and type 2 "
           "diabetes not previously declared.\n\nPlease inform him kindly, advise him to see his "
           "own doctor, and propose a replacement AB with valid documents as soon as possible. "
           "He may be reconsidered for a later vessel once controlled with medication.\n"
           % (_n12, V1[0])) + _sig_dizon())

# 013 — list of port agents by port: a list of businesses ----------------------------------------
_add("pass", [], [],
     "list of port agents (companies, switchboards, office addresses): businesses, not people",
     sender="二宮 悠斗 <ninomiya.y@hinode-sangyo.co.jp>",
     to=["海洋汽船 運航部 <unko@kaiyo-kisen.co.jp>"],
     subject="主要寄港地の代理店一覧（2025年度版）",
     charset="cp932",
     body=("海洋汽船株式会社 運航部 御中\n\nお世話になっております。日の出産業の二宮です。\n"
           "今年度、弊社管理船が起用する代理店の一覧をお送りします。ご参考まで。\n\n"
           + _table([["港", "代理店", "代表電話", "所在地"],
                     ["神戸", "六甲海運(株) 神戸支店", "078-331-2210", "神戸市中央区新港町4-1"],
                     ["横浜", "ワイケー・シップエージェント(株)", "045-662-8830", "横浜市中区海岸通1-1"],
                     ["名古屋", "金城港運(株)", "052-661-3105", "名古屋市港区入船2-3-12"],
                     ["釜山", "Haeyang Shipping Co.", "+82-51-463-2200", "Jung-gu, Busan"],
                     ["シンガポール", "Straits Marine Pte Ltd", "+65 6225 1180", "Robinson Rd, Singapore"],
                     ["高雄", "Formosa Harbour Agency", "+886-7-531-4400", "Gushan Dist., Kaohsiung"],
                     ["マニラ", "Bay Manila Shipping Services", "+63 2 8527 6610", "Port Area, Manila"],
                     ["ジャカルタ", "PT Tanjung Agensi", "+62 21 4390 1150", "Tanjung Priok, Jakarta"]])
           + "\n\n担当者の直通番号は各社の方針によりここには記載しておりません。\n" + _sig_ninomiya()))

# 014 — pre-arrival mail to agent, chandler, bunker supplier and surveyor all in To --------------
_add("stop", [], [VIS, MULTI],
     "four external organisations (agent, chandler, bunker supplier, surveyor) see each other in To",
     sender="Fleet Ops <ops-desk@hinode-sangyo.co.jp>",
     to=["Rokko Kaiun Kobe <kobe@rokko-kaiun.co.jp>", "Umibe Ship Supply <order@umibe-supply.co.jp>",
         "Seto Sekiyu Bunker Desk <bunker@seto-sekiyu.co.jp>", "Nankai Survey <kobe@nankai-survey.jp>"],
     subject="%s – Kobe call 22nd: services line-up" % V3[0],
     charset="utf-8",
     body=("Dear all,\n\nFor MV %s calling Kobe on the 22nd, please find the services "
           "line-up below and coordinate among yourselves as required.\n\n"
           "- Agency & husbandry: Rokko Kaiun\n- Deck/engine stores: Umibe Ship Supply (req. HS-ST-0922)\n"
           "- Bunkers: VLSFO 450 MT by barge, Seto Sekiyu\n- Bunker quantity survey: Nankai Survey\n\n"
           "Berth: PC-14, all fast expected 0930LT.\n" % V3[0]) + _sig_en_ops())

# 015 — full crew list with passports, all recipients internal ------------------------------------
_c = _crew(20, "jp-ph")
_add("pass", [NAME, DOB, PP], [],
     "crew list with passports and dates of birth, but every recipient is internal",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["海務グループ <kaimu@hinode-sangyo.co.jp>", "二宮 悠斗 <ninomiya.y@hinode-sangyo.co.jp>"],
     cc=["ops-desk@mail.hinode-sangyo.co.jp"],
     subject="Updated crew list – %s (after Singapore crew change)" % V1[0],
     charset="utf-8",
     body=("Hi team,\n\nUpdated crew list attached for your files. Please use this version for "
           "the Australian pre-arrival (MARS) and the next agent nominations.\n" + _sig_dizon()),
     attachments=[{"kind": "xlsx", "name": "CrewList_AKEBONO_STAR_rev5.xlsx",
                   "sheets": {"Crew": [["MV %s – CREW LIST (rev.5)" % V1[0]], [],
                                       ["No", "Name", "Rank", "Nationality", "DOB", "Passport", "Seaman Book"]]
                              + [[i + 1, c["name"], c["rank"], c["nat"], _iso(c["dob"]), c["pp"], c["book"]]
                                 for i, c in enumerate(_c)]}}])

# 016 — provisions order to a look-alike of the partner's domain (letter dropped) -----------------
_add("stop", [], [LOOK],
     "recipient domain kitaguni-food.co.jp is a look-alike of partner kitaguni-foods.co.jp (letter dropped)",
     sender="大城 隆 <oshiro@hinode-sangyo.co.jp>",
     to=["北国フーズ 船舶納品課 <senpaku@kitaguni-food.co.jp>"],
     subject="Re: 仕出し見積の件（%s 名古屋寄港）" % V4[0],
     charset="iso-2022-jp",
     body=("北国フーズ 船舶納品課\n ご担当者様\n\nお見積りありがとうございました。\n"
           "金額について社内承認が取れましたので、見積 No.KQ-25-1180 の内容で正式に発注いたします。\n"
           "納品日時は名古屋・金城ふ頭 着岸後の 8月4日 10:00 でお願いいたします。\n"
           "本船の司厨長から追加があれば別途ご連絡します。\n" + _sig_oshiro()))

# 017 — reply under -----Original Message-----: the injury details are quoted ------------------------
_s, _g = _ph_name()
_add("pass", [], [],
     "new text is only about an invoice; the injured seaman's diagnosis is in the quoted original",
     sender="Capt. Wataru Sakuma <sakuma.w@hinode-sangyo.co.jp>",
     to=["Lionsgate P&I Services <cases@lionsgate-pi.com.sg>"],
     subject="RE: LG-25-0412 / %s / OS %s – hospital invoice" % (V1[0], _s.title()),
     charset="utf-8",
     body=("Dear Ms. Lim,\n\nThank you. We confirm the hospital invoice SGD 4,820.50 "
           "(inv. no. MH-2025-118734) is in order and may be settled against the Club's "
           "deductible. Please send the final account when available.\n" + _sig_sakuma()
           + "\n-----Original Message-----\nFrom: Cases <cases@lionsgate-pi.com.sg>\n"
           "Sent: Wednesday, July 16, 2025 11:03 AM\nTo: Sakuma Wataru\n"
           "Subject: LG-25-0412 / %s / OS %s\n\nDear Capt. Sakuma,\n"
           "OS %s %s was seen at the Mount Harbour Hospital: appendicitis, laparoscopic "
           "appendectomy done on 14th, discharged 16th. Fit to travel from 21st.\n"
           "Invoice attached.\nBest regards, Grace Lim\n" % (V1[0], _s.title(), _g, _s.title())))

# 018 — encrypted PDF employment contract --------------------------------------------------------
_add("stop", [], [UNSCAN],
     "password-protected PDF (seafarer employment contract): cannot be inspected",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["Visayas Crew Management <docs@visayas-crew.com.ph>"],
     subject="SEC for signing – 2/E joining %s" % V3[0],
     charset="utf-8",
     body=("Good day,\n\nAttached is the Seafarer Employment Contract for the 2/E joining %s "
           "next month, for signing and DMW processing. The file is protected; the password is "
           "the usual one for this year.\n\nKindly return the signed copy by courier.\n" % V3[0])
     + _sig_dizon(),
     attachments=[{"kind": "pdf", "name": "SEC_2E_CAMELLIA_PIONEER.pdf", "password": "vcm2025",
                   "title": "Seafarer Employment Contract",
                   "lines": ["SEAFARER EMPLOYMENT CONTRACT", "Vessel: %s  IMO %s" % (V3[0], V3[1]),
                             "Position: Second Engineer", "Basic wage: USD 3,150 / month",
                             "Duration: 9 months +/- 1 month"]}])

# 019 — three joining crew for the partner hotel: a short list ---------------------------------
_c = _crew(3, "ph", ratings=True)
_add("pass", [NAME, PHONE], [PD],
     "three joining seafarers with flight and mobile for the partner hotel: under five people",
     sender="岸本 由佳 <kishimoto.y@hinode-sangyo.co.jp>",
     to=["さくらホテル神戸 予約係 <kobe-reserve@sakura-hotel.jp>"],
     subject="8/21〜8/22 乗組員 3名 宿泊予約のお願い（日の出産業）",
     charset="iso-2022-jp",
     body=("さくらホテル神戸\n予約係 御中\n\nいつもお世話になっております。日の出産業 船員部の岸本です。\n"
           "下記3名の宿泊をお願いいたします（シングル3室、朝食付き、法人精算）。\n\n"
           + "\n".join("・%s　%s着　携帯 %s" % (c["name"], f, _ph_mob())
                       for c, f in zip(_c, ["PR432 関西 14:05", "PR432 関西 14:05", "5J828 関西 20:40"]))
           + "\n\nチェックイン 8/21、チェックアウト 8/22 朝（六甲アイランドへ 07:30 送迎あり）。\n"
           "遅着の者がおりますので、夜間のチェックインもよろしくお願いいたします。\n" + _sig_kishimoto()))

# 020 — 社外秘-stamped wage scale to the manning agency -------------------------------------------
_add("stop", [], [CONF],
     "DOCX wage scale carries a 社外秘 classification stamp in header and title, sent externally",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["Pacific Star Manning – Accounts <accounts@pacificstar-manning.com.ph>"],
     subject="2026 wage scale (draft for CBA discussion)",
     charset="utf-8",
     body=("Dear Mr. Salazar,\n\nPlease find attached our draft wage scale for 2026 for your "
           "comments before the CBA meeting in Manila. Figures are in USD per month.\n\n"
           "Best regards,\nSaori Taira\nHinode Sangyo – Crew Payroll\n"),
     attachments=[{"kind": "docx", "name": "wage_scale_2026_draft.docx",
                   "page_header": "社外秘 / COMPANY CONFIDENTIAL", "title": "【社外秘】2026年度 船員給与表（案）",
                   "paragraphs": ["【社外秘】2026年度 外国人船員 給与表（案）", "Basic wage (USD / month)"],
                   "tables": [[["Rank", "Basic", "Fixed OT", "Leave pay", "Total"],
                               ["Master", "7,900", "2,370", "1,050", "11,320"],
                               ["C/O", "5,300", "1,590", "700", "7,590"],
                               ["2/O", "2,650", "795", "350", "3,795"],
                               ["Bosun", "1,120", "560", "150", "1,830"],
                               ["AB", "880", "440", "117", "1,437"],
                               ["OS", "690", "345", "92", "1,127"]]]}])


def _houjin(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    s = sum(int(base12[-i]) * (1 if i % 2 else 2) for i in range(1, 13))
    return str(9 - s % 9) + base12


# 021 — remittance instruction to a TLD-swapped look-alike of the partner bank ---------------------
_add("stop", [], [LOOK],
     "midori-ginko.com is a TLD-swap look-alike of partner midori-ginko.co.jp",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["みどり銀行 外為センター <gaitame-center@midori-ginko.com>"],
     subject="Re: 8月分 家族送金の実行日について",
     charset="cp932",
     body=("みどり銀行 外為センター\nご担当者様\n\nお世話になっております。日の出産業の平良です。\n"
           "8月分の家族送金について、お盆期間を避けるため実行日を 8月22日（金）に変更させてください。\n"
           "データは前日までに通常どおりお送りいたします。件数・総額は7月分とほぼ同じ見込みです。\n\n"
           "お手数ですがご確認のほどよろしくお願いいたします。\n" + _sig_taira()))

# 022 — about an NDA with a new Indonesian manning agency --------------------------------------
_add("pass", [], [],
     "mail about signing an NDA (秘密保持契約) is not a confidentiality marking",
     sender="松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>",
     to=["PT Samudra Insani Manning <legal@samudra-insani.co.id>"],
     subject="Mutual NDA before manning agreement / 秘密保持契約",
     charset="utf-8",
     body=("Dear Ibu Ratna,\n\nThank you for the meeting in Jakarta last week.\n\n"
           "Before we exchange our crew wage scales and the draft manning agreement, our legal "
           "department asks that we first sign a mutual non-disclosure agreement (秘密保持契約). "
           "Could you let us know whether your company has a standard NDA form, or whether we "
           "should send ours? Governing law would normally be Japanese law with arbitration in "
           "Tokyo (JCAA), but we are open to Singapore.\n\nKind regards,\nKengo Matsunaga\n"
           "Crewing Group, Hinode Sangyo Co., Ltd.\n"))

# 023 — hotel booking to a homoglyph look-alike of the partner hotel -------------------------------
_add("stop", [], [LOOK],
     "sakura-hote1.jp (digit 1 for l) is a look-alike of partner sakura-hotel.jp",
     sender="岸本 由佳 <kishimoto.y@hinode-sangyo.co.jp>",
     to=["さくらホテル神戸 予約係 <kobe-reserve@sakura-hote1.jp>"],
     subject="9月 乗組員宿泊の仮押さえ",
     charset="iso-2022-jp",
     body=("さくらホテル神戸 予約係 御中\n\nいつもお世話になっております。\n"
           "9月10日〜11日に交代乗組員の宿泊が発生する見込みです。シングル6室を仮押さえいただけますでしょうか。\n"
           "氏名は航空券手配後（9月初旬）にお知らせいたします。\n\n" + _sig_kishimoto()))

# 024 — dock schedule, ends with the standard disclaimer ---------------------------------------
_add("pass", [], [],
     "ordinary dry-dock planning mail; the standard disclaimer at the end is not a marking",
     sender="大城 隆 <oshiro@hinode-sangyo.co.jp>",
     to=["因島ドック 営業部 <eigyo@innoshima-dock.co.jp>"],
     subject="%s 定期検査入渠 日程調整のお願い" % V1[0],
     charset="iso-2022-jp",
     body=("因島ドック株式会社\n営業部 御中\n\nお世話になっております。日の出産業 工務の大城です。\n"
           "%s（IMO %s）の第2回定期検査について、下記日程での入渠を希望いたします。\n\n"
           "　入渠希望：2026年1月13日\n　工期　　：14日間（浮上 1月27日予定）\n"
           "　主要工事：プロペラ研磨、シーチェスト開放、舵軸受計測、船底外板塗装（A/F 全面）\n\n"
           "工事仕様書は来週送付いたします。空き状況をご教示ください。\n" % (V1[0], V1[1]))
     + _sig_oshiro() + _DISC_JA)

# 025 — CONFIDENTIAL-stamped incident report PDF to the P&I club ---------------------------------
_add("stop", [], [CONF],
     "PDF report stamped CONFIDENTIAL on every page, sent to the P&I club",
     sender="Capt. Wataru Sakuma <sakuma.w@hinode-sangyo.co.jp>",
     to=["Toyo P&I – Cargo Claims <cargo@toyo-pandi.or.jp>"],
     subject="%s – wetted cargo at Chittagong – investigation report" % V4[0],
     charset="utf-8",
     body=("Dear Sirs,\n\nAttached please find our internal investigation report on the "
           "alleged water ingress into No.2 cargo tank area (claim ref. TP-C-25-077). "
           "We would appreciate the Club's view before we reply to the receivers' surveyor.\n"
           + _sig_sakuma()),
     attachments=[{"kind": "pdf", "name": "Investigation_Report_TP-C-25-077.pdf",
                   "page_header": "CONFIDENTIAL – prepared in contemplation of litigation",
                   "page_footer": "CONFIDENTIAL", "title": "Investigation report (Confidential)",
                   "lines": ["INVESTIGATION REPORT – %s" % V4[0], "",
                             "1. Summary: on completion of discharge the receivers reported",
                             "   wet damage to approx. 340 MT of product.",
                             "2. Hatch / tank inspection: cleaning line valve V-214 found",
                             "   passing; gasket renewed 2024-11 per PMS record.",
                             "3. Weather: Beaufort 7-8 on 2 days during the passage.",
                             "4. Conclusion: most probable cause is a leaking valve seat."]}])

# 026 — mentions 社外秘 without sending anything so marked -------------------------------------
_add("pass", [], [],
     "the word 社外秘 is only mentioned (explaining why the public version is sent), not a marking",
     sender="二宮 悠斗 <ninomiya.y@hinode-sangyo.co.jp>",
     to=["海事プレス 編集部 <henshu@kaiji-press.co.jp>"],
     subject="Re: 取材資料のご依頼について",
     charset="utf-8",
     body=("海事プレス 編集部\n村瀬様\n\nお世話になっております。日の出産業の二宮です。\n"
           "ご依頼いただいた船員育成プログラムの資料ですが、社内向けの版は社外秘扱いのためお出しできず、"
           "代わりに採用サイトで公開している概要版をお送りします。\n\n"
           "・フィリピン・インドネシアの提携校からの士官候補生受入れ：年間約30名\n"
           "・神戸研修センターでの乗船前研修：2週間\n・女性船員の登用：今年度から\n\n"
           "掲載前に原稿を拝見できれば幸いです。\n" + _sig_ninomiya()))

# 027 — 取扱注意 mail about a crew member arrested in port -----------------------------------
_s, _g = _ph_name()
_add("stop", [NAME, SENS], [PD, CONF],
     "mail classified 取扱注意, naming a seafarer arrested for smuggling (要配慮: arrest) to the owner",
     sender="松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>",
     to=["海洋汽船 船舶部 <senpaku@kaiyo-kisen.co.jp>"],
     subject="【取扱注意】%s 乗組員の現地拘束について（第一報）" % V4[0],
     charset="iso-2022-jp",
     body=("【取扱注意】\n\n海洋汽船株式会社\n船舶部 御中\n\n日の出産業の松永です。取り急ぎ第一報です。\n\n"
           "%s が寄港中のバンコク（クロントイ）において、%s 所属の操機手 %s %s（比国籍）が、"
           "上陸中に現地警察に逮捕されました。容疑はたばこ約40カートンの密輸とのことで、"
           "現在警察署に留置されています。本船は予定どおり出港させ、代理店経由で現地弁護士を手配済みです。\n\n"
           "後任者の手配と、本人の雇用上の扱いについては追ってご相談させてください。\n"
           % (V4[0], V4[0], _g, _s.title())) + _sig_matsunaga())

# 028 — invoice follow-up with the chandler's registration number ---------------------------------
_t28 = _houjin("4" + _d(11))
_add("pass", ["JP_CORPORATE_NUMBER"], [],
     "invoice mail with a company's T-number and company bank account: no personal data",
     sender="大城 隆 <oshiro@hinode-sangyo.co.jp>",
     to=["海辺シップサプライ 経理 <keiri@umibe-supply.co.jp>"],
     subject="Re: 請求書 No.USS-250731-022 の件",
     charset="cp932",
     body=("海辺シップサプライ株式会社\n経理ご担当者様\n\nお世話になっております。日の出産業の大城です。\n"
           "ご送付いただいた請求書 No.USS-250731-022（%s 神戸納品分、税込 ¥1,284,360）について、"
           "適格請求書発行事業者の登録番号の記載が漏れておりましたので、再発行をお願いできますでしょうか。\n"
           "貴社の登録番号は T%s で相違ないでしょうか。\n\n"
           "振込先は従前どおり 瀬戸内銀行 本店営業部 当座 0271145 と理解しております。\n"
           "支払日は 8月29日 を予定しております。\n" % (V3[0], _t28)) + _sig_oshiro())

# 029 — forward of the Manila agency's line-up (with passports) to the Busan agent ---------------
_c = _crew(7, "ph")
_add("stop", [NAME, DOB, PP], [PD],
     "forward (FW:) of the agency's mail: its 7-person list with DOB and passports is new text to the Busan agent",
     sender="松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>",
     to=["Haeyang Shipping Crew Dept <crew@haeyang-shipping.co.kr>"],
     subject="FW: On-signers %s / Busan 2nd Sept" % V2[0],
     charset="utf-8",
     body=("Dear Mr. Park,\n\nPlease see below the on-signers from our Manila agency for the "
           "Busan crew change. Kindly apply for the crew visas (C-3) and OKTA where needed.\n\n"
           "Kengo Matsunaga / Hinode Sangyo\n\n"
           "---------- Forwarded message ----------\nFrom: Jen Tolentino <jtolentino@pacificstar-manning.com.ph>\n"
           "Date: Thu, 21 Aug 2025 09:12\nSubject: On-signers %s / Busan 2nd Sept\n"
           "To: crewing@hinode-sangyo.co.jp\n\nDear Maricel,\n\nFinal on-signers as follows:\n\n" % V2[0]
           + "\n".join("%d. %s / %s / born %s / PP %s exp %s" % (i + 1, c["name"], c["rank"], _dmy(c["dob"]), c["pp"],
                                                                 "2032-0%d-1%d" % (_R.randint(1, 9), _R.randint(0, 9)))
                       for i, c in enumerate(_c))
           + "\n\nFlights: PR418 MNL-PUS 1st Sept.\n\nThanks,\nJen\n"))

# 030 — bunkering schedule to the owner and the agent: two external organisations -----------------
_add("pass", [], [MULTI],
     "two external organisations (owner and agent) in To/Cc: a normal three-way mail",
     sender="Fleet Ops <ops-desk@hinode-sangyo.co.jp>",
     to=["海洋汽船 運航部 <unko@kaiyo-kisen.co.jp>"],
     cc=["六甲海運 神戸支店 <kobe@rokko-kaiun.co.jp>"],
     subject="%s 神戸 補油スケジュール" % V3[0],
     charset="iso-2022-jp",
     body=("海洋汽船 運航部 御中\n（cc: 六甲海運 神戸支店 様）\n\nお世話になっております。\n"
           "%s の神戸での補油は、荷役と並行して 22日 13:00 からバージ横付けの予定です。\n"
           "　油種：VLSFO 450MT\n　バージ：第三瀬戸丸\n　所要：約5時間\n\n"
           "荷役との干渉がないよう、代理店様には岸壁側との調整をお願いいたします。\n" % V3[0]) + _sig_ninomiya())

# 031 — HTML-only mail: crew table for the Yokohama agent's entry formalities ---------------------
_c = _crew(12, "jp-id")
_rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                % (i + 1, c["name"], c["rank"], c["nat"], _slash(c["dob"]), c["pp"]) for i, c in enumerate(_c))
_add("stop", [NAME, DOB, PP], [PD],
     "HTML-only mail with a 12-row crew table (DOB, passport) to the Yokohama agent",
     sender="岸本 由佳 <kishimoto.y@hinode-sangyo.co.jp>",
     to=["ワイケー・シップエージェント 入出港係 <nyushukko@yk-shipagent.co.jp>"],
     subject="【%s】横浜入港 乗組員名簿" % V4[0],
     charset="utf-8",
     html=("<html><body style=\"font-family:'MS Pゴシック'\"><p>ワイケー・シップエージェント株式会社<br>入出港係 御中</p>"
           "<p>お世話になっております。日の出産業の岸本です。<br>"
           "%s 横浜入港（9月3日）に伴う乗組員名簿をお送りします。入管・税関への提出をお願いいたします。</p>"
           "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>No.</th><th>氏名</th>"
           "<th>職名</th><th>国籍</th><th>生年月日</th><th>旅券番号</th></tr>%s</table>"
           "<p>以上12名（船長含む）。</p><p>日の出産業株式会社 船員部<br>岸本 由佳<br>TEL 078-391-5524</p>"
           "</body></html>" % (V4[0], _rows)))

# 032 — one free-mail recipient: a retired seafarer, seminar information ------------------------
_add("pass", [], [FREE],
     "one private person on free mail; ordinary information, no personal data of others",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["島袋 清 <kiyoshi.shimabukuro55@yahoo.co.jp>"],
     subject="退職船員向け 年金・船員保険 説明会のご案内",
     charset="iso-2022-jp",
     body=("島袋 清 様\n\nご無沙汰しております。日の出産業 船員部の平良です。\n"
           "長年のご乗船、本当にお疲れさまでした。\n\n"
           "先日お電話でお話しした、退職船員向けの説明会のご案内をお送りします。\n"
           "　日時：10月18日（土）13:30〜15:30\n　会場：神戸市中央区 海員会館 3階 会議室\n"
           "　内容：老齢年金の請求手続き、船員保険の任意継続、退職後の健康診断\n\n"
           "ご都合がよろしければ、10月10日までにこのメールにご返信ください。\n" + _sig_taira()))

# 033 — 船員保険 記号・番号 of coastal crew to the 社労士 office -----------------------------------
_ppl = _jp_people(6)
_rows33 = [["氏名", "フリガナ", "生年月日", "船員保険 記号", "番号", "資格取得日"]]
for p in _ppl:
    _rows33.append([p[0] + " " + p[1], p[2] + " " + p[3], _wareki(_dob(1960, 1999)),
                    "%04d" % _R.randrange(1000, 9999), str(_R.randrange(1, 400)), "R7.%d.1" % _R.randint(4, 8)])
_add("stop", [NAME, DOB, "JP_HEALTH_INSURANCE"], [PD],
     "6 coastal crew with 船員保険 記号・番号 and birth dates (health-insurance IDs, list) to an external 社労士",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["小田社会保険労務士事務所 <info@oda-sr-office.jp>"],
     subject="第八青嵐丸 乗組員 船員保険証 記号番号一覧（再交付申請用）",
     charset="cp932",
     body=("小田社会保険労務士事務所\n小田先生\n\nいつもお世話になっております。日の出産業の平良です。\n"
           "第八青嵐丸の乗組員について、保険証が水濡れで判読できなくなったとのことで、再交付申請をお願いしたく、"
           "対象者の一覧をお送りします。\n\n" + _ztable(_rows33)
           + "\n\n原本（破損分）は本船から回収次第、郵送いたします。\n" + _sig_taira()))

# 034 — Bcc to the manning agencies: nobody sees anyone ----------------------------------------
_add("pass", [], [],
     "announcement to several agencies in Bcc (To is our own address): no visible recipients, no personal data",
     sender="松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>",
     to=["crewing@hinode-sangyo.co.jp"],
     bcc=["operations@pacificstar-manning.com.ph", "docs@visayas-crew.com.ph",
          "crewing@nusantara-bahari.co.id", "ops@samudra-insani.co.id", "manning@bay-manila-crew.com.ph",
          "info@cebu-seafarers.com.ph"],
     subject="Notice to all manning agents: new PEME clinic requirements from 1 October",
     charset="utf-8",
     body=("Dear Partners,\n\n(This message is sent to all our manning agents by Bcc.)\n\n"
           "From 1 October 2025, pre-employment medical examinations for all vessels managed "
           "by Hinode Sangyo must be carried out at clinics on our accredited list (revision 7, "
           "to be sent separately). Results from other clinics will not be accepted.\n\n"
           "Also, please make sure drug & alcohol tests are dated within 30 days of joining.\n\n"
           "Thank you for your continued cooperation.\n\nKengo Matsunaga\nCrewing Group Manager\n"
           "Hinode Sangyo Co., Ltd.\n"))

# 035 — one seafarer's My Number to the 社労士 ---------------------------------------------------
_p = _jp_people(1)[0]
_add("stop", [NAME, "JP_MY_NUMBER"], [PD],
     "a seafarer's My Number (個人番号) sent to an external 社労士: any My Number must stop",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["小田社会保険労務士事務所 <info@oda-sr-office.jp>"],
     subject="Re: 資格取得届の件",
     charset="iso-2022-jp",
     body=("小田先生\n\nお世話になっております。平良です。\n"
           "ご指摘の件、本人に確認が取れました。%s%sさん（三等航海士、8月1日入社）の個人番号は\n"
           "%s\nです。番号確認書類（通知カード写し）は本人が乗船中のため、下船後にお送りします。\n\n"
           "よろしくお願いいたします。\n" % (_p[0], _p[1], " ".join([my_number(SEED + 1)[i:i + 4] for i in (0, 4, 8)])))
     + _sig_taira())

# 036 — accredited PEME clinics: businesses ----------------------------------------------------
_add("pass", [], [],
     "list of accredited medical clinics (business addresses and switchboards), no patients",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["Visayas Crew Management <docs@visayas-crew.com.ph>"],
     subject="Accredited PEME clinics – rev.7",
     charset="utf-8",
     body=("Dear Visayas team,\n\nAs announced, below is our accredited PEME clinic list (rev.7).\n\n"
           + _table([["City", "Clinic", "Telephone", "Address"],
                     ["Manila", "Maynila Maritime Medical Center", "+63 2 8521 4470", "Kalaw Ave., Ermita"],
                     ["Manila", "Harbourview Diagnostic Clinic", "+63 2 8536 0092", "T.M. Kalaw St., Malate"],
                     ["Cebu", "Visayan Seafarers Health Clinic", "+63 32 255 8130", "Osmeña Blvd., Cebu City"],
                     ["Iloilo", "Western Visayas Medical Plaza", "+63 33 337 2291", "Gen. Luna St., Iloilo City"],
                     ["Jakarta", "Klinik Bahari Sehat", "+62 21 4393 7710", "Jl. Enggano, Tanjung Priok"],
                     ["Surabaya", "Klinik Pelaut Tanjung Perak", "+62 31 329 4415", "Jl. Perak Timur"]])
           + "\n\nPlease use only these clinics from 1 October.\n" + _sig_dizon()))

# 037 — My Numbers of seven crew in an XLSX for the tax accountant --------------------------------
_ppl = _jp_people(7)
_sheet = [["令和7年分 年末調整 扶養控除等申告 集計（第八青嵐丸・青嵐丸型 乗組員）"], [],
          ["社員番号", "氏名", "生年月日", "個人番号", "住所", "配偶者"]]
_addrs = ["鹿児島県薩摩川内市上川内町2815-3", "沖縄県うるま市字安慶名412", "愛媛県今治市波止浜3丁目4-17",
          "長崎県五島市籠淵町1901-2", "広島県尾道市因島土生町2236-5", "兵庫県淡路市岩屋1441-8",
          "山口県周南市徳山港町7-22"]
for i, p in enumerate(_ppl):
    _sheet.append(["S%04d" % _R.randrange(1000, 9999), p[0] + " " + p[1], _iso(_dob(1962, 1995)),
                   my_number(SEED + 10 + i), _addrs[i], _R.choice(["有", "無"])])
_add("stop", [NAME, DOB, "JP_MY_NUMBER", ADDR], [PD],
     "XLSX with seven crew's My Numbers, addresses and birth dates sent to an external tax accountant",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["中井税理士事務所 <office@nakai-tax.jp>"],
     subject="年末調整資料（船員分）送付",
     charset="cp932",
     body=("中井税理士事務所\n中井様\n\nお世話になっております。\n船員分の年末調整資料を送付いたします。"
           "陸上社員分は総務から別途お送りします。\n\nご確認よろしくお願いいたします。\n" + _sig_taira()),
     attachments=[{"kind": "xlsx", "name": "年末調整_船員_R7.xlsx",
                   "sheets": {"集計": _sheet, "メモ": [["要確認"], ["S番号の重複なし確認済み"]]}}])

# 038 — injury report with diagnosis, internal only ----------------------------------------------
_s, _g = _ph_name()
_add("pass", [NAME, SENS], [],
     "injured seafarer's diagnosis shared only with internal legal and management",
     sender="Capt. Wataru Sakuma <sakuma.w@hinode-sangyo.co.jp>",
     to=["法務グループ <legal@hinode-sangyo.co.jp>"],
     cc=["松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>"],
     subject="[internal] OLR %s – crush injury, possible claim" % _s.title(),
     charset="utf-8",
     body=("法務グループ各位\n\n%s の機関部員 OLR %s %s がエンジンルームでの作業中に右手指を挟まれ、"
           "釜山の病院で右中指末節の切断と診断されました。後遺障害として請求が出る可能性が高いので、"
           "P&I への通知の前に社内で方針を確認させてください。\n\n"
           "本人は精神的にも落ち込んでおり、カウンセリングの手配も検討中です。\n\n佐久間\n" % (V2[0], _g, _s.title())))

# 039 — company card number for crew flights -----------------------------------------------------
_cc = card_number(SEED + 2)
_add("stop", ["CREDIT_CARD"], [PD],
     "corporate credit card number written out to a travel agency: any card number must stop",
     sender="岸本 由佳 <kishimoto.y@hinode-sangyo.co.jp>",
     to=["星空トラベル 法人営業部 <corporate@hoshizora-travel.co.jp>"],
     subject="航空券決済カードの変更について",
     charset="iso-2022-jp",
     body=("星空トラベル株式会社\n法人営業部 御中\n\nお世話になっております。日の出産業 船員部の岸本です。\n"
           "船員交代用航空券の決済カードが更新されましたので、今後は下記でお願いいたします。\n\n"
           "　カード番号：%s %s %s %s\n　有効期限：09/29\n　名義：HINODE SANGYO CO LTD / YUKA KISHIMOTO\n\n"
           "旧カードでのお手配分はそのままで結構です。\n" % (_cc[:4], _cc[4:8], _cc[8:12], _cc[12:])) + _sig_kishimoto())

# 040 — wage scale without any marking to the manning agency -------------------------------------
_add("pass", [], [],
     "rank-based wage scale (no people, no confidentiality marking) to a manning agency",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["PT Nusantara Bahari – Crewing <crewing@nusantara-bahari.co.id>"],
     subject="Allotment & wage scale for Indonesian ratings – from Oct",
     charset="utf-8",
     body=("Dear Pak Hendro,\n\nAs agreed, the monthly wage scale for Indonesian ratings from "
           "October is as follows (USD):\n\n"
           + _table([["Rank", "Basic", "Fixed OT", "Leave", "Min. allotment"],
                     ["Bosun", "1,080", "540", "144", "800"], ["AB", "850", "425", "113", "600"],
                     ["OS", "670", "335", "89", "450"], ["Oiler", "850", "425", "113", "600"],
                     ["Wiper", "670", "335", "89", "450"], ["Cook", "1,020", "510", "136", "750"]])
           + "\n\nThe minimum allotment (80% of basic) will continue to be remitted monthly.\n\n"
           "Best regards,\nSaori Taira\n"))

# 041 — five seafarers on free mail, all in To ---------------------------------------------------
_to41 = []
for _ in range(5):
    s, g = _ph_name()
    _to41.append("%s %s <%s.%s%02d@gmail.com>" % (g, s.title(), g.split()[0].lower(), s.replace(" ", "").lower(), _R.randrange(100)))
_add("stop", [], [VIS, FREE],
     "five private persons (seafarers' gmail addresses) visible to each other in To: should have been Bcc",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=_to41,
     subject="Joining instructions – MV %s, Singapore 14 Sept" % V1[0],
     charset="utf-8",
     body=("Dear all,\n\nYou are scheduled to join MV %s at Singapore on 14 September.\n\n"
           "- Report to Pacific Star Manning office on 11 Sept, 0800H, for final briefing\n"
           "- Flight: PR501 MNL-SIN 13 Sept (e-tickets will be sent individually)\n"
           "- Bring: passport, SIRB, COC/COP, yellow card, PEME certificate\n\n"
           "Please reply to confirm.\n" % V1[0]) + _sig_dizon())

# 042 — stores requisition with IMPA codes to a Singapore chandler --------------------------------
_add("pass", [], [],
     "stores requisition with IMPA codes and quantities: product codes, no personal data",
     sender="Capt. Wataru Sakuma <sakuma.w@hinode-sangyo.co.jp>",
     to=["Merlion Chandlers – Orders <orders@merlion-chandlers.com.sg>"],
     subject="REQ %s / SIN 14 Sept / deck & cabin stores" % V1[0],
     charset="utf-8",
     body=("Dear Sirs,\n\nPlease quote and supply the following for delivery at Western "
           "Anchorage, 14 Sept, via the agent's launch.\n\n"
           + _table([["IMPA", "Description", "Unit", "Qty"],
                     ["174103", "Rope, polypropylene 3-strand 24mm", "coil", "2"],
                     ["232401", "Shackle, bow type galv. 19mm", "pcs", "10"],
                     ["330101", "Safety helmet, white, with chin strap", "pcs", "12"],
                     ["150103", "Toilet paper roll", "roll", "240"],
                     ["150215", "Bath towel, white 70x140cm", "pcs", "24"],
                     ["811401", "Paint brush, flat 50mm", "pcs", "30"],
                     ["510371", "Batteries, alkaline AA", "pcs", "96"]], rule="=")
           + "\n\nPO ref: HS-SIN-0914-DK. Please state delivery charges separately.\n" + _sig_sakuma()))

# 043 — crew-change plan to a look-alike of our own domain (co. dropped) --------------------------
_add("stop", [], [LOOK],
     "hinode-sangyo.jp drops the 'co.' of the company's own domain hinode-sangyo.co.jp: look-alike",
     sender="松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>",
     to=["鮫島 徹 <samejima.t@hinode-sangyo.jp>"],
     subject="釜山交代の段取り（ご確認ください）",
     charset="iso-2022-jp",
     body=("鮫島さん\n\nお疲れさまです。松永です。\n釜山での交代の段取りを共有します。\n\n"
           "・9/1 乗船者7名 マニラ発 PR418、同日ホテル泊\n・9/2 午前 本船着岸後に交代、下船者7名は同日夕方の便で帰国\n"
           "・代理店 Haeyang Shipping、ボーディングオフィサーは当日朝に連絡あり\n\n"
           "不明点あれば携帯にお願いします。\n\n松永\n"))

# 044 — My Number list, internal only --------------------------------------------------------
_ppl = _jp_people(5)
_add("pass", [NAME, "JP_MY_NUMBER"], [],
     "My Numbers of five crew sent only to the internal payroll mailbox",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["総務部 給与担当 <kyuyo@hinode-sangyo.co.jp>"],
     subject="新規乗船者 個人番号（社内）",
     charset="iso-2022-jp",
     body=("給与担当 各位\n\n今月入社の船員5名の個人番号です。マイナンバー管理台帳への登録をお願いします。\n\n"
           + "\n".join("%s%s　%s" % (p[0], p[1], my_number(SEED + 20 + i)) for i, p in enumerate(_ppl))
           + "\n\n登録後、このメールは削除してください。\n平良\n"))

# 045 — 在留カード of an Indonesian cadet to the dormitory operator ------------------------------
_n45 = _id_name()
_add("stop", [NAME, "JP_RESIDENCE_CARD", DOB], [PD],
     "one trainee's 在留カード number and birth date sent to an external dormitory operator",
     sender="岸本 由佳 <kishimoto.y@hinode-sangyo.co.jp>",
     to=["神戸寮管理 入居受付 <nyukyo@kobe-ryo-kanri.co.jp>"],
     subject="研修生 入寮手続きの件（10月1日〜）",
     charset="utf-8",
     body=("神戸寮管理株式会社\n入居受付 ご担当者様\n\nお世話になっております。日の出産業 船員部の岸本です。\n"
           "10月1日から神戸研修センターで陸上研修を受ける機関士候補生の入寮をお願いいたします。\n\n"
           "　%s（インドネシア）\n　%s生\n　在留カード番号 %s%s%s\n　在留期間 2026年9月30日まで（研修）\n\n"
           "入居申込書には本人の署名をもらって後日提出いたします。\n"
           % (_n45, _slash(_dob(2000, 2003)), _R.choice("ABCDEF") + _R.choice("GHJKLM"), _d(8), _R.choice("AB") + "C"))
     + _sig_kishimoto())

# 046 — reply quoting the agent's mail about a sick crew member ---------------------------------
_s, _g = _ph_name()
_add("pass", [], [],
     "new text is logistics only; the seaman's illness is in the quoted 'On … wrote:' part",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["Straits Marine Crew Desk <crew@straits-marine.com.sg>"],
     subject="Re: %s – sign-off on medical grounds" % V1[0],
     charset="utf-8",
     body=("Dear Wei Ling,\n\nNoted with thanks. Please book the earliest flight SIN-MNL after "
           "the doctor's clearance and keep us posted. The replacement AB will arrive 19th.\n\n"
           "Regards,\nMaricel\n\n"
           "On Mon, 15 Sep 2025 at 14:20, Straits Marine Crew Desk <crew@straits-marine.com.sg> wrote:\n"
           "> Dear Maricel,\n> AB %s %s was seen at Raffles Medical this morning. Diagnosis:\n"
           "> acute gout of the right knee; given colchicine and advised 5 days' rest.\n"
           "> Doctor recommends sign-off. Please advise.\n> Wei Ling\n" % (_g, _s.title())))

# 047 — 基礎年金番号 of a retiring bosun -----------------------------------------------------
_p = _jp_people(1)[0]
_add("stop", [NAME, "JP_BASIC_PENSION_NUMBER", DOB], [PD],
     "one seafarer's 基礎年金番号 and birth date sent to an external 社労士",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["みなと社労士事務所 <contact@minato-sr.jp>"],
     subject="退職予定者の年金請求について",
     charset="cp932",
     body=("みなと社労士事務所\n浜田先生\n\nいつもお世話になっております。日の出産業の平良です。\n"
           "12月末で退職予定の甲板長 %s %s さん（%s生）の老齢厚生年金の請求について、ご相談させてください。\n"
           "基礎年金番号は %s-%s です。船員保険期間が長いため、特例の有無もあわせてご確認いただけますと幸いです。\n"
           % (_p[0], _p[1], _wareki(_dob(1961, 1964)), _d(4), _d(6))) + _sig_taira())

# 048 — P&I club and lawyers: two external organisations, no medical details ---------------------
_add("pass", [], [MULTI],
     "claim meeting mail to the P&I club and the partner law firm: two organisations, no personal data",
     sender="Capt. Wataru Sakuma <sakuma.w@hinode-sangyo.co.jp>",
     to=["Toyo P&I – Claims <claims@toyo-pandi.or.jp>"],
     cc=["白川法律事務所 <maritime@shirakawa-law.jp>"],
     subject="%s crew claim – meeting on 3 Oct" % V2[0],
     charset="utf-8",
     body=("Dear Mr. Nagase, dear Shirakawa-sensei,\n\nThank you both for your time. I confirm our "
           "meeting on Friday 3 October, 14:00, at our Kobe office (7F meeting room B) to discuss "
           "the strategy for the crew claim under case ref. TP-P-25-031.\n\n"
           "Agenda: (1) status of the medical assessment, (2) CBA disability compensation clause, "
           "(3) settlement authority.\n\nWe will provide the documents on the day.\n" + _sig_sakuma()))

# 049 — chief engineer's heart condition, to the owner --------------------------------------------
_p = _jp_people(1)[0]
_add("stop", [NAME, SENS], [PD],
     "running text on one named chief engineer's heart attack history and treatment (要配慮) to the owner",
     sender="松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>",
     to=["海洋汽船 船舶部 工務課 <komu@kaiyo-kisen.co.jp>"],
     subject="KAIYO HARMONY 機関長の交代について",
     charset="iso-2022-jp",
     body=("海洋汽船 工務課\n石黒様\n\nお世話になっております。日の出産業の松永です。\n"
           "11月から %s に乗船予定だった機関長の%sですが、先月の船員健康証明の受診時に心電図異常を指摘され、"
           "精密検査の結果、陳旧性心筋梗塞と判明しました。現在はカテーテル治療後の服薬中で、"
           "主治医からは半年程度の乗船見合わせを指示されています。\n\n"
           "つきましては代わりの機関長として、現在休暇中の者を手配いたします。経歴書は明日お送りします。\n"
           % (V2[0], _p[0] + _p[1])) + _sig_matsunaga())

# 050 — one seafarer's seaman's book number to the agent: either -------------------------------
_s, _g = _ph_name()
_add("either", [NAME], [PD],
     "one person's seaman's book (SIRB) number: an identity document not in the brief's list; could be judged either way",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["Rokko Kaiun Kobe <kobe@rokko-kaiun.co.jp>"],
     subject="Shore pass – Cook %s" % _s.title(),
     charset="utf-8",
     body=("Dear Agent,\n\nThe ship's cook, Mr. %s %s, needs to go ashore in Kobe on 23rd to "
           "buy provisions for the galley with your runner. His SIRB number is %s (valid 2029). "
           "Please arrange a shore pass with immigration.\n\nThank you.\n" % (_g, _s.title(), _sirb()))
     + _sig_dizon())

# 051 — halal meals: list of named Muslim crew to the provisions partner --------------------------
_sheet = [["%s 乗組員 食事配慮リスト" % V3[0]], [], ["No", "Name", "Rank", "宗教・食事", "備考"]]
for i in range(6):
    _sheet.append([i + 1, _id_name(), _R.choice(["AB", "OS", "OLR", "WPR", "C/CK", "BSN"]), "Muslim – halal",
                   _R.choice(["豚肉・アルコール不可", "ラマダン中は日没後の食事", "豚由来のゼラチンも不可"])])
_add("stop", [NAME, SENS], [PD],
     "named crew flagged by religion (Muslim / halal) in an XLSX sent to the provisions partner: 要配慮, six people",
     sender="大城 隆 <oshiro@hinode-sangyo.co.jp>",
     to=["北国フーズ 船舶納品課 <senpaku@kitaguni-foods.co.jp>"],
     subject="%s ハラール対応食材のご相談" % V3[0],
     charset="iso-2022-jp",
     body=("北国フーズ 船舶納品課 御中\n\nお世話になっております。大城です。\n"
           "次航からインドネシア人部員が増えるため、ハラール対応食材の納品をご相談させてください。\n"
           "対象者と配慮事項を添付にまとめました。品目のご提案をいただけますと助かります。\n" + _sig_oshiro()),
     attachments=[{"kind": "xlsx", "name": "食事配慮リスト_CAMELLIA.xlsx", "sheets": {"リスト": _sheet}}])

# 052 — hotel booking: only room numbers, names to follow (text + HTML) ---------------------------
_b52 = ("さくらホテル神戸 予約係 御中\n\nいつもお世話になっております。日の出産業の岸本です。\n"
        "10月の交代乗組員の宿泊について、下記のとおり予約をお願いいたします。\n\n"
        "　10/14 チェックイン：シングル 12室（乗船者）\n　10/16 チェックイン：シングル 10室（下船者、1泊）\n\n"
        "お名前は出国手続き完了後、代理店から直接お送りします。請求は従来どおり弊社宛で結構です。\n")
_add("pass", [], [],
     "hotel booking with room counts only (names to follow): no personal data",
     sender="岸本 由佳 <kishimoto.y@hinode-sangyo.co.jp>",
     to=["さくらホテル神戸 予約係 <kobe-reserve@sakura-hotel.jp>"],
     subject="10月 乗組員宿泊予約（22室）",
     charset="utf-8",
     body=_b52 + _sig_kishimoto(),
     html="<html><body><p>" + _b52.replace("\n", "<br>") + "</p><p>日の出産業株式会社 船員部 岸本 由佳</p></body></html>")

# 053 — after-effect grade of an injured crew member, to the accident insurer --------------------
_p = _jp_people(1)[0]
_add("stop", [NAME, SENS, DOB], [PD],
     "one seafarer's residual disability grade and diagnosis (要配慮) to the personal-accident insurer",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["海上安心保険 損害サービス課 <songai@kaijo-anshin.co.jp>"],
     subject="船員傷害保険 事故番号 KA-2025-00871 後遺障害の件",
     charset="iso-2022-jp",
     body=("海上安心保険株式会社\n損害サービス課 御中\n\nお世話になっております。日の出産業の平良です。\n"
           "事故番号 KA-2025-00871 の被保険者 %s %s（%s生、甲板員）について、"
           "症状固定の診断が出ましたのでご報告いたします。\n\n"
           "傷病名：左膝前十字靱帯断裂、左膝関節機能障害\n後遺障害：船員保険で第12級7号の認定見込み\n"
           "主治医：神戸港湾病院 整形外科\n\n後遺障害診断書の写しは郵送いたします。保険金請求の必要書類をご教示ください。\n"
           % (_p[0], _p[1], _wareki(_dob(1980, 1995), short=True))) + _sig_taira())

# 054 — list of manning agencies with licence numbers: businesses ---------------------------------
_add("pass", [], [],
     "manning agencies with licence numbers and office phones: a list of companies",
     sender="松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>",
     to=["海洋汽船 船舶部 <senpaku@kaiyo-kisen.co.jp>"],
     subject="Re: 配乗代理店の体制について",
     charset="cp932",
     body=("海洋汽船 船舶部\n石黒様\n\nお問い合わせの件、弊社の配乗代理店は以下のとおりです。\n\n"
           + _table([["国", "代理店", "許可番号", "代表電話"],
                     ["フィリピン", "Pacific Star Manning Inc.", "DMW-LB-118-SB-2019", "+63 2 8521 7730"],
                     ["フィリピン", "Visayas Crew Management Corp.", "DMW-LB-204-SB-2021", "+63 32 412 5508"],
                     ["フィリピン", "Bay Manila Crew Services", "DMW-LB-077-SB-2016", "+63 2 8527 1190"],
                     ["インドネシア", "PT Nusantara Bahari", "SIUPPAK 120.19/2020", "+62 21 4390 6612"],
                     ["インドネシア", "PT Samudra Insani Manning", "SIUPPAK 044.05/2024", "+62 31 329 0871"]])
           + "\n\nいずれも MLC 2006 の認証（Reg.1.4）を確認済みです。\n" + _sig_matsunaga()))

# 055 — P&I claim file: plain ZIP with a medical report DOCX and an expense CSV -------------------
_s, _g = _ph_name()
_add("stop", [NAME, SENS, DOB], [PD],
     "unencrypted ZIP holds a DOCX medical report (diagnosis) of a named seafarer, sent to the P&I correspondent",
     sender="Capt. Wataru Sakuma <sakuma.w@hinode-sangyo.co.jp>",
     to=["Lionsgate P&I Services <cases@lionsgate-pi.com.sg>"],
     subject="LG-25-0530 – claim documents",
     charset="utf-8",
     body=("Dear Ms. Lim,\n\nAs requested, the claim documents are in the attached zip file: "
           "the medical report from the ship's doctor at the hospital, and the list of expenses "
           "incurred so far. Original receipts to follow by courier.\n" + _sig_sakuma()),
     attachments=[{"kind": "zip", "name": "LG-25-0530_documents.zip", "files": [
         {"kind": "docx", "name": "medical_report.docx",
          "paragraphs": ["MEDICAL REPORT", "Patient: %s %s   DOB: %s   Rank: Oiler   Vessel: %s"
                         % (_g, _s.title(), _dmy(_dob(1979, 1990)), V1[0]),
                         "Diagnosis: Second-degree burns (approx. 6% TBSA) to the right forearm and hand "
                         "from hot fuel oil spray at the purifier room.",
                         "Treatment: debridement, silver sulfadiazine dressing, IV antibiotics.",
                         "Assessment: unfit for duty 4 weeks; review for skin grafting on day 10."]},
         {"kind": "csv", "name": "expenses.csv", "encoding": "utf-8",
          "rows": [["date", "item", "SGD"], ["2025-09-02", "Ambulance launch", "680.00"],
                   ["2025-09-02", "Emergency department", "1,240.00"], ["2025-09-03", "Ward (3 nights)", "2,910.00"]]}]}])

# 056 — training course schedule with the trainer's contact (one person) ---------------------------
_add("pass", [NAME, PHONE, MAIL], [PD],
     "course schedule; one trainer's mobile and e-mail: one person's business contact",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["PT Samudra Insani Manning <ops@samudra-insani.co.id>"],
     subject="Pre-joining training in Surabaya – November schedule",
     charset="utf-8",
     body=("Dear Ibu Ratna,\n\nThe pre-joining training for your new ratings will be held at "
           "your Surabaya office as follows:\n\n"
           "  Day 1 (10 Nov)  Company SMS, drug & alcohol policy, MLC complaints procedure\n"
           "  Day 2 (11 Nov)  Enclosed space entry, mooring safety (with VR set)\n"
           "  Day 3 (12 Nov)  Bulk carrier familiarisation, assessment\n\n"
           "Our trainer will be Capt. Taufik Siregar (freelance, ex-Master). You can reach him "
           "directly at +62 812-3077-4591 or taufik.siregar.master@gmail.com for the projector "
           "and room set-up.\n\nMax. 16 trainees per batch, please.\n" + _sig_dizon()))

# 057 — allotment slip PDF for eight Indonesian families to the remittance company ----------------
_tbl = [["No", "Seafarer", "Beneficiary", "Relation", "Bank", "Account No.", "IDR"]]
for i in range(8):
    n = _id_name()
    _tbl.append([str(i + 1), n, "%s %s" % (_R.choice(["Siti", "Dewi", "Sri", "Nur", "Lestari", "Ratna"]), n.split()[1]),
                 _R.choice(["Wife", "Mother", "Wife", "Father"]), _R.choice(["BRI", "BNI", "Bank Mandiri", "BCA"]),
                 _d(_R.choice([10, 13, 15])), "{:,}".format(_R.randrange(60, 150) * 100000)])
_add("stop", [NAME, BANK], [PD],
     "PDF table of eight families' bank accounts for allotments, sent to the remittance company",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["Bayanihan Remit – Corporate <corporate@bayanihan-remit.com>"],
     subject="September allotment – Indonesian crew (8 beneficiaries)",
     charset="utf-8",
     body=("Dear Corporate Desk,\n\nPlease process the attached September allotments for our "
           "Indonesian crew. Funding (JPY) will reach your account at Midori Bank on 24 Sept.\n\n"
           "Best regards,\nSaori Taira\nHinode Sangyo Co., Ltd. – Crew Payroll\n"),
     attachments=[{"kind": "pdf", "name": "allotment_ID_2025-09.pdf", "title": "Allotment instruction",
                   "lines": ["ALLOTMENT INSTRUCTION – SEPTEMBER 2025", "Remitter: Hinode Sangyo Co., Ltd.", ""],
                   "table": _tbl}])

# 058 — one on-signer's flight to the agency (name and flight only) -------------------------------
_s, _g = _ph_name()
_add("pass", [], [],
     "one seafarer's name with his flight: no further personal data, single person",
     sender="岸本 由佳 <kishimoto.y@hinode-sangyo.co.jp>",
     to=["Visayas Crew Management <docs@visayas-crew.com.ph>"],
     subject="Flight booked – 3/O %s %s" % (_g, _s.title()),
     charset="utf-8",
     body=("Dear Visayas team,\n\nFlight for 3/O %s %s is confirmed:\n\n  5J 5062  CEB-MNL  07 Oct  0610/0725\n"
           "  PR 412   MNL-KIX  07 Oct  0915/1430\n\nHe will be met at Kansai by our agent and "
           "taken to the vessel directly. Please hand over the e-ticket at the briefing.\n\n"
           "Best regards,\nYuka Kishimoto\nHinode Sangyo – Crewing\n" % (_g, _s.title())))

# 059 — crew list sheet that arrives corrupt ----------------------------------------------------
_add("stop", [], [UNSCAN],
     "attached XLSX is corrupt and cannot be inspected",
     sender="岸本 由佳 <kishimoto.y@hinode-sangyo.co.jp>",
     to=["金城港運 名古屋 代理店部 <dairiten@kinjo-koun.co.jp>"],
     subject="【%s】名古屋入港 乗組員名簿（再送）" % V4[0],
     charset="iso-2022-jp",
     body=("金城港運株式会社\n代理店部 御中\n\nお世話になっております。日の出産業の岸本です。\n"
           "先ほどのファイルが開けないとのことでしたので、保存し直して再送いたします。\n"
           "今度は開けるかご確認ください。\n" + _sig_kishimoto()),
     attachments=[{"kind": "corrupt", "name": "CrewList_ORIENT_MAPLE_Nagoya.xlsx"}])

# 060 — crew numbers by nationality: aggregate --------------------------------------------------
_add("pass", [], [],
     "aggregate crew statistics by nationality and rank group: no individual",
     sender="二宮 悠斗 <ninomiya.y@hinode-sangyo.co.jp>",
     to=["日本船主協会 調査部 <chosa@senshu-kyokai.or.jp>"],
     subject="船員構成アンケートへの回答（日の出産業）",
     charset="iso-2022-jp",
     body=("日本船主協会 調査部 御中\n\n標記アンケートにつき、2025年6月30日時点の弊社管理船乗組員の構成を回答いたします。\n\n"
           + _table([["国籍", "職員", "部員", "計"], ["日本", "38", "21", "59"], ["フィリピン", "44", "131", "175"],
                     ["インドネシア", "9", "52", "61"], ["その他", "3", "0", "3"], ["合計", "94", "204", "298"]])
           + "\n\n女性船員：4名（うち職員2名）\n平均年齢：職員 41.2歳／部員 35.8歳\n" + _sig_ninomiya()))

# 061 — three manning agencies in To, visible to each other ----------------------------------------
_add("stop", [], [VIS, MULTI],
     "three external agencies in To see each other's addresses: should have been Bcc",
     sender="松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>",
     to=["operations@pacificstar-manning.com.ph", "docs@visayas-crew.com.ph", "crewing@nusantara-bahari.co.id"],
     subject="年次代理店会議のご案内 / Annual manning agents' meeting",
     charset="utf-8",
     body=("Dear Partners,\n\nWe are pleased to invite you to our annual manning agents' meeting.\n\n"
           "Date: 27 November 2025, 09:30–17:00\nVenue: Manila Hotel, Harbour Room\n"
           "Topics: crew retention, PEME clinic list, wage scale 2026, cadet programme\n\n"
           "Please confirm attendance (max. 2 persons per agency) by 31 October.\n\n"
           "Kengo Matsunaga\nCrewing Group Manager, Hinode Sangyo Co., Ltd.\n"))

# 062 — 船員手帳 procedure question to the transport bureau: no numbers --------------------------
_add("pass", [], [],
     "general question on 船員手帳 renewal procedure; no person's data",
     sender="岸本 由佳 <kishimoto.y@hinode-sangyo.co.jp>",
     to=["近畿運輸局 海事振興部 船員労政課 <senin-rosei@kinki-unyu.go.jp>"],
     subject="船員手帳の有効期間更新手続きについて（問合せ）",
     charset="iso-2022-jp",
     body=("近畿運輸局 海事振興部 船員労政課\nご担当者様\n\n日の出産業株式会社 船員部の岸本と申します。\n"
           "乗船中の船員について、船員手帳の有効期間が航海中に満了する場合の更新手続きについてお伺いします。\n\n"
           "1. 本人不在のまま会社が代理で申請することは可能でしょうか。\n"
           "2. 可能な場合、必要な書類（委任状の様式など）をご教示ください。\n"
           "3. 外国の港で受け取る方法はありますでしょうか。\n\nお手数をおかけしますが、よろしくお願いいたします。\n"
           + _sig_kishimoto()))

# 063 — crew member's driver's licence number for a rental car -----------------------------------
_p = _jp_people(1)[0]
_add("stop", [NAME, "JP_DRIVERS_LICENSE"], [PD],
     "one engineer's 運転免許証 number sent to a rental-car company",
     sender="大城 隆 <oshiro@hinode-sangyo.co.jp>",
     to=["みなとレンタカー 七尾営業所 <nanao@minato-rentacar.co.jp>"],
     subject="レンタカー予約（10/8〜10/10 七尾港）",
     charset="cp932",
     body=("みなとレンタカー 七尾営業所 御中\n\nお世話になっております。日の出産業の大城です。\n"
           "七尾港での修繕立会いのため、下記のとおりレンタカーを予約させてください。\n\n"
           "　期間：10/8 10:00 〜 10/10 17:00\n　車種：コンパクト（禁煙）\n"
           "　運転者：%s %s（一等機関士）\n　免許証番号：第%s号（ゴールド）\n\n"
           "当日は七尾駅前でのお受け取りを希望します。\n" % (_p[0], _p[1], _d(12))) + _sig_oshiro())

# 064 — spare parts for a partner: part numbers and serials ---------------------------------------
_add("pass", [], [],
     "spare-parts enquiry with part and serial numbers to a partner: no personal data",
     sender="大城 隆 <oshiro@hinode-sangyo.co.jp>",
     to=["川崎電機 舶用営業部 <hakuyo@kawasaki-denki.co.jp>"],
     subject="%s 主配電盤 ACB 予備品の見積依頼" % V2[0],
     charset="iso-2022-jp",
     body=("川崎電機株式会社\n舶用営業部 御中\n\nいつもお世話になっております。\n"
           "%s 主配電盤の気中遮断器について、下記予備品のお見積りをお願いいたします。\n\n"
           "　形式：KD-ACB 2000-3P　製造番号：K09-118327 / K09-118328\n"
           "　1) 引外しコイル　部品番号 KD-53-2217　2個\n　2) 補助接点ユニット　部品番号 KD-53-4102　2個\n"
           "　3) 過電流継電器　部品番号 KD-OCR-88　1個\n\n"
           "納期が長い場合は、代替品の有無もあわせてご教示ください。\n" % V2[0]) + _sig_oshiro())

# 065 — cadet with depression, to the manning agency ---------------------------------------------
_n65 = _id_name()
_add("stop", [NAME, SENS], [PD],
     "one named cadet's depression diagnosis and repatriation (要配慮: mental health) to the agency",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["PT Nusantara Bahari – Crewing <crewing@nusantara-bahari.co.id>"],
     subject="Repatriation – E/Cadet %s" % _n65,
     charset="utf-8",
     body=("Dear Pak Hendro,\n\nI am sorry to inform you that Engine Cadet %s will be signed off "
           "at Port Hedland on 14th. The Master reported that he has not been sleeping or eating "
           "and had expressed thoughts of self-harm; the shore doctor diagnosed a major "
           "depressive episode and prescribed sertraline.\n\nHe will fly home accompanied by a "
           "nurse. Please arrange for his family to meet him in Jakarta and for follow-up with a "
           "psychiatrist; the company will cover the costs under the CBA.\n\n"
           "Please handle this with care and discretion.\n" % _n65) + _sig_dizon())

# 066 — seafarer's own free-mail: his joining instructions --------------------------------------
_p = _jp_people(1)[0]
_add("pass", [], [FREE],
     "joining instructions to one seafarer's own free-mail address; nothing beyond his name",
     sender="松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>",
     to=["%s%s <%s.%s.1984@icloud.com>" % (_p[0], _p[1], _p[5].lower(), _p[4].lower())],
     subject="乗船のご案内（%s・10月）" % V3[0],
     charset="iso-2022-jp",
     body=("%sさん\n\n休暇中のところ失礼します。配乗の松永です。\n次の乗船が決まりましたのでご案内します。\n\n"
           "　本船：%s（一等航海士）\n　乗船地：豪州 ニューカッスル\n　集合：10月12日 成田空港 第1ターミナル 18:00\n"
           "　航空券：後日 e-チケットをお送りします\n\n出発前に事務所で乗船前ブリーフィングを行いますので、"
           "10月9日か10日でご都合のよい日をお知らせください。\n\n松永\n" % (_p[0], V3[0])))

# 067 — rooming list of six crew with room numbers: either ---------------------------------------
_rm = [(_ph_name(), 701 + i) for i in range(6)]
_add("either", [NAME], [PD],
     "rooming list: six crew names with room numbers only, no contact or ID data; borderline list of people",
     sender="岸本 由佳 <kishimoto.y@hinode-sangyo.co.jp>",
     to=["さくらホテル神戸 フロント <kobe-front@sakura-hotel.jp>"],
     subject="Re: 10/14 乗組員ご宿泊 ルーミングリスト",
     charset="utf-8",
     body=("さくらホテル神戸 フロント 御中\n\nお世話になっております。部屋割りは下記でお願いいたします。\n\n"
           + "\n".join("%d号室　%s %s" % (r, g, s) for (s, g), r in _rm)
           + "\n\n朝食は 6:30 からでお願いできますと助かります。\n" + _sig_kishimoto()))

# 068 — spare parts transport to a look-alike of the partner carrier (letters swapped) ------------
_add("stop", [], [LOOK],
     "aoba-unuy.co.jp swaps two letters of partner aoba-unyu.co.jp: look-alike domain",
     sender="大城 隆 <oshiro@hinode-sangyo.co.jp>",
     to=["青葉運輸 神戸営業所 <kobe@aoba-unuy.co.jp>"],
     subject="船用品 横持ち輸送のお願い（10/20 六甲アイランド）",
     charset="iso-2022-jp",
     body=("青葉運輸株式会社 神戸営業所 御中\n\nいつもお世話になっております。日の出産業の大城です。\n"
           "下記のとおり船用品の横持ち輸送をお願いいたします。\n\n"
           "　集荷：10/20 9:00 弊社 摩耶倉庫（パレット3枚、約1.2t）\n"
           "　納品：同日 13:00 六甲アイランド RC6 岸壁 %s 舷側\n　品目：機関予備品、ペイント、ロープ類\n\n"
           "岸壁入構証は代理店から手配済みです。\n" % V3[0]) + _sig_oshiro())

# 069 — vessel particulars PDF to the charterer ------------------------------------------------
_add("pass", [], [],
     "ship's particulars PDF (dimensions, class, call sign): vessel data only",
     sender="Fleet Ops <ops-desk@hinode-sangyo.co.jp>",
     to=["Chartering – Aegean Bulk <chartering@aegean-bulk.gr>"],
     subject="%s – ship's particulars / Q88" % V1[0],
     charset="utf-8",
     body="Dear Sirs,\n\nAs requested, please find the ship's particulars attached.\n" + _sig_en_ops(),
     attachments=[{"kind": "pdf", "name": "Particulars_AKEBONO_STAR.pdf", "title": "Ship's particulars",
                   "lines": ["SHIP'S PARTICULARS – MV %s" % V1[0], ""],
                   "table": [["Item", "Value"], ["IMO No.", V1[1]], ["Call sign", V1[2]], ["MMSI", V1[3]],
                             ["Flag / Port of registry", "Panama / Panama"], ["Class", "ClassNK NS*, MNS*"],
                             ["Built", "2013, Innoshima"], ["DWT (summer)", "58,097 MT"],
                             ["LOA / Beam", "189.99 m / 32.26 m"], ["Holds / Hatches", "5 / 5"],
                             ["Cranes", "4 x 30 MT SWL, grabs 12 cbm"], ["P&I", "Toyo P&I Club"]]}])

# 070 — 部外秘 in the subject: vessel operating budget to the owner -------------------------------
_add("stop", [], [CONF],
     "mail classified 【部外秘】 in the subject and the body's heading, sent to the owner",
     sender="二宮 悠斗 <ninomiya.y@hinode-sangyo.co.jp>",
     to=["海洋汽船 経理部 <keiri@kaiyo-kisen.co.jp>"],
     subject="【部外秘】2026年度 船費予算（案）KAIYO HARMONY",
     charset="cp932",
     body=("【部外秘】\n\n海洋汽船株式会社 経理部 御中\n\nお世話になっております。日の出産業の二宮です。\n"
           "%s の2026年度船費予算（案）を下記のとおりご提示いたします。\n\n"
           + _table([["費目", "2025実績見込(千円)", "2026予算案(千円)"], ["船員費", "286,400", "298,100"],
                     ["修繕費", "74,200", "121,500"], ["船用品・潤滑油", "41,800", "43,300"],
                     ["保険料", "28,900", "30,200"], ["管理料", "36,000", "36,000"], ["合計", "467,300", "529,100"]])
           + "\n\n修繕費の増加は第3回中間検査に伴うものです。\n" + _sig_ninomiya()).replace("%s", V2[0], 1))

# 071 — crew member robbed and assaulted ashore (crime victim), to the P&I correspondent ----------
_s, _g = _ph_name()
_add("stop", [NAME, SENS], [PD],
     "one named seafarer who was the victim of a robbery and assault ashore (要配慮: crime victim)",
     sender="Capt. Wataru Sakuma <sakuma.w@hinode-sangyo.co.jp>",
     to=["Santos P&I Correspondents <claims@santos-pandi.com.br>"],
     subject="%s – crew member assaulted ashore, Santos" % V3[0],
     charset="utf-8",
     body=("Dear Sirs,\n\nWe understand you act as the Club's correspondents at Santos.\n\n"
           "Last night OS %s %s of MV %s was attacked and robbed by two men near the Valongo "
           "area while returning from shore leave. His wallet, mobile phone and seaman's book "
           "were taken and he received a head wound. The incident has been reported to the "
           "Polícia Civil (B.O. no. 4417/2025) and he was treated at Santa Casa.\n\n"
           "Please assist with the police certificate, the replacement of his documents via "
           "the Philippine consulate and any medical follow-up.\n" % (_g, _s.title(), V3[0])) + _sig_sakuma())

# 072 — provisions budget workbook to the owner: per-vessel figures ---------------------------------
_add("pass", [], [],
     "XLSX of provisions budgets per vessel and month: business figures",
     sender="大城 隆 <oshiro@hinode-sangyo.co.jp>",
     to=["海洋汽船 船舶部 工務課 <komu@kaiyo-kisen.co.jp>"],
     subject="食料費（賄料）予算 2026年度 ご確認のお願い",
     charset="iso-2022-jp",
     body=("海洋汽船 工務課\n石黒様\n\nお世話になっております。\n2026年度の食料費予算を添付いたします。"
           "1人1日あたり単価は据え置き（USD 13.5）としています。\n\nご確認よろしくお願いいたします。\n" + _sig_oshiro()),
     attachments=[{"kind": "xlsx", "name": "victualling_budget_2026.xlsx", "title": "Victualling budget 2026",
                   "sheets": {"Summary": [["2026年度 食料費予算（USD）"], [], ["Vessel", "Crew", "Days", "Rate", "Budget"],
                                          [V2[0], 21, 365, 13.5, 103477], [V3[0], 22, 350, 13.5, 103950]],
                              "By month": [["Vessel"] + _MON] + [[V2[0]] + [8600] * 12, [V3[0]] + [8660] * 12]}}])

# 073 — Ramadan arrangements for one named Muslim rating ----------------------------------------
_n73 = _id_name()
_add("stop", [NAME, SENS], [PD],
     "one named rating's religion (Muslim, Ramadan fasting) in running text to the ship's agent",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["Straits Marine Crew Desk <crew@straits-marine.com.sg>"],
     subject="Joining crew – meals during Ramadan",
     charset="utf-8",
     body=("Dear Wei Ling,\n\nOne more request for the joining crew: Wiper %s is a practising "
           "Muslim and will be fasting for Ramadan during his hotel stay. Kindly ask the hotel to "
           "prepare a halal pre-dawn meal (sahur) for him at 0445H and to allow a late dinner after "
           "sunset. He would also appreciate directions to the nearest mosque.\n\nThank you!\n" % _n73)
     + _sig_dizon())

# 074 — four seafarers with dates of birth for travel insurance: under five ------------------------
_c = _crew(4, "id", ratings=True)
_add("pass", [NAME, DOB], [PD],
     "four seafarers with dates of birth for travel insurance: fewer than five people, no ID numbers",
     sender="岸本 由佳 <kishimoto.y@hinode-sangyo.co.jp>",
     to=["海上安心保険 海外旅行保険デスク <ryoko@kaijo-anshin.co.jp>"],
     subject="海外旅行保険 追加加入 4名（10月渡航）",
     charset="iso-2022-jp",
     body=("海上安心保険 海外旅行保険デスク 御中\n\nお世話になっております。日の出産業の岸本です。\n"
           "包括契約 No.KA-TR-2025-117 に、下記4名の追加をお願いいたします。\n\n"
           + "\n".join("%s　%s　生年月日 %s" % (c["name"], c["rank"], _slash(c["dob"])) for c in _c)
           + "\n\n渡航期間：10月18日〜10月21日（ジャカルタ→関西、乗船まで）\n" + _sig_kishimoto()))

# 075 — payslips of six crew in a DOCX to the manning agency -------------------------------------
_tables = []
for i in range(6):
    s, g = _ph_name()
    _tables.append([["PAYSLIP – AUGUST 2025", ""], ["Name", "%s %s" % (g, s.title())],
                    ["Rank", _R.choice(["AB", "OS", "OLR", "BSN", "C/CK"])],
                    ["Basic / OT / Leave", "USD %d / %d / %d" % (_R.randrange(690, 1120), _R.randrange(300, 560), _R.randrange(90, 150))],
                    ["Allotment to", "%s %s, %s SA %s" % (_R.choice(["Maricris", "Analyn", "Lorna"]), s.title(),
                                                          _R.choice(["BDO", "Metrobank", "PNB"]), _d(10))],
                    ["Cash advance on board", "USD %d" % (_R.randrange(0, 5) * 50)]])
_add("stop", [NAME, BANK], [PD],
     "six payslips (one table each, with allotment bank accounts) in a DOCX to the manning agency",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["Pacific Star Manning – Accounts <accounts@pacificstar-manning.com.ph>"],
     subject="Aug 2025 payslips – %s ratings" % V1[0],
     charset="utf-8",
     body=("Dear Mr. Salazar,\n\nAttached are the August payslips of the ratings on %s for "
           "distribution to the families who requested them.\n\nBest regards,\nSaori Taira\n" % V1[0]),
     attachments=[{"kind": "docx", "name": "payslips_2025-08_AKEBONO.docx",
                   "paragraphs": ["Hinode Sangyo Co., Ltd. – Crew payslips"], "tables": _tables}])

# 076 — port-call contact sheet: harbour services' switchboards ---------------------------------
_add("pass", [], [],
     "port-call contact sheet of companies and authorities (switchboards, VHF channels)",
     sender="Fleet Ops <ops-desk@hinode-sangyo.co.jp>",
     to=["Master %s <master.orientmaple@shipmail-sat.com>" % V4[0]],
     subject="Port information – Nagoya",
     charset="utf-8",
     body=("Dear Captain,\n\nPort information for your Nagoya call:\n\n"
           + _table([["Service", "Company / Office", "Phone", "VHF"],
                     ["Agent", "Kinjo Koun Co., Ltd.", "+81-52-661-3105", "-"],
                     ["Pilot", "Ise Bay Pilots' Association", "+81-52-652-1711", "Ch 14"],
                     ["Harbour radio", "Nagoya Port Radio", "+81-52-661-0800", "Ch 16/12"],
                     ["Tugs", "Meiko Tug Service", "+81-52-651-4460", "Ch 10"],
                     ["Quarantine", "Nagoya Quarantine Station", "+81-52-661-4131", "-"],
                     ["Seamen's club", "Nagoya Seafarers' Centre", "+81-52-651-3930", "-"]])
           + "\n\nLocal time UTC+9. Garbage: segregate per Nagoya port rules.\n" + _sig_en_ops()))

# 077 — emergency contacts of nine crew, tab-separated, to the owner ------------------------------
_lines = ["Name\tRank\tNext of kin\tRelation\tPhone\tAddress"]
_towns = ["Brgy. San Roque, Tacloban City, Leyte", "Purok 3, Brgy. Poblacion, Dumaguete City",
          "Blk 12 Lot 7, Brgy. Molino III, Bacoor, Cavite", "Sitio Ilaya, Brgy. Talisay, Batangas",
          "Brgy. Lapaz, Iloilo City", "Jl. Melati No. 14, Semarang", "Jl. Kenanga 22, Tegal",
          "Brgy. Carmen, Cagayan de Oro", "Jl. Mawar 7, Cirebon"]
for i in range(9):
    if i in (5, 6, 8):
        n = _id_name()
        _lines.append("%s\t%s\t%s\tWife\t%s\t%s" % (n, _R.choice(_RANKS[9:]), "Siti " + n.split()[1], _id_mob(), _towns[i]))
    else:
        s, g = _ph_name()
        _lines.append("%s %s\t%s\t%s %s\t%s\t%s\t%s" % (g, s.title(), _R.choice(_RANKS[9:]), _R.choice(["Rowena", "Lorna", "Rosario", "Edna"]),
                                                      s.title(), _R.choice(["Wife", "Mother"]), _ph_mob(), _towns[i]))
_add("stop", [NAME, PHONE], [PD],
     "nine crew's next-of-kin names, phones and home addresses (tab-separated) to the owner",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["Aegean Bulk – HSQE <hsqe@aegean-bulk.gr>"],
     subject="%s – next of kin list for the ERP drill" % V1[0],
     charset="utf-8",
     body=("Dear Mr. Papadakis,\n\nFor the shore-based emergency response drill on 5 Nov, please "
           "find below the next-of-kin details of the ratings on board as requested by your HSQE "
           "department.\n\n" + "\n".join(_lines) + "\n\nKindly treat with care.\n" + _sig_dizon()))

# 078 — claim strategy to a look-alike of the partner law firm (hyphen dropped) -------------------
_add("stop", [], [LOOK],
     "shirakawalaw.jp drops the hyphen of partner shirakawa-law.jp: look-alike domain",
     sender="Capt. Wataru Sakuma <sakuma.w@hinode-sangyo.co.jp>",
     to=["白川法律事務所 海事チーム <maritime@shirakawalaw.jp>"],
     subject="Re: TP-P-25-031 和解方針について",
     charset="iso-2022-jp",
     body=("白川先生\n\nお世話になっております。日の出産業の佐久間です。\n"
           "先日の打合せを踏まえ、社内で和解方針を協議しました。P&I クラブの同意が得られれば、"
           "CBA 所定の補償額をベースに、先方代理人の提示額との中間で早期和解を目指したいと考えております。\n\n"
           "来週中に先生のご意見書（ドラフト）をいただけますでしょうか。\n\n佐久間 航\n"
           "日の出産業株式会社 船舶管理本部 海務監督\n"))

# 079 — crew-change procedure DOCX for a new agency (generic) ------------------------------------
_add("pass", [], [],
     "generic crew-change procedure document: roles and steps, no person's data",
     sender="松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>",
     to=["PT Samudra Insani Manning <ops@samudra-insani.co.id>"],
     subject="Our crew change procedure (for your reference)",
     charset="utf-8",
     body=("Dear Ibu Ratna,\n\nWelcome on board as our new manning partner. Attached is our "
           "crew change procedure (CRW-07, rev.4) so that your team knows what we need and when.\n\n"
           "Kind regards,\nKengo Matsunaga\n"),
     attachments=[{"kind": "docx", "name": "CRW-07_Crew_Change_Procedure_rev4.docx",
                   "title": "CRW-07 Crew change procedure",
                   "paragraphs": ["CRW-07  CREW CHANGE PROCEDURE  (rev.4)",
                                  "1. Line-up: the agent proposes candidates 45 days before joining.",
                                  "2. Approval: Crewing Group approves within 3 working days.",
                                  "3. Documents: passport (18 months), seaman's book, COC/COP, PEME, yellow fever.",
                                  "4. Travel: tickets by Hinode Sangyo's travel agent only.",
                                  "5. Hand-over: minimum 24 hours for senior officers."],
                   "tables": [[["Step", "Responsible", "Deadline"], ["Line-up", "Agent", "D-45"],
                               ["PEME", "Agent / accredited clinic", "D-30"], ["Visa / OKTB", "Agent", "D-10"],
                               ["Flight booking", "Crewing Group", "D-7"]]]}])

# 080 — crew appraisal slides to the owner ----------------------------------------------------
_slides = [["%s – Ratings appraisal 2025" % V3[0], "Evaluation period: Jan–Jun 2025", "Rated by Master and C/E"]]
_cc80 = _crew(10, "ph-id", ratings=True)
for k in range(0, 10, 5):
    _slides.append(["Appraisal results (%d/2)" % (k // 5 + 1)]
                   + ["%s (%s, ID %s): %s – %s" % (c["name"], c["rank"], "HS-%05d" % _R.randrange(10000, 99999),
                                                   _R.choice(["A", "B+", "B", "C"]),
                                                   _R.choice(["recommend promotion", "re-hire", "re-hire with training",
                                                              "do not re-hire: repeated lateness on watch"]))
                      for c in _cc80[k:k + 5]])
_add("stop", [NAME], [PD],
     "PPTX rating ten named crew (employee IDs, grades, re-hire decisions): list of people's records",
     sender="松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>",
     to=["Aegean Bulk – Crewing <crewing@aegean-bulk.gr>"],
     subject="%s – crew appraisal summary H1 2025" % V3[0],
     charset="utf-8",
     body="Dear Mr. Papadakis,\n\nPlease see the H1 appraisal summary attached for tomorrow's review call.\n\nKengo Matsunaga\n",
     attachments=[{"kind": "pptx", "name": "Appraisal_CAMELLIA_H1-2025.pptx", "slides": _slides}])

# 081 — ship's certificates sent by courier: tracking number ----------------------------------
_add("pass", [], [],
     "courier dispatch of ship's certificates with an air waybill number: no personal data",
     sender="Fleet Ops <ops-desk@hinode-sangyo.co.jp>",
     to=["Straits Marine Pte Ltd <ops@straits-marine.com.sg>"],
     subject="%s – original certificates by DHL, AWB 7730 4415 92" % V1[0],
     charset="utf-8",
     body=("Dear Agent,\n\nWe have dispatched the following originals to your office by DHL "
           "Express, AWB 7730 4415 92, for delivery to the vessel on arrival:\n\n"
           "  - International Tonnage Certificate (1969)\n  - Cargo Ship Safety Equipment Certificate (renewed)\n"
           "  - IOPP Certificate with Supplement Form A\n  - Minimum Safe Manning Document\n\n"
           "Estimated delivery: 11 Sept. Please hand them to the Master against signature.\n" + _sig_en_ops()))

# 082 — officers' certificate matrix (legacy XLS) with dates of birth ----------------------------
_rows = [["OCIMF/RightShip officers matrix – %s" % V4[0]], [],
         ["Rank", "Name", "Nationality", "DOB", "CoC grade", "CoC No.", "Issued by", "Expiry", "Years w/ operator"]]
for c in _crew(10, "jp-ph"):
    _rows.append([c["rank"], c["name"], c["nat"], _iso(c["dob"]), "II/1" if "/O" in c["rank"] else "III/2",
                  ("JPN-" if c["nat"] == "JAPANESE" else "PHL-") + _d(7), "JPN" if c["nat"] == "JAPANESE" else "PHL", "20%d-%02d-01" % (_R.randint(26, 30), _R.randint(1, 12)),
                  str(_R.randint(1, 12))])
_add("stop", [NAME, DOB], [PD],
     "officers' matrix of ten people with dates of birth and certificate numbers (XLS) to the charterer",
     sender="Capt. Wataru Sakuma <sakuma.w@hinode-sangyo.co.jp>",
     to=["Vetting Dept – Aegean Bulk <vetting@aegean-bulk.gr>"],
     subject="%s – officers matrix for vetting" % V4[0],
     charset="utf-8",
     body="Dear Vetting team,\n\nUpdated officers matrix attached (xls as your system requires).\n" + _sig_sakuma(),
     attachments=[{"kind": "xls", "name": "Officers_Matrix_ORIENT_MAPLE.xls", "sheets": {"Matrix": _rows}}])

# 083 — PEME 'fit' for one seafarer, no details: either ---------------------------------------
_s, _g = _ph_name()
_add("either", [NAME], [PD],
     "one seafarer's PEME outcome 'fit, no restriction' only: a health-check result of one person, but no diagnosis",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["Visayas Crew Management <docs@visayas-crew.com.ph>"],
     subject="Re: PEME – C/CK %s" % _s.title(),
     charset="utf-8",
     body=("Hi Visayas team,\n\nThanks — the clinic confirmed that C/CK %s %s passed his PEME: "
           "fit for sea service, no restrictions. Please proceed with his visa and we will book "
           "his flight for the 20th.\n\nRegards,\nMaricel\n" % (_g, _s.title())))

# 084 — one block per joining crew member (passport, DOB) to the crew travel agency ---------------
_c = _crew(6, "ph-id")
_blocks = []
for i, c in enumerate(_c):
    _blocks.append("[%d] %s\n    Rank: %s   Nationality: %s\n    Date of birth: %s\n    Passport: %s (exp. 20%d)\n"
                   "    Route: %s" % (i + 1, c["name"], c["rank"], c["nat"], _dmy(c["dob"]), c["pp"], _R.randint(27, 33),
                                      "MNL-SIN" if c["nat"] == "FILIPINO" else "CGK-SIN"))
_add("stop", [NAME, DOB, PP], [PD],
     "six records, one block per seafarer, with DOB and passport numbers to an external travel agency",
     sender="岸本 由佳 <kishimoto.y@hinode-sangyo.co.jp>",
     to=["Crew Travel Asia – Marine Desk <marine@crewtravel-asia.com>"],
     subject="Booking request – 6 on-signers SIN 13 Oct (marine fares)",
     charset="utf-8",
     body=("Dear Marine Desk,\n\nPlease book marine fares for the following on-signers, arriving "
           "Singapore on 13 Oct before 1800H. Seaman's letter (OKTB) will be issued by the agent.\n\n"
           + "\n\n".join(_blocks) + "\n\nPlease send the options by tomorrow noon.\n\nBest regards,\nYuka Kishimoto\n"
           "Hinode Sangyo Co., Ltd. Crewing\n"))

# 085 — internal forward of a 社外秘 document ----------------------------------------------
_add("pass", [], [],
     "社外秘-stamped document forwarded between colleagues only: every recipient is internal",
     sender="松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>",
     to=["岸本 由佳 <kishimoto.y@hinode-sangyo.co.jp>", "Maricel Dizon <crewing@hinode-sangyo.co.jp>"],
     subject="FW: 【社外秘】2026年度 配乗計画（案）",
     charset="iso-2022-jp",
     body=("岸本さん、Maricel\n\n経営会議用の配乗計画案です。社外には出さないでください。\n"
           "来週の打合せまでに目を通しておいてください。\n\n松永\n\n"
           "-----Original Message-----\nFrom: 船舶管理本部長室\nSent: Monday, October 6, 2025 9:02 AM\n"
           "Subject: 【社外秘】2026年度 配乗計画（案）\n\n関係各位\n添付のとおり。取扱いにご注意ください。\n"),
     attachments=[{"kind": "pdf", "name": "2026_manning_plan_draft.pdf", "page_header": "社外秘",
                   "lines": ["【社外秘】2026年度 配乗計画（案）", "管理船 8隻→10隻（新造2隻 引渡し）",
                             "所要船員 +46名（うち職員 14名）", "インドネシア比率を 20%→30% に引上げ"]}])

# 086 — coastal crew list with 和暦 and full-width mobiles for accident insurance ------------------
_ppl = _jp_people(6)
_rows86 = [["氏名", "ふりがな", "職名", "生年月日", "携帯電話"]]
_jobs = ["船長", "機関長", "一等航海士", "一等機関士", "甲板員", "司厨員"]
for p, j in zip(_ppl, _jobs):
    _rows86.append([p[0] + "　" + p[1], p[2] + " " + p[3], j, _zen(_wareki(_dob(1960, 1996))), _zen(_jp_mob())])
_add("stop", [NAME, DOB, PHONE], [PD],
     "six coastal crew with 和暦 birth dates and full-width mobile numbers (list) to an insurer",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["海上安心保険 企業保険課 <kigyo@kaijo-anshin.co.jp>"],
     subject="第八青嵐丸 乗組員 傷害保険 被保険者名簿",
     charset="cp932",
     body=("海上安心保険株式会社\n企業保険課 御中\n\nお世話になっております。日の出産業の平良でございます。\n"
           "第八青嵐丸の団体傷害保険の更新に伴い、被保険者名簿をお送りいたします。\n\n"
           + _ztable(_rows86) + "\n\n保険期間：令和7年11月1日〜令和8年10月31日\n" + _sig_taira()))

# 087 — vaccination campaign: aggregate figures only ------------------------------------------
_add("pass", [], [],
     "fleet vaccination campaign with percentages per vessel: aggregate, no individual health data",
     sender="Capt. Wataru Sakuma <sakuma.w@hinode-sangyo.co.jp>",
     to=["海洋汽船 船舶部 <senpaku@kaiyo-kisen.co.jp>"],
     subject="管理船 インフルエンザ予防接種 実施報告",
     charset="iso-2022-jp",
     body=("海洋汽船 船舶部 御中\n\nお世話になっております。海務監督の佐久間です。\n"
           "今冬のインフルエンザ予防接種の実施状況をご報告いたします。\n\n"
           + _table([["船名", "乗組員数", "接種済", "接種率"], [V2[0], "21", "19", "90%"], [V3[0], "22", "21", "95%"]])
           + "\n\n未接種者は次回寄港地で接種予定です（個別の理由は船長が把握しています）。\n" + _sig_sakuma()))

# 088 — families' addresses for care packages, via the partner carrier (bullets) -------------------
_ppl = _jp_people(6)
_addrs88 = [("906-0012", "沖縄県宮古島市平良字西里1287-4", "0980-72"),
            ("896-0015", "鹿児島県いちき串木野市昭和通102", "0996-32"),
            ("859-4815", "長崎県平戸市田平町山内免612", "0950-57"),
            ("796-0201", "愛媛県八幡浜市保内町川之石1-221", "0894-36"),
            ("781-7102", "高知県室戸市室津2608", "0887-22"),
            ("876-1204", "大分県佐伯市鶴見大字地松浦385", "0972-33")]
_items = []
for k, (p, (z, a, tel)) in enumerate(zip(_ppl, _addrs88)):
    _items.append("・%s %s 様（%s 乗船中の%sさんご家族）\n　〒%s %s\n　℡ %s"
                  % (p[0], _R.choice(["和子", "典子", "幸子", "美佐子", "由美"]), _R.choice([V2[0], "第八 青嵐丸"]), p[1],
                     z, a, _jp_mob() if k % 3 == 1 else "%s-%04d" % (tel, _R.randrange(10000))))
_add("stop", [NAME, ADDR, PHONE], [PD],
     "six families' names, home addresses and phones in bullets, sent to the partner carrier",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["青葉運輸 法人営業課 <hojin@aoba-unyu.co.jp>"],
     subject="年末 乗組員ご家族へのお見舞い品 発送のお願い",
     charset="iso-2022-jp",
     body=("青葉運輸株式会社\n法人営業課 御中\n\nいつもお世話になっております。日の出産業 船員部の平良です。\n"
           "年末恒例の、年越しを船上で迎える乗組員のご家族へのお見舞い品（海産物セット）の発送をお願いいたします。\n"
           "お届け先は以下の6件です。お届け指定日は12月27日です。\n\n" + "\n".join(_items)
           + "\n\n送り状は弊社名義（元払い）でお願いいたします。\n" + _sig_taira()))

# 089 — reply; the CONFIDENTIAL marking is only in the quoted mail of the club -------------------
_add("pass", [], [],
     "the CONFIDENTIAL heading belongs to the club's quoted mail; the new text is a plain acknowledgement",
     sender="Capt. Wataru Sakuma <sakuma.w@hinode-sangyo.co.jp>",
     to=["Toyo P&I – Cargo Claims <cargo@toyo-pandi.or.jp>"],
     subject="Re: TP-C-25-077 – Club's preliminary view",
     charset="utf-8",
     body=("Dear Mr. Nagase,\n\nMany thanks for the Club's view. We will instruct the Master "
           "accordingly and revert once the valve has been opened up for inspection at the next "
           "port.\n\nBest regards,\nWataru Sakuma\n\n"
           "> CONFIDENTIAL – LEGALLY PRIVILEGED\n>\n> Dear Capt. Sakuma,\n"
           "> Having reviewed your report, the Club's preliminary view is that the claim\n"
           "> should be rejected on the basis of the weather evidence, subject to the valve\n"
           "> inspection result.\n> Kind regards, Nagase\n"))

# 090 — reply thread: the new text carries five off-signers' passports ---------------------------
_c = _crew(5, "ph")
_add("stop", [NAME, DOB, PP], [PD],
     "in the new (unquoted) text: five off-signers with DOB and passport numbers to the agent",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["Straits Marine Crew Desk <crew@straits-marine.com.sg>"],
     subject="Re: %s – off-signers details needed" % V1[0],
     charset="utf-8",
     body=("Dear Wei Ling,\n\nHere are the off-signers as requested:\n\n"
           + "\n".join("%s | %s | %s | %s" % (c["name"], c["rank"], _iso(c["dob"]), c["pp"]) for c in _c)
           + "\n\nAll will fly SIN-MNL on PR508 the same evening.\n\nRegards,\nMaricel\n\n"
           "-----Original Message-----\nFrom: Straits Marine Crew Desk\nSent: Tuesday, 9 Sep 2025 10:15\n"
           "Subject: %s – off-signers details needed\n\nDear Maricel,\nPlease send the off-signers' names, "
           "DOB and passport numbers for the sign-off declaration.\nThanks, Wei Ling\n" % V1[0]))

# 091 — the agency's mail attached as .eml, forwarded to the Kobe agent ----------------------------
_c = _crew(9, "ph")
_inner = {"sender": "Jen Tolentino <jtolentino@pacificstar-manning.com.ph>",
          "to": ["crewing@hinode-sangyo.co.jp"], "subject": "Final line-up KAIYO HARMONY / Kobe",
          "charset": "utf-8",
          "body": "Dear Maricel,\n\nFinal line-up with travel documents:\n\n"
                  + _table([["Name", "Rank", "Birth date", "Passport", "SIRB"]]
                           + [[c["name"], c["rank"], _dmy(c["dob"]), c["pp"], c["book"]] for c in _c])
                  + "\n\nBest, Jen\n"}
_add("stop", [NAME, DOB, PP], [PD],
     "forwarded as an attached .eml: the agency's 9-person list with passports goes to a new external recipient",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["六甲海運 神戸支店 代理店課 <agency@rokko-kaiun.co.jp>"],
     subject="FW: Final line-up KAIYO HARMONY / Kobe",
     charset="iso-2022-jp",
     body=("六甲海運 代理店課 御中\n\nマニラの代理店からの最終ラインナップを転送します（添付メール参照）。\n"
           "入管への乗員上陸許可の申請をお願いいたします。\n\nDizon\n日の出産業 船員部\n"),
     attachments=[{"kind": "eml", "name": "Final line-up KAIYO HARMONY.eml", "message": _inner}])

# 092 — remittance list to internal accounting ------------------------------------------------
_rows = [["乗組員", "受取人", "銀行", "口座", "金額USD"]]
for i in range(10):
    s, g = _ph_name()
    _rows.append(["%s %s" % (g, s.title()), "%s %s" % (_R.choice(["Jocelyn", "Mylene", "Grace"]), s.title()),
                  _R.choice(["BDO", "BPI", "Metrobank"]), _d(10), str(_R.randrange(6, 20) * 100)])
_add("pass", [NAME, BANK], [],
     "ten families' bank accounts sent to the internal accounting department only",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["経理部 支払チーム <shiharai@hinode-sangyo.co.jp>"],
     subject="9月分 家族送金 支払依頼（比国籍部員）",
     charset="cp932",
     body="支払チーム 各位\n\n9月分の家族送金の支払依頼です。添付の内容で外為送金の起票をお願いします。\n\n平良\n",
     attachments=[{"kind": "csv", "name": "送金依頼_2025-09_PH.csv", "rows": _rows}])

# 093 — crew landing permit data (CSV, UTF-8) to the procedures centre ---------------------------
_c = _crew(7, "ph-id")
_add("stop", [NAME, DOB, PP], [PD],
     "CSV of seven crew with passports and birth dates for 乗員上陸許可, sent to an external procedures agent",
     sender="岸本 由佳 <kishimoto.y@hinode-sangyo.co.jp>",
     to=["港湾手続センター 申請受付 <shinsei@kowan-tetsuzuki.or.jp>"],
     subject="乗員上陸許可 申請データ（%s／名古屋 11/4 入港）" % V4[0],
     charset="utf-8",
     body=("港湾手続センター 申請受付 御中\n\nいつもお世話になっております。日の出産業の岸本です。\n"
           "%s 名古屋入港に伴う乗員上陸許可の申請データを添付いたします。上陸希望者 7名です。\n\n" % V4[0]) + _sig_kishimoto(),
     attachments=[{"kind": "csv", "name": "landing_permit_ORIENT_MAPLE.csv", "encoding": "utf-8",
                   "rows": [["氏名", "国籍", "性別", "生年月日", "旅券番号", "職名"]]
                   + [[c["name"], c["nat"], "M", _iso(c["dob"]), c["pp"], c["rank"]] for c in _c]}])

# 094 — agency, travel agent and the seafarer's gmail all in To ------------------------------------
_s, _g = _ph_name()
_add("stop", [], [VIS, MULTI, FREE],
     "three external parties (manning agency, travel agency, a seafarer on gmail) visible in To",
     sender="岸本 由佳 <kishimoto.y@hinode-sangyo.co.jp>",
     to=["Visayas Crew Management <docs@visayas-crew.com.ph>",
         "Crew Travel Asia – Marine Desk <marine@crewtravel-asia.com>",
         "%s %s <%s%s@gmail.com>" % (_g, _s.title(), _g.split()[0].lower(), _s.replace(" ", "").lower())],
     subject="Re: Rebooking – 2/O %s" % _s.title(),
     charset="utf-8",
     body=("Dear all,\n\nAs the vessel is delayed at Newcastle anchorage, please rebook 2/O %s %s "
           "from 18th to 24th Oct (same routing MNL-SYD-NTL). Visayas team, please inform his "
           "family accordingly.\n\nMr. %s, sorry for the change – we will send the new e-ticket "
           "directly to you.\n\nBest regards,\nYuka Kishimoto\nHinode Sangyo Crewing\n" % (_g, _s.title(), _s.title())))

# 095 — passport number in the subject line (one person) ---------------------------------------
_s, _g = _ph_name()
_pp95 = _ph_pp()
_add("stop", [NAME, PP], [PD],
     "one seafarer's passport number written in the subject and body, sent to the Busan agent",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["Haeyang Shipping Crew Dept <crew@haeyang-shipping.co.kr>"],
     subject="C-3 visa – %s, %s / PP %s" % (_s, _g.upper(), _pp95),
     charset="utf-8",
     body=("Dear Mr. Park,\n\nPlease apply for a C-3 crew visa for the above AB (passport %s). "
           "Bio page scan attached.\n\nThanks,\nMaricel\n" % _pp95),
     attachments=[{"kind": "png", "name": "pp_bio_page.png"}])

# 096 — sludge and garbage disposal request for a port call ------------------------------------
_add("pass", [], [],
     "waste disposal request with quantities for a port call: business only",
     sender="大城 隆 <oshiro@hinode-sangyo.co.jp>",
     to=["神戸環境サービス 海上廃棄物課 <kaijo@kobe-kankyo.co.jp>"],
     subject="%s 神戸 スラッジ・廃棄物 陸揚げ依頼" % V3[0],
     charset="cp932",
     body=("神戸環境サービス株式会社\n海上廃棄物課 御中\n\nお世話になっております。日の出産業の大城です。\n"
           "%s 神戸寄港時に、下記の陸揚げをお願いいたします。\n\n"
           "　スラッジ（C重油系）：約 18 m3（ホースにて、本船ポンプ使用）\n"
           "　ビルジ：約 6 m3\n　一般廃棄物（分別済）：プラスチック 1.5 m3、食品廃棄物 0.8 m3、缶・瓶 0.4 m3\n"
           "　廃油（潤滑油ドラム）：200L × 4本\n\n"
           "作業日時：11/22 10:00〜（着岸後）　代理店：六甲海運 神戸支店\nマニフェストの控えは本船に交付願います。\n"
           % V3[0]) + _sig_oshiro())

# 097 — tuberculosis suspected in a named officer, to the port agent ------------------------------
_s, _g = _ph_name()
_add("stop", [NAME, SENS], [PD],
     "one named officer with suspected pulmonary tuberculosis (要配慮: medical) reported to the port agent",
     sender="Capt. Wataru Sakuma <sakuma.w@hinode-sangyo.co.jp>",
     to=["Rokko Kaiun Kobe <kobe@rokko-kaiun.co.jp>"],
     subject="URGENT %s – sick officer, quarantine notification" % V3[0],
     charset="utf-8",
     body=("Dear Agent,\n\nMV %s (ETA Kobe 0800 tomorrow) reports that 3/O %s %s has had fever, "
           "night sweats and a persistent cough with blood-streaked sputum for 10 days. The "
           "Radio Medical doctor suspects pulmonary tuberculosis.\n\nPlease notify the Kobe "
           "Quarantine Station before arrival, arrange an ambulance at the berth and a hospital "
           "with isolation facilities. The Master has isolated him in the hospital cabin and the "
           "crew in close contact are wearing N95 masks.\n" % (V3[0], _g, _s.title())) + _sig_sakuma())

# 098 — medical fitness matrix with restrictions for five crew, XLSX to the owner -------------------
_c = _crew(5, "ph-id")
_restr = ["Fit – colour vision deficiency (red/green): not for lookout duties",
          "Fit with restriction – hearing loss left ear, hearing aid",
          "Fit – on medication for hypertension (amlodipine)",
          "Fit – corrective lenses required",
          "Temporarily unfit – lumbar disc herniation, review in 3 months"]
_add("stop", [NAME, SENS, DOB], [PD],
     "five crew's medical certificates with restrictions and conditions (health check results, 要配慮) to the owner",
     sender="Maricel Dizon <crewing@hinode-sangyo.co.jp>",
     to=["Aegean Bulk – HSQE <hsqe@aegean-bulk.gr>"],
     subject="%s – medical certificate status (your audit finding #4)" % V1[0],
     charset="utf-8",
     body=("Dear Mr. Papadakis,\n\nFurther to audit finding #4, attached is the status of the "
           "medical certificates with the limitations noted by the approved doctors.\n" + _sig_dizon()),
     attachments=[{"kind": "xlsx", "name": "MedCert_status_AKEBONO_STAR.xlsx",
                   "sheets": {"Status": [["Medical certificates – MV %s" % V1[0]], [],
                                         ["Name", "Rank", "DOB", "Issued", "Expiry", "Result / limitation"]]
                              + [[c["name"], c["rank"], _iso(c["dob"]), "2025-0%d-1%d" % (_R.randint(1, 9), _R.randint(0, 9)),
                                  "2027-0%d-1%d" % (_R.randint(1, 9), _R.randint(0, 9)), r] for c, r in zip(_c, _restr)],
                              "Notes": [["Approved doctors per MLC Reg. 1.2 / STCW I/9"]]}}])

# 099 — corrupt DOCX attached to a routine mail --------------------------------------------------
_add("stop", [], [UNSCAN],
     "the attached DOCX is corrupt and cannot be inspected",
     sender="平良 さおり <taira.s@hinode-sangyo.co.jp>",
     to=["みなと社労士事務所 <contact@minato-sr.jp>"],
     subject="船員就業規則 改定案のご確認のお願い",
     charset="iso-2022-jp",
     body=("みなと社労士事務所\n浜田先生\n\nいつもお世話になっております。日の出産業の平良です。\n"
           "船員法改正に対応した就業規則の改定案を作成しました。ご確認いただけますでしょうか。\n"
           "特に休日・休暇の章（第5章）についてご意見をいただけますと幸いです。\n" + _sig_taira()),
     attachments=[{"kind": "corrupt", "name": "船員就業規則_改定案_v3.docx"}])

# 100 — 極秘 memo on a vessel sale and crew redeployment, to the partner law firm ------------------
_add("stop", [], [CONF],
     "DOCX marked 極秘 in its header and title, sent to the (partner) law firm",
     sender="松永 健吾 <matsunaga.k@hinode-sangyo.co.jp>",
     to=["白川法律事務所 <maritime@shirakawa-law.jp>"],
     subject="ORIENT MAPLE 売船に伴う乗組員の処遇についてご相談",
     charset="iso-2022-jp",
     body=("白川先生\n\nお世話になっております。日の出産業の松永です。\n"
           "標記の件、社内検討資料を添付いたします。売船時の乗組員の雇止め・転船の進め方について、"
           "MLC および CBA 上の留意点をご教示いただけますでしょうか。\n" + _sig_matsunaga()),
     attachments=[{"kind": "docx", "name": "ORIENT_MAPLE_売船_乗組員処遇方針.docx",
                   "page_header": "極秘", "title": "【極秘】ORIENT MAPLE 売船に伴う乗組員処遇方針（案）",
                   "paragraphs": ["【極秘】ORIENT MAPLE 売船に伴う乗組員処遇方針（案）",
                                  "1. 引渡予定：2026年2月（シンガポール）",
                                  "2. 乗組員 21名：14名は他の管理船へ転船、7名は契約満了で下船",
                                  "3. 早期下船者には CBA 第21条の補償（基本給2か月分）を支給",
                                  "4. 公表時期：買主との MOA 締結後"]}])
