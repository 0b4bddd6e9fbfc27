"""Area ``roei``: 日の出産業株式会社 responding to a personal-data breach. The EC site
「ひので生活便」 (run with ツバサシステム) had its payment page tampered with (web skimming,
令和8年6月3日〜8月27日) and its member database read; the intruder also reached an HR file
share holding employees' マイナンバー. The mail is the incident team's: lists of affected
customers sent to the printer, the call centre, the card company and the insurer; samples
and logs for the forensic vendors (くろがねセキュリティ, Meridian PFI, Arcline); the report to
the regulator (個人情報保護委員会) and the police; apology letters, FAQ and call-centre
scripts; replies to worried customers; and the ordinary scheduling, NDA, invoice and
status mail around all that, internal and external.
"""

import random
from datetime import date, timedelta

from build import card_number, my_number

SEED = 67001

# -- helpers (every person, number and address below is invented) ---------------------

_USED_K: set = set()


def _mn(k):
    """My Number from my_number(SEED + k); k is never reused in this file."""
    assert k not in _USED_K, k
    _USED_K.add(k)
    return my_number(SEED + k)


def _cc(k):
    """Card number from card_number(SEED + k); k is never reused in this file."""
    assert k not in _USED_K, k
    _USED_K.add(k)
    return card_number(SEED + k)


def _corp(base12):
    """A 13-digit 法人番号 with its check digit in front."""
    digits = [int(c) for c in base12]
    s = 0
    for n in range(1, 13):
        p = digits[12 - n]
        s += p * (1 if n % 2 else 2)
    return str(9 - s % 9) + base12


_FW = str.maketrans("0123456789-:/.()", "０１２３４５６７８９－：／．（）")


def fw(s):
    return str(s).translate(_FW)


def wareki(d, short=False):
    if d >= date(2019, 5, 1):
        era, y, ab = "令和", d.year - 2018, "R"
    elif d >= date(1989, 1, 8):
        era, y, ab = "平成", d.year - 1988, "H"
    else:
        era, y, ab = "昭和", d.year - 1925, "S"
    if short:
        return f"{ab}{y}.{d.month}.{d.day}"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def spaced_card(n, sep=" "):
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


_SEI = [
    ("勅使河原", "てしがわら", "Teshigawara"), ("五百旗頭", "いおきべ", "Iokibe"),
    ("四月一日", "わたぬき", "Watanuki"), ("小鳥遊", "たかなし", "Takanashi"),
    ("百目鬼", "どうめき", "Domeki"), ("薬袋", "みない", "Minai"),
    ("月見里", "やまなし", "Yamanashi"), ("鴨志田", "かもしだ", "Kamoshida"),
    ("八月一日", "ほづみ", "Hozumi"), ("栗花落", "つゆり", "Tsuyuri"),
    ("九十九", "つくも", "Tsukumo"), ("木全", "きまた", "Kimata"),
    ("弓削", "ゆげ", "Yuge"), ("蛭子", "えびす", "Ebisu"), ("艮", "うしとら", "Ushitora"),
    ("舎人", "とねり", "Toneri"), ("阿久津", "あくつ", "Akutsu"), ("外處", "とどころ", "Todokoro"),
    ("比嘉", "ひが", "Higa"), ("仲宗根", "なかそね", "Nakasone"), ("新垣", "あらかき", "Arakaki"),
    ("久慈", "くじ", "Kuji"), ("猪瀬", "いのせ", "Inose"), ("鬼塚", "おにづか", "Onizuka"),
    ("漆畑", "うるしばた", "Urushibata"), ("眞榮城", "まえしろ", "Maeshiro"),
    ("有働", "うどう", "Udo"), ("宍戸", "ししど", "Shishido"), ("乙部", "おとべ", "Otobe"),
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"), ("渡辺", "わたなべ", "Watanabe"), ("伊藤", "いとう", "Ito"),
    ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"),
    ("小林", "こばやし", "Kobayashi"), ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"),
    ("山口", "やまぐち", "Yamaguchi"), ("松本", "まつもと", "Matsumoto"),
    ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"), ("清水", "しみず", "Shimizu"),
    ("森", "もり", "Mori"), ("池田", "いけだ", "Ikeda"), ("橋本", "はしもと", "Hashimoto"),
    ("石川", "いしかわ", "Ishikawa"), ("前田", "まえだ", "Maeda"), ("藤田", "ふじた", "Fujita"),
    ("岡本", "おかもと", "Okamoto"), ("後藤", "ごとう", "Goto"), ("長谷川", "はせがわ", "Hasegawa"),
    ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"), ("坂本", "さかもと", "Sakamoto"),
    ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"), ("西村", "にしむら", "Nishimura"),
    ("福田", "ふくだ", "Fukuda"), ("三浦", "みうら", "Miura"), ("原田", "はらだ", "Harada"),
    ("小川", "おがわ", "Ogawa"), ("竹内", "たけうち", "Takeuchi"), ("金子", "かねこ", "Kaneko"),
    ("和田", "わだ", "Wada"), ("石井", "いしい", "Ishii"), ("丸山", "まるやま", "Maruyama"),
    ("増田", "ますだ", "Masuda"), ("千葉", "ちば", "Chiba"), ("桑原", "くわはら", "Kuwahara"),
    ("菅野", "かんの", "Kanno"), ("樋口", "ひぐち", "Higuchi"), ("畠山", "はたけやま", "Hatakeyama"),
]
_MEI = [
    ("陽菜", "ひな", "Hina"), ("結衣", "ゆい", "Yui"), ("美咲", "みさき", "Misaki"),
    ("さくら", "さくら", "Sakura"), ("葵", "あおい", "Aoi"), ("凛", "りん", "Rin"),
    ("芽衣", "めい", "Mei"), ("千尋", "ちひろ", "Chihiro"), ("和子", "かずこ", "Kazuko"),
    ("節子", "せつこ", "Setsuko"), ("恵美", "えみ", "Emi"), ("由美子", "ゆみこ", "Yumiko"),
    ("真由美", "まゆみ", "Mayumi"), ("久美子", "くみこ", "Kumiko"), ("智子", "ともこ", "Tomoko"),
    ("彩花", "あやか", "Ayaka"), ("琴音", "ことね", "Kotone"), ("沙織", "さおり", "Saori"),
    ("多恵", "たえ", "Tae"), ("紬", "つむぎ", "Tsumugi"), ("蓮", "れん", "Ren"),
    ("大翔", "ひろと", "Hiroto"), ("悠真", "ゆうま", "Yuma"), ("湊", "みなと", "Minato"),
    ("健一", "けんいち", "Kenichi"), ("誠", "まこと", "Makoto"), ("浩二", "こうじ", "Koji"),
    ("隆", "たかし", "Takashi"), ("茂", "しげる", "Shigeru"), ("正樹", "まさき", "Masaki"),
    ("拓海", "たくみ", "Takumi"), ("翔太", "しょうた", "Shota"), ("直樹", "なおき", "Naoki"),
    ("勇", "いさむ", "Isamu"), ("清志", "きよし", "Kiyoshi"), ("康弘", "やすひろ", "Yasuhiro"),
    ("亮介", "りょうすけ", "Ryosuke"), ("航", "わたる", "Wataru"), ("樹", "いつき", "Itsuki"),
    ("文雄", "ふみお", "Fumio"), ("登美子", "とみこ", "Tomiko"), ("秀明", "ひであき", "Hideaki"),
]
# (郵便番号, 都道府県+市区町村+町名, 市外局番)
_PLACES = [
    ("330-0061", "埼玉県さいたま市浦和区常盤", "048"), ("350-1123", "埼玉県川越市脇田本町", "049"),
    ("260-0013", "千葉県千葉市中央区中央", "043"), ("273-0005", "千葉県船橋市本町", "047"),
    ("220-0011", "神奈川県横浜市西区高島", "045"), ("252-0231", "神奈川県相模原市中央区相模原", "042"),
    ("154-0004", "東京都世田谷区太子堂", "03"), ("185-0021", "東京都国分寺市南町", "042"),
    ("192-0083", "東京都八王子市旭町", "042"), ("060-0042", "北海道札幌市中央区大通西", "011"),
    ("980-0811", "宮城県仙台市青葉区一番町", "022"), ("950-0087", "新潟県新潟市中央区東大通", "025"),
    ("420-0857", "静岡県静岡市葵区御幸町", "054"), ("460-0008", "愛知県名古屋市中区栄", "052"),
    ("444-0044", "愛知県岡崎市康生通南", "0564"), ("530-0001", "大阪府大阪市北区梅田", "06"),
    ("569-0071", "大阪府高槻市城北町", "072"), ("650-0021", "兵庫県神戸市中央区三宮町", "078"),
    ("600-8216", "京都府京都市下京区東塩小路町", "075"), ("700-0024", "岡山県岡山市北区駅元町", "086"),
    ("730-0011", "広島県広島市中区基町", "082"), ("760-0019", "香川県高松市サンポート", "087"),
    ("810-0001", "福岡県福岡市中央区天神", "092"), ("860-0806", "熊本県熊本市中央区花畑町", "096"),
    ("900-0015", "沖縄県那覇市久茂地", "098"), ("310-0015", "茨城県水戸市宮町", "029"),
    ("320-0802", "栃木県宇都宮市江野町", "028"), ("370-0849", "群馬県高崎市八島町", "027"),
    ("390-0811", "長野県松本市中央", "0263"), ("920-0853", "石川県金沢市本町", "076"),
]
_FREE = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
         "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp", "nifty.com", "au.com"]
_BLD = ["コーポ白樺", "ハイツ若葉", "メゾンさつき", "グランドール青山", "サンライズ桜丘",
        "パークサイド東", "レジデンス杜"]


def _people(key, n):
    """n invented people, the same every build for the same key."""
    r = random.Random(f"{SEED}/{key}")
    out, seen = [], set()
    while len(out) < n:
        s, m = r.choice(_SEI), r.choice(_MEI)
        if (s[0], m[0]) in seen:
            continue
        seen.add((s[0], m[0]))
        zipc, town, area = r.choice(_PLACES)
        addr = f"{town}{r.randint(1, 5)}-{r.randint(1, 28)}-{r.randint(1, 24)}"
        if r.random() < 0.35:
            addr += f" {r.choice(_BLD)}{r.randint(1, 6)}0{r.randint(1, 8)}"
        mob = f"0{r.choice('789')}0-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
        if len(area) == 2:
            land = f"{area}-{r.randint(3000, 6999)}-{r.randint(1000, 9999)}"
        elif len(area) == 3:
            land = f"{area}-{r.randint(200, 999)}-{r.randint(1000, 9999)}"
        else:
            land = f"{area}-{r.randint(20, 99)}-{r.randint(1000, 9999)}"
        dob = date(1941, 1, 1) + timedelta(days=r.randint(0, 22500))
        local = r.choice([f"{m[2].lower()}.{s[2].lower()}", f"{s[2].lower()}{r.randint(1, 99)}",
                          f"{m[2][0].lower()}{s[2].lower()}{dob.year % 100:02d}",
                          f"{m[2].lower()}_{r.randint(100, 999)}"])
        out.append({
            "sei": s[0], "mei": m[0], "name": f"{s[0]} {m[0]}", "kana": f"{s[1]} {m[1]}",
            "kana_kata": "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c
                                 for c in f"{s[1]} {m[1]}"),
            "romaji": f"{m[2]} {s[2].upper()}", "zip": zipc, "addr": addr,
            "pref": town[:3] if town[2] in "都道府県" else town[:4],
            "mob": mob, "tel": land if r.random() < 0.3 else mob, "dob": dob,
            "mail": f"{local}@{r.choice(_FREE)}",
            "member": f"HS{r.randint(1000000, 9999999)}",
            "order": f"HN{r.choice(['2606', '2607', '2608'])}-{r.randint(10000, 99999)}",
            "last4": f"{r.randint(0, 9999):04d}", "r": r,
        })
    return out


# -- the people of 日の出産業 who write this mail -------------------------------------

_CO = "日の出産業株式会社"
_CO_ADDR = "〒103-0027 東京都中央区日本橋2-9-11 日の出ビル5F"
_STAFF = {
    "sakakibara": ("榊原 透", "さかきばら とおる", "Toru Sakakibara",
                   "総務部 法務・コンプライアンス課 課長", "t.sakakibara", "2140"),
    "ukai": ("鵜飼 真澄", "うかい ますみ", "Masumi Ukai",
             "情報システム部 HINODE-CSIRT", "m.ukai", "2488"),
    "urushibara": ("漆原 千景", "うるしばら ちかげ", "Chikage Urushibara",
                   "お客様相談室 室長", "c.urushibara", "3301"),
    "shoji": ("東海林 剛", "しょうじ つよし", "Tsuyoshi Shoji",
              "EC事業部 通販課", "t.shoji", "3120"),
    "nagumo": ("南雲 麻衣", "なぐも まい", "Mai Nagumo", "広報IR室", "m.nagumo", "1050"),
    "nishina": ("仁科 亮", "にしな りょう", "Ryo Nishina", "経理部 出納課", "r.nishina", "2260"),
    "sobue": ("祖父江 佳織", "そぶえ かおり", "Kaori Sobue", "人事部 労務課", "k.sobue", "2310"),
    "wakasa": ("若狭 悠", "わかさ ゆう", "Yu Wakasa", "お客様相談室", "y.wakasa", "3305"),
    "kuramoto": ("蔵本 慎司", "くらもと しんじ", "Shinji Kuramoto",
                 "情報システム部 インフラ課", "s.kuramoto", "2470"),
    "otaka": ("大鷹 理恵", "おおたか りえ", "Rie Otaka",
              "総務部 個人情報漏えい対策本部 事務局", "r.otaka", "2145"),
    "mitarai": ("御手洗 哲也", "みたらい てつや", "Tetsuya Mitarai",
                "常務取締役 個人情報保護管理者", "t.mitarai", "1001"),
}


def _from(key):
    s = _STAFF[key]
    return f"{s[0]} <{s[4]}@hinode-sangyo.co.jp>"


def _sig(key, style=0):
    name, kana, rom, dept, local, ext = _STAFF[key]
    mail = f"{local}@hinode-sangyo.co.jp"
    if style == 0:
        return (f"--\n{_CO}\n{dept}\n{name}（{kana}）\n{_CO_ADDR}\n"
                f"TEL 03-5201-4410（代） 内線 {ext}\n{mail}\n")
    if style == 1:
        line = "━" * 28
        return (f"{line}\n 日の出産業株式会社 {dept}\n {name}  {rom}\n"
                f" TEL: 03-5201-{ext}  FAX: 03-5201-4401\n Mail: {mail}\n{line}\n")
    if style == 2:
        return (f"Best regards,\n\n{rom}\n{dept.split(' ')[0]} / Hinode Sangyo Co., Ltd.\n"
                f"2-9-11 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan\n"
                f"Tel +81-3-5201-{ext} | {mail}\n")
    if style == 3:
        return f"\n日の出産業㈱ {dept.split(' ')[0]} {name.split(' ')[0]}\n（内線{ext}）\n"
    return (f"\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n日の出産業株式会社\n{dept}\n{name}\n"
            f"直通：03-5201-{ext}\nE-mail：{mail}\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n")


_DISC_JA = ("\n本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
            "お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。\n")
_DISC_EN = ("\nThis e-mail and any attachments may contain confidential information intended "
            "solely for the addressee. If you have received it in error, please notify the "
            "sender and delete it.\n")

# -- 001-025 ---------------------------------------------------------------------------


