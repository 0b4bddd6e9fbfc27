"""Blind evaluation corpus, area "kodomokai": mail of Hinode Sangyo's welfare team (人事総務部
福利厚生グループ) that runs events for employees' children with outside vendors — the autumn
family day at a hotel, the summer camp with an NPO camp operator, bus company and campsite, the
children's workplace visit day with the building manager — and the insurers, caterers,
photographers, printers, childcare agencies and lawyers around them; children's names and ages,
allergies and health notes, parents' contacts, insurance enrolment and photos, as well as the
ordinary mail that must go. Written blind from bench/blind/BRIEF.md (and SPEC.md for names),
without reading mailguard's code or any other corpus file."""

import datetime as _dt
import random as _random

from build import card_number, my_number

SEED = 61601

# -- invented people ------------------------------------------------------------------------

_SURNAMES = [
    ("佐久間", "さくま", "Sakuma"), ("五十嵐", "いがらし", "Igarashi"), ("百目鬼", "どうめき", "Domeki"),
    ("御手洗", "みたらい", "Mitarai"), ("勅使河原", "てしがわら", "Teshigawara"),
    ("東海林", "しょうじ", "Shoji"), ("小鳥遊", "たかなし", "Takanashi"), ("薬師寺", "やくしじ", "Yakushiji"),
    ("鬼頭", "きとう", "Kito"), ("甘粕", "あまかす", "Amakasu"), ("蓮見", "はすみ", "Hasumi"),
    ("善養寺", "ぜんようじ", "Zenyoji"), ("真壁", "まかべ", "Makabe"), ("八木橋", "やぎはし", "Yagihashi"),
    ("冨樫", "とがし", "Togashi"), ("雲井", "くもい", "Kumoi"), ("小野寺", "おのでら", "Onodera"),
    ("安齋", "あんざい", "Anzai"), ("竹之内", "たけのうち", "Takenouchi"), ("益子", "ましこ", "Mashiko"),
    ("日下部", "くさかべ", "Kusakabe"), ("一ノ瀬", "いちのせ", "Ichinose"), ("関根", "せきね", "Sekine"),
    ("大河原", "おおがわら", "Ogawara"), ("古賀", "こが", "Koga"), ("園田", "そのだ", "Sonoda"),
    ("香取", "かとり", "Katori"), ("早乙女", "さおとめ", "Saotome"), ("三ツ矢", "みつや", "Mitsuya"),
    ("伊集院", "いじゅういん", "Ijuin"), ("米倉", "よねくら", "Yonekura"), ("野々村", "ののむら", "Nonomura"),
    ("阿久津", "あくつ", "Akutsu"), ("設楽", "したら", "Shitara"), ("羽鳥", "はとり", "Hatori"),
    ("江頭", "えがしら", "Egashira"), ("四方田", "よもだ", "Yomoda"), ("柘植", "つげ", "Tsuge"),
    ("栗栖", "くりす", "Kurisu"), ("眞鍋", "まなべ", "Manabe"), ("汐見", "しおみ", "Shiomi"),
    ("塙", "はなわ", "Hanawa"), ("鍋島", "なべしま", "Nabeshima"), ("巽", "たつみ", "Tatsumi"),
    ("宍戸", "ししど", "Shishido"), ("苫米地", "とまべち", "Tomabechi"), ("檜山", "ひやま", "Hiyama"),
    ("久保寺", "くぼでら", "Kubodera"), ("能勢", "のせ", "Nose"), ("砂川", "すながわ", "Sunagawa"),
    ("門脇", "かどわき", "Kadowaki"), ("赤羽根", "あかばね", "Akabane"), ("椎名", "しいな", "Shiina"),
    ("嵯峨", "さが", "Saga"), ("浜砂", "はますな", "Hamasuna"), ("今別府", "いまべっぷ", "Imabeppu"),
]
_BOYS = [
    ("陽翔", "はると", "Haruto"), ("湊", "みなと", "Minato"), ("悠真", "ゆうま", "Yuma"),
    ("律", "りつ", "Ritsu"), ("朝陽", "あさひ", "Asahi"), ("碧", "あおい", "Aoi"),
    ("蓮", "れん", "Ren"), ("大和", "やまと", "Yamato"), ("樹", "いつき", "Itsuki"),
    ("颯太", "そうた", "Sota"), ("晴", "はる", "Haru"), ("岳", "がく", "Gaku"),
    ("奏太", "かなた", "Kanata"), ("琉生", "るい", "Rui"), ("航大", "こうだい", "Kodai"),
    ("柊", "しゅう", "Shu"), ("壮真", "そうま", "Soma"), ("伊織", "いおり", "Iori"),
]
_GIRLS = [
    ("陽葵", "ひまり", "Himari"), ("紬", "つむぎ", "Tsumugi"), ("芽依", "めい", "Mei"),
    ("凛", "りん", "Rin"), ("結菜", "ゆいな", "Yuina"), ("咲良", "さくら", "Sakura"),
    ("葵", "あおい", "Aoi"), ("澪", "みお", "Mio"), ("心春", "こはる", "Koharu"),
    ("杏", "あん", "An"), ("美月", "みづき", "Mizuki"), ("花音", "かのん", "Kanon"),
    ("琴葉", "ことは", "Kotoha"), ("菫", "すみれ", "Sumire"), ("詩", "うた", "Uta"),
    ("莉子", "りこ", "Riko"), ("あかり", "あかり", "Akari"), ("千紘", "ちひろ", "Chihiro"),
]
_MEN = [
    ("健太郎", "けんたろう", "Kentaro"), ("直樹", "なおき", "Naoki"), ("拓也", "たくや", "Takuya"),
    ("雅人", "まさと", "Masato"), ("亮", "りょう", "Ryo"), ("誠", "まこと", "Makoto"),
    ("哲也", "てつや", "Tetsuya"), ("修平", "しゅうへい", "Shuhei"), ("和彦", "かずひこ", "Kazuhiko"),
    ("大輔", "だいすけ", "Daisuke"), ("隆之", "たかゆき", "Takayuki"), ("浩二", "こうじ", "Koji"),
    ("俊介", "しゅんすけ", "Shunsuke"), ("智", "さとし", "Satoshi"), ("圭吾", "けいご", "Keigo"),
]
_WOMEN = [
    ("真由美", "まゆみ", "Mayumi"), ("彩", "あや", "Aya"), ("麻衣", "まい", "Mai"),
    ("友美", "ともみ", "Tomomi"), ("理恵", "りえ", "Rie"), ("千晶", "ちあき", "Chiaki"),
    ("奈緒", "なお", "Nao"), ("恵子", "けいこ", "Keiko"), ("佳奈", "かな", "Kana"),
    ("瞳", "ひとみ", "Hitomi"), ("美穂", "みほ", "Miho"), ("裕子", "ゆうこ", "Yuko"),
    ("香織", "かおり", "Kaori"), ("早苗", "さなえ", "Sanae"),
]
_DEPTS = ["第一営業部", "第二営業部", "生産技術部", "経理部", "情報システム部", "品質保証部",
          "物流センター", "人事総務部", "海外事業部", "研究開発センター", "購買部", "川崎工場 製造課"]
_TOWNS = [
    ("神奈川県", "川崎市中原区", "上小田中", "211"), ("神奈川県", "横浜市港北区", "日吉本町", "223"),
    ("神奈川県", "横浜市青葉区", "美しが丘", "225"), ("東京都", "品川区", "西五反田", "141"),
    ("東京都", "大田区", "南雪谷", "145"), ("東京都", "目黒区", "碑文谷", "152"), ("東京都", "世田谷区", "等々力", "158"),
    ("東京都", "杉並区", "高井戸東", "168"), ("埼玉県", "川口市", "芝新町", "333"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330"), ("千葉県", "船橋市", "前原西", "274"),
    ("千葉県", "市川市", "妙典", "272"), ("東京都", "江東区", "豊洲", "135"), ("神奈川県", "横浜市都筑区", "中川中央", "224"),
    ("東京都", "町田市", "鶴間", "194"), ("神奈川県", "相模原市南区", "相模大野", "252"),
    ("東京都", "練馬区", "石神井台", "177"), ("千葉県", "浦安市", "入船", "279"),
]
_BUILDINGS = ["", "", "", "", " グランドメゾン{n}", " パークハイツ{n}号", " コーポ若葉 {n}", " メゾン・ド・ソレイユ {n}"]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]
_EVENT_DAY = _dt.date(2026, 11, 14)


def _grade(dob):
    cohort = dob.year if (dob.month, dob.day) >= (4, 2) else dob.year - 1
    g = 2020 - cohort
    if g >= 1:
        return f"小{g}" if g <= 6 else f"中{g - 6}"
    return {0: "年長", -1: "年中", -2: "年少"}.get(g, "未就園")


def _age(dob, on=_EVENT_DAY):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def _fam(k, n):
    """n invented families (one child each) for message k: deterministic."""
    rng = _random.Random(f"kodomokai-{SEED}-{k}")
    out = []
    for sn in rng.sample(_SURNAMES, n):
        boy = rng.random() < 0.5
        g = rng.choice(_BOYS if boy else _GIRLS)
        dob = _dt.date(rng.randint(2014, 2021), rng.randint(1, 12), rng.randint(1, 28))
        mom = rng.random() < 0.45
        p = rng.choice(_WOMEN if mom else _MEN)
        pdob = _dt.date(rng.randint(1976, 1993), rng.randint(1, 12), rng.randint(1, 28))
        pref, city, town, zip3 = rng.choice(_TOWNS)
        bld = rng.choice(_BUILDINGS).format(n=rng.randint(101, 812))
        mail_user = rng.choice([
            f"{p[2].lower()}.{sn[2].lower()}{rng.randint(1, 99)}",
            f"{sn[2].lower()}_{p[2][0].lower()}{rng.randint(70, 93)}",
            f"{sn[2].lower()}.family{rng.randint(1, 9)}",
            f"{p[2][0].lower()}-{sn[2].lower()}{pdob.month:02d}{pdob.day:02d}",
        ])
        out.append({
            "sei": sn[0], "sei_kana": sn[1], "sei_ro": sn[2],
            "mei": g[0], "mei_kana": g[1], "mei_ro": g[2],
            "name": f"{sn[0]} {g[0]}", "kana": f"{sn[1]} {g[1]}", "romaji": f"{g[2]} {sn[2].upper()}",
            "sex": "男" if boy else "女", "boy": boy, "dob": dob, "age": _age(dob), "grade": _grade(dob),
            "parent": f"{sn[0]} {p[0]}", "parent_kana": f"{sn[1]} {p[1]}",
            "parent_ro": f"{p[2]} {sn[2]}", "parent_dob": pdob, "mom": mom,
            "rel": "母" if mom else "父", "dept": rng.choice(_DEPTS),
            "ext": str(rng.randint(2100, 7899)),
            "mobile": f"0{rng.choice('987')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "home": f"0{rng.choice(['3', '44', '45', '48', '47'])}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
                    .replace("03-", "03-" + str(rng.randint(3, 6))) ,
            "email": f"{mail_user}@{rng.choice(_FREEMAIL)}",
            "zip": f"{zip3}-{rng.randint(1, 99):02d}{rng.randint(0, 99):02d}",
            "addr": f"{pref}{city}{town}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}{bld}",
        })
    return out


_FW = str.maketrans("0123456789-.()/:", "０１２３４５６７８９－．（）／：")


def _fw(s):
    """full-width digits and separators, as some people type them"""
    return str(s).translate(_FW)


def _wareki(d, style="kanji"):
    if (d.year, d.month, d.day) >= (2019, 5, 1):
        era, abbr, y = "令和", "R", d.year - 2018
    elif (d.year, d.month, d.day) >= (1989, 1, 8):
        era, abbr, y = "平成", "H", d.year - 1988
    else:
        era, abbr, y = "昭和", "S", d.year - 1925
    if style == "abbr":
        return f"{abbr}{y}.{d.month}.{d.day}"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def _ymd(d, sep="/"):
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def _lines(rows, fmt):
    return "\n".join(fmt(i, r) for i, r in enumerate(rows, 1))


def corporate_number(base12):
    """法人番号: check digit first, then the 12-digit base."""
    total = sum(int(c) * (1 if n % 2 else 2) for n, c in enumerate(reversed(base12), 1))
    return f"{9 - total % 9}{base12}"


# -- our people's signatures ---------------------------------------------------------------------

_ADDR = "〒141-0032 東京都品川区大崎3-8-21 日の出大崎ビル5F"

SIG_HORIE = f"""
━━━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
人事総務部 福利厚生グループ
堀江 真理子（Horie Mariko）
{_ADDR}
TEL 03-5487-2310（代表） 内線 4127
E-mail horie.mariko@hinode-sangyo.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_IMAIZUMI = f"""
--
日の出産業株式会社 人事総務部 福利厚生グループ
今泉 航 / IMAIZUMI Wataru
{_ADDR}
TEL: 03-5487-2310 (代)  直通: 03-5487-2418
Mail: imaizumi.wataru@hinode-sangyo.co.jp"""

SIG_KUWABARA = """
*************************************
 日の出産業株式会社
 人事総務部 福利厚生G　桑原 沙織
 〒141-0032 東京都品川区大崎3-8-21
 TEL 03-5487-2310 / FAX 03-5487-2399
 kuwabara.saori@hinode-sangyo.co.jp
*************************************"""

SIG_OTSUKI = f"""
日の出産業株式会社
人事総務部 総務課 課長　大槻 健吾
{_ADDR}
TEL 03-5487-2311（直通）
otsuki.kengo@hinode-sangyo.co.jp"""

SIG_NOTO = """
-------------------------------------------
日の出産業株式会社 健康管理室
保健師　能登 ゆかり
TEL 03-5487-2330（健康管理室直通）
noto.yukari@hinode-sangyo.co.jp
-------------------------------------------"""

SIG_SUGA = """
--------------------
日の出産業株式会社 情報システム部
須賀 拓真（すが たくま）
TEL 03-5487-2450 内線 5213
suga.takuma@hinode-sangyo.co.jp
--------------------"""

SIG_ASHIDA = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
日の出産業株式会社 経理部 支払グループ
芦田 恵
〒141-0032 東京都品川区大崎3-8-21
TEL 03-5487-2360
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_IMAIZUMI_EN = """
Best regards,

Wataru Imaizumi
Employee Benefits Group, HR & General Affairs Dept.
Hinode Sangyo Co., Ltd.
3-8-21 Osaki, Shinagawa-ku, Tokyo 141-0032, Japan
Tel: +81-3-5487-2418"""

DISC_JA = """
【ご注意】本メールには機密情報が含まれている場合があります。本メールを誤って受信された場合は、
お手数ですが送信者へご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

DISC_EN = """
This e-mail and any attachments may contain confidential information and are intended
solely for the addressee. If you have received it in error, please notify the sender and
delete it."""

HORIE = "堀江 真理子 <horie.mariko@hinode-sangyo.co.jp>"
IMAIZUMI = "今泉 航 <imaizumi.wataru@hinode-sangyo.co.jp>"
KUWABARA = "桑原 沙織 <kuwabara.saori@hinode-sangyo.co.jp>"
OTSUKI = "大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>"
NOTO = "能登 ゆかり <noto.yukari@hinode-sangyo.co.jp>"
SUGA = "須賀 拓真 <suga.takuma@hinode-sangyo.co.jp>"
ASHIDA = "芦田 恵 <ashida.megumi@hinode-sangyo.co.jp>"

