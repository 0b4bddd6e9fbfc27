"""Blind corpus — AREA: rental.

日の出産業株式会社 モビリティ事業本部（レンタカー・カーシェア事業）のメール:
貸渡契約、運転免許証の写し、事故報告、保険会社との損害請求、会員名簿、
車両整備の委託先、空港カウンター、旅券で手続きする海外のお客様。
my_number / card_number の seed は 1801 から。
"""

from __future__ import annotations

import random
import unicodedata

from build import card_number, my_number

# -- invented people --------------------------------------------------------------------

SURN = [
    ("佐々木", "ササキ", "Sasaki"), ("東海林", "ショウジ", "Shoji"),
    ("勅使河原", "テシガワラ", "Teshigawara"), ("四月一日", "ワタヌキ", "Watanuki"),
    ("小鳥遊", "タカナシ", "Takanashi"), ("御手洗", "ミタライ", "Mitarai"),
    ("五十嵐", "イガラシ", "Igarashi"), ("長谷部", "ハセベ", "Hasebe"),
    ("比嘉", "ヒガ", "Higa"), ("知念", "チネン", "Chinen"),
    ("宇都宮", "ウツノミヤ", "Utsunomiya"), ("百瀬", "モモセ", "Momose"),
    ("早乙女", "サオトメ", "Saotome"), ("目黒", "メグロ", "Meguro"),
    ("栗原", "クリハラ", "Kurihara"), ("波多野", "ハタノ", "Hatano"),
    ("安斎", "アンザイ", "Anzai"), ("門脇", "カドワキ", "Kadowaki"),
    ("鰐淵", "ワニブチ", "Wanibuchi"), ("藤堂", "トウドウ", "Todo"),
    ("伊集院", "イジュウイン", "Ijuin"), ("外間", "ホカマ", "Hokama"),
    ("砂川", "スナガワ", "Sunagawa"), ("渡嘉敷", "トカシキ", "Tokashiki"),
    ("相良", "サガラ", "Sagara"), ("真壁", "マカベ", "Makabe"),
    ("柘植", "ツゲ", "Tsuge"), ("雨宮", "アメミヤ", "Amemiya"),
    ("桐谷", "キリタニ", "Kiritani"), ("熊谷", "クマガイ", "Kumagai"),
    ("千葉", "チバ", "Chiba"), ("大久保", "オオクボ", "Okubo"),
    ("森本", "モリモト", "Morimoto"), ("浜田", "ハマダ", "Hamada"),
    ("高砂", "タカサゴ", "Takasago"), ("鈴鹿", "スズカ", "Suzuka"),
    ("日下部", "クサカベ", "Kusakabe"), ("新垣", "アラガキ", "Aragaki"),
    ("水無瀬", "ミナセ", "Minase"), ("羽生", "ハニュウ", "Hanyu"),
    ("釘宮", "クギミヤ", "Kugimiya"), ("蒲生", "ガモウ", "Gamo"),
]
GIVEN = [
    ("陽菜", "ヒナ", "Hina"), ("蓮", "レン", "Ren"), ("美咲", "ミサキ", "Misaki"),
    ("大翔", "ヒロト", "Hiroto"), ("結衣", "ユイ", "Yui"), ("悠真", "ユウマ", "Yuma"),
    ("沙織", "サオリ", "Saori"), ("健太", "ケンタ", "Kenta"), ("千尋", "チヒロ", "Chihiro"),
    ("航平", "コウヘイ", "Kohei"), ("真由美", "マユミ", "Mayumi"),
    ("隆之", "タカユキ", "Takayuki"), ("恵子", "ケイコ", "Keiko"), ("誠", "マコト", "Makoto"),
    ("奈々", "ナナ", "Nana"), ("翔太", "ショウタ", "Shota"), ("香織", "カオリ", "Kaori"),
    ("浩二", "コウジ", "Koji"), ("綾乃", "アヤノ", "Ayano"), ("直樹", "ナオキ", "Naoki"),
    ("琴音", "コトネ", "Kotone"), ("剛", "ツヨシ", "Tsuyoshi"), ("朋美", "トモミ", "Tomomi"),
    ("和也", "カズヤ", "Kazuya"), ("彩花", "アヤカ", "Ayaka"), ("秀明", "ヒデアキ", "Hideaki"),
    ("里穂", "リホ", "Riho"), ("達郎", "タツロウ", "Tatsuro"), ("紗希", "サキ", "Saki"),
    ("勇気", "ユウキ", "Yuki"), ("文子", "フミコ", "Fumiko"), ("正志", "マサシ", "Masashi"),
]
ADDR = [
    ("東京都", "大田区", "羽田五丁目", "144-0043"), ("東京都", "世田谷区", "桜新町二丁目", "154-0015"),
    ("東京都", "江東区", "豊洲四丁目", "135-0061"), ("神奈川県", "横浜市港北区", "日吉本町三丁目", "223-0062"),
    ("神奈川県", "川崎市中原区", "小杉町一丁目", "211-0063"), ("千葉県", "成田市", "花崎町", "286-0033"),
    ("千葉県", "船橋市", "本町六丁目", "273-0005"), ("埼玉県", "さいたま市浦和区", "高砂三丁目", "330-0063"),
    ("大阪府", "泉佐野市", "りんくう往来北", "598-0048"), ("大阪府", "豊中市", "螢池東町二丁目", "560-0036"),
    ("北海道", "千歳市", "末広七丁目", "066-0027"), ("北海道", "札幌市中央区", "南三条西九丁目", "060-0063"),
    ("沖縄県", "那覇市", "おもろまち三丁目", "900-0006"), ("沖縄県", "豊見城市", "字豊崎", "901-0225"),
    ("福岡県", "福岡市博多区", "博多駅南二丁目", "812-0016"), ("愛知県", "常滑市", "セントレア四丁目", "479-0881"),
    ("愛知県", "名古屋市中村区", "名駅南一丁目", "450-0003"), ("兵庫県", "神戸市中央区", "港島中町六丁目", "650-0046"),
    ("静岡県", "浜松市中区", "砂山町", "430-0926"), ("宮城県", "名取市", "下増田字南原", "981-1221"),
]
BLDG = ["", "", "", "コーポ桜201", "メゾン日吉305", "グランドール1102", "ハイツ花水木B-3",
        "パークサイド203", "リバーテラス7F", "第二松風荘12号"]
FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
            "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"]
LIC_AREA = ["30", "30", "45", "50", "62", "63", "10", "97", "91", "44"]


def people(seed: int, n: int, prefs: tuple = ()) -> list[dict]:
    """n invented people, deterministic per seed (optionally living in the given prefectures)."""
    rng = random.Random(f"rental-people-{seed}")
    addrs = [a for a in ADDR if not prefs or a[0] in prefs]
    out, used = [], set()
    while len(out) < n:
        s, g = rng.choice(SURN), rng.choice(GIVEN)
        if (s[0], g[0]) in used:
            continue
        used.add((s[0], g[0]))
        pref, city, town, zp = rng.choice(addrs)
        y, mo, d = rng.randrange(1951, 2004), rng.randrange(1, 13), rng.randrange(1, 29)
        bld = rng.choice(BLDG)
        banchi = f"{rng.randrange(1, 30)}-{rng.randrange(1, 25)}" + (
            "" if "丁目" in town else f"-{rng.randrange(1, 20)}")
        mob = f"0{rng.choice('789')}0-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
        user = f"{g[2].lower()}{rng.choice(['.', '_', ''])}{s[2].lower()}{rng.randrange(1, 99)}"
        out.append({
            "sei": s[0], "mei": g[0], "name": f"{s[0]} {g[0]}", "name2": f"{s[0]}{g[0]}",
            "kana": f"{s[1]} {g[1]}", "romaji": f"{g[2]} {s[2]}", "ROMAJI": f"{s[2].upper()} {g[2].upper()}",
            "zip": zp, "pref": pref, "addr": f"{pref}{city}{town}{banchi}" + (f" {bld}" if bld else ""),
            "tel": mob, "email": f"{user}@{rng.choice(FREEMAIL)}",
            "y": y, "m": mo, "d": d,
            "lic": rng.choice(LIC_AREA) + f"{(y + 18 + rng.randrange(0, 6)) % 100:02d}"
                   + f"{rng.randrange(0, 999999):06d}" + f"{rng.randrange(10)}" + rng.choice("0001"),
            "member": f"HM{rng.randrange(1000000, 9999999)}",
        })
    return out


def wareki(p: dict, style: str = "kanji") -> str:
    y, m, d = p["y"], p["m"], p["d"]
    if (y, m, d) >= (1989, 1, 8):
        era, ey, ab = "平成", y - 1988, "H"
    else:
        era, ey, ab = "昭和", y - 1925, "S"
    if style == "kanji":
        return f"{era}{ey}年{m}月{d}日"
    if style == "short":
        return f"{ab}{ey}.{m}.{d}"
    if style == "zen":
        return zen(f"{ab}{ey}.{m}.{d}").replace("H", "Ｈ").replace("S", "Ｓ")
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "nen":
        return f"{y}年{m}月{d}日"
    return f"{y}-{m:02d}-{d:02d}"


