"""Blind corpus, area "collection": 日の出産業's credit and collection department (債権管理・回収).

Overdue-customer lists, payment plans, collection agencies (servicers), 弁護士 / 司法書士
offices, address searches (所在調査), court filings (支払督促, 少額訴訟), bankruptcy
notices, guarantors, bank transfer confirmations, credit bureaus, write-offs and customers'
hardship explanations (illness, job loss).

Every person, number, address, domain and company outside the policy's named partners is
invented.  My Numbers and card numbers come from build.my_number() / build.card_number()
with seeds starting at 6801 (6801, 6802, … in the order they are used below).
"""

from __future__ import annotations

import random

from build import card_number, my_number

AREA = "collection"
SEED = 6801
_seed = [SEED]


def next_seed() -> int:
    s = _seed[0]
    _seed[0] += 1
    return s


rng = random.Random(SEED)

# -- invented people --------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"), ("伊藤", "イトウ", "Ito"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("清水", "シミズ", "Shimizu"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
    ("岡田", "オカダ", "Okada"), ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"),
    ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"),
    ("三浦", "ミウラ", "Miura"), ("岡本", "オカモト", "Okamoto"), ("松田", "マツダ", "Matsuda"),
    ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"),
    ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"),
    ("石井", "イシイ", "Ishii"), ("上田", "ウエダ", "Ueda"), ("森田", "モリタ", "Morita"),
    ("柴田", "シバタ", "Shibata"), ("酒井", "サカイ", "Sakai"), ("工藤", "クドウ", "Kudo"),
    ("横山", "ヨコヤマ", "Yokoyama"), ("宮崎", "ミヤザキ", "Miyazaki"), ("内田", "ウチダ", "Uchida"),
    ("高木", "タカギ", "Takagi"), ("安藤", "アンドウ", "Ando"), ("谷口", "タニグチ", "Taniguchi"),
    ("丸山", "マルヤマ", "Maruyama"), ("今井", "イマイ", "Imai"), ("河合", "カワイ", "Kawai"),
    ("藤原", "フジワラ", "Fujiwara"), ("武田", "タケダ", "Takeda"), ("杉山", "スギヤマ", "Sugiyama"),
    ("千葉", "チバ", "Chiba"), ("村田", "ムラタ", "Murata"), ("増田", "マスダ", "Masuda"),
    ("小島", "コジマ", "Kojima"), ("平野", "ヒラノ", "Hirano"), ("大塚", "オオツカ", "Otsuka"),
    ("菅原", "スガワラ", "Sugawara"), ("野口", "ノグチ", "Noguchi"), ("新井", "アライ", "Arai"),
    ("桜井", "サクライ", "Sakurai"), ("片山", "カタヤマ", "Katayama"), ("比嘉", "ヒガ", "Higa"),
    ("阿部", "アベ", "Abe"), ("菊地", "キクチ", "Kikuchi"), ("熊谷", "クマガイ", "Kumagai"),
]
RARE = [
    ("小鳥遊", "タカナシ", "Takanashi"), ("四月一日", "ワタヌキ", "Watanuki"),
    ("東海林", "ショウジ", "Shoji"), ("薬袋", "ミナイ", "Minai"), ("鰐淵", "ワニブチ", "Wanibuchi"),
    ("勘解由小路", "カデノコウジ", "Kadenokoji"), ("一尺八寸", "カマツカ", "Kamatsuka"),
    ("生明", "アザミ", "Azami"), ("左右田", "ソウダ", "Soda"), ("百目鬼", "ドウメキ", "Domeki"),
    ("九十九", "ツクモ", "Tsukumo"), ("月見里", "ヤマナシ", "Yamanashi"),
    ("御手洗", "ミタライ", "Mitarai"), ("十河", "ソゴウ", "Sogo"), ("舎利弗", "トドロキ", "Todoroki"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("行方", "ナメカタ", "Namekata"), ("不破", "フワ", "Fuwa"),
]
GIVEN = [
    ("太郎", "タロウ", "Taro"), ("健一", "ケンイチ", "Kenichi"), ("誠", "マコト", "Makoto"),
    ("大輔", "ダイスケ", "Daisuke"), ("翔太", "ショウタ", "Shota"), ("直樹", "ナオキ", "Naoki"),
    ("隆", "タカシ", "Takashi"), ("浩二", "コウジ", "Koji"), ("和也", "カズヤ", "Kazuya"),
    ("修", "オサム", "Osamu"), ("勝彦", "カツヒコ", "Katsuhiko"), ("拓海", "タクミ", "Takumi"),
    ("聡", "サトシ", "Satoshi"), ("正樹", "マサキ", "Masaki"), ("剛", "ツヨシ", "Tsuyoshi"),
    ("花子", "ハナコ", "Hanako"), ("美咲", "ミサキ", "Misaki"), ("恵子", "ケイコ", "Keiko"),
    ("由美", "ユミ", "Yumi"), ("裕子", "ユウコ", "Yuko"), ("真由美", "マユミ", "Mayumi"),
    ("明美", "アケミ", "Akemi"), ("陽子", "ヨウコ", "Yoko"), ("彩", "アヤ", "Aya"),
    ("千尋", "チヒロ", "Chihiro"), ("沙織", "サオリ", "Saori"), ("智子", "トモコ", "Tomoko"),
    ("久美子", "クミコ", "Kumiko"), ("典子", "ノリコ", "Noriko"), ("舞", "マイ", "Mai"),
    ("葵", "アオイ", "Aoi"), ("悠斗", "ユウト", "Yuto"), ("蓮", "レン", "Ren"),
    ("康弘", "ヤスヒロ", "Yasuhiro"), ("秀樹", "ヒデキ", "Hideki"), ("幸子", "サチコ", "Sachiko"),
    ("光男", "ミツオ", "Mitsuo"), ("房江", "フサエ", "Fusae"), ("義雄", "ヨシオ", "Yoshio"),
    ("亮介", "リョウスケ", "Ryosuke"), ("早苗", "サナエ", "Sanae"), ("達也", "タツヤ", "Tatsuya"),
]
# (zip prefix, area code, prefecture, city, town)
ADDR = [
    ("160", "03", "東京都", "新宿区", "北新宿"), ("173", "03", "東京都", "板橋区", "大山町"),
    ("120", "03", "東京都", "足立区", "梅島"), ("134", "03", "東京都", "江戸川区", "西葛西"),
    ("190", "042", "東京都", "立川市", "錦町"), ("221", "045", "神奈川県", "横浜市神奈川区", "六角橋"),
    ("252", "042", "神奈川県", "相模原市南区", "相模大野"), ("210", "044", "神奈川県", "川崎市川崎区", "砂子"),
    ("330", "048", "埼玉県", "さいたま市浦和区", "常盤"), ("343", "048", "埼玉県", "越谷市", "蒲生寿町"),
    ("273", "047", "千葉県", "船橋市", "本町"), ("260", "043", "千葉県", "千葉市中央区", "椿森"),
    ("532", "06", "大阪府", "大阪市淀川区", "十三本町"), ("590", "072", "大阪府", "堺市堺区", "熊野町東"),
    ("460", "052", "愛知県", "名古屋市中区", "大須"), ("444", "0564", "愛知県", "岡崎市", "康生通西"),
    ("812", "092", "福岡県", "福岡市博多区", "博多駅南"), ("802", "093", "福岡県", "北九州市小倉北区", "魚町"),
    ("064", "011", "北海道", "札幌市中央区", "南十条西"), ("980", "022", "宮城県", "仙台市青葉区", "上杉"),
    ("730", "082", "広島県", "広島市中区", "舟入本町"), ("650", "078", "兵庫県", "神戸市中央区", "元町通"),
    ("370", "027", "群馬県", "高崎市", "八島町"), ("951", "025", "新潟県", "新潟市中央区", "古町通"),
    ("420", "054", "静岡県", "静岡市葵区", "鷹匠"), ("900", "098", "沖縄県", "那覇市", "久茂地"),
    ("700", "086", "岡山県", "岡山市北区", "奉還町"), ("860", "096", "熊本県", "熊本市中央区", "水道町"),
    ("310", "029", "茨城県", "水戸市", "泉町"), ("381", "026", "長野県", "長野市", "吉田"),
]
BUILDINGS = ["", "", "", "コーポ若葉", "メゾン桜台", "サンハイツ", "グランドール", "第二松風荘",
             "パークサイド", "ベルウッド", "ライオンズ", "エスポワール"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]
BANKS = [("みどり銀行", ["本町", "駅前", "北口"]), ("東都銀行", ["池袋", "蒲田", "八王子"]),
         ("ひかり信用金庫", ["本店営業部", "西支店"]), ("なにわ銀行", ["梅田", "天王寺"]),
         ("北斗銀行", ["大通", "琴似"]), ("あさなぎ信用組合", ["本店"])]

_used: set[str] = set()


def _wareki(y: int, m: int, d: int) -> tuple[str, str, int]:
    if (y, m, d) >= (2019, 5, 1):
        return "令和", "R", y - 2018
    if (y, m, d) >= (1989, 1, 8):
        return "平成", "H", y - 1988
    return "昭和", "S", y - 1925


def person(rare: bool = False, young: bool = False) -> dict:
    while True:
        s = rng.choice(RARE if rare else SURNAMES)
        g = rng.choice(GIVEN)
        if s[0] + g[0] not in _used:
            _used.add(s[0] + g[0])
            break
    a = rng.choice(ADDR)
    zipc = f"{a[0]}-{rng.randrange(0, 10000):04d}"
    bld = rng.choice(BUILDINGS)
    street = f"{rng.randint(1, 5)}丁目{rng.randint(1, 28)}番{rng.randint(1, 20)}号"
    street_short = f"{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 20)}"
    room = f" {bld}{rng.randint(1, 6)}0{rng.randint(1, 9)}号室" if bld else ""
    addr = f"{a[2]}{a[3]}{a[4]}{street}{room}"
    addr2 = f"{a[2]}{a[3]}{a[4]}{street_short}{(' ' + bld + str(rng.randint(101, 509))) if bld else ''}"
    mob = f"{rng.choice(['090', '080', '070'])}-{rng.randrange(1000, 10000)}-{rng.randrange(10000):04d}"
    ac = a[1]
    rest = 10 - len(ac)
    mid = 4 if rest == 8 else (3 if rest == 7 else 2)
    land = f"{ac}-{rng.randrange(10 ** (mid - 1), 10 ** mid)}-{rng.randrange(10000):04d}"
    y = rng.randint(1985, 2002) if young else rng.randint(1948, 1999)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    era, ab, ey = _wareki(y, m, d)
    mail = f"{g[2].lower()}.{s[2].lower()}{rng.randint(1, 99)}@{rng.choice(FREEMAIL)}"
    bank, branches = rng.choice(BANKS)
    acct = f"{bank} {rng.choice(branches)}支店 普通 {rng.randrange(1000000, 10000000)}"
    if bank.endswith("信用金庫") or bank.endswith("組合"):
        acct = acct.replace("本店営業部支店", "本店営業部").replace("本店支店", "本店")
    amt = rng.randrange(18, 980) * 1000 + rng.choice([0, 280, 500, 640, 720, 960])
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name2": f"{s[0]}{g[0]}",
        "kana": f"{s[1]} {g[1]}", "kana_sei": s[1], "romaji": f"{g[2]} {s[2]}",
        "ROMAJI": f"{s[2].upper()} {g[2]}", "zip": zipc, "addr": addr, "addr2": addr2,
        "pref": a[2], "mobile": mob, "tel": land, "email": mail, "dob_y": y, "dob_m": m,
        "dob_d": d, "dob": f"{y}/{m:02d}/{d:02d}", "dob_iso": f"{y}-{m:02d}-{d:02d}",
        "dob_j": f"{era}{ey}年{m}月{d}日", "dob_s": f"{ab}{ey}.{m}.{d}",
        "cid": f"{rng.choice(['HC', 'HL', 'HR'])}-{rng.randrange(100000, 1000000)}",
        "amount": amt, "yen": f"{amt:,}", "months": rng.randint(2, 14),
        "bank": acct,
    }


def people(n: int, **kw) -> list[dict]:
    return [person(**kw) for _ in range(n)]


_FW = str.maketrans("0123456789-/().", "０１２３４５６７８９－／（）．")


def zen(s: str) -> str:
    """full-width digits and separators, the way some staff type them"""
    return s.translate(_FW)


def pad(s: str, w: int) -> str:
    """left-justify to display width w (full-width chars count 2)"""
    width = sum(2 if ord(c) > 0xFF else 1 for c in s)
    return s + " " * max(w - width, 1)


# -- the organisation ---------------------------------------------------------------------

KONO = "河野 恭子 <k.kono@hinode-sangyo.co.jp>"
MANABE = "真鍋 隆之 <t.manabe@hinode-sangyo.co.jp>"
OSAKO = "大迫 彩 <a.osako@hinode-sangyo.co.jp>"
KUBOTA = "久保田 誠 <m.kubota@hinode-sangyo.co.jp>"
SAIONJI = "西園寺 遥 <h.saionji@hinode-sangyo.co.jp>"
SAIKEN = "日の出産業 債権管理部 <saiken@hinode-sangyo.co.jp>"
SHISHIDO = "宍戸 浩平 <k.shishido@hinode-sangyo.co.jp>"
HAMAGUCHI = "Yuki Hamaguchi <y.hamaguchi@hinode-sangyo.co.jp>"
TOKUNAGA = "徳永 里美 <s.tokunaga@hinode-sangyo.co.jp>"

IN_KA = "債権管理課 <saiken-ka@hinode-sangyo.co.jp>"
IN_LEGAL = "法務部 <legal@hinode-sangyo.co.jp>"
IN_KEIRI = "経理部 <keiri@hinode-sangyo.co.jp>"


def sig_a(name: str, mail: str, tel: str = "03-5201-8847") -> str:
    return (f"\n--------------------------------------------------\n"
            f"日の出産業株式会社　債権管理部　債権管理課\n{name}\n"
            f"〒103-0027 東京都中央区日本橋3-8-12 日の出ビル7F\n"
            f"TEL {tel}（直通）／ FAX 03-5201-8841\nMail: {mail}\n"
            f"--------------------------------------------------\n")


def sig_b(name: str, ext: str) -> str:
    return (f"\n━━━━━━━━━━━━━━━━━━━━\n日の出産業(株) 債権管理部 回収グループ\n"
            f"{name}（内線{ext}）\nTEL:03-5201-8840(代) FAX:03-5201-8841\n━━━━━━━━━━━━━━━━━━━━\n")


def sig_c(name: str) -> str:
    return f"\n日の出産業 債権管理部\n{name}\n"


def sig_en(name: str, title: str, mail: str) -> str:
    return (f"\nBest regards,\n\n{name}\n{title}\nCredit & Collection Dept.\n"
            f"Hinode Sangyo Co., Ltd.\n3-8-12 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan\n"
            f"Tel +81-3-5201-8840 | {mail}\n")