# vendors
MIYASAKA = "宮坂 様 <miyasaka@harenohi-kikaku.co.jp>"
KURIBAYASHI = "北国フーズ 栗林様 <kuribayashi@kitaguni-foods.co.jp>"
HIDAKA = "さくらホテル 日高様 <hidaka@sakura-hotel.jp>"
MIYAKE = "青葉運輸 三宅様 <miyake@aoba-unyu.co.jp>"
SAWATARI = "沢渡 様 <sawatari@morinokodomo.or.jp>"
CAMP = "白樺高原キャンプ場 <info@shirakaba-camp.jp>"
KOMINE = "小峰 様 <komine@lifeguard-hoken.co.jp>"
MORIMOTO = "キッズケアサポート 森本様 <morimoto@kidscare-support.co.jp>"
HINATA = "フォトスタジオひなた <hinata@studio-hinata.jp>"
NISHI = "錦印刷 西様 <nishi@nishiki-insatsu.co.jp>"
TODO = "ツバサシステム 藤堂様 <todo@tsubasa-system.jp>"
HANNAH = "Hannah Pierce <hannah.pierce@globalkids-workshop.com>"
OSAKI_BM = "大崎ビルマネジメント 警備課 <security@osaki-bm.co.jp>"
GIFT = "おもてなしギフト 法人受注センター <order@omotenashi-gift.co.jp>"

