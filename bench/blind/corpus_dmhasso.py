"""Direct-mail and catalogue campaigns (dmhasso) at 日の出産業: the 通販事業部 and 販促企画課
send customer address lists to mailing houses, printers and data-cleansing vendors (宛名データ,
封入封緘, 差込印刷, 住所クレンジング), reconcile returned mail (宛所不明・転居先不明・受取拒否),
pass on opt-outs (DM停止・配信停止) and catalogue requests, hand prize winners to fulfilment
houses, and exchange the ordinary marketing mail of a catalogue season: schedules, proofs,
quotes, postage (料金後納・特約ゆうメール), tracking numbers, response statistics and NDAs,
in Japanese and, with overseas lettershops and printers, in English."""

import random as _random

from build import card_number, my_number

SEED = 67201

# -- invented people -------------------------------------------------------------------

_SEI = [
    ("佐々木", "ササキ", "Sasaki"), ("勅使河原", "テシガワラ", "Teshigawara"),
    ("四十物", "アイモノ", "Aimono"), ("小鳥遊", "タカナシ", "Takanashi"),
    ("月見里", "ヤマナシ", "Yamanashi"), ("東海林", "ショウジ", "Shoji"),
    ("五百旗頭", "イオキベ", "Iokibe"), ("百目鬼", "ドウメキ", "Domeki"),
    ("九十九", "ツクモ", "Tsukumo"), ("御手洗", "ミタライ", "Mitarai"),
    ("薬師寺", "ヤクシジ", "Yakushiji"), ("纐纈", "コウケツ", "Koketsu"),
    ("鴇田", "トキタ", "Tokita"), ("栗花落", "ツユリ", "Tsuyuri"),
    ("廿楽", "ツヅラ", "Tsuzura"), ("饗庭", "アイバ", "Aiba"), ("十河", "ソゴウ", "Sogo"),
    ("帷子", "カタビラ", "Katabira"), ("伊集院", "イジュウイン", "Ijuin"),
    ("比嘉", "ヒガ", "Higa"), ("我如古", "ガネコ", "Ganeko"),
    ("渡嘉敷", "トカシキ", "Tokashiki"), ("仲宗根", "ナカソネ", "Nakasone"),
    ("高橋", "タカハシ", "Takahashi"), ("鈴木", "スズキ", "Suzuki"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"), ("阿部", "アベ", "Abe"),
    ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
    ("小笠原", "オガサワラ", "Ogasawara"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"),
    ("宇佐美", "ウサミ", "Usami"), ("舘野", "タテノ", "Tateno"),
    ("粟飯原", "アイハラ", "Aihara"), ("鶴見", "ツルミ", "Tsurumi"),
    ("益子", "マシコ", "Mashiko"), ("神保", "ジンボ", "Jinbo"), ("乙部", "オトベ", "Otobe"),
    ("日置", "ヘキ", "Heki"), ("城ヶ崎", "ジョウガサキ", "Jogasaki"),
    ("鬼頭", "キトウ", "Kito"), ("釜萢", "カマヤチ", "Kamayachi"),
]

_MEI = [
    ("美咲", "ミサキ", "Misaki"), ("陽菜", "ヒナ", "Hina"), ("結衣", "ユイ", "Yui"),
    ("千尋", "チヒロ", "Chihiro"), ("恵子", "ケイコ", "Keiko"), ("幸子", "サチコ", "Sachiko"),
    ("和子", "カズコ", "Kazuko"), ("由美子", "ユミコ", "Yumiko"), ("真由美", "マユミ", "Mayumi"),
    ("直美", "ナオミ", "Naomi"), ("香織", "カオリ", "Kaori"), ("智子", "トモコ", "Tomoko"),
    ("久美子", "クミコ", "Kumiko"), ("紀子", "ノリコ", "Noriko"), ("静江", "シズエ", "Shizue"),
    ("明美", "アケミ", "Akemi"), ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"),
    ("健一", "ケンイチ", "Kenichi"), ("誠", "マコト", "Makoto"), ("浩二", "コウジ", "Koji"),
    ("隆", "タカシ", "Takashi"), ("修", "オサム", "Osamu"), ("勝利", "カツトシ", "Katsutoshi"),
    ("正雄", "マサオ", "Masao"), ("博之", "ヒロユキ", "Hiroyuki"), ("拓也", "タクヤ", "Takuya"),
    ("悠真", "ユウマ", "Yuma"), ("蓮", "レン", "Ren"), ("光太郎", "コウタロウ", "Kotaro"),
    ("義男", "ヨシオ", "Yoshio"), ("稔", "ミノル", "Minoru"), ("茂", "シゲル", "Shigeru"),
    ("清", "キヨシ", "Kiyoshi"), ("達也", "タツヤ", "Tatsuya"), ("八重", "ヤエ", "Yae"),
    ("富美子", "フミコ", "Fumiko"), ("さくら", "サクラ", "Sakura"), ("凛", "リン", "Rin"),
]

# (郵便番号, 都道府県, 市区町村, 町域, 市外局番)
_PLACES = [
    ("064-0804", "北海道", "札幌市中央区", "南四条西", "011"),
    ("030-0861", "青森県", "青森市", "長島", "017"),
    ("020-0015", "岩手県", "盛岡市", "本町通", "019"),
    ("980-0811", "宮城県", "仙台市青葉区", "一番町", "022"),
    ("990-0039", "山形県", "山形市", "香澄町", "023"),
    ("310-0021", "茨城県", "水戸市", "南町", "029"),
    ("320-0806", "栃木県", "宇都宮市", "中央", "028"),
    ("370-0841", "群馬県", "高崎市", "栄町", "027"),
    ("330-0063", "埼玉県", "さいたま市浦和区", "高砂", "048"),
    ("273-0005", "千葉県", "船橋市", "本町", "047"),
    ("160-0022", "東京都", "新宿区", "新宿", "03"),
    ("154-0004", "東京都", "世田谷区", "太子堂", "03"),
    ("167-0051", "東京都", "杉並区", "荻窪", "03"),
    ("180-0004", "東京都", "武蔵野市", "吉祥寺本町", "0422"),
    ("192-0083", "東京都", "八王子市", "旭町", "042"),
    ("220-0004", "神奈川県", "横浜市西区", "北幸", "045"),
    ("211-0004", "神奈川県", "川崎市中原区", "新丸子東", "044"),
    ("251-0025", "神奈川県", "藤沢市", "鵠沼石上", "0466"),
    ("950-0088", "新潟県", "新潟市中央区", "万代", "025"),
    ("920-0853", "石川県", "金沢市", "本町", "076"),
    ("380-0823", "長野県", "長野市", "南千歳", "026"),
    ("420-0857", "静岡県", "静岡市葵区", "御幸町", "054"),
    ("460-0008", "愛知県", "名古屋市中区", "栄", "052"),
    ("444-0043", "愛知県", "岡崎市", "唐沢町", "0564"),
    ("600-8216", "京都府", "京都市下京区", "東塩小路町", "075"),
    ("530-0001", "大阪府", "大阪市北区", "梅田", "06"),
    ("564-0082", "大阪府", "吹田市", "片山町", "06"),
    ("650-0021", "兵庫県", "神戸市中央区", "三宮町", "078"),
    ("630-8226", "奈良県", "奈良市", "小西町", "0742"),
    ("700-0024", "岡山県", "岡山市北区", "駅元町", "086"),
    ("730-0011", "広島県", "広島市中区", "基町", "082"),
    ("760-0023", "香川県", "高松市", "寿町", "087"),
    ("790-0001", "愛媛県", "松山市", "一番町", "089"),
    ("812-0011", "福岡県", "福岡市博多区", "博多駅前", "092"),
    ("860-0806", "熊本県", "熊本市中央区", "花畑町", "096"),
    ("890-0053", "鹿児島県", "鹿児島市", "中央町", "099"),
    ("900-0015", "沖縄県", "那覇市", "久茂地", "098"),
]

_FEMALE = {"美咲", "陽菜", "結衣", "千尋", "恵子", "幸子", "和子", "由美子", "真由美", "直美",
           "香織", "智子", "久美子", "紀子", "静江", "明美", "八重", "富美子", "さくら", "凛"}

_BLDG = ["コーポ若葉", "グランシャリオ", "メゾン桜ヶ丘", "ハイツ緑町", "サンライズ第二ビル",
         "パークハイム", "レジデンス北斗", "ヴィラ白樺", "アーバンコート", "ライオンズ栄",
         "エステート本町", "シャトー藤"]
_FREEMAIL = ["gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com", "docomo.ne.jp",
             "ezweb.ne.jp", "softbank.ne.jp", "hotmail.co.jp"]


def _landline(rng, area):
    rest = 10 - len(area)
    if rest == 8:
        return f"{area}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
    if rest == 7:
        return f"{area}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    return f"{area}-{rng.randint(20, 99)}-{rng.randint(1000, 9999)}"


def _people(n, salt):
    """n invented customers, fixed by SEED and salt."""
    rng = _random.Random(f"{SEED}/{salt}")
    out, used = [], set()
    while len(out) < n:
        sei, mei = rng.choice(_SEI), rng.choice(_MEI)
        if (sei[0], mei[0]) in used:
            continue
        used.add((sei[0], mei[0]))
        zp, pref, city, town, area = rng.choice(_PLACES)
        c, b, g = rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 30)
        bldg = ""
        if rng.random() < 0.35:
            bldg = f"{rng.choice(_BLDG)}{rng.choice([101, 102, 203, 205, 306, 402, 511])}"
        y = rng.randint(1938, 2001)
        out.append({
            "sei": sei[0], "mei": mei[0], "sei_k": sei[1], "mei_k": mei[1],
            "roma": f"{mei[2]} {sei[2]}", "name": f"{sei[0]} {mei[0]}",
            "kana": f"{sei[1]} {mei[1]}",
            "zip": zp, "pref": pref, "city": city, "town": town,
            "chome": c, "ban": b, "go": g, "bldg": bldg,
            "tel": _landline(rng, area),
            "mobile": f"0{rng.choice('987')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            "email": f"{mei[2].lower()}.{sei[2].lower()[:5]}{rng.randint(1, 99)}@{rng.choice(_FREEMAIL)}",
            "dob": (y, rng.randint(1, 12), rng.randint(1, 28)),
            "cid": rng.randint(1000000, 9899999),
            "sex": "女" if mei[0] in _FEMALE else "男",
        })
    return out


def _addr(p, style=0):
    """The street address of an invented person, written the way people write it."""
    base = f"{p['pref']}{p['city']}{p['town']}"
    if style == 0:
        s = f"{base}{p['chome']}丁目{p['ban']}番{p['go']}号"
        return f"{s} {p['bldg']}" if p["bldg"] else s
    if style == 1:
        s = f"{base}{p['chome']}-{p['ban']}-{p['go']}"
        return f"{s} {p['bldg']}" if p["bldg"] else s
    if style == 2:  # 住所1 / 住所2 split
        return f"{base}{p['chome']}-{p['ban']}-{p['go']}"
    return _zen(f"{base}{p['chome']}-{p['ban']}-{p['go']}") + (f"　{p['bldg']}" if p["bldg"] else "")


_ZEN = str.maketrans("0123456789-.()/:", "０１２３４５６７８９－．（）／：")


def _zen(s):
    return s.translate(_ZEN)


def _wareki(dob, style="kanji"):
    y, m, d = dob
    if (y, m, d) >= (2019, 5, 1):
        era, ey, ab = "令和", y - 2018, "R"
    elif (y, m, d) >= (1989, 1, 8):
        era, ey, ab = "平成", y - 1988, "H"
    else:
        era, ey, ab = "昭和", y - 1925, "S"
    if style == "abbr":
        return f"{ab}{ey}.{m}.{d}"
    if style == "zen":
        return _zen(f"{era}{ey}年{m}月{d}日")
    return f"{era}{'元' if ey == 1 else ey}年{m}月{d}日"


def _iso(dob):
    return "%04d/%02d/%02d" % dob


def _pad(s, width):
    """Pad to a display width (full-width characters count two)."""
    w = sum(2 if ord(ch) > 0x2000 else 1 for ch in s)
    return s + " " * max(width - w, 1)


# -- signatures and disclaimers -------------------------------------------------------

_SIG_KINOSHITA = """--
日の出産業株式会社 通販事業部 販促企画課
木ノ下 遥（Haruka Kinoshita）
〒103-0027 東京都中央区日本橋3-8-14 日の出産業ビル6F
TEL 03-5298-7140 / FAX 03-5298-7141
h.kinoshita@hinode-sangyo.co.jp"""

_SIG_IGARASHI = """━━━━━━━━━━━━━━━━━━━━━━
日の出産業株式会社
通販事業部 CRMグループ　五十嵐 拓海
〒103-0027 東京都中央区日本橋３－８－１４
TEL：03-5298-7152（直通）
━━━━━━━━━━━━━━━━━━━━━━"""

_SIG_ASAMI = """――――――――――――――――
日の出産業株式会社 通販事業部
カスタマーサポート課　浅見 里奈
フリーダイヤル 0120-41-7788（平日9:00-18:00）
〒103-0027 東京都中央区日本橋3-8-14
――――――――――――――――"""

_SIG_MAKABE = """-------------------------------------------
日の出産業株式会社 販促企画課 課長
真壁 修司 / Shuji Makabe
TEL 03-5298-7144  携帯 080-3318-5520
-------------------------------------------"""

_SIG_HORINOUCHI = """**************************************
日の出産業株式会社 物流管理課
堀之内 実（ほりのうち みのる）
〒136-0082 東京都江東区新木場2-5-9 日の出物流センター
TEL 03-6457-2210
**************************************"""

_SIG_SUGIURA = """Ken Sugiura
Direct Marketing, Mail Order Division
Hinode Sangyo Co., Ltd.
3-8-14 Nihonbashi, Chuo-ku, Tokyo 103-0027, Japan
Tel +81-3-5298-7163"""

_DISC_JA = """
本メールには機密情報が含まれている場合があります。誤って受信された場合は、
お手数ですが送信者までご連絡のうえ、本メールを削除してくださいますようお願いいたします。"""

_DISC_EN = """
This e-mail and any attachments may contain confidential information intended solely
for the addressee. If you have received it in error, please notify the sender and
delete it. Hinode Sangyo Co., Ltd."""


_P1 = _people(40, 1)
_P3 = _people(25, 3)
_P4 = _people(30, 4)
_P6 = _people(7, 6)
_P7 = _people(8, 7)
_P8 = _people(1, 8)[0]
_P10 = _people(1, 10)[0]
_P11 = _people(9, 11)
_P13 = _people(1, 13)[0]
_P14 = _people(1, 14)[0]
_P17 = _people(22, 17)
_P19 = _people(6, 19)

_RANKS = ["ゴールド", "シルバー", "一般", "一般", "ブロンズ"]

MESSAGES = [
    {
        "id": "dmhasso-001",
        "charset": "utf-8",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["錦印刷 川端様 <kawabata@nishiki-insatsu.co.jp>"],
        "cc": ["真壁 修司 <s.makabe@hinode-sangyo.co.jp>"],
        "subject": "2027春夏カタログ 宛名差込データ（第1便）送付の件",
        "body": f"""錦印刷株式会社
営業部 川端様

いつもお世話になっております。日の出産業の木ノ下です。

2027春夏カタログの宛名差込データ（第1便・40件）をお送りします。
先日の打合せどおり、宛名面は住所1・住所2・氏名＋「様」の差込、
会員ランクはカタログ裏表紙のクーポン券面の出し分けにご使用ください。

・ファイル：春夏カタログ_宛名_第1便.xlsx（シート「宛名リスト」「集計」）
・件数：40件（第2便は来週水曜にお送りします）
・郵便番号順ソート済みです

ご確認のほどよろしくお願いいたします。

{_SIG_KINOSHITA}
""",
        "attachments": [{
            "kind": "xlsx", "name": "春夏カタログ_宛名_第1便.xlsx",
            "title": "2027春夏カタログ 宛名差込データ",
            "sheets": {
                "宛名リスト": [["2027春夏カタログ 宛名差込データ（第1便）", "", "", "", "作成日：2027/01/12"],
                              [],
                              ["No", "顧客番号", "郵便番号", "住所1", "住所2", "氏名", "電話番号", "会員ランク"]]
                + [[i + 1, f"K{p['cid']}", p["zip"], _addr(p, 2), p["bldg"], p["name"], p["tel"],
                    _RANKS[i % 5]] for i, p in enumerate(sorted(_P1, key=lambda q: q["zip"]))],
                "集計": [["会員ランク", "件数"], ["ゴールド", 8], ["シルバー", 8], ["一般", 16],
                       ["ブロンズ", 8], ["合計", 40]],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "40 customers' names, addresses and phones in an XLSX to the printer: a list of people",
    },
    {
        "id": "dmhasso-002",
        "charset": "iso-2022-jp",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["kawabata@nishiki-insatsu.co.jp"],
        "subject": "Re: 春夏カタログ 制作スケジュールのご確認",
        "body": f"""川端様

お世話になっております。日の出産業の木ノ下です。
スケジュール案ありがとうございました。弊社側の社内校了日を反映した版を下記にお送りします。

  工程                  日程              担当
  ------------------------------------------------------
  初校出し              1月20日（水）     錦印刷様
  初校戻し              1月25日（月）     日の出
  再校出し              1月28日（木）     錦印刷様
  色校（本紙）          2月3日（水）      錦印刷様
  校了                  2月5日（金）      日の出
  刷了・製本            2月16日（火）     錦印刷様
  東雲様へ納品          2月18日（木）     錦印刷様→東雲様

部数は前回お伝えした 48,000部（うち予備 1,500部）で変更ございません。
色校は本紙・4色で2部お願いいたします。

> 木ノ下様
> 春夏カタログの制作スケジュール案をお送りします。
> 色校の日程だけ、ご都合をお知らせいただけますと幸いです。
> 錦印刷 川端

{_SIG_KINOSHITA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "production schedule to the partner printer; no personal data",
    },
    {
        "id": "dmhasso-003",
        "charset": "iso-2022-jp",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["片桐 様 <katagiri@shinonome-mailing.co.jp>"],
        "subject": "【日の出産業】秋の頒布会DM 宛名データ送付",
        "body": f"""株式会社東雲メーリングサービス
片桐様

いつも大変お世話になっております。
日の出産業 CRMグループの五十嵐でございます。

秋の頒布会ご案内DMの宛名データを添付いたします。
封筒窓あき位置の都合上、住所1・住所2を分けてございます。
敬称は「様」で統一しておりますが、法人会員は含まれておりません。

　件数：２５件（テスト便）
　形式：CSV（Shift_JIS、ヘッダ行あり）
　発送予定：９月１８日（金）差出

本番データ（約１２,０００件）は、テスト便の仕上がりをご確認いただいた後にお送りします。
何卒よろしくお願い申し上げます。

{_SIG_IGARASHI}
""",
        "attachments": [{
            "kind": "csv", "name": "hanpukai_atena_test.csv", "encoding": "cp932",
            "rows": [["顧客番号", "郵便番号", "住所1", "住所2", "氏名", "敬称"]]
            + [[f"{p['cid']}", p["zip"], _addr(p, 2), p["bldg"], p["name"], "様"] for p in _P3],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "25 customers' names and addresses in a CP932 CSV to a mailing house",
    },
    {
        "id": "dmhasso-004",
        "charset": "utf-8",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["宮路 和臣 <k.miyaji@hinode-sangyo.co.jp>"],
        "cc": ["crm-team@hinode-sangyo.co.jp"],
        "subject": "顧客マスタ 取込エラー分の確認依頼（30件）",
        "body": """宮路さん

お疲れさまです、五十嵐です。
昨夜のDM対象抽出バッチで、顧客マスタへの取込時に文字化け・桁あふれが出た30件を
添付にまとめました。住所・電話・生年月日・メールの各項目を原票のまま載せています。

どの項目でエラーになっているか、システム側のログと突き合わせていただけますか。
DM発送は来週なので、金曜中に目処がつくと助かります。

五十嵐
""",
        "attachments": [{
            "kind": "xlsx", "name": "取込エラー_30件.xlsx",
            "sheets": {"エラー分": [["顧客番号", "氏名", "フリガナ", "郵便番号", "住所", "電話", "生年月日", "メール", "エラー内容"]]
                       + [[p["cid"], p["name"], p["kana"], p["zip"], _addr(p, 0), p["mobile"],
                           _iso(p["dob"]), p["email"], ["住所桁あふれ", "外字", "電話形式"][i % 3]]
                          for i, p in enumerate(_P4)]},
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
        "detectors": [],
        "note": "a full customer list, but every recipient is internal (hinode-sangyo.co.jp)",
    },
    {
        "id": "dmhasso-005",
        "charset": "utf-8",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["錦印刷 川端様 <kawabata@nishiki-insatu.co.jp>"],
        "subject": "表紙デザイン 最終版の入稿について",
        "body": f"""川端様

お世話になっております。日の出産業の木ノ下です。

春夏カタログ表紙の最終版データを添付にてお送りします（サムネイルのみ、
入稿用の高解像度データはいつものファイル転送サービスでアップ済みです）。

・表紙（H1）：モデル写真差し替え済み
・背表紙：号数「2027 Spring/Summer Vol.31」に修正

お手数ですが、受領のご連絡をいただけますでしょうか。

{_SIG_KINOSHITA}
""",
        "attachments": [{"kind": "png", "name": "cover_H1_thumb.png"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "recipient domain nishiki-insatu.co.jp is a one-letter typo of the partner nishiki-insatsu.co.jp",
    },
    {
        "id": "dmhasso-006",
        "charset": "shift_jis",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["katagiri@shinonome-mailing.co.jp"],
        "subject": "Re: 【東雲】戻り郵便のご報告（9月18日差出分）",
        "body": "片桐様\n\nご報告ありがとうございます。五十嵐です。\n"
        "戻り7件のうち、弊社顧客マスタで新住所が判明しているものを下記に記載します。\n"
        "お手数ですが、この7件は新住所で再封入・再発送をお願いいたします。\n\n"
        + _pad("顧客番号", 10) + _pad("氏名", 16) + _pad("新住所", 58) + "電話\n"
        + "-" * 104 + "\n"
        + "".join(_pad(str(p["cid"]), 10) + _pad(p["name"], 16) + _pad(f"〒{p['zip']} {_addr(p, 1)}", 58)
                  + p["tel"] + "\n" for p in _P6)
        + f"""
再発送分の郵送料は通常どおり後納でご請求ください。

{_SIG_IGARASHI}

-----Original Message-----
From: 片桐 <katagiri@shinonome-mailing.co.jp>
Sent: Tuesday, September 29, 2026 4:12 PM
To: 五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>
Subject: 【東雲】戻り郵便のご報告（9月18日差出分）

五十嵐様
9月18日差出の頒布会DMにつき、戻り郵便が7通ございました（宛所不明5・転居先不明2）。
現物は弊社にて保管しております。ご指示をお願いいたします。
東雲メーリングサービス 片桐
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "new text of the reply holds a padded table of 7 customers' new addresses and phones",
    },
    {
        "id": "dmhasso-007",
        "charset": "iso-2022-jp",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["katagiri@shinonome-mailing.co.jp"],
        "subject": "Re: 【東雲】戻り郵便リスト（10月差出分・8件）",
        "body": f"""片桐様

ご報告ありがとうございます。
8件とも弊社顧客マスタの住所を「DM停止（宛所不明）」に更新しました。
再送は不要ですので、現物はいつもどおり溶解処理でお願いいたします。

五十嵐

""" + "\n".join("> " + line for line in (
            ["五十嵐様", "", "10月差出分の戻り郵便リストです。", ""]
            + [f"{i + 1}. {p['name']}様 〒{p['zip']} {_addr(p, 1)} （{['宛所不明', '転居先不明', '受取拒否', '宛所不明'][i % 4]}）"
               for i, p in enumerate(_P7)]
            + ["", "東雲メーリングサービス 片桐"])) + "\n",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the 8-person returned-mail list is only quoted ('>') from the recipient's own mail; new text has no data",
    },
    {
        "id": "dmhasso-008",
        "charset": "utf-8",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["点字版制作ご担当 <seisaku@hikari-tenji.or.jp>"],
        "subject": "点字版カタログのお届け先追加（1名）",
        "body": f"""社会福祉法人ひかり点字社
点字版制作ご担当者様

いつもお世話になっております。日の出産業カスタマーサポートの浅見です。

点字版カタログのお届け先に、次のお客様を追加いただけますでしょうか。
お電話でお申込みいただいた内容をそのままお伝えします。

　お名前　　：{_P8['name']}（{_P8['kana']}）様
　ご住所　　：〒{_P8['zip']} {_addr(_P8, 0)}
　お電話　　：{_P8['tel']}
　備考　　　：視覚障害（全盲・身体障害者手帳１級）のため、点字版と音声CDの両方をご希望。
　　　　　　　ご家族の代読なしで注文できるよう、電話注文の案内を点字で同封してください。

次号（春夏号）から送付開始でお願いいたします。

{_SIG_ASAMI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "one identifiable customer's disability (要配慮個人情報) sent to an external braille producer",
    },
    {
        "id": "dmhasso-009",
        "charset": "iso-2022-jp",
        "sender": "真壁 修司 <s.makabe@hinode-sangyo.co.jp>",
        "to": ["kawabata@nishiki-insatsu.co.jp", "katagiri@shinonome-mailing.co.jp",
               "morioka@hibari-direct.co.jp"],
        "subject": "秋冬カタログ キックオフ会議のご案内",
        "body": f"""錦印刷株式会社 川端様
株式会社東雲メーリングサービス 片桐様
株式会社ひばりダイレクト 森岡様

平素より大変お世話になっております。日の出産業の真壁です。

2027秋冬カタログのキックオフ会議を下記のとおり開催いたします。
ご多忙のところ恐縮ですが、ご出席のほどよろしくお願いいたします。

　日時：5月14日（金）14:00～16:00
　場所：弊社 6階 第2会議室（オンライン参加可）
　議題：①発行部数と発送スケジュール　②同梱物・封入仕様　③前年度レスポンス結果の共有

資料は前日までにお送りします。

{_SIG_MAKABE}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations see each other in To: should have been Bcc",
    },
    {
        "id": "dmhasso-010",
        "charset": "utf-8",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["東雲メーリング データ課 <data@shinonome-mailing.co.jp>"],
        "subject": "発送除外のお願い（1件）",
        "body": f"""東雲メーリングサービス データ課 御中

お世話になっております。日の出産業の浅見です。
本日お客様ご本人からDM停止のお申し出がありました。
次回差出分（10/9）から、以下1件を除外いただけますようお願いいたします。

顧客番号：{_P10['cid']}
氏名　　：{_P10['name']}
住所　　：〒{_P10['zip']} {_addr(_P10, 1)}

よろしくお願いいたします。
{_SIG_ASAMI}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "one customer's opt-out record to the mailing house: fewer than five people, may warn",
    },
    {
        "id": "dmhasso-011",
        "charset": "utf-8",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["data@shinonome-mailing.co.jp"],
        "cc": ["katagiri@shinonome-mailing.co.jp"],
        "subject": "除外リスト（サプレッション）更新分 9件",
        "body": "データ課 ご担当者様\n\n日の出産業の五十嵐です。\n今月のDM停止申出・受取拒否分を除外リストに追加してください。\n"
        "（タブ区切りでそのまま貼り付けています）\n\n"
        "顧客番号\t氏名\tフリガナ\t郵便番号\t住所\t電話\t理由\n"
        + "".join(f"{p['cid']}\t{p['name']}\t{p['kana']}\t{p['zip']}\t{_addr(p, 1)}\t{p['tel']}\t"
                  f"{['本人申出', '受取拒否', '本人申出', '家族申出'][i % 4]}\n" for i, p in enumerate(_P11))
        + f"\n反映後、除外件数だけご返信いただければ結構です。\n\n{_SIG_IGARASHI}\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "tab-separated suppression list of 9 customers with addresses and phones to a mailing house",
    },
    {
        "id": "dmhasso-012",
        "charset": "shift_jis",
        "sender": "堀之内 実 <m.horinouchi@hinode-sangyo.co.jp>",
        "to": ["青葉運輸 梶原様 <kajiwara@aoba-unyu.co.jp>"],
        "subject": "店頭設置用カタログの配送先一覧（直営15店舗）",
        "body": f"""青葉運輸株式会社
東京集配センター 梶原様

お世話になっております。日の出産業 物流管理課の堀之内です。
春夏カタログの店頭設置分、直営15店舗への配送をお願いします。各店200部・2ケースです。

店舗名,郵便番号,住所,店舗電話,受付時間
日の出ギャラリー銀座店,104-0061,東京都中央区銀座5-9-3 銀座ツインビル1F,03-3571-2201,10:00-19:00
日の出ギャラリー吉祥寺店,180-0004,東京都武蔵野市吉祥寺本町1-15-2,0422-21-7710,10:00-19:00
日の出ギャラリー横浜店,220-0011,神奈川県横浜市西区高島2-18-1 そごう横浜7F,045-451-3320,10:00-20:00
日の出ギャラリー大宮店,330-0853,埼玉県さいたま市大宮区錦町630,048-641-5582,10:00-20:00
日の出ギャラリー柏店,277-0005,千葉県柏市柏1-1-20,04-7163-2290,10:00-19:00
日の出ギャラリー名古屋栄店,460-0008,愛知県名古屋市中区栄3-5-1,052-261-4471,10:00-20:00
日の出ギャラリー浜松店,430-0926,静岡県浜松市中央区砂山町6-1,053-457-1183,10:00-19:00
日の出ギャラリー京都店,600-8216,京都府京都市下京区烏丸通塩小路下ル,075-365-0928,10:00-20:00
日の出ギャラリー梅田店,530-0012,大阪府大阪市北区芝田1-1-3,06-6372-8805,10:00-20:00
日の出ギャラリー三宮店,650-0021,兵庫県神戸市中央区三宮町1-9-1,078-391-6640,10:00-20:00
日の出ギャラリー岡山店,700-0023,岡山県岡山市北区駅前町1-8-18,086-225-3317,10:00-19:00
日の出ギャラリー広島店,730-0035,広島県広島市中区本通7-19,082-247-9012,10:00-19:00
日の出ギャラリー博多店,812-0012,福岡県福岡市博多区博多駅中央街1-1,092-452-7736,10:00-20:00
日の出ギャラリー仙台店,980-0021,宮城県仙台市青葉区中央1-2-3,022-266-1045,10:00-19:00
日の出ギャラリー札幌店,060-0005,北海道札幌市中央区北五条西2-5,011-209-5530,10:00-20:00

納品希望日は2月22日（月）午前着です。よろしくお願いします。

{_SIG_HORINOUCHI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of the company's own shops (business addresses and shop phones), not people",
    },
    {
        "id": "dmhasso-013",
        "charset": "utf-8",
        "sender": "大葉 由紀 <y.ooba@hinode-sangyo.co.jp>",
        "to": ["税理士法人みさき会計 担当 <tantou@misaki-kaikei.jp>"],
        "subject": "支払調書作成用 カタログ撮影カメラマンの情報",
        "body": f"""税理士法人みさき会計
ご担当者様

いつもお世話になっております。日の出産業 経理部の大葉です。

報酬、料金、契約金及び賞金の支払調書の作成にあたり、今年度カタログ撮影を
お願いした個人カメラマンの情報をお送りします。

――――――――――――
氏名　　　：{_P13['name']}（{_P13['kana']}）
住所　　　：{_addr(_P13, 0)}
個人番号　：{my_number(SEED + 1)}
支払金額　：1,320,000円（源泉徴収税額 134,772円）
区分　　　：写真撮影料（春夏・秋冬カタログ）
――――――――――――

ご不明点がありましたらご連絡ください。

大葉 由紀
日の出産業株式会社 経理部
TEL 03-5298-7120
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "JP_MY_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a freelance photographer's My Number sent to an external tax office",
    },
    {
        "id": "dmhasso-014",
        "charset": "iso-2022-jp",
        "sender": "大葉 由紀 <y.ooba@hinode-sangyo.co.jp>",
        "to": ["木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>"],
        "subject": "Re: スタイリスト謝礼の支払処理（個人番号の件）",
        "body": f"""木ノ下さん

お疲れさまです。経理の大葉です。
スタイリストさんから提供いただいた個人番号、経理側で確認できました。
念のため控えを載せておきます（このメールは社内のみでお願いします）。

  氏名：{_P14['name']}
  個人番号：{_zen(my_number(SEED + 2))}
  住所：{_addr(_P14, 3)}

番号確認書類（通知カードの写し）は原本確認のうえ経理のキャビネットで保管します。
今月25日の支払に間に合います。

大葉
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_MY_NUMBER", "JP_ADDRESS"],
        "detectors": [],
        "note": "My Number inside the company only: every recipient is internal",
    },
    {
        "id": "dmhasso-015",
        "charset": "utf-8",
        "sender": "真壁 修司 <s.makabe@hinode-sangyo.co.jp>",
        "to": ["森岡 様 <morioka@hibari-direct.co.jp>"],
        "subject": "2027年度 DM販促計画書（ドラフト）",
        "body": f"""株式会社ひばりダイレクト
森岡様

お世話になっております。日の出産業の真壁です。
来期のDM施策について、社内でまとめた計画書のドラフトを添付いたします。
ターゲットセグメント別の予算配分と想定レスポンス率について、
御社の知見からご意見をいただけますと幸いです。

{_SIG_MAKABE}
""",
        "attachments": [{
            "kind": "docx", "name": "2027年度_DM販促計画書_draft.docx",
            "title": "2027年度 DM販促計画書",
            "page_header": "社外秘",
            "page_footer": "日の出産業株式会社 販促企画課",
            "paragraphs": ["2027年度 DM販促計画書（ドラフト v0.3）",
                           "1. 基本方針：休眠顧客の掘り起こしと定期便会員の継続率向上",
                           "2. 施策一覧と予算配分",
                           "3. KPI：レスポンス率 2.8%（前年 2.3%）、CPO 4,200円以下"],
            "tables": [[["施策", "対象", "部数", "予算（千円）"],
                        ["春夏カタログ", "稼働顧客", "48,000", "21,600"],
                        ["休眠掘り起こしDM", "1年以上未購入", "15,000", "4,950"],
                        ["誕生月クーポンはがき", "全会員", "36,000", "3,240"],
                        ["秋冬カタログ", "稼働顧客", "52,000", "23,400"]]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the attached plan is stamped 社外秘 in its page header and goes to an outside agency",
    },
    {
        "id": "dmhasso-016",
        "charset": "iso-2022-jp",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["宍戸 様 <shishido@kotobuki-data.co.jp>"],
        "subject": "秘密保持契約書（案）のご送付",
        "body": f"""株式会社ことぶきデータ
営業部 宍戸様

お世話になっております。日の出産業の五十嵐です。

住所クレンジング業務のご依頼に先立ち、秘密保持契約書（案）を添付いたします。
弊社法務の雛形ですが、第5条（再委託）と第8条（返還・廃棄）について御社のご意見を
伺えればと存じます。機密保持の範囲に顧客データの取扱いを含める形にしています。

契約締結後にテストデータをお渡しする段取りで考えております。

{_SIG_IGARASHI}
{_DISC_JA}
""",
        "attachments": [{
            "kind": "docx", "name": "秘密保持契約書_案_ことぶきデータ様.docx",
            "title": "秘密保持契約書（案）",
            "paragraphs": ["秘密保持契約書（案）",
                           "日の出産業株式会社（以下「甲」という。）と株式会社ことぶきデータ（以下「乙」という。）は、"
                           "甲が乙に委託する住所クレンジング業務に関し、次のとおり秘密保持契約を締結する。",
                           "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する顧客データその他一切の情報をいう。",
                           "第5条（再委託）乙は、甲の書面による事前の承諾なく、本業務を第三者に再委託してはならない。",
                           "第8条（返還・廃棄）乙は、本業務終了後、秘密情報を速やかに返還又は廃棄し、その旨を書面で甲に報告する。"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "mail about an NDA with a draft contract; 機密/秘密 are mentioned, not stamped",
    },
    {
        "id": "dmhasso-017",
        "charset": "shift_jis",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["katagiri@shinonome-mailing.co.jp"],
        "subject": "【宛名データ】秋冬カタログ本番データ（パスワード別送）",
        "body": f"""片桐様

お世話になっております。日の出産業の五十嵐です。
秋冬カタログ本番の宛名データ（22件の追加分）をパスワード付きZIPでお送りします。
パスワードは別メールにてお知らせいたします。

{_SIG_IGARASHI}
""",
        "attachments": [{
            "kind": "zip", "name": "akifuyu_atena_add.zip", "password": "Hn#2027aw-17",
            "files": [{"kind": "xlsx", "name": "akifuyu_atena_add.xlsx",
                       "sheets": {"追加分": [["顧客番号", "氏名", "郵便番号", "住所", "電話"]]
                                  + [[p["cid"], p["name"], p["zip"], _addr(p, 1), p["tel"]] for p in _P17]}}],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected ZIP (PPAP) cannot be inspected; it holds an address list",
    },
    {
        "id": "dmhasso-018",
        "charset": "shift_jis",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["katagiri@shinonome-mailing.co.jp"],
        "subject": "パスワードのお知らせ（【宛名データ】秋冬カタログ本番データ）",
        "body": """片桐様

先ほどお送りしたファイルのパスワードをお知らせします。

　ファイル名：akifuyu_atena_add.zip
　パスワード：Hn#2027aw-17

※次回からは御社のファイル転送サービス経由に切り替えたいと考えております。
　アカウント発行の手順をご教示いただけますと助かります。

日の出産業 五十嵐
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "only a password notice; no attachment and no personal data",
    },
    {
        "id": "dmhasso-019",
        "charset": "utf-8",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["まねき景品センター 発送係 <hassou@maneki-keihin.co.jp>"],
        "subject": "カタログアンケート プレゼント当選者（A賞）発送のお願い",
        "html": """<html><body style="font-family:'Meiryo',sans-serif">
<p>株式会社まねき景品センター<br>発送係 ご担当者様</p>
<p>いつもお世話になっております。日の出産業 販促企画課の木ノ下です。<br>
春夏カタログ読者アンケートのA賞（北国フーズ 特選いくら醤油漬け）当選者6名分の
発送をお願いいたします。のし不要、クール便でお願いします。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#dde"><th>当選No</th><th>お名前</th><th>郵便番号</th><th>ご住所</th><th>電話番号</th></tr>
""" + "".join(f"<tr><td>A-{i + 1:02d}</td><td>{p['name']} 様</td><td>{p['zip']}</td><td>{_addr(p, 0)}</td>"
              f"<td>{p['mobile']}</td></tr>\n" for i, p in enumerate(_P19)) + """</table>
<p>発送完了後、伝票番号をお知らせいただけますと幸いです。</p>
<p>--<br>日の出産業株式会社 通販事業部 販促企画課<br>木ノ下 遥<br>TEL 03-5298-7140</p>
</body></html>""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "HTML-only table of six prize winners' names, addresses and mobiles to a fulfilment house",
    },
    {
        "id": "dmhasso-020",
        "charset": "iso-2022-jp",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["kawabata@nishiki-insatsu.co.jp"],
        "cc": ["katagiri@shinonome-mailing.co.jp"],
        "subject": "封入仕様の三者打合せ（1/19）について",
        "body": f"""錦印刷 川端様
（cc：東雲メーリングサービス 片桐様）

お世話になっております。日の出産業の木ノ下です。

春夏カタログの封入仕様について、1月19日（火）15時から弊社にて三者打合せを
お願いしておりました件、議題を下記のとおりご連絡いたします。

1. 同梱物の順序（カタログ → 申込はがき → 北国フーズ様チラシ）
2. 封筒サイズ（角2 → A4変形への変更可否）と重量区分
3. 納品形態（パレット・結束単位）と東雲様への搬入時間

会議室は6階第2会議室です。受付で「販促企画課 木ノ下」とお申し付けください。

{_SIG_KINOSHITA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "two external organisations in To/Cc for a normal three-way meeting; no personal data",
    },
]

_US = [
    ("1427 Alder Creek Dr", "San Jose, CA 95129", "+1 408-555-0183"),
    ("88 Kamani St Apt 1204", "Honolulu, HI 96813", "+1 808-555-0117"),
    ("3310 Wilshire Blvd Unit 7", "Los Angeles, CA 90010", "+1 213-555-0146"),
    ("902 N Pine Ave", "Seattle, WA 98122", "+1 206-555-0129"),
    ("15 Juniper Ct", "Torrance, CA 90503", "+1 310-555-0164"),
    ("4420 Maple Ridge Rd", "Portland, OR 97219", "+1 503-555-0108"),
    ("271 Grand St Apt 5B", "New York, NY 10002", "+1 212-555-0192"),
    ("6045 Lakeview Ter", "Chicago, IL 60657", "+1 312-555-0135"),
]
_P21 = _people(8, 21)
_P23 = _people(12, 23)
_P24 = _people(9, 24)
_P27 = _people(8, 27)
_P29 = _people(1, 29)[0]
_P30 = _people(1, 30)[0]
_P31 = _people(12, 31)
_P34 = _people(30, 34)
_P35 = _people(3, 35)
_P36 = _people(1, 36)[0]
_P40 = _people(6, 40)
_DISEASE = ["高血圧", "2型糖尿病", "脂質異常症", "痛風", "骨粗しょう症", "なし", "高血圧・不整脈",
            "変形性膝関節症", "なし", "緑内障", "慢性腎臓病（通院中）", "逆流性食道炎"]

MESSAGES += [
    {
        "id": "dmhasso-021",
        "charset": "utf-8",
        "sender": "Ken Sugiura <k.sugiura@hinode-sangyo.co.jp>",
        "to": ["Dana Whitfield <dana.whitfield@pacificlettershop.com>"],
        "subject": "Overseas members - Spring/Summer catalogue mailing list (8 addresses)",
        "body": "Hi Dana,\n\nAs discussed on our call, here are the eight overseas members who should receive the "
        "Spring/Summer catalogue from your Los Angeles facility this season. Please print the labels exactly "
        "as below (name, street, city line) and keep the phone numbers for the carrier in case of delivery "
        "problems.\n\nName,Street,City/State/ZIP,Phone,E-mail\n"
        + "".join(f"{p['roma']},{_US[i][0]},\"{_US[i][1]}\",{_US[i][2]},{p['email']}\n" for i, p in enumerate(_P21))
        + f"\nPostage: USPS Marketing Mail is fine. Please invoice us in USD as usual.\n\nBest regards,\n{_SIG_SUGIURA}\n{_DISC_EN}\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "eight members' names, US addresses, phones and e-mails pasted as CSV to an overseas lettershop",
    },
    {
        "id": "dmhasso-022",
        "charset": "utf-8",
        "sender": "Ken Sugiura <k.sugiura@hinode-sangyo.co.jp>",
        "to": ["Owen Hartley <o.hartley@northbridge-print.com>"],
        "subject": "RE: Paper stock for the bilingual catalogue",
        "body": f"""Hi Owen,

Thanks for the samples - they arrived on Monday. Our design team prefers the 90gsm matt coated
stock for the inner pages and 200gsm silk for the cover. Could you quote both of the following?

  Qty        Inner 90gsm matt   Cover 200gsm silk   Binding
  ---------  -----------------  ------------------  ------------
  3,000      64pp               4pp                 saddle stitch
  5,000      64pp               4pp                 saddle stitch
  5,000      80pp               4pp                 perfect bound

Delivery would be to our consolidator in Long Beach by 15 March. FSC certification is a must.

Kind regards,
{_SIG_SUGIURA}
{_DISC_EN}

-----Original Message-----
From: Owen Hartley <o.hartley@northbridge-print.com>
Sent: 2 February 2027 08:41
Subject: Paper stock for the bilingual catalogue

Ken, samples of three stocks are on their way by courier (tracking 7731 4402 9186). Let me know.
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English quote request about paper stock with the standard disclaimer; no personal data",
    },
    {
        "id": "dmhasso-023",
        "charset": "utf-8",
        "sender": "真壁 修司 <s.makabe@hinode-sangyo.co.jp>",
        "to": ["morioka@hibari-direct.co.jp"],
        "subject": "健康食品DM ターゲット抽出サンプル",
        "body": f"""森岡様

お世話になっております。真壁です。
先日ご提案いただいた「シニア向け健康食品DM」のクリエイティブ検討用に、
購入時アンケートの回答付きで対象者サンプルを12名分抽出しました。
既往歴の回答内容ごとに訴求コピーを変える案、ぜひ具体化をお願いします。

{_SIG_MAKABE}
""",
        "attachments": [{
            "kind": "xlsx", "name": "健康食品DM_ターゲットサンプル.xlsx",
            "sheets": {"サンプル": [["顧客番号", "氏名", "年齢", "性別", "住所", "電話", "アンケート：既往歴・通院"]]
                       + [[p["cid"], p["name"], 2027 - p["dob"][0], p["sex"], _addr(p, 1), p["tel"], _DISEASE[i]]
                          for i, p in enumerate(_P23)]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "12 customers with their medical history (要配慮個人情報) to an outside DM agency",
    },
    {
        "id": "dmhasso-024",
        "charset": "utf-8",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["品質保証課 <qa@hinode-sangyo.co.jp>"],
        "subject": "健康食品 お客様申告の持病一覧（相談対応用）",
        "body": """品質保証課の皆さま

お疲れさまです、CSの浅見です。
グルコサミン定期便のお客様から「持病があるが飲んでよいか」というお問合せが続いているため、
申告内容をCSVにまとめました。回答文の監修をお願いします。社内限りでお願いします。

浅見
""",
        "attachments": [{
            "kind": "csv", "name": "持病申告_問合せ一覧.csv", "encoding": "utf-8",
            "rows": [["受付日", "顧客番号", "氏名", "電話", "申告内容"]]
            + [[f"2027/02/{i + 3:02d}", p["cid"], p["name"], p["mobile"],
                ["ワルファリン服用中", "透析治療中", "甲状腺の治療中", "妊娠中", "糖尿病でインスリン使用", "肝炎の既往",
                 "痛風", "高血圧の薬を服用", "術後3か月"][i]] for i, p in enumerate(_P24)],
        }],
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "health data of nine customers, but the mail stays inside the company",
    },
    {
        "id": "dmhasso-025",
        "charset": "shift_jis",
        "sender": "堀之内 実 <m.horinouchi@hinode-sangyo.co.jp>",
        "to": ["梶原様 <kajiwara@aoba-unyu.com>"],
        "subject": "集荷依頼：春夏カタログ 東雲様行き（2/18）",
        "body": f"""青葉運輸 梶原様

お世話になっております。堀之内です。
下記のとおり集荷をお願いいたします。

　集荷日時：2月18日（木）9:00～10:00
　集荷場所：錦印刷株式会社 川口工場 第3搬出口
　届け先　：株式会社東雲メーリングサービス 戸田センター
　荷姿　　：パレット12枚（カタログ 48,000部）
　車両　　：10tウイング車1台

{_SIG_HORINOUCHI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "aoba-unyu.com is the partner aoba-unyu.co.jp under another TLD",
    },
    {
        "id": "dmhasso-026",
        "charset": "iso-2022-jp",
        "sender": "堀之内 実 <m.horinouchi@hinode-sangyo.co.jp>",
        "to": ["kajiwara@aoba-unyu.co.jp"],
        "subject": "カタログ見本送付分 配達状況の確認依頼",
        "body": f"""梶原様

お世話になっております。日の出産業の堀之内です。
2月22日出荷の店舗向けカタログのうち、下記4口がまだ配達完了になっておりません。
状況をご確認いただけますでしょうか。

　送り状番号　　　届け先店舗　　　　　　　個口
　5520-1184-7736　吉祥寺店　　　　　　　　2
　5520-1184-7747　柏店　　　　　　　　　　2
　5520-1184-7758　浜松店　　　　　　　　　2
　5520-1184-7769　広島店　　　　　　　　　2

お手数をおかけしますがよろしくお願いいたします。

{_SIG_HORINOUCHI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "tracking numbers and shop names to the partner carrier; no personal data",
    },
    {
        "id": "dmhasso-027",
        "charset": "utf-8",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["さくらホテル 宴会営業 <banquet@sakura-hotel.jp>"],
        "subject": "【3/6 秋冬カタログ先行内覧会】ご招待客名簿の送付",
        "body": f"""さくらホテル 宴会営業部
ご担当者様

いつもお世話になっております。日の出産業の木ノ下です。
3月6日（土）の「秋冬カタログ先行内覧会」にお招きするゴールド会員様の名簿をお送りします。
受付での照合にお使いください。当日連絡用に携帯番号も記載しています。

{_SIG_KINOSHITA}
""",
        "attachments": [{
            "kind": "docx", "name": "内覧会_ご招待客名簿.docx",
            "paragraphs": ["秋冬カタログ先行内覧会　ご招待客名簿", "2027年3月6日（土）13:00～ 桜の間"],
            "tables": [[["No", "お名前", "フリガナ", "携帯電話", "同伴", "会員ランク"]]
                       + [[str(i + 1), p["name"], p["kana"], p["mobile"], str(i % 2), "ゴールド"]
                          for i, p in enumerate(_P27)]],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "DOCX guest list of eight customers with mobile numbers to the partner hotel",
    },
    {
        "id": "dmhasso-028",
        "charset": "utf-8",
        "sender": "真壁 修司 <s.makabe@hinode-sangyo.co.jp>",
        "to": ["morioka@hibari-direct.co.jp"],
        "subject": "巡回展示会の会場候補（ホテル6か所）",
        "body": f"""森岡様

真壁です。巡回展示会の案内DMに載せる会場の候補をお送りします。
DMの地図・アクセス欄はこの表を元に作成をお願いします。

・札幌　ホテルノースゲート札幌　〒060-0807 北海道札幌市北区北七条西2-6　011-728-3100
・仙台　仙台ロイヤルパークイン　〒980-0021 宮城県仙台市青葉区中央2-9-10　022-262-4411
・名古屋　グランドホテル栄　〒460-0008 愛知県名古屋市中区栄4-1-8　052-251-6200
・大阪　ホテル梅田ガーデン　〒530-0012 大阪府大阪市北区芝田2-4-12　06-6371-8800
・広島　広島リバーサイドホテル　〒730-0011 広島県広島市中区基町6-78　082-511-3300
・福岡　博多ステーションホテル　〒812-0012 福岡県福岡市博多区博多駅中央街4-2　092-441-7700

会場の予約状況は来週確定します。

{_SIG_MAKABE}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "hotels (businesses) with switchboards and addresses, not people",
    },
    {
        "id": "dmhasso-029",
        "charset": "iso-2022-jp",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 定期便係 <teikibin@kitaguni-foods.co.jp>"],
        "subject": "FW: 【CS受付】定期便 お支払いカード変更のご依頼",
        "body": f"""北国フーズ 定期便係 御中

日の出産業CSの浅見です。カタログ経由の「海の幸定期便」のお客様から、
お支払いカード変更の依頼がありました。決済は御社システムのため、受付内容を転送します。

{_SIG_ASAMI}

-------- Forwarded Message --------
件名: 【CS受付】定期便 お支払いカード変更のご依頼
差出人: CS受付システム <cs-ticket@hinode-sangyo.co.jp>

受付番号：CS-270214-0382
お客様名：{_P29['name']} 様（{_P29['kana']}）
電話番号：{_P29['mobile']}
ご依頼内容：定期便の支払カードを新しいカードに変更したい
新カード番号：{card_number(SEED + 1)}
有効期限：09/30
備考：次回3月出荷分から新カードで決済希望
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "forwarded ticket carries a customer's full credit card number to a partner",
    },
    {
        "id": "dmhasso-030",
        "charset": "utf-8",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["keiri-henkin@hinode-sangyo.co.jp"],
        "subject": "カード返金処理のお願い（カタログ注文キャンセル分）",
        "body": f"""経理部 返金担当 各位

CSの浅見です。決済代行の管理画面でカード番号が検索できないため、
お客様から伺った番号を記載します。返金処理をお願いします。

注文番号：HS-2702-118845
お名前：{_P30['name']} 様
カード番号：{card_number(SEED + 2)}
返金額：12,980円（カタログ掲載品 KT-3308 返品）

浅見
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "CREDIT_CARD"],
        "detectors": [],
        "note": "a card number sent only to an internal mailbox",
    },
    {
        "id": "dmhasso-031",
        "charset": "utf-8",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["dtp@nishiki-insatsu.co.jp"],
        "subject": "宛名ラベル 出力見本の確認（12件）",
        "body": f"""錦印刷 DTPご担当者様

日の出産業の木ノ下です。
宛名ラベルの出力見本をPDFにしてお送りします。実データ12件で、外字・長い住所の
折り返しを確認したいものを選んでいます。この通りに面付けできるかご確認ください。

{_SIG_KINOSHITA}
""",
        "attachments": [{
            "kind": "pdf", "name": "label_sample_12.pdf", "title": "宛名ラベル出力見本",
            "lines": ["宛名ラベル 出力見本（12面）", ""]
            + [line for p in _P31 for line in (f"〒{p['zip']}", _addr(p, 0), f"{p['name']} 様", "")],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "a PDF of 12 real address labels, one record per block, to the printer",
    },
    {
        "id": "dmhasso-032",
        "charset": "iso-2022-jp",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["dtp@nishiki-insatsu.co.jp"],
        "subject": "Re: 申込はがき 宛名面レイアウト 初校戻し",
        "body": f"""錦印刷 DTPご担当者様

初校ありがとうございました。赤字をPDFにまとめましたのでご確認ください。
主な修正は次の3点です。

1. 料金受取人払の承認番号「日本橋局 承認 4128」を「日本橋局 承認 4182」に修正
2. 差出有効期間を「2028年1月31日まで」に修正
3. お客様記入欄の「ご住所」欄を2行に拡張

ダミー宛名（日の出 太郎 様）はそのままで結構です。

{_SIG_KINOSHITA}
""",
        "attachments": [{
            "kind": "pdf", "name": "hagaki_shoko1_akaji.pdf",
            "lines": ["申込はがき 宛名面 初校（赤字入り）", "",
                      "料金受取人払郵便　日本橋局承認 4182", "差出有効期間 2028年1月31日まで（切手不要）",
                      "〒103-8790", "東京都中央区日本橋3-8-14", "日の出産業株式会社 通販事業部 カタログ係 行",
                      "", "――お客様記入欄（ダミー）――",
                      "ご住所　〒○○○-○○○○　○○県○○市○○町",
                      "お名前　日の出 太郎 様", "お電話　（　　　）　　　－"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "proof of a reply postcard with placeholder name and the company's own address",
    },
    {
        "id": "dmhasso-033",
        "charset": "utf-8",
        "sender": "堀之内 実 <m.horinouchi@hinode-sangyo.co.jp>",
        "to": ["kajiwara@aoba-unyu.co.jp"],
        "subject": "2/18 発送当日の連絡体制",
        "body": f"""梶原様

堀之内です。2月18日の搬出当日の連絡体制を共有します。
何かあれば下記へ直接お電話ください。

　氏名　　　　　所属　　　　　　　　　　　　　　　　携帯
　川端 良平　　　錦印刷 営業部　　　　　　　　　　　090-4471-2086
　岩佐 敏郎　　　錦印刷 川口工場 出荷係　　　　　　080-2235-6619
　片桐 直子　　　東雲メーリングサービス 業務課　　　070-5512-8843
　戸部 健太　　　東雲メーリングサービス 戸田センター　090-8816-0374
　堀之内 実　　　日の出産業 物流管理課　　　　　　　080-6627-1195

{_SIG_HORINOUCHI}
""",
        "expect": "either",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five business contacts of vendors with their work mobiles: a contact roster, arguably a list of people",
    },
    {
        "id": "dmhasso-034",
        "charset": "utf-8",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["shishido@kotobuki-data.co.jp"],
        "subject": "住所クレンジング テストデータ（30件）",
        "body": f"""宍戸様

お世話になっております。日の出産業の五十嵐です。
秘密保持契約の締結ありがとうございました。
住所クレンジングのテストデータ30件をZIPにてお送りします（中身はCSVと作業指示書です）。

・住所正規化（丁目・番地の表記統一）
・郵便番号の付番チェック
・転居情報との照合

{_SIG_IGARASHI}
""",
        "attachments": [{
            "kind": "zip", "name": "cleansing_test_30.zip",
            "files": [
                {"kind": "csv", "name": "cleansing_test_30.csv", "encoding": "utf-8",
                 "rows": [["cust_no", "name", "kana", "zip", "address", "tel"]]
                 + [[p["cid"], p["name"], p["kana"], p["zip"].replace("-", ""), _addr(p, [0, 1, 3][i % 3]), p["tel"]]
                    for i, p in enumerate(_P34)]},
                {"kind": "txt", "name": "作業指示書.txt",
                 "text": "住所クレンジング テスト 作業指示\n1. address列を正規化し、address_norm列を追加\n"
                         "2. zip不一致はflag_zip=1\n3. 結果は同じZIP構成で返却のこと\n"},
            ],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "ZIP (not encrypted) with a UTF-8 CSV of 30 customers to a data-cleansing vendor",
    },
    {
        "id": "dmhasso-035",
        "charset": "shift_jis",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["shishido@kotobuki-data.co.jp"],
        "subject": "転居先調査のご依頼（3件）",
        "body": "宍戸様\n\nお世話になっております。五十嵐です。\n"
        "戻り郵便のうち、定期便会員で連絡がつかない3件について転居先調査をお願いできますでしょうか。\n\n"
        + "".join(f"【{i + 1}】\n　氏名：{p['name']}（{p['kana']}）\n　旧住所：〒{p['zip']} {_addr(p, 0)}\n"
                  f"　戻り理由：転居先不明\n\n" for i, p in enumerate(_P35))
        + f"費用は単価表どおりで結構です。\n\n{_SIG_IGARASHI}\n",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "three people's records to a vendor under NDA: below the five-person list threshold, may warn",
    },
    {
        "id": "dmhasso-036",
        "charset": "iso-2022-jp",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["data@shinonome-mailing.co.jp"],
        "subject": "カタログ送付の一時停止（1件）",
        "body": f"""東雲メーリングサービス データ課 御中

日の出産業の浅見です。
ご家族からお電話があり、下記のお客様へのカタログ送付を一時停止してほしいとのことです。
「抗がん剤治療のため半年ほど入院する。退院したらまた送ってほしい」とのご事情です。
再開時期が決まりましたら改めてご連絡します。

　顧客番号　{_P36['cid']}
　氏名　　　{_P36['name']} 様
　住所　　　{_addr(_P36, 1)}

{_SIG_ASAMI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer's cancer treatment and hospitalisation (要配慮個人情報) to the mailing house",
    },
    {
        "id": "dmhasso-037",
        "charset": "utf-8",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["cs-leaders@hinode-sangyo.co.jp"],
        "cc": ["五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>"],
        "subject": "DM停止理由の伝え方（外部委託先への連絡ルール）",
        "body": """リーダー各位

浅見です。先週、DM停止の連絡で「入院中」「宗教上の理由」といった事情まで
東雲さんへのメールに書いてしまったケースがありました（送信前に気づいて止めています）。

今後、委託先への連絡は「顧客番号・氏名・住所・停止/再開」だけにし、
理由欄は社内のCRMにのみ記録する運用にしたいと思います。
参考までに、社内記録の例を貼っておきます。

　顧客番号 5528714　停止理由：本人入院（心疾患）、家族より連絡
　顧客番号 7731206　停止理由：宗教上の理由でクリスマス商品の案内不要

来週の朝会で周知します。ご意見があればください。

浅見
""",
        "expect": "pass",
        "entities": ["SENSITIVE_CATEGORY"],
        "detectors": [],
        "note": "internal process discussion with sensitive examples; all recipients internal",
    },
    {
        "id": "dmhasso-038",
        "charset": "iso-2022-jp",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["kawabata@nishiki-insatsu.co.jp"],
        "cc": ["katagiri@shinonome-mailing.co.jp", "kajiwara@aoba-unyu.co.jp", "fujieda@saiun-design.jp"],
        "subject": "【日程変更】春夏カタログ 校了日の変更について",
        "body": f"""関係各社の皆さま

いつもお世話になっております。日の出産業の木ノ下です。
掲載商品の差し替えが発生したため、校了日を2月5日（金）から2月9日（火）に変更させてください。
以降の工程は下記のとおり後ろ倒しとなります。

　刷了・製本：2月16日 → 2月19日
　東雲様への納品（青葉運輸様 集荷）：2月18日 → 2月23日
　差出：2月25日 → 3月1日

彩雲デザイン様には差し替えページ（P.24-25）のデータを本日中にお送りします。
ご迷惑をおかけし申し訳ございません。

{_SIG_KINOSHITA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "four external organisations visible to each other in To/Cc",
    },
    {
        "id": "dmhasso-039",
        "charset": "utf-8",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["藤枝 様 <fujieda@saiun-design.jp>"],
        "cc": ["kawabata@nishiki-insatsu.co.jp"],
        "subject": "P.24-25 差し替えデータ（商品コード変更）",
        "body": f"""彩雲デザイン 藤枝様
（cc：錦印刷 川端様）

お世話になっております。木ノ下です。
P.24-25の掲載商品差し替えについて、変更内容を添付PDFにまとめました。

　旧 KT-2415 北海道産 紅ずわいがに棒肉 → 新 KT-2431 紅ずわいがに ほぐし身
　旧 KT-2419 いかめし3尾 → 新 KT-2427 松前漬け 500g
　価格・品番・写真の差し替えをお願いします。

組版後のPDFは、錦印刷様にも直接お送りいただいて構いません。

{_SIG_KINOSHITA}
""",
        "attachments": [{
            "kind": "pdf", "name": "P24-25_差し替え指示.pdf",
            "lines": ["春夏カタログ P.24-25 差し替え指示"],
            "table": [["位置", "旧品番", "新品番", "商品名", "税込価格"],
                      ["P24上", "KT-2415", "KT-2431", "紅ずわいがに ほぐし身 300g", "4,980円"],
                      ["P25右下", "KT-2419", "KT-2427", "松前漬け 500g", "2,680円"]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": ["multiple_external_domains"],
        "note": "a designer and the printer (two external organisations) on product codes and prices",
    },
    {
        "id": "dmhasso-040",
        "charset": "utf-8",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["data@shinonome-mailing.co.jp"],
        "subject": "FW: 【若葉コール】カタログ請求受付分（2/15）",
        "body": f"""東雲メーリングサービス データ課 御中

日の出産業の浅見です。
コールセンターで受け付けたカタログ請求6件です。次回のカタログ単品発送に追加をお願いします。

{_SIG_ASAMI}

---------- 転送メッセージ ----------
From: 野々村 <nonomura@wakaba-call.co.jp>
Date: 2027年2月15日(月) 18:05
Subject: 【若葉コール】カタログ請求受付分（2/15）
To: <r.asami@hinode-sangyo.co.jp>

日の出産業 浅見様
本日のカタログ請求受付分をお送りします。

""" + "".join(f"■受付{i + 1}\nお名前：{p['name']}（{p['kana']}）\n〒{p['zip']}\n{_addr(p, 1)}\n"
              f"TEL：{p['tel'] if i % 2 else p['mobile']}\n請求：{['春夏総合', 'グルメ', '春夏総合', 'ギフト'][i % 4]}カタログ\n\n"
              for i, p in enumerate(_P40)) + "若葉コールセンター 野々村\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a forwarded call-centre mail with six catalogue requesters (one per block) is new text to the mailing house",
    },
]

_P41 = _people(8, 41)
_P44 = _people(20, 44)
_P48 = _people(5, 48)
_P50 = _people(5, 50)
_P51 = _people(4, 51)
_P52 = _people(1, 52)[0]
_P56 = _people(7, 56)
_P57 = _people(10, 57)
_P60 = _people(6, 60)

MESSAGES += [
    {
        "id": "dmhasso-041",
        "charset": "shift_jis",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["katagiri@shinonome-mailing.co.jp"],
        "subject": "RE: 発送不能分のご連絡（住所不備8件）",
        "body": f"""片桐様

ご連絡ありがとうございます。五十嵐です。
8件とも住所不備のまま発送保留で結構です。弊社でお客様に確認のうえ、
判明したものから改めて1件ずつご連絡いたします。

{_SIG_IGARASHI}

-----Original Message-----
From: 片桐 直子 [mailto:katagiri@shinonome-mailing.co.jp]
Sent: Wednesday, March 3, 2027 11:20 AM
To: 五十嵐 拓海
Subject: 発送不能分のご連絡（住所不備8件）

五十嵐様

宛名印字前チェックで、番地抜け・建物名抜けの疑いがある8件がございました。

""" + "".join(f"{i + 1}) {p['name']}様　{p['zip']}　{p['pref']}{p['city']}{p['town']}（番地なし）　TEL {p['tel']}\n"
              for i, p in enumerate(_P41)) + """
ご指示をお願いいたします。

東雲メーリングサービス 業務課 片桐
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the 8-person list is only in the quoted Original Message from the recipient herself",
    },
    {
        "id": "dmhasso-042",
        "charset": "iso-2022-jp",
        "sender": "真壁 修司 <s.makabe@hinode-sangyo.co.jp>",
        "to": ["kawabata@nishiki-insatsu.co.jp"],
        "subject": "【取扱注意】来期カタログ 発注予定数量と予算枠",
        "body": f"""【取扱区分：取扱注意】

錦印刷株式会社 川端様

お世話になっております。真壁です。
来期の見積り精度を上げるため、弊社内で承認された発注予定数量と予算枠をお伝えします。
競合他社様への相見積り状況も含まれますので、御社内でも取扱いにご注意ください。

　春夏カタログ　52,000部　予算上限 2,340万円（前年比 +4%）
　秋冬カタログ　56,000部　予算上限 2,520万円
　誕生月はがき　月3,000枚×12か月　単価上限 38円
　相見積り先：2社（価格差は前回比で約6%）

正式な見積依頼は4月に改めてお送りします。

{_SIG_MAKABE}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the mail is classified 取扱注意 in its subject and first line, sent to an outside printer",
    },
    {
        "id": "dmhasso-043",
        "charset": "utf-8",
        "sender": "真壁 修司 <s.makabe@hinode-sangyo.co.jp>",
        "to": ["morioka@hibari-direct.co.jp"],
        "subject": "Re: 顧客別購買データ提供のご依頼について",
        "body": f"""森岡様

真壁です。ご依頼の件、社内で確認しました。
申し訳ありませんが、顧客別の購買履歴は社外秘の扱いとなっており、個票のままお渡しすることは
できません。代わりに、セグメント別・年代別の集計値であればご提供できますので、
必要な切り口をお知らせください。

なお、集計値の提供にあたっても、現行の秘密保持契約の範囲内での取扱いをお願いします。

{_SIG_MAKABE}

> 真壁様
> RFM分析のため、直近3年の顧客別購買データ（個票）をご提供いただけないでしょうか。
> ひばりダイレクト 森岡
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "社外秘 is only mentioned in a sentence, not stamped; no personal data",
    },
    {
        "id": "dmhasso-044",
        "charset": "utf-8",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["morioka@hibari-direct.co.jp"],
        "subject": "休眠顧客 掘り起こしDMの対象データ",
        "body": f"""森岡様

日の出産業の五十嵐です。
休眠顧客掘り起こしDMのテスト配信対象（20名）をお送りします。
社内システムの都合で .xls 形式です。生年月日は和暦のまま出力されています。
年代別にクリエイティブを3パターン出し分ける想定です。

{_SIG_IGARASHI}
""",
        "attachments": [{
            "kind": "xls", "name": "kyumin_target_20.xls",
            "sheets": {"対象者": [["顧客CD", "氏名", "カナ", "生年月日", "〒", "住所", "TEL", "最終購入日"]]
                       + [[str(p["cid"]), p["name"], p["kana"], _wareki(p["dob"], ["kanji", "abbr"][i % 2]),
                           p["zip"], _addr(p, 1), p["tel"], f"R{5 + i % 3}.{1 + i % 12}.{3 + i}"]
                          for i, p in enumerate(_P44)]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "legacy XLS of 20 dormant customers with 和暦 dates of birth, addresses and phones to an agency",
    },
    {
        "id": "dmhasso-045",
        "charset": "utf-8",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["morioka@hibari-direct.co.jp"],
        "subject": "春夏カタログ レスポンス集計（都道府県別・年代別）",
        "body": f"""森岡様

五十嵐です。先日お話しした集計値をお送りします（個票は含みません）。
都道府県別と年代別の2表をCSVにしています。

{_SIG_IGARASHI}
""",
        "attachments": [{
            "kind": "csv", "name": "response_summary_2027ss.csv", "encoding": "utf-8",
            "rows": [["区分", "項目", "発送数", "受注数", "レスポンス率", "平均受注額"],
                     ["都道府県", "北海道", 2310, 71, "3.07%", 8420],
                     ["都道府県", "東京都", 9880, 243, "2.46%", 9115],
                     ["都道府県", "神奈川県", 5120, 131, "2.56%", 8870],
                     ["都道府県", "愛知県", 3340, 88, "2.63%", 8034],
                     ["都道府県", "大阪府", 4410, 97, "2.20%", 8652],
                     ["都道府県", "福岡県", 2260, 61, "2.70%", 7790],
                     ["年代", "30代以下", 6120, 98, "1.60%", 6215],
                     ["年代", "40代", 9870, 211, "2.14%", 7980],
                     ["年代", "50代", 12040, 338, "2.81%", 9060],
                     ["年代", "60代", 11210, 352, "3.14%", 9530],
                     ["年代", "70代以上", 8760, 301, "3.44%", 10120]],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "aggregate response statistics only, no individual records",
    },
    {
        "id": "dmhasso-046",
        "charset": "iso-2022-jp",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["北国フーズ 販促ご担当 <hansoku@kitaguni-food.co.jp>"],
        "subject": "春夏カタログ 同梱チラシの納品について",
        "body": f"""北国フーズ株式会社
販促ご担当者様

お世話になっております。日の出産業の木ノ下です。
春夏カタログに同梱する御社「北海道フェア」チラシ（A4・48,000枚）の納品先をご連絡します。

　納品先：株式会社東雲メーリングサービス 戸田センター
　納品日：2月24日（水）午前必着
　荷札に「日の出産業 春夏カタログ同梱分」とご記載ください。

{_SIG_KINOSHITA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "kitaguni-food.co.jp drops a letter from the partner kitaguni-foods.co.jp",
    },
    {
        "id": "dmhasso-047",
        "charset": "utf-8",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["hansoku@kitaguni-foods.co.jp"],
        "subject": "秋冬カタログ 掲載商品リストのご確認",
        "body": f"""北国フーズ 販促ご担当者様

いつもお世話になっております。木ノ下です。
秋冬カタログの御社掲載商品を一覧にしました。品番・価格・賞味期限表示に誤りがないか
ご確認をお願いします（シート「掲載商品」「送料区分」）。

{_SIG_KINOSHITA}
""",
        "attachments": [{
            "kind": "xlsx", "name": "秋冬カタログ_北国フーズ様掲載商品.xlsx",
            "sheets": {
                "掲載商品": [["2027秋冬カタログ 北国フーズ様 掲載商品一覧"], [],
                          ["掲載頁", "品番", "商品名", "内容量", "税込価格", "温度帯"],
                          ["P.30", "KT-4102", "いくら醤油漬け", "250g", 5980, "冷凍"],
                          ["P.30", "KT-4105", "時鮭 切身", "6切", 4480, "冷凍"],
                          ["P.31", "KT-4111", "毛がに姿", "2尾（約1kg）", 12800, "冷凍"],
                          ["P.31", "KT-4118", "帆立貝柱", "500g", 6480, "冷凍"],
                          ["P.32", "KT-4124", "松前漬け", "500g", 2680, "冷凍"]],
                "送料区分": [["温度帯", "送料（税込）"], ["常温", 660], ["冷蔵", 990], ["冷凍", 990]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "product codes and prices to the partner supplier",
    },
    {
        "id": "dmhasso-048",
        "charset": "utf-8",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["data@shinonome-mailing.co.jp"],
        "subject": "定期便会員 同封物差し替え対象（5件）",
        "body": f"""データ課 ご担当者様

五十嵐です。定期便会員のうち、今月号に「カード有効期限切れのお知らせ」を同封する
対象の5件です。CRMから抽出したままのCSVを添付します。

{_SIG_IGARASHI}
""",
        "attachments": [{
            "kind": "csv", "name": "teikibin_card_expired.csv", "encoding": "cp932",
            "rows": [["会員番号", "氏名", "郵便番号", "住所", "カード番号", "有効期限"]]
            + [[p["cid"], p["name"], p["zip"], _addr(p, 1), card_number(SEED + 3 + i), f"0{1 + i}/27"]
               for i, p in enumerate(_P48)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "CREDIT_CARD"],
        "detectors": ["personal_data"],
        "note": "CSV with five members' full card numbers and addresses to the mailing house",
    },
    {
        "id": "dmhasso-049",
        "charset": "iso-2022-jp",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["yae.tsuzura1956@gmail.com"],
        "subject": "Re: カタログ送付停止のお願い",
        "body": f"""廿楽 八重 様

このたびは日の出産業の通信販売をご利用いただき、誠にありがとうございます。
カスタマーサポートの浅見でございます。

ご依頼のカタログ送付停止につきまして、本日手続きを完了いたしました。
印刷・発送の都合上、3月上旬にお届けする春夏号のみ行き違いでお届けする場合がございます。
何卒ご容赦くださいますようお願い申し上げます。

またのご利用を心よりお待ちしております。

{_SIG_ASAMI}

> 日の出産業 御中
> いつもカタログをありがとうございます。家も狭くなりましたので、今後の送付は不要です。
> 廿楽 八重
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "reply to one private customer on free mail about her own opt-out",
    },
    {
        "id": "dmhasso-050",
        "charset": "shift_jis",
        "sender": "堀之内 実 <m.horinouchi@hinode-sangyo.co.jp>",
        "to": ["kajiwara@aoba-unyu.co.jp"],
        "subject": "ギフトカタログ 個別配送の依頼（5件）",
        "body": "梶原様\n\nお世話になっております。堀之内です。\n"
        "法人ギフトのご注文で、カタログ（重量物セット）を個人宅へ直接お届けする5件です。\n"
        "時間指定がありますのでご注意ください。\n\n"
        + "".join(f"・{p['name']}様　〒{_zen(p['zip'])}　{_addr(p, 3)}　ＴＥＬ{_zen(p['mobile'])}　"
                  f"{['午前中', '14-16時', '18-20時', '指定なし', '午前中'][i]}\n" for i, p in enumerate(_P50))
        + f"\n送り状は弊社で発行済みです。集荷は明日午前でお願いします。\n\n{_SIG_HORINOUCHI}\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "bulleted list of five private addressees with full-width digits to the carrier: five people",
    },
    {
        "id": "dmhasso-051",
        "charset": "utf-8",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["スタジオこはる 予約係 <yoyaku@studio-koharu.co.jp>"],
        "subject": "3/12 カタログ撮影 出演モデル様の入館手配",
        "body": f"""スタジオこはる 予約係 ご担当者様

お世話になっております。日の出産業の木ノ下です。
3月12日（金）の春夏カタログ追加撮影で、以下のモデル4名が入館します。
当日の遅刻連絡用に携帯番号を添えます。

  氏名               携帯               入り時間
  -----------------  -----------------  --------
""" + "".join(f"  {_pad(p['name'], 19)}{_pad(p['mobile'], 19)}{['9:00', '9:00', '10:30', '13:00'][i]}\n"
              for i, p in enumerate(_P51)) + f"""
駐車場は2台分お願いいたします。

{_SIG_KINOSHITA}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "four people's names and mobiles to a studio: under five, may warn",
    },
    {
        "id": "dmhasso-052",
        "charset": "utf-8",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["data@shinonome-mailing.co.jp"],
        "subject": "至急：DM・カタログの送付停止（ご家族からの申出）",
        "body": f"""東雲メーリングサービス データ課 御中

日の出産業CSの浅見です。至急の対応をお願いします。

本日、下記お客様のご長男から電話があり、「母が特殊詐欺の被害に遭い、警察にも相談している。
犯人グループが通販の名簿を使ったかもしれないので、郵便物は一切止めてほしい」とのことでした。
明日差出予定の誕生月はがきから除外してください。

顧客番号：{_P52['cid']}
氏名：{_P52['name']}（{_P52['kana']}）様
住所：〒{_P52['zip']} {_addr(_P52, 0)}
電話：{_P52['tel']}

{_SIG_ASAMI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer having been a crime victim (要配慮個人情報) sent to the mailing house",
    },
    {
        "id": "dmhasso-053",
        "charset": "iso-2022-jp",
        "sender": "日の出産業 カタログ事務局 <catalog@hinode-sangyo.co.jp>",
        "to": ["日の出産業 カタログ事務局 <catalog@hinode-sangyo.co.jp>"],
        "bcc": ["misaki.tokita22@gmail.com", "h-kito0411@yahoo.co.jp", "sachiko.aiba@outlook.jp",
                "ren_nakasone@icloud.com", "kumiko-t.88@docomo.ne.jp", "osamu.heki@ezweb.ne.jp"],
        "subject": "【日の出産業】デジタルカタログ公開のお知らせ",
        "body": """カタログ会員の皆さま

いつも日の出産業の通信販売をご愛顧いただき、ありがとうございます。
2027春夏カタログのデジタル版を公開いたしました。
紙のカタログより一足早く、全掲載商品をご覧いただけます。

　https://www.hinode-sangyo.co.jp/catalog/2027ss/

紙のカタログが不要な方は、上記ページ下部の「紙のカタログ送付停止」からお手続きいただけます。

※本メールは送信専用アドレスからお送りしています。
日の出産業株式会社 カタログ事務局
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "customers are in Bcc and cannot see each other; a plain announcement",
    },
    {
        "id": "dmhasso-054",
        "charset": "utf-8",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["kazuko.ijuin@gmail.com", "t.domeki.1972@gmail.com", "hina.jogasaki@gmail.com"],
        "subject": "【当選のお知らせ】春夏カタログ読者アンケート B賞",
        "body": f"""お客様各位

このたびは日の出産業 春夏カタログ読者アンケートにご応募いただき、誠にありがとうございました。
厳正なる抽選の結果、B賞「北国フーズ 帆立貝柱500g」にご当選されました。

3月下旬に、ご登録のご住所へ冷凍便でお届けいたします。
お届け日のご指定がある場合は、3月15日までに本メールへご返信ください。

{_SIG_KINOSHITA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "freemail_recipient"],
        "note": "three private winners' addresses visible to each other in To: should have been Bcc",
    },
    {
        "id": "dmhasso-055",
        "charset": "iso-2022-jp",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["水無瀬 様 <minase_copy@yahoo.co.jp>"],
        "subject": "休眠顧客DM コピー案（第2稿）へのフィードバック",
        "body": f"""水無瀬様

お世話になっております。日の出産業の木ノ下です。
第2稿ありがとうございました。社内の意見をまとめました。

・キャッチ「お久しぶりです。あの味、覚えていますか？」→ 好評です。このままで。
・本文の「最後のご案内」は、景表法上の有利誤認を避けるため「期間限定のご案内」に。
・クーポン額の表記は「1,000円OFF（5,000円以上ご購入時）」と条件を併記してください。

第3稿は3月10日頃までにいただけると助かります。
ギャランティのご請求書は月末締めでお送りください。

{_SIG_KINOSHITA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": ["freemail_recipient"],
        "note": "feedback to one freelance copywriter on free mail; no personal data",
    },
    {
        "id": "dmhasso-056",
        "charset": "utf-8",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["data@shinonome-mailing.co.jp"],
        "subject": "DM停止申出分（CS受付メールを添付します）",
        "body": f"""データ課 ご担当者様

浅見です。今週のDM停止申出分を、CS内で回覧したメールごと添付します。
添付メール内の7件を除外リストへ追加してください。

{_SIG_ASAMI}
""",
        "attachments": [{
            "kind": "eml", "name": "DM停止申出_週次.eml",
            "message": {
                "charset": "utf-8",
                "sender": "CS受付 <cs-ticket@hinode-sangyo.co.jp>",
                "to": ["cs-team@hinode-sangyo.co.jp"],
                "subject": "【週次】DM停止申出 7件",
                "body": "CSチーム各位\n\n今週のDM停止申出です。\n\n"
                + "".join(f"{i + 1}. {p['name']}（{p['kana']}） 〒{p['zip']} {_addr(p, 0)} {p['tel']} 受付:{['電話', 'はがき', 'Web'][i % 3]}\n"
                          for i, p in enumerate(_P56)),
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "an attached internal mail listing seven opt-outs with addresses goes to the mailing house",
    },
    {
        "id": "dmhasso-057",
        "charset": "shift_jis",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["堀之内 実 <m.horinouchi@mail.hinode-sangyo.co.jp>", "crm-team@hinode-sangyo.co.jp"],
        "subject": "戻り郵便10件の現物回収について",
        "body": "堀之内さん\n\nお疲れさまです。五十嵐です。\n東雲さんから戻ってきた現物10通、物流センターで受け取っていただけますか。\n"
        "顧客マスタの更新用に一覧を貼っておきます。\n\n"
        + "".join(f"{p['cid']}, {p['name']}, {p['zip']}, {_addr(p, 1)}, {p['mobile']}\n" for p in _P57)
        + "\n五十嵐\n",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": [],
        "note": "returned-mail list to an internal subdomain and an internal list: all recipients internal",
    },
    {
        "id": "dmhasso-058",
        "charset": "utf-8",
        "sender": "真壁 修司 <s.makabe@hinode-sangyo.co.jp>",
        "to": ["かもめ封入 営業部 <sales@kamome-fuunyu.co.jp>"],
        "subject": "封入封緘業務 見積依頼仕様書",
        "body": f"""株式会社かもめ封入
営業部 ご担当者様

はじめてご連絡いたします。日の出産業 販促企画課の真壁と申します。
カタログ発送の封入封緘業務について、お見積りをお願いしたくご連絡いたしました。
仕様書をPDFにて添付いたします（開封パスワードはお電話でお伝えします）。

{_SIG_MAKABE}
""",
        "attachments": [{
            "kind": "pdf", "name": "見積依頼仕様書_封入封緘.pdf", "password": "kamome0315",
            "lines": ["封入封緘業務 見積依頼仕様書", "1. 数量：年間約110,000通", "2. 封筒：角2窓付き",
                      "3. 同梱物：最大4点"],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "password-protected PDF cannot be inspected",
    },
    {
        "id": "dmhasso-059",
        "charset": "iso-2022-jp",
        "sender": "経理部 大葉 由紀 <y.ooba@hinode-sangyo.co.jp>",
        "to": ["katagiri@shinonome-mailing.co.jp"],
        "cc": ["t.igarashi@hinode-sangyo.co.jp"],
        "subject": "発注書送付：秋の頒布会DM 封入・差出業務",
        "body": f"""東雲メーリングサービス 片桐様

いつもお世話になっております。日の出産業 経理部の大葉です。
秋の頒布会DMの封入・差出業務について、発注書をお送りします。
適格請求書の発行にあたり、弊社の登録番号を記載しております。

大葉 由紀
日の出産業株式会社 経理部
TEL 03-5298-7120
""",
        "attachments": [{
            "kind": "pdf", "name": "発注書_HS-PO-27-0912.pdf",
            "lines": ["発 注 書", "発注番号：HS-PO-27-0912", "株式会社東雲メーリングサービス 御中", "",
                      "日の出産業株式会社　東京都中央区日本橋3-8-14",
                      "法人番号 3607068476582　／　登録番号 T3607068476582", ""],
            "table": [["品目", "数量", "単価", "金額"],
                      ["封入封緘（4点）", "12,000", "9.50", "114,000"],
                      ["宛名印字（窓封筒）", "12,000", "2.20", "26,400"],
                      ["区分差出手数料", "1", "15,000", "15,000"],
                      ["小計", "", "", "155,400"], ["消費税（10%）", "", "", "15,540"],
                      ["合計", "", "", "170,940"]],
        }],
        "expect": "pass",
        "entities": ["JP_CORPORATE_NUMBER"],
        "detectors": [],
        "note": "purchase order with the company's own corporate / invoice registration number",
    },
    {
        "id": "dmhasso-060",
        "charset": "utf-8",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["宮路 和臣 <k.miyaji@hinode-sangyou.co.jp>"],
        "subject": "FW: 重複名寄せの確認（6件）",
        "body": "宮路さん\n\n五十嵐です。名寄せで同一人物の疑いがある6件、システム側でマージ可否を見てください。\n\n"
        "顧客番号 / 氏名 / 生年月日 / 住所 / 電話\n"
        + "".join(f"{p['cid']} / {p['name']} / {_iso(p['dob'])} / {_addr(p, 1)} / {p['tel']}\n" for p in _P60)
        + "\nよろしくお願いします。\n五十嵐\n",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["lookalike_domain", "personal_data"],
        "note": "meant for a colleague, but hinode-sangyou.co.jp is an outside look-alike of the own domain; six people's records",
    },
]

_P62 = _people(10, 62)
_P64 = _people(1, 64)[0]
_P68 = _people(15, 68)
_P70 = _people(1, 70)[0]
_P74 = _people(6, 74)
_P78 = _people(1, 78)[0]
_P79 = _people(2, 79)
_P80 = _people(8, 80)
_P80N = _people(8, 180)
_BANKS = [("みどり銀行", "本店営業部", "001"), ("ゆうちょ銀行", "〇一八店", "018"),
          ("北斗信用金庫", "駅前支店", "112"), ("みどり銀行", "新宿支店", "214"),
          ("やまびこ銀行", "中央支店", "305"), ("みどり銀行", "梅田支店", "520")]

MESSAGES += [
    {
        "id": "dmhasso-061",
        "charset": "utf-8",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["hansoku-all@hinode-sangyo.co.jp"],
        "subject": "FW: 【東雲メーリング通信】10月からの郵便料金改定と区分割引について",
        "body": """販促チーム各位

五十嵐です。東雲さんのニュースレターを共有します。来期のDM予算に影響するのでご一読ください。

---------- Forwarded message ---------
From: 東雲メーリングサービス <news@shinonome-mailing.co.jp>
Subject: 【東雲メーリング通信】10月からの郵便料金改定と区分割引について

お客様各位
平素より格別のお引き立てを賜り、厚く御礼申し上げます。
10月1日差出分より、第一種定形郵便物および広告郵便物の料金が改定されます。
弊社では区分・バーコード付与による割引率の最適化プランをご用意しております。

　・広告郵便物（2,000通以上）：割引率の見直し
　・特約ゆうメール：重量区分の改定
　・バーコード付郵便物：割引要件の変更なし

詳しくは担当営業までお問い合わせください。
株式会社東雲メーリングサービス 営業推進部
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "internal forward of a vendor newsletter about postage",
    },
    {
        "id": "dmhasso-062",
        "charset": "utf-8",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["乙葉デザイン <otoha.design.works@gmail.com>"],
        "subject": "宛名面デザイン確認用のデータです",
        "body": f"""乙葉さん

お世話になっております、木ノ下です。
誕生月はがきの宛名面、文字数の多いケースで崩れないか見たいとのことでしたので、
実際の会員データから10件抜き出しました。レイアウト確認だけに使ってください。

{_SIG_KINOSHITA}
""",
        "attachments": [{
            "kind": "xlsx", "name": "宛名面_確認用10件.xlsx",
            "sheets": {"Sheet1": [["郵便番号", "住所1", "住所2", "氏名", "フリガナ", "会員番号"]]
                       + [[p["zip"], _addr(p, 2), p["bldg"], p["name"], p["kana"], f"HM-{p['cid']}"] for p in _P62]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data", "freemail_recipient"],
        "note": "ten real members' names and addresses to a freelance designer's free-mail address",
    },
    {
        "id": "dmhasso-063",
        "charset": "iso-2022-jp",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["kawabata@nishiki-insatsu.co.jp"],
        "subject": "東雲メーリング様の新ご担当のご紹介",
        "body": f"""川端様

お世話になっております。木ノ下です。
東雲メーリングサービス様の弊社担当が4月から交代されるとのことで、
納品調整の窓口をお知らせします。今後はこちらへ直接ご連絡ください。

　株式会社東雲メーリングサービス 業務課
　戸部 健太 様
　TEL 048-441-2207（戸田センター代表）
　Mail tobe@shinonome-mailing.co.jp

片桐様は引き続き営業窓口としてご対応いただけるそうです。

{_SIG_KINOSHITA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "one partner contact person's business details: ordinary business mail",
    },
    {
        "id": "dmhasso-064",
        "charset": "utf-8",
        "sender": "総務部 景品担当 萩尾 <k.hagio@hinode-sangyo.co.jp>",
        "to": ["hassou@maneki-keihin.co.jp"],
        "subject": "特賞（旅行券10万円分）当選者の本人確認結果",
        "body": f"""まねき景品センター 発送係 御中

日の出産業 総務部の萩尾です。
特賞当選者について、高額景品のため本人確認を行いました。
簡易書留での発送にあたり、照合用に確認内容をお知らせします。

　当選者：{_P64['name']}（{_P64['kana']}）様
　生年月日：{_wareki(_P64['dob'])}
　住所：〒{_P64['zip']} {_addr(_P64, 0)}
　確認書類：運転免許証
　免許証番号：第 302104718350 号
　有効期限：令和11年{_P64['dob'][1]}月{_P64['dob'][2]}日まで

免許証の写しは弊社で保管し、発送完了後に廃棄します。

萩尾 健吾
日の出産業株式会社 総務部
TEL 03-5298-7101
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_DRIVERS_LICENSE"],
        "detectors": ["personal_data"],
        "note": "a prize winner's driving licence number sent to an outside fulfilment house",
    },
    {
        "id": "dmhasso-065",
        "charset": "utf-8",
        "sender": "真壁 修司 <s.makabe@hinode-sangyo.co.jp>",
        "to": ["morioka@hibari-direct.co.jp"],
        "subject": "誕生月はがき 文面案のご確認",
        "body": f"""森岡様

真壁です。誕生月はがきの文面案をWordでお送りします。
差込箇所は《氏名》《クーポンコード》としています。トーンのご意見をください。

{_SIG_MAKABE}
""",
        "attachments": [{
            "kind": "docx", "name": "誕生月はがき_文面案_v2.docx",
            "paragraphs": ["《氏名》様", "お誕生日おめでとうございます。",
                           "日頃のご愛顧に感謝を込めて、お誕生月限定のクーポンをお届けします。",
                           "クーポンコード：《クーポンコード》（1,000円OFF／5,000円以上のご購入で）",
                           "有効期限：お誕生月の末日まで",
                           "日の出産業株式会社 通販事業部　フリーダイヤル 0120-41-7788"],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "DM copy with merge placeholders; no real person's data",
    },
    {
        "id": "dmhasso-066",
        "charset": "utf-8",
        "sender": "Ken Sugiura <k.sugiura@hinode-sangyo.co.jp>",
        "to": ["dana.whitfield@pacificlettershop.com"],
        "subject": "Response analysis - overseas catalogue 2026 AW",
        "body": f"""Hi Dana,

Attached is our internal response analysis for last autumn's overseas mailing. It should help us
agree on the quantities for this year. Happy to walk you through it next week.

Best,
{_SIG_SUGIURA}
""",
        "attachments": [{
            "kind": "pdf", "name": "Overseas_AW2026_response_analysis.pdf",
            "title": "Overseas AW2026 response analysis",
            "page_header": "CONFIDENTIAL - Hinode Sangyo internal use only",
            "lines": ["Overseas catalogue AW2026 - response analysis", "",
                      "Mailed: 1,240   Orders: 61   Response rate: 4.9%", "Average order value: USD 142"],
            "table": [["Region", "Mailed", "Orders", "Rate"], ["California", "520", "29", "5.6%"],
                      ["Hawaii", "210", "13", "6.2%"], ["Washington", "180", "7", "3.9%"],
                      ["New York", "190", "8", "4.2%"], ["Other", "140", "4", "2.9%"]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the PDF carries a CONFIDENTIAL / internal-use-only page header and goes outside",
    },
    {
        "id": "dmhasso-067",
        "charset": "utf-8",
        "sender": "Ken Sugiura <k.sugiura@hinode-sangyo.co.jp>",
        "to": ["dana.whitfield@pacificlettershop.com"],
        "subject": "Re: Undeliverable catalogues - 6 addresses",
        "body": """Hi Dana,

Thanks for the list. Please don't re-mail any of these six; we have flagged them in our CRM and
will contact the members by e-mail ourselves. You can recycle the returned copies.

Ken

On Tue, Mar 9, 2027 at 5:02 PM Dana Whitfield <dana.whitfield@pacificlettershop.com> wrote:
> Hi Ken,
> Six catalogues came back as undeliverable:
> Misaki Aimono, 77 Ocean View Dr, Santa Cruz, CA 95060, +1 831-555-0147
> Koji Higa, 1500 Kapiolani Blvd #2201, Honolulu, HI 96814, +1 808-555-0171
> Yumiko Tsukumo, 48 Birch Ln, Bellevue, WA 98004, +1 425-555-0125
> Takashi Ganeko, 9 W 64th St Apt 3C, New York, NY 10023, +1 646-555-0188
> Noriko Sogo, 2210 Elm St, Denver, CO 80205, +1 720-555-0159
> Kiyoshi Tokita, 640 Mission Rd, Irvine, CA 92618, +1 949-555-0113
> Should we try again?
> Dana
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six addresses are only quoted under 'On ... wrote:' from the recipient's own mail",
    },
    {
        "id": "dmhasso-068",
        "charset": "utf-8",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["メールリンクス サポート <support@maillinks.jp>"],
        "subject": "メールDM 配信リスト取込のテスト（15件）",
        "body": f"""株式会社メールリンクス サポートご担当者様

日の出産業の五十嵐です。
メールDMの配信リスト取込テスト用に、会員15件分のファイル（タブ区切りテキスト、UTF-8）を添付します。
会員ランクでセグメント配信ができるか確認したいです。

{_SIG_IGARASHI}
""",
        "attachments": [{
            "kind": "txt", "name": "haishin_list_test.txt", "encoding": "utf-8",
            "text": "member_id\tname\temail\trank\tbirth_month\n"
            + "".join(f"{p['cid']}\t{p['name']}\t{p['email']}\t{_RANKS[i % 5]}\t{p['dob'][1]}\n"
                      for i, p in enumerate(_P68)),
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "15 members' names and personal e-mail addresses to an e-mail delivery vendor",
    },
    {
        "id": "dmhasso-069",
        "charset": "utf-8",
        "sender": "堀之内 実 <m.horinouchi@hinode-sangyo.co.jp>",
        "to": ["katagiri@shinonome-mailing.co.jp"],
        "subject": "秋冬カタログ 地区別発送部数と差出計画",
        "body": f"""片桐様

堀之内です。秋冬カタログの地区別部数と差出計画をまとめました。
差出局との事前調整をお願いします。

{_SIG_HORINOUCHI}
""",
        "attachments": [{
            "kind": "xlsx", "name": "秋冬_差出計画.xlsx",
            "sheets": {
                "地区別部数": [["地区", "部数", "差出日", "差出局"],
                           ["北海道・東北", 6200, "9/6", "戸田郵便局"],
                           ["関東", 24800, "9/6", "戸田郵便局"],
                           ["中部", 7400, "9/7", "戸田郵便局"],
                           ["近畿", 8100, "9/7", "戸田郵便局"],
                           ["中国・四国", 3300, "9/8", "戸田郵便局"],
                           ["九州・沖縄", 4200, "9/8", "戸田郵便局"]],
                "重量区分": [["仕様", "重量", "区分"], ["カタログ+はがき+チラシ", "238g", "250g以内"]],
            },
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "quantities and mailing schedule by region; no personal data",
    },
    {
        "id": "dmhasso-070",
        "charset": "iso-2022-jp",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["data@shinonome-mailing.co.jp"],
        "subject": "クリスマスギフトカタログの送付除外（1件）",
        "body": f"""データ課 御中

浅見です。次のお客様をクリスマスギフトカタログの送付対象から外してください。
ご本人より「天光真理会の信者で、教義上クリスマスや誕生日の祝い事の案内は受け取れない。
通常のカタログは今後も送ってほしい」とのお申し出がありました。

　{_P70['cid']}　{_P70['name']} 様　〒{_P70['zip']} {_addr(_P70, 1)}

誕生月はがきも同様に除外をお願いします。

{_SIG_ASAMI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer's religion (要配慮個人情報) passed to the mailing house",
    },
    {
        "id": "dmhasso-071",
        "charset": "utf-8",
        "sender": "真壁 修司 <s.makabe@hinode-sangyo.co.jp>",
        "to": ["sales@kamome-fuunyu.co.jp"],
        "subject": "Re: 封入封緘業務 お見積りの前提条件について",
        "body": f"""かもめ封入 営業部 ご担当者様

お電話ありがとうございました。真壁です。
お見積りの前提として、現在の委託先の構成をお伝えします（各社代表窓口）。

　会社名　　　　　　　　　　役割　　　　　　　代表電話
　錦印刷株式会社　　　　　　カタログ印刷　　　048-251-3300
　株式会社東雲メーリングサービス　封入・差出　　048-441-2200
　青葉運輸株式会社　　　　　幹線輸送　　　　　03-3521-8800
　株式会社ことぶきデータ　　住所クレンジング　03-5843-0711
　若葉コールセンター株式会社　受注・請求受付　　022-217-6600

御社には東雲様の一部（秋冬カタログ分）を切り替える可能性を想定しています。

{_SIG_MAKABE}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "a list of companies with switchboard numbers, not people",
    },
    {
        "id": "dmhasso-072",
        "charset": "shift_jis",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["kawabata@nishiki-insatsu.co.jp"],
        "subject": "誕生月はがき 4月分 差込データ",
        "body": f"""川端様

木ノ下です。4月分の誕生月はがきの差込データをお送りします。
いつもの形式（xlsx）です。

{_SIG_KINOSHITA}
""",
        "attachments": [{"kind": "corrupt", "name": "tanjotsuki_0427.xlsx"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the xlsx is corrupt and cannot be inspected",
    },
    {
        "id": "dmhasso-073",
        "charset": "iso-2022-jp",
        "sender": "堀之内 実 <m.horinouchi@hinode-sangyo.co.jp>",
        "to": ["tobe@shinonome-mailing.co.jp"],
        "subject": "持込差出の候補局（料金後納承認局）",
        "body": f"""戸部様

堀之内です。戸田センターが繁忙の場合の持込差出先として、弊社が料金後納の承認を
受けている局を挙げます。大口窓口の受付時間にご注意ください。

・日本橋郵便局　〒103-8799 東京都中央区日本橋1-10-2　03-3271-5810　大口窓口 9:00-19:00
・新東京郵便局　〒136-8799 東京都江東区新砂2-5-1　03-5665-2430　大口窓口 9:00-21:00
・川口郵便局　〒332-8799 埼玉県川口市本町4-6-8　048-252-3740　大口窓口 9:00-17:00
・浦和郵便局　〒330-8799 埼玉県さいたま市浦和区高砂3-5-2　048-822-5910　大口窓口 9:00-18:00
・戸田郵便局　〒335-8799 埼玉県戸田市上戸田2-1-3　048-442-6560　大口窓口 9:00-17:00

{_SIG_HORINOUCHI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "post offices (businesses) with addresses and phones",
    },
    {
        "id": "dmhasso-074",
        "charset": "utf-8",
        "sender": "大葉 由紀 <y.ooba@hinode-sangyo.co.jp>",
        "to": ["みどり銀行 法人営業部 <hojin-eigyo@midori-ginko.co.jp>"],
        "subject": "カタログ返品分 返金振込の組戻し確認",
        "body": f"""みどり銀行 法人営業部 ご担当者様

いつもお世話になっております。日の出産業 経理部の大葉です。
3月12日に総合振込で実行したカタログ返品分の返金のうち、下記6件が「口座相違」で
返却されたとの連絡がありました。振込データの内容を添付します。
組戻しの状況をご確認いただけますでしょうか。

大葉 由紀
日の出産業株式会社 経理部
TEL 03-5298-7120
""",
        "attachments": [{
            "kind": "csv", "name": "返金振込_返却6件.csv", "encoding": "cp932",
            "rows": [["受取人名（カナ）", "氏名", "銀行", "支店", "種別", "口座番号", "金額"]]
            + [[p["kana"], p["name"], _BANKS[i][0], _BANKS[i][1], "普通", f"{(p['cid'] * 7) % 10000000:07d}",
                [4980, 12800, 2680, 6480, 8800, 3300][i]] for i, p in enumerate(_P74)],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_BANK_ACCOUNT"],
        "detectors": ["personal_data"],
        "note": "six customers' personal bank accounts in a CSV to the (partner) bank",
    },
    {
        "id": "dmhasso-075",
        "charset": "utf-8",
        "sender": "Ken Sugiura <k.sugiura@hinode-sangyo.co.jp>",
        "to": ["dana.whitfield@pacificlettershop.com"],
        "subject": "Opt-out handling for overseas members",
        "body": f"""Hi Dana,

Following up on your question about opt-outs. Here is how we would like it handled from now on:

1. Members who reply to the catalogue's opt-out card or e-mail us are flagged in our CRM in Tokyo.
2. Before each mailing we send you the final list; suppressed members are simply not in it.
3. If an opt-out card reaches your facility, please do not key it in - scan it to our
   shared folder and we will process it within two business days.
4. Returned (undeliverable) copies: report counts weekly; no need to send details by e-mail.

Let me know if your team needs anything else from us.

Regards,
{_SIG_SUGIURA}
{_DISC_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "English process description with a standard disclaimer; no personal data",
    },
    {
        "id": "dmhasso-076",
        "charset": "utf-8",
        "sender": "宮路 和臣 <k.miyaji@hinode-sangyo.co.jp>",
        "to": ["ツバサシステム 保守窓口 <hoshu@tsubasa-sytem.jp>"],
        "subject": "DM管理システム 除外フラグ改修の見積依頼",
        "body": """ツバサシステム株式会社
保守窓口 ご担当者様

いつもお世話になっております。日の出産業 情報システム部の宮路です。
DM管理システムについて、以下の改修をご検討いただきたくご連絡しました。

1. 除外フラグを「全DM停止」「カタログのみ停止」「季節DMのみ停止」の3種に分割
2. 除外理由の自由記述欄を廃止し、選択式（本人申出／宛所不明／その他）に変更
3. 委託先への抽出CSVから電話番号列を除外するオプション

概算見積りと工期を4月末までにいただけますと幸いです。

宮路 和臣
日の出産業株式会社 情報システム部
TEL 03-5298-7180
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "tsubasa-sytem.jp drops a letter from the partner tsubasa-system.jp",
    },
    {
        "id": "dmhasso-077",
        "charset": "iso-2022-jp",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["dtp@nishiki-insatsu.co.jp"],
        "subject": "申込はがき クーポンコード可変印字データ",
        "body": f"""錦印刷 DTPご担当者様

木ノ下です。申込はがきに可変印字するクーポンコードのデータをお送りします。
1枚に1コード、連番順に印字をお願いします（全48,000コード、先頭10件のみ下記に記載）。

  通番     クーポンコード     券種
  -------  -----------------  ------
  000001   SS27-QX7F-29KD     1,000円
  000002   SS27-MB4R-81TZ     1,000円
  000003   SS27-HW2N-06PA     1,000円
  000004   SS27-LC9J-75VE     500円
  000005   SS27-RT3Y-44GU     500円
  000006   SS27-ZD8K-13NB     1,000円
  000007   SS27-PF6S-92XM     500円
  000008   SS27-KE1V-58RC     1,000円
  000009   SS27-UA5H-37WL     500円
  000010   SS27-NG0Q-60DJ     1,000円

全件データはファイル転送サービスにアップ済みです。

{_SIG_KINOSHITA}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "coupon codes for variable printing, not tied to any person",
    },
    {
        "id": "dmhasso-078",
        "charset": "utf-8",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["teikibin@kitaguni-foods.co.jp"],
        "subject": "日本酒頒布会 お申込者の年齢確認について",
        "body": f"""北国フーズ 定期便係 御中

日の出産業CSの浅見です。
カタログ掲載の「北国の地酒頒布会」にお申込みのあったお客様について、
年齢確認のため健康保険証の写しをいただきました。御社の酒類販売管理のご記録用に内容を転記します。

　氏名：{_P78['name']} 様
　生年月日：{_wareki(_P78['dob'], 'zen')}
　住所：{_addr(_P78, 0)}
　確認書類：健康保険証（被保険者証）
　記号：７１０４２　番号：３８　保険者番号：０６１３０４５８

初回お届けは4月分からでお願いします。

{_SIG_ASAMI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_HEALTH_INSURANCE"],
        "detectors": ["personal_data"],
        "note": "a customer's health insurance card symbol and number sent to a partner",
    },
    {
        "id": "dmhasso-079",
        "charset": "utf-8",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["data@shinonome-mailing.co.jp"],
        "subject": "同一世帯への重複送付について（2件）",
        "body": f"""データ課 ご担当者様

五十嵐です。お客様から「同じカタログが2冊届く」とご連絡がありました。
同一世帯のご夫婦で別会員になっているため、次回から下記のどちらか1通にまとめてください
（代表は1件目の方でお願いします）。

1件目：{_P79[0]['name']}様　〒{_P79[0]['zip']} {_addr(_P79[0], 1)}
2件目：{_P79[1]['name']}様　〒{_P79[0]['zip']} {_addr(_P79[0], 1)}

{_SIG_IGARASHI}
""",
        "expect": "pass",
        "entities": ["PERSON_NAME", "JP_ADDRESS"],
        "detectors": ["personal_data"],
        "note": "two people's address records to the mailing house: below five, may warn",
    },
    {
        "id": "dmhasso-080",
        "charset": "utf-8",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["kawabata@nishiki-insatsu.co.jp"],
        "subject": "住所変更（転居）反映分 8件 ― 差込データ差し替え",
        "body": f"""川端様

木ノ下です。第1便でお送りした差込データのうち、転居のご連絡があった8件を差し替えてください。
旧住所と新住所を並べた一覧を添付します。

{_SIG_KINOSHITA}
""",
        "attachments": [{
            "kind": "xlsx", "name": "転居反映_8件.xlsx",
            "sheets": {"転居": [["差し替え一覧（第1便分）"], ["顧客番号", "氏名", "旧郵便番号", "旧住所", "新郵便番号", "新住所", "新電話"]]
                       + [[p["cid"], p["name"], p["zip"], _addr(p, 1), q["zip"], _addr(q, 0), q["tel"]]
                          for p, q in zip(_P80, _P80N)]},
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "eight customers' old and new addresses in an XLSX to the printer",
    },
]

_P81 = _people(6, 81)
_P85 = [("舘野 智子", "〒167-0051 東京都杉並区荻窪4-21-7 ハイツ緑町203", "090-2281-4406", "販促企画課"),
        ("百目鬼 大輔", "〒211-0004 神奈川県川崎市中原区新丸子東2-918-5", "080-7713-2059", "CRMグループ"),
        ("我如古 結衣", "〒330-0063 埼玉県さいたま市浦和区高砂1-12-3 レジデンス北斗711", "070-3348-9921", "カスタマーサポート課"),
        ("釜萢 正雄", "〒273-0005 千葉県船橋市本町6-4-18", "090-6620-1738", "物流管理課"),
        ("栗花落 千尋", "〒180-0004 東京都武蔵野市吉祥寺本町3-9-26 メゾン桜ヶ丘102", "080-4459-6610", "販促企画課")]
_P87 = _people(1, 87)[0]
_P90 = _people(18, 90)
_P94 = _people(20, 94)
_P96 = _people(1, 96)[0]
_P98 = _people(1, 98)[0]

MESSAGES += [
    {
        "id": "dmhasso-081",
        "charset": "iso-2022-jp",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["kawabata@nishiki-insatsu.co.jp"],
        "subject": "RE: 宛名印字テスト刷りのご確認",
        "body": f"""川端様

テスト刷りの画像ありがとうございました。
外字・長い住所とも問題なく印字されていることを確認しました。この設定で本刷りをお願いします。

{_SIG_KINOSHITA}

差出人: 川端 良平 <kawabata@nishiki-insatsu.co.jp>
送信日時: 2027年1月27日 10:42
宛先: 木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>
件名: 宛名印字テスト刷りのご確認

木ノ下様

お預かりした差込データのうち、外字を含む6件でテスト刷りを行いました。
印字結果の文字起こしを下記に記載します。

""" + "".join(f"　{p['zip']}　{_addr(p, 0)}　{p['name']} 様\n" for p in _P81) + """
問題なければ本刷りに進めます。

錦印刷 営業部 川端
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "the six addresses appear only in the quoted mail (差出人/送信日時) from the recipient",
    },
    {
        "id": "dmhasso-082",
        "charset": "utf-8",
        "sender": "真壁 修司 <s.makabe@hinode-sangyo.co.jp>",
        "to": ["morioka@hibari-direct.co.jp"],
        "subject": "会員セグメント別 売上構成（参考資料）",
        "body": f"""森岡様

真壁です。来期DMのセグメント設計の参考に、会員セグメント別の売上構成をお送りします。
個人が特定される情報は含まれていません。

{_SIG_MAKABE}
""",
        "attachments": [{
            "kind": "xlsx", "name": "セグメント別売上構成_2026.xlsx",
            "page_header": "極秘",
            "sheets": {"構成比": [["【極秘】 取扱：販促企画課長限り"],
                                ["会員セグメント別 売上構成（2026年度）"], [],
                                ["セグメント", "会員数", "売上（百万円）", "構成比", "粗利率"],
                                ["ゴールド", 4120, 812, "38.2%", "41.5%"],
                                ["シルバー", 9870, 604, "28.4%", "39.8%"],
                                ["一般", 31200, 553, "26.0%", "36.1%"],
                                ["休眠復活", 2310, 157, "7.4%", "33.0%"]]},
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "the spreadsheet is stamped 極秘 (title row and page header) and goes to an agency",
    },
    {
        "id": "dmhasso-083",
        "charset": "utf-8",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["内部監査室 <audit@hinode-sangyo.co.jp>"],
        "subject": "委託先提供データの控え（監査用・パスワード付）",
        "body": """内部監査室 ご担当者様

CRMグループの五十嵐です。
上期に委託先へ提供した宛名データの控えを、パスワード付きZIPでお送りします。
パスワードは社内チャットでお伝えします。

五十嵐
""",
        "attachments": [{
            "kind": "zip", "name": "provided_data_H1.zip", "password": "audit-H1-2027",
            "files": [{"kind": "csv", "name": "provided_H1.csv", "encoding": "utf-8",
                       "rows": [["提供日", "提供先", "件数"], ["2027/01/12", "錦印刷", "48000"],
                                ["2027/02/03", "東雲メーリング", "12000"]]}],
        }],
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an encrypted ZIP, but sent only to an internal mailbox",
    },
    {
        "id": "dmhasso-084",
        "charset": "utf-8",
        "sender": "Ken Sugiura <k.sugiura@hinode-sangyo.co.jp>",
        "to": ["dana.whitfield@pacificlettershop.com", "o.hartley@northbridge-print.com",
               "quotes@harbourmail.com.au"],
        "subject": "RFQ: overseas catalogue print & mail 2027 AW (due 30 April)",
        "body": f"""Dear all,

Hinode Sangyo is inviting quotations for printing and mailing our 2027 Autumn/Winter overseas
catalogue. Specifications:

- Quantity: 1,500 (US) + 400 (Australia)
- Format: A4, 64pp + 4pp cover, saddle stitched
- Personalised cover letter, window envelope, local postage
- Mail date: week of 13 September 2027

Please send your quotation by 30 April. We will announce the result in mid-May.

Kind regards,
{_SIG_SUGIURA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three competing overseas vendors can see each other in To: should have been Bcc",
    },
    {
        "id": "dmhasso-085",
        "charset": "utf-8",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["katagiri@shinonome-mailing.co.jp"],
        "subject": "シードリスト（着荷確認用）5名分の追加",
        "body": "片桐様\n\n五十嵐です。\n着荷日の確認用に、社員5名の自宅をシード宛先として毎回の差出に加えてください。\n\n"
        "氏名\t住所\t携帯\t所属\n"
        + "".join(f"{n}\t{a}\t{t}\t{d}\n" for n, a, t, d in _P85)
        + f"\n本人たちの了承は取っています。\n\n{_SIG_IGARASHI}\n",
        "html": "<html><body><p>片桐様</p><p>五十嵐です。<br>着荷日の確認用に、社員5名の自宅をシード宛先として"
        "毎回の差出に加えてください。</p><table border='1' cellspacing='0' cellpadding='3'>"
        "<tr><th>氏名</th><th>住所</th><th>携帯</th><th>所属</th></tr>"
        + "".join(f"<tr><td>{n}</td><td>{a}</td><td>{t}</td><td>{d}</td></tr>" for n, a, t, d in _P85)
        + "</table><p>本人たちの了承は取っています。</p><p>日の出産業 CRMグループ 五十嵐</p></body></html>",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "five employees' home addresses and mobiles (text + HTML table) to the mailing house",
    },
    {
        "id": "dmhasso-086",
        "charset": "shift_jis",
        "sender": "堀之内 実 <m.horinouchi@hinode-sangyo.co.jp>",
        "to": ["tobe@shinonome-mailing.co.jp"],
        "subject": "料金後納 差出票の記載内容について",
        "body": f"""戸部様

堀之内です。秋の頒布会DMの差出票の記載内容です。

　差出人　　：日の出産業株式会社
　承認番号　：料金後納 日本橋局承認 第2207号
　郵便物種別：広告郵便物（定形・50g以内）
　通数　　　：11,846通
　割引　　　：広告郵便物割引＋区分郵便物割引（バーコード付）
　差出予定　：9月18日（金）14時 戸田郵便局 大口窓口

表示は封筒右上に「料金後納郵便」の指定位置でお願いします。

{_SIG_HORINOUCHI}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "postage paperwork details; no personal data",
    },
    {
        "id": "dmhasso-087",
        "charset": "iso-2022-jp",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["data@shinonome-mailing.co.jp"],
        "subject": "受取拒否で戻った定期便会員について",
        "body": f"""データ課 御中

浅見です。受取拒否で戻った定期便会員の件、ご家族に確認が取れました。
ご本人は昨年から刑務所に服役中とのことで、出所予定の再来年まで送付を止めてほしいそうです。

　{_P87['name']} 様（顧客番号 {_P87['cid']}）
　〒{_P87['zip']} {_addr(_P87, 0)}
　電話 {_P87['tel']}（ご家族）

除外期間は「2029年3月まで」で登録をお願いします。

{_SIG_ASAMI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer's imprisonment (criminal record, 要配慮個人情報) to the mailing house",
    },
    {
        "id": "dmhasso-088",
        "charset": "utf-8",
        "sender": "大葉 由紀 <y.ooba@hinode-sangyo.co.jp>",
        "to": ["Accounts Payable <ap@pacificlettershop.com>"],
        "subject": "Invoice PL-2027-0318 - query on postage line",
        "body": f"""Dear Accounts team,

Thank you for invoice PL-2027-0318 (PO HS-PO-27-0231). Before we pay, could you check the
postage line? We expected 1,240 pieces at the Marketing Mail rate, but the invoice shows
1,420 pieces.

  Line   Description                Qty     Amount (USD)
  1      Lettershop handling        1,240   1,116.00
  2      Postage - Marketing Mail   1,420     674.50
  3      Pallet & freight           1         180.00

Once confirmed, we will pay by wire transfer within 30 days.

Best regards,
Yuki Ooba
Accounting Dept., Hinode Sangyo Co., Ltd.
Tel +81-3-5298-7120
{_DISC_EN}
""",
        "expect": "pass",
        "entities": [],
        "detectors": [],
        "note": "an invoice query in English with invoice and PO numbers and the standard disclaimer",
    },
    {
        "id": "dmhasso-089",
        "charset": "utf-8",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["data@shinonome-mailing.co.jp"],
        "subject": "除外対象 顧客番号のみ（5件）",
        "body": """データ課 ご担当者様

五十嵐です。次回差出分から下記5件を除外してください。
御社保管の宛名データと顧客番号で突合できるはずです。

　5517203　DM停止
　6640918　DM停止
　7182254　DM停止
　5903371　カタログのみ停止
　8825460　DM停止

日の出産業 CRMグループ 五十嵐
""",
        "expect": "either",
        "entities": [],
        "detectors": [],
        "note": "five customer numbers with opt-out flags only: identifiers the vendor can link, but no names or contact data",
    },
    {
        "id": "dmhasso-090",
        "charset": "utf-8",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["はなまる印刷 見積窓口 <mitsumori@hanamaru-print.co.jp>"],
        "subject": "誕生月はがき 印刷テストのお願い（5月生まれ分）",
        "body": f"""株式会社はなまる印刷 見積窓口 ご担当者様

はじめまして。日の出産業 販促企画課の木ノ下と申します。
誕生月はがきの印刷委託先を検討しており、テスト印刷をお願いできればと存じます。
5月生まれの会員18名分のデータをPDFでお送りしますので、差込印刷の仕上がりを見せてください。

{_SIG_KINOSHITA}
""",
        "attachments": [{
            "kind": "pdf", "name": "birthday_may_18.pdf", "title": "誕生月はがき 5月分",
            "lines": ["誕生月はがき 差込データ（5月生まれ）", ""],
            "table": [["氏名", "郵便番号", "住所", "生年月日"]]
            + [[p["name"], p["zip"], _addr(p, 1), f"{p['dob'][0]}年5月{p['dob'][2]}日"] for p in _P90],
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "JP_ADDRESS", "DATE_OF_BIRTH"],
        "detectors": ["personal_data"],
        "note": "PDF table of 18 members with addresses and dates of birth to a prospective printer",
    },
    {
        "id": "dmhasso-091",
        "charset": "utf-8",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["錦印刷 川端様 <kawabata@xn--nishiki-instsu-5tl.co.jp>"],
        "subject": "Re: 請求書送付先変更のお知らせ",
        "body": f"""川端様

ご連絡ありがとうございます。木ノ下です。
請求書の送付先変更の件、承知しました。経理部に共有いたします。
念のため、新しい送付先を本メールへのご返信でもう一度お知らせいただけますでしょうか。

{_SIG_KINOSHITA}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "punycode domain is nishiki-insatsu.co.jp spelled with a Cyrillic 'а' (homoglyph)",
    },
    {
        "id": "dmhasso-092",
        "charset": "utf-8",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["審査担当 <shinsa@atobarai-pay.co.jp>"],
        "subject": "後払い審査 追加書類の連絡（受付番号 AP-270322-017）",
        "body": f"""株式会社あとばらいペイ 審査ご担当者様

日の出産業CSの浅見です。
カタログ経由の高額注文について、追加の本人確認をお求めいただいた件です。
お客様から在留カードの提示をいただきましたので、内容をお知らせします。

　氏名（ローマ字）：NGUYEN THI LAN
　生年月日：1994年8月17日
　住所：〒330-0063 埼玉県さいたま市浦和区高砂2-14-9 ハイツ緑町305
　電話：080-5521-3370
　在留カード番号：UH48207193EN
　在留期間（満了日）：2029年6月30日

審査結果をご連絡いただけますと幸いです。

{_SIG_ASAMI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "PHONE_NUMBER", "JP_RESIDENCE_CARD"],
        "detectors": ["personal_data"],
        "note": "a customer's residence card number sent to a deferred-payment company",
    },
    {
        "id": "dmhasso-093",
        "charset": "utf-8",
        "sender": "木ノ下 遥 <h.kinoshita@hinode-sangyo.co.jp>",
        "to": ["fujieda@saiun-design.jp"],
        "subject": "新カタログ「日の出の食卓」コンセプト案",
        "body": f"""藤枝様

お世話になっております。木ノ下です。
来春創刊予定の新カタログのコンセプト案です。表紙とトンマナのラフをご提案いただく際の
参考にしてください。

{_SIG_KINOSHITA}
""",
        "attachments": [{
            "kind": "pptx", "name": "新カタログ_コンセプト案.pptx",
            "page_footer": "部外秘　日の出産業 通販事業部",
            "slides": [["新カタログ「日の出の食卓」", "2028年春 創刊予定", "ターゲット：40～60代 共働き世帯"],
                       ["コンセプト", "産地直送×時短", "毎号12の生産者ストーリー"],
                       ["展開計画", "創刊号 30,000部", "年4回発行", "既存カタログとの併送テスト"]],
        }],
        "expect": "stop",
        "entities": [],
        "detectors": ["confidential_marking"],
        "note": "every slide carries a 部外秘 footer; sent to an outside design firm",
    },
    {
        "id": "dmhasso-094",
        "charset": "utf-8",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["野々村 様 <nonomura@wakaba-call.co.jp>"],
        "subject": "カタログ到着フォローコール 架電リスト（東日本・西日本）",
        "body": f"""若葉コールセンター 野々村様

お世話になっております。五十嵐です。
春夏カタログ到着後のフォローコール（ご注文のお伺い）の架電リストをお送りします。
シートを東日本・西日本に分けています。架電は3月8日からでお願いします。

{_SIG_IGARASHI}
""",
        "attachments": [{
            "kind": "xlsx", "name": "フォローコール_架電リスト.xlsx",
            "sheets": {
                "東日本": [["フォローコール架電リスト（東日本）"], ["顧客番号", "氏名", "フリガナ", "電話", "前回購入", "備考"]]
                + [[p["cid"], p["name"], p["kana"], p["tel"], f"2026/{1 + i % 12:02d}", ""] for i, p in enumerate(_P94[:10])],
                "西日本": [["フォローコール架電リスト（西日本）"], ["顧客番号", "氏名", "フリガナ", "電話", "前回購入", "備考"]]
                + [[p["cid"], p["name"], p["kana"], p["mobile"], f"2026/{1 + i % 12:02d}", "夕方希望" if i % 3 == 0 else ""]
                   for i, p in enumerate(_P94[10:])],
            },
        }],
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER"],
        "detectors": ["personal_data"],
        "note": "20 customers' names and phones over two sheets to an outside call centre",
    },
    {
        "id": "dmhasso-095",
        "charset": "iso-2022-jp",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["宮路 和臣 <k.miyaji@mail-hinode-sangyo.co.jp>"],
        "subject": "DM抽出バッチの実行時間変更のお願い",
        "body": """宮路さん

お疲れさまです。五十嵐です。
月初のDM抽出バッチ、現在の深夜2時から朝6時に変更できますか。
受注締めの反映が間に合わず、前日注文のお客様にも休眠DMが出てしまっています。
来月の抽出から切り替えられると助かります。

五十嵐
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "mail-hinode-sangyo.co.jp (hyphen for the dot of mail.hinode-sangyo.co.jp) is not internal: a look-alike",
    },
    {
        "id": "dmhasso-096",
        "charset": "shift_jis",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["nonomura@wakaba-call.co.jp"],
        "subject": "電話注文受付時のご家族確認のお願い（1件）",
        "body": f"""若葉コールセンター 野々村様

浅見です。下記のお客様について、ご家族（ご長女）から次のご相談がありました。
「母は認知症と診断され要介護2。カタログを見て同じ商品を何度も電話で注文してしまう」
今後この方からお電話でご注文があった場合は、受注せずご家族の携帯へご連絡ください。

　お客様：{_P96['name']} 様（{_P96['kana']}）
　ご自宅：{_P96['tel']}　{_addr(_P96, 1)}
　ご家族連絡先：{_P96['mobile']}

カタログの送付も停止手続き済みです。

{_SIG_ASAMI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS", "SENSITIVE_CATEGORY"],
        "detectors": ["personal_data"],
        "note": "a named customer's dementia diagnosis and care level (要配慮個人情報) to the call centre",
    },
    {
        "id": "dmhasso-097",
        "charset": "utf-8",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["katagiri@shinonome-mailing.co.jp"],
        "subject": "戻り郵便 月次集計（2月分）",
        "body": f"""片桐様

五十嵐です。2月分の戻り郵便の月次集計をPDFでお送りします。
ご確認をお願いします。

{_SIG_IGARASHI}
""",
        "attachments": [{"kind": "corrupt", "name": "modori_2027_02.pdf"}],
        "expect": "stop",
        "entities": [],
        "detectors": ["unscannable_attachment"],
        "note": "the PDF is corrupt and cannot be read",
    },
    {
        "id": "dmhasso-098",
        "charset": "utf-8",
        "sender": "浅見 里奈 <r.asami@hinode-sangyo.co.jp>",
        "to": ["hassou@maneki-keihin.co.jp"],
        "subject": "シニア会員特典（敬老の日ギフト）申込書の転記分",
        "body": f"""まねき景品センター 発送係 御中

浅見です。敬老の日ギフトの申込はがきが1通、記入欄が多くOCRで読めなかったため手入力で転記します。
ご本人が年金手帳の番号まで記入されていましたが、原票どおりお送りします。

　お名前：{_P98['name']} 様
　生年月日：{_wareki(_P98['dob'], 'abbr')}
　ご住所：〒{_P98['zip']} {_addr(_P98, 1)}
　基礎年金番号：4620-381957
　ご希望ギフト：B（北国フーズ 鮭といくらの親子セット）

{_SIG_ASAMI}
""",
        "expect": "stop",
        "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_ADDRESS", "JP_BASIC_PENSION_NUMBER"],
        "detectors": ["personal_data"],
        "note": "a customer's basic pension number goes to a fulfilment house",
    },
    {
        "id": "dmhasso-099",
        "charset": "iso-2022-jp",
        "sender": "五十嵐 拓海 <t.igarashi@hinode-sangyo.co.jp>",
        "to": ["katagiri@shinonome-mailing.co.jp", "shishido@kotobuki-data.co.jp"],
        "cc": ["nonomura@wakaba-call.co.jp"],
        "subject": "住所変更受付フローの見直し会議（3社合同）",
        "body": f"""東雲メーリングサービス 片桐様
ことぶきデータ 宍戸様
若葉コールセンター 野々村様

お世話になっております。日の出産業の五十嵐です。
戻り郵便の削減に向けて、住所変更の受付から宛名データ反映までのフローを
3社合同で見直したく、オンライン会議を設定させてください。

　日時：4月7日（水）10:00～11:00
　形式：オンライン（URLは前日にお送りします）
　議題：受付→クレンジング→除外・差替の各リードタイム短縮

{_SIG_IGARASHI}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["external_recipients_visible", "multiple_external_domains"],
        "note": "three external organisations in To/Cc see each other",
    },
    {
        "id": "dmhasso-100",
        "charset": "utf-8",
        "sender": "真壁 修司 <s.makabe@hinode-sangyo.co.jp>",
        "to": ["白川法律事務所 宇佐美先生 <usami@shirakawa-law.co.jp>"],
        "subject": "休眠顧客DM 表示内容のリーガルチェックのお願い",
        "body": f"""白川法律事務所
宇佐美先生

いつもお世話になっております。日の出産業の真壁です。
休眠顧客向けDMの文面について、景品表示法上の問題がないかご確認をお願いいたします。
特に「今だけ」「最後のご案内」の表現と、クーポン条件の表示方法についてご意見を伺えますと幸いです。

文面案は本メール下部に貼り付けております。

――――――
お久しぶりです。あの味、覚えていますか？
期間限定のご案内：1,000円OFFクーポン（5,000円以上ご購入時・4月30日まで）
――――――

{_SIG_MAKABE}
""",
        "expect": "stop",
        "entities": [],
        "detectors": ["lookalike_domain"],
        "note": "shirakawa-law.co.jp is the partner law firm's shirakawa-law.jp under another TLD",
    },
]