DISCLAIMER_JA = ("\n※本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者までご連絡のうえ、本メールを削除してください。\n")
DISCLAIMER_EN = ("\nThis e-mail and any attachments may contain confidential information. "
                 "If you have received it in error, please notify the sender and delete it.\n")

MESSAGES: list[dict] = []


def add(**kw) -> None:
    n = len(MESSAGES) + 1
    msg = {"id": f"{AREA}-{n:03d}", "cc": [], "bcc": [], "attachments": []}
    msg.update(kw)
    MESSAGES.append(msg)


# =========================================================================================
# messages
# =========================================================================================
# --- 001 stop: space-padded table of 8 overdue customers pasted into a mail to a servicer
_p = people(8)
_rows = "\n".join(
    f"{pad(p['cid'], 11)}{pad(p['name'], 14)}{pad(p['mobile'], 15)}{pad(p['addr2'], 52)}{p['yen']:>10}  {p['months']}ヶ月"
    for p in _p)
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="list of 8 overdue customers (name, mobile, address) pasted in the body to an outside servicer",
    charset="cp932", sender=KONO,
    to=["星見債権回収株式会社 村瀬様 <murase@hoshimi-servicer.co.jp>"],
    subject="【委託】第3四半期 新規委託分（8件）のご連絡",
    body=f"""星見債権回収株式会社
業務部 村瀬様

いつもお世話になっております。日の出産業の河野です。
今期の新規委託分が確定しましたので、下記のとおりご連絡いたします。
受託処理のほど、よろしくお願いいたします。

{pad('契約番号', 11)}{pad('氏名', 14)}{pad('携帯', 15)}{pad('住所', 52)}{'延滞額':>8}  期間
{'-' * 118}
{_rows}
{'-' * 118}

督促状は当社から2回送付済みです（最終は先月20日付）。
委託開始日は来月1日、手数料は基本契約どおり回収額の25％でお願いします。
{sig_a('河野 恭子', 'k.kono@hinode-sangyo.co.jp')}""")

# --- 002 stop: CSV (CP932) of 12 debtors with date of birth, to another servicer
_p = people(12)
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="CSV attachment with 12 debtors' names, birth dates, addresses and phones to an outside servicer",
    charset="utf-8", sender=MANABE,
    to=["竹内 涼子 <takeuchi.r@toho-kaishu.co.jp>"],
    cc=["債権管理課 <saiken-ka@hinode-sangyo.co.jp>"],
    subject="委託データ送付（2月末締め）",
    body=f"""東邦債権回収 竹内様

お世話になっております、日の出産業 真鍋です。
2月末締めの委託データをCSVでお送りします。件数は12件です。
文字コードはいつものShift_JISです。取込エラーがあればお知らせください。

真鍋
{sig_b('真鍋 隆之', '2214')}""",
    attachments=[{"kind": "csv", "name": "itaku_202502.csv", "rows":
                  [["契約番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "自宅電話", "携帯電話", "請求残高"]]
                  + [[p["cid"], p["name"], p["kana"], p["dob"], p["zip"], p["addr"], p["tel"], p["mobile"], p["amount"]] for p in _p]}])

# --- 003 stop: XLSX with a title row and two sheets, 20 debtors, to a 司法書士 office
_p = people(20)
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="XLSX of 20 debtors (address, phone, e-mail) sent to an external 司法書士 office",
    charset="iso-2022-jp", sender=OSAKO,
    to=["司法書士法人みなと合同事務所 松岡先生 <matsuoka@minato-shiho.jp>"],
    subject="支払督促申立て対象者リストの送付について",
    body=f"""司法書士法人みなと合同事務所
司法書士 松岡 様

平素より大変お世話になっております。
日の出産業株式会社 債権管理部の大迫でございます。

先日お打合せいたしました支払督促の申立てにつきまして、
対象者のリストをExcelにてお送りいたします。
「対象者」シートが明細、「集計」シートが管轄裁判所別の件数です。

ご確認のうえ、必要書類等ございましたらご指示ください。
何卒よろしくお願い申し上げます。
{sig_a('大迫 彩', 'a.osako@hinode-sangyo.co.jp', '03-5201-8849')}""",
    attachments=[{"kind": "xlsx", "name": "支払督促対象者_20名.xlsx", "title": "支払督促対象者",
                  "sheets": {
                      "対象者": [["支払督促 申立対象者一覧（債権管理部作成）"], [],
                                 ["No", "契約番号", "債務者氏名", "住所", "電話", "メール", "請求額"]]
                      + [[i + 1, p["cid"], p["name"], p["addr"], p["mobile"], p["email"], p["amount"]]
                         for i, p in enumerate(_p)],
                      "集計": [["都道府県", "件数"]] + [[k, sum(1 for p in _p if p["pref"] == k)]
                                                      for k in sorted({p["pref"] for p in _p})],
                  }}])

# --- 004 stop: forward of a customer's explanation (cancer surgery) to the servicer
_p = person()
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="forwarded customer mail with a cancer diagnosis and hospitalisation (要配慮) sent to a servicer",
    charset="iso-2022-jp", sender=KUBOTA,
    to=["星見債権回収 業務部 <gyomu@hoshimi-servicer.co.jp>"],
    subject=f"FW: お支払いについてのご相談（{_p['cid']}）",
    body=f"""星見債権回収 業務部 御中

日の出産業の久保田です。
委託中の{_p['cid']}のお客様から下記のメールが届きました。
当面は架電を控えていただき、退院後に分割のご提案をお願いできればと思います。

久保田

-------- Forwarded Message --------
From: {_p['name']} <{_p['email']}>
Subject: お支払いについてのご相談

日の出産業 ご担当者様

いつも督促のご連絡をいただきながら、お返事ができず申し訳ありません。
実は先月、胃がんが見つかり、来週から{_p['pref']}の病院に入院して手術を受けることになりました。
術後は抗がん剤治療が続くと言われており、しばらく働けません。
退院したら必ず連絡しますので、それまでお待ちいただけないでしょうか。
連絡は携帯（{_p['mobile']}）にお願いします。

{_p['name']}
""")

# --- 005 pass: monthly overdue list to internal colleagues only
_p = people(30)
add(expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=[],
    note="30-row overdue list, but every recipient is internal (hinode-sangyo.co.jp)",
    charset="cp932", sender=SAIKEN,
    to=[IN_KA], cc=["宍戸 浩平 <k.shishido@hinode-sangyo.co.jp>", "経理部 松浦 <y.matsuura@hinode-sangyo.co.jp>"],
    subject="【月次】延滞顧客リスト（3月度）",
    body="""債権管理課各位

3月度の延滞顧客リストを添付します。
今月から「初回延滞」シートを分けました。担当割当は来週月曜の朝会で決めます。
経理部さんには参考送付です。

債権管理部
""",
    attachments=[{"kind": "xlsx", "name": "延滞顧客リスト_3月度.xlsx",
                  "sheets": {"初回延滞": [["契約番号", "氏名", "生年月日", "電話", "住所", "延滞額"]]
                             + [[p["cid"], p["name"], p["dob"], p["tel"], p["addr"], p["amount"]] for p in _p[:11]],
                             "継続延滞": [["契約番号", "氏名", "生年月日", "電話", "住所", "延滞額", "月数"]]
                             + [[p["cid"], p["name"], p["dob"], p["tel"], p["addr"], p["amount"], p["months"]] for p in _p[11:]]}}])

# --- 006 pass: one debtor's case sheet (one record) to the servicer
_p = person(rare=True)
add(expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a single debtor's record to the servicer handling the case: one person, may warn",
    charset="utf-8", sender=KONO,
    to=["murase@hoshimi-servicer.co.jp"],
    subject=f"追加委託 1件（{_p['cid']}）",
    body=f"""村瀬様

お世話になっております。河野です。
先日お電話でお話しした追加の1件です。

■契約番号：{_p['cid']}
■氏名　　：{_p['name']}（{_p['kana']}）
■住所　　：〒{_p['zip']} {_p['addr']}
■連絡先　：{_p['mobile']}
■残高　　：{_p['yen']}円（{_p['months']}ヶ月延滞）
■経緯　　：昨年11月に一度分割の約束あり、2回入金後に途絶。
　　　　　　本人は「転職活動中」とのこと。勤務先は不明です。

よろしくお願いいたします。
{sig_c('河野')}""")

# --- 007 stop: address search request quoting the debtor's driver's licence number
_p = person()
_lic = f"{rng.choice(['30', '45', '62'])}{rng.randrange(10**9, 10**10)}"
add(expect="stop", entities=["PERSON_NAME", "JP_DRIVERS_LICENSE", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="所在調査 request that gives a driver's licence number (identity document) to an outside research firm",
    charset="iso-2022-jp", sender=MANABE,
    to=["日東リサーチ 調査部 <chosa@nitto-research.co.jp>"],
    subject="所在調査のご依頼（1件）",
    body=f"""株式会社日東リサーチ
調査部 ご担当者様

いつもお世話になっております。日の出産業 債権管理部の真鍋です。
下記の方の現住所調査をお願いしたく、ご連絡いたしました。
郵便物が「あて所に尋ねあたりません」で戻ってきており、携帯も不通です。

　氏名　　　　：{_p['name']}（{_p['kana']}）
　生年月日　　：{_p['dob_j']}
　最終既知住所：{_p['addr']}
　運転免許証　：第{_lic}号（契約時に写し取得）
　契約番号　　：{_p['cid']}

報告書は2週間程度でいただけると助かります。
お見積りも併せてお送りください。
{sig_a('真鍋 隆之', 't.manabe@hinode-sangyo.co.jp', '03-5201-8846')}""")

# --- 008 pass: payment plan confirmation to the debtor's own free-mail address
_p = person()
_inst = rng.choice([10000, 15000, 20000])
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="payment-plan confirmation to the customer himself at a free-mail address; only his own contract and amounts",
    charset="iso-2022-jp", sender=OSAKO,
    to=[f"{_p['email']}"],
    subject="【日の出産業】分割お支払いのご確認",
    body=f"""{_p['name']} 様

日の出産業株式会社 債権管理部の大迫でございます。
本日はお電話にてご相談いただき、ありがとうございました。
お話しした内容を下記のとおりご確認ください。

　ご契約番号　：{_p['cid']}
　お支払残高　：{_p['yen']}円
　毎月のお支払：{_inst:,}円（毎月末日まで）
　初回　　　　：来月末日
　お振込先　　：みどり銀行 日本橋支店 当座 0123456
　　　　　　　　ヒノデサンギヨウ（カ

お振込の際は、お名前の前に契約番号の数字部分をご入力ください。
ご事情が変わった場合は、お早めにご相談いただけますと幸いです。
{sig_a('大迫 彩', 'a.osako@hinode-sangyo.co.jp', '03-5201-8849')}""")

# --- 009 stop: reminder sent with six debtors visible in To
_p = people(6)
add(expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="one reminder to six private customers with everyone in To: each can see the others (should be Bcc)",
    charset="cp932", sender=SAIKEN,
    to=[f"{p['name']} <{p['email']}>" for p in _p],
    subject="【重要】お支払期限経過のお知らせ",
    body="""お客様各位

日頃より日の出産業をご利用いただき、誠にありがとうございます。
ご請求金額のお支払期限が経過しておりますが、現時点でご入金の確認ができておりません。
お手数ですが、今月末日までにお振込みくださいますようお願い申し上げます。

行き違いでお支払い済みの場合はご容赦ください。
ご不明点は下記までお問い合わせください。

日の出産業株式会社 債権管理部
TEL 0120-55-8840（平日9:00～17:30）
""")

# --- 010 pass: the same kind of reminder done properly, with everyone in Bcc
_p = people(9)
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="reminder to nine customers correctly in Bcc; only the free-mail recipient notice applies",
    charset="utf-8", sender=SAIKEN,
    to=["日の出産業 債権管理部 <saiken@hinode-sangyo.co.jp>"],
    bcc=[p["email"] for p in _p],
    subject="お支払いのお願い（口座振替不能のお知らせ）",
    body="""お客様各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
今月27日の口座振替がご指定口座の残高不足等により不能となりました。
つきましては、同封の払込票、または下記口座へのお振込みにてお支払いをお願いいたします。

　みどり銀行 日本橋支店 当座 0123456 ヒノデサンギヨウ（カ

※本メールはBCCで一斉にお送りしております。
※すでにお支払いいただいている場合は、本メールは破棄してください。

日の出産業株式会社 債権管理部
""")

# --- 011 stop: case file sent to a look-alike of the partner law firm's domain
_p = person()
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="recipient shirakawa-law.co.jp is a look-alike of partner shirakawa-law.jp (co. added)",
    charset="iso-2022-jp", sender=SHISHIDO,
    to=["白川 俊介 先生 <s.shirakawa@shirakawa-law.co.jp>"],
    subject=f"訴訟提起のご相談（{_p['name']}様案件）",
    body=f"""白川法律事務所
弁護士 白川俊介 先生

いつも大変お世話になっております。日の出産業の宍戸です。
先日ご相談した長期延滞案件につき、訴訟提起の方向でお願いしたく存じます。

債務者：{_p['name']}
住所　：{_p['addr']}
電話　：{_p['tel']}
債権額：{_p['yen']}円（遅延損害金別）

契約書写しと督促経過は、明日郵送いたします。
ご検討のほど、よろしくお願いいたします。

日の出産業株式会社
債権管理部 部長 宍戸浩平
""")

# --- 012 pass: three debtors for 少額訴訟 to the real partner law firm
_p = people(3)
_t = "\n\n".join(f"（{i + 1}）{p['name']}\n　　{p['zip']} {p['addr']}\n　　TEL {p['mobile']}\n　　請求額 {p['yen']}円"
                 for i, p in enumerate(_p))
add(expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="three debtors for small-claims suits to the partner law firm: under five people, may warn",
    charset="cp932", sender=SHISHIDO,
    to=["s.shirakawa@shirakawa-law.jp"], cc=["事務局 井手様 <ide@shirakawa-law.jp>"],
    subject="少額訴訟 3件のお願い",
    body=f"""白川先生

お世話になっております。宍戸です。
先日の打合せのとおり、少額訴訟をお願いしたい3件をお送りします。
いずれも請求額60万円以下で、内容証明への応答がなかった方です。

{_t}

管轄は各住所地の簡易裁判所になるかと存じます。
着手金の請求書は事務局の井手様宛にお送りいただければ結構です。

宍戸
""")