def _m001():
    ps = _people("m001", 48)
    rows = [["管理番号", "郵便番号", "住所1", "住所2", "氏名", "敬称", "会員番号"]]
    for i, p in enumerate(ps, 1):
        a = p["addr"].split(" ")
        rows.append([f"W{i:05d}", p["zip"], a[0], a[1] if len(a) > 1 else "", p["name"],
                     "様", p["member"]])
    return {
        "id": "roei-001", "charset": "iso-2022-jp",
        "sender": _from("otaka"),
        "to": ["平賀 陽子 <y.hiraga@nishiki-insatsu.co.jp>"],
        "cc": ["榊原 透 <t.sakakibara@hinode-sangyo.co.jp>"],
        "subject": "お詫び状 発送データ（第1便）の送付",
        "body": (
            "錦印刷株式会社\nDM事業部 平賀様\n\nいつも大変お世話になっております。\n"
            "日の出産業の大鷹です。\n\n先日お打ち合わせいたしましたお詫び状の件、第1便の宛名データを"
            "添付にてお送りいたします。\n\n・件数：48件（第1便分）\n・形式：CSV（Shift_JIS）\n"
            "・差込項目：郵便番号／住所1／住所2／氏名／敬称\n・会員番号は封入物の照合用です。"
            "宛名面には印字しないでください。\n\n第2便以降は、返戻分の住所確認が済み次第お送りします。"
            "\n校正刷りは9月第3週にいただけますと助かります。\n\nどうぞよろしくお願いいたします。\n\n"
            + _sig("otaka", 0)),
        "attachments": [{"kind": "csv", "name": "owabi_hassou_01.csv", "encoding": "cp932",
                         "rows": rows}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "48 affected customers' names and postal addresses in a CSV to the printer: a list",
    }


def _m002():
    ps = _people("m002", 30)
    rows = [["受付No", "会員番号", "氏名", "メールアドレス", "電話番号", "カード下4桁", "最終決済日"]]
    r = random.Random("m002")
    for i, p in enumerate(ps, 1):
        d = date(2026, 6, 3) + timedelta(days=r.randint(0, 85))
        rows.append([i, p["member"], p["name"], p["mail"], p["tel"], p["last4"],
                     d.strftime("%Y/%m/%d")])
    return {
        "id": "roei-002", "charset": "utf-8",
        "sender": _from("ukai"),
        "to": ["対策本部メンバー <taisaku-honbu@hinode-sangyo.co.jp>"],
        "cc": ["御手洗 哲也 <t.mitarai@hinode-sangyo.co.jp>"],
        "subject": "【初動報告】ひので生活便 決済画面改ざんの件（第1報）",
        "body": (
            "対策本部各位\n\nCSIRT鵜飼です。第1報です。\n\n"
            "1. 事象\n   ひので生活便の決済入力画面に外部スクリプトが埋め込まれ、入力されたカード情報が"
            "\n   外部ドメインへ送信されていた可能性があります。\n"
            "2. 期間（暫定）\n   2026/06/03 〜 2026/08/27 14:10（改ざんファイル除去時刻）\n"
            "3. 影響範囲（暫定）\n   期間中のカード決済：12,480件（重複除く会員数 11,902名）\n"
            "4. 対応\n   ・決済画面を停止済み（8/27 14:10）\n   ・ツバサシステムにログ保全を依頼済み\n"
            "   ・くろがねセキュリティにフォレンジック調査を打診中\n\n"
            "添付は問い合わせ受付と突合するための先行30件の抽出です。社内限りで扱ってください。\n\n"
            + _sig("ukai", 1)),
        "attachments": [{"kind": "xlsx", "name": "先行抽出_30件.xlsx",
                         "sheets": {"抽出": rows}}],
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "affected-customer list, but every recipient is internal",
    }


def _m003():
    c1, c2, c3, c4 = _cc(101), _cc(102), _cc(103), _cc(104)
    ps = _people("m003", 4)
    lines = []
    ts = ["2026-07-14T02:11:53Z", "2026-07-14T02:40:07Z", "2026-07-14T03:02:29Z",
          "2026-07-14T03:15:41Z"]
    for t, p, c, ex in zip(ts, ps, (c1, c2, c3, c4), ("09/29", "03/28", "11/27", "06/30")):
        lines.append(f'{t} POST /c.php d={{"cn":"{c}","ex":"{ex}","nm":"{p["romaji"]}","cv":"***"}}')
    return {
        "id": "roei-003", "charset": "utf-8",
        "sender": _from("ukai"),
        "to": ["木場 隆之 <t.kiba@kurogane-sec.co.jp>"],
        "cc": ["朝比奈 葵 <a.asahina@kurogane-sec.co.jp>", "蔵本 慎司 <s.kuramoto@hinode-sangyo.co.jp>"],
        "subject": "Re: 送信先サーバのログ断片について",
        "body": (
            "くろがねセキュリティ 木場様\n\nお世話になっております。日の出産業CSIRTの鵜飼です。\n\n"
            "ご依頼の件、ツバサシステム経由で入手できた攻撃者側受信サーバのログ断片（差し押さえ前に"
            "\n取得されたもの）から、先頭の4行をそのまま貼ります。\n"
            "当社会員のカードと突合できるか見ていただけますでしょうか。\n\n"
            + "\n".join(lines) +
            "\n\n全体は約1,900行で、共有ストレージにアップ予定です。\n\nよろしくお願いいたします。\n"
            + _sig("ukai", 1)),
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "four full card numbers with cardholder names pasted into mail to the forensic vendor",
    }


def _m004():
    return {
        "id": "roei-004", "charset": "iso-2022-jp",
        "sender": _from("kuramoto"),
        "to": ["三上 健 <k.mikami@tsubasa-system.jp>"],
        "cc": ["ツバサシステム 保守窓口 <support@tsubasa-system.jp>"],
        "subject": "ログ保全のお願い（ひので生活便 本番環境）",
        "body": (
            "ツバサシステム株式会社\nECソリューション部 三上様\n\nお世話になっております。"
            "日の出産業 情報システム部の蔵本です。\n\n本日お電話でお願いした件、念のため文書でも"
            "お送りします。\n\n【保全対象】\n  - Webサーバ 2台（web01, web02）の access_log / error_log"
            "\n  - 管理画面の操作ログ\n  - WAF のイベントログ\n  - DB サーバのスロークエリログ・監査ログ\n"
            "【期間】2026年5月1日〜現在\n【方法】ハッシュ値（SHA-256）を取得したうえで、"
            "オフライン媒体へ複製\n\nローテーションで消える前に、本日中の着手をお願いできれば幸いです。"
            "\n費用は別途ご相談させてください。\n\n" + _sig("kuramoto", 0) + _DISC_JA),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "log preservation request to the partner system vendor; no personal data",
    }


def _m005():
    return {
        "id": "roei-005", "charset": "shift_jis",
        "sender": _from("sakakibara"),
        "to": ["木場 隆之 <t.kiba@kurogane-sec.co.jp>", "三上 健 <k.mikami@tsubasa-system.jp>",
               "瀬戸口 諒 <r.setoguchi@sora-payment.co.jp>"],
        "subject": "【ご案内】9/2 キックオフ会議（調査・決済停止の段取り）",
        "body": (
            "関係各位\n\nお世話になっております。日の出産業の榊原でございます。\n"
            "先般の不正アクセス事案につき、調査と決済再開の段取りを確認するため、"
            "下記のとおり打ち合わせを設定いたしました。\n\n  日時：9月2日（水）10:00〜11:30\n"
            "  場所：弊社本社 5階 第2会議室（Teams併用）\n  議題：①調査範囲と体制 ②ログの受け渡し"
            "\n        ③カード決済の停止・再開条件 ④次回日程\n\nご出席者のお名前を前日までに"
            "お知らせいただけますと幸いです。\n\n" + _sig("sakakibara", 0)),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations (forensic vendor, system vendor, payment agent) see each other in To",
    }


def _m006():
    return {
        "id": "roei-006", "charset": "iso-2022-jp",
        "sender": _from("sakakibara"),
        "to": ["嶋津 崇 <t.shimazu@shirakawa-law.jp>"],
        "cc": ["白川 惠 <m.shirakawa@shirakawa-law.jp>"],
        "subject": "事故対応方針（案）のご確認のお願い",
        "body": (
            "白川法律事務所\n嶋津先生\n\nいつもお世話になっております。日の出産業の榊原です。\n\n"
            "昨日の打ち合わせを踏まえ、本件の対応方針（案）を作成しました。特に以下の点について"
            "\nご意見を賜れますと幸いです。\n\n（1）本人通知の範囲（カード決済者のみか、会員全体か）\n"
            "（2）見舞品の金額水準と、受領をもって和解とみなす文言の可否\n"
            "（3）公表のタイミングと、カード会社の不正利用調査との先後\n\n"
            "週明けの役員会に諮りたく、木曜までにご返信いただけますと助かります。\n\n"
            + _sig("sakakibara", 4)),
        "attachments": [{
            "kind": "docx", "name": "対応方針（案）_v3.docx",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 個人情報漏えい対策本部",
            "paragraphs": [
                "個人情報漏えい事案 対応方針（案）", "作成：対策本部事務局　版数：3",
                "1. 基本方針　被害の拡大防止を最優先とし、事実関係が確定次第、速やかに本人通知と公表を行う。",
                "2. 本人通知　期間中にカード決済を行った会員（11,902名）へ書面及び電子メールで通知する。",
                "3. 見舞品　1名あたり500円分のQUOカードを同封する。",
                "4. 公表　カード会社の了承を得たうえで、9月中旬を目途に当社Webサイトで公表する。",
            ],
            "tables": [[["項目", "担当", "期限"], ["本人通知文案", "法務", "9/10"],
                        ["コールセンター開設", "お客様相談室", "9/12"],
                        ["個人情報保護委員会 確報", "法務", "10/27"]]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "DOCX stamped 社外秘 in its page header sent to the outside law firm",
    }


def _m007():
    return {
        "id": "roei-007", "charset": "iso-2022-jp",
        "sender": _from("nagumo"),
        "to": ["立花 美和 <m.tachibana@sakura-hotel.jp>"],
        "subject": "9/16 記者会見 会場ご手配の件",
        "body": (
            "さくらホテル 宴会営業部\n立花様\n\nお世話になっております。日の出産業 広報IR室の南雲です。"
            "\n急なお願いにもかかわらずご対応いただきありがとうございます。\n\n"
            "・日時　9月16日（水）15:00〜16:00（設営 13:30〜）\n・会場　鳳凰の間（スクール形式 60席）"
            "\n・備品　マイク4本、演台、受付テーブル2台、バックパネル不要\n\n"
            "当日の弊社窓口は以下の3名です。何かありましたら携帯にご連絡ください。\n"
            "  南雲 麻衣　　080-3317-6620\n  榊原 透　　　090-2278-5409\n  大鷹 理恵　　070-4180-9336"
            "\n\nご請求書は広報IR室宛にお願いいたします。\n\n" + _sig("nagumo", 3)),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "three on-site contacts with mobile numbers to the partner hotel: under five people",
    }


def _m008():
    ps = _people("m008", 60)
    rows = [["No", "氏名", "電話番号", "優先度"]] + [
        [i, p["name"], p["tel"], "A" if i < 20 else "B"] for i, p in enumerate(ps, 1)]
    return {
        "id": "roei-008", "charset": "shift_jis",
        "sender": _from("urushibara"),
        "to": ["戸叶 真理 <m.tokano@hikari-contact.co.jp>"],
        "subject": "架電リスト（9/14開始分）送付",
        "body": (
            "ひかりコンタクトサービス\n戸叶様\n\nお世話になっております。日の出産業お客様相談室の漆原です。"
            "\n\n9/14（月）開始のアウトバウンド架電用リストをお送りします。\n"
            "ファイルはパスワード付きZIPにしております。パスワードは別メールでお送りします。\n\n"
            "  ファイル名：call_list_0914.zip\n  件数：60件\n\n架電結果は日次で共有フォルダに"
            "お戻しください。\n\n" + _sig("urushibara", 0)),
        "attachments": [{"kind": "zip", "name": "call_list_0914.zip", "password": "Hk#0914-call",
                         "files": [{"kind": "xlsx", "name": "call_list_0914.xlsx",
                                    "sheets": {"架電": rows}}]}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP to the call-centre vendor cannot be inspected (a call list inside)",
    }


def _m009():
    p = _people("m009", 1)[0]
    return {
        "id": "roei-009", "charset": "utf-8",
        "sender": _from("wakasa"),
        "to": ["ひかりコンタクト SV窓口 <sv-desk@hikari-contact.co.jp>"],
        "cc": ["漆原 千景 <c.urushibara@hinode-sangyo.co.jp>"],
        "subject": "【至急・エスカレーション】架電停止のお願い（受付No.0912-0387）",
        "body": (
            "SV窓口 ご担当者様\n\n日の出産業 お客様相談室の若狭です。\n\n"
            "本日入電のあった下記のお客様について、今後の架電・郵送を一切停止してください。\n\n"
            f"  お名前：{p['name']}（{p['kana_kata']}）様\n  会員番号：{p['member']}\n"
            f"  連絡可能番号：{p['mob']}（ご本人携帯、平日18時以降のみ）\n\n"
            "ご本人から、配偶者からのDV被害で保護命令を受け、現在は転居先を秘匿している旨の申告が"
            "ありました。\n登録住所が漏えいしたかどうかを大変心配されています。旧住所宛の郵送物は"
            "すべて止めてください。\n\n折り返しは当室から行いますので、受電時は「担当から改めて"
            "連絡します」とだけお伝えください。\n\n" + _sig("wakasa", 3)),
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer's status as a DV (crime) victim sent to the call-centre vendor: 要配慮個人情報",
    }


def _m010():
    return {
        "id": "roei-010", "charset": "iso-2022-jp",
        "sender": "日の出産業 お客様相談室 <support-hinode@hinode-sangyo.co.jp>",
        "to": ["izumi.kk0415@gmail.com"],
        "subject": "Re: カード情報の件で問い合わせです",
        "body": (
            "お問い合わせいただきました件につきまして、ご回答申し上げます。\n\n"
            "このたびは、弊社通販サイト「ひので生活便」への不正アクセスにより、多大なるご心配と"
            "ご迷惑をおかけしておりますことを、心より深くお詫び申し上げます。\n\n"
            "お客様のご注文は、調査対象期間（2026年6月3日〜8月27日）より前のお支払いであることを"
            "確認いたしました。現時点では、お客様のカード情報が今回の事案の対象となった可能性は"
            "低いと考えております。\n\nなお、ご不安な場合は、カード裏面のカード会社窓口にて"
            "カードの差し替えをご相談いただけます。その際の再発行手数料は弊社にて負担いたします。"
            "\n\n今後とも何卒よろしくお願い申し上げます。\n\n"
            "――――――――――――――――――\n日の出産業株式会社 お客様相談室\n"
            "専用ダイヤル 0120-816-247（9:00〜20:00 土日祝含む）\n――――――――――――――――――\n"),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one worried customer on free mail; no personal data beyond the salutation-free answer",
    }


def _m011():
    ps = _people("m011", 7)
    lines = ["受付日\t氏名\tフリガナ\t生年月日\t電話番号\tカード下4桁"]
    r = random.Random("m011")
    for p in ps:
        lines.append(f"9/{r.randint(8, 11)}\t{p['name']}\t{p['kana_kata']}\t"
                     f"{p['dob'].strftime('%Y/%m/%d')}\t{p['tel']}\t{p['last4']}")
    return {
        "id": "roei-011", "charset": "shift_jis",
        "sender": _from("urushibara"),
        "to": ["みらいカード 不正対策室 <fraud-desk@mirai-card.co.jp>"],
        "cc": ["野々村 亘 <w.nonomura@mirai-card.co.jp>"],
        "subject": "カード差し替え希望のお客様（9/8〜9/11受付分）",
        "body": (
            "みらいカード株式会社\n不正対策室 野々村様\n\n平素よりお世話になっております。\n"
            "日の出産業 お客様相談室の漆原です。\n\n弊社窓口でカード差し替えのご希望を承った"
            "お客様を下記にまとめました。\n貴社会員の方につき、再発行のお手続きをお願いできますでしょうか。"
            "\n（Excelから貼り付けておりますので、列がずれて見えましたら申し訳ありません）\n\n"
            + "\n".join(lines) +
            "\n\n再発行手数料は弊社負担とさせていただく旨、お客様にはご説明済みです。\n\n"
            + _sig("urushibara", 1)),
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "seven customers' names, birth dates and phone numbers, tab-separated, to the card company",
    }


def _m012():
    return {
        "id": "roei-012", "charset": "utf-8",
        "sender": _from("kuramoto"),
        "to": ["三上 健 <k.mikami@tsubasa-sytem.jp>"],
        "subject": "改ざん検知までの時系列（確認依頼）",
        "body": (
            "三上様\n\nお世話になっております。蔵本です。\n\n"
            "当社側で把握している時系列を整理しました。貴社の作業記録と突き合わせて、"
            "相違があればご指摘ください。\n\n"
            "  06/03 09:12  管理画面に不審なログイン（海外IP）\n"
            "  06/03 09:20  テンプレート checkout.tpl が更新される\n"
            "  08/26 17:45  カード会社から不正利用の疑いについて連絡\n"
            "  08/27 11:30  貴社にて改ざん箇所を特定\n  08/27 14:10  決済画面停止\n\n"
            "管理画面のアカウント棚卸し結果も、あわせていただけますと助かります。\n\n"
            + _sig("kuramoto", 3)),
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain tsubasa-sytem.jp is a typo of the partner tsubasa-system.jp",
    }


def _m013():
    return {
        "id": "roei-013", "charset": "iso-2022-jp",
        "sender": _from("sakakibara"),
        "to": ["個人情報保護委員会 事務局 <roei-soudan@hogoiinkai.go.jp>"],
        "subject": "【日の出産業株式会社】速報（受付番号 R8-0829-0117）に関するご照会への回答",
        "body": (
            "個人情報保護委員会事務局\nご担当者様\n\nお世話になっております。\n"
            "8月29日に漏えい等報告（速報）を提出いたしました日の出産業株式会社の榊原でございます。"
            "\n本日お電話でご照会のありました点につき、下記のとおり回答いたします。\n\n"
            "１．漏えいのおそれのある本人の数\n　　カード情報：12,480件（会員数 11,902名）\n"
            "　　会員情報（氏名・住所・電話番号・メールアドレス・生年月日）：最大 38,200名\n"
            "２．特定個人情報の有無\n　　従業員 47名分の個人番号が記載された書類の画像が、"
            "侵害されたファイルサーバに保存されていたことを確認いたしました。番号法に基づく報告も"
            "あわせて行います。\n３．本人への通知\n　　9月中旬から書面にて順次通知予定です。\n\n"
            "確報は、フォレンジック調査の結果を踏まえ、期限内に提出いたします。\n\n"
            + _sig("sakakibara", 0)),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "answer to the regulator with counts only, no individual's data",
    }


def _m014():
    ps = _people("m014", 6)
    blocks = []
    for i, p in enumerate(ps):
        blocks.append(
            f"【{i + 1}】{p['name']}（{p['kana_kata']}）\n"
            f"　社員番号：{random.Random(p['name']).randint(10000, 49999)}\n"
            f"　生年月日：{wareki(p['dob'])}\n　個人番号：{_mn(1 + i)}\n")
    return {
        "id": "roei-014", "charset": "iso-2022-jp",
        "sender": _from("sobue"),
        "to": ["早瀬 直人 <n.hayase@hayase-sr.jp>"],
        "subject": "個人番号の変更請求について（対象者一覧）",
        "body": (
            "社会保険労務士法人はやせ事務所\n早瀬先生\n\nいつもお世話になっております。"
            "日の出産業 人事部の祖父江です。\n\n先日ご相談した件、ファイルサーバから流出した可能性の"
            "ある書類に個人番号が記載されていた従業員のうち、番号の変更を希望している者を"
            "下記にまとめました。\n市区町村への変更請求の手順と、会社側で準備すべき書類を"
            "ご教示いただけますでしょうか。\n\n" + "\n".join(blocks) +
            "\n上記6名は、いずれも本人の同意を得ております。\n\n" + _sig("sobue", 0)),
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "six employees' My Numbers with names and birth dates to an outside 社労士",
    }


def _m015():
    return {
        "id": "roei-015", "charset": "iso-2022-jp",
        "sender": "日の出産業 お客様相談室 <support-hinode@hinode-sangyo.co.jp>",
        "to": ["tsuyuri.h@yahoo.co.jp", "maeshiro-k@icloud.com", "domeki_s77@gmail.com",
               "hozumi.nao@docomo.ne.jp", "yuge1960@ezweb.ne.jp"],
        "subject": "【日の出産業】お問い合わせいただいたお客様へのご連絡",
        "body": (
            "お客様各位\n\nこのたびは弊社通販サイト「ひので生活便」に関する件でお問い合わせを"
            "いただき、誠にありがとうございます。また、多大なるご迷惑とご心配をおかけしておりますことを"
            "深くお詫び申し上げます。\n\nお問い合わせの多かったご質問について、下記にまとめました。\n\n"
            "Q. 自分のカードが対象か知りたい\nA. 9月中旬以降、対象のお客様には書面でお知らせいたします。"
            "\nQ. カードを止めたほうがよいか\nA. カード会社へご相談のうえ、差し替えをご検討ください。"
            "再発行手数料は弊社が負担いたします。\n\n日の出産業株式会社 お客様相談室\n"
            "専用ダイヤル 0120-816-247\n"),
        "expect": "stop",
        "entities": [],
        "detectors": ["freemail_recipient", "external_recipients_visible",
                      "multiple_external_domains"],
        "note": "five private customers in To can see each other's addresses: should have been Bcc",
    }


def _m016():
    ps = _people("m016", 12)
    r = random.Random("m016")
    cats = ["対象確認", "カード差替え", "退会希望", "苦情", "見舞品", "住所変更"]
    trs = "".join(
        f"<tr><td>{i}</td><td>{p['name']}</td><td>{p['tel']}</td><td>{r.choice(cats)}</td>"
        f"<td>{r.choice(['完了', '折返し待ち', '要エスカ'])}</td></tr>\n"
        for i, p in enumerate(ps, 1))
    html = (
        "<html><body><p>相談室各位</p><p>9/14（月）の受電記録です。要エスカの2件は明朝の"
        "朝会で確認します。</p>\n<table border=\"1\" cellpadding=\"3\">\n"
        "<tr><th>No</th><th>お名前</th><th>電話番号</th><th>区分</th><th>状況</th></tr>\n"
        + trs + "</table>\n<p>若狭</p></body></html>")
    return {
        "id": "roei-016", "charset": "utf-8",
        "sender": _from("wakasa"),
        "to": ["お客様相談室 <soudan-all@hinode-sangyo.co.jp>"],
        "subject": "9/14 受電記録",
        "html": html,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": [],
        "note": "twelve callers' names and phone numbers in an HTML table, internal recipients only",
    }


def _m017():
    ps = _people("m017", 8)
    trs = "".join(
        f"<tr><td>{p['member']}</td><td>{p['name']} 様</td><td>〒{p['zip']}</td>"
        f"<td>{p['addr']}</td><td>{p['tel']}</td></tr>" for p in ps)
    html = (
        "<html><body><div>青葉運輸株式会社<br>法人営業部 岩佐様</div><br>"
        "<div>いつもお世話になっております。日の出産業の東海林です。</div>"
        "<div>先週発送したお詫び状（QUOカード同封）のうち、宛所不明等で返戻された8件について、"
        "住所確認が取れましたので再配達をお願いいたします。</div><br>"
        "<table border=\"1\" style=\"border-collapse:collapse\"><tr><th>会員番号</th><th>宛名</th>"
        "<th>郵便番号</th><th>住所</th><th>電話</th></tr>" + trs + "</table><br>"
        "<div>配達記録付き（手渡し）でお願いします。</div><div>--<br>日の出産業株式会社 EC事業部 "
        "東海林 剛<br>TEL 03-5201-3120</div></body></html>")
    return {
        "id": "roei-017", "charset": "utf-8",
        "sender": _from("shoji"),
        "to": ["岩佐 一平 <i.iwasa@aoba-unyu.co.jp>"],
        "subject": "お詫び状 返戻分の再配達依頼（8件）",
        "html": html,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "eight customers' names, addresses and phones in an HTML-only table to the carrier",
    }


def _m018():
    return {
        "id": "roei-018", "charset": "shift_jis",
        "sender": _from("urushibara"),
        "to": ["戸叶 真理 <m.tokano@hikari-contact.co.jp>"],
        "cc": ["ひかりコンタクト 運営 <ops@hikari-contact.co.jp>"],
        "subject": "応対スクリプト v1.2（修正版）",
        "body": (
            "戸叶様\n\nお世話になっております。漆原です。\n昨日の研修でいただいたご指摘を反映した"
            "スクリプト v1.2 をお送りします。\n\n主な変更点：\n・冒頭のお詫びを一文短くしました\n"
            "・「対象かどうか」の確認は会員番号のみで行い、カード番号は絶対に聞かない旨を明記\n"
            "・見舞品の到着時期の案内を「9月下旬以降」に変更\n\n" + _sig("urushibara", 3)),
        "attachments": [{
            "kind": "docx", "name": "応対スクリプト_v1.2.docx", "title": "応対スクリプト v1.2",
            "paragraphs": [
                "ひので生活便 不正アクセス事案 専用ダイヤル 応対スクリプト（v1.2）",
                "1. 第一声：「お電話ありがとうございます。日の出産業 専用ダイヤルでございます。」",
                "2. お詫び：「このたびはご迷惑とご心配をおかけし、誠に申し訳ございません。」",
                "3. 本人確認：会員番号、ご登録のお名前、電話番号の下4桁を伺う。",
                "※カード番号・セキュリティコードは絶対に伺わないこと。",
                "4. 対象可否：照会画面で確認し、対象の場合は通知書の発送予定をご案内する。",
                "5. エスカレーション：ご立腹・報道関係・弁護士からの入電はSVへ転送。",
            ],
            "tables": [[["よくあるご質問", "回答の要点"],
                        ["カードを止めるべきか", "カード会社へご相談を。再発行手数料は当社負担"],
                        ["いつ分かったのか", "8月26日にカード会社からの連絡で判明"],
                        ["見舞品は何か", "500円分のQUOカード（お詫び状に同封）"]]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "call-centre script and FAQ with no personal data",
    }


def _m019():
    c = _cc(105)
    inner = (
        "---------- Forwarded message ---------\nFrom: 五百旗頭 康弘 <iokibe.yasu@nifty.com>\n"
        "Date: 2026年9月10日(木) 22:41\nSubject: 不正利用されました\nTo: <support-hinode@hinode-sangyo.co.jp>\n\n"
        "日の出産業 御中\n\nおたくの通販で使ったカードが、身に覚えのない海外サイトで"
        "3回使われていました。\nカード番号は " + spaced_card(c, "-") + " です。"
        "有効期限は 2028年4月。\nカード会社からはお店側の漏えいが原因だろうと言われました。\n"
        "どう責任を取るつもりですか。至急連絡をください。\n\n五百旗頭 康弘\n"
        "携帯 090-6672-1048\n")
    return {
        "id": "roei-019", "charset": "iso-2022-jp",
        "sender": _from("urushibara"),
        "to": ["瀬戸口 諒 <r.setoguchi@sora-payment.co.jp>"],
        "subject": "FW: 不正利用されました",
        "body": (
            "そらペイメント 瀬戸口様\n\nお世話になっております。漆原です。\n"
            "お客様から下記のお申し出がありました。弊社経由の決済履歴と、不正利用の日時の前後関係を"
            "ご確認いただけますでしょうか。\n\n" + inner),
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forwarded customer mail carrying his full card number to the payment agent: a forward counts",
    }


def _m020():
    return {
        "id": "roei-020", "charset": "utf-8",
        "sender": _from("ukai"),
        "to": ["Daniel Okafor <d.okafor@meridian-pfi.com>"],
        "cc": ["Priya Raman <p.raman@meridian-pfi.com>"],
        "subject": "[CONFIDENTIAL] Preliminary scoping notes - Hinode e-commerce compromise",
        "body": (
            "Classification: CONFIDENTIAL\n\nDear Daniel,\n\nThank you for the call this morning. "
            "As agreed, here are our preliminary scoping notes ahead of the formal PFI engagement.\n\n"
            "1. Environment: the storefront is hosted by our vendor Tsubasa System on two web "
            "nodes behind a cloud WAF; payment is by a redirect-less card form posting to the "
            "payment agent's tokenisation API.\n2. Compromise: checkout.tpl was altered on 3 June "
            "to load an external script that copied form fields to an attacker-controlled host.\n"
            "3. Window: 3 June - 27 August 2026.\n4. Volume: approx. 12,480 card transactions.\n"
            "5. Open questions: whether the admin console credentials were phished or reused; "
            "whether any lateral movement reached the corporate file server.\n\n"
            "Please treat this note as confidential until the engagement letter is signed.\n\n"
            + _sig("ukai", 2)),
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail classified CONFIDENTIAL (subject and classification line) to the foreign PFI",
    }


def _m021():
    team = [("榊原 透", "対策本部 事務局長", "090-2278-5409", "t.sakakibara"),
            ("大鷹 理恵", "対策本部 事務局", "070-4180-9336", "r.otaka"),
            ("鵜飼 真澄", "CSIRT リーダー", "080-6624-0173", "m.ukai"),
            ("蔵本 慎司", "インフラ課", "090-8831-2275", "s.kuramoto"),
            ("漆原 千景", "お客様相談室 室長", "080-1193-4482", "c.urushibara"),
            ("御手洗 哲也", "常務 個人情報保護管理者", "090-5560-7714", "t.mitarai")]
    lines = "\n".join(f"  {n:<8}{d:<16}{t}  {m}@hinode-sangyo.co.jp" for n, d, t, m in team)
    return {
        "id": "roei-021", "charset": "iso-2022-jp",
        "sender": _from("otaka"),
        "to": ["木場 隆之 <t.kiba@kurogane-sec.co.jp>"],
        "subject": "緊急連絡網（当社側）",
        "body": (
            "くろがねセキュリティ 木場様\n\nお世話になっております。日の出産業 対策本部事務局の大鷹です。"
            "\n調査期間中の当社側の緊急連絡先をお知らせします。夜間・休日は上から順にご連絡ください。\n\n"
            "  氏名    役割            携帯           メール\n  " + "-" * 70 + "\n" + lines +
            "\n\n貴社側の連絡網もいただけますと幸いです。\n\n" + _sig("otaka", 3)),
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "six staff members' company mobiles and mail for an emergency roster: business contacts, yet a list of six",
    }


def _m022():
    ps = _people("m022", 14)
    r = random.Random("m022")
    detail = [["不正利用明細（カード会社報告ベース）"], [],
              ["No", "会員番号", "氏名", "都道府県", "電話番号", "不正利用日", "不正利用額（円）"]]
    total = 0
    for i, p in enumerate(ps, 1):
        amt = r.choice([3980, 12800, 29800, 54000, 108000, 7600, 21450])
        total += amt
        detail.append([i, p["member"], p["name"], p["pref"], p["tel"],
                       f"2026/0{r.randint(7, 8)}/{r.randint(10, 28)}", amt])
    detail.append(["", "", "", "", "", "合計", total])
    return {
        "id": "roei-022", "charset": "shift_jis",
        "sender": _from("nishina"),
        "to": ["久我 智史 <s.kuga@tokiwa-sonpo.co.jp>"],
        "subject": "サイバー保険 事故報告（追加資料）",
        "body": (
            "ときわ損害保険株式会社\nサイバー保険ご担当 久我様\n\nお世話になっております。"
            "日の出産業 経理部の仁科です。\n\n先日の事故受付（受付番号 CY-26-004812）につき、"
            "追加資料をお送りいたします。\n\n・表紙\n・不正利用明細（14件）\n・対応費用の見込み\n\n"
            "不足があればご指示ください。\n\n" + _sig("nishina", 0)),
        "attachments": [{
            "kind": "xlsx", "name": "事故報告_追加資料_0915.xlsx",
            "sheets": {
                "表紙": [["サイバー保険 事故報告 追加資料"], ["契約者", "日の出産業株式会社"],
                         ["受付番号", "CY-26-004812"], ["作成日", "2026年9月15日"]],
                "不正利用明細": detail,
                "費用見込み": [["費目", "金額（円）"], ["フォレンジック調査", 8800000],
                              ["コールセンター", 4200000], ["お詫び状・見舞品", 9650000],
                              ["弁護士費用", 2500000]],
            }}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "XLSX with 14 named customers, phones and fraud amounts sent to the insurer",
    }


def _m023():
    return {
        "id": "roei-023", "charset": "utf-8",
        "sender": _from("kuramoto"),
        "to": ["三上 健 <k.mikami@tsubasa-system.jp>"],
        "cc": ["朝比奈 葵 <a.asahina@kurogane-sec.co.jp>"],
        "subject": "WAFルール追加の件（くろがね様ご提案分）",
        "body": (
            "三上様、朝比奈様\n\nお世話になっております。蔵本です。\n\n"
            "朝比奈様からご提案いただいたWAFルールについて、ツバサシステム様で本番適用をお願いします。"
            "\n\n  1) checkout 配下への外部スクリプト読込をCSPでブロック（script-src 'self' + 決済代行）\n"
            "  2) 管理画面 /admin へのアクセスを当社VPNの送信元IPに限定\n"
            "  3) テンプレート更新時に差分をCSIRTへ通知\n\n適用日時は 9/5（土）2:00〜4:00 の"
            "メンテナンス枠を想定しています。\n切り戻し手順もあわせてご提示ください。\n\n"
            + _sig("kuramoto", 0)),
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc for a technical change: a normal three-way mail",
    }


def _m024():
    return {
        "id": "roei-024", "charset": "iso-2022-jp",
        "sender": _from("sakakibara"),
        "to": ["個人情報保護委員会 事務局 <roei-soudan@hogoiinkai.go.jp>"],
        "subject": "漏えい等報告（確報）の添付資料送付について",
        "body": (
            "個人情報保護委員会事務局\nご担当者様\n\nいつもお世話になっております。"
            "日の出産業株式会社の榊原でございます。\n\n報告フォームから提出いたしました確報につき、"
            "ご指示のありました別紙（調査報告書の要旨）をお送りいたします。\n"
            "ファイルにはパスワードを設定しております。パスワードはお電話でお伝えいたします。\n\n"
            "何卒よろしくお願い申し上げます。\n\n" + _sig("sakakibara", 0)),
        "attachments": [{"kind": "pdf", "name": "別紙_調査報告書要旨.pdf", "password": "R8-1027",
                         "title": "調査報告書要旨",
                         "lines": ["調査報告書 要旨", "1. 調査の概要", "2. 侵入経路",
                                   "3. 漏えいした情報の範囲", "4. 再発防止策"]}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF cannot be inspected",
    }


def _m025():
    return {
        "id": "roei-025", "charset": "shift_jis",
        "sender": _from("sakakibara"),
        "to": ["嶋津 崇 <t.shimazu@shirakawa-law.co.jp>"],
        "subject": "見舞品の受領と和解の関係について（ご相談）",
        "body": (
            "嶋津先生\n\nお世話になっております。榊原です。\n\n"
            "昨日の件で一点追加のご相談です。お詫び状に「本見舞品の受領をもって本件に関する"
            "一切の請求を放棄する」旨を入れることは、やはり避けるべきでしょうか。\n"
            "他社事例では、文言を入れたことで逆に炎上したケースがあると聞いております。\n\n"
            "お手すきの際にご教示いただけますと幸いです。\n\n" + _sig("sakakibara", 3)),
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-law.co.jp is a look-alike (added co.) of the partner law firm's shirakawa-law.jp",
    }

# -- 026-050 ---------------------------------------------------------------------------


def _m026():
    p = _people("m026", 1)[0]
    return {
        "id": "roei-026", "charset": "iso-2022-jp",
        "sender": _from("sakakibara"),
        "to": ["久我 智史 <s.kuga@tokiwa-sonpo.co.jp>"],
        "subject": "損害賠償請求の申し出について（ご相談）",
        "body": (
            "ときわ損害保険 久我様\n\nお世話になっております。日の出産業の榊原です。\n\n"
            "本件に関し、お客様お一人から慰謝料を含む損害賠償の請求書面が届きました。"
            "保険の対象となり得るかご相談させてください。\n\n"
            f"■請求者　{p['name']} 様（{p['pref']}在住、会員番号 {p['member']}）\n"
            "■請求額　金1,500,000円\n■請求の根拠（書面の記載による）\n"
            "　・漏えいの通知を受けて以降、不眠と動悸が続き、9月2日に心療内科を受診、"
            "適応障害及びうつ状態と診断された（診断書の写し添付あり）\n"
            "　・休職を余儀なくされたことによる休業損害\n\n"
            "診断書の写しは、取扱いに注意が必要なため別途郵送いたします。\n"
            "弁護士の白川先生にも同時にご相談しております。\n\n" + _sig("sakakibara", 0)),
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer's psychiatric diagnosis (要配慮個人情報) sent to the insurer",
    }


def _m027():
    ps = _people("m027", 8)
    quoted = "\n".join(f"> {i}. {p['mail']}  （初出 2026/09/0{i % 9 + 1}  paste site）"
                       for i, p in enumerate(ps, 1))
    return {
        "id": "roei-027", "charset": "utf-8",
        "sender": _from("ukai"),
        "to": ["朝比奈 葵 <a.asahina@kurogane-sec.co.jp>"],
        "subject": "Re: 【速報】ダークウェブ監視 ヒット8件",
        "body": (
            "朝比奈様\n\n鵜飼です。ご連絡ありがとうございます。\n"
            "8件とも当社会員DBに存在することを確認しました。いずれも決済期間中の購入者です。"
            "\n該当者への個別連絡は当社から行いますので、引き続き監視をお願いします。\n\n"
            "鵜飼\n\n"
            "On 2026/09/09 16:02, 朝比奈 葵 wrote:\n> 鵜飼様\n>\n"
            "> 監視対象のフォーラムに、貴社ドメインの注文確認メールと思われるデータの一部が\n"
            "> 投稿されていました。確認できたメールアドレスは以下の8件です。\n>\n"
            + quoted + "\n>\n> くろがねセキュリティ 朝比奈\n"),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the eight addresses are only in the quoted text of the vendor's own mail",
    }


def _m028():
    ps = _people("m028", 12)
    head = f"{'Name':<22}{'E-mail':<34}{'DOB':<12}Member ID"
    rows = "\n".join(f"{p['romaji']:<22}{p['mail']:<34}{p['dob'].isoformat():<12}{p['member']}"
                     for p in ps)
    return {
        "id": "roei-028", "charset": "utf-8",
        "sender": _from("ukai"),
        "to": ["Sofia Lindqvist <s.lindqvist@arcline-ti.com>"],
        "subject": "Watchlist for credential / identity monitoring (batch 1)",
        "body": (
            "Hi Sofia,\n\nAs discussed, please add the following customers to the identity "
            "monitoring watchlist. These are the members whose records we believe were read "
            "from the storefront database and who have asked us for extra protection.\n\n"
            + head + "\n" + "-" * len(head) + "\n" + rows +
            "\n\nBatch 2 (approx. 300 records) will follow once the lawyers approve the data "
            "transfer terms.\n\n" + _sig("ukai", 2)),
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "twelve customers' names, e-mail addresses and dates of birth in a padded table to a foreign vendor",
    }


def _m029():
    return {
        "id": "roei-029", "charset": "iso-2022-jp",
        "sender": _from("sakakibara"),
        "to": ["木場 隆之 <t.kiba@kurogane-sec.co.jp>"],
        "subject": "秘密保持契約書（修正案）の送付",
        "body": (
            "くろがねセキュリティ株式会社\n木場様\n\nお世話になっております。日の出産業の榊原です。\n\n"
            "調査業務委託に先立つ秘密保持契約書につき、当社法務の修正案をお送りします。\n"
            "主な修正点は次の3点です。\n\n①第3条（秘密情報の定義）に、調査の過程で取得する"
            "個人情報及び特定個人情報を明記\n②第7条（返還・廃棄）に、調査終了後30日以内の"
            "廃棄証明書の提出を追加\n③第9条（再委託）を事前の書面承諾制に変更\n\n"
            "ご確認のうえ、ご意見をお聞かせください。\n\n" + _sig("sakakibara", 0) + _DISC_JA),
        "attachments": [{"kind": "docx", "name": "秘密保持契約書_修正案_0903.docx",
                         "paragraphs": ["秘密保持契約書（案）",
                                        "日の出産業株式会社（以下「甲」という。）とくろがねセキュリティ株式会社"
                                        "（以下「乙」という。）は、甲が乙に委託する調査業務に関し、次のとおり"
                                        "秘密保持契約を締結する。",
                                        "第1条（目的）本契約は、甲乙間の調査業務において開示される秘密情報の"
                                        "取扱いを定めることを目的とする。",
                                        "第3条（秘密情報）本契約において秘密情報とは、……",
                                        "第7条（返還・廃棄）乙は、調査終了後30日以内に……"]}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the forensic vendor; 機密/秘密 is the subject, not a marking",
    }


def _m030():
    ps = _people("m030", 15)
    rows = [["緊急停止依頼リスト", "", "", ""], ["No", "カード番号", "名義（ローマ字）", "有効期限"]]
    for i, p in enumerate(ps, 1):
        rows.append([i, _cc(110 + i), p["romaji"], f"{random.Random(p['name']).randint(1, 12):02d}/2{random.Random(p['mail']).randint(7, 9)}"])
    return {
        "id": "roei-030", "charset": "utf-8",
        "sender": _from("ukai"),
        "to": ["みらいカード 不正対策室 <fraud-desk@mirai-card.co.jp>"],
        "subject": "【緊急】攻撃者サーバで確認されたカード番号（貴社発行分）",
        "body": (
            "みらいカード株式会社 不正対策室 御中\n\n日の出産業CSIRTの鵜飼です。\n"
            "フォレンジック調査の過程で、攻撃者サーバのログから貴社発行と思われるカード番号15件を"
            "確認しました。\n至急、利用停止のご検討をお願いいたします。一覧をExcelで添付します。\n\n"
            + _sig("ukai", 4)),
        "attachments": [{"kind": "xlsx", "name": "stop_request_mirai.xlsx",
                         "sheets": {"依頼": rows}}],
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "fifteen full card numbers with holder names in an XLSX to the card issuer",
    }


def _m031():
    return {
        "id": "roei-031", "charset": "utf-8",
        "sender": _from("ukai"),
        "to": ["Daniel Okafor <d.okafor@meridian-pfi.com>"],
        "subject": "Re: On-site visit 21-23 September",
        "body": (
            "Dear Daniel,\n\nThank you for confirming. We have booked meeting room 5B for the "
            "three days, and a visitor badge will be ready at the reception on the 1st floor.\n\n"
            "- Arrival: 21 Sep, 9:30 JST\n- Wi-Fi: a guest SSID will be provided; please do not "
            "connect your imaging workstation to it\n- Evidence hand-over: the web server images "
            "(2 x 500 GB) will be handed over on encrypted drives with a chain-of-custody form\n\n"
            "Our nearest station is Nihonbashi (Ginza line), exit B9.\n\n" + _sig("ukai", 2)
            + _DISC_EN),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "logistics mail to the PFI with the standard English disclaimer only",
    }


def _m032():
    return {
        "id": "roei-032", "charset": "shift_jis",
        "sender": _from("wakasa"),
        "to": ["ひかりコンタクト 運営 <ops@hikari-contact.co.jp>"],
        "subject": "架電結果の差し戻し（9/15分）",
        "body": (
            "ひかりコンタクト 運営ご担当者様\n\nお世話になっております。日の出産業の若狭です。"
            "\n9/15分の架電結果ファイルを修正してお戻しします。"
            "\n「不在」のうち3件は当室で折り返し済みのため、ステータスを更新しています。\n\n"
            + _sig("wakasa", 0)),
        "attachments": [{"kind": "corrupt", "name": "架電結果_0915_修正.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the XLSX attachment is corrupt and cannot be inspected",
    }


def _m033():
    return {
        "id": "roei-033", "charset": "utf-8",
        "sender": _from("nagumo"),
        "to": ["宇佐美 沙耶 <s.usami@akebono-pr.co.jp>"],
        "subject": "記者会見 想定問答（第2版）",
        "body": (
            "あけぼのPR 宇佐美様\n\nいつもありがとうございます。南雲です。\n"
            "想定問答の第2版です。社長・常務の回答部分に赤を入れています。\n"
            "明日のリハーサルまでにご意見をいただけますと幸いです。\n\n" + _sig("nagumo", 1)),
        "attachments": [{
            "kind": "pptx", "name": "想定問答_v2.pptx", "title": "記者会見 想定問答",
            "page_footer": "極秘　日の出産業株式会社 広報IR室",
            "slides": [
                ["記者会見 想定問答（第2版）", "2026年9月16日 15:00〜", "登壇：代表取締役社長、常務取締役"],
                ["Q1. いつ、どのように把握したのか", "8月26日、カード会社からの連絡で把握",
                 "翌27日に決済画面を停止"],
                ["Q2. 公表が遅れた理由は", "カード会社による不正利用調査の完了を待つ必要があった",
                 "二次被害防止のため"],
                ["Q3. 被害額は", "現時点で把握している不正利用は約420万円", "補償はカード会社と協議中"],
            ]}],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PPTX whose slides carry a 極秘 footer, sent to the PR agency",
    }


def _m034():
    shops = [("日本橋本店", "103-0027", "東京都中央区日本橋2-9-11", "03-5201-4400"),
             ("横浜ポートサイド店", "220-0011", "神奈川県横浜市西区高島2-5-1 ポートビル1F", "045-450-2211"),
             ("大宮駅前店", "330-0853", "埼玉県さいたま市大宮区錦町630", "048-640-3390"),
             ("名古屋栄店", "460-0008", "愛知県名古屋市中区栄3-14-2", "052-261-7730"),
             ("梅田店", "530-0001", "大阪府大阪市北区梅田1-8-17", "06-6345-1108"),
             ("天神店", "810-0001", "福岡県福岡市中央区天神2-3-10", "092-771-5526")]
    lines = "\n".join(f"・{n}　〒{z} {a}　TEL {t}" for n, z, a, t in shops)
    return {
        "id": "roei-034", "charset": "iso-2022-jp",
        "sender": _from("urushibara"),
        "to": ["戸叶 真理 <m.tokano@hikari-contact.co.jp>"],
        "subject": "店舗への転送先一覧",
        "body": (
            "戸叶様\n\nお世話になっております。漆原です。\n店頭での購入に関するお問い合わせ"
            "（今回の事案の対象外）が入った場合の案内先として、直営店の一覧をお送りします。\n\n"
            + lines + "\n\n営業時間はいずれも10:00〜20:00です。\n\n" + _sig("urushibara", 3)),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of the company's shops with addresses and switchboards: businesses, not people",
    }


def _m035():
    return {
        "id": "roei-035", "charset": "iso-2022-jp",
        "sender": _from("nishina"),
        "to": ["大河内 圭 <k.okochi@xn--midori-gink-1nj.co.jp>"],
        "subject": "返金振込の実施日程について",
        "body": (
            "みどり銀行 法人営業部\n大河内様\n\nお世話になっております。日の出産業 経理部の仁科です。\n\n"
            "お客様への返金（二重決済分）の振込につき、下記の日程で総合振込を予定しております。\n\n"
            "　データ伝送：9月24日（木）15時まで\n　振込指定日：9月28日（月）\n"
            "　件数：約210件　総額：約3,100,000円\n\n振込手数料の優遇につきご検討いただけますと幸いです。"
            "\n\n" + _sig("nishina", 0)),
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain is an IDN homoglyph (Cyrillic о) of the partner bank midori-ginko.co.jp",
    }


def _m036():
    ps = _people("m036", 20)
    rows = [["member_id", "name", "name_kana", "email", "tel", "zip", "address", "birthday",
             "last_login"]]
    r = random.Random("m036")
    for p in ps:
        rows.append([p["member"], p["name"], p["kana_kata"], p["mail"], p["tel"], p["zip"],
                     p["addr"], p["dob"].isoformat(),
                     f"2026-0{r.randint(6, 8)}-{r.randint(10, 28)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"])
    return {
        "id": "roei-036", "charset": "utf-8",
        "sender": _from("kuramoto"),
        "to": ["朝比奈 葵 <a.asahina@kurogane-sec.co.jp>"],
        "subject": "会員DB抽出サンプル（突合用）",
        "body": (
            "朝比奈様\n\n蔵本です。\nDBの不正クエリで取得された可能性のあるテーブルについて、"
            "突合用に20件だけ抽出しました。\n列構成はご依頼どおり本番と同じにしてあります。\n\n"
            "  sample_members.csv … members テーブルの抽出（UTF-8）\n  readme.txt … 抽出条件\n\n"
            "よろしくお願いします。\n" + _sig("kuramoto", 3)),
        "attachments": [{"kind": "zip", "name": "members_sample_0908.zip", "files": [
            {"kind": "csv", "name": "sample_members.csv", "encoding": "utf-8", "rows": rows},
            {"kind": "txt", "name": "readme.txt",
             "text": "抽出条件: last_login between 2026-06-03 and 2026-08-27, random 20 rows\n"
                     "抽出者: s.kuramoto  抽出日時: 2026-09-08 10:12\n"}]}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS",
                     "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "twenty member records (name, mail, phone, address, birthday) in a CSV inside a plain ZIP",
    }


def _m037():
    ps = _people("m037", 9)
    lines = [f"{'社員番号':<6}{'氏名':<10}{'個人番号':<14}該当書類"]
    lines.append("-" * 48)
    docs = ["扶養控除等申告書", "扶養控除等申告書", "番号確認書類（通知カード写）", "源泉徴収票"]
    for i, p in enumerate(ps):
        lines.append(f"{20100 + i * 37:<8}{p['name']:<10}{_mn(10 + i):<14}{docs[i % 4]}")
    return {
        "id": "roei-037", "charset": "iso-2022-jp",
        "sender": _from("sobue"),
        "to": ["鵜飼 真澄 <m.ukai@mail.hinode-sangyo.co.jp>"],
        "cc": ["榊原 透 <t.sakakibara@hinode-sangyo.co.jp>"],
        "subject": "共有フォルダ内の個人番号記載書類（突合結果）",
        "body": (
            "鵜飼さん\n\n人事の祖父江です。\nご依頼の突合結果です。\\\\fs02\\jinji\\2025年末調整 の"
            "フォルダにあったスキャン画像のうち、個人番号が読み取れるものを一覧にしました。\n\n"
            + "\n".join(lines) + "\n\n残りの38名分は画像が不鮮明で判読できませんでした。\n"
            "社外には出さないでください。\n\n祖父江\n"),
        "expect": "pass",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME"],
        "detectors": [],
        "note": "employees' My Numbers, but the recipients are internal (including the mail. subdomain)",
    }


def _m038():
    return {
        "id": "roei-038", "charset": "shift_jis",
        "sender": _from("otaka"),
        "to": ["嶋津 崇 <t.shimazu@shirakawa-law.jp>"],
        "cc": ["久我 智史 <s.kuga@tokiwa-sonpo.co.jp>", "木場 隆之 <t.kiba@kurogane-sec.co.jp>",
               "榊原 透 <t.sakakibara@hinode-sangyo.co.jp>"],
        "subject": "【週次共有】対応状況（9/18時点）",
        "body": (
            "関係者各位\n\nお世話になっております。日の出産業 対策本部事務局の大鷹です。\n"
            "今週の対応状況をご報告いたします。\n\n"
            "■調査　くろがね様の一次報告を受領（侵入経路：管理画面の認証情報の使い回し）\n"
            "■本人通知　第1便（4,800通）発送済、第2便は9/25発送予定\n"
            "■コールセンター　累計入電 3,412件、うち苦情 288件\n"
            "■請求　損害賠償の申し出 3件（弁護士と協議中）\n\n次回は9/25に共有いたします。\n\n"
            + _sig("otaka", 0)),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "law firm, insurer and forensic vendor (three external organisations) visible to each other",
    }


def _m039():
    emp = _people("m039", 3)
    e, s, c = emp
    text = (
        "--- 元ファイル: fs02/jinji/2025年末調整/scan_0412.pdf（OCR結果の抜粋）---\n"
        "令和8年分 給与所得者の扶養控除等（異動）申告書\n"
        f"あなたの氏名　{e['name']}　　フリガナ　{e['kana_kata']}\n"
        f"あなたの個人番号　{_mn(20)}\n生年月日　{wareki(e['dob'])}\n"
        f"あなたの住所　〒{e['zip']} {e['addr']}\n"
        f"源泉控除対象配偶者　{e['sei']} {s['mei']}　個人番号 {_mn(21)}"
        f"　生年月日 {wareki(s['dob'], short=True)}\n"
        f"控除対象扶養親族　{e['sei']} {c['mei']}　個人番号 {_mn(22)}\n")
    return {
        "id": "roei-039", "charset": "utf-8",
        "sender": _from("ukai"),
        "to": ["木場 隆之 <t.kiba@kurogane-sec.co.jp>"],
        "subject": "FW: 流出が疑われるファイルの中身（サンプル）",
        "body": (
            "木場様\n\n鵜飼です。持ち出しが疑われるファイルの中身について、人事から受け取った"
            "OCR結果をそのまま転送します。\n攻撃者のステージングサーバで見つかったアーカイブと"
            "同一か、ハッシュ以外の観点でも照合をお願いします。\n\n"
            "-------- Forwarded Message --------\n件名: OCR結果\n差出人: 祖父江 佳織\n\n"
            + text),
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forwarded OCR text of a tax form with an employee's and dependants' My Numbers to the vendor",
    }


def _m040():
    return {
        "id": "roei-040", "charset": "iso-2022-jp",
        "sender": _from("otaka"),
        "to": ["平賀 陽子 <y.hiraga@nishiki-insatsu.co.jp>"],
        "subject": "お詫び状 文面（確定版）と封筒仕様",
        "body": (
            "平賀様\n\nお世話になっております。大鷹です。\nお詫び状の文面が確定しましたので、"
            "差込箇所を《》で示した版をお送りします。\n\n――――（文面）――――\n"
            "《郵便番号》\n《住所1》《住所2》\n《氏名》様\n\n"
            "　謹啓　平素より「ひので生活便」をご利用いただき、誠にありがとうございます。\n"
            "　このたび、弊社通販サイトが第三者による不正アクセスを受け、お客様のクレジットカード"
            "情報が流出した可能性があることが判明いたしました。多大なるご迷惑とご心配をおかけ"
            "しますことを、心より深くお詫び申し上げます。\n　（中略）\n"
            "　ささやかではございますが、お詫びのしるしとしてQUOカード（500円分）を同封いたしました。"
            "\n　　　　　　　　　　　　　　　　　　　　　　　　　　　謹白\n――――――――――――\n\n"
            "封筒：長3 窓付き（白）、差出人欄に「親展」印字\n封入物：お詫び状、Q&A、QUOカード\n\n"
            + _sig("otaka", 0)),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "letter template with placeholders and envelope spec: no person's data",
    }


def _m041():
    ps = _people("m041", 5)
    rows = [["社員番号", "氏名", "生年月日", "基礎年金番号", "健保記号", "健保番号"]]
    for i, p in enumerate(ps):
        r = random.Random(p["name"])
        rows.append([31020 + i * 11, p["name"], wareki(p["dob"], short=True),
                     f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}",
                     f"{r.randint(1, 99):02d}{r.randint(100, 999)}", str(r.randint(1, 480))])
    return {
        "id": "roei-041", "charset": "shift_jis",
        "sender": _from("sobue"),
        "to": ["早瀬 直人 <n.hayase@hayase-sr.jp>"],
        "subject": "年金番号・保険証の記号番号が記載された書類の件",
        "body": (
            "早瀬先生\n\nお世話になっております。祖父江です。\n"
            "マイナンバー以外にも、基礎年金番号と健康保険の記号・番号が記載された資格取得届の控えが"
            "同じフォルダにあったことが分かりました。\n該当5名分を添付します。年金事務所・健保組合への"
            "届出が必要かどうか、ご教示ください。\n\n" + _sig("sobue", 3)),
        "attachments": [{"kind": "csv", "name": "資格取得届控え_該当者.csv", "encoding": "cp932",
                         "rows": rows}],
        "expect": "stop",
        "entities": ["JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "PERSON_NAME",
                     "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "five employees' basic pension and health insurance numbers in a CSV to the outside 社労士",
    }


def _m042():
    return {
        "id": "roei-042", "charset": "utf-8",
        "sender": _from("nagumo"),
        "to": ["宇佐美 沙耶 <s.usami@akebono-pr.co.jp>"],
        "subject": "ニュースリリース案（9/16公表分）",
        "body": (
            "宇佐美様\n\n南雲です。公表用リリースの案をお送りします。法務確認済みです。\n"
            "見出しのトーンについてご意見をいただけますか。\n\n" + _sig("nagumo", 3)),
        "attachments": [{
            "kind": "docx", "name": "リリース案_0916.docx",
            "paragraphs": [
                "2026年9月16日", "日の出産業株式会社",
                "弊社通販サイトへの不正アクセスによる個人情報漏えいに関するお詫びとお知らせ",
                "このたび、弊社が運営する通販サイト「ひので生活便」において、第三者による不正アクセスを受け、"
                "お客様のクレジットカード情報（12,480件）及び会員情報が漏えいした可能性があることが判明いたしました。",
                "1. 経緯　2026年8月26日、クレジットカード会社から……",
                "2. 漏えいした可能性のある情報　カード名義人名、カード番号、有効期限、セキュリティコード",
                "3. お客様へのお願い　カードのご利用明細に身に覚えのない請求がないかご確認ください。",
                "本件に関するお問い合わせ　専用ダイヤル 0120-816-247",
            ]}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "press release draft with counts only, no marking, sent to the PR agency",
    }


def _m043():
    return {
        "id": "roei-043", "charset": "iso-2022-jp",
        "sender": _from("sobue"),
        "to": ["菅原 由紀 <y.sugawara@sugawara-gyosei.jp>"],
        "subject": "在留カード番号が記載された書類の流出について",
        "body": (
            "すがわら行政書士事務所\n菅原先生\n\nいつもお世話になっております。日の出産業 人事部の"
            "祖父江でございます。\n\n先日お電話でご相談した件で、対象の従業員は以下の1名です。\n\n"
            "　氏名：NGUYEN THI LAN（グエン ティ ラン）\n　国籍：ベトナム\n"
            "　生年月日：1996年11月3日\n　在留資格：技術・人文知識・国際業務\n"
            "　在留カード番号：UH48203715EA\n\n"
            "在留カードの写しが、流出した可能性のあるフォルダに保存されておりました。\n"
            "番号の変更（再交付）を申請すべきか、また入管への届出が必要かどうか、"
            "ご助言をいただけますでしょうか。\n\n" + _sig("sobue", 0)),
        "expect": "stop",
        "entities": ["JP_RESIDENCE_CARD", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "an employee's residence card number, name and birth date sent to an outside 行政書士",
    }


def _m044():
    prefs = [("北海道", 612), ("宮城県", 288), ("埼玉県", 1420), ("千葉県", 1187), ("東京都", 3310),
             ("神奈川県", 2084), ("愛知県", 905), ("大阪府", 1033), ("兵庫県", 540), ("福岡県", 466),
             ("その他", 1035)]
    ages = [["年代", "人数"], ["20代以下", 914], ["30代", 2210], ["40代", 3386], ["50代", 3012],
            ["60代", 1650], ["70代以上", 730]]
    return {
        "id": "roei-044", "charset": "utf-8",
        "sender": _from("nishina"),
        "to": ["久我 智史 <s.kuga@tokiwa-sonpo.co.jp>"],
        "subject": "影響範囲の集計（都道府県別・年代別）",
        "body": (
            "久我様\n\n仁科です。先日ご依頼のあった影響範囲の集計をお送りします。"
            "\n個人を特定できる項目は含めておりません。\n\n" + _sig("nishina", 0)),
        "attachments": [{"kind": "xlsx", "name": "影響範囲集計.xlsx", "sheets": {
            "都道府県別": [["都道府県", "人数"]] + [list(x) for x in prefs] + [["合計", 11902]],
            "年代別": ages}}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate counts by prefecture and age band: no individual records",
    }


def _m045():
    ps = _people("m045", 6)
    blocks = "\n".join(
        f"■{i}件目\n　会員番号：{p['member']}\n　お名前　：{p['name']}\n"
        f"　メール　：{p['mail']}\n　電話　　：{p['tel']}\n　ご依頼　：退会及び登録情報の全削除\n"
        for i, p in enumerate(ps, 1))
    return {
        "id": "roei-045", "charset": "shift_jis",
        "sender": _from("shoji"),
        "to": ["ツバサシステム 保守窓口 <support@tsubasa-system.jp>"],
        "subject": "【作業依頼】会員データ削除（6件）",
        "body": (
            "ツバサシステム 保守窓口 ご担当者様\n\nいつもお世話になっております。"
            "日の出産業 EC事業部の東海林です。\n\n退会とデータ削除のご依頼をいただいた会員6名について、"
            "本番DBからの削除をお願いします。\n（バックアップからの削除は次回世代交代時で結構です）\n\n"
            + blocks + "\n作業完了後、削除ログをお送りください。\n\n" + _sig("shoji", 0)),
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six members' records, one block each, to the partner system vendor",
    }


def _m046():
    return {
        "id": "roei-046", "charset": "iso-2022-jp",
        "sender": _from("nishina"),
        "to": ["大河内 圭 <k.okochi@midori-ginko.co.jp>"],
        "subject": "返金振込の件（ご確認）",
        "body": (
            "みどり銀行 法人営業部 大河内様\n\nお世話になっております。日の出産業 経理部の仁科です。"
            "\n先日ご相談した返金の総合振込ですが、下記の内容で進めさせてください。\n\n"
            "　振込元口座：みどり銀行 日本橋支店 当座 0048213（日の出産業株式会社）\n"
            "　振込指定日：9月28日（月）\n　件数：212件　総額：3,146,500円\n\n"
            "伝送データは当社のEB端末から送信いたします。\n\n" + _sig("nishina", 1)),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "schedule and the company's own account to the partner bank; no individual's data",
    }


def _m047():
    ps = _people("m047", 40)
    rows = [["アウトバウンド架電リスト（高リスク顧客）", "", "", "", ""],
            ["作成：日の出産業 お客様相談室　2026/09/17", "", "", "", ""],
            ["No", "氏名", "フリガナ", "生年月日", "電話番号", "備考"]]
    for i, p in enumerate(ps, 1):
        rows.append([i, p["name"], p["kana_kata"], wareki(p["dob"], short=True), p["tel"],
                     "不正利用報告あり" if i % 7 == 0 else ""])
    return {
        "id": "roei-047", "charset": "iso-2022-jp",
        "sender": _from("urushibara"),
        "to": ["戸叶 真理 <m.tokano@hikari-contact.co.jp>"],
        "subject": "架電リスト（高リスク40名）",
        "body": (
            "戸叶様\n\n漆原です。ダークウェブで情報が確認された方、及び不正利用の報告があった方の"
            "40名について、優先して架電をお願いします。\n\n" + _sig("urushibara", 0)),
        "attachments": [{"kind": "csv", "name": "高リスク架電リスト.csv", "encoding": "cp932",
                         "rows": rows}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "forty customers' names, 和暦 birth dates and phones in a CP932 CSV with title rows",
    }


def _m048():
    return {
        "id": "roei-048", "charset": "iso-2022-jp",
        "sender": _from("sakakibara"),
        "to": ["日向県警察本部 サイバー犯罪対策課 <cyber-soudan@police.pref.hinata.lg.jp>"],
        "subject": "事情聴取の日程について（相談受理番号 第2026-0388号）",
        "body": (
            "日向県警察本部 サイバー犯罪対策課\n佐伯様\n\nお世話になっております。"
            "日の出産業株式会社の榊原でございます。\n\n先日ご相談いたしました不正アクセス事案"
            "（相談受理番号 第2026-0388号）につき、ご依頼のありました事情聴取の日程について、"
            "当社からは下記2名が伺います。\n\n　・総務部 法務・コンプライアンス課長 榊原 透\n"
            "　・情報システム部 CSIRT 鵜飼 真澄\n\n候補日：9月24日（木）午後、25日（金）午前\n"
            "サーバのログ及びフォレンジック業者の一次報告書を持参いたします。\n\n"
            + _sig("sakakibara", 0)),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "scheduling with the police; only staff names and a case number",
    }


def _m049():
    return {
        "id": "roei-049", "charset": "shift_jis",
        "sender": _from("otaka"),
        "to": ["平賀 陽子 <y.hiraga@nishiki-insatsu.jp>"],
        "subject": "Re: 校正刷りの件",
        "body": (
            "平賀様\n\n大鷹です。校正刷りありがとうございました。\n"
            "2点だけ修正をお願いします。\n\n1. 2段落目「流出した可能性が」→「流出した可能性があることが」\n"
            "2. 問い合わせ先の受付時間「9:00〜18:00」→「9:00〜20:00（土日祝含む）」\n\n"
            "修正後のPDFを明日いただければ、そのまま校了とします。\n\n" + _sig("otaka", 3)),
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "nishiki-insatsu.jp drops the co. of the partner printer's nishiki-insatsu.co.jp",
    }


def _m050():
    p = _people("m050", 1)[0]
    return {
        "id": "roei-050", "charset": "utf-8",
        "sender": _from("urushibara"),
        "to": ["ひかりコンタクト SV窓口 <sv-desk@hikari-contact.co.jp>"],
        "subject": "電話以外での対応が必要なお客様について",
        "body": (
            "SV窓口ご担当者様\n\n漆原です。\n下記のお客様は聴覚障害（身体障害者手帳2級）をお持ちのため、"
            "電話での連絡はできません。\n架電リストから除外し、ご連絡はメールかFAXでお願いします。\n\n"
            f"　{p['name']} 様（{p['kana_kata']}）\n　会員番号：{p['member']}\n"
            f"　メール：{p['mail']}\n　FAX：0422-51-8830" +
            "\n\n文面は当室で用意します。\n\n" + _sig("urushibara", 1)),
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer's disability (聴覚障害, 手帳2級) with contact details sent to the call centre",
    }

# -- 051-075 ---------------------------------------------------------------------------


def _m051():
    return {
        "id": "roei-051", "charset": "utf-8",
        "sender": _from("sakakibara"),
        "to": ["嶋津 崇 <t.shimazu@shirakawa-law.jp>"],
        "subject": "FW: Request for disclosure of my personal data",
        "body": (
            "嶋津先生\n\n榊原です。海外在住の会員から、保有個人データの開示請求が英文で届きました。"
            "\n本人確認書類として旅券の情報が記載されています。回答の要否と方法についてご助言ください。"
            "\n\n---------- Forwarded message ----------\nFrom: Kotone Arakaki <k.arakaki.sg@gmail.com>"
            "\nDate: Mon, 14 Sep 2026 08:17 +0800\nSubject: Request for disclosure of my personal data\n\n"
            "To whom it may concern,\n\nUnder the Act on the Protection of Personal Information, "
            "I request disclosure of all personal data Hinode Sangyo holds about me, including "
            "whether my card details were among the leaked records.\n\n"
            "Full name: ARAKAKI KOTONE (新垣 琴音)\nDate of birth: 22 June 1988\n"
            "Japanese passport No.: TS4417092\nMember ID: HS6620387\n"
            "Current address: 14 Tanjong Pagar Road #11-03, Singapore 088443\n\n"
            "Please reply to this e-mail address.\n\nKotone Arakaki\n"),
        "expect": "stop",
        "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "forwarded disclosure request carrying a customer's passport number and birth date to the law firm",
    }


def _m052():
    p = _people("m052", 1)[0]
    return {
        "id": "roei-052", "charset": "shift_jis",
        "sender": _from("wakasa"),
        "to": [f"{p['mail'].split('@')[0]}@docomo.ne.jp"],
        "subject": "RE: 見舞品が届いていません",
        "body": (
            f"{p['sei']}様\n\nご連絡ありがとうございます。日の出産業 お客様相談室の若狭でございます。"
            "\n見舞品（お詫び状同封）が未着とのこと、大変申し訳ございません。\n"
            "本日、ご登録のご住所宛に再送の手配をいたしました。5営業日ほどでお届けの予定です。\n\n"
            "引き続きよろしくお願い申し上げます。\n\n" + _sig("wakasa", 0) +
            "\n-----Original Message-----\n差出人: " + p["name"] + "\n送信日時: 2026年10月2日 9:48\n"
            "件名: 見舞品が届いていません\n\n会員番号 " + p["member"] + " の" + p["name"] +
            "です。\nお詫び状が届くと聞いていましたが、まだ届いていません。\n住所は 〒" + p["zip"] +
            " " + p["addr"] + " です。\n電話は " + p["mob"] + " です。\nよろしくお願いします。\n"),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "the customer's own address and phone are only in the quoted Original Message",
    }


def _m053():
    return {
        "id": "roei-053", "charset": "iso-2022-jp",
        "sender": _from("urushibara"),
        "to": ["k.iokibe-home@yahoo.co.jp"],
        "cc": ["ebisu.setsuko@gmail.com", "toneri_m@ezweb.ne.jp"],
        "subject": "RE: 説明会の開催予定について",
        "body": (
            "お客様\n\nお問い合わせいただきありがとうございます。お客様相談室の漆原でございます。\n\n"
            "お客様向けの説明会につきましては、現在のところ開催の予定はございません。"
            "ご不明な点は専用ダイヤル（0120-816-247）にて承っております。\n"
            "同様のご質問をいただいた方にも、あわせてご案内申し上げます。\n\n"
            "このたびは誠に申し訳ございませんでした。\n\n" + _sig("urushibara", 0)),
        "expect": "stop",
        "entities": [],
        "detectors": ["freemail_recipient", "external_recipients_visible",
                      "multiple_external_domains"],
        "note": "three private customers put in To/Cc together: each sees the others' addresses",
    }


def _m054():
    ps = _people("m054", 9)
    banks = [("ゆうちょ銀行", "〇一八"), ("三日月銀行", "本店営業部"), ("みどり銀行", "大宮支店"),
             ("しらかば信用金庫", "駅前支店"), ("あさひ野銀行", "中央支店")]
    rows = [["返金振込先一覧（二重決済分）"], ["No", "氏名", "カナ", "銀行名", "支店名", "種別",
                                         "口座番号", "返金額"]]
    for i, p in enumerate(ps, 1):
        r = random.Random(p["mail"])
        b, br = r.choice(banks)
        rows.append([i, p["name"], p["kana_kata"], b, br, "普通", f"{r.randint(0, 9999999):07d}",
                     r.choice([3980, 5480, 12800, 2160])])
    return {
        "id": "roei-054", "charset": "iso-2022-jp",
        "sender": _from("nishina"),
        "to": ["大河内 圭 <k.okochi@midori-ginko.co.jp>"],
        "subject": "返金先口座一覧（手作業分）",
        "body": (
            "大河内様\n\n仁科です。EB伝送に乗らない9件（窓口振込）について、振込先の一覧を"
            "お送りしますので、処理をお願いできますでしょうか。\n（古い会計ソフトから出力したため"
            ".xls形式です）\n\n" + _sig("nishina", 3)),
        "attachments": [{"kind": "xls", "name": "henkin_list_manual.xls",
                         "sheets": {"返金先": rows}}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "nine customers' names and bank accounts in a legacy XLS sent to the bank",
    }


def _m055():
    return {
        "id": "roei-055", "charset": "iso-2022-jp",
        "sender": _from("otaka"),
        "to": ["対策本部メンバー <taisaku-honbu@hinode-sangyo.co.jp>"],
        "subject": "【社外秘】対策本部 日報（9/22）",
        "body": (
            "【社外秘】\n対策本部各位\n\n事務局の大鷹です。本日の日報です。\n\n"
            "1．コールセンター　入電 412件（前日比 −58）、うち苦情 31件\n"
            "2．本人通知　第2便 3,900通を錦印刷へ発注済\n"
            "3．調査　くろがね様より、ファイルサーバへの横展開の痕跡ありとの中間連絡\n"
            "　　→ 特定個人情報の漏えいとして、番号法に基づく報告の準備を開始\n"
            "4．報道　全国紙1社から取材依頼あり（広報対応）\n\n明日の本部会議は10時からです。\n\n"
            + _sig("otaka", 3)),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "marked 社外秘 but sent to internal recipients only",
    }


def _m056():
    return {
        "id": "roei-056", "charset": "utf-8",
        "sender": _from("kuramoto"),
        "to": ["三上 健 <k.mikami@tsubasa-system.jp>"],
        "subject": "再発防止策 工程表（最新版）",
        "body": (
            "三上様\n\n蔵本です。再発防止策の工程表を更新しました。\n"
            "貴社担当分（2, 4, 5）の日程をご確認いただき、難しいものがあればお知らせください。\n\n"
            + _sig("kuramoto", 0)),
        "attachments": [{
            "kind": "xlsx", "name": "再発防止策_工程表_0924.xlsx", "page_header": "社外秘",
            "title": "再発防止策 工程表",
            "sheets": {
                "工程表": [["再発防止策 工程表", "", "", ""], ["区分：社外秘", "", "", ""],
                           ["No", "施策", "担当", "完了予定"],
                           [1, "管理画面の多要素認証化", "日の出", "2026/10/15"],
                           [2, "CSP・SRIの導入", "ツバサ", "2026/10/31"],
                           [3, "改ざん検知の常時監視", "日の出", "2026/11/30"],
                           [4, "脆弱性診断（年2回）", "ツバサ", "2026/12/15"],
                           [5, "非保持化の再点検", "ツバサ", "2027/01/31"]],
                "変更履歴": [["版", "日付", "内容"], ["1.0", "2026/09/10", "初版"],
                             ["1.3", "2026/09/24", "No.5 追加"]]}}],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "XLSX classified 社外秘 (page header and classification row) sent to the system vendor",
    }


def _m057():
    inner = _people("m057b", 35)
    rows = [["郵便番号", "住所", "氏名"]] + [[p["zip"], p["addr"], p["name"]] for p in inner]
    return {
        "id": "roei-057", "charset": "shift_jis",
        "sender": _from("otaka"),
        "to": ["平賀 陽子 <y.hiraga@nishiki-insatsu.co.jp>"],
        "subject": "第2便 宛名データ",
        "body": (
            "平賀様\n\nお世話になっております。大鷹です。\n第2便の宛名データ（差分35件分の先行版）を"
            "お送りします。\nパスワードは後ほど別メールにてお知らせいたします。\n\n" + _sig("otaka", 0)),
        "attachments": [{"kind": "zip", "name": "atena_02.zip", "password": "nishiki0925",
                         "files": [{"kind": "csv", "name": "atena_02.csv", "rows": rows}]}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "encrypted ZIP (PPAP) to the printer cannot be inspected",
    }


def _m058():
    ps = _people("m058", 6)
    text_rows = "\n".join(f"{p['member']}  {p['name']}  {p['mail']}  {p['mob']}" for p in ps)
    html_rows = "".join(f"<tr><td>{p['member']}</td><td>{p['name']}</td><td>{p['mail']}</td>"
                        f"<td>{p['mob']}</td></tr>" for p in ps)
    intro = ("北国フーズ株式会社\n総務部 中谷様\n\nいつもお世話になっております。"
             "日の出産業 EC事業部の東海林です。\n\n貴社の福利厚生プログラム（法人会員）経由で"
             "ひので生活便をご利用の方のうち、今回の事案の対象となった方は以下の6名です。\n"
             "貴社からも社内でご案内いただけますと幸いです。\n\n")
    return {
        "id": "roei-058", "charset": "utf-8",
        "sender": _from("shoji"),
        "to": ["中谷 修 <o.nakatani@kitaguni-foods.co.jp>"],
        "subject": "法人会員経由でご利用の方の影響について",
        "body": intro + "会員番号  氏名  登録メール  携帯\n" + text_rows + "\n\n" + _sig("shoji", 0),
        "html": ("<html><body><p>" + intro.replace("\n", "<br>") + "</p><table border=1>"
                 "<tr><th>会員番号</th><th>氏名</th><th>登録メール</th><th>携帯</th></tr>"
                 + html_rows + "</table><p>日の出産業株式会社 EC事業部 東海林 剛</p></body></html>"),
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six affected members' names, personal mail and mobiles (text and HTML) to a partner company",
    }


def _m059():
    return {
        "id": "roei-059", "charset": "utf-8",
        "sender": _from("ukai"),
        "to": ["朝比奈 葵 <a.asahina@kurogane-sec.co.jp>"],
        "subject": "IoC一覧（当社観測分）",
        "body": (
            "朝比奈様\n\n鵜飼です。当社側で観測したIoCを共有します。"
            "貴社の他顧客での観測有無も教えていただけると助かります。\n\n"
            "[ネットワーク]\n  185.220.xx.41 （管理画面ログイン元）\n  cdn-jsdelivr-static[.]com "
            "（スクリプト配信元）\n  api-metrics-gate[.]net （カード情報送信先）\n\n"
            "[ファイル]\n  checkout.tpl  SHA-256 9f1c0e…b27a\n  m.js  SHA-256 44ad3b…0c19\n\n"
            "[アカウント]\n  管理画面アカウント「ec_ope03」（退職者アカウント、無効化済み）\n\n"
            + _sig("ukai", 1)),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "indicators of compromise only: no personal data",
    }


def _m060():
    c = _cc(130)
    inner_msg = {
        "charset": "iso-2022-jp",
        "sender": "鴨志田 紬 <kamoshida.tsumugi@outlook.jp>",
        "to": ["日の出産業 お客様相談室 <support-hinode@hinode-sangyo.co.jp>"],
        "subject": "請求の確認をお願いします",
        "body": (
            "お客様相談室 御中\n\n8月に購入した者です。カード明細に「HINODE-SEIKATSU」で2回"
            "請求が来ています。\n注文は1回だけです。確認してください。\n\n"
            f"カード番号：{c}\n名義：TSUMUGI KAMOSHIDA\n注文番号：HN2608-41877\n\n"
            "鴨志田 紬\n"),
    }
    return {
        "id": "roei-060", "charset": "iso-2022-jp",
        "sender": _from("wakasa"),
        "to": ["瀬戸口 諒 <r.setoguchi@sora-payment.co.jp>"],
        "subject": "二重請求のお申し出（原文添付）",
        "body": (
            "そらペイメント 瀬戸口様\n\nお世話になっております。日の出産業の若狭です。\n"
            "お客様から二重請求のお申し出がありました。原文のメールを添付しますので、"
            "売上データの確認をお願いいたします。\n\n" + _sig("wakasa", 0)),
        "attachments": [{"kind": "eml", "name": "請求の確認をお願いします.eml", "message": inner_msg}],
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "attached customer mail (message/rfc822) carries her full card number and name",
    }


def _m061():
    return {
        "id": "roei-061", "charset": "iso-2022-jp",
        "sender": _from("otaka"),
        "to": ["榊原 透 <t.sakakibara@hinode-sangyo.jp>"],
        "cc": ["大鷹 理恵 <r.otaka@hinode-sangyo.co.jp>"],
        "subject": "本部会議の資料（差し替え）",
        "body": (
            "榊原課長\n\n大鷹です。本日の本部会議の資料、3ページ目の入電件数を差し替えました。\n"
            "　誤：累計 3,142件\n　正：累計 3,412件\n\n印刷分は私の方で差し替えておきます。\n\n大鷹\n"),
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "hinode-sangyo.jp is a look-alike of the company's own hinode-sangyo.co.jp (dropped co.)",
    }


def _m062():
    ps = _people("m062", 10)
    lines = []
    for i, p in enumerate(ps, 1):
        lines.append(f"{fw(i):>2}　{p['name']}　〒{fw(p['zip'])}　{fw(p['addr'])}　"
                     f"ＴＥＬ{fw(p['tel'])}　生{fw(wareki(p['dob']))}")
    return {
        "id": "roei-062", "charset": "shift_jis",
        "sender": _from("otaka"),
        "to": ["平賀 陽子 <y.hiraga@nishiki-insatsu.co.jp>"],
        "subject": "返戻分の再発送（１０件・住所訂正済み）",
        "body": (
            "錦印刷株式会社　平賀様\n\nいつもお世話になっております。日の出産業の大鷹です。\n"
            "第１便のうち返戻となった１０件について、ご本人に確認のうえ住所を訂正しました。\n"
            "再発送をお願いいたします。（照合のため電話番号と生年月日も付けています）\n\n"
            + "\n".join(lines) + "\n\n以上１０件、よろしくお願いいたします。\n\n" + _sig("otaka", 4)),
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "ten customers with full-width addresses, phones and 和暦 birth dates to the printer",
    }


def _m063():
    return {
        "id": "roei-063", "charset": "iso-2022-jp",
        "sender": _from("shoji"),
        "to": ["中谷 修 <o.nakatani@kitaguni-foods.co.jp>", "梶 遼太郎 <r.kaji@kawasaki-denki.co.jp>"],
        "subject": "法人会員プログラムご担当者様へのお知らせ",
        "body": (
            "法人会員プログラム ご担当者様\n\nいつも大変お世話になっております。"
            "日の出産業 EC事業部の東海林でございます。\n\n既にご案内のとおり、弊社通販サイトにおいて"
            "不正アクセスが発生いたしました。法人会員プログラムをご利用の皆様には、ご心配を"
            "おかけしておりますことを深くお詫び申し上げます。\n\n今後の予定：\n"
            "・9/30　法人会員向け説明資料の送付\n・10/2　オンライン説明会（14:00〜、30分程度）\n\n"
            "説明会へのご参加可否を9/29までにお知らせいただけますと幸いです。\n\n"
            + _sig("shoji", 0)),
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two partner organisations in To: a normal two-party notice, no personal data",
    }


def _m064():
    ps = _people("m064", 2)
    a, b = ps
    return {
        "id": "roei-064", "charset": "utf-8",
        "sender": _from("kuramoto"),
        "to": ["木場 隆之 <t.kiba@kurogane-sec.co.jp>"],
        "subject": "介護用品定期便テーブルの列構成について",
        "body": (
            "木場様\n\n蔵本です。\n不正クエリの対象に care_subscriptions テーブルが含まれていた件、"
            "列の意味がわかるように実データを2件だけお見せします。\n\n"
            f"id=10482  name={a['name']}  birth={a['dob'].isoformat()}  addr={a['pref']}…  "
            "care_level=要介護3  note=\"認知症あり。配達時はご家族（長女）が受取\"\n"
            f"id=10519  name={b['name']}  birth={b['dob'].isoformat()}  addr={b['zip']} {b['addr']}  "
            "care_level=要支援2  note=\"脳梗塞の後遺症で右半身麻痺、玄関前置き可\"\n\n"
            "要配慮個人情報の漏えいに該当するかの判断材料として、このテーブルが実際に"
            "持ち出されたかどうかの確認を優先していただけますか。\n\n" + _sig("kuramoto", 3)),
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "two named customers' care levels and medical conditions (要配慮) sent to the forensic vendor",
    }


def _m065():
    depots = [("青葉運輸 日本橋営業所", "03-3662-5100"), ("青葉運輸 川口センター", "048-250-7712"),
              ("青葉運輸 船橋センター", "047-431-2290"), ("青葉運輸 厚木ベース", "046-220-3341"),
              ("青葉運輸 東大阪センター", "06-6745-0812"), ("青葉運輸 鳥栖ハブ", "0942-84-3300")]
    rows = "\n".join(f"{n}\t{t}\t{'可' if i % 2 == 0 else '要予約'}" for i, (n, t) in enumerate(depots))
    return {
        "id": "roei-065", "charset": "shift_jis",
        "sender": _from("shoji"),
        "to": ["岩佐 一平 <i.iwasa@aoba-unyu.co.jp>"],
        "subject": "Re: 持ち込み可能な拠点の件",
        "body": (
            "岩佐様\n\n東海林です。ご教示ありがとうございました。\n当社で把握している持ち込み拠点を"
            "念のため整理しました。相違があればご指摘ください。\n\n拠点名\t電話\t当日持ち込み\n"
            + rows + "\n\n第2便は川口センターへ9/25午前に持ち込みます。\n\n" + _sig("shoji", 3)),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a tab-separated list of the carrier's depots and switchboards: businesses, not people",
    }


def _m066():
    return {
        "id": "roei-066", "charset": "utf-8",
        "sender": _from("ukai"),
        "to": ["Daniel Okafor <d.okafor@meridian-pfi.com>",
               "瀬戸口 諒 <r.setoguchi@sora-payment.co.jp>",
               "野々村 亘 <w.nonomura@mirai-card.co.jp>"],
        "subject": "PFI investigation kick-off / PFI調査キックオフのご案内",
        "body": (
            "Dear all / 関係各位\n\nThe PFI investigation will formally start on 21 September. "
            "We would like to hold a kick-off call to agree on the evidence list and reporting "
            "lines.\n\n  Date: 18 Sep 2026, 17:00 JST / 16:00 SGT\n  Tool: Teams (link to follow)\n\n"
            "PFI調査が9/21に正式に開始されます。証拠一覧と報告経路の確認のため、上記の日程で"
            "キックオフを行います。\n\n" + _sig("ukai", 2)),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "PFI, payment agent and card company: three external organisations visible in To",
    }


def _m067():
    ps = _people("m067", 6)
    paras = []
    for p in ps:
        paras += [f"〒{p['zip']}", p["addr"], f"{p['name']} 様", f"会員番号 {p['member']}",
                  "このたびは弊社通販サイトへの不正アクセスにより、多大なるご迷惑をおかけしましたことを"
                  "心よりお詫び申し上げます。", "日の出産業株式会社 代表取締役社長 日野 克己", "――――――――"]
    return {
        "id": "roei-067", "charset": "iso-2022-jp",
        "sender": _from("otaka"),
        "to": ["平賀 陽子 <y.hiraga@nishiki-insatsu.co.jp>"],
        "subject": "個別文面が必要な6名分（差込済み）",
        "body": (
            "平賀様\n\n大鷹です。苦情対応の経緯で個別の文面にした6名分は、こちらで差し込みまで"
            "済ませたWordをお送りします。\nこのまま印刷・封入をお願いします。\n\n" + _sig("otaka", 0)),
        "attachments": [{"kind": "docx", "name": "個別お詫び状_差込済.docx", "paragraphs": paras}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a DOCX of six mail-merged letters, each with a customer's name and address",
    }


def _m068():
    return {
        "id": "roei-068", "charset": "shift_jis",
        "sender": _from("sakakibara"),
        "to": ["白川 惠 <m.shirakawa@shirakawa-law.jp>"],
        "subject": "【取扱注意】確報（案）のご確認",
        "body": (
            "━━━━━━━━━━━━━━━━━\n　区分：取扱注意（関係者限り）\n━━━━━━━━━━━━━━━━━\n\n"
            "白川先生\n\nお世話になっております。榊原です。\n個人情報保護委員会への確報の案文を"
            "本文に貼り付けます。10/20までにご確認いただけますと幸いです。\n\n"
            "（1）概要　令和8年6月3日から同年8月27日までの間、当社通販サイトの決済画面が改ざんされ、"
            "入力されたクレジットカード情報が外部に送信された。\n"
            "（2）漏えいした個人データの項目　カード名義人名、カード番号、有効期限、セキュリティコード"
            "\n（3）本人の数　12,480件\n（4）原因　委託先が管理する管理画面の認証情報が、退職者アカウントの"
            "まま無効化されておらず、流出した認証情報で不正ログインされた。\n"
            "（5）二次被害　カード会社より不正利用 312件の報告あり\n\n" + _sig("sakakibara", 3)),
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "mail classified 取扱注意 in subject and body banner, sent to the law firm",
    }


def _m069():
    return {
        "id": "roei-069", "charset": "utf-8",
        "sender": _from("nishina"),
        "to": ["久我 智史 <s.kuga@tokiwa-sonpo.co.jp>"],
        "subject": "費用の証憑（フォレンジック調査）",
        "body": (
            "久我様\n\n仁科です。保険金請求の証憑として、くろがねセキュリティの請求書をPDFで"
            "お送りします。\nスキャナの調子が悪く、開けない場合はお知らせください。\n\n"
            + _sig("nishina", 0)),
        "attachments": [{"kind": "corrupt", "name": "請求書_くろがね_第1回.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the PDF attachment is corrupt and cannot be inspected",
    }


def _m070():
    p = _people("m070", 1)[0]
    return {
        "id": "roei-070", "charset": "iso-2022-jp",
        "sender": _from("shoji"),
        "to": [f"{p['romaji'].split(' ')[0].lower()}.{p['romaji'].split(' ')[1].lower()}@icloud.com"],
        "subject": "お届け先のご確認（日の出産業）",
        "body": (
            f"{p['name']} 様\n\n日の出産業 EC事業部の東海林でございます。\n"
            "お詫び状の再送にあたり、念のためお届け先をご確認ください。\n\n"
            f"　ご住所：〒{p['zip']} {p['addr']}\n　お電話：{p['mob']}\n\n"
            "相違がございましたら、本メールへのご返信でお知らせください。\n\n" + _sig("shoji", 0)),
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["freemail_recipient", "personal_data"],
        "note": "one customer's own address and phone sent back to him for confirmation: a single record",
    }


def _m071():
    ps = _people("m071", 15)
    table = [["No", "氏名", "郵便番号", "住所", "送付日", "追跡番号"]]
    r = random.Random("m071")
    for i, p in enumerate(ps, 1):
        table.append([i, p["name"], p["zip"], p["addr"], f"9/{r.randint(18, 25)}",
                      f"4410-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"])
    return {
        "id": "roei-071", "charset": "shift_jis",
        "sender": _from("nishina"),
        "to": ["久我 智史 <s.kuga@tokiwa-sonpo.co.jp>"],
        "subject": "見舞品送付の実績（個別送付分）",
        "body": (
            "久我様\n\n仁科です。見舞品の費用請求に関し、個別送付分の実績をPDFにまとめました。\n"
            "一括発送分は件数のみで別紙に記載しています。\n\n" + _sig("nishina", 3)),
        "attachments": [{"kind": "pdf", "name": "見舞品_個別送付実績.pdf", "title": "見舞品 個別送付実績",
                         "lines": ["見舞品 個別送付実績（2026年9月）", "日の出産業株式会社 経理部", ""],
                         "table": table}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a PDF table of fifteen customers' names and addresses sent to the insurer",
    }


def _m072():
    c = _cc(131)
    return {
        "id": "roei-072", "charset": "utf-8",
        "sender": _from("wakasa"),
        "to": ["瀬戸口 諒 <r.setoguchi@sora-payment.co.jp>"],
        "subject": "売上取消の可否について",
        "body": (
            "瀬戸口様\n\nお世話になっております。若狭です。\nお客様からお電話で、8/19の決済を"
            "取り消してほしいとのお申し出がありました。\n電話口でカード番号を読み上げられてしまい、"
            "メモしたものをそのままお送りします。\n\n"
            f"　名義：HIGA SHIGERU（比嘉 茂 様）\n　カード番号：{spaced_card(c)}\n"
            "　決済日：2026/08/19　金額：18,700円\n\n取消が可能かご確認いただけますか。\n"
            "（メモは確認後に破棄します）\n\n" + _sig("wakasa", 3)),
        "expect": "stop",
        "entities": ["CREDIT_CARD", "PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "one customer's full card number with his name typed into mail to the payment agent",
    }


def _m073():
    return {
        "id": "roei-073", "charset": "utf-8",
        "sender": _from("ukai"),
        "to": ["Sofia Lindqvist <s.lindqvist@arcline-ti.com>"],
        "subject": "Re: Statement of work - monitoring period and data handling",
        "body": (
            "Hi Sofia,\n\nThanks for the revised SOW. Two points from our legal team:\n\n"
            "1. Monitoring period: 12 months from 1 October 2026, with an option to extend by "
            "6 months.\n2. Data handling: the watchlist must be stored in your Tokyo region "
            "tenant only; no copies to other regions. Please confirm this is feasible.\n\n"
            "We are otherwise happy with the pricing (USD 18,000 per year for up to 20,000 "
            "identities).\n\n" + _sig("ukai", 2) + _DISC_EN),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "contract scope discussion in English, no personal data",
    }


def _m074():
    return {
        "id": "roei-074", "charset": "iso-2022-jp",
        "sender": _from("shoji"),
        "to": ["岩佐 一平 <i.iwasa@aoba-unyuu.co.jp>"],
        "subject": "第3便の集荷日程",
        "body": (
            "岩佐様\n\nお世話になっております。東海林です。\n第3便（約3,500通）の集荷ですが、"
            "10月2日（金）14時に錦印刷様の工場でお願いできますでしょうか。\n"
            "パレット2枚分を想定しています。\n\n" + _sig("shoji", 3)),
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyuu.co.jp adds a letter to the partner carrier's aoba-unyu.co.jp",
    }


def _m075():
    ps = _people("m075", 5)
    lines = "\n".join(f"　・{p['name']} 様（{p['tel']}）　{st}" for p, st in zip(ps, [
        "9/18 当社より折り返し済、カード差替え手続き中", "9/19 見舞品再送済",
        "9/21 ご本人と面談予定", "9/17 退会処理済", "9/22 不正利用分を返金済"]))
    return {
        "id": "roei-075", "charset": "iso-2022-jp",
        "sender": _from("urushibara"),
        "to": ["日向市消費生活センター <soudan@shohi.city.hinata.lg.jp>"],
        "subject": "貴センターからご連絡いただいた相談者の対応状況",
        "body": (
            "日向市消費生活センター\nご担当者様\n\nいつもお世話になっております。"
            "日の出産業株式会社 お客様相談室の漆原でございます。\n\n貴センターから弊社へおつなぎ"
            "いただいたご相談者5名について、対応状況をご報告いたします。\n\n" + lines +
            "\n\n引き続きよろしくお願い申し上げます。\n\n" + _sig("urushibara", 0)),
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five consumers' names, phone numbers and case status to the consumer centre: a list",
    }

# -- 076-100 ---------------------------------------------------------------------------


def _m076():
    p = _people("m076", 1)[0]
    return {
        "id": "roei-076", "charset": "iso-2022-jp",
        "sender": _from("sakakibara"),
        "to": ["嶋津 崇 <t.shimazu@shirakawa-law.jp>"],
        "subject": "開示請求の本人確認について",
        "body": (
            "嶋津先生\n\nお世話になっております。榊原です。\n郵送で届いた開示請求につき、"
            "本人確認書類として健康保険証の写しが同封されていました。\n書類の記載内容は以下のとおりです。"
            "\n\n"
            f"　氏名　　　　{p['name']}\n　生年月日　　{wareki(p['dob'])}\n"
            f"　住所　　　　〒{p['zip']} {p['addr']}\n"
            "　保険者番号　06135021\n　記号　　　　4812　番号　　　　377\n\n"
            "記号・番号のマスキングがされていない写しですが、当社で保管してよいものか、"
            "返送すべきかご教示ください。\n\n" + _sig("sakakibara", 0)),
        "expect": "stop",
        "entities": ["JP_HEALTH_INSURANCE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a requester's unmasked health insurance 記号・番号 with name, birth date and address to the law firm",
    }


def _m077():
    return {
        "id": "roei-077", "charset": "utf-8",
        "sender": _from("ukai"),
        "to": ["Sofia Lindqvist <s.lindqvist@arcline-ti.com>"],
        "subject": "Incident summary for your threat-intel team",
        "body": (
            "Hi Sofia,\n\nAttached is the short incident summary your analysts asked for, so "
            "they know which artefacts to look for on the forums. Please keep it within the "
            "team working on our account.\n\n" + _sig("ukai", 2)),
        "attachments": [{
            "kind": "pdf", "name": "Hinode_incident_summary_v2.pdf",
            "title": "Incident summary", "page_header": "INTERNAL ONLY",
            "page_footer": "Hinode Sangyo Co., Ltd. - Internal Only - Do not distribute",
            "lines": ["Incident summary (v2, 24 Sep 2026)", "",
                      "Vector: reused credentials of a dormant admin account (ec_ope03)",
                      "Payload: skimmer injected into checkout.tpl, exfiltration to api-metrics-gate[.]net",
                      "Window: 3 Jun - 27 Aug 2026",
                      "Data at risk: card data (approx. 12,480), member profiles (up to 38,200)",
                      "Artefacts to watch: order confirmation e-mails, 'HINODE' member IDs (HS + 7 digits)"]}],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "PDF stamped INTERNAL ONLY in header and footer sent to an outside vendor",
    }


def _m078():
    return {
        "id": "roei-078", "charset": "shift_jis",
        "sender": _from("shoji"),
        "to": ["総務部 福利厚生担当 <fukuri@marutaka-kogyo.co.jp>",
               "人事総務課 <jinji@seiryu-pharma.jp>",
               "管理部 ご担当者様 <kanri@hoshizora-kensetsu.com>"],
        "subject": "【重要】弊社通販サイトへの不正アクセスに関するお知らせ（法人会員各社様）",
        "body": (
            "法人会員各社 ご担当者様\n\n平素より格別のお引き立てを賜り、厚く御礼申し上げます。\n"
            "日の出産業株式会社 EC事業部の東海林でございます。\n\n"
            "このたび、弊社通販サイト「ひので生活便」が不正アクセスを受け、法人会員プログラムを"
            "ご利用の従業員様の情報が含まれている可能性があることが判明いたしました。\n"
            "各社様の対象人数及び詳細は、個別にご連絡申し上げます。\n\n"
            "多大なるご迷惑をおかけしますことを、心よりお詫び申し上げます。\n\n" + _sig("shoji", 0)),
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three client companies put in To together: should have been Bcc",
    }


def _m079():
    ps = _people("m079", 25)
    r = random.Random("m079")
    rows = [["ダークウェブ照合結果（2026/09/28時点）"],
            ["No", "会員番号", "氏名", "メールアドレス", "検出元", "検出日", "パスワード形式"]]
    for i, p in enumerate(ps, 1):
        rows.append([i, p["member"], p["name"], p["mail"],
                     r.choice(["forum-A", "paste-B", "telegram-C"]),
                     f"2026/09/{r.randint(10, 27)}", r.choice(["平文", "MD5", "なし"])])
    return {
        "id": "roei-079", "charset": "utf-8",
        "sender": _from("ukai"),
        "to": ["朝比奈 葵 <a.asahina@kurogane-sec.co.jp>"],
        "cc": ["木場 隆之 <t.kiba@kurogane-sec.co.jp>"],
        "subject": "照合結果の返送（25件）",
        "body": (
            "朝比奈様\n\n鵜飼です。いただいた検出データと会員DBを照合した結果を返送します。"
            "\n25件が当社会員と一致しました。氏名列は当社側で付与しています。\n"
            "「パスワード形式：平文」の9件はパスワードリセットを強制済みです。\n\n" + _sig("ukai", 1)),
        "attachments": [{"kind": "xlsx", "name": "照合結果_0928.xlsx", "sheets": {
            "結果": rows, "凡例": [["検出元", "説明"], ["forum-A", "ロシア語圏フォーラム"],
                               ["paste-B", "ペーストサイト"], ["telegram-C", "Telegramチャンネル"]]}}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "XLSX with 25 members' names and e-mail addresses (title row above header) to the vendor",
    }


def _m080():
    return {
        "id": "roei-080", "charset": "iso-2022-jp",
        "sender": _from("sobue"),
        "to": ["早瀬 直人 <n.hayase@hayase-sr.jp>"],
        "subject": "Re: 個人番号の変更請求について（追加1名）",
        "body": (
            "早瀬先生\n\n祖父江です。先日の6名に加え、もう1名変更を希望する者が出ました。\n\n"
            f"　営業部 木全 正樹（昭和５３年１０月８日生）\n　現在の個人番号：{_mn(30)}\n\n"
            "先の6名と同じ手順で進めてよいか、ご確認をお願いいたします。\n\n" + _sig("sobue", 3)
            + "\n> 祖父江様\n> 市区町村の窓口での変更請求には、漏えいの事実を示す会社の証明書が\n"
            "> 必要になります。様式を添付しますのでご利用ください。\n> 早瀬\n"),
        "expect": "stop",
        "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "one employee's My Number in the new text of a reply to the outside 社労士",
    }


def _m081():
    ps = _people("m081", 4)
    claims = ["慰謝料 10万円", "カード再発行に伴う損害 3,300円", "慰謝料 5万円及び謝罪文",
              "不正利用額 48,000円の補填"]
    blocks = "\n".join(
        f"{i}) {p['name']}（{p['pref']}）　TEL {p['tel']}\n   〒{p['zip']} {p['addr']}\n   請求内容：{c}"
        for i, (p, c) in enumerate(zip(ps, claims), 1))
    return {
        "id": "roei-081", "charset": "utf-8",
        "sender": _from("sakakibara"),
        "to": ["嶋津 崇 <t.shimazu@shirakawa-law.jp>"],
        "subject": "書面で請求のあった4名について",
        "body": (
            "嶋津先生\n\n榊原です。書面で損害賠償を請求してこられた4名の概要です。\n"
            "回答書の送付先として住所・電話も記載しています。\n\n" + blocks +
            "\n\n回答書のドラフトをお願いできますでしょうか。\n\n" + _sig("sakakibara", 0)),
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "four claimants' contact details to the partner law firm: under the five-person threshold",
    }


def _m082():
    r = random.Random("m082")
    prefs = ["東京都", "神奈川県", "埼玉県", "大阪府", "愛知県", "福岡県", "北海道", "千葉県"]
    cats = ["対象確認", "カード差替え", "苦情", "見舞品未着", "退会", "報道を見て"]
    rows = [["会員番号", "受付日", "都道府県", "年代", "区分", "所要分"]]
    for _ in range(20):
        rows.append([f"HS{r.randint(1000000, 9999999)}", f"2026/09/{r.randint(14, 30)}",
                     r.choice(prefs), f"{r.randint(2, 7)}0代", r.choice(cats), r.randint(2, 25)])
    return {
        "id": "roei-082", "charset": "shift_jis",
        "sender": _from("nishina"),
        "to": ["久我 智史 <s.kuga@tokiwa-sonpo.co.jp>"],
        "subject": "コールセンター費用の根拠資料（サンプル）",
        "body": (
            "久我様\n\n仁科です。コールセンター費用の妥当性確認のため、受電記録のサンプル20件を"
            "お送りします。\n氏名・連絡先は削除し、会員番号のみ残しています。\n\n" + _sig("nishina", 0)),
        "attachments": [{"kind": "csv", "name": "受電記録サンプル.csv", "encoding": "cp932",
                         "rows": rows}],
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "twenty call records keyed by member number with prefecture and age band, no names or contacts: pseudonymous",
    }


def _m083():
    ps = _people("m083", 5)
    lines = "\n".join(f"  {p['name']:<10} 和解済（{d}）" for p, d in zip(
        ps, ["9/30", "10/2", "10/2", "10/5", "10/7"]))
    return {
        "id": "roei-083", "charset": "iso-2022-jp",
        "sender": _from("otaka"),
        "to": ["嶋津 崇 <t.shimazu@shirakawa-law.jp>"],
        "subject": "和解済みの方（ご報告）",
        "body": (
            "嶋津先生\n\n大鷹です。見舞金の追加支払いで和解が成立した方をご報告します。\n\n"
            + lines + "\n\n合意書の原本は当社で保管しています。\n\n" + _sig("otaka", 3)),
        "expect": "either",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "five names with only a settlement status to the partner law firm: a list with no contact data",
    }


def _m084():
    return {
        "id": "roei-084", "charset": "iso-2022-jp",
        "sender": _from("kuramoto"),
        "to": ["三上 健 <k.mikami@tsubasa-system.jp>"],
        "subject": "委託契約の見直し（情報の取扱いに関する条項）",
        "body": (
            "三上様\n\nお世話になっております。蔵本です。\n"
            "今回の件を受け、保守委託契約の見直しを法務と進めています。特に次の点を追加したいと"
            "考えています。\n\n・機密情報及び個人データを扱う作業者の名簿の事前提出\n"
            "・退職者アカウントの即日無効化と、月次の棚卸し報告\n"
            "・機密区分に応じた持ち出し制限（本番データの持ち出し原則禁止）\n\n"
            "来週、条文案をお送りしますので、貴社の法務部門にもご共有ください。\n\n"
            + _sig("kuramoto", 0) + _DISC_JA),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mentions 機密 as a topic of contract clauses, not a marking; disclaimer at the end",
    }


def _m085():
    c = _cc(132)
    return {
        "id": "roei-085", "charset": "utf-8",
        "sender": _from("wakasa"),
        "to": ["瀬戸口 諒 <r.setoguchi@sora-payment.co.jp>"],
        "subject": "Re: 売上取消の可否について",
        "body": (
            "瀬戸口様\n\nご確認ありがとうございます。取消処理の完了、承知しました。\n"
            "お客様には当室からご連絡いたします。メモは本日破棄しました。\n\n若狭\n\n"
            "2026年9月25日(金) 11:02 瀬戸口 諒 <r.setoguchi@sora-payment.co.jp> wrote:\n"
            "> 若狭様\n>\n> 下記の決済について、本日付で取消処理を完了しました。\n"
            f"> カード番号：{spaced_card(c)}\n> 決済日：2026/08/19　金額：18,700円\n"
            "> 返金はカード会社の締め日により翌月または翌々月の明細に反映されます。\n>\n"
            "> そらペイメント 瀬戸口\n"),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the card number appears only in the quoted text of the payment agent's own mail",
    }


def _m086():
    return {
        "id": "roei-086", "charset": "shift_jis",
        "sender": _from("ukai"),
        "to": ["野々村 亘 <w.nonomura@mirai-card.co.jp>"],
        "subject": "ブランド別の件数（ご参考）",
        "body": (
            "野々村様\n\n鵜飼です。ご依頼のブランド別件数です（カード番号は含めていません）。\n\n"
            "ブランド        件数\n----------------------\nVisa           6,214\n"
            "Mastercard     3,902\nJCB            2,011\nその他           353\n"
            "----------------------\n合計          12,480\n\nうち貴社発行分は 1,877 件です。\n\n"
            + _sig("ukai", 3)),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "counts by card brand, no card numbers or people",
    }


def _m087():
    return {
        "id": "roei-087", "charset": "utf-8",
        "sender": _from("kuramoto"),
        "to": ["木場 隆之 <t.kiba@kurogane-sec.co.jp>"],
        "subject": "VPNログの該当アカウント",
        "body": (
            "木場様\n\n蔵本です。ファイルサーバへの横展開の時間帯にVPN接続していたアカウントは"
            "以下の3つでした。\n\n  account      last_login (JST)       src_ip\n"
            "  ----------   --------------------   ---------------\n"
            "  vpn-ec03     2026-08-11 02:14:09    203.0.113.57\n"
            "  vpn-adm11    2026-08-11 09:02:44    198.51.100.20\n"
            "  vpn-hr02     2026-08-12 01:47:31    203.0.113.57\n\n"
            "vpn-ec03 と vpn-hr02 は同じ送信元で、深夜帯です。いずれも当時パスワードのみの認証でした。"
            "\n\n" + _sig("kuramoto", 3)),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "VPN account IDs and IP addresses only: no person's data",
    }


def _m088():
    t = _corp("010401087425")
    return {
        "id": "roei-088", "charset": "iso-2022-jp",
        "sender": _from("nishina"),
        "to": ["錦印刷 経理課 <keiri@nishiki-insatsu.co.jp>"],
        "subject": "ご請求書の記載事項について",
        "body": (
            "錦印刷株式会社 経理課 ご担当者様\n\nお世話になっております。日の出産業 経理部の仁科です。"
            "\n9月分のご請求書（No. NI-260930-118）を拝受しました。\n"
            f"適格請求書発行事業者の登録番号が T{t} と記載されておりますが、"
            "国税庁の公表サイトで確認できた番号と一致しましたので、このまま処理いたします。\n\n"
            "　請求金額：2,915,200円（税込）\n　内訳：お詫び状 第1便・第2便 印刷・封入・発送\n"
            "　お支払予定日：10月30日\n\n" + _sig("nishina", 0)),
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice handling with the printer's registration (T) number: a company's number, no people",
    }


def _m089():
    ps = _people("m089", 8)
    lines = ["氏名\t銀行\t支店\t口座\t金額"]
    for p in ps:
        r = random.Random(p["kana"])
        lines.append(f"{p['name']}\tみどり銀行\t{r.choice(['新宿', '川口', '船橋', '藤沢'])}支店\t"
                     f"普通 {r.randint(1000000, 9999999)}\t{r.choice([3980, 12800, 2160])}")
    return {
        "id": "roei-089", "charset": "utf-8",
        "sender": _from("nishina"),
        "to": ["出納課 <suitou@hinode-sangyo.co.jp>"],
        "cc": ["榊原 透 <t.sakakibara@hinode-sangyo.co.jp>"],
        "subject": "返金 同行分（8件）の振込依頼",
        "body": (
            "出納課 各位\n\n仁科です。みどり銀行同行宛の返金8件です。EB画面で手入力をお願いします。"
            "\n\n" + "\n".join(lines) + "\n\n入力後、ダブルチェックをお願いします。\n\n仁科\n"),
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": [],
        "note": "eight customers' bank accounts, but all recipients are internal",
    }


def _m090():
    return {
        "id": "roei-090", "charset": "iso-2022-jp",
        "sender": _from("sakakibara"),
        "to": ["個人情報保護委員会 事務局 <roei-soudan@hogoiinkai.go.jp>"],
        "subject": "【日の出産業株式会社】再発防止策の実施状況について",
        "body": (
            "個人情報保護委員会事務局\nご担当者様\n\nいつもお世話になっております。日の出産業株式会社の"
            "榊原でございます。\n確報の際にお約束した、再発防止策の実施状況をご報告いたします。"
            "\n別紙PDFをご確認ください。\n\n" + _sig("sakakibara", 0)),
        "attachments": [{"kind": "pdf", "name": "再発防止策_実施状況_1130.pdf",
                         "title": "再発防止策 実施状況",
                         "lines": ["再発防止策の実施状況（令和8年11月30日現在）", "日の出産業株式会社", ""],
                         "table": [["No", "施策", "状況"],
                                   ["1", "管理画面の多要素認証化", "完了（10/14）"],
                                   ["2", "CSP・SRIの導入", "完了（10/29）"],
                                   ["3", "改ざん検知の常時監視", "完了（11/20）"],
                                   ["4", "委託先の監督強化（契約改定）", "協議中"],
                                   ["5", "全従業員向け研修", "12月実施予定"]]}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "status report to the regulator with measures only",
    }


def _m091():
    desks = [("みらいカード", "紛失・盗難受付", "0120-334-870"),
             ("そらカード", "不正利用ダイヤル", "0120-558-102"),
             ("あかつきJCBデスク", "会員サービス", "0570-011-245"),
             ("ひまわりカード", "24時間紛失窓口", "0120-910-377")]
    html = ("<html><body><p>戸叶様</p><p>漆原です。お客様からカード会社の連絡先を聞かれた際の案内用に、"
            "主要カード会社の窓口を一覧にしました。</p><table border=\"1\"><tr><th>カード会社</th>"
            "<th>窓口</th><th>電話</th></tr>"
            + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in desks)
            + "</table><p>※上記以外はカード裏面の番号をご案内ください。</p>"
            "<p>日の出産業株式会社 お客様相談室 漆原</p></body></html>")
    return {
        "id": "roei-091", "charset": "utf-8",
        "sender": _from("urushibara"),
        "to": ["戸叶 真理 <m.tokano@hikari-contact.co.jp>"],
        "subject": "カード会社窓口一覧（案内用）",
        "html": html,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an HTML table of card companies' service desks: businesses, not people",
    }


def _m092():
    return {
        "id": "roei-092", "charset": "utf-8",
        "sender": _from("ukai"),
        "to": ["Priya Raman <p.raman@meridian-pfi.com>"],
        "subject": "Timeline for the final PFI report",
        "body": (
            "Dear Priya,\n\nFollowing up on our call, this is the timeline we have agreed "
            "internally:\n\n  * 16 Oct - draft PFI report to Hinode and the acquirer\n"
            "  * 23 Oct - comments back from Hinode\n  * 30 Oct - final report\n\n"
            "The card brands have asked for the number of accounts at risk by brand; the totals "
            "we hold are Visa 6,214 / Mastercard 3,902 / JCB 2,011 / other 353. Please reconcile "
            "them with your own extraction before the draft.\n\n" + _sig("ukai", 2) + _DISC_EN),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English report timeline with aggregate counts only",
    }


def _m093():
    return {
        "id": "roei-093", "charset": "shift_jis",
        "sender": _from("sobue"),
        "to": ["菅原 由紀 <y.sugawara@sugawara-gyosei.jp>"],
        "subject": "Re: 在留カード番号の件（御礼）",
        "body": (
            "菅原先生\n\nご丁寧なご回答をありがとうございました。\n"
            "再交付は任意であること、本人が希望する場合は紛失等に準じた手続になることを、本人にも"
            "説明いたしました。\n本人は今回は再交付を希望しないとのことですので、会社として"
            "写しを削除したことの記録のみ残すことといたします。\n\n"
            "ご請求書は人事部 祖父江宛にお送りください。\n\n" + _sig("sobue", 0)),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "thank-you mail with no identifying data of the employee",
    }


def _m094():
    return {
        "id": "roei-094", "charset": "iso-2022-jp",
        "sender": _from("urushibara"),
        "to": ["戸叶 真理 <m.tokano@hikari-contact.co.jp>"],
        "subject": "10月の席数計画",
        "body": (
            "戸叶様\n\n漆原です。入電の落ち着きを踏まえ、10月の席数を下記に変更したいと考えています。"
            "\n\n  期間              平日  土日祝\n  --------------------------------\n"
            "  10/1〜10/11        18     10\n  10/12〜10/25       12      6\n"
            "  10/26〜10/31        8      4\n\n受付時間は10/12以降 9:00〜18:00 に短縮します。"
            "\nお見積りの更新をお願いします。\n\n" + _sig("urushibara", 0)),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "seat plan for the call centre: no personal data",
    }


def _m095():
    ps = _people("m095", 6)
    r = random.Random("m095")
    tbl = [["No", "氏名", "住所", "電話番号", "主張", "受付日"]]
    for i, p in enumerate(ps, 1):
        tbl.append([str(i), p["name"], f"〒{p['zip']} {p['addr']}", p["tel"],
                    r.choice(["慰謝料請求", "不正利用額の補填", "公開謝罪要求", "集団訴訟の示唆"]),
                    f"10/{r.randint(1, 9)}"])
    return {
        "id": "roei-095", "charset": "iso-2022-jp",
        "sender": _from("otaka"),
        "to": ["白川 惠 <m.shirakawa@shirakawa-law.jp>", "嶋津 崇 <t.shimazu@shirakawa-law.jp>"],
        "subject": "10月第1週 新規の請求者一覧",
        "body": (
            "白川先生、嶋津先生\n\n大鷹です。10月第1週に新たに請求のあった6名の一覧をWordで"
            "お送りします。\n集団訴訟を示唆している方が1名いらっしゃいます。\n\n" + _sig("otaka", 0)),
        "attachments": [{"kind": "docx", "name": "請求者一覧_10月第1週.docx",
                         "paragraphs": ["新規請求者一覧（10月第1週）", ""], "tables": [tbl]}],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a DOCX table of six claimants' names, addresses and phones to the law firm",
    }


def _m096():
    return {
        "id": "roei-096", "charset": "utf-8",
        "sender": _from("ukai"),
        "to": ["御手洗 哲也 <t.mitarai@hinode-sangyo.co.jp>", "榊原 透 <t.sakakibara@hinode-sangyo.co.jp>"],
        "subject": "FW: 【極秘】調査報告書（ドラフト）",
        "body": (
            "常務、榊原課長\n\n鵜飼です。くろがね様から調査報告書のドラフトが届きましたので転送します。"
            "\n社内でも対策本部の役員限りでお願いします。\n\n"
            "-----Original Message-----\nFrom: 木場 隆之 <t.kiba@kurogane-sec.co.jp>\n"
            "Sent: Friday, October 9, 2026 18:20\nSubject: 【極秘】調査報告書（ドラフト）\n\n"
            "鵜飼様\n調査報告書のドラフトを添付いたします。取扱いにはご注意ください。\n"),
        "attachments": [{"kind": "pdf", "name": "調査報告書_draft_1009.pdf",
                         "page_header": "極秘", "title": "調査報告書（ドラフト）",
                         "lines": ["調査報告書（ドラフト）", "くろがねセキュリティ株式会社",
                                   "1. エグゼクティブサマリ", "2. 侵入経路の分析",
                                   "3. 横展開の有無", "4. 漏えい範囲の推定", "5. 推奨事項"]}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a 極秘-stamped report forwarded to internal recipients only",
    }


def _m097():
    return {
        "id": "roei-097", "charset": "iso-2022-jp",
        "sender": "日の出産業 お客様相談室 <support-hinode@hinode-sangyo.co.jp>",
        "to": ["tsukumo.aya@icloud.com"],
        "subject": "退会及び登録情報削除のお手続き完了のお知らせ",
        "body": (
            "九十九様\n\nいつも「ひので生活便」をご利用いただき、ありがとうございました。\n"
            "ご依頼いただきました退会及び登録情報の削除につきまして、本日お手続きが完了いたしましたので"
            "お知らせいたします。\n\n　対象会員番号：HS7012266\n　削除完了日：2026年10月6日\n\n"
            "なお、法令により保存が義務付けられている取引記録は、所定の期間経過後に削除いたします。\n\n"
            "このたびは多大なるご迷惑をおかけし、誠に申し訳ございませんでした。\n\n"
            "日の出産業株式会社 お客様相談室\n"),
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "confirmation to one customer on free mail with only her member number",
    }


def _m098():
    p = _people("m098", 1)[0]
    return {
        "id": "roei-098", "charset": "shift_jis",
        "sender": _from("otaka"),
        "to": ["嶋津 崇 <t.shimazu@shirakawa-law.jp>"],
        "subject": "代理人による開示請求（本人確認書類の内容）",
        "body": (
            "嶋津先生\n\n大鷹です。ご本人の代理人（ご長男）から開示請求があり、ご本人と代理人双方の"
            "運転免許証の写しが添付されていました。\n代理権の確認方法についてご意見をいただきたく、"
            "記載内容を書き出します。\n\n"
            f"【本人】{p['name']}　{wareki(p['dob'])}生\n　　　　{p['zip']} {p['addr']}\n"
            "　　　　運転免許証番号 第302104418870号\n"
            f"【代理人】{p['sei']} 拓海　平成2年7月14日生\n　　　　運転免許証番号 第452911036531号\n\n"
            "委任状には実印の押印がありますが、印鑑登録証明書は同封されていません。\n\n"
            + _sig("otaka", 4)),
        "expect": "stop",
        "entities": ["JP_DRIVERS_LICENSE", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "two people's driver's licence numbers with names and birth dates sent to the law firm",
    }


def _m099():
    return {
        "id": "roei-099", "charset": "iso-2022-jp",
        "sender": _from("nagumo"),
        "to": ["立花 美和 <m.tachibana@sakura-hotel.jp>"],
        "subject": "Re: 記者会見 会場費のご請求について",
        "body": (
            "立花様\n\n南雲です。先日は会見の設営・運営にご協力いただき、誠にありがとうございました。"
            "\nご請求書（No. SH-0916-0042、金額 385,000円）を受領しました。10月末にお支払いいたします。"
            "\n\n今後、説明会を開催する場合にはまたご相談させてください。\n\n" + _sig("nagumo", 0)),
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "invoice acknowledgement to the partner hotel",
    }


def _m100():
    return {
        "id": "roei-100", "charset": "utf-8",
        "sender": _from("sakakibara"),
        "to": ["木場 隆之 <t.kiba@kurogane-sec.co.jp>"],
        "cc": ["嶋津 崇 <t.shimazu@shirakawa-law.jp>", "鵜飼 真澄 <m.ukai@hinode-sangyo.co.jp>"],
        "subject": "最終報告書のレビュー会議（10/21）",
        "body": (
            "木場様、嶋津先生\n\nお世話になっております。榊原です。\n"
            "最終報告書の公表版について、記載の粒度（攻撃手法の詳細をどこまで書くか）を"
            "三者で確認したく、下記の日程で会議を設定いたしました。\n\n"
            "　日時：10月21日（水）16:00〜17:00\n　場所：オンライン（Teams）\n\n"
            "ご都合が悪い場合はお知らせください。\n\n" + _sig("sakakibara", 1)),
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations (forensic vendor and law firm) on one meeting mail",
    }


MESSAGES = [_m001(), _m002(), _m003(), _m004(), _m005(), _m006(), _m007(), _m008(), _m009(),
            _m010(), _m011(), _m012(), _m013(), _m014(), _m015(), _m016(), _m017(), _m018(),
            _m019(), _m020(), _m021(), _m022(), _m023(), _m024(), _m025(), _m026(), _m027(),
            _m028(), _m029(), _m030(), _m031(), _m032(), _m033(), _m034(), _m035(), _m036(),
            _m037(), _m038(), _m039(), _m040(), _m041(), _m042(), _m043(), _m044(), _m045(),
            _m046(), _m047(), _m048(), _m049(), _m050(), _m051(), _m052(), _m053(), _m054(),
            _m055(), _m056(), _m057(), _m058(), _m059(), _m060(), _m061(), _m062(), _m063(),
            _m064(), _m065(), _m066(), _m067(), _m068(), _m069(), _m070(), _m071(), _m072(),
            _m073(), _m074(), _m075(), _m076(), _m077(), _m078(), _m079(), _m080(), _m081(),
            _m082(), _m083(), _m084(), _m085(), _m086(), _m087(), _m088(), _m089(), _m090(),
            _m091(), _m092(), _m093(), _m094(), _m095(), _m096(), _m097(), _m098(), _m099(),
            _m100()]