MESSAGES = [
    # ---------------------------------------------------------------- 001
    {
        "id": "kodomokai-001",
        "charset": "iso-2022-jp",
        "sender": HORIE,
        "to": [MIYASAKA],
        "cc": ["今泉 航 <imaizumi.wataru@hinode-sangyo.co.jp>"],
        "subject": "【ファミリーデー】参加ご家族一覧（第1次締切分）",
        "body": "株式会社ハレノヒ企画\n宮坂 様\n\nいつもお世話になっております。日の出産業の堀江です。\n\n"
                "11/14（土）ファミリーデーの参加申込、第1次締切分をお送りします。\n"
                "受付での名札照合と、縁日チケットの配布数の確認にお使いください。\n\n"
                "No  社員氏名      所属              お子さま          年齢  当日連絡先（携帯）\n"
                "--  ------------  ----------------  ----------------  ----  ----------------\n"
                + _lines(_fam(1, 8), lambda i, f: f"{i:>2}  {f['parent']:<8}  {f['dept']:<10}  {f['name']:<8}  {f['age']:>3}歳  {f['mobile']}")
                + "\n\n第2次締切（10/30）分は改めてお送りいたします。\nよろしくお願いいたします。\n" + SIG_HORIE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: 8 families (employee, child, age, mobile) padded in the body to the event company",
    },
    # ---------------------------------------------------------------- 002
    {
        "id": "kodomokai-002",
        "charset": "iso-2022-jp",
        "sender": HORIE,
        "to": [HIDAKA],
        "subject": "Re: 11月14日 ファミリーデー 会場ご予約の確認",
        "body": "さくらホテル 宴会営業部\n日高 様\n\nお世話になっております。日の出産業 堀江でございます。\n"
                "ご予約内容の確認書、ありがとうございました。下記のとおり相違ございません。\n\n"
                "　日時　　2026年11月14日（土）10:00〜16:00（搬入 8:30〜）\n"
                "　会場　　大宴会場「桜花の間」全室、控室「若葉」\n"
                "　人数　　約240名（大人 130名／お子さま 110名 予定）\n"
                "　付帯　　キッズスペース（マット敷き）、授乳室1室、ベビーカー置き場\n"
                "　駐車場　40台分を確保希望\n\n"
                "最終人数は11/6（金）までにご連絡いたします。\n"
                "引き続きどうぞよろしくお願い申し上げます。\n" + SIG_HORIE + "\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary venue booking confirmation with headcounts to the partner hotel",
    },
    # ---------------------------------------------------------------- 003
    {
        "id": "kodomokai-003",
        "charset": "cp932",
        "sender": IMAIZUMI,
        "to": [KURIBAYASHI],
        "subject": "ファミリーデー お子さま弁当のアレルギー対応について（個別のお願い）",
        "body": "北国フーズ株式会社\nケータリング事業部 栗林様\n\nいつもお世話になっております。日の出産業の今泉です。\n\n"
                "先日お送りした発注数とは別に、個別の対応をお願いしたいお子さまが1名おります。\n\n"
                "　氏名：桐生 蒼真（きりゅう そうま）くん　6歳（小学1年）\n"
                "　保護者：品質保証部 桐生 直樹\n"
                "　アレルギー：鶏卵・乳（重度）。過去にアナフィラキシーを起こしたことがあり、\n"
                "　　　　　　　エピペンを処方されています。微量の混入も不可とのことです。\n\n"
                "専用の調理ラインで作っていただき、容器に名前シールを貼っていただけますでしょうか。\n"
                "原材料表も併せて頂戴できますと助かります。\n\n"
                "お手数をおかけしますが、よろしくお願いいたします。\n" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named child's severe allergy and anaphylaxis history (medical) to the caterer",
    },
    # ---------------------------------------------------------------- 004
    {
        "id": "kodomokai-004",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": [MIYASAKA],
        "subject": "Re: 縁日ブースのお見積りについて",
        "body": "宮坂様\n\nお世話になっております。桑原です。\nご提案ありがとうございます。下記の5ブースで正式にお見積りをお願いできますでしょうか。\n\n"
                "・ヨーヨー釣り（水槽2台）\n・射的（コルク銃6丁）\n・スーパーボールすくい\n"
                "・バルーンアート（パフォーマー1名）\n・似顔絵コーナー（作家2名、1枚5分程度）\n\n"
                "想定来場はお子さま110名前後です。景品は1人3回分で見込んでいます。\n"
                "11/4までにいただけると社内稟議に間に合います。\n\nよろしくお願いいたします。\n" + SIG_KUWABARA +
                "\n\n> 桑原様\n> いつもお世話になっております。ハレノヒ企画の宮坂です。\n"
                "> 縁日ブースは8種類からお選びいただけます。カタログを添付いたしますので\n"
                "> ご検討のほどよろしくお願いいたします。\n> 株式会社ハレノヒ企画 宮坂 亜希\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary request for a quotation of fair booths",
    },
    # ---------------------------------------------------------------- 005
    {
        "id": "kodomokai-005",
        "charset": "iso-2022-jp",
        "sender": HORIE,
        "to": [MIYASAKA, KURIBAYASHI, HIDAKA, MIYAKE],
        "subject": "ファミリーデー 第1回合同打合せのご案内（10/9）",
        "body": "関係各社 ご担当者様\n\n平素より大変お世話になっております。日の出産業株式会社の堀江です。\n\n"
                "11/14開催のファミリーデーにつきまして、運営・ケータリング・会場・送迎の\n"
                "ご担当者様にお集まりいただき、合同で打合せを行いたく存じます。\n\n"
                "　日時：10月9日（金）14:00〜15:30\n　場所：さくらホテル 2F 会議室「楓」\n"
                "　議題：当日タイムテーブル、搬入動線、昼食の配膳、シャトルバスの発着\n\n"
                "ご都合をお知らせいただけますと幸いです。\n" + SIG_HORIE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: four vendor organisations in To see each other",
    },
    # ---------------------------------------------------------------- 006
    {
        "id": "kodomokai-006",
        "charset": "iso-2022-jp",
        "sender": OTSUKI,
        "to": [KOMINE],
        "subject": "サマーキャンプ 国内旅行傷害保険 加入者名簿の送付",
        "body": "株式会社ライフガード保険サービス\n小峰 様\n\nいつもお世話になっております。日の出産業の大槻です。\n\n"
                "サマーキャンプ（8/20〜8/22）の団体傷害保険について、加入者名簿をCSVにてお送りします。\n"
                "お子さま18名分です。引率社員分は別途ご連絡します。\n\n"
                "内容をご確認のうえ、加入手続きをお願いいたします。\n" + SIG_OTSUKI,
        "attachments": [{
            "kind": "csv", "name": "加入者名簿_サマーキャンプ.csv", "encoding": "cp932",
            "rows": [["No", "氏名", "フリガナ", "生年月日", "性別", "被保険者区分", "年齢"]]
                    + [[i, f["name"], f["kana"], _ymd(f["dob"]), f["sex"], "子", f["age"]]
                       for i, f in enumerate(_fam(6, 18), 1)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: 18 children with names and dates of birth in a CP932 CSV to the insurer",
    },
    # ---------------------------------------------------------------- 007
    {
        "id": "kodomokai-007",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": [KURIBAYASHI],
        "subject": "ファミリーデー 昼食のご発注（確定数）",
        "body": "北国フーズ株式会社 栗林様\n\nお世話になっております。日の出産業 桑原です。\n"
                "ファミリーデーの昼食数が確定しましたので、ご連絡いたします。\n\n"
                "■ 大人用 幕の内弁当 ……… 130食\n■ お子さま弁当 ………… 98食\n"
                "　 うち アレルギー対応\n　　 卵除去　 4食\n　　 乳除去　 2食\n　　 小麦除去 1食\n"
                "■ 全食共通：そば・落花生は不使用でお願いします\n■ 離乳食は各ご家庭で持参いただきます\n\n"
                "対応食は別容器で、フタに「卵除去」などの表示をお願いします。\n"
                "納品は11/14 11:15、さくらホテル搬入口です。\n\n何卒よろしくお願いいたします。\n" + SIG_KUWABARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "near miss: allergy-free meal counts only, no child named",
    },
    # ---------------------------------------------------------------- 008
    {
        "id": "kodomokai-008",
        "charset": "cp932",
        "sender": IMAIZUMI,
        "to": ["北国フーズ 栗林様 <kuribayashi@kitaguni-food.co.jp>"],
        "subject": "試食会の日程について",
        "body": "栗林様\n\nお世話になっております。日の出産業の今泉です。\n"
                "お子さま弁当の試食会ですが、10/21（水）または10/22（木）の午後でご調整いただけますでしょうか。\n"
                "弊社からは堀江と私の2名で伺います。\n\nよろしくお願いいたします。\n" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: kitaguni-food.co.jp drops the s of partner kitaguni-foods.co.jp",
    },
    # ---------------------------------------------------------------- 009
    {
        "id": "kodomokai-009",
        "charset": "utf-8",
        "sender": HORIE,
        "to": [SAWATARI],
        "subject": "保険証コピー未提出のお子さまについて",
        "body": "NPO法人 森のこども塾\n沢渡 様\n\nお世話になっております。日の出産業の堀江です。\n\n"
                "健康保険証のコピーがまだ揃っていないお子さまが1名おりましたので、\n"
                "保護者の了解を得て、記号・番号のみ先にお知らせいたします。\n\n"
                "　参加者：宇佐美 紬（うさみ つむぎ）さん　小学3年\n"
                "　保険者番号：06139012\n"
                "　被保険者証　記号：315　番号：4820　枝番：02\n"
                "　（被保険者：父 宇佐美 哲也）\n\n"
                "コピーは8/10までに保護者から直接お渡しする予定です。\n" + SIG_HORIE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "identifier: a child's health insurance card symbol and number to the camp operator",
    },
    # ---------------------------------------------------------------- 010
    {
        "id": "kodomokai-010",
        "charset": "iso-2022-jp",
        "sender": KUWABARA,
        "to": [MIYAKE],
        "subject": "【ご依頼】サマーキャンプ 貸切バス手配",
        "body": "青葉運輸株式会社 観光バス営業所\n三宅 様\n\nお世話になっております。日の出産業 人事総務部の桑原です。\n"
                "本年もサマーキャンプの送迎をお願いしたく、下記にて手配をお願いいたします。\n\n"
                "【往路】8月20日（木） 7:30 弊社本社前（大崎）発 → 白樺高原キャンプ場 12:00着予定\n"
                "【復路】8月22日（土）14:30 キャンプ場発 → 弊社本社前 19:00着予定\n"
                "【車両】大型観光バス 2台（1号車 45名／2号車 41名、いずれも引率含む）\n"
                "【その他】途中休憩 談合坂SA・双葉SA、車内DVD使用可否をお知らせください\n\n"
                "お見積りと運行指示書の案をいただけますと幸いです。\n" + SIG_KUWABARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary bus charter order with passenger counts only",
    },
    # ---------------------------------------------------------------- 011
    {
        "id": "kodomokai-011",
        "charset": "utf-8",
        "sender": IMAIZUMI,
        "to": [SAWATARI],
        "subject": "サマーキャンプ 参加者名簿（確定版）",
        "body": "森のこども塾 沢渡様\n\nお世話になっております。今泉です。\n"
                "参加者名簿の確定版を添付いたします。\n"
                "シート「参加児童」に班割り、シート「保護者連絡先」に緊急連絡先をまとめています。\n"
                "班のリーダーさんへの共有範囲はお任せいたします。\n\n何卒よろしくお願いいたします。\n" + SIG_IMAIZUMI,
        "attachments": [{
            "kind": "xlsx", "name": "2026サマーキャンプ_参加者名簿.xlsx", "title": "参加者名簿",
            "sheets": {
                "参加児童": [["2026 サマーキャンプ 参加児童名簿（8/20〜8/22）"], [],
                          ["No", "氏名", "ふりがな", "性別", "生年月日", "学年", "班"]]
                         + [[i, f["name"], f["kana"], f["sex"], _ymd(f["dob"]), f["grade"], "ABCDEF"[i % 6] + "班"]
                            for i, f in enumerate(_fam(11, 24), 1)],
                "保護者連絡先": [["児童氏名", "保護者氏名", "続柄", "携帯電話", "所属", "内線"]]
                           + [[f["name"], f["parent"], f["rel"], f["mobile"], f["dept"], f["ext"]]
                              for f in _fam(11, 24)],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: 24 children with dates of birth and parents' mobiles in a two-sheet XLSX",
    },
    # ---------------------------------------------------------------- 012
    {
        "id": "kodomokai-012",
        "charset": "cp932",
        "sender": NOTO,
        "to": [SAWATARI],
        "subject": "キャンプ場周辺の医療機関について",
        "body": "森のこども塾\n沢渡様\n\n日の出産業 健康管理室の能登です。いつもお世話になっております。\n"
                "救急時の搬送先として、キャンプ場周辺の医療機関を調べましたので共有いたします。\n"
                "（添付のテキストも同じ内容です）\n\n"
                "1) 白樺高原診療所（内科・小児科）　長野県北佐久郡立科町芦田八ケ野 1520-3　TEL 0267-55-6120\n"
                "2) 蓼科中央病院（二次救急）　　　長野県茅野市北山 4035-1　TEL 0266-67-2311\n"
                "3) ちの こどもクリニック　　　　　長野県茅野市ちの 2870-5　TEL 0266-72-8841\n"
                "4) 佐久平総合医療センター（夜間救急）長野県佐久市岩村田 3302　TEL 0267-62-9100\n"
                "5) 立科歯科医院　　　　　　　　　長野県北佐久郡立科町芦田 2450　TEL 0267-56-1408\n\n"
                "夜間・休日の受入可否は事前に電話で確認したほうがよさそうです。\n" + SIG_NOTO,
        "attachments": [{"kind": "txt", "name": "周辺医療機関.txt", "encoding": "cp932",
                         "text": "白樺高原診療所\t0267-55-6120\n蓼科中央病院\t0266-67-2311\nちの こどもクリニック\t0266-72-8841\n"
                                 "佐久平総合医療センター\t0267-62-9100\n立科歯科医院\t0267-56-1408\n"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of businesses (clinics and hospitals with switchboards), not people",
    },
    # ---------------------------------------------------------------- 013
    {
        "id": "kodomokai-013",
        "charset": "iso-2022-jp",
        "sender": IMAIZUMI,
        "to": [CAMP],
        "subject": "宿泊者名簿の送付（パスワード別送）",
        "body": "白樺高原キャンプ場 ご担当者様\n\nお世話になっております。日の出産業株式会社の今泉です。\n"
                "8/20〜22ご利用分の宿泊者名簿をお送りします。\n"
                "ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。\n\n"
                "よろしくお願いいたします。\n" + SIG_IMAIZUMI,
        "attachments": [{
            "kind": "zip", "name": "宿泊者名簿_0820.zip", "password": "Hn0820camp",
            "files": [{"kind": "xlsx", "name": "宿泊者名簿.xlsx",
                       "sheets": {"名簿": [["氏名", "性別", "年齢", "保護者携帯"]]
                                  + [[f["name"], f["sex"], f["age"], f["mobile"]] for f in _fam(13, 20)]}}],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password ZIP (PPAP) holding a 20-row lodging list",
    },
    # ---------------------------------------------------------------- 014
    {
        "id": "kodomokai-014",
        "charset": "utf-8",
        "sender": HORIE,
        "to": [MIYASAKA],
        "subject": "ファミリーデー 参加者アンケート集計結果のご共有",
        "body": "宮坂様\n\n先日はありがとうございました。堀江です。\n"
                "参加者アンケートの集計がまとまりましたので共有いたします（個票ではなく集計のみです）。\n\n"
                "・回答数：96世帯／参加118世帯（回答率 81.4%）\n"
                "・総合満足度：とても満足 58%、満足 35%、普通 6%、不満 1%\n"
                "・参加したお子さまの年齢：未就学 31%、小1〜3 44%、小4〜6 25%\n"
                "・人気ブース：1位 バルーンアート、2位 射的、3位 サイエンスショー\n"
                "・改善要望：昼食会場の混雑（22件）、受付の待ち時間（15件）\n\n"
                "詳細は添付のExcelをご覧ください。来年度のご提案の参考になれば幸いです。\n" + SIG_HORIE,
        "attachments": [{
            "kind": "xlsx", "name": "アンケート集計_ファミリーデー.xlsx",
            "sheets": {
                "満足度": [["ファミリーデー アンケート集計（n=96）"], ["区分", "件数", "構成比"],
                        ["とても満足", 56, "58%"], ["満足", 34, "35%"], ["普通", 5, "6%"], ["不満", 1, "1%"]],
                "年齢層": [["区分", "人数"], ["未就学", 34], ["小1〜3", 48], ["小4〜6", 28]],
                "自由記述分類": [["分類", "件数"], ["昼食会場の混雑", 22], ["受付待ち", 15], ["また参加したい", 41]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "statistics only: aggregated survey results, no individual",
    },
    # ---------------------------------------------------------------- 015
    {
        "id": "kodomokai-015",
        "charset": "iso-2022-jp",
        "sender": KUWABARA,
        "to": [MORIMOTO],
        "subject": "職場参観日 託児ルームでの配慮のお願い",
        "body": "株式会社キッズケアサポート\n森本様\n\nいつもお世話になっております。日の出産業の桑原です。\n"
                "12/24の職場参観日の託児について、事前にお伝えしておきたいお子さまがいます。\n\n"
                "鮫島 律（さめじま りつ）くん、7歳です。お母さま（経理部 鮫島 麻衣）から、\n"
                "自閉スペクトラム症の診断を受けており、大きな音や急な予定変更が苦手と伺っています。\n"
                "イヤーマフを持参されますので、必要に応じて静かなコーナーを使わせていただけますか。\n\n"
                "ご対応いただける保育士さんのお名前を事前にいただけると、お母さまも安心されると思います。\n" + SIG_KUWABARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named child's developmental disorder diagnosis to the childcare vendor",
    },
    # ---------------------------------------------------------------- 016
    {
        "id": "kodomokai-016",
        "charset": "cp932",
        "sender": KUWABARA,
        "to": [MIYAKE],
        "subject": "1号車 座席表のご送付",
        "body": "三宅様\n\nお世話になっております。桑原です。\n"
                "1号車の座席表をPDFでお送りします。乗務員の方の点呼用にお使いください。\n"
                "体調不良などで途中下車がある場合は、保護者連絡先へ直接ご連絡いただいて構いません。\n\n"
                "よろしくお願いします。\n" + SIG_KUWABARA,
        "attachments": [{
            "kind": "pdf", "name": "座席表_1号車.pdf", "title": "座席表 1号車",
            "lines": ["サマーキャンプ 往路 1号車 座席表（8/20）", ""],
            "table": [["座席", "氏名", "学年", "保護者", "緊急連絡先"]]
                     + [[f"{(i + 1) // 2}{'BA'[i % 2]}", f["name"], f["grade"], f["parent"], f["mobile"]]
                        for i, f in enumerate(_fam(16, 16), 1)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: 16-row seating chart with parents' mobiles in a PDF table",
    },
    # ---------------------------------------------------------------- 017
    {
        "id": "kodomokai-017",
        "charset": "utf-8",
        "sender": SUGA,
        "to": [TODO],
        "subject": "イベント申込フォーム開発に係る秘密保持契約書の締結について",
        "body": "株式会社ツバサシステム\n藤堂様\n\nお世話になっております。日の出産業 情報システム部の須賀です。\n\n"
                "社内イベント申込フォームの開発着手にあたり、秘密保持契約（NDA）を締結させていただきたく、\n"
                "弊社ひな形をお送りします。第5条（個人情報の取扱い）と第9条（返還・廃棄）をご確認いただき、\n"
                "修正のご希望があれば変更履歴付きでお戻しください。\n\n"
                "押印は電子契約サービスで行う予定です。\n" + SIG_SUGA + "\n" + DISC_JA,
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書_ひな形.docx", "title": "秘密保持契約書",
            "paragraphs": ["秘密保持契約書", "",
                           "日の出産業株式会社（以下「甲」という。）と株式会社ツバサシステム（以下「乙」という。）は、"
                           "甲の社内イベント申込システムの開発（以下「本件業務」という。）に関し、次のとおり契約を締結する。",
                           "第1条（秘密情報）本契約において秘密情報とは、本件業務に関して甲が乙に開示する一切の情報をいう。",
                           "第5条（個人情報の取扱い）乙は、本件業務で取り扱う個人情報を、甲の指示の範囲内でのみ利用する。",
                           "第9条（返還・廃棄）乙は、本件業務終了後、秘密情報を速やかに返還又は廃棄する。",
                           "第12条（有効期間）本契約の有効期間は締結日から3年間とする。", "",
                           "甲：東京都品川区大崎3-8-21 日の出産業株式会社 代表取締役 ＿＿＿＿",
                           "乙：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with the NDA template; no marking, no personal data",
    },
    # ---------------------------------------------------------------- 018
    {
        "id": "kodomokai-018",
        "charset": "utf-8",
        "sender": HORIE,
        "to": [MIYASAKA],
        "subject": "当日運営マニュアル（案）の送付",
        "body": "宮坂様\n\nお世話になっております。堀江です。\n"
                "ファミリーデー当日の運営マニュアル案をお送りします。\n"
                "迷子対応と救護の章を中心に、御社スタッフの動きと齟齬がないかご確認ください。\n\n"
                "よろしくお願いします。\n" + SIG_HORIE,
        "attachments": [{
            "kind": "docx", "name": "ファミリーデー運営マニュアル_v0.9.docx", "page_header": "社外秘",
            "title": "ファミリーデー運営マニュアル",
            "paragraphs": ["社外秘", "ファミリーデー 2026 運営マニュアル（案）", "",
                           "1. 本部体制：本部長 人事総務部長、事務局 福利厚生グループ",
                           "2. 受付：9:30開場、名札と縁日チケットを配布",
                           "3. 迷子対応：発見者は本部へ無線連絡。館内放送は名前を出さず服装で行う",
                           "4. 救護：救護室は2F「若葉」。看護師1名常駐、AEDは1F正面玄関",
                           "5. 雨天時：屋外ブースは中止し、ホワイエに縮小配置",
                           "6. 撤収：16:00閉場、17:30完全撤収"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the attached manual is stamped 社外秘 in its page header and title line",
    },
    # ---------------------------------------------------------------- 019
    {
        "id": "kodomokai-019",
        "charset": "iso-2022-jp",
        "sender": IMAIZUMI,
        "to": ["工藤 理佳 <kudo.rika.science@gmail.com>"],
        "subject": "サイエンスショーご出演のお願い（11/14 ファミリーデー）",
        "body": "工藤 理佳 先生\n\n突然のご連絡失礼いたします。日の出産業株式会社 人事総務部の今泉と申します。\n"
                "児童館でのサイエンスショーを拝見し、ぜひ弊社のファミリーデーにご出演いただきたくご連絡しました。\n\n"
                "　日時：11月14日（土）13:00〜13:40（1回公演）\n"
                "　会場：さくらホテル 大宴会場（ステージ・電源あり、水場は近くにございます）\n"
                "　観客：お子さま約110名と保護者の皆さま\n"
                "　謝礼：110,000円（税込・交通費込み）を想定しております\n\n"
                "ご都合はいかがでしょうか。ご検討いただけますと幸いです。\n" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "one free-mail recipient (a freelance performer), ordinary booking request",
    },
    # ---------------------------------------------------------------- 020
    {
        "id": "kodomokai-020",
        "charset": "utf-8",
        "sender": HORIE,
        "to": ["日高様 <hidaka@sakura-hotel.co.jp>"],
        "subject": "前泊用 客室ブロックの追加について",
        "body": "さくらホテル 日高様\n\nいつもお世話になっております。堀江です。\n"
                "遠方の工場から参加する社員家族向けに、11/13（金）泊のツイン8室を追加でブロックいただけますでしょうか。\n"
                "料金は前回ご提示の団体料金でお願いできれば幸いです。\n\n"
                "よろしくお願いいたします。\n" + SIG_HORIE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: sakura-hotel.co.jp instead of the partner's sakura-hotel.jp",
    },
    # ---------------------------------------------------------------- 021
    {
        "id": "kodomokai-021",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": [NISHI],
        "subject": "名札の印刷データ（サマーキャンプ）",
        "body": "錦印刷株式会社\n西様\n\nいつもお世話になっております。日の出産業の桑原です。\n"
                "サマーキャンプ用の名札データ（CSV・UTF-8）をお送りします。\n"
                "名前はひらがな表記、班の色で台紙の色を分けていただく想定です。\n"
                "校正は PDF で1回いただければ結構です。\n\n"
                "納期：8/12（水）弊社着\n\nよろしくお願いします。\n" + SIG_KUWABARA,
        "attachments": [{
            "kind": "csv", "name": "nafuda_camp2026.csv", "encoding": "utf-8",
            "rows": [["なまえ", "漢字氏名", "学年", "年齢", "班", "台紙色"]]
                    + [[f["kana"], f["name"], f["grade"], f["age"], "ABCDEF"[i % 6] + "班",
                        ["赤", "青", "黄", "緑", "橙", "紫"][i % 6]]
                       for i, f in enumerate(_fam(21, 22))],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME"],
        "detectors": ["personal_data"],
        "note": "list: 22 children's names with grade and age in a UTF-8 CSV to the printer",
    },
    # ---------------------------------------------------------------- 022
    {
        "id": "kodomokai-022",
        "charset": "cp932",
        "sender": ASHIDA,
        "to": ["水野税理士事務所 水野様 <mizuno@mizuno-tax.jp>"],
        "subject": "講師謝金の支払調書作成資料",
        "body": "水野税理士事務所\n水野 様\n\nお世話になっております。日の出産業 経理部の芦田です。\n"
                "ファミリーデーでご出演いただいた講師への謝金について、支払調書作成用の情報をお送りします。\n\n"
                "　支払先氏名：工藤 理佳（くどう りか）\n"
                "　住所：神奈川県横浜市港北区大倉山4-17-9 メゾン大倉山202\n"
                f"　個人番号：{my_number(SEED + 1)}\n"
                "　区分：報酬（講演料）\n　支払金額：110,000円　源泉徴収税額：11,231円\n"
                "　支払日：2026年11月30日\n\n"
                "ご確認のほどよろしくお願いいたします。\n" + SIG_ASHIDA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "identifier: a performer's My Number with name and home address to the tax office",
    },
    # ---------------------------------------------------------------- 023
    {
        "id": "kodomokai-023",
        "charset": "utf-8",
        "sender": HORIE,
        "to": ["大槻 健吾 <otsuki.kengo@hinode-sangyo.co.jp>"],
        "cc": ["能登 ゆかり <noto.yukari@mail.hinode-sangyo.co.jp>"],
        "subject": "【社内】サマーキャンプ参加者 健康状況一覧",
        "body": "大槻課長\n（cc: 健康管理室 能登さん）\n\n"
                "サマーキャンプ参加者の健康調査票の内容を一覧にしました。\n"
                "アレルギー・持病のあるお子さまについて、引率時の注意点を能登さんにご確認いただきたいです。\n"
                "外部には出さず、キャンプ場には必要事項のみ口頭で伝える予定です。\n\n堀江\n",
        "attachments": [{
            "kind": "xlsx", "name": "健康状況一覧_社内用.xlsx",
            "sheets": {"一覧": [["氏名", "生年月日", "保護者携帯", "アレルギー", "既往症・服薬"]]
                             + [[f["name"], _ymd(f["dob"]), f["mobile"],
                                 ["なし", "卵", "なし", "小麦", "なし", "甲殻類", "なし", "乳"][i % 8],
                                 ["なし", "なし", "小児喘息（吸入薬）", "なし", "熱性けいれん既往", "なし", "なし", "アトピー性皮膚炎"][i % 8]]
                                for i, f in enumerate(_fam(23, 24))]},
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "all recipients internal (incl. mail.hinode-sangyo.co.jp subdomain): passes whatever it carries",
    },
    # ---------------------------------------------------------------- 024
    {
        "id": "kodomokai-024",
        "charset": "iso-2022-jp",
        "sender": IMAIZUMI,
        "to": [SAWATARI],
        "cc": [CAMP, MIYAKE, MORIMOTO],
        "subject": "サマーキャンプ 事前打合せ日程のご相談",
        "body": "森のこども塾 沢渡様\n（cc：白樺高原キャンプ場様、青葉運輸 三宅様、キッズケアサポート 森本様）\n\n"
                "お世話になっております。日の出産業の今泉です。\n"
                "サマーキャンプの事前打合せを、関係者全員で一度行えればと考えております。\n"
                "7/14（火）15時または7/16（木）10時、オンライン（Teams）でいかがでしょうか。\n\n"
                "議題：タイムテーブル、バス到着時の受入れ、看護師の配置、雨天プログラム\n\n"
                "ご都合をお知らせください。\n" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: four external organisations in To/Cc",
    },
    # ---------------------------------------------------------------- 025
    {
        "id": "kodomokai-025",
        "charset": "utf-8",
        "sender": OTSUKI,
        "to": [KOMINE],
        "subject": "ファミリーデーでの負傷事故 保険金請求について",
        "body": "ライフガード保険サービス\n小峰様\n\nお世話になっております。日の出産業の大槻です。\n"
                "11/14のファミリーデーで、参加したお子さまが負傷する事故がありましたので、保険金請求の手続きをお願いいたします。\n\n"
                "　被保険者：望月 颯太（もちづき そうた）　平成30年6月3日生（8歳）\n"
                "　保護者：生産技術部 望月 圭吾\n"
                "　事故日時：2026年11月14日 14:20頃\n"
                "　状況：ふわふわドーム（エア遊具）から出る際に転倒し、左手をつく\n"
                "　診断：左橈骨遠位端骨折（品川みなと整形外科）、ギプス固定、通院予定4週間\n\n"
                "事故報告書を添付します。診断書は原本を郵送いたします。\n" + SIG_OTSUKI,
        "attachments": [{
            "kind": "pdf", "name": "事故報告書_20261114.pdf", "title": "事故報告書",
            "lines": ["事故報告書", "", "被保険者：望月 颯太（平成30年6月3日生）",
                      "発生日時：2026年11月14日 14時20分頃　場所：さくらホテル 大宴会場 エア遊具エリア",
                      "傷病名：左橈骨遠位端骨折", "医療機関：品川みなと整形外科",
                      "報告者：人事総務部 総務課 大槻 健吾"],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named child's injury diagnosis with date of birth (claim to the insurer)",
    },
    # ---------------------------------------------------------------- 026
    {
        "id": "kodomokai-026",
        "charset": "iso-2022-jp",
        "sender": HORIE,
        "to": [MORIMOTO],
        "subject": "Re: 当日派遣スタッフのご連絡",
        "body": "森本様\n\nお世話になっております。堀江です。\n"
                "派遣スタッフの皆さまのお名前、確認いたしました。名札はこちらで用意いたします。\n"
                "集合は8:45、2F控室「若葉」にお願いします。\n\n引き続きよろしくお願いいたします。\n" + SIG_HORIE + "\n\n"
                "> 日の出産業 堀江様\n>\n> いつもお世話になっております。キッズケアサポートの森本です。\n"
                "> 11/14に派遣するスタッフは下記の5名です。\n>\n"
                "> 　リーダー　保育士　汐見 千晶　080-3321-5874\n"
                "> 　保育士　　　　　　鍋島 早苗　090-6612-0937\n"
                "> 　保育士　　　　　　巽 美穂　　070-2288-4102\n"
                "> 　看護師　　　　　　宍戸 裕子　080-9014-2265\n"
                "> 　補助　　　　　　　檜山 瞳　　090-7745-3318\n>\n"
                "> よろしくお願いいたします。\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the five staff records are only quoted from the vendor's own mail; new text has no data",
    },
    # ---------------------------------------------------------------- 027
    {
        "id": "kodomokai-027",
        "charset": "cp932",
        "sender": OTSUKI,
        "to": [OSAKI_BM],
        "subject": "12/24 子ども職場参観日 入館者名簿",
        "body": "大崎ビルマネジメント株式会社 警備課 御中\n\n"
                "いつもお世話になっております。日の出産業（5F〜8F）総務課の大槻です。\n"
                "12/24（木）の子ども職場参観日の入館者名簿です。臨時入館証の発行をお願いいたします。\n"
                "お子さまは必ず保護者同伴で、B1通用口から入館します。\n\n"
                "入館証No\t児童氏名\t年齢\t同伴保護者\t所属\t保護者携帯\n"
                + _lines(_fam(27, 12), lambda i, f: f"K-{i:03d}\t{f['name']}\t{f['age']}\t{f['parent']}\t{f['dept']}\t{f['mobile']}")
                + "\n\n以上12名です。よろしくお願いいたします。\n" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: 12 tab-separated rows (child, age, parent, mobile) to the building manager",
    },
    # ---------------------------------------------------------------- 028
    {
        "id": "kodomokai-028",
        "charset": "utf-8",
        "sender": SUGA,
        "to": [TODO],
        "subject": "申込フォーム 結合テスト用データ",
        "body": "藤堂様\n\nお世話になっております。須賀です。\n"
                "結合テスト用の投入データを以下に記載します。すべて架空のテストデータです。\n\n"
                "申込ID,保護者氏名,メール,電話,子ども氏名,子ども生年月日\n"
                "T0001,日出 太郎,test01@example.com,090-0000-0001,日出 一郎,2018/04/01\n"
                "T0002,日出 花子,test02@example.com,090-0000-0002,日出 二郎,2019/05/02\n"
                "T0003,テスト 三郎,test03@example.com,090-0000-0003,テスト 春子,2016/06/03\n"
                "T0004,テスト 四子,test04@example.com,090-0000-0004,テスト 夏男,2020/07/04\n"
                "T0005,試験 五郎,test05@example.com,090-0000-0005,試験 秋子,2015/08/05\n\n"
                "全角カナ・旧字体の確認用データは明日お送りします。\n" + SIG_SUGA,
        "expect": "either",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "five dummy records shaped like personal data (example.com, 090-0000-…): judged either way",
    },
    # ---------------------------------------------------------------- 029
    {
        "id": "kodomokai-029",
        "charset": "utf-8",
        "sender": HORIE,
        "to": [HINATA],
        "subject": "ファミリーデー 家族写真撮影の個別予約",
        "body": "フォトスタジオひなた\n日向様\n\nお世話になっております。日の出産業の堀江です。\n"
                "ファミリーデー当日の家族写真ブースについて、1家族だけ時間指定のご希望がありました。\n\n"
                "　保護者：外山 彩 様（当日連絡先 080-4127-6630）\n"
                "　お子さま：外山 湊くん（7歳）、外山 澪ちゃん（4歳）\n"
                "　希望時間：11:30〜11:45（下のお子さまのお昼寝前にとのことです）\n\n"
                "枠の確保をお願いできますでしょうか。\n" + SIG_HORIE,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one family (three people) with one mobile: under five records, may warn",
    },
    # ---------------------------------------------------------------- 030
    {
        "id": "kodomokai-030",
        "charset": "iso-2022-jp",
        "sender": KUWABARA,
        "to": [HINATA],
        "subject": "写真データ ダウンロード案内の送付先",
        "body": "フォトスタジオひなた 日向様\n\nお世話になっております。桑原です。\n"
                "写真データのダウンロード案内を、ご家庭のアドレスへ直接お送りいただけるとのことで、\n"
                "送付先の一覧をお送りします（社員氏名,送付先メールアドレス）。\n\n"
                + _lines(_fam(30, 15), lambda i, f: f"{f['parent']},{f['email']}")
                + "\n\n以上15件です。よろしくお願いいたします。\n" + SIG_KUWABARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: 15 employees' private e-mail addresses, comma-separated in the body",
    },
    # ---------------------------------------------------------------- 031
    {
        "id": "kodomokai-031",
        "charset": "cp932",
        "sender": IMAIZUMI,
        "to": ["森のこども塾 会計担当 <kaikei@morinokodomo.or.jp>"],
        "subject": "参加費のカード決済について（久我様分）",
        "body": "森のこども塾 会計ご担当者様\n\nお世話になっております。日の出産業の今泉です。\n"
                "参加費の自己負担分について、社員の久我より「カードで支払いたい」との申し出がありました。\n"
                "本人から預かった情報を記載しますので、決済をお願いできますでしょうか。\n\n"
                "　カード名義：RYO KUGA\n"
                f"　カード番号：{card_number(SEED + 2)}\n"
                "　有効期限：09/29\n　金額：18,000円（お子さま2名分）\n\n"
                "お手数ですがよろしくお願いいたします。\n" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "identifier: an employee's credit card number in the body",
    },
    # ---------------------------------------------------------------- 032
    {
        "id": "kodomokai-032",
        "charset": "utf-8",
        "sender": HORIE,
        "to": ["大槻 健吾 <otsuki.kengo@hinode-sangyou.co.jp>"],
        "subject": "職場参観日 見学コースごとの参加家族",
        "body": "大槻さん\n\n見学コースごとの参加家族です。コースBの人数が多いので、警備の配置をご検討ください。\n\n"
                "【コースA：工場ライブ中継】\n"
                + _lines(_fam(32, 3), lambda i, f: f"  {f['parent']}（{f['dept']}）／{f['name']} {f['age']}歳／{f['mobile']}")
                + "\n【コースB：オフィス見学＋名刺交換体験】\n"
                + _lines(_fam(132, 4), lambda i, f: f"  {f['parent']}（{f['dept']}）／{f['name']} {f['age']}歳／{f['mobile']}")
                + "\n\n堀江\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "look-alike of the own domain (hinode-sangyou.co.jp, letter added) carrying 7 families with mobiles",
    },
    # ---------------------------------------------------------------- 033
    {
        "id": "kodomokai-033",
        "charset": "utf-8",
        "sender": IMAIZUMI,
        "to": [HANNAH],
        "subject": "Family Day on 14 Nov - science workshop schedule",
        "body": "Dear Ms. Pierce,\n\nThank you for your quick reply. I am glad that your team can run the English science "
                "workshop at our Family Day.\n\nHere is the plan on our side:\n\n"
                "  Date:     Saturday, 14 November 2026\n  Venue:    Sakura Hotel, Banquet Hall \"Oka\" (2F)\n"
                "  Sessions: 10:30-11:15 (ages 6-8), 14:00-14:45 (ages 9-12)\n"
                "  Expected: 22 children in the first session, 17 in the second\n"
                "  Setup:    from 9:00; two long tables, a sink nearby, 100V power\n\n"
                "Could you send us your invoice in advance and a list of materials we should prepare?\n"
                + SIG_IMAIZUMI_EN + "\n" + DISC_EN,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English mail to a foreign vendor with session times and child counts only",
    },
    # ---------------------------------------------------------------- 034
    {
        "id": "kodomokai-034",
        "charset": "iso-2022-jp",
        "sender": NOTO,
        "to": [SAWATARI],
        "subject": "喘息のあるお子さまの夜間対応について",
        "body": "沢渡様\n\n日の出産業 健康管理室の能登です。\n"
                "キャンプに参加する 瀬戸口 凛（せとぐち りん）さん（小学4年）について、保護者から相談を受けました。\n\n"
                "・気管支喘息で小児科に通院中。夜間に発作を起こしたことが年2回程度あります\n"
                "・吸入薬（発作時）と、毎晩寝る前の吸入を持参します\n"
                "・テント泊ではなく、ロッジ泊にしていただけると安心とのことです\n"
                "・発作時の連絡先：母 瀬戸口 佳奈 090-3318-7726\n\n"
                "夜間の看護師の巡回に含めていただけますでしょうか。\n" + SIG_NOTO,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named child's asthma and medication to the camp operator",
    },
    # ---------------------------------------------------------------- 035
    {
        "id": "kodomokai-035",
        "charset": "cp932",
        "sender": KUWABARA,
        "to": [MIYASAKA],
        "subject": "キッチンカー出店候補の一覧",
        "body": "宮坂様\n\nお世話になっております。桑原です。\n"
                "ホテル側から屋外車寄せにキッチンカー3台まで可との回答がありましたので、\n"
                "候補の事業者を一覧にしました。各社への打診をお願いできますでしょうか。\n\n"
                "よろしくお願いいたします。\n" + SIG_KUWABARA,
        "attachments": [{
            "kind": "csv", "name": "キッチンカー候補.csv", "encoding": "cp932",
            "rows": [["事業者名", "業態", "代表電話", "所在地", "備考"],
                     ["株式会社ロコモコキッチン", "ハワイアンプレート", "03-6421-5580", "東京都目黒区中町1-12-3", "保健所許可済"],
                     ["有限会社クレープ工房ミルル", "クレープ", "045-532-7190", "神奈川県横浜市都筑区仲町台2-5-8", ""],
                     ["合同会社ポテトラボ", "フライドポテト", "044-920-3347", "神奈川県川崎市宮前区宮崎4-1-20", "発電機持参"],
                     ["株式会社からあげの星", "唐揚げ", "03-5799-0214", "東京都大田区蒲田5-30-11", ""],
                     ["はちみつレモン本舗", "ドリンク", "048-711-9085", "埼玉県さいたま市緑区東浦和3-2-1", "子ども向け小サイズあり"],
                     ["有限会社かき氷ふじや", "かき氷", "0465-34-2278", "神奈川県小田原市栄町2-8-6", "11月は要確認"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "list of businesses (food trucks with switchboards and business addresses), not people",
    },
    # ---------------------------------------------------------------- 036
    {
        "id": "kodomokai-036",
        "charset": "utf-8",
        "sender": SUGA,
        "to": [TODO],
        "subject": "FW: 申込フォームで文字化けが発生しています",
        "body": "藤堂様\n\nお世話になっております。須賀です。\n"
                "福利厚生グループから下記の連絡がありました。旧字体の氏名で文字化けが起きているようです。\n"
                "原因の調査をお願いできますでしょうか。\n\n"
                "-------- Forwarded Message --------\n"
                "From: 桑原 沙織 <kuwabara.saori@hinode-sangyo.co.jp>\nTo: 須賀 拓真 <suga.takuma@hinode-sangyo.co.jp>\n"
                "Subject: 申込フォームで文字化けが発生しています\n\n"
                "須賀さん\n\n管理画面から書き出したCSVで、一部の方の氏名が化けています。該当の申込を貼ります。\n\n"
                "申込ID | 保護者氏名 | メール | 電話 | 子ども人数\n"
                + _lines(_fam(36, 6), lambda i, f: f"F26-{1040 + i * 3} | {f['parent']} | {f['email']} | {f['mobile']} | {1 + i % 2}")
                + "\n\n（4件目と6件目が「?」になります）\n桑原\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: a forward (new text to the vendor) carrying six registrations with e-mail and phone",
    },
    # ---------------------------------------------------------------- 037
    {
        "id": "kodomokai-037",
        "charset": "cp932",
        "sender": OTSUKI,
        "to": [MIYASAKA],
        "subject": "ファミリーデー 予算配分表（ご参考）",
        "body": "宮坂様\n\nお世話になっております。大槻です。\n"
                "来年度に向けた費用の見直しのため、今年度の予算配分表をお送りします。\n"
                "運営費の内訳についてご意見をいただければ幸いです。\n\n" + SIG_OTSUKI,
        "attachments": [{
            "kind": "xlsx", "name": "FD2026_予算配分.xlsx", "page_header": "部外秘",
            "sheets": {"予算": [["部外秘"], ["ファミリーデー2026 予算配分表"], ["費目", "予算額", "実績見込", "備考"],
                                ["会場費", 1200000, 1180000, "さくらホテル"], ["運営委託費", 1650000, 1650000, "ハレノヒ企画"],
                                ["飲食費", 620000, 598000, "北国フーズ"], ["送迎バス", 330000, 330000, "青葉運輸"],
                                ["記念品", 280000, 262000, ""], ["保険料", 48000, 45600, ""], ["予備費", 150000, 0, ""]]},
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: XLSX stamped 部外秘 (page header and first cell)",
    },
    # ---------------------------------------------------------------- 038
    {
        "id": "kodomokai-038",
        "charset": "utf-8",
        "sender": IMAIZUMI,
        "to": [SAWATARI],
        "cc": [CAMP],
        "subject": "炊事場とテントサイトの利用について",
        "body": "沢渡様\ncc: 白樺高原キャンプ場 ご担当者様\n\nお世話になっております。日の出産業の今泉です。\n"
                "2日目の夕食（カレー作り）で、第2炊事場を16:00〜19:00で使わせていただけるか確認させてください。\n"
                "また、テントサイトはB区画の8張でお願いしたく、森のこども塾さんのプログラムと重ならないよう\n"
                "キャンプ場さんのほうでご調整いただけますと幸いです。\n\nよろしくお願いします。\n" + SIG_IMAIZUMI,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc: a normal three-way mail",
    },
    # ---------------------------------------------------------------- 039
    {
        "id": "kodomokai-039",
        "charset": "iso-2022-jp",
        "sender": OTSUKI,
        "to": [KOMINE],
        "subject": "団体傷害保険 申込書（押印済）",
        "body": "小峰様\n\nお世話になっております。大槻です。\n"
                "押印済みの申込書をPDFでお送りします。社内規定によりパスワードを設定しております。\n"
                "パスワードはお電話でお伝えいたします。\n\n" + SIG_OTSUKI,
        "attachments": [{
            "kind": "pdf", "name": "団体傷害保険申込書_押印済.pdf", "password": "LG-2026-hs",
            "lines": ["団体傷害保険 申込書", "契約者：日の出産業株式会社 代表取締役",
                      "行事名：ファミリーデー2026", "加入人数：大人 130名 子ども 110名", "保険期間：2026年11月14日 1日間"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password-protected PDF",
    },
    # ---------------------------------------------------------------- 040
    {
        "id": "kodomokai-040",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": [NISHI],
        "subject": "キャンプしおり等 印刷のご発注",
        "html": "<html><body style=\"font-family:'Meiryo',sans-serif;font-size:10pt\">"
                "<p>錦印刷株式会社<br>西様</p><p>いつもお世話になっております。日の出産業の桑原です。<br>"
                "サマーキャンプ関連の印刷物を下記のとおり発注いたします。</p>"
                "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
                "<tr style=\"background:#dde\"><th>品目</th><th>仕様</th><th>数量</th><th>納期</th></tr>"
                "<tr><td>キャンプのしおり</td><td>A5・中綴じ16P・カラー</td><td>120部</td><td>8/7</td></tr>"
                "<tr><td>名札ケース（吊り下げ）</td><td>ソフトケース・ストラップ付</td><td>150個</td><td>8/7</td></tr>"
                "<tr><td>告知ポスター</td><td>B2・マットコート</td><td>5枚</td><td>7/10</td></tr>"
                "<tr><td>修了証</td><td>A4・上質紙180kg</td><td>100枚</td><td>8/14</td></tr>"
                "</table><p>データは7/3に入稿予定です。お見積りをお願いいたします。</p>"
                "<p>--<br>日の出産業株式会社 人事総務部 福利厚生G 桑原 沙織<br>TEL 03-5487-2310</p></body></html>",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "HTML-only print order (items, quantities, deadlines), no personal data",
    },
    # ---------------------------------------------------------------- 041
    {
        "id": "kodomokai-041",
        "charset": "cp932",
        "sender": HORIE,
        "to": [MORIMOTO],
        "subject": "Re: 託児利用者の名簿のご提供について",
        "body": "森本様\n\nお世話になっております。堀江です。\n"
                "託児利用者の名簿を事前にデータでいただきたいとのご依頼の件、社内で確認いたしました。\n"
                "参加者名簿は社外秘扱いのため、データでのお渡しは控えさせていただき、\n"
                "当日8:45に受付で紙の名簿をご覧いただく形とさせてください。\n"
                "人数は未就学児14名（うち0〜2歳 5名）です。\n\n"
                "ご不便をおかけしますが、よろしくお願いいたします。\n" + SIG_HORIE + "\n" + DISC_JA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "near miss: mentions that the roster is 社外秘 but carries no marking and no roster",
    },
    # ---------------------------------------------------------------- 042
    {
        "id": "kodomokai-042",
        "charset": "iso-2022-jp",
        "sender": OTSUKI,
        "to": [KOMINE, "あんしん保険エージェンシー 法人営業部 <sales@anshin-agency.co.jp>",
               "保険プラザ東京 <info@hokenplaza-tokyo.jp>"],
        "subject": "【お見積り依頼】社内行事用 団体傷害保険（2027年度）",
        "body": "各位\n\n日の出産業株式会社 総務課の大槻と申します。\n"
                "2027年度の社内行事（ファミリーデー、サマーキャンプ、子ども職場参観日）を対象とする\n"
                "団体傷害保険について、お見積りをお願いしたくご連絡いたしました。\n\n"
                "　対象：社員およびその家族（お子さまを含む）延べ約450名\n"
                "　補償：死亡・後遺障害、入院・通院、賠償責任\n　回答期限：1月29日（金）\n\n"
                "ご不明点がございましたらお問い合わせください。\n" + SIG_OTSUKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: three competing insurance agencies in To (should have been Bcc)",
    },
    # ---------------------------------------------------------------- 043
    {
        "id": "kodomokai-043",
        "charset": "utf-8",
        "sender": HORIE,
        "to": ["ワールドブリッジトラベル 法人営業部 <corporate@worldbridge-travel.co.jp>"],
        "subject": "アユタヤ工場 ファミリー見学ツアー 航空券手配（お子さま2名分）",
        "body": "株式会社ワールドブリッジトラベル 法人営業部 御中\n\nお世話になっております。日の出産業の堀江です。\n"
                "タイ・アユタヤ工場のファミリー見学ツアーについて、追加のお子さま2名分の旅券情報をお送りします。\n\n"
                "1. AMAKASU HIMARI（甘粕 陽葵）\n   生年月日 2016年9月12日　旅券番号 TR4827165　有効期限 2030年3月4日\n"
                "2. AMAKASU GAKU（甘粕 岳）\n   生年月日 2019年1月27日　旅券番号 MZ9051382　有効期限 2029年8月19日\n\n"
                "保護者（海外事業部 甘粕 隆之）の分は先日お送りしたとおりです。\n" + SIG_HORIE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
        "detectors": ["personal_data"],
        "note": "identifier: two children's passport numbers with dates of birth",
    },
    # ---------------------------------------------------------------- 044
    {
        "id": "kodomokai-044",
        "charset": "cp932",
        "sender": KUWABARA,
        "to": [NISHI],
        "subject": "ポスター用写真の差し替え",
        "body": "西様\n\nお世話になっております。桑原です。\n"
                "来年度の告知ポスターに使う写真を差し替えます。\n"
                "いずれも後ろ姿・遠景で、お子さまの顔が判別できないものを選んでいます。\n"
                "・camp_lake.png（湖畔の遠景）\n・camp_fire.png（キャンプファイヤー）\n・bus_departure.png（出発時のバス）\n\n"
                "よろしくお願いいたします。\n" + SIG_KUWABARA,
        "attachments": [{"kind": "png", "name": "camp_lake.png"}, {"kind": "png", "name": "camp_fire.png"},
                        {"kind": "png", "name": "bus_departure.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "photos without names or faces for a poster; nothing to stop",
    },
    # ---------------------------------------------------------------- 045
    {
        "id": "kodomokai-045",
        "charset": "iso-2022-jp",
        "sender": IMAIZUMI,
        "to": [KURIBAYASHI],
        "subject": "食事の個別対応（宗教上の理由）について",
        "body": "栗林様\n\nいつもお世話になっております。今泉です。\n"
                "海外事業部のラフマン・アフマドさんのご家族について、食事の個別対応をお願いします。\n"
                "ご家族はイスラム教徒のため、ハラール対応（豚肉・豚由来成分・アルコール不使用）が必要です。\n\n"
                "　対象：アフマドさん本人、奥さま、お子さま2名（アイシャちゃん8歳、ユースフくん5歳）\n"
                "　計4食（大人2・子ども2）\n\n"
                "調味料（みりん・醤油）のアルコールについても可能な範囲でご配慮ください。\n" + SIG_IMAIZUMI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: religion of a named employee's family, tied to names and ages",
    },
    # ---------------------------------------------------------------- 046
    {
        "id": "kodomokai-046",
        "charset": "utf-8",
        "sender": NOTO,
        "to": [HORIE, IMAIZUMI],
        "subject": "キャンプ参加者 既往歴・服薬の確認結果（社内限り）",
        "body": "堀江さん、今泉さん\n\n健康調査票の確認が終わりました。要注意のお子さまを添付にまとめています。\n"
                "キャンプ場・森のこども塾さんへは、必要な対応内容だけを個別に伝えるようにしてください。\n"
                "このファイル自体は社外に出さないでください。\n\n能登\n",
        "attachments": [{
            "kind": "csv", "name": "要配慮児童一覧.csv", "encoding": "utf-8",
            "rows": [["氏名", "生年月日", "区分", "内容", "当日の対応"]]
                    + [[f["name"], _ymd(f["dob"]), c, d, a] for f, (c, d, a) in zip(_fam(46, 6), [
                        ("食物アレルギー", "ピーナッツ（アナフィラキシー既往）", "エピペン携帯、調理担当へ共有"),
                        ("既往歴", "熱性けいれん", "発熱時は保護者へ連絡"),
                        ("喘息", "小児喘息・吸入薬", "夜間巡回"),
                        ("服薬", "ADHD治療薬（朝1回）", "朝食後に本人が服用"),
                        ("皮膚", "アトピー性皮膚炎", "入浴後の保湿"),
                        ("夜尿", "夜尿症で通院中", "ロッジの下段ベッド")])],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "internal only (three colleagues): sensitive list passes because no one external receives it",
    },
    # ---------------------------------------------------------------- 047
    {
        "id": "kodomokai-047",
        "charset": "cp932",
        "sender": IMAIZUMI,
        "to": [CAMP],
        "subject": "ご提出書類一式（宿泊者名簿・緊急連絡先）",
        "body": "白樺高原キャンプ場 ご担当者様\n\nお世話になっております。日の出産業の今泉です。\n"
                "ご依頼いただいた提出書類一式をZIPにまとめてお送りします。\n"
                "　・宿泊者名簿.xlsx\n　・緊急連絡先.csv\n\nご確認のほどよろしくお願いいたします。\n" + SIG_IMAIZUMI,
        "attachments": [{
            "kind": "zip", "name": "キャンプ提出書類_日の出産業.zip",
            "files": [
                {"kind": "xlsx", "name": "宿泊者名簿.xlsx",
                 "sheets": {"宿泊者": [["宿泊者名簿（8/20・8/21泊）"], ["氏名", "性別", "年齢", "住所"]]
                                      + [[f["name"], f["sex"], f["age"], f["addr"]] for f in _fam(47, 14)]}},
                {"kind": "csv", "name": "緊急連絡先.csv", "encoding": "cp932",
                 "rows": [["児童氏名", "保護者氏名", "続柄", "携帯電話", "自宅電話"]]
                         + [[f["name"], f["parent"], f["rel"], f["mobile"], f["home"]] for f in _fam(47, 14)]},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: ZIP (not encrypted) with a 14-row lodging list with home addresses and a contact CSV",
    },
    # ---------------------------------------------------------------- 048
    {
        "id": "kodomokai-048",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": ["三宅様 <miyake@aoba-unyu.jp>"],
        "subject": "復路の降車場所変更のご連絡",
        "body": "三宅様\n\nお世話になっております。桑原です。\n"
                "復路の降車場所ですが、本社前の道路工事のため、大崎駅西口バスロータリーに変更させてください。\n"
                "到着予定時刻は変わらず19:00です。運行指示書の修正をお願いできますでしょうか。\n\n" + SIG_KUWABARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: aoba-unyu.jp drops the co. of partner aoba-unyu.co.jp",
    },
    # ---------------------------------------------------------------- 049
    {
        "id": "kodomokai-049",
        "charset": "iso-2022-jp",
        "sender": HORIE,
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "写真撮影・掲載に関する同意書ひな形のご確認のお願い",
        "body": "白川法律事務所\n白川 先生\n\nいつもお世話になっております。日の出産業 人事総務部の堀江でございます。\n"
                "社内行事でのお子さまの写真撮影と、社内報・社外向けサイトへの掲載について、\n"
                "保護者から取得する同意書のひな形を作成しました。\n"
                "特に、SNS掲載の可否と同意の撤回方法の記載が十分か、ご確認いただけますと幸いです。\n\n"
                "ご多忙のところ恐縮ですが、11月中にご意見をいただけますと助かります。\n" + SIG_HORIE,
        "attachments": [{
            "kind": "docx", "name": "写真撮影・掲載同意書_ひな形.docx",
            "paragraphs": ["写真撮影・掲載に関する同意書", "",
                           "日の出産業株式会社 御中",
                           "私は、貴社行事において撮影された私及び私の子の写真を、下記の範囲で利用することに同意します。",
                           "□ 社内報（紙・イントラネット）　□ 採用サイト　□ 公式SNS", "",
                           "同意はいつでも撤回できます。撤回の申出は人事総務部 福利厚生グループまで。"],
            "tables": [[["社員氏名", ""], ["所属", ""], ["お子さまの氏名", ""], ["署名日", "　　年　　月　　日"]]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "blank consent-form template for review by the partner law firm: field labels, no data",
    },
    # ---------------------------------------------------------------- 050
    {
        "id": "kodomokai-050",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": [MORIMOTO],
        "subject": "職場参観日 託児ルーム用 緊急連絡網",
        "body": "森本様\n\nお世話になっております。桑原です。\n"
                "託児ルームをご利用のご家庭の緊急連絡網をWordでお送りします。\n"
                "お迎えが遅れた場合など、こちらに直接ご連絡いただいて問題ありません。\n\n" + SIG_KUWABARA,
        "attachments": [{
            "kind": "docx", "name": "緊急連絡網_託児ルーム.docx", "title": "緊急連絡網",
            "paragraphs": ["子ども職場参観日（12/24）託児ルーム 緊急連絡網", "上から順に連絡してください。"],
            "tables": [[["No", "お子さま", "年齢", "保護者", "携帯電話", "自宅電話"]]
                       + [[str(i), f["name"], f"{f['age']}歳", f["parent"], f["mobile"], f["home"]]
                          for i, f in enumerate(_fam(50, 10), 1)]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: 10 families' mobile and home phones in a DOCX table",
    },
    # ---------------------------------------------------------------- 051
    {
        "id": "kodomokai-051",
        "charset": "cp932",
        "sender": OTSUKI,
        "to": ["ほしぞらレンタカー 法人窓口 <hojin@hoshizora-rentacar.co.jp>"],
        "subject": "2tトラック貸渡し 運転者登録のお願い",
        "body": "ほしぞらレンタカー 大崎店 法人窓口 御中\n\nいつもお世話になっております。日の出産業の大槻です。\n"
                "8/19〜8/22のキャンプ用品運搬でお借りする2tトラックについて、運転者の登録をお願いします。\n\n"
                "　運転者氏名：保坂 隆之（ほさか たかゆき）\n"
                "　生年月日：昭和59年2月8日\n"
                "　運転免許証番号：３０２１１８４７５５６０\n"
                "　免許の種類：準中型、有効期限：令和10年3月8日\n\n"
                "当日は免許証原本を持参いたします。\n" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "identifier: an employee's driver's licence number (full-width digits) with date of birth",
    },
    # ---------------------------------------------------------------- 052
    {
        "id": "kodomokai-052",
        "charset": "utf-8",
        "sender": ASHIDA,
        "to": ["ハレノヒ企画 経理ご担当 <keiri@harenohi-kikaku.co.jp>"],
        "subject": "請求書受領のご連絡（HK-2026-1187）",
        "body": "株式会社ハレノヒ企画 経理ご担当者様\n\nお世話になっております。日の出産業 経理部の芦田です。\n"
                "下記の請求書を受領いたしました。\n\n"
                "　請求書番号：HK-2026-1187\n"
                f"　適格請求書発行事業者 登録番号：T{corporate_number('703418856124')}\n"
                "　件名：ファミリーデー2026 運営業務委託費\n　金額：1,815,000円（税込）\n"
                "　お支払予定日：2026年12月25日\n"
                "　お振込先：みどり銀行 五反田支店 普通 3184720 カ）ハレノヒキカク\n\n"
                "支払処理完了後、あらためてのご連絡はいたしませんのでご了承ください。\n" + SIG_ASHIDA,
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "invoice acknowledgement: T-number and a company bank account, no personal data",
    },
    # ---------------------------------------------------------------- 053
    {
        "id": "kodomokai-053",
        "charset": "iso-2022-jp",
        "sender": NOTO,
        "to": [SAWATARI],
        "subject": "FW: キャンプ参加についての相談",
        "body": "沢渡様\n\n健康管理室の能登です。保護者の方から下記の相談があり、ご本人の了解を得て転送します。\n"
                "プログラム中の対応についてご検討いただけますでしょうか。\n\n"
                "----- 転送メッセージ -----\n差出人: 南雲 和彦 <nagumo.kazuhiko@hinode-sangyo.co.jp>\n"
                "宛先: 能登 ゆかり\n件名: キャンプ参加についての相談\n\n"
                "能登さん\n\n研究開発センターの南雲です。\n"
                "娘の南雲 紬（小2）がサマーキャンプに申し込みました。てんかんの持病があり、\n"
                "抗てんかん薬を朝晩服用しています。ここ1年発作はありませんが、\n"
                "水遊びのプログラムは見学にしたほうがよいか相談させてください。\n"
                "発作時は横向きに寝かせ、5分以上続く場合は救急要請、と主治医から言われています。\n\n南雲\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a forwarded parent mail (counts as new text) with a named child's epilepsy",
    },
    # ---------------------------------------------------------------- 054
    {
        "id": "kodomokai-054",
        "charset": "cp932",
        "sender": HORIE,
        "to": [HIDAKA, MIYASAKA],
        "cc": [KURIBAYASHI, HINATA],
        "subject": "ファミリーデー御礼",
        "body": "関係各社の皆さま\n\nファミリーデーでは大変お世話になりました。日の出産業の堀江です。\n"
                "おかげさまで、お子さま112名を含む247名にご参加いただき、事故なく終えることができました。\n"
                "アンケートでも「また来年も参加したい」という声を多くいただいております。\n\n"
                "来年度もぜひお力添えをいただけますと幸いです。取り急ぎ御礼まで。\n" + SIG_HORIE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "visible parties: four vendors across To and Cc",
    },
    # ---------------------------------------------------------------- 055
    {
        "id": "kodomokai-055",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": [MORIMOTO],
        "subject": "託児のお子さま1名 お迎え時間変更",
        "body": "森本様\n\nお世話になっております。桑原です。\n"
                "託児ルームをご利用予定の 芹沢 杏ちゃん（3歳）について、お迎えが15:30から14:00に早まりました。\n"
                "何かあればお母さま（芹沢 奈緒さん 携帯 090-2271-8043）に直接ご連絡ください。\n\n"
                "よろしくお願いします。\n" + SIG_KUWABARA,
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "one child and one parent's mobile: under five records, may warn",
    },
    # ---------------------------------------------------------------- 056
    {
        "id": "kodomokai-056",
        "charset": "cp932",
        "sender": HORIE,
        "to": [MORIMOTO],
        "subject": "ステージ出演中のお子さまのお預かり",
        "body": "キッズケアサポート　森本様\n\nお世話になっております。堀江です。\n"
                "社員有志ダンスの出演中（10:15〜10:45）、キッズスペースでお預かりいただくお子さまをお知らせいたします。\n出演者の保護者は舞台袖にいるため、何かあれば携帯へご連絡ください。\n\n"
                + _lines(_fam(56, 6), lambda i, f: f"・{f['name']}（{_fw(f['age'])}歳）　保護者：{f['parent']}　携帯：{_fw(f['mobile'])}")
                + "\n\n以上６名です。よろしくお願いいたします。\n" + SIG_HORIE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: six children with parents' mobiles as 「・」 bullets in full-width digits",
    },
    # ---------------------------------------------------------------- 057
    {
        "id": "kodomokai-057",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": [MIYAKE],
        "subject": "2号車 乗車名簿",
        "body": "三宅様\n\nお世話になっております。桑原です。\n2号車の乗車名簿をお送りします。ご確認ください。\n\n" + SIG_KUWABARA,
        "attachments": [{"kind": "corrupt", "name": "乗車名簿_2号車.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: the XLSX attachment is corrupt",
    },
    # ---------------------------------------------------------------- 058
    {
        "id": "kodomokai-058",
        "charset": "cp932",
        "sender": KUWABARA,
        "to": [KURIBAYASHI],
        "subject": "Re: キャンプ用食材セットのお見積り",
        "body": "栗林様\n\nお見積りありがとうございました。桑原です。\n"
                "ご提示の料金表のとおり発注いたします。発注書を添付しますのでご確認ください。\n\n" + SIG_KUWABARA
                + "\n\n-----Original Message-----\nFrom: 栗林 <kuribayashi@kitaguni-foods.co.jp>\n"
                "Sent: Monday, July 6, 2026 10:12 AM\nSubject: キャンプ用食材セットのお見積り\n\n"
                "桑原様\n料金表をお送りします。カレーセット（10人前）4,800円、BBQセット（10人前）12,500円…\n",
        "attachments": [{
            "kind": "xlsx", "name": "発注書_食材セット.xlsx",
            "sheets": {"発注書": [["発注書"], ["北国フーズ株式会社 御中", "", "日の出産業株式会社"],
                                 ["品名", "単価", "数量", "金額"],
                                 ["カレーセット（10人前）", 4800, 10, 48000], ["BBQセット（10人前）", 12500, 9, 112500],
                                 ["朝食パンセット（10人前）", 3200, 18, 57600], ["合計", "", "", 218100]]},
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "purchase order with prices to the partner caterer",
    },
    # ---------------------------------------------------------------- 059
    {
        "id": "kodomokai-059",
        "charset": "iso-2022-jp",
        "sender": KUWABARA,
        "to": [NISHI],
        "subject": "しおり 初校の戻し",
        "body": "西様\n\nお世話になっております。桑原です。\n初校を確認しました。修正箇所を赤字で入れたPDFをお送りします。\n"
                "修正は3か所です。再校は不要ですので、修正後そのまま校了とさせてください。\n\n" + SIG_KUWABARA,
        "attachments": [{
            "kind": "pdf", "name": "しおり_初校戻し.pdf",
            "lines": ["キャンプのしおり 初校 修正指示", "", "P3 持ち物リスト：「虫よけスプレー」を追加",
                      "P7 タイムテーブル：2日目 朝食 7:30 → 7:45", "P12 地図：第2炊事場の位置を西側へ"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "proof corrections to the partner printer at its correct domain",
    },
    # ---------------------------------------------------------------- 060
    {
        "id": "kodomokai-060",
        "charset": "utf-8",
        "sender": NOTO,
        "to": ["キッズケアサポート 看護師派遣 <nurse@kidscare-support.co.jp>"],
        "subject": "託児ルーム 要配慮児の健康調査票",
        "body": "キッズケアサポート 看護師ご担当者様\n\n日の出産業 健康管理室の能登です。\n"
                "12/24の託児ルームで、けいれんの既往があるお子さまの健康調査票をお送りします。\n"
                "当日ご担当の看護師さんと共有をお願いいたします。\n\n" + SIG_NOTO,
        "attachments": [{
            "kind": "docx", "name": "健康調査票_仁科.docx",
            "paragraphs": ["健康調査票"],
            "tables": [[["氏名", "仁科 陽葵（にしな ひまり）"], ["生年月日", "令和2年7月21日"],
                        ["保護者", "仁科 瞳（購買部）携帯 080-6630-1194"],
                        ["既往歴", "熱性けいれん（2024年・2025年に各1回）"],
                        ["服薬・処置", "38℃以上の発熱時、ダイアップ坐剤4mgを使用"],
                        ["かかりつけ", "めぐろ台こどもクリニック"]]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: one child's febrile seizure history and medication in a DOCX",
    },
    # ---------------------------------------------------------------- 061
    {
        "id": "kodomokai-061",
        "charset": "cp932",
        "sender": IMAIZUMI,
        "to": [SAWATARI],
        "subject": "RE: 班分け案のご送付",
        "body": "沢渡様\n\nお世話になっております。今泉です。\n"
                "班分け案、拝見しました。兄弟は別の班に、という方針で問題ございません。\n"
                "C班とD班はリーダーさんを経験者の方にしていただけると助かります。\n\n"
                "よろしくお願いいたします。\n" + SIG_IMAIZUMI
                + "\n\n-----Original Message-----\n差出人: 沢渡 <sawatari@morinokodomo.or.jp>\n"
                "送信日時: 2026年7月21日 18:04\n宛先: 今泉 航\n件名: 班分け案のご送付\n\n"
                "今泉様\n\n班分け案をお送りします。\n\n"
                + _lines(_fam(61, 9), lambda i, f: f"{'ABC'[(i - 1) // 3]}班  {f['name']}（{f['grade']}）  保護者携帯 {f['mobile']}")
                + "\n\nご意見いただければ修正します。\n沢渡\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the nine-row group list is only quoted under -----Original Message----- from the recipient's own mail",
    },
    # ---------------------------------------------------------------- 062
    {
        "id": "kodomokai-062",
        "charset": "iso-2022-jp",
        "sender": OTSUKI,
        "to": [KOMINE],
        "subject": "家族同伴者の追加加入について",
        "body": "小峰様\n\nお世話になっております。大槻です。\n"
                "ファミリーデーの団体傷害保険に、家族同伴者を追加で加入させていただきたく、一覧をお送りします。\n\n"
                "　氏名　　　　　　　生年月日　　　　　　続柄\n"
                "　――――――――――――――――――――――――――\n"
                + _lines(_fam(62, 4), lambda i, f: f"　{f['parent']}　　{_wareki(f['parent_dob'])}　　社員本人\n"
                                                  f"　{f['name']}　　{_wareki(f['dob'])}　　{'長男' if f['boy'] else '長女'}")
                + "\n\n以上8名です。保険料の追加額をお知らせください。\n" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "list: eight people with 和暦 dates of birth (昭和/平成/令和) in the body",
    },
    # ---------------------------------------------------------------- 063
    {
        "id": "kodomokai-063",
        "charset": "utf-8",
        "sender": OTSUKI,
        "to": [OSAKI_BM],
        "subject": "【取扱注意】子ども職場参観日 警備計画（案）",
        "body": "【取扱注意】\n\n大崎ビルマネジメント株式会社 警備課 御中\n\n"
                "いつもお世話になっております。日の出産業 総務課の大槻です。\n"
                "12/24の子ども職場参観日の警備計画案です。\n\n"
                "1. 入館：B1通用口のみ（9:00〜9:45）。正面エントランスは通常どおり社員専用\n"
                "2. 警備員配置：B1通用口 2名、5Fエレベーターホール 1名、非常階段扉（5F・8F）各1名\n"
                "3. 立入制限：サーバールーム（6F）、役員フロア（9F）は終日立入禁止\n"
                "4. 非常時：避難誘導は各フロアの社員が担当、集合場所は大崎第二公園\n"
                "5. 解錠：8F会議室を8:30に解錠願います\n\n"
                "ご意見をいただけますと幸いです。\n" + SIG_OTSUKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: the mail itself is classified 【取扱注意】 in subject and first line",
    },
    # ---------------------------------------------------------------- 064
    {
        "id": "kodomokai-064",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": [GIFT],
        "subject": "記念品 事業所宛発送の送り状番号について",
        "body": "おもてなしギフト 法人受注センター ご担当者様\n\nお世話になっております。日の出産業の桑原です。\n"
                "各事業所宛に発送いただいた記念品の送り状番号、確認いたしました。\n"
                "厚木物流センター分のみ配達状況が「持戻り」になっているようですので、再配達の手配をお願いできますか。\n\n"
                "　本社（品川区大崎）　　　　　　 4391-2280-5516　配達完了\n"
                "　川崎工場（川崎市幸区）　　　　 4391-2280-5527　配達完了\n"
                "　厚木物流センター（厚木市）　　 4391-2280-5538　持戻り\n"
                "　大阪営業所（大阪市北区）　　　 4391-2280-5549　配達完了\n\n"
                "注文番号：OG-26-08812\n\nよろしくお願いいたします。\n" + SIG_KUWABARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers to business sites and an order number; no people",
    },
    # ---------------------------------------------------------------- 065
    {
        "id": "kodomokai-065",
        "charset": "iso-2022-jp",
        "sender": KUWABARA,
        "to": ["igarashi.family3@gmail.com", "k-hasumi0712@yahoo.co.jp", "makabe_t85@icloud.com",
               "mio.mama.kumoi@docomo.ne.jp", "shoji.tetsuya22@outlook.jp"],
        "subject": "サマーキャンプ 写真公開のお知らせ",
        "body": "サマーキャンプにご参加のご家族の皆さま\n\n"
                "日の出産業 人事総務部 福利厚生グループの桑原です。\n"
                "ご家庭のアドレスでの受け取りをご希望の方へお知らせします。\n"
                "キャンプの写真を下記の限定公開ページに掲載しました。\n\n"
                "　URL：https://photo.studio-hinata.jp/g/hs-camp2026\n"
                "　閲覧用パスワードは社内ポータルの「お知らせ」に掲載しています。\n"
                "　公開期間：9月30日まで\n\n"
                "写真のSNS等への転載はご遠慮ください。\n" + SIG_KUWABARA,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "visible parties: five private persons' addresses in To (should have been Bcc)",
    },
    # ---------------------------------------------------------------- 066
    {
        "id": "kodomokai-066",
        "charset": "utf-8",
        "sender": IMAIZUMI,
        "to": [HANNAH],
        "subject": "Workshop registrations (both sessions)",
        "body": "Dear Hannah,\n\nAs requested, here are the children registered so far for the two sessions, with a parent's "
                "e-mail for the take-home kit survey.\n\n"
                "No. | Child            | Age | Session | Parent e-mail\n----+------------------+-----+---------+---------------------------\n"
                + _lines(_fam(66, 9), lambda i, f: f"{i:>3} | {f['romaji']:<16} | {f['age']:>3} | {'10:30' if f['age'] <= 8 else '14:00':<7} | {f['email']}")
                + "\n\nTwo more may join; I will let you know by Wednesday.\n" + SIG_IMAIZUMI_EN,
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "list: nine children (romaji names, ages) with parents' private e-mail, English mail",
    },
    # ---------------------------------------------------------------- 067
    {
        "id": "kodomokai-067",
        "charset": "cp932",
        "sender": OTSUKI,
        "to": ["川崎電機 総務部 イベント担当 <soumu-event@kawasaki-denki.co.jp>"],
        "subject": "合同 子ども職場参観日 タイムテーブル（確定版）",
        "body": "川崎電機株式会社 総務部 ご担当者様\n\nお世話になっております。日の出産業の大槻です。\n"
                "合同開催の子ども職場参観日について、タイムテーブルの確定版をお送りします。\n"
                "貴社工場の見学パートは前回打合せのとおり11:00〜12:00としています。\n\n" + SIG_OTSUKI,
        "attachments": [{
            "kind": "pdf", "name": "タイムテーブル_確定版.pdf", "title": "子ども職場参観日 タイムテーブル",
            "lines": ["子ども職場参観日（12/24） タイムテーブル", ""],
            "table": [["時刻", "内容", "場所", "担当"],
                      ["9:00", "受付・入館証配布", "日の出大崎ビル B1", "日の出 総務課"],
                      ["9:30", "オープニング・社長あいさつ", "8F 大会議室", "日の出 人事総務部"],
                      ["10:00", "職場見学・名刺交換体験", "5F〜7F 各職場", "各部署"],
                      ["11:00", "工場ライブ中継・ものづくり体験", "8F 大会議室", "川崎電機 総務部"],
                      ["12:00", "昼食（お弁当）", "8F 大会議室", "北国フーズ"],
                      ["13:00", "修了証授与・解散", "8F 大会議室", "日の出 人事総務部"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "timetable to the partner co-host; no personal data",
    },
    # ---------------------------------------------------------------- 068
    {
        "id": "kodomokai-068",
        "charset": "iso-2022-jp",
        "sender": OTSUKI,
        "to": [KOMINE],
        "subject": "外国籍のお子さまの加入手続きについて",
        "body": "小峰様\n\nお世話になっております。大槻です。\n"
                "外国籍のお子さまの加入について、在留カードの情報が必要とのことでしたので、お知らせします。\n\n"
                "　氏名：NGUYEN MINH KHOA（グエン ミン コア）\n"
                "　生年月日：2017年3月18日\n"
                "　在留カード番号：UH48213957CE\n"
                "　在留資格：家族滞在\n"
                "　保護者：海外事業部 グエン バン タイン\n\n"
                "ほかに必要な書類がありましたらご指示ください。\n" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "identifier: a child's residence card number with date of birth",
    },
    # ---------------------------------------------------------------- 069
    {
        "id": "kodomokai-069",
        "charset": "cp932",
        "sender": SUGA,
        "to": ["藤堂様 <todo@tsubasa-sytem.jp>"],
        "subject": "申込フォームの公開日について",
        "body": "藤堂様\n\nお世話になっております。須賀です。\n"
                "ファミリーデー申込フォームの公開日ですが、社内告知に合わせて9/28（月）10:00でお願いします。\n"
                "前日までに本番環境での最終確認をさせてください。\n\n" + SIG_SUGA,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: tsubasa-sytem.jp drops a letter of partner tsubasa-system.jp",
    },
    # ---------------------------------------------------------------- 070
    {
        "id": "kodomokai-070",
        "charset": "utf-8",
        "sender": IMAIZUMI,
        "to": [SAWATARI],
        "subject": "【欠席連絡】不破 晴くん",
        "body": "沢渡様\n\n朝早くに失礼します。今泉です。\n"
                "本日出発予定だった 不破 晴（ふわ はる）くん（小3）ですが、\n"
                "昨夜から38度台の発熱があり、欠席するとお父さまから連絡がありました。\n"
                "1号車は45名→44名での出発になります。班のメンバー調整をお願いいたします。\n\n" + SIG_IMAIZUMI,
        "expect": "either",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named child's fever as the reason for absence: transient illness, medical data or not is arguable",
    },
    # ---------------------------------------------------------------- 071
    {
        "id": "kodomokai-071",
        "charset": "utf-8",
        "sender": SUGA,
        "to": [TODO],
        "subject": "申込フォーム 項目定義書（v1.2）",
        "body": "藤堂様\n\nお世話になっております。須賀です。\n"
                "申込フォームの項目定義書を更新しました。変更点は「アレルギー有無」を選択式にした点と、\n"
                "「写真掲載同意」を必須にした点です。\n\n" + SIG_SUGA,
        "attachments": [{
            "kind": "xlsx", "name": "項目定義書_v1.2.xlsx",
            "sheets": {
                "項目定義": [["イベント申込フォーム 項目定義書 v1.2"],
                          ["項目ID", "項目名", "型", "桁数", "必須", "備考"],
                          ["F01", "社員番号", "半角英数", 8, "○", "SSO から自動取得"],
                          ["F02", "保護者氏名", "全角", 40, "○", ""],
                          ["F03", "連絡先電話番号", "半角数字", 13, "○", "ハイフン可"],
                          ["F04", "子ども氏名", "全角", 40, "○", "最大4名"],
                          ["F05", "子ども生年月日", "日付", 10, "○", ""],
                          ["F06", "アレルギー有無", "選択", 1, "○", "有の場合は健康管理室から個別連絡"],
                          ["F07", "写真掲載同意", "選択", 1, "○", "同意／一部同意／不同意"]],
                "変更履歴": [["版", "日付", "内容"], ["1.1", "2026/09/02", "初版"], ["1.2", "2026/09/10", "F06・F07 変更"]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "near miss: field definitions (column names only), no records",
    },
    # ---------------------------------------------------------------- 072
    {
        "id": "kodomokai-072",
        "charset": "cp932",
        "sender": ASHIDA,
        "to": ["ワールドブリッジトラベル 精算担当 <seisan@worldbridge-travel.co.jp>"],
        "subject": "ツアー中止に伴う参加費返金先のご連絡",
        "body": "ワールドブリッジトラベル 精算ご担当者様\n\nお世話になっております。日の出産業 経理部の芦田です。\n"
                "アユタヤ工場ファミリー見学ツアーの中止に伴い、参加費を各ご家庭へ直接返金いただく件、\n"
                "返金先の一覧を添付いたします（自己負担分のみ）。\n\n" + SIG_ASHIDA,
        "attachments": [{
            "kind": "xlsx", "name": "返金先一覧.xlsx",
            "sheets": {"返金先": [["ファミリー見学ツアー 参加費返金先一覧"], [],
                                 ["No", "社員氏名", "銀行名", "支店名", "種別", "口座番号", "口座名義（カナ）", "返金額"]]
                                + [[i, f["parent"], b, br, "普通", f"{(i * 7919 + 1234567) % 9000000 + 1000000}",
                                    f["parent_kana"].replace(" ", "　"), 30000 + 10000 * (i % 2)]
                                   for i, (f, b, br) in enumerate(zip(_fam(72, 5),
                                       ["みどり銀行", "ゆうちょ銀行", "東都信用金庫", "みどり銀行", "はまかぜ銀行"],
                                       ["大崎支店", "〇一八店", "川口支店", "武蔵小杉支店", "日吉支店"]), 1)]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "list: five employees' personal bank accounts for refunds in an XLSX",
    },
    # ---------------------------------------------------------------- 073
    {
        "id": "kodomokai-073",
        "charset": "utf-8",
        "sender": OTSUKI,
        "to": [OSAKI_BM],
        "subject": "車いすをご利用のお子さまの入館について",
        "body": "大崎ビルマネジメント 警備課 御中\n\nお世話になっております。日の出産業の大槻です。\n"
                "12/24の職場参観日に、車いすを利用するお子さまが1名参加します。\n\n"
                "　氷室 悠真（ひむろ ゆうま）くん　9歳\n"
                "　脳性まひのため電動車いすを使用。段差の介助が必要です。\n"
                "　同伴：母 氷室 理恵（品質保証部）\n\n"
                "B1通用口のスロープ利用と、貨物用エレベーターの使用許可をお願いできますでしょうか。\n" + SIG_OTSUKI,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named child's disability (cerebral palsy) to the building manager",
    },
    # ---------------------------------------------------------------- 074
    {
        "id": "kodomokai-074",
        "charset": "iso-2022-jp",
        "sender": OTSUKI,
        "to": [KOMINE],
        "subject": "Re: ファミリーデー保険料の確定について",
        "body": "小峰様\n\nご連絡ありがとうございます。大槻です。\n下記の内容で確定とさせてください。\n\n"
                "　証券番号：LG-26-004518\n"
                "　加入人数：大人 132名、お子さま 112名（計244名）\n"
                "　保険料：1名あたり 190円 × 244名 = 46,360円\n"
                "　お支払：12月末日 銀行振込\n\n"
                "請求書は総務課 大槻宛にお送りください。\n" + SIG_OTSUKI + "\n\n"
                "> 大槻様\n> 参加人数確定のご連絡ありがとうございました。保険料を再計算いたしましたので\n"
                "> ご確認をお願いいたします。\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "policy number, headcounts and premium only",
    },
    # ---------------------------------------------------------------- 075
    {
        "id": "kodomokai-075",
        "charset": "utf-8",
        "sender": IMAIZUMI,
        "to": [HANNAH],
        "subject": "Family Day - operations plan for your team",
        "body": "Dear Hannah,\n\nPlease find attached our operations plan for Family Day. Pages 2-3 cover "
                "the workshop area, load-in route and emergency procedures that your staff should know.\n\n"
                "Let me know if anything is unclear.\n" + SIG_IMAIZUMI_EN,
        "attachments": [{
            "kind": "pdf", "name": "FamilyDay2026_OperationsPlan.pdf", "title": "Family Day 2026 Operations Plan",
            "page_header": "CONFIDENTIAL", "page_footer": "Confidential - Internal Only / Hinode Sangyo Co., Ltd.",
            "lines": ["Family Day 2026 - Operations Plan", "", "1. Organisation: HQ desk at Foyer 2F",
                      "2. Load-in: service entrance B1, 8:30-9:30", "3. Lost child: radio to HQ, no names on PA",
                      "4. First aid: room Wakaba 2F, nurse on duty", "5. Evacuation: assembly point Osaki Park"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "marking: PDF stamped CONFIDENTIAL / Internal Only in header and footer",
    },
    # ---------------------------------------------------------------- 076
    {
        "id": "kodomokai-076",
        "charset": "cp932",
        "sender": HORIE,
        "to": [SAWATARI],
        "subject": "保護者説明会の資料（案）のご確認",
        "body": "沢渡様\n\nお世話になっております。堀江です。\n"
                "7/11の保護者説明会で使うスライドの案をお送りします。\n"
                "プログラムの説明部分（4〜5枚目）に誤りがないか、ご確認いただけますでしょうか。\n\n" + SIG_HORIE,
        "attachments": [{
            "kind": "pptx", "name": "保護者説明会_サマーキャンプ.pptx",
            "slides": [["サマーキャンプ2026 保護者説明会", "日の出産業株式会社 人事総務部", "NPO法人 森のこども塾"],
                       ["日程と行き先", "8月20日（木）〜22日（土） 2泊3日", "長野県 白樺高原キャンプ場"],
                       ["持ち物", "着替え3日分、雨具、水筒、帽子", "常備薬は健康調査票に記入のうえ持参"],
                       ["1日目", "バス移動、テント設営、夕食・星空観察"],
                       ["2日目", "沢登り（雨天時クラフト）、カレー作り、キャンプファイヤー"],
                       ["お問い合わせ", "人事総務部 福利厚生グループ 内線4127"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX programme slides for review; no personal data, no marking",
    },
    # ---------------------------------------------------------------- 077
    {
        "id": "kodomokai-077",
        "charset": "iso-2022-jp",
        "sender": IMAIZUMI,
        "to": ["外山 彩 <aya.toyama0412@icloud.com>"],
        "subject": "Re: キャンプの持ち物について",
        "body": "外山 様\n\nお問い合わせありがとうございます。日の出産業 福利厚生グループの今泉です。\n\n"
                "・寝袋はキャンプ場で貸し出しがありますので、お持ちいただかなくて大丈夫です。\n"
                "・お小遣いは不要です（売店の利用はありません）。\n"
                "・長靴は沢登りで使いますので、濡れてもよい運動靴と併せてご用意ください。\n\n"
                "ほかにもご不明な点があればお気軽にどうぞ。\n" + SIG_IMAIZUMI + "\n\n"
                "> 今泉さま\n> 外山です。寝袋は持参が必要でしょうか。またお小遣いはいくらくらい\n"
                "> 持たせればよいでしょうか。長靴も必要ですか？\n",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one parent on free mail about the packing list",
    },
    # ---------------------------------------------------------------- 078
    {
        "id": "kodomokai-078",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": [MORIMOTO],
        "subject": "託児申込書（まとめ）",
        "body": "森本様\n\nお世話になっております。桑原です。\n"
                "託児のお申込書をひとつのファイルにまとめました。ご確認ください。\n\n" + SIG_KUWABARA,
        "attachments": [{"kind": "corrupt", "name": "託児申込書_まとめ.docx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: corrupt DOCX attachment",
    },
    # ---------------------------------------------------------------- 079
    {
        "id": "kodomokai-079",
        "charset": "cp932",
        "sender": HORIE,
        "to": ["五十嵐 様 <igarashi.family3@gmail.com>"],
        "cc": ["k-hasumi0712@yahoo.co.jp", "makabe_t85@icloud.com"],
        "subject": "Re: 雨天時のプログラムについて",
        "body": "五十嵐様、蓮見様、真壁様\n\n日の出産業の堀江です。お問い合わせありがとうございます。\n"
                "雨天の場合、2日目の沢登りは中止し、管理棟でクラフト（木工）とネイチャーゲームに変更します。\n"
                "キャンプファイヤーは屋根付きの広場でキャンドルファイヤーとして実施予定です。\n\n"
                "ご心配をおかけしますが、よろしくお願いいたします。\n" + SIG_HORIE,
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
        "note": "visible parties: reply-all to three private persons in To/Cc",
    },
    # ---------------------------------------------------------------- 080
    {
        "id": "kodomokai-080",
        "charset": "utf-8",
        "sender": HORIE,
        "to": ["白川法律事務所 白川先生 <shirakawa@shirakawa-law.jp>"],
        "subject": "申込フォームの個人情報取扱い文言について",
        "body": "白川先生\n\nいつもお世話になっております。堀江です。\n"
                "申込フォームに掲載する「個人情報の取扱いについて」の文言案です。\n"
                "アレルギーや持病は要配慮個人情報に当たるため、本人（保護者）の同意を取得する形にしています。\n"
                "第三者提供（委託先への提供）の書き方が適切か、ご確認をお願いいたします。\n\n"
                "――――――――――\n"
                "【個人情報の取扱いについて】\n"
                "1. 取得する情報：保護者氏名、連絡先、お子さまの氏名・生年月日、健康に関する情報\n"
                "2. 利用目的：行事の運営、緊急時の連絡、保険加入手続き\n"
                "3. 委託：行事の運営に必要な範囲で、運営委託先・保険会社に提供することがあります\n"
                "4. 健康に関する情報は、要配慮個人情報として、ご同意いただいた範囲でのみ取り扱います\n"
                "――――――――――\n\n" + SIG_HORIE,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "near miss: privacy notice text naming 要配慮個人情報 as a category, no person",
    },
    # ---------------------------------------------------------------- 081
    {
        "id": "kodomokai-081",
        "charset": "iso-2022-jp",
        "sender": IMAIZUMI,
        "to": [HIDAKA],
        "subject": "ビュッフェ コーナーのアレルギー表示について",
        "body": "さくらホテル 日高様\n\nお世話になっております。今泉です。\n"
                "保護者向けビュッフェのお子さま用コーナーについて、対応が必要なお子さまの一覧をお送りします。\n"
                "調理場とホールスタッフの方に共有いただけますでしょうか。\n\n" + SIG_IMAIZUMI,
        "attachments": [{
            "kind": "xlsx", "name": "アレルギー対応一覧.xlsx", "title": "アレルギー対応一覧",
            "sheets": {"対応一覧": [["ファミリーデー アレルギー対応一覧（11/14）"],
                                   ["氏名", "年齢", "アレルゲン", "症状の程度", "エピペン", "保護者"]]
                                  + [[f["name"], f["age"], a, s, e, f["parent"]] for f, (a, s, e) in zip(_fam(81, 7), [
                                      ("卵", "じんましん", "なし"), ("乳・小麦", "アナフィラキシー既往", "あり"),
                                      ("えび・かに", "口腔内のかゆみ", "なし"), ("ピーナッツ", "アナフィラキシー既往", "あり"),
                                      ("キウイ", "口腔アレルギー症候群", "なし"), ("そば", "呼吸困難の既往", "あり"),
                                      ("卵", "嘔吐", "なし")])]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive list: seven named children's allergies and anaphylaxis history to the hotel",
    },
    # ---------------------------------------------------------------- 082
    {
        "id": "kodomokai-082",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": ["さくらホテル フロント <front@sakura-hotel.jp>"],
        "subject": "忘れ物のお問い合わせ（11/14 桜花の間）",
        "body": "さくらホテル フロント ご担当者様\n\nお世話になっております。日の出産業の桑原です。\n"
                "11/14に桜花の間で開催したファミリーデーで、参加者から忘れ物の問い合わせがありました。\n\n"
                "　・水色のステンレス水筒（恐竜のステッカー付き、名前シールなし）\n"
                "　・紺色のキッズ用ウインドブレーカー（130cm）\n\n"
                "お手数ですが、お預かりがないかご確認いただけますでしょうか。\n" + SIG_KUWABARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary lost-property inquiry, no personal data",
    },
    # ---------------------------------------------------------------- 083
    {
        "id": "kodomokai-083",
        "charset": "cp932",
        "sender": HORIE,
        "to": ["さくらホテル 宿泊予約 <reserve@sakura-hotel.jp>"],
        "subject": "前泊客室のギャランティーフォーム（立花様分）",
        "body": "さくらホテル 宿泊予約ご担当者様\n\nお世話になっております。日の出産業の堀江です。\n"
                "11/13泊のブロック客室のうち、大阪営業所 立花様ご家族の1室について、\n"
                "ご本人のクレジットカードでのギャランティーをご希望とのことで、記入済みのフォームをお送りします。\n\n" + SIG_HORIE,
        "attachments": [{
            "kind": "pdf", "name": "ギャランティーフォーム_立花.pdf",
            "lines": ["クレジットカード ギャランティーフォーム", "",
                      "宿泊者氏名：立花 誠（タチバナ マコト）　ご同伴：3名（大人1・小人2）",
                      "宿泊日：2026年11月13日（1泊）　ツインルーム＋エキストラベッド",
                      f"カード番号：{' '.join(card_number(SEED + 3)[i:i + 4] for i in range(0, 16, 4))}",
                      "有効期限：11/28　カード名義：MAKOTO TACHIBANA",
                      "署名：立花 誠"],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "identifier: an employee's credit card number in a PDF form to the partner hotel",
    },
    # ---------------------------------------------------------------- 084
    {
        "id": "kodomokai-084",
        "charset": "iso-2022-jp",
        "sender": OTSUKI,
        "to": [MIYASAKA],
        "subject": "過去3年分の開催実績（費用）",
        "body": "宮坂様\n\nお世話になっております。大槻です。\n"
                "来年度のご提案の参考に、過去3年分の開催費用の実績をお送りします。\n"
                "古いExcel形式ですが、開いていただけますでしょうか。\n\n" + SIG_OTSUKI,
        "attachments": [{
            "kind": "xls", "name": "ファミリーデー開催実績.xls",
            "sheets": {"費用実績": [["年度", "参加者数", "会場費", "運営委託費", "飲食費", "合計"],
                                   ["2023", 198, 980000, 1420000, 510000, 2910000],
                                   ["2024", 221, 1050000, 1500000, 560000, 3110000],
                                   ["2025", 236, 1120000, 1580000, 590000, 3290000]],
                       "参加者推移": [["年度", "大人", "子ども"], ["2023", 108, 90], ["2024", 120, 101], ["2025", 127, 109]]},
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "legacy XLS with yearly costs and headcounts, no people",
    },
    # ---------------------------------------------------------------- 085
    {
        "id": "kodomokai-085",
        "charset": "iso-2022-jp",
        "sender": HORIE,
        "to": ["白川先生 <shirakawa@shirakawa-1aw.jp>"],
        "subject": "Re: 同意書ひな形へのコメント",
        "body": "白川先生\n\nコメントをありがとうございました。堀江です。\n"
                "ご指摘いただいた撤回方法の記載と、保存期間（3年）を追記した修正版を作成しました。\n"
                "来週中に改めてお送りいたします。\n\n" + SIG_HORIE,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: shirakawa-1aw.jp uses the digit 1 for the l of partner shirakawa-law.jp",
    },
    # ---------------------------------------------------------------- 086
    {
        "id": "kodomokai-086",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": [NISHI],
        "subject": "入稿データ一式（ポスター・チラシ）",
        "body": "西様\n\nお世話になっております。桑原です。\n"
                "ファミリーデー告知のポスターとチラシの入稿データをZIPでお送りします。\n"
                "ポスターはPDF、チラシは原稿（Word）です。レイアウトはお任せいたします。\n\n" + SIG_KUWABARA,
        "attachments": [{
            "kind": "zip", "name": "入稿データ_FD2026.zip",
            "files": [
                {"kind": "pdf", "name": "poster_B2.pdf",
                 "lines": ["ファミリーデー2026", "11月14日（土）10:00〜16:00 さくらホテル", "縁日・サイエンスショー・家族写真",
                           "申込はイントラネットから（9/28〜10/30）"]},
                {"kind": "docx", "name": "チラシ原稿.docx",
                 "paragraphs": ["ファミリーデー2026のご案内", "社員とご家族のみなさまへ",
                                "今年も家族で楽しめるイベントを開催します。", "お問い合わせ：福利厚生グループ 内線4127"]},
            ],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ZIP (not encrypted) of poster PDF and flyer DOCX, no personal data",
    },
    # ---------------------------------------------------------------- 087
    {
        "id": "kodomokai-087",
        "charset": "cp932",
        "sender": HORIE,
        "to": [MIYASAKA],
        "subject": "当日の社員スタッフ一覧",
        "body": "宮坂様\n\nお世話になっております。堀江です。\n"
                "当日、弊社から運営に入る社員スタッフの一覧です。各ブースでの連絡にお使いください。\n\n"
                "氏名　　　　所属　　　　　　担当　　　　　社用携帯\n"
                "堀江 真理子　人事総務部　　　本部　　　　　080-4401-2310\n"
                "今泉 航　　　人事総務部　　　受付　　　　　080-4401-2311\n"
                "桑原 沙織　　人事総務部　　　縁日ブース　　080-4401-2312\n"
                "大槻 健吾　　総務課　　　　　救護・警備　　080-4401-2313\n"
                "羽鳥 修平　　第一営業部　　　写真ブース　　080-4401-2314\n"
                "椎名 千晶　　経理部　　　　　託児ルーム　　080-4401-2315\n\n"
                "よろしくお願いいたします。\n" + SIG_HORIE,
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "six employees with company-issued mobiles: business contacts or an employee list, arguable",
    },
    # ---------------------------------------------------------------- 088
    {
        "id": "kodomokai-088",
        "charset": "utf-8",
        "sender": IMAIZUMI,
        "to": [MIYASAKA],
        "subject": "ステージ進行表（最新版）",
        "body": "宮坂様\n\nお世話になっております。今泉です。\nステージ進行表の最新版です。\n\n"
                "10:00 開会・社長あいさつ\n10:15 ダンスチーム（社員有志）\n13:00 サイエンスショー\n"
                "14:30 じゃんけん大会\n15:45 閉会\n\nよろしくお願いします。\n今泉\n",
        "html": "<html><body><p>宮坂様</p><p>お世話になっております。今泉です。<br>ステージ進行表の最新版です。</p>"
                "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                "<tr><th>時刻</th><th>内容</th><th>音響</th></tr>"
                "<tr><td>10:00</td><td>開会・社長あいさつ</td><td>マイク1</td></tr>"
                "<tr><td>10:15</td><td>ダンスチーム（社員有志）</td><td>音源USB</td></tr>"
                "<tr><td>13:00</td><td>サイエンスショー</td><td>ピンマイク</td></tr>"
                "<tr><td>14:30</td><td>じゃんけん大会</td><td>マイク2</td></tr>"
                "<tr><td>15:45</td><td>閉会</td><td>BGM</td></tr></table>"
                "<p>よろしくお願いします。<br>今泉</p></body></html>",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "text+HTML stage timetable, no personal data",
    },
    # ---------------------------------------------------------------- 089
    {
        "id": "kodomokai-089",
        "charset": "iso-2022-jp",
        "sender": NOTO,
        "to": [SAWATARI],
        "subject": "夜尿が心配なお子さまへの配慮について（ご相談）",
        "body": "沢渡様\n\n健康管理室の能登です。\n"
                "毎年、説明会のあとに「夜のおねしょが心配」というご相談が数件あります。\n"
                "森のこども塾さんでは、一般的にどのような配慮をされていますか。\n"
                "（夜中の声かけ、寝袋の予備、着替えの置き場所など）\n"
                "保護者向けの案内に、一般的な対応として記載できればと考えています。\n\n" + SIG_NOTO,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "near miss: a health topic in general terms, no identifiable child",
    },
    # ---------------------------------------------------------------- 090
    {
        "id": "kodomokai-090",
        "charset": "cp932",
        "sender": KUWABARA,
        "to": [MIYAKE],
        "cc": [SAWATARI],
        "subject": "キャンプ場での乗降場所（地図添付）",
        "body": "三宅様\ncc: 森のこども塾 沢渡様\n\nお世話になっております。桑原です。\n"
                "キャンプ場での乗降場所について、キャンプ場から地図をいただきましたので共有します。\n"
                "大型バスは管理棟前の第1駐車場に停車、森のこども塾のスタッフが誘導してくださいます。\n\n" + SIG_KUWABARA,
        "attachments": [{"kind": "png", "name": "乗降場所_地図.png"}],
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc with a map: normal three-way mail",
    },
    # ---------------------------------------------------------------- 091
    {
        "id": "kodomokai-091",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": [GIFT],
        "subject": "欠席者への記念品 ご自宅配送のお願い",
        "body": "おもてなしギフト 法人受注センター ご担当者様\n\nお世話になっております。日の出産業の桑原です。\n"
                "ファミリーデーを当日欠席されたご家庭へ、記念品（お菓子詰め合わせ）をご自宅へ直送いただきたく、\n"
                "配送先をお知らせします。\n\n"
                + "\n".join(f"【{i}】\nお名前：{f['parent']} 様\n〒{f['zip']}\n{f['addr']}\nお電話：{f['mobile']}\n"
                            for i, f in enumerate(_fam(91, 5), 1))
                + "\n配送希望日：11/21（土）午前\n注文番号：OG-26-09140\n\n" + SIG_KUWABARA,
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: five home delivery blocks (name, address, phone), one record per block",
    },
    # ---------------------------------------------------------------- 092
    {
        "id": "kodomokai-092",
        "charset": "iso-2022-jp",
        "sender": HORIE,
        "to": [MIYASAKA],
        "subject": "来年度ファミリーデー 企画の方向性（たたき台）",
        "body": "宮坂様\n\nお世話になっております。堀江です。\n"
                "来年度の方向性について、社内で議論したたたき台をお送りします。\n"
                "会場を工場敷地に移す案も含めて、ご提案いただけますと幸いです。\n\n" + SIG_HORIE,
        "attachments": [{
            "kind": "pptx", "name": "FD2027_たたき台.pptx",
            "slides": [["ファミリーデー2027 企画のたたき台", "人事総務部 福利厚生グループ"],
                       ["振り返り", "昼食会場の混雑", "受付の待ち時間", "未就学児向けコンテンツ不足"],
                       ["2027年の方向性", "川崎工場での開催を検討", "工場見学ツアーとの組合せ", "受付の事前QR化"],
                       ["スケジュール", "3月 企画確定", "6月 業者選定", "10月 開催"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "PPTX planning slides, unmarked and without personal data",
    },
    # ---------------------------------------------------------------- 093
    {
        "id": "kodomokai-093",
        "charset": "cp932",
        "sender": KUWABARA,
        "to": [HIDAKA],
        "subject": "授乳室・ベビーカー置き場・駐車場について",
        "body": "日高様\n\nいつもお世話になっております。桑原です。\n以下3点、確認させてください。\n\n"
                "（１）授乳室は「若葉」の隣の小部屋を使わせていただけるとのことでしたが、調乳用のお湯はご用意いただけますか。\n"
                "（２）ベビーカー置き場は、ホワイエの柱の周辺で20台程度を想定しています。\n"
                "（３）駐車場は40台分を確保いただきましたが、満車時の近隣駐車場をご案内いただけますか。\n\n"
                "お手すきの際にご回答いただけますと幸いです。\n" + SIG_KUWABARA,
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "ordinary venue questions to the partner hotel",
    },
    # ---------------------------------------------------------------- 094
    {
        "id": "kodomokai-094",
        "charset": "utf-8",
        "sender": IMAIZUMI,
        "to": [HANNAH],
        "cc": [MIYASAKA],
        "subject": "Load-in time on 14 Nov / 搬入時間について",
        "body": "Dear Hannah,\n(cc: Ms. Miyasaka of Harenohi Kikaku, our event organiser)\n\n"
                "The hotel has confirmed that your team can load in from 8:30 via the service entrance on B1. "
                "Ms. Miyasaka's staff will meet you there and show you to the workshop area.\n\n"
                "宮坂様\nGlobal Kids Workshop様の搬入は8:30、B1搬入口からとなりました。お出迎えをよろしくお願いいたします。\n"
                + SIG_IMAIZUMI_EN,
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc, bilingual logistics mail",
    },
    # ---------------------------------------------------------------- 095
    {
        "id": "kodomokai-095",
        "charset": "iso-2022-jp",
        "sender": HORIE,
        "to": [MIYASAKA],
        "subject": "FW: ファミリーデー 追加申込（8家族）",
        "body": "宮坂様\n\nお世話になっております。堀江です。\n"
                "締切後に追加で申込があった8家族の情報を、社内メールのまま転送します。\n"
                "受付リストへの追加をお願いできますでしょうか。\n\n" + SIG_HORIE,
        "attachments": [{
            "kind": "eml", "name": "追加申込_8家族.eml",
            "message": {
                "charset": "iso-2022-jp",
                "sender": KUWABARA,
                "to": [HORIE],
                "subject": "ファミリーデー 追加申込（8家族）",
                "body": "堀江さん\n\n締切後の追加申込です。\n\n"
                        + _lines(_fam(95, 8), lambda i, f: f"{i}. {f['parent']}（{f['dept']}・内線{f['ext']}）"
                                                          f" 子:{f['name']} {f['age']}歳 携帯:{f['mobile']}")
                        + "\n\n桑原\n",
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "list: attached internal mail (.eml) forwarded outside with eight families and mobiles",
    },
    # ---------------------------------------------------------------- 096
    {
        "id": "kodomokai-096",
        "charset": "utf-8",
        "sender": OTSUKI,
        "to": [MORIMOTO],
        "subject": "業務委託契約および個人情報の取扱いに関する覚書（案）",
        "body": "森本様\n\nお世話になっております。大槻です。\n"
                "託児業務の委託契約書と、個人情報の取扱いに関する覚書の案をお送りします。\n"
                "委託先での安全管理措置（第4条）と再委託の禁止（第6条）についてご確認ください。\n\n"
                + SIG_OTSUKI + "\n" + DISC_JA,
        "attachments": [{
            "kind": "docx", "name": "個人情報の取扱いに関する覚書_案.docx",
            "paragraphs": ["個人情報の取扱いに関する覚書（案）",
                           "日の出産業株式会社（以下「甲」）と株式会社キッズケアサポート（以下「乙」）は、"
                           "託児業務委託契約に付随して、次のとおり覚書を締結する。",
                           "第1条（目的）本覚書は、乙が委託業務の遂行のために甲から預託を受ける個人情報の取扱いを定める。",
                           "第4条（安全管理措置）乙は、個人情報の漏えい、滅失又は毀損の防止のため必要な措置を講ずる。",
                           "第6条（再委託の禁止）乙は、甲の書面による承諾なく、委託業務を第三者に再委託してはならない。",
                           "第8条（事故時の報告）乙は、個人情報の漏えい等が発生したときは、直ちに甲に報告する。"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about a data-processing agreement: the word 個人情報, no data, no marking",
    },
    # ---------------------------------------------------------------- 097
    {
        "id": "kodomokai-097",
        "charset": "cp932",
        "sender": OTSUKI,
        "to": ["川崎電機 総務部 <soumu-event@kawasaki.denki.co.jp>"],
        "subject": "合同参観日 振り返り会の日程",
        "body": "川崎電機株式会社 総務部 ご担当者様\n\nお世話になっております。日の出産業の大槻です。\n"
                "合同参観日の振り返り会を、1/14（木）または1/15（金）の午後に行えればと考えております。\n"
                "ご都合のよい日時をお知らせください。\n\n" + SIG_OTSUKI,
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "look-alike: kawasaki.denki.co.jp puts a dot for the hyphen of partner kawasaki-denki.co.jp",
    },
    # ---------------------------------------------------------------- 098
    {
        "id": "kodomokai-098",
        "charset": "utf-8",
        "sender": KUWABARA,
        "to": [NISHI],
        "subject": "フォトブック用写真データ",
        "body": "西様\n\nお世話になっております。桑原です。\n"
                "キャンプのフォトブック用の写真データをお送りします。\n"
                "お子さまの写真のため、パスワード付きZIPにしております。パスワードは別途お電話します。\n\n" + SIG_KUWABARA,
        "attachments": [{
            "kind": "zip", "name": "photobook_camp2026.zip", "password": "nishiki-0905",
            "files": [{"kind": "png", "name": f"IMG_{n:04d}.png"} for n in (2101, 2107, 2133, 2150, 2188)],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "unreadable: password ZIP of photos",
    },
    # ---------------------------------------------------------------- 099
    {
        "id": "kodomokai-099",
        "charset": "iso-2022-jp",
        "sender": IMAIZUMI,
        "to": [SUGA],
        "subject": "申込データ（分析用）",
        "body": "須賀さん\n\n申込状況の分析用に、管理画面から書き出したデータを添付します（HTML形式）。\n"
                "曜日・時間帯別の申込数の集計をお願いできますか。社内のみでの利用です。\n\n今泉\n",
        "attachments": [{
            "kind": "html", "name": "申込一覧_export.html",
            "html": "<html><head><meta charset=\"utf-8\"><title>申込一覧</title></head><body><h1>申込一覧</h1>"
                    "<table border=\"1\"><tr><th>申込日時</th><th>保護者氏名</th><th>メール</th><th>電話</th><th>子ども</th></tr>"
                    + "".join(f"<tr><td>2026-10-{1 + i:02d} {8 + i % 12}:{(i * 7) % 60:02d}</td><td>{f['parent']}</td>"
                              f"<td>{f['email']}</td><td>{f['mobile']}</td><td>{f['name']}（{f['age']}）</td></tr>"
                              for i, f in enumerate(_fam(99, 20)))
                    + "</table></body></html>",
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "internal only: a 20-row export (HTML attachment) between two colleagues",
    },
    # ---------------------------------------------------------------- 100
    {
        "id": "kodomokai-100",
        "charset": "utf-8",
        "sender": HORIE,
        "to": [HINATA],
        "subject": "撮影・掲載NGのお子さまについて（重要）",
        "body": "フォトスタジオひなた\n日向様\n\nお世話になっております。堀江です。\n"
                "ファミリーデーの撮影について、特にご配慮をお願いしたいお子さまがいます。\n\n"
                "　漆原 菫（うるしばら すみれ）さん　小学1年　ピンクのリボンの名札\n"
                "　保護者：川崎工場 製造課 漆原 早苗\n\n"
                "お母さまとお子さまは配偶者からのDV被害により現在避難中で、\n"
                "所在が知られないよう、顔が写る写真の撮影・納品・掲載はすべてNGです。\n"
                "集合写真からも外していただくか、ぼかし処理をお願いいたします。\n\n"
                "スタッフの皆さまへの共有は、必要最小限の範囲でお願いいたします。\n" + SIG_HORIE,
        "expect": "stop",
        "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "sensitive: a named child and parent identified as domestic-violence victims (crime victim)",
    },
]