# --- 013 stop: 住民票 transcription including the 個人番号, sent to the 司法書士
_p = person()
_mn = my_number(next_seed())
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH", "JP_MY_NUMBER"],
    detectors=["personal_data"],
    note="debtor's 住民票 details copied with the 個人番号 (My Number) into a mail to an external 司法書士",
    charset="utf-8", sender=OSAKO,
    to=["松岡 <matsuoka@minato-shiho.jp>"],
    subject="Re: 支払督促申立書の記載事項について",
    body=f"""松岡先生

ご連絡ありがとうございます。大迫です。
ご指示いただいた住民票の記載事項、取得したものから書き写しました。

　氏名　　　　{_p['name']}
　生年月日　　{_p['dob_j']}
　住所　　　　{_p['addr']}
　住民となった年月日　令和5年9月14日
　個人番号　　{_mn[:4]} {_mn[4:8]} {_mn[8:]}
　前住所　　　{person()['addr']}

原本はレターパックで本日発送しました。
申立書の案ができましたらご送付ください。

大迫

> 住民票上の住所と契約書記載の住所が異なるようですので、
> 住民票の記載事項（現住所・前住所）をお知らせいただけますでしょうか。
> 司法書士法人みなと合同事務所　松岡
""")

# --- 014 pass: 支払督促 for a single debtor to the 司法書士
_p = person()
add(expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one debtor's details for a 支払督促 to the 司法書士: one person, may warn",
    charset="iso-2022-jp", sender=MANABE,
    to=["matsuoka@minato-shiho.jp"],
    subject="支払督促（1件）のお願い",
    body=f"""みなと合同事務所 松岡先生

いつもお世話になっております。日の出産業の真鍋です。
支払督促を1件お願いいたします。

　債務者　{_p['name']}（{_p['dob_s']}生）
　住所　　{_p['zip']}　{_p['addr2']}
　請求額　元金{_p['yen']}円、遅延損害金は年14.6％

委任状は押印のうえ明日発送いたします。
{sig_a('真鍋 隆之', 't.manabe@hinode-sangyo.co.jp', '03-5201-8846')}""")

# --- 015 stop: a customer's credit card number sent to the payment processor
_p = person()
_cc = card_number(next_seed())
add(expect="stop", entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="full credit card number of a customer in a mail to the external payment processor",
    charset="cp932", sender=TOKUNAGA,
    to=["ペイゲート カスタマーサポート <support@paygate-jp.com>"],
    subject="再オーソリのお願い（継続課金エラー）",
    body=f"""ペイゲート株式会社
カスタマーサポート ご担当者様

日の出産業の徳永です。いつもお世話になっております。
継続課金でエラー（G12）となったお客様について、本人から
「カードを再発行したので新しい番号で引き落としてほしい」と電話がありました。
管理画面から登録変更ができないため、お手数ですが下記で再オーソリをお願いします。

　会員ID　　：HN{rng.randrange(10**7, 10**8)}
　カード名義：{_p['ROMAJI'].upper()}
　カード番号：{_cc[:4]}-{_cc[4:8]}-{_cc[8:12]}-{_cc[12:]}
　有効期限　：{rng.randint(1, 12):02d}/{rng.randint(27, 31)}
　金額　　　：{_p['yen']}円

日の出産業株式会社 債権管理部 徳永
""")

# --- 016 stop: collection policy stamped 社外秘 sent to the servicer
add(expect="stop", entities=[], detectors=["confidential_marking"],
    note="DOCX collection policy carrying a 社外秘 stamp in its header, sent outside",
    charset="iso-2022-jp", sender=SHISHIDO,
    to=["星見債権回収 村瀬様 <murase@hoshimi-servicer.co.jp>"],
    subject="来期の回収方針について",
    body=f"""村瀬様

お世話になっております。宍戸です。
来期の当社回収方針をまとめましたので、ご参考までにお送りします。
委託条件の見直しについては別途ご相談させてください。
{sig_a('宍戸 浩平', 'k.shishido@hinode-sangyo.co.jp', '03-5201-8840')}""",
    attachments=[{"kind": "docx", "name": "回収方針_来期.docx", "page_header": "社外秘",
                  "title": "来期 債権回収方針",
                  "paragraphs": ["【社外秘】来期 債権回収方針（案）", "日の出産業株式会社 債権管理部",
                                 "1. 基本方針：初期延滞（30日以内）は自社架電で対応し、90日超を外部委託する。",
                                 "2. 委託先：現行2社体制を維持。回収率が15％を下回った委託先は次期見直し。",
                                 "3. 法的措置：請求額60万円以下は少額訴訟、それ以上は支払督促を原則とする。",
                                 "4. 償却基準：最終入金から3年経過かつ所在不明のものは貸倒処理を検討。",
                                 "5. 目標：延滞債権残高を前年同期比20％削減。"],
                  "tables": [[["区分", "対応", "目標回収率"], ["30日以内", "自社SMS・架電", "85%"],
                              ["31～90日", "自社督促状・架電", "50%"], ["90日超", "外部委託", "18%"]]]}])

# --- 017 pass: mail about the NDA with a new servicer
add(expect="pass", entities=[], detectors=[],
    note="mail about a 秘密保持契約 draft with a new servicer: talk of an NDA, no marking, no personal data",
    charset="utf-8", sender=SHISHIDO,
    to=["株式会社ひだまりサービサー 法務部 <legal@hidamari-servicer.co.jp>"],
    subject="秘密保持契約書（案）のご確認のお願い",
    body=f"""株式会社ひだまりサービサー
法務部 ご担当者様

お世話になっております。日の出産業株式会社 債権管理部の宍戸でございます。
債権回収業務の委託検討にあたり、まずは秘密保持契約を締結させていただきたく、
当社ひな形をお送りいたします。

第3条（秘密情報の範囲）と第7条（再委託）について、御社のご意見を伺えれば幸いです。
個人情報の取扱いについては別途「個人情報の取扱いに関する覚書」を予定しております。

ご確認のほど、よろしくお願いいたします。
{sig_a('宍戸 浩平', 'k.shishido@hinode-sangyo.co.jp', '03-5201-8840')}{DISCLAIMER_JA}""",
    attachments=[{"kind": "docx", "name": "秘密保持契約書_案_v2.docx",
                  "paragraphs": ["秘密保持契約書（案）",
                                 "日の出産業株式会社（以下「甲」という。）と株式会社ひだまりサービサー（以下「乙」という。）は、"
                                 "債権回収業務の委託の検討（以下「本目的」という。）に関し、次のとおり契約を締結する。",
                                 "第1条（目的）本契約は、本目的のために開示される秘密情報の取扱いを定める。",
                                 "第3条（秘密情報の範囲）秘密情報とは、開示の際に秘密である旨を明示した技術上又は営業上の情報をいう。",
                                 "第7条（再委託）乙は、甲の書面による事前の承諾なく、本目的の業務を第三者に再委託してはならない。",
                                 "第10条（有効期間）本契約の有効期間は締結日から2年間とする。"]}])

# --- 018 stop: PPAP, an encrypted ZIP of the delegation data
_p = people(15)
add(expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected ZIP (PPAP) to the servicer: its contents cannot be inspected",
    charset="iso-2022-jp", sender=KONO,
    to=["gyomu@hoshimi-servicer.co.jp"],
    subject="【委託データ】4月分",
    body=f"""星見債権回収 業務部 御中

いつもお世話になっております。日の出産業の河野です。
4月分の委託データを送付します。
解凍パスワードは別メールにてお送りします。

河野
{DISCLAIMER_JA}""",
    attachments=[{"kind": "zip", "name": "itaku_04.zip", "password": "Hn#0425kaishu",
                  "files": [{"kind": "csv", "name": "itaku_04.csv",
                             "rows": [["契約番号", "氏名", "住所", "電話", "残高"]]
                             + [[p["cid"], p["name"], p["addr"], p["mobile"], p["amount"]] for p in _p]}]}])

# --- 019 pass: the separate password mail that follows
add(expect="pass", entities=[], detectors=[],
    note="the follow-up mail with only the ZIP password: no attachment, no personal data",
    charset="iso-2022-jp", sender=KONO,
    to=["gyomu@hoshimi-servicer.co.jp"],
    subject="【パスワード】【委託データ】4月分",
    body="""星見債権回収 業務部 御中

先ほどお送りしたファイルの解凍パスワードです。

　Hn#0425kaishu

よろしくお願いいたします。
日の出産業 河野
""")

# --- 020 stop: settlement draft as a password-protected PDF to the debtor's attorney
add(expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="password-protected PDF (settlement draft) to the debtor's attorney cannot be inspected",
    charset="utf-8", sender=SHISHIDO,
    to=["弁護士 高円寺 誠 <koenji@aoyama-sogo-law.jp>"],
    subject="和解書（案）送付の件",
    body=f"""青山総合法律事務所
弁護士 高円寺誠 先生

お世話になっております。日の出産業株式会社の宍戸でございます。
先日の電話協議を踏まえ、和解書（案）をお送りいたします。
パスワードは先生の事務所の代表番号の下4桁です。

分割回数（36回）と期限の利益喪失条項について、ご意見をお聞かせください。
{sig_a('宍戸 浩平', 'k.shishido@hinode-sangyo.co.jp', '03-5201-8840')}""",
    attachments=[{"kind": "pdf", "name": "和解書案.pdf", "password": "4410", "title": "和解書（案）",
                  "lines": ["和解書（案）", "債権者 日の出産業株式会社 と 債務者 との間で、次のとおり和解する。",
                            "第1条 債務者は、債権者に対し、本件債務として金○○円の支払義務があることを認める。",
                            "第2条 債務者は、前条の金員を36回に分割して支払う。"]}])

# --- 021 stop: a damaged Excel file sent to the servicer
add(expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="the attached XLSX is corrupt and cannot be read",
    charset="cp932", sender=MANABE,
    to=["竹内様 <takeuchi.r@toho-kaishu.co.jp>"],
    subject="Re: 回収報告書の差し替え",
    body="""竹内様

差し替え版を添付します。先ほどのファイルは集計列がずれていました。失礼しました。

真鍋

> 真鍋様
> 先ほどいただいたファイルですが、開くとエラーになるようです。
> お手数ですが再送いただけますでしょうか。
> 東邦債権回収 竹内
""",
    attachments=[{"kind": "corrupt", "name": "回収報告_差替.xlsx"}])

# --- 022 stop: credit bureau registration, one block per person with 和暦 birth dates
_p = people(7)
_blocks = "\n".join(
    f"【{i + 1}】\n氏名：{p['name']}（{p['kana']}）\n生年月日：{p['dob_j']}\n"
    f"住所：{p['addr']}\n電話：{p['tel']}\n契約番号：{p['cid']}　延滞開始：令和6年{rng.randint(1, 12)}月\n"
    for i, p in enumerate(_p))
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="7 customers' identity blocks (name, birth date, address, phone) sent to a credit bureau by mail",
    charset="iso-2022-jp", sender=TOKUNAGA,
    to=["日本信用情報センター 登録窓口 <touroku@jcic-center.or.jp>"],
    subject="異動情報（延滞）登録依頼　7件",
    body=f"""一般社団法人日本信用情報センター
会員サービス部 登録窓口 御中

会員コード：H-20417　日の出産業株式会社
いつもお世話になっております。

オンライン登録端末の不具合のため、今月分の延滞（異動）情報の登録をメールにてお願いいたします。
端末復旧後に照合いたしますので、受付番号をご返信ください。

{_blocks}
以上7件、よろしくお願いいたします。
{sig_a('徳永 里美', 's.tokunaga@hinode-sangyo.co.jp', '03-5201-8852')}""")

# --- 023 pass: asking the credit bureau about procedures, no personal data
add(expect="pass", entities=[], detectors=[],
    note="procedural question to the credit bureau: no personal data, no marking",
    charset="utf-8", sender=TOKUNAGA,
    to=["touroku@jcic-center.or.jp"],
    subject="異動情報の訂正手続きについて（問合せ）",
    body=f"""日本信用情報センター 登録窓口 ご担当者様

日の出産業株式会社（会員コード H-20417）の徳永です。

完済済みのお客様について、延滞情報の「完了」更新が漏れていた事例が社内で見つかりました。
訂正の際の手続き（様式、提出方法、反映までの日数）をご教示いただけますでしょうか。
また、過去分の一括点検を行う場合の照合ファイルの仕様書があればいただきたく存じます。

お手数をおかけしますが、よろしくお願いいたします。
{sig_a('徳永 里美', 's.tokunaga@hinode-sangyo.co.jp', '03-5201-8852')}""")

# --- 024 stop: list of six guarantors, one record per block, to the partner law firm
_p = people(6)
_d = people(6)
_txt = "\n".join(
    f"◇ 主債務者 {d['name']}（{d['cid']}）\n　連帯保証人：{g['name']}\n　住所：〒{g['zip']} {g['addr']}\n"
    f"　電話：{g['tel']}／携帯：{g['mobile']}\n　続柄：{rng.choice(['父', '母', '兄', '叔父', '配偶者', '元勤務先社長'])}\n"
    for d, g in zip(_d, _p))
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="six guarantors' records (address, phones) plus their debtors, to an external law firm",
    charset="cp932", sender=SHISHIDO,
    to=["白川法律事務所 事務局 <office@shirakawa-law.jp>"],
    subject="保証人請求の対象一覧",
    body=f"""白川法律事務所 事務局 御中

お世話になっております。日の出産業 宍戸です。
主債務者への請求が奏功しなかった6件について、連帯保証人への請求をお願いしたく、
保証人の情報を下記にまとめました。

{_txt}
各保証契約書の写しは、来週の打合せ時にお持ちします。

宍戸
""")

# --- 025 pass: a debtor and his guarantor (two people) to the law firm
_d, _g = people(2)
add(expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="one debtor and one guarantor (two people) sent to the partner law firm: below five, may warn",
    charset="iso-2022-jp", sender=KUBOTA,
    to=["白川先生 <s.shirakawa@shirakawa-law.jp>"],
    subject=f"{_d['sei']}様案件　保証人情報の追加",
    body=f"""白川先生

いつもお世話になっております。日の出産業の久保田です。
{_d['sei']}様の件、保証人の情報が判明しましたのでお知らせします。

主債務者　{_d['name']}　{_d['dob']}生
　　　　　{_d['addr']}　{_d['mobile']}
保証人　　{_g['name']}　{_g['dob']}生（主債務者の叔父）
　　　　　{_g['addr']}　{_g['tel']}

保証人には当社からはまだ連絡しておりません。
ご方針をご指示いただけますと幸いです。

久保田
{sig_b('久保田 誠', '2231')}""")