def zen(s: str) -> str:
    return s.translate(str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）"))


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def padded(rows: list[list], sep: str = "  ", rule: str = "-") -> str:
    """A table padded with spaces under a header and a rule, as people paste it."""
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(_w(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        lines.append(sep.join(c + " " * (widths[i] - _w(c)) for i, c in enumerate(r)).rstrip())
        if k == 0:
            lines.append(rule * ((sum(widths) + _w(sep) * (len(widths) - 1)) // _w(rule)))
    return "\n".join(lines)


def tsv(rows: list[list]) -> str:
    return "\n".join("\t".join(str(c) for c in r) for r in rows)


def corp_number(base12: str) -> str:
    """法人番号 (13 digits) with its check digit in front."""
    digits = [int(c) for c in base12]
    total = sum(digits[12 - n] * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - total % 9) + base12


def fmt_card(c: str, sep: str = "-") -> str:
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


def fmt_mn(n: str, sep: str = " ") -> str:
    return sep.join(n[i:i + 4] for i in range(0, 12, 4))


# -- our own staff (signatures are not personal data to report) ---------------------------

HQ = "〒105-0013 東京都港区浜松町2-7-15 日の出浜松町ビル8F"
SIG = {
    "saegusa": ("三枝 和真 <saegusa.k@hinode-sangyo.co.jp>",
                "--\n日の出産業株式会社\nモビリティ事業本部 レンタカー営業部 法人営業課\n三枝 和真（Saegusa Kazuma）\n"
                f"{HQ}\nTEL 03-5405-7721（直通） FAX 03-5405-7730\n携帯 080-4471-2093\nsaegusa.k@hinode-sangyo.co.jp"),
    "kanematsu": ("兼松 由佳 <kanematsu.y@hinode-sangyo.co.jp>",
                  "━━━━━━━━━━━━━━━━━━━━\n日の出産業株式会社 モビリティ事業本部\n事故対応センター 兼松 由佳\n"
                  "〒144-0041 東京都大田区羽田空港1-6-5 第五綜合ビル3F\nTEL：03-5756-8102 ／ FAX：03-5756-8109\n"
                  "受付時間 9:00-18:00（土日祝は当番制）\n━━━━━━━━━━━━━━━━━━━━"),
    "oshiro": ("大城 亮 <oshiro.r@hinode-sangyo.co.jp>",
               "----------------------------------------\n日の出レンタカー 那覇空港営業所\n所長 大城 亮\n"
               "〒901-0142 沖縄県那覇市字鏡水150-3\nTEL 098-858-4410 FAX 098-858-4411\n"
               "oshiro.r@hinode-sangyo.co.jp\n----------------------------------------"),
    "sanada": ("真田 梢 <sanada.k@hinode-sangyo.co.jp>",
               "-- \n日の出産業株式会社 カーシェア事業部 会員サービス課\n真田 梢（さなだ こずえ）\n"
               f"{HQ}\nTEL 03-5405-7740 / 会員窓口 0120-316-810\nsanada.k@hinode-sangyo.co.jp"),
    "yanagisawa": ("柳沢 拓海 <yanagisawa.t@hinode-sangyo.co.jp>",
                   "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n日の出産業（株） 車両管理課\n柳沢 拓海\n"
                   "〒143-0006 東京都大田区平和島3-2-8 日の出平和島整備センター\nTEL 03-3766-5520 内線214\n"
                   "yanagisawa.t@hinode-sangyo.co.jp"),
    "imaizumi": ("今泉 京子 <imaizumi.k@hinode-sangyo.co.jp>",
                 "===========================\n日の出産業株式会社 経理部 経理課\n今泉 京子\n"
                 f"{HQ}\nTEL 03-5405-7702  FAX 03-5405-7709\n==========================="),
    "horinouchi": ("堀之内 慎 <horinouchi.s@hinode-sangyo.co.jp>",
                   "--\nHorinouchi Shin / 堀之内 慎\n日の出産業株式会社 情報システム部\n"
                   f"{HQ}\nTel: +81-3-5405-7760\nhorinouchi.s@hinode-sangyo.co.jp"),
    "miyasaka": ("宮坂 瑞穂 <miyasaka.m@hinode-sangyo.co.jp>",
                 "----\n日の出産業株式会社 管理本部 人事総務課\n宮坂 瑞穂\nTEL 03-5405-7711（内線 311）\n"
                 "miyasaka.m@hinode-sangyo.co.jp"),
    "kubodera": ("久保寺 翔 <kubodera.s@hinode-sangyo.co.jp>",
                 "**************************************\n日の出レンタカー 羽田空港営業所\n副所長 久保寺 翔\n"
                 "〒144-0041 東京都大田区羽田空港3-3-2\nTEL 03-5757-3390\n"
                 "**************************************"),
    "nonomura": ("野々村 葵 <nonomura.a@hinode-sangyo.co.jp>",
                 "--\n日の出レンタカー 新千歳空港営業所\n野々村 葵\n〒066-0012 北海道千歳市美々1292-12\n"
                 "TEL 0123-46-2281\nnonomura.a@hinode-sangyo.co.jp"),
    "isurugi": ("石動 誠司 <isurugi.s@hinode-sangyo.co.jp>",
                "--\n日の出産業株式会社 法務・コンプライアンス室\n室長 石動 誠司\n"
                f"{HQ}\nTEL 03-5405-7790"),
    "tsuboi": ("Tsuboi Ryo <tsuboi.r@hinode-sangyo.co.jp>",
               "Best regards,\n\nRyo Tsuboi\nInternational Business Development\nHinode Sangyo Co., Ltd. (Hinode Rent-a-Car)\n"
               "2-7-15 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan\nPhone: +81-3-5405-7725\n"
               "tsuboi.r@hinode-sangyo.co.jp"),
    "kaji": ("加治 美穂 <kaji.m@hinode-sangyo.co.jp>",
             "--\n日の出産業株式会社 カーシェア事業部 マーケティング課\n加治 美穂\n"
             f"{HQ}\nTEL 03-5405-7745"),
}
DISCLAIMER_JA = ("本メールには機密情報が含まれている場合があります。誤って受信された場合は、"
                 "お手数ですが送信者にご連絡のうえ、本メールを削除してください。")
DISCLAIMER_EN = ("This e-mail and any attachments may contain confidential information. "
                 "If you are not the intended recipient, please notify the sender and delete it. "
                 "Any unauthorised use or disclosure is prohibited.")


def s(key: str) -> str:
    return SIG[key][0]


def sig(key: str) -> str:
    return SIG[key][1]


MESSAGES: list[dict] = []

# ---------------------------------------------------------------------------------------
# 001-020
# ---------------------------------------------------------------------------------------

_p = people(1, 6)
MESSAGES.append({
    "id": "rental-001", "charset": "iso-2022-jp",
    "sender": s("horinouchi"),
    "to": ["ツバサシステム 岩城様 <iwaki@tsubasa-system.jp>"],
    "subject": "会員DB移行テスト 不整合レコードの件",
    "body": "ツバサシステム株式会社\n岩城様\n\nいつもお世話になっております。日の出産業の堀之内です。\n\n"
            "昨日の移行リハーサルで、生年月日と電話番号が旧DBと一致しなかった会員が6件ありました。\n"
            "旧システム側の値を下に貼りますので、変換ロジックの確認をお願いできますでしょうか。\n\n"
            + padded([["会員番号", "氏名", "フリガナ", "生年月日", "携帯", "メール"]]
                     + [[p["member"], p["name"], p["kana"], wareki(p, "slash"), p["tel"], p["email"]] for p in _p])
            + "\n\n※生年月日は旧DBでは和暦文字列で持っていたため、その変換で落ちている可能性があります。\n"
              "来週火曜の定例までにご回答いただけると助かります。\n\nよろしくお願いいたします。\n\n" + sig("horinouchi"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "6 real member records (name, DOB, mobile, e-mail) pasted as a padded table to the system vendor",
})

MESSAGES.append({
    "id": "rental-002", "charset": "iso-2022-jp",
    "sender": "日の出レンタカー 予約センター <yoyaku@hinode-sangyo.co.jp>",
    "to": ["tokashiki.nana77@gmail.com"],
    "subject": "【日の出レンタカー】ご予約内容の確認（予約番号 RS-2511-08812）",
    "body": "渡嘉敷 奈々 様\n\nこの度は日の出レンタカーをご予約いただき、誠にありがとうございます。\n"
            "以下の内容でご予約を承りました。\n\n"
            "■予約番号　　RS-2511-08812\n■貸出　　　　11月22日(土) 10:00　那覇空港営業所\n"
            "■返却　　　　11月25日(火) 17:00　那覇空港営業所\n■車両クラス　S-2（コンパクト／禁煙）\n"
            "■オプション　チャイルドシート×1、免責補償\n■お見積金額　32,780円（税込）\n\n"
            "ご来店時には、運転されるすべての方の運転免許証（原本）をお持ちください。\n"
            "空港到着後は、到着ロビー出口の送迎バス乗り場（4番）でお待ちください。\n\n"
            "ご予約の変更・取消は、予約番号を添えてこのメールにご返信いただくか、\n"
            "予約センター（0120-316-800 / 8:00-20:00）までお電話ください。\n\n"
            "日の出レンタカー 予約センター\nhttps://rent.hinode-sangyo.co.jp/\n",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "booking confirmation to the customer herself on free mail: her own reservation, no one else's data",
})

_p = people(3, 8)
MESSAGES.append({
    "id": "rental-003", "charset": "shift_jis",
    "sender": s("saegusa"),
    "to": ["さくらホテル 宿泊営業部 <shukuhaku@sakura-hotel.jp>"],
    "cc": ["kubodera.s@hinode-sangyo.co.jp"],
    "subject": "12月分「レンタカー付き宿泊プラン」ご予約者リスト",
    "body": "さくらホテル 宿泊営業部 御中\n\nいつも大変お世話になっております。\n日の出産業の三枝でございます。\n\n"
            "12月分のレンタカー付き宿泊プランのご予約者一覧をCSVでお送りいたします。\n"
            "チェックイン時のお車お渡し準備のため、フロント様にご共有いただけますと幸いです。\n\n"
            "何卒よろしくお願い申し上げます。\n\n" + sig("saegusa"),
    "attachments": [{"kind": "csv", "name": "宿泊プラン予約者_202512.csv", "encoding": "cp932",
                     "rows": [["予約番号", "氏名", "フリガナ", "電話番号", "チェックイン", "泊数", "車両クラス"]]
                     + [[f"SH{25120 + i:06d}", p["name"], p["kana"], p["tel"], f"2025/12/{3 + i * 3:02d}",
                         str(1 + i % 3), ["S", "M", "W", "S"][i % 4]] for i, p in enumerate(_p)]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "CSV (CP932) of 8 guests with name and phone to the partner hotel",
})

_p = people(4, 5)
MESSAGES.append({
    "id": "rental-004", "charset": "iso-2022-jp",
    "sender": s("kanematsu"),
    "to": ["大森 卓 <t-omori@minato-kasai.co.jp>"],
    "subject": "Re: 10月受付分 事故案件の照合のお願い",
    "body": "みなと火災海上保険\n損害サービス第二課 大森様\n\nお世話になっております。日の出産業 事故対応センターの兼松です。\n\n"
            "ご照会の5件、当社の事故受付簿と照合いたしました。\n"
            "いずれも受付日・営業所・車両番号とも一致しております。\n"
            "修理見積書は揃い次第、個別にお送りします。\n\n以上、取り急ぎご報告まで。\n\n" + sig("kanematsu")
            + "\n\n> 日の出産業株式会社 兼松様\n>\n> 下記5件について、貴社事故受付との照合をお願いします。\n>\n"
            + "\n".join(f"> {i + 1}. {p['name']} 様　TEL {p['tel']}　{p['addr']}" for i, p in enumerate(_p))
            + "\n>\n> みなと火災海上保険 損害サービス第二課 大森\n",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the 5-person list is only in the quoted insurer mail (> lines); new text has no personal data",
})

_p = people(5, 6)
_areas = ["羽田空港", "那覇空港", "新千歳空港", "品川駅前", "那覇空港", "羽田空港"]
_what = ["駐車場内で後退時に柱へ接触", "交差点で右折時に対向車と接触（物損）", "凍結路でスリップ、縁石に接触",
         "コインパーキング精算機に接触", "駐車中に当て逃げ（相手不明）", "料金所ETCバー接触"]
MESSAGES.append({
    "id": "rental-005", "charset": "utf-8",
    "sender": s("kanematsu"),
    "to": ["平和損害保険 自動車損害サービス課 <jidosha-sa@heiwa-sonpo.co.jp>"],
    "subject": "フリート契約 10月度事故報告一覧の送付",
    "body": "平和損害保険株式会社\n自動車損害サービス課 ご担当者様\n\nいつもお世話になっております。\n"
            "日の出産業 事故対応センターの兼松でございます。\n\n"
            "フリート契約（証券番号 FL-2231-00458）の10月度事故報告一覧をお送りいたします。\n"
            "運転者の免許証情報は各営業所で写しを確認した内容を転記しております。\n\n"
            "ご確認のほどよろしくお願いいたします。\n\n" + sig("kanematsu"),
    "attachments": [{"kind": "xlsx", "name": "事故報告一覧_2025年10月.xlsx",
                     "sheets": {
                         "事故一覧": [["2025年10月 事故受付一覧（日の出レンタカー）"], [],
                                  ["受付番号", "発生日", "営業所", "運転者氏名", "生年月日", "免許証番号", "連絡先", "事故概要"]]
                                 + [[f"AC-2510-{31 + i:03d}", f"2025/10/{2 + i * 4:02d}", _areas[i], p["name"],
                                     wareki(p, "slash"), p["lic"], p["tel"], _what[i]] for i, p in enumerate(_p)],
                         "車両": [["受付番号", "登録番号", "車種", "走行距離"]]
                               + [[f"AC-2510-{31 + i:03d}", f"品川 500 わ {1200 + i * 37}", "コンパクト", 18000 + i * 4100]
                                  for i in range(6)],
                     }}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX with 6 drivers' names, DOB, licence numbers and phones to the insurer",
})

MESSAGES.append({
    "id": "rental-006", "charset": "iso-2022-jp",
    "sender": s("saegusa"),
    "to": ["旅路トラベル 仕入課 新田様 <nitta@tabiji-travel.co.jp>"],
    "subject": "営業所一覧（2026年版）のご送付",
    "body": "株式会社旅路トラベル\n仕入課 新田様\n\nお世話になっております。日の出産業の三枝です。\n"
            "パンフレット掲載用の営業所一覧を更新しましたのでお送りします。\n新千歳空港営業所の電話番号が変わっておりますのでご注意ください。\n\n"
            + padded([["営業所", "住所", "電話", "営業時間"],
                      ["羽田空港営業所", "東京都大田区羽田空港3-3-2", "03-5757-3390", "7:00-23:00"],
                      ["品川駅前営業所", "東京都港区高輪3-25-23", "03-5447-1180", "8:00-21:00"],
                      ["新千歳空港営業所", "北海道千歳市美々1292-12", "0123-46-2281", "7:30-22:00"],
                      ["那覇空港営業所", "沖縄県那覇市字鏡水150-3", "098-858-4410", "8:00-21:00"],
                      ["石垣空港営業所", "沖縄県石垣市字白保1960-104", "0980-87-0551", "8:00-20:00"],
                      ["中部国際空港営業所", "愛知県常滑市セントレア1-1", "0569-38-7720", "7:00-22:00"]])
            + "\n\n※那覇・石垣は台風接近時に臨時休業する場合があります。\n\n" + sig("saegusa"),
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of branches (business addresses and phones), not people",
})

_p = people(7, 6)
MESSAGES.append({
    "id": "rental-007", "charset": "shift_jis",
    "sender": s("saegusa"),
    "to": ["川崎電機 総務部 車両担当 <sharyo@kawasaki-denki.co.jp>"],
    "subject": "法人レンタカー契約 登録ドライバー確認書（ご確認依頼）",
    "body": "川崎電機株式会社\n総務部 車両ご担当者様\n\nいつも格別のお引き立てを賜り、ありがとうございます。\n\n"
            "先日ご提出いただいた登録ドライバー申請書をもとに、確認書を作成しました。\n"
            "記載内容に誤りがないかご確認のうえ、押印してご返送ください。\n\n" + sig("saegusa"),
    "attachments": [{"kind": "docx", "name": "登録ドライバー確認書_川崎電機様.docx",
                     "title": "登録ドライバー確認書",
                     "paragraphs": ["登録ドライバー確認書", "川崎電機株式会社 御中", "2025年11月14日",
                                    "下記の方を法人契約（契約番号 CP-0719）の登録ドライバーとして登録します。"],
                     "tables": [[["社員番号", "氏名", "フリガナ", "生年月日", "免許種別・有効期限", "携帯電話"]]
                                + [[f"K{40210 + i * 13}", p["name"], p["kana"], wareki(p, "kanji"),
                                    f"普通 令和{8 + i % 3}年{p['m']}月{p['d']}日まで", p["tel"]] for i, p in enumerate(_p)]]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "DOCX table of 6 drivers with DOB and mobile numbers to the corporate customer",
})

MESSAGES.append({
    "id": "rental-008", "charset": "iso-2022-jp",
    "sender": s("horinouchi"),
    "to": ["ツバサシステム 営業部 小野寺様 <onodera@tsubasa-system.jp>"],
    "subject": "秘密保持契約書（案）の送付について",
    "body": "ツバサシステム株式会社\n営業部 小野寺様\n\nお世話になっております。日の出産業の堀之内です。\n\n"
            "カーシェア予約アプリ刷新の件、要件定義に入る前に秘密保持契約を締結したく、\n"
            "当社標準ひな形をベースにした案をお送りします。\n\n"
            "第5条（秘密情報の返還・廃棄）と第8条（有効期間）について、御社法務のご意見を頂戴できればと思います。\n"
            "締結までは、会員データや実際の予約データはお渡しできませんのでご了承ください。\n\n" + sig("horinouchi"),
    "attachments": [{"kind": "docx", "name": "秘密保持契約書_案_v2.docx",
                     "paragraphs": ["秘密保持契約書（案）",
                                    "日の出産業株式会社（以下「甲」という。）とツバサシステム株式会社（以下「乙」という。）は、"
                                    "カーシェア予約システム刷新の検討（以下「本件」という。）に関し、次のとおり契約を締結する。",
                                    "第1条（秘密情報）本契約において秘密情報とは、本件に関し開示当事者が相手方に開示する技術上又は営業上の情報であって、"
                                    "開示の際に秘密である旨を明示したものをいう。",
                                    "第2条（秘密保持）受領当事者は、秘密情報を善良なる管理者の注意をもって管理し、第三者に開示又は漏えいしてはならない。",
                                    "第3条（個人情報）甲が乙に個人情報を預託する場合には、別途個人情報の取扱いに関する覚書を締結する。",
                                    "第5条（返還・廃棄）本契約終了時、受領当事者は秘密情報を速やかに返還又は廃棄する。",
                                    "第8条（有効期間）本契約の有効期間は締結日から2年間とする。",
                                    "甲：東京都港区浜松町2-7-15 日の出産業株式会社 代表取締役 ○○○○",
                                    "乙：東京都千代田区神田小川町1-4 ツバサシステム株式会社 代表取締役 ○○○○"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mail about an NDA with the draft attached; the word 秘密 is the subject matter, not a stamp",
})

_p = people(9, 7)
MESSAGES.append({
    "id": "rental-009", "charset": "utf-8",
    "sender": s("imaizumi"),
    "to": ["白川法律事務所 弁護士 東條先生 <tojo@shirakawa-law.jp>"],
    "subject": "未収金（NOC・修理費）回収ご依頼の対象者一覧",
    "body": "白川法律事務所\n弁護士 東條 先生\n\nいつもお世話になっております。日の出産業 経理課の今泉です。\n\n"
            "先日の打合せでご相談した、督促に応じていただけないお客様の一覧をPDFでお送りします。\n"
            "内容証明の発送をお願いできればと存じます。貸渡契約書の写しは郵送いたします。\n\n" + sig("imaizumi"),
    "attachments": [{"kind": "pdf", "name": "未収金対象者一覧_202511.pdf", "title": "未収金対象者一覧",
                     "lines": ["未収金（ノンオペレーションチャージ・修理費）対象者一覧", "2025年11月10日現在 日の出産業株式会社 経理課", ""],
                     "table": [["契約番号", "氏名", "住所", "電話", "未収額(円)", "最終督促"]]
                              + [[f"RC{2406100 + i * 77}", p["name"], p["addr"], p["tel"], f"{(i + 2) * 31500:,}",
                                  f"2025/{8 + i % 3}/{10 + i}"] for i, p in enumerate(_p)]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF table of 7 debtors with address and phone to the partner law firm",
})

_p = people(10, 1, ("沖縄県",))[0]
MESSAGES.append({
    "id": "rental-010", "charset": "iso-2022-jp",
    "sender": s("miyasaka"),
    "to": ["小柳社会保険労務士事務所 <office@koyanagi-sr.jp>"],
    "subject": "資格取得届の作成依頼（那覇空港営業所 パート1名）",
    "body": "小柳社会保険労務士事務所\n小柳先生\n\nお世話になっております。日の出産業 人事総務課の宮坂です。\n\n"
            "12月1日付で那覇空港営業所にカウンタースタッフ（パート）を1名採用しました。\n"
            "社会保険の資格取得届の作成をお願いいたします。\n\n"
            f"氏名：{_p['name']}（{_p['kana']}）\n生年月日：{wareki(_p, 'kanji')}\n"
            f"住所：〒{_p['zip']} {_p['addr']}\n個人番号：{fmt_mn(my_number(1801))}\n"
            "雇用形態：パートタイマー（週30時間）\n標準報酬の算定基礎：時給1,250円\n\n"
            "雇用契約書の写しは別途お送りします。\n\n" + sig("miyasaka"),
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a new hire's My Number (with name, DOB, address) in the body to an outside 社労士",
})

MESSAGES.append({
    "id": "rental-011", "charset": "shift_jis",
    "sender": s("saegusa"),
    "to": ["北国フーズ 管理部 車両ご担当 <kanri@kitaguni-foods.co.jp>"],
    "subject": "営業車マンスリーレンタル お見積り（2026年1月〜）",
    "body": "北国フーズ株式会社\n管理部 ご担当者様\n\n平素より大変お世話になっております。\n\n"
            "ご依頼いただきました営業車マンスリーレンタルのお見積りをお送りいたします。\n"
            "冬季（12〜3月）はスタッドレスタイヤ装着車をご用意いたします。\n"
            "ご不明点がございましたらお気軽にお問い合わせください。\n\n" + sig("saegusa"),
    "attachments": [{"kind": "xlsx", "name": "御見積書_北国フーズ様_マンスリー.xlsx",
                     "sheets": {"見積": [["御見積書　No. Q-2511-0442"], ["北国フーズ株式会社 御中"], [],
                                       ["品目", "車両クラス", "台数", "月額単価", "期間(月)", "金額"],
                                       ["マンスリーレンタル", "S（コンパクト）", 6, 58000, 12, 4176000],
                                       ["マンスリーレンタル", "V（ライトバン）", 4, 72000, 12, 3456000],
                                       ["スタッドレス装着", "—", 10, 4500, 4, 180000],
                                       ["免責補償", "—", 10, 1650, 12, 198000],
                                       [], ["", "", "", "", "小計", 8010000], ["", "", "", "", "消費税", 801000],
                                       ["", "", "", "", "合計", 8811000]],
                                "条件": [["お見積条件"], ["有効期限", "2025年12月26日"], ["お支払", "月末締め翌月末払い"],
                                       ["配車", "札幌市内・千歳市内は無償"]]}}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "price quotation to a partner: prices and product codes only",
})

_p = people(12, 6)
_rows = "".join(f"<tr><td>TB-{6610 + i}</td><td>{p['name']}</td><td>{p['tel']}</td><td>{p['email']}</td>"
                f"<td>12/{14 + i // 2}</td><td>{'那覇空港' if i % 2 else '石垣空港'}</td></tr>" for i, p in enumerate(_p))
MESSAGES.append({
    "id": "rental-012", "charset": "utf-8",
    "sender": s("oshiro"),
    "to": ["旅路トラベル 沖縄支店 <okinawa@tabiji-travel.co.jp>"],
    "subject": "【配車確定】12月中旬 ツアー参加者のレンタカー割当",
    "html": "<html><body style=\"font-family:'Meiryo'\"><p>株式会社旅路トラベル 沖縄支店 御中</p>"
            "<p>いつもお世話になっております。日の出レンタカー那覇空港営業所の大城です。<br>"
            "12月中旬出発分のツアー参加者様の配車が確定しましたので、ご連絡いたします。</p>"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
            "<tr style=\"background:#dde\"><th>ツアー予約</th><th>代表者氏名</th><th>携帯</th><th>メール</th><th>受取日</th><th>受取営業所</th></tr>"
            + _rows + "</table>"
            "<p>当日、代表者様の携帯に営業所からご到着確認のお電話をいたします。</p>"
            "<p>大城 亮<br>日の出レンタカー 那覇空港営業所<br>TEL 098-858-4410</p></body></html>",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of 6 customers' mobiles and e-mails to a travel agency",
})

_p = people(13, 2)
MESSAGES.append({
    "id": "rental-013", "charset": "iso-2022-jp",
    "sender": s("kanematsu"),
    "to": ["大森 卓 <t-omori@minato-kasai.co.jp>"],
    "subject": "AC-2511-007 人身事故 受傷状況のご報告",
    "body": "みなと火災海上保険 大森様\n\nお世話になっております。兼松です。\n"
            "11月3日に品川駅前営業所の貸渡車両で発生した追突事故（受付番号 AC-2511-007）について、\n"
            "お客様から受傷状況の連絡がありましたのでご報告します。\n\n"
            f"・運転者　{_p[0]['name']} 様（{_p[0]['y']}年生）\n"
            "　　診断名：頸椎捻挫、腰部打撲　全治2週間の見込み\n　　通院先：港南中央整形外科（週2回通院予定）\n"
            f"・同乗者　{_p[1]['name']} 様\n"
            "　　診断名：右手関節捻挫　通院1回で治癒見込み\n\n"
            "診断書の原本はお客様から郵送いただく予定です。\n"
            "人身傷害の一括対応についてご判断をお願いいたします。\n\n" + sig("kanematsu"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "named driver and passenger with injury diagnoses (medical information) sent to the insurer",
})

MESSAGES.append({
    "id": "rental-014", "charset": "shift_jis",
    "sender": s("saegusa"),
    "to": ["青葉運輸 旅客事業部 片桐様 <katagiri@aoba-unyu.co.jp>"],
    "cc": ["さくらホテル 宿泊営業部 井ノ口様 <inokuchi@sakura-hotel.jp>"],
    "subject": "ホテル〜営業所間シャトル運行の三者打合せ（12/4）",
    "body": "青葉運輸株式会社 片桐様\n（cc）さくらホテル 井ノ口様\n\nいつもお世話になっております。日の出産業の三枝です。\n\n"
            "先日お話ししたシャトル運行の件、三者で打合せの場を設けたく存じます。\n\n"
            "日時：12月4日（木）14:00〜15:00\n場所：さくらホテル 2階 会議室「楓」\n"
            "議題：\n　1. 運行ダイヤ案（朝7便・夕6便）\n　2. 乗降場所と案内表示\n　3. 費用分担と精算方法\n\n"
            "ダイヤ案は前日までにお送りします。ご都合が悪ければお知らせください。\n\n" + sig("saegusa"),
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "a normal three-way meeting mail: two partner organisations in To/Cc",
})

MESSAGES.append({
    "id": "rental-015", "charset": "utf-8",
    "sender": s("yanagisawa"),
    "to": ["関東自動車整備 工場長 <kojo@kanto-seibi.co.jp>",
           "東邦タイヤサービス 平和島SS <heiwajima@toho-tire.co.jp>",
           "湾岸モータース 鈑金部 <bankin@wangan-motors.co.jp>"],
    "subject": "年末年始の入庫スケジュールについて（各社様）",
    "body": "各社ご担当者様\n\nいつも大変お世話になっております。日の出産業 車両管理課の柳沢です。\n\n"
            "年末年始は貸出が集中するため、12/20〜1/5は原則として定期点検の入庫を停止します。\n"
            "事故車・故障車の緊急入庫のみ、従来どおり個別にご連絡します。\n\n"
            "・12/19（金）までに入庫済みの車両は、12/26（金）までの納車をお願いします。\n"
            "・1/6（火）以降、スタッドレス交換とあわせて再開します。\n"
            "・期間中の連絡先：車両管理課 当番携帯 080-2291-6630\n\n"
            "ご協力のほどよろしくお願いいたします。\n\n" + sig("yanagisawa"),
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three vendor companies in To can see each other's addresses: should have been Bcc",
})

MESSAGES.append({
    "id": "rental-016", "charset": "iso-2022-jp",
    "sender": s("kubodera"),
    "to": ["野々村 葵 <nonomura.a@hinode-sangyou.co.jp>"],
    "subject": "年末の応援スタッフ派遣について",
    "body": "野々村さん\n\nお疲れさまです。羽田の久保寺です。\n"
            "12/27〜12/30の応援の件、羽田から2名出せることになりました。\n"
            "宿泊は千歳駅前のビジネスホテルを総務で押さえてもらっています。\n\n"
            "カウンター端末のID発行だけ、そちらで申請をお願いできますか。\n\nよろしくお願いします。\n\n" + sig("kubodera"),
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "colleague's address mistyped as hinode-sangyou.co.jp: a look-alike of the own domain",
})

_p = people(17, 12)
MESSAGES.append({
    "id": "rental-017", "charset": "utf-8",
    "sender": s("sanada"),
    "to": [s("kaji")],
    "cc": ["cs-list@mail.hinode-sangyo.co.jp"],
    "subject": "【社内】休眠会員リスト（再開キャンペーン対象）",
    "body": "加治さん\n\nお疲れさまです。会員サービス課の真田です。\n"
            "ご依頼の休眠会員（12か月以上利用なし）の抽出結果を添付します。\n"
            "まずはテスト配信用に12名分だけ出しています。\n"
            "配信停止フラグが立っている人は除外済みです。\n\n真田\n",
    "attachments": [{"kind": "csv", "name": "kyumin_members_test.csv", "encoding": "utf-8",
                     "rows": [["member_id", "name", "email", "tel", "birth", "last_use"]]
                     + [[p["member"], p["name"], p["email"], p["tel"], wareki(p, "iso"), f"2024-{1 + i % 9:02d}-15"]
                        for i, p in enumerate(_p)]}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "member list CSV, but every recipient is internal (incl. the mail. subdomain)",
})

MESSAGES.append({
    "id": "rental-018", "charset": "shift_jis",
    "sender": s("yanagisawa"),
    "to": ["東京ミライ自動車販売 法人営業部 真鍋様 <manabe@mirai-jihan.co.jp>"],
    "subject": "【社外秘】2026年度 車両入替計画（案）",
    "body": "東京ミライ自動車販売株式会社\n法人営業部 真鍋様\n\nお世話になっております。日の出産業の柳沢です。\n\n"
            "来期の入替計画（案）の概要です。発注台数の確定は2月の取締役会後になります。\n\n"
            "　コンパクト　　入替 140台（うちHV 90台）\n　ミニバン　　　入替  60台\n"
            "　EV（カーシェア）新規 35台\n　売却予定　　　計 210台（走行5万km超を優先）\n\n"
            "値引き条件と納期について、12月中旬までにご提案いただけますと幸いです。\n\n" + sig("yanagisawa"),
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "subject stamped 【社外秘】 going to an outside car dealer",
})

MESSAGES.append({
    "id": "rental-019", "charset": "utf-8",
    "sender": s("kanematsu"),
    "to": ["菅野 里美 <kanno.s@heiwa-sonpo.co.jp>"],
    "subject": "AC-2511-012 関係書類一式（パスワード別送）",
    "body": "平和損害保険 菅野様\n\nお世話になっております。兼松です。\n"
            "AC-2511-012の関係書類（事故報告書、貸渡契約書写し、免許証写し、修理見積）をZIPでお送りします。\n"
            "解凍パスワードは別メールでお送りします。\n\n" + sig("kanematsu"),
    "attachments": [{"kind": "zip", "name": "AC-2511-012_書類一式.zip", "password": "Hn2511#kz",
                     "files": [{"kind": "pdf", "name": "事故報告書.pdf", "lines": ["事故報告書 AC-2511-012", "運転者 早乙女 健太", "免許証番号 301904417720"]},
                               {"kind": "xlsx", "name": "修理見積.xlsx", "sheets": {"見積": [["部位", "金額"], ["Rバンパー", 86000]]}}]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) cannot be inspected",
})

MESSAGES.append({
    "id": "rental-020", "charset": "iso-2022-jp",
    "sender": s("kanematsu"),
    "to": ["大森 卓 <t-omori@minato-kasai.co.jp>"],
    "subject": "上期 営業所別 事故発生状況（更改資料）",
    "body": "みなと火災海上保険 大森様\n\nお世話になっております。\n来期のフリート契約更改に向けて、上期（4〜9月）の営業所別事故発生状況をまとめました。\n\n"
            + padded([["営業所", "貸渡件数", "事故件数", "うち人身", "発生率(%)", "支払額(千円)"],
                      ["羽田空港", "18,420", "61", "4", "0.33", "12,480"],
                      ["品川駅前", "9,310", "38", "2", "0.41", "6,920"],
                      ["新千歳空港", "11,775", "52", "1", "0.44", "9,105"],
                      ["那覇空港", "24,060", "97", "6", "0.40", "21,330"],
                      ["石垣空港", "5,480", "19", "0", "0.35", "2,870"],
                      ["中部国際空港", "7,215", "22", "1", "0.30", "4,015"]])
            + "\n\n那覇は観光需要の増加に伴い件数が増えていますが、発生率は前年同期（0.46%）より改善しています。\n"
              "詳細な分析資料は次回お打合せ時にお持ちします。\n\n" + sig("kanematsu"),
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate accident statistics per branch, no people",
})

# ---------------------------------------------------------------------------------------
# 021-040
# ---------------------------------------------------------------------------------------

_p = people(21, 10)
MESSAGES.append({
    "id": "rental-021", "charset": "utf-8",
    "sender": s("horinouchi"),
    "to": ["岩城 俊介 <iwaki@tsubasa-system.jp>"],
    "cc": ["ツバサシステム 開発 <dev-hinode@tsubasa-system.jp>"],
    "subject": "Re: 移行サンプルデータの件",
    "body": "岩城様\n\n堀之内です。\nお待たせしました。本番DBから抽出したサンプル（カーシェア会員10件）をZIPでお送りします。\n"
            "CSVが会員基本情報、Excelが利用履歴です。文字コードはUTF-8です。\n\n"
            "テスト環境への投入後、結果を共有いただけますか。\n\n" + sig("horinouchi"),
    "attachments": [{"kind": "zip", "name": "sample_members_20251118.zip",
                     "files": [{"kind": "csv", "name": "members.csv", "encoding": "utf-8",
                                "rows": [["会員ID", "氏名", "カナ", "生年月日", "郵便番号", "住所", "電話", "メール"]]
                                + [[p["member"], p["name"], p["kana"], wareki(p, "iso"), p["zip"], p["addr"], p["tel"], p["email"]]
                                   for p in _p]},
                               {"kind": "xlsx", "name": "usage_history.xlsx",
                                "sheets": {"履歴": [["会員ID", "利用日", "ステーション", "利用時間(分)", "料金"]]
                                         + [[p["member"], f"2025-10-{3 + i:02d}", f"ST-{210 + i}", 60 + i * 15, 880 + i * 220]
                                            for i, p in enumerate(_p)]}}]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "ZIP (not encrypted) holding a CSV of 10 members' full records, sent to the system vendor",
})

_p = people(22, 1)[0]
_c = card_number(1801)
MESSAGES.append({
    "id": "rental-022", "charset": "shift_jis",
    "sender": s("kubodera"),
    "to": ["さくらホテル羽田 フロント 井ノ口様 <inokuchi@sakura-hotel.jp>"],
    "subject": "ご宿泊者様のキャンセル料精算について",
    "body": "さくらホテル羽田\nフロント 井ノ口様\n\nお世話になっております。日の出レンタカー羽田空港営業所の久保寺です。\n\n"
            "本日お電話でご相談した件です。ホテル経由でご予約のお客様が当日キャンセルとなり、\n"
            "お客様からは「ホテルに登録したカードで一緒に精算してほしい」とのことでした。\n"
            "お客様に確認したカード情報をお伝えしますので、キャンセル料と合わせてご請求いただけますでしょうか。\n\n"
            f"　お名前：{_p['name']} 様\n　カード番号：{fmt_card(_c)}\n　有効期限：08/28\n"
            "　請求額：レンタカーキャンセル料 5,500円（税込）\n\n"
            "お手数をおかけしますがよろしくお願いいたします。\n\n" + sig("kubodera"),
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a customer's full credit card number in the body to the partner hotel",
})

MESSAGES.append({
    "id": "rental-023", "charset": "iso-2022-jp",
    "sender": s("kanematsu"),
    "to": ["mitarai_kaori@yahoo.co.jp"],
    "subject": "お借りいただいたお車の修理費用について（AC-2511-019）",
    "body": "御手洗 香織 様\n\n日の出レンタカー 事故対応センターの兼松でございます。\n"
            "先日はご連絡いただきありがとうございました。\n\n"
            "11月8日にご返却いただいたお車（左リアドアのへこみ）の修理見積がまとまりましたのでご報告いたします。\n\n"
            "　修理費用：128,700円（車両・対物補償の対象となります）\n"
            "　お客様のご負担：ノンオペレーションチャージ 20,000円のみ\n"
            "　（免責補償にご加入いただいていたため、免責額のご負担はございません）\n\n"
            "お支払いは、ご返却時にご登録いただいたカードで12月1日に決済させていただきます。\n"
            "ご不明な点がございましたら、受付番号 AC-2511-019 をお知らせのうえお問い合わせください。\n\n" + sig("kanematsu"),
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "damage estimate to the customer herself (one free-mail recipient), only her own case",
})

_p = people(24, 9)
MESSAGES.append({
    "id": "rental-024", "charset": "iso-2022-jp",
    "sender": s("sanada"),
    "to": ["錦印刷 製作部 沢井様 <sawai@nishiki-insatsu.co.jp>"],
    "subject": "プレミアム会員カード 12月発行分 データ入稿",
    "body": "錦印刷株式会社 製作部\n沢井様\n\nいつもお世話になっております。日の出産業 会員サービス課の真田です。\n\n"
            "12月発行分のプレミアム会員カードの差込データ（タブ区切り）を入稿いたします。\n"
            "台紙の宛名印字と封入・発送まで、従来どおりお願いいたします。\n"
            "発送予定日は12月10日でお願いできますでしょうか。\n\n" + sig("sanada"),
    "attachments": [{"kind": "txt", "name": "premium_card_202512.tsv", "encoding": "utf-8",
                     "text": tsv([["会員番号", "氏名", "フリガナ", "郵便番号", "住所", "ランク", "有効期限"]]
                                 + [[p["member"], p["name"], p["kana"], p["zip"], p["addr"],
                                     ["GOLD", "SILVER", "GOLD"][i % 3], "2027/12"] for i, p in enumerate(_p)])}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "TSV file with 9 members' names and home addresses to the printing partner",
})

_p = people(25, 5)
_inner = {
    "charset": "utf-8",
    "sender": s("sanada"),
    "to": [s("yanagisawa")],
    "subject": "ステーション外返却（放置）会員の件",
    "body": "柳沢さん\n\n今月ステーション外に返却（放置）した会員です。パークリンクさんにも確認が必要かもしれません。\n\n"
            + "\n".join(f"{p['member']} / {p['name']} / {p['tel']} / 返却先：{['品川区東品川', '大田区蒲田', '港区芝浦', '江東区有明', '大田区大森'][i]}付近コインP"
                        for i, p in enumerate(_p))
            + "\n\n真田\n",
}
MESSAGES.append({
    "id": "rental-025", "charset": "utf-8",
    "sender": s("yanagisawa"),
    "to": ["パークリンク 運営管理部 <unei@parklink.co.jp>"],
    "subject": "FW: ステーション外返却（放置）会員の件",
    "body": "株式会社パークリンク 運営管理部 御中\n\nお世話になっております。日の出産業 車両管理課の柳沢です。\n"
            "社内で共有していたメールを添付します。御社コインパーキングに放置された当社カーシェア車両の件です。\n"
            "駐車料金の精算方法についてご相談させてください。\n\n" + sig("yanagisawa"),
    "attachments": [{"kind": "eml", "name": "ステーション外返却会員の件.eml", "message": _inner}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "attached internal mail lists 5 members with names and mobiles; sent on to a parking operator",
})

MESSAGES.append({
    "id": "rental-026", "charset": "shift_jis",
    "sender": s("yanagisawa"),
    "to": ["関東自動車整備 工場長 仁科様 <nishina@kanto-seibi.co.jp>"],
    "subject": "工場見学（12/9）参加者のご連絡",
    "body": "関東自動車整備株式会社\n工場長 仁科様\n\nお世話になっております。柳沢です。\n"
            "12月9日（火）の工場見学、当社からの参加者は以下の3名です。\n"
            "当日の遅延連絡用に携帯番号も記載します。\n\n"
            "　・柳沢 拓海（車両管理課）　080-4120-7735\n　・比嘉 翔太（那覇空港営業所）　090-2286-4019\n"
            "　・蒲生 里穂（品川駅前営業所）　070-5531-8802\n\n"
            "10時に正門前に伺います。駐車場を2台分お借りできれば助かります。\n\n" + sig("yanagisawa"),
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three attendees with mobile numbers to a vendor: below the 5-person threshold (warn at most)",
})

_p = people(27, 5)
_fl = ["JL 917", "NH 993", "JL 913", "BC 505", "NH 469"]
MESSAGES.append({
    "id": "rental-027", "charset": "iso-2022-jp",
    "sender": s("kubodera"),
    "to": ["青葉運輸 配車センター <haisha@aoba-unyu.co.jp>"],
    "subject": "転送: 12/12 到着のお客様（送迎バス手配）",
    "body": "青葉運輸 配車センター 御中\n\nお世話になっております。羽田の久保寺です。\n"
            "旅路トラベル様から届いた到着者リストを転送します。送迎バスの乗車確認にお使いください。\n\n"
            "---------- 転送メッセージ ----------\n差出人: 旅路トラベル 手配課 <tehai@tabiji-travel.co.jp>\n"
            "日付: 2025年12月10日 16:02\n件名: 12/12 到着のお客様\n宛先: kubodera.s@hinode-sangyo.co.jp\n\n"
            "日の出レンタカー 久保寺様\n\n12/12羽田到着のお客様です。営業所までの送迎をお願いします。\n\n"
            + "\n".join(f"{i + 1}) {p['name']}（{p['kana']}）様　{_fl[i]}便　携帯 {p['tel']}" for i, p in enumerate(_p))
            + "\n\n旅路トラベル 手配課 神保\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "forwarded (転送) list of 5 customers with mobiles: the forward is new text to the bus company",
})

_p = people(28, 1)[0]
MESSAGES.append({
    "id": "rental-028", "charset": "utf-8",
    "sender": s("kanematsu"),
    "to": ["菅野 里美 <kanno.s@heiwa-sonpo.co.jp>"],
    "subject": "AC-2511-023 運転者情報（免許証写しより転記）",
    "body": "平和損害保険 菅野様\n\nお世話になっております。兼松です。\nご依頼の運転者情報を、貸渡時に取得した免許証の写しから転記します。\n\n"
            f"　氏名　　　　{_p['name']}\n　生年月日　　{wareki(_p, 'kanji')}\n　住所　　　　{_p['addr']}\n"
            f"　免許証番号　第 {_p['lic']} 号\n　免許の種類　中型（8t限定）、普通\n　有効期限　　令和9年{_p['m']}月{_p['d']}日\n\n"
            "写しの画像は社内規程によりメールではお送りできませんので、必要であれば郵送します。\n\n" + sig("kanematsu"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "one customer's driver's licence number (identity document) in the body to the insurer",
})

_p = people(29, 1)[0]
MESSAGES.append({
    "id": "rental-029", "charset": "shift_jis",
    "sender": s("kanematsu"),
    "to": ["菅野 里美 <kanno.s@heiwa-sonpo.co.jp>"],
    "subject": "RE: AC-2511-023 運転者情報の訂正",
    "body": "菅野様\n\nご連絡ありがとうございます。\n訂正後の内容で承知いたしました。当社の事故受付簿も修正しておきます。\n\n"
            "引き続きよろしくお願いいたします。\n\n兼松\n\n"
            "-----Original Message-----\nFrom: 菅野 里美 <kanno.s@heiwa-sonpo.co.jp>\nSent: Wednesday, November 19, 2025 11:42 AM\n"
            "To: 兼松 由佳 <kanematsu.y@hinode-sangyo.co.jp>\nSubject: AC-2511-023 運転者情報の訂正\n\n"
            "日の出産業 兼松様\n\n先日いただいた運転者情報のうち、免許証番号に誤りがあったようです。\n"
            f"正しくは以下のとおりと運転者ご本人から伺いました。\n\n　{_p['name']} 様\n　免許証番号 {_p['lic']}\n"
            f"　生年月日 {wareki(_p, 'short')}\n\nご確認をお願いします。\n\n平和損害保険 自動車損害サービス課 菅野\n",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the licence number is only in the quoted Original Message from the insurer; the reply adds nothing",
})

_p = people(30, 1)[0]
MESSAGES.append({
    "id": "rental-030", "charset": "iso-2022-jp",
    "sender": s("oshiro"),
    "to": ["ハンドテックモビリティ 技術課 <gijutsu@handtech-mobility.co.jp>"],
    "subject": "手動運転装置の取付依頼（1/15貸出分）",
    "body": "ハンドテックモビリティ株式会社\n技術課 ご担当者様\n\nいつもお世話になっております。那覇空港営業所の大城です。\n\n"
            "1月15日から1週間ご利用予定のお客様について、手動運転装置の取付をお願いします。\n\n"
            f"　お客様：{_p['name']} 様（{_p['tel']}）\n"
            "　身体障害者手帳：1種2級（両下肢機能障害）\n　車いす使用、普段は左手アクセル・右手ブレーキのタイプをお使いとのことです\n"
            "　車両：プリウス（那覇 500 わ 2817）\n\n"
            "取付日程が決まりましたら、お客様にも直接ご説明いただけると助かります。\n\n" + sig("oshiro"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named customer's disability (身体障害者手帳, 両下肢機能障害) sent to an outside vendor",
})

MESSAGES.append({
    "id": "rental-031", "charset": "utf-8",
    "sender": s("yanagisawa"),
    "to": ["青葉運輸 陸送課 <rikuso@aoba-unyu.jp>"],
    "subject": "回送依頼（羽田→那覇 フェリー便 6台）",
    "body": "青葉運輸株式会社 陸送課 御中\n\nお世話になっております。柳沢です。\n年末の那覇増車分として、下記6台の回送をお願いします。\n\n"
            "　羽田空港営業所 発：12月5日（金）午前\n　那覇新港 着：12月8日（月）予定\n"
            "　車両：品川 500 わ 3301〜3306（ヤリス 6台）\n\n見積書をお送りいただけますでしょうか。\n\n" + sig("yanagisawa"),
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.jp drops the co. of partner aoba-unyu.co.jp: look-alike domain",
})

MESSAGES.append({
    "id": "rental-032", "charset": "iso-2022-jp",
    "sender": s("yanagisawa"),
    "to": ["関東自動車整備 フロント 戸塚様 <totsuka@kanto-seibi.co.jp>"],
    "subject": "車検入庫日の変更について",
    "body": "関東自動車整備株式会社\nフロント 戸塚様\n\nお世話になっております。\n"
            "品川 500 わ 1842 の車検入庫日を、12月2日から12月4日に変更させてください。\n"
            "年末の貸出予約が前倒しで入ってしまい、申し訳ありません。\n代車は不要です。\n\n"
            "以上、よろしくお願いいたします。\n\n"
            "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n日の出産業（株） モビリティ事業本部\n車両管理課 主任\n柳沢 拓海（やなぎさわ たくみ）\n"
            "〒143-0006 東京都大田区平和島3-2-8 日の出平和島整備センター\nTEL 03-3766-5520 内線214 ／ FAX 03-3766-5529\n"
            "携帯 080-4120-7735（不在時はこちらへ）\nyanagisawa.t@hinode-sangyo.co.jp\nhttps://rent.hinode-sangyo.co.jp/\n"
            "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n" + DISCLAIMER_JA + "\n",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "ordinary vendor mail: long sender signature with mobile, plus the standard disclaimer",
})

_p = people(33, 5)
MESSAGES.append({
    "id": "rental-033", "charset": "utf-8",
    "sender": s("kaji"),
    "to": ["さくらホテル マーケティング室 <marketing@sakura-hotel.jp>"],
    "subject": "共同キャンペーン打合せ資料（優待対象会員）",
    "body": "さくらホテル マーケティング室 御中\n\nお世話になっております。日の出産業の加治です。\n"
            "明日の打合せ資料をお送りします。4枚目以降が、宿泊優待の対象としたいヘビーユーザーの会員様です。\n\n" + sig("kaji"),
    "attachments": [{"kind": "pptx", "name": "共同キャンペーン_打合せ資料_1120.pptx",
                     "slides": [["日の出レンタカー × さくらホテル 冬の共同キャンペーン", "2025年11月20日", "日の出産業株式会社 カーシェア事業部"],
                                ["目的", "相互送客による閑散期（1〜2月）の稼働向上", "対象：年間利用10回以上の会員"],
                                ["スケジュール", "12月中旬 告知開始", "1月6日〜2月28日 実施"]]
                               + [["優待対象会員 候補（" + str(i + 1) + "）", f"{p['name']} 様（{p['kana']}）",
                                   f"会員番号 {p['member']}", f"携帯 {p['tel']}", f"年間利用 {24 - i * 3}回 / {p['pref']}在住"]
                                  for i, p in enumerate(_p)]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PPTX whose slides each hold one of 5 members' name and mobile, sent to the partner hotel",
})

MESSAGES.append({
    "id": "rental-034", "charset": "utf-8",
    "sender": s("tsuboi"),
    "to": ["Grace Lim <grace.lim@pacificgateway-tours.com>"],
    "subject": "Re: Booking PGT-88213 - passport details for IDP check",
    "body": "Dear Grace,\n\nThank you for your quick reply.\nTo complete the International Driving Permit check before arrival, here are the details "
            "our Naha counter recorded for your guest:\n\n"
            "  Name (as in passport): CHEN WEI-TING\n  Nationality: Taiwan\n  Date of birth: 14 MAR 1987\n"
            "  Passport No.: 312847705\n  IDP: issued 2025-09-02, Taipei\n\n"
            "Please confirm these match your booking record; otherwise the car cannot be released on 3 Dec.\n\n" + sig("tsuboi"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT"],
    "detectors": ["personal_data"],
    "note": "a foreign customer's passport number and DOB sent to an overseas tour operator",
})

MESSAGES.append({
    "id": "rental-035", "charset": "shift_jis",
    "sender": s("yanagisawa"),
    "to": ["青葉運輸 陸送課 <rikuso@aoba-unyu.co.jp>"],
    "subject": "回送ドライバー様向け 提携給油所・整備工場リスト",
    "body": "青葉運輸 陸送課 御中\n\nお世話になっております。柳沢です。\n"
            "回送中の給油・トラブル時にご利用いただける提携先の一覧を更新しました。\n"
            "ドライバー様に配布いただけますと助かります。\n\n" + sig("yanagisawa"),
    "attachments": [{"kind": "xlsx", "name": "提携給油所・整備工場一覧_2025冬.xlsx",
                     "sheets": {"給油所": [["提携給油所一覧（法人カード利用可）"], [],
                                        ["店舗名", "住所", "電話", "営業時間"],
                                        ["日の丸石油 平和島SS", "東京都大田区平和島1-1-3", "03-3761-2201", "24時間"],
                                        ["コスモ湾岸 浜松町SS", "東京都港区海岸1-4-9", "03-3434-8870", "6:00-22:00"],
                                        ["北斗石油 千歳空港通SS", "北海道千歳市北栄2-14-2", "0123-24-3310", "24時間"],
                                        ["南西石油 那覇空港前SS", "沖縄県那覇市鏡水412", "098-857-1102", "6:00-23:00"],
                                        ["中京エネルギー 常滑SS", "愛知県常滑市りんくう町2-20", "0569-35-4471", "24時間"]],
                                "整備工場": [["提携整備工場一覧"], [],
                                         ["工場名", "住所", "電話", "対応"],
                                         ["関東自動車整備 本社工場", "東京都大田区東海3-5-1", "03-3790-1120", "一般整備・鈑金"],
                                         ["道央モータース", "北海道千歳市上長都1053", "0123-22-8815", "一般整備・ロードサービス"],
                                         ["湾岸モータース", "東京都江東区新木場2-9-8", "03-3522-6640", "鈑金塗装"],
                                         ["うるま自動車工業", "沖縄県浦添市港川2-18-6", "098-877-3392", "一般整備"]]}}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "list of partner gas stations and garages (businesses), not people",
})

_p = people(36, 5, ("東京都", "神奈川県", "千葉県"))
MESSAGES.append({
    "id": "rental-036", "charset": "shift_jis",
    "sender": s("kubodera"),
    "to": ["関東自動車整備 代車係 <daisha@kanto-seibi.co.jp>"],
    "subject": "代車お届け先（12/3・12/4分）",
    "body": "関東自動車整備 代車係 御中\n\nいつもありがとうございます。羽田の久保寺です。\n"
            "修理入庫中のお客様への代車お届け先をお知らせします。到着前にお客様へお電話をお願いします。\n\n"
            + "\n".join(f"・{p['name']} 様　〒{zen(p['zip'])} {p['addr']}　ＴＥＬ {zen(p['tel'])}　{['12/3 午前', '12/3 午後', '12/3 夕方', '12/4 午前', '12/4 午後'][i]}"
                        for i, p in enumerate(_p))
            + "\n\n車両はすべて当社羽田の保管場所からお持ちください。\n\n" + sig("kubodera"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "「・」 bullet list of 5 customers with home address and phone (full-width digits) to a vendor",
})

_p = people(37, 1)[0]
MESSAGES.append({
    "id": "rental-037", "charset": "iso-2022-jp",
    "sender": s("kanematsu"),
    "to": ["菅野 里美 <kanno.s@heiwa-sonpo.co.jp>"],
    "subject": "【至急】AC-2511-031 酒気帯び運転による事故の件",
    "body": "平和損害保険 菅野様\n\nお世話になっております。兼松です。\n取り急ぎ第一報です。\n\n"
            f"11月22日深夜、品川駅前営業所の貸渡車両で単独事故が発生しました。運転者の{_p['name']}様"
            f"（貸渡契約 RC2411987、{_p['y']}年生）は、\n駆けつけた高輪警察署の呼気検査で基準値を超えるアルコールが検出され、\n"
            "酒気帯び運転の疑いで現行犯逮捕されたとのことです。\n\n"
            "貸渡約款上、飲酒運転は補償の対象外となりますが、車両損害の請求手続きについてご相談させてください。\n"
            "警察の事故証明が取れ次第お送りします。\n\n" + sig("kanematsu"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named customer's arrest for drunk driving (criminal record / arrest) sent to the insurer",
})

_p = people(38, 1, ("沖縄県",))[0]
MESSAGES.append({
    "id": "rental-038", "charset": "utf-8",
    "sender": s("oshiro"),
    "to": [s("miyasaka")],
    "subject": "新規パートのマイナンバー提出",
    "body": "宮坂さん\n\nお疲れさまです。那覇の大城です。\n12月入社のパートさんのマイナンバーを本人から預かりました。\n"
            "通知カードの写しは社内便で送ります。\n\n"
            f"　{_p['name']}（{_p['kana']}）\n　個人番号 {my_number(1802)}\n　生年月日 {wareki(_p, 'kanji')}\n\n"
            "扶養家族はいないとのことです。\n\n大城\n",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": [],
    "note": "My Number between two internal staff (hinode-sangyo.co.jp only)",
})

MESSAGES.append({
    "id": "rental-039", "charset": "utf-8",
    "sender": s("kanematsu"),
    "to": ["大森 卓 <t-omori@minato-kasai.co.jp>"],
    "subject": "AC-2511-007 事故報告書（PDF）",
    "body": "大森様\n\nお世話になっております。兼松です。\nAC-2511-007 の事故報告書をお送りします。\n"
            "PDFには閲覧パスワードを設定していますので、いつものパスワードでお開きください。\n\n" + sig("kanematsu"),
    "attachments": [{"kind": "pdf", "name": "事故報告書_AC-2511-007.pdf", "password": "mk-2511",
                     "lines": ["事故報告書", "受付番号 AC-2511-007", "発生日時 2025年11月3日 18時20分", "場所 東京都港区港南2丁目"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF: its content cannot be inspected",
})

MESSAGES.append({
    "id": "rental-040", "charset": "utf-8",
    "sender": s("saegusa"),
    "to": ["Nordlicht Japan HR <hr-japan@nordlicht-japan.co.jp>"],
    "subject": "Corporate rental - driver registration: residence card check",
    "body": "Dear HR team,\n\nThank you for registering your staff for our corporate rental programme.\n"
            "For one of the drivers, the residence card details on the application do not match the copy we received. "
            "Could you please check with the employee?\n\n"
            "  Driver: Lukas BRANDT\n  Residence card no. (application): UK48217736EA\n"
            "  Residence card no. (copy received): UK48217738EA\n  Period of stay: until 2027-03-31\n\n"
            "Once confirmed, we will activate his registration the same day.\n\n"
            "Kind regards,\n\nKazuma Saegusa\nCorporate Sales, Hinode Rent-a-Car\nHinode Sangyo Co., Ltd.\n+81-3-5405-7721\n",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "an employee's residence card number (在留カード) sent to the corporate customer",
})

# ---------------------------------------------------------------------------------------
# 041-060
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "rental-041", "charset": "utf-8",
    "sender": s("tsuboi"),
    "to": ["Grace Lim <grace.lim@pacificgateway-tours.com>"],
    "subject": "Re: Group KL-1207 arrivals",
    "body": "Hi Grace,\n\nNoted with thanks. We have reserved three 7-seater vans at our Naha Airport branch for the group, "
            "and our shuttle will wait at Gate 4 of the domestic terminal.\n\n"
            "No need to resend anything; our counter staff will check the documents on arrival as usual.\n\n"
            + sig("tsuboi") + "\n\n"
            "On Tue, 25 Nov 2025 at 09:14, Grace Lim <grace.lim@pacificgateway-tours.com> wrote:\n"
            "> Dear Ryo,\n>\n> Please find the lead drivers for group KL-1207 (arriving 7 Dec, MH 88):\n>\n"
            "> 1. TAN Boon Keat   Passport A38129904   DOB 1979-02-11   +60 12-338 4410\n"
            "> 2. LEE Mei Ling    Passport A41177026   DOB 1983-09-30   +60 16-902 1187\n"
            "> 3. WONG Kah Wai    Passport A29960318   DOB 1975-12-05   +60 19-455 7321\n"
            "> 4. SITI Aminah     Passport A50214477   DOB 1990-06-18   +60 13-771 0295\n"
            "> 5. RAJ Kumaran     Passport A46638102   DOB 1986-01-24   +60 17-228 6054\n>\n"
            "> Best,\n> Grace\n",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the passport list sits only in the quoted 'On … wrote:' part; the reply itself carries no data",
})

MESSAGES.append({
    "id": "rental-042", "charset": "iso-2022-jp",
    "sender": s("nonomura"),
    "to": ["ayaka.kumagai31@gmail.com", "takasago.naoki@gmail.com", "chihiro_anzai8@gmail.com"],
    "subject": "【重要】ご予約車両の変更のお知らせ（12月20日 新千歳空港）",
    "body": "お客様各位\n\n日の出レンタカー新千歳空港営業所でございます。\n"
            "12月20日にご予約いただいているお客様へご連絡いたします。\n\n"
            "ご予約いただいておりました車種（C-3クラス）に、メーカーからリコールの届出があり、\n"
            "点検完了まで貸出を停止することとなりました。\n"
            "同等以上のクラス（4WD・スタッドレス装着）のお車を追加料金なしでご用意いたします。\n\n"
            "ご不便をおかけし誠に申し訳ございません。\nご不明な点は営業所（0123-46-2281）までお問い合わせください。\n\n" + sig("nonomura"),
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient"],
    "note": "three private customers in To see each other's addresses: should have been Bcc",
})

_names = [("LIN Yu-Hsuan", "+886 912 447 308", "yuhsuan.lin@gmail.com", "Naha Harbor View Hotel"),
          ("HUANG Chia-Hao", "+886 935 210 774", "chiahao.h@yahoo.com.tw", "Sakura Hotel Naha"),
          ("PARK Ji-won", "+82 10-4417-2093", "jiwon.park88@naver.com", "Okinawa Central Inn"),
          ("CHOI Seung-hyun", "+82 10-8832-5510", "shchoi@daum.net", "Sakura Hotel Naha"),
          ("WU Tsz Ching", "+852 9338 1274", "tszching.wu@outlook.com", "Kumejima-dori Residence"),
          ("NG Ka Lok", "+852 6102 4485", "kalok.ng@gmail.com", "Okinawa Central Inn")]
MESSAGES.append({
    "id": "rental-043", "charset": "utf-8",
    "sender": s("tsuboi"),
    "to": ["Reservations <resv@pacificgateway-tours.com>"],
    "subject": "Unclaimed reservations - 30 Nov, Naha Airport",
    "body": "Dear Reservations team,\n\nThe following customers booked through you did not show up at our Naha Airport counter on 30 Nov. "
            "We tried to call them but could not get through. Could you reach them and let us know whether to keep the cars?\n\n"
            + "\n\n".join(f"[{i + 1}]\nName:  {n}\nMobile: {t}\nE-mail: {e}\nHotel:  {h}\nBooking: PGT-{88230 + i * 7}"
                          for i, (n, t, e, h) in enumerate(_names))
            + "\n\nWe will hold the cars until 18:00 JST today.\n\n" + sig("tsuboi"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "six customers, one record per block (name, mobile, e-mail), to an overseas tour operator",
})

_cn = corp_number("010401127735")
MESSAGES.append({
    "id": "rental-044", "charset": "shift_jis",
    "sender": s("imaizumi"),
    "to": ["北国フーズ 経理部 <keiri@kitaguni-foods.co.jp>"],
    "subject": "【請求書】2025年11月分 マンスリーレンタル料金",
    "body": "北国フーズ株式会社 経理部 御中\n\n平素は格別のお引き立てを賜り、厚く御礼申し上げます。\n"
            "11月分のご請求書をお送りいたします。\n\n"
            "　請求書番号：INV-2511-00873\n　ご請求金額：734,250円（税込）\n　お支払期日：2025年12月31日\n"
            "　振込先：みどり銀行 浜松町支店 普通 1187420 ニチノデサンギヨウ（カ\n\n"
            f"　適格請求書発行事業者登録番号：T{_cn}\n\n"
            "ご査収のほどよろしくお願い申し上げます。\n\n" + sig("imaizumi"),
    "attachments": [{"kind": "pdf", "name": "INV-2511-00873.pdf",
                     "lines": ["請求書", "北国フーズ株式会社 御中", "請求書番号 INV-2511-00873　発行日 2025年11月30日",
                               f"日の出産業株式会社　登録番号 T{_cn}", ""],
                     "table": [["品目", "数量", "単価", "金額"], ["マンスリーレンタル S", "6", "58,000", "348,000"],
                               ["マンスリーレンタル V", "4", "72,000", "288,000"], ["免責補償", "10", "1,650", "16,500"],
                               ["小計", "", "", "652,500"], ["消費税(10%)", "", "", "65,250"], ["ETC利用料(非課税)", "", "", "16,500"],
                               ["合計", "", "", "734,250"]]}],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "invoice with the company's own T-number and company bank account: business data only",
})

MESSAGES.append({
    "id": "rental-045", "charset": "utf-8",
    "sender": s("saegusa"),
    "to": ["青山モビリティコンサルティング 有村様 <arimura@aoyama-mc.co.jp>"],
    "subject": "料金改定シミュレーション（ご参考）",
    "body": "有村様\n\nお世話になっております。三枝です。\n来期の料金改定について、社内で作成したシミュレーションをお送りします。\n"
            "前提条件の置き方についてご意見をいただけますでしょうか。\n\n" + sig("saegusa"),
    "attachments": [{"kind": "xlsx", "name": "料金改定シミュレーション_FY2026.xlsx", "page_header": "社外秘",
                     "title": "【社外秘】料金改定シミュレーション",
                     "sheets": {"サマリー": [["【社外秘】FY2026 料金改定シミュレーション", "", "", "作成：レンタカー営業部"], [],
                                         ["クラス", "現行(24h)", "改定案(24h)", "改定率", "想定稼働率", "売上影響(百万円)"],
                                         ["S", 7700, 8250, "7.1%", "71%", 182], ["M", 9900, 10780, "8.9%", "66%", 121],
                                         ["W", 15400, 16500, "7.1%", "58%", 64], ["EV", 11000, 11000, "0.0%", "49%", 0]],
                                "前提": [["前提条件"], ["競合A社", "1月に平均6%値上げ予定（業界紙情報）"],
                                       ["繁忙期係数", "1.25→1.35"]]}}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "the XLSX is stamped 【社外秘】 (title row, page header) and goes to an outside consultant",
})

_p = people(46, 1)[0]
MESSAGES.append({
    "id": "rental-046", "charset": "iso-2022-jp",
    "sender": s("kanematsu"),
    "to": ["大森 卓 <t-omori@minato-kasai.co.jp>"],
    "subject": "AC-2511-040 車上荒らし被害（車両損害・お客様手荷物）",
    "body": "みなと火災海上保険 大森様\n\nお世話になっております。兼松です。\n\n"
            "11月27日、豊見城市内の商業施設駐車場で、貸渡中の車両が車上荒らしの被害に遭いました。\n"
            "右後部ドアガラスが割られ、車内に置いていたお客様の手荷物（バッグ、現金約3万円、タブレット）が盗まれています。\n\n"
            f"　被害者（借受人）：{_p['name']} 様　携帯 {_p['tel']}\n"
            "　被害届：豊見城警察署 受理番号 第1127-045号\n　車両：那覇 500 わ 4410\n\n"
            "車両のガラス修理は当社の車両保険で、お客様の手荷物は携行品特約の対象になるか、ご確認をお願いします。\n"
            "お客様は大変ショックを受けておられるので、ご連絡の際はご配慮いただけますと幸いです。\n\n" + sig("kanematsu"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named customer as the victim of a crime (車上荒らし, 被害届) sent to the insurer",
})

MESSAGES.append({
    "id": "rental-047", "charset": "iso-2022-jp",
    "sender": s("yanagisawa"),
    "to": ["青葉運輸 陸送課 <rikuso@aoba-unyu.co.jp>"],
    "subject": "売却車両の陸送依頼（オークション会場行き 7台）",
    "body": "青葉運輸 陸送課 御中\n\nいつもお世話になっております。柳沢です。\n"
            "12月のオートオークション出品車7台の陸送をお願いします。\n\n"
            + padded([["登録番号", "車名", "車台番号", "走行距離", "引取場所"],
                      ["品川 500 わ 1017", "アクア", "NHP10-6612930", "58,210km", "平和島整備センター"],
                      ["品川 500 わ 1022", "アクア", "NHP10-6614481", "61,004km", "平和島整備センター"],
                      ["品川 500 わ 1140", "ノート", "E12-718822", "54,330km", "平和島整備センター"],
                      ["品川 500 わ 1151", "ノート", "E12-719046", "57,912km", "羽田空港営業所"],
                      ["品川 300 わ 2203", "セレナ", "GFC27-190337", "66,741km", "羽田空港営業所"],
                      ["品川 300 わ 2208", "セレナ", "GFC27-190512", "63,180km", "羽田空港営業所"],
                      ["品川 300 わ 2290", "ノア", "ZWR90-0104472", "52,005km", "品川駅前営業所"]])
            + "\n\n搬入先：東日本オートオークション 野田会場（12月9日 17時まで）\n追跡番号は搬入後にお知らせください。\n\n" + sig("yanagisawa"),
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "vehicles (plates, chassis numbers, mileage), no people",
})

_p = people(48, 6, ("東京都", "神奈川県", "千葉県", "埼玉県"))
_txt = ("回送ドライバー（アルバイト） 団体傷害保険 新規加入者名簿\r\n作成：日の出産業株式会社 車両管理課　2025年11月28日\r\n\r\n"
        + padded([["No", "氏名", "フリガナ", "生年月日", "住所"]]
                 + [[zen(str(i + 1)), p["name"], p["kana"], wareki(p, "zen"), p["addr"]] for i, p in enumerate(_p)],
                 sep="　", rule="－"))
MESSAGES.append({
    "id": "rental-048", "charset": "shift_jis",
    "sender": s("yanagisawa"),
    "to": ["東京損保エージェンシー 法人課 <hojin@tokyo-sonpo-agency.co.jp>"],
    "subject": "団体傷害保険 12月加入分の名簿",
    "body": "株式会社東京損保エージェンシー\n法人課 ご担当者様\n\nいつもお世話になっております。\n"
            "12月1日から加入する回送ドライバー6名の名簿をテキストで添付します。\n"
            "加入手続きをお願いいたします。\n\n" + sig("yanagisawa"),
    "attachments": [{"kind": "txt", "name": "加入者名簿_202512.txt", "encoding": "cp932", "text": _txt}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "text file (CP932, full-width padded, 和暦 DOB in full-width digits) listing 6 people to an agency",
})

_p = people(49, 1, ("東京都", "神奈川県"))[0]
MESSAGES.append({
    "id": "rental-049", "charset": "iso-2022-jp",
    "sender": s("miyasaka"),
    "to": ["小柳社会保険労務士事務所 <office@koyanagi-sr.jp>"],
    "subject": "平和島整備センター 整備士1名 入社手続きの件",
    "body": "小柳先生\n\nいつもお世話になっております。宮坂です。\n"
            "12月16日付で平和島整備センターに整備士を1名中途採用しました。\n"
            "前職の年金手帳を本人が紛失しているため、基礎年金番号通知書で確認した番号をお知らせします。\n\n"
            f"　氏名　　　{_p['name']}\n　生年月日　{wareki(_p, 'short')}\n　基礎年金番号　4410-582176\n"
            "　前職　　　株式会社大森モータース（2025年10月31日退職）\n\n"
            "雇用保険被保険者証は届き次第お送りします。\n\n" + sig("miyasaka"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_BASIC_PENSION_NUMBER"],
    "detectors": ["personal_data"],
    "note": "an employee's 基礎年金番号 sent to the outside 社労士",
})

MESSAGES.append({
    "id": "rental-050", "charset": "iso-2022-jp",
    "sender": s("saegusa"),
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "1/23 法人顧客向けセミナー 来賓名札の作成依頼",
    "body": "さくらホテル 宴会予約 ご担当者様\n\nお世話になっております。日の出産業の三枝です。\n"
            "1月23日のセミナーでご来場いただく法人顧客様の名札作成と受付準備をお願いします。\n\n"
            + padded([["会社名", "部署", "氏名", "電話", "メール"],
                      ["川崎電機株式会社", "総務部", "門脇 正志", "044-221-4410", "kadowaki@kawasaki-denki.co.jp"],
                      ["北国フーズ株式会社", "管理部", "藤堂 恵子", "011-708-3321", "todo.k@kitaguni-foods.co.jp"],
                      ["株式会社港南ロジテック", "車両課", "波多野 誠", "03-6712-0098", "hatano@konan-logi.co.jp"],
                      ["みなと建設株式会社", "総務課", "柘植 文子", "045-662-1175", "tsuge@minato-kensetsu.co.jp"],
                      ["東和メディカル株式会社", "営業企画部", "真壁 浩二", "03-5820-4412", "makabe@towa-med.co.jp"]])
            + "\n\n受付は13:00開始です。よろしくお願いいたします。\n\n" + sig("saegusa"),
    "expect": "either",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "five customers' business contacts (company phone/e-mail): a list of people, yet only business card data",
})

MESSAGES.append({
    "id": "rental-051", "charset": "utf-8",
    "sender": s("horinouchi"),
    "to": ["小野寺 様 <onodera@tsubasa-systern.jp>"],
    "subject": "予約APIの仕様書（ドラフト）送付",
    "body": "小野寺様\n\nお世話になっております。堀之内です。\n打合せで話題に出た予約APIの仕様書ドラフトをお送りします。\n"
            "認証方式はOAuth2のクライアントクレデンシャルを想定しています。\n\n" + sig("horinouchi"),
    "attachments": [{"kind": "pdf", "name": "reservation_api_spec_draft.pdf",
                     "lines": ["Hinode Reservation API v2 (draft)", "POST /v2/reservations", "GET /v2/reservations/{id}",
                               "GET /v2/stations?lat=&lng=", "Auth: OAuth2 client credentials"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "tsubasa-systern.jp ('rn' for 'm') imitates the partner tsubasa-system.jp",
})

MESSAGES.append({
    "id": "rental-052", "charset": "shift_jis",
    "sender": s("yanagisawa"),
    "to": ["東邦タイヤサービス 平和島SS 江口様 <eguchi@toho-tire.co.jp>"],
    "subject": "スタッドレス交換 発注（12月第1週）",
    "body": "東邦タイヤサービス\n平和島SS 江口様\n\nいつもありがとうございます。柳沢です。\n12月第1週のスタッドレス交換分を発注します。\n\n"
            "登録番号\t車名\tタイヤサイズ\t保管番号\t作業希望日\n"
            "品川 500 わ 3301\tヤリス\t175/70R14\tT-0412\t12/1\n"
            "品川 500 わ 3302\tヤリス\t175/70R14\tT-0413\t12/1\n"
            "品川 500 わ 3417\tフィット\t185/60R15\tT-0588\t12/2\n"
            "品川 500 わ 3418\tフィット\t185/60R15\tT-0589\t12/2\n"
            "品川 300 わ 2251\tセレナ\t195/65R15\tT-0720\t12/3\n"
            "品川 300 わ 2252\tセレナ\t195/65R15\tT-0721\t12/3\n"
            "品川 300 わ 2260\tヴォクシー\t205/60R16\tT-0733\t12/4\n"
            "品川 330 わ 5102\tハリアー\t225/65R17\tT-0801\t12/5\n\n"
            "発注番号：PO-2511-0327\n請求は月末締めでお願いします。\n\n" + sig("yanagisawa"),
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "purchase order with vehicle plates and tyre sizes (tab-separated): no people",
})

MESSAGES.append({
    "id": "rental-053", "charset": "iso-2022-jp",
    "sender": s("kubodera"),
    "to": ["スカイスタッフサービス 羽田事業所 <haneda@skystaff.co.jp>"],
    "subject": "1月 派遣スタッフ シフト希望表",
    "body": "スカイスタッフサービス 羽田事業所 御中\n\nお世話になっております。羽田空港営業所の久保寺です。\n"
            "1月分のカウンター応援のシフト希望表をお送りします。\n"
            "ご調整のうえ、12月20日までにご回答いただけますでしょうか。\n\n" + sig("kubodera"),
    "attachments": [{"kind": "corrupt", "name": "シフト希望表_2026年1月_羽田.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be inspected",
})

_p = people(54, 2, ("東京都", "神奈川県"))
MESSAGES.append({
    "id": "rental-054", "charset": "utf-8",
    "sender": s("miyasaka"),
    "to": ["小柳社会保険労務士事務所 <office@koyanagi-sr.jp>"],
    "subject": "被扶養者（異動）届の件：品川駅前営業所 社員",
    "body": "小柳先生\n\nお世話になっております。宮坂です。\n品川駅前営業所の社員から、配偶者を扶養に追加したいと申し出がありました。\n"
            "被扶養者（異動）届の作成をお願いします。\n\n"
            f"【被保険者】\n　氏名：{_p[0]['name']}\n　健康保険証　記号 2217　番号 463\n　保険者番号 06137715\n\n"
            f"【追加する被扶養者】\n　氏名：{_p[1]['name']}（配偶者）\n　生年月日：{wareki(_p[1], 'nen')}\n"
            "　年間収入見込：96万円（パート）\n　異動日：2025年12月1日\n\n"
            "収入を証明する書類（退職証明書）は郵送いたします。\n\n" + sig("miyasaka"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "an employee's health-insurance 記号・番号 (and spouse's DOB) to the outside 社労士",
})

MESSAGES.append({
    "id": "rental-055", "charset": "iso-2022-jp",
    "sender": s("yanagisawa"),
    "to": ["関東自動車整備 フロント 戸塚様 <totsuka@kanto-seibi.co.jp>"],
    "subject": "担当変更のご挨拶（車両管理課）",
    "body": "関東自動車整備株式会社\nフロント 戸塚様\n\nいつも大変お世話になっております。日の出産業の柳沢です。\n\n"
            "12月1日付の人事異動により、私は那覇の車両センターへ異動することになりました。\n"
            "後任は同じ車両管理課の雨宮が担当いたします。\n\n"
            "　雨宮 勇気（あめみや ゆうき）\n　TEL 03-3766-5520 内線217\n　amemiya.y@hinode-sangyo.co.jp\n\n"
            "11月中に一度、雨宮と一緒にご挨拶に伺います。\n長い間お世話になりました。今後ともよろしくお願いいたします。\n\n" + sig("yanagisawa"),
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "introducing one successor's business contact (office phone, work e-mail)",
})

_p = people(56, 15)
MESSAGES.append({
    "id": "rental-056", "charset": "utf-8",
    "sender": s("kaji"),
    "to": ["リンクアド 第2営業局 中条様 <nakajo@linkad.co.jp>"],
    "subject": "カーシェア会員 DM配信テスト用データ",
    "body": "株式会社リンクアド 中条様\n\nお世話になっております。日の出産業の加治です。\n"
            "来月のDM・メール配信のテスト用に、会員データのサンプルをお送りします。\n"
            "氏名は外してありますので、セグメント（年代・エリア）の切り方の検証にお使いください。\n\n" + sig("kaji"),
    "attachments": [{"kind": "csv", "name": "segment_test_sample.csv", "encoding": "utf-8-sig",
                     "rows": [["member_id", "birth_date", "zip", "address", "email", "mobile", "last_station"]]
                     + [[p["member"], wareki(p, "slash"), p["zip"], p["addr"], p["email"], p["tel"], f"ST-{100 + i * 11}"]
                        for i, p in enumerate(_p)]}],
    "expect": "stop",
    "entities": ["DATE_OF_BIRTH", "JP_ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "UTF-8 CSV of 15 members without a name column, still full records (DOB, address, e-mail, mobile)",
})

_pax = [("SMITH", "Oliver James", "AUS", "PA4418207", "1984-07-19"),
        ("SMITH", "Charlotte Anne", "AUS", "PA4418215", "1986-02-03"),
        ("MÜLLER", "Jonas", "DEU", "C4KJ7R2X9", "1991-11-27"),
        ("DUBOIS", "Camille", "FRA", "19AV55213", "1993-05-08"),
        ("NGUYEN", "Van Minh", "VNM", "C8819023", "1979-10-14"),
        ("GARCIA", "Lucia", "ESP", "PAB302118", "1988-03-22")]
MESSAGES.append({
    "id": "rental-057", "charset": "utf-8",
    "sender": s("tsuboi"),
    "to": ["Stefan Koch <s.koch@eurodrive.de>"],
    "subject": "One-way rentals Tokyo-Osaka: drivers for insurance declaration",
    "body": "Dear Stefan,\n\nAs requested, please find below the drivers of the six EuroDrive bookings for next week. "
            "Our insurer needs passport details for non-resident drivers.\n\n"
            + padded([["Surname", "Given names", "Nat.", "Passport No.", "Date of birth"]] + [list(x) for x in _pax])
            + "\n\nPlease double-check the passport numbers with your customers and let me know of any correction by Friday.\n\n"
            + sig("tsuboi") + "\n\n" + DISCLAIMER_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_PASSPORT", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "six foreign drivers' passport numbers and DOB in a padded table to an overseas partner",
})

_p = people(58, 1)[0]
MESSAGES.append({
    "id": "rental-058", "charset": "iso-2022-jp",
    "sender": s("kanematsu"),
    "to": ["安全管理委員会 <anzen-iinkai@hinode-sangyo.co.jp>"],
    "cc": [s("isurugi")],
    "subject": "【社内報告】回送中の従業員負傷事故について",
    "body": "安全管理委員会 各位\n\n事故対応センターの兼松です。\n11月14日に発生した回送中の事故について、負傷した従業員の状況を報告します。\n\n"
            f"　氏名：{_p['name']}（平和島整備センター 回送担当）\n　診断：左橈骨遠位端骨折　全治6週間\n"
            "　入院：なし（ギプス固定、週1回通院）\n　労災：申請手続き中（人事総務課）\n\n"
            "再発防止策は次回委員会で審議をお願いします。\n\n兼松\n",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "an employee's injury diagnosis, but only internal recipients",
})

_p = people(59, 2, ("東京都", "神奈川県"))
MESSAGES.append({
    "id": "rental-059", "charset": "shift_jis",
    "sender": s("kanematsu"),
    "to": ["大森 卓 <t-omori@minato-kasai.co.jp>"],
    "subject": "AC-2511-044 事故報告書（対人）",
    "body": "みなと火災海上保険 大森様\n\nお世話になっております。兼松です。\n"
            "AC-2511-044（川崎市内の対人事故）の事故報告書を添付します。\n"
            "被害者様は現在も入院中です。対人賠償の初期対応をお願いいたします。\n\n" + sig("kanematsu"),
    "attachments": [{"kind": "docx", "name": "事故報告書_AC-2511-044.docx", "title": "事故報告書",
                     "paragraphs": ["事故報告書（対人）", "受付番号：AC-2511-044", "発生日時：2025年11月25日 7時40分ごろ",
                                    "発生場所：神奈川県川崎市中原区小杉町3丁目 交差点",
                                    "概要：左折時、横断歩道を自転車で横断中の被害者と接触。被害者は救急搬送。"],
                     "tables": [[["区分", "氏名", "住所", "電話", "状況"],
                                 ["運転者（借受人）", _p[0]["name"], _p[0]["addr"], _p[0]["tel"], "けがなし"],
                                 ["被害者", _p[1]["name"], _p[1]["addr"], _p[1]["tel"],
                                  "日本医科大学武蔵小杉病院へ搬送。右鎖骨骨折・頭部打撲、入院加療中"]]]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "DOCX accident report naming the injured victim with diagnosis and hospitalisation",
})

MESSAGES.append({
    "id": "rental-060", "charset": "iso-2022-jp",
    "sender": s("saegusa"),
    "to": ["井ノ口 様 <inokuchi@sakura-hote1.jp>"],
    "subject": "Re: レンタカー付き宿泊プラン 1月分の在庫について",
    "body": "井ノ口様\n\nお世話になっております。三枝です。\n1月分のプラン在庫は、平日各日5台、土日祝各日8台で確保いたしました。\n"
            "追加が必要な場合は、3日前までにお知らせいただければ調整いたします。\n\n" + sig("saegusa"),
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hote1.jp (digit 1 for l) imitates the partner sakura-hotel.jp",
})

# ---------------------------------------------------------------------------------------
# 061-080
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "rental-061", "charset": "iso-2022-jp",
    "sender": s("saegusa"),
    "to": ["港南ロジテック 車両課 波多野様 <hatano@konan-logi.co.jp>"],
    "subject": "Re: 登録ドライバー追加の手続きについて",
    "body": "株式会社港南ロジテック\n車両課 波多野様\n\nお問い合わせありがとうございます。三枝です。\n\n"
            "登録ドライバーの追加は、申請書と運転免許証の写しをご提出いただければ手続きできます。\n"
            "ただ、免許証の写しは個人情報の機密保持の観点から、メールではなく簡易書留か、\n"
            "当社の法人ポータル（アップロード機能）でお送りいただくようお願いしております。\n\n"
            "申請書の様式はポータルの「各種書類」からダウンロードいただけます。\n"
            "ご不明点があればお電話でも承ります。\n\n" + sig("saegusa"),
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "mentions 機密保持 and 免許証 as a topic; no data, no marking",
})

MESSAGES.append({
    "id": "rental-062", "charset": "utf-8",
    "sender": s("tsuboi"),
    "to": ["Stefan Koch <s.koch@eurodrive.de>"],
    "subject": "Draft term sheet - Japan referral partnership",
    "body": "Dear Stefan,\n\nFollowing our call, attached is our draft term sheet for the referral partnership. "
            "Commission rates in section 3 are still subject to approval by our board.\n\n"
            "Looking forward to your comments.\n\n" + sig("tsuboi"),
    "attachments": [{"kind": "docx", "name": "TermSheet_EuroDrive_Hinode_draft.docx",
                     "page_header": "CONFIDENTIAL - Hinode Sangyo Co., Ltd.",
                     "paragraphs": ["Term Sheet (Draft) - Referral Partnership", "Classification: Confidential",
                                    "1. Parties: Hinode Sangyo Co., Ltd. and EuroDrive GmbH",
                                    "2. Scope: mutual referral of inbound rental customers (Japan / EU)",
                                    "3. Commission: 8% of base rental (Hinode to EuroDrive), 6% (EuroDrive to Hinode)",
                                    "4. Term: 2 years from signature, auto-renewal",
                                    "5. Governing law: Japan"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "DOCX stamped CONFIDENTIAL (page header and classification line) sent outside",
})

_p = people(63, 6)
_banks = [("みどり銀行", "浜松町支店"), ("東都信用金庫", "蒲田支店"), ("琉球南銀行", "小禄支店"),
          ("北洋みなと銀行", "千歳支店"), ("みどり銀行", "川崎支店"), ("ゆうちょ銀行", "〇一八店")]
MESSAGES.append({
    "id": "rental-063", "charset": "shift_jis",
    "sender": s("imaizumi"),
    "to": ["みどり銀行 浜松町支店 法人営業課 <hamamatsucho-hojin@midori-ginko.co.jp>"],
    "subject": "総合振込（返金分）明細の送付",
    "body": "みどり銀行 浜松町支店\n法人営業課 ご担当者様\n\nいつもお世話になっております。日の出産業 経理課の今泉です。\n"
            "予約取消に伴う返金の総合振込明細をお送りします。振込指定日は12月5日です。\n"
            "（インターネットバンキングの承認者が不在のため、今回は書面扱いでお願いいたします）\n\n" + sig("imaizumi"),
    "attachments": [{"kind": "csv", "name": "総合振込明細_返金_1205.csv", "encoding": "cp932",
                     "rows": [["受取人名(カナ)", "受取人名", "銀行名", "支店名", "種別", "口座番号", "金額"]]
                     + [[p["kana"].replace(" ", "　"), p["name"], b, br, "普通", f"{random.Random(f'acct-{i}').randrange(1000000, 9999999):07d}",
                         str(8800 + i * 3300)] for i, (p, (b, br)) in enumerate(zip(_p, _banks))]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "CSV (CP932) of 6 customers' bank accounts for refunds, sent to the bank by mail",
})

MESSAGES.append({
    "id": "rental-064", "charset": "utf-8",
    "sender": s("kaji"),
    "to": ["データリサーチ東京 調査部 <research@dr-tokyo.co.jp>"],
    "subject": "カーシェア会員属性の集計値（調査設計用）",
    "body": "データリサーチ東京 調査部 御中\n\nお世話になっております。加治です。\n"
            "利用実態調査の設計用に、会員属性の集計値をお送りします（2025年10月末時点、有効会員 48,312名）。\n\n"
            "■年代別\n　10代　　 1.8%\n　20代　　27.4%\n　30代　　31.2%\n　40代　　21.9%\n　50代　　11.3%\n　60代以上 6.4%\n\n"
            "■地域別（上位5都府県）\n　東京都 58.1% ／ 神奈川県 17.6% ／ 大阪府 8.2% ／ 千葉県 5.9% ／ 沖縄県 3.3%\n\n"
            "■月間利用回数\n　0回 44% ／ 1〜2回 33% ／ 3〜5回 16% ／ 6回以上 7%\n\n"
            "個票データは契約締結後、匿名加工したものをお渡しする予定です。\n\n" + sig("kaji"),
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "aggregate statistics about members, no individual data",
})

MESSAGES.append({
    "id": "rental-065", "charset": "iso-2022-jp",
    "sender": s("kanematsu"),
    "to": ["菅野 里美 <kanno.s@heiwa-sonpo.co.jp>", "湾岸モータース 鈑金部 <bankin@wangan-motors.co.jp>"],
    "cc": ["kusakabe.naoki1974@gmail.com"],
    "subject": "AC-2511-052 修理の進め方について（三者ご連絡）",
    "body": "平和損害保険 菅野様\n湾岸モータース 鈑金部 ご担当者様\n日下部様（お客様）\n\n"
            "日の出産業 事故対応センターの兼松です。\n11月28日の接触事故（AC-2511-052）について、関係者の皆様にまとめてご連絡いたします。\n\n"
            "1. 損傷車両（当社車両）は湾岸モータース様にて12/3から修理予定です\n"
            "2. 相手方車両については、日下部様から相手方へ修理先をご確認いただけますでしょうか\n"
            "3. 過失割合は平和損保様と相手方保険会社で協議中です\n\n"
            "ご不明点は兼松までご連絡ください。\n\n" + sig("kanematsu"),
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient"],
    "note": "insurer, body shop and a private customer (three external parties) all visible in To/Cc",
})

_p = people(66, 1)[0]
_c = card_number(1802)
MESSAGES.append({
    "id": "rental-066", "charset": "utf-8",
    "sender": s("imaizumi"),
    "to": ["日本カードサービス 加盟店サポート <kameiten@ncs-card.co.jp>"],
    "subject": "売上取消依頼書の送付（加盟店番号 2210-774-031）",
    "body": "日本カードサービス株式会社\n加盟店サポートデスク 御中\n\nいつもお世話になっております。日の出産業 経理課の今泉です。\n"
            "端末での取消期限を過ぎた売上について、取消依頼書（PDF）をお送りします。\n"
            "ご処理のほどよろしくお願いいたします。\n\n" + sig("imaizumi"),
    "attachments": [{"kind": "pdf", "name": "売上取消依頼書_20251121.pdf", "title": "売上取消依頼書",
                     "lines": ["売上取消依頼書", "加盟店名：日の出産業株式会社（日の出レンタカー）", "加盟店番号：2210-774-031", "",
                               f"会員名：{_p['ROMAJI']}", f"カード番号：{fmt_card(_c, ' ')}", "有効期限：11/27",
                               "売上日：2025年11月2日　承認番号：048213", "金額：42,350円",
                               "取消理由：二重計上（同一貸渡契約 RC2511033 について2回売上処理）"]}],
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "PDF with a cardholder's full card number sent to the card company",
})

MESSAGES.append({
    "id": "rental-067", "charset": "utf-8",
    "sender": s("kanematsu"),
    "to": ["菅野 里美 <kanno.s@heiwa-sonpo.co.jp>"],
    "subject": "【パスワード】AC-2511-012 関係書類一式",
    "body": "菅野様\n\n先ほどお送りしたZIPファイルの解凍パスワードです。\n\n　Hn2511#kz\n\nよろしくお願いいたします。\n\n兼松\n",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the follow-up mail carrying only the ZIP password: no attachment, no data",
})

_p = people(68, 8)
MESSAGES.append({
    "id": "rental-068", "charset": "shift_jis",
    "sender": s("imaizumi"),
    "to": ["東都債権回収 受託管理部 <jutaku@toto-servicer.co.jp>"],
    "subject": "債権回収委託 12月分の対象債権（延滞料金）",
    "body": "東都債権回収株式会社\n受託管理部 ご担当者様\n\nいつもお世話になっております。\n"
            "12月委託分の対象債権一覧（カーシェア延滞料金）をお送りします。\n"
            "社内の古いシステムから出力したため、Excel 97-2003形式になっております。\n\n" + sig("imaizumi"),
    "attachments": [{"kind": "xls", "name": "委託債権一覧_202512.xls",
                     "sheets": {"一覧": [["会員番号", "氏名", "住所", "電話番号", "延滞額", "初回延滞日"]]
                               + [[p["member"], p["name"], p["addr"], p["tel"], 12000 + i * 4750, f"2025/0{3 + i % 6}/1{i}"]
                                  for i, p in enumerate(_p)]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "legacy XLS of 8 debtors with address and phone to a servicer",
})

_p = people(69, 1)[0]
MESSAGES.append({
    "id": "rental-069", "charset": "iso-2022-jp",
    "sender": s("miyasaka"),
    "to": ["さくら通りクリニック 健診センター <kenshin@sakuradori-clinic.jp>"],
    "subject": "二次検査（睡眠時無呼吸症候群）の予約について",
    "body": "さくら通りクリニック 健診センター 御中\n\nいつもお世話になっております。日の出産業 人事総務課の宮坂です。\n\n"
            "定期健康診断で要精密検査となった回送ドライバー1名について、二次検査の予約をお願いします。\n\n"
            f"　氏名：{_p['name']}（{_p['kana']}）\n　生年月日：{wareki(_p, 'kanji')}\n"
            "　健診結果：血圧 168/102（要精密）、BMI 31.4\n　所見：問診でいびき・日中の強い眠気あり。睡眠時無呼吸症候群の疑い\n\n"
            "結果が出るまで乗務は控えさせています。できるだけ早い日程でお願いできれば幸いです。\n\n" + sig("miyasaka"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "one named employee's health check results and suspected condition sent to an outside clinic",
})

_p = people(70, 1)[0]
MESSAGES.append({
    "id": "rental-070", "charset": "utf-8",
    "sender": s("nonomura"),
    "to": [_p["email"].split("@")[0] + "@gmail.com"],
    "subject": "貸渡契約書（控え）の再送について",
    "body": f"{_p['name']} 様\n\n日の出レンタカー新千歳空港営業所の野々村でございます。\n"
            "お問い合わせいただいた貸渡契約書（控え）のPDFをお送りいたします。\n"
            "会社への経費精算にお使いいただけます。\n\n" + sig("nonomura"),
    "attachments": [{"kind": "pdf", "name": "貸渡契約書_RC2511470.pdf", "title": "貸渡契約書（控え）",
                     "lines": ["貸渡契約書（お客様控え）", "契約番号 RC2511470", "",
                               f"借受人氏名：{_p['name']}", f"住所：{_p['addr']}", f"電話：{_p['tel']}", "",
                               "貸渡：2025年11月14日 9:30 新千歳空港営業所", "返却：2025年11月16日 18:10 新千歳空港営業所",
                               "車両：札幌 500 わ 7712（カローラフィールダー 4WD）", "料金：基本料金 26,400円 / 免責補償 3,300円 / 合計 29,700円"]}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data", "freemail_recipient"],
    "note": "one customer's own contract copy to her free-mail address: one person's record, may warn",
})

MESSAGES.append({
    "id": "rental-071", "charset": "utf-8",
    "sender": s("horinouchi"),
    "to": ["Ryo Tsuboi <tsuboi.r@hinode-sangyo.com>"],
    "subject": "VPN access while you are in Frankfurt",
    "body": "Tsuboi-san,\n\nBefore your trip to Frankfurt next week, please install the new VPN client on your laptop. "
            "The old one stops working on 1 Dec.\n\nInstaller and steps are on the IT portal (search 'VPN 2025'). "
            "If you have trouble, call the helpdesk at ext. 7761.\n\nHorinouchi\n",
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "colleague addressed at hinode-sangyo.com (other TLD): look-alike of the own domain",
})

MESSAGES.append({
    "id": "rental-072", "charset": "shift_jis",
    "sender": s("kanematsu"),
    "to": ["菅野 里美 <kanno.s@heiwa-sonpo.co.jp>"],
    "subject": "事故防止取組み報告書（上期）",
    "body": "平和損害保険 菅野様\n\nお世話になっております。兼松です。\n"
            "フリート契約の優良割引審査用に、上期の事故防止取組み報告書をお送りします。\n\n" + sig("kanematsu"),
    "attachments": [{"kind": "pdf", "name": "事故防止取組み報告書_2025上期.pdf", "page_footer": "取扱注意　日の出産業株式会社",
                     "lines": ["事故防止取組み報告書（2025年度上期）", "日の出産業株式会社 事故対応センター", "",
                               "1. ドライブレコーダー全車装着完了（9月末 1,842台）",
                               "2. 貸渡時の注意喚起動画の導入（羽田・那覇）",
                               "3. 外国人のお客様向け多言語ガイドの配布", "", "事故件数の推移（件）"],
                     "table": [["月", "4月", "5月", "6月", "7月", "8月", "9月"],
                               ["件数", "41", "47", "39", "58", "66", "38"], ["前年", "45", "52", "44", "63", "71", "49"]]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "every PDF page carries the 取扱注意 footer; going to the insurer",
})

MESSAGES.append({
    "id": "rental-073", "charset": "iso-2022-jp",
    "sender": s("saegusa"),
    "to": ["北国フーズ 管理部 <kanri@kitaguni-foods.co.jp>"],
    "cc": ["青葉運輸 陸送課 <rikuso@aoba-unyu.co.jp>"],
    "subject": "納車日程のご連絡（北国フーズ様 札幌営業所向け 4台）",
    "body": "北国フーズ株式会社 管理部 御中\n（cc：青葉運輸株式会社 陸送課 様）\n\nお世話になっております。三枝です。\n\n"
            "マンスリーレンタル4台の納車日程が決まりましたのでご連絡します。\n"
            "当日は青葉運輸様のドライバーがお届けします。\n\n"
            "　日時：12月8日（月）10:00〜11:00\n　場所：北国フーズ様 札幌営業所 駐車場\n\n"
            "当日の連絡先\n　お届け担当（青葉運輸）：千葉 剛 様　090-7718-3320\n"
            "　受取ご担当（北国フーズ）：森本 沙織 様　080-2247-9915\n\n"
            "車検証・鍵・ETCカードの受領書にサインをお願いいたします。\n\n" + sig("saegusa"),
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["multiple_external_domains", "personal_data"],
    "note": "two partner organisations in To/Cc and two on-site contacts with mobiles: normal three-way mail",
})

MESSAGES.append({
    "id": "rental-074", "charset": "shift_jis",
    "sender": s("oshiro"),
    "to": ["さくらホテル那覇 コンシェルジュ <concierge-naha@sakura-hotel.jp>"],
    "subject": "ご宿泊のお客様（12/18〜）のご案内について",
    "body": "さくらホテル那覇 コンシェルジュ ご担当者様\n\nいつもお世話になっております。那覇空港営業所の大城です。\n\n"
            "12月18日から4泊でそちらにご宿泊予定の Ahmad Faizal Bin Rahman 様（ご家族4名、当社でワゴン車を貸渡）について、\n"
            "ご本人様から次のご相談がありました。\n\n"
            "・ご家族全員イスラム教徒のため、ハラール対応の食事ができる店を教えてほしい\n"
            "・1日5回のお祈りの時間に合わせて移動したいので、礼拝できる場所（ホテル内の静かな部屋など）を知りたい\n\n"
            "当社でも近隣のハラール認証店をご案内しましたが、ホテル様からもご提案いただけますと幸いです。\n\n" + sig("oshiro"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named customer's religion (イスラム教徒, prayer times) sent to the partner hotel",
})

_p = people(75, 3, ("東京都", "神奈川県", "千葉県"))
MESSAGES.append({
    "id": "rental-075", "charset": "utf-8",
    "sender": s("imaizumi"),
    "to": ["早瀬税理士法人 <info@hayase-zeirishi.jp>"],
    "subject": "法定調書（不動産の使用料等の支払調書）の作成資料",
    "body": "早瀬税理士法人\n早瀬先生\n\nいつもお世話になっております。今泉です。\n"
            "カーシェアのステーション用駐車場を個人の地主様からお借りしている分について、\n"
            "支払調書の作成資料をお送りします。地主様のマイナンバーは本人確認済みです。\n\n" + sig("imaizumi"),
    "attachments": [{"kind": "xlsx", "name": "支払調書資料_不動産使用料_2025.xlsx",
                     "sheets": {"地主一覧": [["令和7年分 不動産の使用料等の支払調書 作成資料"], [],
                                         ["ステーション", "支払先氏名", "住所", "個人番号", "年間支払額", "物件"]]
                                        + [[f"ST-{331 + i * 12}", p["name"], p["addr"], my_number(1803 + i),
                                            480000 + i * 60000, "月極駐車場 2区画"] for i, p in enumerate(_p)],
                                "法人": [["支払先", "法人番号", "年間支払額"],
                                       ["株式会社パークリンク", corp_number("011001088216"), 3360000]]}}],
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS", "JP_CORPORATE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX with three landlords' My Numbers (and a company's 法人番号) to the tax accountant",
})

_p = people(76, 8, ("東京都", "神奈川県", "千葉県"))
MESSAGES.append({
    "id": "rental-076", "charset": "iso-2022-jp",
    "sender": s("kubodera"),
    "to": ["羽田空港営業所 全員 <haneda-all@hinode-sangyo.co.jp>"],
    "subject": "12月シフト表（確定版）と緊急連絡網",
    "body": "羽田空港営業所の皆さん\n\nお疲れさまです。久保寺です。\n12月のシフト表（確定版）を添付します。\n"
            "2枚目のシートは緊急連絡網です。台風・大雪で出勤判断が必要な場合はこの順で連絡を回してください。\n\n久保寺\n",
    "attachments": [{"kind": "xlsx", "name": "羽田_12月シフト_確定.xlsx",
                     "sheets": {"シフト": [["氏名"] + [f"12/{d}" for d in range(1, 8)]]
                                       + [[p["name"]] + [["早", "遅", "休", "早", "遅", "通", "休"][(i + d) % 7] for d in range(7)]
                                          for i, p in enumerate(_p)],
                                "緊急連絡網": [["順", "氏名", "携帯", "最寄駅"]]
                                         + [[i + 1, p["name"], p["tel"], ["京急蒲田", "天空橋", "大森", "川崎", "蒲田", "品川", "穴守稲荷", "糀谷"][i]]
                                            for i, p in enumerate(_p)]}}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": [],
    "note": "staff roster with mobile numbers to an internal distribution list only",
})

_p = people(77, 3)
MESSAGES.append({
    "id": "rental-077", "charset": "utf-8",
    "sender": s("kanematsu"),
    "to": ["大森 卓 <t-omori@minato-kasai.co.jp>"],
    "subject": "11月後半 物損事故の連絡先（3件）",
    "body": "大森様\n\nお世話になっております。兼松です。\n相手方との示談交渉に必要とのことでしたので、借受人の連絡先をお送りします。\n"
            "（Excelから貼り付けています）\n\n"
            + tsv([["受付番号", "借受人", "電話", "事故区分"]]
                  + [[f"AC-2511-0{55 + i}", p["name"], p["tel"], ["対物（ガードレール）", "対物（駐車車両）", "車両単独"][i]]
                     for i, p in enumerate(_p)])
            + "\n\nいずれのお客様にも、御社からご連絡が入る旨をお伝え済みです。\n\n" + sig("kanematsu"),
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "tab-separated contacts of three customers to the insurer: below the 5-person threshold",
})

MESSAGES.append({
    "id": "rental-078", "charset": "shift_jis",
    "sender": s("oshiro"),
    "to": ["旅路トラベル 沖縄支店 <okinawa@tabiji-travel.co.jp>"],
    "subject": "配車・返却に対応できる提携ホテル一覧（沖縄本島）",
    "body": "旅路トラベル 沖縄支店 御中\n\nお世話になっております。大城です。\nホテルでの配車・返却（デリバリー）に対応している提携ホテルの一覧です。\n\n"
            "■那覇エリア\n・さくらホテル那覇　那覇市松山1-3-10　TEL 098-861-2200\n・那覇ハーバービューホテル　那覇市泉崎2-46　TEL 098-853-2111\n"
            "・ホテル国際通りイン　那覇市牧志3-2-1　TEL 098-863-7711\n\n"
            "■中部エリア\n・北谷サンセットリゾート　中頭郡北谷町美浜9-8　TEL 098-926-3300\n・恩納ビーチホテル　国頭郡恩納村字冨着66　TEL 098-964-5511\n\n"
            "■北部エリア\n・本部オーシャンテラス　国頭郡本部町字山川1421　TEL 0980-48-2020\n\n"
            "デリバリー料金はいずれも片道1,100円（税込）です。\n\n" + sig("oshiro"),
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a list of hotels (businesses with switchboard numbers), not people",
})

MESSAGES.append({
    "id": "rental-079", "charset": "iso-2022-jp",
    "sender": s("imaizumi"),
    "to": ["法人営業課 <hamamatsucho-hojin@midori-ginkou.co.jp>"],
    "subject": "外為送金（EuroDrive社向け紹介手数料）のご相談",
    "body": "みどり銀行 浜松町支店\n法人営業課 ご担当者様\n\nいつもお世話になっております。日の出産業 経理課の今泉です。\n"
            "来月からドイツの提携先に紹介手数料のユーロ建て送金が発生する予定です。\n"
            "必要書類と手数料について、ご教示いただけますでしょうか。\n\n"
            "　送金先：EuroDrive GmbH（フランクフルト）\n　頻度：月1回　金額：月額 8,000〜15,000 EUR 程度\n\n" + sig("imaizumi"),
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "midori-ginkou.co.jp (extra u) imitates the partner bank midori-ginko.co.jp",
})

MESSAGES.append({
    "id": "rental-080", "charset": "utf-8",
    "sender": s("saegusa"),
    "to": ["青山モビリティコンサルティング 有村様 <arimura@aoyama-mc.co.jp>"],
    "subject": "店舗網再編の検討資料（12/2 ワークショップ用）",
    "body": "有村様\n\nお世話になっております。三枝です。\n来週のワークショップで使う店舗網再編の検討資料を先にお送りします。\n"
            "統廃合候補の選定基準について、ご意見をいただけますと幸いです。\n\n" + sig("saegusa"),
    "attachments": [{"kind": "pptx", "name": "店舗網再編_検討資料_v3.pptx", "page_footer": "部外秘 / 日の出産業 レンタカー営業部",
                     "slides": [["店舗網再編の検討（v3）", "2025年11月 レンタカー営業部", "部外秘"],
                                ["現状", "直営 23店舗、うち営業赤字 6店舗", "空港店の売上比率 68%"],
                                ["統廃合候補", "蒲田駅前店 → 羽田空港店へ統合", "千歳駅前店 → 新千歳空港店へ統合",
                                 "名護店 → FC化を検討"],
                                ["スケジュール", "2026年3月 取締役会決議", "2026年7月 実施"]]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "PPTX marked 部外秘 on the cover and every slide footer, sent to an outside consultant",
})

# ---------------------------------------------------------------------------------------
# 081-100
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "rental-081", "charset": "iso-2022-jp",
    "sender": s("oshiro"),
    "to": ["h.sunagawa0612@icloud.com"],
    "subject": "車内のお忘れ物について（日の出レンタカー那覇空港営業所）",
    "body": "砂川様\n\n日の出レンタカー那覇空港営業所の大城でございます。\n"
            "11月30日にご返却いただいたお車の清掃中に、下記のお忘れ物が見つかりました。\n\n"
            "　・黒色の折りたたみ傘（1本）\n　・子ども用サングラス（青色）\n\n"
            "営業所で1か月間保管いたします。ご来店でのお受け取り、または着払いでのご郵送が可能です。\n"
            "ご希望をお知らせいただけますでしょうか。\n\n" + sig("oshiro"),
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "ordinary mail to one customer on free mail about a lost item",
})

MESSAGES.append({
    "id": "rental-082", "charset": "utf-8",
    "sender": s("kaji"),
    "to": ["錦印刷 営業部 <eigyo@nishiki-insatsu.co.jp>"],
    "subject": "春のキャンペーンチラシ 入稿データ",
    "body": "錦印刷株式会社 営業部 御中\n\nお世話になっております。加治です。\n"
            "春のキャンペーンチラシ（A4両面・3万部）の入稿データをPDFでお送りします。\n"
            "色校正は1回でお願いします。\n\n" + sig("kaji"),
    "attachments": [{"kind": "corrupt", "name": "spring_campaign_flyer_A4.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "the PDF attachment is corrupt and cannot be inspected",
})

_p = people(83, 2, ("沖縄県",))
_inner = {
    "charset": "iso-2022-jp",
    "sender": s("oshiro"),
    "to": [s("kanematsu")],
    "subject": "【事故速報】那覇 AC-2511-061",
    "body": "兼松さん\n\n那覇の大城です。本日の事故の速報です。\n\n"
            "発生：11/29 15:10頃　豊見城市豊崎 交差点\n内容：出会い頭の衝突（物損のみ、けが人なし）\n\n"
            f"借受人：{_p[0]['name']}（{_p[0]['kana']}）\n住所：{_p[0]['addr']}\n携帯：{_p[0]['tel']}\n"
            f"免許証番号：{_p[0]['lic']}（ゴールド）\n\n"
            f"相手方：{_p[1]['name']} 様　携帯 {_p[1]['tel']}（相手方保険：未確認）\n\n"
            "双方とも警察への届出済み。\n\n大城\n",
}
MESSAGES.append({
    "id": "rental-083", "charset": "utf-8",
    "sender": s("isurugi"),
    "to": ["白川法律事務所 東條先生 <tojo@shirakawa-law.jp>"],
    "subject": "FW: 【事故速報】那覇 AC-2511-061（過失割合のご相談）",
    "body": "東條先生\n\nいつもお世話になっております。法務・コンプライアンス室の石動です。\n"
            "先日ご相談した那覇の事故について、現地からの速報メールを添付でお送りします。\n"
            "相手方が過失0を主張しており、訴訟になる可能性がございます。\n\n" + sig("isurugi"),
    "attachments": [{"kind": "eml", "name": "事故速報_AC-2511-061.eml", "message": _inner}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "JP_DRIVERS_LICENSE"],
    "detectors": ["personal_data"],
    "note": "forwarded-as-attachment mail carries a customer's driver's licence number to the law firm",
})

MESSAGES.append({
    "id": "rental-084", "charset": "shift_jis",
    "sender": s("imaizumi"),
    "to": ["湾岸モータース 経理 <keiri@wangan-motors.co.jp>"],
    "subject": "Re: 振込先口座変更のお知らせ",
    "body": "湾岸モータース株式会社 経理ご担当者様\n\nご連絡ありがとうございます。日の出産業 経理課の今泉です。\n"
            "振込先口座の変更、承知いたしました。12月末支払分から新しい口座へお振込みいたします。\n"
            "念のため、登録内容を下記のとおり復唱いたします。\n\n"
            "　旧：みどり銀行 新木場支店 普通 0482217\n　新：東都信用金庫 辰巳支店 当座 0093341\n"
            "　口座名義：ワンガンモータース（カ\n\n"
            "なお、当社規程により口座変更は書面（社印押印）での届出もお願いしております。\n"
            "お手数ですが、同封の様式にてご返送ください。\n\n" + sig("imaizumi"),
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a company's bank account on a vendor-payment mail: business data, not personal",
})

_p = people(85, 6)
MESSAGES.append({
    "id": "rental-085", "charset": "iso-2022-jp",
    "sender": s("miyasaka"),
    "to": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>"],
    "subject": "1/30 社内表彰式 お席札の作成について",
    "body": "さくらホテル 宴会予約 ご担当者様\n\nお世話になっております。日の出産業 人事総務課の宮坂です。\n"
            "1月30日の社内表彰式で、前方の表彰者席に置くお席札の作成をお願いします。\n\n"
            + "\n".join(f"　{p['name']} 様（{b}）" for p, b in zip(_p, ["羽田空港営業所", "那覇空港営業所", "新千歳空港営業所",
                                                                        "平和島整備センター", "品川駅前営業所", "事故対応センター"]))
            + "\n\n書体は楷書、1枚ずつ二つ折りでお願いいたします。\n\n" + sig("miyasaka"),
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "six names for place cards with only their workplace: names that carry no personal data",
})

_p = people(86, 6)
MESSAGES.append({
    "id": "rental-086", "charset": "iso-2022-jp",
    "sender": s("yanagisawa"),
    "to": ["片桐 様 <katagiri@aoba-unyu.co.jp>"],
    "subject": "RE: 12月の回送ドライバー登録について",
    "body": "片桐様\n\nお世話になっております。柳沢です。\n登録ドライバー6名の件、承知しました。\n"
            "入構証は12月1日までに平和島整備センターの受付でお渡しできるよう手配します。\n\n柳沢\n\n"
            "差出人: 片桐 雅人 <katagiri@aoba-unyu.co.jp>\n送信日時: 2025年11月26日 10:21\n"
            "宛先: 柳沢 拓海 <yanagisawa.t@hinode-sangyo.co.jp>\n件名: 12月の回送ドライバー登録について\n\n"
            "日の出産業 柳沢様\n\n12月に御社の回送を担当するドライバーです。入構証の発行をお願いします。\n\n"
            + "\n".join(f"{p['name']}　{wareki(p, 'short')}生　携帯{p['tel']}" for p in _p)
            + "\n\n青葉運輸 陸送課 片桐\n",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "the 6-driver list is only in the quoted 差出人/送信日時 part of the partner's own mail",
})

MESSAGES.append({
    "id": "rental-087", "charset": "utf-8",
    "sender": s("kubodera"),
    "to": ["羽田スカイターミナル 営業推進部 <eigyo@sky-terminal.co.jp>"],
    "subject": "構内営業報告（2025年10月分）",
    "body": "羽田スカイターミナル株式会社\n営業推進部 御中\n\nいつもお世話になっております。日の出レンタカー羽田空港営業所の久保寺です。\n"
            "構内営業契約に基づき、10月分の実績をご報告いたします。\n\n"
            "　貸渡件数：3,184件（前年同月比 +6.2%）\n　うち訪日外国人のお客様：712件（22.4%）\n"
            "　平均貸渡時間：41.5時間\n　カウンター平均待ち時間：11分（ピーク時 27分）\n"
            "　売上高（税抜）：61,820千円\n\n"
            "構内使用料は売上高に基づき、請求書を頂戴次第お支払いいたします。\n\n" + sig("kubodera"),
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "monthly business statistics to the airport operator; no individuals",
})

_p = people(88, 1)[0]
_c = card_number(1803)
MESSAGES.append({
    "id": "rental-088", "charset": "shift_jis",
    "sender": s("kubodera"),
    "to": [s("imaizumi")],
    "subject": "FW: 二重請求のお問い合わせ（お客様より）",
    "body": "今泉さん\n\nお疲れさまです。羽田の久保寺です。\nお客様から二重請求のお問い合わせがあり、カード明細を確認したいとのことで転送します。\n"
            "返金処理の要否をご確認ください。\n\n久保寺\n\n"
            "---------- Forwarded message ----------\n"
            f"From: {_p['name']} <{_p['email']}>\nDate: 2025年11月20日 22:14\nSubject: 二重請求について\n\n"
            "日の出レンタカー御中\n\n11/16に羽田で借りた分が、カード明細に2回載っています。\n"
            f"カード番号 {fmt_card(_c, '')}、金額 18,480円です。確認して返金してください。\n\n{_p['name']}\n",
    "expect": "pass",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": [],
    "note": "a customer's card number forwarded, but only between two internal staff",
})

_p = people(89, 5)
MESSAGES.append({
    "id": "rental-089", "charset": "iso-2022-jp",
    "sender": s("yanagisawa"),
    "to": ["放置違反金納付センター 照会係 <shokai@chushaihan-center.or.jp>"],
    "subject": "放置違反金 弁明書に係る使用者（借受人）の申告",
    "body": "放置違反金納付センター 照会係 御中\n\n日の出産業株式会社 車両管理課の柳沢です。\n"
            "弁明通知のあった下記5件について、違反当時の使用者（借受人）を申告いたします。\n\n"
            + padded([["通知番号", "登録番号", "違反日時", "借受人"]]
                     + [[f"第{26001 + i * 37}号", f"品川 500 わ {3301 + i * 11}", f"11/{3 + i * 4} {10 + i}:20", p["name"]]
                        for i, p in enumerate(_p)])
            + "\n\n貸渡契約書の写しは郵送にて提出いたします。\n\n" + sig("yanagisawa"),
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "five renters named with plate and violation time only, to a public collection body: list or not is arguable",
})

_p = people(90, 4)
MESSAGES.append({
    "id": "rental-090", "charset": "iso-2022-jp",
    "sender": s("saegusa"),
    "to": ["川崎電機 総務部 車両担当 <sharyo@kawasaki-denki-co.jp>"],
    "subject": "登録ドライバー追加完了のご連絡",
    "body": "川崎電機株式会社\n総務部 車両ご担当者様\n\nお世話になっております。三枝です。\n"
            "ご申請いただいた登録ドライバー4名の追加が完了しました。\n\n"
            + "\n".join(f"　{p['name']} 様　携帯 {p['tel']}" for p in _p)
            + "\n\n次回のご利用からICカードキーでの貸出が可能です。\n\n" + sig("saegusa"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "kawasaki-denki-co.jp (hyphen for the dot) imitates the partner kawasaki-denki.co.jp",
})

MESSAGES.append({
    "id": "rental-091", "charset": "iso-2022-jp",
    "sender": s("saegusa"),
    "to": [s("saegusa")],
    "bcc": ["sharyo@kawasaki-denki.co.jp", "kanri@kitaguni-foods.co.jp", "hatano@konan-logi.co.jp",
            "tsuge@minato-kensetsu.co.jp", "makabe@towa-med.co.jp"],
    "subject": "年末年始の営業時間と法人専用ダイヤルのご案内",
    "body": "法人契約のお客様各位\n\n平素より日の出レンタカーをご愛顧いただき、誠にありがとうございます。\n"
            "年末年始の営業時間についてご案内いたします。\n\n"
            "　12月29日〜1月3日：全営業所 8:00〜20:00（空港店は通常どおり）\n"
            "　法人専用ダイヤル：0120-316-815（期間中は9:00〜17:00）\n\n"
            "期間中のご予約は、法人ポータルから24時間承っております。\n"
            "本年も格別のお引き立てを賜り、厚く御礼申し上げます。\n\n" + sig("saegusa"),
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "announcement to five corporate customers correctly in Bcc (To is the sender)",
})

_p = people(92, 4)
MESSAGES.append({
    "id": "rental-092", "charset": "shift_jis",
    "sender": s("saegusa"),
    "to": ["川崎電機 総務部 車両担当 <sharyo@kawasaki-denki.co.jp>"],
    "subject": "登録ドライバー申請内容のご確認（4名）",
    "body": "川崎電機株式会社\n総務部 車両ご担当者様\n\nお世話になっております。三枝です。\n"
            "ご申請いただいた4名のうち、生年月日の記載が免許証写しと異なる方がいらっしゃいました。\n"
            "申請書の記載内容を下記に転記しますので、ご確認をお願いします。\n\n"
            + "\n".join(f"{i + 1}. {p['name']}（{p['kana']}）　生年月日 {wareki(p, 'short')}　携帯 {p['tel']}"
                        for i, p in enumerate(_p))
            + "\n\n※3番目の方は、免許証写しでは生年月日の日付が1日ずれています。\n\n" + sig("saegusa"),
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four people's records to the corporate customer: under five, warning at most",
})

MESSAGES.append({
    "id": "rental-093", "charset": "utf-8",
    "sender": s("isurugi"),
    "to": ["経営会議メンバー <keiei-kaigi@hinode-sangyo.co.jp>"],
    "subject": "【極秘】カーシェア事業 業務提携先候補の評価",
    "body": "経営会議メンバー各位\n\n法務・コンプライアンス室の石動です。\n12月の経営会議で審議予定の業務提携先候補の評価資料を添付します。\n"
            "社外への転送は厳禁です。\n\n石動\n",
    "attachments": [{"kind": "docx", "name": "【極秘】業務提携先候補評価_v2.docx", "page_header": "極秘",
                     "paragraphs": ["極秘", "カーシェア事業 業務提携先候補の評価", "1. 候補A社：駐車場大手、ステーション網 1,200か所",
                                    "2. 候補B社：鉄道系、駅前用地の提供が可能", "3. 評価：A社を第一候補とし、基本合意を2月までに目指す"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "a 極秘-stamped document, but all recipients are internal",
})

MESSAGES.append({
    "id": "rental-094", "charset": "utf-8",
    "sender": s("tsuboi"),
    "to": ["Kelvin Chan <kelvin.chan@kowloon-carrental.com.hk>"],
    "subject": "Hong Kong travel fair 2026 - joint booth",
    "body": "Dear Kelvin,\n\nThank you for the invitation to share a booth at the Hong Kong International Travel Expo in June 2026.\n"
            "We are happy to join. Our proposal:\n\n"
            "- Booth size: 18 sqm, cost split 50/50\n- Hinode will bring Japanese-language and Chinese-language brochures\n"
            "- A joint QR code leading to both booking sites\n\n"
            "Could you send the exhibitor manual and the payment schedule?\n\n" + sig("tsuboi") + "\n\n" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "English business mail to a foreign partner with the standard confidentiality disclaimer",
})

MESSAGES.append({
    "id": "rental-095", "charset": "utf-8",
    "sender": "日の出カーシェア <info-carshare@hinode-sangyo.co.jp>",
    "to": ["momose.riho@docomo.ne.jp"],
    "subject": "【日の出カーシェア】12月のおトク情報",
    "html": "<html><body><div style=\"max-width:600px;font-family:sans-serif\">"
            "<h2 style=\"color:#e06000\">日の出カーシェア 12月のおトク情報</h2>"
            "<p>百瀬 里穂 様</p><p>いつも日の出カーシェアをご利用いただきありがとうございます。</p>"
            "<table border=\"0\" cellpadding=\"6\"><tr><td><b>年末ナイトパック</b></td><td>18:00〜翌9:00 2,480円</td></tr>"
            "<tr><td><b>EV初回無料</b></td><td>EV車両の初回30分が無料</td></tr>"
            "<tr><td><b>新ステーション</b></td><td>豊洲・有明エリアに5か所オープン</td></tr></table>"
            "<p>会員ページ：<a href=\"https://carshare.hinode-sangyo.co.jp/mypage\">https://carshare.hinode-sangyo.co.jp/mypage</a></p>"
            "<p style=\"font-size:small;color:#888\">配信停止は会員ページの「メール設定」から行えます。<br>"
            "日の出産業株式会社 カーシェア事業部 〒105-0013 東京都港区浜松町2-7-15</p></div></body></html>",
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "HTML-only newsletter to a single member on a carrier address; nothing about other people",
})

_p = people(96, 1, ("東京都",))[0]
MESSAGES.append({
    "id": "rental-096", "charset": "iso-2022-jp",
    "sender": s("kanematsu"),
    "to": ["大森 卓 <t-omori@minato-kasai.co.jp>"],
    "subject": "AC-2512-003 相手方情報（物損）",
    "body": "大森様\n\nお世話になっております。兼松です。\n12月2日の物損事故（AC-2512-003）の相手方情報をお知らせします。\n\n"
            f"　相手方氏名：{_p['name']} 様\n　住所：{_p['addr']}\n　連絡先：{_p['tel']}\n"
            "　相手方車両：練馬 330 さ 41-07（自家用）\n　損傷：右フロントフェンダー擦過\n\n"
            "けが人はおりません。相手方は対物での修理を希望されています。\n\n" + sig("kanematsu"),
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one counterparty's contact record to the insurer (property damage only): one person, may warn",
})

_p = people(97, 4)
MESSAGES.append({
    "id": "rental-097", "charset": "utf-8",
    "sender": s("kaji"),
    "to": ["さくらホテル マーケティング室 <marketing@sakura-hotel.jp>"],
    "subject": "共同キャンペーン 当選者4名様のご連絡",
    "body": "さくらホテル マーケティング室 御中\n\nお世話になっております。加治です。\n"
            "共同キャンペーンのペア宿泊券の当選者（4名様）が確定しました。\n"
            "ご本人様の同意を得て、宿泊券の発送先をお知らせします。\n\n" + sig("kaji"),
    "attachments": [{"kind": "xlsx", "name": "当選者一覧_ペア宿泊券.xlsx",
                     "sheets": {"当選者": [["冬の共同キャンペーン ペア宿泊券 当選者"], [],
                                        ["No", "氏名", "フリガナ", "郵便番号", "住所", "電話"]]
                                       + [[i + 1, p["name"], p["kana"], p["zip"], p["addr"], p["tel"]] for i, p in enumerate(_p)],
                                "発送": [["発送予定日", "2026/03/10"], ["発送方法", "簡易書留"]]}}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "XLSX with four winners' addresses to the partner hotel: up to four people, warning at most",
})

_p = people(98, 1)[0]
MESSAGES.append({
    "id": "rental-098", "charset": "shift_jis",
    "sender": s("kanematsu"),
    "to": ["菅野 里美 <kanno.s@heiwa-sonpo.co.jp>"],
    "subject": "AC-2512-008 相手方のご様子について",
    "body": "菅野様\n\nお世話になっております。兼松です。\n12月5日の追突事故（AC-2512-008）の件で、補足です。\n\n"
            f"現場では物損として処理しましたが、本日、相手方の{_p['name']}様から当社にお電話があり、\n"
            "「昨晩から首が少し痛むので、念のため病院に行くかもしれない」とのことでした。\n"
            "まだ受診はされていないようです。\n\n"
            "人身に切り替わる可能性がありますので、お含みおきください。\n\n" + sig("kanematsu"),
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "a named counterparty's vague complaint of neck pain, no diagnosis: medical or not is arguable",
})

MESSAGES.append({
    "id": "rental-099", "charset": "iso-2022-jp",
    "sender": s("miyasaka"),
    "to": ["アンゼン・ドライビングスクール 法人研修課 <hojin@anzen-driving.co.jp>"],
    "subject": "安全運転講習（1/20）受講者のご連絡",
    "body": "アンゼン・ドライビングスクール\n法人研修課 ご担当者様\n\nお世話になっております。日の出産業 人事総務課の宮坂です。\n"
            "1月20日の安全運転講習の受講者名簿（3名）をお送りします。\n\n" + sig("miyasaka"),
    "attachments": [{"kind": "pdf", "name": "受講者名簿_0120.pdf",
                     "lines": ["安全運転講習 受講者名簿", "日の出産業株式会社　2026年1月20日（火）", ""],
                     "table": [["No", "氏名", "所属", "免許取得年", "当日連絡先"],
                               ["1", "外間 航平", "那覇空港営業所", "2019年", "090-3318-2746"],
                               ["2", "鈴鹿 紗希", "羽田空港営業所", "2021年", "080-6624-1190"],
                               ["3", "相良 達郎", "平和島整備センター", "2008年", "070-2209-5583"]]}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "PDF roster of three trainees with mobiles to the driving school: below five people",
})

_p = people(100, 1)[0]
MESSAGES.append({
    "id": "rental-100", "charset": "utf-8",
    "sender": s("sanada"),
    "to": ["パークリンク お客様相談室 <soudan@parklink.co.jp>"],
    "subject": "会員情報の開示制限について（ご協力のお願い）",
    "body": "株式会社パークリンク お客様相談室 御中\n\nいつもお世話になっております。日の出産業 会員サービス課の真田です。\n\n"
            f"当社カーシェア会員の {_p['name']} 様（会員番号 {_p['member']}）について、ご協力をお願いいたします。\n"
            "同会員は元配偶者からのDV被害を受けており、警察に相談済みで、保護命令も出ているとのことです。\n"
            "元配偶者が「家族だ」と名乗って、利用ステーションや利用日時を問い合わせてくる可能性があります。\n\n"
            "御社の駐車場（ステーション）側でお問い合わせを受けた場合は、一切お答えにならず、\n"
            "当社会員窓口（0120-316-810）へご案内いただけますでしょうか。\n\n" + sig("sanada"),
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named member as a victim of domestic violence (crime victim) sent to the parking partner",
})
