"""Blind corpus — AREA: hanbaisokushin (販売促進・キャンペーン).

日の出産業株式会社 販売促進部: prize campaigns (懸賞・キャッシュバック), sampling, store
promotions (店頭販促・マネキン派遣), the point programme, with agencies (プロモアーク,
アトリエ灯), printers (錦印刷), fulfilment and carriers (ハコブネ・フルフィルメント, 青葉運輸),
retailers (マルヤマストア, ドラッグひまわり) and co-branding partners (北国フーズ, 川崎電機):
winners, shipping lists, creative proofs, cash-back transfers, point members.

Every person, address, phone number and account below is invented. My Numbers come from
my_number(SEED + k) and card numbers from card_number(SEED + k), k distinct in this file.
"""

import random

from build import card_number, my_number

SEED = 45601

# -- small helpers (names and addresses are invented) ------------------------------------

_SEI = [
    ("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
    ("渡邉", "ワタナベ", "watanabe"), ("小豆沢", "アズキザワ", "azukizawa"),
    ("四月一日", "ワタヌキ", "watanuki"), ("勅使河原", "テシガワラ", "teshigawara"),
    ("五百旗頭", "イオキベ", "iokibe"), ("東海林", "ショウジ", "shoji"),
    ("百目鬼", "ドウメキ", "domeki"), ("栗林", "クリバヤシ", "kuribayashi"),
    ("真壁", "マカベ", "makabe"), ("的場", "マトバ", "matoba"), ("三ッ矢", "ミツヤ", "mitsuya"),
    ("比嘉", "ヒガ", "higa"), ("今井", "イマイ", "imai"), ("大和田", "オオワダ", "owada"),
    ("小野寺", "オノデラ", "onodera"), ("蓮見", "ハスミ", "hasumi"),
    ("土橋", "ツチハシ", "tsuchihashi"), ("御手洗", "ミタライ", "mitarai"), ("八木", "ヤギ", "yagi"),
    ("福永", "フクナガ", "fukunaga"), ("菅野", "カンノ", "kanno"), ("柊", "ヒイラギ", "hiiragi"),
    ("宇佐美", "ウサミ", "usami"), ("漆原", "ウルシバラ", "urushibara"),
    ("森岡", "モリオカ", "morioka"), ("日下部", "クサカベ", "kusakabe"), ("樋口", "ヒグチ", "higuchi"),
    ("新垣", "アラカキ", "arakaki"), ("木暮", "コグレ", "kogure"), ("石動", "イスルギ", "isurugi"),
    ("中條", "チュウジョウ", "chujo"), ("片桐", "カタギリ", "katagiri"), ("水野", "ミズノ", "mizuno"),
    ("岩渕", "イワブチ", "iwabuchi"), ("島袋", "シマブクロ", "shimabukuro"),
    ("根本", "ネモト", "nemoto"), ("浜崎", "ハマサキ", "hamasaki"), ("鬼頭", "キトウ", "kito"),
    ("舟橋", "フナハシ", "funahashi"), ("薄井", "ウスイ", "usui"), ("万代", "マンダイ", "mandai"),
]
_MEI = [
    ("陽菜", "ヒナ", "hina"), ("大翔", "ヒロト", "hiroto"), ("美咲", "ミサキ", "misaki"),
    ("健太", "ケンタ", "kenta"), ("由紀子", "ユキコ", "yukiko"), ("誠", "マコト", "makoto"),
    ("千尋", "チヒロ", "chihiro"), ("颯太", "ソウタ", "sota"), ("恵美", "エミ", "emi"),
    ("修", "オサム", "osamu"), ("沙耶", "サヤ", "saya"), ("拓也", "タクヤ", "takuya"),
    ("和子", "カズコ", "kazuko"), ("悠人", "ユウト", "yuto"), ("真央", "マオ", "mao"),
    ("哲也", "テツヤ", "tetsuya"), ("結衣", "ユイ", "yui"), ("昌弘", "マサヒロ", "masahiro"),
    ("瑞穂", "ミズホ", "mizuho"), ("翔", "ショウ", "sho"), ("文香", "フミカ", "fumika"),
    ("将太", "ショウタ", "shota"), ("久美子", "クミコ", "kumiko"), ("俊介", "シュンスケ", "shunsuke"),
    ("さくら", "サクラ", "sakura"), ("礼二", "レイジ", "reiji"), ("菜々子", "ナナコ", "nanako"),
    ("敦", "アツシ", "atsushi"), ("理沙", "リサ", "risa"), ("直樹", "ナオキ", "naoki"),
]
_TOWN = [
    ("003-0023", "北海道札幌市白石区南郷通"), ("030-0861", "青森県青森市長島"),
    ("980-0014", "宮城県仙台市青葉区本町"), ("990-0039", "山形県山形市香澄町"),
    ("310-0015", "茨城県水戸市宮町"), ("320-0811", "栃木県宇都宮市大通り"),
    ("330-0063", "埼玉県さいたま市浦和区高砂"), ("260-0013", "千葉県千葉市中央区中央"),
    ("173-0004", "東京都板橋区板橋"), ("154-0004", "東京都世田谷区太子堂"),
    ("192-0083", "東京都八王子市旭町"), ("220-0011", "神奈川県横浜市西区高島"),
    ("252-0231", "神奈川県相模原市中央区相模原"), ("950-0087", "新潟県新潟市中央区東大通"),
    ("920-0853", "石川県金沢市本町"), ("420-0852", "静岡県静岡市葵区紺屋町"),
    ("460-0008", "愛知県名古屋市中区栄"), ("514-0009", "三重県津市羽所町"),
    ("604-8005", "京都府京都市中京区恵比須町"), ("530-0012", "大阪府大阪市北区芝田"),
    ("590-0028", "大阪府堺市堺区三国ヶ丘御幸通"), ("650-0021", "兵庫県神戸市中央区三宮町"),
    ("700-0024", "岡山県岡山市北区駅元町"), ("730-0011", "広島県広島市中区基町"),
    ("760-0019", "香川県高松市サンポート"), ("790-0001", "愛媛県松山市一番町"),
    ("812-0011", "福岡県福岡市博多区博多駅前"), ("860-0805", "熊本県熊本市中央区桜町"),
    ("890-0053", "鹿児島県鹿児島市中央町"), ("900-0015", "沖縄県那覇市久茂地"),
]
_BLDG = ["", "", "", "", "コーポ若葉 203", "メゾン白樺 105号室", "グランシャトー 701",
         "サンハイツ 2-B", "パークサイド東 1102", "ハイム清水 301"]
_FREE = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp",
         "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]


def _people(n, tag):
    """n invented people, the same for the same tag."""
    rng = random.Random(f"hanbaisokushin-{tag}")
    seen, out = set(), []
    while len(out) < n:
        sei, mei = rng.choice(_SEI), rng.choice(_MEI)
        if (sei[0], mei[0]) in seen:
            continue
        seen.add((sei[0], mei[0]))
        zipc, town = rng.choice(_TOWN)
        banchi = f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 25)}"
        bldg = rng.choice(_BLDG)
        y, m, d = rng.randint(1952, 2004), rng.randint(1, 12), rng.randint(1, 28)
        sep = rng.choice([".", "_", ""])
        out.append({
            "sei": sei[0], "mei": mei[0], "name": f"{sei[0]} {mei[0]}",
            "kana": f"{sei[1]} {mei[1]}", "romaji": f"{mei[2].capitalize()} {sei[2].capitalize()}",
            "zip": zipc, "addr": f"{town}{banchi}" + (f" {bldg}" if bldg else ""),
            "pref": town[:3] if town[2] in "県都府道" else town[:4],
            "tel": f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "mail": f"{mei[2]}{sep}{sei[2]}{rng.randint(1, 99)}@{rng.choice(_FREE)}",
            "dob": (y, m, d), "age": 2026 - y - (1 if m > 6 else 0),
        })
    return out


def _wareki(y, m, d, short=False):
    for start, name, ab in ((2019, "令和", "R"), (1989, "平成", "H"), (1926, "昭和", "S")):
        if y >= start:
            n = y - start + 1
            return f"{ab}{n}.{m}.{d}" if short else f"{name}{n}年{m}月{d}日"
    return f"{y}/{m}/{d}"


_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def _zen(s):
    return s.translate(_FW)


def _corp(base12):
    """法人番号: check digit in front of a 12-digit base (invented bases)."""
    digits = [int(c) for c in base12]
    total = 0
    for n in range(1, 13):
        p = digits[12 - n]
        total += p * (1 if n % 2 else 2)
    return str(9 - total % 9) + base12


_OFFICE = "〒103-0027 東京都中央区日本橋2-14-6 日の出ビル5F"


def _sig(name, mail, team="販売促進部 キャンペーン企画課", ext=None, mobile=None, style=0):
    if style == 0:
        lines = ["――――――――――――――――――――――――",
                 f"日の出産業株式会社 {team}", name, _OFFICE,
                 "TEL 03-5201-7730（代表）" + (f" 内線 {ext}" if ext else "")]
        if mobile:
            lines.append(f"携帯 {mobile}")
        lines += [f"E-mail {mail}", "――――――――――――――――――――――――"]
    elif style == 1:
        lines = ["--", f"日の出産業（株） {team}", name,
                 "TEL:03-5201-7734 / FAX:03-5201-7799", mail]
    elif style == 2:
        lines = ["＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊",
                 "日の出産業株式会社", team, f"  {name}", "  " + _OFFICE,
                 "  TEL 03-5201-7730 ／ FAX 03-5201-7799",
                 "＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"]
    else:
        lines = [f"{name}（{team}）", f"{mail} / 内線{ext or '4400'}"]
    return "\n".join(lines)


_DISC_JA = ("【ご注意】本メールおよび添付ファイルには機密情報が含まれている場合があります。"
            "誤って受信された場合は、お手数ですが送信者までご連絡いただき、本メールを削除"
            "してくださいますようお願いいたします。")
_DISC_EN = ("This e-mail and any attachments may contain confidential information. If you "
            "are not the intended recipient, please notify the sender immediately and "
            "delete this e-mail. Any unauthorised use, disclosure or copying is prohibited.")

_EN_SIG = """--
Naoto Kiryu
Global Promotion Team, Sales Promotion Dept.
Hinode Sangyo Co., Ltd.
2-14-6 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel: +81-3-5201-7730 | kiryu.naoto@hinode-sangyo.co.jp"""

# senders
MURAKAMI = "村上 沙織 <murakami.saori@hinode-sangyo.co.jp>"
HIMURO = "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>"
ASHIDA = "芦田 玲奈 <ashida.rena@hinode-sangyo.co.jp>"
KAMIJO = "上条 拓海 <kamijo.takumi@hinode-sangyo.co.jp>"
SHINOMIYA = "四ノ宮 真理 <shinomiya.mari@hinode-sangyo.co.jp>"
TSURUMI = "鶴見 大輔 <tsurumi.daisuke@hinode-sangyo.co.jp>"
KIRYU = "Naoto Kiryu <kiryu.naoto@hinode-sangyo.co.jp>"
YAKUSHIJI = "薬師寺 恵 <yakushiji.megumi@hinode-sangyo.co.jp>"
CAMPAIGN = "日の出産業 キャンペーン事務局 <campaign@hinode-sangyo.co.jp>"

MESSAGES = []

# ---------------------------------------------------------------------------------------
# 001–025
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "hanbaisokushin-001",
    "sender": MURAKAMI,
    "to": ["小椋 達也 <ogura.tatsuya@nishiki-insatsu.co.jp>"],
    "subject": "【日の出産業】春のありがとうキャンペーン チラシ初校 赤字のご連絡",
    "charset": "iso-2022-jp",
    "body": f"""錦印刷株式会社
営業部 小椋様

いつもお世話になっております。日の出産業の村上です。
春のありがとうキャンペーン（B4チラシ・表裏）の初校、ありがとうございました。
社内確認が終わりましたので、赤字を添付のPDFにまとめてお送りします。

主な修正点は以下の3点です。
1. 表面キャッチ「ありがとうを、もう一度。」のフォントを一回り大きく
2. 応募期間：2026年3月1日（日）～4月30日（木）当日消印有効 → 「当日消印有効」を削除（WEB応募のみのため）
3. 裏面 お問い合わせ先：キャンペーン事務局 0120-556-781（平日10:00～17:00）
   → 受付時間を「土日祝を除く 10:00～17:00」に修正

再校は3/4（水）中にいただけますと助かります。
何卒よろしくお願いいたします。

{_sig("村上 沙織", "murakami.saori@hinode-sangyo.co.jp", ext="4412")}
""",
    "attachments": [{
        "kind": "pdf", "name": "spring_cp_flyer_shokou_akaji.pdf",
        "title": "春のありがとうキャンペーン チラシ 初校赤字",
        "lines": ["春のありがとうキャンペーン B4チラシ 初校 赤字一覧（2026/02/27 販売促進部）",
                  "", "No.1 表面 キャッチコピー：フォントサイズ 48pt → 56pt",
                  "No.2 表面 応募期間：「当日消印有効」削除",
                  "No.3 表面 賞品写真：A賞 ホットプレートの写真を最新型（HP-220）に差し替え",
                  "No.4 裏面 応募方法：QRコード下の URL を https://hinode-cp.jp/spring に修正",
                  "No.5 裏面 お問い合わせ：受付時間「土日祝を除く 10:00～17:00」",
                  "No.6 裏面 注記：※賞品の発送は2026年6月上旬を予定しております。",
                  "", "以上6点、ご対応をお願いいたします。"]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "creative proof corrections to the partner printer; only a campaign hotline number",
})