# --- 026 stop: seven customers under bankruptcy proceedings, to the guarantee company
_p = people(7)
_court = ["東京地方裁判所", "大阪地方裁判所", "さいたま地方裁判所", "横浜地方裁判所", "名古屋地方裁判所", "福岡地方裁判所"]
_tbl = "\n".join(
    f"{p['cid']}\t{p['name']}\t{p['dob']}\t{p['addr']}\t{rng.choice(_court)} 令和7年(フ)第{rng.randrange(100, 9999)}号\t{p['amount']}"
    for p in _p)
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="tab-separated list of 7 bankrupt customers (birth date, address, case no.) sent to the guarantee company",
    charset="utf-8", sender=KONO,
    to=["日本信販保証 代位弁済課 <daii@ns-hosho.co.jp>"],
    subject="代位弁済請求（破産手続開始 7件）",
    body=f"""日本信販保証株式会社
代位弁済課 御中

お世話になっております。日の出産業株式会社 債権管理部の河野です。
今月、破産手続開始決定の通知を受けた保証付き契約7件について、
代位弁済のご請求をさせていただきます。

契約番号\t氏名\t生年月日\t住所\t事件番号\t残高
{_tbl}

請求書原本と開始決定通知の写しは別途郵送いたします。
{sig_a('河野 恭子', 'k.kono@hinode-sangyo.co.jp')}""")

# --- 027 pass: the trustee's notice forwarded internally
_p = person()
add(expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=[],
    note="bankruptcy notice forwarded to internal colleagues only",
    charset="iso-2022-jp", sender=KONO,
    to=[IN_KA, IN_KEIRI],
    subject=f"FW: 破産手続開始通知（{_p['name']}）",
    body=f"""各位

下記のとおり破産管財人から通知がありました。
当該契約（{_p['cid']}）の督促・架電は本日以降すべて停止してください。
経理部さん：債権届出の期限は来月15日です。残高の確定をお願いします。

河野

---------- 転送メッセージ ----------
差出人: 霞法律事務所 <info@kasumi-law.jp>
件名: 破産手続開始通知

日の出産業株式会社 御中

破産者　{_p['name']}（住所：{_p['addr']}）
事件番号　東京地方裁判所 令和7年(フ)第{rng.randrange(1000, 9999)}号
開始決定日　令和7年5月12日
破産管財人　弁護士 霞 一郎

債権届出期間、財産状況報告集会の期日等は同封の通知書をご確認ください。
""")

# --- 028 pass: proof of claim for one customer to the trustee
_p = person()
add(expect="pass", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="債権届出 for a single bankrupt customer to the trustee lawyer: one person",
    charset="cp932", sender=KONO,
    to=["破産管財人 霞 一郎 先生 <info@kasumi-law.jp>"],
    subject=f"債権届出書の提出について（令和7年(フ)第{rng.randrange(1000, 9999)}号）",
    body=f"""破産管財人 弁護士 霞一郎 先生

日の出産業株式会社 債権管理部の河野でございます。
破産者 {_p['name']} 氏（{_p['addr']}）の件につき、債権届出書を添付のとおり提出いたします。
原本は本日、簡易書留にて裁判所宛に発送しております。

届出額：元本 {_p['yen']}円／遅延損害金 {rng.randrange(10, 90) * 1000:,}円
{sig_a('河野 恭子', 'k.kono@hinode-sangyo.co.jp')}""",
    attachments=[{"kind": "pdf", "name": "債権届出書.pdf", "title": "債権届出書",
                  "lines": ["債権届出書", "破産者 " + _p["name"], "届出債権者 日の出産業株式会社",
                            "債権の種類 売買代金債権", "届出額 元本 " + _p["yen"] + "円",
                            "東京都中央区日本橋3-8-12 日の出産業株式会社 代表取締役 日野 出"]}])

# --- 029 stop: unidentified transfers, with the payers' accounts, to the bank
_p = people(6)
_lines = "\n".join(f"・{rng.randint(1, 28)}日　{p['kana']}　{rng.randrange(5, 60) * 1000:,}円　振込元：{p['bank']}" for p in _p)
add(expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"], detectors=["personal_data"],
    note="six private payers' names with their bank accounts sent to the bank (list of people)",
    charset="iso-2022-jp", sender=TOKUNAGA,
    to=["みどり銀行 日本橋支店 法人営業課 <nihonbashi@midori-ginko.co.jp>"],
    subject="被仕向送金の照会（振込人不明分）",
    body=f"""みどり銀行 日本橋支店
法人営業課 ご担当者様

日の出産業の徳永でございます。いつもお世話になっております。
当社当座口座（0123456）への入金のうち、契約との突合ができないものが6件ございます。
仕向銀行経由で振込人の連絡先を照会いただけないでしょうか。

{_lines}

お手数ですが、よろしくお願いいたします。
{sig_c('徳永 里美（内線2240）')}""")

# --- 030 either: only payers' kana names and amounts, to the bank
_p = people(6)
_rows = "\n".join(f"  {pad(str(rng.randint(1, 28)) + '日', 6)}{pad(p['kana'], 22)}{rng.randrange(3, 45) * 1000:>8,}円" for p in _p)
add(expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="six payer names (kana) with amounts only, to the bank that already holds them: a list of people, or just bank data?",
    charset="cp932", sender=TOKUNAGA,
    to=["nihonbashi@midori-ginko.co.jp"],
    subject="入金明細の確認（6件）",
    body=f"""みどり銀行 日本橋支店 ご担当者様

日の出産業 徳永です。
先月分の入金明細のうち、以下6件の振込依頼人名が文字化けして届いております。
正しい依頼人名をご確認いただけますでしょうか。

  日付  依頼人名（明細上）     金額
  ------------------------------------------
{_rows}

よろしくお願いいたします。
""")

# --- 031 pass: payment confirmation for a corporate customer to the bank
add(expect="pass", entities=[], detectors=[],
    note="payment confirmation about a corporate customer (北国フーズ) to the bank: business data only",
    charset="utf-8", sender=TOKUNAGA,
    to=["nihonbashi@midori-ginko.co.jp"],
    subject="入金確認のお願い（北国フーズ様分）",
    body=f"""みどり銀行 日本橋支店 法人営業課 御中

お世話になっております。日の出産業の徳永です。
北国フーズ株式会社様より「6月30日に送金済み」とのご連絡をいただいておりますが、
当社口座（当座 0123456）への着金が確認できておりません。

　送金元：北国フーズ株式会社（北海道銀行 札幌駅前支店 とのこと）
　金額　：3,845,200円
　対象　：請求書番号 INV-2025-06-0418 ～ 0421

仕向銀行側での処理状況をご確認いただけますと助かります。
{sig_a('徳永 里美', 's.tokunaga@hinode-sangyo.co.jp', '03-5201-8852')}""")

# --- 032 stop: write-off list in legacy Excel to the audit firm
_p = people(15)
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="legacy XLS with 15 written-off customers' names and addresses to the external auditor",
    charset="iso-2022-jp", sender=KUBOTA,
    to=["かなで監査法人 小田切様 <odagiri@kanade-audit.jp>"],
    subject="貸倒償却明細のご提出",
    body="""かなで監査法人
小田切様

お世話になっております。日の出産業 債権管理部の久保田です。
ご依頼のありました当期貸倒償却の明細を添付いたします（旧形式のExcelで失礼します）。
償却理由の区分は、A：所在不明、B：破産免責、C：時効援用 です。

ご不明点があればお知らせください。
久保田
""",
    attachments=[{"kind": "xls", "name": "kashidaore_meisai.xls",
                  "sheets": {"償却明細": [["契約番号", "氏名", "最終住所", "償却額", "区分", "最終入金日"]]
                             + [[p["cid"], p["name"], p["addr"], p["amount"], rng.choice("ABC"),
                                 f"20{rng.randint(18, 22)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"] for p in _p]}}])

# --- 033 pass: aggregated write-off summary to the tax accountant
add(expect="pass", entities=[], detectors=[],
    note="aggregate write-off figures by category to the tax firm: no individual records",
    charset="cp932", sender=KUBOTA,
    to=["税理士法人緑川会計 担当 神崎様 <kanzaki@midorikawa-tax.jp>"],
    subject="貸倒損失の集計表（法人税申告用）",
    body="""緑川会計 神崎様

いつもお世話になっております。日の出産業の久保田です。
法人税申告用に、当期の貸倒損失を区分別に集計しました。

  区分                件数     金額（円）
  ----------------------------------------
  所在不明（3年超）     41     12,884,300
  破産免責              17      6,120,940
  時効援用               9      2,301,500
  和解による債権放棄     5        842,000
  ----------------------------------------
  合計                  72     22,148,740

個別明細は監査法人に提出済みのものがございますので、必要でしたらお申し付けください。
損金算入の要件（書面による債務免除の通知）について、1点ご相談がございます。
来週お電話させてください。

久保田
""")

# --- 034 stop: HTML-only mail with a table of seven debtors
_p = people(7)
_tr = "".join(f"<tr><td>{p['cid']}</td><td>{p['name']}</td><td>{p['mobile']}</td><td>{p['email']}</td>"
              f"<td style='text-align:right'>{p['yen']}</td></tr>" for p in _p)
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="HTML-only mail whose table lists 7 debtors with mobile numbers and e-mail addresses, to a servicer",
    charset="utf-8", sender=OSAKO,
    to=["東邦債権回収 竹内様 <takeuchi.r@toho-kaishu.co.jp>"],
    subject="SMS督促 対象者の件",
    html=f"""<html><body style="font-family:'Meiryo UI',sans-serif;font-size:10.5pt">
<p>竹内様</p>
<p>お世話になっております。日の出産業の大迫です。<br>
来週からのSMS督促のテスト対象として、以下の7名をお願いできますでしょうか。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>契約番号</th><th>氏名</th><th>携帯番号</th><th>メール</th><th>残高（円）</th></tr>
{_tr}
</table>
<p>送信文面は御社標準のものでかまいません。<br>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 債権管理部 大迫 彩<br>TEL 03-5201-8849</p>
</body></html>""")

# --- 035 pass: HTML-only monthly report with a table of branches (business figures)
_br = [("札幌営業所", 42, 31), ("仙台営業所", 28, 19), ("東京本社", 156, 121), ("名古屋営業所", 63, 40),
       ("大阪支店", 98, 77), ("福岡営業所", 37, 25)]
_tr = "".join(f"<tr><td>{b}</td><td align=right>{n}</td><td align=right>{c}</td><td align=right>{c * 100 // n}%</td></tr>"
              for b, n, c in _br)
add(expect="pass", entities=[], detectors=[],
    note="HTML table of branch-level delegation counts and recovery rates: business figures, no people",
    charset="iso-2022-jp", sender=KONO,
    to=["murase@hoshimi-servicer.co.jp"],
    subject="5月度 委託実績の確認",
    html=f"""<html><body>
<p>村瀬様</p>
<p>いつもお世話になっております。日の出産業 河野です。<br>
5月度の委託実績を当社側で集計しました。御社の報告値と相違がないかご確認ください。</p>
<table border=1 cellpadding=3>
<tr><th>拠点</th><th>委託件数</th><th>回収件数</th><th>回収率</th></tr>
{_tr}
</table>
<p>東京本社分で2件の差異（御社報告123件）がありますので、ご確認をお願いします。</p>
<p>日の出産業株式会社 債権管理部<br>河野 恭子</p>
</body></html>""")

# --- 036 stop: kickoff deck with a slide of five sample debtors
_p = people(5)
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="PPTX for a new call-centre vendor with a slide listing 5 real debtors (phone, address)",
    charset="cp932", sender=SAIONJI,
    to=["ベルライン株式会社 コールセンター運営部 <ops@bellline.co.jp>"],
    subject="架電業務キックオフ資料",
    body=f"""ベルライン株式会社
コールセンター運営部 ご担当者様

お世話になっております。日の出産業の西園寺です。
来週のキックオフで使用する資料をお送りします。
p.4に対応例として実案件を5件載せていますので、トークの参考にしてください。
{sig_b('西園寺 遥', '2245')}""",
    attachments=[{"kind": "pptx", "name": "架電業務キックオフ.pptx", "title": "架電業務キックオフ",
                  "slides": [["架電業務キックオフ", "日の出産業株式会社 債権管理部", "2025年7月"],
                             ["業務概要", "対象：延滞31～90日の個人顧客", "架電時間：平日9時～20時、土曜10時～17時",
                              "目標：約束取付率 40%"],
                             ["トークの基本", "本人確認（生年月日）を必ず行う", "第三者への債務の開示は厳禁",
                              "威圧的な言動・深夜早朝の架電は禁止（貸金業法21条に準拠）"],
                             ["対応例（実案件）"] + [f"{p['name']}／{p['mobile']}／{p['addr2']}／残{p['yen']}円" for p in _p],
                             ["報告", "日次で架電結果CSVを共有フォルダへ", "週次で定例会"]]}])

# --- 037 pass: KPI deck to the audit firm, aggregate only
add(expect="pass", entities=[], detectors=[],
    note="PPTX of aggregate collection KPIs (no people) sent to the audit firm",
    charset="utf-8", sender=SHISHIDO,
    to=["odagiri@kanade-audit.jp"],
    subject="債権管理状況のご説明資料",
    body=f"""小田切様

お世話になっております。日の出産業の宍戸です。
来週の期中監査でご説明する債権管理状況の資料を先にお送りします。
{sig_a('宍戸 浩平', 'k.shishido@hinode-sangyo.co.jp', '03-5201-8840')}""",
    attachments=[{"kind": "pptx", "name": "債権管理状況_上期.pptx",
                  "slides": [["上期 債権管理状況", "日の出産業株式会社 債権管理部"],
                             ["延滞債権残高の推移", "4月 2億1,340万円", "5月 2億0,880万円", "6月 1億9,910万円",
                              "7月 1億9,420万円", "8月 1億8,760万円", "9月 1億8,230万円"],
                             ["年齢区分", "30日以内 41%", "31～90日 27%", "91～180日 14%", "180日超 18%"],
                             ["外部委託", "委託先2社", "委託残高 4,120万円", "回収率 17.8%"],
                             ["引当金", "個別引当 2,950万円", "一般引当 1,310万円"]]}])

# --- 038 stop: an internal list mail attached as .eml and sent to the servicer
_p = people(9)
_inner = "\n".join(f"{p['name']}　{p['tel']}　{p['addr2']}" for p in _p)
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="an internal mail listing 9 debtors attached as .eml and forwarded to the servicer",
    charset="iso-2022-jp", sender=MANABE,
    to=["竹内様 <takeuchi.r@toho-kaishu.co.jp>"],
    subject="転送：架電不通者リスト",
    body="""竹内様

社内で共有していたメールをそのまま添付します。
この9名は自社架電で3か月以上つながっていない方です。委託に追加してください。

真鍋
""",
    attachments=[{"kind": "eml", "name": "架電不通者リスト.eml", "message": {
        "charset": "iso-2022-jp", "sender": OSAKO, "to": [MANABE], "subject": "架電不通者リスト",
        "body": f"真鍋さん\n\n3か月以上不通の方をまとめました。\n\n{_inner}\n\n大迫\n"}}])

