"""Blind corpus, area "ses": 日の出産業's IT engineer dispatch business (SES・受託開発).

Skill sheets (スキルシート) sent to clients, candidate proposals, timesheets and monthly
billing, client site access (入館) registrations, NDAs and security pledges (誓約書),
engineers' health issues and leave, freelance partners' contracts and bank details,
recruiting agencies, project rosters (体制表).

Every person, number, address, company and mailbox in this file is invented; any
resemblance to a real one is chance.  Check-digit-valid My Numbers and Luhn-valid card
numbers come from build.my_number() / build.card_number() with seeds starting at 6401
(6401, 6402, … in order of use, one counter shared by both helpers).
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

# -- helpers ------------------------------------------------------------------------------

_SEED = [6401]


def _next_seed() -> int:
    s = _SEED[0]
    _SEED[0] += 1
    return s


def MN() -> str:
    return my_number(_next_seed())


def CARD() -> str:
    return card_number(_next_seed())


R = random.Random(6401)

FW = str.maketrans("0123456789-/.()", "０１２３４５６７８９－／．（）")


def fw(s: str) -> str:
    return s.translate(FW)


def corp_number(base12: str) -> str:
    """法人番号: check digit + 12 digits."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


HINODE_CORP = corp_number("010401187346")
HINODE_T = "T" + HINODE_CORP