_w002 = _people(30, "002")
MESSAGES.append({
    "id": "hanbaisokushin-002",
    "sender": TSURUMI,
    "to": ["青葉運輸 物流センター 戸叶様 <tokano.m@aoba-unyu.co.jp>"],
    "cc": ["芦田 玲奈 <ashida.rena@hinode-sangyo.co.jp>"],
    "subject": "夏のBBQキャンペーン 第1回当選者 発送データ（30件）",
    "charset": "cp932",
    "body": f"""青葉運輸株式会社
物流センター 戸叶様

お世話になっております。日の出産業 販売促進部の鶴見です。

夏のBBQキャンペーン第1回抽選の当選者30名分の発送データを添付いたします。
賞品はA賞（BBQコンロ）5件、B賞（調味料セット）25件です。
6/15（月）出荷でお願いできますでしょうか。

ご不明点があればご連絡ください。

{_sig("鶴見 大輔", "tsurumi.daisuke@hinode-sangyo.co.jp", team="販売促進部 店頭販促課", style=1)}
""",
    "attachments": [{
        "kind": "csv", "name": "BBQ_当選者発送データ_第1回.csv", "encoding": "cp932",
        "rows": [["応募ID", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "賞品コード", "数量"]]
                + [[f"BBQ26-{10457 + i * 37}", p["name"], p["kana"], p["zip"], p["addr"], p["tel"],
                    "PRZ-A01" if i < 5 else "PRZ-B03", 1] for i, p in enumerate(_w002)]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "30 winners' names, addresses and phones in a CSV to the carrier: list of people (reason 1)",
})

_w003 = _people(8, "003")
_q003 = "\n".join(f"> {i + 1}. {p['name']}様（{p['pref']}） TEL {p['tel']}" for i, p in enumerate(_w003))
MESSAGES.append({
    "id": "hanbaisokushin-003",
    "sender": ASHIDA,
    "to": ["プロモアーク キャンペーン事務局 <jimukyoku@promoark.co.jp>"],
    "subject": "Re: 【確認依頼】Wチャンス賞 当選者リスト（8名）",
    "charset": "utf-8",
    "body": f"""プロモアーク 事務局 村瀬様

お世話になっております。日の出産業の芦田です。
リストの確認が取れました。8名とも重複応募・社員応募には該当しませんでしたので、
このまま当選確定とし、当選通知メールの送信に進めてください。

送信予定日時だけ事前にお知らせいただけますと助かります。

芦田

2026年5月21日(木) 15:02 プロモアーク 事務局 村瀬 <jimukyoku@promoark.co.jp>:
> 日の出産業 芦田様
>
> いつもお世話になっております。プロモアークの村瀬です。
> Wチャンス賞の抽選結果（8名）を下記にお送りします。
> 社内での重複チェックをお願いできますでしょうか。
>
{_q003}
>
> 以上、よろしくお願いいたします。
> ----
> 株式会社プロモアーク キャンペーン事務局 村瀬 加奈子
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the winners list is only in the quoted text the agency itself sent; new text has no personal data",
})

_p004 = [("HIMEKAWA", "KOUSUKE", "姫川 康介", "TZ4187265", (1979, 8, 14), "2031/03/09"),
         ("HIMEKAWA", "AYANO", "姫川 彩乃", "TR9052381", (1982, 1, 27), "2029/11/20")]
MESSAGES.append({
    "id": "hanbaisokushin-004",
    "sender": KAMIJO,
    "to": ["ミライトラベル 法人営業部 新庄様 <shinjo@mirai-travel.co.jp>"],
    "subject": "ハワイ旅行ペアご招待 当選者様の航空券手配について",
    "charset": "iso-2022-jp",
    "body": f"""株式会社ミライトラベル
法人営業部 新庄様

お世話になっております。日の出産業 販売促進部の上条です。
先日ご相談したハワイ旅行ペアご招待の当選者様から、渡航者情報をいただきました。
航空券・ホテルの手配をお願いいたします。

■ 渡航者1
　氏名（ローマ字）：{_p004[0][0]} {_p004[0][1]}（{_p004[0][2]}）
　生年月日：{_p004[0][4][0]}年{_p004[0][4][1]}月{_p004[0][4][2]}日
　旅券番号：{_p004[0][3]}　有効期限：{_p004[0][5]}
■ 渡航者2（同行者）
　氏名（ローマ字）：{_p004[1][0]} {_p004[1][1]}（{_p004[1][2]}）
　生年月日：{_p004[1][4][0]}年{_p004[1][4][1]}月{_p004[1][4][2]}日
　旅券番号：{_p004[1][3]}　有効期限：{_p004[1][5]}

出発希望日：2026年9月12日（土）　帰国：9月17日（木）
お手数ですが、手配可否を今週中にご連絡ください。

{_sig("上条 拓海", "kamijo.takumi@hinode-sangyo.co.jp", team="販売促進部 販促企画課", ext="4420")}
""",
    "expect": "stop",
    "entities": ["JP_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "two travellers' passport numbers and dates of birth to a travel agency: identity documents (reason 2)",
})

_a005 = _people(50, "005")
MESSAGES.append({
    "id": "hanbaisokushin-005",
    "sender": KAMIJO,
    "to": ["氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>"],
    "cc": ["芦田 玲奈 <ashida.rena@hinode-sangyo.co.jp>"],
    "subject": "サンプリング第2弾 応募者データ速報（5/31締め）",
    "charset": "utf-8",
    "body": """氷室課長

お疲れさまです。上条です。
サンプリング第2弾（スープ3種お試しセット）の応募者データ、5/31締め分の速報です。
応募総数 1,284件のうち、抽選対象の先頭50件をシート「応募者一覧」に抜き出しています。
集計シートには年代・地域別の件数をまとめました。

明日の定例で抽選方法（年代別の按分にするか）をご相談させてください。

上条
""",
    "attachments": [{
        "kind": "xlsx", "name": "sampling2_応募者速報_0531.xlsx",
        "sheets": {
            "集計": [["サンプリング第2弾 応募集計（5/31時点）"], [],
                     ["年代", "件数"], ["20代", 212], ["30代", 377], ["40代", 341],
                     ["50代", 228], ["60代以上", 126], ["合計", 1284]],
            "応募者一覧": [["No", "氏名", "年齢", "郵便番号", "住所", "電話番号", "メールアドレス"]]
                     + [[i + 1, p["name"], p["age"], p["zip"], p["addr"], p["tel"], p["mail"]]
                        for i, p in enumerate(_a005)],
        }}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "50 applicants' records but every recipient is internal",
})

MESSAGES.append({
    "id": "hanbaisokushin-006",
    "sender": CAMPAIGN,
    "to": ["hiro.tsuchiya1979@gmail.com", "mayu_k0321@yahoo.co.jp", "ryo.fujinami@icloud.com"],
    "subject": "【日の出産業】夏のBBQキャンペーン ご当選のお知らせ",
    "charset": "iso-2022-jp",
    "body": """このたびは「日の出産業 夏のBBQキャンペーン」にご応募いただき、誠にありがとうございます。

厳正なる抽選の結果、A賞「BBQコンロ」にご当選されましたのでお知らせいたします。

賞品発送のため、お手数ですが6月10日（水）までに本メールへご返信のうえ、
下記をお知らせください。
　・お名前
　・郵便番号・ご住所
　・日中にご連絡のつくお電話番号

期日までにご返信がない場合、当選を無効とさせていただくことがございます。

日の出産業株式会社 キャンペーン事務局
0120-556-781（土日祝を除く 10:00～17:00）
""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "three private winners in To can see each other's addresses: should have been Bcc (reason 4)",
})

MESSAGES.append({
    "id": "hanbaisokushin-007",
    "sender": CAMPAIGN,
    "to": ["k-hanamaki.0715@docomo.ne.jp"],
    "subject": "ご当選賞品の発送先確認のお願い",
    "charset": "cp932",
    "body": """花巻 公彦 様

日の出産業キャンペーン事務局でございます。
このたびはB賞へのご当選、おめでとうございます。

ご応募時にご登録いただいた発送先は以下のとおりです。
　〒950-0087 新潟県新潟市中央区東大通2-5-11 ライオンズ東大通 604
　電話：090-6621-4083

お引越し等でお変わりがある場合のみ、6/12までにご返信ください。
お変わりない場合はご返信不要です。6月下旬に発送いたします。

日の出産業株式会社 キャンペーン事務局
0120-556-781（土日祝を除く 10:00～17:00）
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["freemail_recipient", "personal_data"],
    "note": "the winner's own address sent back to the winner alone on carrier mail: one person, one free-mail recipient",
})

_w008 = _people(22, "008")
MESSAGES.append({
    "id": "hanbaisokushin-008",
    "sender": TSURUMI,
    "to": ["ハコブネ・フルフィルメント 出荷管理 <shukka@hakobune-ff.co.jp>"],
    "subject": "【送付】Wチャンス賞 発送データ（6/12分）",
    "charset": "utf-8",
    "body": f"""ハコブネ・フルフィルメント株式会社
出荷管理ご担当者様

お世話になっております。日の出産業の鶴見です。
6/12出荷分の発送データをお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

よろしくお願いいたします。

{_sig("鶴見 大輔", "tsurumi.daisuke@hinode-sangyo.co.jp", team="販売促進部 店頭販促課", ext="4431")}
""",
    "attachments": [{
        "kind": "zip", "name": "発送データ_0612.zip", "password": "Hn#0612kbs",
        "files": [{"kind": "xlsx", "name": "発送データ_0612.xlsx",
                   "sheets": {"発送": [["氏名", "郵便番号", "住所", "電話"]]
                              + [[p["name"], p["zip"], p["addr"], p["tel"]] for p in _w008]}}]}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected ZIP (PPAP) to the fulfilment house: cannot be inspected (reason 7)",
})

MESSAGES.append({
    "id": "hanbaisokushin-009",
    "sender": TSURUMI,
    "to": ["ハコブネ・フルフィルメント 出荷管理 <shukka@hakobune-ff.co.jp>"],
    "subject": "【パスワード】Wチャンス賞 発送データ（6/12分）",
    "charset": "utf-8",
    "body": """ハコブネ・フルフィルメント 出荷管理ご担当者様

日の出産業の鶴見です。
先ほどお送りした「発送データ_0612.zip」のパスワードをお知らせします。

　Hn#0612kbs

よろしくお願いいたします。
鶴見
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the follow-up mail with only the ZIP password: no personal data, no attachment",
})

MESSAGES.append({
    "id": "hanbaisokushin-010",
    "sender": HIMURO,
    "to": ["浅利 優子 <asari.yuko@kitaguni-foods.co.jp>"],
    "cc": ["上条 拓海 <kamijo.takumi@hinode-sangyo.co.jp>"],
    "subject": "2027年 共同キャンペーン企画案のご共有",
    "charset": "iso-2022-jp",
    "body": f"""北国フーズ株式会社
商品企画部 浅利様

いつも大変お世話になっております。日の出産業の氷室です。
先日の打合せでお話しした2027年の共同キャンペーンについて、
社内で検討中の企画案を添付いたします。
次回打合せ（2/18）までにご覧いただけますと幸いです。

{_sig("氷室 健吾", "himuro.kengo@hinode-sangyo.co.jp", team="販売促進部 課長", style=2)}
""",
    "attachments": [{
        "kind": "pptx", "name": "2027_共同キャンペーン企画案_v3.pptx",
        "title": "2027年 共同キャンペーン企画案",
        "page_footer": "社外秘　日の出産業株式会社 販売促進部",
        "slides": [["2027年 共同キャンペーン企画案（v3）", "日の出産業 × 北国フーズ",
                    "販売促進部 2026年1月"],
                   ["狙い", "冬の鍋需要期に両社商品の併売を強化",
                    "店頭での同時購入率 12% → 18% を目標"],
                   ["施策案", "レシート応募：両社商品を合計800円以上購入で応募",
                    "A賞 土鍋セット 100名 / B賞 詰め合わせ 1,000名", "店頭POP・レシピカード"],
                   ["予算（案）", "賞品費 1,150万円 / 販促物 420万円 / 事務局 380万円",
                    "費用負担は両社折半を想定"]]}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "the deck is stamped 社外秘 on every slide and goes to a partner (reason 6)",
})

MESSAGES.append({
    "id": "hanbaisokushin-011",
    "sender": KAMIJO,
    "to": ["浅利 優子 <asari.yuko@kitaguni-foods.co.jp>"],
    "cc": ["法務部 契約担当 <houmu-keiyaku@hinode-sangyo.co.jp>"],
    "subject": "共同キャンペーンに関する秘密保持契約書（案）の送付",
    "charset": "cp932",
    "body": f"""北国フーズ株式会社
商品企画部 浅利様

お世話になっております。日の出産業の上条です。
共同キャンペーンの具体的な検討に入るにあたり、秘密保持契約を締結させていただきたく、
当社法務部で作成した契約書（案）をお送りします。

修正のご希望があれば、変更履歴付きでご返送いただけますでしょうか。
締結後、販売データ等の機密情報を含む資料をご共有させていただく予定です。

{_sig("上条 拓海", "kamijo.takumi@hinode-sangyo.co.jp", team="販売促進部 販促企画課", style=1)}
""",
    "attachments": [{
        "kind": "docx", "name": "秘密保持契約書（案）_北国フーズ様.docx",
        "title": "秘密保持契約書（案）",
        "paragraphs": [
            "秘密保持契約書（案）",
            "日の出産業株式会社（以下「甲」という。）と北国フーズ株式会社（以下「乙」という。）は、"
            "両社による共同販売促進キャンペーンの検討（以下「本目的」という。）に関し、次のとおり契約を締結する。",
            "第1条（秘密情報）本契約において秘密情報とは、本目的のために相手方から開示された技術上・営業上の"
            "一切の情報であって、開示の際に機密である旨が明示されたものをいう。",
            "第2条（秘密保持）甲及び乙は、相手方の事前の書面による承諾なく、秘密情報を第三者に開示・漏えいしてはならない。",
            "第3条（個人情報）本目的の遂行にあたり個人情報を取り扱う場合、甲及び乙は個人情報の保護に関する法律を遵守する。",
            "第4条（有効期間）本契約の有効期間は締結日から2年間とする。",
            "（以下略）"]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "mail about an NDA with the draft contract; words 機密/個人情報 only in clauses, no marking",
})

MESSAGES.append({
    "id": "hanbaisokushin-012",
    "sender": KIRYU,
    "to": ["Sarah Okonkwo <sarah.okonkwo@brightwave-promo.com>"],
    "subject": "London pop-up sampling - revised timeline",
    "charset": "utf-8",
    "body": f"""Dear Sarah,

Thank you for the call yesterday. As discussed, here is the revised timeline for the
Hinode instant miso soup sampling at the Covent Garden pop-up:

  - 14 Sep: final artwork for the booth and leaflets (our side)
  - 21 Sep: sample stock (6,000 cups) arrives at your warehouse in Park Royal
  - 2-4 Oct: sampling days, 11:00-19:00
  - 16 Oct: wrap-up report (footfall, samples handed out, survey results)

Could you confirm the staffing plan (we assumed 4 brand ambassadors per day) and send
the updated quotation by Friday?

Best regards,
Naoto

{_EN_SIG}

{_DISC_EN}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "ordinary English planning mail to a foreign agency with the standard disclaimer",
})

MESSAGES.append({
    "id": "hanbaisokushin-013",
    "sender": KIRYU,
    "to": ["James Marsh <j.marsh@kestrel-sampling.com>"],
    "subject": "Osaka sampling day - our student ambassadors",
    "charset": "utf-8",
    "body": f"""Hi James,

For the Osaka sampling day on 25 July, three of our student ambassadors will support
your team at the Umeda site. Please contact them directly on the day if needed:

  Rina Tokuda      +81 90-4417-2095   (team lead, English OK)
  Kaito Morishige  +81 80-3358-7162
  Yua Shimizu      +81 70-6129-4403

They will arrive at 9:30 and wear the blue Hinode T-shirts.

Thanks,
Naoto

{_EN_SIG}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three people's names and mobile numbers to a partner agency: under five, may be warned",
})

_s014 = [("MY-011", "マルヤマストア 本町店", "埼玉県川口市本町4-3-2", "048-222-5101"),
         ("MY-014", "マルヤマストア 蕨駅前店", "埼玉県蕨市中央1-21-8", "048-433-6012"),
         ("MY-019", "マルヤマストア 戸田公園店", "埼玉県戸田市本町2-9-14", "048-441-3320"),
         ("MY-023", "マルヤマストア 鳩ヶ谷店", "埼玉県川口市三ツ和1-5-7", "048-283-1177"),
         ("MY-027", "マルヤマストア 赤羽北店", "東京都北区赤羽北2-30-1", "03-3907-8844"),
         ("MY-031", "マルヤマストア 志村坂上店", "東京都板橋区志村2-16-33", "03-3965-2408"),
         ("MY-035", "マルヤマストア 成増店", "東京都板橋区成増3-11-5", "03-3939-7216"),
         ("MY-038", "マルヤマストア 和光店", "埼玉県和光市本町18-2", "048-462-9930"),
         ("MY-042", "マルヤマストア 朝霞台店", "埼玉県朝霞市東弁財1-4-20", "048-466-0455"),
         ("MY-047", "マルヤマストア 志木店", "埼玉県志木市本町5-2-11", "048-473-5582"),
         ("MY-050", "マルヤマストア 新座店", "埼玉県新座市東北2-31-6", "048-478-1209"),
         ("MY-053", "マルヤマストア ふじみ野店", "埼玉県ふじみ野市西1-6-9", "049-264-7731"),
         ("MY-058", "マルヤマストア 所沢東店", "埼玉県所沢市東町8-15", "04-2924-3318"),
         ("MY-061", "マルヤマストア 東村山店", "東京都東村山市本町2-4-40", "042-393-6107"),
         ("MY-064", "マルヤマストア 小平店", "東京都小平市美園町1-8-3", "042-341-2256"),
         ("MY-066", "マルヤマストア 田無店", "東京都西東京市田無町3-7-12", "042-461-9084"),
         ("MY-070", "マルヤマストア 清瀬店", "東京都清瀬市元町1-2-25", "042-491-3372"),
         ("MY-073", "マルヤマストア ひばりヶ丘店", "東京都西東京市住吉町3-9-8", "042-421-6640"),
         ("MY-077", "マルヤマストア 大泉学園店", "東京都練馬区東大泉5-41-2", "03-3921-1593"),
         ("MY-080", "マルヤマストア 石神井店", "東京都練馬区石神井町3-23-6", "03-3996-8201")]
_t014 = "\n".join(f"{c:<8}{n}{'　' * (14 - len(n))}{a}  {t}" for c, n, a, t in _s014)
MESSAGES.append({
    "id": "hanbaisokushin-014",
    "sender": TSURUMI,
    "to": ["マルヤマストア 販促企画部 <hansoku@maruyama-store.co.jp>"],
    "subject": "7月 鍋つゆ試食販売 実施店舗のご確認（20店舗）",
    "charset": "iso-2022-jp",
    "body": f"""株式会社マルヤマストア
販促企画部 ご担当者様

お世話になっております。日の出産業の鶴見です。
7月の試食販売の実施店舗を下記20店舗で確定させていただきたく、ご確認をお願いします。

店舗CD  店舗名　　　　　　　　　　　　所在地 / 店舗電話
------------------------------------------------------------------------
{_t014}
------------------------------------------------------------------------

実施日は各店 7/11（土）・7/12（日）の2日間、マネキン1名体制を予定しております。
什器（試食台・のぼり）は7/9着で各店宛に発送いたします。

{_sig("鶴見 大輔", "tsurumi.daisuke@hinode-sangyo.co.jp", team="販売促進部 店頭販促課", ext="4431", mobile="080-2201-5537")}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a list of 20 stores with store addresses and phones: businesses, not people",
})

MESSAGES.append({
    "id": "hanbaisokushin-015",
    "sender": TSURUMI,
    "to": ["スマイルマネキン 派遣営業 有働様 <udo@smile-mannequin.co.jp>"],
    "subject": "Re: 7/11-12 試食販売 巡回スタッフの連絡先",
    "charset": "utf-8",
    "body": f"""有働様

お世話になっております。鶴見です。
当日、各店舗を巡回する当社側スタッフ3名の携帯番号をお知らせします。
マネキンさんからの緊急連絡は下記にお願いできればと思います。

・埼玉エリア　　小野寺 俊介　090-7324-5819
・東京北エリア　真壁 菜々子　080-4183-2260
・東京西エリア　福永 礼二　　070-1952-6647

よろしくお願いいたします。

鶴見

> 鶴見様
> 当日の貴社ご担当者様の連絡先を頂戴できますでしょうか。
> スマイルマネキン 有働
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three staff members' mobile numbers to the staffing agency: under five people, may be warned",
})

_m016 = _people(12, "016")
MESSAGES.append({
    "id": "hanbaisokushin-016",
    "sender": TSURUMI,
    "to": ["マルヤマストア 総務部 施設管理 <shisetsu@maruyama-store.co.jp>"],
    "subject": "【入館申請】試食販売スタッフ 6月・7月分",
    "charset": "cp932",
    "body": f"""株式会社マルヤマストア
総務部 施設管理ご担当者様

お世話になっております。日の出産業 販売促進部の鶴見でございます。
6月・7月の試食販売にあたり、店舗バックヤードへの入館申請書を提出いたします。
貴社指定の様式に記入しておりますので、ご確認をお願いいたします。

{_sig("鶴見 大輔", "tsurumi.daisuke@hinode-sangyo.co.jp", team="販売促進部 店頭販促課", ext="4431")}
""",
    "attachments": [{
        "kind": "xlsx", "name": "入館者申請書_日の出産業_6-7月.xlsx",
        "sheets": {
            "6月分": [["マルヤマストア 入館者申請書（取引先用）", "", "", "", "申請会社：日の出産業株式会社"],
                      [],
                      ["氏名", "フリガナ", "生年月日", "携帯電話", "所属", "入館店舗", "入館日"]]
                     + [[p["name"], p["kana"], f"{p['dob'][0]}/{p['dob'][1]:02d}/{p['dob'][2]:02d}",
                         p["tel"], "スマイルマネキン（派遣）", _s014[i][1], "2026/06/20"]
                        for i, p in enumerate(_m016[:6])],
            "7月分": [["マルヤマストア 入館者申請書（取引先用）", "", "", "", "申請会社：日の出産業株式会社"],
                      [],
                      ["氏名", "フリガナ", "生年月日", "携帯電話", "所属", "入館店舗", "入館日"]]
                     + [[p["name"], p["kana"], f"{p['dob'][0]}/{p['dob'][1]:02d}/{p['dob'][2]:02d}",
                         p["tel"], "スマイルマネキン（派遣）", _s014[i + 6][1], "2026/07/11"]
                        for i, p in enumerate(_m016[6:])],
        }}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "12 demonstrators' names, birth dates and mobiles in an XLSX to a retailer: list of people (reason 1)",
})

MESSAGES.append({
    "id": "hanbaisokushin-017",
    "sender": "お客様相談室 日高 <hidaka.sou@hinode-sangyo.co.jp>",
    "to": ["芦田 玲奈 <ashida.rena@hinode-sangyo.co.jp>"],
    "cc": ["氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>"],
    "subject": "FW: 【お客様相談室】サンプル品に関するお申し出（要対応）",
    "charset": "iso-2022-jp",
    "body": """芦田さん

お客様相談室の日高です。
サンプリングの配布品についてお申し出がありましたので共有します。
北国フーズさんへの連絡要否をご判断ください。

-------- 受付内容 --------
受付日時：2026/06/03 11:24（電話）
お客様名：鬼頭 和子 様（キトウ カズコ）
連絡先　：080-5539-2176
内容　　：ドラッグひまわりで受け取った「北国ポタージュ」試供品を飲んだ後、
　　　　　口の周りに湿疹が出た。翌日皮膚科を受診し、接触性皮膚炎と診断された。
　　　　　原材料の詳細を知りたい。返金等は求めていない。
ロット　：KP-2605-B
--------------------------

日高
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "a customer's diagnosis with name and phone, but forwarded only inside the company",
})

MESSAGES.append({
    "id": "hanbaisokushin-018",
    "sender": ASHIDA,
    "to": ["北国フーズ 品質保証部 <hinshitsu@kitaguni-foods.co.jp>"],
    "subject": "【至急】試供品「北国ポタージュ」に関するお客様申し出の件",
    "charset": "utf-8",
    "body": f"""北国フーズ株式会社
品質保証部 ご担当者様

いつもお世話になっております。日の出産業 販売促進部の芦田です。
共同サンプリングで配布した試供品について、当社お客様相談室に下記のお申し出がありました。
原材料・製造ロットのご確認と、お客様への回答内容のご相談をお願いいたします。

---------- Forwarded message ----------
From: お客様相談室 <soudan@hinode-sangyo.co.jp>
件名: お申し出記録 No.26-0611

お客様名：百目鬼 千尋 様（ドウメキ チヒロ）
住所　　：〒330-0063 埼玉県さいたま市浦和区高砂3-8-12
電話　　：090-2874-6153
内容　　：6/7にドラッグひまわり浦和店で受け取った試供品を子どもと一緒に摂取したところ、
　　　　　本人に蕁麻疹と息苦しさが出て救急外来を受診。小麦アレルギーと診断された。
　　　　　パッケージの「小麦」表示が小さく分かりづらいとのご意見。
ロット　：KP-2605-B
----------------------------------------

お手数ですが、ご確認のほどよろしくお願いいたします。

{_sig("芦田 玲奈", "ashida.rena@hinode-sangyo.co.jp", ext="4415")}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named customer's allergy diagnosis and ER visit forwarded to a partner: 要配慮個人情報 (reason 3)",
})

MESSAGES.append({
    "id": "hanbaisokushin-019",
    "sender": ASHIDA,
    "to": ["北国フーズ 品質保証部 <hinshitsu@kitaguni-foods.co.jp>"],
    "subject": "試供品に関するお申し出（ご報告）",
    "charset": "iso-2022-jp",
    "body": f"""北国フーズ株式会社
品質保証部 ご担当者様

お世話になっております。日の出産業の芦田です。
共同サンプリングの試供品について、当社お客様相談室にお申し出が1件ありましたのでご報告します。

・お申し出者：30代女性のお客様（埼玉県内の店舗で受け取り）
・内容：摂取後に湿疹が出て医療機関を受診された、とのこと
　　　 アレルゲン表示（小麦）が見づらいとのご意見
・対象ロット：KP-2605-B
・お客様のご要望：原材料の詳細説明（返金等のご要望はなし）

お客様への回答は当社から行いますので、原材料と表示に関する見解をいただけますと幸いです。
なお、お客様の個人情報は当社で管理しており、本メールには記載しておりません。

{_sig("芦田 玲奈", "ashida.rena@hinode-sangyo.co.jp", style=3, ext="4415")}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the same kind of incident reported without anyone identifiable; disease words in passing",
})

MESSAGES.append({
    "id": "hanbaisokushin-020",
    "sender": MURAKAMI,
    "to": ["小椋 達也 <ogura.tatsuya@nishiki-insatu.co.jp>"],
    "subject": "Re: 春のありがとうキャンペーン 再校データ",
    "charset": "iso-2022-jp",
    "body": f"""小椋様

お世話になっております。村上です。
再校ありがとうございました。表面の1点のみ修正をお願いします（添付PDFに赤字）。
こちらで責了とさせていただきますので、修正後そのまま下版をお願いいたします。

{_sig("村上 沙織", "murakami.saori@hinode-sangyo.co.jp", ext="4412", style=1)}
""",
    "attachments": [{
        "kind": "pdf", "name": "spring_cp_flyer_saikou_akaji.pdf",
        "lines": ["春のありがとうキャンペーン チラシ 再校 赤字", "",
                  "表面 右下ロゴ：日の出産業ロゴを最新版（2026年版）に差し替え", "", "以上1点 責了"]}],
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "nishiki-insatu.co.jp is a one-letter typo of the partner printer nishiki-insatsu.co.jp (reason 5)",
})

MESSAGES.append({
    "id": "hanbaisokushin-021",
    "sender": MURAKAMI,
    "to": ["小椋 達也 <ogura.tatsuya@nishiki-insatsu.co.jp>"],
    "cc": ["村瀬 加奈子 <murase@promoark.co.jp>", "氷室 健吾 <himuro.kengo@hinode-sangyo.co.jp>"],
    "subject": "店頭ポスター 色校正 立会い日程のご相談",
    "charset": "cp932",
    "body": f"""錦印刷 小椋様
（cc：プロモアーク 村瀬様）

お世話になっております。日の出産業の村上です。
夏キャンペーンの店頭ポスター（B1・B2）について、本機色校の立会いを行いたく、
下記候補日でご都合はいかがでしょうか。

　① 6/16（火）14:00～
　② 6/17（水）10:00～
　③ 6/18（木）15:00～

場所は錦印刷様 板橋工場を想定しています。
当社からは村上・氷室の2名、プロモアーク様からはデザイナーの方にご同席いただけると助かります。

{_sig("村上 沙織", "murakami.saori@hinode-sangyo.co.jp", ext="4412")}
""",
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "printer and agency together on a scheduling mail: two external organisations, normal",
})

MESSAGES.append({
    "id": "hanbaisokushin-022",
    "sender": TSURUMI,
    "to": ["ハコブネ・フルフィルメント 在庫管理 柳田様 <yanagida@hakobune-ff.co.jp>"],
    "subject": "景品在庫表（6月末時点）のご確認",
    "charset": "utf-8",
    "body": """柳田様

お世話になっております。日の出産業の鶴見です。
御社倉庫でお預かりいただいている景品の在庫表（当社側の帳簿）を添付します。
御社の棚卸数と差異がないか、ご確認いただけますでしょうか。
特に PRZ-B03（調味料セット）は出荷数が多かったため念のため。

鶴見
日の出産業（株）販売促進部 TEL 03-5201-7734
""",
    "attachments": [{
        "kind": "xls", "name": "景品在庫表_202606.xls",
        "sheets": {"在庫": [["景品コード", "品名", "入庫数", "出荷数", "帳簿在庫", "保管ロケ"],
                            ["PRZ-A01", "BBQコンロ（折りたたみ）", 60, 35, 25, "A-03-2"],
                            ["PRZ-B03", "調味料セット 5種", 1200, 1104, 96, "B-11-1"],
                            ["PRZ-C02", "オリジナル保冷バッグ", 3000, 2417, 583, "C-02-4"],
                            ["PRZ-C07", "QUOカード 500円分", 2000, 1986, 14, "金庫"],
                            ["NOV-015", "ノベルティ ボールペン", 5000, 1220, 3780, "D-01-1"]]}}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a legacy XLS of prize stock with item codes and quantities: no personal data",
})

_c023 = card_number(SEED + 21)
MESSAGES.append({
    "id": "hanbaisokushin-023",
    "sender": SHINOMIYA,
    "to": ["ポイントリンク カスタマーサポート <support@pointlink.jp>"],
    "subject": "カード決済時のポイント未付与について（会員様お問い合わせ）",
    "charset": "cp932",
    "body": f"""株式会社ポイントリンク
カスタマーサポート ご担当者様

いつもお世話になっております。日の出産業 販売促進部の四ノ宮です。
「ひので ポイントクラブ」会員様から、クレジットカード連携ポイントが付与されていない
とのお問い合わせがありました。調査をお願いできますでしょうか。

　会員番号　：HP-0038-77125
　会員氏名　：宇佐美 瑞穂 様
　登録カード：{_c023[:4]} {_c023[4:8]} {_c023[8:12]} {_c023[12:]}（有効期限 09/28）
　対象利用日：2026/05/18　マルヤマストア 志木店　3,280円

会員様からはカード明細の写しもいただいております。
よろしくお願いいたします。

{_sig("四ノ宮 真理", "shinomiya.mari@hinode-sangyo.co.jp", team="販売促進部 ポイント企画課", ext="4440")}
""",
    "expect": "stop",
    "entities": ["CREDIT_CARD", "PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "a member's full credit card number sent to the point vendor (reason 2)",
})

MESSAGES.append({
    "id": "hanbaisokushin-024",
    "sender": SHINOMIYA,
    "to": ["ポイントリンク 営業部 桑原様 <kuwabara@pointlink.jp>"],
    "subject": "10月からのポイント付与率変更について",
    "charset": "iso-2022-jp",
    "body": f"""桑原様

お世話になっております。日の出産業の四ノ宮です。
先日ご相談した付与率変更について、社内決裁が下りましたのでご連絡いたします。

【変更内容（2026年10月1日～）】
・通常付与：200円ごとに1pt（変更なし）
・対象商品（日の出ブランド）：100円ごとに1pt → 100円ごとに2pt
・誕生月ボーナス：廃止し、年2回の「ダブルポイントデー」に変更

【参考：会員数（9月1日時点）】
・会員数　　　　　　 412,806名
・うちアプリ会員　　 233,417名
・直近3か月アクティブ 118,950名

システム側の設定変更のスケジュールをご提示いただけますでしょうか。
なお、会員様への告知は当社で行います。

{_sig("四ノ宮 真理", "shinomiya.mari@hinode-sangyo.co.jp", team="販売促進部 ポイント企画課", ext="4440", style=2)}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "point programme rule change with aggregate member counts: no individual's data",
})

_mn025 = my_number(SEED + 1)
MESSAGES.append({
    "id": "hanbaisokushin-025",
    "sender": KAMIJO,
    "to": ["青柳会計事務所 担当 佐々木様 <sasaki@aoyagi-kaikei.jp>"],
    "subject": "支払調書作成用 カメラマン報酬の支払先情報",
    "charset": "utf-8",
    "body": f"""青柳会計事務所
佐々木様

いつもお世話になっております。日の出産業 販売促進部の上条です。
キャンペーンビジュアル撮影をお願いしたフリーランスのカメラマンについて、
支払調書作成のため支払先情報をお送りします。

　氏名　　：漆原 直樹（ウルシバラ ナオキ）
　住所　　：〒154-0004 東京都世田谷区太子堂4-19-7 メゾン三軒茶屋 302
　個人番号：{_mn025[:4]} {_mn025[4:8]} {_mn025[8:]}
　支払額　：報酬 660,000円（税込）／源泉徴収税額 67,386円
　支払日　：2026年4月30日

本人確認書類（写し）は社内で保管しております。
ご不明点があればご連絡ください。

上条 拓海
日の出産業株式会社 販売促進部 販促企画課
TEL 03-5201-7730 内線4420
""",
    "expect": "stop",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a freelancer's My Number sent to an outside accounting office by e-mail (reason 2)",
})

# ---------------------------------------------------------------------------------------
# 026–050
# ---------------------------------------------------------------------------------------

_mn026a, _mn026b = my_number(SEED + 2), my_number(SEED + 3)
MESSAGES.append({
    "id": "hanbaisokushin-026",
    "sender": KAMIJO,
    "to": ["経理部 支払担当 <keiri-shiharai@hinode-sangyo.co.jp>"],
    "subject": "【マイナンバー】インフルエンサー報酬 支払先2名分",
    "charset": "iso-2022-jp",
    "body": f"""経理部 支払担当 御中

販売促進部の上条です。
SNSキャンペーンでPR投稿をお願いした個人インフルエンサー2名について、
報酬支払と支払調書作成のため個人番号をお送りします（本人確認済み）。

1) 蓮見 結衣（ハスミ ユイ）
　 〒220-0011 神奈川県横浜市西区高島2-7-1 パークサイド東 1102
　 個人番号 {_mn026a}
　 報酬 220,000円（税込）

2) 根本 颯太（ネモト ソウタ）
　 〒460-0008 愛知県名古屋市中区栄3-15-22
　 個人番号 {_mn026b}
　 報酬 165,000円（税込）

支払予定日は6/30です。番号は確認後、本メールは削除いたします。

上条（内線4420）
""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "JP_ADDRESS"],
    "detectors": [],
    "note": "My Numbers of two payees sent to the internal accounting department only",
})

MESSAGES.append({
    "id": "hanbaisokushin-027",
    "sender": MURAKAMI,
    "to": ["アトリエ灯 デザイナー 冬木様 <fuyuki@atelier-akari.jp>"],
    "subject": "秋キャンペーンビジュアル 素材使用期間の件",
    "charset": "utf-8",
    "body": f"""冬木様

お世話になっております。日の出産業の村上です。
秋キャンペーンのキービジュアルに、春に撮影したモデルの七瀬さんのカットを流用したいのですが、
事務所（ルミナスプロ）との契約上、使用期間は2026年12月31日まで、媒体は店頭POP・WEB・SNSとなっています。

交通広告には使えないため、駅貼りポスター版はイラスト案でお願いできますでしょうか。
ラフは来週金曜までにいただけると嬉しいです。

{_sig("村上 沙織", "murakami.saori@hinode-sangyo.co.jp", ext="4412")}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a model's name only, with usage terms of a photo: no personal data about her",
})

_m028 = _people(7, "028")
_rows028 = "\n".join(
    f"<tr><td>{i + 1}</td><td>{p['name']}</td><td>{p['age']}</td><td>{p['pref']}</td>"
    f"<td>{p['mail']}</td><td>{p['tel']}</td></tr>" for i, p in enumerate(_m028))
MESSAGES.append({
    "id": "hanbaisokushin-028",
    "sender": KAMIJO,
    "to": ["プロモアーク 村瀬 加奈子 <murase@promoark.co.jp>"],
    "subject": "ホームユーステスト モニター追加7名の件",
    "charset": "utf-8",
    "html": f"""<html><body style="font-family:'Meiryo',sans-serif;font-size:10pt">
<p>株式会社プロモアーク<br>村瀬様</p>
<p>お世話になっております。日の出産業の上条です。<br>
ホームユーステストのモニターに欠員が出たため、補欠から下記7名を繰り上げます。<br>
発送と事前アンケートのご案内をお願いいたします。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde8f5"><th>No</th><th>氏名</th><th>年齢</th><th>都道府県</th><th>メールアドレス</th><th>電話番号</th></tr>
{_rows028}
</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 販売促進部 販促企画課<br>上条 拓海<br>TEL 03-5201-7730（内線4420）</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "HTML-only mail with a table of 7 monitors' e-mail and phone to the agency (reason 1)",
})

MESSAGES.append({
    "id": "hanbaisokushin-029",
    "sender": MURAKAMI,
    "to": ["アトリエ灯 冬木様 <fuyuki@atelier-akari.jp>"],
    "subject": "メルマガ7月号 原稿（HTML）のご確認",
    "charset": "utf-8",
    "html": """<html><body>
<p>冬木様</p>
<p>お世話になっております。村上です。<br>7月号のメルマガ原稿を貼り付けます。デザイン調整をお願いします。</p>
<hr>
<div style="border:1px solid #f90;padding:12px;width:560px">
<h2 style="color:#e65c00">☀ 夏のBBQキャンペーン 開催中！</h2>
<p>対象の日の出商品を含むレシートで応募すると、抽選で<b>合計1,030名様</b>に当たる！</p>
<ul>
<li>A賞：BBQコンロ（折りたたみ）……30名様</li>
<li>B賞：日の出 調味料セット……1,000名様</li>
</ul>
<p>応募締切：2026年7月31日（金）23:59</p>
<p><a href="https://hinode-cp.jp/bbq">▶ 応募はこちら</a></p>
<p style="font-size:9pt">お問い合わせ：日の出産業 キャンペーン事務局 0120-556-781（土日祝を除く 10:00～17:00）<br>
ご応募いただいた個人情報は、賞品の発送およびキャンペーン運営のみに利用します。</p>
</div>
<hr>
<p>村上（日の出産業 販売促進部）</p>
</body></html>""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "HTML-only newsletter draft to the design office; 個人情報 only in a privacy line",
})

MESSAGES.append({
    "id": "hanbaisokushin-030",
    "sender": TSURUMI,
    "to": ["青葉運輸 物流センター 戸叶様 <tokano.m@aoba-unyu.co.jp>"],
    "subject": "発送先一覧（修正版）の送付",
    "charset": "cp932",
    "body": """戸叶様

お世話になっております。日の出産業の鶴見です。
先日お送りした発送先一覧に住所不備が数件あったため、修正版をお送りします。
お手数ですが差し替えをお願いいたします。

鶴見
--
日の出産業（株） 販売促進部 店頭販促課
TEL:03-5201-7734
""",
    "attachments": [{"kind": "corrupt", "name": "発送先一覧_修正版.xlsx"}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the XLSX attachment is corrupt and cannot be read (reason 7)",
})

MESSAGES.append({
    "id": "hanbaisokushin-031",
    "sender": TSURUMI,
    "to": ["青葉運輸 物流センター 戸叶様 <tokano.m@aoba-unyu.co.jp>"],
    "subject": "Re: 発送先一覧（修正版）の送付",
    "charset": "utf-8",
    "body": """戸叶様

失礼いたしました。ファイルが壊れていたようです。
修正が必要なのは3件だけでしたので、CSVで改めてお送りします。
他の行は前回のデータのままで問題ありません。

鶴見

-----Original Message-----
From: 戸叶 正美 <tokano.m@aoba-unyu.co.jp>
Sent: Tuesday, June 16, 2026 10:12 AM
To: 鶴見 大輔 <tsurumi.daisuke@hinode-sangyo.co.jp>
Subject: RE: 発送先一覧（修正版）の送付

鶴見様
いただいたファイルが開けませんでした。お手数ですが再送いただけますか。
青葉運輸 戸叶
""",
    "attachments": [{
        "kind": "csv", "name": "発送先修正_3件.csv", "encoding": "utf-8",
        "rows": [["応募ID", "氏名", "郵便番号", "住所", "電話番号"],
                 ["BBQ26-10716", "舟橋 恵美", "920-0853", "石川県金沢市本町1-6-3 ハイム清水 301", "090-3318-2047"],
                 ["BBQ26-10901", "石動 哲也", "730-0011", "広島県広島市中区基町5-44", "080-6602-1985"],
                 ["BBQ26-11012", "万代 久美子", "760-0019", "香川県高松市サンポート2-1-9", "087-822-4316"]]}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "three winners' corrected addresses to the carrier: under five people, may be warned",
})

_m032 = _people(40, "032")
MESSAGES.append({
    "id": "hanbaisokushin-032",
    "sender": SHINOMIYA,
    "to": ["ツバサシステム 開発部 堤様 <tsutsumi@tsubasa-system.jp>"],
    "subject": "会員データ移行テスト用ファイル（本番抽出40件）",
    "charset": "utf-8",
    "body": f"""ツバサシステム株式会社
開発部 堤様

お世話になっております。日の出産業の四ノ宮です。
新ポイントシステムへの移行テスト用に、本番の会員データから40件を抽出しました。
文字化け（旧字・外字）の確認にお使いください。
ZIPにCSVと項目定義のテキストをまとめています。

{_sig("四ノ宮 真理", "shinomiya.mari@hinode-sangyo.co.jp", team="販売促進部 ポイント企画課", ext="4440")}
""",
    "attachments": [{
        "kind": "zip", "name": "member_migration_test_40.zip",
        "files": [
            {"kind": "csv", "name": "members_40.csv", "encoding": "cp932",
             "rows": [["会員番号", "氏名", "フリガナ", "生年月日", "電話番号", "メールアドレス", "保有pt"]]
                     + [[f"HP-00{31 + i % 9}-{50210 + i * 113}", p["name"], p["kana"],
                         f"{p['dob'][0]}-{p['dob'][1]:02d}-{p['dob'][2]:02d}", p["tel"], p["mail"],
                         (i * 377) % 5000] for i, p in enumerate(_m032)]},
            {"kind": "txt", "name": "項目定義.txt",
             "text": "会員番号: HP-xxxx-xxxxx\n氏名: 全角\nフリガナ: 全角カナ\n生年月日: YYYY-MM-DD\n電話番号: ハイフン区切り\n保有pt: 整数\n"}]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "40 real members' records in a plain ZIP to the system vendor as test data (reason 1)",
})

_inner033 = {
    "sender": "マルヤマストア 販促企画部 江藤 <eto@maruyama-store.co.jp>",
    "to": ["鶴見 大輔 <tsurumi.daisuke@hinode-sangyo.co.jp>"],
    "subject": "7月 鍋つゆ試食販売 実施結果",
    "charset": "iso-2022-jp",
    "body": """日の出産業 鶴見様

お世話になっております。マルヤマストアの江藤です。
7/11・12の試食販売の結果をお送りします。

店舗　　　　　　　期間販売数　前年同週比
本町店　　　　　　　　 412　　 158%
蕨駅前店　　　　　　　 287　　 131%
戸田公園店　　　　　　 355　　 149%
赤羽北店　　　　　　　 198　　 112%
成増店　　　　　　　　 264　　 127%
（全20店合計 5,832個　前年同週比 137%）

北国フーズ様の鍋用具材との併売も好調でした。
マルヤマストア 販促企画部 江藤
""",
}
MESSAGES.append({
    "id": "hanbaisokushin-033",
    "sender": TSURUMI,
    "to": ["浅利 優子 <asari.yuko@kitaguni-foods.co.jp>"],
    "subject": "FW: 7月 鍋つゆ試食販売 実施結果（マルヤマストア様）",
    "charset": "iso-2022-jp",
    "body": f"""浅利様

お世話になっております。日の出産業の鶴見です。
マルヤマストア様から試食販売の結果をいただきましたので、転送いたします（添付のメール）。
御社の具材セットとの併売効果についても触れられています。

{_sig("鶴見 大輔", "tsurumi.daisuke@hinode-sangyo.co.jp", team="販売促進部 店頭販促課", style=1)}
""",
    "attachments": [{"kind": "eml", "name": "7月試食販売 実施結果.eml", "message": _inner033}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a retailer's store sales results forwarded as an attached mail: business figures only",
})

_w034 = _people(6, "034")
_fw034 = "\n\n".join(f"【{i + 1}】{p['name']} 様\n〒{p['zip']} {p['addr']}\nTEL {p['tel']}"
                     for i, p in enumerate(_w034))
MESSAGES.append({
    "id": "hanbaisokushin-034",
    "sender": MURAKAMI,
    "to": ["小椋 達也 <ogura.tatsuya@nishiki-insatsu.co.jp>"],
    "subject": "FW: 特別賞 当選者の宛名データ",
    "charset": "cp932",
    "body": f"""小椋様

お世話になっております。村上です。
当選通知ハガキの宛名印刷をお願いしたく、プロモアーク様からのメールを転送します。
特別賞の6名分です。ハガキのデザインは前回入稿分でお願いします。

村上

---------- 転送メッセージ ----------
差出人: 村瀬 加奈子 <murase@promoark.co.jp>
日付: 2026年5月27日 17:40
件名: 特別賞 当選者の宛名データ
宛先: 村上 沙織 <murakami.saori@hinode-sangyo.co.jp>

村上様

特別賞（6名）の当選者の宛先です。ハガキ印刷にお使いください。

{_fw034}

プロモアーク 村瀬
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "a forward (new text to the printer) of six winners' addresses and phones (reason 1)",
})

_w035 = _people(9, "035")
_q035 = "\n".join(f"{p['name']}\t{p['zip']}\t{p['addr']}\t{p['tel']}\t{['宛所不明', '受取拒否', '保管期限切れ'][i % 3]}"
                  for i, p in enumerate(_w035))
MESSAGES.append({
    "id": "hanbaisokushin-035",
    "sender": TSURUMI,
    "to": ["ハコブネ・フルフィルメント 柳田様 <yanagida@hakobune-ff.co.jp>"],
    "subject": "RE: 【ご報告】返送品9件のリスト",
    "charset": "utf-8",
    "body": """柳田様

ご報告ありがとうございます。承知しました。
9件とも一旦御社倉庫で保管をお願いします。
再送分は当選者様に確認のうえ、来週中に改めてご連絡します。

鶴見

-----Original Message-----
From: 柳田 誠 <yanagida@hakobune-ff.co.jp>
Sent: Thursday, June 25, 2026 4:31 PM
To: 鶴見 大輔 <tsurumi.daisuke@hinode-sangyo.co.jp>
Subject: 【ご報告】返送品9件のリスト

日の出産業 鶴見様

Wチャンス賞の発送分のうち、下記9件が返送されてきました。
対応方法をご指示ください。

氏名\t郵便番号\t住所\t電話\t返送理由
""" + _q035 + """

ハコブネ・フルフィルメント 柳田
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the 9 returned parcels are only in the quoted original from the recipient; reply text adds nothing",
})

MESSAGES.append({
    "id": "hanbaisokushin-036",
    "sender": HIMURO,
    "to": ["村瀬 加奈子 <murase@promoark.co.jp>"],
    "subject": "下期キャンペーン 予算配分（案）",
    "charset": "iso-2022-jp",
    "body": """村瀬様

お世話になっております。氷室です。
下期の事務局運営費の見積りのベースとして、予算配分案を共有します。
施策ごとの上限の目安としてご覧ください。

氷室
日の出産業株式会社 販売促進部 課長
TEL 03-5201-7730
""",
    "attachments": [{
        "kind": "xlsx", "name": "2026下期_販促予算配分案.xlsx",
        "page_header": "取扱注意",
        "sheets": {"配分案": [["【取扱注意】2026年度下期 販促予算配分（案）　販売促進部"], [],
                              ["施策", "期間", "賞品費", "販促物", "事務局費", "媒体費", "合計"],
                              ["秋の鍋キャンペーン", "9-11月", 8200000, 3100000, 2400000, 5000000, 18700000],
                              ["年末年始 ポイント2倍", "12-1月", 0, 800000, 600000, 2500000, 3900000],
                              ["冬のサンプリング", "1-2月", 0, 1500000, 1800000, 1200000, 4500000],
                              ["合計", "", 8200000, 5400000, 4800000, 8700000, 27100000]]}}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "the budget workbook is classified 取扱注意 in its title row and page header (reason 6)",
})

MESSAGES.append({
    "id": "hanbaisokushin-037",
    "sender": ASHIDA,
    "to": ["村瀬 加奈子 <murase@promoark.co.jp>"],
    "subject": "Re: 秋キャンペーンの販売目標について",
    "charset": "cp932",
    "body": f"""村瀬様

お世話になっております。芦田です。
ご依頼の販売計画の資料ですが、社内の社外秘資料のためそのままお送りすることができません。
申し訳ありません。事務局の体制検討に必要な範囲で、概要をお伝えします。

・応募見込み：約45,000件（前年実績 38,200件）
・ピーク：10月第2週（TVCMの放映開始週）
・問い合わせ想定：応募数の2～3%（電話・メール合計）

この前提でコールセンターの席数をご検討いただけますでしょうか。

{_sig("芦田 玲奈", "ashida.rena@hinode-sangyo.co.jp", ext="4415")}

> 芦田様
> 事務局体制の検討のため、販売計画の資料をいただくことは可能でしょうか。
> プロモアーク 村瀬
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "社外秘 is only mentioned (the document is not sent); forecast figures only",
})

MESSAGES.append({
    "id": "hanbaisokushin-038",
    "sender": TSURUMI,
    "to": ["青葉運輸 発送センター <hassou@aoba-unyu.jp>"],
    "subject": "再発送のお願い（2件）",
    "charset": "utf-8",
    "body": """青葉運輸 発送センター ご担当者様

いつもお世話になっております。日の出産業の鶴見です。
保管期限切れで返送された2件について、当選者様と連絡が取れましたので再発送をお願いします。

1. 柊 さくら 様　〒812-0011 福岡県福岡市博多区博多駅前3-22-8 グランシャトー 701　TEL 080-4471-9036
　 （平日19時以降の配達希望）
2. 八木 敦 様　　〒590-0028 大阪府堺市堺区三国ヶ丘御幸通7-3　TEL 090-1184-5527

よろしくお願いいたします。
鶴見（日の出産業 販売促進部）
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "aoba-unyu.jp drops the co. of the partner carrier aoba-unyu.co.jp: look-alike domain (reason 5)",
})

MESSAGES.append({
    "id": "hanbaisokushin-039",
    "sender": KAMIJO,
    "to": ["みどり銀行 日本橋支店 法人営業 丹羽様 <niwa.k@midori-ginko.co.jp>"],
    "subject": "キャッシュバック振込に伴う総合振込のご相談",
    "charset": "iso-2022-jp",
    "body": f"""株式会社みどり銀行 日本橋支店
法人営業課 丹羽様

いつもお世話になっております。日の出産業の上条です。
秋に「全員もらえる キャッシュバックキャンペーン」を予定しており、
当選者様への振込を総合振込で行いたいと考えております。

・件数：1回あたり 約1,200件、月2回（11月～1月）
・1件あたり金額：1,000円または3,000円
・振込先：全国の金融機関（ゆうちょ銀行含む）

つきましては、
　1) 振込手数料（当行宛／他行宛）の優遇の可否
　2) 振込データの受け渡し方法（ファームバンキング／Web伝送）
についてご教示いただけますでしょうか。
一度お打合せの時間をいただけますと幸いです。

{_sig("上条 拓海", "kamijo.takumi@hinode-sangyo.co.jp", team="販売促進部 販促企画課", ext="4420")}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a question to the partner bank about bulk transfers: no account or person data",
})

_m040 = _people(25, "040")
_banks040 = [("みどり銀行", "0173"), ("ゆうちょ銀行", "9900"), ("東邦中央銀行", "0512"),
             ("北陸ひかり銀行", "0144"), ("瀬戸内信用金庫", "1881")]
MESSAGES.append({
    "id": "hanbaisokushin-040",
    "sender": KAMIJO,
    "to": ["みどり銀行 振込センター <furikomi-center@midori-ginko.co.jp>"],
    "subject": "【日の出産業】総合振込データ 11/10実行分",
    "charset": "cp932",
    "body": """みどり銀行 振込センター ご担当者様

日の出産業株式会社の上条です。
11/10実行分のキャッシュバック振込データ（25件）を添付いたします。
Web伝送の障害により、今回のみメールでの受け渡しとさせていただきたく存じます。
丹羽様にはご了承いただいております。

上条
日の出産業株式会社 販売促進部 TEL 03-5201-7730
""",
    "attachments": [{
        "kind": "csv", "name": "sogofurikomi_1110.csv", "encoding": "cp932",
        "rows": [["金融機関名", "金融機関コード", "支店名", "支店コード", "預金種目", "口座番号", "受取人名（カナ）", "振込金額"]]
                + [[_banks040[i % 5][0], _banks040[i % 5][1], f"第{(i * 7) % 40 + 1}支店",
                    f"{101 + (i * 53) % 800:03d}", "普通" if i % 4 else "当座",
                    f"{1000000 + (i * 382917) % 9000000:07d}", p["kana"].replace(" ", "　"),
                    3000 if i % 3 == 0 else 1000] for i, p in enumerate(_m040)]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["personal_data"],
    "note": "25 private persons' bank accounts in a transfer file sent by mail to the bank (reason 1)",
})

MESSAGES.append({
    "id": "hanbaisokushin-041",
    "sender": CAMPAIGN,
    "to": ["miyuki.kawabata88@outlook.jp"],
    "subject": "キャッシュバックお振込み完了のお知らせ",
    "charset": "utf-8",
    "body": """川端 美幸 様

このたびは「全員もらえる キャッシュバックキャンペーン」にご応募いただき、ありがとうございました。
本日、下記口座へ3,000円をお振込みいたしましたのでお知らせいたします。

　お振込先：みどり銀行 新宿支店　普通　3384102
　口座名義：カワバタ ミユキ
　お振込日：2026年11月10日

通帳記帳の際の表示は「ヒノデサンギヨウ（カ」となります。
ご不明な点がございましたら、キャンペーン事務局までお問い合わせください。

日の出産業株式会社 キャンペーン事務局
0120-556-781（土日祝を除く 10:00～17:00）
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
    "detectors": ["freemail_recipient", "personal_data"],
    "note": "the applicant's own bank account confirmed to that applicant alone (one free-mail recipient)",
})

MESSAGES.append({
    "id": "hanbaisokushin-042",
    "sender": YAKUSHIJI,
    "to": ["さくらホテル 宴会営業 真田様 <sanada@sakura-hotel.jp>"],
    "subject": "7/25 表彰式・ご招待会 ご来場者様への配慮のお願い",
    "charset": "iso-2022-jp",
    "body": f"""さくらホテル
宴会営業 真田様

いつもお世話になっております。日の出産業 販売促進部の薬師寺でございます。
7/25の「グランプリ表彰式・ご招待会」について、ご来場者様の配慮事項をお知らせいたします。

グランプリ受賞者の 小豆沢 礼二 様（ご家族1名同伴）は、下肢の障害により
身体障害者手帳（1種2級）をお持ちで、車椅子でご来場になります。
・会場入口からステージまでのスロープ設置
・多目的トイレに近いお席のご用意
・表彰の際の登壇方法（ステージ下での授与も可）
についてご相談させてください。

ご本人様には事前にご了承をいただいております。

{_sig("薬師寺 恵", "yakushiji.megumi@hinode-sangyo.co.jp", team="販売促進部 部長", style=2)}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named guest's disability and certificate grade sent to the hotel: 要配慮個人情報 of one person (reason 3)",
})

MESSAGES.append({
    "id": "hanbaisokushin-043",
    "sender": YAKUSHIJI,
    "to": ["さくらホテル 宴会営業 真田様 <sanada@sakura-hotel.jp>"],
    "subject": "Re: 7/25 ご招待会 お料理・人数の最終確認",
    "charset": "utf-8",
    "body": f"""真田様

お世話になっております。薬師寺です。
最終人数と料理の配慮事項をお知らせします。

・ご招待者　　　22名（当選者11組）
・当社関係者　　8名
・合計　　　　　30名（着席ビュッフェ）

料理の配慮
・卵アレルギー　1名
・甲殻類アレルギー　1名
・ベジタリアン対応　2名
※お席札に印をお付けしますので、当日お席番号でお伝えします。

車椅子でお越しの方が1名いらっしゃいます（別途ご相談済みの件です）。
よろしくお願いいたします。

薬師寺

> 薬師寺様
> 最終人数とお料理の配慮事項をお知らせいただけますでしょうか。
> さくらホテル 真田
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "allergy and diet counts without names: no identifiable person",
})

MESSAGES.append({
    "id": "hanbaisokushin-044",
    "sender": KIRYU,
    "to": ["Sarah Okonkwo <sarah.okonkwo@brightwave-promo.com>",
           "James Marsh <j.marsh@kestrel-sampling.com>",
           "Wei Ling Tan <weiling.tan@lumenretail-asia.com>"],
    "subject": "Invitation: Global Sampling Partners Summit, Tokyo, 19 Nov",
    "charset": "utf-8",
    "body": f"""Dear partners,

We are delighted to invite you to the first Hinode Global Sampling Partners Summit.

  Date:  Thursday 19 November 2026, 13:00-18:00 (dinner from 18:30)
  Venue: Sakura Hotel Nihonbashi, 3F "Kaede" room
  Agenda: results of the 2026 sampling programmes in the UK, US and Singapore,
          plans for 2027, and a tasting of our new winter range

Please let me know by 30 September whether you can attend and how many people will
join from your company. We will arrange hotel rooms for overseas guests.

Kind regards,
Naoto

{_EN_SIG}
""",
    "expect": "stop", "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "three external companies in To can see each other: should have been Bcc (reason 4)",
})

MESSAGES.append({
    "id": "hanbaisokushin-045",
    "sender": KIRYU,
    "to": ["Sarah Okonkwo <sarah.okonkwo@brightwave-promo.com>"],
    "cc": ["James Marsh <j.marsh@kestrel-sampling.com>"],
    "subject": "Joint sampling at Westfield - who does what",
    "charset": "utf-8",
    "body": f"""Hi Sarah, hi James,

Thanks both for agreeing to run the Westfield Stratford sampling together. To avoid
overlaps, here is the split we discussed:

  Brightwave: booth build, permits with the centre, staffing (4 ambassadors/day)
  Kestrel:    sample logistics, cold storage, daily stock reports
  Hinode:     artwork, samples (9,000 cups), survey design

Kick-off call proposed for Tuesday 8 Sep, 9:00 BST / 17:00 JST. I will send an invite.

Best,
Naoto

{_EN_SIG}
""",
    "expect": "pass", "entities": [], "detectors": ["multiple_external_domains"],
    "note": "two external agencies on one planning mail: a normal three-way mail",
})

MESSAGES.append({
    "id": "hanbaisokushin-046",
    "sender": TSURUMI,
    "to": ["ハコブネ・フルフィルメント 出荷管理 <shukka@hakobune-ff.co.jp>"],
    "subject": "【酒類賞品】当選者の年齢確認情報",
    "charset": "cp932",
    "body": f"""ハコブネ・フルフィルメント 出荷管理ご担当者様

お世話になっております。日の出産業の鶴見です。
「地酒3本セット」の当選者について、配送会社様から年齢確認書類の番号記載を求められたため、
当選者様からいただいた情報をお送りします。送り状の備考にご記入ください。

　氏名　　　　　：薄井 修（ウスイ オサム）
　生年月日　　　：{_wareki(1961, 2, 19)}
　運転免許証番号：第 302148867150 号
　お届け先　　　：〒030-0861 青森県青森市長島2-9-4

よろしくお願いいたします。

{_sig("鶴見 大輔", "tsurumi.daisuke@hinode-sangyo.co.jp", team="販売促進部 店頭販促課", ext="4431")}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "a winner's driver's licence number and birth date to the fulfilment house (reason 2)",
})

MESSAGES.append({
    "id": "hanbaisokushin-047",
    "sender": KAMIJO,
    "to": ["ツバサシステム 堤様 <tsutsumi@tsubasa-system.jp>"],
    "subject": "地酒プレゼント 応募フォームの年齢確認仕様",
    "charset": "iso-2022-jp",
    "body": f"""堤様

お世話になっております。上条です。
地酒プレゼントの応募フォームについて、年齢確認の仕様を以下でお願いします。

1. 応募フォームの最初に「20歳以上ですか？」の確認（いいえの場合は終了画面へ）
2. 生年月日（年・月・日のプルダウン）を必須入力とし、応募日時点で20歳未満はエラー
3. 免許証などの本人確認書類の画像アップロードは「不要」
　 （個人情報の取得は必要最小限にしたいため）
4. 当選者の年齢確認は配送時に配送会社が行う

テスト環境への反映時期をお知らせください。

{_sig("上条 拓海", "kamijo.takumi@hinode-sangyo.co.jp", team="販売促進部 販促企画課", style=1)}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "form specification that talks about birth dates and ID documents without anyone's data",
})

_m048 = _people(5, "048")
MESSAGES.append({
    "id": "hanbaisokushin-048",
    "sender": TSURUMI,
    "to": ["マルヤマストア 本町店 店長 岸本様 <kishimoto@maruyama-store.co.jp>"],
    "subject": "8/8 親子料理教室 協力モニター様のご案内",
    "charset": "utf-8",
    "body": f"""岸本店長

お世話になっております。日の出産業の鶴見です。
8/8（土）に本町店で実施する親子料理教室について、
当日ご協力いただくモニター様の一覧を添付します。
店頭での受付時にご本人確認をお願いできればと思います。

{_sig("鶴見 大輔", "tsurumi.daisuke@hinode-sangyo.co.jp", team="販売促進部 店頭販促課", ext="4431")}
""",
    "attachments": [{
        "kind": "docx", "name": "0808_料理教室_協力モニター一覧.docx",
        "paragraphs": ["8/8 親子料理教室（マルヤマストア本町店） 協力モニター一覧",
                       "集合 9:30 店舗2F 催事スペース"],
        "tables": [[["No", "氏名", "住所", "電話番号", "同伴"]]
                   + [[str(i + 1), p["name"], f"〒{p['zip']} {p['addr']}", p["tel"],
                       ["小学2年", "小学4年", "年長", "小学1年", "小学3年"][i]]
                      for i, p in enumerate(_m048)]]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "five monitors' addresses and phones in a DOCX table to a store: five records (reason 1)",
})

MESSAGES.append({
    "id": "hanbaisokushin-049",
    "sender": YAKUSHIJI,
    "to": ["さくらホテル 宿泊予約 <reservation@sakura-hotel.jp>"],
    "subject": "7/25 ご招待会 遠方ご招待者の宿泊手配（4名）",
    "charset": "cp932",
    "body": f"""さくらホテル 宿泊予約ご担当者様

お世話になっております。日の出産業 販売促進部の薬師寺です。
7/25のご招待会に遠方からお越しになる4名様の宿泊手配をお願いいたします。
ご宿泊者一覧を添付します。お支払いは当社への一括請求でお願いします。

{_sig("薬師寺 恵", "yakushiji.megumi@hinode-sangyo.co.jp", team="販売促進部 部長", style=0)}
""",
    "attachments": [{
        "kind": "docx", "name": "ご宿泊者一覧_0725.docx",
        "paragraphs": ["さくらホテル日本橋 ご宿泊者一覧（日の出産業株式会社 ご招待会）",
                       "チェックイン 7/25　チェックアウト 7/26　朝食付き"],
        "tables": [[["氏名", "連絡先", "お部屋", "到着予定"],
                    ["新垣 真央", "090-8813-2275", "シングル", "7/25 14:00"],
                    ["島袋 翔", "080-2296-4718", "シングル", "7/25 15:30"],
                    ["木暮 和子", "070-3318-0562", "ツイン（同伴1名）", "7/25 13:00"],
                    ["石動 拓也", "090-5547-8821", "シングル", "7/25 16:00"]]]}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four guests' names and phones to the partner hotel: under five people, may be warned",
})

MESSAGES.append({
    "id": "hanbaisokushin-050",
    "sender": MURAKAMI,
    "to": ["アトリエ灯 冬木様 <fuyuki@atelier-akari.jp>"],
    "subject": "当選者発表ページ（WEB）の原稿",
    "charset": "iso-2022-jp",
    "body": f"""冬木様

お世話になっております。村上です。
キャンペーンサイトの当選者発表ページの原稿をPDFでお送りします。
イニシャルと都道府県のみの表記です。レイアウトは前回の春キャンペーンと同じでお願いします。

{_sig("村上 沙織", "murakami.saori@hinode-sangyo.co.jp", ext="4412", style=3)}
""",
    "attachments": [{
        "kind": "pdf", "name": "当選者発表_A賞_原稿.pdf",
        "lines": ["夏のBBQキャンペーン A賞（BBQコンロ）当選者発表",
                  "たくさんのご応募ありがとうございました。当選者は以下の皆さまです（敬称略）。", ""],
        "table": [["K.T（北海道）", "M.S（宮城県）", "Y.H（埼玉県）", "A.K（千葉県）", "R.M（東京都）"],
                  ["S.I（東京都）", "N.O（神奈川県）", "T.U（新潟県）", "H.W（石川県）", "E.N（静岡県）"],
                  ["C.F（愛知県）", "M.M（三重県）", "K.Y（京都府）", "S.A（大阪府）", "Y.D（大阪府）"],
                  ["M.K（兵庫県）", "T.H（岡山県）", "R.S（広島県）", "A.I（福岡県）", "N.H（沖縄県）"]]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "winners shown only as initials and prefecture for public announcement: not identifiable",
})

# ---------------------------------------------------------------------------------------
# 051–075
# ---------------------------------------------------------------------------------------

_w051 = _people(8, "051")
_l051 = "\n".join(f"　{p['name']} 様（{p['addr'][:p['addr'].find('市') + 1] if '市' in p['addr'] else p['pref']}）"
                  for p in _w051)
MESSAGES.append({
    "id": "hanbaisokushin-051",
    "sender": MURAKAMI,
    "to": ["小椋 達也 <ogura.tatsuya@nishiki-insatsu.co.jp>"],
    "subject": "店頭告知ポスター「グランプリ受賞者のご紹介」原稿",
    "charset": "utf-8",
    "body": f"""小椋様

お世話になっております。村上です。
レシピコンテストの受賞者紹介ポスター（A2・店頭掲示用）の原稿です。
受賞者8名の氏名とお住まいの市を掲載します（ご本人から掲載の同意をいただいています）。

――― 原稿 ―――
日の出 わが家の鍋レシピコンテスト 受賞者のご紹介
{_l051}
たくさんのご応募、ありがとうございました！
――――――――

写真はご本人提供のものを別途お送りします。
初校は7/3目途でお願いできますでしょうか。

{_sig("村上 沙織", "murakami.saori@hinode-sangyo.co.jp", ext="4412")}
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "eight full names with their city for a consented public poster: a list of people, or publishable text",
})

MESSAGES.append({
    "id": "hanbaisokushin-052",
    "sender": TSURUMI,
    "to": ["ドラッグひまわり 商品部 販促担当 <hansoku@drug-himawari.jp>"],
    "subject": "秋の店頭販促企画書（パスワード付きPDF）",
    "charset": "iso-2022-jp",
    "body": f"""株式会社ドラッグひまわり
商品部 販促ご担当者様

お世話になっております。日の出産業の鶴見です。
秋の店頭販促企画書をお送りします。
PDFにはパスワードを設定しています。パスワードはいつものとおり別途お電話でお伝えします。

{_sig("鶴見 大輔", "tsurumi.daisuke@hinode-sangyo.co.jp", team="販売促進部 店頭販促課", ext="4431", mobile="080-2201-5537")}
""",
    "attachments": [{
        "kind": "pdf", "name": "2026秋_店頭販促企画書_ドラッグひまわり様.pdf", "password": "hmw2026aki",
        "lines": ["2026年秋 店頭販促企画書", "ドラッグひまわり様向け",
                  "1. エンド展開：9/1～10/31 全210店", "2. 増量パック＋POP",
                  "3. レシート応募キャンペーン連動"]}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "password-protected PDF cannot be inspected (reason 7)",
})

_a053 = _people(6, "053")
_q053 = "\n".join(f"> {p['romaji']:<22} {p['mail']:<36} +81 {p['tel'][1:]}" for p in _a053)
MESSAGES.append({
    "id": "hanbaisokushin-053",
    "sender": KIRYU,
    "to": ["James Marsh <j.marsh@kestrel-sampling.com>"],
    "subject": "Re: Ambassador roster for Kyoto sampling",
    "charset": "utf-8",
    "body": f"""Hi James,

Thanks, the roster looks good. Six people is fine for both days; please go ahead
with the briefing on the 14th. I will bring the samples and the uniforms.

Naoto

On Mon, 10 Aug 2026 at 18:05, James Marsh <j.marsh@kestrel-sampling.com> wrote:
> Hi Naoto,
>
> Here is the ambassador roster for the Kyoto sampling (15-16 Aug):
>
{_q053}
>
> Let me know if you are happy with it.
> James
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the six ambassadors' contacts are only in the quoted mail from the recipient",
})

_m054 = _people(20, "054")
_t054 = "\n".join(f"{i + 1:>2}  {p['name']}{'　' * max(1, 9 - len(p['name']))}{p['tel']}  {p['mail']:<34}  {['ポイント未付与', '退会手続き', '住所変更', 'カード再発行'][i % 4]}"
                  for i, p in enumerate(_m054))
MESSAGES.append({
    "id": "hanbaisokushin-054",
    "sender": SHINOMIYA,
    "to": ["ポイント企画チーム <point-team@mail.hinode-sangyo.co.jp>"],
    "cc": ["お客様相談室 <soudan@hinode-sangyo.co.jp>"],
    "subject": "【週次】ポイントクラブ 問い合わせ未完了一覧（20件）",
    "charset": "cp932",
    "body": f"""ポイント企画チームの皆さん

お疲れさまです。四ノ宮です。
今週時点で対応が完了していない問い合わせ20件です。担当を割り振ったので各自対応をお願いします。

No  氏名　　　　　　　　電話番号        メールアドレス                       内容
--  --------------  -------------  -----------------------------------  ----------
{_t054}

金曜の定例で進捗を確認します。
四ノ宮
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": [],
    "note": "20 members' contacts but sent only to internal addresses (mail.hinode-sangyo.co.jp is internal)",
})

MESSAGES.append({
    "id": "hanbaisokushin-055",
    "sender": KAMIJO,
    "to": ["丸福観光バス 営業課 梶原様 <kajiwara@marufuku-kanko.co.jp>"],
    "subject": "工場見学ツアー 追加参加者の傷害保険加入手続き",
    "charset": "utf-8",
    "body": f"""丸福観光バス株式会社
営業課 梶原様

お世話になっております。日の出産業の上条です。
9/5の工場見学ツアーについて、キャンセル待ちから4名追加となりました。
旅行傷害保険の追加加入に必要な情報をお送りします。

氏名\tフリガナ\t生年月日\t緊急連絡先
樋口 文香\tヒグチ フミカ\t{_wareki(1988, 3, 14, True)}\t080-7719-3045
樋口 悠人\tヒグチ ユウト\t{_wareki(2016, 7, 2, True)}\t080-7719-3045
森岡 昌弘\tモリオカ マサヒロ\t{_wareki(1957, 12, 8, True)}\t090-2640-8813
日下部 瑞穂\tクサカベ ミズホ\t{_wareki(1993, 5, 27, True)}\t070-4482-1196

これで参加者は合計42名です。座席表は追ってお送りします。

{_sig("上条 拓海", "kamijo.takumi@hinode-sangyo.co.jp", team="販売促進部 販促企画課", ext="4420")}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "four participants' birth dates and phones for insurance: under five people, may be warned",
})

MESSAGES.append({
    "id": "hanbaisokushin-056",
    "sender": KAMIJO,
    "to": ["丸福観光バス 営業課 梶原様 <kajiwara@marufuku-kanko.co.jp>"],
    "subject": "9/5 工場見学ツアー 貸切バスの行程",
    "charset": "iso-2022-jp",
    "body": f"""梶原様

お世話になっております。上条です。
9/5の貸切バスの行程を確定しましたのでお送りします。

　08:30　東京駅 八重洲南口 集合（参加者42名＋当社スタッフ3名）
　08:45　出発
　11:00　日の出産業 茨城工場 到着・見学（昼食は工場内食堂）
　14:30　工場出発
　15:30　道の駅 ひたちなか 休憩
　18:00　東京駅 着・解散

大型バス1台（正座席45席）でお願いします。
参加者名簿は前日までに人数のみ最終確定でお伝えします。

{_sig("上条 拓海", "kamijo.takumi@hinode-sangyo.co.jp", team="販売促進部 販促企画課", style=1)}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "bus itinerary with headcounts only",
})

MESSAGES.append({
    "id": "hanbaisokushin-057",
    "sender": SHINOMIYA,
    "to": ["ポイントリンク 営業部 桑原様 <kuwabara@pointlink.jp>"],
    "subject": "FW: 【社外秘】次期ポイント制度改定について（経営会議資料）",
    "charset": "cp932",
    "body": f"""桑原様

お世話になっております。四ノ宮です。
システム改修の規模感をつかんでいただくため、社内向けの説明資料を転送します。
改修スケジュールのご検討にお役立てください。

-----Original Message-----
差出人: 氷室 健吾
送信日時: 2026年8月3日 9:12
宛先: 販売促進部 全員
件名: 【社外秘】次期ポイント制度改定について（経営会議資料）

販売促進部各位

━━━━━━━━━━━━━━━━━━━━━━━━
　社外秘　※社外への転送・持ち出しを禁じます
━━━━━━━━━━━━━━━━━━━━━━━━

8/1の経営会議で、次期ポイント制度について以下の方針が承認されました。
・2027年4月より、ポイント有効期限を「最終利用から1年」→「獲得から2年」に変更
・ランク制度（ブロンズ／シルバー／ゴールド）を新設、ゴールドは付与率1.5倍
・失効ポイント見込み：年間約1.8億円（引当金の見直しが必要）
・発表は2027年1月のプレスリリースまで社外非公開とする

氷室
""",
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "forwarding an internal memo stamped 社外秘 to the vendor: the marking is part of the new text (reason 6)",
})

MESSAGES.append({
    "id": "hanbaisokushin-058",
    "sender": ASHIDA,
    "to": ["村瀬 加奈子 <murase@promoark.co.jp>"],
    "subject": "秋キャンペーン 事務局運営 お見積りのお礼",
    "charset": "iso-2022-jp",
    "body": f"""株式会社プロモアーク
村瀬様

お世話になっております。日の出産業の芦田です。
秋キャンペーンの事務局運営のお見積り、ありがとうございました。
社内で検討し、プランB（コールセンター8席＋メール対応）で進めさせていただきます。

正式な発注書は経理手続き後、来週前半にお送りいたします。
個人情報の取扱いに関する覚書は前年のものを更新する形で問題ございません。

引き続きよろしくお願いいたします。

{_sig("芦田 玲奈", "ashida.rena@hinode-sangyo.co.jp", ext="4415")}

{_DISC_JA}
本メールに記載された個人情報の取扱いについては、当社の個人情報保護方針
（https://www.hinode-sangyo.co.jp/privacy/）をご参照ください。
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "ordinary business mail with the standard disclaimer and a privacy-policy footer",
})

MESSAGES.append({
    "id": "hanbaisokushin-059",
    "sender": ASHIDA,
    "to": ["浅利 優子 <asari.yuko@kitaguni-foods.co.jp>"],
    "subject": "共同サンプリング 実施報告書の送付",
    "charset": "utf-8",
    "body": f"""浅利様

お世話になっております。芦田です。
共同サンプリング（6月実施）の実施報告書をお送りします。
アンケートの自由回答は、個人が特定されない形（年代・性別のみ）に加工しています。

{_sig("芦田 玲奈", "ashida.rena@hinode-sangyo.co.jp", style=3, ext="4415")}
""",
    "attachments": [{
        "kind": "pptx", "name": "共同サンプリング_実施報告_202606.pptx",
        "slides": [["共同サンプリング 実施報告", "日の出産業 × 北国フーズ", "2026年6月実施分"],
                   ["実施概要", "配布店舗：ドラッグひまわり 42店", "配布数：25,200セット",
                    "アンケート回収：3,118件（回収率 12.4%）"],
                   ["購入意向", "「ぜひ購入したい」28% ／「機会があれば」47%",
                    "30代女性の購入意向が最も高い（84%）"],
                   ["お客様の声（抜粋）", "30代女性：朝食にちょうど良い量で、子どもも飲めた",
                    "60代男性：塩分が気になるので減塩タイプがあれば",
                    "40代女性：パッケージのアレルギー表示をもう少し大きく"]]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "aggregate survey results with anonymised comments (age band and sex only)",
})

MESSAGES.append({
    "id": "hanbaisokushin-060",
    "sender": KAMIJO,
    "to": ["東和リサーチ 調査設計部 氏家様 <ujiie@towa-research.co.jp>"],
    "subject": "ホームユーステスト 事前アンケートの設問案",
    "charset": "cp932",
    "body": f"""株式会社東和リサーチ
調査設計部 氏家様

お世話になっております。日の出産業の上条です。
減塩みそ汁のホームユーステストについて、事前アンケートの設問案をお送りします。

Q1. 普段、みそ汁を飲む頻度を教えてください。
Q2. ご家族の人数を教えてください。
Q3. 食事で気をつけていることを教えてください（複数回答）
　　□塩分　□糖質　□カロリー　□特になし
Q4. 高血圧・腎臓病など、医師から塩分制限の指示を受けていますか。
　　□はい　□いいえ　□回答しない

Q4は要配慮個人情報に当たる可能性があるため、回答は任意とし、
集計のみに使用する旨を設問文に明記する方向で考えています。
取得の可否を含めてご意見をいただけますでしょうか。

{_sig("上条 拓海", "kamijo.takumi@hinode-sangyo.co.jp", team="販売促進部 販促企画課", ext="4420")}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "survey question drafts naming diseases in general: no person's answers",
})

MESSAGES.append({
    "id": "hanbaisokushin-061",
    "sender": "日の出産業 販売促進部 <hansoku@hinode-sangyo.co.jp>",
    "to": ["日の出産業 販売促進部 <hansoku@hinode-sangyo.co.jp>"],
    "bcc": ["hansoku@maruyama-store.co.jp", "hansoku@drug-himawari.jp",
            "buyer@fukuyoshi-mart.co.jp", "eigyo@sunpia-coop.or.jp", "shiire@kamome-super.com"],
    "subject": "【ご案内】年末商戦 販促施策説明会（10/15開催）",
    "charset": "iso-2022-jp",
    "body": """お取引先各位

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
日の出産業株式会社 販売促進部でございます。

年末商戦に向けた当社の販促施策について、説明会を下記のとおり開催いたします。
ご多忙のところ恐縮ですが、ご参加くださいますようご案内申し上げます。

　日時：2026年10月15日（木）14:00～16:00
　会場：日の出産業 本社 8階 大会議室（オンライン併用）
　内容：年末年始キャンペーン概要、店頭什器・POPのご案内、ポイント2倍企画

ご出欠は10/8（木）までに本メールへのご返信にてお知らせください。

日の出産業株式会社 販売促進部
〒103-0027 東京都中央区日本橋2-14-6 日の出ビル5F
TEL 03-5201-7730
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "five retailers correctly in Bcc (To is the sender's own address): nobody sees anyone",
})

MESSAGES.append({
    "id": "hanbaisokushin-062",
    "sender": TSURUMI,
    "to": ["東洋保険サービス 事故受付 <jiko@toyo-hoken-service.co.jp>"],
    "subject": "【事故報告】店頭イベント中の負傷（イベント保険 証券No. EV-2026-03318）",
    "charset": "utf-8",
    "body": f"""東洋保険サービス株式会社
事故受付ご担当者様

いつもお世話になっております。日の出産業 販売促進部の鶴見です。
イベント保険の対象となる事故が発生しましたので、ご報告いたします。

■事故概要
・発生日時：2026年7月12日（日）15:40頃
・発生場所：マルヤマストア 志村坂上店 店頭イベントスペース
・状況　　：試食台の撤収作業中、什器が倒れ、スタッフが左足を負傷

■負傷者
・氏名　　　：三ッ矢 陽菜（ミツヤ ヒナ）
・生年月日　：{_wareki(1999, 10, 6)}
・健康保険証：記号 1207 番号 88431（全国健康保険協会 東京支部）
・受診先　　：板橋中央整形外科
・診断　　　：左足関節外果骨折（全治8週間の見込み）

必要書類をご案内いただけますでしょうか。

{_sig("鶴見 大輔", "tsurumi.daisuke@hinode-sangyo.co.jp", team="販売促進部 店頭販促課", ext="4431")}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "injured staff member's health-insurance number and diagnosis to the insurer (reasons 2 and 3)",
})

MESSAGES.append({
    "id": "hanbaisokushin-063",
    "sender": TSURUMI,
    "to": ["東洋保険サービス 法人営業 江口様 <eguchi@toyo-hoken-service.co.jp>"],
    "subject": "秋の店頭イベント イベント保険のお見積り依頼",
    "charset": "cp932",
    "body": f"""江口様

お世話になっております。日の出産業の鶴見です。
秋の店頭イベントについて、イベント保険（賠償責任・傷害）のお見積りをお願いします。

・期間：2026年9月19日～11月23日の土日祝（計22日）
・会場：マルヤマストア 12店舗、ドラッグひまわり 8店舗
・1日あたり来場者見込み：各店 約300名
・スタッフ：各店 マネキン1～2名＋当社社員1名

7月の事故を受けて、スタッフの傷害補償は手厚めのプランを希望します。

{_sig("鶴見 大輔", "tsurumi.daisuke@hinode-sangyo.co.jp", team="販売促進部 店頭販促課", style=1)}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "insurance quote request with dates, venues and headcounts only",
})

MESSAGES.append({
    "id": "hanbaisokushin-064",
    "sender": KAMIJO,
    "to": ["ツバサシステム 堤様 <tsutsumi@tsubasa-system.jp>"],
    "subject": "キャッシュバック応募フォーム 取得項目の最終版",
    "charset": "utf-8",
    "body": f"""堤様

お世話になっております。上条です。
キャッシュバック応募フォームの取得項目を最終確定しました。

【取得する項目】
　氏名（漢字・カナ）、メールアドレス、電話番号、振込先口座（金融機関・支店・種目・口座番号・名義）、
　レシート画像
【取得しない項目】
　マイナンバー、基礎年金番号、運転免許証番号、健康保険証の記号・番号などの本人確認書類の情報
　※万一レシート画像にこれらが写り込んだ場合は、事務局で画像を破棄する運用とします。

入力チェック（口座番号7桁、カナ名義の全角変換）も前回の打合せのとおりでお願いします。

{_sig("上条 拓海", "kamijo.takumi@hinode-sangyo.co.jp", team="販売促進部 販促企画課", ext="4420")}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "names the kinds of identifiers the form must not collect; no actual numbers or people",
})

MESSAGES.append({
    "id": "hanbaisokushin-065",
    "sender": ASHIDA,
    "to": ["浅利 優子 <asari.yuko@kitaguni-foods.com>"],
    "subject": "共同キャンペーン対象商品 8月の販売実績",
    "charset": "iso-2022-jp",
    "body": f"""浅利様

お世話になっております。日の出産業の芦田です。
共同キャンペーン対象商品の8月販売実績をお送りします。

　日の出 鍋つゆ（4種計）　　　412,300個（前年比 118%）
　北国 鍋用具材セット　　　　 198,750個（前年比 131%）
　同時購入率（POS推計）　　　 16.2%

9月以降の追加発注の参考にしていただければと思います。

{_sig("芦田 玲奈", "ashida.rena@hinode-sangyo.co.jp", ext="4415")}
""",
    "expect": "stop", "entities": [], "detectors": ["lookalike_domain"],
    "note": "kitaguni-foods.com swaps the TLD of the partner kitaguni-foods.co.jp: look-alike domain (reason 5)",
})

MESSAGES.append({
    "id": "hanbaisokushin-066",
    "sender": ASHIDA,
    "to": ["浅利 優子 <asari.yuko@kitaguni-foods.co.jp>"],
    "subject": "POSデータ（店舗別・週次）共有のご連絡",
    "charset": "utf-8",
    "body": f"""浅利様

いつもありがとうございます。芦田です。
先日お約束した店舗別・週次のPOSデータ、共有フォルダにアップしました。
（秘密保持契約の対象資料としてお取り扱いください）

　・対象：マルヤマストア 20店、ドラッグひまわり 42店
　・期間：2026年第27週～第35週
　・項目：店舗コード、JANコード、販売数量、売上金額

JANコードは両社の対象商品（日の出 4SKU、北国 3SKU）に絞っています。
閲覧用パスワードは従来どおりです。

芦田
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "store-level POS data shared under the NDA (mention only); no people",
})

MESSAGES.append({
    "id": "hanbaisokushin-067",
    "sender": MURAKAMI,
    "to": ["錦印刷 制作部 堀之内様 <horinouchi@nishiki-insatsu.co.jp>"],
    "subject": "当選通知書 校正2回目",
    "charset": "cp932",
    "body": """堀之内様

お世話になっております。日の出産業の村上です。
当選通知書（A4・三つ折り）の校正2回目を戻します。
赤字はPDFに書き込んであります。

村上
--
日の出産業（株） 販売促進部 キャンペーン企画課
TEL:03-5201-7734
""",
    "attachments": [{"kind": "corrupt", "name": "当選通知書_校正2.pdf"}],
    "expect": "stop", "entities": [], "detectors": ["unscannable_attachment"],
    "note": "the attached PDF is corrupt and cannot be read (reason 7)",
})

MESSAGES.append({
    "id": "hanbaisokushin-068",
    "sender": TSURUMI,
    "to": ["マルヤマストア 販促企画部 江藤様 <eto@maruyama-store.co.jp>"],
    "subject": "店頭POP 設置写真のご共有",
    "charset": "iso-2022-jp",
    "body": """江藤様

お世話になっております。鶴見です。
本町店・蕨駅前店のPOP設置状況の写真をお送りします。
本町店はエンドの最上段が少し見えづらいので、次回巡回時に位置を下げます。

鶴見
日の出産業（株）販売促進部 店頭販促課 TEL 03-5201-7734
""",
    "attachments": [{"kind": "png", "name": "POP_honcho_end.png"},
                    {"kind": "png", "name": "POP_warabi_ekimae.png"}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "photos of in-store POP to the retailer: nothing personal",
})

MESSAGES.append({
    "id": "hanbaisokushin-069",
    "sender": TSURUMI,
    "to": ["ハコブネ・フルフィルメント 柳田様 <yanagida@hakobune-ff.co.jp>"],
    "subject": "返送品 再送先のご連絡（2件）",
    "charset": "utf-8",
    "body": """柳田様

お世話になっております。鶴見です。
先日の返送品のうち、2件は当選者様と連絡が取れました。下記へ再送をお願いします。
残り7件は引き続き確認中です。

■ 1件目
応募ID：W26-20418
お名前：中條 修 様
お届け先：〒310-0015 茨城県水戸市宮町1-7-33 サンハイツ 2-B
電話：029-224-6071

■ 2件目
応募ID：W26-21377
お名前：片桐 さくら 様
お届け先：〒252-0231 神奈川県相模原市中央区相模原6-28-10
電話：080-9917-3402
※平日は不在がちとのことで、土曜午前指定でお願いします。

鶴見
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "two winners' new addresses to the fulfilment house: under five people, may be warned",
})

MESSAGES.append({
    "id": "hanbaisokushin-070",
    "sender": KAMIJO,
    "to": ["グローバルスタッフ 派遣管理課 <haken-kanri@global-staff.co.jp>"],
    "subject": "インバウンド向けサンプリング 留学生スタッフ2名の在留資格確認",
    "charset": "iso-2022-jp",
    "body": f"""株式会社グローバルスタッフ
派遣管理課 ご担当者様

お世話になっております。日の出産業の上条です。
10月の浅草でのインバウンド向けサンプリングに、当社の学生アンバサダー（留学生）2名を
御社経由で登録させていただきたく、資格外活動許可の確認をお願いいたします。

1. NGUYEN THI LAN（グエン ティ ラン）
　 生年月日：2003年4月18日　国籍：ベトナム
　 在留カード番号：UH38472915FA　在留期間満了日：2027年3月31日
2. CHEN YUTING（チェン ユーティン）
　 生年月日：2001年11月2日　国籍：台湾
　 在留カード番号：EJ60193847GB　在留期間満了日：2027年9月30日

いずれも資格外活動許可（週28時間以内）を取得済みと本人から聞いております。

{_sig("上条 拓海", "kamijo.takumi@hinode-sangyo.co.jp", team="販売促進部 販促企画課", ext="4420")}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_RESIDENCE_CARD"],
    "detectors": ["personal_data"],
    "note": "two students' residence card numbers to a staffing agency: identity documents (reason 2)",
})

_m071 = _people(6, "071")
_r071 = "\n".join(
    f"{i + 1}. {p['name']}（{p['kana']}）　{_wareki(*p['dob'], short=True)}生\n"
    f"   〒{p['zip']} {p['addr']}\n   個人番号 {my_number(SEED + 4 + i)}"
    for i, p in enumerate(_m071))
MESSAGES.append({
    "id": "hanbaisokushin-071",
    "sender": KAMIJO,
    "to": ["人事部 労務課 <jinji-roumu@hinode-sangyo.co.jp>"],
    "cc": ["経理部 支払担当 <keiri-shiharai@hinode-sangyo.co.jp>"],
    "subject": "夏季キャンペーン 短期アルバイト6名の入社書類（マイナンバー）",
    "charset": "cp932",
    "body": f"""人事部 労務課 御中

販売促進部の上条です。
夏季キャンペーンの事務局補助として7/1から雇用する短期アルバイト6名について、
源泉徴収事務用の個人番号を取りまとめましたのでお送りします。
番号確認・身元確認は面談時に実施済みです。

{_r071}

原本（個人番号カードの写し）は本日社内便で送ります。

上条 拓海（内線4420）
""",
    "expect": "pass",
    "entities": ["JP_MY_NUMBER", "PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS"],
    "detectors": [],
    "note": "six part-timers' My Numbers sent only to internal HR and accounting",
})

_inner072 = {
    "sender": "錦印刷 営業部 小椋 <ogura.tatsuya@nishiki-insatsu.co.jp>",
    "to": ["村上 沙織 <murakami.saori@hinode-sangyo.co.jp>"],
    "subject": "お見積り：秋キャンペーン 店頭POP一式",
    "charset": "iso-2022-jp",
    "body": """日の出産業 村上様

いつもお世話になっております。錦印刷の小椋です。
秋キャンペーン店頭POP一式のお見積りです。

　B2ポスター　　　　 2,000枚　　 168,000円
　A4両面チラシ　　　50,000枚　　 235,000円
　レシピカード　　　30,000枚　　 144,000円
　棚帯（900mm）　　 5,000本　　　97,500円
　　　　　　　　　　　　　合計　 644,500円（税別）

納期：校了後7営業日
有効期限：2026年9月30日

錦印刷株式会社 営業部 小椋 達也
TEL 03-3961-5520
""",
}
MESSAGES.append({
    "id": "hanbaisokushin-072",
    "sender": MURAKAMI,
    "to": ["アトリエ灯 冬木様 <fuyuki@atelier-akari.jp>"],
    "subject": "FW: お見積り：秋キャンペーン 店頭POP一式",
    "charset": "utf-8",
    "body": f"""冬木様

村上です。錦印刷さんからの見積りメールを添付で転送します。
レシピカードのサイズ変更（はがき→A6）で金額が下がるか、
データ作成側の手間と合わせてご意見いただけますか。

{_sig("村上 沙織", "murakami.saori@hinode-sangyo.co.jp", ext="4412", style=3)}
""",
    "attachments": [{"kind": "eml", "name": "お見積り_秋キャンペーン店頭POP.eml", "message": _inner072}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a printer's quotation forwarded as attached mail: prices and a business contact only",
})

MESSAGES.append({
    "id": "hanbaisokushin-073",
    "sender": ASHIDA,
    "to": ["村瀬 加奈子 <murase@promoark.co.jp>"],
    "subject": "【重要】当選詐欺の被害申告について（事務局での対応のお願い）",
    "charset": "utf-8",
    "body": f"""村瀬様

お世話になっております。芦田です。
当社キャンペーンを騙った「当選詐欺」の被害申告が、お客様相談室に1件入りました。
事務局に同じお客様から問い合わせがあった場合に備え、共有します。

・お客様：栗林 和子 様（71歳）
・連絡先：047-362-5518
・内容：「日の出産業キャンペーン事務局」を名乗るSMSで「当選したので送料を払って」と言われ、
　　　　コンビニで電子マネー5万円分を購入して番号を伝えてしまった。
　　　　8/20に地元の警察署に被害届を提出済み（受理番号は控えていらっしゃるとのこと）。
・ご要望：当社からの正式な連絡かどうかの確認

事務局の応答スクリプトに「当社から送料等を請求することはない」旨の一文を追加してください。

芦田
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "a named elderly customer as victim of fraud with a police report, sent to the agency (reason 3)",
})

MESSAGES.append({
    "id": "hanbaisokushin-074",
    "sender": MURAKAMI,
    "to": ["アトリエ灯 冬木様 <fuyuki@atelier-akari.jp>"],
    "subject": "キャンペーンサイト 注意喚起バナーの追加",
    "charset": "iso-2022-jp",
    "body": f"""冬木様

お世話になっております。村上です。
当社キャンペーンを装った当選詐欺の報告が出ているため、
キャンペーンサイトのトップに注意喚起バナーを追加したいです。文言は以下です。

────────────
【ご注意ください】
日の出産業のキャンペーンを装い、当選を口実に送料・手数料の支払いや
電子マネーの購入を求めるSMS・電話が確認されています。
当社がキャンペーンの賞品発送に際して、金銭をご請求することは一切ございません。
不審な連絡を受けた場合は、最寄りの警察署または消費生活センター（188）にご相談ください。
────────────

赤系の枠で目立たせてください。本日中の公開を目指しています。

{_sig("村上 沙織", "murakami.saori@hinode-sangyo.co.jp", ext="4412")}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a public fraud warning: crime in general, no victim identified",
})

MESSAGES.append({
    "id": "hanbaisokushin-075",
    "sender": KIRYU,
    "to": ["Sarah Okonkwo <sarah.okonkwo@brightwave-promo.com>"],
    "subject": "2027 UK programme - draft plan for your input",
    "charset": "utf-8",
    "body": f"""Dear Sarah,

Ahead of our budgeting round, I attach our draft plan for the 2027 UK sampling
programme. I would appreciate your view on the number of sampling days and the
split between London and Manchester before 2 October.

Best regards,
Naoto

{_EN_SIG}
""",
    "attachments": [{
        "kind": "docx", "name": "Hinode_UK_2027_draft_plan.docx",
        "page_header": "CONFIDENTIAL - Hinode Sangyo internal planning document",
        "title": "UK Sampling Programme 2027 (draft)",
        "paragraphs": ["UK Sampling Programme 2027 - draft v0.4",
                       "Objective: raise trial of the instant miso range among 25-40 urban shoppers.",
                       "Budget envelope: GBP 410,000 (samples, staffing, venues, media).",
                       "Proposed: 18 sampling days in London, 6 in Manchester, 4 festival days.",
                       "Retail partners under negotiation: two national grocers (names withheld)."],
        "tables": [[["Quarter", "Days", "Samples", "Budget (GBP)"],
                    ["Q2", "8", "32,000", "120,000"], ["Q3", "14", "56,000", "190,000"],
                    ["Q4", "6", "24,000", "100,000"]]]}],
    "expect": "stop", "entities": [], "detectors": ["confidential_marking"],
    "note": "the attached plan carries a CONFIDENTIAL header stamp and goes to an external agency (reason 6)",
})

# ---------------------------------------------------------------------------------------
# 076–100
# ---------------------------------------------------------------------------------------

MESSAGES.append({
    "id": "hanbaisokushin-076",
    "sender": KIRYU,
    "to": ["Sarah Okonkwo <sarah.okonkwo@brightwave-promo.com>"],
    "subject": "Re: Sample pricing for the 2027 programme",
    "charset": "utf-8",
    "body": f"""Dear Sarah,

Thank you for returning the countersigned NDA last week. As agreed under it, please
treat the following transfer prices as confidential between our two companies:

  Instant miso soup, single cup (sampling size 8 g)   JPY 21 / cup
  Yuzu ponzu mini bottle (30 ml)                       JPY 38 / bottle
  Seasoning gift set (5 items, prize use)              JPY 1,450 / set

Prices are ex-works Yokohama, valid for orders placed before 31 March 2027.
Freight to your Park Royal warehouse will be quoted separately by our forwarder.

Kind regards,
Naoto

{_EN_SIG}

> Hi Naoto, now that the NDA is in place, could you share the unit prices for samples?
> Sarah
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "prices shared under an NDA, which is mentioned in the text; no marking, no personal data",
})

_m077 = _people(10, "077")
_r077 = "\n".join(
    f"{_zen(f'HP-0045-{61002 + i * 271}')}　{p['name']}{'　' * max(1, 8 - len(p['name']))}{_zen(p['tel'])}　{_zen(str(1200 + i * 345))}pt"
    for i, p in enumerate(_m077))
MESSAGES.append({
    "id": "hanbaisokushin-077",
    "sender": SHINOMIYA,
    "to": ["ポイントリンク カスタマーサポート <support@pointlink.jp>"],
    "subject": "会員アカウント統合のお願い（重複登録10件）",
    "charset": "cp932",
    "body": f"""ポイントリンク カスタマーサポート ご担当者様

お世話になっております。日の出産業 ポイント企画課の四ノ宮です。
アプリ会員とカード会員で二重登録になっている会員様が判明しました。
下記10件について、アプリ側の会員番号へのポイント統合をお願いいたします。

会員番号（カード側）　氏名　　　　　　　電話番号　　　　　　保有ポイント
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－
{_r077}
－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－

電話番号はアプリ側の登録と一致していることを確認済みです。
作業完了後、ご一報いただけますと幸いです。

{_sig("四ノ宮 真理", "shinomiya.mari@hinode-sangyo.co.jp", team="販売促進部 ポイント企画課", ext="4440")}
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "ten members' names and phones (full-width digits) in a padded list to the vendor (reason 1)",
})

MESSAGES.append({
    "id": "hanbaisokushin-078",
    "sender": SHINOMIYA,
    "to": ["ポイントリンク カスタマーサポート <support@pointlink.jp>"],
    "subject": "会員様のポイント失効取消について（1件）",
    "charset": "cp932",
    "body": f"""ポイントリンク カスタマーサポート ご担当者様

お世話になっております。四ノ宮です。
システム障害（8/14）の影響でポイントが失効した会員様から申し出がありました。
当社判断で失効を取り消しますので、ポイントの再付与をお願いいたします。

　会員番号：HP-0042-30917
　氏名　　：真壁 由紀子 様
　電話番号：０８０－３３７１－９４２０
　再付与pt：２，４８０pt（失効日 2026/08/14）

よろしくお願いいたします。

{_sig("四ノ宮 真理", "shinomiya.mari@hinode-sangyo.co.jp", team="販売促進部 ポイント企画課", style=1)}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one member's name and phone to the point vendor: a single record, may be warned",
})

MESSAGES.append({
    "id": "hanbaisokushin-079",
    "sender": CAMPAIGN,
    "to": ["takeshi.usami.0512@gmail.com"],
    "cc": ["村瀬 加奈子 <murase@promoark.co.jp>", "青葉運輸 戸叶様 <tokano.m@aoba-unyu.co.jp>"],
    "subject": "A賞 賞品お届け日のご相談",
    "charset": "utf-8",
    "body": """宇佐美 健 様

日の出産業キャンペーン事務局でございます。
A賞「BBQコンロ」の発送準備が整いました。大型商品のため、配送会社から直接
お届け日時のご相談をさせていただきます（本メールのCcに配送会社・事務局を含めております）。

　お届け先：〒173-0004 東京都板橋区板橋3-12-7
　お電話　：090-6258-1147

ご都合の良い日時（7/4～7/12の間）を、本メールに全員返信でお知らせください。

日の出産業株式会社 キャンペーン事務局
0120-556-781
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["external_recipients_visible", "multiple_external_domains", "freemail_recipient",
                  "personal_data"],
    "note": "a private winner, the agency and the carrier all in To/Cc: three external parties visible (reason 4)",
})

MESSAGES.append({
    "id": "hanbaisokushin-080",
    "sender": ASHIDA,
    "to": ["プロモアーク キャンペーン事務局 <jimukyoku@promoark.co.jp>"],
    "cc": ["m.tsuchihashi.77@gmail.com"],
    "subject": "Re: 応募受付メールが届かない件",
    "charset": "iso-2022-jp",
    "body": """プロモアーク 事務局 ご担当者様
（Cc：土橋様）

日の出産業の芦田です。
土橋様より、応募完了メールが届かないとのご連絡を当社にいただきました。
ご本人のご了承を得て、事務局の皆さまとのやり取りにCcで入っていただいています。

事務局様：応募ログで受付状況をご確認のうえ、土橋様へ直接ご回答をお願いします。
土橋様：迷惑メールフォルダに「hinode-cp.jp」からのメールが入っていないか、ご確認ください。

芦田
日の出産業株式会社 販売促進部
""",
    "expect": "pass", "entities": [],
    "detectors": ["freemail_recipient", "multiple_external_domains"],
    "note": "one private person and one agency in To/Cc by design: two external parties, one free-mail",
})

MESSAGES.append({
    "id": "hanbaisokushin-081",
    "sender": TSURUMI,
    "to": ["マルヤマストア 販促企画部 江藤様 <eto@maruyama-store.co.jp>"],
    "subject": "試食販売 店舗別の販売実績（当社集計）",
    "charset": "utf-8",
    "body": """江藤様

お世話になっております。鶴見です。
当社側で集計した店舗別の販売実績をCSVでお送りします。
御社POSの数字と差があれば教えてください。

鶴見
""",
    "attachments": [{
        "kind": "csv", "name": "試食販売_店舗別実績_202607.csv", "encoding": "utf-8",
        "rows": [["店舗コード", "店舗名", "JAN", "販売数", "売上金額", "マネキン人数"]]
                + [[c, n, "4901234567894" if i % 2 else "4901234567900", 180 + (i * 37) % 240,
                    (180 + (i * 37) % 240) * 298, 1 + i % 2] for i, (c, n, a, t) in enumerate(_s014)]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "store-level sales CSV with JAN codes: businesses and products, no people",
})

MESSAGES.append({
    "id": "hanbaisokushin-082",
    "sender": KAMIJO,
    "to": ["ペイゲート 加盟店サポート <merchant-support@paygate-jp.co.jp>"],
    "subject": "有料サンプルセット 返金処理のお願い（取引ID PG-2608-551042）",
    "charset": "iso-2022-jp",
    "body": f"""株式会社ペイゲート
加盟店サポート ご担当者様

お世話になっております。日の出産業（加盟店ID：M-00871）の上条です。
有料サンプルセットの二重決済が1件ありましたので、返金（一部取消）をお願いいたします。

　取引ID　　：PG-2608-551042
　決済日時　：2026/08/21 21:14
　カード番号：************4417（下4桁のみ）
　取消金額　：1,980円

お客様には当社から返金のご案内済みです。

{_sig("上条 拓海", "kamijo.takumi@hinode-sangyo.co.jp", team="販売促進部 販促企画課", ext="4420")}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a refund request with a transaction ID and only the masked last four digits of a card",
})

_m083 = _people(6, "083")
_r083 = "\n".join(f"{p['name']},{p['kana']},{p['mail']},{p['tel']},{p['zip']},{p['addr']}" for p in _m083)
MESSAGES.append({
    "id": "hanbaisokushin-083",
    "sender": SHINOMIYA,
    "to": ["ツバサシステム 開発部 堤様 <tsutsumi@tsubasa-systern.jp>"],
    "subject": "住所変更が反映されない会員（6件）の調査依頼",
    "charset": "utf-8",
    "body": f"""堤様

お世話になっております。四ノ宮です。
マイページから住所変更したのに反映されていない、というお問い合わせが6件続いています。
変更後の内容（お客様から電話で伺ったもの）を下記に貼りますので、DBの状態をご確認ください。

氏名,フリガナ,メール,電話,郵便番号,住所
{_r083}

よろしくお願いします。
四ノ宮（日の出産業 ポイント企画課）
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "tsubasa-systern.jp uses rn for m (look-alike of tsubasa-system.jp) and carries six members' records (reasons 5 and 1)",
})

MESSAGES.append({
    "id": "hanbaisokushin-084",
    "sender": KAMIJO,
    "to": ["ツバサシステム 開発部 堤様 <tsutsumi@tsubasa-system.jp>"],
    "subject": "【不具合】キャンペーンサイト 応募完了画面の表示崩れ",
    "charset": "cp932",
    "body": f"""堤様

お世話になっております。上条です。
キャンペーンサイトで以下の不具合を確認しました。スクリーンショットを添付します。

・事象：iPhone（iOS 19.5／Safari）で応募完了画面の「応募番号」が枠からはみ出す
・発生URL：https://hinode-cp.jp/bbq/complete
・再現率：100%（テスト用の応募ID TST-000412 で確認）
・Android（Chrome）では発生せず

本番で多くの応募が見込まれる週末前に修正いただけると助かります。

{_sig("上条 拓海", "kamijo.takumi@hinode-sangyo.co.jp", team="販売促進部 販促企画課", style=1)}
""",
    "attachments": [{"kind": "png", "name": "complete_iphone_1.png"},
                    {"kind": "png", "name": "complete_iphone_2.png"}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "bug report with screenshots and a test ID to the correct vendor domain",
})

_m085 = _people(6, "085")
_r085 = "\n".join(f"・{p['name']}　{_s014[i * 3][1]}　{['9/19（土）・9/20（日）', '9/19（土）', '9/20（日）・9/21（月祝）'][i % 3]}"
                  for i, p in enumerate(_m085))
MESSAGES.append({
    "id": "hanbaisokushin-085",
    "sender": TSURUMI,
    "to": ["スマイルマネキン 派遣営業 有働様 <udo@smile-mannequin.co.jp>"],
    "subject": "9月連休 試食販売 配置表（確定）",
    "charset": "iso-2022-jp",
    "body": f"""有働様

お世話になっております。鶴見です。
ご提案いただいたスタッフの配置について、店舗側の了承が取れましたので確定版をお送りします。

{_r085}

集合時間は各店 9:30、バックヤード入口でお願いします。

鶴見
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": ["personal_data"],
    "note": "six demonstrators' names with store and shift, no contact details, back to their own agency",
})

MESSAGES.append({
    "id": "hanbaisokushin-086",
    "sender": ASHIDA,
    "to": ["村瀬 加奈子 <murase@promoark.co.jp>"],
    "subject": "Re: 【社外秘】事務局 体制・単価表（日の出産業様限定）",
    "charset": "utf-8",
    "body": """村瀬様

ご提示ありがとうございます。拝見しました。
単価は前年と同水準で了解です。席数だけ、10月第2週のみ2席増でお願いします。

芦田

> 日の出産業 芦田様
>
> 【社外秘】本資料は日の出産業様限定でのご提示です。
>
> ■ 事務局体制（10月～12月）
>   コールセンター 8席（ピーク週 10席）／メール対応 2名
> ■ 単価
>   オペレーター 1席 1日 28,000円／SV 1名 1日 42,000円
>
> プロモアーク 村瀬
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "the 社外秘 marking is in the agency's own quoted text sent back to that agency",
})

_w087 = _people(3, "087")
MESSAGES.append({
    "id": "hanbaisokushin-087",
    "sender": ASHIDA,
    "to": ["プロモアーク キャンペーン事務局 <jimukyoku@promoark.co.jp>"],
    "subject": "特別賞 追加当選（3名）と月次集計",
    "charset": "cp932",
    "body": f"""プロモアーク 事務局 ご担当者様

お世話になっております。芦田です。
辞退者が出たため、特別賞の追加当選者3名を決定しました。
当選通知の送付をお願いします。あわせて6月の月次集計も同じファイルに入れています。

{_sig("芦田 玲奈", "ashida.rena@hinode-sangyo.co.jp", ext="4415")}
""",
    "attachments": [{
        "kind": "xlsx", "name": "特別賞追加当選_月次集計_202606.xlsx",
        "sheets": {
            "6月集計": [["夏のBBQキャンペーン 6月 月次集計"], [],
                        ["項目", "件数"], ["WEB応募", 18422], ["ハガキ応募", 2315],
                        ["無効（重複等）", 611], ["有効応募", 20126]],
            "追加当選": [["特別賞 追加当選者（辞退3名分の繰り上げ）"],
                         ["氏名", "郵便番号", "住所", "電話番号", "メール"]]
                        + [[p["name"], p["zip"], p["addr"], p["tel"], p["mail"]] for p in _w087],
        }}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "three winners' records in a two-sheet workbook to the agency: under five people, may be warned",
})

MESSAGES.append({
    "id": "hanbaisokushin-088",
    "sender": YAKUSHIJI,
    "to": ["販売促進部 全員 <hansoku-all@hinode-sangyo.co.jp>"],
    "subject": "夏のBBQキャンペーン 振り返り",
    "charset": "iso-2022-jp",
    "body": """販売促進部の皆さん

お疲れさまです。薬師寺です。
夏のBBQキャンペーンが終了しました。皆さんのご協力に感謝します。

【結果】
・有効応募 61,204件（目標 50,000件）
・対象商品の売上 前年同期比 124%
・当選者 1,030名への賞品発送 完了（返送 14件は対応中）

【反省点】
・当選者リストをパスワード付きZIPで送る運用が残っていた → 来期はファイル共有サービスに切替
・個人情報の取り扱いに関する事故はゼロでしたが、宛先の確認漏れによるヒヤリハットが2件
・熱中症対策として、屋外サンプリングのスタッフ休憩を1時間ごとに取る運用は継続

10/2の部会で詳細を共有します。
薬師寺
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "internal review mentioning 個人情報 and 熱中症 in passing; no one's data, internal only",
})

MESSAGES.append({
    "id": "hanbaisokushin-089",
    "sender": MURAKAMI,
    "to": ["小椋 達也 <ogura.tatsuya@nishiki-insatsu.co.jp>"],
    "cc": ["堀之内 <horinouchi@nishiki-insatsu.co.jp>"],
    "subject": "夏キャンペーン 印刷物一式のお礼",
    "charset": "utf-8",
    "body": f"""錦印刷株式会社
小椋様、堀之内様

いつも大変お世話になっております。日の出産業の村上です。
夏のBBQキャンペーンが無事終了しました。
短納期の再校や当選通知書の急な差し替えにもご対応いただき、本当にありがとうございました。
おかげさまで応募数は目標を大きく上回りました。

秋キャンペーンでも引き続きよろしくお願いいたします。
近いうちに、秋の印刷物のスケジュールについてご相談させてください。

{_sig("村上 沙織", "murakami.saori@hinode-sangyo.co.jp", ext="4412")}

{_DISC_JA}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a thank-you mail to the partner printer with the standard disclaimer",
})


def _coupon(rng):
    while True:
        d = [9, 8] + [rng.randrange(10) for _ in range(14)]
        total = sum((x * 2 - 9 if x * 2 > 9 else x * 2) if i % 2 == 0 else x
                    for i, x in enumerate(d))  # Luhn from the left (16 digits)
        if total % 10:
            s = "".join(map(str, d))
            return f"{s[:4]}-{s[4:8]}-{s[8:12]}-{s[12:]}"


_rng090 = random.Random("hanbaisokushin-090")
_c090 = "\n".join(f"  {i + 1:02d}  {_coupon(_rng090)}  {['DH-本部', 'DH-関東', 'DH-東海', 'DH-関西'][i % 4]}"
                  for i in range(20))
MESSAGES.append({
    "id": "hanbaisokushin-090",
    "sender": TSURUMI,
    "to": ["ドラッグひまわり 商品部 販促担当 <hansoku@drug-himawari.jp>"],
    "subject": "店頭スクラッチ 当たりクーポンのシリアル番号（テスト用20件）",
    "charset": "utf-8",
    "body": f"""ドラッグひまわり 販促ご担当者様

お世話になっております。鶴見です。
店頭スクラッチカードの当たりクーポンについて、レジでの読み取りテスト用のシリアル番号を20件お送りします。
いずれもテスト用で、本番のシリアルとは別系列（先頭98）です。

  No  シリアル番号           発行区分
{_c090}

テスト結果をいただけましたら、本番シリアル（30,000件）を発行します。

鶴見
日の出産業株式会社 販売促進部 店頭販促課
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "16-digit coupon serials (98-prefix, not card numbers) for a till test: no personal data",
})


def _not_mynumber(s):
    body = [int(c) for c in s[:11]]
    total = sum(body[11 - n] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = total % 11
    check = 0 if r <= 1 else 11 - r
    if int(s[11]) == check:
        s = s[:11] + str((check + 1) % 10)
    return s


_rng091 = random.Random("hanbaisokushin-091")
_t091 = "\n".join(f"SHP-26{700 + i:04d}\t{_not_mynumber(''.join(str(_rng091.randrange(10)) for _ in range(12)))}\t{['A賞', 'B賞', 'B賞', 'C賞'][i % 4]}\t2026/07/0{1 + i % 5}"
                  for i in range(24))
MESSAGES.append({
    "id": "hanbaisokushin-091",
    "sender": TSURUMI,
    "to": ["プロモアーク キャンペーン事務局 <jimukyoku@promoark.co.jp>"],
    "subject": "出荷ID・送り状番号の対応表（7月第1週出荷分）",
    "charset": "cp932",
    "body": f"""プロモアーク 事務局 ご担当者様

お世話になっております。鶴見です。
7月第1週に出荷した分の、出荷IDと送り状番号の対応表です。
当選者様から配送状況のお問い合わせがあった場合にご利用ください。
（氏名・住所は事務局システム側で出荷IDから参照できます）

出荷ID\t送り状番号\t賞品\t出荷日
{_t091}

鶴見
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "shipment IDs and 12-digit tracking numbers only: no names or contacts",
})

_t092 = _corp("011001087342")
MESSAGES.append({
    "id": "hanbaisokushin-092",
    "sender": KAMIJO,
    "to": ["プロモアーク 経理部 <keiri@promoark.co.jp>"],
    "cc": ["経理部 支払担当 <keiri-shiharai@hinode-sangyo.co.jp>"],
    "subject": "ご請求書（No.PA-2606-0193）の登録番号について",
    "charset": "iso-2022-jp",
    "body": f"""株式会社プロモアーク
経理部 ご担当者様

いつもお世話になっております。日の出産業 販売促進部の上条です。
6月分のご請求書（No.PA-2606-0193、事務局運営費 3,872,000円 税込）を拝受しました。

適格請求書発行事業者の登録番号の記載が「T{_t092[:5] + _t092[6] + _t092[5] + _t092[7:]}」となっており、
国税庁の公表サイトで確認したところ、正しくは「T{_t092}」のようです。
お手数ですが、登録番号を修正したご請求書の再発行をお願いできますでしょうか。

支払予定日（7/31）には間に合うよう手配いたします。

{_sig("上条 拓海", "kamijo.takumi@hinode-sangyo.co.jp", team="販売促進部 販促企画課", ext="4420")}
""",
    "expect": "pass", "entities": ["JP_CORPORATE_NUMBER"], "detectors": [],
    "note": "an agency's invoice T-number (法人番号) and an invoice number: company data, not personal",
})

MESSAGES.append({
    "id": "hanbaisokushin-093",
    "sender": KAMIJO,
    "to": ["村瀬 加奈子 <murase@promoark.co.jp>"],
    "subject": "都道府県別 応募数（最終）",
    "charset": "utf-8",
    "body": """村瀬様

上条です。最終の都道府県別応募数をお送りします。
秋キャンペーンのエリア別ターゲティングの参考にしてください。

上条
""",
    "attachments": [{
        "kind": "xlsx", "name": "BBQ_都道府県別応募数_最終.xlsx",
        "sheets": {"都道府県別": [["夏のBBQキャンペーン 都道府県別有効応募数（最終）"], [],
                                  ["都道府県", "WEB", "ハガキ", "合計", "人口千人あたり"],
                                  ["北海道", 2411, 402, 2813, 0.55], ["宮城県", 1188, 133, 1321, 0.58],
                                  ["埼玉県", 5902, 611, 6513, 0.89], ["千葉県", 4870, 498, 5368, 0.85],
                                  ["東京都", 11240, 702, 11942, 0.85], ["神奈川県", 7925, 655, 8580, 0.93],
                                  ["愛知県", 4012, 377, 4389, 0.58], ["大阪府", 5530, 412, 5942, 0.68],
                                  ["福岡県", 2261, 238, 2499, 0.49], ["その他", 11203, 634, 11837, None]],
                   "メモ": [["集計基準：重複・無効応募を除く（2026/08/05 確定）"]]}}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "aggregate counts by prefecture: no individual's data",
})

MESSAGES.append({
    "id": "hanbaisokushin-094",
    "sender": HIMURO,
    "to": ["白川法律事務所 弁護士 白川先生 <shirakawa@shirakawa-law.jp>"],
    "cc": ["法務部 契約担当 <houmu-keiyaku@hinode-sangyo.co.jp>"],
    "subject": "【ご相談】秋キャンペーンの景品額（景品表示法）について",
    "charset": "cp932",
    "body": f"""白川法律事務所
白川先生

いつも大変お世話になっております。日の出産業 販売促進部の氷室でございます。
秋キャンペーンの景品設計について、景品表示法上の問題がないかご相談させてください。

【企画概要】
・対象商品（希望小売価格 298円～680円）を購入したレシートで応募（一般懸賞）
・A賞：ペア旅行券 10万円相当 × 10名
・B賞：日の出産業 商品詰め合わせ 5,000円相当 × 500名
・全員プレゼント：応募者全員に100円分のデジタルギフト（総付景品）

【ご相談したい点】
1. 一般懸賞で、取引価額5,000円未満の場合の最高額（取引価額の20倍）の考え方
2. A賞10万円が上限を超えないか（レシート合計額の下限設定が必要か）
3. 全員プレゼントの総付景品としての扱い

打合せ資料は来週お持ちします。ご都合のよい日時をお知らせいただけますと幸いです。

{_sig("氷室 健吾", "himuro.kengo@hinode-sangyo.co.jp", team="販売促進部 課長", style=2)}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "legal consultation with the partner law firm about prize limits; no personal data",
})

MESSAGES.append({
    "id": "hanbaisokushin-095",
    "sender": MURAKAMI,
    "to": ["栄北大学 経営学部 松永ゼミ 松永先生 <matsunaga@sakaekita-u.ac.jp>"],
    "subject": "学生アイデアコンテスト 最終審査会 ご登壇チームについて",
    "charset": "iso-2022-jp",
    "body": f"""栄北大学 経営学部
松永先生

お世話になっております。日の出産業 販売促進部の村上です。
学生アイデアコンテストの最終審査会（11/7）に進出した貴ゼミのチームについて、
当日の連絡先として以下を控えさせていただきました。内容に誤りがないかご確認ください。

チーム「みそスープ・ラボ」
　代表　高橋 真央　　090-3187-6624　m.takahashi@st.sakaekita-u.ac.jp
　　　　浜崎 直樹　　080-5920-1173　n.hamasaki@st.sakaekita-u.ac.jp
　　　　水野 理沙　　070-2281-9956　r.mizuno@st.sakaekita-u.ac.jp
　　　　岩渕 翔　　　090-7462-3308　s.iwabuchi@st.sakaekita-u.ac.jp

当日は13:00に本社1階受付へお越しください。

{_sig("村上 沙織", "murakami.saori@hinode-sangyo.co.jp", ext="4412")}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "four students' phones and e-mails to their professor: under five people, may be warned",
})

MESSAGES.append({
    "id": "hanbaisokushin-096",
    "sender": TSURUMI,
    "to": ["花咲市 産業振興課 イベント係 <sangyo-event@city.hanasaki.lg.jp>"],
    "subject": "花咲市 秋の収穫祭 出展申込書の送付",
    "charset": "utf-8",
    "body": f"""花咲市 産業振興課 イベント係 御中

お世話になっております。日の出産業株式会社の鶴見と申します。
「花咲市 秋の収穫祭（10/24・25）」への企業ブース出展について、申込書をお送りいたします。

　出展者名　：日の出産業株式会社 販売促進部
　所在地　　：東京都中央区日本橋2-14-6
　出展内容　：鍋つゆの試飲・サンプリング（火気使用：カセットコンロ2台）
　ブース　　：テント1張（3m×3m）
　担当者　　：鶴見 大輔（当日連絡先 080-2201-5537）
　法人番号　：なし（申込書様式で任意項目のため省略）

出展料のお振込先をご教示いただけますと幸いです。

{_sig("鶴見 大輔", "tsurumi.daisuke@hinode-sangyo.co.jp", team="販売促進部 店頭販促課", ext="4431")}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "an exhibition application to a city office with the sender's own business contact",
})

MESSAGES.append({
    "id": "hanbaisokushin-097",
    "sender": ASHIDA,
    "to": ["川崎電機 販売推進部 野々村様 <nonomura@kawasaki-denki.co.jp>"],
    "subject": "コラボ賞品（ホットプレート）直送のお願い 1件",
    "charset": "cp932",
    "body": f"""川崎電機株式会社
販売推進部 野々村様

お世話になっております。日の出産業の芦田です。
コラボ賞品のホットプレート（HP-220）について、当選者様1名分の直送をお願いいたします。

　お届け先：〒860-0805 熊本県熊本市中央区桜町4-11-2
　お名前　：新垣 恵美 様
　電話番号：096-352-8807
　配達希望：9月12日（土）午前

送り状の依頼主は「日の出産業 キャンペーン事務局」でお願いします。

{_sig("芦田 玲奈", "ashida.rena@hinode-sangyo.co.jp", ext="4415")}
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "one winner's delivery address to the partner manufacturer: a single record, may be warned",
})

MESSAGES.append({
    "id": "hanbaisokushin-098",
    "sender": HIMURO,
    "to": ["販売促進部 全員 <hansoku-all@hinode-sangyo.co.jp>"],
    "subject": "【社外秘】2027年 販促方針（部会資料）",
    "charset": "utf-8",
    "body": """販売促進部の皆さん

氷室です。10/2の部会資料を共有します。
社外秘資料ですので、代理店・印刷会社への転送はしないでください。
代理店向けには、別途ブリーフィング用の抜粋版を作ります。

氷室
""",
    "attachments": [{
        "kind": "pptx", "name": "2027_販促方針_部会資料.pptx",
        "page_footer": "社外秘　販売促進部",
        "slides": [["2027年 販促方針", "販売促進部 部会 2026/10/02"],
                   ["重点テーマ", "ポイント制度改定にあわせた会員化促進",
                    "レシート応募からアプリ応募への移行（比率 30% → 60%）",
                    "共同キャンペーン（北国フーズ・川崎電機）の拡大"],
                   ["予算", "販促費総額 4.2億円（前年比 108%）"]]}],
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a 社外秘 deck sent only to an internal mailing list",
})

MESSAGES.append({
    "id": "hanbaisokushin-099",
    "sender": MURAKAMI,
    "to": ["akane.cooks.daily@icloud.com"],
    "subject": "【日の出産業】PR投稿のご依頼について",
    "charset": "iso-2022-jp",
    "body": f"""あかね様（@akane_cooks_daily）

突然のご連絡失礼いたします。日の出産業株式会社 販売促進部の村上と申します。
いつもInstagramの「毎日のおうちごはん」の投稿を拝見しております。

このたび、当社の新商品「日の出 ゆず鍋つゆ」を使ったレシピのPR投稿をお願いできないかと思い、
ご連絡いたしました。

　・投稿内容：フィード投稿1回＋ストーリーズ2回（#PR 表記をお願いします）
　・投稿時期：2026年11月上旬～中旬
　・謝礼　　：110,000円（税込）＋商品詰め合わせ
　・ご提供　：商品サンプル一式（ご指定の住所へお送りします）

ご興味をお持ちいただけましたら、本メールにご返信ください。詳細をご説明いたします。

{_sig("村上 沙織", "murakami.saori@hinode-sangyo.co.jp", ext="4412")}
""",
    "expect": "pass", "entities": [], "detectors": ["freemail_recipient"],
    "note": "first contact with one influencer on free mail: an ordinary offer, no personal data",
})

MESSAGES.append({
    "id": "hanbaisokushin-100",
    "sender": KIRYU,
    "to": ["Wei Ling Tan <weiling.tan@lumenretail-asia.com>"],
    "subject": "Singapore in-store sampling - confirmed stores",
    "charset": "utf-8",
    "body": f"""Dear Wei Ling,

Thank you for securing the store slots. For our records, the confirmed stores for the
November in-store sampling are:

  Store                      Address                                 Dates
  -------------------------  --------------------------------------  -----------
  Lumen Market Orchard       391 Orchard Road, #B2-01                 7-8 Nov
  Lumen Market Tampines      4 Tampines Central 5, #B1-12             7-8 Nov
  Lumen Market Jurong East   50 Jurong Gateway Road, #B1-05           14-15 Nov
  Lumen Market Bishan        9 Bishan Place, #B2-30                   14-15 Nov
  Lumen Market Vivocity      1 HarbourFront Walk, #B2-20              21-22 Nov
  Lumen Market Woodlands     30 Woodlands Ave 2, #B1-07               21-22 Nov
  Lumen Market Punggol       83 Punggol Central, #B1-18               28-29 Nov
  Lumen Market Clementi      3155 Commonwealth Ave W, #B1-11          28-29 Nov

Samples (4,800 cups) will be delivered to your Jurong DC by 2 November.

Best regards,
Naoto

{_EN_SIG}

{_DISC_EN}
""",
    "expect": "pass", "entities": [], "detectors": [],
    "note": "a list of eight stores with addresses: businesses, not people",
})


# ISO-2022-JP has no FULLWIDTH TILDE: like a Japanese mailer, write the WAVE DASH instead.
for _m in MESSAGES:
    if _m.get("charset") == "iso-2022-jp":
        for _k in ("subject", "body", "html"):
            if _m.get(_k):
                _m[_k] = _m[_k].replace("～", "〜")