# --- 039 stop: English mail with six debtors who moved abroad, to an overseas agency
_p = people(6)
_en = "\n".join(f"{i + 1}. {p['ROMAJI']} | last known: {p['addr']} (〒{p['zip']}) | {p['email']} | {p['mobile']}"
                for i, p in enumerate(_p))
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="English mail listing six debtors (address, e-mail, phone) to an overseas collection agency",
    charset="utf-8", sender=HAMAGUCHI,
    to=["Daniel Reyes <d.reyes@pacrecovery.com>"],
    subject="New placements - customers relocated overseas",
    body=f"""Hi Daniel,

As discussed on our call, here are six accounts where the customer appears to have
relocated overseas (mostly to the US West Coast and Hawaii). Balances are in JPY.

{_en}

Please start with a soft letter; no legal threats at this stage.
{sig_en('Yuki Hamaguchi', 'Manager, International Accounts', 'y.hamaguchi@hinode-sangyo.co.jp')}{DISCLAIMER_EN}""")

# --- 040 pass: English mail on fee terms, no personal data
add(expect="pass", entities=[], detectors=[],
    note="English mail to the overseas agency about contingency fees; account references only",
    charset="utf-8", sender=HAMAGUCHI,
    to=["d.reyes@pacrecovery.com"],
    subject="Re: Fee schedule for 2026",
    body=f"""Hi Daniel,

Thank you for the revised schedule. We can accept 28% contingency for placements under
USD 5,000 and 22% above that, but we would like the legal forwarding fee capped at
USD 350 per file. Invoices should quote our placement numbers (PL-2025-0xx).

Could you also confirm that your data processing addendum covers onward transfers?
{sig_en('Yuki Hamaguchi', 'Manager, International Accounts', 'y.hamaguchi@hinode-sangyo.co.jp')}
On Tue, Daniel Reyes <d.reyes@pacrecovery.com> wrote:
> Yuki, attached is our proposed schedule for next year. Contingency 30% flat,
> legal forwarding at cost. Let me know your thoughts.
{DISCLAIMER_EN}""")

# --- 041 stop: a debtor's Japanese passport number in English mail
_p = person()
_pp = f"T{rng.choice('KRZ')}{rng.randrange(1000000, 10000000)}"
add(expect="stop", entities=["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="passport number and birth date of a debtor sent to an overseas agency (identity document)",
    charset="utf-8", sender=HAMAGUCHI,
    to=["skip-trace@pacrecovery.com"], cc=["d.reyes@pacrecovery.com"],
    subject=f"Skip trace request - placement PL-2025-0{rng.randint(10, 99)}",
    body=f"""Hello team,

Please run a skip trace on the following customer. He left Japan in March and our
letters to his last Japanese address are being returned.

  Name (as in passport): {_p['ROMAJI']}
  Date of birth: {_p['dob_iso']}
  Japanese passport no.: {_pp}
  Possible location: Vancouver, BC or Seattle, WA

The passport details were taken from the copy he gave us when he signed the lease contract.
{sig_en('Yuki Hamaguchi', 'Manager, International Accounts', 'y.hamaguchi@hinode-sangyo.co.jp')}""")

# --- 042 stop: residence card number of a foreign customer, to the 司法書士
_rc = f"{rng.choice(['AB', 'UH', 'RK'])}{rng.randrange(10**7, 10**8)}{rng.choice(['CD', 'JA', 'EF'])}"
_a = person()
_vn = rng.choice([("THANH", "タイン"), ("HUNG", "フン"), ("MINH", "ミン")])
add(expect="stop", entities=["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="在留カード number of a foreign customer sent to an external 司法書士 for an address search",
    charset="cp932", sender=MANABE,
    to=["matsuoka@minato-shiho.jp"],
    subject="外国籍のお客様の所在確認について",
    body=f"""松岡先生

お世話になっております。真鍋です。
外国籍のお客様1件について、住民票の職務上請求をお願いできないでしょうか。

　氏名　　　NGUYEN VAN {_vn[0]}（グエン　ヴァン　{_vn[1]}）
　生年月日　{rng.randint(1988, 1999)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日
　在留カード番号　{_rc}
　契約時住所　{_a['addr']}
　国籍　ベトナム

在留期限は来年2月までとなっていますので、帰国前に対応したいと考えております。

真鍋
""")

# --- 043 stop: health insurance card symbol/number to the servicer
_p = person()
add(expect="stop", entities=["PERSON_NAME", "JP_HEALTH_INSURANCE"],
    detectors=["personal_data"],
    note="a customer's 健康保険証 記号・番号 sent to an outside servicer to trace the employer",
    charset="iso-2022-jp", sender=KUBOTA,
    to=["takeuchi.r@toho-kaishu.co.jp"],
    subject=f"勤務先調査の参考情報（{_p['cid']}）",
    body=f"""竹内様

久保田です。お疲れさまです。
{_p['cid']}（{_p['name']}様）の勤務先調査の件、契約時の本人確認書類控えを見直したところ、
健康保険証の情報が残っていました。参考になれば幸いです。

　保険者名　　：{rng.choice(['関東ITソフトウェア健康保険組合', '全国健康保険協会 東京支部', '東日本機械工業健康保険組合'])}
　記号　　　　：{rng.randrange(1000, 9999)}
　番号　　　　：{rng.randrange(10, 999)}
　保険者番号　：0{rng.randrange(1000000, 9999999)}

久保田
""")

# --- 044 stop: basic pension number in a garnishment discussion with the law firm
_p = person(rare=True)
add(expect="stop", entities=["PERSON_NAME", "JP_BASIC_PENSION_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="debtor's 基礎年金番号 and birth date sent to an outside law firm",
    charset="utf-8", sender=SHISHIDO,
    to=["弁護士 高円寺 誠 <koenji@aoyama-sogo-law.jp>"],
    subject="Re: 強制執行の対象財産について",
    body=f"""高円寺先生

ご回答ありがとうございます。宍戸です。
年金そのものが差押禁止である点、承知いたしました。
念のため、年金の振込口座の特定に使えるかと思い、当社で把握している情報をお送りします。

　債務者：{_p['name']}（{_p['dob_j']}生）
　基礎年金番号：{rng.randrange(1000, 9999)}-{rng.randrange(100000, 999999)}
　（契約時に年金証書の写しを取得）

口座差押えの可否について、改めてご意見をいただけますと幸いです。

宍戸

> 年金受給権自体は差押禁止債権（国民年金法24条等）ですので、
> 直接の差押えはできません。口座に入金された後の預金については議論があります。
> 青山総合法律事務所　弁護士 高円寺 誠
""")

# --- 045 stop: telling the servicer the debtor has been arrested
_p = person()
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="tells an outside servicer that a named debtor was arrested (criminal record, 要配慮)",
    charset="cp932", sender=KUBOTA,
    to=["星見債権回収 村瀬様 <murase@hoshimi-servicer.co.jp>"],
    subject=f"委託案件 {_p['cid']} 架電停止のお願い",
    body=f"""村瀬様

久保田です。至急のご連絡です。
委託中の{_p['cid']} {_p['name']}様ですが、ご家族からの連絡で、
先週、詐欺の容疑で逮捕され現在勾留中とのことです。
本人への架電・訪問は一旦停止してください。

ご家族には債務の話はしておりません。今後の方針は社内で協議のうえご連絡します。

久保田
""")

# --- 046 stop: a customer who fell victim to a phone scam, details to the law firm
_p = person()
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="a named customer's having been a crime victim (特殊詐欺) sent to an outside law firm (要配慮)",
    charset="iso-2022-jp", sender=OSAKO,
    to=["井手様 <ide@shirakawa-law.jp>"],
    subject="分割交渉中のお客様について（ご相談）",
    body=f"""白川法律事務所
井手様

お世話になっております。日の出産業の大迫です。
分割交渉をお願いしている{_p['name']}様（{_p['cid']}）について、本人から新たな事情の説明がありました。

先月、警察官を名乗る電話で特殊詐欺の被害に遭い、預金約300万円を失ったとのことです。
所轄署に被害届を提出済みで、受理番号も聞いております。
そのため、当初合意した月3万円の支払いが難しいとの申し出です。

本人連絡先：{_p['mobile']}（日中はつながりやすいそうです）

減額や支払猶予の可否について、先生のご意見を伺えますでしょうか。

大迫
""")

# --- 047 stop: the guarantor's disability explained to the guarantee company
_d, _g = people(2)
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="guarantor's disability (身体障害者手帳 1級) tied to her name, sent to the guarantee company",
    charset="utf-8", sender=KONO,
    to=["daii@ns-hosho.co.jp"],
    subject=f"保証人への請求について（{_d['cid']}）",
    body=f"""日本信販保証 代位弁済課 御中

日の出産業の河野です。
主債務者 {_d['name']} 様の件で、連帯保証人 {_g['name']} 様（{_g['addr']}）に
請求書を送付したところ、ご家族から電話がありました。

保証人ご本人は昨年の事故で脊髄を損傷され、身体障害者手帳1級の交付を受けて
現在は在宅で療養中とのことです。収入は障害年金のみと伺いました。

保証人への請求の継続可否について、御社のご判断を仰ぎたく存じます。

河野
""")

# --- 048 stop: reply whose new text adds a list of five people
_p = people(5)
_rows = "\n".join(f"  {p['name']}　{p['mobile']}　{p['addr2']}" for p in _p)
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="reply to a servicer whose new (unquoted) text lists five debtors with mobiles and addresses",
    charset="iso-2022-jp", sender=MANABE,
    to=["竹内 涼子 <takeuchi.r@toho-kaishu.co.jp>"],
    subject="Re: 連絡先不明の案件について",
    body=f"""竹内様

ご連絡ありがとうございます。真鍋です。
社内の別システムに新しい連絡先が残っていましたので、お知らせします。

{_rows}

残りの2件は見つかりませんでした。

真鍋

-----Original Message-----
From: 竹内 涼子 <takeuchi.r@toho-kaishu.co.jp>
Sent: Monday, June 9, 2025 10:12 AM
To: 真鍋 隆之 <t.manabe@hinode-sangyo.co.jp>
Subject: 連絡先不明の案件について

真鍋様
委託いただいた案件のうち7件が、住所・電話とも不通となっております。
御社で把握されている別の連絡先があればご教示ください。
""")

# --- 049 pass: reply where the list is only in the quoted text
_p = people(6)
_q = "\n".join(f"> {p['name']}  {p['addr']}  {p['tel']}" for p in _p)
add(expect="pass", entities=[], detectors=[],
    note="reply to the law firm: the six-person list is only quoted back (>), new text has no personal data",
    charset="cp932", sender=SHISHIDO,
    to=["office@shirakawa-law.jp"],
    subject="Re: 受任通知発送先のご確認",
    body=f"""白川法律事務所 事務局 御中

ご確認ありがとうございます。宍戸です。
下記6名の住所、当社記録と一致しております。このまま発送をお願いします。

宍戸

> 日の出産業 宍戸様
> 受任通知の発送先として、以下の住所で相違ないかご確認ください。
{_q}
> 白川法律事務所 事務局
""")

# --- 050 stop: tab-separated paste of nine small-claims candidates, no header rule
_p = people(9)
_rows = "\n".join(f"{p['name']}\t{p['kana']}\t{p['zip']}\t{p['addr']}\t{p['tel']}\t{p['yen']}" for p in _p)
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="nine debtors pasted from Excel (tab-separated) into a mail to an external 司法書士",
    charset="utf-8", sender=OSAKO,
    to=["matsuoka@minato-shiho.jp"], cc=["大迫 彩 <a.osako@hinode-sangyo.co.jp>"],
    subject="少額訴訟候補（9件）",
    body=f"""松岡先生

大迫です。少額訴訟の候補9件をExcelから貼り付けます。列がずれていたらすみません。

{_rows}

いずれも請求額60万円以下です。優先順位は上から順でお願いします。
""")

# --- 051 stop: comma-separated list of six names and birth dates to the credit bureau
_p = people(6)
_rows = "\n".join(f"{p['cid']},{p['kana']},{p['dob']},{p['mobile']}" for p in _p)
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="comma-separated list of six applicants' names, birth dates and phones to the credit bureau",
    charset="iso-2022-jp", sender=TOKUNAGA,
    to=["touroku@jcic-center.or.jp"],
    subject="開示照会の一括依頼",
    body=f"""日本信用情報センター ご担当者様

日の出産業の徳永です。
端末の一括照会がエラーとなるため、以下6件の照会結果をご返送いただけますでしょうか。
（契約番号,氏名カナ,生年月日,電話番号）

{_rows}

よろしくお願いいたします。
""")

# --- 052 stop: 「・」 bullets with five debtors' mobiles
_p = people(5, rare=True)
_b = "\n".join(f"・{p['name']}様　{p['mobile']}　残{p['yen']}円" for p in _p)
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="bullet list of five debtors with mobile numbers sent to the call-centre vendor",
    charset="cp932", sender=SAIONJI,
    to=["ops@bellline.co.jp"],
    subject="本日の優先架電先",
    body=f"""ベルライン ご担当者様

西園寺です。本日は以下の方を優先して架電してください。
昨日「夕方なら出られる」と留守電に返答があった方々です。

{_b}

結果は17時までにいつものシートにご記入ください。
""")

# --- 053 stop: DOCX table of eight 支払督促 candidates
_p = people(8)
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="DOCX with a table of eight debtors (address, birth date) to an external 司法書士",
    charset="iso-2022-jp", sender=MANABE,
    to=["司法書士 松岡 <matsuoka@minato-shiho.jp>"],
    subject="支払督促 第2陣の依頼書",
    body=f"""松岡先生

いつもお世話になっております。真鍋です。
支払督促の第2陣（8件）の依頼書をWordでお送りします。
{sig_a('真鍋 隆之', 't.manabe@hinode-sangyo.co.jp', '03-5201-8846')}""",
    attachments=[{"kind": "docx", "name": "支払督促依頼書_第2陣.docx",
                  "paragraphs": ["支払督促申立 依頼書", "司法書士法人みなと合同事務所 御中",
                                 "下記債務者に対する支払督促の申立てを依頼します。", "日の出産業株式会社 債権管理部"],
                  "tables": [[["No", "債務者", "生年月日", "住所", "請求額"]]
                             + [[str(i + 1), p["name"], p["dob_j"], p["addr"], p["yen"]] for i, p in enumerate(_p)]]}])

# --- 054 stop: PDF with a table of ten settlement cases to the law firm
_p = people(10)
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["personal_data"],
    note="PDF table of ten settlement cases (name, address, phone) to the law firm",
    charset="utf-8", sender=SHISHIDO,
    to=["s.shirakawa@shirakawa-law.jp"],
    subject="和解案件一覧（PDF）",
    body="""白川先生

宍戸です。和解済み案件の一覧をPDFでお送りします。
入金遅れが出ている案件に★を付けています。

宍戸
""",
    attachments=[{"kind": "pdf", "name": "和解案件一覧.pdf", "title": "和解案件一覧",
                  "lines": ["和解案件一覧（日の出産業株式会社 債権管理部）", ""],
                  "table": [["", "氏名", "住所", "電話", "和解額", "月額"]]
                  + [[rng.choice(["", "", "★"]), p["name"], p["addr2"], p["tel"], p["yen"],
                      f"{rng.choice([5, 10, 15, 20]) * 1000:,}"] for p in _p]}])