SEI = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"),
    ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("石川", "イシカワ", "Ishikawa"),
    ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("後藤", "ゴトウ", "Goto"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
    ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
    ("藤井", "フジイ", "Fujii"), ("岡崎", "オカザキ", "Okazaki"), ("松田", "マツダ", "Matsuda"),
    ("中島", "ナカジマ", "Nakajima"), ("原", "ハラ", "Hara"), ("小野", "オノ", "Ono"),
    ("四月一日", "ワタヌキ", "Watanuki"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("東海林", "ショウジ", "Shoji"), ("百目鬼", "ドウメキ", "Domeki"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("勘解由小路", "カデノコウジ", "Kadenokoji"),
    ("一尺八寸", "カマツカ", "Kamatsuka"), ("薬師寺", "ヤクシジ", "Yakushiji"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("轟", "トドロキ", "Todoroki"),
    ("左右田", "ソウダ", "Soda"), ("御手洗", "ミタライ", "Mitarai"), ("鬼頭", "キトウ", "Kito"),
    ("雲類鷲", "ウルワシ", "Uruwashi"), ("舘", "タチ", "Tachi"), ("瀬戸口", "セトグチ", "Setoguchi"),
]
MEI = [
    ("翔太", "ショウタ", "Shota"), ("健一", "ケンイチ", "Kenichi"), ("美咲", "ミサキ", "Misaki"),
    ("大輔", "ダイスケ", "Daisuke"), ("由美", "ユミ", "Yumi"), ("拓也", "タクヤ", "Takuya"),
    ("彩", "アヤ", "Aya"), ("直樹", "ナオキ", "Naoki"), ("沙織", "サオリ", "Saori"),
    ("亮", "リョウ", "Ryo"), ("真由美", "マユミ", "Mayumi"), ("和也", "カズヤ", "Kazuya"),
    ("恵", "メグミ", "Megumi"), ("悠斗", "ユウト", "Yuto"), ("千尋", "チヒロ", "Chihiro"),
    ("隆", "タカシ", "Takashi"), ("陽菜", "ヒナ", "Hina"), ("誠", "マコト", "Makoto"),
    ("智子", "トモコ", "Tomoko"), ("蓮", "レン", "Ren"), ("雄介", "ユウスケ", "Yusuke"),
    ("加奈子", "カナコ", "Kanako"), ("俊介", "シュンスケ", "Shunsuke"), ("麻衣", "マイ", "Mai"),
    ("圭", "ケイ", "Kei"), ("康平", "コウヘイ", "Kohei"), ("美穂", "ミホ", "Miho"),
    ("達也", "タツヤ", "Tatsuya"), ("優子", "ユウコ", "Yuko"), ("航", "ワタル", "Wataru"),
    ("亜希子", "アキコ", "Akiko"), ("剛", "ツヨシ", "Tsuyoshi"), ("舞", "マイ", "Mai"),
    ("哲也", "テツヤ", "Tetsuya"), ("莉子", "リコ", "Riko"), ("慎吾", "シンゴ", "Shingo"),
]
TOWNS = [
    ("東京都", "大田区", "西蒲田", "144-0051", "JR京浜東北線 蒲田駅"),
    ("東京都", "江戸川区", "西葛西", "134-0088", "東京メトロ東西線 西葛西駅"),
    ("東京都", "練馬区", "光が丘", "179-0072", "都営大江戸線 光が丘駅"),
    ("東京都", "世田谷区", "太子堂", "154-0004", "東急田園都市線 三軒茶屋駅"),
    ("東京都", "足立区", "千住旭町", "120-0026", "JR常磐線 北千住駅"),
    ("東京都", "府中市", "宮西町", "183-0022", "京王線 府中駅"),
    ("神奈川県", "川崎市中原区", "新丸子町", "211-0005", "東急東横線 新丸子駅"),
    ("神奈川県", "横浜市港北区", "日吉本町", "223-0062", "東急東横線 日吉駅"),
    ("神奈川県", "相模原市南区", "相模大野", "252-0303", "小田急線 相模大野駅"),
    ("神奈川県", "藤沢市", "鵠沼海岸", "251-0037", "小田急江ノ島線 鵠沼海岸駅"),
    ("埼玉県", "さいたま市浦和区", "高砂", "330-0063", "JR京浜東北線 浦和駅"),
    ("埼玉県", "川口市", "栄町", "332-0017", "JR京浜東北線 川口駅"),
    ("埼玉県", "所沢市", "日吉町", "359-1123", "西武池袋線 所沢駅"),
    ("千葉県", "船橋市", "本町", "273-0005", "JR総武線 船橋駅"),
    ("千葉県", "市川市", "八幡", "272-0021", "JR総武線 本八幡駅"),
    ("千葉県", "柏市", "旭町", "277-0852", "JR常磐線 柏駅"),
    ("茨城県", "つくば市", "吾妻", "305-0031", "つくばエクスプレス つくば駅"),
]
BLDG = ["コーポ若葉 ", "メゾン桜台 ", "グランハイツ ", "パークサイド蒲田 ", "ハイム白樺 ",
        "レジデンス翠 ", "サンライズ東 "]
BANKS = ["三葉銀行", "東和銀行", "ひので信用金庫", "関東中央銀行", "城南第一信用組合",
         "みどり銀行", "あさひ野銀行", "ネットバンク銀行"]
BRANCHES = ["新宿支店", "渋谷支店", "川崎支店", "大宮支店", "船橋支店", "横浜駅前支店",
            "本店営業部", "蒲田支店", "柏支店", "さくら支店", "ひまわり支店"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]

_USED: set[str] = set()


def phone() -> str:
    return f"0{R.choice('987')}0-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"


def person(rare: bool = False) -> dict:
    while True:
        s = R.choice(SEI[37:] if rare else SEI)
        g = R.choice(MEI)
        if s[0] + g[0] not in _USED:
            break
    _USED.add(s[0] + g[0])
    y, mo, d = R.randint(1972, 2001), R.randint(1, 12), R.randint(1, 28)
    pref, city, town, zipc, station = R.choice(TOWNS)
    addr = f"{pref}{city}{town}{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)}"
    if R.random() < 0.5:
        addr += f" {R.choice(BLDG)}{R.randint(1, 6)}0{R.randint(1, 9)}"
    local = R.choice([f"{g[2].lower()}.{s[2].lower()}", f"{s[2].lower()}{g[2][0].lower()}",
                      f"{g[2].lower()}{R.randint(10, 99)}", f"{s[2].lower()}_{g[2].lower()}"])
    return {
        "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name2": f"{s[0]}　{g[0]}",
        "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2]}",
        "initials": f"{g[2][0]}.{s[2][0]}", "dob": (y, mo, d), "age": 2025 - y,
        "tel": phone(), "mail": f"{local}@{R.choice(FREEMAIL)}", "local": local,
        "addr": addr, "zip": zipc, "station": station, "sex": R.choice(["男性", "女性"]),
    }


def people(n: int, rare: int = 0) -> list[dict]:
    out = [person(rare=True) for _ in range(rare)] + [person() for _ in range(n - rare)]
    R.shuffle(out)
    return out


def wareki(dob: tuple, style: int = 0) -> str:
    y, m, d = dob
    if (y, m, d) < (1989, 1, 8):
        era, e, ey = "昭和", "S", y - 1925
    elif (y, m, d) < (2019, 5, 1):
        era, e, ey = "平成", "H", y - 1988
    else:
        era, e, ey = "令和", "R", y - 2018
    if style == 0:
        return f"{era}{'元' if ey == 1 else ey}年{m}月{d}日"
    if style == 1:
        return f"{e}{ey}.{m}.{d}"
    return fw(f"{era}{ey}年{m}月{d}日")


def seireki(dob: tuple, style: int = 0) -> str:
    y, m, d = dob
    return [f"{y}/{m:02d}/{d:02d}", f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}",
            f"{y}.{m}.{d}"][style]


def bank(p: dict, kind: str = "普通") -> tuple:
    return (R.choice(BANKS), R.choice(BRANCHES), kind, f"{R.randint(1000000, 9999999)}")


def residence_card() -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (R.choice(L) + R.choice(L) + f"{R.randint(10000000, 99999999)}"
            + R.choice(L) + R.choice(L))


def passport() -> str:
    return R.choice(["TK", "TR", "TZ", "MU", "TS"]) + f"{R.randint(1000000, 9999999)}"


def license_no() -> str:
    return f"30{R.randint(10, 99)}{R.randint(10000000, 99999999)}"


def pension_no() -> str:
    return f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def _pad(s: str, n: int) -> str:
    return s + " " * (n - _w(s))


def table(rows: list[list], sep: str = "  ", rule: str = "-") -> str:
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [sep.join(_pad(c, widths[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    total = sum(widths) + _w(sep) * (len(widths) - 1)
    lines.insert(1, rule * (total // _w(rule)))
    return "\n".join(lines)


HQ = "〒105-0013 東京都港区浜松町2-4-1 日の出ビル6F"

STAFF = {
    "okamoto": ("岡本 拓海", "Takumi Okamoto", "t-okamoto", "SES事業部 営業一課", "090-3318-4471"),
    "morishita": ("森下 さやか", "Sayaka Morishita", "s-morishita", "SES事業部 営業二課",
                  "080-6620-1193"),
    "hasegawa": ("長谷川 恵理", "Eri Hasegawa", "e-hasegawa", "管理本部 総務人事課", ""),
    "murai": ("村井 浩二", "Koji Murai", "k-murai", "管理本部 経理課", ""),
    "nishino": ("西野 由佳", "Yuka Nishino", "y-nishino", "人事部 採用グループ", "070-2284-5506"),
    "sugawara": ("菅原 大地", "Daichi Sugawara", "d-sugawara", "パートナー推進室",
                 "090-7745-0832"),
    "onodera": ("小野寺 誠", "Makoto Onodera", "m-onodera", "管理本部 情報システム課", ""),
    "takahata": ("高畑 諒", "Ryo Takahata", "r-takahata", "SES事業部 第2技術課", "080-4410-7725"),
    "kiryu": ("桐生 茉莉", "Mari Kiryu", "m-kiryu", "受託開発部 開発二課", ""),
    "himuro": ("氷室 健吾", "Kengo Himuro", "k-himuro", "SES事業部 事業部長", ""),
}


def S(key: str) -> str:
    n = STAFF[key]
    return f"{n[0]} <{n[2]}@hinode-sangyo.co.jp>"


def sig(key: str, style: int = 0) -> str:
    name, roman, local, dept, mobile = STAFF[key]
    mail = f"{local}@hinode-sangyo.co.jp"
    if style == 0:
        mob = f"　携帯：{mobile}" if mobile else ""
        return ("\n――――――――――――――――――――――\n日の出産業株式会社\n"
                f"{dept}　{name}\n{HQ}\nTEL：03-5401-2210{mob}\nMail：{mail}\n"
                "――――――――――――――――――――――")
    if style == 1:
        return (f"\n--\n{name} / {roman}\n日の出産業株式会社 {dept}\n"
                "TEL 03-5401-2210  FAX 03-5401-2211\nhttps://www.hinode-sangyo.co.jp/")
    if style == 2:
        eng = {"SES事業部": "SES Division", "受託開発部": "Contract Development Dept.",
               "管理本部": "Administration Div.", "人事部": "Human Resources Dept.",
               "パートナー推進室": "Partner Relations Office"}.get(dept.split()[0], "Hinode Sangyo")
        return (f"\nBest regards,\n\n{roman}\n{eng}, Hinode Sangyo Co., Ltd.\n"
                "2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan\n"
                f"Tel: +81-3-5401-2210  /  {mail}")
    if style == 3:
        return (f"\n*************************************\n日の出産業(株) {dept}\n{name}\n"
                f"TEL 03-5401-2214（直通）\n{mail}\n*************************************")
    return f"\n{name}（日の出産業 {dept.split()[-1]}）"


DISC_JA = ("\n\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
           "お手数ですが送信者までご連絡のうえ、本メールを破棄してくださいますようお願いいたします。")
DISC_EN = ("\n\nThis e-mail and any attachments may contain confidential information. If you "
           "are not the intended recipient, please notify the sender immediately and delete "
           "this e-mail. Any unauthorised use or disclosure is prohibited.")

# external contacts (all invented)
TSUBASA = "石原 和樹 <k-ishihara@tsubasa-system.jp>"
TSUBASA_LEAD = "野口 英明 <h-noguchi@tsubasa-system.jp>"
TSUBASA_NYUKAN = "ツバサシステム 入館受付 <nyukan@tsubasa-system.jp>"
KAWASAKI = "松岡 孝之 <t-matsuoka@kawasaki-denki.co.jp>"
HOKUTO = "原田 純一 <harada.j@hokuto-hd.co.jp>"
KOTOBUKI = "江口 麻美 <eguchi@kotobuki-tech.co.jp>"
ARCLINE = "小川 翼 <ogawa@arcline.jp>"
SORA = "竹内 聡 <s-takeuchi@sora-eng.co.jp>"
NEXA = "ネクサソリューションズ 営業部 <bp-sales@nexa-solutions.co.jp>"
MINATO = "partner@minato-digital.co.jp"
TAX = "小田切 正人 <odagiri@odagiri-tax.jp>"
CAREER = "佐野 葵 <a-sano@career-bridge.jp>"
TECHAGENT = "テックエージェント 石黒 <ishiguro@tech-agent.co.jp>"

MESSAGES: list[dict] = []


def M(n: int, expect: str, entities: list, detectors: list, note: str, **kw) -> None:
    d = {"id": f"ses-{n:03d}", "expect": expect, "entities": entities,
         "detectors": detectors, "note": note, "cc": [], "bcc": []}
    d.update(kw)
    MESSAGES.append(d)


# -- messages -----------------------------------------------------------------------------

# 001 — PPAP skill sheet to a client
M(1, "stop", [], ["unscannable_attachment"],
  "password ZIP (PPAP) to a client: the skill sheet inside cannot be inspected",
  charset="iso-2022-jp", sender=S("okamoto"), to=[TSUBASA],
  subject="【スキルシート送付】決済基盤Java開発案件 ご提案の件",
  body=f"""株式会社ツバサシステム
石原様

いつもお世話になっております。
日の出産業の岡本でございます。

先日ご相談いただきました決済基盤のJava開発案件につきまして、
弊社より1名ご提案させていただきたく、スキルシートをお送りいたします。

　・イニシャル：Ｍ．Ｋ（30代前半・男性）
　・稼働開始　：12月1日より可能
　・単価　　　：面談後にご相談させてください

添付ファイルはパスワード付きZIPとなっております。
パスワードは別メールにてお送りいたしますので、ご確認のほどよろしくお願いいたします。

ご多忙のところ恐縮ですが、面談のご調整をいただけますと幸いです。
{sig("okamoto")}""",
  attachments=[{"kind": "zip", "name": "skillsheet_MK_20241118.zip", "password": "Hnd#7742ss",
                "files": [{"kind": "xlsx", "name": "スキルシート_MK.xlsx",
                           "sheets": {"スキルシート": [["技術者経歴書"], ["イニシャル", "M.K"],
                                                      ["年齢", "32"], ["得意分野", "Java / Spring"]]}}]}])

# 002 — one engineer's skill sheet (initials only) to a client
_p = ["技術者スキルシート"]
M(2, "pass", [], [],
  "one engineer's skill sheet with initials, age and career only: ordinary SES proposal",
  charset="cp932", sender=S("morishita"), to=[KAWASAKI],
  subject="スキルシートご送付（K.T／インフラ構築）",
  body=f"""川崎電機株式会社
情報システム部　松岡様

お世話になっております。日の出産業の森下です。
インフラ更改案件の件、1名ご紹介させてください。

サーバ構築（RHEL・VMware）を中心に6年の経験があり、直近はAWS移行の設計にも
携わっております。詳細は添付のスキルシートをご覧ください。

面談は今週木・金の午後でしたら調整可能です。
ご検討のほどよろしくお願いいたします。
{sig("morishita", 1)}""",
  attachments=[{"kind": "xlsx", "name": "スキルシート_KT.xlsx", "title": "技術者スキルシート",
                "sheets": {"スキルシート": [
                    ["技術者スキルシート", "", "", ""],
                    ["イニシャル", "K.T", "年齢", "29歳"],
                    ["性別", "男性", "最寄駅", "東急東横線 武蔵小杉駅"],
                    ["資格", "LPIC Level2 / AWS SAA", "稼働開始", "即日可"],
                    [],
                    ["期間", "業務内容", "環境", "役割"],
                    ["2023/04～現在", "製造業向け基幹システム AWS移行", "AWS, Terraform, RHEL8", "SE"],
                    ["2021/01～2023/03", "物流会社 仮想基盤更改", "VMware vSphere 7, NetApp", "SE"],
                    ["2019/04～2020/12", "金融系 監視運用", "JP1, Zabbix", "OP→PG"],
                ], "自己PR": [["自己PR"], ["手順書整備と障害対応の初動に自信があります。"]]}}])

# 003 — 案件情報 to three BP companies in To
M(3, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
  "project offer sent to three partner companies in To: they can all see each other (should be Bcc)",
  charset="utf-8", sender=S("sugawara"),
  to=[KOTOBUKI, ARCLINE, SORA],
  subject="【案件情報】金融系 勘定系リプレイス PMO補佐（大手町・週3リモート）",
  body=f"""パートナー各社 ご担当者様

いつもお世話になっております。日の出産業 パートナー推進室の菅原です。
下記案件にてご提案可能な要員がいらっしゃいましたら、ご紹介いただけますと幸いです。

■案件名　：勘定系システムリプレイス PMO補佐
■作業内容：進捗・課題管理、会議体運営、ベンダーコントロール補佐
■場所　　：大手町（週3リモート可）
■期間　　：1月～長期
■単価　　：スキル見合い（～75万円）
■精算　　：140-180h
■面談　　：1回（弊社同席）
■商流　　：エンド → 元請 → 弊社 → 貴社 まで（貴社所属 or 1社先個人事業主まで）
■必須　　：PMO経験2年以上、金融系プロジェクト経験
■尚可　　：勘定系の業務知識

ご提案の際はスキルシートと希望単価、稼働開始日をお知らせください。
よろしくお願いいたします。
{sig("sugawara", 1)}""")

# 004 — data-centre access request with DOB and home address of six engineers
_g4 = people(6, rare=1)
_rows4 = [["府中データセンター 入館者登録申請書", "", "", "", "", ""],
          ["申請会社：日の出産業株式会社", "", "", "", "", ""],
          ["No", "氏名", "フリガナ", "生年月日", "現住所", "所属"]]
for i, p in enumerate(_g4, 1):
    _rows4.append([i, p["name"], p["kana"], seireki(p["dob"]), p["addr"],
                   "日の出産業" if i < 5 else "ソラエンジニアリング"])
M(4, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
  ["personal_data", "multiple_external_domains"],
  "access registration list: six engineers with date of birth and home address to the bank's DC",
  charset="iso-2022-jp", sender=S("okamoto"),
  to=["みどり銀行 DC入館管理 <dc-security@midori-ginko.co.jp>"], cc=[TSUBASA],
  subject="府中DC 入館者登録申請（12月分・6名）",
  body=f"""みどり銀行 システム部
データセンター入館管理ご担当者様

（cc：ツバサシステム 石原様）

お世話になっております。日の出産業の岡本です。
12月からの移行作業に従事する要員6名の入館登録をお願いしたく、
所定の申請書を添付いたします。

記入漏れ等ございましたらご指摘ください。
よろしくお願いいたします。
{sig("okamoto")}""",
  attachments=[{"kind": "xlsx", "name": "入館者登録申請書_日の出産業_12月.xlsx",
                "sheets": {"申請書": _rows4,
                           "記入要領": [["記入要領"], ["生年月日は西暦で記入"],
                                        ["現住所は住民票どおりに記入"]]}}])

# 005 — two people's access badges, with mobile numbers
_a, _b = person(), person()
M(5, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
  "badge request for two engineers with their mobiles: a short list to the client, may warn",
  charset="cp932", sender=S("morishita"), to=[TSUBASA_NYUKAN],
  subject="入館証発行のお願い（2名）",
  body=f"""ツバサシステム 入館受付ご担当者様

お世話になっております。日の出産業の森下です。
下記2名について、11/25（月）からの入館証発行をお願いいたします。

【1】{_a["name"]}（{_a["kana"]}）
　所属：日の出産業株式会社 SES事業部
　緊急連絡先（携帯）：{_a["tel"]}

【2】{_b["name"]}（{_b["kana"]}）
　所属：日の出産業株式会社 SES事業部
　緊急連絡先（携帯）：{_b["tel"]}

初日は9:00に1階受付へ伺うよう伝えております。
どうぞよろしくお願いいたします。
{sig("morishita", 4)}""")

# 006 — engineer's diagnosis told to the client
M(6, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "tells the client a named engineer was diagnosed with 適応障害: health data (要配慮) of one person",
  charset="iso-2022-jp", sender=S("morishita"), to=[KAWASAKI],
  subject="弊社 高橋の稼働についてのご相談",
  body=f"""松岡様

いつも大変お世話になっております。日の出産業の森下でございます。

貴社常駐中の弊社 高橋直樹につきまして、急なご連絡となり申し訳ございません。
先週より体調を崩しておりましたが、昨日受診した心療内科にて「適応障害」との
診断を受け、医師より2か月程度の休養が必要との意見が出ております。

つきましては、12月末まで休職とさせていただき、その間の代替要員について
至急ご提案させていただければと存じます。
ご迷惑をおかけし誠に申し訳ございません。明日お電話にてご相談させてください。
{sig("morishita")}""")

# 007 — sick day (no diagnosis)
M(7, "pass", [], [],
  "an engineer tells the client's leader he is off sick today; no diagnosis, no list",
  charset="iso-2022-jp", sender=S("takahata"), to=[TSUBASA_LEAD], cc=[S("okamoto")],
  subject="【勤怠連絡】本日お休みをいただきます（高畑）",
  body="""野口さん

おはようございます、高畑です。
昨晩から体調がすぐれず、本日はお休みをいただけますでしょうか。
急ぎの対応はありませんが、結合テストの残件（#412, #415）は明日午前に対応します。

ご迷惑をおかけしますが、よろしくお願いいたします。

高畑
（cc：弊社営業 岡本）""")

# 008 — freelancers' payment list with bank accounts to the tax accountant
_g8 = people(7, rare=2)
_rows8 = [["支払先氏名", "フリガナ", "住所", "金融機関", "支店", "種別", "口座番号",
           "10月分報酬(税込)", "源泉徴収額"]]
for p in _g8:
    bk = bank(p)
    fee = R.choice([550000, 605000, 660000, 715000, 770000, 825000])
    _rows8.append([p["name"], p["kana"], p["addr"], bk[0], bk[1], bk[2], bk[3],
                   fee, int(fee / 1.1 * 0.1021)])
M(8, "stop", ["PERSON_NAME", "JP_ADDRESS", "JP_BANK_ACCOUNT"], ["personal_data"],
  "CSV of seven freelance partners with home address and bank account to an outside accountant",
  charset="iso-2022-jp", sender=S("murai"), to=[TAX],
  subject="10月分 個人事業主への支払明細（源泉計算のご確認）",
  body=f"""小田切会計事務所
小田切先生

いつもお世話になっております。日の出産業 経理課の村井です。

10月分の個人事業主（フリーランス技術者）への支払明細をお送りします。
源泉徴収額の計算に誤りがないかご確認いただけますでしょうか。
振込予定日は11月29日です。
{sig("murai", 3)}""",
  attachments=[{"kind": "csv", "name": "freelance_payment_202410.csv", "rows": _rows8}])

# 009 — one freelancer's My Number to the accountant
_p9 = person(rare=True)
M(9, "stop", ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"], ["personal_data"],
  "a freelancer's マイナンバー and address sent to the accountant for 支払調書",
  charset="cp932", sender=S("murai"), to=[TAX],
  subject="支払調書作成用 不足分（1名）",
  body=f"""小田切先生

お世話になっております。村井です。
支払調書の作成に関し、先日不足しておりました1名分の情報をお送りいたします。

　氏名　　：{_p9["name"]}（{_p9["kana"]}）
　住所　　：〒{_p9["zip"]} {_p9["addr"]}
　個人番号：{MN()}
　支払金額：4,180,000円（源泉徴収税額 426,360円）

以上で全員分が揃ったかと存じます。
お手数ですが、ご確認をお願いいたします。
{sig("murai", 1)}""")

# 010 — internal: My Numbers of three freelancers to accounting
_g10 = people(3)
_t10 = "\n".join(f"{p['name']}\t{p['kana']}\t{MN()}\t受領済（通知カード写し）" for p in _g10)
M(10, "pass", ["PERSON_NAME", "JP_MY_NUMBER"], [],
  "My Numbers of three freelancers, but only to internal accounting staff",
  charset="utf-8", sender=S("hasegawa"), to=[S("murai")],
  subject="【社内】フリーランス契約者 マイナンバー収集状況",
  body=f"""村井さん

お疲れさまです。長谷川です。
今月契約を開始したフリーランス3名分のマイナンバーを回収しました。
支払調書用の台帳への転記をお願いします（原本コピーは金庫に保管済み）。

氏名\tフリガナ\t個人番号\t備考
{_t10}

転記後、このメールは削除をお願いします。
長谷川""")

# 011 — look-alike partner domain (tsubasa-systems.jp)
M(11, "stop", [], ["lookalike_domain"],
  "recipient domain tsubasa-systems.jp is a look-alike of the partner tsubasa-system.jp",
  charset="iso-2022-jp", sender=S("morishita"),
  to=["石原 和樹 <k-ishihara@tsubasa-systems.jp>"],
  subject="Re: 追加要員のご相談（PHP／Laravel）",
  body=f"""石原様

お世話になっております。日の出産業の森下です。
ご相談いただいておりましたLaravel案件の件、1名ご提案いたします。

　Ｓ．Ｙ　27歳　女性　最寄：京王線 府中駅
　PHP(Laravel) 4年、Vue.js 2年、要件定義の補佐経験あり

スキルシートを添付いたしますので、ご確認をお願いいたします。
{sig("morishita", 1)}""",
  attachments=[{"kind": "docx", "name": "スキルシート_SY.docx",
                "paragraphs": ["技術経歴書", "イニシャル：S.Y　年齢：27歳　性別：女性",
                               "得意分野：PHP / Laravel / Vue.js / MySQL"],
                "tables": [[["期間", "案件", "役割"],
                            ["2022/10～現在", "EC事業者 会員基盤リニューアル", "PG/SE"],
                            ["2020/04～2022/09", "自治体向け予約システム保守", "PG"]]]}])

# 012 — client's 社外秘 design document passed on to a BP
M(12, "stop", [], ["confidential_marking"],
  "the client's design document stamped 社外秘 is forwarded to a subcontractor",
  charset="utf-8", sender=S("sugawara"), to=[ARCLINE],
  subject="受注管理サブシステム 基本設計書の共有",
  body=f"""アークライン株式会社
小川様

お世話になっております。日の出産業の菅原です。

来月から参画いただく受注管理サブシステムの件、元請のツバサシステム様より
基本設計書を受領しましたので共有いたします。
参画前に一読いただき、不明点があれば今週中にお知らせください。
{sig("sugawara")}""",
  attachments=[{"kind": "docx", "name": "基本設計書_受注管理_v1.3.docx",
                "title": "基本設計書 受注管理サブシステム", "page_header": "社外秘",
                "page_footer": "株式会社ツバサシステム　社外秘・複製禁止",
                "paragraphs": ["基本設計書　受注管理サブシステム　第1.3版",
                               "1. システム概要", "本サブシステムは受注登録から出荷指示までを担う。",
                               "2. 機能一覧", "2.1 受注登録　2.2 与信チェック　2.3 引当"],
                "tables": [[["機能ID", "機能名", "区分"], ["JC-001", "受注登録", "オンライン"],
                            ["JC-014", "与信チェック", "バッチ"]]]}])

# 013 — corrupt timesheet
M(13, "stop", [], ["unscannable_attachment"],
  "the monthly 作業報告書 attached is a damaged .xlsx that cannot be read",
  charset="cp932", sender=S("takahata"), to=[TSUBASA_LEAD],
  subject="10月分 作業報告書の提出",
  body="""野口さん

お疲れさまです。高畑です。
10月分の作業報告書を提出いたします。
稼働時間は合計168.5hです。ご確認のうえ、承認印をお願いいたします。

日の出産業株式会社　高畑 諒""",
  attachments=[{"kind": "corrupt", "name": "作業報告書_202410_高畑.xlsx"}])

# 014 — project roster with mobiles and mails of nine members
_g14 = people(9, rare=1)
_roles = ["PM", "PL", "PL", "SE", "SE", "PG", "PG", "PG", "テスター"]
_org = ["日の出産業", "日の出産業", "寿テック", "日の出産業", "アークライン", "日の出産業",
        "日の出産業", "個人事業主", "ソラエンジニアリング"]
_rows14 = [["No", "役割", "氏名", "所属", "メール", "携帯"]]
for i, p in enumerate(_g14):
    _rows14.append([i + 1, _roles[i], p["name"], _org[i], p["mail"], p["tel"]])
M(14, "stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
  "project roster of nine members with personal mobiles and mail addresses to the client",
  charset="iso-2022-jp", sender=S("kiryu"), to=[HOKUTO],
  subject="会員基盤刷新プロジェクト 体制表（第2版）の送付",
  body=f"""北斗ホールディングス株式会社
情報システム部　原田様

お世話になっております。日の出産業 受託開発部の桐生です。
ご依頼の体制表（第2版）をお送りいたします。
緊急時の連絡先として、各メンバーの携帯番号も追記しております。

よろしくお願いいたします。
{sig("kiryu")}""",
  attachments=[{"kind": "xlsx", "name": "体制表_会員基盤刷新_v2.xlsx",
                "sheets": {"体制図": [["会員基盤刷新プロジェクト 体制図"], ["PM", "日の出産業"],
                                       ["開発チーム", "7名"], ["テストチーム", "1名"]],
                           "連絡先一覧": [["会員基盤刷新プロジェクト メンバー連絡先"]] + _rows14}}])

# 015 — reply; the member list is only in the quoted original
_g15 = people(5)
_q15 = "\n".join(f"> {p['name']}\u3000{p['tel']}" for p in _g15)
M(15, "pass", [], [],
  "reply confirming the client's own emergency list; the list is only in the quoted text",
  charset="iso-2022-jp", sender=S("okamoto"), to=[KAWASAKI],
  subject="Re: 緊急連絡網のご確認",
  body=f"""松岡様

ご連絡ありがとうございます。日の出産業の岡本です。
いただいた緊急連絡網、内容に相違ございません。
12月以降も同じ体制で進めさせていただきます。

引き続きよろしくお願いいたします。
{sig("okamoto", 4)}

2024年11月5日(火) 18:02 松岡 孝之 <t-matsuoka@kawasaki-denki.co.jp>:
> 岡本様
>
> 現在の常駐メンバーの緊急連絡先を以下のとおり把握しております。
> 誤りがあればご指摘ください。
>
{_q15}
>
> 川崎電機 情報システム部 松岡""")

# 016 — residence card number of a foreign engineer
M(16, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"], ["personal_data"],
  "a foreign engineer's 在留カード number and date of birth for a site pass",
  charset="utf-8", sender=S("morishita"), to=[TSUBASA_NYUKAN],
  subject="外国籍要員の入館手続きについて",
  body=f"""ツバサシステム 入館受付 ご担当者様

お世話になっております。日の出産業の森下です。
12/2より参画予定の外国籍要員について、本人確認書類の情報をご連絡いたします。

　氏名　　　　　：グエン・ヴァン・ミン（NGUYEN VAN MINH）
　生年月日　　　：1996年3月14日
　在留カード番号：{residence_card()}
　在留資格　　　：技術・人文知識・国際業務
　在留期間満了日：2027年3月20日

当日は在留カード原本を持参させます。
よろしくお願いいたします。
{sig("morishita")}""")

# 017 — invoice with T-number and the company account
M(17, "pass", ["JP_CORPORATE_NUMBER"], [],
  "ordinary monthly invoice: invoice number, company T-number and company bank account",
  charset="iso-2022-jp", sender=S("murai"), to=["ツバサシステム 経理部 <keiri@tsubasa-system.jp>"],
  cc=[S("okamoto")],
  subject="【請求書送付】2024年10月分 技術支援業務（請求番号 HS-2410-0387）",
  body=f"""株式会社ツバサシステム
経理部 御中

いつもお世話になっております。日の出産業 経理課の村井です。
2024年10月分の請求書をPDFにてお送りいたします。

　請求番号：HS-2410-0387
　注文番号：TS-PO-24-1152
　ご請求額：1,089,000円（税込）
　お支払期日：2024年12月31日

ご査収のほど、よろしくお願いいたします。
{sig("murai", 3)}""",
  attachments=[{"kind": "pdf", "name": "請求書_HS-2410-0387.pdf", "title": "請求書",
                "lines": ["請求書", "株式会社ツバサシステム 御中", "請求番号 HS-2410-0387",
                          f"日の出産業株式会社　登録番号 {HINODE_T}",
                          "振込先：みどり銀行 浜松町支店 当座 0482105 ヒノデサンギヨウ（カ",
                          ""],
                "table": [["品目", "作業者", "稼働時間", "金額"],
                          ["技術支援（決済基盤）", "高畑 諒", "168.5h", "990,000"],
                          ["消費税(10%)", "", "", "99,000"], ["合計", "", "", "1,089,000"]]}])

# 018 — health check findings of five engineers to an outside occupational health service
_g18 = people(5)
_find = [("血圧高値", "要再検査", "通常勤務"), ("肝機能異常（γ-GTP高値）", "要精密検査", "通常勤務"),
         ("糖尿病の疑い（HbA1c 7.2）", "要治療", "就業制限（残業禁止）"),
         ("心電図異常（不整脈）", "要精密検査", "要面談"), ("脂質異常症", "要治療", "通常勤務")]
_rows18 = [["有所見者一覧（2024年度 定期健康診断）"], ["社員番号", "氏名", "年齢", "所見", "判定", "就業区分（案）"]]
for p, f in zip(_g18, _find):
    _rows18.append([f"H{R.randint(1000, 1999)}", p["name"], p["age"], f[0], f[1], f[2]])
M(18, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "health check findings of five named engineers to an outside occupational health provider",
  charset="cp932", sender=S("hasegawa"), to=["産業保健サポート 鈴村様 <suzumura@sanpo-support.co.jp>"],
  subject="有所見者の就業判定のお願い（2024年度定期健診）",
  body=f"""産業保健サポート株式会社
鈴村様

いつもお世話になっております。日の出産業 総務人事課の長谷川です。
今年度の定期健康診断で所見のあった5名について、産業医の先生に就業判定を
お願いしたく、一覧をお送りします。
面談が必要な者については日程をご指示ください。
{sig("hasegawa", 3)}""",
  attachments=[{"kind": "xlsx", "name": "有所見者一覧_2024.xlsx", "sheets": {"有所見者": _rows18}}])

# 019 — internal: health check follow-up list
_g19 = people(6)
_t19 = "\n".join(f"・{p['name']}（{R.choice(['第1技術課', '第2技術課', '受託開発部'])}）…"
                 f"{R.choice(['高血圧で要再検査', '胸部X線 要精密検査', '未受診', '貧血 要再検査', '未受診', '血糖値 要治療'])}"
                 for p in _g19)
M(19, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
  "health check follow-up list of named staff, but sent only inside the company",
  charset="iso-2022-jp", sender=S("hasegawa"), to=[S("himuro")], cc=[S("okamoto"), S("morishita")],
  subject="【社内限】健診の再検査・未受診者のフォローについて",
  body=f"""氷室部長
（cc：岡本さん、森下さん）

お疲れさまです。総務人事課の長谷川です。
SES事業部の定期健診について、再検査対象・未受診の方が以下のとおりです。
客先常駐の方が多いので、営業からも受診を促していただけますと助かります。

{_t19}

12月20日までに受診結果の提出をお願いしています。
長谷川""")

# 020 — interview results of seven candidates to a recruiting agency
_g20 = people(7, rare=1)
_rows20 = [["候補者ID", "氏名", "電話番号", "メールアドレス", "一次面接日", "結果", "コメント"]]
_res = ["通過", "見送り", "通過", "保留", "見送り", "通過", "見送り"]
for i, p in enumerate(_g20):
    _rows20.append([f"CB-{24110 + i}", p["name"], p["tel"], p["mail"], f"2024/11/{5 + i}", _res[i],
                    R.choice(["コミュニケーション良好", "経験年数不足", "Java経験豊富", "希望年収乖離", ""])])
M(20, "stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
  "CSV of seven candidates with phone and mail back to the recruiting agency",
  charset="utf-8", sender=S("nishino"), to=[CAREER],
  subject="11月一次面接 結果一覧のご送付",
  body=f"""キャリアブリッジ株式会社
佐野様

いつもお世話になっております。日の出産業 採用グループの西野です。
11月前半に実施した一次面接の結果を一覧にまとめましたのでお送りします。
通過の方には二次面接の候補日を別途ご連絡いたします。
{sig("nishino", 1)}""",
  attachments=[{"kind": "csv", "name": "一次面接結果_202411.csv", "rows": _rows20}])

# 021 — interview schedule for two candidates
M(21, "pass", [], [],
  "interview slots for two candidates named with times only: ordinary agency mail",
  charset="iso-2022-jp", sender=S("nishino"), to=[CAREER],
  subject="Re: 二次面接日程のご調整",
  body=f"""佐野様

お世話になっております。西野です。
二次面接の日程、下記にて確定とさせてください。

　・小鳥遊 千尋 様　11月12日(火) 10:00～11:00（オンライン）
　・猪狩 康平 様　　11月13日(水) 15:00～16:00（弊社浜松町オフィス）

オンラインのURLは前日までにお送りいたします。
どうぞよろしくお願いいたします。
{sig("nishino", 4)}

> 西野様
> お世話になっております。キャリアブリッジの佐野です。
> お二人とも上記日程で参加可能とのことです。""")

# 022 — HTML-only table of five BP engineers with mobile and mail
_g22 = people(5)
_tr22 = "".join(
    f"<tr><td>{p['name']}</td><td>{p['age']}</td><td>{p['station']}</td><td>{p['tel']}</td>"
    f"<td>{p['mail']}</td></tr>" for p in _g22)
M(22, "stop", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"], ["personal_data"],
  "HTML table of five candidate engineers with their personal mobiles and mail to the client",
  charset="utf-8", sender=S("okamoto"), to=[KAWASAKI],
  subject="面談候補者のご連絡（5名）",
  html=f"""<html><body>
<p>川崎電機株式会社<br>松岡様</p>
<p>お世話になっております。日の出産業の岡本です。<br>
来週の面談候補者5名をお知らせいたします。面談URLは各自へ直接お送りいただいて構いません。</p>
<table border="1" cellpadding="4">
<tr><th>氏名</th><th>年齢</th><th>最寄駅</th><th>携帯</th><th>メール</th></tr>
{_tr22}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 SES事業部 営業一課<br>岡本 拓海<br>TEL 03-5401-2210</p>
</body></html>""")

# 023 — three freelancers on free mail in To
M(23, "stop", [], ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
  "project offer to three freelancers' private addresses in To: each can see the others",
  charset="utf-8", sender=S("sugawara"),
  to=["上田 駿 <ueda.shun1988@gmail.com>", "m_kadowaki@yahoo.co.jp", "星野 蓮 <ren.hoshino@icloud.com>"],
  subject="【新着案件】SRE（Kubernetes／GCP）フルリモート",
  body=f"""フリーランスエンジニアの皆さま

いつもお世話になっております。日の出産業の菅原です。
以前ご登録いただいたスキルにマッチしそうな案件がありましたのでご案内します。

・業務：SaaS基盤のSRE（GKE運用、Terraform、監視設計）
・期間：2025年1月～長期
・場所：フルリモート（月1回 渋谷出社）
・単価：80～90万円／月（140-180h）

ご興味があれば、今週金曜までにこのメールへご返信ください。
{sig("sugawara", 1)}""")

# 024 — one freelancer: contract renewal
M(24, "pass", [], ["freemail_recipient"],
  "contract renewal notice to one freelancer on free mail; nothing sensitive",
  charset="iso-2022-jp", sender=S("sugawara"), to=["釘宮 圭 <kei.kugimiya.dev@gmail.com>"],
  subject="業務委託契約更新のご案内（2025年1月～3月）",
  body=f"""釘宮さん

いつもありがとうございます。日の出産業の菅原です。
現在ご参画いただいている物流システム案件について、先方より延長のご依頼をいただきました。

　契約期間：2025年1月1日～2025年3月31日
　単価　　：月額680,000円（税別）
　精算幅　：140h～180h（上下割）
　支払サイト：月末締め翌月末払い

条件に問題なければ、電子契約のURLを来週お送りします。
ご不明点はお気軽にどうぞ。
{sig("sugawara", 4)}""")

# 025 — look-alike of the own domain (hinode-sangyou.co.jp)
M(25, "stop", [], ["lookalike_domain"],
  "the engineer sends his timesheet to hinode-sangyou.co.jp, a look-alike of the own domain",
  charset="cp932", sender=S("takahata"), to=["管理部 勤怠担当 <kintai@hinode-sangyou.co.jp>"],
  subject="勤務表提出（2024年11月／高畑）",
  body="""勤怠ご担当者様

お疲れさまです。SES事業部の高畑です。
11月分の勤務表を提出します。客先承認済みです。

高畑""",
  attachments=[{"kind": "xls", "name": "勤務表_202411_高畑.xls",
                "sheets": {"11月": [["日付", "開始", "終了", "休憩", "実働"],
                                    ["11/1", "9:00", "18:00", "1:00", "8:00"],
                                    ["11/5", "9:00", "19:30", "1:00", "9:30"],
                                    ["11/6", "9:00", "18:00", "1:00", "8:00"],
                                    ["合計", "", "", "", "162:30"]]}}])

# 026 — monthly work report to the client leader, internal cc
M(26, "pass", [], [],
  "monthly work report PDF (tasks and hours of the sender) to the client leader",
  charset="iso-2022-jp", sender=S("takahata"), to=[TSUBASA_LEAD], cc=[S("okamoto")],
  subject="11月度 作業報告書のご送付",
  body="""野口さん

お疲れさまです。高畑です。
11月度の作業報告書をお送りします。
今月は障害対応で残業が多く、合計176.0hとなっております。
内容ご確認のうえ、問題なければ承認をお願いいたします。

高畑""",
  attachments=[{"kind": "pdf", "name": "作業報告書_202411.pdf", "title": "作業報告書",
                "lines": ["作業報告書（2024年11月度）", "案件：決済基盤 追加開発", "作業者：高畑 諒", ""],
                "table": [["作業項目", "工数(h)"], ["詳細設計レビュー対応", "24.0"],
                          ["結合テスト", "96.0"], ["障害対応（#431）", "38.0"], ["定例会", "18.0"],
                          ["合計", "176.0"]]}])

# 027 — look-alike kawasaki-denki.com, three on-call contacts
_g27 = people(3)
M(27, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["lookalike_domain", "personal_data"],
  "kawasaki-denki.com is a TLD-swap look-alike of the partner kawasaki-denki.co.jp",
  charset="iso-2022-jp", sender=S("okamoto"), to=["松岡 孝之 <t-matsuoka@kawasaki-denki.com>"],
  subject="年末年始の休日当番について",
  body=f"""松岡様

お世話になっております。日の出産業の岡本です。
年末年始のシステム停止期間中の休日当番をお知らせします。

  12/29-12/31  {_g27[0]["name"]}  {_g27[0]["tel"]}
  1/1-1/2      {_g27[1]["name"]}  {_g27[1]["tel"]}
  1/3          {_g27[2]["name"]}  {_g27[2]["tel"]}

よろしくお願いいたします。
{sig("okamoto", 1)}""")

# 028 — internal 部外秘 price sheet attached by mistake
M(28, "stop", [], ["confidential_marking"],
  "an internal cost/price sheet stamped 部外秘 is attached to a quotation for the client",
  charset="cp932", sender=S("okamoto"), to=[HOKUTO],
  subject="お見積書送付の件（追加開発 要員2名）",
  body=f"""原田様

お世話になっております。日の出産業の岡本です。
ご依頼の追加開発要員2名分のお見積書をお送りいたします。
ご検討のほどよろしくお願いいたします。
{sig("okamoto")}""",
  attachments=[{"kind": "pdf", "name": "御見積書_HS-Q-24-219.pdf",
                "lines": ["御見積書", "見積番号 HS-Q-24-219", "SE 1名 月額 850,000円",
                          "PG 1名 月額 650,000円"]},
               {"kind": "xlsx", "name": "要員別単価表_2024下期.xlsx", "page_header": "部外秘",
                "title": "要員別 仕入単価・販売単価一覧（部外秘）",
                "sheets": {"単価表": [["【部外秘】要員別 仕入単価・販売単価一覧"],
                                      ["要員コード", "スキル", "仕入単価", "販売単価", "粗利率"],
                                      ["E-0112", "Java SE", 620000, 850000, "27%"],
                                      ["E-0145", "PHP PG", 480000, 650000, "26%"],
                                      ["P-0031", "PMO", 780000, 1000000, "22%"]]}}])

# 029 — NDA discussion with a new client
M(29, "pass", [], [],
  "mail about an NDA draft with a new client, standard disclaimer: ordinary",
  charset="iso-2022-jp", sender=S("himuro"), to=["法務部 今井様 <imai@haruka-ss.co.jp>"],
  subject="秘密保持契約書（案）のご確認のお願い",
  body=f"""株式会社ハルカ製作所
法務部　今井様

平素より大変お世話になっております。日の出産業の氷室でございます。

受託開発のお見積りに先立ち、秘密保持契約書（案）をお送りいたします。
第5条（有効期間）につきましては、貴社ご要望の「契約終了後3年間」を反映しております。
第8条の損害賠償の上限についてご意見がございましたら、お知らせください。

ご確認のほど、よろしくお願い申し上げます。
{sig("himuro")}{DISC_JA}""",
  attachments=[{"kind": "docx", "name": "秘密保持契約書_案_ハルカ製作所.docx",
                "paragraphs": ["秘密保持契約書（案）",
                               "株式会社ハルカ製作所（以下「甲」という）と日の出産業株式会社（以下「乙」という）は、"
                               "甲乙間の受託開発の検討に関し開示される秘密情報の取扱いについて、以下のとおり契約を締結する。",
                               "第1条（秘密情報の定義）", "第5条（有効期間）本契約の有効期間は締結日から2年間とし、"
                               "秘密保持義務は契約終了後3年間存続する。"]}])

# 030 — password-protected PDF order acknowledgement
M(30, "stop", [], ["unscannable_attachment"],
  "注文請書 as a password-protected PDF: the guard cannot read it",
  charset="utf-8", sender=S("okamoto"), to=[HOKUTO],
  subject="注文請書のご送付（注文番号 HK-24-00871）",
  body=f"""原田様

お世話になっております。日の出産業の岡本です。
注文番号 HK-24-00871 の注文請書をお送りいたします。
PDFを開く際のパスワードは、お電話にてお伝えいたします。
{sig("okamoto", 1)}""",
  attachments=[{"kind": "pdf", "name": "注文請書_HK-24-00871.pdf", "password": "hk0871",
                "lines": ["注文請書", "注文番号 HK-24-00871", "業務内容 会員基盤刷新 追加開発"]}])

# 031 — plain ZIP with a CSV of eight visitors
_g31 = people(8)
_rows31 = [["氏名", "フリガナ", "生年月日", "会社名", "入館期間"]]
for p in _g31:
    _rows31.append([p["name"], p["kana"], seireki(p["dob"], 2), "日の出産業株式会社", "2025/1/6-2025/3/31"])
M(31, "stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
  "unencrypted ZIP holding a CSV of eight visitors with dates of birth, to the client",
  charset="iso-2022-jp", sender=S("kiryu"), to=["北国フーズ 総務部 入館担当 <nyukan@kitaguni-foods.co.jp>"],
  subject="本社棟 入館申請（基幹システム導入チーム 8名）",
  body=f"""北国フーズ株式会社
総務部 入館ご担当者様

お世話になっております。日の出産業の桐生です。
1月からの基幹システム導入作業にあたり、作業者8名の入館申請をお送りします。
ファイルは圧縮しておりますのでご展開ください。
{sig("kiryu", 1)}""",
  attachments=[{"kind": "zip", "name": "入館申請_日の出産業.zip",
                "files": [{"kind": "csv", "name": "nyukan_list.csv", "rows": _rows31}]}])

# 032 — attached (forwarded) client mail listing six people with mobiles
_g32 = people(6)
_b32 = "\n".join(f"　{i}. {p['name']}（{R.choice(['ツバサシステム', '日の出産業', 'アークライン'])}）　携帯 {p['tel']}"
                 for i, p in enumerate(_g32, 1))
M(32, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
  "forwards, as an attached mail, the client's list of six work witnesses with mobiles to a BP",
  charset="cp932", sender=S("sugawara"), to=[ARCLINE],
  subject="FW: 本番切替作業の立会者について",
  body=f"""小川様

お世話になっております。菅原です。
元請のツバサシステム様から届いた、本番切替当日の立会者の連絡を添付で転送します。
当日の連絡はこちらの連絡先でお願いします。
{sig("sugawara", 4)}""",
  attachments=[{"kind": "eml", "name": "本番切替作業の立会者について.eml",
                "message": {"charset": "iso-2022-jp", "sender": TSUBASA,
                            "to": [S("sugawara")], "subject": "本番切替作業の立会者について",
                            "body": f"""菅原様

お世話になっております。ツバサシステムの石原です。
12/14(土) 本番切替作業の立会者は以下のとおりです。

{_b32}

当日22時に北棟3F作業室集合でお願いします。
石原"""}}])

# 033 — three-way meeting: client and one BP (two organisations)
M(33, "pass", [], ["multiple_external_domains"],
  "a normal three-way meeting mail with the client and one partner company",
  charset="iso-2022-jp", sender=S("okamoto"), to=[TSUBASA], cc=[KOTOBUKI, S("sugawara")],
  subject="【日程調整】要員交代に関する三者打合せ",
  body=f"""ツバサシステム 石原様
寿テック 江口様
（cc：弊社 菅原）

お世話になっております。日の出産業の岡本です。
1月の要員交代について、三者で打合せの場を設けさせてください。

候補日：
　①12月3日(火) 14:00～15:00
　②12月4日(水) 10:00～11:00
　③12月5日(木) 16:00～17:00

ご都合のよい日時をお知らせいただけますと幸いです。
場所はツバサシステム様 会議室、またはTeamsを想定しております。
{sig("okamoto")}""")

# 034 — invoice workbook with a staff master sheet left in it
_g34 = people(10, rare=1)
_master = [["社員マスタ（SES事業部）"], ["社員番号", "氏名", "生年月日", "自宅住所", "携帯電話", "入社日"]]
for i, p in enumerate(_g34):
    _master.append([f"HS{2100 + i * 7}", p["name"], seireki(p["dob"]), p["addr"], p["tel"],
                    f"20{R.randint(12, 23)}/04/01"])
M(34, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_CORPORATE_NUMBER"],
  ["personal_data"],
  "invoice workbook still holds a staff master sheet: ten engineers' DOB, home address and mobile",
  charset="iso-2022-jp", sender=S("murai"), to=["川崎電機 経理部 <keiri@kawasaki-denki.co.jp>"],
  subject="11月分 ご請求書（Excel版）送付の件",
  body=f"""川崎電機株式会社
経理部 ご担当者様

いつもお世話になっております。日の出産業の村井です。
貴社システムへの取込用に、11月分のご請求明細をExcelでお送りいたします。
PDF版の請求書は別途郵送いたします。
{sig("murai", 3)}""",
  attachments=[{"kind": "xlsx", "name": "請求明細_202411_川崎電機様.xlsx",
                "sheets": {"請求明細": [["請求明細（2024年11月分）"],
                                        ["請求番号", "HS-2411-0402", "登録番号", HINODE_T],
                                        ["品目", "作業者", "稼働時間", "金額"],
                                        ["インフラ更改支援", _g34[0]["name"], "160.0", 780000],
                                        ["インフラ更改支援", _g34[1]["name"], "152.5", 780000]],
                           "社員マスタ": _master}}])

# 035 — one block per candidate: five BP engineers with DOB and mobile
_g35 = people(5, rare=1)
_b35 = "\n\n".join(
    f"■候補{i}\n氏名　　：{p['name']}（{p['kana']}）\n生年月日：{wareki(p['dob'], 1)}\n"
    f"最寄駅　：{p['station']}\n携帯　　：{p['tel']}\n所属　　：{R.choice(['寿テック', 'アークライン', '個人事業主'])}"
    for i, p in enumerate(_g35, 1))
M(35, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], ["personal_data"],
  "five candidates, one block each, with date of birth and personal mobile, to the client",
  charset="iso-2022-jp", sender=S("sugawara"), to=[HOKUTO],
  subject="追加要員 候補者のご紹介（5名）",
  body=f"""原田様

お世話になっております。日の出産業の菅原です。
追加要員の件、パートナー含め5名の候補をご紹介いたします。
面談日程は各自に直接ご連絡いただいて差し支えございません。

{_b35}

何卒よろしくお願いいたします。
{sig("sugawara")}""")

# 036 — the same kind of offer, everyone in Bcc
M(36, "pass", [], [],
  "project offer to partner companies with every partner in Bcc (To is the sender)",
  charset="iso-2022-jp", sender=S("sugawara"), to=[S("sugawara")],
  bcc=[KOTOBUKI, ARCLINE, SORA, NEXA, MINATO, "info@bluepeak-it.com"],
  subject="【案件情報】製造業向け 生産管理パッケージ導入（名古屋）",
  body=f"""パートナー各位（Bccにて失礼いたします）

いつもお世話になっております。日の出産業 パートナー推進室の菅原です。

【案件】生産管理パッケージ導入支援
【業務】要件定義～導入テスト、ユーザー教育
【場所】名古屋市中村区（初月は常駐、以降一部リモート）
【期間】2025年2月～9月
【単価】～70万円
【人数】2名

ご提案可能な方がいらっしゃいましたら、スキルシートを添えてご返信ください。
{sig("sugawara", 1)}""")

# 037 — English: passport numbers of five engineers to the offshore partner
_g37 = people(5)
_rows37 = "\n".join(f"{i}. {p['ROMAJI']:<22} DOB {seireki(p['dob'], 2)}   Passport No. {passport()}   Exp. 20{R.randint(27, 34)}-0{R.randint(1, 9)}-15"
                    for i, p in enumerate(_g37, 1))
M(37, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"], ["personal_data"],
  "passport numbers and dates of birth of five engineers sent to an overseas partner",
  charset="utf-8", sender=S("kiryu"), to=["Pham Thu Ha <ha.pham@lotusdev.com>"],
  subject="Business trip to Hanoi - invitation letters for our team",
  body=f"""Dear Ms. Ha,

Thank you for arranging the on-site training in Hanoi next February.
For the invitation letters and the hotel booking, please find our members' details below.

{_rows37}

Could you send the invitation letters by January 10?
{sig("kiryu", 2)}""")

# 038 — full-width emergency call list of five site members
_g38 = people(5, rare=1)
_rows38 = [["氏名", "担当", "携帯番号"]]
for p in _g38:
    _rows38.append([p["name2"], R.choice(["運用リーダー", "サーバ担当", "NW担当", "DB担当", "運用担当"]),
                    fw(p["tel"])])
M(38, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
  "emergency call list of five site members with personal mobiles (full-width digits) to the client",
  charset="iso-2022-jp", sender=S("okamoto"), to=["東都ロジスティクス 総務部 <somu@toto-logi.co.jp>"],
  subject="常駐メンバー 緊急連絡網の提出",
  body=f"""東都ロジスティクス株式会社
総務部　ご担当者様

お世話になっております。日の出産業の岡本です。
ご依頼いただきました常駐メンバーの緊急連絡網を提出いたします。

{table(_rows38, sep="　　", rule="－")}

夜間・休日の障害時は上から順にご連絡ください。
{sig("okamoto")}""")

# 039 — 和暦 dates of birth of six engineers to an insurance agency
_g39 = people(6)
_l39 = "\n".join(f"{p['name']},{p['kana']},{wareki(p['dob'], 0 if i % 2 else 2)},{p['sex']}"
                 for i, p in enumerate(_g39))
M(39, "stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
  "six engineers' names with 和暦 dates of birth sent to an insurance agency",
  charset="cp932", sender=S("hasegawa"), to=["保険プラザ 法人営業部 <hojin@hoken-plaza.co.jp>"],
  subject="団体傷害保険 追加加入者のご連絡",
  body=f"""株式会社保険プラザ
法人営業部 ご担当者様

いつもお世話になっております。日の出産業 総務人事課の長谷川です。
12月1日付で加入者を追加したく、対象者をご連絡いたします。

氏名,フリガナ,生年月日,性別
{_l39}

加入申込書の様式がございましたらお送りください。
{sig("hasegawa", 3)}""")

# 040 — emergency contacts (family) of five engineers to the client
_g40 = people(5)
_t40 = "\n".join(f"{p['name']}\t{R.choice(['妻', '母', '父', '夫', '兄'])}\t{p['sei']} {R.choice(MEI)[0]}\t{phone()}"
                 for p in _g40)
M(40, "stop", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
  "family emergency contacts of five engineers (names, relation, phone) sent to the client",
  charset="utf-8", sender=S("morishita"), to=[KAWASAKI],
  subject="常駐者の緊急連絡先（ご家族）について",
  body=f"""松岡様

お世話になっております。森下です。
BCP訓練に伴いご依頼のあった、常駐者のご家族連絡先をお送りします。
（Excelから貼り付けのため見づらく申し訳ありません）

氏名\t続柄\t連絡先氏名\t電話番号
{_t40}

取扱いにはご注意いただけますと幸いです。
{sig("morishita", 1)}""")

# 041 — reply: new text discloses a depression diagnosis
M(41, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "the new text of a reply tells the client a named engineer is on leave for うつ病",
  charset="iso-2022-jp", sender=S("okamoto"), to=[HOKUTO],
  subject="Re: 鈴木さんの復帰見込みについて",
  body=f"""原田様

ご心配をおかけしております。岡本です。
鈴木 雄介につきましては、主治医よりうつ病との診断を受けており、
現在は通院しながら自宅療養中です。復職可否は1月中旬の診察で判断される見込みです。

それまでの間は、先日ご紹介したＴ．Ｉが引き続き代替で対応いたします。
{sig("okamoto", 4)}

-----Original Message-----
From: 原田 純一 <harada.j@hokuto-hd.co.jp>
Sent: Monday, December 2, 2024 9:41 AM
To: 岡本 拓海 <t-okamoto@hinode-sangyo.co.jp>
Subject: 鈴木さんの復帰見込みについて

岡本さん

お休み中の鈴木さんの復帰見込みについて、差し支えない範囲で教えてください。
体制の検討に必要なため、よろしくお願いします。

原田""")

# 042 — medical certificate PDF of one engineer
_p42 = person()
M(42, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"], ["personal_data"],
  "a named engineer's 診断書 (diagnosis, date of birth) attached for the client",
  charset="cp932", sender=S("morishita"), to=[TSUBASA],
  subject="弊社要員の長期欠勤について（診断書送付）",
  body=f"""石原様

お世話になっております。日の出産業の森下です。
お電話でお伝えした{_p42["sei"]}の欠勤の件、ご要望に従い診断書の写しをお送りいたします。
復帰は早くとも1月中旬の見込みです。
ご迷惑をおかけし申し訳ございません。
{sig("morishita")}""",
  attachments=[{"kind": "pdf", "name": f"診断書_{_p42['sei']}.pdf", "title": "診断書",
                "lines": ["診　断　書", f"氏名　{_p42['name']}　殿", f"生年月日　{wareki(_p42['dob'])}",
                          "病名　腰椎椎間板ヘルニア",
                          "上記の疾病により、本日より約4週間の安静加療を要するものと診断する。",
                          "令和6年11月28日", "はまかぜ整形外科クリニック　医師　梶原 学"]}])

# 043 — work accident at the client site (either)
M(43, "either", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "injury (骨折) of a named engineer at the client's site, reported to the client's safety office: "
  "the client must know, but it is a diagnosis",
  charset="iso-2022-jp", sender=S("okamoto"), to=["川崎電機 安全衛生課 <anzen@kawasaki-denki.co.jp>"],
  cc=[KAWASAKI],
  subject="【ご報告】貴社構内での弊社要員の負傷について",
  body=f"""川崎電機株式会社
安全衛生課 ご担当者様

お世話になっております。日の出産業の岡本です。
昨日11月20日 18時頃、貴社本館B階段にて弊社要員 御手洗 航 が足を踏み外し転倒いたしました。
近隣の整形外科を受診し、右足関節の骨折（全治6週間）との診断を受けております。

弊社にて労災の手続きを進めております。貴社側での事故報告に必要な情報があれば
お知らせください。
{sig("okamoto")}""")

# 044 — interview schedule: client and two BPs in To
M(44, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
  "interview schedule mailed to the client and two partner companies in To: three organisations visible",
  charset="utf-8", sender=S("sugawara"), to=[HOKUTO, KOTOBUKI, SORA],
  subject="【面談日程確定】会員基盤刷新 追加要員",
  body=f"""北斗ホールディングス 原田様
寿テック 江口様
ソラエンジニアリング 竹内様

お世話になっております。日の出産業の菅原です。
追加要員の面談日程が確定しましたのでご連絡します。

・12/10(火) 13:00～  Ｒ．Ｙさん（寿テック様ご所属）
・12/10(火) 14:00～  Ｄ．Ｋさん（ソラエンジニアリング様ご所属）

オンライン（Teams）にて実施します。URLは前日までにお送りします。
{sig("sugawara", 1)}""")

# 045 — month-end timesheet reminder: four BPs in Cc
M(45, "stop", [], ["external_recipients_visible", "multiple_external_domains"],
  "month-end reminder with four partner companies' contacts visible in Cc",
  charset="iso-2022-jp", sender=S("sugawara"), to=[S("sugawara")],
  cc=[KOTOBUKI, ARCLINE, SORA, NEXA],
  subject="【ご依頼】11月分 作業報告書・請求書のご提出について",
  body=f"""パートナー各社 ご担当者様

いつもお世話になっております。日の出産業の菅原です。
11月分の作業報告書および請求書のご提出をお願いいたします。

　提出期限：12月3日（火）必着
　提出方法：パートナーポータルへのアップロード
　注意事項：作業報告書には客先責任者の承認欄の記入をお願いします

期限を過ぎますとお支払いが翌月にずれる場合がございます。
ご協力のほどよろしくお願いいたします。
{sig("sugawara")}""")

# 046 — look-alike of the partner bank (midori-ginkou.co.jp)
_g46 = people(2)
M(46, "stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["lookalike_domain", "personal_data"],
  "midori-ginkou.co.jp is a look-alike of the partner midori-ginko.co.jp",
  charset="cp932", sender=S("okamoto"), to=["dc-security@midori-ginkou.co.jp"],
  subject="府中DC 追加入館申請（2名）",
  body=f"""みどり銀行 データセンター入館管理ご担当者様

お世話になっております。日の出産業の岡本です。
下記2名の追加入館をお願いいたします。

　{_g46[0]["name"]}　{seireki(_g46[0]["dob"], 1)}生
　{_g46[1]["name"]}　{seireki(_g46[1]["dob"], 1)}生

よろしくお願いいたします。
{sig("okamoto", 1)}""")

# 047 — look-alike of the law firm (shirakawa-law.co.jp)
M(47, "stop", [], ["lookalike_domain"],
  "shirakawa-law.co.jp is a look-alike (co. added) of the partner law firm shirakawa-law.jp",
  charset="iso-2022-jp", sender=S("himuro"), to=["白川 敬介 <k.shirakawa@shirakawa-law.co.jp>"],
  subject="業務委託基本契約書（フリーランス向け）改定案のレビュー依頼",
  body=f"""白川先生

いつも大変お世話になっております。日の出産業の氷室です。
フリーランス新法の施行に合わせ、個人事業主向けの業務委託基本契約書を改定いたしました。
改定案を添付いたしますので、ご確認いただけますでしょうか。
特に第7条（報酬の支払期日）と第12条（中途解約）についてご意見を賜りたく存じます。
{sig("himuro")}""",
  attachments=[{"kind": "docx", "name": "業務委託基本契約書_改定案_v3.docx",
                "paragraphs": ["業務委託基本契約書（改定案）", "第7条（報酬の支払期日）",
                               "報酬は成果物の受領日から60日以内に支払う。", "第12条（中途解約）",
                               "各当事者は30日前までに書面で通知することにより本契約を解約できる。"]}])

# 048 — homoglyph look-alike (tsubasa-systern.jp) on an invoice
M(48, "stop", ["JP_CORPORATE_NUMBER"], ["lookalike_domain"],
  "tsubasa-systern.jp ('rn' for 'm') is a look-alike of the partner tsubasa-system.jp",
  charset="utf-8", sender=S("murai"), to=["ツバサシステム 経理部 <keiri@tsubasa-systern.jp>"],
  subject="【請求書送付】2024年11月分 技術支援業務（請求番号 HS-2411-0391）",
  body=f"""株式会社ツバサシステム
経理部 御中

いつもお世話になっております。日の出産業 経理課の村井です。
2024年11月分の請求書をお送りいたします。

　請求番号：HS-2411-0391
　ご請求額：2,068,000円（税込）
　登録番号：{HINODE_T}

ご査収のほどよろしくお願いいたします。
{sig("murai", 3)}""",
  attachments=[{"kind": "pdf", "name": "請求書_HS-2411-0391.pdf",
                "lines": ["請求書", "請求番号 HS-2411-0391", f"登録番号 {HINODE_T}", "ご請求額 2,068,000円"]}])

# 049 — English kickoff mail to the offshore partner
M(49, "pass", [], [],
  "English kickoff mail to an overseas partner with the standard disclaimer",
  charset="utf-8", sender=S("kiryu"), to=["Pham Thu Ha <ha.pham@lotusdev.com>"],
  cc=[S("himuro")],
  subject="Kickoff: Hokuto member portal - offshore testing phase",
  body=f"""Dear Ms. Ha,

Thank you for joining the project. Here is the plan for the offshore testing phase.

- Kickoff meeting: December 9, 10:00 JST (08:00 ICT), Microsoft Teams
- Scope: integration test of the member portal (about 420 test cases)
- Deliverables: test results and defect reports in the shared Backlog project
- Weekly status meeting: every Thursday 15:00 JST

Access to the test environment will be granted after your team signs our NDA.
Please let me know if you have any questions.
{sig("kiryu", 2)}{DISC_EN}""")

# 050 — corrupt DOCX security pledge
M(50, "stop", [], ["unscannable_attachment"],
  "the signed 誓約書 is attached as a damaged .docx that cannot be opened",
  charset="iso-2022-jp", sender=S("morishita"), to=["川崎電機 情報セキュリティ室 <security@kawasaki-denki.co.jp>"],
  subject="情報セキュリティ誓約書の提出（日の出産業）",
  body=f"""川崎電機株式会社
情報セキュリティ室 ご担当者様

お世話になっております。日の出産業の森下です。
1月から参画する要員の情報セキュリティ誓約書を提出いたします。
原本は本日郵送いたしました。
{sig("morishita", 1)}""",
  attachments=[{"kind": "corrupt", "name": "情報セキュリティ誓約書_日の出産業.docx"}])

# 051 — corrupt ZIP of skill sheets to the prime contractor
M(51, "stop", [], ["unscannable_attachment"],
  "a damaged ZIP of skill sheets sent to the prime contractor: cannot be inspected",
  charset="cp932", sender=S("okamoto"), to=[NEXA],
  subject="スキルシート一式（3名）送付",
  body=f"""ネクサソリューションズ株式会社
営業部 ご担当者様

お世話になっております。日の出産業の岡本です。
先日の保険系案件につきまして、弊社要員3名のスキルシートをお送りします。
（Ｈ．Ｎ／Ｋ．Ｓ／Ａ．Ｍ）
ご検討よろしくお願いいたします。
{sig("okamoto", 1)}""",
  attachments=[{"kind": "corrupt", "name": "スキルシート一式_日の出産業.zip"}])

# 052 — PPAP payment statement to a freelancer on gmail
M(52, "stop", [], ["unscannable_attachment", "freemail_recipient"],
  "encrypted ZIP (支払調書) to a freelancer's gmail address: content cannot be inspected",
  charset="iso-2022-jp", sender=S("murai"), to=["百目鬼 亮 <ryo.domeki@gmail.com>"],
  subject="2024年分 報酬の支払調書の送付",
  body=f"""百目鬼様

いつもお世話になっております。日の出産業 経理課の村井です。
2024年分の報酬、料金、契約金及び賞金の支払調書をお送りいたします。
確定申告の際にご利用ください。

パスワードは別途お送りします。
{sig("murai", 3)}""",
  attachments=[{"kind": "zip", "name": "支払調書_2024_百目鬼.zip", "password": "Dm2024#pay",
                "files": [{"kind": "pdf", "name": "支払調書_2024.pdf", "lines": ["支払調書", "百目鬼 亮"]}]}])

# 053 — forward of a freelancer's mail with his My Number and bank account
_p53 = person()
_bk53 = bank(_p53)
M(53, "stop", ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER", "JP_BANK_ACCOUNT"], ["personal_data"],
  "forwards a freelancer's own mail with his マイナンバー, address and bank account to the accountant",
  charset="utf-8", sender=S("murai"), to=[TAX],
  subject="Fwd: 新規契約に伴う情報のご提出",
  body=f"""小田切先生

お世話になっております。村井です。
12月から新たに契約したフリーランスの方の情報です。源泉の扱いのご確認をお願いします。

---------- Forwarded message ---------
From: {_p53["name"]} <{_p53["mail"]}>
Date: 2024年11月26日(火) 21:14
Subject: 新規契約に伴う情報のご提出
To: 村井 浩二 <k-murai@hinode-sangyo.co.jp>

村井様

お世話になります。{_p53["sei"]}です。
ご依頼の件、以下お送りします。

氏名：{_p53["name"]}
住所：〒{_p53["zip"]} {_p53["addr"]}
マイナンバー：{MN()}
振込先：{_bk53[0]} {_bk53[1]} {_bk53[2]} {_bk53[3]} {_p53["kana"]}

よろしくお願いいたします。""")

# 054 — interview feedback to an agency with an epilepsy history
_p54a, _p54b, _p54c = person(), person(rare=True), person()
M(54, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "feedback to the agency names a candidate's 既往歴 (てんかん) as a reason: 要配慮 of one person",
  charset="iso-2022-jp", sender=S("nishino"), to=[TECHAGENT],
  subject="書類選考・面接結果のご連絡（3名）",
  body=f"""テックエージェント株式会社
石黒様

お世話になっております。日の出産業の西野です。
ご紹介いただいた3名の結果をご連絡いたします。

1) {_p54a["name"]} 様：二次面接へお進みいただきたく存じます。
2) {_p54b["name"]} 様：面接時にご本人から申告のあったてんかんの既往歴を踏まえ、
   夜間の障害当番を伴う本ポジションは難しいと判断し、今回は見送りとさせてください。
3) {_p54c["name"]} 様：経験年数が要件に届かず、見送りとさせてください。

引き続きよろしくお願いいたします。
{sig("nishino")}""")

# 055 — DOCX table of five pledges with home addresses
_g55 = people(5, rare=1)
_t55 = [["No", "氏名", "現住所", "提出日", "備考"]]
for i, p in enumerate(_g55, 1):
    _t55.append([i, p["name"], f"〒{p['zip']} {p['addr']}", f"2024/11/{10 + i}", ""])
M(55, "stop", ["PERSON_NAME", "JP_ADDRESS"], ["personal_data"],
  "DOCX list of five engineers who signed the security pledge, with their home addresses",
  charset="utf-8", sender=S("hasegawa"), to=["川崎電機 情報セキュリティ室 <security@kawasaki-denki.co.jp>"],
  subject="秘密保持誓約書 提出者一覧の送付",
  body=f"""川崎電機株式会社
情報セキュリティ室 ご担当者様

お世話になっております。日の出産業 総務人事課の長谷川です。
貴社常駐要員の秘密保持誓約書の提出者一覧をお送りいたします。
誓約書原本は弊社にて保管しております。
{sig("hasegawa", 3)}""",
  attachments=[{"kind": "docx", "name": "秘密保持誓約書_提出者一覧.docx",
                "paragraphs": ["秘密保持誓約書 提出者一覧", "日の出産業株式会社 2024年11月"],
                "tables": [_t55]}])

# 056 — standard rate card to a client
M(56, "pass", [], [],
  "standard rate card by skill level (a price list): no personal data",
  charset="cp932", sender=S("okamoto"), to=["北国フーズ 情報システム課 <it@kitaguni-foods.co.jp>"],
  subject="技術者派遣・準委任 標準単価表のご送付",
  body=f"""北国フーズ株式会社
情報システム課 ご担当者様

お世話になっております。日の出産業の岡本です。
先日ご要望いただいた、弊社の標準単価表をお送りいたします。

  区分              月額単価（税別）   精算幅
  ---------------------------------------------
  PM                1,100,000円～     140-180h
  PL/上級SE           900,000円～     140-180h
  SE                  750,000円～     140-180h
  PG                  580,000円～     140-180h
  テスター             450,000円～     固定

案件内容により個別にお見積りいたします。
{sig("okamoto")}""",
  attachments=[{"kind": "pdf", "name": "標準単価表_2025.pdf",
                "lines": ["標準単価表（2025年度）", "日の出産業株式会社 SES事業部"],
                "table": [["区分", "月額単価", "精算幅"], ["PM", "1,100,000〜", "140-180h"],
                          ["SE", "750,000〜", "140-180h"], ["PG", "580,000〜", "140-180h"]]}])

# 057 — PDF table: seven members with mail and mobile
_g57 = people(7)
_t57 = [["社員番号", "氏名", "メール", "携帯"]]
for i, p in enumerate(_g57):
    _t57.append([f"HS{3000 + i * 13}", p["name"], p["mail"], p["tel"]])
M(57, "stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
  "PDF table of seven project members with private mail and mobile to the hotel client",
  charset="iso-2022-jp", sender=S("kiryu"), to=["さくらホテル 情報システム部 <it-dept@sakura-hotel.jp>"],
  subject="予約システム更改 要員一覧（PDF）",
  body=f"""さくらホテル株式会社
情報システム部 ご担当者様

お世話になっております。日の出産業の桐生です。
予約システム更改プロジェクトの要員一覧をPDFでお送りします。
VPNアカウント発行の際にご利用ください。
{sig("kiryu", 1)}""",
  attachments=[{"kind": "pdf", "name": "要員一覧_予約システム更改.pdf", "title": "要員一覧",
                "page_footer": "日の出産業株式会社",
                "lines": ["予約システム更改プロジェクト 要員一覧", ""], "table": _t57}])

# 058 — the partner registry shared with another BP (UTF-8 CSV)
_g58 = people(6, rare=2)
_rows58 = [["氏名", "フリガナ", "メール", "携帯", "主スキル", "希望単価"]]
for p in _g58:
    _rows58.append([p["name"], p["kana"], p["mail"], p["tel"],
                    R.choice(["Java", "PHP", "AWS", "Python", "C#", "PMO"]), f"{R.randint(55, 90)}万"])
M(58, "stop", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["personal_data"],
  "registry of six freelance engineers with private mail and mobile shared with another BP",
  charset="utf-8", sender=S("sugawara"), to=["ミナトデジタル 坂口様 <" + MINATO + ">"],
  subject="稼働可能なフリーランス人材の共有",
  body=f"""ミナトデジタル株式会社
坂口様

お世話になっております。日の出産業の菅原です。
先日お話しした相互紹介の件、弊社に登録のある稼働可能な方の一覧をお送りします。
ご関心のある方がいれば直接ご連絡いただいて構いません。
{sig("sugawara", 4)}""",
  attachments=[{"kind": "csv", "name": "available_freelancers.csv", "encoding": "utf-8", "rows": _rows58}])

# 059 — 【社外秘】 marked mail to a BP
M(59, "stop", [], ["confidential_marking"],
  "mail marked 【社外秘】 in subject and body sent to a partner company",
  charset="iso-2022-jp", sender=S("sugawara"), to=[KOTOBUKI],
  subject="【社外秘】2025年度 パートナー単価改定方針",
  body=f"""寿テック株式会社
江口様

【社外秘】

いつもお世話になっております。日の出産業の菅原です。
2025年度のパートナー単価の改定方針について、先行して共有いたします。

　1. 4月以降の新規契約はスキルランク制（S/A/B/C）へ移行
　2. ランクAは現行比＋3％、ランクCは据え置き
　3. 精算幅は原則140-180hに統一

正式な通知は2月に書面でお送りいたします。
{sig("sugawara")}""")

# 060 — English PPTX stamped "Internal Only" to the offshore partner
M(60, "stop", [], ["confidential_marking"],
  "a deck whose footer says INTERNAL ONLY is sent to an outside partner",
  charset="utf-8", sender=S("himuro"), to=["Pham Thu Ha <ha.pham@lotusdev.com>"],
  subject="Materials for our meeting on Friday",
  body=f"""Dear Ms. Ha,

Ahead of Friday's meeting, I am sending the slides we will go through.
Looking forward to discussing next year's collaboration.
{sig("himuro", 2)}""",
  attachments=[{"kind": "pptx", "name": "SES_FY2025_strategy.pptx",
                "title": "SES Division FY2025 Strategy",
                "page_footer": "Hinode Sangyo - INTERNAL ONLY",
                "slides": [["SES Division FY2025 Strategy", "Revenue target: JPY 4.2bn",
                            "Offshore ratio: 15% -> 25%"],
                           ["Partner pricing", "Target margin 24%", "Renegotiate top-5 partners"]]}])

# 061 — corporate card number for exam vouchers
_c61 = CARD()
M(61, "stop", ["CREDIT_CARD"], ["personal_data"],
  "a credit card number (with expiry) written into a mail to a training company",
  charset="cp932", sender=S("hasegawa"), to=["スキルアップスクール 受付 <info@skillup-school.jp>"],
  subject="AWS認定試験 受験バウチャー購入（10枚）",
  body=f"""スキルアップスクール ご担当者様

お世話になっております。日の出産業 総務人事課の長谷川です。
AWS認定試験（SAA）の受験バウチャーを10枚購入したく、ご連絡いたしました。
お支払いは下記クレジットカードでお願いいたします。

　カード番号：{_c61[:4]}-{_c61[4:8]}-{_c61[8:12]}-{_c61[12:]}
　有効期限　：09/27
　名義　　　：HINODE SANGYO CO LTD

領収書の宛名は「日の出産業株式会社」でお願いいたします。
{sig("hasegawa", 3)}""")

# 062 — driver's licence number for a parking permit
_p62 = person()
M(62, "stop", ["PERSON_NAME", "JP_DRIVERS_LICENSE"], ["personal_data"],
  "an engineer's 運転免許証 number sent for a parking permit at the client's plant",
  charset="iso-2022-jp", sender=S("kiryu"), to=["北国フーズ 総務部 入館担当 <nyukan@kitaguni-foods.co.jp>"],
  subject="工場駐車場 利用許可申請（1名）",
  body=f"""北国フーズ株式会社
総務部 ご担当者様

お世話になっております。日の出産業の桐生です。
石狩工場での導入作業期間中、弊社{_p62["sei"]}が自家用車で通勤いたしますので、
駐車場の利用許可をお願いいたします。

　運転者氏名　：{_p62["name"]}
　運転免許証番号：第{license_no()}号
　車両　　　　：トヨタ アクア（白）　札幌 500 ね 12-34
　利用期間　　：2025年1月14日～2月28日

よろしくお願いいたします。
{sig("kiryu")}""")

# 063 — basic pension number for a secondment
_p63 = person()
M(63, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"], ["personal_data"],
  "an engineer's 基礎年金番号 and date of birth sent to the client's HR for a secondment",
  charset="utf-8", sender=S("hasegawa"), to=["北斗ホールディングス 人事部 <jinji@hokuto-hd.co.jp>"],
  subject="在籍出向に伴う社会保険手続き書類について",
  body=f"""北斗ホールディングス株式会社
人事部 ご担当者様

お世話になっております。日の出産業 総務人事課の長谷川です。
1月1日付で貴社へ在籍出向となる弊社社員について、社会保険の資格取得に必要な
情報をお送りいたします。

　氏名　　　　：{_p63["name"]}（{_p63["kana"]}）
　生年月日　　：{wareki(_p63["dob"])}
　基礎年金番号：{pension_no()}
　出向期間　　：2025年1月1日～2026年12月31日

ご不明な点がございましたらご連絡ください。
{sig("hasegawa", 3)}""")

# 064 — health insurance card symbol/number for identity verification
_p64 = person(rare=True)
M(64, "stop", ["PERSON_NAME", "JP_HEALTH_INSURANCE"], ["personal_data"],
  "an engineer's 健康保険証 記号・番号 given to the bank DC as identity proof",
  charset="iso-2022-jp", sender=S("okamoto"), to=["みどり銀行 DC入館管理 <dc-security@midori-ginko.co.jp>"],
  subject="本人確認書類の件（{0}）".format(_p64["sei"]),
  body=f"""みどり銀行 データセンター入館管理ご担当者様

お世話になっております。日の出産業の岡本です。
{_p64["name"]}は運転免許証を所持していないため、本人確認書類として健康保険証の情報をお送りします。

　被保険者氏名：{_p64["name"]}
　保険者名称　：関東ITソフトウェア健康保険組合
　記号　　　　：{R.randint(1000, 9999)}
　番号　　　　：{R.randint(10, 999)}

入館当日は保険証の原本を提示させます。
{sig("okamoto", 1)}""")

# 065 — religion of an engineer told to the client
M(65, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "tells the client a named engineer is Muslim and needs prayer time: religion (要配慮) of one person",
  charset="utf-8", sender=S("morishita"), to=[KAWASAKI],
  subject="1月参画要員の勤務に関するご相談",
  body=f"""松岡様

お世話になっております。日の出産業の森下です。
1月から参画予定のアフマド・ラフマン（Ahmad Rahman）について、事前にご相談です。

本人はイスラム教徒のため、勤務時間中に1日2回程度、各10分ほど礼拝の時間をいただきたい
とのことです。空き会議室などをお借りできるとありがたいのですが、可能でしょうか。
また、金曜の昼休みは少し長めに（モスクへの外出のため）いただく場合がございます。
その分は業務時間で調整いたします。

ご検討のほどよろしくお願いいたします。
{sig("morishita")}""")

# 066 — a candidate's arrest record told to the prime contractor
M(66, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "tells the prime contractor a named candidate has a past arrest: criminal record (要配慮)",
  charset="iso-2022-jp", sender=S("okamoto"), to=[NEXA],
  subject="ご提案要員の取り下げについて",
  body=f"""ネクサソリューションズ株式会社
営業部 ご担当者様

お世話になっております。日の出産業の岡本です。
先日ご提案した猪狩 哲也（Ｔ．Ｉ）について、ご提案を取り下げさせてください。

エンド企業様の入構審査にあたり本人に確認したところ、数年前に傷害事件で逮捕
された経歴があるとの申告があり、金融機関の入構基準を満たさない可能性が高いため
と判断いたしました。
代わりの要員を今週中にご提案いたします。大変申し訳ございません。
{sig("okamoto")}""")

# 067 — disability details of an engineer to the client
_p67 = person()
M(67, "stop", ["PERSON_NAME", "SENSITIVE_CATEGORY"], ["personal_data"],
  "details of a named engineer's hearing disability and 障害者手帳 grade sent to the client",
  charset="cp932", sender=S("morishita"), to=[TSUBASA],
  subject="新規参画者への配慮事項について",
  body=f"""石原様

お世話になっております。森下です。
来週から参画する{_p67["name"]}について、配慮事項をお伝えいたします。

・聴覚障害があり、身体障害者手帳（4級）を所持しております。
・補聴器を使用しており、1対1の会話は問題ありませんが、会議では
　チャットや議事メモの併用をお願いできますと幸いです。
・電話応対は難しいため、連絡はTeamsのチャットでお願いいたします。

ご不明な点があればお知らせください。
{sig("morishita", 1)}""")

# 068 — billing detail with six engineers' names and hours (either)
_g68 = people(6)
_rows68 = [["2024年11月 作業時間明細"], ["作業者", "基準時間", "実稼働", "超過/控除", "金額"]]
for p in _g68:
    h = R.choice([138.0, 152.5, 160.0, 171.5, 184.0, 176.0])
    _rows68.append([p["name"], "140-180", h, "超過4.0h" if h > 180 else "-", 800000])
M(68, "either", ["PERSON_NAME"], ["personal_data"],
  "six engineers' names with their monthly hours on the billing detail to the paying client: "
  "work data the client already holds, but a six-person list",
  charset="utf-8", sender=S("murai"), to=["ツバサシステム 経理部 <keiri@tsubasa-system.jp>"],
  subject="11月分 作業時間明細のご送付",
  body=f"""ツバサシステム 経理部 ご担当者様

お世話になっております。日の出産業の村井です。
請求書に添付する11月分の作業時間明細をお送りいたします。
精算幅超過分は明細のとおり加算しております。
{sig("murai", 3)}""",
  attachments=[{"kind": "xlsx", "name": "作業時間明細_202411.xlsx", "sheets": {"明細": _rows68}}])

# 069 — five candidates by initials, age and station (either)
_g69 = people(5)
_l69 = "\n".join(f"{p['initials']}（{p['age']}歳・{p['sex'][0]}）／最寄：{p['station'].split()[-1]}／"
                 f"{R.choice(['Java 6年', 'C# 4年', 'Python 3年', 'PHP 5年', 'AWS 4年'])}／{R.randint(55, 80)}万"
                 for p in _g69)
M(69, "either", [], [],
  "five candidates with initials, age, sex, nearest station and rate: pseudonymous, but five "
  "people's attributes",
  charset="iso-2022-jp", sender=S("okamoto"), to=[TSUBASA],
  subject="ご提案可能な要員（5名）",
  body=f"""石原様

お世話になっております。岡本です。
来月から稼働可能な要員をまとめてご紹介いたします。

{_l69}

ご興味のある方がいればスキルシートをお送りします。
{sig("okamoto", 4)}""")

# 070 — account request: eight members with mail addresses
_g70 = people(8)
_rows70 = [["氏名", "氏名（ローマ字）", "メールアドレス", "所属", "権限"]]
for p in _g70:
    _rows70.append([p["name"], p["romaji"], f"{p['local']}@hinode-sangyo.co.jp" if R.random() < 0.5
                    else p["mail"], "日の出産業", R.choice(["開発者", "閲覧", "開発者"])])
M(70, "stop", ["PERSON_NAME", "EMAIL_ADDRESS"], ["personal_data"],
  "account request listing eight members with mail addresses to the client's helpdesk",
  charset="cp932", sender=S("kiryu"), to=["ツバサシステム ヘルプデスク <helpdesk@tsubasa-system.jp>"],
  subject="Backlog・VPNアカウント発行依頼（8名）",
  body=f"""ツバサシステム ヘルプデスク ご担当者様

お世話になっております。日の出産業の桐生です。
12/16から参画するメンバー8名のアカウント発行をお願いいたします。
一覧をCSVで添付しております。
{sig("kiryu", 1)}""",
  attachments=[{"kind": "csv", "name": "account_request_20241216.csv", "rows": _rows70}])

# 071 — ZIP of six résumés to a client (紹介予定派遣)
_g71 = people(6, rare=1)
_res71 = []
for i, p in enumerate(_g71, 1):
    _res71.append({"kind": "docx", "name": f"履歴書_{i:02d}_{p['sei']}.docx",
                   "paragraphs": ["履　歴　書", f"氏名　{p['name']}（{p['kana']}）",
                                  f"生年月日　{wareki(p['dob'])}（満{p['age']}歳）",
                                  f"現住所　〒{p['zip']} {p['addr']}", f"電話　{p['tel']}",
                                  f"E-mail　{p['mail']}"],
                   "tables": [[["年月", "学歴・職歴"], ["2015年3月", "東都工業大学 情報工学科 卒業"],
                               ["2015年4月", "株式会社○○システム 入社"]]]})
M(71, "stop", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
  ["personal_data"],
  "ZIP of six résumés (DOB, address, phone, mail) sent to a client",
  charset="iso-2022-jp", sender=S("nishino"), to=["ハルカ製作所 人事部 <jinji@haruka-ss.co.jp>"],
  subject="紹介予定派遣 候補者履歴書（6名分）",
  body=f"""株式会社ハルカ製作所
人事部 ご担当者様

お世話になっております。日の出産業 採用グループの西野です。
紹介予定派遣の候補者6名の履歴書をZIPにまとめてお送りいたします。
書類選考の結果を12月13日までにいただけますと幸いです。
{sig("nishino")}""",
  attachments=[{"kind": "zip", "name": "候補者履歴書_6名.zip", "files": _res71}])

# 072 — subcontractor list (companies) with corporate numbers
M(72, "pass", ["JP_CORPORATE_NUMBER"], [],
  "list of subcontractor companies (address, switchboard, 法人番号): businesses, not people",
  charset="utf-8", sender=S("sugawara"), to=[HOKUTO],
  subject="再委託先一覧のご提出（再委託承認申請）",
  body=f"""原田様

お世話になっております。日の出産業の菅原です。
再委託の承認申請にあたり、再委託先の一覧をお送りいたします。

会社名,所在地,代表電話,法人番号
寿テック株式会社,東京都千代田区神田須田町1-8-4,03-3251-7710,{corp_number("010001167702")}
アークライン株式会社,神奈川県横浜市西区高島2-11-2,045-441-3300,{corp_number("020001098815")}
株式会社ソラエンジニアリング,東京都品川区大崎3-6-28,03-5437-9021,{corp_number("010701045521")}
ネクサソリューションズ株式会社,東京都中央区日本橋室町4-2-16,03-6262-1185,{corp_number("010001203347")}
株式会社ミナトデジタル,東京都港区芝浦3-9-1,03-6453-0770,{corp_number("010401129908")}

各社とは秘密保持契約を締結済みです。
{sig("sugawara", 1)}""")

# 073 — client security rules acknowledged (mentions 機密, no marking)
M(73, "pass", [], [],
  "reply about the client's security rules; 機密情報 is only mentioned, nothing is marked",
  charset="iso-2022-jp", sender=S("okamoto"), to=[KAWASAKI],
  subject="Re: 常駐者向け情報セキュリティ規程の改定について",
  body=f"""松岡様

ご連絡ありがとうございます。岡本です。
改定された「常駐者向け情報セキュリティ規程」について、弊社の常駐要員全員に
周知いたしました。特に以下の点は個別に説明しております。

・機密情報の社外持ち出し禁止（私物USBメモリの使用禁止を含む）
・生成AIサービスへの業務情報の入力禁止
・入館証の貸し借り禁止

全員分の確認書を12月6日までにご提出いたします。
{sig("okamoto")}

> 岡本様
> 常駐者向け情報セキュリティ規程を改定しましたので、要員の皆様への周知をお願いします。
> 川崎電機 松岡""")

# 074 — 社外秘 PDF project list to a freelancer's gmail
M(74, "stop", [], ["confidential_marking", "freemail_recipient"],
  "a project list stamped 社外秘 in the PDF header sent to a freelancer's gmail",
  charset="cp932", sender=S("sugawara"), to=["上田 駿 <ueda.shun1988@gmail.com>"],
  subject="ご紹介可能な案件一覧（12月）",
  body=f"""上田さん

お世話になっております。菅原です。
先日お話しした件、今月ご紹介可能な案件の一覧を添付します。
気になるものがあれば番号でお知らせください。
{sig("sugawara", 4)}""",
  attachments=[{"kind": "pdf", "name": "案件一覧_202412.pdf", "page_header": "社外秘",
                "title": "案件一覧（社外秘）",
                "lines": ["案件一覧 2024年12月", "※本資料は社外秘です。取扱いにご注意ください。"],
                "table": [["No", "エンド", "内容", "単価(上限)", "仕入"],
                          ["1", "大手損保", "契約管理 Java", "80万", "元請ネクサ"],
                          ["2", "北斗HD", "会員基盤 Go", "85万", "直"],
                          ["3", "地方銀行", "PMO", "95万", "元請ツバサ"]]}])

# 075 — internal: full engineer roster
_g75 = people(30, rare=3)
_rows75 = [["SES事業部 要員一覧（2024/12/01時点）"],
           ["社員番号", "氏名", "フリガナ", "生年月日", "携帯", "個人メール", "現場", "契約終了"]]
for i, p in enumerate(_g75):
    _rows75.append([f"HS{2000 + i * 11}", p["name"], p["kana"], seireki(p["dob"]), p["tel"], p["mail"],
                    R.choice(["ツバサシステム", "川崎電機", "北斗HD", "待機", "みどり銀行"]),
                    R.choice(["2024/12末", "2025/03末", "2025/06末"])])
M(75, "pass", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"], [],
  "roster of 30 engineers, but every recipient is internal",
  charset="iso-2022-jp", sender=S("hasegawa"), to=[S("himuro")], cc=[S("okamoto"), S("morishita")],
  subject="SES事業部 要員一覧（12月更新版）",
  body=f"""氷室部長、岡本さん、森下さん

お疲れさまです。長谷川です。
12月1日時点の要員一覧を更新しましたので共有します。
契約終了が近い方の次案件アサインのご検討にご利用ください。

※社外への転送はご遠慮ください。
長谷川""",
  attachments=[{"kind": "xlsx", "name": "要員一覧_20241201.xlsx", "sheets": {"要員一覧": _rows75}}])

# 076 — internal: residence card expiry management
_t76 = "\n".join(f"・{n}　在留カード {residence_card()}　満了日 {d}"
                 for n, d in [("NGUYEN VAN MINH", "2027/03/20"), ("WANG LEI", "2025/02/14"),
                              ("KIM SEO-YEON", "2025/04/30")])
M(76, "pass", ["PERSON_NAME", "JP_RESIDENCE_CARD"], [],
  "residence card numbers of three foreign engineers, sent internally only",
  charset="utf-8", sender=S("hasegawa"), to=[S("morishita"), S("okamoto")],
  subject="【要対応】在留期間更新の確認（外国籍社員）",
  body=f"""森下さん、岡本さん

お疲れさまです。長谷川です。
外国籍社員の在留期間の管理台帳を確認したところ、以下のとおりでした。
WANGさんは2月で満了のため、更新申請の状況を本人に確認してください。

{_t76}

長谷川""")

# 077 — five new hires with DOB to the agency
_g77 = people(5)
_rows77 = [["氏名", "生年月日", "入社日", "理論年収", "紹介手数料(35%)"]]
for p in _g77:
    sal = R.choice([4800000, 5200000, 5600000, 6000000])
    _rows77.append([p["name"], seireki(p["dob"], 1), "2025/01/06", f"{sal:,}", f"{int(sal * 0.35):,}"])
M(77, "stop", ["PERSON_NAME", "DATE_OF_BIRTH"], ["personal_data"],
  "five hires with date of birth and salary listed for the agency's fee reconciliation",
  charset="iso-2022-jp", sender=S("nishino"), to=["エンジニアーズリンク 経理 <billing@engineers-link.jp>"],
  subject="1月入社者 紹介手数料の確認",
  body=f"""エンジニアーズリンク株式会社
ご担当者様

お世話になっております。日の出産業の西野です。
1月入社予定者5名の紹介手数料について、請求前に金額のすり合わせをお願いします。

{table(_rows77)}

相違があればご指摘ください。
{sig("nishino", 1)}""")

# 078 — internal subdomain: high-stress list
_g78 = people(6)
_t78 = "\n".join(f"{p['name']}：高ストレス者（面接指導希望{'あり' if i % 2 else 'なし'}）"
                 for i, p in enumerate(_g78))
M(78, "pass", ["PERSON_NAME", "SENSITIVE_CATEGORY"], [],
  "stress-check results of named staff, sent to an internal subdomain address only",
  charset="iso-2022-jp", sender=S("hasegawa"), to=["総務人事課 <soumu@mail.hinode-sangyo.co.jp>"],
  subject="【取扱注意】ストレスチェック結果（面接指導対象者）",
  body=f"""総務人事課 各位

長谷川です。実施事務従事者のみで共有します。
今年度のストレスチェックで高ストレスと判定された方の一覧です。

{_t78}

面接指導の日程調整は私から本人に直接連絡します。
長谷川""")

# 079 — offer conditions to a candidate on yahoo.co.jp
M(79, "pass", [], ["freemail_recipient"],
  "offer conditions to the candidate himself on his free-mail address",
  charset="iso-2022-jp", sender=S("nishino"), to=["左右田 航 <wataru_soda@yahoo.co.jp>"],
  subject="内定のご連絡と労働条件のご案内",
  body=f"""左右田 航 様

このたびは弊社の選考にご参加いただき、誠にありがとうございました。
厳正なる選考の結果、採用を内定いたしましたのでご連絡いたします。

　入社日　：2025年2月1日
　配属　　：SES事業部 第2技術課
　年収　　：5,400,000円（月給375,000円＋賞与年2回）
　勤務地　：本社および客先（首都圏）

内定承諾書を同封のうえ、12月20日までにご返送ください。
ご不明点はお気軽にお問い合わせください。
{sig("nishino")}""")

# 080 — screenshot to the attendance SaaS vendor
M(80, "pass", [], [],
  "support request to a SaaS vendor with a screenshot (no text) attached",
  charset="utf-8", sender=S("onodera"), to=["キンタイクラウド サポート <support@kintai-cloud.jp>"],
  subject="【問い合わせ】月次締め処理でエラー（契約ID: KC-20318）",
  body=f"""キンタイクラウド サポートご担当者様

お世話になっております。日の出産業 情報システム課の小野寺です。
本日、11月分の月次締め処理を実行したところ、「E-4012 集計処理がタイムアウトしました」
と表示され、処理が完了しません。画面キャプチャを添付いたします。

契約ID：KC-20318
発生日時：2024/12/02 10:15頃
利用ブラウザ：Microsoft Edge 131

ご確認をお願いいたします。
{sig("onodera", 1)}""",
  attachments=[{"kind": "png", "name": "error_E4012.png"}])

# 081 — four attendees with mobiles
_g81 = people(4)
_l81 = "\n".join(f"　・{p['name']}（{r}）　{p['tel']}"
                 for p, r in zip(_g81, ["PM", "インフラ", "アプリ", "テスト"]))
M(81, "pass", ["PERSON_NAME", "PHONE_NUMBER"], ["personal_data"],
  "four attendees of an on-site cut-over with their mobiles: a short list, may warn",
  charset="cp932", sender=S("okamoto"), to=[TSUBASA],
  subject="12/14 本番切替 当日の弊社出席者",
  body=f"""石原様

お世話になっております。岡本です。
12/14（土）本番切替作業の弊社出席者は以下の4名です。

{_l81}

当日の連絡は各自の携帯までお願いいたします。
{sig("okamoto", 1)}""")

# 082 — client's work locations (businesses) to a BP
M(82, "pass", [], [],
  "list of the client's work sites with office addresses and switchboards: businesses, not people",
  charset="cp932", sender=S("sugawara"), to=[ARCLINE],
  subject="作業場所一覧の送付（北国フーズ様案件）",
  body=f"""小川様

お世話になっております。菅原です。
北国フーズ様案件の作業場所一覧をお送りします。交通費精算の参考にしてください。
{sig("sugawara", 4)}""",
  attachments=[{"kind": "csv", "name": "作業場所一覧.csv",
                "rows": [["拠点名", "住所", "代表電話", "最寄駅"],
                         ["本社", "北海道札幌市中央区北三条西4-1-2", "011-231-5500", "さっぽろ"],
                         ["石狩工場", "北海道石狩市新港南2-7-1", "0133-64-8100", "-"],
                         ["東京支店", "東京都中央区日本橋本町3-3-6", "03-3662-4410", "三越前"],
                         ["物流センター", "埼玉県川口市領家5-14-3", "048-229-7300", "川口元郷"],
                         ["仙台営業所", "宮城県仙台市青葉区一番町2-2-13", "022-266-1020", "青葉通一番町"]]}])

# 083 — job posting to an agency
M(83, "pass", [], [],
  "job posting (求人票) to a recruiting agency: no personal data",
  charset="iso-2022-jp", sender=S("nishino"), to=[TECHAGENT],
  subject="求人票更新のお願い（インフラエンジニア）",
  body=f"""石黒様

いつもお世話になっております。日の出産業の西野です。
インフラエンジニアの求人票を更新しましたので、差し替えをお願いいたします。

【職種】インフラエンジニア（クラウド）
【年収】450万～700万円
【要件】Linuxサーバ構築経験3年以上
【歓迎】AWS/Azureの設計経験、LPIC・AWS認定
【選考】書類選考 → 一次面接（オンライン） → 最終面接
【募集人数】3名

引き続きよろしくお願いいたします。
{sig("nishino", 1)}""",
  attachments=[{"kind": "docx", "name": "求人票_インフラエンジニア_2024下期.docx",
                "paragraphs": ["求人票", "職種：インフラエンジニア（クラウド）", "勤務地：東京都港区／首都圏客先",
                               "休日：完全週休2日（土日祝）、年間休日125日"]}])

# 084 — agency fee contract talk
M(84, "pass", [], [],
  "negotiating the agency's fee rate and refund terms: contract talk only",
  charset="utf-8", sender=S("nishino"), to=[CAREER], cc=[S("hasegawa")],
  subject="Re: 人材紹介契約の更新条件について",
  body=f"""佐野様

ご提案ありがとうございます。西野です。
社内で検討し、以下の条件で更新させていただければと存じます。

1. 紹介手数料：理論年収の35%（現行どおり）
2. 返金規定：入社後1か月以内の退職は80%、3か月以内は50%
3. 契約期間：2025年4月1日から1年間（自動更新）

問題なければ、契約書の修正版をお送りいただけますでしょうか。
{sig("nishino")}

On Tue, Nov 26, 2024 at 17:40, 佐野 葵 <a-sano@career-bridge.jp> wrote:
> 西野様
> 来期の契約条件について、手数料率を35%から33%に見直す案をご提示いたします。""")

# 085 — roll-off notice and a replacement proposal
M(85, "pass", [], [],
  "roll-off of one engineer and a replacement proposed by initials: ordinary SES mail",
  charset="iso-2022-jp", sender=S("okamoto"), to=[KAWASAKI],
  subject="弊社要員の契約満了および後任のご提案",
  body=f"""松岡様

いつもお世話になっております。日の出産業の岡本です。
弊社の藤井につきまして、ご相談のとおり2025年1月末をもって契約満了とさせていただきます。
これまで大変お世話になりました。

後任として、下記の者をご提案させていただきます。

　Ｙ．Ｍ（34歳）　インフラ経験8年、VMware・AWSの設計構築
　稼働開始：2025年1月6日～（2週間の引継ぎ期間を想定）

引継ぎ期間中の費用は弊社負担といたします。ご検討のほどよろしくお願いいたします。
{sig("okamoto")}""")

# 086 — timesheet correction, quoted thread
M(86, "pass", [], [],
  "correction of one's own hours in a reply thread; the rest is quoted",
  charset="cp932", sender=S("takahata"), to=[TSUBASA_LEAD], cc=[S("okamoto")],
  subject="Re: Re: 10月分 作業報告書の提出",
  body="""野口さん

ご指摘ありがとうございます。高畑です。
10/18の終業時刻の入力が誤っておりました（誤 21:30 → 正 19:30）。
修正版の合計は166.5hです。修正したものを改めてポータルに登録しました。

高畑

-----Original Message-----
差出人: 野口 英明 <h-noguchi@tsubasa-system.jp>
送信日時: 2024年11月6日 11:02
宛先: 高畑 諒
件名: Re: 10月分 作業報告書の提出

高畑さん

10/18の終業が21:30になっていますが、入館記録では19:40退館でした。
ご確認ください。

野口""")

# 087 — English profile of one engineer to a foreign client
M(87, "pass", [], [],
  "English profile of one proposed engineer (name and experience only) to a client",
  charset="utf-8", sender=S("morishita"), to=["Daniel Brooks <d.brooks@brightwave-solutions.com>"],
  subject="Proposed engineer for your Tokyo QA team",
  body=f"""Dear Mr. Brooks,

Thank you for your inquiry last week. We would like to propose the following engineer
for your QA automation project in Tokyo.

  Name:        Kenta Ogura
  Experience:  7 years (test automation with Selenium, Playwright, Jenkins)
  Languages:   Japanese (native), English (business level, TOEIC 860)
  Available:   from January 6, 2025

His skill sheet will follow once our mutual NDA is signed.
Please let me know a convenient time for an online interview.
{sig("morishita", 2)}{DISC_EN}""")

# 088 — declining to disclose health details
M(88, "pass", [], [],
  "declines the client's request for health details; no person's health data is given",
  charset="iso-2022-jp", sender=S("hasegawa"), to=[HOKUTO], cc=[S("okamoto")],
  subject="Re: 常駐者の健康状態に関する情報提供のお願い",
  body=f"""原田様

お世話になっております。日の出産業 総務人事課の長谷川です。
ご依頼いただいた常駐者の健康診断結果のご提供につきまして、健康情報は
要配慮個人情報にあたるため、本人の同意なく第三者へ提供することはできかねます。

代わりに、弊社にて全員が定期健康診断を受診済みであること、および産業医の
就業判定で「通常勤務可」であることを記載した確認書をご提出いたします。
ご理解のほどよろしくお願いいたします。
{sig("hasegawa", 3)}

> 長谷川様
> 当社の安全衛生委員会より、常駐者の健康診断結果の提出を求められております。
> ご対応をお願いできますでしょうか。
> 北斗HD 原田""")

# 089 — loan PC shipment with tracking number
M(89, "pass", [], [],
  "loan PC shipment notice with asset and tracking numbers",
  charset="utf-8", sender=S("onodera"), to=[TSUBASA_LEAD], cc=[S("takahata")],
  subject="貸与PC発送のご連絡（資産番号 HS-PC-0734）",
  body=f"""ツバサシステム 野口様

お世話になっております。日の出産業 情報システム課の小野寺です。
弊社 高畑の貸与PC（リプレイス分）を本日発送いたしました。

　資産番号：HS-PC-0734（ThinkPad T14 Gen5）
　配送業者：青葉運輸
　お問合せ番号：4417-2290-6631
　到着予定：12月4日(水) 午前中

旧PC（HS-PC-0412）は同梱の返送伝票でご返送ください。
{sig("onodera", 1)}""")

# 090 — internal reminder to many engineers
M(90, "pass", [], [],
  "internal timesheet reminder to engineers, all recipients internal",
  charset="iso-2022-jp", sender=S("hasegawa"),
  to=["ses-all@hinode-sangyo.co.jp"], cc=[S("himuro")],
  bcc=[S("takahata"), S("kiryu")],
  subject="【リマインド】11月分 勤務表の提出期限は12/3（火）です",
  body=f"""SES事業部の皆さま

お疲れさまです。総務人事課の長谷川です。
11月分の勤務表の提出期限は12月3日（火）17時です。

・客先の承認印（または承認メール）を必ず添付してください
・有給休暇の取得日は勤怠システムでも申請をお願いします
・提出先：kintai@hinode-sangyo.co.jp（ドメインの打ち間違いにご注意ください）

よろしくお願いいたします。
{sig("hasegawa", 3)}""")

# 091 — blank security pledge template
M(91, "pass", [], [],
  "blank security pledge template sent to a partner company: no one's data in it",
  charset="cp932", sender=S("sugawara"), to=[SORA],
  subject="情報セキュリティ誓約書（様式）のご送付",
  body=f"""ソラエンジニアリング株式会社
竹内様

お世話になっております。日の出産業の菅原です。
1月から参画いただく要員の方について、エンド企業様指定の誓約書様式をお送りします。
ご本人にご記入・ご署名いただき、12月20日までに原本をご郵送ください。
{sig("sugawara")}""",
  attachments=[{"kind": "docx", "name": "情報セキュリティ誓約書_様式.docx",
                "paragraphs": ["情報セキュリティに関する誓約書", "川崎電機株式会社 御中",
                               "私は、貴社業務に従事するにあたり、以下の事項を遵守することを誓約します。",
                               "1. 業務上知り得た情報を第三者に開示しないこと。",
                               "2. 貸与された機器を業務以外の目的で使用しないこと。",
                               "年　　月　　日", "所属会社：", "氏名：　　　　　　　　　　印"]}])

# 092 — personal leave notice
M(92, "pass", [], [],
  "an engineer asks the client leader for a day of paid leave (私用)",
  charset="iso-2022-jp", sender=S("kiryu"), to=[HOKUTO],
  subject="12/20（金）休暇取得のご相談",
  body="""原田様

お疲れさまです。桐生です。
私用のため、12/20（金）に休暇をいただきたくご相談です。
当日予定されている設計レビューは、12/19（木）に前倒しで実施できるよう
チーム内で調整済みです。

ご検討のほどよろしくお願いいたします。
桐生""")

# 093 — one candidate's résumé to a client
_p93 = person()
M(93, "pass", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
  ["personal_data"],
  "one candidate's résumé (紹介予定派遣) to the client: a single person's record, may warn",
  charset="iso-2022-jp", sender=S("nishino"), to=["ハルカ製作所 人事部 <jinji@haruka-ss.co.jp>"],
  subject="紹介予定派遣 候補者の履歴書送付（1名）",
  body=f"""株式会社ハルカ製作所
人事部 ご担当者様

お世話になっております。日の出産業の西野です。
ご本人の同意を得ましたので、候補者1名の履歴書をお送りいたします。
{sig("nishino", 1)}""",
  attachments=[{"kind": "docx", "name": f"履歴書_{_p93['sei']}.docx",
                "paragraphs": ["履　歴　書", f"氏名　{_p93['name']}（{_p93['kana']}）",
                               f"生年月日　{seireki(_p93['dob'], 1)}",
                               f"住所　〒{_p93['zip']} {_p93['addr']}",
                               f"携帯　{_p93['tel']}　メール　{_p93['mail']}"],
                "tables": [[["年月", "学歴・職歴"], ["2016年3月", "関東情報専門学校 卒業"],
                            ["2016年4月", "株式会社アルファソフト 入社"]]]}])

# 094 — purchase order numbers
M(94, "pass", [], [],
  "confirms purchase-order and contract numbers with the client's procurement",
  charset="cp932", sender=S("okamoto"), to=["北斗ホールディングス 購買部 <kobai@hokuto-hd.co.jp>"],
  subject="注文書受領のご連絡（注文番号 HK-24-00871／HK-24-00872）",
  body=f"""北斗ホールディングス株式会社
購買部 ご担当者様

お世話になっております。日の出産業の岡本です。
下記注文書、確かに受領いたしました。

　注文番号　　契約番号　　　件名　　　　　　　　　　金額（税別）
　HK-24-00871　HS-C-24-118　会員基盤刷新 追加開発　　3,400,000円
　HK-24-00872　HS-C-24-119　保守運用支援（1-3月）　 2,550,000円

注文請書は別途お送りいたします。
{sig("okamoto", 1)}""")

# 095 — bank account confirmation back to the freelancer himself
_bk95 = bank({})
M(95, "pass", ["JP_BANK_ACCOUNT"], ["freemail_recipient", "personal_data"],
  "confirms to the freelancer his own registered bank account: one person, his own address",
  charset="iso-2022-jp", sender=S("murai"), to=["一尺八寸 慎吾 <kamatsuka.shingo@outlook.jp>"],
  subject="振込先口座のご確認",
  body=f"""一尺八寸様

お世話になっております。日の出産業 経理課の村井です。
ご登録いただいた振込先を下記のとおり登録いたしました。相違がないかご確認ください。

　金融機関：{_bk95[0]}
　支店　　：{_bk95[1]}
　口座種別：普通
　口座番号：{_bk95[3]}
　口座名義：カマツカ シンゴ

12月分より上記口座へお振込みいたします。
{sig("murai", 3)}""")

# 096 — internal forward of a freelancer's details to accounting
_p96 = person()
_bk96 = bank(_p96)
M(96, "pass", ["PERSON_NAME", "JP_BANK_ACCOUNT", "JP_MY_NUMBER", "JP_ADDRESS"], [],
  "forwards a freelancer's My Number and bank details, but only to internal accounting",
  charset="utf-8", sender=S("sugawara"), to=[S("murai")],
  subject="転送: 契約手続き書類の件",
  body=f"""村井さん

お疲れさまです。菅原です。
12月から稼働のフリーランスの方から届いた情報を転送します。
支払先登録をお願いします。

-------- 転送メッセージ --------
差出人: {_p96["name"]} <{_p96["mail"]}>
件名: 契約手続き書類の件

菅原様

住所：{_p96["addr"]}
個人番号：{MN()}
振込先：{_bk96[0]} {_bk96[1]} 普通 {_bk96[3]}

以上、よろしくお願いいたします。""")

# 097 — client's interview feedback forwarded internally
M(97, "pass", [], [],
  "the client's interview feedback forwarded between internal sales staff",
  charset="iso-2022-jp", sender=S("okamoto"), to=[S("morishita")], cc=[S("sugawara")],
  subject="FW: 面談結果のご連絡（会員基盤刷新）",
  body="""森下さん

お疲れさまです。岡本です。
北斗HDさんから面談結果が来ました。Ｒ．Ｙさんは採用、Ｄ．Ｋさんは見送りです。
Ｄ．Ｋさんは別案件（ツバサさんの決済基盤）で出せないか検討お願いします。

---------- 転送メッセージ ----------
From: 原田 純一 <harada.j@hokuto-hd.co.jp>
Subject: 面談結果のご連絡（会員基盤刷新）

岡本様
先日はありがとうございました。
Ｒ．Ｙ様：ぜひお願いしたく、1/6からの参画でご調整ください。
Ｄ．Ｋ様：Go言語の経験がやや不足しているため、今回は見送りとさせてください。
原田""")

# 098 — contract extension with order numbers
M(98, "pass", [], [],
  "contract extension with rate and order number: ordinary SES business mail",
  charset="utf-8", sender=S("okamoto"), to=[TSUBASA], cc=[S("murai")],
  subject="【契約延長】決済基盤 技術支援（2025年1月～3月）",
  body=f"""石原様

いつもお世話になっております。日の出産業の岡本です。
決済基盤の技術支援につきまして、延長のご発注ありがとうございます。
下記の条件で承知いたしました。

  期間       : 2025/01/01 ～ 2025/03/31
  要員       : 1名（高畑）
  単価       : 月額 900,000円（税別）
  精算幅     : 140h～180h
  注文番号   : TS-PO-25-0013

注文書を受領次第、注文請書をお送りいたします。
{sig("okamoto", 1)}{DISC_JA}""",
  html=f"""<html><body><p>石原様</p>
<p>いつもお世話になっております。日の出産業の岡本です。<br>
決済基盤の技術支援につきまして、延長のご発注ありがとうございます。下記の条件で承知いたしました。</p>
<table border="1" cellpadding="3">
<tr><th>期間</th><td>2025/01/01 ～ 2025/03/31</td></tr>
<tr><th>要員</th><td>1名（高畑）</td></tr>
<tr><th>単価</th><td>月額 900,000円（税別）</td></tr>
<tr><th>精算幅</th><td>140h～180h</td></tr>
<tr><th>注文番号</th><td>TS-PO-25-0013</td></tr>
</table>
<p>注文書を受領次第、注文請書をお送りいたします。</p>
<p>--<br>岡本 拓海 / Takumi Okamoto<br>日の出産業株式会社 SES事業部 営業一課<br>TEL 03-5401-2210</p>
<p style="font-size:small">本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを破棄してくださいますようお願いいたします。</p>
</body></html>""")

# 099 — English reply; the passport list is only in the quoted mail
_g99 = people(5)
_q99 = "\n".join(f"> {p['ROMAJI']}, passport {passport()}" for p in _g99)
M(99, "pass", [], [],
  "English reply confirming receipt; the passport list is only in the quoted text",
  charset="utf-8", sender=S("kiryu"), to=["Pham Thu Ha <ha.pham@lotusdev.com>"],
  subject="Re: Invitation letters - please confirm the details",
  body=f"""Dear Ms. Ha,

Thank you for the draft invitation letters. I have checked the names and passport numbers
you listed below, and they are all correct. Please go ahead and issue the letters.
{sig("kiryu", 2)}

On Mon, Dec 16, 2024 at 4:05 PM, Pham Thu Ha <ha.pham@lotusdev.com> wrote:
> Dear Ms. Kiryu,
> Please confirm the following details before we issue the invitation letters:
>
{_q99}
>
> Best regards,
> Ha""")

# 100 — monthly status report deck to the client
M(100, "pass", [], [],
  "monthly status report (progress, defects, effort) as PPTX to the client: no personal data",
  charset="iso-2022-jp", sender=S("kiryu"), to=[HOKUTO], cc=[S("himuro")],
  subject="会員基盤刷新プロジェクト 11月度 月次報告",
  body=f"""原田様

お世話になっております。日の出産業の桐生です。
11月度の月次報告資料をお送りいたします。
12/5の定例会にて、こちらの資料に沿ってご説明いたします。
{sig("kiryu")}""",
  attachments=[{"kind": "pptx", "name": "月次報告_202411.pptx", "title": "11月度 月次報告",
                "page_footer": "日の出産業株式会社",
                "slides": [["11月度 月次報告", "会員基盤刷新プロジェクト", "2024年12月5日"],
                           ["進捗状況", "詳細設計：完了（100%）", "製造：予定 60% / 実績 57%",
                            "単体テスト：着手"],
                           ["課題・リスク", "外部API仕様の確定遅れ（12/10回答予定）",
                            "不具合件数：起票 42件 / 完了 35件"]]}])

MESSAGES.sort(key=lambda m: m["id"])
assert len(MESSAGES) == 100 and len({m["id"] for m in MESSAGES}) == 100