# --- 055 stop: plain ZIP with a CSV of 25 debtors and a cover letter
_p = people(25)
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="unencrypted ZIP holding a CSV of 25 debtors (birth date, address, phone) to a new servicer",
    charset="cp932", sender=KONO,
    to=["株式会社ひだまりサービサー 受託管理課 <jutaku@hidamari-servicer.co.jp>"],
    subject="初回委託ファイル一式",
    body=f"""ひだまりサービサー 受託管理課 御中

いつもお世話になっております。日の出産業の河野です。
初回委託分のファイル一式をZIPにまとめてお送りします。
・委託明細（CSV、UTF-8）
・委託書（Word）

受領のご連絡をいただけますと幸いです。
{sig_a('河野 恭子', 'k.kono@hinode-sangyo.co.jp')}""",
    attachments=[{"kind": "zip", "name": "hidamari_initial.zip", "files": [
        {"kind": "csv", "name": "itaku_meisai.csv", "encoding": "utf-8",
         "rows": [["cid", "name", "kana", "birth", "zip", "address", "tel", "balance"]]
         + [[p["cid"], p["name"], p["kana"], p["dob_iso"], p["zip"], p["addr"], p["mobile"], p["amount"]] for p in _p]},
        {"kind": "docx", "name": "委託書.docx",
         "paragraphs": ["債権回収業務委託書", "日の出産業株式会社は、別紙明細記載の債権25件の回収業務を委託します。",
                        "委託期間：6か月"]}]}])

# --- 056 stop: table padded with full-width spaces and full-width digits
_p = people(6)
_rows = "\n".join(f"{p['name'].replace(' ', '　') + '　' * (8 - len(p['name']))}{zen(p['mobile'])}　　{p['pref']}{zen(p['addr2'][len(p['pref']):])}" for p in _p)
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="six debtors typed with full-width digits and full-width spaces, sent to the servicer",
    charset="iso-2022-jp", sender=TOKUNAGA,
    to=["gyomu@hoshimi-servicer.co.jp"],
    subject="訪問督促の対象者（６名）",
    body=f"""星見債権回収　業務部　御中

日の出産業の徳永です。
来月の訪問督促の対象者を下記のとおりお知らせいたします。

氏名　　　　　　携帯番号　　　　　　　住所
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
{_rows}
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝

訪問は平日日中でお願いいたします。
""")

# --- 057 stop: 【極秘】 in the subject, about a corporate customer's imminent filing
add(expect="stop", entities=[], detectors=["confidential_marking"],
    note="the mail itself is classified 【極秘】 in its subject and body and goes to an outside law firm",
    charset="utf-8", sender=SHISHIDO,
    to=["s.shirakawa@shirakawa-law.jp"],
    subject="【極秘】取引先の民事再生申立ての可能性について",
    body=f"""白川先生

極秘
――――――――
お世話になっております。宍戸です。
当社の主要取引先である丸喜商事株式会社（法人番号 非公開）が、来月にも民事再生を
申し立てる可能性がある旨、同社の経理担当者から非公式に聞きました。
当社の売掛金残高は約4,800万円です。

相殺の可否、所有権留保品の引揚げ、保証金の扱いについて、至急ご相談させてください。
明日午前に事務所へお伺いできればと存じます。
{sig_a('宍戸 浩平', 'k.shishido@hinode-sangyo.co.jp', '03-5201-8840')}""")

# --- 058 stop: spreadsheet with a "Confidential" page header to the audit firm
add(expect="stop", entities=[], detectors=["confidential_marking"],
    note="XLSX whose page header and title row carry a Confidential classification, sent to the auditor",
    charset="cp932", sender=KUBOTA,
    to=["odagiri@kanade-audit.jp"],
    subject="引当金算定資料の送付",
    body="""小田切様

久保田です。貸倒引当金の算定資料をお送りします。
算定方法は前期から変更ありません。

久保田
""",
    attachments=[{"kind": "xlsx", "name": "引当金算定_上期.xlsx", "page_header": "Confidential - Internal Only",
                  "sheets": {"算定": [["CONFIDENTIAL　貸倒引当金 算定表（上期）"], [],
                                      ["区分", "債権残高", "引当率", "引当額"],
                                      ["正常先", 512300000, 0.004, 2049200],
                                      ["要注意先", 84100000, 0.05, 4205000],
                                      ["破産更生債権等", 29500000, 1.0, 29500000]]}}])

# --- 059 stop: debtor, guarantor and servicer all in To
_d, _g = people(2)
add(expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    note="debtor (free mail), guarantor (free mail) and the servicer all visible in To/Cc: three external parties",
    charset="iso-2022-jp", sender=OSAKO,
    to=[f"{_d['name']} 様 <{_d['email']}>", f"{_g['name']} 様 <{_g['email'].split('@')[0]}@yahoo.co.jp>"],
    cc=["murase@hoshimi-servicer.co.jp"],
    subject="今後のお支払いについて",
    body=f"""{_d['name']} 様
連帯保証人 {_g['name']} 様

日の出産業 債権管理部の大迫でございます。
先日ご相談いただいたお支払い方法につきまして、今後の窓口は
星見債権回収株式会社（CCの村瀬様）となります。

お支払計画の詳細は、村瀬様から改めてご連絡いたします。
何卒よろしくお願いいたします。
{sig_a('大迫 彩', 'a.osako@hinode-sangyo.co.jp', '03-5201-8849')}""")

# --- 060 stop: dunning mail to a look-alike of the partner 北国フーズ's domain
add(expect="stop", entities=[], detectors=["lookalike_domain"],
    note="kitaguni-food.co.jp (s dropped) is a look-alike of partner kitaguni-foods.co.jp",
    charset="cp932", sender=KONO,
    to=["北国フーズ 経理部 <keiri@kitaguni-food.co.jp>"],
    subject="お支払い状況のご確認（請求書 INV-2025-05-0392）",
    body=f"""北国フーズ株式会社
経理部 ご担当者様

平素は格別のお引き立てを賜り、誠にありがとうございます。
日の出産業株式会社 債権管理部の河野でございます。

5月31日お支払期日の下記ご請求について、本日時点でご入金の確認ができておりません。

　請求書番号：INV-2025-05-0392
　ご請求金額：2,416,800円（税込）

行き違いでしたら何卒ご容赦ください。
お手数ですが、お支払予定日をご教示いただけますと幸いです。
{sig_a('河野 恭子', 'k.kono@hinode-sangyo.co.jp')}""")

# --- 061 stop: homoglyph look-alike of the partner law firm (digit 1 for l)
_d, _g = people(2)
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    detectors=["lookalike_domain", "personal_data"],
    note="shirakawa-1aw.jp uses the digit 1 for l: a homoglyph look-alike of partner shirakawa-law.jp",
    charset="utf-8", sender=KUBOTA,
    to=["白川法律事務所 井手様 <ide@shirakawa-1aw.jp>"],
    subject="Re: 受任案件の追加資料",
    body=f"""井手様

ご連絡ありがとうございます。久保田です。
ご依頼の追加資料（債務者・保証人の連絡先）は以下のとおりです。

債務者：{_d['name']}／{_d['addr']}／{_d['mobile']}
保証人：{_g['name']}／{_g['addr']}／{_g['tel']}

契約書の写しは本日PDFにて別送いたします。

久保田
""")

# --- 062 stop: payer inquiry to a look-alike of the partner bank (co. dropped)
_p = person()
add(expect="stop", entities=["PERSON_NAME", "JP_BANK_ACCOUNT"],
    detectors=["lookalike_domain", "personal_data"],
    note="midori-ginko.jp drops the co. of partner midori-ginko.co.jp: look-alike recipient",
    charset="iso-2022-jp", sender=TOKUNAGA,
    to=["みどり銀行 日本橋支店 <nihonbashi@midori-ginko.jp>"],
    subject="組戻し依頼の件",
    body=f"""みどり銀行 日本橋支店 ご担当者様

日の出産業の徳永です。
お客様から二重にお振込みいただいた分について、組戻しをお願いいたします。

　振込人　　：{_p['kana']}
　振込元口座：{_p['bank']}
　金額　　　：{_p['yen']}円
　入金日　　：7月25日

必要書類がございましたらご指示ください。
""")

# --- 063 stop: list meant for a colleague, sent to a typo of the company's own domain
_p = people(12)
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    detectors=["lookalike_domain", "personal_data"],
    note="hinode-sanygo.co.jp swaps letters of the own domain: a 12-row list leaves the company",
    charset="cp932", sender=OSAKO,
    to=["真鍋 隆之 <t.manabe@hinode-sanygo.co.jp>"],
    subject="明日の架電リスト",
    body="""真鍋さん

明日の架電リストです。午前は上から6件、午後は残りをお願いします。

大迫
""",
    attachments=[{"kind": "csv", "name": "kaden_list.csv",
                  "rows": [["契約番号", "氏名", "電話", "住所", "残高", "前回結果"]]
                  + [[p["cid"], p["name"], p["tel"], p["addr2"], p["amount"],
                      rng.choice(["不在", "留守電", "約束あり", "拒否", "番号違い"])] for p in _p]}])

# --- 064 stop: a debtor on dialysis, explained to the guarantee company
_p = person()
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="named customer's dialysis treatment (medical history) sent to the guarantee company",
    charset="utf-8", sender=KONO,
    to=["日本信販保証 代位弁済課 <daii@ns-hosho.co.jp>"],
    subject=f"代位弁済請求の保留について（{_p['cid']}）",
    body=f"""日本信販保証株式会社 代位弁済課 御中

日の出産業の河野です。
{_p['cid']} {_p['name']}様（{_p['addr']}）の件、代位弁済請求を一旦保留させてください。

本人と面談したところ、慢性腎不全で週3回の人工透析を受けており、
フルタイムの就労が難しくなったとのことでした。
本人は少額でも返済を続けたい意向で、月5,000円の分割を提案しています。

3か月程度様子を見たうえで、改めてご相談させていただきます。

河野
""")

# --- 065 stop: the debtor's wife's stroke, told to the servicer
_p = person()
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY"],
    detectors=["personal_data"],
    note="identifiable family member's stroke and hospitalisation (medical) sent to the servicer",
    charset="iso-2022-jp", sender=KUBOTA,
    to=["gyomu@hoshimi-servicer.co.jp"],
    subject="Re: 委託案件の進捗",
    body=f"""星見債権回収 業務部 御中

久保田です。
ご報告いただいた{_p['cid']}（{_p['name']}様）の件、当社にも本人から電話がありました。
奥様の{_p['sei']}{rng.choice(['洋子', '由紀子', '純子'])}様が先月脳梗塞で倒れ、現在リハビリ病院に入院中とのことです。
介護のため本人も休職中で、収入が傷病手当のみになっているそうです。

来月末まで督促を停止し、その後に分割額を再協議する方向でお願いします。

久保田

> 日の出産業 久保田様
> {_p['cid']}ですが、今月も入金がなく、本人と連絡が取れておりません。
""")

# --- 066 stop: public assistance and a psychiatric diagnosis, to the law firm
_p = person(rare=True)
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "DATE_OF_BIRTH"],
    detectors=["personal_data"],
    note="debtor's schizophrenia diagnosis and welfare status tied to name and birth date, to an outside law firm",
    charset="cp932", sender=SHISHIDO,
    to=["koenji@aoyama-sogo-law.jp"],
    subject="訴訟取下げのご相談",
    body=f"""青山総合法律事務所
高円寺先生

お世話になっております。日の出産業の宍戸です。
現在係属中の{_p['name']}氏（{zen(_p['dob_s']).replace('S', 'Ｓ').replace('H', 'Ｈ')}生）の件、取下げを検討しております。

先日、本人の成年後見人候補という方から連絡があり、
本人は統合失調症で長期入院しており、現在は生活保護を受給しているとのことでした。
主治医の意見書の写しも届いております。

回収可能性が低いため、取下げと償却の方向で進めたく、ご意見をお聞かせください。

宍戸
""")

# --- 067 stop: garnishment candidates with employers and birth dates
_p = people(7)
_emp = ["株式会社東和ロジテック", "医療法人さくら会", "丸菱建設株式会社", "有限会社みのり食品",
        "株式会社アーバンテック", "社会福祉法人ひまわり", "株式会社ミナミ自動車"]
_rows = "\n".join(f"{i + 1}. {p['name']}（{p['dob']}生）　{p['addr2']}\n    勤務先：{rng.choice(_emp)}　債務名義：{rng.choice(['支払督促', '判決', '和解調書'])}"
                  for i, p in enumerate(_p))
add(expect="stop", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    detectors=["personal_data"],
    note="seven debtors (birth date, address, employer) for wage garnishment sent to an outside law firm",
    charset="iso-2022-jp", sender=SHISHIDO,
    to=["弁護士 高円寺 誠 <koenji@aoyama-sogo-law.jp>"],
    subject="給与差押えの申立て候補",
    body=f"""高円寺先生

宍戸です。債務名義を取得済みで勤務先が判明している7件について、
給与差押えの申立てをお願いできればと思います。

{_rows}

勤務先は所在調査の結果によるもので、一部は確認中です。
""")

# --- 068 stop: XLSX with five customers' card numbers for re-billing
_p = people(5)
add(expect="stop", entities=["PERSON_NAME", "CREDIT_CARD"],
    detectors=["personal_data"],
    note="spreadsheet of five customers' full credit card numbers to the payment processor",
    charset="utf-8", sender=TOKUNAGA,
    to=["support@paygate-jp.com"],
    subject="一括再請求の依頼（5件）",
    body="""ペイゲート サポート窓口 御中

日の出産業の徳永です。
先月の継続課金で失敗した5件について、お客様から新カード情報を電話で伺いました。
添付のとおり再請求をお願いいたします。
""",
    attachments=[{"kind": "xlsx", "name": "再請求_5件.xlsx",
                  "sheets": {"再請求": [["会員ID", "名義", "カード番号", "有効期限", "金額"]]
                             + [[f"HN{rng.randrange(10**7, 10**8)}", p["ROMAJI"].upper(), card_number(next_seed()),
                                 f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}", p["amount"]] for p in _p]}}])

# --- 069 stop: a damaged PDF (the complaint) to the 司法書士
add(expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="attached PDF is corrupt and cannot be inspected",
    charset="iso-2022-jp", sender=MANABE,
    to=["matsuoka@minato-shiho.jp"],
    subject="訴状（修正版）",
    body="""松岡先生

ご指摘の箇所を修正した訴状をお送りします。
請求の趣旨の遅延損害金の起算日を修正しました。

真鍋
""",
    attachments=[{"kind": "corrupt", "name": "訴状_修正版.pdf"}])

# --- 070 stop: English PPAP to the overseas agency
add(expect="stop", entities=[], detectors=["unscannable_attachment"],
    note="encrypted ZIP to the overseas agency: contents cannot be inspected",
    charset="utf-8", sender=HAMAGUCHI,
    to=["d.reyes@pacrecovery.com"],
    subject="Placement file - October",
    body=f"""Hi Daniel,

Please find the October placement file attached (zip, password-protected as agreed).
I will send the password by SMS to your mobile.
{sig_en('Yuki Hamaguchi', 'Manager, International Accounts', 'y.hamaguchi@hinode-sangyo.co.jp')}""",
    attachments=[{"kind": "zip", "name": "placements_oct.zip", "password": "PRP-oct-7741",
                  "files": [{"kind": "xlsx", "name": "placements_oct.xlsx",
                             "sheets": {"Sheet1": [["Name", "Address", "Balance"]]
                                        + [[p["ROMAJI"], p["addr"], p["amount"]] for p in people(8)]}}]}])

# --- 071 stop: forwarded mail: job loss plus an 適応障害 diagnosis
_p = person()
add(expect="stop", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    detectors=["personal_data"],
    note="forwarded customer mail naming a diagnosed mental illness (適応障害) sent to the servicer",
    charset="utf-8", sender=OSAKO,
    to=["takeuchi.r@toho-kaishu.co.jp"],
    subject=f"Fwd: 支払猶予のお願い（{_p['cid']}）",
    body=f"""竹内様

大迫です。委託中のお客様から当社宛に届いたメールを転送します。
猶予期間中は御社からの連絡を控えていただけますか。

---------- Forwarded message ---------
From: {_p['name']} <{_p['email']}>
Subject: 支払猶予のお願い

日の出産業株式会社 御中

{_p['cid']}の{_p['name']}です。
会社の業績悪化で3月末に雇止めとなり、その後心療内科で適応障害と診断されました。
今は通院しながら求職中です。診断書も提出できます。
3か月ほど支払いを待っていただけないでしょうか。
連絡はこの携帯にお願いします：{_p['mobile']}
""")

# --- 072 pass: forwarded mail: job loss only (not 要配慮), one person
_p = person()
add(expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one customer's job-loss explanation forwarded to the servicer: job loss is not 要配慮, one person",
    charset="cp932", sender=KUBOTA,
    to=["murase@hoshimi-servicer.co.jp"],
    subject=f"転送：お支払いについて（{_p['cid']}）",
    body=f"""村瀬様

久保田です。委託中のお客様から下記メールがありました。
失業中とのことですので、月5,000円程度での分割交渉をお願いします。

----- 転送メッセージ -----
差出人：{_p['name']}
件名：お支払いについて

いつもご連絡をいただいているのに、返事ができず申し訳ありません。
勤めていた工場が閉鎖になり、先月から失業しています。
ハローワークに通って仕事を探しています。
少しずつなら払えますので、相談させてください。
電話は{_p['mobile']}です。
""")

# --- 073 pass: hardship with an illness forwarded only to the manager
_p = person()
add(expect="pass", entities=["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"], detectors=[],
    note="customer's cancer treatment forwarded to internal colleagues only",
    charset="iso-2022-jp", sender=OSAKO,
    to=["宍戸 浩平 <k.shishido@hinode-sangyo.co.jp>"], cc=[IN_KA],
    subject=f"【相談】{_p['cid']} 支払猶予の可否",
    body=f"""宍戸部長

大迫です。{_p['name']}様（{_p['cid']}）から、乳がんの治療中で
抗がん剤の副作用により休職しているとのお電話がありました。
6か月の支払猶予を希望されています。社内規程上は部長決裁ですので、ご判断をお願いします。

本人連絡先：{_p['mobile']}
残高：{_p['yen']}円

大迫
""")

# --- 074 pass: reply to the servicer; the illness is only in the quoted Original Message
_p = person()
add(expect="pass", entities=[], detectors=[],
    note="reply whose new text is neutral; the debtor's illness is only in the quoted original from the servicer",
    charset="utf-8", sender=KUBOTA,
    to=["gyomu@hoshimi-servicer.co.jp"],
    subject="RE: 委託案件の状況報告",
    body=f"""星見債権回収 業務部 御中

ご報告ありがとうございます。久保田です。
ご提案のとおり、当該案件は3か月間の督促停止で結構です。
再開時期が近づきましたら改めてご連絡ください。

-----Original Message-----
From: 星見債権回収 業務部 <gyomu@hoshimi-servicer.co.jp>
Sent: Thursday, July 3, 2025 4:40 PM
To: 久保田 誠 <m.kubota@hinode-sangyo.co.jp>
Subject: 委託案件の状況報告

日の出産業 久保田様

{_p['cid']} {_p['name']}様ですが、ご本人より、うつ病で休職中との申し出がありました。
3か月程度の督促停止をご提案したいのですが、いかがでしょうか。
""")

# --- 075 pass: English reply; the debtor list is only in the quoted text
_p = people(5)
_q = "\n".join(f"> - {p['ROMAJI']}, {p['email']}" for p in _p)
add(expect="pass", entities=[], detectors=[],
    note="English reply; the five debtors appear only in the quoted message from the agency",
    charset="utf-8", sender=HAMAGUCHI,
    to=["d.reyes@pacrecovery.com"],
    subject="Re: Accounts returned as uncollectable",
    body=f"""Hi Daniel,

Thanks for the update. We'll review these internally and let you know by Friday
whether to close them or keep them open for another 90 days.

Yuki

On Wed, Oct 15, 2025 at 9:02 AM Daniel Reyes <d.reyes@pacrecovery.com> wrote:
> Yuki,
> We propose to return the following accounts as uncollectable after 6 months
> of no contact:
{_q}
> Regards, Daniel
""")

# --- 076 pass: certified-mail tracking numbers with case numbers only
_rows = "\n".join(f"  {rng.choice(['HC', 'HL', 'HR'])}-{rng.randrange(100000, 1000000)}   "
                  f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}   {rng.choice(['配達済', '配達済', '保管中', '返送'])}"
                  for _ in range(10))
add(expect="pass", entities=[], detectors=[],
    note="tracking numbers of 内容証明 letters keyed by contract number only: no people's data",
    charset="iso-2022-jp", sender=MANABE,
    to=["takeuchi.r@toho-kaishu.co.jp"],
    subject="内容証明の配達状況",
    body=f"""竹内様

真鍋です。先週発送した内容証明郵便の配達状況です（追跡番号）。

  契約番号    追跡番号          状況
  ------------------------------------------
{_rows}

「返送」の分は所在調査に回します。
""")

# --- 077 pass: dunning the partner 北国フーズ at its real domain, invoice numbers only
add(expect="pass", entities=[], detectors=[],
    note="second reminder to a corporate customer at its correct domain: invoice numbers and amounts only",
    charset="cp932", sender=KONO,
    to=["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    cc=["営業部 沢口 <m.sawaguchi@hinode-sangyo.co.jp>"],
    subject="【再送】お支払い状況のご確認",
    body=f"""北国フーズ株式会社
経理部 ご担当者様

いつも大変お世話になっております。日の出産業の河野です。
先日ご連絡いたしました下記ご請求につき、現時点でご入金の確認ができておりません。

　INV-2025-05-0392　2,416,800円　5/31期日
　INV-2025-06-0127　　988,900円　6/30期日

お支払予定日をご教示いただけますでしょうか。
なお、当社営業担当の沢口もCCに入れております。
{sig_a('河野 恭子', 'k.kono@hinode-sangyo.co.jp')}""")

# --- 078 pass: three attendees with their mobiles for a meeting
_p = people(3)
add(expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER"], detectors=["personal_data"],
    note="three attendees' names and mobiles for a site visit: a short list under five, may warn",
    charset="utf-8", sender=SAIONJI,
    to=["ops@bellline.co.jp"],
    subject="センター見学の参加者について",
    body=f"""ベルライン ご担当者様

西園寺です。来週木曜のセンター見学、当社からは下記3名で伺います。
当日の緊急連絡先として携帯番号を記載します。

・{_p[0]['name']}（債権管理部長代理）　{_p[0]['mobile']}
・{_p[1]['name']}（債権管理課）　{_p[1]['mobile']}
・{_p[2]['name']}（情報システム部）　{_p[2]['mobile']}

14時に受付へ伺います。よろしくお願いいたします。
{sig_b('西園寺 遥', '2245')}""")

# --- 079 pass: talk of 機密保持 and the standard disclaimer, no marking
add(expect="pass", entities=[], detectors=[],
    note="mentions 機密保持 obligations and carries the standard disclaimer; no marking, no personal data",
    charset="iso-2022-jp", sender=SHISHIDO,
    to=["s.shirakawa@shirakawa-law.jp"],
    subject="委託先の機密保持義務について（ご相談）",
    body=f"""白川先生

いつもお世話になっております。宍戸です。
サービサーとの委託契約の更新にあたり、機密保持条項の見直しを考えております。
現行契約では契約終了後の機密保持義務が1年となっていますが、
個人情報の取扱いを考えると5年程度に延長すべきか、ご意見を伺えますでしょうか。

また、再委託先にも同等の義務を課す文言の案をいただけますと助かります。
{sig_a('宍戸 浩平', 'k.shishido@hinode-sangyo.co.jp', '03-5201-8840')}{DISCLAIMER_JA}""")

# --- 080 pass: internal mail with a 社外秘 workbook
add(expect="pass", entities=[], detectors=[],
    note="社外秘 workbook sent only to internal recipients",
    charset="cp932", sender=SHISHIDO,
    to=[IN_KA, IN_LEGAL],
    subject="【社外秘】委託先評価シート",
    body="""各位

委託先2社の上期評価をまとめました。社外秘です。取扱いにご注意ください。
来期の委託配分の検討に使います。

宍戸
""",
    attachments=[{"kind": "xlsx", "name": "委託先評価_上期.xlsx", "page_header": "社外秘",
                  "sheets": {"評価": [["【社外秘】委託先評価（上期）"], ["委託先", "回収率", "苦情件数", "報告遅延", "総合"],
                                      ["星見債権回収", "18.4%", 2, 0, "A"], ["東邦債権回収", "14.9%", 5, 3, "B"]]}}])

# --- 081 pass: internal hand-over with an encrypted ZIP
_p = people(14)
add(expect="pass", entities=[], detectors=[],
    note="encrypted ZIP, but the only recipient is an internal colleague",
    charset="iso-2022-jp", sender=KONO,
    to=["西園寺 遥 <h.saionji@hinode-sangyo.co.jp>"],
    subject="引継ぎ資料（担当案件一覧）",
    body="""西園寺さん

来月からの引継ぎ資料です。社内ルールどおりパスワード付きにしています。
パスワードはTeamsで送ります。

河野
""",
    attachments=[{"kind": "zip", "name": "hikitsugi.zip", "password": "kono-saionji-0801",
                  "files": [{"kind": "xlsx", "name": "担当案件一覧.xlsx",
                             "sheets": {"案件": [["契約番号", "氏名", "電話", "状況"]]
                                        + [[p["cid"], p["name"], p["mobile"], "分割中"] for p in _p]}}]}])

# --- 082 pass: list of summary courts (public offices), a business list
add(expect="pass", entities=[], detectors=[],
    note="list of summary courts with their public addresses and switchboards: offices, not people",
    charset="utf-8", sender=OSAKO,
    to=["matsuoka@minato-shiho.jp"],
    subject="管轄裁判所の確認",
    body="""松岡先生

大迫です。今回の申立て分の管轄は以下の簡易裁判所になるかと思いますが、
念のためご確認いただけますでしょうか（所在地・代表番号は当社の裁判所一覧表より）。

・東京簡易裁判所　　　東京都千代田区霞が関1-4-7　　03-3580-2261（代表）
・横浜簡易裁判所　　　神奈川県横浜市中区日本大通22　045-661-3380（代表）
・さいたま簡易裁判所　埼玉県さいたま市浦和区高砂3-9-2　048-862-5570（代表）
・千葉簡易裁判所　　　千葉県千葉市中央区中央4-6-30　043-221-7745（代表）
・大阪簡易裁判所　　　大阪府大阪市北区西天満2-8-14　06-6362-4410（代表）

件数は東京4、横浜2、さいたま1、千葉1、大阪2です。

大迫
""")

# --- 083 pass: four debtors (just under the list threshold) to the law firm
_p = people(4)
_t = "\n".join(f"{pad(p['name'], 14)}{pad(p['tel'], 15)}{p['addr']}" for p in _p)
add(expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="four debtors' contacts to the partner law firm: fewer than five people, may warn",
    charset="cp932", sender=KUBOTA,
    to=["office@shirakawa-law.jp"],
    subject="受任通知の発送先（4件）",
    body=f"""白川法律事務所 事務局 御中

日の出産業の久保田です。受任通知の発送先4件をお知らせします。

{pad('氏名', 14)}{pad('電話', 15)}住所
{'-' * 80}
{_t}

よろしくお願いいたします。
{sig_b('久保田 誠', '2231')}""")

# --- 084 pass: reply to the debtor at Yahoo, quoting her job-loss explanation
_p = person()
_addr = _p['email'].split('@')[0] + "@yahoo.co.jp"
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="reply to the customer herself (one free-mail recipient); her explanation is quoted, new text has only a plan",
    charset="iso-2022-jp", sender=OSAKO,
    to=[f"{_p['name']} <{_addr}>"],
    subject="Re: 支払いの相談",
    body=f"""{_p['name']} 様

ご事情をお知らせいただき、ありがとうございます。日の出産業の大迫でございます。
お仕事が見つかるまでの間、以下のお支払方法ではいかがでしょうか。

　・来月から6か月間：月額 3,000円
　・7か月目以降　　：月額 12,000円（状況に応じて再度ご相談）

ご了承いただける場合は、このメールにご返信ください。

大迫

{_p['name']} wrote:
> 日の出産業 ご担当者様
> 先月勤め先をリストラされ、現在求職中です。
> 今の状態では毎月の支払いが難しく、相談させていただきたいです。
""")

# --- 085 pass: blank payment-plan form as PDF to the debtor on a carrier address
_p = person()
add(expect="pass", entities=[], detectors=["freemail_recipient"],
    note="blank payment-plan form (placeholders only) sent to one customer at a carrier address",
    charset="cp932", sender=SAIONJI,
    to=[_p["email"].split("@")[0] + "@docomo.ne.jp"],
    subject="支払計画書の様式をお送りします",
    body=f"""{_p['sei']}様

日の出産業 債権管理部の西園寺です。
お電話でお話しした「支払計画書」の様式をお送りします。
ご記入のうえ、同封の返信用封筒でご返送ください。

日の出産業 債権管理部 西園寺
TEL 03-5201-8840（代表）
""",
    attachments=[{"kind": "pdf", "name": "支払計画書_様式.pdf", "title": "支払計画書",
                  "lines": ["支払計画書", "日の出産業株式会社 御中", "",
                            "契約番号：＿＿＿＿＿＿＿＿", "氏名：＿＿＿＿＿＿＿＿＿＿＿＿", "",
                            "毎月のお支払額：＿＿＿＿＿＿円", "お支払日：毎月＿＿日", "お支払開始：＿＿年＿＿月",
                            "", "上記のとおり支払うことを約束します。", "記入日：＿＿年＿＿月＿＿日"]}])

# --- 086 pass: meeting between the servicer and the law firm (two organisations)
add(expect="pass", entities=[], detectors=["multiple_external_domains"],
    note="three-way meeting mail: two external organisations in To/Cc is normal",
    charset="utf-8", sender=SHISHIDO,
    to=["murase@hoshimi-servicer.co.jp"], cc=["s.shirakawa@shirakawa-law.jp", KONO],
    subject="法的措置移行案件の打合せ日程",
    body=f"""星見債権回収 村瀬様
白川法律事務所 白川先生（CC）

お世話になっております。日の出産業の宍戸です。
委託案件のうち法的措置へ移行する案件の引継ぎについて、三者で打合せをお願いしたく存じます。

候補日：
　① 8月5日（火）14:00～15:00
　② 8月6日（水）10:00～11:00
　③ 8月8日（金）16:00～17:00
場所：当社7F 会議室B（オンライン併用可）

ご都合をお知らせください。
{sig_a('宍戸 浩平', 'k.shishido@hinode-sangyo.co.jp', '03-5201-8840')}""")

# --- 087 pass: fee quote request to the 司法書士
add(expect="pass", entities=[], detectors=[],
    note="asking a 司法書士 office for a fee quote: no personal data",
    charset="iso-2022-jp", sender=MANABE,
    to=["info@kusunoki-shiho.jp"],
    subject="支払督促手続きの報酬お見積りのお願い",
    body=f"""くすのき司法書士事務所 御中

突然のご連絡失礼いたします。日の出産業株式会社 債権管理部の真鍋と申します。
当社の売掛債権（個人のお客様、1件あたり10万～80万円程度）について、
支払督促の申立て代理をお願いできる事務所を探しております。

年間30～50件程度を想定しておりますが、
1件あたりの報酬と、仮執行宣言の申立てまで含めた場合のお見積りをいただけますでしょうか。
{sig_a('真鍋 隆之', 't.manabe@hinode-sangyo.co.jp', '03-5201-8846')}""")

# --- 088 pass: power of attorney notice with a seal image
add(expect="pass", entities=[], detectors=[],
    note="mail with a PNG of the company seal to the partner law firm: no personal data",
    charset="cp932", sender=SHISHIDO,
    to=["ide@shirakawa-law.jp"],
    subject="委任状の印影データ",
    body="""井手様

宍戸です。委任状の電子提出用に、当社代表印の印影データをお送りします。
原本の委任状は本日郵送しました。

宍戸
""",
    attachments=[{"kind": "png", "name": "inei_daihyo.png"}])


def corp_number(r: random.Random) -> str:
    base = [r.randrange(10) for _ in range(12)]
    base[0] = r.randrange(1, 10)
    total = sum(d * (1 if n % 2 else 2) for n, d in enumerate(reversed(base), start=1))
    return str(9 - total % 9) + "".join(map(str, base))


# --- 089 pass: overdue corporate customers with 法人番号, a list of businesses
_co = [("株式会社マルサン建材", "03-3845-2210"), ("有限会社ひばり物産", "048-662-3371"),
       ("株式会社東雲テクノ", "045-441-0982"), ("丸喜商事株式会社", "06-6351-7720"),
       ("株式会社みのわ工業", "052-232-1184"), ("合同会社オリーブフーズ", "092-471-5530"),
       ("株式会社くろしお水産", "0246-23-1187"), ("株式会社ベイサイド設備", "043-245-6603")]
_rows = "\n".join(f"{pad(n, 26)}{corp_number(rng)}  {t:<14}{rng.randrange(80, 4800) * 1000:>11,}" for n, t in _co)
add(expect="pass", entities=["JP_CORPORATE_NUMBER"], detectors=[],
    note="list of overdue corporate customers with 法人番号 and switchboards: businesses, not people",
    charset="iso-2022-jp", sender=KONO,
    to=["s.shirakawa@shirakawa-law.jp"],
    subject="法人取引先の長期滞留債権について",
    body=f"""白川先生

河野です。法人取引先のうち、180日以上滞留している先をまとめました。
法的措置の優先順位についてご相談させてください。

取引先                    法人番号       代表電話          残高（円）
--------------------------------------------------------------------------
{_rows}

丸喜商事は民事再生の噂があり、最優先で検討したいと考えております。

河野
""")

# --- 090 pass: internal list of guarantors with 和暦 birth dates to the legal department
_p = people(5) + people(3, rare=True)
_rows = "\n".join(f"{p['name']}（{p['kana']}）　{p['dob_j']}生　{p['addr']}" for p in _p)
add(expect="pass", entities=["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"], detectors=[],
    note="eight guarantors' records sent only to the internal legal department",
    charset="cp932", sender=KUBOTA,
    to=[IN_LEGAL],
    subject="保証意思確認の要否について",
    body=f"""法務部 御中

債権管理部の久保田です。
民法改正後に締結した個人保証のうち、保証意思宣明公正証書の要否を確認したい8件です。

{_rows}

いずれも事業性のない契約と認識していますが、念のためご確認ください。

久保田
""")

# --- 091 pass: CSV to a colleague on an internal subdomain
_p = people(18)
add(expect="pass", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=[],
    note="18-row CSV to mail.hinode-sangyo.co.jp, an internal subdomain",
    charset="utf-8", sender=SAIONJI,
    to=["大阪支店 回収担当 <osaka-kaishu@mail.hinode-sangyo.co.jp>"],
    subject="大阪支店管轄分の延滞者データ",
    body="""大阪支店 回収担当 各位

本社債権管理部の西園寺です。
大阪支店管轄の延滞者データ（18件）をCSVでお送りします。
訪問督促の計画にご活用ください。
""",
    attachments=[{"kind": "csv", "name": "osaka_entai.csv", "encoding": "utf-8",
                  "rows": [["契約番号", "氏名", "電話", "住所", "残高"]]
                  + [[p["cid"], p["name"], p["tel"], p["addr"], p["amount"]] for p in _p]}])

# --- 092 either: overdue sole proprietors: trade names with owners' names and shop phones
_p = people(6)
_shops = ["居酒屋とりまる", "美容室ルシエル", "カフェ木もれび", "中華そば一心", "整骨院あおぞら", "パン工房こむぎ"]
_rows = "\n".join(f"・{s}（代表 {p['name']}）　{p['tel']}　{p['addr2']}" for s, p in zip(_shops, _p))
add(expect="either", entities=["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"], detectors=["personal_data"],
    note="six sole proprietors: trade names with owners' names and shop phones — a business list or a list of people",
    charset="iso-2022-jp", sender=KONO,
    to=["murase@hoshimi-servicer.co.jp"],
    subject="個人事業主の延滞先（6件）",
    body=f"""村瀬様

河野です。業務用品の売掛が滞っている個人事業主の取引先6件です。
法人ではないため、御社で受託いただけるか確認させてください。

{_rows}

よろしくお願いします。
""")

# --- 093 either: a vague mention of a chronic illness for one debtor
_p = person()
add(expect="either", entities=["PERSON_NAME"], detectors=["personal_data"],
    note="one named debtor said to have a chronic condition (持病) without a diagnosis: 要配慮 or not is arguable",
    charset="utf-8", sender=KUBOTA,
    to=["takeuchi.r@toho-kaishu.co.jp"],
    subject=f"{_p['cid']} 架電時間帯の変更",
    body=f"""竹内様

久保田です。{_p['cid']}の{_p['name']}様ですが、
持病があって平日午前は通院していることが多いそうです。
架電は午後か土曜にしていただけますか。

久保田
""")

# --- 094 stop: mailing list of 40 debtors for printed dunning letters, to the printer
_p = people(40)
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS"], detectors=["personal_data"],
    note="address list of 40 debtors for printed dunning letters to the printing partner",
    charset="cp932", sender=SAIONJI,
    to=["錦印刷 営業部 大畑様 <ohata@nishiki-insatsu.co.jp>"],
    subject="督促ハガキ 宛名データ（7月発送分）",
    body=f"""錦印刷株式会社
営業部 大畑様

いつもお世話になっております。日の出産業の西園寺です。
7月発送分の督促ハガキの宛名データをお送りします。40件です。
前回と同じく圧着ハガキ、文面B（2回目督促）でお願いします。
{sig_b('西園寺 遥', '2245')}""",
    attachments=[{"kind": "xlsx", "name": "宛名データ_7月.xlsx",
                  "sheets": {"宛名": [["郵便番号", "住所", "氏名", "契約番号", "請求額"]]
                             + [[p["zip"], p["addr"], p["name"] + " 様", p["cid"], p["amount"]] for p in _p],
                             "仕様": [["項目", "内容"], ["形式", "圧着ハガキ（V型）"], ["文面", "B"], ["発送日", "7月10日"]]}}])

# --- 095 pass: proof check with the printer, placeholders only
add(expect="pass", entities=[], detectors=[],
    note="proof of the dunning postcard with placeholder fields only, to the printing partner",
    charset="iso-2022-jp", sender=SAIONJI,
    to=["ohata@nishiki-insatsu.co.jp"],
    subject="Re: 督促ハガキ文面Cの校正",
    body="""大畑様

校正ありがとうございます。西園寺です。
2点修正をお願いします。
　1. 「お支払期日」の後ろの全角スペースを削除
　2. 問合せ先の受付時間を「平日9:00～17:30」に変更

差込項目（{氏名}、{契約番号}、{請求額}）の位置は問題ありません。
再校をお待ちしております。

西園寺

> 日の出産業 西園寺様
> 文面Cの初校をお送りします。差込項目はダミー表示です。
> 錦印刷 大畑
""")

# --- 096 stop: a call list workbook of 30 debtors to the call-centre vendor
_p = people(30, young=True)
add(expect="stop", entities=["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"], detectors=["personal_data"],
    note="workbook of 30 debtors' phones and birth dates (for ID checks) sent to the call-centre vendor",
    charset="utf-8", sender=SAIONJI,
    to=["ops@bellline.co.jp"], cc=["SV 柳田様 <yanagida@bellline.co.jp>"],
    subject="架電リスト（第1週）",
    body="""ベルライン ご担当者様

西園寺です。第1週の架電リストです。
本人確認用に生年月日を入れています。トーク中の読み上げはしないでください。
""",
    attachments=[{"kind": "xlsx", "name": "架電リスト_W1.xlsx", "title": "架電リスト",
                  "sheets": {"W1": [["日の出産業 架電リスト 第1週"], ["契約番号", "氏名", "フリガナ", "生年月日", "携帯", "自宅", "残高"]]
                             + [[p["cid"], p["name"], p["kana"], p["dob_s"], p["mobile"], p["tel"], p["amount"]] for p in _p]}}])

# --- 097 pass: bug report to the IT partner with a screenshot
add(expect="pass", entities=[], detectors=[],
    note="system bug report to the IT partner with a screenshot; only contract IDs, no personal data",
    charset="cp932", sender=TOKUNAGA,
    to=["ツバサシステム サポート <support@tsubasa-system.jp>"],
    subject="【不具合】入金消込画面で残高が二重計上される",
    body="""ツバサシステム サポート窓口 御中

日の出産業 債権管理部の徳永です。
債権管理システム（v4.2.1）の入金消込画面で、分割入金を消し込むと残高が二重に減算される事象が出ています。

再現手順：
　1. 契約番号 HC-204118 を検索
　2. 入金一覧から 7/25 入金分を選択し「消込」
　3. 残高表示が入金額の2倍減る（DB上は正常）

画面キャプチャを添付します。至急ご確認をお願いします。
""",
    attachments=[{"kind": "png", "name": "capture_keshikomi.png"}])

# --- 098 stop: repossession list of five customers to the logistics partner
_p = people(5)
_rows = "\n\n".join(f"［{i + 1}］{p['name']} 様\n　{p['zip']} {p['addr']}\n　TEL {p['mobile']}\n　対象：{rng.choice(['業務用冷蔵庫', '複合機', 'ショーケース', '製氷機', '空気清浄機（大型）'])}"
                    for i, p in enumerate(_p))
add(expect="stop", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="five customers' names, addresses and phones for repossession pickups sent to the logistics partner",
    charset="iso-2022-jp", sender=MANABE,
    to=["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    subject="リース物件 引揚げ手配のお願い（5件）",
    body=f"""青葉運輸株式会社 配車センター 御中

いつもお世話になっております。日の出産業 債権管理部の真鍋です。
契約解除となったリース物件の引揚げを5件お願いいたします。

{_rows}

いずれも事前に訪問日時をご本人と調整済みではありません。
訪問前に必ずお電話でご連絡をお願いします。
{sig_a('真鍋 隆之', 't.manabe@hinode-sangyo.co.jp', '03-5201-8846')}""")

# --- 099 pass: a single pickup for the logistics partner
_p = person()
add(expect="pass", entities=["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"], detectors=["personal_data"],
    note="one repossession pickup (one customer's address and phone) to the logistics partner",
    charset="utf-8", sender=MANABE,
    to=["haisha@aoba-unyu.co.jp"],
    subject="引揚げ 追加1件",
    body=f"""配車センター ご担当者様

真鍋です。先日の5件に加え、1件追加をお願いします。

{_p['name']}様　{_p['addr2']}
携帯 {_p['mobile']}
物件：業務用製氷機（1台）
ご本人了承済み、来週火曜午後希望とのことです。

真鍋
""")

# --- 100 stop: bad-debt portfolio tender with three servicers visible to each other
add(expect="stop", entities=[], detectors=["external_recipients_visible", "multiple_external_domains"],
    note="tender invitation with three competing servicers all in To: three external organisations see each other",
    charset="cp932", sender=SHISHIDO,
    to=["星見債権回収 村瀬様 <murase@hoshimi-servicer.co.jp>", "東邦債権回収 竹内様 <takeuchi.r@toho-kaishu.co.jp>",
        "ひだまりサービサー 法務部 <legal@hidamari-servicer.co.jp>"],
    subject="債権譲渡（入札）のご案内",
    body=f"""各社 ご担当者様

いつもお世話になっております。日の出産業株式会社 債権管理部の宍戸でございます。
当社が保有する償却済み債権の一部について、譲渡先を入札にて選定することといたしました。

　対象債権：個人向け売掛債権（償却済み）
　件数　　：約1,200件
　元本総額：約3億1,000万円
　入札期限：9月30日（火）17:00

データルームのご案内は、秘密保持契約の締結後にお送りいたします。
ご参加の可否を9月5日までにご返信ください。
{sig_a('宍戸 浩平', 'k.shishido@hinode-sangyo.co.jp', '03-5201-8840')}""")
